"""Release flow on a real local Spark + Delta lake: candidate → approve → publish → catalog."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ozero import lake as ozero_lake
from ozero.release import approval, catalog, cli, publish
from ozero.release.airflow_hitl import answer_waiting_approval
from ozero.release.candidate import build_candidate, load_candidate, pending_candidates

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"


def _rows(start: int, count: int, kind: str = "xray") -> list[dict]:
    return [
        {
            "study_pid": "P" + hashlib.md5(f"s{i}".encode()).hexdigest(),
            "patient_pid": "P" + hashlib.md5(f"p{i % 7}".encode()).hexdigest(),
            "study_kind": kind,
            "service_code": "A06.09.007",
            "service_name": "Рентгенография легких",
            "study_date": date(2024, 1, 1 + i % 28),
            "mkb10_code": "J18.9",
            "mkb10_name": "Пневмония неуточненная",
            "patient_sex": "F" if i % 2 else "M",
            "patient_age_band": "40-49",
            "findings_text": "без особенностей",
            "conclusion_text": "норма",
            "followup_90d": bool(i % 3),
        }
        for i in range(start, start + count)
    ]


def _write_gold(spark, rows: list[dict]) -> None:
    from ozero.contracts import load_contract

    ozero_lake.merge(spark, GOLD, spark.createDataFrame(rows, load_contract(GOLD).spark_schema))


def _gold_records(spark, version: int | None = None) -> list[tuple]:
    return sorted(tuple(r) for r in ozero_lake.read(spark, GOLD, version).collect())


def _cli(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def no_airflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An AIRFLOW_HOME without airflow.cfg: approvals must work with Airflow absent."""
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "no-airflow"))
    monkeypatch.delenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", raising=False)


@pytest.mark.spark
def test_release_flow(spark, lake: Path, no_airflow, pseudonym_key, capsys) -> None:
    _write_gold(spark, _rows(0, 12))
    v0 = ozero_lake.version(spark, GOLD)

    cand = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert cand is not None and cand.version == "1.0.0"
    assert cand.source_versions == {GOLD: v0}
    assert cand.row_counts == {GOLD: 12}
    assert [c["name"] for c in cand.schema[GOLD]][:2] == ["study_pid", "patient_pid"]
    assert cand.deidentification["tables"][GOLD]["min_group_size"] == 6
    assert cand.validation == {"success": True}
    saved = json.loads((lake / "candidates" / DATASET / "1.0.0" / "candidate.json").read_text())
    assert saved["status"] == "pending" and saved["source_versions"] == {GOLD: v0}
    assert [c.version for c in pending_candidates()] == ["1.0.0"]

    # Nothing changed: a re-run proposes nothing.
    assert build_candidate(spark, DATASET) is None

    # Unapproved candidates cannot be published.
    with pytest.raises(publish.PublishError, match="not approved"):
        publish.publish(spark, DATASET, "1.0.0")

    code, out, err = _cli(capsys, "release", "approve", DATASET, "1.0.0", "--by", "dr.who")
    assert code == 0, err
    assert "approved by dr.who" in out and "no Airflow run was waiting" in out
    code, _, err = _cli(capsys, "release", "reject", DATASET, "1.0.0", "--by", "someone")
    assert code == 2 and "already approved by dr.who" in err
    assert load_candidate(DATASET, "1.0.0").status == "approved"

    # Gold moves on before publishing: the release must still hold the pinned version.
    _write_gold(spark, _rows(100, 5, kind="ct"))
    folder = publish.publish(spark, DATASET, "1.0.0")
    assert folder == lake / "releases" / DATASET / "1.0.0"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["source_versions"] == {GOLD: v0}
    assert manifest["approval"]["approver"] == "dr.who"
    assert manifest["row_counts"] == {GOLD: 12}
    for entry in manifest["files"]:
        path = folder / entry["path"]
        assert entry["path"].startswith("data/chest_imaging_protocols/part-")
        assert path.stat().st_size == entry["bytes"]
        assert publish.sha256_file(path) == entry["sha256"]
        assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == sorted(
        [Path(e["path"]).name for e in manifest["files"]] + ["manifest.json"]
    )
    released = catalog.load_release(DATASET)
    assert len(released) == 12
    published = sorted(
        tuple(r)
        for r in spark.read.parquet(str(folder / "data" / "chest_imaging_protocols")).collect()
    )
    assert published == _gold_records(spark, v0)
    assert published != _gold_records(spark)
    assert publish.verify_release(DATASET, "1.0.0") == []

    # Idempotent: same folder, nothing rewritten, no second copy.
    mtimes = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    assert publish.publish(spark, DATASET, "1.0.0") == folder
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == mtimes
    assert [p.name for p in (lake / "releases" / DATASET).iterdir()] == ["1.0.0"]

    # New data under the same schema → minor bump, never touching 1.0.0.
    cand2 = build_candidate(spark, DATASET)
    assert cand2 is not None and cand2.version == "1.1.0" and cand2.row_counts == {GOLD: 17}
    assert cand2.validation["available"] is False
    approval.approve(DATASET, "1.1.0", "dr.who", note="adds CT")
    publish.publish(spark, DATASET, "1.1.0")
    assert [r["version"] for r in catalog.list_releases()] == ["1.0.0", "1.1.0"]
    assert catalog.show_release(DATASET)["version"] == "1.1.0"
    assert len(catalog.load_release(DATASET, "1.0.0")) == 12
    assert len(catalog.load_release(DATASET)) == 17

    # Tampering is detected.
    tampered = folder / manifest["files"][0]["path"]
    tampered.chmod(0o644)
    tampered.write_bytes(tampered.read_bytes() + b"x")
    assert any("differs" in p for p in publish.verify_release(DATASET, "1.0.0"))

    # CLI --json outputs parse.
    code, out, _ = _cli(capsys, "release", "list", "--json")
    assert code == 0 and [r["version"] for r in json.loads(out)] == ["1.0.0", "1.1.0"]
    code, out, _ = _cli(capsys, "release", "show", DATASET, "1.0.0", "--json")
    assert code == 0 and json.loads(out)["version"] == "1.0.0"
    code, out, _ = _cli(capsys, "release", "candidates", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = _cli(capsys, "release", "verify", DATASET, "1.1.0", "--json")
    assert code == 0 and json.loads(out)["problems"] == []
    code, out, _ = _cli(capsys, "release", "list")
    assert code == 0 and "1.1.0" in out and "dr.who" in out
    code, _, err = _cli(capsys, "release", "show", "nope")
    assert code == 2 and "known datasets" in err


@pytest.mark.spark
def test_rejected_candidate_is_never_published(
    spark, lake: Path, no_airflow, pseudonym_key, capsys
) -> None:
    _write_gold(spark, _rows(0, 3))
    cand = build_candidate(spark, DATASET, {"success": True}, {"k_anonymous": True})
    assert cand is not None and cand.deidentification["upstream"] == {"k_anonymous": True}
    assert "risk" in cand.deidentification["tables"][GOLD]
    decided = approval.reject(DATASET, cand.version, "curator", note="too small")
    assert decided.decision == "rejected" and decided.airflow_tasks_answered == 0
    with pytest.raises(publish.PublishError, match="rejected"):
        publish.publish(spark, DATASET, cand.version)
    with pytest.raises(approval.DecisionError, match="already rejected"):
        approval.approve(DATASET, cand.version, "curator")
    code, out, _ = _cli(capsys, "release", "candidates")
    assert code == 0 and "rejected" in out
    assert catalog.list_releases() == []


TIMEOUT_S = 240
_PROBE_DAG = """
from __future__ import annotations

import os
from pathlib import Path

import pendulum
from airflow.providers.standard.operators.hitl import ApprovalOperator
from airflow.sdk import dag, task


@dag(dag_id="ozero_hitl_probe", schedule=None, catchup=False,
     start_date=pendulum.datetime(2024, 1, 1, tz="UTC"))
def probe():
    gate = ApprovalOperator(task_id="approve_release",
                            subject="Approve chest-imaging-protocols 9.9.9")

    @task
    def mark() -> None:
        Path(os.environ["OZERO_HITL_MARKER"]).write_text("approved")

    gate >> mark()


probe()
"""


def _left(deadline: float) -> float:
    """Seconds left before the test's overall deadline (each step shares one budget)."""
    return max(1.0, deadline - time.monotonic())


def _awaiting_input(env: dict[str, str], deadline: float) -> bool:
    query = (
        "from airflow.utils.session import create_session\n"
        "from airflow.models.taskinstance import TaskInstance as TI\n"
        "with create_session() as s:\n"
        "    print('WAITING', s.query(TI).filter(TI.dag_id == 'ozero_hitl_probe',"
        " TI.state == 'awaiting_input').count())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", query],
        env=env,
        capture_output=True,
        text=True,
        timeout=_left(deadline),
    )
    return "WAITING 1" in done.stdout.splitlines()


