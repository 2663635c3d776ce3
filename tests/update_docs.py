"""Rewrite docs/contract.md's field tables from ``hkit.contract``: `python -m tests.update_docs`.

tests/test_contract.py fails when they have drifted.
"""

from __future__ import annotations

import re
from pathlib import Path

from hkit import contract
from hkit.contract import diff, rollup
from tests.conftest import ROOT

CONTRACT_DOC = ROOT / "docs" / "contract.md"
# The objects of the contract, in the order docs/contract.md lists them.
SHAPES = (
    contract.REPORT,
    contract.ROW,
    contract.POINT,
    contract.LATEST,
    contract.TARGET,
    contract.METHOD,
    contract.STORY,
    contract.INDICATOR,
    contract.OBSERVATION,
    contract.PATH,
    rollup.ROLLUP,
    rollup.GROUP,
    diff.DIFF,
    diff.CHANGE,
)


def kind_text(field: contract.Field) -> str:
    """What a field holds, in words: ``number or null``, ``list of RowOut``."""
    kind = field.kind
    if kind in (contract.Kind.ENUM, contract.Kind.NUMBER_OR_ENUM) and field.enum is not None:
        text = "one of " + ", ".join(f"`{member.value}`" for member in field.enum)
        if kind is contract.Kind.NUMBER_OR_ENUM:
            text = f"number, or {text}"
    elif kind is contract.Kind.CONSTANT:
        text = f"always `{field.value}`"
    elif field.shape is not None:
        name = f"[`{field.shape.title}`](#{field.shape.title.lower()})"
        text = {
            contract.Kind.OBJECT: name,
            contract.Kind.OBJECTS: f"list of {name}",
            contract.Kind.MAP: f"object of {name} by name",
        }[kind]
    else:
        text = {
            contract.Kind.TEXTS: "list of text",
            contract.Kind.INTEGER: "whole number",
            contract.Kind.UNROUNDED: "number (not rounded)",
        }.get(kind, kind.value)
    if field.nullable:
        text += " or null"
    if field.optional:
        text += "; left out when empty"
    return text


def contract_tables() -> str:
    """docs/contract.md's field tables, one per object of ``hkit.contract``."""
    parts = []
    for shape in SHAPES:
        lines = [f"### {shape.title}", "", shape.description, "", "| field | holds | meaning |"]
        lines.append("| --- | --- | --- |")
        lines += [f"| `{f.name}` | {kind_text(f)} | {f.description} |" for f in shape.fields]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def _replace(path: Path, marker: str, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        rf"<!-- {marker}:start -->.*?<!-- {marker}:end -->",
        lambda _: f"<!-- {marker}:start -->\n{block}<!-- {marker}:end -->",
        text,
        flags=re.DOTALL,
    )
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Replace the text between the fields markers with fresh tables."""
    _replace(CONTRACT_DOC, "fields", contract_tables())


if __name__ == "__main__":
    main()
