"""``hkit schema``: the JSON Schema of the targets file, or of ``gap --format json``."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hkit.cli.usage import HkitCommand

# How `hkit --help` lists the command, and its examples (read by hkit.cli).
SETTINGS: dict[str, Any] = {
    "cls": HkitCommand,
    "short_help": "Print the JSON Schema of the targets file or of the JSON output.",
}


def schema(
    report: Annotated[
        bool,
        typer.Option("--report", help="The schema of `gap --format json` instead."),
    ] = False,
) -> None:
    """Print the JSON Schema of the targets file (for editors and CI), or of the JSON output."""
    import json

    # pydantic is slow to import, so only this command loads the schema models.
    from hkit.contract.schema import report_schema, targets_schema

    document = report_schema() if report else targets_schema()
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
