"""`ozero access ...`: grants, the request queue and the audit (small files only: no Spark).

Human output is a plain table; `--json` writes JSON and nothing else to stdout. Expected
failures are `OzeroError`s, which `ozero.cli.main` prints as one line with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

GRANT_COLUMNS = ["id", "dataset", "team", "purpose", "versions", "until", "by", "status"]
REQUEST_COLUMNS = ["id", "dataset", "team", "purpose", "versions", "until", "by", "status"]
AUDIT_COLUMNS = ["at", "user", "team", "dataset", "version", "split", "purpose", "status",
                 "bytes", "granted_by"]  # fmt: skip
MONTHLY_COLUMNS = ["month", "team", "dataset", "reads", "denied", "incomplete", "bytes", "users"]


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(none)"

    def cell(value: Any) -> str:
        if value is None:
            return ""
        return ",".join(value) if isinstance(value, list) else str(value)

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _versions(text: str | None) -> list[str] | None:
    if not text:
        return None
    from ozero.access.events import BadInputError
    from ozero.release import semver

    versions = [v.strip() for v in text.split(",") if v.strip()]
    for version in versions:
        try:
            semver.parse(version)
        except ValueError:
            raise BadInputError(f"--versions: {version!r} is not a version (X.Y.Z)") from None
    return versions


def _curator(args: argparse.Namespace) -> str:
    from ozero.airflow_env import default_curator

    return args.by or default_curator()


def run_grant(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ozero.access.grants import grant

    made = grant(args.dataset, args.to, args.purpose, args.until, _curator(args),
                 versions=_versions(args.versions))  # fmt: skip
    if args.json:
        _print_json(asdict(made))
    else:
        scope = ",".join(made.versions) if made.versions else "all versions"
        print(f"granted {made.dataset} ({scope}) to {made.team} for {made.purpose!r} "
              f"until {made.until}: {made.id}")  # fmt: skip
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from ozero.access.grants import revoke

    record = revoke(args.dataset, args.to, _curator(args), purpose=args.purpose, note=args.note)
    if args.json:
        _print_json(record)
    else:
        print(f"revoked {record['dataset']} for {record['team']}: {record['id']}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ozero.access.grants import ACTIVE, list_grants

    rows = list_grants(args.dataset)
    if not args.all:
        rows = [r for r in rows if r["status"] == ACTIVE]
    if args.json:
        _print_json(rows)
    else:
        print(_table(rows, GRANT_COLUMNS))
    return 0


def run_request(args: argparse.Namespace) -> int:
    from ozero.access.identity import current_user
    from ozero.access.requests import request

    made = request(args.dataset, args.team, args.purpose, args.until, current_user(),
                   versions=_versions(args.versions))  # fmt: skip
    if args.json:
        _print_json(made)
    else:
        print(f"requested {made['dataset']} for {made['team']}: {made['id']} (a curator "
              f"decides in Airflow, DAG access_request, or `ozero access approve {made['id']}`)")  # fmt: skip
    return 0


def run_requests(args: argparse.Namespace) -> int:
    from ozero.access.requests import list_requests

    rows = list_requests(include_decided=args.all)
    if args.json:
        _print_json(rows)
    else:
        print(_table(rows, REQUEST_COLUMNS))
    return 0


def _answer_airflow(decided: dict[str, Any]) -> int:
    """Answer the Airflow run waiting on this request (the decision is recorded already, so
    an Airflow that is down or refuses this user only leaves a line on stderr)."""
    from ozero.access.airflow_answer import answer_waiting
    from ozero.release.airflow_hitl import AirflowAuthError

    approved = decided["outcome"] == "approved"
    try:
        return answer_waiting(decided["request_id"], approved, decided["by"], decided["note"])
    except (AirflowAuthError, OSError) as failed:
        print(f"warning: the Airflow run was not answered ({failed})", file=sys.stderr)
        return 0


def _decide(decide: Callable[..., dict[str, Any]]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        decided = decide(args.request_id, _curator(args), args.note)
        answered = _answer_airflow(decided)
        if args.json:
            _print_json(decided | {"airflow_answered": answered})
        else:
            grant = f" (grant {decided['grant_id']})" if decided.get("grant_id") else ""
            waiting = "; answered its waiting Airflow run" if answered else ""
            print(
                f"{decided['outcome']} {decided['request_id']} by {decided['by']}{grant}{waiting}"
            )
        return 0

    return run


def run_approve(args: argparse.Namespace) -> int:
    from ozero.access.requests import approve

    return _decide(approve)(args)


def run_reject(args: argparse.Namespace) -> int:
    from ozero.access.requests import reject

    return _decide(reject)(args)


def run_audit(args: argparse.Namespace) -> int:
    from ozero.access.audit import history, monthly

    rows = history(args.dataset)
    summary = monthly(rows)
    if args.json:
        _print_json({"reads": rows, "monthly": summary})
    else:
        print(f"reads ({len(rows)})")
        print(_table(rows, AUDIT_COLUMNS))
        print("\nper month, team and dataset")
        print(_table(summary, MONTHLY_COLUMNS))
    return 0


def run_tfvars(args: argparse.Namespace) -> int:
    from ozero.access.policy import tfvars

    _print_json(tfvars())  # always JSON: it is a file for Terraform
    return 0


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `access` command group to the top-level CLI (dispatch: args.func)."""
    access = subparsers.add_parser("access", help="grants, access requests and the read audit")
    commands = access.add_subparsers(dest="cmd", required=True)

    def command(name: str, run: Callable, help_: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_)
        parser.add_argument("--json", action="store_true", help="print JSON only")
        parser.set_defaults(func=run)
        return parser

    def by(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--by", default=None, help="curator (default $OZERO_CURATOR or user)")

    grant = command("grant", run_grant, "let a team read a dataset for a purpose until a date")
    grant.add_argument("dataset")
    grant.add_argument("--to", required=True, metavar="TEAM")
    grant.add_argument("--purpose", required=True)
    grant.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="last day (UTC)")
    grant.add_argument("--versions", metavar="V1,V2", help="only these versions (default all)")
    by(grant)
    revoke = command("revoke", run_revoke, "revoke a team's grants on a dataset (a new event)")
    revoke.add_argument("dataset")
    revoke.add_argument("--to", required=True, metavar="TEAM")
    revoke.add_argument("--purpose", help="only the grants for this purpose (default all)")
    revoke.add_argument("--note", default="")
    by(revoke)
    listing = command("list", run_list, "active grants (--all: expired and revoked too)")
    listing.add_argument("dataset", nargs="?")
    listing.add_argument("--all", action="store_true")
    request = command("request", run_request, "ask the curators for a grant (as a developer)")
    request.add_argument("dataset")
    request.add_argument("--team", required=True)
    request.add_argument("--purpose", required=True)
    request.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    request.add_argument("--versions", metavar="V1,V2")
    queue = command("requests", run_requests, "pending access requests (--all: decided too)")
    queue.add_argument("--all", action="store_true")
    for name, run, help_ in (
        ("approve", run_approve, "approve a request (appends the grant)"),
        ("reject", run_reject, "reject a request"),
    ):
        decide = command(name, run, help_)
        decide.add_argument("request_id")
        decide.add_argument("--note", default="")
        by(decide)
    history = command("audit", run_audit, "every read attempt and a monthly summary per team")
    history.add_argument("dataset", nargs="?")
    command(
        "tfvars",
        run_tfvars,
        "active grants as Terraform variables (> infra/terraform/access.auto.tfvars.json)",
    )
    return access
