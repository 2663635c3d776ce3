"""``hkit gap --check --min-chance P``: a CI gate on the outlook (hkit.assess.outlook).

A row fails when its chance of meeting its target on the current trend is below P; the rows
that fail are named on stderr as every gate of ``--check`` names its rows (``hkit.cli.gate``).
A row with a target but no outlook (too few figures) fails only with ``--strict``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from hkit.cli.process import say

if TYPE_CHECKING:
    from hkit.assess.record import Report

MinChanceOption = Annotated[
    float | None,
    typer.Option(
        "--min-chance",
        min=0.0,
        max=1.0,
        metavar="P",
        help="With --check, exit 1 too if a row's chance of meeting its target on the "
        "current trend (its outlook) is below P, from 0 to 1.",
    ),
]


def require_check_for_chance(min_chance: float | None, *, check: bool) -> None:
    """``--min-chance`` is a gate: refuse it without ``--check`` rather than ignore it."""
    if min_chance is not None and not check:
        raise typer.BadParameter("only works with --check", param_hint="'--min-chance'")


def below_chance(report: Report, floor: float, *, strict: bool) -> bool:
    """``--min-chance``: name on stderr each row whose chance of meeting its target is below
    ``floor`` and say how many rows have no outlook; True if a row fails (with ``strict``, one
    without an outlook does too)."""
    from hkit.cli.gate import count, say_failures
    from hkit.render.text.outlook import per_cent, phrase

    judged = [row for row in report.rows if row.outlook is not None]  # rows with a target
    unknown = [row for row in judged if row.outlook is not None and row.outlook.chance is None]
    below = [
        row
        for row in judged
        if row.outlook is not None and row.outlook.chance is not None and row.outlook.chance < floor
    ]
    total = len(report.rows)
    if unknown:
        verb = "has" if len(unknown) == 1 else "have"
        say(f"hkit: {count(len(unknown), total)} {verb} no outlook for --min-chance to judge")
    say_failures(
        below, total, below=f"a {per_cent(floor)} chance", detail=lambda r: phrase(r) or ""
    )
    return bool(below or (strict and unknown))
