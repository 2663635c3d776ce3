"""Assess every indicator against every milestone: gaps, rates, progress and status.

Pure: takes a ``Plan``, returns a ``Report`` that every renderer reads, so the formats cannot
disagree. Rates are annual rates as fractions; changes are in the indicator's unit per year.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from hkit import rates
from hkit.model import Comparator, Indicator, Observation, Plan, Source, Target
from hkit.rates import Status

if TYPE_CHECKING:
    from hkit.methods import Method, MethodResult


@dataclass(frozen=True, slots=True)
class Point:
    """A figure used by the assessment, with where it came from."""

    year: int
    value: float
    source: str
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    """The target of one row: its value, the data year it is judged on, and how it is met."""

    year: int
    value: float
    comparator: Comparator


@dataclass(frozen=True, slots=True)
class Row:
    """One indicator against one milestone (or against no target); field names are the JSON's.

    Everything but the indicator defaults to "undefined", so a row that cannot be assessed
    names only what it knows.
    """

    indicator: Indicator
    milestone: str | None = None
    baseline: Point | None = None
    latest: Point | None = None
    target: Goal | None = None
    years_left: int | None = None
    gap: float | None = None
    plan_rate: float | None = None
    actual_rate: float | None = None
    required_rate: float | None = None
    required_change: float | None = None
    actual_change: float | None = None
    projected: float | None = None
    reach_year: float | None = None
    progress: float | None = None
    score: float | None = None
    status: Status = Status.NOT_AVAILABLE
    notes: tuple[str, ...] = ()
    # Verdicts of the methods asked for with --method (hkit.methods); empty by default.
    methods: tuple[MethodResult, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """The assessment of a whole plan, in file order."""

    title: str
    path: str
    as_of: int | None
    rows: tuple[Row, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    # The methods asked for with --method; empty means the default, open-sdg 2.4.0.
    methods: tuple[Method, ...] = ()


def assess(
    plan: Plan,
    *,
    as_of: int | None = None,
    milestones: Collection[str] | None = None,
    indicators: Collection[str] | None = None,
) -> Report:
    """Assess ``plan`` with the figures known at ``as_of`` (a year; None for all figures).

    ``milestones`` and ``indicators`` restrict the rows to those names and ids.
    """
    rows: list[Row] = []
    for indicator in plan.indicators:
        if indicators is not None and indicator.id not in indicators:
            continue
        rows.extend(assess_indicator(plan, indicator, as_of=as_of, milestones=milestones))
    return Report(plan.title, plan.path, as_of, tuple(rows), plan.sources)


def assess_indicator(
    plan: Plan,
    indicator: Indicator,
    *,
    as_of: int | None = None,
    milestones: Collection[str] | None = None,
) -> list[Row]:
    """The rows of one indicator: one per milestone it has a target for, else one without."""
    if indicator.unavailable is not None:
        return _unusable(indicator, plan, milestones)
    known = [o for o in indicator.observations if as_of is None or o.year <= as_of]
    baseline_year = (
        indicator.baseline_year if indicator.baseline_year is not None else plan.baseline_year
    )
    base = choose_base(known, baseline_year)
    latest = known[-1] if known else None
    if not indicator.targets:
        # Asked for named milestones, a row without a target answers nothing.
        rows = [] if milestones is not None else [_without_target(plan, indicator, base, latest)]
    else:
        rows = _target_rows(plan, indicator, milestones, base, latest, known)
    if base is not None and baseline_year is not None and base.year < baseline_year:
        # Say so rather than silently measure from an older figure (--as-of 2019 with a
        # baseline year of 2020 would otherwise compare against 2014 without a word).
        when = f" as of {as_of}" if as_of is not None else ""
        note = (
            f"no figure at or after the baseline year {baseline_year}{when}: "
            f"the base is the figure of {base.year}"
        )
        rows = [replace(row, notes=(note, *row.notes)) for row in rows]
    return rows


def _target_rows(
    plan: Plan,
    indicator: Indicator,
    milestones: Collection[str] | None,
    base: Observation | None,
    latest: Observation | None,
    known: list[Observation],
) -> list[Row]:
    """One row per milestone the indicator has a target for (only ``milestones``, if given)."""
    return [
        _with_target(
            plan,
            indicator,
            target,
            plan.milestones[target.milestone].data_year,
            base,
            latest,
            known,
        )
        for target in indicator.targets
        if milestones is None or target.milestone in milestones
    ]


def choose_base(known: list[Observation], baseline_year: int | None) -> Observation | None:
    """The first observation at or after ``baseline_year``; if none, the earliest."""
    if not known:
        return None
    if baseline_year is not None:
        for obs in known:
            if obs.year >= baseline_year:
                return obs
    return known[0]


def _point(obs: Observation | None, sources: dict[str, Source]) -> Point | None:
    if obs is None:
        return None
    source = sources.get(obs.source)
    return Point(obs.year, obs.value, obs.source, source.grade.value if source else None)


@dataclass(slots=True)
class _Growth:
    """What the base and latest figures say, shared by both methods."""

    sign: int
    base_value: float  # after open-sdg's 0 → 0.001 substitution
    actual_rate: float | None
    actual_change: float | None
    zero_base: bool
    notes: list[str]


def _growth(indicator: Indicator, base: Observation, latest: Observation) -> _Growth:
    notes: list[str] = []
    sign = -1 if base.value < 0 else 1
    base_value = base.value
    zero_base = base.value == 0
    if zero_base:
        base_value = rates.ZERO_SUBSTITUTE
        notes.append(
            f"base value is 0 in {base.year}: growth rates use {rates.ZERO_SUBSTITUTE} instead, "
            "as open-sdg does, and are not meaningful; read the absolute changes per year"
        )
    years = latest.year - base.year
    actual_rate = actual_change = None
    if years < 1:
        # Said plainly, because the table's "Latest" column then shows the base value itself.
        notes.append(f"no figure after {base.year}, so progress cannot be assessed")
    else:
        actual_change = rates.bounded(
            (latest.value - base.value) / years, "the actual change a year", notes
        )
        actual_rate = rates.cagr(base_value, latest.value, years=years)
        if actual_rate is None:
            notes.append(
                rates.undefined_rate("base", base.value, "latest", latest.value, "growth rates are")
            )
    return _Growth(sign, base_value, actual_rate, actual_change, zero_base, notes)


def _with_target(
    plan: Plan,
    indicator: Indicator,
    target: Target,
    data_year: int,
    base: Observation | None,
    latest: Observation | None,
    known: list[Observation],
) -> Row:
    goal = Goal(data_year, target.value, target.comparator)
    direction = indicator.direction.sign
    if base is None or latest is None:
        return _unavailable(indicator, target.milestone, goal, "no figure to assess")
    growth = _growth(indicator, base, latest)
    notes = growth.notes
    target_value = target.value
    if target_value == 0:
        target_value = rates.ZERO_SUBSTITUTE
        notes.append(f"target is 0: rates use {rates.ZERO_SUBSTITUTE} instead, as open-sdg does")

    decided = latest.year >= data_year
    judged = _judged(known, data_year) if decided else latest
    if decided and judged.year != data_year:
        notes.append(f"no figure for {data_year}: judged on {judged.year}")
    achieved = rates.is_met(
        judged.value, target.value, comparator=target.comparator, direction=direction
    )

    plan_rate = None
    if data_year - base.year >= 1:
        plan_rate = rates.cagr(growth.base_value, target_value, years=data_year - base.year)
        if plan_rate is None:
            notes.append(
                rates.undefined_rate(
                    "base", base.value, "target", target.value, "the planned growth rate is"
                )
            )
    else:
        notes.append(f"the target's data year {data_year} is not after the base year {base.year}")

    years_left = max(data_year - latest.year, 0)
    required_rate = required_change = None
    if not decided:
        required_change = rates.bounded(
            (target.value - latest.value) / years_left, "the change needed a year", notes
        )
        required_rate = rates.cagr(latest.value, target_value, years=years_left)
        if required_rate is None and latest.value == 0:
            notes.append("latest value is 0: the required growth rate is undefined")
        elif required_rate is None:
            notes.append(
                rates.undefined_rate(
                    "latest", latest.value, "target", target.value, "the required growth rate is"
                )
            )

    progress = None
    if growth.actual_rate is not None and plan_rate is not None:
        progress = rates.progress_with_target(
            growth.actual_rate, plan_rate, direction=direction, sign=growth.sign
        )
        if progress is None and not achieved:
            notes.append("the target equals the base value: progress is undefined")

    score: float | None
    if achieved:
        status, score = Status.TARGET_ACHIEVED, 5.0
    elif decided:
        status = Status.MISSED
        score = rates.score_with_target(progress) if progress is not None else None
    else:
        status = rates.classify(progress, rates.TARGET_THRESHOLDS)
        score = rates.score_with_target(progress) if progress is not None else None

    projected, reach_year = _projection(
        latest, target.value, years_left, growth, decided=decided, judged=judged
    )
    if projected is None and growth.actual_rate is not None and not decided:
        # compound() gives None only when the projection overflows.
        notes.append(f"the projected value is beyond {rates.FLOAT_RANGE}: it is null")
    gap = rates.bounded(target.value - latest.value, "the gap", notes)
    if achieved:
        # A decided row is judged on its data year's figure: later ones do not count.
        upto = [obs for obs in known if obs.year <= judged.year]
        reach_year = float(_first_met_year(upto, target, direction))
    return Row(
        indicator=indicator,
        milestone=target.milestone,
        baseline=_point(base, plan.sources),
        latest=_point(latest, plan.sources),
        target=goal,
        years_left=years_left,
        gap=gap,
        plan_rate=plan_rate,
        actual_rate=growth.actual_rate,
        required_rate=required_rate,
        required_change=required_change,
        actual_change=growth.actual_change,
        projected=projected,
        reach_year=reach_year,
        progress=progress,
        score=score,
        status=status,
        notes=tuple(notes),
    )


def _judged(known: list[Observation], data_year: int) -> Observation:
    """The figure a decided milestone is judged on: its data year's, else the first after it."""
    return next(o for o in known if o.year >= data_year)


