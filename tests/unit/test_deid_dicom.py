"""DICOM de-identification: the Annex E table, UIDs, dates, options, burned-in text, leaks."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import os
from io import BytesIO
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
    profile_names,
    profile_options,
    tesseract_ocr,
)
from ozero.deid.dicom.burned_in import REASON_OCR_UNAVAILABLE, WordBox
from ozero.deid.dicom.deidentify import quiet_pydicom
from ozero.deid.dicom.leaks import Originals, find_leaks, originals
from ozero.deid.dicom.profile import basic_actions, resolve
from ozero.deid.dicom.profiles import with_flags
from ozero.deid.dicom.tree import save
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

# the module, not the function the package exports under the same name
deid_module = importlib.import_module("ozero.deid.dicom.deidentify")
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


@pytest.mark.parametrize("charset", ["ISO_IR 100", "ISO_IR 192"])
def test_options_on_undecoded_elements_as_read_from_a_file(charset: str) -> None:
    """The raw-bytes fast paths (ASCII) and pydicom's decoding (Cyrillic) agree."""
    original = ct()
    original.SpecificCharacterSet = charset
    name = "IVANOV" if charset == "ISO_IR 100" else "ИВАНОВ"
    original.PatientName = f"{name}^IVAN"
    original.StudyDescription = f"CT chest {name} 12.03.1985 ok"
    original.ImageComments = f"{name} seen"  # LT: single-valued text
    buffer = BytesIO()
    original.save_as(buffer)
    ds = pydicom.dcmread(BytesIO(buffer.getvalue()))
    out = deidentify(ds, DeidConfig(KEY, ALL_OPTIONS)).dataset
    out = pydicom.dcmread(BytesIO(_saved(out)))
    assert out.StudyDescription.startswith("CT chest") and out.StudyDescription.endswith("ok")
    assert name not in out.StudyDescription and "12.03.1985" not in out.StudyDescription
    assert out.ImageComments.endswith("seen") and name not in out.ImageComments
    shift = date_shift_days(pseudonymise(str(original.PatientID), KEY, "dicom-patient"), KEY)
    expected = pydicom.valuerep.DA(original.StudyDate) + __import__("datetime").timedelta(shift)
    assert out.StudyDate == expected.strftime("%Y%m%d")
    assert out.PatientID == pseudonymise(str(original.PatientID), KEY, "dicom-patient")


def _saved(ds: Dataset) -> bytes:
    buffer = BytesIO()
    save(ds, buffer)
    return buffer.getvalue()


def test_safelisted_private_attribute_is_kept() -> None:
    original = ct()
    original.private_block(0x0009, "OZERO SAFE", create=True).add_new(0x01, "LO", "ok")
    original.add_new(0x00091102, "LO", "not safe")
    options = ProfileOptions(safe_private=frozenset({("OZERO SAFE", 0x01)}))
    ds = deidentify(original, DeidConfig(KEY, options)).dataset
    assert ds.private_block(0x0009, "OZERO SAFE")[0x01].value == "ok"
    assert 0x00091102 not in ds


# --- leak check on pydicom's real files ------------------------------------------------------


FLAGS = (
    "retain_modified_dates",
    "retain_patient_characteristics",
    "retain_device_identity",
    "clean_descriptors",
    "clean_structured_content",
    "clean_graphics",
)
COMBINATIONS = [
    ProfileOptions(**{f: bool(n >> i & 1) for i, f in enumerate(FLAGS)}) for n in range(64)
]
FAST_COMBINATIONS = [ProfileOptions(), *(ProfileOptions(**{f: True}) for f in FLAGS),
                     COMBINATIONS[-1]]  # fmt: skip


def _opts_id(options: ProfileOptions) -> str:
    return "+".join(f for f in FLAGS if getattr(options, f)) or "basic"


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, bytes, Originals]]:
    """pydicom's real test files as bytes, with what each must not leak (read once)."""
    out = []
    with quiet_pydicom():
        for name, ds in read_all():
            path = next(p for p in dicom_files() if Path(p).name == name)
            out.append((name, Path(path).read_bytes(), originals(ds)))
    return out


