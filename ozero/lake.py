"""Where tables live and how they are written: the one place that knows lake paths.

Every write is a single Delta commit (append or MERGE on the contract's keys), so a
re-run never duplicates rows and a crash never leaves partial data visible.

Writers run concurrently (four ingest DAGs, curation, releases), so every write here is
safe under concurrency: blind appends never conflict in Delta; a MERGE into a shared table
names its partition (`partition=`), so Delta's conflict check only looks there; and the
conflicts that remain (a table created by two writers at once, two MERGEs into one
partition) are retried here, a bounded number of times with jittered back-off. Every write
is idempotent (MERGE on keys, appends keyed by a fresh run id), so a retry is safe.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from delta.tables import DeltaTable
from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero.config import Settings, get_settings
from ozero.contracts import Contract, all_contracts, load_contract

log = logging.getLogger(__name__)

T = TypeVar("T")
CONFLICT_ATTEMPTS = 8
CONFLICT_BASE_DELAY = 0.5  # seconds; doubled per attempt, with full jitter, capped below
CONFLICT_MAX_DELAY = 8.0
# What a creator sees while another creates the same table: its files before its first
# commit ("not empty and not a Delta table"), or its log before the table is readable.
CREATE_RACE_CODES = ("DELTA_CREATE_TABLE_WITH_NON_EMPTY_LOCATION", "DELTA_TABLE_NOT_FOUND")


class CreateRace(RuntimeError):
    """Another writer is creating the same table: retried like a lost commit race."""


def lake_root(settings: Settings | None = None) -> str:
    return (settings or get_settings()).lake_uri.rstrip("/")


def zone_root(zone: str, settings: Settings | None = None) -> str:
    """Where a zone lives: `<lake>/<zone>`, unless `OZERO_ZONE_ROOTS` puts it elsewhere
    (e.g. `bronze=s3a://restricted/bronze,quarantine=s3a://restricted/quarantine`: PHI
    zones in their own bucket with their own credentials). Every table and object path is
    built from this, so moving a zone is configuration."""
    settings = settings or get_settings()
    return settings.zone_roots.get(zone, f"{lake_root(settings)}/{zone}").rstrip("/")


def table_path(name: str, settings: Settings | None = None) -> str:
    """`table_path("silver.remd_protocols")` → `<lake>/silver/remd_protocols`."""
    zone, _, table = name.partition(".")
    return f"{zone_root(zone, settings)}/{table}"


def releases_root(settings: Settings | None = None) -> str:
    return zone_root("releases", settings)


def candidates_root(settings: Settings | None = None) -> str:
    return zone_root("candidates", settings)


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


def is_conflict(exc: BaseException) -> bool:
    """A Delta commit lost a race to another writer (safe to retry an idempotent write)."""
    from delta import exceptions as delta_errors

    # (Delta 4's Python classes share no base: a captured ConcurrentAppendException is no
    # DeltaConcurrentModificationException, so each kind is named)
    lost_race = (
        delta_errors.DeltaConcurrentModificationException,
        delta_errors.ConcurrentAppendException,
        delta_errors.ConcurrentDeleteReadException,
        delta_errors.ConcurrentDeleteDeleteException,
        delta_errors.ConcurrentTransactionException,
        delta_errors.ConcurrentWriteException,
        delta_errors.MetadataChangedException,
        delta_errors.ProtocolChangedException,
    )
    if isinstance(exc, lost_race):
        return True
    if isinstance(exc, CreateRace):
        return True
    text = str(exc)
    # two writers creating the same table: one sees the other's first commit
    return "DELTA_PROTOCOL_CHANGED" in text or "DELTA_METADATA_CHANGED" in text


def with_conflict_retries(what: str, write: Callable[[], T]) -> T:
    """Run `write`; on a lost commit race, wait (exponential back-off, full jitter) and
    run it again, at most CONFLICT_ATTEMPTS times. Other errors pass through at once."""
    for attempt in range(1, CONFLICT_ATTEMPTS + 1):
        try:
            return write()
        except Exception as exc:
            if not is_conflict(exc) or attempt == CONFLICT_ATTEMPTS:
                raise
            delay = random.uniform(0, min(CONFLICT_MAX_DELAY, CONFLICT_BASE_DELAY * 2**attempt))
            log.info(
                "%s: concurrent commit (%s), retry %d in %.1fs",
                what,
                type(exc).__name__,
                attempt,
                delay,
            )
            time.sleep(delay)
    raise AssertionError("unreachable")


STATS_TYPES = (
    "string",
    "int",
    "long",
    "double",
    "decimal",
    "date",
    "timestamp",
)  # Delta: no booleans


def stats_columns(contract: Contract) -> list[str]:
    """Columns Delta keeps min/max statistics of: never a direct identifier.

    Delta writes each file's minimum and maximum per column into the table's log (strings cut
    to 32 characters: a pseudonym is 33), and the log outlives VACUUM. A pseudonym there
    would survive an erasure (ozero.privacy) in every commit that added a file holding it.
    Keys are pseudonyms in most curated tables, and MERGE never used their statistics (it
    joins the source against every file of the partition), so nothing is lost."""
    return [
        c.name
        for c in contract.columns
        if c.type in STATS_TYPES
        and c.privacy != "direct_identifier"
        and c.name not in contract.partition_by  # Delta refuses those (kept in the path)
    ]


DELETION_VECTORS = "delta.enableDeletionVectors"


def ensure_table(spark: SparkSession, name: str) -> DeltaTable:
    """Create the table empty from its contract if it does not exist yet (race-safe), with
    statistics kept for `stats_columns` only, and deletion vectors on.

    Deletion vectors: a MERGE that updates or deletes a few rows of a file marks them
    deleted in a small side file instead of rewriting the file (a re-sent register touches
    every file of a table keyed by uniform pseudonyms, so without them every batch rewrote
    the table). The old row bytes stay in the live file until `purge` rewrites it: erasure
    purges before its VACUUM, and upkeep purges every table on each run. Tables made before
    this are upgraded by upkeep (`enable_deletion_vectors`), not here: `ensure_table` runs
    before every write and must not change a table's protocol under concurrent writers."""
    path = table_path(name)
    if not DeltaTable.isDeltaTable(spark, path):
        contract = load_contract(name)

        def create() -> None:
            if DeltaTable.isDeltaTable(spark, path):
                return
            builder = (
                DeltaTable.createIfNotExists(spark).location(path).addColumns(contract.spark_schema)
            )
            builder = builder.property(DELETION_VECTORS, "true")
            columns = stats_columns(contract)
            if columns:
                builder = builder.property("delta.dataSkippingStatsColumns", ",".join(columns))
            else:
                builder = builder.property("delta.dataSkippingNumIndexedCols", "0")
            if contract.partition_by:
                builder = builder.partitionedBy(*contract.partition_by)
            try:
                builder.execute()
            except Exception as exc:
                if DeltaTable.isDeltaTable(spark, path):
                    return  # another writer created it meanwhile
                if any(code in str(exc) for code in CREATE_RACE_CODES):
                    raise CreateRace(f"{name} is being created by another writer") from exc
                raise

        with_conflict_retries(f"create {name}", create)
    return DeltaTable.forPath(spark, path)


