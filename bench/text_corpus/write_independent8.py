"""Write ``independent8.jsonl``: the eighth blind corpus, 2026-12-05.

Written by a helper engineer who never opened the recognizers (``ozero/deid/``), their unit
tests, any ``--misses`` output or result file, and never ran the de-identifier. From
``write_independent7.py`` only the file format, the labelling rules (its docstring, restated
below), the writer-script structure and its helpers (declension, check digits, dates, the
corpus-7 address and phone drawers, kept as a base) were taken; the kinds of corpora 1–7
were listed only to avoid them. No sentence or template is reused.

Phrasing comes from the public wording of Russian medical and administrative paperwork:
СМО appeals and their registration numbers, ВК protocols, dispensary cards (030/у),
infection notices (058/у), cancer registry notices (090/у), ВМП talons, ЕМИАС referrals,
ЭЛН, prescriptions 107-1/у, 148-1/у-88, QR certificates, ДМС contracts and policies, PACS
accession numbers, sample barcodes and laboratory orders, birth histories, medical death
certificates (106/у, 106-2/у), МСЭ referrals (088/у), protocols and ИПРА, with the
requisites of organisations (ОГРН, КПП, ОКПО, БИК, accounts) as unlabelled neighbours.

Styles: terse form fields, narrative, tables flattened with «|» or «;», lowercase ASR,
addresses split over two lines, numbers far from their document word, numbers written
before their document word, numbers grouped with spaces, dashes, slashes and dots, letter
prefixes and suffixes, Latin letters that look Cyrillic (А/A, В/B, С/C, Е/E, К/K, М/M, Н/H,
О/O, Р/P, Т/T, Х/X).

How it is made: each document kind is one hand-written template, instantiated ``PER_KIND``
times with people, addresses, dates and numbers drawn from ``random.Random(SEED)``, so the
file rebuilds byte for byte. Gold spans are marked inline as ``[[X:value]]``; offsets are
computed and asserted here. ``<<shape>>`` draws a number of that shape: ``#`` a digit, ``@``
an upper-case Cyrillic letter, ``%`` a Latin one, anything else literal.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID. SNILS carry a valid check sum (weights 9..1,
mod 101), ENP a valid check digit (the FOMS rule, equal to Luhn), a personal INN both check
digits; passport series start with a real OKATO region code and a plausible year of issue.

Labelling rules of this corpus (corpus 7's rules, restated before any template was written):

* PERSON — every person's name (patient, relatives, representatives, doctors, nurses,
  experts, agents, operators), in any grammatical case, with initials before or after,
  upper or lower case (ASR text), hyphenated, foreign names in Cyrillic. The span is the
  name with its initials, without titles, positions or «гр.»; a surname alone in a
  signature («/Корнилова/») is PERSON without the slashes. A name and patronymic without
  surname is PERSON. Not labelled: eponyms (по Нечипоренко, проба Реберга, шкала Глазго),
  organisations named after people, drug and device names.
* ADDRESS — any address written as an address, a person's or an organisation's: the whole
  written address is one span, postal code and region included, wherever they stand (index
  last too), abbreviated («Моск. обл.», «Респ. Татарстан»), rural and garden plots (СНТ,
  ДНТ, участок), military units («в/ч 12345» with its town), dormitories with a room,
  «владение», «домовладение», «здание», «сооружение», «кв-л», «тер.», «линия», «тупик»,
  the km of a road, foreign addresses written in Cyrillic. An inflected address («в г.
  Твери на ул. Советской, д. 5») is labelled from the settlement's type abbreviation on. An
  address split over two lines is one span including the line break. A bare city in an
  organisation's name, a court's name or after an organisation's name, and the city where a
  document was signed are not labelled.
* DATE — every calendar date with at least day and month; BIRTH_DATE for a date of birth.
  «г.»/«года» after a date is outside the span. Bare years, month and year, ages, times,
  terms and durations are not labelled.
* RECORD_ID — the number of a document or record of one person: medical cards (025/у,
  030/у dispensary cards, 096/у birth histories, 003/у), notices (058/у, 090/у), ВМП talons,
  referrals (ЕМИАС, 057/у, 088/у), ЭЛН, prescriptions (series and number as one span when
  only «№» or a space stands between them), QR and vaccination certificates, medical death
  certificates (series and number as one span), ВК, МСЭ protocols and ИПРА, ДМС contracts
  and ДМС policies, insurance appeals and their registration numbers, PACS accession and
  study numbers, sample and tube barcodes, laboratory orders, contracts, acts, invoices
  issued to a person, outgoing and incoming numbers of letters about one person. The span
  is the number with its letters, slashes, dots, spaces and dashes, without «№», «N» or the
  document word; a number broken across lines is one span including the line break.
* Not labelled (hard negatives): ICD-10 codes, service and tariff codes, ministry orders
  and laws («приказ № 1н», «323-ФЗ»: only their dates are labelled), ГОСТ and СанПиН
  numbers, form codes (030/у, 106/у-08), drug lots and series, device models and serials,
  an organisation's INN, OGRN, KPP, OKPO, OKTMO, БИК, settlement and correspondent
  accounts, licence, the code of a medical organisation (код МО, реестровый номер), ward,
  room, bed, office and crew numbers, an ambulance's vehicle plate, doses, lab values,
  journal row numbers, the police unit code of a passport.
* PASSPORT — series and number as one span (internal or international). A migrant's
  foreign passport written as two Latin letters and seven digits is PASSPORT; a migration
  card, a patent or a residence permit is RECORD_ID. BIRTH_CERT — the ЗАГС birth
  certificate only.
* ENP — the 16-digit OMS policy number as written; SNILS, INN (12 digits, a person's),
  PHONE (any owner, any format, hotlines «8 (800)…» and foreign numbers too; «доб. 214»
  and the messenger's name are outside the span; two phones joined by «,» or «/» are two
  spans) and EMAIL (any owner) — the value as written.

Judgement calls (decided before writing the templates): a ДМС policy number is RECORD_ID
(it identifies one insured person); a QR-certificate number is RECORD_ID; a tube barcode and
a PACS accession number are RECORD_ID (each is one person's sample or study); a ВМП talon
number is RECORD_ID; a medical death certificate's series and number are one RECORD_ID; the
number of a military unit inside an address is part of the ADDRESS; an organisation's
hotline 8 (800) is PHONE (any owner); a vehicle plate of an ambulance is not labelled (a
vehicle, not a person); the «код МО» and «реестровый номер МО» are not labelled.
Decided while writing (same spirit): a notarial power of attorney («40 АБ 0782799»), a
driving licence, a migration card, a patent, a residence permit, a large-family
certificate, a guardian's certificate and a patient's number in a palliative register are
RECORD_ID (documents of one person); a postal tracking number (РПО, 14 digits or
«RR123456789RU») and a courier waybill for one patient's material are RECORD_ID (one
person's item); a crew's waybill («путевой лист № 6040») is not labelled (a vehicle's);
a foreign address and a foreign phone of a migrant are ADDRESS and PHONE; an address
given only as «в/ч 23516, г. Владимир» is ADDRESS; a sender's name in a chat header
(«[09:12] Эльвира Петросян:») is PERSON. The corpus-7 helper ``decl_first`` is extended to
decline names in «-ей»/«-ай» (Матвей → Матвею).

Run: ``.venv/bin/python bench/text_corpus/write_independent8.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent8.jsonl"
SEED = 820261205
PER_KIND = 4
CODES = {
    "P": "PERSON",
    "A": "ADDRESS",
    "D": "DATE",
    "B": "BIRTH_DATE",
    "T": "PHONE",
    "E": "EMAIL",
    "S": "SNILS",
    "O": "ENP",
    "I": "INN",
    "Q": "PASSPORT",
    "C": "BIRTH_CERT",
    "R": "RECORD_ID",
}
CYR = "АБВГДЕЖИКЛМНПРСТФХЦЧШЭЮЯ"
LAT = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------- people
SURNAMES = [
    "Корнилов",
    "Лыков",
    "Пестов",
    "Шубин",
    "Вахрушев",
    "Рябинин",
    "Зубарев",
    "Мальцев",
    "Сычёв",
    "Третьяков",
    "Куликов",
    "Веселов",
    "Горшков",
    "Нестеров",
    "Ушаков",
    "Быстров",
    "Аксёнов",
    "Галкин",
    "Прохоров",
    "Хабибуллин",
    "Садыков",
    "Батуев",
    "Дьячков",
    "Ефремов",
    "Вишневский",
    "Островский",
    "Загорский",
    "Рудницкий",
    "Покровский",
    "Ковальчук",
    "Мельник",
    "Петросян",
    "Саркисян",
    "Шевчук",
    "Гоголадзе",
    "Лысенко",
    "Гриценко",
    "Белых",
    "Черных",
    "Сомов-Корнеев",
    "Ильин-Загорский",
    "Кварацхелия",
]
M_FIRST = [
    "Игорь",
    "Дмитрий",
    "Алексей",
    "Матвей",
    "Николай",
    "Константин",
    "Владислав",
    "Тимур",
    "Рустам",
    "Зураб",
    "Ашот",
    "Ярослав",
    "Богдан",
    "Марат",
    "Олег",
    "Виктор",
    "Евгений",
    "Кирилл",
    "Фёдор",
    "Степан",
    "Захар",
    "Роман",
]
F_FIRST = [
    "Ольга",
    "Екатерина",
    "Дарья",
    "Полина",
    "Алина",
    "Ксения",
    "Маргарита",
    "Лилия",
    "Мария",
    "Евгения",
    "Таисия",
    "Василиса",
    "Эльвира",
    "Нина",
    "Галина",
    "Светлана",
    "Надежда",
    "Инна",
    "Варвара",
    "Ульяна",
    "Наталья",
    "Серафима",
]
PAT_STEMS = [
    "Игорев",
    "Дмитриев",
    "Алексеев",
    "Николаев",
    "Константинов",
    "Тимуров",
    "Маратов",
    "Олегов",
    "Викторов",
    "Евгеньев",
    "Кириллов",
    "Фёдоров",
    "Степанов",
    "Ашотов",
    "Богданов",
    "Рустамов",
]
# foreign names written in Cyrillic (no patronymic): surname, first name, male
FOREIGN = [
    ("Смит", "Джон", True),
    ("Мюллер", "Томас", True),
    ("Ли", "Вэй", True),
    ("Шмидт", "Анна", False),
    ("Гарсиа", "Мария", False),
    ("Нгуен", "Тхи Лан", False),
    ("Аль-Хаддад", "Мохаммед", True),
    ("Ковач", "Петер", True),
]
INDECL_FIRST = {"Вэй", "Тхи Лан"}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")


def decl_surname(s: str, male: bool) -> list[str]:
    """The six case forms of a surname (nom, gen, dat, acc, ins, prep)."""
    if "-" in s and not s.startswith("Аль"):
        parts = [decl_surname(p, male) for p in s.split("-")]
        return ["-".join(f) for f in zip(*parts)]
    if s.endswith(("ский", "цкий")):
        st = s[:-2]
        if male:
            return [s, st + "ого", st + "ому", st + "ого", st + "им", st + "ом"]
        return [st + "ая", st + "ой", st + "ой", st + "ую", st + "ой", st + "ой"]
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        if male:
            return [s, s + "а", s + "у", s + "а", s + "ым", s + "е"]
        return [s + "а", s + "ой", s + "ой", s + "у", s + "ой", s + "ой"]
    if s.endswith(("енко", "ых", "их", "дзе", "ия", "иа", "Ли")) or s == "Ли":
        return [s] * 6
    # consonant-final (Ковальчук, Петросян, Смит, Нгуен): declined for men only
    if male:
        return [s, s + "а", s + "у", s + "а", s + "ом", s + "е"]
    return [s] * 6


def decl_first(n: str, male: bool) -> list[str]:
    if n in INDECL_FIRST:
        return [n] * 6
    if male:
        if n.endswith("ий"):
            st = n[:-2]
            return [n, st + "ия", st + "ию", st + "ия", st + "ием", st + "ии"]
        if n.endswith(("ь", "ей", "ай")):
            st = n[:-1]
            return [n, st + "я", st + "ю", st + "я", st + "ем", st + "е"]
        if n.endswith("а"):
            st = n[:-1]
            return [n, st + "ы", st + "е", st + "у", st + "ой", st + "е"]
        return [n, n + "а", n + "у", n + "а", n + "ом", n + "е"]
    if n.endswith("ия"):
        st = n[:-2]
        return [n, st + "ии", st + "ии", st + "ию", st + "ией", st + "ии"]
    if n.endswith("ья"):
        st = n[:-2]
        return [n, st + "ьи", st + "ье", st + "ью", st + "ьей", st + "ье"]
    st = n[:-1]
    gen = st + ("и" if st[-1] in "гкхжшчщ" else "ы")
    return [n, gen, st + "е", st + "у", st + "ой", st + "е"]


def decl_pat(stem: str, male: bool) -> list[str]:
    if male:
        n = stem + "ич"
        return [n, n + "а", n + "у", n + "а", n + "ем", n + "е"]
    n = stem + "на"
    return [n, stem + "ны", stem + "не", stem + "ну", stem + "ной", stem + "не"]


def pat_stem(first: str) -> str:
    """The patronymic stem from a father's first name (Игорь → Игорев-)."""
    if first == "Евгений":
        return "Евгеньев"
    if first.endswith("ий"):
        return first[:-2] + "иев"
    if first.endswith(("ей", "ай")):
        return first[:-1] + "ев"
    if first.endswith("ь"):
        return first[:-1] + "ев"
    return first + "ов"


def person(rng: random.Random, pre: str, male: bool | None = None, foreign_ok: bool = True) -> dict:
    """Every written form of one person under keys ``pre``, ``pre_gen``, ``pre_s``…"""
    if male is None:
        male = rng.random() < 0.5
    foreign = foreign_ok and rng.random() < 0.07
    if foreign:
        cands = [f for f in FOREIGN if f[2] == male]
        sur0, first0, _ = rng.choice(cands)
        pat = [""] * 6
    else:
        sur0 = rng.choice(SURNAMES)
        first0 = rng.choice(M_FIRST if male else F_FIRST)
        pat = decl_pat(rng.choice(PAT_STEMS), male)
    sur = decl_surname(sur0, male)
    first = decl_first(first0, male)
    ini = first0[0] + "." + (pat[0][0] + "." if pat[0] else "")
    ini_sp = first0[0] + "." + (" " + pat[0][0] + "." if pat[0] else "")
    out: dict = {f"{pre}_male": male}
    for i, case in enumerate(CASES):
        suf = "" if case == "nom" else "_" + case
        full = " ".join(x for x in (sur[i], first[i], pat[i]) if x)
        out[pre + suf] = full
        out[pre + "_s" + suf] = f"{sur[i]} {ini}"
        out[pre + "_i" + suf] = f"{ini} {sur[i]}"
        out[pre + "_io" + suf] = " ".join(x for x in (first[i], pat[i]) if x)
        out[pre + "_fi" + suf] = f"{first[i]} {sur[i]}"
        out[pre + "_low" + suf] = full.lower()
        out[pre + "_io_low" + suf] = out[pre + "_io" + suf].lower()
    out[pre + "_sp"] = f"{sur[0]} {ini_sp}"
    out[pre + "_up"] = out[pre].upper()
    out[pre + "_sur"] = sur[0]
    out[pre + "_first"] = first0
    out[pre + "_ini"] = ini
    # endings that agree with the person's sex
    out[pre + "_a"] = "" if male else "а"  # родился/родилась → род{a}
    out[pre + "_yi"] = "ый" if male else "ая"
    out[pre + "_omu"] = "ому" if male else "ой"  # дана …, зарегистрированн{omu}
    out[pre + "_ke"] = "у" if male else "ке"  # студент{ke}
    out[pre + "_ii"] = "ий" if male else "ая"  # after ш/щ: проживающ{ii}
    out[pre + "_ego"] = "его" if male else "её"
    out[pre + "_sya"] = "ся" if male else "ась"
    out[pre + "_ei"] = "его" if male else "ей"  # проживающ{ei}
    out[pre + "_on"] = "он" if male else "она"
    out[pre + "_sex"] = "мужской" if male else "женский"
    return out


