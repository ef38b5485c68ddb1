"""The local S3 servers the tests run on (`ozero.infra.s3_server`, S3Proxy)."""

from __future__ import annotations

import os

import pytest

from ozero.errors import SetupError


def require_s3proxy() -> None:
    """Skip when the S3Proxy jar is missing; fail in CI, where `make test` fetches it."""
    from ozero.infra import s3_server

    try:
        s3_server.s3proxy_jar()
    except SetupError as exc:
        message = f"{exc} (run `make s3proxy`)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def bucket_keys(store, zone: str, prefix: str = "") -> list[str]:  # noqa: ANN001 - a ZonedStore
    """Keys under `prefix` in the bucket of privacy zone `zone` (restricted, lake, releases),
    asked of that zone's own server: what is really stored, not what Ozero reports."""
    client, bucket = store.servers[zone].client(), store.buckets[zone]
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return [o["Key"] for page in pages for o in page.get("Contents", [])]
