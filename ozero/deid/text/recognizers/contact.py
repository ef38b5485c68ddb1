"""Phones and e-mail: contact details written in Russian conventions (addresses:
``addresses.py``)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.identifiers import FLAGS

_SEP = r"[ \-]?"


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
                    r"(?<=(?i:тел)\w*\.?:?\s{0,3})\d{3}-\d{2}-\d{2}(?![\d-])",
                    0.7,
                ),
            ],
            context=["тел", "моб", "phone", "звон", "контакт"],
            supported_language=E.LANGUAGE,
            global_regex_flags=FLAGS,
        )


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
