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

import copy
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from ozero.deid.text.blas import single_thread_blas
from ozero.deid.text.recognizers.ner import _EPONYM_TRIGGER, _LOOKBEHIND_CHARS

LANGUAGE = "ru"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CAPITAL = re.compile(r"[А-ЯЁ]")
_ALNUM = re.compile(r"[^\W_]")
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


@lru_cache(maxsize=65536)
def _keyword(lemma: str) -> bool:
    """Neither a stopword nor punctuation (asked once per word, not once per token)."""
    return lemma not in _STOPWORDS and _ALNUM.search(lemma) is not None


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


# Conservative sentence breaks: after a word of 2+ letters/digits and [.!?], or at a newline.
# Initials («И. И. Иванов») never end a chunk, so a name is never cut in two.
_CHUNK_BREAK = re.compile(r"(?<=[\w)]{2}[.!?])\s+|\n+")
_CAP_TOKEN = re.compile(r"(?<![\w-])[А-ЯЁ][\w-]*")
# What may precede a word capitalised by position rather than because it is a name.
# Start, list/label punctuation, a sentence end that is not an initial («И. Пак»), or an
# ICD-10 code («J18.1 Долевая пневмония»).
_POSITIONAL = re.compile(
    r"(?:\A|[:;(«\"—–•*\-]|\d[.)]|(?<!(?<!\w)[А-ЯЁA-Z])[.!?]+|\b[A-Z]\d\d(?:\.\d{1,2})?)\s*\Z"
)
_OFF_NER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "UNKN")


@lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    """A dictionary word with no name/place/organisation reading («Живот», «ЗАКЛЮЧЕНИЕ»)."""
    from ozero.deid.text.recognizers.known import is_known, parses

    lower = word.lower()
    if not is_known(lower):
        return False
    return not any(g in p.tag for p in parses(lower) for g in _OFF_NER)


class _Covered:
    """Spans found by the rules, asked whether one holds ``[start, end)``: the spans
    starting at or before ``start`` are a prefix of the sorted list (found by bisection),
    and one of them holds ``end`` when the farthest end among them does."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end


def _ordinary_token(word: str) -> bool:
    return all(_ordinary(part) for part in word.split("-") if part)  # «Врач-рентгенолог»


def _needs_ner(text: str, start: int, end: int, covered: _Covered) -> bool:
    """True when ``text[start:end]`` holds a capitalised token NER could tag and no rule
    covered. Not candidates: abbreviations («КТ»), dictionary words that are capitalised
    by position (chunk start, after «:», «(», «—») or written in caps («ЗАКЛЮЧЕНИЕ»), and
    eponyms («по Нечипоренко»), which the NER recognizer drops anyway."""
    for m in _CAP_TOKEN.finditer(text, start, end):
        word = m.group()
        if 2 <= len(word) <= 5 and word.isupper():
            continue  # the NER recognizer drops abbreviations anyway
        if covered and covered.holds(m.start(), m.end()):
            continue
        before = text[max(start, m.start() - _LOOKBEHIND_CHARS) : m.start()]
        positional = word.isupper() or _POSITIONAL.search(text[start : m.start()]) is not None
        if positional and _ordinary_token(word):
            continue
        if _EPONYM_TRIGGER.search(before):
            continue
        return True  # mid-sentence capitals stay: «Пак», «Лапина» are dictionary words too
    return False


def ner_chunks(text: str, covered: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of the sentence-like chunks worth sending to NER.

    A chunk qualifies when it holds a capitalised token NER could tag that no ``covered``
    span (already found by a rule) contains."""
    spans = _Covered(covered)
    chunks, start = [], 0
    for m in _CHUNK_BREAK.finditer(text):
        chunks.append((start, m.start()))
        start = m.end()
    chunks.append((start, len(text)))
    return [(s, e) for s, e in chunks if e > s and _needs_ner(text, s, e, spans)]


def ner_spans(text: str, chunks: list[tuple[int, int]] | None = None) -> list[EntitySpan]:
    """natasha's PER/LOC/ORG spans, NER run only on ``chunks`` (default: ``ner_chunks``).

    Most sentences of clinical text start with an ordinary capitalised word and hold no
    other, and most names are already found by the rules: NER then has nothing to add."""
    return ner_spans_many([(text, ner_chunks(text) if chunks is None else chunks)])[0]


def ner_spans_many(items: Sequence[tuple[str, list[tuple[int, int]]]]) -> list[list[EntitySpan]]:
    """``ner_spans`` for many (text, chunks) at once, in one NER pass over every chunk.

    The chunks go to the tagger shortest first: it pads each batch to its longest chunk,
    and a chunk's spans do not depend on its batch (27,304 distinct chunks of the speed
    corpus tagged alone and in sorted batches gave the same spans), so sorting only saves
    the padding — about a fifth of the tagger's time."""
    pieces = [(n, offset, text[offset:end]) for n, (text, chunks) in enumerate(items)
              for offset, end in chunks]  # fmt: skip
    spans: list[list[EntitySpan]] = [[] for _ in items]
    if not pieces:
        return spans
    _, ner_tagger = _NatashaModels.get()
    order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][2]))
    markups = ner_tagger.map([pieces[k][2] for k in order])
    for k, markup in zip(order, markups):
        n, offset, _ = pieces[k]
        text = items[n][0]
        for s in markup.spans:
            if s.type in NATASHA_TO_PRESIDIO:
                start, stop = offset + s.start, offset + s.stop
                spans[n].append(
                    EntitySpan(NATASHA_TO_PRESIDIO[s.type], start, stop, text[start:stop])
                )
    for found in spans:
        found.sort(key=lambda e: e.start_char)
    return spans


