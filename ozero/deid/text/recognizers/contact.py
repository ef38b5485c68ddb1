"""Phones and e-mail: contact details written in Russian conventions (addresses:
``addresses.py``)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.identifiers import FLAGS

_SEP = r"[ \-]?"


# «тел.», «Телефон для связи:», «телефон матери» (up to two words, then a colon or not)
_PHONE_WORD = r"(?<=(?i:тел)\w*\.?(?:\s+[а-яё]+){0,2}\s*:?\s{0,3})"
# «Звонила 2-33-41-07», «моб. 233-41-07»: a town's seven-digit local number after a word of
# calling (without one, «2-33-41-07» may as well be a code of some register)
_CALL_WORD = r"(?<=(?i:тел|звон|моб|сот)\w*\.?(?:\s+[а-яё]+){0,2}\s*:?\s{0,3})"
_DIGIT_COUNT = {
    "phone_grouped": (11, 11),
    "phone_international": (10, 13),
    "phone_area_parens": (10, 10),
}


class PhoneRecognizer(PatternRecognizer):
    """Russian phone numbers: ``+7 (XXX) XXX-XX-XX``, ``8-XXX-XXX-XX-XX``, ``+7XXXXXXXXXX``."""

    def __init__(self) -> None:
        body = rf"{_SEP}(?:\(\d{{3,5}}\)|\d{{3}}){_SEP}\d{{1,3}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?!\d)"
        super().__init__(
            supported_entity=E.PHONE,
            patterns=[
                Pattern("phone_plus7", rf"(?<![\d+])\+7{body}", 0.75),
                Pattern(
                    "phone_8_formatted",
                    # 11 digits in all: a bare «8810 691065» is a passport, not a phone
                    rf"(?<![\d+\-])8[ \-]?(?:\(\d{{3,5}}\)[ \-]?\d{{1,3}}|\d{{3}}[ \-]\d{{3}})"
                    rf"{_SEP}\d{{2}}{_SEP}\d{{2}}(?![\d\-])",
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
                    r"(?<![\d+\-./])[78](?:[ \-]?\(?\d{3,5}\)?)(?:[ \-]?\d{1,4}){1,4}"
                    r"(?![\d\-]|[./]\d)",
                    0.6,
                ),
                # «(343) 297-18-40»: a city code in brackets and the number, no 8 or +7
                # before it; ten digits in all (checked in ``analyze``)
                Pattern(
                    "phone_area_parens",
                    r"(?<![\w+)\-])\(\d{3,5}\)\s?\d{1,3}[ \-]?\d{2}[ \-]?\d{2}(?![\d\-]|[./]\d)",
                    0.65,
                ),
                Pattern(
                    "phone_local_7_after_call_word",
                    rf"(?<![\d\-])(?=\d){_CALL_WORD}(?:\d-\d{{2}}|\d{{3}})-\d{{2}}-\d{{2}}(?![\d\-]|[./]\d)",
                    0.6,
                ),
                # a foreign number: «+375 29 123-45-67», «+992 93 555 44 33»
                Pattern(
                    "phone_international",
                    r"(?<![\d+])\+[1-689]\d{0,2}(?:[ \-]?\(?\d{1,4}\)?){2,5}(?![\d])",
                    0.7,
                ),
            ],
            context=["тел", "моб", "phone", "звон", "контакт"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):  # noqa: ANN001, ANN201
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if _digit_count_fits(r, text[r.start : r.end])]


def _digit_count_fits(result, span: str) -> bool:  # noqa: ANN001 - a RecognizerResult
    explanation = result.analysis_explanation
    name = explanation.pattern_name if explanation is not None else None
    low, high = _DIGIT_COUNT.get(name or "", (0, 99))
    return low <= sum(c.isdigit() for c in span) <= high


class EmailRecognizer(PatternRecognizer):
    """E-mail addresses, Cyrillic (.рф) domains included."""

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
