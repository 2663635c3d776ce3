"""The progress methods hkit knows, stated once: names, words and where each is computed.

The command line (``--method`` choices and help), the renderers (column headings, the legend
of ``--method all``) and the JSON (``method``, ``methods``) all read ``CATALOGUE``. Words only,
standard library only and importing nothing of hkit's, so that reading it costs nothing at
start-up. To add a method: a module with an ``assess`` and a ``describe`` function (see
``hkit/assess/methods/level.py``), one member of ``Method``, one entry here and one in
``hkit.assess.methods.IMPLEMENTATIONS``; docs/architecture.md.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Method(StrEnum):
    """The methods a user can ask for by name with ``--method`` (the value is that name)."""

    RATE = "rate"
    LEVEL = "level"
    WEATHER = "weather"
    REGRESSION = "regression"

    @property
    def key(self) -> str:
        """The method's name in the JSON ``method`` field."""
        return CATALOGUE[self].key

    @property
    def heading(self) -> str:
        """The method's column heading (its --method name; the legend says whose it is)."""
        return CATALOGUE[self].heading


class MethodInfo(NamedTuple):
    """What hkit says about one method.

    ``who`` is the method's publisher in a word or two and ``measure`` what its measure is
    (the legend of ``--method all`` joins them). The functions that judge a row and describe
    the method are its module's (``hkit.assess.methods.IMPLEMENTATIONS``).
    """

    key: str
    heading: str
    help: str
    who: str
    measure: str
    # What carries the figures forward to the year the target is reached, when it is not the
    # pace since the base figure (the default's, which the level method shares).
    trend: str | None = None

    @property
    def legend(self) -> str:
        """The method in the legend of ``--method all``: name, publisher, measure."""
        return f"{self.heading} ({self.who}) {self.measure}"


CATALOGUE = {
    Method.RATE: MethodInfo(
        key="open-sdg-2.4.0",
        heading="rate",
        help="rate (open-sdg 2.4.0 growth ratio, the default)",
        who="open-sdg",
        measure="the ratio of actual to planned growth",
    ),
    Method.LEVEL: MethodInfo(
        key="unsd-level",
        heading="level",
        help="level (UNSD projected-level ratio)",
        who="UNSD",
        measure="the projected change of level over the planned one",
    ),
    Method.WEATHER: MethodInfo(
        key="de-weather",
        heading="weather",
        help="weather (German strategy)",
        who="Germany",
        measure="the share of the remaining distance covered by the next milestone",
        trend="the weather method's straight-line trend",
    ),
    Method.REGRESSION: MethodInfo(
        key="escap-regression",
        heading="regression",
        help="regression (ESCAP time-weighted fit)",
        who="ESCAP",
        measure="the fitted trend's change over the planned one",
        trend="the regression method's fitted trend",
    ),
}
# The method of a plain ``hkit gap``: open-sdg 2.4.0, which ``hkit.assess.compute`` implements.
DEFAULT = Method.RATE
# The ``--method`` choice that asks for every method side by side.
ALL = "all"
ALL_METHODS = tuple(Method)
# ``--method`` choices: every method's name, then ``all``. Built from the catalogue, so mypy
# cannot list the members (hence the ignore); Typer reads the choices from the class.
MethodChoice = StrEnum(  # type: ignore[misc]
    "MethodChoice", [(name.upper(), name) for name in (*Method, ALL)]
)


def chosen(choice: str) -> tuple[Method, ...]:
    """The methods a ``--method`` choice asks for, in catalogue order."""
    return ALL_METHODS if choice == ALL else (Method(choice),)


def method_help() -> str:
    """The help text of ``--method``, from the catalogue."""
    names = [CATALOGUE[m].help for m in Method]
    return f"Progress method: {', '.join(names)}, or {ALL} side by side."


def legend() -> str:
    """What the measure in brackets is, for each method, in ``--method all``."""
    parts = "; ".join(CATALOGUE[m].legend for m in Method)
    return f"In brackets, each method's measure, 1 meaning the target is reached: {parts}."
