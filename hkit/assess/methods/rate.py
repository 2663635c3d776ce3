"""open-sdg 2.4.0's rate ratio, the default method, in words: ``hkit.assess.compute`` and
``hkit.assess.rates`` judge the rows with it; this module only describes it (``hkit report``),
from the thresholds those modules judge with and the statuses' own words."""

from __future__ import annotations

from hkit.assess.catalogue import Method
from hkit.assess.methods.common import MethodClass, MethodText
from hkit.assess.rates import NO_TARGET_THRESHOLDS, TARGET_THRESHOLDS
from hkit.model import Status

# Best first, from the lowest bound named by each threshold up.
_CLASSES = (
    Status.SUBSTANTIAL_PROGRESS,
    Status.MODERATE_PROGRESS,
    Status.LIMITED_PROGRESS,
    Status.DETERIORATION,
)


def describe() -> MethodText:
    """The rate ratio in words, with and without a target."""
    t, n = TARGET_THRESHOLDS, NO_TARGET_THRESHOLDS
    with_target = (
        f"P ≥ {t.high:g}",
        f"{t.med:g} ≤ P < {t.high:g}",
        f"{t.low:g} ≤ P < {t.med:g}",
        f"P < {t.low:g}",
    )
    without = (
        f"growth ≥ {n.high:.1%}/yr",
        f"growth ≥ {n.med:.1%}/yr",
        f"growth ≥ {n.low:.1%}/yr",
        f"growth < {n.low:.1%}/yr",
    )
    return MethodText(
        Method.RATE.key,
        "open-sdg 2.4.0 (sdg-build ProgressMeasure), the Statistics Canada method",
        "P = actual growth rate ÷ the growth rate the plan implied (signed by the direction).",
        tuple(MethodClass(w, s.label, s) for w, s in zip(with_target, _CLASSES, strict=True)),
        tuple(MethodClass(w, s.label, s) for w, s in zip(without, _CLASSES, strict=True)),
    )
