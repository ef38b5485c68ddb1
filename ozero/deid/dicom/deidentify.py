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

from pydicom import config as pydicom_config
from pydicom.datadict import DicomDictionary, dictionary_VR, keyword_for_tag
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from ozero.deid.dates import date_shift_days
from ozero.deid.dicom.burned_in import OcrEngine, at_risk_reason, check_and_redact
from ozero.deid.dicom.profile import CODE_CLEAN_PIXEL, ProfileOptions, action_table
from ozero.deid.dicom.uids import KEEP_UID_KEYWORDS, UidMapper
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

PATIENT_DOMAIN = "dicom-patient"
STUDY_DOMAIN = "dicom-study"
METHOD_PREFIX = "OZERO PS3.15 E.1-1"

Cleaner = Callable[[str, frozenset[str]], str]

_TEXT_VRS = frozenset({"LO", "SH", "LT", "ST", "UT", "UC", "CS", "AE", "PN"})
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
_NUMERIC_VRS = frozenset({"US", "SS", "UL", "SL", "FL", "FD", "UV", "SV"})
_DATEISH = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{5,}\b")
_KEEP_UID_TAGS = frozenset(
    tag for tag, entry in DicomDictionary.items() if entry[4] in KEEP_UID_KEYWORDS
)
_PATIENT_ID = 0x00100020
_PATIENT_NAME = 0x00100010


@contextmanager
def quiet_pydicom() -> Iterator[None]:
    """Silence pydicom's value validation: its warnings and log lines quote the values.

    Invalid values are common in real archives and are replaced or removed here anyway;
    what must not happen is an original UID or name reaching a log.
    """
    settings = pydicom_config.settings
    saved = settings.reading_validation_mode, settings.writing_validation_mode
    logger = logging.getLogger("pydicom")
    level = logger.level
    settings.reading_validation_mode = pydicom_config.IGNORE
    settings.writing_validation_mode = pydicom_config.IGNORE
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        settings.reading_validation_mode, settings.writing_validation_mode = saved
        logger.setLevel(level)


def default_cleaner(text: str, identifiers: frozenset[str]) -> str:
    """Clean a descriptor: drop this dataset's own identifiers, dates and long numbers.

    Conservative and fast; it cannot find a third party's name in free text. Plug a stronger
    engine (e.g. ``ozero.deid.text``) through :class:`DeidConfig.cleaner` where needed.
    """
    out = _DATEISH.sub("*", text)
    for token in identifiers:
        out = re.sub(re.escape(token), "*", out, flags=re.IGNORECASE)
    return out


@dataclass(frozen=True)
class DeidConfig:
    """Everything that decides the output: key, options, OCR engine (None = unavailable)."""

    key: PseudonymKey
    options: ProfileOptions = ProfileOptions()
    ocr: OcrEngine | None = None
    cleaner: Cleaner = default_cleaner
    max_shift_days: int = 180
    max_ocr_frames: int = 64


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
        self.actions.setdefault(action, set()).add(keyword_for_tag(tag) or f"{tag:08X}")

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


@dataclass
class DeidResult:
    """The de-identified dataset (None when quarantined) and its report."""

    dataset: Dataset | None
    report: FileReport


class _Walker:
    """Applies an action map to a dataset tree; state is per file (identifiers, shift)."""

    def __init__(self, config: DeidConfig, uids: UidMapper, report: FileReport) -> None:
        self.config = config
        self.actions = _action_map(config.options)
        self.uids = uids
        self.report = report
        self.shift: int | None = None
        self.identifiers: frozenset[str] = frozenset()
        self.safe_private = config.options.safe_private

    def walk(self, ds: Dataset) -> None:
        actions = self.actions
        for tag in list(ds.keys()):
            t = int(tag)
            group = t >> 16
            if group & 1:
                self._private(ds, t)
                continue
            if t & 0xFFFF == 0 or (group & 0xFF00) in (0x5000, 0x6000):
                del ds[t]  # group lengths (recomputed), curves and overlays
                self.report.note("X", t)
                continue
            action = actions.get(t)
            if action is None:
                self._unlisted(ds, t)
            elif action == "K":
                if _vr(ds, t) == "SQ":
                    self._recurse(ds, t)
            else:
                self._apply(ds, t, action)

    def _vr(self, ds: Dataset, t: int) -> str:
        return _vr(ds, t)

    def _private(self, ds: Dataset, t: int) -> None:
        if self.safe_private and (t & 0xFFFF) >= 0x1000:
            creator_tag = (t & 0xFFFF0000) | ((t >> 8) & 0xFF)
            creator = str(ds[creator_tag].value).strip() if creator_tag in ds else ""
            if (creator, t & 0xFF) in self.safe_private:
                self.report.note("K", t)
                return
        if self.safe_private and 0x0010 <= (t & 0xFFFF) <= 0x00FF:
            return  # private creators are dropped at the end if nothing they own is kept
        del ds[t]
        self.report.counts["private_removed"] = self.report.counts.get("private_removed", 0) + 1

    def _unlisted(self, ds: Dataset, t: int) -> None:
        if t not in DicomDictionary and not _repeater(t):
            del ds[t]  # unknown public attribute: its meaning, hence its risk, is unknown
            self.report.note("X", t)
            return
        vr = _vr(ds, t)
        if vr == "SQ":
            self._recurse(ds, t)
        elif vr == "UI":
            if t not in _KEEP_UID_TAGS:
                self._replace_uids(ds, t)
        elif vr == "PN":
            self._set(ds, t, vr, None)  # any person's name outside the table: emptied
            self.report.note("Z", t)

    def _apply(self, ds: Dataset, t: int, action: str) -> None:
        vr = _vr(ds, t)
        if action == "X":
            del ds[t]
        elif vr == "SQ":
            if action in ("Z", "D"):
                self._set(ds, t, vr, Sequence())
            else:
                self._recurse(ds, t)
        elif action == "U" or vr == "UI":
            self._replace_uids(ds, t)
            action = "U"
        elif action == "Z":
            self._set(ds, t, vr, None)
        elif action == "D":
            self._set(ds, t, vr, _dummy(vr))
        elif action == "C":
            action = self._clean(ds, t, vr)
        self.report.note(action, t)

    def _set(self, ds: Dataset, t: int, vr: str, value: object) -> None:
        ds[t] = DataElement(t, vr, value)

    def _recurse(self, ds: Dataset, t: int) -> None:
        for item in ds[t].value or ():
            self.walk(item)

    def _replace_uids(self, ds: Dataset, t: int) -> None:
        elem = ds[t]
        if elem.VM == 0:
            return
        if elem.VM > 1:
            elem.value = [self.uids(u) for u in elem.value]
        else:
            elem.value = self.uids(elem.value)

    def _clean(self, ds: Dataset, t: int, vr: str) -> str:
        """C: dates are shifted, times kept, free text cleaned; returns the action taken."""
        elem = ds[t]
        if vr in ("DA", "DT"):
            if self.shift is None:
                self._set(ds, t, vr, None)
                return "Z"
            values = elem.value if elem.VM > 1 else [elem.value]
            shifted = [_shift(str(v), self.shift, vr) for v in values if v]
            if any(s is None for s in shifted):
                self._set(ds, t, vr, None)
                return "Z"
            elem.value = shifted if len(shifted) != 1 else shifted[0]
            return "C"
        if vr == "TM":
            return "K"
        if vr in _TEXT_VRS and elem.VM:
            values = elem.value if elem.VM > 1 else [elem.value]
            cleaned = [self.config.cleaner(str(v), self.identifiers) for v in values]
            elem.value = cleaned if len(cleaned) != 1 else cleaned[0]
            return "C"
        return "K"


