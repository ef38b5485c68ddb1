"""The `ozero` command: simulator, lake, pipeline steps, releases, catalog, de-identification."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from ozero import logs
from ozero.errors import BadPathError, NotFoundError, OzeroError, ServerDownError

if TYPE_CHECKING:
    from ozero.sources.registry import Source

USAGE_ERROR = 2  # an expected failure: one line on stderr naming the fix


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
    """Read from the Delta logs (no JVM): answers in about a second."""
    from ozero import lakeview
    from ozero.lake import lake_root

    for name in args.names:
        lakeview.check_table_name(name)
    tables = [t.__dict__ for t in lakeview.list_tables()]
    if args.names:
        tables = [t for t in tables if t["name"] in args.names]
    if args.json:
        _print_json(tables)
    elif not tables:
        print(f"no tables yet in {lake_root()}; run `make demo` or the ingest DAGs")
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
    """`ops.runs` read from its Delta table (no JVM), checked and rendered by `ozero.runs`."""
    from ozero import lakeview, runs

    latest = lakeview.latest_first(lakeview.rows(runs.TABLE), "started_at", args.limit)
    rows = [{**row, **runs.checks(row)} for row in latest]
    if args.json:
        _print_json(rows)
    else:
        print(runs.render(rows))
    return 0


def cmd_lake_upkeep(args: argparse.Namespace) -> int:
    """Compaction and VACUUM that keep every pinned version readable (docs/operations.md)."""
    from dataclasses import asdict

    from ozero import lakeview
    from ozero.spark import get_spark
    from ozero.upkeep.run import upkeep

    for name in args.tables:
        lakeview.check_table_name(name)
    if args.retain_hours < 0:
        print("ozero lake upkeep: --retain-hours must be 0 or more", file=sys.stderr)
        return USAGE_ERROR
    results = upkeep(
        get_spark(),
        args.tables or None,
        args.retain_hours,
        args.dry_run,
        args.full,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    if args.json:
        _print_json([asdict(r) for r in results])
        return 0
    verb = "would vacuum" if args.dry_run else "vacuumed"
    print(f"{'table':<36} {'files':>13} {verb:>12}  retention")
    for r in results:
        files = f"{r.files_before} → {r.files_after}"
        print(f"{r.table:<36} {files:>13} {r.files_vacuumed:>12}  "
              f"{r.retention_hours} h ({r.retention_reason})")  # fmt: skip
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Run one pipeline step without Airflow (a cluster job, a notebook, a quick check)."""
    from ozero import pipeline

    result: dict | None  # a release candidate is None when nothing changed
    if args.step == "ingest":
        from ozero.sources.registry import get_source

        source = get_source(args.source)
        if source.windowed and not args.end:
            print(f"ozero run ingest {args.source}: --end is required", file=sys.stderr)
            return 2
        _require_reachable(source)
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
    elif args.step == "dataset":
        from ozero.datasets.registry import get_spec

        get_spec(args.dataset)  # an unknown or broken spec fails before Spark starts
        result = pipeline.build_dataset(args.dataset)
    else:
        from ozero.release.datasets import get_dataset

        get_dataset(args.dataset)  # an unknown name fails before Spark starts
        result = pipeline.build_release_candidate(args.dataset)
    _print_json(result)
    return 0


def cmd_datasets_list(args: argparse.Namespace) -> int:
    from ozero.datasets.registry import all_specs

    rows = [
        {
            "dataset": s.name,
            "title": s.title.get("en", ""),
            "tables": list(s.gold_tables),
            "labels": [f"{lb.column} ({lb.source})" for lb in s.labels],
            "images": bool(s.images),
            "access": s.access.get("level", ""),
            "spec": s.path,
        }
        for s in all_specs()
    ]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        print(f"{r['dataset']:<28} {', '.join(r['tables'])}")
        print(f"{'':<28} labels: {', '.join(r['labels']) or '-'}; access: {r['access']}")
    return 0


