"""``hkit gap --by group``: the roll-up rows as JSON or CSV (Markdown is
``hkit.render.text.groups``, the table ``hkit.render.terminal.groups``).

The JSON and CSV fields are ``hkit.contract.rollup``'s (docs/contract.md). Text from the input
reaches CSV through the ``csv`` module.
"""

from __future__ import annotations

from typing import Any, TextIO

from hkit.assess.rollup import GroupRow, RollUp
from hkit.render.machine.jsontext import dumps_indented
from hkit.render.machine.writers import csv_document


def record(rolled: RollUp) -> dict[str, Any]:
    """The roll-up's JSON document as a plain dict."""
    from hkit.render.machine.generated.records import record_RollUpOut  # JSON's writers only

    document: dict[str, Any] = record_RollUpOut(rolled)
    return document


def render_json(rolled: RollUp) -> str:
    """One document: the plan's title and path, then the roll-up rows."""
    return dumps_indented(record(rolled)) + "\n"


def render_csv(rows: tuple[GroupRow, ...]) -> str:
    """A header and one line per roll-up row; an empty cell for null; formula-like text
    neutralised and CR quoted, as in ``hkit.render.machine.writers.csv_document``."""
    from hkit.render.machine.generated.csv_rows import columns_GroupOut, line_GroupOut

    return csv_document(columns_GroupOut(), [line_GroupOut(row) for row in rows])


def write_json(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as JSON."""
    out.write(render_json(rolled))


def write_csv(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as CSV."""
    out.write(render_csv(rolled.groups))
