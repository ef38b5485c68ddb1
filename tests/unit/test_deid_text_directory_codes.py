"""Found on corpus 13's dev half (stop 30): the federal directories' codes of a test, a study
or a service, and their international twins, are public codes, and a measurement in
milliseconds is no record; a scanned name whose first letter came out as a zero, and a
surname whose initials another word after them also claims, are masked. Sentences written for
these tests (synthetic values, none from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Отн. плотность 1,020 (ФСЛИ 1034417), белок отр.",
        "ОПТГ (ФСИДИ 7004412), 0,01 мЗв",
        "Креатинин (LOINC 2160-0) 88 мкмоль/л",
        "рак молочной железы (ICD-O 8500/3, C50.4)",
        "QT/QTc 392/441 мс. Синусовый ритм",
    ],
)
def test_a_public_code_or_a_measurement_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "RECORD_ID") == set()


def test_a_zero_opening_a_scanned_word_is_read_as_o(scrubber: TextScrubber) -> None:
    text = "ПАЦИЕНТ: ЖУРАВЛ0В ИГ0РЬ 0ЛЕГ0ВИЧ   ИБ: 4471-С/25"
    assert "ЖУРАВЛ0В ИГ0РЬ 0ЛЕГ0ВИЧ" in of_type(scrubber, text, "PERSON")


def test_initials_two_words_claim_keep_both_masked(scrubber: TextScrubber) -> None:
    text = "Лечащий врач: Ракитин Е.М. Креатинин (LOINC 2160-0) 88 мкмоль/л"
    covered = set()
    for f in scrubber.analyze(text):
        if f.type == "PERSON":
            covered.update(range(f.start, f.end))
    start = text.index("Ракитин")
    assert all(i in covered for i in range(start, start + len("Ракитин Е.М")))
