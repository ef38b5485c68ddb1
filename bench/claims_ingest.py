"""Claims ingest throughput: ZL_LIST XML → flat rows, against the cost of Ozero's silver path.

Each step runs in its own process (so peak RSS is the step's own) and saves
`bench/results/claims_ingest_<step>.json`; `report` prints the table.

    floor          stream-parse (`iter_cases`) → plain Parquet with pyarrow, 50k-row batches
    parse-zl-list  today's `parse_zl_list(bytes)` on the whole file: is memory bounded?
    silver         stream-parse in Spark → `apply_plan` (silver.oms_cases contract, real
                   scrubber) → Delta. `--comments none` nulls comments (scrubber idle);
                   `--comments keep --limit N` scrubs real comments on the first N cases.

    .venv/bin/python -m bench.claims_data --cases 1000000
    .venv/bin/python -m bench.claims_ingest floor
    .venv/bin/python -m bench.claims_ingest parse-zl-list
    OZERO_SPARK_DRIVER_MEMORY=6g .venv/bin/python -m bench.claims_ingest silver --comments none
    OZERO_SPARK_DRIVER_MEMORY=6g .venv/bin/python -m bench.claims_ingest silver \
        --comments keep --limit 20000
    .venv/bin/python -m bench.claims_ingest report
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.claims_data import (
    bench_dir,
    cpu_seconds,
    ensure_register,
    peak_rss_mb,
    results_dir,
    save_result,
)

BATCH_ROWS = 50_000
LIST_FIELD = "service_codes"


def _fields() -> tuple[str, ...]:
    from ozero.curate.oms import OMS_CASE_FIELDS

    return OMS_CASE_FIELDS


def _arrow_schema():
    import pyarrow as pa

    return pa.schema(
        [(f, pa.list_(pa.string()) if f == LIST_FIELD else pa.string()) for f in _fields()]
    )


def iter_batches(path: str, rows: int, limit: int | None = None) -> Iterator[list[dict]]:
    """Cases from the file in lists of `rows`, stopping after `limit` cases."""
    from ozero.formats.oms_stream import iter_cases

    batch: list[dict] = []
    for n, case in enumerate(iter_cases(path), start=1):
        batch.append(case)
        if len(batch) >= rows:
            yield batch
            batch = []
        if limit is not None and n >= limit:
            break
    if batch:
        yield batch


def run_floor(meta: dict[str, Any]) -> dict[str, Any]:
    """The least any XML → columnar ingest can cost: parse + Parquet, nothing else."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    fields = _fields()
    out = bench_dir() / "claims_floor.parquet"
    rows = 0
    write_s = 0.0
    started = time.perf_counter()
    with pq.ParquetWriter(out, schema) as writer:
        for batch in iter_batches(meta["path"], BATCH_ROWS):
            t0 = time.perf_counter()
            columns = {f: [c[f] for c in batch] for f in fields}
            writer.write_batch(pa.record_batch(columns, schema=schema))
            write_s += time.perf_counter() - t0
            rows += len(batch)
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "cpu_seconds": round(cpu_seconds(), 1),
        "parse_seconds": round(seconds - write_s, 2),
        "arrow_parquet_seconds": round(write_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "output_bytes": out.stat().st_size,
    }


def run_parse_zl_list(meta: dict[str, Any]) -> dict[str, Any]:
    """Today's parser: the whole register as bytes in, every case in one list out."""
    from ozero.formats.oms import parse_zl_list

    before = peak_rss_mb()
    started = time.perf_counter()
    data = Path(meta["path"]).read_bytes()
    after_read = peak_rss_mb()
    rows = len(parse_zl_list(data)["cases"])
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "cpu_seconds": round(cpu_seconds(), 1),
        "rss_before_mb": round(before, 1),
        "rss_after_read_mb": round(after_read, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "input_bytes": meta["bytes"],
    }


def _spark_cases(spark, meta: dict[str, Any], limit: int | None):
    """One Spark row per SL, parsed by `iter_cases` inside a single Python task."""
    from pyspark.sql import types as T

    fields = _fields()
    schema = T.StructType(
        [
            T.StructField(f, T.ArrayType(T.StringType()) if f == LIST_FIELD else T.StringType())
            for f in fields
        ]
    )
    path = meta["path"]

    def parse(frames):
        import pandas as pd

        for _ in frames:
            for batch in iter_batches(path, BATCH_ROWS, limit):
                yield pd.DataFrame(batch, columns=list(fields))

    return spark.range(1).repartition(1).mapInPandas(parse, schema)


