"""Stop 35's speed-ups find exactly what the code before them found (texts are synthetic)."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry

from ozero.deid.text.engine import TextScrubber, _Analyzer, _ContextEnhancer
from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

TEXTS = [  # (text, holds PHI)
    "Пациент Смирнов Олег Петрович, 12.03.1961 г.р., паспорт 45 10 123456, тел. 8 (916) 123-45-67.",
    "Направление № 77-1234/2026 от 05.06.2026; СНИЛС 112-233-445 95; полис ЕНП 7700000000000016.",
    "Адрес: г. Тверь, Комсомольский пр-т, д. 5, кв. 12. E-mail: o.smirnov@mail.ru",
    "Жалоб нет. АД 120/80, ЧСС 72. Палата № 5. Диагноз I10 по МКБ-10.",
]


def _as_tuples(results: list) -> list[tuple]:
    return [(r.entity_type, r.start, r.end, r.score) for r in results]


def _pair(recognizers: list) -> tuple[AnalyzerEngine, AnalyzerEngine]:
    """Presidio's analyzer and Ozero's, over the same recognizers and NLP engine."""
    scrubber = TextScrubber(cache_size=0)
    engines = []
    for cls in (AnalyzerEngine, _Analyzer):
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[E.LANGUAGE])
        engines.append(
            cls(
                nlp_engine=scrubber._nlp,
                registry=registry,
                supported_languages=[E.LANGUAGE],
                context_aware_enhancer=_ContextEnhancer(),
            )
        )
    return engines[0], engines[1]


def _analyse(engine: AnalyzerEngine, text: str) -> list[tuple]:
    tokens = engine.nlp_engine.process_text(text, E.LANGUAGE, ner_chunks=[])
    return _as_tuples(engine.analyze(text=text, language=E.LANGUAGE, nlp_artifacts=tokens))


@pytest.mark.parametrize("text", TEXTS)
def test_the_analyzer_returns_what_presidios_returns_in_the_same_order(text: str) -> None:
    recognizers = TextScrubber(cache_size=0)._analyzer.registry.recognizers
    presidio, ours = _pair(list(recognizers))
    expected = _analyse(presidio, text)
    assert bool(expected) == ("Жалоб" not in text), "PHI found in the three texts that hold it"
    assert _analyse(ours, text) == expected


class _Digits(SingleEntityRecognizer):
    ENTITY = E.OTHER_ID

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(i, i + 1) for i, c in enumerate(text) if c.isdigit()]


class _Rescoring(SingleEntityRecognizer):
    """Re-scores its own results, as a Presidio recognizer may."""

    ENTITY = E.PERSON

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(i, i + 1) for i, c in enumerate(text) if c.isalpha()]

    def enhance_using_context(self, text, raw_recognizer_results, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        for result in raw_recognizer_results:
            result.score = 0.99
        return raw_recognizer_results


def test_a_recognizer_that_rescores_its_results_is_still_asked_to() -> None:
    assert type(_Digits()).enhance_using_context is EntityRecognizer.enhance_using_context
    presidio, ours = _pair([_Digits(), _Rescoring()])
    expected = _analyse(presidio, "a1b2")
    assert sorted(expected) == [
        (E.OTHER_ID, 1, 2, 0.7),
        (E.OTHER_ID, 3, 4, 0.7),
        (E.PERSON, 0, 1, 0.99),
        (E.PERSON, 2, 3, 0.99),
    ]
    assert _analyse(ours, "a1b2") == expected
