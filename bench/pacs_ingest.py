"""PACS throughput: DICOMweb → bronze (ingest) and bronze → de-identified files + silver (curate).

Starts the simulator (a thread, or with `--server-process` its own process, as a real PACS
is another machine), ingests every study with `ozero.pipeline.ingest("pacs")`, curates with
`curate_source("pacs")` (Basic Profile + options, Tesseract on at-risk instances), and
reports instances/s and MB/s per step and per core, what went to quarantine and to OCR, the
peak RSS of the driver, the Spark JVM and the Python workers (sampled every 0.5 s), and the
per-file floor on the same bronze files: a plain pydicom read+write against
`deidentify_file` (the function the Spark tasks run), on one core. Writes
`bench/results/pacs_ingest[_<tag>].json`.

    .venv/bin/python bench/pacs_ingest.py --documents 60
    .venv/bin/python bench/pacs_ingest.py --documents 60 --faults "error=0.05,truncate=0.05,seed=1"
    .venv/bin/python bench/pacs_ingest.py --image-size realistic --server-process \\
        --patients 13 --documents 50 --workdir /tmp/pacsbig --tag realistic_n

Spark start-up and Delta MERGE commits are fixed costs per run: small worlds understate the
steady-state rate. The box is shared, so numbers are comparable only within one run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

RESULTS = Path(__file__).resolve().parent / "results"
MB = 1e6


class PeakRss:
    """Peak resident memory per phase of this process (the driver), the Spark JVM and its
    Python workers, sampled on a thread: `ru_maxrss` would only give the driver's, and the
    workers are what a large file would blow up."""

    def __init__(self, exclude: set[int], interval: float = 0.5) -> None:
        self.me = psutil.Process()
        self.exclude, self.interval = exclude, interval
        self.peaks: dict[str, dict[str, float]] = {}
        self._current: dict[str, float] = {}
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _sample(self) -> dict[str, float]:
        driver = jvm = workers = worker_max = 0.0
        with contextlib.suppress(psutil.Error):
            driver = self.me.memory_info().rss
            for child in self.me.children(recursive=True):
                if child.pid in self.exclude:
                    continue
                with contextlib.suppress(psutil.Error):
                    rss = child.memory_info().rss
                    if "java" in child.name():
                        jvm += rss
                    elif "python" in child.name():
                        workers += rss
                        worker_max = max(worker_max, rss)
        return {"driver": driver, "jvm": jvm, "workers_total": workers, "worker_max": worker_max}

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for name, value in self._sample().items():
                self._current[name] = max(self._current.get(name, 0.0), value)
            self._current["load1_max"] = max(
                self._current.get("load1_max", 0.0), os.getloadavg()[0]
            )

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        self._current = {}
        try:
            yield
        finally:
            peaks = dict(self._current)
            self.peaks[name] = {
                **{f"{k}_mb": round(v / MB) for k, v in peaks.items() if k != "load1_max"},
                "load1_max": round(peaks.get("load1_max", 0.0), 2),
            }

    def stop(self) -> None:
        self._stop.set()


class CpuSampler:
    """CPU seconds (user + system) the driver, the Spark JVM and the Python workers used
    while it ran: every process of the tree is read every ``interval`` (its own time, not
    its reaped children's), and each contributes its last reading less its first (0 if it
    started after this did). Reaped-children accounting (`tree_cpu_seconds`) lost the
    workers under `pyspark.daemon` (2.4 CPU s for 3,103 instances), so each process is
    followed itself; a process living less than ``interval`` (a Tesseract run) is missed."""

    def __init__(self, interval: float = 0.2) -> None:
        self.me = psutil.Process()
        self.interval = interval
        self.started = time.time()
        self.first: dict[int, float] = {}
        self.last: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._sample()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        for proc in [self.me, *self.me.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                t = proc.cpu_times()
                used = t.user + t.system
                if proc.pid not in self.first:
                    new = proc.create_time() >= self.started
                    self.first[proc.pid] = 0.0 if new else used
                kind = (
                    "driver"
                    if proc.pid == self.me.pid
                    else "jvm"
                    if "java" in proc.name()
                    else "workers"
                )
                self.last[proc.pid] = (kind, used)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        self._sample()
        found = {"driver": 0.0, "jvm": 0.0, "workers": 0.0}
        for pid, (kind, used) in self.last.items():
            found[kind] += used - self.first[pid]
        return {k: round(v, 1) for k, v in found.items()}


def tree_cpu_seconds(exclude: set[int]) -> dict[str, float]:
    """CPU seconds (user + system) used so far by this process (the driver), the Spark JVM
    and the Python workers (their daemon, the workers, Tesseract), each process with its
    reaped children's: a worker that exited is counted in its parent's ``children_*``. The
    difference of two readings is what each used in between, whatever processes came and
    went. The box is shared: wall-clock rates follow other engineers' load, CPU seconds much
    less."""
    me = psutil.Process()
    found = {"driver": 0.0, "jvm": 0.0, "workers": 0.0}
    for proc in [me, *me.children(recursive=True)]:
        if proc.pid in exclude:
            continue
        with contextlib.suppress(psutil.Error):
            t = proc.cpu_times()
            kind = "driver" if proc.pid == me.pid else "jvm" if "java" in proc.name() else "workers"
            found[kind] += t.user + t.system + t.children_user + t.children_system
    if found["jvm"]:  # the JVM's reaped children are the Python workers, not the JVM's work
        with contextlib.suppress(psutil.Error):
            for proc in me.children(recursive=True):
                if "java" in proc.name():
                    t = proc.cpu_times()
                    found["jvm"] -= t.children_user + t.children_system
                    found["workers"] += t.children_user + t.children_system
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(args: argparse.Namespace) -> tuple[str, Any]:
    """The simulator on a thread, or in its own process (`--server-process`): rendering
    full-size images in the driver's process would compete with it for the GIL."""
    if not args.server_process:
        from ozero.simulator.faults import FaultPlan
        from ozero.simulator.server import make_server

        faults = FaultPlan.parse(args.faults) if args.faults else None
        server = make_server(
            port=0, seed=args.seed, patients=args.patients, documents=args.documents, faults=faults
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_address[1]}", server
    port = _free_port()
    command = [sys.executable, "-m", "ozero.simulator.server", "--port", str(port)]
    command += ["--seed", str(args.seed), "--patients", str(args.patients)]
    command += ["--documents", str(args.documents), "--faults", args.faults]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # "listening on ...": the world is built
    return f"http://127.0.0.1:{port}", proc