def _first_met_year(known: list[Observation], target: Target, direction: int) -> int:
    """The year from which the target has been met in every later figure."""
    year = known[-1].year
    for obs in reversed(known):
        if not rates.is_met(
            obs.value, target.value, comparator=target.comparator, direction=direction
        ):
            break
        year = obs.year
    return year


def _projection(
    latest: Observation,
    target: float,
    years_left: int,
    growth: _Growth,
    *,
    decided: bool,
    judged: Observation,
) -> tuple[float | None, float | None]:
    """Projected value at the data year and the year the target is reached at the current pace.

    With a zero base the growth rate is an artefact of the 0.001 substitute, so both use the
    average absolute change per year instead (the linear variant of the method).
    """
    if decided:
        projected: float | None = judged.value
    elif growth.zero_base and growth.actual_change is not None:
        projected = rates.finite(latest.value + growth.actual_change * years_left)
    elif growth.actual_rate is not None:
        projected = rates.compound(latest.value, growth.actual_rate, years_left)
    else:
        projected = None
    if growth.zero_base and growth.actual_change is not None:
        reach = rates.reach_year_linear(
            latest.value, target, year=latest.year, change=growth.actual_change
        )
    elif growth.actual_rate is not None:
        reach = rates.reach_year_geometric(
            latest.value, target, year=latest.year, rate=growth.actual_rate
        )
    else:
        reach = None
    return projected, reach


