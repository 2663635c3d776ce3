"""``hkit gap --by group --format markdown``: the roll-up rows as a GitHub-flavoured table, and a
roll-up row's cells as people read them (the terminal's table shows the same cells).

Text from the input reaches Markdown only through ``markdown_cell``.
"""

from __future__ import annotations

from typing import TextIO

from hkit.assess.rollup import GroupRow, RollUp
from hkit.render import words


def cells(row: GroupRow) -> tuple[str, str, str, str]:
    """Milestone, score, how many rows were assessed, status: a row as people read it."""
    score = words.DASH if row.score is None else f"{row.score:+.2f}"
    counted = f"{row.assessed} of {row.assessed + row.not_available}"
    return (row.milestone or words.DASH, score, counted, row.status.label)


def render_markdown(rolled: RollUp) -> str:
    """A heading and a GitHub-flavoured table."""
    lines = [
        f"### {words.markdown_cell(words.title(rolled.report))}",
        "",
        "| Group | Milestone | Score | Assessed | Status |",
        "|---|---|---:|---:|---|",
    ]
    for row in rolled.groups:
        milestone, score, counted, label = cells(row)
        shown = (row.group, milestone, score, counted, label)
        lines.append("| " + " | ".join(words.markdown_cell(c) for c in shown) + " |")
    return "\n".join(lines) + "\n"


def write_markdown(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as Markdown."""
    out.write(render_markdown(rolled))
