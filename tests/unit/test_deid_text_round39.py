"""Stop 39 (dev halves of corpora 21, 25 and 27): a SNILS grouped anyhow after its word, a
passport with two Cyrillic capitals and six digits (Ukraine's, the old Soviet form), a birth
certificate issued abroad. Sentences written for these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.identifiers import snils_check_number
from tests.unit.text_findings import found, of_type

_BODY = "254817305"
_SNILS = _BODY + snils_check_number(_BODY)
_BAD_CHECK = _BODY + f"{(int(snils_check_number(_BODY)) + 1) % 100:02d}"


def _regrouped(digits: str) -> str:
    """«25 4-817-305 63»: the groups a careless hand or a scan makes."""
    return f"{digits[:2]} {digits[2]}-{digits[3:6]}-{digits[6:9]} {digits[9:]}"


def test_a_snils_grouped_anyhow_after_its_word_is_a_snils(scrubber: TextScrubber) -> None:
    written = _regrouped(_SNILS)
    text = f"2. Код льготы 081   3. СНИЛС {written}\n4. Фамилия, имя, отчество Ларин"
    assert ("SNILS", written) in found(scrubber, text)


def test_a_regrouped_number_that_fails_the_checksum_is_a_snils_only_after_its_word(
    scrubber: TextScrubber,
) -> None:
    written = _regrouped(_BAD_CHECK)
    text = f"СНИЛС {written} (проверить), пациент Ларин П.П."
    assert ("SNILS", written) in found(scrubber, text)  # the word decides (stop 40)
    assert of_type(scrubber, f"Шифр {written} (проверить)", "SNILS") == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Мельник О.С., 12.03.1998, Украина; документ КЕ 417203; ИНН нет", "КЕ 417203"),
        ("предъявлен паспорт гражданина Украины СН № 530911, выдан в 2004 г.", "СН № 530911"),
        ("Документ: паспорт ВМ 204518", "ВМ 204518"),
    ],
)
def test_two_cyrillic_capitals_and_six_digits_after_a_passport_word_are_a_passport(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("PASSPORT", number) in found(scrubber, text)


def test_capitals_and_six_digits_elsewhere_are_no_passport(scrubber: TextScrubber) -> None:
    text = "Полис ОМС старого образца серия АБ 123456 предъявлен в регистратуре."
    assert of_type(scrubber, text, "PASSPORT") == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "свидетельство о рождении (Республика Таджикистан) 4471920356, перевод заверен",
            "4471920356",
        ),
        ("свидетельство о рождении (Кыргызстан) I-KG №031774, перевод заверен", "I-KG №031774"),
        ("Свидетельство о рождении КР № 0412876 выдано в 2019 г.", "КР № 0412876"),
        ("свидетельство о рождении II-АК № 711671 выдано отделом ЗАГС", "II-АК № 711671"),
    ],
)
def test_a_birth_certificate_issued_abroad_is_a_birth_certificate(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("BIRTH_CERT", number) in found(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "свидетельство о браке (Республика Таджикистан) 4471920356, перевод заверен",
        "свидетельство о рождении от 12.05.2019 представлено, перевод заверен",
        "выдано медицинское свидетельство о рождении № 5120448 (ф. 103/у)",
    ],
)
def test_other_papers_and_dates_are_no_birth_certificate(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "BIRTH_CERT") == set()
