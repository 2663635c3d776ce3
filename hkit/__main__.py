"""Entry point for ``python -m hkit``."""

from hkit.cli import main

main()
