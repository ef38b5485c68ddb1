"""A document number's series written before its digits is masked with them (found on the
dev halves of corpora 3–11, stop 30: the digits were masked and «АК», «21 №», «60 АА» left
beside the mask). Sentences written for these tests (synthetic values, none from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.series import series_start
from tests.unit.text_findings import of_type

RECORD = "RECORD_ID"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Служил в армии (военный билет БЕ 4410728). Работал слесарем.", "БЕ 4410728"),
        ("Патент на работу: 77 № 1934402218\nТел. нет", "77 № 1934402218"),
        ("выдано ритуальной службе, дов. 52 АА 3301947\nОтветственный", "52 АА 3301947"),
        ("копию медицинского свидетельства о смерти (31 № 551902).", "31 № 551902"),
        ("Документ: удостоверение беженца ББ № 4470921, выдано 03.03.2020", "ББ № 4470921"),
        ("Вид на жительство иностранного гражданина: 82 № 5527190, выдан", "82 № 5527190"),
        ("протокол о направлении ХЕ 402216 (инспектор ДПС)", "ХЕ 402216"),
    ],
)
def test_the_series_is_masked_with_the_number(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, RECORD)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("карта вызова СМП № 4471 от 01.02.2025", "СМП"),  # a service, not a series
        ("ИБ № 4417/Г, отделение хирургии", "ИБ"),  # the paper's own name, no document word
        ("Пациент, кв. 12 № 5 по списку", "кв. 12"),
    ],
)
def test_what_is_no_series_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    start = text.index(kept)
    found = [
        (f.start, f.end) for f in scrubber.analyze(text) if f.start < start + len(kept) <= f.end
    ]
    assert found == []


def test_a_series_never_reaches_into_the_finding_before_it() -> None:
    text = "военный билет АК 5053605"
    digits = text.index("5053605")
    assert series_start(text, digits) == text.index("АК")
    assert series_start(text, digits, floor=digits - 1) == digits