def stop_server(server: Any) -> None:
    if isinstance(server, subprocess.Popen):
        server.terminate()
        server.wait(timeout=30)
    else:
        server.shutdown()


def generation_rate(archive: Any, limit: int) -> dict[str, Any]:
    """MB/s of rendering instances (a stride sample, so the modality mix is the corpus's):
    what the simulator costs, apart from the pipeline."""
    items = [(st, se, i) for st in archive.studies for se in st.series for i in se.instances]
    sample = items[:: max(1, len(items) // limit)]
    size, start = 0, time.perf_counter()
    for st, se, inst in sample:
        size += len(archive.render(st, se, inst))
    seconds = time.perf_counter() - start
    return {
        "generation_sample": len(sample),
        "generation_mb_per_s_1core": round(size / MB / seconds, 1),
        "generation_instances_per_s_1core": round(len(sample) / seconds, 1),
    }


def plain_read_write(data: bytes, out: Path) -> None:
    """The floor: what any tool must do to a file (parse it, write it back)."""
    import pydicom

    pydicom.dcmread(io.BytesIO(data), force=True).save_as(out)


def floor(files: list[Path], workdir: Path, limit: int) -> dict[str, Any]:
    """Plain pydicom read+write and `deidentify_file` on the same bronze files, interleaved
    file by file (the box is shared: both see the same load), on one core. The at-risk
    instances' time (Tesseract) is kept apart: the target excludes OCR. Both write a new file
    per input (bench/pacs_raw.py explains why the floor must too). De-identified files
    are written as a curate task writes them (no fsync each) and flushed together at the
    end, that flush counted in the de-identification time."""
    from ozero import objects
    from ozero.curate.imaging import Rejected, deidentify_file, profile_options
    from ozero.deid.dicom import tesseract_ocr
    from ozero.deid.keys import load_key

    key, ocr, options = load_key(), tesseract_ocr(), profile_options()
    sample = files[:: max(1, len(files) // limit)]
    out = workdir / "floor"
    (out / "plain").mkdir(parents=True, exist_ok=True)
    t = {"plain": 0.0, "deid": 0.0, "ocr": 0.0}
    size = ocr_files = 0
    written: list[str] = []
    for i, path in enumerate(sample):
        data = path.read_bytes()
        size += len(data)
        start = time.perf_counter()
        plain_read_write(data, out / "plain" / f"{i}.dcm")  # a new file, as Ozero writes
        middle = time.perf_counter()
        with contextlib.suppress(Rejected):  # truncated at the source: quarantined in curate
            result = deidentify_file(data, key, options, ocr, str(out / "deid"), durable=False)
            written.append(result["object_uri"])
            if result["at_risk"]:
                ocr_files += 1
                t["ocr"] += time.perf_counter() - middle
                continue
        t["deid"] += time.perf_counter() - middle
        t["plain"] += middle - start
    start = time.perf_counter()
    objects.make_durable(written)  # what a curate task does once per batch, counted as de-id
    t["deid"] += time.perf_counter() - start
    shutil.rmtree(out, ignore_errors=True)
    n = len(sample) - ocr_files
    return {
        "floor_files": len(sample),
        "floor_mb": round(size / MB),
        "floor_ocr_files": ocr_files,
        "floor_ocr_s_per_file": round(t["ocr"] / ocr_files, 2) if ocr_files else None,
        "floor_plain_instances_per_s_1core": round(n / t["plain"], 1),
        "floor_deid_instances_per_s_1core": round(n / t["deid"], 1),
        "floor_deid_x_plain": round(t["deid"] / t["plain"], 2),
    }


def bronze_files(workdir: Path) -> list[Path]:
    return sorted((workdir / "lake" / "bronze" / "objects" / "pacs").rglob("*.dcm"))


def rates(n: int, size: int, seconds: float, cores: int, prefix: str) -> dict[str, float]:
    return {
        f"{prefix}_s": round(seconds, 1),
        f"{prefix}_instances_per_s": round(n / seconds, 2),
        f"{prefix}_instances_per_s_per_core": round(n / seconds / cores, 2),
        f"{prefix}_mb_per_s_per_core": round(size / MB / seconds / cores, 1),
    }


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--patients", type=int, default=40)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--faults", default="")
    parser.add_argument("--image-size", choices=("small", "realistic"), default="small")
    parser.add_argument("--server-process", action="store_true")
    parser.add_argument("--workdir", type=Path, help="parent of the throwaway lake (big runs)")
    parser.add_argument("--floor-files", type=int, default=300, help="floor sample size")
    parser.add_argument("--tag", default="", help="results file suffix")
    parser.add_argument("--out", type=Path, help="results file (default: from --tag)")
    parser.add_argument(
        "--tasks-per-core", type=int, help="de-identification tasks per core (imaging's default)"
    )
    parser.add_argument(
        "--save-ingest", type=Path, help="keep a copy of the ingested lake here (for --from-ingest)"
    )
    parser.add_argument(
        "--from-ingest",
        type=Path,
        help="skip the simulator and ingest: curate a copy of a lake saved by --save-ingest",
    )
    parser.add_argument(
        "--profile", action="store_true", help="time curate's driver steps and profile its tasks"
    )
    return parser.parse_args()


class StepTimer:
    """`--profile`: wall seconds of curate's driver steps (nested steps named by path), by
    wrapping the functions that run them, and a cProfile of every Spark task's Python
    worker (dumped to ``<dir>/<pid>-<n>.prof``, merged after the run)."""

    def __init__(self, prof_dir: Path) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._local = threading.local()  # the step path of each thread (steps run on two)
        self.prof_dir = prof_dir
        prof_dir.mkdir(parents=True, exist_ok=True)

    def wrap(self, owner: Any, attr: str, label: str | None = None) -> None:
        inner = getattr(owner, attr)
        timer = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            name = label or attr
            if attr in ("land", "write_curated", "merge") and len(args) > 1:
                name += f"({args[1]})"  # the table
            stack = timer.stack()
            path = "/".join([*stack, name])
            stack.append(name)
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                stack.pop()
                timer.seconds[path] = timer.seconds.get(path, 0.0) + time.perf_counter() - start
                timer.calls[path] = timer.calls.get(path, 0) + 1

        setattr(owner, attr, timed)

    def stack(self) -> list[str]:
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        stack: list[str] = self._local.stack
        return stack

    def install(self) -> None:
        from pyspark.sql.classic.dataframe import DataFrame

        from ozero import lake, pipeline, runs
        from ozero.curate import imaging, keyring, landing
        from ozero.quality import validate

        self.wrap(imaging, "curate_imaging")
        for name in ("new_records", "land", "quarantine_failures", "_series_and_studies"):
            self.wrap(imaging, name)
        for name in ("_validate", "write_curated", "quarantine", "_remember_identifiers"):
            self.wrap(landing, name)
        for name in ("_record_deid_stats", "record_validation", "_deid_summary"):
            self.wrap(landing, name)
        self.wrap(validate, "validate_dataframe")
        self.wrap(landing, "apply_plan")
        self.wrap(landing.lake, "conform")
        self.wrap(lake, "merge")
        self.wrap(pipeline, "render_docs")
        self.wrap(runs, "bronze_accounting")
        self.wrap(keyring, "check_key")
        self.wrap(landing, "check_key", "check_key(land)")
        self.wrap(DataFrame, "localCheckpoint", "mapInPandas+localCheckpoint")
        self.wrap(DataFrame, "count")
        self.wrap(DataFrame, "collect")
        self._profile_tasks(imaging)
        self._profile_udfs(imaging)

    def _profile_udfs(self, imaging: Any) -> None:
        """Spark's own profiler on the landing's Arrow UDFs (pseudonyms, date shifts,
        scrubbing), switched on once the tasks' cProfile is done with."""
        land = imaging.land

        def profiled_land(ctx: Any, *args: Any, **kwargs: Any) -> Any:
            ctx.spark.conf.set("spark.sql.pyspark.udf.profiler", "perf")
            return land(ctx, *args, **kwargs)

        imaging.land = profiled_land

    def udf_report(self, spark: Any, top: int = 25) -> list[str]:
        import pstats

        out = io.StringIO()
        try:
            spark.profile.dump(str(self.prof_dir / "udf"))
        except Exception as exc:  # noqa: BLE001 - a bench aid, not the measurement
            return [f"udf profile unavailable: {exc}"]
        files = [str(f) for f in (self.prof_dir / "udf").rglob("*.pstats")]
        if not files:
            return []
        stats = pstats.Stats(*files, stream=out)
        stats.sort_stats("cumulative").print_stats(top)
        return out.getvalue().splitlines()

    def _profile_tasks(self, imaging: Any) -> None:
        batches_fn = imaging._deidentify_batches  # noqa: SLF001
        prof_dir = str(self.prof_dir)

        def profiled_batches(*args: Any) -> Any:
            inner = batches_fn(*args)

            def run(batches: Any) -> Any:
                import cProfile

                profile = cProfile.Profile()
                profile.enable()
                try:
                    yield from inner(batches)
                finally:
                    profile.disable()
                    profile.dump_stats(f"{prof_dir}/{os.getpid()}-{time.time_ns()}.prof")

            return run

        imaging._deidentify_batches = profiled_batches  # noqa: SLF001

    def report(self, top: int = 40) -> dict[str, Any]:
        import pstats

        files = sorted(str(f) for f in self.prof_dir.glob("*.prof"))
        tasks: list[str] = []
        if files:
            out = io.StringIO()
            stats = pstats.Stats(*files, stream=out)
            stats.sort_stats("cumulative").print_stats(top)
            stats.sort_stats("tottime").print_stats(top)
            tasks = out.getvalue().splitlines()
        steps = {k: [round(v, 2), self.calls[k]] for k, v in self.seconds.items()}
        return {"driver_steps_s_calls": steps, "task_profiles": len(files), "task_top": tasks}


def save_ingest(lake: Path, target: Path, info: dict[str, Any]) -> None:
    """A copy of the ingested lake for `--from-ingest`: the bronze objects hard-linked (never
    written again), the Delta tables copied (a later run's writes must not reach them)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(lake, target / "lake", ignore=shutil.ignore_patterns("objects"))
    objects = lake / "bronze" / "objects"
    subprocess.run(["cp", "-al", str(objects), str(target / "lake" / "bronze")], check=True)
    (target / "ingest.json").write_text(json.dumps(info, indent=1))


def restore_ingest(saved: Path, lake: Path) -> dict[str, Any]:
    """A fresh working lake from a `--save-ingest` copy (same linking rule)."""
    shutil.copytree(saved / "lake", lake, ignore=shutil.ignore_patterns("objects"))
    objects = saved / "lake" / "bronze" / "objects"
    subprocess.run(["cp", "-al", str(objects), str(lake / "bronze")], check=True)
    info: dict[str, Any] = json.loads((saved / "ingest.json").read_text())
    return info


def run_ingest(args: argparse.Namespace, workdir: Path, cores_of: Any) -> dict[str, Any]:
    """Simulator + `ingest("pacs")`: the ingest half of the results."""
    from ozero.simulator.pacs import build_archive
    from ozero.simulator.world import build_world

    load_start = os.getloadavg()
    url, server = start_server(args)
    os.environ["OZERO_PACS_URL"] = url
    archive = build_archive(build_world(args.seed, args.patients, args.documents))
    instances = [(se.modality, i) for s in archive.studies for se in s.series for i in se.instances]
    mix: dict[str, int] = {}
    for modality, _ in instances:
        mix[modality] = mix.get(modality, 0) + 1
    generation = generation_rate(archive, 200)
    del archive

    from ozero import pipeline

    cores = cores_of()
    sampler = PeakRss({server.pid} if isinstance(server, subprocess.Popen) else set())
    with sampler.phase("ingest"):
        t0 = time.perf_counter()
        ingest = pipeline.ingest("pacs", "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
        t1 = time.perf_counter()
    sampler.stop()
    stop_server(server)
    files = bronze_files(workdir)
    size = sum(p.stat().st_size for p in files)
    return {
        "instances": ingest["landed_new"],
        "modality_mix": mix,
        "at_risk_instances": sum(1 for _, i in instances if i.burned_in),
        **rates(ingest["landed_new"], size, t1 - t0, cores, "ingest"),
        "requests": ingest["requests"],
        "retries": ingest["retries"],
        **generation,
        "peak_rss_ingest": sampler.peaks["ingest"],
        "load_average_ingest": {"start": load_start, "end": os.getloadavg()},
        "ingested_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


LANDED = ("silver.imaging_instances", "silver.imaging_series", "silver.imaging_studies")


def landed_digest() -> dict[str, Any]:
    """Rows and a SHA-256 of every row (sorted, as JSON) of what curate landed: the silver
    tables, quarantine without its timestamp, the de-identified files. Two runs of the
    same ingest land the same when these are equal (the lake's path is the same: a restored
    ingest goes back where it was made)."""
    import hashlib

    from ozero import lake
    from ozero.spark import get_spark

    spark = get_spark()
    found: dict[str, Any] = {}
    frames = {t: lake.read(spark, t) for t in LANDED}
    frames["quarantine.records"] = lake.read(spark, "quarantine.records").drop("quarantined_at")
    for name, frame in frames.items():
        rows = sorted(json.dumps(r.asDict(recursive=True), default=str) for r in frame.collect())
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        found[name] = {"rows": len(rows), "sha256": digest}
    files = hashlib.sha256()
    uris = sorted(r["object_uri"] for r in frames[LANDED[0]].select("object_uri").collect())
    for uri in uris:
        files.update(Path(lake.local_path(uri)).read_bytes())
    found["files"] = {"count": len(uris), "sha256": files.hexdigest()}
    return found


def run_curate(cores: int, size: int, timer: StepTimer | None) -> dict[str, Any]:
    """`curate_source("pacs")` timed, with the CPU seconds of the whole process tree."""
    from ozero import pipeline

    if timer is not None:
        timer.install()
    load_start = os.getloadavg()
    sampler = PeakRss(set())
    cpu0 = tree_cpu_seconds(set())
    cpu_sampler = CpuSampler()
    with sampler.phase("curate"):
        t2 = time.perf_counter()
        curate = pipeline.curate_source("pacs")
        t3 = time.perf_counter()
    split = cpu_sampler.stop()
    cpu1 = tree_cpu_seconds(set())
    reaped = {k: round(cpu1[k] - cpu0[k], 1) for k in cpu1}
    cpu = sum(split.values())
    sampler.stop()
    n = curate["bronze_new"]
    burned = curate["deid"].get("burned_in") or {}
    return {
        **rates(n, size, t3 - t2, cores, "curate"),
        "curate_cpu_s": round(cpu, 1),
        "curate_cpu_s_by_process": split,
        "curate_cpu_s_reaped_accounting": reaped,
        "curate_instances_per_cpu_s": round(n / cpu, 2),
        "curate_cores_busy": round(cpu / (t3 - t2), 2),
        "silver_instances": curate["written"],
        "quarantined": curate["quarantined_parse"] + curate["quarantined_validation"],
        "burned_in": burned,
        "ocr_instances": sum(v for k, v in burned.items() if k != "not at risk"),
        "peak_rss_curate": sampler.peaks["curate"],
        "load_average_curate": {"start": load_start, "end": os.getloadavg()},
    }


def main() -> int:
    args = parse_args()
    os.environ["OZERO_SIM_IMAGE_SIZE"] = args.image_size
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    if args.from_ingest:  # bronze rows name their objects by absolute path: same place
        workdir = Path(json.loads((args.from_ingest / "ingest.json").read_text())["workdir"])
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="ozero-bench-pacs-", dir=args.workdir))
    lake = workdir / "lake"
    os.environ["OZERO_LAKE_URI"] = str(lake)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "ab" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench-key")
    from ozero.spark import get_spark

    def cores_of() -> int:
        return int(get_spark().sparkContext.defaultParallelism)  # start-up is not timed

    if args.from_ingest:
        ingest = {**restore_ingest(args.from_ingest, lake), "from_ingest": str(args.from_ingest)}
    else:
        ingest = run_ingest(args, workdir, cores_of)
        if args.save_ingest:
            save_ingest(lake, args.save_ingest, {**ingest, "workdir": str(workdir)})
    cores = cores_of()
    files = bronze_files(workdir)
    size = sum(p.stat().st_size for p in files)
    timer = StepTimer(workdir / "profiles") if args.profile else None
    if args.tasks_per_core:
        from ozero.curate import imaging

        imaging.TASKS_PER_CORE = args.tasks_per_core  # read by curate_imaging at each run
    curate = run_curate(cores, size, timer)
    result = {
        "image_size": args.image_size,
        "documents": args.documents,
        "patients": args.patients,
        **ingest,
        "bronze_mb": round(size / MB),
        "mean_instance_mb": round(size / MB / max(1, len(files)), 3),
        "cores": cores,
        "faults": args.faults,
        **curate,
        "landed": landed_digest(),
        **(floor(files, workdir, args.floor_files) if args.floor_files else {}),
        **({"profile": timer.report()} if timer else {}),
        **({"udf_profile": timer.udf_report(get_spark())} if timer else {}),
        "spark_driver_memory": os.environ.get("OZERO_SPARK_DRIVER_MEMORY", "4g (default)"),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    RESULTS.mkdir(exist_ok=True)
    name = f"pacs_ingest_{args.tag}.json" if args.tag else "pacs_ingest.json"
    (args.out or RESULTS / name).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(json.dumps({k: v for k, v in result.items() if k != "profile"}, indent=1))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
