"""REMD end to end on real Spark + Delta + GX against the simulator: SEMD 186 lab results in
silver, a Schematron failure in quarantine with the rule's message, corrections (a newer
version supersedes; an older one arriving late does not) with bronze keeping every version,
and patients without an OMS policy pseudonymised by the contract's fallbacks, not quarantined."""

from __future__ import annotations

import threading

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]  # two ingest + curate runs

# A world with patients of every kind: with a policy, without one (SNILS only), and with
# neither (a foreigner, a newborn); protocols (174) of all three, lab protocols (186) of
# the policy holders and the foreigner or newborn.
SEED, PATIENTS, DOCUMENTS = 10, 40, 40
START, END = "2025-12-01T00:00:00Z", "2026-06-02T00:00:00Z"


@pytest.fixture(scope="module")
def world():
    from ozero.simulator.world import build_world

    return build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)


@pytest.fixture(scope="module")
def late_study(world):
    """The study whose correction REMD registered before its version 1."""
    v1 = {d.document_id: d for d in world.documents}
    return next(
        c
        for c in world.corrections
        if c.kind != "lab" and c.registered_at < v1[c.document_id].registered_at
    )


@pytest.fixture(scope="module")
def remd_lake(tmp_path_factory, world, late_study, spark):
    """Two ingest + curate runs, cut so that the late study's version 1 comes second."""
    from ozero.simulator.server import make_server
    from ozero.simulator.world import iso_utc

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_LAKE_URI", str(tmp_path_factory.mktemp("lake")))
    mp.setenv("OZERO_SIMULATOR_URL", f"http://127.0.0.1:{server.server_address[1]}")
    mp.setenv("OZERO_PSEUDONYM_KEY", "ef" * 32)
    mp.setenv("OZERO_PSEUDONYM_KEY_ID", "it-remd")
    from ozero import pipeline

    v1 = next(d for d in world.documents if d.document_id == late_study.document_id)
    cut = iso_utc(v1.registered_at)
    runs = []
    for window in ((START, cut), (cut, END)):
        runs.append((pipeline.ingest("remd", *window), pipeline.curate_source("remd")))
    yield runs
    mp.undo()
    server.shutdown()


def _rows(spark, name: str, where: str | None = None) -> list:
    from ozero import lake

    df = lake.read(spark, name)
    return (df.where(where) if where else df).collect()


def _pid(document_id: str) -> str:
    """The document's pseudonym under the module's key (its env is set while tests run)."""
    from ozero.deid.keys import load_key
    from ozero.deid.pseudonym import pseudonymise

    return pseudonymise(document_id, load_key(), "remd-document")


def test_lab_results_reach_silver_one_row_per_result(remd_lake, world, spark):
    silver = _rows(spark, "silver.remd_lab_results")
    valid = [d for d in world.lab_documents if not d.is_malformed]
    assert {r.document_pid for r in silver} == {_pid(d.document_id) for d in valid}
    latest = {
        d.document_id: d for d in [*valid, *(c for c in world.corrections if c.kind == "lab")]
    }
    assert len(silver) == sum(len(d.tests) for d in latest.values())
    from ozero.simulator.labs import lab_catalogue

    assert {r.unit_code for r in silver} <= {a.unit_id for a in lab_catalogue().values()}
    assert {r.test_code for r in silver} <= {a.fsli_code for a in lab_catalogue().values()}
    assert all(r.value is not None and r.collected_date is not None for r in silver)


def test_invalid_lab_documents_are_quarantined_with_validator_messages(remd_lake, world, spark):
    bronze = {(r.document_id, r.version): r.sha256 for r in _rows(spark, "bronze.remd_documents")}
    quarantine = {
        r.bronze_sha256: r
        for r in _rows(spark, "quarantine.records", "source_table = 'bronze.remd_documents'")
    }
    bad = [d for d in world.lab_documents if d.is_malformed]
    assert bad and any(d.malformation == "short_snils" for d in bad)
    for d in bad:
        q = quarantine[bronze[(d.document_id, 1)]]
        assert q.target_table == "silver.remd_lab_results" and q.stage == "parse"
        assert q.reason.startswith("SEMD 186 failed")
        if d.malformation == "short_snils":  # valid against the XSD, not the official rules
            assert q.reason == "SEMD 186 failed Schematron validation"
            assert any(m.startswith("Schematron Extra01-1.") for m in q.details)
        p = world.person(d.patient_id)
        secrets = [s for s in (p.surname, p.enp, p.snils) if s]
        assert all(s not in m for s in secrets for m in q.details)


