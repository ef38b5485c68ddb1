"""Document numbers recognised by their shape alone: birth certificates and accessions.

A birth-certificate series («I-МЮ») or an accession number («RX-2026-000123») is
unmistakable without any word around it. Numbers that need their governing word
(«История болезни № 4711») are in ``documents.py``.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.identifiers import FLAGS

_ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{0,3}))"
_ACCESSION = re.compile(r"(?<![\w-])(?:RX|CT|MR|MRI|US|MG|DX|CR|NM|PT|XA)-\d{4}-\d{4,8}(?![\w-])")


class BirthCertificateRecognizer(PatternRecognizer):
    """Свидетельство о рождении: roman-numeral series, two Cyrillic capitals, six digits."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.BIRTH_CERT,
            patterns=[
                Pattern(
                    "birth_certificate",
                    rf"(?<![\w-])(?=[IVX]){_ROMAN}[\-–— ]?[А-ЯЁ]{{2}}\s*(?:№|N)?\s*\d{{6}}(?!\d)",
                    0.85,
                )
            ],
            context=["свидетельств", "рождени", "св-во"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )


class AccessionRecognizer(SingleEntityRecognizer):
    """Accession numbers of the «RX-2026-000123» shape (modality, year, sequence)."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        return [self.result(m.start(), m.end(), self.SCORE) for m in _ACCESSION.finditer(text)]