def has_deletion_vectors(spark: SparkSession, path: str) -> bool:
    """Whether the table at `path` can hold deletion vectors (the table feature is on; the
    property may have been turned off since, leaving vectors behind)."""
    detail = DeltaTable.forPath(spark, path).detail().collect()[0]
    features = detail["tableFeatures"] or []
    return (
        "deletionVectors" in features
        or (detail["properties"] or {}).get(DELETION_VECTORS) == "true"
    )


def enable_deletion_vectors(spark: SparkSession, path: str) -> bool:
    """Turn deletion vectors on for an existing table (a protocol upgrade to reader 3 /
    writer 7 with the `deletionVectors` feature: Spark Delta ≥ 2.3 and delta-rs read it).
    Returns whether anything was changed."""
    properties = DeltaTable.forPath(spark, path).detail().collect()[0]["properties"] or {}
    if properties.get(DELETION_VECTORS) == "true":
        return False
    with_conflict_retries(
        "enable deletion vectors",
        lambda: spark.sql(
            f"ALTER TABLE delta.`{path}` SET TBLPROPERTIES ('{DELETION_VECTORS}' = 'true')"
        ).collect(),
    )
    return True


def purge(spark: SparkSession, path: str) -> int:
    """Rewrite every file of the table that has a deletion vector without its deleted rows
    (`REORG TABLE … APPLY (PURGE)`); returns files rewritten. The rewritten files leave the
    table's current version, so the next VACUUM deletes them, and with them the last bytes
    of rows a DELETE, MERGE or UPDATE removed. A table without deletion vectors has nothing
    to purge (its DELETEs already rewrote files)."""
    if not has_deletion_vectors(spark, path):
        return 0

    def run() -> int:
        rows = spark.sql(f"REORG TABLE delta.`{path}` APPLY (PURGE)").collect()
        metrics = rows[0]["metrics"] if rows and "metrics" in rows[0] else None
        return int(metrics["numFilesRemoved"]) if metrics is not None else 0

    return with_conflict_retries("purge", run)


