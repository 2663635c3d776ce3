"""The kinds of field a document holds, a field and an object's shape: the vocabulary of the
contract's tables (``hkit.contract``, ``.rollup``, ``.diff``). How a number is written is
``hkit.render.machine.records``'s ``clean``.

Standard library only: ``gap --format json`` reads this at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class FieldKind(StrEnum):
    """What a field holds, as JSON."""

    TEXT = "text"  # a string
    INTEGER = "integer"  # a whole number: a year, a count
    NUMBER = "number"  # a number rounded by ``clean``
    NUMBER_OR_ENUM = "number_or_enum"  # a number rounded by ``clean``, or a word of ``enum``
    BOOLEAN = "boolean"
    ENUM = "enum"  # one word of ``Field.enum``
    CONSTANT = "constant"  # always ``Field.value``
    TEXTS = "texts"  # a list of strings
    OBJECT = "object"  # an object of ``Field.shape``
    OBJECTS = "objects"  # a list of such objects
    MAP = "map"  # objects of ``Field.shape`` by the text of their ``Field.key`` attribute


class Field:
    """One field of a JSON object.

    ``path`` is the record's attribute it is read from (dotted; default the field's name).
    ``nullable`` fields may be null; ``optional`` ones are left out when empty; a field with
    ``when`` is there only when that attribute of the record is true. ``csv`` is False for a
    field CSV leaves out (a boolean is ``true`` or ``false`` in CSV, as in JSON). (A plain
    class, not a dataclass: building the dataclass machinery cost 2 ms of every start-up.)
    """

    __slots__ = (
        "csv",
        "description",
        "enum",
        "key",
        "kind",
        "name",
        "nullable",
        "optional",
        "path",
        "shape",
        "value",
        "when",
    )

    def __init__(
        self,
        name: str,
        kind: FieldKind,
        description: str,
        path: str = "",
        *,
        nullable: bool = False,
        optional: bool = False,
        shape: Shape | None = None,
        enum: type[StrEnum] | None = None,
        key: str = "",
        value: int | str = 0,
        csv: bool = True,
        when: str = "",
    ) -> None:
        self.name = name
        self.kind = kind
        self.description = description
        self.path = path
        self.nullable = nullable
        self.optional = optional
        self.shape = shape
        self.enum = enum
        self.key = key
        self.value = value
        self.csv = csv
        self.when = when

    @property
    def source(self) -> str:
        """The record's attribute the field is read from."""
        return self.path or self.name


class Shape:
    """A JSON object: its name in the JSON Schema, what it is, and its fields in order."""

    __slots__ = ("description", "fields", "title")

    def __init__(self, title: str, description: str, fields: tuple[Field, ...]) -> None:
        self.title = title
        self.description = description
        self.fields = fields
