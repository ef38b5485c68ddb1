"""The curator's decision step with real Airflow: HITL request, REST answers, named users.

A probe DAG wires `CuratorDecision` as `dags/release.py` does, around candidates written
straight into a throwaway lake (no Spark needed). `airflow dags test` runs it while a real
api-server (free port, simple auth manager with two named users) serves the REST API:

- rejected through the REST API by ivanova: recorded in the lake (channel airflow, her
  name), the run ends in `rejected`;
- approved with the CLI's function by petrov: recorded (channel cli), the waiting task is
  answered over REST and the run ends in `publish`;
- decided before the run: the task does not ask at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
import requests

from ozero.demo import answers_ok, api_server

pytestmark = pytest.mark.slow

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"
TIMEOUT_S = 300

PROBE_DAG = """
from __future__ import annotations

import os
from pathlib import Path

import pendulum
from airflow.providers.standard.operators.python import PythonOperator
from airflow.sdk import dag, task

from ozero.release.airflow_decision import CuratorDecision


def _mark(name):
    Path(os.environ["PROBE_MARKS"], name).write_text("ran")


@dag(dag_id="release_probe", schedule=None, catchup=False,
     start_date=pendulum.datetime(2026, 1, 1, tz="UTC"))
def probe():
    @task
    def build_candidate(dag_run=None) -> dict:
        return {"dataset": "chest-imaging-protocols", "version": dag_run.conf["version"]}

    decision = CuratorDecision(task_id="curator_decision", candidate_task_id="build_candidate",
                               approved_task_id="publish", rejected_task_id="rejected")
    publish = PythonOperator(task_id="publish", python_callable=_mark, op_args=["publish"])
    rejected = PythonOperator(task_id="rejected", python_callable=_mark, op_args=["rejected"])
    build_candidate() >> decision >> [publish, rejected]


