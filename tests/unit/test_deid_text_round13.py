"""The thirteenth round of the Russian free-text rules: precision, one class each. Numbers of
an organisation's own papers, told by the words around them (``recognizers/org_papers.py``):
service requests between departments, spoiled blanks and their acts, contracts with an
organisation, samples of water or air, goods' waybills, a receipt counter after its shift,
an inspection's decision, a knowledge-check commission's protocol, an insurer's register
number, a company's outgoing number, a ministry's letter, an IT service desk's ticket, an
act writing goods off; «24/7»; a column of blood pressures; a town with its airport code; a
support desk's «2-я линия». Each rule has its counterpart that stays masked: a person's
paper. Sentences written for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.org_papers import organisations_paper
from ozero.deid.text.recognizers.places import flight_end
from tests.unit.text_findings import of_type

RECORD = ("RECORD_ID", "OTHER_ID")
ADDRESS = ("ADDRESS", "LOCATION")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a department's request to a service, a pass office, a CSSD
        ("Выполнен ремонт по заявке № 4417 от 02.03.2025, мастер на месте.", "4417"),
        ("ЗАЯВКА № 7731 от 12.02.2025 в инженерную службу: не греет батарея.", "7731"),
        ("Заявка в ЦСО № 5820 от 11.05.2025, хирургическое отделение.", "5820"),
        ("ЗАЯВКА на разовый пропуск № 2203. Прошу пропустить грузовую машину.", "2203"),
        # a spoiled blank and the act that cancels it
        ("При заполнении испорчен бланк № 771203, погашен, акт № 1408.", "771203"),
        ("При заполнении испорчен бланк № 771203, погашен, акт № 1408.", "1408"),
        # a contract with an organisation
        (
            "Поставщик ООО «Медсервис» (ИНН 7701234567) по договору № 58/25-Л, счёт оплачен.",
            "58/25-Л",
        ),
        ("Заказчик: ГБУЗ «Районная больница», Тверь. Договор № 7712/25 от 03.03.2025.", "7712/25"),
        # water samples and their sampling act
        ("Пробы № 3118-1 … 3118-3: вода питьевая из-под крана, акт отбора № 7704.", "3118-1"),
        ("Пробы № 3118-1 … 3118-3: вода питьевая из-под крана, акт отбора № 7704.", "7704"),
        # goods' waybills
        ("НАКЛАДНАЯ № 4519 на отпуск медикаментов от 01.04.2025", "4519"),
        ("Приход по накладным № 44127, 44130; расход по требованиям.", "44127"),
        # a receipt counter after the shift, an inspection, a commission
        ("Смена № 41   Чек № 1877   14.02.25 12:01", "1877"),
        (
            "Проведение плановой проверки на основании решения № Р5-1203/25 от 01.02.2025.",
            "Р5-1203/25",
        ),
        (
            "ПРОТОКОЛ № 2207-ОТ заседания комиссии по проверке знаний требований охраны труда",
            "2207-ОТ",
        ),
        # an insurer's register number, a company's outgoing letter, a ministry's letter
        ("Полис выдан: СМО ООО «Здоровье-Полис» (реестровый № 770123).", "770123"),
        ("| 2 | ООО «Альфа-Мед», исх. № 3184 от 02.02.2025 | о поставке |", "3184"),
        ("Минздрав, письмо № 15-3/И/2-1200 о порядке мониторинга", "15-3/И/2-1200"),
        # an IT service desk's ticket
        ("Сервис-деск: инцидент INC-48213 закрыт, МИС работает.", "INC-48213"),
    ],
)
def test_an_organisations_paper_is_no_record(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    start = text.index(number)
    assert organisations_paper(text, start, start + len(number))
    assert number not in of_type(scrubber, text, *RECORD)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a person's request, blank, contract, sample, waybill, receipt, act, letter, ticket
        ("Заявка на госпитализацию № 4417 от 02.03.2025, пациент Смирнов И.И.", "4417"),
        ("Выписан рецептурный бланк № 771203 пациенту Кузнецову П.П.", "771203"),
        ("Заказчик: Иванова Мария Петровна. Договор № 7712/25 от 03.03.2025.", "7712/25"),
        ("ИП Петров А.А. (ИНН 770123456789) по договору № 58/25-Л оплатил лечение.", "58/25-Л"),
        ("ООО «Клиника Здоровья» по договору № 7781 лечит пациента Петрова И.И.", "7781"),
        ("ООО «СК Полис», исх. № 3190 от 02.02.2025, о застрахованном Орлове К.К.", "3190"),
        ("ТФОМС, письмо № 12-04/3318 по застрахованной Орловой К.К., 1980 г.р.", "12-04/3318"),
        ("Проба № 3118-1: кровь венозная, пациент Орлов А.А., 12.03.1980 г.р.", "3118-1"),
        ("Оплачено Соколовой Н.В., кассовый чек № 1877 от 14.02.2025.", "1877"),
        ("Акт № 3312-С медицинского освидетельствования Петрова П.П.", "3312-С"),
        ("Жалоба Петровой А.А., вх. № 3184 от 02.02.2025, передана в отдел качества.", "3184"),
        (
            "Номер вашего обращения INC4829911, Ирина Сергеевна, ответим в течение дня.",
            "INC4829911",
        ),
    ],
)
def test_a_persons_paper_stays_masked(scrubber: TextScrubber, text: str, number: str) -> None:
    start = text.index(number)
    assert not organisations_paper(text, start, start + len(number))
    assert number in of_type(scrubber, text, *RECORD)


def test_round_the_clock_is_no_number(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "Куратор случая Анна Ли, на связи 24/7.", *RECORD)
    assert of_type(scrubber, "История болезни № 2417/25, Анна Ли.", *RECORD)


def test_a_column_of_blood_pressures_is_no_record(scrubber: TextScrubber) -> None:
    text = (
        "Журнал АД, здравпункт цеха\n"
        "таб. 30417  Орлов К.К.   150/95   пульс 88\n"
        "таб. 30522  Ли А.А.   128/84   пульс 72\n"
        "таб. 31120  Ким В.В.   171/102   пульс 90\n"
    )
    assert not {"150/95", "128/84", "171/102"} & of_type(scrubber, text, *RECORD)


def test_a_column_of_case_numbers_stays_masked(scrubber: TextScrubber) -> None:
    text = (
        "Журнал госпитализаций, давление при поступлении в истории\n"
        "Орлов К.К. | 11870/24 | 12.03.2025\n"
        "Ли А.А. | 11902/24 | 13.03.2025\n"
        "Ким В.В. | 12010/24 | 14.03.2025\n"
    )
    assert {"11870/24", "11902/24", "12010/24"} <= of_type(scrubber, text, *RECORD)


def test_a_flights_towns_are_no_address(scrubber: TextScrubber) -> None:
    text = "Рейс SU 1010  5 мая  Мурманск (MMK) — Москва (SVO)  вылет 10:40"
    assert flight_end(text, text.index("Москва"), text.index("Москва") + len("Москва"))
    assert not of_type(scrubber, text, *ADDRESS)


def test_a_residence_stays_an_address(scrubber: TextScrubber) -> None:
    text = "Проживает: г. Мурманск, ул. Полярные Зори, д. 5, кв. 12."
    assert of_type(scrubber, text, *ADDRESS)
    text = "Паспорт иностранца, место рождения: г. Мурманск (RUS), выдан 02.02.2020."
    assert not flight_end(text, text.index("г. Мурманск"), text.index(" (RUS)"))


def test_a_support_line_is_no_address(scrubber: TextScrubber) -> None:
    text = "Заявка закрыта. Исполнитель: Ли А.В. (2-я линия). Статус: решено."
    assert not of_type(scrubber, text, *ADDRESS)
    assert not of_type(scrubber, "Назначена 3-я линия терапии.", *ADDRESS)


def test_a_garden_partnerships_line_stays_an_address(scrubber: TextScrubber) -> None:
    text = "Вызов: СНТ «Берёзка», 4-я линия, уч. 17, Раменский г.о."
    assert "4-я линия" in " ".join(of_type(scrubber, text, *ADDRESS))


def test_a_sterilisers_cycle_column_is_no_record(scrubber: TextScrubber) -> None:
    text = (
        "Заявка на стерилизацию, хирургия\n"
        "| набор | метод | № цикла |\n"
        "| Набор для трахеостомии | паровой | С-40917 |\n"
        "| Эндоскоп гибкий | плазменный | П-55102 |\n"
    )
    assert not {"С-40917", "П-55102"} & of_type(scrubber, text, *RECORD)


def test_an_ivf_cycle_column_stays_masked(scrubber: TextScrubber) -> None:
    text = (
        "Протокол ЭКО, пациентка Орлова К.К.\n"
        "| этап | дата | № цикла |\n"
        "| пункция | 12.03.2025 | ЭК-40917 |\n"
        "| перенос | 17.03.2025 | ЭК-40917 |\n"
    )
    assert "ЭК-40917" in of_type(scrubber, text, *RECORD)


def test_an_act_writing_a_drug_off_stays_a_record(scrubber: TextScrubber) -> None:
    """A controlled drug is written off for the patient it was given to: the act's number
    stays masked (round 13 first made it public)."""
    text = "АКТ № 3312-С о списании наркотического средства, введённого пациенту в палате 4"
    start = text.index("3312-С")
    assert not organisations_paper(text, start, start + len("3312-С"))
    assert "3312-С" in of_type(scrubber, text, *RECORD)
