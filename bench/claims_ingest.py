"""Claims ingest throughput: ZL_LIST XML → flat rows, against the cost of Ozero's silver path.

Each step runs in its own process (so peak RSS is the step's own) and saves
`bench/results/claims_ingest_<step>.json`; `report` prints the table.

    floor          stream-parse (`iter_cases`) → the three flat tables (patients, cases,
                   services) as plain Parquet with pyarrow, 50k-case batches
    parse-zl-list  `parse_zl_list(bytes)` on the whole file: is memory bounded?
    silver         the real `curate_oms` on a bench lake whose bronze row points at the file:
                   streaming parse in Spark → per-case checks → `apply_plan` (real scrubber)
                   → GX → write (a new register's own slice, else MERGE) into
                   silver.oms_cases / oms_services / oms_patients. `digest`: each silver
                   table's content fingerprint in the lake `silver` left (before/after).
                   `--comments none` nulls comments (scrubber idle); `--comments keep`
                   scrubs them (use a small register: ~27 ms per comment).

    .venv/bin/python -m bench.claims_data --cases 1000000
    .venv/bin/python -m bench.claims_ingest floor
    .venv/bin/python -m bench.claims_ingest parse-zl-list
    OZERO_SPARK_DRIVER_MEMORY=4g .venv/bin/python -m bench.claims_ingest silver --comments none
    OZERO_SPARK_DRIVER_MEMORY=4g .venv/bin/python -m bench.claims_ingest silver \
        --comments keep --cases 20000
    .venv/bin/python -m bench.claims_ingest report
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import threading
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
SERVICE_FIELDS = ("case_key", "idserv", "code_usl", "date_in", "date_out", "sumv_usl", "extra")
PATIENT_FIELDS = ("zap_key", "enp", "id_pac", "sex", "birth_date", "st_okato", "smo")


def _case_fields() -> tuple[str, ...]:
    from ozero.curate.oms import OMS_CASE_FIELDS

    return ("case_key", *OMS_CASE_FIELDS)


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


def flatten(batch: list[dict]) -> tuple[dict, dict, dict]:
    """The three tables' columns for a batch of parsed cases (the silver tables' shape)."""
    cases: dict[str, list] = {f: [] for f in _case_fields()}
    cases["service_codes"] = []
    services: dict[str, list] = {f: [] for f in SERVICE_FIELDS}
    patients: dict[str, list] = {f: [] for f in PATIENT_FIELDS}
    seen: set[str] = set()
    for c in batch:
        case_key = f"{c['register_filename']}/{c['idcase']}/{c['sl_id']}"
        zap_key = f"{c['register_filename']}/{c['n_zap']}"
        for f in cases:
            cases[f].append(case_key if f == "case_key" else c.get(f))
        for s in c["services"]:
            for f in SERVICE_FIELDS:
                services[f].append(case_key if f == "case_key" else s.get(f))
        if zap_key not in seen:
            seen.add(zap_key)
            for f in PATIENT_FIELDS:
                patients[f].append(zap_key if f == "zap_key" else c.get(f))
    return cases, services, patients


def run_floor(meta: dict[str, Any]) -> dict[str, Any]:
    """The least any XML → columnar ingest can cost: parse + flatten + Parquet, nothing else."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = bench_dir() / "claims_floor"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    writers: dict[str, pq.ParquetWriter] = {}
    counts = {"cases": 0, "services": 0, "patients": 0}
    write_s = 0.0
    started = time.perf_counter()
    for batch in iter_batches(meta["path"], BATCH_ROWS):
        t0 = time.perf_counter()
        for name, columns in zip(counts, flatten(batch), strict=True):
            table = pa.table(columns)
            if name not in writers:
                writers[name] = pq.ParquetWriter(out / f"{name}.parquet", table.schema)
            writers[name].write_table(table)
            counts[name] += table.num_rows
        write_s += time.perf_counter() - t0
    for writer in writers.values():
        writer.close()
    seconds = time.perf_counter() - started
    return {
        "rows": counts["cases"],
        "table_rows": counts,
        "seconds": round(seconds, 2),
        "rows_per_s": round(counts["cases"] / seconds),
        "cpu_seconds": round(cpu_seconds(), 1),
        "parse_seconds": round(seconds - write_s, 2),
        "flatten_arrow_parquet_seconds": round(write_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "output_bytes": sum(p.stat().st_size for p in out.iterdir()),
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


class WorkerRss:
    """Samples the RSS of this process's Spark Python workers (descendants running pyspark)
    once a second: the peak of the largest one and of their sum."""

    def __init__(self) -> None:
        self.peak_one = self.peak_sum = self.peak_jvm = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(1.0):
            tree_cpu_seconds()  # remember each process's CPU before it may end
            rss = []
            for p in me.children(recursive=True):
                try:
                    if "python" in p.name() and any("pyspark" in a for a in p.cmdline()):
                        rss.append(p.memory_info().rss / 2**20)
                    elif p.name() == "java":  # the Spark driver JVM (local mode: executors too)
                        self.peak_jvm = max(self.peak_jvm, p.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            if rss:
                self.peak_one = max(self.peak_one, max(rss))
                self.peak_sum = max(self.peak_sum, sum(rss))

    def __enter__(self) -> WorkerRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class StageTimer:
    """Wall time of named calls (functions wrapped in place): where a silver run's time goes.

    Spark is lazy, so a stage's time is the work its own actions trigger: `parse` is the
    parallel parse when the register is split (materialised there), else it shows up in the
    first quarantine step; a `land` is de-identification (the UDFs run in its count), then
    the nested GX and write times (`write_curated`: a slice write or a MERGE), listed apart."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        # per call: label, wall s, start (s after the first call), CPU s of this process
        # tree (driver, its JVM, the Python workers) and its cores busy (CPU s / wall s)
        self.cpu: list[tuple[str, float, float, float, float]] = []
        self._t0: float | None = None

    def wrap(self, owner: Any, attr: str, name: Any) -> None:
        fn = getattr(owner, attr)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), tree_cpu_seconds()
            self._t0 = started if self._t0 is None else self._t0
            try:
                return fn(*args, **kwargs)
            finally:
                label = name(*args, **kwargs) if callable(name) else name
                wall, used = time.perf_counter() - started, tree_cpu_seconds() - cpu
                self.calls.append((label, round(wall, 2)))
                busy = round(used / wall, 2) if wall else 0.0
                at = round(started - self._t0, 2)
                self.cpu.append((label, round(wall, 2), at, round(used, 1), busy))

        setattr(owner, attr, timed)


_SEEN_CPU: dict[tuple[int, float], float] = {}  # (pid, start time) → its own CPU s, last seen
_SEEN_LOCK = threading.Lock()


def tree_cpu_seconds() -> float:
    """CPU seconds of this process and all its descendants so far, ended ones included.

    Each process's own user + system time, remembered per process as last seen (this call,
    and `WorkerRss`'s sampling once a second): a Python worker that Spark ends between two
    calls keeps what it had used up to its last sample. (Stop 37 summed the live processes
    with their `children_*` times: a worker ended and reaped by a process outside the sum
    took its CPU with it, and a stage could show negative CPU. A process ended between
    samples still loses what it used after its last one: up to a second.)"""
    import psutil

    me = psutil.Process()
    with _SEEN_LOCK:
        for p in [me, *me.children(recursive=True)]:
            try:
                with p.oneshot():
                    t, born = p.cpu_times(), p.create_time()
            except psutil.Error:
                continue
            own = t.user + t.system
            # the root's reaped children (the JVM once Spark stops): none of them is sampled
            # after it ended. A worker reaped by another process of the tree keeps its last
            # sample (counting its parent's `children_*` too would count it twice)
            _SEEN_CPU[(p.pid, born)] = own + (t.children_user + t.children_system) * (p is me)
        return sum(_SEEN_CPU.values())


def _stage_timer() -> StageTimer:
    import ozero.curate.landing as landing
    import ozero.curate.oms as curate

    timer = StageTimer()
    timer.wrap(curate, "parse_oms_registers", "parse")
    timer.wrap(curate, "quarantine_failures", "quarantine at parse")
    timer.wrap(curate, "land", lambda ctx, table, *a, **k: f"land {table}")
    timer.wrap(landing, "_validate", lambda ctx, rows, contract, r: f"  GX {contract.name}")
    timer.wrap(landing, "write_curated", lambda ctx, table, rows, **k: f"  write {table}")
    timer.wrap(landing, "_remember_identifiers", lambda ctx, c, *a: f"  known ids {c.name}")
    if os.environ.get("OZERO_BENCH_KNOWN_SERIAL"):  # diagnosis: the known ids' own CPU
        from concurrent.futures import Future

        class _Inline:
            """`land`'s pool, run in the calling thread: a thread's stage CPU is the whole
            tree's while it runs, so beside the cases' de-identification it is not its own."""

            def __init__(self, *a: Any, **k: Any) -> None:
                pass

            def __enter__(self) -> _Inline:
                return self

            def __exit__(self, *exc: object) -> None:
                pass

            def submit(self, fn: Any, *args: Any) -> Future:
                done: Future = Future()
                try:
                    done.set_result(fn(*args))
                except BaseException as exc:  # noqa: BLE001 - handed back as the thread would
                    done.set_exception(exc)
                return done

        landing.ThreadPoolExecutor = _Inline  # type: ignore[misc,assignment]
    if os.environ.get("OZERO_BENCH_FINE"):  # finer stages (a few more timer calls)
        import ozero.quality.validate as validate

        timer.wrap(curate, "migrate_period", "migrate period")
        timer.wrap(curate, "new_records", "new records")
        timer.wrap(curate, "_known_names_by_enp", "known names")
        timer.wrap(landing, "_deid_summary", lambda s, c, k: f"  deid summary {c.name}")
        timer.wrap(landing, "_record_deid_stats", lambda ctx, c, *a: f"  deid stats {c.name}")
        timer.wrap(landing, "record_validation", "    record validation")
        timer.wrap(landing, "forget_validation_quarantine", "  forget quarantine")
        timer.wrap(landing, "quarantine", lambda spark, rows, **k: f"  quarantine {k['stage']}")
        timer.wrap(validate, "_validated", lambda b, suite, *a: f"    GX run {suite.name}")
        timer.wrap(validate, "_split", "    GX split")
        from pyspark.sql.readwriter import DataFrameWriter

        from ozero import lake

        timer.wrap(lake, "partition_values", "      partition values")
        timer.wrap(DataFrameWriter, "save", "      save")
    return timer


def run_silver(meta: dict[str, Any], comments: str, chunk_mb: float | None) -> dict[str, Any]:
    """The real `curate_oms` (three silver tables), timed from start to its last commit."""
    lake_dir = bench_dir() / f"lake_claims_{comments}_{meta['cases']}"
    shutil.rmtree(lake_dir, ignore_errors=True)
    os.environ["OZERO_LAKE_URI"] = str(lake_dir)
    if chunk_mb is not None:
        os.environ["OZERO_OMS_CHUNK_BYTES"] = str(int(chunk_mb * 2**20))
    from datetime import UTC, datetime

    from pyspark.sql import functions as F

    import ozero.curate.oms as curate
    from ozero import lake
    from ozero.config import get_settings
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import PseudonymKey
    from ozero.sources.bronze import land
    from ozero.spark import build_spark

    settings = get_settings()
    spark = build_spark(settings, app_name="bench-claims-ingest")
    if os.environ.get("OZERO_BENCH_CODEGEN"):  # experiment: Spark's compiled evaluation
        spark.conf.set("spark.sql.codegen.wholeStage", "true")
        spark.conf.set("spark.sql.codegen.factoryMode", "FALLBACK")
    key = PseudonymKey(key_id="bench", secret=b"b" * 32)
    now = datetime.now(UTC)
    row = {
        "register_id": Path(meta["path"]).stem, "period": "2026-01", "registered_at": now,
        "object_uri": meta["path"], "size_bytes": meta["bytes"], "payload": None,
        "sha256": meta["sha256"], "batch_id": "bench", "received_at": now,
    }  # fmt: skip
    land(spark, curate.SOURCE, [row])
    known = spark.read.parquet(str(Path(meta["path"]).with_suffix(".patients.parquet")))
    curate._known_names_by_enp = lambda _ctx: F.broadcast(known)  # the REMD names' shape
    if comments == "none":
        case_frame = curate.case_frame
        curate.case_frame = lambda ok, names: case_frame(ok, names).withColumn(
            "comment", F.lit(None).cast("string")
        )
    timer = _stage_timer()
    load_before = [round(x, 2) for x in os.getloadavg()]
    started = time.perf_counter()
    with WorkerRss() as rss:
        report = curate.curate_oms(CurationContext(spark, key, run_id="bench"))
    seconds = time.perf_counter() - started
    tables = {
        t: lake.read(spark, t).count() for t in (curate.CASES, curate.SERVICES, curate.PATIENTS)
    }
    with_comment = lake.read(spark, curate.CASES).where(F.col("comment").isNotNull()).count()
    spark.stop()
    return {
        "rows": tables[curate.CASES],
        "table_rows": tables,
        "rows_with_comment": with_comment,
        "quarantined": report.quarantined_parse + report.quarantined_validation,
        "comments": comments,
        "chunk_bytes": get_settings().oms_chunk_bytes,
        "seconds": round(seconds, 2),
        "rows_per_s": round(tables[curate.CASES] / seconds),
        "stages": timer.calls,
        "stages_cpu": timer.cpu,
        "cpu_seconds_tree": round(tree_cpu_seconds(), 1),
        "load_average_before": load_before,
        "driver_memory": settings.spark_driver_memory,
        "spark_master": settings.spark_master,
        "driver_python_peak_rss_mb": round(peak_rss_mb(), 1),
        "driver_jvm_peak_rss_mb": round(rss.peak_jvm, 1),
        "python_worker_peak_rss_mb": round(rss.peak_one, 1),
        "python_workers_peak_rss_sum_mb": round(rss.peak_sum, 1),
    }


def run_digest(meta: dict[str, Any], comments: str) -> dict[str, Any]:
    """Each silver table's content fingerprint (rows, two order-free row-hash sums) in the
    lake the last `silver` run of this size left: equal before and after a change of the
    write path means the same rows, whatever their order or files."""
    lake_dir = bench_dir() / f"lake_claims_{comments}_{meta['cases']}"
    os.environ["OZERO_LAKE_URI"] = str(lake_dir)
    import ozero.curate.oms as curate
    from ozero import lake
    from ozero.frames import content_fingerprint
    from ozero.spark import build_spark

    spark = build_spark(app_name="bench-claims-digest")
    tables = {
        t: [str(x) for x in content_fingerprint(lake.read(spark, t))]
        for t in (*curate.TABLES, "quarantine.records", "ops.known_identifiers")
    }  # the known identifiers' hashes too (stop 38 changed how they are made)
    spark.stop()
    return {"lake": str(lake_dir), "fingerprints": tables}


def run_interleaved(cases: int, repeat: int, comments: str) -> dict[str, Any]:
    """floor, silver, floor, silver… each in its own process, back to back, with the load
    average around each: on a shared machine only a ratio of neighbouring runs means much."""
    import subprocess
    import sys

    runs = []
    for i in range(repeat):
        for step in ("floor", "silver"):
            before = [round(x, 2) for x in os.getloadavg()]
            args = [sys.executable, "-m", "bench.claims_ingest", step, "--cases", str(cases)]
            args += ["--comments", comments] if step == "silver" else []
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
            name = "floor" if step == "floor" else f"silver_{comments}"
            result = _load(_sized(name, cases)) or {}
            runs.append(
                {"round": i + 1, "step": step, "seconds": result.get("seconds"),
                 "load_before": before, "load_after": result.get("load_average_after")}
            )  # fmt: skip
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    ratios = [
        round(s["seconds"] / f["seconds"], 2)
        for f, s in zip(runs[::2], runs[1::2], strict=True)
        if f["seconds"] and s["seconds"]
    ]
    return {"rows": cases, "runs": runs, "silver_over_floor": ratios}


def _sized(name: str, cases: int) -> str:
    """Result file stem: the 1M default keeps its old name, other sizes say theirs."""
    return name if cases == 1_000_000 else f"{name}_{cases}"


def _load(step: str) -> dict[str, Any] | None:
    path = results_dir() / f"claims_ingest_{step}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def report() -> None:
    floor = _load("floor")
    rows = [
        ("floor: iter_cases → 3 Parquet tables", floor),
        ("parse_zl_list(bytes), parse only", _load("parse_zl_list")),
        ("silver (3 tables), comments nulled", _load("silver_none")),
        ("silver (3 tables), comments scrubbed", _load("silver_keep")),
    ]
    print(f"{'step':38} {'rows':>9} {'seconds':>9} {'rows/s':>9} {'vs floor':>9} {'peak RSS':>10}")
    for name, r in rows:
        if r is None:
            print(f"{name:38} {'(not run)':>9}")
            continue
        ratio = f"{floor['rows_per_s'] / r['rows_per_s']:.1f}x" if floor else "-"
        rss = r.get("peak_rss_mb") or r.get("python_worker_peak_rss_mb")
        print(
            f"{name:38} {r['rows']:>9} {r['seconds']:>9} {r['rows_per_s']:>9} {ratio:>9} "
            f"{rss!s:>8} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="claims ingest benchmark")
    parser.add_argument(
        "step",
        choices=["floor", "parse-zl-list", "silver", "digest", "interleaved", "report"],
    )
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--comments", choices=["none", "keep"], default="none")
    parser.add_argument(
        "--chunk-mb", type=float, default=None, help="register part size (default: setting)"
    )
    parser.add_argument("--repeat", type=int, default=2, help="rounds of `interleaved`")
    args = parser.parse_args()
    if args.step == "report":
        report()
        return
    meta = ensure_register(args.cases)
    if args.step == "interleaved":
        result = run_interleaved(args.cases, args.repeat, args.comments)
        result.update(step="interleaved", load_average_after=list(os.getloadavg()))
        save_result(f"claims_ingest_interleaved_{args.cases}", result)
        print(json.dumps(result, indent=2))
        return
    if args.step == "digest":
        print(json.dumps(run_digest(meta, args.comments), indent=2))
        return
    if args.step == "floor":
        name, result = "floor", run_floor(meta)
    elif args.step == "parse-zl-list":
        name, result = "parse_zl_list", run_parse_zl_list(meta)
    else:
        result = run_silver(meta, args.comments, args.chunk_mb)
        name = f"silver_{args.comments}"
    result.update(
        step=name,
        input_cases=meta["cases"],
        input_bytes=meta["bytes"],
        input_cases_with_comment=meta["cases_with_comment"],
        load_average_after=[round(x, 2) for x in os.getloadavg()],
        note="single run, no repeats; compare runs only at similar load",
    )
    save_result(f"claims_ingest_{_sized(name, args.cases)}", result)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
