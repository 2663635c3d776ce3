"""``hkit diff --format json``: ``{"schema_version": 1, "old": ..., "new": ..., "changes": [...]}``.

Every field, and which kinds of change have it, is ``hkit.contract.diff``'s (docs/contract.md);
the writer is generated from that table (``hkit/render/machine/generated/``).
"""

from __future__ import annotations

from typing import Any, TextIO

from hkit.assess.diff import Diff
from hkit.render.machine.generated.records import record_DiffOut
from hkit.render.machine.jsontext import dumps_indented


def render_json(diff: Diff) -> str:
    """The whole diff as indented JSON, one trailing newline."""
    document: dict[str, Any] = record_DiffOut(diff)
    return dumps_indented(document) + "\n"


def write_json(diff: Diff, out: TextIO) -> None:
    """Write ``render_json(diff)`` to ``out`` (the writer shape of the format registry)."""
    out.write(render_json(diff))
