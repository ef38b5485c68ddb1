"""The seventh round of the Russian free-text rules, one class each: dashed dates and dates
before a clock time, police registrations, equipment serials, claim registers, numbers
listed with a slash, insurers' INNs, call cards, names in lower case, in name fields, before
a role in parentheses, transliterated into Latin, after an admission verb, a surname
repeated in a document, devices named after people, imaging compounds, streets typed after
the name, temporary residence. Sentences written for these tests (synthetic values, none
taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.lexicon import is_safe_code
from ozero.deid.text.recognizers.surname import _from_latin
from tests.unit.text_findings import of_type

# ------------------------------------------------------------------ dates ------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Перезвонить: приём назначен на 14 октября 10:40, кабинет 5.", "14 октября"),
        ("Повторная явка 3 марта в 9.15 натощак.", "3 марта"),
        ("Согласие подписано. 21-09-2024 /подпись/", "21-09-2024"),
    ],
)
def test_dates_before_a_clock_time_and_dashed(scrubber: TextScrubber, text: str, date: str) -> None:
    assert date in of_type(scrubber, text, "DATE", "BIRTH_DATE")
    assert date not in of_type(scrubber, text, "RECORD_ID")


def test_a_day_and_month_before_a_plain_number_stays_out(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Курс с 5 марта 12 инъекций.", "DATE")


def test_dashed_dates_are_safe_codes() -> None:
    assert is_safe_code("07-11-2023")
    assert not is_safe_code("07-11-2023-4")
    assert not is_safe_code("45-13-2023")  # no thirteenth month


# ------------------------------------------------------------------ numbers ----------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Материал проверки (КУСП № 40718) передан в отдел.", "40718"),
        ("Зарегистрировано в КУСП 40719 дежурной частью.", "40719"),
        ("КВ 5817. Бригада 12, вызов в 14:20.", "5817"),
    ],
)
def test_police_registrations_and_call_cards_are_records(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_numbers_listed_with_a_spaced_slash_share_their_head(scrubber: TextScrubber) -> None:
    text = "Штрихкоды пробирок: 550123987 / 550123988, доставлены курьером."
    assert {"550123987", "550123988"} <= of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Гастроскоп Pentax EG-2990i, s/n 7712045 (оборудование кабинета).",
        "Маммограф отделения, серийный № 55120-77, поверен.",
        "Реестр счетов № 071 за октябрь 2025 г. направлен в ТФОМС.",
        "Реестр счетов 0712 сформирован.",
    ],
)
def test_equipment_serials_and_claim_registers_are_kept(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_an_implant_serial_and_a_bare_register_stay_records(scrubber: TextScrubber) -> None:
    assert "SN 45120" in " ".join(
        of_type(scrubber, "Эндопротез коленного сустава, SN 45120.", "RECORD_ID")
    ) or "45120" in of_type(scrubber, "Эндопротез коленного сустава, SN 45120.", "RECORD_ID")
    assert "0481234" in of_type(scrubber, "Реестр 0481234 доноров.", "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Полис ДМС, ИНН страховщика 7707083893, лимит 100 000 руб.",
        "Страховая компания АО «Пример», ИНН 7707083893.",
        "Исполнитель: ООО «Клиника», ИНН 7707083893.",
    ],
)
def test_a_service_organisations_inn_is_kept(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "INN")


@pytest.mark.parametrize(
    "text",
    [
        "Место работы: АО «Пример», ИНН 7707083893.",
        "ИНН 7707083893",
        "ИНН 500100732259, страховщик уведомлён.",
    ],
)
def test_an_employers_or_a_persons_inn_still_goes(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "INN")


# ------------------------------------------------------------------ names ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("здравствуйте, я зуева, хочу перенести запись", "зуева"),
        ("меня зовут кондратьев, перезвоните", "кондратьев"),
        ("продиктуйте фио: пациентка зуева нина павловна 1970 г.р.", "зуева нина павловна"),
        ("записана нина павловна зуева на вторник", "нина павловна зуева"),
    ],
)
def test_names_in_lower_case(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["я здорова, жалоб нет", "я против госпитализации", "я сама приеду", "иван ильич болел"],
)
def test_lower_case_ordinary_words_are_no_names(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON") - {"иван ильич"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Фамилия Черных Имя Олег Отчество Ильич", {"Черных", "Олег", "Ильич"}),
        ("ZAP: FAM=Белых, IM=Дарья, OT=Игоревна, W=2", {"Белых", "Дарья", "Игоревна"}),
        ("FAM_P=Седова, IM_P=Алла", {"Седова", "Алла"}),
    ],
)
def test_name_fields(scrubber: TextScrubber, text: str, names: set[str]) -> None:
    found = " ".join(of_type(scrubber, text, "PERSON"))
    assert all(n in found for n in names)


def test_a_name_field_heading_is_no_name(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Фамилия Имя Отчество (полностью):", "PERSON")


def test_a_word_before_a_role_in_parentheses(scrubber: TextScrubber) -> None:
    text = "Контакт с Крайних (соседка, ОРВИ) на прошлой неделе."
    assert "Крайних" in of_type(scrubber, text, "PERSON")
    assert not of_type(scrubber, "Осмотр (терапевт, плановый) проведён.", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Uvazhaemaia Evgeniia Zhuravleva, vy zapisany na priem", "Evgeniia Zhuravleva"),
        ("SMS: Sergei Kovalenko, napominaem o vizite", "Sergei Kovalenko"),
        ("Dear Dmitrii Sokolov, your results are ready", "Dmitrii Sokolov"),
        ("Spisok: ZAITSEVA IULIIA - priem 12.05", "ZAITSEVA IULIIA"),
    ],
)
def test_transliterated_names(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Olympus Medical Systems, EVIS Exera",
        "Aqua Destillata ad 200 ml",
        "Sol Insulini Actrapidi",
        "Philips Ingenia Ambition",
        "ECOG PS 1, HBSAG NEGATIVE, DICOM STUDY",
    ],
)
def test_latin_brands_and_recipes_are_no_names(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


def test_transliteration_reading() -> None:
    assert _from_latin("Arsenii") == "арсений"
    assert _from_latin("Iuliia") in {"юлия", "иулия"}
    assert _from_latin("Matvei") == "матвей"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В 14:20 поступила Крайнова, вещи по описи.", "Крайнова"),
        ("Доставлен Ищенко бригадой СМП.", "Ищенко"),
    ],
)
def test_subject_of_an_admission_verb(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["Доставлен Бригадой СМП.", "Выписана Домой.", "Поступил Повторно.", "Осмотрен Хирургом."],
)
def test_admission_verbs_before_ordinary_words(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


def test_a_repeated_surname_is_the_same_person(scrubber: TextScrubber) -> None:
    text = "Врач Глухих Е.А. Рекомендации дал Глухих. Со слов ГЛУХИХ, явка через неделю."
    persons = of_type(scrubber, text, "PERSON")
    assert {"Глухих", "ГЛУХИХ"} <= persons
    text = "Пациентка Сорокина Вера Ильинична. Со слов Сорокиной, болеет неделю."
    assert "Сорокиной" in of_type(scrubber, text, "PERSON")


def test_a_repeated_surname_keeps_eponyms_and_adjectives(scrubber: TextScrubber) -> None:
    text = "Осмотрена Белой И.И. Белая кожа чистая. Консультация Боткина С.П., болезнь Боткина?"
    persons = of_type(scrubber, text, "PERSON")
    assert "Белая" not in persons
    assert "Боткина" not in persons  # «болезнь Боткина» stays; «Боткина С.П.» goes
    assert "Боткина С.П." in persons


@pytest.mark.parametrize(
    "text",
    [
        "Иммобилизация шиной Дитерихса, холод.",
        "Наложена повязка Дезо.",
        "Вытяжение петлёй Глиссона.",
        "Рентгенконтроль 05.05.2025: стояние удовлетворительное.",
        "Физиолечение 10 процедур.",
    ],
)
def test_devices_and_imaging_compounds_are_no_names(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


# ------------------------------------------------------------------ addresses --------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Место пребывания: Луговая ул. 14/2 кв.7", "Луговая ул. 14/2 кв.7"),
        ("Проживает: Сиреневая улица, д. 3, кв. 11", "Сиреневая улица, д. 3, кв. 11"),
    ],
)
def test_streets_typed_after_the_name(scrubber: TextScrubber, text: str, address: str) -> None:
    assert address in of_type(scrubber, text, "ADDRESS", "LOCATION")


def test_a_stay_without_an_address_is_no_address(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Период пребывания: 12 дней.", "ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("АДРЕС: Г. ПСКОВ, УЛ. СОВЕТСКАЯ, Д. 17, КВ. 4", "Г. ПСКОВ, УЛ. СОВЕТСКАЯ, Д. 17, КВ. 4"),
        ("ПРОЖИВАЕТ: ВЛАДИМИРСКАЯ ОБЛ., Д. ЛУКИНО, ДОМ 8", "ВЛАДИМИРСКАЯ ОБЛ., Д. ЛУКИНО, ДОМ 8"),
    ],
)
def test_addresses_in_capitals(scrubber: TextScrubber, text: str, address: str) -> None:
    assert address in of_type(scrubber, text, "ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    "text", ["ОАК: НВ 132 Г/Л, ЛЕЙК. 6,1", "ПРИНИМАТЬ ПО 2 ТАБ. 3 РАЗА В ДЕНЬ", "ГБУЗ ЦРБ, ОТД. 3"]
)
def test_capitals_without_an_address(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")


def test_house_and_flat_numbers_in_words(scrubber: TextScrubber) -> None:
    text = "Адрес: улица Заречная, дом тридцать семь, квартира двенадцать, код не помню"
    found = " ".join(of_type(scrubber, text, "ADDRESS", "LOCATION"))
    assert "дом тридцать семь" in found
    assert "квартира двенадцать" in found
    assert not of_type(scrubber, "Принял два раза по одной.", "ADDRESS", "LOCATION")


def test_addresses_read_through_ocr_look_alikes(scrubber: TextScrubber) -> None:
    text = "Прож.: г. Тверь, yл. Садовая, д. 1З, кв. 4O"  # Latin y, a «З» and an «O» for digits
    assert "г. Тверь, yл. Садовая, д. 1З, кв. 4O" in of_type(scrubber, text, "ADDRESS")
    assert not of_type(scrubber, "Hb 132 г/л, pH 7,4, Ca 2,3, Kоэфф. 0,5", "ADDRESS", "LOCATION")
