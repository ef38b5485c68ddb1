"""The residual-identifier check on the bytes curate is about to write (`residual_in_file`):
it must find whatever the element walk (`residual_identifiers`) finds — in nested sequences,
private elements, under a declared character set — plus what the walk cannot see (file meta,
binary elements), and nothing in a clean file or in pixel values."""

from __future__ import annotations

import io

import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from ozero.curate.imaging import UNNAMED_HIT, residual_identifiers, residual_in_file

SURNAME, GIVEN, PATIENT_ID = "Воронин", "Борис", "RG260303850360"
IDENTIFIERS = {SURNAME, GIVEN, PATIENT_ID, "19500505"}


def _dataset(charset: str = "ISO_IR 192", pixels: bytes = b"\x00\x01" * 64) -> Dataset:
    """A de-identified-looking instance: no identifier anywhere (until a test hides one)."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SpecificCharacterSet = charset
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.PatientName = "ANON^PATIENT"
    ds.PatientID = "PSEUDO-7F3A"
    ds.StudyDescription = "КТ грудной клетки"
    ds.Rows, ds.Columns, ds.BitsAllocated = 8, 8, 16
    ds.PixelData = pixels
    return ds


def _bytes(ds: Dataset) -> bytes:
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=False)
    return buffer.getvalue()


def _check(ds: Dataset) -> list[str]:
    return residual_in_file(_bytes(ds), ds, IDENTIFIERS)


@pytest.mark.parametrize("charset", ["ISO_IR 192", "ISO_IR 144"])
def test_clean_file_has_no_hit(charset):
    assert _check(_dataset(charset)) == []


def test_identifier_bytes_in_pixel_values_are_not_a_hit():
    pixels = (PATIENT_ID.encode("ascii") + b"19500505") * 8  # 176 bytes: even
    assert _check(_dataset(pixels=pixels)) == []


def test_nested_sequence_is_caught():
    ds = _dataset()
    inner = Dataset()
    inner.PatientID = PATIENT_ID.lower()  # case does not hide it, as in the walk
    outer = Dataset()
    outer.ReferencedPatientSequence = Sequence([inner])
    ds.ReferencedStudySequence = Sequence([outer])
    assert _check(ds) == residual_identifiers(ds, IDENTIFIERS) == ["PatientID"]


def test_private_text_element_is_caught():
    ds = _dataset()
    block = ds.private_block(0x0011, "OZERO TEST", create=True)
    block.add_new(0x01, "LO", f"born 19500505, {GIVEN}")
    assert _check(ds) == ["00111001"]


@pytest.mark.parametrize("charset", ["ISO_IR 144", "ISO_IR 192"])
def test_cyrillic_name_under_its_charset_is_caught(charset):
    ds = _dataset(charset)
    ds.PerformingPhysicianName = f"{SURNAME.upper()}^{GIVEN}"  # Family^Given, other case
    assert _check(ds) == ["PerformingPhysicianName"]


def test_charset_declared_only_in_a_nested_item_is_read():
    ds = _dataset("")  # the top level declares the default repertoire only
    del ds.StudyDescription
    item = Dataset()
    item.SpecificCharacterSet = "ISO_IR 144"
    item.PatientName = f"{SURNAME}^{GIVEN}"
    ds.OtherPatientIDsSequence = Sequence([item])
    assert b"ISO_IR 144" in _bytes(ds)
    assert _check(ds) == ["PatientName"]


def test_binary_private_element_and_file_meta_are_caught_beyond_the_walk():
    ds = _dataset()
    ds.add_new(0x00130010, "LO", "OZERO BLOB")
    ds.add_new(0x00131001, "OB", f"x{PATIENT_ID}x".encode("ascii"))
    assert residual_identifiers(ds, IDENTIFIERS) == []  # the walk skips binary VRs
    assert _check(ds) == [UNNAMED_HIT]
    clean = _dataset()
    clean.file_meta.SourceApplicationEntityTitle = PATIENT_ID[:16]
    assert residual_identifiers(clean, {PATIENT_ID[:16]}) == []  # the walk skips file meta
    assert residual_in_file(_bytes(clean), clean, {PATIENT_ID[:16]}) == [UNNAMED_HIT]


def test_elements_after_pixel_data_fall_back_to_the_walk():
    ds = _dataset()
    ds.add_new(0x7FE10010, "LO", "OZERO AFTER")  # a private creator after (7FE0,0010)
    ds.add_new(0x7FE11001, "LO", PATIENT_ID)
    assert _check(ds) == ["7FE11001"]


def test_encapsulated_pixel_data_is_skipped():
    from pydicom.encaps import encapsulate
    from pydicom.uid import JPEGBaseline8Bit

    ds = _dataset()
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    ds.PixelData = encapsulate([PATIENT_ID.encode("ascii") + b"\xff\xd9"])
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    body = _bytes(ds)
    assert PATIENT_ID.encode("ascii") in body
    assert residual_in_file(body, ds, IDENTIFIERS) == []


def test_japanese_iso_2022_name_is_caught():
    ds = _dataset("\\ISO 2022 IR 87")
    ds.PerformingPhysicianName = "Yamada^Tarou=山田^太郎"
    assert residual_in_file(_bytes(ds), ds, {"山田"}) == ["PerformingPhysicianName"]
    assert residual_in_file(_bytes(ds), ds, {"yamada"}) == ["PerformingPhysicianName"]
    assert residual_in_file(_bytes(ds), ds, {"鈴木"}) == []


# pydicom warns when it writes the decoded value back under the default repertoire: the
# file is non-conformant on purpose
@pytest.mark.filterwarnings("ignore:Failed to encode value:UserWarning")
def test_undeclared_utf8_name_is_caught():
    """A non-conformant file: Cyrillic in UTF-8 under the default repertoire, which the
    element walk decodes as something else and misses; the bytes search does not."""
    ds = _dataset()
    del ds.SpecificCharacterSet
    ds.StudyComments = f"направил {SURNAME}".encode()  # raw bytes, as a sender wrote them
    assert residual_identifiers(ds, IDENTIFIERS) == []
    assert _check(ds) == [UNNAMED_HIT]


def test_deflated_dataset_is_checked_element_by_element():
    """Deflate compresses everything after the file meta: no byte search could see a name."""
    from pydicom.uid import DeflatedExplicitVRLittleEndian

    ds = _dataset()
    ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    ds.PerformingPhysicianName = f"{SURNAME}^{GIVEN}"
    body = _bytes(ds)
    assert SURNAME.encode() not in body  # compressed: the bytes alone would pass
    assert residual_in_file(body, ds, IDENTIFIERS) == ["PerformingPhysicianName"]
