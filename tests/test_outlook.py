"""The outlook (hkit.assess.outlook, hkit.assess.studentt) against hand computations and its
properties.

The final model: a random walk with drift fitted to the figures from the base to the latest,
a Student t with n − 2 degrees of freedom, scaled by s·√(h·(1 + h/span)) and by the widening
factor W = outlook.FINAL.widen (docs/method.md). With three figures the t has one degree of
freedom (Cauchy: F(x) = 1/2 + atan(x)/π, the 90th percentile tan(0.4π)); with four, two
(F(x) = 1/2 + x/(2√(x² + 2)), the 90th percentile 0.8/√0.18): both are closed forms.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hkit.assess import outlook, rates, studentt
from hkit.assess.record import RowTarget
from hkit.model import Comparator, Scale

W = outlook.FINAL.widen
Q1 = math.tan(0.4 * math.pi)  # t(0.9; 1 df) = 3.0777
Q2 = 0.8 / math.sqrt(0.18)  # t(0.9; 2 df) = 1.8856


def _trend(figures: list[tuple[int, float]], *, linear: bool = False) -> outlook.Trend:
    trend = outlook.fit(figures, linear=linear)
    assert isinstance(trend, outlook.Trend), trend
    return trend


@pytest.mark.parametrize(
    ("p", "df", "table"),
    # Student's t table (Abramowitz and Stegun, table 26.10; any statistics text).
    [
        (0.90, 1, 3.077684),
        (0.90, 2, 1.885618),
        (0.90, 3, 1.637744),
        (0.90, 5, 1.475884),
        (0.90, 10, 1.372184),
        (0.975, 4, 2.776445),
        (0.95, 30, 1.697261),
        (0.995, 7, 3.499483),
        (0.90, 120, 1.288646),
    ],
)
def test_t_quantiles_match_the_table(p: float, df: int, table: float) -> None:
    """The quantile matches the printed table to its six decimals, and is antisymmetric."""
    assert studentt.quantile(p, df) == pytest.approx(table, abs=1e-6)
    assert studentt.quantile(1 - p, df) == pytest.approx(-table, abs=1e-6)


def test_t_distribution_closed_forms() -> None:
    """One degree of freedom is Cauchy, two has a closed form; many tend to the normal."""
    assert studentt.cdf(2.0, 1) == pytest.approx(0.5 + math.atan(2.0) / math.pi, abs=1e-15)
    assert studentt.cdf(-1.5, 2) == pytest.approx(0.5 - 1.5 / (2 * math.sqrt(1.5**2 + 2)))
    assert studentt.cdf(1.2815516, 4000) == pytest.approx(0.9, abs=1e-4)
    with pytest.raises(ValueError, match="between 0 and 1"):
        studentt.quantile(1.0, 3)


def test_three_figures_on_the_log_scale() -> None:
    """z = ln(y/100) = 0, 0.3, 0.2: μ = 0.1, steps stray by ±0.2, s² = 0.08/(3 − 2).
    Three years on, the scale is √0.08·√(3·(1 + 3/2)) = √0.6 and the centre z = 0.5."""
    trend = _trend([(2020, 100.0), (2021, 100 * math.exp(0.3)), (2022, 100 * math.exp(0.2))])
    assert (trend.scale, trend.figures, trend.span) == (Scale.LOG, 3, 2)
    assert trend.drift == pytest.approx(0.1)
    assert trend.spread == pytest.approx(math.sqrt(0.08))
    reach = Q1 * W * math.sqrt(0.6)
    low, high = outlook.band(trend, 3) or (0, 0)
    assert low == pytest.approx(100 * math.exp(0.5 - reach))
    assert high == pytest.approx(100 * math.exp(0.5 + reach))
    # At least 100: P(z ≥ 0) = 1 − F(−0.5/(W√0.6)) = 1/2 + atan(0.5/(W√0.6))/π.
    chance = outlook.chance(trend, 3, 100.0, comparator="at_least", direction=1)
    assert chance == pytest.approx(0.5 + math.atan(0.5 / (W * math.sqrt(0.6))) / math.pi)


def test_irregular_spacing_on_the_level_scale() -> None:
    """From a base of 0 the pace is linear: y = 0, 4, 7, 12 in 2010, 2012, 2013, 2016.
    μ = 12/6 = 2; the steps stray by 0 (over 2 years), +1 (1 year), −1 (3 years):
    s² = (0/2 + 1/1 + 1/3)/(4 − 2) = 2/3. Two years on: scale² = 2/3·2·(1 + 2/6) = 16/9."""
    trend = _trend([(2010, 0.0), (2012, 4.0), (2013, 7.0), (2016, 12.0)], linear=True)
    assert (trend.scale, trend.drift, trend.span) == (Scale.LEVEL, 2.0, 6)
    assert trend.spread == pytest.approx(math.sqrt(2 / 3))
    deviation = W * 4 / 3
    low, high = outlook.band(trend, 2) or (0, 0)
    assert low == pytest.approx(16 - Q2 * deviation)
    assert high == pytest.approx(16 + Q2 * deviation)
    # At most 15 (falling short of 16): F(−1/deviation) with F(x) = 1/2 + x/(2√(x² + 2)).
    x = -1 / deviation
    chance = outlook.chance(trend, 2, 15.0, comparator="at_most", direction=-1)
    assert chance == pytest.approx(0.5 + x / (2 * math.sqrt(x * x + 2)))


def test_levels_from_a_base_of_zero_through_the_row() -> None:
    """0, 3, 4 (linear): μ = 2, s = √2; a year on the centre is 6 and the scale
    √2·√(1·(1 + 1/2)) = √3. At least 8: 1/2 − atan(2/(W√3))/π."""
    target = RowTarget(2023, 8.0, Comparator.AT_LEAST)
    result = outlook.for_target(
        [(2020, 0.0), (2021, 3.0), (2022, 4.0)],
        target,
        pace=outlook.Pace.LINEAR,
        direction=1,
        decided=False,
        achieved=False,
    )
    assert result.scale is Scale.LEVEL
    assert result.figures == 3
    assert result.note is None
    assert result.chance == pytest.approx(0.5 - math.atan(2 / (W * math.sqrt(3))) / math.pi)
    assert result.words == "unlikely"
    assert result.low == pytest.approx(6 - Q1 * W * math.sqrt(3))
    assert result.high == pytest.approx(6 + Q1 * W * math.sqrt(3))


def test_negative_figures_run_on_the_log_of_their_size() -> None:
    """−100·e^z with z = 0, 0.3, 0.2: the same walk as above, mirrored. At least −100
    (−e^z ≥ −100 ⇔ z ≤ 0): F(−0.5/(W√0.6))."""
    trend = _trend([(2020, -100.0), (2021, -100 * math.exp(0.3)), (2022, -100 * math.exp(0.2))])
    assert trend.sign == -1
    chance = outlook.chance(trend, 3, -100.0, comparator="at_least", direction=1)
    assert chance == pytest.approx(0.5 - math.atan(0.5 / (W * math.sqrt(0.6))) / math.pi)
    assert outlook.centre(trend, 3) == pytest.approx(-100 * math.exp(0.5))


def test_no_spread_gives_certainty() -> None:
    """100, 200, 400 double every year: s = 0, the band is the point 800, and the chance is 1
    or 0 as the point meets the target or not."""
    trend = _trend([(2020, 100.0), (2021, 200.0), (2022, 400.0)])
    assert trend.spread == 0
    low, high = outlook.band(trend, 1) or (0, 0)
    assert low == pytest.approx(800)
    assert high == pytest.approx(800)
    assert outlook.chance(trend, 1, 700.0, comparator="at_least", direction=1) == 1.0
    assert outlook.chance(trend, 1, 900.0, comparator="at_least", direction=1) == 0.0
    assert outlook.chance(trend, 1, 900.0, comparator="at_most", direction=-1) == 1.0


def test_about_is_met_within_its_tolerance() -> None:
    """About 800 for an increasing indicator is met from 780 up: certain at a point of 790."""
    trend = _trend([(2020, 100.0), (2021, 200.0), (2022, 400.0)])
    assert outlook.chance(trend, 1, 810.0, comparator="about", direction=1) == 1.0
    assert outlook.chance(trend, 1, 830.0, comparator="about", direction=1) == 0.0


def test_a_decided_milestone_is_its_figure() -> None:
    """Decided: 1 if the figure met the target, else 0, in the word "decided"; no band."""
    target = RowTarget(2021, 150.0, Comparator.AT_LEAST)
    figures = [(2020, 100.0), (2021, 200.0), (2022, 400.0)]
    for achieved, expected in ((True, 1.0), (False, 0.0)):
        result = outlook.for_target(
            figures,
            target,
            pace=outlook.Pace.COMPOUND,
            direction=1,
            decided=True,
            achieved=achieved,
        )
        assert (result.chance, result.words, result.low, result.high) == (
            expected,
            "decided",
            None,
            None,
        )


@pytest.mark.parametrize("count", [1, 2])
def test_fewer_than_three_figures_have_no_outlook(count: int) -> None:
    """Without a degree of freedom for the spread there is no outlook, and a note says why."""
    target = RowTarget(2030, 150.0, Comparator.AT_LEAST)
    figures = [(2020 + i, 100.0 + i) for i in range(count)]
    result = outlook.for_target(
        figures, target, pace=outlook.Pace.COMPOUND, direction=1, decided=False, achieved=False
    )
    assert result.chance is None
    assert result.low is None
    assert result.figures == count
    assert result.note is not None
    assert "needs 3" in result.note


def test_a_sign_change_on_the_way_has_no_outlook() -> None:
    """A growth-rate pace cannot take a log of 0 or of a figure of the other sign."""
    assert isinstance(outlook.fit([(2020, 5.0), (2021, 0.0), (2022, 6.0)], linear=False), str)


@pytest.mark.parametrize(
    ("chance", "phrase"),
    [
        (1.0, "virtually certain"),
        (0.99, "virtually certain"),
        (0.95, "very likely"),
        (0.90, "very likely"),
        (0.66, "likely"),
        (0.5, "about as likely as not"),
        (0.33, "unlikely"),
        (0.11, "unlikely"),
        (0.10, "very unlikely"),
        (0.02, "very unlikely"),
        (0.01, "exceptionally unlikely"),
        (0.0, "exceptionally unlikely"),
    ],
)
def test_calibrated_words(chance: float, phrase: str) -> None:
    """The IPCC's bounds: ≥ 0.99, ≥ 0.90, ≥ 0.66, > 0.33, > 0.10, > 0.01."""
    assert outlook.words(chance) == phrase


