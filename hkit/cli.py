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
from hkit.cli_process import no_cyclic_gc, run, say, user_errors
from hkit.errors import ExitCode, InputError

if TYPE_CHECKING:  # imported lazily at run time: each command loads only what it needs
    from hkit.compute import Report
    from hkit.methods import Method
    from hkit.model import Plan

app = typer.Typer(
    name="hkit",
    help=(
        "How far each indicator of a plan stands from its targets, and whether the current "
        "pace is enough. Ships with the eight reference indicators of the Hong Kong I&T "
        "Development Blueprint (2022); works on any targets file."
    ),
    epilog=(
        "Exit codes: 0 ok; 1 `gap --check` found a row below on track; 2 bad usage or bad input;"
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
            "Targets file (YAML or JSON; `-` reads stdin). Default: $HKIT_TARGETS, "
            "then ./targets.yaml, then the Blueprint file shipped with hkit."
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
    epilog=(
        "Examples:\n\n"
        "  hkit gap\n\n"
        "  hkit gap --milestone 2027 --indicator 1.1 --indicator 2.1\n\n"
        "  hkit gap --format json | jq '.rows[] | {indicator, milestone, status}'\n\n"
        "  hkit gap my-targets.yaml --check   # exit 1 if a row is below on track"
    ),
)
def gap(
    file: FileArgument = None,
    milestone: Annotated[
        list[str] | None,
        typer.Option("--milestone", "-m", metavar="M", help="Only this milestone (repeatable)."),
    ] = None,
    indicator: Annotated[
        list[str] | None,
        typer.Option("--indicator", "-i", metavar="ID", help="Only this indicator (repeatable)."),
    ] = None,
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
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    from hkit.compute import assess

    with no_cyclic_gc():
        with user_errors():
            plan = _load(file, verbose=verbose)
            _check_names(plan, milestones=milestone, indicators=indicator)
            report = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
            report = _with_methods(report, plan, method)
        _emit(report, output)
    if check:
        _check(report)


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


@app.command(
    epilog=(
        "Examples:\n\n"
        "  hkit show 1.1\n\n"
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
    else:
        from hkit.render.show import print_story

        print_story(story)


@app.command()
def validate(file: FileArgument = None, verbose: VerboseOption = False) -> None:
    """Check a targets file: exit 0 if valid, 2 with every problem as file:line:col if not.

    Figures that cannot be traced (a cited source without a URL) are warned about on stderr.
    """
    from hkit.provenance import source_warnings

    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
    for warning in source_warnings(plan):
        say(warning)
    counts = {
        "indicator": len(plan.indicators),
        "milestone": len(plan.milestones),
        "observation": sum(len(i.observations) for i in plan.indicators),
        "source": len(plan.sources),
    }
    summary = ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for word, n in counts.items())
    sys.stdout.write(f"{plan.path}: valid: {summary}\n")


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


def _check(report: Report) -> None:
    """``--check``: exit 1 if a row is behind; say on stderr what could not be judged."""
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
        raise typer.Exit(ExitCode.OFF_TRACK)


def main() -> None:
    """Console-script entry point (see ``hkit.cli_process.run``)."""
    run(app)
