"""Russian document numbers. A checksum, where one exists, decides; a regex only proposes.

Without the checksum any 11-digit lab number would become a SNILS; with it, a random digit
run passes only by chance (1 in ~100 for SNILS, 1 in 10 for ENP).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import (
    GatedPatternRecognizer,
    GroupRecognizer,
    SingleEntityRecognizer,
)
from ozero.deid.text.recognizers.documents import cells_under, table_rows
from ozero.deid.text.recognizers.lexicon import DOC, POLICY_WORDS, head_before
from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils

# No IGNORECASE: capital letters carry meaning in Russian patterns; keywords opt in (?i:).
FLAGS = re.DOTALL | re.MULTILINE


# A number a scan or a form split in two by one space or a line, after the word that names
# it: its check digits (the validator) decide whether the digits are one such number
_STRAY_SPACE = r"(?<![\d-])\d{1,15}\s\d{1,15}(?![\d-])"
# The same after a SNILS word, grouped anyhow by spaces and hyphens: «СНИЛС 63 1-466-317 80»
_REGROUPED_DIGITS = r"(?<![\d-])\d{1,9}(?:[ -]\d{1,9}){2,5}(?![\d-])"


class ChecksumRecognizer(GatedPatternRecognizer):
    """A pattern recognizer whose matches must pass a check-digit validator."""

    validator: Callable[[str], bool] = staticmethod(lambda _: True)

    def __init__(self, entity: str, patterns: list[Pattern], context: list[str]) -> None:
        super().__init__(
            supported_entity=entity,
            patterns=patterns,
            context=context,
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return type(self).validator(pattern_text)


class SnilsRecognizer(ChecksumRecognizer):
    """СНИЛС: ``XXX-XXX-XXX YY``, ``XXX-XXX-XXX-YY``, spaced, or 11 bare digits.

    Eleven bare digits starting with 8 are also how Russian phones are written
    («89161234567»), and one in a hundred passes the SNILS checksum (a validated match scores
    1.0 in Presidio): those count as a SNILS only with a SNILS word before them."""

    validator = staticmethod(is_valid_snils)
    GATES = {"snils_stray_space": ("снилс",), "snils_regrouped": ("снилс",)}

    def __init__(self) -> None:
        super().__init__(
            E.SNILS,
            [
                Pattern(
                    "snils_dashed", r"(?<![\d-])\d{3}-\d{3}-\d{3}(?: {1,2}|-)\d{2}(?![\d-])", 0.5
                ),
                Pattern("snils_spaced", r"(?<![\d-])\d{3} \d{3} \d{3} \d{2}(?![\d-])", 0.4),
                Pattern("snils_9_2", r"(?<![\d-])\d{9}(?: {1,2}|-)\d{2}(?![\d-])", 0.4),
                Pattern("snils_bare", r"(?<!\d)\d{11}(?!\d)", 0.3),
                # a scan's stray space inside the number after its word: «СНИЛС 6577230662 3»
                Pattern("snils_stray_space", rf"(?i:снилс)[^\d\n]{{0,20}}\K{_STRAY_SPACE}", 0.4),
                # eleven digits in three to six groups after the word (the checksum decides)
                # (not across a phone's word: «СНИЛС нет, тел. 8 916 …»)
                Pattern(
                    "snils_regrouped",
                    rf"(?i:снилс)(?:(?!(?i:тел|моб))[^\d\n]){{0,20}}\K{_REGROUPED_DIGITS}",
                    0.4,
                ),
            ],
            ["снилс", "страхов", "пенсион", "snils"],
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _phone_shaped(text, r.start, r.end)]


_SNILS_WORD = re.compile(r"(?i:снилс|snils|страхов\w*\s+номер|лицевого\s+сч[её]та)")


def _phone_shaped(text: str, start: int, end: int) -> bool:
    """Eleven bare digits from 8 with no SNILS word in the 60 characters before them."""
    digits = text[start:end]
    if len(digits) != 11 or not digits.isdigit() or digits[0] != "8":
        return False
    return not _SNILS_WORD.search(text, max(0, start - 60), start)


class EnpRecognizer(ChecksumRecognizer):
    """ЕНП (OMS policy): 16 digits, bare or in groups of four."""

    validator = staticmethod(is_valid_enp)
    GATES = {"enp_stray_space": ("полис", "енп")}

    def __init__(self) -> None:
        super().__init__(
            E.ENP,
            [
                Pattern("enp_bare", r"(?<!\d)\d{16}(?!\d)", 0.3),
                Pattern("enp_grouped", r"(?<![\d-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?![\d-])", 0.4),
                # «Полис ОМС 16563290683887 90», «полиса ОМС 53469865⏎98780437»
                # (the cases spelled out: a case-insensitive alternation scans three times slower)
                Pattern(
                    "enp_stray_space",
                    rf"(?:[Пп]олис|ПОЛИС|ЕНП)[^\d\n]{{0,30}}\K{_STRAY_SPACE}",
                    0.4,
                ),
            ],
            ["полис", "енп", "омс"],
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            if _other_register(text, r.start):
                r.entity_type = E.RECORD_ID  # that register's own number, still scrubbed
        return results


def _other_register(text: str, start: int) -> bool:
    """«УНРЗ 7700…»: a document word governs the 16 digits and no policy word is near; one
    number in ten passes the ENP checksum by chance. (A CDA identifier's extension is read
    by its checksum: the word before it is the markup's.)"""
    if POLICY_WORDS.search(text, max(0, start - 60), start):
        return False
    if text.endswith('extension="', 0, start):
        return False
    return head_before(text, start) == DOC


class NamedNumberRecognizer(GroupRecognizer):
    """A number right after the word that names it, in that number's shape, whatever its
    check digits.

    Where nothing names a number the checksum decides (any eleven digits could be a SNILS).
    After «СНИЛС» the word has decided: a number that fails its check — a typo, a form filled
    in by hand, a made-up test record — is still the person's, and a checksum-only reading
    left it in the text whole."""

    DIGITS: ClassVar[tuple[int, ...]]  # how many digits the number may have
    WORDS: ClassVar[tuple[str, ...]]  # case-folded; a text without any is not scanned
    SCORE = 0.95  # under a validated match (1.0), over a record number's reading of the span

    def spans(self, text: str) -> list[tuple[int, int]]:
        folded = text.casefold()
        if not any(word in folded for word in self.WORDS):
            return []
        return [
            match.span(self.GROUP)
            for match in self.PATTERN.finditer(text)
            if sum(ch.isdigit() for ch in match[self.GROUP]) in self.DIGITS
        ]


# Between a number's name and the number: no other clause (;), no phone's word
# («СНИЛС нет, тел. 8 916 …»)
_NAME_GAP = r"(?:(?!(?<!\w)(?i:тел|моб|факс|phone|tel))[^\d\n;])"
# Between two digits of a named number: what a hand or a form puts there — spaces, a hyphen
# or a dash with spaces around it («123 - 456 - 789 01»), a form's bars or underscores, a
# dot; at most three characters
_DIGIT_GAP = r"[ .|_\-–—]{0,3}"
# where a named number may start: not inside another number («…12-3»); a hyphen glued to
# the word before is no part of it («Снилс ребенка-123-456-789 01»)
_NUMBER_START = r"(?<!\d)(?<!\d[\-–—])"


class NamedSnilsRecognizer(NamedNumberRecognizer):
    """«СНИЛС 123-456-789 01», «страховой номер индивидуального лицевого счёта 123 456 789
    01», «SNILS: 12345678901»: eleven digits, grouped anyhow, after the SNILS's name."""

    ENTITY = E.SNILS
    DIGITS = (11,)
    WORDS = ("снилс", "snils", "страх")
    PATTERN = re.compile(
        r"(?i:снилс|snils|страхов\w*\s+номер\w*|страхов\w*\s+свидетельств\w*"
        r"|страх\.\s*свид\S*)"
        rf"{_NAME_GAP}{{0,40}}"
        # (a form's boxes extracted as text put a bar between the digits: «|1|2|3|…|»)
        rf"(?P<num>{_NUMBER_START}\d(?:{_DIGIT_GAP}\d){{10}}(?!\d))"
    )


class NamedEnpRecognizer(NamedNumberRecognizer):
    """«полис ОМС 7755 4410 2233 1190», «ЕНП: 7755441022331190», «ЕНП 77 55 44 10 22 33 11
    90»: sixteen digits in any grouping after the OMS policy's name (not a voluntary, car or
    travel policy's)."""

    ENTITY = E.ENP
    DIGITS = (16,)
    WORDS = ("полис", "енп", "омс", "policy")
    PATTERN = re.compile(
        r"(?:ЕНП|[Ее]нп|[Пп]олис\w*|ПОЛИС\w*|(?<!\w)(?:ОМС|[Оо]мс)|(?i:policy))"
        r"(?:(?!(?<!\w)(?i:дмс|осаго|каско|втб|тел|моб))[^\d\n;]){0,50}"
        # grouped anyhow, as a form's cells or a careless hand leave it: «50 98 76 54 32 10
        # 98 74», «5098 765432 109874», a line break where a scan wrapped it
        r"(?P<num>(?<![\d-])\d(?:(?:[ |-]{1,2}|\n)?\d){15}(?![\d-]))"
    )


class NamedInnRecognizer(NamedNumberRecognizer):
    """«ИНН 5003 0000 0005», «ИНН: 500 300 000 005»: a person's twelve digits in any grouping
    after «ИНН». (An organisation's ten are public: `InnRecognizer` reads them by checksum
    and keeps an organisation's own.)"""

    ENTITY = E.INN
    DIGITS = (12,)
    WORDS = ("инн",)
    PATTERN = re.compile(
        r"(?<!\w)(?:ИНН|[Ии]нн)"
        rf"{_NAME_GAP}{{0,30}}"
        r"(?P<num>(?<![\d-])\d(?:[ -]{0,2}\d){11}(?![\d-]))"
    )


class InnRecognizer(ChecksumRecognizer):
    """ИНН: 12 digits (person) anywhere; 10 digits (organisation) only after «ИНН»."""

    validator = staticmethod(is_valid_inn)
    GATES = {"inn_after_keyword": ("инн",), "inn_stray_space": ("инн",)}

    def __init__(self) -> None:
        super().__init__(
            E.INN,
            [
                Pattern("inn_person", r"(?<!\d)\d{12}(?!\d)", 0.3),
                Pattern("inn_after_keyword", r"(?<=(?i:инн)[^\d\n]{0,30})\d{10}(?!\d)", 0.5),
                # «ИНН 40 1096533240», «ИНН 595344 146872»: a stray space (the checksum decides)
                Pattern("inn_stray_space", rf"(?i:инн)[^\d\n]{{0,30}}\K{_STRAY_SPACE}", 0.4),
            ],
            ["инн"],
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not organisation_requisites(text, r.start, r.end)]


# The INN of the organisation that writes the document («ГБУЗ «ГКБ № 5», ИНН 7701…, КПП
# 7701…») is public and says nothing of the patient; an employer's INN («место работы: АО
# «…», ИНН организации …») points at the person and stays.
_REQUISITES = re.compile(r"(?<![\w])(?:КПП|ОГРН|ОКПО|ОКВЭД|БИК|р/с|к/с)(?![\w])")
_ORGANISATION = re.compile(
    r"(?<![\w])(?:ГБУЗ|ГАУЗ|ГУЗ|ОГБУЗ|КГБУЗ|МБУЗ|БУЗ|ГБУ|ФГБУ|ФГБОУ|ФГАУ|ЧУЗ|НУЗ|АНО|ООО|ЗАО"
    r"|ПАО|ОАО|АО)(?![\w])"
)
_WORKPLACE = re.compile(r"(?i:работ|служб|уч[её]б|страхователь)")
# An organisation that serves many people, named right before its INN: an insurer (not the
# policyholder, «страхователь», who is an employer), a bank, a contract's provider.
_SERVICE_ORGANISATION = re.compile(
    r"(?i:страховщик\w*|страхов\w+\s+(?:компани|организаци|медицинск)\w*|смо|банк\w*"
    r"|исполнител\w*|лицензиат\w*)(?:\s+[\w«»\"-]+){0,4}\s*[(:,]?\s*(?i:инн)\s*:?\s*$"
    r"|(?i:инн)\s+(?i:страховщик\w*|страхов\w+\s+(?:компани|организаци)\w*|смо|банк\w*"
    r"|исполнител\w*)\s*:?\s*$"
)
_CLAUSE_END = re.compile(r"[.;!?\n](?=\s)")


def organisation_requisites(text: str, start: int, end: int) -> bool:
    """A ten-digit INN among an organisation's own requisites: a KPP/OGRN beside it, or an
    organisation's legal form before it in the same sentence, and no word of employment."""
    if sum(c.isdigit() for c in text[start:end]) != 10:
        return False
    before = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    before = before[cut:]
    if _SERVICE_ORGANISATION.search(before):
        return True  # «ИНН страховщика 7706…» is the insurer's, not the patient's
    if _WORKPLACE.search(before):
        return False
    return bool(
        _REQUISITES.search(text, max(0, start - 25), min(len(text), end + 25))
        or _ORGANISATION.search(before)
    )


# (a dot before a lower-case word cuts a word short, «паспорт иностр. гражданина», and does
# not end the sentence)
_FOREIGN_PASSPORT_WORD = r"(?<=(?i:паспорт|passport)(?:[^.;\n]|\.(?=\s*[а-яё])){0,60})"
# a foreign passport's number in digits only («670140383», «67 0140383»), or a Russian
# one's for travel abroad, series and number with a sign between («20 № 3573676»)
_FOREIGN_DIGITS = r"(?:\d{2}(?: ?[№N] ?| )\d{7}|\d{8,9})(?![\w-])"
# «паспорт» («пасп.» in a narrow column) or «ДУЛ» (документ, удостоверяющий личность), then the two-digit code of the
# document kind if any («ДУЛ 14 4519 227841»), then up to 25 non-digits in the same clause
# («паспорт гражданина РФ: серия»). Loose spellings of series and number are a passport
# only after one.
# («56-13 384103», «8312/150271»: a hyphen inside the series, a slash after it; «7516 N
# 394967», «87 02 N413249»: a Latin N for the sign of number)
_LOOSE_PASSPORT = r"\d{2}[ -]?\d{2}(?: ?[-/] ?| ?[№N] ?| {1,2})?\d{3} ?\d{3}(?![\d-])"
# series and number in fields of their own: «серия 65 00, номер 364620», «Серия: 3304 /
# Номер: 215653» (a span each; «паспорт серии 8022 номер 465192» is one); the word is
# matched and dropped with ``\K``, not looked behind for: a look-behind would be tried at
# every offset of every text
_SERIES_WORD_BEFORE = r"(?i:сери[яи])\s{0,3}(?::\s{0,3})?"
_SERIES = r"\d{2} ?\d{2}"
_NUMBER_FIELD = r"(?:\s*[,;]\s*(?i:номер|№|N)\s*|\s+(?i:номер|№)\s*:\s*)"
_REGROUPED = r"\d{2}[ \n]?\d{2}(?:[ \n]?№)?[ \n]?\d(?:[ \n]?\d){5}(?![\d-])"
# «документ», «Документ:», «документа» before the number it names
_DOCUMENT_WORD = r"(?i:документ)\w*\s*:?\s*"
# (a kind code may end with a comma, «ДУЛ: 21, 4510 123456»; «документ, удостоверяющий
# личность», «удост. личности» name the passport as well; «Passport No. 4510 123456»)
_IDENTITY_WORD = (
    r"(?<=(?:(?i:паспорт\w*|пасп\.|удостоверяющ\w*\s+личност\w*|удост\.\s*личност\w*)|ДУЛ)"
    r"(?:[^\d\n]{0,6}\d{2},?(?=\s+\d{4}))?[^\d\n.;,]{0,25}"
    r"|(?<!\w)(?i:документ)\s*:\s*|(?i:passport)\s*(?:(?i:no)\.?|(?i:number)|#|№)?\s*:?\s*)"
)


class PassportRecognizer(GatedPatternRecognizer):
    """Паспорт РФ: series 4 digits + number 6; loose spellings need «паспорт» nearby.

    «Рецептурный бланк серия 4522 № 547812» has the passport's shape: a match that another
    document word governs (``lexicon.head_before``) is that document's number, not this."""

    _PASSPORT_WORDS = ("паспорт", "passport")
    GATES = {
        "passport_after_series": ("сери",),
        "passport_series_field": ("сери",),
        "passport_number_field": ("сери",),
        "passport_loose_after_word": ("пасп", "дул", "документ", "удост", "passport"),
        "passport_series_and_number": ("сери",),
        "passport_regrouped_after_word": ("паспорт",),
        "passport_old_after_new": ("паспорт",),
        "passport_foreign": _PASSPORT_WORDS,
        "passport_foreign_after_document": ("документ",),
        "passport_cyrillic_series": ("паспорт", "документ"),
        "passport_foreign_mixed": _PASSPORT_WORDS,
        "passport_foreign_digits": _PASSPORT_WORDS,
    }

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.PASSPORT,
            patterns=[
                Pattern(
                    "passport_after_series",
                    rf"{_SERIES_WORD_BEFORE}\K{_SERIES}\s*(?:(?:№|N|(?i:номер))\s*)?\d{{6}}(?!\d)",
                    0.9,
                ),
                Pattern(
                    "passport_series_field",
                    rf"{_SERIES_WORD_BEFORE}\K{_SERIES}(?={_NUMBER_FIELD}\d{{6}}(?!\d))",
                    0.9,
                ),
                # «серия и номер: 4510 123456», «серия/номер паспорта 4510 123456»
                Pattern(
                    "passport_series_and_number",
                    r"(?i:сери[яи])\s*(?:и|/|,)\s*(?i:номер)\w*(?:\s+(?i:паспорт)\w*)?\s*:?\s*\K"
                    rf"(?<![\d-]){_LOOSE_PASSPORT}",
                    0.85,
                ),
                Pattern(
                    "passport_number_field",
                    rf"{_SERIES_WORD_BEFORE}{_SERIES}{_NUMBER_FIELD}\K\d{{6}}(?!\d)",
                    0.9,
                ),
                # (two spaces before the number, as typed to align a form: «08 06  759506»)
                Pattern("passport_2_2_6", r"(?<![\d-])\d{2} \d{2} {1,2}\d{6}(?![\d-])", 0.55),
                # «5406 № 612004», «36 05 №519026», «22 10 № 553811»: a sign of number
                # between two and two-plus-four digits is a passport's series and number
                Pattern("passport_numero", r"(?<![\d-])\d{2} ?\d{2} ?№ ?\d{6}(?![\d-])", 0.5),
                # after a passport word: «5008-772301», «5406 №612 004», «ДУЛ 14 4519 227841»
                Pattern(
                    "passport_loose_after_word",
                    # the shape is checked first, the long look-behind only where it fits
                    rf"(?<![\d-])(?={_LOOSE_PASSPORT}){_IDENTITY_WORD}{_LOOSE_PASSPORT}",
                    0.85,
                ),
                # after a passport word, ten digits grouped anyhow or broken by a line
                # («паспорт 2814 57 2198», «паспорт 96 17⏎№ 951174», «7024⏎301481»)
                # (the word matched first and dropped with ``\K``: a look-behind would be
                # tried at every digit of every text)
                Pattern(
                    "passport_regrouped_after_word",
                    rf"(?i:паспорт)\w*[^\d\n.;,]{{0,25}}\K(?<![\d-]){_REGROUPED}",
                    0.85,
                ),
                # the old number after the new one: «сменила паспорт: новый 94 07 200673,
                # старый 9410825623» (ten digits in any grouping, after «старый», «прежний»)
                Pattern(
                    "passport_old_after_new",
                    r"(?i:паспорт)\w*[^\n;]{0,60}?(?<!\w)(?i:стар|прежн|предыдущ)\w*\s*:?\s*\K"
                    rf"(?<![\d-])(?:{_LOOSE_PASSPORT}|\d{{10}}(?!\d))",
                    0.85,
                ),
                Pattern("passport_4_6", r"(?<![\d-])\d{4} \d{6}(?![\d-])", 0.3),
                Pattern("passport_10", r"(?<!\d)\d{10}(?!\d)", 0.2),
                # a foreign citizen's passport: one or two Latin letters and seven or eight
                # digits, or eight or nine digits (2 + 7 in groups), near «паспорт»
                Pattern(
                    "passport_foreign",
                    rf"(?<![\w-])(?=[A-Z]){_FOREIGN_PASSPORT_WORD}[A-Z]{{1,2}} ?(?:№ ?)?\d{{7,8}}(?![\w-])",
                    0.6,
                ),
                # «Таджикистан; документ A32782228»: a foreign citizen's passport right
                # after «документ» (over a document number's reading of the same span)
                Pattern(
                    "passport_foreign_after_document",
                    rf"{_DOCUMENT_WORD}\K[A-Z]{{1,2}} ?\d{{7,8}}(?![\w-])",
                    0.8,
                ),
                # «Украина; документ МЕ 981603», «паспорт гражданина Украины СН № 123456»,
                # a Soviet passport «паспорт серии VI-СМ № 548123»: two Cyrillic capitals
                # (after a Roman numeral) and six digits, right after «документ» or in the
                # clause of a passport word
                Pattern(
                    "passport_cyrillic_series",
                    rf"(?:{_DOCUMENT_WORD}|(?i:паспорт)\w*[^\d\n.;]{{0,40}}?)\K"
                    r"(?<![\w-])(?:[IVX]{1,4}-?)?[А-ЯЁ]{2} ?(?:№ ?)?\d{6}(?![\w-])",
                    0.8,
                ),
                # «C4FJ7L3R2»: newer foreign passports mix letters and digits throughout
                Pattern(
                    "passport_foreign_mixed",
                    rf"(?<![\w-])(?=[A-Z0-9]*\d[A-Z0-9]*[A-Z]){_FOREIGN_PASSPORT_WORD}"
                    r"(?=[A-Z0-9]*[A-Z][A-Z0-9]*\d)[A-Z0-9]{8,10}(?![\w-])",
                    0.6,
                ),
                Pattern(
                    "passport_foreign_digits",
                    # no other paper listed between; a capitalised word may be cut short
                    # («Паспорт гражданина Респ. Таджикистан 670140383»); the shape is
                    # checked first, the long look-behind only where it fits
                    rf"(?<![\w-])(?={_FOREIGN_DIGITS})(?<=(?i:паспорт|passport)"
                    r"(?:[^.;,\n]|(?<=(?<!\w)[А-ЯЁ][а-яё]{1,4})\.){0,60})" + _FOREIGN_DIGITS,
                    0.6,
                ),
            ],
            context=["паспорт", "серия", "выдан", "удостоверя", "passport"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            if _other_document(text, r.start):
                continue
            if not_identity_passport(text, r.start):
                r.entity_type = E.RECORD_ID  # that paper's own number, still scrubbed
            kept.append(r)
        return kept


_SERIES_WORD = re.compile(r"(?i:сери[яи]\s*:?\s*)$")


# «паспорт транспортного средства», «паспорт вакцинации», «технический паспорт»: a
# passport of a thing or of a record, not the person's identity paper (the number is that
# document's, a record number). A seaman's passport is an identity paper: `SeafarerIdRecognizer`.
_NOT_IDENTITY_PASSPORT = re.compile(
    r"(?:(?i:паспорт\w*)\s+(?:(?i:транспортн\w+\s+средств\w*|самоходн\w+\s+машин\w*"
    r"|издели\w*|медицинск\w+\s+издели\w*|прибор\w*|аппарат\w*|оборудовани\w*|вакцинаци\w*"
    r"|прививок|здоровья|качества|безопасности|объект\w*|здани\w*|животн\w*|питомц\w*"
    r"|паспорта)|ТС|ПСМ)"
    r"|(?i:технич\w*|тех\.)\s+паспорт\w*)[^\d.;\n]{0,25}$"
)


def _other_document(text: str, start: int) -> bool:
    """A document word other than «паспорт» governs the number starting at ``start`` (a
    bare «Документ:» label — a ticket's, a form's — names the identity paper itself)."""
    if _DOCUMENT_LABEL.search(text, max(0, start - 40), start):
        return False
    if field := _NUMBER_AFTER_SERIES.search(text, max(0, start - 30), start):
        start = field.start()  # «серия 4522, номер 547812»: the series' governor decides
    series = _SERIES_WORD.search(text, max(0, start - 12), start)
    return head_before(text, series.start() if series else start) == DOC


# (searched only in a short window before a match: a look-behind costs nothing there)
_NUMBER_AFTER_SERIES = re.compile(rf"(?<={_SERIES_WORD_BEFORE}){_SERIES}{_NUMBER_FIELD}$")
# «Пассажир: … / Документ: 4510 309593», «документ A32782228»: the identity document's label
# («Документ, удостоверяющий личность: 4510 309593»: the phrase names the identity paper)
_DOCUMENT_LABEL = re.compile(
    r"(?<!\w)(?i:документ)\s*:?\s*$"
    r"|(?i:удостоверяющ\w*\s+личност\w*|удост\.\s*личност\w*)[^\d\n.;,]{0,6}$"
)


def not_identity_passport(text: str, start: int) -> bool:
    """The «паспорт» before the number at ``start`` is a seaman's or a thing's."""
    return bool(_NOT_IDENTITY_PASSPORT.search(text, max(0, start - 70), start))


# A table header cell naming an identity paper: «паспорт», «документ», «ДУЛ», «удостоверение»
_IDENTITY_HEADER = re.compile(
    r"(?i:(?<!\w)(?:паспорт\w*|документ\w*|удостоверени\w*|passport))(?!\w)|(?<!\w)ДУЛ(?!\w)"
)
# A foreign citizen's passport alone in a cell: «AB1234567», «N12345678»
_CELL_FOREIGN_PASSPORT = re.compile(r"[A-Z]{1,2}\d{7,8}")
# A Russian passport alone in a cell of a column headed «паспорт»: «3509 № 303740»,
# «6308/995763», «2525317337» (a «документ» column may hold other papers of that shape)
_PASSPORT_HEADER = re.compile(r"(?i:(?<!\w)(?:паспорт\w*|passport))(?!\w)|(?<!\w)ДУЛ(?!\w)")
_CELL_RUSSIAN_PASSPORT = re.compile(r"\d{2}\s?\d{2}\s?(?:№\s?)?\d{6}|\d{4}/\d{6}")


class PassportColumnRecognizer(SingleEntityRecognizer):
    """A foreign passport number alone in a table column headed «документ» or «паспорт», a
    Russian one in a column headed «паспорт»: the header is the passport word a number in a
    sentence has («паспорт AB1234567»)."""

    ENTITY = E.PASSPORT
    SCORE = 0.75  # above a record column's: the header names the paper

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if _CELL_FOREIGN_PASSPORT.search(text):
            found += [
                (start, end)
                for start, end in cells_under(text, _IDENTITY_HEADER)
                if _CELL_FOREIGN_PASSPORT.fullmatch(text, start, end)
            ]
        if _CELL_RUSSIAN_PASSPORT.search(text) and _PASSPORT_HEADER.search(text):
            found += [
                (start, end)
                for start, end in cells_under(text, _PASSPORT_HEADER)
                if _CELL_RUSSIAN_PASSPORT.fullmatch(text, start, end)
            ]
        if any(key in text for key in _SERIES_HEADER_KEYS) and _SERIES_HEADER_GATE.search(text):
            found += _split_series_and_number(text)
        return found


# Series and number in columns of their own, as registers export them: the OMS register's
# «DOCSER;DOCNUM» (after «DOCTYPE»), a form's «Серия паспорта | Номер паспорта»; a bare
# «Серия | Номер» only where the text names the passport (a drug's series has no six-digit
# number in the next column)
_SERIES_HEADER = re.compile(
    r"(?i:doc_?ser|ser_?doc|passport_?ser(?:ies)?|сери[яи](?P<named>[\s_]+(?:паспорта|ДУЛ|документа))?)"
)
# (the cheap look first: a case-insensitive alternation scans every text three times slower)
_SERIES_HEADER_KEYS = ("SER", "ser", "ери", "ЕРИ")
_SERIES_HEADER_GATE = re.compile(r"DOC_?SER|doc_?ser|SER_?DOC|ser_?doc|[Сс]ери[яи]|СЕРИ[ЯИ]")
_NUMBER_HEADER = re.compile(
    r"(?i:doc_?num|num_?doc|passport_?(?:num(?:ber)?|no)|номер(?:[\s_]+(?:паспорта|ДУЛ|документа))?|№)"
)
_SERIES_CELL = re.compile(r"\d{2} ?\d{2}")
_NUMBER_CELL = re.compile(r"\d{6}")


def _split_series_and_number(text: str) -> list[tuple[int, int]]:
    """The series and the number cells of every row whose series is a passport's four digits
    and whose number its six, under a header row naming the two columns side by side."""
    spans: list[tuple[int, int]] = []
    columns: tuple[int, int] | None = None  # the series' index, the row's width
    for cells, digits in table_rows(text):
        if len(cells) < 2:
            columns = None
        elif not digits:
            columns = _series_column(text, cells)
        elif columns is not None and len(cells) == columns[1]:
            series, number = cells[columns[0]], cells[columns[0] + 1]
            if _SERIES_CELL.fullmatch(text, *series) and _NUMBER_CELL.fullmatch(text, *number):
                spans += [series, number]
    return spans


def _series_column(text: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    for i, (start, end) in enumerate(cells[:-1]):
        series = _SERIES_HEADER.fullmatch(text[start:end].strip())
        if series is None or not _NUMBER_HEADER.fullmatch(text[slice(*cells[i + 1])].strip()):
            continue
        # («серия документа» names any paper: a death export's columns are its certificate's)
        bare = series.group().lower().startswith("сери") and (
            series["named"] is None or "документ" in series["named"].lower()
        )
        if not bare or _PASSPORT_HEADER.search(text):
            return i, len(cells)
    return None


# A seaman's identity paper: NSI «Документы, удостоверяющие личность» (1.2.643.5.1.13.13.99.2.48)
# code 7, «Паспорт моряка (удостоверение личности моряка)», named in Russian, by its English
# title on bilingual forms («Seafarer's ID») or as «УЛМ»
_SEAFARER_PAPER = re.compile(
    r"(?i:паспорт\w*\s+моряк\w*|удостоверени\w*\s+личности\s+моряк\w*"
    r"|seafarer'?s\s+(?:id(?!\w)|identity))|(?<!\w)УЛМ(?!\w)"
)
# its series and number: two capitals (Cyrillic or Latin) and seven digits, «МК 2315858»
_SEAFARER_NUMBER = r"(?<![\w-])[А-ЯЁA-Z]{2}\s?№?\s?\d{7}(?!\d)"
_SEAFARER_ID = re.compile(
    rf"(?:{_SEAFARER_PAPER.pattern})[^\d\n;]{{0,40}}?(?P<num>{_SEAFARER_NUMBER})"
)
_SEAFARER_CELL = re.compile(_SEAFARER_NUMBER)


class SeafarerIdRecognizer(SingleEntityRecognizer):
    """A seaman's passport number after its name in the same clause («Удостоверение личности
    моряка / Seafarer's ID: МК2315858») or alone in a column that names it: the person's
    identity paper, series letters and all (its digits alone left «МК» beside the mask)."""

    ENTITY = E.PASSPORT
    SCORE = 0.85

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not _SEAFARER_PAPER.search(text):
            return []
        found = [m.span("num") for m in _SEAFARER_ID.finditer(text)]
        return found + [
            (start, end)
            for start, end in cells_under(text, _SEAFARER_PAPER)
            if _SEAFARER_CELL.fullmatch(text, start, end)
        ]
