"""The outlook's calibration backtest on real series (docs/calibration.md), run by hand.

    python bench/calibration.py            # the table of docs/calibration.md
    python bench/calibration.py --models   # every candidate model side by side

Every series is cut as ``--as-of`` cuts it: at each year Y with a figure, only the figures up
to Y are known, and the outlook is drawn from the figures from the base to that latest one
(at least three), through hkit's own functions (``hkit.assess.compute.choose_base``,
``hkit.assess.growth.growth_of``, ``hkit.assess.outlook``). Then, over every later figure
that exists:

- coverage: how often the figure h years later falls inside the 80 % band (by horizon, and
  overall for horizons 1 to 10);
- Brier score: the mean of (chance − outcome)² of "the figure of year Y meets the target",
  for every target of the series and every later year Y with a figure (within 10 years): each
  is a milestone whose outcome is known, had the target been set for that year (the series'
  real milestones alone are too few: most fall in 2030). Beside it, the score of always
  saying the share met (the base rate), which an outlook must beat to be worth printing.

Series: the Statistics Canada excerpts in /work/shared/data/open-sdg/ (read with hkit's open-sdg
reader) and the shipped targets.yaml. Training part: sdg-data-donnees-odd (the widening factor
is estimated there and nowhere else); held-out part: cif-data-donnees-cic and the Blueprint.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hkit.assess import outlook, rates
from hkit.assess.compute import choose_base
from hkit.assess.growth import growth_of
from hkit.assess.record import RowTarget
from hkit.model import Indicator, Observation, Plan
from hkit.read.load import load_plan
from hkit.read.opensdg import read_repository

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data/open-sdg")
TRAINING = ("sdg-data-donnees-odd",)
HELD_OUT = ("cif-data-donnees-cic", "targets.yaml")
MAX_HORIZON = 10
HORIZON_ROWS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 10))
FEW = 5  # "few figures": the Blueprint's rows have three to five


@dataclass(slots=True)
class Tally:
    """What one part of the backtest found under one model."""

    inside: dict[int, int] = field(default_factory=dict)  # by horizon
    total: dict[int, int] = field(default_factory=dict)
    # The same for cuts of at most FEW figures (the Blueprint's case), by horizon.
    few_inside: dict[int, int] = field(default_factory=dict)
    few_total: dict[int, int] = field(default_factory=dict)
    forecasts: list[tuple[float, bool]] = field(default_factory=list)  # (chance, met)
    series: int = 0

    def coverage(self, first: int, last: int, *, few: bool = False) -> tuple[float, int]:
        """The share inside the band for horizons ``first`` to ``last``, and how many (only
        cuts of at most ``FEW`` figures if ``few``)."""
        inside, total = (self.few_inside, self.few_total) if few else (self.inside, self.total)
        hits = sum(inside.get(h, 0) for h in range(first, last + 1))
        count = sum(total.get(h, 0) for h in range(first, last + 1))
        return (hits / count if count else float("nan")), count

    def brier(self) -> tuple[float, float, int]:
        """The Brier score of the chances, that of the base rate, and the count."""
        if not self.forecasts:
            return float("nan"), float("nan"), 0
        rate = sum(met for _, met in self.forecasts) / len(self.forecasts)
        score = statistics.fmean((p - met) ** 2 for p, met in self.forecasts)
        climate = statistics.fmean((rate - met) ** 2 for _, met in self.forecasts)
        return score, climate, len(self.forecasts)


def plans(names: tuple[str, ...]) -> Iterator[Plan]:
    """The plans of a part: open-sdg repositories by folder name, or the shipped file."""
    for name in names:
        yield plan_named(name)


@functools.cache
def plan_named(name: str) -> Plan:
    """An open-sdg repository by folder name, or the shipped file, read once."""
    if name == "targets.yaml":
        return load_plan(str(ROOT / name))
    return read_repository(DATA / name).plan


@dataclass(frozen=True, slots=True)
class Cut:
    """A series as known at the year of one of its figures."""

    figures: list[tuple[int, float]]  # base to latest
    trend: outlook.Trend
    pace: outlook.Pace


def cuts(indicator: Indicator, plan: Plan) -> Iterator[Cut]:
    """Every cut of ``indicator`` whose figures from the base to the latest give a trend."""
    baseline_year = indicator.baseline_year or plan.baseline_year
    for latest in indicator.observations:
        known = [o for o in indicator.observations if o.year <= latest.year]
        base = choose_base(known, baseline_year)
        if base is None:
            continue
        figures = [(o.year, o.value) for o in known if o.year >= base.year]
        growth = growth_of(base, latest)
        pace = outlook.pace_of(rate=growth.rate, change=growth.change, zero_base=growth.zero_base)
        if pace is outlook.Pace.NONE:
            continue
        trend = outlook.fit(figures, linear=pace is outlook.Pace.LINEAR)
        if isinstance(trend, outlook.Trend):
            yield Cut(figures, trend, pace)


def score_cut(cut: Cut, later: list[Observation], tally: Tally, model: outlook.Model) -> None:
    """Coverage of the band at every later figure within ``MAX_HORIZON`` years."""
    for obs in later:
        years = obs.year - cut.trend.year
        if years > MAX_HORIZON:
            break
        ends = outlook.band(cut.trend, years, model)
        if ends is None:
            continue
        inside = ends[0] <= obs.value <= ends[1]
        tally.total[years] = tally.total.get(years, 0) + 1
        tally.inside[years] = tally.inside.get(years, 0) + inside
        if cut.trend.figures <= FEW:
            tally.few_total[years] = tally.few_total.get(years, 0) + 1
            tally.few_inside[years] = tally.few_inside.get(years, 0) + inside


def score_targets(
    indicator: Indicator, cut: Cut, later: list[Observation], tally: Tally, model: outlook.Model
) -> None:
    """The chance that each later figure (within ``MAX_HORIZON``) meets each of the
    indicator's targets, as if the target were judged on that figure's year, and the outcome."""
    sign = indicator.direction.sign
    for obs in later:
        if obs.year - cut.trend.year > MAX_HORIZON:
            break
        for target in indicator.targets:
            row_target = RowTarget(obs.year, target.value, target.comparator)
            chance = outlook.for_target(
                cut.figures,
                row_target,
                pace=cut.pace,
                direction=sign,
                decided=False,
                achieved=False,
                model=model,
            ).chance
            if chance is not None:
                met = rates.is_met(
                    obs.value, target.value, comparator=target.comparator, direction=sign
                )
                tally.forecasts.append((chance, met))


def run(names: tuple[str, ...], model: outlook.Model) -> Tally:
    """The backtest of one part under ``model``."""
    tally = Tally()
    for plan in plans(names):
        for indicator in plan.indicators:
            if indicator.unavailable is not None:
                continue
            counted = False
            for cut in cuts(indicator, plan):
                later = [o for o in indicator.observations if o.year > cut.trend.year]
                score_cut(cut, later, tally, model)
                score_targets(indicator, cut, later, tally, model)
                counted = True
            tally.series += counted
    return tally


def widening(names: tuple[str, ...], *, student: bool = True, goal: float = outlook.BAND) -> float:
    """The factor on the spread that makes the band cover ``goal`` of the later figures of
    ``names`` (horizons 1 to ``MAX_HORIZON``), by bisection, to 2 decimals."""
    low, high = 0.5, 4.0
    while high - low > 0.005:
        middle = (low + high) / 2
        model = outlook.Model(student=student, widen=middle)
        covered, _ = run(names, model).coverage(1, MAX_HORIZON)
        low, high = (middle, high) if covered < goal else (low, middle)
    return round((low + high) / 2, 2)


def table(parts: dict[str, Tally]) -> str:
    """The Markdown table of docs/calibration.md: coverage by horizon and Brier, by part."""
    head = "| | " + " | ".join(parts) + " |"
    lines = [head, "| --- |" + " --- |" * len(parts)]
    lines.append("| series | " + " | ".join(str(t.series) for t in parts.values()) + " |")
    spans = [*HORIZON_ROWS, (1, 3), (1, MAX_HORIZON)]
    for first, last in spans:
        label = f"{first}" if first == last else f"{first}–{last}"
        name = "all, " if (first, last) == (1, MAX_HORIZON) else ""
        cells = []
        for tally in parts.values():
            share, count = tally.coverage(first, last)
            cells.append(f"{share:.1%} ({count})")
        lines.append(f"| coverage, {name}h = {label} | " + " | ".join(cells) + " |")
    cells = []
    for tally in parts.values():
        share, count = tally.coverage(1, 3, few=True)
        cells.append(f"{share:.1%} ({count})")
    lines.append(f"| coverage, h = 1–3, 3 to {FEW} figures | " + " | ".join(cells) + " |")
    briers = []
    for tally in parts.values():
        score, climate, count = tally.brier()
        briers.append(f"{score:.3f} vs {climate:.3f} ({count})")
    lines.append("| Brier (base rate) | " + " | ".join(briers) + " |")
    return "\n".join(lines)


# The normal model widened by its own factor, estimated as hkit's was (--estimate prints it).
NORMAL_WIDENING = 1.79
CANDIDATES = {
    "normal (the starting model)": outlook.STARTING,
    "Student t, no widening": outlook.Model(student=True, widen=1.0),
    "normal, widened to 80 % on the training part": outlook.Model(
        student=False, widen=NORMAL_WIDENING
    ),
    "Student t, widened to 80 % on the training part (hkit)": outlook.FINAL,
}


def main() -> None:
    """Print the calibration table (or every candidate's, with --models)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", action="store_true", help="compare the candidate models")
    parser.add_argument("--estimate", action="store_true", help="re-estimate the widening")
    args = parser.parse_args()
    if args.estimate:
        for student in (True, False):
            factor = widening(TRAINING, student=student)
            print(f"{'Student t' if student else 'normal'}: widening {factor} on {TRAINING[0]}")
    models = CANDIDATES if args.models else {"hkit": outlook.FINAL}
    for name, model in models.items():
        print(f"\n{name}: {model}\n")
        parts = {"training": run(TRAINING, model), "held out": run(HELD_OUT, model)}
        print(table(parts))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
