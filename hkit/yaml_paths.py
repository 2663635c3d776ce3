"""Key paths of composed YAML nodes, for the rare message that needs one after parsing.

A duplicate key is found while a mapping is converted, deep in the document, where the path
to it is not known; rather than carry a path through every conversion (the hot loop of a
big file), the path is searched for only when a duplicate turns up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from hkit.parse import Path


def node_paths(root: yaml.Node, targets: list[yaml.Node]) -> dict[int, Path]:
    """The key path from ``root`` to each of ``targets`` (by ``id``; the first path where
    aliases repeat a node), found in one walk that stops once every target is found."""
    wanted = {id(node) for node in targets}
    found: dict[int, Path] = {}
    stack: list[tuple[yaml.Node, Path]] = [(root, ())]
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
