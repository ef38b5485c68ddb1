"""Building blocks of the synthetic corpus: people and their declension, identifiers with
valid check digits, dates, and a ``Builder`` that records gold spans as text is appended.

Moved out of ``generate.py`` unchanged when the corpus was split into phrasing families
(``families.py``); the phrasing lives there, the shapes here.
"""

from __future__ import annotations

import random
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


def random_name(rng: random.Random, names: int = 0) -> Name:
    """A person from the tuning name lists (``names=0``) or held-out name set 1 or 2."""
    if names == 2:
        surnames, male, female = HELDOUT2_SURNAMES, HELDOUT2_MALE_GIVEN, HELDOUT2_FEMALE_GIVEN
    elif names:
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


# ---------------------------------------------------------------- composition --------


@dataclass
class Builder:
    """Appends text pieces; PHI pieces record their (start, end, type) gold span."""

    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    length: int = 0
    families: set[int] = field(default_factory=set)  # phrasing families used (see families.py)

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
        return {
            "id": doc_id,
            "kind": kind,
            "families": sorted(self.families),
            "text": text,
            "spans": spans,
        }
