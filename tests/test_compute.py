"""hkit.assess.compute against hand computations: the Blueprint's rows, the worked example of
docs/method.md, edge cases."""

from __future__ import annotations

import math

import pytest

from hkit.assess import outlook
from hkit.assess.compute import assess
from hkit.assess.record import Row
from hkit.model import Comparator, Direction, Status
from hkit.read.load import load_plan
from tests.conftest import CASES, SHIPPED
from tests.helpers import indicator, plan


def rows_by_key(rows: tuple[Row, ...]) -> dict[tuple[str, str | None], Row]:
    return {(row.indicator.id, row.milestone): row for row in rows}


# Plan rates of the Blueprint table, by hand: CAGR = exp(ln(T / y0) / n) − 1 with n counted in
# data years from the base (2020; 2021 for 2.1) to 2025 or 2030.
BLUEPRINT_PLAN_RATES = {
    # ln(1.3/0.99) = 0.272417 / 5 = 0.054483 → 5.600 %; ln(2/0.99) = 0.703198 / 10 → 7.285 %
    ("1.1", "2027"): 0.05600,
    ("1.1", "2032"): 0.07285,
    # ln(5000/3575) = 0.335478 / 5 → 6.940 %; ln(9000/3575) = 0.923261 / 10 → 9.672 %
    ("1.2", "2027"): 0.06940,
    ("1.2", "2032"): 0.09672,
    # private share 42 → 50: ln(50/42) = 0.174353 / 5 → 3.549 %; 42 → 60: 0.356675 / 10 → 3.631 %
    ("1.3", "2027"): 0.03549,
    ("1.3", "2032"): 0.03631,
    # base 2021: ln(5000/3755) = 0.286351 / 4 → 7.421 %; ln(7000/3755) = 0.622820 / 9 → 7.165 %
    ("2.1", "2027"): 0.07421,
    ("2.1", "2032"): 0.07165,
    # ln(18/12) = 0.405465 / 5 → 8.447 %; ln(30/12) = 0.916291 / 10 → 9.596 %
    ("2.2", "2027"): 0.08447,
    ("2.2", "2032"): 0.09596,
    # ln(60000/45310) = 0.280817 / 5 → 5.777 %; ln(100000/45310) = 0.791646 / 10 → 8.238 %
    ("3.1", "2027"): 0.05777,
    ("3.1", "2032"): 0.08238,
    # ln(16.54/11.56) = 0.358232 / 5 → 7.428 %; ln(28.05/11.56) = 0.886437 / 10 → 9.269 %
    ("3.2", "2027"): 0.07428,
    ("3.2", "2032"): 0.09269,
    # ln(1.5) = 0.405465 / 5 → 8.447 %; ln(5) = 1.609438 / 10 → 17.46 %
    ("4.1", "2027"): 0.08447,
    ("4.1", "2032"): 0.1746,
}


def test_blueprint_plan_rates_match_hand_computation() -> None:
    """Every Blueprint row's plan rate agrees with the hand computation to 4 significant figures."""
    report = assess(load_plan(str(CASES / "blueprint.yaml")))
    rows = rows_by_key(report.rows)
    assert set(rows) == set(BLUEPRINT_PLAN_RATES)
    for key, expected in BLUEPRINT_PLAN_RATES.items():
        assert rows[key].plan_rate == pytest.approx(expected, rel=5e-4), key


def test_blueprint_figures_alone_cannot_be_assessed() -> None:
    """With only the 2014 and 2020 columns, no row has two figures since its base year."""
    report = assess(load_plan(str(CASES / "blueprint.yaml")))
    assert {row.status for row in report.rows} == {Status.NOT_AVAILABLE}
    row = rows_by_key(report.rows)[("1.1", "2027")]
    assert row.required_rate == pytest.approx(0.05600, rel=5e-4)  # from 2020 too
    assert row.gap == pytest.approx(0.31)
    assert any("no figure after 2020" in note for note in row.notes)


