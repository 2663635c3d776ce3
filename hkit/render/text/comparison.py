"""``--method all`` as plain text: one status column per method, and its Markdown table.

Shared by the rich table (``hkit.render.terminal.compare``); no rich here.
"""

from __future__ import annotations

from hkit.assess.catalogue import legend as measures
from hkit.assess.record import MethodResult, Report, Row
from hkit.render import words
from hkit.textsafe import visible

# Only what tells the rows apart: the statuses need the room (`hkit gap` has the numbers).
# "1.1 by 2027": a short heading leaves the statuses their room at 80 columns.
LEAD = ("ID", "By", "Latest")


def verdict(result: MethodResult) -> str:
    """``Moderate progress (0.83)``: the method's words and its measure."""
    if result.value is None:
        return result.label
    # Two decimals, but never hundreds of digits for a measure near the float limits.
    measure = f"{result.value:.2f}" if abs(result.value) < 1e6 else f"{result.value:.3g}"
    return f"{result.label} ({measure})"


def lead_cells(row: Row) -> tuple[str, str, str]:
    """The cells before the method columns."""
    return (visible(row.indicator.id), visible(row.milestone or words.DASH), words.latest(row))


def legend(report: Report) -> list[str]:
    """What the numbers in brackets are, then the notes of the rows and of the methods."""
    lines = [measures()]
    lines.extend(words.footnotes(report))
    lines.extend(
        words.grouped_notes(
            (row.indicator.id, note)
            for row in report.rows
            for result in row.methods
            for note in result.notes
        )
    )
    return lines


def render_markdown_methods(report: Report) -> str:
    """A Markdown table with one status column per method, and its notes as a list."""

    header = [*LEAD, *(m.heading for m in report.methods)]
    title = words.title(report)
    lines = [
        f"### {words.markdown_cell(title)}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---:" if h == "Latest" else "---" for h in header) + "|",
    ]
    for row in report.rows:
        cells = [*lead_cells(row), *(verdict(r) for r in row.methods)]
        lines.append("| " + " | ".join(words.markdown_cell(c) for c in cells) + " |")
    lines.append("")
    lines.extend(f"- {words.markdown_cell(n)}" for n in legend(report))
    return "\n".join(lines) + "\n"
