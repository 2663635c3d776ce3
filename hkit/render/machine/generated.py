"""The writers of ``hkit.contract``'s objects, generated from its tables by
``python scripts/regenerate`` (``hkit.render.machine.codegen``): do not edit.

Generated once, not at each run, which cost a command that writes JSON or CSV about 16
million instructions. CI and tests/test_records.py fail when this file is not what the
contract generates; ruff leaves it alone, mypy checks it.
"""

from collections.abc import Sequence
from json.encoder import encode_basestring as _text
from typing import Any

from hkit.render.machine.records import (
    _boolean,
    _count,
    _maybe_text,
    _number,
    _texts,
    _word_or_number,
    _word_or_number_json,
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


def json_PointOut_3(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n        "year": ',
        _count(o.year),
        ',\n        "value": ',
        _number(o.value),
        ',\n        "source": ',
        _text(o.source),
        '\n      }',
    ))


def json_LatestOut_3(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n        "year": ',
        _count(o.year),
        ',\n        "value": ',
        _number(o.value),
        ',\n        "source": ',
        _text(o.source),
        ',\n        "grade": ',
        _maybe_text(o.grade),
        '\n      }',
    ))


def json_TargetOut_3(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n        "year": ',
        _count(o.year),
        ',\n        "value": ',
        _number(o.value),
        ',\n        "comparator": ',
        _text(o.comparator),
        '\n      }',
    ))


def json_OutlookOut_3(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n        "chance": ',
        _number(o.chance),
        ',\n        "words": ',
        _maybe_text(o.words),
        ',\n        "low": ',
        _number(o.low),
        ',\n        "high": ',
        _number(o.high),
        ',\n        "figures": ',
        _count(o.figures),
        ',\n        "scale": ',
        _maybe_text(o.scale),
        ',\n        "note": ',
        _maybe_text(o.note),
        '\n      }',
    ))


def json_MethodOut_4(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n          "value": ',
        _number(o.value),
        ',\n          "status": ',
        _text(o.status),
        ',\n          "class": ',
        _text(o.klass),
        ',\n          "label": ',
        _text(o.label),
        ',\n          "projected": ',
        _number(o.projected),
        ',\n          "reach_year": ',
        _number(o.reach_year),
        ',\n          "judged_against": ',
        _maybe_text(o.judged_against),
        ',\n          "notes": ',
        _texts(o.notes, '\n          '),
        '\n        }',
    ))


def json_RowOut_2(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n      "indicator": ',
        _text(o.indicator.id),
        ',\n      "name": ',
        _text(o.indicator.name),
        ',\n      "group": ',
        _maybe_text(o.indicator.group),
        ',\n      "unit": ',
        _text(o.indicator.unit),
        ',\n      "direction": ',
        _text(o.indicator.direction),
        ',\n      "milestone": ',
        _maybe_text(o.milestone),
        ',\n      "baseline": ',
        json_PointOut_3(o.baseline),
        ',\n      "latest": ',
        json_LatestOut_3(o.latest),
        ',\n      "target": ',
        json_TargetOut_3(o.target),
        ',\n      "years_left": ',
        _count(o.years_left),
        ',\n      "gap": ',
        _number(o.gap),
        ',\n      "to_go": ',
        _number(o.to_go),
        ',\n      "plan_rate": ',
        _number(o.plan_rate),
        ',\n      "actual_rate": ',
        _number(o.actual_rate),
        ',\n      "required_rate": ',
        _number(o.required_rate),
        ',\n      "required_change": ',
        _number(o.required_change),
        ',\n      "actual_change": ',
        _number(o.actual_change),
        ',\n      "projected": ',
        _number(o.projected),
        ',\n      "reach_year": ',
        _number(o.reach_year),
        ',\n      "progress": ',
        _number(o.progress),
        ',\n      "score": ',
        _number(o.score),
        ',\n      "status": ',
        _text(o.status),
        ',\n      "status_label": ',
        _text(o.status_label),
        ',\n      "summary": ',
        _text(o.summary),
        ',\n      "outlook": ',
        json_OutlookOut_3(o.outlook),
        ',\n      "notes": ',
        _texts(o.notes, '\n      '),
        ((',\n      "methods": ' + (('{' + '\n        ' + ',\n        '.join([_text(str(x.method)) + ': ' + json_MethodOut_4(x) for x in o.methods]) + '\n      }') if o.methods else '{}')) if o.methods else ''),
        '\n    }',
    ))


def json_ReportOut_0(o: Any) -> str:
    if o is None:
        return 'null'
    return ''.join((
        '{\n  "schema_version": ',
        '1',
        ',\n  "title": ',
        _text(o.title),
        ',\n  "file": ',
        _text(o.path),
        ',\n  "as_of": ',
        _count(o.as_of),
        ',\n  "method": ',
        _text(o.method.key),
        ',\n  "rows": ',
        (('[' + '\n    ' + ',\n    '.join([json_RowOut_2(x) for x in o.rows]) + '\n  ]') if o.rows else '[]'),
        ((',\n  "methods": ' + _texts(o.compared, '\n  ')) if o.compared else ''),
        '\n}',
    ))


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
