"""What a number in Russian medical paperwork belongs to: the words around «№» decide.

«Направление № 3417» is a record number; «ГКБ № 52», «приказ № 834н», «форма № 025/у»,
«палата № 5» and «№ 60» after «мг» are not. This module holds the vocabularies and one
question, ``head_before``: walking back from a number, which word governs it, a document
(→ record number), something public or clinical (→ keep), or nothing known (→ keep)?

Vocabularies come from the kinds of Russian medical and administrative paperwork (the
federal directory of medical document kinds, FNSI 1.2.643.5.1.13.13.11.1522, and the
usual form titles and abbreviations), not from any corpus.
"""

from __future__ import annotations

import os
from functools import lru_cache

import regex as re

from ozero.deid.text.recognizers.latin import cyrillic_readings

DOC, SAFE, ROOM = "doc", "safe", "room"

# A bench/test-only ablation: with ``OZERO_TEXT_ABLATE_KINDS=1`` in the environment (read
# at import), no word names a document kind (``classify`` and ``two_word_head`` never say
# DOC), so every kind is one «nobody taught us»: what is left of RECORD_ID recall is what
# the shape and the position of a number find. Never on in production.
ABLATE_KINDS = os.environ.get("OZERO_TEXT_ABLATE_KINDS", "") == "1"

# Stems of nouns naming a personal document, record, order or sample, and their usual
# abbreviations. Matched against a whole lower-case token from its start.
_DOC_STEMS = (
    r"направлен|напр$|листо?к|листк|лист|элн|лн|л/н|больничн|рецепт|бланк|протокол|прот$"
    r"|карт(?:а|ы|е|у|ой|ою|очк)|истори|иб$|и/б|а/к|м/к|мкаб|мксб|тап$|талон|справк"
    r"|свидетельств|св-в|эпикриз|выписк|заключени|акт(?:а|у|ом|е)?$|решени|ипра|ипр$|полис"
    # («зак.» alone is a printing house's order in a form's imprint: «Тип. …, зак. 1089, тир.
    # 5000 экз.», no patient's)
    r"|договор|дог$|контракт|заявк|заявлени|заказ|образ(?:ец|ца|цу|цом|це)|обр$"
    r"|проб(?:а|ы|е|у|ой)$"
    r"|донаци"  # a blood donation's number («номер донации 26-0220-941698»)
    r"|[еэ]мк$"  # an electronic medical record («ЕМК 36072098», «ЭМК № …»)
    r"|пробирк|штрих|штрихкод|баркод|accession|acc$|исследовани|вызов|наряд|сертификат"
    r"|книжк|случа[йяюе]|обращени|путевк|распоряжени|документ|рег$|регистрационн|квитанци"
    r"|удостоверени|удост$|ву$|извещени|маркировк|биоматериал|идентификатор|id$|ид$|уин$"
    r"|дубликат|медкарт|опис(?:ь|и|ью)$|запрос|телефонограмм|доверенност|дов$"
    # head nouns of the FNSI document kinds (1.2.643.5.1.13.13.11.1522) not listed above
    r"|журнал|дневник|ведомост|книг[аиеу]|вкладыш|тетрад|согласи[еяюи]$|согласием$|задани|донесени|этикетк"
    r"|табел|табельн|уведомлени|предупреждени|характеристик|освидетельствовани"
    # numbered specimens and their papers: blocks, slides, vials; in/out mail; serials
    r"|(?:гистологи|цитологи|биопси)(?:я|и|ю|ей)$|блок(?:а|и|у|ом|е|ов|ам|ами|ах)?$"
    r"|стекл(?:о|а|у|ом|е|ами|ах|ам)?$|вх$|входящ|исх$|исходящ|sn$|s/n$|серийн|заводск"
    r"|регистр(?:а|у|ом|е)?$|унрз|вк$|patientid|(?:study|series|sop)?(?:instance)?uid$|study$"
    r"|otherids?$|otherpatientids?$"
    r"|certificat"
    # identity papers of a foreigner or a conscript: «военный билет», «ВНЖ», «РВП», «патент»
    r"|билет|внж$|рвп$|патент(?:а|у|ом|е)?$|регномер|разрешени|виз(?:а|ы|е|у|ой)?$"
    # a booking of a ticket and the ticket («Код бронирования: VNG153», «PNR», «Ticket:»)
    r"|бронировани|брон(?:ь|и|ью)$|pnr$|ticket$|e-ticket$|booking$"
    # the same papers' English labels in LIS and PACS exports
    r"|order$|barcode|specimen|sample$|mrn$|requisition|шк$|tube$|visit$|encounter|episode"
    r"|req$|slide$|cassette|referral|case$|chart$|record$"
    # a PACS audit log's objects («Patient 63P904605», «Series 1.2.840.…»)
    r"|patient$|series$"
    # papers of a case about one person: a court's or a police file, a report, a complaint,
    # and a court case's unique identifier («УИД 77RS0001-02-2025-001234-56»)
    r"|дел(?:о|а|у|ом|е)$|рапорт|жалоб(?:а|у|е|ой)$|претензи|уид$"
    # a police registration of a report («КУСП № …», the book of reports of crimes and
    # incidents) and a criminal case's registration («ЕГРКП»)
    r"|кусп$|егркп$"
    # papers of a payment or an examination, and tags worn by a person or a sample
    r"|ордер|чек(?:а|у|ом|е)?$|анкет|экспертиз|реестр|накладн|бирк|браслет|жетон|пропуск"
    # a clinical-trial participant's randomisation number («Рандомизационный № R4171»), his
    # number in English («Subject: 56-127», «randomisation no. R7488», «participant ID»), a
    # serious adverse event's case («СНЯ»), a register's number of him («регистровый номер»),
    # a dispensary's cipher of him («шифр диспансерного учёта 638240»)
    r"|рандомизац|subject$|randomi[sz]ation$|participant$|сня$|регистров|шифр$"
    # a case's fields in an OMS register («N_ZAP 7547», «IDCASE 2190286419»)
    r"|zap$|idcase$"
    # a food or a school worker's personal medical book («ЛМК № 05082523»)
    r"|лмк$"
)
_DOC = re.compile(rf"(?:{_DOC_STEMS})")

