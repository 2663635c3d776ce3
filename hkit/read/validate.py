"""Plain data (from YAML or JSON) to a validated ``Plan``, with every problem located.

The rules are those of schema version 1 (docs/targets-file.md). All problems in a file are
collected, up to ``MAX_PROBLEMS``, so that one run shows everything to fix.
"""

from __future__ import annotations

import re
from typing import Any

from hkit.errors import InputError
from hkit.model import (
    Grade,
    Indicator,
    Milestone,
    Plan,
    Source,
)
from hkit.read.checks import (
    MISSING,
    Checker,
    describe,
    named,
)
from hkit.read.document import KeyPath, Locator
from hkit.read.releases import check_release_fields
from hkit.read.validate_indicator import (
    MILESTONE_KEYS,
    MILESTONE_REQUIRED,
    SOURCE_KEYS,
    SOURCE_REQUIRED,
    TOP_KEYS,
    TOP_REQUIRED,
    build_indicator,
)

SCHEMA_VERSION = 1

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def build_plan(data: Any, *, name: str, locate: Locator) -> Plan:
    """Validate parsed data and build the ``Plan``; raise ``InputError`` listing every problem."""
    check = Checker(name, locate)
    plan = _plan(check, data)
    if check.problems or plan is None:
        raise InputError(check.problems)
    return plan


def _plan(check: Checker, data: Any) -> Plan | None:
    top = check.mapping(
        data,
        (),
        what="the top level",
        allowed=TOP_KEYS,
        required=TOP_REQUIRED,
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
    # Read by hkit.read.figures once the plan is built; here only its type is checked.
    check.text(top.get("observations_file"), ("observations_file",), optional=True)
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


def _milestones(check: Checker, raw: Any) -> dict[str, Milestone]:
    result: dict[str, Milestone] = {}
    if not isinstance(raw, dict):
        check.error(("milestones",), f"milestones must be a mapping, not {describe(raw)}")
        return result
    for key, body in named(check, raw, ("milestones",)):
        path: KeyPath = ("milestones", key)
        fields = check.mapping(
            body, path, what="a milestone", allowed=MILESTONE_KEYS, required=MILESTONE_REQUIRED
        )
        if fields is None or "data_year" not in fields:
            continue
        data_year = check.year(fields["data_year"], (*path, "data_year"))
        check.text(fields.get("note"), (*path, "note"), optional=True)
        if data_year is not None and str(key).isdigit() and data_year > int(key):
            check.error(
                (*path, "data_year"),
                f"data year {data_year} is after the milestone's own year {key}",
                hint="a milestone is judged on the figures of its year or an earlier one",
            )
            continue
        if data_year is not None:
            result[str(key)] = Milestone(str(key), data_year)
    return result


def _sources(check: Checker, raw: Any) -> dict[str, Source]:
    result: dict[str, Source] = {}
    if not isinstance(raw, dict):
        check.error(("sources",), f"sources must be a mapping, not {describe(raw)}")
        return result
    for key, body in named(check, raw, ("sources",)):
        path: KeyPath = ("sources", key)
        fields = check.mapping(
            body, path, what="a source", allowed=SOURCE_KEYS, required=SOURCE_REQUIRED
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
        next_release, frequency = check_release_fields(check, fields, path)
        if title is not None and grade is not None:
            result[str(key)] = Source(
                str(key),
                title,
                grade,
                publisher=texts["publisher"],
                date=date,
                url=texts["url"],
                description=texts["description"],
                next_release=next_release,
                frequency=frequency,
            )
    return result


def _indicators(
    check: Checker, raw: Any, milestones: dict[str, Milestone], sources: dict[str, Source]
) -> tuple[Indicator, ...]:
    if not isinstance(raw, list):
        check.error(("indicators",), f"indicators must be a list, not {describe(raw)}")
        return ()
    result: list[Indicator] = []
    seen: set[str] = set()
    for index, body in enumerate(raw):
        indicator = build_indicator(check, body, ("indicators", index), milestones, sources)
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
