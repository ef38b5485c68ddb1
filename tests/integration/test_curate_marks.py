"""Curate marks on a real lake (a copy of the shared curated one): after a step, the DAG's
call skips without a JVM; new bronze data, a hand DELETE in silver and another key each make
it run; and every table a run commits to is one its mark watches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ozero.config import REPO_ROOT

pytestmark = pytest.mark.spark

DATASET = "chest-imaging-protocols"  # reads silver.remd_protocols (and NSI rows)
CHECK = """
import json, sys
from ozero import logs
logs.to_stderr(True)
import pyspark
from ozero.pipeline import build_dataset, curate_source
out = {"remd": curate_source("remd", skip_if_unchanged=True),
       "gold": build_dataset(sys.argv[1], skip_if_unchanged=True)}
out["spark_started"] = pyspark.SparkContext._active_spark_context is not None
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def copy(tmp_path_factory, curated_lake, spark):
    """A copy of the shared lake with remd and the dataset freshly curated (their marks
    written by this module, whatever ran on the shared lake before)."""
    from ozero import pipeline

    root = curated_lake.copy_to(tmp_path_factory.mktemp("marks") / "lake")
    env = curated_lake.env(root)
    mp = pytest.MonkeyPatch()
    for name, value in env.items():
        mp.setenv(name, value)
    pipeline.curate_source("remd")
    pipeline.build_dataset(DATASET)
    yield root, env, curated_lake
    mp.undo()


def _dag_check(env: dict[str, str]) -> tuple[dict, str]:
    """What the DAG's tasks do first, in a process of its own (as a task is)."""
    done = subprocess.run(
        [sys.executable, "-c", CHECK, DATASET],
        env={**os.environ, **env, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO_ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def _remd_runs() -> list[str] | None:
    """Why the remd step would run now (None: it would skip)."""
    from ozero import pipeline
    from ozero.curate import marks
    from ozero.sources.registry import get_source

    watch = marks.for_source(get_source("remd"), pipeline._configured_key().key_id)
    mark, why = marks.read_mark(watch)
    if mark is None:
        return [why]
    return marks.differences(watch, mark, marks.snapshot(watch)) or None


def test_the_dag_check_skips_without_spark_after_a_run(copy):
    root, env, _ = copy
    out, stderr = _dag_check(env)
    assert out["spark_started"] is False
    for step in ("remd", "gold"):
        assert out[step]["skipped"].startswith("nothing new since run "), out[step]
    assert out["remd"]["tables"]["silver.remd_protocols"] is not None
    skipped = [line for line in stderr.splitlines() if " INFO " in line and "skipped" in line]
    assert len(skipped) == 2, stderr[-2000:]
    assert "curate:remd skipped: nothing new since run" in skipped[0]
    assert (root / "ops" / "curate_marks" / "curate-remd.json").is_file()


def test_marks_live_in_the_ops_zone(copy):
    root, _, _ = copy
    names = {p.name for p in (root / "ops" / "curate_marks").iterdir()}
    assert {"curate-remd.json", f"dataset-{DATASET}.json"} <= names
    mark = json.loads((root / "ops" / "curate_marks" / "curate-remd.json").read_text())
    assert mark["facts"]["key_id"] == "it-key"
    assert "secret" not in json.dumps(mark).lower()
    assert Path(root / "ops" / "runs" / "_delta_log").is_dir()  # next to the ops tables


def test_every_table_a_run_commits_to_is_watched(copy):
    """The sources' declared tables (`Source.silver`, `curate_writes`) are complete: every
    commit tagged by a curate or dataset run of this lake went to a watched table, or to
    a record of the run (ops) or quarantine."""
    from ozero import deltalog, lake
    from ozero.contracts import all_contracts
    from ozero.curate import marks
    from ozero.datasets.registry import all_specs
    from ozero.sources.registry import all_sources

    watches = {s.curate_step: marks.for_source(s, "k") for s in all_sources() if s.curate}
    watches |= {f"dataset:{spec.name}": marks.for_dataset(spec) for spec in all_specs()}
    tables = [c.name for c in all_contracts()] + [t for s in all_specs() for t in s.gold_tables]
    seen: dict[str, set[str]] = {}
    for table in dict.fromkeys(tables):
        for version in range((lake.committed_version(table) or -1) + 1):
            commit = deltalog.actions(table, version)
            label = deltalog.user_metadata(commit or [])
            if label and " run " in label:
                seen.setdefault(label.split(" run ")[0], set()).add(table)
    assert {"curate:nsi", "curate:remd", "curate:oms", f"dataset:{DATASET}"} <= set(seen)
    for step, written in seen.items():
        unwatched = {
            t for t in written if t not in watches[step].tables and t.split(".")[0] != "ops"
        }
        assert unwatched == set(), step


def _land_broken_document(spark) -> None:
    """A new bronze record, as an ingest would land it (the shared lake's simulator has no
    documents left to serve): one that does not parse, so its run quarantines it."""
    import hashlib
    from datetime import UTC, datetime

    from ozero import lake
    from ozero.contracts import load_contract

    payload = b"<ClinicalDocument broken"
    now = datetime.now(UTC)
    row = ("test-new-doc", 1, "174", now, payload, hashlib.sha256(payload).hexdigest(), "b", now)
    schema = load_contract("bronze.remd_documents").spark_schema
    lake.merge(spark, "bronze.remd_documents", spark.createDataFrame([row], schema), update=False)


def test_new_bronze_data_runs_and_the_run_marks_again(copy, spark):
    from ozero import pipeline

    assert _remd_runs() is None
    _land_broken_document(spark)
    assert any(r.startswith("bronze.remd_documents v") for r in _remd_runs() or [])
    report = pipeline.curate_source("remd", skip_if_unchanged=True)
    assert "skipped" not in report
    assert report["bronze_new"] == 1 and report["quarantined_parse"] == 1
    assert _remd_runs() is None  # the run's own commits are in its new mark
    assert "skipped" in pipeline.curate_source("remd", skip_if_unchanged=True)


def test_a_hand_delete_in_silver_runs_and_is_undone(copy, spark):
    from ozero import lake, pipeline
    from ozero.curate import marks
    from ozero.datasets.registry import get_spec

    assert _remd_runs() is None
    path = lake.table_path("silver.remd_protocols")
    rows = lake.read(spark, "silver.remd_protocols").count()
    victim = lake.read(spark, "silver.remd_protocols").first()["_sha256"]
    spark.sql(f"DELETE FROM delta.`{path}` WHERE _sha256 = '{victim}'").collect()
    assert any(r.startswith("silver.remd_protocols v") for r in _remd_runs() or [])
    gold = marks.for_dataset(get_spec(DATASET))  # the dataset reads that table too
    assert marks.skip_report(gold, marks.snapshot(gold)) is None
    report = pipeline.curate_source("remd", skip_if_unchanged=True)
    assert "skipped" not in report
    assert lake.read(spark, "silver.remd_protocols").count() == rows  # re-derived from bronze


def test_another_key_runs_and_refuses_the_lake(copy, monkeypatch):
    from ozero import pipeline
    from ozero.curate.keyring import KeyMismatchError

    assert _remd_runs() is None
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", "cd" * 32)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_ID", "another-key")
    assert _remd_runs() == ["key_id changed"]
    with pytest.raises(KeyMismatchError):  # it ran: and said the lake is on another key
        pipeline.curate_source("remd", skip_if_unchanged=True)
    monkeypatch.undo()
    assert _remd_runs() == ["no mark of a successful run"]  # the failed run left none
