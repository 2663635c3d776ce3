"""Issue 11's "done means": each JSON row field is named in at most two modules of hkit/, the
record and the contract.

Counted over every module of hkit/ with the ``ast`` module: a string literal equal to a row
field's name (docstrings excluded) names the field. Record attributes (``row.status``) are
not string literals and are not counted, nor are the attribute names of a class's
``__slots__``; the contract is the package hkit/contract/, one statement in three files. Some
modules hold the same words for another reason (a key of another format, a command's name, a
word of a message); each is listed below with the words and the reason, and a listing that is
no longer needed fails too, so the list only shrinks.
"""

from __future__ import annotations

import ast
from collections import defaultdict

from hkit.contract import ROW
from tests.conftest import ROOT

HKIT = ROOT / "hkit"
ROW_FIELDS = {f.name for f in ROW.fields}
# The contract (one package) and the record: where the row's fields are meant to be named.
OWNERS = ("contract", "assess/record.py")
# module → (the row's words it holds, and why they are not the row's fields).
OTHER_MEANINGS: dict[str, tuple[frozenset[str], str]] = {
    "read/validate_indicator.py": (
        frozenset({"name", "group", "unit", "direction"}),
        "the targets file's keys (the input format, docs/targets-file.md)",
    ),
    "read/opensdg/export.py": (
        frozenset({"name", "group", "unit", "direction"}),
        "open-sdg's metadata keys (another project's format)",
    ),
    "read/opensdg/series.py": (
        frozenset({"unit", "direction", "target", "group"}),
        "open-sdg's series keys and its calculation lists' group key",
    ),
    "read/figures.py": (frozenset({"indicator"}), "a column of the figures CSV (an input format)"),
    "cli/commands.py": (frozenset({"gap"}), "the command's name in the table of commands"),
    "cli/plan.py": (
        frozenset({"indicator", "milestone"}),
        "the kind of name in a usage error (--indicator, --milestone)",
    ),
    "cli/validate.py": (
        frozenset({"indicator", "milestone"}),
        "the words of validate's summary line (issue 10's file, left alone)",
    ),
    "cli/options.py": (frozenset({"group"}), "--by group"),
    "render/formats.py": (frozenset({"gap"}), "the command's name in the format registry"),
    "assess/story.py": (frozenset({"indicator"}), "the kind of name in a usage error"),
    "assess/compute.py": (frozenset({"latest", "target"}), "the points' names in a note's words"),
    "assess/growth.py": (frozenset({"latest"}), "the point's name in a note's words"),
    "assess/diff.py": (
        frozenset({"status", "target"}),
        "the kinds of change (the diff's kind field)",
    ),
    "render/terminal/palette.py": (frozenset({"target"}), "a series of the chart"),
    "render/terminal/show.py": (frozenset({"target"}), "a series of the chart"),
    "render/html/svg_chart.py": (frozenset({"target"}), "a series of the chart"),
}


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and its functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _slot_names(tree: ast.Module) -> set[int]:
    """The ids of the string nodes of every ``__slots__ = (...)``: attribute names, as in
    ``row.status``, not a field named as text."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__slots__" for t in node.targets
        ):
            found.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return found


def field_names_by_module() -> dict[str, set[str]]:
    """Each module of hkit/ (path below hkit/) and the row fields it names as string literals."""
    named: dict[str, set[str]] = defaultdict(set)
    for path in sorted(HKIT.rglob("*.py")):
        if path.name.startswith("tmpl_"):
            continue  # Jinja2's code for a template, which reads the record's attributes
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _docstrings(tree) | _slot_names(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in ROW_FIELDS
                and id(node) not in skipped
            ):
                named[path.relative_to(HKIT).as_posix()].add(node.value)
    return named


def _place(module: str) -> str:
    """The contract's modules count as one place, with the writers generated from its tables
    (render/machine/generated/, which tests/test_records.py holds to the contract)."""
    generated = module.startswith(("contract/", "render/machine/generated/"))
    return "contract" if generated else module


def test_each_row_field_is_named_in_the_contract_and_the_record_only() -> None:
    """No module but the contract and the record names a row field, other meanings aside;
    so each field is named in at most two places."""
    found = field_names_by_module()
    stray = {
        module: names - OTHER_MEANINGS.get(module, (frozenset(), ""))[0]
        for module, names in found.items()
        if _place(module) not in OWNERS
    }
    assert {module: names for module, names in stray.items() if names} == {}
    # The count sees the contract's names (so the check above can fail).
    assert {name for m, names in found.items() if _place(m) == "contract" for name in names} == (
        ROW_FIELDS
    )


def test_the_other_meanings_are_all_still_there() -> None:
    """Each word listed as another meaning is still in its module: when a module stops
    holding it, its listing goes too, so the list cannot hide a new use."""
    found = field_names_by_module()
    for module, (names, why) in OTHER_MEANINGS.items():
        assert why
        assert names <= found.get(module, set()), f"{module}: {names - found.get(module, set())}"
