"""Assess every indicator against every milestone: gaps, rates, progress and status.

Pure: takes a ``Plan``, returns a ``Report`` that every renderer reads, so the formats cannot
disagree. Rates are annual rates as fractions; changes are in the indicator's unit per year.
"""

from __future__ import annotations

from collections.abc import Collection

from hkit.assess import outlook, rates
from hkit.assess.growth import Growth, growth_of, projection
from hkit.assess.record import Outlook, Report, Row, RowTarget
from hkit.assess.untargeted import cited, row_without_target, unavailable_row, unusable_rows
from hkit.model import Indicator, Observation, Plan, Status, Target


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
        return unusable_rows(indicator, plan, milestones)
    known = [o for o in indicator.observations if as_of is None or o.year <= as_of]
    baseline_year = (
        indicator.baseline_year if indicator.baseline_year is not None else plan.baseline_year
    )
    base = choose_base(known, baseline_year)
    latest = known[-1] if known else None
    if not indicator.targets:
        # Asked for named milestones, a row without a target answers nothing.
        rows = [] if milestones is not None else [row_without_target(plan, indicator, base, latest)]
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
        rows = [row._replace(notes=(note, *row.notes)) for row in rows]
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
    targets = [t for t in indicator.targets if milestones is None or t.milestone in milestones]
    if not targets:  # --milestone left none: no growth to work out, no trend to fit
        return []
    if base is None or latest is None:
        return [
            unavailable_row(indicator, t.milestone, _row_target(plan, t), "no figure to assess")
            for t in targets
        ]
    shared = _Shared(plan, base, latest, known)
    return [
        _with_target(indicator, target, _row_target(plan, target), shared) for target in targets
    ]


def _row_target(plan: Plan, target: Target) -> RowTarget:
    """``target`` as a row judges it: at its milestone's data year."""
    return RowTarget(plan.milestones[target.milestone].data_year, target.value, target.comparator)


class _Shared:
    """What every row of one indicator reads alike, worked out once for all its milestones:
    the base and latest figures as cited, the growth between them, the figures known and
    the outlook's trend through those from the base to the latest (a plain class: a
    NamedTuple or a dataclass would cost more to define at every start)."""

    __slots__ = (
        "base",
        "cited_base",
        "cited_latest",
        "figures",
        "growth",
        "known",
        "latest",
        "trend",
    )

    def __init__(
        self, plan: Plan, base: Observation, latest: Observation, known: list[Observation]
    ) -> None:
        self.base, self.latest, self.known = base, latest, known
        self.cited_base = cited(base, plan.sources)
        self.cited_latest = cited(latest, plan.sources)
        self.growth = growth_of(base, latest)
        used = [(o.year, o.value) for o in known if base.year <= o.year <= latest.year]
        rate, change = self.growth.rate, self.growth.change
        pace = outlook.pace_of(rate=rate, change=change, zero_base=base.value == 0)
        self.trend = outlook.trend_of(used, pace)
        self.figures = len(used)

    def outlook_for(
        self, target: RowTarget, direction: int, *, decided: bool, achieved: bool
    ) -> Outlook:
        """The outlook of the row judged against ``target`` (``hkit.assess.outlook``)."""
        return outlook.from_trend(
            self.trend,
            self.figures,
            target,
            direction=direction,
            decided=decided,
            achieved=achieved,
        )


def choose_base(known: list[Observation], baseline_year: int | None) -> Observation | None:
    """The first observation at or after ``baseline_year``; if none, the earliest."""
    if not known:
        return None
    if baseline_year is not None:
        for obs in known:
            if obs.year >= baseline_year:
                return obs
    return known[0]


