"""The opt-out list: who must never land again, kept as keyed hashes in the restricted zone.

An erasure adds its patients here first, so a crash half-way through still keeps them out
of the next ingestion, and a re-run finishes the job. The connectors (REMD documents, PACS
instances, OMS registers) consult it before landing anything (`for_ingestion`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract
from ozero.deid.keys import PseudonymKey
from ozero.privacy.patients import KINDS, OptOutList, Patient, identifier_hash

log = logging.getLogger(__name__)

TABLE = "bronze.opt_outs"


def record(
    spark: SparkSession,
    key: PseudonymKey,
    patients: Iterable[Patient],
    request_id: str,
    requested_at: datetime,
) -> int:
    """Add the patients' identifiers (hashed) to the list; returns identifiers new to it."""
    rows = [
        (kind, identifier_hash(key, kind, value), key.key_id, request_id, requested_at)
        for patient in patients
        for kind, value in patient.identifiers()
    ]
    df = spark.createDataFrame(rows, load_contract(TABLE).spark_schema)
    return lake.merge(spark, TABLE, df, update=False)


def for_ingestion(spark: SparkSession) -> OptOutList | None:
    """The list a connector checks each payload against before landing it; None when nobody
    ever opted out. Fails closed: with a list and no key to read it, ingestion stops.

    Hashes made under another key cannot be matched (the identifiers are not kept): after a
    key rotation, erasure requests must be applied again (docs/privacy.md)."""
    if not lake.exists(spark, TABLE):
        return None
    from ozero.deid.keys import load_key

    key = load_key()
    rows = lake.read(spark, TABLE).where(F.col("kind").isin(*KINDS))
    by_key = rows.select("deid_key_id", "token_hash").collect()
    if any(r["deid_key_id"] != key.key_id for r in by_key):
        log.warning(
            "the opt-out list holds hashes made under another key: apply the erasure requests "
            "again with `ozero privacy erase` (docs/privacy.md, key rotation)"
        )
    hashes = frozenset(r["token_hash"] for r in by_key if r["deid_key_id"] == key.key_id)
    return OptOutList(key, hashes) if hashes else None
