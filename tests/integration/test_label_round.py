"""A labelling round on a real Label Studio (its own venv, on PostgreSQL), no mocks: push a
tiny published release, two readers annotate through the REST API as the UI does (each
signed up through the invite link, submitting with their own token), pull into
`silver.annotations` (twice: nothing duplicated), agreement figures, an expert adjudicates
the disagreements in a second project, and the resolved labels name their provenance; then
the other task kinds (spans, boxes, brush masks) on the same server.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from ozero import lakeview
from ozero.infra import label_studio
from ozero.labels import agreement, configs, masks
from ozero.labels.client import Client
from ozero.labels.push import accounts
from tests.fixtures.label_release import PATIENT_NAMES, publish_chest_xray, publish_protocols
from tests.label_server import choice, label_server, ozero_json

pytestmark = [pytest.mark.spark, pytest.mark.slow]

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "label_studio_export.json"


@pytest.fixture(scope="module")
def server() -> Iterator[label_studio.Connection]:
    with label_server() as connection:
        yield connection


@pytest.fixture()
def curator(lake: Path, spark, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: ANN001
    """A fresh lake with Spark, and a curator whose team may read releases (internal)."""
    monkeypatch.setenv("OZERO_TEAM", "data-office")
    monkeypatch.setenv("OZERO_ACCESS_INTERNAL_TEAMS", "data-office")
    return lake


def test_round_trip(
    server: label_studio.Connection,
    curator: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OZERO_USER", "curator.one")
    released = publish_chest_xray(studies=6)

    pushed = ozero_json(
        capsys, "label", "push", "chest-xray", "1.0.0", "--task", "classify", "--readers", "2"
    )
    project = pushed["project"]
    assert pushed["tasks"] == 6 and pushed["pre_annotated"] == 6
    assert pushed["readers"] == ["reader-1", "reader-2"]

    admin = Client.of(server)
    stored = admin.tasks(project)
    assert len(stored) == 6
    text = json.dumps(stored, ensure_ascii=False)
    for value in released["patient_pid"] + released["accession_pid"] + list(PATIENT_NAMES):
        assert value not in text  # nothing identifying reached the tool
    assert admin.project(project)["maximum_annotations"] == 2

    # two readers, each with their own account, submit as the UI's Submit button does
    readers = accounts(["reader-1", "reader-2"], server)
    assert readers["reader-1"].whoami()["email"] == "reader-1@ozero.local"
    by_item = {t["data"]["item_id"]: t["id"] for t in stored}
    # what the labelling screen loads: the next task, and its rendered image
    task = readers["reader-2"].call("GET", f"/api/projects/{project}/next")
    assert task["data"]["item_id"] in by_item
    image = readers["reader-2"].session.get(server.url + task["data"]["image"], timeout=30)
    assert image.status_code == 200 and image.content[:8] == b"\x89PNG\r\n\x1a\n"
    items = sorted(by_item)
    first = ["pathology", "normal", "pathology", "normal", "pathology", "normal"]
    second = ["pathology", "normal", "normal", "normal", "pathology", "pathology"]
    for item, a, b in zip(items, first, second, strict=True):
        readers["reader-1"].annotate(by_item[item], choice(a))
        readers["reader-2"].annotate(by_item[item], choice(b))

    done = ozero_json(capsys, "label", "pull", str(project))
    assert done["annotations"] == 12 and done["new_rows"] == 12
    again = ozero_json(capsys, "label", "pull", str(project))
    assert again["annotations"] == 12 and again["new_rows"] == 0  # append-only, no duplicates
    rows = [r for r in lakeview.rows("silver.annotations") if r["project_id"] == project]
    assert len(rows) == 12
    assert {r["reader"] for r in rows} == {"reader-1", "reader-2"}
    assert {r["tool"] for r in rows} == {"label-studio"}
    assert {r["tool_version"] for r in rows} == {label_studio.installed_version()}
    assert {r["dataset"] for r in rows} == {"chest-xray"}
    assert {r["dataset_version"] for r in rows} == {"1.0.0"}
    assert {r["label_schema_version"] for r in rows} == {configs.LABEL_SCHEMA_VERSION}
    assert {r["item_id"] for r in rows} == set(released["study_pid"])
    assert all(len(r["image_id"]) == 64 and r["annotated_at"] for r in rows)
    got = {(r["item_id"], r["reader"]): json.loads(r["annotation"])["class"] for r in rows}
    assert [got[(i, "reader-1")] for i in items] == first
    assert [got[(i, "reader-2")] for i in items] == second

    figures = ozero_json(capsys, "label", "agreement", str(project))
    expected = agreement.cohen_kappa(first, second)
    assert figures["cohen_kappa"] == pytest.approx(expected, abs=1e-4)
    assert 0 < figures["cohen_kappa"] < 1
    disputed = [i for i, a, b in zip(items, first, second, strict=True) if a != b]
    assert figures["disagreements"] == disputed and figures["labels"]["pending"] == 2

    made = ozero_json(capsys, "label", "adjudicate", str(project))
    assert made["tasks"] == 2
    again = ozero_json(
        capsys, "label", "adjudicate", str(project)
    )  # already queued: no second expert project
    assert again["tasks"] == 0 and again["project"] is None
    expert = accounts(["expert-1"], server)["expert-1"]
    expert_tasks = admin.tasks(made["project"])
    assert sorted(t["data"]["item_id"] for t in expert_tasks) == disputed
    for task in expert_tasks:  # the expert sees both readers' answers as pre-annotations
        assert len(task["predictions"]) == 2
        expert.annotate(task["id"], choice("pathology"))
    ozero_json(capsys, "label", "pull", str(made["project"]))

    final = ozero_json(capsys, "label", "agreement", str(project))
    assert final["labels"] == {"agreement": 4, "adjudication": 2, "pending": 0}
    adjudicated = [r for r in final["resolved"] if r["source"] == "adjudication"]
    assert {r["item_id"] for r in adjudicated} == set(disputed)
    assert all(r["by"] == ["expert-1"] and r["annotation"] == {"class": "pathology"}
               for r in adjudicated)  # fmt: skip
    assert all(r["adjudication"]["project_id"] == made["project"] for r in adjudicated)

    recorded = ozero_json(capsys, "label", "resolve", str(project))
    assert recorded == {**recorded, "resolved": 6, "pending": 0, "new_rows": 6}
    assert ozero_json(capsys, "label", "resolve", str(project))["new_rows"] == 0  # nothing changed
    labels = lakeview.rows("silver.resolved_labels")
    assert {r["item_id"] for r in labels} == set(items)
    by_source = {r["item_id"]: r for r in labels if r["source"] == "adjudication"}
    assert set(by_source) == set(disputed)
    assert all(r["decided_by"] == ["expert-1"] and r["adjudication_project_id"] == made["project"]
               and r["dataset_version"] == "1.0.0" for r in by_source.values())  # fmt: skip

    if os.environ.get("OZERO_RECORD_LABEL_PAYLOADS"):  # refresh the unit tests' recording
        users = [{"id": u["id"], "email": u["email"]} for u in admin.users()]
        RECORDED.write_text(json.dumps({"export": admin.tasks(project), "users": users}, indent=1))


def _span(start: int, end: int, label: str) -> dict:
    return {
        "from_name": configs.ENTITY_CONTROL,
        "to_name": configs.TEXT_OBJECT,
        "type": "labels",
        "value": {"start": start, "end": end, "labels": [label]},
    }


def _box(x: float, width: float) -> dict:
    return {
        "from_name": configs.BOX_CONTROL,
        "to_name": configs.IMAGE_OBJECT,
        "type": "rectanglelabels",
        "original_width": 32,
        "original_height": 32,
        "value": {"x": x, "y": 10, "width": width, "height": 40, "rotation": 0,
                  "rectanglelabels": ["finding"]},
    }  # fmt: skip


def test_text_and_box_rounds(
    server: label_studio.Connection, curator: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The other task kinds on the same server: spans and boxes as the tool stores them,
    pulled and scored (span F1, matched-box IoU)."""
    publish_protocols(studies=2)
    publish_chest_xray(studies=2)
    readers = accounts(["reader-1", "reader-2"], server)
    admin = Client.of(server)

    text = ozero_json(
        capsys, "label", "push", "chest-imaging-protocols", "1.0.0", "--task", "text-entities"
    )
    tasks = sorted(admin.tasks(text["project"]), key=lambda t: t["data"]["item_id"])
    assert all(t["data"]["text"] and len(t["predictions"]) == 1 for t in tasks)
    for task in tasks:
        readers["reader-1"].annotate(task["id"], [_span(0, 12, "finding")])
        readers["reader-2"].annotate(
            task["id"], [_span(0, 12, "finding"), _span(13, 20, "anatomy")]
        )
    assert ozero_json(capsys, "label", "pull", str(text["project"]))["new_rows"] == 4
    found = ozero_json(capsys, "label", "agreement", str(text["project"]))
    assert found["mean_span_f1"] == pytest.approx(2 / 3, abs=1e-4)  # 1 shared of 1 + 2
    assert len(found["disagreements"]) == 2  # under the 0.8 threshold

    boxes = ozero_json(
        capsys, "label", "push", "chest-xray", "1.0.0", "--task", "bbox", "--sample", "1"
    )
    (task,) = admin.tasks(boxes["project"])
    readers["reader-1"].annotate(task["id"], choice("pathology") + [_box(10, 40)])
    readers["reader-2"].annotate(task["id"], choice("pathology") + [_box(20, 40)])
    assert ozero_json(capsys, "label", "pull", str(boxes["project"]))["new_rows"] == 2
    found = ozero_json(capsys, "label", "agreement", str(boxes["project"]))
    assert found["mean_box_iou"] == pytest.approx(30 / 50, abs=1e-4)  # 30x40 of 50x40
    assert found["disagreements"] == [] and found["class_agreement"] == 1.0
    stored = [r for r in lakeview.rows("silver.annotations") if r["project_id"] == boxes["project"]]
    assert {json.loads(r["annotation"])["boxes"][0]["x1"] for r in stored} == {50.0, 60.0}


