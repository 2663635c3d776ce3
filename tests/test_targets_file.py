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

from hkit.model import Comparator, Direction, Display, Grade, Indicator, Plan
from hkit.read.load import load_plan

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
# The population is C&SD's revised year-end figure wherever it has been revised (the mid-year
# release of the following year revises the year-end figure before it).
#   2021: 27,827e6 / 7,401,500 = 3,759.64 → 3,760
#   2022: 30,138e6 / 7,472,600 = 4,033.13 → 4,033  (provisional 7,333,200 gave 4,110)
#   2023: 33,006e6 / 7,527,900 = 4,384.49 → 4,384
#   2024: 35,772e6 / 7,500,600 = 4,769.22 → 4,769  (provisional 7,534,200 gave 4,748)
GERD_PER_CAPITA = [
    # (year, GERD HK$ million, source, as printed, population, source, as printed, expected)
    (2021, 27_827, "csd_ias_2022_reprint", "$27,827 million",
     7_401_500, "csd_pop_mid2022", "7 401 500", 3760),
    (2022, 30_138, "csd_ias_2022_reprint", "$30,138 million",
     7_472_600, "csd_pop_mid2023_hkcna", "7472600", 4033),
    (2023, 33_006, "csd_ias_2024_xinhua", "330.06亿港元",
     7_527_900, "csd_pop_mid2024_xinhua", "7,527,900", 4384),
    (2024, 35_772, "csd_ias_2024_hkcna", "357.72億港元",
     7_500_600, "csd_pop_mid2025_passiontimes", "7500600", 4769),
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

# 3.2 for 2024 = I&T practitioners ÷ labour force × 1,000, rounded to two decimals, with the
# labour force the mean of the four provisional quarters of 2024:
#   (3,800,100 + 3,818,000 + 3,830,100 + 3,832,400) / 4 = 15,280,600 / 4 = 3,820,150
#   59,000 / 3,820,150 × 1,000 = 15.4444 → 15.44
PRACTITIONERS_2024 = (59_000, "ce_speech_2026_bastille", "about 59 000")
LABOUR_FORCE_2024 = [
    # (labour force, source, as printed there)
    (3_800_100, "hrm_labour_force_q1_2024", "3,800,100"),
    (3_818_000, "hrasia_labour_force_q3_2024", "3,818.0 thousand"),
    (3_830_100, "csd_labour_force_aug_oct_2024_reprint", "3 830 100"),
    (3_832_400, "gmteight_labour_force_q4_2024", "3,832,400"),
]
# Domains an analyst would distrust: cited only as a fallback beside a better-known copy.
MIRRORS = ("pvnzwc.cn", "theslickmastersfiles.com")

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
    assert len(derived) == len(GERD_PER_CAPITA) + len(PRIVATE_SHARE) + 1  # + 3.2 for 2024
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


def test_practitioners_per_labour_force_is_derived_from_quarterly_means(plan: Plan) -> None:
    """3.2 for 2024 = 59,000 ÷ mean of the four 2024 quarters × 1,000, inputs as printed."""
    count, count_source, count_printed = PRACTITIONERS_2024
    mean = sum(force for force, _, _ in LABOUR_FORCE_2024) / len(LABOUR_FORCE_2024)
    assert mean == 3_820_150
    obs = next(o for o in _indicator(plan, "3.2").observations if o.year == 2024)
    assert obs.value == round(count / mean * 1000, 2) == 15.44
    source = plan.sources[obs.source]
    assert source.grade is Grade.DERIVED
    assert source.description
    assert f"[{count_source}]" in source.description
    assert count_printed in (plan.sources[count_source].description or "")
    for force, key, printed in LABOUR_FORCE_2024:
        assert f"{force:,}" in source.description
        assert f"[{key}]" in source.description
        assert printed in (plan.sources[key].description or "")
    # The Blueprint's own 2020 value is the same formula on the annual labour force.
    assert round(45_310 / 3_918_500 * 1000, 2) == 11.56
    assert "3,918,500" in (plan.sources["scmp_labour_force_2022"].description or "")


def test_labour_force_note_says_the_targets_imply_a_shrinking_labour_force(plan: Plan) -> None:
    """60,000 ÷ 16.54 × 1,000 = 3.63 million; 100,000 ÷ 28.05 × 1,000 = 3.57 million (< 3.82)."""
    assert round(60_000 / 16.54 * 1000 / 1e6, 2) == 3.63
    assert round(100_000 / 28.05 * 1000 / 1e6, 2) == 3.57
    note = _indicator(plan, "3.2").note or ""
    assert "3.63 million" in note
    assert "3.57 million" in note
    assert "3.1 can be met while 3.2 is" in note


def test_startup_wire_copies_raise_the_grades(plan: Plan) -> None:
    """2.1's figures of 2023 and 2025 come from wire copies of the government release."""
    grades = {o.year: plan.sources[o.source].grade for o in _indicator(plan, "2.1").observations}
    assert grades[2023] is Grade.REPRINT
    assert grades[2025] is Grade.REPRINT
    assert plan.sources["investhk_startups_2021"].grade is Grade.OFFICIAL


def test_unicorn_count_of_2020_says_when_it_was_counted(plan: Plan) -> None:
    """2.2's 12 is the count in December 2022, when the Blueprint was written."""
    obs = next(o for o in _indicator(plan, "2.2").observations if o.year == 2020)
    assert obs.source == "blueprint"
    assert "《藍圖》亦提及現時本港有12間獨角獸企業" in (obs.note or "")
    assert "We already have eight unicorns" in (obs.note or "")


def test_mirror_domains_are_never_a_cited_url(plan: Plan) -> None:
    """No source's url is on a mirror domain; a mirror appears only as a named fallback."""
    for source in plan.sources.values():
        assert not any(domain in (source.url or "") for domain in MIRRORS), source.key


def test_every_indicator_has_a_figure_after_its_base_year(plan: Plan) -> None:
    """Since 3.2 was derived for 2024, every indicator can be assessed."""
    stale = [
        i.id
        for i in plan.indicators
        if max(o.year for o in i.observations) <= (i.baseline_year or 2020)
    ]
    assert stale == []
