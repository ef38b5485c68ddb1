"""Stop 34 (corpora 20 and 21's dev halves: laboratory paperwork, identity documents): a
passport's series and number with a Latin «N» between them or in fields of their own, a
passport for travel abroad with «№», an analyser's dates («03-JUN-2026») and staff fields
(«Operator: …»), a foreign phone in brackets, a dictated mobile with spaced dashes, drugs
and analytes of a lab's tables that are no surnames, a code to read results online, a
cytology case «пунктата №», and a LIS's underscored sample ID. Sentences written for these
tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import found, of_type

PEOPLE = ("PERSON",)
RECORDS = ("RECORD_ID", "OTHER_ID")
DATES = ("DATE", "BIRTH_DATE")


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Предъявлен паспорт 4512 N 334455, выдан ОВД.", "4512 N 334455"),
        ("Паспорт гражданина РФ: 45 12 N334455; адрес прежний.", "45 12 N334455"),
        ("Заграничный паспорт 71 № 1234567 действителен до 2030 г.", "71 № 1234567"),
        ("Загранпаспорт 64 N 7001234, выдан МВД 2019.", "64 N 7001234"),
    ],
)
def test_a_passport_with_a_sign_of_number_is_one_passport(
    scrubber: TextScrubber, text: str, passport: str
) -> None:
    assert ("PASSPORT", passport) in found(scrubber, text)


def test_series_and_number_in_fields_of_their_own_are_two_passport_spans(
    scrubber: TextScrubber,
) -> None:
    text = "Документ: паспорт гражданина РФ, серия 45 12, номер 334455; СНИЛС нет."
    assert {("PASSPORT", "45 12"), ("PASSPORT", "334455")} <= found(scrubber, text)


def test_another_papers_series_and_number_in_fields_are_that_papers_record(
    scrubber: TextScrubber,
) -> None:
    text = "Рецептурный бланк серия 4522, номер 547812 выписан повторно."
    assert of_type(scrubber, text, "PASSPORT") == set()
    assert {"4522", "547812"} <= of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Name: SOKOLOVA IRINA   DOB: 14-FEB-1961   Sample: venous", "14-FEB-1961"),
        ("Sample # 4417 · 21-Nov-2025 09:14:03 · pH 7,41", "21-Nov-2025"),
    ],
)
def test_an_analysers_day_month_year_with_dashes_is_a_date(
    scrubber: TextScrubber, text: str, date: str
) -> None:
    assert date in of_type(scrubber, text, *DATES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pO2 88 mmHg   Operator: Ivanova Marina   FiO2 21 %", "Ivanova Marina"),
        ("Report signed. Performed by: PETROV Ilya", "PETROV Ilya"),
        ("Договор заключён с гражданином NAZAROV TIMUR на год.", "NAZAROV TIMUR"),
        ("Исполнитель ______ Ким А.А.   Заказчик ______ KHAN ALINA", "KHAN ALINA"),
    ],
)
def test_a_latin_name_in_a_staff_field_or_a_contracts_party_is_a_person(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, *PEOPLE)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Фельдшер на связи (спутниковый тел. +870 712345678) до утра.", "+870 712345678"),
        ("Звонить: 8 912 345 — 67 — 89, после обеда.", "8 912 345 — 67 — 89"),
        ("Консульство (+375 (29) 123-45-67) ответило.", "+375 (29) 123-45-67"),
    ],
)
def test_a_phone_ends_where_its_digits_end(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert of_type(scrubber, text, "PHONE_NUMBER") == {phone}


@pytest.mark.parametrize(
    "text",
    [
        "| S Гентамицин      | 2    | R Имипенем      | 16   |",
        "Проба взята в 07:10. Тропонин I сердечный 0,02 нг/мл.",
        "Показатель | Результат\nЩелочная фосфатаза | 88\nЛактатдегидрогеназа | 190",
        "Чувствительность: Левофлоксацин — S, Доксициклин — R.",
    ],
)
def test_drugs_and_analytes_of_a_labs_tables_are_no_people(
    scrubber: TextScrubber, text: str
) -> None:
    assert of_type(scrubber, text, *PEOPLE) == set()


def test_a_surname_beside_a_drug_is_still_a_person(scrubber: TextScrubber) -> None:
    text = "Гентамицин назначил Сидорчук, отменил Левофлоксацин."
    assert "Сидорчук" in of_type(scrubber, text, *PEOPLE)


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Результат готов; код для портала 512-907.", "512-907"),
        ("SMS отправлено, код для сайта АБ0912.", "АБ0912"),
        ("Цитологическое исследование пунктата № 40711-26 выполнено.", "40711-26"),
        ("Для сегрегации взят образец NGS25_0412 (кровь).", "NGS25_0412"),
        ("Sample ID: WES24_1187   Panel: cardio", "WES24_1187"),
    ],
)
def test_a_patients_code_and_numbers_of_a_lab_are_records(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Гражданство: Афганистан. Документ: национальный паспорт.",
        "Прибыл из Республики Гана 12.03.2026 рейсом, осмотрен.",
    ],
)
def test_a_country_of_citizenship_or_arrival_is_no_identifying_place(
    scrubber: TextScrubber, text: str
) -> None:
    assert of_type(scrubber, text, "ADDRESS", "LOCATION") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Анализ готов? [10:56] КДЛ (Снежана): да, выложили на портал.", "Снежана"),
        ("id=55; фамилия=Ли; имя_отчество=Мария Ивановна; пол=Ж", "Ли"),
    ],
)
def test_a_speaker_in_brackets_and_an_exports_name_keys_are_people(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, *PEOPLE)


def test_a_word_in_a_units_brackets_is_no_speaker(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, "[11:02] КДЛ (Результат): готов.", *PEOPLE) == set()


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Родственник: Лебедев И.И., 8 981 — 896 — 60 — 51, звонить вечером.",
            "8 981 — 896 — 60 — 51",
        ),
        ("Запись по тел. (8672) 92-52-54 или 960 385-80-69 (старшая медсестра).", "960 385-80-69"),
    ],
)
def test_a_mobile_without_its_trunk_or_with_every_group_dashed_apart_is_a_phone(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


def test_a_messengers_speaker_after_the_day_and_time_is_a_person(scrubber: TextScrubber) -> None:
    text = "Клиника · администратор 03.02 10:51 Снежана: Здравствуйте! Запишу на 12:00."
    assert "Снежана" in of_type(scrubber, text, *PEOPLE)


def test_a_pronoun_before_a_templated_ending_is_no_person(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, "Кем направлен(а): невролог поликлиники.", *PEOPLE) == set()


def test_a_registers_own_form_code_is_kept_and_the_number_after_it_masked(
    scrubber: TextScrubber,
) -> None:
    text = "Регистрационный номер в журнале 03-ТБ/у 5512/ТБ; извещение 58-ДТП-2/у № ЭИ-26-0411."
    records = of_type(scrubber, text, *RECORDS)
    assert {"5512/ТБ", "ЭИ-26-0411"} <= records
    assert not {"03-ТБ/у", "58-ДТП-2/у"} & records


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Эр. взвесь 280 мл, номер донации 26-0412-775130, группа B(III) Rh+.", "26-0412-775130"),
        ("| O(I) Rh− | СЗП | W04417 26 301955 | 250 мл |", "W04417 26 301955"),
        ("Медсестра Орлова, таб. № МС-0417, смена ночная.", "МС-0417"),
    ],
)
def test_a_donation_and_an_employees_lettered_number_are_records(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, *RECORDS)


def test_an_electronic_records_number_is_that_records_not_a_passport(
    scrubber: TextScrubber,
) -> None:
    text = "После замены паспорта внести номер в МИС (ЕМК 40417725) — см. звонок."
    assert of_type(scrubber, text, "PASSPORT") == set()
    assert "40417725" in of_type(scrubber, text, *RECORDS)
