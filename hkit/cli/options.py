"""The options shared by hkit's commands: their words, parsers, completion and help."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from hkit.assess.catalogue import DEFAULT, MethodChoice, method_help
from hkit.cli.complete import complete_ids, complete_milestones
from hkit.cli.usage import choice, choices, complete, year
from hkit.render.formats import FORMATS, Output

# Output formats, read from the registry (hkit.render.formats); the format never depends on the
# terminal. Built at run time, so mypy cannot list the members (hence the ignores).
Format = StrEnum("Format", [(f.upper(), f) for f in FORMATS[Output.GAP]])  # type: ignore[misc]
ShowFormat = StrEnum("ShowFormat", [(f.upper(), f) for f in FORMATS[Output.SHOW]])  # type: ignore[misc]
DiffFormat = StrEnum("DiffFormat", [(f.upper(), f) for f in FORMATS[Output.DIFF]])  # type: ignore[misc]
# The defaults: the table, and the default method.
GAP_TABLE, SHOW_TABLE, DIFF_TABLE = Format("table"), ShowFormat("table"), DiffFormat("table")
DEFAULT_METHOD = MethodChoice(DEFAULT)

FILE_HELP = (
    "Targets file (YAML or JSON; - reads stdin), or the folder of an open-sdg data repository. "
    "Default: $HKIT_TARGETS, then ./targets.yaml, then the Blueprint file shipped with hkit."
)
FileArgument = Annotated[
    str | None, typer.Argument(metavar="FILE", help=FILE_HELP, show_default=False)
]


def _one_of(enum: type[StrEnum], *names: str, help_text: str) -> Any:
    """An option whose value is one of ``enum``'s words: read by hkit (any case,
    did-you-mean), shown as ``[a|b|c]`` and completed by the shell."""
    return typer.Option(
        *names,
        parser=choice(enum),
        metavar=choices(enum),
        autocompletion=complete(enum),
        help=help_text,
    )


MethodOption = Annotated[MethodChoice, _one_of(MethodChoice, "--method", help_text=method_help())]
MilestoneOption = Annotated[
    list[str] | None,
    typer.Option(
        "--milestone",
        "-m",
        metavar="M",
        autocompletion=complete_milestones,
        help="Only this milestone (repeatable).",
    ),
]
IndicatorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--indicator",
        "-i",
        metavar="ID",
        autocompletion=complete_ids,
        help="Only this indicator (repeatable).",
    ),
]
AsOfOption = Annotated[
    int | None,
    typer.Option(
        "--as-of",
        parser=year,
        metavar="YEAR",
        help="Use only figures of YEAR and before (what the picture was then).",
    ),
]


class ColorChoice(StrEnum):
    """When the table and the story use colour; the words never depend on it."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


ColorOption = Annotated[
    ColorChoice,
    _one_of(
        ColorChoice,
        "--color",
        help_text="Colour the statuses: auto (on a terminal, unless NO_COLOR is set), always, "
        "never.",
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Say on stderr which targets file is used (gap: also releases due, see --today).",
    ),
]


class By(StrEnum):
    """What ``gap --by`` rolls rows up to."""

    GROUP = "group"


ByOption = Annotated[
    By | None,
    _one_of(
        By,
        "--by",
        help_text="Roll rows up: `group` gives one status per group and milestone, as open-sdg "
        "gives one per indicator (mean score; not-available rows left out and counted).",
    ),
]


def _format(enum: type[StrEnum]) -> Any:
    """``--format``/``-f`` with the words of ``enum`` (a command's registry entry)."""
    return _one_of(enum, "--format", "-f", help_text="Output format.")


GapFormatOption = Annotated[Format, _format(Format)]
ShowFormatOption = Annotated[ShowFormat, _format(ShowFormat)]
DiffFormatOption = Annotated[DiffFormat, _format(DiffFormat)]


def use_color(color: ColorChoice) -> None:
    """Tell the terminal writer what ``--color`` asked (only the table and story use it).

    Set on every run, auto included, so that an in-process caller (a test) never inherits
    the previous command's choice.
    """
    from hkit.render.terminal import screen

    screen.COLOR.mode = color.value
