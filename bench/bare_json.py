"""The floor for ``hkit gap --format json``: a bare Typer app that prints a JSON line.

Run by ``bench/run.py``; not part of hkit.
"""

from __future__ import annotations

import json
import sys

import typer

app = typer.Typer()


@app.command()
def main() -> None:
    """Print one JSON object on one line."""
    sys.stdout.write(json.dumps({"indicator": "1.1", "status": "substantial_progress"}) + "\n")


if __name__ == "__main__":
    app()