def _with_target(
    indicator: Indicator, target: Target, row_target: RowTarget, shared: _Shared
) -> Row:
    direction = indicator.direction.sign
    data_year, base, latest, known = row_target.year, shared.base, shared.latest, shared.known
    # Each row adds notes of its own to the indicator's growth: a copy of its own.
    growth = shared.growth.copy()
    notes = growth.notes
    target_value = _substituted(target.value, notes)
    decided = latest.year >= data_year
    judged = _judged(known, data_year, notes) if decided else latest
    achieved = rates.is_met(
        judged.value, target.value, comparator=target.comparator, direction=direction
    )
    plan_rate = _plan_rate(growth, base, target, target_value, data_year)
    years_left = max(data_year - latest.year, 0)
    required_rate = required_change = None
    if achieved and not decided:
        # Nothing is required: JSON says null, as every human output shows a dash.
        notes.append(f"the {target.milestone} target is already met: no growth is required")
    elif not decided:
        required_rate, required_change = _required(latest, target, target_value, years_left, notes)

    progress = _progress(growth, plan_rate, direction, achieved=achieved)
    status, score = _verdict(progress, achieved=achieved, decided=decided)

    projected, reach_year = projection(
        latest, target.value, years_left, growth, decided=decided, judged=judged
    )
    gap = rates.bounded(target.value - latest.value, "the gap", notes)
    if achieved:
        # A decided row is judged on its data year's figure: later ones do not count.
        reach_year = float(_first_met_year(known, judged.year, target, direction))
    # By position, in Row's order: keywords cost 4 µs a row, three times as much (timeit).
    return Row(
        indicator,
        target.milestone,
        shared.cited_base,
        shared.cited_latest,
        row_target,
        years_left,
        gap,
        plan_rate,
        growth.rate,  # actual_rate
        required_rate,
        required_change,
        growth.change,  # actual_change
        projected,
        reach_year,
        progress,
        score,
        status,
        tuple(notes),
        shared.outlook_for(row_target, direction, decided=decided, achieved=achieved),
    )


def _substituted(target: float, notes: list[str]) -> float:
    """The target as the rates use it: open-sdg replaces a target of 0 by 0.001."""
    if target != 0:
        return target
    notes.append(f"target is 0: rates use {rates.ZERO_SUBSTITUTE} instead, as open-sdg does")
    return rates.ZERO_SUBSTITUTE


def _plan_rate(
    growth: Growth, base: Observation, target: Target, target_value: float, data_year: int
) -> float | None:
    """The growth a year the plan implied, from the base figure to the target."""
    if data_year - base.year < 1:
        growth.notes.append(
            f"the target's data year {data_year} is not after the base year {base.year}"
        )
        return None
    plan_rate = rates.cagr(growth.base_value, target_value, years=data_year - base.year)
    if plan_rate is None:
        growth.notes.append(
            rates.undefined_rate(
                "base", base.value, "target", target.value, "the planned growth rate is"
            )
        )
    return plan_rate


def _required(
    latest: Observation, target: Target, target_value: float, years_left: int, notes: list[str]
) -> tuple[float | None, float | None]:
    """The growth rate and the absolute change a year now needed to reach the target."""
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
    return required_rate, required_change


def _progress(
    growth: Growth, plan_rate: float | None, direction: int, *, achieved: bool
) -> float | None:
    """open-sdg's method-2 progress P of a row with a target; None when undefined."""
    if growth.rate is None or plan_rate is None:
        return None
    progress = rates.progress_with_target(
        growth.rate, plan_rate, direction=direction, sign=growth.sign
    )
    if progress is None and not achieved:
        growth.notes.append("the target equals the base value: progress is undefined")
    return progress


def _verdict(
    progress: float | None, *, achieved: bool, decided: bool
) -> tuple[Status, float | None]:
    """Status and open-sdg score of a row with a target."""
    if achieved:
        return Status.TARGET_ACHIEVED, 5.0
    score = rates.score_with_target(progress) if progress is not None else None
    if decided:
        return Status.MISSED, score
    return rates.classify(progress, rates.TARGET_THRESHOLDS), score


def _judged(known: list[Observation], data_year: int, notes: list[str]) -> Observation:
    """The figure a decided milestone is judged on: its data year's, else the first after it."""
    judged = next(o for o in known if o.year >= data_year)
    if judged.year != data_year:
        notes.append(f"no figure for {data_year}: judged on {judged.year}")
    return judged


def _first_met_year(known: list[Observation], upto: int, target: Target, direction: int) -> int:
    """The year from which the target has been met in every later figure up to ``upto``."""
    figures = [obs for obs in known if obs.year <= upto]
    year = figures[-1].year
    for obs in reversed(figures):
        if not rates.is_met(
            obs.value, target.value, comparator=target.comparator, direction=direction
        ):
            break
        year = obs.year
    return year
