"""``hkit import DIR -o F``: ``hkit validate F`` accepts F, and ``hkit gap F`` gives the rows of
``hkit gap DIR``, for generated repositories: odd folder names (ESC, BEL), data file names that
are not UTF-8, years outside 1800-2200, several calculations per indicator.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.cli import app

KEYS = ("indicator", "group", "milestone", "status", "score", "progress", "baseline", "latest")
CONFIG = (
    "inputs:\n  - class: InputCsvData\n    path_pattern: data/*.csv\n"
    "  - class: InputYamlMeta\n    path_pattern: meta/*.yml\n"
)

folder_names = st.text(
    alphabet=st.sampled_from(["a", "Z", "1", "-", " ", "\x1b", "\x07", "é", "\u202e", "["]),
    min_size=1,
    max_size=12,
).filter(lambda name: name.strip(" ") == name and name not in (".", ".."))
# An indicator id as a file name's bytes: UTF-8 words, or a byte that is not UTF-8.
file_ids = st.lists(
    st.sampled_from([b"1-1-1", b"2-3-1", b"\xff", b"caf\xe9", b"9-9-\x1b"]),
    min_size=1,
    max_size=3,
    unique=True,
)
years = st.integers(min_value=1700, max_value=2300)
values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda v: round(v, 3))


@st.composite
def indicator_files(draw: st.DrawFn) -> tuple[str, str]:
    """One indicator's CSV (two series) and its metadata (one or two calculations)."""
    rows = draw(st.lists(st.tuples(years, st.sampled_from("AB"), values), max_size=6))
    csv = "Year,Series,Value\n" + "".join(f"{y},{s},{v}\n" for y, s, v in rows)
    options = draw(
        st.lists(
            st.fixed_dictionaries(
                {"series": st.sampled_from(["A", "B"])},
                optional={
                    "direction": st.just("positive"),
                    "target": values,
                    "base_year": st.sampled_from([2015, 1500, 2000]),
                },
            ),
            min_size=1,
            max_size=2,
        )
    )
    meta = "auto_progress_calculation: true\nprogress_calculation_options:\n"
    meta += "".join(f"  - {json.dumps(option)}\n" for option in options)
    return csv, meta


def write_repository(root: Path, ids: list[bytes], files: list[tuple[str, str]]) -> None:
    (root / "data").mkdir(parents=True)
    (root / "meta").mkdir()
    (root / "config_data.yml").write_text(CONFIG, encoding="utf-8")
    for ident, (csv, meta) in zip(ids, files, strict=False):
        base = os.fsencode(root)
        with open(base + b"/data/indicator_" + ident + b".csv", "wb") as handle:
            handle.write(csv.encode())
        with open(base + b"/meta/" + ident + b".yml", "wb") as handle:
            handle.write(meta.encode())


def gap_rows(runner: CliRunner, target: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["gap", target, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return [{k: row.get(k) for k in KEYS} for row in json.loads(result.stdout)["rows"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    folder=folder_names,
    ids=file_ids,
    files=st.lists(indicator_files(), min_size=3, max_size=3),
)
def test_import_round_trips(folder: str, ids: list[bytes], files: list[tuple[str, str]]) -> None:
    runner = CliRunner()
    work = Path(tempfile.mkdtemp())
    try:
        root = work / folder
        write_repository(root, ids, files)
        out = work / "imported.yaml"
        written = runner.invoke(app, ["import", str(root), "-o", str(out)])
        assert written.exit_code == 0, written.stderr
        text = out.read_text(encoding="utf-8")  # UTF-8: no byte of a file name raw
        header = text.split("\n", 2)[:2]
        assert not any(c in line for line in header for c in "\x1b\x07\u202e")
        checked = runner.invoke(app, ["validate", str(out)])
        assert checked.exit_code == 0, checked.stderr
        assert gap_rows(runner, str(out)) == gap_rows(runner, str(root))
    finally:
        shutil.rmtree(work)


def test_import_to_stdout_writes_no_raw_escape(tmp_path: Path) -> None:
    """Through a real process: the folder's ESC and BEL never reach stdout or stderr raw."""
    root = tmp_path / "repo\x1b]0;title\x07"
    write_repository(root, [b"1-1-1"], [("Year,Series,Value\n2015,A,1\n2020,A,2\n", "x: 1\n")])
    (root / "meta" / "1-1-1.yml").write_text(
        "auto_progress_calculation: true\nprogress_calculation_options:\n  - {series: Z}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "import", str(root)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert b"\x1b" not in done.stdout + done.stderr
    assert b"\x07" not in done.stdout + done.stderr
    assert b"repo\\x1b]0;title\\x07" in done.stdout
