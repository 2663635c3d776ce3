"""What a chart of ``hkit.render.html.svg_chart`` is made of: ticks and labels, markers,
targets, legend entries and the chart itself, as coordinates (SVG user units, written with
one decimal) and words, which ``templates/chart.svg.j2`` reads by attribute and escapes.

Plain classes with ``__slots__``, not NamedTuples: ``hkit report`` and ``show --format svg``
define them at every start, and defining a NamedTuple costs about 0.69 M instructions, a plain
class about 0.07 M (callgrind; issue 23). Nothing compares, hashes or unpacks them.
"""

from __future__ import annotations


class Tick:
    """A tick at ``at`` (an SVG coordinate) with its label; ``end``: the label ends left of
    ``at`` (the now line's, where it would run past the chart's right edge)."""

    __slots__ = ("at", "end", "label")

    def __init__(self, at: str, label: str, *, end: bool = False) -> None:
        self.at = at
        self.label = label
        self.end = end


class Mark:
    """A marker at (``x``, ``y``) with what it shows in words (its tooltip)."""

    __slots__ = ("label", "x", "y")

    def __init__(self, x: str, y: str, label: str) -> None:
        self.x = x
        self.y = y
        self.label = label


class TargetMark:
    """A target: its marker, its dashed level line from the plot's left edge, its label
    (``2032 target ≥2%``) and its tooltip (which data year judges the milestone)."""

    __slots__ = ("label", "line_from", "tooltip", "x", "y")

    def __init__(self, x: str, y: str, line_from: str, label: str, tooltip: str = "") -> None:
        self.x = x
        self.y = y
        self.line_from = line_from
        self.label = label
        self.tooltip = tooltip


class LegendItem:
    """One legend entry: the series' key (its CSS class), its words, its left edge and the
    centre of its line."""

    __slots__ = ("key", "label", "x", "y")

    def __init__(self, key: str, label: str, x: str, y: str) -> None:
        self.key = key
        self.label = label
        self.x = x
        self.y = y


class Chart:
    """Everything the SVG template draws; strings are coordinates or words, never markup."""

    __slots__ = (
        "axis",
        "band",
        "bottom",
        "desc",
        "figures",
        "grid",
        "heading",
        "height",
        "later",
        "left",
        "legend",
        "message",
        "now",
        "plan",
        "sources",
        "targets",
        "title",
        "top",
        "trend",
        "unit",
        "width",
        "x_ticks",
        "y_ticks",
    )

    def __init__(
        self,
        width: int,
        height: int,
        title: str,
        desc: str,
        heading: tuple[Tick, ...] = (),  # the visible title's lines (``at``: each baseline)
        unit: Tick | None = None,  # what the value axis is in, above it
        sources: tuple[Tick, ...] = (),  # the source line(s), under the legend
        left: str = "0",
        top: str = "0",
        bottom: str = "0",
        y_ticks: tuple[Tick, ...] = (),
        x_ticks: tuple[Tick, ...] = (),
        grid: str = "",  # path data: a line across the plot at each value tick
        axis: str = "",  # path data: the year axis and a tick mark at each year tick
        plan: str = "",  # polyline points "x,y x,y ..."
        trend: str = "",
        band: str = "",  # polygon points: the outlook's 80 % band around the current pace
        targets: tuple[TargetMark, ...] = (),
        figures: tuple[Mark, ...] = (),
        later: tuple[Mark, ...] = (),
        now: Tick | None = None,  # the as-of year (or the latest figure's): a vertical line
        legend: tuple[LegendItem, ...] = (),
        message: str = "",  # said instead of a plot when there is nothing to draw
    ) -> None:
        self.width = width
        self.height = height
        self.title = title
        self.desc = desc
        self.heading = heading
        self.unit = unit
        self.sources = sources
        self.left = left
        self.top = top
        self.bottom = bottom
        self.y_ticks = y_ticks
        self.x_ticks = x_ticks
        self.grid = grid
        self.axis = axis
        self.plan = plan
        self.trend = trend
        self.band = band
        self.targets = targets
        self.figures = figures
        self.later = later
        self.now = now
        self.legend = legend
        self.message = message
