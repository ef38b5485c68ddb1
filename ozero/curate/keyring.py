"""Which pseudonymisation key a silver table was written with, and key-rotation rebuilds.

Pseudonyms are one-way HMACs, so a new key cannot be applied to silver itself: rotation
re-derives every silver table from bronze (which keeps what the registries sent) under the
new key, replacing each table in one Delta commit. While that runs, curation writes by
overwrite instead of MERGE; outside it, a run whose key differs from the table's refuses
to start, so old and new pseudonyms never mix in one table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyspark.sql import DataFrame, SparkSession

from ozero import lake
from ozero.errors import OzeroError

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext


class KeyMismatchError(OzeroError, RuntimeError):
    """Silver was written with another key than the configured one (ids only, no secrets)."""


def _key_id_column(spark: SparkSession, table: str) -> DataFrame | None:
    """A table's distinct `deid_key_id` values (None: no such table, or no such column)."""
    if not lake.exists(spark, table):
        return None
    df = lake.read(spark, table)
    return df.select("deid_key_id").distinct() if "deid_key_id" in df.columns else None


def key_ids(spark: SparkSession, table: str) -> list[str]:
    """Distinct `deid_key_id` values in a table (empty when the table does not exist yet)."""
    values = _key_id_column(spark, table)
    return [] if values is None else sorted(r[0] for r in values.limit(10).collect())


def check_key(ctx: CurationContext, table: str) -> None:
    """Refuse to add rows under the run's key to a table written with another key (a
    rebuild replaces the table, so any old key is fine then)."""
    if ctx.rebuild:
        return
    key_id = ctx.require_key().key_id
    others = [k for k in key_ids(ctx.spark, table) if k != key_id]
    if others:
        raise KeyMismatchError(
            f"{table} was pseudonymised with key id(s) {', '.join(others)} but the configured "
            f"key id is {key_id}. Either configure the key the lake was built with, or run "
            "`ozero deid rotate-key --new-key-file FILE` to move the whole lake to a new key."
        )


def forget_validation_quarantine(ctx: CurationContext, table: str) -> None:
    """In a rebuild, drop `table`'s validate-stage quarantine before it is re-derived.

    Those rows hold old-key pseudonyms in their keys and payloads; re-validation writes
    them again under the new key, so the counts stay exact. Parse-stage rows carry no
    pseudonyms and simply re-merge onto themselves. With deletion vectors the DELETE only
    marks the rows deleted, so the table is purged at once (`lake.purge`): the old-key
    rows then sit only in files the table no longer uses, which the next VACUUM deletes,
    as before deletion vectors.
    """
    if not ctx.rebuild or table in ctx.replaced:
        return
    from delta.tables import DeltaTable

    quarantine = DeltaTable.forPath(ctx.spark, lake.table_path("quarantine.records"))
    lake.with_conflict_retries(
        "forget validation quarantine",
        lambda: quarantine.delete(f"target_table = '{table}' AND stage = 'validate'"),
    )
    lake.purge(ctx.spark, lake.table_path("quarantine.records"))


def write_curated(
    ctx: CurationContext, table: str, rows: DataFrame, by_record: bool = False
) -> int | None:
    """MERGE on the contract keys; in a rebuild, the first write replaces the table.

    `by_record`: `rows` are all the rows of their bronze records (`_sha256`) for this
    table, so records whose keys the table does not hold elsewhere replace their own slice
    (`lake.replace_slice`: a plain write, no MERGE join), which returns None; otherwise the
    MERGE. Returns the rows inserted (all rows, for a replacement)."""
    if ctx.rebuild and table not in ctx.replaced:
        lake.overwrite(ctx.spark, table, rows)
        ctx.replaced.add(table)
        return lake.read(ctx.spark, table).count()
    if by_record and lake.replace_slice(ctx.spark, table, rows, by="_sha256"):
        return None
    return lake.merge(ctx.spark, table, rows)


def check_same_key(spark: SparkSession, tables: list[str]) -> None:
    """Gold joins silver tables on pseudonyms: they must all come from one key."""
    found = {t: key_ids(spark, t) for t in tables}
    distinct = {k for ids in found.values() for k in ids}
    if len(distinct) > 1:
        listing = "; ".join(f"{t}: {', '.join(ids) or '-'}" for t, ids in found.items())
        raise KeyMismatchError(
            f"silver tables carry different key ids ({listing}): a key rotation is "
            "incomplete; run `ozero deid rotate-key --new-key-file FILE` again"
        )


def keyed_tables() -> list[str]:
    """Silver and gold tables whose rows carry the id of the key that made them."""
    from ozero.contracts import all_contracts

    return [
        c.name
        for c in all_contracts()
        if c.zone in ("silver", "gold") and "deid_key_id" in c.column_names
    ]


def lake_key_ids(spark: SparkSession) -> list[str]:
    """Every key id found in the lake's keyed tables (one, except mid-rotation).

    One Spark job over all tables: a job per table cost ~3 s each, ~45 s per release build."""
    from functools import reduce

    columns = [c for t in keyed_tables() if (c := _key_id_column(spark, t)) is not None]
    if not columns:
        return []
    together = reduce(DataFrame.unionByName, columns).distinct()
    return sorted(r[0] for r in together.collect() if r[0])
