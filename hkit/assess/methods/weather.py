"""The German Sustainable Development Strategy's weather: the last five years' average change,
carried on to the next milestone, against the distance still to go.

Bounds from the German strategy's indicator report; docs/method.md, "Other methods".
"""

from __future__ import annotations

from hkit.assess import rates
from hkit.assess.catalogue import Method
from hkit.assess.methods.common import CLASS_DIGITS, MethodClass, MethodText, unavailable
from hkit.assess.record import MethodResult, Row
from hkit.model import Observation, Plan, Status, Target

# German strategy: the target is missed by less than 5 % (sun) or at most 20 % (sun behind
# cloud) of the distance between the target and the current value.
WEATHER_SUN, WEATHER_SUN_CLOUD = 0.05, 0.20
# German strategy: the average change of the last five years, from the last six figures; hkit
# asks for at least four of them, since few series are annual without gaps.
WEATHER_YEARS, WEATHER_MIN_POINTS = 5, 4
# ESCAP: a regression through fewer than three figures is no trend.


def weather_share(latest: float, projected: float, target: float) -> float:
    """Share of the distance from ``latest`` to ``target`` covered by ``projected`` (1 = met)."""
    return (projected - latest) / (target - latest)


# The German strategy's classes, best first: key, words and the shared status.
WEATHER_CLASSES = {
    "sun": ("Sun", Status.SUBSTANTIAL_PROGRESS),
    "sun_behind_cloud": ("Sun behind cloud", Status.MODERATE_PROGRESS),
    "cloud": ("Cloud", Status.LIMITED_PROGRESS),
    "thunderstorm": ("Thunderstorm", Status.DETERIORATION),
}


def weather_class(share: float, *, towards: bool) -> tuple[str, str, Status]:
    """The weather of a covered share; ``towards`` is False when the trend does not move
    towards the target (the distance stays as high or grows)."""
    missed = round(1 - share, CLASS_DIGITS)  # the share of the distance still left
    if not towards:
        key = "thunderstorm"
    elif missed < WEATHER_SUN:
        key = "sun"
    else:
        key = "sun_behind_cloud" if missed <= WEATHER_SUN_CLOUD else "cloud"
    return (key, *WEATHER_CLASSES[key])


def describe() -> MethodText:
    """The weather in words, with its classes' bounds."""
    whens = {
        "sun": f"misses by < {WEATHER_SUN:.0%} of the distance",
        "sun_behind_cloud": f"misses by {WEATHER_SUN:.0%}–{WEATHER_SUN_CLOUD:.0%}",
        "cloud": "moves towards the target, more slowly",
        "thunderstorm": "no move towards the target",
    }
    return MethodText(
        Method.WEATHER.key,
        "German Sustainable Development Strategy (Destatis indicator reports)",
        f"The average change a year over the last {WEATHER_YEARS} years (at least "
        f"{WEATHER_MIN_POINTS} figures), carried on to the next milestone still ahead.",
        tuple(MethodClass(whens[key], *WEATHER_CLASSES[key]) for key in WEATHER_CLASSES),
    )


def next_target(row: Row, plan: Plan, latest: Observation) -> Target:
    """The milestone the weather is judged against: the earliest one still ahead and not met."""
    direction = row.indicator.direction.sign
    ahead = [
        t
        for t in row.indicator.targets
        if plan.milestones[t.milestone].data_year > latest.year
        and not rates.is_met(latest.value, t.value, comparator=t.comparator, direction=direction)
    ]
    ahead.sort(key=lambda t: plan.milestones[t.milestone].data_year)
    own = next(t for t in row.indicator.targets if t.milestone == row.milestone)
    return ahead[0] if ahead else own


def assess(row: Row, plan: Plan, known: list[Observation]) -> MethodResult:
    """German strategy: extrapolate the average change of the last five years to the next
    milestone's data year and see how much of the remaining distance it covers."""
    method = Method.WEATHER
    latest = known[-1]
    window = [o for o in known if o.year >= latest.year - WEATHER_YEARS]
    first = window[0]
    if len(window) < WEATHER_MIN_POINTS:
        return unavailable(
            method,
            f"de-weather: needs {WEATHER_MIN_POINTS} figures in the five years "
            f"{latest.year - WEATHER_YEARS}–{latest.year}; there are {len(window)}",
        )
    change = (latest.value - first.value) / (latest.year - first.year)
    target = next_target(row, plan, latest)
    data_year = plan.milestones[target.milestone].data_year
    projected = latest.value + change * (data_year - latest.year)
    share = weather_share(latest.value, projected, target.value)
    towards = change * row.indicator.direction.sign > 0
    klass, words, status = weather_class(share, towards=towards)
    notes: tuple[str, ...] = ()
    if target.milestone != row.milestone:
        notes = (
            f"de-weather: judged against the next milestone, {target.milestone}, "
            "as the German strategy does",
        )
    reach = rates.reach_year_linear(latest.value, target.value, year=latest.year, change=change)
    return MethodResult(
        method, share, status, klass, words, projected, reach, target.milestone, notes
    )
