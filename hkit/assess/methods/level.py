"""The UNSD Progress Chart's level ratio: the projected change of level over the planned one.

Bounds from the UNSD Progress Chart technical note; docs/method.md, "Other methods".
"""

from __future__ import annotations

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

# UNSD Progress Chart: each class from its lower bound up (key, words, status), best first,
# then the class below the last bound.
LEVEL_CLASSES = (
    (0.95, "on_track", "On track", Status.SUBSTANTIAL_PROGRESS),
    (0.5, "moderate", "Moderate progress", Status.MODERATE_PROGRESS),
    (0.1, "marginal", "Marginal progress", Status.LIMITED_PROGRESS),
    (-0.1, "stagnation", "Stagnation", Status.LIMITED_PROGRESS),
)
LEVEL_BELOW = ("regression", "Regression", Status.DETERIORATION)


def level_class(ratio: float) -> tuple[str, str, Status]:
    """UNSD's class of a level ratio: its key, its words and the shared status."""
    ratio = round(ratio, CLASS_DIGITS)
    for bound, key, words, status in LEVEL_CLASSES:
        if ratio >= bound:
            return key, words, status
    return LEVEL_BELOW


def describe() -> MethodText:
    """The level ratio in words, with its classes' bounds."""
    bounds = [bound for bound, *_ in LEVEL_CLASSES]
    whens = [f"≥ {bounds[0]:g}"]
    whens += [f"{low:g} to {high:g}" for low, high in zip(bounds[1:], bounds, strict=False)]
    whens.append(f"< {bounds[-1]:g}")
    classes = [(words, status) for _, _, words, status in LEVEL_CLASSES]
    classes.append(LEVEL_BELOW[1:])
    return MethodText(
        Method.LEVEL.key,
        "UN Statistics Division, SDG Progress Chart",
        "(projected value − base) ÷ (target − base), projected at the current pace.",
        tuple(MethodClass(w, *c) for w, c in zip(whens, classes, strict=True)),
    )


def assess(row: Row, plan: Plan, known: list[Observation]) -> MethodResult:
    """UNSD: project the level at the current pace (the row's projection) and compare changes."""
    method = Method.LEVEL
    base, goal = row.baseline, row.target
    # hkit.assess.methods.evaluate has checked both.
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
