"""One indicator of a targets file: its fields, its observations and its targets, checked
and located (docs/targets-file.md); ``hkit.read.validate`` checks the rest of the file."""

from __future__ import annotations

import math
from operator import attrgetter
from typing import Any

from hkit.model import (
    Comparator,
    Direction,
    Display,
    Indicator,
    Milestone,
    Observation,
    Source,
    Target,
)
from hkit.read.checks import (
    MISSING,
    YEAR_RANGE,
    Checker,
    describe,
    did_you_mean,
    finite_float,
    named,
)
from hkit.read.document import KeyPath, detached

_FIRST_YEAR, _LAST_YEAR = YEAR_RANGE

# The keys of each mapping of a targets file: those allowed and those required.
# hkit.contract.schema's models are where they are stated; this block is generated from them
# (python scripts/regenerate), and tests/test_schema.py fails when it drifts.
# keys:start
TOP_KEYS = {
    "schema_version",
    "title",
    "baseline_year",
    "milestones",
    "sources",
    "indicators",
    "observations_file",
}
TOP_REQUIRED = {"schema_version", "milestones", "sources", "indicators"}
MILESTONE_KEYS = {"data_year", "note"}
MILESTONE_REQUIRED = {"data_year"}
SOURCE_KEYS = {
    "title",
    "grade",
    "publisher",
    "date",
    "url",
    "description",
    "next_release",
    "frequency",
}
SOURCE_REQUIRED = {"title", "grade"}
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
INDICATOR_REQUIRED = {"id", "name", "unit", "direction", "observations"}
OBSERVATION_KEYS = {"year", "value", "source", "note", "quote"}
OBSERVATION_REQUIRED = {"year", "value", "source"}
TARGET_KEYS = {"value", "comparator", "note"}
TARGET_REQUIRED = {"value"}
# keys:end


def build_indicator(
    check: Checker,
    body: Any,
    path: KeyPath,
    milestones: dict[str, Milestone],
    sources: dict[str, Source],
) -> Indicator | None:
    """One indicator of the file, or None when it has a problem (each one reported)."""
    fields = check.mapping(
        body,
        path,
        what="an indicator",
        allowed=INDICATOR_KEYS,
        required=INDICATOR_REQUIRED,
    )
    if fields is None:
        return None
    indicator_id = _indicator_id(check, fields.get("id", MISSING), (*path, "id"))
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
    return Indicator(  # by position, in its fields' order: keywords cost 3 times as much
        detached(indicator_id),
        detached(name),
        unit,
        direction,
        observations,
        targets,
        group,
        baseline_year,
        limit,
        display,
        note,
    )


def _observations(
    check: Checker, raw: Any, path: KeyPath, sources: dict[str, Source]
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
        item: KeyPath = (*path, index)
        fields = check.mapping(
            body,
            item,
            what="an observation",
            allowed=OBSERVATION_KEYS,
            required=OBSERVATION_REQUIRED,
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
    result.sort(key=attrgetter("year"))
    return tuple(result)


def _plain_observation(
    body: Any, sources: dict[str, Source], years: set[int]
) -> Observation | None:
    """``body`` as an ``Observation`` when it is plainly valid, else None.

    A fast path: building key paths and calling a checker per field took half the time of
    validating 10,000 indicators (cProfile, bench/run.py). Anything unusual (a float year,
    a missing or unknown key, a bad value) returns None and goes through the full checks
    in ``_observations``, which locate the problem; this must never accept what they refuse.
    """
    if type(body) is not dict:
        return None
    if body.keys() == OBSERVATION_REQUIRED:  # the usual figure: no note, no quote
        note = quote = None
    elif OBSERVATION_REQUIRED <= body.keys() <= OBSERVATION_KEYS:
        note, quote = body.get("note"), body.get("quote")
    else:
        return None
    year, value, source = body["year"], body["value"], body["source"]
    if (
        type(year) is int
        and _FIRST_YEAR <= year <= _LAST_YEAR
        and year not in years
        and (
            (type(value) is float and math.isfinite(value))
            or (type(value) is int and finite_float(value) is not None)
        )
        and type(source) is str
        and source in sources
        and (note is None or type(note) is str)
        and (quote is None or type(quote) is str)
    ):
        return tuple.__new__(Observation, (year, float(value), source, note))  # no __new__ frame
    return None


def _targets(
    check: Checker,
    raw: Any,
    path: KeyPath,
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
    for key, body in named(check, raw, path):
        item: KeyPath = (*path, key)
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
                body, item, what="a target", allowed=TARGET_KEYS, required=TARGET_REQUIRED
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


def _indicator_id(check: Checker, raw: Any, path: KeyPath) -> str | None:
    """The indicator's id: text, not empty (an unquoted 1.10 would be the number 1.1)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        check.error(
            path,
            f"expected text, got {describe(raw)}",
            hint='write the id in quotes exactly as meant (id: "1.10"): unquoted it is a number',
        )
        return None
    ident = check.text(raw, path)
    if ident is not None and not ident.strip():
        check.error(path, "the id is empty", hint='give it one, e.g. id: "1.1"')
        return None
    return ident
