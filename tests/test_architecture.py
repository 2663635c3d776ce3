"""The shape of the code, checked: folders in layers, no circle, third-party imports confined.

The flow is one way (docs/architecture.md): ``cli`` → ``read`` (bytes to a Plan) → ``assess``
(a Plan to rows) → ``render`` (rows to text), with ``contract`` (the documents' shapes) between
the last two and the shared vocabulary (``model``, ``errors``, ``textsafe``) under everything.
Every import counts, at the top of a module or inside a function or a ``TYPE_CHECKING`` block:
a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "hkit"
# Lower layers first; a module may import its own layer and those below it.
LAYERS = ("hkit", "hkit.read", "hkit.assess", "hkit.contract", "hkit.render", "hkit.cli")
# Where each third-party package may be imported, by module-name prefix.
CONFINED = {
    "typer": ("hkit.cli",),
    "click": ("hkit.cli",),
    "yaml": ("hkit.read",),
    "rich": ("hkit.render.terminal", "hkit.cli"),
    "jinja2": ("hkit.render.html",),
    "pydantic": ("hkit.contract.schema",),
}
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


MODULES = _modules()
# Jinja2's code for the report's templates (hkit/render/html/compiled/, written by
# scripts/regenerate): a template's module is as long as the template makes it.
WRITTEN_BY_HAND = {
    name: path for name, path in MODULES.items() if not path.name.startswith("tmpl_")
}


def _imports(name: str, path: Path) -> tuple[set[str], set[str]]:
    """hkit's modules that ``name`` imports (``from p import m`` counts as ``p.m`` when ``m`` is
    a module, else as ``p``), and the top-level names of the other packages it imports."""
    ours: set[str] = set()
    theirs: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            subs = [f"{base}.{alias.name}" for alias in node.names]
            found = [s for s in subs if s in MODULES] or [base]
        else:
            continue
        for module in found:
            if module.split(".")[0] == "hkit":
                while module not in MODULES:
                    module = module.rpartition(".")[0]
                if module != name:
                    ours.add(module)
            else:
                theirs.add(module.split(".")[0])
    return ours, theirs


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(module: str) -> int:
    return max(i for i, top in enumerate(LAYERS) if module == top or module.startswith(top + "."))


def _circles() -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(GRAPH[node][0]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def test_no_circle_among_modules() -> None:
    """No module reaches itself through imports, lazy ones included."""
    assert _circles() == []


def test_every_import_points_down_the_layers() -> None:
    """cli may use everything; render not cli; contract not render; assess not contract;
    read not assess; the shared vocabulary (hkit/*.py) nothing above it."""
    upward = [
        f"{name} → {other}"
        for name, (ours, _theirs) in GRAPH.items()
        for other in ours
        if name != "hkit.__main__" and _layer(other) > _layer(name)
    ]
    assert upward == []


@pytest.mark.parametrize("package", sorted(CONFINED))
def test_third_party_imports_are_confined(package: str) -> None:
    """Typer and Click only in cli; PyYAML only in read; rich only in the terminal renderer
    and cli; Jinja2 only in the HTML renderer; pydantic only in the schema module."""
    allowed = CONFINED[package]
    outside = [
        name
        for name, (_ours, theirs) in GRAPH.items()
        if package in theirs
        and not any(name == prefix or name.startswith(prefix + ".") for prefix in allowed)
    ]
    assert outside == []


def test_no_module_is_too_long() -> None:
    """Small modules: at most 300 lines each, with no exception but Jinja2's compiled
    templates."""
    long = {
        str(path.relative_to(ROOT)): lines
        for path in WRITTEN_BY_HAND.values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_function_is_too_long() -> None:
    """Small functions: at most 60 lines each, with no exception but Jinja2's compiled
    templates."""
    long = []
    for path in WRITTEN_BY_HAND.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.name}: {length} lines")
    assert long == []


def test_each_folder_says_what_it_offers() -> None:
    """Every package of hkit has an ``__init__`` with a docstring."""
    for name, path in MODULES.items():
        if path.name == "__init__.py":
            assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), name


def test_the_layers_cover_every_module() -> None:
    """A module at the top of hkit/ is the shared vocabulary; anything else sits in a folder
    that is one of the layers."""
    tops = defaultdict(list)
    for name in MODULES:
        tops[LAYERS[_layer(name)]].append(name)
    assert sorted(n.removeprefix("hkit.") for n in tops["hkit"]) == [
        "__main__",
        "errors",
        "hkit",
        "model",
        "textsafe",
    ]
