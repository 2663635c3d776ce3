"""Real processes: closed streams, broken pipes, encodings, file names, the environment, a pty.

Slow-ish (each case starts Python), so there are a few dozen of them; the breadth of text
and formats is covered in process by ``test_hostile.py``.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CASES
from tests.hostile import PAYLOADS, plan_with, unsafe_in, write_plan

# Real processes, pipes and terminals: left out of the fast loop (pytest -m "not slow").
pytestmark = pytest.mark.slow

PROGRESS = str(CASES / "progress.yaml")
HKIT = [sys.executable, "-m", "hkit"]
CLOSED_STDOUT = "hkit: error: cannot write the output: standard output is closed\n"


# CI runs the suite a second time under libfaketime (LD_PRELOAD), which opens a shared-memory
# file in every process: with fd 1 or 0 closed by the shell, that file takes the closed number
# and the child is no longer a process with a closed stream. These tests are about streams, not
# dates ($HKIT_TODAY is pinned), so their children run without the clock shim.
_NOT_INHERITED = ("HKIT_TARGETS", "PYTHONUNBUFFERED", "LD_PRELOAD", "FAKETIME", "FAKETIME_SHARED")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    env.update({"NO_COLOR": "1", "TERM": "dumb"})
    env.pop("COLUMNS", None)
    env.update(extra)
    return env


def _shell(script: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``script`` in sh with ``$HKIT`` standing for the hkit command."""
    return subprocess.run(
        ["sh", "-c", script.replace("$HKIT", " ".join(HKIT))],
        capture_output=True,
        env=_env(**extra),
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize(
    "args",
    [f"gap {PROGRESS}", f"gap {PROGRESS} -f json", f"show A {PROGRESS}", "--version", "--help"],
)
def test_closed_stdout_is_one_line_and_exit_two(args: str) -> None:
    """``>&-``: not a traceback and exit 1 (CI's "off track"), but one line and exit 2."""
    done = _shell(f"$HKIT {args} >&-")
    assert done.returncode == 2
    assert done.stderr.decode() == CLOSED_STDOUT


def test_closed_stdin_is_an_input_error() -> None:
    done = _shell("$HKIT gap - <&-")
    assert done.returncode == 2
    assert done.stderr.decode() == "<stdin>: error: standard input is closed\n"


@pytest.mark.parametrize(("args", "code"), [("gap -i 9.9", 2), ("gap", 0), ("validate", 0)])
def test_closed_stderr_keeps_the_exit_code(args: str, code: int) -> None:
    done = _shell(f"$HKIT {args} 2>&-")
    assert done.returncode == code
    assert (done.stdout != b"") == (code == 0)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough indicators that every format fills a pipe's buffer many times over."""
    indicators = [
        {
            "id": f"i{n}",
            "name": f"Indicator é {n}",
            "unit": "%",
            "direction": "increase",
            "observations": [
                {"year": 2020, "value": 1 + n, "source": "s"},
                {"year": 2024, "value": 2 + n, "source": "s"},
            ],
            "targets": {"2027": 5 + n},
        }
        for n in range(400)
    ]
    plan = {
        "schema_version": 1,
        "title": "Big",
        "milestones": {"2027": {"data_year": 2025}},
        "sources": {"s": {"title": "S", "grade": "official"}},
        "indicators": indicators,
    }
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


@pytest.mark.parametrize("output", ["json", "csv", "markdown", "table"])
def test_broken_pipe_is_quiet(output: str, big_file: Path) -> None:
    """``| head -c 10``: the reader leaves; hkit ends quietly, 0 or by SIGPIPE, never 1."""
    process = subprocess.Popen(
        [*HKIT, "gap", str(big_file), "-f", output],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert len(process.stdout.read(10)) == 10
    process.stdout.close()
    stderr = process.stderr.read()
    code = process.wait(timeout=60)
    assert code in (0, -signal.SIGPIPE)
    assert stderr == b""


def test_broken_pipe_through_a_shell_pipeline(big_file: Path) -> None:
    done = _shell(f'$HKIT gap {big_file} -f json | head -c 10; echo " $?"')
    assert done.stdout.decode().startswith("{")
    assert done.stderr == b""


TEXT = "Café 港 ☃ 🚀"


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "PYTHONUTF8": "0"},
        {"PYTHONIOENCODING": "latin-1"},
    ],
)
def test_json_stays_valid_whatever_the_encoding(env: dict[str, str], tmp_path: Path) -> None:
    """Text the stream cannot carry is written as \\u escapes: JSON stays valid and exact."""
    path = write_plan(tmp_path, TEXT)
    done = subprocess.run(
        [*HKIT, "gap", str(path), "-f", "json"], capture_output=True, env=_env(**env), check=False
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("latin-1"))
    assert document["title"] == TEXT
    table = subprocess.run([*HKIT, "gap", str(path)], capture_output=True, env=_env(**env))
    assert table.returncode == 0
    assert table.stderr == b""


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """The name's bytes round-trip through JSON (\\udcff) and show as \\xff to people."""
    name = os.fsdecode(b"t\xff.yaml")
    (tmp_path / name).write_bytes(Path(PROGRESS).read_bytes())
    run = {"capture_output": True, "env": _env(), "cwd": tmp_path, "check": False}
    as_json = subprocess.run([*HKIT, "gap", name, "-f", "json"], **run)  # type: ignore[call-overload]
    assert as_json.returncode == 0, as_json.stderr
    assert os.fsencode(json.loads(as_json.stdout)["file"]) == b"t\xff.yaml"
    checked = subprocess.run([*HKIT, "validate", name], **run)  # type: ignore[call-overload]
    assert checked.stdout.decode().startswith("t\\xff.yaml: valid")
    wrong = subprocess.run([*HKIT, "gap", name, "-i", "nope"], **run)  # type: ignore[call-overload]
    assert wrong.returncode == 2
    assert "t\\xff.yaml" in wrong.stderr.decode()


