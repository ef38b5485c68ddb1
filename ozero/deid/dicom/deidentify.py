"""One dataset in, the de-identified dataset and a per-file action report out (no I/O).

The walk decides by tag from the Table E.1-1 action map and touches only what it must:
elements that are kept stay undecoded raw bytes, which is what makes this about as fast as
reading and writing the file. Reports carry tags and keywords, never values.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from pydicom import config as pydicom_config
from pydicom.charset import encode_string
from pydicom.datadict import DicomDictionary, dictionary_VR, keyword_for_tag
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.hooks import hooks as pydicom_hooks
from pydicom.hooks import raw_element_value
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.values import convert_value

from ozero.deid.dates import date_shift_days
from ozero.deid.dicom.burned_in import OcrEngine, at_risk_reason, check_and_redact
from ozero.deid.dicom.profile import (
    CODE_CLEAN_PIXEL,
    CODE_MODIFIED_DATES,
    ProfileOptions,
    action_table,
)
from ozero.deid.dicom.uids import KEEP_UID_KEYWORDS, UidMapper
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

PATIENT_DOMAIN = "dicom-patient"
STUDY_DOMAIN = "dicom-study"
METHOD_PREFIX = "OZERO PS3.15 E.1-1"

Cleaner = Callable[[str, frozenset[str]], str]

_TEXT_VRS = frozenset({"LO", "SH", "LT", "ST", "UT", "UC", "CS", "AE", "PN"})
_FREE_TEXT_VRS = frozenset({"LO", "SH", "LT", "ST", "UT", "UC"})
_DUMMY_BY_VR = {
    "DA": "19000101",
    "DT": "19000101000000",
    "TM": "000000",
    "AS": "000D",
    "IS": "0",
    "DS": "0",
    "PN": "DEIDENTIFIED",
    "CS": "DEIDENTIFIED",
}
# the text VRs besides PN whose character set is the dataset's (pydicom's CUSTOMIZABLE_CHARSET_VR)
_CHARSET_TEXT_VRS = frozenset({"LO", "SH", "UC", "LT", "ST", "UT"})
_NUMERIC_VRS = frozenset({"US", "SS", "UL", "SL", "FL", "FD", "UV", "SV"})
_DATEISH = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{5,}\b")
_KEEP_UID_TAGS = frozenset(
    tag for tag, entry in DicomDictionary.items() if entry[4] in KEEP_UID_KEYWORDS
)
_PATIENT_ID = 0x00100020
_PATIENT_NAME = 0x00100010


_QUIET_DEPTH = [0]


@contextmanager
def quiet_pydicom() -> Iterator[None]:
    """Silence pydicom's value validation: its warnings and log lines quote the values.

    Invalid values are common in real archives and are replaced or removed here anyway;
    what must not happen is an original UID or name reaching a log. Re-entrant: a tree run
    sets it once, not once per file.
    """
    if _QUIET_DEPTH[0]:
        _QUIET_DEPTH[0] += 1
        try:
            yield
        finally:
            _QUIET_DEPTH[0] -= 1
        return
    settings = pydicom_config.settings
    saved = settings.reading_validation_mode, settings.writing_validation_mode
    logger = logging.getLogger("pydicom")
    level = logger.level
    settings.reading_validation_mode = pydicom_config.IGNORE
    settings.writing_validation_mode = pydicom_config.IGNORE
    logger.setLevel(logging.ERROR)
    _QUIET_DEPTH[0] += 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        _QUIET_DEPTH[0] -= 1
        settings.reading_validation_mode, settings.writing_validation_mode = saved
        logger.setLevel(level)


def default_cleaner(text: str, identifiers: frozenset[str]) -> str:
    """Clean a descriptor: drop this dataset's own identifiers, dates and long numbers.

    Conservative and fast; it cannot find a third party's name in free text. Plug a stronger
    engine (e.g. ``ozero.deid.text``) through :class:`DeidConfig.cleaner` where needed.
    """
    out = _DATEISH.sub("*", text)
    if not _any_identifier(out, identifiers):
        return out  # what the alternation's ``sub`` returns when it matches nowhere
    pattern = _identifier_pattern(identifiers)
    return pattern.sub("*", out) if pattern is not None else out


def _any_identifier(text: str, identifiers: frozenset[str]) -> bool:
    """Whether `_identifier_pattern` matches anywhere in ``text``: exactly when one of its
    alternatives does, each searched with its own case-insensitive pattern, compiled once per
    identifier (names, the institution, the address recur across a patient's and a site's
    files, where the whole alternation — ~2 ms to compile — differs per study)."""
    return any(_token_pattern(token).search(text) for token in identifiers)


@lru_cache(maxsize=4096)
def _token_pattern(token: str) -> re.Pattern[str]:
    return re.compile(re.escape(token), re.IGNORECASE)


@lru_cache(maxsize=256)
def _identifier_pattern(identifiers: frozenset[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation per file's identifiers (longest first), compiled once."""
    if not identifiers:
        return None
    tokens = sorted(identifiers, key=lambda t: (-len(t), t))
    return re.compile("|".join(map(re.escape, tokens)), re.IGNORECASE)


