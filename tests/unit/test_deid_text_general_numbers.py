"""The general model of a record number: a «№»/«номер» or a governing word, then a number
shaped like an identifier, is a record unless something public or clinical owns it (a legal
act, a device's serial, a facility, a room, a dose, a code). Sentences written for these
tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.lexicon import identifier_shaped
from ozero.deid.text.recognizers.places import not_a_residence
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Анализ мочи № 1І47 от 03.04.", "1І47"),  # a Ukrainian «І» typed for a one
        ("Карта вызова № 44O7 от 03.04.2025", "44O7"),  # a Latin «O» for a zero
        ("Присвоен №—4471/25.", "4471/25"),
        ("Учётная форма № 112/у, номер 5531.", "5531"),
        ("Форма 030/у: 004471", "004471"),
        ("Код пациента в МИС: 0045127", "0045127"),
        ("Браслет пациента: 2025-0041-77", "2025-0041-77"),
        ("Военный билет АБ 1234567 выдан военкоматом.", "АБ 1234567"),  # the series with its number
        ("Вид на жительство иностранного гражданина 82 1234567", "82 1234567"),
        ("Присвоен регномер 4471.", "4471"),
        ("LIS order: 25-004411", "25-004411"),
        ("Barcode 4607001234567", "4607001234567"),
        ("Эндопротез тазобедренного сустава, серийный № 12345-А", "12345-А"),
    ],
)
def test_a_number_shaped_like_an_identifier_is_a_record(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Стандарт медицинской помощи № 1234н.",  # a regulation's number, no head needed
        "Рег. уд. № РЗН 2015/1234.",  # a device's public registration
        "Анализатор Sysmex XN-1000 серийный № 12345.",  # the lab's equipment
        "Алкотектор «Юпитер» зав. № 012345, поверка до 20.05.2025.",
        "Тариф № 1.2.3 ОМС.",  # a clause's numbering
        "Зубы 36, 37. Протез № 2.",  # «протез» is no «прот.» (протокол)
        "Диагноз J18.9, услуга A06.09.007.",
        "По приказу Минздрава № 203н от 10.05.2017.",
        "Госпитализирована в ГКБ № 52, палата № 5.",
        "Метформин 500 мг № 60.",
        "Приказ по личному составу № 12/345-к",  # an organisation's order, even about one
        "(со слов, документов нет), адрес со слов: 197892, Ставропольский кр., д. Ивановка",
    ],
)
def test_a_public_or_clinical_number_stays(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_clause_numbering_and_decimals_are_no_identifiers() -> None:
    assert not identifier_shaped("1.2.3")
    assert not identifier_shaped("12.5")
    assert identifier_shaped("77.0001.00451.24")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Свидетельство о заключении брака, выданное отделом ЗАГС Кировского района "
            "г. Казани, I-КБ № 604118.",
            "I-КБ № 604118",
        ),
        (
            "Свидетельство о смерти выдано Отделом ЗАГС администрации района 12.03.2024: "
            "II-ИР № 771245.",
            "II-ИР № 771245",
        ),
    ],
)
def test_a_far_named_civil_act_is_no_birth(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")
    assert not of_type(scrubber, text, "BIRTH_CERT")


def test_a_birth_certificate_stays_one(scrubber: TextScrubber) -> None:
    text = "Свидетельство о рождении I-МЮ № 123456 выдано."
    assert of_type(scrubber, text, "BIRTH_CERT") == {"I-МЮ № 123456"}


def test_a_foreign_passport_after_a_cut_short_country(scrubber: TextScrubber) -> None:
    text = "Паспорт гражданина Респ. Таджикистан 670140383"
    assert of_type(scrubber, text, "PASSPORT") == {"670140383"}
    assert not of_type(scrubber, text, "PERSON", "LOCATION", "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Анализатор Beckman Coulter AU480. Калибратор лот 4417, контроль уровня 2.",
        "Пропофол 120 мг в/в дробно. Холедох расширен до 14 мм.",
        "3. Пол: муж.",
        "Хронический гастрит, H. pylori (+).",
    ],
)
def test_terms_are_no_people(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "г. Кострома                         09.09.2025",
        "г. Казань                                    12 марта 2025 г.",
        "Лабораторию ООО «Инвитро», г. Санкт-Петербург.",
        "Филиал № 2 ГП № 214, Зеленоград.",
        "Бригада СМП подстанции № 5 Центрального района.",
    ],
)
def test_a_place_that_is_no_residence(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Проживает: г. Тверь, ул. Склизкова, д. 48, кв. 9.",
        "Живёт в д. Ивантеевка Кимрского района.",
        "Адрес: г. Кострома, ул. Ленина, д. 5   09.09.2025",
        "Место рождения: с. Ивановка Курской обл.",  # a birthplace narrows a person down too
    ],
)
def test_a_residence_stays(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "ADDRESS")


def test_not_a_residence_needs_a_field_or_a_dateline() -> None:
    text = "Переехала в г. Орёл 12.03.2025"
    assert not not_a_residence(text, text.index("г."), text.index(" 12"))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("KAPTA ВЫЗОВА № 4407 от 03.04.2025", "4407"),  # Latin look-alikes
        ("Istoriya bolezni 4471/25", "4471/25"),  # a transliteration
        ("Пробирки: фиолетовая крышка — 4607001234567; красная — 4607001234574.", "4607001234574"),
        ("Пробирка 1: 4607001234567", "4607001234567"),
        ("Присвоен № 77 0001 00451 24.", "77 0001 00451 24"),
        ("Присвоен № 12-АБ.", "12-АБ"),
        ("Анализ № 2031 готов.", "2031"),
        ("Донор № 12 включён.", "12"),
        ("Решение по делу № 45 вступило в силу.", "45"),
        ("Жалоба № 45 рассмотрена.", "45"),
        ("Постановление о назначении экспертизы № 4471 от 12.03.2025", "4471"),
        ("Паспорт импланта № 25-4471", "25-4471"),
        ("УИД 77RS0001-02-2025-001234-56", "77RS0001-02-2025-001234-56"),
        ("Микропрепарат S25-1187-2", "S25-1187-2"),
        ("Направление на госпитализацию в плановом порядке 2025/04412", "2025/04412"),
    ],
)
def test_more_record_shapes(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "ООО «Медицина», ОГРН 1027700000000, КПП 770101001, р/с 40702810900000012345.",
        "Звоните 9161234567.",
        "1859898730 ИНН организации.",
        "Жалобы на головную боль. АД 165/100.",
        "Kabinet 215",
        "В 2031 году.",
        "Приказ № 12 2025 г.",
        "Палата № 5, 10 коек.",
        "Дело в том, что 12 пациентов.",
    ],
)
def test_more_numbers_that_stay(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_cyrillic_readings() -> None:
    from ozero.deid.text.recognizers.latin import cyrillic_readings

    assert "КАРТА" in cyrillic_readings("KAPTA")
    assert "история" in cyrillic_readings("istoriya")
    assert cyrillic_readings("карта") == ()
    assert cyrillic_readings("CT") == ()  # a modality, not «ст.»


def test_a_roman_series_under_another_paper_is_no_birth(scrubber: TextScrubber) -> None:
    text = "Паспорт СССР серия IV-АБ № 123456 выдан в 1985 г."
    assert not of_type(scrubber, text, "BIRTH_CERT")
    text = "Документ, удостоверяющий личность: I-МЮ № 123456."
    assert of_type(scrubber, text, "BIRTH_CERT") == {"I-МЮ № 123456"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Разрешение на временное проживание 1234/2024", "1234/2024"),
        ("Visit: 2025-4471", "2025-4471"),
        ("Req#: 4471", "4471"),
        ("Код направления: 4471-25", "4471-25"),
    ],
)
def test_labels_in_other_words(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Выдана для представления в ГАПОУ «Казанский медицинский колледж».",
        "13.1 Алкотектор «Юпитер» зав. № 012345.",
        "Микро: хронический атрофический гастрит, H. pylori (+).",
    ],
)
def test_names_of_organisations_brands_and_genera_are_no_people(
    scrubber: TextScrubber, text: str
) -> None:
    assert not of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пришлите, пожалуйста, номер гистологии по Трофимовой.", "Трофимовой"),
        ("Врач Иванов «Горздрав» уведомил.", "Иванов"),
    ],
)
def test_people_beside_quotes_and_after_po(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_a_method_after_po_stays_an_eponym(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Анализ мочи по Нечипоренко.", "PERSON")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Проведено КТ18976 и МРТ367654.", "МРТ367654"),
        ("Направление № 4607\u00a00012\u00a03456", "4607\u00a00012\u00a03456"),
    ],
)
def test_glued_and_spaced_numbers(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize("text", ["Анализатор XN10000.", "Препарат ЛП001234.", "С 12–14 марта."])
def test_models_registrations_and_ranges_stay(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Войсковая часть 12345, г. Курск.",
        "Трансплантация выполнена в НИИ СП им. Н.В. Склифосовского (Москва).",
        "Прививка в ФАП д. Ивановка.",
        "Переведён из района в Сыктывкар, РКБ.",
        "Переведена в г. Курск (ОКБ).",
    ],
)
def test_an_agency_s_town_is_no_address(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")


def test_a_full_address_before_an_agency_stays(scrubber: TextScrubber) -> None:
    text = "Откуда: ЯНАО, Тазовский р-н, с. Гыда, ФАП."
    assert of_type(scrubber, text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("пишу отзыв про гинеколога семенову, приём был в среду", "семенову"),
        ("записалась к терапевту ивановой на среду", "ивановой"),
    ],
)
def test_a_lower_case_surname_after_a_role(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_a_lower_case_adjective_after_a_role_is_no_person(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "осмотр терапевта приёмного отделения", "PERSON")


def test_capitals_are_no_flat(scrubber: TextScrubber) -> None:
    assert "1107/3" in of_type(scrubber, "КВ № 1107/3 от 21.07.2025", "RECORD_ID")
    assert not of_type(scrubber, "ул. Ленина, д. 5, кв. № 12", "RECORD_ID", "OTHER_ID")
