"""`deidentify_file` keeps what it does not change as read: header reads leave elements raw,
untouched elements are written back byte for byte and the untouched pixel data element is
copied from the input. None of that may let an identifier through: an element with an action
is still changed when raw, in nested items, under a non-ASCII character set, in either VR
encoding; and the two-piece output is exactly what pydicom would have written."""

from __future__ import annotations

import io

import pydicom
import pytest
from pydicom.data import get_charset_files, get_testdata_file
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

from ozero.curate.imaging import HEADER_FIELDS, _pixel_tail, _str, deidentify_file, serialize
from ozero.deid.dicom import DeidConfig, deidentify
from ozero.deid.dicom.profiles import profile_options
from ozero.deid.keys import PseudonymKey

KEY = PseudonymKey("raw-write-test", bytes(range(32)))
SURNAME, GIVEN, PATIENT_ID, ACCESSION = "Воронин", "Борис", "260303850360", "A77012345"
CT = "1.2.840.10008.5.1.4.1.1.2"
CODECS = {"ISO_IR 192": "utf_8", "ISO_IR 144": "iso8859_5"}
UNTOUCHED = ("ImageType", "Modality", "SliceThickness", "Rows", "Columns", "BitsAllocated")
UNTOUCHED_IN_ITEM = ("CodeValue", "CodingSchemeDesignator", "CodeMeaning")


