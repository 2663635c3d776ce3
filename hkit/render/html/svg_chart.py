"""One indicator's chart as SVG geometry: figures, targets with a dashed target line, the
plan's path, the current pace and the as-of year, for ``hkit report`` and ``show --format svg``.

Generated here rather than by a plotting library: a chart is a few dozen shapes, so this costs
no dependency and no import time, the output is byte-for-byte the same on every machine (golden
files pin it), and it is accessible by construction (``role="img"``, a title and a description
in words, classes a dark colour scheme can restyle). This module only computes: coordinates
(SVG user units, rounded to 0.1) and label strings; ``templates/chart.svg.j2`` writes the markup
and escapes every string.
"""

from __future__ import annotations

import math
from typing import Any

from hkit.assess.story import Story, band_edges, band_outline
from hkit.model import Display
from hkit.render import words
from hkit.render.html.svg_parts import Chart, LegendItem, Mark, TargetMark, Tick
from hkit.render.html.svg_scale import Scale, padded, value_ticks, year_ticks
from hkit.render.html.svg_text import source_lines, target_label, title_lines, unit_label
from hkit.render.precision import precision

# SVG user units. Narrow enough that the 15-unit labels stay readable on a phone, where the
# chart is scaled down to about 360 px.
WIDTH = 560
# Below the title and the unit line: the plot's top and its year axis, the first legend
# line's centre and the legend's line height; the source lines follow the legend.
TOP, BOTTOM_AXIS = 28, 280
LEGEND_TOP, LEGEND_ROW = 316, 24
TITLE_LINE, UNIT_LINE, SOURCE_LINE = 22, 26, 16
RIGHT_PAD = 16
CHAR_WIDTH = 8.8  # SVG units per character of a 15-unit label, to leave room for labels


def coordinate(value: float) -> str:
    """An SVG coordinate with one decimal: stable across machines, fine enough on screen."""
    text_ = f"{value:.1f}"
    return "0.0" if text_ == "-0.0" else text_


def build_chart(story: Story) -> Chart:
    """The chart of the story's indicator, ``WIDTH`` SVG units wide: its title, the unit of
    the value axis, the plot, the legend of what is drawn and the source line."""
    ind = story.indicator
    plan = [(float(p.year), p.plan) for p in story.paths if p.plan is not None]
    trend = [(float(p.year), p.trend) for p in story.paths if p.trend is not None]
    figures = [(float(f.year), f.value) for f in story.figures if f.used]
    later = [(float(f.year), f.value) for f in story.figures if not f.used]
    targets, band = [(float(y), v) for y, v in story.targets], band_outline(story.paths)
    points = plan + trend + figures + later + targets + band
    frame = _Frame(story)
    values = [v for _, v in points]
    if not points:
        return frame(LEGEND_TOP, message="No figure to draw.")
    # Near the largest float there is no room for ticks: the values are not charted.
    # Ticks the labels can write exactly (whole numbers for a ratio such as 58:42).
    shown = 0 if ind.display is Display.SHARE_RATIO else precision(ind)
    ticks = value_ticks(*padded(min(values), max(values)), decimals=shown) if _spans(values) else []
    if not ticks or not math.isfinite(ticks[-1] - ticks[0]):
        return frame(LEGEND_TOP, message="Values too far apart to chart.")
    down = frame.down
    labels = [words.value(ind, t, unit=False) for t in ticks]
    left = 14 + CHAR_WIDTH * max(len(label) for label in labels)
    x0, x1 = padded(min(x for x, _ in points), max(x for x, _ in points))
    xs = Scale(x0, x1, left + 12, WIDTH - RIGHT_PAD - 12)
    ys = Scale(ticks[0], ticks[-1], BOTTOM_AXIS + down, TOP + down)

    def mark(x: float, y: float, words_: str) -> Mark:
        return Mark(coordinate(xs(x)), coordinate(ys(y)), words_)

    drawn = {"figure": figures, "later": later, "target": targets, "band": band}
    legend = _legend(LEGEND_TOP + down, {**drawn, "plan": plan[1:], "trend": trend[1:]})
    start, end = coordinate(left), coordinate(WIDTH - RIGHT_PAD)  # the plot's left and right
    bottom = coordinate(BOTTOM_AXIS + down)
    y_ticks = tuple(Tick(coordinate(ys(t)), lab) for t, lab in zip(ticks, labels, strict=True))
    x_ticks = tuple(Tick(coordinate(xs(y)), str(y)) for y in year_ticks(x0, x1))
    return frame(
        LEGEND_TOP + LEGEND_ROW * max(len({item.y for item in legend}) - 1, 0) + 16,
        left=start,
        top=coordinate(TOP + down),
        bottom=bottom,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        **_rules(start, end, bottom, y_ticks, x_ticks),
        plan=_polyline(plan, xs, ys) if len(plan) > 1 else "",
        trend=_polyline(trend, xs, ys) if len(trend) > 1 else "",
        band=_polyline(band, xs, ys),
        targets=tuple(
            TargetMark(coordinate(xs(x)), coordinate(ys(y)), coordinate(left), *label)
            for x, y in targets
            for label in (target_label(story, x, y),)
        ),
        figures=tuple(mark(x, y, f"{x:.0f}: {words.value(ind, y)}") for x, y in figures),
        later=tuple(
            mark(x, y, f"{x:.0f}: {words.value(ind, y)} (published later)") for x, y in later
        ),
        now=_now(story, xs),
        legend=legend,
    )


