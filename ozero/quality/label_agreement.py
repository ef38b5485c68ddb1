"""Readers' agreement behind a release candidate's labels (QC level 2, docs/quality.md).

A dataset whose label comes from a labelling round (`source: annotation`) is only as good as
the readers' agreement on the rows it publishes. This module finds, for the candidate's row
keys (the row pseudonym is the round's `item_id`), each item's current resolved label in
`silver.resolved_labels` (the latest `resolved_at` per dataset, task kind and item, as a spec
joins it), the rounds those labels came from, and recomputes each round's agreement from
`silver.annotations` with `ozero.labels.rounds` — over the candidate's items only, so rows
suppressed by k-anonymity or outside the cohort do not count.

The figures are counts and shares only: readers are counted, never named (their accounts are
already pseudonyms, but a datasheet has no use for them), and no item id is kept.
`summarise` is pure (hand-built rows in the tests); `read_figures` is the Spark side the
guard calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ozero.labels import rounds

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from ozero.datasets.spec import DatasetSpec

ANNOTATIONS = "silver.annotations"
RESOLVED = "silver.resolved_labels"
# The headline figure of a round, by task kind: the first one the round has.
HEADLINE = {
    "classify": ("cohen_kappa", "fleiss_kappa"),
    **{kind: (figure,) for kind, figure in rounds.FIGURE.items()},
}
FALLBACK = ("mean_mask_dice", "mean_mask_iou", "cohen_kappa", "fleiss_kappa")  # other kinds
FIGURE_NAMES = {
    "cohen_kappa": "Cohen's kappa",
    "fleiss_kappa": "Fleiss' kappa",
    "mean_box_iou": "mean box IoU",
    "mean_span_f1": "mean span F1",
    "mean_mask_dice": "mean mask Dice",
    "mean_mask_iou": "mean mask IoU",
}
PROTOCOL_READERS = "one reader (the protocol's author); no agreement measured"


def counted(n: int, noun: str) -> str:
    """`1 expert`, `2 readers`."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def adjudication_rule() -> str:
    """The rule `ozero label adjudicate` applies, in words, from `rounds.THRESHOLDS`."""
    box, mask, text = (rounds.THRESHOLDS[k] for k in ("bbox", "segment", "text-entities"))
    return (
        f"an item goes to an expert when its readers' classes differ, its mean box IoU is "
        f"under {box}, its mask Dice under {mask} or its span F1 under {text}; the expert's "
        "answer is then its label"
    )


def current_outcomes(
    resolved: Iterable[Mapping[str, Any]], items: set[str]
) -> dict[tuple[str, str, str], Mapping[str, Any]]:
    """(dataset, task kind, item) → the latest resolved row, for the candidate's items."""
    latest: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for row in resolved:
        if str(row["item_id"]) not in items:
            continue
        key = (str(row["dataset"]), str(row["task_kind"]), str(row["item_id"]))
        if key not in latest or row["resolved_at"] > latest[key]["resolved_at"]:
            latest[key] = row
    return latest


def headline(kind: str, figures: Mapping[str, Any]) -> tuple[str | None, float | None]:
    """The round's agreement figure (name, value), or (None, None) if none was measurable."""
    for name in HEADLINE.get(kind, FALLBACK):
        if figures.get(name) is not None:
            return name, float(figures[name])
    return None, None


def _one(values: Iterable[Any]) -> str | None:
    found = sorted({str(v) for v in values if v is not None})
    return ", ".join(found) if found else None


