"""Which versions upkeep must keep, and for how long (no Spark: pure logic and a fake store)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from ozero.upkeep import pins as pins_module
from ozero.upkeep.pins import Pin, pinned_versions
from ozero.upkeep.tables import retention_for

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_retention_is_the_default_unless_a_pin_is_older():
    commits = {0: NOW - timedelta(days=30), 5: NOW - timedelta(hours=2)}
    recent = [Pin("gold.t", 5, "pending x 1.0.0")]
    assert retention_for(commits, recent, 168, NOW) == (168, "default")

    old = [*recent, Pin("gold.t", 0, "published x 0.9.0")]
    hours, reason = retention_for(commits, old, 168, NOW)
    assert hours == 30 * 24 + 1
    assert reason == "keeps v0 (published x 0.9.0)"


def test_a_pin_past_the_log_is_skipped_not_invented():
    hours, reason = retention_for({7: NOW}, [Pin("gold.t", 2, "pending x 1.0.0")], 24, NOW)
    assert (hours, reason) == (24, "default")


def _candidate(dataset, version, status, gold, lake_sources=None):
    return SimpleNamespace(
        dataset=dataset,
        version=version,
        release_version=version,
        status=status,
        source_versions=gold,
        lake_sources=lake_sources or {},
    )


def test_pins_come_from_live_candidates_and_releases_only(monkeypatch):
    candidates = [
        _candidate("a", "1.0.0", "published", {"gold.a": 3}, {"gold.a": {"silver.s": "11"}}),
        _candidate("a", "1.1.0", "pending", {"gold.a": 5}),
        _candidate("b", "1.0.0", "rejected", {"gold.b": 1}),
        _candidate("c", "1.0.0", "published", {"gold.c": 2}),  # withdrawn below
    ]
    monkeypatch.setattr(pins_module, "list_candidates", lambda: candidates)
    monkeypatch.setattr(
        pins_module.store,
        "read_withdrawal",
        lambda d, v: {"reason": "erasure"} if d == "c" else None,
    )

    found = pinned_versions()

    assert found == {
        "gold.a": [Pin("gold.a", 3, "published a 1.0.0"), Pin("gold.a", 5, "pending a 1.1.0")],
        "silver.s": [Pin("silver.s", 11, "published a 1.0.0")],
    }