# Words whose number is public or clinical: legal acts, forms, codes, numbered facilities
# (abbreviations always are; full words are "weak", see ``head_before``), quantities.
_SAFE_STRONG = re.compile(
    r"(?:приказ|постановлени|закон|фз|указ|форм(?:а|ы|е|у|ой)$|ф$|учетн|учётн|гост|санпин"
    r"|приложени|пункт(?!ат)|п$|пп$|стать|ст$|част|ч$|глав|код|лицензи|огрн|окпо|окато|октмо|кпп"
    r"|бик|инн|снилс|енп|паспорт|гкб|гб|гп|дгп|дгкб|кб|дкб|одкб|окб|крб|црб|грб|рб|мсч|фап"
    r"|нии|нмиц|фгбу|гбуз|гауз|гуз|огбуз|роддом|школ|гимнази|лице[йя]|сад$|ддоу|доу|мбдоу"
    # «участок № 9» is a district; «номер участника» (of a trial, a programme) a person's
    r"|бригад|участ(?!ни)|вакцин|препарат|лот(?:ы|а|ов|у|ом|е|ам)?$|lot$|lots$|раствор"
    # the federal directories' codes of a test, a study, a service, and their international
    # twins («ФСЛИ 1021591», «ФСИДИ 7003197», «LOINC 14682-9», «ICD-O 8720/3»): public codes
    r"|фсли$|фсиди$|нму$|loinc$|snomed|icd-o$|мкб-о$|code$"
    # a medical or an insurance organisation's register code («МО 690017», «СМО 77011»);
    # a military unit («командиру в/ч 97840»): an organisation, whoever serves in it
    r"|мо$|смо$|в/ч$"
    # a lab's reference standard, reagent or calibrator and its lot («стандарт этанола
    # серии DN2597»): the maker's number
    r"|стандарт(?:а|у|ом|е|ы|ов)?$|реагент|реактив|калибратор"
    # a vehicle's or an aircraft's board number («бортовой номер RA-23411», «борт № 12»);
    # a ship's IMO number («т/х «…», ИМО 9391953»: the maritime organisation's register of
    # ships, the same for every crew member and passenger)
    r"|бортов|борт$|имо$|imo$"
    # a clinical trial («КИ»): its permit, centre and protocol numbers are the sponsor's; in
    # English its protocol and trial codes, its EU register number, a grant that pays for it
    r"|ки$|protocol$|trial$|eudract$|grant$|грант(?:а|у|ом|е|ы|ов)?$"
    # a product's trade codes (GTIN, EAN-13, a shipping container's SSCC, the state
    # procurement catalogue's КТРУ) and an adverse event's MedDRA term: the same for everyone
    r"|gtin$|ean$|ean-13$|sscc$|ктру$|meddra$"
    r"|мг$|мкг$|г$|гр$|мл$|л$|ед$|ме$|таб|капс|кап$|амп|фл$|пак$|шт$|доз|упак|уп$|d\.t\.d|dtd"
    # the passport office's code («к/п 730-030», код подразделения): the office's, public
    r"|к/п$"
    # a numbered pharmacy («Аптека № 21»); an intraocular pressure («ВГД 22/23»)
    r"|аптек|вгд$"
    # a school by its abbreviation («МБОУ СОШ № 30»), a courier's route for samples, an
    # instrument set («набор № 36»): numbered places and things (a trauma point is not here:
    # «справка травмпункта № …» is a patient's paper)
    r"|сош$|оош$|мбоу$|гбоу$|курьерск|набор(?:а|у|ом|е|ы|ов)?$"
    # a sports school («ДЮСШ № 4»); a kindergarten's or a school's group of children
    # («младшая группа № 2 «Гномики»»): numbered places, no child's paper
    r"|дюсш$|сдюсшор$|групп(?:а|ы|е|у|ой)$"
    # a flight or a train («авиарейс ЯК 5127», «поезд № 044Ч»): a carrier's, not a passenger's
    r"|рейс|поезд(?:а|у|ом|е)?$"
    r"|день$|дн$|дней$|сут|раз$|р/д$|р/сут$|курс|сеанс|процедур|инъекци|ребр|зуб|позвон"
    r"|сегмент|пломб|этаж|дом$|д$|корп|кв$|квартир|строени|стр$"
    # an organisation's own numbers, whoever a paper is about: its property's inventory
    # number, a lot of a product, a cash register's fiscal data (its shift, fiscal
    # document, sign, drive, register), a UPD between organisations, a department's
    # requisition, a control measure of a supervisory body (ЕРКНМ). (An invoice or a
    # waybill may be one patient's — «счёт за лечение», a courier waybill of a sample —
    # and stays a record; «товарная накладная» is goods')
    r"|инв$|инвентарн|парти[яиюей]$|batch$|смен[аыеу]$|фд$|фп$|фпд$|фн$|ккт$|зн$|рн$"
    r"|упд$|требовани|кнм$"
    # a measuring instrument's verification; a phone's extension; an ECG's electrical axes
    # («P-R-T axes 98 29 29»)
    r"|поверк|доб$|добавочн|axes$|axis$)"
)
_SAFE_WEAK = re.compile(
    r"(?:поликлиник|больниц|отделени[еяюи]|станци|подстанци|амбулатори"
    r"|госпитал(?:ь|я|ю|е|ем)$|центр(?:а|у|е|ом)?$|консультаци|учреждени|организаци"
    r"|санатори|клиник(?:а|и|е|у|ой)$|интернат|диспансер(?:а|у|ом|е|ы|ов)?$"
    # a bureau of medical and social expertise («Бюро № 12 — филиал ФКУ «ГБ МСЭ»»)
    r"|бюро$)"
)
_ROOMS = re.compile(r"(?:палат|родзал|кабинет|каб$|бокс|койк|пост$|операционн|зал$|комнат|ком$)")
# Tokens that may sit between a document word and its number without changing the head.
_NUMERO = frozenset({"№", "№№", "n", "no", "nº", "#", "номер", "ном", "номером", "номеру"})
# Known words that look like a series (short capitals) but are not one.
_NOT_SERIES = frozenset(
    [
        "ВК",
        "МСЭ",
        "ВМП",
        "СМП",
        "ТМК",
        "КДЛ",
        "ЛИС",
        "РИС",
        "ДМС",
        "ОМС",
        "ИБ",
        "ТАП",
        "ЛН",
        "ЭЛН",
        "МКАБ",
        "МКСБ",
        "ГКБ",
        "ЦРБ",
        "КТ",
        "МРТ",
        "УЗИ",
        "ЭКГ",
    ]
)
# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "напр",
        "мед",
        "амб",
        "прот",
        "рег",
        "acc",
        "ф",
        "г",
        "д",
        "ул",
        "обл",
        "стр",
        "корп",
        "кв",
        "каб",
        "отд",
        "пр",
        "просп",
        "пер",
        "им",
        "ст",
        "п",
        "ч",
        "гл",
        "св",
        "тел",
        "моб",
        "удост",
        "вод",
        "эл",
        "мкр",
        "сер",
        "дог",
        "лит",
        "пом",
        "оф",
        "свид",
        "инв",
        "зав",
        "доб",
    ]
)

