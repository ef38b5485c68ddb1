"""A labelling round's figures and outcome, from the pulled annotations (`silver.annotations`).

Pure functions over the table's rows, so the figures are the lake's, not the tool's current
screen: each reader's latest non-cancelled answer per item counts (an edit supersedes the
earlier version; both stay in the table). The formulas are `ozero.labels.agreement`'s.

Disagreement rule (`THRESHOLDS`, also in docs/labelling.md): classes that differ; boxes
whose matched IoU (greedy, best pairs first; an unmatched box scores 0) averages under 0.5;
masks whose Dice (each reader's regions together, pixel by pixel) is under 0.7; entity spans
whose F1 is under 0.8 — or different classes on a box or mask task. Disagreements go to
an expert (`adjudication_tasks`); the label a dataset uses is the readers' when they agree,
else the expert's, with where it came from (`resolved`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from statistics import mean
from typing import Any

import numpy as np

from ozero.labels import agreement, masks

MaskScore = Callable[[np.ndarray, np.ndarray], float]
THRESHOLDS = {"bbox": 0.5, "segment": 0.7, "text-entities": 0.8}
FIGURE = {"bbox": "mean_box_iou", "segment": "mean_mask_dice", "text-entities": "mean_span_f1"}


def _answers(rows: Iterable[Mapping[str, Any]], project: int, role: str) -> dict[str, dict]:
    """item_id → reader → (row) for the round's latest non-cancelled answers."""
    latest: dict[tuple[str, str], Mapping[str, Any]] = {}
    for row in rows:
        if int(row["round_project_id"]) != project or row["role"] != role:
            continue
        if role == "reader" and int(row["project_id"]) != project:
            continue
        key = (str(row["item_id"]), str(row["reader"]))
        if key not in latest or row["annotated_at"] > latest[key]["annotated_at"]:
            latest[key] = row
    answers: dict[str, dict] = {}
    for (item, reader), row in latest.items():
        if not row["was_cancelled"]:
            answers.setdefault(item, {})[reader] = row
    return answers


def _annotation(row: Mapping[str, Any]) -> dict[str, Any]:
    return json.loads(row["annotation"])


def _box(entry: Mapping[str, Any]) -> agreement.Box:
    return (entry["x0"], entry["y0"], entry["x1"], entry["y1"])


def boxes_score(first: list[dict], second: list[dict]) -> float:
    """Mean IoU of greedily matched boxes; unmatched boxes count 0; none on both sides 1."""
    if not first and not second:
        return 1.0
    pairs = sorted(
        ((agreement.box_iou(_box(a), _box(b)), i, j) for i, a in enumerate(first)
         for j, b in enumerate(second)),
        reverse=True,
    )  # fmt: skip
    used_a: set[int] = set()
    used_b: set[int] = set()
    scores = []
    for iou, i, j in pairs:
        if i in used_a or j in used_b or iou <= 0:
            continue
        used_a.add(i)
        used_b.add(j)
        scores.append(iou)
    unmatched = (len(first) - len(used_a)) + (len(second) - len(used_b))
    return sum(scores) / (len(scores) + unmatched)


def _spans(answer: Mapping[str, Any]) -> list[agreement.Span]:
    return [(s["start"], s["end"], s["label"]) for s in answer.get("spans", [])]


def _union(regions: list[dict]) -> np.ndarray | None:
    """A reader's mask regions as one mask (None when they painted nothing)."""
    found = [masks.from_coco_rle(r) for r in regions]
    if not found:
        return None
    shapes = {m.shape for m in found}
    if len(shapes) > 1:
        raise agreement.AgreementError(f"one reader's masks have shapes {sorted(shapes)}")
    return np.logical_or.reduce(found)


def masks_score(
    first: list[dict], second: list[dict], score: MaskScore = agreement.mask_dice
) -> float:
    """`score` (Dice, or IoU) of two readers' regions, each reader's taken together. None on
    both sides agrees fully; none against a painted mask scores 0."""
    a, b = _union(first), _union(second)
    if a is None and b is None:
        return 1.0
    shape = (a if a is not None else b).shape  # type: ignore[union-attr]
    empty = np.zeros(shape, dtype=bool)
    return score(empty if a is None else a, empty if b is None else b)


def _pairwise(values: list[Any], score) -> float:  # noqa: ANN001
    pairs = [score(a, b) for i, a in enumerate(values) for b in values[i + 1 :]]
    return mean(pairs) if pairs else 1.0


def item_scores(
    kind: str,
    answers: Mapping[str, Mapping[str, Any]],
    mask_score: MaskScore = agreement.mask_dice,
) -> dict[str, float]:
    """Per item, the mean pairwise agreement of its readers (boxes: IoU; masks: Dice, or
    `mask_score`; text: span F1)."""
    scores = {}
    for item, by_reader in answers.items():
        given = [_annotation(by_reader[r]) for r in sorted(by_reader)]
        if kind == "bbox":
            scores[item] = _pairwise([g.get("boxes", []) for g in given], boxes_score)
        elif kind == "segment":
            scores[item] = _pairwise(
                [g.get("masks", []) for g in given], partial(masks_score, score=mask_score)
            )
        elif kind == "text-entities":
            scores[item] = _pairwise([_spans(g) for g in given], agreement.span_f1)
    return scores


