"""Curate marks without Spark: Delta logs written by hand (a commit is a JSON-lines file), so
each case says exactly which commit a step must or must not sit out."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from ozero.curate import marks
from ozero.curate.marks import QUARANTINE, Watch

BRONZE, SILVER = "bronze.remd_documents", "silver.remd_protocols"
OTHER_BRONZE = "bronze.oms_registers"
FACTS = {"key_id": "k1", "code": "c1"}


def _watch(**facts: str | None) -> Watch:
    return Watch(
        step="curate:remd",
        tables=(BRONZE, SILVER, QUARANTINE, "bronze.opt_outs", "ops.erasures"),
        partitions={QUARANTINE: ("source_table", frozenset({BRONZE}))},
        facts={**FACTS, **facts},
    )


def _commit(lake: Path, table: str, actions: list[dict[str, Any]] | None = None, **info: Any):
    """Append the next commit to `table`'s log (a file added, unpartitioned, by default)."""
    zone, _, name = table.partition(".")
    folder = lake / zone / name / "_delta_log"
    folder.mkdir(parents=True, exist_ok=True)
    version = len(list(folder.glob("*.json")))
    commit_info = {"commitInfo": {"timestamp": version, "operation": "WRITE", **info}}
    body = (
        actions
        if actions is not None
        else [{"add": {"path": f"f{version}", "partitionValues": {}}}]
    )
    lines = [json.dumps(a) for a in [commit_info, *body]]
    (folder / f"{version:020d}.json").write_text("\n".join(lines) + "\n")
    return version


def _quarantine_add(source_table: str) -> list[dict[str, Any]]:
    return [{"add": {"path": "q", "partitionValues": {"source_table": source_table}}}]


@pytest.fixture()
def marked(lake: Path) -> Path:
    """A lake whose remd step succeeded once: every watched table has commits, the mark
    records them."""
    for table in (BRONZE, SILVER, "bronze.opt_outs", "ops.erasures"):
        _commit(lake, table)
    _commit(lake, QUARANTINE, [{"metaData": {"id": "q"}}])
    _commit(lake, QUARANTINE, _quarantine_add(BRONZE))
    watch = _watch()
    assert marks.remember(watch, marks.snapshot(watch), "r1") is not None
    return lake


def _skips(watch: Watch | None = None) -> bool:
    watch = watch or _watch()
    return marks.skip_report(watch, marks.snapshot(watch)) is not None


def test_nothing_changed_skips_and_says_so(marked: Path, caplog: pytest.LogCaptureFixture):
    watch = _watch()
    with caplog.at_level(logging.INFO, logger="ozero.curate.marks"):
        report = marks.skip_report(watch, marks.snapshot(watch))
    assert report is not None
    assert report["skipped"].startswith("nothing new since run r1 at ")
    assert report["step"] == "curate:remd" and report["since_run_id"] == "r1"
    assert report["tables"][SILVER] == 0
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 1 and lines[0].startswith("curate:remd skipped: nothing new since")


@pytest.mark.parametrize("table", [BRONZE, SILVER, "bronze.opt_outs", "ops.erasures"])
def test_a_commit_to_a_watched_table_runs(marked: Path, table: str, caplog):
    _commit(marked, table, [{"remove": {"path": "f0", "partitionValues": {}}}], operation="DELETE")
    with caplog.at_level(logging.INFO, logger="ozero.curate.marks"):
        assert not _skips()
    assert f"{table} v0 → v1" in caplog.text


def test_optimize_counts_as_a_change(marked: Path):
    """The chosen rule: any commit runs the step, a compaction's too (safe, a bit slower)."""
    rewrite = [
        {"remove": {"path": "f0", "dataChange": False}},
        {"add": {"path": "g", "dataChange": False}},
    ]
    _commit(marked, SILVER, rewrite, operation="OPTIMIZE")
    assert not _skips()


def test_a_table_made_again_at_the_same_version_runs(marked: Path):
    log = marked / "silver" / "remd_protocols" / "_delta_log"
    (log / f"{0:020d}.json").write_text(json.dumps({"commitInfo": {"timestamp": 99}}) + "\n")
    assert not _skips()


def test_a_watched_table_gone_runs(marked: Path):
    for f in (marked / "silver" / "remd_protocols" / "_delta_log").iterdir():
        f.unlink()
    assert not _skips()


def test_other_sources_quarantine_does_not_run_but_own_does(marked: Path):
    _commit(marked, QUARANTINE, _quarantine_add(OTHER_BRONZE))
    _commit(marked, QUARANTINE, _quarantine_add("silver.remd_protocols"))  # a gold build's
    assert _skips()
    _commit(
        marked, QUARANTINE, [{"remove": {"path": "q", "partitionValues": {"source_table": BRONZE}}}]
    )
    assert not _skips()


