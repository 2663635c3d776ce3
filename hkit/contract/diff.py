"""The contract of ``hkit diff --format json``: the fields of a change, in order.

Read from ``hkit.assess.diff``'s ``Diff`` and ``Change``. Which fields a change has depends on its
kind (``Field.when``): a status or target change names its milestone, a figure change its
year; a status change has the statuses' words and ``worse``, a target change the comparators,
a figure change the sources and their grades. Standard library only.
"""

from __future__ import annotations

from enum import StrEnum

from hkit.assess.diff import Kind as ChangeKind
from hkit.contract.fields import Field, FieldKind, Shape
from hkit.model import Comparator, Grade, Status

# The version of the diff's document; renaming or removing a field bumps it.
DIFF_SCHEMA_VERSION = 1
_FILES = {"before": "the old file", "after": "the new file"}


def _sides(
    name: str,
    kind: FieldKind,
    description: str,
    *,
    when: str = "",
    enum: type[StrEnum] | None = None,
    attribute: str = "",
) -> tuple[Field, ...]:
    """``before_<name>`` and ``after_<name>`` (read from ``<side>_<attribute>``), one for
    each file; all may be null."""
    return tuple(
        Field(
            f"{side}_{name}" if name else side,
            kind,
            f"{description}, in {words}.",
            f"{side}_{attribute}" if attribute else "",
            nullable=True,
            when=when,
            enum=enum,
        )
        for side, words in _FILES.items()
    )


CHANGE = Shape(
    "ChangeOut",
    "One change from the old file to the new one.",
    (
        Field("kind", FieldKind.ENUM, "What changed.", enum=ChangeKind),
        Field("indicator", FieldKind.TEXT, "The indicator's id.", path="indicator.id"),
        Field("name", FieldKind.TEXT, "The indicator's name.", path="indicator.name"),
        Field(
            "milestone",
            FieldKind.TEXT,
            "The row's milestone (status and target changes); null for no target.",
            nullable=True,
            when="of_row",
        ),
        Field(
            "year", FieldKind.INTEGER, "The figure's data year (figure changes).", when="of_figure"
        ),
        *_sides(
            "",
            FieldKind.NUMBER_OR_ENUM,
            "The status (status changes), the target (target changes) or the figure",
            enum=Status,
        ),
        *_sides("label", FieldKind.TEXT, "The status in words (status changes)", when="of_status"),
        Field(
            "worse", FieldKind.BOOLEAN, "The status got worse (status changes).", when="of_status"
        ),
        *_sides(
            "comparator",
            FieldKind.ENUM,
            "How the target is met (target changes)",
            when="of_target",
            enum=Comparator,
            attribute="source",
        ),
        *_sides(
            "source", FieldKind.TEXT, "The figure's source key (figure changes)", when="of_figure"
        ),
        *_sides(
            "grade",
            FieldKind.ENUM,
            "That source's grade (figure changes)",
            when="of_figure",
            enum=Grade,
        ),
    ),
)
DIFF = Shape(
    "DiffOut",
    "The output of ``hkit diff --format json``.",
    (
        Field(
            "schema_version",
            FieldKind.CONSTANT,
            "The version of this format.",
            value=DIFF_SCHEMA_VERSION,
        ),
        Field("old", FieldKind.TEXT, "The old targets file, as given."),
        Field("new", FieldKind.TEXT, "The new targets file, as given."),
        Field("changes", FieldKind.OBJECTS, "The changes, in listing order.", shape=CHANGE),
    ),
)
