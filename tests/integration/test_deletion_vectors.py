"""Deletion vectors on the lake's tables (issue 13): a MERGE re-sending a key marks the old
row deleted instead of rewriting its file; erasure and upkeep purge those rows physically
(no erased value in any Parquet file under the table); delta-rs (lakeview) reads the
tables as Spark does.

Rows are shaped like `silver.oms_services` by the growth bench's generator (sha256 keys,
as uniform as the pseudonyms)."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from delta.tables import DeltaTable
from pyspark.sql import functions as F

from bench.merge_growth import _rows
from ozero import lake as ozero_lake
from ozero import lakeview
from ozero.deid.keys import PseudonymKey
from ozero.privacy.erase import Eraser
from ozero.upkeep.tables import upkeep_table

TABLE = "silver.oms_services"
FILES = 4
ROWS = 400


def _table_dir() -> Path:
    return ozero_lake.local_path(ozero_lake.table_path(TABLE))


def _data_files(root: Path) -> list[Path]:
    """Every Parquet file under the table's folder, live or not; the Delta log excluded."""
    return [p for p in root.rglob("*.parquet") if "_delta_log" not in p.relative_to(root).parts]


def _files_holding(root: Path, value: str) -> list[Path]:
    """Data files any of whose values (any column) is `value`, read with pyarrow."""
    found = []
    for path in _data_files(root):
        table = pq.read_table(path)
        if any(value in column.to_pylist() for column in table.columns):
            found.append(path)
    return found


def _last_commit(spark) -> tuple[str, dict[str, str]]:
    last = DeltaTable.forPath(spark, ozero_lake.table_path(TABLE)).history(1).collect()[0]
    return last["operation"], dict(last["operationMetrics"] or {})


def _spark_rows(spark) -> list[dict]:
    return sorted(
        (r.asDict() for r in ozero_lake.read(spark, TABLE).collect()),
        key=lambda r: r["service_pid"],
    )


def _lakeview_rows() -> list[dict]:
    return sorted(lakeview.rows(TABLE), key=lambda r: r["service_pid"])


@pytest.fixture()
def services(spark, lake):
    """`silver.oms_services` made by `lake.ensure_table`, ROWS rows in FILES files."""
    ozero_lake.append(spark, TABLE, _rows(spark, 0, ROWS).repartition(FILES))
    assert len(_data_files(_table_dir())) == FILES
    return TABLE


def test_tables_are_made_with_deletion_vectors_and_no_pseudonym_in_statistics(spark, lake):
    detail = ozero_lake.ensure_table(spark, TABLE).detail().collect()[0]
    properties = detail["properties"]
    assert properties["delta.enableDeletionVectors"] == "true"
    assert "deletionVectors" in detail["tableFeatures"]
    stats = properties["delta.dataSkippingStatsColumns"].split(",")
    assert not {"service_pid", "case_pid", "patient_pid"} & set(stats)
    assert "service_start_date" in stats


def test_a_resent_key_writes_a_deletion_vector_instead_of_rewriting_files(spark, services):
    resent = _rows(spark, 0, 2).withColumn("lpu", F.lit("corrected"))  # two old keys
    batch = resent.unionByName(_rows(spark, ROWS, 50))

    inserted = ozero_lake.merge(spark, TABLE, batch)

    operation, metrics = _last_commit(spark)
    assert (operation, inserted) == ("MERGE", 50)
    assert int(metrics["numTargetRowsUpdated"]) == 2
    assert int(metrics["numTargetDeletionVectorsAdded"]) >= 1
    assert int(metrics["numTargetRowsCopied"]) == 0  # no unchanged row was rewritten
    rows = _spark_rows(spark)
    assert len(rows) == ROWS + 50
    assert sum(r["lpu"] == "corrected" for r in rows) == 2
    # delta-rs applies the deletion vectors: the same rows, the same count
    assert _lakeview_rows() == rows
    table = lakeview.open_table(TABLE)
    assert table is not None and lakeview.row_count(table) == ROWS + 50
    assert {i.name: i.rows for i in lakeview.list_tables()}[TABLE] == ROWS + 50


