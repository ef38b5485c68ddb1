"""Calendar dates, told apart as birth dates when the wording around them says so."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import result_of

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ]
    )
}
_NUMERIC = re.compile(r"(?<![\w.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\.?\d)")
_WORDS = re.compile(
    r"(?<![\w«\"„])[«\"„]?(\d{1,2})[»\"“]?\s+("
    + "|".join(MONTHS)
    + r")\s+(\d{4})(?:\s*(?:года|г\.)(?!\s?р\.))?",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(MONTHS)
# «12 дек. 2024», «3 сент 2025 г.»: a month cut short
_SHORT_MONTHS = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
_SHORT = re.compile(
    r"(?<![\w«])(\d{1,2})\s+(" + "|".join(_SHORT_MONTHS) + r")\.?\s+(\d{4})"
    r"(?:\s*(?:года|г\.)(?!\s?р\.))?",
    re.IGNORECASE,
)
# «01-мар-2024», «01.мар.24»: a printout's short month between dashes or dots
_SHORT_JOINED = re.compile(
    r"(?<![\w«.-])(\d{1,2})([-.])(" + "|".join(_SHORT_MONTHS) + r")\2(\d{4}|\d{2})(?![\w.-]\w|\d)",
    re.IGNORECASE,
)
# «10 Nov 2024», «5 March 2025», «03-JUN-2026» (an analyser's printout)
_ENGLISH_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
# (a case report form writes the month in capitals, run together or between dashes or
# slashes: «03JUN2026», «03-JUN-2026», «03/JUN/2026»)
_ENGLISH = re.compile(
    r"(?<![\w-])(\d{1,2})(?:\s+|-|/)?(" + "|".join(_ENGLISH_MONTHS) + r")[a-z]*\.?,?(?:\s+|-|/)?"
    r"(\d{4})(?![\dA-Za-z])",  # not the head of a longer Latin code («10AUG2024X1»)
    re.IGNORECASE,
)
# A day and a month with no year: «5 февраля», «с 05.03 по 08.03», «от 3/II»; a number
# after the month stops it (a year, or something else) unless it is a clock time: «запись
# на 6 декабря 19:05», «6 декабря в 9.30».
_DAY_MONTH_WORDS = re.compile(
    r"(?<![\w«\"„\d])[«\"„]?(\d{1,2})[»\"“]?\s+("
    + _MONTH_NAMES
    + r")(?!\s+\d(?!\d?[:.][0-5]\d(?!\d|[.,]\d)))",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(r"(?<![\w.,/\d])(\d{1,2})\.(\d{2})(?![\w]|[.,/]\d|\s?[%°])")
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate(
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
)}  # fmt: skip
_DAY_ROMAN = re.compile(r"(?<![\w/.])(\d{1,2})/([IVX]{1,4})(?:-(\d{4}|\d{2}))?(?![\w/])")
# «3.III.2025», «14.IV.25», «5 VII 1977»: a Roman-numeral month between day and year (dots
# or spaces, the same on both sides)
_ROMAN = re.compile(
    r"(?<![\w./])(\d{1,2})(?P<sep>\.\s?|\s)([IVX]{1,4})(?P=sep)(\d{4}|\d{2})(?![\w]|\.\d)"
)
# «05.03.2024г.», «05.03.24г выдана»: the year's mark run into the date is the date's (a
# record's number rule used to take the whole, mark included)
_YEAR_MARK = re.compile(r"г(?:\.|(?![а-яёa-z]))", re.IGNORECASE)
# «06-07.03.2024»: two days of one month (a duty, a stay), the first before the dash
_DAY_RANGE = re.compile(r"(?<![\w.,/\d-])(\d{1,2})-(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\.?\d)")
# «05,03,2024»: a scan that read the dots as commas (two-digit day and month, a full year)
_COMMAS = re.compile(r"(?<![\w.,])(\d{2}),(\d{2}),(\d{4})(?![\w,]|[.,]\d)")
# «Дата05.03.2024»: a label run into its date (a scan, a form's field); a full date only
_GLUED = re.compile(r"(?<=[а-яё])(\d{2})\.(\d{2})\.(\d{4})(?!\.?\d)")
# «с 5 по 12 марта», «в ночь с 4 на 5 марта»: the first day of a range is a day of that month
_RANGE_FROM = re.compile(
    r"(?<![\w-])(?i:с|со)\s+(\d{1,2})\s+(?i:по|до|на)\s+(?=\d{1,2}\s+(?i:" + _MONTH_NAMES + r"))"
)
# «2025.01.20»: year first with dots (as some lab systems print it)
_YEAR_FIRST = re.compile(r"(?<![\w./])(\d{4})(?:\.(\d{2})\.|/(\d{2})/)(\d{2})(?![\w]|[./]\d)")
# «17-04-1962», «02 11 1970»: day, month and a four-digit year joined by dashes or single
# spaces. Only four-digit years (and a plausible date): «12-34-56» is a phone, «22 10 553811»
# a passport.
_DASHED = re.compile(r"(?<![\w\-+])(\d{2})-(\d{2})-(\d{4})(?![\w\-]|\.\d)")
# (a list's next item may follow: «Дата рождения 27 07 2001 3. Место регистрации»)
_SPACED = re.compile(r"(?<![\w\-+]|\d[ \-])(\d{2}) (\d{2}) (\d{4})(?![\w\-]|\s\d(?!\.\s)|\.\d)")
# a scan's stray spaces beside the dots: «07. 10. 2026», «01 .06.2016»
# (the look-behind after the first digit: at the start of the pattern it would be tried at
# every offset of every text)
_DOTS_SPACED = re.compile(r"(\d(?<![\w.]\d)\d?) ?\. ?(\d{1,2}) ?\. ?(\d{4})(?!\.?\d)")
# «третьего марта», «двадцать пятое декабря две тысячи двадцать четвёртого года», «1-го
# марта»: a day as an ordinal word (or digits with an ordinal ending), a month name, and a
# year in words or digits if any.
_ORDINAL_STEMS = (
    "перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
    "|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат"
    "|тридцат"
)
_ORDINAL_END = r"(?:ое|ого|ому|ым|ом|ье|ьего|ьему|ий|ая|ой)"
_DAY_WORD = (
    rf"(?:(?:двадцать|тридцать)\s+(?:{_ORDINAL_STEMS}){_ORDINAL_END}"
    rf"|(?:{_ORDINAL_STEMS}){_ORDINAL_END}|\d{{1,2}}-?(?:го|е|ое|ого))"
)
# a year in words, «года» or not: «тысяча девятьсот девяносто восьмого», «две тысячи
# десятого года» (numeral words only, so the sentence's next word is never taken)
_TENS = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"
_YEAR_ORDINAL = (
    rf"(?:{_ORDINAL_STEMS}|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)[а-яё]*"
)
_YEAR_WORDS = (
    r"(?:\s+(?:(?:одна\s+)?тысяча\s+девятьсот|две\s+тысячи)"
    rf"(?:\s+{_TENS})?\s+{_YEAR_ORDINAL}(?:\s+года)?"
    r"|\s+\d{4}\s*(?:года|г\.)?)?"
)
# looked for from the month (rare) back to the day (the costly alternation)
_MONTH_THEN_YEAR = re.compile(rf"(?<![\w-])(?i:{'|'.join(MONTHS)}){_YEAR_WORDS}(?!\w)")
_DAY_BEFORE_MONTH = re.compile(rf"(?<![\w-])(?i:{_DAY_WORD})\s+$")
# «до версии 4.12», «v. 2.10», «релиз 3.11»: a software version, not a day and month
_VERSION_BEFORE = re.compile(r"(?i:(?<!\w)(?:верси\w*|вер\.|v\.?|ver\.?|релиз\w*|сборк\w*)\s*)$")
# A quantity after the number: «12.05 ммоль/л» is a measurement, not 12 May.
_UNIT_AFTER = re.compile(
    r"\s?(?:мг|мкг|мл|г\b|кг|мм|см|м\b|ЕД|Ед|МЕ|ммоль|мкмоль|мкм|л\b|руб|балл|ед|x|×|\*"
    # a hormone's or a clotting time's unit («Т4 свободный — 23.04 пмоль/л», «АЧТВ 13.02 с
    # (25,4–36,9)»: seconds only before a reference range, «с» alone is «from»)
    r"|пмоль|нмоль|мкМЕ|мМЕ|нг/|пг/|%|сек\b|с(?=\s*\(\d))"
)
# «StudyDate 20250211», «дата: 20240517», «Birth: 19961219», a DICOM date «DA [20260223]»:
# eight digits under a date word or in a date's value representation. Its context makes it
# a date before any number rule that reads eight digits after «Study» as a record. (The
# digits are found first, the context then: a look-behind tried at every offset cost more.)
_EIGHT_DIGITS = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
# (a key aligned in a column: «PatientBirthDate   : 20030320»; «Дата рождения: 20170121»;
# a vaccination's stage of the national calendar before its day: «Приорикс (V1) 20221031»)
_COMPACT_CONTEXT = re.compile(
    r"(?:(?i:date|дата|birth|dob)\w*(?:[\s:=]{1,6}(?i:рождения|of\s+birth))?[\s:=]{1,6}"
    r"|(?<![\w])DA\s?\[|(?<![\w])\(R?V\d{1,2}\)[ \t]{1,3})\Z"
)
# a CDA time's value, its day first and its time after: «<birthTime value="19891120"/>»,
# «<effectiveTime value="202605191034+0500"/>» (the day is the date; the hour is no one's)
_CDA_TIME = re.compile(
    r"<(?:\w+:)?(?:effectiveTime|birthTime|deceasedTime|time|low|high)\b[^<>]{0,80}?\bvalue=\""
    r"\K(\d{4})(\d{2})(\d{2})(?=(?:\d{2}){0,3}(?:\.\d{1,4})?(?:[+-]\d{4})?\")"
)
# A scanned date whose zeros and threes were read as letters: «1З.О1.2О25».
_OCR = re.compile(r"(?<![\w.])([\dОOЗ]{1,2})\.([\dОO]{1,2})\.([\dОOЗ]{4})(?![\w.])")
_OCR_DIGITS = str.maketrans("ОOЗ", "003")
# (in a file's name too: «porcionnik_2026-08-23.csv»)
_ISO = re.compile(
    r"(?<![\p{L}\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?![\p{L}\d-])"
)

_BIRTH_BEFORE = re.compile(
    r"(?i:дат\w*\s+рождения|д\.\s?р\.|г\.\s?р\.|родил(?:ся|ась)|рожд[её]н\w*|рождения)"
    r"[\s:,\-]*(?:\w+[\s:,\-]+)?$"
)
_BIRTH_AFTER = re.compile(r"^\s*(?:г\.?\s*)?(?i:г\.?\s?р\.?|года\s+рождения|гр\b|р\.)")
_CONTEXT_CHARS = 40


def _plausible(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1880 <= year <= 2100


def full_date_at(text: str, start: int) -> bool:
    """A plausible day, month and year begin at ``start``: «справка от 05.03.2024г» holds the
    paper's date there, not its number (so do «2024.03.05», «06-07.03.2024», «3/IV-2024»)."""
    m = _NUMERIC.match(text, start)
    if m is not None:
        return _plausible(int(m[1]), int(m[2]), _full_year(m[3]))
    m = _YEAR_FIRST.match(text, start)
    if m is not None:
        return _plausible(int(m[4]), int(m[2] or m[3]), int(m[1]))
    return any(s == 0 for s, _ in _days_and_roman_months(text[start : start + 16]))


