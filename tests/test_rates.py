"""The formulas of hkit.assess.rates against hand computations and open-sdg 2.4.0's own examples."""

from __future__ import annotations

import pytest

from hkit.assess import rates
from hkit.model import Status


def test_cagr_matches_hand_computation() -> None:
    """0.99 → 1.3 over 5 years: ln(1.3/0.99) = 0.272417, /5 = 0.054483, e^x − 1 = 5.600 %."""
    assert rates.cagr(0.99, 1.3, years=5) == pytest.approx(0.05600, rel=5e-4)


def test_cagr_end_of_zero_is_minus_one() -> None:
    """Losing everything is a rate of −100 %/yr, whatever the span."""
    assert rates.cagr(5, 0, years=3) == -1


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [(0, 5, 3), (2, -1, 3), (-2, 1, 3), (2, 3, 0), (2, 3, -1)],
)
def test_cagr_undefined_cases_are_none(start: float, end: float, years: float) -> None:
    """A zero start, opposite signs or no time between the values give None, never NaN."""
    assert rates.cagr(start, end, years=years) is None


def test_cagr_of_two_negatives_is_defined() -> None:
    """−4 → −1 over 2 years: ratio 0.25, sqrt 0.5, rate −50 %."""
    assert rates.cagr(-4, -1, years=2) == pytest.approx(-0.5)


@pytest.mark.parametrize(
    ("progress", "score"),
    # docs/method.md: P = 1.3 → +5, 0.6 → 0, 0 → −2.5, −0.6 → −5 (with the rounded constants).
    [(1.3, 5.0), (0.6, 7.1429 * 0.6 - 4.2857), (0.0, -2.5), (-0.6, -5.0), (2.0, 5.0)],
)
def test_score_with_target_reference_points(progress: float, score: float) -> None:
    """The method-2 score follows open-sdg's piecewise-linear map and its clamps."""
    assert rates.score_with_target(progress) == pytest.approx(score, abs=1e-4)


def test_score_with_target_uses_rounded_constants() -> None:
    """P = 0.95: 7.1429 × 0.95 − 4.2857 = 2.500055, not the exact 2.5."""
    assert rates.score_with_target(0.95) == pytest.approx(2.500055, abs=1e-9)


@pytest.mark.parametrize(
    ("growth", "score"),
    # docs/method.md: CAGR 2 % → +5, 1.5 % → 2.5, 0.5 % → 0, 0 → −2.5, −2 % → −5.
    [(0.02, 5.0), (0.015, 2.5), (0.005, 0.0), (0.0, -2.5), (-0.02, -5.0), (0.01, 1.25)],
)
def test_score_without_target_reference_points(growth: float, score: float) -> None:
    """The method-1 score without a limit (C = 1); 1 %: 250 × 0.01 − 1.25 = 1.25."""
    assert rates.score_without_target(growth) == pytest.approx(score, abs=1e-9)


def test_score_without_target_at_the_limit_is_five() -> None:
    """C = 0 (base on the limit) and P ≥ 0: the limit is kept, score 5."""
    assert rates.score_without_target(0.0, coefficient=0.0) == 5.0


def test_limit_coefficient_branches() -> None:
    """C = 1 far from the limit; 1 − (b/l)^4.44 below it; mirrored between l and 2l."""
    assert rates.limit_coefficient(250, 100) == 1.0
    assert rates.limit_coefficient(50, 100) == pytest.approx(1 - 0.5**4.44)
    assert rates.limit_coefficient(150, 100) == pytest.approx(1 - 0.5**4.44)
    assert rates.limit_coefficient(100, 100) == 0.0
    assert rates.limit_coefficient(0, 0) == 1.0


@pytest.mark.parametrize(
    ("progress", "status"),
    [
        (0.95, Status.SUBSTANTIAL_PROGRESS),
        (0.9499, Status.MODERATE_PROGRESS),
        (0.6, Status.MODERATE_PROGRESS),
        (0.5999, Status.LIMITED_PROGRESS),
        (0.0, Status.LIMITED_PROGRESS),
        (-0.0001, Status.DETERIORATION),
        (None, Status.NOT_AVAILABLE),
    ],
)
def test_classify_thresholds_are_inclusive_below(progress: float | None, status: Status) -> None:
    """Each class includes its lower bound, as in open-sdg's get_progress_status."""
    assert rates.classify(progress, rates.TARGET_THRESHOLDS) is status


def test_about_is_met_within_tolerance_short_of_the_target() -> None:
    """About 5 000 (increase): met from 4 875 (2.5 % short), and anywhere above."""
    assert rates.is_met(4875, 5000, comparator="about", direction=1)
    assert not rates.is_met(4874, 5000, comparator="about", direction=1)
    assert rates.is_met(9000, 5000, comparator="about", direction=1)
    assert rates.is_met(51.25, 50, comparator="about", direction=-1)
    assert not rates.is_met(51.3, 50, comparator="about", direction=-1)


def test_reach_year_geometric_matches_spec_example() -> None:
    """1.13 (2024) growing 3.362 %/yr reaches 1.3 in 2024 + ln(1.3/1.13)/ln(1.03362) = 2028.24."""
    year = rates.reach_year_geometric(1.13, 1.3, year=2024, rate=0.033619)
    assert year == pytest.approx(2028.24, abs=0.01)


def test_reach_year_is_none_when_moving_away() -> None:
    """A pace away from the target never reaches it."""
    assert rates.reach_year_geometric(1.13, 1.3, year=2024, rate=-0.01) is None
    assert rates.reach_year_geometric(1.13, 1.3, year=2024, rate=0.0) is None
    assert rates.reach_year_linear(10, 20, year=2024, change=-1) is None


def test_reach_year_linear() -> None:
    """12 unicorns gaining 2 a year reach 18 three years later."""
    assert rates.reach_year_linear(12, 18, year=2020, change=2) == 2023


def test_status_labels_are_words() -> None:
    """Every status has a human label, and only two count as on track for --check."""
    assert {s.label for s in Status} >= {"On track", "Needs acceleration", "Missed"}
    assert {s for s in Status if s.on_track} == {
        Status.TARGET_ACHIEVED,
        Status.SUBSTANTIAL_PROGRESS,
    }
    assert {s for s in Status if s.behind} == {
        Status.MODERATE_PROGRESS,
        Status.LIMITED_PROGRESS,
        Status.DETERIORATION,
        Status.MISSED,
    }


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (45310, "45,310"),
        (0.99, "0.99"),
        (1.0, "1"),
        (4747.9, "4,748"),
        (0.0004, "0.0004"),
        (0.00123456, "0.00123"),
        (-0.0009, "-0.0009"),
        (0, "0"),
        (11.56, "11.56"),
    ],
)
def test_numbers_read_as_people_write_them(value: float, shown: str) -> None:
    """Thousands separators for big values; small ones keep three significant digits."""
    from hkit.render.words import number

    assert number(value) == shown
