"""Registry feeds → bronze: one Airflow DAG per registry in the source registry
(`ingest_nsi`, `ingest_remd`, `ingest_oms`, `ingest_pacs`, and any source added later).

Each run lands its data interval (from the source's watermark if a run was missed), commits
page by page, and announces the bronze table as an asset, which triggers `curate`. Safe to
re-run or backfill: bronze MERGEs on source keys.
"""

from datetime import UTC, datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, dag, task

from ozero.assets import bronze_asset
from ozero.sources.registry import Source, all_sources


def ingest_dag(source: Source) -> None:
    @dag(
        dag_id=f"ingest_{source.name}",
        schedule=CronDataIntervalTimetable(source.schedule, timezone="UTC"),
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
        catchup=False,
        max_active_runs=1,
        default_args={
            "retries": 2,
            "retry_delay": timedelta(seconds=30),
            "retry_exponential_backoff": True,
        },
        tags=["ozero", "ingest"],
        doc_md=f"**{source.title}**: {source.description}\n\n{__doc__}",
    )
    def ingest():
        @task(task_id=f"land_{source.name}", outlets=[bronze_asset(source)])
        def land(data_interval_start=None, data_interval_end=None) -> dict:
            from ozero.pipeline import ingest as ingest_step

            return ingest_step(source.name, data_interval_start, data_interval_end)

        land()

    ingest()


for _source in all_sources():
    ingest_dag(_source)