def test_columns_that_are_not_positive_count_as_unset() -> None:
    """COLUMNS=0 printed nothing; 0, -5 and abc now lay out as if COLUMNS were unset."""
    unset = _shell(f"$HKIT gap {PROGRESS}")
    for value in ("0", "-5", "abc"):
        done = _shell(f"$HKIT gap {PROGRESS}", COLUMNS=value)
        assert done.returncode == 0
        assert done.stdout == unset.stdout
    helped = _shell("$HKIT gap --help", COLUMNS="0")
    assert helped.returncode == 0
    assert b"--format" in helped.stdout


def test_deleted_working_folder(tmp_path: Path) -> None:
    """No ./targets.yaml can be in a deleted folder: hkit goes on to the Blueprint file."""
    gone = tmp_path / "gone"
    gone.mkdir()
    done = _shell(f"cd {gone} && rmdir {gone} && $HKIT gap -f json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"]


def test_a_device_is_not_a_targets_file() -> None:
    """HKIT_TARGETS=/dev/zero read 256 MiB, then blamed the size: now says what it is."""
    done = _shell("$HKIT gap", HKIT_TARGETS="/dev/zero")
    assert done.returncode == 2
    assert "/dev/zero: error: is a character device, not a regular file" in done.stderr.decode()
    piped = _shell("$HKIT gap - < /dev/zero")
    assert piped.returncode == 2
    assert "not a regular file" in piped.stderr.decode()


def _on_a_pty(args: list[str]) -> bytes:
    """Everything hkit writes to a real terminal (a pty), colour on."""
    leader, follower = pty.openpty()
    env = _env(COLUMNS="100", TERM="xterm-256color")
    env.pop("NO_COLOR")
    process = subprocess.Popen(
        [*HKIT, *args], stdin=follower, stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 0
    return b"".join(chunks)


def test_on_a_real_terminal_only_hkits_colour_codes(tmp_path: Path) -> None:
    """On a pty (colour on), the table and show carry SGR codes and nothing else."""
    # (no NUL: the id goes on the command line)
    hostile = ("osc52_clipboard", "c1_csi", "device_query", "bidi", "delete", "rich_link")
    path = write_plan(tmp_path, "".join(PAYLOADS[name] for name in hostile))
    ident = json.loads(path.read_text(encoding="utf-8"))["indicators"][0]["id"]
    views = (
        ["gap", str(path)],
        ["gap", "--method", "all", str(path)],
        ["show", "--", ident, str(path)],
        ["validate", str(path)],  # warnings naming source keys, on the same terminal
    )
    for args in views:
        output = _on_a_pty(args).decode("utf-8").replace("\r\n", "\n")
        if args[0] != "validate":
            assert re.search("\x1b\\[[0-9;]*m", output), "colour on a terminal"
        assert unsafe_in(output, colour=True) == []


def test_completion_never_offers_a_name_with_a_control_character(tmp_path: Path) -> None:
    """The shell prints completion candidates raw: a hostile id is left out, a clean one kept."""
    plan = plan_with(PAYLOADS["osc0_title"])
    plan["indicators"].append({**plan["indicators"][1], "id": "clean"})
    path = tmp_path / "t.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    words = f"hkit gap {path} -i "
    env = _env(_HKIT_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD="4")
    done = subprocess.run(
        [sys.executable, "-c", "import hkit.cli; hkit.cli.app(prog_name='hkit')"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().split() == ["clean"]
