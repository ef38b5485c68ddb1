"""The `ozero` command: simulator, lake, pipeline steps, releases, de-identification."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_simulator_serve(args: argparse.Namespace) -> int:
    from ozero.simulator.server import serve

    serve(
        host=args.host,
        port=args.port,
        seed=args.seed,
        patients=args.patients,
        documents=args.documents,
        faults=args.faults,
    )
    return 0


def cmd_lake_tables(args: argparse.Namespace) -> int:
    from ozero import lake
    from ozero.spark import get_spark

    tables = [t.__dict__ for t in lake.list_tables(get_spark())]
    if args.json:
        _print_json(tables)
    elif not tables:
        print(f"no tables yet in {lake.lake_root()}; run `make demo` or the ingest DAGs")
    else:
        print(f"{'zone':<11} {'table':<36} {'version':>7} {'rows':>9}")
        for t in tables:
            print(f"{t['zone']:<11} {t['name']:<36} {t['version']:>7} {t['rows']:>9}")
    return 0


def cmd_lake_summary(args: argparse.Namespace) -> int:
    from ozero.report import collect, render

    data = collect()
    if args.json:
        _print_json(data)
    else:
        print(render(data))
    return 0


def cmd_lake_runs(args: argparse.Namespace) -> int:
    from ozero import runs
    from ozero.spark import get_spark

    rows = runs.load(get_spark(), args.limit)
    if args.json:
        _print_json(rows)
    else:
        print(runs.render(rows))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Run one pipeline step without Airflow (a cluster job, a notebook, a quick check)."""
    from ozero import pipeline

    if args.step == "ingest":
        result = pipeline.ingest(args.source, args.start, args.end)
    elif args.step == "curate":
        result = pipeline.curate()
    else:
        result = pipeline.build_release_candidate(args.dataset)
    _print_json(result)
    return 0


def cmd_deid_text(args: argparse.Namespace) -> int:
    from ozero.deid.text.cli import scrub_jsonl

    return scrub_jsonl(args.input, args.output)


def cmd_deid_dicom(args: argparse.Namespace) -> int:
    from ozero.deid.dicom.tree import run_dicom_cli

    return run_dicom_cli(
        args.input_dir,
        args.output_dir,
        args.report,
        retain_modified_dates=args.retain_modified_dates,
        retain_patient_characteristics=args.retain_patient_characteristics,
        retain_device_identity=args.retain_device_identity,
        clean_descriptors=args.clean_descriptors,
        ocr=not args.no_ocr,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ozero", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO)")
    groups = parser.add_subparsers(dest="group", required=True)

    sim = groups.add_parser("simulator", help="the bundled registry simulator").add_subparsers(
        dest="cmd", required=True
    )
    serve = sim.add_parser("serve", help="serve FNSI, REMD and GIS OMS feeds over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--seed", type=int, default=42)
    serve.add_argument("--patients", type=int, default=150)
    serve.add_argument("--documents", type=int, default=300)
    serve.add_argument("--faults", default="", help="inject faults, e.g. error=0.05,drop=0.02")
    serve.set_defaults(func=cmd_simulator_serve)

    lake_cmd = groups.add_parser("lake", help="inspect the lake").add_subparsers(
        dest="cmd", required=True
    )
    tables = lake_cmd.add_parser("tables", help="tables with zone, Delta version, row count")
    tables.add_argument("--json", action="store_true")
    tables.set_defaults(func=cmd_lake_tables)
    summ = lake_cmd.add_parser("summary", help="row accounting, quarantine, de-id, validation")
    summ.add_argument("--json", action="store_true")
    summ.set_defaults(func=cmd_lake_summary)
    runs_cmd = lake_cmd.add_parser("runs", help="per-run row accounting with its checks")
    runs_cmd.add_argument("--json", action="store_true")
    runs_cmd.add_argument("--limit", type=int, default=20)
    runs_cmd.set_defaults(func=cmd_lake_runs)

    run = groups.add_parser("run", help="run a pipeline step without Airflow").add_subparsers(
        dest="step", required=True
    )
    ingest = run.add_parser("ingest", help="land one window of a registry feed in bronze")
    ingest.add_argument("source", choices=["nsi", "remd", "oms"])
    ingest.add_argument("--start", default="2000-01-01T00:00:00Z")
    ingest.add_argument("--end", required=True, help="ISO timestamp, exclusive")
    ingest.set_defaults(func=cmd_run)
    run.add_parser("curate", help="bronze → silver → gold").set_defaults(func=cmd_run)
    cand = run.add_parser("candidate", help="build a release candidate from gold")
    cand.add_argument("dataset", nargs="?", default="chest-imaging-protocols")
    cand.set_defaults(func=cmd_run)

    from ozero.release.cli import register as register_release

    register_release(groups)

    deid = groups.add_parser("deid", help="de-identification tools").add_subparsers(
        dest="cmd", required=True
    )
    text = deid.add_parser("text", help="scrub Russian free text: JSON lines in, JSON lines out")
    text.add_argument("--in", dest="input", default="-")
    text.add_argument("--out", dest="output", default="-")
    text.set_defaults(func=cmd_deid_text)

    dicom = deid.add_parser("dicom", help="de-identify a DICOM tree (PS3.15 Basic Profile)")
    dicom.add_argument("input_dir")
    dicom.add_argument("output_dir")
    dicom.add_argument("--report", help="JSON report of what was done to each file")
    dicom.add_argument("--retain-modified-dates", action="store_true")
    dicom.add_argument("--retain-patient-characteristics", action="store_true")
    dicom.add_argument("--retain-device-identity", action="store_true")
    dicom.add_argument("--clean-descriptors", action="store_true")
    dicom.add_argument(
        "--no-ocr",
        action="store_true",
        help="skip the burned-in text check (at-risk instances are then quarantined)",
    )
    dicom.set_defaults(func=cmd_deid_dicom)

    demo = groups.add_parser("demo", help="the whole pipeline end to end (what `make demo` runs)")
    demo.set_defaults(func=lambda _args: __import__("ozero.demo").demo.main())
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
