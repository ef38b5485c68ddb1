"""The ninth round of the Russian free-text rules, one class each: phones in new groupings
(+7 with ten digits in any groups, a mobile number read in pairs, without its 8, dotted
with a seven-digit tail); record numbers (a series after «к учётной форме № …», initials
before «№», a long dotted study number, digits read out one by one in a call, a whole number of digit groups before a lower-case
word or after «номер <document>» on the next line, a two-digit series before «№»); numbers
kept (a waybill, a medicine's registration, a price list's test codes); foreign passports
in a «документ» column; addresses (a military unit with its town, Central Asian regions,
districts and villages, dictated with a building in a call, a road's kilometre; every part of it: «зд.», «соор.», «домовладение», a numbered «кв-л», a
hostel and its room, «участок №», «индекс», «тер. СНТ», «Раменский г.о.», a town and its
street joined by «на»/«в»), a district
after a police department and a surname with its initial after «СНТ» kept; people (a transliterated full name with its patronymic, a surname with one
initial closing a clause or a cell, initials before a surname that a street follows) and
words that are no people (an eponym after «отёк», an adverb before a templated verb, a
region's adjective before «обл.»). Sentences written for these tests (synthetic values, none taken
from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

# ------------------------------------------------------------------ phones -----------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Для связи: +7 903 4 71 25 60, после шести.", "+7 903 4 71 25 60"),
        ("Регистратура поликлиники +7 3452 41-08-17 (будни).", "+7 3452 41-08-17"),
        ("Сын просил звонить на +7 926 5 08 33 14 08:30 — до работы.", "+7 926 5 08 33 14"),
        ("Соседка, контакт 8 91 60 47 22 05, ключи у неё.", "8 91 60 47 22 05"),
        ("Мобильный дочери: 925-318-06-44; звонить вечером.", "925-318-06-44"),
        ("Жена оставила номер 8.926.7140358 для смс.", "8.926.7140358"),
        ("СМС о записи придёт на номер 916-204-55-71", "916-204-55-71"),
        ("Запасной: +7-926-5-11-48-30 (брат).", "+7-926-5-11-48-30"),
    ],
)
def test_phones_in_new_groupings(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Диагноз по МКБ-10: I11.9, ОГРН 1027739048850, КПП 773001001.",
        "Серия вакцины 960-482-12, годна до 2027 г.",
        "Лот 8 91 22, флакон 0,5 мл, кабинет № 214.",
        "Приказ Минздрава № 930н, форма № 025/у, версия 8.123.45.",
        "Гемоглобин 128 г/л, лейкоциты 8 9 10 в поле зрения.",
        "Серийный номер монитора 901-234-56-789 указан на корпусе.",
    ],
)
def test_numbers_that_are_no_new_phones(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PHONE_NUMBER")


def test_a_phone_after_a_number_word_is_no_record(scrubber: TextScrubber) -> None:
    text = "Результат пришлём на номер мужа 8.903.2216704 после обеда."
    assert of_type(scrubber, text, "PHONE_NUMBER") == {"8.903.2216704"}
    assert not of_type(scrubber, text, "RECORD_ID")


# ------------------------------------------------------------------ records -----------


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Корешок свидетельства о рождении\nк учётной форме № 103/у\nСерия 61 № 402118 от 02.02.2025",
            "61 № 402118",
        ),
        ("Извещение по учетной форме № 058/у серия 17 № 551904.", "17 № 551904"),
        ("Заявка пациентки Орловой Д.Е.: № 5583012, оплачена.", "5583012"),
        ("Договор клиента Ким А. С. № 770419 подписан.", "770419"),
        ("PACS: Study ID 512.70934, серия снимков 3.", "512.70934"),
        ("робот назовите номер карты пациент 4 0 7 1 9 3 2 робот спасибо", "4 0 7 1 9 3 2"),
    ],
)
def test_record_numbers(scrubber: TextScrubber, text: str, record: str) -> None:
    assert any(record in r for r in of_type(scrubber, text, "RECORD_ID"))


@pytest.mark.parametrize(
    "text",
    [
        "Вакцина по учётной форме № 063/у, серия 24 № 882677, 0,5 мл.",
        "Согласно п. 4 приказа № 4561 Минздрава области.",
        "Водитель Сомов К.Д., путевой лист № 2270 (служебный), выезд в 08:10.",
        "Апиксабан 5 мг, рег. уд. ЛП-006512; изделие рег. уд. ФСЗ 2011/09876.",
        "Исследования: 2210 ОАК; 41 СРБ; 1830 ТТГ. Код МО 503114.",
        "Форма № 025/у, ОГРН 1027739048850, КПП 773001001, р/с 40702810900000012345.",
        "Концентрация 0.25 мг/мл, индекс 12.5, оценка 1 2 3 4 5 6 7 баллов.",
        "Кабинет № 214, палата 7, МКБ-10 J18.9, лот 4471235.",
    ],
)
def test_numbers_kept(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


_MIGRANTS = (
    "№|ФИО|гражданство|документ|сумма\n"
    "1|Рахимов Б.Т.|Узбекистан|FA5120347|12 300,00\n"
    "2|Назарова Г.К.|Таджикистан|A40182256|9 800,00"
)


def test_foreign_passport_in_a_document_column(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, _MIGRANTS, "PASSPORT") == {"FA5120347", "A40182256"}


def test_serial_column_is_no_passport(scrubber: TextScrubber) -> None:
    text = "№|аппарат|серийный №|поверка\n1|Тонометр|AB4107723|2025\n2|Глюкометр|SN9081234|2026"
    assert not of_type(scrubber, text, "PASSPORT")


# ---------------------------------------------------------------- addresses ----------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Командиру в/ч 52817, г. Кострома, 156013 — запрос.", "в/ч 52817, г. Кострома, 156013"),
        ("Проживает: войсковая часть 31245, пос. Мулино.", "войсковая часть 31245, пос. Мулино"),
        (
            "Адрес: Узбекистан, Самаркандская вилоят, Ургутский туман, кишлак Кайнар, д. 14",
            "Самаркандская вилоят, Ургутский туман, кишлак Кайнар, д. 14",
        ),
        (
            "Место жительства: Согдийская обл., джамоат Гулякандоз, махалля Навруз, д. 3",
            "Согдийская обл., джамоат Гулякандоз, махалля Навруз, д. 3",
        ),
        (
            "оператор продиктуйте адрес\nабонент улица садовая 12 корпус два квартира 45",
            "улица садовая 12 корпус два квартира 45",
        ),
        (
            "ДТП: Смоленская обл., трасса М-1 «Беларусь», 312-й км, у заправки.",
            "Смоленская обл., трасса М-1 «Беларусь», 312-й км",
        ),
        ("Авария на 41-й км автодороги Р-132 в 06:20.", "41-й км автодороги Р-132"),
    ],
)
def test_addresses(scrubber: TextScrubber, text: str, address: str) -> None:
    assert any(address in a for a in of_type(scrubber, text, "ADDRESS", "LOCATION"))


@pytest.mark.parametrize(
    "text",
    [
        "Над рекой стоял туман, в/ч 12 на учениях.",
        "Бригада задержалась из-за заносов на трассе Р-254.",
        "Пробег 5 км, ходьба 3 км в день, трасса сложная.",
        "Справка выдана ОМВД по г.о. Балашиха 12.03.2025.",
    ],
)
def test_no_addresses(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")


def test_surname_with_initial_after_snt_is_a_person(scrubber: TextScrubber) -> None:
    text = "Звонил председатель СНТ Гордеев Л., +7 916 204-11-38."
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")
    assert any("Гордеев" in p for p in of_type(scrubber, text, "PERSON"))


# ------------------------------------------------------------------ people -----------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Patient card: Sokolova Irina Vadimovna / Соколова И.В., 1979",
            "Sokolova Irina Vadimovna",
        ),
        (
            "Пациент: Petrov-vodkin Oleg Stanislavovich, палата 4",
            "Petrov-vodkin Oleg Stanislavovich",
        ),
        ("Образцы принял лаборант Цой Е., в 09:15.", "Цой Е."),
        ("07:40 | плазма | 5512093 | Ким Д. | 08:05", "Ким Д."),
        ("Инъекция сделана.\nФельдшер Бен-Давид Р. /подпись/", "Бен-Давид Р."),
        ("Директору ООО «Вектор» А.Л. Гущиной ул. Полевая, 12, г. Тверь", "А.Л. Гущиной"),
    ],
)
def test_people(scrubber: TextScrubber, text: str, person: str) -> None:
    assert any(person in p for p in of_type(scrubber, text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Диагноз: аллергия на укус осы, отёк Квинке, крапивница.", "Квинке"),
        ("КУСП 17233 Вероятно уехал(а) к родственникам.", "Вероятно"),
        ("Член палаты адвокатов Рязанской обл. представил ордер.", "Рязанской"),
        ("Назначен витамин Е. Гепатит В. Приложение А.", "Е."),
    ],
)
def test_no_people(scrubber: TextScrubber, text: str, word: str) -> None:
    assert not any(word in p for p in of_type(scrubber, text, "PERSON"))


def test_street_after_a_person_with_initials(scrubber: TextScrubber) -> None:
    text = "Директору ООО «Вектор» А.Л. Гущиной ул. Полевая, 12, г. Тверь"
    assert "ул. Полевая, 12, г. Тверь" in of_type(scrubber, text, "ADDRESS")


def test_town_then_street_without_a_comma(scrubber: TextScrubber) -> None:
    text = "Адрес: Рязанская обл., г. Касимов ул. Набережная, 14-3."
    assert any("ул. Набережная" in a for a in of_type(scrubber, text, "ADDRESS"))


# -------------------------------------------------------- parts of an address ---------


@pytest.mark.parametrize(
    "address",
    [
        "г. Ярославль, ул. Рабочая, зд. 12, корп. 3",
        "г. Ярославль, пр-д Энтузиастов, зд. 7, соор. 2",
        "150003, Ярославская обл., г. Ярославль, ул. Рабочая, домовладение 41",
        "г. Ярославль, кв-л 18, д. 9, кв. 27",
        "г. Ярославль, ул. Рабочая, д. 3, общежитие № 2, ком. 415",
        "г. Ярославль, ул. Рабочая, д. 3, общежитие, ком. 12",
        "Ярославская обл., СНТ «Рассвет», участок № 218",
        "г. Ярославль, ул. Рабочая, 14-88, индекс 150040",
        "Ярославская обл., тер. СНТ «Рассвет», 4-я линия, уч. 61",
        "Московская обл., Одинцовский г.о., СНТ «Заря», уч. 19",
        "г. Ярославле на ул. Рабочей, д. 8, кв. 4",
        "г. Костроме на пр-де Строителей, дом 3",
    ],
)
def test_every_part_of_an_address(scrubber: TextScrubber, address: str) -> None:
    text = f"Проживает: {address}. Телефон не указан."
    found = of_type(scrubber, text, "ADDRESS", "LOCATION")
    covered = {i for a in found for i in range(text.find(a), text.find(a) + len(a))}
    start = text.find(address)
    left = [c for i, c in enumerate(address, start) if c.isalnum() and i not in covered]
    assert not left, (found, "".join(left))


@pytest.mark.parametrize(
    "text",
    [
        "Выписан 12.03.2025, приём в 10:00, здание поликлиники закрыто.",
        "Хранить в общежитии нельзя; соор. не указано, квартал отчёта 3.",
    ],
)
def test_no_address_from_parts_alone(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS")


def test_a_phone_after_the_flat_stays_a_phone(scrubber: TextScrubber) -> None:
    text = "Адрес: г. Кострома, ул. Лесная, д. 4, кв. 17, 8 91 60 47 22 05 (дочь)."
    assert "8 91 60 47 22 05" in of_type(scrubber, text, "PHONE_NUMBER")


# ------------------------------------------------- a record number in one piece ---------


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("клиент да у меня полис дмс номер 518 224 903 подскажите", "518 224 903"),
        ("робот назовите номер направления\nпациент 44 517 209\nробот спасибо", "44 517 209"),
        ("Патент 77 № 2210458836, выдан 03.04.2025 ГУВМ.", "77 № 2210458836"),
    ],
)
def test_record_numbers_in_one_piece(scrubber: TextScrubber, text: str, record: str) -> None:
    assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("СНИЛС 112-233-445 95 № 5567-12 в реестре.", "112-233-445 95"),
        ("Таблетки № 30 по 20 мг, принимать 2 раза.", "30"),
    ],
)
def test_no_series_taken_from_another_number(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in r for r in of_type(scrubber, text, "RECORD_ID"))


@pytest.mark.parametrize(
    "text",
    [
        "Проживает: г. Тверь, ул. Героя Советского Союза Петрова, д. 17, кв. 3.",
        "Адрес: г. Омск, ул. Маршала Рокоссовского, д. 9.",
        "Доставлен с ул. Академика Королёва, д. 4, кв. 8.",
    ],
)
def test_street_named_after_a_titled_person(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")
    assert of_type(scrubber, text, "ADDRESS")