def _rules(
    start: str, end: str, bottom: str, y_ticks: tuple[Tick, ...], x_ticks: tuple[Tick, ...]
) -> dict[str, str]:
    """The plot's rules as path data: ``grid``, a line across at each value tick, and
    ``axis``, the year axis with a mark below each year tick. One path each, not a line
    element per tick: fewer shapes to write and to draw (2 million instructions of the
    report's 500, callgrind)."""
    return {
        "grid": "".join(f"M{start} {t.at}H{end}" for t in y_ticks),
        "axis": f"M{start} {bottom}H{end}" + "".join(f"M{t.at} {bottom}v5" for t in x_ticks),
    }


def _spans(values: list[float]) -> bool:
    """Whether the values' range, padded as the axis pads it (a single value near the
    largest float has no room for padding), is a finite number."""
    low, high = padded(min(values), max(values))
    return math.isfinite(high - low)


class _Frame:
    """Builds the ``Chart`` with what every chart has: its title, its description, its
    heading, its unit line and its source lines below ``body`` (the plot and the legend)."""

    def __init__(self, story: Story) -> None:
        ind = story.indicator
        self.title = f"{ind.id} {ind.name}"
        self.desc = describe(story)
        heading = title_lines(story)
        # The plot sits below the title's lines and the unit line.
        self.down = TITLE_LINE * len(heading) + UNIT_LINE
        self.heading = tuple(
            Tick(coordinate(TITLE_LINE * (i + 1)), line) for i, line in enumerate(heading)
        )
        unit = unit_label(story)
        self.unit = Tick(coordinate(self.down - UNIT_LINE + 20), unit) if unit else None
        self.source_lines = source_lines(story)

    def __call__(self, body: float, **fields: Any) -> Chart:
        """The chart whose plot and legend end ``body`` units below the plot's offset."""
        end = self.down + body
        sources = tuple(
            Tick(coordinate(end + SOURCE_LINE * (i + 1)), line)
            for i, line in enumerate(self.source_lines)
        )
        height = int(end + SOURCE_LINE * len(sources) + (12 if sources else 0))
        return Chart(
            WIDTH,
            height,
            self.title,
            self.desc,
            heading=self.heading,
            unit=self.unit,
            sources=sources,
            **fields,
        )


