"""Structured de-identification cost: `apply_plan` on a claims table vs a plain Delta copy.

Input is the cases table of `bench.claims_ingest floor` (`claims_floor/cases.parquet`), turned once
into a Delta table with a birth date and region per patient (a ZL_LIST carries neither; the
personal data list does), so all three structured actions run: keyed pseudonyms (HMAC in
Spark built-ins), per-patient date shift, age band / region generalisation. No free text:
this isolates what the JVM-side plan costs over the I/O floor.

    .venv/bin/python -m bench.claims_ingest floor      # makes the input Parquet
    OZERO_SPARK_DRIVER_MEMORY=6g .venv/bin/python -m bench.structured_deid
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from typing import Any

from bench.claims_data import bench_dir, save_result

_CONTRACT: dict[str, Any] = {
    "zone": "silver",
    "table": "bench_claims_structured",
    "keys": ["case_pid"],
    "columns": [
        {"name": "case_pid", "type": "string", "privacy": "direct_identifier",
         "action": "pseudonymise", "source": "case_key", "params": {"domain": "oms-case"}},
        {"name": "patient_pid", "type": "string", "privacy": "direct_identifier",
         "action": "pseudonymise", "source": "enp", "params": {"domain": "enp"}},
        {"name": "register_id", "type": "string", "privacy": "safe", "source": "register_id"},
        {"name": "lpu", "type": "string", "privacy": "safe", "source": "lpu"},
        {"name": "usl_ok", "type": "string", "privacy": "safe", "source": "usl_ok"},
        {"name": "vidpom", "type": "string", "privacy": "safe", "source": "vidpom"},
        {"name": "case_start_date", "type": "date", "privacy": "quasi_identifier",
         "action": "date_shift", "source": "date_z_1", "params": {"patient": "patient_pid"}},
        {"name": "case_end_date", "type": "date", "privacy": "quasi_identifier",
         "action": "date_shift", "source": "date_z_2", "params": {"patient": "patient_pid"}},
        {"name": "age_band", "type": "string", "privacy": "quasi_identifier",
         "action": "generalise", "source": "birth_date",
         "params": {"method": "age_band", "relative_to": "date_z_1"}},
        {"name": "region", "type": "string", "privacy": "quasi_identifier",
         "action": "generalise", "source": "region_code", "params": {"method": "region"}},
        {"name": "ds1", "type": "string", "privacy": "sensitive", "source": "ds1"},
        {"name": "rslt", "type": "string", "privacy": "safe", "source": "rslt"},
        {"name": "ishod", "type": "string", "privacy": "safe", "source": "ishod"},
        {"name": "sumv", "type": "double", "privacy": "safe", "source": "sumv"},
        {"name": "service_codes", "type": "array<string>", "privacy": "safe",
         "source": "service_codes"},
    ],
    "dropped": ["register_filename", "n_zap", "idcase", "sl_id", "id_pac", "date_1", "date_2",
                "sum_m", "comment", "vpolis", "st_okato", "smo", "for_pom", "idsp", "prvs",
                "sex", "novor", "extra"],
}  # fmt: skip


def _prepare_input(spark, parquet: str, target: str) -> int:
    """Flat rows + case key, a stable synthetic birth date (18-95 y) and region, as Delta."""
    from pyspark.sql import functions as F

    df = spark.read.parquet(parquet)
    df = df.select([name for name, kind in df.dtypes if kind != "void"])  # all-null columns
    age_days = F.pmod(F.xxhash64("enp"), F.lit(77 * 365)) + F.lit(18 * 365)
    prepared = (
        df.withColumn("register_id", F.lit("HM770112T77_26011"))
        .withColumn("case_key", F.concat_ws("/", "register_filename", "idcase", "sl_id"))
        .withColumn(
            "birth_date", F.date_sub(F.lit("2026-01-01").cast("date"), age_days.cast("int"))
        )
        .withColumn("region_code", F.substring("enp", 1, 2))
    )
    shutil.rmtree(target, ignore_errors=True)
    prepared.write.format("delta").save(target)
    return spark.read.format("delta").load(target).count()


def _timed_write(df, target: str) -> float:
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    df.write.format("delta").save(target)
    return time.perf_counter() - started


def run() -> dict[str, Any]:
    os.environ.setdefault("OZERO_LAKE_URI", str(bench_dir() / "lake"))
    from ozero.config import get_settings
    from ozero.contracts import parse_contract
    from ozero.deid.keys import PseudonymKey
    from ozero.deid.plan import FOUND_COLUMN, apply_plan
    from ozero.spark import build_spark

    settings = get_settings()
    spark = build_spark(settings, app_name="bench-structured-deid")
    base = bench_dir()
    source = str(base / "claims_structured_in")
    rows = _prepare_input(spark, str(base / "claims_floor" / "cases.parquet"), source)
    contract = parse_contract(_CONTRACT, "bench")
    key = PseudonymKey(key_id="bench", secret=b"b" * 32)

    floor_s = _timed_write(spark.read.format("delta").load(source), str(base / "structured_floor"))
    plan = apply_plan(spark.read.format("delta").load(source), contract, key).drop(FOUND_COLUMN)
    deid_s = _timed_write(plan, str(base / "structured_deid"))
    out = spark.read.format("delta").load(str(base / "structured_deid"))
    nulls = out.where("patient_pid IS NULL OR case_start_date IS NULL OR age_band IS NULL").count()
    spark.stop()
    return {
        "rows": rows,
        "floor_seconds": round(floor_s, 2),
        "floor_rows_per_s": round(rows / floor_s),
        "deid_seconds": round(deid_s, 2),
        "deid_rows_per_s": round(rows / deid_s),
        "deid_over_floor_time": round(deid_s / floor_s, 2),
        "deid_rows_with_null_pid_date_or_band": nulls,
        "driver_memory": settings.spark_driver_memory,
        "spark_master": settings.spark_master,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "note": "single run, no repeats; compare runs only at similar load",
    }


def main() -> None:
    argparse.ArgumentParser(description="structured de-identification benchmark").parse_args()
    result = run()
    save_result("structured_deid", result)
    print(f"{'step':30} {'rows':>9} {'seconds':>9} {'rows/s':>9}")
    print(
        f"{'floor: Delta read → write':30} {result['rows']:>9} "
        f"{result['floor_seconds']:>9} {result['floor_rows_per_s']:>9}"
    )
    print(
        f"{'apply_plan → Delta':30} {result['rows']:>9} "
        f"{result['deid_seconds']:>9} {result['deid_rows_per_s']:>9}"
    )
    print(f"de-identification takes {result['deid_over_floor_time']}x the floor's time")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
