"""Person names in every written form the issue lists, with and without NER's help."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber, get_scrubber
from ozero.deid.text.nlp_engine import ner_chunks


def persons(scrubber: TextScrubber, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scrubber.analyze(text) if f.type == "PERSON"]


# (frame, name) — the name as written in that frame's grammatical case.
FORMS = [
    ("Пациент {} поступил в плановом порядке.", "Иванов Иван Иванович"),
    ("Осмотр {} проведен.", "Иванова Ивана Ивановича"),
    ("Направление выдано {} на руки.", "Иванову Ивану Ивановичу"),
    ("Осмотрели {} повторно.", "Иванова Ивана Ивановича"),
    ("Беседа с {} проведена.", "Ивановым Иваном Ивановичем"),
    ("Сведения о {} переданы.", "Иванове Иване Ивановиче"),
    ("Лечащий врач: {}.", "Иванова И.И."),
    ("Лечащий врач: {}.", "И. И. Иванов"),
    ("Консультирована {} в отделении.", "Анной Сергеевной Петровой"),
    ("ФИО: {}, 1960 г.р.", "ИВАНОВ ИВАН ИВАНОВИЧ"),
    ("ФИО: {}, 1960 г.р.", "ИВАНОВ И.И."),
    ("Сведения о {} переданы в поликлинику.", "ЛАПИНЕ Р.О."),
    ("Законный представитель — мать, {}, тел. нет.", "МУХАМЕТЗЯНОВА В.О."),
    # surnames that are dictionary words or indeclinable, next to initials
    ("Заведующий отделением: {}.", "Пак В.С."),
    ("Направляем {} на КТ органов грудной клетки.", "Т. С. Пак"),
    ("Со слов {}, боли беспокоят неделю.", "Рыбака У.Л."),
    ("Консультирован {} в отделении.", "Ткачом Э.Э."),
    ("Врач-рентгенолог: {}.", "Э. Ф. Мельник"),
    ("Лечащий врач: {}.", "Бондаренко Ольга Петровна"),
    ("Лечащий врач: {}.", "Гоголадзе Н. Г."),
    ("Лечащий врач: {}.", "Юлия Романовна Кириллова"),
]


@pytest.mark.parametrize(("frame", "name"), FORMS)
def test_name_forms_are_found_whole(scrubber: TextScrubber, frame: str, name: str) -> None:
    text = frame.format(name)
    found = persons(scrubber, text)
    assert any(name in span for span in found), (name, found)
    assert all(span in (name, name.rstrip(".")) or name in span for span in found)


@pytest.mark.parametrize(
    "text",
    [
        "Пак: направлен(а) на консультацию, C34.1.",
        "Борисов: направлен(а) на консультацию.",
        "Шамсутдинов — повторная госпитализация.",
    ],
)
def test_lone_surnames(scrubber: TextScrubber, text: str) -> None:
    assert persons(scrubber, text) == [text.split(":")[0].split(" —")[0]]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Материал направлен на гистологию.", "Материал"),
        ("Пациент(ка) направлен(а) на КТ.", "Пациент"),
        ("Врач И.И. Иванов осмотрел пациента.", "Врач"),
        ("Иванова И.И. Жалобы на кашель.", "Жалобы"),
        ("Заключение: ЗАКЛЮЧЕНИЕ РЕНТГЕНОЛОГИЧЕСКОГО ИССЛЕДОВАНИЯ без патологии.", "ЗАКЛЮЧЕНИЕ"),
        ("Выписан из Киров в удовлетворительном состоянии.", "Выписан"),
        # an adjective opening a sentence, agreeing with the thing after it
        ("Выписка готова. Страховой номер указан в анкете.", "Страховой"),
        ("Синусы свободны. Кардиоторакальный индекс 0,52.", "Кардиоторакальный"),
        # eponyms listed after one trigger word
        ("Симптомы Кернига, Брудзинского отрицательные.", "Брудзинского"),
        ("Пальпаторно с-м Бабинского положительный справа.", "Бабинского"),
    ],
)
def test_words_around_names_are_kept(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert kept in scrubber.scrub(text).text


def test_ner_only_reads_sentences_with_an_unexplained_capital() -> None:
    text = "Живот мягкий, безболезненный. Диагноз: J18.1 Пневмония. Осмотрен доктором Пахомовым."
    chunks = [text[s:e] for s, e in ner_chunks(text)]
    assert chunks == ["Осмотрен доктором Пахомовым."]
    covered = [(text.index("Пахомовым"), len(text) - 1)]
    assert ner_chunks(text, covered) == []


def test_repeated_text_is_served_from_the_cache(scrubber: TextScrubber) -> None:
    text = "Повторно: Сидорчук Ольга Петровна, тел. 8-916-123-45-67."
    first = scrubber.analyze(text)
    assert scrubber.analyze(text) == first and len(first) == 2


def test_batch_api_matches_single_calls(scrubber: TextScrubber) -> None:
    texts = ["Осмотрен врачом Петровой Анной Сергеевной.", None, "", "ЭКГ: ритм синусовый."]
    batch = scrubber.scrub_many(texts)
    assert batch[1] is None and batch[2].text == "" and batch[3].text == texts[3]
    assert batch[0].text == scrubber.scrub(texts[0]).text == "Осмотрен врачом [ФИО]."


def test_drug_brand_before_a_dose_is_not_a_person() -> None:

    scrubber = get_scrubber()
    text = "Принимал Ксарелто 20 мг, затем Эликвис 5 мг; Конкор 2,5 мг утром."
    assert [f for f in scrubber.analyze(text) if f.type == "PERSON"] == []
    person = "Осмотрена Овчинниковой Т.Е., назначен Конкор 5 мг."
    assert persons(scrubber, person) == ["Овчинниковой Т.Е."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Утром осмотрела дежурный врач Кедрова, жалоб нет.", "Кедрова"),
        ("В палате 2 дедушка Чиж, спит спокойно.", "Чиж"),
        ("Со слов родственников больная Д-ва пила таблетки нерегулярно.", "Д-ва"),
        ("Подписи: Смородинов, Вакуленко и Гладких.", "Смородинов"),
    ],
)
def test_a_surname_after_a_role_noun_or_a_signature(
    scrubber: TextScrubber, text: str, name: str
) -> None:
    assert name in persons(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "Выдан паспорт гражданина Республики Казахстан.",
        "Биохимия: Тропонин-тест отрицательный.",
        "Диагноз: Гипертензион. криз купирован.",
        "Нейроскрининг пройден. Выписан домой.",
        "Кардиоконсилиум собран в 10:00.",
        "Протез-карта выдана на руки пациенту.",
        "осмотрен врач Скорой помощи на дому.",
    ],
)
def test_compounds_countries_and_cut_words_are_no_names(scrubber: TextScrubber, text: str) -> None:
    assert persons(scrubber, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "В заголовке DICOM: PatientName IVANOVA^MARIA^PETROVNA, исследование МРТ.",
            "IVANOVA^MARIA^PETROVNA",
        ),
        ("Застрахованная: SIDOROVA ELENA, полис действует.", "SIDOROVA ELENA"),
        ("Vaccination record: Pavel GROMOV, date of birth 1990-05-04.", "Pavel GROMOV"),
    ],
)
def test_names_in_latin_letters(scrubber: TextScrubber, text: str, name: str) -> None:
    assert name in persons(scrubber, text)


def test_a_device_model_in_latin_is_no_name(scrubber: TextScrubber) -> None:
    assert persons(scrubber, "Имплантирован: Evolut PRO 26 мм, без осложнений.") == []