def test_corrections_supersede_in_silver_and_bronze_keeps_both(remd_lake, world, late_study, spark):
    bronze = {(r.document_id, r.version) for r in _rows(spark, "bronze.remd_documents")}
    protocols = {r.document_pid: r.document_version for r in _rows(spark, "silver.remd_protocols")}
    labs = {(r.document_pid, r.document_version) for r in _rows(spark, "silver.remd_lab_results")}
    superseded = _rows(spark, "silver.remd_superseded")
    assert world.corrections
    for c in world.corrections:
        assert {(c.document_id, 1), (c.document_id, 2)} <= bronze
        pid = _pid(c.document_id)
        if c.kind == "lab":
            assert (pid, 2) in labs and (pid, 1) not in labs
        else:
            assert protocols[pid] == 2
    assert {(r.document_version, r.superseded_by_version) for r in superseded} == {(1, 2)}
    assert len(superseded) == len(world.corrections)
    # the late study's version 1 came in the second run, after version 2 was in silver
    second_ingest, second_curate = remd_lake[1]
    assert second_ingest["landed_new"] >= 1
    assert second_curate["validation"]["superseded"] >= 1
    assert protocols[_pid(late_study.document_id)] == 2


def test_every_bronze_record_is_accounted_for(remd_lake, spark):
    from ozero import runs
    from ozero.sources.registry import get_source
    from ozero.summary import accounting

    total, accounted = runs.bronze_accounting(spark, get_source("remd"))
    assert total == accounted > 0
    acc = accounting(spark)["remd"]
    (balance,) = [b for b in acc["balances"] if "bronze = silver + quarantine" in b["label"]]
    assert acc["balanced"] and balance["total"] == total
    parts = balance["parts"]
    assert parts["remd_lab_results"] > 0 and parts["remd_superseded"] > 0
    curate_runs = [r for r in runs.load(spark, limit=20) if r["step"] == "curate:remd"]
    assert curate_runs and all(r["bronze_ok"] for r in curate_runs)


def _expected_link(world, d) -> tuple[str, str]:  # noqa: ANN001
    """(patient_link, patient_pid) the contract's fallbacks must produce for a document."""
    from ozero.deid.keys import load_key
    from ozero.deid.pseudonym import pseudonymise
    from ozero.identifiers import digits_only

    p, key = world.person(d.patient_id), load_key()
    if p.enp:
        return "enp", pseudonymise(p.enp, key, "enp")
    if p.snils:
        return "snils", pseudonymise(digits_only(p.snils), key, "snils")
    return "document", pseudonymise(d.document_id, key, "remd-document-patient")


def test_patients_without_a_policy_reach_silver_with_a_fallback_pseudonym(remd_lake, world, spark):
    protocols = {r.document_pid: r for r in _rows(spark, "silver.remd_protocols")}
    labs = {r.document_pid: r for r in _rows(spark, "silver.remd_lab_results")}
    latest = {d.document_id: d for d in world.remd_feed if not d.is_malformed}  # v2 last
    seen = {"174": set(), "186": set()}
    for d in latest.values():
        kind = "186" if d.kind == "lab" else "174"
        row = (labs if kind == "186" else protocols)[_pid(d.document_id)]
        link, pid = _expected_link(world, d)
        assert (row.patient_link, row.patient_pid) == (link, pid), d.document_id
        seen[kind].add(link)
    assert seen["174"] == {"enp", "snils", "document"} and seen["186"] == {"enp", "document"}
    # nothing was quarantined for a missing ENP
    reasons = {r.reason for r in _rows(spark, "quarantine.records")}
    assert not [r for r in reasons if "patient_enp" in r]
    # one patient, one pseudonym across both tables when linked by ENP
    by_enp = {r.patient_pid for r in protocols.values() if r.patient_link == "enp"}
    assert {r.patient_pid for r in labs.values() if r.patient_link == "enp"} & by_enp
