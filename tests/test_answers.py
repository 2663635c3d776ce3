"""Answers that agree with themselves and statuses whole in any pane (issue 15).

The status word is never cut at any width; the reach year shown to a person is the year the
path table first reaches the target; the JSON names the shipped file the same way on every
machine; `validate` takes many files; the small points of the issue each have a check here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.compute import assess
from hkit.cli import app
from hkit.cli.plan import SHIPPED_NAME
from hkit.read.load import load_plan
from hkit.render.terminal.compare import print_comparison
from hkit.render.terminal.table import print_table
from hkit.render.text.narrative import first_whole_year
from tests.conftest import CASES, ROOT

PROGRESS = CASES / "progress.yaml"
LABELS = ("Needs acceleration", "Limited progress", "Target achieved", "Not available")


def _table(width: int, path: Path = PROGRESS) -> str:
    """The gap table of ``path`` as a ``width``-column terminal prints it."""
    import io

    from rich.console import Console

    report = assess(load_plan(str(path)))
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        # terminal.write builds its console from the environment: COLUMNS is the pane's width.
        patch.setenv("COLUMNS", str(width))
        print_table(report, file=out)
        assert Console(file=io.StringIO()).width == width
    return out.getvalue()


@pytest.mark.parametrize("width", [50, 60, 70, 80, 120])
def test_every_status_is_whole_on_one_line_from_50_columns(width: int) -> None:
    """At 50 columns and up each row's status word stands whole on its line."""
    report = assess(load_plan(str(PROGRESS)))
    printed = _table(width)
    for row in report.rows:
        assert any(row.status_label in line for line in printed.splitlines()), row.status_label
    assert max(len(line) for line in printed.splitlines()) <= width


@pytest.mark.slow
@given(st.integers(min_value=20, max_value=140))
def test_no_status_word_is_ever_broken(width: int) -> None:
    """At any width, every word of every status is printed whole (the status may wrap
    at a space only when a pane is too narrow for the milestone and the status side by side)."""
    words = set(re.findall(r"\w+", _table(width)))
    for words_of_label in LABELS:
        assert set(words_of_label.split()) <= words


def test_narrow_tables_say_which_columns_were_left_out() -> None:
    """At 50 columns the rates go first and a line says so; at 80 nothing is left out."""
    narrow = _table(50)
    assert "Left out to fit the window: To go, Plan, Actual, Needed" in " ".join(narrow.split())
    assert "Left out" not in _table(80)
    assert "Status" in narrow.splitlines()[2]


def test_the_method_comparison_stacks_in_a_narrow_pane() -> None:
    """--method all at 50 columns: one line per method, each verdict whole."""
    import io

    from hkit.assess.catalogue import ALL_METHODS
    from hkit.assess.methods import apply_methods

    plan = load_plan(str(CASES / "methods.yaml"))
    report = apply_methods(assess(plan), plan, ALL_METHODS)
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", "50")
        print_comparison(report, file=out)
    lines = out.getvalue().splitlines()
    for row in report.rows:
        for result in row.methods:
            assert any(result.label in line for line in lines)
    assert max(len(line) for line in lines) <= 50
    assert any(line.strip().startswith("regression ") for line in lines)


@pytest.mark.parametrize(
    ("reach", "year"), [(2028.24, 2029), (2028.0, 2028), (2028.0000000001, 2028), (2027.999, 2028)]
)
def test_first_whole_year(reach: float, year: int) -> None:
    """The first whole year at or past the target; a float of a whole year stays that year."""
    assert first_whole_year(reach) == year


@pytest.mark.parametrize("ident", ["1.1", "2.1"])
def test_shown_reach_year_is_the_first_path_year_at_the_target(
    runner: CliRunner, ident: str
) -> None:
    """`hkit show` agrees with its own path table; the JSON keeps the fraction."""
    story = json.loads(runner.invoke(app, ["show", ident, "-f", "json"]).stdout)
    text = runner.invoke(app, ["show", ident]).stdout
    shown = re.search(r"Reached \(data\)\s+(.*)", text)
    assert shown is not None
    for row, cell in zip(story["rows"], shown.group(1).split(), strict=True):
        if row["reach_year"] is None or row["status"] == "target_achieved":
            continue
        target = row["target"]["value"]
        reached = [p["year"] for p in story["path"] if (p["trend"] or 0) >= target]
        if reached:
            assert cell == str(min(reached))
        else:  # beyond the path table, which ends at the last milestone's data year
            assert int(cell) > max(p["year"] for p in story["path"])
        assert row["reach_year"] != int(row["reach_year"])  # the JSON keeps the fraction


