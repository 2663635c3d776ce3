"""One progress calculation of an open-sdg indicator: its options and the series it selects.

This follows ``SeriesProgress`` in sdg-build 2.4.0 (``sdg/ProgressMeasure.py``) step by step:
years such as ``2014/2015`` become their first four characters; columns that are neither
disaggregations nor needed are dropped; a ``Progress`` column replaces ``Value``; the ``unit``,
then the ``series``, then each disaggregation filter keeps its rows (a value absent from the
data filters nothing); without a disaggregation filter the headline rows (every disaggregation
cell missing) are kept; what is left must be one series; rows without a value are dropped.
Where sdg-build would stop with an exception, ``Unavailable`` says why instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hkit.read.checks import YEAR_RANGE
from hkit.read.opensdg.csvtable import Cell, Table, read_table
from hkit.read.opensdg.label import label_parts, make_label
from hkit.read.opensdg.meta import Layout, meta_text, read_text

DEFAULT_BASE_YEAR = 2015
DEFAULT_TARGET_YEAR = 2030


class Unavailable(Exception):
    """The calculation cannot be made; the message says why, and ``file``/``line`` where."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line


@dataclass(frozen=True, slots=True)
class Options:
    """One entry of ``progress_calculation_options``, with sdg-build's defaults applied."""

    label: str
    parts: tuple[str, ...]  # the label's parts before shortening (id, series, unit, values)
    series: Any
    unit: Any
    disaggregation: tuple[tuple[Any, Any], ...]  # (field, value) pairs, in order
    base_year: int
    target_year: int
    direction: int  # +1 only for the exact string "positive"
    target: float | None
    limit: float | None
    thresholds: Mapping[str, Any] | None  # user progress_thresholds (hkit cannot apply them)
    path: tuple[str | int, ...]  # key path of the entry in the metadata, for locations


def read_options(inid: str, entry: Mapping[str, Any], path: tuple[str | int, ...]) -> Options:
    """The options of one calculation; ``Unavailable`` for a value sdg-build cannot use."""
    pairs: list[tuple[Any, Any]] = []
    disaggregation = entry.get("disaggregation")
    if disaggregation:
        if not isinstance(disaggregation, list) or not all(
            isinstance(d, dict) and "field" in d and "value" in d for d in disaggregation
        ):
            raise Unavailable("disaggregation must be a list of {field, value} entries")
        pairs = [(d["field"], d["value"]) for d in disaggregation]
    parts = label_parts(inid, entry.get("series"), entry.get("unit"), [v for _, v in pairs])
    target = _number(entry.get("target"), "target")
    if target == 0:
        target = 0.001  # sdg-build's replacement for a target of 0
    thresholds = entry.get("progress_thresholds")
    return Options(
        label=make_label(parts),
        parts=tuple(parts),
        series=entry.get("series"),
        unit=entry.get("unit"),
        disaggregation=tuple(pairs),
        base_year=_year(entry.get("base_year", DEFAULT_BASE_YEAR), "base_year"),
        target_year=_year(entry.get("target_year", DEFAULT_TARGET_YEAR), "target_year"),
        direction=1 if entry.get("direction") == "positive" else -1,
        target=target,
        limit=_number(entry.get("limit"), "limit"),
        thresholds=thresholds if isinstance(thresholds, dict) and thresholds else None,
        path=path,
    )