probe()
"""


def _candidate(lake_env: dict[str, str], version: str) -> None:
    from ozero.release import store

    old = os.environ.get("OZERO_LAKE_URI")
    os.environ["OZERO_LAKE_URI"] = lake_env["OZERO_LAKE_URI"]
    try:
        store.create_candidate(
            {
                "dataset": DATASET,
                "version": version,
                "created_at": "2026-06-01T00:00:00Z",
                "source_versions": {GOLD: int(version.split(".")[1])},
                "row_counts": {GOLD: 12},
                "schema": {GOLD: []},
                "schema_fingerprint": "f",
            }
        )
        store.write_request(
            DATASET, version, f"## Выпуск набора данных / Dataset release {version}"
        )
    finally:
        if old is None:
            os.environ.pop("OZERO_LAKE_URI")
        else:
            os.environ["OZERO_LAKE_URI"] = old


@pytest.fixture()
def airflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A migrated throwaway Airflow home with the probe DAG, and its api-server."""
    from ozero.airflow_env import airflow_bin

    home, dags, marks = tmp_path / "airflow", tmp_path / "dags", tmp_path / "marks"
    for folder in (home, dags, marks):
        folder.mkdir()
    (dags / "probe.py").write_text(PROBE_DAG)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")},
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "False",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "ivanova:admin,petrov:admin",
        "OZERO_LAKE_URI": str(tmp_path / "lake"),
        "PROBE_MARKS": str(marks),
    }
    subprocess.run([airflow_bin(), "db", "migrate"], env=env, check=True, capture_output=True)
    with api_server(env, tmp_path) as (base, server):  # the demo's own api-server helper
        deadline = time.monotonic() + TIMEOUT_S
        while not answers_ok(f"{base}/api/v2/monitor/health", timeout=3):
            assert server.poll() is None, (tmp_path / "api-server.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "api-server did not start"
            time.sleep(1)
        for name in ("OZERO_LAKE_URI", "AIRFLOW_HOME"):
            monkeypatch.setenv(name, env[name])
        monkeypatch.setenv("OZERO_AIRFLOW_URL", base)
        monkeypatch.setenv("OZERO_RELEASE_DAG_ID", "release_probe")
        monkeypatch.delenv("OZERO_AIRFLOW_USER", raising=False)
        monkeypatch.delenv("OZERO_AIRFLOW_PASSWORD", raising=False)
        yield env, base, marks


def _dags_test(env: dict[str, str], version: str, log: Path) -> subprocess.Popen:
    from ozero.airflow_env import airflow_bin

    return subprocess.Popen(
        [airflow_bin(), "dags", "test", "release_probe", "-c", json.dumps({"version": version})],
        env=env,
        stdout=open(log, "wb"),  # noqa: SIM115 - the child owns it
        stderr=subprocess.STDOUT,
    )


def _login(base: str, user: str) -> requests.Session:
    from ozero.release.airflow_hitl import password_for

    token = requests.post(
        f"{base}/auth/token", json={"username": user, "password": password_for(user)}, timeout=30
    )
    token.raise_for_status()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    return session


def _waiting_request(
    session: requests.Session,
    base: str,
    run: subprocess.Popen,
    dag_id: str = "release_probe",
    about: str = "",
) -> dict:
    """The first unanswered question of `dag_id` (whose subject holds `about`), as soon as
    the run asks it."""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        found = session.get(
            f"{base}/api/v2/dags/{dag_id}/dagRuns/~/hitlDetails",
            params={"response_received": "false"},
            timeout=30,
        ).json()["hitl_details"]
        waiting = [
            d
            for d in found
            if d["task_instance"]["state"] == "awaiting_input" and about in d["subject"]
        ]
        if waiting:
            return waiting[0]
        assert run.poll() is None, "the run ended without asking"
        assert time.monotonic() < deadline, "no approval request"
        time.sleep(1)


def test_decisions_through_airflow_rest_and_cli(airflow, tmp_path: Path) -> None:
    from ozero.release import approval, store

    env, base, marks = airflow
    for version in ("1.0.0", "1.1.0", "1.2.0"):
        _candidate(env, version)

    # 1. rejected over REST by a named user (what the UI does): recorded in the lake
    run = _dags_test(env, "1.0.0", tmp_path / "run1.log")
    ivanova = _login(base, "ivanova")
    detail = _waiting_request(ivanova, base, run)
    assert detail["subject"].startswith(f"Release {DATASET} 1.0.0")
    assert detail["body"] == "## Выпуск набора данных / Dataset release 1.0.0"
    ti = detail["task_instance"]
    answer = ivanova.patch(
        f"{base}/api/v2/dags/release_probe/dagRuns/{ti['dag_run_id']}/taskInstances/"
        f"{ti['task_id']}/-1/hitlDetails",
        json={"chosen_options": ["Reject"], "params_input": {"note": "too few rows",
                                                             "release_as": None}},
        timeout=30,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "run1.log").read_text()[-3000:]
    assert sorted(p.name for p in marks.iterdir()) == ["rejected"]
    decision = store.read_decision(DATASET, "1.0.0")
    assert (decision["decision"], decision["by"], decision["channel"]) == (
        "rejected", "ivanova", "airflow")  # fmt: skip
    assert decision["note"] == "too few rows" and decision["airflow"]["run_id"] == ti["dag_run_id"]
    with pytest.raises(approval.DecisionError, match="already rejected by ivanova"):
        approval.approve(DATASET, "1.0.0", "petrov")

    # 2. approved with the CLI's function: lake first, then the waiting task over REST
    (marks / "rejected").unlink()
    run = _dags_test(env, "1.1.0", tmp_path / "run2.log")
    _waiting_request(ivanova, base, run)
    outcome = approval.approve(DATASET, "1.1.0", "petrov", note="fine")
    assert outcome.recorded and outcome.airflow.answered == 1
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "run2.log").read_text()[-3000:]
    assert sorted(p.name for p in marks.iterdir()) == ["publish"]
    assert store.read_decision(DATASET, "1.1.0")["channel"] == "cli"
    audit = ivanova.get(  # Airflow's own audit log knows who answered
        f"{base}/api/v2/eventLogs",
        params={"owner": "petrov", "event": "update_hitl_detail"},
        timeout=30,
    ).json()
    assert audit["total_entries"] == 1, audit

    # 3. decided before the run: no request at all
    (marks / "publish").unlink()
    early = approval.approve(DATASET, "1.2.0", "petrov")
    assert early.airflow.answered == 0
    run = _dags_test(env, "1.2.0", tmp_path / "run3.log")
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "run3.log").read_text()[-3000:]
    assert sorted(p.name for p in marks.iterdir()) == ["publish"]
    asked = ivanova.get(
        f"{base}/api/v2/dags/release_probe/dagRuns/~/hitlDetails", timeout=30
    ).json()["hitl_details"]
    assert [d["subject"].split()[2].rstrip(":") for d in asked] == ["1.0.0", "1.1.0"]
