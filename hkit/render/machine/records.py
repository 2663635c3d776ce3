"""How the contract's documents write a number (``clean``), and what the generated writers of
its objects call: each JSON value's text; no rich.

The writers themselves are generated from ``hkit.contract``'s tables
(``hkit.render.machine.codegen``) into ``hkit/render/machine/generated/``.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring as _text
from typing import Any

# Rounding to 10 significant digits hides last-bit differences between platforms' libm
# while keeping far more precision than any source figure has.
SIGNIFICANT_DIGITS = 10
# The format that rounds a number to them (the JSON writer writes its text directly).
ROUNDING = f".{SIGNIFICANT_DIGITS}g"
_isfinite = math.isfinite


def clean(value: float | None) -> float | int | None:
    """A number fit for JSON: rounded to ``SIGNIFICANT_DIGITS``, whole numbers as ints."""
    # Called for every number of every row (340,000 times for 10,000 indicators): the common
    # case, a rounded value below 1e15, is tested first in one comparison.
    if value is None or not _isfinite(value):
        return None  # never NaN or infinity in JSON or CSV (compute notes why it is null)
    rounded = float(format(value, ROUNDING))
    if -1e15 < rounded < 1e15:
        return int(rounded) if rounded.is_integer() else rounded
    # 1.7976931348623157e308 rounds up to infinity: then keep every digit.
    return rounded if _isfinite(rounded) else value


# JSON's indent, as json.dumps(indent=2) writes it.
INDENT = "  "


def _maybe_text(value: str | None) -> str:
    return "null" if value is None else _text(value)


def _number(value: float | None) -> str:
    """``clean(value)`` as JSON: null for NaN and infinity too.

    Written from the rounded text itself where that is what ``repr(clean(value))`` gives:
    without an exponent, the text of ten significant digits is the shortest that reads back
    as the rounded float, so ``repr`` would write it again ("-0" aside), and a whole number
    has no point either way. That holds up to 15 significant digits (``SIGNIFICANT_DIGITS``
    is 10; at 17, ".17g" writes 0.10000000000000001 where ``repr`` writes 0.1), which a
    test checks. Writing the numbers was a third of ``gap --format json`` on big
    files; this is 13 % fewer instructions on 2,500 indicators (3,547 to 3,063 million,
    callgrind). A Hypothesis property in tests/test_records.py holds it to ``clean``.
    """
    if value is None or not math.isfinite(value):
        return "null"
    text = format(value, ROUNDING)
    if "e" in text:  # below 1e-4 or from 1e10: clean's own rules (ints below 1e15, overflow)
        cleaned = clean(value)
        return "null" if cleaned is None else repr(cleaned)
    return "0" if text == "-0" else text


def _count(value: int | None) -> str:
    return "null" if value is None else repr(value)


def _boolean(value: object) -> str:
    return "true" if value else "false"


def _word_or_number(value: float | str | None) -> float | str | None:
    """A word (an enum member's value) as is, a number cleaned."""
    return str(value) if isinstance(value, str) else clean(value)


def _word_or_number_json(value: float | str | None) -> str:
    return _text(str(value)) if isinstance(value, str) else _number(value)


def _texts(values: Any, pad: str) -> str:
    if not values:
        return "[]"
    inner = pad + INDENT
    return "[" + inner + ("," + inner).join([_text(str(v)) for v in values]) + pad + "]"


# What the generated writers call, by the name they call it (hkit.render.machine.codegen).
HELPERS: dict[str, Any] = {
    "_text": _text,
    "_maybe_text": _maybe_text,
    "_number": _number,
    "_count": _count,
    "_boolean": _boolean,
    "_texts": _texts,
    "_clean": clean,
    "_word_or_number": _word_or_number,
    "_word_or_number_json": _word_or_number_json,
}
