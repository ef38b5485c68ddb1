"""Which Delta table versions the lake has promised to keep readable.

A release candidate pins exact gold versions (`source_versions`) and records the silver and
NSI versions they were built from (`lake_sources`); publishing reads the gold ones by time
travel, and the lineage shown to curators names the others. Every candidate that is
pending, approved or published (and not withdrawn) keeps its pins; a rejected candidate or a
withdrawn release (an erasure's) holds none.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ozero.release import store
from ozero.release.candidate import REJECTED, list_candidates


@dataclass(frozen=True)
class Pin:
    table: str
    version: int
    held_by: str  # «candidate chest-xray 1.0.0»: what a user reads in the upkeep report


def pinned_versions() -> dict[str, list[Pin]]:
    """table → its pins, oldest version first."""
    pins: dict[str, set[Pin]] = defaultdict(set)
    for candidate in list_candidates():
        if candidate.status == REJECTED:
            continue
        if store.read_withdrawal(candidate.dataset, candidate.release_version):
            continue
        held_by = f"{candidate.status} {candidate.dataset} {candidate.release_version}"
        for table, version in candidate.source_versions.items():
            pins[table].add(Pin(table, int(version), held_by))
        for built_from in candidate.lake_sources.values():
            for source_table, source_version in built_from.items():
                pins[source_table].add(Pin(source_table, int(source_version), held_by))
    return {t: sorted(p, key=lambda pin: (pin.version, pin.held_by)) for t, p in pins.items()}