def _polyline(series: list[tuple[float, float]], xs: Scale, ys: Scale) -> str:
    """The ``points`` attribute of an SVG polyline through ``series`` (year, value)."""
    return " ".join(f"{coordinate(xs(x))},{coordinate(ys(y))}" for x, y in series)


def _now(story: Story, xs: Scale) -> Tick | None:
    """The "as of" (or "latest") year's mark on the year axis, when it is within it."""
    year = story.as_of if story.as_of is not None else _latest_year(story)
    if year is None or not xs.low <= year <= xs.high:
        return None
    words = f"as of {year}" if story.as_of is not None else f"latest {year}"
    # The label starts 4 units right of the line; at the last year it would be cut off.
    end = xs(year) + 4 + CHAR_WIDTH * len(words) > WIDTH
    return Tick(coordinate(xs(year)), words, end=end)


def describe(story: Story) -> str:
    """The chart in words (its ``<desc>``): the figures, the targets and where the paths go."""
    ind = story.indicator
    used = [f for f in story.figures if f.used]
    parts = [f"{ind.name} ({ind.unit})."]
    if used:
        listed = ", ".join(f"{f.year} {words.value(ind, f.value)}" for f in used)
        parts.append(f"Figures: {listed}.")
    else:
        parts.append("No figure.")
    later = [f for f in story.figures if not f.used]
    if later:
        listed = ", ".join(f"{f.year} {words.value(ind, f.value)}" for f in later)
        parts.append(f"Published after {story.as_of}, not used: {listed}.")
    if story.targets:
        listed = ", ".join(target_label(story, float(y), v)[1] for y, v in story.targets)
        parts.append(f"Targets: {listed}.")
    plan = [p for p in story.paths if p.plan is not None]
    if len(plan) > 1 and plan[-1].plan is not None and plan[0].plan is not None:
        parts.append(
            f"The plan's path runs from {words.value(ind, plan[0].plan)} in {plan[0].year} "
            f"to {words.value(ind, plan[-1].plan)} in {plan[-1].year}."
        )
    trend = [p for p in story.paths if p.trend is not None]
    if len(trend) > 1 and trend[-1].trend is not None:
        parts.append(
            f"At the current pace it would be {words.value(ind, trend[-1].trend)} "
            f"in {trend[-1].year}."
        )
    lows, highs = band_edges(story.paths)
    if len(lows) > 1:
        (year, low), (_, high) = lows[-1], highs[-1]
        parts.append(
            f"On the current trend, 80% of outcomes for {year:.0f} lie between "
            f"{words.value(ind, low)} and {words.value(ind, high)}."
        )
    return " ".join(parts)


LEGEND = (
    ("figure", "figure"),
    ("later", "later figure"),
    ("target", "target"),
    ("plan", "plan's path"),
    ("trend", "current pace"),
    ("band", "80% band"),
)
# Room for one legend entry: its sample and its words (SVG units per character).
LEGEND_SAMPLE, LEGEND_GAP = 26, 18


def _legend(top: float, shown: dict[str, list[tuple[float, float]]]) -> tuple[LegendItem, ...]:
    """The legend's entries, left to right from ``top``, wrapped onto a new line where one
    would not fit: one for each series drawn (``shown`` by key; an empty one, or a line of
    fewer than two points, is not)."""
    items: list[LegendItem] = []
    x, y = 14.0, float(top)
    for key, label in LEGEND:
        if not shown[key]:
            continue
        width = LEGEND_SAMPLE + CHAR_WIDTH * len(label)
        if items and x + width > WIDTH - RIGHT_PAD:
            x, y = 14.0, y + LEGEND_ROW
        items.append(LegendItem(key, label, coordinate(x), coordinate(y)))
        x += width + LEGEND_GAP
    return tuple(items)


def _latest_year(story: Story) -> int | None:
    used = [f.year for f in story.figures if f.used]
    return max(used) if used else None
