"""What the methods share: the undefined verdict, the level ratio and class rounding."""

from __future__ import annotations

from hkit.catalogue import Method
from hkit.model import Status
from hkit.record import MethodResult

# Measures are rounded to this many decimals before they meet their class bounds, so that the
# last bit of a fit or a power (0.9999999999 for an exact 1) cannot flip a class.
CLASS_DIGITS = 9


def unavailable(method: Method, why: str) -> MethodResult:
    """A verdict that cannot be given, with the reason as its note."""
    status = Status.NOT_AVAILABLE
    return MethodResult(method, None, status, status.value, status.label, notes=(why,))


def level_ratio(base: float, projected: float, target: float) -> float | None:
    """(projected − base) / (target − base): the share of the planned change of level that the
    current pace delivers by the target year (None when the target equals the base)."""
    if target == base:
        return None
    return (projected - base) / (target - base)
