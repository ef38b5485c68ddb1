"""A large claims landing evaluates compiled expressions, and lands exactly what the
interpreted evaluation lands (stop 36), on real Spark + Delta.

`compiled_expressions` switches the session from the small-table tuning's interpreted
evaluation to Spark's compiled one while a block runs with many rows; `curate_oms` wraps a
large register's landings in it, and `land` its own steps after counting its rows. Here the
threshold is lowered so a small register counts as large."""

from __future__ import annotations

import hashlib
import threading
from contextlib import nullcontext
from datetime import UTC, datetime

import pytest

from tests.unit.test_formats_oms_split import many, register

pytestmark = [pytest.mark.spark]

MODE = "spark.sql.codegen.factoryMode"
TABLES = ("silver.oms_cases", "silver.oms_services", "silver.oms_patients")


def test_the_switch_is_scoped_counted_and_only_for_many_rows(spark):
    from ozero.spark import COMPILED_ROWS, compiled_expressions

    assert spark.conf.get(MODE) == "NO_CODEGEN"  # the small-table tuning
    with compiled_expressions(spark, COMPILED_ROWS - 1):
        assert spark.conf.get(MODE) == "NO_CODEGEN"
    with compiled_expressions(spark, COMPILED_ROWS):
        assert spark.conf.get(MODE) == "FALLBACK"
        with compiled_expressions(spark, 10):  # nested: counted, whatever its rows
            assert spark.conf.get(MODE) == "FALLBACK"
        assert spark.conf.get(MODE) == "FALLBACK"  # the outer block still runs
    assert spark.conf.get(MODE) == "NO_CODEGEN"
    with pytest.raises(RuntimeError), compiled_expressions(spark, COMPILED_ROWS):
        raise RuntimeError("a failing step")
    assert spark.conf.get(MODE) == "NO_CODEGEN"  # restored on the way out of an error


def test_two_threads_keep_it_until_the_last_one_ends(spark):
    from ozero.spark import COMPILED_ROWS, compiled_expressions

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[str] = []

    def first() -> None:
        with compiled_expressions(spark, COMPILED_ROWS):
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with compiled_expressions(spark, COMPILED_ROWS):
            second_in.set()
            first_out.wait(10)
            seen.append(spark.conf.get(MODE))  # the first block has ended, this one not
        seen.append(spark.conf.get(MODE))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert seen == ["FALLBACK", "NO_CODEGEN"]


def test_a_session_not_tuned_interpreted_is_left_alone(spark):
    from ozero.spark import COMPILED_ROWS, compiled_expressions

    spark.conf.set(MODE, "FALLBACK")
    try:
        with compiled_expressions(spark, COMPILED_ROWS):
            spark.conf.set(MODE, "CODEGEN_ONLY")  # the caller's own choice, not undone
        assert spark.conf.get(MODE) == "CODEGEN_ONLY"
    finally:
        spark.conf.set(MODE, "NO_CODEGEN")


def _curate(spark, root, monkeypatch, threshold: int, scoped_in_oms: bool = True) -> dict:
    """One register through `curate_oms`; the factory mode each write, and the known
    identifiers' storing, saw; the silver rows. (Its patches end with it.)"""
    with monkeypatch.context() as patched:
        return _curate_patched(spark, root, patched, threshold, scoped_in_oms)


def _curate_patched(spark, root, monkeypatch, threshold: int, scoped_in_oms: bool) -> dict:
    monkeypatch.setenv("OZERO_LAKE_URI", str(root))
    from pyspark.sql import types as T

    import ozero.curate.landing as landing
    import ozero.curate.oms as curate
    import ozero.spark
    from ozero import lake, objects
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import PseudonymKey
    from ozero.sources.bronze import land
    from ozero.sources.oms import register_uri

    monkeypatch.setattr(ozero.spark, "COMPILED_ROWS", threshold)
    if not scoped_in_oms:
        monkeypatch.setattr(curate, "compiled_expressions", lambda spark, rows: nullcontext())
    modes: dict[str, list[str]] = {"write": [], "known": []}
    write, remember = landing.write_curated, landing._remember_identifiers

    def spy_write(ctx, table, rows, **kw):
        modes["write"].append(ctx.spark.conf.get(MODE))
        return write(ctx, table, rows, **kw)

    def spy_remember(ctx, *args):
        modes["known"].append(ctx.spark.conf.get(MODE))
        return remember(ctx, *args)

    monkeypatch.setattr(landing, "write_curated", spy_write)
    monkeypatch.setattr(landing, "_remember_identifiers", spy_remember)
    names = T.StructType(
        [T.StructField(c, T.StringType()) for c in ("enp", "known_family", "known_given")]
        + [T.StructField("known_patronymic", T.StringType())]
    )
    monkeypatch.setattr(curate, "_known_names_by_enp", lambda ctx: spark.createDataFrame([], names))
    data = register(*many(30))
    sha = hashlib.sha256(data).hexdigest()
    objects.put(register_uri(sha), data)
    now = datetime.now(UTC)
    row = {
        "register_id": "R-compiled", "period": "2026-01", "registered_at": now,
        "object_uri": register_uri(sha), "size_bytes": len(data), "payload": None,
        "sha256": sha, "batch_id": "b1", "received_at": now,
    }  # fmt: skip
    land(spark, curate.SOURCE, [row])
    key = PseudonymKey(key_id="it-compiled", secret=b"c" * 32)
    report = curate.curate_oms(CurationContext(spark, key, run_id="it-compiled"))
    out: dict = {"modes": modes, "written": report.written, "after": spark.conf.get(MODE)}
    for table in TABLES:
        out[table] = sorted(tuple(r) for r in lake.read(spark, table).collect())
    return out


def test_a_large_register_lands_compiled_the_same_rows(spark, tmp_path, monkeypatch):
    interpreted = _curate(spark, tmp_path / "i", monkeypatch, threshold=10**9)
    compiled = _curate(spark, tmp_path / "c", monkeypatch, threshold=1)
    only_land = _curate(spark, tmp_path / "l", monkeypatch, threshold=1, scoped_in_oms=False)

    assert interpreted["modes"] == {"write": ["NO_CODEGEN"] * 3, "known": ["NO_CODEGEN"]}
    # curate_oms's block: the known identifiers' storing (before a landing counts) too
    assert compiled["modes"] == {"write": ["FALLBACK"] * 3, "known": ["FALLBACK"]}
    # land's own block, after its count: every write
    assert only_land["modes"]["write"] == ["FALLBACK"] * 3
    for run in (interpreted, compiled, only_land):
        assert run["after"] == "NO_CODEGEN"
    assert interpreted["written"] == compiled["written"] == 30
    for table in TABLES:  # the same rows, whichever evaluation computed them
        assert compiled[table] == interpreted[table] == only_land[table]
        assert interpreted[table]
