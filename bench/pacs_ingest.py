"""PACS throughput: DICOMweb → bronze (ingest) and bronze → de-identified files + silver (curate).

Starts the simulator in-process (optionally with transport faults), ingests every study with
`ozero.pipeline.ingest("pacs")`, curates with `curate_source("pacs")` (Basic Profile +
options, Tesseract on at-risk instances), and reports instances/s per step, what went to
quarantine, and how many retries the faults cost. Writes `bench/results/pacs_ingest.json`.

    .venv/bin/python bench/pacs_ingest.py --documents 60
    .venv/bin/python bench/pacs_ingest.py --documents 60 --faults "error=0.05,truncate=0.05,seed=1"

Spark start-up and Delta MERGE commits are fixed costs per run: small worlds understate the
steady-state rate. The box is shared, so numbers are comparable only within one run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _floor(base_url: str, workdir: Path) -> dict:
    """The per-instance work without Spark or Delta: DICOMweb listing + WADO-RS, then
    `deidentify_file` (the function the Spark tasks run) on one core."""
    from ozero.curate.imaging import Rejected, deidentify_file, profile_options
    from ozero.deid.dicom import tesseract_ocr
    from ozero.deid.keys import load_key
    from ozero.sources.dicomweb import SERIES_UID, SOP_UID, STUDY_UID, DicomWebClient, value

    client = DicomWebClient(base_url)
    t0 = time.perf_counter()
    files = []
    for _page, studies in client.studies("19000101-21001231"):
        for study in studies:
            st = value(study, STUDY_UID)
            for series in client.series(st):
                se = value(series, SERIES_UID)
                for inst in client.instances(st, se):
                    files.append(client.retrieve(st, se, value(inst, SOP_UID)))
    t1 = time.perf_counter()
    key, ocr, out = load_key(), tesseract_ocr(), str(workdir / "floor")
    for data in files:
        with contextlib.suppress(Rejected):  # truncated at the source: quarantined in curate
            deidentify_file(data, key, profile_options(), ocr, out)
    t2 = time.perf_counter()
    return {
        "floor_http_instances_per_s": round(len(files) / (t1 - t0), 1),
        "floor_deid_instances_per_s_1core": round(len(files) / (t2 - t1), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--patients", type=int, default=40)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--faults", default="")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ozero-bench-pacs-"))
    os.environ["OZERO_LAKE_URI"] = str(workdir / "lake")
    os.environ.setdefault("OZERO_PSEUDONYM_KEY", "ab" * 32)
    os.environ.setdefault("OZERO_PSEUDONYM_KEY_ID", "bench-key")
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.pacs import build_archive
    from ozero.simulator.server import make_server
    from ozero.simulator.world import build_world

    faults = FaultPlan.parse(args.faults) if args.faults else None
    server = make_server(
        port=0, seed=args.seed, patients=args.patients, documents=args.documents, faults=faults
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ["OZERO_PACS_URL"] = f"http://127.0.0.1:{server.server_address[1]}"
    archive = build_archive(build_world(args.seed, args.patients, args.documents))
    at_risk = sum(i.burned_in for s in archive.studies for se in s.series for i in se.instances)

    floor = _floor(os.environ["OZERO_PACS_URL"], workdir)

    from ozero import pipeline
    from ozero.spark import get_spark

    get_spark()  # start-up is not the connector's cost
    t0 = time.perf_counter()
    ingest = pipeline.ingest("pacs", "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
    t1 = time.perf_counter()
    curate = pipeline.curate_source("pacs")
    t2 = time.perf_counter()
    n = ingest["landed_new"]
    result = {
        "documents": args.documents,
        "studies": len(archive.studies),
        "instances": n,
        "at_risk_instances": at_risk,
        "faults": faults.spec() if faults else "",
        "ingest_s": round(t1 - t0, 1),
        "ingest_instances_per_s": round(n / (t1 - t0), 2),
        "requests": ingest["requests"],
        "retries": ingest["retries"],
        "curate_s": round(t2 - t1, 1),
        "curate_instances_per_s": round(curate["bronze_new"] / (t2 - t1), 2),
        "silver_instances": curate["written"],
        "quarantined": curate["quarantined_parse"] + curate["quarantined_validation"],
        "burned_in": curate["deid"].get("burned_in"),
        **floor,
        "load_average": os.getloadavg()[0],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "pacs_ingest.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(json.dumps(result, indent=1, ensure_ascii=False))
    server.shutdown()
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
