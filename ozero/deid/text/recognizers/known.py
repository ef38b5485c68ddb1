"""Identifiers the document's own header already told us: find them again in the text.

NER misses names (rare surnames, lower-case typing, names in odd grammatical cases); the
header does not. Each person's surname, given name and patronymic are expanded into all
Russian case forms with pymorphy3 and matched case-sensitively (capitalised or upper
case), with initials («Иванов И.И.», «И. И. Иванову»). Phones and identifiers are matched
by their digits, whatever separators the author typed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ozero.deid.text.recognizers import entities as E
from ozero.identifiers import digits_only, is_valid_enp, is_valid_inn, is_valid_snils

NameParts = tuple[str | None, str | None, str | None]  # family, given, patronymic


@dataclass
class KnownIdentifiers:
    """Header values of one document: people (patient, staff), phones, other identifiers."""

    names: list[NameParts] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)

    def __repr__(self) -> str:  # the values are PHI: never let them reach a log line
        return (
            f"KnownIdentifiers(names={len(self.names)}, phones={len(self.phones)}, "
            f"identifiers={len(self.identifiers)})"
        )


_morph_lock = threading.Lock()


@lru_cache(maxsize=1)
def morph_analyzer():  # noqa: ANN201 - pymorphy3 is untyped
    """One pymorphy3 analyzer per process (dictionaries are bundled, nothing downloaded)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=131072)
def parses(lower: str) -> tuple:
    """pymorphy3's parses of a lower-case word. Cached once for every recognizer: they all
    ask about the same capitalised words, and a parse costs ~50 µs."""
    return tuple(morph_analyzer().parse(lower))


@lru_cache(maxsize=131072)
def is_known(lower: str) -> bool:
    return morph_analyzer().word_is_known(lower)


# Fallback endings when pymorphy3 has no surname paradigm for a word.
_SURNAME_SUFFIX_FORMS = {
    ("ов", "ев", "ёв", "ин", "ын"): ("", "а", "у", "ым", "е", "ой", "ы", "ых"),
    ("ова", "ева", "ёва", "ина", "ына"): ("а", "ой", "у"),
}


def _suffix_forms(word: str) -> set[str]:
    lower = word.lower()
    for endings, additions in _SURNAME_SUFFIX_FORMS.items():
        for ending in endings:
            if lower.endswith(ending):
                stem = lower[: -len(ending)] + ending if len(ending) == 2 else lower[:-1]
                return {stem + a for a in additions}
    return set()


@lru_cache(maxsize=65536)
def case_forms(word: str, grammeme: str) -> frozenset[str]:
    """All inflected forms (lower case) of a name part; ``grammeme`` is Surn, Name or Patr."""
    lower = word.strip().lower()
    if not lower:
        return frozenset()
    with _morph_lock:
        parses = morph_analyzer().parse(lower)
    fitting = [p for p in parses if grammeme in p.tag and "nomn" in p.tag]
    fitting = fitting or [p for p in parses if grammeme in p.tag]
    forms = {lower}
    for parse in fitting:
        forms.update(f.word for f in parse.lexeme)
    if grammeme == "Surn":
        forms |= _suffix_forms(lower)
    return frozenset(f.replace("ё", "е") for f in forms) | frozenset(forms)


def _surface_variants(form: str) -> set[str]:
    return {form[:1].upper() + form[1:], form.upper()}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _initials(given: str | None, patronymic: str | None) -> str | None:
    if not given:
        return None
    first = re.escape(given.strip()[:1].upper()) + r"\."
    if patronymic and patronymic.strip():
        return first + r"\s?(?:" + re.escape(patronymic.strip()[:1].upper()) + r"\.)?"
    return first


def _name_patterns(person: NameParts) -> list[str]:
    family, given, patronymic = person
    patterns = []
    initials = _initials(given, patronymic)
    if family and family.strip():
        parts = [p for p in re.split(r"[\s-]+", family.strip()) if p]
        surname_forms = {
            v for p in parts for f in case_forms(p, "Surn") for v in _surface_variants(f)
        }
        surnames = f"(?:{_alternation(surname_forms)})"
        if initials:
            patterns.append(rf"{initials}\s*{surnames}")
            patterns.append(rf"{surnames}\s+{initials}")
        patterns.append(surnames)
    for part, grammeme in ((given, "Name"), (patronymic, "Patr")):
        if part and part.strip():
            forms = {v for f in case_forms(part, grammeme) for v in _surface_variants(f)}
            patterns.append(f"(?:{_alternation(forms)})")
    return patterns


def _digits_pattern(digits: str) -> str:
    """The digits in order, with any separators (space, dash, dot, brackets) between them."""
    return r"[\s\-.()]*".join(digits)


def _phone_pattern(phone: str) -> str | None:
    digits = digits_only(phone)
    if len(digits) < 7:
        return None
    if len(digits) == 11 and digits[0] in "78":
        return r"(?:\+?7|8)[\s\-.()]*" + _digits_pattern(digits[1:])
    return _digits_pattern(digits)


def _identifier_type(digits: str) -> str:
    if is_valid_snils(digits):
        return E.SNILS
    if is_valid_enp(digits):
        return E.ENP
    if is_valid_inn(digits):
        return E.INN
    return E.OTHER_ID


_LEFT = r"(?<![\w+])"
_RIGHT = r"(?!\w)"


class KnownIdentifiersRecognizer(LocalRecognizer):
    """Per-document recognizer (an ad hoc recognizer in Presidio's terms)."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there

    SCORE = 1.0

    def __init__(self, known: KnownIdentifiers) -> None:
        self._compiled: list[tuple[str, re.Pattern]] = []
        entity_patterns: dict[str, list[str]] = {}
        for person in known.names:
            entity_patterns.setdefault(E.PERSON, []).extend(_name_patterns(person))
        for phone in known.phones:
            pattern = _phone_pattern(phone)
            if pattern:
                entity_patterns.setdefault(E.PHONE, []).append(pattern)
        for identifier in known.identifiers:
            self._add_identifier(identifier, entity_patterns)
        for entity, patterns in entity_patterns.items():
            joined = "|".join(f"(?:{p})" for p in patterns)
            self._compiled.append((entity, re.compile(f"{_LEFT}(?:{joined}){_RIGHT}")))
        super().__init__(
            supported_entities=sorted(entity_patterns) or [E.PERSON],
            supported_language=E.LANGUAGE,
        )

    @staticmethod
    def _add_identifier(identifier: str, entity_patterns: dict[str, list[str]]) -> None:
        text = identifier.strip()
        digits = digits_only(text)
        if len(digits) >= 6 and len(digits) >= len(re.sub(r"[\s\-.()]", "", text)):
            entity_patterns.setdefault(_identifier_type(digits), []).append(_digits_pattern(digits))
        elif len(text) >= 4:
            entity_patterns.setdefault(E.OTHER_ID, []).append(re.escape(text))

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts=None
    ) -> list[RecognizerResult]:
        results = []
        for entity, pattern in self._compiled:
            for match in pattern.finditer(text):
                start, end = match.span()
                if end > start:
                    results.append(
                        RecognizerResult(
                            entity_type=entity,
                            start=start,
                            end=end,
                            score=self.SCORE,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            },
                        )
                    )
        return results
