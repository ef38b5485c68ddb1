"""A village's short phone after a phone word, in two groups («тел. 253 357», «тел. ФАПа
524-11»), or in three after whose phone it is («тел. ФАПа 802 93 46»); a blood unit's number
and an allergy passport's (found on corpus 12's dev half, stop 30). Sentences written for
these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

PHONE = "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("фельдшер Зорина А.Р., тел. ФАПа 711 40 52. Осмотр 08.11.2025", "711 40 52"),
        ("сообщить дочери, тел. 418 207. Принимала парацетамол.", "418 207"),
        ("тел. ФАПа 361-09, с 8 до 16", "361-09"),
        ("телефон соседки 54-812", "54-812"),
    ],
)
def test_a_short_local_phone_after_a_phone_word(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "тел. ЗАС 14-22, городской нет",  # an internal line's four-digit extension
        "Телефонограмма 120 80 передана дежурному",
        "температура тела 120 80",
        "АД 120 80 мм рт. ст.",
    ],
)
def test_no_phone_without_a_phone_word_or_in_four_digits(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, PHONE) == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("цельная кровь 450 мл, номер единицы 40417-22918, контейнер", "40417-22918"),
        ("Паспорт аллергика № 4471 выдан 22.03.2025.", "4471"),
    ],
)
def test_a_blood_unit_and_an_allergy_passport_are_records(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")
