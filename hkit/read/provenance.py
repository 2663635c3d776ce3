"""Provenance checks on a valid plan: figures a reader cannot trace to a document.

These are warnings, not errors: a file whose figures come from a printed report with no URL
is still a valid targets file, but the reader should know. Pure: returns the messages, the
CLI prints them on stderr.
"""

from __future__ import annotations

from hkit.model import Grade, Plan
from hkit.read.document import render_path


def source_warnings(plan: Plan) -> list[str]:
    """One ``file: warning: sources.KEY: ...`` line per cited source that cannot be traced.

    A source cited by an observation must have a URL, except a ``derived`` one, which must
    instead have a description (stating its formula and inputs). Uncited sources are not
    checked: they may be the inputs of a derived value.
    """
    cited: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for indicator in plan.indicators:
        for obs in indicator.observations:
            ids = cited.setdefault(obs.source, [])
            if indicator.id not in ids:
                ids.append(indicator.id)
            counts[obs.source] = counts.get(obs.source, 0) + 1
    warnings: list[str] = []
    for key, source in plan.sources.items():
        if key not in cited:
            continue
        if source.grade is Grade.DERIVED:
            if source.description:
                continue
            problem = "derived source has no description stating its formula and inputs"
        elif source.url:
            continue
        else:
            problem = "source has no url"
        count = counts[key]
        figures = "figure cites" if count == 1 else "figures cite"
        warnings.append(
            f"{plan.path}: warning: {render_path(('sources', key))}: {problem}; "
            f"{count} {figures} it (indicators {', '.join(cited[key])})"
        )
    return warnings
