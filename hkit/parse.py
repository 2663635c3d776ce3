"""Text to plain data (dicts, lists, scalars), with a way back from a key path to a line:column.

YAML is composed by libyaml (``hkit.parse_yaml``) and turned into plain values by the rules
here, so that hkit, not YAML 1.1, decides what a scalar means: ``1e3`` and ``1_000`` are
numbers, ``yes`` is a word. JSON is read with the standard ``json`` module
(``hkit.parse_json``). Each parser is imported only when a file of its kind is read: PyYAML
alone costs about as much start-up as Typer (``bench/run.py``), and a JSON file, like the
shipped Blueprint's JSON twin (``hkit.blueprint``), never needs it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hkit.errors import Problem
from hkit.inputguard import parse_int

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


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed document: its plain data, a function from key path to 1-based line, column,
    and the problems found while parsing that do not stop validation (duplicate keys, tags).
    """

    data: Any
    locate: Locator
    problems: tuple[Problem, ...] = ()


_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {".inf": math.inf, "+.inf": math.inf, "-.inf": -math.inf, ".nan": math.nan}
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


def resolve_plain(text: str) -> Any:
    """What an unquoted YAML scalar means: null, a bool, an int, a float, or the text itself."""
    if text and (text[0].isdigit() or text[0] in "+-."):
        if _INT.fullmatch(text):
            return parse_int(text.replace("_", ""))
        if _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
            return float(text.replace("_", ""))
        special = _SPECIAL_FLOATS.get(text.lower())
        if special is not None:
            return special
        return text
    if text in _NULLS:
        return None
    return _BOOLS.get(text, text)


def parse(text: str, *, name: str, json_format: bool) -> Parsed:
    """Parse ``text`` (already decoded) as JSON or YAML; raise ``InputError`` on failure."""
    if json_format:
        from hkit.parse_json import parse_json

        return parse_json(text, name=name)
    from hkit.parse_yaml import parse_yaml

    return parse_yaml(text, name=name)
