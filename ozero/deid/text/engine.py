"""``TextScrubber``: Presidio analysis of Russian clinical text, then typed placeholders.

Built once per process (``get_scrubber``) because loading natasha and compiling the
recognizers costs ~1 s, while a short protocol then takes milliseconds. Errors raised while
analysing are re-raised without their message: Presidio puts matched text into some of its
exception messages, and text here is PHI.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult

from ozero.deid.text.nlp_engine import NatashaNlpEngine
from ozero.deid.text.recognizers import (
    KnownIdentifiers,
    KnownIdentifiersRecognizer,
    default_recognizers,
)
from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.surrogates import SurrogateGenerator

DEFAULT_PLACEHOLDERS: dict[str, str] = {
    E.PERSON: "[ФИО]",
    E.SNILS: "[СНИЛС]",
    E.ENP: "[ПОЛИС]",
    E.INN: "[ИНН]",
    E.PASSPORT: "[ПАСПОРТ]",
    E.PHONE: "[ТЕЛЕФОН]",
    E.EMAIL: "[EMAIL]",
    E.DATE: "[ДАТА]",
    E.BIRTH_DATE: "[ДАТА]",
    E.ADDRESS: "[АДРЕС]",
    E.LOCATION: "[АДРЕС]",
    E.OTHER_ID: "[НОМЕР]",
    E.RECORD_ID: "[НОМЕР]",
    E.BIRTH_CERT: "[СВИДЕТЕЛЬСТВО]",
}
FALLBACK_PLACEHOLDER = "[СКРЫТО]"
# PERSON spans separated only by these characters are one name («Петровой» «Анной Сергеевной»).
_NAME_GLUE = frozenset(" \t-")


class ScrubError(RuntimeError):
    """Analysis failed; the original exception's text is withheld because it may hold PHI."""


@dataclass(frozen=True)
class Finding:
    """One detected span in the original text (``text[start:end]``)."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ScrubResult:
    text: str
    findings: list[Finding]

    def __repr__(self) -> str:  # scrubbed text may still hold a miss: keep it out of logs
        return f"ScrubResult(chars={len(self.text)}, findings={len(self.findings)})"


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings: the longer span wins, then the higher score."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def merge_adjacent_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Join PERSON spans split by NER or by part-wise matching into one name span."""
    merged: list[Finding] = []
    for f in findings:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.type == f.type == E.PERSON
            and set(text[prev.end : f.start]) <= _NAME_GLUE
        ):
            merged[-1] = Finding(E.PERSON, prev.start, f.end, max(prev.score, f.score))
        else:
            merged.append(f)
    return merged


class TextScrubber:
    """Finds and replaces PHI in Russian free text (protocols, conclusions, complaints)."""

    def __init__(
        self,
        placeholders: dict[str, str] | None = None,
        scrub_all_dates: bool = True,
        score_threshold: float = 0.5,
        surrogates: SurrogateGenerator | None = None,
        surrogate_types: Iterable[str] | None = None,
    ) -> None:
        """``surrogates`` switches replacement to consistent fakes for ``surrogate_types``
        (default: every type); other types keep their placeholders."""
        self.surrogates = surrogates
        self.surrogate_types = frozenset(surrogate_types) if surrogate_types else None
        self.placeholders = {**DEFAULT_PLACEHOLDERS, **(placeholders or {})}
        self.scrub_all_dates = scrub_all_dates
        self.score_threshold = score_threshold
        registry = RecognizerRegistry(
            recognizers=default_recognizers(), supported_languages=[E.LANGUAGE]
        )
        self._analyzer = AnalyzerEngine(
            nlp_engine=NatashaNlpEngine(),
            registry=registry,
            supported_languages=[E.LANGUAGE],
        )

    def analyze(self, text: str, known: KnownIdentifiers | None = None) -> list[Finding]:
        """PHI spans in ``text``, non-overlapping, sorted by position."""
        if not text or not text.strip():
            return []
        ad_hoc = [KnownIdentifiersRecognizer(known)] if known else None
        try:
            results: list[RecognizerResult] = self._analyzer.analyze(
                text=text,
                language=E.LANGUAGE,
                ad_hoc_recognizers=ad_hoc,
                score_threshold=self.score_threshold,
            )
        except Exception as exc:  # noqa: BLE001 - rewrapped without PHI-bearing message
            raise ScrubError(f"text analysis failed ({type(exc).__name__})") from None
        findings = [
            Finding(r.entity_type, r.start, r.end, float(r.score))
            for r in results
            if self.scrub_all_dates or r.entity_type != E.DATE
        ]
        return merge_adjacent_names(text, resolve_overlaps(findings))

    def scrub(self, text: str, known: KnownIdentifiers | None = None) -> ScrubResult:
        """``text`` with each finding replaced by its typed placeholder."""
        findings = self.analyze(text, known)
        pieces: list[str] = []
        cursor = 0
        for f in findings:
            pieces.append(text[cursor : f.start])
            pieces.append(self.replacement(f.type, text[f.start : f.end]))
            cursor = f.end
        pieces.append(text[cursor:])
        return ScrubResult("".join(pieces), findings)

    def replacement(self, entity_type: str, original: str) -> str:
        """Surrogate when configured for this type, else the typed placeholder."""
        if self.surrogates is not None and (
            self.surrogate_types is None or entity_type in self.surrogate_types
        ):
            return self.surrogates.surrogate(entity_type, original)
        return self.placeholders.get(entity_type, FALLBACK_PLACEHOLDER)


_scrubber: TextScrubber | None = None
_scrubber_lock = threading.Lock()


def get_scrubber() -> TextScrubber:
    """The process-wide default scrubber (Spark executors call this inside UDFs)."""
    global _scrubber
    if _scrubber is None:
        with _scrubber_lock:
            if _scrubber is None:
                _scrubber = TextScrubber()
    return _scrubber
