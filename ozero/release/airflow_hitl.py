"""Answer an Airflow approval task that waits for a release decision made outside Airflow.

The release DAG parks an `ApprovalOperator` in AWAITING_INPUT until a curator decides. The
decision is taken with `ozero release approve|reject`, so that command must also resume the
waiting task. We record the response exactly as Airflow's REST handler `update_hitl_detail`
does (response columns, then `handle_event_submit`), straight through Airflow's ORM, so no
api-server or credentials are needed — only access to the same metadata database.

Convention (the release DAG must follow it): the ApprovalOperator's `subject` contains
"<dataset> <version>", e.g. "Approve chest-imaging-protocols 1.2.0". `match` values are
looked up as whole words in the subject/body, or as equal values in the HITL `params`.

Airflow is imported lazily: with no Airflow installed or configured, or no metadata database,
`answer_waiting_approval` returns 0 and approval works as before.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_RELEASE_DAG_ID = "release"  # dags/release.py


def release_dag_id() -> str:
    """The DAG whose approval tasks `ozero release approve` answers ($OZERO_RELEASE_DAG_ID)."""
    return os.environ.get("OZERO_RELEASE_DAG_ID", "").strip() or DEFAULT_RELEASE_DAG_ID


def release_match(dataset: str, version: str) -> dict[str, str]:
    return {"dataset": dataset, "version": version}


def _airflow_configured() -> bool:
    """True when importing Airflow would find Ozero's config, not create a fresh one.

    Without AIRFLOW_HOME the project's embedded home (`ozero.airflow_env.airflow_home()`,
    the repo's `.airflow/`) is used, so a curator's shell needs no Airflow variables.
    """
    if os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"):
        return True
    if os.environ.get("AIRFLOW_HOME"):
        return (Path(os.environ["AIRFLOW_HOME"]).expanduser() / "airflow.cfg").is_file()
    from ozero.airflow_env import airflow_home

    if not (airflow_home() / "airflow.cfg").is_file() or "airflow" in sys.modules:
        return False
    os.environ["AIRFLOW_HOME"] = str(airflow_home())  # read once, when Airflow is imported
    return True


def _database_present() -> bool:
    """A SQLite metadata DB that was never migrated must not be created by a query."""
    from airflow.configuration import conf

    url = conf.get("database", "sql_alchemy_conn")
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///").split("?")[0]).is_file()
    return True


def _word_in(value: str, text: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(value)}(?![\w-]|\.\w)", text) is not None


def _param_value(params: dict[str, Any], key: str) -> Any:
    value = params.get(key)
    return value.get("value") if isinstance(value, dict) else value


def matches(
    subject: str, body: str | None, params: dict[str, Any] | None, match: dict[str, str] | None
) -> bool:
    """Whether a HITL request concerns `match` (see the module docstring for the rule)."""
    if not match:
        return True
    text = f"{subject}\n{body or ''}"
    params = params or {}
    return all(
        _param_value(params, key) == value or _word_in(value, text) for key, value in match.items()
    )


def answer_waiting_approval(
    dag_id: str, approve: bool, approver: str, match: dict[str, str] | None = None
) -> int:
    """Approve or reject every AWAITING_INPUT approval task of `dag_id` matching `match`.

    Returns how many tasks were answered; 0 when Airflow is absent or unreachable.
    """
    if not _airflow_configured():
        return 0
    try:
        if not _database_present():
            return 0
        return _answer(dag_id, approve, approver, match)
    except Exception as exc:  # Airflow must never block a decision taken on the lake side
        log.warning("could not answer Airflow approval tasks of %s: %s", dag_id, type(exc).__name__)
        return 0


def _answer(dag_id: str, approve: bool, approver: str, match: dict[str, str] | None) -> int:
    from airflow._shared.timezones import timezone
    from airflow.models.hitl import HITLDetail, HITLUser
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.trigger import handle_event_submit
    from airflow.triggers.base import TriggerEvent
    from airflow.utils.session import create_session
    from airflow.utils.state import TaskInstanceState
    from sqlalchemy import select

    option = "Approve" if approve else "Reject"
    answered = 0
    with create_session() as session:
        rows = session.execute(
            select(TaskInstance, HITLDetail)
            .join(HITLDetail, HITLDetail.ti_id == TaskInstance.id)
            .where(
                TaskInstance.dag_id == dag_id,
                TaskInstance.state == TaskInstanceState.AWAITING_INPUT,
                HITLDetail.responded_at.is_(None),
            )
        ).all()
        for ti, detail in rows:
            if option not in (detail.options or []):
                continue  # not an approval task: leave other questions to humans
            if not matches(detail.subject, detail.body, detail.params, match):
                continue
            detail.responded_by = HITLUser(id=approver, name=approver)
            detail.responded_at = timezone.utcnow()
            detail.chosen_options = [option]
            detail.params_input = {}
            session.add(detail)
            handle_event_submit(
                TriggerEvent(detail.as_resume_event_payload()), task_instance=ti, session=session
            )
            log.info("answered %s on %s.%s (%s)", option, dag_id, ti.task_id, ti.run_id)
            answered += 1
    return answered
