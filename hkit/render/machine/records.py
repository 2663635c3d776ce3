"""Records and JSON text of the contract's objects, generated from its tables; no rich.

``hkit.contract`` states each object's fields once. From a ``Shape`` this module generates,
once per process and as ``dataclasses`` generates ``__init__``, functions that build the
object as a plain dict (the reference the tests check against), as a CSV line, and one that
writes its JSON text directly, as ``json.dumps(record, indent=2)`` would write
it nested ``level`` deep. The direct writer exists for speed: building a dict per row and
encoding it took 0.45 s of the 1.0 s that ``gap --format json`` needed for 10,000 indicators
(cProfile, issue 6). The tests require both to agree on rows of every kind and mode.
"""

from __future__ import annotations

import linecache
import math
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring as _text
from typing import Any

from hkit.contract.fields import ROUNDING, Field, FieldKind, Shape, clean

_INDENT = "  "


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
    inner = pad + _INDENT
    return "[" + inner + ("," + inner).join([_text(str(v)) for v in values]) + pad + "]"


_HELPERS: dict[str, Any] = {
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


class _Generator:
    """Writes the source of the functions for one shape and the shapes inside it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.done: set[str] = set()

    def record(self, shape: Shape) -> str:
        """The name of the generated dict builder of ``shape``."""
        name = f"_record_{shape.title}"
        if name in self.done:
            return name
        self.done.add(name)
        body = [f"def {name}(o):", "    if o is None:", "        return None", "    d = {}"]
        for f in shape.fields:
            value = self._record_value(f, f"o.{f.source}")
            if f.optional:
                body += [f"    v = o.{f.source}", "    if v:", f"        d[{f.name!r}] = {value}"]
            elif f.when:
                body += [f"    if o.{f.when}:", f"        d[{f.name!r}] = {value}"]
            else:
                body.append(f"    d[{f.name!r}] = {value}")
        self.lines += [*body, "    return d", ""]
        return name

    def _record_value(self, f: Field, get: str) -> str:
        if f.optional:
            get = "v"
        if f.kind is FieldKind.NUMBER:
            return f"_clean({get})"
        if f.kind is FieldKind.NUMBER_OR_ENUM:
            return f"_word_or_number({get})"
        if f.kind is FieldKind.CONSTANT:
            return repr(f.value)
        if f.kind is FieldKind.TEXTS:
            return f"[str(x) for x in {get}]"
        if f.shape is not None:
            inner = self.record(f.shape)
            if f.kind is FieldKind.OBJECTS:
                return f"[{inner}(x) for x in {get}]"
            if f.kind is FieldKind.MAP:
                return f"{{str(x.{f.key}): {inner}(x) for x in {get}}}"
            return f"{inner}({get})"
        return get

    def json(self, shape: Shape, level: int) -> str:
        """The name of the generated JSON writer of ``shape`` nested ``level`` deep."""
        name = f"_json_{shape.title}_{level}"
        if name in self.done:
            return name
        self.done.add(name)
        pad = "\n" + _INDENT * level
        inner = pad + _INDENT
        parts: list[str] = []
        for index, f in enumerate(shape.fields):
            lead = ("{" if index == 0 else ",") + inner + _text(f.name) + ": "
            value = self._json_value(f, f"o.{f.source}", level + 1)
            if f.optional or f.when:
                test = f"o.{f.when or f.source}"
                parts.append(f"(({lead!r} + {value}) if {test} else '')")
            else:
                parts += [repr(lead), value]
        parts.append(repr(pad + "}"))
        self.lines += [
            f"def {name}(o):",
            "    if o is None:",
            "        return 'null'",
            "    return ''.join((",
            *(f"        {part}," for part in parts),
            "    ))",
            "",
        ]
        return name

    def _json_value(self, f: Field, get: str, level: int) -> str:
        pad = "\n" + _INDENT * level
        if f.kind is FieldKind.NUMBER:
            return f"_number({get})"
        if f.kind is FieldKind.NUMBER_OR_ENUM:
            return f"_word_or_number_json({get})"
        if f.kind is FieldKind.INTEGER:
            return f"_count({get})"
        if f.kind is FieldKind.BOOLEAN:
            return f"_boolean({get})"
        if f.kind is FieldKind.CONSTANT:
            return repr(_text(f.value) if isinstance(f.value, str) else str(f.value))
        if f.kind is FieldKind.TEXTS:
            return f"_texts({get}, {pad!r})"
        if f.kind in (FieldKind.TEXT, FieldKind.ENUM):
            return f"_maybe_text({get})" if f.nullable else f"_text({get})"
        assert f.shape is not None, f"{f.name}: a {f.kind} field needs a shape"
        if f.kind is FieldKind.OBJECT:
            return f"{self.json(f.shape, level)}({get})"
        inner = self.json(f.shape, level + 1)
        item = pad + _INDENT
        if f.kind is FieldKind.OBJECTS:
            each = f"{inner}(x) for x in {get}"
        else:
            each = f"_text(str(x.{f.key})) + ': ' + {inner}(x) for x in {get}"
        opener, closer = ("[", "]") if f.kind is FieldKind.OBJECTS else ("{", "}")
        return (
            f"(({opener!r} + {item!r} + {(',' + item)!r}.join([{each}]) + {pad + closer!r}) "
            f"if {get} else {opener + closer!r})"
        )

    def flat(self, shape: Shape) -> str:
        """The name of the generated CSV line builder of ``shape`` (see ``csv_columns``)."""
        name = f"_flat_{shape.title}"
        self.done.add(name)
        body = [f"def {name}(o):", "    d = {}"]
        for f in shape.fields:
            get = f"o.{f.source}"
            if not f.csv or f.kind is FieldKind.OBJECTS:
                continue
            if f.kind is FieldKind.OBJECT and f.shape is not None:
                inner = self.record(f.shape)
                body.append(f"    v = {inner}({get})")
                body += [
                    f"    d[{f.name + '_' + sub.name!r}] = None if v is None else v[{sub.name!r}]"
                    for sub in f.shape.fields
                    if sub.csv
                ]
            elif f.kind is FieldKind.MAP and f.shape is not None:
                inner = self.record(f.shape)
                body += [f"    for x in {get}:", f"        v = {inner}(x)"]
                body += [
                    f"        d[{f.name + '_'!r} + str(x.{f.key}) + {'_' + sub.name!r}]"
                    f" = v[{sub.name!r}]"
                    for sub in f.shape.fields
                    if sub.csv
                ]
            elif f.kind is FieldKind.TEXTS:
                body.append(f"    d[{f.name!r}] = '; '.join({get})")
            elif f.kind is FieldKind.BOOLEAN:  # as JSON writes it, not Python's True
                body.append(f"    d[{f.name!r}] = 'true' if {get} else 'false'")
            else:
                body.append(f"    d[{f.name!r}] = {self._record_value(f, get)}")
        self.lines += [*body, "    return d", ""]
        return name

    def compile(self) -> dict[str, Any]:
        """Run the generated source; the functions by name.

        The source is compiled under a file name of its own and kept in ``linecache``, as
        attrs does for its generated methods, so that a traceback shows the generated line
        and ``inspect.getsource`` returns a writer's source (tests/test_records.py prints it).
        """
        source = "\n".join(self.lines)
        filename = f"<hkit.render.machine.records: {' '.join(sorted(self.done))}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        namespace = dict(_HELPERS)
        exec(compile(source, filename, "exec"), namespace)
        return namespace


def record_writer(shape: Shape) -> Callable[[Any], dict[str, Any]]:
    """A function from a record to ``shape``'s object as a plain dict."""
    generator = _Generator()
    name = generator.record(shape)
    function: Callable[[Any], dict[str, Any]] = generator.compile()[name]
    return function


def csv_writer(shape: Shape) -> Callable[[Any], dict[str, Any]]:
    """A function from a record to ``shape``'s CSV line, as a dict by column name."""
    generator = _Generator()
    name = generator.flat(shape)
    function: Callable[[Any], dict[str, Any]] = generator.compile()[name]
    return function


def json_writers(shape: Shape, *, level: int) -> dict[tuple[str, int], Callable[[Any], str]]:
    """The JSON writers of ``shape`` at ``level`` and of every object inside it, generated
    together, by (shape title, level): ``("RowOut", 2)`` writes a row of a report."""
    generator = _Generator()
    generator.json(shape, level)
    namespace = generator.compile()
    writers: dict[tuple[str, int], Callable[[Any], str]] = {}
    for name in generator.done:
        title, _, depth = name.removeprefix("_json_").rpartition("_")
        writers[title, int(depth)] = namespace[name]
    return writers


def json_writer(shape: Shape, *, level: int) -> Callable[[Any], str]:
    """A function from a record to ``shape``'s JSON text as ``json.dumps(record, indent=2)``
    writes it ``level`` deep, without the leading newline and indent."""
    generator = _Generator()
    name = generator.json(shape, level)
    function: Callable[[Any], str] = generator.compile()[name]
    return function


def csv_columns(shape: Shape, keys: Sequence[str] = ()) -> list[str]:
    """The CSV column names of ``shape``: nested objects flattened as ``latest_year``, a map as
    ``methods_<key>_<field>`` for each of ``keys``; lists of objects left out."""
    columns: list[str] = []
    for f in shape.fields:
        if not f.csv or f.kind is FieldKind.OBJECTS:
            continue
        if f.kind is FieldKind.OBJECT and f.shape is not None:
            columns += [f"{f.name}_{sub.name}" for sub in f.shape.fields if sub.csv]
        elif f.kind is FieldKind.MAP and f.shape is not None:
            columns += [
                f"{f.name}_{key}_{sub.name}" for key in keys for sub in f.shape.fields if sub.csv
            ]
        else:
            columns.append(f.name)
    return columns
