"""Labelling round, no server: label configs, tasks built from a real (tiny) published
release through the audited loader, what crosses into the tool, and rendering."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ozero.labels import configs, render, tasks
from ozero.labels.push import load_rows, reader_of
from tests.fixtures.label_release import (
    PATIENT_NAMES,
    dicom_bytes,
    publish_chest_xray,
    publish_protocols,
)


@pytest.fixture()
def curator(lake: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OZERO_TEAM", "data-office")
    monkeypatch.setenv("OZERO_USER", "curator.one")
    monkeypatch.setenv("OZERO_ACCESS_INTERNAL_TEAMS", "data-office")
    return lake


@pytest.mark.parametrize("kind", configs.TASK_KINDS)
def test_label_configs_are_xml_with_the_controls_the_pull_reads(kind: str) -> None:
    root = ET.fromstring(configs.label_config(kind))
    names = {e.get("name") for e in root.iter() if e.get("name")}
    tags = {e.tag for e in root.iter()}
    if kind == "classify":
        assert {"Image", "Choices"} <= tags and configs.CLASS_CONTROL in names
        assert [c.get("value") for c in root.iter("Choice")] == list(configs.CLASSES)
    elif kind == "bbox":
        assert {"Image", "RectangleLabels", "Choices"} <= tags and configs.BOX_CONTROL in names
    elif kind == "segment":  # a brush on the image, and the class as for boxes
        assert {"Image", "BrushLabels", "Choices"} <= tags and configs.MASK_CONTROL in names
        (brush,) = root.iter("BrushLabels")
        assert brush.get("toName") == configs.IMAGE_OBJECT
        assert [x.get("value") for x in brush.iter("Label")] == ["finding"]
        assert [c.get("value") for c in root.iter("Choice")] == list(configs.CLASSES)
    else:
        assert {"Text", "Labels"} <= tags and configs.ENTITY_CONTROL in names
        assert [x.get("value") for x in root.iter("Label")] == list(configs.ENTITY_LABELS)


def test_unknown_task_kind_is_an_expected_failure_naming_the_kinds() -> None:
    with pytest.raises(configs.UnknownTaskKind) as caught:
        configs.label_config("keypoints")
    assert "classify|bbox|segment|text-entities" in caught.value.one_line()


def test_image_tasks_carry_pseudonyms_only(curator: Path) -> None:
    released = publish_chest_xray(studies=6)
    rows, key = load_rows("chest-xray", "1.0.0")
    assert key == "study_pid" and len(rows) == 12  # one row per image
    items = tasks.items_for("classify", rows, key)
    assert [i.item_id for i in items] == sorted(released["study_pid"])  # one image per study
    payloads = [
        tasks.task_payload(
            i, dataset="chest-xray", version="1.0.0", kind="classify",
            readers=tasks.reader_names(2), image_url=f"/data/upload/1/{i.image_id}.png",
        )
        for i in items
    ]  # fmt: skip
    text = json.dumps(payloads, ensure_ascii=False)
    for value in released["patient_pid"] + released["accession_pid"]:
        assert value not in text
    for name in PATIENT_NAMES:
        assert name not in text
    for payload in payloads:
        assert set(payload["data"]) <= tasks.ALLOWED_DATA
        assert payload["data"]["readers"] == ["reader-1", "reader-2"]
        assert len(payload["data"]["image_id"]) == 64  # the released file's SHA-256
    # pre-annotations: the protocol's class (odd studies are pathology in the fixture)
    by_item = {p["data"]["item_id"]: p for p in payloads}
    for n, study in enumerate(released["study_pid"]):
        (prediction,) = by_item[study]["predictions"]
        assert prediction["result"][0]["value"]["choices"] == ["pathology" if n % 2 else "normal"]


def test_text_tasks_pre_annotate_the_protocols_diagnosis(curator: Path) -> None:
    released = publish_protocols(studies=4)
    rows, key = load_rows("chest-imaging-protocols", "1.0.0")
    items = tasks.items_for("text-entities", rows, key)
    assert len(items) == 4
    payload = tasks.task_payload(
        items[0], dataset="chest-imaging-protocols", version="1.0.0", kind="text-entities",
        readers=["reader-1"],
    )  # fmt: skip
    text = payload["data"]["text"]
    spans = [r["value"] for r in payload["predictions"][0]["result"]]
    assert {text[s["start"] : s["end"]] for s in spans} == {"J18.9", "Пневмония неуточненная"}
    assert all(s["labels"] == ["diagnosis"] for s in spans)
    assert not set(released["patient_pid"]) & set(json.dumps(payload))
    with pytest.raises(tasks.NotLabellable):
        tasks.items_for("classify", rows, key)  # a text dataset has no images


def test_sample_is_stable_and_follows_no_column() -> None:
    items = [tasks.Item(item_id=f"P{n:032x}") for n in range(20)]
    first = tasks.sample(items, 5, "chest-xray@1.0.0:classify")
    assert first == tasks.sample(list(reversed(items)), 5, "chest-xray@1.0.0:classify")
    assert len(first) == 5 and first != items[:5]
    assert tasks.sample(items, None, "x") == items


def test_ct_lung_window() -> None:
    import numpy as np

    ct = render.window(np.array([-1350.0, -600.0, 150.0, 1000.0]), *render.LUNG_WINDOW)
    assert list(ct) == [0, 128, 255, 255]


def _shown(tmp_path: Path, data: bytes) -> list[int]:
    from io import BytesIO

    import numpy as np
    from PIL import Image

    path = tmp_path / "image.dcm"
    path.write_bytes(data)
    return list(np.asarray(Image.open(BytesIO(render.png_of(path))))[0])


def test_ct_is_shown_in_a_lung_window_after_the_rescale(tmp_path: Path) -> None:
    import numpy as np

    stored = np.array([[0, 424, 1174, 3000]])  # with intercept -1024: HU -1024, -600, 150, 1976
    data = dicom_bytes(0, modality="CT", pixels=stored, intercept=-1024, BodyPartExamined="CHEST")
    assert _shown(tmp_path, data) == [55, 128, 255, 255]  # -1024 HU: (-1024 + 1350) / 1500 * 255


def test_head_ct_is_shown_in_a_brain_window(tmp_path: Path) -> None:
    import numpy as np

    stored = np.array([[1024, 1044, 1064, 1104, 1500]])  # HU 0, 20, 40, 80, 476
    data = dicom_bytes(0, modality="CT", pixels=stored, intercept=-1024, BodyPartExamined="HEAD")
    assert _shown(tmp_path, data) == [0, 64, 128, 255, 255]  # level 40, width 80


def _ct(**header: str):  # noqa: ANN202 - a pydicom Dataset
    from pydicom.dataset import Dataset

    dataset = Dataset()
    dataset.Modality = "CT"
    for keyword, value in header.items():
        setattr(dataset, keyword, value)
    return dataset


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"BodyPartExamined": "HEAD"}, render.BRAIN_WINDOW),
        ({"BodyPartExamined": "BRAIN"}, render.BRAIN_WINDOW),
        ({"BodyPartExamined": "SKULL"}, render.BRAIN_WINDOW),
        ({"StudyDescription": "КТ головного мозга"}, render.BRAIN_WINDOW),
        ({"SeriesDescription": "Brain 5mm"}, render.BRAIN_WINDOW),
        ({"StudyDescription": "CT Head w/o contrast"}, render.BRAIN_WINDOW),
        ({"BodyPartExamined": "CHEST"}, render.LUNG_WINDOW),
        ({"StudyDescription": "КТ органов грудной клетки"}, render.LUNG_WINDOW),
        ({"SeriesDescription": "Lung 1.0 B70f"}, render.LUNG_WINDOW),
        # the body part decides before a description
        (
            {"BodyPartExamined": "CHEST", "StudyDescription": "КТ головы и груди"},
            render.LUNG_WINDOW,
        ),
        ({"BodyPartExamined": "ABDOMEN"}, render.SOFT_TISSUE_WINDOW),
        ({"StudyDescription": "КТ брюшной полости"}, render.SOFT_TISSUE_WINDOW),
        ({}, render.SOFT_TISSUE_WINDOW),
    ],
)
def test_ct_window_follows_the_body_part(header: dict, expected: tuple) -> None:
    assert render.ct_window(_ct(**header)) == expected
    assert render.BRAIN_WINDOW == (40.0, 80.0) and render.SOFT_TISSUE_WINDOW == (40.0, 400.0)


def test_monochrome1_radiographs_are_inverted(tmp_path: Path) -> None:
    import numpy as np

    data = dicom_bytes(0, modality="MG", pixels=np.array([[0, 100]]), photometric="MONOCHROME1")
    assert _shown(tmp_path, data) == [255, 0]


def test_rendered_png_has_the_images_size(curator: Path) -> None:
    publish_chest_xray(studies=1)
    rows, key = load_rows("chest-xray", "1.0.0")
    (item,) = tasks.items_for("classify", rows, key)
    png = render.png_of(str(item.image_path))
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and image.size == (32, 32) and image.mode == "L"
    assert image.getextrema() == (0, 255)  # full range used


def test_reader_names_are_pseudonymous() -> None:
    assert reader_of("reader-2@ozero.local") == "reader-2"
    assert reader_of("expert-1@ozero.local") == "expert-1"
    assert reader_of("curator@ozero.local") == "curator"
    assert reader_of("ivanov@hospital.ru") == "curator"
