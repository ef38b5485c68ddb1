"""Document numbers in Russian medical paperwork: found under a document word, kept when the
number is a safe code, a facility, a room, a quantity or a legal act."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.deid.text.recognizers.documents import (
    DocumentNumberRecognizer,
    NumeroRecognizer,
    SeriesNumberRecognizer,
)
from ozero.deid.text.recognizers.lexicon import (
    DOC,
    ROOM,
    SAFE,
    head_before,
    identifier_shaped,
    is_safe_code,
)
from tests.unit.text_findings import found


def numbers(scrubber: TextScrubber, text: str) -> set[str]:
    return {v for t, v in found(scrubber, text) if t in ("RECORD_ID", "OTHER_ID")}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Листок нетрудоспособности № 920011223344 закрыт.", "920011223344"),
        ("Выписка (ф. 027/у) № 8812 направлена в поликлинику.", "8812"),
        ("Протокол осмотра № 17-Х от 02.02.2024.", "17-Х"),
        ("Заявка № 5501-2024 на исследование крови.", "5501-2024"),
        ("Карта вызова № 771 принята диспетчером.", "771"),
        ("Медицинская карта № А-4512/23 передана в архив.", "А-4512/23"),
        ("Направление формы 057/у-04 № 33412 оформлено.", "33412"),
        ("Талон № 56 к врачу-неврологу.", "56"),
        ("Оплата по договору ДМС № 77/Д-2024.", "77/Д-2024"),
        ("Закрыт случай № 2201557.", "2201557"),
        ("Гарантийное письмо № 4410-ГП получено.", "4410-ГП"),
        ("Справка N 318 выдана на руки.", "318"),
        ("Номер пробирки 88001234.", "88001234"),
        ("№ истории болезни 7781/С.", "7781/С"),
        # a facility word does not own a number no facility has
        (
            "Решение бюро, запрошенное медицинской организацией № 2023-МСЭ-1142, получено.",
            "2023-МСЭ-1142",
        ),
        # a number with its date of issue, no document word near
        ("Пациенту вручён экземпляр под № 4471 от 03.03.2024.", "4471"),
        ("Экземпляр № 52 от 7 мая 2024 г. передан законному представителю.", "52"),
        # the second of two numbers of one shape shares the first one's head
        ("ЭЛН № 910012345678 аннулирован, взамен выдан номер 910087654321.", "910087654321"),
        # a long official title opens with its document word
        (
            "Карта пациента, получающего медицинскую помощь в амбулаторных условиях у врача "
            "общей практики, № 2023/8841.",
            "2023/8841",
        ),
    ],
)
def test_numero_under_a_document_word_is_a_record(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)
    assert number not in scrubber.scrub(text).text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ЭЛН 900000123456 продлён до 20.02.2024.", "900000123456"),
        ("История болезни 1182/24, отделение неврологии.", "1182/24"),
        ("Штрихкод образца: 7700112233.", "7700112233"),
        ("Амбулаторная карта Т-55012 запрошена.", "Т-55012"),
    ],
)
def test_document_word_then_identifier_without_numero(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Рецептурный бланк серия 4519 № 612340 выписан.", "4519 № 612340"),
        ("Свидетельство о смерти серии 46 № 781200 выдано.", "46 № 781200"),
        ("Полис старого образца серия АБВ № 1234567.", "АБВ № 1234567"),
    ],
)
def test_series_and_number_together(scrubber: TextScrubber, text: str, number: str) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


def test_a_prescription_series_is_not_a_passport_but_a_passport_still_is(
    scrubber: TextScrubber,
) -> None:
    assert ("PASSPORT", "4510 № 123456") in found(scrubber, "Паспорт серия 4510 № 123456.")
    prescription = "Рецептурный бланк серия 4519 № 612340."
    assert not any(t == "PASSPORT" for t, _ in found(scrubber, prescription))


@pytest.mark.parametrize(
    "text",
    [
        "Диагноз J18.9, код услуги A06.09.007, ОАК без особенностей.",
        "Приказ Минздрава России № 1089н утвердил форму.",
        "Учетная форма № 066/у заполнена полностью.",
        "Согласно Федеральному закону № 323-ФЗ и п. 3 приложения № 2.",
        "Амоксициллин 500 мг № 20 по 1 капсуле 3 раза в день.",
        "Rp.: Tab. Metformini 0,5 D.t.d. № 60.",
        "Поступил в поликлинику № 12 по месту жительства, затем в ГКБ № 67.",
        "Вакцина «Спутник V», серия 1120521, доза 0,5 мл.",
        "Зубы 3.6 и 4.7, пломба № 2, позвонок L4, ребро № 5 справа.",
        "Протокол исследования: КТ органов грудной клетки (A06.09.005).",
        "Пациент направлен(а) на консультацию, C34.1, повторно в 2024 году.",
    ],
)
def test_safe_numbers_survive(scrubber: TextScrubber, text: str) -> None:
    assert numbers(scrubber, text) == set()
    assert scrubber.scrub(text).text == text


def test_room_numbers_kept_unless_configured(scrubber: TextScrubber) -> None:
    text = "Переведен в палату № 412, затем в кабинет № 7."
    assert numbers(scrubber, text) == set()
    strict = TextScrubber(keep_room_numbers=False)
    assert {(f.type, text[f.start : f.end]) for f in strict.analyze(text)} == {
        ("OTHER_ID", "412"),
        ("OTHER_ID", "7"),
    }
    assert "[НОМЕР]" in strict.scrub(text).text


def test_enp_under_a_policy_word_stays_an_enp(scrubber: TextScrubber) -> None:
    from ozero.identifiers import enp_check_digit

    enp = "770000000000002" + enp_check_digit("770000000000002")
    text = f"Полис ОМС единого образца № {enp}."
    assert ("ENP", enp) in found(scrubber, text)
    assert not any(t == "RECORD_ID" for t, _ in found(scrubber, text))


@pytest.mark.parametrize(
    "code",
    ["J18.9", "I21.4", "С34.1", "A06.09.007", "B01.015.001", "057/у-04", "025-1/у", "148-1/у-88",
     "1.2.643.5.1.13.13.11.1080", "12.03.2024"],
)  # fmt: skip
def test_safe_codes(code: str) -> None:
    assert is_safe_code(code)


@pytest.mark.parametrize("number", ["4711/2024", "ЛИ-24-005871", "910087654321", "17-Х", "3417"])
def test_record_shapes_are_not_safe_codes(number: str) -> None:
    assert not is_safe_code(number)


def test_identifier_shape() -> None:
    assert identifier_shaped("910087654321") and identifier_shaped("A24-118373")
    assert not identifier_shaped("2024")  # a year
    assert not identifier_shaped("500", " мг") and not identifier_shaped("12345", " мг")
    assert not identifier_shaped("2,5") and not identifier_shaped("12.03.2024")


@pytest.mark.parametrize(
    ("before", "head"),
    [
        ("Направление на госпитализацию ", DOC),
        ("Сопроводительный лист подстанции скорой помощи ", DOC),  # a document governs it
        ("Лечился в поликлинике ", SAFE),  # a place
        ("Оформлено по приказу Минздрава России ", SAFE),
        ("Выписка (форма № 027/у) ", DOC),
        ("Переведен в палату ", ROOM),
        ("Сегменты S1 и S2, ", None),
        ("Жалобы на кашель. Выписан. ", None),
    ],
)
def test_head_before(before: str, head: str | None) -> None:
    assert head_before(before + "№ 1", len(before)) == head


def test_recognizers_respect_requested_entities() -> None:
    text = "Направление № 4455, рецепт серия 45-24 № 0012345, ЭЛН 910011223344."
    assert NumeroRecognizer().analyze(text, ["PERSON"]) == []
    assert SeriesNumberRecognizer().analyze(text, ["PERSON"]) == []
    assert DocumentNumberRecognizer().analyze(text, ["PERSON"]) == []
    assert len(NumeroRecognizer().analyze(text, ["RECORD_ID"])) == 2


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Протокол № 12-24 подписан.", "12-24"),  # number-year, not a legal act
        ("Распоряжение органа опеки № 318-р о назначении опекуна.", "318-р"),
    ],
)
def test_legal_shape_does_not_overrule_a_document_head(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Наблюдается в поликлинике № 12 по месту жительства.", "12"),
        ("Согласно приказу № 255 от 22.11.2004 форма утверждена.", "255"),
        ("Палаты № 5 и № 6 закрыты на карантин.", "6"),
    ],
)
def test_facility_legal_act_and_room_numbers_stay(
    scrubber: TextScrubber, text: str, kept: str
) -> None:
    assert kept not in numbers(scrubber, text)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Запрос суда № 12/3-2024 получен канцелярией.", "RECORD_ID", "12/3-2024"),
        ("Копия вложена в медкарту 77123.", "RECORD_ID", "77123"),
        ("ЛН утерян; дубликат № 920000000001 оформлен.", "RECORD_ID", "920000000001"),
        ("Экземпляр № 3391, выдано 12.03.24.", "RECORD_ID", "3391"),
        ("СНИЛС 112233445-95, полис на руках.", "SNILS", "112233445-95"),
        ("Паспорт гражданина Таджикистана: AB 1234567.", "PASSPORT", "AB 1234567"),
        ("Свидетельство о рождении II–ЛО № 654321.", "BIRTH_CERT", "II–ЛО № 654321"),
        # «номер» for «№», a comma after the series, look-alike Cyrillic roman numerals
        ("Свидетельство о рождении II-АК номер 771204.", "BIRTH_CERT", "II-АК номер 771204"),
        ("Свидетельство о рождении: серия I-ЕР, № 330912.", "BIRTH_CERT", "I-ЕР, № 330912"),
        ("Свидетельство о рождении ХI-МЮ № 604418.", "BIRTH_CERT", "ХI-МЮ № 604418"),
        ("Свидетельство о рождении ІV-ОБ № 218830.", "BIRTH_CERT", "ІV-ОБ № 218830"),
        ("Договор подписан «5» апреля 2024 г. обеими сторонами.", "DATE", "«5» апреля 2024 г."),
        # an identifier-shaped number after «№» with no head is taken for a record
        ("Присвоен № 4471-Б-2024 для учёта.", "RECORD_ID", "4471-Б-2024"),
        ("Сообщить результат на номер 89161234567.", "PHONE", "89161234567"),
        # two spaces before the SNILS check number
        ("СНИЛС 112233445  95 внесён в карту.", "SNILS", "112233445  95"),
        # foreign passports: one letter and eight digits, digits only, English wording
        ("Иностранец, паспорт K 12345678, прибыл вчера.", "PASSPORT", "K 12345678"),
        ("Предъявлен паспорт гражданина Республики Узбекистан 55120987.", "PASSPORT", "55120987"),
        ("Traveller's passport 41 7712093 checked.", "PASSPORT", "41 7712093"),
    ],
)
def test_other_spellings_of_identifiers(
    scrubber: TextScrubber, text: str, entity: str, value: str
) -> None:
    found_types = {t: v for t, v in found(scrubber, text)}
    hits = [v for t, v in found(scrubber, text) if t == entity or t.startswith(entity)]
    assert any(value in v or v in value for v in hits), found_types
    assert value not in scrubber.scrub(text).text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # head nouns of the FNSI document kinds
        ("Журнал учёта 4471-Б заполнен медсестрой.", "4471-Б"),
        ("Табель 00731 сдан в бухгалтерию.", "00731"),
        ("Уведомление 55210/3 направлено родственникам.", "55210/3"),
        # specimens and mail
        ("Парафиновый блок 7712/24-3В передан в архив.", "7712/24-3В"),
        ("Выдана гистология Т-3318/24 по запросу пациента.", "Т-3318/24"),
        ("Письмо вх. 2291 от пациента рассмотрено.", "2291"),
        # serial numbers of implants and devices
        ("Кардиостимулятор установлен, SN 40912277, режим DDD.", "40912277"),
        # a register's record
        ("Включён в регистр 18-4432-77 по орфанным болезням.", "18-4432-77"),
        # DICOM tags
        ("В заголовке снимка PatientID 55012399 совпадает с картой.", "55012399"),
        (
            "StudyInstanceUID 1.2.643.5.1.13.3.25.11.1.987 передан в архив.",
            "1.2.643.5.1.13.3.25.11.1.987",
        ),
        # a numbered commission, a leading zero no count has
        ("Решение ВК 0417 приложено.", "0417"),
        # a number right after a form's code
        ("Заполнена карта (ф. 030/у) 0772 на пациента.", "0772"),
        # a dispensary's adjective does not make the number a facility's
        ("Карта диспансерного наблюдения 55-0912 заведена.", "55-0912"),
        # «паспорт здоровья» is a record, not an identity document
        ("Номер паспорта здоровья работника 77-551.", "77-551"),
        # a date with «г.» before «№» is no gram
        ("Иванов И. И., 3 мая 1961 г. Заключение № 99-12 выдано.", "99-12"),
    ],
)
def test_more_document_words(scrubber: TextScrubber, text: str, number: str) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("ИБ 55310, 55342 и 55398 переданы на экспертизу.", ["55310", "55342", "55398"]),
        ("Готовы стёкла Б-1101-1…Б-1101-3 к пересмотру.", ["Б-1101-1", "Б-1101-3"]),
        ("Блоков — 2 (7731/24-1, 7731/24-2), окраска ШИК.", ["7731/24-1", "7731/24-2"]),
        ("Протокол № 4512, 4513 подписан.", ["4512", "4513"]),
    ],
)
def test_numbers_listed_under_one_head(scrubber: TextScrubber, text: str, listed: list) -> None:
    got = numbers(scrubber, text)
    assert set(listed) <= got


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Водительское удостоверение 12 34 567890 предъявлено.", "12 34 567890"),
        ("Полис ДМС 25 RGS 004512377 /02 действует.", "25 RGS 004512377 /02"),
        ("Доверенность 50 АБ 1234567 от 01.02.2024.", "50 АБ 1234567"),
    ],
)
def test_a_number_written_in_groups(scrubber: TextScrubber, text: str, number: str) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Сверка по реестру: ВСК-55120B7730012, данные верны.", "ВСК-55120B7730012"),
        ("Лечился под шифром АН-24-118, выписан.", "АН-24-118"),
        (
            "Полис добровольного страхования для приезжих граждан РМ-12-4410-2024.",
            "РМ-12-4410-2024",
        ),
        ("Certificate No. AB-55102 issued.", "AB-55102"),
    ],
)
def test_lettered_codes_are_records_wherever_they_stand(
    scrubber: TextScrubber, text: str, number: str
) -> None:
    assert ("RECORD_ID", number) in found(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "Вакцина «Ковивак», серия I-300512, введена в дельтовидную мышцу.",
        "Препарат зарегистрирован, ЛП-005512 от 2019 года.",
        "Изделие по ГОСТ Р-52600-2006 соответствует.",
        "Тест-полоски для глюкометра, упаковка № 50, выданы.",
        "Поступила в родовой блок (родзал № 3) в 02:00.",
        "Ki-67 — 15 %, HER2-1+, CA-125 — 35 ЕД/мл, COVID-19 отрицательно.",
    ],
)
def test_public_and_clinical_codes_survive(scrubber: TextScrubber, text: str) -> None:
    assert numbers(scrubber, text) == set()


def test_a_register_number_under_no_policy_word_is_no_enp(scrubber: TextScrubber) -> None:
    from ozero.identifiers import enp_check_digit

    enp = "550000000000012"
    enp += enp_check_digit(enp)
    register = found(scrubber, f"Запись УНРЗ {enp} в федеральном регистре.")
    assert ("RECORD_ID", enp) in register and ("ENP", enp) not in register
    assert ("ENP", enp) in found(scrubber, f"Полис ОМС {enp} действует.")


def test_digits_in_a_web_address_are_a_record(scrubber: TextScrubber) -> None:
    text = "Проверка сертификата: https://example.ru/cert/check/4410229987311, QR на бланке."
    assert ("RECORD_ID", "4410229987311") in found(scrubber, text)


def test_a_personnel_number_after_a_quantity_word(scrubber: TextScrubber) -> None:
    assert "04417" in numbers(scrubber, "Дежурство врача Петрова (таб. № 04417) за сутки.")
    assert numbers(scrubber, "Аспирин 100 мг, таб. № 30.") == set()


def test_a_paper_listed_after_a_passport_is_not_the_passport(scrubber: TextScrubber) -> None:
    text = "Паспорт AB 1234567, миграционная карта 4401 55012873, патент выдан."
    assert ("PASSPORT", "55012873") not in found(scrubber, text)


def test_a_cyrillic_series_is_no_birth_certificate(scrubber: TextScrubber) -> None:
    text = "Полис старого образца серии ХМА № 382651 предъявлен."
    assert not any(t == "BIRTH_CERT" for t, _ in found(scrubber, text))
    assert ("RECORD_ID", "ХМА № 382651") in found(scrubber, text)
