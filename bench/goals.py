"""Issue 23's goals ("fast at any size"), timed in ``bench/run.py``'s interleaved rounds.

Each goal is a command beside its floor, both whole processes, compared by CPU time (user +
system, which other jobs on a shared machine disturb far less than wall time):

- ``hkit --version`` against ``python -c pass`` (bar: 2);
- ``hkit diff OLD NEW`` on two 10,000-indicator files against ``hkit gap --format json`` on the
  newer one (bar: 2.5), and its growth from 2,500 to 10,000 indicators (bar: exponent 1.1);
- ``hkit gap --format json`` against ``json.load`` of the same file (``bench/json_load.py``):
  CPU (bar: 3) and peak memory (bar: 1.1);
- ``hkit report`` against ``hkit gap`` (the table) on the shipped file (bar: 0.9), its
  templates compiled once into ``bench/out/cache`` as a user's cache would hold them, and
  ``hkit report`` on 243 indicators (bar: 10 s, the slowest run's wall time);
- ``hkit gap --format json`` on Statistics Canada's open-sdg repository (the ``odd`` excerpt
  in ``shared/data/open-sdg/`` beside the checkout, or ``$HKIT_OPENSDG_EXCERPTS``), when it is
  there. Its bar is against an earlier tree: ``python bench/ab.py OTHER_PYTHON`` times both.
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from run import HERE, OUT, ROOT, Case, exponent, generate

DIFF_SIZES = (2_500, 10_000)
REPORT_INDICATORS = 243


def opensdg_repository() -> Path | None:
    """Statistics Canada's SDG repository excerpt, if it is beside the checkout."""
    base = os.environ.get("HKIT_OPENSDG_EXCERPTS") or str(ROOT.parent / "shared/data/open-sdg")
    path = Path(base) / "sdg-data-donnees-odd"
    return path if path.is_dir() else None


def goal_cases(py: str, hkit: list[str], json_sizes: tuple[int, ...]) -> dict[str, Case]:
    """The commands of the goals that ``bench/run.py``'s own cases do not already time."""
    cases = {
        "pass": Case("python -c pass", [py, "-c", "pass"]),
        "version": Case("hkit --version", [*hkit, "--version"]),
        "report": Case("hkit report", [*hkit, "report", "-o", str(OUT / "report.html")]),
        "table": Case("hkit gap (table)", [*hkit, "gap"]),
    }
    plan = generate("yaml", REPORT_INDICATORS)
    out = str(OUT / f"report-{REPORT_INDICATORS}.html")
    cases["report_big"] = Case("hkit report, 243", [*hkit, "report", str(plan), "-o", out])
    for count in DIFF_SIZES:
        old, new = generate("old-json", count), generate("json", count)
        cases[f"diff {count}"] = Case(f"hkit diff, {count:,}", [*hkit, "diff", str(old), str(new)])
    newest = generate("json", DIFF_SIZES[-1])
    cases["gap_for_diff"] = Case(
        "hkit gap --format json, 10,000", [*hkit, "gap", str(newest), "--format", "json"]
    )
    for count in sorted({*json_sizes, DIFF_SIZES[-1]}):
        path = generate("json", count)
        loader = [py, str(HERE / "json_load.py"), str(path)]
        cases[f"load {count}"] = Case(f"json.load, {count:,}", loader)
    repository = opensdg_repository()
    if repository is not None:
        cases["odd"] = Case(
            "hkit gap on open-sdg odd", [*hkit, "gap", str(repository), "--format", "json"]
        )
    return cases


def _row(goal: str, ours: Case, floor: Case, bar: str, *, memory: bool = False) -> str:
    cpu = ours.cpu / floor.cpu
    peak = f"{ours.peak / floor.peak:.2f}" if memory else "—"
    return (
        f"| {goal} | {ours.cpu * 1000:.0f} | {floor.label} | {floor.cpu * 1000:.0f} | "
        f"{cpu:.2f} | {peak} | {bar} |"
    )


Scale = dict[tuple[str, int], tuple[Path, Case, Case]]


def report_goals(cases: dict[str, Case], scale: Scale) -> None:
    """Print each goal's ratio beside its bar, as a Markdown table."""
    print()
    print("| goal | hkit CPU (ms) | floor | floor CPU (ms) | CPU ratio | peak ratio | bar |")
    print("| --- | ---: | --- | ---: | ---: | ---: | --- |")
    print(_row("`hkit --version`", cases["version"], cases["pass"], "≤ 2"))
    big = DIFF_SIZES[-1]
    print(_row(f"`hkit diff` {big:,}", cases[f"diff {big}"], cases["gap_for_diff"], "≤ 2.5"))
    for (kind, count), (_, ours, _) in scale.items():
        if kind == "json" and f"load {count}" in cases:
            goal = f"`hkit gap --format json` {count:,}"
            print(_row(goal, ours, cases[f"load {count}"], "≤ 3, peak ≤ 1.1", memory=True))
    if ("json", big) not in scale:
        goal = f"`hkit gap --format json` {big:,}"
        ours = cases["gap_for_diff"]
        print(_row(goal, ours, cases[f"load {big}"], "≤ 3, peak ≤ 1.1", memory=True))
    print(_row("`hkit report` (shipped)", cases["report"], cases["table"], "≤ 0.9"))
    small, large = (cases[f"diff {n}"].cpu for n in DIFF_SIZES)
    growth = exponent(small, large, ratio=DIFF_SIZES[-1] / DIFF_SIZES[0])
    print()
    sizes = f"{DIFF_SIZES[0]:,} → {big:,} indicators"
    print(f"`hkit diff` growth exponent, {sizes}: {growth:.2f} (bar ≤ 1.1)")
    slowest = max(cases["report_big"].walls)
    median = statistics.median(cases["report_big"].walls)
    print(
        f"`hkit report` on {REPORT_INDICATORS} indicators: median {median:.2f} s, slowest "
        f"{slowest:.2f} s wall (bar 10 s)"
    )
    if "odd" in cases:
        odd = cases["odd"]
        print(
            f"`hkit gap --format json` on open-sdg odd: {odd.cpu:.2f} s CPU (median), peak "
            f"{odd.peak / 1024:.0f} MB (bar: 0.8 of an earlier tree's, with bench/ab.py)"
        )
