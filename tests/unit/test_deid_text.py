"""Russian free-text scrubbing: recall per identifier format, precision on medical text."""

from __future__ import annotations

import pytest

from ozero.deid.text import KnownIdentifiers, TextScrubber, get_scrubber
from ozero.identifiers import enp_check_digit, format_snils, inn_check_digits, snils_check_number

SNILS = "112233445" + snils_check_number("112233445")  # 11223344595
ENP = "770000000000001" + enp_check_digit("770000000000001")
INN12 = "5001007322" + inn_check_digits("5001007322")
INN10 = "770708389" + inn_check_digits("770708389")


def types_of(scrubber: TextScrubber, text: str, known: KnownIdentifiers | None = None):
    return {(f.type, text[f.start : f.end]) for f in scrubber.analyze(text, known)}


def test_get_scrubber_is_a_singleton() -> None:
    assert get_scrubber() is get_scrubber()


@pytest.mark.parametrize(
    "written",
    [format_snils(SNILS), f"{SNILS[:3]}-{SNILS[3:6]}-{SNILS[6:9]}-{SNILS[9:]}", SNILS],
)
def test_snils_formats(scrubber: TextScrubber, written: str) -> None:
    text = f"Пациент предъявил СНИЛС {written}, данные сверены."
    assert ("SNILS", written) in types_of(scrubber, text)
    assert written not in scrubber.scrub(text).text
    assert "[СНИЛС]" in scrubber.scrub(text).text


def test_snils_with_wrong_checksum_is_not_snils(scrubber: TextScrubber) -> None:
    wrong = SNILS[:9] + ("00" if SNILS[9:] != "00" else "01")
    text = f"Номер пробирки {wrong}, биоматериал: кровь венозная."
    assert not any(t == "SNILS" for t, _ in types_of(scrubber, text))


@pytest.mark.parametrize(
    "written",
    [
        ENP,
        " ".join(ENP[i : i + 4] for i in range(0, 16, 4)),
        ENP[:4] + "-" + ENP[4:8] + "-" + ENP[8:12] + "-" + ENP[12:],
    ],
)
def test_enp_formats(scrubber: TextScrubber, written: str) -> None:
    text = f"Полис ОМС (ЕНП) {written} действителен."
    assert ("ENP", written) in types_of(scrubber, text)
    assert "[ПОЛИС]" in scrubber.scrub(text).text


def test_enp_with_wrong_check_digit_is_not_enp_unless_named(scrubber: TextScrubber) -> None:
    wrong = ENP[:15] + str((int(ENP[15]) + 1) % 10)
    assert not any(t == "ENP" for t, _ in types_of(scrubber, f"Номер пробирки {wrong}."))
    # after the policy's name the word decides: a mistyped policy is still the person's
    assert ("ENP", wrong) in types_of(scrubber, f"Полис {wrong}.")


def test_inn(scrubber: TextScrubber) -> None:
    text = f"ИНН пациента {INN12}; ИНН работодателя {INN10}."
    found = types_of(scrubber, text)
    assert ("INN", INN12) in found and ("INN", INN10) in found
    bad = INN12[:11] + str((int(INN12[11]) + 1) % 10)
    assert not any(t == "INN" for t, _ in types_of(scrubber, f"Номер пробирки {bad}."))
    assert ("INN", bad) in types_of(scrubber, f"ИНН {bad}.")  # the word decides (stop 40)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Паспорт 45 06 123456 выдан ОВД района.", "45 06 123456"),
        ("Документ: паспорт гражданина РФ 4506 123456.", "4506 123456"),
        ("Паспорт серия 4506 номер 123456, выдан 01.02.2010.", "4506 номер 123456"),
    ],
)
def test_passport(scrubber: TextScrubber, text: str, number: str) -> None:
    assert ("PASSPORT", number) in types_of(scrubber, text)


