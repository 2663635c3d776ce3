"""The JSON contract (SPEC section 6): one plain dict per row, and its flattened CSV form."""

from __future__ import annotations

import math
from typing import Any

from hkit.compute import Report, Row
from hkit.rates import METHOD_KEY

JSON_SCHEMA_VERSION = 1
# The keys of a row record, in order; ``row_record`` builds exactly these (a test checks it).
ROW_FIELDS = (
    "indicator",
    "name",
    "group",
    "unit",
    "direction",
    "milestone",
    "baseline",
    "latest",
    "target",
    "years_left",
    "gap",
    "plan_rate",
    "actual_rate",
    "required_rate",
    "required_change",
    "actual_change",
    "projected",
    "reach_year",
    "progress",
    "score",
    "status",
    "status_label",
    "notes",
)
# Nested objects and their keys, flattened for CSV as ``latest_year`` and so on.
CSV_NESTED = {
    "baseline": ("year", "value", "source"),
    "latest": ("year", "value", "source", "grade"),
    "target": ("year", "value", "comparator"),
}
# Rounding to 10 significant digits hides last-bit differences between platforms' libm
# while keeping far more precision than any source figure has.
SIGNIFICANT_DIGITS = 10


def clean(value: float | None) -> float | int | None:
    """A number fit for JSON: rounded to ``SIGNIFICANT_DIGITS``, whole numbers as ints."""
    if value is None or not math.isfinite(value):
        return None  # never NaN or infinity in JSON or CSV (compute notes why it is null)
    rounded = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    if not math.isfinite(rounded):
        return value  # 1.7976931348623157e308 rounds up to infinity: keep every digit
    if rounded.is_integer() and abs(rounded) < 1e15:
        return int(rounded)
    return rounded


def row_record(row: Row) -> dict[str, Any]:
    """The JSON object of one row, with the field names and order of SPEC section 6."""
    ind = row.indicator
    return {
        "indicator": ind.id,
        "name": ind.name,
        "group": ind.group,
        "unit": ind.unit,
        "direction": ind.direction.value,
        "milestone": row.milestone,
        "baseline": None
        if row.baseline is None
        else {
            "year": row.baseline.year,
            "value": clean(row.baseline.value),
            "source": row.baseline.source,
        },
        "latest": None
        if row.latest is None
        else {
            "year": row.latest.year,
            "value": clean(row.latest.value),
            "source": row.latest.source,
            "grade": row.latest.grade,
        },
        "target": None
        if row.target is None
        else {
            "year": row.target.year,
            "value": clean(row.target.value),
            "comparator": row.target.comparator.value,
        },
        "years_left": row.years_left,
        "gap": clean(row.gap),
        "plan_rate": clean(row.plan_rate),
        "actual_rate": clean(row.actual_rate),
        "required_rate": clean(row.required_rate),
        "required_change": clean(row.required_change),
        "actual_change": clean(row.actual_change),
        "projected": clean(row.projected),
        "reach_year": clean(row.reach_year),
        "progress": clean(row.progress),
        "score": clean(row.score),
        "status": row.status.value,
        "status_label": row.status.label,
        "notes": list(row.notes),
    }


def report_record(report: Report) -> dict[str, Any]:
    """The whole JSON document."""
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "title": report.title,
        "file": report.path,
        "as_of": report.as_of,
        "method": METHOD_KEY,
        "rows": [row_record(row) for row in report.rows],
    }


def csv_header() -> list[str]:
    """The CSV column names: ``ROW_FIELDS`` with nested objects flattened."""
    header: list[str] = []
    for key in ROW_FIELDS:
        nested = CSV_NESTED.get(key)
        if nested:
            header.extend(f"{key}_{field}" for field in nested)
        else:
            header.append(key)
    return header


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """A row record with nested objects flattened (``latest_year``) and notes joined by ``; ``."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        nested = CSV_NESTED.get(key)
        if nested:
            for field in nested:
                flat[f"{key}_{field}"] = None if value is None else value[field]
        elif key == "notes":
            flat[key] = "; ".join(value)
        else:
            flat[key] = value
    return flat
