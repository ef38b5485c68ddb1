"""Where candidates, decisions and releases are kept: the one module that knows their files.

Everything goes through `ozero.objects` with lake-rooted URIs, so a lake on a local folder
and one on ``s3a://`` behave the same. Layout:

    <lake>/candidates/<dataset>/<version>/
        candidate.json          write-once: pinned gold versions, summaries, what changed
        digests/<table>.parquet one (key hash, row hash) per row, as it would be published
        guard.json              the latest release-guard report (counts, never values)
        request.md              the curator's summary (the Airflow approval request body)
        datasheet.md / .html    the candidate's datasheet (ozero.release.datasheet)
        decision.json           write-once: approved/rejected, by whom, when, channel
    <lake>/releases/<dataset>/<version>/
        manifest.json           write-once, written last: its presence means "published"
        data/<table>/part-NNNNN-<sha>.parquet
        datasheet.md / .html    the release's datasheet (hashed in the manifest)
        croissant.json          Croissant 1.1 metadata (hashed in the manifest)
        withdrawn.json          write-once: an erasure withdrew it (ozero.privacy); the
                                release stays as it was, Ozero's loaders stop serving it
    <lake>/releases/<dataset>/.staging-<version>-<token>/   Spark's output, then moved

Write-once files are created with `objects.put_if_absent`, which is atomic on both
backends: of two writers, exactly one wins, and the loser learns it.
"""

from __future__ import annotations

import re
from typing import Any

from ozero import objects
from ozero.release import semver

CANDIDATE_FILE = "candidate.json"
DECISION_FILE = "decision.json"
LEGACY_DECISION_FILE = "approval.json"  # lakes made before decisions had a channel
GUARD_FILE = "guard.json"
REQUEST_FILE = "request.md"
MANIFEST_FILE = "manifest.json"
DATASHEET_MD = "datasheet.md"
DATASHEET_HTML = "datasheet.html"
CROISSANT_FILE = "croissant.json"
WITHDRAWN_FILE = "withdrawn.json"
DIGESTS_DIR = "digests"
STAGING_PREFIX = ".staging-"  # one folder per attempt, removed whole when it ends

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _lake_roots() -> tuple[str, str]:
    from ozero import lake  # lazily: lake.py brings Spark along

    return lake.candidates_root(), lake.releases_root()


def _checked(dataset: str, version: str | None = None) -> None:
    """Refuse names that could escape the store's folders ("../x", "a/b")."""
    if not _NAME.match(dataset):
        raise ValueError(f"not a dataset name: {dataset!r}")
    if version is not None:
        semver.parse(version)


def candidate_uri(dataset: str, version: str, *parts: str) -> str:
    _checked(dataset, version)
    return objects.join(_lake_roots()[0], dataset, version, *parts)


def release_uri(dataset: str, version: str, *parts: str) -> str:
    _checked(dataset, version)
    return objects.join(_lake_roots()[1], dataset, version, *parts)


def staging_uri(dataset: str, version: str, token: str) -> str:
    _checked(dataset, version)
    return objects.join(_lake_roots()[1], dataset, f"{STAGING_PREFIX}{version}-{token}")


def _versions(root: str, dataset: str, marker: str) -> list[str]:
    _checked(dataset)
    folder = objects.join(root, dataset)
    found = [
        name
        for name in objects.list_dir(folder)
        if semver.is_valid(name) and objects.exists(objects.join(folder, name, marker))
    ]
    return sorted(found, key=semver.sort_key)


def _datasets(root: str) -> list[str]:
    return [name for name in objects.list_dir(root) if _NAME.match(name)]


# candidates ------------------------------------------------------------------------------


def candidate_datasets() -> list[str]:
    return _datasets(_lake_roots()[0])


def candidate_versions(dataset: str) -> list[str]:
    """Versions with a candidate.json, in semver order."""
    return _versions(_lake_roots()[0], dataset, CANDIDATE_FILE)


def read_candidate(dataset: str, version: str) -> dict[str, Any] | None:
    uri = candidate_uri(dataset, version, CANDIDATE_FILE)
    return objects.read_json(uri) if objects.exists(uri) else None


def create_candidate(data: dict[str, Any]) -> bool:
    """Claim the candidate's version; False when another build got there first."""
    uri = candidate_uri(data["dataset"], data["version"], CANDIDATE_FILE)
    return objects.write_json(uri, data, if_absent=True)