@pytest.mark.parametrize(
    "phone",
    [
        "+7 (916) 123-45-67",
        "8-916-123-45-67",
        "8 (916) 123 45 67",
        "+79161234567",
        "89161234567",
        "+7 916 123 45 67",
        "8 (495) 123-45-67",
        # foreign numbers, city codes of four digits, other groupings, local numbers
        "+375 33 765-12-98",
        "+996 555 12 34 56",
        "8-4212-45-67-89",
        "8 9031234567",
        "7 903 123 45 67",
        "(3812) 45-67-89",
        "45-67-89",
    ],
)
def test_phone_formats(scrubber: TextScrubber, phone: str) -> None:
    text = f"Контактный телефон родственника: {phone}, звонить после 18:00."
    assert ("PHONE_NUMBER", phone) in types_of(scrubber, text)
    assert "[ТЕЛЕФОН]" in scrubber.scrub(text).text


def test_email(scrubber: TextScrubber) -> None:
    text = "Результаты направлены на e-mail petrova.anna@mail.ru по просьбе пациентки."
    assert ("EMAIL_ADDRESS", "petrova.anna@mail.ru") in types_of(scrubber, text)


@pytest.mark.parametrize(
    "text, written",
    [
        ("Поступил 12.03.2024 в 10:40 по экстренным показаниям.", "12.03.2024"),
        ("Контрольный осмотр 01.04.24 без ухудшения.", "01.04.24"),
        ("Операция выполнена 12 марта 2024 г. под общей анестезией.", "12 марта 2024 г."),
        ("Дата исследования: 2024-03-12.", "2024-03-12"),
    ],
)
def test_date_formats(scrubber: TextScrubber, text: str, written: str) -> None:
    found = types_of(scrubber, text)
    assert any(span == written and t in ("DATE", "BIRTH_DATE") for t, span in found)
    assert "[ДАТА]" in scrubber.scrub(text).text


def test_birth_dates_scrubbed_even_when_other_dates_kept() -> None:
    scrubber = TextScrubber(scrub_all_dates=False)
    text = (
        "Пациентка, 12.03.1985 г.р., дата рождения: 12 марта 1985 года. "
        "Госпитализирована 05.06.2024."
    )
    out = scrubber.scrub(text).text
    assert "12.03.1985" not in out and "12 марта 1985" not in out
    assert "05.06.2024" in out


def test_implausible_dates_ignored(scrubber: TextScrubber) -> None:
    text = "Код услуги A06.09.007, ОИД 1.2.643.5.1.13, показатель 35.45.12 нет."
    assert not any(t in ("DATE", "BIRTH_DATE") for t, _ in types_of(scrubber, text))


def test_address(scrubber: TextScrubber) -> None:
    text = "Проживает по адресу: г. Москва, ул. Ленина, д. 5, кв. 12. Работает водителем."
    out = scrubber.scrub(text).text
    assert "Ленина" not in out and "кв. 12" not in out and "[АДРЕС]" in out


KNOWN = KnownIdentifiers(
    names=[("Сидорчук", "Ольга", "Петровна"), ("Кузнецов", "Андрей", "Викторович")],
    phones=["+7 (916) 765-43-21"],
    identifiers=[SNILS],
)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Сидорчук Ольга Петровна поступила в отделение.", "Сидорчук Ольга Петровна"),
        ("Со слов Кузнецова, боли беспокоят неделю.", "Кузнецова"),
        ("Кузнецову Андрею Викторовичу рекомендовано.", "Кузнецову Андрею Викторовичу"),
        ("Осмотр проведён совместно с Кузнецовым А.В.", "Кузнецовым А.В."),
        ("Исследование описал врач А. В. Кузнецов.", "А. В. Кузнецов"),
        ("Пациентке Сидорчук О.П. проведено УЗИ.", "Сидорчук О.П."),
        ("Ольге Петровне даны рекомендации.", "Ольге Петровне"),
        ("Дежурный врач КУЗНЕЦОВ А.В.", "КУЗНЕЦОВ А.В."),
    ],
)
def test_known_names_in_cases_and_initials(scrubber: TextScrubber, text: str, name: str) -> None:
    assert ("PERSON", name) in types_of(scrubber, text, KNOWN)
    assert "[ФИО]" in scrubber.scrub(text, KNOWN).text


