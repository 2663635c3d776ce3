"""The row in one sentence (issue 20): one function, every status and method case, the same
sentence in every output.

tests/golden/summaries.txt holds the sentence of every row of the cases below, under each
method; rewrite it with `pytest --update-golden` and read the diff.
"""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from hkit.cli import app
from hkit.model import Status
from tests.conftest import CASES, GOLDEN, SHIPPED

# (label, file, extra arguments): every status, a decided milestone, and each method.
RUNS = (
    ("blueprint", str(SHIPPED), ()),
    ("blueprint as of 2022", str(SHIPPED), ("--as-of", "2022")),
    ("progress", str(CASES / "progress.yaml"), ()),
    ("plainly", str(CASES / "plainly.yaml"), ()),
    *(
        (f"progress --method {m}", str(CASES / "progress.yaml"), ("--method", m))
        for m in ("level", "weather", "regression", "all")
    ),
)


def _rows(runner: CliRunner, path: str, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["gap", path, "--format", "json", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)["rows"]
    return rows


def test_sentences_of_every_case_match_the_golden(runner: CliRunner, update_golden: bool) -> None:
    """Every row's sentence, per case and method, is the reviewed one; every status occurs."""
    lines: list[str] = []
    statuses: set[str] = set()
    for label, path, args in RUNS:
        lines.append(f"## {label}")
        for row in _rows(runner, path, *args):
            statuses.add(str(row["status"]))
            lines.append(f"{row['indicator']} {row['milestone']}: {row['summary']}")
        lines.append("")
    golden = GOLDEN / "summaries.txt"
    if update_golden:
        golden.write_text("\n".join(lines), encoding="utf-8")
    assert "\n".join(lines) == golden.read_text(encoding="utf-8")
    assert statuses == {s.value for s in Status}


def test_every_sentence_starts_with_the_status_words_and_ends_with_a_stop(
    runner: CliRunner,
) -> None:
    """The verdict first, in the method's own words, then one full stop at the end."""
    for _, path, args in RUNS:
        for row in _rows(runner, path, *args):
            summary = str(row["summary"])
            assert summary.startswith(f"{row['status_label']}: ")
            assert summary.endswith(".")
            assert ". " not in summary.removesuffix(".")


def test_csv_markdown_and_show_say_the_same_sentence(runner: CliRunner) -> None:
    """CSV's summary column, the Markdown table and `hkit show` carry the JSON's sentences."""
    path = str(CASES / "plainly.yaml")
    sentences = [str(row["summary"]) for row in _rows(runner, path)]
    table = runner.invoke(app, ["gap", path, "--format", "csv"]).stdout
    assert [row["summary"] for row in csv.DictReader(io.StringIO(table))] == sentences
    markdown = runner.invoke(app, ["gap", path, "--format", "markdown"]).stdout
    assert all(f"| {s} |" in markdown for s in sentences)
    shown = runner.invoke(app, ["show", "1-1-3", path], env={"COLUMNS": "400"}).stdout
    assert sentences[3] in shown


def test_the_readme_quotes_a_real_sentence(runner: CliRunner) -> None:
    """The README's first screen quotes 1.1's 2027 sentence as hkit writes it today."""
    readme = " ".join((SHIPPED.parent / "README.md").read_text(encoding="utf-8").split())
    rows = _rows(runner, str(SHIPPED), "-i", "1.1", "-m", "2027")
    assert f"> {rows[0]['summary']}".replace("> ", "") in readme.replace("> ", "")


def test_gap_verbose_says_each_row_under_it(runner: CliRunner) -> None:
    """`gap -v`: each indicator's sentences under its lines; without -v, none."""
    path = str(CASES / "plainly.yaml")
    sentences = [str(row["summary"]) for row in _rows(runner, path)]
    verbose = runner.invoke(app, ["gap", path, "-v"], env={"COLUMNS": "1000"}).stdout
    plain = runner.invoke(app, ["gap", path], env={"COLUMNS": "1000"}).stdout
    lines = [line.strip() for line in verbose.splitlines()]
    assert all(s in lines for s in sentences)
    assert lines.index(sentences[0]) < lines.index("1-1-2 Renewable share of electricity")
    assert not any(s in plain for s in sentences)


def test_a_method_with_its_own_trend_is_not_quoted_with_the_default_pace(
    runner: CliRunner,
) -> None:
    """--method regression and weather reach the target on their own trend: the sentence names
    that trend, never the pace since the base figure beside the fit's year (review, issue 20)."""
    plan = str(CASES / "methods.yaml")
    for method, trend in (
        ("regression", "on the regression method's fitted trend, "),
        ("weather", "on the weather method's straight-line trend, "),
    ):
        result = runner.invoke(app, ["gap", plan, "-f", "json", "--method", method])
        assert result.exit_code == 0, result.stderr
        rows = json.loads(result.stdout)["rows"]
        reaching = [row["summary"] for row in rows if " reaches " in row["summary"]]
        assert reaching, method
        for summary in reaching:
            assert trend in summary
            assert "at the pace since" not in summary


def test_a_summary_is_set_as_replace_would_set_it() -> None:
    """The summary is put in place by position (the row's last field), for speed: it must be
    exactly row._replace(summary=...), every other field untouched, for every shipped row."""
    from hkit.assess.compute import assess
    from hkit.read.load import load_plan
    from hkit.render.summary import _with_summary

    report = assess(load_plan(str(SHIPPED)))
    assert report.rows
    for row in report.rows:
        assert _with_summary(row, "a sentence.") == row._replace(summary="a sentence.")
