"""The output contract, stated once: every field of hkit's JSON documents, in order.

Each table (a ``Shape``) lists a JSON object's fields: name, kind, description, and the
attribute of the record (``hkit.record``, ``hkit.model``, ``hkit.story``) it is read from.
Everything else is derived from these tables: the row writers and the CSV columns
(``hkit.render.records``), the JSON Schema of the report (``hkit.schema``) and
docs/contract.md's field list (a test compares them). To add a field: an attribute on the
record and one ``Field`` here; docs/architecture.md.

Standard library only: ``gap --format json`` reads this at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hkit.model import Comparator, Direction, Display, Grade, Status

# The version of the JSON documents; renaming or removing a field bumps it, adding does not.
SCHEMA_VERSION = 1
# Rounding to 10 significant digits hides last-bit differences between platforms' libm
# while keeping far more precision than any source figure has.
SIGNIFICANT_DIGITS = 10
_ROUNDING = f".{SIGNIFICANT_DIGITS}g"


class Kind(StrEnum):
    """What a field holds, as JSON."""

    TEXT = "text"  # a string
    INTEGER = "integer"  # a whole number: a year, a count
    NUMBER = "number"  # a number rounded by ``clean``
    BOOLEAN = "boolean"
    ENUM = "enum"  # one word of ``Field.enum``
    CONSTANT = "constant"  # always ``Field.value``
    TEXTS = "texts"  # a list of strings
    OBJECT = "object"  # an object of ``Field.shape``
    OBJECTS = "objects"  # a list of such objects
    MAP = "map"  # objects of ``Field.shape`` by the text of their ``Field.key`` attribute


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a JSON object.

    ``path`` is the record's attribute it is read from (dotted; default the field's name).
    ``nullable`` fields may be null; ``optional`` ones are left out when empty. ``csv`` is
    False for a field CSV leaves out.
    """

    name: str
    kind: Kind
    description: str
    path: str = ""
    nullable: bool = False
    optional: bool = False
    shape: Shape | None = None
    enum: type[StrEnum] | None = None
    key: str = ""
    value: int = 0
    csv: bool = True

    @property
    def source(self) -> str:
        """The record's attribute the field is read from."""
        return self.path or self.name


@dataclass(frozen=True, slots=True)
class Shape:
    """A JSON object: its name in the JSON Schema, what it is, and its fields in order."""

    title: str
    description: str
    fields: tuple[Field, ...]


def clean(value: float | None) -> float | int | None:
    """A number fit for JSON: rounded to ``SIGNIFICANT_DIGITS``, whole numbers as ints."""
    if value is None:
        return None
    rounded = float(format(value, _ROUNDING))
    if rounded.is_integer() and abs(rounded) < 1e15:
        return int(rounded)
    return rounded


def _point(*extra: Field) -> tuple[Field, ...]:
    return (
        Field("year", Kind.INTEGER, "The data year of the figure."),
        Field("value", Kind.NUMBER, "The figure, in the indicator's unit."),
        Field("source", Kind.TEXT, "The key of the figure's source in the targets file."),
        *extra,
    )