# ---------------------------------------------------------------- numbers ------------

# A document number: digits with letters and inner separators («4711/2024», «ЛИ-24-005871»,
# «12/ПУ-2024», «88/14-Т», «1375.12.02/2024»; after letters an underscore too, a LIS's
# «WGS26_5318», not a guideline's «377_2»); never ends with a separator.
NUMBER = (
    # (capital groups joined by hyphens before the digits are one number: «RU-HEK-98190»,
    # «RU-RLH-2026-306168»; a mixed-case name stays a word: «SARS-CoV-2»)
    r"(?:[A-ZА-ЯЁ]{1,6}(?:-[A-ZА-ЯЁ]{1,6}){1,2}-\d(?:[^\W_]|[./\-_](?=[^\W_]))*"
    r"|[A-Za-zА-ЯЁа-яё]{1,6}[-/]?\d(?:[^\W_]|[./\-_](?=[^\W_]))*"
    r"|\d(?:[^\W_]|[./\-](?=[^\W_]))*)"
)
_NUMBER = re.compile(NUMBER)
_TOKEN = re.compile(rf"(?P<num>{NUMBER})|(?P<word>[^\W\d_]+(?:[-/][^\W\d_]+)*)|(?P<p>[^\w\s])")

_ICD10 = re.compile(r"[A-ZАВЕКМНОРСТХ]\d\d(?:\.\d{1,2})?[+*]?")
_SERVICE = re.compile(r"[ABАВ]\d\d\.\d{2,3}\.\d{3}(?:\.\d{2,3}){0,2}")
# a tumour's morphology in ICD-O-3 (cancer registers, histology): «М-8500/3», «M8140/3» —
# 8000–9999 and a behaviour code
_ICD_O = re.compile(r"[МM]-?[89]\d{3}/[0-369]")
# a drug's class in the WHO's ATC (АТХ) classification: «C07AB07», «L04AB04»
_ATC = re.compile(r"[A-Z]\d\d[A-Z]{2}\d\d")
_OID = re.compile(r"[12]\.\d+(?:\.\d+){3,}")
_FORM = re.compile(
    r"\d{3}(?:-\d{1,2})?(?:-[А-ЯЁа-яё]{1,3})?/[уy](?:-[\dА-ЯЁа-яё]{1,4})*(?:\(\w+\))?"
    # a form of a register of its own letters: «03-ТБ/у», «58-ДТП-2/у»
    r"|\d{2,3}-[А-ЯЁ]{2,4}(?:-\d{1,2})?/[уy]"
)
_LEGAL = re.compile(r"\d{1,5}(?:-\d{1,3})?(?:н|-ФЗ|-фз|-ФКЗ|-П|-р)")
# dates, also with dashes («15-08-2025»: a date, never a record number)
_DATE = re.compile(
    # (year first only as a date can be: «5850-30-26» is a card's number)
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d"
)
_UNIT_AFTER = re.compile(
    r"\s?(?:мг|мкг|мл|г\b|кг|%|мм|см|м\b|ЕД|Ед|МЕ|ммоль|мкмоль|лет|года|год|г\.|руб|балл"
    r"|мин|ч\b|сут|раз|уд|кап|таб|см³|мл/|мс\b"
    # an imaging study's physics: dose, energy, tube settings, frequency, activity, matrix
    r"|мГр|мЗв|Гр\b|кэВ|МэВ|кВ\b|мАс|мА\b|Гц|кГц|МГц|ГБк|МБк|×"
    # an ECG machine's or an analyser's print-out in Latin units («QT/QTc 430/460 ms»)
    r"|ms\b|bpm\b|Hz\b|µV|мкВ|mmHg|нг/|пг/)"
)


