"""The words around a chart that can leave hkit: its title, the unit of its value axis, its
source line and each target's label, as plain strings (``svg_chart`` places them; the template
escapes them). No drawing here.
"""

from __future__ import annotations

import textwrap

from hkit.assess.story import Story
from hkit.render import words

# Characters per line: the title (17-unit bold text) and the source line (12-unit text) in a
# chart 560 units wide, with a margin.
TITLE_CHARACTERS = 52
SOURCE_CHARACTERS = 82
# Lines at most: a longer source line ends with "…" (the report's sources table has them all).
SOURCE_LINES = 6


def title_lines(story: Story) -> list[str]:
    """The chart's title, the indicator's id and name, wrapped at word boundaries."""
    ind = story.indicator
    return textwrap.wrap(f"{ind.id} {ind.name}", TITLE_CHARACTERS) or [ind.id]


def unit_label(story: Story) -> str:
    """What the value axis is in: ``%``, ``HK$``, ``kt CO2e``, ``% (private share)``."""
    unit = " ".join(story.indicator.unit.split())
    return f"Unit: {unit}" if unit else ""


def source_lines(story: Story) -> list[str]:
    """``Source: <publisher>; <publisher> (hkit)``: who published the figures drawn, once
    each, in the order of the figures; wrapped, at most ``SOURCE_LINES`` lines."""
    names: list[str] = []
    for figure in story.figures:
        declared = story.sources.get(figure.source)
        name = (declared.publisher if declared and declared.publisher else None) or figure.title
        if name not in names:
            names.append(name)
    if not names:
        return []
    label = "Source" if len(names) == 1 else "Sources"
    lines = textwrap.wrap(f"{label}: {'; '.join(names)}. Chart: hkit.", SOURCE_CHARACTERS)
    if len(lines) > SOURCE_LINES:
        lines = [*lines[: SOURCE_LINES - 1], lines[SOURCE_LINES - 1][: SOURCE_CHARACTERS - 1] + "…"]
    return lines


def target_label(story: Story, year: float, value: float) -> tuple[str, str]:
    """``2032 target ≥2%`` (drawn at its data year) and its tooltip, which says the year the
    milestone is judged on; a target no row names is its value alone."""
    for row in story.report.rows:
        if row.target is not None and row.target.year == year and row.target.value == value:
            label = f"{row.milestone} target {words.target(row, unit=False)}"
            if row.milestone == str(row.target.year):
                return label, label
            return label, f"{label}, judged on the figures of {row.target.year}"
    label = f"target {words.value(story.indicator, value, unit=False)}"
    return label, label
