"""open-sdg data repositories as hkit input: ``hkit gap DIR`` where DIR holds ``data/``.

Only constructs ``hkit.model`` objects (one indicator per sdg-build 2.4.0 progress
calculation), so compute and render work on them unchanged. See ``repository.py``.
"""

from __future__ import annotations

from hkit.read.opensdg.repository import Loaded, read_repository

__all__ = ["Loaded", "read_repository"]
