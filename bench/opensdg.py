"""Scale benchmark of the other inputs: open-sdg repositories and figures CSV files (by hand).

    python bench/opensdg.py            # 3 rounds; writes bench/out/ once (about a minute)

Times ``hkit gap --format json`` (stdout to /dev/null) on generated inputs of growing size:

- open-sdg data repositories of 1,000, 3,000 and 10,000 indicators: each a CSV of ten years
  for a headline and two disaggregated rows a year (30 rows), and a metadata file asking for
  two calculations (the headline with a target, a disaggregation without);
- targets files (JSON) whose figures come from an ``observations_file`` CSV of 10,000,
  30,000 and 100,000 rows (ten figures for each of 1,000, 3,000 and 10,000 indicators).

It prints the median CPU time of each process (user + system, steadier than wall time on a
shared machine), the time per indicator or row, and the growth
exponent between sizes (1.0 is linear).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
REPO_SIZES = (1_000, 3_000, 10_000)
FIGURE_SIZES = (1_000, 3_000, 10_000)  # indicators; ten figures each
YEARS = range(2014, 2024)

META = """\
auto_progress_calculation: true
indicator_name: Generated indicator {inid}
progress_calculation_options:
  - direction: {direction}
    target: {target}
  - disaggregation:
      - field: Sex
        value: Female
"""


def _ids(count: int) -> list[str]:
    return [f"{n // 100 + 1}-{n // 10 % 10 + 1}-{n % 10 + 1}" for n in range(count)]


def make_repository(count: int) -> Path:
    """An open-sdg data repository of ``count`` indicators under bench/out/ (made once)."""
    root = OUT / f"opensdg-{count}"
    if (root / "done").exists():
        return root
    rng = random.Random(count)
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "meta").mkdir(exist_ok=True)
    for inid in _ids(count):
        value = rng.uniform(10, 1000)
        lines = ["Year,Sex,Value"]
        for year in YEARS:
            value *= rng.uniform(0.95, 1.08)
            lines.append(f"{year},,{value:.3f}")
            lines.append(f"{year},Female,{value * 1.1:.3f}")
            lines.append(f"{year},Male,{value * 0.9:.3f}")
        (root / "data" / f"indicator_{inid}.csv").write_text("\n".join(lines) + "\n")
        direction = rng.choice(["positive", "negative"])
        target = round(value * rng.uniform(0.5, 1.5), 2)
        (root / "meta" / f"{inid}.yml").write_text(
            META.format(inid=inid, direction=direction, target=target)
        )
    (root / "config_data.yml").write_text(
        "inputs:\n  - class: InputCsvData\n    path_pattern: data/*-*.csv\n"
        "  - class: InputYamlMeta\n    path_pattern: meta/*-*.yml\n"
    )
    (root / "done").write_text("")
    return root


def make_figures(count: int) -> Path:
    """A JSON targets file of ``count`` indicators and a figures CSV of ten rows each."""
    root = OUT / f"figures-{count}"
    targets = root / "targets.json"
    if targets.exists():
        return targets
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(count)
    indicators = []
    rows = ["indicator,year,value,source"]
    for inid in _ids(count):
        value = rng.uniform(10, 1000)
        indicators.append(
            {
                "id": inid,
                "name": f"Indicator {inid}",
                "unit": "units",
                "direction": "increase",
                "observations": [],
                "targets": {"2030": round(value * 2, 2)},
            }
        )
        for year in YEARS:
            value *= rng.uniform(0.95, 1.08)
            rows.append(f"{inid},{year},{value:.3f},stats")
    (root / "figures.csv").write_text("\n".join(rows) + "\n")
    document = {
        "schema_version": 1,
        "baseline_year": 2015,
        "observations_file": "figures.csv",
        "milestones": {"2030": {"data_year": 2030}},
        "sources": {"stats": {"title": "Generated", "grade": "official", "url": "https://x"}},
        "indicators": indicators,
    }
    targets.write_text(json.dumps(document))
    return targets


def timed(path: Path) -> float:
    """CPU time (user + system) of one ``hkit gap --format json`` on ``path``, output
    discarded: on a shared machine it varies far less than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "hkit", "gap", str(path), "--format", "json"],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(label: str, unit: str, sizes: tuple[int, ...], times: list[float]) -> None:
    """One line per size, with time per unit and growth exponent from the previous size."""
    for index, (size, seconds) in enumerate(zip(sizes, times, strict=True)):
        growth = ""
        if index:
            ratio = math.log(seconds / times[index - 1]) / math.log(size / sizes[index - 1])
            growth = f"  growth exponent {ratio:.2f}"
        per = seconds / size * 1e6
        print(f"{label} {size:>7,} {unit}: {seconds:6.2f} s CPU ({per:5.0f} µs each){growth}")


def main() -> None:
    """Generate the inputs once, then time each size ``--rounds`` times (median)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    repos = [make_repository(n) for n in REPO_SIZES]
    figures = [make_figures(n) for n in FIGURE_SIZES]
    repo_times = [statistics.median(timed(r) for _ in range(args.rounds)) for r in repos]
    figure_times = [statistics.median(timed(f) for _ in range(args.rounds)) for f in figures]
    report("open-sdg repository,", "indicators", REPO_SIZES, repo_times)
    rows = tuple(n * len(YEARS) for n in FIGURE_SIZES)
    report("figures CSV,        ", "rows", rows, figure_times)


if __name__ == "__main__":
    main()