def unit_after(text: str, end: int) -> bool:
    """A unit of measure right after text[:end]: the number before it is a quantity."""
    return bool(_UNIT_AFTER.match(text, end))


# «1515 ОАК», «33 ТТГ»: a short number right before an examination's abbreviation
_EXAMINATION_AFTER = re.compile(r" [А-ЯЁ]{2,5}(?![\w.-])")
# A medicine's or a device's public registration number: «ЛП-004912», «ЛСР-007065/09»,
# «РЗН 2015/1234», «ФСЗ 2010/07154»
_PUBLIC_REGISTRATION = re.compile(r"(?:ЛП|ЛСР|ЛС|П N|Р N|ФСР|ФСЗ|РЗН)[- ]?\d[\d/-]*")
# a clinical trial's number in the public register ClinicalTrials.gov: «NCT01934876»
_TRIAL_REGISTRATION = re.compile(r"NCT\d{8}")


def is_form_code(number: str) -> bool:
    return bool(_FORM.fullmatch(number))


def is_oid(number: str) -> bool:
    return bool(_OID.fullmatch(number))


# Words of an insurance policy: a 16-digit number under them is an ENP.
POLICY_WORDS = re.compile(r"(?i:полис|омс|енп|страхов|дмс)")


# «13.XII.2024», «3.II.25»: a date with its month in Roman numerals
_ROMAN_DATE = re.compile(r"\d{1,2}\.(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.(?:\d{2}|\d{4})")


@lru_cache(maxsize=65536)
def is_safe_code(number: str) -> bool:
    """ICD-10, ICD-O, an ATC code, a service code, an OID, a form code («057/у-04») or a
    date: never a record."""
    return bool(
        _ICD10.fullmatch(number)
        or _SERVICE.fullmatch(number)
        or _ICD_O.fullmatch(number)
        or _ATC.fullmatch(number)
        or _OID.fullmatch(number)
        or _FORM.fullmatch(number)
        or _DATE.fullmatch(number)
        or _ROMAN_DATE.fullmatch(number)
        or _PUBLIC_REGISTRATION.fullmatch(number)
        or _TRIAL_REGISTRATION.fullmatch(number)
    )


def is_legal_number(number: str) -> bool:
    """«834н», «323-ФЗ», «2511-р»: the number shape of legal acts. Only steps over them when
    looking for a head; the head decides («распоряжение органа опеки № 1452-р» is personal)."""
    return bool(_LEGAL.fullmatch(number))


_YEAR_SHAPE = re.compile(r"(?:19|20)\d\d")
_DECIMAL_SHAPE = re.compile(r"\d+[.,]\d+|\d{1,2}(?:\.\d{1,2}){2,}")


def identifier_shaped(number: str, after: str = "") -> bool:
    """A number that can stand as an identifier with no «№» before it: five digits or more,
    or digits joined by separators or letters — not a code, date, year or quantity."""
    if is_safe_code(number) or _UNIT_AFTER.match(after):
        return False
    digits = sum(c.isdigit() for c in number)
    if number.isdigit():
        if digits <= 4 and _EXAMINATION_AFTER.match(after):
            return False  # «Исследования: 1515 ОАК; 33 ТТГ»: a price list's code of a test
        if number[0] == "0" and digits >= 3:
            return True  # «095», «08205»: no quantity, year or facility starts with a zero
        return digits >= 5 or (digits == 4 and not _YEAR_SHAPE.fullmatch(number))
    if _DECIMAL_SHAPE.fullmatch(number) and digits < 8:
        return False  # a decimal value; a clause's or a tariff's numbering («1.2.3»)
    return digits >= 3


def same_shape(a: str, b: str) -> bool:
    """Digits for digits, letters for letters, separators kept: «381245670012» and
    «910345678901» are one kind of number, «5» and «2024/11» are not."""
    return _shape(a) == _shape(b)


def _shape(number: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in number)


_FACILITY_NUMBER = re.compile(r"\d{1,3}[а-яёa-z]?")


def facility_number(number: str) -> bool:
    """«№ 67», «№ 5а»: the short number of a hospital, polyclinic or department."""
    return bool(_FACILITY_NUMBER.fullmatch(number))


# ---------------------------------------------------------------- heads --------------


@lru_cache(maxsize=65536)
def classify(word: str) -> str | None:
    """DOC, SAFE (strong), "weak" (a facility in full words), ROOM, or None (neutral); a
    word in Latin letters is also read in Cyrillic («KAPTA», «istoriya»)."""
    found = _classify(word)
    if found is None:
        for reading in cyrillic_readings(word):
            if (found := _classify(reading)) is not None:
                break
    return None if ABLATE_KINDS and found == DOC else found


def _classify(word: str) -> str | None:
    lower = word.lower().replace("ё", "е")
    if _DOC.match(lower):
        return DOC
    if _ROOMS.match(lower):
        return ROOM
    if word in _CAPITAL_DOC:
        return DOC
    if _SAFE_STRONG.match(lower):
        return None if word in _CAPITAL_NOT_ADDRESS else SAFE
    if _SAFE_WEAK.match(lower):
        return "weak"
    return None


