"""What a command imports and leaves behind: the start-up cost is in what is loaded."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit import __version__
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
sys.stderr.write(json.dumps(sorted(roots & {"rich", "pydantic", "yaml", "csv", "jinja2", "typer"})))
"""
HKIT_MODULES_ONLY = """
import json, sys
import hkit.cli, hkit.read.load, hkit.assess.compute
import hkit.render.machine.writers, hkit.render.text.markdown
import hkit.render.terminal.table
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


# Which of hkit's own modules a run loaded, of those named on the command line after ARGS.
LOADED_MODULES = """
import json, sys
names = sys.argv[sys.argv.index("--") + 1:]
sys.argv = ["hkit", *sys.argv[1:sys.argv.index("--")]]
from hkit.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(set(names) & set(sys.modules))))
"""


@pytest.mark.parametrize(
    ("args", "writers"),
    [
        (("gap", "--format", "json"), "json_report"),
        (("gap", "--format", "csv", "--method", "all"), "csv_rows"),
        (("gap", "--by", "group", "--format", "csv"), "csv_rows"),
        (("show", "1.1", "--format", "json"), "records"),
    ],
)
def test_machine_formats_use_the_generated_writers(args: tuple[str, ...], writers: str) -> None:
    """The writers come generated with the package (hkit/render/machine/generated/), one
    module per format: no run generates or compiles them, nor loads the contract's tables to
    do so (9 million instructions of gap --format json's 347)."""
    generated = [
        f"hkit.render.machine.generated.{m}" for m in ("records", "json_report", "csv_rows")
    ]
    names = ["hkit.contract", "hkit.render.machine.codegen", *generated]
    done = subprocess.run(
        [sys.executable, "-c", LOADED_MODULES, *args, "--", *names],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stderr.splitlines()[-1]) == [f"hkit.render.machine.generated.{writers}"]


@pytest.mark.parametrize("output", ["json", "csv", "markdown"])
@pytest.mark.parametrize("by", [(), ("--by", "group")])
def test_machine_formats_never_import_rich(output: str, by: tuple[str, ...]) -> None:
    """gap --format json/csv/markdown (rows or the roll-up) pays for neither rich (15 ms) nor
    pydantic (50 ms)."""
    loaded = loaded_after("gap", "--format", output, *by)
    assert "rich" not in loaded
    assert "pydantic" not in loaded


def test_the_roll_up_table_imports_rich() -> None:
    """The roll-up's table does use rich (so the check above can fail for it)."""
    assert "rich" in loaded_after("gap", "--by", "group")


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


def test_json_output_of_the_shipped_file_never_imports_yaml() -> None:
    """The shipped Blueprint is read from its JSON twin (hkit.read.blueprint): no PyYAML, which
    costs about as much start-up as Typer."""
    assert "yaml" not in loaded_after("gap", "--format", "json")


def test_a_json_file_never_imports_yaml(tmp_path: Path) -> None:
    from hkit.read.parse_yaml import parse_yaml

    from .conftest import SHIPPED

    data = parse_yaml(SHIPPED.read_text(encoding="utf-8"), name="t").data
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "yaml" not in loaded_after("gap", str(path), "--format", "json")
    # ...and a YAML file does (so the check above can fail).
    assert "yaml" in loaded_after("gap", str(SHIPPED), "--format", "json")


def test_table_imports_rich() -> None:
    """The table does use rich (so the check above can fail)."""
    assert "rich" in loaded_after("gap")


def test_hkit_modules_never_import_pydantic() -> None:
    """No hkit module on the gap/validate path imports pydantic (about 50 ms)."""
    done = subprocess.run(
        [sys.executable, "-c", HKIT_MODULES_ONLY], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stderr) == []


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_is_answered_before_typer_is_imported(flag: str) -> None:
    """`hkit --version` alone prints one line from the entry point (the console script's and
    `python -m hkit`'s), without importing Typer or building any command."""
    script = (
        "import sys\n"
        f"sys.argv = ['hkit', {flag!r}]\n"
        "from hkit.__main__ import main\n"
        "main()\n"
        "sys.stderr.write(str(sorted({n.split('.')[0] for n in sys.modules} & {'typer', 'click'})))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"hkit {__version__}\n", "[]")
    # -V with anything after it still goes through the app (so this test can fail).
    assert "typer" in loaded_after(flag, "gap")


def test_gc_is_restored_after_a_command(runner: CliRunner) -> None:
    """gap pauses the cyclic garbage collector only while it runs."""
    assert gc.isenabled()
    result = runner.invoke(app, ["gap", "--format", "json"])
    assert result.exit_code == 0
    assert gc.isenabled()
    result = runner.invoke(app, ["validate", "no-such-file.yaml"])
    assert result.exit_code == 2
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("args", "code"), [(["gap", "--format", "json"], 0), (["validate", "no-such.yaml"], 2)]
)
def test_the_process_leaves_its_objects_out_of_the_last_collection(
    args: list[str], code: int
) -> None:
    """The entry point freezes what the run made, once the command has succeeded or failed,
    so that the full collection of interpreter shutdown does not walk it all again: after
    it, the collector tracks next to nothing (some 30,000 objects without the freeze, and
    as many with a freeze before the command)."""
    script = (
        "import gc, sys\n"
        f"sys.argv = ['hkit', *{args!r}]\n"
        "from hkit.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    sys.stderr.write(f'tracked={len(gc.get_objects())}')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == code
    tracked = int(done.stderr.rpartition("tracked=")[2])
    assert tracked < 100


def test_a_run_builds_only_its_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """``hkit gap ...`` builds the gap command alone (Typer converts every registered
    command's parameters before parsing); anything else builds them all."""
    from hkit.cli.commands import COMMANDS, build_app, command_to_build

    assert command_to_build(["gap", "--format", "json"]) == "gap"
    assert command_to_build(["import", "x"]) == "import"
    for args in ([], ["--help"], ["--version"], ["gapp"], ["--install-completion"]):
        assert command_to_build(args) is None
    monkeypatch.setenv("_HKIT_COMPLETE", "complete_bash")
    assert command_to_build(["gap"]) is None
    assert [c.name for c in build_app("show").registered_commands] == ["show"]
    assert [c.name for c in build_app().registered_commands] == list(COMMANDS)


@pytest.mark.parametrize(
    "args",
    [
        ["gap", "--help"],
        ["show", "--help"],
        ["report", "--help"],
        ["validate", "--help"],
        ["import", "--help"],
        ["schema", "--help"],
        ["diff", "--help"],
        ["gap", "--format", "jsn"],
        ["show"],
        ["gap", "--format", "csv", "--indicator", "1.1"],
    ],
)
def test_one_command_app_answers_as_the_full_app(runner: CliRunner, args: list[str]) -> None:
    from hkit.cli.commands import build_app

    alone = runner.invoke(build_app(args[0]), args, prog_name="hkit")
    full = runner.invoke(app, args, prog_name="hkit")
    assert (alone.exit_code, alone.stdout, alone.stderr) == (
        full.exit_code,
        full.stdout,
        full.stderr,
    )
    assert alone.stdout or alone.stderr
