"""The human table: rich, colour on a terminal only, a status word on every row.

Each indicator gets a heading (id, name, base and latest figure, shared by its milestones)
followed by one aligned line per milestone. Columns have the same widths across indicators,
so the whole reads as one table, and it fits 80 columns.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from hkit.assess.record import Mode, Report, Row
from hkit.model import Display
from hkit.render import words
from hkit.render.terminal import screen
from hkit.render.terminal.palette import STATUS_STYLES as STATUS_STYLES  # where it used to live
from hkit.render.terminal.palette import style
from hkit.render.text import outlook as outlook_text
from hkit.textsafe import visible

HEADERS = ("Milestone", "Target", "To go", "Plan", "Actual", "Needed", "Chance", "Status")
# Milestone is left-aligned like the status; the numbers are right-aligned.
RIGHT = {"Target", "To go", "Plan", "Actual", "Needed", "Chance"}
RATES = {"Plan", "Actual", "Needed"}
RATE_UNIT = "a year"  # printed under the rate headers, so the cells stay narrow
RATES_EXPLAINED = (
    "Plan, Actual and Needed are growth rates a year: the pace the plan implied from the base "
    "figure, the pace so far, and the pace needed from the latest figure."
)
NEEDED_EXPLAINED = "Needed is the growth rate a year needed from the latest figure."
INDENT = 5  # the narrowest indent: an id of up to four characters and a space
# The widest id column; a longer id goes on its name line, whole, instead of being cut.
ID_LIMIT = 12
TO_GO_EXPLAINED = (
    "To go is what the latest figure still lacks, in the target's direction; met once it "
    "meets the target."
)
CHANCE_EXPLAINED = (
    "Chance: of meeting the target on the current trend (the outlook, hkit show for its band)."
)


def _cells(row: Row) -> tuple[str, ...]:
    return (
        visible(row.milestone or words.DASH),
        # A unit written after the number is in the indicator's heading, not in every cell.
        "" if row.target is None else words.target(row, unit=False),
        words.to_go(row, unit=False) if row.target is not None else "",
        words.percent(row.plan_rate) if row.target is not None else "",
        words.percent(row.actual_rate),
        words.needed(row, per_year=False, unit=False) if row.target is not None else "",
        outlook_text.cell(row),
        row.status_label,
    )


# The columns a narrow window drops first, one by one, so that the status word (the one
# cell that matters most) is never cut: the chance, the rates, then the pace needed, what is
# to go, the target.
DROP_ORDER = ("Chance", "Plan", "Actual", "Needed", "To go", "Target")


def _grid(columns: list[tuple[str, int]], *, gutter: int) -> Table:
    grid = Table.grid(padding=(0, gutter))
    for header, width in columns:
        if header == "Status":
            # Whole words only: the status wraps at a space, never inside a word.
            grid.add_column(header, min_width=width, overflow="fold")
        elif header in RIGHT:
            # Folds only when _fit narrowed it below its widest cell (a huge number).
            grid.add_column(header, width=width, justify="right", overflow="fold")
        else:
            grid.add_column(header, width=width, overflow="fold")
    return grid


def indent_for(report: Report) -> int:
    """The indent of the milestone lines: the longest id of up to ``ID_LIMIT`` characters and
    a space (a longer id starts its name line instead)."""
    lengths = [INDENT - 1, *(cell_len(visible(row.indicator.id)) for row in report.rows)]
    return max((n + 1 for n in lengths if n <= ID_LIMIT), default=INDENT)


def fit_columns(
    widths: dict[str, int], *, width: int, indent: int = INDENT
) -> tuple[list[str], int]:
    """The headers to show in a console ``width`` columns wide, and the gap between them.

    All columns with two spaces between them if they fit; else without the chance; else with
    one space; then columns are dropped in ``DROP_ORDER`` until the rest fits beside the whole
    status word.
    """
    shown = list(HEADERS)

    def needs(gutter: int) -> int:
        return indent + sum(widths[h] for h in shown) + gutter * (len(shown) - 1)

    if needs(2) <= width:
        return shown, 2
    # The chance is extra: it goes before the gaps narrow.
    shown.remove("Chance")
    if needs(2) <= width:
        return shown, 2
    for header in DROP_ORDER[1:]:
        if needs(1) <= width:
            break
        shown.remove(header)
    return shown, 1


def build_table(report: Report, *, width: int = 80, sentences: bool = False) -> RenderableType:
    """The whole table as one rich renderable, for a console ``width`` columns wide; with
    ``sentences`` (``gap -v``), each indicator's rows are then said in their sentences.

    Below 80 columns the gaps between columns narrow from two spaces to one; in a narrower
    window the least needed columns are left out (and a note says which), so that the
    status word is always whole.
    """
    title = words.title(report)
    cells = [_cells(row) for row in report.rows]
    widths = {
        h: max([len(h), len(RATE_UNIT) if h in RATES else 0, *(cell_len(c[i]) for c in cells)])
        for i, h in enumerate(HEADERS)
    }
    # The longest status word decides the status column: "acceleration" never breaks.
    widths["Status"] = max([len("Status"), *(cell_len(w) for c in cells for w in c[-1].split())])
    indent = indent_for(report)
    shown, gutter = fit_columns(
        {**widths, "Status": max(cell_len(c[-1]) for c in cells) if cells else 6},
        width=width,
        indent=indent,
    )
    if indent + widths["Milestone"] + 1 + widths["Status"] > width:
        shown = ["Milestone"]  # stacked: each status on a line of its own, below its milestone
    keep = [HEADERS.index(h) for h in shown]
    # Stacked, the one column wraps at spaces, as the status column does.
    columns = [(h, widths[h]) for h in shown] if len(shown) > 1 else [("Status", widths["Status"])]
    header = _grid(columns, gutter=gutter)
    header.add_row(*(Text(h, style="bold") for h in shown))
    if RATES & set(shown):
        header.add_row(*(Text(RATE_UNIT if h in RATES else "", style="dim") for h in shown))
    parts: list[RenderableType] = [
        Text(title, style="bold"),
        Padding(header, (1, 0, 0, indent), expand=False),
    ]
    for _, group in groupby(report.rows, key=lambda row: row.indicator.id):
        rows = list(group)
        lines = _grid(columns, gutter=gutter)
        for row in rows:
            row_cells = _cells(row)
            # Text, not str: rich would read "[...]" in a cell as markup and ":smile:" as
            # an emoji; parsing every cell for markup also cost a fifth of the table's time.
            plain = [Text(row_cells[i]) for i in keep if HEADERS[i] != "Status"]
            status = Text(row_cells[-1], style=style(row.status))
            if "Status" in shown:
                lines.add_row(*plain, status)
            else:
                lines.add_row(*plain)
                lines.add_row(Text("  ").append_text(status))
        parts += [
            Text(""),
            _heading(rows[0], indent=indent),
            Padding(lines, (0, 0, 0, indent), expand=False),
        ]
        parts += _said(rows, indent=indent) if sentences else []
    parts += [Text(""), *_explained(shown)]
    caption = words.data_years(report)
    if caption:
        parts.append(Text(caption, style="dim"))
    return Group(*parts)


def _heading(first: Row, *, indent: int) -> RenderableType:
    """The indicator's id and name, then its base and latest figures. The id is never cut:
    one longer than its column starts a line of its own, at the margin, before the name."""
    heading = Table.grid(padding=(0, 1))
    heading.add_column(width=indent - 1, no_wrap=True)
    heading.add_column(overflow="fold")
    ident = Text(visible(first.indicator.id), style="bold")
    name = Text(visible(first.indicator.name))
    long = ident.cell_len > indent - 1
    if not long:
        heading.add_row(ident, name)
    heading.add_row("", Text(_figures(first), style="dim"))
    return Group(Text.assemble(ident, " ", name), heading) if long else heading


def _said(rows: list[Row], *, indent: int) -> list[RenderableType]:
    """The rows' sentences, dim, under their lines (Text, never markup: they quote names)."""
    said = Text("\n".join(visible(row.summary) for row in rows), style="dim")
    return [Padding(said, (0, 0, 0, indent))]