def _round(
    project: int, outcomes: Sequence[Mapping[str, Any]], annotations: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """One round's figures over the candidate's items it labelled."""
    items = {str(o["item_id"]) for o in outcomes}
    rows = [
        a
        for a in annotations
        if int(a["round_project_id"]) == project and str(a["item_id"]) in items
    ]
    figures = rounds.figures(rows, project)
    kind = figures.get("task_kind") or _one(o["task_kind"] for o in outcomes) or ""
    name, value = headline(kind, figures)
    first = outcomes[0]
    return {
        "project_id": project,
        "task_kind": kind,
        "dataset": str(first["dataset"]),
        "dataset_version": _one(o["dataset_version"] for o in outcomes),
        "label_schema_version": _one(o["label_schema_version"] for o in outcomes),
        "tool": _one(a["tool"] for a in rows),
        "tool_version": _one(a["tool_version"] for a in rows),
        "readers": len({a["reader"] for a in rows if a["role"] == "reader"}),
        "experts": len({a["reader"] for a in rows if a["role"] == "expert"}),
        "adjudication_projects": sorted(
            {int(a["project_id"]) for a in rows if a["role"] == "expert"}
        ),
        "items": len(items),
        "adjudicated": sum(o["source"] == "adjudication" for o in outcomes),
        "figure": name,
        "figure_name": FIGURE_NAMES.get(name or "", name),
        "agreement": None if value is None else round(value, 4),
        **{k: figures[k] for k in ("class_agreement", "threshold") if k in figures},
    }


def summarise(
    items: set[str],
    rows: int,
    annotations: Sequence[Mapping[str, Any]],
    resolved: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """The labelling figures behind `rows` candidate rows whose keys are `items`."""
    current = current_outcomes(resolved, items)
    by_round: dict[int, list[Mapping[str, Any]]] = {}
    for outcome in current.values():
        by_round.setdefault(int(outcome["round_project_id"]), []).append(outcome)
    mine = [  # the answers behind the current labels (not those of superseded rounds)
        a
        for a in annotations
        if str(a["item_id"]) in items and int(a["round_project_id"]) in by_round
    ]
    labelled = {item for _, _, item in current}
    adjudicated = {item for (_, _, item), o in current.items() if o["source"] == "adjudication"}
    out: dict[str, Any] = {
        "available": bool(current),
        "rows": rows,
        "rows_labelled": len(labelled),
        "coverage": round(len(labelled) / rows, 6) if rows else 0.0,
        "share_adjudicated": round(len(adjudicated) / len(labelled), 6) if labelled else None,
        "share_agreed": round(1 - len(adjudicated) / len(labelled), 6) if labelled else None,
        "readers": len({a["reader"] for a in mine if a["role"] == "reader"}),
        "experts": len({a["reader"] for a in mine if a["role"] == "expert"}),
        "tools": sorted({f"{a['tool']} {a['tool_version']}" for a in mine}),
        "label_schema_versions": sorted({str(o["label_schema_version"]) for o in current.values()}),
        "rounds": [_round(p, by_round[p], annotations) for p in sorted(by_round)],
        "adjudication_rule": adjudication_rule(),
    }
    if not current:
        out["reason"] = f"none of the candidate's {rows} rows has a label in {RESOLVED}"
    return out


def round_name(r: Mapping[str, Any]) -> str:
    """`round 3 (chest-xray 1.0.0 classify)`: how a message names a round."""
    return f"round {r['project_id']} ({r['dataset']} {r['dataset_version']} {r['task_kind']})"


def problems(figures: Mapping[str, Any], floor: float | None) -> list[str]:
    """One line per round under `qc.min_agreement` (or whose agreement cannot be measured)."""
    if floor is None:
        return []
    if not figures.get("available"):
        reason = figures.get("reason", "not measured")
        return [f"qc.min_agreement is {floor} but agreement cannot be measured: {reason}"]
    out = []
    for r in figures["rounds"]:
        if r["agreement"] is None:
            out.append(
                f"{round_name(r)}: agreement cannot be measured (fewer than two readers per "
                f"item) but qc.min_agreement is {floor}"
            )
        elif r["agreement"] < floor:
            out.append(
                f"{round_name(r)}: {r['figure_name']} {r['agreement']:.3f} < "
                f"qc.min_agreement {floor}"
            )
    return out


def figure_text(r: Mapping[str, Any]) -> str:
    """A round's agreement value as the datasheet and the messages print it."""
    return "not measured" if r["agreement"] is None else f"{r['agreement']:.3f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def describe(figures: Mapping[str, Any]) -> str:
    """The figures in one sentence — readers, experts, each round's figure, share adjudicated,
    coverage — for level 2's reason, the approval request and Croissant."""
    if not figures.get("available"):
        return str(figures.get("reason", PROTOCOL_READERS))
    per_round = "; ".join(
        f"{round_name(r)} {r['figure_name'] or 'agreement'} {figure_text(r)}"
        for r in figures["rounds"]
    )
    return (
        f"{counted(figures['readers'], 'reader')}, {counted(figures['experts'], 'expert')}; "
        f"{per_round}; "
        f"{percent(figures['share_adjudicated'])} adjudicated; "
        f"{percent(figures['coverage'])} of rows labelled"
    )


def _pinned(spark: SparkSession, gold: str, pin: int | None) -> int | None:
    """The version of silver.resolved_labels the gold version was built from (None: the
    build is not recorded, e.g. gold written by hand; the latest version is read then)."""
    from ozero.datasets.builder import source_versions

    found = source_versions(spark, gold, pin).get(RESOLVED) if pin is not None else None
    return int(found) if found is not None else None


def read_figures(
    spark: SparkSession, spec: DatasetSpec, rows: DataFrame, pins: Mapping[str, int]
) -> dict[str, Any]:
    """The labelling figures behind the to-publish `rows` of `spec`'s rows table, read from
    the lake (the resolved labels at the version gold was built from, else the latest; the
    annotations at their latest version: insert-only, so earlier answers are all there)."""
    from pyspark.sql import functions as F

    from ozero import lake

    key = spec.key_columns[0] if spec.key_columns else None
    if key is None:
        return {"available": False, "reason": "the dataset has no row key to match items by"}
    for table in (RESOLVED, ANNOTATIONS):
        if lake.version(spark, table) is None:
            return {"available": False, "reason": f"{table} does not exist (no round pulled)"}
    pinned = _pinned(spark, spec.table, pins.get(spec.table))
    versions = {
        RESOLVED: lake.version(spark, RESOLVED) if pinned is None else pinned,
        ANNOTATIONS: lake.version(spark, ANNOTATIONS),
    }
    keys = rows.select(F.col(key).cast("string").alias("item_id")).distinct()
    found = {
        table: [
            r.asDict()
            for r in lake.read(spark, table, versions[table]).join(keys, "item_id", "left_semi")
            .collect()
        ]
        for table in (RESOLVED, ANNOTATIONS)
    }  # fmt: skip
    items = {str(r["item_id"]) for r in keys.collect()}
    figures = summarise(items, rows.count(), found[ANNOTATIONS], found[RESOLVED])
    return {**figures, "versions": versions}
