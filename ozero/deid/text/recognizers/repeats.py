"""A surname named once in full is the same person when it comes back alone.

«Врач-стоматолог Л.Ф. Долгих, ассистент Долгих», «Петрова Анна Сергеевна … Со слов
Петровой, …»: the rules find a surname beside initials or a given name + patronymic with
near certainty, and the same surname later in the document (in any case form) is the same
person even where nothing around it says so. Run once per document on the findings of the
other recognizers; costs nothing when the document names nobody that way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

import regex as re

from ozero.deid.text.recognizers.names import (
    NAMESAKE_BEFORE,
    _shares,
    _top_pos,
    adjective_before_a_thing,
    is_role,
    patronymic_like,
)
from ozero.deid.text.recognizers.ner import after_eponym_trigger

# the evidence that a span is a full name: initials, or a patronymic
_INITIAL = re.compile(r"(?<![\w])[А-ЯЁ]\.")
_CAP_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![\w-])")
_UPPER_WORD = re.compile(r"(?<![\w-])[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?![\w-])")
GIVEN_SHARE = 0.5
_LOOKBEHIND = 24


def _full_name(span: str) -> bool:
    return bool(_INITIAL.search(span)) or any(
        patronymic_like(w) for w in _CAP_WORD.findall(span) + _UPPER_WORD.findall(span)
    )


@lru_cache(maxsize=16384)
def _surname_forms(word: str) -> frozenset[str]:
    """Lower-case case forms of ``word`` when it is the surname of a full name."""
    surname, given, _, _ = _shares(word)
    if patronymic_like(word) or given >= GIVEN_SHARE or is_role(word):
        return frozenset()
    if surname == 0 and _top_pos(word) == "NOUN":
        return frozenset()  # «… Петровна Дата рождения»: a common noun caught in the span
    return _case_forms(word.lower())  # (an adjective beside initials is one: «Долгих»)


# Case forms by the ending, not by the dictionary (a lexeme costs ~0.3 ms per unseen name):
# -ов/-ин surnames, adjectival ones (-ский, -ой, -ый), and the rest, indeclinable or
# declined like a noun when they end in a consonant («Крамер», «Крамера»).
_OV_IN = re.compile(r"(.+?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ой|ою|ы|ых|ыми|ом)?$")
_ADJECTIVAL = re.compile(r"(.+?)(?:ий|ый|ой|ая|ого|ому|ым|им|ом|ую|ие|ые|их|ых|ими|ыми)$")
_OV_IN_ENDINGS = ("", "а", "у", "ым", "е", "ой", "ою", "ы", "ых", "ыми", "ом")
_ADJECTIVAL_ENDINGS = ("ий", "ый", "ой", "ая", "ого", "ому", "ым", "им", "ом", "ую", "ие", "ые")
_NOUN_ENDINGS = ("а", "у", "ом", "е")


def _case_forms(lower: str) -> frozenset[str]:
    lower = lower.replace("ё", "е")
    if lower.endswith(("их", "ых", "ко")):
        return frozenset({lower})  # «Долгих», «Бондаренко»: one form for all cases
    if (m := _OV_IN.match(lower)) is not None:
        return frozenset(m[1] + e for e in _OV_IN_ENDINGS)
    if (m := _ADJECTIVAL.match(lower)) is not None and (
        m[1].endswith(("ск", "цк")) or lower.endswith(("ой", "ий", "ый", "ая"))
    ):
        return frozenset(m[1] + e for e in _ADJECTIVAL_ENDINGS) | {lower}
    if lower[-1:] not in "аеиоуыэюяйь":
        return frozenset({lower, *(lower + e for e in _NOUN_ENDINGS)})
    return frozenset({lower})


_WORD_AT = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ]{2,}(?:-[А-ЯЁ][а-яёА-ЯЁ]{2,})?(?![\w-])")


def _occurrences(text: str, forms: set[str], stems: set[str]) -> list[re.Match]:
    """Capitalised words of ``text`` that are one of ``forms``: found by the forms' common
    stems with ``str.find`` (a scan in C), not by a regex over every word."""
    lower = text.lower().replace("ё", "е")  # (same length: offsets carry over)
    found: list[re.Match] = []
    if len(lower) != len(text):
        return found  # a letter whose lower case is longer («İ»): offsets would not carry
    for stem in stems:
        at = lower.find(stem)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-"):
                m = _WORD_AT.match(text, at)
                if m is not None and m.group().lower().replace("ё", "е") in forms:
                    found.append(m)
            at = lower.find(stem, at + 1)
    return sorted({m.start(): m for m in found}.values(), key=lambda m: m.start())


@lru_cache(maxsize=16384)
def _stem(forms: frozenset[str]) -> str:
    """The common beginning of a surname's forms («петров» of «петрова», «петровым»)."""
    return os.path.commonprefix(sorted(forms))


def repeated_surnames(text: str, names: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of surnames of the full names at ``names`` written again elsewhere in
    ``text`` (overlaps with existing findings are the caller's to drop)."""
    names = list(names)
    forms: set[str] = set()
    stems: set[str] = set()
    for start, end in names:
        span = text[start:end]
        if not _full_name(span):
            continue
        for word in _CAP_WORD.findall(span) + _UPPER_WORD.findall(span):
            found = _surname_forms(word.lower().capitalize())
            if found:
                forms |= found
                stems.add(_stem(found))
    if not forms:
        return []
    spans = []
    for m in _occurrences(text, forms, stems):
        word = m.group()
        if not (word[1:].islower() or word.isupper()):
            continue  # «ПетРова»: neither title case nor capitals
        if any(start <= m.start() < end for start, end in names):
            continue  # already a name
        before = text[max(0, m.start() - _LOOKBEHIND) : m.start()]
        if NAMESAKE_BEFORE.search(before) or after_eponym_trigger(text, m.start()):
            continue  # «ГКБ им. Боткина», «болезнь Боткина»
        if adjective_before_a_thing(text, m.end(), word):
            continue  # «Белая …» opening a sentence as an adjective
        spans.append(m.span())
    return spans
