"""open-sdg data repositories as input (hkit.read.opensdg): small repositories written here by hand.

The published results of real repositories are checked in test_opensdg_published.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.compute import assess
from hkit.assess.record import Row, RowObservation
from hkit.cli import app
from hkit.read.opensdg import read_repository
from hkit.read.opensdg.csvtable import pandas_float, read_table
from hkit.read.opensdg.label import MAX_LABEL, label_parts, make_label


def write_repo(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path → text) under ``root`` and return it."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


CONFIG = """\
inputs:
  - class: InputCsvData
    path_pattern: data/*-*.csv
  - class: InputYamlMeta
    path_pattern: meta/*-*.yml
"""


def rows_by_id(root: Path) -> dict[str, Row]:
    report = assess(read_repository(root).plan)
    return {row.indicator.id: row for row in report.rows}


def point(found: RowObservation | None) -> tuple[int, float]:
    """The year and value of a row's base or latest figure, which must exist."""
    assert found is not None
    return (found.year, found.value)


def test_label_is_shortened_by_trimming_the_longest_part() -> None:
    """5 + 60 + 70 characters and two separators is 141: the two long parts share the 116
    characters left; the first of them is trimmed first, so the later one keeps one more."""
    parts = ["1-1-1", "a" * 60, "b" * 70]
    label = make_label(parts)
    assert label == "1-1-1 / " + "a" * 52 + "... / " + "b" * 53 + "..."
    assert len(label) == MAX_LABEL
    assert make_label(["1-1-1", "short"]) == "1-1-1 / short"


def test_label_parts_follow_sdg_build() -> None:
    """Series, unit, then each disaggregation value; str() of each; a leading _ not shown."""
    assert label_parts("1-2-1", None, None, []) == ["1-2-1"]
    assert label_parts("1-2-1", "S", 5, ["_Women", None]) == ["1-2-1", "S", "5", "Women", "None"]


def test_csv_cells_are_typed_as_pandas_types_them() -> None:
    text = "Year,Sex,Age,Value,Flag\n2015,,15,1.5,True\n2016,NA,n/a,#N/A,False\n2017,F,20,2,\n"
    table = read_table(text, name="t.csv")
    assert table.columns["Year"] == [2015, 2016, 2017]
    assert table.columns["Sex"] == [None, None, "F"]
    assert table.columns["Age"] == [15.0, None, 20.0]  # a missing cell makes it float
    assert table.columns["Value"] == [1.5, None, 2.0]
    assert table.columns["Flag"] == [True, False, None]
    assert table.lines == [2, 3, 4]
    mixed = read_table("Year,Units,Value\n2015,5,1\n2016,kg,2\n", name="m.csv")
    assert mixed.columns["Units"] == ["5", "kg"]  # one text cell: the whole column is text


def test_headline_with_target_matches_hand_computation(tmp_path: Path) -> None:
    """Base 10 (2015), current 8 (2020), target 5 by 2030, lower is better:
    CAGR_o = 0.8**(1/5) - 1 = -0.0436475, CAGR_r = 0.5**(1/15) - 1 = -0.0451584,
    P = -CAGR_o / |CAGR_r| = 0.9665423 (on track), score = 7.1429 P - 4.2857 = 2.6182150."""
    root = write_repo(
        tmp_path,
        {
            "config_data.yml": CONFIG,
            "data/indicator_1-1-1.csv": "Year,Sex,Value\n2015,,10\n2015,F,11\n2020,,8\n2020,F,9\n",
            "meta/1-1-1.yml": "auto_progress_calculation: true\n"
            "progress_calculation_options:\n  - target: 5\n",
        },
    )
    row = rows_by_id(root)["1-1-1"]
    assert row.progress == pytest.approx(0.9665423041902719, abs=1e-12)
    assert row.score == pytest.approx(2.6182150246006923, abs=1e-12)
    assert row.status.value == "substantial_progress"
    assert (point(row.baseline), point(row.latest)) == ((2015, 10), (2020, 8))


def test_no_target_with_limit_matches_hand_computation(tmp_path: Path) -> None:
    """95 → 96 over four years, increase, limit 100: growth 0.00262125; C = 1 - 0.95**4.44 =
    0.2036705, so the thresholds are 0.0030551 and 0.0010184: moderate progress, score
    250 * g / C - 1.25 = 1.9675187. Year ranges count by their first year."""
    root = write_repo(
        tmp_path,
        {
            "config_data.yml": CONFIG,
            "data/indicator_2-1-1.csv": "Year,Value\n2014/15,90\n2015/16,95\n2019/20,96\n",
            "meta/2-1-1.yml": "auto_progress_calculation: true\n"
            "progress_calculation_options:\n  - direction: positive\n    limit: 100\n",
        },
    )
    row = rows_by_id(root)["2-1-1"]
    assert (point(row.baseline)[0], point(row.latest)[0]) == (2015, 2019)
    assert row.progress == pytest.approx(0.0026212544625558998, abs=1e-12)
    assert row.score == pytest.approx(1.9675186565344616, abs=1e-12)
    assert row.status.value == "moderate_progress"


def test_filters_progress_column_and_groups(tmp_path: Path) -> None:
    """Series then unit then disaggregation filters; a Progress column replaces Value; a
    filter value the file never holds filters nothing, while one held elsewhere leaves no
    data; unnamed disaggregations keep their headline rows; group leaves each count."""
    data = (
        "Year,Series,Units,Sex,Progress,Value\n"
        "2015,A,kg,,4,40\n2020,A,kg,,5,50\n"
        "2015,A,kg,F,1,10\n2020,A,kg,F,2,20\n"
        "2015,B,kg,,7,70\n2020,B,kg,,6,60\n"
    )
    meta = """\
auto_progress_calculation: true
progress_calculation_options:
  - series: A
    direction: positive
  - group:
      - series: A
        disaggregation: [{field: Sex, value: F}]
        direction: positive
      - series: B
        disaggregation: [{field: Sex, value: M}]
  - series: Nowhere
"""
    root = write_repo(
        tmp_path,
        {"config_data.yml": CONFIG, "data/indicator_3-1-1.csv": data, "meta/3-1-1.yml": meta},
    )
    loaded = read_repository(root)
    rows = {row.indicator.id: row for row in assess(loaded.plan).rows}
    assert list(rows) == ["3-1-1 / A", "3-1-1 / A / F", "3-1-1 / B / M", "3-1-1 / Nowhere"]
    assert [(o.year, o.value) for o in rows["3-1-1 / A"].indicator.observations] == [
        (2015, 4.0),
        (2020, 5.0),
    ]
    assert point(rows["3-1-1 / A / F"].latest) == (2020, 2.0)
    # "M" is in no row of the Sex column: the filter does nothing, the headline B rows stay.
    assert point(rows["3-1-1 / B / M"].latest) == (2020, 6.0)
    # "Nowhere" is not a series: two series are left, and sdg-build publishes nothing then.
    nowhere = rows["3-1-1 / Nowhere"]
    assert nowhere.latest is None
    assert nowhere.status.value == "not_available"
    assert "several sub-series are left in column 'Series'" in (nowhere.indicator.unavailable or "")
    assert {r.indicator.group for r in rows.values()} == {"3-1-1"}
    assert [p.line for p in loaded.problems] == [11]


def test_bad_indicator_is_located_and_does_not_stop_others(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = write_repo(
        tmp_path / "repo",
        {
            "config_data.yml": CONFIG,
            "data/indicator_4-1-1.csv": "Year,Value\n2015,1\n2015,2\n2020,3\n",
            "meta/4-1-1.yml": "auto_progress_calculation: true\n",
            "data/indicator_4-1-2.csv": "Year,Value\n2015,1\n2020,2\n",
            "meta/4-1-2.yml": "auto_progress_calculation: true\n",
            "meta/4-1-3.yml": "auto_progress_calculation: false\nprogress_status: deterioration\n",
            "meta/4-1-4.yml": "auto_progress_calculation: false\n",
        },
    )
    result = runner.invoke(app, ["gap", str(root), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = {row["indicator"]: row for row in json.loads(result.stdout)["rows"]}
    assert set(rows) == {"4-1-1", "4-1-2", "4-1-3"}
    assert rows["4-1-1"]["status"] == "not_available"
    assert "year 2015 has two values" in rows["4-1-1"]["notes"][0]
    assert rows["4-1-2"]["status"] == "deterioration"  # no direction: lower is better
    assert "set by hand in the metadata: deterioration" in rows["4-1-3"]["notes"][0]
    checked = runner.invoke(app, ["validate", str(root)])
    assert checked.exit_code == 2
    data_file = root / "data" / "indicator_4-1-1.csv"
    assert f"{data_file}:3: error: 4-1-1: year 2015 has two values" in checked.stderr


def test_markdown_front_matter_and_indicator_config_precedence(tmp_path: Path) -> None:
    config = (
        "inputs:\n  - class: InputCsvData\n    path_pattern: data/*-*.csv\n"
        "  - class: InputYamlMeta\n    path_pattern: indicator-config/*-*.yml\n"
        "  - class: InputYamlMdMeta\n    path_pattern: meta/*-*.md\n"
    )
    root = write_repo(
        tmp_path,
        {
            "config_data.yml": config,
            "data/indicator_5-1-1.csv": "Year,Value\n2015,10\n2020,12\n",
            "meta/5-1-1.md": "---\nindicator_name: Share of things\nauto_progress_calculation: "
            "false\n---\nBody text.\n",
            "indicator-config/5-1-1.yml": "auto_progress_calculation: true\n"
            "progress_calculation_options:\n  - direction: positive\n",
        },
    )
    (row,) = assess(read_repository(root).plan).rows
    assert row.indicator.name == "Share of things"
    assert row.indicator.direction.value == "increase"


def test_located_metadata_problem(runner: CliRunner, tmp_path: Path) -> None:
    root = write_repo(
        tmp_path,
        {
            "config_data.yml": CONFIG,
            "data/indicator_6-1-1.csv": "Year,Value\n2015,10\n2020,12\n",
            "meta/6-1-1.yml": "auto_progress_calculation: true\nprogress_calculation_options:\n"
            "  - target: lots\n",
        },
    )
    result = runner.invoke(app, ["validate", str(root)])
    assert result.exit_code == 2
    assert f"{root / 'meta' / '6-1-1.yml'}:3:5: error: 6-1-1: target must be a number" in (
        result.stderr
    )


def test_gap_on_a_repository_through_a_real_process(tmp_path: Path) -> None:
    root = write_repo(
        tmp_path,
        {
            "config_data.yml": CONFIG,
            "data/indicator_7-1-1.csv": "Year,Value\n2015,10\n2020,8\n",
            "meta/7-1-1.yml": "auto_progress_calculation: true\n",
        },
    )
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "gap", str(root), "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "7-1-1" in done.stdout.splitlines()[1]


def test_numbers_are_read_as_pandas_reads_them() -> None:
    """pandas' default parser keeps 17 digits (leading zeros count) and scales once, so the
    last digit here is dropped, as in Statistics Canada's published base value for 1-5-2."""
    assert pandas_float("0.00704541004502579") == 0.0070454100450257
    assert float("0.00704541004502579") != 0.0070454100450257
    assert pandas_float("-1.5E+3") == -1500.0
    assert pandas_float(" 42 ") == 42.0


@given(
    digits=st.integers(min_value=0, max_value=10**15 - 1),
    point=st.integers(min_value=0, max_value=15),
    exponent=st.integers(min_value=-7, max_value=7),
)
def test_short_numbers_read_exactly(digits: int, point: int, exponent: int) -> None:
    """Up to 15 significant digits and a small power of ten, pandas' parser is exact."""
    text = str(digits).zfill(point + 1)
    text = f"{text[: len(text) - point]}.{text[len(text) - point :]}e{exponent}"
    assert pandas_float(text) == float(text)


def test_report_accepts_a_repository(runner: CliRunner, tmp_path: Path) -> None:
    """`hkit report DIR` writes its page from an open-sdg repository like from a file."""
    root = write_repo(
        tmp_path / "repo",
        {
            "config_data.yml": CONFIG,
            "data/indicator_8-1-1.csv": "Year,Value\n2015,10\n2020,8\n",
            "meta/8-1-1.yml": "auto_progress_calculation: true\nindicator_name: <b>Eight</b>\n",
        },
    )
    result = runner.invoke(app, ["report", str(root)])
    assert result.exit_code == 0, result.stderr
    assert "8-1-1" in result.stdout
    assert "<b>Eight</b>" not in result.stdout  # file-borne text is escaped in HTML


def test_import_writes_an_equivalent_targets_file(runner: CliRunner, tmp_path: Path) -> None:
    """`hkit import DIR -o FILE`: `hkit gap` on the file gives the repository's rows."""
    root = write_repo(
        tmp_path / "repo",
        {
            "config_data.yml": CONFIG,
            "data/indicator_9-1-1.csv": "Year,Series,Value\n2015,S,10\n2020,S,8\n2015,T,1\n",
            "meta/9-1-1.yml": "auto_progress_calculation: true\nprogress_calculation_options:\n"
            "  - {series: S, target: 5, base_year: 2016}\n  - {series: T, direction: positive}\n"
            "source_organisation_1: Office\nsource_url_1: https://example.org/s\n",
            "meta/9-1-2.yml": "auto_progress_calculation: false\n"
            "progress_status: target_achieved\n",
        },
    )
    out = tmp_path / "targets.yaml"
    written = runner.invoke(app, ["import", str(root), "-o", str(out)])
    assert (written.exit_code, written.stdout) == (0, "")
    direct = runner.invoke(app, ["gap", str(root), "-f", "json"])
    imported = runner.invoke(app, ["gap", str(out), "-f", "json"])
    assert imported.exit_code == 0, imported.stderr
    keys = ("indicator", "milestone", "status", "score", "progress", "baseline", "latest")
    rows = [
        [{k: r[k] for k in keys} for r in json.loads(x.stdout)["rows"]] for x in (direct, imported)
    ]
    assert rows[0] == rows[1]
    assert [r["indicator"] for r in rows[1]] == ["9-1-1 / S", "9-1-1 / T", "9-1-2"]
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.stderr


def test_import_refuses_a_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("x: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(path)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "is not a folder" in result.stderr
