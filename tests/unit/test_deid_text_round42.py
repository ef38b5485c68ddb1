"""Stop 42 (written from the real formats machines carry an identity paper in, not from a
corpus): a passport's or a birth certificate's series and number in an OMS register's
``<DOCSER>``/``<DOCNUM>``, a SEMD's ``<identity:Series>``, a tax form's ``СерДок``, JSON,
SQL, a log line, a CSV export with snake_case headers and an HL7 ``PID`` whose identifier
type is ``PPN`` — each part a span of its own; and the same keys on a drug's series, an
imaging series or a birth certificate's number, which are no passport."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.identity_fields import identity_fields
from tests.unit.text_findings import of_type

_SEMD = (
    '<identity:IdentityDoc><identity:IdentityCardType code="1" '
    'codeSystem="1.2.643.5.1.13.13.99.2.48" displayName="Паспорт гражданина Российской '
    'Федерации"/><identity:Series>4510</identity:Series><identity:Number>123456'
    "</identity:Number></identity:IdentityDoc>"
)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (_SEMD, {"4510", "123456"}),
        ("<DOCTYPE>14</DOCTYPE><DOCSER>45 10</DOCSER><DOCNUM>123456</DOCNUM>", {"45 10", "123456"}),
        ('{"docType": "21", "docSeries": "4510", "docNumber": "123456"}', {"4510", "123456"}),
        ('{"passport": {"series": "4510", "number": "123456"}}', {"4510", "123456"}),
        ("UPDATE patients SET passport_ser='4510', passport_no='123456';", {"4510", "123456"}),
        ("Документ: Паспорт РФ | Серия: 45 10 | Номер: 123456", {"45 10", "123456"}),
        ("Тип ДУЛ: Паспорт гражданина РФ; Серия ДУЛ: 4510; Номер ДУЛ: 123456", {"4510", "123456"}),
        ('<passport series="4510" number="123456"/>', {"4510", "123456"}),
        ('<ДокУдЛичн КодВидДок="21" СерДок="4510" НомДок="123456"/>', {"4510", "123456"}),
        ("ser=4510 num=123456 type=pasp", {"4510", "123456"}),
        ('doc_series: "4510"\ndoc_number: "123456"\ndoc_type: passport', {"4510", "123456"}),
        ("серия_паспорта;номер_паспорта;дата\n4510;123456;05.03.2015", {"4510", "123456"}),
        ('{"dul": "4510123456"}', {"4510123456"}),
        ('"identityDocument": {"type": "PASSPORT_RF", "value": "4510 123456"}', {"4510 123456"}),
        ("PID|1||4510 123456^^^PASSPORT_RF^PPN||Иванов^Иван", {"4510 123456"}),
        ("поле patient.passport.series = '4510' не соответствует маске", {"4510"}),
        ("ИдДУЛ: 14; СерияДУЛ: 4510; НомерДУЛ: 123456", {"4510", "123456"}),
        (
            '"identityDocumentSeries": "4510", "identityDocumentNumber": "123456"',
            {"4510", "123456"},
        ),
    ],
)
def test_a_passport_in_a_machines_fields(scrubber: TextScrubber, text: str, parts: set) -> None:
    assert parts <= of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    "text",
    [
        "<DOCTYPE>3</DOCTYPE><DOCSER>I-МЮ</DOCSER><DOCNUM>654321</DOCNUM>",
        '{"docType": "3", "docSeries": "I-МЮ", "docNumber": "654321"}',
        "child.birth_cert: series=I-МЮ number=654321",
    ],
)
def test_a_birth_certificate_in_a_machines_fields(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "BIRTH_CERT") == {"I-МЮ", "654321"}
    assert not of_type(scrubber, text, "PASSPORT")


def test_a_death_certificates_series_has_the_birth_shape_but_is_no_birth_certificate() -> None:
    """Every civil status paper's series is a Roman numeral and two letters."""
    text = '{"death_certificate": {"series": "II-МЮ", "number": "654321"}}'
    assert identity_fields(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"drug": "Амоксициллин", "series": "1020", "number": "567890"}',  # a drug's series
        '{"SeriesNumber": "3", "InstanceNumber": "1201"}',  # an imaging series
        "Препарат: Цефтриаксон, серия: 4510, номер упаковки: 123456",
        "ser=2024 num=000123 type=reagent",
        '{"value": "4510 123456", "unit": "мг"}',  # a value named for nothing of a person's
        "PID|1||77812^^^MIS^MR||Петров^Пётр",  # a record number, not a passport
    ],
)
def test_the_same_keys_on_other_things_are_no_passport(text: str) -> None:
    assert identity_fields(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"deceased": {"passport": "4510 123456"}, '
        '"certificate": {"form": "106/у", "series": "4510", "number": "654321"}}',
        '{"passport": "4510 123456", "МСС": "ф. 106/у-2022", "series": "4510", "number": "654321"}',
        '{"passport": "4510 123456", "запись акта о смерти": {"number": "654321"}}',
    ],
)
def test_another_papers_fields_after_the_passport_are_that_papers(text: str) -> None:
    """A paper named between the passport and bare «series»/«number» keys owns them."""
    assert [text[start:end] for _, start, end in identity_fields(text)] == ["4510 123456"]


