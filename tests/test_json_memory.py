"""What keeps a big JSON file's memory down, checked by what is shared and what is kept, never
by a memory figure: short whole numbers and repeated texts are one object each, a file's text
is read again (not kept) to locate a problem, and a plan keeps no text of the parsed data
that would hold its memory (``hkit.read.document.detached``).

The located messages themselves are the suite's (tests/test_broken*.py, test_hostile*.py,
test_json_input.py): here, what happens when the file changed before a problem was located,
and that standard input, which cannot be read twice, still gets its lines and columns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hkit.errors import InputError
from hkit.read import load
from hkit.read.document import detached
from hkit.read.inputguard import SHARED_INT_CHARS, LongNumber, parse_int
from hkit.read.parse_json import parse_json
from hkit.read.validate import build_plan
from tests.conftest import TERMINAL_ENV, run_hkit

Write = Callable[[str, str], Path]


def _plan_text(*, year: Any = 2020, extra: str = "") -> str:
    """A small valid JSON targets file; ``year`` is the first observation's year."""
    return f"""{{
  "schema_version": 1,
  "milestones": {{"2027": {{"data_year": 2025}}}},
  "sources": {{"stats": {{"title": "Statistics", "grade": "official"}}}},
  "indicators": [
    {{
      "id": "A1",
      "name": "First",
      "unit": "HK$",
      "direction": "increase",{extra}
      "observations": [
        {{"year": {json.dumps(year)}, "value": 1.5, "source": "stats"}},
        {{"year": 2021, "value": 2.5, "source": "stats"}}
      ],
      "targets": {{"2027": 4}}
    }},
    {{
      "id": "B2",
      "name": "Second",
      "unit": "HK$",
      "direction": "increase",
      "observations": [{{"year": 2020, "value": 3.0, "source": "stats"}}],
      "targets": {{"2027": 5}}
    }}
  ]
}}
"""


def test_short_whole_numbers_are_shared_and_the_memo_stays_bounded() -> None:
    memo = parse_int.__self__  # type: ignore[attr-defined]
    assert parse_int("2014") == 2014
    assert parse_int("-999") == -999
    assert parse_int("20" + "14") is parse_int("2014")
    size = len(memo)
    for number in range(10**5, 10**5 + 2000):  # many distinct longer numbers
        assert parse_int(str(number)) == number
    long_number = parse_int("9" * 5000)
    assert isinstance(long_number, LongNumber)
    assert long_number.digits == 5000
    assert len(memo) == size
    assert all(len(text) <= SHARED_INT_CHARS for text in memo)
    with pytest.raises(ValueError, match="12x"):
        parse_int("12x")
    assert "12x" not in memo


def test_repeated_texts_are_one_object_and_keep_their_types() -> None:
    text = '{"a": [{"s": "stats", "n": 1}, {"s": "stats", "n": 1.0}], "b": "1", "c": 1}'
    data = parse_json(text, name="t").data
    first, second = data["a"]
    assert first["s"] == "stats"
    assert first["s"] is second["s"]
    assert type(first["n"]) is int
    assert type(second["n"]) is float
    assert data == {"a": [{"s": "stats", "n": 1}, {"s": "stats", "n": 1.0}], "b": "1", "c": 1}
    assert list(data) == ["a", "b", "c"]


def test_a_duplicate_key_is_still_found_with_shared_texts() -> None:
    text = '{"a": "x", "b": {"k": "x", "k": "y"}}'
    parsed = parse_json(text, name="t.json")
    assert [(p.line, p.column) for p in parsed.problems] == [(1, text.rindex('"k"') + 1)]


def test_a_plan_keeps_its_own_ids_and_names() -> None:
    parsed = parse_json(_plan_text(), name="t.json")
    plan = build_plan(parsed.data, name="t.json", locate=parsed.locate)
    for indicator, body in zip(plan.indicators, parsed.data["indicators"], strict=True):
        assert (indicator.id, indicator.name) == (body["id"], body["name"])
        assert indicator.id is not body["id"]
        assert indicator.name is not body["name"]
    assert [detached(text) for text in ("", "x", "é€😀")] == ["", "x", "é€😀"]


