"""``--method all`` as a rich table: one status column per method, a status word in each."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.table import Table
from rich.text import Text

from hkit.compute import Report
from hkit.render import terminal, text
from hkit.render.compare_text import HEADINGS, LEAD, lead_cells, legend, verdict
from hkit.render.table import STATUS_STYLES


def build_comparison(report: Report) -> Table:
    """One row per indicator × milestone; each method's verdict in its own column."""
    title = text.title(report)
    table = Table(
        title=Text(title),  # Text, not str: file text is never rich markup
        box=box.SIMPLE_HEAD,
        title_justify="left",
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column(LEAD[0], no_wrap=True)
    table.add_column(LEAD[1], no_wrap=True)
    # Wraps as "1.13% / (2024)"; anything longer folds rather than being cut.
    table.add_column(LEAD[2], justify="right", max_width=8, overflow="fold")
    for method in report.methods:
        # Equal shares of the width, so that no method's column is dropped at 80 columns.
        table.add_column(HEADINGS[method], ratio=1, overflow="fold")
    rows = report.rows
    for index, row in enumerate(rows):
        last = index == len(rows) - 1 or rows[index + 1].indicator is not row.indicator
        cells = [Text(cell) for cell in lead_cells(row)]
        cells.extend(Text(verdict(r), style=STATUS_STYLES[r.status]) for r in row.methods)
        table.add_row(*cells, end_section=last)
    return table


def print_comparison(report: Report, *, file: TextIO | None = None) -> None:
    """Print the comparison and its notes."""
    terminal.write(
        lambda _: terminal.with_footnotes(build_comparison(report), legend(report), gap=False),
        file=file,
    )
