"""The eighth round of the Russian free-text rules, one class each: dotted phones, local
numbers in a phone column, trial participants' numbers, a number after «номер … —», a number
before «— номер <document>», lettered codes with a slash, colon-grouped numbers, series and
number cells under a prescription header, a dated number behind a facility's name, equipment
lent home and board numbers kept, a trial's permit kept, addresses in lower case and
dictated in words. Sentences written for these tests (synthetic values, none taken from a
corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

# ------------------------------------------------------------------ phones -----------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Перезвоните мне на +7.913.205.44.18 после обеда.", "+7.913.205.44.18"),
        ("Контакт дочери: 8.921.730.06.52, вечером.", "8.921.730.06.52"),
        ("Вопросы по записи: +7.999.101.20.33.", "+7.999.101.20.33"),
    ],
)
def test_dotted_phones(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Версия прошивки 8.123.456.78.90.1 установлена.",
        "Дата 8.12.2024, доза 7.5 мг.",
        "Код 7.123.45.67.89 в справочнике.",
    ],
)
def test_dotted_numbers_that_are_no_phones(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


_CALLS = (
    "№ | ФИО | адрес | телефон | повод\n"
    "1 | Дроздов К.П. | г. Тула, ул. Мира, д. 4 | 518-27-93 | давление\n"
    "2 | Сазонова Л.Е. | г. Тула, ул. Луговая, д. 11 | 3-72-05, соседка | рецепт"
)


def test_local_number_in_a_phone_column(scrubber: TextScrubber) -> None:
    phones = of_type(scrubber, _CALLS, "PHONE_NUMBER")
    assert {"518-27-93", "3-72-05"} <= phones


def test_local_shape_in_another_column_is_no_phone(scrubber: TextScrubber) -> None:
    text = (
        "№ | ФИО | шифр | повод\n"
        "1 | Дроздов К.П. | 518-27-93 | давление\n"
        "2 | Сазонова Л.Е. | 372-05-11 | рецепт"
    )
    assert not of_type(scrubber, text, "PHONE_NUMBER")


# -------------------------------------------------------------- record numbers -------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Мой идентификационный номер участника: 731-204. Подпись участника ____", "731-204"),
        ("Ваш клиентский номер в СФР — 615203948. Вопросы по телефону.", "615203948"),
        ("пациентки, 03.02.1971 г.р. (4127/25 — номер истории болезни), с диагнозом", "4127/25"),
        (
            "Медицинское заключение о годности к службе\n№ ВКС/517-29 от 12.04.2026\nВыдано",
            "ВКС/517-29",
        ),
        ("Медицинское заключение\nN 31:07:5521904\nВыдано гражданину", "31:07:5521904"),
        (
            "Заключение врача-нарколога ГБУЗ «Городской наркологический диспансер» № 6190 "
            "от 14.03.2026; анализы прилагаются.",
            "6190",
        ),
    ],
)
def test_record_numbers(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_randomisation_column(scrubber: TextScrubber) -> None:
    text = (
        "Скрин. № | ФИО | Рандомизационный №\n"
        "204-011 | Фомин Р.А. | R5820\n"
        "204-013 | Лаптева О.Н. | R5826"
    )
    assert {"R5820", "R5826"} <= of_type(scrubber, text, "RECORD_ID")


def test_series_and_number_cells_under_a_prescription_header(scrubber: TextScrubber) -> None:
    text = (
        "№ п/п;серия и номер рецепта;ФИО;препарат\n"
        "1;4512 730418;Гусев Т.А.;Метформин\n"
        "2;4519№284066;Ершова В.Д.;Инсулин"
    )
    found = of_type(scrubber, text, "RECORD_ID")
    assert {"4512 730418", "4519№284066"} <= found
    assert not of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Концентратор кислорода Atmung 5L, заводской № 2023-558120, исправен.",
        "Вылет вертолёта, бортовой номер RA-51207, бригада 3.",
        "Получено разрешение Минздрава на проведение КИ № 741 от 02.02.2026.",
        "Лицензия ГБУЗ «ОКБ» № 5521 от 01.03.2021 на медицинскую деятельность.",
        "Вызов принят на участок № 9.",
        "доза 5 — номер курса",
    ],
)
def test_numbers_that_are_no_records(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


# ----------------------------------------------------------------- addresses ---------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "она лежачая живёт в с. устьянском тотемского р-на, д. 8 номер телефона",
            "с. устьянском тотемского р-на, д. 8",
        ),
        (
            "вы прикреплены к поликлинике в пос. заречном, ул. садовая, 14 верно",
            "пос. заречном, ул. садовая, 14",
        ),
        (  # (round 11 joins «г. … по ул. …»: the town is the address's too)
            "живёт в г. старой руссе по ул. полевая, д. 31 телефон",
            "г. старой руссе по ул. полевая, д. 31",
        ),
        (
            "диспетчер адрес заявитель тверь озёрная девять квартира сорок один второй подъезд",
            "тверь озёрная девять квартира сорок один",
        ),
        (
            "адрес улица луговая дом тридцать два квартира сто пять домофон",
            "улица луговая дом тридцать два квартира сто пять",
        ),
    ],
)
def test_addresses_in_lower_case_and_in_words(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert address in of_type(scrubber, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "жалобы на боль, п. острый живот с. болями исключён",
        "адрес помню плохо, было пять квартир на площадке",
        "см. д. ранее, с. пометкой врача",
    ],
)
def test_lower_case_no_addresses(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS")
