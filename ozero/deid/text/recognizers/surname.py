"""Lone Russian surnames that NER misses («Овчинникова: направлена на консультацию»).

Claim comments and short notes often carry a bare surname with no given name or title, the
case natasha's NER handles worst. pymorphy3's dictionary marks surnames with the `Surn`
grammeme; a capitalised word whose parses are mostly surnames is reported as a person,
unless it follows a clinical trigger word (an eponym: «болезнь Боткина»).
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.known import morph_analyzer
from ozero.deid.text.recognizers.ner import _EPONYM_TRIGGER, _LOOKBEHIND_CHARS

_CAPITALISED_WORD = re.compile(r"(?<![\p{L}\-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![\p{L}])")
SURNAME_SHARE = 0.5  # share of pymorphy3's parse probability that must be `Surn`
SCORE = 0.6


@lru_cache(maxsize=65536)
def surname_share(word: str) -> float:
    return sum(p.score for p in morph_analyzer().parse(word) if "Surn" in p.tag)


class SurnameRecognizer(SingleEntityRecognizer):
    ENTITY = E.PERSON

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.PERSON not in entities:
            return []
        results = []
        for match in _CAPITALISED_WORD.finditer(text):
            parts = match.group().split("-")
            if not all(surname_share(p) >= SURNAME_SHARE for p in parts):
                continue
            before = text[max(0, match.start() - _LOOKBEHIND_CHARS) : match.start()]
            if _EPONYM_TRIGGER.search(before):
                continue
            results.append(self.result(match.start(), match.end(), SCORE))
        return results
