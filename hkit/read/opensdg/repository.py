"""An open-sdg data repository read into hkit's model: one hkit indicator per calculation.

The calculations are those sdg-build 2.4.0 makes: every indicator whose metadata says
``auto_progress_calculation: true`` gets one per leaf of ``progress_calculation_options``
(entries, and the entries inside ``group:`` lists), or one with the defaults when the list is
empty. Each becomes an ``Indicator`` whose id is sdg-build's label for it and whose group is the
open-sdg indicator id. A calculation that cannot be made is kept, marked ``unavailable`` with
the reason, and reported as a located ``Problem``: one bad indicator never hides the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hkit.errors import InputError, Problem
from hkit.model import (
    Comparator,
    Direction,
    Grade,
    Indicator,
    Milestone,
    Observation,
    Plan,
    Source,
    Target,
)
from hkit.read.files import note_folder
from hkit.read.opensdg.csvtable import Table
from hkit.read.opensdg.meta import (
    Layout,
    Meta,
    indicator_id,
    matching,
    meta_text,
    read_layout,
    read_meta_file,
)
from hkit.read.opensdg.series import (
    Options,
    Selection,
    Unavailable,
    leaves,
    nest_of,
    normalised_years,
    read_data_file,
    read_options,
    select,
    unit_of,
)
from hkit.read.opensdg.translate import Translator, load_translator
from hkit.textsafe import visible

# An untranslated key, such as global_indicators.1-2-1-title.
_KEY = re.compile(r"[\w-]+(\.[\w-]+)+")
KeyPath = tuple[str | int, ...]  # a key path inside a metadata file
MANUAL_NOTE = (
    "progress status set by hand in the metadata: {status} (sdg-build does not recompute it)"
)


@dataclass(slots=True)
class Loaded:
    """A repository as a plan, with every problem found (empty when all is well)."""

    plan: Plan
    problems: list[Problem] = field(default_factory=list)
    # The problems of files that could not be read at all (encoding, size, not a regular
    # file, outside the repository, YAML): every command but validate stops on them.
    unreadable: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class _Indicator:
    """What the repository holds for one open-sdg indicator id."""

    inid: str
    data: Path | None = None
    meta: Meta = field(default_factory=Meta)
    table: Table | None = None
    years: list[int | None] | None = None
    failure: Unavailable | None = None  # why its data cannot be read, for every calculation
    unreadable: str | None = None  # why a metadata file of it cannot be read


def read_repository(root: Path) -> Loaded:
    """Read the open-sdg data repository at ``root`` (its folder holding ``data/``)."""
    note_folder(root)  # no output may replace a file of the repository
    layout = read_layout(root)
    found: dict[str, _Indicator] = {}
    unreadable: list[Problem] = []  # files that could not be read at all
    for pattern in layout.data_patterns:
        for path in matching(root, pattern):
            inid = visible(indicator_id(path, prefix="indicator_"))
            found.setdefault(inid, _Indicator(inid)).data = path
    # indicator-config wins over meta where both set a key, so it is read last.
    patterns = sorted(layout.meta_patterns, key=lambda p: p.startswith("indicator-config"))
    for pattern in patterns:
        for path in matching(root, pattern):
            inid = visible(indicator_id(path))  # a file name's bytes as escapes: never raw
            entry = found.setdefault(inid, _Indicator(inid))
            try:
                read_meta_file(root, path, entry.meta)
            except InputError as exc:
                unreadable.extend(exc.problems)
                entry.unreadable = exc.problems[0].message
    if not found:
        why = "is a directory without open-sdg data or metadata files"
        expected = ", ".join(layout.data_patterns)
        hint = f"name a targets file such as targets.yaml, or a folder with {expected}"
        raise InputError([Problem(str(root), why, hint=hint)])
    translator = load_translator(root, layout.translations, layout.language, unreadable)
    builder = _Builder(root, layout, list(unreadable), translator)
    builder.unreadable = unreadable
    for inid in sorted(found, key=_natural):
        builder.add(found[inid])
    return Loaded(builder.plan(), builder.problems, list(dict.fromkeys(unreadable)))


def _natural(text: str) -> list[Any]:
    """Sort key that puts 1-2-1 before 1-10-1."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text)]


