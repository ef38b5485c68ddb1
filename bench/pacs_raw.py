"""Per-file A/B of `deidentify_file` against a plain pydicom read+write, on realistic files.

Renders a stride sample of a realistic PACS world's instances with the simulator (the same
generator `pacs_ingest.py` uses, no Spark, no lake) into ``--files`` once, then times, file
by file and interleaved, one core: ``pydicom.dcmread`` + ``save_as`` to a new file (the floor) against
`deidentify_file` (written without fsync, one batch flush at the end, counted). Reports wall
and CPU seconds (``time.process_time``) of each and the 1-minute load average around the
run. The ``ozero`` imported is whatever ``PYTHONPATH`` names first, so the same script times
two checkouts on the same files:

    PYTHONPATH=. .venv/bin/python bench/pacs_raw.py --files /tmp/pacsraw --tag after
    PYTHONPATH=/path/to/base .venv/bin/python bench/pacs_raw.py --files /tmp/pacsraw --tag before

``--profile N`` instead runs cProfile over `deidentify_file` on the first N files and prints
the top functions by cumulative time.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def render(files: Path, patients: int, documents: int, limit: int) -> None:
    """Write a stride sample of the realistic world's instances (truncated ones skipped)."""
    from ozero.simulator.pacs import build_archive
    from ozero.simulator.world import build_world

    archive = build_archive(build_world(7, patients, documents), "realistic")
    items = [(st, se, i) for st in archive.studies for se in st.series for i in se.instances]
    items = [x for x in items if not x[2].truncated and not x[2].burned_in]
    files.mkdir(parents=True, exist_ok=True)
    for n, (st, se, inst) in enumerate(items[:: max(1, len(items) // limit)][:limit]):
        (files / f"{n:04d}.dcm").write_bytes(archive.render(st, se, inst))


def commit() -> str:
    import ozero

    root = Path(ozero.__file__).resolve().parent.parent
    out = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    return f"{root.name}@{out.stdout.strip()}"


def run(paths: list[Path], profile: int, floor_one_path: bool = False) -> dict[str, Any]:
    import pydicom

    from ozero import objects
    from ozero.curate.imaging import deidentify_file, profile_options
    from ozero.deid.keys import load_key

    key, options = load_key(), profile_options()
    out = Path(tempfile.mkdtemp(prefix="ozero-pacs-raw-"))
    try:
        if profile:
            prof = cProfile.Profile()
            for path in paths[:profile]:
                data = path.read_bytes()
                prof.enable()
                deidentify_file(data, key, options, None, str(out / "deid"), durable=False)
                prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
            return {}
        wall = {"plain": 0.0, "deid": 0.0}
        cpu = {"plain": 0.0, "deid": 0.0}
        written: list[str] = []
        load = [os.getloadavg()[0]]
        (out / "plain").mkdir()
        for i, path in enumerate(paths):
            data = path.read_bytes()
            # the floor writes a new file per input, as Ozero does (and as a plain read+write
            # of a folder would); `--floor-one-path` overwrites one path (stop 25's floor)
            target = out / "plain.dcm" if floor_one_path else out / "plain" / f"{i}.dcm"
            w0, c0 = time.perf_counter(), time.process_time()
            pydicom.dcmread(io.BytesIO(data), force=True).save_as(target)
            w1, c1 = time.perf_counter(), time.process_time()
            result = deidentify_file(data, key, options, None, str(out / "deid"), durable=False)
            written.append(result["object_uri"])
            w2, c2 = time.perf_counter(), time.process_time()
            wall["plain"] += w1 - w0
            wall["deid"] += w2 - w1
            cpu["plain"] += c1 - c0
            cpu["deid"] += c2 - c1
        w0, c0 = time.perf_counter(), time.process_time()
        objects.make_durable(written)
        wall["deid"] += time.perf_counter() - w0
        cpu["deid"] += time.process_time() - c0
        load.append(os.getloadavg()[0])
    finally:
        shutil.rmtree(out, ignore_errors=True)
    n = len(paths)
    return {
        "files": n,
        "mb": round(sum(p.stat().st_size for p in paths) / 1e6),
        "wall_plain_s": round(wall["plain"], 3),
        "wall_deid_s": round(wall["deid"], 3),
        "cpu_plain_s": round(cpu["plain"], 3),
        "cpu_deid_s": round(cpu["deid"], 3),
        "wall_x_plain": round(wall["deid"] / wall["plain"], 3),
        "cpu_x_plain": round(cpu["deid"] / cpu["plain"], 3),
        "deid_instances_per_cpu_s": round(n / cpu["deid"], 1),
        "plain_instances_per_cpu_s": round(n / cpu["plain"], 1),
        "load1_start_end": load,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, required=True, help="rendered once, then reused")
    parser.add_argument("--patients", type=int, default=13)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--limit", type=int, default=300, help="files in the sample")
    parser.add_argument("--profile", type=int, default=0, help="cProfile N files instead")
    parser.add_argument("--tag", default="", help="append a run to pacs_raw_<tag>.json")
    parser.add_argument(
        "--floor-one-path", action="store_true", help="the floor overwrites one file (stop 25)"
    )
    args = parser.parse_args()
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "ab" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench-key")
    if not any(args.files.glob("*.dcm")):
        render(args.files, args.patients, args.documents, args.limit)
    paths = sorted(args.files.glob("*.dcm"))[: args.limit]
    result = run(paths, args.profile, args.floor_one_path)
    if not result:
        return 0
    result.update(floor="one path" if args.floor_one_path else "a new file per input")
    result.update(code=commit(), at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    print(json.dumps(result, indent=1))
    if args.tag:
        target = RESULTS / f"pacs_raw_{args.tag}.json"
        runs = json.loads(target.read_text())["runs"] if target.exists() else []
        with contextlib.suppress(OSError):
            target.write_text(json.dumps({"runs": [*runs, result]}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
