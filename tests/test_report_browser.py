"""`hkit report` in a real browser: Debian's headless Chromium driven by Playwright.

The page of the shipped file must render with no console error and no request beyond itself,
show every indicator's chart and tables, fit a 390 px phone and a 1280 px screen in light and
dark colour schemes, print to PDF, and pass axe-core with no serious violation.

Without Chromium (``apt-get install -y chromium fonts-noto-cjk``) these tests skip locally
and fail under CI (``CI`` set), where ``.ci/run`` installs it. Playwright's own browser
download (``playwright install``) is never used.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from hkit.cli import app
from tests.conftest import SHIPPED

# A real browser: left out of the fast loop (pytest -m "not slow").
pytestmark = pytest.mark.slow

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
# Headless in a container: no sandbox (root), no GPU, and nothing that phones home.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INDICATORS = ("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1")
SCREENS = [(390, "light"), (390, "dark"), (1280, "light"), (1280, "dark")]
# In the browser: how many colours a PNG holds, and the share of its commonest colour.
COLOURS = """async (url) => {
  const img = new Image(); img.src = url; await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width; canvas.height = img.height;
  const g = canvas.getContext("2d"); g.drawImage(img, 0, 0);
  const d = g.getImageData(0, 0, img.width, img.height).data;
  const counts = new Map();
  for (let i = 0; i < d.length; i += 4) {
    const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return {distinct: counts.size, top: Math.max(...counts.values()) / (d.length / 4)};
}"""


def _missing() -> str | None:
    """Why the browser cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; a failure under CI, a skip elsewhere, when missing."""
    why = _missing()
    if why is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{why}: CI must run the browser tests (.ci/run installs chromium)")
        pytest.skip(f"{why}; install it with: apt-get install -y chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the shipped file, written by the command itself."""
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", str(SHIPPED), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


class Visit:
    """A page opened on the report, with what it logged and what it tried to fetch."""

    def __init__(self, browser: Browser, url: str, *, width: int, scheme: str) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page: Page = browser.new_page(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,  # type: ignore[arg-type]
        )
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", self._request)
        self.page.goto(url, wait_until="load")

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith("file://"):
            self.requests.append(request.url)

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def visit(browser: Browser, report_file: Path) -> Iterator[Any]:
    """Open the report at a width and colour scheme; closed after the test."""
    opened: list[Visit] = []

    def open_page(width: int = 1280, scheme: str = "light") -> Visit:
        page = Visit(browser, report_file.as_uri(), width=width, scheme=scheme)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()


def test_renders_without_errors_or_requests(visit: Any) -> None:
    """No console error or warning, no script error, nothing fetched beyond the file."""
    page = visit()
    assert page.errors == []
    assert page.requests == []
    assert page.page.title().startswith("Hong Kong I&T Development Blueprint")


def test_every_indicator_has_a_visible_chart_and_tables(visit: Any) -> None:
    """Eight sections, each with its chart drawn and its three tables on screen."""
    page = visit().page
    sections = page.locator("section.indicator")
    assert sections.count() == len(INDICATORS)
    for index, ident in enumerate(INDICATORS):
        section = sections.nth(index)
        assert section.get_attribute("id") == f"ind-{ident}"
        chart = section.locator("svg.hk-chart")
        assert chart.is_visible()
        box = chart.bounding_box()
        assert box is not None
        assert box["width"] > 300
        assert box["height"] > 150
        assert chart.locator("circle.figure").count() > 0 or ident == "3.2"
        for table in ("headline", "paths", "sources"):
            assert section.locator(f"table.{table}").is_visible(), (ident, table)
    assert page.locator("table.matrix tbody tr").count() == len(INDICATORS)


def test_matrix_links_reach_each_section(visit: Any) -> None:
    """A status in the overview links to its indicator's section."""
    page = visit().page
    page.locator("table.matrix a.status").first.click()
    assert page.evaluate("location.hash") == "#ind-1.1"


def test_the_csv_link_downloads_what_gap_writes(visit: Any, tmp_path: Path) -> None:
    """Clicking "Download the data (CSV)" saves hkit-gap.csv, byte for byte what
    `hkit gap --format csv` prints: the data: URL decodes in a real browser."""
    from typer.testing import CliRunner

    page = visit().page
    with page.expect_download() as download:
        page.locator("p.take a[download]").click()
    assert download.value.suggested_filename == "hkit-gap.csv"
    saved = tmp_path / "hkit-gap.csv"
    download.value.save_as(saved)
    gap = CliRunner().invoke(app, ["gap", str(SHIPPED), "--format", "csv"])
    assert gap.exit_code == 0, gap.stderr
    assert saved.read_bytes() == gap.stdout.encode("utf-8")


@pytest.mark.parametrize(("width", "scheme"), SCREENS)
def test_screenshots(visit: Any, browser: Browser, tmp_path: Path, width: int, scheme: str) -> None:
    """Not blank, no part wider than the screen, and the colour scheme applied."""
    visited = visit(width, scheme)
    page = visited.page
    assert visited.errors == []
    shot = page.screenshot(path=str(tmp_path / f"report-{width}-{scheme}.png"), full_page=False)
    blank = browser.new_page()
    url = "data:image/png;base64," + base64.b64encode(shot).decode()
    colours = blank.evaluate(COLOURS, url)
    blank.close()
    assert colours["distinct"] > 50, colours  # text, charts, icons: far more than a few
    assert colours["top"] < 0.95, colours  # the background does not fill the screen
    sizes = page.evaluate(
        """() => ({
          viewport: document.documentElement.clientWidth,
          scroll: document.documentElement.scrollWidth,
          matrix: document.querySelector("table.matrix").getBoundingClientRect().right,
          background: getComputedStyle(document.body).backgroundColor,
        })"""
    )
    assert sizes["matrix"] <= sizes["viewport"], sizes
    assert sizes["scroll"] <= sizes["viewport"], sizes
    red, green, blue = (int(c) for c in re.findall(r"\d+", sizes["background"])[:3])
    brightness = (red + green + blue) / 3
    assert brightness < 64 if scheme == "dark" else brightness > 192, sizes


def test_print_to_pdf(visit: Any) -> None:
    """Save as PDF works: the overview, then each indicator from a new page."""
    page = visit().page
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert pages >= 1 + len(INDICATORS), pages


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "dark")])
def test_no_serious_accessibility_violation(visit: Any, width: int, scheme: str) -> None:
    """axe-core (shipped inside axe-playwright-python, so it runs offline) finds no serious
    or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    page = visit(width, scheme).page
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_axe_finds_what_it_should(browser: Browser) -> None:
    """The accessibility check can fail: an image without a text alternative is critical."""
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.set_content('<!DOCTYPE html><html lang="en"><title>t</title><main><img src="x.png">')
    results = Axe().run(page)
    page.close()
    assert "image-alt" in {v["id"] for v in results.response["violations"]}


def test_standalone_svg_opens(browser: Browser, tmp_path: Path) -> None:
    """`hkit show 1.1 --format svg` is a picture a browser draws at its own size."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["show", "1.1", str(SHIPPED), "-f", "svg"])
    assert result.exit_code == 0, result.stderr
    path = tmp_path / "chart.svg"
    path.write_text(result.stdout, encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    box = page.locator("svg").bounding_box()
    page.close()
    assert errors == []
    assert box is not None
    height = re.search(r'<svg [^>]*height="(\d+)"', result.stdout)
    assert height is not None
    assert (box["width"], box["height"]) == (560, int(height.group(1)))


def test_the_first_screen_answers_the_question(visit: Any) -> None:
    """At 1280 × 900, the dates, the first key findings and the status words are on the first
    screen, before any chart."""
    page = visit(1280).page
    tops = page.evaluate(
        """() => ({
          dates: document.querySelector(".meta time").getBoundingClientRect().bottom,
          finding: document.querySelector(".findings li").getBoundingClientRect().bottom,
          words: document.querySelector(".words dl").getBoundingClientRect().bottom,
          chart: document.querySelector("figure.chart").getBoundingClientRect().top,
        })"""
    )
    assert tops["dates"] < 900, tops
    assert tops["finding"] < 900, tops
    assert tops["words"] < 900, tops
    assert tops["chart"] > 900, tops


def test_the_matrix_does_not_scroll_sideways_on_a_phone(visit: Any) -> None:
    """At 390 px the status matrix is one card per indicator: nothing to scroll sideways."""
    page = visit(390).page
    wrap = page.evaluate(
        """() => { const w = document.querySelector("table.matrix").parentElement;
                   return {scroll: w.scrollWidth, client: w.clientWidth}; }"""
    )
    assert wrap["scroll"] <= wrap["client"], wrap


def test_print_is_about_two_pages_per_indicator_with_plain_captions(visit: Any) -> None:
    """In print, captions are no larger than the text, and the page runs to at most two A4
    pages per indicator and one for the first screen."""
    page = visit().page
    page.emulate_media(media="print")
    sizes = page.evaluate(
        """() => ({
          body: parseFloat(getComputedStyle(document.body).fontSize),
          captions: [...document.querySelectorAll("caption, figcaption")]
            .map(e => parseFloat(getComputedStyle(e).fontSize)),
        })"""
    )
    assert max(sizes["captions"]) <= sizes["body"], sizes
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert pages <= 2 * len(INDICATORS) + 2, pages
