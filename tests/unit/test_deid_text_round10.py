"""The tenth round of the Russian free-text rules: a person's record number found by where
it stands, not by which document word governs it (``PositionRecordRecognizer``). Every
positive names its paper with a word the document vocabulary does not hold («реестровая
запись», «ордер-вкладка», «листок участника»), as a kind nobody taught the rules would;
the negatives are numbers that stand in the same positions and belong to nobody (a blood
pressure, a stage, a lot, a device, a postal index, a school, a bank account). Sentences
written for these tests (synthetic values, none taken from a corpus)."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers import PositionRecordRecognizer, lexicon
from tests.unit.text_findings import of_type

# ------------------------------------------------------------- positions -------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the line names a person: a full name, a birth date, initials, «пациент»
        ("Ковалёва Ирина Петровна, 12.03.1961 г.р., реестровая запись 48213/25.", "48213/25"),
        ("Рябинина Нина Ашотовна, 16.10.1967, запись 06992, выполнено 24.04.2025.", "06992"),
        ("Пациент Громов А.Н. (опекунское дело 075150) переведён в ОРИТ.", "075150"),
        ("Со слов дочери: белых роман викторович, абонемент 45457, просит перезвонить.", "45457"),
        # an aside or a clause of its own: a noun and an unmistakable number
        ("Мартынова К.П. (ордер-вкладка 350/27), доставлена бригадой.", "350/27"),
        ("Препарат направлен на исследование, квитанция-опись 1281-П-44 приложена.", "1281-П-44"),
        ("Паспорт: AC2146526, въездная карточка 0877 0096737, выдана 01.02.2025.", "0877 0096737"),
        # a label cut short, a key=value export
        ("Исх. 14/1187-25 от 5 мая 2025 г. Главному врачу.", "14/1187-25"),
        ("Запись N_ZAP=917: ПАЦИЕНТ ID_PAC=28801949, FAM=Долгих", "28801949"),
        # the title of the paper: «№» and a short number opening a line or a sentence
        ("ЛИСТОК УЧАСТНИКА № 291\nДата: 21.05.2025", "291"),
        ("Регистрационная карточка № 530 заведена 02.02.2025.", "530"),
        ("ПОРУЧЕНИЕ 03-0712-8070 от 27.03.2025\nКлиент: Иванова А.С.", "03-0712-8070"),
        # a table row that names a person: a cell holding only an identifier
        ("2;3511-137256;Гриценко К.Н.;Апиксабан 5 мг;1 уп.", "3511-137256"),
        ("1 | Лыков Фёдор Рустамович | +7 915 200 11 22 | 40488 | 18 450,00", "40488"),
    ],
)
def test_a_number_where_a_persons_record_stands(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        # values and codes written beside a patient
        "Пациентка Иванова А.С., АД 150/95, пульс 72.",
        "Иванова А.С.: стадия T2N0M0, ECOG 1.",
        "Петров П.П., КСГ st36.007, тариф 3.1.045.",
        "Петров П.П., вид ТСР: 7-01-01 кресло-коляска.",
        "Орлов И.И., лейк. 15-20 в п/зр, боль 6/10 по ВАШ.",
        "Сидорова В.В., адрес: 150002 Ярославль, ул. Мира, 5.",
        "Приказ № 834н, форма № 025/у, диагноз I11.9, услуга A06.09.007; врач Орлов И.И.",
        # a medicine's, a device's, a product's numbers
        "Сидорова В.В. — вакцина «Гриппол плюс», серия 123-45, лот AB-12345.",
        "Анализатор Cobas 6000, серийный 1234-56, оператор Зуев В.Б.",
        "Инсулиновая помпа (модель MMT-1886), пациент Орлов И.И.",
        "Выдано: Ксарелто 20 мг № 28, GTIN 04607028391156, пациент Орлов И.И.",
        # organisations, places and counts
        "Гинеколог ЖК № 5. Мкртчян Ануш Самвеловна.",
        "В МАДОУ д/с № 118 «Солнышко». Абдрахманов Р.Р.",
        "Реестр счетов № 690 за ноябрь 2025 г., МО 690017.",
        "Оплата Орловым И.И.: р/с 40702810938000012345, БИК 044525225, ОГРН 1027739048850.",
        "Цех, участок: цех № 14, шлифовщик Орлов И.И.",
        "Орлов И.И., тел. ЗАС 14-22, кабинет № 214, палата 7.",
        "Орлов И.И.: мелоксикам 15 мг в/м № 5, магнитотерапия № 10.",
    ],
)
def test_numbers_in_the_same_positions_that_are_nobodys(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


def test_a_passport_in_digit_groups_stays_the_passports(scrubber: TextScrubber) -> None:
    text = "Петров П.П. | 1999-03-15 | ДУЛ 14 4519 227841 | прикреплён"
    assert "14 4519 227841" not in of_type(scrubber, text, "RECORD_ID")


def test_the_recognizer_needs_no_document_word() -> None:
    """Alone, on a paper whose kind no vocabulary holds."""
    text = "Козлова Е.В., формуляр опекуна 2025/771-К, принят 03.04.2025."
    spans = [text[r.start : r.end] for r in PositionRecordRecognizer().analyze(text, ["RECORD_ID"])]
    assert spans == ["2025/771-К"]


# ------------------------------------------------------------- ablation --------------


def test_the_ablation_switch_forgets_every_document_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """``OZERO_TEXT_ABLATE_KINDS=1`` (bench only): no word names a document kind, public
    and clinical words stay."""
    assert lexicon.classify("Направление") == lexicon.DOC
    monkeypatch.setattr(lexicon, "ABLATE_KINDS", True)
    lexicon.classify.cache_clear()
    lexicon.two_word_head.cache_clear()
    try:
        assert lexicon.classify("Направление") is None
        assert lexicon.two_word_head("гарантийное", "письмо") is None
        assert lexicon.classify("приказ") == lexicon.SAFE
        assert lexicon.classify("палата") == lexicon.ROOM
    finally:
        monkeypatch.setattr(lexicon, "ABLATE_KINDS", False)
        lexicon.classify.cache_clear()
        lexicon.two_word_head.cache_clear()
    assert lexicon.classify("Направление") == lexicon.DOC


def test_a_scrubber_built_with_the_ablation_switch_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The switch left on outside a bench costs recall: whoever builds a scrubber hears it."""
    monkeypatch.setattr(lexicon, "ABLATE_KINDS", True)
    try:
        with caplog.at_level("WARNING", logger="ozero.deid.text.engine"):
            TextScrubber()
    finally:  # nothing classified under the switch stays cached for the other tests
        lexicon.classify.cache_clear()
        lexicon.two_word_head.cache_clear()
    assert any("OZERO_TEXT_ABLATE_KINDS" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # an aside naming a paper, a short number included; a number given with its date
        ("Продлён до 18.07.2025 (ВК протокол № 32), закрыт 14.03.2025.", "32"),
        ("Ребёнок осмотрен, протокол консилиума № 381 от 13.04.2025 приложен.", "381"),
        # a paper named before an abbreviation, a three-digit number opening a sentence
        ("Ед/л, СРБ 3,2 мг/л. Карта выезда СМП № 515. Адрес уточнён.", "515"),
        # the number first, then what it is the number of
        ("Рябова Ульяна, 18.08.1994 г.р. (288/99 — номер родового листа)", "288/99"),
        # «-П», «-р»: how papers about one person are numbered too
        ("Лаборант Кузьмина О.В., памятка 2453-П — J44.8.", "2453-П"),
        # digits read out one by one in a call
        ("назовите номер полиса дмс если есть пациент 3 2 1 7 5 9 6 4 робот", "3 2 1 7 5 9 6 4"),
        # a row of a table: two identifiers in one cell
        ("3 | 18.05.1950 | включён | R0446 112-016 | Корнилов М.Е. |", "R0446 112-016"),
        ("ТЕЛЕФОНОГРАММА № 55\n12.06.2025 в 02:35 передано", "55"),
        # a label after initials; a lettered identifier alone in a row naming a person
        ("КТ ОГК. Пациент: ВАСИЛЬЕВА Т.Н.  ID: P05151660  Исследование: 12.03.2025", "P05151660"),
        ("112-049 | Куликов К.О. | 18.05.1950 | включён | R0446", "R0446"),
    ],
)
def test_more_positions(scrubber: TextScrubber, text: str, number: str) -> None:
    assert number in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    "text",
    [
        "Зубы 36, 37. Протез № 2.",
        "Звоните 9161234567.",
        "Постановление Правительства № 1234-П утверждено, врач Орлов И.И.",
        "Лицензия (12345 — номер лицензии), врач Орлов И.И.",
        "Орлов И.И., лейкоциты 8 9 10 в поле зрения.",
        "Позвоните Орлову И.И. 8 9 1 6 1 2 3 4 5 6 7 вечером.",
        # (the lead, after blind9_dev: an ordinal in a title, a flight, a study group)
        "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 3 к договору подряда",
        "Орлов И.И., 02.03.1990, вылет 14.05.2026 рейсом UT 4417 из Внукова.",
        "Орлова Ирина Сергеевна, студентка, группа 821305, курс третий.",
    ],
)
def test_more_numbers_that_stay(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "RECORD_ID")


def test_a_scale_read_out_stays(scrubber: TextScrubber) -> None:
    text = "Пациент Орлов И.И.: оценка 1 2 3 4 5 6 7 баллов, шкала 9 8 7 6 5 4 баллов."
    assert not of_type(scrubber, text, "RECORD_ID")
