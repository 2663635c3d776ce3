"""`hkit diff`: change kinds, the status order behind --check, formats, stdin, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.assess.diff import STATUS_RANK, Change, Kind, diff_plans
from hkit.cli import app
from hkit.model import Comparator, Observation, Plan, Status
from tests.conftest import CASES, GOLDEN
from tests.helpers import indicator, plan

OLD = CASES / "diff-old.yaml"
NEW = CASES / "diff-new.yaml"
GOLDEN_FORMATS = {"table.txt": "table", "md": "markdown", "json": "json"}


def _kinds(old: Plan, new: Plan) -> list[tuple[str, str, str | int | None]]:
    return [
        (c.kind.value, c.indicator.id, c.milestone or c.year) for c in diff_plans(old, new).changes
    ]


def test_identical_plans_have_no_changes() -> None:
    """A plan against itself: nothing."""
    same = plan(indicator([(2020, 1), (2024, 2)], {"2027": 3}))
    assert diff_plans(same, same).changes == ()


def test_figure_kinds_revised_added_removed_source() -> None:
    """2024 revised, 2023 removed, 2025 added, 2020 only changes its source."""
    old = plan(indicator([(2020, 1), (2023, 1.5), (2024, 2)]))
    moved = old.indicators[0]._replace(
        observations=(
            Observation(2020, 1, "news"),
            Observation(2024, 2.5, "bp"),
            Observation(2025, 3, "bp"),
        ),
    )
    new = old._replace(indicators=(moved,))
    changes = [c for c in diff_plans(old, new).changes if c.kind is not Kind.STATUS]
    assert [(c.kind, c.year, c.before, c.after) for c in changes] == [
        (Kind.SOURCE, 2020, 1, 1),
        (Kind.REMOVED, 2023, 1.5, None),
        (Kind.REVISED, 2024, 2, 2.5),
        (Kind.ADDED, 2025, None, 3),
    ]
    assert (changes[0].before_source, changes[0].after_source) == ("bp", "news")
    assert (changes[0].before_grade, changes[0].after_grade) == ("official", "secondary")


def test_target_kinds_value_comparator_added_removed() -> None:
    """A target's value, its comparator, a new one and a dropped one are each a change."""
    old = plan(indicator([(2020, 1), (2024, 2)], {"2027": 3, "2032": 4}, ident="a"))
    new = plan(
        indicator([(2020, 1), (2024, 2)], {"2027": (3, Comparator.ABOUT)}, ident="a"),
    )
    targets = [c for c in diff_plans(old, new).changes if c.kind is Kind.TARGET]
    assert [(c.milestone, c.before, c.after, c.before_source, c.after_source) for c in targets] == [
        ("2027", 3, 3, "at_least", "about"),
        ("2032", 4, None, "at_least", None),
    ]


def test_indicator_added_and_removed_lists_its_figures() -> None:
    """New indicators after the kept ones' order; removed ones last."""
    kept = indicator([(2020, 1), (2024, 2)], ident="k")
    gone = indicator([(2020, 5)], ident="g")
    born = indicator([(2021, 7)], ident="b")
    kinds = _kinds(plan(kept, gone), plan(born, kept))
    assert [k for k in kinds if k[0] != "status"] == [("added", "b", 2021), ("removed", "g", 2020)]


def test_status_changes_stay_with_their_indicator() -> None:
    """Each indicator lists the status changes of its own rows only: a row it lost (2032 of
    a) and a row it gained (2032 of b), never one of the other indicator's."""
    a_old = indicator([(2020, 1), (2024, 2)], {"2027": 3, "2032": 4}, ident="a")
    b_old = indicator([(2020, 1), (2024, 2)], {"2027": 3}, ident="b")
    a_new = indicator([(2020, 1), (2024, 2)], {"2027": 3}, ident="a")
    b_new = indicator([(2020, 1), (2024, 2)], {"2032": 4, "2027": 2.5}, ident="b")
    changes = diff_plans(plan(a_old, b_old), plan(a_new, b_new)).changes
    statuses = [(c.indicator.id, c.milestone, c.before, c.after) for c in changes if c.of_status]
    assert statuses == [
        ("a", "2032", Status.SUBSTANTIAL_PROGRESS, None),
        ("b", "2032", None, Status.SUBSTANTIAL_PROGRESS),
    ]


@pytest.mark.parametrize(
    ("before", "after", "worse"),
    [
        (Status.SUBSTANTIAL_PROGRESS, Status.MODERATE_PROGRESS, True),
        (Status.TARGET_ACHIEVED, Status.SUBSTANTIAL_PROGRESS, True),
        (Status.LIMITED_PROGRESS, Status.MISSED, True),
        (Status.MODERATE_PROGRESS, Status.SUBSTANTIAL_PROGRESS, False),
        (Status.DETERIORATION, Status.MISSED, False),  # the same rank: decided, not new
        (Status.SUBSTANTIAL_PROGRESS, Status.NOT_AVAILABLE, False),  # cannot be judged
        (Status.NOT_AVAILABLE, Status.DETERIORATION, False),
        (None, Status.DETERIORATION, False),  # a new row
        (Status.SUBSTANTIAL_PROGRESS, None, False),  # a row that went away
    ],
)
def test_status_order_behind_check(
    before: Status | None, after: Status | None, worse: bool
) -> None:
    """Worse means a larger rank in STATUS_RANK, both sides assessed."""
    change = Change(Kind.STATUS, indicator([(2020, 1)]), "2027", before=before, after=after)
    assert change.worse is worse


