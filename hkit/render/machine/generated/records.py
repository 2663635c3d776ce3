"""The contract's objects as plain dicts: gap's report and rows, show's story, diff's
document and the roll-up of gap --by group.

Generated from ``hkit.contract`` by ``python scripts/regenerate``
(``hkit.render.machine.writer_modules``): do not edit."""

from typing import Any

from hkit.render.machine.records import (
    _word_or_number,
)
from hkit.render.machine.records import clean as _clean


def record_PointOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['year'] = o.year
    d['value'] = _clean(o.value)
    d['source'] = o.source
    return d


def record_LatestOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['year'] = o.year
    d['value'] = _clean(o.value)
    d['source'] = o.source
    d['grade'] = o.grade
    return d


def record_TargetOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['year'] = o.year
    d['value'] = _clean(o.value)
    d['comparator'] = o.comparator
    return d


def record_OutlookOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['chance'] = _clean(o.chance)
    d['words'] = o.words
    d['low'] = _clean(o.low)
    d['high'] = _clean(o.high)
    d['figures'] = o.figures
    d['scale'] = o.scale
    d['note'] = o.note
    return d


def record_MethodOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['value'] = _clean(o.value)
    d['status'] = o.status
    d['class'] = o.klass
    d['label'] = o.label
    d['projected'] = _clean(o.projected)
    d['reach_year'] = _clean(o.reach_year)
    d['judged_against'] = o.judged_against
    d['notes'] = [str(x) for x in o.notes]
    return d


def record_RowOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['indicator'] = o.indicator.id
    d['name'] = o.indicator.name
    d['group'] = o.indicator.group
    d['unit'] = o.indicator.unit
    d['direction'] = o.indicator.direction
    d['milestone'] = o.milestone
    d['baseline'] = record_PointOut(o.baseline)
    d['latest'] = record_LatestOut(o.latest)
    d['target'] = record_TargetOut(o.target)
    d['years_left'] = o.years_left
    d['gap'] = _clean(o.gap)
    d['to_go'] = _clean(o.to_go)
    d['plan_rate'] = _clean(o.plan_rate)
    d['actual_rate'] = _clean(o.actual_rate)
    d['required_rate'] = _clean(o.required_rate)
    d['required_change'] = _clean(o.required_change)
    d['actual_change'] = _clean(o.actual_change)
    d['projected'] = _clean(o.projected)
    d['reach_year'] = _clean(o.reach_year)
    d['progress'] = _clean(o.progress)
    d['score'] = _clean(o.score)
    d['status'] = o.status
    d['status_label'] = o.status_label
    d['summary'] = o.summary
    d['outlook'] = record_OutlookOut(o.outlook)
    d['notes'] = [str(x) for x in o.notes]
    v = o.methods
    if v:
        d['methods'] = {str(x.method): record_MethodOut(x) for x in v}
    return d


def record_ReportOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['schema_version'] = 1
    d['title'] = o.title
    d['file'] = o.path
    d['as_of'] = o.as_of
    d['method'] = o.method.key
    d['rows'] = [record_RowOut(x) for x in o.rows]
    v = o.compared
    if v:
        d['methods'] = [str(x) for x in v]
    return d


def record_IndicatorOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['id'] = o.id
    d['name'] = o.name
    d['group'] = o.group
    d['unit'] = o.unit
    d['direction'] = o.direction
    d['display'] = o.display
    d['limit'] = _clean(o.limit)
    d['note'] = o.note
    return d


def record_ObservationOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['year'] = o.year
    d['value'] = _clean(o.value)
    d['source'] = o.source
    d['source_title'] = o.title
    d['grade'] = o.grade
    d['note'] = o.note
    d['used'] = o.used
    return d


def record_PathOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['year'] = o.year
    d['observed'] = _clean(o.observed)
    d['plan'] = _clean(o.plan)
    d['trend'] = _clean(o.trend)
    d['trend_low'] = _clean(o.trend_low)
    d['trend_high'] = _clean(o.trend_high)
    d['later'] = _clean(o.later)
    return d


def record_StoryOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['schema_version'] = 1
    d['title'] = o.report.title
    d['file'] = o.report.path
    d['as_of'] = o.report.as_of
    d['method'] = o.report.method.key
    v = o.report.compared
    if v:
        d['methods'] = [str(x) for x in v]
    d['indicator'] = record_IndicatorOut(o.indicator)
    d['observations'] = [record_ObservationOut(x) for x in o.figures]
    d['rows'] = [record_RowOut(x) for x in o.report.rows]
    d['path'] = [record_PathOut(x) for x in o.paths]
    d['notes'] = [str(x) for x in o.notes]
    return d


def record_ChangeOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['kind'] = o.kind
    d['indicator'] = o.indicator.id
    d['name'] = o.indicator.name
    if o.of_row:
        d['milestone'] = o.milestone
    if o.of_figure:
        d['year'] = o.year
    d['before'] = _word_or_number(o.before)
    d['after'] = _word_or_number(o.after)
    if o.of_status:
        d['before_label'] = o.before_label
    if o.of_status:
        d['after_label'] = o.after_label
    if o.of_status:
        d['worse'] = o.worse
    if o.of_target:
        d['before_comparator'] = o.before_source
    if o.of_target:
        d['after_comparator'] = o.after_source
    if o.of_figure:
        d['before_source'] = o.before_source
    if o.of_figure:
        d['after_source'] = o.after_source
    if o.of_figure:
        d['before_grade'] = o.before_grade
    if o.of_figure:
        d['after_grade'] = o.after_grade
    return d


def record_DiffOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['schema_version'] = 1
    d['old'] = o.old
    d['new'] = o.new
    d['changes'] = [record_ChangeOut(x) for x in o.changes]
    return d


def record_GroupOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['group'] = o.group
    d['milestone'] = o.milestone
    d['status'] = o.status
    d['status_label'] = o.status.label
    d['score'] = _clean(o.score)
    d['target_achieved'] = o.target_achieved
    d['assessed'] = o.assessed
    d['not_available'] = o.not_available
    d['indicators'] = [str(x) for x in o.indicators]
    d['notes'] = [str(x) for x in o.notes]
    return d


def record_RollUpOut(o: Any) -> Any:
    if o is None:
        return None
    d: dict[str, Any] = {}
    d['schema_version'] = 1
    d['title'] = o.report.title
    d['path'] = o.report.path
    d['as_of'] = o.report.as_of
    d['by'] = 'group'
    d['groups'] = [record_GroupOut(x) for x in o.groups]
    return d
