"""The reusable GitHub Action (action.yml): its steps' commands, run as the runner would.

The runner's part is simulated: ``${{ inputs.* }}`` become the step's environment, and
GITHUB_ACTION_PATH (this checkout), RUNNER_TEMP, GITHUB_PATH and GITHUB_STEP_SUMMARY are set;
the ``actions/setup-python`` step is the runner's, so the Python running the suite stands in
for it. Tests never use the network, so the install step runs with a stand-in ``python`` whose
``venv`` and ``pip`` record what they are asked to do (the same two pip commands from the lock
install hkit for real in CI's first step, as the README says); the venv's ``hkit`` is the one
under test, so the steps after it run hkit for real.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import CASES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def _steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = ACTION["runs"]["steps"]
    return steps


def _inputs(given: dict[str, str]) -> dict[str, str]:
    defaults = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    return {**defaults, **given}


def _env_of(step: dict[str, Any], inputs: dict[str, str]) -> dict[str, str]:
    """The step's ``env``, with ``${{ inputs.NAME }}`` replaced as the runner does."""
    env: dict[str, str] = {}
    for key, value in (step.get("env") or {}).items():
        for name, given in inputs.items():
            value = value.replace("${{ inputs." + name + " }}", given)
        env[key] = value
    return env


class Runner:
    """The runner's files and environment for one job."""

    def __init__(self, tmp: Path) -> None:
        self.summary = tmp / "summary.md"
        self.path_file = tmp / "github_path"
        self.summary.touch()
        self.path_file.touch()
        self.env = {
            **os.environ,
            "GITHUB_ACTION_PATH": str(ROOT),
            "RUNNER_TEMP": str(tmp),
            "GITHUB_PATH": str(self.path_file),
            "GITHUB_STEP_SUMMARY": str(self.summary),
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        }
        self.env.pop("PYTHONPATH", None)  # the installed hkit, not a checkout on the path

    def run(self, step: dict[str, Any], inputs: dict[str, str]) -> subprocess.CompletedProcess[str]:
        """Run one step's script with bash, after the paths earlier steps added."""
        added = [p for p in self.path_file.read_text().splitlines() if p]
        env = {**self.env, **_env_of(step, inputs)}
        env["PATH"] = os.pathsep.join([*reversed(added), env["PATH"]])
        return subprocess.run(
            ["bash", "-eo", "pipefail", "-c", step["run"]],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


# The stand-in for the runner's Python in the install step: `python -m venv DIR` makes DIR/bin
# with a `python` that records its arguments (pip) and an `hkit` that is the one under test;
# anything else goes to the real interpreter.
STAND_IN = """#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
    mkdir -p "$3/bin"
    printf '#!/bin/sh\\necho "$*" >> "%s"\\n' "$PIP_LOG" > "$3/bin/python"
    printf '#!/bin/sh\\nexec "%s" -m hkit "$@"\\n' "$REAL_PYTHON" > "$3/bin/hkit"
    chmod +x "$3/bin/python" "$3/bin/hkit"
    exit 0
fi
exec "$REAL_PYTHON" "$@"
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    """A runner whose job ran the Action's install step (once for this module)."""
    tmp = tmp_path_factory.mktemp("runner")
    runner = Runner(tmp)
    stand_in = tmp / "runner-python"
    stand_in.mkdir()
    (stand_in / "python").write_text(STAND_IN, encoding="utf-8")
    (stand_in / "python").chmod(0o755)
    runner.env["PATH"] = f"{stand_in}{os.pathsep}{runner.env['PATH']}"
    runner.env["PIP_LOG"] = str(tmp / "pip.log")
    runner.env["REAL_PYTHON"] = sys.executable
    install = next(s for s in _steps() if s.get("name", "").startswith("Install"))
    done = runner.run(install, _inputs({}))
    assert done.returncode == 0, done.stderr
    return runner


def test_the_install_step_installs_hkit_from_the_lock(installed: Runner) -> None:
    """The lock first (hashed pins), then hkit itself from the action's checkout, no deps."""
    calls = Path(installed.env["PIP_LOG"]).read_text(encoding="utf-8").splitlines()
    lock = ROOT / "requirements" / "lock.txt"
    assert calls == [
        f"-m pip install --quiet -r {lock}",
        f"-m pip install --quiet --no-deps --no-build-isolation {ROOT}",
    ]
    assert lock.is_file()
    assert "--hash=sha256:" in lock.read_text(encoding="utf-8")


def test_the_action_is_composite_and_sets_up_python_first() -> None:
    """A composite action: setup-python, install from its own checkout, summary, command."""
    assert ACTION["runs"]["using"] == "composite"
    steps = _steps()
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert all(s.get("shell") == "bash" for s in steps[1:])
    assert "$GITHUB_ACTION_PATH" in steps[1]["run"]
    # Inputs reach the scripts only through the environment, never as script text.
    assert all("${{" not in s["run"] for s in steps[1:])


def _job(runner: Runner, **given: str) -> subprocess.CompletedProcess[str]:
    """The steps after the install, in order, as a job would run them; the last one's result."""
    inputs = _inputs(given)
    runner.summary.write_text("")
    done = None
    for step in _steps()[2:]:
        done = runner.run(step, inputs)
        if done.returncode != 0:
            break
    assert done is not None
    return done


def test_a_green_gate_writes_the_markdown_summary(installed: Runner) -> None:
    """A plan with no row below the threshold passes; the summary holds the Markdown table."""
    plan = CASES / "progress.yaml"
    done = _job(
        installed,
        command=f"gap {plan} --check --fail-below deterioration",
        summary=f"gap {plan} --format markdown",
    )
    assert done.returncode == 0, done.stderr
    summary = installed.summary.read_text(encoding="utf-8")
    assert summary.startswith("### Test plan — every status")
    assert "| To go |" in summary


def test_a_red_gate_lists_its_failing_rows(installed: Runner) -> None:
    """A missed milestone fails the step (exit 1) and the log names the row."""
    plan = CASES / "plainly.yaml"
    done = _job(installed, command=f"gap {plan} --check", summary="")
    assert done.returncode == 1
    assert "  1-1-3 2025: Missed (missed)\n" in done.stderr
    assert installed.summary.read_text(encoding="utf-8") == ""
