"""Landing payloads in bronze exactly as received, with lineage, in one commit per page."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from pyspark.sql import SparkSession

from ozero import lake
from ozero.contracts import load_contract


def new_batch_id(source: str) -> str:
    return f"{source}-{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def sha256_hex(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


@dataclass
class LandingReport:
    """What one ingestion run did; the numbers the run accounting is built from."""

    source: str
    batch_id: str
    window_start: str = ""
    window_end: str = ""
    received: int = 0
    landed_new: int = 0
    already_in_bronze: int = 0
    pages: int = 0
    requests: int = 0
    retries: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def land(spark: SparkSession, table: str, rows: list[dict[str, Any]]) -> int:
    """MERGE rows into a bronze table without touching rows already there; returns new rows."""
    if not rows:
        return 0
    contract = load_contract(table)
    df = spark.createDataFrame(
        [tuple(r[c] for c in contract.column_names) for r in rows], contract.spark_schema
    )
    return lake.merge(spark, table, df, update=False)


def received_now() -> datetime:
    return datetime.now(UTC)


T = TypeVar("T")


def first_seen(items: Iterable[T], key: Callable[[T], Hashable], seen: set) -> list[T]:
    """The items whose key this run has not seen yet (now it has), in order: registries may
    list an item twice, and it is fetched and counted once."""
    out = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return out
