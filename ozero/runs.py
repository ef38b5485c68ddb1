"""Row accounting per pipeline step run, kept in `ops.runs` and shown by `ozero lake runs`.

Every ingest and curate run leaves a row, failed ones included, so "did we get everything,
and where did it go" is answered from the lake: received = in bronze, and every bronze
record is in silver or in quarantine.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract

if TYPE_CHECKING:
    from ozero.sources.registry import Source

log = logging.getLogger(__name__)

TABLE = "ops.runs"


@dataclass
class Run:
    """One step run being recorded; the step fills in its numbers before it ends."""

    step: str
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    values: dict[str, Any] = field(default_factory=dict)

    def ingested(self, spark: SparkSession, source: Source, report: dict[str, Any]) -> None:
        """Take a LandingReport's numbers and count what its batch left in bronze."""
        extra = report.get("extra") or {}
        self.values.update(
            batch_id=report["batch_id"],
            window_start=_ts(report.get("window_start")),
            window_end=_ts(report.get("window_end")),
            received=report["received"],
            distinct_received=extra.get("distinct_received", report["received"]),
            landed_new=report["landed_new"],
            already_in_bronze=report["already_in_bronze"],
            opted_out=extra.get("opted_out", 0),
            pages=report["pages"],
            requests=report["requests"],
            retries=report["retries"],
            in_bronze_batch=lake.read(spark, source.bronze)
            .where(F.col("batch_id") == report["batch_id"])
            .count(),
        )

    def curated(self, spark: SparkSession, source: Source, report: dict[str, Any]) -> None:
        """Take a CurateReport's numbers and check the source's bronze is all accounted for."""
        self.values.update(
            bronze_new=report["bronze_new"],
            parsed=report["parsed"],
            silver_written=report["written"],
            quarantined_parse=report["quarantined_parse"],
            quarantined_validation=report["quarantined_validation"],
        )
        if source.silver:
            total, accounted = bronze_accounting(spark, source)
            self.values.update(bronze_records=total, bronze_accounted=accounted)


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def bronze_accounting(spark: SparkSession, source: Source) -> tuple[int, int]:
    """(bronze records of the source, of which in one of its silver tables or in
    quarantine), matched on the payload hash."""
    from functools import reduce

    from ozero.curate.quarantine import quarantined_records

    bronze = lake.read(spark, source.bronze).select("sha256")
    done = reduce(
        lambda a, b: a.unionByName(b),
        [lake.read(spark, t).select(F.col("_sha256").alias("sha256")) for t in source.silver],
        quarantined_records(spark, source.bronze),
    ).distinct()
    return bronze.count(), bronze.join(done, "sha256", "left_semi").count()


def failure_message(exc: BaseException) -> str:
    """The failure's type, plus its text only for our own errors (which carry no values)."""
    from ozero.formats import FormatError
    from ozero.sources.http import RegistryError

    if isinstance(exc, RegistryError | FormatError):
        return f"{type(exc).__name__}: {str(exc)[:300]}"
    return type(exc).__name__


@contextmanager
def step(name: str) -> Iterator[Run]:
    """Record the block as one run of `name`: ok when it returns, failed when it raises.

    The record is part of the step: if it cannot be written (after the lake's own retries
    of concurrent commits), the step fails too, so a run is never missing from `ops.runs`
    while its data landed (re-running a step is safe: every write is idempotent).
    """
    run = Run(name)
    try:
        yield run
    except BaseException as exc:
        run.values.update(status="failed", message=failure_message(exc))
        try:
            write(run)
        except Exception as record_error:  # noqa: BLE001 - the step's own error comes first
            exc.add_note(f"and its failure could not be recorded: {type(record_error).__name__}")
        raise
    run.values["status"] = "ok"
    write(run)


def write(run: Run) -> None:
    """Append the run's row (a blind append: parallel steps never conflict)."""
    from ozero.spark import get_spark

    spark = get_spark()
    contract = load_contract(TABLE)
    row = {
        **dict.fromkeys(contract.column_names),
        **run.values,
        "run_id": run.run_id,
        "step": run.step,
        "started_at": run.started_at,
        "finished_at": datetime.now(UTC),
    }
    df = spark.createDataFrame(
        [tuple(row[c] for c in contract.column_names)], contract.spark_schema
    )
    lake.append(spark, TABLE, df)


def load(spark: SparkSession, limit: int = 20) -> list[dict[str, Any]]:
    """The latest runs, newest first, each with its accounting checks."""
    rows = lake.read(spark, TABLE).orderBy(F.col("started_at").desc()).limit(limit).collect()
    return [{**r.asDict(), **checks(r.asDict())} for r in rows]


def checks(row: dict[str, Any]) -> dict[str, bool | None]:
    """received_ok: every distinct item received is in bronze (new + already there) or was
    withheld because its patient opted out, and the run's batch holds exactly its new rows; bronze_ok: every bronze record of the source is in
    silver or quarantine. None when the check does not apply to the step."""
    received_ok = bronze_ok = None
    if row.get("distinct_received") is not None:
        received_ok = (
            row["distinct_received"]
            == row["landed_new"] + row["already_in_bronze"] + (row.get("opted_out") or 0)
            and row["in_bronze_batch"] == row["landed_new"]
        )
    if row.get("bronze_records") is not None:
        bronze_ok = row["bronze_records"] == row["bronze_accounted"]
    return {"received_ok": received_ok, "bronze_ok": bronze_ok}


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("✓" if ok else "✗")


def render(rows: list[dict[str, Any]]) -> str:
    """A table a data engineer reads at a glance: one line per run, checks at the end."""
    if not rows:
        return "no runs recorded yet; run `ozero run ingest ...` or the DAGs"
    header = (
        f"{'started (UTC)':<19} {'step':<12} {'status':<6} {'recv':>5} {'dist':>5} {'new':>5} "
        f"{'had':>5} {'retry':>5} │ {'bronze':>6} {'silver':>6} {'q.par':>5} {'q.val':>5} "
        f"{'acct/all':>9}  checks"
    )
    lines = [header]
    for r in rows:

        def n(key: str, r: dict[str, Any] = r) -> str:
            return "" if r.get(key) is None else str(r[key])

        checks_text = " ".join(
            t
            for t in (
                r["received_ok"] is not None and f"received=bronze {_mark(r['received_ok'])}",
                r["bronze_ok"] is not None and f"bronze=silver+quarantine {_mark(r['bronze_ok'])}",
                r.get("message") or "",
            )
            if t
        )
        acct = (
            f"{n('bronze_accounted')}/{n('bronze_records')}" if r["bronze_ok"] is not None else ""
        )
        lines.append(
            f"{r['started_at']:%Y-%m-%d %H:%M:%S} {r['step']:<12} {r['status']:<6} "
            f"{n('received'):>5} {n('distinct_received'):>5} {n('landed_new'):>5} "
            f"{n('already_in_bronze'):>5} {n('retries'):>5} │ {n('bronze_new'):>6} "
            f"{n('silver_written'):>6} {n('quarantined_parse'):>5} "
            f"{n('quarantined_validation'):>5} {acct:>9}  {checks_text}"
        )
    lines.append(
        "recv = listed (duplicates included), dist = distinct, new + had = in bronze; "
        "bronze = picked up by curate, acct = bronze records in silver or quarantine "
        "(silver counts rows: one per protocol or lab result, claim case or DICOM instance; "
        "OMS bronze/acct count register files, silver/q.par/q.val count cases)"
    )
    return "\n".join(lines)
