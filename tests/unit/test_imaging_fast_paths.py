"""The fast paths of `deidentify_file` produce exactly what the pydicom route produces.

Each fast path has a slower twin it must agree with: the header writer (`_element_bytes`,
`_sequence_bytes`, `_meta_bytes`) against pydicom's own writer; the descriptor cleaner's
per-identifier search (`_any_identifier`) against always applying the whole alternation;
non-ASCII descriptors left raw when cleaning changes nothing (`_clean_leaves_as_read`)
against decoding, cleaning and re-encoding them; header reads from raw bytes (`decoded_text`,
`_number`, plain DS values) against pydicom's conversion. The files carry what those paths
branch on: nested sequences, Cyrillic text under ISO_IR 144 and ISO_IR 192 (changed by the
cleaner and unchanged, canonical and not), private blocks, odd lengths, several values; in
explicit and implicit VR little endian and explicit big endian. And a leak test: identifiers
planted two items deep, in public and private elements, do not survive."""

from __future__ import annotations

import importlib
import io

import pydicom
import pytest
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

import ozero.curate.imaging as imaging
from ozero.deid.dicom.profiles import profile_options
from ozero.deid.keys import PseudonymKey

deid = importlib.import_module("ozero.deid.dicom.deidentify")  # the package names a function so
KEY = PseudonymKey("fast-path-test", bytes(range(32)))
SURNAME, GIVEN, PATIENT_ID, ACCESSION = "Воронина", "Ольга", "4648713145672562", "RG26010504"
SNILS = "268-818-750 36"
CT = "1.2.840.10008.5.1.4.1.1.2"
CODECS = {"ISO_IR 192": "utf_8", "ISO_IR 144": "iso8859_5"}
SYNTAXES = [ExplicitVRLittleEndian, ImplicitVRLittleEndian, ExplicitVRBigEndian]
PROFILES = ["research-imaging", "research-reports"]


def _text(charset: str, text: str) -> bytes:
    """``text`` as stored bytes (odd lengths, extra spaces kept: pydicom pads, nothing more)."""
    return text.encode(CODECS[charset])


