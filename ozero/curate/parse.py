"""Run the pure `formats` parsers inside Spark, turning failures into quarantine rows.

A parser failure never stops the run: the record comes out with `_error` set (a reason
with no field values in it) and the caller routes it to quarantine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from pyspark.sql import DataFrame
from pyspark.sql import types as T

SEMD174_FIELDS = (
    "document_id", "version", "set_id", "created_at", "org_oid", "org_name", "service_code",
    "service_name", "study_at", "mkb10_code", "mkb10_display", "findings_text",
    "conclusion_text", "patient_snils", "patient_enp", "patient_family", "patient_given",
    "patient_patronymic", "patient_sex_code", "patient_birth_date", "patient_address_text",
    "patient_region_code", "patient_phone", "author_family", "author_given",
    "author_patronymic", "author_snils", "author_position_code",
)  # fmt: skip

OMS_CASE_FIELDS = (
    "register_filename", "n_zap", "idcase", "sl_id", "id_pac", "enp", "usl_ok", "vidpom",
    "lpu", "date_z_1", "date_z_2", "date_1", "date_2", "ds1", "rslt", "ishod", "sumv",
    "sum_m", "service_codes", "comment",
)  # fmt: skip

_ERROR_FIELDS = [
    T.StructField("_error", T.StringType()),
    T.StructField("_details", T.ArrayType(T.StringType())),
    T.StructField("_sha256", T.StringType()),
    T.StructField("_batch_id", T.StringType()),
]


def _schema(fields: tuple[str, ...], extra: list[T.StructField]) -> T.StructType:
    structs = [
        T.StructField(f, T.ArrayType(T.StringType()) if f == "service_codes" else T.StringType())
        for f in fields
    ]
    return T.StructType(extra + structs + _ERROR_FIELDS)


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def parse_semd_documents(bronze: DataFrame) -> DataFrame:
    """bronze.remd_documents rows → one row per document: parsed fields or `_error`."""
    extra = [T.StructField("_record_key", T.StringType())]
    schema = _schema(SEMD174_FIELDS, extra)

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
                        rec.update({k: _str(parsed.get(k)) for k in SEMD174_FIELDS})
                except FormatError as exc:
                    rec.update(_error=f"SEMD 174 unparseable: {exc.reason}", _details=[])
                out.append(rec)
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return bronze.select("payload", "sha256", "batch_id").mapInPandas(parse, schema)


def parse_oms_registers(bronze: DataFrame) -> DataFrame:
    """bronze.oms_registers rows → one row per case (SL), or one `_error` row per register."""
    extra = [
        T.StructField("_record_key", T.StringType()),
        T.StructField("register_id", T.StringType()),
    ]
    schema = _schema(OMS_CASE_FIELDS, extra)

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
                    rec = {k: (v if k == "service_codes" else _str(v)) for k, v in rec.items()}
                    key = f"{row.sha256}:{case.get('idcase')}:{case.get('sl_id')}"
                    rec.update(meta, _record_key=key)
                    out.append(rec)
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return bronze.select("register_id", "payload", "sha256", "batch_id").mapInPandas(parse, schema)


def nsi_rows_from_pages(pages: DataFrame, key_fields: dict[str, str]) -> DataFrame:
    """bronze.nsi_pages data pages → one row per directory entry, fields as a map."""
    schema = T.StructType(
        [
            T.StructField("oid", T.StringType()),
            T.StructField("version", T.StringType()),
            T.StructField("row_key", T.StringType()),
            T.StructField("fields", T.MapType(T.StringType(), T.StringType())),
            T.StructField("_batch_id", T.StringType()),
        ]
    )
    keys = dict(key_fields)

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.formats.fnsi import parse_data_page

        for batch in batches:
            out = []
            for row in batch.itertuples(index=False):
                _, rows = parse_data_page(bytes(row.payload))
                key_field = keys[f"{row.oid}@{row.version}"]
                for entry in rows:
                    fields = {k: v for k, v in entry.items() if v is not None}
                    out.append((row.oid, row.version, fields.get(key_field), fields, row.batch_id))
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return pages.select("oid", "version", "payload", "batch_id").mapInPandas(parse, schema)


def passport_summary(payload: bytes) -> dict[str, object]:
    from ozero.formats.fnsi import parse_passport

    passport = parse_passport(payload)
    keys = passport.get("keys") or []
    primary = next((k["field"] for k in keys if k.get("type") == "PRIMARY"), None)
    return {
        "short_name": passport.get("shortName"),
        "full_name": passport.get("fullName"),
        "rows_count": int(passport.get("rowsCount") or 0),
        "publish_date": passport.get("publishDate"),
        "key_field": primary or "ID",
    }
