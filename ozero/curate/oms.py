"""GIS OMS claims registers: bronze.oms_registers → silver.oms_cases, oms_services, oms_patients.

Each register file is stream-parsed inside a Spark task (`iter_cases`, bounded memory,
pandas batches of `BATCH_ROWS`), one row per SL carrying its services. Then:

* a register that cannot be read (broken XML, wrong encoding, no cases, file missing) is
  quarantined whole, and none of its rows are kept (a prefix parsed before the error is
  dropped);
* a case failing `check_case` (a badly typed or missing required field) is quarantined on
  its own with a reason naming the element and the expected type;
* the other cases are de-identified and GX-validated per contract into silver.oms_cases;
  the services and the patient (ZAP) rows of the cases that landed follow.

silver.oms_patients is written last and marks a register done (with register-level
quarantine): a run that stops half-way is redone whole by the next one, idempotently, since
every write is a MERGE on keys derived from the source's own (file, N_ZAP, IDCASE, SL_ID,
IDSERV).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.keyring import check_key, current_rebuild
from ozero.curate.quarantine import quarantined_keys
from ozero.curate.remd import parse_semd_documents
from ozero.curate.silver import (
    CurateReport,
    _quarantine_parse_failures,
    _validate_and_write,
)
from ozero.deid.keys import PseudonymKey
from ozero.deid.plan import apply_plan
from ozero.formats.oms import PACIENT_FIELDS, SERVICE_KEYS, SL_FIELDS, Z_SL_FIELDS

log = logging.getLogger(__name__)

SOURCE = "bronze.oms_registers"
CASES, SERVICES, PATIENTS = "silver.oms_cases", "silver.oms_services", "silver.oms_patients"
BATCH_ROWS = 10_000  # rows per pandas batch out of a parsing task: bounds worker memory

OMS_CASE_FIELDS = (
    "register_filename", "n_zap", "enp",
    *PACIENT_FIELDS.values(), *Z_SL_FIELDS.values(), *SL_FIELDS.values(), "extra",
)  # fmt: skip
SERVICE_STRUCT = T.StructType([T.StructField(k, T.StringType()) for k in SERVICE_KEYS])


def parsed_schema() -> T.StructType:
    return T.StructType(
        [T.StructField(f, T.StringType()) for f in OMS_CASE_FIELDS]
        + [
            T.StructField("service_codes", T.ArrayType(T.StringType())),
            T.StructField("services", T.ArrayType(SERVICE_STRUCT)),
            T.StructField("register_id", T.StringType()),
            T.StructField("_record_key", T.StringType()),
            T.StructField("_error", T.StringType()),
            T.StructField("_details", T.ArrayType(T.StringType())),
            T.StructField("_sha256", T.StringType()),
            T.StructField("_batch_id", T.StringType()),
        ]
    )


def _source(row: Any):
    """The register's bytes as a binary file: the landed file, or a legacy payload row."""
    import io

    if isinstance(row.object_path, str) and row.object_path:
        return open(row.object_path, "rb")  # noqa: SIM115 - closed by the caller
    return io.BytesIO(bytes(row.payload))


