"""Stop 43 (written from how forms, registers and letters write an address, before any
corpus was read for it): the region before the address by its letters or a shortened
name («ЯО, г. Рыбинск», «Мурм. обл. Мончегорск»), after it with the postcode («…, г. Ижевск,
УР, 426000») or in brackets after the town («Кызыл (РТ)»); a street's short type without
its dot before or after the name («пр Победы», «Московское ш 140-73»); a village's street
without a type after its district; and the same words where they are no address."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import alnum_left, of_type


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес: ЯО, г. Рыбинск, ул. Чкалова, д. 21; тел. нет",
            "ЯО, г. Рыбинск, ул. Чкалова, д. 21",
        ),
        (
            "Проживает: ЛО, г. Гатчина, ул. Хохлова, д. 4, кв. 12.",
            "ЛО, г. Гатчина, ул. Хохлова, д. 4, кв. 12",
        ),
        ("адрес: УР, г. Сарапул, ул. Гончарова, 55-12", "УР, г. Сарапул, ул. Гончарова, 55-12"),
        (
            "Адрес: Свердл. обл., г. Ирбит, ул. Мальгина, д. 30",
            "Свердл. обл., г. Ирбит, ул. Мальгина, д. 30",
        ),
        (
            "адрес регистрации: Новосиб. обл. г. Бердск, ул. Ленина, д. 7, кв. 3",
            "Новосиб. обл. г. Бердск, ул. Ленина, д. 7, кв. 3",
        ),
        (
            "Адрес: Ленинградская обл., г. Выборг, ул. Рубежная, д. 5",
            "Ленинградская обл., г. Выборг, ул. Рубежная, д. 5",
        ),
        (
            "Место жительства: Пермский край, г. Кунгур, ул. Гоголя, д. 12",
            "Пермский край, г. Кунгур, ул. Гоголя, д. 12",
        ),
        (
            "Адрес: Республика Марий Эл, г. Волжск, ул. Советская, д. 3",
            "Республика Марий Эл, г. Волжск, ул. Советская, д. 3",
        ),
        (
            "Адрес: Донецкая Народная Республика, г. Макеевка, ул. Ленина, д. 9",
            "Донецкая Народная Республика, г. Макеевка, ул. Ленина, д. 9",
        ),
        ("Адрес: ХМАО-Югра, г. Сургут, ул. Мира, д. 10", "ХМАО-Югра, г. Сургут, ул. Мира, д. 10"),
        (
            "Адрес для писем: кв. 5, д. 12, ул. Советская, г. Ижевск, УР, 426000",
            "кв. 5, д. 12, ул. Советская, г. Ижевск, УР, 426000",
        ),
        (
            "Почтовый адрес: ул. Гагарина, д. 3, кв. 7, г. Казань, Республика Татарстан, 420000",
            "ул. Гагарина, д. 3, кв. 7, г. Казань, Республика Татарстан, 420000",
        ),
        (
            "Адрес: ул. Мира, д. 1, г. Тула, Тульская обл., 300000",
            "ул. Мира, д. 1, г. Тула, Тульская обл., 300000",
        ),
        (
            "адрес: ул. Ленина, д. 4, г. Санкт-Петербург, 190000",
            "ул. Ленина, д. 4, г. Санкт-Петербург, 190000",
        ),
        ("адрес: г. Кызыл (Тыва), ул. Ленина, д. 5", "г. Кызыл (Тыва), ул. Ленина, д. 5"),
        ("проживает: Нальчик (КБР), ул. Кирова, д. 11", "Нальчик (КБР), ул. Кирова, д. 11"),
        (
            "Адрес: Рыбинск (Ярославская обл.), ул. Чкалова, д. 21",
            "Рыбинск (Ярославская обл.), ул. Чкалова, д. 21",
        ),
        ("Адрес: Ижевск, Московское ш 140-73", "Ижевск, Московское ш 140-73"),
        ("адрес: Пермь, Дегтярный пер 80 корп. 2-162", "Пермь, Дегтярный пер 80 корп. 2-162"),
        (
            "Адрес семьи: Архангельск, Троицкий пр, д. 104, кв. 237",
            "Архангельск, Троицкий пр, д. 104, кв. 237",
        ),
        ("живём в Вологде: Вологда, Окружное ш, 69-161", "Вологда, Окружное ш, 69-161"),
        ("Адрес: Казань г, Кремлевская ул, д. 18, кв. 5", "Казань г, Кремлевская ул, д. 18, кв. 5"),
        ("Адрес: Тверь, Волжская наб, д. 3", "Тверь, Волжская наб, д. 3"),
        ("адрес: Омск, Иртышская наб, 14-9", "Омск, Иртышская наб, 14-9"),
        (
            "проживает: с. Кетово Кетовский район Школьная 4, тел. нет",
            "с. Кетово Кетовский район Школьная 4",
        ),
        ("Адрес: с. Майма Майминский р-н Лесная 12", "с. Майма Майминский р-н Лесная 12"),
        ("адрес д. Ивановка Тверской р-н Садовая 3", "д. Ивановка Тверской р-н Садовая 3"),
        (
            "адрес пгт Шаховская Шаховской г.о. Лесная 21, тел.",
            "пгт Шаховская Шаховской г.о. Лесная 21",
        ),
        ("Адрес: г. Сыктывкар, ул. Ким Ю Чена, д. 49", "г. Сыктывкар, ул. Ким Ю Чена, д. 49"),
        (
            "Адрес: Республика Татарстан Казань ул. Баумана д. 5",
            "Республика Татарстан Казань ул. Баумана д. 5",
        ),
        ("Адрес: Респ. Крым Ялта ул. Победы д. 13 кв. 8", "Респ. Крым Ялта ул. Победы д. 13 кв. 8"),
        ("прежний адрес: РА Горно-Алтайск ул. Ленина д. 12", "РА Горно-Алтайск ул. Ленина д. 12"),
        (
            "проживает: Мурм. обл. Мончегорск ул. Кирова д. 7 кв. 1.",
            "Мурм. обл. Мончегорск ул. Кирова д. 7 кв. 1",
        ),
        (
            "на вахте: вахтовый посёлок Бованенково, общежитие № 3, комн. 12",
            "вахтовый посёлок Бованенково, общежитие № 3, комн. 12",
        ),
        ("Адрес: г. Набережные Челны, пр. Мира, д. 3", "г. Набережные Челны, пр. Мира, д. 3"),
        ("Адрес: КЧР, г. Черкесск, ул. Ленина, д. 6", "КЧР, г. Черкесск, ул. Ленина, д. 6"),
        ("Адрес: Челябинская обл. Миасс ул. Ленина д. 5", "Челябинская обл. Миасс ул. Ленина д. 5"),
        (
            "адрес: 361053 Прохладный Калинина 29 корп 4 кв 78, тел. нет",
            "361053 Прохладный Калинина 29 корп 4 кв 78",
        ),
        (
            "зарегистрирована: 677000 РС(Я), Якутск, ул. Ойунского, 5а, кв. 12, договор",
            "677000 РС(Я), Якутск, ул. Ойунского, 5а, кв. 12",
        ),
        (
            "Адрес: 153000, Иваново, пр Ленина, д. 12, кв. 10",
            "153000, Иваново, пр Ленина, д. 12, кв. 10",
        ),
        ("адрес: Псков пер Свободы 62 кв 17, брат", "Псков пер Свободы 62 кв 17"),
        (
            "по адресу г. Ижевск, ул. Уральских рабочих, д. 32, кв. 25",
            "г. Ижевск, ул. Уральских рабочих, д. 32, кв. 25",
        ),
        ("Адрес: г. Барнаул, ул. Красных партизан, 10", "г. Барнаул, ул. Красных партизан, 10"),
        ("| Кызыл (РТ), ул. Ленина д154 кв80 |", "Кызыл (РТ), ул. Ленина д154 кв80"),
        (
            "Адрес: Астрахань, ул. Ахматовская д92А кв187. Принимающая",
            "Астрахань, ул. Ахматовская д92А кв187",
        ),
        (
            "Адрес выписки: г. Златоуст, пр. Революции 58/1/202, тел. нет",
            "г. Златоуст, пр. Революции 58/1/202",
        ),
        (
            "Проживает в ауле Хакуринохабль, Октябрьская 54, т. нет",
            "ауле Хакуринохабль, Октябрьская 54",
        ),
        ("живёт теперь в рабочем посёлке Вохтога, дом 17", "рабочем посёлке Вохтога, дом 17"),
        (
            "Адрес: 172048, НАО, Заполярный р-н, с. Несь, Сосновая, 58   Телефон",
            "с. Несь, Сосновая, 58",
        ),
        ("Адрес: с. Ломоносово, Новая ул., 27   Телефон", "с. Ломоносово, Новая ул., 27"),
        (
            "проживающего по адресу: Прохладный, Гамзатова 42-223, тел. нет",
            "Прохладный, Гамзатова 42-223",
        ),
        (
            "Адрес: Великие Луки, Варкауса наб, д.86 стр. 1 кв.182 «26» февраля",
            "Великие Луки, Варкауса наб, д.86 стр. 1 кв.182",
        ),
        (
            "677076, г. Якутск, ул. Сергеляхское ш., 4 км, 14 Направляем",
            "г. Якутск, ул. Сергеляхское ш., 4 км, 14",
        ),
        ("Адрес: г. Казань, ул. 8 Марта, д. 5", "г. Казань, ул. 8 Марта, д. 5"),
        ("Адрес: г. Баку, ул. 26 Бакинских Комиссаров, 12", "ул. 26 Бакинских Комиссаров, 12"),
        (
            "6. Место жительства: Якутск 50 лет Октября 128 кв 86 6. Диагноз",
            "Якутск 50 лет Октября 128 кв 86",
        ),
        (
            "прежний адрес: 445054 Тольятти 40 лет Победы 53/3 кв 25; проживает",
            "445054 Тольятти 40 лет Победы 53/3 кв 25",
        ),
    ],
)
def test_every_part_of_the_address_is_covered(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert alnum_left(scrubber, text, address) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Пациент Кировского района Петров 45 лет, жалобы на боль",
        "Терапевт Кировский р-н Смирнова 12 пациентов за смену",
        "пр 5 мг/сут, далее пр 10 мг",
        "Доза: Преднизолон пр 5 мг",
        "Выписан. Рекомендовано: ПК 3 раза в день",
        "ЧР 72 в мин, АД 120/80",
        "Итог: РА (ревматоидный артрит), СОЭ 30",
        "КТ ОГК: очаг S6, 12 мм. РТ: без особенностей",
        "Вызов принят ЕДДС, МО, 15:30",
    ],
)
def test_letters_a_dose_or_a_count_are_no_address(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS") - {"Кировского района", "Кировский р-н"}


def test_a_count_after_a_district_is_no_house(scrubber: TextScrubber) -> None:
    text = "Пациент Кировского района Петров 45 лет, жалобы на боль"
    assert not any("45" in a for a in of_type(scrubber, text, "ADDRESS"))


def test_a_region_alone_stays(scrubber: TextScrubber) -> None:
    text = "Прибыл из Республики Татарстан, жалоб нет"
    assert not of_type(scrubber, text, "ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Продолжение — ЭЛН 938976\n267674\nПредседатель ВК", "RECORD_ID", "938976\n267674"),
        ("Родственники — 8-987-\n635-91-89", "PHONE_NUMBER", "8-987-\n635-91-89"),
        ("доп. +7 (909)\n713-24-78\nИсследование", "PHONE_NUMBER", "+7 (909)\n713-24-78"),
        ("Полис ОМС 40207229\n22331324\n2. Код льготы", "ENP", "40207229\n22331324"),
        ("строка 22: контейнер 2908005\n681645 принят", "RECORD_ID", "2908005\n681645"),
        ("| +8,4 °C 3 | PL959\n91556    | Келейкин А.В. |", "RECORD_ID", "PL959\n91556"),
        ("Номер запроса: TM26-\n80370-BZ Запрашивающая МО", "RECORD_ID", "TM26-\n80370-BZ"),
    ],
)
def test_a_number_wrapped_at_a_lines_end_is_one(
    scrubber: TextScrubber, text: str, entity: str, value: str
) -> None:
    assert value in of_type(scrubber, text, entity)


@pytest.mark.parametrize(
    "text",
    [
        "Карта № 160719\n2. Диагноз: J45",  # a list's next item
        "ИБ № 4512\n15:30 осмотр",  # a time
        "ИБ № 4512\n12 мая поступил",  # a date in words
        "| Одзял Г.К., пасп. 10 24 № 772741\n9  | 64 |",  # a whole passport, a cell after it
        "| тел. 8 912 345-67-89\n12  | 64 |",
        "цельная кровь ЭДТА\n35121 принят",  # a word ends the line before: no head
    ],
)
def test_what_opens_the_next_line_is_not_always_the_numbers_rest(
    scrubber: TextScrubber, text: str
) -> None:
    assert not any("\n" in value for value in of_type(scrubber, text, *_NUMBER_TYPES))


_NUMBER_TYPES = ("RECORD_ID", "PHONE_NUMBER", "PASSPORT", "SNILS", "ENP", "INN")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Направление гинеколога Сингх Г. № Н/4940-26", "Сингх Г."),
        ("Сообщено дежурному врачу Шарма Р. в 11:05", "Шарма Р."),
        ("Эндокринолог: Гасанов Эльчин Вагиф оглы, СД 2 типа", "Гасанов Эльчин Вагиф оглы"),
        ("мать, Мамедова Севиндж Ильгар кызы", "Мамедова Севиндж Ильгар кызы"),
    ],
)
def test_a_persons_last_initial_or_patronymic_particle(
    scrubber: TextScrubber, text: str, person: str
) -> None:
    assert alnum_left(scrubber, text, person) == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ваша КЛКТ готова. Просмотр онлайн: код 6686-58 (действует 30 дней).", "6686-58"),
        ("Перенесено на 3 октября 11:50, новый код 8149-65.", "8149-65"),
        ("Анализ готов. Код 866-307. Справки 8-800-557-99-46", "866-307"),
    ],
)
def test_a_texted_code_for_ones_results(scrubber: TextScrubber, text: str, code: str) -> None:
    assert code in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Услуга (код 23-01-04) оказана",
        "код подразделения 770-001",
        "код 4302",
        "код МКБ-10 I10",
        "паспорт выдан 11.07.2010 ОВД, код 156-059",
    ],
)
def test_a_directorys_code_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| полис ДМС | адрес пребывания 1 | SAIDOV Bobur | JB2074337 |", "SAIDOV Bobur"),
        ("Тема: полис ОМС до окончания РВП — DEMIDOVA LYAYSAN От: отдел", "DEMIDOVA LYAYSAN"),
        (
            "the file shows the patient's full name, Timofey Cheprasov, and phone",
            "Timofey Cheprasov",
        ),
        ("DOSSAYEV Yerlan | G24464617", "DOSSAYEV Yerlan"),
        ("консульство: GEVORGYAN ARMEN, тел. нет", "GEVORGYAN ARMEN"),
    ],
)
def test_a_latin_name_by_its_surnames_ending(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Kharkov Oblast",
        "Improv Theatre",
        "Protocol Version 2",
        "MRI Scan",
        "Roche Cobas",
        "Ethnicity: Caucasian   Height 193 cm",
        "TransferSyntax: Little Endian Explicit",
    ],
)
def test_latin_words_that_end_so_but_name_no_one(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "назовите дату рождения клиент восьмого сентября пятьдесят пятого оператор спасибо",
            "восьмого сентября пятьдесят пятого",
        ),
        (
            "| Бадмаева Э.К. | третьего декабря сорок пятого (со слов) |",
            "третьего декабря сорок пятого",
        ),
        ("родилась пятого мая две тысячи третьего", "пятого мая две тысячи третьего"),
    ],
)
def test_a_year_said_in_words_after_its_day_and_month(
    scrubber: TextScrubber, text: str, date: str
) -> None:
    assert alnum_left(scrubber, text, date) == ""


def test_a_unit_ordinal_after_a_date_is_no_year(scrubber: TextScrubber) -> None:
    text = "приём восьмого сентября второго кабинета"
    assert not any("второго" in d for d in of_type(scrubber, text, "DATE", "BIRTH_DATE"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "К: здравствуйте это корольков хетаг казбекович по поводу записи",
            "корольков хетаг казбекович",
        ),
        ("сдаёт доктор галиев аюр ильгарович дежурство", "галиев аюр ильгарович"),
        ("мама долгор михайловна звонила", "долгор михайловна"),
    ],
)
def test_a_spoken_rare_given_name_before_its_patronymic(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_a_lower_case_word_before_a_name_like_word_is_no_name(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "пациент принял парацетамол иванович сказал", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ФИО: МБЕКИ КОФИ   карта заведена", "МБЕКИ КОФИ"),
        ("ФИО: ПЕРЕЙРА АНА Дата рождения", "ПЕРЕЙРА АНА"),
        ("пациент НГУЕН ВАН ТХАНЬ, 19900906", "НГУЕН ВАН ТХАНЬ"),
        ("Ф.И.О. больного: ЧЕН ЛИ", "ЧЕН ЛИ"),
    ],
)
def test_a_name_in_capitals_after_the_persons_label(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    "text", ["Пациент: ОРВИ ИБС", "Больной КТ ОГК без патологии", "Пациентка НЕИЗВЕСТНА"]
)
def test_capitals_after_the_label_that_name_no_one(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Донорская карта Д-4806 43 | период | кровь", "Д-4806 43"),
        ("Мать Крылова В.В.; обменная карта 113-20 26-0553 История развития", "113-20 26-0553"),
        ("ПУТЁВКА № С-68 6186 в санаторий", "С-68 6186"),
    ],
)
def test_a_records_last_group_after_a_stray_space(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("ИБ № 4512 12 мая поступил", "4512"),
        ("карта № 12 3 раза в день", "12"),
        ("история болезни № 1234 2024 г.", "1234"),
    ],
)
def test_a_number_going_on_in_words_is_not_the_records(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("полис ВЗР ВЗР 5533730653\nПрививки", "ВЗР 5533730653"),
        ("внести номер в МИС (ЕМК ЕМК 36072098) — см.", "ЕМК 36072098"),
        ("Моё РВП РВП 9557/26 действует до 21.09.2029.", "РВП 9557/26"),
    ],
)
def test_a_papers_letters_twice_the_second_are_the_series(
    scrubber: TextScrubber, text: str, record: str
) -> None:
    assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("пульс 70 Фельдшер Шмидт Анна", "Шмидт Анна"),
        ("Заполнил Саргылана Ляхова, 18.06.2026", "Саргылана Ляхова"),
        ("Выдан ЭЛН № 940530246818. Врач Ткаченко ЗВ", "Ткаченко ЗВ"),
    ],
)
def test_a_given_name_or_undotted_initials_beside_a_surname(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert alnum_left(scrubber, text, name) == ""


@pytest.mark.parametrize(
    "text", ["Пациент Иванов ИБ 1234", "Врач Петров КТ органов", "Осмотрен Петровым. Роман написан"]
)
def test_letters_or_words_after_a_surname_that_are_no_name(
    scrubber: TextScrubber, text: str
) -> None:
    assert all(" " not in p for p in of_type(scrubber, text, "PERSON"))


def test_a_date_in_words_after_a_person_is_no_street(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Поздравляем Петрову 8 Марта", "ADDRESS")
