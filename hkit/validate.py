"""Plain data (from YAML or JSON) to a validated ``Plan``, with every problem located.

The rules are those of schema version 1 (SPEC section 3). All problems in a file are
collected, up to ``MAX_PROBLEMS``, so that one run shows everything to fix.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from hkit.errors import InputError, Problem
from hkit.model import (
    Comparator,
    Direction,
    Display,
    Grade,
    Indicator,
    Milestone,
    Observation,
    Plan,
    Source,
    Target,
)
from hkit.parse import Locator, Path

SCHEMA_VERSION = 1
MAX_PROBLEMS = 50
# Years outside this range are almost certainly typos (2O25, 20255, 225).
YEAR_RANGE = (1800, 2200)

TOP_KEYS = {"schema_version", "title", "baseline_year", "milestones", "sources", "indicators"}
MILESTONE_KEYS = {"data_year", "note"}
SOURCE_KEYS = {"title", "publisher", "date", "grade", "url", "description"}
INDICATOR_KEYS = {
    "id",
    "group",
    "name",
    "unit",
    "direction",
    "baseline_year",
    "limit",
    "display",
    "note",
    "observations",
    "targets",
}
OBSERVATION_KEYS = {"year", "value", "source", "note", "quote"}
TARGET_KEYS = {"value", "comparator", "note"}

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_NUMBER_IN_TEXT = re.compile(
    r"\s*(?:HK\$|US\$|\$)?\s*([-+]?[\d,_ ]*\.?\d+(?:[eE][-+]?\d+)?)\s*%?\s*"
)

_PLAIN_KEY = re.compile(r"[^\s.\[\]'\"]+")

E = TypeVar("E", bound=StrEnum)
# What ``fields.get(key, MISSING)`` gives for an absent required key: ``check.mapping``
# has already reported it, so the type checks stay silent instead of saying "got null".
MISSING: Any = object()


def render_path(path: Path) -> str:
    """``("indicators", 0, "id")`` → ``indicators[0].id``; odd keys as ``['a b']``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        elif not _PLAIN_KEY.fullmatch(str(step)):
            # A message is one line: a key holding a line break or a dot is quoted.
            text += f"[{str(step)!r}]"
        else:
            text += f".{step}" if text else str(step)
    return text


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest choice, if any is close (a difference of case counts as close)."""
    ordered = sorted(choices)
    same_case = [choice for choice in ordered if choice.lower() == word.lower()]
    close = same_case or difflib.get_close_matches(word, ordered, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


class _Checker:
    """Collects located problems while building the model."""

    def __init__(self, name: str, locate: Locator) -> None:
        self.name = name
        self.locate = locate
        self.problems: list[Problem] = []
        # Every name declared under milestones: and sources:, valid or not, so that a bad
        # declaration is not reported a second time as "undeclared" wherever it is used.
        # None when the section itself is not a mapping: then nothing is called undeclared.
        self.declared_milestones: set[str] | None = None
        self.declared_sources: set[str] | None = None

    @property
    def full(self) -> bool:
        """Whether ``MAX_PROBLEMS`` have been found (later checks may skip costly hints)."""
        return len(self.problems) >= MAX_PROBLEMS

    def error(self, path: Path, message: str, hint: str | None = None) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            return
        where = self.locate(path)
        line, column = where if where else (None, None)
        self.problems.append(
            Problem(self.name, message, render_path(path), line=line, column=column, hint=hint)
        )

    def mapping(
        self, value: Any, path: Path, *, required: set[str], allowed: set[str], what: str
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"{what} must be a mapping, not {describe(value)}")
            return None
        for key in value:
            if not isinstance(key, str):
                hint = f"keys of {what} are words"
                if isinstance(key, int):
                    # {value: 5,000} reads as value 5 and a key 000: the comma separates entries.
                    hint = "inside {...} a comma separates entries: write 5000, not 5,000"
                self.error(path, f"unexpected key {key!r}", hint=hint)
            elif key not in allowed and not self.full:
                hint = did_you_mean(key, allowed) or f"allowed: {', '.join(sorted(allowed))}"
                self.error((*path, key), f"unknown key {key!r}", hint=hint)
        for key in sorted(required - value.keys()):
            self.error(path, f"missing required key {key!r}")
        return value

    def text(self, value: Any, path: Path, *, optional: bool = False) -> str | None:
        if (value is None and optional) or value is MISSING:
            return None
        if isinstance(value, str):
            return value
        hint = None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            hint = f'write "{value}" in quotes'
        self.error(path, f"expected text, got {describe(value)}", hint=hint)
        return None

    def number(self, value: Any, path: Path) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            hint = None
            if isinstance(value, str):
                match = _NUMBER_IN_TEXT.fullmatch(value)
                if match:
                    clean = match.group(1).replace(",", "").replace("_", "").replace(" ", "")
                    hint = f"write {clean}, not {value!r}"
            self.error(path, f"expected a number, got {describe(value)}", hint=hint)
            return None
        number = finite_float(value)
        if number is None and isinstance(value, float):
            self.error(path, f"{value} is not a finite number")
        elif number is None:
            self.error(path, f"a {len(str(abs(value)))}-digit number is too large")
        return number

    def year(self, value: Any, path: Path) -> int | None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, f"expected a year such as 2025, got {describe(value)}")
            return None
        low, high = YEAR_RANGE
        if not low <= value <= high:
            self.error(path, f"implausible year {value}", hint=f"expected {low} to {high}")
            return None
        return value

    def choice(self, value: Any, path: Path, enum: type[E]) -> E | None:
        allowed = [member.value for member in enum]
        if isinstance(value, str) and value in allowed:
            return enum(value)
        if value is MISSING:
            return None
        hint = did_you_mean(value, allowed) if isinstance(value, str) else None
        self.error(
            path,
            f"expected one of {', '.join(allowed)}, got {describe(value)}",
            hint=hint,
        )
        return None


def finite_float(value: int | float) -> float | None:
    """``value`` as a float, or None if it is infinite, NaN or a whole number too large for a
    float (``math.isfinite`` itself raises OverflowError on those)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def describe(value: Any) -> str:
    """A short phrase for a value in a message: ``the text '1.3%'``, ``a list``."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - parsers give only the types above


def build_plan(data: Any, *, name: str, locate: Locator) -> Plan:
    """Validate parsed data and build the ``Plan``; raise ``InputError`` listing every problem."""
    check = _Checker(name, locate)
    plan = _plan(check, data)
    if check.problems or plan is None:
        raise InputError(check.problems)
    return plan


def _plan(check: _Checker, data: Any) -> Plan | None:
    top = check.mapping(
        data,
        (),
        what="the top level",
        allowed=TOP_KEYS,
        required={"schema_version", "milestones", "sources", "indicators"},
    )
    if top is None:
        return None
    version = top.get("schema_version")
    if "schema_version" in top and version != SCHEMA_VERSION:
        check.error(
            ("schema_version",),
            f"unsupported schema_version {version!r}",
            hint=f"this hkit reads schema_version {SCHEMA_VERSION}",
        )
    title = check.text(top.get("title"), ("title",), optional=True) or check.name
    baseline_year = None
    if top.get("baseline_year") is not None:
        baseline_year = check.year(top["baseline_year"], ("baseline_year",))
    if isinstance(top.get("milestones"), dict):
        check.declared_milestones = {str(name) for name in top["milestones"]}
    if isinstance(top.get("sources"), dict):
        check.declared_sources = {str(name) for name in top["sources"]}
    milestones = _milestones(check, top.get("milestones", {}))
    sources = _sources(check, top.get("sources", {}))
    indicators = _indicators(check, top.get("indicators", []), milestones, sources)
    return Plan(title, baseline_year, milestones, sources, indicators, path=check.name)


def _named(check: _Checker, raw: dict[Any, Any], path: Path) -> list[tuple[Any, Any]]:
    """The entries of a mapping keyed by name, without a second entry for the same name.

    YAML reads ``2027:`` as a number and ``"2027":`` as text: two keys, but one name to hkit.
    """
    entries: list[tuple[Any, Any]] = []
    names: set[str] = set()
    for key, body in raw.items():
        if str(key) in names:
            check.error(
                (*path, key), f"{str(key)!r} appears twice", hint=f'{key} and "{key}" are one name'
            )
            continue
        names.add(str(key))
        entries.append((key, body))
    return entries


def _milestones(check: _Checker, raw: Any) -> dict[str, Milestone]:
    result: dict[str, Milestone] = {}
    if not isinstance(raw, dict):
        check.error(("milestones",), f"milestones must be a mapping, not {describe(raw)}")
        return result
    for key, body in _named(check, raw, ("milestones",)):
        path: Path = ("milestones", key)
        fields = check.mapping(
            body, path, what="a milestone", allowed=MILESTONE_KEYS, required={"data_year"}
        )
        if fields is None or "data_year" not in fields:
            continue
        data_year = check.year(fields["data_year"], (*path, "data_year"))
        check.text(fields.get("note"), (*path, "note"), optional=True)
        if data_year is not None:
            result[str(key)] = Milestone(str(key), data_year)
    return result


def _sources(check: _Checker, raw: Any) -> dict[str, Source]:
    result: dict[str, Source] = {}
    if not isinstance(raw, dict):
        check.error(("sources",), f"sources must be a mapping, not {describe(raw)}")
        return result
    for key, body in _named(check, raw, ("sources",)):
        path: Path = ("sources", key)
        fields = check.mapping(
            body, path, what="a source", allowed=SOURCE_KEYS, required={"title", "grade"}
        )
        if fields is None:
            continue
        title = check.text(fields.get("title", MISSING), (*path, "title"))
        grade = check.choice(fields.get("grade", MISSING), (*path, "grade"), Grade)
        texts = {
            k: check.text(fields.get(k), (*path, k), optional=True)
            for k in ("publisher", "url", "description")
        }
        date = fields.get("date")
        if isinstance(date, int) and not isinstance(date, bool):
            date = str(date)  # a bare year such as 2022 is fine
        date = check.text(date, (*path, "date"), optional=True)
        if date is not None and not _DATE.fullmatch(date):
            check.error(
                (*path, "date"), f"expected a date such as 2022-12 or 2022-12-21, got {date!r}"
            )
        if title is not None and grade is not None:
            result[str(key)] = Source(
                str(key),
                title,
                grade,
                publisher=texts["publisher"],
                date=date,
                url=texts["url"],
                description=texts["description"],
            )
    return result


def _indicators(
    check: _Checker, raw: Any, milestones: dict[str, Milestone], sources: dict[str, Source]
) -> tuple[Indicator, ...]:
    if not isinstance(raw, list):
        check.error(("indicators",), f"indicators must be a list, not {describe(raw)}")
        return ()
    result: list[Indicator] = []
    seen: set[str] = set()
    for index, body in enumerate(raw):
        indicator = _indicator(check, body, ("indicators", index), milestones, sources)
        # The id is checked even when the rest of the indicator has problems.
        ident = body.get("id") if isinstance(body, dict) else None
        if isinstance(ident, str):
            if ident in seen:
                check.error(("indicators", index, "id"), f"duplicate indicator id {ident!r}")
                continue
            seen.add(ident)
        if indicator is not None:
            result.append(indicator)
    return tuple(result)


def _indicator(
    check: _Checker,
    body: Any,
    path: Path,
    milestones: dict[str, Milestone],
    sources: dict[str, Source],
) -> Indicator | None:
    fields = check.mapping(
        body,
        path,
        what="an indicator",
        allowed=INDICATOR_KEYS,
        required={"id", "name", "unit", "direction", "observations"},
    )
    if fields is None:
        return None
    raw_id = fields.get("id", MISSING)
    if isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
        check.error(
            (*path, "id"),
            f"expected text, got {describe(raw_id)}",
            hint='write the id in quotes exactly as meant (id: "1.10"): unquoted it is a number',
        )
        indicator_id = None
    else:
        indicator_id = check.text(raw_id, (*path, "id"))
    name = check.text(fields.get("name", MISSING), (*path, "name"))
    unit = check.text(fields.get("unit", MISSING), (*path, "unit"))
    direction = check.choice(fields.get("direction", MISSING), (*path, "direction"), Direction)
    group = check.text(fields.get("group"), (*path, "group"), optional=True)
    note = check.text(fields.get("note"), (*path, "note"), optional=True)
    baseline_year = None
    if fields.get("baseline_year") is not None:
        baseline_year = check.year(fields["baseline_year"], (*path, "baseline_year"))
    limit = None
    if fields.get("limit") is not None:
        limit = check.number(fields["limit"], (*path, "limit"))
    display = Display.PLAIN
    if fields.get("display") is not None:
        display = check.choice(fields["display"], (*path, "display"), Display) or Display.PLAIN
    observations = None
    if "observations" in fields:  # a missing key is reported by check.mapping
        observations = _observations(
            check, fields["observations"], (*path, "observations"), sources
        )
    targets = _targets(check, fields.get("targets"), (*path, "targets"), milestones, direction)
    if None in (indicator_id, name, unit, direction) or observations is None or targets is None:
        return None
    assert indicator_id is not None
    assert name is not None
    assert unit is not None
    assert direction is not None
    return Indicator(
        id=indicator_id,
        name=name,
        unit=unit,
        direction=direction,
        observations=observations,
        targets=targets,
        group=group,
        baseline_year=baseline_year,
        limit=limit,
        display=display,
        note=note,
    )


def _observations(
    check: _Checker, raw: Any, path: Path, sources: dict[str, Source]
) -> tuple[Observation, ...] | None:
    if not isinstance(raw, list):
        check.error(path, f"observations must be a list, not {describe(raw)}")
        return None
    result: list[Observation] = []
    years: set[int] = set()
    ok = True
    for index, body in enumerate(raw):
        plain = _plain_observation(body, sources, years)
        if plain is not None:
            years.add(plain.year)
            result.append(plain)
            continue
        item: Path = (*path, index)
        fields = check.mapping(
            body,
            item,
            what="an observation",
            allowed=OBSERVATION_KEYS,
            required={"year", "value", "source"},
        )
        if fields is None:
            ok = False
            continue
        year = check.year(fields.get("year"), (*item, "year")) if "year" in fields else None
        value = check.number(fields.get("value"), (*item, "value")) if "value" in fields else None
        source = check.text(fields.get("source"), (*item, "source")) if "source" in fields else None
        note = check.text(fields.get("note"), (*item, "note"), optional=True)
        check.text(fields.get("quote"), (*item, "quote"), optional=True)
        declared = check.declared_sources
        if source is not None and declared is not None and source not in declared:
            hint = did_you_mean(source, declared) or "declare it under sources:"
            check.error((*item, "source"), f"undeclared source {source!r}", hint=hint)
            source = None
        elif source not in sources:
            source = None  # declared, but its declaration has a problem of its own
        if year is not None and year in years:
            check.error((*item, "year"), f"duplicate year {year}", hint="one figure per year")
            year = None
        elif year is not None:
            years.add(year)
        if year is None or value is None or source is None:
            ok = False
            continue
        result.append(Observation(year, value, source, note))
    if not ok:
        return None
    result.sort(key=lambda obs: obs.year)
    return tuple(result)


_OBSERVATION_REQUIRED = frozenset({"year", "value", "source"})


def _plain_observation(
    body: Any, sources: dict[str, Source], years: set[int]
) -> Observation | None:
    """``body`` as an ``Observation`` when it is plainly valid, else None.

    A fast path: building key paths and calling a checker per field took half the time of
    validating 10,000 indicators (cProfile, bench/run.py). Anything unusual (a float year,
    a missing or unknown key, a bad value) returns None and goes through the full checks
    in ``_observations``, which locate the problem; this must never accept what they refuse.
    """
    if type(body) is not dict or not _OBSERVATION_REQUIRED <= body.keys() <= OBSERVATION_KEYS:
        return None
    year, value, source = body["year"], body["value"], body["source"]
    note, quote = body.get("note"), body.get("quote")
    if (
        type(year) is int
        and YEAR_RANGE[0] <= year <= YEAR_RANGE[1]
        and year not in years
        and type(value) in (int, float)
        and finite_float(value) is not None
        and type(source) is str
        and source in sources
        and (note is None or type(note) is str)
        and (quote is None or type(quote) is str)
    ):
        return Observation(year, float(value), source, note)
    return None


def _targets(
    check: _Checker,
    raw: Any,
    path: Path,
    milestones: dict[str, Milestone],
    direction: Direction | None,
) -> tuple[Target, ...] | None:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        check.error(path, f"targets must be a mapping of milestone to value, not {describe(raw)}")
        return None
    default = Comparator.AT_MOST if direction is Direction.DECREASE else Comparator.AT_LEAST
    found: dict[str, Target] = {}
    ok = True
    for key, body in _named(check, raw, path):
        item: Path = (*path, key)
        name = str(key)
        declared = check.declared_milestones
        if declared is not None and name not in declared:
            hint = did_you_mean(name, declared) or "declare it under milestones:"
            check.error(item, f"target for undeclared milestone {name!r}", hint=hint)
            ok = False
            continue
        comparator: Comparator | None = default
        if isinstance(body, dict):
            fields = check.mapping(
                body, item, what="a target", allowed=TARGET_KEYS, required={"value"}
            )
            assert fields is not None
            value = check.number(fields["value"], (*item, "value")) if "value" in fields else None
            if fields.get("comparator") is not None:
                comparator = check.choice(fields["comparator"], (*item, "comparator"), Comparator)
            check.text(fields.get("note"), (*item, "note"), optional=True)
        else:
            value = check.number(body, item)
        if comparator is not None and direction is not None and _contradicts(comparator, direction):
            check.error(
                (*item, "comparator"),
                f"comparator {comparator.value} contradicts direction {direction.value}",
            )
            comparator = None
        if value is None or comparator is None:
            ok = False
            continue
        found[name] = Target(name, value, comparator)
    if not ok:
        return None
    # Milestone order, not file order, so that rows read 2027 before 2032.
    return tuple(found[m] for m in milestones if m in found)


def _contradicts(comparator: Comparator, direction: Direction) -> bool:
    return (comparator is Comparator.AT_MOST and direction is Direction.INCREASE) or (
        comparator is Comparator.AT_LEAST and direction is Direction.DECREASE
    )
