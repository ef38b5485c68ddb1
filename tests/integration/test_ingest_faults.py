"""Ingest and curate against a simulator failing ~10% of requests with mixed faults:
exact row accounting, quarantined data faults with reasons, no-op re-runs, and resume."""

from __future__ import annotations

import threading

import pytest

pytestmark = pytest.mark.spark

SEED, PATIENTS, DOCUMENTS = 7, 30, 40
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
# 10% of requests fail (errors, 429s, cut bodies, dropped connections), some are slow, and
# the data itself carries broken documents, repeated listing items and mis-encoded registers.
FAULTS = (
    "error=0.03,throttle=0.03,truncate=0.02,drop=0.02,latency=0.02:50ms,"
    "malformed=0.1,duplicate=0.1,encoding=0.5,seed=3,retry_after=0"
)
ENCODING_REASON = "ZL_LIST unparseable: declared windows-1251 but the bytes are UTF-8"


@pytest.fixture(scope="module")
def faulty():
    """(url, server state) of a simulator with the mixed fault plan."""
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server

    plan = FaultPlan.parse(FAULTS)
    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS, faults=plan)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server.RequestHandlerClass.state
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def expected(faulty):
    """What the world and the plan say must end where."""
    from ozero.simulator.faults import misencode
    from ozero.simulator.oms import render_register

    state = faulty[1]
    plan, world = state.faults, state.world
    broken = {
        (d.document_id, d.version)
        for d in world.remd_feed
        if d.is_malformed or plan.is_malformed(d.document_id, d.version)
    }
    misencoded = {
        r.register_id
        for r in world.registers
        if plan.is_misencoded(r.register_id)
        and misencode(render_register(r, world)) != render_register(r, world)
    }
    assert len(broken) > sum(d.is_malformed for d in world.documents), "plan breaks documents"
    assert misencoded and len(misencoded) < len(world.registers)
    return {"broken": broken, "misencoded": misencoded}


@pytest.fixture(scope="module")
def faulty_lake(tmp_path_factory, faulty, spark):
    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_LAKE_URI", str(tmp_path_factory.mktemp("lake")))
    mp.setenv("OZERO_SIMULATOR_URL", faulty[0])
    mp.setenv("OZERO_PSEUDONYM_KEY", "cd" * 32)
    mp.setenv("OZERO_PSEUDONYM_KEY_ID", "it-faults")
    from ozero import pipeline

    reports = {s: pipeline.ingest(s, *INTERVAL) for s in ("remd", "oms")}
    reports |= {f"curate:{s}": pipeline.curate_source(s) for s in ("remd", "oms")}
    yield reports
    mp.undo()


def _rows(spark, name: str, where: str | None = None) -> list:
    from ozero import lake

    df = lake.read(spark, name)
    return (df.where(where) if where else df).collect()


def test_bronze_holds_exactly_the_distinct_served_records(faulty_lake, faulty, spark):
    world = faulty[1].world
    remd, oms = faulty_lake["remd"], faulty_lake["oms"]
    bronze_docs = _rows(spark, "bronze.remd_documents")
    assert len(bronze_docs) == len({(r.document_id, r.version) for r in bronze_docs})
    assert {r.document_id for r in bronze_docs} == {d.document_id for d in world.remd_feed}
    assert len(_rows(spark, "bronze.oms_registers")) == len(world.registers)
    assert remd["received"] > remd["extra"]["distinct_received"] == len(world.remd_feed)
    assert remd["landed_new"] == len(world.remd_feed) and remd["already_in_bronze"] == 0
    assert oms["extra"]["distinct_received"] == oms["landed_new"] == len(world.registers)
    assert remd["retries"] > 0, "the plan must have made the client retry"


