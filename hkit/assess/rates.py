"""The numbers of the method: growth rates, the open-sdg 2.4.0 progress score and status.

Pure functions on floats, no I/O. Rates are annual rates as fractions (0.056 = 5.6 %/yr).
The constants and branches follow ``sdg/ProgressMeasure.py`` of open-sdg/sdg-build 2.4.0
(Statistics Canada's method); see docs/method.md.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from hkit.model import Status

# open-sdg replaces a base value or a target of 0 by this: a growth rate from 0 is undefined.
ZERO_SUBSTITUTE = 0.001

# Exponent of the natural-limit coefficient in open-sdg's method 1.
LIMIT_EXPONENT = 4.44

# A target "about T" is met within this fraction of T, on the side the indicator should not
# overshoot: "about 5 000" for an increasing indicator is met from 4 875 up.
ABOUT_TOLERANCE = 0.025


class Thresholds(NamedTuple):
    """Lower bounds of the substantial, moderate and limited classes."""

    high: float
    med: float
    low: float


# Method 2 (a target): P is the ratio of the observed to the planned growth rate.
TARGET_THRESHOLDS = Thresholds(high=0.95, med=0.6, low=0.0)
# Method 1 (no target): P is the observed growth rate itself, before the limit factor.
NO_TARGET_THRESHOLDS = Thresholds(high=0.015, med=0.005, low=0.0)


def cagr(start: float, end: float, *, years: float) -> float | None:
    """Compound annual growth rate from ``start`` to ``end`` over ``years``, as a fraction.

    None when it is undefined: no time between the two, a start of 0, or values of opposite
    signs (the ratio would be negative). An end of 0 gives -1 (everything lost).
    """
    if years <= 0 or start == 0:
        return None
    ratio = end / start
    if ratio < 0 or not math.isfinite(ratio):
        return None
    if ratio == 0:
        return -1.0
    try:
        return finite(math.exp(math.log(ratio) / years) - 1.0)
    except OverflowError:
        return None


def finite(value: float | None) -> float | None:
    """``value`` if it is a finite number, else None (extreme inputs can overflow)."""
    return value if value is not None and math.isfinite(value) else None


# What a quantity beyond the range of a float is called in notes.
FLOAT_RANGE = "the range of numbers hkit computes with (about ±1.8e308)"


def bounded(value: float | None, what: str, notes: list[str]) -> float | None:
    """``value`` if it is finite; else None, with a note that ``what`` overflowed (output never
    holds NaN or infinity)."""
    if value is None or math.isfinite(value):
        return value
    notes.append(f"{what} is beyond {FLOAT_RANGE}: it is null")
    return None


def undefined_rate(first: str, start: float, second: str, end: float, what: str) -> str:
    """Why a growth rate from ``start`` to ``end`` is undefined: opposite signs, or a ratio
    or a rate beyond the range of a float (1e-300 to 1e300 has no sign problem)."""
    if (start < 0) != (end < 0) and start != 0 and end != 0:
        return f"{first} ({start:g}) and {second} ({end:g}) have opposite signs: {what} undefined"
    return (
        f"{what} undefined: the growth from {first} ({start:g}) to {second} ({end:g}) is "
        f"beyond {FLOAT_RANGE}"
    )


def compound(value: float, rate: float, years: float) -> float | None:
    """``value`` grown at ``rate`` a year for ``years``; None if that overflows."""
    try:
        return finite(value * (1 + rate) ** years)
    except OverflowError:
        return None


def progress_with_target(
    actual_rate: float, plan_rate: float, *, direction: int, sign: int
) -> float | None:
    """Method 2 progress P = s·d·actual_rate / |plan_rate| (None when the plan rate is 0)."""
    if plan_rate == 0:
        return None
    return finite(sign * direction * actual_rate / abs(plan_rate))


def progress_without_target(actual_rate: float, *, direction: int, sign: int) -> float:
    """Method 1 progress P = s·d·actual_rate."""
    return sign * direction * actual_rate


def limit_coefficient(base: float, limit: float) -> float:
    """open-sdg's factor C in [0, 1] that shrinks the method-1 thresholds near a natural limit."""
    b, lim = abs(base), abs(limit)
    # Checked first so that a base and a limit of 0 give 1, as in the reference code.
    if b >= 2 * lim:
        return 1.0
    if b <= lim:
        return float(1 - (b / lim) ** LIMIT_EXPONENT)
    return float(1 - ((2 * lim - b) / lim) ** LIMIT_EXPONENT)


