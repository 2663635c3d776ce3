"""Guards on what the parsers give: numbers too long to convert, lone surrogates, and JSON text
that libyaml cannot compose when hkit looks for a problem's line and column.

- A whole number of thousands of digits is not converted (Python refuses beyond 4,300 digits,
  and conversion is quadratic): it becomes a ``LongNumber``, which the checks report as "a
  5000-digit number is too large" at its ``file:line:col``.
- A JSON ``\\ud800`` escape without its pair decodes to a lone surrogate, which is not a
  character: no stream can encode it. It is refused, located, before anything uses it.
- JSON allows DEL, C1 and line separators raw in strings; libyaml refuses them or breaks
  lines on them. They are mapped to private-use characters, one for one, before the JSON is
  composed as YAML to locate a problem, so that every problem keeps its ``file:line:col``.
- Bytes become text only as UTF-8 (``decode``): UTF-16/32, NUL bytes and other encodings are
  located problems, for targets files and repository files alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hkit.errors import InputError, Problem
from hkit.read.document import MAX_PROBLEMS, render_path

if TYPE_CHECKING:  # PyYAML is imported only when YAML is parsed (hkit.read.parse)
    import yaml

# More digits than any float holds (the largest is about 1.8e308): never worth converting.
MAX_DIGITS = 400


class LongNumber(float):
    """A whole number written with more than ``MAX_DIGITS`` digits: infinite as a float."""

    digits: int

    def __new__(cls, digits: int) -> LongNumber:
        number = super().__new__(cls, math.inf)
        number.digits = digits
        return number


def _whole_number(text: str) -> int | LongNumber:
    digits = sum(c.isdigit() for c in text) if len(text) > MAX_DIGITS else 0
    return LongNumber(digits) if digits > MAX_DIGITS else int(text)


# Numbers written with at most this many characters: converted once per process and shared.
# At most about 12,000 such texts exist ("-999" to "9999", YAML's "+1" and "0012"), so the
# memo stays small whatever the files hold; longer numbers are rarely repeated.
SHARED_INT_CHARS = 4


class _SharedInts(dict[str, int | LongNumber]):
    """Whole numbers by their text; a short text's number is kept on first use."""

    def __missing__(self, text: str) -> int | LongNumber:
        number = _whole_number(text)
        if len(text) <= SHARED_INT_CHARS:
            self[text] = number
        return number


# A year repeats in every observation, and each conversion would make an object of its own:
# shared, the data of 10,000 indicators is 3 MB smaller. A look-up in the memo is cheaper
# than a conversion, and a hit (the memo's own __getitem__) runs no Python code at all:
# json.loads of 2,500 indicators 331.6 -> 292.9 M instructions.
parse_int: Callable[[str], int | LongNumber] = _SharedInts().__getitem__
"""A JSON or YAML integer, or a ``LongNumber`` when it has more than ``MAX_DIGITS`` digits."""


# Patterns are text, compiled on first use (re's cache), not at every start: only a
# JSON file with an escape, or a problem to locate, needs them.
# A \u escape of a surrogate (D800-DFFF) in JSON text: only then can a lone one be in the data.
SURROGATE_ESCAPE = r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
_SURROGATE = "[\ud800-\udfff]"


def lone_surrogates(
    data: Any, *, name: str, locate: Callable[[tuple[str | int, ...]], tuple[int, int] | None]
) -> list[Problem]:
    """A located problem for each key or text in ``data`` that holds a lone surrogate."""
    # Compiled once for the walk: it visits every key and text of the file.
    surrogate = re.compile(_SURROGATE)
    problems: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack and len(problems) < MAX_PROBLEMS:
        path, value = stack.pop()
        items: list[tuple[str | int, Any]] = []
        if isinstance(value, dict):
            items = list(value.items())
        elif isinstance(value, list):
            items = list(enumerate(value))
        elif isinstance(value, str) and (found := surrogate.search(value)):
            where = locate(path)
            line, column = where if where else (None, None)
            problems.append(
                Problem(
                    name,
                    f"\\u{ord(found.group()):04x} is half of a surrogate pair, not a character",
                    render_path(path),
                    line=line,
                    column=column,
                    hint="write the character itself, or both halves of the pair",
                )
            )
        for key, item in reversed(items):
            if isinstance(key, str) and surrogate.search(key):
                stack.append(((*path, key), key))
            stack.append(((*path, key), item))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def reader_problem(error: yaml.reader.ReaderError, name: str, text: str) -> Problem:
    """libyaml's "unacceptable character" as a located problem: its position is a UTF-8 byte
    offset into ``text``, turned here into a line and column."""
    before = text.encode("utf-8", "surrogatepass")[: error.position].decode("utf-8", "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    character = error.character
    code = character if isinstance(character, int) else ord(character)
    return Problem(
        name,
        f"invalid YAML: the non-printable character U+{code:04X} is not allowed",
        line=line,
        column=column,
        hint="YAML allows tabs and line breaks only; write it as an escape in double quotes",
    )


# Characters JSON allows raw in strings but libyaml refuses (DEL, C1, U+FFFE, U+FFFF) or
# reads as line breaks (NEL, U+2028, U+2029), which would shift every later line.
_UNCOMPOSABLE = "[\x7f-\x9f\u2028\u2029\ufffe\uffff]"


_PATH_KEY = "[\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]"


def _private(match: re.Match[str]) -> str:
    # Private-use characters: libyaml takes them as they are. U+2028 and U+2029 map to
    # U+E028 and U+E029, clear of the U+E07F-U+E09F that DEL and C1 map to.
    return chr(0xE000 + (ord(match.group()) & 0xFF))


def composable(text: str) -> str:
    """``text`` with the characters libyaml refuses (and surrogate escapes) replaced one for
    one, so that the same lines and columns can be composed as YAML."""
    text = re.sub(_UNCOMPOSABLE, _private, text)
    return re.sub(SURROGATE_ESCAPE, lambda m: "\\ue0" + m.group()[4:], text)


def composable_path(path: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A key path translated as ``composable`` translates the text, to find it in the node."""
    return tuple(re.sub(_PATH_KEY, _private, s) if isinstance(s, str) else s for s in path)


# Checked longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode(raw: bytes, *, name: str) -> str:
    """UTF-8 text of ``raw`` without a byte-order mark; binary or non-UTF-8 input is an error."""
    for bom, encoding in _WIDE_BOMS:
        if raw.startswith(bom):
            raise InputError(
                [Problem(name, f"is {encoding} text", line=1, column=1, hint="save as UTF-8")]
            )
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        column = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
        raise InputError(
            [
                Problem(
                    name,
                    "looks like a binary file, not YAML or JSON text (a NUL byte)",
                    line=line,
                    column=column,
                )
            ]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            [
                Problem(
                    name,
                    "is not UTF-8 text",
                    line=line,
                    column=column,
                    hint="save the file as UTF-8",
                )
            ]
        ) from None
