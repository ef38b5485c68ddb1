"""The pipeline's steps on a real local Spark + Delta against the simulator (no Airflow):
row accounting, idempotent re-runs, and no identifier past bronze."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.shared_lake import DOCUMENTS, INTERVAL, PATIENTS, SEED
from tests.phi import find_leaks

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def world():
    from ozero.simulator.world import build_world

    return build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)


@pytest.fixture(scope="module")
def pipeline_lake(curated_lake):
    """The shared curated lake (see conftest): ingest + curate of the seed-7 world."""
    mp = pytest.MonkeyPatch()
    for name, value in curated_lake.env().items():
        mp.setenv(name, value)
    yield curated_lake.root, curated_lake.reports
    mp.undo()


def _count(spark, name: str, where: str | None = None) -> int:
    from ozero import lake

    df = lake.read(spark, name)
    return (df.where(where) if where else df).count()


def test_every_served_record_lands_in_bronze_once(pipeline_lake, world, spark):
    _, reports = pipeline_lake
    assert reports["remd"]["received"] == len(world.remd_feed)  # 174 + 186, every version
    assert _count(spark, "bronze.remd_documents") == len(world.remd_feed)
    assert _count(spark, "bronze.oms_registers") == len(world.registers)


def test_every_bronze_record_is_in_silver_or_quarantine(pipeline_lake, world, spark):
    from ozero import lake

    malformed = sum(d.is_malformed for d in world.remd_feed)
    silver = {  # documents: lab protocols have a row per result, old versions are superseded
        r["_sha256"]
        for t in ("remd_protocols", "remd_lab_results", "remd_superseded")
        for r in lake.read(spark, f"silver.{t}").select("_sha256").collect()
    }
    quarantined = _count(spark, "quarantine.records", "source_table = 'bronze.remd_documents'")
    assert len(silver) + quarantined == len(world.remd_feed)
    assert quarantined == malformed
    assert _count(spark, "silver.remd_superseded") == len(world.corrections)
    cases = _count(spark, "silver.oms_cases")
    bad_cases = _count(spark, "quarantine.records", "target_table = 'silver.oms_cases'")
    assert cases + bad_cases == len(world.cases)
    assert bad_cases == sum(c.is_dirty for c in world.cases)


def test_quarantine_reasons_are_actionable(pipeline_lake, spark):
    from ozero import lake

    reasons = {r["reason"] for r in lake.read(spark, "quarantine.records").collect()}
    assert reasons, "the simulated world always holds malformed records"
    assert all(r and len(r) > 10 for r in reasons)


def test_no_identifier_reaches_silver_or_gold(pipeline_lake, world):
    root, _ = pipeline_lake
    assert find_leaks(world, Path(root), zones=("silver", "gold")) == []


def test_same_patient_gets_same_pseudonym_across_sources(pipeline_lake, spark):
    from ozero import lake

    remd = {r["patient_pid"] for r in lake.read(spark, "silver.remd_protocols").collect()}
    oms = {r["patient_pid"] for r in lake.read(spark, "silver.oms_cases").collect()}
    assert remd & oms, "patients with both protocols and claims must link"
    assert all(p.startswith("P") and len(p) == 33 for p in remd | oms)


def test_gold_joins_diagnosis_names_and_followups(pipeline_lake, spark):
    from ozero import lake

    gold = lake.read(spark, "gold.chest_imaging_protocols").collect()
    assert gold
    assert {r["study_kind"] for r in gold} <= {"xray", "fluorography", "ct"}
    assert all(r["mkb10_name"] for r in gold)
    assert any(r["followup_90d"] for r in gold)


def test_rerun_is_a_no_op(pipeline_lake, spark):
    from ozero import lakeview, pipeline

    # the Delta logs' figures (equal to Spark's listing: test_cli_json.py), without its jobs
    before = {t.name: (t.rows, t.version) for t in lakeview.list_tables()}
    assert pipeline.ingest("remd", *INTERVAL)["landed_new"] == 0
    assert pipeline.ingest("oms", *INTERVAL)["landed_new"] == 0
    result = pipeline.curate()
    assert result["remd"]["bronze_new"] == 0
    assert all(built["changed"] is False for built in result["gold"].values())
    after = {t.name: (t.rows, t.version) for t in lakeview.list_tables()}
    for name in ("bronze.remd_documents", "silver.remd_protocols", "gold.chest_imaging_protocols"):
        assert after[name] == before[name], name
