"""One indicator's whole story for ``hkit show``: its figures with their sources, its rows,
and the year-by-year paths the plan implied and the current pace leads to.

Pure: builds a ``Story`` that ``hkit.render.terminal.show`` prints; no printing here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from hkit.assess import outlook, rates
from hkit.assess.catalogue import Method
from hkit.assess.compute import assess
from hkit.assess.methods import apply_methods
from hkit.assess.record import Report, Row
from hkit.model import Indicator, Plan, Source

Point = tuple[float, float]  # (year, value) on a chart


# Plain classes with __slots__, not NamedTuples: `hkit show` and `hkit report` define them at
# every start, and defining a NamedTuple costs about 0.69 M instructions, a plain class about
# 0.07 M (callgrind; issue 23). The contract's writers read them by attribute.
class StoryObservation:
    """One observation with its source; ``used`` is False for a figure after ``--as-of``."""

    __slots__ = ("grade", "note", "source", "title", "used", "value", "year")

    def __init__(
        self,
        year: int,
        value: float,
        source: str,
        title: str,
        grade: str | None,
        note: str | None,
        *,
        used: bool,
    ) -> None:
        self.year = year
        self.value = value
        self.source = source
        self.title = title
        self.grade = grade
        self.note = note
        self.used = used


class PathYear:
    """One year of the paths: the figure of that year (if any), where the plan's path and the
    current pace put the indicator; None where a path does not reach."""

    __slots__ = ("later", "observed", "plan", "trend", "trend_high", "trend_low", "year")

    def __init__(
        self,
        year: int,
        observed: float | None,
        plan: float | None,
        trend: float | None,
        later: float | None = None,  # a figure published after --as-of, for a backtest
        # The outlook's 80 % band around the current pace after the latest figure (assess.outlook).
        trend_low: float | None = None,
        trend_high: float | None = None,
    ) -> None:
        self.year = year
        self.observed = observed
        self.plan = plan
        self.trend = trend
        self.later = later
        self.trend_low = trend_low
        self.trend_high = trend_high


class Story:
    """Everything ``hkit show`` prints about one indicator."""

    __slots__ = ("as_of", "figures", "indicator", "notes", "paths", "report", "sources", "targets")

    def __init__(
        self,
        indicator: Indicator,
        as_of: int | None,
        figures: tuple[StoryObservation, ...],
        report: Report,  # this indicator's rows, judged by the methods asked for
        paths: tuple[PathYear, ...],
        targets: tuple[tuple[int, float], ...],  # (data year, target value), by data year
        notes: tuple[str, ...],  # on the paths, each starting "paths: "
        sources: dict[str, Source],
    ) -> None:
        self.indicator = indicator
        self.as_of = as_of
        self.figures = figures
        self.report = report
        self.paths = paths
        self.targets = targets
        self.notes = notes
        self.sources = sources


def find_indicator(plan: Plan, ident: str) -> Indicator:
    """The indicator with id ``ident``; a ``UsageError`` with a did-you-mean if none."""
    from hkit.read.checks import require_name

    require_name(ident, (i.id for i in plan.indicators), kind="indicator", where=plan.path)
    return next(i for i in plan.indicators if i.id == ident)


def build_story(
    plan: Plan, ident: str, *, as_of: int | None = None, methods: Sequence[Method] = ()
) -> Story:
    """The story of indicator ``ident`` with the figures known at ``as_of`` (None: all)."""
    indicator = find_indicator(plan, ident)
    report = assess(plan, as_of=as_of, indicators=[ident])
    if methods:
        report = apply_methods(report, plan, methods)
    return story_of(plan, indicator, report)


def story_of(plan: Plan, indicator: Indicator, report: Report) -> Story:
    """The story of ``indicator`` from an assessment already made: ``report`` holds this
    indicator's rows (at least one) and the ``as_of`` year they were judged with."""
    as_of = report.as_of
    figures = tuple(
        StoryObservation(
            o.year,
            o.value,
            o.source,
            plan.sources[o.source].title if o.source in plan.sources else o.source,
            plan.sources[o.source].grade.value if o.source in plan.sources else None,
            o.note,
            used=as_of is None or o.year <= as_of,
        )
        for o in indicator.observations
    )
    targets = tuple(
        sorted((plan.milestones[t.milestone].data_year, t.value) for t in indicator.targets)
    )
    paths, notes = _paths(report.rows[0], figures, targets)
    return Story(indicator, as_of, figures, report, paths, targets, notes, plan.sources)


