"""A row's outlook as people read it: "reaching 1.3% by 2025 is unlikely (12%)".

Plain strings, shared by the table, ``hkit show``, Markdown and the report (each escapes them
for its medium, as it does every cell: the unit comes from the targets file).
"""

from __future__ import annotations

from hkit.assess.outlook import DECIDED
from hkit.assess.record import Row, RowTarget
from hkit.model import Comparator
from hkit.render import words


def per_cent(chance: float) -> str:
    """``0.1248`` → ``12%``; never a rounded 0 % or 100 % for what is not certain."""
    if 0 < chance < 0.005:
        return "<1%"
    if 0.995 <= chance < 1:
        return ">99%"
    return f"{chance:.0%}"


def phrase(row: Row) -> str | None:
    """``unlikely (12%)``, ``decided (met)``; None without an outlook."""
    outlook = row.outlook
    if outlook is None or outlook.chance is None or outlook.words is None:
        return None
    if outlook.words == DECIDED:
        return f"decided ({'met' if outlook.chance == 1 else 'missed'})"
    return f"{outlook.words} ({per_cent(outlook.chance)})"


def cell(row: Row) -> str:
    """The table's Chance cell: ``12%``, ``met``, ``missed`` or a dash."""
    outlook = row.outlook
    if outlook is None or outlook.chance is None:
        return words.DASH if row.target is not None else ""
    if outlook.words == DECIDED:
        return "met" if outlook.chance == 1 else "missed"
    return per_cent(outlook.chance)


def _reaching(row: Row, target: RowTarget) -> str:
    """What meeting ``target`` means, in words: ``reaching 1.3%``."""
    amount = words.value(row.indicator, target.value)
    comparator, rising = target.comparator, row.indicator.direction.sign > 0
    if comparator is Comparator.ABOUT:
        return f"reaching about {amount}"
    if comparator is Comparator.AT_LEAST:
        return f"reaching {amount}" if rising else f"staying at or above {amount}"
    return f"getting down to {amount}" if not rising else f"staying at or below {amount}"


def sentence(row: Row) -> str | None:
    """The outlook of a row with a target in one clause: ``reaching 1.3% by 2025 is unlikely
    (12%)``; for a decided milestone what its figure did; None for a row without a target."""
    if row.target is None or row.outlook is None:
        return None
    outlook = row.outlook
    year = row.target.year
    if outlook.words == DECIDED:
        verb = "met" if outlook.chance == 1 else "missed"
        return f"the {year} figure {verb} the target: decided"
    said = phrase(row)
    if said is None:
        return f"no outlook for {year} ({outlook.note})"
    return f"{_reaching(row, row.target)} by {year} is {said}"


def band(row: Row) -> str:
    """The 80 % band at the data year: ``1.03%–1.32%``, or a dash."""
    outlook = row.outlook
    if outlook is None or outlook.low is None or outlook.high is None:
        return words.DASH
    return f"{words.value(row.indicator, outlook.low)}–{words.value(row.indicator, outlook.high)}"