def test_worked_example_row() -> None:
    """docs/method.md's worked example: GERD/GDP 0.99 (2020) → 1.13 (2024), target 1.3 on 2025 data.

    actual = (1.13/0.99)^(1/4) − 1: ln 1.141414 = 0.132266 / 4 = 0.033066 → 3.362 %
    required = 1.3/1.13 − 1 = 15.04 %; progress = 0.03362 / 0.05599 = 0.6004
    score = 7.1429 × 0.6004 − 4.2857 = 0.003; projected = 1.13 × 1.03362 = 1.168
    reach = 2024 + ln(1.3/1.13) / ln(1.03362) = 2024 + 0.140146 / 0.033066 = 2028.24
    """
    row = assess(plan(indicator([(2020, 0.99), (2024, 1.13)], {"2027": 1.3}))).rows[0]
    assert row.years_left == 1
    assert row.gap == pytest.approx(0.17)
    assert row.plan_rate == pytest.approx(0.05599, rel=5e-4)
    assert row.actual_rate == pytest.approx(0.03362, rel=5e-4)
    assert row.required_rate == pytest.approx(0.15044, rel=5e-4)
    assert row.required_change == pytest.approx(0.17)
    assert row.actual_change == pytest.approx(0.035)
    assert row.projected == pytest.approx(1.168, rel=5e-4)
    assert row.reach_year == pytest.approx(2028.24, abs=0.005)
    assert row.progress == pytest.approx(0.6004, rel=5e-4)
    assert row.score == pytest.approx(0.003, abs=5e-4)
    assert row.status is Status.MODERATE_PROGRESS
    assert row.notes == ()


def test_target_achieved_whatever_the_trend() -> None:
    """A met target is achieved with score 5 even when the last move was backwards."""
    row = assess(plan(indicator([(2020, 10), (2023, 25), (2024, 21)], {"2027": 20}))).rows[0]
    assert row.status is Status.TARGET_ACHIEVED
    assert row.score == 5
    assert row.reach_year == 2023  # met from 2023 on


def test_decided_milestone_is_missed_or_achieved() -> None:
    """Once the data year has a figure, the milestone is decided: missed if short."""
    ind = indicator([(2020, 10), (2025, 11), (2026, 30)], {"2027": 20, "2032": 25})
    rows = rows_by_key(assess(plan(ind)).rows)
    missed = rows[("x", "2027")]
    assert missed.status is Status.MISSED
    assert missed.required_rate is None
    assert missed.required_change is None
    assert missed.years_left == 0
    assert missed.projected == 11  # the 2025 figure it was judged on
    assert rows[("x", "2032")].status is Status.TARGET_ACHIEVED


def test_decided_milestone_without_a_figure_for_its_year_uses_the_next() -> None:
    """No 2025 figure but a 2026 one: judged on 2026, with a note saying so."""
    row = assess(plan(indicator([(2020, 10), (2026, 21)], {"2027": 20}))).rows[0]
    assert row.status is Status.TARGET_ACHIEVED
    assert any("judged on 2026" in note for note in row.notes)


def test_zero_base_uses_substitute_and_linear_projection() -> None:
    """Unicorns 0 (2014) → 12 (2020): rates from 0.001 with a note; projection by +2/yr.

    actual_change = 12 / 6 = 2 a year; projected to 2025 = 12 + 2 × 5 = 22; reach 18 at
    2020 + 6 / 2 = 2023. plan = (18/0.001)^(1/11) − 1 = e^(9.798127/11) − 1 = 143.6 %.
    """
    row = assess(plan(indicator([(2014, 0), (2020, 12)], {"2027": 18}), baseline_year=2014)).rows[0]
    assert row.actual_change == pytest.approx(2)
    assert row.projected == pytest.approx(22)
    assert row.reach_year == pytest.approx(2023)
    assert row.plan_rate == pytest.approx(math.exp(math.log(18 / 0.001) / 11) - 1)
    assert any("0.001" in note for note in row.notes)
    for value in (row.plan_rate, row.actual_rate, row.progress, row.score):
        assert value is not None
        assert math.isfinite(value)


def test_zero_target_is_substituted_with_a_note() -> None:
    """A target of 0 (e.g. zero deaths) gives finite rates computed towards 0.001."""
    ind = indicator([(2020, 8), (2024, 4)], {"2027": 0}, direction=Direction.DECREASE)
    row = assess(plan(ind)).rows[0]
    assert row.plan_rate == pytest.approx((0.001 / 8) ** (1 / 5) - 1)
    assert any("target is 0" in note for note in row.notes)
    assert row.status is Status.LIMITED_PROGRESS


