"""Answer an Airflow approval request through Airflow's public REST API, as a user would.

The release DAG parks its `curator_decision` task (Airflow 3 human-in-the-loop) until a
curator answers. A curator who decides with `ozero release approve|reject` is logged in to
Airflow with their own credentials and answers that task through
``PATCH /api/v2/dags/{dag}/dagRuns/{run}/taskInstances/{task}/{map}/hitlDetails``, the endpoint
the UI uses: Airflow's audit log records who answered, and nothing writes Airflow's
database behind its back.

Configuration (environment):

- ``OZERO_AIRFLOW_URL``: the api-server (default ``http://localhost:$OZERO_AIRFLOW_PORT``,
  port 8080); ``off`` disables Airflow delivery (the decision is still recorded in the lake,
  and a release run reads it when its decision task starts).
- ``OZERO_AIRFLOW_TOKEN``: a ready JWT; otherwise ``OZERO_AIRFLOW_USER`` (default: the
  curator) logs in with ``OZERO_AIRFLOW_PASSWORD``, or with the password Airflow's simple
  auth manager generated for that user (``$AIRFLOW_HOME/simple_auth_manager_passwords.json
  .generated``, or ``OZERO_AIRFLOW_PASSWORD_FILE``) in the local set-up.

Convention (the release DAG follows it): the request's subject contains "<dataset> <version>".
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

log = logging.getLogger(__name__)

TIMEOUT_S = 10
# A request is answered only once its task is parked for it. Airflow resumes a task when an
# answer arrives for a task in one of these states; an answer recorded while the task is
# still running (it posts its question, then parks a moment later) is kept but wakes nothing,
# and the request no longer shows as unanswered: the run waits for ever (seen in a rehearsal:
# the demo answered 0.1 s before the task parked, and its release DAG waited 20+ minutes).
PARKED = {"awaiting_input", "deferred"}
FINISHED = {"success", "failed", "skipped", "upstream_failed", "removed"}
PARK_WAIT_S, PARK_POLL_S = 30.0, 1.0  # how long `deliver` waits for a task to park


class AirflowAuthError(RuntimeError):
    """Airflow answered but would not let this curator in (the message names the fix)."""


def release_dag_id(dataset: str) -> str:
    """The DAG whose approval tasks `ozero release approve` answers for `dataset`: its own
    release DAG (`release_<name_with_underscores>`, dags/release.py), or $OZERO_RELEASE_DAG_ID."""
    from ozero.release.datasets import release_dag_id_for

    return os.environ.get("OZERO_RELEASE_DAG_ID", "").strip() or release_dag_id_for(dataset)


def release_match(dataset: str, version: str) -> dict[str, str]:
    return {"dataset": dataset, "version": version}


def _word_in(value: str, text: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(value)}(?![\w-]|\.\w)", text) is not None


def _param_value(params: dict[str, Any], key: str) -> Any:
    value = params.get(key)
    return value.get("value") if isinstance(value, dict) else value


def matches(
    subject: str, body: str | None, params: dict[str, Any] | None, match: dict[str, str] | None
) -> bool:
    """Whether a HITL request concerns `match`: each value as a whole word in the subject or
    body, or equal to the request's param of that name."""
    if not match:
        return True
    text = f"{subject}\n{body or ''}"
    params = params or {}
    return all(
        _param_value(params, key) == value or _word_in(value, text) for key, value in match.items()
    )


def api_url() -> str | None:
    """The api-server's base URL, or None when Airflow delivery is switched off."""
    url = os.environ.get("OZERO_AIRFLOW_URL", "").strip()
    if url.lower() in ("off", "none", "0", "false"):
        return None
    if url:
        return url.rstrip("/")
    return f"http://localhost:{os.environ.get('OZERO_AIRFLOW_PORT', '8080').strip() or '8080'}"


def _passwords_file() -> Path:
    configured = os.environ.get("OZERO_AIRFLOW_PASSWORD_FILE", "").strip()
    if configured:
        return Path(configured)
    from ozero.airflow_env import passwords_file

    return passwords_file()


def password_for(user: str) -> str | None:
    """$OZERO_AIRFLOW_PASSWORD, else the simple auth manager's generated one for `user`."""
    if os.environ.get("OZERO_AIRFLOW_PASSWORD"):
        return os.environ["OZERO_AIRFLOW_PASSWORD"]
    path = _passwords_file()
    try:
        return json.loads(path.read_text(encoding="utf-8")).get(user)
    except (OSError, ValueError):
        return None


@dataclass
class Delivery:
    """What answering Airflow did: tasks resumed, and a line for the curator."""

    answered: int = 0
    message: str = ""
    runs: list[str] = field(default_factory=list)


