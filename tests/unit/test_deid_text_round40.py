"""Stop 40 (written from how the papers are filled in, not from a corpus): a SNILS or an OMS
policy after its name whatever its check digits (a typo is still the person's number), and
the passport's rarer spellings: a Soviet series, a foreign series with «№», «Passport No.»,
«документ, удостоверяющий личность», «серия и номер:», a kind code with a comma."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.identifiers import enp_check_digit, is_valid_enp, is_valid_snils, snils_check_number
from tests.unit.text_findings import found, of_type

_BODY = "123456789"
_BAD_SNILS = _BODY + f"{(int(snils_check_number(_BODY)) + 1) % 100:02d}"
_ENP_BODY = "775544102233119"
_BAD_ENP = _ENP_BODY + str((int(enp_check_digit(_ENP_BODY)) + 1) % 10)


def test_the_numbers_fail_their_checks() -> None:
    assert not is_valid_snils(_BAD_SNILS) and not is_valid_enp(_BAD_ENP)


def _dashed(snils: str) -> str:
    return f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}"


@pytest.mark.parametrize(
    "template",
    [
        "СНИЛС {}",
        "СНИЛС: {}",
        "(СНИЛС матери {})",
        "снилс ребёнка — {}",
        "SNILS {}",
        "страховой номер индивидуального лицевого счёта {}",
        "страх. свид-во {}",
        "ИНН нет, СНИЛС {}, полис ОМС не предъявлен",
    ],
)
@pytest.mark.parametrize(
    "writing",
    [
        _dashed,
        lambda d: d,
        lambda d: f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}",
        lambda d: f"{d[:3]}.{d[3:6]}.{d[6:9]} {d[9:]}",
    ],
)
def test_a_snils_after_its_name_is_one_whatever_its_check_digits(
    scrubber: TextScrubber, template: str, writing
) -> None:  # noqa: ANN001
    written = writing(_BAD_SNILS)
    assert ("SNILS", written) in found(scrubber, template.format(written))


@pytest.mark.parametrize(
    "text",
    [
        f"Номер пробирки {_dashed(_BAD_SNILS)}, биоматериал: кровь.",
        "СНИЛС нет, тел. 8 916 123 45 67",
        "СНИЛС не предоставлен; моб. 8 916 123 45 67",
        f"страховой стаж 12 лет; шифр {_BAD_SNILS}",
    ],
)
def test_without_its_name_the_checksum_still_decides(scrubber: TextScrubber, text: str) -> None:
    assert of_type(scrubber, text, "SNILS") == set()


@pytest.mark.parametrize(
    "template",
    [
        "ЕНП: {}",
        "полис ОМС {}",
        "Полис ОМС № {} от 01.01.2020",
        "номер полиса обязательного медицинского страхования: {}",
        "Страховой полис: {}, СМО «Ингосстрах-М»",
        "policy {}",
    ],
)
@pytest.mark.parametrize(
    "writing",
    [
        lambda d: d,
        lambda d: " ".join(d[i : i + 4] for i in range(0, 16, 4)),
        lambda d: " ".join(d[i : i + 2] for i in range(0, 16, 2)),  # a form's cells
        lambda d: f"{d[:4]} {d[4:10]} {d[10:]}",
        lambda d: f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:12]} {d[12:]}",
        lambda d: f"{d[:8]}\n{d[8:]}",  # a scan's line break
    ],
)
def test_a_policy_after_its_name_is_one_whatever_its_check_digit(
    scrubber: TextScrubber, template: str, writing
) -> None:  # noqa: ANN001
    written = writing(_BAD_ENP)
    assert ("ENP", written) in found(scrubber, template.format(written))


@pytest.mark.parametrize("check", ["5", "6"])  # 500300000005 passes the checksum, …6 fails
@pytest.mark.parametrize(
    "writing",
    [
        lambda d: d,
        lambda d: f"{d[:4]} {d[4:8]} {d[8:]}",
        lambda d: " ".join(d[i : i + 3] for i in range(0, 12, 3)),
        lambda d: f"{d[:6]}-{d[6:]}",
    ],
)
@pytest.mark.parametrize("template", ["ИНН {}", "ИНН: {}", "инн пациента {}", "ИНН физ. лица {}"])
def test_a_persons_inn_after_its_name_in_any_grouping(
    scrubber: TextScrubber, template: str, writing, check: str
) -> None:  # noqa: ANN001
    written = writing("50030000000" + check)
    assert ("INN", written) in found(scrubber, template.format(written))


def test_an_organisations_own_inn_stays(scrubber: TextScrubber) -> None:
    text = "ГБУЗ «ГКБ № 5», ИНН 7707083893, КПП 773601001"
    assert of_type(scrubber, text, "INN") == set()


def test_a_voluntary_policy_is_no_oms_policy(scrubber: TextScrubber) -> None:
    text = f"полис ДМС № {_BAD_ENP}, страховщик АО «СОГАЗ»"
    assert of_type(scrubber, text, "ENP") == set()
    assert _BAD_ENP in of_type(scrubber, text, "RECORD_ID")  # still scrubbed, as a record


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("паспорт серии VI-СМ № 548123 выдан в 1985 г.", "VI-СМ № 548123"),
        ("паспорт СССР IV-АБ 123456", "IV-АБ 123456"),
        ("паспорт иностранного гражданина серия AA № 1234567", "AA № 1234567"),
        ("Passport No. 4510 123456", "4510 123456"),
        ("Документ, удостоверяющий личность: 4510 123456", "4510 123456"),
        ("документ удостоверяющий личность — 4510 123456", "4510 123456"),
        ("удост. личности 4510 123456", "4510 123456"),
        ("Тип ДУЛ: 21; серия и номер: 4510 123456", "4510 123456"),
        ("паспорт серия/номер 4510 123456", "4510 123456"),
        ("ДУЛ: 21, 4510 123456", "4510 123456"),
    ],
)
def test_rarer_passport_spellings(scrubber: TextScrubber, text: str, number: str) -> None:
    assert ("PASSPORT", number) in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Серия и номер полиса: 4510 123456", "4510 123456", "RECORD_ID"),
        ("серия и номер рецепта 4510 123456", "4510 123456", "RECORD_ID"),
        (
            "ДУЛ: свидетельство о рождении, серия и номер: II-МЮ 123456",
            "II-МЮ 123456",
            "BIRTH_CERT",
        ),
        (
            "Документ, удостоверяющий личность: свидетельство о рождении II-МЮ № 123456",
            "II-МЮ № 123456",
            "BIRTH_CERT",
        ),
    ],
)
def test_other_papers_keep_their_kind(
    scrubber: TextScrubber, text: str, number: str, kind: str
) -> None:
    assert (kind, number) in found(scrubber, text)
    assert number not in of_type(scrubber, text, "PASSPORT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "RESP ← 2026-07-29 09:35:56.828 503 Service Unavailable  emdrId=209331140  status=ok",
            "209331140",
        ),
        ("тип_документа=47 (ПЭК)\nномер_ПЭК=358-147-9775\nфамилия=…", "358-147-9775"),
        ('{"patientId": "A26238383", "status": "final"}', "A26238383"),
        ("GET /api/cases?caseNo=2026/123&page=2", "2026/123"),
        ("local_uid: PX-88231", "PX-88231"),
    ],
)
def test_the_value_of_an_identifiers_key_in_machine_text(
    scrubber: TextScrubber, text: str, value: str
) -> None:
    assert value in of_type(scrubber, text, "RECORD_ID")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"messageId": "12345678", "status": "sent"}', "12345678"),
        ('<templateId root="x"/> templateId=1.2.643.5.1.13.13.14.3.1', "1.2.643.5.1.13.13.14.3.1"),
        ("pageNo=3; version_no=12", "12"),
        ("АД: 120/80, HbA1c: 7,1 %", "120/80"),
    ],
)
def test_keys_that_name_no_person_keep_their_values(
    scrubber: TextScrubber, text: str, value: str
) -> None:
    assert value not in of_type(scrubber, text, "RECORD_ID")


_GOOD_SNILS = _BODY + snils_check_number(_BODY)
_TYPOGRAPHY = [  # (space, dash) as editors write them
    ("\u00a0", "-"),  # no-break space
    (" ", "\u2012"),  # figure dash
    ("\u2009", "-"),  # thin space
    (" ", "\u2011"),  # no-break hyphen
    ("\u202f", "\u2010"),  # narrow no-break space, hyphen
]


@pytest.mark.parametrize(("space", "dash"), _TYPOGRAPHY)
@pytest.mark.parametrize(
    ("kind", "template", "number"),
    [
        ("SNILS", "СНИЛС {}", "{a}{d}{b}{d}{c}{s}{e}".format),
        ("PASSPORT", "паспорт {}", lambda **k: f"45{k['s']}10{k['s']}123456"),
        ("PHONE_NUMBER", "звонить {}", lambda **k: f"8{k['s']}912{k['s']}345{k['d']}67{k['d']}89"),
        (
            "BIRTH_CERT",
            "свидетельство о рождении {}",
            lambda **k: f"II{k['d']}МЮ{k['s']}№{k['s']}123456",
        ),
        ("INN", "ИНН {}", lambda **k: f"5003{k['s']}0000{k['s']}0005"),
    ],
)
def test_numbers_in_an_editors_typography(
    scrubber: TextScrubber, space: str, dash: str, kind: str, template: str, number
) -> None:  # noqa: ANN001
    s = _GOOD_SNILS
    written = number(a=s[:3], b=s[3:6], c=s[6:9], e=s[9:], s=space, d=dash)
    text = template.format(written)
    assert (kind, written) in found(scrubber, text)
    assert not any(ch.isdigit() for ch in scrubber.scrub(text).text)


def test_plain_typography_keeps_offsets_and_prose_dashes() -> None:
    from ozero.deid.text.typography import plain_typography

    text = "тел. 8\u00a0912\u00a0345\u201167\u201189 — звонить 2\u20133 раза, Петров \u2013 врач"
    plain = plain_typography(text)
    assert len(plain) == len(text)
    assert plain == "тел. 8 912 345-67-89 — звонить 2\u20133 раза, Петров \u2013 врач"


def test_an_en_dash_range_of_dates_stays_two_dates(scrubber: TextScrubber) -> None:
    text = "Стационарное лечение 12.03.2024\u201322.03.2024, палата 5."
    assert {"12.03.2024", "22.03.2024"} <= of_type(scrubber, text, "DATE")


_LATIN_TWINS = str.maketrans("аеорсхАЕОРСХВМНТК", "aeopcxAEOPCXBMHTK")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Пациент Иванов Петр Сергеевич, 45 лет, поступил в отделение.", "Петр Сергеевич"),
        ("Пациентка Смирнова Анна Викторовна осмотрена.", "Анна Викторовна"),
        ("Адрес: г. Москва, ул. Тверская, д. 12, кв. 5", "Тверская"),
    ],
)
def test_latin_look_alikes_inside_cyrillic_words(
    scrubber: TextScrubber, text: str, secret: str
) -> None:
    mixed = text.translate(_LATIN_TWINS)  # a switched layout, OCR, a copy from a PDF
    assert secret.translate(_LATIN_TWINS) not in scrubber.scrub(mixed).text


def test_words_without_cyrillic_letters_stay_as_written() -> None:
    from ozero.deid.text.typography import plain_typography

    text = "HbA1c 7,1 %, SpO2 98 %, паспорт AB1234567, ЭКГ-Holter, Ивaнoв"
    assert plain_typography(text) == "HbA1c 7,1 %, SpO2 98 %, паспорт AB1234567, ЭКГ-Holter, Иванов"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Свидетельство о рождении 11-МЮ № 123456", "11-МЮ № 123456"),  # II read as digits
        ("Свидетельство о рождении ll-МЮ № 123456", "ll-МЮ № 123456"),  # … as Latin l
        ("св-во о рожд. П-АГ 654321", "П-АГ 654321"),  # … as Cyrillic П
        ("Свидетельство о рождении Ш-ИК № 765432", "Ш-ИК № 765432"),  # III as Ш
        ("Свидетельство о рождении 1V-ИК № 765432", "1V-ИК № 765432"),
    ],
)
def test_a_scanned_birth_certificates_misread_numeral(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("BIRTH_CERT", number) in found(scrubber, text)


def test_a_form_with_a_box_per_digit(scrubber: TextScrubber) -> None:
    boxed = "|".join(_GOOD_SNILS)
    assert ("SNILS", boxed) in found(scrubber, f"СНИЛС |{boxed}|")
    policy = "|".join(_BAD_ENP)
    assert ("ENP", policy) in found(scrubber, f"Полис |{policy}|")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("тел. 8 - 912 - 345 - 67 - 89", "8 - 912 - 345 - 67 - 89"),
        ("тел. 8..912..345..67..89", "8..912..345..67..89"),
        ("телефон: 8_912_345_67_89", "8_912_345_67_89"),
        ("WhatsApp +7 912.345.67.89", "+7 912.345.67.89"),
        ("тел. 8/912/345-67-89", "8/912/345-67-89"),
        ("моб. 912 345 67 89", "912 345 67 89"),  # a mobile without its 8
    ],
)
def test_a_phone_after_its_word_whatever_stands_between_its_digits(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("PHONE_NUMBER", number) in found(scrubber, text)


def test_a_phone_word_does_not_reach_past_another_papers_word(scrubber: TextScrubber) -> None:
    text = "тел. нет, СНИЛС 123-456-789 64"
    assert of_type(scrubber, text, "PHONE_NUMBER") == set()
