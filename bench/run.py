"""Start-up and scale benchmark for hkit, run by hand (not part of the test suite).

    python bench/run.py              # everything, 5 interleaved rounds (a few minutes)
    python bench/run.py --quick      # skip the largest files, 3 rounds
    python bench/run.py --startup    # start-up only (no generated files), 10 rounds

Without ``--startup`` it also times issue 23's goals (``bench/goals.py``): ``--version``,
``diff``, big JSON against ``json.load``, ``report`` against ``gap``, an open-sdg repository.

In one run, and interleaved round by round so that the machine's load hits every command
alike, it times:

- ``hkit gap`` on the shipped file against a bare Typer + rich app printing a one-row table
  (``bench/bare_table.py``), and ``hkit gap --format json`` against a bare Typer app printing
  a JSON line (``bench/bare_json.py``). The bare apps run twice: on the newest Typer, from an
  environment of their own (``bench/out/bare-venv``, built on first use with the newest
  releases; ``--bare-python`` names another interpreter), which is what a comparable CLI
  built today pays, and on the Typer hkit itself runs on (pyproject.toml caps it), so that
  the cost of the cap's alternative is measured in the same run;
- ``hkit gap --format json`` on generated targets files (ten observations and two targets per
  indicator) of 100, 1,000 and 10,000 indicators in YAML and 1,000, 10,000 and 100,000 as JSON,
  each beside the parser alone on the same file (``bench/parse_only.py``: PyYAML's C loader or
  ``json.loads``), so that hkit's own share is visible.

It prints medians (wall time of the whole process), ratios against the acceptance bars of
issue 6, peak resident memory of each process (from ``wait4``) and the growth exponent
between sizes. Generated files go to ``bench/out/`` (git-ignored) and are reused.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

YAML_SIZES = (100, 1_000, 10_000)
JSON_SIZES = (1_000, 10_000, 100_000)
QUICK_YAML_SIZES = (100, 1_000)
QUICK_JSON_SIZES = (1_000, 10_000)
OBSERVATIONS = 10
FIRST_YEAR = 2014


# --- generated targets files -------------------------------------------------------------


def _indicator(index: int, rng: random.Random) -> dict[str, object]:
    """One indicator with ten observations (2014-2023) and targets for 2027 and 2032."""
    increase = rng.random() < 0.7
    value = rng.uniform(1, 1000)
    observations = []
    for year in range(FIRST_YEAR, FIRST_YEAR + OBSERVATIONS):
        observations.append(
            {"year": year, "value": round(value, 3), "source": rng.choice(("stats", "press"))}
        )
        value *= 1 + rng.uniform(-0.03, 0.08) * (1 if increase else -1)
    step = 1.3 if increase else 0.75
    return {
        "id": f"G{index:06d}",
        "group": f"Group {index % 17}",
        "name": f"Generated indicator number {index}",
        "unit": rng.choice(("%", "HK$", "count", "per 1,000")),
        "direction": "increase" if increase else "decrease",
        "observations": observations,
        "targets": {
            "2027": round(value * step, 3),
            "2032": {"value": round(value * step * step, 3)},
        },
    }


def _plan(count: int) -> dict[str, object]:
    rng = random.Random(count)  # the same file for the same size, run after run
    return {
        "schema_version": 1,
        "title": f"Generated plan of {count} indicators",
        "baseline_year": 2016,
        "milestones": {"2027": {"data_year": 2025}, "2032": {"data_year": 2030}},
        "sources": {
            "stats": {"title": "Generated statistics release", "grade": "official"},
            "press": {"title": "Generated press report", "grade": "secondary"},
        },
        "indicators": [_indicator(i, rng) for i in range(1, count + 1)],
    }


def _yaml_text(plan: dict[str, object]) -> str:
    """The plan written as a person would: block mappings, one flow mapping per observation.

    Written by hand rather than by ``yaml.dump`` so that generating 10,000 indicators takes
    a moment, not a minute.
    """
    lines = [
        "schema_version: 1",
        f"title: {plan['title']}",
        "baseline_year: 2016",
        "milestones:",
        '  "2027": {data_year: 2025}',
        '  "2032": {data_year: 2030}',
        "sources:",
        "  stats: {title: Generated statistics release, grade: official}",
        "  press: {title: Generated press report, grade: secondary}",
        "indicators:",
    ]
    indicators = plan["indicators"]
    assert isinstance(indicators, list)
    for ind in indicators:
        lines += [
            f'  - id: "{ind["id"]}"',
            f"    group: {ind['group']}",
            f"    name: {ind['name']}",
            f'    unit: "{ind["unit"]}"',
            f"    direction: {ind['direction']}",
            "    observations:",
        ]
        lines += [
            f"      - {{year: {o['year']}, value: {o['value']}, source: {o['source']}}}"
            for o in ind["observations"]
        ]
        targets = ind["targets"]
        lines += [
            "    targets:",
            f'      "2027": {targets["2027"]}',
            f'      "2032": {{value: {targets["2032"]["value"]}}}',
        ]
    return "\n".join(lines) + "\n"


def _revise(plan: dict[str, object]) -> None:
    """Make ``plan`` an older vintage of itself, for ``hkit diff``: every fifth indicator's
    latest figure 5 % higher, every eleventh without its latest figure, every thirteenth
    with a 2027 target 10 % lower."""
    indicators = plan["indicators"]
    assert isinstance(indicators, list)
    for index, ind in enumerate(indicators):
        if index % 5 == 0:
            ind["observations"][-1]["value"] = round(ind["observations"][-1]["value"] * 1.05, 3)
        if index % 11 == 0:
            ind["observations"].pop()
        if index % 13 == 0:
            ind["targets"]["2027"] = round(ind["targets"]["2027"] * 0.9, 3)


def write_file(kind: str, count: int, path: Path) -> None:
    """Write the generated plan of ``count`` indicators to ``path`` as ``kind`` (``old-json``:
    an older vintage of the same plan, as JSON)."""
    plan = _plan(count)
    if kind == "old-json":
        _revise(plan)
        kind = "json"
    text = _yaml_text(plan) if kind == "yaml" else json.dumps(plan, indent=1) + "\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def generate(kind: str, count: int) -> Path:
    """``bench/out/plan-<count>.<kind>``, written once and reused.

    Written by a child process: Linux carries a process's peak RSS over ``fork`` and
    ``exec``, so a bloated benchmark process would inflate every child's measured peak.
    """
    path = OUT / (f"old-{count}.json" if kind == "old-json" else f"plan-{count}.{kind}")
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        argv = [sys.executable, __file__, "--write", kind, str(count), str(path)]
        subprocess.run(argv, check=True)
    return path


# --- running and measuring ---------------------------------------------------------------


@dataclass
class Case:
    """One command line, with every run's wall time (s), peak RSS (KiB) and own report."""

    label: str
    argv: list[str]
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # user + system time of the child
    peaks: list[int] = field(default_factory=list)
    reported: list[float] = field(default_factory=list)  # parse_only's own read + parse time

    @property
    def wall(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        """Median CPU time (user + system) in seconds: less sensitive to other jobs."""
        return statistics.median(self.cpus)

    @property
    def peak(self) -> int:
        """Median peak resident set size in KiB."""
        return int(statistics.median(self.peaks))

    @property
    def parse(self) -> float:
        """Median of the parse time the process reported, in seconds."""
        return statistics.median(self.reported)


def run_once(case: Case, env: dict[str, str]) -> None:
    """Run ``case`` once; record wall time, CPU time and the child's own peak RSS.

    hkit's output goes to /dev/null, as hyperfine does, so that no reader's speed is timed
    (``check_output`` has already checked it). The child is reaped with ``wait4`` so that
    ``ru_maxrss`` is its own peak, not the maximum over all children.
    """
    reports = case.argv[1:2] == [str(HERE / "parse_only.py")]
    start = time.perf_counter()
    child = subprocess.Popen(
        case.argv,
        stdout=subprocess.PIPE if reports else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=OUT,
    )
    assert child.stderr is not None
    out = child.stdout.read() if child.stdout else b""
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    case.walls.append(time.perf_counter() - start)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{case.label}: exit {child.returncode}\n{errors.decode(errors='replace')}")
    case.peaks.append(usage.ru_maxrss)
    case.cpus.append(usage.ru_utime + usage.ru_stime)
    if reports:
        case.reported.append(float(out.decode()))


# Reads hkit's JSON on stdin in a separate process (so that this one stays small) and
# checks that it holds the expected number of rows.
_CHECK = "import json, sys; rows = len(json.load(sys.stdin)['rows']); print(rows)"


def check_output(case: Case, rows: int, env: dict[str, str]) -> None:
    """Run ``case`` once, untimed, and check its JSON has ``rows`` rows (also warms caches)."""
    hkit = subprocess.Popen(case.argv, stdout=subprocess.PIPE, env=env, cwd=OUT)
    reader = subprocess.run(
        [sys.executable, "-c", _CHECK], stdin=hkit.stdout, capture_output=True, text=True
    )
    if hkit.stdout:
        hkit.stdout.close()
    if hkit.wait() != 0 or reader.returncode != 0 or reader.stdout.strip() != str(rows):
        sys.exit(f"{case.label}: expected {rows} rows, got {reader.stdout or reader.stderr}")


def exponent(small: float, large: float, *, ratio: float) -> float:
    """Growth exponent k in time ∝ size**k between two sizes ``ratio`` apart."""
    if small <= 0 or large <= 0:
        return math.nan
    return math.log(large / small) / math.log(ratio)


def bare_environment() -> Path:
    """The interpreter of ``bench/out/bare-venv``: the newest Typer and rich, built once."""
    venv = OUT / "bare-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "typer", "rich"],
            check=True,
        )
    return python


