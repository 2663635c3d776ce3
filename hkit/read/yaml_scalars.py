"""What an unquoted YAML scalar means, by hkit's rules rather than YAML 1.1's: ``1e3`` and
``1_000`` are numbers, ``yes`` is a word. Used by the parser (``hkit.read.parse_yaml``) and by
the key-path search (``hkit.read.yaml_paths``), which must read keys as the parser does.
"""

from __future__ import annotations

import math
import re
from typing import Any

from hkit.read.inputguard import parse_int

# What an unquoted scalar means is hkit's to decide, not YAML 1.1's: ``1e3`` and ``1_000``
# are numbers, ``yes`` is a word.
_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {".inf": math.inf, "+.inf": math.inf, "-.inf": -math.inf, ".nan": math.nan}
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


def resolve_plain(text: str) -> Any:
    """What an unquoted YAML scalar means: null, a bool, an int, a float, or the text itself."""
    if text and (text[0].isdigit() or text[0] in "+-."):
        if _INT.fullmatch(text):
            return parse_int(text.replace("_", ""))
        if _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
            return float(text.replace("_", ""))
        special = _SPECIAL_FLOATS.get(text.lower())
        if special is not None:
            return special
        return text
    if text in _NULLS:
        return None
    return _BOOLS.get(text, text)
