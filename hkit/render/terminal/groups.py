"""``hkit gap --by group --format table``: the roll-up rows as a rich table.

Text from the input reaches the terminal only as rich ``Text`` (never markup), made visible
by ``hkit.textsafe``. The other formats (``hkit.render.machine.groups``,
``hkit.render.text.groups``) never import rich.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hkit.assess.rollup import RollUp
from hkit.render import words
from hkit.render.terminal import screen
from hkit.render.terminal.palette import STATUS_STYLES
from hkit.render.text.groups import cells
from hkit.textsafe import visible


def print_table(rolled: RollUp, file: TextIO | None = None) -> None:
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
    table.columns[-1].min_width = max(
        [len("Status"), *(len(cells(row)[3]) for row in rolled.groups)]
    )
    table.columns[0].overflow = "fold"
    for row in rolled.groups:
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
    parts: list[RenderableType] = [Text(words.title(rolled.report), style="bold"), Text(""), table]
    parts.extend(screen.footnote(line) for line in notes)
    screen.write(lambda _console: parts, file=file)


def write_table(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as a table."""
    print_table(rolled, out)