@pytest.mark.slow
def test_answer_waiting_approval_resumes_dag_test(tmp_path: Path, monkeypatch) -> None:
    home, dags, marker = tmp_path / "airflow", tmp_path / "dags", tmp_path / "marker"
    home.mkdir()
    dags.mkdir()
    (dags / "hitl_probe.py").write_text(_PROBE_DAG)
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "OZERO_HITL_MARKER": str(marker),
    }
    airflow = str(Path(sys.executable).parent / "airflow")
    deadline = time.monotonic() + TIMEOUT_S
    subprocess.run(
        [airflow, "db", "migrate"],
        env=env,
        check=True,
        capture_output=True,
        timeout=_left(deadline),
    )
    log = (tmp_path / "dags_test.log").open("w")
    run = subprocess.Popen(
        [airflow, "dags", "test", "ozero_hitl_probe"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        while not _awaiting_input(env, deadline):
            assert run.poll() is None, "dags test ended before asking for approval"
            assert time.monotonic() < deadline, "approval task never reached AWAITING_INPUT"
            time.sleep(1)
        # Airflow reads its config once per process: answer from a process with this env,
        # as `ozero release approve` would run.
        answer = (
            "from ozero.release.airflow_hitl import answer_waiting_approval as a\n"
            "print('ANSWERED', a('ozero_hitl_probe', True, 'dr.who',"
            " {'dataset': 'chest-imaging-protocols', 'version': '9.9.9'}))\n"
            "print('ANSWERED', a('ozero_hitl_probe', True, 'dr.who'))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", answer],
            env=env,
            capture_output=True,
            text=True,
            timeout=_left(deadline),
        )
        answered = [ln.split()[1] for ln in done.stdout.splitlines() if ln.startswith("ANSWERED")]
        assert answered == ["1", "0"], done.stderr[-2000:]
        assert run.wait(timeout=_left(deadline)) == 0
    finally:
        if run.poll() is None:
            run.kill()
        log.close()
    assert marker.read_text() == "approved"
    # Outside Airflow (no config at all) the same call is a harmless no-op.
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "no-airflow"))
    assert answer_waiting_approval("ozero_hitl_probe", True, "dr.who") == 0