def _leaks_over(corpus: list, options: ProfileOptions) -> tuple[int, list[tuple[str, str]]]:
    checked, leaks = 0, []
    config = DeidConfig(KEY, options, ocr=NoText(), max_ocr_frames=1)  # keep it quick
    with quiet_pydicom():
        for name, data, before in corpus:
            ds = pydicom.dcmread(BytesIO(data), force=True)
            result = deidentify(ds, config)
            if result.dataset is None:
                continue
            checked += 1
            # written and read back: what a recipient sees, raw elements included
            buffer = BytesIO()
            save(result.dataset, buffer)
            after = pydicom.dcmread(BytesIO(buffer.getvalue()), force=True)
            leaks += [(name, label) for label in find_leaks(before, after, options)]
    return checked, leaks


@pytest.mark.parametrize("options", FAST_COMBINATIONS, ids=_opts_id)
def test_no_removed_or_replaced_attribute_keeps_its_value(corpus: list, options) -> None:
    """Every attribute the Basic Profile removes, empties or replaces loses its value,
    inside sequences too, unless the option in force retains or cleans it."""
    checked, leaks = _leaks_over(corpus, options)
    assert checked >= 55  # the rest are quarantined (undecodable or multi-frame at risk)
    assert leaks == []  # labels only: tags, never values


@pytest.mark.slow
def test_no_leak_under_any_option_combination(corpus: list) -> None:
    """All 64 combinations of the six options (~30 s; the fast test covers eight)."""
    for options in COMBINATIONS:
        checked, leaks = _leaks_over(corpus, options)
        assert checked >= 55 and leaks == [], _opts_id(options)


