"""A name with initials masked whole, initials and surname (found on the dev halves of corpora
3–10, stop 30: a surname masked with its initial left beside it, or the initials masked with
the surname left). Sentences written for these tests (synthetic values, none from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

PERSON = "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials ending a line take the surname before them, not the next line's first word
        ("врач-терапевт участковый Веденеева Л.А.\nЗаведующий отделением", "Веденеева Л.А."),
        ("Направивший врач: Тихомиров С.В.\nМикроописание: без особенностей", "Тихомиров С.В."),
        # a signature: initials, and the surname on the line below
        ("Анестезиолог-реаниматолог М.Н.\nГамкрелидзе\nмедсестра", "М.Н.\nГамкрелидзе"),
        # a role's adjective before the initials; the surname follows them
        ("Ответственный Н.Н. Колосов", "Н.Н. Колосов"),
        ("Ответственная А.Э. Зарипова; проверено", "А.Э. Зарипова"),
        # one initial before the surname
        ("Рентгенолаборант Г. Мустафина, внутр. 3-41.", "Г. Мустафина"),
        ("Оператор: Н. Гриценко", "Н. Гриценко"),
        # one initial after the surname, before a bracket or a date
        ("приняла Сафонова О. 06.03.2025 08:00", "Сафонова О."),
        ("Шарапов В. (таб. № 4411) — жалобы", "Шарапов В."),
        # a surname that is also a word, with initials, before a capitalised word
        ("Фельдшер Седых К.Ф. ТАЛОН К СОПРОВОДИТЕЛЬНОМУ ЛИСТУ", "Седых К.Ф."),
        ("Врач-ортопед Лыков Р.Т. Пациент: направлен", "Лыков Р.Т."),
    ],
)
def test_a_name_with_initials_is_masked_whole(scrubber: TextScrubber, text: str, name: str) -> None:
    assert any(name in found for found in of_type(scrubber, text, PERSON))


@pytest.mark.parametrize(
    "text",
    [
        "Поезд до Н. Новгород отправляется в 10:00",  # a town, its first word shortened
        "Витамин Д. 2 раза в день",
        "Прибыл из г. В. Луки поездом",
    ],
)
def test_letters_with_dots_before_a_word_that_is_no_surname(
    scrubber: TextScrubber, text: str
) -> None:
    assert of_type(scrubber, text, PERSON) == set()


def test_initials_outside_a_longer_reading_of_the_same_name_stay_masked(
    scrubber: TextScrubber,
) -> None:
    text = "Направлен по адресу г. Ставрополь, ул. Баумана д.24 кв.107.\nВрач-неонатолог Кудрявцев С.А."
    covered = set()
    for f in scrubber.analyze(text):
        covered.update(range(f.start, f.end))
    name = text.index("Кудрявцев С.А")
    assert all(i in covered for i in range(name, name + len("Кудрявцев С.А")))
