"""Addresses found whole, not in pieces (stop 29): a postcode and a region before the town
with no commas, a republic by its everyday name («Чувашия»), a house glued to its «д» as a
form's narrow field has it, a marked house right after the place, a village's street in lower
case without its type, a house and flat written first, a porch before its word, an
intercom code with letters. Sentences written for these tests (synthetic values, none from a
corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
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