# Address parts are abbreviated in lower case («кв.», «д.»); the capitals are other words:
# «КВ № 1107/3» is a call card (карта вызова), «Д № 45» a file.
# (and «ДН», диспансерное наблюдение, in capitals: «карта ДН 762/Х» is no count of days)
_CAPITAL_NOT_ADDRESS = frozenset({"КВ", "Д", "СТР", "КОРП", "ДН"})
# Capitals that name a patient's paper with or without «№», whatever their lower case reads:
# an ambulance call card («КВ 2231», «КВ № 1107/3»: карта вызова); a fine-needle aspiration
# biopsy («Направление на ТАБ № …», тонкоигольная аспирационная биопсия), not tablets («таб.»)
_CAPITAL_DOC = frozenset({"КВ", "ТАБ", "ТАПБ"})
# «REF» printed on a package (ISO 15223-1's catalogue-number symbol), upper case only: a
# letter's «Ref.» may be a person's reference. The number after it is the maker's, the same
# for every unit (`positions`, `records`).
CATALOGUE_MARK = "REF"


# a case history or a birth history abbreviated in two parts, with dots or spaces: «И.б.»,
# «ист.б.», «ист. бол.», «и.р.», «ист. родов»
_ABBREVIATED_RECORDS = frozenset(
    {(p, w) for p in ("и", "ист") for w in ("б", "бол", "болезни", "р", "родов")}
)


@lru_cache(maxsize=65536)
def two_word_head(prev: str | None, word: str) -> str | None:
    """Two-word heads that override one word: «женская консультация», «гарантийное письмо»."""
    found = _two_word_head(prev, word)
    return None if ABLATE_KINDS and found == DOC else found


def _two_word_head(prev: str | None, word: str) -> str | None:
    if prev is None:
        return None
    p, w = prev.lower(), word.lower()
    if (p, w) in _ABBREVIATED_RECORDS and not (len(word) == 1 and word.isupper()):
        return DOC  # (not «И.Б.»: a person's initials)
    if p.startswith("женск") and w.startswith("консультац"):
        return SAFE
    if p.startswith("гарантийн") and w.startswith("письм"):
        return DOC
    if p.startswith("путев") and w.startswith(("лист", "листк")):
        return SAFE  # «путевой лист № 0848»: a vehicle's waybill, not a patient's paper
    if p.startswith("реестр") and w.startswith(("счет", "счёт")):
        return SAFE  # «Реестр счетов № 690 за ноябрь»: a facility's monthly claim batch
    if w.startswith("блок") and p.startswith(("родов", "операционн", "реанимац", "хирургич")):
        return ROOM  # «родовой блок», «операционный блок» are places
    if p.startswith("аллергическ") and w.startswith("заболевани"):
        return DOC  # «паспорт больного аллергическим заболеванием № АП-9081»: a patient's
    if p.startswith("паспорт") and w.startswith(("здоровь", "донор", "медицин", "аллерги")):
        return DOC  # «паспорт здоровья работника ПЗ-…», «паспорт аллергика № 9980»: a patient's
    if p == "код" and w.startswith("запис"):
        return DOC  # «Код записи DG2300»: one appointment's code, to cancel it by
    if p.startswith("экспертн") and w.startswith("состав"):
        return SAFE  # «экспертный состав № 20» of an MSE bureau: a panel, no one's paper
    if p.startswith("номер") and w.startswith("единиц"):
        return DOC  # «номер единицы 79716-42321»: a blood unit's, which leads to its donor
    if w.startswith("паспорт") and p.startswith(("санитарн", "донорск", "медицинск")):
        return DOC
    if p.startswith("паспорт") and w.startswith(("имплант", "эндопротез", "издели", "протез")):
        return DOC  # «паспорт импланта № …»: the implant's paper, in the patient's record
    if p.startswith(("товарн", "товарно-транспортн")) and w.startswith("накладн"):
        return SAFE  # «товарная накладная № 33817»: goods delivered to an organisation
    if p.startswith(("платежн", "платёжн")) and w.startswith("поручени"):
        return SAFE  # «платёжное поручение № 78»: a bank's payment order, whoever pays
    if p.startswith("протокол") and w.startswith("испытан"):
        return SAFE  # «протокол испытаний № 55842-В»: a test lab's report on water, a product
    if p.startswith("договор") and w.startswith("поставк"):
        return SAFE  # «договор поставки № 45/25-П»: goods, between organisations
    if w == "инв" and _classify(prev) == DOC:
        return DOC  # «ИПРА инв. № …», «удостоверение инв. …»: «инв.» of an invalid, no inventory
    if w == "id" and p in _NOT_A_PERSON_ID:
        return SAFE  # «msg_id=…», «request_id»: a message's or a request's, no one's
    if p == "на" and w.startswith("жительств"):
        return DOC  # «вид на жительство»
    return None


# «msg_id», «trace_id»: identifiers of a system's messages and requests
_NOT_A_PERSON_ID = frozenset(
    {"msg", "message", "request", "req", "trace", "span", "correlation", "transaction", "event"}
)


