"""Writing rich renderables to a stream: one place that builds the console and tidies lines.

The console is built at call time, so ``COLUMNS``, ``NO_COLOR`` and ``FORCE_COLOR`` from the
caller apply (a console built at import would freeze them).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.text import Text

from hkit.textsafe import terminal_output, visible

# The end of a line made only of blanks and colour codes (padded, styled cells).
_TAIL = re.compile(r"(?: |\x1b\[[0-9;]*m)*$")


def _tidy(line: str) -> str:
    """``line`` without trailing blanks, keeping the colour codes among them."""
    tail = _TAIL.search(line)
    assert tail is not None  # the pattern matches the empty end of any line
    return line[: tail.start()] + tail.group().replace(" ", "")


@dataclass
class ColorSetting:
    """``--color``: ``auto`` leaves it to rich (a terminal, ``NO_COLOR``, ``FORCE_COLOR``)."""

    mode: str = "auto"  # auto | always | never


# Set once per process by the command line (``--color``); the renderers never read options.
COLOR = ColorSetting()


def console(file: TextIO, *, width: int | None = None) -> Console:
    """A console on ``file`` that colours as ``--color`` says (by default: only a terminal)."""
    if COLOR.mode == "never":
        return Console(file=file, highlight=False, width=width, color_system=None)
    if COLOR.mode == "always":
        # Over NO_COLOR too: an explicit flag beats the environment, as in git and ls.
        # The eight standard colours are all hkit uses, whatever TERM says (even "dumb").
        return Console(
            file=file,
            highlight=False,
            width=width,
            force_terminal=True,
            no_color=False,
            color_system="standard",
        )
    return Console(file=file, highlight=False, width=width)


def footnote(line: str) -> RenderableType:
    """A dim footnote line; an indented one keeps its indent when it wraps."""
    indent = len(line) - len(line.lstrip(" "))
    note = Text(visible(line.lstrip(" ")), style="dim")
    return Padding(note, (0, 0, 0, indent), expand=False) if indent else note


def write(
    build: Callable[[Console], Iterable[RenderableType]], *, file: TextIO | None = None
) -> None:
    """Render what ``build(console)`` gives to ``file`` (stdout by default).

    Lines are stripped of the trailing blanks that rich pads table cells with, so that copied
    or piped output carries none. File text is made visible where the renderers take it in;
    ``terminal_output`` then keeps only hkit's own colour codes, should a field be missed.
    """
    out = file or sys.stdout
    screen = console(out, width=columns(out))
    with screen.capture() as captured:
        for renderable in build(screen):
            screen.print(renderable)
    lines = (_tidy(line) for line in captured.get().split("\n"))
    out.write(terminal_output("\n".join(lines)))


# Wider than any screen; a larger COLUMNS would only make rich pad lines it then strips.
MAX_COLUMNS = 1000


def columns(out: TextIO) -> int | None:
    """The width to lay out for: ``$COLUMNS`` if it is a positive number (at most
    ``MAX_COLUMNS``), else the terminal's width, else None (rich's default, 80).

    ``COLUMNS=0``, ``-5`` or ``abc`` count as unset (rich would lay out 0 columns for 0).
    """
    value = os.environ.get("COLUMNS", "").strip()
    if value.isdigit() and int(value) > 0:
        return min(int(value), MAX_COLUMNS)
    try:
        if out.isatty():
            size = os.get_terminal_size(out.fileno()).columns
            return size if size > 0 else None
    except (OSError, ValueError):  # not a real stream (a test's buffer), or no size
        pass
    return None


def with_footnotes(
    renderable: RenderableType, notes: list[str], *, gap: bool = True
) -> list[RenderableType]:
    """``renderable`` followed by its footnotes (after a blank line when ``gap``)."""
    parts: list[RenderableType] = [renderable]
    if notes and gap:
        parts.append(Text(""))
    parts.extend(footnote(line) for line in notes)
    return parts
