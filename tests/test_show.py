"""``hkit show``: the paths and the chart by hand, golden files at 80 columns and in JSON,
and the command's errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.assess.story import build_story, plan_value, segment_value
from hkit.cli import app
from hkit.read.load import load_plan
from hkit.render.terminal import chart

HERE = Path(__file__).resolve().parent
FIXTURE = str(HERE / "cases" / "show.yaml")
GOLDEN = HERE / "golden"
# A narrow terminal with no colour: the golden files pin what a pipe at 80 columns shows.
NARROW = {"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}

# Run on a copy in the test's own folder (the current directory), so that the file name
# written into the output is the same on every machine.
LOCAL = "show.yaml"
CASES = {
    "show-1.1.txt": ["show", "1.1", LOCAL],
    "show-2.2.txt": ["show", "2.2", LOCAL],
    "show-1.1-as-of-2022-all.txt": ["show", "1.1", LOCAL, "--as-of", "2022", "--method", "all"],
    "show-2.2.json": ["show", "2.2", LOCAL, "--format", "json"],
    "show-1.1-all.json": ["show", "1.1", LOCAL, "--format", "json", "--method", "all"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, runner: CliRunner, update_golden: bool) -> None:
    """The output of each case equals its golden file (rewrite with --update-golden)."""
    Path(LOCAL).write_text(Path(FIXTURE).read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, CASES[name], env=NARROW, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    path = GOLDEN / name
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
    if name.endswith(".txt"):
        assert "\x1b" not in result.stdout  # plain text off a terminal
        assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_segment_value_compounds_or_draws_a_line() -> None:
    """10 → 40 over 2 years: 20 after one year (×2 a year); from 0 a straight line: 20."""
    assert segment_value((2020, 10), (2022, 40), 2021) == pytest.approx(20)
    assert segment_value((2020, 0), (2022, 40), 2021) == pytest.approx(20)
    assert plan_value([(2020, 10), (2022, 40), (2024, 40)], 2023) == pytest.approx(40)
    assert plan_value([(2020, 10), (2022, 40)], 2019) is None


def test_story_paths_by_hand() -> None:
    """1.1 of the fixture: base 0.99 (2020), latest 1.13 (2024), targets 1.3 (2025), 2 (2030).

    Plan path: 0.99·(1.3/0.99)^(1/5) = 1.04543 in 2021; 1.3·(2/1.3)^(1/5) = 1.41697 in 2026.
    Current pace: 1.13·(1.13/0.99)^(1/4) = 1.16799 in 2025.
    """
    story = build_story(load_plan(FIXTURE), "1.1")
    by_year = {p.year: p for p in story.paths}
    assert [p.year for p in story.paths] == list(range(2020, 2031))
    assert by_year[2021].plan == pytest.approx(1.04543, abs=1e-5)
    assert by_year[2026].plan == pytest.approx(1.41697, abs=1e-5)
    assert by_year[2025].plan == pytest.approx(1.3)
    assert by_year[2023].trend is None  # the pace is carried on from the latest figure only
    assert by_year[2025].trend == pytest.approx(1.16799, abs=1e-5)
    assert by_year[2022].observed == 1.07


def test_zero_base_story_uses_straight_lines() -> None:
    """2.2 of the fixture starts from 0 in 2014: the plan's first stretch and the trend are
    straight lines. Plan 0 → 18 over 2014–2025: 18·6/11 = 9.81818 in 2020; trend +2 a year
    (20 − 0 over 10 years): 22 in 2025."""
    story = build_story(load_plan(FIXTURE), "2.2")
    by_year = {p.year: p for p in story.paths}
    assert by_year[2020].plan == pytest.approx(18 * 6 / 11)
    assert by_year[2025].trend == pytest.approx(22)
    assert any("straight line" in n for n in story.notes)


def test_as_of_hides_later_figures_from_the_maths() -> None:
    """--as-of 2022: 2023 and 2024 are listed as later figures, not used."""
    story = build_story(load_plan(FIXTURE), "1.1", as_of=2022)
    assert [f.year for f in story.figures if not f.used] == [2023, 2024]
    assert story.report.rows[0].latest is not None
    assert story.report.rows[0].latest.year == 2022
    assert {p.year: p.later for p in story.paths}[2024] == 1.13


def test_chart_draws_a_small_case_exactly() -> None:
    """(0, 0) to (2, 10) joined on 3 rows and 14 − 2 (labels) − 2 (axis) = 10 columns.

    Column c stands for x = 2c/9 and the line for y = 5x, i.e. row round(x) from the bottom:
    c = 0..2 (x ≤ 0.44) → row 0; c = 3..6 (x = 0.67..1.33) → row 1; c = 7..9 → row 2.
    """
    series = [chart.Series("line", "*", "", ((0, 0), (2, 10)), line=True)]
    lines = chart.draw(series, width=14, height=3, label=lambda v: f"{v:g}")
    text = ["".join(t for t, _ in line) for line in lines]
    assert text == [
        "10 ┤       ***",
        " 5 ┤   ****   ",
        " 0 ┤***       ",
        "   └──────────",
        "    0        2",
    ]


def test_show_on_the_shipped_file(runner: CliRunner) -> None:
    """hkit show 1.1 and 2.2 on the Blueprint file: 80 columns, no colour codes in a pipe."""
    for ident in ("1.1", "2.2"):
        result = runner.invoke(app, ["show", ident], env=NARROW, catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 80
        for part in ("Figures", "Milestones", "Paths", "Chart", "plan path"):
            assert part in result.stdout


def test_unknown_indicator_exits_2_with_a_hint(runner: CliRunner) -> None:
    """A mistyped id is a usage error with a did-you-mean, on stderr."""
    result = runner.invoke(app, ["show", "1.11", FIXTURE])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no indicator '1.11'" in result.stderr
    assert "did you mean '1.1'?" in result.stderr


def test_show_json_is_the_gap_rows_plus_the_story(runner: CliRunner) -> None:
    """The JSON rows are those of ``gap --format json`` for the indicator."""
    show = runner.invoke(app, ["show", "1.1", FIXTURE, "-f", "json"])
    gap = runner.invoke(app, ["gap", FIXTURE, "-i", "1.1", "-f", "json"])
    story, report = json.loads(show.stdout), json.loads(gap.stdout)
    assert story["rows"] == report["rows"]
    assert [o["year"] for o in story["observations"]] == [2014, 2020, 2022, 2023, 2024]
    assert story["observations"][2]["grade"] == "reprint"
    assert story["path"][0] == {
        "year": 2020,
        "observed": 0.99,
        "plan": 0.99,
        "trend": None,
        "trend_low": None,
        "trend_high": None,
        "later": None,
    }


def test_indicator_without_target(runner: CliRunner, tmp_path: Path) -> None:
    """No target: one "no target" column, no reach year, the other methods not available."""
    path = tmp_path / "nt.yaml"
    path.write_text(
        "schema_version: 1\ntitle: t\nbaseline_year: 2020\n"
        'milestones: {"2027": {data_year: 2025}}\nsources: {a: {title: S, grade: official}}\n'
        "indicators:\n  - {id: x, name: X, unit: '%', direction: increase, observations: "
        "[{year: 2020, value: 5, source: a}, {year: 2022, value: 6, source: a}]}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["show", "x", str(path), "--method", "all"], env=NARROW)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert next(line for line in lines if "Reached (data)" in line).split()[-1] == "—"
    assert "unsd-level: the method needs a target" in result.stdout


def test_show_through_a_real_pipe() -> None:
    """``python -m hkit show 2.2`` in a pipe: exit 0, plain text, 80 columns by default."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "show", "2.2", FIXTURE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "\x1b" not in done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert "● figure" in done.stdout


def test_extreme_values_do_not_crash_show(runner: CliRunner) -> None:
    """Values near the float limits (1 → 1000 in a year towards 1e300; ±1e308) give a story,
    valid JSON and no traceback: overflowing paths are left out, not raised."""
    case = str(Path(__file__).resolve().parent / "cases" / "extreme.yaml")
    for ident in ("G", "X"):
        table = runner.invoke(app, ["show", ident, case], catch_exceptions=False)
        assert table.exit_code == 0, table.stderr
        as_json = runner.invoke(app, ["show", ident, case, "-f", "json"], catch_exceptions=False)
        assert as_json.exit_code == 0, as_json.stderr
        json.loads(as_json.stdout)
