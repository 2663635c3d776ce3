"""One sentence per row, the same in every output: the row's verdict in words.

``sentence(row)`` is built from the row's own fields only (its status and words, figures,
target, pace, reach year and notes), so JSON's and CSV's ``summary``, ``hkit show``, the
Markdown table, the report and ``gap -v`` say the same thing. It covers every case a row can
be in: no target, not available (with its reason), met or missed once decided, already met,
moving away from the target, and on its way (in time, late, or never at this pace); see
docs/reading-the-table.md. The text is plain and unescaped: each medium escapes it.
"""

from __future__ import annotations

from hkit.assess.catalogue import CATALOGUE
from hkit.assess.outlook import DECIDED
from hkit.assess.record import Report, Row
from hkit.model import Status
from hkit.render import words
from hkit.render.text import outlook as outlook_text
from hkit.render.text.narrative import first_whole_year

_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def with_summaries(report: Report) -> Report:
    """``report`` with each row's ``summary`` written (``sentence``): called once the rows are
    complete (every method applied), before any output is written."""
    return report._replace(rows=tuple(_with_summary(row, sentence(row)) for row in report.rows))


def _with_summary(row: Row, summary: str) -> Row:
    """``row._replace(summary=summary)``, the row's last field, without _replace's keyword
    machinery (a 23-field row each time, 20,000 times for 10,000 indicators); a field added
    after it would take the summary's place in every golden file."""
    return tuple.__new__(Row, (*row[:-1], summary))


def sentence(row: Row) -> str:
    """The row's verdict and its reason in one sentence, ending with a full stop."""
    if row.target is None or row.milestone is None:
        body = _without_target(row)
    elif row.latest is None or row.status is Status.NOT_AVAILABLE:
        body = _unavailable(row)
    elif row.latest.year >= row.target.year:
        body = _decided(row)
    elif row.to_go == 0:
        body = _already_met(row)
    else:
        body = _on_the_way(row)
    return f"{row.status_label}: {body}{outlook_clause(row)}."


def outlook_clause(row: Row) -> str:
    """The outlook's clause, before the full stop (the one place its words join the sentence):
    ``; on the current trend, reaching 1.3% by 2025 is unlikely (12%)``. Nothing for a decided
    milestone (the sentence says met or missed) or a row without a chance."""
    outlook = row.outlook
    if outlook is None or outlook.chance is None or outlook.words == DECIDED:
        return ""
    said = outlook_text.sentence(row)
    return f"; on the current trend, {said}" if said else ""


def years(count: int) -> str:
    """``one year``, ``four years``, ``12 years``."""
    number = _SMALL[count] if 0 <= count < len(_SMALL) else str(count)
    return f"{number} year{'' if count == 1 else 's'}"


def _milestone(row: Row) -> str:
    """``the 2027 milestone's target of ≥1.3%``."""
    return f"the {row.milestone} milestone's target of {words.target(row)}"


def _moving(row: Row, rate: float | None, change: float | None) -> str | None:
    """``up 3.4%``, ``down 2.1%``, ``up 0.035 pp`` (a rate, else a change, a year), ``flat``;
    None when neither is known."""
    size = rate if rate is not None else change
    if size is None:
        return None
    if size == 0:
        return "flat"
    way = "up" if size > 0 else "down"
    if rate is not None:
        return f"{way} {words.percent(abs(rate))}"
    return f"{way} {words.amount(row.indicator, abs(size))}"


def _pace(row: Row) -> str | None:
    """``the pace since 2020 (up 3.4% a year)``, or None when no pace can be computed."""
    moving = _moving(row, row.actual_rate, row.actual_change)
    if row.baseline is None or moving is None:
        return None
    per_year = "no change" if moving == "flat" else f"{moving} a year"
    return f"the pace since {row.baseline.year} ({per_year})"


def _needs(row: Row) -> str:
    """``; it now needs to go up 15.0% a year`` (the growth, else the change, required)."""
    moving = _moving(row, row.required_rate, row.required_change)
    if moving is None or moving == "flat":
        return ""
    return f"; it now needs to go {moving} a year"


def _latest(row: Row) -> str:
    """``1.13% in 2024``."""
    assert row.latest is not None
    return f"{words.value(row.indicator, row.latest.value)} in {row.latest.year}"


def _reason(row: Row, fallback: str) -> str:
    """Why the row cannot be judged: the judging method's first note, else the row's."""
    notes = row.verdict.notes if row.verdict is not None and row.verdict.notes else row.notes
    return notes[0] if notes else fallback


def _without_target(row: Row) -> str:
    name = row.indicator.name
    pace = _pace(row)
    if row.latest is None or pace is None or row.status.value == "not_available":
        reason = _reason(row, "no pace can be computed")
        return f"{name} has no target and cannot be judged: {reason}"
    return f"{name} has no target; it stands at {_latest(row)}, at {pace}"


def _unavailable(row: Row) -> str:
    reason = _reason(row, "no figure to assess")
    return f"{row.indicator.name} cannot be judged against {_milestone(row)}: {reason}"


def _decided(row: Row) -> str:
    """A milestone whose data year has figures: met, or missed by what is to go."""
    name = row.indicator.name
    if row.status.value == "target_achieved":
        return f"{name} met {_milestone(row)}, at {_latest(row)}"
    short = f" by {words.to_go(row)}" if row.to_go else ""
    return f"{name} missed {_milestone(row)}{short}, at {_latest(row)}"


def _already_met(row: Row) -> str:
    assert row.target is not None
    return (
        f"{row.indicator.name} already meets {_milestone(row)}, at {_latest(row)}; "
        f"the milestone is judged on the figures of {row.target.year}"
    )


def _on_the_way(row: Row) -> str:
    """Short of the target: where the current pace takes it, and what it now needs."""
    assert row.target is not None
    name = row.indicator.name
    pace = _pace(row)
    goal = words.value(row.indicator, row.target.value)
    if pace is None:
        return f"{name} is {words.to_go(row)} short of {_milestone(row)}{_needs(row)}"
    away = row.actual_change is not None and row.actual_change * row.indicator.direction.sign < 0
    if away:
        return f"at {pace}, {name} is moving away from {_milestone(row)}{_needs(row)}"
    trend = _trend(row, pace)
    if row.reach_year is None:
        return f"{trend}, {name} does not reach {goal}{_needs(row)}"
    year = first_whole_year(row.reach_year)
    late = year - row.target.year
    when = (
        f"by the {row.milestone} milestone's data year ({row.target.year})"
        if late <= 0
        else f"{years(late)} after the {row.milestone} milestone's data year ({row.target.year})"
    )
    return f"{trend}, {name} reaches {goal} in {year}, {when}{_needs(row)}"


def _trend(row: Row, pace: str) -> str:
    """What the reach year comes from: the pace since the base figure, or, when a method with a
    trend of its own judged the row (``--method regression``), that trend: quoting the pace
    beside the fit's year would contradict itself."""
    own = CATALOGUE[row.verdict.method].trend if row.verdict is not None else None
    return f"on {own}" if own else f"at {pace}"
