"""Figures kept in a CSV file beside a targets file (``observations_file: figures.csv``).

The CSV has the header ``indicator,year,value,source`` and an optional ``note`` column, one
figure a row, UTF-8 (a byte-order mark is fine). Its figures join the inline observations of
each indicator; an unknown indicator or source, a year or value that is not one, and the same
indicator and year twice (in the CSV, or in the CSV and the targets file) are problems located
as ``figures.csv:LINE:COL``. Reading is one pass over the rows: linear in the file's size.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from hkit.errors import InputError, Problem
from hkit.model import Indicator, Observation, Plan
from hkit.read.checks import YEAR_RANGE, did_you_mean
from hkit.read.document import MAX_PROBLEMS

REQUIRED = ("indicator", "year", "value", "source")
OPTIONAL = ("note",)
# A plain decimal number, as a person types it in a spreadsheet export (no thousands commas).
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_YEAR = re.compile(r"\d{4}")
Span = tuple[int, int]  # the first and last line of one CSV record


def figures_path(targets_path: str, value: str) -> Path:
    """The CSV named by ``observations_file``, relative to the targets file's folder."""
    base = Path.cwd() if targets_path == "-" else Path(targets_path).parent
    return base / value


def merge_figures(plan: Plan, path: Path, *, name: str, text: str) -> Plan:
    """``plan`` with the figures of the CSV ``text`` (read from ``path``, shown as ``name``)
    added to its indicators; ``InputError`` with every located problem otherwise."""
    reader = _Reader(plan, name)
    reader.read(text)
    if reader.problems:
        raise InputError(reader.problems[:MAX_PROBLEMS])
    indicators = tuple(
        ind._replace(observations=_merged(ind, reader.added[ind.id]))
        if ind.id in reader.added
        else ind
        for ind in plan.indicators
    )
    return plan._replace(indicators=indicators)


def _merged(indicator: Indicator, added: list[Observation]) -> tuple[Observation, ...]:
    return tuple(sorted((*indicator.observations, *added), key=lambda o: o.year))


class _Reader:
    """One pass over the CSV rows, collecting figures and located problems."""

    def __init__(self, plan: Plan, name: str) -> None:
        self.plan = plan
        self.name = name
        self.ids = {ind.id: ind for ind in plan.indicators}
        self.seen: dict[tuple[str, int], int] = {}
        for ind in plan.indicators:
            for obs in ind.observations:
                self.seen[(ind.id, obs.year)] = 0  # line 0: in the targets file
        self.added: dict[str, list[Observation]] = {}
        self.problems: list[Problem] = []
        self.lines: list[str] = []

    def error(self, line: int, column: int, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.name, message, line=line, column=column, hint=hint))

    def read(self, text: str) -> None:
        # Physical lines as csv counts them (CR, LF or CRLF; not splitlines' other breaks).
        self.lines = re.split("\r\n|\r|\n", text)
        rows = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(rows, None)
            if header is None:
                self.error(1, 1, "the file is empty", hint=f"start with {','.join(REQUIRED)}")
                return
            columns = self._header(header)
            if columns is None:
                return
            order = [columns[key] for key in REQUIRED]
            note = columns.get("note")
            width = max(columns.values()) + 1
            start = rows.line_num + 1
            for row in rows:
                # A record's lines: a quoted cell may span several (csv counts them all).
                span, start = (start, rows.line_num), rows.line_num + 1
                if len(self.problems) >= MAX_PROBLEMS:
                    return
                if not row or row == [""]:
                    continue
                if len(row) < width:
                    row = row + [""] * (width - len(row))
                self._row(row, span, order, note)
        except csv.Error as exc:
            self.error(rows.line_num, 1, f"invalid CSV: {exc}")

    def _header(self, header: list[str]) -> dict[str, int] | None:
        columns = {title.strip(): index for index, title in enumerate(header)}
        starts = _starts(",".join(header))
        for index, title in enumerate(header):
            if title.strip() not in REQUIRED + OPTIONAL:
                hint = did_you_mean(title.strip(), REQUIRED + OPTIONAL) or (
                    f"the columns are {','.join(REQUIRED)} and optionally note"
                )
                self.error(1, _at(starts, index), f"unknown column {title!r}", hint=hint)
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            self.error(1, 1, f"missing column {', '.join(missing)}", hint=",".join(REQUIRED))
        return None if self.problems else columns

    def _row(self, row: list[str], span: Span, order: list[int], note: int | None) -> None:
        """Check one row (on the lines ``span``) and keep its figure; cells are located only
        when one is wrong."""
        line = span[0]
        ident, year_text, value_text, source = (row[i].strip() for i in order)
        year = int(year_text) if _YEAR.fullmatch(year_text) else None
        value = float(value_text) if _NUMBER.fullmatch(value_text) else None
        if (
            ident not in self.ids
            or year is None
            or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]
            or value is None
            or not math.isfinite(value)
            or source not in self.plan.sources
        ):
            self._bad_row(row, span, order)
            return
        previous = self.seen.get((ident, year))
        if previous is not None:
            where = "in the targets file" if previous == 0 else f"on line {previous}"
            self.error(
                *self._cell(span, order[1]), f"duplicate year {year} for {ident!r} ({where})"
            )
            return
        self.seen[(ident, year)] = line
        text = row[note].strip() if note is not None else ""
        self.added.setdefault(ident, []).append(Observation(year, value, source, text or None))

    def _cell(self, span: Span, index: int) -> tuple[int, int]:
        """The line and column where cell ``index`` of the record on lines ``span`` starts."""
        first, last = span
        record = "\n".join(self.lines[first - 1 : last])
        offset = _at(_starts(record), index) - 1
        line = first + record.count("\n", 0, offset)
        return line, offset - (record.rfind("\n", 0, offset) + 1) + 1

    def _bad_row(self, row: list[str], span: Span, order: list[int]) -> None:
        """Report each wrong cell of a row, located at its line and column."""
        ident, year_text, value_text, source = (row[i].strip() for i in order)
        at_id, at_year, at_value, at_source = (self._cell(span, i) for i in order)
        if ident not in self.ids:
            hint = did_you_mean(ident, self.ids) or "declare it under indicators:"
            self.error(*at_id, f"unknown indicator {ident!r}", hint=hint)
        year = int(year_text) if _YEAR.fullmatch(year_text) else None
        if year is None or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            self.error(*at_year, f"year must be a four-digit year, not {year_text!r}")
        value = float(value_text) if _NUMBER.fullmatch(value_text) else None
        if value is None or not math.isfinite(value):
            hint = "write plain digits with a dot for decimals (no thousands separators)"
            self.error(*at_value, f"value must be a number, not {value_text!r}", hint=hint)
        if source not in self.plan.sources:
            hint = did_you_mean(source, self.plan.sources) or "declare it under sources:"
            self.error(*at_source, f"undeclared source {source!r}", hint=hint)


def _starts(line: str) -> list[int]:
    """1-based offsets where each cell of one CSV record starts (quotes respected, so a
    quoted cell may hold commas and line breaks)."""
    starts = [1]
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            starts.append(index + 2)
    return starts


def _at(starts: list[int], index: int) -> int:
    return starts[index] if index < len(starts) else starts[-1]
