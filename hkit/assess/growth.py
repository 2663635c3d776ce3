"""The growth the figures show, and where the current pace leads (docs/method.md).

Shared by both of open-sdg's methods in ``hkit.assess.compute``: the growth from the base figure to
the latest as a rate (a fraction a year) and as a change (the unit a year), with open-sdg's
0 → 0.001 substitution, and the projection and the year the target is reached at that pace.
"""

from __future__ import annotations

from typing import NamedTuple

from hkit.assess import rates
from hkit.model import Observation


class Growth(NamedTuple):
    """What the base and latest figures say, shared by both methods: the growth so far as a
    rate (a fraction a year) and as a change (unit a year), and the notes the row starts with."""

    sign: int
    base_value: float  # after open-sdg's 0 → 0.001 substitution
    rate: float | None
    change: float | None
    zero_base: bool
    notes: list[str]

    def copy(self) -> Growth:
        """The same growth with a list of notes of its own, for a row to add to."""
        return Growth(
            self.sign, self.base_value, self.rate, self.change, self.zero_base, [*self.notes]
        )


def growth_of(base: Observation, latest: Observation) -> Growth:
    """The growth from ``base`` to ``latest``, with the notes that say what is undefined."""
    notes: list[str] = []
    sign = -1 if base.value < 0 else 1
    base_value = base.value
    zero_base = base.value == 0
    if zero_base:
        base_value = rates.ZERO_SUBSTITUTE
        notes.append(
            f"base value is 0 in {base.year}: growth rates use {rates.ZERO_SUBSTITUTE} instead, "
            "as open-sdg does, and are not meaningful; read the absolute changes per year"
        )
    years = latest.year - base.year
    actual_rate = actual_change = None
    if years < 1:
        # Said plainly, because the table's "Latest" column then shows the base value itself.
        notes.append(f"no figure after {base.year}, so progress cannot be assessed")
    else:
        actual_change = rates.bounded(
            (latest.value - base.value) / years, "the actual change a year", notes
        )
        actual_rate = rates.cagr(base_value, latest.value, years=years)
        if actual_rate is None:
            notes.append(
                rates.undefined_rate("base", base.value, "latest", latest.value, "growth rates are")
            )
    return Growth(sign, base_value, actual_rate, actual_change, zero_base, notes)


def projection(
    latest: Observation,
    target: float,
    years_left: int,
    growth: Growth,
    *,
    decided: bool,
    judged: Observation,
) -> tuple[float | None, float | None]:
    """Projected value at the data year and the year the target is reached at the current pace.

    With a zero base the growth rate is an artefact of the 0.001 substitute, so both use the
    average absolute change per year instead (the linear variant of the method).
    """
    projected = (
        judged.value
        if decided
        else rates.at_current_pace(
            latest.value,
            years_left,
            rate=growth.rate,
            change=growth.change,
            zero_base=growth.zero_base,
        )
    )
    if growth.zero_base and growth.change is not None:
        reach = rates.reach_year_linear(
            latest.value, target, year=latest.year, change=growth.change
        )
    elif growth.rate is not None:
        reach = rates.reach_year_geometric(latest.value, target, year=latest.year, rate=growth.rate)
    else:
        reach = None
    if projected is None and growth.rate is not None and not decided:
        # compound() gives None only when the projection overflows.
        growth.notes.append(f"the projected value is beyond {rates.FLOAT_RANGE}: it is null")
    return projected, reach
