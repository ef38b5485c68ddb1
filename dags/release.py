"""Gold → release candidate → curator decision (Airflow HITL or CLI) → published release.

A rejected candidate ends the run in the `rejected` task (publish skipped), so approved and
rejected runs look different in the runs list; the decision itself is kept in the lake.
"""

from datetime import UTC, datetime

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import dag, task

from ozero.assets import GOLD_CHEST_IMAGING
from ozero.release.airflow_decision import CuratorDecision

DATASET = "chest-imaging-protocols"


@dag(
    schedule=[GOLD_CHEST_IMAGING],
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "release"],
    doc_md=__doc__,
)
def release():
    @task.short_circuit
    def build_candidate() -> dict | None:
        """Nothing new in gold (or the same data as a rejected candidate) → the run stops."""
        from ozero.release.flow import propose

        return propose(DATASET)

    decision = CuratorDecision(
        task_id="curator_decision",
        candidate_task_id="build_candidate",
        approved_task_id="publish",
        rejected_task_id="rejected",
    )

    @task
    def publish(candidate: dict) -> str:
        from ozero.release.flow import publish_approved

        return publish_approved(candidate["dataset"], candidate["version"])

    rejected = EmptyOperator(task_id="rejected", doc_md="The curator rejected the candidate.")

    candidate = build_candidate()
    candidate >> decision >> [publish(candidate), rejected]


release()
