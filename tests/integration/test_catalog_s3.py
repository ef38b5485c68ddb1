"""The catalog on an `s3a://` lake: releases read and pages written through `ozero.objects`
against real S3 servers on localhost (S3Proxy), no Spark. The lake is split as deployed:
releases in their own bucket, the catalog in the lake bucket, each with its own keys."""

from __future__ import annotations

import pytest

from ozero import objects
from ozero.catalog.build import build, location
from ozero.lake import releases_root
from tests.catalog_releases import IMAGING_TITLE, TABULAR, TABULAR_TITLE, publish_fake_releases
from tests.s3 import require_s3proxy


@pytest.fixture(scope="module")
def s3_env(tmp_path_factory):
    from ozero.infra import s3_server

    require_s3proxy()
    log = tmp_path_factory.mktemp("s3") / "s3proxy.log"
    with s3_server.zones_running(log_path=log) as store:
        yield store.env()


def test_catalog_builds_from_and_into_an_s3_lake(s3_env, monkeypatch) -> None:
    for name, value in s3_env.items():
        monkeypatch.setenv(name, value)
    lake = s3_env["OZERO_LAKE_URI"].rstrip("/")
    assert lake.startswith("s3a://")
    publish_fake_releases()

    result = build()

    assert result.out == f"{lake}/catalog" and (result.datasets, result.versions) == (2, 3)
    assert all(uri.startswith(f"{lake}/catalog/") for uri in result.pages + result.files)
    index = objects.get(result.index).decode("utf-8")
    assert TABULAR_TITLE in index and IMAGING_TITLE in index
    version = objects.get(f"{lake}/catalog/datasets/{TABULAR}/1.1.0/index.html").decode("utf-8")
    assert "SHA-256 matches the manifest" in version
    assert location(result.index) == result.index  # not a file:// URL on S3
    releases = releases_root()  # read from the releases bucket, written to the lake bucket
    assert releases.endswith("-releases/releases") and not releases.startswith(lake)
    assert objects.list_files(releases)
