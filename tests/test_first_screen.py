"""The report's first screen (issue 20): the figures' and the run's dates, key findings worst
first, the status words explained at the top, and the data as an embedded CSV link."""

from __future__ import annotations

import base64
import re
from html import unescape

from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import CASES, PINNED_TODAY, SHIPPED


def _report(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, ["report", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_dates_of_the_figures_and_of_the_run(runner: CliRunner) -> None:
    """The newest figure's year, and the run's date from $HKIT_TODAY or --today."""
    page = _report(runner, str(SHIPPED))
    assert "<dt>Figures up to</dt><dd>2025</dd>" in page
    assert f'<time datetime="{PINNED_TODAY}">{PINNED_TODAY}</time>' in page
    page = _report(runner, str(SHIPPED), "--today", "2031-07-01")
    assert '<time datetime="2031-07-01">' in page
    page = _report(runner, str(SHIPPED), "--as-of", "2022")
    assert "<dt>Figures up to</dt><dd>2022</dd>" in page


def test_key_findings_come_first_worst_first(runner: CliRunner) -> None:
    """Before the overview: the rows below on track, worst first, each in its sentence."""
    page = _report(runner, str(CASES / "plainly.yaml"))
    first = page.index('id="h-findings"')
    assert first < page.index('id="h-overview"')
    findings = re.findall(r'<li class="st st-(\w+)"><a href="#[^"]+">([^<]+)</a>', page)
    assert findings[0] == ("missed", "1-1-3 · 2025")
    assert findings[-1][0] == "not_available"
    assert "Missed: Landfilled waste missed the 2025 milestone&#39;s target" in page


def test_status_words_are_explained_before_the_overview(runner: CliRunner) -> None:
    """Each status on the page, with what it means, above the matrix; no status not shown."""
    page = _report(runner, str(SHIPPED))
    words = page[page.index('class="words"') : page.index('id="h-overview"')]
    assert "Needs acceleration</span></dt><dd>moving the right way, but too slowly" in words
    assert "Missed" not in words  # the shipped file has no missed row


def test_the_data_link_is_the_csv_of_the_rows(runner: CliRunner) -> None:
    """A data: link (nothing fetched) holding exactly what `gap --format csv` prints."""
    page = _report(runner, str(SHIPPED))
    href = re.search(r'<a download="hkit-gap.csv" href="([^"]+)"', page)
    assert href is not None
    prefix = "data:text/csv;charset=utf-8;base64,"
    assert href.group(1).startswith(prefix)
    csv_text = base64.b64decode(unescape(href.group(1))[len(prefix) :], validate=True).decode()
    gap = runner.invoke(app, ["gap", str(SHIPPED), "--format", "csv"])
    assert csv_text == gap.stdout
