"""The metadata commands read what delta-spark wrote, without a JVM, and agree with Spark; every
`--json` command's stdout parses, the Spark-needing ones included, on this machine (whose
hostname resolves to loopback: Spark warns about it at start).

"Without a JVM" is shown, not timed: the commands run with JAVA_HOME pointing nowhere and no
`java` on PATH, where starting Spark fails (see tests/unit/test_cli_errors.py).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from ozero import lake, lakeview

pytestmark = pytest.mark.spark

REPO = Path(__file__).resolve().parents[2]
NSI_OID = "1.2.643.5.1.13.13.11.1005"


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ozero.cli", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )


def _lake_env(curated_lake, tmp_path: Path, *, java: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OZERO_")}
    env.update(curated_lake.env())
    if not java:
        env["JAVA_HOME"] = str(tmp_path / "no-java")
        env["PATH"] = os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if not (Path(p) / "java").exists()
        )
    return env


@pytest.fixture()
def on_curated_lake(curated_lake, monkeypatch: pytest.MonkeyPatch):
    for name, value in curated_lake.env().items():
        monkeypatch.setenv(name, value)
    return curated_lake


def test_every_table_delta_spark_wrote_is_read_as_spark_reads_it(on_curated_lake, spark) -> None:
    by_spark = {t.name: t for t in lake.list_tables(spark)}
    by_lakeview = {t.name: t for t in lakeview.list_tables()}
    assert set(by_lakeview) == set(by_spark) and len(by_spark) >= 8
    for name, info in by_spark.items():
        assert by_lakeview[name] == info, name  # zone, Delta version, exact row count


def _comparable(row: dict) -> dict:
    """Timestamps as epoch seconds: Spark gives naive local times, Arrow UTC-aware ones."""
    return {k: (v.timestamp() if isinstance(v, datetime) else v) for k, v in row.items()}


def test_rows_keep_every_column_and_value(on_curated_lake, spark) -> None:
    expected = [r.asDict() for r in lake.read(spark, "ops.runs").collect()]
    got = lakeview.rows("ops.runs")
    assert [list(r) for r in got] == [list(r) for r in expected]  # same columns, same order
    assert sorted(map(_comparable, got), key=lambda r: r["run_id"]) == sorted(
        map(_comparable, expected), key=lambda r: r["run_id"]
    )


def test_metadata_commands_answer_without_java(on_curated_lake, spark, tmp_path: Path) -> None:
    from ozero.curate.nsi import current_version

    env = _lake_env(on_curated_lake, tmp_path, java=False)

    tables = _run(env, "lake", "tables", "--json")
    assert tables.returncode == 0, tables.stderr
    counted = {t["name"]: t["rows"] for t in json.loads(tables.stdout)}
    # the figures Spark's listing gives (the first test of this module shows them equal)
    assert counted == {t.name: t.rows for t in lakeview.list_tables()}

    runs = _run(env, "lake", "runs", "--json", "--limit", "3")
    assert runs.returncode == 0, runs.stderr
    newest = lake.read(spark, "ops.runs").orderBy("started_at", ascending=False).limit(3)
    listed = json.loads(runs.stdout)
    assert [r["run_id"] for r in listed] == [r["run_id"] for r in newest.collect()]
    assert all(r["bronze_ok"] in (True, None) and r["received_ok"] in (True, None) for r in listed)

    on = date(2030, 1, 1)
    version = _run(env, "lake", "nsi-version", NSI_OID, "--on", on.isoformat())
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == current_version(spark, NSI_OID, on)

    releases = _run(env, "release", "list", "--json")
    assert releases.returncode == 0, releases.stderr
    assert isinstance(json.loads(releases.stdout), list)

    for result in (tables, runs, version, releases):
        assert "Traceback" not in result.stderr


def test_a_spark_command_json_parses_on_a_loopback_hostname(on_curated_lake, tmp_path) -> None:
    """`lake summary` starts a JVM; its log lines must all be on stderr."""
    result = _run(_lake_env(on_curated_lake, tmp_path, java=True), "lake", "summary", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {"tables", "accounting", "quarantine"} <= set(summary)
    try:
        loopback = socket.gethostbyname(socket.gethostname()).startswith("127.")
    except OSError:
        loopback = False
    if loopback:  # this machine: Spark's start-up warning exists, and went to stderr
        assert "loopback address" in result.stderr


def test_deletion_vectors_and_missing_stats_are_counted_exactly(spark, tmp_path: Path) -> None:
    """Delta's count and delta-rs's own `count()` (a sum of file statistics) differ once a
    deletion vector hides rows, or when files carry no statistics; `lakeview.row_count` must
    match Spark in both cases. (A file with a deletion vector always has `numRecords`: the
    protocol requires it, and Delta computes it when it deletes from a file without stats.)"""
    from delta.tables import DeltaTable as SparkDeltaTable
    from deltalake import DeltaTable

    with_dv = str(tmp_path / "with-deletion-vectors")
    spark.range(0, 1000, 1, 4).write.format("delta").option(
        "delta.enableDeletionVectors", "true"
    ).save(with_dv)
    SparkDeltaTable.forPath(spark, with_dv).delete("id % 7 = 0")
    table = DeltaTable(with_dv)
    assert "deletionVectors" in (table.protocol().reader_features or [])
    assert table.deletion_vectors().read_all().num_rows == 4  # each file got a DV, none rewritten
    assert table.count() == 1000  # delta-rs's statistics-only count ignores the DVs
    assert lakeview.row_count(table) == spark.read.format("delta").load(with_dv).count() == 857

    no_stats = str(tmp_path / "without-statistics")
    spark.conf.set("spark.databricks.delta.stats.collect", "false")
    try:
        spark.range(0, 600, 1, 3).write.format("delta").save(no_stats)
    finally:
        spark.conf.unset("spark.databricks.delta.stats.collect")
    spark.range(0, 40, 1, 1).write.format("delta").mode("append").save(no_stats)  # with stats
    table = DeltaTable(no_stats)
    counts = table.get_add_actions().column("num_records").to_pylist()
    assert counts.count(None) == 3 and 40 in counts  # a mix, as after a writer change
    assert lakeview.row_count(table) == spark.read.format("delta").load(no_stats).count() == 640


def test_spark_logs_to_stderr_even_outside_the_cli(tmp_path: Path) -> None:
    """The second guard, on its own: a session from `ozero.spark` (a notebook, a DAG task, a
    job) logs to stderr through `ozero/log4j2.properties`, with nothing on stdout."""
    code = (
        "from ozero.spark import get_spark\n"
        "df = get_spark().range(3)\n"
        "df.cache(); df.cache()  # Spark warns: 'Asked to cache already cached data'\n"
        "assert df.count() == 3\n"
    )
    env = {**os.environ, "OZERO_LAKE_URI": str(tmp_path / "lake")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "WARN CacheManager: Asked to cache already cached data" in result.stderr


def test_a_key_mismatch_is_one_line_naming_rotate_key(curated_lake, tmp_path: Path) -> None:
    """Curating a lake under another key than the one that built it is refused, in one line."""
    root = curated_lake.copy_to(tmp_path / "lake")
    env = _lake_env(curated_lake, tmp_path, java=True)
    env.update(curated_lake.env(root))
    env.update(OZERO_PSEUDONYM_KEY="98" * 32, OZERO_PSEUDONYM_KEY_ID="another-key")
    result = _run(env, "run", "curate")
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    ours = [line for line in result.stderr.splitlines() if line.startswith("ozero run curate:")]
    assert len(ours) == 1 and "another-key" in ours[0]
    assert "ozero deid rotate-key" in ours[0]
    assert "98" * 32 not in result.stderr  # the key never shows
