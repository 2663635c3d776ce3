"""``hkit gap --by group``: the roll-up of rows to one status per group and milestone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.record import Report, Row
from hkit.assess.rollup import roll_up, status_from_score
from hkit.cli import app
from hkit.model import Direction, Indicator, Status
from tests.conftest import CASES, GOLDEN


def row(
    ident: str,
    score: float | None,
    status: Status,
    *,
    group: str | None = "g",
    milestone: str | None = "2030",
    nest: tuple[int, ...] = (),
) -> Row:
    indicator = Indicator(ident, ident, "", Direction.INCREASE, (), (), group=group, nest=nest)
    notes = ("no figure to assess",) if score is None else ()
    return Row(indicator, milestone, score=score, status=status, notes=notes)


def report(*rows: Row) -> Report:
    return Report("t", "t.yaml", None, rows, {})


def test_mean_score_and_not_available_rows_counted() -> None:
    """Scores 3 and -1 average to 1: moderate progress; the row without a score is counted."""
    (group,) = roll_up(
        report(
            row("a", 3.0, Status.SUBSTANTIAL_PROGRESS),
            row("b", -1.0, Status.LIMITED_PROGRESS),
            row("c", None, Status.NOT_AVAILABLE),
        )
    )
    assert (group.score, group.status, group.assessed, group.not_available) == (
        1.0,
        Status.MODERATE_PROGRESS,
        2,
        1,
    )
    assert group.indicators == ("a", "b", "c")
    assert group.notes == ("c: no figure to assess",)


def test_target_achieved_only_when_every_scored_row_is() -> None:
    achieved = row("a", 5.0, Status.TARGET_ACHIEVED)
    (both,) = roll_up(report(achieved, row("b", 5.0, Status.TARGET_ACHIEVED)))
    assert both.status is Status.TARGET_ACHIEVED
    (one,) = roll_up(report(achieved, row("b", 4.0, Status.SUBSTANTIAL_PROGRESS)))
    assert (one.status, one.score) == (Status.SUBSTANTIAL_PROGRESS, 4.5)


def test_nested_sub_groups_count_as_one_member() -> None:
    """open-sdg 16-3-1 shape: a sub-group (-3.2, -1.8 → -2.5) and a single row -1.7:
    the mean is (-2.5 - 1.7) / 2 = -2.1, not the flat mean -2.2333."""
    (group,) = roll_up(
        report(
            row("a", -3.2, Status.DETERIORATION, nest=(0,)),
            row("b", -1.8, Status.LIMITED_PROGRESS, nest=(0,)),
            row("c", -1.7, Status.LIMITED_PROGRESS),
        )
    )
    assert group.score == pytest.approx(-2.1, abs=1e-12)
    assert group.status is Status.LIMITED_PROGRESS


def test_rows_without_target_join_every_milestone_of_their_group() -> None:
    rows = roll_up(
        report(
            row("a", 1.0, Status.MODERATE_PROGRESS, milestone="2027"),
            row("b", 3.0, Status.SUBSTANTIAL_PROGRESS, milestone="2032"),
            row("c", -1.0, Status.LIMITED_PROGRESS, milestone=None),
            row("d", 2.0, Status.MODERATE_PROGRESS, group=None, milestone=None),
        )
    )
    assert [(g.group, g.milestone, g.score) for g in rows] == [
        ("g", "2027", 0.0),
        ("g", "2032", 1.0),
        ("d", None, 2.0),
    ]


def test_decided_milestone_is_missed() -> None:
    (group,) = roll_up(report(row("a", 5.0, Status.TARGET_ACHIEVED), row("b", -3.0, Status.MISSED)))
    assert group.status is Status.MISSED


@given(st.floats(min_value=-5, max_value=5))
def test_status_follows_open_sdg_score_bands(score: float) -> None:
    status = status_from_score(score, achieved=False)
    expected = (
        Status.SUBSTANTIAL_PROGRESS
        if score >= 2.5
        else Status.MODERATE_PROGRESS
        if score >= 0
        else Status.LIMITED_PROGRESS
        if score >= -2.5
        else Status.DETERIORATION
    )
    assert status is expected


FORMATS = {
    "table-80.txt": ["--format", "table"],
    "json": ["--format", "json"],
    "csv": ["--format", "csv"],
    "md": ["--format", "markdown"],
}


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_golden_by_group(
    suffix: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    """`hkit gap cases/progress.yaml --by group` in each format, byte for byte."""
    monkeypatch.chdir(CASES)
    result = runner.invoke(
        app,
        ["gap", "progress.yaml", "--by", "group", *FORMATS[suffix]],
        env={"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden: Path = GOLDEN / f"progress.by-group.{suffix}"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_json_rows_hold_the_documented_fields(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(CASES)
    result = runner.invoke(app, ["gap", "progress.yaml", "--by", "group", "-f", "json"])
    document = json.loads(result.stdout)
    assert document["by"] == "group"
    assert set(document["groups"][0]) == {
        "group",
        "milestone",
        "status",
        "status_label",
        "score",
        "target_achieved",
        "assessed",
        "not_available",
        "indicators",
        "notes",
    }
