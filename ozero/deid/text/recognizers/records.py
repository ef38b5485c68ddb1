"""Document numbers recognised by their shape alone: birth certificates and accessions.

A birth-certificate series («I-МЮ») or an accession number («RX-2026-000123») is
unmistakable without any word around it. Numbers that need their governing word
(«История болезни № 4711») are in ``documents.py``.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import (
    GatedPatternRecognizer,
    GroupRecognizer,
    SingleEntityRecognizer,
)
from ozero.deid.text.recognizers.documents import in_cells, public_column_cells
from ozero.deid.text.recognizers.identifiers import FLAGS, NamedSnilsRecognizer
from ozero.deid.text.recognizers.lexicon import (
    CATALOGUE_MARK,
    DOC,
    SAFE,
    classify,
    equipment_serial,
    is_legal_number,
    is_safe_code,
    numero,
    tokens,
    two_word_head,
)
from ozero.deid.text.recognizers.numero_head import public_shape
from ozero.deid.text.recognizers.org_papers import organisations_paper

# Roman numerals, also typed with the Cyrillic «Х» and the Ukrainian «І» that look alike
_ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{0,3}))"
_LOOKALIKE_ROMAN = r"(?:[XХ]{0,3}(?:[IІ][XХ]|[IІ]V|V?[IІ]{0,3}))"
# Capitals, a dash, then digit groups holding at least five digits: «ВСК-24440A4010143»,
# «АН-25-532», «МИГ-77-9410-2025» — a register's or archive's code for a person or a paper.
# Or the capitals glued to the digits, then a dash or a slash: «S25-1187-2», «Г24/10071»;
# or Cyrillic capitals glued to five digits or more: «ИБ44711», «КТ18976»; or Latin
# capitals glued to six digits or more, or a Latin capital twice between digit runs, as
# samples and slides are labelled: «SU08431447», «P1218A546» (a device's model has fewer
# digits: «XN1000», «XN10000»).
_LETTERED = re.compile(
    r"(?<![\w./-])(?P<code>[A-ZА-ЯЁ]{1,5}(?:-\d[\dA-ZА-ЯЁ]*|\d+(?=[-/]\d))(?:[-/][\dA-ZА-ЯЁ]+)*"
    r"|(?:[А-ЯЁ]{1,4}\d{5,}|[A-Z]{2,4}\d{6,}|[A-Z]\d{3,}[A-Z]\d{3,})(?:[-/][\dA-ZА-ЯЁ]+)*)"
    r"(?![\w/-])"
)
# Public registration numbers of that shape: a drug's (ЛП-, ЛСР-), a device's (ФСР), a
# standard (ГОСТ Р 52600-2006, ТУ, СП), a norm («НРБ-99/2009»), a legal act («ФЗ-323»).
_PUBLIC_BEFORE = re.compile(
    r"(?<!\w)(?i:гост|ту|сп|санпин|приказ|закон|фз|постановлени|лицензи|ру"
    r"|регистрационное\s+удостоверение"
    # a vehicle's or an aircraft's board number («бортовой номер RA-23411»), an aircraft's
    # registration after its kind and model («вертолётом Ка-226 RA-19203», «борт Ансат …»)
    r"|бортов\w*\s+(?:номер|№)|борт|вертол[её]т\w*|самол[её]т\w*|воздушн\w*\s+судн\w*)"
    r"[^.;\n]{0,12}$"
)
# A batch of a drug or vaccine: «серия I-200121», «лот AB-12345»; a package's catalogue
# number after its mark («REF CE7280839»)
_BATCH_BEFORE = re.compile(
    rf"(?:(?i:сери[яиюей]|сер\.|лот|lot|парти[яиюей])|{CATALOGUE_MARK})\s*:?\s*$"
)
_PREFIX = re.compile(r"[A-ZА-ЯЁ]+")
_PUBLIC_PREFIX = frozenset(
    {"ЛП", "ЛСР", "ЛС", "ФСР", "ФСЗ", "РЗН", "ГОСТ", "ТУ", "СП", "ФЗ", "ISO", "IEC"}
    # sanitary and radiation-safety norms and methods («НРБ-99/2009», «МУК 4.3.2194-07»)
    | {"НРБ", "ОСПОРБ", "МУ", "МУК", "ГН", "ОСТ"}
)
# «лицевой счёт пациента ЛС-698391»: a personal account's «ЛС», not a drug's registration
_ACCOUNT_BEFORE = re.compile(r"(?i:лицев\w*\s+сч[её]т\w*)(?:\s+[^\W\d_]+){0,2}\s*:?\s*(?:№\s*)?$")
# A long digit run in a web address' path: «…/verify/9160041277350981».
_URL = re.compile(r"https?://[^\s«»\"<>]+")
_URL_DIGITS = re.compile(r"(?<=/)[\w-]*\d{6,}[\w-]*")

_ACCESSION = re.compile(r"(?<![\w-])(?:RX|CT|MR|MRI|US|MG|DX|CR|NM|PT|XA)-\d{4}-\d{4,8}(?![\w-])")


# A civil-status certificate: roman-numeral series («I-МЮ», «I - СП»: a dash may be spaced),
# two Cyrillic capitals, six digits (seven on some issued abroad: NSI 1.2.643.5.1.13.13.99.2.48
# code 32, «II-АК 7116715»). With look-alike letters only before a dash: «ХМА № 382651» is
# an old policy's series, not «Х-МА».
_CIVIL_CERTIFICATE = (
    rf"(?<![\w-])(?:(?=[IVX]){_ROMAN}(?:\s?[\-–—]\s?| )?"
    rf"|(?=[IVXІХ]){_LOOKALIKE_ROMAN}\s?[\-–—]\s?)"
    r"[А-ЯЁ]{2}\s*,?\s*"
    r"(?:№|N|(?i:номер))?\s*\d{6,7}(?!\d)"
)
_CIVIL_CERTIFICATE_RE = re.compile(_CIVIL_CERTIFICATE)
# The same series and number on the certificates of other civil acts: a marriage, divorce,
# death, paternity or change of name. Those are the person's documents, not a birth's.
_OTHER_CIVIL_ACT = re.compile(
    r"(?i:о\s+браке|о\s+заключении\s+брака|о\s+расторжении|о\s+смерти|отцовства"
    r"|перемене\s+имени|об\s+усыновлении)[^.;\n]{0,25}$"
)


# The nearest certificate named before the number, and what it certifies: «свидетельство о
# заключении брака, выданное отделом ЗАГС … района, I-ЖД № 604118» is a marriage's, however
# long the issuer's name between.
_CERTIFICATE_OF = re.compile(r"(?i:свидетельств\w*|св-в\w*)\s+(?:о|об)\s+(?P<what>[а-яё]+)")
_CERTIFICATE_REACH = 160


def other_civil_act(text: str, start: int) -> bool:
    """The civil-status number at ``start`` is another act's than a birth's."""
    if _OTHER_CIVIL_ACT.search(text, max(0, start - 60), start):
        return True
    named = list(_CERTIFICATE_OF.finditer(text, max(0, start - _CERTIFICATE_REACH), start))
    if named:
        return not named[-1]["what"].lower().startswith("рожд")
    return _other_paper_before(text, start)


# Words that may name a birth certificate or any paper: they leave the shape its reading.
_CERTIFICATE_WORDS = ("свидетельств", "св-в", "св", "документ", "рожд", "дубликат", "копи")


def _other_paper_before(text: str, start: int) -> bool:
    """The nearest word governing the number (same clause) names another paper: «паспорт
    СССР серия IV-АБ № 123456», «удостоверение II-МО № 604118»."""
    for kind, tok, _, _ in reversed(tokens(text[max(0, start - 60) : start])):
        if tok in ".;!?\n":
            return False
        if kind != "word":
            continue
        head = classify(tok)
        if head in (DOC, SAFE):
            return not tok.lower().startswith(_CERTIFICATE_WORDS)
    return False


# A birth certificate issued abroad, after the words that name it and its country if any:
# «свидетельство о рождении (Республика Узбекистан) 2348957888», «… I-AK №029084» (Latin
# capitals), «… КР № 0412876»: six to ten digits, a series of capitals before them if any,
# in the words' clause («…, актовая запись № 1234» is the civil registry's record); not the
# maternity hospital's «медицинское свидетельство о рождении № 3846944» (form 103/у)
_BIRTH_CERTIFICATE_ABROAD = (
    r"(?<!(?i:медицинск)\w*\s+)(?i:свидетельств\w*\s+о\s+рождени\w*)"
    r"(?:\s*\([^()\n]{1,40}\))?[^\d\n.;,]{0,25}?\K"
    r"(?<![\w-])(?:(?:[IVX]{1,4}\s?[\-–—]\s?)?[A-ZА-ЯЁ]{2}\s*(?:№|N)?\s*)?\d{6,10}(?![\d-])"
)


# A scan's roman numeral of a series read as digits or look-alike letters: «11-МЮ», «ll-МЮ»,
# «П-МЮ» (II), «Ш-АГ» (III), «1V-ИК» — after the words that name the certificate only
_OCR_ROMAN = r"(?:[1lIІ]{1,3}|[ПШ]|[1lIІ]?V|V[1lIІ]{0,3})"
_BIRTH_CERTIFICATE_SCANNED = (
    r"(?<!(?i:медицинск)\w*\s+)(?i:свидетельств\w*\s+о\s+рожд\w*\.?|св-в\w*\s+о\s+рожд\w*\.?)"
    r"[^\d\n.;]{0,25}?\K"
    rf"(?<![\w-])(?=[1lПШV]|[IІ]*[1l]){_OCR_ROMAN}\s?[\-–—]\s?[А-ЯЁ]{{2}}\s*(?:№|N)?\s*\d{{6}}(?!\d)"
)


class BirthCertificateRecognizer(GatedPatternRecognizer):
    """Свидетельство о рождении: roman-numeral series, two Cyrillic capitals, six digits;
    one issued abroad in its own shape, or a scan's misread numeral, after the words that
    name it."""

    GATES = {
        "birth_certificate_abroad": ("свидетельств", "рождени"),
        "birth_certificate_scanned": ("рожд",),
    }

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.BIRTH_CERT,
            patterns=[
                Pattern("birth_certificate", _CIVIL_CERTIFICATE, 0.85),
                Pattern("birth_certificate_abroad", _BIRTH_CERTIFICATE_ABROAD, 0.85),
                Pattern("birth_certificate_scanned", _BIRTH_CERTIFICATE_SCANNED, 0.85),
            ],
            context=["свидетельств", "рождени", "св-во"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not other_civil_act(text, r.start)]


class CivilCertificateRecognizer(SingleEntityRecognizer):
    """A marriage, divorce, death… certificate's series and number («свидетельство о браке
    II-ЖД № 604118»): a record of the person, in the birth certificate's shape."""

    ENTITY = E.RECORD_ID
    SCORE = 0.85

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [
            m.span()
            for m in _CIVIL_CERTIFICATE_RE.finditer(text)
            if other_civil_act(text, m.start())
        ]


