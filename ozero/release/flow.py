"""The release DAG's steps as plain functions (what `dags/release.py` tasks call).

JSON in, JSON out (they travel through XCom); each gets its Spark session from the one
place that makes it, so the same steps run from the CLI or a notebook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ozero.release.candidate import Candidate


def build(dataset: str) -> Candidate | None:
    """A candidate from gold as it is now, with the lake's validation and de-identification
    summaries (read only when there is a candidate, and computed once per lake state: the
    datasets' release runs share them); None when there is nothing new."""
    from ozero.release.build import build_candidate
    from ozero.spark import get_spark
    from ozero.summary import remembered_summary

    spark = get_spark()
    return build_candidate(
        spark,
        dataset,
        validation_summary=lambda: remembered_summary(spark, "validation"),
        deid_summary=lambda: remembered_summary(spark, "deid"),
    )


def propose(dataset: str) -> dict[str, Any] | None:
    """What the release DAG passes on: the candidate's name, version, bump and row counts."""
    candidate = build(dataset)
    if candidate is None:
        return None
    return {
        "dataset": candidate.dataset,
        "version": candidate.version,
        "bump": (candidate.changes.get("since_release") or {}).get("bump"),
        "rows": candidate.publish_row_counts,
    }


def publish_approved(dataset: str, version: str) -> str:
    """Publish an approved candidate (safe to re-run); returns the release's URI."""
    from ozero.catalog.build import refresh_after_publish
    from ozero.release.publish import publish
    from ozero.spark import get_spark

    uri = publish(get_spark(), dataset, version)
    refresh_after_publish()
    return uri
