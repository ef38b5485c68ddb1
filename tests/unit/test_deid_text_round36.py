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


# Round 36b (corpora 28 and 29's dev halves: drug provision, clinical research)


@pytest.mark.parametrize("date", ["06-JUL-2026", "29MAY2026", "03/NOV/2026", "14 Apr 1953"])
def test_a_day_with_an_english_month_is_a_date_over_a_papers_number(
    scrubber: TextScrubber, date: str
) -> None:
    text = f"Запрос закрыт {date} монитором, дата начала: {date} vs следующая"
    assert date in of_type(scrubber, text, "DATE", "BIRTH_DATE")


def test_a_column_of_english_month_dates_stays_dates(scrubber: TextScrubber) -> None:
    text = "| Субъект | Дата |\n| 01-017 | 26-AUG-1975 |\n| 01-018 | 27-SEP-2026 |\n"
    assert {"26-AUG-1975", "27-SEP-2026"} <= of_type(scrubber, text, "DATE", "BIRTH_DATE")


@pytest.mark.parametrize("text", ["партия 12MAR20261 выдана", "карта 10AUG2024X1 выдана"])
def test_an_english_month_inside_a_longer_code_is_no_date(
    scrubber: TextScrubber, text: str
) -> None:
    assert not of_type(scrubber, text, "DATE")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Subject: 56-127   Initials: NIE   DOB: 14 Apr 1953", "NIE"),
        ("номер субъекта 75-258; инициалы Д.Э.В.; дата рождения 1960", "Д.Э.В."),
        ("| SCR-295-4560 | Г.Д.Ф. | 26-AUG-1975 |", "Г.Д.Ф."),
        ("Narrative: Patient N., a 73-year-old female, was randomised", "N."),
        ("Сообщаю, что участник (В., 76 лет) госпитализирован", "В."),
        ("пациент К., 54 г., поступил в стационар", "К."),
    ],
)
def test_a_subjects_initials_are_his_name(scrubber: TextScrubber, text: str, initials: str) -> None:
    assert initials in of_type(scrubber, text, "PERSON")


def test_the_name_columns_label_is_no_one(scrubber: TextScrubber) -> None:
    text = "| Ф.И.О. | Дата |\n| Лаптева И.С. | 12.03.2025 |\n"
    assert "Ф.И.О." not in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Authors: Ildar Noskov, Claire Dubois, Elif Yilmaz", "Claire Dubois"),
        ("Authors: Ildar Noskov, Claire Dubois, Elif Yilmaz", "Ildar Noskov"),
        ("CRA James O'Neill, tel. +1 (919) 765-5480", "James O'Neill"),
        ("From: Priya Raman <pv.russia@cro.example.ru>", "Priya Raman"),
        ("Approved by Tomasz Nowak, PhD, 22 Aug 2026", "Tomasz Nowak"),
    ],
)
def test_a_latin_name_after_a_role_or_before_an_email(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_an_office_before_an_email_is_no_person(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "To: Safety Desk <safety@cro.example.ru>", "PERSON")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SAE FOLLOW-UP REPORT #2 — Protocol MK-3475-B21, Site 05", "MK-3475-B21"),
        ("Протокол TRX-112-II; центр RU091; спонсор АО «Фарм»", "TRX-112-II"),
        ("с 23.03.2026 участвует в исследовании SIB-ONC-2025-04 после", "2025-04"),
        ("enrolled in trial CARDIO-REG-07 (NCT01934876; EudraCT 2019-004193-12)", "NCT01934876"),
        ("enrolled in trial CARDIO-REG-07 (NCT01934876; EudraCT 2019-004193-12)", "2019-004193-12"),
        ("Funding: grant 25-70-10276. Conflicts: none.", "25-70-10276"),
        ("PT (MedDRA 10001551) | расхождение", "10001551"),
        ("РУ ЛСР-007194/00, EAN 4607341569482; цена 4800,93 руб.", "4607341569482"),
        ("GTIN: 04607408959493   Серийный №: 2Xmk8dv7Xk", "04607408959493"),
    ],
)
def test_a_trials_or_a_products_public_code_is_no_record(
    scrubber: TextScrubber, text: str, code: str
) -> None:
    assert not any(code in span for span in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Вскрытие: проведено, протокол HB26-21726-A1. О смерти сообщил сын", "HB26-21726-A1"),
        ("КТ ОГК, исследование CT23787980, доза 5,2 мЗв", "CT23787980"),
        ("протокол ВК № 123 от 12.03.2026", "123"),
    ],
)
def test_a_patients_own_protocol_or_study_stays_a_record(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, *RECORDS)


