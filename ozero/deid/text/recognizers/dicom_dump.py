"""A DICOM header dumped as text («(0010,0020) LO [PACS5830039]», as dcmdump and PACS
viewers print it): the value of every element that PS3.15's Basic Profile removes or
replaces and that names one patient's study, series, image or order — the IDs, UIDs and
numbers of Table E.1-1 — is that patient's record. The table is read from the DICOM
de-identification profile itself (``ozero.deid.dicom.profile``), so text and files follow
one standard. Names (PN) and dates (DA) are left to the name and date recognizers; a
device's serial (kept by the Retain Device Identity option) and class UIDs (not in the
table) are things, not the patient's."""

from __future__ import annotations

import regex as re

from ozero.deid.dicom.profile import TABLE_E1_1
from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

# a keyword naming an identifier: «PatientID», «OtherPatientIDs», «StudyInstanceUID»,
# «AccessionNumber», «PlacerOrderNumberImagingServiceRequest»
_IDENTIFIER_KEYWORD = re.compile(r"(?:ID|IDs|UID|Number)(?:[A-Z]\w*)?$")


def _identifying_tags() -> frozenset[str]:
    tags = set()
    for tag, keyword, basic, _, device, _, _ in TABLE_E1_1:
        if basic == "K" or device == "K" or not _IDENTIFIER_KEYWORD.search(keyword):
            continue
        if keyword.startswith("IssuerOf"):
            continue  # «IssuerOfPatientID [1.2.643.5.1.13.13.12.2.63.6317]»: the clinic's OID
        tags.add(f"{tag >> 16:04X},{tag & 0xFFFF:04X}")
    return frozenset(tags)


IDENTIFYING_TAGS = _identifying_tags()
# «(0020,000D) UI [1.2.643…]», «(0010,0020) LO [P05526631]», «(0008,0050) [26КТ23330]»
_ELEMENT = re.compile(
    r"\((?P<tag>[0-9A-Fa-f]{4},[0-9A-Fa-f]{4})\)[ \t]*(?:[A-Z]{2}[ \t]*)?\[(?P<value>[^\]\n]+)\]"
)


class DicomDumpRecognizer(SingleEntityRecognizer):
    """The identifying elements' values of a DICOM header printed as text."""

    ENTITY = E.RECORD_ID
    SCORE = 0.85  # the standard names the element: above any reading of its digits

    def spans(self, text: str) -> list[tuple[int, int]]:
        if "[" not in text or "(" not in text:
            return []
        return [
            span
            for m in _ELEMENT.finditer(text)
            if m["tag"].upper() in IDENTIFYING_TAGS
            for span in _values(m)
        ]


def _values(element: re.Match) -> list[tuple[int, int]]:
    """Each value of a multi-valued element on its own («OtherPatientIDs [SNILS\\ENP]»:
    two identifiers, each typed by its own recognizer), blanks trimmed."""
    spans, at = [], element.start("value")
    for value in element["value"].split("\\"):
        start = at + len(value) - len(value.lstrip())
        end = at + len(value.rstrip())
        if start < end:
            spans.append((start, end))
        at += len(value) + 1
    return spans


# dcmdump's comment after a value: the value's length and multiplicity, then the keyword
# («#  30, 1 IssuerOfPatientID»); and an age string («AS [065Y]»)
_DUMP_COMMENT = re.compile(r"#[ \t]*(?P<length>\d+),[ \t]*(?P<vm>\d+)[ \t]+[A-Z]\w*")
_AGE_VALUE = re.compile(r"\bAS[ \t]*\[(?P<age>\d{3}[DWMY])\]")


def dump_measure(text: str, start: int, end: int) -> bool:
    """The span is a DICOM dump's length or multiplicity column, or an age string: never a
    record, whatever reads a number before a keyword ending in «ID» as one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = slice(line_start, len(text) if line_end < 0 else line_end)
    for pattern, groups in ((_DUMP_COMMENT, ("length", "vm")), (_AGE_VALUE, ("age",))):
        for m in pattern.finditer(text, line.start, line.stop):
            if any(m.span(g) == (start, end) for g in groups):
                return True
    return False
