"""The shipped targets.yaml: the Blueprint's own figures pinned, every later figure traceable.

The Blueprint's 2014/2020 figures and 2027/2032 targets are typed here from the table in
Chapter 5 ("Figures of 2014" ... "Figures of 2030"), so that no later edit of the data can change
them silently. Figures after 2020 must cite a declared source with a URL and a verbatim quote
holding the value, or a ``derived`` source whose formula is recomputed here from its inputs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from hkit.load import load_plan
from hkit.model import Comparator, Direction, Display, Grade, Indicator, Plan

SHIPPED = Path(__file__).resolve().parent.parent / "targets.yaml"
AT_LEAST = Comparator.AT_LEAST
ABOUT = Comparator.ABOUT

# id → (figures the Blueprint prints, by data year; targets by milestone: (value, comparator)).
BLUEPRINT: dict[str, tuple[dict[int, float], dict[str, tuple[float, Comparator]]]] = {
    "1.1": ({2014: 0.74, 2020: 0.99}, {"2027": (1.3, AT_LEAST), "2032": (2, AT_LEAST)}),
    "1.2": ({2014: 2306, 2020: 3575}, {"2027": (5000, AT_LEAST), "2032": (9000, AT_LEAST)}),
    # 56:44, 58:42 → 50:50, 40:60, kept as the private share.
    "1.3": ({2014: 44, 2020: 42}, {"2027": (50, AT_LEAST), "2032": (60, AT_LEAST)}),
    # "3 755 (2021)" in the 2020 column; "About 5 000" / "About 7 000".
    "2.1": ({2014: 1065, 2021: 3755}, {"2027": (5000, ABOUT), "2032": (7000, ABOUT)}),
    "2.2": ({2014: 0, 2020: 12}, {"2027": (18, AT_LEAST), "2032": (30, AT_LEAST)}),
    # "No less than 100 000".
    "3.1": ({2014: 35450, 2020: 45310}, {"2027": (60000, AT_LEAST), "2032": (100000, AT_LEAST)}),
    "3.2": ({2014: 9.15, 2020: 11.56}, {"2027": (16.54, AT_LEAST), "2032": (28.05, AT_LEAST)}),
    "4.1": ({2014: 1.2, 2020: 1.0}, {"2027": (1.5, AT_LEAST), "2032": (5, AT_LEAST)}),
}

# GERD per capita (1.2) = GERD ÷ year-end population, rounded to the dollar. Each input with the
# source that gives it and the words it is printed in there (which its description quotes).
#   2021: 27,827e6 / 7,401,500 = 3,759.64 → 3,760
#   2022: 30,138e6 / 7,333,200 = 4,109.80 → 4,110
#   2023: 33,006e6 / 7,527,900 = 4,384.49 → 4,384
#   2024: 35,772e6 / 7,534,200 = 4,747.95 → 4,748
GERD_PER_CAPITA = [
    # (year, GERD HK$ million, source, as printed, population, source, as printed, expected)
    (2021, 27_827, "csd_ias_2022_reprint", "$27,827 million",
     7_401_500, "csd_pop_mid2022", "7 401 500", 3760),
    (2022, 30_138, "csd_ias_2022_reprint", "$30,138 million",
     7_333_200, "csd_pop_end2022", "7,333,200", 4110),
    (2023, 33_006, "csd_ias_2024_xinhua", "330.06亿港元",
     7_527_900, "csd_pop_mid2024_xinhua", "7,527,900", 4384),
    (2024, 35_772, "csd_ias_2024_hkcna", "357.72億港元",
     7_534_200, "csd_pop_end2024_bastille", "7 534 200", 4748),
]  # fmt: skip

# Private share (1.3) = business ÷ (business + higher education + government) × 100, rounded to
# two decimals:
#   2022: 12,371 / (12,371 + 16,356 + 1,412 = 30,139) = 41.046 % → 41.05
#   2024: 13,906 / (13,906 + 20,054 + 1,812 = 35,772) = 38.874 % → 38.87
PRIVATE_SHARE = [
    # (year, business, higher education, government (HK$ million), source, as printed, expected)
    (2022, 12_371, 16_356, 1_412, "csd_ias_2022_reprint",
     ("$12,371", "$16,356", "$1,412 million"), 41.05),
    (2024, 13_906, 20_054, 1_812, "csd_ias_2024_hkcna",
     ("139.06億港元", "200.54億港元", "18.12億港元"), 38.87),
]  # fmt: skip

_BRACKETED_KEY = re.compile(r"\[([a-z0-9_]+)\]")
# A thousands separator between digits: "3 755", "5,221", "59 000".
_SEPARATOR = re.compile(r"(?<=\d)[ ,\u00a0\u2009](?=\d{3}(?!\d))")


@pytest.fixture(scope="module")
def plan() -> Plan:
    """The shipped file, through the same loader the CLI uses."""
    return load_plan(str(SHIPPED))


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    """The shipped file as plain data, for the keys the model does not keep (``quote``)."""
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _indicator(plan: Plan, ident: str) -> Indicator:
    return next(i for i in plan.indicators if i.id == ident)


def _holds_number(text: str, value: float) -> bool:
    """Whether ``text`` prints ``value`` (thousands separators ignored, whole words only)."""
    plain = _SEPARATOR.sub("", text)
    return re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?!\d|\.\d)", plain) is not None


def test_plan_level_fields_are_the_blueprints(plan: Plan) -> None:
    """Baseline year 2020; milestones 2027 and 2032 judged on figures of 2025 and 2030."""
    assert plan.baseline_year == 2020
    assert {k: m.data_year for k, m in plan.milestones.items()} == {"2027": 2025, "2032": 2030}
    assert [i.id for i in plan.indicators] == list(BLUEPRINT)


@pytest.mark.parametrize("ident", list(BLUEPRINT))
def test_blueprint_figures_and_targets_are_pinned(plan: Plan, ident: str) -> None:
    """Exactly the Blueprint's own figures cite the Blueprint, and its targets are unchanged."""
    figures, targets = BLUEPRINT[ident]
    indicator = _indicator(plan, ident)
    cited = {o.year: o.value for o in indicator.observations if o.source == "blueprint"}
    assert cited == figures
    assert {t.milestone: (t.value, t.comparator) for t in indicator.targets} == targets
    assert indicator.direction is Direction.INCREASE
    assert indicator.baseline_year == (2021 if ident == "2.1" else None)
    expected_display = Display.SHARE_RATIO if ident == "1.3" else Display.PLAIN
    assert indicator.display is expected_display


