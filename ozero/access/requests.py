"""The request queue: a developer asks for a grant; a curator approves (which appends the
grant) or rejects. A request and its decision are two write-once objects
(`<ops>/access/requests/<id>/request.json`, `.../decision.json`): a request is decided
once, and the requester cannot approve their own request.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ozero.access import events, grants
from ozero.errors import NotFoundError, OzeroError

REQUESTS = "requests"
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


class DecidedError(OzeroError, RuntimeError):
    """The request was decided already (decisions are write-once)."""

    fix = "see `ozero access requests --all`"


def request(
    dataset: str,
    team: str,
    purpose: str,
    until: date | str,
    by: str,
    versions: list[str] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Queue a request for a grant; returns it (with its id)."""
    grants.check_dataset(dataset)
    events.checked(team, "team")
    if not purpose.strip():
        raise events.BadInputError("a request needs a purpose (--purpose)")
    until_day = grants._until(until)
    at = at or events.now()
    request_id = events.new_id("r")
    record = {
        "kind": "request",
        "id": request_id,
        "dataset": dataset,
        "team": team,
        "purpose": purpose.strip(),
        "until": until_day,
        "versions": sorted(set(versions)) if versions else None,
        "by": by,
        "at": events.stamp(at),
    }
    return events.write(record, REQUESTS, request_id, "request.json")


def load(request_id: str) -> dict[str, Any]:
    found = events.read_one(REQUESTS, events.checked(request_id, "request"), "request.json")
    if found is None:
        raise NotFoundError(f"no access request {request_id}", fix="see `ozero access requests`")
    return found


def decision(request_id: str) -> dict[str, Any] | None:
    return events.read_one(REQUESTS, events.checked(request_id, "request"), "decision.json")


def _decide(request_id: str, outcome: str, by: str, note: str, grant_id: str | None) -> dict:
    record = {
        "kind": "decision",
        "request_id": request_id,
        "outcome": outcome,
        "by": by,
        "note": note,
        "grant_id": grant_id,
        "at": events.stamp(events.now()),
    }
    try:
        return events.write(record, REQUESTS, request_id, "decision.json")
    except events.EventExistsError:
        raise DecidedError(f"access request {request_id} was decided already") from None


def approve(request_id: str, by: str, note: str = "") -> dict[str, Any]:
    """Approve: the decision is written first (it is the atomic claim: of two curators
    deciding at once exactly one wins), then the grant it names; returns the decision."""
    asked = load(request_id)
    if decision(request_id) is not None:
        raise DecidedError(f"access request {request_id} was decided already")
    if by == asked["by"]:
        raise DecidedError(
            f"{by} asked for {request_id}; a request is approved by another person",
            fix="ask another curator to approve it",
        )
    grants.check_until(asked["until"], events.now())
    grant_id = events.new_id("g")
    decided = _decide(request_id, APPROVED, by, note, grant_id)
    grants.grant(
        asked["dataset"],
        asked["team"],
        asked["purpose"],
        asked["until"],
        by,
        versions=asked.get("versions"),
        request_id=request_id,
        grant_id=grant_id,
    )
    return decided


def reject(request_id: str, by: str, note: str = "") -> dict[str, Any]:
    load(request_id)
    return _decide(request_id, REJECTED, by, note, None)


def list_requests(include_decided: bool = False) -> list[dict[str, Any]]:
    """Requests with their state (pending ones only unless `include_decided`), oldest first."""
    from ozero import objects

    rows = []
    for request_id in objects.list_dir(events.uri(REQUESTS)):
        if request_id.startswith("."):
            continue
        asked = events.read_one(REQUESTS, request_id, "request.json")
        if asked is None:
            continue
        decided = decision(request_id)
        state = decided["outcome"] if decided else PENDING
        if state == PENDING or include_decided:
            rows.append(
                {
                    **asked,
                    "status": state,
                    "decided_by": decided and decided["by"],
                    "grant_id": decided and decided.get("grant_id"),
                }
            )
    return sorted(rows, key=lambda r: r["at"])
