"""The machine formats: JSON and CSV of ``hkit gap``, JSON of ``hkit show``; no rich.

Every field comes from ``hkit.contract`` through the writers generated from it
(``hkit/render/machine/generated/``), so these formats cannot disagree with each other or with
the JSON Schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from hkit.render.machine.jsontext import dumps_indented
from hkit.textsafe import csv_text

if TYPE_CHECKING:  # the JSON of `gap` needs neither show's story nor the csv module
    from hkit.assess.record import Report
    from hkit.assess.story import Story

# Rows per piece of JSON output: one string per row would mean a write call per row, one
# string for the whole report held two copies of 200 MB for 100,000 indicators
# (bench/run.py, peak RSS 1.8 GB for a 104 MB file). Pieces of 500 rows (1.2 MB, held with
# their parts and their encoding) still set the peak for 10,000 indicators: 88.5 MiB, 84.5
# with 100 rows, about the peak of reading the file (issue 23).
ROWS_PER_CHUNK = 100


def report_record(report: Report) -> dict[str, Any]:
    """The report as a plain dict (what ``json_chunks`` writes, as ``json.dumps`` would)."""
    from hkit.render.machine.generated.records import record_ReportOut

    record: dict[str, Any] = record_ReportOut(report)
    return record


def row_record(row: Any) -> dict[str, Any]:
    """One row as a plain dict."""
    from hkit.render.machine.generated.records import record_RowOut

    record: dict[str, Any] = record_RowOut(row)
    return record


def row_json(row: Any) -> str:
    """One row's JSON text, two levels deep (inside the report's ``rows``)."""
    from hkit.render.machine.generated.json_report import json_RowOut_2

    return json_RowOut_2(row)


def story_record(story: Story) -> dict[str, Any]:
    """The story of ``hkit show --format json`` as a plain dict."""
    from hkit.render.machine.generated.records import record_StoryOut

    record: dict[str, Any] = record_StoryOut(story)
    return record


def json_chunks(report: Report) -> Iterator[str]:
    """The report's JSON document in pieces of up to ``ROWS_PER_CHUNK`` rows.

    Joined, the pieces are ``json.dumps(report_record(report), indent=2)`` plus a newline,
    but neither the whole text nor every row's record is ever held at once.
    """
    from hkit.render.machine.generated.json_report import json_ReportOut_0, json_RowOut_2

    head = json_ReportOut_0(report._replace(rows=()))
    write_row = json_RowOut_2
    if not report.rows:
        yield head + "\n"
        return
    # The document around its rows: the same text with an empty list in their place.
    before, empty, after = head.partition('\n  "rows": []')
    chunk = [before + empty[:-1]]
    for index, row in enumerate(report.rows):
        chunk.append(("," if index else "") + "\n    " + write_row(row))
        if len(chunk) >= ROWS_PER_CHUNK:
            yield "".join(chunk)
            chunk = []
    chunk.append("\n  ]" + after + "\n")
    yield "".join(chunk)


def render_json(report: Report) -> str:
    """The report's JSON document, indented, UTF-8, ending in a newline; never NaN."""
    return "".join(json_chunks(report))


def write_json(report: Report, out: TextIO) -> None:
    """Write the JSON document to ``out`` piece by piece (see ``json_chunks``)."""
    for chunk in json_chunks(report):
        out.write(chunk)


def csv_header(report: Report) -> list[str]:
    """The CSV column names: the row's fields, nested objects flattened (``latest_year``),
    and with ``--method all`` each method's verdict (``methods_level_status``)."""
    from hkit.render.machine.generated.csv_rows import columns_RowOut

    return columns_RowOut([str(m) for m in report.compared])


def write_csv(report: Report, out: TextIO) -> None:
    """One header line and one line per indicator × milestone; empty cells for null.

    Text cells that a spreadsheet would run as a formula get a leading ``'``
    (``hkit.textsafe.csv_text``); numbers stay numbers. Rows end in LF; a field holding a
    CR or LF is quoted, so that every reader sees one row per record.
    """
    out.write(render_csv(report))


def render_csv(report: Report) -> str:
    """The CSV text (see ``write_csv``)."""
    from hkit.render.machine.generated.csv_rows import columns_RowOut, line_RowOut

    keys = [str(m) for m in report.compared]
    return csv_document(columns_RowOut(keys), [line_RowOut(row, keys) for row in report.rows])


def csv_document(header: list[str], lines: list[list[Any]]) -> str:
    """CSV text: ``header``, then one line of cells per row, ending in LF; None as an empty
    cell.

    Text cells go through ``hkit.textsafe.csv_text`` (formula-like text gets a leading ``'``);
    numbers are written as numbers. A field holding a CR or LF is quoted.
    """
    out = _RowsEndingInLF()
    # csv quotes a field holding a character of the line terminator: with "\r\n" that is a
    # bare CR as well as LF ("\n" alone left a CR unquoted, and one row read back as two).
    import csv  # only the CSV format pays for it

    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([csv_text(v) if isinstance(v, str) else v for v in line] for line in lines)
    return "".join(out.parts)


class _RowsEndingInLF:
    """A file for ``csv.writer`` (one ``write`` per row) that ends each row in LF, not CRLF."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, row: str) -> None:
        self.parts.append(row[:-2] + "\n")


def write_story_json(story: Story, out: TextIO) -> None:
    """``hkit show --format json``: the story as one document; its rows are ``gap``'s."""
    out.write(render_story_json(story))


def render_story_json(story: Story) -> str:
    """The story document, indented, UTF-8, ending in a newline; never NaN."""
    record: dict[str, Any] = story_record(story)
    return dumps_indented(record) + "\n"
