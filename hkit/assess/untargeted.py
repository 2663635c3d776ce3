"""Rows without a target to judge against: method 1 of open-sdg 2.4.0 (the growth rate itself),
and rows that only say why an indicator cannot be assessed. ``hkit.assess.compute`` builds the rest.
"""

from __future__ import annotations

from collections.abc import Collection

from hkit.assess import rates
from hkit.assess.growth import growth_of
from hkit.assess.record import Outlook, Row, RowObservation, RowTarget
from hkit.model import Indicator, Observation, Plan, Source


def cited(obs: Observation | None, sources: dict[str, Source]) -> RowObservation | None:
    """``obs`` as a row cites it: with its source's grade."""
    if obs is None:
        return None
    source = sources.get(obs.source)
    return RowObservation(obs.year, obs.value, obs.source, source.grade.value if source else None)


def row_without_target(
    plan: Plan, indicator: Indicator, base: Observation | None, latest: Observation | None
) -> Row:
    """Method 1: judge the growth rate itself, with thresholds scaled near a natural limit."""
    if base is None or latest is None:
        return unavailable_row(indicator, None, None, "no figure to assess")
    growth = growth_of(base, latest)
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
    if growth.rate is not None:
        progress = rates.progress_without_target(
            growth.rate, direction=indicator.direction.sign, sign=growth.sign
        )
        score = rates.score_without_target(progress, coefficient=coefficient)
    status = rates.classify(progress, rates.scaled(rates.NO_TARGET_THRESHOLDS, coefficient))
    return Row(
        indicator=indicator,
        baseline=cited(base, plan.sources),
        latest=cited(latest, plan.sources),
        actual_rate=growth.rate,
        actual_change=growth.change,
        progress=progress,
        score=score,
        status=status,
        notes=tuple(notes),
    )


def unusable_rows(
    indicator: Indicator, plan: Plan, milestones: Collection[str] | None
) -> list[Row]:
    """Rows that only say why the indicator could not be read into something assessable."""
    why = indicator.unavailable or ""
    if not indicator.targets:
        return [] if milestones is not None else [unavailable_row(indicator, None, None, why)]
    return [
        unavailable_row(
            indicator,
            t.milestone,
            RowTarget(plan.milestones[t.milestone].data_year, t.value, t.comparator),
            why,
        )
        for t in indicator.targets
        if milestones is None or t.milestone in milestones
    ]


def unavailable_row(
    indicator: Indicator, milestone: str | None, row_target: RowTarget | None, why: str
) -> Row:
    """A row that says only why it cannot be assessed (``why``, its one note, which its
    outlook repeats when it has a target)."""
    outlook = Outlook(note=why) if row_target is not None else None
    return Row(
        indicator=indicator, milestone=milestone, target=row_target, notes=(why,), outlook=outlook
    )
