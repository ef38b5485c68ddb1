"""Bronze → silver (parse, de-identify, validate) → gold. Runs when any bronze table changes."""

from datetime import UTC, datetime

from airflow.sdk import dag, task

from ozero.assets import BRONZE_NSI, BRONZE_OMS, BRONZE_PACS, BRONZE_REMD, GOLD_CHEST_IMAGING


@dag(
    schedule=(BRONZE_NSI | BRONZE_REMD | BRONZE_OMS | BRONZE_PACS),
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "curate"],
)
def curate():
    @task
    def silver(source: str) -> dict:
        from ozero.pipeline import curate_source

        return curate_source(source)

    @task(outlets=[GOLD_CHEST_IMAGING])
    def gold() -> dict:
        from ozero.pipeline import curate_gold

        return curate_gold()

    nsi = silver.override(task_id="silver_nsi")("nsi")
    remd = silver.override(task_id="silver_remd")("remd")
    oms = silver.override(task_id="silver_oms")("oms")
    pacs = silver.override(task_id="silver_pacs")("pacs")
    # gold joins all three; remd before oms: claim comments are scrubbed of names from REMD.
    # Imaging (OCR-bound, not in gold) runs last so the ML dataset is not held up by it;
    # steps stay sequential because they all MERGE into quarantine and ops tables.
    nsi >> remd >> oms >> gold() >> pacs


curate()