# Whose a code or a serial number is decides whether it is personal. «Код пациента», «ID
# донора»: a code word governing a person is the person's identifier, not a public code.
_PERSON_NOUN = re.compile(
    r"(?:пациент|больн|клиент|донор|реципиент|застрахован|получател|заявител|ребенк|ребёнк"
    r"|рожениц|родильниц|умерш|обследуем|гражданин|граждан|субъект)"
)
_CODE_WORDS = frozenset({"код", "кода", "коду", "кодом", "id", "ид"})
# A serial number under a measuring device or a lab instrument («Анализатор Sysmex XN-1000
# серийный № 12345», «Алкотектор «Юпитер» зав. № 012345») belongs to the facility's
# equipment; an implant's serial («эндопротез … SN 12345») stays personal.
_SERIAL_WORD = re.compile(r"(?:серийн|заводск|зав$|инв$|инвентарн|sn$|s/n$)")
_EQUIPMENT = re.compile(
    r"(?:анализатор|аппарат|прибор|алкотектор|алкометр|тонометр|глюкометр|термометр|весы$"
    r"|центрифуг|микроскоп|томограф|электрокардиограф|спирометр|дозатор|инфузомат|монитор"
    r"|облучател|рециркулятор|холодильник|автоклав|стерилизатор|аспиратор|ингалятор|небулайзер"
    r"|пульсоксиметр|оборудовани|instrument|analy[sz]er|device"
    # endoscopes and imaging or life-support machines («Эндоскоп Olympus … s/n …»)
    r"|[а-я]*скоп(?:а|у|ом|е|ы|ов)?$|[а-я]*граф(?:а|у|ом|е|ы|ов)?$|дефибриллятор|коагулятор"
    r"|ивл$|наркозн|видеопроцессор|датчик|scope$|endoscope"
    # home respiratory equipment lent to a patient («концентратор кислорода … заводской №»)
    r"|концентратор|кислородн"
    # a Holter recorder handed out by the department, a dosimeter
    r"|регистратор|холтер|holter|дозиметр"
    # any meter («аудиометр», «спектрометр», «пикфлоуметр»), a temperature logger
    r"|[а-я]*метр(?:а|у|ом|е|ы|ов)?$|логгер|биоимпеданс)"
)
_EQUIPMENT_REACH = 6
# An implant is named further back than a device: «ЭКС «Юнистим», модель DDD, зав. № …»
# (tokens, the quotes and commas included)
_WORN_REACH = 12


