"""The CSV lines and column names of gap's rows and of the roll-up.

Generated from ``hkit.contract`` by ``python scripts/regenerate``
(``hkit.render.machine.writer_modules``): do not edit."""

from collections.abc import Sequence
from typing import Any

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


def flat_RowOut(o: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d['indicator'] = o.indicator.id
    d['name'] = o.indicator.name
    d['group'] = o.indicator.group
    d['unit'] = o.indicator.unit
    d['direction'] = o.indicator.direction
    d['milestone'] = o.milestone
    v = record_PointOut(o.baseline)
    d['baseline_year'] = None if v is None else v['year']
    d['baseline_value'] = None if v is None else v['value']
    d['baseline_source'] = None if v is None else v['source']
    v = record_LatestOut(o.latest)
    d['latest_year'] = None if v is None else v['year']
    d['latest_value'] = None if v is None else v['value']
    d['latest_source'] = None if v is None else v['source']
    d['latest_grade'] = None if v is None else v['grade']
    v = record_TargetOut(o.target)
    d['target_year'] = None if v is None else v['year']
    d['target_value'] = None if v is None else v['value']
    d['target_comparator'] = None if v is None else v['comparator']
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
    v = record_OutlookOut(o.outlook)
    d['outlook_chance'] = None if v is None else v['chance']
    d['outlook_words'] = None if v is None else v['words']
    d['outlook_low'] = None if v is None else v['low']
    d['outlook_high'] = None if v is None else v['high']
    d['outlook_figures'] = None if v is None else v['figures']
    d['outlook_scale'] = None if v is None else v['scale']
    d['outlook_note'] = None if v is None else v['note']
    d['notes'] = '; '.join(o.notes)
    for x in o.methods:
        v = record_MethodOut(x)
        d['methods_' + str(x.method) + '_value'] = v['value']
        d['methods_' + str(x.method) + '_status'] = v['status']
        d['methods_' + str(x.method) + '_class'] = v['class']
        d['methods_' + str(x.method) + '_label'] = v['label']
        d['methods_' + str(x.method) + '_projected'] = v['projected']
        d['methods_' + str(x.method) + '_reach_year'] = v['reach_year']
        d['methods_' + str(x.method) + '_judged_against'] = v['judged_against']
    return d


def columns_RowOut(keys: Sequence[str] = ()) -> list[str]:
    columns = [
        'indicator',
        'name',
        'group',
        'unit',
        'direction',
        'milestone',
        'baseline_year',
        'baseline_value',
        'baseline_source',
        'latest_year',
        'latest_value',
        'latest_source',
        'latest_grade',
        'target_year',
        'target_value',
        'target_comparator',
        'years_left',
        'gap',
        'to_go',
        'plan_rate',
        'actual_rate',
        'required_rate',
        'required_change',
        'actual_change',
        'projected',
        'reach_year',
        'progress',
        'score',
        'status',
        'status_label',
        'summary',
        'outlook_chance',
        'outlook_words',
        'outlook_low',
        'outlook_high',
        'outlook_figures',
        'outlook_scale',
        'outlook_note',
        'notes',
        *['methods_' + k + s for k in keys for s in ('_value', '_status', '_class', '_label', '_projected', '_reach_year', '_judged_against')],
    ]
    return columns


def flat_GroupOut(o: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d['group'] = o.group
    d['milestone'] = o.milestone
    d['status'] = o.status
    d['status_label'] = o.status.label
    d['score'] = _clean(o.score)
    d['target_achieved'] = 'true' if o.target_achieved else 'false'
    d['assessed'] = o.assessed
    d['not_available'] = o.not_available
    return d


def columns_GroupOut(keys: Sequence[str] = ()) -> list[str]:
    columns = [
        'group',
        'milestone',
        'status',
        'status_label',
        'score',
        'target_achieved',
        'assessed',
        'not_available',
    ]
    return columns
