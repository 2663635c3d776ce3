"""What hkit.textsafe's per-cell functions cost: no pattern looked up again at every call.

``markdown`` and ``visible`` run once per cell of every table, Markdown and CSV row. Their
patterns are compiled on first use (not at import: start-up); going through ``re.sub`` and
``re.search`` for each cell then paid ``re``'s cache lookup every time, about 0.3 s of
``hkit gap --format markdown`` on 10,000 indicators. Checked here by what is called, not by
timing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from hkit import textsafe

# Texts that take every branch: plain, each kind of control, Markdown punctuation, list marks.
TEXTS = ["plain", "a\nb\r\nc\x1b[2J\u202e", "*a* [b](c) |d| @e", "- x", "+ y", "1. z", "<&>"]


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a pattern looked up in re's cache at every call")


@pytest.mark.parametrize("text", TEXTS)
def test_per_cell_functions_reuse_their_compiled_patterns(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Callable[[], str]] = [
        lambda: textsafe.visible(text),
        lambda: textsafe.visible(text, newlines=True),
        lambda: textsafe.markdown(text),
        lambda: textsafe.terminal_output(text),
    ]
    expected = [call() for call in calls]  # the first use compiles
    # textsafe's view of the re module: compiling is fine, a module-level lookup is not.
    names = ("search", "sub", "subn", "match", "fullmatch", "findall", "finditer", "split")
    stand_in = SimpleNamespace(**dict.fromkeys(names, _refuse), compile=re.compile)
    monkeypatch.setattr(textsafe, "re", stand_in)
    assert [call() for call in calls] == expected
