"""FNSI reference directories → bronze. Weekly; new directory versions only."""

from datetime import UTC, datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, dag, task

from ozero.assets import BRONZE_NSI


@dag(
    schedule=CronDataIntervalTimetable("@weekly", timezone="UTC"),
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
    },
    tags=["ozero", "ingest"],
)
def ingest_nsi():
    @task(outlets=[BRONZE_NSI])
    def land_directories(data_interval_start=None, data_interval_end=None) -> dict:
        from ozero.pipeline import ingest

        return ingest("nsi", data_interval_start, data_interval_end)

    land_directories()


ingest_nsi()
