"""Phones and e-mail: contact details written in Russian conventions (addresses:
``addresses.py``)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import GatedPatternRecognizer, SingleEntityRecognizer
from ozero.deid.text.recognizers.documents import cells_under
from ozero.deid.text.recognizers.identifiers import FLAGS, NamedNumberRecognizer
from ozero.deid.text.recognizers.lexicon import head_before

_SEP = r"[ \-]?"
# en, em and figure dashes, the minus sign and the non-breaking hyphen, between two digits: a
# word processor's autocorrect writes «8–913–402–17–66»
_DIGIT_DASH = re.compile(r"(?<=\d)[\u2010\u2011\u2012\u2013\u2014\u2212](?=\d)")
# a separator where a table cell or a scan broke the line: «+7 (928)⏎357-71-57», «8-960-⏎409-39-41»
_BREAK = r"(?:[ \-]\n?|\n)"
_SEP_OR_BREAK = _BREAK + "?"


# «тел.», «Телефон для связи:», «телефон матери» (up to two words, then a colon or not)
_PHONE_WORD = r"(?<=(?i:тел)\w*\.?(?:\s+[а-яё]+){0,2}\s*:?\s{0,3})"
# «Звонила 2-33-41-07», «моб. 233-41-07»: a town's seven-digit local number after a word of
# calling (without one, «2-33-41-07» may as well be a code of some register)
_CALL_WORD = r"(?<=(?i:тел|звон|моб|сот)\w*\.?(?:\s+[а-яё]+){0,2}\s*:?\s{0,3})"
_DIGIT_COUNT = {
    "phone_grouped": (11, 11),
    "phone_broken_after_word": (11, 11),
    "phone_international": (10, 13),
    "phone_area_parens": (10, 10),
    "phone_trunk_in_brackets": (10, 11),
    "phone_international_00": (12, 15),
}
# Where a number ends: no digit or dash goes on, nor a dot or slash with a digit after it
# (a date, a fraction, a version); a slash before a 7 or 8 joins a second phone
# («тел. 7 950 209 65 74/8 (922) 3571804», «+7 (950) 29-69-812/8903-829-5035»)
_END = r"(?![\d\-]|\.\d|/(?![78])\d)"


class PhoneRecognizer(GatedPatternRecognizer):
    """Russian phone numbers: ``+7 (XXX) XXX-XX-XX``, ``8-XXX-XXX-XX-XX``, ``+7XXXXXXXXXX``."""

    GATES = {
        "phone_local_after_keyword": ("тел",),
        "phone_local_7_after_call_word": ("тел", "звон", "моб", "сот"),
        "phone_broken_after_word": ("тел",),
        "phone_whatsapp_link": ("wa.me",),
    }

    def __init__(self) -> None:
        # (a line may also break inside the number: «8 (991) 383-⏎99-77»)
        body = (
            rf"{_SEP}(?:\(\d{{3,5}}\)|\d{{3}}){_SEP_OR_BREAK}\d{{1,3}}{_SEP_OR_BREAK}\d{{2}}"
            rf"{_SEP}\d{{2}}(?!\d)"
        )
        super().__init__(
            supported_entity=E.PHONE,
            patterns=[
                Pattern("phone_plus7", rf"(?<![\d+])\+7{body}", 0.75),
                Pattern(
                    "phone_8_formatted",
                    # 11 digits in all: a bare «8810 691065» is a passport, not a phone
                    rf"(?<![\d+\-])8[ \-]?(?:\(\d{{3,5}}\){_SEP_OR_BREAK}\d{{1,3}}"
                    rf"|\d{{3}}{_BREAK}\d{{3}})"
                    rf"{_SEP_OR_BREAK}\d{{2}}{_SEP}\d{{2}}(?![\d\-])",
                    0.7,
                ),
                Pattern("phone_8_bare", r"(?<![\d+])8\d{10}(?!\d)", 0.55),
                Pattern(
                    "phone_local_after_keyword",
                    rf"{_PHONE_WORD}(?:\(\d{{3,5}}\)\s?)?\d{{1,3}}-\d{{2}}-\d{{2}}(?![\d-])",
                    0.7,
                ),
                # «8-3452-56-78-90», «8 9123456789», «7 912 345 67 89»: eleven digits in
                # groups from 8 or 7 (the count is checked in ``analyze``)
                Pattern(
                    "phone_grouped",
                    # a full stop after the last group ends the sentence («… 8 906 2117 333.»);
                    # only a dot or slash with a digit after it continues a number
                    r"(?<![\d+\-./])[78](?:[ \-]?\(?\d{3,5}\)?)(?:[ \-]?\d{1,4}){1,4}" + _END,
                    0.6,
                ),
                # «(343) 297-18-40»: a city code in brackets and the number, no 8 or +7
                # before it; ten digits in all (checked in ``analyze``)
                Pattern(
                    "phone_area_parens",
                    r"(?<![\w+)\-])\(\d{3,5}\)\s?\d{1,3}[ \-]?\d{2}[ \-]?\d{2}" + _END,
                    0.65,
                ),
                # a bracketed city or mobile code and the rest in groups of two to four in
                # any order: «+7 (912) 38-46-714», «+7 (8332) 474-166», «(3412) 53-47-34»,
                # «8 (8453) 2717-98»; ten digits after the +7 or 8, or ten in all without
                # one (checked in ``analyze``)
                Pattern(
                    "phone_code_any_groups",
                    r"(?<![\w+)\-])(?:(?:\+7|8)[ \-]?)?\(\d{3,5}\)[ \-]?\d{2,4}(?:[ \-]\d{2,4}){1,2}"
                    + _END,
                    0.7,
                ),
                Pattern(
                    "phone_local_7_after_call_word",
                    rf"(?<![\d\-])(?=\d){_CALL_WORD}(?:\d-\d{{2}}|\d{{3}})-\d{{2}}-\d{{2}}(?![\d\-]|[./]\d)",
                    0.6,
                ),
                # mobile and town numbers in other groupings (one pattern: each costs a pass):
                # ten digits after +7 in any groups of single spaces or dashes, ending where
                # a group ends («+7 917 6 12 89 25», «+7 4922 69-70-95»; a bracketed code is
                # «phone_plus7»'s); a mobile number with its 8 read out in pairs («8 90 55 90
                # 03 89»); a mobile number without its 8, dashes after the code or all through
                # («960 385-80-69», «960-482-12-49»); the groups set off by spaced dashes
                Pattern(
                    "phone_other_groupings",
                    r"\+(?<![\d+]\+)7(?:[ \-]?\d){10}(?!\d|-\d)"
                    r"|8(?<![\d+\-./]8) 9\d(?: \d{2}){4}(?![\d\-]|[./]\d)"
                    r"|9(?<![\w+\-./№]9)\d{2}[ \-]\d{3}-\d{2}-\d{2}(?![\d\-]|[./]\d)"
                    # dictated, dashes spaced off: «8 914 711 — 33 — 61», «8 931 — 496 — 40 — 78»
                    r"|8(?<![\d+\-./]8) ?\(?9\d{2}\)?(?: [-–—] | ?)\d{3} [-–—] \d{2} [-–—] \d{2}"
                    r"(?![\d\-]|[./]\d)"
                    # written in haste, the trunk glued to the mobile code: «89 16 803 1589»
                    r"|8(?<![\d+\-./]8)9 \d{2} \d{3} \d{4}(?![\d\-]|[./]\d)",
                    0.65,
                ),
                # a mobile code, then the seven digits glued: «8 914 2637578», «+7 (921)
                # 4417082» (over a document number's grouped digits for the same span)
                Pattern(
                    "phone_mobile_glued",
                    r"(?<![\d+\-./])(?:\+7|8)[ \-]?(?:\(9\d{2}\)|9\d{2})[ \-]?\d{7}(?![\d\-]|[./]\d)",
                    0.8,
                ),
                # dotted groups: «+7.911.492.21.24», «8.912.440.72.16», «8.915.3389491» (dots
                # all through, so a dotted date, version or code of other lengths never fits)
                Pattern(
                    "phone_dotted",
                    # (and after «+7 » or «8 » with a space: «+7 917.394.18.50»)
                    # (a town's code of four or five digits too: «8.4112.58.46.24»,
                    # «8.41535.6.32.77»; ten digits after the trunk in every alternative)
                    r"(?<![\d+.])(?:\+7|8)[. ](?:\d{3}\.(?:\d{3}\.\d{2}\.\d{2}|\d{7})"
                    r"|\d{4}\.\d{2}\.\d{2}\.\d{2}|\d{5}\.\d\.\d{2}\.\d{2})(?![\d]|\.\d)",
                    0.7,
                ),
                # the trunk 8 inside the brackets with the town's code: «(88352) 777366»,
                # «(8-8352) 40-74-67», «(834147) 84377»; eleven digits, or ten where the
                # code itself begins with 8: «(8453) 556421» (checked in ``analyze``)
                Pattern(
                    "phone_trunk_in_brackets",
                    r"(?<![\w+)\-])\(8-?\d{3,5}\)\s?\d{1,4}(?:[ \-]?\d{2,4}){0,3}" + _END,
                    0.7,
                ),
                # a foreign number dialled from Russia with 00: «00 998 91 139 15 78»,
                # «00-375-29-123-45-67» (12 to 15 digits with the 00, checked in ``analyze``)
                Pattern(
                    "phone_international_00",
                    r"(?<![\d+\-./])00[ \-]?[1-9]\d{0,2}(?:[ \-]\d{1,4}){2,5}(?![\d\-]|[./]\d)",
                    0.6,
                ),
                # a mobile number, ten digits from its 9 with no trunk and no space: «запись
                # на контроль — 9161234567»; only where no word governs it (a passport's, an
                # INN's, a barcode's digits: ``_mobile_alone``), below a record's score
                Pattern(
                    "phone_mobile_bare_10",
                    r"9(?<![\d+\-./№_=|]9)\d{9}(?![\d\-]|[./]\d)",
                    _BARE_MOBILE_SCORE,
                ),
                # written by hand after a calling word, the groups anyhow and a line broken
                # inside: «оповестить по тел. 8 9062⏎37 28 93», «Телефон для связи: 8 999 52⏎22
                # 561» (eleven digits: checked in ``analyze``); the trunk matched first, the
                # calling word looked behind for only there
                Pattern(
                    "phone_broken_after_word",
                    r"[78](?<=(?i:тел)\w*\.?(?:\s+[а-яё]+){0,2}\s*:?\s{0,3}[78])"
                    r"[ \-]?\d{1,5}(?:[ \-]\d{1,4}){0,3}\n\d{1,4}(?:[ \-]\d{1,4}){0,3}" + _END,
                    0.65,
                ),
                # a WhatsApp link's number: «wa.me/79161234567» (the link is the phone)
                Pattern("phone_whatsapp_link", r"wa\.me/\+?\K[78]\d{10}(?!\d)", 0.9),
                # a foreign number: «+375 29 123-45-67», «+992 93 555 44 33», «+44 (0)20 …»
                # (a bracket closes only a group it opened: «(тел. +870 713383752)»)
                Pattern(
                    "phone_international",
                    r"(?<![\d+])\+[1-689]\d{0,2}(?:[ \-]?(?:\(\d{1,4}\)|\d{1,4})){2,5}(?![\d])",
                    0.7,
                ),
            ],
            context=["тел", "моб", "phone", "звон", "контакт"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        # read with hyphens for dashes (same length, spans stand): only here, a date range
        # «06.11.2025–09.11.2025» is read by the date rules as written
        hyphenated = digit_dashes_as_hyphens(text)
        results = super().analyze(hyphenated, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            name = _pattern_of(r)
            if not _digit_count_fits(r, hyphenated[r.start : r.end]):
                continue
            if name == "phone_mobile_bare_10":
                if _dialled(text, r.start):
                    r.score = _DIALLED_MOBILE_SCORE
                elif not _mobile_alone(text, r.start):
                    continue
            kept.append(r)
        return kept


_BARE_MOBILE_SCORE = 0.52  # a record recognizer's number of the same span wins (0.55)
_DIALLED_MOBILE_SCORE = 0.6  # ... unless the text says it is dialled or texted
# «SMS с кодом на 9319845629», «звонок на 9161234567»: a message or a call sent to it; or a
# second number after another phone: «8 977 6751140; 9813733083»
_SENT_TO = re.compile(
    r"(?:(?<!\w)(?i:sms|смс|(?:до|по|пере)?звон\w*|сообщени\w*|отправлен\w*|whatsapp|viber|telegram)"
    r"[^\n.;]{0,30}(?<!\w)на|(?<!\w)\+?[78][ \-(]*\d{3}[ \-)]*\d{3}[ \-]?\d{2}[ \-]?\d{2}\s*[;,/])\s*$"
)


def _dialled(text: str, start: int) -> bool:
    return bool(_SENT_TO.search(text, max(0, start - 50), start))


def _pattern_of(result) -> str | None:  # noqa: ANN001 - a RecognizerResult
    explanation = result.analysis_explanation
    return explanation.pattern_name if explanation is not None else None


# a sign, a label or a dash before: «№ 9…», «ID: 9…», «2888- 9…» are a paper's
_LABEL_BEFORE = re.compile(r"(?:[№#=|_\-–]|\b(?i:id|код|no))\s*:?\s*$")


def _mobile_alone(text: str, start: int) -> bool:
    """No document, code or requisite word governs the bare mobile-shaped number."""
    if _LABEL_BEFORE.search(text, max(0, start - 8), start):
        return False
    return head_before(text, start) is None


def digit_dashes_as_hyphens(text: str) -> str:
    """The text with every dash between two digits made a hyphen (same length)."""
    return _DIGIT_DASH.sub("-", text) if _DIGIT_DASH.search(text) else text


def _digit_count_fits(result, span: str) -> bool:  # noqa: ANN001 - a RecognizerResult
    name = _pattern_of(result)
    if name == "phone_code_any_groups":
        digits = sum(c.isdigit() for c in span)
        if span.startswith("(8"):  # «(8352) 45-67-89», or the trunk 8 inside: «(88352) 30 48 33»
            return digits in (10, 11)
        return digits == (10 if span.startswith("(") else 11)
    low, high = _DIGIT_COUNT.get(name or "", (0, 99))
    return low <= sum(c.isdigit() for c in span) <= high


# A table header cell naming phones: «телефон», «тел.», «моб. тел», «Phone»
_PHONE_HEADER = re.compile(
    r"(?i:(?<!\w)(?:тел(?:ефон\w*)?|моб(?:ильн\w*)?|сот(?:ов\w*)?|phone)(?!\w))"
)
# A town's local number at the start of a cell («624-01-67», «4-28-64», «(8112) 87-28-76»,
# «36-90-40, сосед»); full numbers are ``PhoneRecognizer``'s
_CELL_LOCAL = re.compile(r"(?:\(\d{3,5}\)\s?)?(?:\d{1,3}-\d{2}-\d{2}|\d{3}-\d{3})(?![\d\-]|[./]\d)")


class NamedPhoneRecognizer(NamedNumberRecognizer):
    """«тел. 8 - 912 - 345 - 67 - 89», «телефон: 8_912_345_67_89», «тел. 8..912..345..67..89»:
    after a phone's word, eleven digits from 7 or 8 (or +7) whatever stands between them, as
    a form's underlines or a careless hand leave them, or a mobile's ten from its 9 without
    the 8 («моб. 912 345 67 89»)."""

    ENTITY = E.PHONE
    DIGITS = (10, 11)
    WORDS = ("тел", "моб", "сот", "phone", "tel", "whatsapp", "viber", "звон")
    PATTERN = re.compile(
        r"(?<!\w)(?i:тел|моб|сот|phone|tel|whatsapp|viber|звон)\w*\.?"
        r"(?:(?!(?<!\w)(?i:снилс|паспорт|инн|полис))[^\d\n;]){0,25}?"
        r"(?P<num>(?<![\d+])(?:(?:\+\s?7|[78])(?:[ ._()/\-]{0,3}\d){10}"
        r"|9(?:[ ._()/\-]{0,3}\d){9})(?!\d))"
    )


class PhoneColumnRecognizer(SingleEntityRecognizer):
    """A town's local number alone in a table column headed «телефон»: the header is the
    calling word a number in a sentence has («тел. 4-28-64»)."""

    ENTITY = E.PHONE
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        results = []
        for start, end in cells_under(text, _PHONE_HEADER):
            m = _CELL_LOCAL.match(text, start, end)
            if m is not None:
                results.append((m.start(), m.end()))
        return results


# A town's local number standing alone: «73-91-41», «4-88-26», «713-62-11» (``_CELL_LOCAL``
# without its code). Alone it may be a code of some classifier («ТСР: 7-01-01») or a
# series, so it is a phone only where a contact is written (``LocalPhoneRecognizer``).
_LOCAL = re.compile(r"(?<![\w\-./№+,])\d{1,3}-\d{2}-\d{2}(?![\w\-]|[.,/]\d)")
# another phone right before, then a slash, a comma or «или»: «+7 (8332) 474-166 / 30-30-17»,
# «7(961)826-04-32 / 605-496», «+7 918.564.17.81 / 6-85-51» (a trunk 7 or 8, dots and
# typographic dashes too: «+7–928–410–15–55 / 3-17-20»)
_ANOTHER_PHONE = (
    r"(?:\+7|(?<![\w\-.])[78])[ \-.–—]?\(?\d{3,5}\)?(?:[ \-.–—]?\d){5,7}\s*(?:[/,;]|или)"
)
_ANOTHER_PHONE_BEFORE = re.compile(rf"{_ANOTHER_PHONE}\s*$")
_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_LOCAL_BEFORE = re.compile(
    r"(?:"
    # a calling word, «т.» and the English ones: «тел. приёмной», «по т.», «phone»
    r"(?<!\w)(?i:тел|звон|моб|сот|факс|fax|phone|tel|mob)\w*\.?(?:\s+[а-яё]+){0,2}"
    r"|(?<![\w.])(?:т\.|т/ф|(?i:раб|дом|сл|служ|конт|внутр)\.)"
    # a desk that answers calls: «бухгалтерия», «регистратура», «дежурная часть»
    r"|(?<!\w)(?i:бухгалтери|регистратур|при[её]мн|дежурн|справочн|диспетчер|ресепш|касс[аеыу]"
    r"|канцеляри|секретар|администратор|колл-центр|call-центр|горяч\w*\s+лини)\w*"
    r"(?:\s+[а-яё]+)?"
    # a person signing: «Исполнитель Быстрова Е.О.,», «Е.О. Быстрова,», «Анна Петровна,»
    rf"|{_NAME_WORD}\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?\s*,"
    rf"|(?<![\w.])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?{_NAME_WORD},"
    rf"|{_NAME_WORD}\s+{_NAME_WORD}(?:\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична))?,"
    # an address's last part: «…, корп. 3,», «…, д. 5,», «Ленина, 67,», «г. Бийск,»
    r"|(?<!\w)(?:д|дом|корп|корпус|к|стр|кв|оф|офис|зд|пом|лит)\.?\s*№?\s*\d{1,4}\s?[а-яА-Я]?"
    r"(?:/\d{1,4})?\s*,"
    rf"|{_NAME_WORD},\s*\d{{1,4}}\s?[а-яА-Я]?(?:/\d{{1,4}})?\s*,"
    rf"|(?<![\w.])(?:г|с|пос|пгт|рп)\.\s?{_NAME_WORD}\s*,"
    # another phone before it: «+7 (8332) 474-166 / 30-30-17», «…-41, 23-45-67»
    rf"|{_ANOTHER_PHONE}"
    r")\s*[:—–]?\s*$"
)
# an emergency or agency desk with its number in brackets: «вызвана СМП (4-88-26)»
_DESK_BRACKET = re.compile(
    r"(?:(?<![\w])(?:СМП|ЕДДС|ДЧ|ОП|ОВД|МЧС|ПЧ)|(?i:скор\w*(?:\s+помощ\w*)?|дежурн\w*\s+част\w*"
    r"|регистратур\w*|при[её]мн\w*(?:\s+отделени\w*)?|бухгалтери\w*|диспетчер\w*))"
    r"(?:\s*«[^»\n]{1,40}»)?\s*\(\s*$"
)
# …in spaces, a phone only right after a calling word: «тел. 48 24 99», «т. 2 48 26»
_LOCAL_SPACED = re.compile(r"(?<![\w\-./№+,]|\d[ .,\-])\d{1,3} \d{2} \d{2}(?![\w\-]| \d|[.,/]\d)")
# …in two groups, a village's five- or six-digit number: «тел. 253 357», «тел. ФАПа 524-11»
# (four digits, «тел. ЗАС 14-22», are an internal line's extension)
_LOCAL_TWO_GROUPS = re.compile(
    r"(?<![\w\-./№+,]|\d[ .,\-])(?:\d{3}[ -]\d{2,3}|\d{2}[ -]\d{3})(?![\w\-]|[ .,/]\d)"
)
# a calling word, and whose phone it is in a word or two: «тел. ФАПа», «тел. приёмной»
_CALLING_BEFORE = re.compile(
    r"(?:(?<!\w)(?i:тел|моб|сот|факс|phone|tel)\w*\.?(?:\s+[А-ЯЁа-яё]+){0,2}"
    r"|(?<![\w.])(?:т\.|т/ф))\s*:?\s*$"
)
# the same, the word itself a phone's («тела», «телеграмма» are not): for the two-group shape
_PHONE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?i:тел\.?|телефон(?:[ауеы]|ом|ов)?(?!\w)|моб\.?|мобильн\w*|сот\.?|сотов\w*|факс"
    r"|phone|tel\.?)"
    r"(?:\s+[А-ЯЁа-яё]+){0,2}\s*:?\s*$"
)
# …glued, five to seven digits: a phone only right after a calling word or «т.» («принял
# фельдшер Паршина, т. 50227») or a person signing with initials («Сагитов П.Э., 344536»)
_LOCAL_GLUED = re.compile(
    r"(?<![\w\-./№+,])\d{5,7}(?![\w\-]|[.,/]\d|,?\s*(?:г\.|[А-ЯЁ][а-яё]{2,}))"
)
_SIGNED_BEFORE = re.compile(
    rf"(?:{_NAME_WORD}\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?{_NAME_WORD}),\s*$"
)
# an extension after it: «73-91-41 доб. 214», «26-86-63 (доп., муж/жена)»
# …or whose phone it is in brackets: «— 728-979 (тел. фельдшерского пункта)»
_LOCAL_AFTER = re.compile(
    r"\s*\(?(?i:доб\.?\s*\d|доп\.|вн\.\s*\d|ext\.?\s*\d)|\s*\((?i:тел\.?|телефон)\s"
)
_LOOK_BACK = 60
# between two local numbers of one contact: «73-91-41, 73-91-42», «4-88-26 или 4-88-27»
_JOINED = re.compile(r"\s*(?:[/,;]|или)\s*")


class LocalPhoneRecognizer(SingleEntityRecognizer):
    """A town's local number («73-91-41», «4-88-26», «713-62-11») where a contact is
    written: after a calling word or «т.», a desk that answers calls, a person signing
    («Исполнитель Быстрова Е.О., 72-11-68»), an address's last part, another phone; in
    brackets after an emergency desk («СМП (4-88-26)»); before an extension («доб. 214»).
    Written in spaces («тел. 48 24 99»), only right after a calling word."""

    ENTITY = E.PHONE
    SCORE = 0.8  # over a document number's 0.75 for the same digits

    def spans(self, text: str) -> list[tuple[int, int]]:
        results: list[tuple[int, int]] = []
        for m in _LOCAL.finditer(text) if "-" in text else ():
            start, end = m.span()
            lo = max(0, start - _LOOK_BACK)
            joined = bool(results) and _JOINED.fullmatch(text[results[-1][1] : start])
            if (
                joined
                or _LOCAL_BEFORE.search(text, lo, start)
                or _DESK_BRACKET.search(text, lo, start)
                or _LOCAL_AFTER.match(text, end)
            ):
                results.append((start, end))
        for pattern, before in (
            (_LOCAL_SPACED, _CALLING_BEFORE),
            (_LOCAL_TWO_GROUPS, _PHONE_WORD_BEFORE),
        ):
            for m in pattern.finditer(text):
                if (
                    before.search(text, max(0, m.start() - 30), m.start())
                    or _ANOTHER_PHONE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    or _LOCAL_AFTER.match(text, m.end())
                ):
                    results.append(m.span())
        for m in _LOCAL_GLUED.finditer(text):
            lo = max(0, m.start() - _LOOK_BACK)
            if _CALLING_BEFORE.search(text, lo, m.start()) or _SIGNED_BEFORE.search(
                text, lo, m.start()
            ):
                results.append(m.span())
        return results


class EmailRecognizer(GatedPatternRecognizer):
    """E-mail addresses, Cyrillic (.рф) domains included."""

    GATES = {"email": ("@",)}

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.EMAIL,
            patterns=[
                Pattern(
                    "email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)", 0.9
                )
            ],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )


# ---------------------------------------------------------------- said in words ------

_UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
}  # fmt: skip
_TEENS = {
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19,
}  # fmt: skip
_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
}  # fmt: skip
_HUNDREDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TEENS, *_TENS, *_HUNDREDS], key=len, reverse=True))
# A phone said (an ASR transcript, a dictated note): «плюс семь 964 333 семьдесят один
# пятьдесят семь», «8 931 пятьсот тридцать восемь ноль шесть двадцать четыре», digit by
# digit «8 9 1 2 3 4 5 6 7 8 9» — a +7 or 8
# said or written, then digit groups and number words; ten digits after it (``_said``)
_SAID_PHONE = re.compile(
    rf"(?<!\w)(?:(?i:плюс\s+семь)|\+7|8|(?i:восемь))"
    # (a comma may close the code said in words: «восемь девятьсот тридцать семь, 234-30-83»)
    # (a town's code in brackets, the number in words: «8 (8712) шестьдесят семь …»)
    rf"(?:(?:[ \-]+|,[ ]?)(?:\(\d{{3,5}}\)|\d{{1,4}}|(?i:{_NUMBER_WORD})(?!\w)))+"
)
_SAID_TOKEN = re.compile(rf"\d+|(?i:{_NUMBER_WORD})(?!\w)")


def _said_digits(tokens: list[str]) -> list[str]:
    """Digit groups of number words and digits: «триста семьдесят три» → «373», «семьдесят
    один» → «71»; a word of tens or hundreds takes the smaller words after it."""
    groups: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i].lower()
        if tok.isdigit():
            groups.append(tok)
            i += 1
            continue
        value, width = None, 1
        if tok in _HUNDREDS:
            value, width = _HUNDREDS[tok], 3
            if i + 1 < len(tokens) and tokens[i + 1].lower() in _TEENS:
                i += 1
                value += _TEENS[tokens[i].lower()]
            elif i + 1 < len(tokens) and tokens[i + 1].lower() in _TENS:
                i += 1
                value += _TENS[tokens[i].lower()]
                if i + 1 < len(tokens) and tokens[i + 1].lower() in _UNITS:
                    i += 1
                    value += _UNITS[tokens[i].lower()]
            elif i + 1 < len(tokens) and tokens[i + 1].lower() in _UNITS:
                i += 1
                value += _UNITS[tokens[i].lower()]
        elif tok in _TENS:
            value, width = _TENS[tok], 2
            if i + 1 < len(tokens) and tokens[i + 1].lower() in _UNITS:
                i += 1
                value += _UNITS[tokens[i].lower()]
        elif tok in _TEENS:
            value, width = _TEENS[tok], 2
        else:
            value, width = _UNITS[tok], 1
        groups.append(str(value).zfill(width))
        i += 1
    return groups


class SpokenPhoneRecognizer(SingleEntityRecognizer):
    """A phone said in words, whole or in part, with ten digits after its +7 or 8."""

    ENTITY = E.PHONE
    SCORE = 0.8

    def spans(self, text: str) -> list[tuple[int, int]]:
        results = []
        # overlapped: a phone in digits before a said one («8 999 779-83-20, 8 (8712)
        # шестьдесят …») must not swallow its start
        for m in _SAID_PHONE.finditer(text, overlapped=True):
            words = _SAID_TOKEN.findall(m.group())
            dictated = sum(len(w) == 1 and w.isdigit() for w in words) >= 6
            if len(words) < 3 or (all(w.isdigit() for w in words) and not dictated):
                continue  # digits in groups are the other phone patterns' («8 9 1 2 …» is said)
            digits = "".join(_said_digits(words[1:]))
            if len(digits) == 10:
                results.append(m.span())
        return results
