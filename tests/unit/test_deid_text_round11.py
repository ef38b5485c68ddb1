"""The eleventh round of the Russian free-text rules, one class each: phones (a bracketed
code with the rest in any groups of two to four, two phones joined by «/», a town's local
number where a contact is written: a calling word or «т.», a desk that answers calls, a
person signing, an address's last part, another phone, an emergency desk in brackets, an
extension after it; a bare number before «(code)» is no house); addresses (a street
without its type word, a house and flat in one number and the town after a comma or
before the street; a building with its flat; every part of it: a street «им. Горького
А.М.», a hostel's «(общ.)», «ж/м», a postcode in brackets after the town, an envelope's
town line and street line, a republic by its letters, «Алт. край», «г. Томске по ул. …»);
places that are no one's address (a notary's district, a social fund's region, a
prosecutor's district, «Прокурор района»); people (a surname and given name in capitals, an Arabic surname with its
particle and one initial) and words that are no people (a device's brand before its
model, a ticket's field label, a town's name after «г.»); passports of a trade or a thing
(a seaman's, a vaccination one) are no identity passports; a titled person's street
(«Маршала Конева 12-40») is no person. Sentences written for these
tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

# ------------------------------------------------------------------ phones -----------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Мать, тел. +7 (916) 27-35-418, звонить после 18.", "+7 (916) 27-35-418"),
        ("Приёмная главного врача +7 (4912) 251-873, факс тот же.", "+7 (4912) 251-873"),
        ("Справки по записи: 8 (3852) 6340-12.", "8 (3852) 6340-12"),
        ("Кабинет МСЭ (4922) 53-47-34, среда.", "(4922) 53-47-34"),
        ("Сын: тел. 8 912 604 33 21/8 (343) 2150977 (рабочий).", "8 912 604 33 21"),
        ("Дочь: тел. +7 (922) 41-07-553/8912-550-1833.", "+7 (922) 41-07-553"),
        ("Дочь: тел. +7 (922) 41-07-553/8912-550-1833.", "8912-550-1833"),
    ],
)
def test_phones_with_a_bracketed_code_in_any_groups(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("По вопросам оплаты: касса 52-19-30 доб. 108, будни.", "52-19-30"),
        ("Сообщение передано в дежурную часть по т. 33-08-71.", "33-08-71"),
        ("Contact person Orlova, phone 41-62-05, e-mail only.", "41-62-05"),
        ("Справку подготовила Кузьмина Т.А., 3-47-19", "3-47-19"),
        ("Исп. В.Н. Глебова, 625-14-70", "625-14-70"),
        ("ФАП с. Вязовка, ул. Лесная, д. 4, 2-16-33. Фельдшер на месте.", "2-16-33"),
        ("Регистратура +7 (3452) 690-118 / 69-01-19, с 8 до 16.", "69-01-19"),
        ("Давление 190/110, вызвана СМП (5-03-44), до приезда уложен.", "5-03-44"),
        ("Отдел кадров: 24-71-30 (доб. 12)", "24-71-30"),
        ("Бланк заказа, т/ф 31-50-72, e-mail указан ниже.", "31-50-72"),
        ("Дежурный администратор — 40-18-93", "40-18-93"),
        ("моб.: +7 915 2046613, раб.: 51-23-64", "51-23-64"),
        ("Оператор Вера Лосева, 62-70-15", "62-70-15"),
        ("Домашний тел. 48 24 99, звонить вечером.", "48 24 99"),
    ],
)
def test_local_phones_where_a_contact_is_written(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "ТСР: 6-10-02 трость опорная; 7-04-01 кресло-коляска комнатная.",
        "Кресло-коляска с электроприводом (код 7-02-01), подушка (10-02-01).",
        "Отпущено по рецепту серии 45-18-27 № 0041293.",
        "Гемоглобин 12-14-16 г/дл в динамике, МКБ-10 I10, ГОСТ Р 52623.3-2015.",
        "Стоимость 1 200 руб., время 10:30-11:00, доза 2-3 таб.",
        "Лот 12 34 56, флакон 10 мл; партия 4 05 17 годна до 2027 г.",
    ],
)
def test_dashed_codes_that_are_no_local_phones(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


def test_a_bare_eight_before_a_bracketed_code_is_no_house(scrubber: TextScrubber) -> None:
    text = "г. Липецк, ул. Гагарина, зд. 14, стр. 3, 8 (4742) 27-19-05"
    assert "8 (4742) 27-19-05" in of_type(scrubber, text, "PHONE_NUMBER")
    assert "г. Липецк, ул. Гагарина, зд. 14, стр. 3" in of_type(scrubber, text, "ADDRESS")


# ------------------------------------------------------------------ addresses --------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("2 | Сомова Е.В. | Зои Космодемьянской 41-117, Тамбов | 03.02.1950", "Зои Космодемьянской 41-117, Тамбов"),
        ("адрес: 50 лет Победы 12Б-7, Энгельс Льготы: нет", "50 лет Победы 12Б-7, Энгельс"),
        ("3 | Пак Р. | Кирпичная 88 стр. 2-14, Липецк | 1977", "Кирпичная 88 стр. 2-14, Липецк"),
        ("4 | Ли О. | Тамбов, Зои Космодемьянской, 41-117 | 1950", "Тамбов, Зои Космодемьянской, 41-117"),
        ("5 | Ким А. | Великий Новгород, Маршала Конева 12-40 | 1961", "Великий Новгород, Маршала Конева 12-40"),
    ],
)  # fmt: skip
def test_a_street_without_its_type_and_the_town_after_the_flat(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert address in of_type(scrubber, text, "ADDRESS", "LOCATION")
    assert not {"Зои Космодемьянской", "Энгельс"} & of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Проживает: г. Курган, ул. им. Климова В.П., д. 8, кв. 41.", "г. Курган, ул. им. Климова В.П., д. 8, кв. 41"),
        ("Адрес: г. Тула, ул. имени В.И. Ленина, 12, кв. 3", "г. Тула, ул. имени В.И. Ленина, 12, кв. 3"),
        ("Адрес: г. Пенза, пр. Победы, дом 12, комн. 304 (общ.)", "г. Пенза, пр. Победы, дом 12, комн. 304 (общ.)"),
        ("Адрес: РФ, г. Курган, ж/м Заозёрный, д. 7", "РФ, г. Курган, ж/м Заозёрный, д. 7"),
        ("Адрес: г. Чита (672000), ул. Ленина, 5, кв. 2", "г. Чита (672000), ул. Ленина, 5, кв. 2"),
        ("Кому: Петровой А.В.\n300041 г. Тула\nул. 9 Мая 14-88\nУведомление", "300041 г. Тула\nул. 9 Мая 14-88"),
        ("Адрес: Россия, РБ, г. Стерлитамак, ул. Мира, 4", "Россия, РБ, г. Стерлитамак, ул. Мира, 4"),
        ("Адрес: Забайк. край, г. Чита, ул. Ленина, 5", "Забайк. край, г. Чита, ул. Ленина, 5"),
        ("Работает в г. Пскове по ул. Советской, д. 12, кв. 7", "г. Пскове по ул. Советской, д. 12, кв. 7"),
        ("адрес: Курская обл., х. Лесной, ул. Полевая, 12\nДиагноз: I10.", "Курская обл., х. Лесной, ул. Полевая, 12"),
    ],
)  # fmt: skip
def test_every_part_of_an_address_is_one_address(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert address in of_type(scrubber, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Родился в 2024 г. Москва указана как место выдачи.",
        "Прокурор района Фомин А.А. рассмотрел жалобу.",
        "Прокурору Ленинского района направлен запрос.",
        "Срок: 2024 г. Оплата: 12 000 руб.",
    ],
)
def test_no_address_where_none_is_written(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS")


def test_a_person_and_a_number_is_no_street(scrubber: TextScrubber) -> None:
    text = "Пациент Громов 12-3, Москва"
    assert "Громов" in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Я, Белова Инна Сергеевна, нотариус нотариального округа г. Великие Луки, удостоверяю.",
        "Справка выдана для представления в ОСФР по Республике Башкортостан.",
        "Исполнительный лист направлен в ОСП по г. Омску.",
    ],
)
def test_an_agency_district_is_no_address(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")
    assert not {"Луки", "Великие Луки"} & of_type(scrubber, text, "PERSON")


# ------------------------------------------------------------------ people -----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passenger: Petrova Olga / ПЕТРОВА ОЛЬГА, рейс 1420", "ПЕТРОВА ОЛЬГА"),
        ("Получатель: ИРИНА СОКОЛОВА, 12.03.1990", "ИРИНА СОКОЛОВА"),
        ("12.04.2025 — Аль-Мансур Х., 44 г., карта 5512", "Аль-Мансур Х."),
    ],
)
def test_names_in_capitals_and_with_a_particle(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Выдан слуховой аппарат Oticon Zircon X2-RIC, гарантия 2 года.",
        "Booking: PLKQWE   Ticket: 123-4567890123   Flight: SU 1402",
        "ВЫПИСНОЙ ЭПИКРИЗ. ИСКОВОЕ ЗАЯВЛЕНИЕ. ПАСПОРТ ЗДОРОВЬЯ.",
        "Доставлен из г. Великие Луки бригадой СМП.",
        "Адрес: Псков, Героя Советского Союза Маргелова 7-15, этаж 2.",
    ],
)
def test_words_that_are_no_new_people(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


# ------------------------------------------------------------------ passports --------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # (a seaman's passport is an identity paper: NSI 1.2.643.5.1.13.13.99.2.48 code 7,
        # `test_deid_text_seafarer.py`)
        ("Предъявлен паспорт вакцинации 4410 552193.", "4410 552193"),
        ("технический паспорт 1234 567890 на кресло-коляску", "1234 567890"),
    ],
)
def test_a_trade_or_thing_passport_is_no_identity_passport(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number not in of_type(scrubber, text, "PASSPORT")
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_a_civil_passport_beside_a_seaman_one_stays(scrubber: TextScrubber) -> None:
    text = "паспорт моряка MK 5512093; гражданский паспорт 45 12 330981"
    assert {"45 12 330981", "MK 5512093"} <= of_type(scrubber, text, "PASSPORT")
    assert "45 12 330981" in of_type(scrubber, "паспорт пациента 45 12 330981", "PASSPORT")
