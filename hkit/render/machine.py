"""JSON and CSV output: the same rows and field names, no rich, no terminal."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, TextIO

from hkit.compute import Report
from hkit.render.jsontext import dumps_indented
from hkit.render.method_records import csv_columns, extend_report, extend_row, flatten_methods
from hkit.render.records import csv_header, flatten, report_record, row_record
from hkit.render.rowjson import row_json
from hkit.textsafe import csv_text

# Rows per piece of JSON output: one string per row would mean a write call per row, one
# string for the whole report held two copies of 200 MB for 100,000 indicators
# (bench/run.py, peak RSS 1.8 GB for a 104 MB file).
ROWS_PER_CHUNK = 500


def json_chunks(report: Report) -> Iterator[str]:
    """The SPEC section 6 document in pieces of up to ``ROWS_PER_CHUNK`` rows.

    Joined, the pieces are ``json.dumps(report_record(report), indent=2)`` plus a newline,
    but neither the whole text nor every row's record is ever held at once.
    """
    if report.methods:
        # Rows judged by other methods carry extra fields: the general writer handles them.
        yield dumps_indented(extend_report(report_record(report), report)) + "\n"
        return
    head = dumps_indented(report_record(replace(report, rows=())))
    # "rows" is the last key of the record, so the head ends with its empty list.
    empty = "[]\n}"
    if not head.endswith('"rows": ' + empty):  # pragma: no cover - a test pins the order
        raise AssertionError("report_record must end with its rows")
    if not report.rows:
        yield head + "\n"
        return
    chunk = [head[: -len(empty)] + "["]
    for index, row in enumerate(report.rows):
        chunk.append(("," if index else "") + "\n    " + row_json(row))
        if len(chunk) >= ROWS_PER_CHUNK:
            yield "".join(chunk)
            chunk = []
    chunk.append("\n  ]\n}\n")
    yield "".join(chunk)


def render_json(report: Report) -> str:
    """The SPEC section 6 document, indented, UTF-8, ending in a newline; never NaN."""
    return "".join(json_chunks(report))


def write_json(report: Report, out: TextIO) -> None:
    """Write the JSON document to ``out`` piece by piece (see ``json_chunks``)."""
    for chunk in json_chunks(report):
        out.write(chunk)


def render_csv(report: Report) -> str:
    """One header row and one row per indicator × milestone; empty cells for null.

    Text cells that a spreadsheet would run as a formula get a leading ``'``
    (``hkit.textsafe.csv_text``); numbers stay numbers. Rows end in LF; a field holding a
    CR or LF is quoted, so that every reader sees one row per record.
    """
    rows = []
    for row in report.rows:
        record = extend_row(row_record(row), row)
        rows.append(flatten_methods(flatten(record), record))
    return write_csv(csv_header() + csv_columns(report), rows)


def write_csv(fieldnames: list[str], rows: list[dict[str, Any]]) -> str:
    """CSV text: a header, then one line per row ending in LF; None as an empty cell.

    Text cells go through ``hkit.textsafe.csv_text`` (formula-like text gets a leading ``'``);
    numbers are written as numbers. A field holding a CR or LF is quoted.
    """
    out = _RowsEndingInLF()
    # csv quotes a field holding a character of the line terminator: with "\r\n" that is a
    # bare CR as well as LF ("\n" alone left a CR unquoted, and one row read back as two).
    writer = csv.DictWriter(out, fieldnames=fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(
        {k: csv_text(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows
    )
    return "".join(out.parts)


class _RowsEndingInLF:
    """A file for ``csv.writer`` (one ``write`` per row) that ends each row in LF, not CRLF."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, row: str) -> None:
        self.parts.append(row[:-2] + "\n")
