"""What a command imports and leaves behind: the start-up cost is in what is loaded."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app

# Run the real entry point in a fresh interpreter and report which heavy packages ended up
# loaded.
AFTER_COMMAND = """
import json, sys
sys.argv = ["hkit", *sys.argv[1:]]
from hkit.cli import main
try:
    main()
except SystemExit:
    pass
roots = {name.split(".")[0] for name in sys.modules}
sys.stderr.write(json.dumps(sorted(roots & {"rich", "pydantic", "yaml", "csv", "jinja2"})))
"""
HKIT_MODULES_ONLY = """
import json, sys
import hkit.cli, hkit.load, hkit.compute, hkit.render.machine, hkit.render.markdown
import hkit.render.table
roots = {name.split(".")[0] for name in sys.modules}
sys.stderr.write(json.dumps(sorted(roots & {"pydantic", "importlib_metadata"})))
"""


def loaded_after(*args: str) -> list[str]:
    """The heavy top-level packages loaded once ``hkit ARGS`` has run."""
    done = subprocess.run(
        [sys.executable, "-c", AFTER_COMMAND, *args],
        capture_output=True,
        text=True,
        check=True,
    )
    result: list[str] = json.loads(done.stderr.splitlines()[-1])
    return result


@pytest.mark.parametrize("output", ["json", "csv", "markdown"])
def test_machine_formats_never_import_rich(output: str) -> None:
    """gap --format json/csv/markdown pays for neither rich (15 ms) nor pydantic (50 ms)."""
    loaded = loaded_after("gap", "--format", output)
    assert "rich" not in loaded
    assert "pydantic" not in loaded


@pytest.mark.parametrize(
    "args", [("gap", "--format", "json"), ("gap", "--help"), ("validate",), ("--version",)]
)
def test_typer_pin_premise_holds(args: tuple[str, ...]) -> None:
    """pyproject.toml caps Typer below 0.29 because 0.29 imports pydantic (about 55 ms) to
    coerce the options of every command. If this fails, the installed Typer does that too:
    measure it with bench/run.py before changing the cap, rather than silencing this test."""
    loaded = loaded_after(*args)
    assert "pydantic" not in loaded, (
        f"`hkit {' '.join(args)}` imported pydantic: the premise of the Typer cap in "
        "pyproject.toml no longer holds for the installed Typer"
    )


@pytest.mark.parametrize("output", ["table", "json"])
def test_gap_never_imports_jinja2(output: str) -> None:
    """Only `hkit report` and `show --format svg` pay for Jinja2 (tens of milliseconds)."""
    assert "jinja2" not in loaded_after("gap", "--format", output)


def test_report_imports_jinja2_but_not_rich(tmp_path: Path) -> None:
    """The report does load Jinja2 (so the check above can fail), and not rich."""
    loaded = loaded_after("report", "-o", str(tmp_path / "r.html"))
    assert "jinja2" in loaded
    assert "rich" not in loaded


def test_table_imports_rich() -> None:
    """The table does use rich (so the check above can fail)."""
    assert "rich" in loaded_after("gap")


def test_hkit_modules_never_import_pydantic() -> None:
    """No hkit module on the gap/validate path imports pydantic (about 50 ms)."""
    done = subprocess.run(
        [sys.executable, "-c", HKIT_MODULES_ONLY], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stderr) == []


def test_gc_is_restored_after_a_command(runner: CliRunner) -> None:
    """gap pauses the cyclic garbage collector only while it runs."""
    assert gc.isenabled()
    result = runner.invoke(app, ["gap", "--format", "json"])
    assert result.exit_code == 0
    assert gc.isenabled()
    result = runner.invoke(app, ["validate", "no-such-file.yaml"])
    assert result.exit_code == 2
    assert gc.isenabled()