def cmd_datasets_check(args: argparse.Namespace) -> int:
    """Every spec checked; all problems of all files reported, exit 2 if any."""
    from pathlib import Path

    from ozero.datasets.registry import spec_files
    from ozero.datasets.spec import SpecError, load_spec

    paths = [Path(p) for p in args.paths] or spec_files()
    failed = 0
    for path in paths:
        if not path.is_file():
            print(f"ozero datasets check: {path}: no such file", file=sys.stderr)
            failed += 1
            continue
        try:
            spec = load_spec(path)
        except SpecError as exc:
            failed += 1
            for problem in str(exc).split("; "):
                print(problem, file=sys.stderr)
            continue
        print(f"{path}: ok ({spec.name}: {len(spec.columns)} columns, {len(spec.labels)} labels)")
    return 2 if failed else 0


def _json_flag(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--json`, accepted as everywhere else: a `run` step prints JSON and nothing else
    anyway, so scripts can pass the flag to every command alike."""
    parser.add_argument("--json", action="store_true", help="print JSON only (always so)")
    return parser


def _add_ingest_commands(run: argparse._SubParsersAction) -> None:
    """`ozero run ingest <source>`: one sub-command per registered source, with its options."""
    from ozero.sources.registry import all_sources

    ingest = run.add_parser("ingest", help="land one window of a registry feed in bronze")
    per_source = ingest.add_subparsers(dest="source", required=True, metavar="SOURCE")
    for source in all_sources():
        cmd = _json_flag(
            per_source.add_parser(source.name, help=f"{source.title}: {source.description}")
        )
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


def _require_reachable(source: Source) -> None:
    """Fail in a second, before Spark starts, when the registry does not even accept a
    connection (retries would take half a minute to say the same)."""
    import socket
    from urllib.parse import urlsplit

    url = source.url()
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname or "", port), timeout=5).close()
    except OSError:
        raise ServerDownError(
            f"the {source.name} registry at {url} does not answer",
            fix=(
                f"set {source.url_variable} (or OZERO_SIMULATOR_URL) to a running server, or "
                f"start the bundled simulator: `ozero simulator serve --port {port}`"
            ),
        ) from None


def cmd_lake_nsi_version(args: argparse.Namespace) -> int:
    """Which version of a directory was current on a day (passports read without a JVM)."""
    from ozero import lakeview
    from ozero.curate.nsi import version_on

    versions = lakeview.nsi_versions(args.oid)
    if not versions:
        known = sorted({r["oid"] for r in lakeview.rows("silver.nsi_directories")})
        raise NotFoundError(
            f"directory {args.oid} is not in the lake (directories there: "
            f"{', '.join(known) or 'none'})",
            fix=f"land it with `ozero run ingest nsi --oid {args.oid}` then `ozero run curate`",
        )
    print(version_on(versions, args.oid, args.on or date.today()))
    return 0


def cmd_deid_text(args: argparse.Namespace) -> int:
    from ozero.deid.text.cli import __doc__ as text_doc
    from ozero.deid.text.cli import add_arguments, run

    parser = argparse.ArgumentParser(
        prog="ozero deid text",
        description=text_doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return run(parser.parse_args(args.passthrough_args))


def cmd_deid_dicom(args: argparse.Namespace) -> int:
    from ozero.deid.dicom.tree import run_dicom_cli

    if not os.path.isdir(args.input_dir):
        raise BadPathError(
            f"input directory {args.input_dir} does not exist or is not a folder",
            fix="pass the folder holding the DICOM files",
        )
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
        raise BadPathError(
            f"{args.path} exists; keys are never overwritten",
            fix="choose a new path (the key in use is rotated with `ozero deid rotate-key`)",
        )
    key = generate_key_file(args.path)
    print(f"new key id {key.key_id} written to {args.path} (mode 0600)")
    return 0


def cmd_deid_rotate_key(args: argparse.Namespace) -> int:
    from ozero.deid.keys import load_key_file
    from ozero.pipeline import rotate_key

    load_key_file(args.new_key_file)  # a missing or unreadable file fails before Spark starts
    result = rotate_key(args.new_key_file)
    _print_json(result)
    print(
        f"rotated to key id {result['new_key_id']}; now configure it for every later run, "
        f"e.g. OZERO_PSEUDONYM_KEY_FILE={args.new_key_file}",
        file=sys.stderr,
    )
    return 0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _group_of(argv: list[str]) -> str | None:
    """The command group a command line asks for (`lake`, `release`, ...), if any."""
    words = [a for a in argv if not a.startswith("-")]
    return words[0] if words else None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; the `release` group's own (which imports pandas and the release
    store) only when the command line is a `release` command, so `lake tables` stays fast."""
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

    lake_cmd = groups.add_parser("lake", help="inspect and look after the lake").add_subparsers(
        dest="cmd", required=True
    )
    tables = lake_cmd.add_parser("tables", help="tables with zone, Delta version, row count")
    tables.add_argument("names", nargs="*", help="only these tables (e.g. silver.oms_cases)")
    tables.add_argument("--json", action="store_true")
    tables.set_defaults(func=cmd_lake_tables)
    summ = lake_cmd.add_parser("summary", help="row accounting, quarantine, de-id, validation")
    summ.add_argument("--json", action="store_true")
    summ.set_defaults(func=cmd_lake_summary)
    runs_cmd = lake_cmd.add_parser("runs", help="per-run row accounting with its checks")
    runs_cmd.add_argument("--json", action="store_true")
    runs_cmd.add_argument("--limit", type=int, default=20)
    runs_cmd.set_defaults(func=cmd_lake_runs)
    upkeep_cmd = lake_cmd.add_parser(
        "upkeep", help="compact small files, VACUUM keeping every pinned version readable"
    )
    upkeep_cmd.add_argument("tables", nargs="*", help="only these tables (default: all)")
    upkeep_cmd.add_argument(
        "--retain-hours",
        type=int,
        default=168,
        metavar="N",
        help="time travel kept (default 168); longer where a candidate or release pins a version",
    )
    upkeep_cmd.add_argument("--dry-run", action="store_true", help="change nothing; report")
    upkeep_cmd.add_argument(
        "--full", action="store_true", help="list every file (slow): also orphans of failed writes"
    )
    upkeep_cmd.add_argument("--json", action="store_true")
    upkeep_cmd.set_defaults(func=cmd_lake_upkeep)
    nsi_version = lake_cmd.add_parser(
        "nsi-version", help="the NSI directory version current on a date"
    )
    nsi_version.add_argument("oid")
    nsi_version.add_argument("--on", type=_iso_date, help="YYYY-MM-DD (default: today)")
    nsi_version.set_defaults(func=cmd_lake_nsi_version)

    run = groups.add_parser("run", help="run a pipeline step without Airflow").add_subparsers(
        dest="step", required=True
    )
    _add_ingest_commands(run)
    _json_flag(run.add_parser("curate", help="bronze → silver → gold")).set_defaults(func=cmd_run)
    dataset = _json_flag(
        run.add_parser("dataset", help="build one dataset's gold tables from its spec")
    )
    dataset.add_argument("dataset")
    dataset.set_defaults(func=cmd_run)
    cand = _json_flag(run.add_parser("candidate", help="build a release candidate from gold"))
    cand.add_argument("dataset", nargs="?", default="chest-imaging-protocols")
    cand.set_defaults(func=cmd_run)

    datasets = groups.add_parser("datasets", help="declared datasets (datasets/*.yaml)")
    dcmds = datasets.add_subparsers(dest="cmd", required=True)
    dlist = dcmds.add_parser("list", help="the declared datasets, their tables and labels")
    dlist.add_argument("--json", action="store_true")
    dlist.set_defaults(func=cmd_datasets_list)
    dcheck = dcmds.add_parser("check", help="check spec files without Spark (file:line errors)")
    dcheck.add_argument("paths", nargs="*", help="spec files (default: every declared one)")
    dcheck.set_defaults(func=cmd_datasets_check)

    if argv is None or _group_of(argv) in ("release", None):
        from ozero.release.cli import register as register_release

        register_release(groups)
    else:
        groups.add_parser("release", help="candidates, approvals and published releases")

    if argv is None or _group_of(argv) in ("access", None):
        from ozero.access.cli import register as register_access

        register_access(groups)
    else:
        groups.add_parser("access", help="grants, access requests and the read audit")

    from ozero.catalog.cli import register as register_catalog

    register_catalog(groups)

    from ozero.privacy.cli import register as register_privacy

    register_privacy(groups)

    from ozero.labels.cli import register as register_label

    register_label(groups)

    deid = groups.add_parser("deid", help="de-identification tools").add_subparsers(
        dest="cmd", required=True
    )
    # Its options are parsed by its own parser (cmd_deid_text): importing them here would load
    # Presidio and spaCy (seconds) for every `ozero` command.
    text = deid.add_parser(
        "text",
        help="scrub Russian free text: JSON lines in, JSON lines out (--help for options)",
        add_help=False,
    )
    text.set_defaults(func=cmd_deid_text, passthrough=True)

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


@contextmanager
def _stdout_for_the_answer_only() -> Iterator[None]:
    """While a command runs, file descriptor 1 points at stderr; only Python's `sys.stdout`
    (the command's answer) still reaches the real stdout.

    A JVM started by the command (Spark, log4j) or any C library inherits or writes to fd 1;
    this way its chatter lands on stderr whatever its logging configuration, so `--json`
    output always parses. When `sys.stdout` is not fd 1 (a test capturing it), it is left
    alone and only fd 1 is redirected.
    """
    try:
        sys.stdout.flush()
        answer_fd = os.dup(1)
    except (OSError, ValueError):  # no fd 1 at all (a daemon): nothing to protect
        yield
        return
    original = sys.stdout
    try:
        writes_fd1 = original.fileno() == 1
    except (OSError, ValueError, io.UnsupportedOperation):
        writes_fd1 = False
    os.dup2(2, 1)
    if writes_fd1:
        sys.stdout = open(  # noqa: SIM115 - closed below
            os.dup(answer_fd),
            "w",
            encoding=original.encoding,
            errors=original.errors,
            newline=None,
            buffering=1 if original.line_buffering else -1,
        )
    try:
        yield
    finally:
        if sys.stdout is not original:
            try:
                sys.stdout.close()
            finally:
                sys.stdout = original
        os.dup2(answer_fd, 1)
        os.close(answer_fd)


def _command(args: argparse.Namespace) -> str:
    words = ["ozero", args.group]
    for dest in ("cmd", "step", "release_command", "catalog_command"):
        if isinstance(getattr(args, dest, None), str):
            words.append(getattr(args, dest))
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    """Run one command. An expected failure (`OzeroError`) is one line on stderr naming the
    fix and exit code 2; anything else is a bug and keeps its traceback."""
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args, rest = parser.parse_known_args(argv)
    if rest and not getattr(args, "passthrough", False):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    args.passthrough_args = rest
    logs.to_stderr(args.verbose)
    with _stdout_for_the_answer_only():
        try:
            return int(args.func(args) or 0)
        except OzeroError as exc:
            sys.stdout.flush()
            print(f"{_command(args)}: {exc.one_line()}", file=sys.stderr)
            return USAGE_ERROR
        except KeyboardInterrupt:
            print(f"{_command(args)}: interrupted", file=sys.stderr)
            return 130


if __name__ == "__main__":
    sys.exit(main())
