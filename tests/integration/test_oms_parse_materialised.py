"""A register's parse is materialised once (stop 37): `parse_oms_registers` returns a local
checkpoint (its plan parses nothing and reads no table), not a cache, whether the register
was parsed whole or in parts, and reading the result again parses no part again. The parts
were cached, copied into a cached result, and copied again into the caller's checkpoint.
`_tally` counts the parsed rows, unreadable registers' rows and bad cases in one pass, so
`curate_oms` skips the quarantine steps that have nothing to quarantine."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.unit.test_formats_oms_split import many, register, zap

pytestmark = [pytest.mark.spark]

PART_BYTES = 3_000  # ~10 cases per part


def _bronze(spark: Any, data: bytes) -> Any:
    from ozero import objects
    from ozero.sources.oms import register_uri

    sha = hashlib.sha256(data).hexdigest()
    objects.put(register_uri(sha), data)
    return spark.createDataFrame(
        [("R1", register_uri(sha), None, sha, "b1")],
        "register_id string, object_uri string, payload binary, sha256 string, batch_id string",
    )


def _counted(spark: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """An accumulator of the parse calls (whole registers and parts) in the workers."""
    import ozero.curate.oms as curate

    calls = spark.sparkContext.accumulator(0)

    def counting(original: Any) -> Any:
        def parse(row: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            calls.add(1)
            yield from original(row, *args, **kwargs)

        return parse

    monkeypatch.setattr(curate, "parse_register", counting(curate.parse_register))
    monkeypatch.setattr(curate, "parse_part", counting(curate.parse_part))
    return calls


def _assert_materialised_once(result: Any, calls: Any, parses: int) -> None:
    from pyspark import StorageLevel

    assert calls.value == parses
    plan = result._jdf.queryExecution().optimizedPlan().toString()
    assert "MapInPandas" not in plan and "LogicalRDD" in plan, plan  # reads the checkpoint
    assert result.storageLevel == StorageLevel.NONE  # not a cached copy besides
    rows = result.count()
    assert result.where("_error IS NULL").count() <= rows
    assert calls.value == parses  # read twice more: parsed no more


@pytest.mark.parametrize("bad_later", [False, True])
def test_a_register_in_parts_is_parsed_and_materialised_once(lake, spark, monkeypatch, bad_later):
    from ozero.curate.oms import parse_oms_registers, plan_parts

    cases = many(60)
    if bad_later:  # a later part's bad case is renumbered from the file's start
        cases[41] = zap(42, idcase=False)
    bronze = _bronze(spark, register(*cases))
    parts = len(plan_parts(bronze.collect(), PART_BYTES, spark.sparkContext.defaultParallelism))
    assert parts > 2
    calls = _counted(spark, monkeypatch)
    result = parse_oms_registers(bronze, chunk_bytes=PART_BYTES)
    _assert_materialised_once(result, calls, parts)
    assert result.count() == 60
    items = [r["_item"] for r in result.where("_item IS NOT NULL").collect()]
    assert items == (['{"sl_position": 42}'] if bad_later else [])
    assert "_reg" not in result.columns


def test_a_register_parsed_whole_is_materialised_once(lake, spark, monkeypatch):
    from ozero.curate.oms import parse_oms_registers

    bronze = _bronze(spark, register(*many(30)))
    calls = _counted(spark, monkeypatch)
    result = parse_oms_registers(bronze, chunk_bytes=1 << 30)
    _assert_materialised_once(result, calls, 1)
    assert result.count() == 30


def test_tally_counts_rows_unreadable_registers_and_bad_cases(spark):
    from ozero.curate.oms import _tally

    rows = [
        ("a", None, None),  # a good case
        ("a", "bad type", '{"sl_position": 2}'),  # a bad case
        ("b", "bad type", '{"sl_position": 1}'),
        ("c", "ZL_LIST unparseable", None),  # an unreadable register
        ("a", None, None),
    ]
    df = spark.createDataFrame(rows, "_sha256 string, _error string, _item string")
    assert _tally(df) == {"rows": 5, "whole": 1, "bad_cases": 2}
    assert _tally(df.where("_error IS NULL")) == {"rows": 2, "whole": 0, "bad_cases": 0}
