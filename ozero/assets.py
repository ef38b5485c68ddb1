"""Airflow assets the DAGs exchange: an ingest DAG's update of a bronze table triggers
curation, curation's update of gold triggers the release DAG."""

from __future__ import annotations

from airflow.sdk import Asset

from ozero.sources.registry import Source

GOLD_CHEST_IMAGING = Asset("ozero://gold/chest_imaging_protocols")


def bronze_asset(source: Source) -> Asset:
    """The bronze table a source's ingest DAG lands into."""
    return Asset(source.asset_uri)
