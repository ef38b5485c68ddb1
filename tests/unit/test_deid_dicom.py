"""DICOM de-identification: the Annex E table, UIDs, dates, options, burned-in text, leaks."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.datadict import keyword_for_tag
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

from ozero.deid.dates import date_shift_days
from ozero.deid.dicom import (
    TABLE_E1_1,
    DeidConfig,
    ProfileOptions,
    UidMapper,
    action_table,
    at_risk_reason,
    deidentify,
    tesseract_ocr,
)
from ozero.deid.dicom.burned_in import REASON_OCR_UNAVAILABLE, WordBox
from ozero.deid.dicom.deidentify import leak_pairs, quiet_pydicom
from ozero.deid.dicom.profile import basic_actions, resolve
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

KEY = PseudonymKey("test-key", b"k" * 32)
ALL_OPTIONS = ProfileOptions(
    retain_modified_dates=True,
    retain_patient_characteristics=True,
    retain_device_identity=True,
    clean_descriptors=True,
)
NAME = "ИВАНОВ ИВАН 12.03.1985"


class NoText:
    """An OCR engine that finds nothing: header tests on at-risk images without Tesseract."""

    def words(self, image: np.ndarray) -> list[WordBox]:
        return []


class FixedBox:
    """An OCR engine that 'finds' one word at a fixed place, once (then the box is black)."""

    def __init__(self) -> None:
        self.calls = 0

    def words(self, image: np.ndarray) -> list[WordBox]:
        self.calls += 1
        return [WordBox(2, 2, 6, 4, 90.0)] if self.calls == 1 else []


def ct() -> Dataset:
    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))


def dicom_files() -> list[str]:
    """pydicom's bundled test files (``get_testdata_files`` would also try to download more)."""
    root = Path(pydicom.__file__).parent / "data" / "test_files"
    return sorted(str(p) for p in root.rglob("*") if p.is_file())


def read_all() -> list[tuple[str, Dataset]]:
    out = []
    with quiet_pydicom():
        for path in dicom_files():
            try:
                ds = pydicom.dcmread(path, force=True)
                ds.SOPClassUID if "SOPClassUID" in ds else None  # noqa: B018
            except Exception:  # noqa: BLE001 - non-DICOM test files (json, icc, gz)
                continue
            if len(ds) and ("PatientName" in ds or "SOPInstanceUID" in ds):
                out.append((Path(path).name, ds))
    return out


# --- the table ---------------------------------------------------------------------------


def test_table_covers_annex_e_with_pydicom_keywords() -> None:
    assert len(TABLE_E1_1) >= 300
    for tag, keyword, basic, *options in TABLE_E1_1:
        assert keyword_for_tag(tag) == keyword
        resolve(basic)
        assert all(cell in ("", "K", "C") for cell in options)


@pytest.mark.parametrize(
    ("keyword", "action"),
    [
        ("PatientName", "Z"),
        ("PatientID", "D"),
        ("PatientBirthDate", "Z"),
        ("OtherPatientIDs", "X"),
        ("AccessionNumber", "Z"),
        ("InstitutionName", "D"),
        ("InstitutionAddress", "X"),
        ("ReferringPhysicianName", "Z"),
        ("OperatorsName", "D"),
        ("PerformingPhysicianName", "X"),
        ("StationName", "D"),
        ("DeviceSerialNumber", "D"),
        ("StudyDate", "Z"),
        ("StudyTime", "Z"),
        ("SeriesDate", "D"),
        ("ContentDate", "D"),
        ("AcquisitionDateTime", "D"),
        ("StudyID", "Z"),
        ("RequestAttributesSequence", "X"),
        ("StudyInstanceUID", "U"),
        ("SOPInstanceUID", "U"),
        ("StudyDescription", "X"),
        ("SeriesDescription", "X"),
        ("ImageComments", "X"),
        ("PatientSex", "Z"),
        ("PatientAge", "X"),
        ("PatientWeight", "X"),
    ],
)
def test_basic_profile_actions(keyword: str, action: str) -> None:
    by_keyword = {kw: tag for tag, kw, *_ in TABLE_E1_1}
    assert basic_actions()[by_keyword[keyword]] == action


def test_options_override_the_basic_profile() -> None:
    by_keyword = {kw: tag for tag, kw, *_ in TABLE_E1_1}
    table = action_table(ALL_OPTIONS)
    for keyword in ("PatientSex", "PatientAge", "PatientSize", "PatientWeight"):
        assert table[by_keyword[keyword]] == "K"
    for keyword in ("StationName", "DeviceSerialNumber"):
        assert table[by_keyword[keyword]] == "K"
    for keyword in ("StudyDate", "SeriesDate", "AcquisitionDateTime", "StudyDescription"):
        assert table[by_keyword[keyword]] == "C"
    assert table[by_keyword["PatientBirthDate"]] == "Z"
    assert [c for c, _ in ALL_OPTIONS.codes()] == ["113100", "113105", "113107", "113108", "113109"]


