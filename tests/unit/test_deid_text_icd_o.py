"""A tumour's morphology code (ICD-O-3, «М-8500/3») is a public code like ICD-10, never a
record number; a record number of the same letters stays (stop 29, from corpus 11's dev
half: a cancer register's card)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.lexicon import is_safe_code
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Диагноз: МКБ-10 C50.4; морфология М-8500/3; стадия II",
        "Гистологически: M8140/3, G2; рецептор ER+.",
        "морфологический код М-9680/3 (диффузная В-крупноклеточная лимфома)",
    ],
)
def test_a_morphology_code_is_no_record(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID", "OTHER_ID")


def test_a_record_number_with_an_m_stays(scrubber: TextScrubber) -> None:
    assert of_type(scrubber, "Медицинская карта № М-2019/3 выдана", "RECORD_ID") == {"М-2019/3"}


@pytest.mark.parametrize(
    ("number", "safe"),
    [("М-8500/3", True), ("M9680/3", True), ("М-2019/3", False), ("М-8500/7", False)],
)
def test_the_shape(number: str, safe: bool) -> None:
    assert is_safe_code(number) is safe
