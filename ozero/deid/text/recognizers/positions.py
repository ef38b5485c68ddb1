"""A person's record number found by where it stands, whatever its document is called.

The other number recognizers ask which word governs a number («История болезни 5567/24»:
«истори» is a document word). A kind of paper nobody listed has a word nobody listed, so
this one asks where the number stands instead. An identifier-shaped number (``lexicon.
identifier_shaped``, not a code, date, phone, ENP or SNILS: ``numero_head.keep``) right
after a noun phrase that names nothing public or clinical (no facility, room, legal act,
form, dose, lot, device; ``lexicon.classify``) is a person's record number when

* the same line names a person near it: a surname with initials, a patronymic, «пациент»,
  «Ф.И.О.», a birth date («Рябинина Н.А., 16.10.67, ИБ 06992»; «Мартынова К.П. (карта
  350/27)»);
* it is marked «№» and its noun phrase opens a line or a sentence — the title or a label of
  a paper («ПРОТОКОЛ ОПЕРАЦИИ № 291», «Вызов № 530 принят»), a short number included;
* it is unmistakable (``numero_head.strongly_shaped``) and its noun phrase opens a line or
  a sentence («ЗАКАЗ 03-0712-8070 от 27.03.2025»).

A number under a public word stays (that is the lexicon's job, and it is kept whole): only
the document vocabulary is not consulted, so a new kind of paper is no unknown word here.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.dates import full_date_at
from ozero.deid.text.recognizers.documents import (
    PUBLIC_REGISTERS,
    cells_of,
    enumerated,
    in_cells,
    public_column_cells,
)
from ozero.deid.text.recognizers.lexicon import (
    CATALOGUE_MARK,
    NUMBER,
    ROOM,
    SAFE,
    classify,
    equipment_serial,
    identifier_shaped,
    is_abbreviation,
    is_equipment,
    is_legal_number,
    numero,
    personal_code,
    text_tokens,
    two_word_head,
    unit_after,
)
from ozero.deid.text.recognizers.numero_head import (
    DIGIT_GROUPS,
    counted_range,
    grouped_id,
    keep,
    strongly_shaped,
)
from ozero.deid.text.recognizers.org_papers import organisations_paper

# Someone named in the line: a surname with initials (either order), a patronymic, a word
# for the person the paper is about, a birth date.
_PERSON = re.compile(
    r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
    r"|(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]{2,}"
    r"|(?<![\w-])[А-ЯЁ][а-яё]+(?:ович|евич|ич|овн|евн|ичн)[а-яё]{0,3}(?![\w-])"
    r"|(?<![\w-])[а-яё]{3,}(?:ович|евич|овн|евн|ичн)[а-яё]{0,3}(?![\w-])"
    r"|(?i:(?<!\w)(?:пациент|пац\.|больн(?!иц)|б-н|ф\.\s?и\.\s?о|фио(?!\w)|застрахованн"
    r"|г\.\s?р\.|д\.\s?р\.|дата\s+рождения|рожд\w*|клиент|заявител))"
)
# Words after which a number is no noun's: prepositions and conjunctions.
_FUNCTION_WORDS = frozenset(
    [
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "до",
        "от",
        "из",
        "к",
        "ко",
        "у",
        "за",
        "о",
        "об",
        "и",
        "или",
        "а",
        "но",
        "при",
        "для",
        "через",
        "около",
        "после",
        "без",
        "над",
        "под",
        "между",
        "про",
    ]
)
# A batch of a medicine or a vaccine: its number is the manufacturer's.
_BATCH = re.compile(r"(?:сер(?:и[яиюей])?|лот|lot|парти[яиюей]|batch)$")
# A phone's label or a call («тел. ЗАС 14-22», «факс 2-14-88», «Звоните 9161234567»: a
# number a phone recognizer may leave) or a bank account's («р/с», «к/с»): an organisation's, not a person's
_NOT_PERSONAL_WORD = re.compile(
    r"(?:тел(?!ефонограм)|факс|моб|сот|ф$|т$|звон|позвон|перезвон|р/с|к/с|расч[её]т|корр"
    # a product's model («модель MMT-1886»), a device's: the maker's number
    r"|модел"
    # a flight or a route («рейсом SU 2137»), a study group or a class («группа 932104»):
    # shared by everyone on it
    r"|рейс|маршрут|групп|класс$"
    # a product's catalogue number («REF TS3S4510S» on a package, «артикул»): the maker's
    r"|артикул|арт$|каталожн)"
)
_CLAUSE_ENDS = frozenset(',;:()|[]{}«»"=')
# Marks between a label and its value: «Номер: 45», «ID_PAC=28801949», «№ — 4471»
_LABEL_MARKS = frozenset(":=—–")
_DASHES = frozenset("—–")
# Numbers of other shapes than a record's, whoever stands near: a blood pressure or a
# score («АД 150/95», «боль 6/10»), a TNM stage, a clinical-statistical group («КСГ
# st36.007»), a classifier's dotted or dashed code («14.00.33.001», «ТСР 7-01-01»), a
# genotype («F508del»), a postal index before its town («150002 Ярославль»).
_NOT_RECORD = re.compile(
    r"[cpyr]?T[0-4isx][a-d]?N[0-3x][a-c]?M[01x][a-c]?|[a-z]{2}\d{2}\.\d{3}(?:\.\d)?"
    r"|\d{1,3}(?:\.\d{1,3}){2,}|\d{1,2}-\d{2}-\d{2}|\d{1,2}/10{1,2}|.*[a-z]{3}.*"
    # a range of two small numbers («лейк. 15-20 в п/зр»), of two dates («03.03.25-07.03.25»)
    r"|\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}-\d{1,2}\.\d{1,2}\.\d{2,4}"
)
_PRESSURE = re.compile(r"(?P<high>[1-9]\d{1,2})/(?P<low>[1-9]\d{1,2})")
_POSTAL_INDEX = re.compile(r"[1-6]\d{5}")
_TOWN_AFTER = re.compile(r",?\s(?:г\.|[А-ЯЁ][а-яё]{2,}|[А-ЯЁ]{2,3}(?!\w))")
# a passport's series and number in digit groups: the passport recognizer's
_PASSPORT_TAIL = re.compile(r"(?:\d{4}|\d{2} \d{2}) \d{6}$")
# a date of issue right after the number («№ 381 от 13.04.2025», «№ 940 от 2026-07-18»)
_DATED = re.compile(r"\s*,?\s*от\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})")
MIN_DIGITS = 4  # an unmarked number shorter than this is a count, an item, a road
MAX_WORDS = 4  # words of the noun phrase before the number
PERSON_REACH = 150  # characters either side of the number, same line


class PositionRecordRecognizer(SingleEntityRecognizer):
    """An identifier-shaped number after a noun phrase that names nothing public, in a
    person's line or in a title or label position → RECORD_ID."""

    ENTITY = E.RECORD_ID
    SCORE = 0.55  # below every typed recognizer: a phone or a passport of the same span wins

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities or _DIGIT.search(text) is None:
            return []
        toks = text_tokens(text)
        people = _People(text)
        results = []
        for j, (kind, tok, start, end) in enumerate(toks):
            if kind != "num":
                continue
            if len(tok) == 1 and (said := _dictated(text, toks, j)) is not None:
                results.append(self.result(start, said, self.SCORE))
                continue
            if _short_alone(text, toks, j):
                continue
            label = _label(toks, j)
            if label is None and not _DEFINED.match(text, end):
                continue  # no word before it (a table cell, a list item): see the rows below
            if keep(tok) or _act_number(tok) or _other_shape(text, tok, end):
                continue
            if full_date_at(text, start):
                continue  # «05.03.2024г.в 10:00», «06-07.03.2024», «3/IV-2024»: dates
            if _glued(text, start):
                continue  # the tail of a longer code («CT-AX-2207», «1.2.643.…»)
            groups = DIGIT_GROUPS.match(text, start) if tok.isdigit() else None
            if (
                groups is not None
                and grouped_id(groups.group())
                and not keep(groups.group())
                and not _PASSPORT_TAIL.search(groups.group())
            ):
                end = groups.end()  # «миграционная карта 0877 0096737»: one number in groups
            else:
                groups = None
            if label is None:
                found = _defined(text, tok, end)
            else:
                found = _recorded(text, toks, j, label, people, groups is not None)
            if (
                found
                and not counted_range(text, start, end)
                and not organisations_paper(text, start, end)
            ):
                results.append(self.result(start, end, self.SCORE))
                results.extend(
                    self.result(*more, self.SCORE) for more in enumerated(text, end, tok)
                )
        results.extend(self.result(s, e, self.SCORE) for s, e in _person_row_cells(text, people))
        public = public_column_cells(text)
        return [r for r in results if not in_cells(public, r.start, r.end)] if public else results