def run_silver(meta: dict[str, Any], comments: str, limit: int | None) -> dict[str, Any]:
    """Parse → same prepare as `curate_oms` → `apply_plan` → Delta, timed end to end."""
    os.environ.setdefault("OZERO_LAKE_URI", str(bench_dir() / "lake"))
    from pyspark.sql import functions as F

    from ozero.config import get_settings
    from ozero.contracts import load_contract
    from ozero.deid.keys import PseudonymKey
    from ozero.deid.plan import apply_plan
    from ozero.spark import build_spark

    settings = get_settings()
    spark = build_spark(settings, app_name="bench-claims-ingest")
    key = PseudonymKey(key_id="bench", secret=b"b" * 32)
    known = spark.read.parquet(str(Path(meta["path"]).with_suffix(".patients.parquet")))
    cases = _spark_cases(spark, meta, limit)
    if comments == "none":
        cases = cases.withColumn("comment", F.lit(None).cast("string"))
    prepared = (
        cases.repartition(spark.sparkContext.defaultParallelism)
        .withColumn("register_id", F.lit(meta["register_id"]))
        .withColumn("_sha256", F.lit(meta["sha256"]))
        .withColumn("_batch_id", F.lit("bench"))
        .withColumn("deid_key_id", F.lit(key.key_id))
        .withColumn("case_key", F.concat_ws("/", "register_filename", "idcase", "sl_id"))
        .join(F.broadcast(known), "enp", "left")
    )
    silver = apply_plan(prepared, load_contract("silver.oms_cases"), key)
    out = bench_dir() / f"silver_oms_cases_{comments}"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    silver.write.format("delta").mode("overwrite").save(str(out))
    seconds = time.perf_counter() - started
    written = spark.read.format("delta").load(str(out))
    rows = written.count()
    with_comment = written.where(F.col("comment").isNotNull()).count()
    scrubbed = written.where(F.size("_deid_found") > 0).count()
    spark.stop()
    return {
        "rows": rows,
        "rows_with_comment": with_comment,
        "rows_with_findings": scrubbed,
        "comments": comments,
        "limit": limit,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "driver_memory": settings.spark_driver_memory,
        "spark_master": settings.spark_master,
        "driver_python_peak_rss_mb": round(peak_rss_mb(), 1),
    }


def _load(step: str) -> dict[str, Any] | None:
    path = results_dir() / f"claims_ingest_{step}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def report() -> None:
    floor = _load("floor")
    rows = [
        ("floor: iter_cases → Parquet", floor),
        ("parse_zl_list(bytes), parse only", _load("parse_zl_list")),
        ("silver, comments nulled", _load("silver_none")),
        ("silver, comments scrubbed", _load("silver_keep")),
    ]
    print(f"{'step':38} {'rows':>9} {'seconds':>9} {'rows/s':>9} {'vs floor':>9} {'peak RSS':>10}")
    for name, r in rows:
        if r is None:
            print(f"{name:38} {'(not run)':>9}")
            continue
        ratio = f"{floor['rows_per_s'] / r['rows_per_s']:.1f}x" if floor else "-"
        rss = r.get("peak_rss_mb") or r.get("driver_python_peak_rss_mb")
        print(
            f"{name:38} {r['rows']:>9} {r['seconds']:>9} {r['rows_per_s']:>9} {ratio:>9} "
            f"{rss:>8} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="claims ingest benchmark")
    parser.add_argument("step", choices=["floor", "parse-zl-list", "silver", "report"])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--comments", choices=["none", "keep"], default="none")
    parser.add_argument("--limit", type=int, default=None, help="silver: first N cases only")
    args = parser.parse_args()
    if args.step == "report":
        report()
        return
    meta = ensure_register(args.cases)
    if args.step == "floor":
        name, result = "floor", run_floor(meta)
    elif args.step == "parse-zl-list":
        name, result = "parse_zl_list", run_parse_zl_list(meta)
    else:
        name, result = f"silver_{args.comments}", run_silver(meta, args.comments, args.limit)
    result.update(
        step=name,
        input_cases=meta["cases"],
        input_bytes=meta["bytes"],
        input_cases_with_comment=meta["cases_with_comment"],
        note="2-core machine shared with other engineers' test runs; single run, no repeats",
    )
    save_result(f"claims_ingest_{name}", result)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
