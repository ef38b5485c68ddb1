"""Deterministic labelled corpus of Russian clinical free text for the text de-id bench.

Every document is composed piece by piece; a PHI piece records its gold span as it is
appended, so labels never come from a regex run over finished text (which would only
measure the regex against itself). Text styles: radiology protocols, discharge epicrises,
OMS claim comments, referrals and consultation notes, with names in all six cases,
initials before and after, ALL CAPS, and identifiers in every format the scrubber claims.

Gold types: PERSON, SNILS, ENP, INN, PASSPORT, BIRTH_CERT, PHONE, EMAIL, ADDRESS, DATE,
BIRTH_DATE, RECORD_ID.  Usage: ``python bench/text_corpus/generate.py [N] > corpus.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ozero.deid.text.recognizers.dates import MONTHS as DATE_MONTHS
from ozero.identifiers import (
    enp_check_digit,
    format_snils,
    inn_check_digits,
    snils_check_number,
)
from ozero.simulator import names as N

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Rarer surnames than the simulator's list: the ones NER handles worst.
EXTRA_SURNAMES = (
    "Гурьянов",
    "Шамсутдинов",
    "Абдуллаев",
    "Мамедов",
    "Хабибуллин",
    "Зиннатуллин",
    "Нуриев",
    "Овчинников",
    "Ястребов",
    "Мухаметзянов",
    "Цыбульский",
    "Ружицкий",
    "Гончарук",
    "Лысюк",
    "Оганесян",
    "Шнайдер",
    "Вайнштейн",
    "Ким",
    "Пак",
    "Щукин",
)
EXTRA_MALE_GIVEN = (("Ринат", "Ринатович", "Ринатовна"), ("Тимур", "Тимурович", "Тимуровна"))
EXTRA_FEMALE_GIVEN = ("Гульнара", "Эльвира", "Ксения", "Дарья", "Полина")
# Held-out names, never looked at while tuning the recognizers (``generate(heldout=True)``):
# dictionary words (Рыбак, Мельник, Ткач, Кузнец), indeclinable -ко/-дзе/-швили/-их,
# Armenian, Azerbaijani, German-Jewish and Ukrainian shapes.
HELDOUT_SURNAMES = (
    "Рыбак",
    "Мельник",
    "Ткач",
    "Кузнец",
    "Бондаренко",
    "Сидоренко",
    "Гоголадзе",
    "Чхеидзе",
    "Гогиашвили",
    "Черных",
    "Седых",
    "Мкртчян",
    "Гусейнов",
    "Алиев",
    "Гринберг",
    "Кравчук",
    "Чернобровкин",
    "Богомолов",
    "Жолковский",
    "Лихой",
)
HELDOUT_MALE_GIVEN = (
    ("Лев", "Львович", "Львовна"),
    ("Эдуард", "Эдуардович", "Эдуардовна"),
    ("Арсений", "Арсеньевич", "Арсеньевна"),
    ("Фарид", "Фаридович", "Фаридовна"),
    ("Эмиль", "Эмильевич", "Эмильевна"),
)
HELDOUT_FEMALE_GIVEN = ("Алсу", "Зарина", "Снежана", "Ульяна", "Лилия")
# A second held-out set, written after the first had been used for tuning and measured
# once, untouched (``generate(heldout=2)``).
HELDOUT2_SURNAMES = (
    "Голуб",
    "Сорока",
    "Бойко",
    "Шевченко",
    "Лысенко",
    "Хван",
    "Нигматуллин",
    "Гайнутдинов",
    "Хасанов",
    "Абрамян",
    "Кац",
    "Розенберг",
    "Левин",
    "Коган",
    "Гончар",
    "Швец",
    "Долгих",
    "Кудрявых",
    "Завьялов",
    "Вишневецкий",
)
HELDOUT2_MALE_GIVEN = (
    ("Ростислав", "Ростиславович", "Ростиславовна"),
    ("Глеб", "Глебович", "Глебовна"),
    ("Марат", "Маратович", "Маратовна"),
    ("Всеволод", "Всеволодович", "Всеволодовна"),
    ("Айдар", "Айдарович", "Айдаровна"),
)
HELDOUT2_FEMALE_GIVEN = ("Василиса", "Эвелина", "Камила", "Милена", "Ангелина")
MONTHS = list(DATE_MONTHS)  # genitive month names, as the date recognizer reads them
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
CYR_UPPER = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"


# ---------------------------------------------------------------- declension ---------


_SURNAME_ENDINGS_M = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_SURNAME_ENDINGS_F = {
    "nomn": "а",
    "gent": "ой",
    "datv": "ой",
    "accs": "у",
    "ablt": "ой",
    "loct": "ой",
}
_SKY_M = {"nomn": "ий", "gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"}
_OY_M = {"nomn": "ой", "gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"}
_ADJ_F = {"nomn": "ая", "gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"}
_CONS_M = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_PATR_M = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}
_PATR_F = {"nomn": "а", "gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}


def surname_form(male: str, female: bool, case: str) -> str:
    """Surname in ``case`` by the standard paradigms (indeclinable ones stay as they are)."""
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + (_SURNAME_ENDINGS_F if female else _SURNAME_ENDINGS_M)[case]
    if male.endswith(("ский", "цкий")):
        return male[:-2] + (_ADJ_F if female else _SKY_M)[case]
    if male.endswith("ой"):
        return male[:-2] + (_ADJ_F if female else _OY_M)[case]
    if male.endswith(("ко", "ых", "их", "дзе", "швили")) or female:
        return male
    return male + _CONS_M[case]  # Ковальчук, Ким, Оганесян, Шнайдер


def patronymic_form(nominative: str, case: str) -> str:
    if nominative.endswith("на"):
        return nominative[:-1] + _PATR_F[case]
    return nominative + _PATR_M[case]


@cache
def given_form(nominative: str, case: str) -> str:
    """Given names through pymorphy3's dictionary (irregular: Павел → Павла, Любовь)."""
    if case == "nomn":
        return nominative
    parses = [p for p in _morph().parse(nominative.lower()) if "Name" in p.tag]
    inflected = parses[0].inflect({case}) if parses else None
    return inflected.word.capitalize() if inflected else nominative


