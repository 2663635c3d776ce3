"""What ``hkit report`` puts on its page, as plain data: the header, the status overview and
one section per indicator, built from the assessed ``Report`` (and each indicator's story for
its chart, paths and figures). Strings here are text, never markup: the Jinja2 templates
escape every one of them (``hkit.render.html.document``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from hkit import __version__
from hkit.assess.catalogue import CATALOGUE, Method
from hkit.assess.record import Mode, Report, Row
from hkit.assess.story import Story, StoryObservation, story_of
from hkit.model import Grade, Indicator, Plan, Status
from hkit.render import words
from hkit.render.html.first_screen import first_screen
from hkit.render.html.page_method import method_texts
from hkit.render.html.page_parts import Cell, CitedSource, MatrixRow, Page, Section
from hkit.render.html.svg_chart import build_chart
from hkit.render.text.comparison import verdict
from hkit.render.text.narrative import footnotes, in_heading, maybe, number_lines

NO_TARGET = "no target"
# Only links to web pages become links: a ``javascript:`` or ``data:`` URL in a file is text.
SAFE_URL = re.compile(r"https?://", re.IGNORECASE)


def build_page(plan: Plan, report: Report, *, today: dt.date) -> Page:
    """The page of ``report`` (assessed from ``plan``), indicators in file order; ``today``
    is the run's date (``--today``, ``$HKIT_TODAY``, else the system date)."""
    indicators: dict[str, tuple[Indicator, list[Row]]] = {}
    for row in report.rows:
        indicators.setdefault(row.indicator.id, (row.indicator, []))[1].append(row)
    anchors = anchor_names(list(indicators))
    columns = _columns(report)
    sections: list[Section] = []
    matrix: list[MatrixRow] = []
    for ident, (indicator, rows) in indicators.items():
        story = story_of(plan, indicator, _only(report, rows))
        sections.append(section(story, anchors[ident]))
        by_column = {row.milestone or NO_TARGET: row for row in rows}
        cells = tuple(
            Cell(by_column[c].status_label, by_column[c].status.value) if c in by_column else None
            for c in columns
        )
        matrix.append(MatrixRow(anchors[ident], ident, indicator.name, cells))
    counts = Counter(row.status for row in report.rows)
    return Page(
        title=words.title(report),
        file=report.path,
        as_of=str(report.as_of) if report.as_of is not None else "all figures",
        method=method_name(report.methods),
        version=__version__,
        counts=tuple((Cell(s.label, s.value), counts[s]) for s in Status if counts[s]),
        overview=_overview(report),
        columns=columns,
        matrix=tuple(matrix),
        sections=tuple(sections),
        methods=tuple(method_texts(report.methods)),
        settled=(
            f"A met target ({Status.TARGET_ACHIEVED.label}) and a milestone whose data year has "
            f"passed ({Status.MISSED.label}) are facts, the same for every method."
        ),
        notes=tuple(_general_notes(report)),
        first=first_screen(report, anchors, today=today),
    )


def section(story: Story, anchor: str) -> Section:
    """The section of one indicator."""
    ind = story.indicator
    rows = story.report.rows
    better = "higher is better" if ind.direction.sign > 0 else "lower is better"
    facts = tuple(f for f in (ind.group or "", f"unit: {ind.unit}", better) if f)
    later = any(p.later is not None for p in story.paths)
    banded = any(p.trend_low is not None for p in story.paths)
    header: tuple[str, ...] = ("Year", in_heading(ind, "Figure"), "Plan's path", "Current pace")
    header += ("80% band",) if banded else ()
    header += ("Later figure",) if later else ()
    targets = dict(story.targets)
    paths = tuple(
        (
            str(p.year),
            maybe(ind, p.observed, unit=False),
            ("◆ " if p.year in targets else "") + maybe(ind, p.plan, unit=False),
            maybe(ind, p.trend, unit=False),
            *((_band(story, p.trend_low, p.trend_high),) if banded else ()),
            *((maybe(ind, p.later, unit=False),) if later else ()),
        )
        for p in story.paths
    )
    return Section(
        anchor=anchor,
        ident=ind.id,
        name=ind.name,
        facts=facts,
        note=" ".join((ind.note or "").split()),
        summaries=tuple((r.milestone or NO_TARGET, r.summary) for r in rows),
        columns=tuple(words.milestone(r) if r.milestone else NO_TARGET for r in rows),
        lines=headline_lines(story),
        chart=build_chart(story),
        paths_header=header,
        paths=paths,
        sources=tuple(_source(story, f) for f in story.figures),
        notes=tuple(n for n in footnotes(story) if not n.startswith((" ", words.UNOFFICIAL_MARK))),
    )


