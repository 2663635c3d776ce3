"""The command line through Typer's runner (stdout and stderr apart) and one real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit import __version__, contract
from hkit.assess.compute import assess
from hkit.cli import app
from hkit.read.load import load_plan
from hkit.render.machine.writers import csv_header
from tests.conftest import CASES, SHIPPED, TERMINAL_ENV, run_hkit

PROGRESS = str(CASES / "progress.yaml")
WriteTargets = Callable[..., Path]

GOOD = """\
schema_version: 1
milestones: {"2027": {data_year: 2025}}
sources: {s: {title: S, grade: official}}
indicators:
  - id: a
    name: A
    unit: "%"
    direction: increase
    observations:
      - {year: 2020, value: 1, source: s}
      - {year: 2024, value: 2, source: s}
    targets: {"2027": 2.5}
"""


def test_version(runner: CliRunner) -> None:
    """--version prints the package version on stdout."""
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"hkit {__version__}\n"


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    """Bare `hkit` explains itself instead of doing something surprising."""
    result = runner.invoke(app, [])
    assert "gap" in result.output
    assert "validate" in result.output


def test_gap_help_has_examples(runner: CliRunner) -> None:
    """`hkit gap --help` documents the options and shows examples."""
    result = runner.invoke(app, ["gap", "--help"], env=TERMINAL_ENV)
    assert result.exit_code == 0
    for word in ("--milestone", "--indicator", "--as-of", "--format", "--check", "jq"):
        assert word in result.stdout


def test_gap_table_on_the_shipped_file(runner: CliRunner) -> None:
    """With no file and no ./targets.yaml, the packaged Blueprint file is used."""
    result = runner.invoke(app, ["gap"], env=TERMINAL_ENV, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "Hong Kong I&T Development Blueprint" in result.stdout
    for ident in ("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1"):
        assert f"\n{ident} " in result.stdout
    assert result.stderr == ""


def test_gap_json_has_every_field_in_every_row(runner: CliRunner) -> None:
    """JSON parses, holds only the payload, and every row has every field of the contract."""
    result = runner.invoke(app, ["gap", str(SHIPPED), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    assert document["as_of"] is None
    assert len(document["rows"]) == 16
    for row in document["rows"]:
        assert tuple(row) == tuple(f.name for f in contract.ROW.fields if not f.optional)
        assert set(row["latest"]) == {"year", "value", "source", "grade"}
        assert set(row["baseline"]) == {"year", "value", "source"}
        assert set(row["target"]) == {"year", "value", "comparator"}


def test_gap_json_has_no_nan(runner: CliRunner) -> None:
    """Undefined numbers are null: the zero-base and one-figure rows still parse strictly."""
    result = runner.invoke(app, ["gap", PROGRESS, "-f", "json"], catch_exceptions=False)

    def refuse(name: str) -> None:
        raise AssertionError(f"non-standard JSON constant {name}")

    json.loads(result.stdout, parse_constant=refuse)


def test_gap_csv_matches_json(runner: CliRunner) -> None:
    """CSV has the flattened JSON fields and the same rows."""
    as_csv = runner.invoke(app, ["gap", PROGRESS, "-f", "csv"], catch_exceptions=False)
    as_json = runner.invoke(app, ["gap", PROGRESS, "-f", "json"], catch_exceptions=False)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    records = json.loads(as_json.stdout)["rows"]
    assert list(rows[0]) == csv_header(assess(load_plan(PROGRESS)))
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["indicator"] == record["indicator"]
        assert row["status"] == record["status"]
        assert row["latest_grade"] == (record["latest"]["grade"] or "")


def test_gap_markdown(runner: CliRunner) -> None:
    """Markdown is a table with one line per row plus header and rule."""
    result = runner.invoke(app, ["gap", PROGRESS, "-f", "markdown"], catch_exceptions=False)
    table = [line for line in result.stdout.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 13


def test_filters(runner: CliRunner) -> None:
    """--milestone and --indicator are repeatable filters."""
    result = runner.invoke(app, ["gap", PROGRESS, "-f", "json", "-m", "2032", "-i", "A", "-i", "B"])
    rows = json.loads(result.stdout)["rows"]
    assert [(r["indicator"], r["milestone"]) for r in rows] == [("A", "2032"), ("B", "2032")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-m", "2028"], "no milestone '2028'"),
        (["-i", "Z"], "no indicator 'Z'"),
        (["-i", "a"], "did you mean 'A'"),
    ],
)
def test_unknown_filter_is_a_usage_error(runner: CliRunner, args: list[str], message: str) -> None:
    """An unknown milestone or indicator exits 2 with a hint, and prints nothing on stdout."""
    result = runner.invoke(app, ["gap", PROGRESS, *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_as_of(runner: CliRunner) -> None:
    """--as-of appears in the JSON and hides later figures."""
    result = runner.invoke(app, ["gap", PROGRESS, "-f", "json", "--as-of", "2021", "-i", "A"])
    document = json.loads(result.stdout)
    assert document["as_of"] == 2021
    assert document["rows"][0]["latest"]["year"] == 2020


def test_as_of_rejects_implausible_year(runner: CliRunner) -> None:
    """--as-of 25 is a usage error (exit 2), not an empty report."""
    result = runner.invoke(app, ["gap", PROGRESS, "--as-of", "25"])
    assert result.exit_code == 2


def test_check_exits_one_when_a_row_is_below_on_track(runner: CliRunner) -> None:
    """--check: exit 1 and a count on stderr; the report is still printed."""
    result = runner.invoke(app, ["gap", PROGRESS, "--check", "-f", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["rows"]
    assert "hkit: 6 of 13 rows are below on track:\n" in result.stderr


def test_check_exits_zero_when_on_track(runner: CliRunner, write_targets: WriteTargets) -> None:
    """A plan whose only row is on track passes --check."""
    path = write_targets(GOOD.replace("value: 2, source", "value: 2.4, source"))
    result = runner.invoke(app, ["gap", str(path), "--check"], env=TERMINAL_ENV)
    assert result.exit_code == 0, result.stdout + result.stderr


def test_broken_file_is_located_and_exit_two(
    runner: CliRunner, write_targets: WriteTargets
) -> None:
    """A typo gives exit 2, file:line:col, a key path and a hint; no traceback, empty stdout."""
    path = write_targets(GOOD.replace("direction: increase", "direction: increse"))
    for args in (["validate"], ["gap"], ["gap", "-f", "json"]):
        result = runner.invoke(app, [*args, str(path)])
        assert result.exit_code == 2
        assert result.stdout == ""
        assert f"{path}:8:16: error: indicators[0].direction:" in result.stderr
        assert "did you mean 'increase'?" in result.stderr
        assert "Traceback" not in result.stderr


def test_every_problem_is_reported(runner: CliRunner, write_targets: WriteTargets) -> None:
    """Several mistakes in one file are all listed, with a count."""
    text = GOOD.replace("unit:", "units:").replace("value: 2, source: s", "value: 2%, source: t")
    path = write_targets(text)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "unknown key 'units'" in result.stderr
    assert "missing required key 'unit'" in result.stderr
    assert "write 2, not '2%'" in result.stderr
    assert "undeclared source 't'" in result.stderr
    assert "problems found" in result.stderr


def test_yaml_syntax_error(runner: CliRunner, write_targets: WriteTargets) -> None:
    """A YAML syntax error is located too."""
    path = write_targets("schema_version: 1\nmilestones: {a: [\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:3:1: error: invalid YAML")


def test_missing_file(runner: CliRunner) -> None:
    """A missing file is one line, exit 2."""
    result = runner.invoke(app, ["gap", "nope.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "nope.yaml: error: no such file\n"


def test_validate_ok(runner: CliRunner) -> None:
    """validate says what it read, and exits 0."""
    result = runner.invoke(app, ["validate", str(SHIPPED)])
    assert result.exit_code == 0
    assert "valid: 8 indicators, 2 milestones" in result.stdout


def test_stdin(runner: CliRunner) -> None:
    """`-` reads the targets file from stdin."""
    result = runner.invoke(app, ["gap", "-", "-f", "json"], input=GOOD)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["file"] == "<stdin>"


def test_lookup_order(
    runner: CliRunner, write_targets: WriteTargets, monkeypatch: pytest.MonkeyPatch
) -> None:
    """./targets.yaml beats the packaged file, and $HKIT_TARGETS beats ./targets.yaml."""
    write_targets(GOOD, "targets.yaml")
    result = runner.invoke(app, ["gap", "-f", "json", "--verbose"])
    assert json.loads(result.stdout)["rows"][0]["indicator"] == "a"
    assert "found in the current directory" in result.stderr
    other = write_targets(GOOD.replace("id: a", "id: b"), "other.yaml")
    monkeypatch.setenv("HKIT_TARGETS", str(other))
    result = runner.invoke(app, ["gap", "-f", "json"])
    assert json.loads(result.stdout)["rows"][0]["indicator"] == "b"


def test_json_targets_file(runner: CliRunner, write_targets: WriteTargets) -> None:
    """A JSON targets file (same schema) is read by its extension."""
    import yaml

    path = write_targets(json.dumps(yaml.safe_load(GOOD)), "t.json")
    result = runner.invoke(app, ["gap", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["rows"][0]["indicator"] == "a"


def test_no_colour_when_not_a_terminal(runner: CliRunner) -> None:
    """Piped output carries no ANSI escapes, even without NO_COLOR."""
    env = {k: v for k, v in TERMINAL_ENV.items() if k != "NO_COLOR"}
    result = runner.invoke(app, ["gap", PROGRESS], env=env)
    assert "\x1b[" not in result.stdout


def test_colour_on_a_forced_terminal_but_not_with_no_color(runner: CliRunner) -> None:
    """FORCE_COLOR gives colour; NO_COLOR takes the colours away (rich keeps bold, which is not
    colour); the status words are there either way."""
    colour = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])(?:;\d+)*m")
    terminal = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    coloured = runner.invoke(app, ["gap", PROGRESS], env={**terminal, "NO_COLOR": ""})
    plain = runner.invoke(app, ["gap", PROGRESS], env={**terminal, "NO_COLOR": "1"})
    assert colour.search(coloured.stdout)
    assert not colour.search(plain.stdout)
    assert "Needs acceleration" in plain.stdout


def test_real_subprocess() -> None:
    """`python -m hkit` works as a real process: JSON on stdout, nothing on stderr."""
    env = {**os.environ, **TERMINAL_ENV}
    env.pop("HKIT_TARGETS", None)
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "gap", str(SHIPPED), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(json.loads(done.stdout)["rows"]) == 16
    broken = subprocess.run(
        [sys.executable, "-m", "hkit", "validate", "-"],
        input="indicators: [",
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert broken.returncode == 2
    assert broken.stdout == ""
    assert broken.stderr.startswith("<stdin>:2:1: error: invalid YAML")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_unwritable_output_is_one_message_and_exit_two() -> None:
    """A full disk is a clear error with exit 2, never a traceback read by CI as exit 1."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "hkit", "gap", str(SHIPPED)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr == "hkit: error: cannot write the output: No space left on device\n"


