"""Where tables live and how they are written: the one place that knows lake paths.

Every write is a single Delta commit (append or MERGE on the contract's keys), so a
re-run never duplicates rows and a crash never leaves partial data visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from delta.tables import DeltaTable
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero.config import Settings, get_settings
from ozero.contracts import Contract, load_contract


def lake_root(settings: Settings | None = None) -> str:
    return (settings or get_settings()).lake_uri.rstrip("/")


def table_path(name: str, settings: Settings | None = None) -> str:
    """`table_path("silver.remd_protocols")` → `<lake>/silver/remd_protocols`."""
    zone, _, table = name.partition(".")
    return f"{lake_root(settings)}/{zone}/{table}"


def releases_root(settings: Settings | None = None) -> str:
    return f"{lake_root(settings)}/releases"


def candidates_root(settings: Settings | None = None) -> str:
    return f"{lake_root(settings)}/candidates"


def is_local(settings: Settings | None = None) -> bool:
    return "://" not in lake_root(settings) or lake_root(settings).startswith("file://")


def local_path(uri: str) -> Path:
    return Path(uri.removeprefix("file://"))


def exists(spark: SparkSession, name: str) -> bool:
    return DeltaTable.isDeltaTable(spark, table_path(name))


def conform(df: DataFrame, contract: Contract) -> DataFrame:
    """Select and cast exactly the contract's columns, in its order."""
    missing = [c.name for c in contract.columns if c.name not in df.columns]
    if missing:
        raise ValueError(f"{contract.name}: missing columns {missing}")
    return df.select(*[F.col(c.name).cast(c.spark_type).alias(c.name) for c in contract.columns])


def ensure_table(spark: SparkSession, name: str) -> DeltaTable:
    """Create the table empty from its contract if it does not exist yet."""
    path = table_path(name)
    if not DeltaTable.isDeltaTable(spark, path):
        contract = load_contract(name)
        writer = spark.createDataFrame([], contract.spark_schema).write.format("delta")
        if contract.partition_by:
            writer = writer.partitionBy(*contract.partition_by)
        writer.mode("ignore").save(path)
    return DeltaTable.forPath(spark, path)


def merge(spark: SparkSession, name: str, df: DataFrame, update: bool = True) -> int:
    """Upsert rows on the contract's keys, in one commit; returns rows inserted.

    `update=False` keeps rows already there untouched (bronze: first receipt wins).
    """
    contract = load_contract(name)
    table = ensure_table(spark, name)
    before = table.history(1).collect()[0]["version"]
    source = conform(df, contract).dropDuplicates(list(contract.keys))
    condition = " AND ".join(f"t.`{k}` <=> s.`{k}`" for k in contract.keys)
    builder = table.alias("t").merge(source.alias("s"), condition)
    if update:
        builder = builder.whenMatchedUpdateAll()
    builder.whenNotMatchedInsertAll().execute()
    last = table.history(1).collect()[0]
    if last["version"] == before:  # Delta makes no commit for a MERGE that changes nothing
        return 0
    metrics = last["operationMetrics"] or {}
    return int(metrics.get("numTargetRowsInserted", 0)) if last["operation"] == "MERGE" else 0


def append(spark: SparkSession, name: str, df: DataFrame) -> None:
    """A blind append in one commit, for rows keyed by a run id nobody else writes (the ops
    records of one run): cheaper than a MERGE, which has to join against the whole table."""
    ensure_table(spark, name)
    conform(df, load_contract(name)).write.format("delta").mode("append").save(table_path(name))


def overwrite(spark: SparkSession, name: str, df: DataFrame) -> None:
    contract = load_contract(name)
    ensure_table(spark, name)
    conform(df, contract).write.format("delta").mode("overwrite").save(table_path(name))


def read(spark: SparkSession, name: str, version: int | None = None) -> DataFrame:
    reader = spark.read.format("delta")
    if version is not None:
        reader = reader.option("versionAsOf", version)
    if not DeltaTable.isDeltaTable(spark, table_path(name)):
        return spark.createDataFrame([], load_contract(name).spark_schema)
    return reader.load(table_path(name))


def version(spark: SparkSession, name: str) -> int | None:
    if not DeltaTable.isDeltaTable(spark, table_path(name)):
        return None
    return DeltaTable.forPath(spark, table_path(name)).history(1).collect()[0]["version"]


@dataclass(frozen=True)
class TableInfo:
    name: str
    zone: str
    version: int | None
    rows: int


def list_tables(spark: SparkSession) -> list[TableInfo]:
    """Every table that has a contract and exists in the lake."""
    from ozero.contracts import all_contracts

    infos = []
    for contract in all_contracts():
        v = version(spark, contract.name)
        if v is None:
            continue
        infos.append(TableInfo(contract.name, contract.zone, v, read(spark, contract.name).count()))
    return infos
