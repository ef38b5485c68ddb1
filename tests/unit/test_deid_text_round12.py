"""The twelfth round of the Russian free-text rules: record-number precision, one class
each. Numbers an organisation owns, whoever a paper is about: its property's inventory
number and a thing's factory serial (an implant's or a worn device's stays the patient's),
a product's lot in text and in a «серия» column (not «серия и номер рецепта»), a cash
register's fiscal data (shift, ФД, ФП, ЗН ККТ), UPD and goods waybills, a department's
requisition, a test lab's report, a supply contract, a payment order, an organisation's
order (even about one employee), an arbitration case, an organisation's bank
account, a system's message ID, a range of blanks with its count. Papers of one person stay
records (an invoice, a sample's waybill, a receipt, a rental contract, «ИПРА инв.», a
doctor's accreditation). Records that were missed: personnel numbers, a visa, a booking
code, HL7 v2 fields by position. Phones glued or said in words; a «Документ:» label names a
passport. Sentences written for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.lexicon import equipment_serial, tokens
from ozero.deid.text.recognizers.numero_head import counted_range, public_shape
from tests.unit.text_findings import of_type

# ------------------------------------------------------- an organisation's numbers -----


@pytest.mark.parametrize(
    "text",
    [
        # inventory numbers and factory serials of things
        "Термостат ТС-80, инв. № 0104417723, исправен.",
        "Кровать функциональная, инвентарный номер 0105561209 — сломан привод.",
        "Датчик температуры зав. № QX-40918275; поверка до 03.2027.",
        "Блок питания (зав. № 58T31904) заменён.",
        "Оптика Stryker, зав. № KT-51290846 | 1 |",
        # lots
        "Лампы ДБ-36 № партии 771204, замена 12.03.2025.",
        # a cash register's fiscal data
        "Смена № 214",
        "ФН № 9961440300512287 ФД № 30418 ФП 2230418577",
        "ЗН ККТ 00107733519046",
        # UPD, goods' waybills, requisitions, organisations' bank accounts
        "УПД № 61528 от 14.05.2025, сумма 118 400,00.",
        "Получено по товарной накладной № 33817 от 11.02.2025.",
        "Расход по требованию № 4471 от 03.03.2025.",
        "Получатель: ООО «Север», сч. № 40702810400000071234.",
        # a test lab's report, a supply contract, orders, court cases of organisations
        "ПРОТОКОЛ ИСПЫТАНИЙ № 71153-В от 12.05.2025",
        "по договору поставки № 77/25-П от 01.02.2025",
        "В соответствии с приказом № 318-к от 04.03.2025 комиссия в составе:",
        "ПРИКАЗ № 512-лс от 11.11.2025 О премировании",
        "Арбитражный суд, дело № А40-118273/2025, определение.",
        "учётный номер КНМ 11117300081932",
        # a system's message and a range of blanks handed out
        "2025-03-01 10:14:07 ERROR msg_id=7c1e31904-b2c1 send failed",
        "Выдано врачу: № 552100 — № 552149 (50 шт.), подпись.",
        "Поступило: серия 41 № 552100 — № 552599 (500 шт.).",
    ],
)
def test_an_organisations_number_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_a_car_plate_stays_masked(scrubber: TextScrubber) -> None:
    """A vehicle identifier (HIPAA Safe Harbor's twelfth): the register names its owner."""
    text = "Въезд разрешён автомобилю Kia Rio, гос. номер М417ОР 77."
    assert of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    "text",
    [
        "| наименование | серия | годен до |\n| Гепарин 5000 МЕ | 44Л917 | 09.2026 |\n"
        "| Натрия хлорид 0,9 % | 881204 | 12.2027 |\n| Цефазолин 1 г | 570093 | 01.2027 |",
    ],
)
def test_a_column_of_lots_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a worn device's or an implant's serial stays the patient's
        ("Слуховой аппарат Phonak, зав. № 1718QX204 выдан пациенту.", "1718QX204"),
        ("Эндопротез коленного сустава, заводской номер 48817-22", "48817-22"),
        # a paper about one person keeps its number
        ("Счёт-требование не выставлялся. История болезни № 4471/25.", "4471/25"),
        # an individual's bank account (408…) is personal
        ("Вернуть на счёт 40817810400000071234 Петрова И.И.", "40817810400000071234"),
    ],
)
def test_a_persons_number_stays_a_record(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_a_factory_serial_belongs_to_a_thing_unless_worn() -> None:
    toks = tokens("Термоиндикатор зав")
    assert equipment_serial(toks, len(toks) - 1)
    toks = tokens("Кохлеарный имплант зав")
    assert not equipment_serial(toks, len(toks) - 1)


@pytest.mark.parametrize(
    ("number", "public"),
    [
        ("А40-118273/2025", True),
        ("A7-3188/2025", True),
        ("М417ОР77", False),  # a car plate names its owner: masked
        ("40702810400000071234", True),
        ("40817810400000071234", False),  # an individual's account
        ("4471/25", False),
        ("12-АБ", False),
    ],
)
def test_public_shapes(number: str, public: bool) -> None:
    assert public_shape(number) is public


def test_a_counted_range() -> None:
    text = "№ 552100 — № 552149 (50 шт.)"
    first, last = text.index("552100"), text.index("552149")
    assert counted_range(text, first, first + 6)
    assert counted_range(text, last, last + 6)
    single = "Испорчен бланк № 552100 (ошибка)."
    at = single.index("552100")
    assert not counted_range(single, at, at + 6)


# ---------------------------------------------------------- personnel numbers -----------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "| № | Ф.И.О. | дата рожд. | таб. № | дата |\n"
            "| 1 | Лаврова Нина Ивановна | 19.03.1963 | 2050 | 28.12.2025 |\n"
            "| 2 | Серов Пётр Ильич | 02.10.1987 | 6173 | 28.12.2025 |",
            "2050",
        ),
        ("Водитель Ким Р.Р., вод. удостоверение 40 53 905400, таб. № 617", "617"),
    ],
)
def test_personnel_numbers(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_a_tablet_count_is_no_personnel_number(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Метформин 500 мг, таб. № 120, по 1 таб. 2 раза.", "RECORD_ID")


# ---------------------------------------------------------------------- phones ----------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Заказчик 8 914 5517203, e-mail указан ниже.", "8 914 5517203"),
        ("Сын: +7 (921) 4417082, звонить вечером.", "+7 (921) 4417082"),
        ("принял дежурный фельдшер Т.Е. Лаптева, т. 41377", "41377"),
        ("| 02.04.2025 | Иванову П.С., пал. 4 | Серова Н.А., 518204 | фрукты |", "518204"),
        ("запишите на мой номер плюс семь 912 401 двадцать два сорок три", None),
        ("номер 8 931 пятьсот тридцать восемь ноль шесть двадцать четыре, спасибо", None),
        ("| посетитель | тел. | м/с |\n| Орлова Н.Т. | 318-425 | Ким |", "318-425"),
    ],
)
def test_phones_glued_local_in_a_column_and_said(
    scrubber: TextScrubber, text: str, phone: str | None
) -> None:
    found = of_type(scrubber, text, "PHONE_NUMBER")
    if phone is None:  # said in words: the whole phrase from «плюс семь» / «8»
        assert any(("плюс семь" in f or f.startswith("8 ")) and len(f) > 20 for f in found)
    else:
        assert phone in found


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И.И., 123456 Москва",  # a postal index before a town
        "Отчёт № 41377 выгружен.",
        "восемь раз по два",  # not ten digits
    ],
)
def test_no_phone_without_a_contact(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


# ------------------------------------------------------------------- passports ---------


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Пассажир: IVANOVA ANNA / Документ: 45 17 330912", "45 17 330912"),
        ("Пассажир: PETROV ILYA / Документ: 4517-330912", "4517-330912"),
    ],
)
def test_a_document_label_names_the_passport(
    scrubber: TextScrubber, text: str, passport: str
) -> None:
    assert passport in of_type(scrubber, text, "PASSPORT")


