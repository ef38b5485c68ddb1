"""The opt-out list: who must never land again, kept as keyed hashes in the restricted zone.

An erasure adds its patients here first, so a crash half-way through still keeps them out
of the next ingestion, and a re-run finishes the job. Ingestion (REMD documents, PACS
instances, OMS registers) and curation consult it (`current`).
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


def current(spark: SparkSession, key: PseudonymKey | None) -> OptOutList | None:
    """The list under the key in use, or None when nobody opted out (or there is no key).

    Hashes made under another key cannot be matched (the identifiers are not kept): after a
    key rotation, erasure requests must be applied again (docs/privacy.md)."""
    if key is None or not lake.exists(spark, TABLE):
        return None
    rows = lake.read(spark, TABLE).where(F.col("kind").isin(*KINDS))
    other_keys = rows.where(F.col("deid_key_id") != key.key_id).limit(1).count()
    if other_keys:
        log.warning(
            "the opt-out list holds hashes made under another key: apply the erasure requests "
            "again with `ozero privacy erase` (docs/privacy.md, key rotation)"
        )
    hashes = frozenset(
        r[0] for r in rows.where(F.col("deid_key_id") == key.key_id).select("token_hash").collect()
    )
    return OptOutList(key, hashes) if hashes else None


def for_ingestion(spark: SparkSession) -> OptOutList | None:
    """The list a connector checks each payload against before landing it; None when nobody
    ever opted out. Fails closed: with a list and no key to read it, ingestion stops."""
    if not lake.exists(spark, TABLE):
        return None
    from ozero.deid.keys import load_key

    return current(spark, load_key())