def test_no_figure_after_the_blueprint_cites_the_blueprint(plan: Plan) -> None:
    """The Blueprint gives figures of 2014 and 2020 (2021 for start-ups) only."""
    for indicator in plan.indicators:
        for obs in indicator.observations:
            if obs.source == "blueprint":
                assert obs.year in (2014, 2020, 2021), (indicator.id, obs.year)


def test_every_observation_cites_a_declared_source(plan: Plan) -> None:
    """Every figure names a source declared under ``sources:``."""
    for indicator in plan.indicators:
        for obs in indicator.observations:
            assert obs.source in plan.sources, (indicator.id, obs.year, obs.source)


def test_every_cited_source_has_a_url_or_is_derived(plan: Plan) -> None:
    """Every non-derived source used has a URL, except the Blueprint (none verified)."""
    used = {o.source for i in plan.indicators for o in i.observations}
    for key in used - {"blueprint"}:
        source = plan.sources[key]
        if source.grade is not Grade.DERIVED:
            assert source.url, key
            assert source.url.startswith(("http://", "https://")), key


def test_later_figures_quote_their_value(plan: Plan, raw: dict[str, Any]) -> None:
    """A figure from a document carries a verbatim ``quote`` that prints its value."""
    grades = {key: plan.sources[key].grade for key in plan.sources}
    checked = 0
    for indicator in raw["indicators"]:
        for obs in indicator["observations"]:
            if obs["source"] == "blueprint" or grades[obs["source"]] is Grade.DERIVED:
                continue
            quote = obs.get("quote")
            assert quote, (indicator["id"], obs["year"])
            assert _holds_number(quote, obs["value"]), (indicator["id"], obs["year"], quote)
            checked += 1
    assert checked >= 10  # the check ran over the figures after 2020, not over nothing


def test_derived_sources_name_declared_inputs_with_urls(plan: Plan) -> None:
    """Every derived source names its inputs by key; each is declared, not derived, with a URL."""
    derived = [s for s in plan.sources.values() if s.grade is Grade.DERIVED]
    assert len(derived) == len(GERD_PER_CAPITA) + len(PRIVATE_SHARE)
    used = {o.source for i in plan.indicators for o in i.observations}
    for source in derived:
        assert source.key in used, f"{source.key} is declared but no figure cites it"
        assert source.description
        keys = _BRACKETED_KEY.findall(source.description)
        assert keys, source.key
        for key in keys:
            assert key in plan.sources, (source.key, key)
            assert plan.sources[key].grade is not Grade.DERIVED
            assert plan.sources[key].url


@pytest.mark.parametrize("case", GERD_PER_CAPITA, ids=[str(c[0]) for c in GERD_PER_CAPITA])
def test_gerd_per_capita_is_gerd_over_year_end_population(
    plan: Plan, case: tuple[Any, ...]
) -> None:
    """1.2 after 2020 = GERD ÷ year-end population, from inputs their sources print."""
    year, gerd, gerd_source, gerd_printed, population, pop_source, pop_printed, expected = case
    obs = next(o for o in _indicator(plan, "1.2").observations if o.year == year)
    assert obs.value == expected == round(gerd * 1_000_000 / population)
    source = plan.sources[obs.source]
    assert source.grade is Grade.DERIVED
    assert source.description
    assert f"[{gerd_source}]" in source.description
    assert f"[{pop_source}]" in source.description
    assert f"{gerd:,}" in source.description
    assert f"{population:,}" in source.description
    assert gerd_printed in (plan.sources[gerd_source].description or "")
    assert pop_printed in (plan.sources[pop_source].description or "")


@pytest.mark.parametrize("case", PRIVATE_SHARE, ids=[str(c[0]) for c in PRIVATE_SHARE])
def test_private_share_is_business_over_all_sectors(plan: Plan, case: tuple[Any, ...]) -> None:
    """1.3 after 2020 = business ÷ (business + higher education + government) × 100."""
    year, business, higher, government, input_source, printed, expected = case
    obs = next(o for o in _indicator(plan, "1.3").observations if o.year == year)
    assert obs.value == expected == round(business / (business + higher + government) * 100, 2)
    source = plan.sources[obs.source]
    assert source.grade is Grade.DERIVED
    assert source.description
    assert f"[{input_source}]" in source.description
    for amount in (business, higher, government):
        assert f"{amount:,}" in source.description
    for words in printed:
        assert words in (plan.sources[input_source].description or "")


def test_every_indicator_but_one_has_a_figure_after_2020(plan: Plan) -> None:
    """3.2 alone has no figure after its base year (no annual labour force was published)."""
    stale = [
        i.id
        for i in plan.indicators
        if max(o.year for o in i.observations) <= (i.baseline_year or 2020)
    ]
    assert stale == ["3.2"]
