"""Axes for the SVG charts: "nice" value ticks (1, 2, 2.5 or 5 times a power of ten) and year
ticks, as plain numbers. No drawing here; ``hkit.render.html.svg_chart`` places them.
"""

from __future__ import annotations

import math

# Steps between value ticks, as multiples of a power of ten.
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
# Steps between year ticks, in years.
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)


# A plain class with __slots__, not a NamedTuple: defining a NamedTuple costs about 0.69 M
# instructions at import, a plain class about 0.07 M (callgrind; issue 23).
class Scale:
    """A linear map from ``low``..``high`` (data) onto ``start``..``end`` (SVG units)."""

    __slots__ = ("end", "high", "low", "start")

    def __init__(self, low: float, high: float, start: float, end: float) -> None:
        self.low = low
        self.high = high
        self.start = start
        self.end = end

    def __call__(self, value: float) -> float:
        """The SVG coordinate of ``value``."""
        return self.start + (value - self.low) / (self.high - self.low) * (self.end - self.start)


def value_ticks(
    low: float, high: float, *, count: int = 4, decimals: int | None = None
) -> list[float]:
    """About ``count`` + 1 evenly spaced round values covering ``low``..``high``.

    ``low`` < ``high`` and both finite; the first tick is at or below ``low`` and the last at
    or above ``high``, so the ticks give the axis its extent. With ``decimals`` (those the
    labels are written with) every tick is a value of at most that many decimals: a step of
    2.5 under labels of whole numbers would put "58%" at 57.5.
    """
    raw = (high - low) / count
    power = 10.0 ** math.floor(math.log10(raw))
    wide = [s * power for s in NICE_STEPS if s * power >= raw * (1 - 1e-9)]
    step = next((s for s in wide if _written_with(s, decimals)), None)
    if step is None:  # every round step is finer than the labels: the finest they show
        step = max(wide[0], 10.0 ** -(decimals or 0))
    first = math.floor(low / step + 1e-9)
    last = max(math.ceil(high / step - 1e-9), first + 1)
    # Rounded to the step's own decimals (two for 0.25), so that 3 × 0.1 is 0.3.
    decimals = max(0, 1 - math.floor(math.log10(step)))
    return [round(k * step, decimals) for k in range(first, last + 1)]


def _written_with(step: float, decimals: int | None) -> bool:
    """Whether ``step`` (so every multiple of it) needs at most ``decimals`` decimals."""
    return decimals is None or abs(round(step, decimals) - step) <= step * 1e-9


def year_ticks(first: float, last: float, *, most: int = 8) -> list[int]:
    """Whole years from ``first`` to ``last`` at a round step, at most ``most`` of them."""
    span = max(last - first, 1)
    step = next((s for s in YEAR_STEPS if span / s < most), YEAR_STEPS[-1])
    start = math.ceil(first / step) * step
    return list(range(start, math.floor(last) + 1, step))


def padded(low: float, high: float) -> tuple[float, float]:
    """A range with room around a single value: ``low == high``, or so close for their size
    (a billionth) that a float cannot hold ticks between them."""
    if high - low > max(abs(low), abs(high)) * 1e-9:
        return low, high
    middle = low / 2 + high / 2  # (low + high) / 2 overflows near the float limit
    pad = abs(middle) * 0.1 or 1.0
    return middle - pad, middle + pad
