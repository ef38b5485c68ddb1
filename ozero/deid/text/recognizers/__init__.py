"""Russian PHI recognizers for Presidio, one small class per kind of identifier."""

from ozero.deid.text.recognizers.contact import (
    AddressRecognizer,
    EmailRecognizer,
    PhoneRecognizer,
)
from ozero.deid.text.recognizers.dates import DateRecognizer
from ozero.deid.text.recognizers.identifiers import (
    EnpRecognizer,
    InnRecognizer,
    PassportRecognizer,
    SnilsRecognizer,
)
from ozero.deid.text.recognizers.known import KnownIdentifiers, KnownIdentifiersRecognizer
from ozero.deid.text.recognizers.names import PersonNameRecognizer
from ozero.deid.text.recognizers.ner import NatashaRecognizer
from ozero.deid.text.recognizers.records import BirthCertificateRecognizer, RecordNumberRecognizer
from ozero.deid.text.recognizers.surname import SurnameRecognizer


def default_recognizers() -> list:
    """The document-independent recognizers, in no particular order (overlaps resolved later)."""
    return [*rule_recognizers(), NatashaRecognizer()]


def rule_recognizers() -> list:
    """Every default recognizer but natasha's NER (the scrubber runs NER in a second pass)."""
    return [
        SnilsRecognizer(),
        EnpRecognizer(),
        InnRecognizer(),
        PassportRecognizer(),
        PhoneRecognizer(),
        EmailRecognizer(),
        AddressRecognizer(),
        DateRecognizer(),
        BirthCertificateRecognizer(),
        RecordNumberRecognizer(),
        PersonNameRecognizer(),
        SurnameRecognizer(),
    ]


__all__ = [
    "AddressRecognizer",
    "BirthCertificateRecognizer",
    "PersonNameRecognizer",
    "RecordNumberRecognizer",
    "DateRecognizer",
    "EmailRecognizer",
    "EnpRecognizer",
    "InnRecognizer",
    "KnownIdentifiers",
    "KnownIdentifiersRecognizer",
    "NatashaRecognizer",
    "PassportRecognizer",
    "PhoneRecognizer",
    "SnilsRecognizer",
    "SurnameRecognizer",
    "default_recognizers",
    "rule_recognizers",
]
