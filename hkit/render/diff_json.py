"""``hkit diff --format json``: ``{"schema_version": 1, "changes": [...]}``.

Each change has ``kind``, ``indicator``, ``name``, ``milestone`` (status, target) or ``year``
(revised, source, added, removed), ``before`` and ``after``, and by kind: ``before_label``,
``after_label`` and ``worse`` (status); ``before_comparator`` and ``after_comparator``
(target); ``before_source``, ``after_source``, ``before_grade`` and ``after_grade`` (figures).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from hkit.contract import clean
from hkit.diff import Change, Diff, Kind
from hkit.model import Status

DIFF_SCHEMA_VERSION = 1


def change_record(change: Change) -> dict[str, Any]:
    """The JSON object of one change."""
    record: dict[str, Any] = {
        "kind": change.kind.value,
        "indicator": change.indicator.id,
        "name": change.indicator.name,
    }
    if change.kind in (Kind.STATUS, Kind.TARGET):
        record["milestone"] = change.milestone
    else:
        record["year"] = change.year
    record["before"] = _side(change.before)
    record["after"] = _side(change.after)
    if change.kind is Kind.STATUS:
        record["before_label"] = change.before.label if isinstance(change.before, Status) else None
        record["after_label"] = change.after.label if isinstance(change.after, Status) else None
        record["worse"] = change.worse
    elif change.kind is Kind.TARGET:
        record["before_comparator"] = change.before_source
        record["after_comparator"] = change.after_source
    else:
        record["before_source"] = change.before_source
        record["after_source"] = change.after_source
        record["before_grade"] = change.before_grade
        record["after_grade"] = change.after_grade
    return record


def render_json(diff: Diff) -> str:
    """The whole diff as indented JSON, one trailing newline."""
    document = {
        "schema_version": DIFF_SCHEMA_VERSION,
        "old": diff.old,
        "new": diff.new,
        "changes": [change_record(c) for c in diff.changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_json(diff: Diff, out: TextIO) -> None:
    """Write ``render_json(diff)`` to ``out`` (the writer shape of the format registry)."""
    out.write(render_json(diff))


def _side(value: float | Status | None) -> float | int | str | None:
    if isinstance(value, Status):
        return value.value
    return clean(value)
