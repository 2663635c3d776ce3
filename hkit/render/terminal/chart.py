"""A line chart drawn with characters, for ``hkit show``; no rich, no terminal.

Hand-drawn rather than a plotting library: it costs no import time and no dependency, its
output is the same on every machine (so golden files can pin it), and the caller decides
about colour: every cell carries a style name that is simply dropped off a terminal. Each
series has its own marker as well as its own colour, so the chart reads without colour.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Segment = tuple[str, str]  # (text, style name; "" for none)
Line = list[Segment]


@dataclass(frozen=True, slots=True)
class Series:
    """Points (year, value) drawn with ``marker``; ``line`` joins them column by column;
    with ``upper`` (points of its own) the area from ``points`` up to it is filled."""

    label: str
    marker: str
    style: str
    points: tuple[tuple[float, float], ...]
    line: bool = False
    upper: tuple[tuple[float, float], ...] = ()


def draw(
    series: Sequence[Series],
    *,
    width: int,
    height: int,
    label: Callable[[float], str],
    years: Sequence[int] = (),
) -> list[Line]:
    """The chart as lines of styled segments, ``width`` characters wide at most.

    Later series are drawn over earlier ones; ``label`` formats the values on the y axis;
    ``years`` are the years to name under the axis (besides the first and the last).
    """
    points = [p for s in series for p in (*s.points, *s.upper)]
    if not points:
        return []
    if not all(math.isfinite(y) for _, y in points) or not math.isfinite(
        max(p[1] for p in points) - min(p[1] for p in points)
    ):
        # Values near the float limits cannot be scaled onto a grid of characters.
        return [[("(values too far apart to chart)", "dim")]]
    x0, x1, y0, y1 = _bounds(points)
    if not math.isfinite(y1 - y0):  # one value near the float limit: no room to pad it
        return [[("(values too far apart to chart)", "dim")]]
    # Halved first: y0 + y1 overflows near the float limit.
    ticks = {0: label(y1), (height - 1) // 2: label(y0 / 2 + y1 / 2), height - 1: label(y0)}
    margin = max(len(t) for t in ticks.values())
    plot = max(width - margin - 2, 10)
    grid: list[list[Segment]] = [[(" ", "")] * plot for _ in range(height)]

    def column(x: float) -> int:
        return round((x - x0) / (x1 - x0) * (plot - 1))

    def row(y: float) -> int:
        return height - 1 - round((y - y0) / (y1 - y0) * (height - 1))

    def year(c: int) -> float:
        return x0 + c / (plot - 1) * (x1 - x0)

    for s in series:
        if s.upper or (s.line and len(s.points) > 1):
            for c in range(column(s.points[0][0]), column(s.points[-1][0]) + 1):
                low = _along(s.points, year(c))
                high = _along(s.upper, year(c)) if s.upper else low
                if low is not None and high is not None:
                    for r in range(row(high), row(low) + 1):  # one cell for a line
                        grid[r][c] = (s.marker, s.style)
        else:
            for x, y in s.points:
                grid[row(y)][column(x)] = (s.marker, s.style)

    lines: list[Line] = []
    for index, cells in enumerate(grid):
        tick = ticks.get(index)
        axis = f"{tick:>{margin}} ┤" if tick is not None else " " * margin + " │"
        lines.append([(axis, "dim"), *_merge(cells)])
    lines.append([(" " * margin + " └" + "─" * plot, "dim")])
    named = sorted({round(x0), round(x1), *(y for y in years if x0 <= y <= x1)})
    lines.append([(" " * (margin + 2) + _year_labels(named, x0, x1, plot), "dim")])
    return lines


def _bounds(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The years and values the chart spans (x0, x1, y0, y1), widened around a single one."""
    x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
    y0, y1 = min(p[1] for p in points), max(p[1] for p in points)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    if y0 == y1:
        pad = abs(y0) * 0.1 or 1.0
        y0, y1 = y0 - pad, y1 + pad
    return x0, x1, y0, y1


def legend(series: Sequence[Series]) -> Line:
    """``● observed  · plan path ...``: one entry per series, in drawing order."""
    line: Line = []
    for s in series:
        if s.points:
            if line:
                line.append(("   ", ""))
            line.extend([(s.marker, s.style), (f" {s.label}", "")])
    return line


def _along(points: Sequence[tuple[float, float]], x: float) -> float | None:
    """The value at ``x`` on the polyline through ``points`` (None outside it)."""
    for (xa, ya), (xb, yb) in itertools.pairwise(points):
        if xa <= x <= xb:
            return ya if xb == xa else ya + (yb - ya) * (x - xa) / (xb - xa)
    return None


def _merge(cells: list[Segment]) -> Line:
    """Runs of one style joined into one segment (fewer spans for the terminal)."""
    merged: Line = []
    for text, style in cells:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


def _year_labels(years: Sequence[int], x0: float, x1: float, plot: int) -> str:
    """The years under the axis: the first and last always, others where they fit."""
    row = [" "] * plot
    taken: list[tuple[int, int]] = []
    order = [years[0], years[-1], *years[1:-1]] if len(years) > 1 else list(years)
    for year in order:
        text = str(year)
        centre = round((year - x0) / (x1 - x0) * (plot - 1))
        start = min(max(centre - len(text) // 2, 0), plot - len(text))
        end = start + len(text)
        if any(start <= b and a <= end for a, b in taken):  # keep a space between labels
            continue
        taken.append((start, end))
        row[start:end] = text
    return "".join(row).rstrip()
