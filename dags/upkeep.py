"""Lake upkeep, weekly: compact the small files page-by-page ingestion leaves, then VACUUM
under a retention that keeps every version a release or candidate pins (docs/operations.md).

One task per privacy zone group, one after another: the restricted zone (bronze,
quarantine) and the lake zone (silver, gold, ops) are separate buckets with separate
credentials in a real deployment.
"""

from datetime import UTC, datetime

from airflow.sdk import chain, dag, task


@dag(
    schedule="0 3 * * 0",  # Sunday 03:00 UTC, when no registry window is being landed
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "upkeep"],
)
def upkeep():
    @task
    def zone_upkeep(zones: list[str]) -> list[dict]:
        from dataclasses import asdict

        from ozero.spark import get_spark
        from ozero.upkeep.run import table_names
        from ozero.upkeep.run import upkeep as run_upkeep

        return [asdict(r) for r in run_upkeep(get_spark(), table_names(zones))]

    chain(
        zone_upkeep.override(task_id="restricted")(["bronze", "quarantine"]),
        zone_upkeep.override(task_id="lake")(["silver", "gold", "ops"]),
    )


upkeep()
