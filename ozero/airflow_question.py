"""Posting a human-in-the-loop question, shared by the release and access decisions.

`HITLOperator.execute` writes the question and defers in one step; Ozero's decision tasks
split the two, to look for a decision made elsewhere (the CLI) right after asking.
"""

from __future__ import annotations

from typing import Any

from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk import Param
from airflow.sdk.execution_time.hitl import upsert_hitl_detail


def post_question(operator: HITLOperator, context: Any) -> None:
    """Write `operator`'s subject, body, options and params for this task instance."""
    upsert_hitl_detail(
        ti_id=context["task_instance"].id,
        options=operator.options,
        subject=operator.subject,
        body=operator.body,
        defaults=operator.defaults,
        multiple=operator.multiple,
        params=operator.serialized_params,
        assigned_users=operator.assigned_users,
    )


def note_param() -> Param:
    """The free-text reason a decider may give with an answer (kept in the lake)."""
    return Param(None, type=["null", "string"], description="why / почему (kept in the lake)")
