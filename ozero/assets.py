"""Airflow assets the DAGs exchange: an ingest DAG's update of a bronze table triggers curation."""

from __future__ import annotations

from airflow.sdk import Asset

BRONZE_NSI = Asset("ozero://bronze/nsi_pages")
BRONZE_REMD = Asset("ozero://bronze/remd_documents")
BRONZE_OMS = Asset("ozero://bronze/oms_registers")
BRONZE_PACS = Asset("ozero://bronze/pacs_instances")
GOLD_CHEST_IMAGING = Asset("ozero://gold/chest_imaging_protocols")