@lru_cache(maxsize=1)
def _morph():  # noqa: ANN202 - pymorphy3 is untyped
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True)
class Name:
    surname_male: str
    given: str
    patronymic: str
    female: bool

    def parts(self, case: str) -> tuple[str, str, str]:
        return (
            surname_form(self.surname_male, self.female, case),
            given_form(self.given, case),
            patronymic_form(self.patronymic, case),
        )


_HELDOUT = 0  # set by ``generate(heldout=1|2)`` for the duration of one corpus


def random_name(rng: random.Random) -> Name:
    if _HELDOUT == 2:
        surnames, male, female = HELDOUT2_SURNAMES, HELDOUT2_MALE_GIVEN, HELDOUT2_FEMALE_GIVEN
    elif _HELDOUT:
        surnames, male, female = HELDOUT_SURNAMES * 4, HELDOUT_MALE_GIVEN, HELDOUT_FEMALE_GIVEN
    else:
        surnames = N.MALE_SURNAMES + EXTRA_SURNAMES * 3
        male, female = N.MALE_GIVEN + EXTRA_MALE_GIVEN, N.FEMALE_GIVEN + EXTRA_FEMALE_GIVEN
    surname = rng.choice(surnames)
    father = rng.choice(male)
    if rng.random() < 0.5:
        return Name(surname, rng.choice(male)[0], father[1], False)
    return Name(surname, rng.choice(female), father[2], True)


NAME_STYLES = ("full", "full", "given_first", "surname_initials", "initials_surname", "caps")


