"""A parsed document, whatever its format: its plain data, the key paths into it, the way back from
a key path to a line and column, and the limits every reader applies.

The parsers (``hkit.read.parse_yaml``, ``hkit.read.parse_json``) produce a ``Parsed``; the
guards, checks and validators locate their problems through it. Standard library only, and
imports nothing of hkit's but ``hkit.errors``, so every reader can share it.
"""

from __future__ import annotations

import re
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


# At most this many problems are reported for one input; the rest are counted.
MAX_PROBLEMS = 50

_PLAIN_KEY = r"[^\s.\[\]'\"]+"  # a key written as is in a key path (compiled on first use)


def render_path(path: KeyPath) -> str:
    """``("indicators", 0, "id")`` → ``indicators[0].id``; odd keys as ``['a b']``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        elif not re.fullmatch(_PLAIN_KEY, str(step)):
            # A message is one line: a key holding a line break or a dot is quoted.
            text += f"[{str(step)!r}]"
        else:
            text += f".{step}" if text else str(step)
    return text


def detached(text: str) -> str:
    """An equal text in an object of its own, for the texts a plan keeps one of per indicator
    (its id and its name) from the parsed data.

    The parser made them among the data's many small mappings and lists, a few in each 16 kB
    pool of Python's allocator, which reuses a pool for objects of another size only once all
    of it is free: kept, they would hold the memory of the whole parsed data after it is
    dropped (about 9 MB for 10,000 indicators, the peak of ``gap`` 75.8 -> 66.9 MB).
    """
    # A join of two texts always makes a new one (CPython returns a lone text as it is).
    return "".join((text, ""))
