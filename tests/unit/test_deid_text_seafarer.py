"""A seaman's passport (NSI 1.2.643.5.1.13.13.99.2.48 code 7, «Паспорт моряка (удостоверение
личности моряка)») is the person's identity paper: its series letters and number are masked
whole as a passport, in a sentence, on a bilingual form and in a crew journal's column (found
on corpus 11's dev half, stop 30: the number was not masked at all, or only its digits). A
birth certificate issued abroad (code 32) may carry seven digits. Sentences written for these
tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

PASSPORT = "PASSPORT"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Гражданин Осипов; паспорт моряка МК 4410273; гражданство РФ.", "МК 4410273"),
        ("Удостоверение личности моряка / Seafarer's ID: РМ0917364\nДолжность: кок", "РМ0917364"),
        ("Seafarer's identity document: MK 5523018, issued 2021", "MK 5523018"),
        ("УЛМ № МК 3038271 выдано капитаном порта Мурманск", "МК 3038271"),
    ],
)
def test_a_seamans_passport_is_masked_whole(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, PASSPORT)


def test_a_crew_journals_column_of_seamans_passports_is_masked_whole(
    scrubber: TextScrubber,
) -> None:
    text = (
        "| дата | Ф.И.О. | должность | паспорт моряка | АД |\n"
        "| 03.04.2025 | Осипов К.Л. | боцман | РМ 5120938 | 125/80 |\n"
        "| 03.04.2025 | Гуляева Н.С. | кок | МК 8830127 | 118/76 |\n"
    )
    assert {"РМ 5120938", "МК 8830127"} <= of_type(scrubber, text, PASSPORT)


@pytest.mark.parametrize(
    "text",
    [
        "Судно «Капитан Хлебников», ИМО 9207811, позывной UB86.",  # a ship's numbers
        "паспорт транспортного средства 78 УН 123456",  # a thing's passport
        "Код ОК 0123456 по классификатору.",  # the shape without a seaman's paper
    ],
)
def test_no_seamans_paper_no_passport(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, PASSPORT) == set()


def test_a_birth_certificate_issued_abroad_with_seven_digits_is_masked_whole(
    scrubber: TextScrubber,
) -> None:
    text = "сын, 03.05.2016 — свидетельство о рождении, выданное иностранным государством, I-БО 4028173"
    assert of_type(scrubber, text, "BIRTH_CERT") == {"I-БО 4028173"}
