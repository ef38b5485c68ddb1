"""The by-record write of OMS silver tables (`lake.replace_slice`, issue 14): a register
whose keys are new to the table is written as its own `_sha256` slice instead of MERGEd.
It must give what the MERGE gives: a re-run adds nothing, an earlier partial landing of
the same register is completed (not doubled), other registers' rows stay as they were,
and a register whose keys the table holds under another register falls back to the MERGE
(one row per key)."""

from __future__ import annotations

import pytest
from pyspark.sql import functions as F

from bench.merge_growth import _rows
from ozero import lake as ozero_lake
from ozero.curate.context import CurationContext
from ozero.curate.keyring import write_curated
from ozero.deid.keys import PseudonymKey

pytestmark = [pytest.mark.spark]

TABLE = "silver.oms_services"
PERIOD = "2026-01"


def _register(spark, sha: str, start: int, count: int):  # noqa: ANN001, ANN202
    """`count` service rows of one register (`_sha256` = `sha`), all in PERIOD."""
    return _rows(spark, start, count, PERIOD).withColumn("_sha256", F.lit(sha))


def _table(spark) -> list[tuple[str, str]]:  # noqa: ANN001
    return sorted(
        (r["service_pid"], r["_sha256"])
        for r in ozero_lake.read(spark, TABLE).select("service_pid", "_sha256").collect()
    )


def _ctx(spark) -> CurationContext:  # noqa: ANN001
    return CurationContext(spark, PseudonymKey(key_id="k", secret=b"k" * 32), run_id="t")


def test_a_rerun_and_a_partial_landing_are_completed_not_doubled(lake, spark):
    other = _register(spark, "b" * 64, 1000, 30)
    assert ozero_lake.replace_slice(spark, TABLE, other, by="_sha256")
    partial = _register(spark, "a" * 64, 0, 40)  # a run that stopped after some rows
    assert ozero_lake.replace_slice(spark, TABLE, partial, by="_sha256")
    whole = _register(spark, "a" * 64, 0, 100)
    assert ozero_lake.replace_slice(spark, TABLE, whole, by="_sha256")
    assert ozero_lake.replace_slice(spark, TABLE, whole, by="_sha256")  # the re-run
    rows = _table(spark)
    assert len(rows) == 130 and len({pid for pid, _ in rows}) == 130
    assert sum(sha == "a" * 64 for _, sha in rows) == 100
    kept = ozero_lake.read(spark, TABLE).where(F.col("_sha256") == "b" * 64)
    assert sorted(map(tuple, kept.collect())) == sorted(map(tuple, other.collect()))


def test_keys_held_by_another_register_fall_back_to_the_merge(lake, spark):
    ozero_lake.replace_slice(spark, TABLE, _register(spark, "a" * 64, 0, 50), by="_sha256")
    resent = _register(spark, "c" * 64, 40, 20)  # keys 40..49 already landed under "a"
    assert not ozero_lake.replace_slice(spark, TABLE, resent, by="_sha256")
    assert len(_table(spark)) == 50  # the guard wrote nothing
    write_curated(_ctx(spark), TABLE, resent, by_record=True)  # so the MERGE runs
    rows = _table(spark)
    assert len(rows) == 60 and len({pid for pid, _ in rows}) == 60
    assert sum(sha == "c" * 64 for _, sha in rows) == 20  # the MERGE's update won


def test_by_record_write_gives_the_merge_result(lake, spark):
    """Same rows by either path, from the same sequence of landings."""
    batches = [
        _register(spark, "a" * 64, 0, 40),
        _register(spark, "b" * 64, 100, 25),
        _register(spark, "a" * 64, 0, 60),
        _register(spark, "c" * 64, 50, 20),
    ]
    for batch in batches:
        write_curated(_ctx(spark), TABLE, batch, by_record=True)
    by_record = sorted(map(tuple, ozero_lake.read(spark, TABLE).collect()))
    ozero_lake.overwrite(spark, TABLE, batches[0].limit(0))
    for batch in batches:
        ozero_lake.merge(spark, TABLE, batch)
    merged = sorted(map(tuple, ozero_lake.read(spark, TABLE).collect()))
    assert len(by_record) == 95 and by_record == merged  # a: 0-59, b: 100-124, c: 60-69 new


@pytest.mark.parametrize(("outer", "inner"), [("a", "b"), ("b", "a")])
def test_two_landings_past_the_guard_at_once_keep_one_row_per_key(
    lake, spark, monkeypatch, outer: str, inner: str
):
    """A second curation's register lands between this one's key guard and its write (both
    pass the guard, the keys 40..49 being in neither slice yet): after the commits one row
    per key is left, the greater hash's, whichever landed first."""
    from pyspark.sql.readwriter import DataFrameWriter

    original = DataFrameWriter.save
    first = _register(spark, outer * 64, 0 if outer == "a" else 40, 50 if outer == "a" else 20)
    second = _register(spark, inner * 64, 0 if inner == "a" else 40, 50 if inner == "a" else 20)

    def save_after_the_other(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        monkeypatch.setattr(DataFrameWriter, "save", original)
        assert ozero_lake.replace_slice(spark, TABLE, second, by="_sha256")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DataFrameWriter, "save", save_after_the_other)
    assert ozero_lake.replace_slice(spark, TABLE, first, by="_sha256")
    rows = _table(spark)
    assert len(rows) == 60 and len({pid for pid, _ in rows}) == 60
    assert sum(sha == "b" * 64 for _, sha in rows) == 20  # b holds 40..59, a only 0..39


def test_landings_one_after_the_other_read_the_table_once(lake, spark, monkeypatch):
    """The look after the commit runs only when the log shows another commit since the guard."""
    looks: list[str] = []
    monkeypatch.setattr(ozero_lake, "_one_row_per_key", lambda *a, **k: looks.append(a[1]))
    for sha, start in (("a", 0), ("b", 100), ("a", 0)):
        assert ozero_lake.replace_slice(
            spark, TABLE, _register(spark, sha * 64, start, 30), by="_sha256"
        )
    assert looks == []
