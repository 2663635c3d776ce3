"""Typed, validated model of a targets file (schema version 1).

Everything here is immutable: ``hkit.read.load`` builds it, ``hkit.assess.compute`` reads it.
"""

# No `from __future__ import annotations` here: typing.NamedTuple would then compile every
# field's annotation text at import (a ForwardRef each, about 60 compiles).
from enum import StrEnum
from typing import NamedTuple


class Direction(StrEnum):
    """Which way an indicator should move."""

    INCREASE = "increase"
    DECREASE = "decrease"

    @property
    def sign(self) -> int:
        """+1 for increase, -1 for decrease (the ``d`` of the method)."""
        # A look-up: naming a member (Direction.INCREASE) costs more than the rest, and this
        # is read several times for every row.
        return _SIGNS[self]


_SIGNS = {Direction.INCREASE: 1, Direction.DECREASE: -1}


class Comparator(StrEnum):
    """How a target is met: reach at least, at most, or about the value."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"


class Grade(StrEnum):
    """How far a source can be trusted, best first."""

    OFFICIAL = "official"
    REPRINT = "reprint"
    SECONDARY = "secondary"
    DERIVED = "derived"


class Frequency(StrEnum):
    """How often a source publishes a new release (``hkit.read.releases`` reads the calendar)."""

    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    IRREGULAR = "irregular"  # documents the series; no next release is inferred from it


class Display(StrEnum):
    """How a value is shown to people (the maths always uses the plain value)."""

    PLAIN = "plain"
    # The value is one share of a whole of 100, shown with its complement first:
    # 42 (the private share) is shown as 58:42 (public:private).
    SHARE_RATIO = "share_ratio"


class Status(StrEnum):
    """Progress classes of open-sdg 2.4.0, plus ``missed`` for a decided milestone."""

    TARGET_ACHIEVED = "target_achieved"
    SUBSTANTIAL_PROGRESS = "substantial_progress"
    MODERATE_PROGRESS = "moderate_progress"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    MISSED = "missed"
    NOT_AVAILABLE = "not_available"

    @property
    def label(self) -> str:
        """The word people read for this status."""
        return _LABELS[self]

    @property
    def on_track(self) -> bool:
        """True when the target is met or the pace is enough."""
        return self in (Status.TARGET_ACHIEVED, Status.SUBSTANTIAL_PROGRESS)

    @property
    def behind(self) -> bool:
        """True for the statuses ``gap --check`` fails on: assessed and below on track.

        ``not_available`` is neither on track nor behind: it cannot be judged.
        """
        return not self.on_track and self is not Status.NOT_AVAILABLE


_LABELS = {
    Status.TARGET_ACHIEVED: "Target achieved",
    Status.SUBSTANTIAL_PROGRESS: "On track",
    Status.MODERATE_PROGRESS: "Needs acceleration",
    Status.LIMITED_PROGRESS: "Limited progress",
    Status.DETERIORATION: "Deterioration",
    Status.MISSED: "Missed",
    Status.NOT_AVAILABLE: "Not available",
}


class Scale(StrEnum):
    """Where an outlook's random walk runs (``hkit.assess.outlook``): on the logarithm of the
    figures (the current pace compounds) or on the figures themselves (it adds a change a
    year)."""

    LOG = "log"
    LEVEL = "level"


class Source(NamedTuple):
    """A declared source that observations cite by key."""

    key: str
    title: str
    grade: Grade
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    description: str | None = None
    next_release: str | None = None  # 2026-12-21 or 2026-12 (checked by hkit.read.releases)
    frequency: Frequency | None = None


class Milestone(NamedTuple):
    """A named milestone (e.g. "2027") judged on the figures of its data year (e.g. 2025)."""

    name: str
    data_year: int


class Observation(NamedTuple):
    """One published figure: its data year, value and the key of its source."""

    year: int
    value: float
    source: str
    note: str | None = None


class Target(NamedTuple):
    """A target value for one milestone, with how it is met."""

    milestone: str
    value: float
    comparator: Comparator


class Indicator(NamedTuple):
    """One indicator: what it measures, which way is good, its figures and its targets.

    ``observations`` are sorted by year; ``targets`` follow the order of the file's milestones.
    """

    id: str
    name: str
    unit: str
    direction: Direction
    observations: tuple[Observation, ...]
    targets: tuple[Target, ...]
    group: str | None = None
    baseline_year: int | None = None
    limit: float | None = None
    display: Display = Display.PLAIN
    note: str | None = None
    # Where the indicator sits in nested sub-groups of its group (one index per level), for
    # ``gap --by group``: each sub-group is averaged first and counts as one member.
    nest: tuple[int, ...] = ()
    # Why the indicator cannot be assessed at all, when a reader of another input format
    # (hkit.read.opensdg) found it unusable: every row of it is then "not available" with this note.
    unavailable: str | None = None


class Plan(NamedTuple):
    """A whole targets file: its milestones, sources and indicators, in file order."""

    title: str
    baseline_year: int | None
    milestones: dict[str, Milestone]
    sources: dict[str, Source]
    indicators: tuple[Indicator, ...]
    path: str = ""
