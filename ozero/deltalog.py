"""A Delta table's transaction log read as plain files, without Spark.

A commit is `_delta_log/<version, 20 digits>.json`, written once and atomically, one JSON
action per line (`commitInfo`, `add`, `remove`, `metaData`, ...). Reading a few of them is a
listing and a few small GETs, locally or on S3 (`ozero.objects`): what a step needs to tell,
in well under a second, whether a table changed since it last looked (`ozero.curate.marks`),
where starting a JVM to ask Delta would take a minute.

Everything here errs towards "changed": a commit file that is gone (log clean-up after the
log retention) or unreadable reads as None, and callers treat None as a change.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ozero import lake, objects

DIGEST_CHARS = 16  # of a commit file's SHA-256: tells two commits with one number apart
# A session setting of Delta's: every commit the session makes carries it as
# commitInfo.userMetadata, so a step can later tell its own commits from anyone else's.
USER_METADATA_CONF = "spark.databricks.delta.commitInfo.userMetadata"


def commit_uri(name: str, version: int) -> str:
    return f"{lake.table_path(name)}/_delta_log/{version:020d}.json"


def commit_bytes(name: str, version: int) -> bytes | None:
    """The commit file of `version`, or None when it is not there (any more)."""
    try:
        return objects.get(commit_uri(name, version))
    except (FileNotFoundError, OSError):
        return None


def digest(name: str, version: int) -> str | None:
    """A short hash of commit `version`: a table dropped and made again reaches the same
    version numbers with other commits, and the digest tells them apart."""
    data = commit_bytes(name, version)
    return None if data is None else hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]


def actions(name: str, version: int) -> list[dict[str, Any]] | None:
    """The actions of commit `version` (None when its file is gone or is not JSON lines)."""
    data = commit_bytes(name, version)
    if data is None:
        return None
    try:
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def user_metadata(commit: list[dict[str, Any]]) -> str | None:
    """The commit's `commitInfo.userMetadata` (who made it, when the writer said so)."""
    for action in commit:
        info = action.get("commitInfo")
        if isinstance(info, dict):
            value = info.get("userMetadata")
            return value if isinstance(value, str) else None
    return None


def touches(commit: list[dict[str, Any]], column: str, values: frozenset[str]) -> bool:
    """Whether the commit may change the rows of the partitions `column` ∈ `values`: a file
    added or removed there (OPTIMIZE and purges included: they rewrite files), a file whose
    partition is not named (the table is not partitioned by `column`), or a change of the
    table's schema or protocol."""
    for action in commit:
        if "metaData" in action or "protocol" in action:
            return True
        for kind in ("add", "remove", "cdc"):
            entry = action.get(kind)
            if not isinstance(entry, dict):
                continue
            partition = entry.get("partitionValues") or {}
            if column not in partition or partition[column] in values:
                return True
    return False
