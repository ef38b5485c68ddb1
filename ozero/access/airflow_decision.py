"""Access requests decided in Airflow, the way release candidates are: a human-in-the-loop
task per request, answered in the UI or over the REST API, recorded in the lake's request
queue (`ozero.access.requests`), which stays the single source of truth.

- `dags/access.py` runs `access_request` once per pending request (run id
  `access-<request id>`, so a request is asked about once), triggered by the
  `access_requests` sweep every few minutes;
- `AccessDecision` does not ask when the request is decided already (a curator used
  `ozero access approve|reject`), checks again right after asking, and on an answer
  approves (writing the grant) or rejects as the logged-in Airflow user;
- `ozero access approve|reject` answers the waiting task too (`airflow_answer`), so a run
  does not wait for an answer that was given elsewhere.

The requester cannot approve their own request in either channel: the queue refuses it and
the task fails saying so (the request stays pending for another curator).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk.exceptions import TaskAwaitingInput

from ozero.access.airflow_answer import APPROVE, REJECT
from ozero.airflow_question import note_param, post_question

log = logging.getLogger(__name__)


def subject(asked: Mapping[str, Any]) -> str:
    """Holds the request id as a word: the CLI finds the waiting task by it."""
    return (
        f"Access request {asked['id']}: {asked['dataset']} for {asked['team']} / "
        f"Запрос доступа {asked['id']}: {asked['dataset']} для {asked['team']}"
    )


def body(asked: Mapping[str, Any]) -> str:
    versions = ", ".join(asked.get("versions") or []) or "all / все"
    return "\n".join(
        [
            f"## Access request / Запрос доступа `{asked['id']}`",
            "",
            f"- dataset / набор данных: **{asked['dataset']}** (versions / версии: {versions})",
            f"- team / команда: **{asked['team']}**, asked by / запросил: {asked['by']}",
            f"- purpose / цель: {asked['purpose']}",
            f"- until / до: {asked['until']}",
            "",
            "Approve writes the grant; the team's reads are then audited (`ozero access audit`).",
        ]
    )


class AccessDecision(HITLOperator):
    """Approve or reject the access request named in the run's conf (`request_id`)."""

    template_fields = ()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            subject="Access request / Запрос доступа",
            options=[APPROVE, REJECT],
            multiple=False,
            params={
                "note": note_param(),
            },
            **kwargs,
        )

    @staticmethod
    def _request_id(context: Mapping[str, Any]) -> str:
        conf = context["dag_run"].conf or {}
        if not conf.get("request_id"):
            raise ValueError('run access_request with conf {"request_id": "<id>"}')
        return str(conf["request_id"])

    def execute(self, context: Any) -> Any:
        from ozero.access.requests import decision, load

        request_id = self._request_id(context)
        asked = load(request_id)
        if (standing := decision(request_id)) is not None:
            return self._follow(standing)
        self.subject, self.body = subject(asked), body(asked)
        post_question(self, context)
        if (standing := decision(request_id)) is not None:  # decided meanwhile
            return self._follow(standing)
        self.log.info("Waiting for a curator: %s", self.subject)
        raise TaskAwaitingInput(method_name="execute_complete", timeout=self.response_timeout)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        from ozero.access.requests import DecidedError, approve, decision, reject

        answer = HITLOperator.execute_complete(self, context=context, event=event)
        request_id = self._request_id(context)
        user = answer.get("responded_by_user") or {}
        by = str(user.get("name") or user.get("id") or "")
        note = (answer.get("params_input") or {}).get("note") or ""
        decide = approve if answer["chosen_options"][0] == APPROVE else reject
        try:
            made = decide(request_id, by, f"{note} (Airflow)".strip())
        except DecidedError:
            standing = decision(request_id)
            if standing is None:  # not decided: the answer itself was refused (own request)
                raise
            made = standing
        return self._follow(made)

    def _follow(self, decided: Mapping[str, Any]) -> dict[str, Any]:
        self.log.info(
            "access request %s %s by %s", decided["request_id"], decided["outcome"], decided["by"]
        )
        return dict(decided)
