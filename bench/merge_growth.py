"""Silver MERGE cost as the table grows: does a day's batch cost more in a year's lake?

Every curated batch lands with `lake.merge` on the contract keys. The keys of silver
tables are keyed HMACs (pseudonyms), spread uniformly, so no file statistic can tell
Delta which target files a batch's keys may hit: an open-source Delta MERGE joins the
batch with every file of the table. The bench grows `silver.oms_services` (the widest
national table: ~2 services per case) with synthetic rows shaped by its contract and
times one MERGE of a fixed batch of new keys (plus a share of keys already there, as a
re-sent register brings) at each size. The figure feeds the capacity model: a national
year is ~1.6 billion services.

    OZERO_SPARK_DRIVER_MEMORY=4g .venv/bin/python -m bench.merge_growth \
        --batch 300000 --sizes 0,1000000,3000000,6000000 [--json]

Results go to stdout (a table, or JSON with `--json`); progress to stderr. Besides
seconds (noisy on a shared box), each run reports the MERGE's Delta operation metrics:
target files removed and added, rows copied unchanged into rewritten files, and deletion
vectors added (with deletion vectors on, a matched row is marked deleted in place of
rewriting its file).

`--periods N` spreads the table over N reporting periods (`period`, the partition column
of the OMS silver tables: docs/capacity.md) and sends the batch to one of them, its re-sent
keys spread over that period (a key lives in its register's period only). `--layout
period` (the contract) partitions by it and the MERGE names the batch's period; `--layout
flat` makes the same table unpartitioned and MERGEs without it (the layout before the
period partition). Each run also reports what the MERGE's Spark stages read (rows and
bytes of input: target files scanned plus the batch), from Spark's status store.

    .venv/bin/python -m bench.merge_growth --periods 12 --layout flat \
        --batch 100000 --sizes 1200000 --resent 0.01 --spread --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

TABLE = "silver.oms_services"


PERIODS = 1  # reporting periods the rows spread over (`--periods`): row n is in n % PERIODS


def _period(n):  # noqa: ANN001, ANN202 - a Spark column
    """Row n's reporting period, 'YYYY-MM' counted from 2025-01."""
    from pyspark.sql import functions as F

    month = F.add_months(F.lit("2025-01-01").cast("date"), (n % PERIODS).cast("int"))
    return F.date_format(month, "yyyy-MM")


def _rows(spark, start: int, count: int, period: str | None = None):  # noqa: ANN001, ANN202
    """`count` synthetic service rows numbered from `start`: pseudonym-like keys (sha256 of
    the number), the contract's columns with plausible values; all in `period` if given."""
    rows = _rows_of(spark, spark.range(start, start + count))
    if period is not None:
        from pyspark.sql import functions as F

        rows = rows.withColumn("period", F.lit(period))
    return rows


def _rows_of(spark, ids):  # noqa: ANN001, ANN202 - Spark objects
    """The synthetic service row of each `id` of `ids` (a frame with a long `id`)."""
    from pyspark.sql import functions as F

    n = F.col("id")
    sha = lambda prefix: F.sha2(F.concat(F.lit(prefix), n.cast("string")), 256)  # noqa: E731
    return ids.select(
        sha("s").alias("service_pid"),
        sha("c").alias("case_pid"),
        F.sha2((n % 400_000).cast("string"), 256).alias("patient_pid"),
        F.concat(F.lit("HM"), (n % 5000).cast("string")).alias("register_id"),
        _period(n).alias("period"),
        F.concat(F.lit("A06.09."), (n % 900).cast("string")).alias("code_usl"),
        (n % 3000).cast("string").alias("lpu"),
        (n % 200).cast("string").alias("prvs"),
        F.date_add(F.lit("2026-01-01").cast("date"), (n % 365).cast("int")).alias(
            "service_start_date"
        ),
        F.date_add(F.lit("2026-01-01").cast("date"), (n % 365).cast("int")).alias(
            "service_end_date"
        ),
        F.lit(1).cast("decimal(18,2)").alias("quantity"),
        ((n % 9000) / 7).cast("decimal(18,2)").alias("tariff"),
        ((n % 9000) / 7).cast("decimal(18,2)").alias("price"),
        F.lit(None).cast("string").alias("extra"),
        F.lit("bench-key").alias("deid_key_id"),
        sha("r").alias("_sha256"),
        F.lit("bench").alias("_batch_id"),
    )


