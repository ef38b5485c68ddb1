"""`ozero release ...`: the curator's commands.

list, show, candidates, approve, reject and verify read and write small files only (no
Spark, no JVM: they answer in about a second); `guard` and `publish` need Spark. Human
output is plain text; `--json` writes JSON and nothing else to stdout. Any expected failure
is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

USAGE_ERROR = 2


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(none)"
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn expected errors into a message on stderr and exit code 2."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (LookupError, ValueError, RuntimeError, OSError, NotImplementedError) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"error: {message}", file=sys.stderr)
            return USAGE_ERROR

    wrapper.__name__ = run.__name__
    wrapper.__doc__ = run.__doc__
    return wrapper


@_guarded
def run_list(args: argparse.Namespace) -> int:
    from ozero.release.catalog import list_all, list_releases

    rows = list_all() if args.all else list_releases()
    if args.json:
        _print_json(rows)
    else:
        columns = ["dataset", "version", "status", "published_at", "rows", "approver", "channel"]
        print(_table(rows, columns))
    return 0


def _figures(
    guard: dict[str, Any] | None, validation: dict[str, Any], tables: list[str]
) -> list[str]:
    """Validation and privacy figures in a few human lines."""
    from ozero.release.request import validation_rows

    lines = []
    for table, expectations, failed, result in validation_rows(validation, tables):
        name = table.strip("`")
        lines.append(
            f"  validation {name}: {expectations} expectations, {failed} failed ({result})"
        )
    checked = guard or {}
    for table, entry in checked.get("tables", {}).items():
        risk, phi = entry["risk"], entry["phi_scan"]
        l_values = ", ".join(f"{c} {v}" for c, v in risk["after"].get("l_min", {}).items())
        lines.append(
            f"  privacy    {table}: k {risk['before']['k_min']} → {risk['after']['k_min']} "
            f"(required {checked.get('k_required')}), {risk['rows_suppressed']} rows suppressed"
            + (f", l {l_values} (required {checked.get('l_required')})" if l_values else "")
        )
        lines.append(
            f"  phi scan   {table}: {phi['scanned_rows']} rows, "
            f"{len(phi['scanned_columns'])} columns, {sum(h['rows'] for h in phi['hits'])} hits"
        )
    if guard:
        state = "passed" if guard.get("passed") else "BLOCKED"
        lines.append(f"  guard      {state} at {guard.get('checked_at')}")
        lines += [f"  problem    {p}" for p in guard.get("problems", [])]
        lines += [f"  warning    {w}" for w in guard.get("warnings", [])]
    return lines


def _describe_changes(changes: dict[str, Any]) -> list[str]:
    from ozero.release.request import describe_change

    lines = []
    if since := changes.get("since_release"):
        lines.append(
            f"  changes    since release {since['against']}: {describe_change(since)} "
            f"→ {since.get('bump')} ({since.get('reason')})"
        )
    if rejected := changes.get("since_rejected"):
        lines.append(
            f"  changes    since rejected {rejected['against']} "
            f"(by {rejected.get('rejected_by')}): {describe_change(rejected)}"
        )
    return lines


def _describe_release(manifest: dict[str, Any]) -> str:
    approval = manifest.get("approval", {})
    candidate = manifest.get("candidate_version", manifest["version"])
    channel = approval.get("channel", "unknown")
    lines = [
        f"{manifest['dataset']} {manifest['version']}  (published release)",
        f"  published  {manifest.get('published_at')}  "
        f"(candidate {candidate} of {manifest.get('created_at')})",
        f"  approved   by {approval.get('approver')} via {channel} "
        f"at {approval.get('approved_at')}",
    ]
    if approval.get("note"):
        lines.append(f"  note       {approval['note']}")
    lines += _describe_changes(manifest.get("changes", {}))
    for table, version in manifest.get("source_versions", {}).items():
        rows = manifest.get("row_counts", {}).get(table)
        lines.append(f"  source     {table} @ Delta version {version}, {rows} rows published")
    lines.append(f"  files      {len(manifest.get('files', []))}")
    deid = manifest.get("deidentification", {})
    guard = {
        "tables": {
            t: {
                "risk": risk,
                "phi_scan": deid.get("phi_scan", {}).get(
                    t, {"scanned_rows": 0, "scanned_columns": [], "hits": []}
                ),
            }
            for t, risk in deid.get("k_anonymity", {}).get("tables", {}).items()
        },
        "k_required": deid.get("k_anonymity", {}).get("k_required"),
        "l_required": deid.get("k_anonymity", {}).get("l_required"),
        "passed": deid.get("guard", {}).get("passed"),
        "checked_at": deid.get("guard", {}).get("checked_at"),
        "warnings": deid.get("guard", {}).get("warnings", []),
    }
    lines += _figures(
        guard, manifest.get("validation", {}), list(manifest.get("source_versions", {}))
    )
    for table, columns in manifest.get("schema", {}).items():
        lines.append(f"\n{table}")
        lines.append(_table(columns, ["name", "type", "privacy", "description"]))
    return "\n".join(lines)


def _describe_candidate(record: dict[str, Any]) -> str:
    decision = record.get("decision") or {}
    lines = [
        f"{record['dataset']} {record['version']}  (CANDIDATE, {record['status']})",
        f"  created    {record['created_at']}",
    ]
    if decision:
        lines.append(
            f"  decision   {decision.get('decision')} by {decision.get('by')} via "
            f"{decision.get('channel')} at {decision.get('decided_at')}"
            + (f' — "{decision["note"]}"' if decision.get("note") else "")
        )
        if record.get("release_version") and record["release_version"] != record["version"]:
            lines.append(f"  release as {record['release_version']}")
    else:
        name = f"{record['dataset']} {record['version']}"
        lines.append(f"  decide     ozero release approve|reject {name} --note …")
    lines += _describe_changes(record.get("changes", {}))
    for table, version in record.get("source_versions", {}).items():
        rows = record.get("row_counts", {}).get(table)
        publish = record.get("publish_row_counts", {}).get(table, rows)
        lines.append(
            f"  source     {table} @ Delta version {version}, {rows} rows ({publish} to publish)"
        )
    lines.append(f"  key ids    {', '.join(record.get('key_ids') or []) or '—'}")
    lines += _figures(
        record.get("guard"), record.get("validation", {}), list(record.get("source_versions", {}))
    )
    lines.append(f"  files      {record.get('location')}/")
    return "\n".join(lines)


@_guarded
def run_show(args: argparse.Namespace) -> int:
    from ozero.release.catalog import show

    record = show(args.name, args.version)
    if args.json:
        _print_json(record)
    elif record["kind"] == "candidate":
        print(_describe_candidate(record))
    else:
        print(_describe_release(record))
    return 0


@_guarded
def run_candidates(args: argparse.Namespace) -> int:
    from ozero.release import store
    from ozero.release.candidate import PUBLISHED, list_candidates

    found = [c for c in list_candidates() if args.all or c.status != PUBLISHED]
    rows = [
        {
            "dataset": c.dataset,
            "version": c.version,
            "status": c.status,
            "created_at": c.created_at,
            "rows": sum((c.publish_row_counts or c.row_counts).values()),
            "bump": (c.changes.get("since_release") or {}).get("bump"),
            "sources": ", ".join(f"{t}@{v}" for t, v in c.source_versions.items()),
        }
        for c in found
    ]
    if args.json:
        if args.show:
            for row, c in zip(rows, found):
                row["request_markdown"] = store.read_request(c.dataset, c.version)
        _print_json(rows)
        return 0
    print(_table(rows, ["dataset", "version", "status", "created_at", "rows", "bump", "sources"]))
    if args.show:
        for c in found:
            if c.status == "pending":
                print(
                    "\n"
                    + (
                        store.read_request(c.dataset, c.version)
                        or f"{c.dataset} {c.version}: no summary"
                    )
                )
    return 0


def _report_decision(outcome: Any, as_json: bool) -> None:
    decision = outcome.decision
    if as_json:
        _print_json(
            {
                **decision.to_dict(),
                "recorded_now": outcome.recorded,
                "airflow_tasks_answered": outcome.airflow.answered,
                "airflow_runs": outcome.airflow.runs,
            }
        )
        return
    verb = "" if outcome.recorded else "already "
    print(
        f"{decision.dataset} {decision.version} {verb}{decision.decision} by {decision.by} "
        f"({decision.channel}) at {decision.decided_at}"
    )
    if outcome.airflow.answered:
        runs = ", ".join(outcome.airflow.runs)
        print(f"answered {outcome.airflow.answered} waiting Airflow approval request(s): {runs}")
    else:
        reason = outcome.airflow.message or "no Airflow run was waiting for this decision"
        print(f"{reason}; a release run reads the decision when it gets to it")


@_guarded
def run_approve(args: argparse.Namespace) -> int:
    from ozero.release.approval import approve, default_curator

    outcome = approve(
        args.name, args.version, args.by or default_curator(), args.note, args.as_version or ""
    )
    _report_decision(outcome, args.json)
    return 0


@_guarded
def run_reject(args: argparse.Namespace) -> int:
    from ozero.release.approval import default_curator, reject

    _report_decision(
        reject(args.name, args.version, args.by or default_curator(), args.note), args.json
    )
    return 0


@_guarded
def run_publish(args: argparse.Namespace) -> int:
    from ozero.release.flow import publish_approved

    uri = publish_approved(args.name, args.version)
    if args.json:
        _print_json({"dataset": args.name, "version": args.version, "release": uri})
    else:
        print(f"{args.name} {args.version} published at {uri}")
    return 0


@_guarded
def run_verify(args: argparse.Namespace) -> int:
    from ozero.release.publish import verify_release

    problems = verify_release(args.name, args.version)
    if args.json:
        _print_json({"dataset": args.name, "version": args.version, "problems": problems})
    elif problems:
        print("\n".join(problems))
    else:
        print(f"{args.name} {args.version}: all files match the manifest")
    return 1 if problems else 0


def _describe_guard(report: dict[str, Any]) -> str:
    state = "passed" if report["passed"] else "BLOCKED"
    lines = [f"{report['dataset']} {report['version']}: guard {state} at {report['checked_at']}"]
    for table, entry in report["tables"].items():
        risk, phi = entry["risk"], entry["phi_scan"]
        before, after = risk["before"], risk["after"]
        lines.append(f"\n{table} @ Delta version {entry['version']}")
        lines.append(
            f"  phi scan   {phi['scanned_rows']} rows, {len(phi['scanned_columns'])} columns, "
            f"{sum(h['rows'] for h in phi['hits'])} hits"
        )
        lines.append(
            f"  k          {before['k_min']} before, {after['k_min']} after "
            f"(required {report['k_required']}); {risk['rows_suppressed']} rows suppressed"
        )
        for column, value in after["l_min"].items():
            lines.append(f"  l          {column}: {value} (required {report['l_required']})")
        for action in risk["actions"]:
            lines.append(f"  action     {json.dumps(action, ensure_ascii=False)}")
        if phi["hits"]:
            lines.append(_table(phi["hits"], ["column", "kind", "rows"]))
    lines += [f"problem: {p}" for p in report["problems"]]
    lines += [f"warning: {w}" for w in report["warnings"]]
    return "\n".join(lines)


@_guarded
def run_guard(args: argparse.Namespace) -> int:
    from ozero.release import store
    from ozero.release.guard import guard_candidate
    from ozero.spark import get_spark

    report = guard_candidate(get_spark(), args.name, args.version).to_dict()
    store.write_guard(report)
    if args.json:
        _print_json(report)
    else:
        print(_describe_guard(report))
    return 0 if report["passed"] else 1


@_guarded
def run_diff(args: argparse.Namespace) -> int:
    from ozero.release.diff import describe, diff

    result = diff(args.name, args.a, args.b)
    if args.json:
        _print_json(result)
    else:
        print(describe(result))
    return 0


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `release` command group to a top-level argparse CLI (dispatch: args.func)."""
    release = subparsers.add_parser("release", help="candidates, decisions and published releases")
    commands = release.add_subparsers(dest="release_command", required=True)

    def command(name: str, run: Callable, help_: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_)
        parser.add_argument("--json", action="store_true", help="print JSON only")
        parser.set_defaults(func=run)
        return parser

    listing = command("list", run_list, "published releases (--all: candidates too)")
    listing.add_argument(
        "--all", action="store_true", help="also pending, approved, rejected candidates"
    )
    show = command(
        "show",
        run_show,
        "a release's manifest, or a candidate's figures (latest release if no version)",
    )
    show.add_argument("name")
    show.add_argument("version", nargs="?")
    candidates = command("candidates", run_candidates, "candidates not yet published")
    candidates.add_argument(
        "--show", action="store_true", help="print each pending candidate's summary"
    )
    candidates.add_argument("--all", action="store_true", help="published ones too")
    approve = command("approve", run_approve, "approve a candidate (answers a waiting Airflow run)")
    reject = command(
        "reject", run_reject, "reject a candidate for good (answers a waiting Airflow run)"
    )
    for decide in (approve, reject):
        decide.add_argument("name")
        decide.add_argument("version")
        decide.add_argument("--by", default=None, help="curator (default $OZERO_CURATOR or user)")
        decide.add_argument("--note", default="")
    approve.add_argument(
        "--as",
        dest="as_version",
        default=None,
        metavar="X.Y.Z",
        help="publish under a higher number than the computed one",
    )
    publish = command("publish", run_publish, "publish an approved candidate (repair; needs Spark)")
    publish.add_argument("name")
    publish.add_argument("version")
    verify = command("verify", run_verify, "re-hash a release's files against its manifest")
    verify.add_argument("name")
    verify.add_argument("version")
    changes = command(
        "diff", run_diff, "what changed between two versions (schema, rows, labels, k/l)"
    )
    changes.add_argument("name")
    changes.add_argument("a", metavar="A", help="the older version (release or candidate)")
    changes.add_argument("b", metavar="B", help="the newer version")
    guard = command("guard", run_guard, "PHI scan + k-anonymity of a candidate (needs Spark)")
    guard.add_argument("name")
    guard.add_argument("version")
    return release


def main(argv: Sequence[str] | None = None) -> int:
    """Standalone entry point (`python -m ozero.release.cli release list`)."""
    parser = argparse.ArgumentParser(prog="ozero")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
