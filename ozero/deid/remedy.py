"""What would bring a blocked candidate under its risk thresholds: ladder steps first, then k.

Runs only for a blocked candidate, on the class table enforcement already collected
(ozero.deid.kanon.ClassTable), so each try is a little Python, not a Spark job. A try is
what the guard itself would publish: start the ladders at some levels (or use another k),
climb as enforcement does while too many rows sit in small classes, suppress the rest, and
measure. Single steps up one quasi-identifier's ladder are tried first, then combinations of
more steps up to the ladders' ends; if no generalisation suffices, stricter k values; if none
does either, the answer says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import product
from typing import Any

from ozero.deid.kanon import ClassTable, KPolicy, climb, stricter_ks
from ozero.deid.population import JournalistRisk, PopulationTable, journalist_risk


@dataclass(frozen=True)
class Limits:
    """A dataset's declared thresholds (None: not declared, not checked)."""

    average_risk: float | None = None  # privacy.max_average_risk: average prosecutor risk
    journalist_risk: float | None = None  # privacy.max_journalist_risk: maximum journalist risk


@dataclass(frozen=True)
class Outcome:
    """What the guard would publish from one starting point: levels reached, classes kept."""

    k: int
    levels: dict[str, int]
    actions: list[dict[str, Any]]  # the climb's generalise steps from the starting point
    kept: Counter[tuple[str | None, ...]]
    suppressed: int
    journalist: JournalistRisk | None  # measured only when a journalist limit is declared

    @property
    def rows(self) -> int:
        return sum(self.kept.values())

    @property
    def average_risk(self) -> float:
        return len(self.kept) / self.rows if self.rows else 0.0

    def meets(self, limits: Limits) -> bool:
        if not self.rows:
            return False
        if limits.average_risk is not None and self.average_risk > limits.average_risk:
            return False
        if limits.journalist_risk is not None:
            j = self.journalist
            return bool(j and j.available and (j.risk_max or 0.0) <= limits.journalist_risk)
        return True

    def figures(self, limits: Limits) -> str:
        """ "it to 0.077" for one declared threshold; each figure named for two."""
        named = []
        if limits.average_risk is not None:
            named.append(("the average prosecutor risk", self.average_risk))
        if limits.journalist_risk is not None and self.journalist is not None:
            named.append(("the journalist risk", self.journalist.risk_max or 0.0))
        if len(named) == 1:
            return f"it to {named[0][1]:.3f}"
        return " and ".join(f"{name} to {value:.3f}" for name, value in named)

    def tail(self) -> str:
        return f"{self.suppressed} rows suppressed, {self.rows} kept"


def outcome(
    table: ClassTable,
    policy: KPolicy,
    k: int,
    start: Mapping[str, int] | None,
    limits: Limits,
    population: PopulationTable | None,
) -> Outcome:
    """Enforcement at `k` from `start` (ladder levels), measured on the class table."""
    total = sum(n for n, _ in table.classes)
    levels, actions, _ = climb(table, k, int(policy.max_suppressed_share * total), start)
    kept = table.kept(levels, k)
    journalist = None
    if limits.journalist_risk is not None:
        journalist = journalist_risk(kept, table.columns, levels, policy, population)
    return Outcome(k, levels, actions, kept, total - sum(kept.values()), journalist)


def _starts(table: ClassTable, levels: Mapping[str, int]) -> list[dict[str, int]]:
    """Every combination of steps above `levels` up to the ladders' ends, fewest steps first
    (within a number of steps, the spec's column order)."""
    columns = list(table.labels)
    ranges = [range(levels.get(c, 0), len(table.labels[c]) + 1) for c in columns]
    points = [dict(zip(columns, p, strict=True)) for p in product(*ranges)]
    points.sort(key=lambda p: sum(p[c] - levels.get(c, 0) for c in columns))
    return [p for p in points if any(p[c] > levels.get(c, 0) for c in columns)]


def _generalising(table: ClassTable, levels: Mapping[str, int], found: Outcome) -> str:
    moves = [
        f"{c} to {table.labels[c][found.levels[c] - 1]}"
        for c in table.labels
        if found.levels[c] > levels.get(c, 0)
    ]
    return f"generalising {' and '.join(moves)}"


def remedy(
    table: ClassTable,
    policy: KPolicy,
    levels: Mapping[str, int],
    limits: Limits,
    population: PopulationTable | None = None,
) -> str:
    """The least generalisation (then the smallest tried k) that meets every declared limit,
    from the levels enforcement reached; or a sentence saying that none does."""
    tried: set[tuple[int, ...]] = set()
    starts = _starts(table, levels)
    for steps in sorted({sum(p[c] - levels.get(c, 0) for c in p) for p in starts}):
        hits = []
        for start in starts:
            if sum(start[c] - levels.get(c, 0) for c in start) != steps:
                continue
            found = outcome(table, policy, policy.k, start, limits, population)
            reached = tuple(found.levels.values())
            if reached not in tried:
                tried.add(reached)
                hits += [found] if found.meets(limits) else []
        if hits:
            hits.sort(key=lambda o: -o.rows)
            return "; or ".join(
                f"{_generalising(table, levels, o)} brings {o.figures(limits)} ({o.tail()})"
                for o in hits
            )
    for k in stricter_ks(policy.k):
        found = outcome(table, policy, k, None, limits, population)
        if found.meets(limits):
            steps_taken = ", ".join(f"{a['column']} → {a['to']}" for a in found.actions)
            return (
                f"privacy.k: {k} would bring {found.figures(limits)} "
                f"({steps_taken or 'no generalisation'}; {found.tail()})"
            )
    return (
        f"no step up the ladders and no privacy.k up to {stricter_ks(policy.k)[-1]} brings it "
        "under: declare fewer quasi-identifiers, or a coarser one"
    )
