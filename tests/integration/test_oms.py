"""GIS OMS end to end on real Spark + Delta: registers landed as files, three silver tables
with consistent keys, schema drift kept, bad cases quarantined alone, re-runs no-ops."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from tests.phi import find_leaks

pytestmark = [pytest.mark.spark, pytest.mark.slow]  # ~3 min alone, ~15 min on a loaded box

SEED, PATIENTS, DOCUMENTS = 11, 30, 20
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
FAULTS = "drift=0.2,badtype=0.1,encoding=0.25,seed=4"


@pytest.fixture(scope="module")
def served():
    """(url, world, plan) of a simulator whose registers drift and carry bad fields."""
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server

    plan = FaultPlan.parse(FAULTS)
    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS, faults=plan)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state = server.RequestHandlerClass.state
    yield f"http://127.0.0.1:{server.server_address[1]}", state.world, plan
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def expected(served):
    """Per case of a readable register: its bad-type kind (or None) and whether it drifts."""
    from ozero.simulator.faults import misencode
    from ozero.simulator.oms import render_register

    _, world, plan = served
    readable, misencoded = [], set()
    for reg in world.registers:
        body = render_register(reg, world, plan)
        if plan.is_misencoded(reg.register_id) and misencode(body) != body:
            misencoded.add(reg.register_id)
        else:
            readable.append(reg)
    cases = [
        (reg.register_id, c, plan.bad_type(reg.register_id, c.idcase), plan.drifts(reg.register_id, c.idcase))
        for reg in readable
        for c in reg.cases
    ]  # fmt: skip
    assert misencoded and readable, "the plan must break some registers, not all"
    assert any(bad for _, _, bad, _ in cases) and any(d for *_, d in cases)
    return {"misencoded": misencoded, "cases": cases}


@pytest.fixture(scope="module")
def oms_lake(tmp_path_factory, served, spark):
    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("lake")
    mp.setenv("OZERO_LAKE_URI", str(root))
    mp.setenv("OZERO_SIMULATOR_URL", served[0])
    mp.setenv("OZERO_PSEUDONYM_KEY", "ef" * 32)
    mp.setenv("OZERO_PSEUDONYM_KEY_ID", "it-oms")
    from ozero import pipeline

    # OMS alone (no REMD headers to take known names from): the scrubber works unaided
    reports = {"oms": pipeline.ingest("oms", *INTERVAL)}
    reports["curate:oms"] = pipeline.curate_source("oms")
    yield root, reports
    mp.undo()


def _rows(spark, name: str, where: str | None = None) -> list:
    from ozero import lake

    df = lake.read(spark, name)
    return (df.where(where) if where else df).collect()


def test_registers_land_as_files_with_their_hash(oms_lake, served, spark):
    root, reports = oms_lake
    bronze = _rows(spark, "bronze.oms_registers")
    assert len(bronze) == len(served[1].registers) == reports["oms"]["landed_new"]
    for r in bronze:
        path = Path(r.object_uri)
        assert path.parent == root / "bronze" / "objects" / "oms"
        assert path.name == f"{r.sha256}.xml" and r.payload is None
        assert hashlib.sha256(path.read_bytes()).hexdigest() == r.sha256
        assert path.stat().st_size == r.size_bytes
    assert not list(path.parent.glob(".part-*")), "no temporary file left behind"


def test_every_case_is_in_silver_or_quarantine_with_exact_reasons(oms_lake, expected, spark):
    from ozero.simulator.oms import BADTYPE_REASONS

    bronze = {r.register_id: r.sha256 for r in _rows(spark, "bronze.oms_registers")}
    q = _rows(spark, "quarantine.records", "source_table = 'bronze.oms_registers'")
    whole = {r.bronze_sha256 for r in q if r.item_key is None}
    assert whole == {bronze[r] for r in expected["misencoded"]}
    parse_q = sorted(r.reason for r in q if r.item_key is not None and r.stage == "parse")
    bad = sorted(BADTYPE_REASONS[k] for _, _, k, _ in expected["cases"] if k)
    assert parse_q == bad
    silver = _rows(spark, "silver.oms_cases")
    case_val_q = [r for r in q if r.stage == "validate" and r.target_table == "silver.oms_cases"]
    good = [c for _, c, k, _ in expected["cases"] if not k]
    assert len(silver) + len(case_val_q) == len(good)
    assert len(case_val_q) == sum(c.is_dirty for c in good)
    assert not {bronze[r] for r in expected["misencoded"]} & {r._sha256 for r in silver}


def test_three_tables_have_consistent_keys(oms_lake, expected, spark):
    cases = _rows(spark, "silver.oms_cases")
    services = _rows(spark, "silver.oms_services")
    patients = _rows(spark, "silver.oms_patients")
    by_case = {c.case_pid: c for c in cases}
    assert {s.case_pid for s in services} == set(by_case)
    assert all(s.patient_pid == by_case[s.case_pid].patient_pid for s in services)
    assert len(services) == sum(len(c.service_codes) for c in cases)
    by_zap = {p.zap_pid: p for p in patients}
    assert {c.zap_pid for c in cases} == set(by_zap)
    assert all(by_zap[c.zap_pid].patient_pid == c.patient_pid for c in cases)
    assert {p.sex for p in patients} <= {"1", "2"} and all(p.age_band for p in patients)


def test_schema_drift_is_kept_and_scrubbed(oms_lake, expected, served, spark):
    root, _ = oms_lake
    cases = _rows(spark, "silver.oms_cases")
    services = _rows(spark, "silver.oms_services")
    drifted = [r for r in cases if r.extra]
    assert drifted and all(r.extra.startswith("SL/DOP_INFO=") for r in drifted)
    assert any(s.extra == "USL/TELEMED=1" for s in services)
    assert not any(s.extra for s in services if s.case_pid not in {r.case_pid for r in drifted})
    assert find_leaks(served[1], Path(root), zones=("silver",)) == []


def test_runs_account_for_every_register(oms_lake, spark):
    from ozero import runs

    latest = {}
    for row in reversed(runs.load(spark, limit=20)):
        latest[row["step"]] = row
    assert latest["ingest:oms"]["received_ok"] is True
    assert latest["curate:oms"]["bronze_ok"] is True
    report = oms_lake[1]["curate:oms"]
    assert report["parsed"] == report["written"] + report["quarantined_validation"]


def test_rerun_is_a_no_op(oms_lake, spark):
    from ozero import lake, pipeline

    names = (
        "bronze.oms_registers", "silver.oms_cases", "silver.oms_services",
        "silver.oms_patients", "quarantine.records",
    )  # fmt: skip
    before = {n: lake.version(spark, n) for n in names}
    assert pipeline.ingest("oms", *INTERVAL)["landed_new"] == 0
    assert pipeline.curate_source("oms")["bronze_new"] == 0
    assert {n: lake.version(spark, n) for n in names} == before