def _error_of(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        load.load_plan(str(path))
    return caught.value


def test_a_problem_is_located_in_the_file_read_again(write_targets: Write) -> None:
    """The text is not kept while the plan is built: it is read again, to the same lines."""
    text = _plan_text(year="2020")
    path = write_targets(text, "plan.json")
    problem = _error_of(path).problems[0]
    line = next(n for n, t in enumerate(text.splitlines(), 1) if '"year": "2020"' in t)
    assert (problem.line, problem.path) == (line, "indicators[0].observations[0].year")


@pytest.mark.parametrize("change", ["append", "same size"])
def test_a_file_changed_before_its_problem_is_located_is_reported_without_a_line(
    write_targets: Write, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    text = _plan_text(year="2020")
    path = write_targets(text, "plan.json")
    located = _error_of(path).problems

    def build_after_a_change(data: Any, **kwargs: Any) -> Any:
        if change == "append":
            path.write_text("\n\n" + text, "utf-8")  # every line moves down by two
        else:
            path.write_text(text.replace("First", "Frist"), "utf-8")
        return build_plan(data, **kwargs)

    path.write_text(text, "utf-8")
    monkeypatch.setattr(load, "build_plan", build_after_a_change)
    unlocated = _error_of(path).problems
    assert [(p.line, p.column) for p in unlocated] == [(None, None)] * len(located)
    assert [p.message for p in unlocated] == [p.message for p in located]
    assert [p.path for p in unlocated] == [p.path for p in located]


def _deep(levels: int) -> str:
    # An invalid file (a nested list where a note's text belongs) that CPython 3.11's json
    # still parses: hkit's nesting limit is reported, not the type of the note.
    return _plan_text(extra=f'\n      "note": {"[" * levels}{"]" * levels},')


def test_too_deep_a_file_changed_before_the_check_is_refused_without_a_line(
    write_targets: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _deep(150)
    path = write_targets(text, "deep.json")
    note_line = next(n for n, line in enumerate(text.splitlines(), 1) if '"note"' in line)
    assert _error_of(path).problems[0].line == note_line
    shallow = _deep(20)
    path.write_text(shallow, "utf-8")
    assert "nesting" not in str(_error_of(path))

    def build_after_a_change(data: Any, **kwargs: Any) -> Any:
        path.write_text(shallow, "utf-8")
        return build_plan(data, **kwargs)

    path.write_text(text, "utf-8")
    monkeypatch.setattr(load, "build_plan", build_after_a_change)
    [problem] = _error_of(path).problems
    assert problem.message == "nesting is deeper than 100 levels"
    assert problem.line is None


def test_standard_input_keeps_its_text_for_locations(write_targets: Write) -> None:
    text = _plan_text(year="2020")
    path = write_targets(text, "plan.json")
    from_file = run_hkit("validate", str(path))
    from_stdin = subprocess.run(
        [sys.executable, "-m", "hkit", "validate", "-"],
        input=text,
        capture_output=True,
        text=True,
        env={**os.environ, **TERMINAL_ENV},
        check=False,
        timeout=60,
    )
    assert from_file.returncode == from_stdin.returncode == 2
    assert from_file.stderr.startswith(f"{path}:")
    assert from_stdin.stderr == from_file.stderr.replace(str(path), "<stdin>")


def test_a_pipe_in_the_files_place_is_not_waited_for(tmp_path: Path) -> None:
    """A regular file replaced by a pipe before its problem is located: no second read waits
    for a writer, and the problem goes without a location."""
    import os
    import threading

    from hkit.read.text_again import TextAgain, stamp

    path = tmp_path / "plan.json"
    path.write_text("{}", encoding="utf-8")
    again = TextAgain(str(path), "plan.json", stamp(path.stat()), "{}")
    again.release()
    path.unlink()
    os.mkfifo(path)
    found: list[str | None] = []
    reader = threading.Thread(target=lambda: found.append(again()), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive()
    assert found == [None]
