"""Gold → release candidate → curator approval (Airflow HITL) → published, immutable release."""

from datetime import UTC, datetime

from airflow.providers.standard.operators.hitl import ApprovalOperator
from airflow.sdk import dag, task

from ozero.assets import GOLD_CHEST_IMAGING

DATASET = "chest-imaging-protocols"
CANDIDATE = "{{ ti.xcom_pull(task_ids='build_candidate') }}"


@dag(
    schedule=[GOLD_CHEST_IMAGING],
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "release"],
)
def release():
    @task.short_circuit
    def build_candidate() -> dict | None:
        """Nothing new in gold → no candidate, and the rest of the run is skipped."""
        from ozero.pipeline import build_release_candidate

        return build_release_candidate(DATASET)

    approve = ApprovalOperator(
        task_id="curator_approval",
        subject=(
            "Approve " + DATASET + " {{ ti.xcom_pull(task_ids='build_candidate')['version'] }}"
        ),
        body=(
            "Release candidate of **"
            + DATASET
            + "**: {{ ti.xcom_pull(task_ids='build_candidate') | tojson }}\n\n"
            "Approve here or with `ozero release approve "
            + DATASET
            + " {{ ti.xcom_pull(task_ids='build_candidate')['version'] }}`."
        ),
    )

    @task
    def publish(candidate: dict, decision: dict | None = None) -> str:
        from ozero.pipeline import publish_approved

        return publish_approved(candidate, decision)

    candidate = build_candidate()
    candidate >> approve
    publish(candidate, approve.output)


release()
