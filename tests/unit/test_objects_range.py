"""Ranged reads of lake objects (`objects.open_range`, `objects.size`): the same bytes from
a local folder and from an S3 server (S3Proxy on localhost, real HTTP)."""

from __future__ import annotations

import os
import uuid

from ozero import objects
from tests.s3 import require_s3proxy

DATA = bytes(range(256)) * 40_000  # 10 MB: more than one buffer of either reader


def _check(uri: str) -> None:
    objects.put(uri, DATA)
    assert objects.size(uri) == len(DATA)
    for start, end in [(0, 10), (5, 5), (1_000_003, 9_000_017), (len(DATA) - 3, None)]:
        with objects.open_range(uri, start, end) as f:
            assert f.read() == DATA[start:end]
    with objects.open_range(uri, 7, len(DATA) + 100) as f:  # past the end: to the end
        got = b"".join(iter(lambda: f.read(65_536), b""))
    assert got == DATA[7:]


def test_local_ranges(tmp_path, monkeypatch):
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    _check(objects.object_uri("bronze", "objects", "oms", "r.xml"))


def test_s3_ranges(tmp_path, monkeypatch):
    from ozero.infra import s3_server

    require_s3proxy()
    with s3_server.running(log_path=tmp_path / "s3proxy.log") as server:
        bucket = f"ozero-range-{uuid.uuid4().hex[:8]}"
        server.create_bucket(bucket)
        for name, value in server.env(bucket).items():
            monkeypatch.setenv(name, value)
        assert os.environ["OZERO_LAKE_URI"].startswith("s3a://")
        _check(objects.object_uri("bronze", "objects", "oms", "r.xml"))
