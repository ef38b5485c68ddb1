"""Files next to the lake (DICOM instances, release files, candidates): one API, local or S3.

Delta tables hold the metadata and reference these by URI. Locally a write goes to a temporary
name in the same folder and is renamed into place, so a reader (or a crashed run's re-run)
never sees half a file. On s3a:// lakes the object is PUT through pyarrow's S3 filesystem (a
PUT is atomic by itself), with the endpoint from ``OZERO_S3_ENDPOINT``. Create-if-absent
(``put_if_absent``: write-once records such as decisions) is a hard link locally and a
conditional PUT (``If-None-Match: *``) on S3, which AWS S3, MinIO and moto honour.

Every function takes a URI (a local path, ``file://…`` or ``s3a://bucket/key``) and decides
from the URI alone: Spark workers do not see the driver's settings.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

CHUNK = 1 << 20


def object_uri(*parts: str) -> str:
    """``object_uri("bronze", "objects", "pacs", "ab", "ab12.dcm")`` → ``<lake>/bronze/...``."""
    from ozero.lake import lake_root  # lazily: lake.py brings Spark along

    return "/".join([lake_root(), *parts])


def join(uri: str, *parts: str) -> str:
    """``join("s3a://b/lake", "releases", "x")`` → ``s3a://b/lake/releases/x``."""
    return "/".join([uri.rstrip("/"), *(p.strip("/") for p in parts)])


def _local(uri: str) -> bool:
    return "://" not in uri or uri.startswith("file://")


def _path(uri: str) -> Path:
    return Path(uri.removeprefix("file://"))


@lru_cache(maxsize=4)
def _s3_filesystem(endpoint: str | None):  # pragma: no cover - exercised against real S3 only
    from pyarrow import fs

    return fs.S3FileSystem(endpoint_override=endpoint) if endpoint else fs.S3FileSystem()


def _s3(uri: str):  # pragma: no cover - exercised against real object storage only
    return _s3_filesystem(os.environ.get("OZERO_S3_ENDPOINT") or None), uri.split("://", 1)[1]


def _scheme(uri: str) -> str:
    return uri.split("://", 1)[0]


def arrow_filesystem(uri: str):
    """``(pyarrow filesystem, path)`` for readers such as ``pyarrow.parquet.read_table``."""
    if _local(uri):
        from pyarrow import fs

        return fs.LocalFileSystem(), str(_path(uri))
    return _s3(uri)


def put(uri: str, data: bytes) -> None:
    """Write ``data`` at ``uri`` atomically (temp + rename locally; one PUT on S3)."""
    if _local(uri):
        path = _path(uri)
        tmp = _write_temp(path, data)
        try:
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    s3, key = _s3(uri)
    with s3.open_output_stream(key) as out:
        out.write(data)


def _write_temp(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return tmp


def put_if_absent(uri: str, data: bytes) -> bool:
    """Create ``uri`` with ``data`` only if nothing is there; True if this call created it.

    Atomic against concurrent writers on both backends: exactly one of them gets True.
    """
    if _local(uri):
        path = _path(uri)
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
    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError

    path_style = os.environ.get("OZERO_S3_PATH_STYLE", "true").lower() == "true"
    client = boto3.client(
        "s3",
        endpoint_url=os.environ.get("OZERO_S3_ENDPOINT") or None,
        config=Config(s3={"addressing_style": "path" if path_style else "auto"}),
    )
    bucket, _, key = uri.split("://", 1)[1].partition("/")
    try:
        client.put_object(Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")
    except ClientError as exc:
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if status in (409, 412):  # 412 exists; 409 a concurrent conditional write won
            return False
        raise
    return True


def get(uri: str) -> bytes:
    if _local(uri):
        return _path(uri).read_bytes()
    s3, key = _s3(uri)
    with s3.open_input_stream(key) as stream:
        return stream.read()


def exists(uri: str) -> bool:
    if _local(uri):
        return _path(uri).is_file()
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
    if _local(uri):
        path = _path(uri)
        return sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    from pyarrow import fs

    s3, key = _s3(uri)
    infos = s3.get_file_info(fs.FileSelector(key.rstrip("/"), allow_not_found=True))
    return sorted(info.base_name for info in infos)


def list_files(uri: str) -> list[str]:
    """URIs of every file below ``uri``, recursively, sorted (empty when it does not exist)."""
    if _local(uri):
        root = _path(uri)
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


def size(uri: str) -> int:
    if _local(uri):
        return _path(uri).stat().st_size
    s3, key = _s3(uri)
    return s3.get_file_info(key).size


def sha256(uri: str) -> str:
    """Hex SHA-256 of a file, streamed (release files can be large)."""
    digest = hashlib.sha256()
    if _local(uri):
        with open(_path(uri), "rb") as handle:
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
    if _local(uri):
        path = _path(uri)
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
    if _local(uri):
        shutil.rmtree(_path(uri), ignore_errors=True)
        return
    from pyarrow import fs

    s3, key = _s3(uri)
    if s3.get_file_info(key.rstrip("/")).type != fs.FileType.NotFound:
        s3.delete_dir(key.rstrip("/"))


def move(src: str, dst: str) -> None:
    """Move one file (a rename locally; copy then delete on S3, where renames do not exist)."""
    if _local(src) != _local(dst):
        raise ValueError(f"cannot move between storage kinds: {src} → {dst}")
    if _local(src):
        target = _path(dst)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(_path(src), target)
        return
    s3, src_key = _s3(src)
    _, dst_key = _s3(dst)
    s3.copy_file(src_key, dst_key)
    s3.delete_file(src_key)


def make_read_only(uri: str) -> None:
    """Mark a published file read-only (0444) locally; on S3 immutability is bucket policy
    (object lock / no-overwrite IAM), so this is a no-op there."""
    if _local(uri):
        _path(uri).chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
