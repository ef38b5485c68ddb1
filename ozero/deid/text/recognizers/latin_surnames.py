"""A person's name written in Latin letters, known by its surname's ending.

Foreign patients' and travellers' papers, consulates' letters, e-mail subjects and MIS
exports write a name as the passport's machine zone does: «SAIDOV Bobur», «DEMIDOVA
LYAYSAN», «Timofey Cheprasov». No Russian rule reads Latin words, and NER does not either;
the ending of a transliterated Russian, Caucasian, Central Asian or Ukrainian surname
(«-ov», «-eva», «-skiy», «-enko», «-yan», «-idze», «-shvili», «-uk») beside a given name's
word, one space between (wider spacing is a table's next column), tells a person; «-ian» is
English's («Caucasian», «Little Endian»). A name label before it is ``name_columns``' (any Latin name)."""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

_ENDING = (
    r"(?:[OoEe][Vv](?:[Aa])?|[Ss][Kk](?:[Ii][Yy]|[Yy]|[Ii][Ii]|[Aa][Yy][Aa]|[Aa][Ii][Aa])"
    r"|[Ee][Nn][Kk][Oo]|[Yy][Aa][Nn]|[Ii][Dd][Zz][Ee]|[Ss][Hh][Vv][Ii][Ll][Ii]|[Uu][Kk])"
)
_SURNAME = rf"[A-Z][A-Za-z']{{2,}}{_ENDING}(?:-[A-Z][A-Za-z']+)?"
# (not a place's or an organisation's kind after a town or a founder's name: «Kharkov Oblast»)
_KIND = (
    r"(?i:oblast|region|krai|kray|district|street|avenue|prospekt|city|hospital|clinic|center"
    r"|centre|university|institute|theatre|theater|company|group|ltd|llc|inc|medical|pharma)"
)
_GIVEN = rf"(?!{_KIND}(?![\w-]))(?:[A-Z][a-z]{{2,}}|[A-Z]{{3,}})"
_LATIN_PERSON = re.compile(
    rf"(?<![\w@.-])(?:{_SURNAME}[ \t]{_GIVEN}(?:[ \t]{_GIVEN})?|{_GIVEN}[ \t]{_SURNAME})"
    r"(?![\w@-])"
)


class LatinSurnameRecognizer(SingleEntityRecognizer):
    """A Latin full name whose surname ends as transliterated surnames do → PERSON."""

    ENTITY = E.PERSON
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans: set[tuple[int, int]] = set()
        for word in _SURNAME_WORD.finditer(text):  # rare: the full pattern runs near them only
            lo, hi = max(0, word.start() - _REACH), min(len(text), word.end() + _REACH)
            hi = _WORD_REST.match(text, hi).end()  # (a word cut at the window's end is no name)
            spans.update(m.span() for m in _LATIN_PERSON.finditer(text, lo, hi))
        return sorted(spans)


# a surname-shaped Latin word, found fast (no look-behind): where a name may stand
_SURNAME_WORD = re.compile(rf"[A-Z][A-Za-z']{{2,}}{_ENDING}\b")
_REACH = 40  # a given name's word or two beside the surname
_WORD_REST = re.compile(r"[\w@'-]*")
