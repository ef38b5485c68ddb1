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


def ingest(source: str, interval_start: datetime | str, interval_end: datetime | str) -> dict:
    """Land one data interval of a registry feed in bronze (recorded in `ops.runs`)."""
    from ozero import runs
    from ozero.spark import get_spark

    spark = get_spark()
    start, end = _as_dt(interval_start), _as_dt(interval_end)
    if source not in ("remd", "oms", "nsi"):
        raise ValueError(f"unknown source {source!r}; known: nsi, remd, oms")
    with runs.step(f"ingest:{source}") as run:
        if source == "remd":
            from ozero.sources.remd import ingest_remd

            report = ingest_remd(spark, start, end)
        elif source == "oms":
            from ozero.sources.oms import ingest_oms

            report = ingest_oms(spark, start, end)
        else:
            from ozero.sources.nsi import ingest_nsi

            report = ingest_nsi(spark)
        run.ingested(spark, report.as_dict())
    log.info("ingest %s: %s", source, report.as_dict())
    return report.as_dict()


def curate_source(source: str) -> dict[str, Any]:
    """Bronze → silver for one source (nsi, remd or oms), recorded in `ops.runs`."""
    from ozero import runs
    from ozero.curate.nsi import curate_nsi
    from ozero.curate.oms import curate_oms
    from ozero.curate.remd import curate_remd
    from ozero.curate.silver import new_run_id, take_outcomes
    from ozero.spark import get_spark

    spark = get_spark()
    run_id = new_run_id()
    if source not in ("remd", "oms", "nsi"):
        raise ValueError(f"unknown source {source!r}; known: nsi, remd, oms")
    with runs.step(f"curate:{source}") as run:
        if source == "nsi":
            report = curate_nsi(spark, run_id)
        else:
            from ozero.deid.keys import load_key

            curate = curate_remd if source == "remd" else curate_oms
            report = curate(spark, load_key(), run_id)
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
    out: dict[str, Any] = {s: curate_source(s) for s in ("nsi", "remd", "oms")}
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


def publish_approved(candidate: dict, decision: dict | None) -> str:
    """Publish a candidate the curator approved, in the Airflow UI or with the CLI.

    An approval given in the UI is recorded with the candidate first, so the manifest names
    the curator whichever way they answered.
    """
    from ozero.release.approval import approve, load_approval
    from ozero.release.publish import publish
    from ozero.spark import get_spark

    dataset, version = candidate["dataset"], candidate["version"]
    if load_approval(dataset, version) is None:
        if not decision or decision.get("chosen_options") != ["Approve"]:
            raise RuntimeError(f"{dataset} {version} was not approved; nothing published")
        user = decision.get("responded_by_user") or {}
        approve(
            dataset,
            version,
            approver=user.get("name") or user.get("id") or "airflow-ui",
            note="approved in the Airflow UI",
        )
    return str(publish(get_spark(), dataset, version))