def render_name(rng: random.Random, name: Name, case: str, style: str | None = None) -> str:
    """One written mention: «Иванова И.И.», «И. И. Иванову», «ИВАНОВ ИВАН ИВАНОВИЧ»..."""
    surname, given, patronymic = name.parts(case)
    style = style or rng.choice(NAME_STYLES)
    sep = rng.choice((".", ". "))
    initials = f"{name.given[0]}{sep}{name.patronymic[0]}."
    if style == "full":
        return f"{surname} {given} {patronymic}"
    if style == "given_first":
        return f"{given} {patronymic} {surname}"
    if style == "surname_initials":
        return f"{surname} {initials}"
    if style == "initials_surname":
        return f"{initials} {surname}"
    if style == "caps":
        return rng.choice((f"{surname} {given} {patronymic}", f"{surname} {initials}")).upper()
    if style == "given_patronymic":
        return f"{given} {patronymic}"
    return surname  # "surname"


# ---------------------------------------------------------------- identifiers --------


def snils(rng: random.Random) -> str:
    body = str(rng.randint(2_000_000, 999_999_999)).zfill(9)
    digits = body + snils_check_number(body)
    fmt = rng.randrange(4)
    if fmt == 0:
        return format_snils(digits)
    if fmt == 1:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:9]}-{digits[9:]}"
    if fmt == 2:
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return digits


def enp(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "16", "66")) + str(rng.randrange(10**13)).zfill(13)
    digits = body + enp_check_digit(body)
    fmt = rng.randrange(3)
    if fmt == 0:
        return digits
    sep = " " if fmt == 1 else "-"
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def inn(rng: random.Random, person: bool = True) -> str:
    body = str(rng.randrange(10**9, 10**10)) if person else str(rng.randrange(10**8, 10**9))
    return body + inn_check_digits(body)


def passport(rng: random.Random) -> tuple[str, str]:
    """(prefix text, gold number text)."""
    series = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    number = f"{rng.randrange(10**6):06d}"
    fmt = rng.randrange(4)
    if fmt == 0:
        return "паспорт ", f"{series[:2]} {series[2:]} {number}"
    if fmt == 1:
        return "паспорт гражданина РФ ", f"{series} {number}"
    if fmt == 2:
        return "паспорт серия ", f"{series} номер {number}"
    return "паспорт ", f"{series} № {number}"


def birth_certificate(rng: random.Random) -> str:
    roman = rng.choice(ROMAN)
    letters = rng.choice(CYR_UPPER) + rng.choice(CYR_UPPER)
    dash = rng.choice(("-", "-", " "))
    return f"{roman}{dash}{letters} № {rng.randrange(10**6):06d}"


def phone(rng: random.Random) -> str:
    code = f"9{rng.randint(0, 99):02d}" if rng.random() < 0.8 else rng.choice(("495", "812", "843"))
    a, b, c = rng.randint(100, 999), f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"+7 ({code}) {a}-{b}-{c}",
            f"8-{code}-{a}-{b}-{c}",
            f"8 ({code}) {a} {b} {c}",
            f"+7{code}{a}{b}{c}",
            f"8{code}{a}{b}{c}",
            f"+7 {code} {a} {b} {c}",
            f"+7-{code}-{a}-{b}-{c}",
        )
    )


_TRANSLIT = str.maketrans(
    "абвгдеёжзийклмнопрстуфхцчшщыэюяьъ",
    "abvgdeejziiklmnoprstufhccssyeuy__",
)


def email(rng: random.Random, name: Name) -> str:
    login = name.surname_male.lower().translate(_TRANSLIT).replace("_", "")
    first = name.given.lower().translate(_TRANSLIT).replace("_", "")
    user = rng.choice((f"{first}.{login}", f"{login}{rng.randint(1, 99)}", f"{first[0]}_{login}"))
    domain = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "rambler.ru"))
    return f"{user}@{domain}"


