"""The modules of ``hkit/render/machine/generated/``: which writers each holds, and its text.

``python scripts/regenerate`` writes them from the contract's tables
(``hkit.render.machine.codegen``); CI and tests/test_records.py fail when one is stale. No
run generates or compiles a writer: that cost ``gap --format json`` 9 million instructions
of 347, and ``hkit report`` (for its CSV link) 10 million of 546 (callgrind, issue 23).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hkit import contract
from hkit.contract.diff import DIFF
from hkit.contract.rollup import GROUP, ROLLUP
from hkit.render.machine.codegen import Generator
from hkit.render.machine.records import HELPERS

FOLDER = Path(__file__).with_name("generated")


def _records(generator: Generator) -> None:
    for shape in (contract.REPORT, contract.ROW, contract.STORY, DIFF, ROLLUP):
        generator.record(shape)


def _json(generator: Generator) -> None:
    generator.json(contract.REPORT, 0)  # and every object inside it: a row is two deep


def _csv(generator: Generator) -> None:
    for shape in (contract.ROW, GROUP):
        generator.line(shape)
        generator.columns(shape)


# Each module: what it holds (its docstring), and the writers to generate into it.
MODULES: dict[str, tuple[str, Callable[[Generator], None]]] = {
    "records.py": (
        "The contract's objects as plain dicts: gap's report and rows, show's story, diff's\n"
        "document and the roll-up of gap --by group.",
        _records,
    ),
    "json_report.py": ("The JSON text of gap's report and of each of its rows.", _json),
    "csv_rows.py": ("The CSV lines and column names of gap's rows and of the roll-up.", _csv),
}

# Where the helpers the writers call come from, by the name they call them (a test holds
# each to records.HELPERS); the others are records.py's own.
_ORIGINS = {
    "_text": "from json.encoder import encode_basestring as _text",
    "_clean": "from hkit.render.machine.records import clean as _clean",
}


def module_texts() -> dict[Path, str]:
    """Each generated module's path and text."""
    texts: dict[Path, str] = {}
    for name, (purpose, fill) in MODULES.items():
        generator = Generator()
        fill(generator)
        lines = "\n".join(generator.lines).strip("\n")
        functions = lines.replace("\n\ndef ", "\n\n\ndef ")  # two blank lines, as PEP 8 has
        texts[FOLDER / name] = f"{_head(purpose, functions)}\n\n\n{functions}\n"
    return texts


def _head(purpose: str, functions: str) -> str:
    """The module's docstring and the imports its ``functions`` use, sorted as isort would."""
    used = [name for name in sorted(HELPERS) if re.search(rf"\b{name}\(", functions)]
    first = ["from collections.abc import Sequence"] if "Sequence[" in functions else []
    first += [_ORIGINS[n] for n in used if n == "_text"] + ["from typing import Any"]
    ours = [n for n in used if n not in _ORIGINS]
    second = ["from hkit.render.machine.records import ("] + [f"    {n}," for n in ours] + [")"]
    second = second if ours else []
    second += [_ORIGINS[n] for n in used if n == "_clean"]
    docstring = (
        f'"""{purpose}\n\nGenerated from ``hkit.contract`` by ``python scripts/regenerate``\n'
        '(``hkit.render.machine.writer_modules``): do not edit."""'
    )
    return "\n".join([docstring, "", *first, "", *second]).rstrip("\n")