def typer_version(python: str | Path) -> str:
    """The Typer release that ``python`` imports."""
    done = subprocess.run(
        [str(python), "-c", "import typer; print(typer.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def hkit_command() -> list[str]:
    """The installed console script if there is one beside this Python, else ``-m hkit``."""
    script = Path(sys.executable).parent / "hkit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "hkit"]


def main() -> None:
    """Generate the files, run every case interleaved, print the report."""
    from goals import goal_cases, report_goals  # bench/goals.py, which imports this module

    parser = argparse.ArgumentParser(description="Start-up and scale benchmark for hkit.")
    parser.add_argument("--rounds", type=int, default=None, help="interleaved rounds")
    parser.add_argument("--quick", action="store_true", help="skip the largest files")
    parser.add_argument("--startup", action="store_true", help="start-up only, 10 rounds")
    parser.add_argument("--write", nargs=3, metavar=("KIND", "COUNT", "PATH"), help="internal")
    parser.add_argument(
        "--bare-python",
        default=None,
        help="interpreter for the bare apps on the newest Typer (default: bench/out/bare-venv)",
    )
    args = parser.parse_args()
    if args.write:
        kind, count, path = args.write
        write_file(kind, int(count), Path(path))
        return
    rounds = args.rounds or (10 if args.startup else 3 if args.quick else 5)
    yaml_sizes = () if args.startup else QUICK_YAML_SIZES if args.quick else YAML_SIZES
    json_sizes = () if args.startup else QUICK_JSON_SIZES if args.quick else JSON_SIZES

    # Byte-compile hkit as an installed wheel would be, whatever PYTHONDONTWRITEBYTECODE
    # says: otherwise every run would compile hkit from source and the bare apps would not.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "hkit")], check=True, env=os.environ
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HKIT_", "PYTHON"))}
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"})
    env["XDG_CACHE_HOME"] = str(OUT / "cache")  # the report's compiled templates

    py, hkit = sys.executable, hkit_command()
    newest = args.bare_python or str(bare_environment())
    typer_versions = {"hkit": typer_version(py), "newest": typer_version(newest)}
    start_up = {
        "table": Case("hkit gap", [*hkit, "gap"]),
        "bare_table": Case("bare Typer + rich table", [newest, str(HERE / "bare_table.py")]),
        "json": Case("hkit gap --format json", [*hkit, "gap", "--format", "json"]),
        "bare_json": Case("bare Typer JSON line", [newest, str(HERE / "bare_json.py")]),
        "bare_table_same": Case("bare table, hkit's Typer", [py, str(HERE / "bare_table.py")]),
        "bare_json_same": Case("bare JSON, hkit's Typer", [py, str(HERE / "bare_json.py")]),
    }
    files = [("yaml", n, generate("yaml", n)) for n in yaml_sizes]
    files += [("json", n, generate("json", n)) for n in json_sizes]
    scale: dict[tuple[str, int], tuple[Path, Case, Case]] = {}
    # The YAML parser again with the collector paused, as hkit runs: a fairer floor.
    paused: dict[int, Case] = {}
    for kind, count, path in files:
        parse_only = [py, str(HERE / "parse_only.py"), str(path)]
        scale[kind, count] = (
            path,
            Case(f"hkit {kind} {count}", [*hkit, "gap", str(path), "--format", "json"]),
            Case(f"parser {kind} {count}", parse_only),
        )
        if kind == "yaml":
            paused[count] = Case(f"parser {kind} {count} nogc", [*parse_only, "nogc"])
    cases = list(start_up.values()) + [c for _, h, p in scale.values() for c in (h, p)]
    cases += list(paused.values())
    goals = {} if args.startup else goal_cases(py, hkit, json_sizes)
    cases += list(goals.values())
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    for (_, count), (_, case, _) in scale.items():
        check_output(case, 2 * count, env)  # two targets per indicator
    for case in goals.values():  # once, untimed: warms the caches (the report's templates)
        # Output to /dev/null: held here, it would swell this process, whose peak memory every
        # child inherits (see ``generate``).
        subprocess.run(case.argv, env=env, cwd=OUT, stdout=subprocess.DEVNULL, check=True)

    load_before = os.getloadavg()
    for round_index in range(rounds):
        # Rotate the order each round so that no case always runs right after a heavy one.
        shift = round_index % len(cases)
        for case in cases[shift:] + cases[:shift]:
            run_once(case, env)
        print(f"round {round_index + 1}/{rounds} done", file=sys.stderr)
    load_after = os.getloadavg()

    print(
        f"Typer: hkit runs on {typer_versions['hkit']}; the bare apps on "
        f"{typer_versions['newest']} (newest) and {typer_versions['hkit']} (hkit's)."
    )
    report(start_up, scale, paused, rounds=rounds, loads=(load_before, load_after))
    if goals:
        report_goals(goals, scale)
    print(f"\n(this benchmark's own peak RSS, a floor for every child's: {own_peak / 1024:.0f} MB)")


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def report(
    start_up: dict[str, Case],
    scale: dict[tuple[str, int], tuple[Path, Case, Case]],
    paused: dict[int, Case],
    *,
    rounds: int,
    loads: tuple[tuple[float, ...], tuple[float, ...]],
) -> None:
    """Print the results as Markdown tables, ready for the README."""
    ms = 1000.0
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Machine: {_machine()}; {now}; medians of {rounds} interleaved rounds;")
    print(
        f"load average {loads[0][0]:.2f} before, {loads[1][0]:.2f} after "
        f"(other jobs share the machine)."
    )
    print()
    print(
        "| start-up | hkit (ms) | bare app (ms) | ratio | bar | CPU ms hkit / bare (ratio) "
        "| peak RSS hkit / bare (MB) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    pairs = (
        ("table", "bare_table", "≤ 0.80"),
        ("json", "bare_json", "≤ 0.60"),
        ("table", "bare_table_same", "—"),
        ("json", "bare_json_same", "—"),
    )
    for mine, bare, bar in pairs:
        ours, floor = start_up[mine], start_up[bare]
        print(
            f"| `{ours.label}` vs {floor.label} | {ours.wall * ms:.0f} | {floor.wall * ms:.0f} | "
            f"{ours.wall / floor.wall:.2f} | {bar} | "
            f"{ours.cpu * ms:.0f} / {floor.cpu * ms:.0f} ({ours.cpu / floor.cpu:.2f}) | "
            f"{ours.peak / 1024:.0f} / {floor.peak / 1024:.0f} |"
        )
    print()
    base = start_up["bare_json"].wall
    # hkit's own fixed cost: the same command on the small shipped Blueprint file.
    fixed = start_up["json"].wall
    print(
        "| file | size (MB) | hkit (s) | parser alone (s) | hkit's own work (s) | "
        "hkit / (parser + bare start-up) | peak RSS (MB) | peak / file size |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (kind, count), (path, hkit_case, parser) in scale.items():
        size = path.stat().st_size
        own = hkit_case.wall - parser.parse - fixed
        print(
            f"| {kind} {count:,} | {size / 1e6:.2f} | {hkit_case.wall:.3f} | {parser.parse:.3f} | "
            f"{own:.3f} | {hkit_case.wall / (parser.parse + base):.2f} | "
            f"{hkit_case.peak / 1024:.0f} | {hkit_case.peak * 1024 / size:.1f} |"
        )
    print()
    print("| YAML file | parser, collector paused (s) | hkit / (paused parser + bare start-up) |")
    print("| --- | ---: | ---: |")
    for count, case in paused.items():
        ours = scale["yaml", count][1]
        print(f"| yaml {count:,} | {case.parse:.3f} | {ours.wall / (case.parse + base):.2f} |")
    print()
    print("| growth | exponent of hkit's wall time | of its time above its own start-up |")
    print("| --- | ---: | ---: |")
    for kind in ("yaml", "json"):
        sizes = sorted(n for k, n in scale if k == kind)
        for small, large in itertools.pairwise(sizes):
            t1, t2 = scale[kind, small][1].wall, scale[kind, large][1].wall
            k_total = exponent(t1, t2, ratio=large / small)
            k_net = exponent(t1 - fixed, t2 - fixed, ratio=large / small)
            print(f"| {kind} {small:,} → {large:,} | {k_total:.2f} | {k_net:.2f} |")
        if len(sizes) > 2:
            t1, t2 = scale[kind, sizes[0]][1].wall, scale[kind, sizes[-1]][1].wall
            ratio = sizes[-1] / sizes[0]
            print(
                f"| {kind} {sizes[0]:,} → {sizes[-1]:,} | {exponent(t1, t2, ratio=ratio):.2f} | "
                f"{exponent(t1 - fixed, t2 - fixed, ratio=ratio):.2f} |"
            )


if __name__ == "__main__":
    if shutil.which("hkit") is None and not (Path(sys.executable).parent / "hkit").exists():
        print("note: no hkit console script beside this Python; using `python -m hkit`")
    main()