def parse_register(row: Any, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
    """One bronze row → pandas frames of at most `batch_rows` rows (cases and case errors),
    and a last one-row frame with `_error` set if the register as a whole is unreadable."""
    from ozero.formats import FormatError
    from ozero.formats.oms import check_case
    from ozero.formats.oms_stream import iter_cases

    columns = parsed_schema().fieldNames()
    meta = {"register_id": row.register_id, "_sha256": row.sha256, "_batch_id": row.batch_id}
    where = row.object_path if isinstance(row.object_path, str) else "bronze payload"
    out: list[dict[str, Any]] = []
    n = 0
    error = None
    try:
        with _source(row) as f:
            for n, case in enumerate(iter_cases(f), start=1):
                rec: dict[str, Any] = {k: case.get(k) for k in OMS_CASE_FIELDS}
                rec.update(meta, service_codes=case["service_codes"], services=case["services"])
                idcase, sl_id = case.get("idcase"), case.get("sl_id")
                ok_key = idcase and sl_id and ":" not in f"{idcase}{sl_id}"
                rec["_record_key"] = f"{row.sha256}:{idcase}:{sl_id}" if ok_key else None
                rec["_error"], rec["_details"] = check_case(case), None
                if rec["_error"] is not None:
                    rec["_record_key"] = rec["_record_key"] or f"{row.sha256}:#{n}"
                    rec["_details"] = [f"register object {where}", f"SL #{n} of the file"]
                    rec["services"] = []
                out.append(rec)
                if len(out) >= batch_rows:
                    yield pd.DataFrame(out, columns=columns)
                    out = []
    except FormatError as exc:
        error = f"ZL_LIST unparseable: {exc.reason}"
    except OSError as exc:
        error = f"register object unreadable ({type(exc).__name__}): re-ingest the register"
    if error is None and n == 0:
        error = "ZL_LIST holds no case (no ZAP/SL): nothing to curate"
    if out:
        yield pd.DataFrame(out, columns=columns)
    if error is not None:
        rec = dict.fromkeys(columns)
        rec.update(meta, _record_key=row.sha256, _error=error, _details=[f"register {where}"])
        yield pd.DataFrame([rec], columns=columns)


def parse_oms_registers(bronze: DataFrame, partitions: int | None = None) -> DataFrame:
    """bronze.oms_registers rows → one row per case (SL) with its services; `_error` rows
    for bad cases (key ``sha:...``) and unreadable registers (key = the sha256 alone)."""
    batch_rows = BATCH_ROWS

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            for row in batch.itertuples(index=False):
                yield from parse_register(row, batch_rows)

    spark = bronze.sparkSession
    parts = partitions or spark.sparkContext.defaultParallelism
    source = bronze.select("register_id", "object_path", "payload", "sha256", "batch_id")
    return source.repartition(parts).mapInPandas(parse, parsed_schema())


def _known_names_by_enp(spark: SparkSession) -> DataFrame:
    """Patient names from REMD headers, by ENP, to scrub them from claim comments."""
    bronze = lake.read(spark, "bronze.remd_documents")
    parsed = parse_semd_documents(bronze).where(F.col("_error").isNull())
    return parsed.select(
        F.col("patient_enp").alias("enp"),
        F.col("patient_family").alias("known_family"),
        F.col("patient_given").alias("known_given"),
        F.col("patient_patronymic").alias("known_patronymic"),
    ).dropDuplicates(["enp"])


def with_keys(cases: DataFrame) -> DataFrame:
    """Source keys the pseudonymous keys are derived from (stable across re-runs)."""
    return cases.withColumn(
        "case_key", F.concat_ws("/", "register_filename", "idcase", "sl_id")
    ).withColumn("zap_key", F.concat_ws("/", "register_filename", "n_zap"))


def case_frame(good: DataFrame, known: DataFrame) -> DataFrame:
    return with_keys(good).join(known, "enp", "left")


def service_frame(cases: DataFrame) -> DataFrame:
    """One row per USL, with the case's keys and the names known for its patient."""
    return cases.select(
        "register_id", "_sha256", "_batch_id", "deid_key_id", "case_key", "enp",
        "known_family", "known_given", "known_patronymic",
        F.explode("services").alias("s"),
    ).select(
        "*", *[F.col(f"s.{k}").alias(k) for k in SERVICE_KEYS],
        F.concat_ws("/", "case_key", F.col("s.idserv")).alias("service_key"),
    ).drop("s")  # fmt: skip


def patient_frame(cases: DataFrame) -> DataFrame:
    """One row per ZAP (PACIENT): the first SL's row carries it."""
    return cases.select(
        "register_id", "_sha256", "_batch_id", "deid_key_id", "zap_key", "register_filename",
        "n_zap", "enp", "date_z_1", *PACIENT_FIELDS.values(),
    ).dropDuplicates(["_sha256", "zap_key"])  # fmt: skip


@dataclass
class OmsCurateReport(CurateReport):
    """Counts in cases (SL) for oms_cases, registers for `bronze_new`; the other two tables'
    own counts under `tables`."""

    registers_quarantined: int = 0
    cases_quarantined_parse: int = 0
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)


