"""The general model of a number after «№»: what its head is, and when none is needed.

A «№»/«N»/«номер» followed by a number is a record's number unless something owns it:

* the number is a safe code by shape (ICD-10, a service code, a form, a date, an OID), a
  SNILS or ENP by checksum, a phone (``keep``), or a regulation's («1234н», «323-ФЗ»);
* the governing word is public or clinical (``lexicon.head_before``: a legal act, a form, a
  facility, a room, a dose), unless the number is what such a word cannot own — a
  personnel order's «12/345-к», a decision «о назначении экспертизы», a count no one
  writes with a leading zero;
* with no governing word at all, a short plain number («№ 5») is kept (a facility, a
  ward, an item), while an identifier-shaped one («№ 2031», «№ 12-АБ», «№ Г-2025/04412»,
  digit groups «№ 77 0001 00451 24»), one given with its date of issue, or one after a
  person («донор № 12») is a record.

``strongly_shaped`` is the stricter test used where no marker stands at all.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from ozero.deid.text.recognizers.lexicon import (
    DOC,
    SAFE,
    classify,
    facility_number,
    head_before,
    identifier_shaped,
    is_legal_number,
    is_safe_code,
    sentence_end,
    tokens,
    two_word_head,
)
from ozero.identifiers import is_valid_enp, is_valid_snils

# «таб. № 08205», «пломба № 0048817»: a quantity (or tooth-filling) word before «№», but a
# number no count is written as
_QUANTITY_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:(?:таб|капс|кап|амп|фл|шт|доз|пломб)\w*|уп(?:ак\w*)?)\.?\s*)$"
)


# A mobile number without its 8, dashes all through: «902-970-87-13»
_MOBILE_DASHED = re.compile(r"9\d{2}-\d{3}-\d{2}-\d{2}")


def owned_elsewhere(number: str) -> bool:
    """An ENP or SNILS (checksum-valid) or a mobile number («на номер 89173320415»,
    «8.915.3389491», «902-970-87-13») belongs to its own recognizer, whatever the head."""
    digits = number.replace("-", "").replace(" ", "").replace(".", "")
    if not digits.isdigit():
        return False
    return (
        (len(digits) == 16 and is_valid_enp(digits))
        or (len(digits) == 11 and is_valid_snils(digits))
        or (len(digits) == 11 and digits[:2] in ("79", "89"))
        or bool(_MOBILE_DASHED.fullmatch(number))
    )


@lru_cache(maxsize=65536)
def keep(number: str) -> bool:
    """Never a record: codes and dates by shape, ENP/SNILS by checksum, the numbers of
    organisations and things by shape (``public_shape``). (A legal act's number is kept by
    its head, «приказ», «закон», not by its shape.)"""
    return (
        is_safe_code(number)
        or owned_elsewhere(number)
        or public_shape(number)
        or number == _ROUND_THE_CLOCK
    )


# «на связи 24/7»: round the clock, no number of anything
_ROUND_THE_CLOCK = "24/7"


# An arbitration court's case («А40-123456/2025»): a dispute of organisations, published
_ARBITRATION_CASE = re.compile(r"[АA]\d{1,2}-\d{1,7}/\d{2,4}")
# a medical licence in the single register of licences: «Л041-01302-80/00548832» (since
# 2021; the letter О read for the zero too), «ЛО-77-01-012345» (before): the clinic's
_MEDICAL_LICENCE = re.compile(r"Л[0О]\d{2}-\d{5}-\d{2}/\d{5,8}|Л[0О]-?\d{2}-\d{2}-\d{6}")
# An organisation's bank account: twenty digits whose balance account is no individual's
# (408xx are individuals' and sole traders' current accounts, 423xx/426xx their deposits)
_ACCOUNT = re.compile(r"(?:40[1-7]|30[12]|031|032)\d{17}")


# «№ 410326 — № 410375 (50 шт.)»: a range of numbered blanks or labels and their count,
# a stock handed out or received, nobody's record
_COUNT = r"\s*\(\s*\d[\d\s]*(?:шт|экз|бланк|лист|ед\b)"
_RANGE_THEN_COUNT = re.compile(rf"\s*[—–-]\s*(?:№\s*)?\d{{3,}}{_COUNT}")
_RANGE_START = re.compile(r"\d{3,}\s*[—–-]\s*(?:№\s*)?\Z")
_COUNT_AFTER = re.compile(_COUNT)


def counted_range(text: str, start: int, end: int) -> bool:
    """The number text[start:end] opens or closes a range followed by a count of pieces."""
    if _RANGE_THEN_COUNT.match(text, end):
        return True
    return bool(
        _COUNT_AFTER.match(text, end) and _RANGE_START.search(text, max(0, start - 16), start)
    )


def public_shape(number: str) -> bool:
    """An arbitration case, an organisation's bank account, a clinic's licence: by their shape. (A car's plate
    is no such number: it names its owner in the traffic police's register, and HIPAA's
    Safe Harbor lists vehicle identifiers among the eighteen; it stays masked.)"""
    return bool(
        _ARBITRATION_CASE.fullmatch(number)
        or _ACCOUNT.fullmatch(number)
        or _MEDICAL_LICENCE.fullmatch(number)
    )


def _counted_zero(text: str, numero_at: int, number: str) -> bool:
    """«таб. № 08205», «таб. № 118834» (personnel numbers), «пломба № 0048817» (a seal): a
    quantity has no leading zero, and no one counts tablets or fillings by the ten thousand.
    «…, таб. № 961» with no medicine or dose in its clause is an employee's number too."""
    if not number.isdigit() or not _QUANTITY_BEFORE.search(text, max(0, numero_at - 12), numero_at):
        return False
    if (number[0] == "0" and len(number) >= 4) or len(number) >= 5:
        return True
    return (
        len(number) >= 3
        and bool(_PERSONNEL_TAB.search(text, max(0, numero_at - 12), numero_at))
        and not _DOSE_BEFORE.search(text, max(0, numero_at - 50), numero_at)
    )


