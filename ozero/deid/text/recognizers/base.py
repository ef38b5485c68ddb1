"""The shared shape of Ozero's rule-based recognizers: one entity type, no model to load,
results tagged with the recognizer that found them (Presidio's decision process reads it)."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ozero.deid.text.recognizers import entities as E


class SingleEntityRecognizer(LocalRecognizer):
    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there
    ENTITY: str = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
