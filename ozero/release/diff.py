"""`ozero release diff NAME A B`: what differs between two versions of a dataset, no Spark.

Each side is a release (resolved to the candidate it was published from) or a candidate. The
comparison reads what the store keeps beside each candidate: the schema, the per-row (key
hash, row hash) digests (rows added / removed / changed by the stable key), the datasheet's
counts (label distribution and images per split) and the guard's k / l figures.
"""

from __future__ import annotations

from typing import Any

from ozero.errors import NotFoundError
from ozero.release import changes, store
from ozero.release.candidate import Candidate, load_candidate


class VersionNotFoundError(NotFoundError):
    """A version that is neither a release nor a candidate of the dataset."""


def _resolve(dataset: str, version: str) -> tuple[Candidate, str]:
    """(the candidate behind `version`, "release" | "candidate")."""
    manifest = store.read_manifest(dataset, version)
    if manifest is not None:
        return load_candidate(dataset, manifest.get("candidate_version") or version), "release"
    if store.read_candidate(dataset, version) is None:
        raise VersionNotFoundError(
            f"{dataset} has no release or candidate {version}",
            fix=f"see `ozero release list --all` for {dataset}'s versions",
        )
    return load_candidate(dataset, version), "candidate"


def _snapshot(candidate: Candidate, version: str, kind: str) -> changes.Snapshot:
    digests = {}
    for table in candidate.source_versions:
        data = store.read_digests(candidate.dataset, candidate.version, table)
        digests[table] = changes.digests_from_parquet(data) if data else None
    return changes.Snapshot(
        version=version,
        kind=kind,
        schema_fingerprint=candidate.schema_fingerprint,
        key_ids=candidate.key_ids,
        row_counts=candidate.publish_row_counts or candidate.row_counts,
        digests=digests,
    )


def schema_changes(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> dict[str, Any]:
    """Per table: columns added, removed and retyped (tables added or removed as a whole)."""
    out: dict[str, Any] = {}
    for table in sorted(old.keys() | new.keys()):
        before = {c["name"]: c["type"] for c in old.get(table, [])}
        after = {c["name"]: c["type"] for c in new.get(table, [])}
        entry = {
            "added": sorted(after.keys() - before.keys()),
            "removed": sorted(before.keys() - after.keys()),
            "retyped": {
                n: {"before": before[n], "after": after[n]}
                for n in sorted(before.keys() & after.keys())
                if before[n] != after[n]
            },
        }
        if table not in old:
            entry["table"] = "added"
        elif table not in new:
            entry["table"] = "removed"
        if entry["added"] or entry["removed"] or entry["retyped"] or "table" in entry:
            out[table] = entry
    return out


def label_shift(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Per label, value and split: the count before and after (only where it differs)."""
    out: dict[str, Any] = {}
    old_labels, new_labels = old.get("labels", {}), new.get("labels", {})
    for label in sorted(old_labels.keys() | new_labels.keys()):
        before, after = old_labels.get(label, {}), new_labels.get(label, {})
        rows: dict[str, dict[str, Any]] = {}
        for value in sorted(before.keys() | after.keys()):
            b, a = before.get(value, {}), after.get(value, {})
            for split in sorted(b.keys() | a.keys()):
                if b.get(split, 0) != a.get(split, 0):
                    rows.setdefault(value, {})[split] = {
                        "before": b.get(split, 0),
                        "after": a.get(split, 0),
                    }
        if rows:
            out[label] = rows
    return out


def _privacy(candidate: Candidate, kind: str, version: str) -> dict[str, Any]:
    """k_min / l_min per table as published (release manifest) or as guarded (candidate)."""
    tables: dict[str, Any] = {}
    manifest = store.read_manifest(candidate.dataset, version) if kind == "release" else None
    if manifest is not None:
        tables = manifest.get("deidentification", {}).get("k_anonymity", {}).get("tables", {})
    else:
        guard = store.read_guard(candidate.dataset, candidate.version) or {}
        tables = {t: e["risk"] for t, e in guard.get("tables", {}).items()}
    return {
        t: {"k_min": r.get("after", {}).get("k_min"), "l_min": r.get("after", {}).get("l_min", {})}
        for t, r in tables.items()
    }


def _images(stats: dict[str, Any]) -> int | None:
    images = stats.get("images")
    return sum(v["images"] for v in images.values()) if images else None


def diff(dataset: str, a: str, b: str) -> dict[str, Any]:
    """Everything that differs from version `a` to version `b` (JSON-ready)."""
    old, old_kind = _resolve(dataset, a)
    new, new_kind = _resolve(dataset, b)
    found = changes.compare(_snapshot(new, b, new_kind), _snapshot(old, a, old_kind))
    k_before, k_after = _privacy(old, old_kind, a), _privacy(new, new_kind, b)
    return {
        "dataset": dataset,
        "from": {"version": a, "kind": old_kind, "candidate": old.version},
        "to": {"version": b, "kind": new_kind, "candidate": new.version},
        "schema": schema_changes(old.schema, new.schema),
        "rows": found["rows"],
        "tables": found["tables"],
        "key_rotated": found["key_rotated"],
        "bump": found["bump"],
        "labels": label_shift(old.datasheet_stats, new.datasheet_stats),
        "splits": {
            "before": old.datasheet_stats.get("splits"),
            "after": new.datasheet_stats.get("splits"),
        },
        "privacy": {"before": k_before, "after": k_after},
        "images": {
            "before": _images(old.datasheet_stats),
            "after": _images(new.datasheet_stats),
        },
    }


def describe(result: dict[str, Any]) -> str:
    """The diff for a terminal."""
    rows = result["rows"]
    lines = [
        f"{result['dataset']} {result['from']['version']} ({result['from']['kind']}) → "
        f"{result['to']['version']} ({result['to']['kind']}): "
        f"+{rows['added']} added, −{rows['removed']} removed, {rows['changed']} changed"
        + (f"; calls for a {result['bump']} version" if result["bump"] else "; same content"),
    ]
    if result["key_rotated"]:
        lines.append("pseudonymisation key rotated")
    for table, entry in result["schema"].items():
        parts = [
            f"{k}: {', '.join(v)}" for k, v in entry.items() if k in ("added", "removed") and v
        ]
        parts += [f"{n}: {t['before']} → {t['after']}" for n, t in entry["retyped"].items()]
        if "table" in entry:
            parts.insert(0, f"table {entry['table']}")
        lines.append(f"schema {table}: " + "; ".join(parts))
    for table in sorted(result["privacy"]["before"].keys() | result["privacy"]["after"].keys()):
        before = result["privacy"]["before"].get(table, {})
        after = result["privacy"]["after"].get(table, {})
        lines.append(
            f"k {table}: {before.get('k_min')} → {after.get('k_min')}; l: "
            f"{before.get('l_min') or {}} → {after.get('l_min') or {}}"
        )
    for label, values in result["labels"].items():
        shifts = [
            f"{value} {split} {c['before']}→{c['after']}"
            for value, per in values.items()
            for split, c in per.items()
        ]
        lines.append(f"label {label}: " + ", ".join(shifts))
    if result["images"]["before"] is not None or result["images"]["after"] is not None:
        lines.append(f"images: {result['images']['before']} → {result['images']['after']}")
    return "\n".join(lines)
