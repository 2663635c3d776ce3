"""Key paths of composed YAML nodes and back, for the messages that need a location.

``locate_in_node`` finds the line and column of a key path (only when a problem is reported).

A duplicate key is found while a mapping is converted, deep in the document, where the path
to it is not known; rather than carry a path through every conversion (the hot loop of a
big file), the path is searched for only when a duplicate turns up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from hkit.read.yaml_scalars import resolve_plain

if TYPE_CHECKING:
    from hkit.read.document import KeyPath


def node_paths(root: yaml.Node, targets: list[yaml.Node]) -> dict[int, KeyPath]:
    """The key path from ``root`` to each of ``targets`` (by ``id``; the first path where
    aliases repeat a node), found in one walk that stops once every target is found."""
    wanted = {id(node) for node in targets}
    found: dict[int, KeyPath] = {}
    stack: list[tuple[yaml.Node, KeyPath]] = [(root, ())]
    seen: set[int] = set()
    while stack and len(found) < len(wanted):
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if id(node) in wanted:
            found[id(node)] = path
        if isinstance(node, yaml.MappingNode):
            steps = [
                (value, (*path, key.value))
                for key, value in node.value
                if isinstance(key, yaml.ScalarNode)
            ]
        elif isinstance(node, yaml.SequenceNode):
            steps = [(value, (*path, index)) for index, value in enumerate(node.value)]
        else:
            continue
        stack.extend(reversed(steps))  # depth first, in document order
    return found


def locate_in_node(node: yaml.Node, path: KeyPath) -> tuple[int, int] | None:
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
