"""Multi-level quality control of a release candidate (docs/quality.md, "Multi-level QC").

- Level 1, technical: the Great Expectations results of the gold tables (gathered when gold
  was landed; failing rows are already in quarantine). Blocks only if the spec says
  `qc.require_validation: true`.
- Level 2, labels: the share of rows with each label; for labels from a labelling round,
  the readers' agreement of the rounds behind the candidate's rows (`label_agreement`),
  which blocks under the spec's `qc.min_agreement`.
- Level 3, statistical: class balance per split, drift against the previous release (per
  column and per label), and near-duplicate images across splits — the one check that always
  blocks: a train image in test makes the test score a lie.

The guard calls `assess` and stores the result as guard.json's `qc`; its problems block
publication like a PHI hit does. Every message names columns, classes, splits and
pseudonymous image ids only.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pandas as pd

from ozero.quality import balance, drift
from ozero.quality.image_leaks import check_index
from ozero.quality.label_agreement import PROTOCOL_READERS, describe
from ozero.quality.label_agreement import problems as agreement_problems

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from ozero.datasets.spec import DatasetSpec

log = logging.getLogger(__name__)

NUMERIC = ("int", "long", "double", "decimal")
PROFILED_PRIVACY = ("safe", "quasi_identifier", "sensitive")
SKIPPED_TYPES = ("date", "timestamp", "map<string,string>")


def profiled_columns(spec: DatasetSpec) -> dict[str, bool]:
    """Columns whose distribution a release records (name → numeric?): values the datasheet
    may show anyway; no identifier, free text or date."""
    return {
        c.name: c.type in NUMERIC
        for c in spec.columns
        if c.privacy in PROFILED_PRIVACY
        and c.action in ("keep", "generalise")
        and c.type not in SKIPPED_TYPES
        and not c.key
    }


def level1(validation: dict[str, Any] | None, required: bool) -> dict[str, Any]:
    """The GX results the candidate carries, as a level."""
    if not validation or validation.get("available") is False:
        reason = (validation or {}).get("reason", "no validation results recorded")
        return {"passed": not required, "blocking": required, "reason": reason}
    tables = validation.get("tables", {})
    failed = {t: v.get("failed", 0) for t, v in tables.items() if not v.get("success", True)}
    ok = bool(validation.get("success", not failed))
    reason = (
        "every expectation passed"
        if ok
        else "failed expectations: "
        + ", ".join(f"{t} ({n})" for t, n in sorted(failed.items()))
        + " (their rows are in quarantine, not in the release)"
    )
    return {"passed": ok or not required, "blocking": required, "reason": reason, "tables": tables}


def label_coverage(frame: pd.DataFrame, columns: list[str]) -> dict[str, float]:
    """Share of rows with a label (not null; an empty list is a label: "no findings")."""
    rows = len(frame)
    return {c: round(float(frame[c].notna().sum()) / rows, 6) if rows else 0.0 for c in columns}


def agreement_figures(spec: DatasetSpec, labelling: dict[str, Any] | None = None) -> dict[str, Any]:
    """Readers' agreement behind the labels. Labels from annotations carry the figures the
    guard read from the lake (`label_agreement.read_figures`, passed as `labelling`): rounds,
    readers and experts (counts), each round's kappa / IoU / span F1, the share adjudicated.
    Protocol-derived labels have one reader, so there is nothing to agree on."""
    annotated = list(spec.annotated_labels)
    if not annotated:
        return {
            "available": False,
            "kind": "protocol",
            "reason": f"labels come from protocols: {PROTOCOL_READERS}",
        }
    if labelling is None:
        return {
            "available": False,
            "kind": "annotation",
            "columns": annotated,
            "reason": "the lake's annotations were not read (QC ran without Spark)",
        }
    return {**labelling, "kind": "annotation", "columns": annotated}


def level2(
    spec: DatasetSpec, frame: pd.DataFrame, labelling: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Label coverage, and the readers' agreement (`labelling`: see `agreement_figures`)."""
    labels = [lab.column for lab in spec.labels if lab.column in frame.columns]
    coverage = label_coverage(frame, labels)
    problems = []
    floor = spec.qc.min_label_coverage
    for column, share in coverage.items():
        if floor is not None and share < floor:
            problems.append(
                f"label {column}: {share:.1%} of rows labelled < qc.min_label_coverage {floor:.0%}"
            )
    agreement = agreement_figures(spec, labelling)
    problems += agreement_problems(agreement, spec.qc.min_agreement)
    present = "labels present on " + (
        ", ".join(f"{c} {s:.0%}" for c, s in coverage.items()) or "no label columns"
    )
    measured = f"; agreement: {describe(agreement)}" if agreement.get("available") else ""
    section = {
        "passed": not problems,
        "label_coverage": coverage,
        "agreement": agreement,
        "reason": "; ".join(problems) or present + measured,
    }
    return section, problems


