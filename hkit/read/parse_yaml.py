"""YAML text to plain data through libyaml (PyYAML's C parser), with located problems.

libyaml composes the nodes; ``_Converter`` turns them into plain values by hkit's own scalar
rules (``resolve_plain``): duplicate keys, unsupported tags and recursive aliases
are located problems, and an alias bomb is refused before anything walks it. Imported only
when YAML is read (``hkit.read.parse.parse``).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml

from hkit.errors import InputError, Problem
from hkit.read.document import EXPANSION_ALLOWANCE, MAX_EXPANSION, Parsed
from hkit.read.inputguard import reader_problem
from hkit.read.yaml_depth import check_depth
from hkit.read.yaml_paths import locate_in_node
from hkit.read.yaml_scalars import resolve_plain

# libyaml's parser and composer (about ten times faster than PyYAML's own) with no implicit
# resolvers: every plain scalar arrives as text and hkit decides what it means.
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

# Tags a plain YAML document may carry explicitly; any other is reported.
_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


def parse_yaml(text: str, *, name: str) -> Parsed:
    """Parse YAML ``text`` into a ``Parsed``; raise ``InputError`` on failure."""
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
        from hkit.read.document import render_path
        from hkit.read.yaml_paths import node_paths

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


def check_aliases(root: yaml.Node, name: str) -> None:
    """Refuse a composed document whose aliases expand it beyond hkit's limits (the same as a
    targets file's: ``MAX_EXPANSION`` times its written values, plus an allowance), or whose
    alias makes a node contain itself. For readers that construct with PyYAML's own loader
    (open-sdg metadata): constructing shares aliased values, but walking them does not.

    The walk is iterative (no recursion limit) and counts each node's expanded size once.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode) or (key in sizes and not children_done):
            continue
        children = _children(node)
        if children_done:
            active.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(c), 1) for c in children)
            continue
        if key in active:
            _alias_problem(name, node, "recursive alias: a node contains itself")
        active.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    expanded, distinct = sizes.get(id(root), 1), _distinct(root)
    if expanded > MAX_EXPANSION * distinct + EXPANSION_ALLOWANCE:
        shown = f"{expanded:,}" if expanded < 10**15 else f"about 10^{len(str(expanded)) - 1}"
        _alias_problem(
            name,
            root,
            f"aliases expand the document to {shown} values from {distinct:,} "
            "written ones (an alias bomb?)",
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _distinct(root: yaml.Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            stack.extend(_children(node))
    return len(seen)


def _alias_problem(name: str, node: yaml.Node, message: str) -> None:
    mark = node.start_mark
    raise InputError(
        [
            Problem(
                name,
                message,
                line=mark.line + 1,
                column=mark.column + 1,
                hint="write the repeated values out, or use fewer aliases",
            )
        ]
    )
