"""The access audit: one write-once entry per read attempt (written before any byte is
read, so a crash mid-read leaves the attempt on record) and one per outcome (files, rows,
bytes), under `<ops>/access/audit/<yyyy>/<mm>/`. `history` joins them into one row per
read; `monthly` sums reads per month, team and dataset for the data office.
Entries hold names, ids and counts only: never record values.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from ozero.access import events

AUDIT = "audit"
OK, FAILED, INCOMPLETE, DENIED = "ok", "failed", "incomplete", "denied"


def _write(record: dict[str, Any], at: datetime) -> dict[str, Any]:
    event_id = events.new_id("a")
    folder = (AUDIT, f"{at:%Y}", f"{at:%m}")
    return events.write({**record, "event": event_id}, *folder, events.file_name(at, event_id))


def record_attempt(entry: dict[str, Any]) -> str:
    """Append an attempt (who, what, why, allowed or denied); returns its read id."""
    at = events.now()
    read_id = events.new_id("read")
    _write({"kind": "attempt", "read_id": read_id, "at": events.stamp(at), **entry}, at)
    return read_id


def record_outcome(
    read_id: str, status: str, files: list[str], rows: int | None, nbytes: int, error: str = ""
) -> None:
    at = events.now()
    record = {
        "kind": "outcome",
        "read_id": read_id,
        "at": events.stamp(at),
        "status": status,
        "files": files,
        "rows": rows,
        "bytes": nbytes,
        "error": error,  # an exception class name, never its message (it may quote data)
    }
    _write(record, at)


def entries() -> list[dict[str, Any]]:
    """Every audit entry, in time order."""
    return events.read_all(AUDIT)


def history(dataset: str | None = None) -> list[dict[str, Any]]:
    """One row per read attempt, oldest first: an allowed read whose outcome never came is
    `incomplete` (the reader crashed or was killed mid-read)."""
    logged = entries()
    outcomes = {e["read_id"]: e for e in logged if e["kind"] == "outcome"}
    rows = []
    for attempt in (e for e in logged if e["kind"] == "attempt"):
        if dataset and attempt["dataset"] != dataset:
            continue
        outcome = outcomes.get(attempt["read_id"])
        if attempt["decision"] == DENIED:
            status = DENIED
        else:
            status = outcome["status"] if outcome else INCOMPLETE
        rows.append(
            {
                **{k: v for k, v in attempt.items() if k not in ("kind", "event")},
                "status": status,
                "files": outcome["files"] if outcome else [],
                "rows": outcome["rows"] if outcome else None,
                "bytes": outcome["bytes"] if outcome else 0,
                "finished_at": outcome["at"] if outcome else None,
            }
        )
    return rows


def monthly(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per month, team and dataset: reads, denied attempts, bytes read, distinct users."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(
        lambda: {"reads": 0, "denied": 0, "incomplete": 0, "bytes": 0, "users": set()}
    )
    for row in rows:
        key = (row["at"][:7], row.get("team") or "(none)", row["dataset"])
        group = groups[key]
        group["users"].add(row["user"])
        if row["status"] == DENIED:
            group["denied"] += 1
        else:
            group["reads"] += 1
            group["incomplete"] += row["status"] == INCOMPLETE
            group["bytes"] += row["bytes"] or 0
    return [
        {"month": m, "team": t, "dataset": d, **{**g, "users": len(g["users"])}}
        for (m, t, d), g in sorted(groups.items())
    ]
