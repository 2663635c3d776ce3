"""CI gates that explain themselves (issue 20): `--check` lists the failing rows on stderr,
and `--fail-below STATUS` sets the threshold."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from hkit.assess.gate import RANKED, is_below, parse_threshold, threshold_words
from hkit.cli import app
from hkit.model import Status
from tests.conftest import CASES

PLAINLY = str(CASES / "plainly.yaml")


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("on-track", Status.SUBSTANTIAL_PROGRESS),
        ("substantial_progress", Status.SUBSTANTIAL_PROGRESS),
        ("needs-acceleration", Status.MODERATE_PROGRESS),
        ("Needs-Acceleration", Status.MODERATE_PROGRESS),
        ("moderate_progress", Status.MODERATE_PROGRESS),
        ("moderate-progress", Status.MODERATE_PROGRESS),
        ("negative_progress", Status.DETERIORATION),
        ("limited-progress", Status.LIMITED_PROGRESS),
        ("deterioration", Status.DETERIORATION),
        ("target-achieved", Status.TARGET_ACHIEVED),
        ("missed", Status.MISSED),
    ],
)
def test_threshold_words(word: str, status: Status) -> None:
    """The JSON's values and the table's words hyphenated name the same statuses."""
    assert parse_threshold(word) is status


def test_not_available_is_no_threshold() -> None:
    """A row that cannot be judged is not a threshold, and is never below one."""
    with pytest.raises(ValueError, match="not-available"):
        parse_threshold("not-available")
    assert "not_available" not in threshold_words()
    assert not any(is_below(Status.NOT_AVAILABLE, t) for t in RANKED)


def test_ranking_is_strict() -> None:
    """Each status is below exactly the statuses ranked before it."""
    for i, status in enumerate(RANKED):
        assert [t for t in RANKED if is_below(status, t)] == list(RANKED[:i])


def _gap(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["gap", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_check_lists_every_failing_row(runner: CliRunner) -> None:
    """Shipped file: the count, then one line per row below on track (id, milestone, status)."""
    code, out, err = _gap(runner, "--check", "-f", "json")
    assert code == 1
    assert json.loads(out)["rows"]  # the report is still on stdout
    lines = err.splitlines()
    assert lines[0] == "hkit: 9 of 16 rows are below on track:"
    assert "  1.1 2027: Needs acceleration (moderate_progress)" in lines
    assert "  1.3 2032: Deterioration (deterioration)" in lines
    assert len(lines) == 10


def test_fail_below_moves_the_threshold(runner: CliRunner) -> None:
    """limited-progress fails only on 1.3's deterioration; deterioration passes the file."""
    code, _, err = _gap(runner, "--fail-below", "limited-progress")
    assert code == 1
    assert err == (
        "hkit: 2 of 16 rows are below limited progress:\n"
        "  1.3 2027: Deterioration (deterioration)\n"
        "  1.3 2032: Deterioration (deterioration)\n"
    )
    code, _, err = _gap(runner, "--fail-below", "deterioration")
    assert (code, err) == (0, "")


def test_a_missed_milestone_fails_any_threshold_but_missed(runner: CliRunner) -> None:
    """A user's plan: 1-1-3 missed its 2025 milestone; the unjudged row is counted, not failed."""
    code, _, err = _gap(runner, PLAINLY, "--fail-below", "deterioration")
    assert code == 1
    assert "  1-1-3 2025: Missed (missed)\n" in err
    assert "hkit: 1 of 6 rows could not be assessed (not available)\n" in err


def test_an_unknown_threshold_is_a_usage_error(runner: CliRunner) -> None:
    """A misspelt status: exit 2, the words accepted and a did-you-mean."""
    code, out, err = _gap(runner, "--fail-below", "needs-accel")
    assert code == 2
    assert out == ""
    assert "did you mean 'needs-acceleration'?" in err
