"""Stop 31 (corpus 13's dev half): numbers of the department's equipment, its washers'
runs, a product's catalogue number, a procurement contract and a screening scale are no
one's record; the patient's numbers written the same way stay masked; a surname with one
initial after a role and a department's abbreviation is a person. Sentences written for
these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import digits_left, of_type

RECORDS = ("RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a Latin serial mark under a device named before it
        ("Бронхоскоп Pentax EB-1990i, S/N 4417201; обработка в моечной машине.", "4417201"),
        ("Эхокардиограф Vivid E95, s/n VE552018, датчик M5Sc.", "VE552018"),
        ("Device S/N 52K440193, firmware 3.2.", "52K440193"),
        # a Holter recorder handed out by the department
        ("Холтеровский регистратор № 17 выдан на сутки, возврат до 10:00.", "17"),
        # a washer's or a steriliser's run
        ("Колоноскоп обработан, цикл дезинфекции № 5521, оператор м/с.", "5521"),
        ("Инструменты: цикл стерилизации № А-118, индикатор без замечаний.", "А-118"),
        # a product's catalogue number printed as «REF»
        ("Стент коронарный, REF BX3012S, LOT 40412; установлен в ПМЖВ.", "BX3012S"),
        # a state contract for drugs bought for the fund
        ("Препарат выдан по контракту № 77/26-ЛП (закупка ОМС), 28 таблеток.", "77/26-ЛП"),
        # a screening scale, not «N RS-2002»
        ("Нутритивный скрининг NRS-2002: 3 балла, риск недостаточности.", "RS-2002"),
    ],
)
def test_a_number_of_a_thing_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # an implant's serial is the patient's, whatever mark it is written with
        ("Эндопротез тазобедренного сустава Zimmer, S/N 88120457, установлен.", "88120457"),
        ("Кардиостимулятор Medtronic Azure, S/N RNB204411H, имплантирован.", "RNB204411H"),
        # a serial mark with no device before it decides nothing
        ("Пациенту выдан браслет, S/N 44120398.", "44120398"),
        # a contract the patient signs for his own care
        ("Пациент подписал контракт № 914/2026 на платное лечение.", "914/2026"),
        # an IVF cycle names no disinfection
        ("Протокол ЭКО: цикл № 4471-26, перенос эмбриона 12.03.2026.", "4471-26"),
        # a lab order written with «N»
        ("Заявка N 558120 на исследование крови.", "558120"),
    ],
)
def test_the_patients_number_stays_masked(scrubber: TextScrubber, text: str, masked: str) -> None:
    assert any(masked in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Врач УЗД Ван Л., аппарат Samsung HS40.", "Ван Л."),
        ("Заключение подписал врач ФД Ким А.", "Ким А."),
        ("Медсестра ОРИТ Хан Д. (смена 2)", "Хан Д."),
    ],
)
def test_a_surname_with_one_initial_after_a_role_and_a_department(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_a_vitamin_is_no_person(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Назначен витамин Е. Контроль через месяц.", "PERSON")


# Corpus 14's dev half: phones, passports, a study's UID, a biopsy's referral


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Адрес: ул. Садовая, 4, т. +7 912.304.18.57, врач", "+7 912.304.18.57"),
        ("Связь: 8 921.440.72.16 (дочь)", "8 921.440.72.16"),
        ("| 7(905)826-04-32 / 615-496 | записан", "615-496"),
        ("| +7 918.564.17.81 / 6-85-51 | записан", "6-85-51"),
        ("у соседки Петровой А.А. — 728-979 (тел. фельдшерского пункта)", "728-979"),
        ("у соседа — 6-48-21 (телефон сельсовета)", "6-48-21"),
        ("Справки: 8-86137-5-14-95 доб. 418", "8-86137-5-14-95"),
        ("Справки: 8-8617-45-52-35", "8-8617-45-52-35"),
        (
            "Номер записала со слов: восемь девятьсот двадцать семь, 845-78-21 (сосед).",
            "восемь девятьсот двадцать семь, 845-78-21",
        ),
    ],
)
def test_phones_of_corpus14s_shapes(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("мать, паспорт 8312/150271, выдан 25 марта 2016", "8312/150271"),
        ("паспорт 56-13 384103, выдан 13 февраля 2017", "56-13 384103"),
        ("При себе: паспорт (60-02 431570), СНИЛС", "60-02 431570"),
        ("Паспорт при себе: 8814/124087. Фтизиатр", "8814/124087"),
    ],
)
def test_a_passport_with_a_hyphen_or_a_slash(
    scrubber: TextScrubber, text: str, passport: str
) -> None:
    assert passport in of_type(scrubber, text, "PASSPORT")


def test_a_dose_list_said_in_words_is_no_phone(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Дозы: восемь, девять, 12, 14 мг.", "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Accession RIS-2025-406706, StudyUID 1.3.12.2.1107.5.1.4.31325.20240415.5591517 чтение",
         "1.3.12.2.1107.5.1.4.31325.20240415.5591517"),
        ("Направление на ТАБ № 05-7186391/25 в кабинет 12", "05-7186391/25"),
        ("Эндопротез, инв. № SN 1234567", "1234567"),
    ],
)  # fmt: skip
def test_a_studys_uid_and_a_biopsys_referral_are_records(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the passport office's code
        ("паспорт 90 17 № 245880, выдан 09.07.2017, к/п 730-030 Исследование", "730-030"),
        # an inventory number repeated with a serial mark, under a device
        ("Аппарат Samsung Medison HS50, инв. № SN 66586878. Врач", "66586878"),
        # tablets
        ("Принимать по 1 таб. № 30", "30"),
    ],
)
def test_an_offices_code_and_an_inventory_number_stay(
    scrubber: TextScrubber, text: str, kept: str
) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


def test_a_day_and_month_after_a_town_are_no_house(scrubber: TextScrubber) -> None:
    text = "выдан ОВМ УМВД России по г. Нальчику, 26 февраля 2022; код подр. 070-001"
    assert "г. Нальчику" in of_type(scrubber, text, "LOCATION", "ADDRESS")
    assert "26 февраля 2022" in of_type(scrubber, text, "DATE")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Диагноз: D24. По КТ от 22.05.2025 (2025/040089): образование", "2025/040089"),
        ("мне сделали КТ (2025/642941). В личном кабинете", "2025/642941"),
        ("МРТ (Philips Ingenia 1.5T, 2025/226895): камень", "2025/226895"),
    ],
)
def test_a_studys_number_in_brackets_after_its_modality(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, *RECORDS)


def test_a_date_in_brackets_after_a_modality_is_no_study_number(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "КТ (2025/12/14) без динамики.", *RECORDS)


def test_a_local_number_after_a_phone_with_typographic_dashes(scrubber: TextScrubber) -> None:
    text = "| +7–928–410–15–55 / 3-17-20 | записана"
    assert "3-17-20" in of_type(scrubber, text, "PHONE_NUMBER")


# Corpus 15's dev half: papers of a patient's pathway


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Запись 29 от 11.06.2026: рецепт 05-26 0574594 (ф. 148-1/у-04(л))", "05-26 0574594"),
        ("Запись 22: рецепт 0526 571819529 (ф. 148-1/у-04(л))", "0526 571819529"),
        ("от лечения уклоняется, карта ДН 762/Х. Сообщение", "762/Х"),
        ("продлён ВК протокол 392 от 04.05.2026 до 09.05.2026", "392"),
        ("каб. 152. Код записи DG2300. Отменить: 8 (800) 282-40-11", "DG2300"),
        ("Чат «Доктор рядом», консультация ТМК/26/48723 [13:50]", "ТМК/26/48723"),
        ("Чат «Доктор рядом», консультация 960616920 [13:10]", "960616920"),
    ],
)
def test_papers_of_a_patients_pathway(scrubber: TextScrubber, text: str, record: str) -> None:
    assert any(record in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    "text",
    [
        "Телефон для консультаций: 8 (4212) 45-12-90, звонить с 9 до 18.",
        "Консультация по тел. 8-914-204-11-87 (дежурный врач).",
    ],
)
def test_a_phone_for_consultations_stays_a_phone(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "PHONE_NUMBER")
    assert not of_type(scrubber, text, *RECORDS)


def test_an_order_with_its_date_stays(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Согласно приказу 123 от 12.03.2026 и СанПиН.", *RECORDS)


def test_a_passport_typed_with_two_spaces(scrubber: TextScrubber) -> None:
    assert "08 06  759506" in of_type(scrubber, "паспорт 08 06  759506 выдан МВД", "PASSPORT")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("метотрексат 15 мг № 1 (АТХ A02BC01). Координатор", "A02BC01"),
        ("Код МКБ Z94.0; АТХ J05AP08, L04AB04. Склад", "L04AB04"),
        ("Аптека № 21 ГУП «Приморфармация» — журнал", "21"),
        ("глаукома), ВГД 22/23 на фоне капель", "22/23"),
        ("Выдана экспертным составом № 20 ФКУ «ГБ МСЭ»", "20"),
        ("эндопротезирование 17.07.2026 (имплант REF CE7280839) Д-з: M17.1", "CE7280839"),
    ],
)
def test_a_drugs_class_a_pharmacy_a_pressure_a_panel_and_a_catalogue_number_stay(
    scrubber: TextScrubber, text: str, kept: str
) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


def test_a_units_last_letter_opens_no_village(scrubber: TextScrubber) -> None:
    text = "пиридостигмина бромид 60 мг 4 р/д.\nДоставлена в РКБ, приёмное отд."
    assert not of_type(scrubber, text, "LOCATION", "ADDRESS")


def _phone_shapes() -> list[str]:
    """Every writing of an eleven-digit phone the document-number rule leaves to the phone
    recognizers (`documents._PHONE_WRITTEN`): trunk, brackets, separators, group lengths."""
    import itertools

    from ozero.deid.text.recognizers.documents import _PHONE_WRITTEN

    digits = "9137254860"
    shapes = []
    for first, s1, paren, code_len, s2, mid, s3 in itertools.product(
        ["8", "+7"], ["", " ", "-"], [False, True], [3, 4, 5], ["", " ", "-"], [1, 2, 3], " -"
    ):
        if 10 - code_len - mid != 4:
            continue
        code, rest = digits[:code_len], digits[code_len:]
        number = (
            f"{first}{s1}{f'({code})' if paren else code}{s2}{rest[:mid]}"
            f"{s3}{rest[mid : mid + 2]}{s3}{rest[mid + 2 :]}"
        )
        if _PHONE_WRITTEN.fullmatch(number):
            shapes.append(number)
    return shapes


def test_a_phone_the_document_rule_leaves_is_masked_whole(scrubber: TextScrubber) -> None:
    """The document-number rule steps aside for a phone's writing only where a phone
    recognizer masks every digit of it, after any document word."""
    shapes = _phone_shapes()
    assert len(shapes) > 100
    for number in shapes:
        for word in ("Справка", "Справки:", "Направление", "ЭЛН"):
            text = f"{word} {number} выдана."
            assert not digits_left(scrubber, text, number), text
