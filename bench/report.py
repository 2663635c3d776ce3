"""How long `hkit report` takes on a framework-sized file, run by hand (not a test).

    python bench/report.py            # 5 rounds
    python bench/report.py --rounds 9

Times, interleaved round by round, `hkit report` on a generated file of 243 indicators (the
size of the SDG framework's indicator list; ten observations and two targets each, as
``bench/run.py`` generates them) and on the shipped file, beside `hkit gap` on the shipped
file, whose start-up the report must not slow (Jinja2 is imported by `report` only:
tests/test_startup.py checks it, ``bench/run.py`` measures `gap` against a bare Typer app).
Prints the median and the slowest wall time of each; the bar for the 243 indicators is 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from run import OUT, ROOT, hkit_command, write_file

INDICATORS = 243
BAR_SECONDS = 10.0


def main() -> None:
    """Generate the file once, time each command in turn, print the figures."""
    parser = argparse.ArgumentParser(description="Time `hkit report` on 243 indicators.")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    rounds = parser.parse_args().rounds
    OUT.mkdir(exist_ok=True)
    plan = OUT / f"plan-{INDICATORS}.yaml"
    if not plan.exists():
        write_file("yaml", INDICATORS, plan)
    hkit = hkit_command()
    shipped = str(ROOT / "targets.yaml")
    cases = {
        f"report, {INDICATORS} indicators": [*hkit, "report", str(plan), "-o", str(OUT / "r.html")],
        "report, shipped file (8)": [*hkit, "report", shipped, "-o", str(OUT / "s.html")],
        "gap, shipped file (8)": [*hkit, "gap", shipped],
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, argv in cases.items():
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    size = (OUT / "r.html").stat().st_size
    print(f"{rounds} rounds; {Path(sys.executable).name} {sys.version.split()[0]}")
    for name, values in times.items():
        print(f"{name:32} median {statistics.median(values):6.3f} s   max {max(values):6.3f} s")
    print(f"page of {INDICATORS} indicators: {size / 1e6:.1f} MB")
    slowest = max(times[f"report, {INDICATORS} indicators"])
    verdict = "within" if slowest < BAR_SECONDS else "OVER"
    print(
        f"slowest of {INDICATORS} indicators: {slowest:.2f} s, {verdict} the {BAR_SECONDS:g} s bar"
    )


if __name__ == "__main__":
    main()