def test_shipped_file_has_a_stable_name(runner: CliRunner) -> None:
    """Not the site-packages path: the same name on every machine."""
    result = runner.invoke(app, ["gap", "-f", "json"])
    assert json.loads(result.stdout)["file"] == SHIPPED_NAME == "<shipped>/targets.yaml"
    valid = runner.invoke(app, ["validate"])
    assert valid.stdout.startswith("<shipped>/targets.yaml: valid: ")


def test_user_paths_are_kept_as_given(runner: CliRunner, tmp_path: Path) -> None:
    """A relative path stays relative; ./targets.yaml found by the lookup is `targets.yaml`."""
    (tmp_path / "sub").mkdir()
    text = PROGRESS.read_text(encoding="utf-8")
    (tmp_path / "sub" / "plan.yaml").write_text(text, encoding="utf-8")
    given_path = runner.invoke(app, ["gap", "sub/plan.yaml", "-f", "json"])
    assert json.loads(given_path.stdout)["file"] == "sub/plan.yaml"
    (tmp_path / "targets.yaml").write_text(text, encoding="utf-8")
    found = runner.invoke(app, ["gap", "-f", "json"])
    assert json.loads(found.stdout)["file"] == "targets.yaml"


def test_validate_takes_many_files(runner: CliRunner, tmp_path: Path) -> None:
    """Each file's verdict, then a summary line; one bad file makes the exit 2."""
    good = tmp_path / "good.yaml"
    good.write_text(PROGRESS.read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\n", encoding="utf-8")
    both = runner.invoke(app, ["validate", str(good), str(bad), str(good)])
    assert both.exit_code == 2
    lines = both.stdout.splitlines()
    assert [line.split(": valid:")[0] for line in lines[:2]] == [str(good), str(good)]
    assert lines[-1] == "hkit: 3 files checked: 2 valid, 1 with problems"
    assert both.stderr.startswith(f"{bad}:")
    fine = runner.invoke(app, ["validate", str(good), str(good)])
    assert fine.exit_code == 0
    assert fine.stdout.splitlines()[-1] == "hkit: 2 files checked: 2 valid, 0 with problems"
    one = runner.invoke(app, ["validate", str(good)])
    assert len(one.stdout.splitlines()) == 1  # one file: no summary


def test_pre_commit_hook_is_shipped() -> None:
    """.pre-commit-hooks.yaml runs `hkit validate` on the YAML and JSON files it is given."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "hkit-validate"
    assert hook["entry"] == "hkit validate"
    assert hook["language"] == "python"
    assert re.search(hook["files"], "plans/targets.yaml")
    assert re.search(hook["files"], "plan.json")
    assert not re.search(hook["files"], "README.md")


def test_as_of_before_the_baseline_year_says_so(runner: CliRunner) -> None:
    """--as-of 2019 with a baseline year of 2020: a note says the base is an older figure."""
    result = runner.invoke(app, ["gap", "--as-of", "2019", "-i", "1.1", "-f", "json"])
    notes = json.loads(result.stdout)["rows"][0]["notes"]
    assert notes[0] == (
        "no figure at or after the baseline year 2020 as of 2019: the base is the figure of 2014"
    )
    later = runner.invoke(app, ["gap", "--as-of", "2024", "-i", "1.1", "-f", "json"])
    assert not any("baseline year" in n for n in json.loads(later.stdout)["rows"][0]["notes"])


def test_markdown_bolds_every_status(runner: CliRunner) -> None:
    """Not only the good ones: each status cell (before the sentence) is bold."""
    result = runner.invoke(app, ["gap", str(PROGRESS), "-f", "markdown"])
    lines = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    statuses = [line.split(" | ")[-2] for line in lines[1:]]  # after the header
    assert statuses
    assert all(cell.startswith("**") and cell.endswith("**") for cell in statuses)


def test_show_title_wraps_under_itself(runner: CliRunner) -> None:
    """A long name continues under the name, not at column 0."""
    result = runner.invoke(app, ["show", "2.1"], env={"COLUMNS": "50"})
    first, second = result.stdout.splitlines()[:2]
    assert first.startswith("2.1  Number of")
    assert second.startswith("     ")
    assert second.strip()
