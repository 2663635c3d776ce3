"""``hkit show`` as text: the indicator, its figures, its milestones, its paths and a chart.

rich builds the tables; colour only on a terminal (rich drops it in a pipe and under
``NO_COLOR``); the words and markers are the same either way.
"""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from hkit.assess.record import Mode
from hkit.assess.story import Story, band_edges
from hkit.render import words
from hkit.render.terminal import chart, screen
from hkit.render.terminal.palette import SERIES, STATUS_STYLES
from hkit.render.text import narrative
from hkit.render.text.comparison import verdict
from hkit.render.text.narrative import in_heading, maybe
from hkit.textsafe import visible

CHART_HEIGHT = 12
# Wider charts do not read better; the tables still use the whole width.
CHART_MAX_WIDTH = 100
MARKERS = SERIES


def heading(story: Story) -> Table:
    """The id and name (a long name wraps under itself, not under the id), then the group,
    unit, direction and what ``--as-of`` hides."""
    ind = story.indicator
    title = Table.grid(padding=(0, 2))
    title.add_column(no_wrap=True)
    title.add_column(overflow="fold")
    title.add_row(Text(visible(ind.id), style="bold"), Text(visible(ind.name), style="bold"))
    out = Text()
    better = "higher" if ind.direction.sign > 0 else "lower"
    facts = [f for f in (ind.group, f"unit: {ind.unit}", f"{better} is better") if f]
    facts = [visible(f) for f in facts]
    if story.as_of is not None:
        facts.append(f"as of {story.as_of}: later figures are shown (○) but not used")
    out.append(" · ".join(facts))
    if ind.note:
        out.append(f"\n{visible(' '.join(ind.note.split()))}", style="dim")
    whole = Table.grid()
    whole.add_row(title)
    whole.add_row(out)
    return whole


def in_short(story: Story) -> Table:
    """Each row in one sentence (``hkit.render.summary``), milestone first: the answer
    before the figures."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for row in story.report.rows:
        grid.add_row(Text(visible(row.milestone or "no target")), Text(visible(row.summary)))
    return grid


def figures_table(story: Story) -> Table:
    """Every figure with its year, value, source title and grade."""
    table = _table("Figures")
    table.add_column("Year", no_wrap=True)
    table.add_column("Value", justify="right", no_wrap=True)
    table.add_column("Source", ratio=1, overflow="fold")
    table.add_column("Grade", no_wrap=True)
    for fig in story.figures:
        source = Text(visible(fig.title))
        if fig.note:
            source.append(f"\n{visible(fig.note, newlines=True)}", style="dim")
        year = f"{fig.year}" if fig.used else f"{fig.year} ○"
        table.add_row(
            Text(year),
            Text(words.value(story.indicator, fig.value)),
            source,
            Text(visible(fig.grade or "?")),
            style=None if fig.used else "dim",
        )
    return table


def milestones_table(story: Story) -> Table:
    """One column per milestone, one line per number of the row."""
    rows = story.report.rows
    table = _table("Milestones")
    table.add_column("", no_wrap=True)
    for row in rows:
        table.add_column(
            Text(words.milestone(row) if row.milestone else "no target"), justify="right", ratio=1
        )
    lines: list[tuple[str, list[str] | list[Text]]] = [
        (name, list(cells)) for name, cells in narrative.number_lines(story)
    ]
    if story.report.mode is Mode.COMPARE:
        for index, method in enumerate(story.report.methods):
            lines.append(
                (
                    method.heading,
                    [
                        Text(
                            verdict(r.methods[index]), style=STATUS_STYLES[r.methods[index].status]
                        )
                        for r in rows
                    ],
                )
            )
    else:
        lines.append(
            ("Status", [Text(r.status_label, style=STATUS_STYLES[r.status]) for r in rows])
        )
    for name, cells in lines:
        # Text, not str: a cell is never read as rich markup.
        table.add_row(Text(name), *(Text(c) if isinstance(c, str) else c for c in cells))
    return table


def paths_table(story: Story) -> Table:
    """Year by year: the figure, the plan's path and the current pace, to the last milestone."""
    ind = story.indicator
    later = any(p.later is not None for p in story.paths)
    table = _table("Paths")
    table.add_column("Year", no_wrap=True)
    table.add_column(Text(in_heading(ind, "Observed")), justify="right")
    table.add_column("Plan path", justify="right")
    table.add_column("Current pace", justify="right")
    banded = any(p.trend_low is not None for p in story.paths)
    if banded:
        table.add_column("80% band", justify="right")
    if later:
        table.add_column("Later figure", justify="right")
    targets = dict(story.targets)
    for p in story.paths:
        plan = maybe(ind, p.plan, unit=False)
        if p.year in targets:
            plan = f"◆ {plan}"
        cells = [
            str(p.year),
            maybe(ind, p.observed, unit=False),
            plan,
            maybe(ind, p.trend, unit=False),
        ]
        if banded:
            cells.append(_band_cell(story, p.trend_low, p.trend_high))
        if later:
            cells.append(maybe(ind, p.later, unit=False))
        table.add_row(*map(Text, cells))
    return table