# --- UIDs ----------------------------------------------------------------------------------


def test_uids_are_keyed_deterministic_and_valid() -> None:
    uid = generate_uid()
    first, second = UidMapper(KEY)(uid), UidMapper(KEY)(uid)
    other = UidMapper(PseudonymKey("other", b"o" * 32))(uid)
    assert first == second != other
    assert first.startswith("2.25.") and len(first) <= 64 and first != uid
    assert pydicom.uid.UID(first).is_valid
    assert UidMapper(KEY)(SecondaryCaptureImageStorage) == SecondaryCaptureImageStorage


def test_references_in_sequences_follow_the_instance_they_point_to() -> None:
    a, b = ct(), ct()
    ref = Dataset()
    ref.ReferencedSOPClassUID = a.SOPClassUID
    ref.ReferencedSOPInstanceUID = a.SOPInstanceUID
    b.SOPInstanceUID = generate_uid()
    b.ReferencedImageSequence = [ref]
    mapper = UidMapper(KEY)
    out_a = deidentify(a, DeidConfig(KEY), mapper).dataset
    out_b = deidentify(b, DeidConfig(KEY), UidMapper(KEY)).dataset
    item = out_b.ReferencedImageSequence[0]
    assert item.ReferencedSOPInstanceUID == out_a.SOPInstanceUID
    assert item.ReferencedSOPClassUID == a.SOPClassUID
    assert out_b.StudyInstanceUID == out_a.StudyInstanceUID
    assert out_a.file_meta.MediaStorageSOPInstanceUID == out_a.SOPInstanceUID


# --- one dataset ---------------------------------------------------------------------------


def test_basic_profile_on_ct() -> None:
    original = ct()
    original.add_new(0x00091001, "LO", "private stuff")
    original.add_new(0x60003000, "OW", b"\x00" * 8)
    original.StudyDescription = "КТ ИВАНОВ"
    result = deidentify(copy.deepcopy(original), DeidConfig(KEY))
    ds = result.dataset
    assert result.report.status == "deidentified"
    expected = pseudonymise(str(original.PatientID), KEY, "dicom-patient")
    assert ds.PatientID == expected and str(ds.PatientName) == expected
    assert not ds.StudyDate and "StudyDescription" not in ds
    assert 0x00091001 not in ds and 0x60003000 not in ds
    assert ds.PatientIdentityRemoved == "YES"
    assert [i.CodeValue for i in ds.DeidentificationMethodCodeSequence] == ["113100"]
    assert ds.LongitudinalTemporalInformationModified == "REMOVED"
    assert ds.Modality == original.Modality and ds.PixelData == original.PixelData
    assert "X" in result.report.actions and result.report.counts["private_removed"] >= 1


def test_options_shift_dates_keep_characteristics_and_clean_descriptors() -> None:
    original = ct()
    original.StudyDescription = f"КТ {original.PatientName} 12.03.1985"
    original.PatientSex = "F"
    ds = deidentify(copy.deepcopy(original), DeidConfig(KEY, ALL_OPTIONS)).dataset
    shift = date_shift_days(pseudonymise(str(original.PatientID), KEY, "dicom-patient"), KEY)
    expected = pydicom.valuerep.DA(original.StudyDate) + __import__("datetime").timedelta(shift)
    assert ds.StudyDate == expected.strftime("%Y%m%d")
    assert ds.PatientSex == "F" and ds.PatientAge == original.PatientAge
    assert "12.03.1985" not in ds.StudyDescription
    assert str(original.PatientName).split("^")[0] not in ds.StudyDescription
    assert ds.LongitudinalTemporalInformationModified == "MODIFIED"
    codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
    assert codes == ["113100", "113105", "113107", "113108", "113109"]


def test_safelisted_private_attribute_is_kept() -> None:
    original = ct()
    original.private_block(0x0009, "OZERO SAFE", create=True).add_new(0x01, "LO", "ok")
    original.add_new(0x00091102, "LO", "not safe")
    options = ProfileOptions(safe_private=frozenset({("OZERO SAFE", 0x01)}))
    ds = deidentify(original, DeidConfig(KEY, options)).dataset
    assert ds.private_block(0x0009, "OZERO SAFE")[0x01].value == "ok"
    assert 0x00091102 not in ds


