"""Multi-level QC in the release, on a real local lake: a near-duplicate of a train image
planted in the test split (re-exported: brighter, contrast changed, a little noise) is caught
by the guard and blocks publication, naming the pair by pseudonymous ids; without it the
same candidate passes and its release carries the QC levels in the manifest and datasheet."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

from ozero import lake as ozero_lake
from ozero.datasets.splits import split_of
from ozero.release import approval, publish
from ozero.release.candidate import build_candidate
from ozero.simulator import anatomy

DATASET = "chest-xray"
ROWS, IMAGES = "gold.chest_xray", "gold.chest_xray_images"
SHARES = {"train": 70, "validation": 15, "test": 15}
DX = "1.2.840.10008.5.1.4.1.1.1.1"
# sex × age band classes of 10 and 8 patients each: k = 5 holds without suppression
GROUPS = [("1", "40-49", 10), ("2", "40-49", 8), ("1", "50-59", 8), ("2", "50-59", 10)]


def _pid(kind: str, i: int) -> str:
    return "P" + hashlib.sha256(f"{kind}:{i}".encode()).hexdigest()[:32]


def _uid(kind: str, i: int) -> str:
    return f"2.25.{int(hashlib.sha256(f'{kind}:{i}'.encode()).hexdigest()[:30], 16)}"


def _dicom(folder: Path, pixels: np.ndarray, sop: str) -> tuple[str, str, int]:
    """A de-identified-looking DX file; (uri, sha256, size)."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = DX
    ds.file_meta.MediaStorageSOPInstanceUID = sop
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = DX, sop, "DX"
    ds.set_pixel_data(pixels, "MONOCHROME2", 12, generate_instance_uid=False)
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    data = buffer.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    path = folder / f"{sha}.dcm"
    path.write_bytes(data)
    return str(path), sha, len(data)


def _reexported(pixels: np.ndarray) -> np.ndarray:
    """The same film through another workstation: brighter, more contrast, a little noise."""
    noise = np.random.default_rng(5).normal(0, 25, pixels.shape)
    return np.clip(pixels * 1.12 + 180 + noise, 0, 4095).astype(np.uint16)


def _write(spark, rows: list[dict], images: list[dict]) -> None:
    from ozero.contracts import load_contract

    for table, data in ((ROWS, rows), (IMAGES, images)):
        frame = spark.createDataFrame(data, load_contract(table).spark_schema)
        ozero_lake.merge(spark, table, frame)


def _gold(lake: Path) -> tuple[list[dict], list[dict], dict[str, np.ndarray]]:
    """Rows, one PA image per row (each study its own anatomy), and the pixels by sha."""
    folder = lake / "silver" / "objects" / "dicom"
    folder.mkdir(parents=True)
    rows, images, films = [], [], {}
    people = [(sex, band) for sex, band, n in GROUPS for _ in range(n)]
    for i, (sex, band) in enumerate(people):
        patient = _pid("patient", i)
        split = split_of(patient, SHARES)
        pathology = i % 3 == 0
        rows.append(
            {
                "study_pid": _pid("study", i),
                "patient_pid": patient,
                "accession_pid": _pid("accession", i),
                "study_kind": "xray",
                "service_code": "A06.09.007",
                "study_date": date(2025, 1, 1 + i % 28),
                "patient_sex": sex,
                "patient_age_band": band,
                "pathology": pathology,
                "finding_codes": ["1"] if pathology else [],
                "mkb10_code": "J18.9" if pathology else "Z00.0",
                "mkb10_name": None,
                "conclusion_text": "Без патологических изменений",
                "split": split,
                "lineage": {"silver.remd_protocols": _pid("study", i)},
                "deid_key_id": "test-key",
            }
        )
        pixels = anatomy.to_pixels(
            anatomy.Study(1000 + i).radiograph("PA"), np.random.default_rng(i), 12.0
        )
        sop = _uid("sop", i)
        uri, sha, size = _dicom(folder, pixels, sop)
        films[sha] = pixels
        images.append(_image(rows[-1], uri, sha, size, sop, i))
    return rows, images, films