def test_a_quarantine_no_longer_partitioned_runs(marked: Path):
    _commit(marked, QUARANTINE, [{"add": {"path": "q2", "partitionValues": {}}}])
    assert not _skips()


def test_a_quarantine_schema_change_runs(marked: Path):
    _commit(marked, QUARANTINE, [{"metaData": {"id": "q", "schemaString": "{}"}}])
    assert not _skips()


def test_a_quarantine_commit_file_gone_runs(marked: Path):
    version = _commit(marked, QUARANTINE, _quarantine_add(OTHER_BRONZE))
    _commit(marked, QUARANTINE, _quarantine_add(OTHER_BRONZE))
    (marked / "quarantine" / "records" / "_delta_log" / f"{version:020d}.json").write_text(
        "{not json"
    )
    assert not _skips()


@pytest.mark.parametrize(
    "fact, value",
    [("key_id", "k2"), ("key_id", None), ("code", "c2"), ("spec", "s1")],
)
def test_a_changed_fact_runs(marked: Path, fact: str, value: str | None):
    assert not _skips(_watch(**{fact: value}))


def test_no_mark_runs(lake: Path):
    _commit(lake, BRONZE)
    assert not _skips()


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        json.dumps({"format": 99}),
        json.dumps({"format": 1, "step": "curate:oms", "tables": {}, "facts": {}}),
    ],
)
def test_a_corrupt_or_foreign_mark_runs(marked: Path, content: str):
    Path(_watch().uri).write_text(content)
    assert not _skips()


def test_a_mark_missing_a_table_runs(marked: Path):
    uri = Path(_watch().uri)
    mark = json.loads(uri.read_text())
    del mark["tables"][SILVER]
    uri.write_text(json.dumps(mark))
    assert not _skips()


def test_unreadable_state_runs(marked: Path, monkeypatch: pytest.MonkeyPatch):
    def broken(*_: Any) -> None:
        raise OSError("S3 said no")

    monkeypatch.setattr(marks.deltalog, "digest", broken)
    watch = _watch()
    _commit(marked, QUARANTINE, _quarantine_add(OTHER_BRONZE))  # forces a digest read
    assert marks.skip_report(watch, {"tables": {}, "facts": dict(watch.facts)}) is None


# --- what a run records --------------------------------------------------------------------


def test_the_runs_own_commits_are_in_its_mark(lake: Path):
    watch = _watch()
    for table in (BRONZE, "bronze.opt_outs", "ops.erasures", QUARANTINE):
        _commit(lake, table)
    before = marks.snapshot(watch)
    label = marks.tag(watch.step, "r1")
    _commit(lake, SILVER, userMetadata=label)  # the table made by the run
    _commit(lake, SILVER, userMetadata=label)
    _commit(lake, QUARANTINE, _quarantine_add(BRONZE), userMetadata=label)
    _commit(lake, QUARANTINE, _quarantine_add(OTHER_BRONZE))  # another source's, meanwhile
    mark = marks.remember(watch, before, "r1")
    assert mark is not None
    assert mark["tables"][SILVER][0] == 1 and mark["tables"][QUARANTINE][0] == 2
    assert _skips()


def test_another_writers_commit_during_the_run_is_not_in_its_mark(lake: Path):
    watch = _watch()
    for table in (SILVER, "bronze.opt_outs", "ops.erasures", QUARANTINE):
        _commit(lake, table)
    before = marks.snapshot(watch)
    label = marks.tag(watch.step, "r1")
    _commit(lake, BRONZE)  # an ingest lands while the run reads bronze
    _commit(lake, SILVER, userMetadata=label)
    _commit(lake, SILVER, [{"remove": {"path": "f0"}}], operation="DELETE")  # a hand edit
    _commit(lake, QUARANTINE, _quarantine_add(BRONZE), userMetadata="curate:remd run r0")
    mark = marks.remember(watch, before, "r1")
    assert mark is not None
    assert mark["tables"][BRONZE] == [None, None]
    assert mark["tables"][SILVER][0] == 0
    assert mark["tables"][QUARANTINE][0] == 0
    assert not _skips()


def test_code_fingerprint_follows_the_files(tmp_path: Path):
    folder = tmp_path / "schemas"
    (folder / "silver").mkdir(parents=True)
    (folder / "silver" / "t.yaml").write_text("a: 1\n")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "x.pyc").write_bytes(b"1")
    first = marks._fingerprint((folder,))
    marks._fingerprint.cache_clear()
    (folder / "__pycache__" / "x.pyc").write_bytes(b"2")
    assert marks._fingerprint((folder,)) == first
    marks._fingerprint.cache_clear()
    (folder / "silver" / "t.yaml").write_text("a: 2\n")
    assert marks._fingerprint((folder,)) != first
    marks._fingerprint.cache_clear()


