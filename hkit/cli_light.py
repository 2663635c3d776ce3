"""Command classes that read hkit's plain options without importing pydantic.

Typer 0.29 coerces every non-boolean parameter through a pydantic ``TypeAdapter``, built
when the command runs: importing pydantic and building the adapters took about 55 ms of the
~140 ms that ``hkit gap --format json`` needed (python -X importtime, perf_counter), more than
all of hkit's own work on the Blueprint file. hkit's options are a path, lists of words, a
year and a format name. ``LightCommand`` and ``LightGroup`` give each parameter a coercer
that handles exactly those common, valid values the way Typer does (tests compare the two
on every option) and hands anything else, including every invalid value, to Typer's own
coercion, so that error messages stay Typer's.

Only Typer's parameter objects are touched, through attributes Typer itself uses
(``_runtime_param``, ``type_descriptor``). With a Typer that has no such layer (before 0.29)
or a changed one, nothing is installed and Typer works as usual.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, get_args

import typer.core

try:  # Typer 0.29's coercion layer; absent in other versions
    from typer._coercion import build_runtime_param
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - depends on the installed Typer
    build_runtime_param = None  # type: ignore[assignment]
    _TyperParameter = None  # type: ignore[assignment,misc]

# A plain year or count: no sign, no leading zero, no underscore (those go to Typer).
_DIGITS = re.compile(r"0|[1-9][0-9]{0,8}")
_MISSING = object()


class _LightParam:
    """Coerces the plain values of one parameter; everything else goes to Typer's coercer."""

    def __init__(self, param: Any) -> None:
        self.descriptor = param.type_descriptor
        self.full: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        """The parameter's value, as Typer's own coercion would give it."""
        multiple = param.multiple or param.nargs == -1
        if value is None:  # as Typer's RuntimeParam.coerce
            return () if multiple else None
        fast = _plain(value, self.descriptor, ctx, multiple=multiple)
        if fast is not _MISSING:
            return fast
        return self._typer().coerce(value, param=param, ctx=ctx)

    def _typer(self) -> Any:
        """Typer's own coercer for this parameter, built on first need."""
        if self.full is None:
            self.full = build_runtime_param(self.descriptor)
        return self.full

    def __getattr__(self, name: str) -> Any:
        # Anything else a (newer) Typer asks of its coercer goes to Typer's own, so a change
        # in how Typer calls it costs speed, never correctness.
        if name in ("descriptor", "full"):
            raise AttributeError(name)
        return getattr(self._typer(), name)


def _plain(value: Any, descriptor: Any, ctx: Any, *, multiple: bool) -> Any:
    """``value`` coerced if it is one of the plain cases, else ``_MISSING``."""
    info = descriptor.parameter_info
    if getattr(info, "parser", None) is not None or descriptor.is_file:
        return _MISSING
    annotation = descriptor.annotation
    if multiple:
        if (
            descriptor.is_list
            and isinstance(value, list | tuple)
            and get_args(annotation) == (str,)
            and all(type(item) is str for item in value)
        ):
            return list(value)
        return _MISSING
    if annotation is bool and isinstance(value, bool):
        return value
    if annotation is str and type(value) is str:
        return value
    if annotation is int and type(value) is str and not info.clamp:
        if _DIGITS.fullmatch(value):
            number = int(value)
            low, high = info.min, info.max
            if (low is None or number >= low) and (high is None or number <= high):
                return number
        return _MISSING
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        if type(value) is str and ctx.token_normalize_func is None:
            for member in annotation:
                name = str(member.value)
                if value == name:
                    return member
                if not info.case_sensitive and value.casefold() == name.casefold():
                    return member
    return _MISSING


def _lighten(params: list[Any]) -> list[Any]:
    if _TyperParameter is None or build_runtime_param is None:  # pragma: no cover
        return params
    for param in params:
        if (
            isinstance(param, _TyperParameter)
            and getattr(param, "_runtime_param", _MISSING) is None
            and hasattr(param, "type_descriptor")
        ):
            param._runtime_param = _LightParam(param)  # type: ignore[assignment]
    return params


class LightCommand(typer.core.TyperCommand):
    """A Typer command whose parameters read plain values without pydantic."""

    def get_params(self, ctx: Any) -> list[Any]:
        """Typer's parameters (help option included), each with a light coercer."""
        return _lighten(super().get_params(ctx))


class LightGroup(typer.core.TyperGroup):
    """A Typer group whose own options read plain values without pydantic."""

    def get_params(self, ctx: Any) -> list[Any]:
        """Typer's parameters (help option included), each with a light coercer."""
        return _lighten(super().get_params(ctx))
