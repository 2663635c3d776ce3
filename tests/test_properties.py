"""Properties of the maths that must hold for any figures, checked with Hypothesis."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from hkit.assess import rates
from hkit.assess.compute import assess
from hkit.model import Direction, Status
from tests.helpers import indicator, plan

positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=1, max_value=30)


@given(start=positive, end=positive, span=years)
def test_compounding_the_cagr_reaches_the_end(start: float, end: float, span: int) -> None:
    """start × (1 + CAGR)^n == end (to 1e-6: 1 + rate cancels digits when end ≪ start)."""
    rate = rates.cagr(start, end, years=span)
    assert rate is not None
    assert math.isclose(start * (1 + rate) ** span, end, rel_tol=1e-6)


@given(base=positive, latest=positive, target=positive, latest_year=st.integers(2021, 2024))
def test_compounding_the_required_rate_from_latest_reaches_the_target(
    base: float, latest: float, target: float, latest_year: int
) -> None:
    """latest × (1 + required_rate)^years_left == target, for any figures short of it (a met
    target requires nothing: both are None, with a note)."""
    row = assess(plan(indicator([(2020, base), (latest_year, latest)], {"2027": target}))).rows[0]
    if latest >= target:
        assert (row.required_rate, row.required_change) == (None, None)
        assert "the 2027 target is already met: no growth is required" in row.notes
        return
    assert row.required_rate is not None
    assert row.years_left == 2025 - latest_year
    reached = latest * (1 + row.required_rate) ** row.years_left
    assert math.isclose(reached, target, rel_tol=1e-6)
    assert row.required_change is not None
    # Absolute tolerance: latest + change × n cancels digits when the target is far smaller.
    linear = latest + row.required_change * row.years_left
    assert math.isclose(linear, target, rel_tol=1e-9, abs_tol=1e-9 * max(latest, target))


@given(base=positive, middle=positive, latest=positive, target=positive)
def test_a_met_target_is_achieved_whatever_the_trend(
    base: float, middle: float, latest: float, target: float
) -> None:
    """If the latest value meets the target, the status is achieved and the score 5."""
    assume(latest >= target)
    ind = indicator([(2020, base), (2022, middle), (2024, latest)], {"2027": target})
    row = assess(plan(ind)).rows[0]
    assert row.status is Status.TARGET_ACHIEVED
    assert row.score == 5


@given(base=positive, latest=positive, target=positive)
def test_swapping_direction_mirrors_progress(base: float, latest: float, target: float) -> None:
    """Same figures, opposite direction: progress changes sign (the d of the method)."""
    points = [(2020, base), (2024, latest)]
    up = assess(plan(indicator(points, {"2027": target}))).rows[0]
    down = assess(plan(indicator(points, {"2027": target}, direction=Direction.DECREASE))).rows[0]
    if up.progress is None:
        assert down.progress is None
    else:
        assert down.progress is not None
        assert math.isclose(up.progress, -down.progress, rel_tol=1e-12, abs_tol=1e-12)


@given(base=positive, latest=positive, target=positive, scale=st.floats(0.001, 1000))
def test_rates_do_not_depend_on_the_unit(
    base: float, latest: float, target: float, scale: float
) -> None:
    """Measuring in thousands or in units changes no rate, progress or status."""
    assume(latest < target * (1 - 1e-6))  # a met target requires no rate at all
    one = assess(plan(indicator([(2020, base), (2024, latest)], {"2027": target}))).rows[0]
    ind = indicator([(2020, base * scale), (2024, latest * scale)], {"2027": target * scale})
    other = assess(plan(ind)).rows[0]
    for a, b in [
        (one.plan_rate, other.plan_rate),
        (one.actual_rate, other.actual_rate),
        (one.required_rate, other.required_rate),
    ]:
        assert a is not None
        assert b is not None
        assert math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)
    # Statuses agree unless rounding puts one copy exactly on a threshold or the target.
    assume(one.progress is None or all(abs(one.progress - t) > 1e-6 for t in (0, 0.6, 0.95)))
    assume(abs(latest - target) > 1e-6 * target)
    assert one.status is other.status


@given(
    values=st.lists(
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=1, max_size=6
    ),
    target=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    direction=st.sampled_from(list(Direction)),
)
def test_every_number_is_finite_or_none(
    values: list[float], target: float, direction: Direction
) -> None:
    """Whatever the figures (zeros and negatives included), no NaN or infinity comes out."""
    points = [(2018 + i, v) for i, v in enumerate(values)]
    ind = indicator(points, {"2027": target, "2032": target}, direction=direction)
    for row in assess(plan(ind)).rows:
        for value in (
            row.gap,
            row.plan_rate,
            row.actual_rate,
            row.required_rate,
            row.required_change,
            row.actual_change,
            row.projected,
            row.reach_year,
            row.progress,
            row.score,
        ):
            assert value is None or math.isfinite(value)
        if row.score is not None:
            assert -5 <= row.score <= 5


@given(progress=st.floats(min_value=-100, max_value=100, allow_nan=False))
def test_score_with_target_is_monotonic_and_bounded(progress: float) -> None:
    """A higher progress never scores lower, and scores stay in [−5, 5]."""
    score = rates.score_with_target(progress)
    assert -5 <= score <= 5
    assert rates.score_with_target(progress + 0.01) >= score
