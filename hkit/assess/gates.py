"""What the gates of ``hkit gap --check`` judge, row by row, for CI: the rows whose latest figure
is too old (``--max-age``). The command line says which rows failed and chooses the exit code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hkit.assess.record import Row


def stale_rows(rows: Iterable[Row], *, today: dt.date, max_age: int) -> list[Row]:
    """Rows whose latest figure is more than ``max_age`` years older than ``today``'s year."""
    return [
        row for row in rows if row.latest is not None and today.year - row.latest.year > max_age
    ]
