"""The command line: the entry point, the Typer app (``hkit.cli.commands``) and one module per
command (``hkit.cli.gap``, ``hkit.cli.show``, ...), with what they share: loading the plan
(``plan``), the options (``options``, ``calendar``), usage errors (``usage``), completion
(``complete``), exit codes and user errors (``process``), closed streams (``streams``).

The only part of hkit that imports Typer (or Click) and the only one that prints or exits.
stdout carries the payload only (table, JSON, CSV, Markdown, HTML, SVG); messages go to stderr.
"""

from __future__ import annotations

import sys
from typing import Any


def main() -> None:
    """Console-script entry point: build only the command the arguments name, and run it
    (exit codes: ``hkit.cli.process.run``)."""
    from hkit.cli.commands import build_app, command_to_build
    from hkit.cli.process import run

    run(build_app(command_to_build(sys.argv[1:])))


def __getattr__(name: str) -> Any:
    # ``hkit.cli.app``: the full app, built on first use (tests and embedders use it).
    if name == "app":
        from hkit.cli.commands import full_app

        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
