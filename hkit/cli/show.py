"""``hkit show``: one indicator's story (figures, sources, milestones, paths, a chart)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hkit.cli.complete import complete_ids
from hkit.cli.options import (
    DEFAULT_METHOD,
    SHOW_TABLE,
    AsOfOption,
    ColorChoice,
    ColorOption,
    FileArgument,
    MethodOption,
    ShowFormatOption,
    VerboseOption,
    use_color,
)
from hkit.cli.plan import load_file
from hkit.cli.process import no_cyclic_gc, user_errors
from hkit.cli.usage import HkitCommand
from hkit.render.formats import Output, writer

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "One indicator's story: figures, sources, milestones, paths, a chart.",
    "epilog": "\b\nExamples:\n"
    "  hkit show 1.1\n"
    "  hkit show 2.2 --as-of 2020   # the picture with the figures up to 2020\n"
    "  hkit show 1.1 --format svg > gerd.svg   # the chart alone, for an article\n"
    "  hkit show 1.1 --method all --format json",
}


def show(
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID", autocompletion=complete_ids, help="The indicator's id, e.g. 1.1."
        ),
    ],
    file: FileArgument = None,
    as_of: AsOfOption = None,
    output: ShowFormatOption = SHOW_TABLE,
    method: MethodOption = DEFAULT_METHOD,
    color: ColorOption = ColorChoice.AUTO,
    verbose: VerboseOption = False,
) -> None:
    """One indicator's story: figures and sources, milestones, plan and trend paths, a chart."""
    from hkit.assess.story import build_story

    with no_cyclic_gc(), user_errors():
        plan = load_file(file, verbose=verbose)
        from hkit.assess.catalogue import chosen

        story = build_story(plan, ident, as_of=as_of, methods=chosen(method))
        from hkit.render.summary import with_summaries

        # Each row in a sentence, as gap and report write them (hkit.cli.plan.with_methods).
        story.report = with_summaries(story.report)
    if output is SHOW_TABLE:  # the other formats never colour (nor import rich)
        use_color(color)
    writer(Output.SHOW, output)(story, sys.stdout)
