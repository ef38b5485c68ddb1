"""Grants: a team may read a dataset (all versions, or the listed ones) for a purpose until
a date. A grant's state comes from the log: it is revoked when a revocation for its dataset
and team (and purpose, if the revocation names one) was written after it, expired after
its `until` day (UTC, inclusive), active otherwise.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from ozero.access import events
from ozero.errors import NotFoundError

ACTIVE, EXPIRED, REVOKED = "active", "expired", "revoked"
GRANTS = "grants"


@dataclass(frozen=True)
class Grant:
    id: str
    dataset: str
    team: str
    purpose: str
    until: str
    versions: list[str] | None
    by: str
    at: str
    request_id: str | None = None

    def covers(self, version: str) -> bool:
        return self.versions is None or version in self.versions

    def status(self, revocations: list[dict[str, Any]], at: datetime) -> str:
        granted = events.parse_stamp(self.at)
        for revoke in revocations:
            when = events.parse_stamp(revoke["at"])
            same_purpose = revoke.get("purpose") in (None, self.purpose)
            if revoke["team"] == self.team and same_purpose and granted <= when <= at:
                return REVOKED
        return EXPIRED if at.date() > date.fromisoformat(self.until) else ACTIVE


def check_dataset(dataset: str) -> str:
    """A dataset name that is declared or already released (catches typos before a grant)."""
    from ozero.release import store
    from ozero.release.datasets import get_dataset

    events.checked(dataset, "dataset")
    try:
        get_dataset(dataset)
    except LookupError:
        if dataset not in store.release_datasets():
            raise NotFoundError(
                f"no dataset {dataset!r} is declared or released",
                fix="see `ozero datasets list` and `ozero release list`",
            ) from None
    return dataset


def _until(value: date | str) -> str:
    try:
        return (value if isinstance(value, date) else date.fromisoformat(value)).isoformat()
    except ValueError:
        raise events.BadInputError(f"--until {value!r} is not a date (YYYY-MM-DD)") from None


def check_until(until_day: str, at: datetime) -> None:
    if date.fromisoformat(until_day) < at.date():
        raise events.BadInputError(f"--until {until_day} is in the past")


def grant(
    dataset: str,
    team: str,
    purpose: str,
    until: date | str,
    by: str,
    versions: list[str] | None = None,
    request_id: str | None = None,
    at: datetime | None = None,
    grant_id: str | None = None,
) -> Grant:
    """Append a grant event; returns it."""
    check_dataset(dataset)
    events.checked(team, "team")
    if not purpose.strip():
        raise events.BadInputError("a grant needs a purpose (--purpose)")
    at = at or events.now()
    until_day = _until(until)
    check_until(until_day, at)
    record = Grant(
        id=grant_id or events.new_id("g"),
        dataset=dataset,
        team=team,
        purpose=purpose.strip(),
        until=until_day,
        versions=sorted(set(versions)) if versions else None,
        by=by,
        at=events.stamp(at),
        request_id=request_id,
    )
    events.write(
        {"kind": "grant", **asdict(record)}, GRANTS, dataset, events.file_name(at, record.id)
    )
    return record


def revoke(
    dataset: str,
    team: str,
    by: str,
    purpose: str | None = None,
    note: str = "",
    at: datetime | None = None,
) -> dict[str, Any]:
    """Append a revocation of the team's grants on the dataset (one purpose, or all)."""
    events.checked(dataset, "dataset")
    events.checked(team, "team")
    at = at or events.now()
    if not any(g.team == team for g in _grants(dataset)):
        raise NotFoundError(
            f"team {team!r} holds no grant on {dataset}", fix="see `ozero access list`"
        )
    event_id = events.new_id("v")
    record = {
        "kind": "revoke",
        "id": event_id,
        "dataset": dataset,
        "team": team,
        "purpose": purpose.strip() if purpose else None,
        "by": by,
        "note": note,
        "at": events.stamp(at),
    }
    return events.write(record, GRANTS, dataset, events.file_name(at, event_id))


def _events(dataset: str) -> list[dict[str, Any]]:
    return events.read_all(GRANTS, events.checked(dataset, "dataset"))


def _grants(dataset: str) -> list[Grant]:
    fields = Grant.__dataclass_fields__
    return [
        Grant(**{k: v for k, v in e.items() if k in fields})
        for e in _events(dataset)
        if e["kind"] == "grant"
    ]


def _datasets() -> list[str]:
    from ozero import objects

    return [d for d in objects.list_dir(events.uri(GRANTS)) if not d.startswith(".")]


def list_grants(dataset: str | None = None, at: datetime | None = None) -> list[dict[str, Any]]:
    """Every grant with its state at `at` (now by default), oldest first."""
    at = at or events.now()
    rows = []
    for name in [dataset] if dataset else _datasets():
        log = _events(name)
        revocations = [e for e in log if e["kind"] == "revoke"]
        for g in _grants(name):
            if events.parse_stamp(g.at) <= at:  # as it stood then: later grants not yet made
                rows.append({**asdict(g), "status": g.status(revocations, at)})
    return rows


def grants_for(dataset: str, team: str, at: datetime | None = None) -> list[tuple[Grant, str]]:
    """The team's grants on a dataset with their state, newest first."""
    at = at or events.now()
    log = _events(dataset)
    revocations = [e for e in log if e["kind"] == "revoke"]
    mine = [g for g in _grants(dataset) if g.team == team]
    return [(g, g.status(revocations, at)) for g in reversed(mine)]


def ensure_grant(dataset: str, team: str, purpose: str, until: date | str, by: str) -> Grant | None:
    """Grant unless the team already holds an active grant for this purpose covering every
    version (re-runs of the demo add nothing); returns the new grant or None."""
    for g, state in grants_for(dataset, team):
        if state == ACTIVE and g.purpose == purpose and g.versions is None:
            return None
    return grant(dataset, team, purpose, until, by)
