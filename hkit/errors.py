"""User-facing errors and the exit codes they map to.

Core modules raise these; only ``hkit.cli`` turns them into messages on stderr and an exit code.
"""

from enum import IntEnum
from typing import NamedTuple


class ExitCode(IntEnum):
    """The documented exit statuses of every hkit command."""

    OK = 0
    OFF_TRACK = 1  # only with ``gap --check``: a row is below on track
    INPUT_ERROR = 2  # bad usage or bad input; the same code Typer uses for usage errors
    INTERNAL_ERROR = 70  # a bug in hkit (EX_SOFTWARE): never 1, which CI reads as off track


class Problem(NamedTuple):
    """One thing wrong with an input file, located as precisely as the parser allows.

    ``line`` and ``column`` are 1-based; ``path`` is a key path such as
    ``indicators[0].observations[1].year`` (empty for the document itself).
    """

    file: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        # "file:line:col: error: ..." is the form editors and CI annotations understand.
        text = f"{where}: error: "
        text += f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class HkitError(Exception):
    """Base of every error that is the user's to fix, not a bug."""


class InputError(HkitError):
    """The input could not be read or is not a valid targets file; holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UsageError(HkitError):
    """The command line asks for something the input cannot give (e.g. an unknown indicator)."""
