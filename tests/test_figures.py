"""``observations_file: figures.csv``: figures in a CSV file beside the targets file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from hkit.read.load import load_plan

TARGETS = """\
schema_version: 1
baseline_year: 2020
observations_file: figures.csv
milestones:
  "2030": {data_year: 2030}
sources:
  stats: {title: Statistics office, grade: official, url: "https://example.org"}
indicators:
  - id: A
    name: Share
    unit: "%"
    direction: increase
    observations:
      - {year: 2020, value: 10, source: stats}
    targets: {"2030": 20}
  - id: B
    name: Count
    unit: people
    direction: decrease
    observations: []
"""


def write(tmp_path: Path, figures: str, targets: str = TARGETS) -> Path:
    (tmp_path / "figures.csv").write_text(figures, encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text(targets, encoding="utf-8")
    return path


def test_figures_merge_with_inline_observations(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffindicator,year,value,source,note\nA,2024,12.5,stats,provisional\n"
        "B,2021,300,stats,\nB,2020,310,stats,\n",
    )
    plan = load_plan(str(path))
    a, b = plan.indicators
    assert [(o.year, o.value, o.note) for o in a.observations] == [
        (2020, 10.0, None),
        (2024, 12.5, "provisional"),
    ]
    assert [(o.year, o.value) for o in b.observations] == [(2020, 310.0), (2021, 300.0)]


def test_every_problem_is_located_in_the_csv(runner: CliRunner, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "indicator,year,value,source\n"
        "A,2020,11,stats\n"  # the targets file has A 2020 already
        "Z,2021,1,stats\n"
        'B,20x1,"1,000",stats\n'
        "B,2022,5,nowhere\n"
        "B,2023,5,stats\n"
        "B,2023,6,stats\n",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    csv_name = str(tmp_path / "figures.csv")
    located = [line.split(": error: ")[0] for line in result.stderr.splitlines() if "error" in line]
    assert located == [
        f"{csv_name}:2:3",
        f"{csv_name}:3:1",
        f"{csv_name}:4:3",
        f"{csv_name}:4:8",
        f"{csv_name}:5:10",
        f"{csv_name}:7:3",
    ]
    assert "duplicate year 2020 for 'A' (in the targets file)" in result.stderr
    assert "duplicate year 2023 for 'B' (on line 6)" in result.stderr
    assert "unknown indicator 'Z'" in result.stderr


def test_header_must_name_the_columns(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "indicator,yaer,value,source\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'figures.csv'}:1:11: error: unknown column 'yaer'" in result.stderr
    assert "did you mean 'year'?" in result.stderr


def test_missing_csv_is_named(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(TARGETS, encoding="utf-8")
    result = runner.invoke(app, ["gap", str(path)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert f"{tmp_path / 'figures.csv'}: error: no such file" in result.stderr


def test_gap_uses_the_csv_figures(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "indicator,year,value,source\nA,2025,15,stats\n")
    result = runner.invoke(app, ["gap", str(path), "--format", "json"])
    rows = json.loads(result.stdout)["rows"]
    assert rows[0]["latest"]["value"] == 15
    assert rows[0]["latest"]["year"] == 2025


@pytest.mark.parametrize("value", ["[figures.csv]", "5"])
def test_observations_file_must_be_text(runner: CliRunner, tmp_path: Path, value: str) -> None:
    path = write(tmp_path, "", TARGETS.replace("figures.csv", value))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3:20: error: observations_file" in result.stderr
