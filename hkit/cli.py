"""The command line: arguments, streams and exit codes. Nothing else lives here.

stdout carries the payload only (table, JSON, CSV, Markdown); messages go to stderr.
"""

from __future__ import annotations

import sys
from dataclasses import replace
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
from hkit.cli_complete import complete_ids
from hkit.cli_options import (
    DEFAULT_METHOD,
    DIFF_TABLE,
    GAP_TABLE,
    SHOW_TABLE,
    AsOfOption,
    By,
    ColorChoice,
    ColorOption,
    DiffFormat,
    FileArgument,
    Format,
    IndicatorOption,
    MethodOption,
    MilestoneOption,
    ShowFormat,
    VerboseOption,
)
from hkit.cli_process import no_cyclic_gc, run, say, user_errors, write_file
from hkit.cli_usage import HkitCommand, HkitGroup, choice, choices, complete
from hkit.errors import ExitCode, InputError
from hkit.formats import writer

if TYPE_CHECKING:  # imported lazily at run time: each command loads only what it needs
    from hkit.model import Plan
    from hkit.record import Report

app = typer.Typer(
    name="hkit",
    cls=HkitGroup,  # one error style: see hkit/cli_usage.py
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
    invoke_without_command=True,  # `hkit` alone prints the help (see _root)
    add_completion=True,  # --install-completion / --show-completion, Typer's own
    rich_markup_mode=None,  # plain help, as git and ruff print it: no boxes
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"hkit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """How far each indicator stands from its targets."""
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        # `hkit` alone: the help on stdout and exit 0, as `git` and `ruff` do for `help`.
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit()


# The shipped file's name in reports and messages: the same on every machine, unlike the
# site-packages path it is read from (--verbose still says where that is).
SHIPPED_NAME = "<shipped>/targets.yaml"


def _load(file: str | None, *, verbose: bool) -> Plan:
    from hkit.load import DEFAULT_NAME, choose_file, load_plan

    choice = choose_file(file)
    if verbose:
        say(f"hkit: reading {choice.path} ({choice.reason})")
    found_here = choice.reason == "found in the current directory"
    name = SHIPPED_NAME if choice.packaged else DEFAULT_NAME if found_here else None
    try:
        return load_plan(choice.path, display_name=name)
    except InputError as exc:
        if choice.reason.startswith("from $") and exc.problems[0].line is None:
            # The user did not type this path: say where it came from.
            first = replace(exc.problems[0], hint=f"the path comes {choice.reason}")
            raise InputError([first, *exc.problems[1:]]) from None
        raise


@app.command(
    cls=HkitCommand,
    short_help="Each indicator's gap to its targets, the growth needed, its status.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit gap\n"
        "  hkit gap --milestone 2027 --indicator 1.1 --indicator 2.1\n"
        "  hkit gap --format json | jq '.rows[] | {indicator, milestone, status}'\n"
        "  hkit gap my-targets.yaml --check   # exit 1 if a row is below on track\n"
        "  hkit gap --check --max-age 2   # exit 1 too if a figure is over 2 years old"
    ),
)
def gap(
    file: FileArgument = None,
    milestone: MilestoneOption = None,
    indicator: IndicatorOption = None,
    as_of: AsOfOption = None,
    output: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            parser=choice(Format),
            metavar=choices(Format),
            autocompletion=complete(Format),
            help="Output format.",
        ),
    ] = GAP_TABLE,
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
    by: Annotated[
        By | None,
        typer.Option(
            "--by",
            parser=choice(By),
            metavar=choices(By),
            autocompletion=complete(By),
            help="Roll rows up: `group` gives one status per group and milestone, as open-sdg "
            "gives one per indicator (mean score; not-available rows left out and counted).",
        ),
    ] = None,
) -> None:
    """Show each indicator's gap to its targets, the growth now required, and its status."""
    from hkit.compute import assess

    require_check(max_age, check=check or strict)
    day = today_from(today)
    with no_cyclic_gc():
        with user_errors():
            plan = _load(file, verbose=verbose)
            if verbose:
                warn_releases(plan, day)
            _check_names(plan, milestones=milestone, indicators=indicator)
            report = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
            report = _with_methods(report, plan, method)
        if output is GAP_TABLE:  # the other formats never colour (nor import rich)
            _use_color(color)
        # --by group writes the roll-up (hkit.rollup) in the same formats.
        writer("gap --by group" if by is By.GROUP else "gap", output)(report, sys.stdout)
    if check or strict:
        stale = max_age is not None and check_ages(report, day, max_age)
        _check(report, strict=strict, stale=stale)


def _use_color(color: ColorChoice) -> None:
    """Tell the terminal writer what ``--color`` asked (only the table and story use it).

    Set on every run, auto included, so that an in-process caller (a test) never inherits
    the previous command's choice.
    """
    from hkit.render import terminal

    terminal.COLOR.mode = color.value


def _check_names(plan: Plan, *, milestones: list[str] | None, indicators: list[str] | None) -> None:
    """Refuse a --milestone or --indicator the file does not have, with a hint."""
    from hkit.checks import require_name

    for name in milestones or ():
        require_name(name, plan.milestones, kind="milestone", where=plan.path)
    ids = [i.id for i in plan.indicators]
    for ident in indicators or ():
        require_name(ident, ids, kind="indicator", where=plan.path)


def _with_methods(report: Report, plan: Plan, choice: str) -> Report:
    """The report judged by the methods asked for (``hkit.methods.apply_methods``)."""
    from hkit.catalogue import DEFAULT, chosen

    if choice == DEFAULT:  # the rows as compute made them: no need to import the methods
        return report
    from hkit.methods import apply_methods

    return apply_methods(report, plan, chosen(choice))


@app.command(
    cls=HkitCommand,
    short_help="One indicator's story: figures, sources, milestones, paths, a chart.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit show 1.1\n"
        "  hkit show 2.2 --as-of 2020   # the picture with the figures up to 2020\n"
        "  hkit show 1.1 --format svg > gerd.svg   # the chart alone, for an article\n"
        "  hkit show 1.1 --method all --format json"
    ),
)
def show(
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID", autocompletion=complete_ids, help="The indicator's id, e.g. 1.1."
        ),
    ],
    file: FileArgument = None,
    as_of: AsOfOption = None,
    output: Annotated[
        ShowFormat,
        typer.Option(
            "--format",
            "-f",
            parser=choice(ShowFormat),
            metavar=choices(ShowFormat),
            autocompletion=complete(ShowFormat),
            help="Output format.",
        ),
    ] = SHOW_TABLE,
    method: MethodOption = DEFAULT_METHOD,
    color: ColorOption = ColorChoice.AUTO,
    verbose: VerboseOption = False,
) -> None:
    """One indicator's story: figures and sources, milestones, plan and trend paths, a chart."""
    from hkit.story import build_story

    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
        from hkit.catalogue import chosen

        story = build_story(plan, ident, as_of=as_of, methods=chosen(method))
    if output is SHOW_TABLE:  # the other formats never colour (nor import rich)
        _use_color(color)
    writer("show", output)(story, sys.stdout)


