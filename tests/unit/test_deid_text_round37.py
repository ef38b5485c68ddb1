"""Stop 37 (dev halves of corpora 30–31): identifiers of a CDA document pasted into text, the
day of a CDA time, eight digits after «Дата рождения», a policy-shaped number another
register's word governs (masked as that register's), a table column headed by a form's
code, a personal medical book («ЛМК»). Sentences written for these tests, none taken from a
corpus."""

from __future__ import annotations

from ozero.deid.text import TextScrubber
from ozero.identifiers import enp_check_digit
from tests.unit.text_findings import found, of_type

RECORDS = ("RECORD_ID", "OTHER_ID")
_ENP = "770012345678901" + enp_check_digit("770012345678901")

_CDA = (
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '  <id root="1.2.643.5.1.13.13.12.2.66.6912.100.1.1.51" extension="4418027"/>\n'
    '  <effectiveTime value="202511031502+0300"/>\n'
    "  <recordTarget><patientRole>\n"
    '    <id extension="МК-55/2025" root="1.2.643.5.1.13.13.12.2.66.6912.100.1.1.10"/>\n'
    '    <id root="1.2.643.100.3" extension="112-233-445 95"/>\n'
    '    <patient><birthTime value="19750412"/></patient>\n'
    "  </patientRole></recordTarget>\n"
    '  <participant typeCode="IND"><associatedEntity><scopingOrganization>\n'
    '    <id root="1.2.643.5.1.13.13.99.2.183" extension="1234"/>\n'
    "  </scopingOrganization></associatedEntity></participant>\n"
    "</ClinicalDocument>"
)


def test_a_cda_identifiers_extension_is_its_record_number(scrubber: TextScrubber) -> None:
    spans = found(scrubber, _CDA)
    assert ("RECORD_ID", "4418027") in spans
    assert ("RECORD_ID", "МК-55/2025") in spans  # (the extension written first)
    assert ("SNILS", "112-233-445 95") in spans  # its own root: typed by its checksum


def test_an_insurers_code_in_the_register_of_insurers_is_public(scrubber: TextScrubber) -> None:
    assert "1234" not in of_type(scrubber, _CDA, *RECORDS)


def test_a_cda_times_day_is_a_date_and_its_hour_no_record(scrubber: TextScrubber) -> None:
    spans = found(scrubber, _CDA)
    assert any(kind in ("DATE", "BIRTH_DATE") and value == "19750412" for kind, value in spans)
    assert ("DATE", "20251103") in spans
    assert not any("1502" in value for _, value in spans)


def test_an_impossible_day_in_a_cda_time_is_no_date(scrubber: TextScrubber) -> None:
    text = '<effectiveTime value="20251399"/>'
    assert "20251399" not in of_type(scrubber, text, "DATE", "BIRTH_DATE")


def test_eight_digits_after_date_of_birth_are_the_birth_date(scrubber: TextScrubber) -> None:
    text = "ФИО: Лаптева Ирина Сергеевна   Дата рождения: 20170121   Пол: ж"
    assert of_type(scrubber, text, "BIRTH_DATE", "DATE") == {"20170121"}


def test_a_policy_shaped_number_of_another_register_is_still_masked(
    scrubber: TextScrubber,
) -> None:
    text = f"Запись в регистре УНРЗ {_ENP} подтверждена."
    assert _ENP in of_type(scrubber, text, *RECORDS, "ENP")


def test_a_cda_policy_number_is_read_by_its_checksum(scrubber: TextScrubber) -> None:
    text = f'<id root="1.2.643.5.1.13.13.99.2.183" extension="{_ENP}"/>'
    assert of_type(scrubber, text, "ENP") == {_ENP}


def test_a_column_headed_by_a_certificate_with_its_form_code(scrubber: TextScrubber) -> None:
    text = (
        "№ | Ф.И. ребёнка | отряд | основание (справка 079/у №)\n"
        "1 | Лаптева Ирина | 8 | 118/26\n"
        "2 | Гусев Олег | 3 | Л-4410\n"
    )
    assert {"118/26", "Л-4410"} <= of_type(scrubber, text, *RECORDS)


def test_a_form_code_alone_does_not_make_a_header_a_row(scrubber: TextScrubber) -> None:
    text = "№ | ФИО | отряд\n1 | Лаптева Ирина | 8\nф. 079/у | подпись | дата\n"
    assert not of_type(scrubber, text, *RECORDS)


def test_a_personal_medical_book_number(scrubber: TextScrubber) -> None:
    text = "Аттестован, отметка внесена в ЛМК № 44018231, срок — 2 года."
    assert "44018231" in of_type(scrubber, text, *RECORDS)


def test_a_column_headed_by_a_form_code_alone(scrubber: TextScrubber) -> None:
    text = (
        "№ | ФИО учащегося | класс | ф. 026/у | сертификат 156/у-93\n"
        "1 | Лаптева Ирина Сергеевна | 5А | 5517 | СП-44-18265\n"
        "2 | Гусев Олег | 5Б | 8315 | нет\n"
    )
    assert {"5517", "8315", "СП-44-18265"} <= of_type(scrubber, text, *RECORDS)


