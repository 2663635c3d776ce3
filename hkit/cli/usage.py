"""How the command line reads its words and speaks of mistakes, in one style.

Every usage mistake, whoever finds it (hkit's own value parsers or Typer/Click's parser), is
written the same way, without boxes, and exits 2::

    hkit: error: --format: 'jsn' is not one of table, json, csv, markdown (did you mean 'json'?)
    Try 'hkit gap --help' for help.

The group class below runs the command line in Click's non-standalone mode (public API:
``Command.main(standalone_mode=False)``) and formats the public exception it raises; option
values with a fixed set of words are read here, so their message and hint are hkit's own.
Only the CLI layer imports this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, TypeVar, cast

import typer
from typer.core import TyperCommand, TyperGroup

from hkit.errors import ExitCode
from hkit.read.checks import YEAR_RANGE, did_you_mean
from hkit.textsafe import visible

E = TypeVar("E", bound=StrEnum)


class OptionValueError(typer.BadParameter):
    """A value hkit itself refused; ``message`` is hkit's wording, shown after the option."""


def choice(enum: type[E]) -> Callable[[str], E]:
    """A Typer ``parser`` reading one of ``enum``'s values (any case), with did-you-mean."""

    def parse(value: str | E) -> E:
        if isinstance(value, enum):  # a default, already parsed
            return value
        words = [member.value for member in enum]
        text = str(value)
        for member in enum:
            if member.value == text.strip().lower():
                return member
        hint = did_you_mean(text.lower(), words)
        raise OptionValueError(
            f"{text!r} is not one of {', '.join(words)}" + (f" ({hint})" if hint else "")
        )

    return parse


def choices(enum: type[StrEnum]) -> str:
    """``[table|json|csv|markdown]``: the metavar of an option with fixed words."""
    return "[" + "|".join(member.value for member in enum) + "]"


def complete(enum: type[StrEnum]) -> Callable[[str], list[str]]:
    """A Typer ``autocompletion`` offering ``enum``'s values that start with what was typed."""

    def offer(incomplete: str) -> list[str]:
        return [m.value for m in enum if m.value.startswith(incomplete.lower())]

    return offer


def year(value: str | int) -> int:
    """A Typer ``parser`` for a year: digits only, within the range hkit accepts."""
    if isinstance(value, int):
        return value
    text = value.strip()
    if not text.isdigit():
        raise OptionValueError(f"{value!r} is not a year (write it as 4 digits, e.g. 2025)")
    low, high = YEAR_RANGE
    number = int(text)
    if not low <= number <= high:
        raise OptionValueError(f"{number} is not a year between {low} and {high}")
    return number


def error_lines(exc: typer.TyperException, *, command: str = "hkit") -> list[str]:
    """The lines a usage mistake prints: ``hkit: error: ...`` then ``Try '... --help'``;
    ``command`` is the command path to name when the error does not carry one."""
    param = getattr(exc, "param", None)
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, OptionValueError) and param is not None:
        names = [*getattr(param, "opts", ())] or [str(param.name)]
        name = max(names, key=len)  # the long form, --format rather than -f
        message = f"{name}: {exc.message}"
    else:
        message = exc.format_message().strip()
        message = message[:1].lower() + message[1:] if message[1:2].islower() else message
    path = getattr(ctx, "command_path", None) or command
    lines = [f"hkit: error: {' '.join(message.split())}"]
    if exc.exit_code == ExitCode.INPUT_ERROR:
        lines.append(f"Try '{path} --help' for help.")
    return lines


class HkitCommand(TyperCommand):
    """A command whose usage line shows a required argument as ``ID``, not ``{ID}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # Click's Context
        """Typer writes required arguments in braces; git and Click write them bare."""
        return [
            piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
            for piece in super().collect_usage_pieces(ctx)
        ]


class HkitGroup(TyperGroup):
    """The ``hkit`` group: runs non-standalone and writes every mistake in hkit's style."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; a usage mistake is two lines on stderr and exit 2."""
        try:
            result = super().main(
                args, prog_name or "hkit", complete_var, standalone_mode=False, **extra
            )
        except typer.TyperException as exc:  # Click's errors, public through Typer
            words = sys.argv[1:] if args is None else list(args)
            name = next((word for word in words if word in self.commands), None)
            for line in error_lines(exc, command=f"hkit {name}" if name else "hkit"):
                sys.stderr.write(visible(line) + "\n")  # the words typed may hold controls
            code = cast("int", getattr(exc, "exit_code", ExitCode.INPUT_ERROR))
            raise SystemExit(code) from None
        except typer.Abort:  # Ctrl-D at a prompt; hkit has none, but Click may raise it
            sys.stderr.write("hkit: aborted\n")
            raise SystemExit(ExitCode.INPUT_ERROR) from None
        code = result if isinstance(result, int) else ExitCode.OK
        if standalone_mode:
            raise SystemExit(code)
        return result
