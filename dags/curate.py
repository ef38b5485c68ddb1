"""Bronze → silver (parse, de-identify, validate) for every registry, then every declared
dataset's gold tables. Runs when any bronze table changes.

Each task first compares the lake with its curate mark (`ozero.curate.marks`: the versions
and key id its last successful run saw), without Spark, and returns `{"skipped": ...}` in
under a second when nothing it watches changed: a run queued by a second ingest finishing
seconds after the first finds its work already done."""

import operator
from datetime import UTC, datetime
from functools import reduce

from airflow.sdk import chain, dag, task

from ozero.assets import bronze_asset, dataset_asset
from ozero.datasets.registry import all_specs
from ozero.sources.registry import iter_curated


@dag(
    schedule=reduce(operator.or_, [bronze_asset(s) for s in iter_curated()]),
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    tags=["ozero", "curate"],
)
def curate():
    @task
    def silver(source: str) -> dict:
        from ozero.pipeline import curate_source

        return curate_source(source, skip_if_unchanged=True)

    @task
    def gold(dataset: str) -> dict:
        from ozero.pipeline import build_dataset

        return build_dataset(dataset, skip_if_unchanged=True)

    # sources in the registry's curation order (directories first; REMD before OMS, whose
    # claim comments are scrubbed with the names REMD headers give), then each dataset from
    # its spec; one after another, so a slow step never races another for the same cores
    steps = [silver.override(task_id=f"silver_{s.name}")(s.name) for s in iter_curated()]
    datasets = [
        gold.override(task_id=f"gold_{spec.name.replace('-', '_')}", outlets=[dataset_asset(spec)])(
            spec.name
        )
        for spec in all_specs()
    ]
    chain(*steps, *datasets)


curate()
