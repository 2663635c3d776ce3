"""Property tests: whatever the input, hkit accepts it or refuses it with located messages.

Inputs come from three generators: arbitrary YAML/JSON documents, the shipped file with its
text damaged, and the shipped file's data with one value replaced. Each goes through the real
CLI on stdin; exit 0 or 2 only, no traceback, nothing on stdout after a refusal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.cli import app
from hkit.read.parse import parse

# Properties over whole files, a few hundred parses each: not in the fast loop (-m "not slow").
pytestmark = pytest.mark.slow

SHIPPED_TEXT = (Path(__file__).resolve().parent.parent / "targets.yaml").read_text(encoding="utf-8")
SHIPPED_DATA = parse(SHIPPED_TEXT, name="targets.yaml", json_format=False).data
MESSAGE = re.compile(r"<stdin>:\d+:\d+: error: .+|<stdin>: error: .+|hkit: .+")
# The autouse isolation fixture is function-scoped; no example depends on its state.
PROPERTY = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["2027", "1.3%", "yes", "~", "1e3", "1_000", ".inf", "blueprint", "increase"]),
)
keys = st.one_of(
    st.sampled_from(
        ["schema_version", "milestones", "sources", "indicators", "id", "year", "value", "2027"]
    ),
    st.text(max_size=8),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4)
    ),
    max_leaves=25,
)


def check_outcome(text: str | bytes) -> int:
    """Run `validate` and `gap --format json` on stdin; assert the contract; return the exit."""
    runner = CliRunner()
    checked = runner.invoke(app, ["validate", "-"], input=text, catch_exceptions=False)
    assert checked.exit_code in (0, 2), checked.stderr
    gap = runner.invoke(app, ["gap", "-", "--format", "json"], input=text, catch_exceptions=False)
    assert gap.exit_code == checked.exit_code, gap.stderr
    if gap.exit_code == 0:
        document = json.loads(gap.stdout)  # strict JSON: NaN or Infinity would fail below
        json.dumps(document, allow_nan=False)
        return 0
    assert checked.stdout == gap.stdout == ""
    assert gap.stderr == checked.stderr
    for line in gap.stderr.splitlines():
        assert MESSAGE.fullmatch(line), line
    return 2


@PROPERTY
@given(documents)
def test_arbitrary_yaml_is_accepted_or_refused_cleanly(document: Any) -> None:
    """Any YAML document: exit 0 or 2 with messages, never a traceback."""
    check_outcome(yaml.safe_dump(document, allow_unicode=True))


@PROPERTY
@given(documents)
def test_arbitrary_json_is_accepted_or_refused_cleanly(document: Any) -> None:
    """Any JSON document (NaN included, as Python writes it) behaves the same."""
    check_outcome(json.dumps({"schema_version": 1, "data": document}))
    check_outcome(json.dumps(document))


@st.composite
def damaged_text(draw: st.DrawFn) -> str:
    """The shipped file with a few lines or characters damaged, as hands and editors do."""
    lines = SHIPPED_TEXT.splitlines(keepends=True)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if not lines:
            break
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "poke", "cut"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "poke":
            line = lines[at]
            column = draw(st.integers(min_value=0, max_value=len(line)))
            char = draw(st.sampled_from([*":-[]{}#&*!|>'\"%@\t ,0aO.", "\n", "é"]))
            lines[at] = line[:column] + char + line[column + 1 :]
        else:
            lines[at] = lines[at][: draw(st.integers(min_value=0, max_value=len(lines[at])))]
    return "".join(lines)


@PROPERTY
@given(damaged_text())
def test_damaged_shipped_file_is_accepted_or_refused_cleanly(text: str) -> None:
    """Typos in a real file never produce a traceback or a wrong stream."""
    check_outcome(text)
    check_outcome(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(SHIPPED_DATA)[1:]


@PROPERTY
@given(st.sampled_from(PATHS), documents)
def test_one_value_replaced_is_refused_at_its_line(path: tuple[Any, ...], value: Any) -> None:
    """The shipped data with one value replaced: clean outcome either way."""
    data = json.loads(json.dumps(SHIPPED_DATA))
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    check_outcome(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def test_the_generators_produce_both_outcomes() -> None:
    """A sanity check that the properties above are not all refusals."""
    assert check_outcome(SHIPPED_TEXT) == 0
    assert check_outcome(yaml.safe_dump(SHIPPED_DATA, sort_keys=False)) == 0
    assert check_outcome(json.dumps(SHIPPED_DATA)) == 0
    assert check_outcome(SHIPPED_TEXT.replace("direction: increase", "direction: up", 1)) == 2
