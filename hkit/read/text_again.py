"""The text of a JSON targets file, given again after parsing when a problem is to be located.

A valid file's data is validated without its text; only a problem's line and column, and the
nesting check of an invalid file, need it again. Keeping the text while the plan is built
would cost as much memory as the file (the peak of ``gap --format json`` on 10,000 indicators
75.3 MB with it, 67.0 MB without), so a regular file is read again when the text is needed, and
that text is used only when the file's identity, size and times are those of the first read:
otherwise its problems are reported without a line and column. Standard input, a pipe or any
other input that cannot be read twice keeps its text.
"""

from __future__ import annotations

import os
from typing import Any

from hkit.errors import InputError
from hkit.read.inputguard import decode
from hkit.read.yaml_depth import MAX_DEPTH, check_depth, too_deep

# What must be unchanged for a second read to give the text that was parsed.
Stamp = tuple[int, int, int, int, int]


def stamp(info: os.stat_result) -> Stamp:
    """What identifies a file's contents without reading them: device, inode, size (bytes),
    modification and change times (ns)."""
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


class TextAgain:
    """The decoded ``text`` of the input at ``path``: kept while it is parsed, then, after
    ``release``, read again on demand (a call) if ``read_stamp`` says it can be."""

    def __init__(self, path: str, name: str, read_stamp: Stamp | None, text: str) -> None:
        self._path = path
        self._name = name
        self._stamp = read_stamp
        self._text: str | None = text

    def release(self) -> None:
        """Stop keeping the text if it can be read again (a regular file)."""
        if self._stamp is not None:
            self._text = None

    def __call__(self) -> str | None:
        """The text, or None when the file is no longer the one that was read."""
        if self._text is None and self._stamp is not None:
            self._text = self._read_again(self._stamp)
            if self._text is None:
                self._stamp = None  # changed: not worth a third read
        return self._text

    def _read_again(self, expected: Stamp) -> str | None:
        try:
            # O_NONBLOCK: should a pipe have taken the file's place, opening it must not wait
            # for a writer (its stamp then differs, and the text is not used).
            descriptor = os.open(self._path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(descriptor, "rb") as handle:
                if stamp(os.fstat(handle.fileno())) != expected:
                    return None
                raw = handle.read(expected[2] + 1)
                if len(raw) != expected[2] or stamp(os.fstat(handle.fileno())) != expected:
                    return None
            return decode(raw, name=self._name)
        except (OSError, InputError):
            return None


def check_json_depth(text_again: TextAgain, data: Any, name: str) -> None:
    """Refuse JSON nesting deeper than ``MAX_DEPTH``: located in the text when it can be read
    again (``check_depth``), else found in the parsed ``data``, without a line."""
    text = text_again()
    if text is not None:
        check_depth(text, name)
    elif _deeper_than(data, MAX_DEPTH):
        raise too_deep(name)


def _deeper_than(data: Any, limit: int) -> bool:
    """True when more than ``limit`` lists and mappings nest in ``data`` (without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            if depth > limit:
                return True
            stack.extend((item, depth + 1) for item in value)
    return False
