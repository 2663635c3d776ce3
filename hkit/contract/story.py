"""The contract of ``hkit show --format json``: the indicator, its figures, its rows (the
rows of ``hkit gap``, ``hkit.contract.ROW``) and its paths, read from ``hkit.assess.story``'s
``Story``. Standard library only.
"""

from __future__ import annotations

# The helpers are the package's own (hkit.contract), shared by its documents.
from hkit.contract import _GRADE, ROW, Field, FieldKind, Shape, _compared, _head, _maybe, _point
from hkit.model import Direction, Display, Grade

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
