"""Stop 36 (dev halves of corpora 1–27): a passport's series and number in register columns
of their own («DOCSER;DOCNUM»), a foreign passport right after «документ», the old passport
after the new one, a machine's Latin serial mark, a mobile number texted or listed after
another phone, a handwritten phone broken over two lines. Sentences written for these tests,
none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import found, of_type

RECORDS = ("RECORD_ID", "OTHER_ID")

_REGISTER = (
    "N_ZAP;FAM;IM;DR;DOCTYPE;DOCSER;DOCNUM;SNILS\n"
    "1;Лаптева;Ирина;1981-04-12;14;4617;552190;112-233-445 95\n"
    "2;Гусев;Олег;1975-09-30;14;0309;731204;112-233-445 95\n"
)


def test_register_columns_docser_and_docnum_are_the_passport(scrubber: TextScrubber) -> None:
    spans = of_type(scrubber, _REGISTER, "PASSPORT")
    assert {"4617", "552190", "0309", "731204"} <= spans


def test_a_birth_certificate_series_leaves_its_row_to_others(scrubber: TextScrubber) -> None:
    text = "FAM;DOCTYPE;DOCSER;DOCNUM\nЛаптева;3;II-МЮ;552190\nГусев;3;I-АБ;731204\n"
    assert not of_type(scrubber, text, "PASSPORT")


def test_series_and_number_columns_under_a_table_naming_the_passport(
    scrubber: TextScrubber,
) -> None:
    text = (
        "Сведения о паспорте доверенных лиц\n"
        "| ФИО | Серия | Номер |\n"
        "| Лаптева И.С. | 4617 | 552190 |\n"
        "| Гусев О.П. | 0309 | 731204 |\n"
    )
    assert {"4617", "552190", "0309", "731204"} <= of_type(scrubber, text, "PASSPORT")


def test_a_drugs_series_and_number_columns_are_no_passport(scrubber: TextScrubber) -> None:
    text = (
        "| Препарат | Серия | Номер |\n"
        "| Эналаприл | 1234 | 567890 |\n"
        "| Метформин | 2234 | 567891 |\n"
    )
    assert not of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Рахимов Д.Ш., 03.02.1990, Узбекистан; документ FA4471209; ИНН нет", "FA4471209"),
        ("гражданка Армении, документ AT 0452117, прибыла 12.05", "AT 0452117"),
    ],
)
def test_a_foreign_passport_right_after_dokument(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "PASSPORT")


def test_a_payment_document_number_is_no_passport(scrubber: TextScrubber) -> None:
    text = "Документ об оплате AB1234567 от 12.03.2025 приложен."
    assert not of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("сменил паспорт: новый 45 19 227841, старый 4503118276 — внести в карту", "4503118276"),
        ("паспорт 4519 227841 (прежний: 4503-118276) сдан в МВД", "4503-118276"),
    ],
)
def test_the_old_passport_after_the_new(scrubber: TextScrubber, text: str, old: str) -> None:
    assert old in of_type(scrubber, text, "PASSPORT")


def test_an_old_address_after_a_passport_is_no_passport(scrubber: TextScrubber) -> None:
    text = "паспорт 4510 123456, старый адрес: ул. Ленина, д. 5"
    assert of_type(scrubber, text, "PASSPORT") == {"4510 123456"}


@pytest.mark.parametrize(
    ("text", "serial"),
    [
        ("Анализатор: Sysmex XN-1000, S/N 36D0388. Результат выдал врач КДЛ", "36D0388"),
        ("Аппарат Fresenius 5008S, место 3, S/N 61W376264. Диализатор FX80", "61W376264"),
        ("Платформа Illumina MiSeq (S/N M04422); набор реагентов партия 617", "M04422"),
        ("Radiometer ABL90 FLEX PLUS · s/n KA9934 · Отчёт пациента", "KA9934"),
    ],
)
def test_a_machines_latin_serial_mark_is_no_record(
    scrubber: TextScrubber, text: str, serial: str
) -> None:
    assert serial not in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "serial"),
    [
        ("установлена инсулиновая помпа Medtronic MiniMed 780G, S/N NG8393789H", "NG8393789H"),
        ("эндопротез тазобедренного сустава Zimmer, S/N 4471-0082-19", "4471-0082-19"),
    ],
)
def test_a_worn_devices_latin_serial_stays_the_patients(
    scrubber: TextScrubber, text: str, serial: str
) -> None:
    assert serial in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("10:16 SMS с кодом подтверждения на 9319845629 (шлюз 4)", "9319845629"),
        ("пытались дозвониться на 9161234567, не отвечает", "9161234567"),
        ("Контакты: 8 977 675 11 40; 9813733083 (сестра)", "9813733083"),
    ],
)
def test_a_bare_mobile_texted_called_or_listed_is_a_phone(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert ("PHONE_NUMBER", phone) in found(scrubber, text)


def test_a_bare_ten_digit_case_number_stays_a_record(scrubber: TextScrubber) -> None:
    text = "Госуслуги: заявление № 9596378423 принято."
    assert ("PHONE_NUMBER", "9596378423") not in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("оповестить по тел. 8 9062\n37 28 93\nОтпущено 01.04.2026", "8 9062\n37 28 93"),
        ("Телефон для связи: 8 999 52\n22 561\n— 4 —", "8 999 52\n22 561"),
        ("сообщить по тел. 89 15 720\n6254 после поступления", "89 15 720\n6254"),
    ],
)
def test_a_handwritten_phone_broken_over_two_lines(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


def test_numbers_on_two_lines_without_a_calling_word_are_no_phone(
    scrubber: TextScrubber,
) -> None:
    text = "Итого 8 9062\n37 28 93 руб. за период"
    assert not of_type(scrubber, text, "PHONE_NUMBER")