def _files(spark, path: str) -> int:  # noqa: ANN001
    from delta.tables import DeltaTable

    return int(DeltaTable.forPath(spark, path).detail().collect()[0]["numFiles"])


# Delta's MERGE operation metrics worth reporting: load-independent, unlike seconds.
METRICS = {
    "numTargetRowsUpdated": "rows_updated",
    "numTargetRowsCopied": "rows_copied",
    "numTargetFilesRemoved": "files_removed",
    "numTargetFilesAdded": "files_added",
    "numTargetDeletionVectorsAdded": "dvs_added",
    "numTargetBytesRemoved": "bytes_removed",
    "numTargetBytesAdded": "bytes_added",
}


def _period_name(index: int) -> str:
    year, month = divmod(index, 12)
    return f"{2025 + year}-{month + 1:02d}"


def _files_in(spark, path: str, period: str) -> int:  # noqa: ANN001
    """Files of the table holding rows of `period` (all of a flat table's, in practice)."""
    from pyspark.sql import functions as F

    files = spark.read.format("delta").load(path).where(F.col("period") == period)
    return files.select(F.input_file_name()).distinct().count()


def _merge_metrics(spark, path: str) -> dict:  # noqa: ANN001
    """The last commit's MERGE metrics (rewritten files, copied rows, deletion vectors)."""
    from delta.tables import DeltaTable

    last = DeltaTable.forPath(spark, path).history(1).collect()[0]
    if last["operation"] != "MERGE":
        return {}
    metrics = last["operationMetrics"] or {}
    return {out: int(metrics[key]) for key, out in METRICS.items() if key in metrics}


def _dvs_enabled(spark, path: str) -> bool:  # noqa: ANN001
    from delta.tables import DeltaTable

    properties = DeltaTable.forPath(spark, path).detail().collect()[0]["properties"] or {}
    return properties.get("delta.enableDeletionVectors") == "true"


class _StageInput:
    """Input rows and bytes of the Spark stages that ran since `start()`, from the live
    status store (kept even with the UI off): a scan of the target's files counts there."""

    def __init__(self, spark) -> None:  # noqa: ANN001
        self.sc = spark.sparkContext
        self.since = -1

    def _stages(self) -> list:
        gateway = self.sc._gateway
        store = self.sc._jsc.sc().statusStore()
        found = store.stageList(None, False, False, gateway.new_array(gateway.jvm.double, 0), None)
        out, it = [], found.iterator()
        while it.hasNext():
            out.append(it.next())
        return out

    def start(self) -> None:
        self.since = max((s.stageId() for s in self._stages()), default=-1)

    def read(self) -> dict:
        ran = [s for s in self._stages() if s.stageId() > self.since]
        return {
            "stages": len(ran),
            "input_rows": sum(int(s.inputRecords()) for s in ran),
            "input_bytes": sum(int(s.inputBytes()) for s in ran),
        }


def _flat() -> None:
    """The table as before the period partition: the contract without `partition_by`."""
    import dataclasses

    from ozero import lake

    load = lake.load_contract

    def unpartitioned(name: str):  # noqa: ANN202
        contract = load(name)
        return dataclasses.replace(contract, partition_by=()) if name == TABLE else contract

    lake.load_contract = unpartitioned  # type: ignore[assignment]


