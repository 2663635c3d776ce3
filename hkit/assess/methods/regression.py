"""UN ESCAP's anticipated progress: a time-weighted linear fit of the figures since the base
year, carried to the target year, against the planned change.

Method from ESCAP's Asia and the Pacific SDG Progress Report; docs/method.md, "Other methods".
"""

from __future__ import annotations

from collections.abc import Sequence

from hkit.assess.catalogue import Method
from hkit.assess.methods.common import (
    CLASS_DIGITS,
    MethodClass,
    MethodText,
    level_ratio,
    unavailable,
)
from hkit.assess.record import MethodResult, Row
from hkit.model import Observation, Plan, Status

# ESCAP: a regression through fewer than three figures is no trend.
REGRESSION_MIN_POINTS = 3


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


# ESCAP's classes, best first: key, when it applies, words and the shared status.
REGRESSION_CLASSES = {
    "maintain": (
        "the fitted trend reaches the target",
        "Maintain progress",
        Status.SUBSTANTIAL_PROGRESS,
    ),
    "accelerate": ("moves towards it too slowly", "Accelerate progress", Status.MODERATE_PROGRESS),
    "reverse": ("moves away or not at all", "Reverse trend", Status.DETERIORATION),
}


def regression_class(ratio: float, *, towards: bool) -> tuple[str, str, Status]:
    """ESCAP's class: maintain (the fitted trend reaches the target), accelerate (it moves
    towards it too slowly) or reverse (it moves away, or not at all)."""
    if not towards:
        key = "reverse"
    else:
        key = "maintain" if round(ratio, CLASS_DIGITS) >= 1 else "accelerate"
    _, words, status = REGRESSION_CLASSES[key]
    return key, words, status


def describe() -> MethodText:
    """The anticipated-progress ratio in words, with its classes."""
    return MethodText(
        Method.REGRESSION.key,
        "UN ESCAP, Asia-Pacific SDG Progress Report (anticipated progress)",
        "A time-weighted linear fit of the figures since the base year (at least "
        f"{REGRESSION_MIN_POINTS}), read at the target's data year.",
        tuple(MethodClass(*c) for c in REGRESSION_CLASSES.values()),
    )


def assess(row: Row, plan: Plan, known: list[Observation]) -> MethodResult:
    """ESCAP: predict the target-year value with a time-weighted linear fit of the figures
    since the base year; the anticipated-progress ratio compares it with the planned change."""
    method = Method.REGRESSION
    base, goal = row.baseline, row.target
    # hkit.assess.methods.evaluate has checked both.
    assert base is not None
    assert goal is not None
    since = [o for o in known if o.year >= base.year]
    if len(since) < REGRESSION_MIN_POINTS:
        return unavailable(
            method,
            f"escap-regression: needs {REGRESSION_MIN_POINTS} or more figures since the base "
            f"year {base.year}; there {'is' if len(since) == 1 else 'are'} {len(since)}",
        )
    target = goal.value
    intercept, slope = weighted_fit([(o.year, o.value) for o in since], target_year=goal.year)
    projected = intercept + slope * goal.year
    ratio = level_ratio(base.value, projected, target)
    if ratio is None or (target - base.value) * row.indicator.direction.sign <= 0:
        return unavailable(
            method,
            "escap-regression: the target does not lie beyond the base value in the desired "
            "direction, so anticipated progress is undefined",
        )
    towards = slope * row.indicator.direction.sign > 0
    klass, words, status = regression_class(ratio, towards=towards)
    # The year the fitted line crosses the target; never before the latest figure.
    reach = max((target - intercept) / slope, since[-1].year) if towards else None
    return MethodResult(method, ratio, status, klass, words, projected, reach)