def address(rng: random.Random) -> str:
    region = rng.choice(tuple(N.CITIES_BY_REGION))
    city = rng.choice(N.CITIES_BY_REGION[region])
    street = rng.choice(N.STREETS)
    house = rng.choice(("д. ", "д.", "дом ")) + str(rng.randint(1, 160))
    house += rng.choice(("", "", "", ", корп. 2", ", стр. 1", "А"))
    flat = rng.choice(("", f", кв. {rng.randint(1, 400)}", f", кв.{rng.randint(1, 400)}"))
    parts = [street, house]
    if rng.random() < 0.8:
        parts.insert(0, city)
    if region == "50" and rng.random() < 0.5:
        parts.insert(0, "Московская обл.")
    return ", ".join(parts) + flat


def day(rng: random.Random, year_from: int, year_to: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(year_from, year_to)


def date_text(rng: random.Random, year_from: int = 2023, year_to: int = 2026) -> str:
    d, m, y = day(rng, year_from, year_to)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
        )
    )


def record_number(rng: random.Random) -> tuple[str, str]:
    """(marker text, gold number): case-history, outpatient-card and accession numbers."""
    year = rng.randint(2023, 2026)
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(
            ("история болезни № ", "История болезни №")
        ), f"{rng.randint(100, 99999)}/{year}"
    if kind == 1:
        return "ИБ № ", f"{rng.randint(1000, 99999)}"
    if kind == 2:
        return rng.choice(
            ("амбулаторная карта № ", "мед. карта № ")
        ), f"{rng.randint(1, 99)}-{rng.randint(1000, 99999)}"
    if kind == 3:
        return rng.choice(
            ("accession ", "Accession: ")
        ), f"{rng.choice(('RX', 'CT', 'MR', 'US'))}-{year}-{rng.randrange(10**6):06d}"
    if kind == 4:
        return (
            "номер исследования ",
            f"{rng.choice(('RX', 'CT', 'MR', 'MG'))}-{year}-{rng.randrange(10**6):06d}",
        )
    return "медицинская карта стационарного больного № ", f"{rng.randint(100, 99999)}"


# ---------------------------------------------------------------- composition --------


@dataclass
class Builder:
    """Appends text pieces; PHI pieces record their (start, end, type) gold span."""

    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    length: int = 0

    def text(self, piece: str) -> Builder:
        self.parts.append(piece)
        self.length += len(piece)
        return self

    def phi(self, piece: str, label: str) -> Builder:
        self.spans.append((self.length, self.length + len(piece), label))
        return self.text(piece)

    def build(self, doc_id: str, kind: str) -> dict:
        text = "".join(self.parts)
        spans = [{"start": s, "end": e, "type": t} for s, e, t in self.spans]
        return {"id": doc_id, "kind": kind, "text": text, "spans": spans}


def ending(name: Name, male: str, female: str) -> str:
    return female if name.female else male


# Frames that force a grammatical case on the name: (case, before, after).
CASE_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("nomn", "Пациент(ка): ", ", поступил(а) в плановом порядке. "),
    ("nomn", "", " жалуется на боли в пояснице. "),
    ("gent", "Со слов ", ", боли беспокоят около недели. "),
    ("gent", "У ", " в анамнезе гипертоническая болезнь. "),
    ("datv", "", " выполнена рентгенография органов грудной клетки. "),
    ("datv", "Пациенту(ке) ", " рекомендовано наблюдение терапевта. "),
    ("accs", "Прошу проконсультировать ", " в плановом порядке. "),
    ("accs", "Направляем ", " на КТ органов грудной клетки. "),
    ("ablt", "Беседа проведена с ", ", согласие получено. "),
    ("ablt", "Осмотр совместно с ", ", данных за острую патологию нет. "),
    ("loct", "Сведения о ", " переданы в поликлинику по месту жительства. "),
    ("loct", "Информация о ", " внесена в регистр. "),
)

