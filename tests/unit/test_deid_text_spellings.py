"""Spellings of identifiers the fourth blind corpus's author reported (issue 14): passports
with a dash or a split number, phones without 8/+7 or broken into odd groups, dates with
Roman-numeral months or dashes, and places that say where an agency is, not where a
person lives. The examples are written here, not copied from any corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.agencies import agency_place
from ozero.deid.text.recognizers.lexicon import is_safe_code
from ozero.deid.text.spacing import close_up, span_back
from tests.unit.text_findings import found, of_type

# ---------------------------------------------------------------- passports, phones --


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("PASSPORT", "Предъявлен паспорт 4711-305298, выдан ГУ МВД.", "4711-305298"),
        ("PASSPORT", "паспорт: серия 6302 №418 277, выдан 2015 г.", "6302 №418 277"),
        ("PASSPORT", "Больная предъявила паспорт 45 09 № 731204", "45 09 № 731204"),
        ("PASSPORT", "Пациентка Н., 63 11 №205517, гражданство РФ", "63 11 №205517"),
        ("PASSPORT", "ДУЛ 14 5203 661820; полис ОМС действует", "5203 661820"),
        ("PASSPORT", "паспорт иностр. гражданина X7K2P9M41, въезд 2024", "X7K2P9M41"),
        ("RECORD_ID", "Водитель Гаранин, вод. удост. 77 18 402913, АД 130/85", "77 18 402913"),
        ("RECORD_ID", "Предъявлено ВУ 61 07 552190, категория B", "61 07 552190"),
        ("RECORD_ID", "Выдана медсправка № 3307 118245", "3307 118245"),  # not «3307» alone
        ("PHONE_NUMBER", "Справки по тел. (4912) 27-44-19, с 9 до 17.", "(4912) 27-44-19"),
        ("PHONE_NUMBER", "Регистратура: (812) 346-22-81", "(812) 346-22-81"),
        ("PHONE_NUMBER", "Дочь — 8-4162-55-20-13.", "8-4162-55-20-13"),
        ("PHONE_NUMBER", "Сын, 8 912 4407 216.", "8 912 4407 216"),
        ("PHONE_NUMBER", "Фельдшер ФАП, 8 38441 2-17-06.", "8 38441 2-17-06"),
        ("PHONE_NUMBER", "Звонил 3-41-62-08, не ответили", "3-41-62-08"),
        ("PHONE_NUMBER", "моб. 417-20-93 после обеда", "417-20-93"),
    ],
)
def test_identifier_spellings(scrubber: TextScrubber, entity: str, text: str, value: str) -> None:
    assert of_type(scrubber, text, entity) == {value}


@pytest.mark.parametrize(
    ("entity", "text"),
    [
        ("PASSPORT", "паспорт не предъявлен, протокол 2024-118327 оформлен"),  # a clause ends
        ("PASSPORT", "Рецептурный бланк серия 4511 № 208843 выписан"),  # another paper's series
        ("PASSPORT", "паспорт получен. Анализ KX12345AB отправлен"),  # a sentence between
        ("PASSPORT", "вод. удост. 77 18 402913 предъявлено"),  # a driving licence
        ("PHONE_NUMBER", "Пробирка 3-41-62-08 в штативе"),  # seven digits, no word of calling
        ("PHONE_NUMBER", "Глюкоза (200) 12-34-56 ммоль"),  # nine digits in brackets and groups
        ("PHONE_NUMBER", "Версия ПО 8.2.17.4 установлена"),  # a dotted version
        ("DATE+BIRTH_DATE", "стадия II 2024 года не уточнена"),  # a stage, then a year
        ("DATE+BIRTH_DATE", "серия 45 12 2024 номер"),  # 45 is no day
        ("DATE+BIRTH_DATE", "глава 5 IV раздела"),  # no year
        ("DATE+BIRTH_DATE", "код 12-34-5678 в реестре"),  # not a date shape
        ("ADDRESS+LOCATION", "Решение вынес районный суд г. Вологды в 2024 году"),
        ("ADDRESS+LOCATION", "Запрос направлен в ОМВД по г. Ейску за подписью"),
        ("ADDRESS+LOCATION", "выдан отделом УФМС по Тверской обл. в Калининском р-не 2012 г."),
        ("ADDRESS+LOCATION", "Переведён в ЦРБ г. Котласа для дальнейшего лечения"),
        ("ADDRESS+LOCATION", "Военному комиссару г. Пскова на запрос"),
        ("INN", "ГБУЗ «Областная больница № 2», ИНН 7707083893, лицензия"),
        ("INN", "Реквизиты: ИНН 7707083893 КПП 770701001"),
        ("PERSON", "Креатинин 118 мкмоль/л, мочевина 6,1 ммоль/л"),
        ("PERSON", "Ферритин 14 нг/мл — снижен"),
        ("PERSON", "Конкремент извлечён корзиной Дормиа"),
        ("PERSON", "направлен в НИИ им. акад. Н.Н. Бурденко"),
        ("PERSON", "Ответ /Да/ нет"),
        ("PERSON", "Осмотр окончен. Врач Терапевт."),
        ("PERSON", "Осмотрен врачом Приёмного отделения"),
        ("PERSON", "адрес: ул. Пyшкина, д. 3"),
        # after a word of taking drugs, unknown words
        ("PERSON+LOCATION", "Принимает Лозап, Тромбопол."),
        ("PERSON+LOCATION", "Нолпаза по 1 таб. утром"),  # a regimen after the word
        ("PERSON+LOCATION", "Ингавирин курсом 5 дней"),
        ("PERSON+LOCATION", "Кардиомагнил 1 р/сут"),
        ("LOCATION+PERSON", "Выполнено: Холецистэктомия. Дренаж удалён."),
        ("LOCATION+PERSON", "Гипокинез нижней стенки, ФВ 45%."),
        ("LOCATION+PERSON", "Эр. 4,1; Лейк. 9,8; Тромб. 210"),
        ("LOCATION+PERSON", "Сын проживает во Франции, звонит редко"),
        # no document word in a header
        ("RECORD_ID", "Препарат | Кол-во | Код\nНурофен | 20 | 40512\n"),
        # no longer a row of the table
        ("RECORD_ID", "№ | Штрих-код\nитого: 2 пробы, 40512 руб.\n"),
        ("RECORD_ID", "№ | Штрих-код | Отделение\n1 | 5102277\n"),  # a row of another width
    ],
)
def test_not_an_identifier(scrubber: TextScrubber, entity: str, text: str) -> None:
    """Nothing of these types (``+`` joins several) is found in the text."""
    assert not set().union(*(of_type(scrubber, text, e) for e in entity.split("+")))


# ---------------------------------------------------------------- dates --------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("на больничном с 7.XI.2024 по 15.XI.2024", "7.XI.2024"),
        ("поступил 21.VI.23 в 14:20", "21.VI.23"),
        ("родилась 9 IX 1981 в Туле", "9 IX 1981"),
        ("взят 2024.12.03 в 07:40", "2024.12.03"),
        ("дата рождения 14 03 1959", "14 03 1959"),
        ("осмотр 28-02-2025, жалоб нет", "28-02-2025"),
    ],
)
def test_date_spellings(scrubber: TextScrubber, text: str, written: str) -> None:
    dates = {v for t, v in found(scrubber, text) if t in ("DATE", "BIRTH_DATE")}
    assert written in dates


def test_roman_date_is_a_safe_code() -> None:
    assert is_safe_code("13.XI.2024") and is_safe_code("2.IV.25")
    assert not is_safe_code("13.XIV.2024")


def test_roman_date_under_a_document_word_is_a_date(scrubber: TextScrubber) -> None:
    text = "Вызов 4.VIII.2025 в 03:15, бригада 12"
    assert ("DATE", "4.VIII.2025") in found(scrubber, text)
    assert of_type(scrubber, text, "RECORD_ID") == set()


# ---------------------------------------------------------------- agencies -----------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Суд г. Вологды; истец проживает: г. Вологда, ул. Мира, д. 3, кв. 8",
            "г. Вологда, ул. Мира, д. 3, кв. 8",
        ),
        ("Больница г. Котласа, ул. Лесная, д. 4, кв. 1", "г. Котласа, ул. Лесная, д. 4, кв. 1"),
        ("Поликлиника, адрес: г. Котлас", "г. Котлас"),
    ],
)
def test_a_person_address_near_an_agency_stays(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert address in of_type(scrubber, text, "ADDRESS")


def test_agency_place() -> None:
    text = "направлен в УМВД по г. Липецку"
    assert agency_place(text, text.index("г. Липецку"))
    assert agency_place(text, text.index("Липецку"))
    text = "УМВД, адрес: г. Липецк"
    assert not agency_place(text, text.index("г. Липецк"))


# ---------------------------------------------------------------- INN ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Место работы: ООО «Стройресурс», ИНН 7707083893.",
        "Пациентка, ИНН 7707083893, обратилась",
        "ИНН 500100732259 (физическое лицо)",
    ],
)
def test_a_personal_or_employer_inn_stays(scrubber: TextScrubber, text: str) -> None:
    assert len(of_type(scrubber, text, "INN")) == 1


# ---------------------------------------------------------------- records ------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Слесарь Ганеев (таб. № 204417) на осмотре", "204417"),
        ("контейнер опечатан, пломба № 0031264", "0031264"),
    ],
)
def test_no_count_is_that_large(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


def test_a_count_of_tablets_stays(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, "Ибупрофен 200 мг таб. № 20 по 1 р/д", "RECORD_ID") == set()


# ---------------------------------------------------------------- people -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: NOVÁK Tomáš, гражданин Чехии", "NOVÁK Tomáš"),
        ("Pt. Mensah Kwame, 34 y.o.", "Mensah Kwame"),
        ("Napravlenie: Petrova O.N. k nevrologu", "Petrova O.N."),
        ("Consultation by Dr. K. Ostrovsky", "K. Ostrovsky"),
        ("Ф.И.О.: Кoзлова А.В., 1970 г.р.", "Кoзлова А.В."),  # a Latin o
        ("ФИО Гр0мова Т.П. палата 4", "Гр0мова Т.П."),  # a zero read for «о»
        ("Осмотр окончен. Невролог Шабанов.", "Шабанов"),
        ("Подпись ____________ /Кравец/", "Кравец"),
        ("Вызов принят диспетчером Лукьяновым", "Лукьяновым"),
        ("Смену сдала медсестре Крыловой", "Крыловой"),  # also an adjective to the dictionary
        ("Телефон знакомого Тимур", "Тимур"),
    ],
)
def test_people_written_otherwise(scrubber: TextScrubber, text: str, name: str) -> None:
    people = of_type(scrubber, text, "PERSON")
    assert any(name in p or p in name for p in people), people


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Выписан девятого апреля, явка через неделю", "девятого апреля"),
        ("родилась тридцать первого июля тысяча девятьсот шестидесятого года", None),
        ("Контроль 2-го июня 2025 г. в 10:00", "2-го июня 2025 г."),
    ],
)
def test_dates_in_words(scrubber: TextScrubber, text: str, written: str | None) -> None:
    dates = {v for t, v in found(scrubber, text) if t in ("DATE", "BIRTH_DATE")}
    if written is None:  # the whole phrase, from the day to «года»
        written = text[text.index("тридцать") :]
    assert written in dates


def test_an_ordinal_without_a_month_is_no_date(scrubber: TextScrubber) -> None:
    assert not {v for t, v in found(scrubber, "на третьем этаже") if t == "DATE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Осмотрен Ковалёвым утром", "Ковалёвым"),
        ("Пациент Гусев по 1 разу в неделю ходит на ЛФК", "Гусев"),
        ("Назначил Петров, осмотрел Сидоров.", "Петров"),
    ],
)
def test_people_beside_regimen_words_stay(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


# ---------------------------------------------------------------- certificates -------


@pytest.mark.parametrize(
    ("text", "entity", "number"),
    [
        ("свидетельство о рождении II - ТН № 417305 выдано", "BIRTH_CERT", "II - ТН № 417305"),
        ("свидетельство о браке I-ОБ № 220814, фамилия изменена", "RECORD_ID", "I-ОБ № 220814"),
        ("св-во о смерти супруга III-КА 731920", "RECORD_ID", "III-КА 731920"),
    ],
)
def test_civil_certificates(scrubber: TextScrubber, text: str, entity: str, number: str) -> None:
    assert number in of_type(scrubber, text, entity)


# ---------------------------------------------------------------- medical words -------


# ---------------------------------------------------------------- tables -------------

_TABLE = "Журнал проб\n№ | Штрих-код | Отделение\n1 | 5102277 | терапия\n2 | 5102280 | ЛОР\n"


_ALIGNED = "Проба        Штрих-код     Время\n  кровь      5102277       08:10\n  моча       5102280       08:15\n"


@pytest.mark.parametrize("table", [_TABLE, _ALIGNED])
def test_numbers_under_a_record_header(scrubber: TextScrubber, table: str) -> None:
    assert of_type(scrubber, table, "RECORD_ID") == {"5102277", "5102280"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Решение утверждено. Предс. Кузнец.", "Кузнец"),  # a noun too, the signer here
        ("Исп. Головина Н.С., тел. 8-812-555-10-20", "Головина Н.С."),
        ("Отв. Рыбак", "Рыбак"),
    ],
)
def test_signed_after_an_abbreviated_role(scrubber: TextScrubber, text: str, name: str) -> None:
    people = of_type(scrubber, text, "PERSON")
    assert any(name in p or p in name for p in people), people


def test_an_adjective_after_an_abbreviated_role_is_no_signer(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, "Зав. Терапевтическим отделением", "PERSON") == set()


# ---------------------------------------------------------------- letter-spaced text --


def test_close_up_maps_back() -> None:
    text = "В Ы П И С К А  №  5 1 2\nБольной Р ы б и н  А. А."
    closed = close_up(text)
    assert closed is not None
    compact, where = closed
    assert "ВЫПИСКА" in compact and "Рыбин" in compact and "512" in compact
    start = compact.index("Рыбин")
    assert text[slice(*span_back(where, start, start + 5))] == "Р ы б и н"


@pytest.mark.parametrize(
    "text", ["и в с 1 2 3 Иванов", "8 7 6 5 4 3 2 1 | 1 2 3 4", "ФИО: А. Б. В."]
)
def test_no_long_run_no_closing(text: str) -> None:
    assert close_up(text) is None


def test_letter_spaced_document(scrubber: TextScrubber) -> None:
    text = "В Ы П И С К А\nБольная С е м ё н о в а  Л. Н.\nПоступила 0 3. 1 1. 2 0 2 4"
    assert ("PERSON", "С е м ё н о в а  Л. Н.") in found(scrubber, text)
    assert ("DATE", "0 3. 1 1. 2 0 2 4") in found(scrubber, text)


# ---------------------------------------------------------------- words broken at a line end --


def test_a_word_broken_at_a_line_end_is_joined_and_mapped_back() -> None:
    text = "Выдана в том, что гр. Стре-\nльцова Ольга Ашотовна"
    closed = close_up(text)
    assert closed is not None
    compact, where = closed
    assert "Стрельцова" in compact
    start = compact.index("Стрельцова")
    assert text[slice(*span_back(where, start, start + 10))] == "Стре-\nльцова"


@pytest.mark.parametrize(
    "text",
    [
        "Выдана в том, что гр. Стре-\nльцова Ольга Ашотовна\nродила",
        "Подпись врача в оригинале: Гура-\nмова Э.Н.\n16.05.2025",
    ],
)
def test_a_name_broken_at_a_line_end_is_masked_whole(scrubber: TextScrubber, text: str) -> None:
    broken = text[text.index("-") - 4 : text.index("-") + 6]
    assert any(broken in name for name in of_type(scrubber, text, "PERSON"))


def test_a_hyphen_between_capitals_or_a_spaced_dash_stays() -> None:
    assert close_up("Ильин-\nЗагорский Ф.Ф.") is None  # a double surname keeps its hyphen
    assert close_up("давление 120 -\n80") is None
