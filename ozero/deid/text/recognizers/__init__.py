"""Russian PHI recognizers for Presidio, one small class per kind of identifier."""

from ozero.deid.text.recognizers.address_fields import AddressFieldRecognizer
from ozero.deid.text.recognizers.addresses import AddressRecognizer
from ozero.deid.text.recognizers.bilingual import TransliteratedNameRecognizer
from ozero.deid.text.recognizers.cda import CdaIdRecognizer, CdaNameRecognizer
from ozero.deid.text.recognizers.columns import IdentifierColumnRecognizer
from ozero.deid.text.recognizers.contact import (
    EmailRecognizer,
    LocalPhoneRecognizer,
    NamedPhoneRecognizer,
    PhoneColumnRecognizer,
    PhoneRecognizer,
    SpokenPhoneRecognizer,
)
from ozero.deid.text.recognizers.dates import DateRecognizer
from ozero.deid.text.recognizers.dicom_dump import DicomDumpRecognizer
from ozero.deid.text.recognizers.digits import LongDigitsRecognizer
from ozero.deid.text.recognizers.documents import (
    DocumentNumberRecognizer,
    NumeroRecognizer,
    SeriesNumberRecognizer,
    TableColumnRecognizer,
)
from ozero.deid.text.recognizers.given_names import GivenNameBeforePhoneRecognizer
from ozero.deid.text.recognizers.hl7 import Hl7Recognizer
from ozero.deid.text.recognizers.identifiers import (
    EnpRecognizer,
    InnRecognizer,
    NamedEnpRecognizer,
    NamedInnRecognizer,
    NamedSnilsRecognizer,
    PassportColumnRecognizer,
    PassportRecognizer,
    SeafarerIdRecognizer,
    SnilsRecognizer,
)
from ozero.deid.text.recognizers.identity_fields import IdentityFieldRecognizer
from ozero.deid.text.recognizers.initials import InitialsRecognizer
from ozero.deid.text.recognizers.keyed import KeyedIdRecognizer
from ozero.deid.text.recognizers.known import KnownIdentifiers, KnownIdentifiersRecognizer
from ozero.deid.text.recognizers.labelled_capitals import LabelledCapitalsRecognizer
from ozero.deid.text.recognizers.latin_addresses import LatinAddressRecognizer
from ozero.deid.text.recognizers.latin_surnames import LatinSurnameRecognizer
from ozero.deid.text.recognizers.name_columns import (
    LabelledLatinNameRecognizer,
    NameColumnRecognizer,
)
from ozero.deid.text.recognizers.names import PersonNameRecognizer
from ozero.deid.text.recognizers.ner import NatashaRecognizer
from ozero.deid.text.recognizers.positions import PositionRecordRecognizer
from ozero.deid.text.recognizers.records import (
    AccessionRecognizer,
    BirthCertificateRecognizer,
    BookingReferenceRecognizer,
    CivilCertificateRecognizer,
    ConsultationNumberRecognizer,
    DonationNumberRecognizer,
    LetteredCodeRecognizer,
    PersonnelNumberRecognizer,
    StudyInBracketsRecognizer,
    UrlIdentifierRecognizer,
    UuidRecognizer,
)
from ozero.deid.text.recognizers.surname import SurnameRecognizer


def default_recognizers(keep_room_numbers: bool = True) -> list:
    """The document-independent recognizers, in no particular order (overlaps resolved later)."""
    return [*rule_recognizers(keep_room_numbers), NatashaRecognizer()]


