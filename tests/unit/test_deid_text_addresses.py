"""Russian addresses as people write them: without «ул.», rural, microdistricts, postcodes,
region first or last, inflected — and clinical text that must not become an address."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.addresses import AddressRecognizer, address_spans


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e in address_spans(text)]


@pytest.mark.parametrize(
    "address",
    [
        "301234, Тульская обл., Ефремовский р-н, с. Лобаново, ул. Лесная, д. 3",
        "пос. Горки, 5-17",
        "Барнаул, Попова 108 кв 14",
        "Ярославская обл., г. Рыбинск, пр-т Ленина, 150, корп. 2",
        "мкр. Солнечный, 12-48",
        "д. Сосново Приозерского р-на Ленинградской обл.",
        "г. Калуга, Кирова, 21, кв. 3",
        "Воронеж, Плехановская 44, кв. 12",
        "пгт Кузоватово, Гагарина 9",
        "ст-ца Динская, Красная, 101",
        "Ставропольский край, г. Пятигорск, Московская, 14, стр. 2, лит. В",
        "Омск, 5-я Кордная, 10-2",
        "Республика Марий Эл, г. Йошкар-Ола, ул. Машиностроителей, д. 8",
        "ул. Гоголя, 7, г. Торжок, Тверская обл., 172002",
        "г. Сургут, 30 лет Победы, 12",
        "Невский пр., 102, пом. 7-Н",
        "СПб, В.О., 8-я линия, д. 3",
    ],
)
def test_whole_address_is_one_span(address: str) -> None:
    assert spans(f"Адрес проживания: {address}. Жалоб нет.") == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Семья живет в селе Никольском Курского района.", ["селе Никольском Курского района"]),
        ("Доставлен из д. Кривцово Тверской области.", ["д. Кривцово Тверской области"]),
        ("Проживает в Клину Московской области.", ["Клину Московской области"]),
        # a town and its street joined by «на» are one address (round 9)
        ("Ранее жил в г. Перми на ул. Ленина, д. 40.", ["г. Перми на ул. Ленина, д. 40"]),
    ],
)
def test_inflected_addresses_in_running_text(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Оценка по шкале Глазго 15 баллов, по Апгар 8/9, по Рэнкину 3.",
        "Осмотрен 12.03.2024 г. Пациент стабилен.",  # «г.» after a year is «год»
        "Кашель, одышка и пр. Пациенту назначено лечение.",
        "Согласно ст. 13 и п. 5 ч. 1 закона.",
        "Приказ Минздрава Московской области утвердил порядок.",  # a region alone
        "Симптом Щеткина-Блюмберга отрицательный, ЧСС 72, АД 120/80.",
        "Гемоглобин 128 г/л, лейкоциты 6,2×10^9/л, тромбоциты 245.",
        "Доза 5 мг, кв. м поверхности тела, стр. 12 инструкции.",
        "Фамилия Петрова, 54 года, жалобы на боль.",
        "Вакцина ЖКВ, серия 130422, 0,5 мл подкожно.",  # a postcode-shaped series
        "АД 150/90 мм рт. ст. Диагноз: гипертоническая болезнь.",
        "Принимать 2 р/д. Тел. для связи указан в карте.",
        "Пациентка — гражданка Республики Казахстан, полиса нет.",
        "Согласно ст. 20 Федерального закона о защите здоровья.",
    ],
)
def test_clinical_text_is_not_an_address(text: str) -> None:
    assert spans(text) == []


def test_a_name_before_an_address_is_not_swallowed() -> None:
    text = "Выдано Ивановой Марии, г. Москва, ул. Лесная, д. 5."
    assert spans(text) == ["г. Москва, ул. Лесная, д. 5"]


def test_scrubber_replaces_the_address_as_one_placeholder(scrubber: TextScrubber) -> None:
    text = "Место жительства: Тверь, Склизкова 48 кв 9. Тел. нет."
    out = scrubber.scrub(text).text
    assert out == "Место жительства: [АДРЕС]. Тел. нет."


def test_country_alone_is_not_a_place(scrubber: TextScrubber) -> None:
    text = "Оформлено по приказу Минздрава России, Российская Федерация."
    assert not [f for f in scrubber.analyze(text) if f.type in ("ADDRESS", "LOCATION")]


def test_eponymous_institutions_are_not_people(scrubber: TextScrubber) -> None:
    text = "Консультирован в ГКБ им. В.В. Вересаева и в НИИ имени Н. В. Склифосовского."
    assert [f for f in scrubber.analyze(text) if f.type == "PERSON"] == []
    patient = "Осмотрен Вересаевым В.В. совместно с заведующим."
    assert any(f.type == "PERSON" for f in scrubber.analyze(patient))


def test_recognizer_respects_requested_entities() -> None:
    text = "Адрес: г. Калуга, Кирова, 21, кв. 3."
    assert AddressRecognizer().analyze(text, ["PERSON"]) == []
    assert len(AddressRecognizer().analyze(text, ["ADDRESS"])) == 1


def test_agency_after_a_region_is_not_a_town() -> None:
    assert spans("ТФОМС Свердловской области, Росздравнадзор уведомлен.") == []
    assert spans("Адрес: Курская обл., Льгов.") == ["Курская обл., Льгов"]


def test_a_garden_partnership_and_its_plot_are_an_address() -> None:
    assert spans("Выезд на дом: СНТ «Ромашка», уч. 14, собака во дворе.")[0].startswith(
        "СНТ «Ромашка», уч. 14"
    )


def test_a_stage_abbreviation_is_no_stanitsa() -> None:
    assert spans("Артроз III ст. Медицинская карта выдана.") == []
    assert spans("Проживает ст. Каневская, ул. Мира, 5.") != []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес: ул. Светлая 9, под. 2, эт. 5, кв. 77, код домофона 77к. Звонить.",
            "ул. Светлая 9, под. 2, эт. 5, кв. 77, код домофона 77к",
        ),
        ("г. Кизляр, мкр-н «Южный», 4, кв 12", "г. Кизляр, мкр-н «Южный», 4, кв 12"),
        ("Орловская обл, Ливны, ул Мира 5 кв 12", "Орловская обл, Ливны, ул Мира 5 кв 12"),
        ("пос. Лесной, барак 3, комн. 2", "пос. Лесной, барак 3, комн. 2"),
    ],
)
def test_entrances_floors_quoted_districts_and_unpunctuated_streets(
    text: str, address: str
) -> None:
    assert address in spans(text)


def test_a_full_name_after_the_house_is_no_part_of_the_address() -> None:
    text = "Вызов: п. Лесной, ул. Мира, 3-8, Голубев Пётр Ильич, 79 лет, одышка."
    assert all("Голубев" not in s for s in spans(text))
