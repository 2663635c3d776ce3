"""``hkit gap --by group``: the roll-up rows as a table, JSON, CSV or Markdown.

The JSON and CSV fields are ``hkit.contract.rollup``'s (docs/contract.md). Text from the input
reaches the terminal only as rich ``Text`` (never markup), Markdown through ``markdown_cell``
and CSV through the ``csv`` module.
"""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hkit.contract.rollup import GROUP, ROLLUP
from hkit.record import Report
from hkit.render import terminal, text
from hkit.render.jsontext import dumps_indented
from hkit.render.machine import csv_document
from hkit.render.palette import STATUS_STYLES
from hkit.render.records import csv_columns, csv_writer, record_writer
from hkit.rollup import GroupRow, RollUp, roll_up
from hkit.textsafe import visible


def record(rolled: RollUp) -> dict[str, Any]:
    """The roll-up's JSON document as a plain dict."""
    document: dict[str, Any] = record_writer(ROLLUP)(rolled)
    return document


def render_json(report: Report, rows: tuple[GroupRow, ...]) -> str:
    """One document: the plan's title and path, then the roll-up rows."""
    return dumps_indented(record(RollUp(report, rows))) + "\n"


def render_csv(rows: tuple[GroupRow, ...]) -> str:
    """A header and one line per roll-up row; an empty cell for null; formula-like text
    neutralised and CR quoted, as in ``hkit.render.machine.csv_document``."""
    line = csv_writer(GROUP)
    return csv_document(csv_columns(GROUP), [line(row) for row in rows])


def _cells(row: GroupRow) -> tuple[str, str, str, str]:
    score = text.DASH if row.score is None else f"{row.score:+.2f}"
    counted = f"{row.assessed} of {row.assessed + row.not_available}"
    return (row.milestone or text.DASH, score, counted, row.status.label)


def render_markdown(report: Report, rows: tuple[GroupRow, ...]) -> str:
    """A heading and a GitHub-flavoured table."""
    lines = [
        f"### {text.markdown_cell(text.title(report))}",
        "",
        "| Group | Milestone | Score | Assessed | Status |",
        "|---|---|---:|---:|---|",
    ]
    for row in rows:
        milestone, score, counted, label = _cells(row)
        cells = (row.group, milestone, score, counted, label)
        lines.append("| " + " | ".join(text.markdown_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


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
    table.columns[-1].min_width = max([len("Status"), *(len(_cells(row)[3]) for row in rows)])
    table.columns[0].overflow = "fold"
    for row in rows:
        milestone, score, counted, label = _cells(row)
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
    parts: list[RenderableType] = [Text(text.title(report), style="bold"), Text(""), table]
    parts.extend(terminal.footnote(line) for line in notes)
    terminal.write(lambda _console: parts, file=file)


# The writers of ``hkit.formats`` for ``gap --by group``: each rolls the report up itself.


def write_table(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as a table."""
    print_table(report, roll_up(report), out)


def write_json(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as JSON."""
    out.write(render_json(report, roll_up(report)))


def write_csv(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as CSV."""
    out.write(render_csv(roll_up(report)))


def write_markdown(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as Markdown."""
    out.write(render_markdown(report, roll_up(report)))