def segment_value(start: tuple[int, float], end: tuple[int, float], year: float) -> float | None:
    """The value at ``year`` on the way from ``start`` to ``end`` (year, value): compounded at
    a constant rate when both values are nonzero and of one sign, else a straight line.
    None if extreme values overflow."""
    (t0, y0), (t1, y1) = start, end
    fraction = (year - t0) / (t1 - t0)
    if y0 * y1 > 0:
        try:
            return rates.finite(float(y0 * (y1 / y0) ** fraction))
        except OverflowError:
            return None
    return rates.finite(y0 + (y1 - y0) * fraction)


def plan_value(knots: Sequence[tuple[int, float]], year: float) -> float | None:
    """The plan's path at ``year``: through the base and each target in turn (None outside)."""
    for start, end in itertools.pairwise(knots):
        if start[0] <= year <= end[0]:
            return segment_value(start, end, year)
    return None


def trend_value(row: Row, year: float) -> float | None:
    """The current pace carried on from the latest figure to ``year``, by the rule of the
    row's projection (``rates.at_current_pace``)."""
    if row.latest is None or row.baseline is None or year < row.latest.year:
        return None
    return rates.at_current_pace(
        row.latest.value,
        year - row.latest.year,
        rate=row.actual_rate,
        change=row.actual_change,
        zero_base=row.baseline.value == 0,
    )


def plan_knots(row: Row, targets: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """The points the plan's path runs through: the base figure, then each later target."""
    if row.baseline is None:
        return []
    base = (row.baseline.year, row.baseline.value)
    return [base, *((year, value) for year, value in targets if year > base[0])]


def _paths(
    row: Row, figures: Sequence[StoryObservation], targets: Sequence[tuple[int, float]]
) -> tuple[tuple[PathYear, ...], tuple[str, ...]]:
    if row.baseline is None or row.latest is None:
        return (), ()
    notes: list[str] = []
    knots = plan_knots(row, targets)
    if len(knots) > 1 and any(a[1] * b[1] <= 0 for a, b in itertools.pairwise(knots)):
        notes.append(
            "paths: the plan's path runs through 0 or changes sign, so that stretch is drawn as a "
            "straight line: a growth rate from 0 is undefined"
        )
    if row.baseline.value == 0 and row.actual_change is not None:
        notes.append(
            "paths: the trend from a base of 0 is the average change a year, not a growth rate"
        )
    end = max([row.latest.year, *(year for year, _ in targets)])
    used = {f.year: f.value for f in figures if f.used}
    later = {f.year: f.value for f in figures if not f.used}
    trend = row_trend(row, figures)
    paths = tuple(
        PathYear(
            year,
            used.get(year),
            plan_value(knots, year),
            trend_value(row, year),
            later.get(year),
            *band_at(trend, year),
        )
        for year in range(row.baseline.year, end + 1)
    )
    return paths, tuple(notes)


def row_trend(row: Row, figures: Sequence[StoryObservation]) -> outlook.Trend | None:
    """The outlook's trend of the figures the row uses (base to latest), as its outlook was
    computed (``outlook.trend_of``); None without one."""
    if row.baseline is None or row.latest is None:
        return None
    first, last = row.baseline.year, row.latest.year
    pace = outlook.pace_of(
        rate=row.actual_rate, change=row.actual_change, zero_base=row.baseline.value == 0
    )
    used = [(f.year, f.value) for f in figures if f.used and first <= f.year <= last]
    trend = outlook.trend_of(used, pace)
    return trend if isinstance(trend, outlook.Trend) else None


def band_edges(paths: Sequence[PathYear]) -> tuple[list[Point], list[Point]]:
    """The outlook's band as its two edges, (year, value) from the latest figure (where the
    band is a point) on: the 10th percentiles, then the 90th; both empty without a band."""
    start = next(((p.year, p.trend) for p in paths if p.trend is not None), None)
    ahead = [p for p in paths if p.trend_low is not None and p.trend_high is not None]
    if start is None or start[1] is None or not ahead:
        return [], []
    origin = (float(start[0]), start[1])
    lows = [(float(p.year), p.trend_low) for p in ahead if p.trend_low is not None]
    highs = [(float(p.year), p.trend_high) for p in ahead if p.trend_high is not None]
    return [origin, *lows], [origin, *highs]


def band_outline(paths: Sequence[PathYear]) -> list[Point]:
    """The band's outline, for a polygon: out along its 90th percentiles, back along its 10th."""
    lows, highs = band_edges(paths)
    return [*highs, *reversed(lows[1:])]


def band_at(trend: outlook.Trend | None, year: int) -> tuple[float | None, float | None]:
    """The 80 % band at ``year`` (after the latest figure), else (None, None)."""
    if trend is None or year <= trend.year:
        return None, None
    ends = outlook.band(trend, year - trend.year)
    return ends if ends is not None else (None, None)
