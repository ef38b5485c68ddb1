"""HL7 v2 messages pasted into text (a LIS or MIS export, an integration log): fields found
by their place in a segment, not by a word before them.

A segment is a line opening with its three-letter ID and «|» («MSH|^~\\&|…», «PID|1||…»).
Read by position (HL7 v2.5):

* a timestamp (TS/DTM, ``YYYYMMDD[HHMM[SS]]``) in any field: its date (the first eight
  digits) is a DATE — a time of day alone says nothing; PID-7 is the birth date;
* the patient's identifiers (PID-2, PID-3, PID-4, PID-18 account, PV1-19 visit number) and
  the order's placer and filler numbers (ORC-2, ORC-3, OBR-2, OBR-3): the first component of
  each repetition is a RECORD_ID — unless its identifier type (CX-5) says it is a SNILS or
  a policy (those have their own recognizers); a passport number (``PPN``) is a PASSPORT,
  whatever its grouping («4510 123456^^^^PPN»: no passport word stands near it);
* names (PID-5, PID-6 mother's maiden name, NK1-2, PV1-7/8/9/17 doctors, ORC-12, OBR-16):
  the family and given name components are a PERSON.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import result_of

_SEGMENT = re.compile(r"(?m)^(?P<id>MSH|PID|PD1|NK1|PV1|PV2|ORC|OBR|OBX|NTE|EVN|MRG|IN1|SPM)\|.*$")
# TS/DTM: a valid calendar date, then an optional time
_TIMESTAMP = re.compile(
    r"(?P<date>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
    r"(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}(?:\.\d{1,4})?(?:[+-]\d{4})?"
)
_IDENTIFIER_FIELDS = {
    "PID": (2, 3, 4, 18),
    "PV1": (19, 50),
    "ORC": (2, 3),
    "OBR": (2, 3),
    "MRG": (1, 3),
}
_NAME_FIELDS = {"PID": (5, 6, 9), "NK1": (2,), "PV1": (7, 8, 9, 17), "ORC": (12,), "OBR": (16,)}
# identifier types (CX-5) that are no record: SNILS/SSN and policy numbers (their own
# recognizers read them), a passport (read here as one)
_OTHER_TYPES = frozenset({"SS", "PPN", "PP", "PN", "NH", "NI", "DL"})
_ID = re.compile(r"[\w./-]*\d[\w./-]*")
_PASSPORT_TYPE = "PPN"  # HL7 table 0203: passport number
_PASSPORT = re.compile(r"[\w№/ -]*\d[\w№/ -]*")
_NAME_PART = re.compile(r"[^\W\d_][^\W\d_'’ -]*(?:[ '’-][^\W\d_]+)*")


def in_segment(text: str, at: int) -> bool:
    """The line holding offset ``at`` is an HL7 segment, whose fields this module reads by
    position (a segment starts its line, as ``hl7_segments`` finds it)."""
    return bool(_SEGMENT.match(text, text.rfind("\n", 0, at) + 1))


def hl7_segments(text: str) -> list[re.Match]:
    return list(_SEGMENT.finditer(text)) if "|" in text else []


def in_hl7_timestamp(text: str, start: int, end: int) -> bool:
    """The digits text[start:end] are a whole field of an HL7 segment shaped as a timestamp
    (``LongDigitsRecognizer`` leaves it: its date is a DATE here)."""
    if not in_segment(text, start):
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before in "|^~" and after in "|^~\n\r" and bool(_TIMESTAMP.fullmatch(text, start, end))


def _fields(text: str, seg: re.Match) -> list[tuple[int, int]]:
    """(start, end) of each field; index 0 is the segment ID (for MSH, index 1 is the field
    separator itself, as HL7 counts it)."""
    spans = _split(text, seg.start(), seg.end(), "|")
    if seg["id"] == "MSH":
        spans.insert(1, (seg.start() + 3, seg.start() + 4))
    return spans


def _split(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    spans, at = [], start
    for part in text[start:end].split(sep):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    return spans


class Hl7Recognizer(LocalRecognizer):
    """Dates, identifiers and names in the fields of HL7 v2 segments."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there
    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[E.DATE, E.BIRTH_DATE, E.RECORD_ID, E.PASSPORT, E.PERSON],
            supported_language=E.LANGUAGE,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found: list[tuple[str, int, int]] = []
        for seg in hl7_segments(text):
            sid = seg["id"]
            fields = _fields(text, seg)
            for index, (fs, fe) in enumerate(fields):
                if index == 0 or (sid == "MSH" and index <= 2):
                    continue
                for rs, re_ in _split(text, fs, fe, "~"):
                    components = _split(text, rs, re_, "^")
                    for cs, ce in components:
                        ts = _TIMESTAMP.fullmatch(text, cs, ce)
                        if ts is not None and ce - cs >= 8:
                            birth = sid == "PID" and index == 7
                            found.append((E.BIRTH_DATE if birth else E.DATE, *ts.span("date")))
                    if index in _IDENTIFIER_FIELDS.get(sid, ()):
                        cs, ce = components[0]
                        kind = (
                            text[components[4][0] : components[4][1]] if len(components) > 4 else ""
                        )
                        if kind.upper() == _PASSPORT_TYPE and _PASSPORT.fullmatch(text, cs, ce):
                            found.append((E.PASSPORT, cs, ce))
                        elif kind.upper() not in _OTHER_TYPES and _ID.fullmatch(text, cs, ce):
                            found.append((E.RECORD_ID, cs, ce))
                    if index in _NAME_FIELDS.get(sid, ()):
                        found.extend(_name_parts(text, components))
        return [
            result_of(self, entity, start, end, self.SCORE)
            for entity, start, end in found
            if entity in entities and end > start
        ]


def _name_parts(text: str, components: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """XPN/XCN: a plain name in the first component («ИВАНОВ ИВАН»), or family and given
    names in the first three (an XCN opens with the person's ID)."""
    parts = [
        (s, e)
        for s, e in components[:4]
        if _NAME_PART.fullmatch(text, s, e) and any(c.isalpha() for c in text[s:e])
    ]
    if not parts:
        return []
    return [(E.PERSON, parts[0][0], parts[-1][1])] if len(parts) > 1 else [(E.PERSON, *parts[0])]