def test_leak_check_catches_a_broken_action_map(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is not vacuous: keep a name, a birth date and a UID in a sequence, and it
    reports exactly those."""
    original = ct()
    ref = Dataset()
    ref.ReferencedSOPClassUID = original.SOPClassUID
    ref.ReferencedSOPInstanceUID = generate_uid()
    original.ReferencedImageSequence = [ref]
    original.PatientBirthDate = "19850312"
    broken = dict(basic_actions())
    for keyword in ("PatientBirthDate", "ReferencedSOPInstanceUID", "OperatorsName"):
        broken[pydicom.datadict.tag_for_keyword(keyword)] = "K"
    monkeypatch.setattr(deid_module, "_action_map", lambda _options: broken)
    original.OperatorsName = "Петров^Пётр"
    before = originals(original)
    out = deidentify(copy.deepcopy(original), DeidConfig(KEY)).dataset
    expected = ["00081070", "00081155", "00100030", "uid"]  # the UID at its tag and anywhere
    assert find_leaks(before, out, ProfileOptions()) == expected
    monkeypatch.undo()
    out = deidentify(copy.deepcopy(original), DeidConfig(KEY)).dataset
    assert find_leaks(before, out, ProfileOptions()) == []


def test_leak_check_reports_private_elements() -> None:
    original = ct()
    original.add_new(0x00091001, "LO", "private stuff")
    assert find_leaks(originals(original), original, ProfileOptions()) != []


# --- method codes and named profiles ---------------------------------------------------------


def _expected_codes(options: ProfileOptions, shifted: bool, pixels: bool) -> list[str]:
    """CID 7050 codes written out independently of ProfileOptions.codes()."""
    wanted = {"113100": True, "113101": pixels, "113103": options.clean_graphics,
              "113104": options.clean_structured_content, "113105": options.clean_descriptors,
              "113107": options.retain_modified_dates and shifted,
              "113108": options.retain_patient_characteristics,
              "113109": options.retain_device_identity,
              "113111": bool(options.safe_private)}  # fmt: skip
    return sorted(code for code, on in wanted.items() if on)


@pytest.mark.parametrize("safe", [frozenset(), frozenset({("OZERO SAFE", 0x01)})])
def test_method_codes_are_truthful_for_every_combination(safe: frozenset) -> None:
    for base in COMBINATIONS:
        options = dataclasses.replace(base, safe_private=safe)
        ds = deidentify(ct(), DeidConfig(KEY, options)).dataset
        codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
        assert codes == _expected_codes(options, shifted=True, pixels=False), _opts_id(options)
        assert ds.PatientIdentityRemoved == "YES"
        assert ds.DeidentificationMethod[1:] == [
            i.CodeMeaning for i in ds.DeidentificationMethodCodeSequence
        ]
        assert ds.LongitudinalTemporalInformationModified == (
            "MODIFIED" if options.retain_modified_dates else "REMOVED"
        )


def test_modified_dates_not_claimed_when_dates_were_emptied() -> None:
    original = ct()
    for keyword in ("PatientID", "StudyInstanceUID"):
        delattr(original, keyword)
    result = deidentify(original, DeidConfig(KEY, ProfileOptions(retain_modified_dates=True)))
    ds = result.dataset
    assert result.report.date_basis.startswith("none") and not ds.StudyDate
    assert [i.CodeValue for i in ds.DeidentificationMethodCodeSequence] == ["113100"]
    assert ds.LongitudinalTemporalInformationModified == "REMOVED"


def test_named_profiles() -> None:
    research = profile_options("research-imaging")
    assert research == ProfileOptions(
        retain_modified_dates=True, retain_patient_characteristics=True, clean_descriptors=True
    )
    assert profile_options("strict") == ProfileOptions()
    assert {"strict", "research-imaging"} <= set(profile_names())
    assert with_flags(research, clean_graphics=True, retain_device_identity=False) == (
        dataclasses.replace(research, clean_graphics=True)
    )
    with pytest.raises(ValueError, match="research-imaging"):
        profile_options("nope")


# --- clean structured content and clean graphics ------------------------------------------


def sr_like() -> Dataset:
    """CT_small with an SR content tree and a graphic annotation naming the patient."""
    ds = ct()
    name = str(ds.PatientName).split("^")[0]
    text = Dataset()
    text.ValueType = "TEXT"
    text.TextValue = f"Пациент {name}, осмотр 12.03.2024, без патологии"
    text.ObservationUID = generate_uid()
    person = Dataset()
    person.ValueType = "PNAME"
    person.PersonName = "Петров^Пётр"
    ds.ContentSequence = [text, person]
    obj = Dataset()
    obj.UnformattedTextValue = f"{name} 12.03.2024"
    note = Dataset()
    note.TextObjectSequence = [obj]
    ds.GraphicAnnotationSequence = [note]
    return ds


def test_basic_profile_empties_structured_content_and_graphics() -> None:
    ds = deidentify(sr_like(), DeidConfig(KEY)).dataset
    assert len(ds.ContentSequence) == 0 and len(ds.GraphicAnnotationSequence) == 0


def test_clean_structured_content_and_graphics_keep_cleaned_text() -> None:
    original = sr_like()
    name = str(original.PatientName).split("^")[0]
    options = ProfileOptions(clean_structured_content=True, clean_graphics=True)
    ds = deidentify(copy.deepcopy(original), DeidConfig(KEY, options)).dataset
    text, person = ds.ContentSequence
    assert "без патологии" in text.TextValue
    assert name not in text.TextValue and "12.03.2024" not in text.TextValue
    assert text.ObservationUID != original.ContentSequence[0].ObservationUID
    assert str(person.PersonName) != "Петров^Пётр"
    label = ds.GraphicAnnotationSequence[0].TextObjectSequence[0].UnformattedTextValue
    assert name not in label and "12.03.2024" not in label
    codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
    assert codes == ["113100", "113103", "113104"]
    assert find_leaks(originals(original), ds, options) == []


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
