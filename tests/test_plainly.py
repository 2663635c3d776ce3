"""Answers nobody can misread (issue 20): units shown, what is to go always positive, ids whole.

The plan of tests/cases/plainly.yaml is a user's own: an emissions indicator in ``kt CO2e``
that must fall to at most a target, ids longer than the Blueprint's, and one id longer than the
id column allows.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.record import Row, RowObservation, RowTarget
from hkit.cli import app
from hkit.model import Comparator, Direction, Display, Indicator
from hkit.render import words
from tests.conftest import CASES

PLAINLY = str(CASES / "plainly.yaml")
IDS = ("1-1-1", "1-1-2", "1-1-3", "2-1-1-households-with-fibre", "2-1-2")


def _indicator(unit: str, direction: Direction = Direction.INCREASE) -> Indicator:
    return Indicator("X", "X", unit, direction, (), (), display=Display.PLAIN)


def _row(latest: float, target: float, comparator: Comparator, direction: Direction) -> Row:
    return Row(
        indicator=_indicator("kt CO2e", direction),
        milestone="2030",
        latest=RowObservation(2023, latest, "s"),
        target=RowTarget(2028, target, comparator),
        gap=target - latest,
    )


def _gap(runner: CliRunner, *args: str, columns: int = 100) -> str:
    result = runner.invoke(
        app, ["gap", PLAINLY, *args], env={"COLUMNS": str(columns)}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_to_go_is_what_is_left_in_the_targets_direction() -> None:
    """80 kt still to cut below an at-most target; 0 once met; 20 short of an at-least one."""
    assert _row(1080, 1000, Comparator.AT_MOST, Direction.DECREASE).to_go == 80
    assert _row(990, 1000, Comparator.AT_MOST, Direction.DECREASE).to_go == 0
    assert _row(980, 1000, Comparator.AT_LEAST, Direction.INCREASE).to_go == 20
    assert _row(1200, 1000, Comparator.AT_LEAST, Direction.INCREASE).to_go == 0
    # About 1,000, going up: within the tolerance short of it is met, beyond it too.
    assert _row(995, 1000, Comparator.ABOUT, Direction.INCREASE).to_go == 0
    assert _row(1500, 1000, Comparator.ABOUT, Direction.INCREASE).to_go == 0
    assert _row(900, 1000, Comparator.ABOUT, Direction.INCREASE).to_go == 100


@given(
    latest=st.floats(-1e9, 1e9),
    target=st.floats(-1e9, 1e9),
    comparator=st.sampled_from(list(Comparator)),
    direction=st.sampled_from(list(Direction)),
)
def test_to_go_is_never_negative_and_zero_only_when_met(
    latest: float, target: float, comparator: Comparator, direction: Direction
) -> None:
    """To go is ≥ 0, equals |gap| when not met, and the human word is `met` exactly at 0."""
    row = _row(latest, target, comparator, direction)
    assert row.to_go is not None
    assert row.to_go >= 0
    assert row.to_go in (0, abs(target - latest))
    assert (words.to_go(row) == words.MET) == (row.to_go == 0)


def test_units_are_placed_as_docs_say() -> None:
    """A currency before, % after, a ratio's difference in pp, any other unit after a space."""
    assert words.value(_indicator("HK$"), 3575) == "HK$3,575"
    assert words.value(_indicator("%"), 1.13) == "1.13%"
    assert words.value(_indicator("kt CO2e"), 1080) == "1,080 kt CO2e"
    assert words.value(_indicator("kt CO2e"), 1080, unit=False) == "1,080"
    assert words.value(_indicator(""), 5) == "5"
    assert words.difference(_indicator("%"), -0.5) == "-0.5 pp"
    assert words.amount(_indicator("kt CO2e"), 80) == "80 kt CO2e"


def test_the_table_names_the_unit_and_what_is_to_go(runner: CliRunner) -> None:
    """The emissions row: its unit in the heading, 80 still to go (never -80), a met row says so."""
    table = _gap(runner)
    assert "base 1,200 kt CO2e (2018) · latest 1,080 kt CO2e (2023)" in table
    assert "To go" in table
    assert "Gap" not in table
    line = next(line for line in table.splitlines() if "≤1,000" in line)
    assert " 80 " in line
    assert "-80" not in line
    assert " met " in next(line for line in table.splitlines() if "≥5%" in line)


@pytest.mark.parametrize("columns", [30, 50, 80, 200])
def test_ids_are_never_cut(runner: CliRunner, columns: int) -> None:
    """Every id is printed whole at any width, the long one on its name line."""
    table = _gap(runner, columns=columns)
    words = table.split()
    for ident in IDS:
        assert ident in words, (ident, columns)
    assert "…" not in table


def test_markdown_and_show_carry_the_unit(runner: CliRunner) -> None:
    """Markdown's cells and show's figures name a unit written after the number."""
    markdown = _gap(runner, "--format", "markdown")
    assert "| 1,080 kt CO2e (2023) | ≤1,000 kt CO2e | 80 kt CO2e |" in markdown
    shown = runner.invoke(app, ["show", "1-1-1", PLAINLY], env={"COLUMNS": "100"})
    assert shown.exit_code == 0, shown.stderr
    assert "1,080 kt CO2e" in shown.stdout
    assert "80 kt CO2e" in shown.stdout


def test_json_keeps_gap_and_adds_to_go(runner: CliRunner) -> None:
    """JSON's gap stays target − latest (signed); to_go is ≥ 0 and 0 when met."""
    rows = json.loads(_gap(runner, "--format", "json"))["rows"]
    emissions = rows[0]
    assert (emissions["gap"], emissions["to_go"]) == (-80, 80)
    met = rows[1]
    assert met["status"] == "target_achieved"
    assert met["to_go"] == 0
    assert met["gap"] < 0
    assert all(row["to_go"] is None or row["to_go"] >= 0 for row in rows)
