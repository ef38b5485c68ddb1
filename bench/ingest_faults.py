"""Ingest a default-size world with and without faults: wall time, slowdown, exact accounting.

Usage: OZERO_SPARK_DRIVER_MEMORY=1g .venv/bin/python bench/ingest_faults.py [--repeat 3] [--json]

Every run uses a fresh lake, the same world and an in-process simulator; a small warm-up
ingestion first keeps Spark's start-up and JIT out of the timings. Clean and faulty runs
alternate (clean, faulty, clean, faulty, ...) so a load spike from other work on the machine
hits both; the slowdown is the ratio of the medians, with the load average around each run. Ingest time is
REMD + OMS + PACS (QIDO-RS/WADO-RS) into bronze; curate time (bronze → silver/quarantine) is reported for the
accounting, not for the slowdown.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
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
SOURCES = ("remd", "oms", "pacs")  # NSI has no faults of its own worth timing here


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
    from ozero.sources.registry import get_source
    from ozero.spark import get_spark

    load_before = os.getloadavg()[0]
    server, url = _serve(seed, patients, documents, faults)
    os.environ["OZERO_LAKE_URI"] = tempfile.mkdtemp(prefix="ozero-bench-")
    os.environ["OZERO_SIMULATOR_URL"] = url
    try:
        t0 = time.perf_counter()
        ingested = {s: pipeline.ingest(s, *INTERVAL) for s in SOURCES}
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        curated = {s: pipeline.curate_source(s) for s in SOURCES}
        curate_s = time.perf_counter() - t0
    finally:
        server.shutdown()
        server.server_close()
    spark = get_spark()
    out: dict[str, Any] = {
        "faults": faults or None,
        "ingest_s": ingest_s,
        "curate_s": curate_s,
        "load1_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    for source in SOURCES:
        src = get_source(source)
        bronze, silver = src.bronze, src.silver
        rep, cur = ingested[source], curated[source]
        total, accounted = runs.bronze_accounting(spark, src)
        quarantined = (
            lake.read(spark, "quarantine.records").where(f"source_table = '{bronze}'").count()
        )
        out[source] = {
            "received": rep["received"],
            "distinct_received": rep["extra"]["distinct_received"],
            "in_bronze": lake.read(spark, bronze).count(),
            "requests": rep["requests"],
            "retries": rep["retries"],
            "silver_rows": sum(  # REMD curates into more than one silver table
                lake.read(spark, t).count() for t in silver
            ),
            "quarantined": quarantined,
            "quarantined_parse": cur["quarantined_parse"],
            "bronze_accounted": f"{accounted}/{total}",
            "received_eq_bronze": rep["extra"]["distinct_received"]
            == lake.read(spark, bronze).count(),
            "bronze_eq_silver_plus_quarantine": accounted == total,
        }
    return out


def _progress(name: str, run: dict[str, Any]) -> None:
    """Each run as it ends (stderr), so a long benchmark on a busy box leaves numbers."""
    print(f"{name}: {json.dumps(run)}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--patients", type=int, default=150)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--faults", default=DEFAULT_FAULTS)
    parser.add_argument("--repeat", type=int, default=3, help="clean/faulty pairs (median)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "be" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench")

    run_once(args.seed, 20, 20, "")  # warm-up: Spark start, JIT, Delta classes
    clean, faulty = [], []
    for _ in range(args.repeat):  # alternate so machine load hits both alike
        clean.append(run_once(args.seed, args.patients, args.documents, ""))
        _progress("clean", clean[-1])
        faulty.append(run_once(args.seed, args.patients, args.documents, args.faults))
        _progress("faulty", faulty[-1])
    clean_s = statistics.median(r["ingest_s"] for r in clean)
    faulty_s = statistics.median(r["ingest_s"] for r in faulty)
    result = {
        "documents": args.documents,
        "repeat": args.repeat,
        "clean_ingest_s": [round(r["ingest_s"], 1) for r in clean],
        "faulty_ingest_s": [round(r["ingest_s"], 1) for r in faulty],
        "clean_median_s": clean_s,
        "faulty_median_s": faulty_s,
        "slowdown": faulty_s / clean_s,
        "clean": clean,
        "faulty": faulty,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"world: seed {args.seed}, {args.documents} documents; faults: {args.faults}")
    for name, runs_ in (("clean", clean), ("faulty", faulty)):
        for r in runs_:
            print(
                f"{name:>6}: ingest {r['ingest_s']:.1f} s, curate {r['curate_s']:.1f} s, "
                f"load1 {r['load1_before_after']}"
            )
            for source in SOURCES:
                print(f"        {source}: {json.dumps(r[source])}")
    print(f"median ingest: clean {clean_s:.1f} s, faulty {faulty_s:.1f} s")
    print(f"slowdown (ingest, median faulty / median clean): {result['slowdown']:.2f}x")


if __name__ == "__main__":
    main()