def _mask_figures(complete: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """A segment round's extra figures: mean IoU beside the Dice, and both per item."""
    dice, iou = (
        item_scores("segment", complete),
        item_scores("segment", complete, agreement.mask_iou),
    )
    out: dict[str, Any] = {
        "item_masks": {
            i: {"dice": round(dice[i], 4), "iou": round(iou[i], 4)} for i in sorted(dice)
        }
    }
    if iou:
        out["mean_mask_iou"] = round(mean(iou.values()), 4)
    return out


def figures(rows: Sequence[Mapping[str, Any]], project: int) -> dict[str, Any]:
    """Agreement of a round (its readers' project), and the items that need an expert."""
    answers = _answers(rows, project, "reader")
    if not answers:
        return {"project": project, "items": 0, "readers": [], "disagreements": []}
    kinds = {str(row["task_kind"]) for by in answers.values() for row in by.values()}
    (kind,) = kinds
    readers = sorted({r for by in answers.values() for r in by})
    complete = {i: by for i, by in answers.items() if len(by) >= 2}
    out: dict[str, Any] = {
        "project": project,
        "task_kind": kind,
        "readers": readers,
        "items": len(answers),
        "items_with_two_or_more_readers": len(complete),
    }
    classes = {
        item: [_annotation(by[r]).get("class") for r in sorted(by)]
        for item, by in complete.items()
        if all("class" in _annotation(row) for row in by.values())
    }
    disagree = set(agreement.disagreements(classes))
    if classes:
        same_count = {len(v) for v in classes.values()}
        if len(readers) == 2 and same_count == {2}:
            firsts = [classes[i][0] for i in sorted(classes)]
            seconds = [classes[i][1] for i in sorted(classes)]
            out["cohen_kappa"] = round(agreement.cohen_kappa(firsts, seconds), 4)
        if len(same_count) == 1:
            out["fleiss_kappa"] = round(agreement.fleiss_kappa(list(classes.values())), 4)
        out["class_agreement"] = round(1 - len(disagree) / len(classes), 4)
    if kind in THRESHOLDS:
        scores = item_scores(kind, complete)
        if scores:
            out[FIGURE[kind]] = round(mean(scores.values()), 4)
        if kind == "segment":
            out.update(_mask_figures(complete))
        out["threshold"] = THRESHOLDS[kind]
        disagree |= {i for i, s in scores.items() if s < THRESHOLDS[kind]}
    out["disagreements"] = sorted(disagree)
    return out


def resolved(rows: Sequence[Mapping[str, Any]], project: int) -> list[dict[str, Any]]:
    """The label each item of the round ends with, and its provenance."""
    readers = _answers(rows, project, "reader")
    experts = _answers(rows, project, "expert")
    disputed = set(figures(rows, project).get("disagreements", []))
    out: list[dict[str, Any]] = []
    for item in sorted(readers):
        by = readers[item]
        if item not in disputed and len(by) >= 2:
            first = by[sorted(by)[0]]
            out.append(
                {
                    "item_id": item,
                    "annotation": _annotation(first),
                    "source": "agreement",
                    "by": sorted(by),
                }
            )
        elif item in experts:
            expert, row = sorted(experts[item].items(), key=lambda kv: kv[1]["annotated_at"])[-1]
            out.append(
                {
                    "item_id": item,
                    "annotation": _annotation(row),
                    "source": "adjudication",
                    "by": [expert],
                    "adjudication": {
                        "project_id": int(row["project_id"]),
                        "annotation_id": int(row["annotation_id"]),
                        "annotated_at": str(row["annotated_at"]),
                    },
                }
            )
        else:
            out.append({"item_id": item, "annotation": None, "source": "pending", "by": sorted(by)})
    return out


def adjudication_tasks(
    rows: Sequence[Mapping[str, Any]],
    project: int,
    export: Sequence[Mapping[str, Any]],
    already: set[str] | frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Tasks for the expert: each disputed item's original data (same image or text) with
    every reader's answer shown as a pre-annotation named after the reader. Items an expert
    already answered, or already queued (`already`: in an earlier adjudication project),
    are left out, so running it again queues only new disagreements."""
    answered = set(_answers(rows, project, "expert"))
    disputed = set(figures(rows, project).get("disagreements", [])) - answered - set(already)
    answers = _answers(rows, project, "reader")
    by_item = {str(t["data"]["item_id"]): t for t in export if "item_id" in t.get("data", {})}
    out = []
    for item in sorted(disputed):
        data = {k: v for k, v in by_item[item]["data"].items()}
        data.update(readers=["expert-1"], adjudicates=project)
        predictions = [
            {"model_version": reader, "result": json.loads(row["result"])}
            for reader, row in sorted(answers[item].items())
        ]
        out.append({"data": data, "predictions": predictions})
    return out


def resolved_rows(
    rows: Sequence[Mapping[str, Any]], project: int, resolved_at: Any
) -> list[dict[str, Any]]:
    """`silver.resolved_labels` rows for the items of a round that have a label."""
    import hashlib

    about: dict[str, Mapping[str, Any]] = {}
    for row in rows:
        if int(row["round_project_id"]) == project and row["role"] == "reader":
            about.setdefault(str(row["item_id"]), row)
    out = []
    for label in resolved(rows, project):
        if label["source"] == "pending":
            continue
        first = about[label["item_id"]]
        adjudication = label.get("adjudication") or {}
        outcome = json.dumps(
            [label["annotation"], label["source"], label["by"], adjudication.get("annotation_id")],
            sort_keys=True,
        )
        out.append(
            {
                "round_project_id": project,
                "dataset": first["dataset"],
                "dataset_version": first["dataset_version"],
                "item_id": label["item_id"],
                "task_kind": first["task_kind"],
                "label_schema_version": first["label_schema_version"],
                "annotation": json.dumps(label["annotation"], sort_keys=True),
                "source": label["source"],
                "decided_by": list(label["by"]),
                "adjudication_project_id": adjudication.get("project_id"),
                "adjudication_annotation_id": adjudication.get("annotation_id"),
                "outcome_sha256": hashlib.sha256(outcome.encode()).hexdigest(),
                "resolved_at": resolved_at,
            }
        )
    return out