@pytest.mark.parametrize(
    ("text", "snils"),
    [
        ("СНИЛС: 1 2 3 - 4 5 6 - 7 8 9  0 1", "1 2 3 - 4 5 6 - 7 8 9  0 1"),  # a form's cells
        ("СНИЛС 123 - 456 - 789 01", "123 - 456 - 789 01"),
        ("СНИЛС 123–456–789 01", "123–456–789 01"),  # en dashes
        ("СНИЛС 123_456_789 01", "123_456_789 01"),
        ("Снилс ребенка-123-456-789 01", "123-456-789 01"),  # a hyphen run on from the word
        ("СНИЛС123-456-789 01", "123-456-789 01"),  # the name run into the number
    ],
)
def test_a_snils_after_its_name_as_a_hand_writes_it(
    scrubber: TextScrubber, text: str, snils: str
) -> None:
    assert of_type(scrubber, text, "SNILS") == {snils}


def test_a_named_number_does_not_start_inside_another() -> None:
    """A hyphen after a digit joins two parts of one number: no SNILS starts after it."""
    from ozero.deid.text.recognizers import NamedSnilsRecognizer

    assert NamedSnilsRecognizer().spans("СНИЛС: 9-123-456-789 01") == []


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("И.б. 0345, отделение хирургии", "0345"),  # a case history cut short by dots
        ("ист.б. 2024/778", "2024/778"),
        ("ист. родов 5521", "5521"),
        ("и/б1234", "1234"),  # run in: «б» is the abbreviation's, not OCR's 6
        ("ИБ-778 закрыта", "ИБ-778"),  # the paper's letters, then a short number
        ("обр.33442", "33442"),  # a sample
    ],
)
def test_a_record_under_its_abbreviated_paper(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Обр. 2 раза в день раствором 0,05%",  # «обр.» a treatment, a count after it
        "ИБС-2 ст.",  # a disease's stage, no paper's letters
        "Код ИБ-12",  # two digits: too short for a number
        "и/б пациента",
        "Тип. «Печатный двор», зак. 1388, тир. 10 000 экз.",  # a printing house's order
    ],
)
def test_abbreviations_with_no_record_after_them(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            '{"city": "Казань", "street": "Баумана", "house": "5", "flat": "12"}',
            {"Баумана", "5", "12"},
        ),
        ("<address><street>Баумана</street><house>5</house><flat>12</flat></address>", {"5", "12"}),
        ("city=Казань street=Баумана house=5 flat=12", {"Казань", "Баумана", "5", "12"}),
        ("Город: Казань; Улица: Баумана; Дом: 5; Квартира: 12", {"Баумана", "5", "12"}),
        ("Населённый пункт | Улица | Дом | Кв.\nКазань | Баумана | 5 | 12", {"Баумана", "5", "12"}),
        ("<fias:Street>Баумана</fias:Street><fias:House>5</fias:House>", {"Баумана", "5"}),
    ],
)
def test_an_address_given_part_by_part_in_fields(
    scrubber: TextScrubber, text: str, parts: set
) -> None:
    assert not parts - of_type(scrubber, text, "ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Moscow, ul. Lenina, d. 5, kv. 12", "Moscow, ul. Lenina, d. 5, kv. 12"),
        ("Home address: ul. Baumana 5-12, Kazan, Russia", "ul. Baumana 5-12, Kazan, Russia"),
        (
            "Чеченская Респ., г. Грозный, ул. Мира, д. 10",
            "Чеченская Респ., г. Грозный, ул. Мира, д. 10",
        ),
        ("г.о. Самара, вн.р-н Ленинский, ул. Садовая, д. 5", "вн.р-н Ленинский, ул. Садовая, д. 5"),
    ],
)
def test_an_address_transliterated_or_as_the_register_abbreviates_it(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert any(address in found for found in of_type(scrubber, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        '{"room": "12", "house": "A"}',  # a ward's room: no address part beside it
        "Дом: 5",  # one field alone
        "per Protocol 5 subjects",  # English, no transliterated street
        "see pl. Figure 3",
        "Отделение: хирургия; Палата: 12; Койка: 3",
    ],
)
def test_no_address_in_fields_of_other_things(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Направлен из направившей МО для консультации",  # «МО»: a medical organisation
        "Прикреплён к другой МО по месту жительства",
    ],
)
def test_a_medical_organisation_after_its_adjective_is_no_district(
    scrubber: TextScrubber, text: str
) -> None:
    """«МО» after an adjective is a medical organisation far more often than a municipal
    district («Предгорный МО»): not read as an address part."""
    assert not of_type(scrubber, text, "ADDRESS")


