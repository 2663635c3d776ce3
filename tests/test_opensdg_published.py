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

# Two real repositories, every calculation: left out of the fast loop (pytest -m "not slow").
pytestmark = pytest.mark.slow

COMPONENTS = "indicator_calculation_components.yml"
ROOT = Path(__file__).resolve().parent.parent


# Cases small enough to ship with the tests (one indicator each), cut with the same tool.
OWN = ROOT / "tests" / "opensdg"


def shared_base() -> Path:
    """Where the shared excerpts are: $HKIT_OPENSDG_EXCERPTS, else shared/data/open-sdg/
    beside the checkout (CI clones the repository with a copy of shared/ beside it)."""
    env = os.environ.get("HKIT_OPENSDG_EXCERPTS")
    return Path(env) if env else ROOT.parent / "shared" / "data" / "open-sdg"


def excerpt_roots() -> list[Path]:
    """The platform folders available here: the shared excerpts (none when they are not
    installed) and the tests' own."""
    found = []
    for base in (shared_base(), OWN):
        if base.is_dir():
            found += sorted(p for p in base.iterdir() if (p / COMPONENTS).is_file())
    return found


ROOTS = excerpt_roots()
SHARED = [root for root in ROOTS if root.parent != OWN]


def test_the_shared_excerpts_are_here_under_ci() -> None:
    """Under CI the two Statistics Canada excerpts must be replayed, never skipped."""
    if not os.environ.get("CI"):
        pytest.skip("outside CI the shared excerpts are optional")
    names = {root.name for root in SHARED}
    assert {"sdg-data-donnees-odd", "cif-data-donnees-cic"} <= names, (
        f"the open-sdg excerpts are missing from {shared_base()}: CI needs shared/ beside "
        "the clone, or $HKIT_OPENSDG_EXCERPTS"
    )


def test_several_sub_series_left_are_not_available() -> None:
    """CIF at acb73fb: the Ages 18 to 79 filter matches no row, so every age group of Both
    sexes is left; sdg-build published not_available, and so does hkit, with the reason."""
    (root,) = [r for r in ROOTS if r.name == "cif-data-donnees-cic-acb73fb"]
    rows = last_rows(assess(read_repository(root).plan).rows)
    row = rows["3-5-1 / Both sexes / Ages 18 to 79"]
    assert row.status.value == "not_available"
    assert "several sub-series are left in column 'Age group'" in (row.indicator.unavailable or "")


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