@dataclass
class AirflowClient:
    """A logged-in session with the api-server (`connect` returns None if none answers)."""

    base_url: str
    user: str
    session: requests.Session

    @classmethod
    def connect(cls, user: str) -> AirflowClient | None:
        """Log in as `user`; None when Airflow is switched off or not running.

        Raises AirflowAuthError when an api-server answers but refuses the credentials:
        better to stop before a decision is recorded than to leave a run waiting.
        """
        base = api_url()
        if base is None:
            return None
        session = requests.Session()
        try:
            session.get(f"{base}/api/v2/monitor/health", timeout=TIMEOUT_S).raise_for_status()
        except requests.RequestException:
            return None
        user = os.environ.get("OZERO_AIRFLOW_USER", "").strip() or user
        token = os.environ.get("OZERO_AIRFLOW_TOKEN", "").strip() or cls._token(base, user)
        session.headers["Authorization"] = f"Bearer {token}"
        return cls(base, user, session)

    @staticmethod
    def _token(base: str, user: str) -> str:
        password = password_for(user)
        if not password:
            raise AirflowAuthError(
                f"no Airflow password for user {user!r}: set OZERO_AIRFLOW_PASSWORD (or "
                f"OZERO_AIRFLOW_TOKEN), or add {user} to OZERO_AIRFLOW_USERS and restart Airflow"
            )
        response = requests.post(
            f"{base}/auth/token",
            json={"username": user, "password": password},
            timeout=TIMEOUT_S,
        )
        if response.status_code in (401, 403):
            raise AirflowAuthError(
                f"Airflow at {base} refused the login of {user!r}: check OZERO_AIRFLOW_USER "
                "and OZERO_AIRFLOW_PASSWORD"
            )
        response.raise_for_status()
        return response.json()["access_token"]

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.session.get(f"{self.base_url}{path}", params=params, timeout=TIMEOUT_S)
        if response.status_code in (401, 403):
            raise AirflowAuthError(f"Airflow refused {self.user!r} access to {path}")
        response.raise_for_status()
        return response.json()

    def unanswered_requests(
        self, dag_id: str, match: dict[str, str] | None
    ) -> list[dict[str, Any]]:
        """Unanswered requests of `dag_id` about `match`, whatever their task's state."""
        found = self._get(
            f"/api/v2/dags/{dag_id}/dagRuns/~/hitlDetails", response_received="false", limit=100
        )
        return [
            detail
            for detail in found.get("hitl_details", [])
            if matches(detail["subject"], detail.get("body"), detail.get("params"), match)
        ]

    def waiting_requests(self, dag_id: str, match: dict[str, str] | None) -> list[dict[str, Any]]:
        """Unanswered requests of `dag_id` about `match` whose task is parked for the answer
        (``PARKED``; a task still posting its question is asked again later)."""
        return [
            detail
            for detail in self.unanswered_requests(dag_id, match)
            if detail["task_instance"].get("state") in PARKED
        ]

    def answer(self, detail: dict[str, Any], option: str, params_input: dict[str, Any]) -> bool:
        """Answer one request; False when someone answered it first (HTTP 409)."""
        ti = detail["task_instance"]
        path = (
            f"/api/v2/dags/{ti['dag_id']}/dagRuns/{ti['dag_run_id']}/taskInstances/"
            f"{ti['task_id']}/{ti.get('map_index', -1)}/hitlDetails"
        )
        declared = detail.get("params") or {}
        payload = {
            "chosen_options": [option],
            "params_input": {k: v for k, v in params_input.items() if k in declared},
        }
        response = self.session.patch(f"{self.base_url}{path}", json=payload, timeout=TIMEOUT_S)
        if response.status_code == 409:
            return False
        if response.status_code in (401, 403):
            raise AirflowAuthError(f"Airflow refused {self.user!r} the answer to {path}")
        response.raise_for_status()
        log.info("answered %s on %s.%s (%s)", option, ti["dag_id"], ti["task_id"], ti["dag_run_id"])
        return True

    def deliver(
        self,
        dataset: str,
        version: str,
        approve: bool,
        params_input: dict[str, Any],
        dag_id: str | None = None,
    ) -> Delivery:
        """Answer every waiting request about this candidate."""
        dag_id = dag_id or release_dag_id(dataset)
        option = "Approve" if approve else "Reject"
        match = release_match(dataset, version)
        delivery = Delivery()
        deadline = time.monotonic() + PARK_WAIT_S
        while True:
            pending = [
                d
                for d in self.unanswered_requests(dag_id, match)
                if option in (d.get("options") or [])  # else not an approval question
                and d["task_instance"].get("state") not in FINISHED
            ]
            for detail in pending:
                if detail["task_instance"].get("state") in PARKED and self.answer(
                    detail, option, params_input
                ):
                    delivery.answered += 1
                    delivery.runs.append(detail["task_instance"]["dag_run_id"])
            posting = [d for d in pending if d["task_instance"].get("state") not in PARKED]
            if not posting or time.monotonic() >= deadline:
                return delivery
            time.sleep(PARK_POLL_S)  # a task that has just asked parks within a moment
