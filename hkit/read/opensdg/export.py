"""``hkit import DIR``: an open-sdg repository written out as an hkit targets file.

The file holds what ``read_repository`` built, so that ``hkit gap`` on it gives the rows that
``hkit gap DIR`` gives: each calculation an indicator (id, group, name, unit, direction, base
year, limit, figures, target), each data file a source, each target year a milestone. What the
targets file cannot say is written as a note: why a calculation is not available, a status
set by hand, and the nesting of open-sdg ``group:`` lists (flattened, so ``gap --by group``
on the file averages those rows directly).
"""

from __future__ import annotations

from typing import Any

import yaml

from hkit.model import Indicator, Plan, Source
from hkit.textsafe import visible

HEADER = (
    "# hkit targets file written by `hkit import` from the open-sdg data repository\n"
    "# {path}: one indicator per sdg-build 2.4.0 progress calculation.\n"
)


def targets_document(plan: Plan) -> dict[str, Any]:
    """The targets-file mapping (schema version 1) of a plan read from a repository."""
    return {
        "schema_version": 1,
        "title": plan.title,
        "milestones": {name: {"data_year": m.data_year} for name, m in plan.milestones.items()},
        "sources": {key: _source(source) for key, source in plan.sources.items()},
        "indicators": [_indicator(ind) for ind in plan.indicators],
    }


def _source(source: Source) -> dict[str, Any]:
    body: dict[str, Any] = {"title": source.title, "grade": source.grade.value}
    if source.publisher:
        body["publisher"] = source.publisher
    if source.url:
        body["url"] = source.url
    return body


def _indicator(indicator: Indicator) -> dict[str, Any]:
    body: dict[str, Any] = {"id": indicator.id}
    if indicator.group is not None:
        body["group"] = indicator.group
    body |= {
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
    }
    if indicator.baseline_year is not None:
        body["baseline_year"] = indicator.baseline_year
    if indicator.limit is not None:
        body["limit"] = indicator.limit
    notes = [n for n in (indicator.note, indicator.unavailable) if n]
    if indicator.nest:
        notes.append("inside a group: list of the open-sdg options (averaged first there)")
    if notes:
        body["note"] = " ".join(notes)
    body["observations"] = [
        {"year": o.year, "value": o.value, "source": o.source} for o in indicator.observations
    ]
    if indicator.targets:
        body["targets"] = {t.milestone: t.value for t in indicator.targets}
    return body


def dump_targets(plan: Plan) -> str:
    """The targets file as YAML text, with a header comment naming the repository."""
    text = yaml.safe_dump(targets_document(plan), sort_keys=False, allow_unicode=True, width=100)
    # The comment is one line of plain text: control characters and a file name's bytes
    # that are not UTF-8 are written as visible escapes, never raw.
    path = visible(" ".join(plan.path.split()))
    return HEADER.format(path=path) + text