def test_a_source_watches_its_tables_quarantine_share_key_and_code():
    from ozero.sources.registry import get_source

    watch = marks.for_source(get_source("oms"), "k1")
    assert watch.step == "curate:oms"
    assert {"bronze.oms_registers", "silver.oms_cases", "silver.oms_services",
            "silver.oms_patients", QUARANTINE, "bronze.opt_outs", "ops.erasures"} == set(watch.tables)  # fmt: skip
    assert watch.partitions[QUARANTINE] == ("source_table", frozenset({"bronze.oms_registers"}))
    assert watch.facts["key_id"] == "k1" and len(watch.facts["code"] or "") == 64
    assert watch.uri.endswith("/ops/curate_marks/curate-oms.json")


def test_a_dataset_watches_its_cohort_gold_and_spec():
    from ozero.datasets.registry import get_spec

    spec = get_spec("chest-imaging-protocols")
    watch = marks.for_dataset(spec)
    assert set(spec.source_tables) <= set(watch.tables)
    assert set(spec.gold_tables) <= set(watch.tables)
    assert watch.facts["spec"] and watch.facts["code"]


# --- the step around it ---------------------------------------------------------------------


class _Conf(dict):
    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(key, default)

    def set(self, key: str, value: str) -> None:
        self[key] = value

    def unset(self, key: str) -> None:
        self.pop(key, None)


class _Spark:
    def __init__(self) -> None:
        self.conf = _Conf()


@pytest.fixture()
def no_spark(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`get_spark` and `_prepared_spark` replaced by a fake that records each call."""
    from ozero import pipeline, spark

    calls: list[str] = []
    fake = _Spark()

    def get() -> _Spark:
        calls.append("spark")
        return fake

    monkeypatch.setattr(spark, "get_spark", get)
    monkeypatch.setattr(pipeline, "_prepared_spark", get)
    return calls


def test_a_failed_run_writes_no_mark_and_forgets_the_old_one(marked: Path, no_spark: list[str]):
    from ozero import pipeline

    watch = _watch(key_id="k2")  # a change: the step runs

    def work(ctx: Any) -> dict[str, Any]:
        assert ctx.spark.conf[marks.deltalog.USER_METADATA_CONF].startswith("curate:remd run ")
        raise RuntimeError("the job died")

    with pytest.raises(RuntimeError):
        pipeline._marked(lambda: watch, True, work)
    assert no_spark and not Path(watch.uri).exists()
    assert not _skips()


def test_a_skipped_step_starts_no_spark_and_a_run_rewrites_the_mark(
    marked: Path, no_spark: list[str]
):
    from ozero import pipeline

    ran: list[str] = []
    report = pipeline._marked(_watch, True, lambda ctx: ran.append(ctx.run_id) or {})
    assert "skipped" in report and no_spark == [] and ran == []
    report = pipeline._marked(_watch, False, lambda ctx: ran.append(ctx.run_id) or {"ok": 1})
    assert report == {"ok": 1} and len(ran) == 1 and no_spark
    assert json.loads(Path(_watch().uri).read_text())["run_id"] == ran[0]


class _Conf(dict):
    """A session's runtime conf, as `marks.tagged` uses it."""

    def set(self, key: str, value: str) -> None:
        self[key] = value

    def unset(self, key: str) -> None:
        self.pop(key, None)


def test_overlapping_runs_in_one_session_tag_nobody_and_leave_no_tag() -> None:
    """Two runs on threads of one session, ending out of order (the leak CI found: a later
    ingest's commits carried a finished run's tag, as if that run had made them)."""
    from types import SimpleNamespace

    key = marks.deltalog.USER_METADATA_CONF
    session = SimpleNamespace(conf=_Conf())
    a, b = marks.tagged(session, "curate:nsi run a"), marks.tagged(session, "curate:oms run b")
    a.__enter__()
    assert session.conf[key] == "curate:nsi run a"
    b.__enter__()
    assert session.conf[key] == marks.OVERLAPPING  # neither may claim a commit of this time
    a.__exit__(None, None, None)  # the first one ends first
    assert session.conf[key] == "curate:oms run b"
    b.__exit__(None, None, None)
    assert key not in session.conf  # nothing left for the next writer
    with marks.tagged(session, "curate:remd run c"):
        assert session.conf[key] == "curate:remd run c"
    assert key not in session.conf
