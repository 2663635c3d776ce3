"""``hkit gap --by group --format table``: the roll-up rows as a rich table.

Text from the input reaches the terminal only as rich ``Text`` (never markup), made visible
by ``hkit.textsafe``. The other formats (``hkit.render.machine.groups``) never import rich.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hkit.assess.record import Report
from hkit.assess.rollup import GroupRow, roll_up
from hkit.render import words
from hkit.render.machine.groups import cells
from hkit.render.terminal import screen
from hkit.render.terminal.palette import STATUS_STYLES
from hkit.textsafe import visible


def print_table(report: Report, rows: tuple[GroupRow, ...], file: TextIO | None = None) -> None:
    """The roll-up as a rich table on ``file`` (stdout by default)."""
    table = Table(box=None, pad_edge=False, title_justify="left")
    for header, justify in (
        ("Group", "left"),
        ("Milestone", "left"),
        ("Score", "right"),
        ("Assessed", "right"),
        ("Status", "left"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    # The status is never cut (issue 15): its column keeps room for the whole longest status
    # and the group's name folds instead.
    table.columns[-1].no_wrap = True
    table.columns[-1].min_width = max([len("Status"), *(len(cells(row)[3]) for row in rows)])
    table.columns[0].overflow = "fold"
    for row in rows:
        milestone, score, counted, label = cells(row)
        table.add_row(
            Text(visible(row.group)),
            Text(visible(milestone)),
            Text(score),
            Text(counted),
            Text(label, style=STATUS_STYLES[row.status]),
        )
    notes = [
        "Score: the mean score in [-5, 5] of the rows assessed, mapped back to a status as "
        "open-sdg does; Assessed: rows with a score, of all rows in the group."
    ]
    parts: list[RenderableType] = [Text(words.title(report), style="bold"), Text(""), table]
    parts.extend(screen.footnote(line) for line in notes)
    screen.write(lambda _console: parts, file=file)


def write_table(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as a table (the writer of ``gap --by group``'s table)."""
    print_table(report, roll_up(report), out)