def test_known_phone_and_identifier_in_other_spelling(scrubber: TextScrubber) -> None:
    text = "Дочь просит звонить 8 916 765 43 21. Номер СНИЛС: 112 233 445 95."
    out = scrubber.scrub(text, KNOWN).text
    assert "765" not in out and "445" not in out


def test_known_identifiers_repr_hides_values() -> None:
    assert "Сидорчук" not in repr(KNOWN) and SNILS not in repr(KNOWN)


def test_ner_finds_unknown_full_name(scrubber: TextScrubber) -> None:
    text = "Осмотрен врачом Петровой Анной Сергеевной, назначено лечение."
    result = scrubber.scrub(text)
    assert ("PERSON", "Петровой Анной Сергеевной") in types_of(scrubber, text)
    assert result.text == "Осмотрен врачом [ФИО], назначено лечение."


MEDICAL = [
    "Пневмония нижней доли правого легкого.",
    "Ритм синусовый, ЧСС 72 в минуту. Электрическая ось сердца не отклонена.",
    "Рентгенография органов грудной клетки: очаговых и инфильтративных изменений не выявлено. "
    "Корни легких структурны, синусы свободны. Сердце не расширено.",
    "Анализ мочи по Нечипоренко без патологии. Проба Манту отрицательная.",
    "Диагноз: Хроническая обструктивная болезнь легких, обострение. J44.1. "
    "Сахарный диабет 2 типа, целевой уровень HbA1c менее 7,0%.",
    "УЗИ органов брюшной полости: печень не увеличена, желчный пузырь без конкрементов, "
    "поджелудочная железа однородная. Селезенка 110x45 мм.",
    "КТ головного мозга: очагов патологической плотности не выявлено. Желудочки не расширены.",
    "Симптом Щеткина-Блюмберга отрицательный. Живот мягкий, безболезненный.",
    "Назначено: амоксициллин 500 мг 3 раза в день 7 дней, омепразол 20 мг утром.",
    "Эхокардиография: фракция выброса по Симпсону 58%. Оценка по шкале Глазго 15 баллов.",
    "Перелом лучевой кости в типичном месте (перелом Коллеса). Болезнь Крона исключена.",
    "Гемоглобин 128 г/л, лейкоциты 6,2×10^9/л, СОЭ 12 мм/ч, тромбоциты 245×10^9/л.",
]


@pytest.mark.parametrize("text", MEDICAL)
def test_medical_text_without_phi_is_unchanged(scrubber: TextScrubber, text: str) -> None:
    assert scrubber.scrub(text).text == text


PROTOCOL = (
    "Протокол рентгенологического исследования. Пациент: Сидорчук Ольга Петровна, "
    f"12.03.1985 г.р., СНИЛС {format_snils(SNILS)}, полис ОМС {ENP}, тел. +7 (916) 765-43-21. "
    "Проживает: г. Казань, ул. Баумана, д. 12, кв. 3. "
    "Рентгенография органов грудной клетки в прямой проекции: в нижней доле правого легкого "
    "инфильтрация легочной ткани. Синусы свободны. Заключение: Пневмония нижней доли правого "
    "легкого. Со слов пациентки, контакт с Кузнецовым А.В. Исследование выполнил врач "
    "Петрова Анна Сергеевна."
)


def test_scrubbed_output_contains_no_identifier(scrubber: TextScrubber) -> None:
    out = scrubber.scrub(PROTOCOL, KNOWN).text
    for secret in (
        "Сидорчук",
        "Ольга",
        "Петровна",
        "12.03.1985",
        format_snils(SNILS),
        ENP,
        "765-43-21",
        "Баумана",
        "Кузнецов",
        "Петрова",
        "Анна",
    ):
        assert secret not in out
    for kept in ("Пневмония нижней доли правого легкого", "Синусы свободны", "инфильтрация"):
        assert kept in out