def test_ascii_terminal_gets_escapes_not_a_crash() -> None:
    """With an ASCII stdout the JSON stays valid (\\u escapes) and the table prints."""
    as_json = run_hkit("gap", str(SHIPPED), "-f", "json", env={"PYTHONIOENCODING": "ascii"})
    assert as_json.returncode == 0, as_json.stderr
    assert "\u2014" in json.loads(as_json.stdout)["title"]
    table = run_hkit("gap", str(SHIPPED), env={"PYTHONIOENCODING": "ascii"})
    assert table.returncode == 0, table.stderr


def test_check_says_what_it_could_not_assess(
    runner: CliRunner, write_targets: WriteTargets
) -> None:
    """A row that cannot be judged does not fail --check, but stderr says so."""
    one_figure = GOOD.replace("      - {year: 2024, value: 2, source: s}\n", "")
    path = write_targets(one_figure)
    result = runner.invoke(app, ["gap", str(path), "--check"], env=TERMINAL_ENV)
    assert result.exit_code == 0
    assert result.stderr == "hkit: 1 of 1 row could not be assessed (not available)\n"


def test_missing_file_from_the_environment_says_so(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad $HKIT_TARGETS is blamed on the variable, which the user did not type just now."""
    monkeypatch.setenv("HKIT_TARGETS", "nosuch.yaml")
    result = runner.invoke(app, ["gap"])
    assert result.exit_code == 2
    assert result.stderr == (
        "nosuch.yaml: error: no such file (the path comes from $HKIT_TARGETS)\n"
    )


def test_status_words_stay_whole_down_to_74_columns(runner: CliRunner) -> None:
    """In a narrow pane (74 columns) every row's status is still one unbroken phrase."""
    result = runner.invoke(app, ["gap", PROGRESS], env={**TERMINAL_ENV, "COLUMNS": "74"})
    as_json = runner.invoke(app, ["gap", PROGRESS, "-f", "json"])
    labels = {row["status_label"] for row in json.loads(as_json.stdout)["rows"]}
    assert max(len(line) for line in result.stdout.splitlines()) <= 74
    for label in labels:
        assert label in result.stdout


def test_empty_file_name_is_a_usage_error(runner: CliRunner) -> None:
    """`hkit gap "$UNSET"` must not fall back to the shipped file in silence."""
    result = runner.invoke(app, ["gap", ""])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "the targets file name is empty" in result.stderr


def test_a_bug_exits_70_not_1() -> None:
    """An unexpected exception shows its traceback and exits 70: 1 would read as off track."""
    script = (
        "import sys; sys.argv = ['hkit', 'gap', '-f', 'json']\n"
        "import hkit.assess.compute\n"
        "def boom(*args, **kwargs): raise RuntimeError('boom')\n"
        "hkit.assess.compute.assess = boom\n"
        "import hkit.cli; hkit.cli.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, **TERMINAL_ENV},
        check=False,
        timeout=60,
    )
    assert done.returncode == 70
    assert "RuntimeError: boom" in done.stderr
