"""The statuses the shipped file gives for 1.1, 1.2, 2.1 and 3.2, against hand computations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.assess.compute import assess
from hkit.assess.record import Report, Row
from hkit.cli import app
from hkit.model import Status
from hkit.read.load import load_plan

SHIPPED = Path(__file__).resolve().parent.parent / "targets.yaml"


@pytest.fixture(scope="module")
def report() -> Report:
    """The shipped file assessed with every figure."""
    return assess(load_plan(str(SHIPPED)))


def _row(report: Report, ident: str, milestone: str) -> Row:
    return next(r for r in report.rows if r.indicator.id == ident and r.milestone == milestone)


def test_gerd_ratio_needs_acceleration_for_2027(report: Report) -> None:
    """1.1 against 1.3% on 2025 figures: base 0.99 (2020), latest 1.13 (2024).

    actual = (1.13 / 0.99)^(1/4) − 1 = 1.141414^0.25 − 1 = e^(0.132268 / 4) − 1 = 0.033620
    plan   = (1.3 / 0.99)^(1/5) − 1  = 1.313131^0.2 − 1  = e^(0.272410 / 5) − 1 = 0.055994
    P = 0.033620 / 0.055994 = 0.6004, in [0.6, 0.95) → moderate_progress ("Needs acceleration")
    required = (1.3 / 1.13)^(1/1) − 1 = 0.150442; gap = 1.3 − 1.13 = 0.17
    """
    row = _row(report, "1.1", "2027")
    assert row.baseline is not None
    assert (row.baseline.year, row.baseline.value) == (2020, 0.99)
    assert row.latest is not None
    assert (row.latest.year, row.latest.value, row.latest.grade) == (2024, 1.13, "reprint")
    assert row.actual_rate == pytest.approx(0.033620, abs=1e-6)
    assert row.plan_rate == pytest.approx(0.055994, abs=1e-6)
    assert row.progress == pytest.approx(0.6004, abs=1e-4)
    assert row.required_rate == pytest.approx(0.150442, abs=1e-6)
    assert row.gap == pytest.approx(0.17)
    assert row.status is Status.MODERATE_PROGRESS


def test_gerd_ratio_limited_progress_for_2032(report: Report) -> None:
    """1.1 against 2% on 2030 figures.

    plan = (2 / 0.99)^(1/10) − 1 = 2.020202^0.1 − 1 = e^(0.703198 / 10) − 1 = 0.072851
    P = 0.033620 / 0.072851 = 0.4615, in [0, 0.6) → limited_progress
    """
    row = _row(report, "1.1", "2032")
    assert row.plan_rate == pytest.approx(0.072851, abs=1e-6)
    assert row.progress == pytest.approx(0.4615, abs=1e-4)
    assert row.status is Status.LIMITED_PROGRESS


def test_startups_achieved_about_5000_on_2025_figures(report: Report) -> None:
    """2.1 against "About 5 000" on 2025 figures: the 2025 survey counted 5,221.

    The data year 2025 is reached, so the milestone is decided. "About 5 000" for an increasing
    indicator is met from 5,000 × (1 − 0.025) = 4,875 up; 5,221 ≥ 4,875 → target_achieved.
    """
    row = _row(report, "2.1", "2027")
    assert row.baseline is not None
    assert (row.baseline.year, row.baseline.value) == (2021, 3755)
    assert row.latest is not None
    assert (row.latest.year, row.latest.value, row.latest.grade) == (2025, 5221, "reprint")
    assert row.years_left == 0
    assert row.required_rate is None
    assert row.status is Status.TARGET_ACHIEVED


def test_startups_on_track_for_2032(report: Report) -> None:
    """2.1 against "About 7 000" on 2030 figures: base 3,755 (2021), latest 5,221 (2025).

    actual = (5221 / 3755)^(1/4) − 1 = 1.390413^0.25 − 1 = 0.085890
    plan   = (7000 / 3755)^(1/9) − 1 = 1.864181^(1/9) − 1 = 0.071653
    P = 0.085890 / 0.071653 = 1.1987 ≥ 0.95 → substantial_progress ("On track")
    required = (7000 / 5221)^(1/5) − 1 = 0.060398
    """
    row = _row(report, "2.1", "2032")
    assert row.actual_rate == pytest.approx(0.085890, abs=1e-6)
    assert row.plan_rate == pytest.approx(0.071653, abs=1e-6)
    assert row.progress == pytest.approx(1.1987, abs=1e-4)
    assert row.required_rate == pytest.approx(0.060398, abs=1e-6)
    assert row.status is Status.SUBSTANTIAL_PROGRESS


def test_labour_force_ratio_on_track_for_2027(report: Report) -> None:
    """3.2 against 16.54 on 2025 figures: base 11.56 (2020), latest 15.44 (2024, derived).

    actual = (15.44 / 11.56)^(1/4) − 1 = 1.335640^0.25 − 1 = e^(0.289411 / 4) − 1 = 0.075034
    plan   = (16.54 / 11.56)^(1/5) − 1 = 1.430796^0.2 − 1  = e^(0.358231 / 5) − 1 = 0.074275
    P = 0.075034 / 0.074275 = 1.0102 ≥ 0.95 → substantial_progress ("On track")
    required = 16.54 / 15.44 − 1 = 0.071244 (one year left); gap = 16.54 − 15.44 = 1.10
    """
    row = _row(report, "3.2", "2027")
    assert row.latest is not None
    assert (row.latest.year, row.latest.value, row.latest.grade) == (2024, 15.44, "derived")
    assert row.actual_rate == pytest.approx(0.075034, abs=1e-6)
    assert row.plan_rate == pytest.approx(0.074275, abs=1e-6)
    assert row.progress == pytest.approx(1.0102, abs=1e-4)
    assert row.required_rate == pytest.approx(0.071244, abs=1e-6)
    assert row.gap == pytest.approx(1.10)
    assert row.status is Status.SUBSTANTIAL_PROGRESS


def test_labour_force_ratio_needs_acceleration_for_2032(report: Report) -> None:
    """3.2 against 28.05 on 2030 figures.

    plan = (28.05 / 11.56)^(1/10) − 1 = 2.426471^0.1 − 1 = e^(0.886438 / 10) − 1 = 0.092691
    P = 0.075034 / 0.092691 = 0.8095, in [0.6, 0.95) → moderate_progress ("Needs acceleration")
    required = (28.05 / 15.44)^(1/6) − 1 = 1.816710^(1/6) − 1 = 0.104623
    """
    row = _row(report, "3.2", "2032")
    assert row.plan_rate == pytest.approx(0.092691, abs=1e-6)
    assert row.progress == pytest.approx(0.8095, abs=1e-4)
    assert row.required_rate == pytest.approx(0.104623, abs=1e-6)
    assert row.status is Status.MODERATE_PROGRESS


def test_gerd_per_capita_on_revised_population(report: Report) -> None:
    """1.2 latest is 4,769 (2024, on the revised end-2024 population); 2027 stays on track.

    actual = (4769 / 3575)^(1/4) − 1 = 1.333986^0.25 − 1 = 0.074701
    plan   = (5000 / 3575)^(1/5) − 1 = 1.398601^0.2 − 1  = 0.069397
    P = 0.074701 / 0.069397 = 1.0764 ≥ 0.95 → substantial_progress
    """
    row = _row(report, "1.2", "2027")
    assert row.latest is not None
    assert (row.latest.year, row.latest.value) == (2024, 4769)
    assert row.actual_rate == pytest.approx(0.074701, abs=1e-6)
    assert row.progress == pytest.approx(1.0764, abs=1e-4)
    assert row.status is Status.SUBSTANTIAL_PROGRESS


def test_cli_prints_the_hand_computed_statuses(runner: CliRunner) -> None:
    """``hkit gap`` prints for 1.1 and 2.1 the labels of the statuses computed above."""
    result = runner.invoke(
        app,
        ["gap", str(SHIPPED), "-f", "json", "-i", "1.1", "-i", "2.1"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = json.loads(result.stdout)["rows"]
    assert [(r["indicator"], r["milestone"], r["status_label"]) for r in rows] == [
        ("1.1", "2027", "Needs acceleration"),
        ("1.1", "2032", "Limited progress"),
        ("2.1", "2027", "Target achieved"),
        ("2.1", "2032", "On track"),
    ]
