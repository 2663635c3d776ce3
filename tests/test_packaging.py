"""What pyproject.toml promises stays true: the declared minimums are the ones CI tests, the
lock stays inside the declared ranges, no private API of a dependency is used, and the sdist
ships the data file as a real file."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REQUIREMENTS = ROOT / "requirements"
# Packages whose private names hkit must never use (their internals change without notice).
GUARDED = {"typer", "click", "rich", "yaml", "pydantic", "pydantic_core", "jinja2", "markupsafe"}


def version(text: str) -> tuple[int, ...]:
    """A release number as comparable integers, trailing zeros dropped (``"14.3.0"`` and
    ``"14.3"`` → ``(14, 3)``)."""
    parts = [int(part) for part in re.findall(r"\d+", text)]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def declared() -> dict[str, tuple[str | None, str | None]]:
    """Each runtime dependency: its lower bound (``>=``) and upper bound (``<``)."""
    ranges: dict[str, tuple[str | None, str | None]] = {}
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement)
        assert name is not None
        low = re.search(r">=\s*([\w.]+)", requirement)
        high = re.search(r"<\s*([\w.]+)", requirement)
        ranges[name.group().lower()] = (
            low.group(1) if low else None,
            high.group(1) if high else None,
        )
    return ranges


def pins(path: Path) -> dict[str, str]:
    """``name==version`` lines of a requirements or constraints file."""
    found = re.findall(r"^([A-Za-z0-9_.-]+)==([\w.]+)", path.read_text("utf-8"), re.MULTILINE)
    return {name.lower(): pinned for name, pinned in found}


def test_every_runtime_dependency_has_a_tested_minimum() -> None:
    """requirements/minimums.txt pins exactly pyproject.toml's lower bounds."""
    ranges = declared()
    assert all(low is not None for low, _ in ranges.values()), ranges
    minimums = {name: version(pin) for name, pin in pins(REQUIREMENTS / "minimums.txt").items()}
    assert minimums == {name: version(low or "") for name, (low, _) in ranges.items()}


@pytest.mark.parametrize("lock", ["lock.txt", "minimums-lock.txt"])
def test_locks_stay_inside_the_declared_ranges(lock: str) -> None:
    """Each lock pins every runtime dependency, within its range, with hashes."""
    locked = pins(REQUIREMENTS / lock)
    for name, (low, high) in declared().items():
        assert name in locked, f"{name} is missing from {lock}: run scripts/lock"
        assert low is None or version(locked[name]) >= version(low), (name, locked[name])
        assert high is None or version(locked[name]) < version(high), (name, locked[name])
    assert "--hash=sha256:" in (REQUIREMENTS / lock).read_text("utf-8")


def test_minimums_lock_is_at_the_minimums() -> None:
    """The minimums lock really installs the declared minimum of each runtime dependency."""
    locked = pins(REQUIREMENTS / "minimums-lock.txt")
    assert {name: locked[name] for name in declared()} == pins(REQUIREMENTS / "minimums.txt")


def private_uses(source: str) -> list[str]:
    """Private (``_``-prefixed) names of a guarded package that ``source`` imports or uses."""
    tree = ast.parse(source)
    found: list[str] = []
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] in GUARDED:
                    aliases.add(alias.asname or parts[0])
                    found += [alias.name for part in parts if part.startswith("_")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] in GUARDED:
                if any(part.startswith("_") for part in parts):
                    found.append(node.module)
                found += [f"{node.module}.{a.name}" for a in node.names if a.name[0] == "_"]
                aliases.update(a.asname or a.name for a in node.names)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in aliases:
                found.append(f"{base.id}...{node.attr}")
    return found


def _private(name: str) -> bool:
    """``_x`` is private; ``__version__`` (a dunder) is not."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_the_private_name_check_can_fail() -> None:
    """The check below finds each way of reaching a private name."""
    assert private_uses("from typer._coercion import x") == ["typer._coercion"]
    assert private_uses("from typer.core import _TyperParameter") == ["typer.core._TyperParameter"]
    assert private_uses("import typer\ntyper.core._x = 1") == ["typer..._x"]
    assert private_uses("import rich.console\nrich.console.Console") == []
    assert private_uses("import jinja2\njinja2.__version__") == []


@pytest.mark.parametrize(
    "path",
    # Jinja2's own code for the report's templates (hkit/render/html/compiled/tmpl_*) calls
    # Jinja2's internals; hkit uses it only under the release that wrote it.
    [p for p in sorted((ROOT / "hkit").rglob("*.py")) if not p.name.startswith("tmpl_")]
    + sorted((ROOT / "bench").glob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_private_names_of_dependencies(path: Path) -> None:
    """No module imports or touches a private name of typer, click, rich, yaml, pydantic,
    Jinja2 or MarkupSafe."""
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.skipif(
    importlib.util.find_spec("hatchling") is None,
    reason="the build backend is not installed (the lock installs it; CI has it)",
)
def test_sdist_ships_the_data_file_and_licence(tmp_path: Path) -> None:
    """The sdist holds targets.yaml as a real file (no symlink) and the licence."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (archive,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(archive) as sdist:
        members = {Path(m.name).relative_to(Path(m.name).parts[0]): m for m in sdist}
    assert members[Path("targets.yaml")].isfile()
    assert members[Path("LICENSE")].isfile()
    assert not any(member.issym() for member in members.values())
