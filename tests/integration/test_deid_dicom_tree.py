"""`ozero deid dicom` on a real tree: layout, report, quarantine outside OUT, nothing
identifying anywhere under OUT, broken files, determinism."""

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
from ozero.deid.dicom.tree import REPORT_NAME, SOURCES_NAME, default_quarantine

FILES = ("CT_small.dcm", "MR_small.dcm", "rtdose_rle.dcm", "SC_rgb_small_odd.dcm")
# The patient planted in the tree: in a header, a folder name and a file name.
PATIENT = {
    "PatientName": "Иванов^Иван^Иванович",
    "PatientID": "PAT-7731-2024",
    "PatientBirthDate": "19610614",
    "AccessionNumber": "ACC-99123",
    "OtherPatientIDs": "SNILS11223344595",
    "ReferringPhysicianName": "Петров^Пётр",
}
PATIENT_FOLDER = "IVANOV_IVAN"
PATIENT_FILE = "Ivanov_Ivan_1961-06-14_CT.dcm"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """Folders and files named like patients (as archives often are), a planted patient in a
    header, plus a truncated, an empty and a text file."""
    root = tmp_path / "in" / PATIENT_FOLDER
    root.mkdir(parents=True)
    for name in FILES:
        shutil.copyfile(get_testdata_file(name), root / name)
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.SpecificCharacterSet = "ISO_IR 192"
    for keyword, value in PATIENT.items():
        setattr(ds, keyword, value)
    ds.SOPInstanceUID = ds.SOPInstanceUID + ".7"  # a second instance, not a duplicate
    ds.save_as(root / PATIENT_FILE)
    data = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    (root / "truncated.dcm").write_bytes(data[: len(data) // 3])
    (root / "notes.txt").write_text("not dicom", encoding="utf-8")
    (root / "empty.dcm").write_bytes(b"")
    return tmp_path / "in"


def run(tree: Path, out: Path, report: Path | None = None, **kwargs: object) -> dict:
    assert run_dicom_cli(tree, out, report, retain_modified_dates=True, ocr=False, **kwargs) == 0
    return json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))


def sources(quarantine: Path) -> dict[str, str]:
    """File id → input file name, from the source map kept in the quarantine."""
    data = json.loads((quarantine / SOURCES_NAME).read_text(encoding="utf-8"))
    return {f["id"]: Path(f["source"]).name for f in data["files"]}


def by_source(report: dict, quarantine: Path) -> dict[str, dict]:
    names = sources(quarantine)
    return {names[f["id"]]: f for f in report["files"]}


def test_tree_is_deidentified_reported_and_quarantined(
    tree: Path, tmp_path: Path, pseudonym_key: str
) -> None:
    out = tmp_path / "out"
    report = run(tree, out)
    quarantine = default_quarantine(tree)
    assert quarantine == tmp_path / "in.quarantine"  # beside the input, not under OUT
    files = by_source(report, quarantine)
    assert set(files) == {*FILES, PATIENT_FILE, "truncated.dcm", "notes.txt", "empty.dcm"}
    assert files["CT_small.dcm"]["status"] == "deidentified"
    assert files["SC_rgb_small_odd.dcm"]["status"] == "quarantined"
    assert files["SC_rgb_small_odd.dcm"]["reason"] == REASON_OCR_UNAVAILABLE
    assert files["SC_rgb_small_odd.dcm"]["output"] is None
    assert files["notes.txt"]["status"] == "skipped"
    assert files["empty.dcm"]["status"] in ("skipped", "error")
    assert files["truncated.dcm"]["status"] in ("skipped", "error", "deidentified")

    written = list(out.rglob("*.dcm"))
    assert written and all(p.relative_to(out).parts[0].startswith("2.25.") for p in written)
    assert not (out / "_quarantine").exists()
    copy = quarantine / PATIENT_FOLDER / "SC_rgb_small_odd.dcm"
    assert copy.read_bytes() == (tree / PATIENT_FOLDER / "SC_rgb_small_odd.dcm").read_bytes()
    assert copy.with_name("SC_rgb_small_odd.dcm.reason.txt").read_text().strip() == (
        REASON_OCR_UNAVAILABLE
    )
    ct = pydicom.dcmread(out / files["CT_small.dcm"]["output"])
    original = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    assert ct.PatientName != original.PatientName and ct.PatientIdentityRemoved == "YES"
    assert ct.StudyDate != original.StudyDate and len(ct.StudyDate) == 8
    assert ct.SOPInstanceUID != original.SOPInstanceUID
    assert "113107" in [i.CodeValue for i in ct.DeidentificationMethodCodeSequence]
    assert report["totals"]["deidentified"] >= 4


# ---------------------------------------------------------------- nothing under OUT ----


def identifiers(tree: Path) -> set[str]:
    """Every identifying value of the input: patient attributes of each file, original
    UIDs, folder and file names that name a patient."""
    values = {PATIENT_FOLDER, Path(PATIENT_FILE).stem, "Ivanov", "Иванов", "Петров"}
    for path in tree.rglob("*.dcm"):
        try:
            ds = pydicom.dcmread(path)
        except Exception:  # noqa: BLE001, S112 - truncated and empty files have no header
            continue
        for keyword in (*PATIENT, "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"):
            value = str(ds.get(keyword, "") or "")
            if len(value) >= 4:
                values.add(value)
                values.update(part for part in value.split("^") if len(part) >= 4)
    return values