def headline_lines(story: Story) -> tuple[tuple[str, tuple[Cell, ...]], ...]:
    """The headline numbers of each milestone, one line per quantity (as ``hkit show``),
    then the status line (one per method with ``--method all``)."""
    rows = story.report.rows
    lines = [(name, tuple(Cell(c) for c in cells)) for name, cells in number_lines(story)]
    methods = story.report.methods
    if story.report.mode is Mode.COMPARE:
        for index, method in enumerate(methods):
            results = [r.methods[index] for r in rows]
            cells = tuple(Cell(verdict(x), x.status.value) for x in results)
            lines.append((method.heading, cells))
    else:
        lines.append(("Status", tuple(Cell(r.status_label, r.status.value) for r in rows)))
    return tuple(lines)


def anchor_names(idents: list[str]) -> dict[str, str]:
    """A unique, valid HTML id for each indicator id: ``ind-1.1``; characters other than
    letters, digits, ``.``, ``_`` and ``-`` become ``-``, and a clash gets ``-2``, ``-3``..."""
    taken: set[str] = set()
    names: dict[str, str] = {}
    for ident in idents:
        base = "ind-" + re.sub(r"[^A-Za-z0-9._-]", "-", ident)
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        names[ident] = name
    return names


def method_name(methods: tuple[Method, ...]) -> str:
    """The method as the JSON's ``method`` field names it (all of them with ``--method all``)."""
    return ", ".join(m.key for m in methods)


def _overview(report: Report) -> str:
    """With several methods compared, the one whose statuses the rows (and the overview) hold,
    by its publisher; "" otherwise."""
    return CATALOGUE[report.method].who if report.mode is Mode.COMPARE else ""


def _columns(report: Report) -> tuple[str, ...]:
    """The overview's milestone columns, in the order they first appear."""
    names = dict.fromkeys(row.milestone or NO_TARGET for row in report.rows)
    return tuple(names)


def _only(report: Report, rows: list[Row]) -> Report:
    return report._replace(rows=tuple(rows))


def _source(story: Story, figure: StoryObservation) -> CitedSource:
    declared = story.sources.get(figure.source)
    url = declared.url if declared and declared.url and SAFE_URL.match(declared.url) else ""
    published = (declared.publisher, declared.date) if declared else ()
    return CitedSource(
        year=figure.year,
        value=words.value(story.indicator, figure.value),
        title=figure.title,
        published=", ".join(part for part in published if part),
        url=url,
        grade=figure.grade or "unknown",
        official=figure.grade == Grade.OFFICIAL,
        note=" ".join((figure.note or "").split()),
        used=figure.used,
    )


def _general_notes(report: Report) -> list[str]:
    """What holds for the whole page: data years and what each grade below official means."""
    notes = [n for n in (words.data_years(report),) if n]
    grades = {r.latest.grade for r in report.rows if r.latest is not None}
    grades |= {s.grade.value for s in report.sources.values()}
    notes.extend(
        f"{words.UNOFFICIAL_MARK} {grade}: {meaning}."
        for grade, meaning in words.GRADE_MEANINGS.items()
        if grade in grades
    )
    return notes


def _band(story: Story, low: float | None, high: float | None) -> str:
    """A year's 80 % band, ``0.94%–1.76%``, or a dash where there is none."""
    if low is None or high is None:
        return words.DASH
    return f"{maybe(story.indicator, low)}–{maybe(story.indicator, high)}"