CLINICAL = (
    "Рентгенография органов грудной клетки в прямой проекции: очаговых и инфильтративных "
    "изменений не выявлено. Корни легких структурны, синусы свободны. ",
    "КТ головного мозга: очагов патологической плотности не выявлено, желудочки не расширены. ",
    "УЗИ органов брюшной полости: печень не увеличена, желчный пузырь без конкрементов, "
    "селезенка 110x45 мм. ",
    "Анализ мочи по Нечипоренко без патологии. Проба Манту отрицательная. ",
    "Эхокардиография: фракция выброса по Симпсону 58%. Оценка по шкале Глазго 15 баллов. ",
    "Симптом Щеткина-Блюмберга отрицательный. Живот мягкий, безболезненный. ",
    "Гемоглобин 128 г/л, лейкоциты 6,2×10^9/л, СОЭ 12 мм/ч, тромбоциты 245×10^9/л. ",
    "Назначено: амоксициллин 500 мг 3 раза в день 7 дней, омепразол 20 мг утром. ",
    "Диагноз: J18.1 Долевая пневмония. Сопутствующий: I11.9 Гипертоническая болезнь. ",
    "Перелом лучевой кости в типичном месте (перелом Коллеса). Болезнь Крона исключена. ",
    "Маммография: BI-RADS 2. Код услуги A06.20.004, ОИД 1.2.643.5.1.13. ",
    "ЭКГ: ритм синусовый, ЧСС 72 в минуту, ЭОС не отклонена. Палата № 5, ГКБ № 52. ",
    "Пневмония нижней доли правого легкого, дыхательная недостаточность I степени. ",
    "Госпитализирован(а) в отделение пульмонологии, проводилась антибактериальная терапия. ",
)


def clinical(b: Builder, rng: random.Random, k: int = 2) -> None:
    for piece in rng.sample(CLINICAL, k):
        b.text(piece)


def name_in_frame(b: Builder, rng: random.Random, name: Name) -> None:
    case, before, after = rng.choice(CASE_FRAMES)
    b.text(before).phi(render_name(rng, name, case), "PERSON").text(after)


def doctor_signature(b: Builder, rng: random.Random) -> None:
    doctor = random_name(rng)
    role = rng.choice(("Врач-рентгенолог", "Лечащий врач", "Заведующий отделением", "Врач"))
    style = rng.choice(("surname_initials", "initials_surname", "full", "caps"))
    written = render_name(rng, doctor, "nomn", style)
    b.text(f"{role}: ").phi(written, "PERSON").text(" " if written.endswith(".") else ". ")


def radiology(b: Builder, rng: random.Random) -> None:
    patient = random_name(rng)
    b.text("ПРОТОКОЛ РЕНТГЕНОЛОГИЧЕСКОГО ИССЛЕДОВАНИЯ. ")
    marker, number = record_number(rng)
    b.text(marker[:1].upper() + marker[1:]).phi(number, "RECORD_ID").text(". ")
    b.text("Пациент(ка): ").phi(render_name(rng, patient, "nomn"), "PERSON").text(", ")
    b.phi(date_text(rng, 1940, 2010), "BIRTH_DATE").text(" г.р. ")
    b.text("Дата исследования: ").phi(date_text(rng), "DATE").text(". ")
    clinical(b, rng)
    name_in_frame(b, rng, patient)
    doctor_signature(b, rng)


def epicrisis(b: Builder, rng: random.Random) -> None:
    patient = random_name(rng)
    b.text("Выписной эпикриз. ")
    marker, number = record_number(rng)
    b.text(marker[:1].upper() + marker[1:]).phi(number, "RECORD_ID").text(". ")
    b.text("ФИО: ").phi(render_name(rng, patient, "nomn"), "PERSON").text(". ")
    b.text("Дата рождения: ").phi(date_text(rng, 1940, 2010), "BIRTH_DATE").text(". ")
    b.text("СНИЛС ").phi(snils(rng), "SNILS").text(", полис ОМС ").phi(enp(rng), "ENP").text(". ")
    b.text("Адрес: ").phi(address(rng), "ADDRESS").text(". ")
    b.text("Находился(ась) на лечении с ").phi(date_text(rng), "DATE")
    b.text(" по ").phi(date_text(rng), "DATE").text(". ")
    clinical(b, rng, 3)
    name_in_frame(b, rng, patient)
    if rng.random() < 0.5:
        b.text("Контактный телефон: ").phi(phone(rng), "PHONE").text(". ")
    doctor_signature(b, rng)


