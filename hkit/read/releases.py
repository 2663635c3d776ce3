"""The release calendar of sources: when a newer figure is due.

A source may declare ``next_release`` (``2026-12-21`` or ``2026-12``) and ``frequency``
(``annual`` ...). Without ``next_release``, a source with a ``frequency`` and a ``date`` of
day or month precision expects its next release one period after that date. Put the
calendar on the latest release of a series: an older release of the same series would
otherwise look overdue for ever.

A release is *due* on its day (or during its month) and *overdue* after it. Pure: the
functions return messages; the CLI prints them on stderr and chooses "today".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from hkit.model import Frequency

if TYPE_CHECKING:
    from hkit.model import Plan, Source
    from hkit.read.checks import Checker
    from hkit.read.document import KeyPath


_MONTHS = {
    Frequency.ANNUAL: 12,
    Frequency.SEMIANNUAL: 6,
    Frequency.QUARTERLY: 3,
    Frequency.MONTHLY: 1,
}

_RELEASE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


class Release(NamedTuple):
    """A release date, to the day or to the month (``day`` is None): 2026-12-21 or 2026-12."""

    year: int
    month: int
    day: int | None = None

    def __str__(self) -> str:
        month = f"{self.year:04d}-{self.month:02d}"
        return month if self.day is None else f"{month}-{self.day:02d}"

    @property
    def first(self) -> dt.date:
        """The first day it may come out."""
        return dt.date(self.year, self.month, self.day or 1)

    @property
    def last(self) -> dt.date:
        """The last day it is due on: the day itself, or the month's last day."""
        if self.day is not None:
            return self.first
        return dt.date(self.year, self.month, _days_in(self.year, self.month))

    def plus_months(self, months: int) -> Release:
        """The same day (clamped to the month's end) or month, ``months`` later."""
        index = self.year * 12 + self.month - 1 + months
        year, month = divmod(index, 12)
        day = self.day
        if day is not None:
            day = min(day, _days_in(year, month + 1))
        return Release(year, month + 1, day)


def parse_release(text: str) -> Release | None:
    """``2026-12-21`` or ``2026-12`` as a ``Release``; None unless a real date or month."""
    match = _RELEASE.fullmatch(text)
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    day = int(match[3]) if match[3] else None
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return Release(year, month, day)


def check_release_fields(
    check: Checker, fields: dict[Any, Any], path: KeyPath
) -> tuple[str | None, Frequency | None]:
    """Validate a source's ``next_release`` and ``frequency``; report problems on ``check``."""
    frequency = None
    if fields.get("frequency") is not None:
        frequency = check.choice(fields["frequency"], (*path, "frequency"), Frequency)
    raw = fields.get("next_release")
    if raw is None:
        return None, frequency
    text = check.text(raw, (*path, "next_release"))
    if text is not None and parse_release(text) is None:
        check.error(
            (*path, "next_release"),
            f"expected a date or a month such as 2026-12-21 or 2026-12, got {text!r}",
        )
        text = None
    return text, frequency


def expected_release(source: Source) -> Release | None:
    """When the source's next release is expected: declared, or its date plus one period."""
    if source.next_release is not None:
        return parse_release(source.next_release)
    months = _MONTHS.get(source.frequency) if source.frequency is not None else None
    published = parse_release(source.date) if source.date is not None else None
    if months is None or published is None:
        return None
    return published.plus_months(months)


def release_warnings(plan: Plan, today: dt.date) -> list[str]:
    """One ``file: warning: sources.KEY: ...`` line per release due or overdue on ``today``."""
    warnings: list[str] = []
    for key, source in plan.sources.items():
        release = expected_release(source)
        if release is None or today < release.first:
            continue
        state = "overdue" if today > release.last else "due"
        how = (
            "declared"
            if source.next_release is not None
            else f"{source.frequency} after {source.date}"
        )
        warnings.append(
            f"{plan.path}: warning: sources.{key}: next release {state} as of {today.isoformat()} "
            f"(expected {release}, {how}); add its figures and move next_release on"
        )
    return warnings


def _days_in(year: int, month: int) -> int:
    """How many days ``month`` (1-12) of ``year`` has."""
    import calendar  # here: it imports locale and more, which most runs never need

    return calendar.monthrange(year, month)[1]
