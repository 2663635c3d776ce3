"""JSON and CSV output: the same rows and field names, no rich, no terminal."""

from __future__ import annotations

import csv
import io
import json

from hkit.compute import Report
from hkit.render.method_records import csv_columns, extend_report, extend_row, flatten_methods
from hkit.render.records import csv_header, flatten, report_record, row_record


def render_json(report: Report) -> str:
    """The SPEC section 6 document, indented, UTF-8, ending in a newline; never NaN."""
    record = extend_report(report_record(report), report)
    return json.dumps(record, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def render_csv(report: Report) -> str:
    """One header row and one row per indicator × milestone; empty cells for null."""
    buffer = io.StringIO()
    rows = []
    for row in report.rows:
        record = extend_row(row_record(row), row)
        rows.append(flatten_methods(flatten(record), record))
    writer = csv.DictWriter(
        buffer, fieldnames=csv_header() + csv_columns(report), lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
