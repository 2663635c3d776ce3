"""Cut a small excerpt out of an open-sdg data repository, for hkit's published-result test.

    python tests/tools/opensdg_excerpt.py CHECKOUT OUT --commit SHA --url URL ID [ID ...]

CHECKOUT is a working tree of the repository at commit SHA. OUT receives, for each open-sdg
indicator ID: its data file, its metadata files, the repository's config_data.yml, LICENSE, the
translation entries the excerpt uses (first language only), the ID's blocks of the published
indicator_calculation_components.yml cut out byte for byte, and SOURCE.md saying where all of it
comes from. Nothing is changed: the excerpt is the repository's own text.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml

COMPONENTS = "indicator_calculation_components.yml"


def blocks(text: str) -> dict[str, str]:
    """The top-level blocks of a YAML mapping written by yaml.dump (keys at column 0)."""
    found: dict[str, str] = {}
    key, lines = None, []
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "\n", "") and ":" in line:
            if key is not None:
                found[key] = "".join(lines)
            key, lines = line.split(":", 1)[0].strip("'\""), [line]
        elif key is not None:
            lines.append(line)
    if key is not None:
        found[key] = "".join(lines)
    return found


def main(argv: list[str]) -> None:
    """Write the excerpt (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("ids", nargs="+")
    parser.add_argument("--commit", required=True)
    parser.add_argument("--url", required=True)
    args = parser.parse_args(argv)
    src: Path = args.checkout
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    used = []
    for name in ("config_data.yml", "LICENSE"):
        if (src / name).is_file():
            shutil.copy2(src / name, out / name)
    for inid in args.ids:
        candidates = [
            src / "data" / f"indicator_{inid}.csv",
            src / "meta" / f"{inid}.md",
            src / "meta" / f"{inid}.yml",
            src / "indicator-config" / f"{inid}.yml",
        ]
        for path in candidates:
            if path.is_file():
                target = out / path.relative_to(src)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
                used.append(path.read_text(encoding="utf-8-sig"))
    published = blocks((src / COMPONENTS).read_text(encoding="utf-8"))
    (out / COMPONENTS).write_text("".join(published[i] for i in args.ids if i in published))
    config = yaml.safe_load((src / "config_data.yml").read_text(encoding="utf-8-sig")) or {}
    languages = config.get("languages") or []
    text = "\n".join(used)
    if languages and (src / "translations" / languages[0]).is_dir():
        for path in sorted((src / "translations" / languages[0]).glob("*.yml")):
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            kept = {k: v for k, v in entries.items() if isinstance(k, str) and k in text}
            if kept:
                target = out / "translations" / languages[0] / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(yaml.safe_dump(kept, allow_unicode=True, sort_keys=True))
    (out / "SOURCE.md").write_text(
        f"Excerpt of {args.url} at commit {args.commit}: indicators {', '.join(args.ids)}.\n"
        "Files are copied unchanged; indicator_calculation_components.yml keeps only those\n"
        "indicators' blocks, and translations/ only the entries the excerpt uses.\n"
        "Licence: see LICENSE (the repository's own).\n"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