def scan(root: Path, values: set[str]) -> list[str]:
    """Where any value appears under ``root``: in a path, or in a file's bytes (UTF-8,
    Windows-1251 and, for Latin values, ASCII), case-insensitively for names."""
    hits = []
    needles = {v: {v.encode("utf-8"), v.encode("cp1251", "ignore")} for v in values}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        hits += [f"name {rel}: {v}" for v in values if v.lower() in rel.lower()]
        if path.is_file():
            data = path.read_bytes()
            lower = data.lower()
            for value, encoded in needles.items():
                if any(e and (e in data or e.lower() in lower) for e in encoded):
                    hits.append(f"bytes {rel}: {value}")
    return hits


def test_nothing_identifying_anywhere_under_out(
    tree: Path, tmp_path: Path, pseudonym_key: str
) -> None:
    out = tmp_path / "out"
    extra = tmp_path / "elsewhere" / "report-copy.json"
    run(tree, out, out / "copy-of-report.json")
    run(tree, tmp_path / "out2", extra)
    values = identifiers(tree)
    assert {"Иванов^Иван^Иванович", "PAT-7731-2024", "Lestrade^G", "1CT1"} <= values

    # the scan finds what it looks for: the trust zone holds them, and a planted copy shows
    quarantine = default_quarantine(tree)
    assert scan(quarantine, values)  # the source map and the quarantined original
    planted = tmp_path / "planted"
    shutil.copytree(out, planted)
    (planted / "readme.txt").write_text("пациент Иванов, PAT-7731-2024", encoding="utf-8")
    (planted / PATIENT_FOLDER).mkdir()
    found = scan(planted, values)
    assert "bytes readme.txt: PAT-7731-2024" in found and "bytes readme.txt: Иванов" in found
    assert f"name {PATIENT_FOLDER}: {PATIENT_FOLDER}" in found

    assert scan(out, values) == []  # files, folder and file names, report, its copy
    assert scan(tmp_path / "out2", values) == []
    assert scan(extra.parent, values) == []
    report = json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    assert all(f["id"].startswith("f-") and "source" not in f for f in report["files"])


def test_quarantine_location_is_the_users_and_never_under_out_or_in(
    tree: Path, tmp_path: Path, pseudonym_key: str, capsys: pytest.CaptureFixture
) -> None:
    chosen = tmp_path / "secure" / "held-back"
    run(tree, tmp_path / "out", quarantine=chosen)
    assert (chosen / PATIENT_FOLDER / "SC_rgb_small_odd.dcm").exists()
    assert (chosen / SOURCES_NAME).exists() and not default_quarantine(tree).exists()

    for bad in (tmp_path / "out2" / "q", tmp_path / "out2", tree / "q"):
        code = run_dicom_cli(tree, tmp_path / "out2", ocr=False, quarantine=bad)
        assert code == 2
        assert "quarantine directory must be outside" in capsys.readouterr().err
    assert not (tmp_path / "out2").exists() and not (tree / "q").exists()


def test_rerun_is_deterministic(tree: Path, tmp_path: Path, pseudonym_key: str) -> None:
    first = run(tree, tmp_path / "a")
    second = run(tree, tmp_path / "b")
    assert [(f["id"], f["output"]) for f in first["files"]] == [
        (f["id"], f["output"]) for f in second["files"]
    ]
    name = by_source(first, default_quarantine(tree))["MR_small.dcm"]["output"]
    a, b = (pydicom.dcmread(tmp_path / d / name) for d in ("a", "b"))
    assert a.StudyInstanceUID == b.StudyInstanceUID and a.StudyDate == b.StudyDate
    assert np.array_equal(a.pixel_array, b.pixel_array)


def test_missing_input_returns_2(tmp_path: Path, pseudonym_key: str) -> None:
    assert run_dicom_cli(tmp_path / "nope", tmp_path / "out") == 2
    assert SecondaryCaptureImageStorage  # the SC class is what gets quarantined above


def test_cli_profile_flags_and_quarantine_are_applied_and_reported(
    tree: Path, tmp_path: Path, pseudonym_key: str
) -> None:
    from ozero.cli import main

    report_path = tmp_path / "r.json"
    held = tmp_path / "held"
    argv = ["deid", "dicom", str(tree), str(tmp_path / "out"), "--report", str(report_path),
            "--profile", "research-imaging", "--retain-device", "--no-ocr",
            "--quarantine", str(held)]  # fmt: skip
    assert main(argv) == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report == json.loads((tmp_path / "out" / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["profile"] == "research-imaging"
    options = report["options"]
    assert options["retain_modified_dates"] and options["retain_patient_characteristics"]
    assert options["clean_descriptors"] and options["retain_device_identity"]
    assert not options["clean_structured_content"] and not options["clean_graphics"]
    assert report["method_codes"] == ["113100", "113105", "113107", "113108", "113109"]
    ct_entry = by_source(report, held)["CT_small.dcm"]
    ct = pydicom.dcmread(tmp_path / "out" / ct_entry["output"])
    original = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    assert ct.PatientAge == original.PatientAge and ct.StationName == original.StationName
    codes = [i.CodeValue for i in ct.DeidentificationMethodCodeSequence]
    assert codes == report["method_codes"]
    assert (held / PATIENT_FOLDER / "SC_rgb_small_odd.dcm").exists()


def test_unknown_profile_returns_2(tree: Path, tmp_path: Path, pseudonym_key: str) -> None:
    assert run_dicom_cli(tree, tmp_path / "out", profile="nope", ocr=False) == 2
    assert not (tmp_path / "out").exists()
