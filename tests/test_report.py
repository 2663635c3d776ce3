"""`hkit report`: one self-contained, valid HTML page (and `hkit show --format svg`), checked
without a browser: golden files, a strict HTML5 parse, escaping of hostile text, the options.
The browser's view is in tests/test_report_browser.py."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hkit import __version__
from hkit.cli import app
from tests.conftest import CASES, GOLDEN, PINNED_TODAY, SHIPPED
from tests.html_checks import SVG, local, parse_strict, problems, text_of

REPORTS = {
    "report-show.html": ["show.yaml"],
    "report-methods-all.html": ["methods.yaml", "--method", "all"],
    "report-blueprint-as-of-2022.html": ["blueprint.yaml", "--as-of", "2022"],
}
CHARTS = {
    "show-1.1.svg": ["1.1", "show.yaml"],
    "show-2.2-as-of-2020.svg": ["2.2", "show.yaml", "--as-of", "2020"],
}


def versionless(page: str) -> str:
    """The page with hkit's version replaced, so that a release does not rewrite the goldens."""
    return page.replace(f"hkit {__version__}", "hkit VERSION").replace(
        f"<dd>{__version__}</dd>", "<dd>VERSION</dd>"
    )


def run_ok(runner: CliRunner, args: list[str]) -> str:
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.mark.parametrize("name", list(REPORTS) + list(CHARTS))
def test_golden(
    name: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    """The page (or chart) of each case, byte for byte; rewrite with --update-golden."""
    monkeypatch.chdir(CASES)  # the file name, not a machine's path, goes into the page
    args = ["report", *REPORTS[name]] if name in REPORTS else ["show", *CHARTS[name], "-f", "svg"]
    out = versionless(run_ok(runner, args))
    golden: Path = GOLDEN / name
    if update_golden:
        golden.write_text(out, encoding="utf-8")
    assert golden.exists(), f"missing {golden}: run pytest --update-golden"
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(REPORTS))
def test_pages_are_valid_and_self_contained(name: str) -> None:
    """Each golden page parses as HTML5 without an error, ids are unique and every reference
    resolves, and nothing is loaded from elsewhere (no script, image, link or url())."""
    page = (GOLDEN / name).read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert problems(page) == []


def test_the_checks_can_fail() -> None:
    """The checker above finds what it is meant to find."""
    base = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>{}</body></html>'
    assert problems(base.format('<p id="a">x</p><p id="a">y</p>')) == ["duplicate id 'a'"]
    assert problems(base.format('<a href="#nowhere">x</a>')) == ["link to a missing id '#nowhere'"]
    assert problems(base.format('<a href="javascript:x()">x</a>'))
    assert problems(base.format("<script>1</script>"))
    with pytest.raises(Exception, match="end tag"):
        parse_strict(base.format("<p><div></p>"))


def test_shipped_file_has_every_indicator(runner: CliRunner) -> None:
    """On the shipped file: eight sections, each with a chart, its tables and its sources."""
    root = parse_strict(run_ok(runner, ["report", str(SHIPPED)]))
    sections = [e for e in root.iter("section") if "indicator" in e.get("class", "")]
    assert [s.get("id") for s in sections] == [
        f"ind-{i}" for i in ("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1")
    ]
    for section in sections:
        svgs = [e for e in section.iter(f"{SVG}svg") if "hk-chart" in e.get("class", "")]
        assert len(svgs) == 1
        assert svgs[0].get("role") == "img"
        assert {local(c.tag) for c in svgs[0]} >= {"title", "desc"}
        classes = {t.get("class") for t in section.iter("table")}
        assert {"headline", "sources"} <= classes
    matrix = next(t for t in root.iter("table") if t.get("class") == "matrix")
    assert len(list(matrix.iter("tr"))) == 1 + 8


def test_header_names_file_as_of_method_and_version(runner: CliRunner) -> None:
    """The header says which file, which year, which method and which hkit."""
    root = parse_strict(
        run_ok(runner, ["report", str(CASES / "show.yaml"), "--as-of", "2022", "-m", "2027"])
    )
    meta = next(e for e in root.iter("dl") if e.get("class") == "meta")
    pairs = dict(
        zip(
            (e.text for e in meta.iter("dt")),
            ("".join(e.itertext()) for e in meta.iter("dd")),
            strict=True,
        )
    )
    assert pairs == {
        "Figures up to": "2022",
        "Written on": PINNED_TODAY,
        "File": str(CASES / "show.yaml"),
        "As of": "2022",
        "Method": "open-sdg-2.4.0",
        "hkit": __version__,
    }
    assert "2032" not in [th.text for th in root.iter("th")]


