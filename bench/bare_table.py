"""The floor for ``hkit gap``: a bare Typer app that prints a one-row rich table.

Run by ``bench/run.py``; not part of hkit.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main() -> None:
    """Print a one-row table."""
    table = Table("ID", "Indicator", "Status")
    table.add_row("1.1", "GERD as a ratio to GDP", "On track")
    Console().print(table)


if __name__ == "__main__":
    app()
