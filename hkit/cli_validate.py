"""``hkit validate`` on one file or many (pre-commit passes a list): each file's verdict,
then, for several files, one summary line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import typer

from hkit.cli_process import say, user_errors
from hkit.errors import ExitCode
from hkit.model import Plan
from hkit.textsafe import visible


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
    from hkit.provenance import source_warnings

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