def _band_cell(story: Story, low: float | None, high: float | None) -> str:
    """``0.94%–1.76%``, or nothing where there is no band (before the latest figure)."""
    if low is None or high is None:
        return ""
    return f"{maybe(story.indicator, low)}–{maybe(story.indicator, high)}"


def series(story: Story) -> list[chart.Series]:
    """The chart's series, in drawing order (later ones on top)."""

    def make(
        key: str, name: str, points: list[tuple[float, float]], *, line: bool = False
    ) -> chart.Series:
        marker, style = MARKERS[key]
        return chart.Series(name, marker, style, tuple(points), line)

    paths = story.paths
    return [
        _band(story),
        make(
            "plan", "plan path", [(p.year, p.plan) for p in paths if p.plan is not None], line=True
        ),
        make(
            "trend",
            "current pace",
            [(p.year, p.trend) for p in paths if p.trend is not None],
            line=True,
        ),
        make("target", "target", [(float(y), v) for y, v in story.targets]),
        make("later", "later figure", [(f.year, f.value) for f in story.figures if not f.used]),
        make("observed", "figure", [(f.year, f.value) for f in story.figures if f.used]),
    ]


def _band(story: Story) -> chart.Series:
    """The outlook's 80% band, from the latest figure (where it is a point) onwards."""
    marker, style = MARKERS["band"]
    lows, highs = band_edges(story.paths)
    return chart.Series("80% band", marker, style, tuple(lows), upper=tuple(highs))


def chart_lines(story: Story, *, width: int) -> list[Text]:
    """The chart and its legend as rich ``Text`` lines."""
    drawn = series(story)
    lines = chart.draw(
        drawn,
        width=min(width, CHART_MAX_WIDTH),
        height=CHART_HEIGHT,
        label=lambda v: words.value(story.indicator, v),
        years=_named_years(story),
    )
    if not lines:
        return [Text("no figure to draw", style="dim")]
    lines.append(chart.legend(drawn))
    return [Text.assemble(*((t, s or "") for t, s in line)) for line in lines]


def print_story(story: Story, file: TextIO | None = None) -> None:
    """Print the whole story; the chart is as wide as the console."""

    def build(console: Console) -> list[RenderableType]:
        parts: list[RenderableType] = [
            heading(story),
            Text(""),
            in_short(story),
            Text(""),
            figures_table(story),
            milestones_table(story),
            paths_table(story),
            Text("Chart", style="bold"),
            *chart_lines(story, width=console.width),
        ]
        return screen.with_footnotes(Group(*parts), narrative.footnotes(story), gap=False)

    screen.write(build, file=file)


def _named_years(story: Story) -> list[int]:
    """The years worth a label: the base, the latest figure and each target's data year."""
    rows = story.report.rows
    years = [year for year, _ in story.targets]
    if rows and rows[0].baseline is not None:
        years.append(rows[0].baseline.year)
    if rows and rows[0].latest is not None:
        years.append(rows[0].latest.year)
    return years


def _table(title: str) -> Table:
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        expand=False,
    )
