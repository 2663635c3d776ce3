"""Rewrite the example tables of the README and docs/ from the real output:
`python -m tests.update_readme` (scripts/regenerate runs it)."""

from __future__ import annotations

import os
import re

from typer.testing import CliRunner

from hkit.cli import app
from tests.conftest import ROOT

# marker name → (arguments after the shipped file, terminal width)
EXAMPLES = {
    "gap-example": (["-i", "1.1", "-i", "2.1"], 80),
    "gap-narrow": (["-i", "1.1"], 50),
}


def example_output(name: str) -> str:
    """What the README's example ``name`` prints today."""
    args, width = EXAMPLES[name]
    result = CliRunner().invoke(
        app,
        ["gap", str(ROOT / "targets.yaml"), *args],
        env={"COLUMNS": str(width), "NO_COLOR": "1", "TERM": "dumb"},
    )
    return result.stdout


def main() -> None:
    """Replace the text between each pair of example markers with fresh output."""
    os.environ.pop("HKIT_TARGETS", None)
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for name in EXAMPLES:
            fresh = example_output(name)
            block = f"<!-- {name}:start -->\n```text\n{fresh}```\n<!-- {name}:end -->"
            text = re.sub(
                rf"<!-- {name}:start -->.*?<!-- {name}:end -->",
                lambda _, block=block: block,  # type: ignore[misc]
                text,
                flags=re.DOTALL,
            )
        if text != page.read_text(encoding="utf-8"):
            page.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
