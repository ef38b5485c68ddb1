"""Lake-wide summaries are computed once per lake state and never served stale."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spark


@pytest.fixture()
def lake_copy(curated_lake, tmp_path, monkeypatch):
    copy = curated_lake.copy_to(tmp_path / "lake")
    for name, value in curated_lake.env(copy).items():
        monkeypatch.setenv(name, value)
    return copy


def test_committed_version_is_the_tables_version(lake_copy, spark) -> None:
    from ozero import lake

    for name in ("ops.validation_results", "silver.remd_protocols", "gold.chest_imaging_protocols"):
        assert lake.committed_version(name) == lake.version(spark, name), name
    assert lake.committed_version("silver.no_such_table") is None


def test_a_summary_is_read_back_until_its_tables_change(lake_copy, spark, monkeypatch) -> None:
    from pyspark.sql import functions as F

    from ozero import lake, summary

    first = summary.remembered_summary(spark, "validation")
    assert first == summary.validation_summary(spark) and first  # the real figures
    calls: list[str] = []
    real = summary.validation_summary

    def counted(session):
        calls.append("computed")
        return real(session)

    monkeypatch.setattr(summary, "validation_summary", counted)
    assert summary.remembered_summary(spark, "validation") == first
    assert calls == []  # read back from the file, no Spark job

    # a new validation result is a new commit: the summary is computed again and shows it
    results = lake.read(spark, "ops.validation_results")
    latest = results.orderBy(F.desc("validated_at")).limit(1)
    table = latest.collect()[0]["table_name"]
    failed = latest.withColumn("success", F.lit(False)).withColumn(
        "validated_at", F.col("validated_at") + F.expr("INTERVAL 1 SECOND")
    )
    lake.append(spark, "ops.validation_results", failed)
    again = summary.remembered_summary(spark, "validation")
    assert calls == ["computed"]
    assert again[table]["failed"] == 1 and again != first


def test_the_deid_summary_depends_on_every_keyed_table() -> None:
    """A key rotation rewrites the keyed tables: each is part of the summary's state."""
    from ozero.curate.keyring import keyed_tables
    from ozero.summary import _summary_inputs

    inputs = _summary_inputs("deid")
    assert "ops.deid_stats" in inputs and set(keyed_tables()) <= set(inputs)
    assert "silver.remd_protocols" in inputs
