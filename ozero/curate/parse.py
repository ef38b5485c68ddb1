"""Shared plumbing for running the pure `formats` parsers inside Spark.

Each source module (`curate.remd`, `curate.oms`, `curate.nsi`) builds its parser on this.

A parser failure never stops the run: the record comes out with `_error` set (a reason
with no field values in it, `_item` naming the failing item or null for the whole record)
and the caller routes it to quarantine.
"""

from __future__ import annotations

from pyspark.sql import types as T

ERROR_FIELDS = [
    T.StructField("_item", T.StringType()),
    T.StructField("_error", T.StringType()),
    T.StructField("_details", T.ArrayType(T.StringType())),
    T.StructField("_sha256", T.StringType()),
    T.StructField("_batch_id", T.StringType()),
]


# Parsed fields that are lists of codes (the rest are strings the contracts type).
ARRAY_FIELDS = frozenset({"service_codes", "finding_codes"})


def parse_schema(fields: tuple[str, ...], extra: list[T.StructField]) -> T.StructType:
    structs = [
        T.StructField(f, T.ArrayType(T.StringType()) if f in ARRAY_FIELDS else T.StringType())
        for f in fields
    ]
    return T.StructType(extra + structs + ERROR_FIELDS)


def as_str(value: object) -> str | list[str] | None:
    """A parsed value as Spark receives it: a string, or a list of strings for a list."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return None if value is None else str(value)
