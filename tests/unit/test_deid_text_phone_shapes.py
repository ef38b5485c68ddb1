"""Phones in shapes the rules did not read (found on corpus 11's dev half, stop 29): dashes a
word processor made typographic, the trunk 8 written inside the brackets with the town's
code, a number broken across two lines of a table cell, a foreign number dialled with 00.
Sentences written for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.contact import digit_dashes_as_hyphens
from tests.unit.text_findings import of_type

PHONE = "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # en dashes, em dashes, a minus sign
        ("Связь с пациенткой: 8–913–402–17–66, после 18:00.", "8–913–402–17–66"),
        ("моб. 8—921—305—44—12", "8—921—305—44—12"),
        ("Дочь +7 912 605−33−81 (звонить вечером)", "+7 912 605−33−81"),
        # the trunk 8 inside the brackets
        ("Регистратура (84822) 351790, с 8 до 16.", "(84822) 351790"),
        ("дежурный врач, тел. (84822) 35 17 90;", "(84822) 35 17 90"),
        ("| (8-3452) 61-08-27 | Смирнова |", "(8-3452) 61-08-27"),
        ("ФАП: (834533) 21456", "(834533) 21456"),
        # a line break where a cell wrapped
        ("| 8-916-\n503-21-77 | мать |", "8-916-\n503-21-77"),
        ("| +7 (951)\n204-18-39 | сын |", "+7 (951)\n204-18-39"),
        # a foreign number with 00
        ("сестра в Ташкенте 00 998 90 317 42 55, звонить по WhatsApp", "00 998 90 317 42 55"),
        ("брат: 00-375-29-614-08-21", "00-375-29-614-08-21"),
    ],
)
def test_a_phone_in_these_shapes_is_found_whole(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert of_type(scrubber, text, PHONE) == {phone}


@pytest.mark.parametrize(
    "text",
    [
        "Доза 10–15 мг/кг, курс 5–7 дней, палаты 3–4.",
        "Температура 36,6–37,2; ЧСС 72–80 в минуту.",
        "ГОСТ 52379–2005, приказ № 203н.",
        "Итого: 00 руб. 15 коп., в 10:00–12:00.",
    ],
)
def test_dashes_between_numbers_that_are_no_phone_stay(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, PHONE)


def test_digit_dashes_become_hyphens_and_nothing_moves() -> None:
    text = "8–913–402–17–66 — звонить; 5 — 7 дней; 10−15"
    hyphenated = digit_dashes_as_hyphens(text)
    assert hyphenated == "8-913-402-17-66 — звонить; 5 — 7 дней; 10-15"
    assert len(hyphenated) == len(text)
    assert digit_dashes_as_hyphens("без цифр — тире") == "без цифр — тире"


def test_a_date_range_with_a_dash_stays_two_dates(scrubber: TextScrubber) -> None:
    text = "| 06.10.2025–19.10.2025 | стационар |"
    assert of_type(scrubber, text, "DATE") == {"06.10.2025", "19.10.2025"}


def test_a_ten_digit_number_with_an_8_code_in_brackets_is_a_phone(scrubber: TextScrubber) -> None:
    text = "Передал: фельдшер Ляпина, (8452) 390417; принял диспетчер."
    assert of_type(scrubber, text, PHONE) == {"(8452) 390417"}