@given(st.sampled_from(list(STATUS_RANK)), st.sampled_from(list(STATUS_RANK)))
def test_worse_is_never_both_ways(a: Status, b: Status) -> None:
    """A → B and B → A cannot both be worse; the same status is never worse."""
    ind = indicator([(2020, 1)])
    there = Change(Kind.STATUS, ind, "2027", before=a, after=b).worse
    back = Change(Kind.STATUS, ind, "2027", before=b, after=a).worse
    assert not (there and back)
    assert there or back or STATUS_RANK[a] == STATUS_RANK[b]


@given(st.lists(st.floats(0.1, 1e6), min_size=2, max_size=6), st.floats(0.1, 1e6))
def test_a_revision_is_one_revised_change_at_most_plus_statuses(
    values: list[float], revised: float
) -> None:
    """Changing one figure's value gives one ``revised`` change and nothing but statuses else."""
    points = [(2020 + i, v) for i, v in enumerate(values)]
    old = plan(indicator(points, {"2032": 2e6}))
    new_points = [*points[:-1], (points[-1][0], revised)]
    new = plan(indicator(new_points, {"2032": 2e6}))
    kinds = [c.kind for c in diff_plans(old, new).changes]
    assert kinds.count(Kind.REVISED) == (1 if revised != values[-1] else 0)
    assert set(kinds) <= {Kind.REVISED, Kind.STATUS}


@pytest.mark.parametrize("suffix", list(GOLDEN_FORMATS))
def test_golden(
    suffix: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    """`hkit diff cases/diff-old.yaml cases/diff-new.yaml` in each format, byte for byte."""
    monkeypatch.chdir(CASES)
    args = ["diff", OLD.name, NEW.name, "--format", GOLDEN_FORMATS[suffix]]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden = GOLDEN / f"diff.{suffix}"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_json_contract(runner: CliRunner) -> None:
    """schema_version 1; every change has kind, indicator, milestone or year, before, after."""
    result = runner.invoke(app, ["diff", str(OLD), str(NEW), "-f", "json"])
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    for change in document["changes"]:
        assert {"kind", "indicator", "before", "after"} <= change.keys()
        assert ("milestone" in change) != ("year" in change)
    worse = [c for c in document["changes"] if c["kind"] == "status" and c["worse"]]
    assert [(c["indicator"], c["before"], c["after"]) for c in worse] == [
        ("A", "substantial_progress", "limited_progress")
    ]


def test_check_fails_only_when_a_row_got_worse(runner: CliRunner, tmp_path: Path) -> None:
    """Old → new makes A worse: exit 1. Without A's revision, B only gets better: exit 0."""
    forward = runner.invoke(app, ["diff", str(OLD), str(NEW), "--check"])
    assert forward.exit_code == 1
    assert forward.stderr == "hkit: 1 row got worse\n"
    assert runner.invoke(app, ["diff", str(OLD), str(NEW)]).exit_code == 0  # no --check
    better = tmp_path / "better.yaml"
    text = NEW.read_text(encoding="utf-8")
    better.write_text(text.replace("value: 1.1, source: paper", "value: 1.5, source: paper"))
    result = runner.invoke(app, ["diff", str(OLD), str(better), "--check"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "0 rows worse" in result.stdout


def test_stdin_for_one_side_not_both(runner: CliRunner) -> None:
    """`-` reads the old file from stdin; `- -` is a usage error (exit 2)."""
    piped = runner.invoke(app, ["diff", "-", str(NEW)], input=OLD.read_text(encoding="utf-8"))
    assert piped.exit_code == 0
    assert piped.stdout.startswith(f"Changes from <stdin> to {NEW}")
    both = runner.invoke(app, ["diff", "-", "-"], input="")
    assert both.exit_code == 2
    assert "OLD" in both.stderr


def test_a_bad_file_is_a_located_error(runner: CliRunner, tmp_path: Path) -> None:
    """A broken NEW file: exit 2 with file:line:col, nothing on stdout."""
    broken = tmp_path / "broken.yaml"
    broken.write_text(NEW.read_text(encoding="utf-8").replace("value: 1450", "value: 1,450"))
    result = runner.invoke(app, ["diff", str(OLD), str(broken)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{broken}:")


def test_terminal_control_characters_in_names_are_escaped(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A name carrying an escape sequence reaches the table as text, not as a control."""
    sneaky = tmp_path / "sneaky.yaml"
    text = NEW.read_text(encoding="utf-8")
    sneaky.write_text(text.replace("name: New indicator", 'name: "New \\e[31mred"'))
    result = runner.invoke(app, ["diff", str(OLD), str(sneaky)])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "New \\x1b[31mred" in result.stdout  # hkit.textsafe.visible


def test_readme_pipeline_through_a_real_subprocess(tmp_path: Path) -> None:
    """`... | python -m hkit diff - NEW --format markdown` in a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "diff", "-", str(NEW), "--format", "markdown"],
        input=OLD.read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == (GOLDEN / "diff.md").read_text(encoding="utf-8").replace(
        "`diff-old.yaml`", "`<stdin>`"
    ).replace("`diff-new.yaml`", f"`{NEW}`")


def test_docs_show_the_golden_markdown() -> None:
    """docs/commands.md's diff example is the golden Markdown: it cannot drift from the output."""
    page = (GOLDEN.parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    assert (GOLDEN / "diff.md").read_text(encoding="utf-8") in page
    assert "git show HEAD~1:targets.yaml | hkit diff - targets.yaml" in page