def claim_comment(b: Builder, rng: random.Random) -> None:
    patient = random_name(rng)
    surname = surname_form(patient.surname_male, patient.female, "nomn")
    if rng.random() < 0.5:
        b.phi(surname, "PERSON").text(": направлен(а) на консультацию, C34.1. ")
    else:
        b.phi(render_name(rng, patient, "gent"), "PERSON").text(" — повторная госпитализация. ")
    b.text("ЕНП ").phi(enp(rng), "ENP").text(", СНИЛС ").phi(snils(rng), "SNILS").text(". ")
    if rng.random() < 0.5:
        b.text("ИНН ").phi(inn(rng), "INN").text(". ")
    else:
        b.text("ИНН работодателя ").phi(inn(rng, person=False), "INN").text(". ")
    b.text("Случай от ").phi(date_text(rng), "DATE").text(" оплачен частично. ")


def referral(b: Builder, rng: random.Random) -> None:
    patient = random_name(rng)
    b.text("Направление на госпитализацию. ")
    name_in_frame(b, rng, patient)
    prefix, number = passport(rng)
    b.text(f"Документ: {prefix}").phi(number, "PASSPORT").text(", выдан ")
    b.phi(date_text(rng, 2000, 2022), "DATE").text(". ")
    b.text("Тел. ").phi(phone(rng), "PHONE").text(", e-mail ")
    b.phi(email(rng, patient), "EMAIL").text(". ")
    b.text("Проживает по адресу: ").phi(address(rng), "ADDRESS").text(". ")
    clinical(b, rng, 1)
    doctor_signature(b, rng)


def pediatric(b: Builder, rng: random.Random) -> None:
    child, mother = random_name(rng), random_name(rng)
    b.text("Консультация педиатра. Ребенок: ").phi(render_name(rng, child, "nomn"), "PERSON")
    b.text(", дата рождения ").phi(date_text(rng, 2012, 2025), "BIRTH_DATE").text(", ")
    b.text(rng.choice(("свидетельство о рождении ", "св-во о рождении серия ")))
    b.phi(birth_certificate(rng), "BIRTH_CERT").text(". ")
    b.text("Законный представитель — мать, ").phi(render_name(rng, mother, "nomn"), "PERSON")
    b.text(", тел. ").phi(phone(rng), "PHONE").text(". ")
    name_in_frame(b, rng, mother)
    clinical(b, rng, 1)
    if rng.random() < 0.5:
        b.text("Результаты отправлены на ").phi(email(rng, mother), "EMAIL").text(". ")
    doctor_signature(b, rng)


KINDS: dict[str, Callable[[Builder, random.Random], None]] = {
    "radiology": radiology,
    "epicrisis": epicrisis,
    "claim_comment": claim_comment,
    "referral": referral,
    "pediatric": pediatric,
}


HELDOUT_SEED = 4242


def generate(n: int = 1200, seed: int = 2026, heldout: int = 0) -> list[dict]:
    """``n`` documents; the same ``(n, seed, heldout)`` always yields the same corpus.

    ``heldout`` 1 or 2 draws people from names outside the tuning lists (use it with
    ``HELDOUT_SEED``) to check that the tuned corpus's numbers are not overfitted."""
    global _HELDOUT
    docs = []
    kinds = list(KINDS)
    _HELDOUT = int(heldout)
    try:
        for i in range(n):
            rng = random.Random(f"{seed}:{i}")
            kind = kinds[i % len(kinds)]
            builder = Builder()
            KINDS[kind](builder, rng)
            docs.append(builder.build(f"doc{i:05d}", kind))
    finally:
        _HELDOUT = 0
    return docs


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1200
    for doc in generate(count):
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