# Three to eight yearly figures of a positive series with some noise, years from 2010.
series = st.lists(st.floats(min_value=-0.3, max_value=0.3), min_size=3, max_size=8).map(
    lambda steps: [(2010 + i, 100 * math.exp(sum(steps[: i + 1]))) for i in range(len(steps))]
)


@given(series, st.integers(1, 8), st.floats(1, 1000), st.floats(1, 1000))
def test_raising_an_at_least_target_never_raises_the_chance(
    figures: list[tuple[int, float]], years: int, first: float, second: float
) -> None:
    trend = _trend(figures)
    low, high = sorted((first, second))
    at_low = outlook.chance(trend, years, low, comparator="at_least", direction=1)
    at_high = outlook.chance(trend, years, high, comparator="at_least", direction=1)
    assert at_high <= at_low + 1e-12


@given(series, st.integers(1, 8))
def test_a_target_at_the_centre_is_a_coin_toss(
    figures: list[tuple[int, float]], years: int
) -> None:
    trend = _trend(figures)
    assume(trend.spread > 1e-6)
    middle = outlook.centre(trend, years)
    assert middle is not None
    chance = outlook.chance(trend, years, middle, comparator="at_least", direction=1)
    assert chance == pytest.approx(0.5, abs=1e-6)


@given(series, st.integers(1, 8))
def test_the_band_holds_the_projection_and_widens(
    figures: list[tuple[int, float]], years: int
) -> None:
    """The centre is the current pace (rates.at_current_pace) and lies in the band; the band
    (as a ratio of its ends, on the log scale) widens with the horizon."""
    trend = _trend(figures)
    (t0, y0), (tn, yn) = figures[0], figures[-1]
    rate = rates.cagr(y0, yn, years=tn - t0)
    projected = rates.at_current_pace(yn, years, rate=rate, change=None, zero_base=False)
    assert outlook.centre(trend, years) == pytest.approx(projected, rel=1e-9)
    near, far = outlook.band(trend, years), outlook.band(trend, years + 1)
    assert near is not None
    assert far is not None
    assert projected is not None
    assert near[0] <= projected * (1 + 1e-9)
    assert projected <= near[1] * (1 + 1e-9)
    assert far[1] / far[0] >= near[1] / near[0] * (1 - 1e-12)


