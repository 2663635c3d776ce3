"""An open-sdg data repository's layout and metadata: ``config_data.yml`` and the YAML files.

sdg-build reads metadata with PyYAML's YAML 1.1 rules (``yes`` is true, ``2015`` a number), so
hkit reads it with libyaml's safe loader too, keeping the composed nodes to locate problems as
``file:line:col``. ``.md`` files carry their YAML as front matter between ``---`` lines.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hkit.errors import InputError, Problem
from hkit.read.document import MAX_YAML_BYTES
from hkit.read.files import ALLOW_HINT, inside, outside_allowed, read_regular
from hkit.read.yaml_paths import locate_in_node

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KeyPath = tuple[str | int, ...]  # a key path inside a YAML file

# sdg-build's defaults when config_data.yml says nothing (open_sdg_input_defaults and
# open_sdg_indicator_options_defaults, sdg/open_sdg.py).
DEFAULT_DATA_PATTERN = "data/*-*.csv"
DEFAULT_META_PATTERNS = ("meta/*-*.md",)
DEFAULT_NON_DISAGGREGATION = (
    "Year",
    "Units",
    "Series",
    "Value",
    "GeoCode",
    "Observation status",
    "Unit multiplier",
    "Unit measure",
    "UNIT_MEASURE",
    "SERIES",
    "COMMENT_TS",
    "DATA_LAST_UPDATE",
)
DEFAULT_OBSERVATION_ATTRIBUTES = ("COMMENT_OBS",)
CONFIG_NAME = "config_data.yml"
# Metadata classes whose files are read as YAML, and as Markdown with YAML front matter.
_YAML_CLASSES = {"InputYamlMeta"}
_MD_CLASSES = {"InputYamlMdMeta"}


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a repository keeps its files, and which columns are not disaggregations."""

    root: Path
    data_patterns: tuple[str, ...] = (DEFAULT_DATA_PATTERN,)
    meta_patterns: tuple[str, ...] = DEFAULT_META_PATTERNS
    non_disaggregation: tuple[str, ...] = DEFAULT_NON_DISAGGREGATION
    observation_attributes: tuple[str, ...] = DEFAULT_OBSERVATION_ATTRIBUTES
    series_column: str = "Series"
    unit_column: str = "Units"
    progress_column: str = "Progress"
    language: str | None = None  # the site's first language: sdg-build computes in it
    translations: tuple[str, ...] = ("translations",)  # local translation folders


@dataclass(slots=True)
class Meta:
    """One indicator's merged metadata, remembering which file and node gave each key."""

    data: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, tuple[str, yaml.Node]] = field(default_factory=dict)

    def locate(self, path: tuple[str | int, ...]) -> tuple[str, int | None, int | None]:
        """The file, line and column of the value at ``path`` (a key path from the top)."""
        if not path or path[0] not in self.origin:
            files = {name for name, _ in self.origin.values()}
            return (sorted(files)[0] if files else "", None, None)
        name, node = self.origin[str(path[0])]
        where = locate_in_node(node, path)
        return (name, *where) if where else (name, None, None)


def read_layout(root: Path) -> Layout:
    """The layout ``config_data.yml`` describes, or sdg-build's defaults without one."""
    path = root / CONFIG_NAME
    if not os.path.lexists(path):
        return Layout(root)
    name = str(path)
    data, node = load_yaml(read_text(root, path), name=name)
    if not isinstance(data, dict):
        return Layout(root)
    data_patterns: list[str] = []
    meta_patterns: list[str] = []
    inputs = data.get("inputs")
    for index, item in enumerate(inputs if isinstance(inputs, list) else ()):
        if not isinstance(item, dict):
            continue
        cls, pattern = item.get("class"), item.get("path_pattern")
        if not isinstance(pattern, str):
            continue
        _check_pattern(pattern, name, node, ("inputs", index, "path_pattern"))
        if cls == "InputCsvData":
            data_patterns.append(pattern)
        elif cls in _YAML_CLASSES or cls in _MD_CLASSES:
            meta_patterns.append(pattern)
    options = data.get("indicator_options")
    languages = data.get("languages")
    translations = data.get("translations")
    folders: tuple[str, ...] = ("translations",)
    if isinstance(translations, list):
        folders = tuple(
            str(t["source"])
            for t in translations
            if isinstance(t, dict) and t.get("class") == "TranslationInputYaml" and t.get("source")
        )
    common = {
        "language": str(languages[0]) if isinstance(languages, list) and languages else None,
        "translations": folders,
    }
    patterns = (
        tuple(data_patterns) or (DEFAULT_DATA_PATTERN,),
        tuple(meta_patterns) if data.get("inputs") else DEFAULT_META_PATTERNS,
    )
    if not isinstance(options, dict):
        return Layout(root, *patterns, **common)  # type: ignore[arg-type]
    # sdg-build takes the whole indicator_options block from the file when it is set.
    return Layout(
        root,
        *patterns,
        non_disaggregation=_names(options.get("non_disaggregation_columns"), ()),
        observation_attributes=_names(options.get("observation_attributes"), ()),
        series_column=str(options.get("series_column", "Series")),
        unit_column=str(options.get("unit_column", "Units")),
        **common,  # type: ignore[arg-type]
    )


