"""The official progress methods side by side: open-sdg's rate ratio and three others.

Pure: each method reads an assessed ``Row`` (and the indicator's figures) and returns a
``MethodResult``: the method's own measure, its own class and words, and the shared ``Status``
that ``--check`` and the colours use. Every measure is scaled so that 1 means "reaches the
target": the rate ratio P, the UNSD level ratio, the share of the remaining distance the
German weather's extrapolation covers, and ESCAP's anticipated-progress ratio.
Sources and thresholds: ``methodology.md`` section 2 and the README's "Other methods".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from hkit import rates
from hkit.model import Observation, Plan, Target
from hkit.rates import Status

if TYPE_CHECKING:
    from hkit.compute import Goal, Point, Report, Row


class Method(StrEnum):
    """The methods a user can ask for by name with ``--method``."""

    RATE = "rate"
    LEVEL = "level"
    WEATHER = "weather"
    REGRESSION = "regression"

    @property
    def key(self) -> str:
        """The method's short name in tables and the JSON ``method`` field."""
        return _TITLES[self]


_TITLES = {
    Method.RATE: rates.METHOD_KEY,
    Method.LEVEL: "unsd-level",
    Method.WEATHER: "de-weather",
    Method.REGRESSION: "escap-regression",
}
ALL_METHODS = tuple(Method)

# UNSD Progress Chart: lower bounds of on track, moderate, marginal and stagnation.
LEVEL_BOUNDS = (0.95, 0.5, 0.1, -0.1)
# German strategy: the target is missed by less than 5 % (sun) or at most 20 % (sun behind
# cloud) of the distance between the target and the current value.
WEATHER_SUN, WEATHER_SUN_CLOUD = 0.05, 0.20
# German strategy: the average change of the last five years, from the last six figures; hkit
# asks for at least four of them, since few series are annual without gaps.
WEATHER_YEARS, WEATHER_MIN_POINTS = 5, 4
# ESCAP: a regression through fewer than three figures is no trend.
REGRESSION_MIN_POINTS = 3
# Measures are rounded to this many decimals before they meet their class bounds, so that the
# last bit of a fit or a power (0.9999999999 for an exact 1) cannot flip a class.
CLASS_DIGITS = 9


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One method's verdict on one row.

    ``value`` is the method's measure (1 = reaches the target), ``klass`` its own class
    (``sun``, ``stagnation``...), ``projected`` the value it expects at the target's data year
    and ``reach_year`` when it expects the target to be reached (None if never).
    """

    method: Method
    value: float | None
    status: Status
    klass: str
    label: str
    projected: float | None = None
    reach_year: float | None = None
    judged_against: str | None = None
    notes: tuple[str, ...] = ()


def evaluate(method: Method, row: Row, plan: Plan, *, as_of: int | None) -> MethodResult:
    """Apply ``method`` to ``row``; ``as_of`` limits the figures used (None for all)."""
    if method is Method.RATE:
        # The default method is the row itself (hkit.compute implements open-sdg 2.4.0).
        return MethodResult(
            method,
            row.progress,
            row.status,
            row.status.value,
            row.status.label,
            row.projected,
            row.reach_year,
        )
    settled = _settled(method, row)
    if settled is not None:
        return settled
    if row.target is None or row.baseline is None or row.latest is None:
        why = "needs a target" if row.target is None else "has no figure to assess"
        return _unavailable(method, f"{method.key}: the method {why}")
    known = _known(row, as_of)
    if method is Method.LEVEL:
        result = assess_level(row, base=row.baseline, goal=row.target)
    elif method is Method.WEATHER:
        result = assess_weather(row, plan, known)
    else:
        result = assess_regression(row, known, base=row.baseline, goal=row.target)
    return _in_range(result)


def _in_range(result: MethodResult) -> MethodResult:
    """The result with no NaN or infinity: figures near the float limits can overflow."""
    key = result.method.key
    if result.value is not None and not math.isfinite(result.value):
        return _unavailable(result.method, f"{key}: its measure is beyond {rates.FLOAT_RANGE}")
    notes = list(result.notes)
    projected = rates.bounded(result.projected, f"{key}: the projected value", notes)
    reach = rates.bounded(result.reach_year, f"{key}: the year of reaching the target", notes)
    if len(notes) == len(result.notes):
        return result
    return replace(result, projected=projected, reach_year=reach, notes=tuple(notes))


def apply_methods(report: Report, plan: Plan, methods: Sequence[Method]) -> Report:
    """The report with each row's ``methods`` filled in.

    With one method other than ``rate`` its verdict takes the row's SPEC fields (progress,
    status, projected, reach_year; the open-sdg score is dropped), so that ``--check`` and
    every format follow the method asked for.
    """
    rows = []
    for row in report.rows:
        results = tuple(evaluate(m, row, plan, as_of=report.as_of) for m in methods)
        if len(results) == 1 and results[0].method is not Method.RATE:
            chosen = results[0]
            row = replace(
                row,
                progress=chosen.value,
                score=None,
                status=chosen.status,
                projected=chosen.projected,
                reach_year=chosen.reach_year,
                notes=row.notes + chosen.notes,
                methods=results,
            )
        else:
            row = replace(row, methods=results)
        rows.append(row)
    return replace(report, rows=tuple(rows), methods=tuple(methods))


def label(row: Row) -> str:
    """The status words of a row: the chosen method's own when one was asked for."""
    if len(row.methods) == 1:
        return row.methods[0].label
    return row.status.label


