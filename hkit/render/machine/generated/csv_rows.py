"""The CSV lines and column names of gap's rows and of the roll-up.

Generated from ``hkit.contract`` by ``python scripts/regenerate``
(``hkit.render.machine.writer_modules``): do not edit."""

from collections.abc import Sequence
from typing import Any

from hkit.render.machine.records import clean as _clean


def line_RowOut(o: Any, keys: Sequence[str] = ()) -> list[Any]:
    v1 = o.baseline
    v2 = o.latest
    v3 = o.target
    v4 = o.outlook
    by_key = {str(x.method): x for x in o.methods}
    return [
        o.indicator.id,
        o.indicator.name,
        o.indicator.group,
        o.indicator.unit,
        o.indicator.direction,
        o.milestone,
        None if v1 is None else v1.year,
        None if v1 is None else _clean(v1.value),
        None if v1 is None else v1.source,
        None if v2 is None else v2.year,
        None if v2 is None else _clean(v2.value),
        None if v2 is None else v2.source,
        None if v2 is None else v2.grade,
        None if v3 is None else v3.year,
        None if v3 is None else _clean(v3.value),
        None if v3 is None else v3.comparator,
        o.years_left,
        _clean(o.gap),
        _clean(o.to_go),
        _clean(o.plan_rate),
        _clean(o.actual_rate),
        _clean(o.required_rate),
        _clean(o.required_change),
        _clean(o.actual_change),
        _clean(o.projected),
        _clean(o.reach_year),
        _clean(o.progress),
        _clean(o.score),
        o.status,
        o.status_label,
        o.summary,
        None if v4 is None else _clean(v4.chance),
        None if v4 is None else v4.words,
        None if v4 is None else _clean(v4.low),
        None if v4 is None else _clean(v4.high),
        None if v4 is None else v4.figures,
        None if v4 is None else v4.scale,
        None if v4 is None else v4.note,
        '; '.join(o.notes),
        *[c for x in [by_key.get(k) for k in keys] for c in ((None, None, None, None, None, None, None,) if x is None else (_clean(x.value), x.status, x.klass, x.label, _clean(x.projected), _clean(x.reach_year), x.judged_against,))],
    ]


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


def line_GroupOut(o: Any, keys: Sequence[str] = ()) -> list[Any]:
    return [
        o.group,
        o.milestone,
        o.status,
        o.status.label,
        _clean(o.score),
        'true' if o.target_achieved else 'false',
        o.assessed,
        o.not_available,
    ]


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
