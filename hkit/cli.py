"""The command line: arguments, streams and exit codes. Nothing else lives here.

stdout carries the payload only (table, JSON, CSV, Markdown); messages go to stderr.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from hkit import __version__
from hkit.cli_calendar import (
    MaxAgeOption,
    TodayOption,
    check_ages,
    require_check,
    today_from,
    warn_releases,
)
from hkit.cli_light import LightCommand, LightGroup
from hkit.cli_process import no_cyclic_gc, run, say, user_errors, write_file
from hkit.errors import ExitCode, InputError

if TYPE_CHECKING:  # imported lazily at run time: each command loads only what it needs
    from hkit.compute import Report
    from hkit.methods import Method
    from hkit.model import Plan

app = typer.Typer(
    name="hkit",
    cls=LightGroup,  # options read without pydantic: see hkit/cli_light.py
    help=(
        "How far each indicator of a plan stands from its targets, and whether the current "
        "pace is enough. Ships with the eight reference indicators of the Hong Kong I&T "
        "Development Blueprint (2022); works on any targets file."
    ),
    epilog=(
        "Exit codes: 0 ok; 1 `gap --check` found a row below on track (or too old, with"
        " --max-age), or `diff --check` a row that got worse; 2 bad usage or bad input;"
        " 70 a bug in hkit."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    """Output formats; the format never depends on the terminal."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


FileArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="[FILE]",
        help=(
            "Targets file (YAML or JSON; `-` reads stdin), or the folder of an open-sdg data "
            "repository. Default: $HKIT_TARGETS, then ./targets.yaml, then the Blueprint "
            "file shipped with hkit."
        ),
        show_default=False,
    ),
]


class MethodChoice(StrEnum):
    """Progress methods (``hkit.methods``); ``all`` shows them side by side."""

    RATE = "rate"
    LEVEL = "level"
    WEATHER = "weather"
    REGRESSION = "regression"
    ALL = "all"


class By(StrEnum):
    """What ``gap --by`` rolls rows up to."""

    GROUP = "group"


