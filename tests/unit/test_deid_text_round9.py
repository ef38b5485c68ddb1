"""The ninth round of the Russian free-text rules, one class each: phones in new groupings
(+7 with ten digits in any groups, a mobile number read in pairs, without its 8, dotted
with a seven-digit tail). Sentences written for these tests (synthetic values, none taken
from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

# ------------------------------------------------------------------ phones -----------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Для связи: +7 903 4 71 25 60, после шести.", "+7 903 4 71 25 60"),
        ("Регистратура поликлиники +7 3452 41-08-17 (будни).", "+7 3452 41-08-17"),
        ("Сын просил звонить на +7 926 5 08 33 14 08:30 — до работы.", "+7 926 5 08 33 14"),
        ("Соседка, контакт 8 91 60 47 22 05, ключи у неё.", "8 91 60 47 22 05"),
        ("Мобильный дочери: 925-318-06-44; звонить вечером.", "925-318-06-44"),
        ("Жена оставила номер 8.926.7140358 для смс.", "8.926.7140358"),
        ("СМС о записи придёт на номер 916-204-55-71", "916-204-55-71"),
        ("Запасной: +7-926-5-11-48-30 (брат).", "+7-926-5-11-48-30"),
    ],
)
def test_phones_in_new_groupings(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Диагноз по МКБ-10: I11.9, ОГРН 1027739048850, КПП 773001001.",
        "Серия вакцины 960-482-12, годна до 2027 г.",
        "Лот 8 91 22, флакон 0,5 мл, кабинет № 214.",
        "Приказ Минздрава № 930н, форма № 025/у, версия 8.123.45.",
        "Гемоглобин 128 г/л, лейкоциты 8 9 10 в поле зрения.",
        "Серийный номер монитора 901-234-56-789 указан на корпусе.",
    ],
)
def test_numbers_that_are_no_new_phones(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


def test_a_phone_after_a_number_word_is_no_record(scrubber: TextScrubber) -> None:
    text = "Результат пришлём на номер мужа 8.903.2216704 после обеда."
    assert of_type(scrubber, text, "PHONE_NUMBER") == {"8.903.2216704"}
    assert not of_type(scrubber, text, "RECORD_ID")
