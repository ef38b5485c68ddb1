"""The release DAG's curator step: an Airflow 3 human-in-the-loop task over the decision store.

`CuratorDecision` asks "approve or reject?" with the candidate's Markdown summary as the
request body (read from the store at run time: not a templated field, so Airflow's
`max_templated_field_length` never cuts it), and branches to the publish task or to the
rejected end. The lake's decision record is the single source of truth:

- if a curator already decided with the CLI, the task does not ask at all (it checks before
  writing the request and again right after, so a decision landing in between is seen);
- when a curator answers in the Airflow UI or REST API, the answer is recorded in the lake
  (channel "airflow", with the logged-in user's name) and then followed;
- if both happened, the decision recorded first stands and both channels follow it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from airflow.providers.common.compat.sdk import BranchMixIn
from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk import Param
from airflow.sdk.exceptions import TaskAwaitingInput

from ozero.airflow_question import note_param, post_question

log = logging.getLogger(__name__)

APPROVE, REJECT = "Approve", "Reject"


def subject(dataset: str, version: str) -> str:
    """Holds "<dataset> <version>": the CLI finds the request by it (see airflow_hitl)."""
    return f"Release {dataset} {version}: approve? / Выпуск {dataset} {version}: утвердить?"


class CuratorDecision(HITLOperator, BranchMixIn):
    """Approve → `approved_task_id` runs; Reject → `rejected_task_id` runs (the other skips)."""

    template_fields = ()
    inherits_from_skipmixin = True

    def __init__(
        self,
        *,
        candidate_task_id: str,
        approved_task_id: str,
        rejected_task_id: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            subject="Release decision / Решение о выпуске",
            options=[APPROVE, REJECT],
            multiple=False,
            params={
                "note": note_param(),
                "release_as": Param(
                    None,
                    type=["null", "string"],
                    description="a higher version number (optional) / номер выше расчётного",
                ),
            },
            **kwargs,
        )
        self.candidate_task_id = candidate_task_id
        self.approved_task_id = approved_task_id
        self.rejected_task_id = rejected_task_id

    def _candidate(self, context: Mapping[str, Any]) -> tuple[str, str]:
        built = context["ti"].xcom_pull(task_ids=self.candidate_task_id)
        return built["dataset"], built["version"]

    def execute(self, context: Any) -> Any:
        from ozero.release import store
        from ozero.release.approval import load_decision

        dataset, version = self._candidate(context)
        if (standing := load_decision(dataset, version)) is not None:
            return self._follow(context, standing)
        self.subject = subject(dataset, version)
        self.body = store.read_request(dataset, version) or (
            f"Candidate {dataset} {version}: `ozero release show {dataset} {version}`"
        )
        post_question(self, context)
        if (standing := load_decision(dataset, version)) is not None:  # decided meanwhile
            return self._follow(context, standing)
        self.log.info("Waiting for a curator: %s", self.subject)
        raise TaskAwaitingInput(method_name="execute_complete", timeout=self.response_timeout)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        from ozero.release.approval import AIRFLOW, record
        from ozero.release.candidate import APPROVED, REJECTED

        answer = HITLOperator.execute_complete(self, context=context, event=event)
        dataset, version = self._candidate(context)
        chosen = answer["chosen_options"][0]
        user = answer.get("responded_by_user") or {}
        params = dict(answer.get("params_input") or {})
        ti = context["ti"]
        standing, made = record(
            dataset,
            version,
            APPROVED if chosen == APPROVE else REJECTED,
            by=str(user.get("name") or user.get("id") or ""),
            note=params.get("note") or "",
            channel=AIRFLOW,
            release_as=params.get("release_as") or "",
            airflow={
                "user_id": str(user.get("id", "")),
                "dag_id": ti.dag_id,
                "run_id": ti.run_id,
                "task_id": ti.task_id,
            },
        )
        if not made and (standing.decision == APPROVED) != (chosen == APPROVE):
            self.log.warning(
                "Airflow answer %s ignored: %s %s was already %s by %s (%s)",
                chosen,
                dataset,
                version,
                standing.decision,
                standing.by,
                standing.channel,
            )
        return self._follow(context, standing)

    def _follow(self, context: Any, decision: Any) -> dict[str, Any]:
        from ozero.release.candidate import APPROVED

        self.log.info(
            "%s %s %s by %s via %s%s",
            decision.dataset,
            decision.version,
            decision.decision,
            decision.by,
            decision.channel,
            f': "{decision.note}"' if decision.note else "",
        )
        approved = decision.decision == APPROVED
        self.do_branch(context, self.approved_task_id if approved else self.rejected_task_id)
        return decision.to_dict()