def test_a_study_label_of_an_export_stays_the_patients(scrubber: TextScrubber) -> None:
    text = "PACS export · Study: RX2025-4471 · Patient ID PACS3350623"
    assert "RX2025-4471" in of_type(scrubber, text, *RECORDS)


def test_a_brand_named_implants_latin_serial_stays_the_patients(scrubber: TextScrubber) -> None:
    text = "Имплантирован ЭКС. Контроль: Medtronic Adapta ADDR01, S/N PWD123456H"
    assert "PWD123456H" in of_type(scrubber, text, *RECORDS)


# Round 36d (corpus 29's dev half: research subjects' numbers and correspondents)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hospital record no.: 133414-С; outcome: recovering", "133414-С"),
        ("was randomised (randomisation no. R7488). At Visit 13", "R7488"),
        ("Case ID: AER-1559070   Subject: 56-127   Initials: NIE", "56-127"),
        ("шифр диспансерного учёта 638240. Согласие на лечение", "638240"),
        ("Ваш регистровый номер: RU-UPT-09569 (укажите его в ответе)", "RU-UPT-09569"),
        ("Номер СНЯ спонсора: RU-RLH-2026-306168", "RU-RLH-2026-306168"),
        ("отзыв согласия, вх. № RU-HEK-98190 от 12.05.2026", "RU-HEK-98190"),
    ],
)
def test_a_research_subjects_numbers(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, *RECORDS)


def test_an_english_no_without_a_number_is_nothing(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "there were no. 5 events in the arm", *RECORDS)


def test_a_mixed_case_virus_name_stays_a_word(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "ПЦР-исследование на SARS-CoV-2 отрицательно", *RECORDS)


def test_a_labs_code_as_a_participant_of_quality_control_is_no_persons(
    scrubber: TextScrubber,
) -> None:
    text = "ГБУЗ «Городская поликлиника № 5», код участника 3246; Омская область"
    assert "3246" not in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kit 939409 was returned. Best regards, Lars Eriksen, Senior CRA", "Lars Eriksen"),
        (
            "верна дата 24.09.2026. Безопасность: Ana Ferreira, ctu@clinic.example.ru",
            "Ana Ferreira",
        ),
        ("AE start date. Dear Нурлан, In the eCRF the AE onset", "Нурлан"),
    ],
)
def test_a_correspondents_name_in_an_english_letter(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_dear_colleagues_is_no_one(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Dear Colleagues, the protocol was amended.", "PERSON")


def test_an_analysers_serial_by_a_maker_of_analysers_is_the_machines(
    scrubber: TextScrubber,
) -> None:
    text = "Калибровка: Abbott Alinity c, SN 90268. Решение: серия допущена"
    assert "90268" not in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text", ["(рецепт 63НП 0000695) Сумма к оплате", "льгота 100% (рецепт 44АА 0003211)"]
)
def test_a_prescriptions_lettered_series_and_number(scrubber: TextScrubber, text: str) -> None:
    spans = of_type(scrubber, text, *RECORDS)
    assert any(span.endswith(("0000695", "0003211")) for span in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| 0,5 мл в/м | серия 221-0617 | нет | Сантос Ж. | | R1 |", "Сантос Ж."),
        ("| лаборант | первичный | Вагнер К. | | 26.03.2025 |", "Вагнер К."),
        ("Ирина К., 34 года, обратилась повторно", "Ирина К."),
    ],
)
def test_a_word_the_dictionary_reads_as_a_given_name_before_one_initial(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize("text", ["Гепатит В. Назначено лечение", "Приложение А. Схема"])
def test_a_common_noun_before_a_letter_is_no_person(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")
