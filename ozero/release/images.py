"""A release's images: each de-identified DICOM file of a dataset's image index, copied into
the release under its content hash.

`images/<sha256[:2]>/<sha256>.dcm` names nothing but the bytes: no UID, accession, patient
or date reaches a path, and the same file is stored once however many rows point at it.
Each file is read once, in chunks, and hashed while it is written (memory stays flat in the
dataset size); its hash is checked against the one the lake recorded (`deid_sha256`), so a
file that changed since curation never slips into a release. All reads and writes go
through `ozero.objects`, so a lake and a release on S3 work the same as local folders.

The release step calls `publish_images(index, release_uri)` with the image index (pandas or
rows as dicts) and the release folder, adds the returned entries to the manifest's `files`,
and writes the index, whose file column now holds the release-relative paths.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

from ozero import objects
from ozero.errors import OzeroError

log = logging.getLogger(__name__)

FILE_COLUMN = "object_uri"
HASH_COLUMN = "deid_sha256"
IMAGES_FOLDER = "images"
SUFFIX = ".dcm"


class ImageHashMismatch(OzeroError, ValueError):
    """A lake DICOM file no longer has the hash its index row recorded."""

    fix = "re-run curation of the PACS source and rebuild the dataset before releasing"


def release_path(sha256: str) -> str:
    """The release-relative path of a file with this hash."""
    return f"{IMAGES_FOLDER}/{sha256[:2]}/{sha256}{SUFFIX}"


def _copy_hashing(source: str, staging: Path) -> tuple[Path, str, int]:
    """Stream `source` into a new file under `staging`, hashing on the way."""
    digest = hashlib.sha256()
    size = 0
    tmp = staging / f"{uuid.uuid4().hex}.part"
    with objects.open_read(source) as stream, open(tmp, "wb") as out:
        while chunk := stream.read(objects.CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return tmp, digest.hexdigest(), size


def publish_image(source: str, release_uri: str, staging: Path, seen: set[str]) -> dict[str, Any]:
    """Copy one file into the release (once per content); its manifest entry."""
    tmp, sha, size = _copy_hashing(source, staging)
    path = release_path(sha)
    target = objects.join(release_uri, path)
    if sha in seen or objects.exists(target):
        tmp.unlink(missing_ok=True)  # same bytes already there: content addressing
    else:
        objects.put_file(tmp, target)  # a rename on a local release, an upload on S3
    seen.add(sha)
    return {"path": path, "sha256": sha, "bytes": size}


def _rows(index: Any) -> Iterable[MutableMapping[str, Any]] | None:
    """Rows as mutable mappings, or None for a pandas frame (rewritten by column)."""
    if type(index).__module__.startswith("pandas") and hasattr(index, "columns"):
        return None  # a DataFrame (checked without importing pandas for a list of rows)
    return index


def publish_images(
    index: Any, release_uri: str, file_column: str = FILE_COLUMN
) -> list[dict[str, Any]]:
    """Copy every image of `index` into `release_uri/images/`; its manifest entries.

    `index` is the dataset's image index as a pandas DataFrame or a list of dicts, with the
    lake file in `file_column` and, when present, its recorded hash in `deid_sha256`. Its
    file column is rewritten in place to the release-relative path (`images/ab/ab…​.dcm`).
    Returns one entry per distinct file: `{"path", "sha256", "bytes"}`, in index order.
    """
    shared = objects.staging_dir(objects.join(release_uri, IMAGES_FOLDER, "x"))
    staging = shared / f"images-{uuid.uuid4().hex[:12]}"  # this call's own: swept at the end
    staging.mkdir()
    seen: set[str] = set()
    entries: list[dict[str, Any]] = []
    rows = _rows(index)
    frame = index if rows is None else None
    if frame is not None:
        sources = list(frame[file_column])
        hashes = list(frame[HASH_COLUMN]) if HASH_COLUMN in frame.columns else [None] * len(frame)
    else:
        rows = list(rows or [])
        sources = [row[file_column] for row in rows]
        hashes = [row.get(HASH_COLUMN) for row in rows]
    paths: list[str] = []
    try:
        for position, (source, expected) in enumerate(zip(sources, hashes, strict=True)):
            before = len(seen)
            entry = publish_image(str(source), release_uri, staging, seen)
            if expected and expected != entry["sha256"]:
                raise ImageHashMismatch(
                    f"image {position} of the index: its file's SHA-256 is not the one the "
                    "lake recorded (deid_sha256)"
                )  # no path or UID in the message: they are the dataset's, not the log's
            if len(seen) > before:
                entries.append(entry)
            paths.append(entry["path"])
    finally:
        _remove_staging(staging)
    if frame is not None:
        frame[file_column] = paths
    else:
        for row, path in zip(rows or [], paths, strict=True):
            row[file_column] = path
    log.info("released %d images (%d distinct files)", len(paths), len(entries))
    return entries


def _remove_staging(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):  # the release's `.staging`, once nothing else uses it
        os.rmdir(staging.parent)


def local_image(release_uri: str, path: str, cache: Path) -> Path:
    """A local file of a released image: the release's own on a local lake, else a copy
    fetched once into `cache` (kept only when its bytes match the hash its name gives)."""
    if not path.startswith(f"{IMAGES_FOLDER}/") or ".." in path.split("/"):
        raise ValueError("not a release image path (images/<aa>/<sha256>.dcm)")
    uri = objects.join(release_uri, path)
    if "://" not in uri or uri.startswith("file://"):
        return objects.local_path(uri)
    target = cache / path
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp, sha, _ = _copy_hashing(uri, target.parent)
    if sha != Path(path).stem:
        tmp.unlink(missing_ok=True)
        raise ImageHashMismatch("a released image does not match the hash in its name")
    os.replace(tmp, target)
    return target
