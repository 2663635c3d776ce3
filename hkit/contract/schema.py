"""JSON Schemas of the targets file (schema version 1) and of ``gap --format json``.

The pydantic models here exist only to *describe* the two formats for editors and scripts;
hkit's own validator (``hkit.read.validate``) is what reads files, with located messages. pydantic
costs about 100 ms to import, so only ``hkit schema`` and the tests import this module.
The generated schemas are shipped as ``hkit/targets.schema.json`` and
``hkit/report.schema.json``; a test keeps them equal to what this module generates.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from hkit import contract
from hkit.contract import fields
from hkit.contract.fields import FieldKind, Shape
from hkit.model import Comparator, Direction, Display, Frequency, Grade
from hkit.read.checks import YEAR_RANGE
from hkit.read.validate import SCHEMA_VERSION

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TARGETS_SCHEMA_FILE = "targets.schema.json"
REPORT_SCHEMA_FILE = "report.schema.json"

Year = Annotated[int, Field(ge=YEAR_RANGE[0], le=YEAR_RANGE[1], description="A year.")]


class _Closed(BaseModel):
    """A mapping whose keys are all known: an unknown key is an error, as in hkit."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class MilestoneSpec(_Closed):
    """A milestone, judged on the figures of its data year."""

    data_year: Year = Field(description="The year whose figures decide the milestone.")
    note: str | None = None


class SourceSpec(_Closed):
    """A source that observations cite by its key."""

    title: str
    grade: Grade = Field(description="How far the source can be trusted, best first.")
    publisher: str | None = None
    date: (
        Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
        | Annotated[int, Field(ge=1000, le=9999)]
        | None
    ) = Field(default=None, description="Publication date: 2022, 2022-12 or 2022-12-21.")
    url: str | None = None
    description: str | None = None
    next_release: Annotated[str, Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$")] | None = Field(
        default=None,
        description=(
            "When the next release is expected: 2026-12-21 (due that day) or 2026-12 (due "
            "that month). `hkit validate` warns when it is due or overdue."
        ),
    )
    frequency: Frequency | None = Field(
        default=None,
        description=(
            "How often the source publishes; with a date and no next_release, the next "
            "release is expected one period after the date."
        ),
    )


class ObservationSpec(_Closed):
    """One published figure."""

    year: Year = Field(description="The data year the figure is for.")
    value: float = Field(description="The figure, in the indicator's unit (a number, not text).")
    source: str = Field(description="The key of a source declared under `sources`.")
    note: str | None = None
    quote: str | None = None


class TargetSpec(_Closed):
    """A target with options; a bare number is the short form."""

    value: float
    comparator: Comparator | None = Field(
        default=None,
        description="How the target is met; default at_least (increase) or at_most (decrease).",
    )
    note: str | None = None


class IndicatorSpec(_Closed):
    """One indicator: what it measures, which way is good, its figures and its targets."""

    id: str = Field(
        pattern=r"\S", description='A text id such as "1.1" (quote it in YAML), not empty.'
    )
    group: str | None = None
    name: str
    unit: str = Field(description='The unit of every value, e.g. "%" or "HK$".')
    direction: Direction = Field(description="Which way the indicator should move.")
    baseline_year: Year | None = Field(
        default=None, description="Overrides the file's baseline_year for this indicator."
    )
    limit: float | None = Field(
        default=None, description="A natural bound such as 100 for a percentage."
    )
    display: Display | None = Field(default=None, description="How values are shown to people.")
    note: str | None = None
    observations: list[ObservationSpec] = Field(description="Figures, one per year.")
    targets: dict[str, float | TargetSpec] | None = Field(
        default=None,
        description="Milestone name (declared under `milestones`) to target value or options.",
    )


class TargetsFile(_Closed):
    """An hkit targets file: indicators, observations and milestone targets."""

    model_config = ConfigDict(
        extra="forbid",
        use_enum_values=True,
        title="hkit targets file",
        json_schema_extra={"$schema": DIALECT},
    )

    schema_version: Literal[1] = Field(description="The version of this format.")
    title: str | None = None
    baseline_year: Year | None = Field(
        default=None, description="The data year progress is measured from."
    )
    milestones: dict[str, MilestoneSpec] = Field(
        description='Milestone name (e.g. "2027") to its data year.'
    )
    sources: dict[str, SourceSpec] = Field(description="Source key to its description.")
    indicators: list[IndicatorSpec]
    observations_file: str | None = Field(
        default=None,
        description=(
            "A CSV file of further figures, relative to this file: header "
            "indicator,year,value,source and an optional note column, one figure a row."
        ),
    )


def _model(shape: Shape, models: dict[str, type[BaseModel]], **config: Any) -> type[BaseModel]:
    """The pydantic model of one of the contract's objects (``hkit.contract``), built once.

    Objects of the output are open: more fields may be added within a schema_version.
    """
    if shape.title in models:
        return models[shape.title]
    fields: dict[str, Any] = {}
    for field in shape.fields:
        kind: Any = _type(field, models)
        if field.nullable:
            kind = kind | None
        if field.when:  # there only for some records: not required
            fields[field.name] = (kind, Field(default=None, description=field.description))
        elif field.optional:  # left out when empty: not required, never null
            empty = dict if field.kind is FieldKind.MAP else list
            fields[field.name] = (kind, Field(default_factory=empty, description=field.description))
        else:
            fields[field.name] = (kind, Field(description=field.description))
    model = create_model(
        shape.title,
        __config__=ConfigDict(extra="allow", use_enum_values=True, **config),  # type: ignore[typeddict-item]
        __doc__=shape.description,
        **fields,
    )
    models[shape.title] = model
    return model


def _type(field: fields.Field, models: dict[str, type[BaseModel]]) -> Any:
    """The Python type pydantic reads ``field``'s JSON Schema from."""
    kind = field.kind
    if kind is FieldKind.CONSTANT:
        return Literal[field.value]
    if kind is FieldKind.ENUM:
        return field.enum
    if kind is FieldKind.NUMBER_OR_ENUM:
        return float | field.enum
    if kind is FieldKind.TEXTS:
        return list[str]
    if field.shape is not None:
        model = _model(field.shape, models)
        shapes = {
            FieldKind.OBJECT: model,
            FieldKind.OBJECTS: list[model],  # type: ignore[valid-type]
            FieldKind.MAP: dict[str, model],  # type: ignore[valid-type]
        }
        return shapes[kind]
    plain = {
        FieldKind.TEXT: str,
        FieldKind.INTEGER: int,
        FieldKind.NUMBER: float,
        FieldKind.BOOLEAN: bool,
    }
    return plain.get(kind, float)


def targets_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a targets file."""
    assert SCHEMA_VERSION == 1, "update TargetsFile.schema_version"
    return TargetsFile.model_json_schema()


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``hkit gap --format json``, from ``hkit.contract``."""
    model = _model(
        contract.REPORT, {}, title="hkit gap report", json_schema_extra={"$schema": DIALECT}
    )
    return model.model_json_schema()
