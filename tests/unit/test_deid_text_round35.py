"""Stop 35 (corpora 24 and 25's dev halves: what applicants write to a clinic, papers of a
patient moving between services): a passport's series and number in labelled fields with
colons or after «серии … номер», a temporary residence permit's number over its year, a
Korean or Chinese surname before one initial, a name's Latin spelling in brackets, a Cobb
angle, a sports school's number. Sentences written for these tests, none taken from a
corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.ocr import digits_read
from ozero.deid.text.spacing import close_up
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


# ---- round 35d (corpora 26 and 27's dev halves: scanned forms, machine exports)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("тел. 8 912 44 О7 315", "тел. 8 912 44 07 315"),
        ("Паспорт В2 l4 SlS207 выдан", "Паспорт 82 14 515207 выдан"),
        ("Дата рождения 1S.О3.197В", "Дата рождения 15.03.1978"),
        ("в 2024 году В 10 ч", "в 2024 году В 10 ч"),  # a preposition stays
        ("витамин В12 по 1 таб", "витамин В12 по 1 таб"),  # a vitamin stays
        ("вызов № В778112 от 02.04", "вызов № В778112 от 02.04"),  # a letter prefix stays
        ("заявка № В-25-0412", "заявка № В-25-0412"),
    ],
)
def test_ocr_letters_in_numbers_are_read_as_digits(text: str, read: str) -> None:
    assert digits_read(text) == read
    assert len(digits_read(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Телефон работника 89 1О 264 7731, стр. 2", "PHONE_NUMBER", "89 1О 264 7731"),
        ("Паспорт В2 l4 SlS207 выдан ОВД", "PASSPORT", "В2 l4 SlS207"),
    ],
)
def test_a_scanned_number_is_found_where_it_stands(
    scrubber: TextScrubber, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(scrubber, text)


def test_a_number_one_digit_to_a_cell_is_closed_up() -> None:
    closed = close_up("СНИЛС 1 1 2 2 3 3 4 4 5 9 5   ИНН")
    assert closed is not None and closed[0] == "СНИЛС 11223344595   ИНН"
    closed = close_up("паспорт 4 5 1 0  1 2 3 4 5 6 5. Место")
    assert closed is not None and closed[0] == "паспорт 4510  123456 5. Место"
    assert close_up("8 7 6 5 4 3 2 1 1 2 3 4 5 6 7 8") is None  # a dental formula stays


def test_a_snils_one_digit_to_a_cell(scrubber: TextScrubber) -> None:
    text = "Пол мужской   СНИЛС 1 1 2 2 3 3 4 4 5 9 5   ИНН нет"
    assert ("SNILS", "1 1 2 2 3 3 4 4 5 9 5") in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("3. СНИЛС 1122334459 5 4. Фамилия", "SNILS", "1122334459 5"),
        ("7. Полис ОМС 77000000000000 16   СНИЛС нет", "ENP", "77000000000000 16"),
    ],
)
def test_a_stray_space_inside_a_checksummed_number(
    scrubber: TextScrubber, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(scrubber, text)


def test_a_stray_space_that_breaks_the_checksum_is_a_snils_only_after_its_word(
    scrubber: TextScrubber,
) -> None:
    # the word decides where it names the number (stop 40); elsewhere the checksum does
    assert ("SNILS", "1122334459 6") in found(scrubber, "3. СНИЛС 1122334459 6 4. Фамилия")
    assert not of_type(scrubber, "3. Пробирка 1122334459 6 4. Фамилия", "SNILS")


@pytest.mark.parametrize(
    "text",
    [
        '<transportHeader messageId="80d11f95-84f0-4baa-8cbf-7194fe120001"/>',
        "route=tap.outbound msgId=586a9491-802a-40bb-a84b-8062d0120002 delivered",
        "400 Bad Request; смэв-сообщение 50959fef-d5f1-4a2e-9b1c-123456780003",
        "получено 08:18:56.710, control 37555f56ef66c4a2 MSH",
    ],
)
def test_a_machines_message_id_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, *RECORDS)


def test_a_patients_guid_stays_a_record(scrubber: TextScrubber) -> None:
    text = "patientGuid=50959fef-d5f1-4a2e-9b1c-123456780004; status=ok"
    assert "50959fef-d5f1-4a2e-9b1c-123456780004" in of_type(scrubber, text, *RECORDS)


# ---- round 35e (blind26_dev, blind27_dev again)


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Документ: паспорт 4510 12 3456 / свидетельство", "4510 12 3456"),
        ("паспорт 45 10\n№ 123456 Телефон для связи", "45 10\n№ 123456"),
        ("паспорт 4510\n123456 Телефон для связи", "4510\n123456"),
    ],
)
def test_a_passport_regrouped_or_broken_by_a_line(
    scrubber: TextScrubber, text: str, passport: str
) -> None:
    assert ("PASSPORT", passport) in found(scrubber, text)


@pytest.mark.parametrize(
    "text",
    ["mother.snils = 81122334441 mother.name = x", "<patient><snils>81122334441</snils></patient>"],
)
def test_a_snils_under_a_latin_key_is_no_phone(scrubber: TextScrubber, text: str) -> None:
    assert ("SNILS", "81122334441") in found(scrubber, text)


# ---- round 35f (dates in scans and machine files)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2. Дата закрытия: 17. 10. 2026 3. Код пациента", "17. 10. 2026"),
        ("дата рожд. 04 .06.2015 пребывал в санатории", "04 .06.2015"),
        ("2. Дата рождения 21 07 2003 3. Место регистрации", "21 07 2003"),
        ("PatientBirthDate   : 20030321 PatientAddress", "20030321"),
        ("выгрузка porcionnik_2026-08-24.csv · отделение ТЕР-2", "2026-08-24"),
    ],
)
def test_dates_in_scans_and_machine_files(scrubber: TextScrubber, text: str, date: str) -> None:
    assert date in of_type(scrubber, text, "DATE", "BIRTH_DATE")


def test_a_spaced_triple_before_more_digits_is_no_date(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "коды 21 07 2003 4512 в реестре", "DATE", "BIRTH_DATE")
