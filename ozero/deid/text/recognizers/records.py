"""Document numbers without a checksum: birth certificates, case histories, accessions.

These carry no check digit, so the written marker («история болезни №», «ИБ №»,
«accession») decides; a bare number is only taken when its shape is unmistakable
(birth-certificate series «I-МЮ», accession «RX-2026-000123").
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.identifiers import FLAGS

_ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{0,3}))"
_MARKER = (
    r"(?i:истори\w+\s+болезни|(?<!\w)ИБ|амбулаторн\w*\s+карт\w*|мед(?:ицинск\w*|\.)\s+карт\w*"
    r"(?:\s+(?:стационарного|амбулаторного)\s+(?:больного|пациента))?|карт\w*\s+пациента"
    r"|accession(?:\s+number)?|номер\w*\s+исследовани\w*|№\s+исследовани\w*)"
)
_NUMERO = r"[\s:]*(?:№|N|No\.?|(?i:номер))?[\s:]*"
_RECORD = r"(?:[A-ZА-ЯЁ]{1,4}-)?\d[\d/\-]*\d|\d"
_MARKED = re.compile(rf"{_MARKER}{_NUMERO}({_RECORD})(?![\w/])")
_ACCESSION = re.compile(r"(?<![\w-])(?:RX|CT|MR|MRI|US|MG|DX|CR|NM|PT|XA)-\d{4}-\d{4,8}(?![\w-])")


class BirthCertificateRecognizer(PatternRecognizer):
    """Свидетельство о рождении: roman-numeral series, two Cyrillic capitals, six digits."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.BIRTH_CERT,
            patterns=[
                Pattern(
                    "birth_certificate",
                    rf"(?<![\w-])(?=[IVX]){_ROMAN}[\- ]?[А-ЯЁ]{{2}}\s*(?:№|N)?\s*\d{{6}}(?!\d)",
                    0.85,
                )
            ],
            context=["свидетельств", "рождени", "св-во"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )


class RecordNumberRecognizer(SingleEntityRecognizer):
    """Case-history, outpatient-card and accession numbers after their marker."""

    ENTITY = E.RECORD_ID

    MARKED_SCORE = 0.8
    SHAPE_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        spans = [(m.span(1), self.MARKED_SCORE) for m in _MARKED.finditer(text)]
        spans += [(m.span(), self.SHAPE_SCORE) for m in _ACCESSION.finditer(text)]
        return [self.result(start, end, score) for (start, end), score in spans]
