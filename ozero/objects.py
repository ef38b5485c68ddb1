"""Files in the lake that are not Delta tables — OMS register files, DICOM instances,
release files and decisions, Data Docs — written and read through this one module, by URI.

A URI is rooted in the lake (`object_uri("bronze", "objects", ...)` → `<lake>/bronze/...`),
so the same code serves a local folder and an `s3a://` lake. Writes are never partial:
locally a write goes to a temporary name in the same folder and is renamed into place, so a
reader (or a crashed run's re-run) never sees half a file; on S3 the object is PUT through
pyarrow's S3 filesystem (a PUT or a completed multipart upload is atomic by itself), with
each bucket's endpoint and credentials from `ozero.s3`. Create-if-absent (``put_if_absent``:
write-once records such as decisions) is a hard link locally and a conditional PUT
(``If-None-Match: *``) on S3, which AWS S3, MinIO and S3Proxy 4 honour. Whether a URI is local is
decided from the URI alone, because Spark workers do not see the driver's settings.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from ozero import s3
from ozero.lake import local_path, zone_root

CHUNK = 1 << 20
SYNC_THREADS = 8  # concurrent fsyncs in make_durable: the journal commits them as a group
Data = bytes | memoryview | list[bytes | memoryview]  # an object's bytes, whole or in pieces


def object_uri(zone: str, *parts: str) -> str:
    """``object_uri("bronze", "objects", "pacs", "ab", "ab12.dcm")`` → ``<bronze zone>/...``
    (``<lake>/bronze/...`` unless the zone is configured elsewhere: `lake.zone_root`)."""
    return "/".join([zone_root(zone), *parts])


def join(uri: str, *parts: str) -> str:
    """``join("s3a://b/lake", "releases", "x")`` → ``s3a://b/lake/releases/x``."""
    return "/".join([uri.rstrip("/"), *(p.strip("/") for p in parts)])


def is_local(uri: str) -> bool:
    """A plain path or a file:// URI (not an object store)."""
    return "://" not in uri or uri.startswith("file://")


@lru_cache(maxsize=8)
def _s3_filesystem(access: s3.BucketAccess):  # pragma: no cover - exercised against real S3 only
    from pyarrow import fs

    options: dict[str, Any] = {"region": access.region} if access.region else {}
    if access.endpoint:
        options["endpoint_override"] = access.endpoint
    if access.access_key:
        options.update(
            access_key=access.access_key,
            secret_key=access.secret_key,
            session_token=access.session_token,
        )
    return fs.S3FileSystem(**options)


def _s3(uri: str):  # pragma: no cover - exercised against real object storage only
    """The pyarrow filesystem for the URI's bucket (its own endpoint and credentials, see
    `ozero.s3`) and the path in it."""
    return _s3_filesystem(s3.bucket_access(s3.bucket_of(uri))), uri.split("://", 1)[1]


def _scheme(uri: str) -> str:
    return uri.split("://", 1)[0]


def arrow_filesystem(uri: str):
    """``(pyarrow filesystem, path)`` for readers such as ``pyarrow.parquet.read_table``."""
    if is_local(uri):
        from pyarrow import fs

        return fs.LocalFileSystem(), str(local_path(uri))
    return _s3(uri)


def put(uri: str, data: Data, durable: bool = True) -> None:
    """Write ``data`` at ``uri`` atomically (temp + rename locally; one PUT on S3).

    ``data`` may be a list of pieces, written one after the other (no joined copy).

    Locally the file is fsynced before the rename, so it survives a power failure once this
    returns. ``durable=False`` skips that fsync for a writer that stores many objects and
    makes them durable together with `make_durable` (one wait for the disk per batch instead
    of one per object); until then such an object may be lost on power failure, so nothing
    that refers to it (a Delta row) may be committed before `make_durable` has returned.
    An S3 PUT is durable when it returns either way.
    """
    if is_local(uri):
        path = local_path(uri)
        tmp = _write_temp(path, data, durable)
        try:
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    s3, key = _s3(uri)
    with s3.open_output_stream(key) as out:
        for piece in _pieces(data):
            out.write(piece)


def _pieces(data: Data) -> list[bytes | memoryview]:
    return data if isinstance(data, list) else [data]


