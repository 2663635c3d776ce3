"""Hostile open-sdg repositories: every one a located problem, exit 2 from ``validate``, never
exit 70, never a hang, never a line of a file outside the repository in a message.

Each case runs ``hkit`` in a real process with a timeout (FIFOs, symlinks, sparse files).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_hkit
from tests.test_opensdg import CONFIG, write_repo

# Many real processes (about 40 s on two cores): left out of the fast loop.
pytestmark = pytest.mark.slow

SECRET = "root:x:0:0:secret-line"
META = "auto_progress_calculation: true\n"
TWO = (
    "auto_progress_calculation: true\nprogress_calculation_options:\n"
    "  - {series: A}\n  - {series: B}\n"
)
BOMB = "".join(
    f"  - &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" if n else "  - &l0 [lol]\n" for n in range(10)
)


def repo(tmp_path: Path, files: dict[str, str]) -> Path:
    root = write_repo(tmp_path / "repo", {"config_data.yml": CONFIG, **files})
    (tmp_path / "outside.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return root


def located(stderr: str, file: str, words: str) -> None:
    """``stderr`` holds ``FILE[:LINE[:COL]]: error: ...WORDS...`` (a line where the problem has
    one) and no line of the secret."""
    pattern = re.escape(file) + r"(:\d+(:\d+)?)?: error: .*" + re.escape(words)
    assert re.search(pattern, stderr), stderr
    assert "secret-line" not in stderr


def checked(root: Path, *extra: str, gap_exit: int = 2) -> subprocess.CompletedProcess[str]:
    """``validate`` must exit 2, and ``gap`` ``gap_exit``: 2 when a file cannot be read (the
    run stops), 0 when a calculation cannot use its data (that row is not available)."""
    gap = run_hkit("gap", "repo", "-f", "json", *extra, cwd=root.parent)
    assert gap.returncode == gap_exit, gap.stderr
    if gap_exit == 2:
        assert re.match(r"repo/\S+(:\d+(:\d+)?)?: error: ", gap.stderr), gap.stderr
        assert gap.stdout == ""
    else:
        assert json.loads(gap.stdout)["rows"]
    assert "Traceback" not in gap.stderr
    assert "secret-line" not in gap.stdout + gap.stderr
    done = run_hkit("validate", "repo", *extra, cwd=root.parent)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_latin1_bytes_in_front_matter_are_located(tmp_path: Path) -> None:
    config = CONFIG.replace(
        "InputYamlMeta\n    path_pattern: meta/*-*.yml",
        "InputYamlMdMeta\n    path_pattern: meta/*-*.md",
    )
    root = repo(
        tmp_path, {"config_data.yml": config, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    (root / "meta").mkdir()
    (root / "meta" / "1-1-1.md").write_bytes(
        b"---\nauto_progress_calculation: true\nname: caf\xe9\n---\n"
    )
    done = checked(root)
    located(done.stderr, "repo/meta/1-1-1.md", "is not UTF-8 text")
    assert "repo/meta/1-1-1.md:3:10:" in done.stderr
    imported = run_hkit("import", "repo", cwd=tmp_path)  # nothing silently dropped
    assert (imported.returncode, imported.stdout) == (2, "")


def test_latin1_bytes_in_config_stop_the_run(tmp_path: Path) -> None:
    root = repo(tmp_path, {"meta/1-1-1.yml": META})
    (root / "config_data.yml").write_bytes(CONFIG.encode() + b"# caf\xe9\n")
    for command in ("gap", "validate", "show"):
        done = run_hkit(command, *(["1-1-1"] if command == "show" else []), "repo", cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        located(done.stderr, "repo/config_data.yml", "is not UTF-8 text")


@pytest.mark.parametrize("year", ["inf", "-inf", "nan", "abc", "1e40", "1500", "2201"])
def test_a_bad_year_is_located_for_every_calculation(tmp_path: Path, year: str) -> None:
    root = repo(
        tmp_path,
        {
            "data/indicator_1-1-1.csv": f"Year,Series,Value\n2015,A,1\n{year},B,2\n",
            "meta/1-1-1.yml": TWO,
        },
    )
    done = checked(root, gap_exit=0)
    located(done.stderr, "repo/data/indicator_1-1-1.csv", "year '")
    assert done.stderr.count("indicator_1-1-1.csv:3: error:") == 2  # both calculations
    diff = run_hkit("diff", "repo", "repo", cwd=tmp_path)
    assert diff.returncode == 0, diff.stderr


def test_no_year_column_under_two_calculations(tmp_path: Path) -> None:
    root = repo(
        tmp_path, {"data/indicator_1-1-1.csv": "Series,Value\nA,1\nB,2\n", "meta/1-1-1.yml": TWO}
    )
    done = checked(root, gap_exit=0)
    assert done.stderr.count("the data has no Year column") == 2


@pytest.mark.parametrize("pattern", ["/etc/*", "../*.txt", "data/../../*.txt", "~/x/*.csv"])
def test_a_pattern_leaving_the_repository_is_refused(tmp_path: Path, pattern: str) -> None:
    config = f"inputs:\n  - class: InputCsvData\n    path_pattern: '{pattern}'\n"
    root = repo(tmp_path, {"config_data.yml": config})
    for command in ("gap", "validate"):
        done = run_hkit(command, "repo", cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        located(done.stderr, "repo/config_data.yml", "path_pattern leads outside the repository")
        assert "repo/config_data.yml:3:19:" in done.stderr
        assert "--allow-outside" in done.stderr
    assert root.is_dir()


def test_alias_bombs_are_refused_in_front_matter_and_config(tmp_path: Path) -> None:
    meta = "auto_progress_calculation: true\nbomb:\n" + BOMB + "progress_calculation_options: *l9\n"
    root = repo(
        tmp_path, {"meta/1-1-1.yml": meta, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    done = checked(root)
    located(done.stderr, "repo/meta/1-1-1.yml", "an alias bomb?")
    (root / "config_data.yml").write_text(CONFIG + "bomb:\n" + BOMB, encoding="utf-8")
    done = run_hkit("gap", "repo", cwd=tmp_path)
    assert done.returncode == 2
    located(done.stderr, "repo/config_data.yml", "an alias bomb?")


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    meta = "auto_progress_calculation: true\nprogress_calculation_options: &a [*a]\n"
    root = repo(tmp_path, {"meta/1-1-1.yml": meta})
    located(checked(root).stderr, "repo/meta/1-1-1.yml", "recursive alias")


@pytest.mark.parametrize("name", ["meta/1-1-1.yml", "data/indicator_1-1-1.csv", "config_data.yml"])
def test_a_sparse_gibibyte_is_refused_before_it_is_read(tmp_path: Path, name: str) -> None:
    root = repo(
        tmp_path, {"meta/1-1-1.yml": META, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    with (root / name).open("r+b") as handle:
        handle.truncate(2**30)
    done = run_hkit("validate", "repo", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    located(done.stderr, f"repo/{name}", "is larger than")


@pytest.mark.parametrize("name", ["meta/1-1-1.yml", "data/indicator_1-1-1.csv", "config_data.yml"])
def test_a_fifo_with_no_writer_is_refused_without_waiting(tmp_path: Path, name: str) -> None:
    root = repo(
        tmp_path, {"meta/1-1-1.yml": META, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    (root / name).unlink()
    os.mkfifo(root / name)
    if name == "config_data.yml":
        done = run_hkit("validate", "repo", cwd=tmp_path)
    else:
        done = checked(root)
    assert done.returncode == 2
    located(done.stderr, f"repo/{name}", "is a FIFO (named pipe), not a regular file")


def test_a_device_is_refused(tmp_path: Path) -> None:
    root = repo(tmp_path, {"data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"})
    (root / "meta").mkdir(exist_ok=True)
    (root / "meta" / "1-1-1.yml").symlink_to("/dev/zero")
    done = (
        checked(root, "--allow-outside")
        if False
        else run_hkit("--allow-outside", "validate", "repo", cwd=tmp_path)
    )
    assert done.returncode == 2
    assert "repo/meta/1-1-1.yml: error: is a character device, not a regular file" in done.stderr


@pytest.mark.parametrize("name", ["meta/1-1-1.yml", "data/indicator_1-1-1.csv", "config_data.yml"])
def test_a_symlink_leaving_the_repository_is_not_read(tmp_path: Path, name: str) -> None:
    root = repo(
        tmp_path, {"meta/1-1-1.yml": META, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    (root / name).unlink()
    (root / name).symlink_to(tmp_path / "outside.txt")
    done = run_hkit("validate", "repo", cwd=tmp_path)
    assert done.returncode == 2
    assert "secret-line" not in done.stdout + done.stderr
    located(done.stderr, f"repo/{name}", "is a symbolic link to a file outside the repository")
    allowed = run_hkit("validate", "repo", cwd=tmp_path, env={"HKIT_ALLOW_OUTSIDE": "1"})
    assert "outside the repository" not in allowed.stderr
    assert "secret-line" not in allowed.stdout + allowed.stderr  # read, but never echoed


def test_an_observations_file_outside_the_folder_is_refused(tmp_path: Path) -> None:
    from tests.test_figures import TARGETS

    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "t.yaml").write_text(
        TARGETS.replace("figures.csv", "../figures.csv"), encoding="utf-8"
    )
    (tmp_path / "figures.csv").write_text(
        f"indicator,year,value,source\n{SECRET},2020,1,stats\n", encoding="utf-8"
    )
    done = run_hkit("gap", "plans/t.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "plans/../figures.csv: error: is outside the targets file's folder: not read "
        "(to read it anyway: hkit --allow-outside COMMAND ..., or HKIT_ALLOW_OUTSIDE=1)\n"
    )
    allowed = run_hkit("--allow-outside", "gap", "plans/t.yaml", cwd=tmp_path)
    assert allowed.returncode == 2  # read now, as asked: its unknown indicator is reported
    assert "plans/../figures.csv:2:1: error:" in allowed.stderr


@pytest.mark.parametrize("target", ["/dev/stdin", "fifo.csv"])
def test_an_observations_file_that_would_block_is_refused(tmp_path: Path, target: str) -> None:
    from tests.test_figures import TARGETS

    os.mkfifo(tmp_path / "fifo.csv")
    (tmp_path / "t.yaml").write_text(TARGETS.replace("figures.csv", target), encoding="utf-8")
    done = run_hkit("--allow-outside", "gap", "t.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "not a regular file" in done.stderr


@pytest.mark.parametrize("how", ["fifo", "outside", "bomb", "latin1", "source"])
def test_a_translation_file_is_guarded_too(tmp_path: Path, how: str) -> None:
    """Translation files go through the same guards: skipped, with a located problem."""
    config = CONFIG + "languages: [en]\n"
    if how == "source":
        config += "translations:\n  - class: TranslationInputYaml\n    source: ..\n"
    root = repo(
        tmp_path,
        {
            "config_data.yml": config,
            "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n2020,2\n",
            "meta/1-1-1.yml": META,
        },
    )
    words = root / "translations" / "en" / "data.yml"
    words.parent.mkdir(parents=True)
    if how == "fifo":
        os.mkfifo(words)
    elif how == "outside":
        words.symlink_to(tmp_path / "outside.txt")
    elif how == "bomb":
        words.write_text("bomb:\n" + BOMB, encoding="utf-8")
    elif how == "latin1":
        words.write_bytes(b"a: caf\xe9\n")
    else:
        (tmp_path / "en").mkdir()
        (tmp_path / "en" / "data.yml").symlink_to(tmp_path / "outside.txt")
    done = checked(root)
    assert re.search(r"(data\.yml|outside\.txt)(:\d+(:\d+)?)?: error: ", done.stderr), done.stderr
    assert "secret-line" not in done.stderr


def test_a_number_of_thousands_of_digits_is_located(tmp_path: Path) -> None:
    """As in a targets file: refused at its line and column, before Python converts it."""
    options = f"progress_calculation_options:\n  - target: {'9' * 5000}\n"
    meta = "auto_progress_calculation: true\n" + options
    root = repo(
        tmp_path, {"meta/1-1-1.yml": meta, "data/indicator_1-1-1.csv": "Year,Value\n2015,1\n"}
    )
    done = checked(root)
    assert "repo/meta/1-1-1.yml:3:13: error: a 5000-digit number is too large" in done.stderr
