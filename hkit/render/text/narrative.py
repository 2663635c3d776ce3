"""An indicator's story as plain strings, shared by ``hkit show`` (rich) and ``hkit report``
(HTML): the headline numbers of each milestone and the notes. No rich, no markup.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from hkit.assess.record import Row
from hkit.model import Indicator
from hkit.render import words
from hkit.render.text import outlook as outlook_text

if TYPE_CHECKING:  # gap's sentences need first_whole_year, not the story's records
    from hkit.assess.story import Story


def number_lines(story: Story) -> list[tuple[str, list[str]]]:
    """The headline numbers of each of the story's rows: one (name, cells) line per quantity,
    one cell per row (milestone), before the status lines."""
    rows = story.report.rows
    return [
        ("Target", [words.target(r) for r in rows]),
        ("Base", [words.baseline(r) for r in rows]),
        ("Latest", [words.latest(r) for r in rows]),
        ("To go", [words.to_go(r) for r in rows]),
        ("Plan rate", [words.rate(r.plan_rate) for r in rows]),
        ("Actual rate", [words.rate(r.actual_rate) for r in rows]),
        ("Actual change", [change(r, r.actual_change) for r in rows]),
        ("Needed", [words.needed(r) for r in rows]),
        ("Projected", [maybe(r.indicator, r.projected) for r in rows]),
        # A data year, like the milestone's "(2025 data)": 2028 means the figures of 2028.
        ("Reached (data)", [reach(r) for r in rows]),
        ("Outlook", [outlook_text.phrase(r) or words.DASH for r in rows]),
        ("80% band", [outlook_text.band(r) for r in rows]),
    ]


def footnotes(story: Story) -> list[str]:
    """The rows' notes (with what the † mark means), the methods' and the paths'."""
    lines = words.footnotes(story.report)
    seen = set(lines)
    for row in story.report.rows:
        for result in row.methods:
            for note in result.notes:
                if note not in seen:
                    seen.add(note)
                    lines.append(note)
    lines.extend(story.notes)
    return lines


def maybe(indicator: Indicator, amount: float | None, *, unit: bool = True) -> str:
    """A value in the indicator's unit, or a dash for none (``unit=False``: a unit written
    after the number is left to the column's heading, ``in_heading``)."""
    return words.DASH if amount is None else words.value(indicator, amount, unit=unit)


def in_heading(indicator: Indicator, heading: str) -> str:
    """``Observed (kt CO2e)``: a column's heading naming a unit written after the number."""
    tail = words.suffix(indicator)
    return f"{heading} ({tail})" if tail else heading


def change(row: Row, amount: float | None) -> str:
    """An absolute change a year: ``+0.035 pp/yr``."""
    return words.DASH if amount is None else f"{words.difference(row.indicator, amount)}/yr"


def first_whole_year(reach_year: float) -> int:
    """``2028.24`` → 2029, ``2028.0`` → 2028: the year the path is first at the target.

    Rounded to a millionth of a year first, so that 2028.0000000001 (the float of a
    computed 2028) is 2028.
    """
    return math.ceil(round(reach_year, 6))


def reach(row: Row) -> str:
    """The first whole (data) year at or past the target at the current pace: ``2029`` for
    2028.24, as the year-by-year path shows it (JSON keeps the fraction)."""
    if row.reach_year is not None:
        return str(first_whole_year(row.reach_year))
    if row.target is None or (row.actual_rate is None and row.actual_change is None):
        return words.DASH
    return "not at this pace"
