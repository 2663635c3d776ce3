"""Smaller hostile classes: a figures.csv record over several lines is located where its cell
is; characters XML 1.0 forbids never make an SVG or page ill-formed; a target at the largest
float never puts nan or inf into a chart; shell completion never waits on input.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from hkit.cli import app
from tests.test_figures import TARGETS

LARGEST = sys.float_info.max
# Every character XML 1.0 forbids that a targets file can hold (lone surrogates are refused
# on input), with DEL and C1, which it allows but a page cannot show.
FORBIDDEN = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ufffe", "\uffff"]
NON_FINITE = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


def plan(
    text: str, *, target: float = 20.0, values: tuple[float, float] = (10, 12)
) -> dict[str, Any]:
    """A one-indicator plan (JSON data) whose file-borne texts all hold ``text``."""
    return {
        "schema_version": 1,
        "title": f"Plan {text}",
        "baseline_year": 2020,
        "milestones": {"2030": {"data_year": 2030}},
        "sources": {"s": {"title": f"Office {text}", "grade": "official"}},
        "indicators": [
            {
                "id": "a",
                "name": f"Name {text}",
                "unit": f"%{text}",
                "direction": "increase",
                "note": f"Note {text}",
                "observations": [
                    {"year": 2020, "value": values[0], "source": "s"},
                    {"year": 2022, "value": values[1], "source": "s"},
                ],
                "targets": {"2030": target},
            }
        ],
    }


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("csv", "where"),
    [
        ('A,2021,x,stats,"two\nlines"\n', "figures.csv:2:8:"),
        ('A,2021,1,stats,"two\nlines"\nA,2022,x,stats,\n', "figures.csv:4:8:"),
        ('A,2021,"1\n2",stats,\n', "figures.csv:2:8:"),
        ('A,2021,1,stats,"a\r\nb\r\nc"\r\nQ,2022,1,stats,\r\n', "figures.csv:5:1:"),
        ('A,"20\n21",1,stats,"n"\n', "figures.csv:2:3:"),
        ('A,2021,1,stats,"a\nb",\nA,2022,1,"st\nats",\n', "figures.csv:4:10:"),
    ],
)
def test_a_figures_problem_after_a_multi_line_cell_is_located_at_its_cell(
    runner: CliRunner, tmp_path: Path, csv: str, where: str
) -> None:
    (tmp_path / "t.yaml").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "figures.csv").write_text(
        "indicator,year,value,source,note\n" + csv, encoding="utf-8", newline=""
    )
    result = runner.invoke(app, ["validate", "t.yaml"])
    assert result.exit_code == 2
    assert result.stderr.startswith(where), result.stderr


@given(st.lists(st.sampled_from(FORBIDDEN), min_size=1, max_size=4).map("".join))
def test_svg_and_page_stay_well_formed_whatever_the_characters(text: str) -> None:
    import tempfile

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), plan(text))
        svg = runner.invoke(app, ["show", "a", str(path), "--format", "svg"])
        assert svg.exit_code == 0, svg.stderr
        xml.dom.minidom.parseString(svg.stdout.encode("utf-8"))  # well-formed, or it raises
        page = runner.invoke(app, ["report", str(path)])
        assert page.exit_code == 0, page.stderr
        assert not any(char in page.stdout for char in FORBIDDEN)


@pytest.mark.parametrize(
    ("target", "values"),
    [
        (LARGEST, (10.0, 12.0)),
        (-LARGEST, (10.0, 12.0)),
        (20.0, (-LARGEST, LARGEST)),
        (LARGEST, (LARGEST / 2, LARGEST / 1.5)),
        (LARGEST, (LARGEST, LARGEST)),
        (-LARGEST, (-LARGEST, -LARGEST)),
    ],
)
def test_the_largest_float_puts_no_nan_or_inf_into_svg_or_page(
    runner: CliRunner, tmp_path: Path, target: float, values: tuple[float, float]
) -> None:
    path = write(tmp_path, plan("x", target=target, values=values))
    svg = runner.invoke(app, ["show", "a", str(path), "--format", "svg"])
    assert svg.exit_code == 0, svg.stderr
    xml.dom.minidom.parseString(svg.stdout.encode("utf-8"))
    assert NON_FINITE.findall(svg.stdout) == []
    page = runner.invoke(app, ["report", str(path), "--method", "all"])
    assert page.exit_code == 0, page.stderr
    assert NON_FINITE.findall(page.stdout) == []
    shown = runner.invoke(app, ["show", "a", str(path)])  # the terminal's chart too
    assert shown.exit_code == 0, shown.stderr
    assert NON_FINITE.findall(shown.stdout) == []


def completion(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """Bash completion of ``hkit gap -i `` in ``tmp_path``, stdin a pipe nobody writes to."""
    words = "hkit gap -i "
    full = {
        **os.environ,
        "_HKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": "3",
        **env,
    }
    full.pop("HKIT_TARGETS", None)
    reader, writer = os.pipe()  # kept open: a read of stdin would wait for ever
    try:
        return subprocess.run(
            [sys.executable, "-c", "import hkit.cli; hkit.cli.app(prog_name='hkit')"],
            stdin=reader,
            capture_output=True,
            env=full,
            cwd=tmp_path,
            check=False,
            timeout=30,
        )
    finally:
        os.close(reader)
        os.close(writer)


@pytest.mark.parametrize("target", ["/dev/stdin", "fifo.csv", "/dev/zero"])
@pytest.mark.parametrize("allow", ["", "1"])
def test_completion_never_waits_on_the_observations_file(
    tmp_path: Path, target: str, allow: str
) -> None:
    os.mkfifo(tmp_path / "fifo.csv")
    (tmp_path / "targets.yaml").write_text(TARGETS.replace("figures.csv", target), encoding="utf-8")
    done = completion(tmp_path, {"HKIT_ALLOW_OUTSIDE": allow})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []  # nothing offered from a file that cannot be read
    assert done.stderr == b""


def test_completion_offers_the_names_of_a_good_file(tmp_path: Path) -> None:
    (tmp_path / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "figures.csv").write_text("indicator,year,value,source\n", encoding="utf-8")
    done = completion(tmp_path, {})
    assert done.stdout.split() == [b"A", b"B"]
