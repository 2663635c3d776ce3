"""``hkit diff`` as a plain-text table (terminals, logs) and as Markdown (a pull-request comment).

No rich: the table is a few aligned columns, the same on a terminal and in a pipe.
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

from hkit.assess.diff import Diff
from hkit.render import words
from hkit.render.text.diff_cells import HEADER, cells, summary
from hkit.textsafe import visible

# The indicator's name is cut to this many characters in the table (Markdown keeps it whole).
NAME_WIDTH = 30


def render_table(diff: Diff) -> str:
    """A heading, aligned columns of changes, and a summary line."""
    lines = [f"Changes from {visible(diff.old)} to {visible(diff.new)}", ""]
    if diff.changes:
        rows = [HEADER, *(_short(cells(c)) for c in diff.changes)]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(HEADER))]
        for row in rows:
            padded = (
                cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)
            )
            lines.append("  ".join(padded).rstrip())
        lines.append("")
    lines.append(summary(diff))
    return "\n".join(lines) + "\n"


def render_markdown(diff: Diff) -> str:
    """A heading, a GitHub-flavoured table of changes and a summary, for a PR comment."""
    lines = [
        f"### Changes from `{_code(diff.old)}` to `{_code(diff.new)}`",
        "",
    ]
    if diff.changes:
        lines.append("| " + " | ".join(HEADER) + " |")
        lines.append("|---|---|---|---|---:|---:|")
        for change in diff.changes:
            row = [words.markdown_cell(c) for c in cells(change)]
            if change.worse:
                row[3] = f"**{row[3]}**"
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")
    lines.append(summary(diff))
    return "\n".join(lines) + "\n"


def write_table(diff: Diff, out: TextIO) -> None:
    """Write ``render_table(diff)`` to ``out`` (the writer shape of the format registry)."""
    out.write(render_table(diff))


def write_markdown(diff: Diff, out: TextIO) -> None:
    """Write ``render_markdown(diff)`` to ``out``."""
    out.write(render_markdown(diff))


def _short(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(visible(c) for c in (row[0], short_name(row[1]), *row[2:]))


def short_name(name: str) -> str:
    """An indicator's name cut to ``NAME_WIDTH`` characters, with "…" when cut."""
    return name if len(name) <= NAME_WIDTH else name[: NAME_WIDTH - 1] + "…"


def _width(cell: str) -> int:
    """Columns a cell takes: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in cell)


def _code(value: str) -> str:
    """A file name inside Markdown backticks (where neither HTML nor Markdown is read): no
    backtick or line break can end the span, no control character is left."""
    return visible(value).replace("`", "'").replace("|", "\\|")
