"""The options shared by hkit's commands: their words, parsers, completion and help."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from hkit.cli_usage import choice, choices, complete, year


class Format(StrEnum):
    """Output formats; the format never depends on the terminal."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


FILE_HELP = (
    "Targets file (YAML or JSON; - reads stdin), or the folder of an open-sdg data repository. "
    "Default: $HKIT_TARGETS, then ./targets.yaml, then the Blueprint file shipped with hkit."
)
FileArgument = Annotated[
    str | None, typer.Argument(metavar="FILE", help=FILE_HELP, show_default=False)
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
        parser=choice(MethodChoice),
        metavar=choices(MethodChoice),
        autocompletion=complete(MethodChoice),
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
    typer.Option(
        "--color",
        parser=choice(ColorChoice),
        metavar=choices(ColorChoice),
        autocompletion=complete(ColorChoice),
        help="Colour the statuses: auto (on a terminal, unless NO_COLOR is set), always, never.",
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


class ShowFormat(StrEnum):
    """Formats of ``hkit show``."""

    TABLE = "table"
    JSON = "json"
    SVG = "svg"


class DiffFormat(StrEnum):
    """Formats of ``hkit diff``."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class By(StrEnum):
    """What ``gap --by`` rolls rows up to."""

    GROUP = "group"
