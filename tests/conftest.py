"""Shared fixtures: paths, a CLI runner with a fixed terminal, and small targets files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "targets.yaml"
CASES = Path(__file__).resolve().parent / "cases"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Two cores: keep property tests modest (override with --hypothesis-profile=thorough).
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile("default")

# A fixed terminal so that tables wrap the same way everywhere.
TERMINAL_ENV = {"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}

# "Today" for every test (hkit reads $HKIT_TODAY when --today is not given), so that no result
# depends on the day the suite runs: the shipped file's release calendar would otherwise add
# warnings as its dates pass. Before every shipped next_release; CI also runs the suite with the
# machine's clock moved (.ci/run, faketime) to prove that nothing reads the real date.
PINNED_TODAY = "2026-11-15"


def run_hkit(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m hkit ARGS`` in a real process (in ``cwd``, else the test's folder), with
    the test terminal (``TERMINAL_ENV``), ``env`` added and no ``$HKIT_TARGETS``; text out, and
    a minute to finish."""
    full = {**os.environ, **TERMINAL_ENV, **(env or {})}
    full.pop("HKIT_TARGETS", None)
    return subprocess.run(
        [sys.executable, "-m", "hkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=full,
        check=False,
        timeout=60,
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* from the current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are to be rewritten instead of compared."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def runner() -> CliRunner:
    """A Typer runner; stdout and stderr are kept apart (Click ≥ 8.2)."""
    return CliRunner()


@pytest.fixture(scope="session")
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One $XDG_CACHE_HOME for the whole run, outside every test's own folder."""
    return tmp_path_factory.mktemp("cache-home")


@pytest.fixture(autouse=True)
def _isolated_lookup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, _cache_home: Path) -> None:
    """No test sees the developer's $HKIT_TARGETS, ./targets.yaml or the real date by accident."""
    monkeypatch.delenv("HKIT_TARGETS", raising=False)
    monkeypatch.delenv("HKIT_ALLOW_OUTSIDE", raising=False)
    monkeypatch.setenv("HKIT_TODAY", PINNED_TODAY)
    # The report's templates compiled under another Jinja2 (hkit.render.html.template_cache)
    # never go to the real ~/.cache, nor into the test's folder, which some tests check for
    # leftovers.
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_home))
    monkeypatch.chdir(tmp_path)
    for key, value in TERMINAL_ENV.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def write_targets(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a targets file into the test's own folder and return its path."""

    def write(text: str, name: str = "t.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
