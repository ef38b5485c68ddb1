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
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    os.environ["OZERO_SIM_IMAGE_SIZE"] = args.image_size
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="ozero-bench-pacs-", dir=args.workdir))
    os.environ["OZERO_LAKE_URI"] = str(workdir / "lake")
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "ab" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench-key")
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
    from ozero.spark import get_spark

    spark = get_spark()  # start-up is not the connector's cost
    cores = spark.sparkContext.defaultParallelism
    sampler = PeakRss({server.pid} if isinstance(server, subprocess.Popen) else set())
    with sampler.phase("ingest"):
        t0 = time.perf_counter()
        ingest = pipeline.ingest("pacs", "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
        t1 = time.perf_counter()
    load_ingest = os.getloadavg()
    stop_server(server)
    files = bronze_files(workdir)
    size = sum(p.stat().st_size for p in files)
    with sampler.phase("curate"):
        t2 = time.perf_counter()
        curate = pipeline.curate_source("pacs")
        t3 = time.perf_counter()
    load_curate = os.getloadavg()
    sampler.stop()
    n = ingest["landed_new"]
    burned = curate["deid"].get("burned_in") or {}
    result = {
        "image_size": args.image_size,
        "documents": args.documents,
        "patients": args.patients,
        "instances": n,
        "modality_mix": mix,
        "bronze_mb": round(size / MB),
        "mean_instance_mb": round(size / MB / max(1, len(files)), 3),
        "cores": cores,
        "at_risk_instances": sum(1 for _, i in instances if i.burned_in),
        "faults": args.faults,
        **rates(n, size, t1 - t0, cores, "ingest"),
        "requests": ingest["requests"],
        "retries": ingest["retries"],
        **rates(curate["bronze_new"], size, t3 - t2, cores, "curate"),
        "silver_instances": curate["written"],
        "quarantined": curate["quarantined_parse"] + curate["quarantined_validation"],
        "burned_in": burned,
        "ocr_instances": sum(v for k, v in burned.items() if k != "not at risk"),
        **generation,
        **floor(files, workdir, args.floor_files),
        "peak_rss": sampler.peaks,
        "spark_driver_memory": os.environ.get("OZERO_SPARK_DRIVER_MEMORY", "4g (default)"),
        "load_average": {"start": load_start, "after_ingest": load_ingest, "end": load_curate},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    RESULTS.mkdir(exist_ok=True)
    name = f"pacs_ingest_{args.tag}.json" if args.tag else "pacs_ingest.json"
    (RESULTS / name).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(json.dumps(result, indent=1, ensure_ascii=False))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