def ensure_tables(spark: SparkSession, zones: tuple[str, ...] = ("quarantine", "ops")) -> None:
    """Create the shared tables of `zones` up front, so concurrent first writers never race
    to create them (each step calls this before its first write)."""
    for contract in all_contracts():
        if contract.zone in zones:
            ensure_table(spark, contract.name)


def merge(
    spark: SparkSession,
    name: str,
    df: DataFrame,
    update: bool = True,
    partition: dict[str, str | Sequence[str]] | None = None,
) -> int:
    """Upsert rows on the contract's keys, in one commit; returns rows inserted.

    `update=False` keeps rows already there untouched (bronze: first receipt wins).
    `partition` ({column: value or values}, every source row in them) confines the MERGE to
    those partitions of a shared table: it reads only their files, and writers of other
    partitions never conflict with it. Into a partitioned table without `partition`, the
    MERGE is confined to the partitions the rows name (`partition_values`: one more pass
    over the rows), so it never scans the whole table.
    """
    contract = load_contract(name)
    table = ensure_table(spark, name)
    source = conform(df, contract).dropDuplicates(list(contract.keys))
    if partition is None and contract.partition_by:
        found = partition_values(source, contract.partition_by)
        if not all(found.values()):
            return 0  # no rows
        partition = dict(found)
    condition = " AND ".join(f"t.`{k}` <=> s.`{k}`" for k in contract.keys)
    for column, value in (partition or {}).items():
        if column not in contract.partition_by:
            raise ValueError(f"{name}: {column} is not a partition column")
        condition = f"{_in_partition(column, value)} AND {condition}"

    def run() -> int:
        builder = table.alias("t").merge(source.alias("s"), condition)
        if update:
            builder = builder.whenMatchedUpdateAll()
        return inserted_rows(builder.whenNotMatchedInsertAll().execute())

    return with_conflict_retries(f"merge into {name}", run)


