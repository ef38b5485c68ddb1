"""The shared shape of Ozero's rule-based recognizers: one entity type, no model to load,
results tagged with the recognizer that found them (Presidio's decision process reads it)."""

from __future__ import annotations

from typing import ClassVar, Protocol

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E


class SingleEntityRecognizer(LocalRecognizer):
    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there
    ENTITY: str = ""
    SCORE: float = 0.7

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return result_of(self, self.ENTITY, start, end, score)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """``spans`` as results, when this recognizer's entity is asked for (a recognizer
        that needs more than spans overrides this)."""
        if self.ENTITY not in entities:
            return []
        return [self.result(start, end, self.SCORE) for start, end in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError


class GroupRecognizer(SingleEntityRecognizer):
    """The spans of one named group of one pattern: a number after the words that say whose
    it is («бронь URLKZK», «таб. 51002»)."""

    PATTERN: ClassVar[re.Pattern[str]]
    GROUP: ClassVar[str] = "num"

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span(self.GROUP) for m in self.PATTERN.finditer(text)]


class Named(Protocol):
    """What a result records of the recognizer that found it."""

    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...


def result_of(
    recognizer: Named, entity: str, start: int, end: int, score: float
) -> RecognizerResult:
    """A result that names the recognizer that found it (Presidio's context step groups
    results by that id)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
