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
            m.span("value")
            for m in _ELEMENT.finditer(text)
            if m["tag"].upper() in IDENTIFYING_TAGS and m["value"].strip()
        ]