def test_a_vaccinations_day_after_its_calendar_stage(scrubber: TextScrubber) -> None:
    text = "Прививки: вакцина против кори (V1) 20221031 серия 4410; против гриппа (RV2) 20250915."
    assert {"20221031", "20250915"} <= of_type(scrubber, text, "DATE")
    assert "4410" not in of_type(scrubber, text, "DATE")


def test_a_surname_and_one_initial_after_a_position_named_vrach_po(
    scrubber: TextScrubber,
) -> None:
    text = "Допуск выдан. Врач по лечебной физкультуре Куруш Б. (печать отделения)"
    assert "Куруш Б." in of_type(scrubber, text, "PERSON")


def test_a_surname_and_one_initial_after_a_coach(scrubber: TextScrubber) -> None:
    text = "Команда края. Тренер Куруш Т., тел. 8 912 440 18 27"
    assert "Куруш Т." in of_type(scrubber, text, "PERSON")


def test_a_given_name_right_before_a_phone(scrubber: TextScrubber) -> None:
    chat = "Папа рядом, Тимур тел. 8 (919) 440-18-27 — звоните ему."
    calls = "Бабушка | Лаптева И.С. | Арина | 8 (928) 440-18-27\n"
    assert "Тимур" in of_type(scrubber, chat, "PERSON")
    assert any("Арина" in value for value in of_type(scrubber, calls, "PERSON"))


def test_an_office_before_its_phone_is_no_name(scrubber: TextScrubber) -> None:
    text = "Регистратура тел. 8 (495) 440-18-27, Справочная 8 (495) 440-18-28"
    assert not of_type(scrubber, text, "PERSON")


def test_a_clinics_medical_licence_is_public(scrubber: TextScrubber) -> None:
    for licence in ("Л041-01377-66/00419882", "ЛО41-01377-66/00419", "ЛО-66-01-004418"):
        text = f"Лицензия на медицинскую деятельность {licence}. Осмотр проведён."
        assert licence not in of_type(scrubber, text, *RECORDS)


def test_a_number_after_an_instruments_quoted_name_is_the_instruments(
    scrubber: TextScrubber,
) -> None:
    text = "ЭЭГ записана (электроэнцефалограф «Нейрон-Спектр-4», № 3318): без особенностей."
    assert "3318" not in of_type(scrubber, text, *RECORDS)


def test_a_number_after_a_worn_devices_quoted_name_stays_masked(scrubber: TextScrubber) -> None:
    text = "Установлен кардиостимулятор «Юнистим», № 551207, контроль через год."
    assert "551207" in of_type(scrubber, text, *RECORDS)


def test_a_kindergarten_group_is_no_record(scrubber: TextScrubber) -> None:
    text = "ЖУРНАЛ осмотров гигиениста, младшая группа № 2 «Солнышко» Дата 23.06.26."
    assert "2" not in of_type(scrubber, text, *RECORDS)


def test_a_surname_and_one_initial_before_their_email(scrubber: TextScrubber) -> None:
    text = "Тел. 8 (347) 216-19-42 вн. 101; копия — в отдел кадров (Куруш Э., e.kurush@mail.ru)"
    assert "Куруш Э." in of_type(scrubber, text, "PERSON")


def test_a_cda_persons_family_and_given_names(scrubber: TextScrubber) -> None:
    text = "<assignedPerson><name><family>Ойтас</family><given>Бэла Ахметовна</given></name>"
    assert {"Ойтас", "Бэла Ахметовна"} <= of_type(scrubber, text, "PERSON")


def test_a_latin_copy_after_a_turkic_patronymic(scrubber: TextScrubber) -> None:
    text = "Гражданину: Норматов Бахтиёр Алишер угли (NORMATOV BAKHTIYOR), 15.10.1982 г.р."
    assert "NORMATOV BAKHTIYOR" in of_type(scrubber, text, "PERSON")


def test_a_label_glossed_in_brackets_before_its_colon(scrubber: TextScrubber) -> None:
    text = "Nationality: RUS   Licence (свидетельство пилота): 4417-26 Авиакомпания: АО «Авиалинии»"
    assert "4417-26" in of_type(scrubber, text, *RECORDS)


def test_an_aside_closing_before_a_field_still_ends_the_search(scrubber: TextScrubber) -> None:
    text = "Со слов (документов нет), вес: 72 кг, рост: 176 см."
    assert not of_type(scrubber, text, *RECORDS)


def test_a_military_id_with_a_hospitals_letters_as_its_series(scrubber: TextScrubber) -> None:
    text = "Личный номер АН-551207; военный билет КБ 4417260 Направлен командиром в/ч 44172"
    assert "КБ 4417260" in of_type(scrubber, text, *RECORDS)


def test_a_passport_after_its_abbreviation(scrubber: TextScrubber) -> None:
    text = "Получатель: Лаптева И.С., пасп. 05-19 441726, родство: дочь."
    assert "05-19 441726" in of_type(scrubber, text, "PASSPORT")


def test_a_surname_and_one_initial_before_a_printed_forms_next_field(
    scrubber: TextScrubber,
) -> None:
    text = "Заключение выдано. Врач УЗД Куруш Э.   Обменная карта № ОК 4417"
    assert "Куруш Э." in of_type(scrubber, text, "PERSON")
    assert not of_type(scrubber, "Назначено: Витамин Е.   по 1 капсуле", "PERSON")
