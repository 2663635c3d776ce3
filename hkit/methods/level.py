"""The UNSD Progress Chart's level ratio: the projected change of level over the planned one.

Bounds from the UNSD Progress Chart technical note; docs/method.md, "Other methods".
"""

from __future__ import annotations

from hkit.catalogue import Method
from hkit.methods.common import CLASS_DIGITS, level_ratio, unavailable
from hkit.model import Observation, Plan, Status
from hkit.record import MethodResult, Row

# UNSD Progress Chart: lower bounds of on track, moderate, marginal and stagnation.
LEVEL_BOUNDS = (0.95, 0.5, 0.1, -0.1)


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


def assess(row: Row, plan: Plan, known: list[Observation]) -> MethodResult:
    """UNSD: project the level at the current pace (the row's projection) and compare changes."""
    method = Method.LEVEL
    base, goal = row.baseline, row.target
    # hkit.methods.evaluate has checked both.
    assert base is not None
    assert goal is not None
    if row.projected is None:
        return unavailable(method, "unsd-level: no projection at the current pace")
    target = goal.value
    if (target - base.value) * row.indicator.direction.sign <= 0:
        return unavailable(
            method,
            "unsd-level: the target does not lie beyond the base value in the desired "
            "direction, so the level ratio is undefined",
        )
    ratio = level_ratio(base.value, row.projected, target)
    assert ratio is not None  # the target differs from the base: checked above
    klass, words, status = level_class(ratio)
    return MethodResult(method, ratio, status, klass, words, row.projected, row.reach_year)
