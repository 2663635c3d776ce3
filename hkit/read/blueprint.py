"""The shipped Blueprint targets file, read from its JSON twin while the twin is current.

``targets.yaml`` is the one source of the Blueprint's data; people edit it and review it.
``hkit/read/blueprint.json`` holds the same data as JSON with a stamp of the YAML it was made
from (its size and CRC-32). Reading it needs only the standard library's ``json``, where the
YAML needs PyYAML, whose import alone costs about a third of the start-up of ``hkit gap``
(docs/performance.md). The twin is generated, never committed: the build hook
(``hatch_build.py``) writes it into every wheel, and beside this module for an editable
install; ``scripts/regenerate`` rewrites it after an edit. When the stamp does not match the
YAML (an edited checkout), the twin is ignored and the YAML is read: the twin can make hkit
faster, never different.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

TWIN = Path(__file__).with_name("blueprint.json")
FORMAT = "hkit-blueprint-twin/1"


def stamp(yaml_bytes: bytes) -> str:
    """What identifies a YAML file's content: its size in bytes and its CRC-32.

    A currency check between two files that ship together, not a defence against tampering
    (whoever can edit one can edit both), so the checksum the interpreter already loaded
    will do.
    """
    return f"{len(yaml_bytes)}:{zlib.crc32(yaml_bytes):08x}"


def twin_text(yaml_bytes: bytes, data: Any) -> str:
    """The twin's JSON text for ``data``, the plain data parsed from ``yaml_bytes``."""
    document = {"format": FORMAT, "yaml": stamp(yaml_bytes), "data": data}
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def read_twin(yaml_bytes: bytes, *, twin: Path = TWIN) -> Any | None:
    """The plain data of the twin when it was made from ``yaml_bytes``; ``None`` when it is
    missing, unreadable or stale (the caller then parses the YAML itself)."""
    try:
        document = json.loads(twin.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    if document.get("yaml") != stamp(yaml_bytes):
        return None
    return document.get("data")


def make_twin(source: Path) -> str:
    """The twin's JSON text for the targets file ``source``, read by hkit's own rules.

    Raises ``InputError`` when the file has any problem (a duplicate key or a tag included):
    a twin would hide it, where reading the YAML reports it.
    """
    from hkit.errors import InputError
    from hkit.read.inputguard import decode
    from hkit.read.parse_yaml import parse_yaml
    from hkit.read.validate import build_plan

    raw = source.read_bytes()
    parsed = parse_yaml(decode(raw, name=str(source)), name=str(source))
    if parsed.problems:
        raise InputError(list(parsed.problems))
    build_plan(parsed.data, name=str(source), locate=parsed.locate)
    return twin_text(raw, parsed.data)
