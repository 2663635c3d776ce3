"""The human table: rich, colour on a terminal only, a status word on every row."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from hkit.compute import Report
from hkit.rates import Status
from hkit.render import text

STATUS_STYLES = {
    Status.TARGET_ACHIEVED: "bold green",
    Status.SUBSTANTIAL_PROGRESS: "green",
    Status.MODERATE_PROGRESS: "yellow",
    Status.LIMITED_PROGRESS: "dark_orange",
    Status.DETERIORATION: "red",
    Status.MISSED: "bold red",
    Status.NOT_AVAILABLE: "dim",
}


def build_table(report: Report) -> Table:
    """One row per indicator × milestone, grouped by indicator."""
    title = report.title if report.as_of is None else f"{report.title} (as of {report.as_of})"
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column("Indicator", ratio=1, min_width=14, overflow="fold")
    table.add_column("Milestone", no_wrap=False)
    table.add_column("Latest", justify="right")
    table.add_column("Target", justify="right")
    table.add_column("Gap", justify="right")
    table.add_column("Plan", justify="right")
    table.add_column("Actual", justify="right")
    table.add_column("Needed", justify="right")
    table.add_column("Status")
    rows = report.rows
    for index, row in enumerate(rows):
        first = index == 0 or rows[index - 1].indicator is not row.indicator
        last = index == len(rows) - 1 or rows[index + 1].indicator is not row.indicator
        name = row.indicator.name
        cells = (
            row.indicator.id if first else "",
            name if first else "",
            text.milestone(row),
            text.latest(row),
            text.target(row),
            text.difference(row.indicator, row.gap),
            text.rate(row.plan_rate),
            text.rate(row.actual_rate),
            text.needed(row),
        )
        # Text, not str: rich would read "[per capita]" in a name as markup and ":smile:"
        # as an emoji; parsing every cell for markup was also a fifth of the table's time.
        table.add_row(
            *(Text(cell) for cell in cells),
            Text(row.status.label, style=STATUS_STYLES[row.status]),
            end_section=last,
        )
    return table


def print_table(report: Report, *, file: TextIO | None = None) -> None:
    """Print the table and its footnotes; the console is built here so ``NO_COLOR`` and
    ``COLUMNS`` are read at call time, not at import."""
    console = Console(file=file, highlight=False)
    console.print(build_table(report))
    for line in text.footnotes(report):
        console.print(line, markup=False, highlight=False, style="dim")
