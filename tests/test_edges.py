"""Numbers and input at the edges (issue 9): no NaN or infinity in any output, honest notes,
a table whose Status survives wide numbers, and located errors for the oddest input."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.cli import app
from hkit.model import Status
from hkit.render.words import percent
from hkit.textsafe import csv_text
from tests.hostile import plan_with, unsafe_in

NARROW = {"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
EXTREME = """\
schema_version: 1
milestones: {"2027": {data_year: 2025}}
sources: {s: {title: S, grade: official, url: "https://example.org"}}
indicators:
  - {id: MAX, name: Largest float, unit: count, direction: increase, targets: {"2027": 1.7976931348623157e308},
     observations: [{year: 2020, value: 1, source: s}, {year: 2021, value: 1.7976931348623157e308, source: s}]}
  - {id: TINY, name: Tiny to huge, unit: count, direction: increase, targets: {"2027": 1.7e308},
     observations: [{year: 2020, value: 1e-300, source: s}, {year: 2021, value: 1e300, source: s}]}
  - {id: NEG, name: Far apart, unit: HK$, direction: decrease, targets: {"2027": -1.7e308},
     observations: [{year: 2020, value: -1.7e308, source: s}, {year: 2024, value: 1.7e308, source: s}]}
  - {id: PCT, name: Wide percent, unit: "%", direction: increase, targets: {"2027": 999999999999999},
     observations: [{year: 2020, value: 123456789012.5, source: s}, {year: 2024, value: 987654321098.25, source: s},
                    {year: 2022, value: 1e14, source: s}, {year: 2023, value: 5e14, source: s}]}
