"""Human-readable summaries of the lake (the end of `make demo`, `ozero lake summary`)."""

from __future__ import annotations

from typing import Any

from ozero import lake, lakeview, summary
from ozero.spark import get_spark


def collect(served: dict[str, dict[str, int]] | None = None) -> dict[str, Any]:
    """Everything the summary shows; `served` (per source, what its registry serves) adds
    the "served = bronze" checks."""
    from ozero.release.catalog import list_releases

    spark = get_spark()
    # versions and exact row counts from the Delta logs (delta-rs, as `ozero lake tables`):
    # the same figures Spark's listing gives (tests/integration/test_cli_json.py), in a
    # second where Spark took 13-44 s on the demo's lake
    tables = [t.__dict__ for t in lakeview.list_tables()]
    return {
        "tables": tables,
        "served_by_registries": served or {},
        "accounting": summary.accounting(spark, served),
        "quarantine": summary.quarantine_by_reason(spark),
        "deidentification": summary.remembered_summary(spark, "deid"),
        "validation": summary.remembered_summary(spark, "validation"),
        "releases": list_releases(),
        "lake": lake.lake_root(),
    }


def _check(ok: bool) -> str:
    return "ok" if ok else "MISMATCH"


def _balance_line(balance: dict[str, Any]) -> str:
    parts = " + ".join(f"{name} {n}" for name, n in balance["parts"].items())
    return f"  {balance['label']}: {balance['total']} = {parts} [{_check(balance['ok'])}]"


def render(data: dict[str, Any]) -> str:
    out = [
        "",
        "═" * 72,
        f" Ozero lake: {data['lake']}",
        "═" * 72,
        "",
        "Tables (rows, Delta version):",
    ]
    for t in data["tables"]:
        out.append(f"  {t['zone']:<11} {t['name']:<36} {t['rows']:>8}  v{t['version']}")
    out += ["", "Row accounting:"]
    for entry in data["accounting"].values():
        out += [_balance_line(b) for b in entry["balances"]]
    out += ["", "Quarantine (why):"]
    for q in data["quarantine"] or [
        {"source_table": "-", "stage": "", "reason": "nothing", "count": 0}
    ]:
        out.append(f"  {q['count']:>5}  {q['source_table']} [{q['stage']}] {q['reason']}")
    deid = data["deidentification"]
    out += ["", f"De-identification (key id {', '.join(deid.get('key_ids', [])) or '-'}):"]
    for table, actions in sorted((k, v) for k, v in deid.items() if k != "key_ids"):
        scrubbed = actions.get("scrub", {})
        pseudo = actions.get("pseudonymise", {})
        dropped = actions.get("drop", {})
        out.append(
            f"  {table}: {sum(pseudo.values())} identifiers pseudonymised "
            f"({', '.join(sorted(pseudo))}); {len(dropped)} identifying fields dropped"
        )
        if scrubbed:
            items = ", ".join(
                f"{k} {v}" for k, v in sorted(scrubbed.items(), key=lambda kv: -kv[1])
            )
            out.append(f"    free text: {sum(scrubbed.values())} entities removed ({items})")
    out += ["", "Validation (Great Expectations, latest run per table):"]
    for table, v in sorted(data["validation"].items()):
        status = "passed" if not v["failed"] else f"{v['failed']} failed"
        out.append(
            f"  {table:<36} {v['expectations']:>3} expectations, {status}, "
            f"{v['unexpected_rows']} rows quarantined"
        )
    out += ["", "Published releases:"]
    for r in data["releases"] or [{"dataset": "-", "version": "", "path": "none yet"}]:
        where = (
            f"{lake.releases_root()}/{r['dataset']}/{r['version']}" if r["version"] else r["path"]
        )
        out.append(f"  {r['dataset']} {r['version']}  {where}")
    out.append("")
    return "\n".join(out)


def print_summary(served: dict[str, dict[str, int]] | None = None) -> None:
    print(render(collect(served)))
