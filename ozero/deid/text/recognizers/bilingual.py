"""A name written twice on a bilingual form: in Cyrillic, then after a slash or in brackets in
Latin letters («Астахова Дарья Семёновна / ASTAKHOVA DARYA», «Врач Мусаев Т.К. / Musaev
Tagir», «Давлатов Далер Алишерович (DAVLATOV DALER)»):
seafarers' and travellers' medical certificates, forms for foreign patients. The Latin copy
is the same person's name, and no Russian rule reads Latin words as one. It is taken only
when it reads back, transliterated, as a name word just before the slash: «Медицинское
заключение / MEDICAL CERTIFICATE» and «г. Москва / Moscow» stay."""

from __future__ import annotations

from difflib import SequenceMatcher

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.latin import cyrillic_readings
from ozero.deid.text.recognizers.names import given_like, patronymic_like, surname_candidate

_CYRILLIC_WORD = r"[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?"
_INITIALS = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
_LATIN_WORD = r"[A-Z][A-Za-z']+(?:-[A-Z][A-Za-z']+)?"
# the Latin spelling after the slash or the bracket, which ends every match: a text where it
# stands nowhere holds none, and is not scanned (overlapped, at every offset) for the Cyrillic
# words before
_LATIN = rf"(?P<latin>{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,2}})(?![\w-])"
_SLASH_OR_BRACKET_LATIN = rf"/[ \t]*{_LATIN}|\({_LATIN}\)"
_LATIN_AFTER_SLASH = rf"[ \t]*(?:{_SLASH_OR_BRACKET_LATIN})"
_SLASH_LATIN = re.compile(_SLASH_OR_BRACKET_LATIN)
# a Turkic patronymic's particle after the father's name: «Турсунов Сухроб Рустам угли»
_PARTICLE = r"(?:угли|оглы|огли|кызы|гызы|уулу)"
_BILINGUAL = re.compile(
    rf"(?<![\w-])(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]+(?:{_CYRILLIC_WORD}|{_INITIALS})){{0,2}}"
    rf"(?:[ \t]+{_PARTICLE})?)" + _LATIN_AFTER_SLASH
)
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z']+")
# letters a transliteration renders differently or drops: «Ильин» / «Ilyin», «Юрий» / «Yuriy»
_FOLD = str.maketrans({"ё": "е", "й": "и", "ы": "и", "ь": None, "ъ": None, "'": None})
SAME_NAME = 0.8  # SequenceMatcher ratio of the folded spellings


def _folded(word: str) -> str:
    return word.lower().translate(_FOLD)


def _name_word(word: str) -> bool:
    return surname_candidate(word) or given_like(word) or patronymic_like(word)


def same_name(cyrillic: str, latin: str) -> bool:
    """`latin` transliterates back to the name word `cyrillic`."""
    return any(
        SequenceMatcher(None, _folded(cyrillic), _folded(reading)).ratio() >= SAME_NAME
        for reading in cyrillic_readings(latin)
    )


class TransliteratedNameRecognizer(SingleEntityRecognizer):
    """The Latin spelling, after a slash or in brackets, of the name just before it."""

    ENTITY = E.PERSON
    SCORE = 0.8

    def spans(self, text: str) -> list[tuple[int, int]]:
        if ("/" not in text and "(" not in text) or _SLASH_LATIN.search(text) is None:
            return []
        spans = []
        for m in _BILINGUAL.finditer(text, overlapped=True):
            names = [w for w in _WORD.findall(m["cyrillic"]) if len(w) > 2 and _name_word(w)]
            latin = _WORD.findall(m["latin"])
            if any(same_name(c, w) for c in names for w in latin):
                spans.append(m.span("latin"))
        return sorted(set(spans))
