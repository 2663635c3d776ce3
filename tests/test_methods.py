"""The other official methods (UNSD level, German weather, ESCAP regression) against hand
computations, their class bounds, and their edge cases: too few points, zero, wrong direction."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hkit.assess.catalogue import ALL_METHODS, Method
from hkit.assess.compute import assess
from hkit.assess.methods import apply_methods
from hkit.assess.methods.common import level_ratio
from hkit.assess.methods.level import level_class
from hkit.assess.methods.regression import regression_class, weighted_fit
from hkit.assess.methods.weather import weather_class, weather_share
from hkit.assess.record import MethodResult, Report
from hkit.model import Milestone, Status
from hkit.read.load import load_plan

FIXTURE = Path(__file__).resolve().parent / "cases" / "methods.yaml"


def _report(*methods: Method, as_of: int | None = None) -> Report:
    plan = load_plan(str(FIXTURE))
    return apply_methods(assess(plan, as_of=as_of), plan, methods or ALL_METHODS)


def _verdicts(report: Report, indicator: str, milestone: str) -> dict[Method, MethodResult]:
    row = next(r for r in report.rows if r.indicator.id == indicator and r.milestone == milestone)
    return {r.method: r for r in row.methods}


# --- the pure functions -------------------------------------------------------------------


def test_level_ratio_is_the_share_of_the_planned_change_of_level() -> None:
    """Base 10, target 20, projected 15: half the planned change."""
    assert level_ratio(10, 15, 20) == 0.5
    assert level_ratio(50, 45, 40) == 0.5  # a decrease works the same way
    assert level_ratio(10, 15, 10) is None  # the target equals the base


@pytest.mark.parametrize(
    ("ratio", "klass", "status"),
    [
        (1.3, "on_track", Status.SUBSTANTIAL_PROGRESS),
        (0.95, "on_track", Status.SUBSTANTIAL_PROGRESS),
        (0.9499, "moderate", Status.MODERATE_PROGRESS),
        (0.5, "moderate", Status.MODERATE_PROGRESS),
        (0.4999, "marginal", Status.LIMITED_PROGRESS),
        (0.1, "marginal", Status.LIMITED_PROGRESS),
        (0.0999, "stagnation", Status.LIMITED_PROGRESS),
        (-0.1, "stagnation", Status.LIMITED_PROGRESS),
        (-0.1001, "regression", Status.DETERIORATION),
    ],
)
def test_level_classes_follow_the_unsd_bounds(ratio: float, klass: str, status: Status) -> None:
    """UNSD Progress Chart: ≥0.95, 0.5–0.95, 0.1–0.5, −0.1–0.1, < −0.1."""
    assert level_class(ratio)[0] == klass
    assert level_class(ratio)[2] is status


@pytest.mark.parametrize(
    ("share", "klass"),
    [
        (1.2, "sun"),  # overshoots: reached
        (0.96, "sun"),  # missed by 4 % of the distance
        (0.95, "sun_behind_cloud"),  # missed by exactly 5 %: "at least 5 %"
        (0.8, "sun_behind_cloud"),  # missed by exactly 20 %: "no more than 20 %"
        (0.79, "cloud"),
        (0.0, "cloud"),
    ],
)
def test_weather_classes_follow_the_german_bounds(share: float, klass: str) -> None:
    """Missed by < 5 % sun, 5–20 % sun behind cloud, more cloud, while moving towards it."""
    assert weather_class(share, towards=True)[0] == klass


def test_weather_is_a_thunderstorm_whenever_the_trend_does_not_move_towards_the_target() -> None:
    """Wrong direction (or no change) is a thunderstorm, whatever the share."""
    assert weather_class(1.5, towards=False)[0] == "thunderstorm"
    assert weather_share(16, 20, 30) == pytest.approx(4 / 14)


def test_regression_classes() -> None:
    """ESCAP: maintain at ≥ 1, accelerate below, reverse when the trend moves away."""
    assert regression_class(1.0, towards=True)[0] == "maintain"
    assert regression_class(0.999, towards=True)[0] == "accelerate"
    assert regression_class(2.0, towards=False)[0] == "reverse"


def test_weighted_fit_against_a_hand_computation() -> None:
    """Points (0,0), (1,2), (2,1), target year 4.

    Weights (4−0)/(4−t): 1, 4/3, 2; total 13/3. Weighted means: t̄ = (0 + 4/3 + 4)/(13/3)
    = 16/13, ȳ = (0 + 8/3 + 2)/(13/3) = 14/13. Sxx = (256 + 4/3·9 + 2·100)/169 = 468/169,
    Sxy = (224 − 4/3·36 − 2·10)/169 = 156/169, so the slope is 1/3 and the intercept
    14/13 − 16/39 = 2/3. (Unweighted least squares would give a slope of 1/2.)
    """
    intercept, slope = weighted_fit([(0, 0), (1, 2), (2, 1)], target_year=4)
    assert slope == pytest.approx(1 / 3)
    assert intercept == pytest.approx(2 / 3)


@given(
    intercept=st.floats(-1e3, 1e3),
    slope=st.floats(-50, 50),
    years=st.lists(st.integers(2000, 2024), min_size=2, max_size=8, unique=True),
)
def test_weighted_fit_recovers_an_exact_line(
    intercept: float, slope: float, years: list[int]
) -> None:
    """Whatever the weights, points on a line give back that line."""
    points = [(float(t), intercept + slope * (t - 2000)) for t in years]
    got_intercept, got_slope = weighted_fit(points, target_year=2030)
    assert math.isclose(got_slope, slope, rel_tol=1e-6, abs_tol=1e-6)
    # Compared where the data are (2000), not at year 0 where rounding is magnified.
    assert math.isclose(got_intercept + got_slope * 2000, intercept, rel_tol=1e-6, abs_tol=1e-4)


# --- the methods on assessed rows (tests/cases/methods.yaml) -------------------------------


def test_steady_series_by_hand() -> None:
    """steady: 10, 12, 14, 16 in 2020–2023; target 30 on 2025 figures.

    rate: actual (16/10)^(1/3) − 1 = 0.16961, plan (30/10)^(1/5) − 1 = 0.24573, P = 0.69022.
    level: projected 16·1.6^(2/3) = 21.88769; (21.88769 − 10)/(30 − 10) = 0.59438 → moderate.
    weather: window 2018–2023 holds 4 figures; change (16 − 10)/3 = 2 a year; 2025: 20;
    share (20 − 16)/(30 − 16) = 2/7 = 0.28571 → cloud (missed by 71 %).
    regression: the points lie on 10 + 2(t − 2020), so 2025 gives 20 whatever the weights;
    (20 − 10)/(30 − 10) = 0.5 → accelerate; the line reaches 30 in 2030.
    """
    got = _verdicts(_report(), "steady", "2027")
    assert got[Method.RATE].value == pytest.approx(0.69022, abs=1e-5)
    assert got[Method.RATE].status is Status.MODERATE_PROGRESS
    assert got[Method.LEVEL].projected == pytest.approx(21.88769, abs=1e-5)
    assert got[Method.LEVEL].value == pytest.approx(0.59438, abs=1e-5)
    assert got[Method.LEVEL].klass == "moderate"
    assert got[Method.WEATHER].projected == pytest.approx(20)
    assert got[Method.WEATHER].value == pytest.approx(2 / 7)
    assert got[Method.WEATHER].klass == "cloud"
    assert got[Method.WEATHER].status is Status.LIMITED_PROGRESS
    assert got[Method.WEATHER].reach_year == pytest.approx(2030)  # 16 + 2·7 = 30
    assert got[Method.REGRESSION].projected == pytest.approx(20)
    assert got[Method.REGRESSION].value == pytest.approx(0.5)
    assert got[Method.REGRESSION].klass == "accelerate"
    assert got[Method.REGRESSION].reach_year == pytest.approx(2030)


def test_later_milestone_and_the_weather_judged_against_the_next_one() -> None:
    """steady against 40 on 2030 figures.

    level: projected 16·1.6^(7/3) = 47.90711; (47.90711 − 10)/30 = 1.26357 → on track.
    regression: 10 + 2·10 = 30 in 2030; (30 − 10)/(40 − 10) = 2/3 → accelerate; 40 in 2035.
    weather: judged against the next milestone (2027), as the German strategy does: 2/7.
    """
    got = _verdicts(_report(), "steady", "2032")
    assert got[Method.LEVEL].value == pytest.approx(1.26357, abs=1e-5)
    assert got[Method.LEVEL].klass == "on_track"
    assert got[Method.REGRESSION].value == pytest.approx(2 / 3)
    assert got[Method.REGRESSION].reach_year == pytest.approx(2035)
    assert got[Method.WEATHER].value == pytest.approx(2 / 7)
    assert got[Method.WEATHER].judged_against == "2027"
    assert any("next milestone, 2027" in n for n in got[Method.WEATHER].notes)


def test_zero_base_uses_changes_of_level() -> None:
    """zero: 0, 1, 2, 3 in 2015–2018; target 10 on 2025 figures.

    A growth rate from 0 is meaningless, so the level projection is linear (as the row's):
    3 + 1·7 = 10, ratio (10 − 0)/(10 − 0) = 1 → on track. weather: change 1 a year, 2025: 10,
    share 7/7 = 1 → sun. regression: the line t − 2015 gives 10 in 2025, ratio 1 → maintain.
    """
    got = _verdicts(_report(), "zero", "2027")
    assert got[Method.LEVEL].value == pytest.approx(1.0)
    assert got[Method.LEVEL].klass == "on_track"
    assert got[Method.WEATHER].value == pytest.approx(1.0)
    assert got[Method.WEATHER].klass == "sun"
    assert got[Method.REGRESSION].value == pytest.approx(1.0)
    assert got[Method.REGRESSION].klass == "maintain"


def test_wrong_direction_by_hand() -> None:
    """falling: 10, 9, 8, 7 in 2020–2023 though it should rise to 20 (2025 figures).

    level: 7·0.7^(2/3) = 5.51861; (5.51861 − 10)/(20 − 10) = −0.44814 → regression.
    weather: change −1 a year → thunderstorm; 2025: 5; share (5 − 7)/(20 − 7) = −2/13.
    regression: slope −1 → reverse; 2025: 5; (5 − 10)/(20 − 10) = −0.5; never reached.
    """
    got = _verdicts(_report(), "falling", "2027")
    assert got[Method.LEVEL].value == pytest.approx(-0.44814, abs=1e-5)
    assert got[Method.LEVEL].klass == "regression"
    assert got[Method.LEVEL].status is Status.DETERIORATION
    assert got[Method.WEATHER].value == pytest.approx(-2 / 13)
    assert got[Method.WEATHER].klass == "thunderstorm"
    assert got[Method.REGRESSION].value == pytest.approx(-0.5)
    assert got[Method.REGRESSION].klass == "reverse"
    assert got[Method.REGRESSION].reach_year is None


def test_target_behind_the_base_leaves_the_level_ratios_undefined() -> None:
    """behind: base 10, target 8 for a rising indicator, latest 7: the planned change of level
    points the wrong way, so UNSD's and ESCAP's ratios are undefined and say why."""
    got = _verdicts(_report(), "behind", "2027")
    for method in (Method.LEVEL, Method.REGRESSION):
        assert got[method].status is Status.NOT_AVAILABLE
        assert got[method].value is None
        assert any("does not lie beyond the base" in n for n in got[method].notes)


def test_too_few_points() -> None:
    """sparse: two figures; the regression needs three and the weather four."""
    got = _verdicts(_report(), "sparse", "2027")
    assert got[Method.REGRESSION].status is Status.NOT_AVAILABLE
    assert (
        "needs 3 or more figures since the base year 2020; there are 2"
        in (got[Method.REGRESSION].notes[0])
    )
    assert got[Method.WEATHER].status is Status.NOT_AVAILABLE
    assert "needs 4 figures" in got[Method.WEATHER].notes[0]
    # A decreasing indicator: 50 → 44, projected 44·(0.88)^(2/3) = 40.40556;
    # (40.40556 − 50)/(40 − 50) = 0.95944 → on track.
    assert got[Method.LEVEL].value == pytest.approx(0.95944, abs=1e-5)


def test_regression_counts_only_figures_up_to_as_of() -> None:
    """With --as-of 2021, steady has two figures since 2020: too few for a regression."""
    got = _verdicts(_report(as_of=2021), "steady", "2027")
    assert got[Method.REGRESSION].status is Status.NOT_AVAILABLE
    assert "there are 2" in got[Method.REGRESSION].notes[0]


def test_a_decided_milestone_is_a_fact_for_every_method() -> None:
    """With 2023 figures and a milestone judged on 2022 figures, every method says missed."""
    plan = load_plan(str(FIXTURE))
    early = plan._replace(milestones={**plan.milestones, "2027": Milestone("2027", 2022)})
    report = apply_methods(assess(early, indicators=["falling"]), early, ALL_METHODS)
    assert {r.status for r in report.rows[0].methods} == {Status.MISSED}


def test_one_method_fills_the_spec_fields() -> None:
    """--method level: the row's progress, status and projection are the level method's."""
    report = _report(Method.LEVEL)
    row = next(r for r in report.rows if r.indicator.id == "steady" and r.milestone == "2027")
    assert row.progress == pytest.approx(0.59438, abs=1e-5)
    assert row.status is Status.MODERATE_PROGRESS
    assert row.score is None  # the open-sdg score belongs to the rate method only
    assert report.methods == (Method.LEVEL,)


@given(
    base=st.floats(-1e6, 1e6),
    target=st.floats(-1e6, 1e6),
)
def test_level_ratio_is_0_at_the_base_and_1_at_the_target(base: float, target: float) -> None:
    """Staying at the base scores 0, arriving at the target scores 1, half way 0.5."""
    if abs(target - base) < 1e-6:
        assert level_ratio(base, base, base) is None
        return
    assert level_ratio(base, base, target) == 0
    assert level_ratio(base, target, target) == pytest.approx(1)
    assert level_ratio(base, (base + target) / 2, target) == pytest.approx(0.5)
