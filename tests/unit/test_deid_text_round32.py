"""Stop 32 (corpora 16 and 17's dev halves): a subject of the federation named alone is kept
(a state's level, as Safe Harbor lets stand), anything finer stays masked; numbers of
things and organisations' papers written beside a patient's numbers. Sentences written for
these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.regions import region_alone
from tests.unit.text_findings import of_type

PLACES = ("ADDRESS", "LOCATION")
RECORDS = ("RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    "region",
    [
        "Республики Дагестан",
        "Ямало-Ненецкого автономного округа",
        "Республике Саха (Якутия)",
        "Донецкой обл.",
        "Кабардино-Балкарской Республики",
        "Кемеровская область — Кузбасс",
        "г. Москвы",
        "Санкт-Петербурга",
        "ХМАО — Югры",
        "Чувашии",
        "Ненецкий АО",
        "Респ. Татарстан",
        "Республики Северная Осетия — Алания",
    ],
)
def test_a_region_alone_is_a_region(region: str) -> None:
    text = f"Пациент прибыл из {region} на лечение."
    start = text.index(region)
    assert region_alone(text, start, start + len(region))


@pytest.mark.parametrize(
    "place",
    [
        "г. Хабаровск",  # a city whose name a region's adjective starts with
        "Красноярск",
        "Республика Тыва, г. Кызыл",
        "Ростовская область, Азовский р-н",
        "с. Гуниб",
        "Москва, ул. Тверская, д. 7",
        "Курск",
    ],
)
def test_anything_finer_than_a_region_is_not(place: str) -> None:
    text = f"Проживает: {place}."
    start = text.index(place)
    assert not region_alone(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Семья прибыла из Республики Дагестан в мае.", "Дагестан"),
        ("Турист из Ямало-Ненецкого автономного округа, травма на склоне.", "Ненецкого"),
        ("Родственники живут в Республике Саха (Якутия).", "Якути"),
        ("Гражданин РФ из Хабаровского края, полис ОМС действует.", "Хабаровского"),
    ],
)
def test_a_region_alone_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *PLACES))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Прежний адрес: Республика Дагестан, с. Гуниб, ул. Ленина, д. 5.", "Гуниб"),
        ("Проживает: Ямало-Ненецкий автономный округ, г. Надым, ул. Зверева, 3-41.", "Надым"),
        ("Житель г. Москвы: г. Москва, г. Зеленоград, корп. 1412, кв. 8.", "1412"),
        ("Следовал из Мелитополя, сейчас у родственников.", "Мелитополя"),
    ],
)
def test_a_finer_place_stays_masked(scrubber: TextScrubber, text: str, masked: str) -> None:
    assert any(masked in found for found in of_type(scrubber, text, *PLACES))
