"""Letters OCR reads for digits inside a number, read back as digits before analysis.

A scanned or photographed form comes back with «О» for 0, «З» for 3, «l» for 1, «S» for 5,
«б» for 6 and «В» for 8 inside its numbers: «тел. 8 938 91 О0 645», «Паспорт В1 l8 SlS132»,
«Дата рождения 2S.О7.198В». No recognizer reads such a number, so the analysed copy of the
text has them as digits; the copy has the same length, so every span found in it is a span
of the original. Only a number is touched: a run of tokens that each hold a digit (or are
look-alikes glued to one by «.»), with four digits at least and no more look-alike letters
than digits. A word, a vitamin «В12», a house «12б», a preposition «В 2024 году» or a
number's letter prefix («№ В778587», «В-25-0629»), a service's or a diagnosis's code
(«B01.047.001», «S72.0») and a model's Latin suffix («7890B») stay as written.
"""

from __future__ import annotations

import regex as re

_LOOKALIKES = "ОOоoЗзlSбВB"
_AS_DIGITS = str.maketrans(_LOOKALIKES, "00003315688")
_LATIN = "OoSB"
_CHARS = rf"[0-9{_LOOKALIKES}]"
# a letter glued after a digit, or before a lone one: looked for first, most texts have
# none (a code's leading capital, «B01.047.001», «S72.0», is never read and opens nothing)
_GLUED = re.compile(rf"\d[{_LOOKALIKES}]|[{_LOOKALIKES}](?:[{_LOOKALIKES}]\d|\d(?!\d))|[оoзlб]\d")
# a token of digits and look-alikes; glued to the next one by a separator inside a number
# (not after an abbreviation's slash: «и/б1234» is a case history's number, «б» no 6)
_TOKEN = re.compile(rf"(?<![\w])(?<![а-яёА-ЯЁ]/){_CHARS}+(?![\w])")
_GAP = re.compile(r"[ .\-/()№]{1,3}")  # between the tokens of one number
MIN_DIGITS = 4


def digits_read(text: str) -> str:
    """``text`` with OCR's look-alike letters inside numbers read as digits (same length)."""
    out: list[str] | None = None
    line_end = -1
    for glued in _GLUED.finditer(text):
        if glued.start() < line_end:
            continue  # the line was read already
        line_start = text.rfind("\n", 0, glued.start()) + 1
        line_end = text.find("\n", glued.end())
        line_end = len(text) if line_end < 0 else line_end
        out = out if out is not None else list(text)
        run: list[re.Match[str]] = []
        for token in [*_TOKEN.finditer(text, line_start, line_end), None]:
            if token is not None and run and _continues(text, run[-1], token):
                run.append(token)
                continue
            _read_run(run, out)
            run = [token] if token is not None else []
    return text if out is None else "".join(out)


def _continues(text: str, last: re.Match[str], token: re.Match[str]) -> bool:
    gap = text[last.end() : token.start()]
    if not _GAP.fullmatch(gap):
        return False
    if _has_digit(last.group()) and _has_digit(token.group()):
        return True
    return gap == "."  # «Оl.О4.194б»: a dot joins a date's letters-only part


def _read_run(run: list[re.Match[str]], out: list[str]) -> None:
    if not run:
        return
    digits = sum(c.isdigit() for t in run for c in t.group())
    read = [i for t in run for i in _misread(t)]
    if digits < MIN_DIGITS or len(read) > digits or not read:
        return
    for i in read:
        out[i] = out[i].translate(_AS_DIGITS)


def _misread(token: re.Match[str]) -> list[int]:
    """Offsets of the token's look-alike letters, but for a capital letter leading digits
    only («В778587», «B01.047.001», «S72.0»: a number's letter prefix, a service's or a
    diagnosis's code) and a Latin one ending them («7890B», «5008S»: a model's suffix)."""
    word = token.group()
    first = 1 if word[0].isupper() and len(word) > 2 and word[1:].isdigit() else 0
    last = len(word)
    if word[-1] in _LATIN and len(word) > 3 and word[:-1].isdigit():
        last -= 1
    return [token.start() + i for i in range(first, last) if not word[i].isdigit()]


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)
