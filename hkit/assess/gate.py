"""Which rows fail a CI gate: ``gap --check --fail-below STATUS``, and ``--max-age``.

The statuses are ranked best first (``RANKED``); a row fails when its status ranks below the
threshold. A row that cannot be judged (``not_available``) is neither above nor below: only
``--strict`` fails it. Pure functions: the command line says which rows failed
(``hkit.cli.gate``), and other gates (a chance threshold) list their rows the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hkit.assess.record import Row
from hkit.model import Status

# Best first. A missed milestone is the worst: its data year has passed without the target.
RANKED = (
    Status.TARGET_ACHIEVED,
    Status.SUBSTANTIAL_PROGRESS,
    Status.MODERATE_PROGRESS,
    Status.LIMITED_PROGRESS,
    Status.DETERIORATION,
    Status.MISSED,
)
# Words people bring from elsewhere: "negative progress" is what the issue that asked for the
# threshold (and readers of SDG progress charts) call a deterioration.
ALIASES = {"negative_progress": Status.DETERIORATION}
# The default threshold: a row below on track fails, as --check always did.
DEFAULT_THRESHOLD = Status.SUBSTANTIAL_PROGRESS


def threshold_words() -> dict[str, Status]:
    """Every word ``--fail-below`` accepts: the JSON's status values (``moderate_progress``)
    and the table's words hyphenated (``needs-acceleration``), both also with ``-`` for ``_``."""
    words: dict[str, Status] = {}
    for status in RANKED:
        for word in (status.value, status.label.lower().replace(" ", "-")):
            words[word] = status
            words[word.replace("_", "-")] = status
    for word, status in ALIASES.items():
        words[word] = words[word.replace("_", "-")] = status
    return words


def parse_threshold(word: str) -> Status:
    """The status a ``--fail-below`` word names (any case); ValueError if none."""
    key = word.strip().lower().replace(" ", "-")
    try:
        return threshold_words()[key]
    except KeyError:
        raise ValueError(word) from None


def is_below(status: Status, threshold: Status) -> bool:
    """Whether ``status`` ranks below ``threshold`` (never for ``not_available``)."""
    if status is Status.NOT_AVAILABLE:
        return False
    return RANKED.index(status) > RANKED.index(threshold)


def failing(rows: Iterable[Row], threshold: Status = DEFAULT_THRESHOLD) -> list[Row]:
    """The rows below ``threshold``, in report order."""
    return [row for row in rows if is_below(row.status, threshold)]


def stale_rows(rows: Iterable[Row], *, today: dt.date, max_age: int) -> list[Row]:
    """Rows whose latest figure is more than ``max_age`` years older than ``today``'s year."""
    return [
        row for row in rows if row.latest is not None and today.year - row.latest.year > max_age
    ]
