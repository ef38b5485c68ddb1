"""Stop 41 (written from how dates are written on papers and scans, not from a corpus): a
paper's date right after «от» is its date, not its number; two days of one month, a Roman
month with its year after a dash, a contract's day in ASCII quotes, a scan's commas, a label
run into its date, the first day of «с 5 по 12 марта», and a printout's short month between
dashes or dots («01-мар-2024»)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from tests.unit.text_findings import of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Справка от 05.03.2024г выдана пациенту.", "05.03.2024г"),  # the year's mark too
        ("Направление от 05.03.24г. на МРТ.", "05.03.24г."),
        ("Заключение от 2024.03.05.", "2024.03.05"),
        ("Осмотр 05.03.2024г.в 10:00", "05.03.2024г."),
        ("Выписан 05.03.2024года", "05.03.2024"),  # a word run in: the date alone
        ("Дежурства 06-07.03.2024 без происшествий.", "06-07.03.2024"),
        ("Операция 3/IV-2024: лапароскопическая холецистэктомия.", "3/IV-2024"),
        ('Договор от "05" марта 2024 г. подписан.', '"05" марта 2024 г.'),
        ("Дата выдачи 05,03,2024 (скан).", "05,03,2024"),
        ("Дата05.03.2024 подпись", "05.03.2024"),
        ("Находился на лечении с 5 по 12 марта 2024 г.", "5"),
        ("Находился на лечении с 5 по 12 марта 2024 г.", "12 марта 2024 г."),
        ("В ночь с 4 на 5 марта появились боли.", "4"),
        ("Забор 01-мар-2024, доставка 02.дек.24", "01-мар-2024"),
        ("Забор 01-мар-2024, доставка 02.дек.24", "02.дек.24"),
    ],
)
def test_a_date_is_a_date(scrubber: TextScrubber, text: str, date: str) -> None:
    assert date in of_type(scrubber, text, "DATE")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Справка 2458-17 от 05.03.2024 выдана.", "2458-17"),  # its number stays a number
        ("Код 45-99.99.99 в системе учёта", None),  # no calendar date: nothing new here
    ],
)
def test_numbers_that_are_no_dates_stay_what_they_were(
    scrubber: TextScrubber, text: str, record: str | None
) -> None:
    assert not of_type(scrubber, text, "DATE") - {"05.03.2024"}
    if record:
        assert record in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Принимать с 2 по 3 таблетки в день.",  # no month after the range
        "Гемоглобин 12,05 г/л, эритроциты 4,03",  # decimals, no year
        "Счёт 12,34,5678 оплачен",  # not a calendar day and month
        "Партия 31-32.13.2024 на складе",  # no 32nd day, no 13th month
        "Операция 3/XV-2024 в плане",  # no such Roman month
        "Код 45-мар-2024 в реестре",  # no 45th day
    ],
)
def test_no_date_where_there_is_none(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "DATE")
