"""The corpus of broken files (tests/broken/): each gives exit 2 and its located message.

Each ``<name>.yaml`` or ``<name>.json`` has a sibling ``<name>.expect``: every line of it must be
a whole line of stderr, after the file's path (lines starting with ``hkit:`` are taken as they
are). The same holds through ``validate``, ``gap`` and ``gap --format json``, with stdout empty.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app

BROKEN = Path(__file__).resolve().parent / "broken"
CASES = sorted(p for p in BROKEN.iterdir() if p.suffix in (".yaml", ".json"))
COMMANDS = (["validate"], ["gap"], ["gap", "--format", "json"])
# file:line:col: error: ... (the form editors and CI annotations understand)
LOCATED = re.compile(r".+:\d+:\d+: error: .+")


def expected_lines(case: Path) -> list[str]:
    """The lines ``case``'s stderr must hold, with the path put in front.

    Where the parser (libyaml, CPython's ``json``) words the problem, the expectation says
    ``…`` for its words and ``*`` for a line or column that parser versions place
    differently: hkit's tests check the meaning there (located, which kind of error, hkit's
    own hint), never a third party's wording.
    """
    lines = case.with_suffix(".expect").read_text(encoding="utf-8").splitlines()
    return [line if line.startswith("hkit:") else f"{case}{line}" for line in lines if line]


def pattern(expected: str) -> re.Pattern[str]:
    """``expected`` as a pattern: ``…`` is any words, ``:*`` any line or column number."""
    text = re.escape(expected).replace("…", ".+")
    return re.compile(text.replace(r":\*", r":\d+"))


def has_line(lines: list[str], expected: str) -> bool:
    """Whether one of ``lines`` is ``expected`` (read as by ``pattern``)."""
    wanted = pattern(expected)
    return any(wanted.fullmatch(line) for line in lines)


def test_every_case_has_an_expectation_and_the_issue_list_is_covered() -> None:
    """No orphan .expect file, no case without one, and every kind of bad input is present."""
    expects = {p.stem for p in BROKEN.glob("*.expect")}
    assert expects == {p.stem for p in CASES}
    kinds = [
        "syntax_",
        "duplicate_key",
        "top_level_",
        "empty",
        "missing_keys",
        "wrong_type_",
        "non_finite_",
        "implausible_year",
        "duplicate_year",
        "duplicate_id",
        "undeclared_milestone",
        "undeclared_source",
        "unsupported_schema_version",
        "binary",
        "latin1",
        "alias_bomb",
        "deep_",
        "multiple_documents",
        "number_in_string",
        "unknown_",
        "bad_direction",
        "empty_id",
        "data_year_after_milestone",
        "quoted_year",
    ]
    names = [p.stem for p in CASES]
    for kind in kinds:
        assert any(name.startswith(kind) for name in names), kind


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_broken_file_is_refused_with_located_message(
    runner: CliRunner, case: Path, command: list[str]
) -> None:
    """Exit 2, nothing on stdout, the expected located lines on stderr, no traceback."""
    result = runner.invoke(app, [*command, str(case)], catch_exceptions=False)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for line in expected_lines(case):
        assert has_line(lines, line), (line, lines)
    for line in lines:
        assert line.startswith("hkit: ") or LOCATED.fullmatch(line), line


def _limited() -> None:  # pragma: no cover - runs in the child process
    import resource

    # 1 GiB of address space: an alias bomb expanded in memory would need far more.
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def run_hkit(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m hkit ARGS`` in a real process, memory-capped where the OS allows it."""
    return subprocess.run(
        [sys.executable, "-m", "hkit", *args],
        input=stdin,
        capture_output=True,
        timeout=120,  # a safety net against a hang, not a timing assertion
        check=False,
        preexec_fn=_limited if sys.platform == "linux" else None,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.mark.parametrize(
    "name", ["alias_bomb.yaml", "alias_quadratic.yaml", "deep_flow.yaml", "json_deep.json"]
)
def test_crash_cases_in_a_real_process(name: str) -> None:
    """A segfault or a memory blow-up would show as a signal, not exit 2."""
    case = BROKEN / name
    result = run_hkit("gap", "--format", "json", str(case))
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert result.stdout == b""
    assert "Traceback" not in stderr
    assert has_line(stderr.splitlines(), expected_lines(case)[0])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[" * 100_000, 1),  # libyaml's composer segfaults on this without the pre-check
        ("{a: " * 50_000, 1),
        ("x:\n" + "".join(" " * i + "- \n" for i in range(300)), 102),  # the 101st level
        ("- " * 20_000 + "x\n", 1),
    ],
    ids=["flow-sequences", "flow-mappings", "block-sequences", "compact-sequences"],
)
def test_deep_nesting_in_a_real_process(text: str, line: int, tmp_path: Path) -> None:
    """Nesting far beyond libyaml's limits is refused, located, without a crash."""
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_hkit("validate", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.decode().splitlines() == [
        f"{path}:{line}:1: error: nesting is deeper than 100 levels"
    ]


def test_alias_bomb_through_stdin_in_a_real_process() -> None:
    """stdin takes the same path as a file: the bomb is refused there too."""
    result = run_hkit("validate", "-", stdin=(BROKEN / "alias_bomb.yaml").read_bytes())
    assert result.returncode == 2
    assert "<stdin>:10:5: error: aliases expand the document" in result.stderr.decode()
