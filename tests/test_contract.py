"""The contract, the method catalogue and the format registry are each the one place their
knowledge lives: the writers, the CLI, the schema and the docs follow them."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit import contract
from hkit.assess import catalogue
from hkit.assess.catalogue import CATALOGUE, Method
from hkit.assess.compute import assess
from hkit.assess.methods import IMPLEMENTATIONS, Implementation, apply_methods
from hkit.assess.methods.common import MethodText
from hkit.assess.record import MethodResult, Mode, Report, Row
from hkit.cli import app
from hkit.contract import diff, rollup
from hkit.contract.fields import Field, FieldKind, Shape
from hkit.read.load import load_plan
from hkit.render.formats import FORMATS, Output, writer
from hkit.render.html.document import render_report
from hkit.render.html.page_method import describe
from hkit.render.machine import codegen
from tests.conftest import CASES, ROOT

METHODS_CASE = str(CASES / "methods.yaml")
SHAPES = [
    shape
    for module in (contract, rollup, diff)
    for shape in vars(module).values()
    if isinstance(shape, Shape)
]


def field_names() -> set[str]:
    """Every field name of every object of the contract."""
    return {f.name for shape in SHAPES for f in shape.fields}


def test_contract_uses_the_standard_library_only() -> None:
    """Importing the contract (and the catalogue and registry) loads no third-party package."""
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import hkit.contract, hkit.assess.catalogue, hkit.render.formats, hkit.assess.record\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'hkit'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("module", ["writers.py", "records.py", "jsontext.py"])
def test_machine_writers_name_no_field(module: str) -> None:
    """The JSON and CSV writers hold no field name: every one comes from the contract."""
    tree = ast.parse((ROOT / "hkit" / "render" / "machine" / module).read_text(encoding="utf-8"))
    names = field_names()
    strings = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert not strings & names


def _with_extra_field(monkeypatch: pytest.MonkeyPatch) -> Shape:
    """The row's shape with one more field, as adding a field to the contract would make it."""
    extra = Field("data_years_left", FieldKind.INTEGER, "A test.", path="years_left")
    fields = contract.ROW.fields
    shape = Shape(contract.ROW.title, contract.ROW.description, (*fields[:-1], extra, fields[-1]))
    monkeypatch.setattr(contract, "ROW", shape)
    return shape


def test_a_new_field_is_one_line_of_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to the contract reaches the JSON (both writers), the CSV and the schema
    with no other change to the code (``scripts/regenerate`` then writes the generated
    writers, and a test fails until it has)."""
    shape = _with_extra_field(monkeypatch)
    report = assess(load_plan(METHODS_CASE))
    row = report.rows[0]
    as_json = json.loads(codegen.json_writer(shape, level=2)(row))
    assert as_json["data_years_left"] == row.years_left
    assert codegen.record_writer(shape)(row)["data_years_left"] == row.years_left
    assert "data_years_left" in codegen.csv_columns(shape)
    assert codegen.csv_writer(shape)(row)["data_years_left"] == row.years_left
    rows = next(f for f in contract.REPORT.fields if f.name == "rows")
    rows_field = Field(rows.name, rows.kind, rows.description, shape=shape)
    report_fields = tuple(rows_field if f is rows else f for f in contract.REPORT.fields)
    report_shape = Shape(contract.REPORT.title, contract.REPORT.description, report_fields)
    monkeypatch.setattr(contract, "REPORT", report_shape)
    from hkit.contract.schema import report_schema

    assert "data_years_left" in report_schema()["$defs"]["RowOut"]["properties"]


def test_every_method_is_in_the_catalogue() -> None:
    """Each method has its words and, but for the default, a function that judges a row."""
    assert set(CATALOGUE) == set(Method) == set(IMPLEMENTATIONS)
    assert IMPLEMENTATIONS[catalogue.DEFAULT]().assess is None
    for method in Method:
        if method is not catalogue.DEFAULT:
            assert callable(IMPLEMENTATIONS[method]().assess)
    keys = [info.key for info in CATALOGUE.values()]
    assert len(set(keys)) == len(keys)
    for method in Method:
        described = describe(method)
        assert described.key == method.key
        assert described.classes


def test_the_report_page_reads_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A method's description on the page is the one its module gives: a new method reaches
    `hkit report` with no change to the page's modules."""

    def words() -> MethodText:
        return MethodText("test-key", "A test publisher", "A test measure.", ())

    level = IMPLEMENTATIONS[Method.LEVEL]()
    monkeypatch.setitem(IMPLEMENTATIONS, Method.LEVEL, lambda: Implementation(level.assess, words))
    monkeypatch.setitem(CATALOGUE, Method.RATE, CATALOGUE[Method.RATE]._replace(who="Testers"))
    plan = load_plan(METHODS_CASE)
    report = apply_methods(assess(plan), plan, catalogue.ALL_METHODS)
    page = render_report(plan, report, today=dt.date(2026, 11, 15))
    assert "<h3>test-key</h3>\n<p>A test publisher. A test measure.</p>" in page
    assert page.count("<h3>") == len(Method)
    assert "at each milestone (Testers method;" in page  # whose statuses the overview shows