def test_a_visa_after_a_passport_is_a_record(scrubber: TextScrubber) -> None:
    text = "Паспорт: AB4417082   Виза № 441708213 до 06.05.2025"
    assert "AB4417082" in of_type(scrubber, text, "PASSPORT")
    assert "441708213" in of_type(scrubber, text, "RECORD_ID")
    assert "441708213" not in of_type(scrubber, text, "PASSPORT")


# ------------------------------------------------- more of an organisation's numbers -----


@pytest.mark.parametrize(
    "text",
    [
        "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 418           04.09.2025",
        "Тонометр OMRON M2, поверка, свид. № С-ВЬ/12-44-2025/301775412",
        "ИЛЦ ФБУЗ, аттестат аккредитации № RA.RU.710334",
        "Главный бухгалтер О.Н. Ершова, тел. 8 (4752) 71-20-14, доб. 3317",
        "| дата | документ | дебет |\n| 08.02.2026 | УПД № 41528 | 412 800,00 |\n"
        "| 12.02.2026 | платёжное поручение № 715 | |",
        "| № | изделие | зав. № | инв. № | дата | исполнитель |\n"
        "| 1 | Электрокардиограф ЭК1Т | 31C77204 | 0101554817 | 11.09.2025 | Лаптев И.Г. |\n"
        "| 2 | Дефибриллятор ДКИ-Н-10 | 5512 | 0101301772 | 12.09.2025 | Лаптев И.Г. |",
        "Не работает кнопка вызова (система «Вызов», блок зав. № 41Z70913).",
        "| наименование | серия | годен до |\n| Гепарин | SW6068-34 | 09.2026 |\n"
        "| Цефазолин | KT4471-12 | 01.2027 |",
    ],
)
def test_more_numbers_of_organisations(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_a_version_is_no_date(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Справочник обновлён до версии 4.12.", "DATE")
    assert "4.12" in of_type(scrubber, "Явка 4.12 к 9:00.", "DATE")


def test_a_booking_code_is_a_record(scrubber: TextScrubber) -> None:
    text = "Номер билета: 555 2210441077   Код бронирования: QKT417"
    assert "QKT417" in of_type(scrubber, text, "RECORD_ID")


# ------------------------------------------------------------------------- HL7 ----------

_HL7 = (
    "MSH|^~\\&|LIS|LAB_1|MIS|GB1|202503140915||ORU^R01|MSG44102|P|2.5\n"
    "PID|1||4471025^^^MIS^MR~112-233-445 95^^^PFR^SS||ОРЛОВА НИНА ПЕТРОВНА||19610312|F\n"
    "PV1|1|O|ENDO^12||||ЛАПТЕВ ИГОРЬ\n"
    "OBR|1|7700412231|9100541127|HbA1c\n"
    "OBX|1|NM|4548-4^HbA1c^LN||6.1|%|4.0-6.0|H|||F|||202503141032"
)


def test_hl7_fields_by_position(scrubber: TextScrubber) -> None:
    records = of_type(scrubber, _HL7, "RECORD_ID")
    assert {"4471025", "7700412231", "9100541127"} <= records
    assert not any(r.startswith("2025031") for r in records)  # timestamps are no records
    dates = of_type(scrubber, _HL7, "DATE", "BIRTH_DATE")
    assert {"20250314", "19610312"} <= dates
    assert "ЛАПТЕВ ИГОРЬ" in of_type(scrubber, _HL7, "PERSON")


def test_a_timestamp_outside_hl7_stays_a_number(scrubber: TextScrubber) -> None:
    assert "202503150001" in of_type(scrubber, "Номер заказа 202503150001.", "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a column of a paper's series and number is no column of lots
        (
            "| № | Ф.И.О. | серия и номер рецепта | дата |\n"
            "| 1 | Лаврова Н.И. | 45-24 № 0123457 | 03.03.2025 |\n"
            "| 2 | Серов П.И. | 45-24 № 0123458 | 03.03.2025 |",
            "0123457",
        ),
        # a patient's invoice and a courier waybill of a sample stay records
        ("Счёт № 57731 за лечение Лавровой Н.И. оплачен.", "57731"),
        ("Биоматериал пациента Серова П.И. отправлен, накладная № 4471025.", "4471025"),
        # «Зав. отделением» is no factory number
        ("Зав. отделением Петров П.П., ИБ 44710", "44710"),
        # «инв.» of an invalid, «ВН» of a sick leave, a rental contract with a person
        ("ИПРА инв. № 1234.12.12/2025", "1234.12.12/2025"),
        ("Листок ВН № 910087654321", "910087654321"),
        ("Договор аренды № 17/25-А с Серовым П.И.", "17/25-А"),
        # a receipt's number may be a patient's payment (corpora disagree): kept masked
        ("Оплачено по кассовому чеку № 000381.", "000381"),
        # a doctor's personal accreditation is a record
        ("Свидетельство об аккредитации специалиста № 7724 031177 20", "7724 031177 20"),
    ],
)
def test_papers_of_one_person_stay_records(scrubber: TextScrubber, text: str, number: str) -> None:
    assert any(number in f for f in of_type(scrubber, text, "RECORD_ID"))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Дежурный врач, тел. 5317720", "5317720"),
        ("продиктовала телефон 8 9 1 2 4 4 1 7 0 8 2", "8 9 1 2 4 4 1 7 0 8 2"),
    ],
)
def test_seven_glued_digits_and_a_phone_dictated_digit_by_digit(
    scrubber: TextScrubber, text: str, phone: str
) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")
