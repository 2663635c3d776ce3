"""JSON text to plain data, with a way back from a key path to a line:column.

Read with the standard ``json`` module; when the data holds a problem, the text is composed
as YAML (JSON is valid YAML here) only to find the problem's line and column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hkit.errors import InputError, Problem
from hkit.read.document import MAX_YAML_BYTES, KeyPath, Locator, Parsed
from hkit.read.inputguard import (
    SURROGATE_ESCAPE,
    composable,
    composable_path,
    lone_surrogates,
    parse_int,
)
from hkit.read.yaml_depth import check_depth, too_deep

if TYPE_CHECKING:  # PyYAML is imported only to locate a problem (see ``locate``)
    import yaml


def _constant(text: str) -> float:
    # NaN and Infinity are not JSON, but Python writes them; the validator reports them
    # with their key path and location rather than failing here without one.
    return float(text)


def _unique_pairs() -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """The ``object_pairs_hook`` of one parse: each object as a dict, refusing a duplicate key,
    its text values shared with equal ones met before in the same parse."""
    # The parser makes a new object of every text, and plans repeat theirs: an observation's
    # source, an indicator's unit, direction and group. Sharing them makes the data of 10,000
    # indicators 7.5 MB smaller, for 2 % more instructions (plan-2500.json). json already
    # shares equal keys. The memo is dropped with the hook when the parse ends.
    memo: dict[str, str] = {}
    shared = memo.setdefault

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise _DuplicateKeyError(key)
                seen.add(key)
        for key, value in pairs:
            if type(value) is str:
                result[key] = shared(value, value)
        return result

    return hook


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


# A JSON string, or one of the non-finite constants Python's json module accepts.
_JSON_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


def _constant_position(text: str) -> tuple[int, int] | None:
    """Line and column (1-based) of the first NaN or Infinity outside a string."""
    for match in _JSON_CONSTANT.finditer(text):
        if match.group(1):
            start = match.start(1)
            return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return None


def parse_json(
    text: str, *, name: str, text_again: Callable[[], str | None] | None = None
) -> Parsed:
    """Parse JSON ``text`` into a ``Parsed``; raise ``InputError`` on failure.

    ``text_again`` gives the text back when a problem is to be located after the parse (None
    when it no longer can, as when the file changed): with it, the parsed data does not keep
    ``text`` alive. Without it, ``text`` is kept for as long as the data.
    """
    try:
        data = json.loads(
            text, object_pairs_hook=_unique_pairs(), parse_constant=_constant, parse_int=parse_int
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem(name, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno)]
        ) from None
    except _DuplicateKeyError as exc:
        # JSON is YAML here: composing it as YAML finds every duplicate with its line and
        # column, and gives data to validate, so that one run shows every problem.
        if len(text) <= MAX_YAML_BYTES:
            from hkit.read.parse_yaml import parse_yaml

            return parse_yaml(text, name=name)
        raise InputError(
            [Problem(name, f"duplicate key {exc.key!r}", hint="each key may appear once")]
        ) from None
    # A hook refusing a value; none does today (_constant lets NaN and Infinity through for
    # the validator to report with their key path), but a located message beats a traceback.
    except ValueError as exc:
        where = _constant_position(text)
        line, column = where if where else (None, None)
        raise InputError(
            [Problem(name, f"invalid JSON: {exc}", line=line, column=column)]
        ) from None
    except RecursionError:
        check_depth(text, name)  # raises with the line where the nesting gets too deep
        raise too_deep(name) from None

    locate = _locator(_kept(text) if text_again is None else text_again, name)
    problems: list[Problem] = []
    if re.search(SURROGATE_ESCAPE, text):  # only then can a lone surrogate be in the data
        problems = lone_surrogates(data, name=name, locate=locate)
    return Parsed(data, locate, tuple(problems))


def _kept(text: str) -> Callable[[], str]:
    return lambda: text


def _locator(text_of: Callable[[], str | None], name: str) -> Locator:
    """Where a key path is in the JSON text ``text_of`` gives, found by composing it as YAML."""
    composed: list[yaml.Node | None] = []

    def locate(path: KeyPath) -> tuple[int, int] | None:
        # Only reached when the data has a problem: compose the JSON as YAML (once) to find
        # it. Beyond MAX_YAML_BYTES that would take too long, so problems go unlocated.
        import yaml

        from hkit.read.yaml_paths import locate_in_node

        if not composed:
            text = text_of()
            node = None
            if text is not None and len(text) <= MAX_YAML_BYTES:
                try:
                    check_depth(text, name)
                    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
                    node = yaml.compose(composable(text), Loader=loader)
                except (yaml.YAMLError, InputError):
                    node = None
            composed.append(node)
        node = composed[0]
        return None if node is None else locate_in_node(node, composable_path(path))

    return locate
