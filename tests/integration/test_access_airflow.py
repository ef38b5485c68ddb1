"""Access requests decided in real Airflow: the repo's own `dags/access.py` run by `airflow
dags test` beside a real api-server with named users (the fixture of the release-decision
test), answered over the REST API as the UI does, or with the CLI's functions.

- approved over REST by ivanova: the decision (by ivanova) and the grant are in the lake;
- approved with the CLI by petrov: recorded first, then the waiting run is answered;
- a request ivanova made herself and approves in Airflow: refused, the request stays
  pending and no grant is written;
- decided before its run: the run does not ask.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests

from ozero.config import REPO_ROOT
from tests.integration.test_release_airflow import (  # noqa: F401 - airflow: the fixture
    TIMEOUT_S,
    _login,
    _waiting_request,
    airflow,
)

pytestmark = pytest.mark.slow

DAG_ID = "access_request"
UNTIL = (date.today() + timedelta(days=30)).isoformat()


def _run(env: dict[str, str], request_id: str, log: Path) -> subprocess.Popen:
    from ozero.airflow_env import airflow_bin

    conf = json.dumps({"request_id": request_id})
    return subprocess.Popen(
        [airflow_bin(), "dags", "test", DAG_ID, "-c", conf],
        env=env,
        stdout=open(log, "wb"),  # noqa: SIM115 - the child owns it
        stderr=subprocess.STDOUT,
    )


def _answer(session: requests.Session, base: str, detail: dict, option: str, note: str) -> None:
    ti = detail["task_instance"]
    answer = session.patch(
        f"{base}/api/v2/dags/{DAG_ID}/dagRuns/{ti['dag_run_id']}/taskInstances/"
        f"{ti['task_id']}/-1/hitlDetails",
        json={"chosen_options": [option], "params_input": {"note": note}},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text


def test_access_requests_through_airflow_rest_and_cli(airflow, tmp_path: Path) -> None:  # noqa: F811
    from ozero.access import grants
    from ozero.access.airflow_answer import answer_waiting
    from ozero.access.requests import PENDING, approve, decision, list_requests, reject, request

    env, base, _marks = airflow
    shutil.copy(REPO_ROOT / "dags" / "access.py", Path(env["AIRFLOW__CORE__DAGS_FOLDER"]))
    asked = {
        name: request("chest-xray", "ml-lab", "triage model", UNTIL, by=who)["id"]
        for name, who in (
            ("rest", "sidorov"),
            ("cli", "sidorov"),
            ("own", "ivanova"),
            ("early", "sidorov"),
        )
    }
    ivanova = _login(base, "ivanova")

    # 1. approved over REST by a named user: her decision and the grant it names
    run = _run(env, asked["rest"], tmp_path / "rest.log")
    detail = _waiting_request(ivanova, base, run, DAG_ID, asked["rest"])
    assert "chest-xray" in detail["subject"] and "triage model" in detail["body"]
    _answer(ivanova, base, detail, "Approve", "ok for triage")
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "rest.log").read_text()[-3000:]
    made = decision(asked["rest"])
    assert (made["outcome"], made["by"]) == ("approved", "ivanova")
    granted = [g for g in grants.list_grants() if g["request_id"] == asked["rest"]]
    assert [(g["team"], g["id"], g["status"]) for g in granted] == [
        ("ml-lab", made["grant_id"], "active")
    ]

    # 2. approved with the CLI: the lake first, then the waiting run over REST
    run = _run(env, asked["cli"], tmp_path / "cli.log")
    _waiting_request(ivanova, base, run, DAG_ID, asked["cli"])
    approve(asked["cli"], "petrov", "fine")
    assert answer_waiting(asked["cli"], True, "petrov", "fine") == 1
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "cli.log").read_text()[-3000:]
    assert decision(asked["cli"])["by"] == "petrov"

    # 3. her own request: Airflow's answer is refused by the queue; nothing is granted
    run = _run(env, asked["own"], tmp_path / "own.log")
    _answer(
        ivanova, base, _waiting_request(ivanova, base, run, DAG_ID, asked["own"]), "Approve", ""
    )
    run.wait(timeout=TIMEOUT_S)
    assert "is approved by another person" in (tmp_path / "own.log").read_text()
    assert decision(asked["own"]) is None
    assert [r["id"] for r in list_requests() if r["status"] == PENDING] == [
        asked["own"],
        asked["early"],
    ]
    assert not [g for g in grants.list_grants() if g["request_id"] == asked["own"]]

    # 4. decided before its run: the run does not ask
    reject(asked["early"], "petrov", "not this quarter")
    run = _run(env, asked["early"], tmp_path / "early.log")
    assert run.wait(timeout=TIMEOUT_S) == 0, (tmp_path / "early.log").read_text()[-3000:]
    subjects = [
        d["subject"]
        for d in ivanova.get(
            f"{base}/api/v2/dags/{DAG_ID}/dagRuns/~/hitlDetails", timeout=30
        ).json()["hitl_details"]
    ]
    assert not any(asked["early"] in s for s in subjects) and len(subjects) == 3
