"""A register parsed in parts (tiny `OZERO_OMS_CHUNK_BYTES`) curates to exactly the silver
rows and quarantine records of a whole-file parse, on real Spark + Delta: bad cases of later
parts named by their place in the file, a register broken in a later part quarantined
whole with no row kept, a register whose cut fell inside a comment parsed whole and kept."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from tests.unit.test_formats_oms_split import HEAD, many, register, zap

pytestmark = [pytest.mark.spark]

TABLES = ("silver.oms_cases", "silver.oms_services", "silver.oms_patients")
PART_BYTES = 3_000  # ~10 cases per part


def _registers() -> dict[str, bytes]:
    cases = many(60)
    cases[41] = zap(42, idcase=False)  # a bad case known only by its position
    cases[55] = cases[55].replace("<SUMV>10.50</SUMV>", "<SUMV>10,5</SUMV>")  # badly typed
    hidden = many(40)
    withdrawn = "".join(zap(900 + i).strip() for i in range(20))  # longer than a part
    hidden[20:20] = [f"<!-- withdrawn: {withdrawn} -->\n"]  # so a cut falls in there
    return {  # each its own FILENAME: a case's key is filename / IDCASE / SL_ID
        "R-good": register(*cases, head=_head(1)),
        "R-broken": register(*many(40), head=_head(2))[:-400],  # truncated: a later part sees it
        "R-hidden": register(*hidden, head=_head(3)),
    }


def _head(n: int) -> str:
    return HEAD.replace("HM770112T77_26011", f"HM770112T77_2601{n}")


def _curate(spark, root, monkeypatch, chunk_bytes: int) -> dict[str, list]:
    monkeypatch.setenv("OZERO_LAKE_URI", str(root))
    monkeypatch.setenv("OZERO_OMS_CHUNK_BYTES", str(chunk_bytes))
    from pyspark.sql import types as T

    import ozero.curate.oms as curate
    from ozero import lake, objects
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import PseudonymKey
    from ozero.sources.bronze import land
    from ozero.sources.oms import register_uri

    names = T.StructType(
        [T.StructField(c, T.StringType()) for c in ("enp", "known_family", "known_given")]
        + [T.StructField("known_patronymic", T.StringType())]
    )
    monkeypatch.setattr(curate, "_known_names_by_enp", lambda ctx: spark.createDataFrame([], names))
    now = datetime.now(UTC)
    rows = []
    for register_id, data in _registers().items():
        sha = hashlib.sha256(data).hexdigest()
        objects.put(register_uri(sha), data)
        rows.append(
            {"register_id": register_id, "period": "2026-01", "registered_at": now,
             "object_uri": register_uri(sha), "size_bytes": len(data), "payload": None,
             "sha256": sha, "batch_id": "b1", "received_at": now}
        )  # fmt: skip
    land(spark, curate.SOURCE, rows)
    key = PseudonymKey(key_id="it-split", secret=b"s" * 32)
    report = curate.curate_oms(CurationContext(spark, key, run_id="it-split"))
    out: dict[str, list] = {"report": [report.registers_quarantined, report.written]}
    for table in TABLES:
        out[table] = sorted(tuple(r) for r in lake.read(spark, table).collect())
    quarantine = lake.read(spark, "quarantine.records").where("target_table LIKE 'silver.oms%'")
    out["quarantine"] = sorted(
        (r.bronze_sha256, r.item_key, r.stage, r.reason, tuple(r.details or ()))
        for r in quarantine.collect()
    )
    return out


def test_parts_curate_to_the_whole_file_result(spark, tmp_path, monkeypatch):
    from ozero.curate.oms import plan_parts

    data = _registers()
    files = [
        type("Row", (), {"register_id": k, "object_uri": str(p), "sha256": "", "batch_id": ""})
        for k, p in ((k, tmp_path / f"{k}.xml") for k in data)
    ]
    for f in files:
        (tmp_path / f"{f.register_id}.xml").write_bytes(data[f.register_id])
    plan = plan_parts(files, PART_BYTES)
    assert all(sum(1 for p in plan if p[5] == reg) > 3 for reg in range(3))
    hidden = data["R-hidden"]
    comment = range(hidden.index(b"<!--"), hidden.index(b"-->"))
    assert any(p[8] in comment for p in plan if p[5] == 2), "a cut inside the comment"

    whole = _curate(spark, tmp_path / "whole", monkeypatch, 1 << 30)
    parts = _curate(spark, tmp_path / "parts", monkeypatch, PART_BYTES)
    assert parts == whole

    sha = {k: hashlib.sha256(v).hexdigest() for k, v in data.items()}
    assert whole["report"] == [1, 58 + 40]  # broken: whole; good: 58 of 60; hidden: all 40
    q = whole["quarantine"]
    assert [r[0] for r in q if r[1] is None] == [sha["R-broken"]]
    items = sorted(r[1] for r in q if r[1] is not None)
    assert items == sorted(['{"sl_position": 42}', '{"idcase": "56", "sl_id": "S56"}'])
    assert ("SL #42 of the file") in {d for r in q for d in r[4]}
    assert not [c for c in whole["silver.oms_cases"] if sha["R-broken"] in c]
