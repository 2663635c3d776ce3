"""Command-line pieces of the release calendar: ``--today``, ``--max-age`` and their messages.

The calendar itself (what is due, what is stale) is ``hkit.read.releases``; this module only reads
the options, prints on stderr and chooses the exit code.

"Today" comes from one place, ``today_from``: ``--today``, else the environment variable
``HKIT_TODAY``, else the system date. Core code never reads the clock; it is handed the date.
The test suite sets ``HKIT_TODAY`` for every test, so that no result depends on the day it runs.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Annotated

import typer

from hkit.cli.process import say

if TYPE_CHECKING:
    from hkit.assess.record import Report
    from hkit.model import Plan

TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="DATE",
        help=(
            "The date to judge release calendars by (YYYY-MM-DD; default: $HKIT_TODAY, "
            "else the system date)."
        ),
        show_default=False,
    ),
]
MaxAgeOption = Annotated[
    int | None,
    typer.Option(
        "--max-age",
        min=0,
        metavar="YEARS",
        help=(
            "With --check: also exit 1 if a row's latest figure is more than YEARS years "
            "older than the year of --today."
        ),
        show_default=False,
    ),
]


TODAY_VARIABLE = "HKIT_TODAY"


def today_from(text: str | None) -> dt.date:
    """The run's "today": ``--today``, else ``$HKIT_TODAY``, else the system date.

    A malformed date from either is a usage error (exit 2) naming where it came from. An empty
    ``HKIT_TODAY`` counts as unset, as shells leave it after ``HKIT_TODAY= cmd``.
    """
    hint = "'--today'"
    if text is None:
        text = os.environ.get(TODAY_VARIABLE) or None
        hint = f"${TODAY_VARIABLE}"
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"expected a date such as 2027-01-15, got {text!r}", param_hint=hint
        ) from None


def warn_releases(plan: Plan, today: dt.date) -> None:
    """Say on stderr which sources have a release due or overdue on ``today``."""
    from hkit.read.releases import release_warnings

    for warning in release_warnings(plan, today):
        say(warning)


def check_ages(report: Report, today: dt.date, max_age: int) -> bool:
    """Say on stderr which rows' latest figures are too old; True if any is."""
    from hkit.assess.gate import stale_rows

    stale = stale_rows(report.rows, today=today, max_age=max_age)
    for row in stale:
        assert row.latest is not None  # stale_rows keeps only rows with a figure
        where = f"{row.indicator.id} ({row.milestone})" if row.milestone else row.indicator.id
        age = today.year - row.latest.year
        say(
            f"hkit: {where}: latest figure is of {row.latest.year}, {age} years before "
            f"{today.year} (--max-age {max_age})"
        )
    return bool(stale)


def require_check(max_age: int | None, *, check: bool) -> None:
    """``--max-age`` is a gate: refuse it without ``--check`` rather than ignore it."""
    if max_age is not None and not check:
        raise typer.BadParameter("only works with --check", param_hint="'--max-age'")
