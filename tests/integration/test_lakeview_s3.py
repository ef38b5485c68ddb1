"""The JVM-free metadata reads on an `s3a://` lake: a real S3 server on localhost (S3Proxy),
reached with the variables S3A uses (OZERO_S3_ENDPOINT, AWS_*, per bucket OZERO_S3_BUCKET_*)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from deltalake import write_deltalake

from ozero import lakeview
from tests.s3 import require_s3proxy

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def s3_env(tmp_path_factory):
    from ozero.infra import s3_server

    require_s3proxy()
    log = tmp_path_factory.mktemp("s3") / "s3proxy.log"
    with s3_server.running(log_path=log) as server:
        bucket = f"ozero-lv-{uuid.uuid4().hex[:8]}"
        server.create_bucket(bucket)
        yield server.env(bucket)


def test_tables_and_rows_on_s3_without_a_jvm(s3_env, monkeypatch, tmp_path: Path) -> None:
    for name, value in s3_env.items():
        monkeypatch.setenv(name, value)
    uri = lakeview.table_uri("ops.watermarks")
    assert uri.startswith("s3://") and s3_env["OZERO_LAKE_URI"].startswith("s3a://")
    options = {**lakeview.storage_options(uri), "AWS_S3_ALLOW_UNSAFE_RENAME": "true"}
    now = datetime(2026, 6, 1, tzinfo=UTC)
    watermarks = pa.table(
        {
            "source": ["remd", "oms", "pacs"],
            "watermark": pa.array([now] * 3, pa.timestamp("us", tz="UTC")),
            "updated_at": pa.array([now] * 3, pa.timestamp("us", tz="UTC")),
        }
    )
    write_deltalake(uri, watermarks, storage_options=options)
    write_deltalake(uri, watermarks.slice(0, 1), mode="append", storage_options=options)

    assert [(t.name, t.version, t.rows) for t in lakeview.list_tables()] == [
        ("ops.watermarks", 1, 4)
    ]
    assert sorted(r["source"] for r in lakeview.rows("ops.watermarks")) == [
        "oms",
        "pacs",
        "remd",
        "remd",
    ]

    env = {k: v for k, v in os.environ.items() if not k.startswith("OZERO_")}
    env.update(s3_env, JAVA_HOME=str(tmp_path / "no-java"))
    result = subprocess.run(
        [sys.executable, "-m", "ozero.cli", "lake", "tables", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"name": "ops.watermarks", "zone": "ops", "version": 1, "rows": 4}
    ]


def test_storage_options_follow_the_s3a_settings(monkeypatch) -> None:
    monkeypatch.setenv("OZERO_LAKE_URI", "/data/lake")
    monkeypatch.setenv("OZERO_ZONE_ROOTS", "silver=s3a://restricted/silver")
    monkeypatch.setenv("OZERO_S3_ENDPOINT", "https://storage.example.ru")
    monkeypatch.setenv("OZERO_S3_PATH_STYLE", "false")
    monkeypatch.setenv("AWS_REGION", "ru-central1")
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    silver = lakeview.table_uri("silver.oms_cases")
    assert silver == "s3://restricted/silver/oms_cases"  # a zone kept in its own bucket
    assert lakeview.storage_options(silver) == {
        "AWS_VIRTUAL_HOSTED_STYLE_REQUEST": "true",
        "AWS_ENDPOINT_URL": "https://storage.example.ru",
        "AWS_ALLOW_HTTP": "false",
        "AWS_REGION": "ru-central1",
    }
    assert lakeview.table_uri("ops.runs") == "/data/lake/ops/runs"
    assert lakeview.storage_options(lakeview.table_uri("ops.runs")) is None