@dataclass(frozen=True)
class DeidConfig:
    """Everything that decides the output: key, options, OCR engine (None = unavailable)."""

    key: PseudonymKey
    options: ProfileOptions = ProfileOptions()
    ocr: OcrEngine | None = None
    cleaner: Cleaner = default_cleaner
    max_shift_days: int = 180
    max_ocr_frames: int = 64
    # The pseudonym domain of PatientID. The lake passes "enp" (PatientID is the ENP), so a
    # file's PatientID and date shift are the patient's lake-wide ones; standalone use keeps
    # a DICOM-only domain that links nothing outside the tree.
    patient_domain: str = PATIENT_DOMAIN


@dataclass
class FileReport:
    """What was done to one file: status, reason, and the tags per action (no values)."""

    status: str = "deidentified"
    reason: str = ""
    at_risk: str = ""
    burned_in: str = ""
    date_basis: str = ""
    actions: dict[str, set[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def note(self, action: str, tag: int) -> None:
        self.counts[action] = self.counts.get(action, 0) + 1
        self.actions.setdefault(action, set()).add(_label(tag))

    def as_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "reason": self.reason,
            "at_risk": self.at_risk,
            "burned_in": self.burned_in,
            "date_basis": self.date_basis,
            "counts": dict(sorted(self.counts.items())),
            "actions": {k: sorted(v) for k, v in sorted(self.actions.items())},
        }


@lru_cache(maxsize=4096)
def _label(tag: int) -> str:
    return keyword_for_tag(tag) or f"{tag:08X}"


@dataclass
class DeidResult:
    """The de-identified dataset (None when quarantined) and its report."""

    dataset: Dataset | None
    report: FileReport


class _Walker:
    """Applies an action map to a dataset tree; state is per file (identifiers, shift).

    Speed: it works on ``Dataset._dict`` and rewrites still-undecoded raw elements as raw
    bytes (emptied, dummy or remapped UIDs), so pydicom never converts a value it would only
    have to encode again; elements that are kept are never touched.
    """

    def __init__(self, config: DeidConfig, uids: UidMapper, report: FileReport) -> None:
        self.config = config
        self.actions = _action_map(config.options)
        self.uids = uids
        self.report = report
        self.shift: int | None = None
        self.identifiers: frozenset[str] = frozenset()
        self.safe_private = config.options.safe_private
        self.structured = 0  # depth inside a Clean Structured Content / Clean Graphics sequence

    def walk(self, ds: Dataset) -> None:
        actions = self.actions
        elements = ds._dict  # noqa: SLF001 - see the class docstring
        for tag in list(elements):
            t = int(tag)
            group = t >> 16
            if group & 1:
                self._private(ds, tag, t)
                continue
            if t & 0xFFFF == 0 or (group & 0xFF00) in (0x5000, 0x6000):
                del ds[tag]  # group lengths (recomputed), curves and overlays
                self.report.note("X", t)
                continue
            elem = elements[tag]
            vr = _elem_vr(elem, t)
            action = actions.get(t)
            if action is None:
                self._unlisted(ds, tag, t, elem, vr)
            elif action == "K":
                if vr == "SQ":
                    self._recurse(ds, tag)
            else:
                self._apply(ds, tag, t, elem, vr, action)

    def _private(self, ds: Dataset, tag: BaseTag, t: int) -> None:
        if self.safe_private and (t & 0xFFFF) >= 0x1000:
            creator_tag = (t & 0xFFFF0000) | ((t >> 8) & 0xFF)
            creator = str(ds[creator_tag].value).strip() if creator_tag in ds else ""
            if (creator, t & 0xFF) in self.safe_private:
                self.report.note("K", t)
                return
        if self.safe_private and 0x0010 <= (t & 0xFFFF) <= 0x00FF:
            return  # private creators are dropped at the end if nothing they own is kept
        del ds[tag]
        self.report.counts["private_removed"] = self.report.counts.get("private_removed", 0) + 1

    def _unlisted(self, ds: Dataset, tag: BaseTag, t: int, elem: object, vr: str) -> None:
        if not _known(t):
            del ds[tag]  # unknown public attribute: its meaning, hence its risk, is unknown
            self.report.note("X", t)
        elif vr == "SQ":
            self._recurse(ds, tag)
        elif vr == "UI":
            if t not in _KEEP_UID_TAGS:
                self._replace_uids(ds, tag, elem)
        elif vr == "PN":
            self._empty(ds, tag, t, elem, vr)  # any person's name outside the table: emptied
            self.report.note("Z", t)
        elif self.structured and vr in _FREE_TEXT_VRS:
            self.report.note(self._clean(ds, tag, vr), t)  # SR text values, annotation text

    def _apply(self, ds: Dataset, tag: BaseTag, t: int, elem: object, vr: str, action: str) -> None:
        if action == "X":
            del ds[tag]
        elif vr == "SQ":
            if action in ("Z", "D"):
                ds._dict[tag] = DataElement(t, vr, Sequence())  # noqa: SLF001
            elif action == "C":
                self.structured += 1
                self._recurse(ds, tag)
                self.structured -= 1
            else:
                self._recurse(ds, tag)
        elif action == "U" or vr == "UI":
            self._replace_uids(ds, tag, elem)
            action = "U"
        elif action == "Z":
            self._empty(ds, tag, t, elem, vr)
        elif action == "D":
            self._dummy(ds, tag, t, elem, vr)
        elif action == "C":
            action = self._clean(ds, tag, vr)
        self.report.note(action, t)

    def _empty(self, ds: Dataset, tag: BaseTag, t: int, elem: object, vr: str) -> None:
        if type(elem) is RawDataElement:
            ds._dict[tag] = elem._replace(value=b"", length=0)  # noqa: SLF001
        else:
            ds._dict[tag] = DataElement(t, vr, None)  # noqa: SLF001

    def _dummy(self, ds: Dataset, tag: BaseTag, t: int, elem: object, vr: str) -> None:
        value = _dummy(vr)
        if type(elem) is RawDataElement and isinstance(value, str):
            raw = _pad(value.encode("ascii"), b" ")
            ds._dict[tag] = elem._replace(value=raw, length=len(raw))  # noqa: SLF001
        else:
            ds._dict[tag] = DataElement(t, vr, value)  # noqa: SLF001

    def _set(self, ds: Dataset, t: int, vr: str, value: object) -> None:
        ds[t] = DataElement(t, vr, value)

    def _recurse(self, ds: Dataset, tag: BaseTag) -> None:
        for item in ds[tag].value or ():
            self.walk(item)

    def _replace_uids(self, ds: Dataset, tag: BaseTag, elem: object) -> None:
        if type(elem) is RawDataElement:
            value = elem.value
            if not value:
                return
            parts = value.decode("ascii", "replace").split("\\")
            raw = _pad("\\".join(self.uids(u) for u in parts).encode("ascii"), b"\x00")
            ds._dict[tag] = elem._replace(value=raw, length=len(raw))  # noqa: SLF001
            return
        elem = ds[tag]
        if elem.VM == 0:
            return
        if elem.VM > 1:
            elem.value = [self.uids(u) for u in elem.value]
        else:
            elem.value = self.uids(elem.value)

    def _clean(self, ds: Dataset, t: int, vr: str) -> str:
        """C: dates are shifted, times kept, free text cleaned; returns the action taken."""
        raw = ds.get_item(t)
        if vr in ("DA", "DT"):
            if self.shift is None:
                self._set(ds, t, vr, None)
                return "Z"
            if type(raw) is RawDataElement:
                return self._shift_raw(ds, t, raw, vr)
            elem = ds[t]
            values = elem.value if elem.VM > 1 else [elem.value]
            shifted = [_shift(str(v), self.shift, vr) for v in values if v]
            if any(s is None for s in shifted):
                self._set(ds, t, vr, None)
                return "Z"
            elem.value = shifted if len(shifted) != 1 else shifted[0]
            return "C"
        if vr == "TM":
            return "K"
        if vr in _TEXT_VRS and type(raw) is RawDataElement and _plain_ascii(raw.value or b""):
            return self._clean_raw_text(ds, raw, vr)
        if (
            vr in _CHARSET_TEXT_VRS
            and type(raw) is RawDataElement
            and self._clean_leaves_as_read(ds, raw, vr)
        ):
            return "C"
        elem = ds[t]
        if vr in _TEXT_VRS and elem.VM:
            values = elem.value if elem.VM > 1 else [elem.value]
            cleaned = [self.config.cleaner(str(v), self.identifiers) for v in values]
            elem.value = cleaned if len(cleaned) != 1 else cleaned[0]
            return "C"
        return "K"

    def _clean_raw_text(self, ds: Dataset, raw: RawDataElement, vr: str) -> str:
        """Clean plain-ASCII text straight from its bytes; falls back if the result is not."""
        text = (raw.value or b"").decode("ascii")
        if vr in ("LT", "ST", "UT"):
            values = [text.rstrip("\x00 ")]  # single-valued; leading spaces are significant
        else:
            values = [v.strip("\x00 ") for v in text.split("\\")]
        if not any(values):
            return "C"
        cleaned = "\\".join(self.config.cleaner(v, self.identifiers) for v in values)
        if not cleaned.isascii():
            elem = ds[raw.tag]  # a custom cleaner wrote non-ASCII: let pydicom encode it
            multi = "\\" in cleaned and vr not in ("LT", "ST", "UT")
            elem.value = cleaned.split("\\") if multi else cleaned
            return "C"
        value = _pad(cleaned.encode("ascii"), b" ")
        ds._dict[raw.tag] = raw._replace(value=value, length=len(value))  # noqa: SLF001
        return "C"

    def _clean_leaves_as_read(self, ds: Dataset, raw: RawDataElement, vr: str) -> bool:
        """Whether cleaning non-ASCII text (Cyrillic descriptors under ISO_IR 192 or 144)
        changes nothing, so the raw element can stay as read: the value decoded as pydicom
        decodes it (its own converter, the dataset's one character set) is what the cleaner
        returns, and pydicom would encode it back to these very bytes. Then the element the
        pydicom route (`_clean` below) leaves — decoded, cleaned, re-encoded at write time —
        is written as exactly these bytes. False (take that route) otherwise: a changed value,
        an empty one, code extensions (ESC), several character sets."""
        value = raw.value
        if vr != raw.VR or not value or raw.length != len(value) or b"\x1b" in value:
            return False
        encodings = _encodings(ds)  # what pydicom decodes the element with
        if len(encodings) != 1:
            return False
        decoded = decoded_text(ds, raw)
        if isinstance(decoded, str):
            values = [decoded]
        elif isinstance(decoded, MultiValue | list | tuple):
            values = [str(v) for v in decoded]
        else:
            return False  # not converted here (None), or not text
        if not decoded or [self.config.cleaner(v, self.identifiers) for v in values] != values:
            return False
        encoded = b"\\".join(encode_string(v, encodings) for v in values)
        return _pad(encoded, b" ") == value

    def _shift_raw(self, ds: Dataset, t: int, raw: RawDataElement, vr: str) -> str:
        """Shift DA/DT values straight from their ASCII bytes (no pydicom round trip)."""
        assert self.shift is not None
        text = (raw.value or b"").decode("ascii", "replace").strip("\x00 ")
        shifted = [_shift(v, self.shift, vr) for v in text.split("\\") if v.strip()]
        if any(v is None for v in shifted):
            self._set(ds, t, vr, None)
            return "Z"
        value = _pad("\\".join(v for v in shifted if v).encode("ascii"), b" ")
        ds._dict[raw.tag] = raw._replace(value=value, length=len(value))  # noqa: SLF001
        return "C"


def _action_map(options: ProfileOptions) -> dict[int, str]:
    table = _ACTION_CACHE.get(options)
    if table is None:
        table = _ACTION_CACHE[options] = action_table(options)
    return table


_ACTION_CACHE: dict[ProfileOptions, dict[int, str]] = {}


def _pad(value: bytes, pad: bytes) -> bytes:
    return value + pad if len(value) % 2 else value


@lru_cache(maxsize=65536)
def _known(t: int) -> bool:
    """A public tag of the data dictionary (repeating groups included)."""
    return t in DicomDictionary or _dict_vr(t) != "UN"


@lru_cache(maxsize=65536)
def _dict_vr(t: int) -> str:
    try:
        return dictionary_VR(t).split(" ")[0]
    except KeyError:
        return "UN"


def _elem_vr(elem: DataElement | RawDataElement, t: int) -> str:
    """VR without decoding the value; implicit VR or UN of a known tag: the dictionary's."""
    vr = elem.VR
    if vr and vr != "UN":
        return vr
    return _dict_vr(t)


def _dummy(vr: str) -> object:
    if vr in _NUMERIC_VRS:
        return 0
    if vr in ("OB", "OW", "OF", "OD", "OL", "OV", "UN"):
        return b"\x00\x00"
    return _DUMMY_BY_VR.get(vr, "DEIDENTIFIED")


def _parse_da(text: str) -> date | None:
    digits = text.replace(".", "").strip()
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _shift(value: str, days: int, vr: str) -> str | None:
    """DA or DT shifted by whole days; the time part of a DT is kept. None if unparseable."""
    value = value.strip()
    head, tail = (value, "") if vr == "DA" else (value[:8], value[8:])
    if vr == "DT" and len(head) < 8:
        return None
    parsed = _parse_da(head)
    if parsed is None:
        return None
    return (parsed + timedelta(days=days)).strftime("%Y%m%d") + tail


def _identifiers(ds: Dataset) -> frozenset[str]:
    """This dataset's own identifier strings, for cleaning descriptors (tokens of 2+ chars)."""
    found: set[str] = set()
    for tag in _IDENTIFIER_TAGS:
        elem = ds.get_item(tag)
        if elem is None:
            continue
        raw = elem.value
        values: Iterable[object]
        if isinstance(raw, bytes) and _plain_ascii(raw):
            values = raw.decode("ascii").split("\\")
        elif (decoded := decoded_text(ds, elem)) is not None:
            values = decoded if isinstance(decoded, list | tuple) else [decoded]
        else:
            value = ds[tag].value
            ds._dict[BaseTag(tag)] = elem  # noqa: SLF001 - keep it as read: decoded, it would be re-encoded
            if value is None:
                continue
            values = value if isinstance(value, list | tuple) else [value]
        for v in values:
            found.update(t for t in _TOKEN_SPLIT.split(str(v)) if len(t) >= 2)
    return frozenset(found)


def decoded_text(ds: Dataset, elem: DataElement | RawDataElement) -> object:
    """``ds[elem.tag].value`` for a raw text element read explicit VR, converted as pydicom's
    own ``raw_element_value`` hook converts it (`convert_value` under the dataset's character
    set) without building and caching the element; None for anything else (another VR, a
    VR of UN, a changed hook), which pydicom then converts."""
    vr = elem.VR
    if type(elem) is not RawDataElement or vr not in _DECODED_VRS or not elem.value:
        return None
    if pydicom_hooks.raw_element_value is not raw_element_value:
        return None
    value = convert_value(vr, elem, _encodings(ds))
    return None if value is None else value


def _encodings(ds: Dataset) -> list[str]:
    """``ds._character_set`` as a list: the parent's encoding when the dataset names none,
    else remembered per raw Specific Character Set value (pydicom looks the element up,
    converts it and the terms on every call)."""
    elem = ds._dict.get(_CHARSET_TAG)  # noqa: SLF001
    encodings: str | list[str] | tuple[str, ...]
    if elem is None:
        encodings = ds._parent_encoding  # noqa: SLF001 - what _character_set returns then
    elif type(elem) is RawDataElement and elem.value:
        cached = _ENCODINGS.get(elem.value)
        if cached is None:
            if len(_ENCODINGS) > 64:
                _ENCODINGS.clear()
            cached = _ENCODINGS[elem.value] = tuple(ds._character_set)  # noqa: SLF001
        encodings = cached
    else:
        encodings = ds._character_set  # noqa: SLF001
    return [encodings] if isinstance(encodings, str) else list(encodings)


_CHARSET_TAG = BaseTag(0x00080005)
_ENCODINGS: dict[bytes, tuple[str, ...]] = {}


_DECODED_VRS = _CHARSET_TEXT_VRS | {"PN"}


# Patient Name, ID, Other IDs, Accession Number, Birth Date, Address, Institution Name,
# Referring Physician, Mother's Birth Name.
_IDENTIFIER_TAGS = (0x00100010, 0x00100020, 0x00101000, 0x00080050, 0x00100030, 0x00101040,
                    0x00080080, 0x00080090, 0x00101060)  # fmt: skip
_TOKEN_SPLIT = re.compile(r"[\s^,=]+")


def _plain_ascii(raw: bytes) -> bool:
    """ASCII without ESC: the same text under every character set (ISO 2022 uses ESC)."""
    return raw.isascii() and b"\x1b" not in raw


def method_codes(
    options: ProfileOptions, clean_pixels: bool, shifted: bool
) -> list[tuple[str, str]]:
    """The CID 7050 codes that are true of one output file, in code order.

    Modified Dates is claimed only when dates were shifted (with no basis they are emptied,
    which is the Basic Profile); Clean Pixel Data only when the pixels were checked.
    """
    codes = [c for c in options.codes() if shifted or c != CODE_MODIFIED_DATES]
    if clean_pixels:
        codes.append(CODE_CLEAN_PIXEL)
    return sorted(codes)


def _put(ds: Dataset, t: int, vr: str, value: object) -> None:
    """Set an element without pydicom's keyword and validation machinery (hot path)."""
    ds._dict[BaseTag(t)] = DataElement(t, vr, value)  # noqa: SLF001


def _set_method(ds: Dataset, config: DeidConfig, clean_pixels: bool, shifted: bool) -> None:
    codes = method_codes(config.options, clean_pixels, shifted)
    _put_text(ds, 0x00120062, "CS", "YES")  # Patient Identity Removed
    method = [f"{METHOD_PREFIX} key {config.key.key_id}"[:64]] + [m[:64] for _c, m in codes]
    _put_text(ds, 0x00120063, "LO", "\\".join(method))  # De-identification Method
    encoding = ds.original_encoding
    items = [_code_item(code, meaning, encoding) for code, meaning in codes]
    _put(ds, 0x00120064, "SQ", Sequence(items))  # De-identification Method Code Sequence
    # Longitudinal Temporal Information Modified
    _put_text(ds, 0x00280303, "CS", "MODIFIED" if shifted else "REMOVED")


_ITEM_TEMPLATE = Dataset()


def _code_item(code: str, meaning: str, encoding: tuple[bool | None, bool | None]) -> Dataset:
    """A Code Sequence item. Cloned from an empty Dataset's state rather than constructed:
    ``Dataset()`` runs a dozen validating ``__setattr__`` calls, a real cost at 1-9 per file.

    ``encoding`` is the parent's as read (implicit VR, little endian): marked as read that
    way, the item's raw ASCII elements are written as they are, not decoded and re-encoded
    (ASCII text has the same bytes under every transfer syntax and character set)."""
    item = Dataset.__new__(Dataset)
    state = dict(_ITEM_TEMPLATE.__dict__)
    state.update(_dict={}, _private_blocks={}, _pixel_id={}, _pixel_array_opts={"use_pdh": False})
    if None not in encoding:
        state.update(_read_implicit=encoding[0], _read_little=encoding[1])
        state.update(_read_charset=state["_parent_encoding"])
    item.__dict__.update(state)
    _put_text(item, 0x00080100, "SH", code)
    _put_text(item, 0x00080102, "SH", "DCM")
    _put_text(item, 0x00080104, "LO", meaning)
    return item


def _put_text(ds: Dataset, t: int, vr: str, text: str) -> None:
    """An ASCII string element as raw bytes: same on every transfer syntax, nothing to encode."""
    value = _pad(text.encode("ascii"), b" ")
    tag = BaseTag(t)
    ds._dict[tag] = RawDataElement(tag, vr, len(value), value, 0, False, True)  # noqa: SLF001


_META_REMOVED = (0x00020016, 0x00020017, 0x00020018, 0x00020100, 0x00020102)


def _fix_file_meta(ds: Dataset, uids: UidMapper) -> None:
    meta = getattr(ds, "file_meta", None)
    if meta is None:
        return
    for t in _META_REMOVED:  # AE titles of source, sender and receiver; private information
        meta._dict.pop(t, None)  # noqa: SLF001
    if 0x00080018 in ds._dict:  # noqa: SLF001
        _put(meta, 0x00020003, "UI", _uid_text(ds.get_item(0x00080018)))
    elif 0x00020003 in meta._dict:  # noqa: SLF001
        _put(meta, 0x00020003, "UI", uids(_uid_text(meta.get_item(0x00020003))))


def _ascii_or_decoded(ds: Dataset, t: int) -> str:
    """A single text value: straight from raw ASCII bytes, else via pydicom's charset decoding."""
    elem = ds.get_item(t)
    if elem is None:
        return ""
    raw = elem.value
    if isinstance(raw, bytes) and raw.isascii() and b"\\" not in raw:  # same text as pydicom
        return raw.decode("ascii").strip("\x00 ")
    return str(ds[t].value or "")


def _uid_text(elem: DataElement | RawDataElement) -> str:
    value = elem.value
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip("\x00 ")
    return str(value or "")


def deidentify(ds: Dataset, config: DeidConfig, uids: UidMapper | None = None) -> DeidResult:
    """De-identify ``ds`` in place (copying would cost as much as a read) and return it.

    Pass one :class:`UidMapper` for a whole tree so its memo is shared; UIDs are the same
    either way because they depend only on the key.
    """
    with quiet_pydicom():
        return _deidentify(ds, config, uids)


def _deidentify(ds: Dataset, config: DeidConfig, uids: UidMapper | None) -> DeidResult:
    report = FileReport()
    uids = uids or UidMapper(config.key)
    report.at_risk = at_risk_reason(ds) or ""
    clean_pixels = False
    if report.at_risk:
        result = check_and_redact(ds, config.ocr, config.max_ocr_frames)
        report.burned_in = result.status
        report.counts["text_boxes"] = result.boxes
        if result.status == "quarantine":
            report.status, report.reason = "quarantined", result.reason
            return DeidResult(None, report)
        clean_pixels = result.frames > 0  # claimed only when pixels were really checked

    walker = _Walker(config, uids, report)
    patient_id = _ascii_or_decoded(ds, _PATIENT_ID).strip()
    pseudonym = pseudonymise(patient_id, config.key, config.patient_domain) if patient_id else None
    if config.options.retain_modified_dates:
        basis = pseudonym
        report.date_basis = "patient"
        if basis is None and ds.get("StudyInstanceUID"):
            basis = pseudonymise(str(ds.StudyInstanceUID), config.key, STUDY_DOMAIN)
            report.date_basis = "study"
        if basis is None:
            report.date_basis = "none: dates emptied"
        else:
            walker.shift = date_shift_days(basis, config.key, config.max_shift_days)
    opts = config.options
    if (opts.clean_descriptors or opts.retain_patient_characteristics
            or opts.clean_structured_content or opts.clean_graphics):  # fmt: skip
        walker.identifiers = _identifiers(ds)

    walker.walk(ds)
    if config.options.safe_private:
        _drop_orphan_creators(ds)
    if pseudonym is not None:
        _put_text(ds, _PATIENT_ID, "LO", pseudonym)  # a dummy value (Z allows one) that links
        _put_text(ds, _PATIENT_NAME, "PN", pseudonym)  # within the lake
    _fix_file_meta(ds, uids)
    _set_method(ds, config, clean_pixels, walker.shift is not None)
    return DeidResult(ds, report)


def _drop_orphan_creators(ds: Dataset) -> None:
    """Remove private creator elements whose block no longer holds any element."""
    tags = list(map(int, ds.keys()))
    blocks = {(t >> 16, (t >> 8) & 0xFF) for t in tags if (t >> 16) & 1 and (t & 0xFFFF) >= 0x1000}
    for t in tags:
        if (t >> 16) & 1 and 0x10 <= (t & 0xFFFF) <= 0xFF and (t >> 16, t & 0xFF) not in blocks:
            del ds[t]
