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
        from ozero.sources.registry import get_source

        source = get_source(args.source)
        if source.windowed and not args.end:
            print(f"ozero run ingest {args.source}: --end is required", file=sys.stderr)
            return 2
        options = {
            o.name: [v.strip() for spec in getattr(args, o.name) or [] for v in spec.split(",")]
            if o.repeatable
            else getattr(args, o.name)
            for o in source.options
            if getattr(args, o.name, None)
        }
        start = args.start if source.windowed else None
        result = pipeline.ingest(args.source, start, args.end, **options)
    elif args.step == "curate":
        result = pipeline.curate()
    else:
        result = pipeline.build_release_candidate(args.dataset)
    _print_json(result)
    return 0


def _add_ingest_commands(run: argparse._SubParsersAction) -> None:
    """`ozero run ingest <source>`: one sub-command per registered source, with its options."""
    from ozero.sources.registry import all_sources

    ingest = run.add_parser("ingest", help="land one window of a registry feed in bronze")
    per_source = ingest.add_subparsers(dest="source", required=True, metavar="SOURCE")
    for source in all_sources():
        cmd = per_source.add_parser(source.name, help=f"{source.title}: {source.description}")
        if source.windowed:
            cmd.add_argument("--start", default="2000-01-01T00:00:00Z")
            cmd.add_argument("--end", help="ISO timestamp, exclusive (required)")
        else:
            cmd.set_defaults(start=None, end=None)
        for option in source.options:
            flag = "--" + option.name.replace("_", "-")
            action = "append" if option.repeatable else "store"
            cmd.add_argument(flag, dest=option.name, action=action, help=option.help)
        cmd.set_defaults(func=cmd_run)


def cmd_lake_nsi_version(args: argparse.Namespace) -> int:
    """Which version of a directory was current on a day (from the passports' publishDate)."""
    from datetime import date

    from ozero.curate.nsi import NsiVersionError, current_version
    from ozero.spark import get_spark

    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
        print(current_version(get_spark(), args.oid, on))
    except (ValueError, NsiVersionError) as exc:
        print(f"ozero lake nsi-version: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_deid_text(args: argparse.Namespace) -> int:
    from ozero.deid.text.cli import run

    return run(args)


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
        profile=args.profile,
        clean_structured_content=args.clean_structured_content,
        clean_graphics=args.clean_graphics,
        quarantine=args.quarantine,
    )


def cmd_deid_new_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ozero.deid.keys import generate_key_file

    if Path(args.path).exists():
        print(f"error: {args.path} exists; choose a new path (keys are never overwritten)")
        return 2
    key = generate_key_file(args.path)
    print(f"new key id {key.key_id} written to {args.path} (mode 0600)")
    return 0


def cmd_deid_rotate_key(args: argparse.Namespace) -> int:
    from ozero.pipeline import rotate_key

    result = rotate_key(args.new_key_file)
    _print_json(result)
    print(
        f"rotated to key id {result['new_key_id']}; now configure it for every later run, "
        f"e.g. OZERO_PSEUDONYM_KEY_FILE={args.new_key_file}",
        file=sys.stderr,
    )
    return 0


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
    nsi_version = lake_cmd.add_parser(
        "nsi-version", help="the NSI directory version current on a date"
    )
    nsi_version.add_argument("oid")
    nsi_version.add_argument("--on", help="YYYY-MM-DD (default: today)")
    nsi_version.set_defaults(func=cmd_lake_nsi_version)

    run = groups.add_parser("run", help="run a pipeline step without Airflow").add_subparsers(
        dest="step", required=True
    )
    _add_ingest_commands(run)
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
    from ozero.deid.text.cli import add_arguments as add_text_arguments

    add_text_arguments(text)
    text.set_defaults(func=cmd_deid_text)

    dicom = deid.add_parser("dicom", help="de-identify a DICOM tree (PS3.15 Basic Profile)")
    dicom.add_argument("input_dir")
    dicom.add_argument("output_dir")
    dicom.add_argument("--report", help="extra copy of OUT/deid-report.json (no identifiers)")
    dicom.add_argument(
        "--quarantine",
        metavar="DIR",
        help="where originals that cannot be cleared and the id→input-path map go "
        "(default: <input_dir>.quarantine beside the input; never under OUT or IN)",
    )
    dicom.add_argument(
        "--profile",
        help="named option set: strict (default), research-imaging, research-reports, device-qa",
    )
    dicom.add_argument("--retain-dates", "--retain-modified-dates", action="store_true",
                       dest="retain_modified_dates")  # fmt: skip
    dicom.add_argument("--retain-patient-characteristics", action="store_true")
    dicom.add_argument("--retain-device", "--retain-device-identity", action="store_true",
                       dest="retain_device_identity")  # fmt: skip
    dicom.add_argument("--clean-descriptors", action="store_true")
    dicom.add_argument("--clean-structured-content", action="store_true")
    dicom.add_argument("--clean-graphics", action="store_true")
    dicom.add_argument(
        "--no-ocr",
        action="store_true",
        help="skip the burned-in text check (at-risk instances are then quarantined)",
    )
    dicom.set_defaults(func=cmd_deid_dicom)

    new_key = deid.add_parser("new-key", help="create a fresh pseudonymisation key file (0600)")
    new_key.add_argument("path", help="where to write the key file (must not exist)")
    new_key.set_defaults(func=cmd_deid_new_key)
    rotate = deid.add_parser(
        "rotate-key", help="re-pseudonymise silver and gold under a new key, in one job"
    )
    rotate.add_argument("--new-key-file", required=True, help="JSON key file of the new key")
    rotate.set_defaults(func=cmd_deid_rotate_key)

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