@app.command(
    cls=HkitCommand,
    short_help="One self-contained HTML page: overview, charts, tables, sources.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit report -o report.html\n"
        "  hkit report my-targets.yaml --milestone 2027 --as-of 2024 -o 2027.html"
    ),
)
def report(
    file: FileArgument = None,
    milestone: MilestoneOption = None,
    indicator: IndicatorOption = None,
    as_of: AsOfOption = None,
    method: MethodOption = DEFAULT_METHOD,
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
    from hkit.compute import assess

    with no_cyclic_gc(), user_errors():
        plan = _load(file, verbose=verbose)
        _check_names(plan, milestones=milestone, indicators=indicator)
        assessed = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
        assessed = _with_methods(assessed, plan, method)
        from hkit.render.html import render_report

        page = render_report(plan, assessed)
        if out == "-":
            sys.stdout.write(page)
        else:
            write_file(out, page)


@app.command(
    cls=HkitCommand,
    short_help="Check targets files: exit 0 if valid, 2 with every problem located.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit validate\n"
        "  hkit validate plans/*.yaml   # each file, then a summary line"
    ),
)
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
    from hkit.cli_validate import validate_files

    day = today_from(today)
    with no_cyclic_gc():
        code = validate_files(
            files or [None],
            load=lambda f: _repository_checked(_load(f, verbose=verbose)),
            warn=lambda plan: warn_releases(plan, day),
        )
    if code:
        raise typer.Exit(code)


def _repository_checked(plan: Plan) -> Plan:
    """``plan``, unless it is an open-sdg repository with calculations sdg-build could not
    make: that fails validation."""
    from hkit.load import is_repository

    if is_repository(plan.path):
        from pathlib import Path

        from hkit.opensdg import read_repository

        problems = read_repository(Path(plan.path)).problems
        if problems:
            raise InputError(problems)
    return plan


@app.command(
    "import",
    cls=HkitCommand,
    short_help="An open-sdg data repository written out as an hkit targets file.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit import path/to/sdg-data -o targets.yaml\n"
        "  hkit import path/to/sdg-data | hkit validate -"
    ),
)
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

    from hkit.errors import UsageError

    with no_cyclic_gc(), user_errors():
        if not Path(folder).is_dir():
            raise UsageError(f"{folder} is not a folder: name an open-sdg data repository's root")
        from hkit.opensdg import read_repository
        from hkit.opensdg.export import dump_targets

        loaded = read_repository(Path(folder))
        for problem in loaded.problems:
            say(f"{problem} (written with a note)".replace(": error: ", ": warning: ", 1))
        text = dump_targets(loaded.plan)
        if out == "-":
            sys.stdout.write(text)
        else:
            write_file(out, text)


@app.command(
    cls=HkitCommand, short_help="Print the JSON Schema of the targets file or of the JSON output."
)
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


@app.command(
    cls=HkitCommand,
    short_help="What changed between two vintages of a targets file.",
    epilog=(
        "\b\nExamples:\n"
        "  hkit diff old.yaml targets.yaml\n"
        "  git show HEAD~1:targets.yaml | hkit diff - targets.yaml --format markdown\n"
        "  hkit diff old.yaml new.yaml --check   # exit 1 if a row's status got worse"
    ),
)
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The older targets file (`-`: stdin).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The newer targets file (`-`: stdin).")],
    output: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            parser=choice(DiffFormat),
            metavar=choices(DiffFormat),
            autocompletion=complete(DiffFormat),
            help="Output format.",
        ),
    ] = DIFF_TABLE,
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
        writer("diff", output)(result, sys.stdout)
    if check and result.worse:
        count = len(result.worse)
        say(f"hkit: {count} row{'' if count == 1 else 's'} got worse")
        raise typer.Exit(ExitCode.OFF_TRACK)


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


def main() -> None:
    """Console-script entry point (see ``hkit.cli_process.run``)."""
    run(app)
