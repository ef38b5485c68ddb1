"""What changed between two versions of a dataset, and which part of the number it bumps.

Each candidate keeps one (key hash, row hash) pair per row as it would be published
(`store` digests). Comparing two such lists says how many rows were added, removed or
corrected without reading either dataset again, whether the older one was released (its
Delta versions may be vacuumed since) or only rejected. Pure Python over pyarrow: no Spark.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ozero.release.semver import required_bump

DIGEST_SCHEMA = pa.schema([("key_hash", pa.int64()), ("row_hash", pa.int64())])


def digests_to_parquet(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table.cast(DIGEST_SCHEMA), sink, compression="zstd")
    return sink.getvalue()


def digests_from_parquet(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


@dataclass
class Snapshot:
    """One side of a comparison: a release or a candidate, as its stored summaries say."""

    version: str
    kind: str  # "release" | "rejected candidate" | "candidate"
    schema_fingerprint: str
    key_ids: list[str]
    row_counts: dict[str, int]
    digests: dict[str, pa.Table | None] = field(default_factory=dict)


def diff_rows(new: pa.Table, old: pa.Table) -> dict[str, int]:
    """Rows added, removed, changed (same key, other values) and unchanged."""
    new_rows = dict(zip(new.column("key_hash").to_pylist(), new.column("row_hash").to_pylist()))
    old_rows = dict(zip(old.column("key_hash").to_pylist(), old.column("row_hash").to_pylist()))
    both = new_rows.keys() & old_rows.keys()
    changed = sum(1 for k in both if new_rows[k] != old_rows[k])
    return {
        "added": len(new_rows.keys() - old_rows.keys()),
        "removed": len(old_rows.keys() - new_rows.keys()),
        "changed": changed,
        "unchanged": len(both) - changed,
    }


def compare(new: Snapshot, old: Snapshot) -> dict[str, Any]:
    """What changed from `old` to `new`, and the version part that calls for."""
    tables: dict[str, dict[str, Any]] = {}
    for table, count in new.row_counts.items():
        ours, theirs = new.digests.get(table), old.digests.get(table)
        if ours is not None and theirs is not None:
            tables[table] = {"comparable": True, **diff_rows(ours, theirs)}
        else:  # an older release without digests: only counts are known
            before = old.row_counts.get(table, 0)
            tables[table] = {
                "comparable": False,
                "added": max(0, count - before),
                "removed": max(0, before - count),
                "changed": 0,
                "unchanged": None,
            }
    comparable = all(t["comparable"] for t in tables.values())
    key_rotated = bool(old.key_ids) and bool(new.key_ids) and old.key_ids != new.key_ids
    schema_changed = old.schema_fingerprint != new.schema_fingerprint
    totals = {part: sum(t[part] or 0 for t in tables.values()) for part in ("added", "removed")}
    changed = sum(t["changed"] for t in tables.values())
    part, reason = required_bump(
        key_rotated=key_rotated,
        schema_changed=schema_changed,
        rows_added=totals["added"],
        rows_removed=totals["removed"],
        rows_changed=changed,
    )
    if part is None and not comparable:
        part, reason = "minor", "no row-level digests for the older version; counts only"
    return {
        "against": old.version,
        "against_kind": old.kind,
        "key_rotated": key_rotated,
        "key_ids": {"before": old.key_ids, "after": new.key_ids},
        "schema_changed": schema_changed,
        "rows": totals | {"changed": changed},
        "tables": tables,
        "bump": part,
        "reason": reason,
    }


def same_content(change: dict[str, Any]) -> bool:
    """True when `compare` found nothing at all that differs."""
    return change["bump"] is None
