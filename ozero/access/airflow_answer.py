"""The CLI's side of access requests in Airflow (no Airflow import: the CLI stays fast): the
DAG and run names, and answering a waiting `AccessDecision` task over the REST API after a
curator decided with `ozero access approve|reject` (see `ozero.access.airflow_decision`)."""

from __future__ import annotations

APPROVE, REJECT = "Approve", "Reject"
REQUEST_DAG_ID = "access_request"  # one run per request, parked at the curator's question
SWEEP_DAG_ID = "access_requests"  # every few minutes: a run for each pending request


def run_id_for(request_id: str) -> str:
    """One run per request: triggering it twice is a no-op (the run id exists)."""
    return f"access-{request_id}"


def answer_waiting(request_id: str, approve: bool, by: str, note: str = "") -> int:
    """Answer the Airflow task waiting on this request; the number answered. 0 when Airflow
    is off, not running, or nothing waits (the run then reads the decision when it starts)."""
    from ozero.release.airflow_hitl import AirflowClient

    client = AirflowClient.connect(by)
    if client is None:
        return 0
    option = APPROVE if approve else REJECT
    answered = 0
    for detail in client.waiting_requests(REQUEST_DAG_ID, {"request": request_id}):
        if option in (detail.get("options") or []) and client.answer(
            detail, option, {"note": note}
        ):
            answered += 1
    return answered


def pending_runs() -> list[dict[str, object]]:
    """For the sweep: a trigger (run id + conf) per pending request, oldest first."""
    from ozero.access.requests import list_requests

    return [
        {"trigger_run_id": run_id_for(r["id"]), "conf": {"request_id": r["id"]}}
        for r in list_requests()
    ]
