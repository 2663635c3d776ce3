"""``hkit gap --by group``: the roll-up rows as JSON, CSV or Markdown (the table, with rich, is
``hkit.render.terminal.groups``).

The JSON and CSV fields are ``hkit.contract.rollup``'s (docs/contract.md). Text from the input
reaches Markdown through ``markdown_cell`` and CSV through the ``csv`` module.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TextIO

from hkit.assess.record import Report
from hkit.assess.rollup import GroupRow, RollUp, roll_up
from hkit.contract.rollup import GROUP, ROLLUP
from hkit.render import words
from hkit.render.machine.jsontext import dumps_indented
from hkit.render.machine.records import csv_columns, csv_writer, record_writer
from hkit.render.machine.writers import csv_document

# Generated on first use, once per process (hkit.render.machine.records).
_record = cache(record_writer)
_line = cache(csv_writer)


def record(rolled: RollUp) -> dict[str, Any]:
    """The roll-up's JSON document as a plain dict."""
    document: dict[str, Any] = _record(ROLLUP)(rolled)
    return document


def render_json(report: Report, rows: tuple[GroupRow, ...]) -> str:
    """One document: the plan's title and path, then the roll-up rows."""
    return dumps_indented(record(RollUp(report, rows))) + "\n"


def render_csv(rows: tuple[GroupRow, ...]) -> str:
    """A header and one line per roll-up row; an empty cell for null; formula-like text
    neutralised and CR quoted, as in ``hkit.render.machine.writers.csv_document``."""
    line = _line(GROUP)
    return csv_document(csv_columns(GROUP), [line(row) for row in rows])


def cells(row: GroupRow) -> tuple[str, str, str, str]:
    """Milestone, score, how many rows were assessed, status: a row as people read it."""
    score = words.DASH if row.score is None else f"{row.score:+.2f}"
    counted = f"{row.assessed} of {row.assessed + row.not_available}"
    return (row.milestone or words.DASH, score, counted, row.status.label)


def render_markdown(report: Report, rows: tuple[GroupRow, ...]) -> str:
    """A heading and a GitHub-flavoured table."""
    lines = [
        f"### {words.markdown_cell(words.title(report))}",
        "",
        "| Group | Milestone | Score | Assessed | Status |",
        "|---|---|---:|---:|---|",
    ]
    for row in rows:
        milestone, score, counted, label = cells(row)
        shown = (row.group, milestone, score, counted, label)
        lines.append("| " + " | ".join(words.markdown_cell(c) for c in shown) + " |")
    return "\n".join(lines) + "\n"


# The writers of ``hkit.render.formats`` for ``gap --by group``: each rolls the report up itself.


def write_json(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as JSON."""
    out.write(render_json(report, roll_up(report)))


def write_csv(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as CSV."""
    out.write(render_csv(roll_up(report)))


def write_markdown(report: Report, out: TextIO) -> None:
    """The roll-up of ``report`` as Markdown."""
    out.write(render_markdown(report, roll_up(report)))
