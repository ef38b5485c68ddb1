"""The pipeline's steps as plain functions: what DAG tasks and spark-submit jobs call.

Each step takes and returns JSON-friendly values (they travel through Airflow XCom), gets
its Spark session and pseudonymisation key from the one place that makes them, and can be
called from a unit test or a notebook without Airflow.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from ozero.sources.watermarks import parse_ts

log = logging.getLogger(__name__)


def _as_dt(value: datetime | str) -> datetime:
    """ISO text or any datetime (Airflow passes pendulum's) → a plain aware UTC datetime."""
    if isinstance(value, str):
        return parse_ts(value)
    return datetime.fromtimestamp(value.timestamp(), tz=UTC)


def ingest(
    source: str,
    interval_start: datetime | str | None,
    interval_end: datetime | str | None,
    oids: list[str] | None = None,
) -> dict:
    """Land one data interval of a registry feed in bronze (recorded in `ops.runs`).

    NSI has no interval: every published version of each directory (`oids`, else the
    configured ones) is landed once.
    """
    from ozero import runs
    from ozero.spark import get_spark

    if source not in ("remd", "oms", "nsi", "pacs"):
        raise ValueError(f"unknown source {source!r}; known: nsi, remd, oms, pacs")
    spark = get_spark()
    with runs.step(f"ingest:{source}") as run:
        if source == "nsi":
            from ozero.sources.nsi import ingest_nsi

            report = ingest_nsi(spark, oids)
        else:
            if interval_start is None or interval_end is None:
                raise ValueError(f"ingest {source} needs an interval start and end")
            start, end = _as_dt(interval_start), _as_dt(interval_end)
            if source == "remd":
                from ozero.sources.remd import ingest_remd

                report = ingest_remd(spark, start, end)
            elif source == "pacs":
                from ozero.sources.pacs import ingest_pacs

                report = ingest_pacs(spark, start, end)
            else:
                from ozero.sources.oms import ingest_oms

                report = ingest_oms(spark, start, end)
        run.ingested(spark, report.as_dict())
    log.info("ingest %s: %s", source, report.as_dict())
    return report.as_dict()


def curate_source(source: str, key: Any = None) -> dict[str, Any]:
    """Bronze → silver for one source (nsi, remd or oms), recorded in `ops.runs`.

    `key` overrides the configured pseudonymisation key (used by `rotate_key`).
    """
    from ozero import runs
    from ozero.curate.nsi import curate_nsi
    from ozero.curate.oms import curate_oms
    from ozero.curate.remd import curate_remd
    from ozero.curate.silver import new_run_id, take_outcomes
    from ozero.spark import get_spark

    spark = get_spark()
    run_id = new_run_id()
    if source not in ("remd", "oms", "nsi", "pacs"):
        raise ValueError(f"unknown source {source!r}; known: nsi, remd, oms, pacs")
    with runs.step(f"curate:{source}") as run:
        if source == "nsi":
            report = curate_nsi(spark, run_id)
        elif source == "pacs":
            from ozero.curate.imaging import curate_imaging
            from ozero.deid.keys import load_key

            report = curate_imaging(spark, key or load_key(), run_id)
        else:
            from ozero.deid.keys import load_key

            curate = curate_remd if source == "remd" else curate_oms
            report = curate(spark, key or load_key(), run_id)
        run.curated(spark, source, report.as_dict())
    result = report.as_dict()
    result["data_docs"] = render_docs(take_outcomes())
    return result


def curate_gold() -> dict[str, Any]:
    """Silver → gold (the chest imaging dataset), validated."""
    from ozero.curate.gold import refresh_chest_imaging
    from ozero.curate.silver import new_run_id, take_outcomes
    from ozero.spark import get_spark

    result = refresh_chest_imaging(get_spark(), new_run_id())
    result["data_docs"] = render_docs(take_outcomes())
    return result


def curate() -> dict[str, Any]:
    """All of curation in one call (CLI, notebooks, spark-submit)."""
    out: dict[str, Any] = {s: curate_source(s) for s in ("nsi", "remd", "oms", "pacs")}
    out["gold"] = curate_gold()
    return out


def render_docs(results: list) -> str | None:
    if not results:
        return None
    from ozero.config import get_settings
    from ozero.lake import is_local, local_path
    from ozero.quality.docs import render_data_docs

    settings = get_settings()
    if not is_local(settings):
        return None
    site = local_path(settings.lake_uri) / "ops" / "data_docs"
    return str(render_data_docs(results, site))


def build_release_candidate(dataset: str) -> dict | None:
    """Pin gold's current versions as a release candidate, or None when nothing changed."""
    from ozero.release.candidate import build_candidate
    from ozero.spark import get_spark
    from ozero.summary import deid_summary, validation_summary

    spark = get_spark()
    candidate = build_candidate(
        spark,
        dataset,
        validation_summary=validation_summary(spark),
        deid_summary=deid_summary(spark),
    )
    return None if candidate is None else candidate.to_dict()


# sources whose silver tables carry keyed pseudonyms (NSI directories carry none)
KEYED_SOURCES = ("remd", "oms", "pacs")


def rotate_key(new_key_file: str) -> dict[str, Any]:
    """Re-pseudonymise the whole lake under a new key in one job: every keyed silver table
    is re-derived from bronze under the new key (one Delta commit per table), then gold.

    Resumable: a crash leaves some tables on the new key; running it again rebuilds all.
    Until it completes, curation under either key refuses to mix pseudonyms (see
    `ozero.curate.keyring`). Published releases stay as they are: immutable, and their
    manifests name the key id they were built with.
    """
    from ozero import runs
    from ozero.curate.keyring import key_ids, keyed_tables, rebuilding
    from ozero.deid.keys import load_key_file
    from ozero.spark import get_spark

    spark = get_spark()
    new_key = load_key_file(new_key_file)
    tables = keyed_tables()
    before = {t: key_ids(spark, t) for t in tables}
    out: dict[str, Any] = {"new_key_id": new_key.key_id, "new_key_file": new_key_file}
    out.update(before=before, sources={})
    with runs.step("rotate-key"), rebuilding(new_key.key_id):
        for source in KEYED_SOURCES:
            report = curate_source(source, key=new_key)
            out["sources"][source] = {"written": report["written"], "table": report["table"]}
        out["gold"] = curate_gold()
    out["after"] = {t: key_ids(spark, t) for t in tables}
    log.info("key rotation to %s: %s", new_key.key_id, out["after"])
    return out
