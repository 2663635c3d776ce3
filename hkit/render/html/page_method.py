"""The methods of ``hkit report`` in words, as the catalogue lists them: each method's module
describes itself (``describe``, named by ``hkit.assess.catalogue.MethodInfo.describe``) from the
constants it judges with, so a new method needs no change here and the page cannot drift
from the maths. Plain strings; the HTML template escapes them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from hkit.assess.catalogue import CATALOGUE, Method
from hkit.assess.methods.common import MethodText


def describe(method: Method) -> MethodText:
    """``method``'s description, from the function the catalogue names (imported here)."""
    module, _, name = CATALOGUE[method].describe.partition(":")
    function: Callable[[], MethodText] = getattr(importlib.import_module(module), name)
    return function()


def method_texts(chosen: tuple[Method, ...]) -> list[MethodText]:
    """The descriptions of the methods that judged a report, in its order."""
    return [describe(method) for method in chosen]
