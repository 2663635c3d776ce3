"""Docs that cannot drift: the README's commands are the ones CI runs, every command has help,
the examples in the README and docs/ are real output, and the README stays a few screens long."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import ROOT, TERMINAL_ENV

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
# The README and the docs pages, by name: where the examples live.
PAGES = {
    path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
}


def shell_blocks(text: str) -> list[str]:
    """The contents of the ```sh blocks of a Markdown text."""
    return re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)


def test_readme_test_command_is_what_ci_runs() -> None:
    """The README's test command appears verbatim in .ci/run."""
    blocks = shell_blocks(README)
    test_command = next(b.strip() for b in blocks if "pytest" in b)
    assert test_command in CI


def test_readme_install_command_is_what_ci_runs() -> None:
    """CI installs the project exactly as the README tells a newcomer to."""
    install = next(b for b in shell_blocks(README) if "pip install" in b)
    pip_line = next(line for line in install.splitlines() if "pip install" in line)
    assert pip_line.strip() in CI


@pytest.mark.parametrize("command", ["gap", "validate"])
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    """Each command explains itself under --help."""
    result = runner.invoke(app, [command, "--help"], env=TERMINAL_ENV)
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3


def test_readme_documents_every_command(runner: CliRunner) -> None:
    """Every command listed by `hkit --help` is named in the README."""
    result = runner.invoke(app, ["--help"], env=TERMINAL_ENV)
    listing = result.stdout.split("Commands:\n", 1)[1]
    commands = re.findall(r"^  (\w+)  ", listing, flags=re.MULTILINE)
    assert commands, result.stdout
    for command in commands:
        assert f"hkit {command}" in README


@pytest.mark.parametrize("name", ["gap-example", "gap-narrow"])
def test_examples_are_real_output(name: str) -> None:
    """The example tables (80 and 50 columns) are what hkit prints today, wherever they are."""
    from tests.update_readme import example_output

    pattern = rf"<!-- {name}:start -->\n```text\n(.*?)```\n<!-- {name}:end -->"
    found = {page: re.findall(pattern, text, flags=re.DOTALL) for page, text in PAGES.items()}
    shown = [example for examples in found.values() for example in examples]
    assert shown, f"no page holds the {name} markers"
    assert set(shown) == {example_output(name)}, "run: python scripts/regenerate"


def test_readme_is_a_few_screens_long() -> None:
    """The README answers, installs, starts and links; the rest is in docs/ (issue 21)."""
    assert len(README.splitlines()) <= 200
    for page in PAGES:
        if page != "README.md":
            assert f"]({page})" in README, f"the README does not link {page}"


def test_example_targets_file_is_valid(runner: CliRunner, tmp_path: Path) -> None:
    """docs/targets-file.md's example targets file passes `hkit validate` with no warning."""
    page = PAGES["docs/targets-file.md"]
    example = next(
        b for b in re.findall(r"```yaml\n(.*?)```", page, re.DOTALL) if "schema_version" in b
    )
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    # Two figures: the example shows a judged status, not only "Not available".
    gap = runner.invoke(app, ["gap", str(path), "-f", "json"])
    assert [row["status"] for row in json.loads(gap.stdout)["rows"]] == ["moderate_progress"]


def test_no_merge_conflict_markers_are_left() -> None:
    """A merge once left `<<<<<<< HEAD` in this README for a day: no tracked text file may
    hold a conflict marker at the start of a line."""
    marker = re.compile(r"^(<{7} |={7}$|>{7} )", flags=re.MULTILINE)
    suffixes = {".md", ".py", ".toml", ".yaml", ".yml", ".json", ".txt", ".j2", ".cfg"}
    # The project's own folders only: environments (.venv, .venv-ci) hold other people's text.
    paths = [p for p in ROOT.iterdir() if p.is_file()]
    for folder in ("hkit", "tests", "docs", "scripts", "requirements", ".ci"):
        paths += (ROOT / folder).rglob("*")
    found = []
    for path in sorted(paths):
        if path.suffix not in suffixes and path.parent.name not in {"scripts", ".ci"}:
            continue
        if path.is_file() and marker.search(path.read_text(encoding="utf-8", errors="replace")):
            found.append(str(path.relative_to(ROOT)))
    assert found == []