def test_extreme_figures_give_a_note_not_an_error() -> None:
    """Figures near the float limits overflow the spread: no outlook, and a note says why."""
    target = RowTarget(2025, 5.0, Comparator.AT_LEAST)
    result = outlook.for_target(
        [(2020, 0.0), (2021, 1e200), (2022, -1e200)],
        target,
        pace=outlook.Pace.LINEAR,
        direction=1,
        decided=False,
        achieved=False,
    )
    assert result.chance is None
    assert result.note is not None
    assert "beyond" in result.note


@given(
    st.lists(st.floats(-1e308, 1e308), min_size=3, max_size=6),
    st.booleans(),
    st.floats(-1e308, 1e308),
    st.sampled_from(list(Comparator)),
)
def test_any_finite_figures_give_a_chance_in_range_or_a_note(
    values: list[float], linear: bool, goal: float, comparator: Comparator
) -> None:
    """Whatever the figures, the outlook is a chance in [0, 1] with its band in order, or a
    note: never an exception, NaN or infinity."""
    figures = [(2010 + i, v) for i, v in enumerate(values)]
    pace = outlook.Pace.LINEAR if linear else outlook.Pace.COMPOUND
    result = outlook.for_target(
        figures,
        RowTarget(2030, goal, comparator),
        pace=pace,
        direction=1,
        decided=False,
        achieved=False,
    )
    if result.chance is None:
        assert result.note
    else:
        assert 0.0 <= result.chance <= 1.0
    if result.low is not None and result.high is not None:
        assert math.isfinite(result.low)
        assert result.low <= result.high
