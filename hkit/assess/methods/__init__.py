"""The official progress methods side by side: open-sdg's rate ratio and three others.

Pure: each method reads an assessed ``Row`` (and the indicator's figures) and returns a
``MethodResult``: the method's own measure, its own class and words, and the shared ``Status``
that ``--check`` and the colours use. Every measure is scaled so that 1 means "reaches the
target". Which methods exist, and which function judges a row for each, is in
``hkit.assess.catalogue``; the methods are described in docs/method.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from hkit.assess import rates
from hkit.assess.catalogue import DEFAULT, Method
from hkit.assess.methods.common import MethodText, unavailable
from hkit.assess.record import MethodResult, Mode, Report, Row
from hkit.model import Observation, Plan, Status

# The signature of a method's ``assess``: the row, the plan, and the indicator's figures known
# at --as-of; the row has a target, a base and a latest figure, and is neither met nor decided.
Assess = Callable[[Row, Plan, list[Observation]], MethodResult]


# A plain class with __slots__, not a NamedTuple: defining a NamedTuple costs about 0.69 M
# instructions at import, a plain class about 0.07 M (callgrind; issue 23).
class Implementation:
    """A method's functions: ``assess`` judges a row (None for the default method, which is the
    row itself: ``hkit.assess.compute``), ``describe`` says what the method does for
    ``hkit report``, from the constants ``assess`` judges with."""

    __slots__ = ("assess", "describe")

    def __init__(self, assess: Assess | None, describe: Callable[[], MethodText]) -> None:
        self.assess = assess
        self.describe = describe


# Each loads its method's module the first time the method is asked for, so that a run of the
# default method imports none of the others.
def _rate() -> Implementation:
    from hkit.assess.methods import rate

    return Implementation(None, rate.describe)


def _level() -> Implementation:
    from hkit.assess.methods import level

    return Implementation(level.assess, level.describe)


def _weather() -> Implementation:
    from hkit.assess.methods import weather

    return Implementation(weather.assess, weather.describe)


def _regression() -> Implementation:
    from hkit.assess.methods import regression

    return Implementation(regression.assess, regression.describe)


IMPLEMENTATIONS: dict[Method, Callable[[], Implementation]] = {
    Method.RATE: _rate,
    Method.LEVEL: _level,
    Method.WEATHER: _weather,
    Method.REGRESSION: _regression,
}


def evaluate(method: Method, row: Row, plan: Plan, *, as_of: int | None) -> MethodResult:
    """Apply ``method`` to ``row``; ``as_of`` limits the figures used (None for all)."""
    judge = IMPLEMENTATIONS[method]().assess
    if judge is None:
        # The default method is the row itself (hkit.assess.compute implements open-sdg 2.4.0).
        return MethodResult(
            method,
            row.progress,
            row.status,
            row.status.value,
            row.status.label,
            row.projected,
            row.reach_year,
        )
    settled = _settled(method, row)
    if settled is not None:
        return settled
    if row.target is None or row.baseline is None or row.latest is None:
        why = "needs a target" if row.target is None else "has no figure to assess"
        return unavailable(method, f"{method.key}: the method {why}")
    known = [o for o in row.indicator.observations if as_of is None or o.year <= as_of]
    return _in_range(judge(row, plan, known))


def _in_range(result: MethodResult) -> MethodResult:
    """The result with no NaN or infinity: figures near the float limits can overflow."""
    key = result.method.key
    if result.value is not None and not math.isfinite(result.value):
        return unavailable(result.method, f"{key}: its measure is beyond {rates.FLOAT_RANGE}")
    notes = list(result.notes)
    projected = rates.bounded(result.projected, f"{key}: the projected value", notes)
    reach = rates.bounded(result.reach_year, f"{key}: the year of reaching the target", notes)
    if len(notes) == len(result.notes):
        return result
    return result._replace(projected=projected, reach_year=reach, notes=tuple(notes))


def mode_of(methods: Sequence[Method]) -> Mode:
    """The mode of a report judged by ``methods``: the default method alone is the default."""
    if len(methods) > 1:
        return Mode.COMPARE
    return Mode.SINGLE if methods and methods[0] is not DEFAULT else Mode.DEFAULT


def apply_methods(report: Report, plan: Plan, methods: Sequence[Method]) -> Report:
    """The report judged by ``methods``, with its ``mode`` set; the one place that sets it.

    With one method other than the default its verdict takes the row's fields (progress,
    status, projected, reach_year; the open-sdg score is dropped), so that ``--check`` and
    every format follow the method asked for. With several, each row holds every verdict.
    """
    mode = mode_of(methods)
    if mode is Mode.DEFAULT:
        return report
    rows = []
    for row in report.rows:
        results = tuple(evaluate(m, row, plan, as_of=report.as_of) for m in methods)
        if mode is Mode.SINGLE:
            chosen = results[0]
            row = row._replace(
                progress=chosen.value,
                score=None,
                status=chosen.status,
                projected=chosen.projected,
                reach_year=chosen.reach_year,
                notes=row.notes + chosen.notes,
                verdict=chosen,
            )
        else:
            row = row._replace(methods=results)
        rows.append(row)
    return report._replace(rows=tuple(rows), mode=mode, methods=tuple(methods))


def _settled(method: Method, row: Row) -> MethodResult | None:
    """A met target or a decided milestone is a fact, the same for every method."""
    if row.status in (Status.TARGET_ACHIEVED, Status.MISSED):
        return MethodResult(
            method, None, row.status, row.status.value, row.status.label, row.projected
        )
    return None
