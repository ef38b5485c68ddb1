"""Write ``independent7.jsonl``: the seventh blind corpus, 2026-12-05.

Written by a helper engineer who never opened the recognizers (``ozero/deid/text/``), their
unit tests, any ``--misses`` output or result file, and never ran the de-identifier. From
``write_independent6.py`` only the file format, the labelling rules (its docstring) and the
writer-script structure were taken (inline ``[[X:value]]`` marks, ``build``, ``<<shape>>``);
the kinds of corpora 4–6 were listed only to avoid them. No sentence or template is reused.
Phrasing comes from the public wording of Russian medical and administrative paperwork and
from the FNSI directory of medical document kinds (``/work/shared/reference/fnsi``, OID
1.2.643.5.1.13.13.11.1522): ambulance signal sheets, pregnancy exchange cards (113/у), birth
histories (096/у), sanatorium papers (070/у, 076/у), weapons, tractor-driver and
alternative-service certificates, school health sheets (026/у), vaccination certificates
(156/у), orthodontic and dental-lab papers, psychiatric and narcology papers, requests of
investigators and courts, forensic orders, telemedicine protocols, ЕМИАС and Госуслуги
messages, pharmacy journals and deferred preferential prescriptions (148-1/у-04(л)),
transfer letters, patronage of newborns naming parents, home visits, hospice and palliative
papers, clinical-trial screening logs, ТФОМС/МЭЭ/ЭКМП disputes, voice-assistant transcripts,
e-mail threads with signatures, OCR scans and tables pasted as text.

Styles: terse form fields, long narrative, lowercase unpunctuated ASR text, OCR confusions
(«0» for «О», «3» for «З», «б» for «6», words and numbers broken across lines), tables
flattened to text with «|» or «;».

How it is made: each document kind is one hand-written template, instantiated ``PER_KIND``
times with people, addresses, dates and numbers drawn from ``random.Random(SEED)``, so the
file rebuilds byte for byte. Gold spans are marked inline as ``[[X:value]]``; offsets are
computed and asserted here. ``<<shape>>`` draws a number of that shape: ``#`` a digit, ``@``
an upper-case Cyrillic letter, ``%`` a Latin one, anything else literal.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID. SNILS carry a valid check sum (weights 9..1,
mod 101), ENP a valid check digit (the FOMS rule, equal to Luhn), a personal INN both check
digits; passport series start with a real OKATO region code and a plausible year of issue
(a passport has no check digit).

Labelling rules of this corpus (corpus 6's rules, decided before any template was written):

* PERSON — every person's name (patient, relatives, parents, doctors, nurses, operators,
  investigators, judges, pharmacists, trial staff), in any grammatical case, with initials
  before or after, upper or lower case (ASR text), hyphenated, foreign names in Cyrillic.
  The span is the name with its initials, without titles, positions or «гр.». A name and
  patronymic without surname («Иван Петрович») is PERSON. Not labelled: eponyms (синдром
  Дауна, проба Манту, шкала Апгар, по Бобату), organisations named after people («НМИЦ им.
  В.А. Алмазова»), drug and device names.
* ADDRESS — any address written as an address (street, house, settlement, PO box), a
  person's or an organisation's: the whole written address is one span, postal code and
  region included, region first or last. An inflected settlement («в д. Глебове») is
  labelled from its type abbreviation on. A bare city name in an organisation's name or a
  court's name is not labelled, nor a bare town written after an organisation's name to say
  where it is («ГБУЗ «Городская поликлиника № 2», г. Обнинск»); the city where a document
  was signed («г. Вологда» in a header before the date) is not labelled. A birthplace is
  ADDRESS, even a bare town («Место рождения: г. Обнинск»).
* DATE — every calendar date with at least day and month (orders, laws, signatures, visits,
  in digits or words, spoken dates too); BIRTH_DATE for a date of birth. «г.»/«года» after a
  date is outside the span. Bare years, month and year, ages, times, terms of pregnancy and
  durations are not labelled.
* RECORD_ID — the number of a document or record of one person: medical cards (003/у,
  025/у, 043/у, 096/у, 110/у call cards, 112/у), exchange cards, vouchers and sanatorium
  cards, referrals, certificates and conclusions issued to a person (003-В/у, 002-О/у,
  156/у…), prescriptions (series and number as one span when only «№» or a space stands
  between them), ЭЛН, protocols and consultations about a person (ТМК, ВК, ПМПК, expertise),
  sample, order and study numbers, contracts and acts with a person, appeals and their
  registration numbers (Госуслуги, ЕМИАС, СМО, ТФОМС, Росздравнадзор), requests and letters
  in correspondence about one person (outgoing/incoming numbers), criminal and civil case
  numbers, КУСП, a trial participant's screening/randomisation number, a pharmacy order
  number for a person, an insurance case number, a person's code in a register (a quality
  expert's code in the ТФОМС register, a bone-marrow donor's code), an electronic СФР
  certificate, a client number, a driving licence («64 64 925864»: shaped like a passport,
  but not one — RECORD_ID). The span is the number with its letters,
  slashes, dots, spaces and dashes, without «№», «N» or the document word; a number broken
  across lines is one span including the line break.
* Not labelled (hard negatives): ICD-10 codes, service codes (A16.07.002), ministry orders
  and federal laws («приказ Минздрава России № 302н», «323-ФЗ»: only their dates are
  labelled), form codes (113/у, 148-1/у-04(л)), drug and vaccine lot/series numbers, drug
  registration numbers (ЛП-…), device models and serial numbers, an organisation's licence,
  INN (10 digits), OGRN, KPP, OKPO, codes of the medical organisation, a trial protocol code
  (shared by every participant), ward/room/bed/office/cabinet numbers, crew and district
  numbers, doses, lab values and reference ranges, journal row numbers (№ п/п), the code
  of the police unit that issued a passport («код подразделения 350-001»), aircraft tail
  numbers, a clinical trial's permit number, a pharmacy's own number («Аптечный пункт №
  35/014»).
* PASSPORT — series and number as one span (with a «№» between them when written so), the
  internal passport and also an international one («82 2726498»: a judgement call, it is a
  passport of the person; a migration card or a residence permit would be RECORD_ID).
  BIRTH_CERT — the ЗАГС birth certificate only («III-ОД № 512345», one span).
* ENP — the 16-digit OMS policy number as written (grouped or not); SNILS, INN (12 digits, a
  person's), PHONE (any owner, any format; «доб. 214» is outside the span; two phones
  joined by a comma or slash are two spans) and EMAIL (any owner) — the value as written.

Run: ``.venv/bin/python bench/text_corpus/write_independent7.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent7.jsonl"
SEED = 7_2026_1205
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
        if n.endswith("ь"):
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


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers(rng))


TEMPLATES: list[tuple[str, str, str]] = [
    (
        "сигнальный лист СМП в поликлинику",
        "сигнальный лист станции скорой помощи для активного посещения участковым врачом",
        """ГБУЗ «Станция скорой медицинской помощи», подстанция № 3
