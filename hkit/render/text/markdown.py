"""A GitHub-flavoured Markdown table, fit for a CI job summary."""

from __future__ import annotations

from typing import TextIO

from hkit.assess.record import Mode, Report
from hkit.render import words

HEADER = (
    "ID",
    "Indicator",
    "Milestone",
    "Latest",
    "Target",
    "To go",
    "Plan",
    "Actual",
    "Needed",
    "Status",
    "In a sentence",
)


def render_markdown(report: Report) -> str:
    """A heading, the table and its footnotes as a list."""
    title = words.title(report)
    lines = [
        f"### {words.markdown_cell(title)}",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|"
        + "|".join(
            "---:" if h in ("Latest", "Target", "To go", "Plan", "Actual", "Needed") else "---"
            for h in HEADER
        )
        + "|",
    ]
    for row in report.rows:
        cells = (
            row.indicator.id,
            row.indicator.name,
            words.milestone(row),
            words.latest(row),
            words.target(row),
            words.to_go(row),
            words.rate(row.plan_rate),
            words.rate(row.actual_rate),
            words.needed(row),
        )
        status = words.markdown_cell(row.status_label)
        status = f"**{status}**"  # every status alike: the verdict, not only the good ones
        summary = words.markdown_cell(row.summary)
        lines.append("| " + " | ".join([*map(words.markdown_cell, cells), status, summary]) + " |")
    notes = words.footnotes(report)
    if notes:
        lines.append("")
        # Footnote lines indented under a heading line become nested list items.
        lines.extend(
            f"  - {words.markdown_cell(n)}" if n.startswith(" ") else f"- {words.markdown_cell(n)}"
            for n in notes
        )
    return "\n".join(lines) + "\n"


def write_markdown(report: Report, out: TextIO) -> None:
    """Write the Markdown table of the report, or with ``--method all`` the comparison."""
    if report.mode is Mode.COMPARE:
        from hkit.render.text.comparison import render_markdown_methods

        out.write(render_markdown_methods(report))
    else:
        out.write(render_markdown(report))