def test_every_bronze_record_is_in_silver_or_quarantine(faulty_lake, expected, spark):
    from ozero import runs
    from ozero.sources.registry import get_source

    for source in ("remd", "oms"):  # the sources this module ingests
        total, accounted = runs.bronze_accounting(spark, get_source(source))
        assert total == accounted > 0, source
    quarantined = _rows(spark, "quarantine.records", "source_table = 'bronze.remd_documents'")
    silver = {
        r._sha256
        for t in ("remd_protocols", "remd_lab_results", "remd_superseded")
        for r in _rows(spark, f"silver.{t}")
    }  # lab protocols have a row per result; corrected documents' old versions are superseded
    assert len(quarantined) == len(expected["broken"])
    assert len(silver) + len(quarantined) == len(_rows(spark, "bronze.remd_documents"))


def test_data_faults_end_in_quarantine_with_actionable_reasons(faulty_lake, expected, spark):
    bronze = {r.register_id: r.sha256 for r in _rows(spark, "bronze.oms_registers")}
    bad = {bronze[r] for r in expected["misencoded"]}
    q = _rows(spark, "quarantine.records", "source_table = 'bronze.oms_registers'")
    by_sha = {r.bronze_sha256: r.reason for r in q if r.item_key is None}
    assert {k for k, v in by_sha.items() if v == ENCODING_REASON} == bad
    assert not bad & {r._sha256 for r in _rows(spark, "silver.oms_cases")}, "no mojibake"
    remd_reasons = {r.reason for r in _rows(spark, "quarantine.records")}
    assert any(r.startswith("SEMD 174 unparseable: not well-formed XML") for r in remd_reasons)
    assert all(r and len(r) > 10 for r in remd_reasons)


def test_runs_table_shows_the_accounting_checked(faulty_lake, spark):
    from ozero import runs

    latest = {}
    for row in reversed(runs.load(spark, limit=50)):
        latest[row["step"]] = row
    assert set(latest) >= {"ingest:remd", "ingest:oms", "curate:remd", "curate:oms"}
    for step in ("ingest:remd", "ingest:oms"):
        assert latest[step]["status"] == "ok" and latest[step]["received_ok"] is True, step
    for step in ("curate:remd", "curate:oms"):
        assert latest[step]["status"] == "ok" and latest[step]["bronze_ok"] is True, step
    assert "received=bronze ✓" in runs.render(list(latest.values()))


def test_second_run_is_a_no_op(faulty_lake, spark):
    from ozero import pipeline

    for source in ("remd", "oms"):
        again = pipeline.ingest(source, *INTERVAL)
        assert again["landed_new"] == 0
        assert again["already_in_bronze"] == again["extra"]["distinct_received"]
        assert pipeline.curate_source(source)["bronze_new"] == 0


def test_a_run_dying_mid_way_resumes_without_duplicates(faulty, lake, spark, monkeypatch):
    from ozero import pipeline, runs
    from ozero.sources import remd

    monkeypatch.setenv("OZERO_SIMULATOR_URL", faulty[0])
    monkeypatch.setattr(remd, "PAGE_SIZE", 10)
    real_land, calls = remd.land, []

    def land_then_die(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker lost")
        return real_land(*args, **kwargs)

    monkeypatch.setattr(remd, "land", land_then_die)
    with pytest.raises(RuntimeError):
        pipeline.ingest("remd", *INTERVAL)
    first_page = len(_rows(spark, "bronze.remd_documents"))
    assert 0 < first_page <= 10
    failed = runs.load(spark)[0]
    assert (failed["step"], failed["status"], failed["message"]) == (
        "ingest:remd",
        "failed",
        "RuntimeError",
    )

    monkeypatch.setattr(remd, "land", real_land)
    report = pipeline.ingest("remd", *INTERVAL)
    docs = _rows(spark, "bronze.remd_documents")
    served = len(faulty[1].world.remd_feed)  # studies, lab protocols and corrections
    assert len(docs) == len({(r.document_id, r.version) for r in docs}) == served
    assert report["already_in_bronze"] == first_page, report
    assert report["landed_new"] == served - first_page
    assert runs.load(spark)[0]["received_ok"] is True
