"""The append-only event log of access: write-once JSON objects under `<ops>/access/`.

An event is created with `objects.put_if_absent` (a hard link locally, a conditional PUT on
S3), so two writers can never overwrite one another and an existing event is never
replaced. This module deliberately has no update or delete: the history is the state.
File names start with a UTC timestamp, so a sorted listing is in time order.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from ozero import objects
from ozero.errors import OzeroError
from ozero.lake import zone_root

ROOT = "access"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class BadInputError(OzeroError, ValueError):
    """A name, date or purpose that cannot be recorded as given."""


class EventExistsError(OzeroError, FileExistsError):
    """An event id already written: events are write-once."""

    fix = "events are append-only; write a new event instead"


def now() -> datetime:
    return datetime.now(UTC)


def stamp(at: datetime) -> str:
    """ISO 8601 UTC with microseconds: `2026-12-03T21:58:00.123456Z` (sorts as time)."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def checked(name: str, what: str) -> str:
    """Refuse names that could escape the log's folders ("../x", "a/b")."""
    if not _NAME.match(name or ""):
        raise BadInputError(f"not a {what} name: {name!r} (letters, digits, . _ -)")
    return name


def uri(*parts: str) -> str:
    return objects.join(zone_root("ops"), ROOT, *parts)


def file_name(at: datetime, event_id: str) -> str:
    """`20261203T215800123456Z-<id>.json`: sorts in time order."""
    return f"{at.astimezone(UTC).strftime('%Y%m%dT%H%M%S%fZ')}-{checked(event_id, 'event')}.json"


def write(record: dict[str, Any], *parts: str) -> dict[str, Any]:
    """Create the event at `<ops>/access/<parts...>` once; `EventExistsError` if it exists."""
    target = uri(*parts)
    if not objects.write_json(target, record, if_absent=True):
        raise EventExistsError(f"access event {parts[-1]} exists already")
    return record


def read_all(*parts: str) -> list[dict[str, Any]]:
    """Every event below `<ops>/access/<parts...>`, in file-name (= time) order."""
    return [
        objects.read_json(found)
        for found in objects.list_files(uri(*parts))
        if found.endswith(".json") and not found.rsplit("/", 1)[-1].startswith(".")
    ]


def read_one(*parts: str) -> dict[str, Any] | None:
    target = uri(*parts)
    return objects.read_json(target) if objects.exists(target) else None
