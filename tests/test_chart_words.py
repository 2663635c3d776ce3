"""A chart that can be published (issue 20): a title, the unit of the value axis, a source
line, each target named by its milestone at its data year, a legend of what is drawn."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from hkit.assess.story import build_story
from hkit.cli import app
from hkit.render.html.svg_chart import build_chart
from tests.conftest import CASES
from tests.helpers import indicator, plan


def _svg(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, ["show", *args, "--format", "svg"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_the_shipped_chart_names_itself_its_unit_its_sources_and_milestones(
    runner: CliRunner,
) -> None:
    """1.1: title, "Unit: %", the 2032 target at 2030 labelled with its milestone, sources."""
    svg = _svg(runner, "1.1")
    texts = _texts(svg)
    assert texts[:2] == ["1.1 Gross Domestic Expenditure on R&amp;D (GERD) as a", "ratio to GDP"]
    assert "Unit: %" in texts
    assert "2032 target ≥2%" in texts
    assert "2027 target ≥1.3%" in texts
    assert "<title>2032 target ≥2%, judged on the figures of 2030</title>" in svg
    assert any(t.startswith("Sources: Innovation, Technology and Industry Bureau") for t in texts)
    assert any(t.endswith("Chart: hkit.") for t in texts)


def test_a_unit_after_the_number_is_on_the_axis_not_on_each_tick(runner: CliRunner) -> None:
    """kt CO2e: once, above the value axis; the ticks are round numbers."""
    texts = _texts(_svg(runner, "1-1-1", str(CASES / "plainly.yaml")))
    assert "Unit: kt CO2e" in texts
    assert {"900", "1,000", "1,100", "1,200"} <= set(texts)
    assert "2030 target ≤1,000" in texts


def test_the_legend_lists_only_what_is_drawn() -> None:
    """One figure and no target: no path is drawn, so the legend has the figure alone."""
    story = build_story(plan(indicator([(2020, 10)], {}, ident="a")), "a")
    chart = build_chart(story)
    assert [item.key for item in chart.legend] == ["figure"]
    assert not chart.plan
    assert not chart.trend
