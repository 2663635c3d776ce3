"""Small builders for model objects, so maths tests need no YAML."""

from __future__ import annotations

from collections.abc import Iterable

from hkit.model import (
    Comparator,
    Direction,
    Grade,
    Indicator,
    Milestone,
    Observation,
    Plan,
    Source,
    Target,
)

MILESTONES = {"2027": Milestone("2027", 2025), "2032": Milestone("2032", 2030)}
SOURCES = {
    "bp": Source("bp", "Blueprint", Grade.OFFICIAL),
    "news": Source("news", "A newspaper", Grade.SECONDARY),
}


def indicator(
    points: Iterable[tuple[int, float]],
    targets: dict[str, float | tuple[float, Comparator]] | None = None,
    *,
    direction: Direction = Direction.INCREASE,
    ident: str = "x",
    baseline_year: int | None = None,
    limit: float | None = None,
    source: str = "bp",
) -> Indicator:
    """An indicator from (year, value) pairs and {milestone: value or (value, comparator)}."""
    default = Comparator.AT_LEAST if direction is Direction.INCREASE else Comparator.AT_MOST
    built: list[Target] = []
    for name, spec in (targets or {}).items():
        value, comparator = spec if isinstance(spec, tuple) else (spec, default)
        built.append(Target(name, value, comparator))
    return Indicator(
        id=ident,
        name=f"indicator {ident}",
        unit="%",
        direction=direction,
        observations=tuple(Observation(y, v, source) for y, v in sorted(points)),
        targets=tuple(built),
        baseline_year=baseline_year,
        limit=limit,
    )


def plan(*indicators: Indicator, baseline_year: int | None = 2020) -> Plan:
    """A plan with the Blueprint's milestones (2027 on 2025 data, 2032 on 2030 data)."""
    return Plan("test plan", baseline_year, dict(MILESTONES), dict(SOURCES), tuple(indicators))
