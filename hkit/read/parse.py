"""Text to plain data (dicts, lists, scalars), with a way back from a key path to a line:column.

YAML is composed by libyaml and turned into plain values by hkit's own rules
(``hkit.read.parse_yaml``), so that hkit, not YAML 1.1, decides what a scalar means. JSON is read
with the standard ``json`` module (``hkit.read.parse_json``). Each parser is imported only when a
file of its kind is read: PyYAML alone costs about as much start-up as Typer
(``bench/run.py``), and a JSON file, like the shipped Blueprint's JSON twin
(``hkit.read.blueprint``), never needs it. What a parser produces is ``hkit.read.document``'s.
"""

from __future__ import annotations

from collections.abc import Callable

from hkit.read.document import Parsed


def parse(
    text: str, *, name: str, json_format: bool, text_again: Callable[[], str | None] | None = None
) -> Parsed:
    """Parse ``text`` (already decoded) as JSON or YAML; raise ``InputError`` on failure.

    ``text_again`` gives a JSON text back to locate a problem after the parse, so that the
    data need not keep it (``hkit.read.parse_json``).
    """
    if json_format:
        from hkit.read.parse_json import parse_json

        return parse_json(text, name=name, text_again=text_again)
    from hkit.read.parse_yaml import parse_yaml

    return parse_yaml(text, name=name)