def _instance(charset: str, syntax: str) -> bytes:
    """A CT instance whose identifiers sit in raw elements with actions, one level down in a
    kept sequence as well, under ``charset``."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = syntax
    ds.file_meta.MediaStorageSOPClassUID = CT
    ds.file_meta.MediaStorageSOPInstanceUID = "1.2.826.0.1.3680043.8.498.1"
    ds.SpecificCharacterSet = charset
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SOPClassUID = CT
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.StudyDate = "20260303"
    ds.AccessionNumber = ACCESSION
    ds.Modality = "CT"
    ds.ReferringPhysicianName = f"{SURNAME}^{GIVEN}"
    ds.StudyDescription = f"КТ грудной клетки {SURNAME}"  # Clean Descriptors: cleaned
    ds.PatientName = f"{SURNAME}^{GIVEN}^Петрович"
    ds.PatientID = PATIENT_ID
    ds.PatientBirthDate = "19500505"
    ds.SliceThickness = "1.25"
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.8.498.2"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.8.498.3"
    region = Dataset()  # unlisted sequence: walked, its kept elements stay as they are
    region.CodeValue = "T-D3000"
    region.CodingSchemeDesignator = "SRT"
    region.CodeMeaning = "Грудная клетка"
    region.PatientID = PATIENT_ID  # an identifier where it has no business: D, one level down
    region.ReferringPhysicianName = f"{GIVEN}^{SURNAME}"  # Z
    ds.AnatomicRegionSequence = Sequence([region])
    reference = Dataset()
    reference.ReferencedSOPClassUID = CT
    reference.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.8.498.4"  # U
    ds.ReferencedImageSequence = Sequence([reference])
    ds.Rows, ds.Columns, ds.BitsAllocated = 4, 4, 16
    ds.SamplesPerPixel, ds.PixelRepresentation = 1, 0
    ds.PixelData = (PATIENT_ID.encode("ascii") * 3)[:32]  # values are not the header's
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def _deidentified(data: bytes, tmp_path) -> bytes:
    options = profile_options("research-imaging")
    result = deidentify_file(data, KEY, options, None, str(tmp_path), durable=False)
    with open(result["object_uri"], "rb") as handle:
        return handle.read()


def _raw(data: bytes) -> Dataset:
    return pydicom.dcmread(io.BytesIO(data), force=True)


@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_identifiers_in_raw_elements_are_removed(charset, syntax, tmp_path):
    data = _instance(charset, syntax)
    out = _deidentified(data, tmp_path)
    pixel_value = (PATIENT_ID.encode("ascii") * 3)[:32]
    assert out.endswith(pixel_value)
    header = out[: -len(pixel_value)]
    for codec in (CODECS[charset], "latin_1", "utf_8"):
        text = header.decode(codec, errors="replace").lower()
        for identifier in (SURNAME, GIVEN, PATIENT_ID, ACCESSION, "19500505"):
            assert identifier.lower() not in text
    ds = _raw(out)
    ds.decode()
    assert ds.SpecificCharacterSet == charset
    assert ds.StudyDescription.startswith("КТ грудной клетки")  # cleaned, not removed
    item = ds.AnatomicRegionSequence[0]
    assert item.PatientID != PATIENT_ID and not item.ReferringPhysicianName
    assert item.CodeMeaning == "Грудная клетка"
    uid = ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID
    assert uid != "1.2.826.0.1.3680043.8.498.4"


@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_untouched_elements_are_written_byte_for_byte(charset, syntax, tmp_path):
    data = _instance(charset, syntax)
    out = _deidentified(data, tmp_path)
    before, after = _raw(data), _raw(out)
    for keyword in UNTOUCHED:
        old, new = before.get_item(keyword), after.get_item(keyword)
        assert new.value == old.value and new.VR == old.VR, keyword
    old_item = before.get_item("AnatomicRegionSequence")
    new_item = after.get_item("AnatomicRegionSequence")
    assert old_item.value != new_item.value  # the item's PatientID and name changed ...
    old_region, new_region = before.AnatomicRegionSequence[0], after.AnatomicRegionSequence[0]
    for keyword in UNTOUCHED_IN_ITEM:  # ... the rest of it did not
        assert new_region.get_item(keyword).value == old_region.get_item(keyword).value
    pixels = before.get_item("PixelData")
    start = pixels.value_tell - (8 if syntax == ImplicitVRLittleEndian else 12)
    assert out.endswith(data[start:])  # tag, VR, length and value, as read


PYDICOM_FILES = {
    "MR_small.dcm": False,  # elements after the pixel data: pydicom writes it all
    "MR_small_implicit.dcm": True,
    "MR_small_bigendian.dcm": True,
    "JPEG2000.dcm": True,  # encapsulated: items and the sequence delimiter copied
    "SC_rgb_rle_2frame.dcm": True,
    "SC_rgb_small_odd.dcm": True,
    "MR_truncated.dcm": False,  # the length field says more than the value holds
    "image_dfl.dcm": False,  # deflated
}


@pytest.mark.parametrize("name", sorted(PYDICOM_FILES))
def test_two_pieces_are_what_pydicom_writes(name):
    data = open(get_testdata_file(name), "rb").read()  # noqa: SIM115 - a test read
    expected = io.BytesIO()
    _raw(data).save_as(expected, enforce_file_format=False)
    ds = _raw(data)
    front, tail = serialize(ds, data, dict(ds._dict))
    assert bool(tail) is PYDICOM_FILES[name]
    assert front + bytes(tail) == expected.getvalue()


def _after_deid_both_ways(data: bytes) -> tuple[bytes, bytes, bool] | None:
    ds = _raw(data)
    as_read = dict(ds._dict)
    config = DeidConfig(key=KEY, options=profile_options("research-imaging"))
    if deidentify(ds, config).dataset is None:
        return None  # at risk, no OCR: quarantined
    front, tail = serialize(ds, data, as_read)
    expected = io.BytesIO()
    ds.save_as(expected, enforce_file_format=False)
    return front + bytes(tail), expected.getvalue(), bool(tail)


@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
@pytest.mark.parametrize("charset", sorted(CODECS))
def test_de_identified_dataset_in_two_pieces_is_what_pydicom_writes(charset, syntax):
    both = _after_deid_both_ways(_instance(charset, syntax))
    assert both is not None
    ours, pydicoms, copied = both
    assert copied and ours == pydicoms  # runs of untouched elements copied, the rest encoded


@pytest.mark.parametrize(
    "path",
    [get_testdata_file(n) for n in sorted(PYDICOM_FILES)] + sorted(get_charset_files("*.dcm")),
)
def test_de_identified_pydicom_files_are_what_pydicom_writes(path):
    both = _after_deid_both_ways(open(path, "rb").read())  # noqa: SIM115
    if both is not None:
        assert both[0] == both[1]


def test_pixel_element_is_not_copied_into_another_encoding():
    data = open(get_testdata_file("MR_small_implicit.dcm"), "rb").read()  # noqa: SIM115
    raw = _raw(data).get_item("PixelData")
    assert _pixel_tail(data, raw, (True, True)) is not None
    assert _pixel_tail(data, raw, (False, True)) is None  # the rest written explicit VR


def test_changed_pixel_data_is_not_copied_from_the_input():
    data = open(get_testdata_file("MR_small_implicit.dcm"), "rb").read()  # noqa: SIM115
    ds = _raw(data)
    as_read = dict(ds._dict)
    ds.PixelData = bytes(len(ds.PixelData))  # what a redaction does
    front, tail = serialize(ds, data, as_read)
    assert not tail and front.endswith(bytes(len(ds.PixelData)))


@pytest.mark.parametrize(
    "path",
    [get_testdata_file(n) for n in sorted(PYDICOM_FILES)] + sorted(get_charset_files("*.dcm")),
)
def test_header_text_read_raw_is_what_pydicom_reads(path):
    data = open(path, "rb").read()  # noqa: SIM115
    for keyword in (*HEADER_FIELDS, "PatientName", "PatientID"):
        if not keyword[0].isupper():
            continue
        ds, fresh = _raw(data), _raw(data)
        assert _str(ds, keyword).strip() == str(fresh.get(keyword, "") or "").strip(), keyword