def _check_pattern(pattern: str, name: str, node: yaml.Node | None, path: KeyPath) -> None:
    """Refuse a ``path_pattern`` that leaves the repository (absolute, or with ``..``)."""
    parts = pattern.replace("\\", "/").split("/")
    if outside_allowed() or not (os.path.isabs(pattern) or ".." in parts or pattern[:1] == "~"):
        return
    where = locate_in_node(node, path) if node is not None else None
    line, column = where if where else (None, None)
    raise InputError(
        [
            Problem(
                name,
                "path_pattern leads outside the repository: not read",
                f"inputs[{path[1]}].path_pattern",
                line,
                column,
                hint=ALLOW_HINT,
            )
        ]
    )


def read_text(root: Path, path: Path, *, limit: int = MAX_YAML_BYTES) -> str:
    """The UTF-8 text of a file of the repository at ``root``: a regular file inside it (a
    symlink leaving it is refused unless allowed), at most ``limit`` bytes, checked before it
    is read; an ``InputError`` located at the file (and line and column for bad bytes)."""
    from hkit.read.inputguard import decode

    name = str(path)
    if not outside_allowed() and not inside(path, root):
        why = "is a symbolic link to a file outside the repository: not read"
        raise InputError([Problem(name, why, hint=ALLOW_HINT)])
    return decode(read_regular(path, name=name, limit=limit), name=name)


def _names(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else default


def matching(root: Path, pattern: str) -> Iterator[Path]:
    """Files under ``root`` matching a glob ``pattern`` relative to it, in name order."""
    for found in sorted(glob.glob(os.path.join(glob.escape(str(root)), pattern))):
        path = Path(found)
        if os.path.lexists(path) and not os.path.isdir(path):
            yield path  # a FIFO, a device or a broken link is refused when it is read


def indicator_id(path: Path, *, prefix: str = "") -> str:
    """The open-sdg id in a file name: ``indicator_1-2-1.csv`` and ``1-2-1.yml`` → ``1-2-1``."""
    stem = path.stem
    return stem[len(prefix) :] if prefix and stem.startswith(prefix) else stem


def load_yaml(text: str, *, name: str) -> tuple[Any, yaml.Node | None]:
    """YAML ``text`` as sdg-build reads it (YAML 1.1 safe load), and its node for locations."""
    from hkit.read.inputguard import reader_problem
    from hkit.read.parse_yaml import check_aliases
    from hkit.read.yaml_depth import check_depth

    check_depth(text, name)  # libyaml's composer recurses in C
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            check_aliases(node, name)  # before anything walks the expanded values
            _refuse_long_integers(node, name)  # Python refuses them after quadratic work
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        raise InputError([reader_problem(exc, name, text)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError(
            [Problem(name, f"invalid YAML: {exc.problem or exc}", line=line, column=column)]
        ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise InputError([Problem(name, f"invalid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return data, node


def _refuse_long_integers(root: yaml.Node, name: str) -> None:
    """A located problem for an integer of more digits than any float holds, as in a targets
    file (``hkit.read.inputguard.MAX_DIGITS``), before PyYAML tries to convert it."""
    from hkit.read.inputguard import MAX_DIGITS

    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            digits = sum(c.isdigit() for c in node.value) if len(node.value) > MAX_DIGITS else 0
            if digits > MAX_DIGITS and node.tag.endswith((":int", ":float")):
                line, column = node.start_mark.line + 1, node.start_mark.column + 1
                why = f"a {digits}-digit number is too large"
                raise InputError([Problem(name, why, line=line, column=column)])
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def front_matter(text: str) -> str:
    """The YAML front matter of a Markdown file, padded so that its line numbers stay true."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return ""
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n" + "\n".join(lines[1:index])
    return ""


def read_meta_file(root: Path, path: Path, meta: Meta) -> None:
    """Merge one metadata file into ``meta`` (its keys replace those already there)."""
    name = str(path)
    text = read_text(root, path)
    if path.suffix.lower() == ".md":
        text = front_matter(text)
    data, node = load_yaml(text, name=name)
    if data is None:
        return
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InputError([Problem(name, "the metadata is not a mapping of keys", line=1)])
    for key, value in data.items():
        meta.data[str(key)] = value
        meta.origin[str(key)] = (name, node)


def meta_text(value: Any) -> str | None:
    """Metadata text on one line, or None when empty or not text."""
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None
