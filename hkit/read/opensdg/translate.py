"""Translation keys in an open-sdg repository, resolved as sdg-build does for its first language.

Some repositories write data cells and metadata as translation keys (``data.All ages``) and keep
the words in ``translations/<language>/<group>.yml``. sdg-build 2.4.0 computes progress on the
indicator translated into the site's first language, so hkit does the same with the local
translation folders (the remote sdg-translations repository is not fetched: a key only it holds
stays as written). A text is looked up as it is, then as ``<group>.<text>`` for each default
group (for a cell: its column, then ``data``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hkit.errors import InputError, Problem
from hkit.read.opensdg.csvtable import Cell, Table
from hkit.read.opensdg.meta import load_yaml, read_text


class Translator:
    """Flat ``group.key`` → text for one language; empty when the repository has none."""

    def __init__(self, keys: dict[str, str] | None = None) -> None:
        self.keys = keys or {}

    def __bool__(self) -> bool:
        return bool(self.keys)

    def text(self, value: Any, groups: Sequence[str]) -> Any:
        """``value`` translated when it (or ``group.value``) is a key; otherwise unchanged."""
        if not isinstance(value, str):
            return value
        found = self.keys.get(value)
        if found is not None:
            return found
        for group in groups:
            found = self.keys.get(f"{group}.{value}")
            if found is not None:
                return found
        return value

    def meta(self, value: Any) -> Any:
        """Metadata values translated throughout lists and mappings (keys are kept)."""
        if isinstance(value, list):
            return [self.meta(v) for v in value]
        if isinstance(value, dict):
            return {k: self.meta(v) for k, v in value.items()}
        return self.text(value, ("data",))

    def table(self, table: Table, special: Sequence[str]) -> Table:
        """``table`` with its disaggregation column names and its text cells translated."""
        if not self.keys:
            return table
        header = tuple(h if h in special else self.text(h, (h, "data")) for h in table.header)
        columns = {
            new: self.column(table.columns[old], (old, "data"))
            for old, new in zip(table.header, header, strict=True)
        }
        return Table(table.name, header, columns, table.lines)

    def column(self, cells: list[Cell], groups: Sequence[str]) -> list[Cell]:
        """``cells`` with each text translated: each distinct text looked up once, not each
        cell (a column repeats a few words over thousands of rows), and a column with nothing
        to translate (numbers; most columns) kept as it is, not copied."""
        changed = {}
        for cell in set(cells):
            if type(cell) is str:
                words = self.text(cell, groups)
                if words != cell:
                    changed[cell] = words
        if not changed:
            return cells
        return [changed.get(c, c) if type(c) is str else c for c in cells]


def load_translator(
    root: Path, folders: Sequence[str], language: str | None, problems: list[Problem] | None = None
) -> Translator:
    """The translations of ``language`` in the given folders (relative to ``root``). A file
    that cannot be read (outside the repository, not a regular file, too large, not UTF-8,
    not YAML, an alias bomb) is skipped, its located problem added to ``problems``
    (which stop every command but validate: sdg-build would stop its build)."""
    if language is None:
        return Translator()
    keys: dict[str, str] = {}
    for folder in folders:
        base = root / folder / language
        if not base.is_dir():
            continue
        try:
            names = sorted(os.listdir(base))
        except OSError:  # unreadable: as if absent (sdg-build reads only what it can list)
            continue
        for name in names:
            path = base / name
            if path.suffix != ".yml" or os.path.isdir(path):
                continue
            try:  # the guards of every repository file (hkit.read.opensdg.meta)
                data, _node = load_yaml(read_text(root, path), name=str(path))
            except InputError as exc:  # sdg-build would stop the whole build; hkit skips it
                if problems is not None:
                    problems.extend(exc.problems)
                continue
            if isinstance(data, dict):
                for key, value in data.items():
                    keys.setdefault(f"{path.stem}.{key}", value if isinstance(value, str) else "")
    return Translator({k: v for k, v in keys.items() if v})