def rule_recognizers(keep_room_numbers: bool = True) -> list:
    """Every default recognizer but natasha's NER (the scrubber runs NER in a second pass).

    ``keep_room_numbers=False`` reports ward and room numbers («палата № 5») as OTHER_ID."""
    return [
        SnilsRecognizer(),
        NamedSnilsRecognizer(),
        EnpRecognizer(),
        NamedEnpRecognizer(),
        InnRecognizer(),
        NamedInnRecognizer(),
        KeyedIdRecognizer(),
        PassportRecognizer(),
        PassportColumnRecognizer(),
        IdentityFieldRecognizer(),
        SeafarerIdRecognizer(),
        TransliteratedNameRecognizer(),
        PhoneRecognizer(),
        NamedPhoneRecognizer(),
        PhoneColumnRecognizer(),
        LocalPhoneRecognizer(),
        SpokenPhoneRecognizer(),
        EmailRecognizer(),
        AddressRecognizer(),
        AddressFieldRecognizer(),
        LatinAddressRecognizer(),
        DateRecognizer(),
        Hl7Recognizer(),
        CdaIdRecognizer(),
        CdaNameRecognizer(),
        BirthCertificateRecognizer(),
        BookingReferenceRecognizer(),
        PersonnelNumberRecognizer(),
        StudyInBracketsRecognizer(),
        ConsultationNumberRecognizer(),
        CivilCertificateRecognizer(),
        AccessionRecognizer(),
        UuidRecognizer(),
        DonationNumberRecognizer(),
        DicomDumpRecognizer(),
        LetteredCodeRecognizer(),
        UrlIdentifierRecognizer(),
        LongDigitsRecognizer(),
        NumeroRecognizer(keep_room_numbers),
        SeriesNumberRecognizer(),
        DocumentNumberRecognizer(),
        TableColumnRecognizer(),
        IdentifierColumnRecognizer(),
        PositionRecordRecognizer(),
        PersonNameRecognizer(),
        NameColumnRecognizer(),
        LabelledLatinNameRecognizer(),
        LatinSurnameRecognizer(),
        LabelledCapitalsRecognizer(),
        SurnameRecognizer(),
        InitialsRecognizer(),
        GivenNameBeforePhoneRecognizer(),
    ]


__all__ = [
    "AccessionRecognizer",
    "DonationNumberRecognizer",
    "AddressRecognizer",
    "BirthCertificateRecognizer",
    "BookingReferenceRecognizer",
    "CdaIdRecognizer",
    "CdaNameRecognizer",
    "CivilCertificateRecognizer",
    "DocumentNumberRecognizer",
    "NumeroRecognizer",
    "NameColumnRecognizer",
    "LabelledLatinNameRecognizer",
    "LatinSurnameRecognizer",
    "LabelledCapitalsRecognizer",
    "PersonNameRecognizer",
    "SeriesNumberRecognizer",
    "DateRecognizer",
    "DicomDumpRecognizer",
    "EmailRecognizer",
    "EnpRecognizer",
    "NamedEnpRecognizer",
    "NamedInnRecognizer",
    "NamedPhoneRecognizer",
    "NamedSnilsRecognizer",
    "GivenNameBeforePhoneRecognizer",
    "Hl7Recognizer",
    "IdentifierColumnRecognizer",
    "InnRecognizer",
    "KeyedIdRecognizer",
    "KnownIdentifiers",
    "KnownIdentifiersRecognizer",
    "LetteredCodeRecognizer",
    "PersonnelNumberRecognizer",
    "StudyInBracketsRecognizer",
    "ConsultationNumberRecognizer",
    "LocalPhoneRecognizer",
    "LongDigitsRecognizer",
    "NatashaRecognizer",
    "PassportColumnRecognizer",
    "SeafarerIdRecognizer",
    "TransliteratedNameRecognizer",
    "PassportRecognizer",
    "PhoneColumnRecognizer",
    "PhoneRecognizer",
    "PositionRecordRecognizer",
    "SnilsRecognizer",
    "SpokenPhoneRecognizer",
    "SurnameRecognizer",
    "InitialsRecognizer",
    "UuidRecognizer",
    "TableColumnRecognizer",
    "UrlIdentifierRecognizer",
    "default_recognizers",
    "rule_recognizers",
]