def _explained(shown: list[str]) -> list[Text]:
    """What the rate columns mean, and which columns a narrow window left out."""
    lines = []
    if "To go" in shown:
        lines.append(Text(TO_GO_EXPLAINED, style="dim"))
    if RATES & set(shown) == RATES:
        lines.append(Text(RATES_EXPLAINED, style="dim"))
    elif "Needed" in shown:
        lines.append(Text(NEEDED_EXPLAINED, style="dim"))
    if "Chance" in shown:
        lines.append(Text(CHANCE_EXPLAINED, style="dim"))
    # The chance is an extra the table shows where it fits (the outlook is in show, JSON and
    # CSV): leaving it out is not worth a line at every 80-column run.
    left_out = [h for h in HEADERS if h not in shown and h != "Chance"]
    if left_out:
        lines.append(
            Text(
                f"Left out to fit the window: {', '.join(left_out)} "
                "(widen it, or use --format csv or json).",
                style="dim",
            )
        )
    return lines


def _figures(row: Row) -> str:
    """``base 0.99% (2020) · latest 1.13% (2024)†``, and for a ratio what it is computed on."""
    if row.latest is None:
        return "no figure"
    if row.baseline is None or row.baseline.year == row.latest.year:
        figures = f"latest {words.latest(row)}; no later figure"
    else:
        figures = f"base {words.baseline(row)} · latest {words.latest(row)}"
    if row.indicator.display is Display.SHARE_RATIO:
        # The ratio is shown, but gaps and rates are on one share of it: say which.
        figures += f" · to go and rates in {visible(row.indicator.unit)}"
    return figures


def print_table(report: Report, file: TextIO | None = None, *, sentences: bool = False) -> None:
    """Print the table and its footnotes (``sentences``: each row's sentence under it); with
    ``--method all``, the comparison instead."""
    if report.mode is Mode.COMPARE:
        from hkit.render.terminal.compare import print_comparison

        print_comparison(report, file)
        return
    screen.write(
        lambda console: screen.with_footnotes(
            build_table(report, width=console.width, sentences=sentences),
            words.footnotes(report),
        ),
        file=file,
    )
