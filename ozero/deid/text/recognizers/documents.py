"""Numbers of personal documents in Russian medical paperwork, found by the word that
governs them (``lexicon.head_before``), not by a list of templates.

Three recognizers, one way of writing a number each:

* ``NumeroRecognizer`` — «№ 3417», «номер 0981-24», «N 45», «№ мед. карты МК-2019-004532»:
  a record number when a document word governs it («Направление на госпитализацию № …»,
  «Протокол ВК № …», «сопроводительный лист станции СМП № …»), kept when the number is a
  safe code (МКБ-10, service code, form, legal act) or belongs to a facility, a room (unless
  rooms are configured as identifying), a quantity («мг, № 60») or nothing known.
* ``SeriesNumberRecognizer`` — «серия 45-24 № 0123457», «серии ХМА № 382651»: series and
  number together, for prescriptions, certificates and old policies (passports excepted:
  ``PassportRecognizer`` owns them).
* ``DocumentNumberRecognizer`` — a document word followed by an identifier-shaped number
  with no «№»: «ЭЛН 910087654321», «История болезни 5567/24», «штрих-код 0045718293».

Numbers that pass the ENP or SNILS checksum are left to those recognizers. What a number
after «№» is — the general model, with or without a governing word — is decided in
``numero_head``; a document word reaches six words ahead, the last two only for a number
``numero_head.strongly_shaped`` says nothing else is written as.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer, result_of
from ozero.deid.text.recognizers.dates import full_date_at
from ozero.deid.text.recognizers.lexicon import (
    DOC,
    NUMBER,
    POLICY_WORDS,
    ROOM,
    SAFE,
    classify,
    equipment_serial,
    head_before,
    head_words,
    identifier_shaped,
    is_abbreviation,
    is_form_code,
    is_oid,
    is_safe_code,
    is_series,
    numero,
    own_code,
    personal_code,
    same_shape,
    text_tokens,
    two_word_head,
)
from ozero.deid.text.recognizers.numero_head import (
    DIGIT_GROUPS,
    counted_range,
    grouped_id,
    keep,
    numero_head,
    strongly_shaped,
)
from ozero.deid.text.recognizers.org_papers import (
    organisations_paper,
    sterilisation_cycle_header,
)

_LETTERED = r"(?=[\s:]{0,2}(?:[A-ZА-ЯЁ]{1,6}-?)?\d)"  # «N 45», «No. YF-94028», «No: 45»
_NUMERO = re.compile(
    # an «N» glued to capitals opens a name, not a number («NRS-2002»: a screening scale);
    # nor is it one inside a code («AST-N360»), opening an ICD-10 code of chapter N
    # («N18.5»), an ATC code of group N («АТХ N05AH02»: nervous system drugs), or a lot
    # after its series word («серия N1550»)
    rf"(?<![\w№])(?:№№?|(?<!-|(?i:сери[яи]|лот|lot|парти[яи])\s{{1,2}})"
    rf"N(?![A-ZА-ЯЁ]|\d{{2}}\.\d(?!\d)|\d{{2}}[A-Z]{{2}}\d{{2}}(?!\w))[º°]?{_LETTERED}|No\.?{_LETTERED}|no\.{_LETTERED}|#{_LETTERED}"
    r"|(?i:номер(?:ом|у|а)?|ном\.)(?!\w))"
)
# «№—4471/25»; «N 02:44:8812642»: digit groups joined by colons, the last too long for a
# clock time
_AFTER_NUMERO = re.compile(
    rf"[\s:]*(?:[–—-]\s*)?(?:(?P<num>\d{{2,3}}(?::\d{{2,3}})+:\d{{5,}})(?![\w/:])"
    rf"|(?P<num>{NUMBER})(?![\w/]))"
)
_WORDS_THEN_NUMBER = re.compile(
    rf"\s*(?P<words>(?:[^\W\d_]+(?:[-/][^\W\d_]+)*\.?\s*){{1,3}}?)[\s:]*(?:[–—]\s*)?"
    rf"(?P<num>{NUMBER})(?![\w/])"
)
_SERIES = re.compile(
    r"(?<!\w)(?i:сери[яиюей]|сер\.)\s*:?\s*"
    r"(?P<series>[A-ZА-ЯЁ0-9]{1,8}(?:[-\s][A-ZА-ЯЁ0-9]{1,4})?)\s*"
    r"(?:№|N|(?i:номер))\s*(?P<num>\d{4,10})(?![\w/])"
)
_SPLIT_NUMBER = re.compile(r"\s(?P<rest>\d{6,7})(?![\w/])")
# a two-digit series right before «№» («Патент 21 № 6995350670», «бланк 44 № 5596…»)
_SERIES_BEFORE = re.compile(r"(?<=[^\W\d_]\s)\d{2}\s?\Z")


def _equipment_serial_mark(text: str, m: re.Match) -> bool:
    """The «N» of a Latin serial mark («S/N») under a device named before it: the
    equipment's number. An implant's or a worn device's serial stays the patient's
    (``equipment_serial`` decides both)."""
    if m.group() != "N" or text[max(0, m.start() - 2) : m.start()].lower() != "s/":
        return False
    toks = text_tokens(text)
    at = next((i for i, t in enumerate(toks) if t[2] == m.start() - 2), None)
    return at is not None and equipment_serial(toks, at)


class NumeroRecognizer(LocalRecognizer):
    """«№»/«номер» + number under a document word → RECORD_ID (a room → OTHER_ID, when
    rooms are not kept)."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there

    SCORE = 0.8

    def __init__(self, keep_room_numbers: bool = True) -> None:
        self.keep_room_numbers = keep_room_numbers
        super().__init__(
            supported_entities=[E.RECORD_ID, E.OTHER_ID], supported_language=E.LANGUAGE
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for m in _NUMERO.finditer(text):
            if _equipment_serial_mark(text, m):
                continue  # «Гастроскоп Olympus GIF-H190, S/N 6842600»: the device's
            found = self._number_after(text, m) or _number_before(text, m)
            if found is None:
                continue
            start, end, head = found
            if _ITEM_RANGE.match(text, start):
                continue  # «стёкла № 1–4»: items of a set, counted
            if counted_range(text, start, end):
                continue  # «№ 410326 — № 410375 (50 шт.)»: a stock of blanks
            if organisations_paper(text, start, end):
                continue  # «ремонт по заявке № 126», «испорчен бланк № 410342»
            if _phone_written(text[start:end]):
                continue  # «SMS направлено на номер 8 962 334 5235»: the phone recognizer's
            entity = {DOC: E.RECORD_ID, ROOM: E.OTHER_ID}.get(head or "")
            series = _SERIES_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if entity == E.RECORD_ID and series is not None and m.group().startswith("№"):
                start = series.start()  # «Патент 21 № 6995350670»: the series and the number
            if entity == E.OTHER_ID and self.keep_room_numbers:
                continue
            if entity in entities:
                results.append(self._result(entity, start, end))
                if entity == E.RECORD_ID:
                    results.extend(
                        self._result(entity, *more)
                        for more in enumerated(text, end, text[start:end])
                    )
        return results

    @staticmethod
    def _number_after(text: str, m: re.Match) -> tuple[int, int, str | None] | None:
        direct = _AFTER_NUMERO.match(text, m.end())
        if direct:
            number = direct["num"]
            if keep(number) and not _document_oid(text, m.start(), number):
                return None
            end = direct.end("num")
            split = (
                _SPLIT_NUMBER.match(text, end) if len(number) == 4 and number.isdigit() else None
            )
            groups = DIGIT_GROUPS.match(text, direct.start("num"))
            if split is None and groups is not None and grouped_id(groups.group()):
                # «№ 77 0001 00451 24»: digit groups of one number
                number, end = groups.group(), groups.end()
                return direct.start("num"), end, numero_head(text, m.start(), end, number)
            head = numero_head(text, m.start(), end, number)
            # «№ 4512 123456»: a series and a number, one identifier (not «4512» alone)
            return direct.start("num"), split.end("rest") if split else end, head
        worded = _WORDS_THEN_NUMBER.match(text, m.end())
        if worded is None or keep(worded["num"]):
            return None
        words = _WORD_RUN.findall(worded["words"])
        if any(w in PUBLIC_REGISTERS for w in words):
            return None  # «рег. уд. № РЗН 2015/1234»: a device's public registration
        head = (
            two_word_head(m.group(), words[0])
            or head_words(words)
            or numero_head(text, m.start(), worded.end("num"), worded["num"])
        )
        groups = DIGIT_GROUPS.match(text, worded.start("num"))
        if groups is not None and grouped_id(groups.group()):
            return worded.start("num"), groups.end(), head  # «номер направления … 31 126 186»
        return worded.start("num"), worded.end("num"), head

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return result_of(self, entity, start, end, self.SCORE)


def _gloss_before_colon(toks: list, word_at: int, close_at: int) -> bool:
    """The document word toks[word_at] opens a bracketed gloss of the label before it, and
    a colon follows the gloss («Licence (свидетельство пилота): …»)."""
    return (
        word_at > 0
        and toks[word_at - 1][1] == "("
        and close_at + 1 < len(toks)
        and toks[close_at + 1][1] == ":"
        and not any(tok in "()" for _, tok, _, _ in toks[word_at + 1 : close_at])
    )


_ITEM_RANGE = re.compile(r"\d{1,2}\s*[–—-]\s*\d{1,2}(?![\d./-])")


def _document_oid(text: str, numero_at: int, number: str) -> bool:
    """«СЭМД рег. № 1.2.643.5.1.13.13.0366.34.7691526»: an OID a document word governs is
    that document's own registration (REMD numbers documents under their issuer's OID)."""
    return is_oid(number) and head_before(text, numero_at) == DOC


# the words between «№» and its number («№ мед. карты 4711»)
_WORD_RUN = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")
# «(868/59 — номер истории болезни)»: the number first, then a dash and «номер» with its
# document word after it (the head written after the number it governs)
_NUMBER_DASH = re.compile(rf"(?<![\w/.-])(?P<num>{NUMBER})\s*[–—-]\s*$")
_HEAD_AFTER = re.compile(r"\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _number_before(text: str, m: re.Match) -> tuple[int, int, str | None] | None:
    if not m.group().lower().startswith("номер"):
        return None
    before = _NUMBER_DASH.search(text, max(0, m.start() - 40), m.start())
    after = _HEAD_AFTER.match(text, m.end())
    if before is None or after is None or keep(before["num"]):
        return None
    if not identifier_shaped(before["num"]) or head_words(after["words"].split()) != DOC:
        return None
    return before.start("num"), before.end("num"), DOC


class SeriesNumberRecognizer(SingleEntityRecognizer):
    """«серия 45-24 № 0123457»: series and number of a prescription, certificate or policy."""

    ENTITY = E.RECORD_ID
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        results = []
        for m in _SERIES.finditer(text):
            if not is_series(m["series"]) or head_before(text, m.start()) in (SAFE, ROOM):
                continue  # «паспорт … серия», «вакцина … серия»
            if counted_range(text, m.start("num"), m.end("num")):
                continue  # «серия 72 № 410326 — № 410825 (500 шт.)»: blanks received
            results.append(self.result(m.start("series"), m.end("num"), self.SCORE))
        return results


class DocumentNumberRecognizer(SingleEntityRecognizer):
    """A document word, then (within a few words, same sentence) a number shaped like an
    identifier and no «№»: «ЭЛН 910087654321», «амб. карта 12345», «ACC 24-118373»."""

    ENTITY = E.RECORD_ID
    SCORE = 0.75
    MAX_WORDS = 6  # words between the document word and its number
    NEAR_WORDS = 4  # beyond these, only an unmistakable number (``strongly_shaped``)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        toks = text_tokens(text)
        results = []
        for i, (kind, tok, _, _) in enumerate(toks):
            if kind == "word" and _governs_number(toks, i):
                span = self._number_after(text, toks, i)
            elif kind == "num" and is_form_code(tok):
                span = _number_after_form(toks, i)
            else:
                continue
            if (
                span is not None
                and not counted_range(text, *span)
                and not organisations_paper(text, *span)
                and not _phone_written(text[span[0] : span[1]])
            ):
                results.append(self.result(*span, self.SCORE))
                results.extend(
                    self.result(*more, self.SCORE)
                    for more in enumerated(text, span[1], text[span[0] : span[1]])
                )
        return results

    def _number_after(self, text: str, toks: list, i: int) -> tuple[int, int] | None:
        # «StudyInstanceUID 1.2.643.…», «Study 1.3.12.2.1107.…»: an instance's UID is one study's
        uid = toks[i][1].lower().endswith("uid") or toks[i][1].lower() in ("study", "series")
        policy = bool(POLICY_WORDS.match(toks[i][1]))
        # «Код пациента в приложении: U79521», «Код для просмотра в личном кабинете: S4WY-15H7»:
        # a person's code or a code of access reads past the app or the room it lives in
        person_code = personal_code(toks, i) or own_code(toks, i)
        words = 0
        j = i + 1
        while j < len(toks) and words <= self.MAX_WORDS:
            kind, tok, start, end = toks[j]
            if tok == "(":
                j = _after_parenthesis(toks, j)
                continue
            if tok == ")" and _gloss_before_colon(toks, i, j):
                j += 1  # «Licence (свидетельство пилота): 9587-26»: the gloss names the label
                continue
            if tok == ")":
                return None  # «(со слов, документов нет), адрес: 197892»: the aside ends
            if kind == "p":
                prev = toks[j - 1]
                cut_short = prev[0] == "word" and (len(prev[1]) <= 4 or is_abbreviation(prev[1]))
                if tok in ".;!?" and not (tok == "." and cut_short):
                    return None  # a sentence end (an abbreviation's period goes on)
                j += 1
                continue
            if kind == "word":
                if numero(tok):
                    return None  # «… № 123»: NumeroRecognizer's case
                if tok in PUBLIC_REGISTERS:
                    return None  # «рег. уд. № РЗН 2015/1234»: a public registration
                if equipment_serial(toks, j):
                    return None  # «блок зав. № 37Z44138»: the thing's serial, not the paper's
                if words == 0 and _LETTER_SERIES.fullmatch(tok) and _MILITARY_ID.match(toks[i][1]):
                    rest = _SERIES_THEN_NUMBER.match(text, end)
                    if rest is not None:  # «военный билет КБ 6486737»: letters of a series,
                        return start, rest.end("rest")  # even a hospital's, right after its paper
                head = classify(tok)
                if head in (SAFE, ROOM, "weak") and not person_code:
                    after_form = _form_reference(toks, j)
                    if after_form is None:
                        return None
                    j = after_form  # «по форме 148-1/у-04(л)»: step over the form and its code
                    continue
                words += 1
                j += 1
                continue
            if uid and is_oid(tok):
                return start, end
            if full_date_at(text, start):
                return None  # «справка от 05.03.2024г»: the paper's date, not its number
            if len(tok) == 16 and tok.isdigit() and not policy and not is_safe_code(tok):
                return start, end  # «УНРЗ 7700…»: 16 digits under no policy are no ENP
            dictated = _DICTATED.match(text, start)
            if dictated is not None:
                return dictated.span()  # «номер полиса … 8 2 6 0 6 8 3 6»: read out digit by digit
            if words > self.NEAR_WORDS and not strongly_shaped(tok):
                return None  # far from its word, only an unmistakable number is its
            if _INDEX.fullmatch(tok) and j + 2 < len(toks) and toks[j + 1][1] in _INDEX_MARKS:
                j += 2  # «Пробирка 1: 4607001234567»: the item's index, then its number
                continue
            if _SHORT.fullmatch(tok) and _DATED_AFTER.match(text, end):
                return start, end  # «протокол 392 от 04.05.2026»: a paper's number and date
            if _LETTERED_SERIES.fullmatch(tok) and (rest := _SERIES_THEN_NUMBER.match(text, end)):
                return start, rest.end("rest")  # «рецепт 63НП 0000695»: its series and number
            if keep(tok) or not identifier_shaped(tok, text[end : end + 8]):
                grouped = _GROUPED.match(text, start)
                if grouped is not None:
                    return grouped.span()  # «удостоверение 99 29 988825»
                listed = _listed_after_count(toks, j, text)
                return listed
            split = _SERIES_THEN_NUMBER.match(text, end) if _BLANK_SERIES.fullmatch(tok) else None
            return start, split.end("rest") if split else end
        return None


# a short number with its date of issue right after: «ВК протокол 392 от 04.05.2026»
_SHORT = re.compile(r"\d{2,6}")
_DATED_AFTER = re.compile(r"\s+от\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)")
# a blank's series, then its number: «рецепт 05-26 0574594», «рецепт 0526 571819529»
_BLANK_SERIES = re.compile(r"\d{4}|\d{2}-\d{2}")
_SERIES_THEN_NUMBER = re.compile(r"\s(?P<rest>\d{6,9})(?![\w/])")
# a series of a region's digits and letters, no «серия» or «№» before the number: «рецепт
# 63НП 0000695», «рецепт 44-АА 0003211», «МЗ58 1042011»
_LETTERED_SERIES = re.compile(r"\d{2}-?[А-ЯЁ]{2}|[А-ЯЁ]{2}\d{2}")
# a series of two capitals alone, right after a military ID's word: «военный билет КБ 6486737»
_LETTER_SERIES = re.compile(r"[А-ЯЁ]{2}")
_MILITARY_ID = re.compile(r"(?i:билет)")


_INDEX = re.compile(r"\d{1,2}")
_INDEX_MARKS = frozenset({":", "—", "–", "-"})


# A number read out digit by digit (a call transcript): six single digits or more
_DICTATED = re.compile(r"\d(?: \d){5,}(?![\w/])")
# A number written in groups: «99 29 988825», «24 DMS 081801340 /01»; a series, then a
# number over its year («РВП 09 9976/25»: a temporary residence permit)
_GROUPED = re.compile(
    r"\d{1,4}(?: (?:\d{1,4}|[A-ZА-ЯЁ]{2,5})){0,2} \d{6,}(?: ?/\d{1,3})?(?![\w/])"
    r"|\d{2} \d{4,6}/\d{2}(?![\w/])"
)
# The next item of a list of numbers: «ИБ 83869, 27523», «стёкла Г24-1…Г24-4».
# the next item of a list of numbers; a slash between spaces separates items too
# («Штрихкоды: 340564357 / 214792143»), a slash inside a number does not
# («Образцы ДНК: 26-814983 (пробанд), 26-440784 (мать)»: a short aside in brackets after an
# item is passed over)
_ASIDE = r"(?:\s*\([^()\n]{1,24}\))?"
_NEXT_ITEM = re.compile(
    rf"{_ASIDE}\s*(?:,|;|…|\.\.\.|и|[–—-]|(?<=\s)/(?=\s))\s*(?P<num>{NUMBER})(?![\w/])"
)


# A label of a person's thing, then a colon: «Браслет пациента: 2025-0041-77».
_PERSON_LABEL = re.compile(r"(?:пациент|больн|донор|реципиент|клиент|застрахован)(?:а|ого|ой|ки)$")
# Public registers whose prefix may stand between «№» and the number.
# («RA.RU.710334»: the national accreditation register's entry of a lab or a body)
PUBLIC_REGISTERS = frozenset({"РЗН", "ФСР", "ФСЗ", "ЛП", "ЛСР", "ЛС", "ГОСТ", "ТУ", "RA"})


# a trunk 8 or +7, a town's code of three to five digits, then the number ending in two
# pairs, as Russian phones are written: «Справки: 8-86137-5-14-95» is an enquiry desk's
# phone, not a certificate's number (the phone recognizer reads every such shape)
_PHONE_WRITTEN = re.compile(
    r"(?:\+7|8)[ \-]?(?:\(\d{3,5}\)|\d{3,5})[ \-]?\d{1,3}[ \-]\d{2}[ \-]\d{2}"
    # dotted all through («8.4112.58.46.24»), or a three-digit code and seven digits glued
    # («8 812 3738386»)
    r"|(?:\+7|8)\.\d{3,5}\.\d{1,3}\.\d{2}\.\d{2}"
    r"|(?:\+7|8)[ \-](?:\(\d{3}\)|\d{3})[ \-]?\d{7}"  # (not «8342 6922241»: a card's)
    # a mobile's code after the trunk, then the rest in groups («8 962 334 5235», «7 950
    # 7799426»), or a town's code of four and six digits («8-4832-998476»)
    r"|(?:\+7|[78])[ \-]9\d{2}(?:[ \-]\d{2,7}){1,3}"
    r"|8-\d{4}-\d{6}"
)


def _phone_written(number: str) -> bool:
    """Eleven digits written as a Russian phone is: the phone recognizer's, not a paper's."""
    return bool(_PHONE_WRITTEN.fullmatch(number)) and sum(c.isdigit() for c in number) == 11


def _governs_number(toks: list, i: int) -> bool:
    """Does the word toks[i] govern an unmarked number after it? A document word (not a
    serial number under a device), a code of a person («код пациента»), or a label of a
    person's thing ending in a colon («Браслет пациента:»)."""
    word = toks[i][1]
    prev = toks[i - 1][1] if i and toks[i - 1][0] == "word" else None
    if prev is None and i > 1 and toks[i - 1][1] == "." and toks[i - 2][0] == "word":
        prev = toks[i - 2][1]  # «И.б. 0345», «ист. родов 5521»: a pair cut short by dots
    # the pair decides first: «путевой лист» is a vehicle's, «родовой блок» a place
    head = two_word_head(prev, word) or classify(word)
    if head == DOC:
        nxt = toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][0] == "word" else None
        if nxt is not None and two_word_head(word, nxt) == SAFE:
            return False  # «Реестр счетов № 048»: the pair names a public paper
        return not equipment_serial(toks, i)
    if head == SAFE:
        return personal_code(toks, i) or own_code(toks, i)
    return (
        own_code(toks, i)
        or (  # («запись R9F-59S»: a booking's code)
            i + 1 < len(toks)
            and toks[i + 1][1] == ":"
            and bool(_PERSON_LABEL.search(word.lower()))
            and not any(
                classify(t[1]) in (SAFE, ROOM) for t in toks[max(0, i - 3) : i] if t[0] == "word"
            )
        )
    )


def enumerated(text: str, end: int, number: str) -> list[tuple[int, int]]:
    """Numbers listed right after ``number``: one head governs them all. An item of its
    shape, or, after a comma, a semicolon or a spaced slash, one that nothing but an
    identifier is written as («Accession: YMK2605091, 26/481332»: a study's two numbers;
    «Пробирки 2686032188 / D275646»: two tubes)."""
    spans = []
    while (m := _NEXT_ITEM.match(text, end)) is not None and (
        same_shape(m["num"], number) or _another_identifier(text, m)
    ):
        spans.append(m.span("num"))
        end = m.end("num")
    return spans


_LIST_MARK = re.compile(rf"{_ASIDE}\s*(?:[,;]|\s/\s)")


def _another_identifier(text: str, item: re.Match) -> bool:
    number = item["num"]
    return (
        _LIST_MARK.match(text, item.start()) is not None
        and strongly_shaped(number)
        and identifier_shaped(number, text[item.end() : item.end() + 8])
    )


def _listed_after_count(toks: list, j: int, text: str) -> tuple[int, int] | None:
    """«блоков — 3 (48213/25-1, 48213/25-2)»: a count, then its numbers in parentheses."""
    if j + 2 < len(toks) and toks[j + 1][1] == "(" and toks[j + 2][0] == "num":
        _, tok, start, end = toks[j + 2]
        if not keep(tok) and identifier_shaped(tok, text[end : end + 8]):
            return start, end
    return None


def _number_after_form(toks: list, i: int) -> tuple[int, int] | None:
    """«(ф. 045/у) 0951», «ф. 030/у: 004471», «форма 112/у № 45»: a number right after a
    form's code (a bracket, a colon or a «№» between) is that paper's number."""
    j = i + 1
    while j < len(toks) and j <= i + 2 and (toks[j][1] in "):" or numero(toks[j][1])):
        j += 1
    if j < len(toks) and toks[j][0] == "num" and toks[j][2] - toks[j - 1][3] <= 2:
        _, tok, start, end = toks[j]
        if not keep(tok) and identifier_shaped(tok):
            return start, end
    return None


def _after_parenthesis(toks: list, j: int) -> int:
    depth = 0
    while j < len(toks):
        depth += toks[j][1] == "("
        depth -= toks[j][1] == ")"
        j += 1
        if depth == 0:
            break
    return j


def _form_reference(toks: list, j: int) -> int | None:
    """When toks[j] is «форма»/«ф» followed by a form code («ф. 057/у-04», «форме
    148-1/у-88»), the index after the code; else None."""
    if toks[j][1].lower() not in ("ф", "форма", "форме", "формы", "форму"):
        return None
    for k in range(j + 1, min(j + 3, len(toks))):
        if toks[k][0] == "num":
            return k + 1 if is_safe_code(toks[k][1]) else None
    return None


# ---------------------------------------------------------------- tables -------------

# A table row: cells split by «|», tabs or a run of spaces (columns aligned by hand; one
# space separates words, and letter-spaced text is read closed up), two cells at least.
CELL_SPLIT = re.compile(r"\s*(?:\||\t|;)\s*| {3,}")
HEADER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GLUED_TO_DIGITS = re.compile(r"[-/]?\d")  # a number's letters, not a word before it
CELL_NUMBER = re.compile(rf"^(?:№\s*)?(?P<num>{NUMBER})$")
# «3561 449234», «3583№041195»: a series and a number in one cell of a column headed
# «серия и номер рецепта» (the header governs it; alone, the shape would be a passport's)
_CELL_SERIES_NUMBER = re.compile(r"^(?P<num>[A-ZА-ЯЁ\d]{2,6}(?:\s?№\s?|\s)\d{4,10})$")


def cells_of(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty or empty cell of a table row, in text offsets (the
    row's indentation is no cell)."""
    indent = len(line) - len(line.lstrip(" "))
    line, offset = line[indent:], offset + indent
    cells, at = [], 0
    for m in CELL_SPLIT.finditer(line):
        cells.append((offset + at, offset + m.start()))
        at = m.end()
    cells.append((offset + at, offset + len(line.rstrip())))
    return cells


class TableRow(NamedTuple):
    """A line of a text read as a table row: its cells (``cells_of``; none when the line
    holds no cell separator) and whether a row of cells holds a digit."""

    cells: list[tuple[int, int]]
    digits: bool


# a form's code in a header («основание (справка 079/у №)», «ф. 026/у-2000»): no value
_FORM_CODE = re.compile(r"(?<![\w/])\d{3}(?:-[А-ЯЁ])?/у(?:-\d{2,4})*(?![\w/])")


_FORM_HEADER = re.compile(r"(?i:ф\.|форм[аы]?)\s*№?\s*\d{3}(?:-[А-ЯЁ])?/у(?:-\d{2,4})*(?:\s*№)?")


def _holds_digits(line: str) -> bool:
    """A row holds a value: a digit outside a form's code."""
    if "/у" in line:
        line = _FORM_CODE.sub("", line)
    return any(c.isdigit() for c in line)


@lru_cache(maxsize=2)
def table_rows(text: str) -> tuple[TableRow, ...]:
    """Every line of ``text`` as a table row, split once for the recognizers that walk a
    text's columns (the caller must not change the cells); none when no line has a cell."""
    if not CELL_SPLIT.search(text):
        return ()
    rows = []
    offset = 0
    for line in text.split("\n"):
        cells = cells_of(line, offset) if CELL_SPLIT.search(line.strip()) else []
        rows.append(TableRow(cells, len(cells) >= 2 and _holds_digits(line)))
        offset += len(line) + 1
    return tuple(rows)


def _record_column(header: str) -> bool:
    """A header cell naming a document or sample number («Штрих-код», «№ ИБ», «Номер
    карты»): a document word in it and no safe word (a code, a quantity); or a medical
    form named by its code alone («ф. 026/у»: the column holds each pupil's card)."""
    if _FORM_HEADER.fullmatch(header):
        return True
    heads = [classify(w) for w in HEADER_WORD.findall(header)]
    return DOC in heads and SAFE not in heads


def column_cells(text: str, is_header: Callable[[int, int], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of every cell under a header cell (start, end) that passes `is_header`,
    however far below it: a row without digits is a header row, a row of another width is
    skipped, a line that is no row ends the table. Shared by the record and phone columns."""
    columns: dict[int, int] = {}  # header column index → the header's cell count
    for cells, digits in table_rows(text):
        if len(cells) < 2:
            columns = {}
        elif not digits:
            columns = {i: len(cells) for i, (s, e) in enumerate(cells) if is_header(s, e)}
        else:
            for i, width in columns.items():
                if len(cells) == width:
                    yield cells[i]


def cells_under(text: str, header: re.Pattern) -> Iterator[tuple[int, int]]:
    """``column_cells`` under every header cell that ``header`` finds something in («тел.»,
    «документ»): a column's header is the word a value in a sentence has before it."""
    if header.search(text):
        yield from column_cells(text, lambda s, e: bool(header.search(text, s, e)))


# «таб. №», «табельный номер»: a column of employees' personnel numbers (a tablet count
# never heads a column with «№»)
_PERSONNEL_HEADER = re.compile(r"(?i:таб\.?\s*(?:№|номер|n)|табельн\w*(?:\s+(?:№|номер))?)")
_PERSONNEL_CELL = re.compile(r"\d{2,8}(?:[-/]\d{1,4})?")


# A column of things' numbers: an inventory number («инв. №»), a factory serial («зав. №»),
# a lot or a series of a product (another public word in a header — «код», «ф.» — may
# stand beside a person's number: «Код пациента»)
_THING_HEADER = re.compile(
    r"(?i:(?<!\w)(?:зав(?:\.|одск\w*)|инв(?:\.|ентарн\w*)|сери[яиюей]|парти[яиюей]|лот|lot"
    # a directory's code of a test or a service («loinc», «test_code», «ФСЛИ»): public
    r"|loinc|фсли|фсиди|нму|snomed|test_?code|service_?code)(?![^\W_]))"
)


def _thing_number_header(header: str) -> bool:
    """A header of things' numbers and nothing of a paper's: «серия» or «лот» alone, not
    «серия и номер рецепта» (a prescription's series and number are the patient's)."""
    words = HEADER_WORD.findall(header)
    thing = _THING_HEADER.search(header)
    if thing is None:
        return False
    series = not thing.group().lower().startswith(("зав", "инв"))
    numbered = "№" in header or any(numero(w) for w in words)
    paper = any(classify(w) == DOC for w in words if not w.lower().startswith(("зав", "инв")))
    return not paper and not (series and numbered)


@lru_cache(maxsize=2)
def public_column_cells(text: str) -> list[tuple[int, int]]:
    """Cells under a header naming a thing's or an organisation's number
    (``_thing_number_header``): «| зав. № | инв. № |» in an equipment journal; no row beside
    them makes them a person's.
    (Asked by several recognizers of one text: made once; the caller must not change it.)"""
    if "|" not in text and "\t" not in text and ";" not in text:
        return []
    return list(
        column_cells(
            text,
            lambda s, e: _thing_number_header(text[s:e]) or sterilisation_cycle_header(text, s, e),
        )
    )


def in_cells(cells: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in cells)


class TableColumnRecognizer(SingleEntityRecognizer):
    """Numbers standing alone in a table column under a header like «Штрих-код» or «№ ИБ»:
    the header governs every cell below it, however far, as a document word governs the
    number after it in a sentence."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        results = []
        for start, end in column_cells(text, lambda s, e: _record_column(text[s:e])):
            cell = text[start:end]
            word = HEADER_WORD.match(cell)
            if word and not _GLUED_TO_DIGITS.match(cell, word.end()) and classify(word[0]) == SAFE:
                continue  # «УПД № 27921» under «документ»: the cell names its paper (not «Л-4410»)
            m = CELL_NUMBER.match(cell) or _CELL_SERIES_NUMBER.match(cell)
            if m is not None and not keep(m["num"]) and identifier_shaped(m["num"]):
                results.append((start + m.start("num"), start + m.end("num")))
        if "таб" in text.lower():
            for start, end in column_cells(
                text, lambda s, e: bool(_PERSONNEL_HEADER.fullmatch(text[s:e].strip()))
            ):
                if _PERSONNEL_CELL.fullmatch(text, start, end):
                    results.append((start, end))  # «| 2050 |» under «таб. №»: even a year's shape
        return results
