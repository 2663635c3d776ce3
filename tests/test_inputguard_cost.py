"""What the lone-surrogate walk costs: its pattern compiled once per walk, not looked up in
re's cache for every text of the file.

``hkit.read.inputguard.lone_surrogates`` visits every key and text of a JSON file that holds a
surrogate escape, which ``json.dumps`` writes for any emoji by default. Calling
``re.search(pattern, text)`` for each made the walk twice as slow (0.93 s against 0.45 s on
the 10,000 indicators of ``bench/run.py`` with one emoji in the title). Checked here by what
is called, not by timing.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest

from hkit.read import inputguard


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a pattern looked up in re's cache for each text")


def test_the_walk_compiles_its_pattern_once(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"title": "ok \U0001f600", "bad\ud800": ["x", {"y": "z\udfff"}]}
    expected = inputguard.lone_surrogates(data, name="t", locate=lambda path: None)
    assert sorted(p.message[:6] for p in expected) == ["\\ud800", "\\udfff"]
    names = ("search", "sub", "match", "fullmatch", "findall", "finditer", "split")
    stand_in = SimpleNamespace(**dict.fromkeys(names, _refuse), compile=re.compile)
    monkeypatch.setattr(inputguard, "re", stand_in)
    assert inputguard.lone_surrogates(data, name="t", locate=lambda path: None) == expected
