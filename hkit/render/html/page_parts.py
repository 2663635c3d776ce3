"""What the page of ``hkit report`` is made of: its cells, sources, sections, overview rows and
the page itself, as plain data that ``hkit.render.html.page`` builds and the Jinja2 templates
read by attribute. Strings here are text, never markup (the templates escape them).

Plain classes with ``__slots__``, not NamedTuples: ``hkit report`` defines them at every start,
and defining a NamedTuple costs about 0.69 M instructions, a plain class about 0.07 M
(callgrind; issue 23). Nothing compares, hashes or unpacks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hkit.assess.methods.common import MethodText
    from hkit.render.html.first_screen import FirstScreen
    from hkit.render.html.svg_parts import Chart


class Cell:
    """A table cell: its words and, for a status, the status key (its shape and colour)."""

    __slots__ = ("status", "words")

    def __init__(self, words: str, status: str = "") -> None:
        self.words = words
        self.status = status


class CitedSource:
    """Where one figure came from, as the page lists it."""

    __slots__ = (
        "grade",
        "note",
        "official",
        "published",
        "title",
        "url",
        "used",
        "value",
        "year",
    )

    def __init__(
        self,
        year: int,
        value: str,
        title: str,
        published: str,  # the source's publisher and date, as far as it gives them
        url: str,  # "" unless an http(s) URL
        grade: str,
        *,
        official: bool,
        note: str,
        used: bool,
    ) -> None:
        self.year = year
        self.value = value
        self.title = title
        self.published = published
        self.url = url
        self.grade = grade
        self.official = official
        self.note = note
        self.used = used


class Section:
    """One indicator: its facts, headline numbers, chart, paths table, sources and notes."""

    __slots__ = (
        "anchor",
        "chart",
        "columns",
        "facts",
        "ident",
        "lines",
        "name",
        "note",
        "notes",
        "paths",
        "paths_header",
        "sources",
        "summaries",
    )

    def __init__(
        self,
        anchor: str,
        ident: str,
        name: str,
        facts: tuple[str, ...],
        note: str,
        summaries: tuple[tuple[str, str], ...],  # (milestone, the row in one sentence) per row
        columns: tuple[str, ...],
        lines: tuple[tuple[str, tuple[Cell, ...]], ...],
        chart: Chart,
        paths_header: tuple[str, ...],
        paths: tuple[tuple[str, ...], ...],
        sources: tuple[CitedSource, ...],
        notes: tuple[str, ...],
    ) -> None:
        self.anchor = anchor
        self.ident = ident
        self.name = name
        self.facts = facts
        self.note = note
        self.summaries = summaries
        self.columns = columns
        self.lines = lines
        self.chart = chart
        self.paths_header = paths_header
        self.paths = paths
        self.sources = sources
        self.notes = notes


class MatrixRow:
    """One indicator in the status overview: one cell per milestone column (None: no row)."""

    __slots__ = ("anchor", "cells", "ident", "name")

    def __init__(self, anchor: str, ident: str, name: str, cells: tuple[Cell | None, ...]) -> None:
        self.anchor = anchor
        self.ident = ident
        self.name = name
        self.cells = cells


class Page:
    """The whole page."""

    __slots__ = (
        "as_of",
        "columns",
        "counts",
        "file",
        "first",
        "matrix",
        "method",
        "methods",
        "notes",
        "overview",
        "sections",
        "settled",
        "title",
        "version",
    )

    def __init__(
        self,
        title: str,
        file: str,
        as_of: str,
        method: str,
        version: str,
        counts: tuple[tuple[Cell, int], ...],
        overview: str,  # with several methods, whose statuses the overview shows; else ""
        columns: tuple[str, ...],
        matrix: tuple[MatrixRow, ...],
        sections: tuple[Section, ...],
        methods: tuple[MethodText, ...],
        settled: str,  # the statuses every method shares
        notes: tuple[str, ...],
        first: FirstScreen,  # figures' and run's dates, key findings, statuses, the data
    ) -> None:
        self.title = title
        self.file = file
        self.as_of = as_of
        self.method = method
        self.version = version
        self.counts = counts
        self.overview = overview
        self.columns = columns
        self.matrix = matrix
        self.sections = sections
        self.methods = methods
        self.settled = settled
        self.notes = notes
        self.first = first