def _drift(
    spec: DatasetSpec, frame: pd.DataFrame, previous: dict[str, Any] | None
) -> tuple[dict[str, Any], list[str]]:
    if not previous:
        return {"available": False, "reason": "no previous release"}, []
    columns: dict[str, Any] = {}
    problems: list[str] = []
    against = previous.get("profile", {})
    for column, before in against.items():
        if column not in frame.columns:
            continue
        figure = drift.compare(before, frame[column])
        columns[column] = figure
        psi, cap = figure.get("psi"), spec.qc.max_psi
        if psi is not None and cap is not None and psi > cap:
            problems.append(
                f"drift: {column} PSI {psi:.3f} > qc.max_psi {cap} since {previous['version']}"
            )
        change, limit = figure.get("max_share_change"), spec.qc.max_share_change
        if change is not None and limit is not None and change > limit:
            problems.append(
                f"drift: {column} share of {figure['value']!r} changed by {change:.1%} > "
                f"qc.max_share_change {limit:.0%} since {previous['version']}"
            )
    return {"available": True, "against": previous["version"], "columns": columns}, problems


def level3(
    spec: DatasetSpec,
    frame: pd.DataFrame,
    images: list[dict[str, Any]] | None,
    previous: dict[str, Any] | None,
) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    section: dict[str, Any] = {}
    if images is not None:
        key = spec.key_columns[0] if spec.key_columns else None
        leaks = check_index(images, key, spec.qc.near_duplicate_distance)
        section["near_duplicates"] = leaks.to_dict()
        for pair in leaks.pairs:
            problems.append(
                f"near-duplicate images across splits: {pair.first.image_id} in "
                f"{pair.first.split} and {pair.second.image_id} in {pair.second.split} "
                f"({pair.distance} of 64 bits apart)"
            )
    labels = [lab.column for lab in spec.labels if lab.column in frame.columns]
    section["class_balance"] = {c: balance.class_shares(frame, c) for c in labels}
    gap = spec.qc.max_class_share_gap
    for column, figures in section["class_balance"].items():
        if gap is not None and figures["max_gap"] > gap:
            problems.append(
                f"class balance: {column} {figures['worst_class']!r} differs by "
                f"{figures['max_gap']:.1%} between splits > qc.max_class_share_gap {gap:.0%}"
            )
    section["drift"], drifted = _drift(spec, frame, previous)
    problems += drifted
    section["passed"] = not problems
    if problems:
        section["reason"] = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
    else:
        hashed = section.get("near_duplicates", {}).get("images_hashed")
        section["reason"] = (
            f"no near-duplicate images across splits ({hashed} hashed); "
            if images is not None
            else ""
        ) + "class balance and drift within the spec's thresholds (if any)"
    return section, problems


def rows_frame(spec: DatasetSpec, rows: DataFrame) -> pd.DataFrame:
    """The columns QC reads, as pandas (labels, profiled columns, split)."""
    wanted = {lab.column for lab in spec.labels} | set(profiled_columns(spec))
    columns = [c for c in rows.columns if c in wanted] + (
        ["split"] if "split" in rows.columns else []
    )
    frame = rows.select(*columns).toPandas()
    if "split" not in frame.columns:
        frame["split"] = "unsplit"
    return frame


def assess(
    spec: DatasetSpec,
    frames: dict[str, DataFrame],
    validation: dict[str, Any] | None,
    previous: dict[str, Any] | None,
    labelling: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Every level over the to-publish frames: (guard.json's `qc` section, blocking problems).

    `previous` is the last release's `qc` section (its profile and version), or None;
    `labelling` the rounds behind annotation labels (`label_agreement.read_figures`)."""
    frame = rows_frame(spec, frames[spec.table])
    images = None
    if spec.images_table and spec.images_table in frames:
        wanted = ["object_uri", "deid_sha256", "split", *spec.key_columns[:1]]
        index = frames[spec.images_table]
        images = [
            r.asDict() for r in index.select(*[c for c in wanted if c in index.columns]).collect()
        ]
    one = (
        level1(validation, spec.qc.require_validation)
        if validation is not None
        else {"passed": True, "reason": "pending: the candidate's validation results come next"}
    )  # a candidate being built adds them (GuardReport.add_validation)
    two, label_problems = level2(spec, frame, labelling)
    three, stat_problems = level3(spec, frame, images, previous)
    problems = (
        ([f"level 1: {one['reason']}"] if not one["passed"] else [])
        + [f"level 2: {p}" for p in label_problems]
        + [f"level 3: {p}" for p in stat_problems]
    )
    profile = {
        c: drift.profile_column(frame[c], numeric)
        for c, numeric in profiled_columns(spec).items()
        if c in frame.columns
    }
    profile.update(
        {
            lab.column: drift.profile_column(frame[lab.column], False)
            for lab in spec.labels
            if lab.column in frame.columns and lab.column not in profile
        }
    )
    section = {
        "passed": not problems,
        "levels": {
            "1": {"name": "technical", **one},
            "2": {"name": "labels", **two},
            "3": {"name": "statistical", **three},
        },
        "profile": profile,
    }
    log.info(
        "qc %s: %s (%d problems)", spec.name, "passed" if not problems else "blocked", len(problems)
    )
    return section, problems
