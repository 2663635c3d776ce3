"""Checking primitives for plain data: typed getters that record located problems.

``hkit.read.validate`` states the rules of the targets file with these; they know nothing of
the schema itself, only how to check a value and say, with its key path and line, what is
wrong and how to fix it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from hkit.errors import Problem, UsageError
from hkit.read.document import MAX_PROBLEMS, render_path
from hkit.read.inputguard import LongNumber

if TYPE_CHECKING:
    from hkit.read.document import KeyPath, Locator

# Years outside this range are almost certainly typos (2O25, 20255, 225).
YEAR_RANGE = (1800, 2200)

# Patterns compiled on first use (re's cache): only a problem needs them.
_NUMBER_IN_TEXT = r"\s*(?:HK\$|US\$|\$)?\s*([-+]?[\d,_ ]*\.?\d+(?:[eE][-+]?\d+)?)\s*%?\s*"

E = TypeVar("E", bound=StrEnum)
# What ``fields.get(key, MISSING)`` gives for an absent required key: ``check.mapping``
# has already reported it, so the type checks stay silent instead of saying "got null".
MISSING: Any = object()


def require_name(name: str, known: Iterable[str], *, kind: str, where: str) -> None:
    """Raise a ``UsageError`` unless ``name`` is one of ``known``: ``no indicator 'x' in
    f.yaml; did you mean 'X'? (indicators: ...)``. ``kind`` is the singular noun."""
    choices = list(known)
    if name in choices:
        return
    hint = did_you_mean(name, choices)
    raise UsageError(
        f"no {kind} {name!r} in {where}"
        + (f"; {hint}" if hint else "")
        + f" ({kind}s: {', '.join(choices)})"
    )


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest choice, if any is close (a difference of case counts as close)."""
    ordered = sorted(choices)
    same_case = [choice for choice in ordered if choice.lower() == word.lower()]
    import difflib  # only when a name is wrong: a start-up cost every run would pay

    close = same_case or difflib.get_close_matches(word, ordered, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


class Checker:
    """Collects located problems while building the model."""

    def __init__(self, name: str, locate: Locator) -> None:
        self.name = name
        self.locate = locate
        self.problems: list[Problem] = []
        # Every name declared under milestones: and sources:, valid or not, so that a bad
        # declaration is not reported a second time as "undeclared" wherever it is used.
        # None when the section itself is not a mapping: then nothing is called undeclared.
        self.declared_milestones: set[str] | None = None
        self.declared_sources: set[str] | None = None

    @property
    def full(self) -> bool:
        """Whether ``MAX_PROBLEMS`` have been found (later checks may skip costly hints)."""
        return len(self.problems) >= MAX_PROBLEMS

    def error(self, path: KeyPath, message: str, hint: str | None = None) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            return
        where = self.locate(path)
        line, column = where if where else (None, None)
        self.problems.append(
            Problem(self.name, message, render_path(path), line=line, column=column, hint=hint)
        )

    def mapping(
        self, value: Any, path: KeyPath, *, required: set[str], allowed: set[str], what: str
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"{what} must be a mapping, not {describe(value)}")
            return None
        keys = value.keys()
        if keys <= allowed and required <= keys:  # the usual case, in two set comparisons
            return value
        for key in value:
            if not isinstance(key, str):
                hint = f"keys of {what} are words"
                if isinstance(key, int):
                    # {value: 5,000} reads as value 5 and a key 000: the comma separates entries.
                    hint = "inside {...} a comma separates entries: write 5000, not 5,000"
                self.error(path, f"unexpected key {key!r}", hint=hint)
            elif key not in allowed and not self.full:
                hint = did_you_mean(key, allowed) or f"allowed: {', '.join(sorted(allowed))}"
                self.error((*path, key), f"unknown key {key!r}", hint=hint)
        for key in sorted(required - keys):
            self.error(path, f"missing required key {key!r}")
        return value

    def text(self, value: Any, path: KeyPath, *, optional: bool = False) -> str | None:
        if (value is None and optional) or value is MISSING:
            return None
        if isinstance(value, str):
            return value
        hint = None
        if isinstance(value, (int, float)) and not isinstance(value, (bool, LongNumber)):
            hint = f'write "{value}" in quotes'
        self.error(path, f"expected text, got {describe(value)}", hint=hint)
        return None

    def number(self, value: Any, path: KeyPath) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            hint = None
            if isinstance(value, str):
                match = re.fullmatch(_NUMBER_IN_TEXT, value)
                if match:
                    clean = match.group(1).replace(",", "").replace("_", "").replace(" ", "")
                    hint = f"write {clean}, not {value!r}"
            self.error(path, f"expected a number, got {describe(value)}", hint=hint)
            return None
        number = finite_float(value)
        if isinstance(value, LongNumber):
            self.error(path, f"a {value.digits}-digit number is too large")
        elif number is None and isinstance(value, float):
            self.error(path, f"{value} is not a finite number")
        elif number is None:
            self.error(path, f"a {len(str(abs(value)))}-digit number is too large")
        return number

    def year(self, value: Any, path: KeyPath) -> int | None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            hint = None
            if isinstance(value, str) and value.strip().isdigit():
                # "2020" in quotes is text in YAML and JSON: say how to make it a number.
                hint = f"drop the quotes: write {value.strip()}, not {value!r}"
            self.error(path, f"expected a year such as 2025, got {describe(value)}", hint=hint)
            return None
        low, high = YEAR_RANGE
        if not low <= value <= high:
            self.error(path, f"implausible year {value}", hint=f"expected {low} to {high}")
            return None
        return value

    def choice(self, value: Any, path: KeyPath, enum: type[E]) -> E | None:
        members: dict[str, E] = _members(enum)
        if isinstance(value, str):
            found = members.get(value)
            if found is not None:
                return found
        if value is MISSING:
            return None
        allowed = list(members)
        hint = did_you_mean(value, allowed) if isinstance(value, str) else None
        self.error(
            path,
            f"expected one of {', '.join(allowed)}, got {describe(value)}",
            hint=hint,
        )
        return None


def named(check: Checker, raw: dict[Any, Any], path: KeyPath) -> list[tuple[Any, Any]]:
    """The entries of a mapping keyed by name, without a second entry for the same name.

    YAML reads ``2027:`` as a number and ``"2027":`` as text: two keys, but one name to hkit.
    """
    entries: list[tuple[Any, Any]] = []
    names: set[str] = set()
    for key, body in raw.items():
        if str(key) in names:
            check.error(
                (*path, key), f"{str(key)!r} appears twice", hint=f'{key} and "{key}" are one name'
            )
            continue
        names.add(str(key))
        entries.append((key, body))
    return entries


@functools.cache
def _members(enum: type[E]) -> dict[str, E]:
    """The members of ``enum`` by value, in its order: looked up for every direction and
    display of a file, where iterating the enum and calling it cost a few microseconds each."""
    return {member.value: member for member in enum}


def finite_float(value: int | float) -> float | None:
    """``value`` as a float, or None if it is infinite, NaN or a whole number too large for a
    float (``math.isfinite`` itself raises OverflowError on those)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def describe(value: Any) -> str:
    """A short phrase for a value in a message: ``the text '1.3%'``, ``a list``."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, LongNumber):
        return f"a {value.digits}-digit number"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - parsers give only the types above
