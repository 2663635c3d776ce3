"""The writers of the contract's objects, generated from its tables; no rich.

``hkit.contract`` states each object's fields once. From a ``Shape`` this module generates,
as ``dataclasses`` generates ``__init__``, functions that build the object as a plain dict
(the reference the tests check against), as a CSV line, and one that writes its JSON text
directly, as ``json.dumps(record, indent=2)`` would write it nested ``level`` deep. The
direct writer exists for speed: building a dict per row and encoding it took 0.45 s of the
1.0 s that ``gap --format json`` needed for 10,000 indicators (cProfile, issue 6). The tests
require both to agree on rows of every kind and mode.

No command runs this module: ``python scripts/regenerate`` writes the writers they use
into ``hkit/render/machine/generated/`` (``hkit.render.machine.writer_modules``), and CI and
the tests fail when a file there is stale. The functions below compile any shape at run
time, for the tests.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring as _text
from typing import Any

from hkit.contract.fields import Field, FieldKind, Shape
from hkit.render.machine.records import HELPERS, INDENT

# A generated function's new dict, typed for mypy (it checks the generated module).
_NEW_DICT = "    d: dict[str, Any] = {}"


class Generator:
    """Writes the source of the functions for shapes and the shapes inside them."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.done: set[str] = set()

    def record(self, shape: Shape) -> str:
        """The name of the generated dict builder of ``shape``."""
        name = f"record_{shape.title}"
        if name in self.done:
            return name
        self.done.add(name)
        body = [f"def {name}(o: Any) -> Any:", "    if o is None:", "        return None"]
        body.append(_NEW_DICT)
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
        plain = _plain_value(f, get)
        if plain is not None:
            return plain
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
        name = f"json_{shape.title}_{level}"
        if name in self.done:
            return name
        self.done.add(name)
        pad = "\n" + INDENT * level
        inner = pad + INDENT
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
            f"def {name}(o: Any) -> str:",
            "    if o is None:",
            "        return 'null'",
            "    return ''.join((",
            *(f"        {part}," for part in parts),
            "    ))",
            "",
        ]
        return name

    def _json_value(self, f: Field, get: str, level: int) -> str:
        pad = "\n" + INDENT * level
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
        item = pad + INDENT
        if f.kind is FieldKind.OBJECTS:
            each = f"{inner}(x) for x in {get}"
        else:
            each = f"_text(str(x.{f.key})) + ': ' + {inner}(x) for x in {get}"
        opener, closer = ("[", "]") if f.kind is FieldKind.OBJECTS else ("{", "}")
        return (
            f"(({opener!r} + {item!r} + {(',' + item)!r}.join([{each}]) + {pad + closer!r}) "
            f"if {get} else {opener + closer!r})"
        )

    def line(self, shape: Shape) -> str:
        """The name of the generated CSV line of ``shape``: its cells in the order of
        ``csv_columns`` for the same keys of its map; None for an empty cell."""
        name = f"line_{shape.title}"
        self.done.add(name)
        body = [f"def {name}(o: Any, keys: Sequence[str] = ()) -> list[Any]:"]
        cells: list[str] = []
        for f in shape.fields:
            get = f"o.{f.source}"
            if not f.csv or f.kind is FieldKind.OBJECTS:
                continue
            if f.kind is FieldKind.OBJECT and f.shape is not None:
                held = f"v{len(body)}"  # one name per object: its cells read it in turn
                body.append(f"    {held} = {get}")
                cells += [
                    f"None if {held} is None else {_cell(sub, f'{held}.{sub.source}')}"
                    for sub in f.shape.fields
                    if sub.csv
                ]
            elif f.kind is FieldKind.MAP and f.shape is not None:
                body.append(f"    by_key = {{str(x.{f.key}): x for x in {get}}}")
                subs = [_cell(sub, f"x.{sub.source}") for sub in f.shape.fields if sub.csv]
                empty = "(" + ", ".join(["None"] * len(subs)) + ",)"
                each = f"({', '.join(subs)},)"
                cells.append(
                    f"*[c for x in [by_key.get(k) for k in keys] "
                    f"for c in ({empty} if x is None else {each})]"
                )
            else:
                cells.append(_cell(f, get))
        self.lines += [*body, "    return [", *(f"        {c}," for c in cells), "    ]", ""]
        return name

    def columns(self, shape: Shape) -> str:
        """The name of the generated function of ``shape``'s CSV column names, given the
        keys of its map (``csv_columns``)."""
        name = f"columns_{shape.title}"
        self.done.add(name)
        body = [f"def {name}(keys: Sequence[str] = ()) -> list[str]:", "    columns = ["]
        for f in shape.fields:
            if not f.csv or f.kind is FieldKind.OBJECTS:
                continue
            if f.kind is FieldKind.OBJECT and f.shape is not None:
                subs = [sub.name for sub in f.shape.fields if sub.csv]
                body += [f"        {f.name + '_' + sub!r}," for sub in subs]
            elif f.kind is FieldKind.MAP and f.shape is not None:
                ends = tuple("_" + sub.name for sub in f.shape.fields if sub.csv)
                body.append(f"        *[{f.name + '_'!r} + k + s for k in keys for s in {ends!r}],")
            else:
                body.append(f"        {f.name!r},")
        self.lines += [*body, "    ]", "    return columns", ""]
        return name

    def compile(self) -> dict[str, Any]:
        """Run the generated source; the functions by name.

        The source is compiled under a file name of its own and kept in ``linecache``, as
        attrs does for its generated methods, so that a traceback shows the generated line
        and ``inspect.getsource`` returns a writer's source (tests/test_records.py prints it).
        """
        source = "\n".join(self.lines)
        filename = f"<hkit.render.machine.codegen: {' '.join(sorted(self.done))}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        namespace = {**HELPERS, "Any": Any, "Sequence": Sequence}
        exec(compile(source, filename, "exec"), namespace)
        return namespace


