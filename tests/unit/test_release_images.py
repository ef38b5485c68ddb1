"""A release's images: content-addressed copies with nothing identifying in their paths, the
index rewritten to them, a changed lake file refused; and `analyst.load_release` reading an
imaging release (laid out as `ozero.release.publish` lays one out) without Spark."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pydicom
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    DigitalMammographyXRayImageStorageForPresentation as MG,
)
from pydicom.uid import (
    ExplicitVRLittleEndian,
)

from ozero import analyst
from ozero.release.images import ImageHashMismatch, publish_images
from tests.fixtures.access import grant_reader

PID = "P" + "0123456789abcdef" * 2
VIEWS = ("R-CC", "L-CC", "R-MLO", "L-MLO")


def _dicom(path: Path, sop: str, patient: str, pixel: int) -> str:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = MG
    ds.file_meta.MediaStorageSOPInstanceUID = sop
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID, ds.SOPInstanceUID = MG, sop
    ds.StudyInstanceUID = ds.SeriesInstanceUID = sop + ".1"
    ds.Modality, ds.PatientID = "MG", patient
    ds.Rows = ds.Columns = 4
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.PixelData = bytes([pixel]) * 16
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return str(path)


def _index(tmp_path: Path, studies: int = 2) -> pd.DataFrame:
    rows = []
    for s in range(studies):
        for v, view in enumerate(VIEWS):
            sop = f"2.25.{1000 + s}{v}"
            uri = _dicom(tmp_path / "lake" / f"2.25.{s}" / f"{sop}.dcm", sop, PID, 16 * s + v)
            rows.append(
                {
                    "study_pid": f"P{s:032x}",
                    "sop_instance_uid": sop,
                    "view": view,
                    "object_uri": uri,
                    "deid_sha256": hashlib.sha256(Path(uri).read_bytes()).hexdigest(),
                    "split": ["train", "test"][s % 2],
                }
            )
    return pd.DataFrame(rows)


def test_images_are_content_addressed_and_the_index_points_at_them(tmp_path: Path) -> None:
    index = _index(tmp_path)
    lake_files = list(index["object_uri"])
    release = tmp_path / "release"
    entries = publish_images(index, str(release))
    assert len(entries) == len(index) == 8
    for entry, released, source, sop in zip(
        entries, index["object_uri"], lake_files, index["sop_instance_uid"], strict=True
    ):
        data = Path(source).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        assert entry == {"path": f"images/{sha[:2]}/{sha}.dcm", "sha256": sha, "bytes": len(data)}
        assert released == entry["path"] and (release / released).read_bytes() == data
        assert sop not in released and PID not in released
    on_disk = sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file())
    assert on_disk == sorted(e["path"] for e in entries)  # no staging leftovers


def test_the_same_bytes_are_stored_once(tmp_path: Path) -> None:
    index = _index(tmp_path, studies=1)
    rows = index.to_dict("records")
    rows.append(dict(rows[0]))  # a second row pointing at the same file
    entries = publish_images(rows, str(tmp_path / "release"))
    assert len(entries) == 4 and rows[0]["object_uri"] == rows[-1]["object_uri"]
    assert all(r["object_uri"].startswith("images/") for r in rows)


def test_a_file_changed_since_curation_is_refused(tmp_path: Path) -> None:
    index = _index(tmp_path, studies=1)
    index.loc[2, "deid_sha256"] = "0" * 64
    with pytest.raises(ImageHashMismatch) as caught:
        publish_images(index, str(tmp_path / "release"))
    message = str(caught.value)
    assert "image 2" in message and "2.25." not in message and str(tmp_path) not in message


def _write_release(
    lake: Path, tmp_path: Path, name: str = "mammography"
) -> tuple[str, pd.DataFrame]:
    """A release as publish lays one out: data/<table>/ Parquet, images/, manifest."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    version = "1.0.0"
    table = name.replace("-", "_")
    root = lake / "releases" / name / version
    index = _index(tmp_path)
    images = publish_images(index, str(root))
    rows = pd.DataFrame(
        {
            "study_pid": [f"P{s:032x}" for s in range(2)],
            "patient_pid": [PID, "P" + "f" * 32],
            "assessment_category": ["1", "4"],
            "split": ["train", "test"],
        }
    )
    files = []
    for folder, frame in ((table, rows), (f"{table}_images", index)):
        path = f"data/{folder}/part-00000-x.parquet"
        (root / path).parent.mkdir(parents=True)
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), root / path)
        files.append({"path": path, "bytes": (root / path).stat().st_size, "sha256": "-"})
    manifest = {
        "dataset": name,
        "version": version,
        "tables": {f"gold.{table}": f"data/{table}",
                   f"gold.{table}_images": f"data/{table}_images"},
        "files": files + images,
    }  # fmt: skip
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return version, index


def test_load_release_gives_each_image_a_local_path_and_its_labels(
    lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    version, index = _write_release(lake, tmp_path)
    grant_reader(monkeypatch, "mammography")
    frame = analyst.load_release("mammography")
    assert len(frame) == 8 and set(frame["view"]) == set(VIEWS)
    for _, image in frame.iterrows():
        ds = pydicom.dcmread(image["image_path"])
        assert Path(image["image_path"]).is_relative_to(lake)
        assert ds.SOPInstanceUID == image["sop_instance_uid"]
        expected = "1" if image["study_pid"] == f"P{0:032x}" else "4"
        assert image["assessment_category"] == expected  # the row's label, joined
    test = analyst.load_release("mammography", version, split="test")
    assert len(test) == 4 and set(test["split"]) == {"test"}
    assert set(test["assessment_category"]) == {"4"}


def test_load_release_of_an_unknown_version_says_so(lake: Path, tmp_path: Path) -> None:
    _write_release(lake, tmp_path)
    with pytest.raises(LookupError, match="no published release 2.0.0"):
        analyst.load_release("mammography", "2.0.0")


def test_a_dataset_named_like_an_image_index_still_finds_its_rows(
    lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gold.scans_images` is the rows table of dataset `scans-images`, not an index."""
    _write_release(lake, tmp_path, name="scans-images")
    grant_reader(monkeypatch, "scans-images")
    frame = analyst.load_release("scans-images", split="train")
    assert len(frame) == 4 and set(frame["assessment_category"]) == {"1"}
    assert frame["image_path"].map(lambda p: Path(p).is_file()).all()
