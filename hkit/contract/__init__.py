"""The output contract, stated once: every field of hkit's JSON documents, in order.

Each table (a ``Shape``, of ``Field``s: ``hkit.contract.fields``) lists a JSON object's fields:
name, kind, description, and the
attribute of the record (``hkit.assess.record``, ``hkit.model``, ``hkit.assess.story``) it is
read from.
Everything else is derived from these tables: the row writers and the CSV columns
(``hkit.render.machine.codegen``, written into ``hkit/render/machine/generated/``), the JSON
Schema of the report (``hkit.contract.schema``) and docs/contract.md's field list (tests
compare them). To add a field: an attribute on the record and one ``Field`` here, then
``python scripts/regenerate``; docs/architecture.md. The documents of ``gap --by group`` and
``diff`` are in ``hkit.contract.rollup`` and ``hkit.contract.diff``, read only by those.

Standard library only: ``gap --format json`` reads this at start-up.
"""

from __future__ import annotations

from typing import Any

from hkit.contract.fields import Field, FieldKind, Shape
from hkit.model import Comparator, Direction, Display, Grade, Scale, Status

# The version of the JSON documents; renaming or removing a field bumps it, adding does not.
SCHEMA_VERSION = 1


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
        _maybe("to_go", "What is still to go in the target's direction, in the unit; 0 once met."),
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
        Field("summary", FieldKind.TEXT, "The row in one sentence, for people (wording may vary)."),
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

# --- hkit show --format json --------------------------------------------------------------

INDICATOR = Shape(
    "IndicatorOut",
    "What the indicator measures and which way is good.",
    (
        Field("id", FieldKind.TEXT, "The indicator's id."),
        Field("name", FieldKind.TEXT, "The indicator's name."),
        Field("group", FieldKind.TEXT, "The indicator's group.", nullable=True),
        Field("unit", FieldKind.TEXT, "The unit of every value."),
        Field("direction", FieldKind.ENUM, "Which way the indicator should move.", enum=Direction),
        Field("display", FieldKind.ENUM, "How values are shown to people.", enum=Display),
        _maybe("limit", "A natural bound, such as 100 for a percentage."),
        _maybe("note", "The targets file's note on the indicator.", FieldKind.TEXT),
    ),
)
OBSERVATION = Shape(
    "ObservationOut",
    "One figure of the indicator, with its source.",
    (
        *_point(),
        Field("source_title", FieldKind.TEXT, "The title of the figure's source.", path="title"),
        _maybe("grade", _GRADE, FieldKind.ENUM, enum=Grade),
        _maybe("note", "The targets file's note on the figure.", FieldKind.TEXT),
        Field("used", FieldKind.BOOLEAN, "False for a figure after --as-of, shown but not used."),
    ),
)
PATH = Shape(
    "PathOut",
    "One year of the paths, in the indicator's unit; null where a path does not reach.",
    (
        Field("year", FieldKind.INTEGER, "The data year."),
        _maybe("observed", "The figure of that year."),
        _maybe("plan", "Where the plan's path puts the indicator."),
        _maybe("trend", "Where the current pace puts it."),
        _maybe("trend_low", "The 10th percentile around the current pace (after the latest)."),
        _maybe("trend_high", "The 90th percentile around the current pace (after the latest)."),
        _maybe("later", "A figure published after --as-of."),
    ),
)
STORY = Shape(
    "StoryOut",
    "The output of ``hkit show --format json``.",
    (
        *_head("report"),
        _compared("report"),
        Field("indicator", FieldKind.OBJECT, "The indicator.", shape=INDICATOR),
        Field(
            "observations", FieldKind.OBJECTS, "Every figure.", path="figures", shape=OBSERVATION
        ),
        Field("rows", FieldKind.OBJECTS, "The indicator's rows.", path="report.rows", shape=ROW),
        Field("path", FieldKind.OBJECTS, "The paths, year by year.", path="paths", shape=PATH),
        Field("notes", FieldKind.TEXTS, "Notes on the paths."),
    ),
)
