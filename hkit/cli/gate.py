"""How a CI gate says what failed: a count, then one line per failing row on stderr.

``say_failures`` is shared by every gate of ``hkit gap --check`` (a status threshold,
``--fail-below``; any other threshold on the rows): each names the rows it fails and what
they fell below, and a reader of the job's log sees which rows to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer

from hkit.assess.gate import DEFAULT_THRESHOLD, RANKED, parse_threshold, threshold_words
from hkit.assess.record import Row
from hkit.cli.process import say
from hkit.cli.usage import OptionValueError
from hkit.model import Status
from hkit.read.checks import did_you_mean


def read_threshold(value: str | Status) -> Status:
    """A Typer ``parser`` for ``--fail-below``: a status word, with did-you-mean."""
    if isinstance(value, Status):
        return value
    try:
        return parse_threshold(value)
    except ValueError:
        words = [s.value for s in RANKED]
        hint = did_you_mean(value.lower(), list(threshold_words()))
        raise OptionValueError(
            f"{value!r} is not a status: use one of {', '.join(words)}, or the table's words "
            "hyphenated (on-track, needs-acceleration...)" + (f" ({hint})" if hint else "")
        ) from None


FAIL_BELOW_HELP = (
    "With --check (implied): fail on rows below this status (default on-track). A status of "
    "the JSON (moderate_progress) or the table's words hyphenated (needs-acceleration)."
)
FailBelowOption = Annotated[
    Any,  # a Status; Typer reads it with read_threshold
    typer.Option(
        "--fail-below",
        parser=read_threshold,
        metavar="STATUS",
        autocompletion=lambda incomplete: [
            w for w in threshold_words() if "_" not in w and w.startswith(incomplete.lower())
        ],
        help=FAIL_BELOW_HELP,
    ),
]


def row_line(row: Row) -> str:
    """``1.1 2027: Needs acceleration (moderate_progress)``: one failing row."""
    milestone = row.milestone or "no target"
    return f"  {row.indicator.id} {milestone}: {row.status_label} ({row.status.value})"


def say_failures(
    rows: Sequence[Row],
    total: int,
    *,
    below: str,
    detail: Callable[[Row], str] | None = None,
) -> None:
    """Say on stderr how many of ``total`` rows fall below ``below`` (``on track``,
    ``a 50% chance``), then each of them on a line (with ``detail(row)`` when given)."""
    if not rows:
        return
    verb = "is" if len(rows) == 1 else "are"
    say(f"hkit: {count(len(rows), total)} {verb} below {below}:")
    say_rows(rows, detail=detail)


def say_rows(rows: Sequence[Row], *, detail: Callable[[Row], str] | None = None) -> None:
    """One line per row on stderr (``row_line``), with ``detail(row)`` after a semicolon."""
    for row in rows:
        say(row_line(row) + (f"; {detail(row)}" if detail else ""))


def threshold_name(threshold: Status) -> str:
    """``on track``, ``needs acceleration``: the threshold as the table says it."""
    return (threshold.label if threshold is not DEFAULT_THRESHOLD else "On track").lower()


def count(rows: int, total: int) -> str:
    """``1 of 1 row``, ``2 of 18 rows``: the noun agrees with the total."""
    return f"{rows} of {total} row{'' if total == 1 else 's'}"
