"""Stop 35 (corpora 24 and 25's dev halves: what applicants write to a clinic, papers of a
patient moving between services): a passport's series and number in labelled fields with
colons or after «серии … номер», a temporary residence permit's number over its year, a
Korean or Chinese surname before one initial, a name's Latin spelling in brackets, a Cobb
angle, a sports school's number. Sentences written for these tests, none taken from a
corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import found, of_type

PEOPLE = ("PERSON",)
RECORDS = ("RECORD_ID", "OTHER_ID")


def test_series_and_number_in_labelled_fields_on_their_own_lines(scrubber: TextScrubber) -> None:
    text = "Документ: паспорт гражданина РФ\n  Серия: 4617\n  Номер: 552190\n  Выдан: 02.03.2015"
    assert {("PASSPORT", "4617"), ("PASSPORT", "552190")} <= found(scrubber, text)


def test_series_and_number_fields_with_colons_on_one_line(scrubber: TextScrubber) -> None:
    text = "Паспорт. Серия: 4617    Номер: 552190    Дата выдачи: 02.03.2015"
    assert {("PASSPORT", "4617"), ("PASSPORT", "552190")} <= found(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "доверяю Ильиной Марине, паспорт серии 4617 номер 552190, представлять мои интересы",
        "паспорт серии 46 17 № 552190 выдан ОУФМС",
    ],
)
def test_a_passport_after_serii_is_one_span(scrubber: TextScrubber, text: str) -> None:
    spans = of_type(scrubber, text, "PASSPORT")
    assert len(spans) == 1 and next(iter(spans)).endswith("552190")


def test_a_prescription_blank_after_serii_stays_the_blanks(scrubber: TextScrubber) -> None:
    text = "Рецептурный бланк серии 4617 № 552190 выписан повторно."
    assert not of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("разрешение на временное проживание 61 2048/24 до 01.09.2027", "61 2048/24"),
        ("РВП 61 2048/24, патент не оформлен", "61 2048/24"),
    ],
)
def test_a_residence_permit_over_its_year(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, *RECORDS)


def test_a_dose_in_the_same_shape_is_no_permit(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "доза 10 2048/24 мг в сутки", *RECORDS)


@pytest.mark.parametrize("surname", ["Ван", "Пак", "Чен"])
def test_an_east_asian_surname_before_one_initial(scrubber: TextScrubber, surname: str) -> None:
    text = f"Дежурный врач приёмного отделения {surname} Т."
    assert f"{surname} Т." in of_type(scrubber, text, *PEOPLE)


def test_a_latin_spelling_in_brackets_after_the_name(scrubber: TextScrubber) -> None:
    text = "Иностранный гражданин: Рахимов Бахтиёр Улугбекович (RAKHIMOV BAKHTIYOR), 1991 г.р."
    assert {"Рахимов Бахтиёр Улугбекович", "RAKHIMOV BAKHTIYOR"} <= of_type(scrubber, text, *PEOPLE)


def test_a_latin_heading_in_brackets_is_no_name(scrubber: TextScrubber) -> None:
    text = "Медицинское заключение (MEDICAL CERTIFICATE) выдано для консульства."
    assert not of_type(scrubber, text, *PEOPLE)


def test_a_cobb_angle_is_no_person_and_a_surname_uglov_still_is(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "на рентгенограмме угол Кобба 14°", *PEOPLE)
    assert "Углов Степан Ильич" in of_type(
        scrubber, "Пациент Углов Степан Ильич, 1968 г.р.", *PEOPLE
    )


def test_a_sports_schools_number_is_no_record(scrubber: TextScrubber) -> None:
    text = "Справка для занятий в бассейне (ДЮСШ № 7) выдана сыну."
    assert not of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Вопросы по подбору пояса — в WhatsApp (wa.me/79261234455), ответим сегодня.",
        "пишите администратору: wa.me/79261234455 или звоните",
    ],
)
def test_a_whatsapp_links_number_is_a_phone(scrubber: TextScrubber, text: str) -> None:
    assert ("PHONE_NUMBER", "79261234455") in found(scrubber, text)
    assert not of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Контакт для связи (сестра, Вера Павловна): 9261234455, звонить вечером.",
        "Запись по тел. 8 (4852) 30-41-52 или 9261234455 (старшая медсестра).",
    ],
)
def test_a_bare_mobile_from_its_nine_is_a_phone(scrubber: TextScrubber, text: str) -> None:
    assert ("PHONE_NUMBER", "9261234455") in found(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "паспорт 9603112233, выдан МВД",
        "штрихкод пробирки 9261234455; доставлено",
        "ИНН 9705123456, КПП 770501001",
        "CASE_ID=9540112233 retry",
        "договор страхования 2888- 9410112233, кредитный договор",
    ],
)
def test_a_mobile_shaped_number_a_word_governs_is_no_phone(
    scrubber: TextScrubber, text: str
) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "name",
    ["ГУСЕЙН0ВА 3АРИНА ТАГИР0ВНА", "АЛИЕВ РУСТАМ ЭЛЬДАР0ВИЧ", "ТУРСУН0В ШЕР30Д ИЛЬИЧ"],
)
def test_a_scanned_name_with_zeros_and_threes_anywhere(scrubber: TextScrubber, name: str) -> None:
    text = f"1. Гражданин: {name}, дата рождения указана ниже"
    assert name in of_type(scrubber, text, *PEOPLE)


def test_a_namesake_after_capital_im_is_no_person(scrubber: TextScrubber) -> None:
    text = "«ОБЛАСТНАЯ БОЛЬНИЦА ИМ. П.А. ГЕРЦЕНА» — учётная карта (скан)"
    assert not of_type(scrubber, text, *PEOPLE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "оператор: здравствуйте это лебедев олег викторович карта номер",
            "лебедев олег викторович",
        ),
        ("с кем проживаете: с матерью ольга петровна и отчимом", "ольга петровна"),
    ],
)
def test_a_transcripts_lower_case_name_and_patronymic(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, *PEOPLE)


def test_lower_case_words_without_a_name_before_a_patronymic_shape(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "лечение по методу петровича не помогло", *PEOPLE)
