"""The report's templates compiled to Python (hkit/render/html/compiled/) are current, are
what a run uses under the Jinja2 that compiled them, and give the page that compiling the
templates from their source gives."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from hkit.assess.compute import assess
from hkit.read.load import load_plan, packaged_targets
from hkit.render.html import compiled, document
from hkit.render.html.template_modules import module_texts
from tests.test_template_cache import UNDER_ANOTHER_JINJA2

COMPILED_BY_THIS = jinja2.__version__ == compiled.JINJA2_VERSION
this_jinja2_compiled_them = pytest.mark.skipif(
    not COMPILED_BY_THIS,
    reason=f"compiled by Jinja2 {compiled.JINJA2_VERSION}, not this {jinja2.__version__}: "
    "hkit compiles the templates from their source (test_template_cache.py)",
)


@this_jinja2_compiled_them
def test_the_compiled_templates_are_current() -> None:
    """Each template's module is what this Jinja2 compiles from its source today, and the
    folder holds nothing else (CI's ``scripts/regenerate --check`` says the same)."""
    texts = module_texts()
    for path, text in texts.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run python scripts/regenerate"
        )
    assert sorted(document.COMPILED.glob("*.py")) == sorted(texts)


def test_each_template_has_its_module() -> None:
    """Every template in hkit/render/html/templates has a compiled module (a new template
    needs python scripts/regenerate)."""
    names = document.source_environment().list_templates()
    assert "report.html.j2" in names
    for name in names:
        assert (document.COMPILED / jinja2.ModuleLoader.get_module_filename(name)).is_file(), name


@this_jinja2_compiled_them
def test_a_run_uses_the_compiled_templates_and_writes_no_cache(tmp_path: Path) -> None:
    """No template source is read and nothing goes to the user's cache folder."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = tmp_path / "report.html"
    done = subprocess.run(
        [sys.executable, "-m", "hkit", "report", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (tmp_path / "cache").exists()


@this_jinja2_compiled_them
def test_another_jinja2_writes_the_same_page(tmp_path: Path) -> None:
    """Compiled from the source (another Jinja2 release) or imported compiled: one page."""
    pages: list[bytes] = []
    for script in (UNDER_ANOTHER_JINJA2, "from hkit.__main__ import main; main()"):
        out = tmp_path / f"{len(pages)}.html"
        done = subprocess.run(
            [sys.executable, "-c", script, "report", "-o", str(out)],
            capture_output=True,
            text=True,
            env=dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache")),
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


@this_jinja2_compiled_them
def test_the_loader_follows_the_jinja2_release(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled modules under the release that compiled them, else the source; the same
    page either way."""
    plan = load_plan(str(packaged_targets()))
    report = assess(plan)
    loaders, pages = [], []
    for version in (compiled.JINJA2_VERSION, "another"):
        monkeypatch.setattr(jinja2, "__version__", version)
        document.environment.cache_clear()
        loaders.append(type(document.environment().loader))
        pages.append(document.render_report(plan, report, today=dt.date(2026, 12, 6)))
    monkeypatch.undo()
    document.environment.cache_clear()
    assert loaders == [jinja2.ModuleLoader, jinja2.PackageLoader]
    assert pages[0] == pages[1]


def test_a_jinja2_without_a_version_attribute_reads_the_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should a Jinja2 release drop ``__version__`` (as other Pallets projects are doing), the
    report compiles its templates from their source rather than failing."""
    monkeypatch.delattr(jinja2, "__version__")
    document.environment.cache_clear()
    try:
        assert isinstance(document.environment().loader, jinja2.PackageLoader)
    finally:
        monkeypatch.undo()
        document.environment.cache_clear()
