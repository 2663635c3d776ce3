"""One status per group and milestone, rolled up from its rows as open-sdg rolls calculations up.

sdg-build 2.4.0 (``IndicatorProgress``) gives an indicator the mean score of its calculations
that have a score, mapped back to a status: [2.5, 5] substantial progress, [0, 2.5) moderate,
[-2.5, 0) limited, [-5, -2.5) deterioration; "target achieved" only when every scored
calculation achieved its target. Calculations inside a nested ``group:`` list are averaged
first and count as one (``Indicator.nest``). Rows that are not available (no score) are left
out and counted. A row without a target belongs to every milestone of its group. When every
scored row is decided (its milestone's data year has passed) and not all met their targets,
the group has missed the milestone.
Pure: no printing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from hkit.assess.record import Report, Row
from hkit.model import Status

# Lower bounds of the statuses a mean score maps to (sdg-build's get_progress_status_from_score).
SCORE_BOUNDS = (
    (2.5, Status.SUBSTANTIAL_PROGRESS),
    (0.0, Status.MODERATE_PROGRESS),
    (-2.5, Status.LIMITED_PROGRESS),
)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """The roll-up of one group at one milestone (``None``: rows without a target only).

    ``score`` is the mean score in [-5, 5] (None when no row has one); ``assessed`` counts the
    rows that have a score, ``not_available`` those left out; ``indicators`` are the row ids.
    """

    group: str
    milestone: str | None
    status: Status
    score: float | None
    target_achieved: bool
    assessed: int
    not_available: int
    indicators: tuple[str, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RollUp:
    """The roll-up of a report: the report (title, file, as_of) and its groups' rows."""

    report: Report
    groups: tuple[GroupRow, ...]


def status_from_score(score: float | None, *, achieved: bool) -> Status:
    """The status of a mean score, as open-sdg maps it back."""
    if achieved:
        return Status.TARGET_ACHIEVED
    if score is None:
        return Status.NOT_AVAILABLE
    for bound, status in SCORE_BOUNDS:
        if score >= bound:
            return status
    return Status.DETERIORATION


def roll_up(report: Report) -> tuple[GroupRow, ...]:
    """One ``GroupRow`` per group and milestone, groups in order of first appearance.

    An indicator without a group is its own group (named by its id).
    """
    groups: dict[str, list[Row]] = {}
    for row in report.rows:
        groups.setdefault(row.indicator.group or row.indicator.id, []).append(row)
    result: list[GroupRow] = []
    for name, rows in groups.items():
        milestones = list(dict.fromkeys(r.milestone for r in rows if r.milestone is not None))
        if not milestones:
            result.append(_group_row(name, None, rows))
            continue
        for milestone in milestones:
            members = [r for r in rows if r.milestone in (milestone, None)]
            result.append(_group_row(name, milestone, members))
    return tuple(result)


def _group_row(name: str, milestone: str | None, rows: Sequence[Row]) -> GroupRow:
    score, achieved = _node(rows, depth=0)
    scored = [r for r in rows if r.score is not None]
    notes = tuple(dict.fromkeys(n for r in rows if r.score is None for n in _why(r)))
    status = status_from_score(score, achieved=achieved and score is not None)
    decided = {Status.MISSED, Status.TARGET_ACHIEVED}
    if scored and all(r.status in decided for r in scored) and not achieved:
        # The milestone's data year has passed for every row: a pace no longer says anything.
        status = Status.MISSED
    return GroupRow(
        group=name,
        milestone=milestone,
        status=status,
        score=score,
        target_achieved=achieved and score is not None,
        assessed=len(scored),
        not_available=len(rows) - len(scored),
        indicators=tuple(r.indicator.id for r in rows),
        notes=notes,
    )


def _node(rows: Sequence[Row], *, depth: int) -> tuple[float | None, bool]:
    """Mean score and "all achieved" of the rows at this nesting depth, each nested set of
    rows counting as one member."""
    members: list[tuple[float, bool]] = []
    nested: dict[int, list[Row]] = {}
    for row in rows:
        if len(row.indicator.nest) > depth:
            nested.setdefault(row.indicator.nest[depth], []).append(row)
        elif row.score is not None:
            members.append((row.score, row.status is Status.TARGET_ACHIEVED))
    for _, inner in sorted(nested.items()):
        score, achieved = _node(inner, depth=depth + 1)
        if score is not None:
            members.append((score, achieved))
    if not members:
        return None, False
    return fmean(s for s, _ in members), all(a for _, a in members)


def _why(row: Row) -> Iterable[str]:
    return (f"{row.indicator.id}: {note}" for note in row.notes[:1]) if row.notes else ()
