"""The writers generated from the contract: the direct JSON text says exactly what
``json.dumps`` says of the dict records, in every mode, chunked or not."""

from __future__ import annotations

import inspect
import io
import json
import random
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hkit import contract
from hkit.assess.catalogue import ALL_METHODS, Method
from hkit.assess.compute import assess
from hkit.assess.methods import apply_methods
from hkit.assess.record import Mode, Report
from hkit.model import Plan
from hkit.read.load import load_plan, packaged_targets
from hkit.render.machine import writers
from hkit.render.machine.jsontext import dumps_indented
from hkit.render.machine.records import SIGNIFICANT_DIGITS, _number, clean
from hkit.render.machine.writers import report_record, row_json, row_record

# Rows of every kind: no target (method 1, with a limit), a single figure, a zero base, a
# decreasing indicator, a decided milestone (missed and achieved), negative values, text
# with quotes, backslashes, control characters and non-ASCII, a null group.
EDGES = r"""
schema_version: 1
title: "Edge \"cases\" — ünïcode"
baseline_year: 2016
milestones:
  "2020": {data_year: 2020}
  "2030": {data_year: 2030}
sources:
  a: {title: A, grade: official}
  b: {title: B, grade: derived}
indicators:
  - id: "no-target"
    name: "Share of \"things\" \\ stuff\ttabbed"
    unit: "%"
    direction: increase
    limit: 100
    observations:
      - {year: 2016, value: 40, source: a}
      - {year: 2022, value: 45.123456789123, source: b}
  - id: "single"
    group: G
    name: Only one figure
    unit: count
    direction: increase
    observations:
      - {year: 2021, value: 7, source: a}
    targets: {"2030": 10}
  - id: "zero"
    name: Unicorns
    unit: count
    direction: increase
    observations:
      - {year: 2014, value: 0, source: a}
      - {year: 2023, value: 3, source: b}
    targets: {"2020": 0, "2030": 1e3}
  - id: "down"
    name: Emissions 排放
    unit: Mt
    direction: decrease
    observations:
      - {year: 2016, value: -2.5, source: a}
      - {year: 2019, value: -3.75, source: a}
      - {year: 2021, value: -1, source: b}
    targets: {"2020": {value: -4, comparator: at_most}, "2030": -10}
  - id: "none"
    name: No figure yet
    unit: HK$
    direction: increase
    observations: []
    targets: {"2030": {value: 5000, comparator: about}}
"""


@pytest.fixture
def edge_plan(write_targets: Callable[[str, str], Path]) -> Plan:
    """The edge-case file above."""
    return load_plan(str(write_targets(EDGES, "edges.yaml")))


@pytest.fixture
def edge_report(edge_plan: Plan) -> Report:
    """The report of the edge-case file above."""
    return assess(edge_plan)


def reports(edge_plan: Plan) -> list[Report]:
    """The edge cases and the shipped file as of several years, in every mode."""
    shipped = load_plan(str(packaged_targets()))
    plain = [(edge_plan, assess(edge_plan))]
    plain += [(shipped, assess(shipped, as_of=year)) for year in (None, 2014, 2016, 2020, 2024)]
    out = []
    for plan, report in plain:
        out += [apply_methods(report, plan, m) for m in ((), (Method.LEVEL,), ALL_METHODS)]
    assert {r.mode for r in out} == set(Mode)
    return out


