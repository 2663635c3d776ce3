"""Writing rich renderables to a stream: one place that builds the console and tidies lines.

The console is built at call time, so ``COLUMNS``, ``NO_COLOR`` and ``FORCE_COLOR`` from the
caller apply (a console built at import would freeze them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.text import Text


def footnote(line: str) -> RenderableType:
    """A dim footnote line; an indented one keeps its indent when it wraps."""
    indent = len(line) - len(line.lstrip(" "))
    note = Text(line.lstrip(" "), style="dim")
    return Padding(note, (0, 0, 0, indent), expand=False) if indent else note


def write(
    build: Callable[[Console], Iterable[RenderableType]], *, file: TextIO | None = None
) -> None:
    """Render what ``build(console)`` gives to ``file`` (stdout by default).

    Lines are stripped of the trailing blanks that rich pads table cells with, so that copied
    or piped output carries none.
    """
    out = file or sys.stdout
    console = Console(file=out, highlight=False)
    with console.capture() as captured:
        for renderable in build(console):
            console.print(renderable)
    out.write("\n".join(line.rstrip(" ") for line in captured.get().split("\n")))


def with_footnotes(
    renderable: RenderableType, notes: list[str], *, gap: bool = True
) -> list[RenderableType]:
    """``renderable`` followed by its footnotes (after a blank line when ``gap``)."""
    parts: list[RenderableType] = [renderable]
    if notes and gap:
        parts.append(Text(""))
    parts.extend(footnote(line) for line in notes)
    return parts
