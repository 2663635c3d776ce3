"""Text to plain data (dicts, lists, scalars), with a way back from a key path to a line:column.

YAML is composed by libyaml when available (PyYAML's C parser) and turned into plain values
here, so that hkit, not YAML 1.1, decides what a scalar means: ``1e3`` and ``1_000`` are
numbers, ``yes`` is a word, duplicate keys and recursive aliases are errors. JSON is read
with the standard ``json`` module; when it holds a problem it is composed as YAML (JSON is
valid YAML here) only to find the line and column.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import yaml

from hkit.errors import InputError, Problem
from hkit.inputguard import (
    SURROGATE_ESCAPE,
    composable,
    composable_path,
    lone_surrogates,
    parse_int,
    reader_problem,
)

# libyaml's parser and composer (about ten times faster than PyYAML's own) with no implicit
# resolvers: every plain scalar arrives as text and hkit decides what it means.
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

# Refused before parsing: PyYAML needs about 1.2 s and 50 MB per MB of YAML, so larger files
# would look like a hang. JSON, read by the standard library, has a far higher bound.
MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_JSON_BYTES = 256 * 1024 * 1024
# libyaml's composer recurses in C and crashes the interpreter on very deep nesting, so
# nesting is bounded before it runs. A targets file needs five levels.
MAX_DEPTH = 100
# Aliases let a small file stand for a huge one ("billion laughs", or a list of N aliases to
# an indicator holding N aliases: N² observations). hkit shares converted values, but the
# validator walks the expanded document, so expansion beyond this is refused.
MAX_EXPANSION = 10
EXPANSION_ALLOWANCE = 100_000

Path = tuple[str | int, ...]
Locator = Callable[[Path], tuple[int, int] | None]


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
_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


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
        return _parse_json(text, name=name)
    return _parse_yaml(text, name=name)


def check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than ``MAX_DEPTH`` before libyaml's recursive composer sees it.

    A cheap scan of the raw text looks for what could be deep: unclosed brackets, or block
    indentation (compact ``- - -`` sequences included) wider than ``2 * MAX_DEPTH``. It also
    fires on brackets inside text ("size band [10, 50)"), so a suspect is confirmed with
    libyaml's scanner, which is not recursive, counting real collection tokens.
    """
    suspect = _suspect_depth(text)
    if suspect is None:
        return
    line = _token_depth(text, suspect)
    if line is not None:
        _too_deep(name, line)


def _suspect_depth(text: str) -> int | None:
    """The first line where the raw text might nest deeper than ``MAX_DEPTH``, if any."""
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = deepest = 0
        for match in re.finditer(r"[\[\]{}]", text):
            depth += 1 if match.group() in "[{" else -1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
    indents = re.search(rf"^[ \t\-]{{{2 * MAX_DEPTH},}}", text, re.MULTILINE)
    if indents:
        return text.count("\n", 0, indents.start()) + 1
    return None


_OPENING = (
    yaml.FlowSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.BlockMappingStartToken,
)
_CLOSING = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


def _token_depth(text: str, suspect: int) -> int | None:
    """The line where collections really nest deeper than ``MAX_DEPTH``, by libyaml's tokens.

    ``suspect`` is the line where the raw scan first saw too many open brackets or too wide
    an indentation. Stops at the first level too deep (the scanner slows down as flow
    nesting grows). Some libyaml releases stop deep nesting themselves, with a limit and a
    message of their own, before a single token of it comes out; so when the scanner fails
    at or after the suspect line, the nesting is hkit's to report, at the suspect line,
    whatever libyaml is installed. A failure before it is a syntax error, left for the
    parser to report with its own location.
    """
    loader = _Loader(text)
    depth = 0
    try:
        while (token := loader.get_token()) is not None:
            if isinstance(token, _OPENING):
                depth += 1
                if depth > MAX_DEPTH:
                    return int(token.start_mark.line) + 1
            elif isinstance(token, _CLOSING):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        failed_at = int(mark.line) + 1 if mark is not None else suspect
        return suspect if failed_at >= suspect else None
    except yaml.YAMLError:
        return suspect
    finally:
        loader.dispose()
    return None


def _too_deep(name: str, line: int) -> None:
    raise InputError(
        [Problem(name, f"nesting is deeper than {MAX_DEPTH} levels", line=line, column=1)]
    )


