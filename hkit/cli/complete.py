"""Shell completion of the names inside a targets file: indicator ids and milestones.

Typer's completion (``hkit --install-completion``) completes commands, options and fixed
values by itself; these functions add the names only the file knows. A file that cannot be
read or is invalid completes nothing: completion must never print an error into a prompt.
"""

from __future__ import annotations

import contextlib
import os

import typer

from hkit.errors import HkitError
from hkit.textsafe import visible


def _names(ctx: typer.Context, kind: str) -> list[str]:
    """The indicator ids (``kind="ids"``) or milestones of the file the command line names."""
    from hkit.read.load import STDIN, choose_file, load_chosen

    file = ctx.params.get("file")
    if not isinstance(file, str):
        # While completing, Click may leave the FILE argument among the unparsed words.
        file = next((word for word in ctx.args if not word.startswith("-")), None)
    with contextlib.suppress(HkitError, OSError):
        choice = choose_file(file)
        if choice.path == STDIN or not os.path.isfile(choice.path):
            return []  # never wait on stdin while the shell waits on us
        plan = load_chosen(choice)
        names = [i.id for i in plan.indicators] if kind == "ids" else list(plan.milestones)
        # The shell prints candidates to the terminal as they are: a name holding a control
        # character (hkit.textsafe) is never offered, it could not be typed anyway.
        return [name for name in names if visible(name) == name]
    return []


def complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Indicator ids of the file that start with ``incomplete``."""
    return [name for name in _names(ctx, "ids") if name.startswith(incomplete)]


def complete_milestones(ctx: typer.Context, incomplete: str) -> list[str]:
    """Milestones of the file that start with ``incomplete``."""
    return [name for name in _names(ctx, "milestones") if name.startswith(incomplete)]
