"""``hkit gap --method``: each format carries the methods asked for, and nothing changes
without the option."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from hkit.cli import app
from hkit.model import Status

FIXTURE = str(Path(__file__).resolve().parent / "cases" / "methods.yaml")
STATUSES = {s.value for s in Status}


def _json(runner: CliRunner, *args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["gap", *args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_all_methods_give_a_status_for_every_row_of_the_shipped_file(runner: CliRunner) -> None:
    """Every row of the Blueprint gains a ``methods`` object with each method's status."""
    data = _json(runner, "--method", "all")
    assert data["methods"] == ["rate", "level", "weather", "regression"]
    rows = data["rows"]
    assert isinstance(rows, list)
    assert len(rows) == 16
    for row in rows:
        assert list(row["methods"]) == ["rate", "level", "weather", "regression"]
        for verdict in row["methods"].values():
            assert verdict["status"] in STATUSES
            assert set(verdict) >= {"value", "status", "class", "label", "notes"}
        # The row's own fields stay those of the default method.
        assert row["status"] == row["methods"]["rate"]["status"]


def test_all_methods_numbers_in_json(runner: CliRunner) -> None:
    """The JSON carries the hand-computed values of tests/test_methods.py (steady, 2027)."""
    data = _json(runner, FIXTURE, "--method", "all", "--indicator", "steady", "-m", "2027")
    (row,) = data["rows"]
    methods = row["methods"]
    assert methods["level"]["value"] == 0.5943846059  # (21.88769 − 10) / 20
    assert methods["level"]["class"] == "moderate"
    assert methods["weather"]["value"] == 0.2857142857  # 4 / 14
    assert methods["weather"]["class"] == "cloud"
    assert methods["weather"]["judged_against"] == "2027"
    assert methods["regression"]["value"] == 0.5  # (20 − 10) / (30 − 10)
    assert methods["regression"]["class"] == "accelerate"


def test_one_method_keeps_the_spec_field_names(runner: CliRunner) -> None:
    """--method level: the row's fields hold the level method's verdict, no ``methods`` object."""
    data = _json(runner, FIXTURE, "--method", "level", "--indicator", "falling")
    assert data["method"] == "unsd-level"
    (row,) = data["rows"]
    assert "methods" not in row
    assert row["progress"] == -0.4481385386
    assert row["status"] == "deterioration"
    assert row["status_label"] == "Regression"
    assert row["score"] is None


def test_default_output_has_no_method_additions(runner: CliRunner) -> None:
    """Without --method, and with --method rate, the document is the default mode's
    (docs/contract.md)."""
    plain = _json(runner, FIXTURE)
    assert plain == _json(runner, FIXTURE, "--method", "rate")
    assert plain["method"] == "open-sdg-2.4.0"
    assert "methods" not in plain
    assert all("methods" not in row for row in plain["rows"])


def test_csv_flattens_the_methods(runner: CliRunner) -> None:
    """CSV spreads each method over ``methods_<name>_<field>`` columns."""
    result = runner.invoke(
        app, ["gap", FIXTURE, "--method", "all", "--format", "csv", "-i", "falling"]
    )
    assert result.exit_code == 0, result.stderr
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["methods_weather_class"] == "thunderstorm"
    assert row["methods_regression_value"] == "-0.5"
    assert row["methods_level_status"] == "deterioration"


def test_table_and_markdown_show_one_column_per_method(runner: CliRunner) -> None:
    """The human formats name every method as --method spells it, and its words."""
    table = runner.invoke(app, ["gap", FIXTURE, "--method", "all", "-i", "steady"])
    assert table.exit_code == 0, table.stderr
    header = next(line for line in table.stdout.splitlines() if line.lstrip().startswith("ID"))
    assert header.split()[3:] == ["rate", "level", "weather", "regression"]
    for word in ("Cloud (0.29)", "Accelerate"):
        assert word in table.stdout
    markdown = runner.invoke(app, ["gap", FIXTURE, "--method", "all", "-f", "markdown"])
    assert "| ID | By | Latest | rate | level | weather | regression |" in markdown.stdout
    assert "| falling | 2027 | 7 units (2023) | Deterioration (-0.75) |" in markdown.stdout


def test_one_method_in_the_table_uses_its_own_words(runner: CliRunner) -> None:
    """--method weather prints the weather, not open-sdg's words."""
    result = runner.invoke(app, ["gap", FIXTURE, "--method", "weather", "-i", "falling"])
    assert result.exit_code == 0, result.stderr
    assert "Thunderstorm" in result.stdout
    assert "Deterioration" not in result.stdout


def test_check_follows_the_chosen_method(runner: CliRunner) -> None:
    """--check exits 1 when the chosen method puts a row below on track."""
    zero = runner.invoke(app, ["gap", FIXTURE, "-i", "zero", "--method", "weather", "--check"])
    assert zero.exit_code == 0, zero.stdout  # sun
    falling = runner.invoke(app, ["gap", FIXTURE, "-i", "falling", "--method", "level", "--check"])
    assert falling.exit_code == 1


def test_unknown_method_is_a_usage_error(runner: CliRunner) -> None:
    """A method hkit does not know exits 2 with the choices."""
    result = runner.invoke(app, ["gap", "--method", "eurostat"])
    assert result.exit_code == 2
    assert "rate" in result.stderr
    assert "regression" in result.stderr