def make_durable(uris: list[str]) -> None:
    """Flush objects written with ``put(..., durable=False)`` to disk: every file, then every
    folder that holds one (the rename into place is a folder entry; a file fsync alone does
    not persist it). The fsyncs run on a few threads so the disk sees them together (the
    filesystem's journal commits them as a group). No-op on S3, where a PUT is durable.

    Raises OSError when any flush fails: the caller must then not commit rows that refer
    to these objects.
    """
    local = [local_path(u) for u in uris if is_local(u)]
    if not local:
        return
    from concurrent.futures import ThreadPoolExecutor

    folders = sorted({p.parent for p in local})
    with ThreadPoolExecutor(max_workers=SYNC_THREADS) as pool:
        list(pool.map(_fsync_path, local))
        list(pool.map(_fsync_path, folders))


def _fsync_path(path: Path) -> None:
    """fsync one file or folder (a folder opened read-only: what Linux allows for it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, data: Data, durable: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    with open(tmp, "wb") as handle:
        for piece in _pieces(data):
            handle.write(piece)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())
    return tmp


def put_if_absent(uri: str, data: bytes) -> bool:
    """Create ``uri`` with ``data`` only if nothing is there; True if this call created it.

    Atomic against concurrent writers on both backends: exactly one of them gets True.
    """
    if is_local(uri):
        path = local_path(uri)
        tmp = _write_temp(path, data)
        try:
            os.link(tmp, path)  # fails if the name exists: atomic create-if-absent
        except FileExistsError:
            return False
        finally:
            tmp.unlink(missing_ok=True)
        return True
    return _s3_put_if_absent(uri, data)


def _s3_put_if_absent(uri: str, data: bytes) -> bool:
    """A conditional PUT; pyarrow has none, so this one request goes through boto3."""
    from botocore.exceptions import ClientError

    bucket, _, key = uri.split("://", 1)[1].partition("/")
    try:
        s3.boto3_client(bucket).put_object(Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")
    except ClientError as exc:
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if status in (409, 412):  # 412 exists; 409 a concurrent conditional write won
            return False
        raise
    return True


def get(uri: str) -> bytes:
    if is_local(uri):
        return local_path(uri).read_bytes()
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        return stream.read()


@contextmanager
def open_read(uri: str) -> Iterator[BinaryIO]:
    """A binary stream of the object (streamed, never read whole into memory)."""
    if is_local(uri):
        with open(local_path(uri), "rb") as handle:
            yield handle
        return
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        yield stream


class _Range(io.RawIOBase):
    """Bytes [start, end) of a random-access file, read on demand with `read_at`."""

    def __init__(self, read_at: Callable[[int, int], bytes], start: int, end: int) -> None:
        self._read_at, self._pos, self._end = read_at, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._read_at(self._pos, max(0, min(len(buffer), self._end - self._pos)))
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


@contextmanager
def open_range(uri: str, start: int, end: int | None = None) -> Iterator[BinaryIO]:
    """A binary stream of bytes [start, end) of the object (end None or past the end: to
    the end), streamed: a large object can be read in parts by several workers at once."""
    if is_local(uri):
        with open(local_path(uri), "rb") as handle:
            stop = os.fstat(handle.fileno()).st_size if end is None else end
            fd = handle.fileno()
            yield io.BufferedReader(_Range(lambda at, n: os.pread(fd, n, at), start, stop), CHUNK)
        return
    s3, key = _s3(uri)
    with s3.open_input_file(key) as remote:
        stop = remote.size() if end is None else min(end, remote.size())
        reader = _Range(lambda at, n: remote.read_at(n, at), start, stop)
        yield io.BufferedReader(reader, 8 * CHUNK)  # ranged GETs of 8 MiB


def size(uri: str) -> int:
    """The object's size in bytes."""
    if is_local(uri):
        return local_path(uri).stat().st_size
    s3, key = _s3(uri)
    return s3.get_file_info(key).size


def put_file(path: Path, uri: str) -> None:
    """Move a finished local file to `uri` (a rename when both are on one local disk;
    otherwise a streamed copy, then the local file is removed)."""
    if is_local(uri):
        target = local_path(uri)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(path, target)
            return
        except OSError:  # another filesystem: copy under a temporary name, then rename
            tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
            try:
                shutil.copyfile(path, tmp)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
            path.unlink(missing_ok=True)
            return
    s3, key = _s3(uri)
    with open(path, "rb") as source, s3.open_output_stream(key) as out:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            out.write(chunk)
    path.unlink(missing_ok=True)


