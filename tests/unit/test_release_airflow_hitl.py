"""The CLI's Airflow client: configuration, login and which requests it answers.

The HTTP side is a fake session here; the real api-server is exercised by the e2e test
(`tests/e2e/test_release_scheduler.py`) and `make demo`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from ozero.release import airflow_hitl
from ozero.release.airflow_hitl import AirflowAuthError, AirflowClient


def test_url_defaults_and_switch_off(monkeypatch) -> None:
    monkeypatch.delenv("OZERO_AIRFLOW_URL", raising=False)
    monkeypatch.setenv("OZERO_AIRFLOW_PORT", "18080")
    assert airflow_hitl.api_url() == "http://localhost:18080"
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "https://airflow.internal/")
    assert airflow_hitl.api_url() == "https://airflow.internal"
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")
    assert airflow_hitl.api_url() is None
    assert AirflowClient.connect("anyone") is None


def test_password_from_env_or_the_generated_file(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("OZERO_AIRFLOW_PASSWORD", raising=False)
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    assert airflow_hitl.password_for("ivanova") is None
    (tmp_path / "simple_auth_manager_passwords.json.generated").write_text(
        json.dumps({"ivanova": "s3cret"})
    )
    assert airflow_hitl.password_for("ivanova") == "s3cret"
    assert airflow_hitl.password_for("petrov") is None
    monkeypatch.setenv("OZERO_AIRFLOW_PASSWORD", "from-env")
    assert airflow_hitl.password_for("petrov") == "from-env"


def test_missing_password_is_a_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("OZERO_AIRFLOW_PASSWORD", raising=False)
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    with pytest.raises(AirflowAuthError, match="OZERO_AIRFLOW_PASSWORD"):
        AirflowClient._token("http://127.0.0.1:1", "nobody")


@dataclass
class FakeResponse:
    status_code: int
    body: dict[str, Any] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        return self.body

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise RuntimeError(self.status_code)


def _detail(run: str, subject: str, state: str = "awaiting_input", options=("Approve", "Reject")):
    return {
        "subject": subject,
        "body": "",
        "options": list(options),
        "params": {"note": {"value": None}, "release_as": {"value": None}},
        "task_instance": {
            "dag_id": "release_chest_imaging_protocols",
            "dag_run_id": run,
            "task_id": "curator_decision",
            "map_index": -1,
            "state": state,
        },
    }


@dataclass
class FakeSession:
    details: list[dict[str, Any]]
    patched: list[tuple[str, dict]] = field(default_factory=list)
    answered_already: set[str] = field(default_factory=set)

    def get(self, url: str, params=None, timeout=None) -> FakeResponse:
        assert url.endswith("/api/v2/dags/release_chest_imaging_protocols/dagRuns/~/hitlDetails")
        assert params["response_received"] == "false"
        return FakeResponse(200, {"hitl_details": self.details})

    def patch(self, url: str, json=None, timeout=None) -> FakeResponse:
        run = url.split("/dagRuns/")[1].split("/")[0]
        if run in self.answered_already:
            return FakeResponse(409)
        self.patched.append((url, json))
        return FakeResponse(200)


def test_deliver_answers_only_this_candidates_waiting_requests() -> None:
    session = FakeSession(
        [
            _detail("r1", "Release chest-imaging-protocols 1.2.0: approve?"),
            _detail("r2", "Release chest-imaging-protocols 1.2.0: approve?", state="failed"),
            _detail("r3", "Release chest-imaging-protocols 1.2.1: approve?"),
            _detail("r4", "Pick a colour for chest-imaging-protocols 1.2.0", options=("Red",)),
            _detail("r5", "Release chest-imaging-protocols 1.2.0: approve?"),
        ],
        answered_already={"r5"},
    )
    client = AirflowClient("http://af", "ivanova", session)  # type: ignore[arg-type]
    delivery = client.deliver("chest-imaging-protocols", "1.2.0", False, {"note": "n", "x": 1})
    assert delivery.answered == 1 and delivery.runs == ["r1"]
    url, payload = session.patched[0]
    assert (
        url == "http://af/api/v2/dags/release_chest_imaging_protocols/dagRuns/r1/taskInstances/"
        "curator_decision/-1/hitlDetails"
    )
    assert payload == {"chosen_options": ["Reject"], "params_input": {"note": "n"}}


@dataclass
class ParkingSession(FakeSession):
    """The task posts its question running, and parks after `park_after` reads: Airflow only
    resumes a task parked when the answer comes (an earlier answer wakes nothing)."""

    park_after: int = 2
    reads: int = 0

    def get(self, url: str, params=None, timeout=None) -> FakeResponse:
        self.reads += 1
        state = "awaiting_input" if self.reads > self.park_after else "running"
        for detail in self.details:
            detail["task_instance"]["state"] = state
        answered = {u.split("/dagRuns/")[1].split("/")[0] for u, _ in self.patched}
        pending = [d for d in self.details if d["task_instance"]["dag_run_id"] not in answered]
        return FakeResponse(200, {"hitl_details": pending})


def test_a_request_whose_task_has_not_parked_is_not_waiting_yet() -> None:
    session = ParkingSession([_detail("r1", "Release chest-imaging-protocols 1.2.0: approve?")])
    client = AirflowClient("http://af", "ivanova", session)  # type: ignore[arg-type]
    match = airflow_hitl.release_match("chest-imaging-protocols", "1.2.0")
    assert client.waiting_requests("release_chest_imaging_protocols", match) == []  # running
    assert client.waiting_requests("release_chest_imaging_protocols", match) == []
    assert len(client.waiting_requests("release_chest_imaging_protocols", match)) == 1


def test_deliver_waits_for_the_task_to_park_then_answers(monkeypatch) -> None:
    monkeypatch.setattr(airflow_hitl, "PARK_POLL_S", 0.0)
    session = ParkingSession([_detail("r1", "Release chest-imaging-protocols 1.2.0: approve?")])
    client = AirflowClient("http://af", "ivanova", session)  # type: ignore[arg-type]
    delivery = client.deliver("chest-imaging-protocols", "1.2.0", True, {})
    assert delivery.answered == 1 and delivery.runs == ["r1"]
    assert session.reads == 3  # running, running, parked: answered on the third look
    assert [payload["chosen_options"] for _, payload in session.patched] == [["Approve"]]


def test_deliver_gives_up_on_a_task_that_never_parks(monkeypatch) -> None:
    monkeypatch.setattr(airflow_hitl, "PARK_WAIT_S", 0.0)
    session = ParkingSession(
        [_detail("r1", "Release chest-imaging-protocols 1.2.0: approve?")], park_after=10**6
    )
    client = AirflowClient("http://af", "ivanova", session)  # type: ignore[arg-type]
    delivery = client.deliver("chest-imaging-protocols", "1.2.0", True, {})
    assert delivery.answered == 0 and session.patched == []  # no answer a running task loses
