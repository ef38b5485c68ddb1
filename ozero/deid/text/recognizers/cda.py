"""Identifiers and names in a CDA document pasted into text (an SEMD as REMD stores it, a
validator's log): ``<id root="OID" extension="X"/>`` names a patient, a document or a worker
by X in the register the root names — X is the record's number, whatever the words around
it; ``<family>`` and ``<given>`` hold a person's name parts, whatever they look like.

Roots left to other readers: SNILS (1.2.643.100.3: its checksum recognizer types it) and
the register of insurers (1.2.643.5.1.13.13.99.2.183: an insurer's public code; a policy
number there still passes the ENP checksum and is found by it)."""

from __future__ import annotations

from typing import ClassVar

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import GroupRecognizer

_LEFT_TO_OTHERS = r"1\.2\.643\.100\.3|1\.2\.643\.5\.1\.13\.13\.99\.2\.183"
# (either attribute first; the number holds a digit: «extension="2690292"», «"Д-1/26"»)
_CDA_ID = re.compile(
    r"<(?:\w+:)?id\s(?![^<>]*\broot=\"(?:" + _LEFT_TO_OTHERS + r")\")[^<>]*?"
    r"\bextension=\"(?P<num>[^\"<>\n]{0,40}?\d[^\"<>\n]{0,40})\""
)


# a name part: «<family>Чемекова</family>», «<given>Анатолий Ильнурович</given>»
_CDA_NAME = re.compile(
    r"<(?P<tag>(?:\w+:)?(?:family|given))>[ \t]*(?P<name>[^<>\n]{0,60}?[^\W\d_][^<>\n]{0,60}?)"
    r"[ \t]*</(?P=tag)>"
)


class CdaNameRecognizer(GroupRecognizer):
    """A name part of a CDA person: a PERSON, whatever the dictionary says of the word."""

    ENTITY = E.PERSON
    SCORE = 0.85
    PATTERN: ClassVar[re.Pattern[str]] = _CDA_NAME
    GROUP = "name"

    def spans(self, text: str) -> list[tuple[int, int]]:
        return super().spans(text) if "</family>" in text or "</given>" in text else []


class CdaIdRecognizer(GroupRecognizer):
    """The extension of a CDA ``<id>``: a record's number in its register."""

    ENTITY = E.RECORD_ID
    SCORE = 0.6  # below a typed identifier's: a SNILS or a policy keeps the same span
    PATTERN: ClassVar[re.Pattern[str]] = _CDA_ID

    def spans(self, text: str) -> list[tuple[int, int]]:
        return super().spans(text) if "extension=" in text else []
