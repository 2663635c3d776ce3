"""The methods of ``hkit report`` in words, as the catalogue lists them: each method's module
describes itself (its ``describe``, in ``hkit.assess.methods.IMPLEMENTATIONS``) from the
constants it judges with, so a new method needs no change here and the page cannot drift
from the maths. Plain strings; the HTML template escapes them.
"""

from __future__ import annotations

from hkit.assess.catalogue import Method
from hkit.assess.methods import IMPLEMENTATIONS
from hkit.assess.methods.common import MethodText


def describe(method: Method) -> MethodText:
    """``method``'s description, from its module."""
    return IMPLEMENTATIONS[method]().describe()


def method_texts(chosen: tuple[Method, ...]) -> list[MethodText]:
    """The descriptions of the methods that judged a report, in its order."""
    return [describe(method) for method in chosen]
