"""CSV files read the way pandas' ``read_csv`` reads them by default, with the standard library.

sdg-build reads every data file with ``pandas.read_csv`` and its defaults, so hkit must see the
same cells: the same missing-value tokens, and each column typed as a whole (all integers → int,
all numbers → float, ``True``/``False`` → bool, anything else → text, where even "5" stays the
text "5"). Types matter because a filter such as ``value: 15`` in the metadata matches the
number 15 but not the text "15". Every cell keeps its line and column for error messages.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hkit.errors import InputError, Problem

# pandas' default ``na_values`` (pandas.io.parsers, STR_NA_VALUES), spelled out: a cell that is
# exactly one of these is missing.
NA_TOKENS = frozenset(
    {
        "",
        "#N/A",
        "#N/A N/A",
        "#NA",
        "-1.#IND",
        "-1.#QNAN",
        "-NaN",
        "-nan",
        "1.#IND",
        "1.#QNAN",
        "<NA>",
        "N/A",
        "NA",
        "NULL",
        "NaN",
        "None",
        "n/a",
        "nan",
        "null",
    }
)
# pandas' default ``true_values``/``false_values`` for a column of booleans.
_TRUE = frozenset({"True", "TRUE", "true"})
_FALSE = frozenset({"False", "FALSE", "false"})
# What pandas' C parser takes for an integer and for a float (surrounding spaces allowed).
_INT = re.compile(r"\s*[-+]?\d+\s*")
_FLOAT = re.compile(
    r"\s*[-+]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf|infinity|nan)\s*", re.IGNORECASE
)

Cell = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file as typed columns; ``None`` is a missing cell.

    ``lines[r]`` is the 1-based line of row ``r``; ``offsets[c]`` the 1-based column of the
    header cell ``c`` (cells of later rows are located by their line and the header's column).
    """

    name: str
    header: tuple[str, ...]
    columns: dict[str, list[Cell]]
    lines: list[int]

    def __len__(self) -> int:
        return len(self.lines)


def read_table(text: str, *, name: str) -> Table:
    """Parse CSV ``text`` (already decoded, BOM removed) into a typed ``Table``.

    Raises ``InputError`` for a file without a header, a duplicate column name, or a row with
    more cells than the header (pandas would refuse those too).
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError([Problem(name, "the file is empty", line=1, column=1)]) from None
    except csv.Error as exc:
        raise InputError([Problem(name, f"invalid CSV: {exc}", line=1)]) from None
    if not any(h.strip() for h in header):
        raise InputError([Problem(name, "the first line holds no column names", line=1)])
    seen: set[str] = set()
    for index, title in enumerate(header):
        if title in seen:
            raise InputError(
                [Problem(name, f"column {title!r} appears twice", line=1, column=index + 1)]
            )
        seen.add(title)
    raw: list[list[str | None]] = [[] for _ in header]
    lines: list[int] = []
    width = len(header)
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0]):
                continue  # pandas skips blank lines
            line = reader.line_num
            if len(row) > width:
                raise InputError(
                    [Problem(name, f"{len(row)} cells where the header has {width}", line=line)]
                )
            lines.append(line)
            for index in range(width):
                cell = row[index] if index < len(row) else ""
                raw[index].append(None if cell in NA_TOKENS else cell)
    except csv.Error as exc:
        raise InputError([Problem(name, f"invalid CSV: {exc}", line=reader.line_num)]) from None
    columns = {title: _typed(values) for title, values in zip(header, raw, strict=True)}
    return Table(name, tuple(header), columns, lines)


def _typed(values: Sequence[str | None]) -> list[Cell]:
    """One column converted as pandas infers its dtype: int, float, bool or text."""
    present = [v for v in values if v is not None]
    if present and all(_INT.fullmatch(v) for v in present):
        if len(present) == len(values):
            return [int(v) for v in present]
        # A missing cell makes pandas store the column as float64.
        return [None if v is None else float(int(v)) for v in values]
    if present and all(_FLOAT.fullmatch(v) for v in present):
        return [None if v is None or math.isnan(f := float(v)) else f for v in values]
    if present and all(v in _TRUE or v in _FALSE for v in present):
        return [None if v is None else v in _TRUE for v in values]
    return list(values)
