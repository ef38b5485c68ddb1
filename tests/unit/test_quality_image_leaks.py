"""The image index → near-duplicate pairs across splits, on real DICOM files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

from ozero.quality.image_leaks import check_index
from ozero.simulator import anatomy

CT = "1.2.840.10008.5.1.4.1.1.2"


def _file(folder: Path, pixels: np.ndarray, n: int) -> dict:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = CT
    ds.file_meta.MediaStorageSOPInstanceUID = f"2.25.{n}"
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = CT, f"2.25.{n}", "CT"
    ds.set_pixel_data(pixels, "MONOCHROME2", 12, generate_instance_uid=False)
    path = folder / f"{n}.dcm"
    ds.save_as(path, enforce_file_format=True)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"object_uri": str(path), "deid_sha256": sha, "key": f"P{n:032x}"}


def _slice(seed: int) -> np.ndarray:
    hu = anatomy.Study(seed).ct_chest(0.5)
    return anatomy.to_pixels(anatomy.ct_stored(hu), np.random.default_rng(seed), 12.0)


def test_a_copy_in_another_split_is_the_one_pair_and_broken_files_are_counted(tmp_path):
    rows = [
        {**_file(tmp_path, _slice(s), s), "split": "train" if s % 2 else "test"} for s in range(12)
    ]
    copy = np.clip(_slice(3) * 0.95 + 60, 0, 4095).astype(np.uint16)  # 3 is in train
    rows.append({**_file(tmp_path, copy, 100), "split": "test"})
    same = np.clip(_slice(5) * 1.05, 0, 4095).astype(np.uint16)  # 5 is in train: same split
    rows.append({**_file(tmp_path, same, 101), "split": "train"})
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(b"not a dicom file")
    rows.append(
        {"object_uri": str(broken), "deid_sha256": "ab" * 32, "key": "Pbroken", "split": "test"}
    )

    check = check_index(rows, "key")
    assert (check.images, check.unreadable) == (14, 1)
    (pair,) = check.pairs
    ids = {pair.first.image_id, pair.second.image_id}
    assert ids == {f"{rows[3]['deid_sha256'][:16]} (row {rows[3]['key']})",
                   f"{rows[12]['deid_sha256'][:16]} (row {rows[12]['key']})"}  # fmt: skip
    assert {pair.first.split, pair.second.split} == {"train", "test"}
    assert "2.25." not in str(check.to_dict())