class AccessionRecognizer(SingleEntityRecognizer):
    """Accession numbers of the «RX-2026-000123» shape (modality, year, sequence)."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _ACCESSION.finditer(text)]


# «ID консультации: bd7340fd-0fda-dd22-2760-de9ed697bd14»: a UUID names one record of a
# system (a consultation, a document, a request) wherever it stands
_UUID = re.compile(r"(?<![\w-])[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?![\w-])")


# A blood component's donation identification number as ISBT 128 prints it to be read by
# eye: the collecting facility (a letter and four or five digits), the year, the donation's
# sequence («W0131 26 193835»); it leads back to one donor
_DONATION_NUMBER = re.compile(r"(?<![\w-])[A-Z]\d{4,5} \d{2} \d{6}(?![\w-])")


class DonationNumberRecognizer(SingleEntityRecognizer):
    """An ISBT 128 donation identification number: one donation, so one donor."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _DONATION_NUMBER.finditer(text)]


class UuidRecognizer(SingleEntityRecognizer):
    """A UUID: one record of some system, never a code anyone can look up."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _UUID.finditer(text)] if "-" in text else []


class LetteredCodeRecognizer(SingleEntityRecognizer):
    """Capital letters, a dash and five digits or more (in groups): unmistakably an
    identifier wherever it stands, unless a public register's prefix or a standard or legal
    act owns it (privacy by default: a code nobody can place is scrubbed)."""

    ENTITY = E.RECORD_ID
    SCORE = 0.6
    MIN_DIGITS = 5
    MIN_DIGITS_UNDER_PAPER = 3  # letters that name the paper: «ИБ-778», a case history

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        results = []
        public: list[tuple[int, int]] | None = None
        for m in _LETTERED.finditer(text):
            code = m["code"]
            if sum(c.isdigit() for c in code) < self._min_digits(code) or not _personal(text, m):
                continue
            if public is None:
                public = public_column_cells(text)
            if in_cells(public, m.start(), m.end()):
                continue  # «| зав. № |», «| серия |» columns: a thing's or a lot's code
            if organisations_paper(text, m.start(), m.end()):
                continue  # «проверки на основании решения № П2-13/25», «INC-40981»
            results.append(self.result(m.start(), m.end(), self.SCORE))
        return results

    def _min_digits(self, code: str) -> int:
        prefix = _PREFIX.match(code)
        named = prefix is not None and code[prefix.end() : prefix.end() + 1] == "-"
        if named and classify(prefix.group()) == DOC:
            return self.MIN_DIGITS_UNDER_PAPER
        return self.MIN_DIGITS


def _personal(text: str, m: re.Match) -> bool:
    code = m["code"]
    prefix = _PREFIX.match(code)
    if NamedSnilsRecognizer.PATTERN.match(text, m.start()):
        return False  # «СНИЛС123-456-789 01»: a SNILS run into its name is the SNILS rule's, whole
    if _ACCOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # whatever its letters: «ЛС» is also a drug's registration
    if (prefix and prefix.group() in _PUBLIC_PREFIX) or is_safe_code(code) or is_legal_number(code):
        return False
    if public_shape(code):
        return False  # «А40-118273/2025»: an arbitration case
    if _BATCH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if _equipment_serial_before(text, m.start()):
        return False  # «Оптика Karl Storz …, зав. № LA-20347360»: the thing's serial
    if _inventory_before(text, m.start()):
        return False  # «контейнер инв. № ОС-08225»: a fixed asset of the organisation
    return not _PUBLIC_BEFORE.search(text, max(0, m.start() - 40), m.start())


def _inventory_before(text: str, start: int) -> bool:
    """An inventory word governs the code at ``start`` («инв. № ОС-08225», «инвентарный
    номер ОС-…»), and no document word before it makes «инв.» an invalid's («ИПРА инв. №
    …», «удостоверение инв. …»: ``lexicon.two_word_head``)."""
    toks = tokens(text[max(0, start - 40) : start])
    i = len(toks) - 1
    while i >= 0 and (toks[i][0] == "p" or numero(toks[i][1])):
        i -= 1
    if i < 0 or toks[i][0] != "word":
        return False
    prev = toks[i - 1][1] if i and toks[i - 1][0] == "word" else None
    head = two_word_head(prev, toks[i][1]) or classify(toks[i][1])
    return head == SAFE and _INVENTORY.match(toks[i][1].lower()) is not None


# «инв.», «инвентарный»: an organisation's property number (its fixed assets are «ОС-…»)
_INVENTORY = re.compile(r"инв(?:$|ентарн)")


def _equipment_serial_before(text: str, start: int) -> bool:
    """A serial-number word governs the code at ``start`` («зав. №», «серийный номер»)
    and ``lexicon.equipment_serial`` says the numbered thing is equipment."""
    toks = tokens(text[max(0, start - 80) : start])
    i = len(toks) - 1
    while i >= 0 and (toks[i][0] == "p" or numero(toks[i][1])):
        i -= 1
    return i >= 0 and toks[i][0] == "word" and equipment_serial(toks, i)


class UrlIdentifierRecognizer(SingleEntityRecognizer):
    """A long digit run in a web address' path («…/covid-cert/verify/9160041277350981»):
    a certificate's, a case's or a person's number."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        results = []
        for url in _URL.finditer(text):
            for m in _URL_DIGITS.finditer(text, url.start(), url.end()):
                results.append(self.result(m.start(), m.end(), self.SCORE))
        return results


