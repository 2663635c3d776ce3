"""The same manners everywhere (issue 20): diff fits the pane and colours as gap does, every
JSON document rounds floats alike, one indicator's numbers share one precision, and JSON and
people agree on when a rate is undefined."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import CASES, SHIPPED

OLD, NEW = str(CASES / "diff-old.yaml"), str(CASES / "diff-new.yaml")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _run(runner: CliRunner, *args: str, columns: int = 160) -> str:
    # TERM named: rich lays out a "dumb" terminal 80 columns wide whatever COLUMNS says.
    env = {"COLUMNS": str(columns), "TERM": "xterm-256color"}
    result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [40, 50, 80, 120])
def test_diff_fits_the_pane(runner: CliRunner, columns: int) -> None:
    """No line of the diff table is wider than COLUMNS; every id and change is still there."""
    out = _run(runner, "diff", OLD, NEW, columns=columns)
    assert max(len(line) for line in out.splitlines()) <= columns
    assert "status (worse)" in out
    assert "On track → Limited progress" in out or "Limited progress" in out


def test_diff_colours_like_gap(runner: CliRunner) -> None:
    """--color always colours the worse change (and the heading); never and a pipe do not."""
    coloured = _run(runner, "diff", OLD, NEW, "--color", "always")
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == _run(runner, "diff", OLD, NEW, "--color", "never")
    assert not ANSI.search(_run(runner, "diff", OLD, NEW))


def _floats(document: Any) -> list[float]:
    if isinstance(document, float):
        return [document]
    if isinstance(document, dict):
        return [f for v in document.values() for f in _floats(v)]
    if isinstance(document, list):
        return [f for v in document for f in _floats(v)]
    return []


@pytest.mark.parametrize(
    "args",
    [
        ("gap", str(SHIPPED), "--format", "json"),
        ("gap", str(SHIPPED), "--by", "group", "--format", "json"),
        ("gap", str(CASES / "progress.yaml"), "--by", "group", "--format", "json"),
        ("show", "1.1", str(SHIPPED), "--format", "json"),
        ("diff", OLD, NEW, "--format", "json"),
    ],
)
def test_every_json_document_rounds_alike(runner: CliRunner, args: tuple[str, ...]) -> None:
    """At most 10 significant digits in every float, and no whole number written as 5.0."""
    document = json.loads(_run(runner, *args))
    for value in _floats(document):
        assert len(f"{value:.15g}".lstrip("-").replace(".", "").lstrip("0")) <= 10, value
        assert not value.is_integer(), value


def test_one_precision_per_indicator(runner: CliRunner) -> None:
    """Emissions published in whole kt: the paths are whole kt above and below 1,000 alike."""
    out = _run(runner, "show", "1-1-1", str(CASES / "plainly.yaml"))
    paths = out[out.index("Paths") : out.index("Chart")]
    assert "Observed (kt CO2e)" in paths
    assert "1,057" in paths
    assert "972" in paths
    assert not re.search(r"\d\.\d", paths)


def test_json_and_people_agree_when_nothing_is_needed(runner: CliRunner) -> None:
    """2.2 already meets its 2027 target: JSON's required rate is null, with a note, where
    the table shows a dash."""
    rows = json.loads(_run(runner, "gap", str(SHIPPED), "-i", "2.2", "--format", "json"))["rows"]
    met = rows[0]
    assert (met["milestone"], met["required_rate"], met["required_change"]) == ("2027", None, None)
    assert met["notes"] == ["the 2027 target is already met: no growth is required"]
    table = _run(runner, "gap", str(SHIPPED), "-i", "2.2")
    line = next(line for line in table.splitlines() if line.strip().startswith("2027"))
    assert line.split()[-3] == "—"
