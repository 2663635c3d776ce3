"""JSON and CSV output: the same rows and field names, no rich, no terminal."""

from __future__ import annotations

import csv
import io

from hkit.compute import Report
from hkit.render.jsontext import dumps_indented
from hkit.render.records import csv_header, flatten, report_record, row_record


def render_json(report: Report) -> str:
    """The SPEC section 6 document, indented, UTF-8, ending in a newline; never NaN."""
    return dumps_indented(report_record(report)) + "\n"


def render_csv(report: Report) -> str:
    """One header row and one row per indicator × milestone; empty cells for null."""
    buffer = io.StringIO()
    rows = [flatten(row_record(row)) for row in report.rows]
    writer = csv.DictWriter(buffer, fieldnames=csv_header(), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