"""  # noqa: E501 - one indicator a line reads best here
NON_FINITE = re.compile(r"\b(?:inf|nan|infinity)\b", re.IGNORECASE)


def _strict(text: str) -> object:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON output")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("method", ["rate", "level", "weather", "regression", "all"])
@pytest.mark.parametrize("output", ["table", "json", "csv", "markdown"])
def test_no_nan_or_infinity_in_any_output(
    output: str, method: str, runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "extreme.yaml"
    path.write_text(EXTREME, encoding="utf-8")
    result = runner.invoke(app, ["gap", str(path), "-f", output, "--method", method], env=NARROW)
    assert result.exit_code == 0, result.stderr
    assert not NON_FINITE.search(result.stdout), NON_FINITE.findall(result.stdout)
    assert not re.search(r"\d{25}", result.stdout)  # no 300-digit numbers either
    if output == "json":
        _strict(result.stdout)
    for ident in ("MAX", "TINY", "NEG", "PCT"):
        shown = runner.invoke(app, ["show", ident, str(path), "--method", method], env=NARROW)
        assert shown.exit_code == 0, shown.stderr
        assert not NON_FINITE.search(shown.stdout)
        assert not re.search(r"\d{25}", shown.stdout)
        story = runner.invoke(app, ["show", ident, str(path), "-f", "json"], env=NARROW)
        _strict(story.stdout)


def test_overflow_is_null_with_a_note_and_no_false_sign_note(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "extreme.yaml"
    path.write_text(EXTREME, encoding="utf-8")
    rows = json.loads(runner.invoke(app, ["gap", str(path), "-f", "json"]).stdout)["rows"]
    by_id = {row["indicator"]: row for row in rows}
    # The largest float stays itself (rounding it to 10 digits overflowed).
    assert by_id["MAX"]["latest"]["value"] == 1.7976931348623157e308
    tiny = " ".join(by_id["TINY"]["notes"])
    assert "opposite signs" not in tiny  # 1e-300 and 1e300 are both positive
    assert by_id["TINY"]["actual_rate"] is None
    assert "beyond the range" in tiny
    neg = by_id["NEG"]
    assert neg["gap"] is None  # 1.7e308 - (-1.7e308) overflows
    assert any(note.startswith("the gap is beyond the range") for note in neg["notes"])
    assert any("opposite signs" in note for note in neg["notes"])  # a true one


def test_wide_numbers_leave_the_status_whole_at_80_columns(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "extreme.yaml"
    path.write_text(EXTREME, encoding="utf-8")
    result = runner.invoke(app, ["gap", str(path)], env=NARROW)
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    rows = json.loads(runner.invoke(app, ["gap", str(path), "-f", "json"]).stdout)["rows"]
    for row in rows:
        assert any(line.endswith(row["status_label"]) for line in lines), row["status_label"]
    assert {row["status_label"] for row in rows} > {Status.TARGET_ACHIEVED.label}


def test_huge_and_tiny_numbers_print_compactly() -> None:
    assert percent(1.7976931348623157e308) == "1.80e+310%"
    assert percent(4.4765e61) == "4.48e+63%"
    assert percent(0.056) == "5.6%"


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_5000_digit_integer_is_a_located_error(
    fmt: str, runner: CliRunner, tmp_path: Path
) -> None:
    digits = "9" * 5000
    plan = plan_with("x")
    text = json.dumps(plan, indent=1).replace('"value": 10,', f'"value": {digits},', 1)
    path = tmp_path / f"long.{fmt}"
    path.write_text(text, encoding="utf-8")  # JSON is YAML too
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    line = next(n for n, t in enumerate(text.split("\n"), 1) if digits in t)
    assert result.stderr.startswith(f"{path}:{line}:")
    assert "indicators[0].observations[0].value: a 5000-digit number is too large" in result.stderr
    assert "set_int_max_str_digits" not in result.stderr


def test_raw_del_and_c1_in_json_keep_line_and_column(runner: CliRunner, tmp_path: Path) -> None:
    """JSON allows DEL and C1 raw; libyaml (used to locate problems) does not."""
    plan = plan_with("a\x7f\x9b\x85b")
    plan["indicators"][0]["direction"] = "up"
    text = json.dumps(plan, indent=1, ensure_ascii=False)
    path = tmp_path / "c1.json"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    line = next(n for n, t in enumerate(text.split("\n"), 1) if '"up"' in t)
    assert result.stderr.startswith(f"{path}:{line}:")


@pytest.mark.parametrize("output", ["table", "json", "csv", "markdown"])
def test_a_lone_surrogate_is_a_located_error(
    output: str, runner: CliRunner, tmp_path: Path
) -> None:
    text = json.dumps(plan_with("x"), indent=1).replace('"name": "x"', '"name": "x\\ud800"', 1)
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["gap", str(path), "-f", output])
    assert result.exit_code == 2
    line = next(n for n, t in enumerate(text.split("\n"), 1) if "ud800" in t)
    assert result.stderr.startswith(f"{path}:{line}:")
    assert "indicators[0].name" in result.stderr
    assert result.stdout == ""


# Any text, with the dangerous code points much more likely than in plain st.text().
_CHARS = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0xA0),
    st.sampled_from("\u061c\u200e\u202e\u2066\u2028\u2029[]/|\\<>&#*_`$:\r\n\x1b\x9b"),
    st.characters(exclude_categories=["Cs"]),
)


@pytest.mark.slow
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_CHARS, max_size=12))
def test_any_text_in_any_field(text: str, runner: CliRunner, tmp_path: Path) -> None:
    """For any text in every text field: no control character but newlines and hkit's own
    colour codes in human-readable output or messages, and JSON round-trips the text."""
    path = tmp_path / "any.json"
    path.write_text(json.dumps(plan_with(text)), encoding="utf-8")
    colour = {"COLUMNS": "120", "FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": ""}
    human = [
        (["gap", str(path)], colour),
        (["gap", str(path), "-f", "markdown", "--method", "all"], NARROW),
        (["show", "--", f"{text}1", str(path)], colour),
        (["validate", str(path)], NARROW),
    ]
    for args, env in human:
        result = runner.invoke(app, args, env=env)
        assert result.exit_code in (0, 2), result.stderr
        assert unsafe_in(result.stdout, colour=True) == []
        assert unsafe_in(result.stderr) == []
    as_json = runner.invoke(app, ["gap", str(path), "-f", "json"])
    if as_json.exit_code == 0:
        row = json.loads(as_json.stdout)["rows"][0]
        assert (row["name"], row["unit"], row["group"]) == (text, text, text)
        assert row["indicator"] == f"{text}1"
    as_csv = runner.invoke(app, ["gap", str(path), "-f", "csv"])
    if as_csv.exit_code == 0:
        out = as_csv.stdout_bytes.decode()
        records = list(csv.DictReader(io.StringIO(out, newline="")))
        assert len(records) == 2
        assert records[0]["name"] == csv_text(text)


@pytest.mark.parametrize("char", ["\x7f", "\x9b", "\x85\x9d", "\ufffe"])
def test_raw_control_characters_in_yaml_are_located(
    char: str, runner: CliRunner, tmp_path: Path
) -> None:
    """libyaml refuses them without a mark; hkit still says file:line:col (a UTF-8 byte offset
    turned into a column, after non-ASCII text)."""
    path = tmp_path / "c.yaml"
    path.write_text(f'schema_version: 1\ntitle: "été {char}"\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    column = len('title: "été ') + 1 + (1 if char.startswith("\x85") else 0)
    assert result.stderr.startswith(f"{path}:2:{column}: error: invalid YAML"), result.stderr
    assert unsafe_in(result.stderr) == []
    assert len(result.stderr.splitlines()) == 1
