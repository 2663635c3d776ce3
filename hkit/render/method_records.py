"""The ``--method`` additions to the JSON and CSV records; no rich.

With the default method the records are exactly those of ``hkit.render.records``. With one
other method its verdict already fills the row's SPEC fields (``hkit.methods.apply_methods``);
only the status words and the document's ``method`` change. With several, each row gains a
``methods`` object, flattened for CSV as ``methods_level_status`` and so on.
"""

from __future__ import annotations

from typing import Any

from hkit.compute import Report, Row
from hkit.methods import MethodResult
from hkit.render.records import clean

# The keys of one method's object, in order; CSV flattens all but the notes.
METHOD_FIELDS = ("value", "status", "class", "label", "projected", "reach_year", "judged_against")


def method_record(result: MethodResult) -> dict[str, Any]:
    """One method's verdict as a JSON object."""
    return {
        "value": clean(result.value),
        "status": result.status.value,
        "class": result.klass,
        "label": result.label,
        "projected": clean(result.projected),
        "reach_year": clean(result.reach_year),
        "judged_against": result.judged_against,
        "notes": list(result.notes),
    }


def extend_row(record: dict[str, Any], row: Row) -> dict[str, Any]:
    """A row record with the verdicts of the methods asked for."""
    if len(row.methods) == 1:
        record["status_label"] = row.methods[0].label
    elif row.methods:
        record["methods"] = {str(r.method): method_record(r) for r in row.methods}
    return record


def extend_report(record: dict[str, Any], report: Report) -> dict[str, Any]:
    """The whole document with the method named and every row extended."""
    if not report.methods:
        return record
    record["method"] = report.methods[0].key
    if len(report.methods) > 1:
        record["methods"] = [str(m) for m in report.methods]
    for row_record, row in zip(record["rows"], report.rows, strict=True):
        extend_row(row_record, row)
    return record


def csv_columns(report: Report) -> list[str]:
    """The extra CSV columns: ``methods_<name>_<field>`` when several methods were asked for."""
    if len(report.methods) < 2:
        return []
    return [f"methods_{m}_{f}" for m in report.methods for f in METHOD_FIELDS]


def flatten_methods(flat: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """A flattened CSV row with the ``methods`` object spread over its own columns."""
    methods = flat.pop("methods", None)
    if methods is None:
        methods = record.get("methods") or {}
    for name, fields in methods.items():
        for key in METHOD_FIELDS:
            flat[f"methods_{name}_{key}"] = fields[key]
    return flat
