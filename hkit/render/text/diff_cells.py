"""The words of a diff: one tuple of plain-text cells per change, shared by table and Markdown.

File-borne text (names, source keys) is returned as is; each renderer escapes it for its medium.
"""

from __future__ import annotations

from hkit.assess.diff import Change, Diff, Kind
from hkit.model import Comparator, Status
from hkit.render import words

HEADER = ("ID", "Indicator", "Where", "Change", "Before", "After")
_SIGNS = {
    Comparator.AT_LEAST.value: "≥",
    Comparator.AT_MOST.value: "≤",
    Comparator.ABOUT.value: "≈",
}


def cells(change: Change) -> tuple[str, str, str, str, str, str]:
    """ID, indicator name, milestone or year, kind, before, after."""
    if change.kind in (Kind.STATUS, Kind.TARGET):
        where = "no target" if change.milestone is None else f"milestone {change.milestone}"
    else:
        where = f"year {change.year}"
    kind = change.kind.value  # the kind's own word, as the JSON writes it
    if change.worse:
        kind += " (worse)"
    before = _side(change, change.before, change.before_source, change.before_grade)
    after = _side(change, change.after, change.after_source, change.after_grade)
    return (change.indicator.id, change.indicator.name, where, kind, before, after)


def _side(
    change: Change, amount: float | Status | None, source: str | None, grade: str | None
) -> str:
    """One side of a change as words: a status label, a target, a figure with its source."""
    if amount is None:
        return words.DASH
    if isinstance(amount, Status):
        return amount.label
    shown = words.value(change.indicator, amount)
    if change.kind is Kind.TARGET:
        return f"{_SIGNS.get(source or '', '')}{shown}"
    cited = f"{source} ({grade})" if grade else str(source)
    if change.kind is Kind.SOURCE:
        return cited  # the value is the same on both sides: the source is the change
    if change.kind is Kind.REVISED and change.before_source == change.after_source:
        return shown
    return f"{shown}, {cited}"


def summary(diff: Diff) -> str:
    """One line: how many changes of each kind, and how many rows got worse."""
    if not diff.changes:
        return "No changes."
    counts: dict[str, int] = {}
    for change in diff.changes:
        word = change.kind.value
        counts[word] = counts.get(word, 0) + 1
    parts = [f"{n} {word}" for word, n in counts.items()]
    worse = len(diff.worse)
    rows = "row" if worse == 1 else "rows"
    return f"{len(diff.changes)} changes ({', '.join(parts)}); {worse} {rows} worse."