СИГНАЛЬНЫЙ ЛИСТ к карте вызова № [[R:<<###>>-<<##>>/<<####>>]]
(передаётся в поликлинику по месту жительства для активного посещения)
Вызов принят [[D:{td1}]] в 03:41, бригада № 12 (фельдшерская), старший фельдшер [[P:{n_s}]].
Пациент: [[P:{p}]], [[B:{bd}]] г. р., адрес вызова: [[A:{adr}]], подъезд 2, этаж 5, домофон не работает.
Телефон для связи: [[T:{tel}]].
Повод: «плохо с сердцем». АД 190/110 мм рт. ст., ЧСС 96 в мин, SpO2 97 %. ЭКГ: ритм синусовый, без острой очаговой патологии.
Диагноз: гипертонический криз, неосложнённый (I11.9). Помощь: каптоприл 25 мг под язык, моксонидин 0,4 мг. АД через 40 мин 150/90.
От госпитализации не нуждается. Рекомендован вызов участкового врача на [[D:{td2}]].
Сигнальный лист принят: медсестра регистратуры [[P:{e_i}]], [[D:{tsh}]]""",
    ),
    (
        "обменная карта беременной 113/у, сведения женской консультации",
        "форма 113/у-20, раздел женской консультации (паспортная часть и течение беременности)",
        """ОБМЕННАЯ КАРТА беременной, роженицы и родильницы (форма № 113/у-20)
I. Сведения женской консультации о беременной
Женская консультация ГБУЗ «Городская поликлиника № 2», {town}
Индивидуальная карта беременной № [[R:<<###>>/<<##>>]]
1. Фамилия, имя, отчество: [[P:{f}]]  2. Дата рождения: [[B:{bdf}]]
3. Адрес: [[A:{adr}]]  4. Телефон: [[T:{tel}]]
5. Полис ОМС [[O:{enp}]]  СНИЛС [[S:{sn}]]
6. Муж (партнёр): [[P:{m}]], тел. [[T:{tel2}]]
7. Взята на учёт [[D:{td1}]] при сроке 9 недель. Беременность вторая, роды предстоят вторые. Группа крови A(II) Rh(-), антитела не обнаружены (от [[D:{td2}]]).
8. Скрининг I триместра [[D:{t3}]]: риск трисомии 21 — 1:4200. Вес 64 кг, рост 168 см.
9. Предполагаемый срок родов: [[D:{tw}]].
Врач акушер-гинеколог [[P:{d_s}]]""",
    ),
    (
        "обменная карта, сведения родильного дома о новорождённом",
        "форма 113/у-20, раздел III (сведения родильного дома о новорождённом)",
        """III. Сведения родильного дома, родильного отделения больницы о новорождённом
Фамилия матери [[P:{f_s}]], история родов № [[R:<<####>>]]
Ребёнок родился [[B:{bdn}]] в 14 ч 25 мин, доношенный, пол {k_sex}.
Масса при рождении 3420 г, длина 52 см, окружность головы 35 см. Оценка по шкале Апгар 8/9 баллов.
Вакцинация: против гепатита B [[D:{td1}]] (Энджерикс B, серия AHBVC721AB, 0,5 мл в/м); БЦЖ-М [[D:{td2}]], серия 1234, 0,025 мг в/к.
Неонатальный скрининг на 5 наследственных заболеваний взят [[D:{td2}]], номер бланка [[R:<<########>>]].
Аудиологический скрининг: ОАЭ D+ S+.
Выписан на 4-е сутки под наблюдение детской поликлиники по адресу: [[A:{adr}]]. Патронаж передан по телефону [[T:{ctel}]] медсестре [[P:{n_i}]].
Врач-неонатолог [[P:{d_i}]]""",
    ),
    (
        "история родов 096/у, титульный лист",
        "форма 096/1у-20, титульный лист и паспортная часть",
        """МЕДИЦИНСКАЯ КАРТА БЕРЕМЕННОЙ, РОЖЕНИЦЫ И РОДИЛЬНИЦЫ,
получающей медицинскую помощь в стационарных условиях  № [[R:<<####>>/<<###>>]]
Форма № 096/1у-20
Дата поступления [[D:{td1}]], 22 ч 10 мин. Палата № {room}.
Ф.И.О. [[P:{f_up}]]
Дата рождения [[B:{bdf}]]. Гражданство: РФ.
Документ, удостоверяющий личность: паспорт [[Q:{pas}]]
Место регистрации: [[A:{adr}]]
СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]] (СМО «Капитал МС»)
Кем направлена: ЖК ГБУЗ «ГП № 5», обменная карта № [[R:<<#####>>]]
Родственники: муж [[P:{m_io}]], тел. [[T:{tel}]]; мать [[P:{g_s}]], тел. [[T:{tel2}]]
Диагноз при поступлении: Беременность 39 нед. Головное предлежание. Первый период родов (O80.0).""",
    ),
    (
        "справка о постановке на учёт по беременности в ранние сроки",
        "справка женской консультации для работодателя/соцзащиты о сроке постановки на учёт",
        """ГБУЗ «Родильный дом № 1», женская консультация
Исх. № [[R:ЖК-<<###>>]] от [[D:{td1}]]
СПРАВКА
Дана [[P:{f_dat}]], [[B:{bdf}]] года рождения, в том, что она состоит на учёте по беременности в женской консультации с [[D:{td2}]] (срок беременности при постановке — 10 недель, т.е. до 12 недель).
Индивидуальная карта беременной № [[R:<<##>>-<<###>>]].
Справка выдана для предъявления по месту работы (ООО «Северсталь-Инфоком») для выплаты единовременного пособия.
Врач [[P:{d_s}]]          Заведующая ЖК [[P:{e_i}]]""",
    ),
    (
        "справка для получения путёвки 070/у",
        "форма 070/у: справка для получения путёвки на санаторно-курортное лечение",
        """СПРАВКА № [[R:<<###>>]]
для получения путёвки на санаторно-курортное лечение (форма № 070/у)
1. Медицинская организация: ГБУЗ «Поликлиника № 4», [[A:{aorg}]]
2. Фамилия, имя, отчество: [[P:{p}]]
3. Пол: —  4. Дата рождения: [[B:{bd}]]
5. Регистрация по месту жительства: [[A:{adr}]]
6. СНИЛС: [[S:{sn}]]  7. Полис ОМС: [[O:{enp}]]
8. Основное заболевание: M17.1 Первичный гонартроз двусторонний, Rg II ст.
9. Рекомендуемое лечение: санаторно-курортное, профиль — болезни костно-мышечной системы. Местность: климатическая, курорт с грязелечением, сезон — любой.
10. Справка выдана [[D:{td1}]], действительна 12 месяцев.
Лечащий врач [[P:{d_s}]]  Председатель ВК [[P:{e_s}]]""",
    ),
    (
        "санаторно-курортная карта для детей 076/у",
        "форма 076/у-04, санаторно-курортная карта для детей, отрывной талон",
        """САНАТОРНО-КУРОРТНАЯ КАРТА ДЛЯ ДЕТЕЙ № [[R:<<@>>-<<#####>>]]
(форма № 076/у-04)
Ребёнок: [[P:{k}]], дата рождения [[B:{bdk}]]
Свидетельство о рождении [[C:{bc}]]
Адрес: [[A:{adr}]]
Сопровождающий (мать): [[P:{f}]], паспорт [[Q:{pas}]], тел. [[T:{tel}]]
Путёвка № [[R:<<######>>]] в ГБУ «Детский санаторий «Бобровниково», заезд с [[D:{td1}]] по [[D:{td2}]].
Диагноз: J45.0 Бронхиальная астма, атопическая форма, лёгкое течение, контролируемая.
Сведения о прививках: по возрасту, последняя — АДС-М [[D:{t3}]]. Контакта с инфекционными больными по месту жительства и в школе нет (справка эпидокружения от [[D:{td3}]]).
Врач-педиатр [[P:{d_s}]]
---- линия отреза ----
Обратный талон санаторно-курортной карты № [[R:<<@>>-<<#####>>]]: ребёнок [[P:{k_s}]] находился в санатории с [[D:{td4}]] по [[D:{td5}]].""",
    ),
    (
        "заключение 002-О/у на оружие с результатом ХТИ",
        "форма 002-О/у, медицинское заключение об отсутствии противопоказаний к владению оружием",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ
об отсутствии медицинских противопоказаний к владению оружием
Серия [[R:<<##>> № <<######>>]]  Дата выдачи [[D:{td1}]]
Выдано ООО «Медцентр «Доктор Плюс», лицензия № Л041-01158-35/00571249, [[A:{aorg}]]
1. [[P:{m}]]
2. Дата рождения: [[B:{bd}]]
3. Место регистрации: [[A:{adr}]]
4. Паспорт [[Q:{pas}]], выдан [[D:{td2}]] УМВД России, код подразделения 350-001
Медицинские противопоказания к владению оружием не выявлены (приказ Минздрава России от [[D:30.06.2016]] № 441н).
Заключение врача-психиатра-нарколога ГБУЗ «Областной наркологический диспансер» № [[R:<<####>>]] от [[D:{td3}]]; ХТИ: справка № [[R:<<###>>-ХТИ]] — наркотические средства и психотропные вещества не обнаружены.
Врач-психиатр [[P:{d_s}]], председатель ВК [[P:{e_i}]]""",
    ),
    (
        "заключение для трактористов и водителей самоходных машин",
        "медицинское заключение о противопоказаниях к управлению самоходными машинами (по справочнику 1522)",
        """Медицинское заключение о наличии (об отсутствии) у водителей самоходных машин медицинских противопоказаний
N [[R:<<##>>:<<##>>:<<#######>>]]
Выдано: [[P:{h_dat}]], дата рождения [[B:{bd}]],
проживающему: [[A:{adr}]]
Категории: A I, B, C (гусеничные и колёсные машины с двигателем мощностью до 110,3 кВт).
Медицинские противопоказания не выявлены. Медицинские ограничения: управление в очках (код 01).
Дата выдачи [[D:{td1}]]. Заключение действительно до [[D:{td2}]].
Врач [[P:{d_s}]]""",
    ),
    (
        "заключение о годности к альтернативной гражданской службе",
        "медицинское заключение о состоянии здоровья гражданина, проходящего АГС",
        """Медицинское заключение о состоянии здоровья гражданина, проходящего альтернативную гражданскую службу
№ [[R:АГС/<<###>>-<<##>>]] от [[D:{td1}]]
Гражданин [[P:{h}]], [[B:{bd}]] г.р., проходит АГС в ГБУЗ «Психоневрологический интернат», {town}, с [[D:{td2}]].
Направлен работодателем (исх. № [[R:<<####>>/к-25]] от [[D:{td1}]]) в связи с жалобами на боли в пояснице.
Диагноз: M51.1 Поражение межпозвонкового диска поясничного отдела с радикулопатией.
Заключение: годен к прохождению АГС с ограничением подъёма тяжестей более 10 кг на 3 месяца.
Председатель врачебной комиссии [[P:{d_s}]]; секретарь [[P:{n_s}]]""",
    ),
    (
        "лист здоровья класса из карт 026/у",
        "лист здоровья в классном журнале, сведения из медицинских карт 026/у-2000, таблица",
        """МБОУ «Средняя школа № 17», 2025/2026 уч. год — ЛИСТ ЗДОРОВЬЯ, 5 «Б» класс
№ | ФИО обучающегося | Дата рождения | Группа здоровья | Физкультурная группа | Рассадка
1 | [[P:{k}]] | [[B:{bdk5}]] | II | основная | 1 ряд, 2 парта (миопия)
2 | [[P:{g}]] | [[B:{bdk2}]] | III | подготовительная | —
3 | [[P:{h_s}]] | [[B:{bdk3}]] | I | основная | —
4 | [[P:{e_s}]] | [[B:{bdk4}]] | II | специальная «А» | у окна
Сведения внесены медицинской сестрой [[P:{n_s}]] на основании медицинских карт (ф. 026/у-2000) [[D:{td1}]]. Классный руководитель [[P:{d_i}]].""",
    ),
    (
        "сертификат 156/у-93, запись о ревакцинации",
        "форма 156/у-93, сертификат о профилактических прививках, страницы с записями",
        """СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)
Серия и номер сертификата: [[R:<<@@>> <<#######>>]]
Фамилия, имя, отчество: [[P:{k}]]
Год рождения — [[B:{bdk}]]. Адрес: [[A:{adr}]]
Прививки против дифтерии, коклюша, столбняка:
дата | возраст | препарат | доза | серия | подпись
[[D:{td1}]] | 3 мес | Инфанрикс Гекса | 0,5 | A21CD412A | [[P:{n_s}]]
[[D:{td2}]] | 4,5 мес | Инфанрикс Гекса | 0,5 | A21CD598C | [[P:{n_s}]]
Ревакцинация: [[D:{td3}]], АДС-М, 0,5 мл, серия 211, подпись [[P:{e_s}]].
Реакция на прививку: обычная. Медицинский отвод до [[D:{tdm}]] — ОРВИ.""",
    ),
    (
        "ортодонтическая карта 043-1/у",
        "форма 043-1/у, медицинская карта ортодонтического пациента",
        """МЕДИЦИНСКАЯ КАРТА ОРТОДОНТИЧЕСКОГО ПАЦИЕНТА № [[R:<<####>>-О]]
Дата заполнения карты [[D:{td1}]]
Фамилия, имя, отчество [[P:{k}]], дата рождения [[B:{bdk}]]
Законный представитель: мать [[P:{f}]], тел. [[T:{tel}]], e-mail [[E:{fmail}]]
Жалобы на неровные зубы, затруднённое откусывание пищи.
Прикус: дистальный, глубокий. Зубная формула: 17 16 55 54 13 12 11 | 21 22 63 64 65 26 27; 12 — ретенция.
ОПТГ [[D:{td2}]] (снимок № [[R:<<#####>>]]), ТРГ в боковой проекции. Модели челюстей изготовлены.
План лечения: аппарат Twin-Block, затем брекет-система Damon Q. Стоимость по договору № [[R:<<##>>/<<####>>-ОРТ]].
Врач-ортодонт [[P:{d_s}]]""",
    ),
    (
        "наряд в зуботехническую лабораторию",
        "заказ-наряд на изготовление зубного протеза",
        """ЗАКАЗ-НАРЯД № [[R:<<####>>/<<##>>]]  от [[D:{td1}]]
Клиника: Стоматология «Улыбка+», каб. 4. Врач-ортопед [[P:{d_s}]]
Пациент: [[P:{p_s}]], карта № [[R:<<#####>>]]
Работа: металлокерамическая коронка на 3.6, 4.6; бюгельный протез на нижнюю челюсть (кламмерная фиксация).
Цвет по шкале VITA A3. Сплав КХС Remanium 2001, партия 123456.
Примерка каркаса: [[D:{td2}]]; сдача работы: [[D:{td3}]].
Зубной техник [[P:{n_s}]]. Тел. лаборатории [[T:{tel}]]""",
    ),
    (
        "заявление о психиатрическом освидетельствовании без согласия",
        "заявление родственника о психиатрическом освидетельствовании (ст. 25 Закона о психиатрической помощи)",
        """Главному врачу ГБУЗ «Областная психиатрическая больница № 1»
от [[P:{q_gen}]], проживающ{q_ei} по адресу: [[A:{adr}]], тел. [[T:{tel}]]
ЗАЯВЛЕНИЕ
Прошу провести психиатрическое освидетельствование моего сына [[P:{h_gen}]], [[B:{bd}]] г.р., без его согласия.
С [[D:{tdm}]] он не спит, разговаривает с «голосами», [[D:{td1}]] пытался выйти в окно, угрожал соседке [[P:{g_dat}]] ножом. От обращения к врачу отказывается. Ранее лечился в ПНД (диспансерное наблюдение с {yr} г., карта № [[R:<<####>>-П]]).
[[D:{td2}]]   подпись   [[P:{q_s}]]
Заявление принято дежурным врачом [[P:{d_s}]], рег. № [[R:<<###>>/з]]""",
    ),
    (
        "справка психоневрологического диспансера для работодателя",
        "справка ПНД об отсутствии диспансерного наблюдения",
        """ГБУЗ «Психоневрологический диспансер»
[[A:{aorg}]], тел. регистратуры [[T:{tel}]]
СПРАВКА № [[R:<<####>>]]
Дана [[P:{p_dat}]], [[B:{bd}]] г.р., зарегистрированн{p_omu} по адресу: [[A:{adr}]], в том, что на диспансерном наблюдении и консультативном учёте у психиатра не состоит.
Справка выдана по личному заявлению для предоставления по месту требования (трудоустройство).
Паспорт [[Q:{pas}]] предъявлен. Дата выдачи [[D:{td1}]].
Врач-психиатр [[P:{d_s}]]""",
    ),
    (
        "постановка подростка на профилактический учёт у нарколога",
        "извещение и карта профилактического наблюдения врача психиатра-нарколога",
        """КАРТА ПРОФИЛАКТИЧЕСКОГО НАБЛЮДЕНИЯ № [[R:П-<<###>>/<<##>>]]
Подросток [[P:{k}]], [[B:{bdt}]], учащ{k_ii}ся ГПОУ «Политехнический колледж».
Законный представитель: отец [[P:{m}]], тел. [[T:{tel}]]; мать [[P:{f_s}]], тел. [[T:{tel2}]]
Адрес: [[A:{adr}]]
Основание: сообщение ПДН ОМВД (письмо № [[R:<<##>>/<<####>>]] от [[D:{td1}]]) — употребление алкоголя в общественном месте [[D:{td2}]].
Согласие законного представителя на профилактическое наблюдение получено [[D:{td3}]].
Диагноз: Z72.1 Употребление алкоголя (без признаков зависимости). AUDIT 9 баллов.
Врач психиатр-нарколог [[P:{d_s}]], участковая медсестра [[P:{n_i}]]""",
    ),
    (
        "запрос следователя о сведениях, составляющих врачебную тайну",
        "запрос следственного отдела в медицинскую организацию (ст. 13 323-ФЗ, ч. 4 п. 3)",
        """СЛЕДСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ
Следственный отдел по Заречному району
[[A:{aorg}]]
[[D:{td1}]] № [[R:<<###>>-<<##>>-<<####>>/<<####>>]]
Главному врачу ГБУЗ «Городская больница № 1»
В производстве следственного отдела находится уголовное дело № [[R:<<############>>]], возбуждённое [[D:{td2}]] по признакам преступления, предусмотренного ч. 1 ст. 111 УК РФ.
На основании п. 3 ч. 4 ст. 13 Федерального закона от [[D:21.11.2011]] № 323-ФЗ прошу предоставить заверенные копии медицинской карты стационарного больного [[P:{p_gen}]], [[B:{bd}]] г.р., находивш{p_ei}ся на лечении в нейрохирургическом отделении с [[D:{td3}]], а также рентгенограммы черепа.
Следователь [[P:{d_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "постановление о назначении судебно-медицинской экспертизы",
        "постановление следователя о назначении СМЭ, установочная и резолютивная части",
        """ПОСТАНОВЛЕНИЕ
о назначении судебно-медицинской экспертизы
{town}                                                      [[D:{tq}]] г.
Следователь СО ОМВД России по Северному району лейтенант юстиции [[P:{e}]], рассмотрев материалы уголовного дела № [[R:<<###########>>]],
УСТАНОВИЛ: [[D:{td1}]] около 23 часов в подъезде дома по адресу [[A:{adr}]] неустановленное лицо причинило [[P:{p_dat}]], [[B:{bd}]] г.р., телесные повреждения. Потерпевш{p_ii} доставлен{p_a} в ГБУЗ «ГКБ № 1» (КУСП № [[R:<<####>>]] от [[D:{td2}]]).
ПОСТАНОВИЛ: назначить судебно-медицинскую экспертизу, производство поручить ГБУЗ «Бюро СМЭ». Предоставить эксперту медицинскую карту № [[R:<<#####>>/С<<##>>]] и рентгенограммы.
Права и обязанности эксперту разъяснены. Эксперт [[P:{d_s}]] об ответственности по ст. 307 УК РФ предупреждён.""",
    ),
    (
        "судебный запрос медицинских документов по гражданскому делу",
        "запрос районного суда в медицинскую организацию по гражданскому делу о компенсации вреда",
        """Первомайский районный суд
[[A:{aorg}]]
тел./факс [[T:{tel}]], e-mail: [[E:{omail}]]
[[D:{td1}]]  исх. № [[R:2-<<####>>/<<####>>]]
Главному врачу ГБУЗ «Областная клиническая больница»
В производстве суда находится гражданское дело № [[R:2-<<####>>/<<####>>]] по иску [[P:{p_gen}]] к ГБУЗ «ОКБ» о компенсации морального вреда.
Суд просит в срок до [[D:{td3}]] направить заверенные копии медицинской карты стационарного больного № [[R:<<####>>-<<##>>]] на имя [[P:{p_gen}]], [[B:{bd}]] года рождения, проживающ{p_ei} по адресу: [[A:{adr}]], за период с [[D:{td2}]].
Судья [[P:{e_i}]]
Исп. помощник судьи [[P:{n_s}]]""",
    ),
    (
        "протокол телемедицинской консультации с НМИЦ",
        "протокол консультации с применением телемедицинских технологий врач–врач (НМИЦ)",
        """ПРОТОКОЛ КОНСУЛЬТАЦИИ С ПРИМЕНЕНИЕМ ТЕЛЕМЕДИЦИНСКИХ ТЕХНОЛОГИЙ
Номер заявки в ТМК-системе: [[R:<<####>>-<<#####>>]]  Тип: плановая, врач–врач (отложенная)
Консультирующая организация: ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России
Запрашивающая: ГБУЗ «Областная клиническая больница», {town}
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Лечащий врач: [[P:{d}]], кардиолог, тел. [[T:{tel}]], [[E:{dmail}]]
Вопрос: тактика при гипертрофической кардиомиопатии с обструкцией ВТЛЖ (градиент 78 мм рт. ст.), показания к септальной миоэктомии.
Представлено: ЭхоКГ от [[D:{td1}]], МРТ сердца от [[D:{td2}]] (исследование № [[R:MR<<#######>>]]), холтер.
Заключение консультанта [[P:{e_s}]] ([[D:{td3}]]): показана госпитализация в НМИЦ для решения вопроса о миоэктомии, талон ВМП оформить по профилю «сердечно-сосудистая хирургия».""",
    ),
    (
        "чат с врачом в личном кабинете ЕМИАС",
        "переписка пациента с врачом в электронной медицинской карте ЕМИАС (мобильное приложение)",
        """ЕМИАС.ИНФО · Чат с врачом · обращение [[R:<<#######>>]]
[[P:{p_fi}]] · [[D:{tdm}]] 21:14
Здравствуйте! Пришли анализы, ТТГ 6,8 (норма 0,4–4,0). Мне продолжать L-тироксин 50 или увеличить? Карта [[R:<<##>>-<<######>>]], полис [[O:{enp}]]
Врач-эндокринолог [[P:{d_io}]] [[P:{d_sur}]] · [[D:{tdm}]] 09:02
{p_io}, добрый день. Увеличьте дозу до 75 мкг натощак, контроль ТТГ через 6–8 недель. Направление на анализ оформила, запишитесь через приложение. Если будет сердцебиение — звоните [[T:{tel}]].
[[P:{p_fi}]] · 09:10
Спасибо! А можно прислать результат на почту [[E:{mail}]]?""",
    ),
    (
        "уведомления Госуслуг о записи к врачу",
        "push- и e-mail-уведомления портала Госуслуг о записи, переносе и отмене приёма",
        """Госуслуги · Уведомления
[[D:{td1}]] 08:12 — Заявление № [[R:<<##########>>]] принято. [[P:{p_io}]], вы записаны к врачу-офтальмологу [[P:{d_s}]] на [[D:{td2}]] в 10:40, ГБУЗ «Городская поликлиника № 7», [[A:{aorg}]], каб. 214.
[[D:{td3}]] 17:55 — Приём по заявлению № [[R:<<##########>>]] перенесён врачом на [[D:{td4}]] 11:20.
[[D:{td4}]] 07:00 — Напоминание: сегодня приём. Возьмите паспорт и полис ОМС [[O:{enp}]]. Отменить запись можно по телефону [[T:{tel}]] или в приложении.
Письмо отправлено на [[E:{mail}]]. Это автоматическое сообщение, отвечать на него не нужно.""",
    ),
    (
        "расшифровка бронирования в аптеке по телефону",
        "распознанная речь (ASR) звонка в аптечную сеть, без пунктуации, нижний регистр",
        """[asr, аптечная сеть «здравница», линия 2, длительность 02:47]
оператор аптека здравница меня зовут [[P:{n_low}]] слушаю вас
клиент здравствуйте хотела забронировать инсулин туджео солостар пять шприц ручек
оператор на кого оформить
клиент [[P:{p_low}]]
оператор номер телефона для смс
клиент ой сейчас посмотрю он новый
оператор не торопитесь
клиент [[T:{tel}]]
оператор заказ номер [[R:<<##########>>]] будет готов завтра после четырнадцати по адресу [[A:{adr2_low}]] при получении нужен рецепт на ваше имя
клиент а мама может забрать [[P:{g_low}]]
оператор да с рецептом и вашим паспортом до [[D:{tsp}]] включительно""",
    ),
    (
        "журнал отпуска льготных препаратов в аптеке",
        "журнал учёта отпуска лекарственных препаратов по рецептам 148-1/у-04(л), таблица через «;»",
        """Аптечный пункт № 35/014 ГП «Вологдафармация» — журнал отпуска по льготным рецептам, [[D:{td1}]]
№ п/п;серия и номер рецепта;ФИО;СНИЛС;препарат;кол-во;провизор
1;[[R:35<<##>> <<######>>]];[[P:{p_s}]];[[S:{sn}]];Апиксабан 5 мг №60;1 уп.;[[P:{n_s}]]
2;[[R:35<<##>>-<<######>>]];[[P:{q_s}]];[[S:{sn2}]];Инсулин гларгин 100 ЕД/мл 3 мл №5;2 уп.;[[P:{n_s}]]
3;[[R:35<<##>>№<<######>>]];[[P:{h_s}]];[[S:{snd}]];Метформин 1000 мг №60, серия 020725;1 уп.;[[P:{e_s}]]
Итого отпущено 3 рецепта на сумму 4 812,40 руб. Ответственный [[P:{e_i}]]""",
    ),
    (
        "отсроченное обслуживание льготного рецепта",
        "рецепт 148-1/у-04(л), поставленный на отсроченное обслуживание, уведомление пациенту",
        """УВЕДОМЛЕНИЕ
об отсроченном обслуживании рецепта
Уважаем{p_yi} [[P:{p_io}]]!
Ваш рецепт формы 148-1/у-04(л) серия [[R:<<##>>-<<##>> № <<#######>>]] от [[D:{td1}]] на препарат «Тикагрелор 90 мг таб. №56» принят на отсроченное обслуживание [[D:{td2}]] в аптеке по адресу: [[A:{aorg}]].
Код льготы 084, источник финансирования — региональный бюджет. СНИЛС [[S:{sn}]].
О поступлении препарата сообщим по телефону [[T:{tel}]] (SMS) не позднее 10 рабочих дней (приказ Минздрава России от [[D:24.11.2021]] № 1094н).
Провизор [[P:{n_s}]]""",
    ),
    (
        "письмо о переводе в другой стационар",
        "письмо главного врача о переводе пациента между медицинскими организациями и лист согласования",
        """ГБУЗ «Центральная районная больница» · [[A:{aorg}]] · тел. [[T:{tel3}]]
Исх. № [[R:<<##>>-<<##>>/<<###>>]] от [[D:{td1}]]
Главному врачу ГБУЗ «Областная клиническая больница» [[P:{e_dat}]]
Уважаем{e_yi} [[P:{e_io}]]!
По направлению [[R:<<##>>-<<####>>/Н]] от [[D:{td1}]] прошу принять на перевод в отделение сосудистой хирургии пациента [[P:{p_acc}]], [[B:{bd}]] г.р. ([[R:<<###>>/<<##>>]] — номер истории болезни), с диагнозом: I70.22 Атеросклероз артерий нижних конечностей, критическая ишемия справа.
Перевод согласован по телефону с дежурным хирургом [[P:{h_ins}]] [[D:{td2}]] в 14:20. Транспортировка реанимобилем ЦРБ, сопровождает врач [[P:{d_s}]].
Родственники (дочь [[P:{g}]], тел. [[T:{tel}]]) уведомлены.
Главный врач [[P:{m_i}]]""",
    ),
    (
        "патронаж новорождённого, сведения о семье",
        "первичный врачебно-сестринский патронаж новорождённого (история развития ребёнка, вкладыш)",
        """ПЕРВИЧНЫЙ ПАТРОНАЖ НОВОРОЖДЁННОГО
Дата [[D:{td1}]]. Участок № 14. Медсестра [[P:{n_s}]], педиатр [[P:{d_s}]]
Ребёнок: [[P:{k_fi}]], родил{k_sya} [[B:{bdn}]] в ГБУЗ «Перинатальный центр», история развития № [[R:<<####>>]], свидетельство о рождении [[C:{bc}]] получено отцом
Мать: [[P:{f}]], [[B:{bdf}]], тел. [[T:{tel}]], СНИЛС [[S:{sn}]]
Отец: [[P:{m}]], тел. [[T:{tel2}]], работает вахтовым методом
Проживают: [[A:{adr}]], двухкомнатная квартира, условия удовлетворительные, в семье есть кошка.
Вскармливание грудное, по требованию. Пупочная ранка сухая. Желтуха физиологическая, ТКБ 9,1 мг/дл.
Группа здоровья IIА. Следующий патронаж [[D:{td2}]]. Мать просит звонить на WhatsApp отца.""",
    ),
    (
        "визит медсестры на дом к маломобильному пациенту",
        "запись о посещении на дому участковой медицинской сестрой (патронаж пожилого)",
        """Посещение на дому [[D:{td1}]], 11:30–12:05, медсестра участка № 7 [[P:{n}]].
Пациентка [[P:{g}]], возраст {age}, лежачая после ОНМК (I69.3), проживает по адресу [[A:{adr}]], ключ от домофона у соседки [[P:{f_s}]] (кв. напротив).
Уход осуществляет сын [[P:{h_io}]] [[P:{h_sur}]], тел. [[T:{tel}]] / [[T:{tel2}]].
АД 138/84, пульс 76, сатурация 95 %. Пролежень крестца II ст. 2×3 см, обработан, наложена повязка Mepilex. Глюкоза 7,4.
Обучен сын смене положения каждые 2 ч. Лекарства: аторвастатин 20 мг, апиксабан 2,5 мг × 2.
Сообщено врачу [[P:{d_s}]]. Повторное посещение [[D:{td2}]].""",
    ),
    (
        "направление в хоспис, заключение врачебной комиссии",
        "заключение ВК о наличии показаний к паллиативной помощи в стационарных условиях",
        """ЗАКЛЮЧЕНИЕ ВРАЧЕБНОЙ КОМИССИИ № [[R:<<###>>-ПМП]] от [[D:{td1}]]
о наличии медицинских показаний для оказания паллиативной медицинской помощи
Пациент: [[P:{p}]], [[B:{bd}]], адрес: [[A:{adr}]]
Диагноз: C25.0 Рак головки поджелудочной железы T4N1M1 (печень), IV клиническая группа. Состояние после стентирования холедоха [[D:{td2}]].
ECOG 3, PPS 40 %. Болевой синдром: ВАШ 7 баллов на фоне трамадола 400 мг/сут.
Решение: рекомендовано направление в ГБУЗ «Хоспис» ([[A:{aorg}]]), перевод на морфин пролонгированного действия, оформлен рецепт 107/у-НП № [[R:<<##>> <<#######>>]].
Законный представитель/родственник: супруг(а) [[P:{q}]], тел. [[T:{tel}]], согласие получено.
Председатель ВК [[P:{d_s}]], члены: [[P:{e_s}]], [[P:{n_s}]]""",
    ),
    (
        "договор безвозмездного пользования кислородным концентратором",
        "договор и акт приёма-передачи медицинского изделия для паллиативной помощи на дому",
        """ДОГОВОР № [[R:<<##>>/<<##>>-КК]] безвозмездного пользования медицинским изделием
{town}                                                            [[D:{tw}]] г.
ГБУЗ «Областной хоспис» (ИНН {inn_org}, ОГРН {ogrn}), именуемое «Ссудодатель», в лице главного врача [[P:{d_gen}]], и гражданин(ка) [[P:{q}]], паспорт [[Q:{pas}]], проживающ{q_ii} по адресу: [[A:{adr}]], именуем{q_yi} «Ссудополучатель», действующ{q_ii} в интересах [[P:{p_gen}]], заключили настоящий договор.
1. Ссудодатель передаёт концентратор кислорода Armed 7F-5L, заводской № 2024-071453, в исправном состоянии.
2. Срок пользования — до [[D:{td3}]] с возможностью продления.
АКТ приёма-передачи от [[D:{td1}]]: изделие передано, инструктаж проведён. Тел. технической службы [[T:{tel3}]].
Ссудодатель ________ [[P:{d_s}]]   Ссудополучатель ________ [[P:{q_s}]]""",
    ),
    (
        "журнал скрининга клинического исследования",
        "журнал скрининга и включения участников (screening log) многоцентрового исследования",
        """Протокол CT-AX-2207 (фаза III), центр № 112, ГБУЗ «Областной онкологический диспансер»
ЖУРНАЛ СКРИНИНГА (копия для монитора, конфиденциально)
Скрин. № | ФИО | Дата рожд. | Дата ИС | Результат | Рандомизационный №
[[R:112-0<<##>>]] | [[P:{p_s}]] | [[B:{bd}]] | [[D:{td1}]] | включён | [[R:R<<####>>]]
[[R:112-0<<##>>]] | [[P:{q_s}]] | [[B:{bdf}]] | [[D:{td2}]] | скрин-неудача (ECOG 2) | —
[[R:112-0<<##>>]] | [[P:{h_s}]] | [[B:{bd2}]] | [[D:{td3}]] | отзыв согласия | —
Главный исследователь [[P:{d}]], координатор [[P:{n_fi}]], тел. [[T:{tel}]], [[E:{dmail}]]
Номер разрешения Минздрава на проведение КИ № 512 от [[D:{td4}]]. Препарат: исследуемый, серия AX-22-0415.""",
    ),
    (
        "подписной лист информированного согласия участника исследования",
        "страница подписей информированного согласия на участие в клиническом исследовании",
        """ИНФОРМИРОВАННОЕ СОГЛАСИЕ, версия 3.0 от [[D:{td1}]] — лист подписей
Я, [[P:{p}]], подтверждаю, что прочитал(а) информационный листок, мне дали время задать вопросы. Мой идентификационный номер участника: [[R:<<###>>-<<###>>]].
Подпись участника ____________ Дата: [[D:{td2}]]  Время 10:15
Лицо, проводившее беседу: [[P:{d}]] (врач-исследователь) ____________ [[D:{td2}]]
Независимый свидетель (для неграмотного участника): [[P:{q}]], паспорт [[Q:{pas}]] ____________
Контакты для вопросов о правах участника: Совет по этике, тел. [[T:{tel}]]. Страховой полис участника № [[R:<<@@>>-<<########>>]], страховщик АО «СОГАЗ».""",
    ),
    (
        "претензия медицинской организации в ТФОМС по МЭЭ",
        "претензия (протокол разногласий) МО по акту медико-экономической экспертизы",
        """Директору ТФОМС
[[A:{abox}]]
e-mail: [[E:{omail}]]
ПРЕТЕНЗИЯ на акт медико-экономической экспертизы № [[R:МЭЭ-<<####>>/<<##>>]] от [[D:{td1}]]
ГБУЗ «Городская больница № 2» не согласна с применением кода дефекта 3.2.1 (снятие 30 %) по случаю лечения застрахованного лица [[P:{p_gen}]], ЕНП [[O:{enp}]], история болезни № [[R:<<#####>>]], период госпитализации с [[D:{td2}]] по [[D:{td3}]], КСГ st36.007.
Обоснование: осмотр заведующего отделением проведён (запись от [[D:{td3}]]), протокол ВК № [[R:<<##>>]] приложен.
Просим пересмотреть решение в порядке, установленном приказом Минздрава России от [[D:19.03.2021]] № 231н.
Заместитель главного врача по ЭВН [[P:{d_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "акт экспертизы качества медицинской помощи",
        "акт ЭКМП страховой медицинской организации (целевая экспертиза по жалобе)",
        """АКТ ЭКСПЕРТИЗЫ КАЧЕСТВА МЕДИЦИНСКОЙ ПОМОЩИ № [[R:<<##>>/ЭКМП/<<####>>]]
Целевая по обращению застрахованного лица (рег. № [[R:<<####>>-Ж]] от [[D:{td1}]])
СМО: филиал ООО «АльфаСтрахование-ОМС». Эксперт качества [[P:{e}]] (код эксперта в реестре ТФОМС [[R:<<##>>-<<####>>]]).
Застрахованное лицо: [[P:{p}]], [[B:{bd}]], полис [[O:{enp}]]
Медицинская документация: медицинская карта № [[R:<<######>>]], ГБУЗ «ЦРБ», период [[D:{td2}]] — [[D:{td3}]].
Выявлено: несвоевременное назначение антибактериальной терапии при внебольничной пневмонии (J18.9): первая доза цефтриаксона через 9 ч после поступления. Код дефекта 3.2.3.
Заключение направлено заявителю по адресу [[A:{adr}]] и на e-mail [[E:{mail}]].""",
    ),
    (
        "голосовой помощник записи к врачу, распознанная речь",
        "журнал голосового робота регистратуры (ASR), нижний регистр без знаков препинания",
        """робот здравствуйте вы позвонили в единый колл центр записи к врачу назовите фамилию имя и отчество пациента
абонент [[P:{p_low}]]
робот назовите дату рождения
абонент [[B:{bdv}]] года
робот не расслышал повторите дату рождения цифрами
абонент [[B:{bdv_dot}]]
робот назовите номер полиса омс
абонент [[O:{enp}]]
робот к какому специалисту вы хотите записаться
абонент к неврологу к [[P:{d_low_dat}]] если можно
робот ближайшее время [[D:{tsp}]] в девять сорок кабинет триста двенадцать записать
абонент да и смс на этот номер [[T:{tel}]]
робот вы записаны номер записи [[R:<<###>>-<<###>>-<<###>>]] до свидания""",
    ),
    (
        "звонок в контакт-центр страховой медицинской организации",
        "расшифровка разговора оператора СМО с застрахованным (ASR с ошибками распознавания)",
        """оператор страховая компания согаз мед оператор [[P:{n_io_low}]] чем могу помочь
застрахованный мне отказали в бесплатной мрт говорят ждать два месяца
оператор представьтесь пожалуйста
застрахованный [[P:{p_low}]] [[B:{bds}]] года рождения
оператор номер полиса или снилс
застрахованный снилс [[S:{snd}]]
оператор спасибо нашла вас вы прикреплены к поликлинике в [[A:{aloc_low}]] верно
застрахованный да направление от [[D:{tsp}]] номер [[R:<<#####>>]]
оператор я регистрирую обращение номер [[R:<<##>>-<<#######>>]] наш эксперт перезвонит вам на [[T:{tel}]] в течение трёх рабочих дней""",
    ),
    (
        "цепочка писем о пересылке результатов с подписями",
        "e-mail-переписка лаборатории, врача и пациента: цитаты, подписи, реквизиты",
        """От: [[P:{d_fi}]] <[[E:{dmail}]]>
Кому: [[E:{mail}]]
Копия: [[E:{omail}]]
Дата: [[D:{tw}]] 16:42
Тема: RE: RE: результаты биопсии, заявка [[R:<<%%>>-<<######>>]]
[[P:{p_io}]], здравствуйте. Гистология готова, заключение во вложении (PDF). Запишитесь на приём через регистратуру, обсудим план.
--
С уважением,
[[P:{d_i}]]
врач-онколог ГБУЗ «Онкологический диспансер»
[[A:{aorg}]]
тел.: [[T:{tel3}]] доб. 2215 | моб.: [[T:{tel2}]]
> [[D:{tsl}]], [[P:{p_fi}]] пишет:
> Добрый день! Подскажите, готов ли ответ по биопсии от [[D:{td1}]]? Мой телефон [[T:{tel}]].
> Отправлено с iPhone""",
    ),
    (
        "письмо пациента о выдаче копии карты с подписью",
        "электронное обращение пациента в регистратуру с блоком подписи и реквизитами",
        """Тема: Запрос копии амбулаторной карты
Здравствуйте!
Прошу выдать заверенную копию моей медицинской карты амбулаторного больного ([[R:<<#####>>/<<##>>]] — номер на обложке) за период с [[D:{td1}]] по настоящее время для предоставления в МСЭ.
Готов{p_a} получить лично или по почте по адресу: [[A:{adr}]].
Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]].
Скан заявления с подписью прилагаю.
—
[[P:{p}]]
[[T:{tel}]], [[T:{tel2}]]
[[E:{mail}]]
Ответ регистратуры от [[D:{td2}]]: заявление зарегистрировано под № [[R:<<###>>/вх-<<##>>]], срок подготовки 30 дней (приказ Минздрава России от [[D:31.07.2020]] № 789н).""",
    ),
    (
        "скан выписки из стационара с ошибками OCR",
        "распознанный скан выписного эпикриза: 0 вместо О, 3 вместо З, переносы по слогам",
        """Г6УЗ «0БЛАСТНАЯ КЛИНИЧЕСКАЯ Б0ЛЬНИЦА»
ВЫПИСН0Й ЭПИКРИ3 и3 медицинской карты стационарн0го 6ольного №[[R:<<####>>-
<<##>>]]
Ф.И.0. пациента: [[P:{p_ocr}]]
Дата р0ждения: [[B:{bd}]]   Адрес: [[A:{adr_ocr}]]
Нах0дил{p_sya} на лечении ([[R:<<####>>]] и/б) в кардиол0гическом 0тделении с [[D:{td1}]] п0 [[D:{td2}]].
Диагн03 0сновн0й: I21.1 0стрый трансмуральный инфаркт мио-
карда нижней стенки 0т [[D:{td1}]]. 0сложнения: ОСН Killip II.
Выполнена К0р0нар0графия, стентир0вание ПКА (стент Resolute Onyx 3,0×26 мм).
Рек0мендовано: тикагрел0р 90 мг 2 р/д, аторвастатин 80 мг. Набл. кардиол0га по ме-
сту жительства. Лечащий врач [[P:{d_brk}]]
Зав. 0тделением [[P:{e_s}]]""",
    ),
    (
        "скан справки из роддома с переносами",
        "распознанный скан справки о рождении для соцзащиты (перенос фамилии и номера по строкам)",
        """СПРАВКА № [[R:<<###>>]]
Выдана в том, что гр. [[P:{f_brk}]]
родила в ГБУЗ «Родильный д0м № 2» [[B:{bdn}]] живого ребён-
ка, пол {k_sex}. Медицинское свидетельство о рождении серия [[R:<<##>> №
<<########>>]].
Для предъявления в ОСФР по месту жительства для назначения ед-
иновременного пособия. Адрес матери: [[A:{adr_ocr}]]
[[D:{td1}]]. Главный врач [[P:{d_s}]]""",
    ),
    (
        "график сеансов гемодиализа, таблица",
        "график смен отделения диализа с пациентами, выгрузка в текст",
        """Отделение гемодиализа ГБУЗ «ГКБ № 1». График на неделю с [[D:{td1}]]
смена | аппарат | пациент | ФИО | доступ | сухой вес | транспорт
1 (пн-ср-пт 07:00) | Fresenius 5008S № 4 | [[R:ГД-<<###>>]] | [[P:{p_s}]] | АВФ левое предплечье | 71,5 | такси, тел. [[T:{tel}]]
1 (пн-ср-пт 07:00) | Fresenius 5008S № 5 | [[R:ГД-<<###>>]] | [[P:{q_s}]] | перманентный катетер | 58,0 | сам
2 (вт-чт-сб 12:00) | Nikkiso DBB-07 № 2 | [[R:ГД-<<###>>]] | [[P:{h_s}]] | АВФ | 84,2 | сын [[P:{m_io}]] [[T:{tel2}]]
Заведующий отделением [[P:{d_s}]]. Дежурная медсестра [[P:{n_sp}]]""",
    ),
    (
        "реестр проб на ПЦР, выгрузка CSV",
        "выгрузка реестра направлений в ПЦР-лабораторию (CSV с точкой с запятой)",
        """id_направления;штрихкод;фамилия;имя;отчество;дата_рождения;телефон;адрес;дата_забора;исследование
[[R:<<########>>]];[[R:<<##########>>]];[[P:{p_sur}]];[[P:{p_first}]];—;[[B:{bd}]];[[T:{tel}]];"[[A:{adr}]]";[[D:{td1}]];SARS-CoV-2 РНК
[[R:<<########>>]];[[R:<<##########>>]];[[P:{q_sur}]];[[P:{q_first}]];—;[[B:{bdf}]];[[T:{tel2}]];"[[A:{adr2}]]";[[D:{td1}]];Грипп A/B РНК
# выгрузил [[P:{n_s}]] [[D:{tiso}]] 18:03, ЛИС «Ариадна» v. 4.2""",
    ),
    (
        "направление тела на патолого-анатомическое вскрытие",
        "направление на патолого-анатомическое вскрытие и сопроводительные сведения",
        """НАПРАВЛЕНИЕ НА ПАТОЛОГО-АНАТОМИЧЕСКОЕ ВСКРЫТИЕ
1. Наименование МО, направляющей тело: ГБУЗ «Городская больница № 3», терапевтическое отделение, палата {room}
2. ФИО умершего: [[P:{p}]]
3. Дата рождения [[B:{bd}]]; дата смерти [[D:{td2}]], время 04:35
4. Медицинская карта стационарного больного № [[R:<<#####>>]], полис [[O:{enp}]]
5. Место регистрации: [[A:{adr}]]
6. Заключительный клинический диагноз: J44.1 ХОБЛ с обострением; осл.: ОДН III ст. Соп.: I48.2 Постоянная фибрилляция предсердий.
7. Родственник, уведомлённый о смерти: [[P:{q}]], тел. [[T:{tel}]], уведомлен{q_a} [[D:{td2}]] в 06:10.
Лечащий врач [[P:{d_s}]]   Заведующий отделением [[P:{e_s}]]""",
    ),
    (
        "протокол установления смерти мозга",
        "протокол установления диагноза смерти мозга человека (по приказу Минздрава)",
        """ПРОТОКОЛ УСТАНОВЛЕНИЯ ДИАГНОЗА СМЕРТИ МОЗГА ЧЕЛОВЕКА № [[R:<<##>>/<<####>>]]
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], медицинская карта № [[R:<<####>>-Р]]
Отделение анестезиологии-реанимации № 2, койка 6.
Первичный осмотр [[D:{td1}]] в 08:00, повторный — [[D:{td1}]] в 14:00. Тест апноэтической оксигенации положительный, ЭЭГ — биоэлектрическое молчание.
Диагноз смерти мозга установлен [[D:{td1}]] в 14:40 (приказ Минздрава России от [[D:25.12.2014]] № 908н).
Консилиум: анестезиолог-реаниматолог [[P:{d}]], невролог [[P:{e}]], заведующий отделением [[P:{m_s}]].
Родственники (мать [[P:{g}]]) извещены по телефону [[T:{tel}]].""",
    ),
    (
        "сообщение в полицию о поступлении пострадавшего",
        "сообщение МО в органы внутренних дел о поступлении пациента с травмой насильственного характера и запись журнала",
        """ТЕЛЕФОНОГРАММА
Дежурному ОМВД России по Центральному району, тел. [[T:{tel3}]]
[[D:{td1}]] в 01:55 в приёмное отделение ГБУЗ «ГКБ скорой медицинской помощи» бригадой СМП (карта вызова № [[R:<<####>>]]) доставлен{p_a} [[P:{p}]], [[B:{bd}]] г.р., проживающ{p_ii}: [[A:{adr}]].
Со слов пострадавш{p_ei}, избит{p_a} неизвестными возле дома. Диагноз: S06.0 ЗЧМТ. Сотрясение головного мозга. Ушибленная рана теменной области. Состояние средней степени тяжести.
Передал: дежурный врач [[P:{d_s}]]. Принял: оперативный дежурный [[P:{m_s}]], [[D:{td1}]] в 02:10.
Журнал регистрации сведений о поступлении пациентов, запись № 214 (№ п/п), КУСП [[R:<<####>>]] от [[D:{td1}]].""",
    ),
    (
        "журнал выдачи медицинских документов и выписок",
        "журнал выдачи медицинских документов (их копий) и выписок из них, таблица",
        """ЖУРНАЛ ВЫДАЧИ МЕДИЦИНСКИХ ДОКУМЕНТОВ (их копий) И ВЫПИСОК ИЗ НИХ. Начат [[D:09.01.2025]]
№ | дата | кому выдан | документ | основание | подпись получателя
57 | [[D:{td1}]] | [[P:{p_s}]], паспорт [[Q:{pas}]] | копия карты [[R:<<#####>>]] на 48 л. | заявление вх. № [[R:<<###>>]] | ______
58 | [[D:{td2}]] | [[P:{q_s}]] по доверенности № [[R:<<##>> АА <<#######>>]] от [[D:{td1}]] | выписка из ИБ № [[R:<<####>>/<<##>>]] | доверенность | ______
59 | [[D:{td3}]] | следователь [[P:{h_s}]] | оригиналы рентгенограмм (3 шт.) | запрос № [[R:<<##>>/<<##>>-<<####>>]] | ______
Выдавала медицинский регистратор [[P:{n_s}]]""",
    ),
    (
        "расписка в получении диска с исследованием",
        "расписка пациента о получении копии исследования на CD и возврате оригиналов",
        """РАСПИСКА
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], получил{p_a} на руки компакт-диск с записью МСКТ органов грудной клетки от [[D:{td1}]] (исследование № [[R:<<#########>>]], аппарат Siemens Somatom go.Up, серийный номер 108821) и заключение врача-рентгенолога [[P:{d_s}]].
Обязуюсь вернуть оригиналы плёнок до [[D:{td3}]].
Контактный телефон: [[T:{tel}]]
Дата: [[D:{td2}]]   Подпись ________""",
    ),
    (
        "журнал вызовов врача на дом 031/у",
        "журнал записи вызовов врачей на дом (ф. 031/у), таблица через «|»",
        """Журнал вызовов врача на дом, участок № 9, [[D:{td1}]]
№ | время | ФИО больного | возраст | адрес | телефон | повод | врач
1 | 08:12 | [[P:{p_s}]] | {age} | [[A:{adr}]] | [[T:{tel}]] | t 38,9, кашель | [[P:{d_s}]]
2 | 08:40 | [[P:{k_s}]] | {agek} | [[A:{adr2}]] | [[T:{tel2}]], мама | сыпь, температура | [[P:{e_s}]]
3 | 09:05 | [[P:{g_s}]] | 91 | [[A:{aloc}]] | [[T:{ctel}]] | выписка рецепта, лежачая | [[P:{d_s}]]
Принял регистратор [[P:{n_i}]]""",
    ),
    (
        "извещение о нежелательной реакции на лекарство",
        "извещение о побочном действии лекарственного препарата в Росздравнадзор (АИС «Фармаконадзор»)",
        """ИЗВЕЩЕНИЕ о побочном действии, нежелательной реакции или отсутствии ожидаемого терапевтического эффекта лекарственного препарата
Первичное. Номер в АИС: [[R:<<####>>-<<######>>]]
Пациент: инициалы [[P:{p_sur[0]}.{p_ini}]], пол —, возраст {age}, вес 72 кг. Номер истории болезни [[R:<<#####>>]].
Подозреваемый ЛП: Амоксициллин + клавулановая кислота, таб. 875/125 мг, серия 4X7712, производитель Сандоз. Рег. № ЛП-001234.
Начало терапии [[D:{td1}]], реакция [[D:{td2}]]: генерализованная крапивница, отёк Квинке. Отмена препарата, преднизолон 90 мг в/в. Исход: выздоровление без последствий.
Сообщивший: [[P:{d}]], врач-терапевт, тел. [[T:{tel}]], e-mail [[E:{dmail}]]. Дата сообщения [[D:{td2}]].""",
    ),
    (
        "извещение о поствакцинальном осложнении",
        "экстренное извещение о необычной реакции после иммунизации (ф. 058/у в части НППИ)",
        """Сообщение о побочном проявлении после иммунизации
Ребёнок [[P:{k}]], [[B:{bdk}]], ДОУ № 112, адрес: [[A:{adr}]]
Мать [[P:{f_io}]], тел. [[T:{tel}]]
Вакцина: ККП «Вактривир», серия 0241, годна до 11.2026, введена [[D:{td1}]] в прививочном кабинете № 7 медсестрой [[P:{n_s}]].
Реакция: [[D:{td2}]] фебрильные судороги на фоне t 39,6 °С, госпитализирован{k_a} в ДИБ.
Извещение передано в ФБУЗ «Центр гигиены и эпидемиологии» [[D:{td2}]] по тел. [[T:{tel3}]], принял{n_a} [[P:{m_s}]]. Регистрационный № [[R:<<###>>]] ПППИ.""",
    ),
    (
        "карта эпидрасследования очага кори",
        "карта эпидемиологического обследования очага инфекционного заболевания, список контактных",
        """КАРТА ЭПИДЕМИОЛОГИЧЕСКОГО ОБСЛЕДОВАНИЯ ОЧАГА № [[R:<<##>>-К/<<###>>]]
Заболевание: корь (B05.9), лабораторно подтверждена (IgM от [[D:{td1}]]).
Больной: [[P:{p}]], [[B:{bd}]], адрес: [[A:{adr}]], место работы — ТЦ «Ривьера».
Дата появления сыпи [[D:{td1}]], госпитализирован в ИБ [[D:{td2}]].
Контактные по месту жительства:
— [[P:{q}]], [[B:{bdf}]], привит двукратно, тел. [[T:{tel}]];
— [[P:{k}]], [[B:{bdk}]], не привит (отказ матери [[P:{f_s}]]), проведена иммунизация ЖКВ [[D:{td2}]];
— [[P:{g}]], пенсионерка, [[B:{bd2}]], сведений о прививках нет, тел. [[T:{ctel}]].
Обследование провёл эпидемиолог [[P:{d_s}]]""",
    ),
    (
        "медико-генетическое консультирование, родословная",
        "протокол медико-генетической консультации с описанием родословной",
        """ПРОТОКОЛ МЕДИКО-ГЕНЕТИЧЕСКОГО КОНСУЛЬТИРОВАНИЯ № [[R:МГК-<<####>>]]
Пробанд: [[P:{k}]], [[B:{bdk}]]. Направлен{k_a} неврологом с подозрением на спинальную мышечную атрофию.
Родословная: мать [[P:{f}]], [[B:{bdf}]], здорова; отец [[P:{m}]], [[B:{bd}]], здоров; брак неродственный. Дед по линии матери [[P:{h_s}]] умер в 54 года (БАС?). Сибс — сестра [[P:{g_io}]], 3 года, здорова.
Синдром Дауна, муковисцидоз в роду отрицают.
Назначено: MLPA гена SMN1, образец крови № [[R:<<##>>-<<#####>>]] отправлен [[D:{td1}]].
Контакты семьи: [[T:{tel}]], [[E:{fmail}]]; адрес [[A:{adr}]].
Врач-генетик [[P:{d}]]""",
    ),
    (
        "поимённый список работников на периодический медосмотр",
        "поименный список работников, подлежащих периодическому медосмотру (приказ 29н), таблица",
        """ПОИМЕННЫЙ СПИСОК работников ООО «ЛесПромТорг» (ИНН {inn_org}), подлежащих периодическому медицинскому осмотру в {yr} г.
№ | ФИО | дата рождения | СНИЛС | должность | вредные факторы (прил. к приказу 29н)
1 | [[P:{m}]] | [[B:{bd}]] | [[S:{sn}]] | вальщик леса | 4.1, 4.4, 5.1
2 | [[P:{h}]] | [[B:{bd2}]] | [[S:{sn2}]] | водитель лесовоза | 18.2, 4.1
3 | [[P:{g}]] | [[B:{bdf}]] | [[S:{snd}]] | мастер | 5.1
Ответственный по охране труда [[P:{q_s}]], тел. [[T:{tel}]], [[E:{mail2}]]. Согласовано с ЦГиЭ [[D:{td1}]].""",
    ),
    (
        "направление работодателя на предварительный медосмотр",
        "направление на предварительный медицинский осмотр при поступлении на работу",
        """НАПРАВЛЕНИЕ № [[R:<<###>>-ПО]] на предварительный медицинский осмотр
Работодатель: АО «Череповецкий фанерно-мебельный комбинат», ОГРН {ogrn}, адрес: [[A:{aorg}]], e-mail [[E:{omail}]].
Вид экономической деятельности по ОКВЭД 16.21.
Медицинская организация: ООО «Медосмотр-Центр», [[A:{aorg2}]].
Работник: [[P:{p}]], [[B:{bd}]], поступает на должность оператора клеильного станка, цех № 3.
Вредные факторы: 1.2.1 (формальдегид), 4.4 (шум), п. 18.
Паспорт [[Q:{pas}]], полис ОМС [[O:{enp}]].
Специалист по кадрам [[P:{n_s}]], тел. [[T:{tel}]]. Дата [[D:{td1}]]""",
    ),
    (
        "справка студента 095/у",
        "справка о временной нетрудоспособности студента, учащегося (форма 095/у)",
        """СПРАВКА № [[R:<<####>>]] (форма № 095/у)
о временной нетрудоспособности студента, учащегося техникума, профессионально-технического училища
Выдана [[P:{p_dat}]], студент{p_ke} группы ИВТ-22 ФГБОУ ВО «ВоГУ»
Диагноз: острый тонзиллит (J03.9)
Освобожден{p_a} от занятий с [[D:{td1}]] по [[D:{td2}]].
Продлена по [[D:{td3}]].
Врач [[P:{d_s}]]  Дата выдачи [[D:{td3}]]""",
    ),
    (
        "заявление родителя на путёвку в детский санаторий",
        "заявление законного представителя о предоставлении путёвки ребёнку-инвалиду через СФР",
        """В Отделение Социального фонда России
от [[P:{f_gen}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]],
адрес: [[A:{adr}]], тел. [[T:{tel}]]
ЗАЯВЛЕНИЕ
Прошу предоставить путёвку на санаторно-курортное лечение моему ребёнку [[P:{k_dat}]], [[B:{bdk}]], СНИЛС [[S:{sn2}]], свидетельство о рождении [[C:{bc}]], инвалиду, а также мне как сопровождающему лицу.
Справка 070/у № [[R:<<###>>]] от [[D:{td1}]] прилагается.
Результат прошу направить на e-mail [[E:{fmail}]].
[[D:{td2}]]   [[P:{f_s}]]
Заявление принял специалист [[P:{n_s}]], рег. № [[R:<<##>>-<<####>>/<<##>>]]""",
    ),
    (
        "заявка на санитарную авиацию",
        "заявка на медицинскую эвакуацию санитарной авиацией из ЦРБ, передана по телефону",
        """ЗАЯВКА НА МЕДИЦИНСКУЮ ЭВАКУАЦИЮ № [[R:СА-<<###>>/<<##>>]]
Время поступления: [[D:{td1}]] 17:20. Заявитель: ГБУЗ «Кадуйская ЦРБ», дежурный врач [[P:{d}]], тел. [[T:{tel}]], [[T:{tel2}]]
Пациент: [[P:{p}]], [[B:{bd}]], находится в реанимации ЦРБ.
Диагноз: I61.0 Внутримозговое кровоизлияние в полушарие, субкортикальное. Шкала Глазго 11 б. ИВЛ нет.
Площадка приземления: стадион, [[A:{adr}]] (координаты переданы).
Сопровождающий родственник: [[P:{q_s}]].
Решение дежурного ТЦМК [[P:{e_s}]]: вылет вертолёта «Ансат» бортовой номер RA-23411, бригада 2.""",
    ),
    (
        "заключение ПМПК",
        "заключение психолого-медико-педагогической комиссии с рекомендациями для школы",
        """ЗАКЛЮЧЕНИЕ ТЕРРИТОРИАЛЬНОЙ ПСИХОЛОГО-МЕДИКО-ПЕДАГОГИЧЕСКОЙ КОМИССИИ
[[R:<<###>>/<<##>>]] от [[D:{td2}]] (номер протокола обследования [[R:<<##>>-<<###>>]])
ФИО ребёнка: [[P:{k}]], дата рождения [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
Родитель (законный представитель): [[P:{f}]], тел. [[T:{tel}]]
Адрес проживания: [[A:{adr}]]
Образовательная организация: МБОУ «СОШ № 9», 3 класс. Направлен{k_a} по инициативе родителя, заявление от [[D:{td1}]].
Заключение: обучающ{k_ii}ся с ОВЗ (тяжёлые нарушения речи, вариант 5.2). Рекомендовано: обучение по АООП, занятия с логопедом 2 раза в неделю, с педагогом-психологом 1 раз.
Председатель ТПМПК [[P:{d_s}]], педагог-психолог [[P:{e_s}]], учитель-логопед [[P:{n_s}]], врач-психиатр [[P:{m_s}]]""",
    ),
    (
        "лист ожидания плановой госпитализации",
        "лист ожидания плановой госпитализации (выгрузка из МИС, таблица)",
        """ЛИСТ ОЖИДАНИЯ плановой госпитализации, отделение травматологии и ортопедии № 2 (эндопротезирование). Сформирован [[D:{tiso}]]
очередь | № направления | пациент | д.р. | диагноз | дата постановки | план. дата | контакт
14 | [[R:<<##>>/<<####>>-Т]] | [[P:{p}]] | [[B:{bd}]] | M16.1 | [[D:{td1}]] | [[D:{td4}]] | [[T:{tel}]]
15 | [[R:<<##>>/<<####>>-Т]] | [[P:{q}]] | [[B:{bd2}]] | M17.0 | [[D:{td2}]] | [[D:{td5}]] | [[T:{tel2}]] (дочь)
16 | [[R:<<##>>/<<####>>-Т]] | [[P:{h}]] | [[B:{bdf}]] | M87.0 | [[D:{td3}]] | [[D:{td6}]] | [[E:{mail2}]]
Ответственный за ведение листа ожидания [[P:{d_s}]]""",
    ),
    (
        "сопроводительное письмо стёкол на пересмотр в федеральный центр",
        "сопроводительное письмо к гистологическим препаратам, направляемым на референсный пересмотр",
        """ГБУЗ «Областное патологоанатомическое бюро»
[[A:{aorg}]] · [[T:{tel3}]] · [[E:{omail}]]
[[D:{td1}]] № [[R:<<###>>/<<##>>-ПАБ]]
В референс-центр морфологических исследований ФГБУ «НМИЦ онкологии им. Н.Н. Петрова»
Направляем на консультацию гистологические препараты (12 стёкол) и парафиновые блоки (4 шт.) пациента [[P:{p_gen}]], [[B:{bd}]] г.р., биопсийный материал № [[R:<<##>>-Б-<<#####>>]] от [[D:{td1}]].
Наше заключение: инвазивная карцинома молочной железы неспецифического типа, G2. ИГХ: ER 8, PR 6, HER2 2+ — требуется ISH.
Номер заявки ТМК [[R:<<######>>]]. Ответ просим направить лечащему онкологу [[P:{d_dat}]] ([[E:{dmail}]]).
Заведующий отделением [[P:{e_i}]]""",
    ),
    (
        "заявление о вступлении в регистр доноров костного мозга",
        "анкета-согласие потенциального донора гемопоэтических стволовых клеток",
        """АНКЕТА ПОТЕНЦИАЛЬНОГО ДОНОРА ГСК (Федеральный регистр)
Код донора в регистре: [[R:RU-<<###>>-<<######>>]]
Фамилия, имя, отчество: [[P:{p}]]
Дата рождения: [[B:{bd}]]  Место рождения: [[A:{town}]]
Адрес для связи: [[A:{adr}]]
Телефоны: [[T:{tel}]]; [[T:{tel2}]] (рабочий)   E-mail: [[E:{mail}]]
Контактное лицо, если не удастся связаться со мной: [[P:{q}]], [[T:{tel3}]]
Образец крови: пробирка ЭДТА 4 мл, штрихкод [[R:<<##########>>]], взят [[D:{td1}]], HLA-типирование методом NGS.
Подпись донора ______ Анкету принял [[P:{n_s}]]""",
    ),
    (
        "выписка на английском и русском для лечения за рубежом",
        "двуязычная выписка из медицинской карты для зарубежной клиники (латиница + кириллица)",
        """MEDICAL REPORT / ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ № [[R:<<####>>/<<##>>-EN]]
Patient / Пациент: [[P:{p_lat}]] / [[P:{p}]]
Date of birth / Дата рождения: [[B:{bd}]]
Passport (international) / Загранпаспорт: [[Q:<<##>> <<#######>>]]
Address / Адрес: [[A:{adr}]]
Diagnosis: C64 Renal cell carcinoma, left kidney, pT1bN0M0. Laparoscopic nephrectomy on [[D:{tiso}]].
Attending physician / Лечащий врач: [[P:{d_lat}]] / [[P:{d_s}]], tel. [[T:{tel}]], [[E:{dmail}]]
Выдана [[D:{td2}]] для предоставления в Universitätsklinikum Heidelberg.""",
    ),
    (
        "заявление о выборе страховой медицинской организации",
        "заявление о выборе (замене) СМО застрахованным лицом (правила ОМС, приложение)",
        """Заявление о выборе (замене) страховой медицинской организации № [[R:<<###>>-<<######>>]]
В АО «Страховая компания «СОГАЗ-Мед», Вологодский филиал
1. Сведения о застрахованном лице:
фамилия [[P:{p_sur}]]; имя [[P:{p_first}]]; дата рождения [[B:{bd}]]; место рождения [[A:{town}]];
документ: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{td1}]];
адрес регистрации: [[A:{adr}]]; адрес места пребывания: [[A:{adr2}]];
СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; ЕНП [[O:{enp}]];
телефон [[T:{tel}]]; e-mail [[E:{mail}]].
2. Причина замены: смена места жительства.
3. Представитель: —
Дата [[D:{td2}]]     Подпись ______
Заявление принял [[P:{n_s}]], выдана выписка из реестра застрахованных лиц.""",
    ),
    (
        "жалоба в Росздравнадзор через интернет-приёмную",
        "обращение гражданина через форму интернет-приёмной территориального органа Росздравнадзора",
        """Интернет-приёмная ТО Росздравнадзора. Обращение № [[R:ОГ-<<##>>-<<#####>>/<<##>>]] от [[D:{td3}]]
ФИО заявителя: [[P:{q}]]
Почтовый адрес: [[A:{abox}]]
Телефон: [[T:{tel}]]; E-mail: [[E:{mail2}]]
Текст обращения: Моя мать, [[P:{g}]], [[B:{bd2}]], [[D:{td1}]] была выписана из ГБУЗ «ЦРБ» с незажившей раной после операции, через 2 дня повторно госпитализирована с сепсисом. Лечащий врач [[P:{d_s}]] отказал{d_sya} давать пояснения. Прошу провести проверку качества медицинской помощи.
Прилагаю копию выписки (история болезни № [[R:<<####>>]]) и ответ главного врача от [[D:{td2}]] исх. № [[R:<<##>>-<<##>>/<<###>>]].
Согласие на обработку персональных данных: да.""",
    ),
    (
        "обращение в прокуратуру о врачебной ошибке",
        "заявление гражданина в прокуратуру района о проверке действий медицинских работников",
        """Прокурору Октябрьского района
[[A:{aorg}]]
от [[P:{m_gen}]], проживающего: [[A:{aloc}]], тел. [[T:{tel}]]
ЗАЯВЛЕНИЕ
[[D:{tw}]] моя супруга [[P:{f}]], [[B:{bdf}]] г.р., обратилась в приёмный покой ГБУЗ «ГБ № 2» с болями в животе. Дежурный хирург [[P:{d}]] отпустил{d_a} её домой с диагнозом «кишечная колика». [[D:{td3}]] её доставили по скорой (карта вызова № [[R:<<###>>/<<##>>]]) с перитонитом.
Прошу провести проверку и привлечь виновных к ответственности. Ранее обращался в СМО, ответ № [[R:<<##>>-<<####>>]] от [[D:{td4}]] прилагаю.
[[D:{td5}]]   [[P:{m_s}]]""",
    ),
    (
        "ответ департамента здравоохранения на обращение",
        "ответ органа управления здравоохранением субъекта на письменное обращение гражданина",
        """ДЕПАРТАМЕНТ ЗДРАВООХРАНЕНИЯ
[[A:{aorg}]], тел. [[T:{tel3}]], [[E:{omail}]]
[[D:{td4}]] № [[R:<<##>>-<<##>>/<<####>>]]
На № [[R:<<####>>]] от [[D:{td1}]]
[[P:{f_dat}]]
[[A:{adr}]]
Уважаемая [[P:{f_io}]]!
Департамент рассмотрел Ваше обращение по вопросу обеспечения Вашего ребёнка [[P:{k_gen}]], [[B:{bdk}]], препаратом «Рисдиплам». Сообщаем, что препарат закуплен фондом «Круг добра», поставка в ГБУЗ «Детская областная больница» ожидается до [[D:{td6}]]. Контроль возложен на заместителя начальника [[P:{e_s_gen}]].
Начальник департамента [[P:{d_i}]]
Исп. [[P:{n_s}]], [[T:{ctel}]]""",
    ),
    (
        "справка о лечении в дневном стационаре для работодателя",
        "справка онкологического дневного стационара о датах курсов химиотерапии",
        """ГБУЗ «Онкологический диспансер», дневной стационар № 1
СПРАВКА [[R:<<####>>/ДС]]
Дана [[P:{p_dat}]], [[B:{bd}]] г.р., в том, что он(а) получает курсовую противоопухолевую лекарственную терапию в условиях дневного стационара по схеме FOLFOX-4:
1-й курс [[D:{td1}]]–[[D:{td2}]], 2-й курс [[D:{td3}]]–[[D:{td4}]], следующий курс запланирован на [[D:{td6}]].
ЭЛН № [[R:{eln}]] открыт [[D:{td1}]].
Справка дана для предъявления по месту работы. Врач-онколог [[P:{d_s}]]""",
    ),
    (
        "протокол ВК о назначении инсулиновой помпы",
        "протокол врачебной комиссии о назначении медицинского изделия (помпа, расходные материалы)",
        """ПРОТОКОЛ ВК № [[R:<<###>>]] от [[D:{td1}]] (выписка)
Пациент: [[P:{k}]], [[B:{bdk}]], СНИЛС [[S:{sn}]], ЕНП [[O:{enp}]], законный представитель — мать [[P:{f}]].
Диагноз: E10.6 Сахарный диабет 1 типа с множественными осложнениями. HbA1c 9,8 % ([[D:{td1}]]), вариабельность гликемии высокая.
Решение: показана помповая инсулинотерапия. Назначено: инсулиновая помпа MiniMed 780G (модель MMT-1886), инфузионные наборы Quick-set 6 мм — 10 шт./мес., резервуары — 10 шт./мес., сенсоры Guardian 4 — 5 шт./мес.
Рецепт на медицинские изделия серия [[R:<<##>> № <<######>>]].
Председатель ВК [[P:{d_s}]], эндокринолог [[P:{e_s}]]; контакт семьи [[T:{tel}]] / [[T:{tel2}]]""",
    ),
    (
        "электронный сертификат СФР на техническое средство реабилитации",
        "уведомление об оформлении электронного сертификата на ТСР (Госуслуги / СФР)",
        """Социальный фонд России. Уведомление о выдаче электронного сертификата
Получатель: [[P:{p}]], СНИЛС [[S:{sn}]]
Номер электронного сертификата: [[R:<<####>> <<####>> <<####>> <<####>> <<###>>]]
Вид ТСР: 7-01-01 кресло-коляска с ручным приводом комнатная, стоимость 1 единицы — 15 872,00 руб.
ИПРА № [[R:<<###>>.<<##>>.<<##>>/<<####>>]] от [[D:{td1}]].
Сертификат действует до [[D:{td4}]]. Оплата картой «Мир» получателя.
Ваш клиентский номер в СФР — [[R:<<#########>>]]. Вопросы: [[T:8-800-100-00-01]] (бесплатно), [[T:{tel3}]].""",
    ),
    (
        "чат родителей с детской поликлиникой ВКонтакте",
        "сообщения в официальном сообществе детской поликлиники во ВКонтакте",
        """Детская поликлиника № 3 · Сообщения сообщества
[[P:{f_fi}]], [[D:{tdm}]] 22:31
добрый вечер! записали ребёнка [[P:{k_fi_acc}]] на диспансеризацию на [[D:{tdm}]], а на госуслугах пишет отменено(( карта у нас [[R:<<####>>]], участок 12
Детская поликлиника № 3, 08:15
[[P:{f_io}]], здравствуйте. Запись отменена из-за болезни врача [[P:{d_s_gen}]]. Вас перезапишут, администратор позвонит на номер из карты. Если он изменился, напишите новый.
[[P:{f_fi}]], 08:40
[[T:{tel}]] или папе [[T:{tel2}]]. и ещё прививочный сертификат нужен для лагеря""",
    ),
    (
        "голосовая почта регистратуры, распознанный текст",
        "автоматическая расшифровка сообщений автоответчика регистратуры (без пунктуации)",
        """Автоответчик регистратуры. Новые сообщения: 3
сообщение 1 [[D:{td1}]] 19:02 здравствуйте это [[P:{p_low}]] карта [[R:<<#####>>]] хочу отменить запись к лору на завтра перезвоните [[T:{tel}]]
сообщение 2 [[D:{td1}]] 20:47 добрый вечер я по поводу мамы [[P:{g_low_gen}]] ей нужна справка для соцзащиты о том что она лежачая живёт в [[A:{aloc_low}]] номер [[T:{tel2}]] [[P:{h_io_low}]]
сообщение 3 [[D:{td2}]] 07:55 это [[P:{n_low}]] из процедурного передайте заведующей что я на больничном до [[D:{tsp}]]""",
    ),
    (
        "заключение о допуске к сведениям, составляющим гостайну",
        "медицинское заключение об отсутствии заболеваний, препятствующих работе со сведениями, составляющими государственную тайну (ф. 001-ГС/у)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ
об отсутствии медицинских противопоказаний для работы с использованием сведений, составляющих государственную тайну
Учётная форма № 001-ГС/у. Регистрационный номер [[R:<<####>>-ГС-<<##>>]]
Выдано [[P:{h_dat}]], [[B:{bd}]], место жительства: [[A:{adr}]]
Место работы: АО «НПП «Радар ммс», должность — инженер-конструктор.
Медицинские противопоказания, предусмотренные перечнем (приказ Минздравсоцразвития России от [[D:26.08.2011]] № 989н), не выявлены.
Дата выдачи [[D:{td1}]]. Врач-психиатр [[P:{d_s}]], врач-психиатр-нарколог [[P:{e_s}]], врач-невролог [[P:{n_s}]]""",
    ),
    (
        "карта обратившегося за антирабической помощью 045/у",
        "карта обратившегося за антирабической помощью (ф. 045/у), укус животного",
        """КАРТА ОБРАТИВШЕГОСЯ ЗА АНТИРАБИЧЕСКОЙ ПОМОЩЬЮ № [[R:<<###>>-АР]]
Травмпункт ГБУЗ «ГП № 1». Дата обращения [[D:{td1}]], 18:40
ФИО пострадавшего: [[P:{p}]], [[B:{bd}]], адрес: [[A:{adr}]], тел. [[T:{tel}]]
Дата укуса [[D:{td1}]]. Животное: собака, безнадзорная, не наблюдается. Место укуса: во дворе дома в [[A:{aloc}]].
Локализация: правая голень, множественные укусы. Курс: КОКАВ 1,0 мл в/м (0-3-7-14-30), АИГ 20 МЕ/кг; серия вакцины 123, АИГ серия 45.
Графики явок: [[D:{td2}]], [[D:{td3}]], [[D:{td4}]]. Экстренное извещение в ЦГиЭ передано, принял{n_a} [[P:{n_s}]].
Врач-травматолог [[P:{d_s}]]""",
    ),
    (
        "договор хранения криоконсервированных эмбрионов",
        "договор об оказании платной услуги криохранения с супругами (ВРТ)",
        """ДОГОВОР № [[R:КРИО-<<####>>/<<##>>]] на оказание услуг по криохранению биоматериала
{town}                                                          [[D:{tq}]] г.
ООО «Центр репродукции «Мать и дитя» (ИНН {inn_org}, ОГРН {ogrn}), адрес: [[A:{aorg}]], в лице директора [[P:{d_gen}]], и
Пациентка: [[P:{f}]], [[B:{bdf}]], паспорт [[Q:{pas}]], ИНН [[I:{inn}]], адрес: [[A:{adr}]], тел. [[T:{tel}]];
Супруг: [[P:{m}]], ИНН [[I:{inn2}]], тел. [[T:{tel2}]], e-mail [[E:{fmail}]] —
заключили договор о хранении 3 (трёх) эмбрионов (соломины № 14, 15, 16, дьюар № 2) в течение 12 месяцев с [[D:{td1}]].
Протокол ВРТ № [[R:<<####>>]], карта пациента № [[R:ЭКО-<<#####>>]].
Подписи: ______ [[P:{f_s}]]   ______ [[P:{m_s}]]   ______ [[P:{d_s}]]""",
    ),
    (
        "заявление на компенсацию проезда к месту лечения",
        "заявление о компенсации стоимости проезда к месту лечения и обратно (СФР), реквизиты получателя",
        """В ОСФР по {region}
Заявитель: [[P:{p}]], [[B:{bd}]]
СНИЛС [[S:{sn}]]   ИНН [[I:{inn}]]
Паспорт [[Q:{pas}]], адрес: [[A:{adr}]]
Телефон: [[T:{tel}]]
Прошу компенсировать стоимость проезда к месту лечения (ФГБУ «НМИЦ онкологии им. Н.Н. Блохина», Москва) и обратно по направлению № [[R:<<####>>-<<##>>]] от [[D:{td1}]], талон на ВМП № [[R:<<##>>.<<####>>.<<#####>>.<<###>>]].
Билеты: поезд № 016Я, [[D:{td2}]] и [[D:{td3}]], стоимость 8 412,60 руб.
Сопровождающий: [[P:{q}]], ИНН [[I:{inn2}]].
[[D:{td4}]]   подпись заявителя ______""",
    ),
    (
        "разговор диспетчера 112 с заявителем, распознанный текст",
        "автоматическая расшифровка вызова в системе-112 с передачей в СМП (адрес продиктован словами)",
        """[система-112, карточка происшествия [[R:<<####>>-<<######>>]], [[D:{td1}]] 02:14:09]
диспетчер служба спасения сто двенадцать что у вас случилось
заявитель мужу плохо не может говорить рука не двигается
диспетчер адрес
заявитель [[A:{aspk}]] третий подъезд
диспетчер как зовут больного сколько лет
заявитель [[P:{m_low}]] шестьдесят два года
диспетчер ваше имя и номер телефона
заявитель [[P:{f_io_low}]] [[T:{tel}]]
диспетчер передаю в скорую помощь ожидайте дверь откройте
[передано в ЕДДС СМП, карта вызова [[R:<<###>>/<<####>>]], бригада № 7, приём 02:16]""",
    ),
    (
        "извещение в ГИБДД о медицинских противопоказаниях к управлению",
        "сообщение медицинской организации в ГИБДД о выявленном заболевании, препятствующем управлению ТС",
        """ГБУЗ «Областной клинический психоневрологический диспансер»
[[A:{aorg}]]
[[D:{td2}]] № [[R:<<##>>-<<##>>/<<####>>]]
Начальнику РЭО ГИБДД УМВД России
ИЗВЕЩЕНИЕ
Сообщаем, что у [[P:{p_gen}]], [[B:{bd}]] г.р., проживающ{p_ei} по адресу: [[A:{adr}]], водительское удостоверение [[R:<<##>> <<##>> <<######>>]] (кат. B, C), [[D:{td1}]] выявлено заболевание (код по МКБ-10 G40.2), являющееся медицинским противопоказанием к управлению транспортным средством (постановление Правительства РФ от [[D:29.12.2014]] № 1604).
Медицинское заключение серии [[R:<<##>> № <<######>>]] от [[D:{td3}]] признаётся недействительным.
Главный врач [[P:{d_i}]], исп. [[P:{n_s}]], тел. [[T:{tel3}]]""",
    ),
    (
        "санация полости рта школьников, таблица осмотра",
        "сводная ведомость профилактического стоматологического осмотра класса (индекс КПУ)",
        """Стоматологический кабинет МБОУ «Гимназия № 2». Профосмотр 2 «А» класса, [[D:{td1}]]. Врач-стоматолог детский [[P:{d_s}]]
№ | ученик | д.р. | КПУ+кп | ИГ (Федорова-Володкиной) | нуждается в санации | уведомление родителю
1 | [[P:{k_s}]] | [[B:{bdk2}]] | 3 | 2,1 | да (54, 65, 36) | [[P:{f_io}]], [[T:{tel}]]
2 | [[P:{g_s}]] | [[B:{bdk3}]] | 0 | 1,3 | нет | —
3 | [[P:{h_s}]] | [[B:{bdk4}]] | 5 | 2,8 | да (75, 85, 46) | опекун [[P:{q_s}]], [[E:{mail2}]]
Индекс гигиены по Федорову-Володкиной; герметизация фиссур 16, 26 рекомендована. Медсестра [[P:{n_s}]]""",
    ),
    (
        "разрешение на посещение пациента в реанимации",
        "разрешение заведующего ОРИТ на посещение родственником (памятка и отметка о паспорте)",
        """ОТДЕЛЕНИЕ РЕАНИМАЦИИ И ИНТЕНСИВНОЙ ТЕРАПИИ № 1
РАЗРЕШЕНИЕ НА ПОСЕЩЕНИЕ № [[R:<<###>>]] / [[D:{td1}]]
Пациент: [[P:{p}]], палата {room}, и/б № [[R:<<####>>-<<###>>]]
Посетитель: [[P:{q}]] (степень родства: супруг(а)), паспорт [[Q:{pas}]], тел. [[T:{tel}]]
С памяткой для посетителей ознакомлен(а), инфекционных заболеваний (ОРВИ, кишечных) не имею.
Разрешено: ежедневно 16:00–18:00, не более 2 человек. Сменная одежда, бахилы, маска.
Заведующий ОРИТ [[P:{d_s}]]   Подпись посетителя ______ [[P:{q_s}]]""",
    ),
    (
        "справка о сдаче крови 402/у",
        "справка о сдаче крови и её компонентов для работодателя (ф. 402/у), с днями отдыха",
        """СПРАВКА № [[R:<<####>>]] (учётная форма № 402/у)
Выдана [[P:{p_dat}]], [[B:{bd}]], в том, что он(а) [[D:{td1}]] сдал(а) кровь (цельная, 450 мл) безвозмездно в ГБУЗ «Областная станция переливания крови», [[A:{aorg}]].
Донорская карта № [[R:<<#>>-<<#####>>]], код донора в ЕДБ [[R:<<########>>]].
Предоставляется по месту работы для освобождения от работы в день сдачи и предоставления дополнительного дня отдыха (ст. 186 ТК РФ).
Врач-трансфузиолог [[P:{d_s}]]. Телефон справочной службы [[T:{tel3}]]""",
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
            docs.append(build(render(rng, template), kind, source, f"blind7_{len(docs):04d}"))
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