def _parse_yaml(text: str, *, name: str) -> Parsed:
    check_depth(text, name)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise InputError([_yaml_problem(exc, name, text)]) from None
    except yaml.reader.ReaderError as exc:  # a control character: libyaml gives no mark
        raise InputError([reader_problem(exc, name, text)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every libyaml error carries a mark
        raise InputError([Problem(name, str(exc))]) from None
    finally:
        loader.dispose()
    if node is None:
        raise InputError(
            [Problem(name, "the file is empty", line=1, column=1, hint="see `hkit schema`")]
        )
    converter = _Converter(name)
    data = converter.convert(node)
    converter.check_expansion(node)
    converter.locate_duplicates(node)
    return Parsed(data, lambda path: locate_in_node(node, path), tuple(converter.problems))


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    hint = None
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        hint = "YAML indents with spaces, not tabs"
    if "expected a single document" in (exc.context or ""):
        problem = "the file holds several YAML documents; hkit reads one"
    elif exc.context:
        problem = f"{problem} ({exc.context})"
    if mark is None:  # pragma: no cover - libyaml always marks its errors
        return Problem(name, f"invalid YAML: {problem}")
    return Problem(
        name, f"invalid YAML: {problem}", line=mark.line + 1, column=mark.column + 1, hint=hint
    )


class _Converter:
    """Turns composed YAML nodes into plain values, collecting located problems.

    It also counts the values the document holds once aliases are expanded (``sizes``),
    so that ``check_expansion`` can refuse an alias bomb before anything walks it.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        # (mapping, key node, key) of each duplicate key; located with its path at the end.
        self.duplicates: list[tuple[yaml.Node, yaml.Node, Any]] = []
        # Aliases share nodes; sharing the converted value keeps an alias bomb linear.
        self.done: dict[int, Any] = {}
        self.active: set[int] = set()
        # Expanded size of each collection node, and the number of distinct nodes.
        self.sizes: dict[int, int] = {}
        self.distinct = 0
        self.repeated: yaml.Node | None = None  # the largest node that an alias repeats

    def check_expansion(self, root: yaml.Node) -> None:
        """Refuse a document whose aliases expand it far beyond its own size."""
        expanded = self.sizes.get(id(root), 1)
        limit = MAX_EXPANSION * self.distinct + EXPANSION_ALLOWANCE
        if expanded <= limit:
            return
        where = (self.repeated or root).start_mark
        shown = f"{expanded:,}" if expanded < 10**15 else f"about 10^{len(str(expanded)) - 1}"
        raise InputError(
            [
                Problem(
                    self.name,
                    f"aliases expand the document to {shown} values from "
                    f"{self.distinct:,} written ones (an alias bomb?)",
                    line=where.line + 1,
                    column=where.column + 1,
                    hint="write the repeated values out, or use fewer aliases",
                )
            ]
        )

    def locate_duplicates(self, root: yaml.Node) -> None:
        """A problem for each duplicate key, with its key path (searched for only now)."""
        from hkit.checks import render_path
        from hkit.yaml_paths import node_paths

        paths = node_paths(root, [mapping for mapping, _, _ in self.duplicates])
        for mapping, key_node, key in self.duplicates:
            mark = key_node.start_mark
            where = paths.get(id(mapping))
            self.problems.append(
                Problem(
                    self.name,
                    f"duplicate key {key!r}",
                    path="" if where is None else render_path((*where, str(key))),
                    line=mark.line + 1,
                    column=mark.column + 1,
                    hint="each key may appear once",
                )
            )

    def size(self, node: yaml.Node) -> int:
        return self.sizes.get(id(node), 1)

    def problem(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.name, message, line=mark.line + 1, column=mark.column + 1, hint=hint)
        )

    def tag_problem(self, node: yaml.Node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self.problem(node, f"unsupported YAML tag {tag}", hint="hkit reads plain YAML: remove it")

    def convert(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        key = id(node)
        if key in self.done:
            # An alias: remember the biggest repeated node, to point at it if it explodes.
            if self.repeated is None or self.size(node) > self.size(self.repeated):
                self.repeated = node
            return self.done[key]
        if key in self.active:
            self.problem(node, "recursive alias: a node contains itself")
            return None
        self.distinct += 1
        if node.tag not in _CORE_TAGS:
            self.tag_problem(node)
        self.active.add(key)
        value: Any
        if isinstance(node, yaml.MappingNode):
            value = self.mapping(node)
            size = 1 + sum(self.size(k) + self.size(v) for k, v in node.value)
        else:
            value = [self.convert(item) for item in node.value]
            size = 1 + sum(self.size(item) for item in node.value)
        self.sizes[key] = size
        self.active.discard(key)
        self.done[key] = value
        return value

    def mapping(self, node: yaml.MappingNode) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.convert(key_node)
            if not isinstance(key, Hashable) or isinstance(key, (list, dict)):
                self.problem(key_node, "a key must be a plain value, not a list or mapping")
                continue
            if key in result:
                self.duplicates.append((node, key_node, key))
                continue
            result[key] = self.convert(value_node)
        return result

    def scalar(self, node: yaml.ScalarNode) -> Any:
        self.distinct += 1
        tag = node.tag
        if not node.style and tag == "tag:yaml.org,2002:str":
            value = resolve_plain(node.value)
        elif tag == "tag:yaml.org,2002:str":
            return node.value
        elif tag in _CORE_TAGS:
            value = resolve_plain(node.value)
        else:
            self.tag_problem(node)
            return node.value
        # A non-finite number (.inf, .nan) is kept: the validator reports it with its key path.
        return value


def locate_in_node(node: yaml.Node, path: Path) -> tuple[int, int] | None:
    """Line and column (1-based) of the node at ``path``, or of the deepest one that exists."""
    mark = node.start_mark
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = _find_key(node, step)
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            node = node.value[step]
        else:
            break
        mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _find_key(node: yaml.MappingNode, step: str | int) -> yaml.Node | None:
    """The value under key ``step``: the key of the same type first (``2027`` is not
    ``"2027"``), else one that reads the same."""
    loose: yaml.Node | None = None
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        assert isinstance(value_node, yaml.Node)
        key = key_node.value if key_node.style else resolve_plain(key_node.value)
        if key == step and type(key) is type(step):
            return value_node
        if loose is None and key_node.value == str(step):
            loose = value_node
    return loose


def _constant(text: str) -> float:
    # NaN and Infinity are not JSON, but Python writes them; the validator reports them
    # with their key path and location rather than failing here without one.
    return float(text)


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


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


def _parse_json(text: str, *, name: str) -> Parsed:
    try:
        data = json.loads(
            text, object_pairs_hook=_unique_pairs, parse_constant=_constant, parse_int=parse_int
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem(name, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno)]
        ) from None
    except _DuplicateKeyError as exc:
        # JSON is YAML here: composing it as YAML finds every duplicate with its line and
        # column, and gives data to validate, so that one run shows every problem.
        if len(text) <= MAX_YAML_BYTES:
            return _parse_yaml(text, name=name)
        raise InputError(
            [Problem(name, f"duplicate key {exc.key!r}", hint="each key may appear once")]
        ) from None
    except ValueError as exc:  # NaN, Infinity or -Infinity, refused by _reject_constant
        where = _constant_position(text)
        line, column = where if where else (None, None)
        raise InputError(
            [Problem(name, f"invalid JSON: {exc}", line=line, column=column)]
        ) from None
    except RecursionError:
        check_depth(text, name)  # raises with the line where the nesting gets too deep
        raise InputError([Problem(name, f"nesting is deeper than {MAX_DEPTH} levels")]) from None

    composed: list[yaml.Node | None] = []

    def locate(path: Path) -> tuple[int, int] | None:
        # Only reached when the data has a problem: compose the JSON as YAML (once) to find
        # it. Beyond MAX_YAML_BYTES that would take too long, so problems go unlocated.
        if not composed:
            node = None
            if len(text) <= MAX_YAML_BYTES:
                try:
                    check_depth(text, name)
                    node = yaml.compose(composable(text), Loader=_Loader)
                except (yaml.YAMLError, InputError):
                    node = None
            composed.append(node)
        node = composed[0]
        return None if node is None else locate_in_node(node, composable_path(path))

    problems: list[Problem] = []
    if SURROGATE_ESCAPE.search(text):  # only then can a lone surrogate be in the data
        problems = lone_surrogates(data, name=name, locate=locate)
    return Parsed(data, locate, tuple(problems))
