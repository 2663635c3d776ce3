"""The shipped JSON Schemas: current, valid, and in agreement with hkit and its output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from hkit import contract
from hkit.cli import app
from hkit.contract.schema import (
    REPORT_SCHEMA_FILE,
    TARGETS_SCHEMA_FILE,
    report_schema,
    targets_schema,
)
from hkit.errors import InputError
from hkit.read.parse import parse

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hkit"
SHIPPED = ROOT / "targets.yaml"
BROKEN = Path(__file__).resolve().parent / "broken"
# Rules a JSON Schema cannot state (they relate values to each other, or concern the text
# rather than the data): hkit's validator alone catches these cases.
SCHEMA_BLIND = {
    "comparator_contradicts",  # depends on the indicator's direction
    "duplicate_id",
    "duplicate_milestone_name",  # 2027 and "2027": two keys to YAML, one name to hkit
    "duplicate_year",
    "undeclared_milestone",
    "undeclared_source",
    "non_finite_value",  # JSON has no NaN or infinity; the schema's "number" cannot exclude them
    "non_finite_target",
    "huge_integer",
    "json_nan",
    "data_year_after_milestone",  # compares a key (the milestone's name) with a value
}


def plain_data(path: Path) -> Any:
    """The file as hkit's parser reads it (JSON Schema sees exactly this data)."""
    text = path.read_text(encoding="utf-8-sig")
    return parse(text, name=path.name, json_format=path.suffix == ".json").data


