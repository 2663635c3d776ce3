"""``hkit report``: one self-contained HTML page (overview, charts, tables, sources)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hkit.cli.calendar import TodayOption, today_from
from hkit.cli.options import (
    DEFAULT_METHOD,
    AsOfOption,
    FileArgument,
    IndicatorOption,
    MethodOption,
    MilestoneOption,
    VerboseOption,
)
from hkit.cli.plan import check_names, load_file, with_methods
from hkit.cli.process import no_cyclic_gc, user_errors, write_file
from hkit.cli.usage import HkitCommand
from hkit.errors import UsageError

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "One self-contained HTML page: overview, charts, tables, sources.",
    "epilog": "\b\nExamples:\n"
    "  hkit report -o report.html\n"
    "  hkit report my-targets.yaml --milestone 2027 --as-of 2024 -o 2027.html",
}


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
    today: TodayOption = None,
) -> None:
    """Write one self-contained HTML page: status overview, then a chart, tables and sources
    for each indicator. It needs nothing else to open, print or attach."""
    from hkit.assess.compute import assess

    day = today_from(today)
    with no_cyclic_gc(), user_errors():
        if out == "-" and sys.stdout is not None and sys.stdout.isatty():
            # As gzip does: a page of HTML is no use on a terminal, and buries the prompt.
            raise UsageError(
                "will not write an HTML page to a terminal: use -o FILE "
                "(e.g. hkit report -o report.html), or redirect stdout"
            )
        plan = load_file(file, verbose=verbose)
        check_names(plan, milestones=milestone, indicators=indicator)
        assessed = assess(plan, as_of=as_of, milestones=milestone, indicators=indicator)
        assessed = with_methods(assessed, plan, method)
        from hkit.render.html.document import render_report

        page = render_report(plan, assessed, today=day)
        if out == "-":
            sys.stdout.write(page)
        else:
            write_file(out, page)
