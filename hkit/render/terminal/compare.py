"""``--method all`` as a rich table: one status column per method, a status word in each."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from hkit.assess.record import Report
from hkit.render import words
from hkit.render.terminal import screen
from hkit.render.terminal.palette import STATUS_STYLES, style
from hkit.render.text.comparison import LEAD, lead_cells, legend, verdict


def fits(report: Report, *, width: int) -> bool:
    """Whether the side-by-side table fits ``width`` columns with every word of every verdict
    whole (two spaces between columns)."""
    columns = [[*lead_cells(row)] for row in report.rows]
    for row, cells in zip(report.rows, columns, strict=True):
        cells.extend(verdict(result) for result in row.methods)
    headings = [*LEAD, *(m.heading for m in report.methods)]
    needs = [
        max([len(heading), *(len(word) for cells in columns for word in cells[i].split())])
        for i, heading in enumerate(headings)
    ]
    return sum(needs) + 2 * (len(needs) - 1) <= width


def build_stacked(report: Report) -> list[RenderableType]:
    """For a narrow window: each row's verdicts one under the other, each whole."""
    parts: list[RenderableType] = [Text(words.title(report), style="bold")]
    for row in report.rows:
        ident, by, latest = lead_cells(row)
        parts += [Text(""), Text(f"{ident}  by {by}  latest {latest}", style="bold")]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for result in row.methods:
            grid.add_row(result.method.heading, Text(verdict(result), style=style(result.status)))
        parts.append(Padding(grid, (0, 0, 0, 2), expand=False))
    parts.append(Text(""))
    return parts


def build_comparison(report: Report) -> Table:
    """One row per indicator × milestone; each method's verdict in its own column."""
    title = words.title(report)
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
        table.add_column(method.heading, ratio=1, overflow="fold")
    rows = report.rows
    for index, row in enumerate(rows):
        last = index == len(rows) - 1 or rows[index + 1].indicator is not row.indicator
        cells = [Text(cell) for cell in lead_cells(row)]
        cells.extend(Text(verdict(r), style=STATUS_STYLES[r.status]) for r in row.methods)
        table.add_row(*cells, end_section=last)
    return table


def print_comparison(report: Report, file: TextIO | None = None) -> None:
    """Print the comparison and its notes."""

    def build(console: Console) -> list[RenderableType]:
        if fits(report, width=console.width):
            return screen.with_footnotes(build_comparison(report), legend(report), gap=False)
        return [*build_stacked(report), *(screen.footnote(line) for line in legend(report))]

    screen.write(build, file=file)