def targets_validator() -> Draft202012Validator:
    """A validator for the shipped targets schema."""
    schema = json.loads((PACKAGE / TARGETS_SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


@pytest.mark.parametrize(
    ("file", "generate", "args"),
    [
        (TARGETS_SCHEMA_FILE, targets_schema, ["schema"]),
        (REPORT_SCHEMA_FILE, report_schema, ["schema", "--report"]),
    ],
)
def test_shipped_schema_is_current_and_printed_by_hkit_schema(
    runner: CliRunner, file: str, generate: Any, args: list[str]
) -> None:
    """The file in the package equals what hkit.contract.schema generates and `hkit schema` prints.

    If this fails after a model change: `hkit schema > hkit/targets.schema.json` and
    `hkit schema --report > hkit/report.schema.json`, then review the diff.
    """
    shipped = (PACKAGE / file).read_text(encoding="utf-8")
    Draft202012Validator.check_schema(json.loads(shipped))
    assert json.loads(shipped) == generate()
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == shipped


def test_targets_yaml_points_editors_at_the_schema() -> None:
    """The first line is the yaml-language-server comment, with a path that exists."""
    first = SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    assert (SHIPPED.parent / first.removeprefix(prefix)).resolve() == PACKAGE / TARGETS_SCHEMA_FILE


def test_schema_accepts_the_shipped_file() -> None:
    """`hkit schema` validates the shipped targets.yaml."""
    targets_validator().validate(plain_data(SHIPPED))


def _parsable_cases() -> list[Path]:
    cases = []
    for path in sorted([*BROKEN.glob("*.yaml"), *BROKEN.glob("*.json")]):
        try:
            parsed = parse(
                path.read_bytes().decode("utf-8-sig"),
                name=path.name,
                json_format=path.suffix == ".json",
            )
        except (InputError, UnicodeDecodeError):
            continue  # no data: only hkit's reader can judge these
        if not parsed.problems:  # duplicate keys and tags never reach the data
            cases.append(path)
    return cases


@pytest.mark.parametrize("case", _parsable_cases(), ids=lambda p: p.name)
def test_schema_agrees_with_hkit_on_the_corpus(case: Path) -> None:
    """Every broken file the schema can judge is rejected by it too; the others it accepts."""
    errors = list(targets_validator().iter_errors(plain_data(case)))
    if case.stem in SCHEMA_BLIND:
        assert errors == []
    else:
        assert errors != []


def test_enough_of_the_corpus_is_judged_by_the_schema() -> None:
    """The agreement test above is not vacuous."""
    judged = [p for p in _parsable_cases() if p.stem not in SCHEMA_BLIND]
    assert len(judged) >= 25


def test_the_validators_key_sets_are_generated_from_the_schema() -> None:
    """hkit/read/validate_indicator.py's key sets are the models' (python scripts/regenerate):
    the validator allows and requires exactly the keys the schema names."""
    from hkit.read import validate_indicator
    from tests.update_docs import KEYS_MODULE, key_sets

    text = KEYS_MODULE.read_text(encoding="utf-8")
    assert f"# keys:start\n{key_sets()}# keys:end" in text
    schema = targets_schema()
    spec = schema["$defs"]["IndicatorSpec"]
    assert set(spec["properties"]) == validate_indicator.INDICATOR_KEYS
    assert set(spec["required"]) == validate_indicator.INDICATOR_REQUIRED
    assert set(schema["required"]) == validate_indicator.TOP_REQUIRED


def report_validator() -> Draft202012Validator:
    """A validator for the shipped report schema."""
    schema = json.loads((PACKAGE / REPORT_SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


EDGE_CASES = """\
schema_version: 1
baseline_year: 2020
milestones: {"2027": {data_year: 2025}}
sources:
  a: {title: A, grade: official}
  b: {title: B, grade: derived}
indicators:
  - id: zero-base
    name: Starts at zero
    unit: firms
    direction: increase
    observations:
      - {year: 2020, value: 0, source: a}
      - {year: 2022, value: 4, source: b}
    targets: {"2027": 10}
  - id: no-target
    name: No target
    unit: "%"
    direction: decrease
    limit: 100
    observations:
      - {year: 2020, value: 5, source: a}
      - {year: 2023, value: 4, source: a}
  - id: one-figure
    name: One figure only
    unit: u
    direction: increase
    observations: [{year: 2020, value: 3, source: a}]
    targets: {"2027": {value: 5, comparator: about}}
"""


@pytest.mark.parametrize("source", ["shipped", "edge-cases"])
def test_real_json_output_validates_against_the_report_schema(
    runner: CliRunner, source: str, tmp_path: Path
) -> None:
    """`gap --format json` output, nulls and notes included, fits the shipped report schema."""
    path = SHIPPED
    if source == "edge-cases":
        path = tmp_path / "edge.yaml"
        path.write_text(EDGE_CASES, encoding="utf-8")
    for args in ([], ["--as-of", "2021"], ["--method", "level"], ["--method", "all"]):
        result = runner.invoke(
            app, ["gap", str(path), "--format", "json", *args], catch_exceptions=False
        )
        assert result.exit_code == 0, result.stderr
        document = json.loads(result.stdout)
        assert document["rows"]
        report_validator().validate(document)


def test_report_schema_documents_every_field() -> None:
    """Each field of each object of the contract is described by the schema, and no more;
    the fields every document has are required, the ones left out when empty are not."""
    schema = report_schema()
    shapes = [contract.ROW, contract.POINT, contract.LATEST, contract.TARGET, contract.METHOD]
    for shape in shapes:
        model = schema["$defs"][shape.title]
        assert tuple(model["properties"]) == tuple(f.name for f in shape.fields)
        assert model["description"] == shape.description
        required = tuple(f.name for f in shape.fields if not f.optional)
        assert tuple(model["required"]) == required
        for f in shape.fields:
            assert model["properties"][f.name]["description"] == f.description
    assert tuple(schema["properties"]) == tuple(f.name for f in contract.REPORT.fields)
    assert "methods" not in schema["required"]


def test_report_schema_rejects_a_wrong_document() -> None:
    """The report schema is not vacuous: a rate given as text and a bad status fail it."""
    document = {"schema_version": 1, "title": "t", "file": "f", "as_of": None, "method": "m"}
    validator = report_validator()
    assert not validator.is_valid(document)  # no rows
    row = dict.fromkeys(f.name for f in contract.ROW.fields if not f.optional)
    row.update(indicator="1", name="n", unit="u", direction="increase", notes=[])
    row.update(status="on_track", status_label="On track", summary="s", plan_rate="5%")
    errors = list(validator.iter_errors({**document, "rows": [row]}))
    assert {e.path[-1] for e in errors} == {"status", "plan_rate"}


def test_gap_and_validate_do_not_import_the_schema_models() -> None:
    """pydantic costs ~100 ms: hkit loads its schema models only for `hkit schema`.

    (Typer ≥ 0.29 imports pydantic itself to coerce parameters, so the whole CLI cannot be
    pydantic-free; hkit's own reading, computing and rendering are checked without Typer.)
    """
    code = (
        "import sys\n"
        "from hkit.cli import app\n"
        "for args in (['validate', sys.argv[1]], ['gap', sys.argv[1], '--format', 'json']):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code in (0, None), exc.code\n"
        "print('hkit.contract.schema' in sys.modules)\n"
    )
    core = (
        "import sys\n"
        "from hkit.read.load import load_plan\n"
        "from hkit.assess.compute import assess\n"
        "from hkit.render.machine.writers import render_json\n"
        "render_json(assess(load_plan(sys.argv[1])))\n"
        "print('pydantic' in sys.modules)\n"
    )
    for program in (code, core):
        result = subprocess.run(
            [sys.executable, "-c", program, str(SHIPPED)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        assert result.stdout.splitlines()[-1] == "False"
