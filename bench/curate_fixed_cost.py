"""The fixed cost of one curate run (bronze → silver) per source, on a tiny increment.

A curate run pays, whatever it lands, for Delta commits (each table landed, the ops records,
quarantine), Great Expectations set-up and passes, and Spark jobs that only look (counts,
key checks, accounting). On a small incremental run that is most of the run. This bench:

1. `prepare` (once): an in-process simulator; ingests NSI, REMD, OMS and PACS for a base
   window, curates it, then ingests a small later window (the increment); saves the lake
   (bronze objects hard-linked, as `bench/pacs_ingest.py --save-ingest` does).
2. `run` (each repeat, a fresh process): a warm-up curate of every source on one copy of
   the saved lake (Spark start, JIT, GX import kept out of the timings), then on another
   copy, per source: `curate_source` on the increment, and again with nothing new (the
   CLI's call: curate marks are only consulted by the DAG's `skip_if_unchanged`). Each
   timed call reports wall and CPU seconds (driver, JVM, Python workers), the Delta
   commits it made per table (read from `_delta_log`), the Spark stages it ran, and the
   wall time spent in GX (suite build, context, validation passes, Data Docs) against
   Spark actions and Delta writes (wrapped functions; nested calls are listed by path).

The code under test is whatever `ozero` the interpreter imports: run the same bench with
`PYTHONPATH` on two trees (an export of the base commit and the branch), interleaved:

    .venv/bin/python bench/curate_fixed_cost.py prepare --workdir /tmp/cfc
    PYTHONPATH=/tmp/base .venv/bin/python bench/curate_fixed_cost.py run --workdir /tmp/cfc \\
        --label before --out bench/results/curate_fixed_cost_before_1.json
    .venv/bin/python bench/curate_fixed_cost.py compare bench/results/curate_fixed_cost_*.json

The box is shared: compare CPU seconds and commit counts first, wall seconds as medians.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.merge_growth import _StageInput
from bench.pacs_ingest import StepTimer, restore_ingest, save_ingest, tree_cpu_seconds

SOURCES = ("nsi", "remd", "oms", "pacs")
SEED, PATIENTS, DOCUMENTS = 7, 30, 24
NSI_DIRECTORIES = "1.2.643.5.1.13.13.11.1005,1.2.643.5.1.13.13.11.1040"
BASE = ("2025-12-01T00:00:00Z", "2026-03-10T00:00:00Z")
INCREMENT = ("2026-03-10T00:00:00Z", "2026-04-10T00:00:00Z")
ENV = {
    "OZERO_NSI_DIRECTORIES": NSI_DIRECTORIES,
    "OZERO_PSEUDONYM_KEY": "cf" * 32,
    "OZERO_PSEUDONYM_KEY_ID": "bench-fixed-cost",
}
# (module, attribute, label): what the timings are split by. GX: everything under
# `validate_dataframe` but the split's Spark actions, and the Data Docs site.
WRAPPED = (
    ("ozero.quality.validate", "validate_dataframe", None),
    ("ozero.quality.validate", "build_suite", "gx:build_suite"),
    ("ozero.quality.validate", "_batch_definition", "gx:context"),
    ("ozero.quality.validate", "_validated", "gx:validate"),
    ("ozero.quality.validate", "_validated_in_memory", "gx:validate_in_memory"),
    ("ozero.pipeline", "render_docs", "gx:data_docs"),
    ("ozero.curate.landing", "land", None),
    ("ozero.curate.landing", "_record_deid_stats", None),
    ("ozero.curate.landing", "record_validation", None),
    ("ozero.curate.landing", "flush_records", None),
    ("ozero.curate.landing", "write_curated", None),
    ("ozero.curate.landing", "quarantine", None),
    ("ozero.curate.landing", "check_key", None),
    ("ozero.curate.landing", "_deid_summary", None),
    ("ozero.curate.landing", "new_records", None),
    ("ozero.lake", "merge", "delta:merge"),
    ("ozero.lake", "append", "delta:append"),
    ("ozero.runs", "bronze_accounting", None),
    ("ozero.runs", "write", "runs.write"),
    ("ozero.curate.marks", "remember", "marks.remember"),
    ("ozero.curate.imaging", "_series_and_studies", None),
)


def _serve() -> tuple[Any, str]:
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _use_lake(root: Path) -> None:
    os.environ.update(ENV)
    os.environ["OZERO_LAKE_URI"] = str(root)


def prepare(workdir: Path) -> None:
    """Base window ingested and curated, the increment ingested: saved for `run`."""
    from ozero import pipeline

    lake = workdir / "prepared"  # kept: bronze rows name their objects by absolute path
    shutil.rmtree(lake, ignore_errors=True)
    server, url = _serve()
    _use_lake(lake)
    os.environ["OZERO_SIMULATOR_URL"] = url
    info: dict[str, Any] = {"base": {}, "increment": {}, "curated_base": {}}
    try:
        for source in SOURCES:
            window = () if source == "nsi" else BASE
            info["base"][source] = _landed(pipeline.ingest(source, *window))
        for source in SOURCES:
            info["curated_base"][source] = pipeline.curate_source(source)["written"]
        for source in SOURCES[1:]:
            info["increment"][source] = _landed(pipeline.ingest(source, *INCREMENT))
    finally:
        server.shutdown()
        server.server_close()
    save_ingest(lake, workdir / "saved", info)
    print(json.dumps(info, indent=1))


def _landed(report: dict[str, Any]) -> Any:
    return report.get("landed_new", report.get("received"))


def commits(root: Path) -> dict[str, int]:
    """Each Delta table of the lake (zone.name) → its number of commit files."""
    out = {}
    for log in root.glob("*/*/_delta_log"):
        table = f"{log.parent.parent.name}.{log.parent.name}"
        out[table] = sum(1 for _ in log.glob("*.json"))
    return out


def _diff(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    changed = {t: n - before.get(t, 0) for t, n in after.items()}
    return {t: n for t, n in sorted(changed.items()) if n}


def _install(timer: StepTimer) -> None:
    import importlib

    from pyspark.sql.classic.dataframe import DataFrame

    for module, attr, label in WRAPPED:
        owner = importlib.import_module(module)
        if hasattr(owner, attr):  # the other tree may lack it
            timer.wrap(owner, attr, label)
    for attr in ("count", "collect", "isEmpty"):
        timer.wrap(DataFrame, attr, f"spark:{attr}")


def _gx_seconds(steps: dict[str, list]) -> float:
    """Wall seconds inside GX: the outermost `gx:` step of each path."""
    total = 0.0
    for path, (seconds, _calls) in steps.items():
        parts = path.split("/")
        first = next((i for i, p in enumerate(parts) if p.startswith("gx:")), None)
        if first is not None and first == len(parts) - 1:
            total += seconds
    return round(total, 2)


def _timed(timer: StepTimer, stages: _StageInput, root: Path, work: Any) -> dict[str, Any]:
    timer.seconds.clear()
    timer.calls.clear()
    stages.start()
    before = commits(root)
    cpu0, t0 = tree_cpu_seconds(set()), time.perf_counter()
    report = work()
    wall = time.perf_counter() - t0
    cpu1 = tree_cpu_seconds(set())
    steps = {k: [round(v, 3), timer.calls[k]] for k, v in sorted(timer.seconds.items())}
    delta = _diff(before, commits(root))
    return {
        "wall_s": round(wall, 2),
        "cpu_s": {k: round(cpu1[k] - cpu0[k], 2) for k in cpu0},
        "cpu_total_s": round(sum(cpu1[k] - cpu0[k] for k in cpu0), 2),
        "commits": delta,
        "commits_total": sum(delta.values()),
        "stages": stages.read()["stages"],
        "gx_s": _gx_seconds(steps),
        "steps": steps,
        "written": report.get("written"),
        "bronze_new": report.get("bronze_new"),
    }


def run(
    workdir: Path, label: str, out: Path | None, keep: Path | None = None, warm_up: bool = True
) -> dict[str, Any]:
    """One repeat: warm-up on a copy, then per source the increment and a no-change run;
    `keep`: where to move the timed lake (for `same`)."""
    import ozero
    from ozero import pipeline
    from ozero.spark import get_spark

    saved = workdir / "saved"
    scratch = Path(tempfile.mkdtemp(prefix="cfc-run-", dir=workdir))
    try:
        warm = scratch / "warm"
        info = restore_ingest(saved, warm)
        _use_lake(warm)
        t0 = time.perf_counter()
        for source in SOURCES if warm_up else ():
            pipeline.curate_source(source)
        warm_s = time.perf_counter() - t0
        timer, stages = StepTimer(scratch / "prof"), _StageInput(get_spark())
        _install(timer)
        lake = scratch / "timed"
        restore_ingest(saved, lake)
        _use_lake(lake)
        result: dict[str, Any] = {
            "label": label,
            "code": str(Path(ozero.__file__).parent.parent),
            "world": {"seed": SEED, "patients": PATIENTS, "documents": DOCUMENTS},
            "increment": info["increment"],
            "warm_up_s": round(warm_s, 1),
            "load1_before": os.getloadavg()[0],
            "sources": {},
        }
        for source in SOURCES:
            curate = functools.partial(pipeline.curate_source, source)
            result["sources"][source] = {
                "increment": _timed(timer, stages, lake, curate),
                "no_change": _timed(timer, stages, lake, curate),
            }
            print(f"{label} {source}: {_line(result['sources'][source])}", file=sys.stderr)
        result["load1_after"] = os.getloadavg()[0]
        if keep is not None:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.move(lake, keep)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1))
    return result


def _line(runs: dict[str, Any]) -> str:
    return ", ".join(
        f"{kind} {r['wall_s']} s wall / {r['cpu_total_s']} s CPU, {r['commits_total']} commits, "
        f"{r['stages']} stages, GX {r['gx_s']} s"
        for kind, r in runs.items()
    )


def compare(files: list[Path]) -> dict[str, Any]:
    """Medians per label, source and kind of run (wall, CPU, commits, stages, GX)."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for path in files:
        data = json.loads(path.read_text())
        by_label.setdefault(data["label"], []).append(data)
    summary: dict[str, Any] = {}
    for label, results in sorted(by_label.items()):
        summary[label] = {"repeats": len(results)}
        for source in SOURCES:
            for kind in ("increment", "no_change"):
                runs_ = [r["sources"][source][kind] for r in results]
                summary[label][f"{source}:{kind}"] = {
                    name: statistics.median(r[name] for r in runs_)
                    for name in ("wall_s", "cpu_total_s", "commits_total", "stages", "gx_s")
                } | {"commits": runs_[0]["commits"], "written": runs_[0]["written"]}
    print(json.dumps(summary, indent=1))
    return summary