POINT = Shape("PointOut", "An observation used by a row.", _point())
LATEST = Shape(
    "LatestOut",
    "The latest observation, with the grade of its source.",
    _point(
        Field(
            "grade",
            Kind.ENUM,
            "How far the source can be trusted; null for an undeclared source.",
            nullable=True,
            enum=Grade,
        )
    ),
)
TARGET = Shape(
    "TargetOut",
    "The target of a row, at its data year.",
    (
        Field("year", Kind.INTEGER, "The data year whose figures decide the milestone."),
        Field("value", Kind.NUMBER, "The target, in the indicator's unit."),
        Field("comparator", Kind.ENUM, "How the target is met.", enum=Comparator),
    ),
)
_RATE = "a fraction per year (0.056 = 5.6 %/yr)"
_MEASURE = "The method's measure, 1 meaning the target is reached."
METHOD = Shape(
    "MethodOut",
    "One method's verdict on a row (--method all).",
    (
        Field("value", Kind.NUMBER, _MEASURE, nullable=True),
        Field("status", Kind.ENUM, "The verdict as one of hkit's statuses.", enum=Status),
        Field("class", Kind.TEXT, "The method's own class, e.g. sun.", path="klass"),
        Field("label", Kind.TEXT, "The method's own words for its class."),
        Field(
            "projected",
            Kind.NUMBER,
            "The value the method expects at the data year.",
            nullable=True,
        ),
        Field(
            "reach_year",
            Kind.NUMBER,
            "When the method expects the target to be reached; null if never.",
            nullable=True,
        ),
        Field(
            "judged_against",
            Kind.TEXT,
            "The milestone judged against, when not the row's own.",
            nullable=True,
        ),
        Field("notes", Kind.TEXTS, "Why a value is undefined, and caveats.", csv=False),
    ),
)
ROW = Shape(
    "RowOut",
    "One indicator against one milestone (or against no target).",
    (
        Field("indicator", Kind.TEXT, "The indicator's id.", path="indicator.id"),
        Field("name", Kind.TEXT, "The indicator's name.", path="indicator.name"),
        Field("group", Kind.TEXT, "The indicator's group.", path="indicator.group", nullable=True),
        Field("unit", Kind.TEXT, "The unit of every value.", path="indicator.unit"),
        Field(
            "direction",
            Kind.ENUM,
            "Which way the indicator should move.",
            path="indicator.direction",
            enum=Direction,
        ),
        Field("milestone", Kind.TEXT, "null for an indicator without a target.", nullable=True),
        Field(
            "baseline",
            Kind.OBJECT,
            "The base figure: the first at or after the baseline year.",
            nullable=True,
            shape=POINT,
        ),
        Field("latest", Kind.OBJECT, "The latest figure used.", nullable=True, shape=LATEST),
        Field("target", Kind.OBJECT, "The row's target.", nullable=True, shape=TARGET),
        Field(
            "years_left",
            Kind.INTEGER,
            "Data years from the latest figure to the target's.",
            nullable=True,
        ),
        Field("gap", Kind.NUMBER, "Target minus latest value, in the unit.", nullable=True),
        Field(
            "plan_rate",
            Kind.NUMBER,
            f"The growth the plan implied, base to target: {_RATE}.",
            nullable=True,
        ),
        Field(
            "actual_rate",
            Kind.NUMBER,
            f"The growth so far, base to latest: {_RATE}.",
            nullable=True,
        ),
        Field(
            "required_rate",
            Kind.NUMBER,
            f"The growth now needed, latest to target: {_RATE}.",
            nullable=True,
        ),
        Field("required_change", Kind.NUMBER, "Absolute change per year needed.", nullable=True),
        Field("actual_change", Kind.NUMBER, "Absolute change per year so far.", nullable=True),
        Field(
            "projected",
            Kind.NUMBER,
            "The value at the target's data year at the current pace.",
            nullable=True,
        ),
        Field(
            "reach_year",
            Kind.NUMBER,
            "The year the target is reached at the current pace; null if never.",
            nullable=True,
        ),
        Field("progress", Kind.NUMBER, "The method's progress measure P.", nullable=True),
        Field("score", Kind.NUMBER, "open-sdg score, -5 to 5.", nullable=True),
        Field("status", Kind.ENUM, "The row's status.", enum=Status),
        Field("status_label", Kind.TEXT, "The status in words."),
        Field("notes", Kind.TEXTS, "Why a value is undefined, and caveats."),
        Field(
            "methods",
            Kind.MAP,
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
        Field("schema_version", Kind.CONSTANT, "The version of this format.", value=SCHEMA_VERSION),
        Field("title", Kind.TEXT, "The plan's title.", path=f"{at}title"),
        Field("file", Kind.TEXT, "The targets file read.", path=f"{at}path"),
        Field(
            "as_of",
            Kind.INTEGER,
            "Only figures of this year and before were used.",
            path=f"{at}as_of",
            nullable=True,
        ),
        Field(
            "method", Kind.TEXT, "The method whose verdicts fill the rows.", path=f"{at}method.key"
        ),
    )


def _compared(record: str = "") -> Field:
    """The methods side by side, read from the report at ``record``."""
    return Field(
        "methods",
        Kind.TEXTS,
        "The methods side by side, by --method name (--method all only).",
        path=f"{record}.compared" if record else "compared",
        optional=True,
    )


REPORT = Shape(
    "ReportOut",
    "The output of ``hkit gap --format json``.",
    (
        *_head(),
        Field("rows", Kind.OBJECTS, "One row per indicator and milestone.", shape=ROW),
        _compared(),
    ),
)

# --- hkit show --format json --------------------------------------------------------------

INDICATOR = Shape(
    "IndicatorOut",
    "What the indicator measures and which way is good.",
    (
        Field("id", Kind.TEXT, "The indicator's id."),
        Field("name", Kind.TEXT, "The indicator's name."),
        Field("group", Kind.TEXT, "The indicator's group.", nullable=True),
        Field("unit", Kind.TEXT, "The unit of every value."),
        Field("direction", Kind.ENUM, "Which way the indicator should move.", enum=Direction),
        Field("display", Kind.ENUM, "How values are shown to people.", enum=Display),
        Field(
            "limit", Kind.NUMBER, "A natural bound, such as 100 for a percentage.", nullable=True
        ),
        Field("note", Kind.TEXT, "The targets file's note on the indicator.", nullable=True),
    ),
)
OBSERVATION = Shape(
    "ObservationOut",
    "One figure of the indicator, with its source.",
    (
        *_point(),
        Field("source_title", Kind.TEXT, "The title of the figure's source.", path="title"),
        Field("grade", Kind.ENUM, "How far the source can be trusted.", nullable=True, enum=Grade),
        Field("note", Kind.TEXT, "The targets file's note on the figure.", nullable=True),
        Field("used", Kind.BOOLEAN, "False for a figure after --as-of, shown but not used."),
    ),
)
PATH = Shape(
    "PathOut",
    "One year of the paths, in the indicator's unit; null where a path does not reach.",
    (
        Field("year", Kind.INTEGER, "The data year."),
        Field("observed", Kind.NUMBER, "The figure of that year.", nullable=True),
        Field("plan", Kind.NUMBER, "Where the plan's path puts the indicator.", nullable=True),
        Field("trend", Kind.NUMBER, "Where the current pace puts it.", nullable=True),
        Field("later", Kind.NUMBER, "A figure published after --as-of.", nullable=True),
    ),
)
STORY = Shape(
    "StoryOut",
    "The output of ``hkit show --format json``.",
    (
        *_head("report"),
        _compared("report"),
        Field("indicator", Kind.OBJECT, "The indicator.", shape=INDICATOR),
        Field("observations", Kind.OBJECTS, "Every figure.", path="figures", shape=OBSERVATION),
        Field("rows", Kind.OBJECTS, "The indicator's rows.", path="report.rows", shape=ROW),
        Field("path", Kind.OBJECTS, "The paths, year by year.", path="paths", shape=PATH),
        Field("notes", Kind.TEXTS, "Notes on the paths."),
    ),
)
