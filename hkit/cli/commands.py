"""The Typer app: its root options and the table of its commands.

Each command lives in a module of its own (``hkit.cli.gap``, ``hkit.cli.show``, ...); this
one assembles them. stdout carries the payload only (table, JSON, CSV, Markdown); messages
go to stderr. A run of one command builds only that command: Typer turns every registered
command's signature into Click parameters before it parses a word, which for seven commands
cost about a tenth of ``hkit gap --format json`` (``bench/run.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any

import typer

from hkit import __version__
from hkit.cli.usage import HkitGroup


class Command:
    """A command's function and its ``SETTINGS`` (short help, examples) for ``app.command``.

    A plain class: defining a NamedTuple costs about 5 M instructions at every start."""

    __slots__ = ("function", "settings")

    def __init__(self, function: Callable[..., None], settings: dict[str, Any]) -> None:
        self.function = function
        self.settings = settings


# Each loads its command's module when the command is built, so that a run imports only the
# module of the command it runs.
def _gap() -> Command:
    from hkit.cli import gap

    return Command(gap.gap, gap.SETTINGS)


def _show() -> Command:
    from hkit.cli import show

    return Command(show.show, show.SETTINGS)


def _report() -> Command:
    from hkit.cli import report

    return Command(report.report, report.SETTINGS)


def _validate() -> Command:
    from hkit.cli import validate

    return Command(validate.validate, validate.SETTINGS)


def _import() -> Command:
    from hkit.cli import import_

    return Command(import_.import_, import_.SETTINGS)


def _schema() -> Command:
    from hkit.cli import schema

    return Command(schema.schema, schema.SETTINGS)


def _diff() -> Command:
    from hkit.cli import diff

    return Command(diff.diff, diff.SETTINGS)


# Each command's name and its loader, in the order ``hkit --help`` lists them.
COMMANDS: dict[str, Callable[[], Command]] = {
    "gap": _gap,
    "show": _show,
    "report": _report,
    "validate": _validate,
    "import": _import,
    "schema": _schema,
    "diff": _diff,
}

_HELP = (
    "How far each indicator of a plan stands from its targets, and whether the current "
    "pace is enough. Ships with the eight reference indicators of the Hong Kong I&T "
    "Development Blueprint (2022); works on any targets file."
)
_EPILOG = (
    "Exit codes: 0 ok; 1 `gap --check` found a row below on track (or too old, with"
    " --max-age), or `diff --check` a row that got worse; 2 bad usage or bad input;"
    " 70 a bug in hkit."
)


def build_app(only: str | None = None) -> typer.Typer:
    """The hkit Typer app with every command, or with the command named ``only``.

    With one command the app still is a group (it has a root callback), so its usage lines,
    help and errors read exactly as the full app's do for that command.
    """
    app = typer.Typer(
        name="hkit",
        cls=HkitGroup,  # one error style: see hkit/cli/usage.py
        help=_HELP,
        epilog=_EPILOG,
        invoke_without_command=True,  # `hkit` alone prints the help (see _root)
        add_completion=True,  # --install-completion / --show-completion, Typer's own
        rich_markup_mode=None,  # plain help, as git and ruff print it: no boxes
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root)
    for name, load in COMMANDS.items():
        if only is None or name == only:
            command = load()
            app.command(name, **command.settings)(command.function)
    return app


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"hkit {__version__}\n")
        raise typer.Exit()


def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
    allow_outside: Annotated[
        bool,
        typer.Option(
            "--allow-outside",
            help="Read files outside the folder they belong to: a repository's symlinks and "
            "path patterns that leave it, an observations_file beside another folder "
            "(default: refused; also $HKIT_ALLOW_OUTSIDE=1).",
        ),
    ] = False,
) -> None:
    """How far each indicator stands from its targets."""
    from hkit.read import files

    files.forget()  # a run starts with nothing read (tests run several in one process)
    if allow_outside:
        files.allow_outside()
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        # `hkit` alone: the help on stdout and exit 0, as `git` and `ruff` do for `help`.
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit()


def command_to_build(args: list[str]) -> str | None:
    """The command to build alone for ``args``: the first word when it names a command and
    the shell is not asking for completions (those may list every command)."""
    if args and args[0] in COMMANDS and "_HKIT_COMPLETE" not in os.environ:
        return args[0]
    return None


@cache
def full_app() -> typer.Typer:
    """The app with every command, built once (``hkit.cli.app``)."""
    return build_app()
