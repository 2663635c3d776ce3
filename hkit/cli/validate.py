"""``hkit validate`` on one file or many (pre-commit passes a list): each file's verdict,
then, for several files, one summary line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from hkit.cli.calendar import TodayOption, today_from, warn_releases
from hkit.cli.options import VerboseOption
from hkit.cli.plan import load_file
from hkit.cli.process import no_cyclic_gc, say, user_errors
from hkit.cli.usage import HkitCommand
from hkit.errors import ExitCode, InputError
from hkit.textsafe import visible

if TYPE_CHECKING:
    from hkit.model import Plan

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "Check targets files: exit 0 if valid, 2 with every problem located.",
    "epilog": "\b\nExamples:\n"
    "  hkit validate\n"
    "  hkit validate plans/*.yaml   # each file, then a summary line",
}


def validate(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[FILE]...",
            help="Targets files (YAML or JSON; - reads stdin). Default: as for gap.",
            show_default=False,
        ),
    ] = None,
    verbose: VerboseOption = False,
    today: TodayOption = None,
) -> None:
    """Check targets files: exit 0 if all are valid, 2 with every problem as file:line:col if not.

    Figures that cannot be traced (a cited source without a URL) and releases due or overdue
    (a source's next_release) are warned about on stderr.
    With several files, each is checked and a summary line follows.
    """
    day = today_from(today)
    with no_cyclic_gc():
        code = validate_files(
            files or [None],
            load=lambda f: _repository_checked(load_file(f, verbose=verbose)),
            warn=lambda plan: warn_releases(plan, day),
        )
    if code:
        raise typer.Exit(code)


def _repository_checked(plan: Plan) -> Plan:
    """``plan``, unless it is an open-sdg repository with calculations sdg-build could not
    make: that fails validation."""
    from hkit.read.load import is_repository

    if is_repository(plan.path):
        from pathlib import Path

        from hkit.read.opensdg import read_repository

        problems = read_repository(Path(plan.path)).problems
        if problems:
            raise InputError(problems)
    return plan


def validate_files(
    files: Sequence[str | None],
    *,
    load: Callable[[str | None], Plan],
    warn: Callable[[Plan], None] = lambda plan: None,
) -> int:
    """Check each of ``files`` with ``load`` (None: the default lookup); return the exit code.
    ``warn`` says on stderr what a valid file should still look at (releases due).

    A valid file prints ``name: valid: 8 indicators, ...`` on stdout, an invalid one its
    problems on stderr; every file is checked even after a bad one, so that one run shows
    all that is wrong. With more than one file a summary line follows on stdout.
    """
    bad = 0
    for file in files:
        try:
            plan = _checked(file, load)
        except typer.Exit:
            bad += 1
            continue
        warn(plan)
        sys.stdout.write(f"{visible(plan.path)}: valid: {_counts(plan)}\n")
    if len(files) > 1:
        valid = len(files) - bad
        sys.stdout.write(f"hkit: {len(files)} files checked: {valid} valid, {bad} with problems\n")
    return ExitCode.INPUT_ERROR if bad else ExitCode.OK


def _checked(file: str | None, load: Callable[[str | None], Plan]) -> Plan:
    """The plan of ``file``, its problems said on stderr (``typer.Exit`` if it has any)."""
    from hkit.read.provenance import source_warnings

    with user_errors():
        plan = load(file)
    for warning in source_warnings(plan):
        say(warning)
    return plan


def _counts(plan: Plan) -> str:
    """``8 indicators, 2 milestones, 52 observations, 31 sources``."""
    counts = {
        "indicator": len(plan.indicators),
        "milestone": len(plan.milestones),
        "observation": sum(len(i.observations) for i in plan.indicators),
        "source": len(plan.sources),
    }
    return ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for word, n in counts.items())
