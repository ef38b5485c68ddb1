"""`ozero privacy erase | erasures`: erasure requests from the command line.

The patients come from a file (SNILS/ENP, one patient per line), never from arguments: a
shell's history and the process list would keep them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

RETENTION_ENV = "OZERO_ERASURE_RETAIN_HOURS"


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _retention(value: str | None) -> int:
    import os

    from ozero.errors import SetupError

    text = value if value is not None else os.environ.get(RETENTION_ENV, "0")
    if not text.isdigit():
        raise SetupError(
            f"{RETENTION_ENV} / --retain-hours must be a whole number of hours, got {text!r}"
        )
    return int(text)


def run_erase(args: argparse.Namespace) -> int:
    from ozero.deid.keys import load_key
    from ozero.privacy.erase import Eraser
    from ozero.privacy.patients import read_patient_file
    from ozero.spark import get_spark

    patients = read_patient_file(args.patient_file)  # before Spark: a bad file fails in a second
    retention = _retention(args.retain_hours)
    key = load_key()

    started = time.monotonic()

    def progress(line: str) -> None:
        print(f"erase [{time.monotonic() - started:6.1f}s] {line}", file=sys.stderr, flush=True)

    eraser = Eraser(get_spark(), key, patients, retention, not args.no_patch, progress)
    report = eraser.run()
    data = report.as_dict()
    if args.json:
        _print_json(data)
        return 0
    print(f"{report.request_id}: {report.patients} patient(s) erased")
    for table, rows in sorted(report.deleted_rows.items()):
        print(f"  {table:<36} {rows:>6} rows deleted")
    print(f"  bronze objects removed or rewritten: {report.objects_removed}")
    print(f"  VACUUM retention: {report.vacuum_retention_hours} h")
    for title, items in (
        ("releases withdrawn", report.releases_withdrawn),
        ("candidates withdrawn", report.candidates_withdrawn),
        ("patch candidates for the curator", report.patch_candidates),
    ):
        print(f"  {title}: {', '.join(items) if items else 'none'}")
    if report.patch_candidates:
        print("  next: `ozero release candidates` and `ozero release approve DATASET VERSION`")
    return 0


def run_erasures(args: argparse.Namespace) -> int:
    from ozero.privacy.erase import history
    from ozero.spark import get_spark

    rows = history(get_spark())
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("no erasure yet")
        return 0
    for r in rows:
        deleted = sum(r["deleted_rows"].values())
        print(
            f"{r['request_id']}  {r['requested_at']}  patients={r['patients']}  "
            f"rows deleted={deleted}  objects={r['objects_removed']}"
        )
        for title in ("releases_withdrawn", "candidates_withdrawn", "patch_candidates"):
            if r[title]:
                print(f"  {title.replace('_', ' ')}: {', '.join(r[title])}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `privacy` command group to the top-level CLI (dispatch: args.func)."""
    privacy = subparsers.add_parser("privacy", help="erasure and opt-out (docs/privacy.md)")
    commands = privacy.add_subparsers(dest="cmd", required=True)
    erase = commands.add_parser(
        "erase", help="remove patients from every zone; withdraw the releases holding them"
    )
    erase.add_argument(
        "--patient-file",
        required=True,
        metavar="FILE",
        help="one patient per line: SNILS and/or ENP (never pass them as arguments)",
    )
    erase.add_argument(
        "--retain-hours",
        default=None,
        metavar="N",
        help=f"VACUUM retention after the deletes (default ${RETENTION_ENV} or 0)",
    )
    erase.add_argument("--no-patch", action="store_true", help="do not build patch candidates now")
    erase.add_argument("--json", action="store_true", help="print JSON only")
    erase.set_defaults(func=run_erase)
    erasures = commands.add_parser("erasures", help="what each erasure did, newest first")
    erasures.add_argument("--json", action="store_true", help="print JSON only")
    erasures.set_defaults(func=run_erasures)
    return privacy
