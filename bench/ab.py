"""Two hkit trees timed side by side, interleaved in one run: a refactor's before and after.

    python bench/ab.py /path/to/other/.venv/bin/python            # 5 rounds
    python bench/ab.py /path/to/other/.venv/bin/python --quick    # smaller files, 3 rounds

Runs ``bench/run.py``'s cases (start-up against the bare apps, ``gap --format json`` on the
generated files against the parser alone) and issue 23's commands (``--version``, ``report``,
``diff`` of 10,000 indicators, ``gap`` on Statistics Canada's open-sdg repository when it is
beside the checkout) for this interpreter's hkit and for the other
interpreter's, every case once per round in a rotating order, so that the machine's load
hits both trees alike. Prints each tree's ratios (the bars of ``bench/run.py``) and the
ratio of the two trees' medians.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import goals  # noqa: E402 - bench/goals.py, beside this file
import run  # noqa: E402 - bench/run.py, beside this file


def _hkit(python: str) -> list[str]:
    script = Path(python).parent / "hkit"
    return [str(script)] if script.exists() else [python, "-m", "hkit"]


def _compile(python: str) -> None:
    """Byte-compile that interpreter's hkit, as ``bench/run.py`` does for its own."""
    where = subprocess.run(
        [python, "-c", "import hkit, os; print(os.path.dirname(hkit.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", where], check=True)


def main() -> None:
    """Generate the files, run both trees' cases interleaved, print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="the other tree's Python (its venv's bin/python)")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 5)
    sizes = [("yaml", n) for n in (run.QUICK_YAML_SIZES if args.quick else run.YAML_SIZES)]
    sizes += [("json", n) for n in (run.QUICK_JSON_SIZES if args.quick else run.JSON_SIZES)]
    py = sys.executable
    for python in (py, args.other):
        _compile(python)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HKIT_", "PYTHON"))}
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"})
    env["XDG_CACHE_HOME"] = str(run.OUT / "cache")  # the report's compiled templates

    floors = {
        "bare_table": run.Case("bare Typer + rich table", [py, str(HERE / "bare_table.py")]),
        "bare_json": run.Case("bare Typer JSON line", [py, str(HERE / "bare_json.py")]),
    }
    files = {(kind, n): run.generate(kind, n) for kind, n in sizes}
    parsers = {
        key: run.Case(f"parser {key[0]} {key[1]}", [py, str(HERE / "parse_only.py"), str(path)])
        for key, path in files.items()
    }
    trees: dict[str, dict[str, run.Case]] = {}
    for name, python in (("this", py), ("other", args.other)):
        hkit = _hkit(python)
        cases = {
            "table": run.Case(f"{name}: hkit gap", [*hkit, "gap"]),
            "json": run.Case(f"{name}: hkit gap --format json", [*hkit, "gap", "-f", "json"]),
        }
        for (kind, n), path in files.items():
            cases[f"{kind} {n}"] = run.Case(
                f"{name}: {kind} {n}", [*hkit, "gap", str(path), "--format", "json"]
            )
            run.check_output(cases[f"{kind} {n}"], 2 * n, env)
        cases.update(_goal_cases(name, hkit))
        for case in cases.values():  # once, untimed: warms the caches (the report's templates)
            # To /dev/null: held here, output would swell the peak memory every child inherits.
            subprocess.run(case.argv, env=env, cwd=run.OUT, stdout=subprocess.DEVNULL, check=True)
        trees[name] = cases
    every = [*floors.values(), *parsers.values()]
    every += [case for cases in trees.values() for case in cases.values()]
    for index in range(rounds):
        shift = index % len(every)
        for case in every[shift:] + every[:shift]:
            run.run_once(case, env)
        print(f"round {index + 1}/{rounds} done", file=sys.stderr)
    _report(trees, floors, parsers, rounds=rounds)


def _goal_cases(name: str, hkit: list[str]) -> dict[str, run.Case]:
    """Issue 23's commands (bench/goals.py) for one tree: compared tree against tree."""
    big = goals.DIFF_SIZES[-1]
    old, new = run.generate("old-json", big), run.generate("json", big)
    page = str(run.OUT / f"ab-{name}.html")
    cases = {
        "version": run.Case(f"{name}: hkit --version", [*hkit, "--version"]),
        "report": run.Case(f"{name}: hkit report", [*hkit, "report", "-o", page]),
        f"diff {big}": run.Case(f"{name}: hkit diff {big}", [*hkit, "diff", str(old), str(new)]),
    }
    repository = goals.opensdg_repository()
    if repository is not None:
        argv = [*hkit, "gap", str(repository), "--format", "json"]
        cases["opensdg odd"] = run.Case(f"{name}: open-sdg odd", argv)
    return cases


def _report(
    trees: dict[str, dict[str, run.Case]],
    floors: dict[str, run.Case],
    parsers: dict[tuple[str, int], run.Case],
    *,
    rounds: int,
) -> None:
    this, other = trees["this"], trees["other"]
    print(f"Machine: {run._machine()}; medians of {rounds} interleaved rounds.\n")
    print(
        "| case | bar's floor | ratio this | ratio other | this (s) | other (s) | this / other "
        "| CPU this / other |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in this:
        if key in ("table", "json"):
            floor = floors["bare_table" if key == "table" else "bare_json"].wall
            name = "bare app"
        elif key.split()[0] not in ("yaml", "json"):  # issue 23's commands: tree against tree
            mine, theirs = this[key], other[key]
            print(
                f"| {mine.label.removeprefix('this: ')} | — | — | — | {mine.wall:.3f} | "
                f"{theirs.wall:.3f} | {mine.wall / theirs.wall:.3f} | "
                f"{mine.cpu / theirs.cpu:.3f} |"
            )
            continue
        else:
            kind, n = key.split()
            floor = parsers[kind, int(n)].parse + floors["bare_json"].wall
            name = "parser + bare start-up"
        a, b = this[key].wall, other[key].wall
        print(
            f"| {this[key].label.removeprefix('this: ')} | {name} | {a / floor:.2f} | "
            f"{b / floor:.2f} | {a:.3f} | {b:.3f} | {a / b:.3f} | "
            f"{this[key].cpu / other[key].cpu:.3f} |"
        )


if __name__ == "__main__":
    main()
