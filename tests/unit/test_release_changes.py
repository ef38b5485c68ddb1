"""Row digests → what changed → which part of the version number (no Spark)."""

from __future__ import annotations

import pyarrow as pa

from ozero.release import changes

T = "gold.t"


def _digests(rows: dict[int, int]) -> pa.Table:
    return pa.table(
        {"key_hash": list(rows), "row_hash": list(rows.values())}, schema=changes.DIGEST_SCHEMA
    )


def _snap(rows: dict[int, int] | None, keys=("k1",), schema="s1", count=None) -> changes.Snapshot:
    return changes.Snapshot(
        version="1.0.0",
        kind="release",
        schema_fingerprint=schema,
        key_ids=list(keys),
        row_counts={T: count if count is not None else len(rows or {})},
        digests={T: _digests(rows) if rows is not None else None},
    )


BASE = {1: 10, 2: 20, 3: 30}


def test_digests_round_trip_through_parquet() -> None:
    table = _digests(BASE)
    assert changes.digests_from_parquet(changes.digests_to_parquet(table)).equals(table)


def test_diff_counts_added_removed_changed() -> None:
    diff = changes.diff_rows(_digests({1: 10, 2: 21, 4: 40}), _digests(BASE))
    assert diff == {"added": 1, "removed": 1, "changed": 1, "unchanged": 1}


def test_nothing_changed_is_no_version() -> None:
    found = changes.compare(_snap(dict(BASE)), _snap(BASE))
    assert found["bump"] is None and changes.same_content(found)


def test_rows_added_is_minor_and_corrections_are_patch() -> None:
    assert changes.compare(_snap({**BASE, 4: 40}), _snap(BASE))["bump"] == "minor"
    assert changes.compare(_snap({1: 10, 2: 20}), _snap(BASE))["bump"] == "minor"
    patch = changes.compare(_snap({**BASE, 3: 31}), _snap(BASE))
    assert patch["bump"] == "patch" and patch["rows"] == {"added": 0, "removed": 0, "changed": 1}


def test_schema_change_and_key_rotation_are_major() -> None:
    assert changes.compare(_snap(BASE, schema="s2"), _snap(BASE))["bump"] == "major"
    rotated = {k + 100: v for k, v in BASE.items()}  # every pseudonym re-derived
    found = changes.compare(_snap(rotated, keys=("k2",)), _snap(BASE))
    assert found["bump"] == "major" and found["key_rotated"]
    assert found["key_ids"] == {"before": ["k1"], "after": ["k2"]}


def test_without_digests_the_counts_decide() -> None:
    legacy = changes.compare(_snap(BASE), _snap(None, count=3))
    assert legacy["bump"] == "minor" and not legacy["tables"][T]["comparable"]
    grown = changes.compare(_snap({**BASE, 4: 40}), _snap(None, count=3))
    assert grown["rows"]["added"] == 1