# A passenger's booking reference (PNR, «record locator»: five to eight letters and digits,
# often letters only, which no number rule reads) after its label, Russian or English
_BOOKING = re.compile(
    r"(?<!\w)(?:PNR|(?i:бронь|брони|бронью|код\s+бронировани\w*|номер\s+брони\w*"
    r"|booking(?:\s+(?:ref(?:erence)?|code|number))?|record\s+locator))"
    r"\s*[:№#]?\s*(?P<code>[A-Z0-9]{5,8})(?![\w-])"
)


class BookingReferenceRecognizer(GroupRecognizer):
    """«бронь URLKZK», «PNR: NXDJTH»: a booking names the traveller and the trip."""

    ENTITY = E.RECORD_ID
    SCORE = 0.75
    PATTERN = _BOOKING
    GROUP = "code"


# A personnel number after «таб.» or «табельный номер» in a sentence («допущен таб. 51002
# Белых З.А.»): the worker's. Four digits or more, and no unit after it: «таб. 100 мг» is
# a tablet's dose, and no count of tablets runs to four digits.
_PERSONNEL_NUMBER = re.compile(
    r"(?<!\w)(?i:таб\.|табельн\w*(?:\s+(?:номер|№))?)\s*(?:№\s*)?"
    r"(?P<num>(?:[А-ЯЁA-Z]{1,3}-)?\d{4,8})"  # («Таб. № ТН-4964»: a unit's letters first)
    r"(?![\d,.]\d|\s*(?i:мг|мкг|г\b|шт|уп|таб|раз|доз|ед|мл))(?![\w/-])"
)


