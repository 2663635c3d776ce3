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
from hkit.cli.chance import MinChanceOption, below_chance, require_check_for_chance
from hkit.cli.gate import FailBelowOption, count
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
    from hkit.model import Status

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "Each indicator's gap to its targets, the growth needed, its status.",
    "epilog": "\b\nExamples:\n"
    "  hkit gap\n"
    "  hkit gap --milestone 2027 --indicator 1.1 --indicator 2.1\n"
    "  hkit gap --format json | jq '.rows[] | {indicator, milestone, status}'\n"
    "  hkit gap my-targets.yaml --check   # exit 1 if a row is below on track\n"
    "  hkit gap --fail-below limited-progress   # exit 1 if deteriorating or missed\n"
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
    fail_below: FailBelowOption = None,
    method: MethodOption = DEFAULT_METHOD,
    color: ColorOption = ColorChoice.AUTO,
    verbose: VerboseOption = False,
    today: TodayOption = None,
    max_age: MaxAgeOption = None,
    by: ByOption = None,
    min_chance: MinChanceOption = None,
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    from hkit.assess.compute import assess

    check = check or strict or fail_below is not None
    require_check(max_age, check=check)
    require_check_for_chance(min_chance, check=check)
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
        if by is By.GROUP:  # the roll-up, in the same formats (imported only for --by)
            from hkit.assess.rollup import RollUp, roll_up

            writer(Output.GROUPS, output)(RollUp(report, roll_up(report)), sys.stdout)
        elif verbose and output is GAP_TABLE:  # -v: each row's sentence under it
            from hkit.render.terminal.table import print_table

            print_table(report, sys.stdout, sentences=True)
        else:
            writer(Output.GAP, output)(report, sys.stdout)
    if check:
        stale = max_age is not None and check_ages(report, day, max_age)
        from hkit.assess.gate import DEFAULT_THRESHOLD

        threshold = fail_below or DEFAULT_THRESHOLD
        unlikely = min_chance is not None and below_chance(report, min_chance, strict=strict)
        _check(report, threshold=threshold, strict=strict, stale=stale or unlikely)


def _check(report: Report, *, threshold: Status, strict: bool = False, stale: bool = False) -> None:
    """``--check``: exit 1 if a row is below ``threshold`` (or ``stale``, or, ``strict``,
    cannot be judged); say on stderr which rows fail and how many could not be judged."""
    from hkit.assess.gate import failing
    from hkit.cli.gate import say_failures, say_rows, threshold_name
    from hkit.model import Status

    unknown = [row for row in report.rows if row.status is Status.NOT_AVAILABLE]
    behind = failing(report.rows, threshold)
    total = len(report.rows)
    if unknown:
        # Without --strict not a failure (nothing says the row is behind), but a gate must
        # not look green for rows it could not judge without saying so; --strict lists them.
        unjudged = f"hkit: {count(len(unknown), total)} could not be assessed (not available)"
        say(unjudged + (":" if strict else ""))
        if strict:
            say_rows(unknown)
    say_failures(behind, total, below=threshold_name(threshold))
    if behind or stale or (strict and unknown):
        raise typer.Exit(ExitCode.OFF_TRACK)
