"""Russian words written in Latin letters, read back in Cyrillic.

Two ways a document word loses its alphabet: OCR or a keyboard swaps look-alike letters
(«KAPTA», «Hаправление» with a Latin «H»), and a transliterating export or a foreign system
writes it out («istoriya bolezni», «napravlenie», «karta»). A governing word must still
govern its number, so ``lexicon.classify`` asks for the Cyrillic reading when the word as
written says nothing.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

# Latin letters that look like Cyrillic ones (OCR and mixed keyboards confuse them)
_LOOKALIKE = str.maketrans("ABCEHKMOPTXYaceopxykmt", "АВСЕНКМОРТХУасеорхукмт")
_LOOKALIKE_ONLY = re.compile(r"[ABCEHKMOPTXYaceopxykmt]+")
# A plain transliteration (GOST-like and passport-like spellings); longest units first
_UNITS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("j", "й"), ("w", "в"), ("x", "кс"), ("q", "к"),
)  # fmt: skip
_UNIT = re.compile("|".join(latin for latin, _ in _UNITS))
_CYRILLIC_OF = dict(_UNITS)
_LATIN = re.compile(r"[A-Za-z]")
_ASCII_WORD = re.compile(r"[A-Za-z]{4,}")


@lru_cache(maxsize=65536)
def cyrillic_readings(word: str) -> tuple[str, ...]:
    """Cyrillic readings of a word holding Latin letters (none for a Cyrillic word): the
    look-alike swap when it is mixed or all look-alikes, the transliteration when it is
    all Latin."""
    if len(word) < 4 or not _LATIN.search(word):
        return ()  # «CT», «MP»: short capitals are abbreviations in their own right
    readings = []
    letters = "".join(c for c in word if c.isalpha())
    if not letters.isascii() or _LOOKALIKE_ONLY.fullmatch(letters):
        readings.append(word.translate(_LOOKALIKE))
    if _ASCII_WORD.fullmatch(word):
        readings.append(_UNIT.sub(lambda m: _CYRILLIC_OF[m.group()], word.lower()))
    return tuple(readings)


# OCR reads a round «О» as a zero inside a word: «СЕМЁН0ВИЧ», «К0РЕПАН0ВА», «Петр0в»; and
# a «З» as a three between letters: «А3АТ», «Ка3анцев»
_ZERO_IN_CAPITALS = re.compile(r"(?<=[А-ЯЁ])0(?=[А-ЯЁ])|(?<![\w])0(?=[А-ЯЁ]{2})")  # «0ЛЕГ0ВИЧ»
_ZERO_IN_SMALL = re.compile(r"(?<=[а-яё])0(?=[а-яё])")
_THREE_IN_CAPITALS = re.compile(r"(?<=[А-ЯЁ])3(?=[А-ЯЁ])")
_THREE_IN_SMALL = re.compile(r"(?<=[а-яё])3(?=[а-яё])")
# a full name in capitals, three words, with zeros and threes anywhere in them: «КВИРИКАШВИЛИ
# БАТ0 АХМЕД0ВИЧ», «РЯБИНИНА 3ИНАИДА ЛЕ0НИД0ВНА», «РУГ0ЕВ ШЕР30Д СТЕПАН0ВИЧ» (a zero ending a
# word, a three opening one, the two side by side); alone, «ОКП0 0401» and «КТ3» stay
_CAPITALS_WORD = r"[А-ЯЁ03]*[А-ЯЁ]{2}[А-ЯЁ03]*"
_CAPITALS_WITH_DIGITS = re.compile(
    rf"(?<![\w])(?=[^\n]*?[03]){_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{2}}(?![\w])"
)
_AS_LETTERS = str.maketrans("03", "ОЗ")
_CAPITAL_BESIDE_DIGIT = re.compile(r"[А-ЯЁ][03]|[03][А-ЯЁ]")  # looked for first: cheap


def digits_as_letters(text: str) -> str:
    """`text` with a zero or a three between two Cyrillic letters, or anywhere in a word of
    Cyrillic capitals, read as the «О» or «З» of their case (same length: offsets into it are
    offsets into `text`)."""
    if _CAPITAL_BESIDE_DIGIT.search(text):
        text = _CAPITALS_WITH_DIGITS.sub(lambda m: m.group().translate(_AS_LETTERS), text)
    if "0" in text:
        text = _ZERO_IN_SMALL.sub("о", _ZERO_IN_CAPITALS.sub("О", text))
    if "3" in text:
        text = _THREE_IN_SMALL.sub("з", _THREE_IN_CAPITALS.sub("З", text))
    return text
