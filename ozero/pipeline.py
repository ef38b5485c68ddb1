"""The pipeline's steps as plain functions: what DAG tasks and spark-submit jobs call.

Each step takes and returns JSON-friendly values (they travel through Airflow XCom), gets
its Spark session and pseudonymisation key from the one place that makes them, and can be
called from a unit test or a notebook without Airflow. Which registries exist, and how each
is fetched and curated, is the source registry's business (`ozero.sources.registry`): no
step here names one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ozero.sources.registry import IngestRequest, Source, get_source, iter_curated, keyed_sources
from ozero.sources.watermarks import parse_ts

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.marks import Watch

log = logging.getLogger(__name__)


def _as_dt(value: datetime | str | None) -> datetime | None:
    """ISO text or any datetime (Airflow passes pendulum's) → a plain aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return parse_ts(value)
    return datetime.fromtimestamp(value.timestamp(), tz=UTC)


def _prepared_spark():  # noqa: ANN202 - a SparkSession
    """The session, with the shared tables in place (so concurrent first writers never race
    to create them) and older table shapes migrated."""
    from ozero import lake
    from ozero.curate.quarantine import migrate
    from ozero.spark import get_spark

    spark = get_spark()
    lake.ensure_tables(spark)
    migrate(spark)
    return spark


def ingest(
    source: str,
    interval_start: datetime | str | None = None,
    interval_end: datetime | str | None = None,
    oids: list[str] | None = None,
    **options: Any,
) -> dict:
    """Land one data interval of a registry feed in bronze (recorded in `ops.runs`).

    A source without intervals (NSI) lands what it has not landed yet; `options` are the
    source's own (`oids` is NSI's `oid` option, kept for callers of the old signature).
    """
    from ozero import runs

    src = get_source(source)
    if oids:
        options["oid"] = oids
    start, end = _as_dt(interval_start), _as_dt(interval_end)
    if src.windowed and (start is None or end is None):
        raise ValueError(f"ingest {source} needs an interval start and end")
    spark = _prepared_spark()
    with runs.step(src.ingest_step) as run:
        report = src.ingest(IngestRequest(spark, start, end, options)).as_dict()
        run.ingested(spark, src, report)
    log.info("ingest %s: %s", source, report)
    return report


def curate_source(
    source: str, key: Any = None, ctx: Any = None, skip_if_unchanged: bool = False
) -> dict[str, Any]:
    """Bronze → silver for one source, recorded in `ops.runs`.

    `key` overrides the configured pseudonymisation key; `ctx` (a CurationContext) runs the
    step inside a larger job (a key rotation) instead of on its own. On its own, the step
    leaves a curate mark when it succeeds (`ozero.curate.marks`); `skip_if_unchanged` (the
    curate DAG) returns a `{"skipped": ...}` report instead of running, without starting
    Spark, when nothing the mark watches changed since.
    """
    from ozero.curate import marks

    src = get_source(source)
    if src.curate is None:
        raise ValueError(f"source {source} has no curate step")
    if ctx is not None:
        return _curate_source(src, ctx)
    key = key or (_configured_key() if src.keyed else None)
    key_id = key.key_id if key is not None else None
    return _marked(
        lambda: marks.for_source(src, key_id),
        skip_if_unchanged,
        lambda c: _curate_source(src, c),
        key,
    )


def _curate_source(src: Source, ctx: CurationContext) -> dict[str, Any]:
    from ozero import runs
    from ozero.curate.keyring import check_key

    with runs.step(src.curate_step) as run:
        for table in _keyed_tables(src):
            check_key(ctx, table)
        report = src.curate(ctx).as_dict()  # type: ignore[misc]  # checked by the caller
        run.curated(ctx.spark, src, report)
    report["data_docs"] = render_docs(ctx)
    return report


def _marked(
    watch_of: Callable[[], Watch],
    skip_if_unchanged: bool,
    work: Callable[[CurationContext], dict[str, Any]],
    key: Any = None,
) -> dict[str, Any]:
    """Run `work(ctx)` as a step of its own between its curate marks: skipped when asked
    and nothing changed since the mark; else the mark is deleted, the step runs with its
    commits tagged, and a new mark is written only once it has succeeded. A state that
    cannot be read (`watch_of` or the snapshot fails) means: run, and write no mark."""
    from ozero.curate import marks
    from ozero.curate.context import CurationContext, new_run_id
    from ozero.spark import get_spark

    watch: Watch | None = None
    before: dict[str, Any] | None = None
    try:
        watch = watch_of()
        before = marks.snapshot(watch)
    except Exception as exc:  # noqa: BLE001 - curate anyway
        log.warning("curate mark: state unreadable (%s): runs, and writes no mark", exc)
    if watch is not None and before is not None and skip_if_unchanged:
        skipped = marks.skip_report(watch, before)
        if skipped is not None:
            return skipped
    if watch is not None:
        marks.forget(watch)
    run_id = new_run_id()
    spark = get_spark()
    with marks.tagged(spark, marks.tag(watch.step if watch else "unmarked", run_id)):
        ctx = CurationContext(_prepared_spark(), key, run_id=run_id)
        report = work(ctx)
    if watch is not None and before is not None:
        marks.remember(watch, before, run_id)
    return report


def _configured_key() -> Any:
    from ozero.deid.keys import load_key

    return load_key()


def _keyed_tables(source: Source) -> list[str]:
    from ozero.contracts import load_contract

    return [t for t in source.silver if "deid_key_id" in load_contract(t).column_names]


def build_dataset(name: str, ctx: Any = None, skip_if_unchanged: bool = False) -> dict[str, Any]:
    """Silver → one dataset's gold tables, from its spec (`datasets/<name>.yaml`), validated.

    Marks and `skip_if_unchanged` as for `curate_source` (what a dataset's mark watches:
    `ozero.curate.marks.for_dataset`)."""
    from ozero.curate import marks
    from ozero.datasets.registry import get_spec

    spec = get_spec(name)
    if ctx is not None:
        return _build_dataset(spec, ctx)
    return _marked(
        lambda: marks.for_dataset(spec), skip_if_unchanged, lambda c: _build_dataset(spec, c)
    )


def _build_dataset(spec: Any, ctx: CurationContext) -> dict[str, Any]:
    from ozero.datasets.builder import build

    result = build(ctx, spec)
    result["data_docs"] = render_docs(ctx)
    return result


def curate_gold(ctx: Any = None) -> dict[str, Any]:
    """Silver → gold for every declared dataset."""
    from ozero.datasets.registry import all_specs

    return {spec.name: build_dataset(spec.name, ctx) for spec in all_specs()}


def curate() -> dict[str, Any]:
    """All of curation in one call (CLI, notebooks, spark-submit): every source, then gold."""
    out: dict[str, Any] = {s.name: curate_source(s.name) for s in iter_curated()}
    out["gold"] = curate_gold()
    return out


def render_docs(ctx: Any) -> str | None:
    """The Data Docs site for the validations `ctx` gathered (each rendered once); None
    without any (GX, seconds to import, is not loaded by a step that validated nothing)."""
    results, ctx.validations[:] = list(ctx.validations), []
    if not results:
        return None
    from ozero.quality.docs import publish_data_docs

    return publish_data_docs(results)


def build_release_candidate(dataset: str) -> dict | None:
    """Pin gold's current versions as a release candidate, or None when nothing changed."""
    from ozero.release.flow import build

    candidate = build(dataset)
    return None if candidate is None else candidate.to_dict()


def rotate_key(new_key_file: str) -> dict[str, Any]:
    """Re-pseudonymise the whole lake under a new key in one job: every keyed silver table
    is re-derived from bronze under the new key (one Delta commit per table), then gold.

    Resumable: a crash leaves some tables on the new key; running it again rebuilds all.
    Until it completes, curation under either key refuses to mix pseudonyms (see
    `ozero.curate.keyring`). Published releases stay as they are: immutable, and their
    manifests name the key id they were built with.
    """
    from ozero import runs
    from ozero.curate.context import CurationContext
    from ozero.curate.keyring import key_ids, keyed_tables
    from ozero.deid.keys import load_key_file

    spark = _prepared_spark()
    new_key = load_key_file(new_key_file)
    tables = keyed_tables()
    out: dict[str, Any] = {"new_key_id": new_key.key_id, "new_key_file": new_key_file}
    out.update(before={t: key_ids(spark, t) for t in tables}, sources={})
    job = CurationContext(spark, new_key, rebuild=True)
    with runs.step("rotate-key"):
        for source in keyed_sources():
            report = curate_source(source.name, ctx=job.child())
            out["sources"][source.name] = {"written": report["written"], "table": report["table"]}
        out["gold"] = curate_gold(job.child())
    out["after"] = {t: key_ids(spark, t) for t in tables}
    log.info("key rotation to %s: %s", new_key.key_id, out["after"])
    return out
