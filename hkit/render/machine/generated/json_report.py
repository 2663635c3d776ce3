"""The JSON text of gap's report and of each of its rows.

Generated from ``hkit.contract`` by ``python scripts/regenerate``
(``hkit.render.machine.writer_modules``): do not edit."""

from json.encoder import encode_basestring as _text
from typing import Any

from hkit.render.machine.records import (
    _count,
    _maybe_text,
    _number,
    _texts,
)


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