def _without_target(
    plan: Plan, indicator: Indicator, base: Observation | None, latest: Observation | None
) -> Row:
    """Method 1: judge the growth rate itself, with thresholds scaled near a natural limit."""
    if base is None or latest is None:
        return _unavailable(indicator, None, None, "no figure to assess")
    growth = _growth(indicator, base, latest)
    notes = growth.notes
    coefficient = 1.0
    if indicator.limit is not None:
        coefficient = rates.limit_coefficient(base.value, indicator.limit)
        beyond = (
            (base.value > indicator.limit)
            if indicator.direction.sign > 0
            else (base.value < indicator.limit)
        )
        if beyond:
            notes.append(
                f"base value {base.value:g} is already beyond the limit {indicator.limit:g}: "
                "progress may be misleading"
            )
    progress = score = None
    if growth.actual_rate is not None:
        progress = rates.progress_without_target(
            growth.actual_rate, direction=indicator.direction.sign, sign=growth.sign
        )
        score = rates.score_without_target(progress, coefficient=coefficient)
    status = rates.classify(progress, rates.scaled(rates.NO_TARGET_THRESHOLDS, coefficient))
    return Row(
        indicator=indicator,
        baseline=_point(base, plan.sources),
        latest=_point(latest, plan.sources),
        actual_rate=growth.actual_rate,
        actual_change=growth.actual_change,
        progress=progress,
        score=score,
        status=status,
        notes=tuple(notes),
    )


def _unusable(indicator: Indicator, plan: Plan, milestones: Collection[str] | None) -> list[Row]:
    """Rows that only say why the indicator could not be read into something assessable."""
    why = indicator.unavailable or ""
    if not indicator.targets:
        return [] if milestones is not None else [_unavailable(indicator, None, None, why)]
    return [
        _unavailable(
            indicator,
            t.milestone,
            Goal(plan.milestones[t.milestone].data_year, t.value, t.comparator),
            why,
        )
        for t in indicator.targets
        if milestones is None or t.milestone in milestones
    ]


def _unavailable(indicator: Indicator, milestone: str | None, goal: Goal | None, why: str) -> Row:
    return Row(indicator=indicator, milestone=milestone, target=goal, notes=(why,))
