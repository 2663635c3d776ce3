"""Every colour hkit uses, in one place: the statuses and the chart's series.

Colour only helps: every status is also a word and every series has its own marker, so
output without colour (``--color never``, ``NO_COLOR``, a pipe) loses nothing. The colours
are the terminal's own eight (the theme maps them to shades that read on its background),
never yellow (about 1.7:1 on white) nor a fixed 256-colour shade (the theme cannot adapt
it); statuses of the same hue differ in weight, so no two statuses look alike.
"""

from __future__ import annotations

from hkit.model import Status

STATUS_STYLES = {
    Status.TARGET_ACHIEVED: "bold green",
    Status.SUBSTANTIAL_PROGRESS: "cyan",
    Status.MODERATE_PROGRESS: "bold magenta",
    Status.LIMITED_PROGRESS: "magenta",
    Status.DETERIORATION: "red",
    Status.MISSED: "bold red",
    Status.NOT_AVAILABLE: "dim",
}

# The chart's series: (marker, style); each marker differs, so colour is never needed.
SERIES = {
    "observed": ("●", "bold"),
    "later": ("○", "magenta"),
    "target": ("◆", "bold red"),
    "plan": ("·", "cyan"),
    "trend": ("∗", "green"),
    "band": ("░", "dim green"),
}


def style(status: Status) -> str:
    """The rich style of a status word."""
    return STATUS_STYLES[status]
