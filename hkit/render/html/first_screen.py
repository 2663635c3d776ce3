"""What the report's first screen answers before any chart: how new the figures are and when
the page was written, the rows that most need attention (each in its sentence), what the
status words mean, and the data to take away (an embedded CSV ``data:`` link: the page still
loads nothing from elsewhere). Plain data; the template escapes every string.
"""

from __future__ import annotations

import datetime as dt
from binascii import b2a_base64

from hkit.assess.gate import RANKED
from hkit.assess.record import Report, Row
from hkit.model import Status

# Key findings listed at most; the rest are counted (every row has its sentence in its section).
FINDINGS = 5
# What each status means, in a line, for readers who meet the words first at the top.
MEANINGS = {
    Status.TARGET_ACHIEVED: "the latest figure meets the target.",
    Status.SUBSTANTIAL_PROGRESS: "at the pace so far, the target is reached by its data year.",
    Status.MODERATE_PROGRESS: "moving the right way, but too slowly to reach the target in time.",
    Status.LIMITED_PROGRESS: "moving the right way, far too slowly.",
    Status.DETERIORATION: "moving away from the target.",
    Status.MISSED: "the milestone's data year has figures, and they miss the target.",
    Status.NOT_AVAILABLE: "cannot be judged: too few figures, or no target (each row says why).",
}


# Plain classes with __slots__, not NamedTuples: defining a NamedTuple costs about 0.69 M
# instructions at import, a plain class about 0.07 M (callgrind; issue 23).
class Finding:
    """One key finding: the row's indicator, milestone, status key and sentence."""

    __slots__ = ("anchor", "ident", "milestone", "status", "words")

    def __init__(self, anchor: str, ident: str, milestone: str, status: str, words: str) -> None:
        self.anchor = anchor
        self.ident = ident
        self.milestone = milestone
        self.status = status
        self.words = words


class StatusWord:
    """A status as the page's top explains it."""

    __slots__ = ("meaning", "status", "words")

    def __init__(self, status: str, words: str, meaning: str) -> None:
        self.status = status
        self.words = words
        self.meaning = meaning


class FirstScreen:
    """The report's first screen."""

    __slots__ = (
        "csv_href",
        "csv_name",
        "figures_as_of",
        "findings",
        "more",
        "statuses",
        "written_on",
    )

    def __init__(
        self,
        figures_as_of: str,  # the year of the newest figure used
        written_on: str,  # the run's date (--today, $HKIT_TODAY, else the system date)
        findings: tuple[Finding, ...],
        more: int,  # rows needing attention beyond those listed
        statuses: tuple[StatusWord, ...],
        csv_href: str,  # a data: URL of the rows as CSV (hkit gap --format csv)
        csv_name: str,
    ) -> None:
        self.figures_as_of = figures_as_of
        self.written_on = written_on
        self.findings = findings
        self.more = more
        self.statuses = statuses
        self.csv_href = csv_href
        self.csv_name = csv_name


def first_screen(report: Report, anchors: dict[str, str], *, today: dt.date) -> FirstScreen:
    """The first screen of ``report``'s page; ``anchors`` link each indicator's section."""
    from hkit.render.machine.writers import render_csv

    years = [row.latest.year for row in report.rows if row.latest is not None]
    attention = rows_needing_attention(report)
    findings = tuple(
        Finding(
            anchors[row.indicator.id],
            row.indicator.id,
            row.milestone or "no target",
            row.status.value,
            row.summary,
        )
        for row in attention[:FINDINGS]
    )
    shown = {row.status for row in report.rows}
    return FirstScreen(
        figures_as_of=str(max(years)) if years else "no figure",
        written_on=today.isoformat(),
        findings=findings,
        more=max(len(attention) - FINDINGS, 0),
        statuses=tuple(
            StatusWord(s.value, s.label, MEANINGS[s])
            for s in (*RANKED, Status.NOT_AVAILABLE)
            if s in shown
        ),
        csv_href=csv_data_url(render_csv(report)),
        csv_name="hkit-gap.csv",
    )


# The CSV link's URL up to its data. Base64 rather than percent-encoding: the C encoder, where
# urllib.parse.quote walks every byte in Python (a tenth of the page's building, callgrind),
# and a shorter page (13.8 kB of link on the shipped file, 10.4 kB in base64).
CSV_URL_PREFIX = "data:text/csv;charset=utf-8;base64,"


def csv_data_url(text: str) -> str:
    """A ``data:`` URL holding ``text`` as a UTF-8 CSV file."""
    return CSV_URL_PREFIX + b2a_base64(text.encode("utf-8"), newline=False).decode("ascii")


def _urgency(status: Status) -> int:
    """Worst first: a missed milestone, a deterioration, ... then the rows not judged."""
    if status is Status.NOT_AVAILABLE:
        return len(RANKED)
    return len(RANKED) - 1 - RANKED.index(status)


def rows_needing_attention(report: Report) -> list[Row]:
    """The rows below on track, worst first (the order of the key findings)."""
    return sorted(
        (row for row in report.rows if not row.status.on_track),
        key=lambda row: _urgency(row.status),
    )
