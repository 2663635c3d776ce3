"""Every file hkit writes: atomic, never over an input, never HTML onto a terminal.

Through real processes where the class is about processes: a file-size limit (``ulimit -f``),
symlinks and hard links, a pseudo-terminal.
"""

from __future__ import annotations

import errno
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import SHIPPED
from tests.test_figures import TARGETS
from tests.test_opensdg import CONFIG, write_repo

GOOD = "<html>the good page</html>\n"


# coverage.py measures the processes hkit's tests start (pyproject.toml, patch = subprocess)
# and writes its data file at exit: under a file-size limit that write fails and prints its own
# error. A process run under a limit is left unmeasured, so that stderr is hkit's alone.
_MEASURED = ("COVERAGE_PROCESS_CONFIG", "COVERAGE_PROCESS_START")


def hkit(*args: str, cwd: Path, shell_prefix: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m hkit ARGS`` in a real process (under ``sh -c`` with ``shell_prefix``)."""
    command = [sys.executable, "-m", "hkit", *args]
    env = None
    if shell_prefix:
        quoted = " ".join(f"'{part}'" for part in command)
        command = ["sh", "-c", f"{shell_prefix}; exec {quoted}"]
        env = {key: value for key, value in os.environ.items() if key not in _MEASURED}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Files in ``folder`` other than ``keep``: a temporary file left behind shows here."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.fixture
def targets(tmp_path: Path) -> Path:
    path = tmp_path / "t.yaml"
    path.write_bytes(SHIPPED.read_bytes())
    return path


def test_a_file_size_limit_leaves_the_old_page_and_no_temporary_file(
    tmp_path: Path, targets: Path
) -> None:
    page = tmp_path / "g.html"
    page.write_text(GOOD, encoding="utf-8")
    done = hkit("report", "t.yaml", "-o", "g.html", cwd=tmp_path, shell_prefix="ulimit -f 16")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1
    assert "cannot write g.html" in done.stderr
    assert page.read_text(encoding="utf-8") == GOOD
    assert leftovers(tmp_path, {"t.yaml", "g.html"}) == []


def test_an_error_half_way_leaves_the_old_file(
    runner: CliRunner, tmp_path: Path, targets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk found when the data reach the disk (fsync): the old file stays."""
    page = tmp_path / "g.html"
    page.write_text(GOOD, encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = runner.invoke(app, ["report", "t.yaml", "-o", "g.html"])
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert page.read_text(encoding="utf-8") == GOOD
    assert leftovers(tmp_path, {"t.yaml", "g.html"}) == []


def test_a_good_write_replaces_the_file_keeps_its_mode_and_a_symlink(
    tmp_path: Path, targets: Path
) -> None:
    page = tmp_path / "g.html"
    page.write_text(GOOD, encoding="utf-8")
    page.chmod(0o640)
    (tmp_path / "link.html").symlink_to("g.html")
    done = hkit("report", "t.yaml", "-o", "link.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (page.stat().st_mode & 0o777, (tmp_path / "link.html").is_symlink()) == (0o640, True)
    assert leftovers(tmp_path, {"t.yaml", "g.html", "link.html"}) == []


def test_a_device_is_written_to_not_replaced(tmp_path: Path, targets: Path) -> None:
    done = hkit("report", "t.yaml", "-o", os.devnull, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert Path(os.devnull).is_char_device()


@pytest.mark.parametrize("how", ["same", "symlink", "hard link", "dot path"])
def test_report_never_writes_over_its_targets_file(tmp_path: Path, targets: Path, how: str) -> None:
    before = targets.read_bytes()
    out = {"same": "t.yaml", "symlink": "l.html", "hard link": "h.html", "dot path": "./t.yaml"}
    if how == "symlink":
        (tmp_path / "l.html").symlink_to("t.yaml")
    if how == "hard link":
        os.link(targets, tmp_path / "h.html")
    done = hkit("report", "t.yaml", "-o", out[how], cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"hkit: error: will not write {out[how]}: it is a file this command reads "
        "(name another output file)\n"
    )
    assert targets.read_bytes() == before


def test_report_never_writes_over_the_observations_file(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(TARGETS, encoding="utf-8")
    figures = tmp_path / "figures.csv"
    figures.write_text("indicator,year,value,source\nA,2022,12,stats\n", encoding="utf-8")
    before = figures.read_bytes()
    assert hkit("gap", "t.yaml", cwd=tmp_path).returncode == 0
    done = hkit("report", "t.yaml", "-o", "figures.csv", cwd=tmp_path)
    assert (done.returncode, figures.read_bytes()) == (2, before), done.stderr
    assert "it is a file this command reads" in done.stderr


def repository(root: Path) -> Path:
    return write_repo(
        root,
        {
            "config_data.yml": CONFIG,
            "data/indicator_1-1-1.csv": "Year,Value\n2015,10\n2020,8\n",
            "meta/1-1-1.yml": "auto_progress_calculation: true\n",
        },
    )


@pytest.mark.parametrize(
    "out", ["repo/data/indicator_1-1-1.csv", "repo/meta/1-1-1.yml", "link.csv", "repo/README"]
)
def test_import_never_writes_over_a_file_of_the_repository(tmp_path: Path, out: str) -> None:
    root = repository(tmp_path / "repo")
    (root / "README").write_text("not read, but the repository's\n", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(root / "data" / "indicator_1-1-1.csv")
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    done = hkit("import", "repo", "-o", out, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr.startswith(f"hkit: error: will not write {out}: it is a file")
    assert done.stderr.count("\n") == 1
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_import_may_write_a_new_file_and_report_may_write_beside_its_input(
    tmp_path: Path, targets: Path
) -> None:
    repository(tmp_path / "repo")
    done = hkit("import", "repo", "-o", "targets.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert hkit("validate", "targets.yaml", cwd=tmp_path).returncode == 0


def test_report_refuses_a_terminal_like_gzip(tmp_path: Path, targets: Path) -> None:
    """On a real pseudo-terminal: one line saying to use -o, exit 2, no HTML."""
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "hkit", "report", "t.yaml"],
            cwd=tmp_path,
            stdout=terminal,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
        os.set_blocking(controller, False)
        try:
            shown = os.read(controller, 65536)
        except BlockingIOError:
            shown = b""
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == 2
    assert shown == b""
    assert done.stderr.count("\n") == 1
    assert "-o FILE" in done.stderr
    assert done.stderr.startswith("hkit: error: will not write an HTML page to a terminal")


def test_report_to_a_pipe_or_a_file_is_as_before(tmp_path: Path, targets: Path) -> None:
    done = hkit("report", "t.yaml", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("<!DOCTYPE html>")


def test_a_missing_folder_or_a_directory_is_one_line(tmp_path: Path, targets: Path) -> None:
    for out, words in (("nowhere/g.html", "No such file"), (".", "it is a directory")):
        done = hkit("report", "t.yaml", "-o", out, cwd=tmp_path)
        assert (done.returncode, done.stderr.count("\n")) == (2, 1), done.stderr
        assert words in done.stderr
