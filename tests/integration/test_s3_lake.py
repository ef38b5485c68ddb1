"""The lake on S3: real S3 servers on localhost (S3Proxy), real S3A, one bucket per privacy
zone as deployed — bronze and quarantine in the restricted bucket, silver and ops in the
lake bucket — each on its own server with its own keys (`s3_server.zones_running`).

Bronze landing (Delta MERGE, idempotent re-run) and the de-identifying bronze → silver step
run through `ozero.pipeline` with OZERO_LAKE_URI=s3a://… and OZERO_ZONE_ROOTS; boto3 then
checks what is really in each bucket. The shared Spark session is pointed at the buckets at
run time (`ozero.spark.configure_s3a`), as a DAG task's session would be at start.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from ozero.config import get_settings
from tests.phi import find_leaks
from tests.s3 import bucket_keys, require_s3proxy

pytestmark = [pytest.mark.spark, pytest.mark.slow]

SEED, PATIENTS, DOCUMENTS = 11, 8, 10
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")


def _s3_jars_present() -> bool:
    return any(get_settings().jars_dir.glob("hadoop-aws-*.jar"))


@pytest.fixture(scope="module")
def s3_lake(tmp_path_factory, spark):
    """Start the S3 server and the simulator; run ingest + curate once on an s3a:// lake."""
    if not _s3_jars_present():
        message = "S3A jars missing: run `make jars-s3`"
        if os.environ.get("CI"):
            pytest.fail(message)  # `make test` fetches them: missing jars in CI is a bug
        pytest.skip(message)
    from ozero.infra import s3_server
    from ozero.simulator.server import make_server

    require_s3proxy()
    simulator = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    thread = threading.Thread(target=simulator.serve_forever, daemon=True)
    thread.start()
    mp = pytest.MonkeyPatch()
    log = tmp_path_factory.mktemp("s3") / "s3proxy.log"
    with s3_server.zones_running(log_path=log) as store:  # fresh bucket names: Hadoop
        for name, value in store.env().items():  # caches a filesystem per bucket
            mp.setenv(name, value)
        mp.setenv("OZERO_SIMULATOR_URL", f"http://127.0.0.1:{simulator.server_address[1]}")
        mp.setenv("OZERO_PSEUDONYM_KEY", "cd" * 32)
        mp.setenv("OZERO_PSEUDONYM_KEY_ID", "s3-it-key")
        from ozero import pipeline
        from ozero.spark import configure_s3a

        configure_s3a(spark)
        reports = {
            "first": pipeline.ingest("remd", *INTERVAL),
            "again": pipeline.ingest("remd", *INTERVAL),
            "curate": pipeline.curate_source("remd"),
        }
        try:
            yield store, reports
        finally:
            mp.undo()
            simulator.shutdown()


@pytest.fixture(scope="module")
def world():
    from ozero.simulator.world import build_world

    return build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)


def test_bronze_lands_once_on_s3(s3_lake, spark):
    from ozero import lake

    store, reports = s3_lake
    restricted = store.buckets["restricted"]
    assert lake.table_path("bronze.remd_documents") == f"s3a://{restricted}/bronze/remd_documents"
    landed = reports["first"]["landed_new"]
    assert landed > 0
    assert reports["again"]["landed_new"] == 0  # the MERGE on S3 is idempotent too
    assert lake.read(spark, "bronze.remd_documents").count() == landed
    keys = bucket_keys(store, "restricted", "bronze/remd_documents/")
    assert "bronze/remd_documents/_delta_log/00000000000000000000.json" in keys
    assert any(k.endswith(".parquet") for k in keys)
    assert not bucket_keys(store, "lake", "lake/bronze/"), "no PHI in the lake bucket"


def test_silver_on_s3_matches_the_curation_report(s3_lake, spark):
    """What curation reports is what the bucket holds: every bronze record taken, every
    rejected one in quarantine with a reason."""
    from ozero import lake

    store, reports = s3_lake
    curated = reports["curate"]
    assert curated["bronze_new"] == reports["first"]["landed_new"]
    assert lake.read(spark, "silver.remd_protocols").count() > 0
    rejected = (
        lake.read(spark, "quarantine.records")
        .where("source_table = 'bronze.remd_documents'")
        .collect()
    )
    assert len(rejected) == curated["quarantined_parse"] + curated["quarantined_validation"]
    assert all(r["reason"] for r in rejected)
    assert any(
        k.endswith(".json") for k in bucket_keys(store, "lake", "lake/silver/remd_protocols/")
    )
    assert bucket_keys(store, "lake", "lake/ops/runs/"), "run records live in the lake bucket"
    assert bucket_keys(store, "restricted", "quarantine/records/"), "rejects stay beside bronze"


def test_no_identifier_in_silver_objects(s3_lake, world, tmp_path: Path):
    """Scan the silver Parquet objects as they are stored in the bucket, not via Spark."""
    store, _ = s3_lake
    client = store.servers["lake"].client()
    for key in bucket_keys(store, "lake", "lake/silver/"):
        if key.endswith(".parquet"):
            target = tmp_path / key
            target.parent.mkdir(parents=True, exist_ok=True)
            client.download_file(store.buckets["lake"], key, str(target))
    assert list((tmp_path / "lake" / "silver").rglob("*.parquet"))
    assert find_leaks(world, tmp_path / "lake", zones=("silver",)) == []
