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
        return [None if v is None or math.isnan(f := pandas_float(v)) else f for v in values]
    if present and all(v in _TRUE or v in _FALSE for v in present):
        return [None if v is None else v in _TRUE for v in values]
    return list(values)


# Powers of ten as C's double literals 1e0 .. 1e308 (each correctly rounded).
_POWERS = [float(f"1e{k}") for k in range(309)]
_MAX_DIGITS = 17


def pandas_float(text: str) -> float:
    """``text`` converted as pandas' default C parser does (``precise_xstrtod``).

    It is not always correctly rounded, and sdg-build's published values carry its rounding:
    "0.00704541004502579" reads as 0.0070454100450257, because only the first 17 digits
    (leading zeros included) are kept, then scaled by one power of ten. Python's ``float`` is
    used for what the fast path does not cover (inf, nan). Checked against pandas 2.2 on the
    515,732 numbers of two Canadian repositories: identical.
    """
    p = text.strip()
    core = p[1:] if p[:1] in "+-" else p
    if len(core) - ("." in core) <= 15 and core.replace(".", "", 1).isdigit():
        # Up to 15 digits and no exponent: an exact integer over an exact power of ten, one
        # correctly rounded division, the same as Python's float (most cells take this path).
        return float(p)
    if not core or core[:1] not in "0123456789.":
        return float(p)
    i, n = 0, len(p)
    negative = p[0] == "-"
    if p[0] in "+-":
        i += 1
    number, exponent, digits = 0.0, 0, 0
    while i < n and p[i].isdigit():
        if digits < _MAX_DIGITS:
            number = number * 10.0 + (ord(p[i]) - 48)
            digits += 1
        else:
            exponent += 1
        i += 1
    if i < n and p[i] == ".":
        i += 1
        decimals = 0
        while digits < _MAX_DIGITS and i < n and p[i].isdigit():
            number = number * 10.0 + (ord(p[i]) - 48)
            digits += 1
            decimals += 1
            i += 1
        while i < n and p[i].isdigit():
            i += 1
        exponent -= decimals
    if negative:
        number = -number
    if i < n and p[i] in "eE":
        exponent += _exponent(p[i + 1 :])
    return _scaled(number, exponent)


def _exponent(text: str) -> int:
    negative = text[:1] == "-"
    text = text[1:] if text[:1] in "+-" else text
    digits = ""
    for char in text[:_MAX_DIGITS]:
        if not char.isdigit():
            break
        digits += char
    value = int(digits) if digits else 0
    return -value if negative else value


def _scaled(number: float, exponent: int) -> float:
    if exponent > 308:
        return math.copysign(math.inf, number) if number else 0.0
    if exponent > 0:
        return number * _POWERS[exponent]
    if exponent < -616:
        return 0.0 * number
    if exponent < -308:
        return number / _POWERS[-308 - exponent] / _POWERS[308]
    return number / _POWERS[-exponent]