MethodOption = Annotated[
    MethodChoice,
    typer.Option(
        "--method",
        case_sensitive=False,
        help=(
            "Progress method: rate (open-sdg 2.4.0 growth ratio, the default), level (UNSD "
            "projected-level ratio), weather (German strategy), regression (ESCAP time-weighted "
            "fit), or all side by side."
        ),
    ),
]
AsOfOption = Annotated[
    int | None,
    typer.Option(
        "--as-of",
        min=1800,
        max=2200,
        metavar="YEAR",
        help="Use only figures of YEAR and before (what the picture was then).",
    ),
]
MilestoneOption = Annotated[
    list[str] | None,
    typer.Option("--milestone", "-m", metavar="M", help="Only this milestone (repeatable)."),
]
IndicatorOption = Annotated[
    list[str] | None,
    typer.Option("--indicator", "-i", metavar="ID", help="Only this indicator (repeatable)."),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Say on stderr which targets file is used.")
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"hkit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """How far each indicator stands from its targets."""


def _load(file: str | None, *, verbose: bool) -> Plan:
    from hkit.load import choose_file, load_plan

    choice = choose_file(file)
    if verbose:
        say(f"hkit: reading {choice.path} ({choice.reason})")
    try:
        return load_plan(choice.path)
    except InputError as exc:
        if choice.reason.startswith("from $") and exc.problems[0].line is None:
            # The user did not type this path: say where it came from.
            first = replace(exc.problems[0], hint=f"the path comes {choice.reason}")
            raise InputError([first, *exc.problems[1:]]) from None
        raise


@app.command(
    cls=LightCommand,
    epilog=(
        "Examples:\n\n"
        "  hkit gap\n\n"
        "  hkit gap --milestone 2027 --indicator 1.1 --indicator 2.1\n\n"
        "  hkit gap --format json | jq '.rows[] | {indicator, milestone, status}'\n\n"
        "  hkit gap my-targets.yaml --check   # exit 1 if a row is below on track\n\n"
        "  hkit gap --check --max-age 2   # also exit 1 if a latest figure is over 2 years old"
    ),
)
def gap(
    file: FileArgument = None,
    milestone: MilestoneOption = None,
    indicator: IndicatorOption = None,
    as_of: AsOfOption = None,
    output: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format.TABLE,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if any row is below on track (for CI)."),
    ] = False,
    method: MethodOption = MethodChoice.RATE,
    verbose: VerboseOption = False,
    today: TodayOption = None,
    max_age: MaxAgeOption = None,
    by: Annotated[
        By | None,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="Roll rows up: `group` gives one status per group and milestone, as open-sdg "
            "gives one per indicator (mean score; not-available rows left out and counted).",
        ),
    ] = None,
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    require_check(max_age, check=check)
    day = today_from(today)
    with no_cyclic_gc():
        with user_errors():
            plan = _load(file, verbose=verbose)
            if verbose:
                warn_releases(plan, day)
            report = _selected(plan, milestone, indicator, as_of=as_of, method=method)
        if by is By.GROUP:
            _emit_groups(report, output)
        else:
            _emit(report, output)
    if check:
        _check(report, stale=max_age is not None and check_ages(report, day, max_age))


def _selected(
    plan: Plan,
    milestones: list[str] | None,
    indicators: list[str] | None,
    *,
    as_of: int | None,
    method: MethodChoice,
) -> Report:
    """The rows asked for by --milestone and --indicator (names checked), judged with
    --method and the figures of --as-of."""
    from hkit.compute import assess

    _check_names(plan, milestones=milestones, indicators=indicators)
    report = assess(plan, as_of=as_of, milestones=milestones, indicators=indicators)
    return _with_methods(report, plan, method)


def _check_names(plan: Plan, *, milestones: list[str] | None, indicators: list[str] | None) -> None:
    """Refuse a --milestone or --indicator the file does not have, with a hint."""
    from hkit.checks import require_name

    for name in milestones or ():
        require_name(name, plan.milestones, kind="milestone", where=plan.path)
    ids = [i.id for i in plan.indicators]
    for ident in indicators or ():
        require_name(ident, ids, kind="indicator", where=plan.path)


def _methods(choice: MethodChoice) -> tuple[Method, ...]:
    """The methods asked for; none for the default, which the report already holds."""
    from hkit.methods import ALL_METHODS, Method

    if choice is MethodChoice.RATE:
        return ()
    return ALL_METHODS if choice is MethodChoice.ALL else (Method(choice.value),)


def _with_methods(report: Report, plan: Plan, choice: MethodChoice) -> Report:
    """The report judged by the methods asked for; the default leaves it as it is."""
    methods = _methods(choice)
    if not methods:
        return report
    from hkit.methods import apply_methods

    return apply_methods(report, plan, methods)


def _emit_groups(report: Report, output: Format) -> None:
    """Write the roll-up of ``report`` per group and milestone (``hkit.rollup``)."""
    from hkit.render import groups
    from hkit.rollup import roll_up

    rows = roll_up(report)
    if output is Format.TABLE:
        groups.print_table(report, rows)
    elif output is Format.JSON:
        sys.stdout.write(groups.render_json(report, rows))
    elif output is Format.CSV:
        sys.stdout.write(groups.render_csv(rows))
    else:
        sys.stdout.write(groups.render_markdown(report, rows))


def _emit(report: Report, output: Format) -> None:
    """Write the report to stdout; only the table imports rich."""
    if len(report.methods) > 1 and output in (Format.TABLE, Format.MARKDOWN):
        if output is Format.TABLE:
            from hkit.render.compare import print_comparison

            print_comparison(report)
        else:
            from hkit.render.compare_text import render_markdown_methods

            sys.stdout.write(render_markdown_methods(report))
        return
    if output is Format.TABLE:
        from hkit.render.table import print_table

        print_table(report)
        return
    if output is Format.JSON:
        from hkit.render.machine import write_json

        write_json(report, sys.stdout)  # in pieces: a big report is never one string
        return
    if output is Format.CSV:
        from hkit.render.machine import render_csv as render
    else:
        from hkit.render.markdown import render_markdown as render
    sys.stdout.write(render(report))


class ShowFormat(StrEnum):
    """Formats of ``hkit show``."""

    TABLE = "table"
    JSON = "json"
    SVG = "svg"


@app.command(
    cls=LightCommand,
    epilog=(
        "Examples:\n\n"
        "  hkit show 1.1\n\n"
        "  hkit show 1.1 --format svg > gerd.svg   # the chart alone, for an article\n\n"
        "  hkit show 2.2 --as-of 2020   # the picture with the figures of 2020 and before\n\n"
        "  hkit show 1.1 --method all --format json"
    ),
)
def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The indicator's id, e.g. 1.1.")],
    file: FileArgument = None,
    as_of: AsOfOption = None,
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = ShowFormat.TABLE,
    method: MethodOption = MethodChoice.RATE,
    verbose: VerboseOption = False,
) -> None:
    """One indicator's story: figures and sources, milestones, plan and trend paths, a chart."""
    from hkit.story import build_story

    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
        story = build_story(plan, ident, as_of=as_of, methods=_methods(method))
    if output is ShowFormat.JSON:
        from hkit.render.story_record import render_story_json

        sys.stdout.write(render_story_json(story))
    elif output is ShowFormat.SVG:
        from hkit.render.html import render_svg

        sys.stdout.write(render_svg(story))
    else:
        from hkit.render.show import print_story

        print_story(story)


@app.command(
    cls=LightCommand,
    epilog=(
        "Examples:\n\n"
        "  hkit report -o report.html\n\n"
        "  hkit report my-targets.yaml --milestone 2027 --as-of 2024 -o 2027.html"
    ),
)
def report(
    file: FileArgument = None,
    milestone: MilestoneOption = None,
    indicator: IndicatorOption = None,
    as_of: AsOfOption = None,
    method: MethodOption = MethodChoice.RATE,
    out: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write the page to PATH (`-`: stdout)."
        ),
    ] = "-",
    verbose: VerboseOption = False,
) -> None:
    """Write one self-contained HTML page: status overview, then a chart, tables and sources
    for each indicator. It needs nothing else to open, print or attach."""
    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
        assessed = _selected(plan, milestone, indicator, as_of=as_of, method=method)
        from hkit.render.html import render_report

        page = render_report(plan, assessed)
        if out == "-":
            sys.stdout.write(page)
        else:
            write_file(out, page)