def _new_registers(spark: SparkSession) -> DataFrame:
    """Registers not done yet: done = its patients landed, or quarantined as a whole.

    During a key rotation every register is re-derived."""
    bronze = lake.read(spark, SOURCE)
    if current_rebuild() is not None:
        return bronze
    done = lake.read(spark, PATIENTS).select(F.col("_sha256").alias("sha256"))
    whole = quarantined_keys(spark, SOURCE).where(~F.col("record_key").contains(":"))
    done = done.unionByName(whole.select(F.col("record_key").alias("sha256")))
    return bronze.join(done.distinct(), "sha256", "left_anti")


def _write(
    spark: SparkSession,
    frame: DataFrame,
    table: str,
    key: PseudonymKey,
    run_id: str,
    landed_cases: DataFrame | None = None,
    link: str | None = None,
) -> CurateReport:
    """De-identify → (keep rows of cases that landed) → GX → MERGE/quarantine, for one table."""
    report = CurateReport(table, run_id)
    deid = apply_plan(frame, load_contract(table), key)
    if landed_cases is not None and link is not None:
        deid = deid.join(landed_cases.select(link).distinct(), link, "left_semi")
    report.parsed = deid.count()
    if report.parsed:
        _validate_and_write(spark, deid, table, SOURCE, run_id, report)
        report.deid["key_id"] = key.key_id
    return report


def curate_oms(spark: SparkSession, key: PseudonymKey, run_id: str) -> OmsCurateReport:
    report = OmsCurateReport(CASES, run_id)
    check_key(spark, CASES, key.key_id)
    bronze = _new_registers(spark).cache()
    report.bronze_new = bronze.count()
    if report.bronze_new == 0:
        bronze.unpersist()
        return report
    parsed = parse_oms_registers(bronze, min(report.bronze_new, 64)).cache()
    errors = parsed.where(F.col("_error").isNotNull())
    whole = errors.where(~F.col("_record_key").contains(":"))
    # 1. unreadable registers, and no row of theirs (a prefix parsed before the error)
    report.registers_quarantined = _quarantine_parse_failures(spark, whole, bronze, SOURCE, CASES)
    bad_registers = whole.select("_sha256").distinct()
    good = parsed.join(bad_registers, "_sha256", "left_anti")
    ok = good.where(F.col("_error").isNull()).drop("_error", "_details", "_record_key")
    ok = ok.withColumn("deid_key_id", F.lit(key.key_id))
    # 2. cases that cannot be typed: alone to quarantine (the rest of the register lands)
    case_errors = good.where(F.col("_error").isNotNull())
    report.cases_quarantined_parse = _quarantine_parse_failures(
        spark, case_errors, bronze, SOURCE, CASES
    )
    report.quarantined_parse = report.registers_quarantined + report.cases_quarantined_parse
    # 3. cases, then what hangs on the cases that landed; patients last (marks done)
    cases = case_frame(ok, _known_names_by_enp(spark)).cache()
    cases_report = _write(spark, cases.drop("services"), CASES, key, run_id)
    for name in ("parsed", "written", "quarantined_validation", "deid", "validation"):
        setattr(report, name, getattr(cases_report, name))
    landed = (
        lake.read(spark, CASES)
        .join(bronze.select(F.col("sha256").alias("_sha256")), "_sha256", "left_semi")
        .select("case_pid", "zap_pid")
    ).cache()
    for table, frame, link in (
        (SERVICES, service_frame(cases), "case_pid"),
        (PATIENTS, patient_frame(cases), "zap_pid"),
    ):
        sub = _write(spark, frame, table, key, run_id, landed, link)
        report.tables[table] = {
            "rows": sub.parsed,
            "written": sub.written,
            "quarantined_validation": sub.quarantined_validation,
        }
    for df in (landed, cases, parsed, bronze):
        df.unpersist()
    log.info(
        "oms: %d registers (%d quarantined), %d cases to silver, %d quarantined at parse",
        report.bronze_new,
        report.registers_quarantined,
        report.written,
        report.cases_quarantined_parse,
    )
    return report
