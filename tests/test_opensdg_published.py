"""hkit reproduces what real open-sdg platforms publish in indicator_calculation_components.yml.

The excerpts of real data repositories (made with tests/tools/opensdg_excerpt.py, each with
its SOURCE.md and LICENSE) are read from $HKIT_OPENSDG_EXCERPTS, else from
shared/data/open-sdg/ beside the repository. Each folder holding a published components file
is one platform: every calculation in it must match (values and years exactly, progress and
score to 1e-6, status exactly), and so must every indicator's roll-up.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from hkit.assess.compute import assess
from hkit.assess.rates import ZERO_SUBSTITUTE
from hkit.assess.record import Row
from hkit.assess.rollup import roll_up
from hkit.read.opensdg import read_repository

COMPONENTS = "indicator_calculation_components.yml"
ROOT = Path(__file__).resolve().parent.parent


def excerpt_roots() -> list[Path]:
    """The platform folders available here (none when the excerpts are not installed)."""
    env = os.environ.get("HKIT_OPENSDG_EXCERPTS")
    base = Path(env) if env else ROOT.parent / "shared" / "data" / "open-sdg"
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if (p / COMPONENTS).is_file())


ROOTS = excerpt_roots()


def last_rows(rows: tuple[Row, ...]) -> dict[str, Row]:
    """Rows by published label: sdg-build keeps the last of calculations with one label."""
    by_label: dict[str, Row] = {}
    for row in rows:
        label = row.indicator.id
        if label.endswith(")") and " (" in label:
            stem, _, number = label.rpartition(" (")
            if number[:-1].isdigit():
                label = stem
        by_label[label] = row
    return by_label


def differences(published: dict[str, Any], row: Row) -> list[str]:
    """What differs between a published calculation and hkit's row (empty when none)."""
    ours: dict[str, Any] = {
        "base_value": row.baseline.value if row.baseline else None,
        "base_year": row.baseline.year if row.baseline else row.indicator.baseline_year,
        "current_value": row.latest.value if row.latest else None,
        "current_year": row.latest.year if row.latest else None,
        "progress_value": row.progress,
        "score": row.score,
        "status": row.status.value,
    }
    if published["base_value"] == ZERO_SUBSTITUTE and ours["base_value"] == 0:
        ours["base_value"] = ZERO_SUBSTITUTE  # sdg-build publishes the substitute
    found = []
    for key, mine in ours.items():
        theirs = published[key]
        tolerance = 1e-6 if key in ("progress_value", "score") else 0.0
        if theirs is None or mine is None or isinstance(theirs, str):
            same = theirs == mine
        else:
            same = math.isclose(theirs, mine, rel_tol=0.0, abs_tol=tolerance)
        if not same:
            found.append(f"{key}: published {theirs!r}, hkit {mine!r}")
    return found


@pytest.mark.skipif(not ROOTS, reason="no open-sdg excerpts here (see the module docstring)")
@pytest.mark.parametrize("root", ROOTS, ids=[p.name for p in ROOTS])
def test_every_published_calculation_is_reproduced(root: Path) -> None:
    published = yaml.safe_load((root / COMPONENTS).read_text(encoding="utf-8"))
    rows = last_rows(assess(read_repository(root).plan).rows)
    checked, wrong = 0, []
    for inid, block in published.items():
        for label, calculation in block.items():
            if not isinstance(calculation, dict):
                continue
            checked += 1
            row = rows.get(label)
            if row is None:
                wrong.append(f"{label}: hkit has no such calculation")
                continue
            wrong.extend(f"{label}: {d}" for d in differences(calculation, row))
        assert inid in {r.indicator.group for r in rows.values()} or all(
            not isinstance(v, dict) for v in block.values()
        )
    assert checked > 0
    assert wrong == []


@pytest.mark.skipif(not ROOTS, reason="no open-sdg excerpts here (see the module docstring)")
@pytest.mark.parametrize("root", ROOTS, ids=[p.name for p in ROOTS])
def test_every_published_indicator_status_is_reproduced_by_the_roll_up(root: Path) -> None:
    """``gap --by group`` gives each indicator the status and mean score the platform shows."""
    published = yaml.safe_load((root / COMPONENTS).read_text(encoding="utf-8"))
    groups: dict[str, list[Any]] = {}
    for row in roll_up(assess(read_repository(root).plan)):
        groups.setdefault(row.group, []).append(row)
    checked, wrong = 0, []
    for inid, block in published.items():
        if not any(isinstance(v, dict) for v in block.values()):
            continue  # no calculation: a status set by hand, or none
        checked += 1
        (ours,) = groups[inid]
        theirs = (block["progress_status"], block["score"])
        same_score = (theirs[1] is None and ours.score is None) or (
            theirs[1] is not None
            and ours.score is not None
            and math.isclose(theirs[1], ours.score, rel_tol=0.0, abs_tol=1e-6)
        )
        if theirs[0] != ours.status.value or not same_score:
            wrong.append(f"{inid}: published {theirs}, hkit {(ours.status.value, ours.score)}")
    assert checked > 0
    assert wrong == []
