"""Why issue 23's big-JSON bar (``hkit gap --format json`` within 3 times the CPU of
``json.load`` of the same file) is out of reach: the standard library alone, writing the
document that hkit must write, costs about as much as the whole bar allows.

    python bench/json_floor.py            # 10,000 indicators, 5 rounds
    python bench/json_floor.py 2500 -n 3

The targets file is ``bench/run.py``'s generated one (ten figures and two targets per
indicator). The document is what ``hkit gap --format json`` writes for it, read back. In this
one process, as medians of CPU time (``time.process_time``) over rounds, it times:

- ``json.load`` of the targets file: the bar's floor (3 times this is the bar);
- ``json.dumps(document, indent=2, ensure_ascii=False)``: the standard library writing the
  contract's layout, byte for byte hkit's output (checked, and printed);
- ``json.dumps(document)``: its C encoder, the fastest it writes, on one line (not the
  contract's layout, which only its Python encoder writes);
- ``orjson.dumps(document, option=orjson.OPT_INDENT_2)`` when orjson is installed (hkit does
  not depend on it): a writer in C with the contract's layout, whose numbers differ from the
  contract's (``0.00007452464719`` for ``7.452464719e-05``; checked, and printed);
- the text of every number of the document at the contract's ten significant digits
  (``format(number, ROUNDING)``, ``hkit.render.machine.records``), the least work a writer
  of it does per number in Python: the C writers above cannot round.

Neither of the last two reads, checks or assesses anything.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402 - bench/run.py, beside this file


def _cpu(work: Callable[[], object], rounds: int) -> float:
    """The median CPU time of ``work`` (s), the collector paused as hkit pauses it."""
    times = []
    for _ in range(rounds):
        gc.disable()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
        gc.enable()
    return statistics.median(times)


def _numbers(value: object) -> Iterator[float]:
    """Every number of a JSON document, booleans aside."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield value


def main() -> None:
    """Time them, print them against ``json.load``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("indicators", type=int, nargs="?", default=10_000)
    parser.add_argument("-n", "--rounds", type=int, default=5)
    args = parser.parse_args()
    from hkit.render.machine.records import ROUNDING

    plan = run.generate("json", args.indicators)
    written = subprocess.run(
        [*run.hkit_command(), "gap", str(plan), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HKIT_TODAY": "2026-12-06"},
    ).stdout
    document = json.loads(written)
    numbers = list(_numbers(document))
    same = json.dumps(document, indent=2, ensure_ascii=False) + "\n" == written

    def load() -> object:
        with open(plan, encoding="utf-8") as stream:
            return json.load(stream)

    floor = _cpu(load, args.rounds)
    dumps = _cpu(lambda: json.dumps(document, indent=2, ensure_ascii=False), args.rounds)
    compact = _cpu(lambda: json.dumps(document), args.rounds)
    rounding = _cpu(lambda: [format(n, ROUNDING) for n in numbers], args.rounds)
    try:
        import orjson  # type: ignore[import-not-found,unused-ignore]  # optional, not hkit's
    except ImportError:
        orjson = None
    size = plan.stat().st_size / 1e6
    print(f"{args.indicators:,} indicators, {args.rounds} rounds, Python {sys.version.split()[0]}")
    print(f"targets file {size:.1f} MB; hkit's JSON {len(written.encode()) / 1e6:.1f} MB")
    print("| work | CPU (ms) | / json.load |")
    print("| --- | ---: | ---: |")
    rows = (
        ("`json.load` of the targets file", floor),
        ("`json.dumps(indent=2)` of hkit's document", dumps),
        ("`json.dumps` of it on one line (C encoder)", compact),
        *(
            ()
            if orjson is None
            else (
                (
                    f"`orjson.dumps(OPT_INDENT_2)` {orjson.__version__}",
                    _cpu(lambda: orjson.dumps(document, option=orjson.OPT_INDENT_2), args.rounds),
                ),
            )
        ),
        (f"the ten-digit text of its {len(numbers):,} numbers", rounding),
    )
    for label, cpu in rows:
        print(f"| {label} | {cpu * 1000:.0f} | {cpu / floor:.2f} |")
    print(f"json.dumps writes hkit's bytes: {'yes' if same else 'NO'}")
    if orjson is not None:
        ours = orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n" == written.encode()
        print(f"orjson writes hkit's bytes: {'yes' if ours else 'no'}")


if __name__ == "__main__":
    main()