def write_digests(dataset: str, version: str, table: str, parquet: bytes) -> None:
    objects.put(candidate_uri(dataset, version, DIGESTS_DIR, f"{table}.parquet"), parquet)


def read_digests(dataset: str, version: str, table: str) -> bytes | None:
    uri = candidate_uri(dataset, version, DIGESTS_DIR, f"{table}.parquet")
    return objects.get(uri) if objects.exists(uri) else None


def write_guard(report: dict[str, Any]) -> None:
    """The guard's latest report for a candidate (re-run at publish time: overwritten)."""
    objects.write_json(candidate_uri(report["dataset"], report["version"], GUARD_FILE), report)


def read_guard(dataset: str, version: str) -> dict[str, Any] | None:
    uri = candidate_uri(dataset, version, GUARD_FILE)
    return objects.read_json(uri) if objects.exists(uri) else None


def write_request(dataset: str, version: str, markdown: str) -> None:
    objects.put(candidate_uri(dataset, version, REQUEST_FILE), markdown.encode("utf-8"))


def read_request(dataset: str, version: str) -> str | None:
    uri = candidate_uri(dataset, version, REQUEST_FILE)
    return objects.get(uri).decode("utf-8") if objects.exists(uri) else None


def write_candidate_text(dataset: str, version: str, name: str, text: str) -> None:
    """A document beside the candidate (its datasheet), rewritten when regenerated."""
    objects.put(candidate_uri(dataset, version, name), text.encode("utf-8"))


def read_candidate_text(dataset: str, version: str, name: str) -> str | None:
    uri = candidate_uri(dataset, version, name)
    return objects.get(uri).decode("utf-8") if objects.exists(uri) else None


# decisions -------------------------------------------------------------------------------


def read_decision(dataset: str, version: str) -> dict[str, Any] | None:
    """The curator's decision on a candidate, or None while it is pending."""
    uri = candidate_uri(dataset, version, DECISION_FILE)
    if objects.exists(uri):
        return objects.read_json(uri)
    legacy = candidate_uri(dataset, version, LEGACY_DECISION_FILE)
    if objects.exists(legacy):
        data = objects.read_json(legacy)
        return {**data, "by": data.get("approver"), "channel": data.get("channel", "unknown")}
    return None


def create_decision(data: dict[str, Any]) -> bool:
    """Record a decision once; False when one is already there (the earlier one stands)."""
    dataset, version = data["dataset"], data["version"]
    if objects.exists(candidate_uri(dataset, version, LEGACY_DECISION_FILE)):
        return False
    return objects.write_json(candidate_uri(dataset, version, DECISION_FILE), data, if_absent=True)


# releases --------------------------------------------------------------------------------


def release_datasets() -> list[str]:
    return _datasets(_lake_roots()[1])


def release_versions(dataset: str) -> list[str]:
    """Published versions (a manifest.json present), in semver order."""
    return _versions(_lake_roots()[1], dataset, MANIFEST_FILE)


def read_manifest(dataset: str, version: str) -> dict[str, Any] | None:
    uri = release_uri(dataset, version, MANIFEST_FILE)
    return objects.read_json(uri) if objects.exists(uri) else None


def commit_manifest(manifest: dict[str, Any]) -> bool:
    """Publish: create manifest.json once; False when the version was published already."""
    uri = release_uri(manifest["dataset"], manifest["version"], MANIFEST_FILE)
    if not objects.write_json(uri, manifest, if_absent=True):
        return False
    objects.make_read_only(uri)
    return True


def read_withdrawal(dataset: str, version: str) -> dict[str, Any] | None:
    """Why and when a release was withdrawn, or None while it is served."""
    uri = release_uri(dataset, version, WITHDRAWN_FILE)
    return objects.read_json(uri) if objects.exists(uri) else None


def record_withdrawal(dataset: str, version: str, data: dict[str, Any]) -> bool:
    """Withdraw a release once; False when it was withdrawn already (the first one stands)."""
    return objects.write_json(release_uri(dataset, version, WITHDRAWN_FILE), data, if_absent=True)


def release_file_uris(dataset: str, version: str) -> list[str]:
    """Every file in a release's folder (data and manifest), for verification and clean-up."""
    return objects.list_files(release_uri(dataset, version))


def relative(uri: str, dataset: str, version: str) -> str:
    """A release file's path inside its release folder (``data/<table>/part-…``)."""
    return uri.removeprefix(release_uri(dataset, version) + "/")
