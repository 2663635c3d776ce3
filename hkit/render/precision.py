"""How many decimals people read an indicator's values with: as many as its figures and targets
are published with, at most ``MAX_DECIMALS`` (``hkit.render.words`` writes every value with
them, so that one indicator's numbers read alike)."""

from __future__ import annotations

from itertools import chain

from hkit.model import Indicator

# Decimals shown at most for an indicator's values, whatever its figures carry.
MAX_DECIMALS = 2


# Each indicator's precision by its id(), with the indicator itself: holding it keeps its id
# from being reused, and an identity check is far cheaper than hashing the whole indicator
# (its figures and targets), which an lru_cache did at each of the 40,000 values the
# sentences of 10,000 indicators write. Emptied when full.
_PRECISIONS: dict[int, tuple[Indicator, int | None]] = {}
_PRECISIONS_KEPT = 1024


def precision(indicator: Indicator) -> int | None:
    """The decimals of an indicator's values as people read them: as many as its figures and
    targets are published with, at most ``MAX_DECIMALS`` (None when it has neither)."""
    found = _PRECISIONS.get(id(indicator))
    if found is not None and found[0] is indicator:
        return found[1]
    if len(_PRECISIONS) >= _PRECISIONS_KEPT:
        _PRECISIONS.clear()
    decimals = _published_decimals(indicator)
    _PRECISIONS[id(indicator)] = (indicator, decimals)
    return decimals


def _published_decimals(indicator: Indicator) -> int | None:
    decimals = None
    for value in chain(
        (o.value for o in indicator.observations), (t.value for t in indicator.targets)
    ):
        places = _decimals(value)
        if places == MAX_DECIMALS:  # the most it can be: the other values cannot change it
            return places
        decimals = places if decimals is None else max(decimals, places)
    return decimals


def _decimals(value: float) -> int:
    """Decimals ``value`` is written with (``0.99`` → 2, ``1200.0`` → 0), at most the cap."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return MAX_DECIMALS
    fraction = text.split(".")[1].rstrip("0")
    return min(len(fraction), MAX_DECIMALS)
