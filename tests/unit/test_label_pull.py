"""Pull mapping and round figures on payloads recorded from a real Label Studio 1.23.2
(tests/fixtures/label_studio_export.json: the integration test's classify project, written
with OZERO_RECORD_LABEL_PAYLOADS=1) and on result regions in the tool's own shapes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from ozero.labels import agreement, configs, rounds
from ozero.labels.pull import annotation_rows, normalise

RECORDED = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "label_studio_export.json").read_text()
)
PULLED_AT = datetime(2026, 12, 4, 22, 0)


def _rows(export=None, project: int = 1) -> list[dict]:
    users = {u["id"]: u["email"] for u in RECORDED["users"]}
    return annotation_rows(
        export or RECORDED["export"], users, project_id=project, tool_version="1.23.2",
        pulled_at=PULLED_AT,
    )  # fmt: skip


def test_recorded_export_maps_to_contract_rows() -> None:
    from ozero.contracts import load_contract

    rows = _rows()
    assert len(rows) == 12
    columns = set(load_contract("silver.annotations").column_names)
    assert all(set(r) == columns for r in rows)
    assert {r["reader"] for r in rows} == {"reader-1", "reader-2"}
    assert {r["role"] for r in rows} == {"reader"}
    assert {r["tool"] for r in rows} == {"label-studio"}
    assert all(r["item_id"].startswith("P") and len(r["item_id"]) == 33 for r in rows)
    assert all(json.loads(r["annotation"])["class"] in configs.CLASSES for r in rows)
    assert all(r["annotated_at"].tzinfo is None for r in rows)  # UTC, naive as Spark stores
    keys = {(r["tool"], r["project_id"], r["annotation_id"], r["annotated_at"]) for r in rows}
    assert len(keys) == len(rows)
    assert all("@" not in r["reader"] for r in rows)  # no e-mail (nor anything) of the account


def test_figures_from_recorded_answers_match_cohen() -> None:
    rows = _rows()
    found = rounds.figures(rows, 1)
    by = {(r["item_id"], r["reader"]): json.loads(r["annotation"])["class"] for r in rows}
    items = sorted({r["item_id"] for r in rows})
    first = [by[(i, "reader-1")] for i in items]
    second = [by[(i, "reader-2")] for i in items]
    assert found["cohen_kappa"] == pytest.approx(agreement.cohen_kappa(first, second), abs=1e-4)
    assert found["fleiss_kappa"] == pytest.approx(
        agreement.fleiss_kappa([list(p) for p in zip(first, second, strict=True)]), abs=1e-4
    )
    assert found["disagreements"] == [i for i, a, b in zip(items, first, second) if a != b]


def test_an_edited_annotation_is_a_new_version_and_the_latest_counts() -> None:
    export = json.loads(json.dumps(RECORDED["export"]))
    task = export[0]
    answer = task["annotations"][0]
    before = json.loads(json.dumps(answer))
    answer["updated_at"] = "2026-12-04T23:59:00.000000Z"
    answer["result"][0]["value"]["choices"] = [
        "normal" if before["result"][0]["value"]["choices"] == ["pathology"] else "pathology"
    ]
    task["annotations"].append(before)  # what two pulls, before and after the edit, saw
    rows = _rows(export)
    assert len(rows) == 13  # both versions kept: the table is append-only
    mine = [r for r in rows if r["annotation_id"] == answer["id"]]
    assert len({r["annotated_at"] for r in mine}) == 2
    latest = max(mine, key=lambda r: r["annotated_at"])
    item = latest["item_id"]
    counted = rounds._answers(rows, 1, "reader")[item][latest["reader"]]
    assert counted["annotation"] == latest["annotation"]


def test_boxes_and_spans_normalise() -> None:
    regions = [
        {"type": "choices", "from_name": "pathology", "to_name": "image",
         "value": {"choices": ["pathology"]}},
        {"type": "rectanglelabels", "from_name": "finding", "to_name": "image",
         "original_width": 8, "original_height": 8,
         "value": {"x": 10, "y": 10, "width": 50, "height": 40, "rotation": 0,
                   "rectanglelabels": ["finding"]}},
    ]  # fmt: skip
    assert normalise(regions) == {
        "class": "pathology",
        "boxes": [{"x0": 10.0, "y0": 10.0, "x1": 60.0, "y1": 50.0, "label": "finding"}],
    }
    spans = [{"type": "labels", "from_name": "entities", "to_name": "text",
              "value": {"start": 3, "end": 9, "text": "abcdef", "labels": ["anatomy"]}}]  # fmt: skip
    assert normalise(spans) == {"spans": [{"start": 3, "end": 9, "label": "anatomy"}]}


def test_box_and_span_disagreement_thresholds() -> None:
    a = [{"x0": 0, "y0": 0, "x1": 10, "y1": 10}]
    assert rounds.boxes_score(a, a) == 1.0
    assert rounds.boxes_score(a, []) == 0.0
    assert rounds.boxes_score([], []) == 1.0
    shifted = [{"x0": 5, "y0": 0, "x1": 15, "y1": 10}]
    assert rounds.boxes_score(a, shifted) == pytest.approx(1 / 3)

    def row(reader: str, kind: str, answer: dict, item: str = "P1") -> dict:
        return {"round_project_id": 5, "project_id": 5, "role": "reader", "item_id": item,
                "reader": reader, "annotated_at": PULLED_AT, "was_cancelled": False,
                "task_kind": kind, "annotation": json.dumps(answer)}  # fmt: skip

    boxes = [row("reader-1", "bbox", {"class": "pathology", "boxes": a}),
             row("reader-2", "bbox", {"class": "pathology", "boxes": shifted})]  # fmt: skip
    found = rounds.figures(boxes, 5)
    assert found["mean_box_iou"] == pytest.approx(1 / 3, abs=1e-4)
    assert found["disagreements"] == ["P1"]  # IoU 0.33 < 0.5
    span = {"start": 0, "end": 5, "label": "finding"}
    texts = [row("reader-1", "text-entities", {"spans": [span]}),
             row("reader-2", "text-entities", {"spans": [span]})]  # fmt: skip
    assert rounds.figures(texts, 5)["mean_span_f1"] == 1.0
    assert rounds.figures(texts, 5)["disagreements"] == []
    assert rounds.resolved(texts, 5)[0]["source"] == "agreement"


def test_resolved_rows_carry_provenance_and_a_stable_identity() -> None:
    from ozero.contracts import load_contract

    rows = _rows()
    disputed = rounds.figures(rows, 1)["disagreements"]
    first = rounds.resolved_rows(rows, 1, PULLED_AT)
    assert len(first) == 12 // 2 - len(disputed)  # pending items are not written
    assert {r["source"] for r in first} == {"agreement"}
    assert all(set(r) == set(load_contract("silver.resolved_labels").column_names) for r in first)
    expert = dict(rows[0], role="expert", reader="expert-1", project_id=9, annotation_id=99,
                  item_id=disputed[0], annotation=json.dumps({"class": "normal"}))  # fmt: skip
    second = rounds.resolved_rows([*rows, expert], 1, PULLED_AT)
    assert len(second) == len(first) + 1
    (settled,) = [r for r in second if r["item_id"] == disputed[0]]
    assert (settled["source"], settled["decided_by"], settled["adjudication_annotation_id"]) == (
        "adjudication",
        ["expert-1"],
        99,
    )
    unchanged = {r["outcome_sha256"] for r in first}
    assert unchanged <= {r["outcome_sha256"] for r in second}  # same outcome, same key