def _english_dates(text: str) -> set[tuple[int, int]]:
    """A day, an English month's name and a year: a date whatever governs it («Запрос закрыт
    06-JUL-2026»), above a record's number rules as eight governed digits are."""
    if not _named(text.casefold(), _ENGLISH_MONTHS):
        return set()
    return {
        m.span()
        for m in _ENGLISH.finditer(text)
        if _plausible(int(m[1]), _ENGLISH_MONTHS[m[2].lower()], int(m[3]))
    }


def _certain_dates(text: str) -> set[tuple[int, int]]:
    """The dates scored above a record's number rules (``COMPACT_SCORE``)."""
    return _compact_dates(text) | _english_dates(text)


def _compact_dates(text: str) -> set[tuple[int, int]]:
    """Eight digits a date word or a DICOM date's value representation governs, and the day
    of a CDA time's value."""
    spans = set()
    for m in _CDA_TIME.finditer(text) if "value=" in text else ():
        if _plausible(int(m[3]), int(m[2]), int(m[1])):
            spans.add(m.span())
    for m in _EIGHT_DIGITS.finditer(text):
        start = m.start()
        if _COMPACT_CONTEXT.search(text, max(0, start - 24), start) and _plausible(
            int(m[3]), int(m[2]), int(m[1])
        ):
            spans.add(m.span())
    return spans