def replace_slice(spark: SparkSession, name: str, df: DataFrame, by: str) -> bool:
    """Write `df` as the whole of its `by` slice of the table (`by`: a column whose value
    names the source record every row came from, e.g. a register's `_sha256`), in one
    commit: `replaceWhere` on the rows' partitions and `by` values. Returns False, writing
    nothing, when the table holds any of the rows' keys outside that slice: then only a
    MERGE on the keys keeps them unique (the caller's fallback).

    A record's first landing (its keys new to the table, the common case) then costs a plain
    write instead of a MERGE, which joins the source against every file of the partition and
    materialises the source first: 30 s of 300k claims cases on 2 cores. The result is the
    MERGE's: the keys were not in the table, or only in rows of the same slice, which
    the MERGE would have overwritten; a re-run or an earlier partial landing of the same
    record is replaced, never doubled. The guard runs inside the retried write: a writer
    that commits to those partitions between the write's snapshot and its commit makes the
    commit conflict, and the guard is checked again. The guard is a read before the write's
    own transaction, though: two curations of one source at once, landing records that
    share keys under different `by` values, can both pass it. So after its commit each writer
    looks again (`_one_row_per_key`) when the log shows another commit after its guard: a
    key held by several slices of those partitions keeps only the row of the greatest `by`
    value, whichever writer looks first — both converge on the same table, as two MERGEs
    would on one row per key. (The writer that commits last always sees the gap.)"""
    contract = load_contract(name)
    path = table_path(name)
    ensure_table(spark, name)
    keys = list(contract.keys)
    source = conform(df, contract).dropDuplicates(keys)
    found = partition_values(source, [*contract.partition_by, by])
    if not all(found.values()):
        return True  # no rows: nothing to write
    where = " AND ".join(_in_partition(c, v, alias="") for c, v in found.items())
    partitions = {c: found[c] for c in contract.partition_by}
    in_partitions = _in_partitions(partitions, alias="")
    others = F.expr(f"NOT ({_in_partition(by, found[by], alias='')})")

    guarded_at: list[int | None] = [None]  # the table's version when the guard last ran

    def run() -> bool:
        guarded_at[0] = committed_version(name)
        held = read(spark, name).where(F.expr(in_partitions) & others).select(*keys)
        clash = (
            source.select(*keys)
            .alias("s")
            .join(held.alias("t"), _same_keys("s", "t", keys), "left_semi")
        )
        if clash.limit(1).count():
            return False
        writer = source.write.format("delta").mode("overwrite").option("replaceWhere", where)
        writer.save(path)
        return True

    written = with_conflict_retries(f"replace a slice of {name}", run)
    before, now = guarded_at[0], committed_version(name)
    if written and (before is None or now is None or now > before + 1):
        # another commit came between the guard and now: it may be a record that passed
        # the guard beside this one (only then is the table read again)
        _one_row_per_key(spark, name, source.select(*keys), keys, by, partitions)
    return written


def _one_row_per_key(
    spark: SparkSession,
    name: str,
    keys_df: DataFrame,
    keys: list[str],
    by: str,
    partitions: dict[str, list[str]],
) -> None:
    """Delete, for each of `keys_df`'s keys that several `by` slices of the partitions hold
    (a concurrent writer's record passed the same guard), every row but the one of the
    greatest `by` value. Nothing is read twice when no key is shared (the usual case: one
    semi-join of the written keys against the partitions, then done)."""
    rows = read(spark, name).where(F.expr(_in_partitions(partitions, alias=""))).select(*keys, by)
    mine = rows.alias("t").join(keys_df.alias("s"), _same_keys("t", "s", keys), "left_semi")
    shared = mine.groupBy(*keys).agg(F.countDistinct(by).alias("_slices"), F.max(by).alias("_keep"))
    losers = (
        mine.alias("m")
        .join(shared.where("_slices > 1").alias("d"), _same_keys("m", "d", keys))
        .where(F.col(f"m.`{by}`") < F.col("d._keep"))
        .select(*[F.col(f"m.`{k}`").alias(k) for k in keys], F.col(f"m.`{by}`").alias(by))
        .distinct()
        .cache()
    )
    try:
        if losers.limit(1).count() == 0:
            return
        on = " AND ".join([*(f"t.`{k}` <=> s.`{k}`" for k in keys), f"t.`{by}` = s.`{by}`"])
        with_conflict_retries(
            f"keep one row per key in {name}",
            lambda: (
                DeltaTable.forPath(spark, table_path(name))
                .alias("t")
                .merge(losers.alias("s"), f"({on}) AND {_in_partitions(partitions)}")
                .whenMatchedDelete()
                .execute()
            ),
        )
        log.warning("%s: a concurrent landing shared keys; kept one row per key", name)
    finally:
        losers.unpersist()