_DIGIT = re.compile(r"\d")


class _People:
    """Whether the text names someone (``_PERSON``) near an offset, looked for only in the
    window asked about: most numbers are settled by their shape or their position first."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._asked: dict[tuple[int, int], bool] = {}

    def near(self, lo: int, hi: int) -> bool:
        """Someone named between the offsets ``lo`` and ``hi``."""
        found = self._asked.get((lo, hi))
        if found is None:
            found = self._asked[lo, hi] = _PERSON.search(self.text, lo, hi) is not None
        return found


# A number read out digit by digit (a call transcript): six single digits or more
_DICTATED = re.compile(r"\d(?: \d){5,}(?![\w/])")
# «(034/07 — номер истории болезни)»: the number, then what it is the number of
_DEFINED = re.compile(r"\s*[–—-]\s*(?i:номер|№)\s+(?P<word>[^\W\d_]+)")


def _dictated(text: str, toks: list, j: int) -> int | None:
    """The end of digits read out one by one after a word («пациент 3 2 1 7 5 9 6 4»),
    unless they make a phone («8 9 1 6 …»), a scale or a quantity."""
    m = _DICTATED.match(text, toks[j][2])
    if m is None or j == 0 or toks[j - 1][0] != "word" or _glued(text, toks[j][2]):
        return None
    digits = m.group().replace(" ", "")
    if len(digits) in (10, 11) and digits[0] in "789":
        return None
    if digits in "0123456789" or not identifier_shaped(digits, text[m.end() : m.end() + 8]):
        return None  # «оценка 1 2 3 4 5 6 7 баллов»: a scale, a quantity
    return m.end()


def _defined(text: str, number: str, end: int) -> bool:
    """«(034/07 — номер истории болезни)»: an identifier-shaped number that the words after
    it say is a number of something not public."""
    m = _DEFINED.match(text, end)
    return (
        m is not None
        and identifier_shaped(number)
        and classify(m["word"]) not in (SAFE, ROOM, "weak")
    )


def _act_number(number: str) -> bool:
    """A legal act's number by its shape («834н», «323-ФЗ»); «45-П», «12-р» are also how
    papers about one person are numbered, so the noun before them decides."""
    return is_legal_number(number) and not number.endswith(("-П", "-р"))


def _short_alone(text: str, toks: list, j: int) -> bool:
    """A plain number of three digits or fewer with no «№» before it and no digit group
    after it: a count, a dose, a room, a part of a date — no position makes it a record."""
    tok, end = toks[j][1], toks[j][3]
    if len(tok) > 3 or not tok.isdigit() or tok[0] == "0":
        return False
    if any(numero(t[1]) for t in toks[max(0, j - 2) : j]):
        return False
    return not (text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit())


LINE, SENTENCE, CLAUSE, ASIDE = "line", "sentence", "clause", "aside"
TITLE_DIGITS = 3  # a short number opening a sentence: «Вызов № 530 принят», not «Протез № 2»


def _label(toks: list, j: int) -> tuple[int, bool] | None:
    """The index of the word right before the number toks[j] (over «№», a colon, an equals
    sign, a dash, and the period of a label cut short) and whether a «№» stands between;
    None when no word stands there — but a «№» after a comma or a colon counts (its
    index is the comma's)."""
    k = j - 1
    marked = False
    while k >= 0 and (numero(toks[k][1]) or toks[k][1] in _LABEL_MARKS):
        marked = marked or numero(toks[k][1])
        k -= 1
    if k > 0 and toks[k][1] == "." and toks[k - 1][0] == "word" and len(toks[k - 1][1]) <= 5:
        k -= 1  # «Acc. № …», «Исх. 14/1187-25», «вх.0406»: a label cut short
    if k < 0:
        return None
    if toks[k][0] == "word" and toks[k][3] + 3 >= toks[k + 1][2]:
        return k, marked
    return (k, marked) if marked and toks[k][1] in ",:" else None


def _recorded(
    text: str, toks: list, j: int, label_at: tuple[int, bool], people: _People, grouped: bool
) -> bool:
    """Does toks[j] (a number) stand where a person's record number stands?"""
    _, tok, start, end = toks[j]
    k, marked = label_at
    shaped = grouped or identifier_shaped(tok, text[end : end + 8])
    strong = grouped or strongly_shaped(tok)
    if toks[k][0] != "word":
        return strong  # «ЛН открыт, № 927730543658»: an unmistakable number under «№»
    if not (marked or grouped) and sum(c.isdigit() for c in tok) < MIN_DIGITS:
        return False
    if not (shaped or marked):
        return False
    label = toks[k][1]
    if label.lower() in _FUNCTION_WORDS or len(label) < 2 and not label.isupper():
        return False
    if not shaped and _abbreviation(label) and not _named_before(toks, k, tok):
        return False  # «ЖК № 5», «МАДОУ д/с № 118»: a short number after a place cut short
    line_start = text.rfind("\n", 0, start) + 1
    opens = _noun_phrase(toks, k, line_start, short=not shaped)
    if opens is None:
        return False
    if not shaped:
        # a short number («№ 12»: a count, a school, a shop, a tube) only as a title's, or
        # as a paper's given with its date («…, протокол комиссии № 381 от 13.04.2025»)
        return (
            marked
            and len(tok) >= 2  # «ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1»: an ordinal, not a record
            and (
                opens == LINE
                or (opens == SENTENCE and len(tok) >= TITLE_DIGITS)
                or (opens in (CLAUSE, ASIDE) and bool(_DATED.match(text, end)))
                # an aside naming a paper: «(наряд № 447)», «(ВК протокол № 32)»
                or (opens == ASIDE and text[end : end + 1] == ")" and len(tok) >= 2)
            )
        )
    if opens and (marked or strong):
        return True  # a label or an aside: «Исх. 14/1187-25», «(карта 1849-П)»
    line_end = text.find("\n", end)
    lo = max(line_start, start - PERSON_REACH)
    hi = min(end + PERSON_REACH, line_end if line_end != -1 else len(text))
    return people.near(lo, hi)


def _noun_phrase(toks: list, k: int, line_start: int, short: bool) -> str | None | bool:
    """Walk back from toks[k] over the words of the clause: None when one of them names
    something public (a facility, a form, a dose, a room, a lot, a device, a phone, a bank
    account), else where the clause stands: LINE (it opens a line), SENTENCE (it opens a
    sentence), ASIDE (it opens a bracket), CLAUSE (it follows a comma, a colon, a quote)
    or False (a longer phrase, another number).
    ``short``: the number is a short one; an abbreviation alone before it names a place
    («в ОП № 3», «ЖК № 5»)."""
    words = 0
    i = k
    while i >= 0 and toks[i][2] >= line_start:
        kind, tok, _, _ = toks[i]
        if kind == "num":
            return False  # another number before: it has its own head
        if kind == "p":
            if tok in _CLAUSE_ENDS or tok in _DASHES:
                return (ASIDE if tok == "(" else CLAUSE) if words else False
            if tok in "!?" or (tok == "." and _sentence_starts(toks, i)):
                return SENTENCE
            i -= 1
            continue
        if numero(tok):
            return False  # «№ 1 и № 2»: the earlier numero has its own head
        if words >= MAX_WORDS:
            return False
        if len(tok) == 1 and tok.isupper():
            i -= 1  # an initial («ВАСИЛЬЕВА Т.Н. ID: …»), no word of the phrase
            continue
        lower = tok.lower()
        if lower in _FUNCTION_WORDS:
            if short and words == 1 and _abbreviation(toks[k][1]):
                return None  # «в ПКБ № 1»
            words += 1
            i -= 1
            continue
        prev = toks[i - 1][1] if i and toks[i - 1][0] == "word" else None
        head = two_word_head(prev, tok) or classify(tok)
        if head in (SAFE, ROOM, "weak") and not personal_code(toks, i):
            return None
        if (
            _BATCH.match(lower)
            or _NOT_PERSONAL_WORD.match(lower)
            or tok in PUBLIC_REGISTERS
            or tok == CATALOGUE_MARK
        ):
            return None
        if is_equipment(tok) or equipment_serial(toks, i):
            return None
        words += 1
        i -= 1
    if short and _abbreviation(toks[k][1]) and (words == 1 or _abbreviation(toks[k - 1][1])):
        return None  # «ОП № 3» opening a line, «МБОУ СОШ № 12»: a place
    return LINE


# A table row naming a person: a cell holding only an identifier («2;3511-137256;Гриценко
# К.Н.;…», «…|03889|18 450,00»), or a series and a number («3;3513№104201;Дьячков Я.Р.»)
_SEPARATOR = re.compile(r"[;|\t]")
_ROW = re.compile(r"[^\n]*[;|\t][^\n]*")
_ID_CELL = re.compile(rf"(?:\d{{4}}(?:\s?№\s?|\s))?(?P<num>{NUMBER})(?:\s(?P<more>{NUMBER}))?")
MIN_CELL_DIGITS = 5


def _person_row_cells(text: str, people: _People) -> list[tuple[int, int]]:
    if not _SEPARATOR.search(text):
        return []
    spans = []
    for row in _ROW.finditer(text):
        line = row.group()
        if line.count("|") < 2 and line.count(";") < 2 and line.count("\t") < 2:
            continue  # no row of three cells
        if not people.near(row.start(), row.end()):
            continue
        cells = cells_of(line, row.start())
        if len(cells) < 3:
            continue
        for start, end in cells:
            m = _ID_CELL.fullmatch(text, start, end)
            if m is None or keep(m["num"]) or _other_shape(text, m["num"], end):
                continue
            number = m["num"]
            if m["more"] is not None and (keep(m["more"]) or not identifier_shaped(m["more"])):
                continue  # «R0446 112-016»: two identifiers of one row, not a quantity
            digits = sum(c.isdigit() for c in text[start:end])
            if (digits < MIN_CELL_DIGITS and not strongly_shaped(number)) or not identifier_shaped(
                number, text[end : end + 8]
            ):
                continue
            spans.append((start, end))
    return spans


def _glued(text: str, start: int) -> bool:
    """The number at ``start`` continues a code: a letter, a digit, a dash or a slash right
    before it, or a period after a digit («вх.0406» is a label cut short, not a code)."""
    if not start:
        return False
    before = text[start - 1]
    if before == ".":
        if text.startswith("me/", start) and text.endswith("wa", 0, start - 1):
            return True  # «wa.me/79161234567»: a WhatsApp link, the phone recognizer's
        # «RA.RU.710334»: the tail of a dotted register code in Latin capitals
        return start > 1 and (
            text[start - 2].isdigit() or bool(_DOTTED_CODE.search(text, max(0, start - 24), start))
        )
    return before.isalnum() or before in "-/"


_DOTTED_CODE = re.compile(r"(?<![\w.])[A-Z]{2,}(?:\.[A-Z]{2,})+\.$")


def _gtin(number: str) -> bool:
    """A trade item's number (GTIN-14 with its leading zero, GS1 check digit): a product's."""
    if len(number) != 14 or not number.isdigit() or number[0] != "0":
        return False
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(number[:-1]))
    return (10 - total % 10) % 10 == int(number[-1])