# ---------------------------------------------------------------- checksummed numbers
def snils_digits(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(2_000_000, 999_999_999):09d}"
        if len(set(body)) > 2:
            break
    s = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return body + f"{c:02d}"


def snils(rng: random.Random) -> str:
    d = snils_digits(rng)
    style = rng.choice(["dash", "dash", "dash", "plain", "spaces", "alldash"])
    if style == "plain":
        return d
    if style == "spaces":
        return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    if style == "alldash":
        return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def luhn_digit(body: str) -> str:
    """The ENP check digit: FOMS's rule (odd positions from the right doubled as a number,
    even ones written to its left, digits summed) equals the Luhn digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def enp(rng: random.Random) -> str:
    region = rng.choice(["35", "76", "44", "60", "53", "40", "59", "16", "77", "78"])
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(13))
    d = body + luhn_digit(body)
    if rng.random() < 0.3:
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"
    return d


def inn12(rng: random.Random) -> str:
    region = rng.choice(["35", "76", "44", "60", "53", "40", "59", "16", "77", "78"])
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(body, w2)) % 11 % 10
    return body + str(c2)


def passport(rng: random.Random) -> str:
    okato = rng.choice(["19", "78", "34", "58", "49", "29", "45", "40", "92", "57"])
    year = f"{rng.randint(0, 25):02d}"
    num = f"{rng.randint(100000, 999999)}"
    style = rng.choice(["sp", "sp", "joined", "no", "dash"])
    if style == "joined":
        return f"{okato}{year} {num}"
    if style == "no":
        return f"{okato} {year} № {num}"
    if style == "dash":
        return f"{okato}{year}-{num}"
    return f"{okato} {year} {num}"


def bcert(rng: random.Random) -> str:
    roman = rng.choice(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"])
    letters = rng.choice(["ОД", "ВО", "ГР", "КС", "ИК", "ЛО", "НА", "ТН"])
    n = rng.randint(100000, 999999)
    return rng.choice(
        [f"{roman}-{letters} № {n}", f"{roman}-{letters} {n}", f"{roman}-{letters}№{n}"]
    )


def shape(rng: random.Random, s: str) -> str:
    out = []
    for ch in s:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice(CYR))
        elif ch == "%":
            out.append(rng.choice(LAT))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- dates
MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
ORD_GEN = {
    1: "первого",
    2: "второго",
    3: "третьего",
    4: "четвёртого",
    5: "пятого",
    6: "шестого",
    7: "седьмого",
    8: "восьмого",
    9: "девятого",
    10: "десятого",
    11: "одиннадцатого",
    12: "двенадцатого",
    13: "тринадцатого",
    14: "четырнадцатого",
    15: "пятнадцатого",
    16: "шестнадцатого",
    17: "семнадцатого",
    18: "восемнадцатого",
    19: "девятнадцатого",
    20: "двадцатого",
    30: "тридцатого",
    40: "сорокового",
    50: "пятидесятого",
    60: "шестидесятого",
    70: "семидесятого",
    80: "восьмидесятого",
    90: "девяностого",
}
TENS = {
    2: "двадцать",
    3: "тридцать",
    4: "сорок",
    5: "пятьдесят",
    6: "шестьдесят",
    7: "семьдесят",
    8: "восемьдесят",
    9: "девяносто",
}


def ord_gen(n: int) -> str:
    if n in ORD_GEN:
        return ORD_GEN[n]
    return f"{TENS[n // 10]} {ORD_GEN[n % 10]}"


ONES = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот"]


def cardinal(n: int) -> str:
    """1..799 in words (nominative), as a speech recognizer writes a house number."""
    words = [HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        words += [TENS.get(rest // 10, ""), ONES[rest % 10]]
    return " ".join(w for w in words if w)


def spoken(day: int, month: int, year: int, with_year: bool = True) -> str:
    """«пятого марта две тысячи двадцать пятого» (without «года»)."""
    out = f"{ord_gen(day)} {MONTHS_GEN[month - 1]}"
    if not with_year:
        return out
    if year >= 2000:
        return f"{out} две тысячи {ord_gen(year - 2000)}"
    return f"{out} тысяча девятьсот {ord_gen(year - 1900)}"


def date(rng: random.Random, y: int, style: str | None = None) -> str:
    return fmt_date(rng, dt.date(y, rng.randint(1, 12), rng.randint(1, 28)), style)


def fmt_date(rng: random.Random, day: dt.date, style: str | None = None) -> str:
    y, m, d = day.year, day.month, day.day
    style = style or rng.choice(["dot", "dot", "dot", "words", "quote", "short"])
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dot1":
        return f"{d}.{m:02d}.{y}"
    if style == "words":
        return f"{d} {MONTHS_GEN[m - 1]} {y}"
    if style == "quote":
        return f"«{d:02d}» {MONTHS_GEN[m - 1]} {y}"
    if style == "short":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dm":
        return f"{d} {MONTHS_GEN[m - 1]}"
    if style == "spoken":
        return spoken(d, m, y)
    if style == "spokendm":
        return spoken(d, m, y, with_year=False)
    if style == "spokenshort":  # «двенадцатого мая восемьдесят седьмого»
        return f"{ord_gen(d)} {MONTHS_GEN[m - 1]} {ord_gen(y % 100)}"
    if style == "spacedot":
        return f"{d:02d}. {m:02d}. {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- places
# town: nominative, locative, bare name (no «г.»), region, region abbreviated, postal prefix
TOWNS = [
    ("г. Вологда", "г. Вологде", "Вологда", "Вологодская обл.", "Вологодская обл.", "160"),
    ("г. Череповец", "г. Череповце", "Череповец", "Вологодская обл.", "Волог. обл.", "162"),
    ("г. Ярославль", "г. Ярославле", "Ярославль", "Ярославская обл.", "Яросл. обл.", "150"),
    ("г. Рыбинск", "г. Рыбинске", "Рыбинск", "Ярославская обл.", "Яросл. обл.", "152"),
    ("г. Кострома", "г. Костроме", "Кострома", "Костромская обл.", "Костр. обл.", "156"),
    ("г. Псков", "г. Пскове", "Псков", "Псковская обл.", "Псковская обл.", "180"),
    ("г. Великие Луки", "г. Великих Луках", "Великие Луки", "Псковская обл.", "Пск. обл.", "182"),
    (
        "г. Великий Новгород",
        "г. Великом Новгороде",
        "Великий Новгород",
        "Новгородская обл.",
        "Новг. обл.",
        "173",
    ),
    ("г. Калуга", "г. Калуге", "Калуга", "Калужская обл.", "Калужская обл.", "248"),
    ("г. Обнинск", "г. Обнинске", "Обнинск", "Калужская обл.", "Калужск. обл.", "249"),
    ("г. Пермь", "г. Перми", "Пермь", "Пермский край", "Пермский кр.", "614"),
    ("г. Казань", "г. Казани", "Казань", "Республика Татарстан", "Респ. Татарстан", "420"),
]
REGION_DAT = {
    "Вологодская обл.": "Вологодской области",
    "Ярославская обл.": "Ярославской области",
    "Костромская обл.": "Костромской области",
    "Псковская обл.": "Псковской области",
    "Новгородская обл.": "Новгородской области",
    "Калужская обл.": "Калужской области",
    "Пермский край": "Пермскому краю",
    "Республика Татарстан": "Республике Татарстан",
}
# village: nominative, locative, district, district genitive, region
VILLAGES = [
    ("с. Кубенское", "с. Кубенском", "Вологодский р-н", "Вологодского р-на", "Вологодская обл."),
    ("д. Глебово", "д. Глебове", "Шекснинский р-н", "Шекснинского р-на", "Вологодская обл."),
    (
        "пос. Красное-на-Волге",
        "пос. Красном-на-Волге",
        "Красносельский р-н",
        "Красносельского р-на",
        "Костромская обл.",
    ),
    (
        "д. Малое Ступино",
        "д. Малом Ступине",
        "Ростовский р-н",
        "Ростовского р-на",
        "Ярославская обл.",
    ),
    (
        "с. Великое",
        "с. Великом",
        "Гаврилов-Ямский р-н",
        "Гаврилов-Ямского р-на",
        "Ярославская обл.",
    ),
    ("д. Пески", "д. Песках", "Сокольский р-н", "Сокольского р-на", "Вологодская обл."),
    (
        "пгт Судиславль",
        "пгт Судиславль",
        "Судиславский р-н",
        "Судиславского р-на",
        "Костромская обл.",
    ),
    ("д. Заозерье", "д. Заозерье", "Печорский р-н", "Печорского р-на", "Псковская обл."),
    ("с. Перемышль", "с. Перемышле", "Перемышльский р-н", "Перемышльского р-на", "Калужская обл."),
    ("рп Крестцы", "рп Крестцах", "Крестецкий р-н", "Крестецкого р-на", "Новгородская обл."),
    ("с. Усть-Качка", "с. Усть-Качке", "Пермский м.о.", "Пермского м.о.", "Пермский край"),
    ("д. Ключи", "д. Ключах", "Высокогорский р-н", "Высокогорского р-на", "Республика Татарстан"),
]
STREETS = [
    ("ул.", "Ветошкина"),
    ("ул.", "Мира"),
    ("ул.", "Гагарина"),
    ("пр-т", "Победы"),
    ("ул.", "Северная"),
    ("пер.", "Водников"),
    ("наб.", "Которосльная"),
    ("ш.", "Пошехонское"),
    ("б-р", "Октябрьский"),
    ("ул.", "Профсоюзная"),
    ("проезд", "Энтузиастов"),
    ("ул.", "Красноармейская"),
    ("ул.", "Труда"),
    ("ул.", "Молодёжная"),
    ("пр.", "Ленинградский"),
    ("ул.", "Лесная"),
    ("ул.", "8 Марта"),
    ("ул.", "Героя Советского Союза Жукова"),
]
RURAL_STREETS = ["Центральная", "Садовая", "Школьная", "Луговая", "Полевая", "Новая", "Заречная"]


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 140))
    r = rng.random()
    if r < 0.12:
        h += rng.choice(["а", "б", "А", "/2"])
    return h


def address(rng: random.Random) -> str:
    town, _loc, bare, region, reg_abbr, idx = rng.choice(TOWNS)
    st, name = rng.choice(STREETS)
    v, _vl, dist, dgen, vreg = rng.choice(VILLAGES)
    zipc = idx + f"{rng.randint(0, 999):03d}"
    h, k = house(rng), rng.randint(1, 260)
    shapes = [
        lambda: f"{zipc}, {region}, {town}, {st} {name}, д. {h}, кв. {k}",
        lambda: f"{town}, {st} {name}, {h}-{k}",
        lambda: f"{bare}, {name} {h}-{k}",
        lambda: (
            f"{st} {name}, д. {h}, корп. {rng.randint(1, 4)}, кв. {k}, {town}, {region}, {zipc}"
        ),
        lambda: f"{v}, ул. {rng.choice(RURAL_STREETS)}, д. {h}, {dist}, {vreg}",
        lambda: f"{vreg}, {dist}, {v}, д. {rng.randint(1, 60)}",
        lambda: f"{v} {dgen}, д. {rng.randint(1, 60)}",
        lambda: f"{town}, {st} {name}, д. {h}, стр. {rng.randint(1, 9)}, пом. {rng.randint(1, 40)}",
        lambda: f"{reg_abbr}, {town}, {st} {name}, д.{h}, лит. А, кв.{k}",
        lambda: f"{zipc} {bare}, {st}{name} {h}, кв {k}",
        lambda: f"{town}, мкр. Заречный, д. {h}, кв. {k}",
        lambda: f"{vreg}, {dist}, {v}, {rng.choice(RURAL_STREETS)} ул., {rng.randint(1, 60)}",
    ]
    return rng.choice(shapes)()


def loc_address(rng: random.Random) -> str:
    """An address in the locative, to follow «в»/«проживающей в»."""
    _town, loc, *_ = rng.choice(TOWNS)
    st, name = rng.choice(STREETS)
    v, vloc, _d, dgen, _r = rng.choice(VILLAGES)
    h, k = house(rng), rng.randint(1, 260)
    return rng.choice(
        [
            f"{loc}, {st} {name}, д. {h}, кв. {k}",
            f"{vloc} {dgen}, д. {rng.randint(1, 60)}",
            f"{loc} по {st} {name}, д. {h}",
            f"{vloc}, ул. {rng.choice(RURAL_STREETS)}, {rng.randint(1, 60)}",
        ]
    )


def spoken_address(rng: random.Random) -> str:
    """An address dictated to a dispatcher, as ASR writes it (lowercase, numbers in words)."""
    bare = rng.choice(TOWNS)[2].lower()
    street = rng.choice(
        ["улица мира", "улица гагарина", "проспект победы", "улица труда", "северная"]
    )
    h, k = rng.randint(1, 140), rng.randint(1, 260)
    return rng.choice(
        [
            f"{street} дом {cardinal(h)} квартира {cardinal(k)}",
            f"{bare} {street} {cardinal(h)} квартира {cardinal(k)}",
            f"{street} {h} корпус {cardinal(rng.randint(1, 4))} квартира {k}",
        ]
    )


def po_box(rng: random.Random) -> str:
    town, _l, bare, region, _ra, idx = rng.choice(TOWNS)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, а/я {rng.randint(1, 400)}",
            f"а/я {rng.randint(1, 400)}, {bare}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


def org_address(rng: random.Random) -> str:
    town, _l, _b, region, _ra, idx = rng.choice(TOWNS)
    st, name = rng.choice(STREETS)
    return f"{idx}{rng.randint(0, 99):03d}, {region}, {town}, {st} {name}, д. {house(rng)}"


# ---------------------------------------------------------------- contacts
CODES_CITY = [
    "8172",
    "8202",
    "4852",
    "4855",
    "4942",
    "8112",
    "8153",
    "8162",
    "4842",
    "484",
    "342",
    "843",
]


def _mob(rng: random.Random) -> tuple[str, str, str, str]:
    op = rng.choice(["911", "921", "915", "905", "960", "980", "999", "953", "902", "962", "917"])
    return op, f"{rng.randint(100, 999)}", f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"


def phone(rng: random.Random) -> str:
    op, a, b, c = _mob(rng)
    code = rng.choice(CODES_CITY)
    local_len = 10 - len(code)
    local = f"{rng.randint(10 ** (local_len - 1) * 2, 10**local_len - 1)}"
    if local_len == 7:
        loc_fmt = f"{local[:3]}-{local[3:5]}-{local[5:]}"
    elif local_len == 6:
        loc_fmt = f"{local[:2]}-{local[2:4]}-{local[4:]}"
    else:
        loc_fmt = f"{local[:1]}-{local[1:3]}-{local[3:]}"
    shapes = [
        f"+7 ({op}) {a}-{b}-{c}",
        f"+7 {op} {a}-{b}-{c}",
        f"8-{op}-{a}-{b}-{c}",
        f"8{op}{a}{b}{c}",
        f"+7{op}{a}{b}{c}",
        f"8 ({op}) {a} {b} {c}",
        f"+7.{op}.{a}.{b}.{c}",
        f"8 {op} {a} {b} {c}",
        f"8 ({code}) {loc_fmt}",
        f"+7 ({code}) {loc_fmt}",
        f"({code}) {loc_fmt}",
        f"8{code}{local}",
        f"7-{op}-{a}{b}{c}",
    ]
    return rng.choice(shapes)


def city_phone(rng: random.Random) -> str:
    """A 7-, 6- or 5-digit local number without a code."""
    return rng.choice(
        [
            f"{rng.randint(200, 799)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}",
            f"{rng.randint(20, 79)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}",
            f"{rng.randint(2, 5)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]
    )


TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "-": "-",
        " ": "",
    }
)


def lat(word: str) -> str:
    return word.lower().translate(TRANSLIT)


def email(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f[0]}",
            f"{f}.{s}",
            f"{s}{rng.randint(60, 2009)}",
            f"{f[0]}{s}_{rng.randint(1, 99)}",
            f"{s}-{f}",
            f"{f}{s[:3]}{rng.randint(1, 9)}",
        ]
    )
    dom = rng.choice(
        ["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "list.ru", "inbox.ru", "rambler.ru", "ya.ru"]
    )
    return f"{local}@{dom}"


ORG_MAIL = [
    "priemnaya@vokb35.ru",
    "registratura@kgb1-kostroma.ru",
    "info@yarcrb.ru",
    "tfoms@tfoms60.ru",
    "sekretar@pokb.pskov.ru",
    "hospice@kaluga-med.ru",
    "kanc@pnd-perm.ru",
    "ozpp@minzdrav.tatar.ru",
]


# ---------------------------------------------------------------- OCR noise
OCR_SWAPS = {"О": "0", "З": "3", "б": "6"}


def ocr(text: str) -> str:
    """Scanner confusions: «О» read as zero, «З» as three, «б» as six."""
    return "".join(OCR_SWAPS.get(ch, ch) for ch in text)


def hyphen_break(name: str) -> str:
    """A surname broken across lines with a hyphen, as a scan keeps it."""
    sur, _, rest = name.partition(" ")
    cut = max(2, len(sur) // 2)
    return f"{sur[:cut]}-\n{sur[cut:]}" + (f" {rest}" if rest else "")


# ---------------------------------------------------------------- fillers
def fillers(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "q", "d", "e", "n"):
        f.update(person(rng, pre))
    for pre, male in (("g", False), ("h", True)):
        f.update(person(rng, pre, male))
    for pre, male in (("f", False), ("m", True)):
        f.update(person(rng, pre, male, foreign_ok=False))
    # a child with the mother f and the father m: shared surname
    kid_male = rng.random() < 0.5
    f.update(person(rng, "k", kid_male, foreign_ok=False))
    kpat = decl_pat(pat_stem(f["m_first"]), kid_male)
    kfirst = decl_first(f["k_first"], kid_male)
    for i, case in enumerate(CASES):
        f["k_io" + ("" if case == "nom" else "_" + case)] = f"{kfirst[i]} {kpat[i]}"
    f["k_ini"] = f"{f['k_first'][0]}.{kpat[0][0]}."
    fam = rng.choice(SURNAMES)
    for pre, male in (("k", kid_male), ("f", False), ("m", True)):
        forms = decl_surname(fam, male)
        first = decl_first(f[pre + "_first"], male)
        pat_forms = [f[pre + ("_io" if c == "nom" else "_io_" + c)].split(" ", 1) for c in CASES]
        for i, case in enumerate(CASES):
            suf = "" if case == "nom" else "_" + case
            pat = pat_forms[i][1] if len(pat_forms[i]) > 1 else ""
            full = " ".join(x for x in (forms[i], first[i], pat) if x)
            ini = f[pre + "_ini"]
            f[pre + suf] = full
            f[pre + "_s" + suf] = f"{forms[i]} {ini}"
            f[pre + "_i" + suf] = f"{ini} {forms[i]}"
            f[pre + "_fi" + suf] = f"{first[i]} {forms[i]}"
            f[pre + "_low" + suf] = full.lower()
        f[pre + "_sur"] = forms[0]
        f[pre + "_up"] = f[pre].upper()
        f[pre + "_sp"] = f[pre + "_s"].replace(".", ". ").rstrip().replace(".  ", ". ")
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).capitalize() for w in f["p"].split())
    f["d_lat"] = " ".join(lat(w).capitalize() for w in f["d"].split())
    f["p_brk"] = hyphen_break(f["p"])
    f["d_brk"] = hyphen_break(f["d_s"])
    f["f_brk"] = hyphen_break(f["f"])
    f["bd"] = date(
        rng, rng.randint(1936, 2006), rng.choice(["dot", "dot", "dot", "words", "short"])
    )
    born = dt.date(rng.randint(1940, 1999), rng.randint(1, 12), rng.randint(1, 28))
    f["bdv"] = fmt_date(rng, born, rng.choice(["spoken", "spokenshort"]))
    f["bdv_dot"] = fmt_date(rng, born, rng.choice(["dot", "words"]))
    f["bdt"] = date(rng, rng.randint(2007, 2010), "dot")  # a teenager
    f["bdk5"] = date(rng, 2014, "dot")
    f["bd2"] = date(rng, rng.randint(1936, 1975), "dot")
    f["bdf"] = date(rng, rng.randint(1980, 2004), "dot")  # a mother
    f["bdk"] = date(rng, rng.randint(2011, 2024), rng.choice(["dot", "dot", "words"]))
    f["bdn"] = date(rng, 2025, "dot")  # a newborn
    for i in (2, 3, 4):  # classmates
        f[f"bdk{i}"] = date(rng, rng.choice([2013, 2014]), "dot")
    f["bds"] = date(rng, rng.randint(1940, 1999), rng.choice(["spoken", "spokenshort"]))
    # event dates in order: td1 <= td2 <= … (dd.mm.yyyy) and t1 <= t2 <= … (any style)
    cur = dt.date(2025, 1, 9) + dt.timedelta(days=rng.randint(0, 480))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 21))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    cur = dt.date(2025, 1, 9) + dt.timedelta(days=rng.randint(0, 480))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 21))
        f[f"t{i}"] = fmt_date(rng, cur)
    f["tw"] = date(rng, 2025, "words")
    f["tq"] = date(rng, 2025, "quote")
    f["tiso"] = date(rng, 2025, "iso")
    f["tsl"] = date(rng, 2025, "slash")
    f["tdm"] = date(rng, 2025, "dm")
    f["tsp"] = date(rng, 2025, rng.choice(["spoken", "spokendm"]))
    f["tsh"] = date(rng, 2025, "short")
    f["tsd"] = date(rng, 2025, "spacedot")
    f["adr"] = address(rng)
    f["adr2"] = address(rng)
    f["adr2_low"] = f["adr2"].lower()
    f["adr_ocr"] = ocr(f["adr"]).replace("кв.", "кв,")
    f["aloc"] = loc_address(rng)
    f["aloc_low"] = f["aloc"].lower()
    f["aspk"] = spoken_address(rng)
    f["abox"] = po_box(rng)
    f["aorg"] = org_address(rng)
    f["aorg2"] = org_address(rng)
    town = rng.choice(TOWNS)
    f["town"], f["town_loc"], f["town_bare"] = town[0], town[1], town[2]
    f["region"] = REGION_DAT[town[3]]
    f["sn"] = snils(rng)
    f["sn2"] = snils(rng)
    f["snd"] = snils_digits(rng)
    f["enp"] = enp(rng)
    f["enp2"] = enp(rng)
    f["inn"] = inn12(rng)
    f["inn2"] = inn12(rng)
    f["pas"] = passport(rng)
    f["bc"] = bcert(rng)
    f["tel"] = phone(rng)
    f["tel2"] = phone(rng)
    f["tel3"] = phone(rng)
    f["ctel"] = city_phone(rng)
    f["mail"] = email(rng, f["p_sur"], f["p_first"])
    f["mail2"] = email(rng, f["q_sur"], f["q_first"])
    f["dmail"] = email(rng, f["d_sur"], f["d_first"])
    f["fmail"] = email(rng, f["f_sur"], f["f_first"])
    f["omail"] = rng.choice(ORG_MAIL)
    f["age"] = str(rng.randint(19, 88))
    f["agek"] = str(rng.randint(2, 16))
    f["room"] = str(rng.randint(101, 530))
    f["eln"] = shape(rng, "9" + rng.choice("01") + "##########")
    f["yr"] = rng.choice(["2025", "2026"])
    f["wk"] = str(rng.randint(6, 40))
    f["inn_org"] = shape(rng, rng.choice(["35", "76", "44", "60"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["02", "03", "11"]) + "##########")
    return f


def build(raw: str, kind: str, source: str, ident: str) -> dict:
    text, spans, pos = [], [], 0
    for m in re.finditer(r"\[\[([A-Z]):(.*?)\]\]", raw, flags=re.S):
        chunk = raw[pos : m.start()]
        assert "[[" not in chunk and "]]" not in chunk, (ident, chunk)
        text.append(chunk)
        start = sum(map(len, text))
        value = m.group(2)
        assert value and value == value.strip(), (ident, value)
        text.append(value)
        spans.append(
            {"start": start, "end": start + len(value), "type": CODES[m.group(1)], "text": value}
        )
        pos = m.end()
    tail = raw[pos:]
    assert "[[" not in tail and "]]" not in tail, (ident, tail)
    text.append(tail)
    full = "".join(text)
    for s in spans:
        assert full[s["start"] : s["end"]] == s["text"], (ident, s)
    return {"id": ident, "kind": kind, "source": source, "text": full, "spans": spans}


# ---------------------------------------------------------------- corpus 8: new places
# town: nominative, locative, region (full), region abbreviated, postal prefix
TOWNS8 = [
    ("г. Тверь", "г. Твери", "Тверская обл.", "Твер. обл.", "170"),
    ("г. Подольск", "г. Подольске", "Московская обл.", "Моск. обл.", "142"),
    ("г. Тула", "г. Туле", "Тульская обл.", "Тул. обл.", "300"),
    ("г. Рязань", "г. Рязани", "Рязанская обл.", "Ряз. обл.", "390"),
    (
        "г. Набережные Челны",
        "г. Набережных Челнах",
        "Республика Татарстан",
        "Респ. Татарстан",
        "423",
    ),
    ("г. Смоленск", "г. Смоленске", "Смоленская обл.", "Смол. обл.", "214"),
    ("г. Владимир", "г. Владимире", "Владимирская обл.", "Влад. обл.", "600"),
    ("г. Коломна", "г. Коломне", "Московская обл.", "Моск. обл.", "140"),
]
# street type + name, and the same in the locative after «на»/«по»
STREETS8 = [
    ("ул. Советская", "на ул. Советской"),
    ("ул. Красных Зорь", "на ул. Красных Зорь"),
    ("ш. Ряжское", "на Ряжском ш."),
    ("пр-д Строителей", "на пр-де Строителей"),
    ("туп. Заводской", "в туп. Заводском"),
    ("ул. 2-я Пролетарская", "на ул. 2-й Пролетарской"),
    ("б-р Гусева", "на б-ре Гусева"),
    ("ул. Новоселов", "на ул. Новоселов"),
    ("ул. Л. Толстого", "на ул. Л. Толстого"),
]
SNT = ["СНТ «Рассвет»", "СНТ «Мичуринец-2»", "ДНТ «Берёзка»", "СНТСН «Ветеран»", "СТ «Энергетик»"]
FOREIGN_ADDR = [
    "Республика Узбекистан, Самаркандская обл., г. Самарканд, ул. Регистан, д. {h}",
    "Республика Таджикистан, Согдийская обл., г. Худжанд, {m} мкр., д. {h}, кв. {k}",
    "Кыргызская Республика, г. Ош, ул. Курманжан Датки, {h}",
    "Республика Беларусь, Гомельская обл., г. Мозырь, ул. Советская, д. {h}, кв. {k}",
    "Узбекистан, Ферганская вилоят, Кувасайский туман, кишлак Янгиобод, д. {h}",
    "Таджикистан, Хатлонская обл., р-н Бохтар, джамоат Навкорам, махалля Гулистон, д. {h}",
]


def addr8(rng: random.Random) -> str:
    """An address of one of the corpus-8 shapes (one line)."""
    town, _loc, reg, reg_ab, idx = rng.choice(TOWNS8)
    st, _stl = rng.choice(STREETS8)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = rng.randint(1, 160), rng.randint(1, 320)
    shapes = [
        lambda: f"{reg_ab}, {town}, {st}, д. {h}, кв. {k}, {z}",
        lambda: f"Московская обл., Раменский г.о., {rng.choice(SNT)}, уч. {rng.randint(1, 400)}",
        lambda: f"{reg_ab}, {rng.choice(SNT)}, {rng.randint(1, 30)}-я линия, участок {h}",
        lambda: f"{town}, {st}, влд. {h}, стр. {rng.randint(1, 5)}",
        lambda: f"{z}, {reg}, {town}, {st}, домовладение {h}",
        lambda: f"{town}, {st}, зд. {h}, соор. {rng.randint(1, 9)}",
        lambda: f"{town}, кв-л {rng.randint(1, 90)}, д. {h}, кв. {k}",
        lambda: f"{reg}, тер. СНТ «Ручеёк», {rng.randint(1, 12)}-я линия, уч. {h}",
        lambda: (
            f"{reg_ab}, {rng.randint(12, 140)}-й км автодороги М-10 «Россия», вл. {rng.randint(1, 9)}"
        ),
        lambda: f"{town}, {st}, д. {h}, общежитие, ком. {k}",
        lambda: f"в/ч {rng.randint(10000, 99999)}, {town}",
        lambda: f"{town}, {st}, {h}, {z}",
        lambda: f"Моск. обл., г.о. Подольск, д. Лаврово, ул. Садовая, дом {h}",
    ]
    return rng.choice(shapes)()


def aloc8(rng: random.Random) -> str:
    """An inflected address: «г. Твери на ул. Советской, д. 5, кв. 12»."""
    _t, loc, _r, _ra, _i = rng.choice(TOWNS8)
    _st, stl = rng.choice(STREETS8)
    h, k = rng.randint(1, 160), rng.randint(1, 320)
    return rng.choice(
        [
            f"{loc} {stl}, д. {h}, кв. {k}",
            f"{loc} {stl}, дом {h}",
            f"{loc}, {stl.split(' ', 1)[1]}, {h}-{k}",
        ]
    )


def asplit8(rng: random.Random) -> str:
    """An address split over two lines (one span with the line break)."""
    town, _l, reg, _ra, idx = rng.choice(TOWNS8)
    st, _ = rng.choice(STREETS8)
    h, k = rng.randint(1, 160), rng.randint(1, 320)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town},\n{st}, д. {h}, кв. {k}",
            f"{st}, д. {h}, кв. {k}\n{town}, {reg}",
            f"{reg}, {town}\n{st}, {h}-{k}",
        ]
    )


def afor8(rng: random.Random) -> str:
    return rng.choice(FOREIGN_ADDR).format(
        h=rng.randint(1, 90), k=rng.randint(1, 80), m=rng.randint(10, 34)
    )


def aorg8(rng: random.Random) -> str:
    town, _l, reg, _ra, idx = rng.choice(TOWNS8)
    st, _ = rng.choice(STREETS8)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {rng.randint(1, 90)}",
            f"{town}, {st}, зд. {rng.randint(1, 90)}, корп. {rng.randint(1, 6)}",
            f"{st}, {rng.randint(1, 90)}, {town}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 8: new phones
def phone8(rng: random.Random) -> str:
    """Phones in spellings beyond corpus 7."""
    op, a, b, c = _mob(rng)
    d = f"{op}{a}{b}{c}"
    shapes = [
        f"8 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
        f"+7 {op} {a[:1]} {a[1:]} {b} {c}",
        f"8({op}){a}{b}{c}",
        f"+7-{op}-{a}-{b}{c}",
        f"+7({op}){a}-{b}{c}",
        f"8.{op}.{a}{b}{c}",
        f"8 {op}-{a}-{b}-{c}",
        f"+7 {op}{a}{b}{c}",
        f"{op}-{a}-{b}-{c}",
    ]
    return rng.choice(shapes)


def phone_city8(rng: random.Random) -> str:
    code = rng.choice(["4822", "4967", "4872", "4912", "8552", "4812", "4922", "496"])
    n = 10 - len(code)
    loc = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    lf = f"{loc[:2]}-{loc[2:4]}-{loc[4:]}" if n == 6 else f"{loc[:3]}-{loc[3:5]}-{loc[5:]}"
    return rng.choice([f"8 ({code}) {lf}", f"8({code}){lf}", f"+7 {code} {lf}", f"({code}){lf}"])


def phone_foreign(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+375 (29) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+375 33 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+998 90 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+998 (93) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+992 93 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+996 (555) {rng.randint(100, 999)}-{rng.randint(100, 999)}",
            f"+998901{rng.randint(100000, 999999)}",
        ]
    )


def hotline(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8 (800) {a}-{b}-{c}", f"8-800-{a}-{b}-{c}", f"8 800 {a} {b} {c}"])


# ---------------------------------------------------------------- corpus 8: fillers
LOOKALIKE = str.maketrans("АВСЕКМНОРТХ", "ABCEKMHOPTX")


def fillers8(rng: random.Random) -> dict:
    f = fillers(rng)
    for i in range(1, 4):
        f[f"a8_{i}"] = addr8(rng)
        f[f"al8_{i}"] = aloc8(rng)
        f[f"t8_{i}"] = phone8(rng)
    f["as8"] = asplit8(rng)
    f["af8"] = afor8(rng)
    f["ao8"] = aorg8(rng)
    f["ao8b"] = aorg8(rng)
    f["tc8"] = phone_city8(rng)
    f["tc8b"] = phone_city8(rng)
    f["tf8"] = phone_foreign(rng)
    f["th8"] = hotline(rng)
    f["mob8"] = phone8(rng)
    f["pasf"] = shape(rng, rng.choice(["FA", "AA", "AB", "AC"]) + "#######")
    f["pasf2"] = shape(rng, rng.choice(["FA", "AA", "AB", "AC"]) + "#######")
    f["lk"] = shape(rng, "@@-######").translate(LOOKALIKE)  # Latin look-alikes
    f["lk2"] = "".join(
        ch.translate(LOOKALIKE) if i % 2 else ch for i, ch in enumerate(shape(rng, "@@@"))
    ) + shape(rng, "/########")
    f["eln"] = shape(rng, "9" + rng.choice("01") + "##########")
    f["ogrn8"] = shape(rng, "1" + rng.choice(["02", "03", "15", "17"]) + "##########")
    f["kpp"] = shape(rng, rng.choice(["69", "50", "71", "62"]) + "##01001")
    f["okpo"] = shape(rng, "########")
    f["bik"] = shape(rng, "04#######")
    f["rs"] = shape(rng, "40" + rng.choice(["601", "702", "603"]) + "810" + "############")
    f["ks"] = shape(rng, "30101810" + "############")
    f["innorg"] = shape(rng, rng.choice(["69", "50", "71", "62"]) + "########")
    f["plate"] = shape(rng, "@ ### @@ ") + rng.choice(["69", "50", "71", "62", "750"])
    f["mo"] = shape(rng, "##00##")
    f["bed"] = str(rng.randint(1, 12))
    town, _l, _r, _ra, idx = rng.choice(TOWNS8)
    st, _ = rng.choice(STREETS8)
    f["vch"] = f"в/ч {rng.randint(10000, 99999)}, {town}, {idx}{rng.randint(0, 99):03d}"
    h, k = rng.randint(1, 90), rng.randint(100, 540)
    f["dorm"] = f"{town}, {st}, д. {h}, общежитие № {rng.randint(1, 9)}, ком. {k}"
    f["km"] = (
        f"{rng.choice(['Моск. обл.', 'Тверская обл.', 'Тул. обл.'])}, "
        f"{rng.choice(['а/д М-10 «Россия»', 'трасса М-2 «Крым»', 'Новорижское шоссе'])}, "
        f"{rng.randint(40, 220)}-й км"
    )
    f["asi"] = rng.choice(
        [
            f"{st}, д. {h}, кв. {k}, {town}, {idx}{rng.randint(0, 99):03d}",
            f"{town}, {st}, {h}-{k}, индекс {idx}{rng.randint(0, 99):03d}",
        ]
    )
    f["dacha"] = (
        f"{rng.choice(TOWNS8)[3]}, {rng.choice(SNT)}, "
        f"{rng.choice(['уч.', 'участок', 'участок №'])} {rng.randint(1, 480)}"
    )
    f["dorm2"] = f"{st}, {h}, ком. {rng.randint(100, 540)}"
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers8(rng))


TEMPLATES: list[tuple[str, str, str]] = [
    (
        "жалоба в СМО с регистрационным номером обращения",
        "письменное обращение застрахованного в страховую медицинскую организацию и ответ с номером",
        """В АО «Страховая компания «СОГАЗ-Мед», Тверской филиал