class _Builder:
    """Collects indicators, sources and milestones while the repository is walked."""

    def __init__(
        self, root: Path, layout: Layout, problems: list[Problem], translator: Translator
    ) -> None:
        self.root = root
        self.translator = translator
        self.layout = layout
        self.problems = problems
        self.unreadable: list[Problem] = []
        self.indicators: list[Indicator] = []
        self.sources: dict[str, Source] = {}
        self.milestones: dict[str, Milestone] = {}
        self.ids: set[str] = set()

    def plan(self) -> Plan:
        milestones = dict(sorted(self.milestones.items(), key=lambda kv: kv[1].data_year))
        title = f"open-sdg data repository {self.root.resolve().name}"
        return Plan(title, None, milestones, self.sources, tuple(self.indicators), str(self.root))

    def add(self, entry: _Indicator) -> None:
        if entry.unreadable is not None:  # its calculations are unknown: one row says why
            why = f"its metadata cannot be read: {entry.unreadable}"
            self._append(entry, entry.inid, None, (), unavailable=why)
            return
        meta = entry.meta.data
        if meta.get("auto_progress_calculation") is not True:
            status = meta.get("progress_status")
            if status:
                note = MANUAL_NOTE.format(status=status)
                self._append(entry, entry.inid, None, (), unavailable=note)
            return
        options = self.translator.meta(meta.get("progress_calculation_options")) or [{}]
        for leaf, path in leaves(options, ("progress_calculation_options",)):
            self._calculation(entry, leaf, path)

    def _calculation(self, entry: _Indicator, leaf: Any, path: tuple[str | int, ...]) -> None:
        if not isinstance(leaf, dict):
            self._unusable(entry, entry.inid, path, "a calculation must be a mapping of options")
            return
        try:
            options = read_options(entry.inid, leaf, path)
        except Unavailable as exc:
            self._unusable(entry, entry.inid, path, str(exc))
            return
        try:
            selection = self._points(entry, options)
        except Unavailable as exc:
            self._unusable(entry, options.label, path, str(exc), options, where=exc)
            return
        source = self._source(entry) if selection.points else ""
        observations = tuple(Observation(y, v, source) for y, v, _ in selection.points)
        note = " ".join(selection.notes) or None
        if note:
            file, line, column = entry.meta.locate(path)
            self.problems.append(Problem(file, f"{options.label}: {note}", "", line, column))
        self._append(entry, options.label, options, observations, note=note)

    def _points(self, entry: _Indicator, options: Options) -> Selection:
        if options.thresholds is not None:
            raise Unavailable("progress_thresholds are set: hkit applies only the default ones")
        if entry.data is None:
            return Selection([])
        if entry.failure is not None:
            raise entry.failure
        if entry.table is None or entry.years is None:
            try:
                special = [*self.layout.non_disaggregation, "COMPOSITE_BREAKDOWN"]
                table = self.translator.table(read_data_file(self.root, entry.data), special)
                entry.years = normalised_years(table)
                entry.table = table
            except Unavailable as exc:  # each calculation of the indicator says so
                entry.failure = exc
                raise
            except InputError as exc:  # a file hkit cannot read: the run stops (load_plan)
                first = exc.problems[0]
                self.unreadable.append(first)
                why = f"{first.message} ({first.hint})" if first.hint else first.message
                entry.failure = Unavailable(why, first.file, first.line)
                raise entry.failure from None
        selection = select(entry.table, entry.years, options, self.layout)
        points = selection.points
        if points and not any(y >= options.base_year for y, _, _ in points):
            raise Unavailable(
                f"no figure in or after base_year {options.base_year} (the last is {points[-1][0]})"
            )
        return selection

    def _unusable(
        self,
        entry: _Indicator,
        ident: str,
        path: tuple[str | int, ...],
        why: str,
        options: Options | None = None,
        *,
        where: Unavailable | None = None,
    ) -> None:
        file, line, column = entry.meta.locate(path)
        if where is not None and where.file:
            file, line, column = where.file, where.line, None
        self.problems.append(Problem(file or str(self.root), f"{ident}: {why}", "", line, column))
        self._append(entry, ident, options, (), unavailable=why)

    def _append(
        self,
        entry: _Indicator,
        ident: str,
        options: Options | None,
        observations: tuple[Observation, ...],
        *,
        unavailable: str | None = None,
        note: str | None = None,
    ) -> None:
        unique, n = ident, 1
        while unique in self.ids:
            n += 1
            unique = f"{ident} ({n})"
        self.ids.add(unique)
        targets: tuple[Target, ...] = ()
        if options is not None and options.target is not None:
            name = str(options.target_year)
            self.milestones.setdefault(name, Milestone(name, options.target_year))
            comparator = Comparator.AT_LEAST if options.direction > 0 else Comparator.AT_MOST
            targets = (Target(name, options.target, comparator),)
        meta = entry.meta.data
        self.indicators.append(
            Indicator(
                id=unique,
                name=self._title(entry, options),
                unit=unit_of(options, meta),
                direction=Direction.INCREASE
                if options is not None and options.direction > 0
                else Direction.DECREASE,
                observations=observations,
                targets=targets,
                group=entry.inid,
                baseline_year=options.base_year if options is not None else None,
                limit=options.limit if options is not None else None,
                note=note,
                unavailable=unavailable,
                nest=nest_of(options.path) if options is not None else (),
            )
        )

    def _title(self, entry: _Indicator, options: Options | None) -> str:
        """What the calculation measures: its series, unit and values, else the indicator's
        name (a name still written as a translation key is passed over)."""
        if options is not None and len(options.parts) > 1:
            return " / ".join(options.parts[1:])
        meta = entry.meta.data
        for key in ("indicator_name", "graph_title", "SDG_INDICATOR"):
            text = meta_text(self.translator.text(meta.get(key), ("data",)))
            if text and not _KEY.fullmatch(text):
                return text
        return entry.inid

    def _source(self, entry: _Indicator) -> str:
        """The key of the source every figure of this indicator cites: its data file."""
        assert entry.data is not None
        key = visible(entry.data.relative_to(self.root).as_posix())
        if key not in self.sources:
            meta = entry.meta.data
            self.sources[key] = Source(
                key=key,
                title=meta_text(meta.get("source_url_text_1"))
                or meta_text(meta.get("source_organisation_1"))
                or f"open-sdg data file {key}",
                grade=Grade.OFFICIAL,
                publisher=meta_text(meta.get("source_organisation_1")),
                url=meta_text(meta.get("source_url_1")),
            )
        return key
