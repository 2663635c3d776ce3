"""Numbers as people read them: units, thousands separators, percentage points, %/yr.

Shared by the rich table and the Markdown table; plain strings only, no styling.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from hkit.assess.record import Report, Row
from hkit.model import Comparator, Display, Indicator, Status
from hkit.render.precision import precision
from hkit.textsafe import markdown, visible

# What a table cell shows for a value that is not there (``hkit.read.checks.MISSING`` is another
# thing: the validator's sentinel for an absent key).
DASH = "—"
# Units written before the number, as the Blueprint prints HK$3,575.
PREFIX_UNITS = ("HK$", "US$", "RMB", "$", "€", "£", "¥")
# The mark after a latest value that is not from an official source.
UNOFFICIAL_MARK = "†"
# What each grade below official means, written under the table for the grades it marks.
GRADE_MEANINGS = {
    "reprint": "a verbatim reprint or wire copy of an official release",
    "secondary": "a news report or third-party figure, to be used with caution",
    "derived": "computed by arithmetic from cited figures; the source states the formula",
}
_COMPARATOR_SIGNS = {Comparator.AT_LEAST: "≥", Comparator.AT_MOST: "≤", Comparator.ABOUT: "≈"}


def number(value: float, *, decimals: int | None = None) -> str:
    """``45310`` → ``45,310``; ``0.99`` → ``0.99``; ``1.30`` → ``1.3``; ``4747.9`` → ``4,748``;
    ``0.0004`` → ``0.0004`` (small values keep three significant digits, never become 0).

    ``decimals`` (an indicator's ``precision``) fixes the decimals of every value of 1 or more,
    whatever its size, so that one indicator's numbers read alike: ``1,057`` beside ``952``,
    not beside ``951.73``. Trailing zeros are dropped either way.
    """
    if abs(value) >= 1e15 or 0 < abs(value) < 1e-9:
        return f"{value:.3g}"  # 1e+300, not three hundred digits; 1e-300, not 0
    places = 2
    if decimals is not None and abs(value) >= 1:
        places = decimals
    elif abs(value) >= 1000:
        places = 0
    elif 0 < abs(value) < 1:
        # Enough decimals for three significant digits: 0.99 → 2, 0.0004 → 6 (trimmed later).
        places = min(max(3, 2 - math.floor(math.log10(abs(value)))), 12)
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def is_percent(indicator: Indicator) -> bool:
    """Whether values are percentages, whose differences are percentage points."""
    return _unit_style(indicator.unit)[0]


@lru_cache(maxsize=256)  # a few units per file, asked for at every value written in words
def _unit_style(unit: str) -> tuple[bool, str, str]:
    """How a unit is written: whether it is a percentage, the currency written before the
    number (or ""), and the unit as shown after the number (made visible)."""
    unit = unit.strip()
    prefix = next((p for p in PREFIX_UNITS if unit.startswith(p)), "")
    return unit.startswith("%"), prefix, visible(unit)


# Read at every value written in words: an enum's member is slower to look up (EnumType).
_SHARE_RATIO = Display.SHARE_RATIO


def suffix(indicator: Indicator) -> str:
    """The unit written after the number (``kt CO2e``, ``persons``), or "" for a percentage,
    a currency, a ratio or no unit (docs/reading-the-table.md says which is which)."""
    percent, prefix, shown = _unit_style(indicator.unit)
    return "" if indicator.display is _SHARE_RATIO or percent or prefix else shown


def value(indicator: Indicator, amount: float, *, unit: bool = True, exact: bool = False) -> str:
    """A value in its unit: ``0.99%``, ``HK$3,575``, ``58:42``, ``1,080 kt CO2e``, with the
    indicator's ``precision`` (``exact=True``: the plain rule of ``number``, for differences).

    ``unit=False`` leaves a unit written after the number off, for a column whose heading
    names it; percentages, currencies and ratios always keep their marks.
    """
    decimals = None if exact else precision(indicator)
    if indicator.display is _SHARE_RATIO:
        # Whole numbers, as ratios are printed (58:42); the JSON keeps the exact share.
        return f"{100 - amount:.0f}:{amount:.0f}"
    percent, prefix, tail = _unit_style(indicator.unit)
    if percent:
        return f"{number(amount, decimals=decimals)}%"
    if prefix:
        sign = "-" if amount < 0 else ""
        return f"{sign}{prefix}{number(abs(amount), decimals=decimals)}"
    shown = number(amount, decimals=decimals)
    # Neither a ratio, a percentage nor a currency: the unit follows the number (``suffix``).
    return f"{shown} {tail}" if unit and tail else shown


def amount(indicator: Indicator, size: float, *, unit: bool = True) -> str:
    """An unsigned amount of the unit, as a difference is: ``0.87 pp`` for a percentage or a
    ratio, ``HK$4,231``, ``80 kt CO2e``."""
    if is_percent(indicator) or indicator.display is _SHARE_RATIO:
        return f"{number(size)} pp"
    return value(indicator, size, unit=unit, exact=True)


def difference(indicator: Indicator, size: float | None, *, unit: bool = True) -> str:
    """A signed difference in the unit: ``+0.17 pp`` for percentages, ``+HK$1,425``."""
    if size is None:
        return DASH
    sign = "+" if size > 0 else "-" if size < 0 else "±"
    return f"{sign}{amount(indicator, abs(size), unit=unit)}"


# What the "To go" column says once the latest figure meets the target.
MET = "met"


def to_go(row: Row, *, unit: bool = True) -> str:
    """What is still to go in the target's direction, always positive: ``0.87 pp``,
    ``80 kt CO2e``; ``met`` once the latest figure meets the target; a dash if unknown."""
    if row.to_go is None:
        return DASH
    if row.to_go == 0:
        return MET
    return amount(row.indicator, row.to_go, unit=unit)


def percent(amount: float | None) -> str:
    """A fraction as a percentage with one decimal: ``0.056`` → ``5.6%``."""
    if amount is None:
        return DASH
    if abs(amount) >= 1e4:
        # 4.48e+63%, not 64 digits (or "inf%" once × 100 overflows): the exponent of the
        # fraction, plus 2.
        mantissa, exponent = f"{amount:.2e}".split("e")
        return f"{mantissa}e{int(exponent) + 2:+03d}%"
    return f"{amount * 100:.1f}%"


def rate(amount: float | None) -> str:
    """An annual rate as ``5.6%/yr``."""
    return DASH if amount is None else f"{percent(amount)}/yr"


def needed(row: Row, *, per_year: bool = True, unit: bool = True) -> str:
    """The pace needed from now: the growth rate, else the absolute change per year.

    ``per_year=False`` leaves "/yr" off rates, for tables whose header says "a year".

    Nothing is needed once the target is met, so a met row shows a dash rather than the
    (negative) rate at which it could fall and still meet it.
    """
    if row.status is Status.TARGET_ACHIEVED:
        return DASH
    if row.required_rate is not None:
        return percent(row.required_rate) + ("/yr" if per_year else "")
    if row.required_change is not None:
        # Always marked, so that a change in units is never read as a percentage.
        return difference(row.indicator, row.required_change, unit=unit) + "/yr"
    return DASH


def target(row: Row, *, unit: bool = True) -> str:
    """The target with its comparator: ``≥1.3%``, ``≈5,000 start-ups``."""
    if row.target is None:
        return "no target"
    sign = _COMPARATOR_SIGNS[row.target.comparator]
    if row.indicator.display is _SHARE_RATIO and row.target.comparator is not Comparator.ABOUT:
        sign = ""  # "≥40:60" reads oddly; the direction already says which way is better
    return f"{sign}{value(row.indicator, row.target.value, unit=unit)}"


def milestone(row: Row) -> str:
    """``2027 (2025 data)``: the milestone and the data year it is judged on."""
    if row.milestone is None or row.target is None:
        return DASH
    if row.milestone == str(row.target.year):
        return visible(row.milestone)
    return f"{visible(row.milestone)} ({row.target.year} data)"


def title(report: Report) -> str:
    """The plan's title (made visible: see ``hkit.textsafe``), with the year of ``--as-of``."""
    name = visible(report.title)
    return name if report.as_of is None else f"{name} (as of {report.as_of})"


def markdown_cell(value: str) -> str:
    """Text safe inside a Markdown table cell or list item (``hkit.textsafe.markdown``)."""
    return markdown(value)


def data_years(report: Report) -> str | None:
    """A sentence saying which data year each milestone shown is judged on, if any differs."""
    pairs: dict[str, int] = {}
    for row in report.rows:
        if row.milestone is not None and row.target is not None:
            pairs.setdefault(row.milestone, row.target.year)
    if all(name == str(year) for name, year in pairs.items()):
        return None
    judged = ", ".join(f"{name} on {year}" for name, year in pairs.items())
    return visible(f"Milestones are judged on the figures of their data year: {judged}.")


def latest(row: Row, *, mark: bool = True) -> str:
    """The latest value and its year, marked when its source is not official."""
    if row.latest is None:
        return DASH
    text = f"{value(row.indicator, row.latest.value)} ({row.latest.year})"
    if mark and row.latest.grade not in (None, "official"):
        text += UNOFFICIAL_MARK
    return text


def baseline(row: Row) -> str:
    """The base value and its year."""
    if row.baseline is None:
        return DASH
    return f"{value(row.indicator, row.baseline.value)} ({row.baseline.year})"


def footnotes(report: Report) -> list[str]:
    """Lines under a table: what the mark means and the sources it points to, then row notes."""
    lines: list[str] = []
    marked: dict[str, list[str]] = {}
    for row in report.rows:
        if row.latest is None or row.latest.grade in (None, "official"):
            continue
        label = f"{visible(row.indicator.id)} ({row.latest.year})"
        marked.setdefault(row.latest.source, [])
        if label not in marked[row.latest.source]:
            marked[row.latest.source].append(label)
    if marked:
        lines.append(f"{UNOFFICIAL_MARK} latest value not from an official source:")
        grades: set[str] = set()
        for key, labels in marked.items():
            source = report.sources.get(key)
            title = source.title if source else key
            grade = source.grade.value if source else "unknown"
            grades.add(grade)
            lines.append(f"  {', '.join(labels)}: {visible(title)} [{visible(grade)}]")
        # Only the grades that occur, in the order of GRADE_MEANINGS (best first).
        lines.extend(
            f"  [{grade}] {meaning}" for grade, meaning in GRADE_MEANINGS.items() if grade in grades
        )
    lines.extend(
        grouped_notes((row.indicator.id, note) for row in report.rows for note in row.notes)
    )
    return lines


def grouped_notes(notes: Iterable[tuple[str, str]]) -> list[str]:
    """``id: note`` lines from (indicator id, note) pairs; the same note on several
    indicators is written once, naming them all (``1.1, 1.2: ...``)."""
    by_note: dict[str, list[str]] = {}
    for ident, note in notes:
        ids = by_note.setdefault(note, [])
        if ident not in ids:
            ids.append(ident)
    return [visible(f"{', '.join(ids)}: {note}") for note, ids in by_note.items()]
