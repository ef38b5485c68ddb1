"""The typography a word processor puts into numbers, read as the plain characters the rules
expect, before analysis.

Editors and publishing systems write «СНИЛС 123‑456‑789 64» with no-break hyphens, «тел.
8 912 345‒67‒89» with figure dashes and «полис 5098 7654 3210 9874» with no-break or thin
spaces; every recognizer reads ASCII spaces and hyphens, so such a number went unread
whole. The analysed copy has the same length (one character for one), so every span found
in it is a span of the original, which is what gets replaced. Only a hyphen's look-alike
between two letters or digits is read as a hyphen.

Latin letters that look Cyrillic inside a Cyrillic word — «Пeтp Cepгeeвич» from a switched
keyboard layout, OCR or a copy from a PDF — are read as the Cyrillic ones: no name list or NER
model knows the mixed spelling, and the given name and the street went unread. A word with no
Cyrillic letter («HbA1c», «SpO2», a passport's «AB1234567») is left as written.
"""

from __future__ import annotations

import regex as re

# no-break, figure, thin, narrow no-break and the other fixed-width spaces
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
_AS_SPACE = str.maketrans(dict.fromkeys(_SPACES, " "))
# hyphen, no-break hyphen and figure dash (Unicode's dash for telephone numbers). Not the en
# dash or the minus: between digits they write a range («12.03–22.03.2024», «50–70 %»), and
# read as hyphens they made dates unreadable and ranges into record numbers.
_DASHES = "\u2010\u2011\u2012"
_DASH_INSIDE = re.compile(rf"(?<=\w)[{_DASHES}](?=\w)")


# Latin letters with a Cyrillic twin, and the twin
_LATIN_TWINS = "aeopcxyAEOPCXBMHTK"
_CYRILLIC_TWINS = "аеорсхуАЕОРСХВМНТК"
_AS_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
# a word holding a Cyrillic letter and a Latin twin
_MIXED_WORD = re.compile(rf"(?<!\w)(?=\w*[а-яёА-ЯЁ])(?=\w*[{_LATIN_TWINS}])\w+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(rf"[{_LATIN_TWINS}]")
_ANY_LATIN = re.compile(r"[A-Za-z]")


def _cyrillic_twins(word: re.Match[str]) -> str:
    """A word of Cyrillic letters and Latin twins, in Cyrillic; any other word as it was."""
    text = word[0]
    if _ANY_LATIN.search(text.translate(_AS_CYRILLIC)):
        return text  # a Latin letter without a twin: a real mixed word, not a look-alike
    return text.translate(_AS_CYRILLIC)


def plain_typography(text: str) -> str:
    """``text`` with typographic spaces as spaces, dashes inside a word or number as hyphens
    and Latin look-alikes inside Cyrillic words as Cyrillic; the same length, so offsets
    carry over."""
    plain = text.translate(_AS_SPACE)
    if any(dash in plain for dash in _DASHES):
        plain = _DASH_INSIDE.sub("-", plain)
    if _LATIN.search(plain) and _CYRILLIC.search(plain):
        plain = _MIXED_WORD.sub(_cyrillic_twins, plain)
    return plain