def _plain_value(f: Field, get: str) -> str | None:
    """The expression of a number (rounded), a number or a word, or a constant, read by
    ``get``, as a plain record and a CSV cell hold it; None for any other kind."""
    if f.kind is FieldKind.NUMBER:
        return f"_clean({get})"
    if f.kind is FieldKind.NUMBER_OR_ENUM:
        return f"_word_or_number({get})"
    if f.kind is FieldKind.CONSTANT:
        return repr(f.value)
    return None


def _cell(f: Field, get: str) -> str:
    """The expression of a CSV cell of field ``f`` read by ``get``: a number rounded, a
    boolean as JSON writes it, a list of texts joined."""
    if f.kind is FieldKind.TEXTS:
        return f"'; '.join({get})"
    if f.kind is FieldKind.BOOLEAN:  # as JSON writes it, not Python's True
        return f"'true' if {get} else 'false'"
    return _plain_value(f, get) or get


def record_writer(shape: Shape) -> Callable[[Any], dict[str, Any]]:
    """A function from a record to ``shape``'s object as a plain dict."""
    generator = Generator()
    name = generator.record(shape)
    function: Callable[[Any], dict[str, Any]] = generator.compile()[name]
    return function


def csv_line(shape: Shape) -> Callable[[Any, Sequence[str]], list[Any]]:
    """A function from a record and the keys of its map to ``shape``'s CSV cells."""
    generator = Generator()
    name = generator.line(shape)
    function: Callable[[Any, Sequence[str]], list[Any]] = generator.compile()[name]
    return function


def csv_writer(shape: Shape, keys: Sequence[str] = ()) -> Callable[[Any], dict[str, Any]]:
    """A function from a record to ``shape``'s CSV line, as a dict by column name (the
    columns of ``csv_columns`` for ``keys``)."""
    line, columns = csv_line(shape), csv_columns(shape, keys)
    return lambda record: dict(zip(columns, line(record, keys), strict=True))


def json_writer(shape: Shape, *, level: int) -> Callable[[Any], str]:
    """A function from a record to ``shape``'s JSON text as ``json.dumps(record, indent=2)``
    writes it ``level`` deep, without the leading newline and indent."""
    generator = Generator()
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