HOSTILE = """\
schema_version: 1
title: "Plan </title><script>alert('t')</script>"
milestones:
  "2027 <b>\\"x\\"</b>": {data_year: 2025}
sources:
  src:
    title: "</style><script>alert(\\"s\\")</script> & co"
    publisher: "Pub \\"quoted\\" 'single' <i>"
    grade: secondary
    url: "javascript:alert(1)"
  ok: {title: "OK ]]> source", grade: official, url: "https://example.org/?a=1&b=\\"2\\"<x>"}
indicators:
  - id: "x\\"><script>alert(1)</script>"
    group: "</textarea><!--"
    name: "Name <script>alert('n')</script> ]]> </svg>"
    unit: "<u>"
    direction: increase
    note: "note </p><iframe src=x>"
    observations:
      - {year: 2020, value: 10, source: ok, note: "obs <img src=x onerror=alert(1)>"}
      - {year: 2022, value: 12, source: src}
    targets:
      "2027 <b>\\"x\\"</b>": 15
  - id: "x\\"><script>alert(2)</script>"
    name: "second -- <!-- comment"
    unit: HK$
    direction: decrease
    observations:
      - {year: 2020, value: 10, source: ok}
"""
HOSTILE_TEXTS = (
    "Plan </title><script>alert('t')</script>",
    '2027 <b>"x"</b>',
    '</style><script>alert("s")</script> & co',
    "Pub \"quoted\" 'single' <i>",
    'x"><script>alert(1)</script>',
    "Name <script>alert('n')</script> ]]> </svg>",
    "</textarea><!--",
    "note </p><iframe src=x>",
    "obs <img src=x onerror=alert(1)>",
    "second -- <!-- comment",
)


def test_hostile_text_is_escaped_everywhere(
    runner: CliRunner, write_targets: Callable[[str, str], Path]
) -> None:
    """Every string from the file reaches the reader as text: no element, attribute or link
    comes out of it, and the page is still valid; a javascript: URL is not a link."""
    path = write_targets(HOSTILE, "hostile.yaml")
    page = run_ok(runner, ["report", str(path)])
    assert problems(page) == []
    root = parse_strict(page)
    words = text_of(root)
    for hostile in HOSTILE_TEXTS:
        assert hostile in words, hostile
    assert "<u>" in words  # the unit
    hrefs = [e.get("href") for e in root.iter() if e.get("href")]
    assert "javascript:alert(1)" not in hrefs
    assert 'https://example.org/?a=1&b="2"<x>' in hrefs
    titles = [e.text for e in root.iter(f"{SVG}title")]
    assert "x\"><script>alert(1)</script> Name <script>alert('n')</script> ]]> </svg>" in titles


def test_hostile_text_is_escaped_in_the_svg(
    runner: CliRunner, write_targets: Callable[[str, str], Path]
) -> None:
    """The standalone SVG is well-formed XML, and hostile names are its text."""
    path = write_targets(HOSTILE, "hostile.yaml")
    svg = run_ok(runner, ["show", 'x"><script>alert(1)</script>', str(path), "-f", "svg"])
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.findtext(f"{SVG}title") == (
        "x\"><script>alert(1)</script> Name <script>alert('n')</script> ]]> </svg>"
    )
    assert "Name <script>alert('n')</script> ]]> </svg> (<u>)." in (
        root.findtext(f"{SVG}desc") or ""
    )
    assert not [e for e in root.iter() if local(e.tag) == "script"]


@pytest.mark.parametrize("name", list(CHARTS))
def test_svg_is_standalone(name: str) -> None:
    """A chart file parses as XML, names its namespace and size, and has its own styles."""
    root = ET.fromstring((GOLDEN / name).read_text(encoding="utf-8").encode())
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == "560"
    assert root.get("role") == "img"
    assert root.find(f"{SVG}style") is not None
    assert root.find(f"{SVG}rect") is not None  # its own background


def test_output_file(runner: CliRunner, tmp_path: Path) -> None:
    """-o PATH writes the page there and nothing to stdout; -o - is stdout."""
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(SHIPPED), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    to_stdout = run_ok(runner, ["report", str(SHIPPED), "-o", "-"])
    assert out.read_text(encoding="utf-8") == to_stdout


def test_unwritable_output_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    """A path that cannot be written: exit 2, one message naming it, no traceback."""
    target = tmp_path / "no-such-dir" / "report.html"
    result = runner.invoke(app, ["report", str(SHIPPED), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"hkit: error: cannot write {target}:")
    assert "Traceback" not in result.stderr


def test_unknown_indicator_is_refused(runner: CliRunner) -> None:
    """The selection options are checked as for `hkit gap`."""
    result = runner.invoke(app, ["report", str(SHIPPED), "-i", "9.9"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "9.9" in result.stderr


def test_nothing_selected_still_makes_a_page(
    runner: CliRunner, write_targets: Callable[[str, str], Path]
) -> None:
    """A milestone no indicator has a target for leaves a valid page that says so."""
    path = write_targets(
        "schema_version: 1\ntitle: T\nmilestones: {'2027': {data_year: 2025}}\n"
        "sources: {s: {title: S, grade: official}}\nindicators:\n"
        "  - {id: a, name: A, unit: '%', direction: increase,\n"
        "     observations: [{year: 2020, value: 1, source: s}]}\n",
        "t.yaml",
    )
    page = run_ok(runner, ["report", str(path), "-m", "2027"])
    assert problems(page) == []
    assert "No indicator to show" in text_of(parse_strict(page))


def test_reproducible_in_a_real_process(tmp_path: Path) -> None:
    """`python -m hkit report` twice, with different hash seeds: the same bytes."""
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "hkit", "report", str(SHIPPED), "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    assert b"\r\n" not in pages[0]
