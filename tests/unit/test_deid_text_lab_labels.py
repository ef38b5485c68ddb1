"""Record numbers of samples, slides and studies (found on corpus 13's dev half, stop 30):
Latin capitals glued to a long number or twice between digit runs, a study's instance UID
after «Study», a case number right after a patient's name and birth date. Sentences written
for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.after_people import case_numbers_after_people
from tests.unit.text_findings import of_type

RECORD = "RECORD_ID"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("биопсия: банка 1 (антрум) — R4471B209, банка 2 (тело) — KD30917745;", "R4471B209"),
        ("биопсия: банка 1 (антрум) — R4471B209, банка 2 (тело) — KD30917745;", "KD30917745"),
        ("WSI-слайды: LB44-20917, TX55019283. Вопрос: верификация", "TX55019283"),
        (
            "Accession CT44019277 | Study 1.2.840.113619.2.55.3.604411.3310.21 Пациент",
            "1.2.840.113619.2.55.3.604411.3310.21",
        ),
        ("Пациент Колесников Иван Петрович, 03.02.1977, 55019/2025. ВСА справа", "55019/2025"),
        ("повторный приём. Гаврилова В.А. (44102-С/25) явилась с результатами", "44102-С/25"),
    ],
)
def test_the_number_is_masked(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, RECORD)


@pytest.mark.parametrize(
    "text",
    [
        "Анализатор Sysmex XN1000 работает по ISO15189",  # a model, a standard
        "Приказ Минздрава России от 12.11.2012 № 906н",
    ],
)
def test_models_and_acts_stay(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, RECORD) == set()


def test_a_case_number_needs_a_person_right_before_it() -> None:
    text = "Иванов И.И., 120/80; Петров П.П., 4471/2025; протокол 5519/2025"
    spans = [(0, 11, "PERSON"), (21, 32, "PERSON")]
    found = [text[s:e] for s, e in case_numbers_after_people(text, spans)]
    assert found == ["4471/2025"]  # not a blood pressure, not a number after no one
