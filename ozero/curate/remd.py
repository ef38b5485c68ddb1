"""REMD (SEMD documents): bronze.remd_documents → silver."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as T

from ozero.curate.parse import as_str, parse_schema
from ozero.curate.silver import CurateReport, curate_parsed
from ozero.deid.keys import PseudonymKey

SEMD174_FIELDS = (
    "document_id", "version", "set_id", "created_at", "org_oid", "org_name", "service_code",
    "service_name", "study_at", "mkb10_code", "mkb10_display", "findings_text",
    "conclusion_text", "patient_snils", "patient_enp", "patient_family", "patient_given",
    "patient_patronymic", "patient_sex_code", "patient_birth_date", "patient_address_text",
    "patient_region_code", "patient_phone", "author_family", "author_given",
    "author_patronymic", "author_snils", "author_position_code",
)  # fmt: skip


def parse_semd_documents(bronze: DataFrame) -> DataFrame:
    """bronze.remd_documents rows → one row per document: parsed fields or `_error`."""
    extra = [T.StructField("_record_key", T.StringType())]
    schema = parse_schema(SEMD174_FIELDS, extra)

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.formats import FormatError
        from ozero.formats.semd import parse_semd174, validate_semd174

        for batch in batches:
            out = []
            for row in batch.itertuples(index=False):
                rec = dict.fromkeys(SEMD174_FIELDS)
                rec.update(_record_key=row.sha256, _sha256=row.sha256, _batch_id=row.batch_id)
                rec.update(_error=None, _details=None)
                payload = bytes(row.payload)
                try:
                    problems = validate_semd174(payload)
                    if problems:
                        rec.update(_error="SEMD 174 failed XSD validation", _details=problems)
                    else:
                        parsed = parse_semd174(payload)
                        rec.update({k: as_str(parsed.get(k)) for k in SEMD174_FIELDS})
                except FormatError as exc:
                    rec.update(_error=f"SEMD 174 unparseable: {exc.reason}", _details=[])
                out.append(rec)
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return bronze.select("payload", "sha256", "batch_id").mapInPandas(parse, schema)


def curate_remd(spark: SparkSession, key: PseudonymKey, run_id: str) -> CurateReport:
    return curate_parsed(
        spark, key, run_id, "bronze.remd_documents", "silver.remd_protocols", parse_semd_documents
    )
