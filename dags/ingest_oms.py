"""GIS OMS claims registers → bronze. Daily, by data interval; safe to re-run or backfill."""

from datetime import UTC, datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, dag, task

from ozero.assets import BRONZE_OMS


@dag(
    schedule=CronDataIntervalTimetable("@daily", timezone="UTC"),
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
def ingest_oms():
    @task(outlets=[BRONZE_OMS])
    def land_registers(data_interval_start=None, data_interval_end=None) -> dict:
        from ozero.pipeline import ingest

        return ingest("oms", data_interval_start, data_interval_end)

    land_registers()


ingest_oms()
