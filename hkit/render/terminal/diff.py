"""``hkit diff --format table`` with rich: the same columns as the plain table, laid out for
the terminal's width (``COLUMNS``, narrow panes) and coloured as ``gap`` is (``--color``).

A row whose status got worse is marked in words ("status (worse)") and, on a terminal, in the
colour of a deterioration. When the columns do not fit the width, each change is stacked on
three lines (id and name; where and what; before → after), which wrap at spaces.
"""

from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from hkit.assess.diff import Change, Diff
from hkit.model import Status
from hkit.render.terminal import screen
from hkit.render.terminal.palette import style
from hkit.render.text.diff import short_name
from hkit.render.text.diff_cells import HEADER, cells, summary
from hkit.textsafe import visible


def build_diff(diff: Diff, *, width: int = 80) -> list[RenderableType]:
    """The heading, the changes and the summary line, for a console ``width`` columns wide:
    a grid when every column fits whole, else each change stacked on lines of its own."""
    parts: list[RenderableType] = [
        Text(f"Changes from {visible(diff.old)} to {visible(diff.new)}", style="bold"),
        Text(""),
    ]
    if diff.changes:
        rows = [_cells(change) for change in diff.changes]
        widths = [max(cell_len(h), *(r[i].cell_len for r in rows)) for i, h in enumerate(HEADER)]
        if sum(widths) + GUTTER * (len(HEADER) - 1) <= width:
            grid = Table.grid(padding=(0, GUTTER))
            for _ in HEADER:
                grid.add_column(no_wrap=True)
            grid.add_row(*(Text(h, style="bold") for h in HEADER))
            for row in rows:
                grid.add_row(*row)
            parts.append(grid)
        else:
            # One Text of all the lines: rich lays it out line by line as it would each line
            # printed alone, in one call rather than three per change (its per-print work
            # was 45 % of `hkit diff` on two files of 10,000 indicators, cProfile).
            parts.append(Text("\n").join(line for row in rows for line in _stacked(row)))
        parts.append(Text(""))
    parts.append(Text(summary(diff)))
    return parts


GUTTER = 2


def _cells(change: Change) -> list[Text]:
    """The change's cells as ``Text`` (file text made visible), the worse ones coloured."""
    row = [Text(visible(c)) for c in cells(change)]
    row[1] = Text(short_name(visible(change.indicator.name)))
    if change.worse:
        row[3].stylize(style(Status.DETERIORATION))
    return row


def _stacked(row: list[Text]) -> list[Text]:
    """One change on three lines: id and name; where and what; before → after."""
    ident, name, where, kind, before, after = row
    pad = Text("    ")
    return [
        Text.assemble(Text(ident.plain, style="bold"), "  ", name),
        Text.assemble(pad, where, " · ", kind),
        Text.assemble(pad, before, " → ", after),
    ]


def write_table(diff: Diff, out: TextIO) -> None:
    """Write the diff table to ``out`` at the console's width."""

    def build(console: Console) -> list[RenderableType]:
        return build_diff(diff, width=console.width)

    screen.write(build, file=out)
