"""Provenance made visible: the unofficial mark and its footnote, the machine fields, and the
``validate`` warning about figures whose source has no URL."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from hkit.assess.compute import assess
from hkit.assess.record import Report
from hkit.cli import app
from hkit.read.load import load_plan
from hkit.read.provenance import source_warnings
from hkit.render.machine.writers import render_csv, render_json
from hkit.render.terminal.table import print_table
from hkit.render.words import UNOFFICIAL_MARK, footnotes

CASE = Path(__file__).resolve().parent / "cases" / "provenance.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHIPPED = Path(__file__).resolve().parent.parent / "targets.yaml"

MINIMAL = """\
schema_version: 1
milestones: {{"2027": {{data_year: 2025}}}}
sources:
{sources}
indicators:
  - id: X
    name: x
    unit: count
    direction: increase
    observations:
{observations}
"""


def _case_report() -> Report:
    return assess(load_plan(str(CASE), display_name="provenance.yaml"))


def _table(report: Report) -> str:
    buffer = io.StringIO()
    print_table(report, file=buffer)
    return buffer.getvalue()


def test_footnotes_name_each_unofficial_source_and_explain_its_grade() -> None:
    """Reprint, secondary and derived latest values are marked; official ones are not."""
    lines = footnotes(_case_report())
    assert lines[0] == f"{UNOFFICIAL_MARK} latest value not from an official source:"
    assert "  B (2023): Wire copy of the release [reprint]" in lines
    assert "  C (2024): Share derived from the sector figures [derived]" in lines
    assert "  D (2022): Newspaper report [secondary]" in lines
    assert not any(line.startswith("  A ") for line in lines)
    meanings = [line for line in lines if line.startswith("  [")]
    assert [m.split("]")[0] for m in meanings] == ["  [reprint", "  [secondary", "  [derived"]
    assert "E: no figure after 2020, so progress cannot be assessed" in lines


def test_marks_only_unofficial_latest_values() -> None:
    """The table's Latest cell carries the mark exactly for the non-official rows."""
    table = _table(_case_report())
    assert f"1.2% (2024){UNOFFICIAL_MARK}" not in table
    assert "1.2% (2024)" in table
    assert f"120 persons (2023){UNOFFICIAL_MARK}" in table
    assert f"60:40 (2024){UNOFFICIAL_MARK}" in table


def test_json_and_csv_carry_latest_source_and_grade() -> None:
    """Machine formats name the latest value's source key and grade on every row."""
    report = _case_report()
    rows = json.loads(render_json(report))["rows"]
    assert [(r["latest"]["source"], r["latest"]["grade"]) for r in rows] == [
        ("office", "official"),
        ("wire", "reprint"),
        ("sum", "derived"),
        ("paper", "secondary"),
        ("book", "official"),
    ]
    import csv
    import io

    columns = next(csv.DictReader(io.StringIO(render_csv(report))))
    assert (columns["latest_source"], columns["latest_grade"]) == ("office", "official")


def test_warns_about_a_cited_source_without_url(write_targets: Callable[..., Path]) -> None:
    """One warning per cited source without a URL, naming the figures and indicators."""
    path = write_targets(
        MINIMAL.format(
            sources="  a: {title: A, grade: official}\n"
            "  b: {title: B, grade: reprint, url: 'https://example.org'}\n"
            "  c: {title: C, grade: secondary}",
            observations="      - {year: 2020, value: 1, source: a}\n"
            "      - {year: 2021, value: 2, source: a}\n"
            "      - {year: 2022, value: 3, source: b}",
        )
    )
    warnings = source_warnings(load_plan(str(path)))
    assert warnings == [
        f"{path}: warning: sources.a: source has no url; 2 figures cite it (indicators X)"
    ]


def test_derived_sources_need_a_description_not_a_url(
    write_targets: Callable[..., Path],
) -> None:
    """A derived source is traced through its description; without one it is warned about."""
    path = write_targets(
        MINIMAL.format(
            sources="  d: {title: D, grade: derived, description: 'a ÷ b [x]'}\n"
            "  e: {title: E, grade: derived}",
            observations="      - {year: 2020, value: 1, source: d}\n"
            "      - {year: 2021, value: 2, source: e}",
        )
    )
    warnings = source_warnings(load_plan(str(path)))
    assert warnings == [
        f"{path}: warning: sources.e: derived source has no description stating its formula "
        "and inputs; 1 figure cites it (indicators X)"
    ]


def test_validate_warns_on_stderr_and_exits_0(runner: CliRunner) -> None:
    """On the shipped file only the Blueprint (no verified URL) is warned about; exit 0."""
    result = runner.invoke(app, ["validate", str(SHIPPED)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{SHIPPED}: valid: 8 indicators")
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{SHIPPED}: warning: sources.blueprint: source has no url;")


def test_gap_table_marks_unofficial_latest_values(runner: CliRunner) -> None:
    """The shipped table marks unofficial latest values; 3.2 (derived for 2024) is assessed."""
    result = runner.invoke(app, ["gap", str(SHIPPED)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "no figure after 2020" not in result.stdout
    assert f"15.44 per 1,000 labour force (2024){UNOFFICIAL_MARK}" in result.stdout
    assert f"1.13% (2024){UNOFFICIAL_MARK}" in result.stdout
    assert f"5,221 start-ups (2025){UNOFFICIAL_MARK}" in result.stdout
    assert "[reprint] a verbatim reprint or wire copy of an official release" in result.stdout