@app.command(cls=LightCommand)
def validate(
    file: FileArgument = None, verbose: VerboseOption = False, today: TodayOption = None
) -> None:
    """Check a targets file: exit 0 if valid, 2 with every problem as file:line:col if not.

    Figures that cannot be traced (a cited source without a URL) and releases due or overdue
    (a source's next_release) are warned about on stderr.
    """
    from hkit.provenance import source_warnings

    day = today_from(today)
    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
        _repository_problems(plan)
    for warning in source_warnings(plan):
        say(warning)
    warn_releases(plan, day)
    counts = {
        "indicator": len(plan.indicators),
        "milestone": len(plan.milestones),
        "observation": sum(len(i.observations) for i in plan.indicators),
        "source": len(plan.sources),
    }
    summary = ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for word, n in counts.items())
    sys.stdout.write(f"{plan.path}: valid: {summary}\n")


def _repository_problems(plan: Plan) -> None:
    """An open-sdg repository with calculations sdg-build could not make fails validation."""
    from hkit.load import is_repository

    if is_repository(plan.path):
        from pathlib import Path

        from hkit.opensdg import read_repository

        problems = read_repository(Path(plan.path)).problems
        if problems:
            raise InputError(problems)


@app.command()
def schema(
    report: Annotated[
        bool,
        typer.Option("--report", help="The schema of `gap --format json` instead."),
    ] = False,
) -> None:
    """Print the JSON Schema of the targets file (for editors and CI), or of the JSON output."""
    import json

    # pydantic is slow to import, so only this command loads the schema models.
    from hkit.schema import report_schema, targets_schema

    document = report_schema() if report else targets_schema()
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


class DiffFormat(StrEnum):
    """Formats of ``hkit diff``."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


@app.command(
    cls=LightCommand,
    epilog=(
        "Examples:\n\n"
        "  hkit diff old.yaml targets.yaml\n\n"
        "  git show HEAD~1:targets.yaml | hkit diff - targets.yaml --format markdown\n\n"
        "  hkit diff old.yaml new.yaml --check   # exit 1 if a row's status got worse"
    ),
)
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The older targets file (`-`: stdin).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The newer targets file (`-`: stdin).")],
    output: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = DiffFormat.TABLE,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if any row's status got worse (for CI)."),
    ] = False,
) -> None:
    """Show what changed between two vintages of a targets file: statuses, figures, targets."""
    from hkit.diff import diff_plans
    from hkit.load import load_plan

    if old == new == "-":
        raise typer.BadParameter("only one of OLD and NEW can be - (stdin)", param_hint="'OLD'")
    with no_cyclic_gc():
        with user_errors():
            result = diff_plans(load_plan(old), load_plan(new))
        if output is DiffFormat.JSON:
            from hkit.render.diff_json import render_json as render_diff
        elif output is DiffFormat.MARKDOWN:
            from hkit.render.diff_text import render_markdown as render_diff
        else:
            from hkit.render.diff_text import render_table as render_diff
        sys.stdout.write(render_diff(result))
    if check and result.worse:
        count = len(result.worse)
        say(f"hkit: {count} row{'' if count == 1 else 's'} got worse")
        raise typer.Exit(ExitCode.OFF_TRACK)


def _check(report: Report, *, stale: bool = False) -> None:
    """``--check``: exit 1 if a row is behind (or ``stale``); say what could not be judged."""
    behind = sum(1 for row in report.rows if row.status.behind)
    unknown = sum(1 for row in report.rows if row.status.value == "not_available")
    total = len(report.rows)
    if unknown:
        # Not a failure (nothing says the row is behind), but a gate must not look green
        # for rows it could not judge without saying so.
        say(f"hkit: {unknown} of {total} rows could not be assessed (not available)")
    if behind:
        verb = "is" if behind == 1 else "are"
        say(f"hkit: {behind} of {total} rows {verb} below on track")
    if behind or stale:
        raise typer.Exit(ExitCode.OFF_TRACK)


def main() -> None:
    """Console-script entry point (see ``hkit.cli_process.run``)."""
    run(app)
