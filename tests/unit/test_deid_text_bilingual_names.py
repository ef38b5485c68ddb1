"""Names the Russian rules did not read (found on corpus 11's dev half, stop 30): the Latin
copy of a name on a bilingual form, a scanned name whose «О» came out as a zero, a given name
no dictionary holds between a surname and a patronymic. Sentences written for these tests
(synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.bilingual import same_name
from ozero.deid.text.recognizers.latin import digits_as_letters
from tests.unit.text_findings import of_type

PERSON = "PERSON"


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Пациент: Долгушина Вера Петровна / DOLGUSHINA VERA, 03.02.1961", "DOLGUSHINA VERA"),
        ("Врач Лазаревский О.Н. / Lazarevskiy Oleg, тел. приёмной", "Lazarevskiy Oleg"),
        ("Фамилия, имя / Surname, name: Ильин Юрий / Ilyin Yuriy", "Ilyin Yuriy"),
        ("Исследуемый: Цой Виктор Робертович / Tsoy Viktor", "Tsoy Viktor"),
    ],
)
def test_the_latin_copy_of_a_name_is_masked(scrubber: TextScrubber, text: str, latin: str) -> None:
    assert any(latin in found for found in of_type(scrubber, text, PERSON))


@pytest.mark.parametrize(
    "text",
    [
        "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ / MEDICAL CERTIFICATE № 17",
        "Медицинское заключение / Medical Certificate",
        "Московская область / Moscow Region",
        "Отделение кардиологии / Cardiology Department",
        "Должность / Capacity: моторист",
    ],
)
def test_a_translated_title_is_no_name(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, PERSON) == set()


def test_a_transliteration_reads_back_as_its_name() -> None:
    assert same_name("Серебрянская", "Serebryanskaya")
    assert same_name("Юрий", "Yuriy")
    assert not same_name("Медицинское", "Medical")
    assert not same_name("Петрова", "Ivanova")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Скан распознан как: ПАХОМ0В ИГОРЬ СЕМЁН0ВИЧ; бланк", "ПАХОМ0В ИГОРЬ СЕМЁН0ВИЧ"),
        ("OCR: Петр0ва Анна Ильинична, 1975 г.р.", "Петр0ва Анна Ильинична"),
    ],
)
def test_a_scanned_name_with_zeros_for_o_is_masked(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert any(name in found for found in of_type(scrubber, text, PERSON))


def test_zeros_become_letters_only_inside_cyrillic_words() -> None:
    text = "К0РЕПАН0ВА, Петр0в, ОКП0 0401, 10 мг, A0B"
    assert digits_as_letters(text) == "КОРЕПАНОВА, Петров, ОКП0 0401, 10 мг, A0B"
    assert len(digits_as_letters(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("распознан как: ЕГОРОВА САРДАНА ИННОКЕНТЬЕВНА; бланк", "ЕГОРОВА САРДАНА ИННОКЕНТЬЕВНА"),
        ("Больной Юлдашев Шухрат Алишерович, 44 года", "Юлдашев Шухрат Алишерович"),
    ],
)
def test_a_given_name_no_dictionary_holds_between_surname_and_patronymic(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert any(name in found for found in of_type(scrubber, text, PERSON))