# «таб. №» after a comma or opening a field (not «Метформин 500 мг, таб. № 60»)
_PERSONNEL_TAB = re.compile(r"(?:^|[,;:(|]\s*|\n\s*)(?i:таб\.?\s*)$")
_DOSE_BEFORE = re.compile(
    r"(?i:\d\s*(?:мг|мкг|г|мл|ед|ме|%)(?!\w)|таблет|капсул|драже|внутрь|по\s+\d)[^\n]*$"
)


# «№ 207 от 16.01.2024», «№ 815340, выдано 03.02.25»: a number given with its date of issue
# is a document's number.
# («№ 55/26, 22.04.2026»: a full date after a comma is the date of issue too)
_DATED = re.compile(
    r"\s*(?:,?\s*(?:от|выдан[оаы]?)\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|«?\d{1,2}»?\s+[а-яё]{3,}\s+\d{4})"
    r"|,\s*\d{1,2}\.\d{1,2}\.\d{4}(?!\d))"
)
# A long official title («Медицинская карта пациента, получающего медицинскую помощь в
# стационарных условиях, … № 2024/1187») may put its document word this far back.
_TITLE_WORDS = 16
_TITLE_WINDOW = 240


def numero_head(text: str, numero_at: int, number_end: int, number: str) -> str | None:
    """The head of a «№» number: the nearby governing word; failing one, a date of issue
    right after it, or for an identifier-shaped number the document word a long title
    opens with, make it a document's number."""
    head = head_before(text, numero_at, number=number)
    if head == SAFE and (
        _counted_zero(text, numero_at, number)
        or (
            _DECISION_ABOUT.search(text, max(0, numero_at - 120), numero_at)
            and not is_legal_number(number)
        )
    ):
        return DOC
    if (
        head == SAFE
        and _DATED.match(text, number_end)
        and not facility_number(number)
        and _document_beyond_facility(text, numero_at)
    ):
        return DOC  # «Заключение … ГБУЗ «Наркологический диспансер» № 4373 от 05.08.2025»
    if head is not None:
        return head
    if is_legal_number(number):
        return None  # «Стандарт медицинской помощи № 1234н»: a regulation's number
    if _DATED.match(text, number_end) or _PERSON_BEFORE.search(
        text, max(0, numero_at - 30), numero_at
    ):
        return DOC  # «№ 207 от 16.01.2024»; «донор № 12», «реципиент № 3»: a person's number
    if identifier_shaped(number) or _FOUR_DIGITS.fullmatch(number) or _SHORT_CODE.fullmatch(number):
        found = head_before(text, numero_at, _TITLE_WINDOW, number, _TITLE_WORDS)
        if found == SAFE and strongly_shaped(number):
            return DOC  # a public word far back does not own «№ Г-2025/04412»
        return DOC if found in (DOC, None) else found
    return None