def run(
    batch: int,
    sizes: list[int],
    resent: float,
    spread: bool = False,
    periods: int = 1,
    layout: str = "period",
) -> list[dict]:
    from pyspark.sql import functions as F

    from ozero import lake
    from ozero.spark import get_spark

    global PERIODS
    PERIODS = periods
    if layout == "flat":
        _flat()
    spark = get_spark()
    stages = _StageInput(spark)
    target = periods - 1  # the batch's period: the latest one
    path = lake.table_path(TABLE)
    lake.ensure_table(spark, TABLE)
    results, rows_in_table, next_id = [], 0, 0
    for size in sizes:
        while rows_in_table < size:  # grow with plain appends, a day's batch at a time
            step = min(batch, size - rows_in_table)
            lake.append(spark, TABLE, _rows(spark, next_id, step))
            rows_in_table += step
            next_id += step
        files = _files(spark, path)
        old = int(batch * resent) if rows_in_table else 0
        period = _period_name(target) if periods > 1 else None
        source = _rows(spark, next_id, batch - old, period)
        if old and spread:  # one old key every `stride` rows of its period: in every file
            stride = max(1, rows_in_table // periods // old)
            old_ids = spark.range(0, old).select(
                (F.col("id") * stride * periods + target).alias("id")
            )
            source = source.unionByName(_rows_of(spark, old_ids))
        elif old:  # the newest keys, as a register re-sent the day after
            newest = spark.range(next_id - old * periods, next_id).where(
                F.col("id") % periods == target
            )
            source = source.unionByName(_rows_of(spark, newest))
        source = source.cache()
        source.count()  # the batch is cached upstream in `land`: time the MERGE alone
        flat = layout == "flat" or periods == 1
        stages.start()
        started = time.perf_counter()
        inserted = lake.merge(spark, TABLE, source, partition=None if flat else {"period": period})
        seconds = time.perf_counter() - started
        read = stages.read()
        source.unpersist()
        rows_in_table += inserted
        next_id += batch - old
        result = {
            "target_rows": size,
            "target_files": files,
            "batch_rows": batch,
            "resent_rows": old,
            "resent_from": ("whole " + ("period" if periods > 1 else "table"))
            if spread
            else "newest rows",
            "periods": periods,
            "layout": layout,
            "target_files_in_period": _files_in(spark, path, period) if period else files,
            **read,
            "inserted": inserted,
            "merge_s": round(seconds, 2),
            "load_1m": round(os.getloadavg()[0], 2),
            "deletion_vectors": _dvs_enabled(spark, path),
            **_merge_metrics(spark, path),
        }
        print(json.dumps(result), file=sys.stderr, flush=True)
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=300_000, help="rows per MERGE")
    parser.add_argument("--sizes", default="0,1000000,3000000,6000000", help="target rows")
    parser.add_argument("--resent", type=float, default=0.01, help="share of old keys")
    parser.add_argument(
        "--spread",
        action="store_true",
        help="re-sent keys spread over the whole table (default: the newest rows)",
    )
    parser.add_argument("--periods", type=int, default=1, help="reporting periods in the table")
    parser.add_argument(
        "--layout",
        choices=("period", "flat"),
        default="period",
        help="partitioned by period (the contract) or not (before the period partition)",
    )
    parser.add_argument("--json", action="store_true", help="JSON on stdout")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    scratch = Path(tempfile.mkdtemp(prefix="ozero-merge-growth-"))
    os.environ["OZERO_LAKE_URI"] = str(scratch / "lake")
    try:
        results = run(args.batch, sizes, args.resent, args.spread, args.periods, args.layout)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        print(json.dumps({"table": TABLE, "argv": argv or sys.argv[1:], "runs": results}, indent=2))
    else:
        print(
            "| target rows | files | batch | of which re-sent | MERGE s | load "
            "| files removed | files added | rows copied | DVs added |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            print(
                f"| {r['target_rows']:,} | {r['target_files']} | {r['batch_rows']:,} "
                f"| {r['resent_rows']:,} | {r['merge_s']} | {r['load_1m']} "
                f"| {r.get('files_removed', '')} | {r.get('files_added', '')} "
                f"| {r.get('rows_copied', '')} | {r.get('dvs_added', '')} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
