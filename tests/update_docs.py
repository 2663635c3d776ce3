"""Rewrite what is generated from the one statement of each thing: `python -m tests.update_docs`.

docs/contract.md's field tables from ``hkit.contract`` (tests/test_contract.py fails when they
have drifted), and the targets file's key sets in hkit/read/validate_indicator.py from
``hkit.contract.schema``'s models (tests/test_schema.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from hkit import contract
from hkit.contract import diff, rollup
from hkit.contract.fields import Field, FieldKind
from tests.conftest import ROOT

CONTRACT_DOC = ROOT / "docs" / "contract.md"
KEYS_MODULE = ROOT / "hkit" / "read" / "validate_indicator.py"
LINE_LENGTH = 100  # pyproject.toml's [tool.ruff]
# The mappings of a targets file: the name of their key sets, and their model in
# hkit.contract.schema (None: the top level).
MAPPINGS = {
    "TOP": None,
    "MILESTONE": "MilestoneSpec",
    "SOURCE": "SourceSpec",
    "INDICATOR": "IndicatorSpec",
    "OBSERVATION": "ObservationSpec",
    "TARGET": "TargetSpec",
}
# The objects of the contract, in the order docs/contract.md lists them.
SHAPES = (
    contract.REPORT,
    contract.ROW,
    contract.POINT,
    contract.LATEST,
    contract.TARGET,
    contract.METHOD,
    contract.OUTLOOK,
    contract.STORY,
    contract.INDICATOR,
    contract.OBSERVATION,
    contract.PATH,
    rollup.ROLLUP,
    rollup.GROUP,
    diff.DIFF,
    diff.CHANGE,
)


def kind_text(field: Field) -> str:
    """What a field holds, in words: ``number or null``, ``list of RowOut``."""
    kind = field.kind
    if kind in (FieldKind.ENUM, FieldKind.NUMBER_OR_ENUM) and field.enum is not None:
        text = "one of " + ", ".join(f"`{member.value}`" for member in field.enum)
        if kind is FieldKind.NUMBER_OR_ENUM:
            text = f"number, or {text}"
    elif kind is FieldKind.CONSTANT:
        text = f"always `{field.value}`"
    elif field.shape is not None:
        name = f"[`{field.shape.title}`](#{field.shape.title.lower()})"
        text = {
            FieldKind.OBJECT: name,
            FieldKind.OBJECTS: f"list of {name}",
            FieldKind.MAP: f"object of {name} by name",
        }[kind]
    else:
        text = {
            FieldKind.TEXTS: "list of text",
            FieldKind.INTEGER: "whole number",
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


def key_sets() -> str:
    """The key sets of hkit/read/validate_indicator.py, from the targets file's JSON Schema, as
    ruff formats them (on one line if it fits)."""
    from hkit.contract.schema import targets_schema  # pydantic: only when generating

    schema = targets_schema()
    lines = []
    for name, model in MAPPINGS.items():
        spec = schema if model is None else schema["$defs"][model]
        for suffix, keys in (("KEYS", spec["properties"]), ("REQUIRED", spec.get("required", []))):
            line = f"{name}_{suffix} = {{" + ", ".join(f'"{key}"' for key in keys) + "}"
            if len(line) <= LINE_LENGTH:
                lines.append(line)
            else:
                lines += [f"{name}_{suffix} = {{", *(f'    "{key}",' for key in keys), "}"]
    return "\n".join(lines) + "\n"


def _alternatives(words: list[str]) -> str:
    """```a```, ```a`` or ``b```, ```a``, ``b`` or ``c``` (as Markdown code)."""
    quoted = [f"`{word}`" for word in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def mode_table() -> str:
    """docs/contract.md's table of the three modes, with the methods of ``CATALOGUE``."""
    from hkit.assess.catalogue import ALL, CATALOGUE, DEFAULT

    default = CATALOGUE[DEFAULT]
    others = [info for method, info in CATALOGUE.items() if method is not DEFAULT]
    lines = [
        "| mode | `--method` | `method` | the row's `progress`, `status`, `status_label`, "
        "`projected`, `reach_year` | `score` | extra fields |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| default | `{default.heading}` (or none) | `{default.key}` | {default.who} 2.4.0 "
        f"| {default.who} score | none |",
        f"| single | {_alternatives([i.heading for i in others])} "
        f"| {_alternatives([i.key for i in others])} "
        "| that method's verdict; its notes follow the row's | null | none |",
        f"| compare | `{ALL}` | `{default.key}` | {default.who} 2.4.0 | {default.who} score "
        "| the document's `methods` (the names, in order) and each row's `methods` (each "
        "method's verdict by name) |",
    ]
    return "\n".join(lines) + "\n"


def _replace(
    path: Path, marker: str, block: str, comment: tuple[str, str] = ("<!--", " -->")
) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = (f"{comment[0]} {marker}:{at}{comment[1]}" for at in ("start", "end"))
    text = re.sub(
        rf"{re.escape(start)}.*?{re.escape(end)}",
        lambda _: f"{start}\n{block}{end}",
        text,
        flags=re.DOTALL,
    )
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Replace the text between the markers with fresh tables and key sets."""
    _replace(CONTRACT_DOC, "fields", contract_tables())
    _replace(CONTRACT_DOC, "modes", mode_table())
    _replace(KEYS_MODULE, "keys", key_sets(), ("#", ""))


if __name__ == "__main__":
    main()
