"""The official progress methods side by side: open-sdg's rate ratio and three others.

Pure: each method reads an assessed ``Row`` (and the indicator's figures) and returns a
``MethodResult``: the method's own measure, its own class and words, and the shared ``Status``
that ``--check`` and the colours use. Every measure is scaled so that 1 means "reaches the
target". Which methods exist, and which function judges a row for each, is in
``hkit.assess.catalogue``; the methods are described in docs/method.md.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Sequence

from hkit.assess import rates
from hkit.assess.catalogue import CATALOGUE, DEFAULT, Method
from hkit.assess.methods.common import unavailable
from hkit.assess.record import MethodResult, Mode, Report, Row
from hkit.model import Observation, Plan, Status

# The signature of a method's ``assess`` (``hkit.assess.catalogue.MethodInfo.assess``): the row, the
# plan, and the indicator's figures known at --as-of; the row has a target, a base and a
# latest figure, and is neither met nor decided.
Assess = Callable[[Row, Plan, list[Observation]], MethodResult]


def evaluate(method: Method, row: Row, plan: Plan, *, as_of: int | None) -> MethodResult:
    """Apply ``method`` to ``row``; ``as_of`` limits the figures used (None for all)."""
    where = CATALOGUE[method].assess
    if where is None:
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
    return _in_range(_function(where)(row, plan, known))


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


def _function(where: str) -> Assess:
    """The function ``module:name``, imported on first use."""
    module, _, name = where.partition(":")
    function: Assess = getattr(importlib.import_module(module), name)
    return function


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
