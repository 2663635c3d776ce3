"""``hkit diff``: what changed between two vintages of a targets file; with ``--check``, a
gate for CI (exit 1 when a row's status got worse)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hkit.cli.options import DIFF_TABLE, ColorChoice, ColorOption, DiffFormatOption, use_color
from hkit.cli.process import no_cyclic_gc, say, user_errors
from hkit.cli.usage import HkitCommand
from hkit.errors import ExitCode
from hkit.render.formats import Output, writer

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "What changed between two vintages of a targets file.",
    "epilog": "\b\nExamples:\n"
    "  hkit diff old.yaml targets.yaml\n"
    "  git show HEAD~1:targets.yaml | hkit diff - targets.yaml --format markdown\n"
    "  hkit diff old.yaml new.yaml --check   # exit 1 if a row's status got worse",
}


def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The older targets file (`-`: stdin).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The newer targets file (`-`: stdin).")],
    output: DiffFormatOption = DIFF_TABLE,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if any row's status got worse (for CI)."),
    ] = False,
    color: ColorOption = ColorChoice.AUTO,
) -> None:
    """Show what changed between two vintages of a targets file: statuses, figures, targets."""
    from hkit.assess.diff import diff_plans
    from hkit.read.load import load_plan

    if old == new == "-":
        raise typer.BadParameter("only one of OLD and NEW can be - (stdin)", param_hint="'OLD'")
    with no_cyclic_gc():
        with user_errors():
            result = diff_plans(load_plan(old), load_plan(new))
        if output is DIFF_TABLE:  # the other formats never colour (nor import rich)
            use_color(color)
        writer(Output.DIFF, output)(result, sys.stdout)
    if check and result.worse:
        count = len(result.worse)
        say(f"hkit: {count} row{'' if count == 1 else 's'} got worse")
        raise typer.Exit(ExitCode.OFF_TRACK)
