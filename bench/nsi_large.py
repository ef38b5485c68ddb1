"""Ingest and curate a synthetic FNSI directory of ~1M rows: wall time and peak memory.

Usage: OZERO_SPARK_DRIVER_MEMORY=2g .venv/bin/python bench/nsi_large.py [--rows 1000000] [--json]

The in-process simulator synthesizes the directory page by page (nothing is stored), the
connector lands it in bronze a few pages per commit, and curation parses it inside Spark
tasks. Peak RSS is reported for the Python driver (which also hosts the simulator) and for
the Spark JVM: run it with two sizes to see that the Python driver's peak does not grow with
the directory (the JVM's is bounded by its heap setting).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _peak_rss_mb(pid: int) -> float | None:
    """VmHWM (peak resident set) of a process, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def jvm_peak_rss_mb() -> float | None:
    for pid in _descendants(os.getpid()):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"java" in cmdline.split(b"\0")[0]:
            return _peak_rss_mb(pid)
    return None


def run(rows: int, page_size: int, pages_per_commit: int) -> dict[str, Any]:
    os.environ["OZERO_SIM_NSI_SYNTHETIC_ROWS"] = str(rows)
    os.environ["OZERO_NSI_PAGE_SIZE"] = str(page_size)
    os.environ["OZERO_NSI_PAGES_PER_COMMIT"] = str(pages_per_commit)
    os.environ["OZERO_LAKE_URI"] = tempfile.mkdtemp(prefix="ozero-bench-nsi-")

    from ozero import lake
    from ozero.curate.nsi import curate_nsi
    from ozero.simulator.reference import SYNTHETIC_OID
    from ozero.simulator.server import make_server
    from ozero.sources.nsi import ingest_nsi
    from ozero.spark import get_spark

    server = make_server(port=0, patients=5, documents=5)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ["OZERO_SIMULATOR_URL"] = f"http://127.0.0.1:{server.server_address[1]}"
    spark = get_spark()
    rss_after_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load_before = os.getloadavg()[0]
    try:
        t0 = time.perf_counter()
        report = ingest_nsi(spark, [SYNTHETIC_OID])
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        curated = curate_nsi(spark, "bench")
        curate_s = time.perf_counter() - t0
    finally:
        server.shutdown()
        server.server_close()
    silver_rows = lake.read(spark, "silver.nsi_rows").count()
    return {
        "rows": rows,
        "page_size": page_size,
        "pages_per_commit": pages_per_commit,
        "bronze_pages": report.landed_new,
        "bronze_commits": lake.version(spark, "bronze.nsi_pages"),
        "ingest_s": round(ingest_s, 1),
        "ingest_rows_per_s": round(rows / ingest_s),
        "curate_s": round(curate_s, 1),
        "curate_rows_per_s": round(rows / curate_s),
        "silver_rows": silver_rows,
        "parsed": curated.parsed,
        "python_peak_rss_mb_after_spark_start": round(rss_after_start),
        "python_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "jvm_peak_rss_mb": round(jvm_peak_rss_mb() or 0),
        "spark_driver_memory": os.environ.get("OZERO_SPARK_DRIVER_MEMORY", "4g"),
        "load1_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--pages-per-commit", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.rows, args.page_size, args.pages_per_commit)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>40}: {value}")


if __name__ == "__main__":
    main()
