"""Stop 32 (corpora 16 and 17's dev halves): a subject of the federation named alone is kept
(a state's level, as Safe Harbor lets stand), anything finer stays masked; numbers of
things and organisations' papers written beside a patient's numbers. Sentences written for
these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.regions import region_alone
from tests.unit.text_findings import digits_left, of_type

PLACES = ("ADDRESS", "LOCATION")
RECORDS = ("RECORD_ID", "OTHER_ID")


@pytest.mark.parametrize(
    "region",
    [
        "Республики Дагестан",
        "Ямало-Ненецкого автономного округа",
        "Республике Саха (Якутия)",
        "Донецкой обл.",
        "Кабардино-Балкарской Республики",
        "Кемеровская область — Кузбасс",
        "г. Москвы",
        "Санкт-Петербурга",
        "ХМАО — Югры",
        "Чувашии",
        "Ненецкий АО",
        "Респ. Татарстан",
        "Республики Северная Осетия — Алания",
    ],
)
def test_a_region_alone_is_a_region(region: str) -> None:
    text = f"Пациент прибыл из {region} на лечение."
    start = text.index(region)
    assert region_alone(text, start, start + len(region))


@pytest.mark.parametrize(
    "place",
    [
        "г. Хабаровск",  # a city whose name a region's adjective starts with
        "Красноярск",
        "Республика Тыва, г. Кызыл",
        "Ростовская область, Азовский р-н",
        "с. Гуниб",
        "Москва, ул. Тверская, д. 7",
        "Курск",
    ],
)
def test_anything_finer_than_a_region_is_not(place: str) -> None:
    text = f"Проживает: {place}."
    start = text.index(place)
    assert not region_alone(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Семья прибыла из Республики Дагестан в мае.", "Дагестан"),
        ("Турист из Ямало-Ненецкого автономного округа, травма на склоне.", "Ненецкого"),
        ("Родственники живут в Республике Саха (Якутия).", "Якути"),
        ("Гражданин РФ из Хабаровского края, полис ОМС действует.", "Хабаровского"),
    ],
)
def test_a_region_alone_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *PLACES))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Прежний адрес: Республика Дагестан, с. Гуниб, ул. Ленина, д. 5.", "Гуниб"),
        ("Проживает: Ямало-Ненецкий автономный округ, г. Надым, ул. Зверева, 3-41.", "Надым"),
        ("Житель г. Москвы: г. Москва, г. Зеленоград, корп. 1412, кв. 8.", "1412"),
        ("Следовал из Мелитополя, сейчас у родственников.", "Мелитополя"),
    ],
)
def test_a_finer_place_stays_masked(scrubber: TextScrubber, text: str, masked: str) -> None:
    assert any(masked in found for found in of_type(scrubber, text, *PLACES))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a meter's or a logger's serial
        ("Аудиометр АА-02, SN C01033, поверка 12.11.2025.", "C01033"),
        ("Контейнер ТК-05, логгер SN 5547-4730, выезд в 10:05.", "5547-4730"),
        # an ICD-10 code of chapter N, a lot after its series word, a code with an «N» inside
        ("Заключение: тугоухость, N18.5 в анамнезе.", "18.5"),
        ("Вакцина 10 мкг/доза, серия N1550, реакций нет.", "1550"),
        ("Антибиотикограмма (VITEK 2, карта AST-N360): ампициллин R.", "360"),
        # a radiation-safety norm
        ("Основание: СанПиН 2.6.1.1192-03, НРБ-99/2009.", "НРБ-99/2009"),
        # an aircraft's registration after its kind and model
        ("Эвакуирована вертолётом Ка-226 RA-19203 в ЦРБ.", "RA-19203"),
        ("Борт Ми-8МТВ-1 RA-24612, вылет в 14:45.", "RA-24612"),
    ],
)
def test_a_things_number_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert not any(kept in found for found in of_type(scrubber, text, *RECORDS))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # an implant's serial after a Latin model stays the patient's
        ("TAVI: биопротез Evolut PRO+ 29 мм, SN 556503668.", "556503668"),
        # a patient's code and numbers beside the things' above
        ("Пациент: код RA-20204 в регистре.", "RA-20204"),
        ("Протокол N4471, пациент Иванов.", "4471"),
        ("Миграционная карта 8342 6922241, адрес пребывания.", "8342 6922241"),
    ],
)
def test_the_patients_number_stays_masked(scrubber: TextScrubber, text: str, masked: str) -> None:
    assert any(masked in found for found in of_type(scrubber, text, *RECORDS))


def test_an_hl7_reference_range_is_no_record(scrubber: TextScrubber) -> None:
    text = (
        "PID|1||771234^^^KDL||Иванов^Иван||19800101|M\n"
        "OBX|2|NM|789-8^RBC||4.73|10*12/L|3.8-5.1|N|||F\n"
        "OBX|3|NM|6690-2^WBC||0.63|10*9/L|4.0-9.0|N|||F"
    )
    records = of_type(scrubber, text, *RECORDS)
    assert "771234" in records
    assert not records & {"3.8-5.1", "4.0-9.0"}


@pytest.mark.parametrize(
    "text",
    [
        "Заказ 81/9949\nКреатинин 10.07 08:10: 173 мкмоль/л",
        "Возрастной порог 0,56\nТропонин I 6,978 нг/мл;",
        "Эвакуирована вертолётом Ка-226 RA-19203 в ЦРБ.",
    ],
)
def test_an_analyte_or_a_machine_is_no_person(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "PERSON")


def test_a_surname_before_a_dose_on_its_line_stays_a_person(scrubber: TextScrubber) -> None:
    # the analyte rule steps aside for a word the dictionary reads as a surname
    assert of_type(scrubber, "Осмотрена. Овчинникова: 12 ЕД инсулина.", "PERSON")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Родственники — 8 (991) 383-\n99-77, звонить вечером.", "8 (991) 383-\n99-77"),
        ("Представитель: 8-953-629-\n48-46, e-mail нет.", "8-953-629-\n48-46"),
        ("Справки: 8 812 3738386", "8 812 3738386"),
        ("Справки: 8.812.641.48.86", "8.812.641.48.86"),
        ("Дежурный врач, 8.4112.58.46.24", "8.4112.58.46.24"),
        ("Диспетчер ТЦМК 8.41535.6.32.77", "8.41535.6.32.77"),
        (
            "тел. 8 999 779-83-20, 8 (8712) шестьдесят семь пятьдесят девять девяносто три",
            "8 (8712) шестьдесят семь пятьдесят девять девяносто три",
        ),
    ],
)
def test_phones_of_corpus16s_shapes(scrubber: TextScrubber, text: str, phone: str) -> None:
    assert phone in of_type(scrubber, text, "PHONE_NUMBER")


def _new_phone_shapes() -> list[str]:
    """The writings `documents._PHONE_WRITTEN` accepts since this round: dotted all through
    with a three- to five-digit code, and a three-digit code before seven glued digits."""
    import itertools

    from ozero.deid.text.recognizers.documents import _PHONE_WRITTEN

    digits = "4137254860"
    shapes = []
    for first, code_len in itertools.product(["8", "+7"], [3, 4, 5]):
        code, rest = digits[:code_len], digits[code_len:]
        mid = len(rest) - 4
        shapes.append(f"{first}.{code}.{rest[:mid]}.{rest[mid : mid + 2]}.{rest[mid + 2 :]}")
    for first, sep, paren, glue in itertools.product(["8", "+7"], " -", [False, True], ["", " "]):
        code = f"({digits[:3]})" if paren else digits[:3]
        shapes.append(f"{first}{sep}{code}{glue}{digits[3:]}")
    return [s for s in shapes if _PHONE_WRITTEN.fullmatch(s)]


def test_a_new_phone_writing_the_document_rule_leaves_is_masked_whole(
    scrubber: TextScrubber,
) -> None:
    shapes = _new_phone_shapes()
    assert len(shapes) == 22
    for number in shapes:
        for word in ("Справка", "Справки:", "Направление", "ЭЛН"):
            text = f"{word} {number} выдана."
            assert not digits_left(scrubber, text, number), text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the settlements between funds: a register, an invoice, a claim, an MEK act
        (
            "Ведомость по МТР (ТФОМС Ростовской области → ТФОМС Республики Тыва). "
            "Реестр № 9591; счёт № 7261 от 01.07.2026; итого 543 000 руб.",
            "9591",
        ),
        ("АКТ медико-экономического контроля № 5372 (по счетам МТР за март 2026)", "5372"),
        ("Претензия ТФОМС Костромской области № 01-90/8349 по счёту № 39/751 (МТР)", "39/751"),
        # a school, a courier's route, an instrument set
        ("Проба Манту поставлена — МБОУ СОШ № 30, 03.06.2026.", "30"),
        ("Доставка биоматериала — курьерский маршрут № 9, пункт забора.", "9"),
        ("Инструментальный набор № 36, лоток 78; стерилизация.", "36"),
    ],
)
def test_an_organisations_number_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert kept not in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # an invoice in the settlements that names its patient stays his
        ("МТР: пациент Иванов И.И., счёт № 3458, ТФОМС Чукотского АО.", "3458"),
        ("Пациентке выставлен счёт № 3458 за лечение.", "3458"),
        # a trauma point's certificate is a patient's paper
        ("Справка травмпункта № 4471 выдана на руки.", "4471"),
    ],
)
def test_a_patients_paper_beside_them_stays_masked(
    scrubber: TextScrubber, text: str, masked: str
) -> None:
    assert masked in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "ТТГ 1,19 мкМЕ/мл • Т4 свободный — 23.04 пмоль/л (9,0–19,0)",
        "Протромбин 1,70; АЧТВ 13.02 с    (25,4–36,9)",
    ],
)
def test_a_value_in_a_lab_unit_is_no_date(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, "DATE")


def test_a_date_before_from_stays_a_date(scrubber: TextScrubber) -> None:
    assert "12.05" in of_type(scrubber, "Приём 12.05 с 10:00 до 12:00.", "DATE")


def test_a_short_surname_after_a_role_is_a_person(scrubber: TextScrubber) -> None:
    assert "Нам А.С." in of_type(scrubber, "Осмотр проведён. Врач Нам А.С.", "PERSON")
    assert not of_type(scrubber, "Приказ И.О. Главного врача подписан.", "PERSON")


def test_a_registers_case_number_is_a_record(scrubber: TextScrubber) -> None:
    assert "7547" in of_type(scrubber, "Ошибки: 3) N_ZAP 7547: дубль записи.", *RECORDS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Перелёт: авиарейс ЯК 5127, вылет в 09:40.", "5127"),
        ("Проезд (поезд № 044Ч) компенсируется по заявлению.", "044Ч"),
        # the settlements named a line before the register's number
        ("ВЕДОМОСТЬ по МТР, август 2026 г.\nРеестр № 7636; счёт № 031 от 05.05.2026.", "031"),
    ],
)
def test_a_carriers_or_a_funds_number_stays(scrubber: TextScrubber, text: str, kept: str) -> None:
    assert kept not in of_type(scrubber, text, *RECORDS)


def test_an_x_ray_technician_signs_with_one_initial(scrubber: TextScrubber) -> None:
    text = "Снимки: 26/481332. Рентгенолаборант Пинту Ж.; врач Гасанова."
    assert "Пинту Ж." in of_type(scrubber, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "абонент проживаю владивосток пограничная пятьдесят один квартира шестьдесят "
            "девять телефон",
            "владивосток пограничная пятьдесят один квартира шестьдесят девять",
        ),
        (
            "абонент проживаю село яр-сале улица охотская тридцать девять спасибо",
            "село яр-сале улица охотская тридцать девять",
        ),
        (
            "клиент живу улица гагарина 7 корпус один квартира 176 да",
            "улица гагарина 7 корпус один квартира 176",
        ),
    ],
)
def test_an_address_said_after_living_somewhere(
    scrubber: TextScrubber, text: str, address: str
) -> None:
    assert address in of_type(scrubber, text, *PLACES)


def test_living_well_is_no_address(scrubber: TextScrubber) -> None:
    assert not of_type(scrubber, "я живу хорошо спасибо, улица широкая", *PLACES)


def test_a_protocols_number_dated_after_a_comma(scrubber: TextScrubber) -> None:
    text = (
        "ПРОТОКОЛ заседания ВК ГБУЗ «Областная клиническая больница» № 55/26, 22.04.2026\n"
        "Пациент Тодышева К.Т."
    )
    assert "55/26" in of_type(scrubber, text, *RECORDS)
    assert not of_type(scrubber, "Аптека № 21, 12.03.2026 отпущено.", *RECORDS)


def test_a_russian_passport_alone_under_its_header(scrubber: TextScrubber) -> None:
    text = (
        "№ | ФИО | паспорт | полис ДМС\n"
        "1 | Канева Надежда Германовна | 3509 № 303740 | —\n"
        "2 | Иванов Пётр | 6308/995763 | —\n"
        "3 | Петров Иван | 2525317337 | —"
    )
    assert of_type(scrubber, text, "PASSPORT") == {"3509 № 303740", "6308/995763", "2525317337"}


def test_a_number_under_another_header_is_no_passport(scrubber: TextScrubber) -> None:
    text = "№ | ФИО | документ\n1 | Канева Н.Г. | 3509 № 303740\n2 | Иванов П.И. | 6308/995763"
    assert not of_type(scrubber, text, "PASSPORT")


def test_a_strict_scrubber_masks_a_region_alone_too() -> None:
    strict = TextScrubber(keep_regions=False)
    text = "Семья прибыла из Республики Дагестан в мае."
    assert any("Дагестан" in found for found in of_type(strict, text, *PLACES))
