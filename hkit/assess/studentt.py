"""Student's t distribution with a whole number of degrees of freedom, standard library only.

The outlook (``hkit.assess.outlook``) estimates its spread from a handful of figures, so its
bands and chances use t quantiles rather than normal ones. The distribution function is the
closed form of Abramowitz and Stegun 26.7.3 and 26.7.4 (a finite sum of powers of cos θ,
θ = atan(t/√ν)); the quantile inverts it by bisection, which cannot fail to converge since the
function is monotone.
"""

from __future__ import annotations

import functools
import math

# Bisection stops when the bracket is this narrow (far below any printed digit).
_QUANTILE_TOLERANCE = 1e-12


def cdf(t: float, df: int) -> float:
    """P(T ≤ t) for Student's t with ``df`` ≥ 1 degrees of freedom."""
    if df < 1:
        raise ValueError(f"degrees of freedom must be at least 1, not {df}")
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    both_tails_inside = _central(abs(t), df)  # P(|T| ≤ |t|)
    half = 0.5 * both_tails_inside
    return 0.5 + half if t >= 0 else 0.5 - half


def _central(t: float, df: int) -> float:
    """A(t|ν) = P(|T| ≤ t), t ≥ 0 (Abramowitz and Stegun 26.7.3, 26.7.4)."""
    theta = math.atan(t / math.sqrt(df))
    cos2 = math.cos(theta) ** 2
    if df % 2 == 1:
        # ν odd: (2/π)·(θ + sin θ·(cos θ + 2/3 cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2) θ))
        total, term = 0.0, math.cos(theta)
        for k in range(1, (df - 1) // 2 + 1):
            total += term
            term *= cos2 * (2 * k) / (2 * k + 1)
        return 2 / math.pi * (theta + math.sin(theta) * total) if df > 1 else 2 * theta / math.pi
    # ν even: sin θ·(1 + 1/2 cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2) θ)
    total, term = 0.0, 1.0
    for k in range(1, df // 2 + 1):
        total += term
        term *= cos2 * (2 * k - 1) / (2 * k)
    return math.sin(theta) * total


@functools.cache  # a report asks for the same few (the band's 0.9, a handful of df) per row
def quantile(p: float, df: int) -> float:
    """The t with P(T ≤ t) = ``p`` (0 < p < 1) for ``df`` ≥ 1 degrees of freedom."""
    if not 0 < p < 1:
        raise ValueError(f"a probability strictly between 0 and 1 is needed, not {p}")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -quantile(1 - p, df)
    low, high = 0.0, 1.0
    while cdf(high, df) < p:  # the bracket doubles; one degree of freedom needs the widest
        low, high = high, high * 2
    while high - low > _QUANTILE_TOLERANCE * max(1.0, high):
        middle = (low + high) / 2
        if cdf(middle, df) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2
