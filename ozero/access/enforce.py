"""The gate every Ozero release loader passes: check the reader's grant, audit the attempt
before reading, audit the outcome after.

    with audited_read(dataset, version, split=split, loader="ozero.analyst") as read:
        ... read files, calling read.add(path, nbytes) for each, read.rows = len(frame)

A denied read is audited and raises `AccessDeniedError` (one line: what to request, and
from whom). Teams in `OZERO_ACCESS_INTERNAL_TEAMS` (the data office's own checks) read
without a grant; their reads are audited as `internal`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ozero.access import audit, grants
from ozero.access.identity import Reader, current_reader, internal_teams
from ozero.errors import OzeroError

ALLOWED, INTERNAL = "allowed", "internal"


class AccessDeniedError(OzeroError, PermissionError):
    """A read of a release without a grant covering it (the attempt is audited)."""


@dataclass
class Verdict:
    decision: str  # allowed | internal | denied
    reason: str
    grant: grants.Grant | None = None
    purpose: str | None = None
    fix: str | None = None  # when asking for a grant is not the fix


@dataclass
class ReadLog:
    """What a loader read, for the outcome entry."""

    files: list[str] = field(default_factory=list)
    bytes: int = 0
    rows: int | None = None

    def add(self, path: str, nbytes: int) -> None:
        self.files.append(path)
        self.bytes += int(nbytes or 0)


def decide(dataset: str, version: str, reader: Reader) -> Verdict:
    """Whether `reader` may read this version now, and under which grant."""
    if reader.team is None:
        return Verdict(audit.DENIED, "no team: set OZERO_TEAM", purpose=reader.purpose)
    if reader.team in internal_teams():
        return Verdict(INTERNAL, "internal team", purpose=reader.purpose or "internal check")
    held = grants.grants_for(dataset, reader.team)
    usable = [
        g
        for g, state in held
        if state == grants.ACTIVE
        and g.covers(version)
        and (reader.purpose is None or g.purpose.casefold() == reader.purpose.casefold())
    ]
    purposes = sorted({g.purpose for g in usable})
    if len(purposes) == 1:
        return Verdict(ALLOWED, "grant", usable[0], usable[0].purpose)
    if len(purposes) > 1:
        return Verdict(
            audit.DENIED,
            f"team {reader.team} holds grants for several purposes ({'; '.join(purposes)})",
            purpose=reader.purpose,
            fix="name the purpose of this read: load_release(..., purpose=...) or OZERO_PURPOSE",
        )
    return Verdict(audit.DENIED, _why_not(held, version, reader), purpose=reader.purpose)


def _why_not(held: list[tuple[grants.Grant, str]], version: str, reader: Reader) -> str:
    if not held:
        return "no grant"
    for g, state in held:  # newest first: the most relevant reason
        if state != grants.ACTIVE and g.covers(version):
            return f"grant {g.id} {state} (granted by {g.by}, until {g.until})"
    if reader.purpose and not any(
        g.purpose.casefold() == reader.purpose.casefold() for g, _ in held
    ):
        return f"no grant for purpose {reader.purpose!r}"
    return f"no grant covers version {version}"


def _denial(dataset: str, version: str, reader: Reader, verdict: Verdict) -> AccessDeniedError:
    """The message carries its fix too: a notebook shows `str(error)`, the CLI `one_line`."""
    team = reader.team or "TEAM"
    purpose = reader.purpose or "PURPOSE"
    fix = verdict.fix or (
        f"ask a curator of the data office for a grant: `ozero access request {dataset} "
        f"--team {team} --purpose '{purpose}' --until YYYY-MM-DD`"
        + ("" if reader.team else " (and set OZERO_TEAM)")
    )
    who = reader.team or "(unset)"
    return AccessDeniedError(
        f"team {who} may not read {dataset} {version}: {verdict.reason}; {fix}", fix=fix
    )


@contextmanager
def audited_read(
    dataset: str,
    version: str,
    *,
    loader: str,
    purpose: str | None = None,
    split: str | None = None,
    tables: list[str] | None = None,
) -> Iterator[ReadLog]:
    """Check and audit one read; the body reads and fills the yielded `ReadLog`."""
    reader = current_reader(purpose)
    verdict = decide(dataset, version, reader)
    read_id = audit.record_attempt(
        {
            "user": reader.user,
            "team": reader.team,
            "purpose": verdict.purpose,
            "dataset": dataset,
            "version": version,
            "split": split,
            "tables": tables or [],
            "loader": loader,
            "decision": verdict.decision,
            "reason": verdict.reason,
            "grant_id": verdict.grant.id if verdict.grant else None,
            "granted_by": verdict.grant.by if verdict.grant else None,
        }
    )
    if verdict.decision == audit.DENIED:
        raise _denial(dataset, version, reader, verdict)
    log = ReadLog()
    try:
        yield log
    except BaseException as exc:
        audit.record_outcome(
            read_id, audit.FAILED, log.files, log.rows, log.bytes, type(exc).__name__
        )
        raise
    audit.record_outcome(read_id, audit.OK, log.files, log.rows, log.bytes)
