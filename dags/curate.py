"""Bronze → silver (parse, de-identify, validate) for every registry, then gold. Runs when
any bronze table changes."""

from datetime import UTC, datetime

from airflow.sdk import chain, dag, task

from ozero.assets import GOLD_CHEST_IMAGING, bronze_asset
from ozero.sources.registry import iter_curated


def _any_bronze_update():
    """Any one source's bronze update triggers a run (an asset OR-condition)."""
    from functools import reduce

    return reduce(lambda a, b: a | b, [bronze_asset(s) for s in iter_curated()])


@dag(
    schedule=_any_bronze_update(),
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

    # sources in the registry's curation order (directories first; REMD before OMS, whose
    # claim comments are scrubbed with the names REMD headers give), then gold, which joins
    # them; one after another, so a slow source never races another for the same cores
    steps = [silver.override(task_id=f"silver_{s.name}")(s.name) for s in iter_curated()]
    chain(*steps, gold())


curate()
