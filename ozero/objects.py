"""Files in the lake that are not Delta tables — OMS register files, DICOM instances,
release files, Data Docs — written and read through this one module, by URI.

A URI is rooted in the lake (`object_uri("bronze", "objects", ...)` → `<lake>/bronze/...`),
so the same code serves a local folder and an `s3a://` lake. Writes are never partial:
locally a write goes to a temporary name in the same folder and is renamed into place, so a
reader (or a crashed run's re-run) never sees half a file; on S3 the object is PUT through
pyarrow's S3 filesystem (a PUT or a completed multipart upload is atomic by itself), with
the endpoint from ``OZERO_S3_ENDPOINT``. Whether a URI is local is decided from the URI
alone, because Spark workers do not see the driver's settings.
"""

from __future__ import annotations

import io
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from ozero.lake import local_path, zone_root

CHUNK = 1 << 20


def object_uri(zone: str, *parts: str) -> str:
    """``object_uri("bronze", "objects", "pacs", "ab", "ab12.dcm")`` → ``<bronze zone>/...``
    (``<lake>/bronze/...`` unless the zone is configured elsewhere: `lake.zone_root`)."""
    return "/".join([zone_root(zone), *parts])


def _local(uri: str) -> bool:
    """Decided from the URI alone: Spark workers do not see the driver's settings."""
    return "://" not in uri or uri.startswith("file://")


def _s3(uri: str):  # pragma: no cover - exercised against real object storage only
    from pyarrow import fs

    endpoint = os.environ.get("OZERO_S3_ENDPOINT")
    s3 = fs.S3FileSystem(endpoint_override=endpoint) if endpoint else fs.S3FileSystem()
    return s3, uri.split("://", 1)[1]


def put(uri: str, data: bytes) -> None:
    """Write ``data`` at ``uri`` atomically (temp + rename locally; one PUT on S3)."""
    if _local(uri):
        path = local_path(uri)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    s3, key = _s3(uri)
    with s3.open_output_stream(key) as out:
        out.write(data)


def get(uri: str) -> bytes:
    if _local(uri):
        return local_path(uri).read_bytes()
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        return stream.read()


@contextmanager
def open_read(uri: str) -> Iterator[BinaryIO]:
    """A binary stream of the object (streamed, never read whole into memory)."""
    if _local(uri):
        with open(local_path(uri), "rb") as handle:
            yield handle
        return
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        yield stream  # type: ignore[misc]


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
    if _local(uri):
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
    if _local(uri):
        return local_path(uri).stat().st_size
    s3, key = _s3(uri)
    return s3.get_file_info(key).size


def put_file(path: Path, uri: str) -> None:
    """Move a finished local file to `uri` (a rename when both are on one local disk;
    otherwise a streamed copy, then the local file is removed)."""
    if _local(uri):
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
    if _local(uri):
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
    if _local(uri):
        return local_path(uri).is_file()
    from pyarrow import fs

    s3, key = _s3(uri)
    return s3.get_file_info(key).type == fs.FileType.File