def staging_dir(uri: str) -> Path:
    """A local folder to write a file destined for `uri` before `put_file`: a `.staging`
    folder beside the target on a local lake (so the move is a rename, and a file named
    like its target is never mistaken for it), a temporary folder otherwise."""
    if is_local(uri):
        folder = local_path(uri).parent / ".staging"  # same disk: the move is a rename
    else:
        import tempfile

        folder = Path(tempfile.gettempdir()) / "ozero-staging"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def put_tree(folder: Path, uri: str) -> int:
    """Copy every file under a local folder to `uri/<relative path>`; returns how many."""
    count = 0
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        put(f"{uri.rstrip('/')}/{path.relative_to(folder).as_posix()}", path.read_bytes())
        count += 1
    return count


def exists(uri: str) -> bool:
    if is_local(uri):
        return local_path(uri).is_file()
    from pyarrow import fs

    s3, key = _s3(uri)
    return s3.get_file_info(key).type == fs.FileType.File


def read_json(uri: str) -> Any:
    """The JSON document at ``uri`` (FileNotFoundError when there is none)."""
    return json.loads(get(uri).decode("utf-8"))


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_json(uri: str, data: Any, if_absent: bool = False) -> bool:
    """Write ``data`` as UTF-8 JSON; with ``if_absent``, only if ``uri`` does not exist yet.

    Returns False when ``if_absent`` and the file was already there (nothing written).
    """
    if if_absent:
        return put_if_absent(uri, _json_bytes(data))
    put(uri, _json_bytes(data))
    return True


def list_dir(uri: str) -> list[str]:
    """Names of the files and folders directly under ``uri`` (empty when it does not exist)."""
    if is_local(uri):
        path = local_path(uri)
        return sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    from pyarrow import fs

    s3, key = _s3(uri)
    infos = s3.get_file_info(fs.FileSelector(key.rstrip("/"), allow_not_found=True))
    return sorted(info.base_name for info in infos)


def list_files(uri: str) -> list[str]:
    """URIs of every file below ``uri``, recursively, sorted (empty when it does not exist)."""
    if is_local(uri):
        root = local_path(uri)
        if not root.is_dir():
            return []
        prefix = uri.rstrip("/")
        return sorted(
            f"{prefix}/{p.relative_to(root).as_posix()}" for p in root.rglob("*") if p.is_file()
        )
    from pyarrow import fs

    s3, key = _s3(uri)
    selector = fs.FileSelector(key.rstrip("/"), recursive=True, allow_not_found=True)
    scheme = _scheme(uri)
    return sorted(
        f"{scheme}://{info.path}"
        for info in s3.get_file_info(selector)
        if info.type == fs.FileType.File
    )


def sha256(uri: str) -> str:
    """Hex SHA-256 of a file, streamed (release files can be large)."""
    digest = hashlib.sha256()
    if is_local(uri):
        with open(local_path(uri), "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest()
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def delete(uri: str) -> None:
    """Remove one file; no error when it is already gone."""
    if is_local(uri):
        path = local_path(uri)
        if path.exists():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
            path.unlink(missing_ok=True)
        return
    from pyarrow import fs

    s3, key = _s3(uri)
    if s3.get_file_info(key).type == fs.FileType.File:
        s3.delete_file(key)


def delete_tree(uri: str) -> None:
    """Remove a folder and everything below it; no error when it is already gone."""
    if is_local(uri):
        shutil.rmtree(local_path(uri), ignore_errors=True)
        return
    from pyarrow import fs

    s3, key = _s3(uri)
    if s3.get_file_info(key.rstrip("/")).type != fs.FileType.NotFound:
        s3.delete_dir(key.rstrip("/"))


def move(src: str, dst: str) -> None:
    """Move one file (a rename locally; copy then delete on S3, where renames do not exist)."""
    if is_local(src) != is_local(dst):
        raise ValueError(f"cannot move between storage kinds: {src} → {dst}")
    if is_local(src):
        target = local_path(dst)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(local_path(src), target)
        return
    s3, src_key = _s3(src)
    _, dst_key = _s3(dst)
    s3.copy_file(src_key, dst_key)
    s3.delete_file(src_key)


def make_read_only(uri: str) -> None:
    """Mark a published file read-only (0444) locally; on S3 immutability is bucket policy
    (object lock / no-overwrite IAM), so this is a no-op there."""
    if is_local(uri):
        local_path(uri).chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
