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

# the standard library's engine: for these plain classes it scans about three times faster
# than `regex`, and every text goes through them
import re

# no-break, figure, thin, narrow no-break and the other fixed-width spaces
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
_SPACE = re.compile(f"[{_SPACES}]")  # (a regex: str.translate walks every character)
# hyphen, no-break hyphen and figure dash (Unicode's dash for telephone numbers). Not the en
# dash or the minus: between digits they write a range («12.03–22.03.2024», «50–70 %»), and
# read as hyphens they made dates unreadable and ranges into record numbers.
_DASHES = "\u2010\u2011\u2012"
_DASH_INSIDE = re.compile(rf"(?<=\w)[{_DASHES}](?=\w)")


# Latin letters with a Cyrillic twin, and the twin
_LATIN_TWINS = "aeopcxyAEOPCXBMHTK"
_CYRILLIC_TWINS = "аеорсхуАЕОРСХВМНТК"
_AS_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
# a Cyrillic letter beside a Latin twin: where a mixed word must be (searched first; most
# texts have none, and scanning only there keeps the common case to one regex pass)
_SEAM = re.compile(rf"[а-яёА-ЯЁ][{_LATIN_TWINS}]|[{_LATIN_TWINS}][а-яёА-ЯЁ]")
_ANY_LATIN = re.compile(r"[A-Za-z]")


def _cyrillic_twins(text: str) -> str:
    """Each word around a seam, in Cyrillic when all its Latin letters have a twin."""
    out = list(text)
    done = -1
    for seam in _SEAM.finditer(text):
        if seam.start() < done:
            continue
        start = seam.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        end = seam.end()
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        done = end
        word = text[start:end].translate(_AS_CYRILLIC)
        if not _ANY_LATIN.search(word):  # a Latin letter without a twin: a real mixed word
            out[start:end] = word
    return "".join(out)


def plain_typography(text: str) -> str:
    """``text`` with typographic spaces as spaces, dashes inside a word or number as hyphens
    and Latin look-alikes inside Cyrillic words as Cyrillic; the same length, so offsets
    carry over."""
    plain = _SPACE.sub(" ", text) if _SPACE.search(text) else text
    if any(dash in plain for dash in _DASHES):
        plain = _DASH_INSIDE.sub("-", plain)
    if _SEAM.search(plain):
        plain = _cyrillic_twins(plain)
    return plain
