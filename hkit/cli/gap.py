"""``hkit gap``: each indicator's gap to its targets, the growth needed, its status; with
``--check``, a gate for CI (exit 1 when a row is below on track)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from hkit.cli.calendar import (
    MaxAgeOption,
    TodayOption,
    check_ages,
    require_check,
    today_from,
    warn_releases,
)
from hkit.cli.options import (
    DEFAULT_METHOD,
    GAP_TABLE,
    AsOfOption,
    By,
    ByOption,
    ColorChoice,
    ColorOption,
    FileArgument,
    GapFormatOption,
    IndicatorOption,
    MethodOption,
    MilestoneOption,
    VerboseOption,
    use_color,
)
from hkit.cli.plan import check_names, load_file, with_methods
from hkit.cli.process import no_cyclic_gc, say, user_errors
from hkit.cli.usage import HkitCommand
from hkit.errors import ExitCode
from hkit.render.formats import Output, writer

if TYPE_CHECKING:
    from hkit.assess.record import Report

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "Each indicator's gap to its targets, the growth needed, its status.",
    "epilog": "\b\nExamples:\n"
    "  hkit gap\n"
    "  hkit gap --milestone 2027 --indicator 1.1 --indicator 2.1\n"
    "  hkit gap --format json | jq '.rows[] | {indicator, milestone, status}'\n"
    "  hkit gap my-targets.yaml --check   # exit 1 if a row is below on track\n"
    "  hkit gap --check --max-age 2   # exit 1 too if a figure is over 2 years old\n"
    "  hkit gap --check --min-chance 0.5   # exit 1 too if a chance is below 50%",
}


def gap(
    file: FileArgument = None,
    milestone: MilestoneOption = None,
    indicator: IndicatorOption = None,
    as_of: AsOfOption = None,
    output: GapFormatOption = GAP_TABLE,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if any row is below on track (for CI)."),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="With --check (implied), rows that cannot be judged fail too."
        ),
    ] = False,
    method: MethodOption = DEFAULT_METHOD,
    color: ColorOption = ColorChoice.AUTO,
    verbose: VerboseOption = False,
    today: TodayOption = None,
    max_age: MaxAgeOption = None,
    by: ByOption = None,
    min_chance: Annotated[
        float | None,
        typer.Option(
            "--min-chance",
            min=0.0,
            max=1.0,
            metavar="P",
            help="With --check, exit 1 too if a row's chance of meeting its target on the "
            "current trend (its outlook) is below P, from 0 to 1.",
        ),
    ] = None,
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    from hkit.assess.compute import assess
    from hkit.assess.rollup import RollUp, roll_up

    require_check(max_age, check=check or strict)
    if min_chance is not None and not (check or strict):
        raise typer.BadParameter("only works with --check", param_hint="'--min-chance'")
    day = today_from(today)
    with no_cyclic_gc():
        with user_errors():
            plan = load_file(file, verbose=verbose)
            if verbose:
                warn_releases(plan, day)
            check_names(plan, milestones=milestone, indicators=indicator)
            report = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
            report = with_methods(report, plan, method)
        if output is GAP_TABLE:  # the other formats never colour (nor import rich)
            use_color(color)
        if by is By.GROUP:  # the roll-up (hkit.assess.rollup), in the same formats
            writer(Output.GROUPS, output)(RollUp(report, roll_up(report)), sys.stdout)
        else:
            writer(Output.GAP, output)(report, sys.stdout)
    if check or strict:
        stale = max_age is not None and check_ages(report, day, max_age)
        unlikely = min_chance is not None and _unlikely(report, min_chance, strict=strict)
        _check(report, strict=strict, stale=stale or unlikely)


def _check(report: Report, *, strict: bool = False, stale: bool = False) -> None:
    """``--check``: exit 1 if a row is behind (or ``stale``, or, ``strict``, cannot be
    judged); say on stderr how many rows are behind and how many could not be judged."""
    from hkit.model import Status

    behind = sum(1 for row in report.rows if row.status.behind)
    unknown = sum(1 for row in report.rows if row.status is Status.NOT_AVAILABLE)
    total = len(report.rows)
    if unknown:
        # Without --strict not a failure (nothing says the row is behind), but a gate must
        # not look green for rows it could not judge without saying so.
        say(f"hkit: {_rows(unknown, total)} could not be assessed (not available)")
    if behind:
        say(f"hkit: {_rows(behind, total)} {'is' if behind == 1 else 'are'} below on track")
    if behind or stale or (strict and unknown):
        raise typer.Exit(ExitCode.OFF_TRACK)


def _rows(count: int, total: int) -> str:
    """``1 of 1 row``, ``2 of 18 rows``: the noun agrees with the total."""
    return f"{count} of {total} row{'' if total == 1 else 's'}"


def _unlikely(report: Report, floor: float, *, strict: bool) -> bool:
    """``--min-chance``: name on stderr each row whose chance is below ``floor`` and say how
    many rows have no outlook; True if a row fails (with ``strict``, one without an outlook
    does too)."""
    from hkit.render.text.outlook import per_cent

    failing, unknown = 0, 0
    for row in report.rows:
        outlook = row.outlook
        if outlook is None:
            continue  # no target: nothing to be likely or not
        if outlook.chance is None:
            unknown += 1
        elif outlook.chance < floor:
            failing += 1
            say(
                f"hkit: {row.indicator.id} {row.milestone}: the chance of meeting the target is "
                f"{per_cent(outlook.chance)} ({outlook.words}), below {per_cent(floor)}"
            )
    total = len(report.rows)
    if unknown:
        verb = "has" if unknown == 1 else "have"
        say(f"hkit: {_rows(unknown, total)} {verb} no outlook for --min-chance to judge")
    if failing:
        verb = "has" if failing == 1 else "have"
        say(f"hkit: {_rows(failing, total)} {verb} a chance below {per_cent(floor)}")
    return bool(failing or (strict and unknown))
