"""Files next to the lake (DICOM instances): content-addressed writes that are never partial.

Delta tables hold the metadata and reference these by URI. Locally a write goes to a temporary
name in the same folder and is renamed into place, so a reader (or a crashed run's re-run)
never sees half a file. On s3a:// lakes the object is PUT through pyarrow's S3 filesystem (a
PUT is atomic by itself), with the endpoint from ``OZERO_S3_ENDPOINT``.
"""

from __future__ import annotations

import os
import uuid

from ozero.lake import lake_root, local_path


def object_uri(*parts: str) -> str:
    """``object_uri("bronze", "objects", "pacs", "ab", "ab12.dcm")`` → ``<lake>/bronze/...``."""
    return "/".join([lake_root(), *parts])


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


def exists(uri: str) -> bool:
    if _local(uri):
        return local_path(uri).is_file()
    from pyarrow import fs

    s3, key = _s3(uri)
    return s3.get_file_info(key).type == fs.FileType.File
