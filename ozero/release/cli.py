"""`ozero release ...`: the curator's commands (list, show, candidates, approve, reject, verify,
guard).

Only `guard` needs Spark (it re-scans the pinned data); the others answer in a second. Human output is a plain table;
`--json` is for scripts. Any expected failure is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ozero.release.approval import Approval, approve, default_curator, reject
from ozero.release.candidate import list_candidates
from ozero.release.catalog import list_releases, show_release
from ozero.release.publish import verify_release

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
            print(f"error: {exc}", file=sys.stderr)
            return USAGE_ERROR

    wrapper.__name__ = run.__name__
    wrapper.__doc__ = run.__doc__
    return wrapper


@_guarded
def run_list(args: argparse.Namespace) -> int:
    releases = list_releases()
    if args.json:
        _print_json(releases)
    else:
        print(_table(releases, ["dataset", "version", "published_at", "rows", "approver"]))
    return 0


def _describe(manifest: dict[str, Any]) -> str:
    approval = manifest.get("approval", {})
    lines = [
        f"{manifest['dataset']} {manifest['version']}",
        f"  published  {manifest.get('published_at')}  (candidate {manifest.get('created_at')})",
        f"  approved   by {approval.get('approver')} at {approval.get('approved_at')}",
    ]
    if approval.get("note"):
        lines.append(f"  note       {approval['note']}")
    for table, version in manifest.get("source_versions", {}).items():
        rows = manifest.get("row_counts", {}).get(table)
        lines.append(f"  source     {table} @ Delta version {version}, {rows} rows")
    lines.append(f"  files      {len(manifest.get('files', []))}")
    for table, columns in manifest.get("schema", {}).items():
        lines.append(f"\n{table}")
        lines.append(_table(columns, ["name", "type", "privacy", "description"]))
    return "\n".join(lines)


@_guarded
def run_show(args: argparse.Namespace) -> int:
    manifest = show_release(args.name, args.version)
    if args.json:
        _print_json(manifest)
    else:
        print(_describe(manifest))
    return 0


@_guarded
def run_candidates(args: argparse.Namespace) -> int:
    rows = [
        {
            "dataset": c.dataset,
            "version": c.version,
            "status": c.status,
            "created_at": c.created_at,
            "rows": sum(c.row_counts.values()),
            "sources": ", ".join(f"{t}@{v}" for t, v in c.source_versions.items()),
        }
        for c in list_candidates()
        if c.status != "published"
    ]
    if args.json:
        _print_json(rows)
    else:
        print(_table(rows, ["dataset", "version", "status", "created_at", "rows", "sources"]))
    return 0


def _report_decision(approval: Approval, as_json: bool) -> None:
    if as_json:
        _print_json(
            {**approval.to_dict(), "airflow_tasks_answered": approval.airflow_tasks_answered}
        )
        return
    print(
        f"{approval.dataset} {approval.version} {approval.decision} by {approval.approver} "
        f"at {approval.decided_at}"
    )
    if approval.airflow_tasks_answered:
        print(f"resumed {approval.airflow_tasks_answered} waiting Airflow approval task(s)")
    else:
        print("no Airflow run was waiting for this decision")


@_guarded
def run_approve(args: argparse.Namespace) -> int:
    _report_decision(
        approve(args.name, args.version, args.by or default_curator(), args.note), args.json
    )
    return 0


@_guarded
def run_reject(args: argparse.Namespace) -> int:
    _report_decision(
        reject(args.name, args.version, args.by or default_curator(), args.note), args.json
    )
    return 0


@_guarded
def run_verify(args: argparse.Namespace) -> int:
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
    from ozero.release.guard import guard_candidate
    from ozero.spark import get_spark

    report = guard_candidate(get_spark(), args.name, args.version).to_dict()
    if args.json:
        _print_json(report)
    else:
        print(_describe_guard(report))
    return 0 if report["passed"] else 1


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `release` command group to a top-level argparse CLI (dispatch: args.func)."""
    release = subparsers.add_parser("release", help="candidates, approvals and published releases")
    commands = release.add_subparsers(dest="release_command", required=True)

    def command(name: str, run: Callable, help_: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_)
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.set_defaults(func=run)
        return parser

    command("list", run_list, "published releases")
    show = command("show", run_show, "a release's manifest (latest if no version)")
    show.add_argument("name")
    show.add_argument("version", nargs="?")
    command("candidates", run_candidates, "candidates not yet published")
    for name, run, help_ in (
        ("approve", run_approve, "approve a candidate (and resume a waiting Airflow run)"),
        ("reject", run_reject, "reject a candidate (and answer a waiting Airflow run)"),
    ):
        decide = command(name, run, help_)
        decide.add_argument("name")
        decide.add_argument("version")
        decide.add_argument("--by", default=None, help="curator (default $OZERO_CURATOR or user)")
        decide.add_argument("--note", default="")
    verify = command("verify", run_verify, "re-hash a release's files against its manifest")
    verify.add_argument("name")
    verify.add_argument("version")
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
