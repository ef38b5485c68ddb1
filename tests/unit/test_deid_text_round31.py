"""Stop 31 (corpus 13's dev half): numbers of the department's equipment, its washers'
runs, a product's catalogue number, a procurement contract and a screening scale are no
one's record; the patient's numbers written the same way stay masked; a surname with one
initial after a role and a department's abbreviation is a person. Sentences written for
these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type

RECORDS = ("RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a Latin serial mark under a device named before it
        ("Бронхоскоп Pentax EB-1990i, S/N 4417201; обработка в моечной машине.", "4417201"),
        ("Эхокардиограф Vivid E95, s/n VE552018, датчик M5Sc.", "VE552018"),
        ("Device S/N 52K440193, firmware 3.2.", "52K440193"),
        # a Holter recorder handed out by the department
        ("Холтеровский регистратор № 17 выдан на сутки, возврат до 10:00.", "17"),
        # a washer's or a steriliser's run
        ("Колоноскоп обработан, цикл дезинфекции № 5521, оператор м/с.", "5521"),
        ("Инструменты: цикл стерилизации № А-118, индикатор без замечаний.", "А-118"),
        # a product's catalogue number printed as «REF»
        ("Стент коронарный, REF BX3012S, LOT 40412; установлен в ПМЖВ.", "BX3012S"),
        # a state contract for drugs bought for the fund
        ("Препарат выдан по контракту № 77/26-ЛП (закупка ОМС), 28 таблеток.", "77/26-ЛП"),
        # a screening scale, not «N RS-2002»
        ("Нутритивный скрининг NRS-2002: 3 балла, риск недостаточности.", "RS-2002"),
    ],
)
def test_a_number_of_a_thing_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # an implant's serial is the patient's, whatever mark it is written with
        ("Эндопротез тазобедренного сустава Zimmer, S/N 88120457, установлен.", "88120457"),
        ("Кардиостимулятор Medtronic Azure, S/N RNB204411H, имплантирован.", "RNB204411H"),
        # a serial mark with no device before it decides nothing
        ("Пациенту выдан браслет, S/N 44120398.", "44120398"),
        # a contract the patient signs for his own care
        ("Пациент подписал контракт № 914/2026 на платное лечение.", "914/2026"),
        # an IVF cycle names no disinfection
        ("Протокол ЭКО: цикл № 4471-26, перенос эмбриона 12.03.2026.", "4471-26"),
        # a lab order written with «N»
        ("Заявка N 558120 на исследование крови.", "558120"),
    ],
)
def test_the_patients_number_stays_masked(scrubber: TextScrubber, text: str, masked: str) -> None:
    assert any(masked in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Врач УЗД Ван Л., аппарат Samsung HS40.", "Ван Л."),
        ("Заключение подписал врач ФД Ким А.", "Ким А."),
        ("Медсестра ОРИТ Хан Д. (смена 2)", "Хан Д."),
    ],
)
def test_a_surname_with_one_initial_after_a_role_and_a_department(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in of_type(scrubber, text, "PERSON")


def test_a_vitamin_is_no_person(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Назначен витамин Е. Контроль через месяц.", "PERSON")
