"""The one landing protocol every source and gold follow: de-identify → validate → write or
quarantine, with every record accounted for.

A source's curate step only adds what is its own — finding its new bronze records and
parsing them — and hands rows to `land`:

    new bronze records   (`new_records`: not yet in silver or quarantine; all of them in a
          │               key-rotation rebuild)
    parse (per source)  ──failures──► quarantine, stage "parse"   (`quarantine_failures`)
          │
    land(table):  de-identify by the table's contract (`deid.plan.apply_plan`)
                  validate with its GX suite ──failing rows──► quarantine, stage "validate"
                  write: MERGE on the contract keys (a rebuild replaces the table first)
                  record: ops.deid_stats, ops.validation_results, the run's Data Docs

Parsed rows carry lineage columns: `_sha256` (the bronze payload hash, lineage and
accounting), `_batch_id` and, for failures, `_error` / `_details` / `_item` (which item of
the record failed; null = the whole record).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, Literal

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import Contract, load_contract
from ozero.curate.context import CurationContext
from ozero.curate.keyring import check_key, forget_validation_quarantine, write_curated
from ozero.curate.quarantine import key_item, quarantine, quarantined_records
from ozero.curate.report import TableReport
from ozero.deid.plan import FOUND_COLUMN, apply_plan
from ozero.frames import content_fingerprint
from ozero.spark import compiled_expressions

log = logging.getLogger(__name__)

WriteMode = Literal["merge", "replace_if_changed", "by_record"]
LINEAGE = ("_sha256", "_batch_id")
FAILURE = ("_error", "_details", "_item")


def new_records(
    ctx: CurationContext,
    bronze_table: str,
    done_tables: tuple[str, ...],
    whole_only: bool = False,
) -> DataFrame:
    """Bronze records (by payload hash) in none of `done_tables` (`_sha256`) and not in
    quarantine (only whole-record quarantine counts when `whole_only`); in a rebuild, all
    of bronze: parse failures re-merge onto themselves, validation is re-done."""
    bronze = lake.read(ctx.spark, bronze_table)
    if ctx.rebuild:
        return bronze
    done = quarantined_records(ctx.spark, bronze_table, whole_only)
    for table in done_tables:
        done = done.unionByName(
            lake.read(ctx.spark, table).select(F.col("_sha256").alias("sha256"))
        )
    return bronze.join(done.distinct(), "sha256", "left_anti")


def quarantine_failures(
    ctx: CurationContext,
    failed: DataFrame,
    bronze: DataFrame,
    *,
    source_table: str,
    target_table: str,
    stage: str = "parse",
) -> int:
    """Rows with `_error` set → quarantine, with the bronze payload as received when bronze
    holds it in a column (file sources keep theirs in the object store, by hash)."""
    payload = F.col("payload") if "payload" in bronze.columns else F.lit(None).cast("binary")
    with_payload = failed.join(
        bronze.select(F.col("sha256").alias("_sha256"), payload.alias("_payload")),
        "_sha256",
        "left",
    )
    return quarantine(
        ctx.spark,
        with_payload,
        source_table=source_table,
        target_table=target_table,
        stage=stage,
        sha_col="_sha256",
        item=F.col("_item"),
        reason_col="_error",
        details_col="_details",
        payload=F.col("_payload"),
        batch_col="_batch_id",
    )


def land(
    ctx: CurationContext,
    table: str,
    rows: DataFrame,
    *,
    source_table: str,
    deidentify: bool = True,
    write: WriteMode = "merge",
    remember: bool = True,
) -> TableReport:
    """Rows (parsed fields, or for `deidentify=False` already the table's columns) → the
    table, failing rows to quarantine; returns what happened. See the module docstring.

    `write="by_record"`: the rows are all of their bronze records' (`_sha256`) rows for
    this table, so a record whose keys are new to the table is written as its own slice
    (`keyring.write_curated`), not MERGEd. `remember=False` skips storing the known
    identifiers, for rows whose identifiers an earlier landing of the run stored already."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="remember") as pool:
        return _land(ctx, table, rows, pool, source_table, deidentify, write, remember)


def _land(
    ctx: CurationContext,
    table: str,
    rows: DataFrame,
    pool: ThreadPoolExecutor,
    source_table: str,
    deidentify: bool,
    write: WriteMode,
    remember: bool = True,
) -> TableReport:
    """`land`, with the known identifiers stored on `pool`'s thread while the rows are
    de-identified and validated: their MERGE (1.6-1.8 s of a 3,103-instance PACS landing on
    2 cores) needs nothing from them. It is waited for before any row is written, so a
    failure still leaves the table untouched (a re-run would otherwise skip rows whose
    identifiers the release guard never learnt)."""
    contract = load_contract(table)
    report = TableReport(table)
    remembered: Future[None] | None = None
    if deidentify:
        check_key(ctx, table)
        key = ctx.require_key()
        if contract.known_identifiers and remember:
            remembered = pool.submit(_remember_identifiers, ctx, contract, rows, source_table)
        fields = rows.withColumn("deid_key_id", F.lit(key.key_id))
        shaped = apply_plan(fields, contract, key).cache()
    else:
        shaped = lake.conform(rows, contract).withColumn(
            FOUND_COLUMN, F.array().cast("array<string>")
        )
        shaped = shaped.cache()
    report.rows = shaped.count()
    if report.rows == 0 and write != "replace_if_changed":
        shaped.unpersist()
        _wait(remembered)
        return report
    # a large landing compiles its expressions (Delta's file statistics, GX's metrics)
    with compiled_expressions(ctx.spark, report.rows):
        table_rows = shaped.drop(FOUND_COLUMN)
        if deidentify:
            report.deid = _deid_summary(shaped, contract, ctx.key_id)
            _record_deid_stats(ctx, contract, report.rows, report.deid)
        outcome = _validate(ctx, table_rows, contract, report)
        valid = outcome.valid
        _wait(remembered)  # before anything is written
        if write != "replace_if_changed":
            forget_validation_quarantine(ctx, table)
            # counted before the write: after it, a recomputed `valid` (a cached input evicted
            # under memory pressure) would see the rows as already curated and count fewer
            report.written = valid.count()
            write_curated(ctx, table, valid, by_record=write == "by_record")
        else:
            report.written, report.changed = _replace_if_changed(ctx, table, valid)
        report.quarantined_validation = quarantine(
            ctx.spark,
            outcome.quarantined,
            source_table=source_table,
            target_table=table,
            stage="validate",
            sha_col="_sha256" if "_sha256" in table_rows.columns else None,
            item=key_item(list(contract.keys)),
            reason_col="reason",
            details_col="details",
            payload=F.encode(F.to_json(F.struct(*[F.col(c) for c in table_rows.columns])), "UTF-8"),
            batch_col="_batch_id" if "_batch_id" in table_rows.columns else "_run_id",
        )
    outcome.unpersist()
    shaped.unpersist()
    return report


def _wait(remembered: Future[None] | None) -> None:
    """Raise what storing the known identifiers raised, if it did."""
    if remembered is not None:
        remembered.result()


def _remember_identifiers(
    ctx: CurationContext, contract: Contract, rows: DataFrame, source_table: str
) -> None:
    """Keyed hashes of the real identifiers in `rows`, for the release guard. A rebuild
    under a new key first forgets the source's hashes made under other keys."""
    from ozero.deid import known

    marker = f"known:{source_table}"
    if ctx.rebuild and marker not in ctx.replaced:
        from delta.tables import DeltaTable

        table = DeltaTable.forPath(ctx.spark, lake.table_path(known.TABLE))
        lake.with_conflict_retries(
            "forget old-key identifier hashes",
            lambda: table.delete(
                f"source_table = '{source_table}' AND deid_key_id <> '{ctx.key_id}'"
            ),
        )
        # deletion vectors only hide the old-key hashes: rewrite their files now, so they
        # are left only in files the next VACUUM deletes (ozero.lake.purge)
        lake.purge(ctx.spark, lake.table_path(known.TABLE))
        ctx.replaced.add(marker)
    known.remember(ctx, contract, rows, source_table)


def _validate(
    ctx: CurationContext, rows: DataFrame, contract: Contract, report: TableReport
) -> Any:
    from ozero.quality.validate import results_rows, validate_dataframe

    outcome = validate_dataframe(rows, contract, ctx.run_id)
    if "_batch_id" not in rows.columns:  # gold: its quarantine rows carry the run id
        outcome.quarantined = outcome.quarantined.withColumn("_run_id", F.lit(ctx.run_id))
    report.validation = {
        "success": outcome.success,
        "expectations": len(outcome.results),
        "failed": [r.expectation_id for r in outcome.results if not r.success],
    }
    record_validation(ctx, results_rows(outcome, contract.name, ctx.run_id))
    ctx.validations.append((contract.name, outcome))
    return outcome


def _replace_if_changed(ctx: CurationContext, table: str, valid: DataFrame) -> tuple[int, bool]:
    """Overwrite only when the content differs: an unchanged table keeps its Delta version,
    which is what tells the release step there is nothing new."""
    spark = ctx.spark
    changed = not (lake.exists(spark, table) and _same_rows(valid, lake.read(spark, table)))
    if changed:
        lake.overwrite(spark, table, valid)
    return valid.count(), changed


def _same_rows(a: DataFrame, b: DataFrame) -> bool:
    """Same columns and the same multiset of rows (maps compared by their sorted entries:
    gold rows carry a `lineage` map)."""
    if a.schema.simpleString() != b.schema.simpleString():
        return False
    return content_fingerprint(a) == content_fingerprint(b)


def _deid_summary(shaped: DataFrame, contract: Contract, key_id: str | None) -> dict[str, Any]:
    found = (
        shaped.select(F.explode(FOUND_COLUMN).alias("entity")).groupBy("entity").count().collect()
    )
    by_action = {
        action: [c.name for c in contract.columns if c.action == action]
        for action in ("pseudonymise", "date_shift", "generalise", "scrub")
    }
    return {
        "key_id": key_id,
        "pseudonymised_columns": by_action["pseudonymise"],
        "date_shifted_columns": by_action["date_shift"],
        "generalised_columns": by_action["generalise"],
        "scrubbed_columns": by_action["scrub"],
        "dropped_fields": list(contract.dropped),
        "free_text_entities_removed": {r["entity"]: r["count"] for r in found},
    }


def _record_deid_stats(
    ctx: CurationContext, contract: Contract, rows: int, summary: dict[str, Any]
) -> None:
    """Counts of what was removed or transformed (ops.deid_stats, keyed by this run)."""
    now = datetime.now(UTC)
    stats = [
        (ctx.run_id, contract.name, "scrub", entity, int(n), ctx.key_id, now)
        for entity, n in summary["free_text_entities_removed"].items()
    ]
    for action, columns in (
        ("pseudonymise", summary["pseudonymised_columns"]),
        ("date_shift", summary["date_shifted_columns"]),
        ("generalise", summary["generalised_columns"]),
        ("drop", summary["dropped_fields"]),
    ):
        stats += [(ctx.run_id, contract.name, action, c, rows, ctx.key_id, now) for c in columns]
    schema = load_contract("ops.deid_stats").spark_schema
    lake.append(ctx.spark, "ops.deid_stats", ctx.spark.createDataFrame(stats, schema))


def record_validation(ctx: CurationContext, rows: list[dict[str, Any]]) -> None:
    """GX results per expectation → ops.validation_results (appended: keyed by this run)."""
    if rows:
        contract = load_contract("ops.validation_results")
        df = ctx.spark.createDataFrame(
            [tuple(r[c] for c in contract.column_names) for r in rows], contract.spark_schema
        )
        lake.append(ctx.spark, "ops.validation_results", df)