def score_with_target(progress: float) -> float:
    """Method 2 score in [-5, 5], with open-sdg's rounded constants (50/7, 30/7, 25/6)."""
    if progress >= TARGET_THRESHOLDS.med:
        return min(7.1429 * progress - 4.2857, 5.0)
    return max(4.1667 * progress - 2.5, -5.0)


def score_without_target(progress: float, *, coefficient: float = 1.0) -> float:
    """Method 1 score in [-5, 5]; ``coefficient`` is the limit factor C (1 without a limit)."""
    high = NO_TARGET_THRESHOLDS.high * coefficient
    med = NO_TARGET_THRESHOLDS.med * coefficient
    if progress < 0:
        return max(125 * progress - 2.5, -5.0)
    if coefficient == 0:
        # The base sits on the limit and is kept there or bettered.
        return 5.0
    if progress >= high:
        return min(500 * progress / coefficient - 5, 5.0)
    if progress >= med:
        return 250 * progress / coefficient - 1.25
    return 500 * progress / coefficient - 2.5


def classify(progress: float | None, thresholds: Thresholds) -> Status:
    """The open-sdg class of a progress value (the target-achieved check comes before this)."""
    if progress is None:
        return Status.NOT_AVAILABLE
    if progress >= thresholds.high:
        return Status.SUBSTANTIAL_PROGRESS
    if progress >= thresholds.med:
        return Status.MODERATE_PROGRESS
    if progress >= thresholds.low:
        return Status.LIMITED_PROGRESS
    return Status.DETERIORATION


def scaled(thresholds: Thresholds, coefficient: float) -> Thresholds:
    """Thresholds multiplied by the limit factor C."""
    return Thresholds(
        high=thresholds.high * coefficient,
        med=thresholds.med * coefficient,
        low=thresholds.low * coefficient,
    )


def is_met(value: float, target: float, *, comparator: str, direction: int) -> bool:
    """Whether ``value`` meets ``target`` under its comparator.

    ``about`` is met within ``ABOUT_TOLERANCE`` of the target on the side short of it, and
    anywhere beyond it in the desired direction.
    """
    if comparator == "at_least":
        return value >= target
    if comparator == "at_most":
        return value <= target
    slack = ABOUT_TOLERANCE * abs(target)
    return value >= target - slack if direction > 0 else value <= target + slack


def reach_year_geometric(latest: float, target: float, *, year: float, rate: float) -> float | None:
    """Year at which ``latest`` compounded at ``rate`` reaches ``target`` (None if never)."""
    if rate <= -1 or rate == 0 or latest == 0:
        return None
    ratio = target / latest
    if ratio <= 0:
        return None
    years = math.log(ratio) / math.log1p(rate)
    return finite(year + years) if years >= 0 else None


def reach_year_linear(latest: float, target: float, *, year: float, change: float) -> float | None:
    """Year at which ``latest`` moving by ``change`` a year reaches ``target`` (None if never)."""
    if change == 0:
        return None
    years = (target - latest) / change
    return finite(year + years) if years >= 0 else None


def at_current_pace(
    value: float,
    years: float,
    *,
    rate: float | None,
    change: float | None,
    zero_base: bool,
) -> float | None:
    """``value`` carried on for ``years`` at the current pace: compounded at ``rate`` (a
    fraction a year), or moved by ``change`` (unit a year) when the base was 0 and the rate is
    an artefact of the 0.001 substitute. None when neither is defined or it overflows."""
    if zero_base and change is not None:
        return finite(value + change * years)
    if rate is not None:
        return compound(value, rate, years)
    return None
