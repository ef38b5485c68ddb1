"""Record numbers the rules did not read (found on corpus 9's dev half, stop 30): a booking
reference, which is letters only, an e-ticket under its English label, a personnel number
after «таб.» in a sentence, a personal account whose letters are also a drug registration's.
Sentences written for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

RECORD = "RECORD_ID"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("вылет 12.03.2025 рейсом SU 1402, бронь KQWZRT, место 14A", "KQWZRT"),
        ("Passenger: Orlova Irina / ОРЛОВА ИРИНА PNR: XJPLMA   Flight: S7 101", "XJPLMA"),
        ("Код бронирования: 7HQ2KD (билет выкуплен)", "7HQ2KD"),
        ("Booking reference: ZXCVBN", "ZXCVBN"),
        ("PNR: NBVCXZ   Ticket: 421-6650193311   Flight: S7 2512", "421-6650193311"),
        ("к работе допущен таб. 40917  Лосева Н.С.   130/85", "40917"),
        ("табельный номер 004417, цех № 2", "004417"),
        ("(лицевой счёт пациента ЛС-412209) за Вами числится задолженность", "ЛС-412209"),
        ("лицевой счёт № ЛС-550031", "ЛС-550031"),
    ],
)
def test_the_number_is_masked(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, RECORD)


@pytest.mark.parametrize(
    "text",
    [
        "Аспирин таб. 100 мг №20; Метформин таб. 1000 мг 2 раза в день",
        "Препарат рег. № ЛС-001234 от 12.05.2010",  # a drug's registration
        "Бронь снята, пациент выписан",
    ],
)
def test_no_record_here(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, RECORD) == set()
