"""Gold → release candidate → curator decision (Airflow HITL or CLI) → published release: one
DAG per declared dataset (`release_<name_with_underscores>`, one per `datasets/*.yaml`),
each scheduled on its dataset's gold table.

A rejected candidate ends the run in the `rejected` task (publish skipped), so approved and
rejected runs look different in the runs list; the decision itself is kept in the lake.
"""

from datetime import UTC, datetime

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import dag, task

from ozero.assets import dataset_asset
from ozero.datasets.registry import all_specs
from ozero.datasets.spec import DatasetSpec
from ozero.release.airflow_decision import CuratorDecision
from ozero.release.datasets import release_dag_id_for


def release_dag(spec: DatasetSpec) -> None:
    dataset = spec.name

    @dag(
        dag_id=release_dag_id_for(dataset),
        schedule=[dataset_asset(spec)],
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
        catchup=False,
        max_active_runs=1,
        tags=["ozero", "release"],
        doc_md=f"**{spec.title.get('en', dataset)}** (`{dataset}`)\n\n{__doc__}",
    )
    def release():
        @task.short_circuit
        def build_candidate() -> dict | None:
            """Nothing new in gold (or the same data as a rejected candidate) → the run stops."""
            from ozero.release.flow import propose

            return propose(dataset)

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


for _spec in all_specs():
    release_dag(_spec)
