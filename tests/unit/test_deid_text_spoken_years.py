"""A date said in words keeps its year in words, «года» or not («двадцатого мая тысяча
девятьсот девяносто восьмого»: found on corpus 12's dev half, stop 30, the year left beside
the mask). Sentences written for these tests (synthetic values, none from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "2. Дата рождения: одиннадцатого июня тысяча девятьсот девяносто четвёртого\n3. С кем",
            "одиннадцатого июня тысяча девятьсот девяносто четвёртого",
        ),
        (
            "родилась восьмого мая тысяча девятьсот семидесятого в Казани",
            "восьмого мая тысяча девятьсот семидесятого",
        ),
        ("третьего марта две тысячи десятого года", "третьего марта две тысячи десятого года"),
    ],
)
def test_a_spoken_date_is_masked_with_its_year(
    scrubber: TextScrubber, text: str, date: str
) -> None:
    assert date in of_type(scrubber, text, "DATE", "BIRTH_DATE")


def test_the_word_after_a_spoken_year_is_not_taken(scrubber: TextScrubber) -> None:
    text = "родилась восьмого мая тысяча девятьсот семидесятого в Казани"
    assert all(
        "Казани" not in d and " в" not in d[-2:]
        for d in of_type(scrubber, text, "DATE", "BIRTH_DATE")
    )
