"""PACS: bronze.pacs_instances → de-identified DICOM files + silver.imaging_{instances,series,studies}.

Per instance (inside Spark, `mapInPandas`, each core taking a share; the work is per file and
CPU-bound: pydicom, Tesseract ~0.5 s per at-risk frame): read the bronze file, check it is
whole (hash, UIDs, pixel data length), de-identify it with the PS3.15 option set the
instances contract names (`dicom_profile`) under the lake's key and the patient's lake-wide
identity (PatientID → the ENP pseudonym, dates shifted by the same offset as every other
table), serialize it once, check no known identifier of the patient survived anywhere in
those bytes outside the pixel values (file meta, sequences, private elements included), and
write them to ``<lake>/silver/objects/dicom/<study'>/<series'>/<sop'>.dcm``; a task makes its
batch of files durable together (one flush, not one fsync per file) before it hands back the
rows that name them, so no committed silver row points at a file a power failure could
lose. The step yields the instance's header fields as read; the silver row is computed from
them by the instances contract through the one landing protocol, like any other table's, so
the row and its file agree by construction (same keyed functions). Anything that fails goes to
``quarantine.records`` with the reason; nothing is silently dropped. Series and studies are
then derived from the silver instances.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import struct
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake, objects
from ozero.contracts import load_contract
from ozero.curate.context import CurationContext
from ozero.curate.landing import FAILURE, land, new_records, quarantine_failures
from ozero.curate.report import CurateReport, TableReport
from ozero.deid.dicom import ProfileOptions
from ozero.deid.dicom.deidentify import decoded_text
from ozero.deid.keys import PseudonymKey

log = logging.getLogger(__name__)

SOURCE = "bronze.pacs_instances"
INSTANCES, SERIES, STUDIES = (
    "silver.imaging_instances",
    "silver.imaging_series",
    "silver.imaging_studies",
)
PATIENT_DOMAIN = "enp"  # PatientID is the ENP: the pseudonym domain every source shares

# What the de-identification step yields per instance: the header as read (identifiers
# included: the contract decides what becomes of each) and facts about the written file.
HEADER_FIELDS = (
    "SOPInstanceUID", "SeriesInstanceUID", "StudyInstanceUID", "PatientID", "AccessionNumber",
    "PatientSex", "PatientBirthDate", "StudyDate", "SOPClassUID", "Modality",
    "BodyPartExamined", "SeriesDescription", "StudyDescription", "patient_family",
    "ViewPosition", "ImageLaterality", "SliceLocation", "image_position_z",
)  # fmt: skip
NUMBER_FIELDS = ("SeriesNumber", "InstanceNumber", "Rows", "Columns")
FILE_FIELDS = ("at_risk", "burned_in", "object_uri", "deid_sha256")
RESULT_SCHEMA = T.StructType(
    [T.StructField(name, T.StringType()) for name in ("_sha256", "_batch_id", "_item", "_error")]
    + [T.StructField("_details", T.ArrayType(T.StringType()))]
    + [T.StructField(name, T.StringType()) for name in HEADER_FIELDS + FILE_FIELDS]
    + [T.StructField(name, T.IntegerType()) for name in NUMBER_FIELDS]
    + [T.StructField("size_bytes", T.LongType())]
)


# De-identification tasks per core: on a shared box a core is often taken by someone else for
# seconds; with one task per core the run waits for the task on the slow core, with several
# the other core takes the tasks left. Measured in bench/README.md (PACS, pacs10).
TASKS_PER_CORE = 4


class Rejected(Exception):
    """This instance cannot go to silver; the message is a reason without values."""


def profile_options() -> ProfileOptions:
    """The option set the instances contract names (`dicom_profile`)."""
    from ozero.deid.dicom.profiles import profile_options as named

    name = load_contract(INSTANCES).dicom_profile
    if not name:
        raise ValueError(f"{INSTANCES}: the contract must name a dicom_profile")
    return named(name)


# --- one file (runs on executors; pure apart from object I/O) -------------------------------


def _da(text: object) -> date | None:
    try:
        if not text:
            return None
        day = str(text).strip()
        if len(day) == 8 and day.isascii() and day.isdigit():  # what strptime reads as such
            return date(int(day[:4]), int(day[4:6]), int(day[6:]))
        return datetime.strptime(day, "%Y%m%d").date()
    except ValueError:
        return None


def _int(value: Any) -> int | None:  # a DICOM value of any VR (IS, US, str, None)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


_PEEKABLE_VRS = frozenset({"AE", "AS", "CS", "DA", "DT", "LO", "LT", "PN", "SH", "ST", "TM", "UI"})


def _str(ds: Any, keyword: str) -> str:
    """``str(ds.get(keyword, "") or "")`` up to leading and trailing spaces (exactly, for a
    UID; other callers strip them), read from the raw bytes when they are one plain ASCII
    value: pydicom would decode the element and cache it decoded, which costs more than the
    read and makes ``save_as`` encode it again. Anything else (non-ASCII, several values, NUL or
    ESC bytes, binary and UN VRs, an element already decoded) goes through pydicom."""
    tag = _tag_for(keyword)
    elem, value = _raw_bytes(ds, tag)
    if elem is not None and tag is not None and value is not None:
        vr = elem.VR or _dictionary_vr(tag)
        if vr == "UI":
            value = value.rstrip(b"\x00 ")  # pydicom's UID padding rule
        if vr in _PEEKABLE_VRS and value.isascii() and not _NOT_PLAIN.search(value):
            return value.decode("ascii")
        if vr == "DS" and _DECIMAL.fullmatch(value) and _plain_ds():
            text = value.decode("ascii")  # str(DSfloat) is the text read, stripped ...
            return text if float(text) else ""  # ... and a zero is falsy: ``or ""``
        if (decoded := decoded_text(ds, elem)) is not None:  # non-ASCII text: not cached
            return str(decoded or "")
    return str(ds.get(keyword, "") or "")


# One DS value float() reads (what pydicom's DSfloat then prints as read): a file whose DS
# pydicom cannot convert still fails as it did.
_DECIMAL = re.compile(rb" *[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)? *")


def _plain_ds() -> bool:
    from pydicom import config

    return not (config.use_DS_numpy or config.use_DS_decimal)


_NOT_PLAIN = re.compile(rb"[\\\x00\x1b]")  # a value separator, NUL padding, ISO 2022 escape
_INTEGER = re.compile(rb" *[+-]?[0-9]+ *")


def _number(ds: Any, keyword: str) -> int | None:
    """``_int(ds.get(keyword))``, read from the raw bytes when they are one US value or one
    plain IS integer (pydicom would convert and cache the element); else through pydicom."""
    tag = _tag_for(keyword)
    elem, value = _raw_bytes(ds, tag)
    if elem is not None and tag is not None and value is not None:
        vr = elem.VR or _dictionary_vr(tag)
        if vr == "US" and len(value) == 2 and elem.length == 2:
            return int.from_bytes(value, "little" if elem.is_little_endian else "big")
        if vr == "IS" and _INTEGER.fullmatch(value):
            return int(value)
    return _int(ds.get(keyword))


def _raw_bytes(ds: Any, tag: int | None) -> tuple[Any, bytes | None]:
    """(the element at ``tag``, its value when still the raw bytes read, else None): what the
    readers here take without letting pydicom convert and cache the element."""
    elem = ds._dict.get(tag) if tag is not None else None  # noqa: SLF001
    value = getattr(elem, "value", None)
    return elem, value if elem is not None and type(value) is bytes and elem.is_raw else None


@lru_cache(maxsize=1024)
def _tag_for(keyword: str) -> int | None:
    from pydicom.datadict import tag_for_keyword

    return tag_for_keyword(keyword)


@lru_cache(maxsize=4096)
def _dictionary_vr(tag: int) -> str:
    from pydicom.datadict import dictionary_VR

    try:
        return str(dictionary_VR(tag))
    except KeyError:
        return "UN"


def check_whole(ds: Any) -> None:
    """Reject a file that is not a whole image instance (cut short at the source or on disk)."""
    for keyword in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID"):
        if not _str(ds, keyword).strip():
            raise Rejected(f"unreadable DICOM: {keyword} missing (file truncated?)")
    if not _str(ds, "PatientID").strip():
        raise Rejected("PatientID missing: the instance cannot be linked to a patient")
    if "PixelData" not in ds:
        raise Rejected("unreadable DICOM: no pixel data (file truncated?)")
    syntax = ds.file_meta.get("TransferSyntaxUID") if hasattr(ds, "file_meta") else None
    if syntax is not None and syntax.is_compressed:
        return  # encapsulated frames: the decoder checks them during the OCR pass
    rows, cols = _number(ds, "Rows"), _number(ds, "Columns")
    bits = _number(ds, "BitsAllocated")
    if not (rows and cols and bits):
        raise Rejected("unreadable DICOM: image pixel module incomplete")
    samples = _number(ds, "SamplesPerPixel") or 1
    frames = _number(ds, "NumberOfFrames") or 1
    expected = rows * cols * samples * frames * bits // 8
    value = _raw_bytes(ds, PIXEL_DATA)[1]  # its length, without converting it
    size = len(value) if value is not None else len(ds.PixelData)
    if size < expected:
        raise Rejected("truncated pixel data: fewer bytes than the image module declares")


def known_identifiers(ds: Any) -> set[str]:
    """The patient's own identifying strings in this header (name parts, IDs, birth date,
    accession): the residual check looks for each of them after de-identification."""
    found: set[str] = set()
    name = _str(ds, "PatientName")
    found.update(p.strip() for p in name.replace("=", "^").split("^") if len(p.strip()) >= 3)
    for keyword in ("PatientID", "AccessionNumber", "PatientBirthDate"):
        text = _str(ds, keyword).strip()
        if len(text) >= 4:
            found.add(text)
    for item in ds.get("OtherPatientIDsSequence", None) or []:
        text = _str(item, "PatientID").strip()
        if len(text) >= 4:
            found.add(text)
            found.add("".join(ch for ch in text if ch.isdigit()))
    return {f for f in found if f}


def residual_identifiers(ds: Any, identifiers: set[str]) -> list[str]:
    """Keywords (never values) of elements still containing one of ``identifiers``: the
    element walk, which decodes every text element (slow on large headers). `residual_in_file`
    runs first on the bytes about to be written and calls this only to name what it found."""
    lowered = [i.lower() for i in identifiers]
    hits = []
    for elem in ds.iterall():
        if elem.VR in ("SQ", "OB", "OW", "OF", "OD", "OL", "OV", "UN") or elem.value is None:
            continue
        text = str(elem.value).lower()
        if any(i in text for i in lowered):
            hits.append(elem.keyword or f"{int(elem.tag):08X}")
    return hits


PIXEL_DATA = 0x7FE00010
SEQUENCE_DELIMITER = 8  # (FFFE,E0DD) + a zero length, after encapsulated pixel data
UNDEFINED_LENGTH = 0xFFFFFFFF
UNNAMED_HIT = "file meta or a binary element"
# Multi-byte ISO 2022 sets switch state by escape sequences, which pydicom resets at every
# value and delimiter and a whole-header decode does not: the element walk runs as well.
STATEFUL_CHARSETS = (b"ISO 2022 IR 87", b"ISO 2022 IR 159", b"ISO 2022 IR 149", b"ISO 2022 58")


def residual_in_file(body: bytes, ds: Any, identifiers: set[str]) -> list[str]:
    """Where one of ``identifiers`` survived in ``body`` (``ds`` serialized, as it will be
    written): empty when nowhere.

    Searches the bytes themselves, all of them but the pixel data value: file meta, every
    element at any sequence depth, private and binary (OB/UN) elements included — more than
    the element walk (`residual_identifiers`) sees, at a fraction of its cost. Case-insensitive
    like the walk: the bytes are decoded under every character set the file names anywhere
    (ISO_IR 192, ISO_IR 144, ISO 2022 …, nested items' own included) and as ASCII/Latin-1,
    then lowered. Person names are stored ``Family^Given^…``; the identifiers are the name's
    parts, so every component form contains one. Not seen, as in the walk: pixel values
    (megabytes in which short ASCII runs occur by chance; burned-in text is the OCR pass's)
    and binary numbers (US, FL …), which cannot hold text. When the pixel data is not where
    serialization puts it (elements after it), the element walk decides, as before; under
    a multi-byte ISO 2022 set (Japanese, Korean, Chinese) it runs as well as the bytes search.
    """
    if not identifiers:
        return []
    header = None if _deflated(ds) else _outside_pixel_data(body, ds)
    if header is None:
        return residual_identifiers(ds, identifiers)
    return residual_in_header(header, ds, identifiers)


def residual_in_header(header: bytes, ds: Any, identifiers: set[str]) -> list[str]:
    """`residual_in_file` on ``header``: the output's bytes but the pixel data value."""
    if not identifiers:
        return []
    walk_first = any(term in header for term in STATEFUL_CHARSETS)
    walked = residual_identifiers(ds, identifiers) if walk_first else None
    if walked or not _contains_any(header, identifiers):
        return walked or []
    # a byte hit: name the element if the walk can (once), else say where the walk cannot see
    if walked is None:
        walked = residual_identifiers(ds, identifiers)
    return walked or [UNNAMED_HIT]


def _deflated(ds: Any) -> bool:
    """A deflated transfer syntax compresses the dataset after the file meta: its bytes can
    hold an identifier no byte search would see, so the element walk decides."""
    from pydicom.uid import DeflatedExplicitVRLittleEndian

    meta = getattr(ds, "file_meta", None)
    return getattr(meta, "TransferSyntaxUID", None) == DeflatedExplicitVRLittleEndian


def _outside_pixel_data(body: bytes, ds: Any) -> bytes | None:
    """``body`` up to the pixel data value (the value is the file's last element, followed
    at most by a pad byte and a sequence delimiter); None when it is not found there."""
    if "PixelData" not in ds:
        return body
    if max(ds.keys()) != PIXEL_DATA:
        return None
    value = ds.PixelData
    for tail in (0, SEQUENCE_DELIMITER):
        end = len(body) - tail - len(value) % 2
        if end >= len(value) and body.endswith(value, 0, end):
            return body[: end - len(value)]
    return None


def _contains_any(header: bytes, identifiers: set[str]) -> bool:
    """Whether any identifier occurs, case-insensitively, in ``header`` read under any
    character set it declares (and as Latin-1, a superset of the default repertoire)."""
    lowered = [i.lower() for i in identifiers]
    for codec in _codecs_named_in(header):
        text = header.decode(codec, errors="replace").lower()
        if any(i in text for i in lowered):
            return True
    return False


def _codecs_named_in(header: bytes) -> list[str]:
    """Python codecs for every DICOM character set term that appears in ``header`` (a term
    can only be there as a Specific Character Set value, top level or in an item), and
    UTF-8 always: files in the wild carry UTF-8 text without declaring ISO_IR 192."""
    from pydicom.charset import python_encoding

    codecs = ["latin_1", "utf_8"]
    for term, codec in python_encoding.items():
        if term and term.encode("ascii") in header and codec not in codecs:
            codecs.append(codec)
    return codecs


def _iso(text: object) -> str | None:
    """A DICOM DA value as an ISO date string (what the contract's date actions read)."""
    day = _da(text)
    return day.isoformat() if day else None


def _text(ds: Any, keyword: str) -> str | None:
    return _str(ds, keyword).strip() or None


def _position_z(ds: Any) -> str | None:
    """z of ImagePositionPatient (the slice's place along the patient), as written."""
    elem, value = _raw_bytes(ds, 0x00200032)  # read raw when every value is a plain DS
    if value is not None and (elem.VR or "DS") == "DS" and _plain_ds():
        parts = value.split(b"\\")
        if all(_DECIMAL.fullmatch(p) for p in parts):
            return parts[2].decode("ascii").strip() if len(parts) > 2 else None
    position = ds.get("ImagePositionPatient")
    if position is None:
        return None
    try:
        return str(position[2]).strip() or None
    except (IndexError, TypeError):  # a malformed value: no position, not a failure
        return None


def serialize(ds: Any, data: bytes, as_read: dict[Any, Any]) -> tuple[bytes, memoryview]:
    """``ds`` as a Part 10 file, in two pieces: everything but the pixel data element, and
    that element's bytes (empty when written by pydicom with the rest).

    When de-identification left the pixel data element as read (the same raw element, not
    redacted or decoded), it is the file's last element both in ``data`` and in the output,
    and both are in the same encoding, its bytes are taken from ``data`` as they are (tag,
    VR, length, value and, for encapsulated frames, the sequence delimiter): pydicom would
    write exactly those bytes, after copying the megabytes of the value three times. Any
    other case (deflated, elements after the pixel data, a length field that disagrees
    with the value, an encoding the writer changes) is serialized by pydicom whole. The
    first piece copies runs of elements still as read from ``data`` too (`_save_header`)."""
    from pydicom.filebase import DicomBytesIO

    raw = _pixel_as_read(ds, as_read)
    elements = ds._dict  # noqa: SLF001
    if raw is not None:
        del elements[raw.tag]
        fp = DicomBytesIO()
        try:
            _save_header(ds, data, as_read, fp)
        finally:
            elements[raw.tag] = raw
        tail = _pixel_tail(data, raw, (fp.is_implicit_VR, fp.is_little_endian))
        if tail is not None:
            return fp.getvalue(), tail
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=False)
    return buffer.getvalue(), memoryview(b"")


def _save_header(ds: Any, data: bytes, as_read: dict[Any, Any], fp: Any) -> None:
    """``ds.save_as(fp, enforce_file_format=False)`` for a dataset read from ``data`` under a
    public, not deflated transfer syntax: the same bytes, but each run of top-level elements
    still as read is copied from ``data`` in one piece (pydicom writes raw elements back as
    they are too, one by one at ~10 µs each). Everything else — file meta, changed or added
    elements, undefined lengths, a dataset whose encoding or character set the writer would
    change — is written by pydicom's own functions; when in doubt, by ``save_as`` itself."""
    from pydicom.charset import default_encoding
    from pydicom.filewriter import write_file_meta_info

    elements = ds._dict  # noqa: SLF001
    syntax = ds.file_meta.TransferSyntaxUID
    encoding = (syntax.is_implicit_VR, syntax.is_little_endian)
    preamble = getattr(ds, "preamble", None)
    if (
        any(t >> 16 in (0, 2) for t in elements)
        or tuple(ds.original_encoding) != encoding
        or ds.original_character_set != ds._character_set  # noqa: SLF001
        or (preamble and len(preamble) != 128)
    ):
        ds.save_as(fp, enforce_file_format=False)
        return
    fp.is_implicit_VR, fp.is_little_endian = encoding
    if preamble:
        fp.write(preamble)
        fp.write(b"DICM")
    if ds.file_meta:
        meta = _meta_bytes(ds.file_meta)
        if meta is None:
            write_file_meta_info(fp, ds.file_meta, enforce_standard=False)
        else:
            fp.write(meta)
    charset = ds.get("SpecificCharacterSet", default_encoding)
    view = memoryview(data)
    start = end = 0
    for tag in sorted(elements):
        if tag.element == 0 and tag.group > 6:
            continue  # retired group lengths: pydicom does not write them
        elem = elements[tag]
        if elem.value is None and elem.is_raw:
            elem = ds.get_item(tag)  # a deferred read
        span = _span_as_read(data, elem, as_read, encoding)
        if span is not None and span[0] == end:
            end = span[1]
            continue
        if end > start:
            fp.write(view[start:end])
        start, end = span if span is not None else (0, 0)
        if span is None:
            fp.write(_element_bytes(elem, encoding, charset))
    if end > start:
        fp.write(view[start:end])


_NUMBER_FORMATS = {"US": ("H", 0xFFFF), "UL": ("L", 0xFFFFFFFF)}
_PADDING = {"UI": "\0", "CS": " "}  # pydicom's write_UI and write_string


def _ascii_text(value: Any) -> str | None:
    """The text ``write_string`` writes for a str or a list of str (``\\``-joined), when
    it is ASCII; else None."""
    from pydicom.multival import MultiValue

    if isinstance(value, MultiValue | list | tuple):
        if not all(isinstance(v, str) for v in value):
            return None
        value = "\\".join(value)
    return value if isinstance(value, str) and value.isascii() else None


def _element_bytes(elem: Any, encoding: tuple[bool, bool], charset: Any) -> bytes:
    """What ``write_data_element(fp, elem, charset)`` writes to an ``fp`` in ``encoding``
    (implicit VR, little endian), without its per-element buffers: a raw element of defined
    length is its tag, VR, length and value as they are; a parsed sequence its items, each
    item's elements encoded the same way (an item the writer would re-encode, under another
    encoding or character set, goes to pydicom whole); a plain ASCII UID its padded text,
    one US or UL number packed. Anything else — a decoded value, an undefined length, a value too long for its VR's
    length field — is written by pydicom itself."""
    implicit, little = encoding
    vr = elem.VR
    if implicit or (vr and len(vr) == 2):
        value: Any = None
        if elem.is_raw:
            value = elem.value
            if type(value) is not bytes or elem.length == UNDEFINED_LENGTH:
                value = None
        elif vr == "SQ":
            value = _sequence_bytes(elem, encoding, charset)
        elif vr in _PADDING and (text := _ascii_text(elem.value)) is not None:
            value = (text + _PADDING[vr] if len(text) % 2 else text).encode("ascii")
        elif vr in _NUMBER_FORMATS and type(elem.value) is int:
            code, top = _NUMBER_FORMATS[vr]
            if 0 <= elem.value <= top:
                value = struct.pack(("<" if little else ">") + code, elem.value)
        if value is not None:
            undefined = vr == "SQ" and not elem.is_raw and elem.is_undefined_length
            length = UNDEFINED_LENGTH if undefined else len(value)
            head = _head(int(elem.tag), vr, length, implicit, little)
            if head is not None and undefined:  # the items, then a sequence delimiter
                end = struct.pack(("<" if little else ">") + "HHL", 0xFFFE, 0xE0DD, 0)
                return head + value + end
            if head is not None:
                return head + value
    return _pydicom_bytes(elem, encoding, charset)


def _pydicom_bytes(elem: Any, encoding: tuple[bool, bool], charset: Any) -> bytes:
    from pydicom.filebase import DicomBytesIO
    from pydicom.filewriter import write_data_element

    fp = DicomBytesIO()
    fp.is_implicit_VR, fp.is_little_endian = encoding
    write_data_element(fp, elem, charset)
    return fp.getvalue()


def _sequence_bytes(elem: Any, encoding: tuple[bool, bool], charset: Any) -> bytes | None:
    """The value ``write_sequence`` writes for a parsed sequence: each item's tag, length
    (or undefined length and item delimiter, as read) and elements (`_element_bytes`)."""
    from pydicom.charset import convert_encodings, default_encoding
    from pydicom.filebase import DicomBytesIO
    from pydicom.filewriter import write_sequence_item

    if elem.is_empty:
        return b""
    order = "<" if encoding[1] else ">"
    encodings = convert_encodings(charset or [default_encoding])
    pieces = []
    for item in elem.value:
        if (
            tuple(item.original_encoding) != encoding
            or item.original_character_set != item._character_set  # noqa: SLF001
        ):  # the writer would re-encode the item: let it
            fp = DicomBytesIO()
            fp.is_implicit_VR, fp.is_little_endian = encoding
            write_sequence_item(fp, item, encodings)
            pieces.append(fp.getvalue())
            continue
        item_charset = (
            item.get("SpecificCharacterSet", encodings)
            if 0x00080005 in item._dict  # noqa: SLF001
            else encodings
        )
        body = b"".join(
            _element_bytes(item.get_item(tag), encoding, item_charset)
            for tag in sorted(item._dict)  # noqa: SLF001
            if not (tag.element == 0 and tag.group > 6)
        )
        if getattr(item, "is_undefined_length_sequence_item", False):
            end = struct.pack(f"{order}HHL", 0xFFFE, 0xE00D, 0)
            pieces.append(struct.pack(f"{order}HHL", 0xFFFE, 0xE000, UNDEFINED_LENGTH) + body + end)
        else:
            pieces.append(struct.pack(f"{order}HHL", 0xFFFE, 0xE000, len(body)) + body)
    return b"".join(pieces)


_GROUP_LENGTH = 0x00020000


def _meta_bytes(meta: Any) -> bytes | None:
    """``write_file_meta_info(fp, meta, enforce_standard=False)``'s bytes (explicit VR
    little endian, the group length recomputed and set in ``meta`` as it does), elements
    encoded by `_element_bytes`; None when pydicom must write it (an element outside group
    2, or a meta the writer would re-encode)."""
    from pydicom.charset import default_encoding
    from pydicom.dataelem import DataElement

    elements = meta._dict  # noqa: SLF001
    encoding = (False, True)
    if any(t >> 16 != 2 for t in elements) or tuple(meta.original_encoding) != encoding:
        return None
    if meta.original_character_set != meta._character_set:  # noqa: SLF001
        return None
    charset = default_encoding  # what write_dataset falls back to: no (0008,0005) in group 2
    body = b"".join(
        _element_bytes(meta.get_item(tag), encoding, charset)
        for tag in sorted(elements)
        if tag != _GROUP_LENGTH
    )
    if _GROUP_LENGTH not in elements:
        return body
    old = meta.get_item(_GROUP_LENGTH)
    if old.VR != "UL" or len(_element_bytes(old, encoding, charset)) != 12:
        return None  # pydicom would overwrite the first 12 bytes of something else
    if old.is_raw:  # what ``meta.FileMetaInformationGroupLength = n`` leaves, unconverted
        meta._dict[_GROUP_LENGTH] = DataElement(_GROUP_LENGTH, "UL", len(body))  # noqa: SLF001
    else:
        old.value = len(body)
    return b"\x02\x00\x00\x00UL\x04\x00" + struct.pack("<L", len(body)) + body


def _span_as_read(
    data: bytes, elem: Any, as_read: dict[Any, Any], encoding: tuple[bool, bool]
) -> tuple[int, int] | None:
    """Where in ``data`` the bytes pydicom would write for ``elem`` are, when it is a raw
    element as read (defined length, read in ``encoding``) and they are there; else None."""
    if as_read.get(elem.tag) is not elem:
        return None
    raw: Any = elem  # the very element read (mypy narrows ``elem`` to the dict's type)
    if not raw.is_raw or raw.value is None:
        return None
    length = raw.length
    if length != len(raw.value) or (raw.is_implicit_VR, raw.is_little_endian) != encoding:
        return None
    head = _head(int(raw.tag), raw.VR, length, raw.is_implicit_VR, raw.is_little_endian)
    if head is None:
        return None
    start = raw.value_tell - len(head)
    if start < 0 or not data.startswith(head, start):
        return None
    return start, raw.value_tell + length


@lru_cache(maxsize=8192)
def _head(tag: int, vr: str | None, length: int, implicit: bool, little: bool) -> bytes | None:
    """The tag, VR and length bytes pydicom writes before a raw value of ``length`` bytes;
    None when it would write something else (no two-letter VR, a long value in a short
    length field)."""
    from pydicom.valuerep import EXPLICIT_VR_LENGTH_32

    order = "<" if little else ">"
    tag_bytes = struct.pack(f"{order}HH", tag >> 16, tag & 0xFFFF)
    if implicit:
        return tag_bytes + struct.pack(f"{order}L", length)
    if not vr or len(vr) != 2:
        return None
    if vr in EXPLICIT_VR_LENGTH_32:
        return tag_bytes + vr.encode("ascii") + b"\0\0" + struct.pack(f"{order}L", length)
    if length <= 0xFFFF:
        return tag_bytes + vr.encode("ascii") + struct.pack(f"{order}H", length)
    return None


def _pixel_as_read(ds: Any, as_read: dict[Any, Any]) -> Any:
    """The pixel data element when the output holds it exactly as read, as its last
    element, under a public transfer syntax whose framing (encapsulated or native) pydicom
    would write as the file has it; else None."""
    from pydicom.dataelem import RawDataElement

    raw = as_read.get(PIXEL_DATA)
    elements = ds._dict  # noqa: SLF001
    if type(raw) is not RawDataElement or elements.get(PIXEL_DATA) is not raw:
        return None
    if raw.value is None or max(elements) != PIXEL_DATA or _deflated(ds):
        return None
    meta = getattr(ds, "file_meta", None)
    syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    if syntax is None or syntax.is_private or not syntax.is_transfer_syntax:
        return None
    undefined = raw.length == UNDEFINED_LENGTH
    if undefined != syntax.is_compressed or not (undefined or raw.length == len(raw.value)):
        return None
    return raw


def _pixel_tail(data: bytes, raw: Any, encoding: tuple[bool, bool]) -> memoryview | None:
    """The bytes of ``raw`` (the pixel data element) in ``data``, from its tag to the end of
    ``data``, when they are where and what the element says and ``encoding`` (implicit VR,
    little endian: what the rest of the output was written in) is the one they were read
    in; else None."""
    if encoding != (raw.is_implicit_VR, raw.is_little_endian):
        return None
    order = "<" if raw.is_little_endian else ">"
    if raw.is_implicit_VR:
        head = struct.pack(f"{order}HHL", 0x7FE0, 0x0010, raw.length)
    elif raw.VR in ("OB", "OW"):
        vr = raw.VR.encode("ascii") + b"\0\0"
        head = struct.pack(f"{order}HH", 0x7FE0, 0x0010) + vr + struct.pack(f"{order}L", raw.length)
    else:
        return None
    start = raw.value_tell - len(head)
    undefined = raw.length == UNDEFINED_LENGTH
    end = raw.value_tell + len(raw.value) + (SEQUENCE_DELIMITER if undefined else 0)
    if start < 0 or end != len(data) or data[start : raw.value_tell] != head:
        return None
    if undefined and data[-SEQUENCE_DELIMITER:] != struct.pack(f"{order}HHL", 0xFFFE, 0xE0DD, 0):
        return None
    return memoryview(data)[start:]


def _unread(ds: Any, as_read: dict[Any, Any]) -> None:
    """Put back the elements as read (still raw bytes) that reading header fields decoded.

    pydicom caches a decoded element in the dataset, and ``save_as`` then encodes it again
    instead of copying its bytes (most of the write's cost). Only reads happened since
    ``as_read`` was taken, so each decoded element holds the very value of its raw bytes:
    the de-identifier then sees the dataset exactly as read, and what it keeps is written
    back byte for byte."""
    elements = ds._dict  # noqa: SLF001
    for tag, elem in as_read.items():
        if elements.get(tag) is not elem:
            elements[tag] = elem


def deidentify_file(
    data: bytes,
    key: PseudonymKey,
    options: ProfileOptions,
    ocr: Any,
    out_root: str,
    durable: bool = True,
) -> dict[str, Any]:
    """One bronze file → the written de-identified file and the header fields the silver
    row is computed from; or raise Rejected.

    ``durable=False`` leaves the file's fsync to the caller (`objects.make_durable` on the
    returned ``object_uri``s, once per batch), who must call it before any row naming the
    file can be committed."""
    import pydicom

    from ozero import objects
    from ozero.deid.dicom import DeidConfig, deidentify
    from ozero.deid.pseudonym import pseudonymise

    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
        as_read = dict(ds._dict)  # noqa: SLF001 - see `_unread` below
        check_whole(ds)
    except Rejected:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure is a reason, not a crash
        raise Rejected(f"unreadable DICOM ({type(exc).__name__})") from None
    if pseudonymise(_str(ds, "PatientID").rstrip(" "), key, PATIENT_DOMAIN) is None:
        raise Rejected("PatientID has no digits: not an ENP")
    header: dict[str, Any] = {k: _text(ds, k) for k in HEADER_FIELDS if k[0].isupper()}
    header.update(
        StudyDate=_iso(_str(ds, "StudyDate")), PatientBirthDate=_iso(_str(ds, "PatientBirthDate"))
    )
    name = _str(ds, "PatientName")
    header["patient_family"] = name.split("^")[0].strip() or None
    header["image_position_z"] = _position_z(ds)
    numbers = {k: _number(ds, k) for k in NUMBER_FIELDS}
    identifiers = known_identifiers(ds)
    _unread(ds, as_read)
    config = DeidConfig(key=key, options=options, ocr=ocr, patient_domain=PATIENT_DOMAIN)
    result = deidentify(ds, config)
    report = result.report
    if result.dataset is None:
        raise Rejected(report.reason or "quarantined by the DICOM de-identifier")
    out = result.dataset
    front, tail = serialize(out, data, as_read)  # once: checked, hashed and written as is
    if tail:  # the pixel data value is all the tail holds besides its tag and length
        left = residual_in_header(front, out, identifiers)
    else:
        left = residual_in_file(front, out, identifiers)
    if left:
        raise Rejected(f"identifier still present after de-identification in {sorted(left)}")
    study, series, sop = (
        _str(out, k) for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID")
    )
    uri = f"{out_root}/{study}/{series}/{sop}.dcm"
    objects.put(uri, [front, tail] if tail else front, durable=durable)
    digest = hashlib.sha256(front)
    if tail:
        digest.update(tail)
    # descriptions as the de-identified file has them (Clean Descriptors); numbers as read
    header.update(SeriesDescription=_text(out, "SeriesDescription"))
    header.update(StudyDescription=_text(out, "StudyDescription"))
    return {
        **header,
        **numbers,
        "at_risk": report.at_risk or None,
        "burned_in": report.burned_in or "not at risk",
        "object_uri": uri,
        "size_bytes": len(front) + len(tail),
        "deid_sha256": digest.hexdigest(),
    }


def _deidentify_batches(key: PseudonymKey, options: ProfileOptions, out_root: str):
    """The mapInPandas function: bronze rows → RESULT_SCHEMA rows (one per bronze row).

    Durability: a silver row must never name a file a power failure could lose. Files are
    written without their own fsync and made durable together (`objects.make_durable`, files
    then folders) before the batch's rows are yielded; rows reach the Delta commit only
    after that, on the driver. A failed flush fails the task, so no row of it is committed.
    """
    secret, key_id = key.secret, key.key_id

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.deid.dicom import tesseract_ocr
        from ozero.deid.keys import PseudonymKey

        worker_key = PseudonymKey(key_id=key_id, secret=secret)
        ocr = tesseract_ocr()  # None when missing: at-risk instances are then quarantined
        names = RESULT_SCHEMA.fieldNames()
        for batch in batches:
            out = [
                _one_row(row, names, worker_key, options, ocr, out_root)
                for row in batch.itertuples(index=False)
            ]
            objects.make_durable([r["object_uri"] for r in out if r["object_uri"]])
            yield pd.DataFrame(out, columns=names)

    return run


def _one_row(
    row: Any, names: list[str], key: PseudonymKey, options: ProfileOptions, ocr: Any, out_root: str
) -> dict[str, Any]:
    """One bronze row → its RESULT_SCHEMA record (the file written, not yet durable), or the
    reason it cannot go to silver."""
    rec: dict[str, Any] = dict.fromkeys(names)
    rec.update(_sha256=row.sha256, _batch_id=row.batch_id, _item=None)
    try:
        data = objects.get(str(row.object_uri))
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise Rejected("bronze file does not match its sha256 (changed on disk)")
        rec.update(deidentify_file(data, key, options, ocr, out_root, durable=False))
    except Rejected as exc:
        rec.update(_error=str(exc), _details=[f"bronze object {row.object_uri}"])
    except OSError as exc:
        rec.update(_error=f"bronze file unreadable ({type(exc).__name__})")
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the run
        rec.update(_error=f"de-identification failed ({type(exc).__name__})")
    return rec


# --- the run (driver) -------------------------------------------------------------------------


def _series_and_studies(ctx: CurationContext, fresh: DataFrame) -> tuple[DataFrame, DataFrame]:
    """Series and studies touched by this run, re-counted from all their silver instances."""
    instances = lake.read(ctx.spark, INSTANCES)
    touched = instances.join(
        fresh.select("series_instance_uid").distinct(), "series_instance_uid", "left_semi"
    )
    series = touched.groupBy("series_instance_uid").agg(
        *[
            F.first(c, ignorenulls=True).alias(c)
            for c in (
                "study_instance_uid",
                "patient_pid",
                "modality",
                "body_part",
                "series_number",
                "series_description",
                "deid_key_id",
            )
        ],  # fmt: skip
        F.count("*").cast("int").alias("instance_count"),
    )
    in_studies = instances.join(
        fresh.select("study_instance_uid").distinct(), "study_instance_uid", "left_semi"
    )
    studies = in_studies.groupBy("study_instance_uid").agg(
        *[
            F.first(c, ignorenulls=True).alias(c)
            for c in (
                "patient_pid",
                "accession_pid",
                "patient_sex",
                "patient_age_band",
                "study_date",
                "study_description",
                "deid_key_id",
            )
        ],  # fmt: skip
        F.sort_array(F.collect_set("modality")).alias("modalities"),
        F.sort_array(F.collect_set("body_part")).alias("body_parts"),
        F.countDistinct("series_instance_uid").cast("int").alias("series_count"),
        F.count("*").cast("int").alias("instance_count"),
    )
    return series, studies


def _quarantine_failed(ctx: CurationContext, results: DataFrame, bronze: DataFrame) -> int:
    """The instances that failed de-identification → quarantine (stage "deidentify").

    Runs on a thread beside the silver landing: both only read the checkpointed results,
    and each is a chain of small Spark jobs and Delta commits that leaves a core idle (on 2
    cores the MERGE took 2.4 s of a 38 s curate). A commit race between the two (the
    landing's validation quarantine goes to the same partition) is retried like any other
    (`lake.with_conflict_retries`)."""
    return quarantine_failures(
        ctx,
        results.where(F.col("_error").isNotNull()),
        bronze,
        source_table=SOURCE,
        target_table=INSTANCES,
        stage="deidentify",
    )


def _land_series_and_studies(
    ctx: CurationContext, series: DataFrame, studies: DataFrame
) -> list[TableReport]:
    """Land SERIES and STUDIES on two threads (their reports in that order).

    Each landing is a chain of small Spark jobs and Delta commits run from the driver (conform
    and count, GX, MERGE, validation quarantine) that leaves a core idle; the two tables are
    different Delta tables, GX validations take turns (`quality.validate`), and a commit race
    on the quarantine partition they share (both name INSTANCES as their source) is retried
    (`lake.with_conflict_retries`). Both are waited for before this returns, so nothing is
    left running; a failure raises what it raised, the series' first when both fail (the
    order the landings ran in before); the other table's rows are then in it whole or not at
    all (one MERGE), as a re-run would leave them. The two validations may reach
    `ctx.validations` (the Data Docs) in either order."""
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pacs-land") as pool:
        landings = [
            pool.submit(land, ctx, table, frame, source_table=INSTANCES, deidentify=False)
            for table, frame in ((SERIES, series), (STUDIES, studies))
        ]
        wait(landings)
    return [landing.result() for landing in landings]


def curate_imaging(ctx: CurationContext) -> CurateReport:
    """New bronze instances → de-identified files + silver rows; failures → quarantine."""
    spark = ctx.spark
    key = ctx.require_key()
    report = CurateReport(INSTANCES, ctx.run_id)
    bronze = new_records(ctx, SOURCE, (INSTANCES,)).cache()
    report.bronze_new = bronze.count()
    if report.bronze_new == 0:
        bronze.unpersist()
        return report
    options = profile_options()
    out_root = objects.object_uri("silver", "objects", "dicom")
    cores = spark.sparkContext.defaultParallelism
    tasks = max(1, min(report.bronze_new, cores * TASKS_PER_CORE))
    results = (
        bronze.select("object_uri", "sha256", "batch_id")
        .repartition(tasks, "sha256")
        .mapInPandas(_deidentify_batches(key, options, out_root), RESULT_SCHEMA)
        .localCheckpoint(eager=True)  # files are written once; both branches reuse the rows
        .coalesce(cores)  # the rows are few: the landing's many small jobs need no more
    )
    good = results.where(F.col("_error").isNull()).drop(*FAILURE)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pacs-quarantine") as pool:
        failed = pool.submit(_quarantine_failed, ctx, results, bronze)
        report.add(land(ctx, INSTANCES, good, source_table=SOURCE))
        report.quarantined_parse = failed.result()
    report.deid = {
        **report.deid,
        "dicom_profile": load_contract(INSTANCES).dicom_profile,
        "options": [m for _c, m in options.codes()],
    }
    if report.written:
        # this run's instances by the checkpointed results, not by `bronze`: the MERGE into
        # INSTANCES invalidates every cached plan that reads it, and `bronze` (new = not yet
        # in INSTANCES), read again, holds nothing
        landed = lake.read(spark, INSTANCES).join(
            good.select("_sha256").distinct(), "_sha256", "left_semi"
        )
        series, studies = _series_and_studies(ctx, landed)
        for derived in _land_series_and_studies(ctx, series, studies):
            report.add(derived, False)
        burned = good.groupBy("burned_in").count().collect()
        report.deid["burned_in"] = {r["burned_in"]: r["count"] for r in burned}
    if ctx.rebuild:
        report.deid["stale_files_removed"] = prune_unreferenced_files(ctx, out_root)
    bronze.unpersist()
    return report


def prune_unreferenced_files(ctx: CurationContext, out_root: str) -> int:
    """After a key rotation, remove de-identified files made under the old key (local lakes).

    They hold no identifiers, but their UIDs are old-key pseudonyms that silver no longer
    references; keeping them would let the two keys' outputs be linked.
    """
    if not lake.is_local():
        log.warning("stale DICOM objects under %s are not pruned on remote storage", out_root)
        return 0
    referenced = {
        lake.local_path(r["object_uri"]).resolve()
        for r in lake.read(ctx.spark, INSTANCES).select("object_uri").collect()
    }
    removed = 0
    for path in lake.local_path(out_root).rglob("*.dcm"):
        if path.resolve() not in referenced:
            path.unlink()
            removed += 1
    return removed