def in_cda_time(text: str, start: int) -> bool:
    """The digits at ``start`` open a CDA time's value (``LongDigitsRecognizer`` leaves
    «202605191034» there: its day is a DATE, its hour no one's)."""
    if not text.endswith('value="', 0, start):
        return False
    m = _CDA_TIME.search(text, max(0, text.rfind("<", 0, start)))
    return m is not None and m.start() == start


def _american(m: re.Match) -> bool:
    """«04/28/2026», «08/24/1967»: month first, as American devices print it (only where
    the day cannot come first; a full year and slashes)."""
    return "/" in m[0] and len(m[3]) == 4 and _plausible(int(m[2]), int(m[1]), int(m[3]))


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 1900 + int(text)  # any valid century will do


class DateRecognizer(LocalRecognizer):
    """``12.03.1985``, ``12.03.85``, ``12 марта 1985 г.``, ISO; birth-date context → BIRTH_DATE."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there

    DATE_SCORE = 0.6
    BIRTH_SCORE = 0.95
    # eight digits a date word governs, a day with an English month's name: above a record's
    # number rules
    COMPACT_SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=[E.DATE, E.BIRTH_DATE], supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        compact = _certain_dates(text)
        for start, end in self._spans(text, compact):
            before = text[max(0, start - _CONTEXT_CHARS) : start]
            after = text[end : end + 16]
            is_birth = bool(_BIRTH_BEFORE.search(before) or _BIRTH_AFTER.search(after))
            entity = E.BIRTH_DATE if is_birth else E.DATE
            if entity not in entities:
                continue
            score = self.BIRTH_SCORE if is_birth else self.DATE_SCORE
            if (start, end) in compact:
                score = max(score, self.COMPACT_SCORE)
            results.append(self._result(entity, start, end, score))
        return results

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return result_of(self, entity, start, end, score)

    @staticmethod
    def _spans(text: str, compact: set[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        spans = []
        folded = text.casefold()
        months = _named(folded, MONTHS)
        for m in _NUMERIC.finditer(text):
            if _plausible(int(m[1]), int(m[2]), _full_year(m[3])) or _american(m):
                year_mark = _YEAR_MARK.match(text, m.end())
                spans.append((m.start(), year_mark.end() if year_mark else m.end()))
        for m in _WORDS.finditer(text) if months else ():
            if _plausible(int(m[1]), MONTHS[m[2].lower()], int(m[3])):
                spans.append(m.span())
        for m in _ISO.finditer(text):
            if _plausible(int(m[3]), int(m[2]), int(m[1])):
                spans.append(m.span())
        for m in _SHORT.finditer(text) if _named(folded, _SHORT_MONTHS) else ():
            if _plausible(int(m[1]), _SHORT_MONTHS[m[2].lower()], int(m[3])):
                spans.append(m.span())
        for m in _SHORT_JOINED.finditer(text) if _named(folded, _SHORT_MONTHS) else ():
            if _plausible(int(m[1]), _SHORT_MONTHS[m[3].lower()], _full_year(m[4])):
                spans.append(m.span())
        spans.extend(_certain_dates(text) if compact is None else compact)
        for m in _ROMAN.finditer(text):
            month = _ROMAN_MONTHS.get(m[3])
            if month is not None and _plausible(int(m[1]), month, _full_year(m[4])):
                spans.append(m.span())
        for m in _YEAR_FIRST.finditer(text):
            if _plausible(int(m[4]), int(m[2] or m[3]), int(m[1])):
                spans.append(m.span())
        for pattern in (_DASHED, _SPACED, _DOTS_SPACED, _COMMAS, _GLUED):
            for m in pattern.finditer(text):
                if pattern is _DOTS_SPACED and " " not in m[0]:
                    continue  # «12.03.2026»: ``_NUMERIC``'s, read already
                if _plausible(int(m[1]), int(m[2]), int(m[3])) and 1900 <= int(m[3]) <= 2099:
                    spans.append(m.span())
        spans.extend(_days_and_roman_months(text))
        for m in _RANGE_FROM.finditer(text) if months else ():
            if 1 <= int(m[1]) <= 31:
                spans.append(m.span(1))
        for m in _OCR.finditer(text):
            if not m[0].replace(".", "").isdigit():
                day, month, year = (int(g.translate(_OCR_DIGITS)) for g in m.groups())
                if _plausible(day, month, year):
                    spans.append(m.span())
        spans.extend(_day_in_words(text) if months else [])
        spans.extend(_day_month_spans(text, months))
        return spans


def _days_and_roman_months(text: str) -> list[tuple[int, int]]:
    """«06-07.03.2024» (two days of a month) and «3/IV-2024» (a Roman month and its year)."""
    spans = []
    for m in _DAY_RANGE.finditer(text):
        first, last, month = int(m[1]), int(m[2]), int(m[3])
        if first < last and _plausible(last, month, _full_year(m[4])):
            spans.append(m.span())
    for m in _DAY_ROMAN.finditer(text):
        roman = _ROMAN_MONTHS.get(m[2])
        if m[3] and roman is not None and _plausible(int(m[1]), roman, _full_year(m[3])):
            spans.append(m.span())
    return spans


def _named(folded: str, names: Iterable[str]) -> bool:
    """One of ``names`` (lower case) stands in ``folded``, the case-folded text: a pattern
    that needs one of them, case-insensitive, can match nothing in a text without one."""
    return any(name in folded for name in names)


def _day_in_words(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _MONTH_THEN_YEAR.finditer(text):
        day = _DAY_BEFORE_MONTH.search(text, max(0, m.start() - 40), m.start())
        if day is not None:
            spans.append((day.start(), m.end()))
    return spans


def _day_month_spans(text: str, months: bool) -> list[tuple[int, int]]:
    """Dates with no year («5 февраля», «05.03», «3/II»): any leap year will do (a month
    named in words only where ``months``, ``_named`` in the text)."""
    spans = []
    for m in _DAY_MONTH_WORDS.finditer(text) if months else ():
        if _plausible(int(m[1]), MONTHS[m[2].lower()], 2000):
            spans.append(m.span())
    for m in _DAY_MONTH.finditer(text):
        if (
            _plausible(int(m[1]), int(m[2]), 2000)
            and not _UNIT_AFTER.match(text, m.end())
            and not _VERSION_BEFORE.search(text, max(0, m.start() - 16), m.start())
        ):
            spans.append(m.span())
    for m in _DAY_ROMAN.finditer(text):
        month = _ROMAN_MONTHS.get(m[2])
        if not m[3] and month is not None and _plausible(int(m[1]), month, 2000):
            spans.append(m.span())
    return spans