def test_opposite_signs_make_rates_undefined() -> None:
    """Base −2, latest 3: no growth rate, not available, and a note saying why."""
    row = assess(plan(indicator([(2020, -2), (2024, 3)], {"2027": 5}))).rows[0]
    assert row.actual_rate is None
    assert row.progress is None
    assert row.status is Status.NOT_AVAILABLE
    assert row.actual_change == pytest.approx(1.25)
    assert any("opposite signs" in note for note in row.notes)


def test_negative_series_flip_sign() -> None:
    """Base −10 → −5 in 4 years with direction increase: CAGR of the ratio is negative
    ((0.5)^(1/4) − 1 = −15.9 %), and s = −1 turns it into positive progress."""
    ind = indicator([(2020, -10), (2024, -5)], {"2027": -2})
    row = assess(plan(ind)).rows[0]
    assert row.actual_rate == pytest.approx(0.5**0.25 - 1)
    assert row.progress is not None
    assert row.progress > 0


def test_target_equal_to_base() -> None:
    """CAGR_r = 0: achieved if met (score 5), otherwise progress undefined."""
    met = assess(plan(indicator([(2020, 10), (2024, 11)], {"2027": 10}))).rows[0]
    assert met.status is Status.TARGET_ACHIEVED
    assert met.score == 5
    assert met.progress is None
    short = assess(plan(indicator([(2020, 10), (2024, 9)], {"2027": 10}))).rows[0]
    assert short.status is Status.NOT_AVAILABLE
    assert any("equals the base" in note for note in short.notes)


def test_decrease_direction() -> None:
    """Unemployment 6 → 5 in 4 years, target 4 in 2025.

    actual: ln(5/6) = −0.182322 / 4 = −0.045580 → −4.456 %/yr;
    plan: ln(4/6) = −0.405465 / 5 = −0.081093 → −7.789 %/yr;
    P = −1 × −0.04456 / 0.07789 = 0.5720: limited progress (below 0.6).
    """
    ind = indicator([(2020, 6), (2024, 5)], {"2027": 4}, direction=Direction.DECREASE)
    row = assess(plan(ind)).rows[0]
    assert row.progress == pytest.approx(0.5720, rel=5e-4)
    assert row.status is Status.LIMITED_PROGRESS
    assert row.target is not None
    assert row.target.comparator is Comparator.AT_MOST


def test_no_target_uses_method_one() -> None:
    """No target: P is the growth rate itself; 100 → 110.41 in 5 years is 2.0 %/yr, on track."""
    row = assess(plan(indicator([(2020, 100), (2025, 110.40808)]))).rows[0]
    assert row.milestone is None
    assert row.target is None
    assert row.progress == pytest.approx(0.02, rel=1e-5)
    assert row.status is Status.SUBSTANTIAL_PROGRESS
    assert row.score == pytest.approx(5.0)


def test_no_target_near_the_limit_scales_thresholds() -> None:
    """Base 90 with limit 100: C = 1 − 0.9^4.44 = 0.3728; 0.6 %/yr clears 1.5 % × C = 0.559 %."""
    row = assess(plan(indicator([(2020, 90), (2025, 90 * 1.006**5)], limit=100))).rows[0]
    assert row.status is Status.SUBSTANTIAL_PROGRESS
    far = assess(plan(indicator([(2020, 10), (2025, 10 * 1.006**5)], limit=100))).rows[0]
    assert far.status is Status.MODERATE_PROGRESS


def test_as_of_ignores_later_figures() -> None:
    """--as-of 2022 sees 2020 and 2022 only."""
    ind = indicator([(2020, 0.99), (2022, 1.07), (2024, 1.13)], {"2027": 1.3})
    row = assess(plan(ind), as_of=2022).rows[0]
    assert row.latest is not None
    assert row.latest.year == 2022
    assert row.years_left == 3
    assert assess(plan(ind), as_of=2022).as_of == 2022


def test_as_of_before_any_figure() -> None:
    """No figure at or before the year: not available, with a note."""
    row = assess(plan(indicator([(2020, 1), (2024, 2)], {"2027": 3})), as_of=2010).rows[0]
    assert row.status is Status.NOT_AVAILABLE
    assert row.latest is None
    assert row.notes == ("no figure to assess",)