от [[P:{p_gen}]], [[B:{bd}]] г. р., полис ОМС [[O:{enp}]],
проживающ{p_ei} по адресу: [[A:{a8_1}]], т. [[T:{t8_1}]]
ЖАЛОБА
Прошу провести экспертизу качества медицинской помощи, оказанной мне в ГБУЗ «Городская клиническая больница № 7» с [[D:{td1}]] по [[D:{td2}]] (история болезни [[R:<<####>>/<<##>>-С]]).
Ответ прошу направить почтой или на адрес электронной почты [[E:{mail}]].
[[D:{td3}]]          подпись ______ [[P:{p_s}]]
Отметка СМО: обращение зарегистрировано [[D:{td3}]], рег. № [[R:ОБР-<<##>>-<<######>>]], принял специалист-эксперт [[P:{q_s}]], тел/факс [[T:{tc8}]].""",
    ),
    (
        "протокол врачебной комиссии о продлении ЭЛН",
        "выписка из протокола заседания врачебной комиссии медицинской организации (продление листка нетрудоспособности свыше 15 дней)",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ЗАСЕДАНИЯ ВК № [[R:<<###>>/вк]] от [[D:{td2}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Проживает в [[A:{al8_1}]]
Медицинская карта № [[R:<<#####>>-Т]]. Диагноз: S82.2 Перелом тела большеберцовой кости (закрытый), состояние после остеосинтеза [[D:{td1}]].
Листок нетрудоспособности [[R:{eln}]] (электронный) продлён с [[D:{td3}]] по [[D:{td4}]] (всего 42 дня). Основание: приказ Минздрава России от [[D:23.11.2021]] № 1089н.
Председатель ВК [[P:{d_s}]]  /[[P:{d_sur}]]/
Члены ВК: [[P:{e_s}]], [[P:{n_s}]]""",
    ),
    (
        "контрольная карта диспансерного наблюдения 030/у",
        "учётная форма № 030/у, паспортная часть и лист посещений",
        """КОНТРОЛЬНАЯ КАРТА ДИСПАНСЕРНОГО НАБЛЮДЕНИЯ № [[R:Д-<<####>>/<<##>>]]
(учётная форма № 030/у, утв. приказом Минздрава России от [[D:15.12.2014]] № 834н)
Код МО {mo}. Участок № 14.
Ф.И.О. [[P:{p_up}]]   пол {p_sex}   дата рождения [[B:{bd}]]
Адрес: [[A:{a8_2}]]
Телефон: дом. [[T:{tc8}]], моб. [[T:{t8_1}]]
Диагноз: I11.9, E11.9. Взят под наблюдение [[D:{td1}]], врач [[P:{d_s}]].
Дата посещения | явился | назначено
[[D:{td2}]] | да | [[D:{td4}]]
[[D:{td3}]] | нет (обзвон [[T:{t8_2}]], сообщено сыну [[P:{h_io}]]) | [[D:{td5}]]""",
    ),
    (
        "экстренное извещение 058/у, телефонограмма",
        "экстренное извещение об инфекционном заболевании (ф. 058/у), переданное телефонограммой в ЦГиЭ",
        """ТЕЛЕФОНОГРАММА (к экстренному извещению ф. 058/у № [[R:<<###>>-И]])
Передана [[D:{td1}]] в 11:20 в ФБУЗ «Центр гигиены и эпидемиологии», тел. [[T:{tc8b}]], принял [[P:{q_s}]].
Пациент(ка) [[P:{p}]], [[B:{bd}]], проживает: [[A:{a8_1}]], работает: ООО «Агроторг», продавец.
Диагноз: A02.0 Сальмонеллёзный энтерит (предварительный). Дата заболевания [[D:{td1}]], обращения [[D:{td1}]].
Материал взят, штрихкод пробирки [[R:<<##########>>]], заказ лаборатории [[R:<<####>>-<<####>>]].
Передал: фельдшер [[P:{n_s}]], моб. [[T:{t8_2}]]. Регистрационный номер извещения в ЦГиЭ: [[R:<<#####>>/<<##>>]].""",
    ),
    (
        "извещение о впервые выявленном ЗНО 090/у",
        "извещение о больном с впервые в жизни установленным диагнозом злокачественного новообразования (ф. 090/у)",
        """ИЗВЕЩЕНИЕ № [[R:О-{yr}-<<#####>>]]
о больном с впервые в жизни установленным диагнозом рака или другого злокачественного новообразования
(учётная форма № 090/у)
1. Наименование МО: ГБУЗ «Областной клинический онкологический диспансер», [[A:{ao8}]]
2. Ф.И.О. больного: [[P:{p}]]   3. Дата рождения: [[B:{bd}]]
4. Адрес регистрации: [[A:{as8}]]
5. СНИЛС [[S:{sn}]]   полис [[O:{enp}]]
6. Диагноз: C50.4 Рак верхненаружного квадранта молочной железы, T2N1M0, стадия IIB. Гистология № [[R:<<#####>>-<<##>>Г]] от [[D:{td1}]].
7. Дата установления диагноза [[D:{td2}]]. Извещение направлено [[D:{td3}]].
Врач [[P:{d_s}]], тел. [[T:{tc8}]]""",
    ),
    (
        "талон ВМП из подсистемы мониторинга, номер с точками",
        "талон на оказание высокотехнологичной медицинской помощи (подсистема мониторинга ВМП)",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:<<##>>.<<####>>.<<#####>>.<<###>>]]
Дата оформления [[D:{td1}]]. Профиль: сердечно-сосудистая хирургия, вид ВМП 20.00.36.001.
Пациент: [[P:{p}]], д/р [[B:{bd}]], СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]].
Адрес: [[A:{a8_3}]]. Контактный телефон [[T:{t8_1}]] (WhatsApp).
Направившая МО: ГБУЗ «ЦРБ», код МО {mo}. Направление № [[R:<<###>>/<<####>>]] от [[D:{td1}]], лечащий врач [[P:{d_s}]].
Принимающая МО: ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России. Решение комиссии от [[D:{td2}]], протокол № [[R:<<####>>]]: госпитализация [[D:{td4}]].""",
    ),
    (
        "направление на госпитализацию ЕМИАС, печатная форма",
        "печатная форма электронного направления на плановую госпитализацию из ЕМИАС",
        """ЕМИАС. НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ
Номер направления: [[R:<<##>>-<<#######>>]]        Дата выдачи: [[D:{td1}]]
Пациент: [[P:{p_up}]]  ([[B:{bd}]])
Полис ОМС: [[O:{enp}]]   СНИЛС: [[S:{sn}]]
Адрес: [[A:{a8_1}]]
Телефон: [[T:{t8_1}]]; доп. контакт — дочь [[P:{g_fi}]] [[T:{t8_2}]]
Направляется в ГБУЗ «ГКБ им. С.П. Боткина ДЗМ», отделение урологии. Диагноз N20.0.
Код услуги: A16.28.004.001. Номер ТАП: [[R:<<#########>>]]
Врач: [[P:{d_s}]]; заведующий: [[P:{e_s}]]""",
    ),
    (
        "корешок рецепта 107-1/у с серией",
        "рецептурный бланк № 107-1/у, корешок и отметка аптеки",
        """Министерство здравоохранения Российской Федерации
Рецептурный бланк 107-1/у
РЕЦЕПТ серия [[R:<<##>>-<<##>> № <<######>>]]   «___» ________ {yr} г.
(взрослый)
Ф.И.О. пациента [[P:{p_s}]], возраст {age} лет
Ф.И.О. врача [[P:{d_s}]]
Rp.: Tab. Pregabalini 75 mg № 56. D.S. по 1 таб. 2 раза в день.
Подпись и личная печать врача ____ /[[P:{d_sur}]]/
Рецепт действителен в течение 15 дней.
Отметка аптеки: отпущено [[D:{td2}]], номер чека [[R:<<####>>-<<######>>]], провизор [[P:{q_i}]]""",
    ),
    (
        "проверка QR-сертификата о вакцинации",
        "распечатка страницы проверки сертификата о вакцинации (Госуслуги) с номером сертификата",
        """Сертификат вакцинации от COVID-19
Номер сертификата: [[R:<<####>> <<####>> <<####>> <<####>>]]
Действителен до: [[D:{tw}]]
[[P:{p_up}]]
Дата рождения: [[B:{bd}]]
Паспорт: [[Q:{pas}]]
Вакцина: Гам-КОВИД-Вак (Спутник V), серия 1310521. Первый компонент [[D:{td1}]], второй [[D:{td2}]].
Запрос на проверку отправлен с номера [[T:{t8_1}]]; ID проверки [[R:CHK-<<########>>]].""",
    ),
    (
        "договор ДМС, приложение со списком застрахованных",
        "приложение к договору добровольного медицинского страхования (список застрахованных сотрудников)",
        """Приложение № 1 к договору ДМС № [[R:<<###>>-ДМС-<<#####>>/{yr}]] от [[D:{td1}]]
Страхователь: ООО «ТехноСтрой», ИНН {innorg}, КПП {kpp}, ОГРН {ogrn8}, р/с {rs} в ПАО Сбербанк, БИК {bik}, к/с {ks}
СПИСОК ЗАСТРАХОВАННЫХ ЛИЦ
№ п/п; Ф.И.О.; дата рождения; полис ДМС; адрес; телефон
1; [[P:{p}]]; [[B:{bd}]]; [[R:<<##>>-<<####>>-<<#######>>]]; [[A:{a8_1}]]; [[T:{t8_1}]]
2; [[P:{q}]]; [[B:{bd2}]]; [[R:<<##>>-<<####>>-<<#######>>]]; [[A:{a8_2}]]; [[T:{t8_2}]]
3; [[P:{e}]]; [[B:{bdf}]]; [[R:<<##>>-<<####>>-<<#######>>]]; [[A:{a8_3}]]; [[T:{t8_3}]]
Программа «Стандарт», срок страхования с [[D:{td2}]] по [[D:{td6}]].
Менеджер [[P:{n_s}]], [[E:{omail}]]""",
    ),
    (
        "лист ожидания МРТ с номером исследования PACS",
        "выписка из РИС/PACS: номер исследования (accession) и описание МРТ",
        """РИС «Медицинские изображения». Исследование: МРТ головного мозга с контрастом
Accession № [[R:ACC-{yr}-<<######>>]]   Study ID [[R:<<###>>.<<#####>>]]
Пациент: [[P:{p_lat}]] / [[P:{p}]], [[B:{bd}]], ИБ [[R:<<#####>>]]
Выполнено: [[D:{td2}]], аппарат Siemens Magnetom Aera, серийный № 45127, гадобутрол 7,5 мл (серия KT08421).
Заключение: очаговых изменений не выявлено. Врач-рентгенолог [[P:{d_s}]].
Диск с записью выдан на руки [[D:{td3}]] представителю — [[P:{h_dat}]], тел. [[T:{t8_1}]].""",
    ),
    (
        "бланк заказа лаборатории со штрихкодами пробирок",
        "бланк направления на лабораторные исследования (коммерческая лаборатория), заказ и пробирки",
        """ЗАКАЗ [[R:<<##>>-<<####>>-<<####>>]]  от [[D:{td1}]]
Клиент: [[P:{p_s}]], [[B:{bd}]], пол: {p_sex}
Тел.: [[T:{t8_1}]]  e-mail для результатов: [[E:{mail}]]
Пробирки:
  ЭДТА (фиолет.) — [[R:<<##########>>]]
  сыворотка (жёлт.) — [[R:<<##########>>]]
Исследования: 1515 ОАК с лейкоформулой; 50 глюкоза; 33 ТТГ. Код ЛПУ 41-{mo}.
Оплачено по чеку [[R:<<######>>]]. Процедурная медсестра [[P:{n_i}]].
Результаты: глюкоза 5,4 ммоль/л (3,9–6,1), ТТГ 2,1 мкМЕ/мл.""",
    ),
    (
        "медицинское свидетельство о смерти 106/у, корешок",
        "корешок медицинского свидетельства о смерти (ф. 106/у) с серией и номером",
        """КОРЕШОК МЕДИЦИНСКОГО СВИДЕТЕЛЬСТВА О СМЕРТИ
к учётной форме № 106/у
СЕРИЯ [[R:<<##>> № <<######>>]]        Дата выдачи [[D:{td3}]]
(окончательного; взамен предварительного серии [[R:<<##>> № <<######>>]])
1. Фамилия, имя, отчество умершего: [[P:{p}]]
2. Дата рождения [[B:{bd2}]]. 3. Дата смерти [[D:{td2}]], время 04:15.
4. Место постоянного жительства: [[A:{a8_1}]]
5. Получатель: [[P:{q}]], паспорт [[Q:{pas}]], [[D:{td3}]], степень родства: сын/дочь.
Врач (фельдшер) [[P:{d_s}]]""",
    ),
    (
        "направление на МСЭ 088/у, паспортная часть",
        "направление на медико-социальную экспертизу медицинской организацией (ф. 088/у)",
        """НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ № [[R:<<####>>/<<##>>-мсэ]]
Дата выдачи [[D:{td1}]]. Протокол ВК № [[R:<<###>>]] от [[D:{td1}]].
1. Гражданин: [[P:{p}]], дата рождения [[B:{bd}]], пол {p_sex}.
2. Гражданство: Российская Федерация. СНИЛС [[S:{sn}]].
3. Адрес места жительства: [[A:{a8_2}]]
4. Находится в медицинской организации: нет.
5. Законный (уполномоченный) представитель: [[P:{f}]], доверенность [[R:<<##>> АА <<#######>>]] от [[D:{td1}]], тел. [[T:{t8_1}]]
6. Направляется повторно. Инвалидность II группы до [[D:{td6}]].
Лечащий врач [[P:{d_s}]] тел. кабинета [[T:{tc8}]] доб. 312""",
    ),
    (
        "выписка из ИПРА инвалида",
        "индивидуальная программа реабилитации или абилитации инвалида, выдаваемая бюро МСЭ",
        """ФКУ «ГБ МСЭ по Тверской области» Минтруда России, бюро № 4
ИПРА инвалида № [[R:<<####>>.<<#>>.<<##>>/{yr}]] к протоколу проведения МСЭ № [[R:<<####>>.<<#>>.<<##>>/{yr}]] от [[D:{td2}]]
Ф.И.О.: [[P:{p}]]  Дата рождения: [[B:{bd}]]
Адрес: [[A:{a8_3}]]
Телефон: [[T:{t8_1}]]; Telegram: [[T:{t8_2}]]
Инвалидность: вторая группа, причина — общее заболевание, срок — до [[D:{td6}]].
Мероприятия медицинской реабилитации: исполнитель — ГБУЗ «ОКБ», код МО {mo}.
ТСР: кресло-коляска с ручным приводом (8-01-01), срок — до [[D:{tw}]].
Руководитель бюро [[P:{e_s}]]""",
    ),
    (
        "история родов, экспресс-выписка для ЖК",
        "выписной эпикриз родильницы, переданный в женскую консультацию",
        """ВЫПИСНОЙ ЭПИКРИЗ из истории родов № [[R:<<####>>/р]]
[[P:{f}]], [[B:{bdf}]] г. р., поступила [[D:{td1}]], выписана [[D:{td3}]].
Зарегистрирована в [[A:{al8_1}]], фактически проживает: [[A:{a8_1}]]
Роды [[D:{td1}]] в 06:40, срочные, первые, в головном предлежании. Кровопотеря 350 мл.
Ребёнок: {k_sex} пол, масса 3510 г, Апгар 8/9. История развития новорождённого № [[R:<<####>>/н]].
Медицинское свидетельство о рождении серия [[R:<<##>> № <<######>>]].
Муж: [[P:{m}]], моб. [[T:{t8_2}]]. Патронаж — женская консультация, тел. [[T:{tc8}]].
Врач [[P:{d_s}]]""",
    ),
    (
        "заключение 315/у о тяжести производственной травмы",
        "медицинское заключение о характере повреждений (ф. 315/у) к акту Н-1",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:<<##>>-Н1/<<###>>]]
о характере полученных повреждений здоровья в результате несчастного случая на производстве и степени их тяжести
Выдано: ООО «ЛесПромТорг», [[A:{ao8}]], по запросу от [[D:{td1}]] исх. № [[R:<<###>>-ок]]
Пострадавш{p_ii}: [[P:{p}]], [[B:{bd}]], профессия — вальщик леса.
Поступил(а) [[D:{td1}]], медицинская карта стационарного больного № [[R:<<#####>>]].
Диагноз: S42.2 Перелом верхнего конца плечевой кости. Повреждение относится к категории: тяжёлая.
Зав. отделением [[P:{d_s}]], главный врач [[P:{e_i}]]
Телефон для справок [[T:{tc8}]], факс [[T:{tc8b}]]""",
    ),
    (
        "договор на платные медицинские услуги, реквизиты сторон",
        "раздел «Реквизиты и подписи сторон» договора на оказание платных медицинских услуг",
        """ДОГОВОР № [[R:ПМУ-<<#####>>]] на оказание платных медицинских услуг, {town}, [[D:{td1}]]
...
9. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН
Исполнитель: ООО «Медицентр Здоровье», ОГРН {ogrn8}, ИНН {innorg}, КПП {kpp}, ОКПО {okpo},
юр. адрес: [[A:{ao8}]], р/с {rs}, к/с {ks}, БИК {bik}
лицензия № Л041-01148-69/00567891 от [[D:{td1}]]
тел.: [[T:{th8}]] (бесплатно), [[T:{tc8}]]
Заказчик (Потребитель): [[P:{p}]], [[B:{bd}]]
паспорт [[Q:{pas}]], выдан ГУ МВД России по Московской обл. [[D:{td1}]], код подразделения 500-112
адрес регистрации: [[A:{as8}]]
ИНН [[I:{inn}]], тел. [[T:{t8_1}]]
Исполнитель ______ /[[P:{d_sur}]]/     Заказчик ______ /[[P:{p_sur}]]/""",
    ),
    (
        "справка для налогового вычета за медицинские услуги",
        "справка об оплате медицинских услуг для представления в налоговый орган (форма по приказу ФНС)",
        """СПРАВКА ОБ ОПЛАТЕ МЕДИЦИНСКИХ УСЛУГ ДЛЯ ПРЕДСТАВЛЕНИЯ В НАЛОГОВЫЙ ОРГАН
Номер справки [[R:<<######>>]]   Номер корректировки 0   Отчётный год {yr}
ИНН медицинской организации {innorg}, КПП {kpp}
Налогоплательщик: [[P:{q}]], ИНН [[I:{inn}]]
Пациент (сын/дочь): [[P:{k}]], дата рождения [[B:{bdk}]], документ: свидетельство о рождении [[C:{bc}]]
Стоимость услуг: 48 300,00 руб., код услуги 1. Договоры: № [[R:<<####>>/<<##>>]] от [[D:{td1}]]; № [[R:<<####>>/<<##>>]] от [[D:{td3}]].
Дата выдачи [[D:{td5}]]. Ответственный [[P:{n_s}]], тел. [[T:{tc8}]]""",
    ),
    (
        "уведомление мигранта о прохождении медосвидетельствования",
        "уведомление о прохождении медицинского освидетельствования иностранным гражданином (мигрант)",
        """ГБУЗ «Центр медицинского освидетельствования иностранных граждан»
[[A:{ao8}]], тел. [[T:{tc8}]]
УВЕДОМЛЕНИЕ № [[R:<<##>>/<<######>>-ИГ]]
Иностранный гражданин: [[P:{p}]]
Дата рождения: [[B:{bd}]]. Гражданство: Республика Узбекистан.
Паспорт: [[Q:{pasf}]], миграционная карта [[R:<<####>> <<#######>>]], патент [[R:<<##>> № <<##########>>]]
Адрес на родине: [[A:{af8}]]
Адрес пребывания: [[A:{a8_1}]]
Телефон: [[T:{tf8}]], в России [[T:{t8_1}]]
Результаты: флюорография [[D:{td1}]] — норма; ВИЧ (№ образца [[R:<<##>>-<<#####>>]]) — отрицательно.""",
    ),
    (
        "заявление на прикрепление к поликлинике иностранного гражданина",
        "заявление о выборе медицинской организации (прикрепление), заполненное за иностранного гражданина",
        """Главному врачу ГБУЗ «Городская поликлиника № 3» [[P:{e_dat}]]
от [[P:{p_gen}]], [[B:{bd}]] г. р.
Гражданство: Республика Беларусь, паспорт [[Q:{pasf}]]
вид на жительство [[R:<<##>> № <<#######>>]] от [[D:{td1}]]
место жительства: [[A:{a8_2}]]
адрес в стране гражданства: [[A:{af8}]]
тел.: [[T:{tf8}]] / [[T:{t8_1}]]
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
ЗАЯВЛЕНИЕ. Прошу прикрепить меня для медицинского обслуживания. Предыдущее прикрепление: ГП № 12, заявление № [[R:<<######>>]].
[[D:{td2}]] ______ [[P:{p_s}]]""",
    ),
    (
        "запись ASR: звонок в СМО о полисе ДМС",
        "расшифровка звонка в контакт-центр страховой компании (распознавание речи, без пунктуации)",
        """оператор страховая компания ресо гарантия {n_io_low} слушаю вас
клиент здравствуйте это {p_low} у меня полис дмс номер [[R:<<###>> <<###>> <<###>>]] хочу записаться к ортопеду
оператор назовите пожалуйста дату рождения
клиент [[B:{bdv}]]
оператор спасибо и адрес проживания
клиент [[A:{aspk}]]
оператор номер для связи
клиент [[T:{t8_1}]] это ватсап
оператор записала вас на [[D:{tsp}]] номер гарантийного письма [[R:гп <<######>>]]""",
    ),
    (
        "письмо СМО с гарантией оплаты ДМС",
        "гарантийное письмо страховой компании в клинику по полису добровольного медицинского страхования",
        """Исх. № [[R:<<####>>/ГП-{yr}]] от [[D:{td1}]]
Главному врачу ООО «Клиника Семейная» [[P:{e_s_dat}]]
[[A:{ao8b}]]
ГАРАНТИЙНОЕ ПИСЬМО
САО «ВСК» гарантирует оплату медицинских услуг, оказанных застрахованному [[P:{p_dat}]] ([[B:{bd}]]), полис ДМС № [[R:{lk}]], в период с [[D:{td1}]] по [[D:{td4}]]: консультация травматолога-ортопеда, МРТ коленного сустава.
Убыток № [[R:<<##>>/<<###>>/<<######>>]]. Лимит 35 000 руб.
Врач-куратор [[P:{d_s}]], тел. [[T:{th8}]] доб. 4419, моб. [[T:{t8_1}]], [[E:{dmail}]]""",
    ),
    (
        "направление на исследование биоматериала, журнал пробирок",
        "фрагмент журнала регистрации проб в лаборатории (таблица, вставленная как текст)",
        """ЖУРНАЛ РЕГИСТРАЦИИ БИОМАТЕРИАЛА, отделение: терапия 2, палата {room}
№ | штрихкод | пациент | ИБ | время | биоматериал
1 | [[R:<<##########>>]] | [[P:{p_s}]] | [[R:<<#####>>/<<##>>]] | 07:10 | кровь венозная
2 | [[R:<<##########>>]] | [[P:{q_s}]] | [[R:<<#####>>/<<##>>]] | 07:15 | моча
3 | [[R:<<##########>>]] | [[P:{e_s}]] | [[R:<<#####>>/<<##>>]] | 07:22 | кал на я/г
Дата [[D:{td2}]]. Сдала: м/с [[P:{n_s}]]; приняла: лаборант [[P:{g_s}]].
Холодильник лаборатории: +4 °C, СанПиН 3.3686-21.""",
    ),
    (
        "результат ПЦР в мессенджере",
        "сообщение лаборатории в мессенджере с результатом ПЦР-исследования",
        """ИНВИТРО: [[P:{p_fi}]], ваш результат по заказу [[R:<<#########>>]] готов.
ПЦР SARS-CoV-2 — не обнаружено. Биоматериал взят [[D:{td1}]], ИНЗ [[R:<<##########>>]].
Скачать: lk.invitro.ru. Вопросы: [[T:{th8}]].
— Здравствуйте! А можно отправить на почту [[E:{mail}]]? И копию на номер мужа [[T:{t8_1}]] ([[P:{h_io}]])
— Отправили, номер обращения [[R:INC<<#######>>]].""",
    ),
    (
        "заявка на госпитализацию по ОМС с номером в региональной системе",
        "выгрузка реестра направлений на госпитализацию из региональной МИС (строка CSV)",
        """"№ направления";"дата";"ФИО";"д.р.";"полис";"профиль";"МО направившая";"тел."
"[[R:<<##>><<####>><<######>>]]";"[[D:{td1}]]";"[[P:{p}]]";"[[B:{bd}]]";"[[O:{enp}]]";"кардиология";"{mo}";"[[T:{t8_1}]]"
"[[R:<<##>><<####>><<######>>]]";"[[D:{td2}]]";"[[P:{q}]]";"[[B:{bd2}]]";"[[O:{enp2}]]";"неврология";"{mo}";"[[T:{t8_2}]]"
Выгрузил: оператор [[P:{n_s}]], [[D:{td3}]]""",
    ),
    (
        "карта учёта профилактического медосмотра 131/у, обзвон",
        "лист обзвона граждан для приглашения на диспансеризацию (участок, таблица)",
        """ЛИСТ ОБЗВОНА — диспансеризация {yr}, участок № 9, врач [[P:{d_s}]]
1) [[P:{p}]] ([[B:{bd}]]), [[A:{a8_1}]] — моб. [[T:{t8_1}]] — записан(а) на [[D:{td2}]], карта 131/у № [[R:<<####>>-ДВН]]
2) [[P:{q}]] ([[B:{bd2}]]), [[A:{a8_2}]] — т. [[T:{tc8}]] — не отвечает; родственник ([[P:{g_io}]]) просил перезвонить по [[T:{t8_2}]]
3) [[P:{e}]] ([[B:{bdf}]]), проживает в [[A:{al8_3}]] — отказ, оформлен отказ № [[R:<<###>>/отк]]
Обзвон провела м/с [[P:{n_i}]] [[D:{td1}]]""",
    ),
    (
        "уведомление ЕМИАС о записи к врачу по SMS",
        "SMS-уведомления ЕМИАС о записи, переносе и отмене приёма",
        """ЕМИАС: [[P:{p_io}]], вы записаны к врачу-эндокринологу [[P:{d_s}]] на [[D:{tdm}]] 09:40, каб. {room}, ГП № 219, филиал 2, [[A:{a8_1}]]. Номер записи [[R:<<##>>-<<##########>>]]. Отменить: [[T:{th8}]].
ЕМИАС: приём перенесён на [[D:{td3}]] 11:20. Номер направления [[R:<<##>>-<<#######>>]] сохранён.
Ответ пациента: Не смогу, можно позвонить на городской [[T:{tc8}]] после 18? [[P:{p_s}]]""",
    ),
    (
        "акт сверки по полису ДМС в письме бухгалтерии",
        "переписка бухгалтерии клиники и страховой компании (счёт по застрахованному)",
        """Тема: Счёт № [[R:<<####>>-Д]] за {yr}, застрахованн{p_yi} [[P:{p_s}]]
Добрый день, [[P:{q_io}]]!
Направляем счёт № [[R:<<####>>-Д]] и реестр услуг по полису [[R:<<###>>-<<######>>-<<##>>]] (договор ДМС [[R:<<##>>/<<####>>-К]]).
Даты оказания: [[D:{td1}]], [[D:{td3}]]. Сумма 12 450 руб.
Наши реквизиты: ИНН {innorg}, КПП {kpp}, БИК {bik}, р/с {rs}.
--
С уважением, главный бухгалтер [[P:{e_s}]]
т. [[T:{tc8}]] (доб. 21) | моб. [[T:{t8_1}]] | [[E:{omail}]]
[[A:{ao8}]]""",
    ),
    (
        "заявление о выдаче копии медицинской документации",
        "заявление пациента о предоставлении копий медицинских документов (приказ № 789н)",
        """Главному врачу ГБУЗ «ОКБ»
от [[P:{p_gen}]]
паспорт [[Q:{pas}]]
зарегистрированн{p_omu} по адресу:
[[A:{as8}]]
тел. [[T:{t8_1}]]
ЗАЯВЛЕНИЕ
Прошу выдать заверенные копии медицинской карты стационарного больного № [[R:<<####>>-<<##>>/<<##>>]] за период госпитализации с [[D:{td1}]] по [[D:{td2}]], а также протокола операции № [[R:<<###>>]] и результатов КТ (исследование [[R:CT<<######>>-<<####>>]]).
Основание: приказ Минздрава России от [[D:31.07.2020]] № 789н. Копии получу лично / через представителя [[P:{q_s_acc}]].
[[D:{td3}]] подпись ______""",
    ),
    (
        "сопроводительное письмо в бюро СМЭ",
        "сопроводительное письмо больницы в бюро судебно-медицинской экспертизы о направлении трупа",
        """Исх. № [[R:<<##>>-<<##>>/<<####>>]] от [[D:{td2}]]
Начальнику ГБУЗ «Бюро СМЭ» [[P:{e_i_dat}]]
[[A:{ao8b}]]
Направляем труп гр. [[P:{p_gen}]], [[B:{bd2}]] г. р., проживавш{p_ei} в [[A:{al8_1}]], умерш{p_ei} [[D:{td2}]] в 02:30 в реанимационном отделении.
Медицинская карта № [[R:<<#####>>]], КУСП № [[R:<<####>>]] от [[D:{td2}]] ОМВД по г.о. Подольск.
Родственник: [[P:{h}]] (сын), тел. [[T:{t8_1}]].
Транспортировка: автомобиль {plate}, водитель [[P:{n_s}]].
Заместитель главного врача [[P:{d_s}]], тел. [[T:{tc8}]]""",
    ),
    (
        "заявка на выезд паллиативной бригады с адресом СНТ",
        "заявка на выезд выездной патронажной паллиативной службы (адрес садового товарищества)",
        """ЗАЯВКА № [[R:ВПП-<<####>>]] на выезд выездной патронажной бригады паллиативной помощи
Принята [[D:{td1}]] в 10:05 от дочери пациента [[P:{g_gen}]] (моб. [[T:{t8_1}]], WhatsApp/Telegram).
Пациент: [[P:{p}]], [[B:{bd2}]], C16.9, IV клиническая группа.
Адрес выезда (летний период): [[A:{dacha}]]
Постоянная регистрация: [[A:{a8_1}]]
Проезд: от 47-го км Минского шоссе налево, шлагбаум, код 1945, сторож [[P:{h_io}]] тел. [[T:{t8_2}]].
Номер в регистре паллиативных пациентов [[R:ПАЛ-<<##>>-<<#####>>]]. Выезд назначен на [[D:{td2}]], врач [[P:{d_s}]].""",
    ),
    (
        "справка воинской части о госпитализации военнослужащего",
        "сообщение военного госпиталя командиру воинской части о госпитализации военнослужащего",
        """Командиру [[A:{vch}]]
Исх. № [[R:<<###>>/<<##>>/<<####>>]] от [[D:{td2}]]
Сообщаю, что рядовой [[P:{h}]], [[B:{bdt}]] г. р., личный номер [[R:{lk}]], поступил в ФГКУ «1586 ВКГ» Минобороны России [[D:{td1}]], история болезни № [[R:<<####>>-В]].
Диагноз: J18.1 Долевая пневмония. Состояние средней тяжести.
Родители извещены: мать [[P:{f}]] по тел. [[T:{t8_1}]], проживает: [[A:{a8_3}]].
Начальник отделения подполковник м/с [[P:{d_s}]], тел. ЗАС 14-22, городской [[T:{tc8}]]""",
    ),
    (
        "направление студента в здравпункт общежития",
        "журнал здравпункта студенческого общежития (обращения студентов)",
        """ЗДРАВПУНКТ ОБЩЕЖИТИЯ № 3 ТвГУ, [[A:{ao8}]]
Журнал обращений за [[D:{td1}]]
— [[P:{p}]], студент(ка) 2 курса, проживает: [[A:{dorm}]], тел. [[T:{t8_1}]]. Жалобы на боль в горле, t 38,2. Направлен(а) в ГП № 1, направление № [[R:<<###>>-<<##>>/з]].
— [[P:{q}]], [[A:{dorm2}]], моб. [[T:{t8_2}]]. Ссадина кисти, обработана. Справка № [[R:<<###>>]].
— [[P:{e_s}]] (иностранный студент, Узбекистан), тел. [[T:{tf8}]]. Заявка на полис ДМС иностранного студента № [[R:ИС-<<######>>]].
Фельдшер [[P:{n_s}]]""",
    ),
    (
        "протокол комиссии по отбору на ВМП в региональном минздраве",
        "выписка из протокола комиссии органа управления здравоохранением по отбору пациентов на ВМП",
        """ВЫПИСКА ИЗ ПРОТОКОЛА № [[R:<<###>>-ВМП]] заседания комиссии Министерства здравоохранения Тверской области от [[D:{td2}]]
Рассмотрены документы: [[P:{p_gen}]], [[B:{bd}]], СНИЛС [[S:{sn}]], адрес: [[A:{a8_1}]]
Талон № [[R:<<##>>.<<####>>.<<#####>>.<<###>>]], направление МО от [[D:{td1}]] № [[R:<<####>>]].
Решение: подтвердить наличие показаний. Профиль «Онкология», вид 21.00.19.001. МО: ФГБУ «НМИЦ радиологии» Минздрава России.
Уведомление пациенту направлено по месту жительства в [[A:{al8_1}]], по тел. [[T:{t8_1}]] и на [[E:{mail}]].
Секретарь комиссии [[P:{n_s}]], т/ф [[T:{tc8}]]""",
    ),
    (
        "опись передаваемых медицинских карт при смене участка",
        "акт приёма-передачи амбулаторных карт (таблица с номерами карт и адресами)",
        """АКТ № [[R:<<##>>/пер]] приёма-передачи медицинских карт (025/у) с участка № 7 на участок № 11, [[D:{td1}]]
№ п/п / карта / ФИО / адрес
1 / [[R:<<#####>>-7]] / [[P:{p_s}]] / [[A:{a8_1}]]
2 / [[R:<<#####>>-7]] / [[P:{q_s}]] / [[A:{a8_2}]]
3 / [[R:<<#####>>-7]] / [[P:{e_s}]] / [[A:{a8_3}]]
Передал: участковый терапевт [[P:{d_s}]]     Принял: [[P:{n_s}]]
Регистратура: [[T:{tc8}]], call-центр [[T:{th8}]]""",
    ),
    (
        "рапорт о самовольном уходе пациента из стационара",
        "рапорт дежурного врача о самовольном уходе пациента из отделения (сообщение в полицию)",
        """Дежурному ОМВД России по г. Твери
РАПОРТ
[[D:{td2}]] в 23:40 обнаружен самовольный уход из хирургического отделения (палата № {room}, койка {bed}) пациента [[P:{p_gen}]], [[B:{bd}]] г. р., проживающ{p_ei} в [[A:{al8_2}]].
Медицинская карта стационарного больного № [[R:<<####>>/<<##>>]]. Приметы: рост около 180 см, одет в спортивный костюм.
Родственники ([[P:{g}]], тел. [[T:{t8_1}]]) сведений о местонахождении не имеют. Телефон пациента [[T:{t8_2}]] недоступен.
Сообщение передано по тел. 102, принял [[P:{q_s}]], КУСП № [[R:<<#####>>]].
Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "уведомление о смене страховой медицинской организации",
        "уведомление ТФОМС застрахованному о выборе (замене) страховой медицинской организации",
        """ТФОМС Тульской области
[[A:{ao8}]], тел. [[T:{tc8}]], горячая линия [[T:{th8}]]
[[P:{p_dat}]]
[[A:{as8}]]
Уважаем{p_yi} [[P:{p_io}]]!
Ваше заявление от [[D:{td1}]] (вх. № [[R:<<##>>-<<##>>/<<#####>>]]) о замене страховой медицинской организации рассмотрено. С [[D:{td2}]] Вас обслуживает ООО «Капитал МС». Номер полиса не изменился: [[O:{enp}]]. Выписка о полисе № [[R:<<##########>>]].
Начальник отдела [[P:{e_s}]]""",
    ),
    (
        "протокол анализа ВК о возврате лекарственного препарата",
        "акт врачебной комиссии о нежелательной реакции и замене препарата (ВК по лекарственному обеспечению)",
        """ПРОТОКОЛ ВК № [[R:<<###>>-ЛО]] от [[D:{td3}]]
Пациент [[P:{p_s}]], [[B:{bd}]], СНИЛС [[S:{sn}]], льготная категория 081.
Препарат: Ривароксабан 20 мг, серия 2045812, рег. уд. ЛП-004912; рецепт серии [[R:<<####>> № <<######>>]] от [[D:{td1}]].
Нежелательная реакция: носовое кровотечение [[D:{td2}]]. Извещение в Росздравнадзор (АИС) № [[R:<<####>>-<<#####>>]].
Решение: замена на апиксабан 5 мг 2 раза в сутки (МНН). Приказ Минздрава России от [[D:24.11.2021]] № 1094н.
Председатель ВК [[P:{d_s}]]; члены: [[P:{e_s}]], [[P:{q_i}]]
Связь с пациентом: [[T:{t8_1}]]""",
    ),
    (
        "письмо родственника в вотсап участковой медсестре",
        "переписка родственника пациента с участковой медсестрой в мессенджере",
        """[09:12] [[P:{g_fi}]]: Здравствуйте, [[P:{n_io}]]! Это дочь [[P:{p_s_gen}]] с [[A:{a8_1}]]. Папе выписали рецепт на инсулин, номер [[R:<<##>>-<<##>>-<<######>>]], а в аптеке говорят нет
[09:15] [[P:{n_fi}]]: Добрый день. Позвоните в аптеку №14 по [[T:{tc8}]], отложат. Или на горячую линию лекобеспечения [[T:{th8}]]
[09:16] [[P:{g_fi}]]: Спасибо. Мой второй номер [[T:{t8_2}]], если этот не отвечает
[09:30] [[P:{n_fi}]]: Отложено до [[D:{td2}]], номер отсрочки [[R:<<####>>/о]]""",
    ),
    (
        "сведения о профпатологическом осмотре, заключительный акт",
        "заключительный акт по результатам периодического медицинского осмотра работников (фрагмент)",
        """ЗАКЛЮЧИТЕЛЬНЫЙ АКТ № [[R:<<##>>-ПМО/{yr}]] от [[D:{td3}]]
по результатам периодического медицинского осмотра работников ООО «ТверьВодоканал» (ИНН {innorg}, ОКПО {okpo}, ОКВЭД 36.00)
Работники с выявленными подозрениями на профзаболевание:
1. [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], машинист насосных установок, карта [[R:<<####>>-П]] — H83.3, направлен в центр профпатологии (направление [[R:<<###>>-ЦПП]]).
2. [[P:{q}]], [[B:{bd2}]], СНИЛС [[S:{sn2}]], лаборант химанализа, карта [[R:<<####>>-П]] — J44.8.
Председатель комиссии [[P:{d_s}]]. Представитель работодателя [[P:{e_s}]], тел. [[T:{tc8}]]""",
    ),
    (
        "заявление о вызове врача на дом через колл-центр",
        "карточка вызова врача на дом из колл-центра поликлиники (электронная очередь)",
        """ВЫЗОВ ВРАЧА НА ДОМ № [[R:В<<######>>]]   [[D:{td1}]] 08:12
Пациент: [[P:{p}]]  возраст {age}
Адрес: [[A:{a8_2}]], подъезд 3, этаж 4, код домофона 45К1234
Звонивший: [[P:{q_io}]] (соседи), [[T:{mob8}]]
Обратный звонок: [[T:{t8_1}]] (пациент), стационарный [[T:{tc8}]]
Повод: температура 38,9, кашель. Участок 12, врач [[P:{d_s}]].
Талон ТАП: [[R:<<##########>>]]""",
    ),
    (
        "заключение патологоанатома с номером вскрытия",
        "протокол патологоанатомического вскрытия (ф. 013/у), шапка и заключительная часть",
        """ПРОТОКОЛ ПАТОЛОГОАНАТОМИЧЕСКОГО ВСКРЫТИЯ № [[R:<<###>>-В/<<##>>]]
(учётная форма № 013/у)
Умерш{p_ii}: [[P:{p}]], [[B:{bd2}]], медицинская карта № [[R:<<#####>>]], отделение кардиологии.
Место жительства: [[A:{a8_1}]]
Дата смерти: [[D:{td1}]]. Дата вскрытия: [[D:{td2}]]. Номер гистологического архива [[R:Г-<<####>>-<<####>>]].
Присутствовали: лечащий врач [[P:{e_s}]], зав. отделением [[P:{d_i}]].
Основное заболевание: I21.0 Острый трансмуральный инфаркт передней стенки миокарда.
Врач-патологоанатом [[P:{n_s}]]. Родственникам выдано свидетельство о смерти серии [[R:<<##>> № <<######>>]] ([[P:{h}]], сын, паспорт [[Q:{pas}]]).""",
    ),
    (
        "карточка ребёнка в детской поликлинике с адресом в ДНТ",
        "титульный лист истории развития ребёнка (112/у) с адресом в садовом товариществе",
        """ИСТОРИЯ РАЗВИТИЯ РЕБЁНКА № [[R:<<####>>-Д/<<##>>]]
[[P:{k}]], дата рождения [[B:{bdk}]]
Свидетельство о рождении [[C:{bc}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Мать: [[P:{f}]], [[B:{bdf}]], моб. [[T:{t8_1}]]
Отец: [[P:{m}]], моб. [[T:{t8_2}]] (Viber)
Адрес фактического проживания: [[A:{a8_2}]]
Адрес регистрации: [[A:{as8}]]
Детский сад № 41, группа «Пчёлки», тел. воспитателя [[T:{tc8}]]
Прививочный сертификат № [[R:<<###>>-<<####>>]]. Участковый педиатр [[P:{d_s}]]""",
    ),
    (
        "заявление об опеке для медицинского вмешательства",
        "заявление законного представителя (опекуна) о согласии на медицинское вмешательство с реквизитами постановления об опеке",
        """Я, [[P:{q}]], паспорт [[Q:{pas}]], проживающ{q_ii} по адресу: [[A:{a8_1}]], тел. [[T:{t8_1}]],
являясь опекуном [[P:{k_gen}]] ([[B:{bdk}]], свидетельство о рождении [[C:{bc}]]) на основании постановления администрации г.о. Коломна от [[D:{td1}]] № 1245-П (удостоверение опекуна № [[R:<<###>>/<<##>>-оп]]),
даю информированное добровольное согласие на оперативное вмешательство — тонзиллэктомию — в ГБУЗ МО «Коломенская областная больница», [[A:{ao8}]].
Медицинская карта № [[R:<<####>>-ДХ]]. Врач [[P:{d_s}]].
[[D:{td2}]]  /[[P:{q_sur}]]/""",
    ),
    (
        "заявка на санавиацию с километром трассы",
        "заявка в отделение экстренной консультативной помощи на медицинскую эвакуацию с места ДТП",
        """ОЭКМП. ЗАЯВКА № [[R:<<####>>-СА]] от [[D:{td2}]], 16:45
Место: [[A:{km}]], ДТП с участием двух ТС
Пострадавший: [[P:{p}]] (со слов), ~{age} лет, документы: водительское удостоверение [[R:<<##>> <<##>> <<######>>]]
Состояние тяжёлое, ШКГ 9 баллов, АД 80/40. Бригада СМП на месте: машина {plate}, фельдшер [[P:{n_s}]], тел. [[T:{t8_1}]].
Ответственный врач ЦРБ [[P:{d_s}]], т. [[T:{tc8}]]. Контакт родственника: жена [[P:{g_io}]], [[T:{t8_2}]].
Вертолёт Ми-8АМТ RA-22845 вылетел в 17:10.""",
    ),
    (
        "извещение о случае профессионального заболевания",
        "извещение об установлении предварительного диагноза острого или хронического профессионального заболевания",
        """ИЗВЕЩЕНИЕ № [[R:<<##>>-ПЗ-<<###>>]]
об установлении предварительного диагноза хронического профессионального заболевания
1. Ф.И.О.: [[P:{p}]]   2. Пол: {p_sex}   3. Дата рождения: [[B:{bd}]]
4. Наименование работодателя: АО «Тульский оружейный завод», ОГРН {ogrn8}, адрес: [[A:{ao8}]]
5. Цех, участок: цех № 14, шлифовщик. Стаж 22 года.
6. Предварительный диагноз: T75.2 Вибрационная болезнь, I степени. Карта пациента [[R:<<#####>>-ПП]].
7. Дата установления [[D:{td1}]]. Извещение направлено в Роспотребнадзор [[D:{td2}]], вх. № [[R:<<####>>/<<##>>-вх]].
Врач [[P:{d_s}]], тел. [[T:{tc8}]], факс [[T:{tc8b}]]""",
    ),
    (
        "счёт-реестр за мигранта без полиса",
        "реестр счетов за медицинскую помощь, оказанную иностранным гражданам без полиса ОМС (строки таблицы)",
        """РЕЕСТР № [[R:<<###>>-ИГ/{yr}]] — экстренная помощь лицам без полиса
стр.|ФИО|гражданство|документ|адрес|телефон|МКСБ|сумма
1|[[P:{p}]]|Таджикистан|[[Q:{pasf}]]|[[A:{af8}]]|[[T:{tf8}]]|[[R:<<#####>>]]|18 450,00
2|[[P:{q}]]|Узбекистан|[[Q:{pasf2}]]|[[A:{a8_1}]]|[[T:{t8_1}]]|[[R:<<#####>>]]|7 210,50
Тариф 3.1.045, КСГ st12.009. Исполнитель [[P:{n_s}]], [[D:{td3}]]""",
    ),
    (
        "свидетельство о перинатальной смерти 106-2/у, корешок",
        "корешок медицинского свидетельства о перинатальной смерти (ф. 106-2/у)",
        """КОРЕШОК МЕДИЦИНСКОГО СВИДЕТЕЛЬСТВА О ПЕРИНАТАЛЬНОЙ СМЕРТИ
серия [[R:<<##>>-<<###>> № <<######>>]]   дата выдачи [[D:{td3}]]
Мать: [[P:{f}]], [[B:{bdf}]], история родов [[R:<<####>>/р-<<##>>]]
Место постоянного жительства матери: [[A:{a8_1}]]
Ребёнок: мертворождённый, пол {k_sex}, дата [[D:{td2}]], масса 820 г.
Получатель: отец [[P:{m}]], паспорт [[Q:{pas}]], тел. [[T:{t8_2}]]
Врач [[P:{d_s}]]""",
    ),
    (
        "заявка на изготовление протеза с адресом доставки",
        "заявка протезно-ортопедического предприятия на изготовление ТСР по электронному сертификату",
        """ФФГУП «Московское ПрОП» Минтруда России, [[A:{ao8}]]
ЗАЯВКА-НАРЯД № [[R:ПО-<<####>>-<<##>>]] от [[D:{td1}]]
Получатель: [[P:{p}]], СНИЛС [[S:{sn}]], ИПРА № [[R:<<###>>.<<##>>.<<##>>/{yr}]]
Электронный сертификат № [[R:<<####>> <<####>> <<####>> <<####>> <<###>>]]
Изделие: протез голени модульный (8-07-09). Снятие слепка [[D:{td2}]].
Адрес доставки: [[A:{as8}]]
Контакты: [[T:{t8_1}]], законный представитель [[P:{q_s}]] [[T:{t8_2}]]
Техник-протезист [[P:{n_s}]]""",
    ),
    (
        "лист назначений с номером карты и штрихкодами",
        "лист врачебных назначений стационара (ф. 004/у), шапка и строки назначений",
        """ЛИСТ НАЗНАЧЕНИЙ  ИБ № [[R:<<####>>/<<##>>]]   браслет *[[R:<<########>>]]*
[[P:{p_s}]]  [[B:{bd}]]  палата {room}, койка {bed}
Дата | назначение | выполнено
[[D:{td1}]] | Цефтриаксон 2,0 в/в 1 р/д (серия 120724) | м/с [[P:{n_i}]]
[[D:{td2}]] | Гепарин 5000 ЕД п/к 2 р/д | м/с [[P:{e_i}]]
[[D:{td2}]] | Кровь на КЩС, пробирка [[R:<<##########>>]] | [[P:{g_i}]]
Лечащий врач [[P:{d_s}]]. Связь с родственником: [[T:{t8_1}]]""",
    ),
    (
        "заявление в Росздравнадзор с исходящим номером",
        "обращение гражданина в территориальный орган Росздравнадзора через сайт (распечатка)",
        """Территориальный орган Росздравнадзора по Рязанской области
Обращение зарегистрировано: [[D:{td2}]], вх. № [[R:<<##>>-<<##>>/<<####>>-ОГ]]
Заявитель: [[P:{p}]]
Почтовый адрес: [[A:{asi}]]
Телефон: [[T:{t8_1}]], e-mail: [[E:{mail}]]
Текст: В аптеке «Здоровье» по адресу [[A:{a8_2}]] [[D:{td1}]] мне отказали в отпуске препарата по рецепту серии [[R:<<##>>-<<##>>-<<##>> № <<#######>>]]. Прошу провести проверку. Ранее обращался в минздрав, ответ № [[R:<<##>>/<<###>>]] от [[D:{td1}]] не удовлетворил.""",
    ),
    (
        "телефонный справочник отделения для пациентов",
        "памятка пациенту при выписке: контакты отделения и врачей (с добавочными)",
        """ПАМЯТКА ПРИ ВЫПИСКЕ — [[P:{p_s}]], ИБ [[R:<<####>>-К]]
Отделение кардиологии, [[A:{ao8}]], 3 этаж.
Пост медсестёр: [[T:{tc8}]] доб. 2214
Зав. отделением [[P:{d_s}]]: т. [[T:{tc8b}]]
Лечащий врач [[P:{e_s}]]: моб. [[T:{mob8}]] (только СМС/Telegram)
Телемониторинг АД: [[T:{th8}]]
Справочная: [[T:{t8_3}]]
Повторный приём назначен на [[D:{td4}]]. Номер записи [[R:<<########>>]].""",
    ),
    (
        "карта вызова неотложной помощи на дачу",
        "карта вызова отделения неотложной медицинской помощи на садовый участок (рукописные поля)",
        """Карта вызова НМП № [[R:<<###>>/<<###>>]] от [[D:{td1}]]
Адрес: [[A:{dacha}]] (дача), ориентир — синий забор у водонапорной башни
Вызвал: муж — [[P:{m_io}]], тел. [[T:{t8_1}]] / [[T:{t8_2}]]
Больн{f_yi}: [[P:{f}]], [[B:{bdf}]], полис [[O:{enp}]]
Постоянно проживает в [[A:{al8_3}]]
Диагноз: T63.4 Ужаление пчелы, отёк Квинке. Введено: преднизолон 90 мг в/м.
Фельдшер [[P:{n_s}]] /[[P:{n_sur}]]/""",
    ),
    (
        "реестр адресов активных посещений новорождённых",
        "список новорождённых для первичного патронажа, переданный из роддома в детскую поликлинику (таблица)",
        """СПИСОК для патронажа на [[D:{td2}]] (передан из ГБУЗ «Роддом № 2»)
История родов | мать | адрес | телефон
[[R:<<####>>/р]] | [[P:{f_s}]] | [[A:{a8_1}]] | [[T:{t8_1}]]
[[R:<<####>>/р]] | [[P:{g_s}]] | [[A:{a8_2}]] | [[T:{t8_2}]]
[[R:<<####>>/р]] | [[P:{e_s}]] | [[A:{dorm}]] | [[T:{tf8}]]
[[R:<<####>>/р]] | [[P:{q_s}]] | [[A:{a8_3}]] | [[T:{t8_3}]]
Передала: [[P:{n_s}]], тел. [[T:{tc8}]]""",
    ),
    (
        "запрос адвоката о медицинской документации",
        "адвокатский запрос в медицинскую организацию о предоставлении сведений (с реестровым номером адвоката)",
        """АДВОКАТСКИЙ ЗАПРОС № [[R:<<##>>/<<##>>-АЗ]] от [[D:{td2}]]
Главному врачу ГБУЗ «ГКБ № 6» [[P:{e_i_dat}]], [[A:{ao8}]]
Я, адвокат [[P:{q}]] (рег. № [[R:<<##>>/<<####>>]] в реестре адвокатов Тульской обл.), действуя в интересах [[P:{p_gen}]] по соглашению № [[R:<<###>>-С]] от [[D:{td1}]], прошу предоставить копию карты вызова СМП № [[R:<<###>>-<<###>>/<<##>>]] от [[D:{td1}]] и медицинской карты № [[R:<<#####>>/<<##>>]].
Ответ прошу направить: [[A:{asi}]], [[E:{mail2}]], тел. [[T:{t8_1}]], т/ф коллегии [[T:{tc8}]]""",
    ),
    (
        "анкета донора костного мозга, контакты",
        "анкета потенциального донора гемопоэтических стволовых клеток (контактная часть)",
        """КОНТАКТНЫЕ ДАННЫЕ ДОНОРА. Код образца [[R:<<#>>-<<###>>-<<###>>-<<#>>]]
Адрес постоянной регистрации: [[A:{as8}]]
Адрес фактического проживания: [[A:{a8_2}]]
Телефоны: моб. [[T:{t8_1}]]; раб. [[T:{tc8}]] доб. 45; доп. (мама, [[P:{g_io}]]) [[T:{t8_2}]]
Если уеду: [[A:{af8}]], [[T:{tf8}]]
E-mail: [[E:{mail}]]
Пробирка ЭДТА [[R:<<##########>>]], взята [[D:{td1}]]""",
    ),
    (
        "сообщение о госпитализации пострадавшего в ДТП в ГИБДД",
        "телефонограмма больницы в ГИБДД о поступлении пострадавшего в ДТП",
        """ТЕЛЕФОНОГРАММА № [[R:<<###>>-тф]]
В ОГИБДД МУ МВД России «Подольское» (т. [[T:{tc8b}]])
[[D:{td1}]] в 19:30 бригадой СМП (автомобиль {plate}) доставлен [[P:{p}]], [[B:{bd}]], проживающий в [[A:{al8_1}]], пострадавший в ДТП на [[A:{km}]].
Карта вызова [[R:<<###>>-<<##>>]], МКСБ [[R:<<#####>>-Т]]. Диагноз: S06.3 Ушиб головного мозга.
Передал: [[P:{n_s}]], приёмное отделение, [[T:{tc8}]]. Принял: [[P:{q_s}]]""",
    ),
    (
        "накладная на отправку гистологических блоков",
        "сопроводительная накладная на передачу гистологических блоков и стёкол в другую лабораторию",
        """НАКЛАДНАЯ № [[R:<<####>>-Г]] на передачу архивного материала, [[D:{td3}]]
Пациент: [[P:{p_s}]], [[B:{bd}]]
Блоки: [[R:<<#####>>-<<##>>-1]], [[R:<<#####>>-<<##>>-2]]; стёкла: [[R:<<#####>>/<<##>>-А]]
Получатель: ФГБУ «НМИЦ онкологии им. Н.Н. Блохина», [[A:{ao8b}]], тел. [[T:{tc8b}]]
Отправитель: [[A:{ao8}]], [[T:{tc8}]]
Курьер СДЭК, накладная [[R:<<##########>>]] (груз пациента). Передал [[P:{n_s}]]""",
    ),
    (
        "заявление о предоставлении путёвки в санаторий ребёнку-инвалиду",
        "заявление родителя в СФР о предоставлении путёвки на санаторно-курортное лечение ребёнку-инвалиду и сопровождающему",
        """В ОСФР по Владимирской области
от [[P:{f_gen}]], СНИЛС [[S:{sn}]], адрес: [[A:{a8_1}]], тел. [[T:{t8_1}]]
ЗАЯВЛЕНИЕ
Прошу предоставить путёвку моему ребёнку [[P:{k_dat}]], [[B:{bdk}]], СНИЛС [[S:{sn2}]], свидетельство о рождении [[C:{bc}]], и мне как сопровождающему. Справка 070/у № [[R:<<###>>-СКЛ]] от [[D:{td1}]].
Справка МСЭ серия [[R:МСЭ-<<####>> № <<#######>>]].
Ответ прошу направить по адресу: [[A:{as8}]]
[[D:{td2}]] /[[P:{f_sur}]]/""",
    ),
    (
        "ответ главного врача на обращение с номерами",
        "ответ медицинской организации на письменное обращение гражданина (ссылки на входящие и исходящие номера)",
        """ГБУЗ ТО «Тульская городская клиническая больница скорой медицинской помощи им. Д.Я. Ваныкина»
[[A:{ao8}]], тел./факс [[T:{tc8}]], [[E:{omail}]], ОКПО {okpo}, ОГРН {ogrn8}
[[D:{td3}]] № [[R:<<####>>/<<##>>-<<##>>]]
на № [[R:<<####>>]] от [[D:{td1}]]
[[P:{p_s_dat}]]
[[A:{asi}]]
Уважаем{p_yi} [[P:{p_io}]]! Ваше обращение рассмотрено. По медицинской карте № [[R:<<#####>>/С<<##>>]] проведена внутренняя экспертиза, протокол ВК № [[R:<<###>>]] от [[D:{td2}]].
Главный врач [[P:{d_i}]]
Исп. [[P:{n_s}]], [[T:{mob8}]]""",
    ),
    (
        "распознанная речь: запись к онкологу через робота",
        "расшифровка диалога голосового робота регистратуры (ASR, без пунктуации)",
        """робот здравствуйте вы позвонили в онкологический диспансер назовите номер направления
пациент [[R:<<##>> <<###>> <<###>>]]
робот назовите номер полиса дмс если есть
пациент [[R:<<#>> <<#>> <<#>> <<#>> <<#>> <<#>> <<#>> <<#>>]]
робот назовите фамилию имя отчество
пациент {p_low}
робот назовите адрес
пациент [[A:{aspk}]]
робот запись на [[D:{tsp}]] подтверждена смс придёт на номер [[T:{t8_1}]]""",
    ),
    (
        "уведомление о переводе пациента в другое отделение с контактами",
        "внутрибольничное уведомление родственникам о переводе пациента (смс и письмо)",
        """Уважаем{g_yi} [[P:{g_io}]]! Ваш(а) родственни(к/ца) [[P:{p_s}]] (ИБ [[R:<<#####>>-<<##>>]]) переведён(а) [[D:{td2}]] в отделение реанимации ГБУЗ ТО «ОКБ», [[A:{ao8}]], корпус 4.
Справки о состоянии: [[T:{tc8}]] с 14 до 15 ч (назвать номер ИБ), дежурный реаниматолог [[T:{tc8b}]].
Пропуск для посещения № [[R:П-<<#####>>]] на имя [[P:{g_s}]].
Ваш номер в карте: [[T:{t8_1}]]. Если изменился — позвоните на [[T:{th8}]].""",
    ),
    (
        "опросный лист при поступлении в хоспис с контактами родственников",
        "лист контактов родственников пациента стационарного хосписа (кто и как извещается)",
        """ЛИСТ КОНТАКТОВ — [[P:{p}]], ИБ [[R:Х-<<####>>]]
Кого извещать в первую очередь: сын [[P:{h}]], [[T:{t8_1}]], [[A:{a8_1}]]
Во вторую: дочь [[P:{g}]], [[T:{t8_2}]] (не звонить после 22:00), [[A:{a8_3}]]
Внук [[P:{m_fi}]] — за границей: [[T:{tf8}]], [[A:{af8}]]
Доверенное лицо: [[P:{q}]], доверенность [[R:<<##>> АБ <<#######>>]], т. [[T:{mob8}]]
Заполнено [[D:{td1}]], социальный работник [[P:{n_s}]]""",
    ),
    (
        "справочник точек забора биоматериала сети лабораторий",
        "перечень медицинских офисов лабораторной сети с адресами и телефонами (прайс-лист, последняя страница)",
        """АДРЕСА МЕДИЦИНСКИХ ОФИСОВ (заказ можно оформить в любом)
• [[A:{a8_1}]] — [[T:{tc8}]]
• [[A:{ao8}]] — [[T:{t8_1}]], [[T:{t8_2}]]
• [[A:{ao8b}]] — т. [[T:{tc8b}]]
• [[A:{a8_3}]] — моб. [[T:{mob8}]]
Единая справочная: [[T:{th8}]]. Лицензия № Л041-01137-50/00345678, ОГРН {ogrn8}.
Заказ клиента [[P:{p_s}]]: № [[R:<<#########>>]], штрихкоды [[R:<<##########>>]], [[R:<<##########>>]]""",
    ),
    (
        "карта выбывшего из стационара с адресом мигранта",
        "статистическая карта выбывшего из стационара (ф. 066/у) иностранного гражданина",
        """СТАТИСТИЧЕСКАЯ КАРТА ВЫБЫВШЕГО ИЗ СТАЦИОНАРА № [[R:<<#####>>-ИН]]
(ф. 066/у; код МО {mo})
ФИО: [[P:{p}]]; гражданство: Кыргызстан; паспорт [[Q:{pasf}]]
Адрес в стране гражданства: [[A:{af8}]]
Адрес пребывания в РФ: [[A:{dorm}]]
Работодатель: ООО «СтройИнвест», [[A:{ao8}]], т. [[T:{tc8}]]
Телефоны: [[T:{tf8}]]; [[T:{t8_1}]]
Патент [[R:<<##>> № <<##########>>]], полис ДМС мигранта [[R:{lk}]]
Поступил [[D:{td1}]], выбыл [[D:{td2}]]. Диагноз: K35.8.""",
    ),
    (
        "маршрутный лист выездной бригады диспансеризации",
        "маршрутный лист мобильной медицинской бригады по сёлам и СНТ (адреса и контакты старост)",
        """МАРШРУТНЫЙ ЛИСТ мобильного ФАП на [[D:{td2}]], автомобиль {plate}
08:30 — [[A:{a8_2}]], староста [[P:{h_io}]], [[T:{t8_1}]]
10:45 — [[A:{a8_3}]], контакт [[T:{t8_2}]]
13:00 — [[A:{km}]] (стоянка у магазина), председатель СНТ [[P:{q_s}]], [[T:{t8_3}]]
15:30 — [[A:{a8_1}]], [[T:{mob8}]]
Диспетчер ЦРБ: [[T:{tc8}]]. Врач бригады [[P:{d_s}]], путевой лист № <<####>> (служебный)""",
    ),
    (
        "справка о составе семьи для льготного лекарственного обеспечения",
        "справка для СФР о признании ребёнка из многодетной семьи, с ИНН родителей",
        """Справка № [[R:<<###>>-МД/<<##>>]] выдана [[D:{td2}]]
[[P:{f_dat}]] (ИНН [[I:{inn}]], СНИЛС [[S:{sn}]]) и [[P:{m_dat}]] (ИНН [[I:{inn2}]]), проживающим по адресу: [[A:{as8}]], в том, что их семья является многодетной (удостоверение многодетной семьи [[R:<<##>>-<<######>>]]).
Дети: [[P:{k}]], [[B:{bdk}]], свидетельство [[C:{bc}]].
Тел. заявителя [[T:{t8_1}]]. Специалист [[P:{n_s}]], [[T:{tc8}]]""",
    ),
    (
        "опись вложения с адресами для отправки результатов анализов",
        "журнал отправки результатов исследований пациентам Почтой России (адреса с индексом в конце)",
        """ЖУРНАЛ ОТПРАВКИ РЕЗУЛЬТАТОВ, [[D:{td3}]]
1. [[P:{p_s}]] — [[A:{asi}]] — РПО [[R:<<######>><<########>>]] — заказ [[R:<<##>>-<<######>>]]
2. [[P:{q_s}]] — [[A:{a8_2}]] — РПО [[R:<<######>><<########>>]] — заказ [[R:<<##>>-<<######>>]]
3. [[P:{e_s}]] — [[A:{af8}]] — международное, РПО [[R:RR<<#########>>RU]] — заказ [[R:<<##>>-<<######>>]]
Отправил оператор [[P:{n_i}]], тел. [[T:{tc8}]]""",
    ),
    (
        "объявление в чате дома о пропавшем пожилом человеке",
        "сообщение в домовом чате и обращение волонтёров поискового отряда (пропал пациент с деменцией)",
        """ВНИМАНИЕ! ПРОПАЛ ЧЕЛОВЕК
[[P:{p_up}]], {age} лет. Ушёл(ла) [[D:{tdm}]] из дома: [[A:{a8_1}]]. Страдает деменцией, может не помнить имени.
При себе выписка из ГБУЗ «ПНД» (карта [[R:<<####>>-П]]).
Видевших просим звонить: [[T:{t8_1}]] (сын [[P:{h_io}]]), [[T:{t8_2}]], отряд «ЛизаАлерт» [[T:{th8}]]
Заявка отряда [[R:<<####>>-<<##>>]], КУСП [[R:<<#####>>]]
Возможно поехал(а) на дачу: [[A:{dacha}]]""",
    ),
    (
        "заявка на доставку лекарств на дом маломобильному",
        "заявка социальной службы на доставку льготных лекарств на дом маломобильному пациенту",
        """ЗАЯВКА № [[R:СЗ-<<######>>]] на доставку лекарственных препаратов
Получатель: [[P:{p}]], [[B:{bd2}]], СНИЛС [[S:{sn}]]
Доставка в [[A:{al8_2}]]
Второй адрес (у дочери): [[A:{as8}]]
Телефон: [[T:{t8_1}]] (звонить долго), соцработник [[P:{n_s}]] [[T:{t8_2}]]
Рецепты: [[R:<<##>>-<<##>>-<<##>> № <<#######>>]], [[R:<<##>>-<<##>>-<<##>> № <<#######>>]]
Аптека: ГУП «Фармация», [[A:{ao8}]], [[T:{tc8}]]""",
    ),
    (
        "заявление о выдаче справки 086/у, заполнено от руки",
        "заявление абитуриента о проведении осмотра для справки 086/у, с контактами и адресами",
        """Заведующей ГП № 4 от [[P:{p_gen}]], [[B:{bdt}]] г. р.,
адрес: [[A:{as8}]]
т. [[T:{t8_1}]], (мама — [[T:{t8_2}]])
Прошу оформить медицинскую справку (врачебное профессионально-консультативное заключение) ф. 086/у для поступления в колледж. Карта [[R:<<#####>>-П<<#>>]].
Прилагаю сертификат прививок [[R:<<##>>-<<###>>-<<####>>]] и флюорографию № [[R:ФЛГ-<<####>>]] от [[D:{td1}]].
[[D:{td2}]]          подпись ___ [[P:{p_s}]]""",
    ),
    (
        "реестр полисов ДМС сотрудников с латинскими буквами в номерах",
        "выгрузка страховой компании: прикреплённые по ДМС, номера полисов с буквами (латиница и кириллица вперемешку)",
        """ПРИКРЕПЛЁННЫЕ ЗАСТРАХОВАННЫЕ (программа «Поликлиника+СМП»), на [[D:{td1}]]
полис [[R:{lk2}]] — [[P:{p_s}]] — [[T:{t8_1}]] — [[A:{a8_1}]]
полис [[R:{lk}]] — [[P:{q_s}]] — [[T:{t8_2}]] — [[A:{a8_2}]]
полис [[R:<<%%>>-<<#######>>-<<##>>]] — [[P:{e_s}]] — [[T:{tf8}]] — [[A:{dorm}]]
Пульт страховой компании: [[T:{th8}]], [[T:{tc8}]]""",
    ),
    (
        "предписание о госпитализации контактных лиц с адресами очага",
        "лист эпидемиологического обследования очага (адреса и телефоны контактных лиц)",
        """КАРТА ЭПИДЕМИОЛОГИЧЕСКОГО ОБСЛЕДОВАНИЯ ОЧАГА № [[R:<<###>>-Э/<<##>>]] (к извещению № [[R:<<###>>-И]])
Очаг: [[A:{a8_1}]]
Контактные:
— [[P:{q_s}]], работа: [[A:{ao8}]], моб. [[T:{t8_1}]]
— [[P:{e_s}]], учёба: [[A:{dorm}]], тел. [[T:{t8_2}]]
— [[P:{g_s}]], проживает в [[A:{al8_3}]], т. [[T:{tc8}]]
Дезинфекция: заявка [[R:ДЗ-<<#####>>]], ФБУЗ, [[T:{tc8b}]]. Эпидемиолог [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "визитка и подпись врача частной практики в выписке",
        "концовка консультативного заключения частного врача (реквизиты ИП, телефоны, адреса приёма)",
        """Консультативное заключение № [[R:К-<<####>>-<<###>>]] для [[P:{p_s_gen}]], карта пациента [[R:<<%>>-<<#####>>]]
Рекомендовано: контроль ТТГ через 6 недель, L-тироксин 50 мкг утром натощак.
—
[[P:{d}]], врач-эндокринолог, ИП, ИНН [[I:{inn}]]
Приём: [[A:{ao8}]] (пн, ср); [[A:{a8_2}]] (пт)
тел. [[T:{t8_1}]] / WhatsApp [[T:{t8_2}]] / Telegram [[T:{mob8}]], запись через администратора [[T:{tc8}]]
[[E:{dmail}]]""",
    ),
    (
        "журнал диспетчера ЕДДС о вызовах с трассы и из СНТ",
        "выписка из журнала единой дежурно-диспетчерской службы муниципалитета (вызовы, переданные в СМП)",
        """ЕДДС г.о. Коломна, журнал за [[D:{td2}]]
03:12 | вызов [[R:<<##>>-<<######>>]] | [[A:{km}]] | звонил [[T:{t8_1}]] | передано в СМП
05:40 | вызов [[R:<<##>>-<<######>>]] | [[A:{a8_2}]] | звонил [[T:{t8_2}]] | передано в СМП, [[T:{tc8}]]
07:55 | вызов [[R:<<##>>-<<######>>]] | [[A:{a8_3}]] | звонил [[T:{tf8}]] (говорит по-узбекски) | передано в СМП
Дежурный [[P:{n_s}]]""",
    ),
]


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    kinds = [k for k, _, _ in TEMPLATES]
    assert len(kinds) == len(set(kinds)), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for kind, source, template in TEMPLATES:
            docs.append(build(render(rng, template), kind, source, f"blind8_{len(docs):04d}"))
    return docs


def serialize(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main() -> None:
    docs = build_all()
    OUT.write_text(serialize(docs), encoding="utf-8", newline="\n")
    n_spans = sum(len(d["spans"]) for d in docs)
    print(f"{len(docs)} documents, {n_spans} spans, {len(TEMPLATES)} kinds -> {OUT.name}")


if __name__ == "__main__":
    main()
