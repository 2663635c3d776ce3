"""What the methods share: the undefined verdict, the level ratio, class rounding, and the
shape of a method's description (``hkit report``'s "Method and notes")."""

# No `from __future__ import annotations` here: typing.NamedTuple would then compile every
# field's annotation string at import (see hkit/model.py).

from typing import NamedTuple

from hkit.assess.catalogue import Method
from hkit.assess.record import MethodResult
from hkit.model import Status

# Measures are rounded to this many decimals before they meet their class bounds, so that the
# last bit of a fit or a power (0.9999999999 for an exact 1) cannot flip a class.
CLASS_DIGITS = 9


class MethodClass(NamedTuple):
    """One class of a method: when it applies, its words, and hkit's status for it."""

    when: str
    words: str
    status: Status


class MethodText(NamedTuple):
    """A method described for people: its JSON key, who publishes it, what it measures and
    its classes (``without_target``: those of rows without a target, if it judges them).
    Each method module's ``describe`` (named by ``hkit.assess.catalogue``) returns one, built from
    the constants it judges with, so the words cannot drift from the maths."""

    key: str
    source: str
    measure: str
    classes: tuple[MethodClass, ...]
    without_target: tuple[MethodClass, ...] = ()


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
