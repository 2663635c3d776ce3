"""Under a Jinja2 other than the one that compiled hkit/render/html/compiled/, the report's
templates are compiled from their source once per user and reused across runs, and a stale
one is never used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
from jinja2 import Environment

from hkit.render.html.template_cache import TemplateCache, cache_folder, settings_stamp

# hkit report as under another Jinja2 release than the compiled templates' (a newer one, or
# the declared minimum that CI also tests).
UNDER_ANOTHER_JINJA2 = """
import sys
import hkit.render.html.compiled as compiled
compiled.JINJA2_VERSION = "another"
sys.argv = ["hkit", *sys.argv[1:]]
from hkit.__main__ import main
main()
"""


def _report(out: Path, cache_home: Path | str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    return subprocess.run(
        [sys.executable, "-c", UNDER_ANOTHER_JINJA2, "report", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_a_warm_cache_gives_the_same_page_byte_for_byte(tmp_path: Path) -> None:
    """The first run compiles and stores the templates; the next reads them: same page."""
    cache = tmp_path / "cache"
    cold, warm = tmp_path / "cold.html", tmp_path / "warm.html"
    assert _report(cold, cache).returncode == 0
    stored = sorted((cache / "hkit" / "templates").iterdir())
    assert stored
    assert all(p.suffix == ".cache" for p in stored)  # no temporary file left behind
    assert _report(warm, cache).returncode == 0
    assert warm.read_bytes() == cold.read_bytes()
    assert sorted((cache / "hkit" / "templates").iterdir()) == stored


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    """A cache folder that cannot be made (a file in its way): the page all the same."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    reference = tmp_path / "reference.html"
    assert _report(reference, tmp_path / "cache").returncode == 0
    done = _report(tmp_path / "page.html", blocker)
    assert (done.returncode, done.stderr) == (0, "")
    assert (tmp_path / "page.html").read_bytes() == reference.read_bytes()


def _environment(sources: dict[str, str], folder: Path, *, trim: bool = False) -> Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(sources), autoescape=True, trim_blocks=trim, lstrip_blocks=trim
    )
    env.bytecode_cache = TemplateCache(folder, settings_stamp(env))
    return env


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    """Same name, new source (another developer's edit): the new text, never the old code."""
    first = _environment({"t.j2": "old {{ x }}"}, tmp_path)
    assert first.get_template("t.j2").render(x=1) == "old 1"
    assert len(list(tmp_path.iterdir())) == 1
    again = _environment({"t.j2": "old {{ x }}"}, tmp_path)
    assert again.get_template("t.j2").render(x=2) == "old 2"  # read back from the cache
    edited = _environment({"t.j2": "new {{ x }}"}, tmp_path)
    assert edited.get_template("t.j2").render(x=3) == "new 3"


def test_other_settings_never_share_compiled_code(tmp_path: Path) -> None:
    """Whitespace control changes the compiled code, not the source: another entry."""
    source = {"t.j2": "{% if x %}\n  yes\n{% endif %}\n"}
    plain = _environment(source, tmp_path)
    assert plain.get_template("t.j2").render(x=True) == "\n  yes\n"
    trimmed = _environment(source, tmp_path, trim=True)
    assert trimmed.get_template("t.j2").render(x=True) == "  yes\n"
    assert len(list(tmp_path.iterdir())) == 2


def test_the_cache_goes_where_a_users_caches_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$XDG_CACHE_HOME when it is an absolute path, else ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "hkit" / "templates"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "hkit" / "templates"
