"""How sure a verdict is: a band around the current pace and the chance of meeting a target.

Pure functions on floats (docs/method.md, "The outlook"). The figures from the base to the
latest are read as a random walk with drift on a log scale (when the current pace compounds)
or on the indicator's own scale (when it moves by the average change a year): the drift is the
current pace, so the centre of every band is the row's ``projected`` value; the spread comes from
how far each year's step strayed from that pace. The forecast ``h`` years after the latest figure
is a Student t with n − 2 degrees of freedom, scaled by s·√(h·(1 + h/span)) (the drift's own
uncertainty included) and by a widening factor that the calibration backtest
(bench/calibration.py, docs/calibration.md) estimated on real series.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from hkit.assess import rates, studentt
from hkit.assess.record import Outlook, RowTarget
from hkit.model import Scale

# The band is the central 80 %: from the 10th to the 90th percentile.
BAND = 0.80
# Fewer figures leave no degree of freedom for the spread.
MIN_FIGURES = 3
# A spread this small next to the figures is rounding, not randomness (an exact trend).
_NEGLIGIBLE = 1e-12


class Pace(StrEnum):
    """How the current pace carries a row on (``rates.at_current_pace``)."""

    COMPOUND = "compound"  # at the growth rate: the log scale
    LINEAR = "linear"  # by the average change a year (from a base of 0): the level scale
    NONE = "none"  # no pace (the growth rate is undefined): no outlook


def pace_of(*, rate: float | None, change: float | None, zero_base: bool) -> Pace:
    """The pace ``rates.at_current_pace`` uses with these arguments."""
    if zero_base and change is not None:
        return Pace.LINEAR
    return Pace.COMPOUND if rate is not None else Pace.NONE


class Model(NamedTuple):
    """The choices the backtest made: t quantiles (else normal) and a widening factor."""

    student: bool
    widen: float


# The model hkit uses; bench/calibration.py compares it with the others.
FINAL = Model(student=True, widen=1.36)
# The starting model: normal quantiles, no widening.
STARTING = Model(student=False, widen=1.0)


class Trend(NamedTuple):
    """A random walk with drift fitted to the figures from the base to the latest.

    On the log scale the figures are ``sign``·e^z; on the level scale they are z. ``drift`` is
    in z a year, ``spread`` is s (z per √year), ``span`` the years from the base to the latest.
    """

    scale: Scale
    sign: int
    year: int
    latest: float
    drift: float
    spread: float
    span: int
    figures: int


def fit(figures: Sequence[tuple[int, float]], *, linear: bool) -> Trend | str:
    """The trend of ``figures`` (year, value), base first, latest last, one per year; ``linear``
    when the current pace is the average change a year. A note saying why when there is none."""
    n = len(figures)
    if n < MIN_FIGURES:
        return f"{n} figure{'' if n == 1 else 's'} from the base to the latest: an outlook needs 3"
    # Lists and map(), not generators: this runs once per indicator (10,000 in bench/run.py).
    years = [year for year, _ in figures]
    values = [value for _, value in figures]
    sign = 1 if values[0] > 0 else -1
    if linear:
        scale, zs = Scale.LEVEL, values
    elif all(value * sign > 0 for value in values):
        scale, zs = Scale.LOG, list(map(math.log, map(abs, values)))
    else:
        return (
            "a figure between the base and the latest is 0 or of the other sign: "
            "the growth rate has no band"
        )
    span = years[-1] - years[0]
    drift, spread = _walk(years, zs)
    if spread is None:
        return f"the figures' spread is beyond {rates.FLOAT_RANGE}: no outlook"
    if spread <= _NEGLIGIBLE * max(1.0, *map(abs, zs)):
        spread = 0.0
    if scale is Scale.LEVEL:
        sign = 1
    return Trend(scale, sign, years[-1], values[-1], drift, spread, span, n)


def _walk(years: list[int], zs: list[float]) -> tuple[float, float | None]:
    """The drift μ and the spread s of the walk through (year, z); s is None when extreme
    figures put it beyond the range of a float."""
    drift = (zs[-1] - zs[0]) / (years[-1] - years[0])
    try:
        squares = sum(
            [
                (z1 - z0 - drift * (t1 - t0)) ** 2 / (t1 - t0)
                for t0, t1, z0, z1 in zip(years, years[1:], zs, zs[1:], strict=False)
            ]
        )
        spread = math.sqrt(squares / (len(zs) - 2))
    except OverflowError:
        return drift, None
    return drift, spread if math.isfinite(spread) and math.isfinite(drift) else None


def _latest_z(trend: Trend) -> float:
    return math.log(abs(trend.latest)) if trend.scale is Scale.LOG else trend.latest


def _value(trend: Trend, z: float) -> float | None:
    """A point of the z scale back on the indicator's scale (None if it overflows)."""
    if trend.scale is Scale.LEVEL:
        return rates.finite(z)
    try:
        return rates.finite(trend.sign * math.exp(z))
    except OverflowError:
        return None


def _deviation(trend: Trend, years: float, model: Model) -> float:
    """The forecast's scale ``years`` after the latest figure: s·√(h·(1 + h/span))·widen."""
    return trend.spread * math.sqrt(years * (1 + years / trend.span)) * model.widen


def _quantile(p: float, trend: Trend, model: Model) -> float:
    if model.student:
        return studentt.quantile(p, trend.figures - 2)
    from statistics import NormalDist  # the normal model is the backtest's only (start-up)

    return NormalDist().inv_cdf(p)