def inserted_rows(metrics: DataFrame) -> int:
    """Rows a MERGE inserted, from the metrics frame its `execute()` returns (computed with
    the commit, a local relation). Reading them from the table's history instead cost two
    log reads per MERGE (~0.2 s each, warm, on 2 cores), and could see another writer's
    commit as the last one."""
    rows = metrics.select("num_inserted_rows").collect()
    return int(rows[0]["num_inserted_rows"] or 0) if rows else 0


def partition_values(df: DataFrame, columns: Sequence[str]) -> dict[str, list[str]]:
    """The distinct values of each partition column in `df` (sorted), for `merge`'s
    `partition`. A row without a value could go to no named partition: refused."""
    found: dict[str, set[str]] = {c: set() for c in columns}
    for row in df.select(*columns).distinct().collect():
        for column in columns:
            if row[column] is None:
                raise ValueError(f"a row has no value for the partition column {column}")
            found[column].add(str(row[column]))
    return {c: sorted(v) for c, v in found.items()}


def _in_partition(column: str, value: str | Sequence[str], alias: str = "t.") -> str:
    """`t.column = 'v'`, or `t.column IN ('v1', 'v2')`: a target-only predicate, which
    Delta uses both to skip the other partitions' files and as the MERGE's read predicate
    (what a concurrent commit is checked against)."""
    values = [value] if isinstance(value, str) else list(value)
    if len(values) == 1:
        return f"{alias}`{column}` = '{_sql_literal(values[0])}'"
    listed = ", ".join(f"'{_sql_literal(v)}'" for v in values)
    return f"{alias}`{column}` IN ({listed})"


def _in_partitions(values: dict[str, list[str]], alias: str = "t.") -> str:
    """Every partition column within its values («true» for an unpartitioned table)."""
    return " AND ".join(_in_partition(c, v, alias=alias) for c, v in values.items()) or "true"


def _same_keys(left: str, right: str, keys: Sequence[str]) -> list[Column]:
    """Join conditions: each key of `left` equal to `right`'s, nulls equal too."""
    return [F.col(f"{left}.`{k}`").eqNullSafe(F.col(f"{right}.`{k}`")) for k in keys]


def _sql_literal(value: str) -> str:
    if "'" in value or "\\" in value:
        raise ValueError(f"partition value {value!r} cannot be a SQL literal")
    return value


def append(spark: SparkSession, name: str, df: DataFrame) -> None:
    """A blind append in one commit, for rows keyed by a run id nobody else writes (the ops
    records of one run): cheaper than a MERGE, and blind appends never conflict. A column a
    contract gained since the table was made is added to it (`mergeSchema`)."""
    ensure_table(spark, name)
    rows = conform(df, load_contract(name))
    writer = rows.write.format("delta").mode("append").option("mergeSchema", "true")
    with_conflict_retries(f"append to {name}", lambda: writer.save(table_path(name)))


def overwrite(spark: SparkSession, name: str, df: DataFrame) -> None:
    contract = load_contract(name)
    ensure_table(spark, name)
    rows = conform(df, contract)
    with_conflict_retries(
        f"overwrite {name}",
        lambda: rows.write.format("delta").mode("overwrite").save(table_path(name)),
    )


def replace_schema(spark: SparkSession, name: str, df: DataFrame) -> None:
    """Rewrite a table under its contract's current schema and partitioning (migrations)."""
    contract = load_contract(name)
    writer = conform(df, contract).write.format("delta").mode("overwrite")
    writer = writer.option("overwriteSchema", "true")
    if contract.partition_by:
        writer = writer.partitionBy(*contract.partition_by)
    writer.save(table_path(name))


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


_COMMIT_FILE = re.compile(r"^(\d{20})\.json$")


def committed_version(name: str) -> int | None:
    """The table's latest committed version, from its transaction log's file names (no
    Spark job: a commit is a `<version>.json` written atomically); None when it has none."""
    from ozero import objects

    found = [int(m.group(1)) for f in objects.list_dir(f"{table_path(name)}/_delta_log")
             if (m := _COMMIT_FILE.match(f))]  # fmt: skip
    return max(found, default=None)


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
