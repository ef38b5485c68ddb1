"""Letter-spaced text and words broken at a line's end, closed up before analysis and
mapped back after.

Scanned and typed forms space out headers and sometimes whole lines: «П Р О Т О К О Л»,
«Пациентка В о л к о в а  Т. С.», «Дата 1 4. 0 5. 2 0 2 5». No recognizer reads a name or
a date one letter at a time, so runs of single characters separated by single spaces are
closed up («Волкова», «14.05.2025»), the text is analysed, and each span is mapped back to
the original characters. Words in such text are kept apart by two spaces or more, which
the closing leaves alone. Runs are closed up only in a text with a word of five letters or
more spaced out, so single-letter words and spaced digits are left alone elsewhere; a number
written one digit to a cell (ten to twelve digits) is closed up wherever it stands.
"""

from __future__ import annotations

import regex as re

_RUN = re.compile(r"(?<![\w.])\w\.?(?: \w\.?){2,}(?![\w])")
# Five letters spaced out mark a letter-spaced text (a spaced dental formula «8 7 6 5 4» or
# a list «и в с» does not)
_SPACED_WORD = re.compile(r"(?<![\w.])\p{L}(?: \p{L}){4,}(?![\w])")


# A number written one digit to a cell of a form: «СНИЛС 9 6 5 9 6 4 6 8 9 0 4», «ИНН 5 9 2 6
# 4 4 4 9 1 8 9 9», «паспорт 8 1 2 1  1 3 7 0 2 1» (two spaces between series and number stay):
# ten to twelve digits, the lengths of a passport, a SNILS and an INN, and no digit beside
# the run (a dental formula «8 7 6 5 4 3 2 1 1 2 3 4 5 6 7 8» is longer)
# (a list's next item may follow: «… 0 2 1 5. Место регистрации»)
_SPACED_DIGITS = re.compile(r"\d(?: {1,2}\d){9,11}(?![\w.]| {1,2}\d(?!\.))")
_DIGIT_BEFORE = re.compile(r"(?:[\w.]|\d {1,2})$")


def _spaced_digits(text: str) -> list[tuple[int, int]]:
    """The single spaces inside numbers written one digit to a cell."""
    dropped: list[tuple[int, int]] = []
    for m in _SPACED_DIGITS.finditer(text):
        if _DIGIT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue
        dropped.extend(
            (i, i + 1)
            for i in range(m.start() + 1, m.end() - 1)
            if text[i] == " " and text[i - 1].isdigit() and text[i + 1].isdigit()
        )
    return dropped


# A word a typewriter or a form broke at a line's end with a hyphen: «Горш-⏎кова Ольга»
# (small letters on both sides: «Ильин-⏎Загорский» keeps its hyphen)
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[а-яё])-[ \t]*\n[ \t]*(?=[а-яё])")


def close_up(text: str) -> tuple[str, list[int]] | None:
    """(the text with letter-spaced runs closed up and words broken at a line's end joined,
    the original offset of each of its characters), or None when there is neither."""
    dropped: list[tuple[int, int]] = []  # (start, end) of what goes: spaces, hyphen breaks
    if _SPACED_WORD.search(text):
        for m in _RUN.finditer(text):
            dropped.extend((i, i + 1) for i in range(m.start(), m.end()) if text[i] == " ")
    if "-" in text:
        dropped.extend(m.span() for m in _LINE_BREAK_HYPHEN.finditer(text))
    dropped.extend(_spaced_digits(text))
    if not dropped:
        return None
    out: list[str] = []
    where: list[int] = []
    at = 0
    for start, end in sorted(dropped):
        out.append(text[at:start])
        where.extend(range(at, start))
        at = end
    out.append(text[at:])
    where.extend(range(at, len(text)))
    return "".join(out), where


def span_back(where: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the closed-up text as a span of the original."""
    return where[start], where[end - 1] + 1