def _image(row: dict, uri: str, sha: str, size: int, sop: str, i: int) -> dict:
    return {
        "study_pid": row["study_pid"],
        "study_instance_uid": _uid("study", i),
        "series_instance_uid": _uid("series", i),
        "sop_instance_uid": sop,
        "modality": "DX",
        "object_uri": uri,
        "deid_sha256": sha,
        "size_bytes": size,
        "view_position": "PA",
        "series_number": 1,
        "instance_number": 1,
        "split": row["split"],
        "pathology": row["pathology"],
        "finding_codes": row["finding_codes"],
        "mkb10_code": row["mkb10_code"],
    }


@pytest.fixture()
def no_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")


@pytest.mark.spark
def test_a_planted_near_duplicate_blocks_and_a_clean_candidate_passes(
    spark, lake: Path, no_airflow, pseudonym_key
) -> None:
    rows, images, films = _gold(lake)
    assert {r["split"] for r in rows} == {"train", "validation", "test"}

    # a clean candidate: every image its own study, no pair across splits
    _write(spark, rows, images)
    clean = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert clean is not None and clean.deidentification["guard"]["passed"], clean.deidentification[
        "guard"
    ]["problems"]
    guard = json.loads((lake / "candidates" / DATASET / clean.version / "guard.json").read_text())
    qc = guard["qc"]
    assert qc["passed"] and set(qc["levels"]) == {"1", "2", "3"}
    level3 = qc["levels"]["3"]
    assert level3["near_duplicates"]["images_hashed"] == len(images)
    assert level3["near_duplicates"]["pairs"] == []
    shares = level3["class_balance"]["pathology"]["splits"]
    assert set(shares) == {"train", "validation", "test"}
    assert qc["levels"]["2"]["label_coverage"]["pathology"] == 1.0
    approval.approve(DATASET, clean.version, "dr.who")
    folder = Path(publish.publish(spark, DATASET, clean.version))
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["quality_control"]["passed"] is True
    sheet = (folder / "datasheet.md").read_text(encoding="utf-8")
    assert "Quality control" in sheet and "near-duplicate" in sheet

    # plant a re-exported copy of a train film into a test study, as a second image
    train = next(i for i in images if i["split"] == "train")
    test_row = next(r for r in rows if r["split"] == "test")
    sop = _uid("sop", 999)
    copy = _reexported(films[train["deid_sha256"]])
    uri, sha, size = _dicom(lake / "silver" / "objects" / "dicom", copy, sop)
    planted = _image(test_row, uri, sha, size, sop, 999)
    rows_now = [{**r, "conclusion_text": r["conclusion_text"] + "."} for r in rows]  # new data
    _write(spark, rows_now, [planted])

    blocked = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert blocked is not None
    problems = blocked.deidentification["guard"]["problems"]
    (problem,) = problems
    assert problem.startswith("level 3: near-duplicate images across splits: ")
    assert f"{train['deid_sha256'][:16]} (row {train['study_pid']}) in train" in problem
    assert f"{sha[:16]} (row {test_row['study_pid']}) in test" in problem
    saved = (lake / "candidates" / DATASET / blocked.version / "guard.json").read_text()
    (pair,) = json.loads(saved)["qc"]["levels"]["3"]["near_duplicates"]["pairs"]
    assert pair["distance"] <= 6
    for uid in (sop, train["sop_instance_uid"], planted["study_instance_uid"]):
        assert uid not in problem and uid not in saved
    request = (lake / "candidates" / DATASET / blocked.version / "request.md").read_text()
    assert "Quality control" in request and "near-duplicate images across splits" in request

    approval.approve(DATASET, blocked.version, "dr.who")
    with pytest.raises(publish.PublishError, match="near-duplicate images across splits"):
        publish.publish(spark, DATASET, blocked.version)
    assert not (lake / "releases" / DATASET / blocked.version).exists()
