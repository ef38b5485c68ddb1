"""Registry feeds → bronze: one Airflow DAG per source (ingest_nsi, _remd, _oms, _pacs).

Each run lands its data interval (from the source's watermark if a run was missed), commits
page by page, and announces the bronze table as an asset, which triggers `curate`. Safe to
re-run or backfill: bronze MERGEs on source keys.
"""

from datetime import UTC, datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, dag, task

from ozero.assets import BRONZE_NSI, BRONZE_OMS, BRONZE_PACS, BRONZE_REMD

FEEDS = (
    # source, schedule, bronze asset: directories change rarely, documents and claims daily
    ("nsi", "@weekly", BRONZE_NSI),
    ("remd", "@daily", BRONZE_REMD),
    ("oms", "@daily", BRONZE_OMS),
    ("pacs", "@daily", BRONZE_PACS),  # studies by StudyDate over DICOMweb
)


def ingest_dag(source: str, schedule: str, bronze_asset) -> None:
    @dag(
        dag_id=f"ingest_{source}",
        schedule=CronDataIntervalTimetable(schedule, timezone="UTC"),
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
        catchup=False,
        max_active_runs=1,
        default_args={
            "retries": 2,
            "retry_delay": timedelta(seconds=30),
            "retry_exponential_backoff": True,
        },
        tags=["ozero", "ingest"],
        doc_md=__doc__,
    )
    def ingest():
        @task(task_id=f"land_{source}", outlets=[bronze_asset])
        def land(data_interval_start=None, data_interval_end=None) -> dict:
            from ozero.pipeline import ingest as ingest_step

            return ingest_step(source, data_interval_start, data_interval_end)

        land()

    ingest()


for _source, _schedule, _asset in FEEDS:
    ingest_dag(_source, _schedule, _asset)
