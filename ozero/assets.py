"""Airflow assets the DAGs exchange: an ingest DAG's update of a bronze table triggers
curation; curation's update of a dataset's gold table triggers that dataset's release."""

from __future__ import annotations

from typing import TYPE_CHECKING

from airflow.sdk import Asset

if TYPE_CHECKING:
    from ozero.datasets.spec import DatasetSpec
    from ozero.sources.registry import Source


def bronze_asset(source: Source) -> Asset:
    """The bronze table a source's ingest DAG lands into."""
    return Asset(source.asset_uri)


def dataset_asset(spec: DatasetSpec) -> Asset:
    """A dataset's gold table (`ozero://gold/<table>`): its release DAG waits on it."""
    zone, _, table = spec.table.partition(".")
    return Asset(f"ozero://{zone}/{table}")
