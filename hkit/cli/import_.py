"""``hkit import``: an open-sdg data repository written out as an hkit targets file."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hkit.cli.process import no_cyclic_gc, say, user_errors, write_file
from hkit.cli.usage import HkitCommand

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "An open-sdg data repository written out as an hkit targets file.",
    "epilog": "\b\nExamples:\n"
    "  hkit import path/to/sdg-data -o targets.yaml\n"
    "  hkit import path/to/sdg-data | hkit validate -",
}


def import_(
    folder: Annotated[
        str,
        typer.Argument(metavar="DIR", help="The root folder of an open-sdg data repository."),
    ],
    out: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write the targets file to PATH (`-`: stdout)."
        ),
    ] = "-",
) -> None:
    """Write the hkit targets file equivalent to an open-sdg data repository: one indicator
    per progress calculation, so a plan can leave the platform and be edited by hand."""
    from pathlib import Path

    from hkit.errors import InputError, UsageError

    with no_cyclic_gc(), user_errors():
        if not Path(folder).is_dir():
            raise UsageError(f"{folder} is not a folder: name an open-sdg data repository's root")
        from hkit.read.opensdg import read_repository
        from hkit.read.opensdg.export import dump_targets

        loaded = read_repository(Path(folder))
        if loaded.unreadable:  # as gap would: a file that cannot be read stops the run
            raise InputError(loaded.unreadable)
        for problem in loaded.problems:
            say(f"{problem} (written with a note)".replace(": error: ", ": warning: ", 1))
        text = dump_targets(loaded.plan)
        if out == "-":
            sys.stdout.write(text)
        else:
            write_file(out, text)
