"""Retake docs/commands.md's screenshot of `hkit report`: `python -m tests.update_screenshot`.

Needs Debian's Chromium (/usr/bin/chromium) and Playwright, as the browser tests do. Writes
docs/report.png: the top of the page at 1280 px, light colour scheme.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import ROOT
from tests.test_report_browser import ARGS, CHROMIUM

WIDTH, HEIGHT = 1280, 1400


def main() -> None:
    """Write the shipped file's report to a temporary file and photograph it."""
    os.chdir(ROOT)  # so that the page names the file as `targets.yaml`
    os.environ.pop("HKIT_TARGETS", None)
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "report.html"
        result = CliRunner().invoke(app, ["report", "targets.yaml", "-o", str(page_file)])
        assert result.exit_code == 0, result.stderr
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(
                viewport={"width": WIDTH, "height": HEIGHT}, color_scheme="light"
            )
            page.goto(page_file.as_uri())
            page.screenshot(path=str(ROOT / "docs" / "report.png"))
            browser.close()


if __name__ == "__main__":
    main()