def test_a_migration_rewrite_keeps_deletion_vectors_on(spark, services):
    """`lake.replace_schema` (how migrations such as the OMS period partition rewrite a
    table) keeps the property: a later re-sent key still writes a vector, not a file."""
    ozero_lake.replace_schema(spark, TABLE, ozero_lake.read(spark, TABLE))
    assert _last_commit(spark)[0] in {"WRITE", "CREATE OR REPLACE TABLE AS SELECT"}
    detail = DeltaTable.forPath(spark, ozero_lake.table_path(TABLE)).detail().collect()[0]
    assert detail["properties"]["delta.enableDeletionVectors"] == "true"

    ozero_lake.merge(spark, TABLE, _rows(spark, 0, 1).withColumn("lpu", F.lit("corrected")))

    operation, metrics = _last_commit(spark)
    assert operation == "MERGE" and int(metrics["numTargetDeletionVectorsAdded"]) == 1
    assert int(metrics["numTargetRowsCopied"]) == 0


def test_erasure_leaves_no_value_of_the_patient_in_any_file(spark, services):
    victim = _rows(spark, 7, 1).collect()[0]
    patient, service = victim["patient_pid"], victim["service_pid"]
    # a corrected register re-sent one of his services: its old version hides behind a DV
    ozero_lake.merge(spark, TABLE, _rows(spark, 7, 1).withColumn("lpu", F.lit("corrected")))
    his_rows = ozero_lake.read(spark, TABLE).where(F.col("patient_pid") == patient).count()
    assert his_rows >= 1
    eraser = Eraser(spark, PseudonymKey("test-key", os.urandom(32)), [], build_patches=False)
    eraser.pids.add(patient)

    eraser.erase_curated()

    assert eraser.report.deleted_rows == {TABLE: his_rows}
    assert ozero_lake.read(spark, TABLE).where(F.col("patient_pid") == patient).count() == 0
    # deletion vectors only hid his rows: the live files still hold them
    live = spark.read.format("delta").load(ozero_lake.table_path(TABLE)).inputFiles()
    live_paths = {Path(uri.removeprefix("file:")).resolve() for uri in live}
    assert {p.resolve() for p in _files_holding(_table_dir(), patient)} & live_paths

    eraser.vacuum()  # purge, then VACUUM RETAIN 0 HOURS

    assert _files_holding(_table_dir(), patient) == []
    assert _files_holding(_table_dir(), service) == []
    assert len(_spark_rows(spark)) == ROWS - his_rows
    assert _lakeview_rows() == _spark_rows(spark)


def test_upkeep_turns_deletion_vectors_on_and_purges_what_they_hide(spark, lake):
    spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "false")
    try:
        path = ozero_lake.table_path(TABLE)
        lake_path = Path(path)
        # a table from before deletion vectors: plain Delta, as older lakes have
        _rows(spark, 0, ROWS).repartition(FILES).write.format("delta").save(path)
        first = upkeep_table(spark, TABLE, [], 0, _now())
        assert first.deletion_vectors_enabled and first.files_purged == 0
        gone = _rows(spark, 3, 1).collect()[0]["service_pid"]
        DeltaTable.forPath(spark, path).delete(F.col("service_pid") == gone)
        assert _last_commit(spark)[1]["numDeletionVectorsAdded"] == "1"
        assert _files_holding(lake_path, gone)  # hidden, not gone

        second = upkeep_table(spark, TABLE, [], 0, _now())

        assert not second.deletion_vectors_enabled and second.files_purged == 1
        assert _files_holding(lake_path, gone) == []
        assert spark.read.format("delta").load(path).count() == ROWS - 1
    finally:
        spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "true")


def _now():  # noqa: ANN202
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_merge_returns_the_rows_it_inserted_from_its_own_metrics(spark, services):
    """`lake.merge` counts inserts from the metrics its MERGE returns (not the table's
    history): new keys count, re-sent keys (updated or left alone) do not, a MERGE that
    changes nothing makes no commit and returns 0."""
    version = DeltaTable.forPath(spark, ozero_lake.table_path(TABLE)).history(1).collect()[0]
    fresh = _rows(spark, ROWS, 7)
    assert ozero_lake.merge(spark, TABLE, fresh) == 7
    mixed = _rows(spark, ROWS - 3, 13)  # 3 + 7 already there, 3 new
    assert ozero_lake.merge(spark, TABLE, mixed, update=False) == 3
    assert ozero_lake.merge(spark, TABLE, mixed) == 0  # updates only
    last = DeltaTable.forPath(spark, ozero_lake.table_path(TABLE)).history(1).collect()[0]
    assert last["version"] == version["version"] + 3
    assert ozero_lake.merge(spark, TABLE, mixed, update=False) == 0  # nothing to do
    assert ozero_lake.read(spark, TABLE).count() == ROWS + 10