# --- leak check on pydicom's real files ------------------------------------------------------


@pytest.mark.parametrize("options", [ProfileOptions(), ALL_OPTIONS], ids=["basic", "all-options"])
def test_no_removed_or_replaced_attribute_keeps_its_value(options: ProfileOptions) -> None:
    """Every attribute the Basic Profile removes, empties or replaces loses its value."""
    basic = basic_actions()
    retained = {t for t, a in action_table(options).items() if a in ("K", "C")}
    checked, leaks = 0, []
    for name, ds in read_all():
        with quiet_pydicom():
            # a copy: walking the original would decode raw elements before de-identification
            before = {(t, v) for t, v in leak_pairs(copy.deepcopy(ds), basic) if v.strip()}
            old_uids = {v for t, v in before if _is_uid(t)}
            config = DeidConfig(KEY, options, ocr=NoText(), max_ocr_frames=1)  # keep it quick
            result = deidentify(ds, config)
            if result.dataset is None:
                continue
            after = set(_all_pairs(result.dataset))
        checked += 1
        leaks += [(name, f"{t:08X}") for t, v in before & after if t not in retained]
        leaks += [(name, "original UID") for _, v in after if v in old_uids]
    assert checked >= 55  # the rest are quarantined (undecodable or multi-frame at risk)
    assert leaks == []  # labels only: tags, never values


def _is_uid(tag: int) -> bool:
    try:
        return pydicom.datadict.dictionary_VR(tag) == "UI"
    except KeyError:
        return False


def _all_pairs(ds: Dataset) -> list[tuple[int, str]]:
    return [(e.tag, str(e.value)) for e in ds.iterall() if e.VR != "SQ"]


# --- burned-in text ------------------------------------------------------------------------


def sc_image(text: str | None = NAME) -> Dataset:
    """A synthetic Secondary Capture with a name burned in, as a scanner would leave it."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (640, 160), 0)
    if text:
        font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
        if not os.path.exists(font_path):
            pytest.skip("DejaVu font (Debian fonts-dejavu-core) needed to draw Cyrillic text")
        ImageDraw.Draw(image).text((20, 50), text, fill=255, font=ImageFont.truetype(font_path, 36))
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = generate_uid()
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientName = "ИВАНОВ^ИВАН"
    ds.PatientID = "1234567890"
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.Modality = "OT"
    ds.BurnedInAnnotation = "YES"
    ds.set_pixel_data(np.asarray(image, dtype=np.uint8), "MONOCHROME2", 8)
    return ds


def test_at_risk_categories() -> None:
    assert at_risk_reason(sc_image(None)) == "burned in annotation YES"
    assert at_risk_reason(ct()) is None
    us = ct()
    us.Modality = "US"
    assert at_risk_reason(us) == "ultrasound"


def test_at_risk_without_ocr_is_quarantined() -> None:
    result = deidentify(sc_image(None), DeidConfig(KEY, ocr=None))
    assert result.dataset is None
    assert result.report.status == "quarantined"
    assert result.report.reason == REASON_OCR_UNAVAILABLE


def test_detected_boxes_are_blacked_out() -> None:
    ds = sc_image(None)
    ds.PixelData = np.full((160, 640), 200, dtype=np.uint8).tobytes()
    result = deidentify(ds, DeidConfig(KEY, ocr=FixedBox()))
    pixels = result.dataset.pixel_array
    assert result.report.burned_in == "redacted"
    assert pixels[2:6, 2:8].max() == 0 and pixels[100, 100] == 200
    assert result.dataset.BurnedInAnnotation == "NO"
    assert "113101" in [i.CodeValue for i in result.dataset.DeidentificationMethodCodeSequence]


def test_tesseract_redacts_russian_name_in_pixels() -> None:
    ocr = tesseract_ocr()
    if ocr is None:
        pytest.skip("tesseract with rus+eng not installed (apt: tesseract-ocr-rus -eng)")
    ds = sc_image()
    before = _ocr_text(ds.pixel_array)
    assert "ИВАНОВ" in before  # the fixture really carries readable text
    result = deidentify(ds, DeidConfig(KEY, ocr=ocr))
    if result.dataset is None:
        assert result.report.status == "quarantined" and result.report.reason
        return
    after = _ocr_text(result.dataset.pixel_array)
    for word in ("ИВАНОВ", "ИВАН", "1985", "12.03"):
        assert word not in after
    assert result.report.burned_in == "redacted"


def _ocr_text(pixels: np.ndarray) -> str:
    import pytesseract

    return pytesseract.image_to_string(pixels.astype(np.uint8), lang="rus+eng")