def _action_map(options: ProfileOptions) -> dict[int, str]:
    return _ACTION_CACHE.setdefault(options, action_table(options))


_ACTION_CACHE: dict[ProfileOptions, dict[int, str]] = {}


def _repeater(t: int) -> bool:
    try:
        dictionary_VR(t)
    except KeyError:
        return False
    return True


def _vr(ds: Dataset, t: int) -> str:
    """VR of an element without decoding its value (implicit VR falls back to the dictionary)."""
    raw = ds.get_item(t)
    vr = getattr(raw, "VR", None)
    if vr and vr != "UN":  # UN of a known tag (e.g. a sequence written as UN): use the dictionary
        return str(vr)
    try:
        return dictionary_VR(t).split(" ")[0]
    except KeyError:
        return "UN"


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
    for keyword in ("PatientName", "PatientID", "OtherPatientIDs", "AccessionNumber",
                    "PatientBirthDate", "PatientAddress", "InstitutionName",
                    "ReferringPhysicianName", "PatientMotherBirthName"):  # fmt: skip
        value = ds.get(keyword)
        if value is None:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        for v in values:
            found.update(t for t in re.split(r"[\s^,=]+", str(v)) if len(t) >= 2)
    return frozenset(found)


def _set_method(ds: Dataset, config: DeidConfig, clean_pixels: bool, shifted: bool) -> None:
    codes = config.options.codes() + ([CODE_CLEAN_PIXEL] if clean_pixels else [])
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = [f"{METHOD_PREFIX} key {config.key.key_id}"[:64]] + [
        meaning[:64] for _code, meaning in codes
    ]
    items = []
    for code, meaning in codes:
        item = Dataset()
        item.CodeValue = code
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = meaning
        items.append(item)
    ds.DeidentificationMethodCodeSequence = Sequence(items)
    ds.LongitudinalTemporalInformationModified = "MODIFIED" if shifted else "REMOVED"


def _fix_file_meta(ds: Dataset, uids: UidMapper) -> None:
    meta = getattr(ds, "file_meta", None)
    if meta is None:
        return
    for keyword in ("SourceApplicationEntityTitle", "SendingApplicationEntityTitle",
                    "ReceivingApplicationEntityTitle", "PrivateInformationCreatorUID",
                    "PrivateInformation"):  # fmt: skip
        if keyword in meta:
            delattr(meta, keyword)
    if "SOPInstanceUID" in ds:
        meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    elif "MediaStorageSOPInstanceUID" in meta:
        meta.MediaStorageSOPInstanceUID = uids(meta.MediaStorageSOPInstanceUID)


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
        clean_pixels = True

    walker = _Walker(config, uids, report)
    patient_id = str(ds.get("PatientID", "") or "").strip()
    pseudonym = pseudonymise(patient_id, config.key, PATIENT_DOMAIN) if patient_id else None
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
    if config.options.clean_descriptors or config.options.retain_patient_characteristics:
        walker.identifiers = _identifiers(ds)

    walker.walk(ds)
    if config.options.safe_private:
        _drop_orphan_creators(ds)
    if pseudonym is not None:
        ds.PatientID = pseudonym  # a dummy value (Z allows one) that links within the lake
        ds.PatientName = pseudonym
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


def leak_pairs(ds: Dataset, actions: dict[int, str]) -> Iterable[tuple[int, str]]:
    """(tag, value) of every non-empty element whose action is not K, at any depth.

    The leak check compares these before and after; values stay in memory, never printed.
    """
    for elem in ds.iterall():
        action = actions.get(elem.tag)
        if action is None and elem.VR == "UI" and elem.tag not in _KEEP_UID_TAGS:
            action = "U"
        if action in (None, "K") or elem.VR == "SQ" or elem.value in (None, "", b""):
            continue
        yield elem.tag, str(elem.value)
