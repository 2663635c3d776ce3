"""The parser alone: read a targets file and parse it, printing the seconds it took.

YAML goes through PyYAML's C loader (``CSafeLoader``), JSON through ``json.loads``, so that
``bench/run.py`` can show which share of hkit's time is the parser's and which is hkit's own.
With a second argument ``nogc`` the cyclic garbage collector is paused first, as hkit does.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

import yaml


def main() -> None:
    """Parse ``sys.argv[1]`` and print the read + parse time in seconds on stdout."""
    path = Path(sys.argv[1])
    if sys.argv[2:] == ["nogc"]:
        gc.disable()
    start = time.perf_counter()
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        json.loads(text)
    else:
        yaml.load(text, Loader=yaml.CSafeLoader)
    sys.stdout.write(f"{time.perf_counter() - start:.6f}\n")


if __name__ == "__main__":
    main()
