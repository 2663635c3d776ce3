"""What an assessment produces: rows, method verdicts and the report every renderer reads.

Plain immutable records, no logic beyond naming what they hold: ``hkit.assess.compute`` fills the
rows, ``hkit.assess.methods`` adds other methods' verdicts and sets the report's ``mode``, the
renderers read them. The JSON names of these attributes are in ``hkit.contract``
(docs/contract.md); numbers are in the indicator's unit, rates are fractions a year.
"""

# No `from __future__ import annotations` here: typing.NamedTuple would then compile every
# field's annotation text at import (a ForwardRef each, about 60 compiles).
from enum import StrEnum
from typing import NamedTuple

from hkit.assess.catalogue import DEFAULT, Method
from hkit.assess.rates import is_met
from hkit.model import Comparator, Indicator, Scale, Source, Status


class RowObservation(NamedTuple):
    """An observation as a row cites it (the row's base or latest figure): its year, value,
    source key and the source's grade."""

    year: int
    value: float
    source: str
    grade: str | None = None


class RowTarget(NamedTuple):
    """A target as a row judges it: its value, the data year of its milestone (the year it is
    judged on), and how it is met."""

    year: int
    value: float
    comparator: Comparator


class MethodResult(NamedTuple):
    """One method's verdict on one row.

    ``value`` is the method's measure (1 = reaches the target), ``klass`` its own class
    (``sun``, ``stagnation``...), ``projected`` the value it expects at the target's data year
    and ``reach_year`` when it expects the target to be reached (None if never).
    """

    method: Method
    value: float | None
    status: Status
    klass: str
    label: str
    projected: float | None = None
    reach_year: float | None = None
    judged_against: str | None = None
    notes: tuple[str, ...] = ()


class Outlook(NamedTuple):
    """How sure a row's verdict is (``hkit.assess.outlook``): the ``chance`` (0 to 1) that the
    figure of the target's data year meets the target, in calibrated ``words``, the 80 % band
    (``low``, ``high``, in the unit) at that year, the number of ``figures`` the trend was
    fitted to and its ``scale``; ``note`` says why there is no outlook."""

    chance: float | None = None
    words: str | None = None
    low: float | None = None
    high: float | None = None
    figures: int = 0
    scale: Scale | None = None
    note: str | None = None


class Row(NamedTuple):
    """One indicator against one milestone (or against no target).

    Everything but the indicator defaults to "undefined", so a row that cannot be assessed
    names only what it knows.
    """

    indicator: Indicator
    milestone: str | None = None
    baseline: RowObservation | None = None
    latest: RowObservation | None = None
    target: RowTarget | None = None
    years_left: int | None = None
    gap: float | None = None
    plan_rate: float | None = None
    actual_rate: float | None = None
    required_rate: float | None = None
    required_change: float | None = None
    actual_change: float | None = None
    projected: float | None = None
    reach_year: float | None = None
    progress: float | None = None
    score: float | None = None
    status: Status = Status.NOT_AVAILABLE
    notes: tuple[str, ...] = ()
    # How sure the verdict is; None for a row without a target.
    outlook: Outlook | None = None
    # The one method asked for (Mode.SINGLE), whose verdict fills the fields above.
    verdict: MethodResult | None = None
    # Every method's verdict, side by side (Mode.COMPARE); empty otherwise.
    methods: tuple[MethodResult, ...] = ()
    # The row in one sentence, for people: written last, once the row is complete, by
    # hkit.render.summary.with_summaries (the command line calls it); "" until then.
    summary: str = ""

    @property
    def status_label(self) -> str:
        """The status in words: the chosen method's own words when one was asked for."""
        return self.status.label if self.verdict is None else self.verdict.label

    @property
    def to_go(self) -> float | None:
        """What is still to go from the latest figure in the target's direction, in the unit:
        at least 0, and 0 once the latest figure meets the target (docs/reading-the-table.md).
        None without a target, a latest figure or a finite gap."""
        if self.target is None or self.latest is None or self.gap is None:
            return None
        target = self.target
        met = is_met(
            self.latest.value,
            target.value,
            comparator=target.comparator,
            direction=self.indicator.direction.sign,
        )
        return 0.0 if met else abs(self.gap)


class Mode(StrEnum):
    """Which methods judged a report; ``hkit.assess.methods.apply_methods`` sets it."""

    DEFAULT = "default"  # open-sdg 2.4.0, the rows as hkit.assess.compute made them
    SINGLE = "single"  # one other method: its verdict fills each row (Row.verdict)
    COMPARE = "compare"  # every method side by side (Row.methods)


class Report(NamedTuple):
    """The assessment of a whole plan, in file order."""

    title: str
    path: str
    as_of: int | None
    rows: tuple[Row, ...]
    sources: dict[str, Source]
    mode: Mode = Mode.DEFAULT
    # The methods that judged the rows, in catalogue order; (DEFAULT,) in the default mode.
    methods: tuple[Method, ...] = (DEFAULT,)

    @property
    def method(self) -> Method:
        """The method whose verdicts fill the rows' fields."""
        return self.methods[0]

    @property
    def compared(self) -> tuple[Method, ...]:
        """The methods side by side (Mode.COMPARE), else none."""
        return self.methods if self.mode is Mode.COMPARE else ()
