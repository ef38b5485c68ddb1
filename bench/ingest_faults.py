"""Ingest a default-size world with and without faults: wall time, slowdown, exact accounting.

Usage: OZERO_SPARK_DRIVER_MEMORY=1g .venv/bin/python bench/ingest_faults.py [--json]

Both runs use a fresh lake, the same world and an in-process simulator; a small warm-up
ingestion first keeps Spark's start-up and JIT out of the clean run's time. Ingest time is
REMD + OMS into bronze; curate time (bronze → silver/quarantine) is reported for the
accounting, not for the slowdown.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from typing import Any

# 10% of requests fail (mixed transport faults, 429 with the default Retry-After: 1), plus
# a few data faults that must end in quarantine rather than in silver.
DEFAULT_FAULTS = (
    "error=0.03,throttle=0.03,truncate=0.02,drop=0.02,"
    "malformed=0.01,duplicate=0.02,encoding=0.1,seed=1"
)
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")


def _serve(seed: int, patients: int, documents: int, faults: str) -> tuple[Any, str]:
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server

    plan = FaultPlan.parse(faults) if faults else None
    server = make_server(port=0, seed=seed, patients=patients, documents=documents, faults=plan)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def run_once(seed: int, patients: int, documents: int, faults: str) -> dict[str, Any]:
    """Fresh lake, fresh simulator: ingest (timed), curate, and the accounting from the lake."""
    from ozero import lake, pipeline, runs
    from ozero.spark import get_spark

    server, url = _serve(seed, patients, documents, faults)
    os.environ["OZERO_LAKE_URI"] = tempfile.mkdtemp(prefix="ozero-bench-")
    os.environ["OZERO_SIMULATOR_URL"] = url
    try:
        t0 = time.perf_counter()
        ingested = {s: pipeline.ingest(s, *INTERVAL) for s in ("remd", "oms")}
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        curated = {s: pipeline.curate_source(s) for s in ("remd", "oms")}
        curate_s = time.perf_counter() - t0
    finally:
        server.shutdown()
        server.server_close()
    spark = get_spark()
    out: dict[str, Any] = {"faults": faults or None, "ingest_s": ingest_s, "curate_s": curate_s}
    for source, (bronze, silver) in runs.CURATED.items():
        rep, cur = ingested[source], curated[source]
        total, accounted = runs.bronze_accounting(spark, bronze, silver)
        quarantined = (
            lake.read(spark, "quarantine.records").where(f"source_table = '{bronze}'").count()
        )
        out[source] = {
            "received": rep["received"],
            "distinct_received": rep["extra"]["distinct_received"],
            "in_bronze": lake.read(spark, bronze).count(),
            "requests": rep["requests"],
            "retries": rep["retries"],
            "silver_rows": lake.read(spark, silver).count(),
            "quarantined": quarantined,
            "quarantined_parse": cur["quarantined_parse"],
            "bronze_accounted": f"{accounted}/{total}",
            "received_eq_bronze": rep["extra"]["distinct_received"]
            == lake.read(spark, bronze).count(),
            "bronze_eq_silver_plus_quarantine": accounted == total,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--patients", type=int, default=150)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--faults", default=DEFAULT_FAULTS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "be" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench")

    run_once(args.seed, 20, 20, "")  # warm-up: Spark start, JIT, Delta classes
    clean = run_once(args.seed, args.patients, args.documents, "")
    faulty = run_once(args.seed, args.patients, args.documents, args.faults)
    result = {
        "documents": args.documents,
        "clean": clean,
        "faulty": faulty,
        "slowdown": faulty["ingest_s"] / clean["ingest_s"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"world: seed {args.seed}, {args.documents} documents; faults: {args.faults}")
    for name, r in (("clean", clean), ("faulty", faulty)):
        print(f"{name:>6}: ingest {r['ingest_s']:.1f} s, curate {r['curate_s']:.1f} s")
        for source in ("remd", "oms"):
            print(f"        {source}: {json.dumps(r[source])}")
    print(f"slowdown (ingest, faulty / clean): {result['slowdown']:.2f}x")


if __name__ == "__main__":
    main()
