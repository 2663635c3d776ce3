"""Text to plain data (dicts, lists, scalars), with a way back from a key path to a line:column.

YAML is composed by libyaml and turned into plain values by hkit's own rules
(``hkit.read.parse_yaml``), so that hkit, not YAML 1.1, decides what a scalar means. JSON is read
with the standard ``json`` module (``hkit.read.parse_json``). Each parser is imported only when a
file of its kind is read: PyYAML alone costs about as much start-up as Typer
(``bench/run.py``), and a JSON file, like the shipped Blueprint's JSON twin
(``hkit.read.blueprint``), never needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from hkit.errors import Problem

# Refused before parsing: PyYAML needs about 1.2 s and 50 MB per MB of YAML, so larger files
# would look like a hang. JSON, read by the standard library, has a far higher bound.
MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_JSON_BYTES = 256 * 1024 * 1024
# Aliases let a small file stand for a huge one ("billion laughs", or a list of N aliases to
# an indicator holding N aliases: N² observations). hkit shares converted values, but the
# validator walks the expanded document, so expansion beyond this is refused.
MAX_EXPANSION = 10
EXPANSION_ALLOWANCE = 100_000

# Where a value sits in the parsed document: its keys and list indexes from the root.
KeyPath = tuple[str | int, ...]
Locator = Callable[[KeyPath], tuple[int, int] | None]


class Parsed(NamedTuple):
    """A parsed document: its plain data, a function from key path to 1-based line, column,
    and the problems found while parsing that do not stop validation (duplicate keys, tags).
    """

    data: Any
    locate: Locator
    problems: tuple[Problem, ...] = ()


def parse(text: str, *, name: str, json_format: bool) -> Parsed:
    """Parse ``text`` (already decoded) as JSON or YAML; raise ``InputError`` on failure."""
    if json_format:
        from hkit.read.parse_json import parse_json

        return parse_json(text, name=name)
    from hkit.read.parse_yaml import parse_yaml

    return parse_yaml(text, name=name)