def personal_code(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is «код»/«ID» and the next word names a person: «код пациента в МИС»."""
    if toks[i][1].lower() not in _CODE_WORDS:
        return False
    nxt = next((t[1] for t in toks[i + 1 : i + 3] if t[0] == "word"), None)
    return nxt is not None and bool(_PERSON_NOUN.match(nxt.lower()))


# «код доступа 337-483», «код для просмотра: S4WY-15H7»: a key to one person's results in a
# portal opens them to whoever holds it; masked as his record (corpora 3 and 4 left such a
# code unlabelled, 17 and 19 labelled it: the safer reading is taken)
# («код для сайта», «код для портала»: a code to read one's results online)
_ACCESS = re.compile(r"(?:доступ|просмотр|вход|сайт|портал|кабинет)")


def own_code(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is «код» (or a booking's «запись») with a value of letters and digits right
    after it, a colon between or not («Код: ABPM0524» on a device's printout, «новый код
    ДУ-3989», «запись R9F-59S на 6 мая»: no directory writes its codes so, and a code in
    brackets after a thing, «(код 23-01-04)», is the thing's), or a code of access («код
    доступа 337-483»). A bare number after «код» is a directory's entry («(код 4302)»,
    «реестровый код 75055») and is not taken."""
    word = toks[i][1].lower()
    if word not in _CODE_WORDS and word not in _BOOKING_WORDS or i + 1 >= len(toks):
        return False
    at = i + 2 if toks[i + 1][1] == ":" else i + 1
    if at < len(toks) and toks[at][0] == "num" and (i == 0 or toks[i - 1][1] != "("):
        value = toks[at][1]
        if any(c.isalpha() for c in value) and any(c.isdigit() for c in value):
            return True
        if word in _CODE_WORDS and _DASHED_CODE.fullmatch(value) and not _issued_before(toks, i):
            return True  # an SMS's code for one's results: «Код 6405-22», «новый код 8149-65»
    if word in _BOOKING_WORDS:
        return False
    words = [t[1].lower() for t in toks[i + 1 : i + 4] if t[0] == "word"]
    if words[:1] == ["для"]:
        words = words[1:]
    return bool(words) and bool(_ACCESS.match(words[0]))


_BOOKING_WORDS = frozenset({"запись", "записи"})
_ISSUED = frozenset({"выдан", "выдана", "выдано", "выд"})


def _issued_before(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """«выдан 11.07.2010, код 156-059»: the code of the office that issued a passport."""
    return any(t[1].lower() in _ISSUED for t in toks[max(0, i - 8) : i])


# two groups of digits, as services text a code for one's results (a directory's codes have
# one group or three, «(код 4302)», «код 23-01-04»; a passport office's «код подразделения
# 770-001» has its own word between)
_DASHED_CODE = re.compile(r"\d{3,4}-\d{2,3}")


def is_equipment(word: str) -> bool:
    """A measuring device, a lab instrument or a machine («анализатор», «аппарат»)."""
    return bool(_EQUIPMENT.match(word.lower().replace("ё", "е")))


def equipment_serial(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is a serial-number word and a device word stands a few words before it, in
    the same sentence: the number is the equipment's, not the patient's. A factory number
    («зав. №», «заводской номер») is a thing's whatever the thing is called, unless an
    implant or a device worn by the patient is named before it. A Latin mark repeating a
    factory number («зав. № SN 52A930159») is read as that factory number."""
    word = toks[i][1].lower()
    if not _SERIAL_WORD.match(word):
        return False
    factory_at = _factory_before_mark(toks, i)
    if factory_at is not None:
        return equipment_serial(toks, factory_at)
    words = []
    latin_model = False  # «Siemens Atellica CH 930, S/N …», «ABL800 FLEX s/n …»
    for j in range(i - 1, max(-1, i - 1 - _WORN_REACH), -1):
        kind, tok, _, _ = toks[j]
        if tok in ";!?" or _sentence_end(toks, j):
            break
        if kind == "word":
            words.append((tok.lower().replace("ё", "е"), i - j <= _EQUIPMENT_REACH))
        if kind != "p" and i - j <= _EQUIPMENT_REACH and _LATIN_MODEL.fullmatch(tok):
            latin_model = True
    if any(_WORN.match(w) for w, _ in words):
        return False  # «слуховой аппарат, зав. № …», «эндопротез … заводской номер …»
    factory = word.startswith("зав") and all(
        t[0] == "p" or numero(t[1]) for t in toks[i + 1 : i + 3]
    )  # «зав. №», «заводской номер», not «Зав. отделением»
    if latin_model and _LATIN_SERIAL_MARK.match(word) and not _implant_named(toks):
        return True  # a maker's Latin mark after its model's name: the machine's plate
    return factory or any(_EQUIPMENT.match(w) for w, near in words if near)


def _implant_named(toks: list[tuple[str, str, int, int]]) -> bool:
    """An implant, a worn device or the maker of one is named anywhere in ``toks``: a
    Latin serial mark there may be the patient's («Medtronic Adapta ADDR01, S/N …»)."""
    return any(
        kind == "word" and (_WORN.match(tok.lower()) or tok.lower() in _IMPLANT_MAKERS)
        for kind, tok, _, _ in toks
    )


# makers of pacemakers, defibrillators, pumps, sensors, cochlear implants, hearing aids and
# joint prostheses: their Latin model names are a patient's device as often as a machine
# (not Abbott, Roche or Siemens: their analysers fill every lab; a sensor is named «Libre»)
_IMPLANT_MAKERS = frozenset(
    {
        "medtronic", "biotronik", "boston", "jude", "sorin", "microport", "cochlear",
        "med-el", "bionics", "oticon", "phonak", "signia", "resound", "widex", "bernafon",
        "dexcom", "libre", "omnipod", "minimed", "accu-chek", "zimmer", "stryker", "depuy",
        "biomet", "nephew", "aesculap", "edwards", "lima",
    }
)  # fmt: skip


def _factory_before_mark(toks: list[tuple[str, str, int, int]], i: int) -> int | None:
    """The index of a factory-number word («зав.», «заводской») right before the Latin
    serial mark toks[i] («SN», «S/N»), over a «№» and punctuation only."""
    if not _LATIN_SERIAL_MARK.match(toks[i][1].lower()):
        return None
    j = i - 1
    while j >= 0 and (toks[j][0] == "p" or numero(toks[j][1])):
        j -= 1
    return j if j >= 0 and _FACTORY_WORD.match(toks[j][1].lower()) else None


# a maker's or a model's name in Latin letters («Siemens», «FLEX», «i2000SR», «5008S»)
_LATIN_MODEL = re.compile(r"(?=[\w-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{1,}")
# «SN», «S/N»: a Latin serial mark, which may repeat the Russian word written before it
_LATIN_SERIAL_MARK = re.compile(r"(?:sn|s/n)$")
# (an inventory number repeated with the mark, «инв. № SN 66586878», is the owner's the same way)
_FACTORY_WORD = re.compile(r"(?:зав$|заводск|инв$|инвентарн)")

# Implants and devices a patient wears or is lent: their serial number is the patient's
# («ЭКС»: an implanted pacemaker, электрокардиостимулятор)
_WORN = re.compile(
    r"(?:имплант|[а-я]*протез|стент|клапан|кардиостимулятор|электрокардиостимулятор|экс$"
    r"|стимулятор|кардиовертер|помп|кохлеарн|слухов|кава-фильтр|порт-систем|порт$|шунт)"
)


def tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, text, start, end) with kind "num", "word" or "p" (punctuation)."""
    return [(m.lastgroup or "p", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=2)
def text_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """``tokens`` of a whole text, shared by the recognizers that read all of it (the
    caller must not change the list)."""
    return tokens(text)


_SERIES_WORDS = frozenset({"серия", "серии", "сер"})
_YEAR_WORDS = frozenset({"г", "гг", "года", "году", "год"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# «ф.», «форма», «к учётной форме»: a form reference in any case
_FORM_WORDS = frozenset(
    {"ф", "форма", "формы", "форме", "форму", "формой"}
    | {f"уч{e}тн{end}" for e in "её" for end in ("ая", "ой", "ую", "ые", "ых")}
)
_ADJECTIVE = re.compile(r"[а-яё]+(?:ой|ый|ий|ая|ое|ые|ого|ому|ым|ом|ую|ей|их|ых|ими|ыми|ей)$")
MAX_WORDS = 7


def is_abbreviation(word: str) -> bool:
    """A word that people cut short with a period («удост.», «обл.»): the period goes on."""
    return word.lower() in _ABBREVIATIONS


def _sentence_end(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """Is toks[i] (a period) the end of a sentence rather than of an abbreviation?"""
    if toks[i][1] not in ".!?":
        return False
    if toks[i][1] != ".":
        return True
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev[0] != "word":
        return prev is not None and prev[0] == "num"
    word = prev[1].lower()
    return len(word) > 3 and word not in _ABBREVIATIONS


sentence_end = _sentence_end


def head_before(
    text: str,
    end: int,
    window: int = 90,
    number: str | None = None,
    max_words: int = MAX_WORDS,
) -> str | None:
    """What governs ``number``, whose «№» (or the number itself) starts at ``end``: DOC,
    SAFE, ROOM or None.

    Walks back over at most ``max_words`` words in the same sentence. Parenthesised
    asides («(форма № 057/у-04)») and a form reference with its code («ф. 057/у-04») are
    stepped over; another number that is not a code stops the walk (it has its own head),
    unless it has the very shape of ``number`` («ЭЛН № 381245670012, новый номер
    910345678901»: one head for both). A numbered facility in full words («поликлиники»,
    «станции») is a place when the number is a facility's (a short integer), unless a
    document word governs it («сопроводительный лист станции… №»)."""
    toks = tokens(text[max(0, end - window) : end])
    words = 0
    i = len(toks) - 1
    while i >= 0 and words <= max_words:
        kind, tok, _, _ = toks[i]
        if tok == ")":
            depth = 0
            while i >= 0:
                depth += toks[i][1] == ")"
                depth -= toks[i][1] == "("
                i -= 1
                if depth == 0:
                    break
            continue
        if tok == "»" and _instrument_named(toks, i):
            return SAFE  # «хроматограф «Кристалл 2000М», № 96644»: the instrument's own number
        if tok in (";", "!", "?", "·") or (tok == "." and _sentence_end(toks, i)):
            return None  # («Заявление о прикреплении к МО · № 3848359418»: a field's end)
        if kind == "num":
            if number is not None and same_shape(tok, number) and not is_safe_code(tok):
                i -= 1  # «№ 381245670012, новый номер …»: an enumeration of one kind
                while i >= 0 and toks[i][1].lower() in _NUMERO:
                    i -= 1
                continue
            series = i > 0 and toks[i - 1][1].lower() in _SERIES_WORDS
            if not (series or is_safe_code(tok) or is_legal_number(tok)):
                return None
            i -= 2 if series else 1  # «серия 45-24 № …»: the series belongs to the number
            while i >= 0 and (toks[i][1] in ".,:" or toks[i][1].lower() in _FORM_WORDS | _NUMERO):
                i -= 1  # «ф. 148-1/у-88», «форма № 112/у, номер …»: an aside, not the head
            continue
        if kind == "word":
            if tok.lower() in _NUMERO:
                return None  # «№ 1 и № 2»: the earlier numero has its own head
            if tok.lower() in _YEAR_WORDS and i > 0 and _YEAR.fullmatch(toks[i - 1][1]):
                return None  # «17 ноября 1972 г.»: a date ends here, «г.» is no gram
            if _initial(toks, i):
                i -= 1  # «Заказ клиента Мельник П.К.: № …»: «П.» is a name's initial, no «п.»
                continue
            prev = next((t[1] for t in reversed(toks[:i]) if t[0] == "word"), None)
            if equipment_serial(toks, i):
                return SAFE
            head = two_word_head(prev, tok) or classify(tok)
            if head == SAFE and personal_code(toks, i):
                return DOC
            if head == "weak":
                if _governed_by_document(toks, i):
                    return DOC
                if number is None or facility_number(number):
                    return SAFE
                words += 1  # «организацией № 2024-МСЭ-0318» is no facility's number
                i -= 1
                continue
            if head is not None:
                return head
            words += 1
        i -= 1
    return None


def _instrument_named(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] closes a quoted name right after an instrument's word («электроэнцефалограф
    «Энцефалан-131-03»»): a number after it is the instrument's (not a worn device's)."""
    j = i - 1
    while j >= 0 and toks[j][1] != "«":
        if toks[j][1] in ("»", ";") or i - j > 12:
            return False
        j -= 1
    if j < 1 or toks[j - 1][0] != "word":
        return False
    word = toks[j - 1][1].lower().replace("ё", "е")
    return bool(_EQUIPMENT.match(word)) and not _WORN.match(word)


def _is_initial(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is one capital letter with a period after it."""
    return (
        0 <= i < len(toks) - 1
        and len(toks[i][1]) == 1
        and toks[i][1].isupper()
        and toks[i + 1][1] == "."
    )


def _initial(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is one of a pair of initials («П.К.», «П. К.»), not an abbreviation."""
    return _is_initial(toks, i) and (_is_initial(toks, i + 2) or _is_initial(toks, i - 2))


def _governed_by_document(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """«лист станции (отделения) скорой помощи»: a document word right before the facility,
    across adjectives and parentheses only; «в поликлинике» (a preposition) is a place."""
    j = i - 1
    while j >= 0:
        kind, tok, _, _ = toks[j]
        if tok in "()":
            j -= 1
            continue
        if kind != "word":
            return False
        head = classify(tok)
        if head == DOC:
            return True
        if head == "weak" or _ADJECTIVE.search(tok.lower()):
            j -= 1
            continue
        return False
    return False


def head_words(words: list[str]) -> str | None:
    """The head among words written between «№» and its number («№ мед. карты 4711»). A
    Latin serial mark («№ SN 52A930159») names no paper: the word before «№» decides
    («зав. № SN …» a thing's, «эндопротез … № SN …» the patient's)."""
    for i, w in enumerate(words):
        if _LATIN_SERIAL_MARK.match(w.lower()):
            continue
        head = (two_word_head(w, words[i + 1]) if i + 1 < len(words) else None) or classify(w)
        if head is not None:
            return SAFE if head == "weak" else head
    return None


def is_series(token: str) -> bool:
    return token not in _NOT_SERIES


def numero(token: str) -> bool:
    return token.lower() in _NUMERO
