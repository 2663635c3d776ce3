"""The release calendar: next_release and frequency on sources, --today, gap --max-age."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.compute import assess
from hkit.assess.gate import stale_rows
from hkit.cli import app
from hkit.model import Frequency, Grade, Plan, Source
from hkit.read.releases import (
    Release,
    expected_release,
    parse_release,
    release_warnings,
)
from tests.conftest import PINNED_TODAY, ROOT, SHIPPED
from tests.helpers import indicator, plan

CALENDAR = """\
schema_version: 1
milestones: {{"2027": {{data_year: 2025}}}}
sources:
  stats:
    title: Statistics office release
    grade: official
    url: https://example.org/stats
    date: 2025-12-23
    frequency: {frequency}
    next_release: {next_release}
indicators:
  - id: A
    name: Research spending
    unit: "%"
    direction: increase
    observations:
      - {{year: 2020, value: 1.0, source: stats}}
      - {{year: 2024, value: 1.5, source: stats}}
    targets: {{"2027": 1.6}}
"""


def _source(**fields: str | Frequency | None) -> Source:
    return Source("s", "A release", Grade.OFFICIAL, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-21", Release(2026, 12, 21)),
        ("2026-12", Release(2026, 12)),
        ("2028-02-29", Release(2028, 2, 29)),  # a leap day
        ("2027-02-29", None),  # not a leap year
        ("2026-13", None),
        ("2026", None),  # a year is not precise enough to be due
        ("26-12", None),
        ("2026-12-21T00:00", None),
    ],
)
def test_parse_release(text: str, expected: Release | None) -> None:
    """A real date or a real month; anything else is None."""
    assert parse_release(text) == expected


def test_release_windows() -> None:
    """A day is due on that day; a month from its first to its last day (29 in Feb 2028)."""
    assert (Release(2026, 12, 21).first, Release(2026, 12, 21).last) == (
        dt.date(2026, 12, 21),
        dt.date(2026, 12, 21),
    )
    assert (Release(2028, 2).first, Release(2028, 2).last) == (
        dt.date(2028, 2, 1),
        dt.date(2028, 2, 29),
    )


def test_plus_months_clamps_the_day_and_rolls_the_year() -> None:
    """31 Jan + 1 month = 28 Feb; Dec 2026 + 1 month = Jan 2027; + 12 months keeps the day."""
    assert Release(2026, 1, 31).plus_months(1) == Release(2026, 2, 28)
    assert Release(2026, 12).plus_months(1) == Release(2027, 1)
    assert Release(2025, 12, 23).plus_months(12) == Release(2026, 12, 23)


@given(st.integers(1900, 2200), st.integers(1, 12), st.integers(1, 28), st.integers(0, 240))
def test_plus_months_moves_by_exactly_that_many_months(
    year: int, month: int, day: int, months: int
) -> None:
    """Month index grows by ``months``; a day of 28 or less is kept; first ≤ last."""
    later = Release(year, month, day).plus_months(months)
    assert (later.year * 12 + later.month) - (year * 12 + month) == months
    assert later.day == day
    assert later.first <= later.last


def test_expected_release_declared_wins_over_frequency() -> None:
    """next_release is used as written; frequency and date only fill in when it is absent."""
    declared = _source(date="2025-12-23", frequency=Frequency.ANNUAL, next_release="2026-11")
    assert expected_release(declared) == Release(2026, 11)
    assert expected_release(_source(date="2025-12-23", frequency=Frequency.ANNUAL)) == Release(
        2026, 12, 23
    )
    assert expected_release(_source(date="2025-12", frequency=Frequency.QUARTERLY)) == Release(
        2026, 3
    )
    # Nothing to infer from: no frequency, an irregular one, or a bare year.
    assert expected_release(_source(date="2025-12-23")) is None
    assert expected_release(_source(date="2025-12-23", frequency=Frequency.IRREGULAR)) is None
    assert expected_release(_source(date="2025", frequency=Frequency.ANNUAL)) is None


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (dt.date(2026, 11, 30), None),
        (dt.date(2026, 12, 1), "due"),
        (dt.date(2026, 12, 31), "due"),
        (dt.date(2027, 1, 1), "overdue"),
    ],
)
def test_release_warnings_due_and_overdue(today: dt.date, state: str | None) -> None:
    """A month-precise release: nothing before it, due during it, overdue after it."""
    sources = {"s": _source(next_release="2026-12")}
    warnings = release_warnings(Plan("p", 2020, {}, sources, (), path="t.yaml"), today)
    if state is None:
        assert warnings == []
    else:
        assert warnings == [
            f"t.yaml: warning: sources.s: next release {state} as of {today.isoformat()} "
            "(expected 2026-12, declared); add its figures and move next_release on"
        ]


def test_stale_rows_by_year_of_today() -> None:
    """Latest 2023 is 3 years before 2026: stale with --max-age 2, not with 3."""
    report = assess(plan(indicator([(2020, 1), (2023, 2)], {"2027": 3})))
    today = dt.date(2026, 1, 1)
    assert [r.indicator.id for r in stale_rows(report.rows, today=today, max_age=2)] == ["x"]
    assert stale_rows(report.rows, today=today, max_age=3) == []


def test_validate_today_names_the_shipped_releases_now_overdue(runner: CliRunner) -> None:
    """On 2027-01-15 C&SD's R&D statistics (Dec 2026) are overdue, InvestHK's (Jan 2027) due."""
    result = runner.invoke(app, ["validate", str(SHIPPED), "--today", "2027-01-15"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{SHIPPED}: valid:")
    lines = [line for line in result.stderr.splitlines() if "next release" in line]
    assert len(lines) == 2
    assert "sources.csd_ias_2024_hkcna: next release overdue as of 2027-01-15" in lines[0]
    assert "sources.hkcna_startups_2025: next release due as of 2027-01-15" in lines[1]


def test_validate_before_any_release_is_due_says_nothing_of_releases(runner: CliRunner) -> None:
    """On 2026-11-29 neither shipped release is due."""
    result = runner.invoke(app, ["validate", str(SHIPPED), "--today", "2026-11-29"])
    assert result.exit_code == 0
    assert "next release" not in result.stderr


def test_gap_verbose_warns_of_releases_and_quiet_gap_does_not(runner: CliRunner) -> None:
    """``gap -v`` names the due releases on stderr; plain ``gap`` does not; stdout differs
    only by the rows' sentences that ``-v`` adds under each indicator."""
    loud = runner.invoke(app, ["gap", str(SHIPPED), "-v", "--today", "2027-01-15"])
    quiet = runner.invoke(app, ["gap", str(SHIPPED), "--today", "2027-01-15"])
    assert loud.exit_code == quiet.exit_code == 0
    lines = iter(loud.stdout.splitlines())
    assert all(line in lines for line in quiet.stdout.splitlines())  # in order, none missing
    assert "sources.csd_ias_2024_hkcna: next release overdue" in loud.stderr
    assert "next release" not in quiet.stderr


