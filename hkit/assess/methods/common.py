"""What the methods share: the undefined verdict, the level ratio, class rounding, and the
shape of a method's description (``hkit report``'s "Method and notes")."""

from __future__ import annotations

from hkit.assess.catalogue import Method
from hkit.assess.record import MethodResult
from hkit.model import Status

# Measures are rounded to this many decimals before they meet their class bounds, so that the
# last bit of a fit or a power (0.9999999999 for an exact 1) cannot flip a class.
CLASS_DIGITS = 9


# Plain classes with __slots__, not NamedTuples: defining a NamedTuple costs about 0.69 M
# instructions at import, a plain class about 0.07 M (callgrind; issue 23).
class MethodClass:
    """One class of a method: when it applies, its words, and hkit's status for it."""

    __slots__ = ("status", "when", "words")

    def __init__(self, when: str, words: str, status: Status) -> None:
        self.when = when
        self.words = words
        self.status = status


class MethodText:
    """A method described for people: its JSON key, who publishes it, what it measures and
    its classes (``without_target``: those of rows without a target, if it judges them).
    Each method module's ``describe`` (named by ``hkit.assess.catalogue``) returns one, built from
    the constants it judges with, so the words cannot drift from the maths."""

    __slots__ = ("classes", "key", "measure", "source", "without_target")

    def __init__(
        self,
        key: str,
        source: str,
        measure: str,
        classes: tuple[MethodClass, ...],
        without_target: tuple[MethodClass, ...] = (),
    ) -> None:
        self.key = key
        self.source = source
        self.measure = measure
        self.classes = classes
        self.without_target = without_target


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
