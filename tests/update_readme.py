"""Rewrite the README's example table from the real output: `python -m tests.update_readme`."""

from __future__ import annotations

import os
import re

from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import ROOT


def main() -> None:
    """Replace the text between the gap-example markers with fresh output."""
    os.environ.pop("HKIT_TARGETS", None)
    result = CliRunner().invoke(
        app,
        ["gap", str(ROOT / "targets.yaml"), "-i", "1.1", "-i", "2.1"],
        env={"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"},
    )
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = f"<!-- gap-example:start -->\n```text\n{result.stdout}```\n<!-- gap-example:end -->"
    text = re.sub(
        r"<!-- gap-example:start -->.*?<!-- gap-example:end -->",
        lambda _: block,
        text,
        flags=re.DOTALL,
    )
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
