"""The output formats of each output, stated once: (output, format) → the function that writes it.

Every writer takes the output's value and the stream to write to: a ``Report`` for ``gap``, a
``RollUp`` for ``gap --by group`` (rolled up once, before rendering), a ``Story`` for ``show``,
a ``Diff`` for ``diff``. Each is a small function here that imports its renderer when it is
called, so that a run imports only the renderer it uses (``gap --format json`` never imports
rich). The command line's ``--format`` choices are read from ``FORMATS``: a new format is one
function and one line below (docs/architecture.md). Standard library only.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from hkit.assess.diff import Diff
    from hkit.assess.record import Report
    from hkit.assess.rollup import RollUp
    from hkit.assess.story import Story


class Output(Enum):
    """What a run writes: the value a command hands to its writer."""

    GAP = "gap"  # a Report
    GROUPS = "gap --by group"  # a RollUp
    SHOW = "show"  # a Story
    DIFF = "diff"  # a Diff


def gap_table(report: Report, out: TextIO) -> None:
    """The gap table, with rich."""
    from hkit.render.terminal.table import print_table

    print_table(report, out)


def gap_json(report: Report, out: TextIO) -> None:
    """The gap document as JSON."""
    from hkit.render.machine.writers import write_json

    write_json(report, out)


def gap_csv(report: Report, out: TextIO) -> None:
    """The gap rows as CSV."""
    from hkit.render.machine.writers import write_csv

    write_csv(report, out)


def gap_markdown(report: Report, out: TextIO) -> None:
    """The gap table as Markdown."""
    from hkit.render.text.markdown import write_markdown

    write_markdown(report, out)


def groups_table(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as a table, with rich."""
    from hkit.render.terminal.groups import write_table

    write_table(rolled, out)


def groups_json(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as JSON."""
    from hkit.render.machine.groups import write_json

    write_json(rolled, out)


def groups_csv(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as CSV."""
    from hkit.render.machine.groups import write_csv

    write_csv(rolled, out)


def groups_markdown(rolled: RollUp, out: TextIO) -> None:
    """The roll-up as Markdown."""
    from hkit.render.text.groups import write_markdown

    write_markdown(rolled, out)


def show_table(story: Story, out: TextIO) -> None:
    """One indicator's story and chart, with rich."""
    from hkit.render.terminal.show import print_story

    print_story(story, out)


def show_json(story: Story, out: TextIO) -> None:
    """One indicator's story as JSON."""
    from hkit.render.machine.writers import write_story_json

    write_story_json(story, out)


def show_svg(story: Story, out: TextIO) -> None:
    """One indicator's chart as SVG."""
    from hkit.render.html.document import write_svg

    write_svg(story, out)


def diff_table(diff: Diff, out: TextIO) -> None:
    """The changes between two files as a plain-text table."""
    from hkit.render.terminal.diff import write_table

    write_table(diff, out)


def diff_json(diff: Diff, out: TextIO) -> None:
    """The changes as JSON."""
    from hkit.render.machine.diff import write_json

    write_json(diff, out)


def diff_markdown(diff: Diff, out: TextIO) -> None:
    """The changes as Markdown."""
    from hkit.render.text.diff import write_markdown

    write_markdown(diff, out)


Writer = Callable[[Any, TextIO], None]

# In the order the help lists them; the first is the default.
FORMATS: dict[Output, dict[str, Writer]] = {
    Output.GAP: {"table": gap_table, "json": gap_json, "csv": gap_csv, "markdown": gap_markdown},
    Output.GROUPS: {
        "table": groups_table,
        "json": groups_json,
        "csv": groups_csv,
        "markdown": groups_markdown,
    },
    Output.SHOW: {"table": show_table, "json": show_json, "svg": show_svg},
    Output.DIFF: {"table": diff_table, "json": diff_json, "markdown": diff_markdown},
}


def writer(output: Output, fmt: str) -> Writer:
    """The function that writes ``output`` in format ``fmt``."""
    return FORMATS[output][fmt]
