"""Addresses found whole, not in pieces (stop 29): a postcode and a region before the town
with no commas, a republic by its everyday name («Чувашия»), a house glued to its «д» as a
form's narrow field has it, a marked house right after the place, a village's street in lower
case without its type, a house and flat written first, a porch before its word, an
intercom code with letters. Sentences written for these tests (synthetic values, none from a
corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.addresses import address_spans
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес регистрации: 391430 Рязанская обл. г. Сасово Вокзальная д27 кв3, тел. нет",
            "391430 Рязанская обл. г. Сасово Вокзальная д27 кв3",
        ),
        (
            "прописан: 428022 Чувашская Республика г. Чебоксары Гражданская д9/2 кв71.",
            "428022 Чувашская Республика г. Чебоксары Гражданская д9/2 кв71",
        ),
        ("проживает: д. Малиновка д. 15, Тверская обл.", "д. Малиновка д. 15, Тверская обл."),
        (
            "Адрес: 429950 Чувашия г. Новочебоксарск Винокурова д5 кв12",
            "429950 Чувашия г. Новочебоксарск Винокурова д5 кв12",
        ),
        ("прож.: 368600 РД г. Дербент Гагарина д3 кв8", "368600 РД г. Дербент Гагарина д3 кв8"),
        (
            "| с. Верхняя Кужебаевка луговая 14 Удмуртская Республика, Кизнерский р-н | 2 |",
            "с. Верхняя Кужебаевка луговая 14 Удмуртская Республика, Кизнерский р-н",
        ),
        # from the door outwards; a porch and an intercom code
        (
            "Адрес: д. 12, кв. 5, ул. Полевая, с. Троицкое, Тамбовская обл.",
            "д. 12, кв. 5, ул. Полевая, с. Троицкое, Тамбовская обл.",
        ),
        (
            "Кострома, ул. Ивана Сусанина, 41, 2 подъезд, кв. 7",
            "Кострома, ул. Ивана Сусанина, 41, 2 подъезд, кв. 7",
        ),
        (
            "мкр. Солнечный, 8, подъезд 1, код домофона 7К305, кв. 40",
            "мкр. Солнечный, 8, подъезд 1, код домофона 7К305, кв. 40",
        ),
        (
            "ул. Мира 3, под. 2, эт. 4, кв. 18, код домофона 18к",
            "ул. Мира 3, под. 2, эт. 4, кв. 18, код домофона 18к",
        ),
    ],
)
def test_an_address_is_found_whole(scrubber: TextScrubber, text: str, address: str) -> None:
    assert of_type(scrubber, text, "ADDRESS", "LOCATION") == {address}


@pytest.mark.parametrize(
    "text",
    [
        "на д7 терапии состояние лучше, д10 — выписка",
        "Осмотрен в г. Рязани 12 марта, повторно через 14 дней.",
        "Выписан в г. Рязань, первая 2 недели — постельный режим.",
        "Выдано 3 таблетки, д. 7 лечения; по 1 таб. 3 раза в день.",
    ],
)
def test_a_day_or_a_date_is_no_house(scrubber: TextScrubber, text: str) -> None:
    found = of_type(scrubber, text, "LOCATION", "ADDRESS")
    assert not any(ch.isdigit() for span in found for ch in span)


def test_a_hospitals_letters_are_no_republic(scrubber: TextScrubber) -> None:
    text = "Переведён в ЦРБ г. Котласа для дальнейшего лечения"
    assert not any("РБ" in span for span in of_type(scrubber, text, "ADDRESS", "LOCATION"))


# Stop 30: more of the conventions Russian addresses are written in. Synthetic values.
@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a postcode before a town named without «г.»
        ("Адрес: 390046 Рязань, ул. Есенина 12, кв 5.", "390046 Рязань, ул. Есенина 12, кв 5"),
        # a house and its flat joined by an en dash, as a word processor writes it
        ("Адрес: г. Торжок, Дзержинского, 14–27. Жалобы", "г. Торжок, Дзержинского, 14–27"),
        # a hostel written short before its room
        (
            "проживает: г. Тула, ул. Болдина, 9, общ., комн. 12.",
            "г. Тула, ул. Болдина, 9, общ., комн. 12",
        ),
        # a microdistrict by its ordinal, and one with a number after its name
        ("адрес: г. Ангарск, мкр. 7-й, д. 3, кв. 15.", "г. Ангарск, мкр. 7-й, д. 3, кв. 15"),
        ("по месту жительства (г. Сургут, мкр. Южный-3, 12-40).", "г. Сургут, мкр. Южный-3, 12-40"),
        ("проживает: пос. Сокол-2, дом 4 — один", "пос. Сокол-2, дом 4"),
        # a town numbered by buildings
        (
            "Адрес: Москва, Зеленоград, корп. 1204, кв. 18\nТел.",
            "Москва, Зеленоград, корп. 1204, кв. 18",
        ),
        # a numbered quarter of a settlement before its house
        (
            "адрес: Иркутская обл., р.п. Мама, 3-й квартал, д. 7 кв 2. Жалобы",
            "Иркутская обл., р.п. Мама, 3-й квартал, д. 7 кв 2",
        ),
        # a municipality, a municipal district, a rural settlement
        (
            "Адрес: Тульская обл., Ленинский р-н, МО Шатовское, д. Барсуки, д. 5. Осмотр",
            "Тульская обл., Ленинский р-н, МО Шатовское, д. Барсуки, д. 5",
        ),
        (
            "Адрес: Пермский край, Добрянский м.о., с. Висим, Лесная ул., 8\nЖалобы",
            "Пермский край, Добрянский м.о., с. Висим, Лесная ул., 8",
        ),
        (
            "Адрес: Кировская обл., Шиховское сельское поселение, д. Луза, д. 3.",
            "Кировская обл., Шиховское сельское поселение, д. Луза, д. 3",
        ),
        (
            "проживает: Кировская обл., Шиховское с/п, д. Луза, д. 3.",
            "Кировская обл., Шиховское с/п, д. Луза, д. 3",
        ),
        # the types after the names, as address registers print them
        (
            "адрес проживания: Тверь г, Советская ул, дом № 12, кв 4\nтелефон",
            "Тверь г, Советская ул, дом № 12, кв 4",
        ),
        # a town's type after it must not take the «ул.» of the next street
        (
            "Адрес: 170100 г. Тверь ул. 2-я Красина дом 5 квартира 7\nГруппа",
            "170100 г. Тверь ул. 2-я Красина дом 5 квартира 7",
        ),
        # a house's letter in quotes
        ("Адрес: г. Дербент, ул. Ленина 21 «а». СНИЛС", "г. Дербент, ул. Ленина 21 «а»"),
        # a post-office box with its town
        ("Кому: а/я 45, Кострома, 156000\nТема", "а/я 45, Кострома, 156000"),
        # a hostel's section
        (
            "от адреса г. Томск, ул. Вершинина, дом 40, секция 3, комната 12 до больницы",
            "г. Томск, ул. Вершинина, дом 40, секция 3, комната 12",
        ),
        # a republic or a region by its letters
        (
            "проживает: РК, г. Петрозаводск, ул. Ленина д. 2 кв. 4, тел.",
            "РК, г. Петрозаводск, ул. Ленина д. 2 кв. 4",
        ),
        ("адрес: МО, г. Мытищи, ул. Мира, д. 3.", "МО, г. Мытищи, ул. Мира, д. 3"),
        # a garden partnership's letters and its numbered street
        (
            "Мурманская обл., г. Апатиты, СОТ «Север», ул. 3-я, уч. 17, тел.",
            "Мурманская обл., г. Апатиты, СОТ «Север», ул. 3-я, уч. 17",
        ),
        # a street named for a township
        (
            "Адрес: г. Омск, ул. Военный городок, зд. 4, стр. 2, тел.",
            "г. Омск, ул. Военный городок, зд. 4, стр. 2",
        ),
        # a hyphenated town the dictionary knows only whole
        ("Адрес: Улан-Удэ, Ключевская 10-45; тел.", "Улан-Удэ, Ключевская 10-45"),
        # an island of a city, and its line with the island's letters
        (
            "Вызов: г. Санкт-Петербург, Васильевский остров, 5-я линия В.О., д. 12, кв. 3.",
            "г. Санкт-Петербург, Васильевский остров, 5-я линия В.О., д. 12, кв. 3",
        ),
        # a scan's digits for letters: «о6л.», «на6.», «0» for «О», «кв,» for «кв.»
        (
            "Адрес: 307250, Курская о6л., г. 0боянь, на6. Сеймская, д. 4, кв, 9\nВрач",
            "307250, Курская о6л., г. 0боянь, на6. Сеймская, д. 4, кв, 9",
        ),
        # a town-type settlement, villages and districts of Buryatia and Yakutia
        (
            "Адрес: Ленинградская обл., Всеволожский р-н, г.п. Кузьмоловский, ул. Рядового, д. 3",
            "Ленинградская обл., Всеволожский р-н, г.п. Кузьмоловский, ул. Рядового, д. 3",
        ),
        (
            "Адрес: Республика Бурятия, улус Шана, ул. Центральная, 5\nЖалобы",
            "Республика Бурятия, улус Шана, ул. Центральная, 5",
        ),
        (
            "Адрес: Республика Саха (Якутия), Намский улус, с. Графский Берег, ул. Ленина, 7",
            "Республика Саха (Якутия), Намский улус, с. Графский Берег, ул. Ленина, 7",
        ),
        (
            "Адрес: Тверская обл., Калининский округ, пос. Эммаус, дом 7.",
            "Тверская обл., Калининский округ, пос. Эммаус, дом 7",
        ),
        # a rest house by its letters
        ("Адрес: д/о «Бор», корп. 3, комн. 12\nТел.", "д/о «Бор», корп. 3, комн. 12"),
        # the region's type first, as the state register prints it
        (
            "Адрес: обл. Тверская, г. Кимры, ул. Мира, д. 5.",
            "обл. Тверская, г. Кимры, ул. Мира, д. 5",
        ),
        # words short without their dots; a microdistrict's other abbreviations
        (
            "Адрес: г. Казань, ул. Ленина, д 5, корп 2, кв. 10\nТел.",
            "г. Казань, ул. Ленина, д 5, корп 2, кв. 10",
        ),
        ("Адрес: г. Тверь, мкрн. Южный, д. 12, кв. 4.", "г. Тверь, мкрн. Южный, д. 12, кв. 4"),
        ("Адрес: г. Тверь, м-н Южный, д. 12, кв. 4.", "г. Тверь, м-н Южный, д. 12, кв. 4"),
        # a house without a number
        ("Адрес: с. Красное, ул. Мира, б/н. Жалобы", "с. Красное, ул. Мира, б/н"),
        # an embankment by its river, a street named for a year or a park, a settlement named
        # for a person, a settlement of New Moscow named first, an intercom without «код»
        (
            "Адрес: г. Санкт-Петербург, наб. р. Карповки, д. 5. Тел.",
            "г. Санкт-Петербург, наб. р. Карповки, д. 5",
        ),
        ("Адрес: г. Тверь, ул. 1812 года, д. 5. Тел.", "г. Тверь, ул. 1812 года, д. 5"),
        ("Адрес: пос. им. Воровского, ул. Мира, д. 5.", "пос. им. Воровского, ул. Мира, д. 5"),
        (
            "Адрес: г. Москва, поселение Рязановское, пос. Знамя Октября, ул. Кленовый парк, д. 2.",
            "г. Москва, поселение Рязановское, пос. Знамя Октября, ул. Кленовый парк, д. 2",
        ),
        (
            "Адрес: г. Пенза, ул. Мира, д. 5, кв. 3, 3 этаж, домофон 3К. Тел.",
            "г. Пенза, ул. Мира, д. 5, кв. 3, 3 этаж, домофон 3К",
        ),
        # an envelope's lines, from the region down
        (
            "Адрес:\nТверская обл.\nКалининский р-н\nд. Бобачево, д. 7\nТел.",
            "Тверская обл.\nКалининский р-н\nд. Бобачево, д. 7",
        ),
    ],
)
def test_more_address_conventions(scrubber: TextScrubber, text: str, address: str) -> None:
    assert of_type(scrubber, text, "ADDRESS", "LOCATION") == {address}


@pytest.mark.parametrize(
    "text",
    [
        "Во 2-й квартал 2025 г. план выполнен на 98%.",
        "Согласно приказу МО Российской Федерации № 5 осмотр проведён.",
        "Для писем: а/я 31, 150000 — не использовать.",
        "Диссекция 3 ветвей без осложнений, секция 2 протокола заполнена.",
        "Выдано в 2006. году, общ. состояние удовлетворительное.",
        "На д 7 терапии состояние лучше; по 1 таб. 2 р/д 5 дней.",
        "Местно: обл. Локальная гиперемия кожи 3 см.",
    ],
)
def test_near_misses_stay_unmasked(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "ADDRESS")


def test_the_address_ends_at_its_flat_before_a_name_and_a_number() -> None:
    text = "Вызов: г. Тверь, ул. Мира, д. 3, кв. 11, Петрова Анна, 38,5 °C, кашель."
    assert [text[s:e] for s, e in address_spans(text)] == ["г. Тверь, ул. Мира, д. 3, кв. 11"]


def test_a_hostel_written_short_needs_its_room(scrubber: TextScrubber) -> None:
    text = "г. Тула, ул. Болдина, 9, общ. анализ крови в норме"
    assert of_type(scrubber, text, "ADDRESS") == {"г. Тула, ул. Болдина, 9"}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a crossing of two streets, where an accident or a call happened
        (
            "Травма при ДТП на пересечении ул. Мира и пр. Победы. Осмотрен.",
            "пересечении ул. Мира и пр. Победы",
        ),
        (
            "Сбит на перекрёстке ул. Садовой и ул. Гагарина, доставлен СМП",
            "перекрёстке ул. Садовой и ул. Гагарина",
        ),
        # a house said in words before its flat said so too (a call transcribed)
        (
            "Звонок: «Адрес: Пушкина, тридцать один, квартира семь, Торжок…» Передан",
            "Пушкина, тридцать один, квартира семь, Торжок",
        ),
        # a landmark by its name closing the address of a call; where a road leads
        (
            "Адрес: Тверская обл., с. Медное, возле остановки «Школа». Мужчина, 40 лет",
            "Тверская обл., с. Медное, возле остановки «Школа»",
        ),
        (
            "Адрес: трасса М-10 «Россия», 154 км, в сторону Твери. Пострадавший",
            "трасса М-10 «Россия», 154 км, в сторону Твери",
        ),
        # a street's name hyphenated at a line's end
        (
            "Адрес: г. Торжок, ул. Красноармей-\nская, д. 5\nДиагноз",
            "г. Торжок, ул. Красноармей-\nская, д. 5",
        ),
    ],
)
def test_crossings_spoken_houses_and_broken_words(text: str, address: str) -> None:
    assert [text[s:e] for s, e in address_spans(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "На пересечении линий роста и оси угол 30°, на углу рта трещина.",
        "Получил три, квартира была закрыта, соседи не открыли.",
        "Пациент ждал у магазина «Ромашка» 20 минут, повернул в сторону Москвы.",
    ],
)
def test_crossings_and_number_words_need_their_streets(text: str) -> None:
    assert address_spans(text) == []


def test_a_direction_closes_only_a_road() -> None:
    text = "Выписан в г. Тверь, в направлении Минздрава указано"
    assert [text[s:e] for s, e in address_spans(text)] == ["г. Тверь"]


def test_a_dash_at_a_lines_end_after_a_town_joins_no_word() -> None:
    text = "Выписан: г. Торжок -\nнаблюдение у терапевта"
    assert [text[s:e] for s, e in address_spans(text)] == ["г. Торжок"]


def test_a_number_before_a_persons_name_is_no_postcode_of_a_town() -> None:
    text = "Карта 123456 Орлова Анна, ул. Мира, д. 5"
    assert [text[s:e] for s, e in address_spans(text)] == ["ул. Мира, д. 5"]


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Паспорт 4610 552310 Тверь, выдан 12.03.2010", "4610 552310"),
        ("паспорт 46 10 № 552310 г. Тверь ОВД Заволжский", "46 10 № 552310"),
    ],
)
def test_a_passport_number_before_the_issuing_town_is_no_postcode(
    scrubber: TextScrubber, text: str, passport: str
) -> None:
    assert passport in of_type(scrubber, text, "PASSPORT")


# Round 15: addresses found in pieces before (a street named for an anniversary or an old
# road, a republic's second name, a short region, a village's region in brackets, a building
# glued to its house, a flat after its house with a space only, a town's street written in
# lower case with its house marked). Sentences written for these tests.
@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Аптека: 347000, г. Таганрог, пр. 50-летия Октября, 43\nРецепт выписан",
            "347000, г. Таганрог, пр. 50-летия Октября, 43",
        ),
        (
            "Переведён в центр, г. Пермь, ул. Сибирский тракт, 60, 614000.",
            "г. Пермь, ул. Сибирский тракт, 60, 614000",
        ),
        (
            "Направила ЦРБ, Республика Северная Осетия — Алания, г. Моздок, ул. Мира, д. 2, врач",
            "Республика Северная Осетия — Алания, г. Моздок, ул. Мира, д. 2",
        ),
        (
            "Адрес: Кр. край, г. Армавир, мкр-н 3, д. 9, кв. 14. Муж",
            "Кр. край, г. Армавир, мкр-н 3, д. 9, кв. 14",
        ),
        (
            "ФАП в с. Ногир (РСО-Алания, Пригородный р-н), ул. Садовая, 5, фельдшер",
            "с. Ногир (РСО-Алания, Пригородный р-н), ул. Садовая, 5",
        ),
        (
            "ФАП в х. Вёшки (Ростовская обл., Шолоховский р-н), ул. Донская, 8, фельдшер",
            "х. Вёшки (Ростовская обл., Шолоховский р-н), ул. Донская, 8",
        ),
        (
            "Родился в г. Пскове на пр. Гагарина, д. 12к2, кв. 7, учился там же.",
            "г. Пскове на пр. Гагарина, д. 12к2, кв. 7",
        ),
        (
            "Адрес: г. Самара, ул. Победы, 15к1, общежитие, комн. 40. Муж",
            "г. Самара, ул. Победы, 15к1, общежитие, комн. 40",
        ),
        ("проживает по адресу: Кимры, Лесная, д17/2-41 с матерью", "Кимры, Лесная, д17/2-41"),
        (
            "адрес 443000 г. Самара Победы 7а 15; тел. нет",
            "443000 г. Самара Победы 7а 15",
        ),
        ("проживает 170000 г. Тверь Мира 12к2 8", "170000 г. Тверь Мира 12к2 8"),
        (
            "Адрес: 170000 г. Тверь Седова 51 корп. 2 17. Муж",
            "170000 г. Тверь Седова 51 корп. 2 17",
        ),
        (
            "5. Адрес: тверская область, г. ржев, чапаева 12-40\n6. Телефон",
            "тверская область, г. ржев, чапаева 12-40",
        ),
        ("5. Адрес: г. кострома, садовая д.3 кв.12\n6. Телефон", "г. кострома, садовая д.3 кв.12"),
        (
            "адрес: с. Ивановка, луговая, дом 7, Курская обл.; телефон",
            "с. Ивановка, луговая, дом 7, Курская обл.",
        ),
    ],
)
def test_an_address_in_these_ways_is_found_whole(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert of_type(scrubber, text, "ADDRESS", "LOCATION") == {address}


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Праздник 100-летия Победы, 9 мая", []),
        # an organ's tract, not an old road
        ("Желудочно-кишечный тракт без особенностей.", []),
        ("Жалоб нет. Дыхательный тракт свободен.", []),
        ("Спиноталамический тракт интактен", []),
        ("Пр. край раны ровный, 2 см от края", []),
        # a phone's groups and a count after a house are no flat
        ("г. Тверь, ул. Мира, д. 5 8 912 345 67 89", ["г. Тверь, ул. Мира, д. 5"]),
        ("г. Тверь Мира 5 3 раза в день", ["г. Тверь Мира"]),
        ("г. Тверь Мира 5 12,5 мг", ["г. Тверь Мира"]),
        ("г. Тверь, ул. Мира, д. 5 корп. 2 10:30 приём", ["г. Тверь, ул. Мира, д. 5 корп. 2"]),
        # «на пр.» is no avenue without its name
        ("в г. Твери на пр. 2 дня", ["г. Твери"]),
        # a lower-case word and a number after a town are a dose, not a street
        ("живёт в г. твери, доза витамина 5 мг", []),
        ("болезненна левая область, 2 см", []),
    ],
)
def test_near_misses_of_these_ways_stay_unmasked(text: str, addresses: list[str]) -> None:
    assert [text[s:e] for s, e in address_spans(text)] == addresses
