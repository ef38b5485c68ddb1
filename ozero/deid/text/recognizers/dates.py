"""Calendar dates, told apart as birth dates when the wording around them says so."""

from __future__ import annotations

from datetime import date

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ozero.deid.text.recognizers import entities as E

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ]
    )
}
_NUMERIC = re.compile(r"(?<![\w.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\.?\d)")
_WORDS = re.compile(
    r"(?<![\w«])«?(\d{1,2})»?\s+("
    + "|".join(MONTHS)
    + r")\s+(\d{4})(?:\s*(?:года|г\.)(?!\s?р\.))?",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?![\w-])")

_BIRTH_BEFORE = re.compile(
    r"(?i:дат\w*\s+рождения|д\.\s?р\.|г\.\s?р\.|родил(?:ся|ась)|рожд[её]н\w*|рождения)"
    r"[\s:,\-]*(?:\w+[\s:,\-]+)?$"
)
_BIRTH_AFTER = re.compile(r"^\s*(?:г\.?\s*)?(?i:г\.?\s?р\.?|года\s+рождения|гр\b|р\.)")
_CONTEXT_CHARS = 40


def _plausible(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1880 <= year <= 2100


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 1900 + int(text)  # any valid century will do


class DateRecognizer(LocalRecognizer):
    """``12.03.1985``, ``12.03.85``, ``12 марта 1985 г.``, ISO; birth-date context → BIRTH_DATE."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there

    DATE_SCORE = 0.6
    BIRTH_SCORE = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=[E.DATE, E.BIRTH_DATE], supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for start, end in self._spans(text):
            before = text[max(0, start - _CONTEXT_CHARS) : start]
            after = text[end : end + 16]
            is_birth = bool(_BIRTH_BEFORE.search(before) or _BIRTH_AFTER.search(after))
            entity = E.BIRTH_DATE if is_birth else E.DATE
            if entity not in entities:
                continue
            score = self.BIRTH_SCORE if is_birth else self.DATE_SCORE
            results.append(self._result(entity, start, end, score))
        return results

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    @staticmethod
    def _spans(text: str) -> list[tuple[int, int]]:
        spans = []
        for m in _NUMERIC.finditer(text):
            if _plausible(int(m[1]), int(m[2]), _full_year(m[3])):
                spans.append(m.span())
        for m in _WORDS.finditer(text):
            if _plausible(int(m[1]), MONTHS[m[2].lower()], int(m[3])):
                spans.append(m.span())
        for m in _ISO.finditer(text):
            if _plausible(int(m[3]), int(m[2]), int(m[1])):
                spans.append(m.span())
        return spans