class NatashaNlpEngine(NlpEngine):
    """Russian tokens and PER/LOC/ORG spans from natasha, in Presidio's artifact shape."""

    def __init__(self) -> None:
        self._loaded = False

    def load(self) -> None:
        _NatashaModels.get()
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def process_text(
        self, text: str, language: str, ner_chunks: list[tuple[int, int]] | None = None
    ) -> NlpArtifacts:
        """Tokens, plus NER spans from ``ner_chunks`` (default: every candidate chunk);
        an empty list gives tokens only, which the rule recognizers need (context words)."""
        if language != LANGUAGE:
            raise ValueError("NatashaNlpEngine supports only 'ru'")
        matches = list(_TOKEN.finditer(text))
        tokens = [Token(m.group()) for m in matches]
        lemmas = [t.lower() for t in tokens]
        artifacts = NlpArtifacts(
            entities=[],
            tokens=tokens,  # type: ignore[arg-type]  # duck-typed spaCy tokens
            tokens_indices=[m.start() for m in matches],
            lemmas=lemmas,
            nlp_engine=None,  # keywords are set below, faster
            language=language,
        )
        artifacts.nlp_engine = self
        # Presidio's keywords: lemmas that are neither stopwords nor punctuation. Our tokens
        # are whole words or single symbols, so one set lookup and one regex test suffice.
        artifacts.keywords = [lemma for lemma in lemmas if _keyword(lemma)]
        if ner_chunks != [] and _CAPITAL.search(text):
            return self.with_entities(artifacts, text, ner_chunks)
        return artifacts

    @staticmethod
    def with_entities(
        artifacts: NlpArtifacts, text: str, ner_chunks: list[tuple[int, int]] | None
    ) -> NlpArtifacts:
        """A copy of tokens-only ``artifacts`` carrying NER spans from ``ner_chunks``."""
        return NatashaNlpEngine.with_spans(artifacts, ner_spans(text, ner_chunks))

    @staticmethod
    def with_spans(artifacts: NlpArtifacts, entities: list[EntitySpan]) -> NlpArtifacts:
        """A copy of tokens-only ``artifacts`` carrying ``entities`` (from ``ner_spans_many``)."""
        out = copy.copy(artifacts)
        out.entities = entities  # type: ignore[assignment]  # duck-typed spaCy spans
        out.scores = [0.85] * len(entities)
        return out

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
        return bool(word) and not _ALNUM.search(word)

    def get_supported_entities(self) -> list[str]:
        return ["PERSON", "LOCATION", "ORGANIZATION"]

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