def _settled(method: Method, row: Row) -> MethodResult | None:
    """A met target or a decided milestone is a fact, the same for every method."""
    if row.status in (Status.TARGET_ACHIEVED, Status.MISSED):
        return MethodResult(
            method, None, row.status, row.status.value, row.status.label, row.projected
        )
    return None


def _unavailable(method: Method, why: str) -> MethodResult:
    status = Status.NOT_AVAILABLE
    return MethodResult(method, None, status, status.value, status.label, notes=(why,))


def _known(row: Row, as_of: int | None) -> list[Observation]:
    return [o for o in row.indicator.observations if as_of is None or o.year <= as_of]


# --- UNSD Progress Chart: the level ratio -------------------------------------------------


def level_ratio(base: float, projected: float, target: float) -> float | None:
    """(projected − base) / (target − base): the share of the planned change of level that the
    current pace delivers by the target year (None when the target equals the base)."""
    if target == base:
        return None
    return (projected - base) / (target - base)


def level_class(ratio: float) -> tuple[str, str, Status]:
    """UNSD's class of a level ratio: its key, its words and the shared status."""
    on_track, moderate, marginal, stagnation = LEVEL_BOUNDS
    ratio = round(ratio, CLASS_DIGITS)
    if ratio >= on_track:
        return "on_track", "On track", Status.SUBSTANTIAL_PROGRESS
    if ratio >= moderate:
        return "moderate", "Moderate progress", Status.MODERATE_PROGRESS
    if ratio >= marginal:
        return "marginal", "Marginal progress", Status.LIMITED_PROGRESS
    if ratio >= stagnation:
        return "stagnation", "Stagnation", Status.LIMITED_PROGRESS
    return "regression", "Regression", Status.DETERIORATION


def assess_level(row: Row, *, base: Point, goal: Goal) -> MethodResult:
    """UNSD: project the level at the current pace (the row's projection) and compare changes."""
    method = Method.LEVEL
    if row.projected is None:
        return _unavailable(method, "unsd-level: no projection at the current pace")
    target = goal.value
    if (target - base.value) * row.indicator.direction.sign <= 0:
        return _unavailable(
            method,
            "unsd-level: the target does not lie beyond the base value in the desired "
            "direction, so the level ratio is undefined",
        )
    ratio = level_ratio(base.value, row.projected, target)
    assert ratio is not None  # the target differs from the base: checked above
    klass, words, status = level_class(ratio)
    return MethodResult(method, ratio, status, klass, words, row.projected, row.reach_year)


# --- German Sustainable Development Strategy: the weather ----------------------------------


def weather_share(latest: float, projected: float, target: float) -> float:
    """Share of the distance from ``latest`` to ``target`` covered by ``projected`` (1 = met)."""
    return (projected - latest) / (target - latest)


def weather_class(share: float, *, towards: bool) -> tuple[str, str, Status]:
    """The weather of a covered share; ``towards`` is False when the trend does not move
    towards the target (the distance stays as high or grows)."""
    if not towards:
        return "thunderstorm", "Thunderstorm", Status.DETERIORATION
    missed = round(1 - share, CLASS_DIGITS)  # the share of the distance still left
    if missed < WEATHER_SUN:
        return "sun", "Sun", Status.SUBSTANTIAL_PROGRESS
    if missed <= WEATHER_SUN_CLOUD:
        return "sun_behind_cloud", "Sun behind cloud", Status.MODERATE_PROGRESS
    return "cloud", "Cloud", Status.LIMITED_PROGRESS


def next_target(row: Row, plan: Plan, latest: Observation) -> Target:
    """The milestone the weather is judged against: the earliest one still ahead and not met."""
    direction = row.indicator.direction.sign
    ahead = [
        t
        for t in row.indicator.targets
        if plan.milestones[t.milestone].data_year > latest.year
        and not rates.is_met(latest.value, t.value, comparator=t.comparator, direction=direction)
    ]
    ahead.sort(key=lambda t: plan.milestones[t.milestone].data_year)
    own = next(t for t in row.indicator.targets if t.milestone == row.milestone)
    return ahead[0] if ahead else own


