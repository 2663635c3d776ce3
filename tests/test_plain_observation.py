"""The observations fast path never accepts what the full checks refuse, nor changes a value."""

from __future__ import annotations

from typing import Any
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from hkit.model import Grade, Source
from hkit.read import validate_indicator
from hkit.read.checks import Checker

SOURCES = {"s": Source("s", "A source", Grade.OFFICIAL)}

values: st.SearchStrategy[Any] = (
    st.none()
    | st.booleans()
    | st.integers(min_value=1700, max_value=2300)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["s", "t", "", "2020", "1.5"])
    | st.just([])
    | st.just({})
)
YEARS = [1799, 1800, 2020, 2021, 2200, 2201]  # few, so that duplicates come up often
plain_bodies = st.fixed_dictionaries(
    {
        "year": st.sampled_from(YEARS),
        "value": st.floats() | st.integers(),
        "source": st.just("s"),
    },
    optional={
        "note": st.text(max_size=3) | values,
        "quote": st.text(max_size=3) | values,
        "unit": values,  # not an observation key
    },
)
doubtful_bodies = st.dictionaries(
    st.sampled_from(["year", "value", "source", "note", "quote", "yaer", 1]), values
) | st.fixed_dictionaries(
    {
        "year": st.sampled_from(YEARS) | st.floats(1800, 2200),
        "value": st.floats(allow_nan=True, allow_infinity=True) | st.integers() | st.booleans(),
        "source": st.sampled_from(["s", "t"]),
    },
    optional={"note": values, "quote": values},
)
bodies = plain_bodies | doubtful_bodies


def observations(raw: list[Any], *, fast: bool) -> tuple[Any, list[str]]:
    """Run ``_observations`` with or without the fast path; its result and its messages."""
    check = Checker("f.yaml", lambda path: (1, 1))
    if fast:
        result = validate_indicator._observations(check, raw, ("observations",), SOURCES)
    else:
        with mock.patch.object(validate_indicator, "_plain_observation", return_value=None):
            result = validate_indicator._observations(check, raw, ("observations",), SOURCES)
    return result, [str(p) for p in check.problems]


@given(st.lists(bodies, max_size=4))
def test_fast_path_agrees_with_full_checks(raw: list[Any]) -> None:
    """Same observations, same problems, with and without the fast path."""
    assert observations(raw, fast=True) == observations(raw, fast=False)


def test_fast_path_takes_plain_observations() -> None:
    """A plainly valid observation is taken by the fast path, as a float value."""
    obs = validate_indicator._plain_observation(
        {"year": 2020, "value": 3, "source": "s"}, SOURCES, set()
    )
    assert obs is not None
    assert (obs.year, obs.value, obs.source, obs.note) == (2020, 3.0, "s", None)
    assert isinstance(obs.value, float)


def test_fast_path_leaves_doubtful_ones_to_the_checks() -> None:
    """A float year, a duplicate year, a bool value or an unknown key go the slow way."""
    plain = validate_indicator._plain_observation
    assert plain({"year": 2020.0, "value": 1, "source": "s"}, SOURCES, set()) is None
    assert plain({"year": 2020, "value": 1, "source": "s"}, SOURCES, {2020}) is None
    assert plain({"year": 2020, "value": True, "source": "s"}, SOURCES, set()) is None
    assert plain({"year": 2020, "value": 1, "source": "s", "x": 1}, SOURCES, set()) is None
    assert plain({"year": 2020, "value": 1, "source": "nope"}, SOURCES, set()) is None
