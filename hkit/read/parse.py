"""Text to plain data (dicts, lists, scalars), with a way back from a key path to a line:column.

YAML is composed by libyaml and turned into plain values by hkit's own rules
(``hkit.read.parse_yaml``), so that hkit, not YAML 1.1, decides what a scalar means. JSON is read
with the standard ``json`` module (``hkit.read.parse_json``). Each parser is imported only when a
file of its kind is read: PyYAML alone costs about as much start-up as Typer
(``bench/run.py``), and a JSON file, like the shipped Blueprint's JSON twin
(``hkit.read.blueprint``), never needs it. What a parser produces is ``hkit.read.document``'s.
"""

from __future__ import annotations

from hkit.read.document import Parsed


def parse(text: str, *, name: str, json_format: bool) -> Parsed:
    """Parse ``text`` (already decoded) as JSON or YAML; raise ``InputError`` on failure."""
    if json_format:
        from hkit.read.parse_json import parse_json

        return parse_json(text, name=name)
    from hkit.read.parse_yaml import parse_yaml

    return parse_yaml(text, name=name)