def _number(value: Any, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Unavailable(f"{key} must be a number, not {value!r}")
    if not math.isfinite(value):
        raise Unavailable(f"{key} must be a finite number")
    return float(value)


def _year(value: Any, key: str) -> int:
    number = _number(value, key)
    if number is None or number != int(number):
        raise Unavailable(f"{key} must be a whole year, not {value!r}")
    low, high = YEAR_RANGE
    if not low <= number <= high:
        raise Unavailable(f"{key} must be a year in {low}-{high}, not {value!r}")
    return int(number)


# Refused before it is read: Statistics Canada's largest CSV is under 5 MiB (a read costs ~10x).
MAX_CSV_BYTES = 64 * 2**20


def read_data_file(root: Path, path: Path) -> Table:
    """The table of the data file ``path`` of the repository at ``root``; ``InputError``
    (located) when it is not a regular file inside it, too large, not UTF-8, or not CSV."""
    return read_table(read_text(root, path, limit=MAX_CSV_BYTES), name=str(path))


def normalised_years(table: Table) -> list[int | None]:
    """The Year column as whole years: when any year is longer than four characters, every
    year becomes its first four (``2014/2015`` → 2014), as sdg-build does."""
    years = table.columns.get("Year")
    if years is None:
        raise Unavailable("the data has no Year column", table.name, 1)
    shown = [_pandas_str(y) for y in years]
    if any(len(s) > 4 for s in shown):
        shown = [s[:4] for s in shown]
    result: list[int | None] = []
    low, high = YEAR_RANGE
    for row, text in enumerate(shown):
        try:
            year = float(text)
        except ValueError:
            year = math.nan
        if not math.isfinite(year):
            raise Unavailable(f"year {text!r} is not a year", table.name, table.lines[row])
        if not low <= year <= high:
            # hkit's own range for every input, so that `hkit import` writes a valid file.
            why = f"year {text!r} is outside {low}-{high}, the years hkit reads"
            raise Unavailable(why, table.name, table.lines[row])
        result.append(int(year))
    return result


def _pandas_str(cell: Cell) -> str:
    """``str()`` of a cell as pandas holds it (a missing number is ``nan``)."""
    if cell is None:
        return "nan"
    return str(cell)


@dataclass(frozen=True, slots=True)
class Selection:
    """The (year, value, line) points a calculation uses, sorted by year, and what to say."""

    points: list[tuple[int, float, int]]
    notes: tuple[str, ...] = ()


def select(
    table: Table, years: Sequence[int | None], options: Options, layout: Layout
) -> Selection:
    """The points the calculation uses; ``Unavailable`` where sdg-build would raise
    (duplicate years, no headline rows)."""
    rows = list(range(len(table)))
    value_column = "Value"
    if value_column not in table.columns:
        raise Unavailable("the data has no Value column", table.name, 1)
    notes: list[str] = []
    if len(table.header) > 2:
        keep = {"Year", layout.series_column, layout.unit_column, layout.progress_column, "Value"}
        dropped = (set(layout.non_disaggregation) | set(layout.observation_attributes)) - keep
        columns = [c for c in table.header if c not in dropped]
        if layout.progress_column in columns:
            value_column = layout.progress_column
            columns.remove(layout.progress_column)
        filters = [(layout.unit_column, options.unit), (layout.series_column, options.series)]
        filters = [(c, v) for c, v in filters if v is not None]
        filters += list(options.disaggregation)
        for column, wanted in filters:
            rows = _filter(table, rows, columns, column, wanted)
        named = {str(column) for column, _ in options.disaggregation}
        rows = _headline(table, rows, [c for c in columns if c not in named], layout)
        rows = _one_series(table, rows, columns, notes)
    return Selection(_points(table, rows, years, value_column), tuple(notes))


def _filter(
    table: Table, rows: list[int], columns: list[str], column: Any, wanted: Any
) -> list[int]:
    """Rows whose ``column`` equals ``wanted``. A value the column never holds anywhere in
    the file (or a column the data lacks) filters nothing, as sdg-build 2.4.0 does; a value
    held elsewhere in the file can leave no rows at all."""
    if not isinstance(column, str) or column not in columns:
        return rows
    cells = table.columns[column]
    if not any(_equal(cell, wanted) for cell in cells):
        return rows
    return [r for r in rows if _equal(cells[r], wanted)]


def _equal(cell: Cell, wanted: Any) -> bool:
    # pandas compares a cell and a metadata value as Python does: 15 == 15.0, "15" != 15.
    return cell is not None and bool(cell == wanted)


def _headline(table: Table, rows: list[int], columns: list[str], layout: Layout) -> list[int]:
    """Rows where every disaggregation the calculation does not name is missing."""
    disaggregations = [c for c in columns if c not in layout.non_disaggregation]
    kept = [r for r in rows if all(table.columns[c][r] is None for c in disaggregations)]
    if not kept and rows:
        raise Unavailable(
            "no headline rows: every row has a value in a disaggregation the options do not "
            f"name ({', '.join(disaggregations)})"
        )
    return kept


def _one_series(table: Table, rows: list[int], columns: list[str], notes: list[str]) -> list[int]:
    """``rows`` when they hold one series; ``Unavailable`` when a column still holds several
    values after the calculation's filters (sdg-build 2.4.0 then publishes no figures, e.g.
    Statistics Canada's CIF 3-5-1 / Both sexes / Ages 18 to 79 at acb73fb)."""
    for column in columns:
        if column in ("Year", "Value") or not rows:
            continue
        cells = table.columns[column]
        distinct = list(dict.fromkeys(_pandas_str(cells[r]) for r in rows))
        if len(distinct) > 1:
            shown = ", ".join(repr(d) for d in distinct[:4]) + ("..." * (len(distinct) > 4))
            raise Unavailable(
                f"several sub-series are left in column {column!r} ({shown}) after the "
                "filters: sdg-build publishes no figures then; add a filter for the column"
            )
    return rows


def _points(
    table: Table, rows: list[int], years: Sequence[int | None], column: str
) -> list[tuple[int, float, int]]:
    cells = table.columns[column]
    points: dict[int, tuple[int, float, int]] = {}
    for r in rows:
        cell = cells[r]
        if cell is None:
            continue
        value = _float(cell, table, r, column)
        year = years[r]
        if year is None:  # pragma: no cover - normalised_years refuses missing years
            continue
        if year in points:
            raise Unavailable(
                f"year {year} has two values (lines {points[year][2]} and {table.lines[r]})",
                table.name,
                table.lines[r],
            )
        points[year] = (year, value, table.lines[r])
    return [points[y] for y in sorted(points)]


def _float(cell: Cell, table: Table, row: int, column: str) -> float:
    line = table.lines[row]
    try:
        value = float(cell)  # type: ignore[arg-type]
    except ValueError:
        raise Unavailable(f"{column} {cell!r} is not a number", table.name, line) from None
    if not math.isfinite(value):
        raise Unavailable(f"{column} {cell!r} is not a finite number", table.name, line)
    return value


def leaves(
    options: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[Any, tuple[str | int, ...]]]:
    """Each calculation entry with its key path, ``group:`` lists opened, in file order."""
    if not isinstance(options, list):
        yield options, path
        return
    for index, entry in enumerate(options):
        if isinstance(entry, dict) and "group" in entry:
            yield from leaves(entry["group"], (*path, index, "group"))
        else:
            yield entry, (*path, index)


def nest_of(path: tuple[str | int, ...]) -> tuple[int, ...]:
    """The indexes of the ``group:`` entries around a calculation (its key path without the
    top-level key and its own index): ``(3, "group", 0)`` sits in the group at entry 3."""
    inner = path[1:-1]
    return tuple(step for step in inner if isinstance(step, int))


def unit_of(options: Options | None, meta: dict[str, Any]) -> str:
    """The unit of a calculation: its own option, else the metadata's computation units."""
    if options is not None and options.unit is not None:
        return str(options.unit)
    return meta_text(meta.get("computation_units")) or ""