def test_initials_are_no_abbreviated_history() -> None:
    """«И.б.» is a case history; «И.Б.» a person's initials."""
    from ozero.deid.text.recognizers.lexicon import DOC, two_word_head

    assert two_word_head("И", "б") == DOC
    assert two_word_head("И", "Б") is None


@pytest.mark.parametrize("text", ["полис ОМС-55123 выдан", "ИНН-123456"])
def test_a_short_number_run_into_a_numbers_name_stays_a_record(
    scrubber: TextScrubber, text: str
) -> None:
    """Only a SNILS the SNILS rule reads whole leaves the lettered-code reading."""
    assert of_type(scrubber, text, "RECORD_ID")


def test_a_case_number_after_a_person_and_a_slash(scrubber: TextScrubber) -> None:
    """A register's table cell: the person, a slash, his case number with its year."""
    text = "| 1TH190 | Галимзянов И.Р. / 3528/26 | ДВУ |"
    assert "3528/26" in of_type(scrubber, text, "RECORD_ID")
    assert not of_type(scrubber, "Иванов И.И. / 120/80 мм", "RECORD_ID")  # a pressure


@pytest.mark.parametrize(
    "text",
    [
        "Республика Тыва, Тес-Хемский кожуун, сумон Шуурмак, ул. Мира, 3",
        "Архангельская обл., Пинежский р-н, д. Веркола, Веркольский с/с, д. 12",
        "Кировская обл., починок Новый, д. 3",
        "Ленинградская обл., КП «Юкки Парк», д. 7",
        "Воронежская обл., выселки Красные, д. 2",
        "Иркутская обл., ж/д ст. Зима, ул. Вокзальная, 1",
        "Томская обл., Каргасокский р-н, заимка Медвежья, д. 1",
    ],
)
def test_the_registers_rarer_rural_settlements(scrubber: TextScrubber, text: str) -> None:
    """Every letter and digit of the address is covered."""
    covered = {
        i for f in scrubber.analyze(text) if f.type == "ADDRESS" for i in range(f.start, f.end)
    }
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())
