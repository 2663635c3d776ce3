"""The methods of ``hkit report`` in words: who publishes each, what it measures, and its
classes with their thresholds, read from the constants the code judges with (so the page
cannot drift from the maths). Plain strings; the HTML template escapes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from hkit.catalogue import DEFAULT, Method
from hkit.methods import level, regression, weather
from hkit.model import Status
from hkit.rates import NO_TARGET_THRESHOLDS, TARGET_THRESHOLDS


@dataclass(frozen=True, slots=True)
class MethodClass:
    """One class of a method: when it applies, its words, and hkit's status for it."""

    when: str
    words: str
    status: Status


@dataclass(frozen=True, slots=True)
class MethodText:
    """A method as the page describes it."""

    key: str
    source: str
    measure: str
    classes: tuple[MethodClass, ...]
    without_target: tuple[MethodClass, ...] = ()


def _rate() -> MethodText:
    t, n = TARGET_THRESHOLDS, NO_TARGET_THRESHOLDS
    s = Status
    return MethodText(
        DEFAULT.key,
        "open-sdg 2.4.0 (sdg-build ProgressMeasure), the Statistics Canada method",
        "P = actual growth rate ÷ the growth rate the plan implied (signed by the direction).",
        (
            MethodClass(f"P ≥ {t.high:g}", "On track", s.SUBSTANTIAL_PROGRESS),
            MethodClass(f"{t.med:g} ≤ P < {t.high:g}", "Needs acceleration", s.MODERATE_PROGRESS),
            MethodClass(f"{t.low:g} ≤ P < {t.med:g}", "Limited progress", s.LIMITED_PROGRESS),
            MethodClass(f"P < {t.low:g}", "Deterioration", s.DETERIORATION),
        ),
        (
            MethodClass(f"growth ≥ {n.high:.1%}/yr", "On track", s.SUBSTANTIAL_PROGRESS),
            MethodClass(f"growth ≥ {n.med:.1%}/yr", "Needs acceleration", s.MODERATE_PROGRESS),
            MethodClass(f"growth ≥ {n.low:.1%}/yr", "Limited progress", s.LIMITED_PROGRESS),
            MethodClass(f"growth < {n.low:.1%}/yr", "Deterioration", s.DETERIORATION),
        ),
    )


def _level() -> MethodText:
    on, moderate, marginal, stagnation = level.LEVEL_BOUNDS
    s = Status
    return MethodText(
        Method.LEVEL.key,
        "UN Statistics Division, SDG Progress Chart",
        "(projected value − base) ÷ (target − base), projected at the current pace.",
        (
            MethodClass(f"≥ {on:g}", "On track", s.SUBSTANTIAL_PROGRESS),
            MethodClass(f"{moderate:g} to {on:g}", "Moderate progress", s.MODERATE_PROGRESS),
            MethodClass(f"{marginal:g} to {moderate:g}", "Marginal progress", s.LIMITED_PROGRESS),
            MethodClass(f"{stagnation:g} to {marginal:g}", "Stagnation", s.LIMITED_PROGRESS),
            MethodClass(f"< {stagnation:g}", "Regression", s.DETERIORATION),
        ),
    )


def _weather() -> MethodText:
    s = Status
    return MethodText(
        Method.WEATHER.key,
        "German Sustainable Development Strategy (Destatis indicator reports)",
        f"The average change a year over the last {weather.WEATHER_YEARS} years (at least "
        f"{weather.WEATHER_MIN_POINTS} figures), carried on to the next milestone still ahead.",
        (
            MethodClass(
                f"misses by < {weather.WEATHER_SUN:.0%} of the distance",
                "Sun",
                s.SUBSTANTIAL_PROGRESS,
            ),
            MethodClass(
                f"misses by {weather.WEATHER_SUN:.0%}–{weather.WEATHER_SUN_CLOUD:.0%}",
                "Sun behind cloud",
                s.MODERATE_PROGRESS,
            ),
            MethodClass("moves towards the target, more slowly", "Cloud", s.LIMITED_PROGRESS),
            MethodClass("no move towards the target", "Thunderstorm", s.DETERIORATION),
        ),
    )


def _regression() -> MethodText:
    s = Status
    return MethodText(
        Method.REGRESSION.key,
        "UN ESCAP, Asia-Pacific SDG Progress Report (anticipated progress)",
        "A time-weighted linear fit of the figures since the base year (at least "
        f"{regression.REGRESSION_MIN_POINTS}), read at the target's data year.",
        (
            MethodClass(
                "the fitted trend reaches the target", "Maintain progress", s.SUBSTANTIAL_PROGRESS
            ),
            MethodClass("moves towards it too slowly", "Accelerate progress", s.MODERATE_PROGRESS),
            MethodClass("moves away or not at all", "Reverse trend", s.DETERIORATION),
        ),
    )


_BUILDERS = {
    Method.RATE: _rate,
    Method.LEVEL: _level,
    Method.WEATHER: _weather,
    Method.REGRESSION: _regression,
}


def method_texts(chosen: tuple[Method, ...]) -> list[MethodText]:
    """The descriptions of the methods asked for (the default: open-sdg's rate ratio)."""
    return [_BUILDERS[method]() for method in chosen or (DEFAULT,)]
