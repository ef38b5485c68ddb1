"""What a finding's span runs on into, past where its recognizer stopped.

- **A number wrapped at a line's end.** Narrow form fields and PDF exports break a long
  number over two lines: «ЭЛН 938976⏎267674», «заказ ЛИС-26⏎-540416», «тел. 8 960⏎459 41
  06», «полис ОМС 40207229⏎22331324». The recognizer finds the first line's part; the
  digits that open the next line and end there (or before a comma, a table's bar or wide
  spacing) are the same number. Not a list's next item («2. Диагноз»), a time or a date
  («15:30», «12.05»), or a number followed by a word («12 мая»).
- **A year said in words after a day and month said so** (a call transcribed): «восьмого
  сентября пятьдесят пятого», «третьего декабря тысяча девятьсот сорок пятого года».
- **A record's last group after a stray space** («Донорская карта Д-4806 43»); its head
  left at the previous line's end («PL959⏎91556»); its series where a paper's letters are
  written twice («полис ВЗР ВЗР 5533730653»).
- **A person's last initial or patronymic particle.** «Сингх Г.», «Шарма Р.» (one initial
  after a surname the recognizers found), «Врач Ткаченко ЗВ» (initials without their dots),
  «Гасанов Эльчин Вагиф оглы», «Мамедова Севиндж Ильгар кызы» (the Turkic patronymic's
  particle); a given name beside a surname found alone («Фельдшер Шмидт Анна»).
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.names import given_name_share
from ozero.identifiers import digits_only

# digits a whole number of the type holds: a wrapped part is joined only to a number short of
# them, and only when the two make one (a table's wrapped cell after a whole phone is the
# next column's); a record number, of no fixed length, takes three digits or more
_WHOLE_DIGITS = {
    E.PHONE: range(10, 13),
    E.SNILS: range(11, 12),
    E.ENP: range(16, 17),
    E.INN: range(10, 13),
    E.PASSPORT: range(10, 11),
}
_RECORD_MIN_DIGITS = 3
_WRAPPED = re.compile(
    r"[-/]?[ \t]*\n[ \t]*"  # («TM26-⏎80370-BZ»: the dash left on the first line)
    r"(?!\d{1,2}[.)](?:\s|$))"  # a list's next item
    r"-?\d(?:[\dА-ЯЁA-Z/]|-(?=[\dА-ЯЁA-Z])| (?=\d))*"
    r"(?:(?=[ \t]*(?:\n|$)|[,;|)]|[ \t]{2}|\.(?:\s|$))|(?P<word_after>(?=[ \t][^\d\s])))"
)
# A record's last group after a stray space, as a scan or a hurried hand leaves it: «Донорская
# карта Д-4806 43», «обменная карта 113-20 26-0553», «ПУТЁВКА № С-68 6186 в …» (the group
# ends where the line, a cell, a punctuation mark or a capitalised word does; not a count or
# a date going on in words, «№ 4512 12 мая», «№ 12 3 раза»)
_SPACED_GROUP = re.compile(
    r"[ \t]\d{1,6}(?:[-/]\d{1,6})?(?:-[А-ЯЁA-Z])?"
    r"(?=[ \t]*(?:\n|$|[,;|)])|[ \t]{2}|[ \t]+(?:[А-ЯЁA-Z«\"(]|в[ \t]))"
)
# a word after the wrapped part ends it only when the part is long («контейнер 2908005⏎681645
# принят»): «ИБ № 4512⏎12 мая» is a date on the next line
_DIGITS_BEFORE_A_WORD = 4
# a record's head at the previous line's end, its digits wrapped onto this one: «PL959⏎91556»,
# «А-77⏎35121», «Номер запроса: TM26-⏎80370-BZ» (letters with digits, or ending in a dash
# or a slash: a word alone is no head)
_HEAD = re.compile(
    r"(?:(?<=[\s|:;(])|^)(?P<head>[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9]*(?:[-/][A-ZА-ЯЁ0-9]+)*[-/]?)"
    r"[ \t]*\n[ \t]*$"
)
_HEAD_REACH = 24
# a paper's letters written twice before its number: the kind, then the series the number
# carries («полис ВЗР ВЗР 5533730653», «МИС (ЕМК ЕМК 36072098)», «Моё РВП РВП 9557/26»)
_REPEATED_SERIES = re.compile(
    r"(?<![\w-])(?P<kind>[А-ЯЁA-Z]{2,5}[а-я]?)[ \t]+(?P<series>(?P=kind))[ \t]+$"
)
_PERSON_TAIL = re.compile(
    r"[ \t]+(?:(?:оглы|кызы|угли|кизи|улы)(?![\w-])|[А-ЯЁ]\.(?![ \t]?[А-ЯЁ]\.|\w)"
    # initials without their dots at a line's or a sentence's end: «Врач Ткаченко ЗВ»
    r"|(?!ИБ|КТ|МО|РФ|АД|ГБ|СД|ОК|ЛО|УЗ|ЖК|ДС|ЧС|ЧР|ВК|ЛС|ТО|ИП)[А-ЯЁ]{2}"
    r"(?=[ \t]*(?:$|\n|[.,;)|])))"
)
# a given name beside a surname found alone: «Фельдшер Шмидт Анна», «Заполнил Саргылана
# Ляхова» (a name word by the dictionary: at least half its readings a given name)
_WORD_AFTER = re.compile(r"[ \t](?P<word>[А-ЯЁ][а-яё]{2,})(?![\w-])")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[А-ЯЁ][а-яё]{2,})[ \t]$")
_GIVEN_SHARE = 0.5
_GIVEN_REACH = 24  # a given name's word before a surname


_MONTH_END = re.compile(
    r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[яа]$"
)
_TENS = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"
_UNIT_ORDINAL = (
    r"(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого)"
)
_ROUND_ORDINAL = (
    r"(?:десятого|одиннадцатого|двенадцатого|тринадцатого|четырнадцатого|пятнадцатого"
    r"|шестнадцатого|семнадцатого|восемнадцатого|девятнадцатого|двадцатого|тридцатого"
    r"|сорокового|пятидесятого|шестидесятого|семидесятого|восьмидесятого|девяностого"
    r"|двухтысячного)"
)
# (a unit alone only after the century: «восьмого сентября второго кабинета» is a room)
_YEAR_IN_WORDS = re.compile(
    r"[ \t]+(?:(?:тысяча[ \t]+девятьсот|две[ \t]+тысячи)[ \t]+"
    rf"(?:{_TENS}[ \t]+{_UNIT_ORDINAL}|{_ROUND_ORDINAL}|{_UNIT_ORDINAL})"
    rf"|{_TENS}[ \t]+{_UNIT_ORDINAL}|{_ROUND_ORDINAL})(?:[ \t]+года)?(?![\w-])",
    re.IGNORECASE,
)


def tail_end(text: str, entity_type: str, start: int, end: int) -> int:
    """Where a finding of ``entity_type`` over ``text[start:end]`` really ends."""
    if entity_type == E.PERSON:
        m = _PERSON_TAIL.match(text, end)
        if m:
            return m.end()
        word = _WORD_AFTER.match(text, end)
        return word.end() if word and _alone(text, start, end) and _given(word["word"]) else end
    if entity_type in (E.DATE, E.BIRTH_DATE):
        m = _YEAR_IN_WORDS.match(text, end) if _MONTH_END.search(text, start, end) else None
        return m.end() if m else end
    if entity_type != E.RECORD_ID and entity_type not in _WHOLE_DIGITS:
        return end
    m = _WRAPPED.match(text, end)
    if m is None:
        if entity_type == E.RECORD_ID and (spaced := _SPACED_GROUP.match(text, end)):
            return spaced.end()
        return end
    added = len(digits_only(m.group()))
    if m["word_after"] is not None and added < _DIGITS_BEFORE_A_WORD:
        return end
    whole = _WHOLE_DIGITS.get(entity_type)
    if whole is None:
        return m.end() if added >= _RECORD_MIN_DIGITS else end
    found = len(digits_only(text[start:end]))
    return m.end() if found not in whole and found + added in whole else end


def _given(word: str) -> bool:
    return given_name_share(word) >= _GIVEN_SHARE


def _alone(text: str, start: int, end: int) -> bool:
    """The person found is one word (a surname the name's other words may stand beside)."""
    return " " not in text[start:end].strip()


def person_start(text: str, start: int, end: int) -> int:
    """Where a surname found alone really starts: with the given name written before it."""
    if not _alone(text, start, end):
        return start
    word = _WORD_BEFORE.search(text, max(0, start - _GIVEN_REACH), start)
    return word.start() if word and _given(word["word"]) else start


def head_start(text: str, entity_type: str, start: int, end: int) -> int:
    """Where a record found at ``start`` really starts: with its series written after the
    paper's same letters, or (at a line's start) with its head wrapped at the previous line's
    end."""
    if entity_type == E.PERSON:
        return person_start(text, start, end)
    if entity_type != E.RECORD_ID:
        return start
    series = _REPEATED_SERIES.search(text, max(0, start - _HEAD_REACH), start)
    if series is not None:
        return series.start("series")
    m = _HEAD.search(text, max(0, start - _HEAD_REACH), start)
    if m is None:
        return start
    head = m["head"]
    return m.start("head") if any(c.isdigit() for c in head) or head[-1] in "-/" else start