def _painted(top: int, left: int, side: int) -> np.ndarray:
    mask = np.zeros((32, 32), dtype=bool)  # the fixture's images are 32x32
    mask[top : top + side, left : left + side] = True
    return mask


def _brush(mask: np.ndarray) -> dict:
    """A brush region as the UI submits it: the tool's RLE of the painted RGBA layer."""
    return {
        "from_name": configs.MASK_CONTROL,
        "to_name": configs.IMAGE_OBJECT,
        "type": "brushlabels",
        "origin": "manual",
        "original_width": 32,
        "original_height": 32,
        "image_rotation": 0,
        "value": {"format": "rle", "rle": masks.ls_rle_of(mask), "brushlabels": ["finding"]},
    }


def _predictions(admin: Client, task_id: int) -> list[dict]:
    """A task's pre-annotations in full (the export lists only their ids)."""
    found = admin.call("GET", "/api/predictions/", params={"task": task_id})
    return found["results"] if isinstance(found, dict) else found


def test_segment_round(
    server: label_studio.Connection, curator: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Masks on the real server: a brush project, two readers who overlap well on one image
    and badly on the other, Dice from the pulled masks, the poor one adjudicated (the expert
    is shown both readers' masks) and the resolved labels carrying the masks."""
    publish_chest_xray(studies=2)
    readers = accounts(["reader-1", "reader-2"], server)
    admin = Client.of(server)

    pushed = ozero_json(capsys, "label", "push", "chest-xray", "1.0.0", "--task", "segment")
    project = pushed["project"]
    assert pushed["tasks"] == 2 and pushed["task_kind"] == "segment"
    assert "BrushLabels" in admin.project(project)["label_config"]
    stored = sorted(admin.tasks(project), key=lambda t: t["data"]["item_id"])
    # class pre-annotations only: the protocol says nothing about where the finding is
    for task in stored:
        (prediction,) = _predictions(admin, task["id"])
        assert [r["type"] for r in prediction["result"]] == ["choices"]
    good, poor = (t["data"]["item_id"] for t in stored)
    answers = {  # item → (reader-1's mask, reader-2's mask)
        good: (_painted(4, 4, 10), _painted(4, 5, 10)),  # 90 of 100 shared: Dice 0.9
        poor: (_painted(4, 4, 10), _painted(9, 9, 10)),  # 25 shared: Dice 0.25
    }
    for task in stored:
        first, second = answers[task["data"]["item_id"]]
        readers["reader-1"].annotate(task["id"], choice("pathology") + [_brush(first)])
        readers["reader-2"].annotate(task["id"], choice("pathology") + [_brush(second)])
    exported = admin.tasks(project)
    regions = [r for t in exported for a in t["annotations"] for r in a["result"]
               if r["type"] == "brushlabels"]  # fmt: skip
    assert len(regions) == 4 and all(r["value"]["format"] == "rle" for r in regions)

    assert ozero_json(capsys, "label", "pull", str(project))["new_rows"] == 4
    rows = [r for r in lakeview.rows("silver.annotations") if r["project_id"] == project]
    got = {(r["item_id"], r["reader"]): json.loads(r["annotation"])["masks"] for r in rows}
    for item, (first, second) in answers.items():
        for reader, mask in (("reader-1", first), ("reader-2", second)):
            (region,) = got[(item, reader)]
            assert region["size"] == [32, 32] and region["label"] == "finding"
            assert np.array_equal(masks.from_coco_rle(region), mask)

    found = ozero_json(capsys, "label", "agreement", str(project))
    assert found["item_masks"][good] == {"dice": 0.9, "iou": pytest.approx(90 / 110, abs=1e-4)}
    assert found["item_masks"][poor] == {"dice": 0.25, "iou": pytest.approx(25 / 175, abs=1e-4)}
    assert found["mean_mask_dice"] == pytest.approx((0.9 + 0.25) / 2, abs=1e-4)
    assert found["disagreements"] == [poor] and found["threshold"] == 0.7

    made = ozero_json(capsys, "label", "adjudicate", str(project))
    assert made["tasks"] == 1
    (expert_task,) = admin.tasks(made["project"])
    assert expert_task["data"]["item_id"] == poor
    shown = {p["model_version"]: p["result"] for p in _predictions(admin, expert_task["id"])}
    assert set(shown) == {"reader-1", "reader-2"}  # each reader's mask, as a pre-annotation
    for reader, mask in zip(("reader-1", "reader-2"), answers[poor], strict=True):
        (brush,) = [r for r in shown[reader] if r["type"] == "brushlabels"]
        assert np.array_equal(masks.ls_mask(brush["value"]["rle"], 32, 32), mask)
    settled = _painted(6, 6, 10)
    expert = accounts(["expert-1"], server)["expert-1"]
    expert.annotate(expert_task["id"], choice("pathology") + [_brush(settled)])
    ozero_json(capsys, "label", "pull", str(made["project"]))

    final = ozero_json(capsys, "label", "agreement", str(project))
    assert final["labels"] == {"agreement": 1, "adjudication": 1, "pending": 0}
    assert ozero_json(capsys, "label", "resolve", str(project))["new_rows"] == 2
    labels = {r["item_id"]: r for r in lakeview.rows("silver.resolved_labels")
              if r["round_project_id"] == project}  # fmt: skip
    assert labels[poor]["source"] == "adjudication" and labels[good]["source"] == "agreement"
    (region,) = json.loads(labels[poor]["annotation"])["masks"]
    assert np.array_equal(masks.from_coco_rle(region), settled)
    assert labels[poor]["task_kind"] == "segment"
