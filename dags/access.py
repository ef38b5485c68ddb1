"""Access requests decided in Airflow (issue 12): `ozero access request` queues a request in
the lake; every 5 minutes `access_requests` starts one `access_request` run per pending
request (run id `access-<id>`: asked once), which waits for a curator's Approve / Reject in
the UI or over the REST API. An approval writes the grant; `ozero access approve|reject`
answers the waiting run too. Details: `ozero/access/airflow_decision.py`.
"""

from datetime import UTC, datetime

from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import dag, task

from ozero.access.airflow_answer import REQUEST_DAG_ID, SWEEP_DAG_ID
from ozero.access.airflow_decision import AccessDecision

START = datetime(2026, 1, 1, tzinfo=UTC)


@dag(
    dag_id=SWEEP_DAG_ID,
    schedule="*/5 * * * *",
    start_date=START,
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "access"],
    doc_md=__doc__,
)
def access_requests():
    @task
    def pending() -> list[dict]:
        from ozero.access.airflow_answer import pending_runs

        return pending_runs()

    TriggerDagRunOperator.partial(
        task_id="ask_curators",
        trigger_dag_id=REQUEST_DAG_ID,
        skip_when_already_exists=True,  # a request already asked about keeps its one run
    ).expand_kwargs(pending())


@dag(
    dag_id=REQUEST_DAG_ID,
    schedule=None,
    start_date=START,
    catchup=False,
    tags=["ozero", "access"],
    doc_md=__doc__,
)
def access_request():
    AccessDecision(task_id="curator_decision")


access_requests()
access_request()
