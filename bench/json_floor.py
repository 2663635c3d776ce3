"""Why issue 23's big-JSON bar (``hkit gap --format json`` within 3 times the CPU of a
``json.load`` process on the same file) is out of reach: writing the document hkit must
write costs about as much as the whole bar allows.

    python bench/json_floor.py            # 10,000 indicators, 5 rounds
    python bench/json_floor.py 2500 -n 3

The targets file is ``bench/run.py``'s generated one (ten figures and two targets per
indicator); the document is what ``hkit gap --format json`` writes for it, read back. Each
round times, as medians of CPU time (user + system):

- as whole processes: ``bench/json_load.py`` on the targets file (the bar's floor, as
  ``bench/run.py`` times it), ``hkit gap --format json`` on it, and ``hkit gap --format json``
  on the shipped 8-indicator file (hkit's start-up, and next to nothing else);
- in this process (``time.process_time``, the collector paused as hkit pauses it):
  ``json.load`` of the targets file; ``json.dumps(document, indent=2, ensure_ascii=False)``,
  the standard library writing the contract's layout, byte for byte hkit's output (checked,
  and printed); ``json.dumps`` on one line, its C encoder (the contract's layout is written
  only by its Python encoder); ``orjson.dumps(document, option=orjson.OPT_INDENT_2)`` when
  orjson is installed (hkit does not depend on it): a writer in C with the contract's layout
  whose numbers differ from the contract's (checked, and printed); and the text of every
  number the contract rounds, at its ten significant digits (``format(number, ROUNDING)``,
  ``hkit.render.machine.records``; years, ``years_left`` and ``figures`` are whole numbers
  written as they are), the least work a writer does per number in Python: neither C writer
  can round.

It then sets the bar's budget (3 times the ``json.load`` process) against what start-up,
the parse, the numbers' text and each C writer leave for everything else, per row.
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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402 - bench/run.py, beside this file

# Every hkit run here: this environment (an interpreter's PYTHONPATH too), on a fixed day.
ENV = {**os.environ, "HKIT_TODAY": "2026-12-06"}
# The contract's whole numbers, which its writers write as they are, not rounded.
WHOLE = frozenset({"year", "years_left", "figures", "schema_version"})


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


def _rounded(value: object, key: str = "") -> Iterator[float]:
    """Every number of a JSON document that the contract rounds (``WHOLE`` aside)."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _rounded(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _rounded(item, key)
    elif isinstance(value, int | float) and not isinstance(value, bool) and key not in WHOLE:
        yield value


def _processes(plan: Path, rounds: int) -> dict[str, run.Case]:
    """The three whole processes, run in turn round by round."""
    cases = {
        "load": run.Case("json.load", [sys.executable, str(HERE / "json_load.py"), str(plan)]),
        "hkit": run.Case("hkit", _gap(plan)),
        "start": run.Case("start-up", _gap()),
    }
    for _ in range(rounds):
        for case in cases.values():
            run.run_once(case, ENV)
    return cases


def _gap(plan: Path | None = None) -> list[str]:
    """``hkit gap --format json`` on ``plan`` (the shipped file if None)."""
    return [*run.hkit_command(), "gap", *([str(plan)] if plan else []), "--format", "json"]


def main() -> None:
    """Time them; print them against ``json.load``, then the bar's budget per row."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("indicators", type=int, nargs="?", default=10_000)
    parser.add_argument("-n", "--rounds", type=int, default=5)
    args = parser.parse_args()
    from hkit.render.machine.records import ROUNDING

    plan = run.generate("json", args.indicators)
    written = subprocess.run(_gap(plan), capture_output=True, text=True, check=True, env=ENV).stdout
    document: dict[str, Any] = json.loads(written)
    numbers = list(_rounded(document))
    rows = len(document["rows"])
    try:
        import orjson  # type: ignore[import-not-found,unused-ignore]  # optional, not hkit's
    except ImportError:
        orjson = None

    def load() -> object:
        with open(plan, encoding="utf-8") as stream:
            return json.load(stream)

    processes = _processes(plan, args.rounds)
    parse = _cpu(load, args.rounds)
    work: list[tuple[str, float]] = [
        ("`json.load` of the targets file", parse),
        (
            "`json.dumps(indent=2)`: the contract's layout",
            _cpu(lambda: json.dumps(document, indent=2, ensure_ascii=False), args.rounds),
        ),
        (
            "`json.dumps` on one line (C encoder)",
            _cpu(lambda: json.dumps(document, ensure_ascii=False), args.rounds),
        ),
    ]
    if orjson is not None:
        indented = orjson.OPT_INDENT_2
        cpu = _cpu(lambda: orjson.dumps(document, option=indented), args.rounds)
        work.append((f"`orjson.dumps(OPT_INDENT_2)` {orjson.__version__}", cpu))
    text = _cpu(lambda: [format(n, ROUNDING) for n in numbers], args.rounds)
    work.append((f"the ten-digit text of its {len(numbers):,} rounded numbers", text))

    size = plan.stat().st_size / 1e6
    print(f"{args.indicators:,} indicators, {args.rounds} rounds, Python {sys.version.split()[0]}")
    print(f"targets file {size:.1f} MB; hkit's JSON {len(written.encode()) / 1e6:.1f} MB")
    print()
    print("| work, in one process | CPU (ms) | / json.load |")
    print("| --- | ---: | ---: |")
    for label, cpu in work:
        print(f"| {label} | {cpu * 1000:.0f} | {cpu / parse:.2f} |")
    same = json.dumps(document, indent=2, ensure_ascii=False) + "\n" == written
    print(f"\njson.dumps(indent=2) writes hkit's bytes: {'yes' if same else 'NO'}")
    if orjson is not None:
        ours = orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n" == written.encode()
        print(f"orjson writes hkit's bytes: {'yes' if ours else 'no'}")

    floor, hkit, start = (processes[k].cpu for k in ("load", "hkit", "start"))
    print()
    print("| whole process | CPU (ms) |")
    print("| --- | ---: |")
    print(f"| `bench/json_load.py` on the targets file | {floor * 1000:.0f} |")
    print(f"| `hkit gap --format json` on it | {hkit * 1000:.0f} ({hkit / floor:.1f}×) |")
    print(f"| `hkit gap --format json` on the shipped file (start-up) | {start * 1000:.0f} |")
    print()
    print(
        f"The bar: 3 × {floor * 1000:.0f} = {3 * floor * 1000:.0f} ms. hkit spends "
        f"{(hkit - start - parse) * 1e6 / rows:.0f} µs per row ({rows:,} rows) on all of its "
        "work after start-up and the parse. Start-up, the parse and the numbers' text, with"
    )
    for label, writer in work[2:-1]:  # the C writers
        spent = start + parse + text + writer
        left = (3 * floor - spent) * 1e6 / rows
        print(
            f"- {label}: {spent * 1000:.0f} ms, leaving {left:.1f} µs per row for reading, "
            "checking, assessing and the sentences"
        )


if __name__ == "__main__":
    main()
