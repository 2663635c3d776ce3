"""hkit's light option coercion gives exactly what Typer's own would, without pydantic."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from hkit import cli_light
from hkit.cli import app

FORMATS = ["json", "JSON", "Json", "csv", "markdown", "table", "xml", "", " json", "jsonl"]
YEARS = ["2024", "1800", "2200", "1799", "2201", "02024", "2_024", " 2024", "+2024", "-5"]
YEARS += ["abc", "2024.0", "0", "99999999999"]
COMMAND_LINES = [
    ["gap"],
    *(["gap", "--format", f] for f in FORMATS),
    *(["gap", "-f", "csv", "--as-of", y] for y in YEARS),
    ["gap", "-f", "csv", "-m", "2027", "-m", "2032"],
    ["gap", "-f", "csv", "--milestone", "2040"],
    ["gap", "-f", "csv", "-i", "1.1", "-i", "2.2", "--check"],
    ["gap", "-f", "csv", "-i", "9.9"],
    ["gap", "-f", "markdown", "-v", "--as-of", "2020", "-m", "2032"],
    ["gap", "no-such-file.yaml"],
    ["gap", "--nope"],
    ["gap", "--as-of"],
    ["gap", "--help"],
    ["validate"],
    ["validate", "-v", "no-such-file.json"],
    ["--version"],
    ["-h"],
    [],
]


def invoke(args: list[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``hkit ARGS``."""
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", COMMAND_LINES, ids=" ".join)
def test_same_result_as_typers_own_coercion(args: list[str], monkeypatch: Any) -> None:
    """Every command line: same exit code, stdout and stderr with and without the light path."""
    light = invoke(args)
    monkeypatch.setattr(cli_light, "_lighten", lambda params: params)
    assert invoke(args) == light


def test_plain_values_do_not_reach_typers_coercion(monkeypatch: Any) -> None:
    """The common options are read by the light path itself, not handed on."""

    def fail(descriptor: Any) -> Any:
        raise AssertionError(f"handed to Typer: {descriptor.annotation}")

    monkeypatch.setattr(cli_light, "build_runtime_param", fail)
    args = ["gap", "-f", "JSON", "-m", "2027", "-i", "1.1", "--as-of", "2024", "--check", "-v"]
    code, stdout, _ = invoke(args)
    assert code in (0, 1)
    assert stdout


def test_invalid_values_are_handed_to_typer(monkeypatch: Any) -> None:
    """An invalid value goes to Typer's coercion, which words the error."""
    handed: list[Any] = []
    real = cli_light.build_runtime_param  # type: ignore[attr-defined]

    def spy(descriptor: Any) -> Any:
        handed.append(descriptor.annotation)
        return real(descriptor)

    monkeypatch.setattr(cli_light, "build_runtime_param", spy)
    code, _, stderr = invoke(["gap", "--as-of", "1700"])
    assert code == 2
    assert "1800" in stderr
    assert handed == [int]


@pytest.mark.parametrize(
    "args",
    [
        ["gap"],
        ["gap", "--format", "json", "-m", "2027", "-i", "1.1", "--as-of", "2024"],
        ["validate"],
    ],
)
def test_no_pydantic_on_the_common_path(args: list[str]) -> None:
    """A real run of the console entry point never imports pydantic (about 50 ms)."""
    code = (
        "import sys\n"
        f"sys.argv = ['hkit', *{args!r}]\n"
        "from hkit.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith('pydantic'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stderr.splitlines()[-1] == "[]"


def test_light_coercer_delegates_what_it_does_not_know() -> None:
    """If a newer Typer asks the coercer for something else, Typer's own coercer answers it:
    a change in Typer costs speed, never correctness."""
    from typer.main import get_command

    from hkit.cli import app as hkit_app
    from hkit.cli_light import _LightParam

    group = get_command(hkit_app)
    ctx = group.make_context("hkit", ["gap"], resilient_parsing=True)
    command = group.get_command(ctx, "gap")  # type: ignore[attr-defined]
    assert command is not None
    light = [
        p._runtime_param
        for p in command.get_params(ctx)
        if isinstance(getattr(p, "_runtime_param", None), _LightParam)
    ]
    assert light
    typer_own = light[0]._typer()
    for name in dir(typer_own):
        if not name.startswith("__"):
            assert hasattr(light[0], name), name
