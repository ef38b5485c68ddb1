"""A Presidio ``NlpEngine`` backed by natasha, so Russian NER works with no spaCy model.

Presidio's engine contract only needs token texts, their character offsets, lemmas (for
context words) and entity spans carrying ``label_``, ``start_char`` and ``end_char``. Light
duck-typed objects satisfy it, so no spaCy ``Doc`` is built at all. Lemmas are lower-cased
token texts: Presidio matches context words by substring, so «паспорта» still supports
«паспорт» without running natasha's (slower) morphology tagger.

Speed: tokens come from one precompiled regex and the NER tagger is called on the raw text
(natasha's razdel sentence/token segmentation cost ~20% and Presidio needs neither); NER is
skipped for texts without a capital Cyrillic letter (no name can be there); BLAS is pinned
to one thread (see ``blas.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from ozero.deid.text.blas import single_thread_blas

LANGUAGE = "ru"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CAPITAL = re.compile(r"[А-ЯЁ]")
NATASHA_TO_PRESIDIO = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}

_STOPWORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "не",
        "что",
        "он",
        "на",
        "я",
        "с",
        "со",
        "как",
        "а",
        "то",
        "все",
        "она",
        "так",
        "его",
        "но",
        "да",
        "ты",
        "к",
        "у",
        "же",
        "вы",
        "за",
        "бы",
        "по",
        "только",
        "ее",
        "мне",
        "было",
        "вот",
        "от",
        "меня",
        "еще",
        "нет",
        "о",
        "из",
        "ему",
        "теперь",
        "когда",
        "даже",
        "ну",
        "вдруг",
        "ли",
        "если",
        "уже",
        "или",
        "ни",
        "быть",
        "был",
        "него",
        "до",
        "вас",
        "нибудь",
        "опять",
        "уж",
        "вам",
        "ведь",
        "там",
        "потом",
        "себя",
        "ничего",
        "ей",
        "может",
        "они",
        "тут",
        "где",
        "есть",
        "надо",
        "ней",
        "для",
        "мы",
        "тебя",
        "их",
        "чем",
        "была",
        "сам",
        "чтоб",
        "без",
        "будто",
        "чего",
        "раз",
        "тоже",
        "себе",
        "под",
        "будет",
        "ж",
        "тогда",
        "кто",
        "этот",
        "того",
        "потому",
        "этого",
        "какой",
        "совсем",
        "ним",
        "здесь",
        "этом",
        "один",
        "почти",
        "мой",
        "тем",
        "чтобы",
        "нее",
        "были",
        "куда",
        "зачем",
        "всех",
        "никогда",
        "можно",
        "при",
        "наконец",
        "два",
        "об",
        "другой",
        "хоть",
        "после",
        "над",
        "больше",
        "тот",
        "через",
        "эти",
        "нас",
        "про",
        "всего",
        "них",
        "какая",
        "много",
        "разве",
        "три",
        "эту",
        "моя",
        "впрочем",
        "хорошо",
        "свою",
        "этой",
        "перед",
        "иногда",
        "лучше",
        "чуть",
        "том",
        "нельзя",
        "такой",
        "им",
        "более",
        "всегда",
        "конечно",
        "всю",
        "между",
    ]
)


class Token(str):
    """A token text that also answers ``.text`` like a spaCy token (used by ``to_json``)."""

    @property
    def text(self) -> str:
        return str(self)


@dataclass(frozen=True)
class EntitySpan:
    """The slice of a spaCy ``Span`` that Presidio reads."""

    label_: str
    start_char: int
    end_char: int
    text: str


class _NatashaModels:
    """natasha's segmenter and NER tagger, loaded once per process (executors included)."""

    _lock = threading.Lock()
    _loaded: tuple[Any, Any] | None = None

    @classmethod
    def get(cls) -> tuple[Any, Any]:
        if cls._loaded is None:
            with cls._lock:
                if cls._loaded is None:
                    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

                    single_thread_blas()

                    cls._loaded = (Segmenter(), NewsNERTagger(NewsEmbedding()))
        return cls._loaded


def ner_spans(text: str) -> list[EntitySpan]:
    """natasha's PER/LOC/ORG spans straight from the NER tagger (no segmentation pass)."""
    _, ner_tagger = _NatashaModels.get()
    if not text.strip():
        return []
    markup = ner_tagger(text)
    return [
        EntitySpan(NATASHA_TO_PRESIDIO[s.type], s.start, s.stop, text[s.start : s.stop])
        for s in markup.spans
        if s.type in NATASHA_TO_PRESIDIO
    ]


class NatashaNlpEngine(NlpEngine):
    """Russian tokens and PER/LOC/ORG spans from natasha, in Presidio's artifact shape."""

    def __init__(self) -> None:
        self._loaded = False

    def load(self) -> None:
        _NatashaModels.get()
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if language != LANGUAGE:
            raise ValueError("NatashaNlpEngine supports only 'ru'")
        matches = list(_TOKEN.finditer(text))
        tokens = [Token(m.group()) for m in matches]
        entities = ner_spans(text) if _CAPITAL.search(text) else []
        return NlpArtifacts(
            entities=entities,  # type: ignore[arg-type]  # duck-typed spaCy spans
            tokens=tokens,  # type: ignore[arg-type]
            tokens_indices=[m.start() for m in matches],
            lemmas=[t.lower() for t in tokens],
            nlp_engine=self,
            language=language,
        )

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in _STOPWORDS

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and not any(ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        return ["PERSON", "LOCATION", "ORGANIZATION"]

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