@pytest.mark.parametrize(
    ("frequency", "next_release", "field", "line"),
    [("yearly", "2026-12", "frequency", 9), ("annual", "2026-13", "next_release", 10)],
)
def test_bad_calendar_fields_are_located_errors(
    runner: CliRunner,
    write_targets: Callable[[str], Path],
    frequency: str,
    next_release: str,
    field: str,
    line: int,
) -> None:
    """An unknown frequency or a month that does not exist: exit 2, located at the field."""
    path = write_targets(CALENDAR.format(frequency=frequency, next_release=next_release))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:{line}:")
    assert f"sources.stats.{field}" in result.stderr


def test_bad_today_is_a_usage_error(runner: CliRunner) -> None:
    """--today must be a real date: exit 2, naming the option."""
    result = runner.invoke(app, ["validate", str(SHIPPED), "--today", "2027-02-30"])
    assert result.exit_code == 2
    assert "--today" in result.stderr


def test_max_age_fails_check_on_an_old_figure_only(
    runner: CliRunner, write_targets: Callable[[str], Path]
) -> None:
    """The row is on track (1.0 → 1.5 by 2024 for 1.6 by 2025); only its age can fail it."""
    path = write_targets(CALENDAR.format(frequency="annual", next_release="2026-12"))
    base = ["gap", str(path), "--check", "--today", "2027-03-01"]
    fresh = runner.invoke(app, [*base, "--max-age", "3"])
    assert fresh.exit_code == 0
    old = runner.invoke(app, [*base, "--max-age", "2"])
    assert old.exit_code == 1
    assert "A (2027): latest figure is of 2024, 3 years before 2027 (--max-age 2)" in old.stderr
    assert old.stdout == fresh.stdout


def test_max_age_without_check_is_a_usage_error(runner: CliRunner) -> None:
    """--max-age is a gate: without --check it would do nothing, so it is refused."""
    result = runner.invoke(app, ["gap", str(SHIPPED), "--max-age", "2"])
    assert result.exit_code == 2
    assert "--max-age" in result.stderr


def test_hkit_today_sets_the_date_when_no_option_does(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$HKIT_TODAY is the run's today; --today, typed just now, beats it."""
    monkeypatch.setenv("HKIT_TODAY", "2027-01-15")
    overdue = runner.invoke(app, ["validate", str(SHIPPED)])
    assert overdue.exit_code == 0
    assert "next release overdue as of 2027-01-15" in overdue.stderr
    before = runner.invoke(app, ["validate", str(SHIPPED), "--today", "2026-11-29"])
    assert before.exit_code == 0
    assert "next release" not in before.stderr


def test_a_malformed_hkit_today_is_a_usage_error_naming_the_variable(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad $HKIT_TODAY is blamed on the variable, since the user typed no --today."""
    monkeypatch.setenv("HKIT_TODAY", "next tuesday")
    result = runner.invoke(app, ["gap", str(SHIPPED), "--max-age", "3", "--check"])
    assert result.exit_code == 2
    assert "$HKIT_TODAY" in result.stderr
    assert "'next tuesday'" in result.stderr
    assert runner.invoke(app, ["validate", str(SHIPPED), "--today", "2026-11-29"]).exit_code == 0


def test_an_empty_hkit_today_counts_as_unset(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`HKIT_TODAY= hkit ...` falls back to the system date rather than failing."""
    monkeypatch.setenv("HKIT_TODAY", "")
    result = runner.invoke(app, ["gap", str(SHIPPED), "-f", "json"])
    assert result.exit_code == 0


def test_the_suite_pins_today() -> None:
    """conftest sets $HKIT_TODAY for every test: no result depends on the real date."""
    assert os.environ["HKIT_TODAY"] == PINNED_TODAY


def test_nothing_reads_the_clock_but_today_from() -> None:
    """Only cli_calendar.today_from reads the system date; no test does (faketime proves it)."""
    pattern = re.compile(r"\b(?:date|datetime)\.(?:today|now|utcnow)\(|\btime\.time\(")
    readers = []
    for folder in (ROOT / "hkit", ROOT / "tests"):
        for path in sorted(folder.rglob("*.py")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if pattern.search(line) and "pattern" not in line:
                    readers.append(path.relative_to(ROOT).as_posix())
    assert readers == ["hkit/cli/calendar.py"]
