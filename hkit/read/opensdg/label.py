"""The label sdg-build 2.4.0 gives one progress calculation (its ``series tag``).

The label is the indicator id, then the ``series``, the ``unit`` and each disaggregation value
that the calculation sets, joined with " / ". A label longer than ``MAX_LABEL`` characters is
shortened part by part, as the published ``indicator_calculation_components.yml`` files show
(35 shortened labels in Statistics Canada's two repositories, every one reproduced by this
rule): the separators are kept, and the longest part loses one character at a time (the
first of equally long parts first) until the label fits; a shortened part shows its first
characters and "..." in the length it was given. A leading underscore, which open-sdg uses to
sort a value first, is not shown.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_LABEL = 122
SEPARATOR = " / "
ELLIPSIS = "..."


def label_parts(inid: str, series: object, unit: object, values: Sequence[object]) -> list[str]:
    """The parts of a label: the id, the series and unit when set, each disaggregation value.

    Each part is ``str()`` of the metadata value, as sdg-build writes it (a null
    disaggregation value gives "None").
    """
    parts = [inid]
    if series is not None:
        parts.append(str(series))
    if unit is not None:
        parts.append(str(unit))
    parts.extend(str(value) for value in values)
    return [part[1:] if part.startswith("_") else part for part in parts]


def make_label(parts: Sequence[str]) -> str:
    """The parts joined with " / ", shortened to at most ``MAX_LABEL`` characters."""
    joined = SEPARATOR.join(parts)
    if len(joined) <= MAX_LABEL:
        return joined
    free = MAX_LABEL - len(SEPARATOR) * (len(parts) - 1)
    cap = _cap(parts, free)
    longer = [i for i, part in enumerate(parts) if len(part) > cap]
    # Characters left under the cap go to the last of the longer parts: trimming takes a
    # character from the first of the longest parts each time.
    extra = free - sum(min(len(part), cap) for part in parts)
    sizes = {i: cap + (1 if rank >= len(longer) - extra else 0) for rank, i in enumerate(longer)}
    shown = [
        part[: max(sizes[i] - len(ELLIPSIS), 0)] + ELLIPSIS if i in sizes else part
        for i, part in enumerate(parts)
    ]
    return SEPARATOR.join(shown)


def _cap(parts: Sequence[str], free: int) -> int:
    """The largest length ``c`` with ``sum(min(len(p), c)) <= free`` (water-filling)."""
    cap = 0
    while sum(min(len(part), cap + 1) for part in parts) <= free:
        cap += 1
    return cap
