"""`ozero deid dicom` on a real tree: layout, report, quarantine, broken files, determinism."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import SecondaryCaptureImageStorage

from ozero.deid.dicom import run_dicom_cli
from ozero.deid.dicom.burned_in import REASON_OCR_UNAVAILABLE

FILES = ("CT_small.dcm", "MR_small.dcm", "rtdose_rle.dcm", "SC_rgb_small_odd.dcm")


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """Folders named like patients (as archives often are) plus a truncated and a text file."""
    root = tmp_path / "in" / "IVANOV_IVAN"
    root.mkdir(parents=True)
    for name in FILES:
        shutil.copyfile(get_testdata_file(name), root / name)
    data = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    (root / "truncated.dcm").write_bytes(data[: len(data) // 3])
    (root / "notes.txt").write_text("not dicom", encoding="utf-8")
    (root / "empty.dcm").write_bytes(b"")
    return tmp_path / "in"


def run(tree: Path, out: Path, report: Path) -> dict:
    assert run_dicom_cli(tree, out, report, retain_modified_dates=True, ocr=False) == 0
    return json.loads(report.read_text(encoding="utf-8"))


def test_tree_is_deidentified_reported_and_quarantined(
    tree: Path, tmp_path: Path, pseudonym_key: str
) -> None:
    report = run(tree, tmp_path / "out", tmp_path / "report.json")
    by_source = {Path(f["source"]).name: f for f in report["files"]}
    assert set(by_source) == {*FILES, "truncated.dcm", "notes.txt", "empty.dcm"}
    assert by_source["CT_small.dcm"]["status"] == "deidentified"
    assert by_source["SC_rgb_small_odd.dcm"]["status"] == "quarantined"
    assert by_source["SC_rgb_small_odd.dcm"]["reason"] == REASON_OCR_UNAVAILABLE
    assert by_source["notes.txt"]["status"] == "skipped"
    assert by_source["empty.dcm"]["status"] in ("skipped", "error")
    assert by_source["truncated.dcm"]["status"] in ("skipped", "error", "deidentified")

    out = tmp_path / "out"
    written = [p for p in out.rglob("*.dcm") if "_quarantine" not in p.parts]
    assert written and all(p.relative_to(out).parts[0].startswith("2.25.") for p in written)
    assert not any("IVANOV" in str(p.relative_to(out)) for p in written)
    quarantined = out / "_quarantine" / "IVANOV_IVAN" / "SC_rgb_small_odd.dcm"
    assert quarantined.exists()
    assert quarantined.with_name("SC_rgb_small_odd.dcm.reason.txt").read_text().strip() == (
        REASON_OCR_UNAVAILABLE
    )
    ct = pydicom.dcmread(out / by_source["CT_small.dcm"]["output"])
    original = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    assert ct.PatientName != original.PatientName and ct.PatientIdentityRemoved == "YES"
    assert ct.StudyDate != original.StudyDate and len(ct.StudyDate) == 8
    assert ct.SOPInstanceUID != original.SOPInstanceUID
    assert "113107" in [i.CodeValue for i in ct.DeidentificationMethodCodeSequence]
    assert report["totals"]["deidentified"] >= 3


def test_rerun_is_deterministic(tree: Path, tmp_path: Path, pseudonym_key: str) -> None:
    first = run(tree, tmp_path / "a", tmp_path / "a.json")
    second = run(tree, tmp_path / "b", tmp_path / "b.json")
    assert [f["output"] for f in first["files"]] == [f["output"] for f in second["files"]]
    name = next(f["output"] for f in first["files"] if f["source"].endswith("MR_small.dcm"))
    a, b = (pydicom.dcmread(tmp_path / d / name) for d in ("a", "b"))
    assert a.StudyInstanceUID == b.StudyInstanceUID and a.StudyDate == b.StudyDate
    assert np.array_equal(a.pixel_array, b.pixel_array)


def test_missing_input_returns_2(tmp_path: Path, pseudonym_key: str) -> None:
    assert run_dicom_cli(tmp_path / "nope", tmp_path / "out") == 2
    assert SecondaryCaptureImageStorage  # the SC class is what gets quarantined above


def test_cli_profile_and_flags_are_applied_and_reported(
    tree: Path, tmp_path: Path, pseudonym_key: str
) -> None:
    from ozero.cli import main

    report_path = tmp_path / "r.json"
    argv = ["deid", "dicom", str(tree), str(tmp_path / "out"), "--report", str(report_path),
            "--profile", "research-imaging", "--retain-device", "--no-ocr"]  # fmt: skip
    assert main(argv) == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["profile"] == "research-imaging"
    options = report["options"]
    assert options["retain_modified_dates"] and options["retain_patient_characteristics"]
    assert options["clean_descriptors"] and options["retain_device_identity"]
    assert not options["clean_structured_content"] and not options["clean_graphics"]
    assert report["method_codes"] == ["113100", "113105", "113107", "113108", "113109"]
    ct_entry = next(f for f in report["files"] if f["source"].endswith("CT_small.dcm"))
    ct = pydicom.dcmread(tmp_path / "out" / ct_entry["output"])
    original = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    assert ct.PatientAge == original.PatientAge and ct.StationName == original.StationName
    codes = [i.CodeValue for i in ct.DeidentificationMethodCodeSequence]
    assert codes == report["method_codes"]


def test_unknown_profile_returns_2(tree: Path, tmp_path: Path, pseudonym_key: str) -> None:
    assert run_dicom_cli(tree, tmp_path / "out", profile="nope", ocr=False) == 2
    assert not (tmp_path / "out").exists()
