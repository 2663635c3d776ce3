"""The contract of ``hkit gap --by group --format json|csv``: the roll-up's fields, in order.

Read from ``hkit.assess.rollup``'s ``RollUp`` and ``GroupRow``. The score is written as computed,
not rounded as the rows' numbers are (``clean``): the roll-up's documents have carried it so
since they were first written, and rounding it now would change them. Standard library only.
"""

from __future__ import annotations

from hkit.contract.fields import Field, FieldKind, Shape
from hkit.model import Status

# The version of the roll-up's document; renaming or removing a field bumps it.
ROLLUP_SCHEMA_VERSION = 1

GROUP = Shape(
    "GroupOut",
    "One group at one milestone, rolled up from its rows as open-sdg rolls calculations up.",
    (
        Field("group", FieldKind.TEXT, "The group; an indicator without one is its own, by id."),
        Field(
            "milestone",
            FieldKind.TEXT,
            "The milestone; null when the group's rows have no target.",
            nullable=True,
        ),
        Field("status", FieldKind.ENUM, "The group's status, from its mean score.", enum=Status),
        Field("status_label", FieldKind.TEXT, "The status in words.", path="status.label"),
        Field(
            "score",
            FieldKind.NUMBER,
            "The mean open-sdg score of the rows assessed, -5 to 5; null if none has one.",
            nullable=True,
        ),
        Field("target_achieved", FieldKind.BOOLEAN, "Every row assessed achieved its target."),
        Field("assessed", FieldKind.INTEGER, "The rows with a score."),
        Field("not_available", FieldKind.INTEGER, "The rows without a score, left out."),
        Field("indicators", FieldKind.TEXTS, "The ids of the rows rolled up.", csv=False),
        Field("notes", FieldKind.TEXTS, "Why rows were left out.", csv=False),
    ),
)
ROLLUP = Shape(
    "RollUpOut",
    "The output of ``hkit gap --by group --format json``.",
    (
        Field(
            "schema_version",
            FieldKind.CONSTANT,
            "The version of this format.",
            value=ROLLUP_SCHEMA_VERSION,
        ),
        Field("title", FieldKind.TEXT, "The plan's title.", path="report.title"),
        Field("path", FieldKind.TEXT, "The targets file read.", path="report.path"),
        Field(
            "as_of",
            FieldKind.INTEGER,
            "Only figures up to this year were used.",
            path="report.as_of",
            nullable=True,
        ),
        Field("by", FieldKind.CONSTANT, "What the rows are rolled up by.", value="group"),
        Field("groups", FieldKind.OBJECTS, "One per group and milestone.", shape=GROUP),
    ),
)