def reference(report: Report) -> str:
    """What the standard library writes for the whole document."""
    return json.dumps(report_record(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def test_row_writer_matches_row_record(edge_plan: Plan) -> None:
    """Every row, written directly, is the row record's JSON at two levels deep."""
    rows = [row for report in reports(edge_plan) for row in report.rows]
    statuses = {row.status.value for row in rows}
    # The cases above do reach every kind of row.
    assert {"missed", "target_achieved", "not_available"} <= statuses
    assert any(row.target is None for row in rows)
    assert any(row.notes for row in rows)
    for row in rows:
        assert row_json(row) == dumps_indented(row_record(row), level=2)


def test_row_writer_keys_in_contract_order(edge_plan: Plan) -> None:
    """The writer's keys are the contract's row fields, in order; ``methods`` only with
    --method all."""
    fields = tuple(f.name for f in contract.ROW.fields)
    for report in reports(edge_plan):
        for row in report.rows:
            keys = tuple(json.loads(row_json(row)))
            expected = fields if report.mode is Mode.COMPARE else fields[:-1]
            assert keys == expected


def test_whole_document_matches_json_dumps(edge_plan: Plan) -> None:
    """The chunked document is json.dumps(indent=2) of the report record, plus a newline."""
    for report in reports(edge_plan):
        assert writers.render_json(report) == reference(report)
        keys = tuple(json.loads(writers.render_json(report)))
        expected = tuple(f.name for f in contract.REPORT.fields)
        assert keys == (expected if report.mode is Mode.COMPARE else expected[:-1])


def test_no_rows(edge_report: Report) -> None:
    """An empty report still writes a valid document with an empty rows list."""
    empty = assess(load_plan(str(packaged_targets())), indicators=())
    assert not empty.rows
    assert writers.render_json(empty) == reference(empty)


def test_many_rows_in_several_chunks(write_targets: Callable[[str, str], Path]) -> None:
    """More rows than one chunk holds: pieces join to the same text; each piece is bounded."""
    rng = random.Random(6)
    lines = [
        "schema_version: 1",
        "milestones: {'2027': {data_year: 2025}}",
        "sources: {s: {title: S, grade: official}}",
        "indicators:",
    ]
    count = writers.ROWS_PER_CHUNK * 2 + 7
    for i in range(count):
        a, b = rng.uniform(1, 100), rng.uniform(1, 100)
        lines.append(
            f"  - {{id: 'i{i}', name: n{i}, unit: u, direction: increase, "
            f"observations: [{{year: 2016, value: {a}, source: s}}, "
            f"{{year: 2022, value: {b}, source: s}}], targets: {{'2027': {a * 1.5}}}}}"
        )
    report = assess(load_plan(str(write_targets("\n".join(lines) + "\n", "many.yaml"))))
    chunks = list(writers.json_chunks(report))
    assert len(chunks) == 3
    assert "".join(chunks) == reference(report)
    out = io.StringIO()
    writers.write_json(report, out)
    assert out.getvalue() == reference(report)


@pytest.mark.parametrize(
    "value",
    [
        0,
        -0.0,
        1.0,
        2.5,
        1 / 3,
        -2 / 3,
        1e15,
        1e15 - 1,
        1e16,
        1e-7,
        123456789.123,
        0.1 + 0.2,
        1e-300,
    ],
)
def test_numbers_as_records_clean_them(value: float) -> None:
    """The writer's inlined rounding is records.clean's, printed as json.dumps would."""
    assert _number(value) == json.dumps(clean(value))


@given(st.floats() | st.integers(min_value=-(10**20), max_value=10**20))
def test_every_number_is_written_as_clean_makes_it(value: float) -> None:
    """The writer's short cut (the rounded text itself) is always json.dumps(clean(value)):
    any float, NaN and infinities included, and integers as the validator lets through."""
    assert _number(value) == json.dumps(clean(value))


@given(st.integers(min_value=-4, max_value=15), st.integers(min_value=1, max_value=10**10))
def test_numbers_of_every_size_are_written_as_clean_makes_them(exponent: int, digits: int) -> None:
    """Decimals of up to eleven digits at every scale from 1e-4 to 1e25, where the text of
    ten significant digits switches between plain and exponent notation."""
    for value in (digits * 10.0**exponent, -digits * 10.0**exponent, digits / 10.0**exponent):
        assert _number(value) == json.dumps(clean(value))


def test_the_rounding_leaves_numbers_their_shortest_text() -> None:
    """_number writes the rounded text itself, which is repr's text only up to 15 digits."""
    assert SIGNIFICANT_DIGITS <= 15


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_null(value: float) -> None:
    """Never NaN or Infinity in the output: null, as records.clean gives (issue 9)."""
    assert _number(value) == "null" == json.dumps(clean(value))


@pytest.mark.parametrize("value", [1.7976931348623157e308, -1.7976931348623157e308, 1e308])
def test_the_largest_floats_do_not_round_to_infinity(value: float) -> None:
    """Rounded to 10 digits, 1.7976931348623157e308 would overflow: every digit is kept."""
    assert json.loads(_number(value)) == value
    assert _number(value) == json.dumps(clean(value))


def test_generated_writers_have_readable_source() -> None:
    """Each generated writer has a file name and source: inspect shows it, a traceback names
    its line (as attrs does for its generated methods)."""
    from hkit.render.machine.codegen import csv_line, json_writer, record_writer

    writers_: list[Callable[..., Any]] = [
        record_writer(contract.ROW),
        csv_line(contract.ROW),
        json_writer(contract.ROW, level=2),
    ]
    for writer in writers_:
        source = inspect.getsource(writer)
        print(source)  # pytest -s shows what the contract generates
        assert source.startswith(f"def {writer.__name__}(o: Any")
        assert writer.__code__.co_filename.startswith("<hkit.render.machine.codegen: ")
    with pytest.raises(AttributeError) as caught:
        record_writer(contract.ROW)(object())
    frames = "".join(traceback.format_exception(caught.value))
    assert "record_RowOut" in frames
    assert "d['indicator']" in frames or "o.indicator" in frames


def test_the_generated_writers_are_current() -> None:
    """hkit/render/machine/generated/ holds what the contract generates today, and nothing
    else (CI's ``scripts/regenerate --check`` says the same for every generated file)."""
    from hkit.render.machine.writer_modules import FOLDER, module_texts

    texts = module_texts()
    for path, text in texts.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run python scripts/regenerate"
        )
    assert sorted(FOLDER.glob("*.py")) == sorted([*texts, FOLDER / "__init__.py"])


@pytest.mark.parametrize("module", ["records", "json_report", "csv_rows"])
def test_the_generated_modules_call_the_helpers(module: str) -> None:
    """Each name a generated module's writers call is the helper the run-time compile uses."""
    import importlib

    from hkit.render.machine.records import HELPERS

    generated = importlib.import_module(f"hkit.render.machine.generated.{module}")
    called = [name for name in HELPERS if hasattr(generated, name)]
    assert called, module
    for name in called:
        assert getattr(generated, name) is HELPERS[name], name


@pytest.mark.parametrize("keys", [(), ("level",), ("level", "rate", "weather")])
def test_generated_csv_columns_are_the_contracts(keys: tuple[str, ...]) -> None:
    """The generated column lists are ``csv_columns`` of the contract's shapes."""
    from hkit.contract.rollup import GROUP
    from hkit.render.machine.codegen import csv_columns
    from hkit.render.machine.generated.csv_rows import columns_GroupOut, columns_RowOut

    assert columns_RowOut(keys) == csv_columns(contract.ROW, keys)
    assert columns_GroupOut() == csv_columns(GROUP)
