"""``json.load`` of one file and nothing else: the floor of ``hkit gap --format json``'s CPU
time and peak memory on a big targets file (``bench/run.py``, issue 23's goal)."""

from __future__ import annotations

import json
import sys


def main() -> None:
    """Parse the JSON file ``sys.argv[1]``."""
    with open(sys.argv[1], encoding="utf-8") as stream:
        json.load(stream)


if __name__ == "__main__":
    main()
