"""silver.oms_* partitioned by the register's reporting period, from its file name, on real
Spark + Delta: a batch's MERGE reads and writes its own period's partition only; a re-sent
register (same file name, new listing id, another period in its header) updates its rows
in place; a name without a period sends the register to quarantine; a lake made before
the partition is migrated to it."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime

import pytest

from tests.unit.test_formats_oms_split import register, zap

pytestmark = [pytest.mark.spark]

TABLES = ("silver.oms_cases", "silver.oms_services", "silver.oms_patients")


def _head(filename: str, year: int, month: int) -> str:
    return (
        '<?xml version="1.0" encoding="windows-1251"?>\n<ZL_LIST>\n<ZGLV><VERSION>3.2</VERSION>'
        f"<FILENAME>{filename}</FILENAME></ZGLV>\n<SCHET><CODE_MO>770112</CODE_MO>"
        f"<YEAR>{year}</YEAR><MONTH>{month}</MONTH></SCHET>\n"
    )


def _register(filename: str, year: int, month: int, first: int, sumv: str = "10.50") -> bytes:
    zaps = [
        zap(n).replace("<SUMV>10.50</SUMV>", f"<SUMV>{sumv}</SUMV>")
        for n in range(first, first + 3)
    ]
    return register(*zaps, head=_head(filename, year, month))


@pytest.fixture()
def oms(spark, tmp_path, monkeypatch):
    """land(registers) then curate(): one OMS curation of what was landed."""
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    from pyspark.sql import types as T

    import ozero.curate.oms as curate
    from ozero import objects
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import PseudonymKey
    from ozero.sources.bronze import land
    from ozero.sources.oms import register_uri

    names = T.StructType(
        [T.StructField(c, T.StringType()) for c in ("enp", "known_family", "known_given")]
        + [T.StructField("known_patronymic", T.StringType())]
    )
    monkeypatch.setattr(curate, "_known_names_by_enp", lambda ctx: spark.createDataFrame([], names))
    key = PseudonymKey(key_id="it-period", secret=b"p" * 32)

    def run(registers: dict[str, bytes], batch: str):
        now = datetime.now(UTC)
        rows = []
        for register_id, data in registers.items():
            sha = hashlib.sha256(data).hexdigest()
            objects.put(register_uri(sha), data)
            rows.append(
                {"register_id": register_id, "period": "listing-says-otherwise",
                 "registered_at": now, "object_uri": register_uri(sha), "size_bytes": len(data),
                 "payload": None, "sha256": sha, "batch_id": batch, "received_at": now}
            )  # fmt: skip
        land(spark, curate.SOURCE, rows)
        return curate.curate_oms(CurationContext(spark, key, run_id=f"it-period-{batch}"))

    return run


def _last_merge(spark, table: str, operation: str = "MERGE") -> tuple[dict, str, set[str]]:
    """The table's last MERGE (or other `operation`): its metrics, its condition, and the
    partition folders of the files it added or removed (from its commit in the log)."""
    from delta.tables import DeltaTable

    from ozero import lake

    path = lake.table_path(table)
    history = DeltaTable.forPath(spark, path).history().where(f"operation = '{operation}'")
    last = history.orderBy("version", ascending=False).first()
    touched = set()
    with open(f"{path}/_delta_log/{last['version']:020d}.json") as log:
        for line in log:
            action = json.loads(line)
            for kind in ("add", "remove"):
                if kind in action:
                    touched.add(action[kind]["path"].split("/", 1)[0])
    return dict(last["operationMetrics"]), last["operationParameters"]["predicate"], touched


def _by_period(spark, table: str) -> dict[str, int]:
    from ozero import lake

    rows = lake.read(spark, table).groupBy("period").count().collect()
    return {r["period"]: r["count"] for r in rows}


def test_periods_from_file_names_partition_merges_and_resends(spark, oms):
    from delta.tables import DeltaTable

    from ozero import lake
    from ozero.curate.oms import NO_PERIOD, migrate_period

    jan = _register("HM770112T77_26011", 2026, 1, first=1)
    feb = _register("HM770112T77_26021", 2026, 2, first=1)
    unnamed = _register("REESTR-JANVAR", 2026, 1, first=100)
    first = oms({"L-1": jan, "L-2": feb, "L-x": unnamed}, "b1")
    assert (first.bronze_new, first.registers_quarantined, first.written) == (3, 1, 6)
    for table in TABLES:
        detail = DeltaTable.forPath(spark, lake.table_path(table)).detail().first()
        assert list(detail["partitionColumns"]) == ["period"]
        # new registers: one write of their own slice (no MERGE), naming both periods
        _, predicate, touched = _last_merge(spark, table, "WRITE")
        assert touched == {"period=2026-01", "period=2026-02"}
        assert "`period` IN ('2026-01', '2026-02') AND `_sha256` IN (" in predicate, predicate
        assert _by_period(spark, table) == {"2026-01": 3, "2026-02": 3}
    q = lake.read(spark, "quarantine.records").where("item_key IS NULL").collect()
    assert [r.bronze_sha256 for r in q] == [hashlib.sha256(unnamed).hexdigest()]
    assert q[0].reason.startswith(f"{NO_PERIOD}: ZGLV/FILENAME: expected the FFOMS")

    # January re-sent: same file name, a new listing id, another period in its header and
    # a corrected amount → the same keys, updated in place; the batch's MERGEs name the
    # January partition alone (Delta reads and conflict-checks only it) and touch no
    # file of February's
    again = _register("HM770112T77_26011", 2026, 3, first=1, sumv="11.00")
    oms({"L-1-again": again}, "b2")
    for table in TABLES:
        metrics, predicate, touched = _last_merge(spark, table)
        assert touched == {"period=2026-01"}, table
        assert re.search(r"\(period#\d+ = 2026-01\) AND", predicate), predicate
        assert int(metrics["numTargetRowsInserted"]) == 0, table
        assert int(metrics["numTargetRowsUpdated"]) == 3, table
        assert _by_period(spark, table) == {"2026-01": 3, "2026-02": 3}, table
    cases = lake.read(spark, "silver.oms_cases").collect()
    assert {(c.register_id, str(c.sumv)) for c in cases if c.period == "2026-01"} == {
        ("L-1-again", "11.00")
    }
    assert len({c.case_pid for c in cases}) == 6

    # a lake made before the partition: each table unpartitioned, without `period`, and
    # one row of the no-period register curated back then (its file name has no period)
    before = {t: sorted(tuple(r) for r in lake.read(spark, t).collect()) for t in TABLES}
    for table in TABLES:
        old = lake.read(spark, table).drop("period")
        if table == "silver.oms_cases":
            stray = old.limit(1).selectExpr(
                "'x' || case_pid AS case_pid",
                *[c for c in old.columns if c not in ("case_pid", "_sha256")],
                f"'{hashlib.sha256(unnamed).hexdigest()}' AS _sha256",
            )
            old = old.unionByName(stray)
        old = old.localCheckpoint()
        old.write.format("delta").mode("overwrite").option("overwriteSchema", "true").save(
            lake.table_path(table)
        )
    assert migrate_period(spark) == list(TABLES)
    for table in TABLES:
        detail = DeltaTable.forPath(spark, lake.table_path(table)).detail().first()
        assert list(detail["partitionColumns"]) == ["period"]
        after = sorted(tuple(r) for r in lake.read(spark, table).collect())
        assert after == before[table], table
    assert migrate_period(spark) == []  # once