# Facilities named by an abbreviation («ГБУЗ», «ЦРБ»); a full word is "weak" in ``classify``
_FACILITY = re.compile(
    r"(?:гкб|гб|гп|дгп|дгкб|кб|дкб|одкб|окб|крб|црб|грб|рб|мсч|фап|нии|нмиц|фгбу|гбуз|гауз|гуз"
    r"|огбуз|бу|бузо|кгбуз|обуз|роддом)$"
)


def _document_beyond_facility(text: str, numero_at: int) -> bool:
    """A document word governs a dated number across the name of the facility that issued
    it: «Заключение врача ГБУЗ «Областной наркологический диспансер» № 4373 от …» (a
    facility is not numbered with a date; a public word such as «лицензия» or «приказ»
    before the facility keeps the number)."""
    line_start = text.rfind("\n", 0, numero_at) + 1
    toks = tokens(text[max(line_start, numero_at - _TITLE_WINDOW) : numero_at])
    for i in range(len(toks) - 1, -1, -1):
        kind, tok, _, _ = toks[i]
        if tok in (";", "!", "?") or (tok == "." and sentence_end(toks, i)):
            return False
        if kind != "word":
            continue
        head = _pair_head(toks, i) or classify(tok)
        if head == DOC:
            return True
        if head == SAFE and not _FACILITY.match(tok.lower()):
            return False
    return False


def _pair_head(toks: list, i: int) -> str | None:
    """The head of toks[i] read with the word after it («протокол испытаний», «договор
    поставки»: the pair names an organisation's paper) or before it."""
    nxt = toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][0] == "word" else None
    prev = toks[i - 1][1] if i and toks[i - 1][0] == "word" else None
    return (two_word_head(toks[i][1], nxt) if nxt else None) or two_word_head(prev, toks[i][1])


# A decision about a case, not a regulation: «постановление о назначении экспертизы № 4471»,
# «приказ о приёме на работу № 12/345-к» (a regulation's title follows its number).
_DECISION_ABOUT = re.compile(
    r"(?i:(?<!\w)(?:постановлени|приказ|решени|определени)\w*\s+(?:о|об)\s+[^.;\n№]{0,80}$)"
)
# Digit groups split by single spaces, the last not a year before «г.»
DIGIT_GROUPS = re.compile(r"\d{1,6}(?:[ \xa0]\d{2,8}){1,4}(?![\w/-]| ?г\.)")
# «№ 12-АБ», «№ АБ-12»: letters and two digits or more, joined by a dash or a slash
_SHORT_CODE = re.compile(r"(?=.*[^\W\d_])(?=(?:\D*\d){2})[^\W_]+(?:[-/][^\W_]+)+")


def grouped_id(number: str) -> bool:
    """Six digits or more in three groups or more, or in two with a long one: no date,
    count or dose is written so."""
    groups = number.replace("\u00a0", " ").split(" ")
    digits = sum(len(g) for g in groups)
    return digits >= 6 and (len(groups) >= 3 or max(len(g) for g in groups) >= 5)


# «№ 2031»: four digits after «№» are no year (no one numbers a year)
_FOUR_DIGITS = re.compile(r"\d{4}")
# A person right before «№»: «пациент № 12», «донор № 4», «реципиентом № 3».
_PERSON_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:пациент|больн|донор|реципиент|застрахованн)[а-яё]{0,4}\s*)\Z"
)


def strongly_shaped(number: str) -> bool:
    """Six digits or more, or digits joined by letters or separators (not a code or a
    decimal): no count, year, dose or room is written so."""
    if keep(number) or not identifier_shaped(number):
        return False
    digits = sum(c.isdigit() for c in number)
    return digits >= 6 or (not number.isdigit() and digits >= 4)
