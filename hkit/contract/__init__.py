"""The output contract, stated once: every field of hkit's JSON documents, in order.

Each table (a ``Shape``) lists a JSON object's fields: name, kind, description, and the
attribute of the record (``hkit.assess.record``, ``hkit.model``, ``hkit.assess.story``) it is
read from.
Everything else is derived from these tables: the row writers and the CSV columns
(``hkit.render.machine.records``), the JSON Schema of the report (``hkit.contract.schema``) and
docs/contract.md's field list (a test compares them). To add a field: an attribute on the
record and one ``Field`` here; docs/architecture.md. The documents of ``gap --by group`` and
``diff`` are in ``hkit.contract.rollup`` and ``hkit.contract.diff``, read only by those.

Standard library only: ``gap --format json`` reads this at start-up.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from hkit.model import Comparator, Direction, Grade, Scale, Status

# The version of the JSON documents; renaming or removing a field bumps it, adding does not.
SCHEMA_VERSION = 1
# Rounding to 10 significant digits hides last-bit differences between platforms' libm
# while keeping far more precision than any source figure has.
SIGNIFICANT_DIGITS = 10
_ROUNDING = f".{SIGNIFICANT_DIGITS}g"


class FieldKind(StrEnum):
    """What a field holds, as JSON."""

    TEXT = "text"  # a string
    INTEGER = "integer"  # a whole number: a year, a count
    NUMBER = "number"  # a number rounded by ``clean``
    UNROUNDED = "unrounded"  # a number as computed (the roll-up's score: never rounded)
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


def clean(value: float | None) -> float | int | None:
    """A number fit for JSON: rounded to ``SIGNIFICANT_DIGITS``, whole numbers as ints."""
    if value is None or not math.isfinite(value):
        return None  # never NaN or infinity in JSON or CSV (compute notes why it is null)
    rounded = float(format(value, _ROUNDING))
    if not math.isfinite(rounded):
        return value  # 1.7976931348623157e308 rounds up to infinity: keep every digit
    if rounded.is_integer() and abs(rounded) < 1e15:
        return int(rounded)
    return rounded


def _point(*extra: Field) -> tuple[Field, ...]:
    return (
        Field("year", FieldKind.INTEGER, "The data year of the figure."),
        Field("value", FieldKind.NUMBER, "The figure, in the indicator's unit."),
        Field("source", FieldKind.TEXT, "The key of the figure's source in the targets file."),
        *extra,
    )


def _maybe(name: str, description: str, kind: FieldKind = FieldKind.NUMBER, **more: Any) -> Field:
    """A field that may be null (a number unless ``kind`` says otherwise)."""
    return Field(name, kind, description, nullable=True, **more)


POINT = Shape("PointOut", "An observation used by a row.", _point())
_GRADE = "How far the source can be trusted; null for an undeclared source."
LATEST = Shape(
    "LatestOut",
    "The latest observation, with the grade of its source.",
    _point(_maybe("grade", _GRADE, FieldKind.ENUM, enum=Grade)),
)
TARGET = Shape(
    "TargetOut",
    "The target of a row, at its data year.",
    (
        Field("year", FieldKind.INTEGER, "The data year whose figures decide the milestone."),
        Field("value", FieldKind.NUMBER, "The target, in the indicator's unit."),
        Field("comparator", FieldKind.ENUM, "How the target is met.", enum=Comparator),
    ),
)
_RATE = "a fraction per year (0.056 = 5.6 %/yr)"
_NOTES = "Why a value is undefined, and caveats."
METHOD = Shape(
    "MethodOut",
    "One method's verdict on a row (--method all).",
    (
        _maybe("value", "The method's measure, 1 meaning the target is reached."),
        Field("status", FieldKind.ENUM, "The verdict as one of hkit's statuses.", enum=Status),
        Field("class", FieldKind.TEXT, "The method's own class, e.g. sun.", path="klass"),
        Field("label", FieldKind.TEXT, "The method's own words for its class."),
        _maybe("projected", "The value the method expects at the data year."),
        _maybe("reach_year", "When the method expects the target to be reached; null if never."),
        _maybe("judged_against", "The milestone judged against, if not the row's.", FieldKind.TEXT),
        Field("notes", FieldKind.TEXTS, _NOTES, csv=False),
    ),
)
_OUTLOOK = "How sure the verdict is; null for a row without a target."
_WORDS = (
    "The chance in the IPCC's calibrated words (virtually certain, very likely, likely, about as "
    "likely as not, unlikely, very unlikely, exceptionally unlikely); decided once decided."
)
OUTLOOK = Shape(
    "OutlookOut",
    "How sure the row's verdict is, on the current trend (docs/method.md, the outlook).",
    (
        _maybe("chance", "The chance, 0 to 1, that the data year's figure meets the target."),
        _maybe("words", _WORDS, FieldKind.TEXT),
        _maybe("low", "The 10th percentile of the data year's figure, in the unit."),
        _maybe("high", "The 90th percentile of the data year's figure, in the unit."),
        Field("figures", FieldKind.INTEGER, "The figures, base to latest, the trend is fitted to."),
        _maybe("scale", "Where the trend runs: log or level.", FieldKind.ENUM, enum=Scale),
        _maybe("note", "Why there is no outlook.", FieldKind.TEXT),
    ),
)
ROW = Shape(
    "RowOut",
    "One indicator against one milestone (or against no target).",
    (
        Field("indicator", FieldKind.TEXT, "The indicator's id.", path="indicator.id"),
        Field("name", FieldKind.TEXT, "The indicator's name.", path="indicator.name"),
        _maybe("group", "The indicator's group.", FieldKind.TEXT, path="indicator.group"),
        Field("unit", FieldKind.TEXT, "The unit of every value.", path="indicator.unit"),
        Field(
            "direction",
            FieldKind.ENUM,
            "Which way the indicator should move.",
            path="indicator.direction",
            enum=Direction,
        ),
        _maybe(
            "milestone", "The milestone; null for an indicator without a target.", FieldKind.TEXT
        ),
        _maybe("baseline", "The base figure.", FieldKind.OBJECT, shape=POINT),
        _maybe("latest", "The latest figure used.", FieldKind.OBJECT, shape=LATEST),
        _maybe("target", "The row's target.", FieldKind.OBJECT, shape=TARGET),
        _maybe(
            "years_left", "Data years from the latest figure to the target's.", FieldKind.INTEGER
        ),
        _maybe("gap", "Target minus latest value, in the unit."),
        _maybe("plan_rate", f"The growth the plan implied, base to target: {_RATE}."),
        _maybe("actual_rate", f"The growth so far, base to latest: {_RATE}."),
        _maybe("required_rate", f"The growth now needed, latest to target: {_RATE}."),
        _maybe("required_change", "Absolute change per year needed, latest to target."),
        _maybe("actual_change", "Absolute change per year so far, base to latest."),
        _maybe("projected", "The value at the target's data year at the current pace."),
        _maybe("reach_year", "The year the target is reached at the current pace; null if never."),
        _maybe("progress", "The judging method's progress measure (P for open-sdg)."),
        _maybe("score", "open-sdg score, -5 to 5."),
        Field("status", FieldKind.ENUM, "The row's status.", enum=Status),
        Field("status_label", FieldKind.TEXT, "The status in words, the judging method's own."),
        _maybe("outlook", _OUTLOOK, FieldKind.OBJECT, shape=OUTLOOK),
        Field("notes", FieldKind.TEXTS, _NOTES),
        Field(
            "methods",
            FieldKind.MAP,
            "Each method's verdict by its --method name (--method all only).",
            optional=True,
            shape=METHOD,
            key="method",
        ),
    ),
)


def _head(record: str = "") -> tuple[Field, ...]:
    """The fields every document starts with, read from the report at ``record``."""
    at = f"{record}." if record else ""
    return (
        Field(
            "schema_version",
            FieldKind.CONSTANT,
            "The version of this format.",
            value=SCHEMA_VERSION,
        ),
        Field("title", FieldKind.TEXT, "The plan's title.", path=f"{at}title"),
        Field("file", FieldKind.TEXT, "The targets file read.", path=f"{at}path"),
        _maybe(
            "as_of", "Only figures up to this year were used.", FieldKind.INTEGER, path=f"{at}as_of"
        ),
        Field(
            "method",
            FieldKind.TEXT,
            "The method whose verdicts fill the rows.",
            path=f"{at}method.key",
        ),
    )


def _compared(record: str = "") -> Field:
    """The methods side by side, read from the report at ``record``."""
    return Field(
        "methods",
        FieldKind.TEXTS,
        "The methods side by side, by --method name (--method all only).",
        path=f"{record}.compared" if record else "compared",
        optional=True,
    )


REPORT = Shape(
    "ReportOut",
    "The output of ``hkit gap --format json``.",
    (
        *_head(),
        Field("rows", FieldKind.OBJECTS, "One row per indicator and milestone.", shape=ROW),
        _compared(),
    ),
)