def _instance(charset: str, syntax: str, variant: int = 0) -> bytes:
    """A CT instance with what the fast paths branch on; ``variant`` moves lengths by one."""
    pad = " " * variant
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = syntax
    ds.file_meta.MediaStorageSOPClassUID = CT
    ds.file_meta.MediaStorageSOPInstanceUID = "1.2.826.0.1.3680043.8.498.11" + "1" * variant
    ds.file_meta.SourceApplicationEntityTitle = "PACS_RG"
    ds.SpecificCharacterSet = charset
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SOPClassUID = CT
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.StudyDate, ds.SeriesDate, ds.StudyTime = "20260303", "20260303", "101500"
    ds.AccessionNumber = ACCESSION
    ds.Modality = "CT"
    ds.Manufacturer = "Электрон" + pad  # kept, odd or even byte length
    ds.InstitutionName = 'ГБУЗ "Диагностический центр № 3"'
    ds.InstitutionAddress = "194337, г. Москва, ул. Октябрьская, д. 147"
    ds.ReferringPhysicianName = f"Данилов^Станислав^{pad}"
    # descriptors: unchanged (canonical, odd), unchanged but stored with two trailing
    # spaces (not what pydicom writes back), changed (the surname, a date), several values
    ds.StudyDescription = "КТ органов грудной клетки" + pad
    ds.add(DataElement(0x0008103E, "LO", _text(charset, "ОГК  ")))
    ds.add(DataElement(0x00400254, "LO", _text(charset, f"Повтор {SURNAME.upper()}")))
    ds.RequestedProcedureDescription = ["КТ", "Рентгенография легких" + pad]
    ds.ImageComments = f"Сравнение с 12.03.2024, {GIVEN} {SURNAME}"
    ds.PatientName = f"{SURNAME}^{GIVEN}^Петровна"
    ds.PatientID = PATIENT_ID
    ds.IssuerOfPatientID = "ФОМС ЕНП"
    ds.PatientBirthDate = "19500505"
    ds.PatientSex = "F"
    ds.PatientAddress = "204755, Московская область, г. Химки"
    other = Dataset()
    other.PatientID, other.IssuerOfPatientID = SNILS, "СНИЛС"
    ds.OtherPatientIDsSequence = Sequence([other])
    ds.SliceThickness = "1.25"
    ds.SliceLocation = "0.0" if variant else "-12.5"
    ds.ImagePositionPatient = ["-175.5", "-175.5", " -12.50"]
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.8.498.2" + "2" * variant
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.8.498.33"
    ds.SeriesNumber, ds.InstanceNumber = "3", " 17 "
    modifier = Dataset()  # two items deep: identifiers where they have no business
    modifier.CodeValue, modifier.CodingSchemeDesignator = "G-A101", "SRT"
    modifier.CodeMeaning = "Левый" + pad
    modifier.PatientID = PATIENT_ID  # D
    modifier.PatientName = f"{SURNAME}^{GIVEN}"  # Z
    modifier.OperatorsName = f"{GIVEN}^{SURNAME}"  # Z
    modifier.add_new(0x00291010, "LO", "OZERO SIM PACS 1.0")
    modifier.add_new(0x00291011, "LO", f"{SURNAME} {GIVEN}")  # private: removed
    region = Dataset()
    region.CodeValue, region.CodingSchemeDesignator = "T-D3000", "SRT"
    region.CodeMeaning = "Грудная клетка"
    region.AnatomicRegionModifierSequence = Sequence([modifier])
    region.ReferringPhysicianName = f"{GIVEN}^{SURNAME}"
    ds.AnatomicRegionSequence = Sequence([region])
    reference = Dataset()
    reference.ReferencedSOPClassUID = CT
    reference.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.8.498.444"  # U, odd length
    ds.ReferencedImageSequence = Sequence([reference, reference.copy()])
    ds.add_new(0x00290010, "LO", "OZERO SIM PACS 1.0")
    ds.add_new(0x00291010, "LO", SNILS)
    ds.add_new(0x00291011, "LO", f"{SURNAME} {GIVEN}" + pad)
    ds.Rows, ds.Columns, ds.BitsAllocated, ds.BitsStored = 4, 4, 16, 12
    ds.SamplesPerPixel, ds.PixelRepresentation = 1, variant  # 1: not the same both byte orders
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.PixelData = bytes(range(32))
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def _slow_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fast path off: pydicom converts, cleans, re-encodes and writes."""
    monkeypatch.setattr(deid, "_any_identifier", lambda text, identifiers: True)
    monkeypatch.setattr(deid._Walker, "_clean_leaves_as_read", lambda *args: False)
    monkeypatch.setattr(deid, "decoded_text", lambda ds, elem: None)
    monkeypatch.setattr(imaging, "decoded_text", lambda ds, elem: None)
    monkeypatch.setattr(imaging, "_number", lambda ds, k: imaging._int(ds.get(k)))
    monkeypatch.setattr(imaging, "_plain_ds", lambda: False)
    monkeypatch.setattr(imaging, "_meta_bytes", lambda meta: None)
    monkeypatch.setattr(imaging, "_element_bytes", imaging._pydicom_bytes)


def _run(data: bytes, profile: str, out) -> tuple[dict, bytes]:
    result = imaging.deidentify_file(data, KEY, profile_options(profile), None, str(out), False)
    with open(result["object_uri"], "rb") as handle:
        written = handle.read()
    return {k: v for k, v in result.items() if k != "object_uri"}, written


@pytest.mark.parametrize("variant", [0, 1])
@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("syntax", SYNTAXES)
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_fast_paths_write_what_the_pydicom_route_writes(
    charset, syntax, profile, variant, tmp_path, monkeypatch
):
    data = _instance(charset, syntax, variant)
    fast = _run(data, profile, tmp_path / "fast")
    _slow_paths(monkeypatch)
    slow = _run(data, profile, tmp_path / "slow")
    assert fast[1] == slow[1]  # byte for byte
    assert fast[0] == slow[0]  # the same silver fields, hash and size


@pytest.mark.parametrize("syntax", SYNTAXES)
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_fast_writer_is_pydicoms_writer_on_the_de_identified_dataset(charset, syntax):
    from ozero.deid.dicom import DeidConfig, deidentify

    data = _instance(charset, syntax, 1)
    ds = pydicom.dcmread(io.BytesIO(data), force=True)
    as_read = dict(ds._dict)
    config = DeidConfig(key=KEY, options=profile_options("research-imaging"))
    assert deidentify(ds, config).dataset is not None
    front, tail = imaging.serialize(ds, data, as_read)
    expected = io.BytesIO()
    ds.save_as(expected, enforce_file_format=False)
    assert front + bytes(tail) == expected.getvalue()


@pytest.mark.parametrize("syntax", SYNTAXES)
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_identifiers_planted_in_nested_items_do_not_survive(charset, syntax, tmp_path):
    data = _instance(charset, syntax)
    fields, out = _run(data, "research-imaging", tmp_path)
    header = out[: -len(bytes(range(32)))]
    for codec in (CODECS[charset], "latin_1", "utf_8"):
        text = header.decode(codec, errors="replace").lower()
        for identifier in (SURNAME, GIVEN, PATIENT_ID, ACCESSION, SNILS, "19500505"):
            assert identifier.lower() not in text, identifier
    ds = pydicom.dcmread(io.BytesIO(out))
    modifier = ds.AnatomicRegionSequence[0].AnatomicRegionModifierSequence[0]
    assert modifier.PatientID != PATIENT_ID and not modifier.PatientName
    assert 0x00291011 not in modifier and 0x00291011 not in ds  # private: removed
    assert modifier.CodeMeaning == "Левый"  # kept, as read
    assert ds.StudyDescription == "КТ органов грудной клетки"  # unchanged by the cleaner
    assert SURNAME.lower() not in ds[0x00400254].value.lower()  # cleaned
    assert "2024" not in ds.ImageComments
    assert ds.StudyDate != "20260303"  # shifted
    assert ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID != (
        "1.2.826.0.1.3680043.8.498.444"
    )  # remapped
    assert ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
    assert "SourceApplicationEntityTitle" not in ds.file_meta
    assert fields["SeriesDescription"] == "ОГК" and fields["SliceLocation"] == "-12.5"
    assert fields["image_position_z"] == "-12.50" and fields["InstanceNumber"] == 17


@pytest.mark.parametrize(
    "text",
    ["КТ грудной клетки", "кт ВОРОНИНА", "Voronina", "İstanbul", "ſtudy", "Данилов 12.03.2024"],
)
def test_identifier_search_agrees_with_the_alternation(text):
    identifiers = frozenset({SURNAME, "Данилов", "istanbul", "study", "ab", "RG26010504"})
    pattern = deid._identifier_pattern(identifiers)
    assert deid._any_identifier(text, identifiers) is bool(pattern.search(text))
    assert deid.default_cleaner(text, identifiers) == pattern.sub("*", deid._DATEISH.sub("*", text))
