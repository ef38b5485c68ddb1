"""GIS OMS claims registers: bronze.oms_registers → silver."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.curate.parse import as_str, parse_schema
from ozero.curate.remd import parse_semd_documents
from ozero.curate.silver import CurateReport, curate_parsed
from ozero.deid.keys import PseudonymKey

OMS_CASE_FIELDS = (
    "register_filename", "n_zap", "idcase", "sl_id", "id_pac", "enp", "usl_ok", "vidpom",
    "lpu", "date_z_1", "date_z_2", "date_1", "date_2", "ds1", "rslt", "ishod", "sumv",
    "sum_m", "service_codes", "comment",
)  # fmt: skip


def parse_oms_registers(bronze: DataFrame) -> DataFrame:
    """bronze.oms_registers rows → one row per case (SL), or one `_error` row per register."""
    extra = [
        T.StructField("_record_key", T.StringType()),
        T.StructField("register_id", T.StringType()),
    ]
    schema = parse_schema(OMS_CASE_FIELDS, extra)

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.formats import FormatError
        from ozero.formats.oms import parse_zl_list

        for batch in batches:
            out = []
            for row in batch.itertuples(index=False):
                meta = {"register_id": row.register_id, "_sha256": row.sha256}
                meta.update(_batch_id=row.batch_id, _error=None, _details=None)
                try:
                    cases = parse_zl_list(bytes(row.payload))["cases"]
                except FormatError as exc:
                    rec = dict.fromkeys(OMS_CASE_FIELDS)
                    rec.update(meta, _record_key=row.sha256, _details=[])
                    rec["_error"] = f"ZL_LIST unparseable: {exc.reason}"
                    out.append(rec)
                    continue
                for case in cases:
                    rec = {k: case.get(k) for k in OMS_CASE_FIELDS}
                    rec = {k: (v if k == "service_codes" else as_str(v)) for k, v in rec.items()}
                    key = f"{row.sha256}:{case.get('idcase')}:{case.get('sl_id')}"
                    rec.update(meta, _record_key=key)
                    out.append(rec)
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return bronze.select("register_id", "payload", "sha256", "batch_id").mapInPandas(parse, schema)


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


def curate_oms(spark: SparkSession, key: PseudonymKey, run_id: str) -> CurateReport:
    def prepare(cases: DataFrame) -> DataFrame:
        return cases.withColumn(
            "case_key", F.concat_ws("/", "register_filename", "idcase", "sl_id")
        ).join(_known_names_by_enp(spark), "enp", "left")

    return curate_parsed(
        spark, key, run_id, "bronze.oms_registers", "silver.oms_cases", parse_oms_registers, prepare
    )