def test_the_dispatch_reads_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A method's function is the one its implementation gives."""

    def judge(row: Row, plan: object, known: object) -> MethodResult:
        return MethodResult(Method.LEVEL, 0.5, row.status, "test", "Test words")

    level = IMPLEMENTATIONS[Method.LEVEL]()
    monkeypatch.setitem(
        IMPLEMENTATIONS, Method.LEVEL, lambda: Implementation(judge, level.describe)
    )
    plan = load_plan(METHODS_CASE)
    report = apply_methods(assess(plan), plan, (Method.LEVEL,))
    judged = [r for r in report.rows if r.verdict is not None and r.verdict.klass == "test"]
    assert judged
    assert all(r.status_label == "Test words" for r in judged)


def test_the_cli_reads_the_catalogue_and_the_registry(runner: CliRunner) -> None:
    """--method and --format offer what the catalogue and the registry hold."""
    result = runner.invoke(app, ["gap", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    for name in [*Method, catalogue.ALL, *FORMATS[Output.GAP]]:
        assert name in result.stdout
    for command, formats in FORMATS.items():
        for fmt in formats:
            assert callable(writer(command, fmt))


@pytest.mark.parametrize(
    ("choice", "mode"),
    [("rate", Mode.DEFAULT), ("level", Mode.SINGLE), ("all", Mode.COMPARE)],
)
def test_mode_is_set_by_the_method_asked_for(choice: str, mode: Mode) -> None:
    """The default method alone is the default mode; one other is single; all is compare."""
    plan = load_plan(METHODS_CASE)
    report: Report = apply_methods(assess(plan), plan, catalogue.chosen(choice))
    assert report.mode is mode
    assert all(bool(r.verdict) == (mode is Mode.SINGLE) for r in report.rows)
    assert all(bool(r.methods) == (mode is Mode.COMPARE) for r in report.rows)
    assert report.compared == (catalogue.ALL_METHODS if mode is Mode.COMPARE else ())


def test_docs_cited_by_the_code_exist() -> None:
    """Every docs/*.md named in the code or the README is in the repository."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "hkit").rglob("*.py")]
    cited = {name for text in texts for name in re.findall(r"docs/([\w-]+\.md)", text)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cited |= set(re.findall(r"\]\(docs/([\w-]+\.md)\)", readme))
    assert cited >= {"contract.md", "method.md", "targets-file.md", "architecture.md"}
    for name in cited:
        assert (ROOT / "docs" / name).is_file(), name


def test_contract_doc_lists_every_field() -> None:
    """docs/contract.md's tables are the contract's (python scripts/regenerate)."""
    from tests.update_docs import CONTRACT_DOC, contract_tables
    from tests.update_docs import SHAPES as LISTED

    assert set(LISTED) == set(SHAPES)
    text = CONTRACT_DOC.read_text(encoding="utf-8")
    assert f"<!-- fields:start -->\n{contract_tables()}<!-- fields:end -->" in text


def test_contract_doc_lists_every_method() -> None:
    """docs/contract.md's table of modes names the catalogue's methods (a new method needs no
    edit there: python scripts/regenerate)."""
    from tests.update_docs import CONTRACT_DOC, mode_table

    text = CONTRACT_DOC.read_text(encoding="utf-8")
    assert f"<!-- modes:start -->\n{mode_table()}<!-- modes:end -->" in text
    for info in CATALOGUE.values():
        assert f"`{info.key}`" in mode_table()


def test_no_hkit_module_cites_a_document_outside_the_repository() -> None:
    """Comments cite docs/, not the SPEC or methodology.md of the project's workspace."""
    for path in [*(ROOT / "hkit").rglob("*.py"), *(ROOT / "tests").glob("*.py")]:
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        assert "SPEC" not in text.replace("_SPECIAL", ""), path
        assert "methodology.md" not in text, path