def assess_weather(row: Row, plan: Plan, known: list[Observation]) -> MethodResult:
    """German strategy: extrapolate the average change of the last five years to the next
    milestone's data year and see how much of the remaining distance it covers."""
    method = Method.WEATHER
    latest = known[-1]
    window = [o for o in known if o.year >= latest.year - WEATHER_YEARS]
    first = window[0]
    if len(window) < WEATHER_MIN_POINTS:
        return _unavailable(
            method,
            f"de-weather: needs {WEATHER_MIN_POINTS} figures in the five years "
            f"{latest.year - WEATHER_YEARS}–{latest.year}; there are {len(window)}",
        )
    change = (latest.value - first.value) / (latest.year - first.year)
    target = next_target(row, plan, latest)
    data_year = plan.milestones[target.milestone].data_year
    projected = latest.value + change * (data_year - latest.year)
    share = weather_share(latest.value, projected, target.value)
    towards = change * row.indicator.direction.sign > 0
    klass, words, status = weather_class(share, towards=towards)
    notes: tuple[str, ...] = ()
    if target.milestone != row.milestone:
        notes = (
            f"de-weather: judged against the next milestone, {target.milestone}, "
            "as the German strategy does",
        )
    reach = rates.reach_year_linear(latest.value, target.value, year=latest.year, change=change)
    return MethodResult(
        method, share, status, klass, words, projected, reach, target.milestone, notes
    )


# --- UN ESCAP: time-weighted linear regression -----------------------------------------------


def weighted_fit(
    points: Sequence[tuple[float, float]], *, target_year: float
) -> tuple[float, float]:
    """Intercept and slope (unit per year) of the least-squares line through ``points``
    (year, value), each weighted ``(target_year − first year) / (target_year − year)`` so
    that recent figures count more. Needs two distinct years before ``target_year``."""
    first = min(year for year, _ in points)
    weights = [(target_year - first) / (target_year - year) for year, _ in points]
    total = sum(weights)
    mean_t = sum(w * t for w, (t, _) in zip(weights, points, strict=True)) / total
    mean_y = sum(w * y for w, (_, y) in zip(weights, points, strict=True)) / total
    sxx = sum(w * (t - mean_t) ** 2 for w, (t, _) in zip(weights, points, strict=True))
    sxy = sum(w * (t - mean_t) * (y - mean_y) for w, (t, y) in zip(weights, points, strict=True))
    slope = sxy / sxx
    return mean_y - slope * mean_t, slope


def regression_class(ratio: float, *, towards: bool) -> tuple[str, str, Status]:
    """ESCAP's class: maintain (the fitted trend reaches the target), accelerate (it moves
    towards it too slowly) or reverse (it moves away, or not at all)."""
    if not towards:
        return "reverse", "Reverse trend", Status.DETERIORATION
    if round(ratio, CLASS_DIGITS) >= 1:
        return "maintain", "Maintain progress", Status.SUBSTANTIAL_PROGRESS
    return "accelerate", "Accelerate progress", Status.MODERATE_PROGRESS


def assess_regression(
    row: Row, known: list[Observation], *, base: Point, goal: Goal
) -> MethodResult:
    """ESCAP: predict the target-year value with a time-weighted linear fit of the figures
    since the base year; the anticipated-progress ratio compares it with the planned change."""
    method = Method.REGRESSION
    since = [o for o in known if o.year >= base.year]
    if len(since) < REGRESSION_MIN_POINTS:
        return _unavailable(
            method,
            f"escap-regression: needs {REGRESSION_MIN_POINTS} or more figures since the base "
            f"year {base.year}; there {'is' if len(since) == 1 else 'are'} {len(since)}",
        )
    target = goal.value
    intercept, slope = weighted_fit([(o.year, o.value) for o in since], target_year=goal.year)
    projected = intercept + slope * goal.year
    ratio = level_ratio(base.value, projected, target)
    if ratio is None or (target - base.value) * row.indicator.direction.sign <= 0:
        return _unavailable(
            method,
            "escap-regression: the target does not lie beyond the base value in the desired "
            "direction, so anticipated progress is undefined",
        )
    towards = slope * row.indicator.direction.sign > 0
    klass, words, status = regression_class(ratio, towards=towards)
    # The year the fitted line crosses the target; never before the latest figure.
    reach = max((target - intercept) / slope, since[-1].year) if towards else None
    return MethodResult(method, ratio, status, klass, words, projected, reach)
