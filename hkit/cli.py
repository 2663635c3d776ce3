"""The command line: arguments, streams and exit codes. Nothing else lives here.

stdout carries the payload only (table, JSON, CSV, Markdown); messages go to stderr.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import typer

from hkit import __version__
from hkit.cli_light import LightCommand, LightGroup
from hkit.errors import ExitCode, HkitError, InputError, UsageError

app = typer.Typer(
    name="hkit",
    cls=LightGroup,  # options read without pydantic: see hkit/cli_light.py
    help=(
        "How far each indicator of a plan stands from its targets, and whether the current "
        "pace is enough. Ships with the nine reference indicators of the Hong Kong I&T "
        "Development Blueprint (2022); works on any targets file."
    ),
    epilog=(
        "Exit codes: 0 ok; 1 `gap --check` found a row below on track; 2 bad usage or bad input."
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


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the user's mistakes into messages on stderr and exit 2; let bugs raise."""
    try:
        yield
    except InputError as exc:
        for problem in exc.problems:
            _say(str(problem))
        if len(exc.problems) > 1:
            _say(f"hkit: {len(exc.problems)} problems found")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None
    except HkitError as exc:
        _say(f"hkit: error: {exc}")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for one command, then restore it.

    A big targets file builds millions of small objects that all stay alive until the
    command ends; each automatic collection walks every one of them, which made loading
    10,000 indicators about twice as slow (cProfile/perf_counter, bench/run.py). hkit makes
    no reference cycles worth collecting, and the process ends right after the command.
    Restoring keeps in-process callers (tests, CliRunner) unaffected.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(file: str | None, *, verbose: bool):  # type: ignore[no-untyped-def]
    from hkit.load import choose_file, load_plan

    choice = choose_file(file)
    if verbose:
        _say(f"hkit: reading {choice.path} ({choice.reason})")
    return load_plan(choice.path)


@app.command(
    cls=LightCommand,
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
    verbose: VerboseOption = False,
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    from hkit.compute import assess

    with _no_cyclic_gc():
        with _user_errors():
            plan = _load(file, verbose=verbose)
            _check_names(plan, milestones=milestone, indicators=indicator)
            report = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
        _emit(report, output)
    if check:
        behind = [r for r in report.rows if r.status.value in _BELOW_ON_TRACK]
        if behind:
            _say(f"hkit: {len(behind)} of {len(report.rows)} rows are below on track")
            raise typer.Exit(ExitCode.OFF_TRACK)


_BELOW_ON_TRACK = {
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "missed",
}


def _check_names(plan, *, milestones: list[str] | None, indicators: list[str] | None) -> None:  # type: ignore[no-untyped-def]
    from hkit.validate import did_you_mean

    for name in milestones or ():
        if name not in plan.milestones:
            hint = did_you_mean(name, plan.milestones)
            known = ", ".join(plan.milestones)
            raise UsageError(
                f"no milestone {name!r} in {plan.path}"
                + (f"; {hint}" if hint else "")
                + f" (milestones: {known})"
            )
    ids = [i.id for i in plan.indicators]
    for ident in indicators or ():
        if ident not in ids:
            hint = did_you_mean(ident, ids)
            raise UsageError(
                f"no indicator {ident!r} in {plan.path}"
                + (f"; {hint}" if hint else "")
                + f" (indicators: {', '.join(ids)})"
            )


def _emit(report, output: Format) -> None:  # type: ignore[no-untyped-def]
    """Write the report to stdout; only the table imports rich."""
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


@app.command(cls=LightCommand)
def validate(file: FileArgument = None, verbose: VerboseOption = False) -> None:
    """Check a targets file: exit 0 if valid, 2 with every problem as file:line:col if not."""
    with _no_cyclic_gc(), _user_errors():
        plan = _load(file, verbose=verbose)
    observations = sum(len(i.observations) for i in plan.indicators)
    sys.stdout.write(
        f"{plan.path}: valid: {len(plan.indicators)} indicators, {len(plan.milestones)} "
        f"milestones, {observations} observations, {len(plan.sources)} sources\n"
    )


def main() -> None:
    """Console-script entry point."""
    app()
