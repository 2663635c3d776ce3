"""``hkit show --format json``: the story as one JSON document; no rich.

Its ``rows`` are the rows of ``hkit gap --format json`` (SPEC section 6) for this indicator.
"""

from __future__ import annotations

import json
from typing import Any

from hkit.render.method_records import extend_report
from hkit.render.records import JSON_SCHEMA_VERSION, clean, report_record
from hkit.story import Story


def story_record(story: Story) -> dict[str, Any]:
    """The story as plain data: indicator, observations, rows, paths and notes."""
    ind = story.indicator
    report = extend_report(report_record(story.report), story.report)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "title": report["title"],
        "file": report["file"],
        "as_of": story.as_of,
        "method": report["method"],
        **({"methods": report["methods"]} if "methods" in report else {}),
        "indicator": {
            "id": ind.id,
            "name": ind.name,
            "group": ind.group,
            "unit": ind.unit,
            "direction": ind.direction.value,
            "display": ind.display.value,
            "limit": clean(ind.limit),
            "note": ind.note,
        },
        "observations": [
            {
                "year": f.year,
                "value": clean(f.value),
                "source": f.source,
                "source_title": f.title,
                "grade": f.grade,
                "note": f.note,
                "used": f.used,
            }
            for f in story.figures
        ],
        "rows": report["rows"],
        "path": [
            {
                "year": p.year,
                "observed": clean(p.observed),
                "plan": clean(p.plan),
                "trend": clean(p.trend),
                "later": clean(p.later),
            }
            for p in story.paths
        ],
        "notes": [f"paths: {n}" for n in story.notes],
    }


def render_story_json(story: Story) -> str:
    """The story document, indented, UTF-8, ending in a newline; never NaN."""
    return json.dumps(story_record(story), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