def test_filters_by_milestone_and_indicator() -> None:
    """--milestone and --indicator restrict rows, keeping file order."""
    a = indicator([(2020, 1), (2024, 2)], {"2027": 3, "2032": 4}, ident="a")
    b = indicator([(2020, 1), (2024, 2)], {"2027": 3, "2032": 4}, ident="b")
    report = assess(plan(a, b), milestones={"2032"}, indicators={"b"})
    assert [(r.indicator.id, r.milestone) for r in report.rows] == [("b", "2032")]


def test_base_falls_back_to_the_earliest_figure() -> None:
    """Baseline 2020 but figures only before it: the earliest is the base."""
    row = assess(plan(indicator([(2016, 1), (2018, 2)], {"2027": 3}))).rows[0]
    assert row.baseline is not None
    assert row.baseline.year == 2016


def test_shipped_file_assesses_every_indicator_for_both_milestones() -> None:
    """The shipped targets.yaml gives two rows for each of the Blueprint's eight indicators
    (Chapter 5 lists 1.1-1.3, 2.1-2.2, 3.1-3.2 and 4.1: sixteen targets)."""
    report = assess(load_plan(str(SHIPPED)))
    assert len(report.rows) == 16
    assert {r.milestone for r in report.rows} == {"2027", "2032"}


def test_milestone_filter_drops_rows_without_a_target() -> None:
    """--milestone 2027 asks about 2027 targets: an indicator with no target has no row."""
    with_target = indicator([(2020, 1), (2024, 2)], {"2027": 3}, ident="t")
    without = indicator([(2020, 2), (2024, 1)], ident="n")
    report = assess(plan(with_target, without), milestones={"2027"})
    assert [row.indicator.id for row in report.rows] == ["t"]
    assert len(assess(plan(with_target, without)).rows) == 2


def test_decided_reach_year_ignores_figures_after_the_data_year() -> None:
    """5 (2020), 11 (2025), 9 (2026), target 10 on 2025: achieved, reached in 2025, not 2026."""
    row = assess(plan(indicator([(2020, 5), (2025, 11), (2026, 9)], {"2027": 10}))).rows[0]
    assert row.status is Status.TARGET_ACHIEVED
    assert row.reach_year == 2025


def test_opposite_signs_of_base_and_target_are_explained() -> None:
    """Base −5, latest −3, target 2: both rates are undefined, and the notes say why."""
    row = assess(plan(indicator([(2020, -5), (2024, -3)], {"2027": 2}))).rows[0]
    assert row.plan_rate is None
    assert row.required_rate is None
    assert any("base (-5) and target (2) have opposite signs" in n for n in row.notes)
    assert any("latest (-3) and target (2) have opposite signs" in n for n in row.notes)


@pytest.mark.parametrize("as_of", [None, 2019, 2022])
def test_each_rows_outlook_is_its_own_though_the_trend_is_fitted_once(as_of: int | None) -> None:
    """The rows of one indicator share one fitted trend (compute fits it once per indicator):
    each row's outlook is still what ``outlook.for_target`` gives for that row alone."""
    plan_ = load_plan(str(SHIPPED))
    report = assess(plan_, as_of=as_of)
    checked = 0
    for row in report.rows:
        if row.target is None or row.baseline is None or row.latest is None:
            continue
        first, last = row.baseline.year, row.latest.year
        figures = [
            (o.year, o.value)
            for o in row.indicator.observations
            if (as_of is None or o.year <= as_of) and first <= o.year <= last
        ]
        pace = outlook.pace_of(
            rate=row.actual_rate, change=row.actual_change, zero_base=row.baseline.value == 0
        )
        assert row.outlook == outlook.for_target(
            figures,
            row.target,
            pace=pace,
            direction=row.indicator.direction.sign,
            decided=last >= row.target.year,
            achieved=row.status is Status.TARGET_ACHIEVED,
        )
        checked += 1
    assert checked >= 8


def test_a_rows_notes_are_its_own_though_the_growth_is_shared() -> None:
    """One indicator, its 2027 target already met and its 2032 one not: the note that says so
    is on the 2027 row only, though both rows start from the same growth."""
    ind = indicator([(2020, 1), (2024, 4)], {"2027": 3, "2032": 9})
    rows = {row.milestone: row for row in assess(plan(ind)).rows}
    assert any("already met" in note for note in rows["2027"].notes)
    assert not any("already met" in note for note in rows["2032"].notes)
