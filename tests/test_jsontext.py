"""The fast JSON writer is ``json.dumps(indent=2, ensure_ascii=False, allow_nan=False)``."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hkit.assess.compute import assess
from hkit.model import Comparator
from hkit.read.load import load_plan, packaged_targets
from hkit.render.machine.jsontext import dumps_indented
from hkit.render.machine.writers import report_record


def reference(value: Any) -> str:
    """What the standard library writes."""
    return json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25,
)


@given(documents)
def test_same_text_as_json_dumps(value: Any) -> None:
    """Any JSON document, nested, with any text (quotes, control characters, non-ASCII)."""
    assert dumps_indented(value) == reference(value)


@given(st.dictionaries(st.none() | st.booleans() | st.integers() | st.text(), scalars, max_size=5))
def test_non_text_keys_as_json_dumps(value: dict[Any, Any]) -> None:
    """Keys 1, True and None are written as json.dumps writes them ("1", "true", "null")."""
    assert dumps_indented(value) == reference(value)


def test_mixed_keys_one_and_true() -> None:
    """1 and True are equal dict keys; the key cache must not confuse their text."""
    assert dumps_indented({1: "a"}) + dumps_indented({True: "b"}) == reference(
        {1: "a"}
    ) + reference({True: "b"})


def test_tuples_and_empty_containers() -> None:
    """Tuples are lists; empty containers stay on one line."""
    value: dict[str, Any] = {"a": (1, 2), "b": [], "c": {}, "d": [[], {}]}
    assert dumps_indented(value) == reference(value)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_refused(bad: float) -> None:
    """Like allow_nan=False: NaN and infinity are never written."""
    with pytest.raises(ValueError, match="not JSON compliant"):
        dumps_indented({"rows": [{"gap": bad}]})


def test_unknown_type_refused() -> None:
    """Anything that is not plain data is a TypeError, as with json.dumps."""
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"a": object()})


def test_shipped_report_record() -> None:
    """The real document of the shipped file, notes and nulls included."""
    record = report_record(assess(load_plan(str(packaged_targets()))))
    assert dumps_indented(record) == reference(record)


def test_a_record_is_not_plain_data() -> None:
    """A record (a NamedTuple) that skipped the contract is refused, not written as an array."""
    from hkit.assess.record import RowTarget

    with pytest.raises(TypeError):
        dumps_indented({"target": RowTarget(2025, 1.0, Comparator.AT_LEAST)})
