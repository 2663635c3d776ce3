"""The SVG chart's geometry and words, against hand-computed values, and its axes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hkit.assess.compute import assess
from hkit.assess.story import build_story
from hkit.render.html.document import render_svg
from hkit.render.html.page import anchor_names
from hkit.render.html.svg_chart import WIDTH, build_chart, coordinate, describe
from hkit.render.html.svg_scale import Scale, padded, value_ticks, year_ticks
from tests.helpers import indicator, plan


def small_story(*, as_of: int | None = None):  # type: ignore[no-untyped-def]
    """10 (2020) and 12 (2022), target 15 for 2027 (data year 2025)."""
    ind = indicator([(2020, 10), (2022, 12), (2024, 13)], {"2027": 15}, ident="a")
    return build_story(plan(ind), "a", as_of=as_of)


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        (0.74, 2.0, [0.5, 1.0, 1.5, 2.0]),  # step 1.26 / 4 = 0.315 -> 0.5
        (0.0, 30.0, [0.0, 10.0, 20.0, 30.0]),  # 7.5 -> 10
        (3755.0, 7000.0, [3000.0, 4000.0, 5000.0, 6000.0, 7000.0]),  # 811 -> 1000
        (10.0, 15.77, [10.0, 12.0, 14.0, 16.0]),  # 1.44 -> 2
        (-3.0, 1.0, [-3.0, -2.0, -1.0, 0.0, 1.0]),  # 1 -> 1
        (0.1, 0.4, [0.1, 0.2, 0.3, 0.4]),  # 0.075 -> 0.1, and 3 x 0.1 is 0.3
    ],
)
def test_value_ticks(low: float, high: float, ticks: list[float]) -> None:
    """Round steps of 1, 2, 2.5 or 5 times a power of ten, covering the range."""
    assert value_ticks(low, high) == ticks


@given(
    st.floats(-1e12, 1e12, allow_nan=False),
    st.floats(1e-6, 1e12, allow_nan=False),
)
def test_value_ticks_cover_the_range(low: float, span: float) -> None:
    """The ticks of a (padded) range always enclose the data (to a millionth of a step: a
    tick may sit that far inside, so that float noise such as 0.30000000000000004 does not
    add a step) and there are two to nine of them."""
    high = low + span
    ticks = value_ticks(*padded(low, high))
    step = ticks[1] - ticks[0]
    assert ticks[0] <= low + 1e-6 * step
    assert ticks[-1] >= high - 1e-6 * step
    assert 2 <= len(ticks) <= 9


@pytest.mark.parametrize(
    ("first", "last", "ticks"),
    [
        (2014, 2030, [2015, 2020, 2025, 2030]),  # 16 years: every 5
        (2020, 2025, [2020, 2021, 2022, 2023, 2024, 2025]),
        (1990, 2030, [1990, 2000, 2010, 2020, 2030]),
        (2019, 2021, [2019, 2020, 2021]),
    ],
)
def test_year_ticks(first: int, last: int, ticks: list[int]) -> None:
    """Whole years at a round step, fewer than eight."""
    assert year_ticks(first, last) == ticks


def test_scale_and_padding() -> None:
    """A linear map, and room around a single value."""
    assert Scale(0, 10, 100, 200)(5) == 150
    assert Scale(0, 10, 280, 28)(10) == 28
    assert padded(5, 5) == (4.5, 5.5)
    assert padded(0, 0) == (-1.0, 1.0)
    assert padded(1e10, 1e10 + 1e-4) == pytest.approx((9e9, 1.1e10))  # a float cannot split it
    assert padded(1, 2) == (1, 2)
    assert coordinate(-0.04) == "0.0"
    assert coordinate(238.96) == "239.0"


def test_chart_positions_by_hand() -> None:
    """Hand-computed positions for 10 (2020), 12 (2022), 13 (2024) and a target of 15 in 2025.

    Values: the trend from 13 in 2024 at (13/10)^(1/4) - 1 = 6.78 %/yr gives 13.88 in 2025.
    The outlook's band there (docs/method.md): μ = ln 1.3 / 4 = 0.06559, the two steps of two
    years stray by ±(ln 1.2 − 2μ) = ±0.05114, so s = 0.05114; a year on the scale is
    s·√(1 + 1/4)·1.36 = 0.07776 and the 90th percentile of a t with one degree of freedom is
    3.0777: 13.881·e^(±0.2393) runs from 10.927 to 17.635. So the values run from 10 to 17.63
    and the ticks are 10%, 12%, ..., 18%. The y labels are three characters wide, so the plot
    starts at 14 + 3 x 8.8 = 40.4 and its points run from 40.4 + 12 = 52.4 (2020) to
    560 - 16 - 12 = 532 (2025): 95.92 units a year. The title (one line, 22) and the unit line
    (26) put the plot 48 lower: values map 328 (10) to 76 (18), 31.5 units per 1.
    """
    chart = build_chart(small_story())
    assert chart.left == "40.4"
    assert [t.label for t in chart.y_ticks] == ["10%", "12%", "14%", "16%", "18%"]
    assert [t.at for t in chart.y_ticks] == ["328.0", "265.0", "202.0", "139.0", "76.0"]
    assert [(m.x, m.y) for m in chart.figures] == [
        ("52.4", "328.0"),
        ("244.2", "265.0"),  # 52.4 + 2 x 95.92 = 244.24; 328 - 2 x 31.5
        ("436.1", "233.5"),  # 52.4 + 4 x 95.92 = 436.08; 328 - 3 x 31.5
    ]
    (target,) = chart.targets
    assert (target.x, target.y, target.line_from) == ("532.0", "170.5", "40.4")  # 328 - 5 x 31.5
    assert target.label == "2027 target ≥15%"
    assert chart.now is not None
    assert (chart.now.at, chart.now.label) == ("436.1", "latest 2024")
    assert chart.plan.split()[0] == "52.4,328.0"
    assert chart.plan.split()[-1] == "532.0,170.5"
    # The band: from the latest figure, out along the 90th percentile, back along the 10th.
    # 328 - 7.635 x 31.5 = 87.5; 328 - 0.927 x 31.5 = 298.8.
    assert chart.band.split() == ["436.1,233.5", "532.0,87.5", "532.0,298.8"]
    assert [(i.key, i.x, i.y) for i in chart.legend] == [
        ("figure", "14.0", "364.0"),
        ("target", "110.8", "364.0"),  # 14 + 26 + 6 x 8.8 + 18
        ("plan", "207.6", "364.0"),
        ("trend", "348.4", "364.0"),  # 207.6 + 26 + 11 x 8.8 + 18
        ("band", "14.0", "388.0"),  # 498 + 26 + 8 x 8.8 > 544: a second line
    ]
    assert chart.height == 432  # two legend lines: 364 + 24 + 16, one source line: + 16 + 12


def test_as_of_marks_the_year_and_wraps_the_legend() -> None:
    """With --as-of, later figures are hollow marks, the line says "as of", and the fifth
    legend entry no longer fits on the first line (498 + 131.6 > 544)."""
    chart = build_chart(small_story(as_of=2022))
    assert chart.now is not None
    assert chart.now.label == "as of 2022"
    assert [m.label for m in chart.later] == ["2024: 13% (published later)"]
    assert [(i.key, i.y) for i in chart.legend][-1] == ("trend", "388.0")
    assert chart.height == 432


def test_description_in_words() -> None:
    """The <desc> says what the chart shows, for a screen reader."""
    assert describe(small_story()) == (
        "indicator a (%). Figures: 2020 10%, 2022 12%, 2024 13%. "
        "Targets: 2027 target ≥15%, judged on the figures of 2025. "
        "The plan's path runs from 10% in 2020 to 15% in 2025. "
        "At the current pace it would be 14% in 2025. "
        "On the current trend, 80% of outcomes for 2025 lie between 11% and 18%."
    )


def test_nothing_to_draw() -> None:
    """An indicator without a figure or a target says so instead of drawing axes."""
    ind = indicator([], ident="e")
    chart = build_chart(build_story(plan(ind), "e"))
    assert chart.message == "No figure to draw."
    assert chart.y_ticks == ()
    assert chart.width == WIDTH


def test_values_too_far_apart() -> None:
    """Values near the float limits cannot be scaled: a message, no overflow."""
    ind = indicator([(2020, -1.7e308), (2022, 1.7e308)], ident="x")
    chart = build_chart(build_story(plan(ind), "x"))
    assert chart.message == "Values too far apart to chart."


def test_anchor_names_are_unique_and_valid() -> None:
    """Ids become anchors of letters, digits, dots, underscores and hyphens, never twice."""
    assert anchor_names(["1.1", "a b", "a-b", "a/b", "<x>"]) == {
        "1.1": "ind-1.1",
        "a b": "ind-a-b",
        "a-b": "ind-a-b-2",
        "a/b": "ind-a-b-3",
        "<x>": "ind--x-",
    }


def test_report_rows_reach_the_story() -> None:
    """The chart of a report section uses the rows it was given (hand-checked trend)."""
    ind = indicator([(2020, 10), (2022, 12), (2024, 13)], {"2027": 15}, ident="a")
    report = assess(plan(ind))
    assert report.rows[0].actual_rate == pytest.approx(1.3**0.25 - 1)


@pytest.mark.parametrize(
    ("low", "high", "decimals", "ticks"),
    [
        (50.0, 60.0, 0, [50.0, 55.0, 60.0]),  # 2.5 would be labelled 52% and 58%
        (50.0, 60.0, 1, [50.0, 52.5, 55.0, 57.5, 60.0]),  # 2.5 fits one decimal: not 52.5 %
        (50.0, 60.0, 2, [50.0, 52.5, 55.0, 57.5, 60.0]),
        (50.0, 50.4, 0, [50.0, 51.0]),  # a step of 0.1 is finer than the labels
        (50.0, 50.04, 0, [50.0, 51.0]),  # every round step is: the finest they show
        (0.74, 2.0, 2, [0.5, 1.0, 1.5, 2.0]),  # already written with two decimals
    ],
)
def test_value_ticks_are_written_with_the_labels_decimals(
    low: float, high: float, decimals: int, ticks: list[float]
) -> None:
    assert value_ticks(low, high, decimals=decimals) == ticks


@given(
    st.floats(-1e9, 1e9, allow_nan=False),
    st.floats(1e-3, 1e9, allow_nan=False),
    st.integers(0, 2),
)
def test_ticks_with_decimals_cover_the_range_and_are_exact(
    low: float, span: float, decimals: int
) -> None:
    """Every tick is written exactly with ``decimals`` decimals, and the ticks still enclose
    the data, two to nine of them."""
    high = low + span
    ticks = value_ticks(*padded(low, high), decimals=decimals)
    step = ticks[1] - ticks[0]
    assert all(abs(round(t, decimals) - t) <= 1e-9 * max(1.0, abs(t)) for t in ticks)
    assert ticks[0] <= low + 1e-6 * step
    assert ticks[-1] >= high - 1e-6 * step
    assert 2 <= len(ticks) <= 9


def test_axis_labels_say_the_value_at_their_tick() -> None:
    """Whole percentages from 50 to 60: the labels are 50%, 55%, 60%, each at its value
    (a step of 2.5 put "58%" at 57.5)."""
    ind = indicator([(2018, 50), (2023, 60)], ident="a")
    chart = build_chart(build_story(plan(ind), "a"))
    assert [t.label for t in chart.y_ticks] == ["50%", "55%", "60%"]


def test_the_latest_label_at_the_right_edge_goes_left_of_its_line() -> None:
    """Without a target the latest year is the last one: "latest 2023" went past the chart's
    right edge (cut to "late"); it now ends 4 units left of its line. Elsewhere it starts 4
    units right of the line, as before."""
    ind = indicator([(2018, 50), (2023, 60)], ident="a")
    edge = build_chart(build_story(plan(ind), "a"))
    assert edge.now is not None
    assert (edge.now.label, edge.now.end) == ("latest 2023", True)
    svg = render_svg(build_story(plan(ind), "a"))
    assert f'x="{float(edge.now.at) - 4:.1f}"' in svg
    assert 'text-anchor="end">latest 2023</text>' in svg
    inside = build_chart(small_story())
    assert inside.now is not None
    assert inside.now.end is False
