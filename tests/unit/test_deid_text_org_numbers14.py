"""Round 14: numbers of things and of organisations that are no one's record, and the
patient's numbers written the same way, which stay masked. Sentences written for these
tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

RECORDS = ("RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a ship's IMO number: the register of ships, the same for the whole crew
        ("Теплоход «Северная звезда», IMO 9074729, порт приписки Мурманск.", "9074729"),
        ("Журнал осмотров экипажа, судно «Полярный», ИМО 9312345, позывной UBX4", "9312345"),
        # a lab instrument's factory number repeated with a Latin mark
        ("Калибровка хроматографа зав. № SN 77B120034, поверка до 01.09.2026.", "77B120034"),
        ("Алкотектор «Юпитер» зав. № S/N 41C552018, поверка до 11.11.2025", "41C552018"),
        # an organisation's fixed asset
        ("Термоконтейнер инв. № ОС-10452, рейс SU 1122, сопровождающий", "ОС-10452"),
        ("Корпус № 3 (технический паспорт БТИ инв. № ОС-77120, лит. А)", "ОС-77120"),
        # a building's technical passport
        (
            "Поликлиника (здание — технический паспорт № ТП-40512) принята после ремонта.",
            "ТП-40512",
        ),
        ("Технический паспорт здания № ТП-77120 хранится в АХЧ.", "ТП-77120"),
        # an invoice issued to an organisation, or for goods under a supply contract
        ("Стоимость 3 200 руб. Счёт № 57-у выставлен организации-заказчику.", "57-у"),
        ("Счёт № 4410 от 02.03.2026 выставлен юридическому лицу.", "4410"),
        ("| счёт № 3310 на оплату по договору поставки № 12/26-П | бухгалтерия |", "3310"),
        # a journal's own number before the number of its entry
        ("Зарегистрировано в журнале № 14: 2291", "14"),
        ("Журнал № 6, запись № 4471/25", "6"),
        # a military unit: an organisation
        ("Военный комиссар Сафин Р.М.; копия — командиру в/ч 55123.", "55123"),
        # a reference standard's or a reagent's lot
        ("Контроль: стандарт этанола серии BN4471, срок годности 2027.", "BN4471"),
        ("Контроль: калибратор серии KN2290.", "KN2290"),
    ],
)
def test_a_number_of_a_thing_or_an_organisation_stays(
    scrubber: TextScrubber, text: str, kept: str
) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


# An act of free transfer from an organisation to an organisation
_TRANSFER = (
    "АКТ № 118 безвозмездной передачи компонентов крови от 02.02.2026\n"
    "Передающая сторона: ГАУЗ «Станция переливания крови», г. Казань\n"
    "Принимающая сторона: ГБУЗ «Городская больница № 3», г. Казань\n"
)


def test_an_act_of_free_transfer_between_organisations_stays(scrubber: TextScrubber) -> None:
    assert "118" not in of_type(scrubber, _TRANSFER, *RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        # a citizen receives: the act is the citizen's
        "АКТ № 118 безвозмездной передачи кресла-коляски от 02.02.2026\n"
        "Передающая сторона: ГБУЗ «Городская больница № 3»\n"
        "Принимающая сторона: Сафина Алия Ринатовна\n",
        # a citizen gives to an organisation: a donation, the citizen's paper
        "АКТ № 118 безвозмездной передачи медицинского оборудования\n"
        "Передающая сторона: Сафин Ринат Маратович\n"
        "Принимающая сторона: ГБУЗ «Городская больница № 3»\n",
        # a person on the act's own line
        "АКТ № 118 безвозмездной передачи лекарственных препаратов пациенту Сафину Р.М.\n"
        "Принимающая сторона: ГБУЗ «Городская больница № 3»\n",
    ],
)
def test_an_act_of_free_transfer_naming_a_person_is_a_record(
    scrubber: TextScrubber, text: str
) -> None:
    assert "118" in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the crew member's own papers next to the ship's number
        ("Судно «Полярный», ИМО 9312345; матрос Сафин Р.М., медкнижка № 7741235", "7741235"),
        # implants: a pacemaker's factory number, with or without its Latin mark, however
        # far back the implant is named
        ("Имплантирован ЭКС «Стимул», модель DR, зав. № SN 41K552018.", "41K552018"),
        (
            "Имплантация 02.02.2026: ЭКС «Стимул», модель DDD, зав. № 30-11223; электроды",
            "30-11223",
        ),
        ("Эндопротез коленного сустава, зав. № SN 55X120344", "55X120344"),
        # «инв.» of an invalid's paper, not an inventory
        ("ИПРА инв. № ИП-204571 от 12.01.2026", "ИП-204571"),
        # a dwelling's technical passport names its owner's home
        ("Технический паспорт квартиры № ТП-77120, собственник Сафин Р.М.", "ТП-77120"),
        # an invoice to a patient, or for a patient's treatment
        ("Счёт № 57-у выставлен пациентке Сафиной А.Р.", "57-у"),
        ("Счёт № 3310 на оплату по договору № ПМУ-881 за лечение", "3310"),
        ("Счёт № 57-у выставлен организации-работодателю за осмотр Сафина Р.М.", "57-у"),
        # the journal's entry, the person's
        ("Зарегистрировано в журнале № 14: 2291", "2291"),
        # a soldier's own paper next to the unit
        ("Военный билет АВ 1234567, в/ч 55123", "АВ 1234567"),
        # a patient's paper next to a standard's lot
        ("Стандарт этанола серии BN4471; направление № 4471/25 от 03.04.2025", "4471/25"),
    ],
)
def test_a_persons_number_written_alike_stays_masked(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")