def _cdf(x: float, trend: Trend, model: Model) -> float:
    if model.student:
        return studentt.cdf(x, trend.figures - 2)
    from statistics import NormalDist

    return NormalDist().cdf(x)


def centre(trend: Trend, years: float) -> float | None:
    """The centre ``years`` after the latest figure: the current pace carried on."""
    return _value(trend, _latest_z(trend) + trend.drift * years)


def band(trend: Trend, years: float, model: Model = FINAL) -> tuple[float, float] | None:
    """The 80 % band (10th and 90th percentiles) ``years`` (> 0) after the latest figure, in
    the indicator's unit, low first; None if it overflows."""
    middle = _latest_z(trend) + trend.drift * years
    reach = _quantile(0.5 + BAND / 2, trend, model) * _deviation(trend, years, model)
    ends = (_value(trend, middle - reach), _value(trend, middle + reach))
    if ends[0] is None or ends[1] is None:
        return None
    low, high = sorted((ends[0], ends[1]))
    return low, high


def chance(
    trend: Trend,
    years: float,
    target: float,
    *,
    comparator: str,
    direction: int,
    model: Model = FINAL,
) -> float:
    """The probability that the figure ``years`` (> 0) after the latest meets ``target`` by the
    rule of ``rates.is_met`` (at least, at most, about)."""
    at_least = comparator == "at_least" or (comparator == "about" and direction > 0)
    bound = target
    if comparator == "about":
        bound = target - rates.ABOUT_TOLERANCE * abs(target) * direction
    deviation = _deviation(trend, years, model)
    middle = _latest_z(trend) + trend.drift * years
    if deviation == 0:
        value = _value(trend, middle)
        met = value is not None and rates.is_met(
            value, target, comparator=comparator, direction=direction
        )
        return 1.0 if met else 0.0
    above = _above(trend, bound, middle, deviation, model)
    return above if at_least else 1.0 - above


def _above(trend: Trend, bound: float, middle: float, deviation: float, model: Model) -> float:
    """P(figure ≥ ``bound``) for a forecast centred on ``middle`` (z) with scale ``deviation``."""
    if trend.scale is Scale.LEVEL:
        return 1.0 - _cdf((bound - middle) / deviation, trend, model)
    if trend.sign > 0:  # figures e^z > 0
        if bound <= 0:
            return 1.0
        return 1.0 - _cdf((math.log(bound) - middle) / deviation, trend, model)
    # figures −e^z < 0: −e^z ≥ bound ⇔ z ≤ ln(−bound)
    if bound >= 0:
        return 0.0
    return _cdf((math.log(-bound) - middle) / deviation, trend, model)


# The IPCC's calibrated language (AR5 guidance note, Mastrandrea et al. 2010): the lowest chance
# of each phrase, strict where the guidance is (> 0.33 is "about as likely as not").
_WORDS = (
    (0.99, False, "virtually certain"),
    (0.90, False, "very likely"),
    (0.66, False, "likely"),
    (0.33, True, "about as likely as not"),
    (0.10, True, "unlikely"),
    (0.01, True, "very unlikely"),
)
DECIDED = "decided"


def words(probability: float) -> str:
    """The calibrated phrase for a chance in [0, 1]."""
    for bound, strict, phrase in _WORDS:
        if probability > bound or (not strict and probability == bound):
            return phrase
    return "exceptionally unlikely"


def for_target(
    figures: Sequence[tuple[int, float]],
    target: RowTarget,
    *,
    pace: Pace,
    direction: int,
    decided: bool,
    achieved: bool,
    model: Model = FINAL,
) -> Outlook:
    """The outlook of a row: ``figures`` (year, value) from its base to its latest, its target
    at the data year, how the current pace moves, and whether the milestone is decided."""
    return from_trend(
        trend_of(figures, pace),
        len(figures),
        target,
        direction=direction,
        decided=decided,
        achieved=achieved,
        model=model,
    )


def trend_of(figures: Sequence[tuple[int, float]], pace: Pace) -> Trend | str | None:
    """What ``from_trend`` reads of ``figures``: their ``fit`` (a trend, or the note saying why
    there is none), or None when there is no pace to carry on."""
    return fit(figures, linear=pace is Pace.LINEAR) if pace is not Pace.NONE else None


def from_trend(
    trend: Trend | str | None,
    count: int,
    target: RowTarget,
    *,
    direction: int,
    decided: bool,
    achieved: bool,
    model: Model = FINAL,
) -> Outlook:
    """``for_target``'s outlook from ``trend_of`` its ``count`` figures: the rows of one
    indicator share their figures and pace, and so their trend, which is fitted once."""
    scale = trend.scale if isinstance(trend, Trend) else None
    if decided:
        return Outlook(1.0 if achieved else 0.0, DECIDED, None, None, count, scale, None)
    if trend is None:
        return Outlook(note="no current pace to carry on: no outlook", figures=count)
    if isinstance(trend, str):
        return Outlook(note=trend, figures=count)
    years = target.year - trend.year
    ends = band(trend, years, model)
    probability = chance(
        trend,
        years,
        target.value,
        comparator=target.comparator,
        direction=direction,
        model=model,
    )
    if not math.isfinite(probability):  # inf − inf at the edge of the floats' range
        return Outlook(note=f"the chance is beyond {rates.FLOAT_RANGE}", figures=trend.figures)
    low, high = ends if ends is not None else (None, None)
    note = None if ends is not None else f"the band is beyond {rates.FLOAT_RANGE}"
    return Outlook(probability, words(probability), low, high, trend.figures, trend.scale, note)