class PersonnelNumberRecognizer(GroupRecognizer):
    """«таб. 51002», «табельный номер 004417»: an employee's number."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7
    PATTERN = _PERSONNEL_NUMBER


# A study's registration number cited in brackets after its modality, alone or after the
# scanner: «По КТ от 22.05.2025 (2025/040089)», «МРТ (Philips Ingenia 1.5T, 2025/226895)» —
# the year the RIS opened it and its running number (five digits or more)
_STUDY_IN_BRACKETS = re.compile(
    r"(?<![\w-])(?:КТ|МСКТ|МРТ|ПЭТ(?:-КТ)?|ОФЭКТ|УЗИ|ММГ|(?i:рентген\w*|маммограф\w*"
    r"|флюорограф\w*|томограф\w*))"
    r"(?:\s+от\s+\d{1,2}\.\d{1,2}\.\d{2,4})?\s*\((?:[^()\n]{0,40},\s*)?"
    r"(?P<num>(?:19|20)\d\d/\d{5,7})(?![\w/.-])"
)


class StudyInBracketsRecognizer(GroupRecognizer):
    """«КТ (2025/642941)»: a study's number in the radiology information system."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7
    PATTERN = _STUDY_IN_BRACKETS
    GROUP = "num"


# A (tele)consultation's own number right after the word, as a portal or a chat header
# writes it: «консультация ТМК/26/48723», «консультация 960616920». Not the word's any
# number: «консультация по тел. 8 …», «телефон для консультаций: …» are phones.
_CONSULTATION = re.compile(
    r"(?<!\w)(?i:консультаци\w*)\s+(?:№\s*)?"
    r"(?P<num>[A-ZА-ЯЁ]{2,5}[-/]\d{2,4}[-/]\d{3,}|(?![78]\d{10}(?!\d))\d{6,12})(?![\w/-])"
)


class ConsultationNumberRecognizer(GroupRecognizer):
    """«консультация ТМК/26/48723»: one patient's consultation in a telemedicine system."""

    ENTITY = E.RECORD_ID
    SCORE = 0.7
    PATTERN = _CONSULTATION
    GROUP = "num"
