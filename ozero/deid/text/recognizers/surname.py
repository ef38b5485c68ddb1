"""Lone Russian surnames that NER misses («Овчинникова: направлена на консультацию»).

Claim comments and short notes often carry a bare surname with no given name or title, the
case natasha's NER handles worst. pymorphy3's dictionary marks surnames with the `Surn`
grammeme; a capitalised word whose parses are mostly surnames is reported as a person,
unless it follows a clinical trigger word (an eponym: «болезнь Боткина»).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import Alternation, SingleEntityRecognizer
from ozero.deid.text.recognizers.known import is_known, parses
from ozero.deid.text.recognizers.latin import _CYRILLIC_OF
from ozero.deid.text.recognizers.latin import _UNIT as _TRANSLIT_UNIT
from ozero.deid.text.recognizers.names import (
    NAMESAKE_BEFORE,
    SURNAME_SHARE,
    _shares,
    _top_pos,
    adjective_before_a_thing,
    in_place_name,
    is_role,
    surname_like,
    surname_shaped,
    surname_share,
)
from ozero.deid.text.recognizers.ner import (
    _LOOKBEHIND_CHARS,
    after_eponym_trigger,
    country_word,
    cut_short,
    drug_listed,
    followed_by_dose,
    measured_after,
    measurement_method,
    medical_word,
    opens_a_quoted_name,
)

# «Возможно поехал(а)», «Вероятно, ушёл(ла)»: an adverb or a parenthetic word opens the
# clause, no subject of the verb
_NO_SUBJECT_POS = frozenset(
    {"ADVB", "PRED", "CONJ", "PRCL", "INTJ", "PREP", "NPRO"}
)  # «Кем направлен(а)»
# «реестр адвокатов Тульской обл.», «Кимрского р-на»: an adjective of a region or district
_REGION_AFTER = re.compile(
    r"\s+(?:обл\.|област[ьиюе]|кра[йяюе]|р-н\w*|район\w*|округ\w*|губерни\w*)(?!\w)"
)
_CAPITALISED_WORD = re.compile(r"(?<![\p{L}\-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![\p{L}])")
SHAPED_SHARE = 0.15  # enough when the word also ends like a surname and is not a place
SCORE = 0.6
TEMPLATE_SCORE = 0.7
# «Пак: направлен(а) на консультацию»: a capitalised word as the subject of a verb with a
# gender-neutral template ending «(а)»/«(ась)» is a person whatever the dictionary says
# (Пак, Ткач, Седых, Лихая); role words («Пациент(ка)») are the exception.
_TEMPLATE_ENDING = r"\((?:а|ась|ла|на)\)"
# (looked for only in a text where such an ending stands: ``base.Alternation``)
_TEMPLATE_SUBJECT = Alternation(
    r"(?<![\p{L}\-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,})\s*[:,—–-]?\s+"
    r"[а-яё]{4,}" + _TEMPLATE_ENDING,
    required=(_TEMPLATE_ENDING,),
)
# «лечащий врач Ситникова», «бабушка Шпак», «больной К-в»: a capitalised word right after a
# lower-case role noun (so mid-sentence) names that person, whatever the dictionary says.
_AFTER_ROLE = re.compile(
    r"(?<![\p{L}])(?P<role>[а-яё]{3,})\s+"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?|[А-ЯЁ][а-яё]?-[а-яё]{1,3})(?![\p{L}-])"
)
# «гинеколога семенову», «к терапевту ивановой»: complaints and chats write names in lower
# case; after a role noun, a word ending like a surname that the dictionary mostly reads as
# one is a person.
_LOWER_AFTER_ROLE = re.compile(
    r"(?<![\p{L}])(?P<role>[а-яё]{3,})\s+"
    r"(?P<name>[а-яё]{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е)?)(?![\p{L}-])"
)
LOWER_SURNAME_SHARE = 0.4
# «Хирург Чалов.», «Предс. комиссии Мельник.»: a capitalised role word opening a sentence and
# a lone capitalised word closing it (a report's signature line).
_ROLE_SIGNS = re.compile(
    r"(?:^|(?<=[.!?\n]\s{0,3}))(?P<role>[А-ЯЁ][а-яё]{3,})\s+"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?=\s*(?:[.!?\n]|$))"
)
# «________ /Дудник/», «/Лаптева О.В./»: the decoding of a signature between slashes; after
# a signature line or word any noun there is a surname («Дудник» is also a plant).
_SLASHED = re.compile(
    r"(?<![\w/])/\s?(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)"
    r"(?:\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)?\s?/(?![\w/])"
)
# «Исп. Петрова», «Предс. Мельник», «Отв. Гусев»: a role cut short (letters, answers and
# commissions are signed so), then a capitalised word.
_ABBREVIATED_ROLE = re.compile(
    r"(?<![\w.])(?:Исп|Отв|Предс|Пред|Секр|Сост|Зав|Гл\.\s?врач|Ст\.\s?м/с|м/с)\.?\s+"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?![\w-])"
)
_SIGNATURE_BEFORE = re.compile(r"_{3,}\s*$|(?i:подпис\w*)[^/\n]{0,30}$")
# «Подписи: Хабаров, Лещенко, Айвазова»: surnames listed after a signature word.
_SIGNED = re.compile(r"(?<![\p{L}])(?i:подпис[иьа]\w*|подписал[иа]?)\s*:?\s*")
_LISTED = re.compile(r"([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?:\s*,\s*|\s+и\s+)?")
# «Тропонин-тест», «Дата/время пробы», «Гипертонич. криз»: joined to a lower-case word, or
# cut short before one.
_COMPOUND_AFTER = re.compile(r"[-/][а-яё]|\.\s*[а-яё]")
_SLASH_WORD_AFTER = re.compile(r"/[а-яё]")
# Words pymorphy3 does not know that end in -ов/-ев (+ case endings): «Шамсутдинов».
_UNKNOWN_SHAPE = re.compile(r"[оеё]в(?:а|у|ым|ой|ом|е|ы)?$")


@lru_cache(maxsize=65536)
def lone_surname(word: str) -> bool:
    """Mostly a surname to pymorphy3; or partly one with a surname ending and no stronger
    place reading («Борисов», «Рождественская», not «Киров»); or unknown with -ов/-ев."""
    lower = word.lower()
    share = surname_share(lower)
    if share >= SURNAME_SHARE:
        return True
    if share >= SHAPED_SHARE and surname_shaped(lower):
        found = parses(lower)
        person = sum(p.score for p in found if "Surn" in p.tag or "Name" in p.tag)
        place = sum(p.score for p in found if "Geox" in p.tag)
        return person > place
    return share == 0 and not is_known(lower) and bool(_UNKNOWN_SHAPE.search(lower))


def _dictionary_surname(word: str) -> bool:
    """Mostly a surname to pymorphy3 («Овчинникова»), not merely shaped like one."""
    return surname_share(word.lower()) >= SURNAME_SHARE


def _person_word(word: str) -> bool:
    """A word that can be a surname where one is expected: no role, and a surname to the
    dictionary, shaped like one, or a word it does not know («Чалов»)."""
    if is_role(word) or country_word(word):
        return False
    lower = word.lower()
    return lone_surname(word) or surname_shaped(lower) or not is_known(lower)


def _named_by_role(text: str) -> list[tuple[int, int]]:
    """Surnames after a role noun («врач Ситникова») and after a signature word."""
    spans = []
    for m in _AFTER_ROLE.finditer(text):
        name = m["name"]
        if not is_role(m["role"]) or is_role(name):
            continue
        if _top_pos(name) in ("ADJF", "PRTF") and not surname_shaped(name.lower()):
            continue  # «врач приёмного отделения»; but «диспетчеру Сомовой» is a surname
        if country_word(name) or cut_short(text, m.start("name"), m.end("name")):
            continue  # «гражданина Республики Узбекистан», «гражданина Респ. Таджикистан»
        if followed_by_dose(text, m.end()) or after_eponym_trigger(text, m.start("name")):
            continue
        if _SLASH_WORD_AFTER.match(text, m.end()):
            continue  # «Отчёт пациента⏎Дата/время пробы»: a heading's word
        if text[m.end() : m.end() + 1] == ":" and not surname_like(name):
            continue  # «дубль ЭМК пациента Описание: …»: the next field's label
        spans.append(m.span("name"))
    for m in _LOWER_AFTER_ROLE.finditer(text):
        if is_role(m["role"]) and surname_share(m["name"]) >= LOWER_SURNAME_SHARE:
            spans.append(m.span("name"))
    for m in _ROLE_SIGNS.finditer(text):
        if is_role(m["role"]) and _person_word(m["name"]):
            spans.append(m.span("name"))
    for m in _ABBREVIATED_ROLE.finditer(text):
        name = m["name"]  # a capitalised noun there names the signer, as after «врач»
        if not (is_role(name) or country_word(name)) and _top_pos(name) not in ("ADJF", "PRTF"):
            spans.append(m.span("name"))
    for m in _SLASHED.finditer(text):
        signed = _SIGNATURE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (signed and not is_role(m["name"])) or _person_word(m["name"]):
            spans.append(m.span("name"))
    for m in _SIGNED.finditer(text):
        at = m.end()
        while (item := _LISTED.match(text, at)) is not None and item[0]:
            word = item[1]
            if is_role(word) or not (surname_shaped(word) or lone_surname(word)):
                break
            spans.append(item.span(1))
            at = item.end()
    return spans


# Names written in Latin letters: a DICOM person name «SHEVCHUK^OLEG^PETROVICH» anywhere;
# two or three Latin words, at least one in capitals («KOROLEVA ANNA», «Alexey KOVALEV»), as
# a field's value (after a colon, a signature's line or «гражданин(ка)») or before a date of
# birth.
_DICOM_NAME = re.compile(r"(?<![\w^])[A-Z][A-Za-z'-]+(?:\^[A-Z][A-Za-z'-]*){1,4}(?![\w^])")
# Latin capitals and small letters with the diacritics of European names («MÜLLER», «Łukasz»)
_LU, _LL = r"[A-ZÀ-ÖØ-ÞĀ-Ž]", r"[a-zß-öø-ÿā-ž]"
_LATIN_WORD = rf"(?:{_LU}{{3,}}|{_LU}{_LL}{{2,}})"
# (a word a colon follows labels the next field: «PNR: NXDJTH   Ticket: 061-…» holds no name)
_LATIN_RUN = rf"{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{1,2}}"
_LATIN_VALUE_END = r"(?![\w]|\s*[\d+:])"
_LATIN_NAME = re.compile(
    rf"(?:(?<=:\s{{0,3}})(?P<a>{_LATIN_RUN}){_LATIN_VALUE_END}"
    rf"|(?<![\w])(?P<b>{_LATIN_RUN})"
    r"(?=,?\s+(?i:date\s+of\s+birth|dob|born|д\.\s?р\.|дата\s+рождения)))"
)
# ... or a contract's party: after a signature's line or «гражданин(ка)» (looked for only in
# a text that has one)
_LATIN_PARTY = re.compile(
    rf"(?:_{{3}}|[Гг]ражданин(?:ка|\(ка\))?)\s{{0,3}}\K(?P<a>{_LATIN_RUN}){_LATIN_VALUE_END}"
)


# «Patient: MÜLLER Johann», «Pt. Okonkwo Chinedu», «Dr. A. Solovyov»: after an English
# title a Latin name in any case; «Ivanova V.P.»: a Latin surname with initials anywhere.
# («patient: Salinder Vasilisa» in a portal's export; «Patient: LI OKSANA»: a surname of two
# capitals before a given name)
# («Operator: Chzhan Mey», «Performed by: …»: an analyser's or a report's staff field, its
# colon required; cases spelt out: a case-insensitive literal multiplies the pattern's scan)
_STAFF_FIELD = (
    r"(?:[Oo]perator|OPERATOR|[Tt]echnician|[Tt]echnologist|[Pp]hysician|[Nn]urse|[Aa]nalyst"
    r"|(?:[Pp]erformed|[Oo]rdered|[Ss]igned|[Rr]eviewed|[Cc]ollected|[Vv]alidated|[Aa]pproved"
    r"|[Rr]equested)\s+by):"
)
# the name after a title or a staff field («DOB:» labels the next field)
_TITLED_NAME = (
    rf"(?P<name>(?:{_LU}\.\s?){{0,2}}(?:{_LATIN_WORD}|{_LU}{{2}}(?= {_LATIN_WORD}(?!\w)))"
    rf"(?:\s+{_LATIN_WORD}(?![\w]|\s*:)){{0,2}})(?![\w])"
)
_TITLED_LATIN = re.compile(
    rf"(?<![\w])(?:[Pp]atient|PATIENT|Pt|Dr|Mr|Mrs|Ms|Miss|Prof|Doctor|Name)\.?:?\s+{_TITLED_NAME}"
)
# (a pattern of its own, run where one of its words stands: joined to the titles' it doubled
# their scan)
_STAFF_LATIN = re.compile(rf"(?<![\w]){_STAFF_FIELD}\s+{_TITLED_NAME}")
_STAFF_WORDS = ("perator", "PERATOR", "echnici", "echnolog", "hysician", "urse", "nalyst", " by")
_LATIN_INITIALS = re.compile(
    rf"(?<![\w.])(?:{_LU}{_LL}{{2,}}\s+{_LU}\.\s?{_LU}\.|{_LU}\.\s?{_LU}\.\s?{_LU}{_LL}{{2,}})"
    r"(?![\w])"
)


# A Russian full name transliterated in title case, its patronymic's ending unmistakable:
# «Lykova Darya Ashotovna», «Ilina-zagorskaya Svetlana», «Oleg Petrovich Sokolov»
_LATIN_TITLE = rf"{_LU}{_LL}{{2,}}(?:-{_LU}?{_LL}{{2,}})?"
_LATIN_PATRONYMIC = rf"{_LU}{_LL}+(?:ovna|evna|ichna|ovich|evich|ich)"
_LATIN_FULL_NAME = re.compile(
    rf"(?<![\w-])(?:{_LATIN_TITLE}\s+{_LATIN_TITLE}\s+{_LATIN_PATRONYMIC}"
    rf"|{_LATIN_TITLE}\s+{_LATIN_PATRONYMIC}\s+{_LATIN_TITLE})(?![\w-])"
)


# a Latin word of three letters or more: every Latin name pattern but the DICOM one needs one
_ANY_LATIN_WORD = re.compile(rf"{_LU}(?:{_LU}{{2}}|{_LL}{{2}})")


def _latin_names(text: str) -> list[tuple[int, int]]:
    if "^" not in text and not _ANY_LATIN_WORD.search(text):
        return []  # most Russian texts: no pattern below can match
    spans = [m.span() for m in _DICOM_NAME.finditer(text)]
    if "vna" in text or "ich" in text:  # a Latin patronymic's ending: a cheap pre-check
        spans += [m.span() for m in _LATIN_FULL_NAME.finditer(text)]
    spans += [m.span("name") for m in _TITLED_LATIN.finditer(text)]
    if any(word in text for word in _STAFF_WORDS):
        spans += [m.span("name") for m in _STAFF_LATIN.finditer(text)]
    spans += [m.span() for m in _LATIN_INITIALS.finditer(text)]
    party = "___" in text or "ражданин" in text
    for m in chain(_LATIN_NAME.finditer(text), _LATIN_PARTY.finditer(text) if party else ()):
        group = "a" if m["a"] else "b"
        words = m[group].split()
        if any(w.isupper() for w in words) and not all(w.isupper() and len(w) <= 4 for w in words):
            spans.append(m.span(group))
    return spans


# A scanned surname with letters read as look-alike digits or Latin letters: «Смирн0ва»,
# «Кyзнецова» (Latin y). Read back as Cyrillic, it must be a surname; initials right after
# it are part of the name.
_OCR_PAIRS = {
    "0": "о", "3": "з", "6": "б", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у",
    "x": "х", "k": "к", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}  # fmt: skip
_OCR_LOOKALIKES = str.maketrans(_OCR_PAIRS)
_OCR_NAME = re.compile(
    r"(?<![\w])[А-ЯЁABCEHKMOPTXY](?=[а-яёaeopcyxk036]{3,}(?![\w]))"
    r"(?=\w*[а-яё])(?:(?<=[ABCEHKMOPTXY])|(?=[а-яё]*[036aeopcyxk]))"
    r"[а-яёaeopcyxk036]{3,}(?![\w])"
    r"(?P<initials>\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)?"
)
_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)(?:ул|пр|пер|просп|пл|б-р|г|с|д|пос|им)\.\s*$")


def _ocr_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _OCR_NAME.finditer(text):
        if _PLACE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # «ул. Пyшкина»: a street named after someone
        word = m.group().split()[0].translate(_OCR_LOOKALIKES)
        if is_role(word) or not (lone_surname(word) or surname_shaped(word.lower())):
            continue
        if m["initials"] or lone_surname(word):
            spans.append(m.span())
    return spans


# «я игнатьева, запись на…», «меня зовут петров»: chats and call transcripts introduce the
# writer in lower case; a word the dictionary mostly reads as a surname is one there.
_LOWER_SELF = re.compile(
    r"(?<![\p{L}])(?:я|меня\s+зовут|моя\s+фамилия|фамилия)\s*[:,—–-]?\s+"
    r"(?P<name>[а-яё]{3,}(?:-[а-яё]{3,})?)(?![\p{L}-])"
)
# «пациент агафонов ефим олегович», «ефим олегович агафонов»: a full name in lower case is
# found from its patronymic; the word before it must be a given name to the dictionary.
_LOWER_PATRONYMIC = re.compile(
    r"(?<![\p{L}-])(?P<given>[а-яё]{2,})\s+"
    r"(?P<patr>[а-яё]{2,}(?:ович|евич|ьич|овн|евн|ичн|иничн)[а-яё]{0,3})(?![\p{L}-])"
)
_LOWER_WORD_BEFORE = re.compile(r"(?<![\p{L}-])([а-яё]{2,}(?:-[а-яё]{2,})?)\s+\Z")
_LOWER_WORD_AFTER = re.compile(r"\s+([а-яё]{2,}(?:-[а-яё]{2,})?)(?![\p{L}-])")
GIVEN_SHARE = 0.5
_PATR_HINT = re.compile(r"(?:ович|евич|ьич|овн|евн|ичн)(?:а|у|ем|ом|е|ой|ы)?(?![а-яё])")


def _lower_patronymic_hint(text: str) -> bool:
    """A patronymic ending inside a word that starts in lower case (a cheap pre-check: most
    documents write patronymics capitalised or not at all)."""
    for hint in _PATR_HINT.finditer(text):
        i = hint.start()
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        if text[i].islower():
            return True
    return False


def _lower_surname(word: str) -> bool:
    """A lower-case word where a surname is expected: mostly a surname to the dictionary,
    or partly one and shaped like one («дорофеев» is also «of Дорофей»s)."""
    if is_role(word):
        return False
    share = surname_share(word)
    return share >= LOWER_SURNAME_SHARE or (share >= SHAPED_SHARE and surname_shaped(word))


def _lower_patronymic(word: str) -> bool:
    """A patronymic to the dictionary, or a word it does not know with a patronymic's
    suffix («цыреновна», «саянович», «баатровна»: from names it lacks)."""
    return _shares(word)[2] >= GIVEN_SHARE or not is_known(word)


def _lower_names(text: str) -> list[tuple[int, int]]:
    """Names written all in lower case: a self-introduction, a given name + patronymic with
    the surname on either side."""
    spans = []
    for m in _LOWER_SELF.finditer(text):
        if _lower_surname(m["name"]):
            spans.append(m.span("name"))
    if not _lower_patronymic_hint(text):
        return spans
    for m in _LOWER_PATRONYMIC.finditer(text):
        _, given, patr, _ = _shares(m["given"])
        if given < GIVEN_SHARE or not _lower_patronymic(m["patr"]):
            continue
        start, end = m.span()
        before = _LOWER_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _lower_surname(before[1]):
            start = before.start(1)
        after = _LOWER_WORD_AFTER.match(text, end)
        if after and _lower_surname(after[1]):
            end = after.end(1)
        spans.append((start, end))
    return spans


# «Фамилия Седых Имя Глеб», «FAM=Долгих, IM=Вероника, OT=Павловна»: the value of a name
# field of a form or of an OMS register record (FAM, IM, OT and the representative's
# FAM_P, IM_P, OT_P) is a name part whatever the dictionary says.
# a name part as a field's value: title case or capitals, double-barrelled or not
_FIELD_VALUE = r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)(?![\p{L}-])"
_NAME_FIELD = re.compile(
    r"(?<![\p{L}_])(?:(?P<ru>Фамилия|ФАМИЛИЯ|Имя|ИМЯ|Отчество|ОТЧЕСТВО)\s*[:=]?|"
    r"(?:FAM|IM|OT)(?:_P)?\s*[=:])\s*" + _FIELD_VALUE
)
_FIELD_WORDS = frozenset(
    {"фамилия", "имя", "отчество", "дата", "пол", "при", "полностью", "ф", "фио", "нет", "не"}
)


# an export's lower-case keys and «=» («фамилия=Ван; имя_отчество=Лили»; looked for only in
# a text with a «=»)
_EXPORT_NAME_FIELD = re.compile(
    r"(?<![\p{L}_])(?:фамилия|имя|отчество|имя_отчество)\s*=\s*" + _FIELD_VALUE
)


def _name_fields(text: str) -> list[tuple[int, int]]:
    spans = []
    exported = _EXPORT_NAME_FIELD.finditer(text) if "=" in text else ()
    for m in chain(_NAME_FIELD.finditer(text), exported):
        name = m["name"]
        lower = name.lower()
        if lower in _FIELD_WORDS or is_role(name) or country_word(name):
            continue
        spans.append(m.span("name"))
    return spans


# «Контакт с Долгих (сосед, ОРВИ)», «Ткач (мать) сообщила»: a capitalised word followed by
# a role in parentheses names that person.
_ROLE_IN_PARENS = re.compile(
    r"(?<![\p{L}\-])(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)\s*\(\s*"
    r"(?P<role>[а-яё]{3,})\s*[,;)]"
)


def _role_in_parens(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _ROLE_IN_PARENS.finditer(text):
        name = m["name"]
        if is_role(m["role"]) and _person_word(name) and not country_word(name):
            if after_eponym_trigger(text, m.start("name")):
                continue
            spans.append(m.span("name"))
    return spans


# «поступила Кириллова, вещи…», «доставлен Шевчук бригадой СМП»: a capitalised word right
# after a verb of a patient's admission, transfer or discharge is its subject, the patient.
_AFTER_ADMISSION = re.compile(
    r"(?<![\p{L}])(?:[Пп]оступил[аи]?|[Дд]оставлен[аы]?|[Гг]оспитализирован[аы]?|[Оо]смотрен[аы]?"
    r"|[Вв]ыписан[аы]?|[Пп]ереведен[аы]?|[Пп]ереведён|[Оо]братил(?:ся|ась|ись))\s+"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?![\p{L}-])"
)


_ADMISSION_STEMS = ("оступил", "оставлен", "оспитализирован", "смотрен", "ыписан", "ереведен",
                    "ереведён", "братил")  # fmt: skip


def _after_admission(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not any(stem in text for stem in _ADMISSION_STEMS):
        return spans
    for m in _AFTER_ADMISSION.finditer(text):
        name = m["name"]
        if not _person_word(name) or _top_pos(name) in ("ADJF", "PRTF", "ADVB"):
            continue
        if followed_by_dose(text, m.end()) or cut_short(text, m.start("name"), m.end("name")):
            continue
        spans.append(m.span("name"))
    return spans


# Russian names transliterated into Latin letters («Uvazhaemyi(aia) Arkadii Golubev», an SMS
# or a foreign system's export): two capitalised Latin words, one reading back as a given
# name and the other as a surname.
_LATIN_PAIR = re.compile(
    r"(?<![\w.])([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})(?![\w])"
    r"|(?<![\w.])([A-Z]{4,})\s+([A-Z]{4,})(?![\w])"  # «GOLUBEV ARKADII» in capitals
)
_TRANSLIT_FINAL = re.compile(r"(?:ii|iy|yi|ij|y)$|(?:ei|ey)$|(?:ai|ay)$|(?:oi|oy)$")
_TRANSLIT_FINAL_OF = {"ei": "ей", "ey": "ей", "ai": "ай", "ay": "ай", "oi": "ой", "oy": "ой"}
_TRANSLIT_SOFT = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])i(?=[aoue])")
# «ia», «iu», «ie» opening a word or after a vowel are «я», «ю», «е» («Iurii», «Uvazhaemaia»)
_TRANSLIT_IOTA = re.compile(r"(?:^|(?<=[aeiouy]))i[aue]")


@lru_cache(maxsize=16384)
def _from_latin(word: str) -> str:
    """A plain reading of a transliterated Russian name part: «Arkadii» → «аркадий»,
    «Liudmila» → «людмила», «Kudriavtseva» → «кудрявцева»."""
    lower = _TRANSLIT_IOTA.sub(lambda m: "y" + m.group()[1], word.lower())
    ending = ""
    if re.search(r"(?:ii|(?<=[^aeiouy]i?)i)a$", lower) and len(lower) > 4:
        lower, ending = re.sub(r"i?ia$", "", lower), "ия"  # «Iuliia», «Mariia», «Natalia»
    final = _TRANSLIT_FINAL.search(lower) if not ending else None
    if final and len(lower) > 4:
        ending = _TRANSLIT_FINAL_OF.get(final.group(), "ий")
        lower = lower[: final.start()]
    lower = _TRANSLIT_SOFT.sub("'", lower).replace("'a", "ya").replace("'u", "yu")
    lower = lower.replace("'o", "yo").replace("'e", "ye")
    return _TRANSLIT_UNIT.sub(lambda m: _CYRILLIC_OF[m.group()], lower) + ending


_LATIN_PAIR_HINT = re.compile(r"[A-Z](?:[a-z]{2,}\s+[A-Z][a-z]{2,}|[A-Z]{3,}\s+[A-Z]{4,})")


# «Phonak Naida P50-UP», «Accu Chek Active 2», «Omron M2»: a brand and a line of a device,
# then its model (letters and digits): no person
_MODEL_AFTER = re.compile(r"\s+(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*")


def _latin_pairs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not _LATIN_PAIR_HINT.search(text):
        return spans  # (a cheap scan first: most documents hold no two Latin words in a row)
    for m in _LATIN_PAIR.finditer(text, overlapped=True):
        if _MODEL_AFTER.match(text, m.end()):
            continue
        first, second = _from_latin(m[1] or m[3]), _from_latin(m[2] or m[4])
        if not (first.isalpha() and second.isalpha()) or first.isascii() or second.isascii():
            continue
        for given, surname in ((first, second), (second, first)):
            if _shares(given)[1] >= GIVEN_SHARE and _lower_surname(surname):
                spans.append(m.span())
                break
    return spans


# «ШМИДТ АННА», «АННА ШМИДТ»: a surname and a given name in capitals without a patronymic
# (a ticket, a passport's Cyrillic line, a register): one word mostly a given name to the
# dictionary, the other a surname to it (headings in capitals are neither)
_CAPS_PAIR = re.compile(r"(?<![\w-])([А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?) ([А-ЯЁ]{3,})(?![\w-])")
_CAPS_PAIR_HINT = re.compile(r"[А-ЯЁ]{3} [А-ЯЁ]{3}")


def _caps_pairs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not _CAPS_PAIR_HINT.search(text):
        return spans
    for m in _CAPS_PAIR.finditer(text, overlapped=True):
        for given, surname in ((m[2], m[1]), (m[1], m[2])):
            if _shares(given)[1] >= GIVEN_SHARE and surname_share(surname) >= SURNAME_SHARE:
                if not (is_role(surname) or country_word(surname)):
                    spans.append(m.span())
                break
    return spans


# «[10:15] Гастроэнтеролог Наталья: Здравствуйте», «10:17 Наталья: Сдайте»: a chat's
# speaker after the message's time, by a given name alone (a role may come first)
_CHAT_SPEAKER = re.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|(?m:^)\d{1,2}:\d{2}"
    # (or after the day: «03.02 10:51 Айно:», a messenger's export)
    r"|(?<![\d.])\d{2}\.\d{2}(?:\.\d{2,4})?[ \t]+\d{1,2}:\d{2})[ \t]+"
    r"(?:(?:(?P<role>[А-ЯЁ][а-яё]{2,})[ \t]+)?(?P<name>[А-ЯЁ][а-яё]{2,})"
    # or a unit's abbreviation and its speaker in brackets: «[10:56] КДЛ (Геннадий):»
    r"|[А-ЯЁ]{2,6}[ \t]*\((?P<bracketed>[А-ЯЁ][а-яё]{2,})\))[ \t]*:"
)


def _chat_speakers(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if ":" not in text:
        return spans
    for m in _CHAT_SPEAKER.finditer(text):
        if m["role"] and not is_role(m["role"]):
            continue
        group = "bracketed" if m["bracketed"] else "name"
        if _shares(m[group])[1] >= GIVEN_SHARE and not is_role(m[group]):
            spans.append(m.span(group))
    return spans


class SurnameRecognizer(SingleEntityRecognizer):
    ENTITY = E.PERSON

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.PERSON not in entities:
            return []
        results = []
        for match in _CAPITALISED_WORD.finditer(text):
            parts = match.group().split("-")
            if not all(lone_surname(p) for p in parts) or any(medical_word(p) for p in parts):
                continue  # («Амикацин», «Тропонин»: a drug or an analyte by its ending)
            if adjective_before_a_thing(text, match.end(), parts[-1]):
                continue  # «Страховой номер»: an adjective opening a sentence
            before = text[max(0, match.start() - _LOOKBEHIND_CHARS) : match.start()]
            if after_eponym_trigger(text, match.start()) or NAMESAKE_BEFORE.search(before):
                continue
            if followed_by_dose(text, match.end()) or drug_listed(text, match.start(), parts[0]):
                continue  # «Ксарелто 20 мг»
            if _COMPOUND_AFTER.match(text, match.end()):
                continue  # «Тропонин-тест», «Гипертонич. криз»
            if measured_after(text, match.end()) and not _dictionary_surname(parts[0]):
                continue  # «Креатинин 10.07 08:10: 173 мкмоль/л»: an analyte
            if measurement_method(text, match.start(), match.end()):
                continue  # «Фибриноген (Клаусс) 3,91 г/л»
            if cut_short(text, match.start(), match.end()):
                continue  # «Респ. Таджикистан»
            if opens_a_quoted_name(text, match.start(), match.end()):
                continue  # «Казанский медицинский колледж»
            if in_place_name(text, match.start()):
                continue  # «г. Энгельс», «г. Великие Луки»: a town's name
            results.append(self.result(match.start(), match.end(), SCORE))
        results += [self.result(*span, SCORE) for span in _named_by_role(text)]
        results += [self.result(*span, SCORE) for span in _latin_names(text)]
        results += [self.result(*span, SCORE) for span in _ocr_names(text)]
        results += [self.result(*span, SCORE) for span in _lower_names(text)]
        results += [self.result(*span, SCORE) for span in _name_fields(text)]
        results += [self.result(*span, SCORE) for span in _role_in_parens(text)]
        results += [self.result(*span, SCORE) for span in _latin_pairs(text)]
        results += [self.result(*span, SCORE) for span in _caps_pairs(text)]
        results += [self.result(*span, SCORE) for span in _after_admission(text)]
        results += [self.result(*span, SCORE) for span in _chat_speakers(text)]
        for match in _TEMPLATE_SUBJECT.finditer(text):
            if not is_role(match[1]) and _top_pos(match[1]) not in _NO_SUBJECT_POS:
                results.append(self.result(match.start(1), match.end(1), TEMPLATE_SCORE))
        return [r for r in results if not _REGION_AFTER.match(text, r.end)]