def _named_before(toks: list, k: int, number: str) -> bool:
    """«Карта вызова СМП № 515»: a noun before the abbreviation toks[k] names the paper,
    and its number has three digits or more (a place is «ЖК № 5», «в ОП № 3»)."""
    if len(number) < TITLE_DIGITS or k == 0 or toks[k - 1][0] != "word":
        return False
    word = toks[k - 1][1]
    return word.lower() not in _FUNCTION_WORDS and not _abbreviation(word)


def _abbreviation(word: str) -> bool:
    """«ЖК», «МБОУ», «д/с»: a place's name cut short."""
    return (2 <= len(word) <= 5 and word.isupper()) or "/" in word


def _other_shape(text: str, number: str, end: int) -> bool:
    """A number no record is written as (see ``_NOT_RECORD``)."""
    if _NOT_RECORD.fullmatch(number) or _gtin(number):
        return True
    pressure = _PRESSURE.fullmatch(number)
    if pressure and 60 <= int(pressure["high"]) <= 260 and 30 <= int(pressure["low"]) <= 160:
        return int(pressure["high"]) > int(pressure["low"])
    if _SCORE_AFTER.match(text, end):
        return True  # «NRS-2002: 3 балла»: a scale's name before its score
    if unit_after(text, end):
        return True  # «окна 113/208 кэВ», «DLP 1176 мГр·см»: a quantity
    out_of = _OUT_OF.fullmatch(number)
    start = end - len(number)
    if (
        out_of
        and int(out_of[1]) <= int(out_of[2]) <= 100
        and _SCALE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # «MMSE 28/30», «MoCA 11/30»: a score out of the scale's maximum
    return bool(_POSTAL_INDEX.fullmatch(number) and _TOWN_AFTER.match(text, end))


# a score in points right after («NRS-2002: 4 балла», «SCORE2 — 7 баллов»)
_SCORE_AFTER = re.compile(r"\s*[:=—–-]?\s*\d{1,2}(?:[.,]\d)?\s*(?i:балл)")
# a score out of a maximum after a scale's Latin abbreviation
_OUT_OF = re.compile(r"(\d{1,3})/(\d{2,3})")
_SCALE_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,7}[ \t:]*\Z")


def _sentence_starts(toks: list, i: int) -> bool:
    """toks[i] is a period that ends a sentence: not after an initial or an abbreviation,
    and a capital letter follows."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is None or nxt is None or not nxt[1][:1].isupper():
        return False
    return not (prev[0] == "word" and (len(prev[1]) == 1 or is_abbreviation(prev[1])))
