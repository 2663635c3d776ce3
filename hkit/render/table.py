"""The human table: rich, colour on a terminal only, a status word on every row.

Each indicator gets a heading (id, name, base and latest figure, shared by its milestones)
followed by one aligned line per milestone. Columns have the same widths across indicators,
so the whole reads as one table, and it fits 80 columns.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from hkit.compute import Report, Row
from hkit.methods import label
from hkit.model import Display
from hkit.rates import Status
from hkit.render import terminal, text
from hkit.textsafe import visible

STATUS_STYLES = {
    Status.TARGET_ACHIEVED: "bold green",
    Status.SUBSTANTIAL_PROGRESS: "green",
    Status.MODERATE_PROGRESS: "yellow",
    Status.LIMITED_PROGRESS: "dark_orange",
    Status.DETERIORATION: "red",
    Status.MISSED: "bold red",
    Status.NOT_AVAILABLE: "dim",
}
HEADERS = ("Milestone", "Target", "Gap", "Plan", "Actual", "Needed", "Status")
# Milestone is left-aligned like the status; the numbers are right-aligned.
RIGHT = {"Target", "Gap", "Plan", "Actual", "Needed"}
RATES = {"Plan", "Actual", "Needed"}
RATE_UNIT = "a year"  # printed under the rate headers, so the cells stay narrow
RATES_EXPLAINED = (
    "Plan, Actual and Needed are growth rates a year: the pace the plan implied from the base "
    "figure, the pace so far, and the pace needed from the latest figure."
)
INDENT = 5


def _cells(row: Row) -> tuple[str, ...]:
    return (
        visible(row.milestone or text.MISSING),
        "" if row.target is None else text.target(row),
        text.difference(row.indicator, row.gap) if row.target is not None else "",
        text.percent(row.plan_rate) if row.target is not None else "",
        text.percent(row.actual_rate),
        text.needed(row, per_year=False) if row.target is not None else "",
        label(row),
    )


def _grid(widths: list[int], *, gutter: int) -> Table:
    grid = Table.grid(padding=(0, gutter))
    for header, width in zip(HEADERS, widths, strict=True):
        if header == "Status":
            grid.add_column(header, min_width=12, overflow="fold")
        elif header in RIGHT:
            # Folds only when _fit narrowed it below its widest cell (a huge number).
            grid.add_column(header, width=width, justify="right", overflow="fold")
        else:
            grid.add_column(header, width=width, overflow="fold")
    return grid


def _fit(widths: list[int], *, width: int, gutter: int) -> list[int]:
    """Column widths narrowed, widest first, so that the Status column keeps the room for its
    longest word at ``width`` (a huge number or a long milestone name folds instead)."""
    floors = [max(len(h), len(RATE_UNIT) if h in RATES else 0) for h in HEADERS[:-1]]
    budget = width - INDENT - gutter * (len(HEADERS) - 1) - widths[-1]
    fitted = list(widths)
    while sum(fitted[:-1]) > budget:
        widest = max(range(len(floors)), key=lambda i: fitted[i] - floors[i])
        if fitted[widest] <= floors[widest]:
            break  # as narrow as the headings allow: rich folds what is left
        fitted[widest] -= 1
    return fitted


def build_table(report: Report, *, width: int = 80) -> RenderableType:
    """The whole table as one rich renderable, for a console ``width`` columns wide.

    Below 80 columns the gaps between columns narrow from two spaces to one, so that the
    status still fits unbroken down to about 74 columns.
    """
    gutter = 2 if width >= 80 else 1
    title = text.title(report)
    cells = [_cells(row) for row in report.rows]
    widths = [
        max([len(h), len(RATE_UNIT) if h in RATES else 0, *(cell_len(c[i]) for c in cells)])
        for i, h in enumerate(HEADERS)
    ]
    widths = _fit(widths, width=width, gutter=gutter)
    header = _grid(widths, gutter=gutter)
    header.add_row(*(Text(h, style="bold") for h in HEADERS))
    header.add_row(*(Text(RATE_UNIT if h in RATES else "", style="dim") for h in HEADERS))
    parts: list[RenderableType] = [
        Text(title, style="bold"),
        Padding(header, (1, 0, 0, INDENT), expand=False),
    ]
    for _, group in groupby(report.rows, key=lambda row: row.indicator.id):
        rows = list(group)
        first = rows[0]
        heading = Table.grid(padding=(0, 1))
        heading.add_column(width=INDENT - 1, no_wrap=True)
        heading.add_column(overflow="fold")
        heading.add_row(
            Text(visible(first.indicator.id), style="bold"), Text(visible(first.indicator.name))
        )
        heading.add_row("", Text(_figures(first), style="dim"))
        lines = _grid(widths, gutter=gutter)
        for row, row_cells in zip(rows, (_cells(r) for r in rows), strict=True):
            *plain, status = row_cells
            # Text, not str: rich would read "[...]" in a cell as markup and ":smile:" as
            # an emoji; parsing every cell for markup also cost a fifth of the table's time.
            lines.add_row(
                *(Text(cell) for cell in plain), Text(status, style=STATUS_STYLES[row.status])
            )
        parts += [Text(""), heading, Padding(lines, (0, 0, 0, INDENT), expand=False)]
    parts += [Text(""), Text(RATES_EXPLAINED, style="dim")]
    caption = text.data_years(report)
    if caption:
        parts.append(Text(caption, style="dim"))
    return Group(*parts)


def _figures(row: Row) -> str:
    """``base 0.99% (2020) · latest 1.13% (2024)†``, and for a ratio what it is computed on."""
    if row.latest is None:
        return "no figure"
    if row.baseline is None or row.baseline.year == row.latest.year:
        figures = f"latest {text.latest(row)}; no later figure"
    else:
        figures = f"base {text.baseline(row)} · latest {text.latest(row)}"
    if row.indicator.display is Display.SHARE_RATIO:
        # The ratio is shown, but gaps and rates are on one share of it: say which.
        figures += f" · gap and rates in {visible(row.indicator.unit)}"
    return figures


def print_table(report: Report, *, file: TextIO | None = None) -> None:
    """Print the table and its footnotes."""
    terminal.write(
        lambda console: terminal.with_footnotes(
            build_table(report, width=console.width), text.footnotes(report)
        ),
        file=file,
    )
