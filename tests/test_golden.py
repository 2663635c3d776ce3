"""Golden files: each output format of `hkit gap` on fixed inputs, byte for byte.

Rewrite them with `pytest --update-golden` after a deliberate change, and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import CASES, GOLDEN

FORMATS = {
    "table-80.txt": (["--format", "table"], "80"),
    "table-120.txt": (["--format", "table"], "120"),
    "json": (["--format", "json"], "80"),
    "csv": (["--format", "csv"], "80"),
    "md": (["--format", "markdown"], "80"),
}
CASE_NAMES = ("progress", "blueprint", "provenance", "plainly")


@pytest.mark.parametrize("case", CASE_NAMES)
@pytest.mark.parametrize("suffix", list(FORMATS))
def test_golden(
    case: str,
    suffix: str,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    update_golden: bool,
) -> None:
    """`hkit gap cases/<case>.yaml` in each format matches tests/golden/<case>.<suffix>."""
    args, columns = FORMATS[suffix]
    monkeypatch.chdir(CASES)  # the file name, not a machine's path, goes into the output
    result = runner.invoke(
        app,
        ["gap", f"{case}.yaml", *args],
        env={"COLUMNS": columns, "NO_COLOR": "1", "TERM": "dumb"},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden: Path = GOLDEN / f"{case}.{suffix}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert golden.exists(), f"missing {golden}: run pytest --update-golden"
    assert result.stdout == golden.read_text(encoding="utf-8")