# Columns that differ between two runs of the same curation: run ids and the moments
# rows were written, recorded, validated or quarantined.
RUN_COLUMNS = {"run_id", "_run_id", "started_at", "finished_at", "quarantined_at"}
RUN_COLUMNS |= {"validated_at", "superseded_at", "recorded_at", "first_run_id", "built_at"}
LAKE_ROOT = re.compile(r"/\S*?/cfc-run-[^/]+/timed/")  # object URIs name the run's lake


def same(a: Path, b: Path) -> dict[str, Any]:
    """Whether two kept lakes hold the same rows in every table (delta-rs, no Spark),
    leaving out `RUN_COLUMNS` and, in `ops.runs`, the run's message-free timings."""
    import pyarrow as pa
    from deltalake import DeltaTable, QueryBuilder  # reads deletion vectors, to_pandas not

    found: dict[str, Any] = {}
    tables = sorted(set(commits(a)) | set(commits(b)))
    for table in tables:
        zone, name = table.split(".", 1)
        frames = []
        for root in (a, b):
            path = root / zone / name
            if not (path / "_delta_log").is_dir():
                frames.append(None)
                continue
            query = QueryBuilder().register("t", DeltaTable(str(path)))
            rows = pa.table(query.execute("SELECT * FROM t").read_all()).to_pylist()
            kept = [{k: v for k, v in r.items() if k not in RUN_COLUMNS} for r in rows]
            texts = (json.dumps(r, sort_keys=True, default=str) for r in kept)
            frames.append(sorted(LAKE_ROOT.sub("<lake>/", t) for t in texts))
        left, right = frames
        found[table] = {
            "rows": [None if f is None else len(f) for f in frames],
            "same": left == right,
        }
    print(json.dumps(found, indent=1))
    found["all_same"] = all(v["same"] for v in found.values())
    print("all same:", found["all_same"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("prepare", "run"):
        p = sub.add_parser(name)
        p.add_argument("--workdir", type=Path, required=True)
        if name == "run":
            p.add_argument("--label", required=True)
            p.add_argument("--out", type=Path)
            p.add_argument("--keep", type=Path, help="move the timed lake here")
            p.add_argument("--no-warm-up", action="store_true")
    p = sub.add_parser("same")
    p.add_argument("lakes", type=Path, nargs=2)
    p.add_argument("--out", type=Path)
    p = sub.add_parser("compare")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.workdir)
    elif args.command == "run":
        run(args.workdir, args.label, args.out, args.keep, not args.no_warm_up)
    elif args.command == "same":
        found = same(*args.lakes)
        if args.out:
            args.out.write_text(json.dumps(found, indent=1))
    else:
        summary = compare(args.files)
        if args.out:
            args.out.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
