"""The output formats of each command, stated once: (command, format) → the function that
writes it, imported only when that format is asked for.

Every writer takes the command's value (a ``Report`` for ``gap``, a ``Story`` for ``show``)
and the stream to write to. The command line's ``--format`` choices are read from here, so a
new format is one module and one line below; docs/architecture.md. Standard library only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TextIO

# In the order the help lists them; the first is the default.
FORMATS: dict[str, dict[str, str]] = {
    "gap": {
        "table": "hkit.render.terminal.table:print_table",
        "json": "hkit.render.machine.writers:write_json",
        "csv": "hkit.render.machine.writers:write_csv",
        "markdown": "hkit.render.text.markdown:write_markdown",
    },
    # --by group: the same formats of the roll-up (hkit.assess.rollup).
    "gap --by group": {
        "table": "hkit.render.terminal.groups:write_table",
        "json": "hkit.render.machine.groups:write_json",
        "csv": "hkit.render.machine.groups:write_csv",
        "markdown": "hkit.render.machine.groups:write_markdown",
    },
    "show": {
        "table": "hkit.render.terminal.show:print_story",
        "json": "hkit.render.machine.writers:write_story_json",
        "svg": "hkit.render.html.document:write_svg",
    },
    "diff": {
        "table": "hkit.render.text.diff:write_table",
        "json": "hkit.render.machine.diff:write_json",
        "markdown": "hkit.render.text.diff:write_markdown",
    },
}

Writer = Callable[[Any, TextIO], None]


def writer(command: str, fmt: str) -> Writer:
    """The function that writes ``command``'s output in format ``fmt``."""
    module, _, name = FORMATS[command][fmt].partition(":")
    function: Writer = getattr(importlib.import_module(module), name)
    return function
