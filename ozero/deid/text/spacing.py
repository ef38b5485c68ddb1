"""Letter-spaced text and words broken at a line's end, closed up before analysis and
mapped back after.

Scanned and typed forms space out headers and sometimes whole lines: «П Р О Т О К О Л»,
«Пациентка В о л к о в а  Т. С.», «Дата 1 4. 0 5. 2 0 2 5». No recognizer reads a name or
a date one letter at a time, so runs of single characters separated by single spaces are
closed up («Волкова», «14.05.2025»), the text is analysed, and each span is mapped back to
the original characters. Words in such text are kept apart by two spaces or more, which
the closing leaves alone. Runs are closed up only in a text with a word of five letters or
more spaced out, so single-letter words and spaced digits are left alone elsewhere.
"""

from __future__ import annotations

import regex as re

_RUN = re.compile(r"(?<![\w.])\w\.?(?: \w\.?){2,}(?![\w])")
# Five letters spaced out mark a letter-spaced text (a spaced dental formula «8 7 6 5 4» or
# a list «и в с» does not)
_SPACED_WORD = re.compile(r"(?<![\w.])\p{L}(?: \p{L}){4,}(?![\w])")


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