def test_spans_point_into_the_original_text(scrubber: TextScrubber) -> None:
    findings = scrubber.analyze(PROTOCOL, KNOWN)
    assert findings == sorted(findings, key=lambda f: f.start)
    for prev, cur in zip(findings, findings[1:]):
        assert prev.end <= cur.start  # overlaps resolved
    spans = {PROTOCOL[f.start : f.end] for f in findings}
    assert format_snils(SNILS) in spans and ENP in spans and "12.03.1985" in spans
    assert "+7 (916) 765-43-21" in spans


def test_custom_placeholders() -> None:
    scrubber = TextScrubber(placeholders={"PERSON": "<PERSON>"})
    text = "Осмотрен врачом Петровой Анной Сергеевной."
    assert scrubber.scrub(text).text == "Осмотрен врачом <PERSON>."


def test_empty_text(scrubber: TextScrubber) -> None:
    assert scrubber.scrub("").text == "" and scrubber.analyze("   ") == []


def test_a_batch_of_similar_documents_is_scrubbed_alike(scrubber: TextScrubber) -> None:
    """Speed lives in bench/text_deid.py; here: the batch API and the cache change nothing."""
    docs = [PROTOCOL.replace("12.03.1985", f"{i % 28 + 1:02d}.03.1985") for i in range(40)]
    results = scrubber.scrub_many(docs + docs, [KNOWN] * 80)
    assert [r.text for r in results[:40]] == [r.text for r in results[40:]]
    assert len({r.text for r in results}) == 1 and "Сидорчук" not in results[0].text


def test_lone_surname_without_known_header_is_scrubbed() -> None:
    from ozero.deid.text.engine import get_scrubber

    text = "Овчинникова: направлен(а) на консультацию, C34.1. Трубецкая — повторно."
    out = get_scrubber().scrub(text).text
    assert "Овчинникова" not in out and "Трубецкая" not in out
    assert "C34.1" in out and "консультацию" in out


def test_eponym_after_trigger_word_is_kept_by_surname_recognizer() -> None:
    from ozero.deid.text.engine import get_scrubber

    text = "Симптом Щёткина отрицательный, болезнь Боткина в анамнезе."
    out = get_scrubber().scrub(text).text
    assert "Боткина" in out


def test_bare_phone_that_passes_the_snils_checksum_is_a_phone(scrubber: TextScrubber) -> None:
    """«89759064193» is a mobile number written with 8 and, by chance, a valid SNILS: without
    a SNILS word it is a phone; after «СНИЛС» it is a SNILS."""
    digits = "897590641" + snils_check_number("897590641")
    assert digits == "89759064193"
    assert ("PHONE_NUMBER", digits) in types_of(scrubber, f"Моб. {digits}, звонить вечером.")
    assert ("SNILS", digits) in types_of(scrubber, f"СНИЛС {digits}, полис не предъявлен.")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Приём перенесён на 7 апреля, кабинет прежний.", "7 апреля"),
        ("Лежал в реанимации с 14.06 по 19.06, затем в отделении.", "14.06"),
        ("Лежал в реанимации с 14.06 по 19.06, затем в отделении.", "19.06"),
        ("Снимок от 21/XI без динамики.", "21/XI"),
        ("Консультация хирурга 3 нояб. 2023 г. проведена.", "3 нояб. 2023 г."),
        ("Vaccinated on 14 March 2024 at the clinic.", "14 March 2024"),
        ("SeriesDate 20240917, модальность CT.", "20240917"),
        ("Снимок сделан, дата: 2З.О4.2О24, подпись.", "2З.О4.2О24"),
    ],
)
def test_dates_with_no_year_short_months_and_other_spellings(
    scrubber: TextScrubber, text: str, written: str
) -> None:
    assert ("DATE", written) in types_of(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "Калий 4.12 ммоль/л, натрий 139.",
        "Глюкоза 12.05 ммоль/л натощак.",
        "pH 7.35, сатурация 96 %.",
        "Доза 0.25 мг дважды в день.",
    ],
)
def test_measurements_are_not_day_month_dates(scrubber: TextScrubber, text: str) -> None:
    assert not any(t in ("DATE", "BIRTH_DATE") for t, _ in types_of(scrubber, text))
