"""Write ``independent10.jsonl``: the tenth blind corpus, 2026-12-05.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests,
any ``--misses`` output or ``bench/results`` file, and never ran the de-identifier or the
text bench on this corpus. From ``write_independent9.py`` only the file format, the labelling
rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim** from corpus 9: the declension (``decl_*``,
``person``, with one change: a surname ending in a vowel — Бойко, Карими — is not
declined), SNILS/ENP/INN check digits, passports, birth certificates, ``shape``, the date
formatters, ``lat``, ``ocr``, ``hyphen_break`` and ``build``. **Written fresh for corpus
10**: the name lists, towns, streets and villages of Karelia, the Murmansk, Arkhangelsk,
Tambov, Lipetsk and Novgorod regions, Komi, Khabarovsk and Primorye (``addr10``,
``aloc10``, ``aorg10``), every phone spelling (``mob10``, ``city10`` with 4- and 5-digit
area codes, ``local10`` 5–7 digits with no code, ``foreign10``, ``hot10``, ``said10``:
groups said in words or half in words), e-mails, the organisations' numbers and every
template. The 576 kinds of corpora 1–9 (the ``kind`` values of ``independent*.jsonl``)
were listed by a scratch script only to avoid them; none of the 77 kinds is among them.

Emphasis: hard negatives for record numbers — numbers standing where a person's record
number could stand but identifying no person: orders («приказ № 245-к»), appendices,
outgoing numbers of organisations, court and arbitration case numbers, fiscal data of cash
receipts and Z-reports, invoices, waybills, state-contract numbers and ИКЗ, acts,
organisations' ИНН/ОГРН/КПП/ОКПО/ОКВЭД/БИК/accounts, licences, inventory and cadastral
numbers, device serials, lots and series of drugs, vaccines and reagents, registration
certificates, ГОСТ/СанПиН/МУ/ТУ, ward, bed, room, box and window numbers, queue tickets,
flight and train numbers, car plates, journal row counters, blank-form number ranges,
ITSM incident numbers, message IDs, OIDs and IP addresses — mixed in the same documents with
true record numbers (cards, histories, personnel numbers, ЭЛН, tickets, contracts with
one person, policies). Phones in many writings (local numbers with no code, «доб.»,
5-digit area codes, dotted, spaced, foreign, in tables, CSV and signatures, said in
words); Russian internal, international and foreign passports next to passport-like
negatives (an equipment passport, a building's technical passport, a district's passport,
a safety data sheet, the issuing unit's code).

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules (corpus 9's, restated unchanged):

* PERSON — every person's name (patients, relatives, staff, officials, carers) in any case,
  with initials before or after, upper/lower case (ASR), Latin transliteration; a surname
  alone in a signature or a table cell; name and patronymic alone; a bare first name of a
  person. Eponyms, organisations («им. В.А. Баранова» inside an organisation's name) and
  drug names are not persons.
* ADDRESS — any written address (a person's or an organisation's), one span with postal
  code and region; inflected addresses from the settlement's type on. A bare city in an
  organisation's name, or a list of street names with no houses (a district's passport),
  is not labelled.
* DATE / BIRTH_DATE — every date with day and month (ISO, and ``YYYYMMDD`` at the head of
  an HL7 timestamp, too); dates of laws and orders are DATE, their numbers are not. Times,
  years, «годен до 03.2027», «действителен до 11.2028» are not.
* RECORD_ID — the number of a document or record of one person, without «№»; a number
  dictated digit by digit is one span.
* PHONE (any owner; «доб. 214», «вн. 214» outside and not labelled), EMAIL (any owner),
  SNILS, ENP, INN (a person's 12 digits, a self-employed person's or an individual
  entrepreneur's too), PASSPORT (series and number as one span; a foreign passport: 1–2
  Latin letters and 7–8 digits), BIRTH_CERT.

Judgement calls of corpus 10 (decided before the templates were filled, consistent with
corpus 9):

* RECORD_ID (as corpus 9): personnel numbers (таб. №), driving licences, an e-ticket and
  a booking reference, a railway e-ticket and its order number, a voucher (путёвка) of one
  person, a labour contract, a contract for paid services or care or equipment rental with
  one person, a ДМС policy, a visa and a migration card, an incoming number stamped on a
  letter from or about one person, a КУСП number, a chat/SMS appointment number, a clinical
  trial participant's and screening number, a blood donation code and a donor number,
  the patient's and case IDs in a MIS log or HL7 message (``PID``, ``OBR`` order numbers),
  a registry number of one patient's document (РЭМД), a certificate of one employee's
  labour-safety exam, an ЭЛН, a prescription number (in a receipt too).
* Not labelled (hard negatives): orders of an organisation, **personnel orders about one
  employee included** («приказ № 312-лс» — the organisation's register of orders, as
  corpus 9's «приказ по МО № 112-о»); appendices; outgoing numbers and incoming numbers of
  organisations' letters; court, arbitration and administrative case numbers (corpus 9);
  an organisation's power of attorney for goods (М-2) and a power of attorney of a
  representative of an organisation in court; invoices, УПД, акты, накладные, счёта,
  state contracts, ИКЗ, платёжные поручения and РКО — **also when the payer is one
  person**, as cash-register data (смена, чек, ФД, ФП, ЗН ККТ) in corpus 9; a receipt form
  (БСО) number; a «Мой налог» receipt number; journal row counters; blank-form number
  ranges and single spoiled blanks (never issued to a person); a queue ticket («А-057»);
  an ITSM incident number; message IDs, OIDs, IP addresses; a trial's protocol and site
  numbers; an accreditation certificate, a licence, a test report of water (no person);
  a labour-safety register entry; inventory, cadastral, technical-passport numbers;
  device serials, lots, series, registration certificates; a personal car's plate (no
  label type for it); a flight and a train number, a carriage and seat.
* PASSPORT-like negatives: «паспорт изделия», «технический паспорт», «паспорт участка»,
  «паспорт безопасности» are documents of things, their numbers are not PASSPORT nor
  RECORD_ID; the passport's issuing-unit code («код подразделения 350-012») is not labelled
  (as in corpus 8).
* An organisation's phone, e-mail and address are labelled (any owner, as corpora 7–9), its
  INN/OGRN are not.

Run: ``.venv/bin/python bench/text_corpus/write_independent10.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent10.jsonl"
SEED = 1020261205
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
    "Прянишников",
    "Воронихин",
    "Кудряшов",
    "Лобанов",
    "Чепурнов",
    "Мухаметшин",
    "Гайнуллин",
    "Дорофеев",
    "Сагитов",
    "Ермолаев",
    "Соловьёв",
    "Бердников",
    "Фомичёв",
    "Жуковский",
    "Полянский",
    "Дубровский",
    "Тюрин",
    "Шилов",
    "Крюков",
    "Лагутин",
    "Гусейнов",
    "Мамедов",
    "Карпенко",
    "Тарасенко",
    "Овчинников",
    "Стрельцов",
    "Головин",
    "Паршин",
    "Калинин",
    "Седых",
    "Долгих",
    "Абрамян",
    "Оганесян",
    "Ким",
    "Курбанов",
    "Юсупов",
    "Нуриев",
    "Лебедев-Кумач",
    "Бойко",
    "Чиковани",
    "Шевченко",
    "Гурьянов",
]
M_FIRST = [
    "Артём",
    "Всеволод",
    "Геннадий",
    "Леонид",
    "Эдуард",
    "Ильдар",
    "Ринат",
    "Аркадий",
    "Вадим",
    "Святослав",
    "Глеб",
    "Савелий",
    "Прохор",
    "Мирон",
    "Назар",
    "Станислав",
    "Нурлан",
    "Георгий",
    "Семён",
    "Анатолий",
    "Тимофей",
    "Руслан",
]
F_FIRST = [
    "Анастасия",
    "Вероника",
    "Кристина",
    "Людмила",
    "Лариса",
    "Зинаида",
    "Регина",
    "Гульнара",
    "Диляра",
    "Олеся",
    "Яна",
    "Елизавета",
    "Тамара",
    "Софья",
    "Валентина",
    "Анжела",
    "Милана",
    "Жанна",
    "Евдокия",
    "Раиса",
    "Ангелина",
    "Альбина",
]
PAT_STEMS = [
    "Геннадьев",
    "Аркадьев",
    "Леонидов",
    "Эдуардов",
    "Вадимов",
    "Анатольев",
    "Семёнов",
    "Павлов",
    "Львов",
    "Ильдаров",
    "Ринатов",
    "Георгиев",
    "Станиславов",
    "Миронов",
    "Тимофеев",
    "Русланов",
]
# foreign names written in Cyrillic (no patronymic): surname, first name, male
FOREIGN = [
    ("Вагнер", "Клаус", True),
    ("Чжан", "Лэй", True),
    ("Джонсон", "Эмили", False),
    ("Ольсен", "Ингрид", False),
    ("Карими", "Фарход", True),
    ("Росси", "Джулия", False),
    ("Эрдоган", "Мехмет", True),
    ("Новак", "Ева", False),
]
INDECL_FIRST = {"Лэй", "Эмили", "Ингрид"}
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
    if s.endswith(("енко", "ых", "их", "дзе", "ия", "иа")) or s[-1] in "иоуэе":
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
    if first in ("Геннадий", "Аркадий", "Анатолий", "Савелий"):
        return first[:-2] + "ьев"
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


# ---------------------------------------------------------------- corpus 10: places (fresh)
# town: nominative, locative, region, region abbreviated, postal prefix, phone code
TOWNS10 = [
    ("г. Петрозаводск", "г. Петрозаводске", "Республика Карелия", "Респ. Карелия", "185", "8142"),
    ("г. Кондопога", "г. Кондопоге", "Республика Карелия", "РК", "186", "81451"),
    ("г. Мурманск", "г. Мурманске", "Мурманская обл.", "Мурм. обл.", "183", "8152"),
    ("г. Кандалакша", "г. Кандалакше", "Мурманская обл.", "Мурманская обл.", "184", "81533"),
    ("г. Архангельск", "г. Архангельске", "Архангельская обл.", "Арх. обл.", "163", "8182"),
    ("г. Котлас", "г. Котласе", "Архангельская обл.", "Архангельская обл.", "165", "81837"),
    ("г. Сыктывкар", "г. Сыктывкаре", "Республика Коми", "Респ. Коми", "167", "8212"),
    ("г. Ухта", "г. Ухте", "Республика Коми", "РК", "169", "8216"),
    ("г. Тамбов", "г. Тамбове", "Тамбовская обл.", "Тамб. обл.", "392", "4752"),
    ("г. Мичуринск", "г. Мичуринске", "Тамбовская обл.", "Тамбовская обл.", "393", "47545"),
    ("г. Липецк", "г. Липецке", "Липецкая обл.", "Лип. обл.", "398", "4742"),
    ("г. Елец", "г. Ельце", "Липецкая обл.", "Липецкая обл.", "399", "47467"),
    ("г. Хабаровск", "г. Хабаровске", "Хабаровский край", "Хаб. край", "680", "4212"),
    ("г. Уссурийск", "г. Уссурийске", "Приморский край", "Приморский кр.", "692", "4234"),
    ("г. Старая Русса", "г. Старой Руссе", "Новгородская обл.", "Новг. обл.", "175", "81652"),
]
# street (nominative) and after «по»/«на»
STREETS10 = [
    ("ул. Кирова", "ул. Кирова"),
    ("пр. Ленина", "пр. Ленина"),
    ("ул. Анохина", "ул. Анохина"),
    ("наб. Варкауса", "наб. Варкауса"),
    ("ул. Полярные Зори", "ул. Полярные Зори"),
    ("ул. Советская", "ул. Советской"),
    ("пр-т Ломоносова", "пр-те Ломоносова"),
    ("ул. Первомайская", "ул. Первомайской"),
    ("ул. Интернациональная", "ул. Интернациональной"),
    ("ул. Карла Маркса", "ул. Карла Маркса"),
    ("ш. Северное", "ш. Северном"),
    ("ул. 3-я Линия", "ул. 3-й Линии"),
    ("пер. Почтовый", "пер. Почтовом"),
    ("ул. Муравьёва-Амурского", "ул. Муравьёва-Амурского"),
    ("ул. Тихоокеанская", "ул. Тихоокеанской"),
]
RURAL10 = [
    ("с. Шуерецкое", "с. Шуерецком", "Республика Карелия, Беломорский р-н"),
    ("д. Ковда", "д. Ковде", "Мурманская обл., Кандалакшский р-н"),
    ("пос. Уемский", "пос. Уемском", "Архангельская обл., Приморский р-н"),
    ("с. Выльгорт", "с. Выльгорте", "Республика Коми, Сыктывдинский р-н"),
    ("с. Знаменка", "с. Знаменке", "Тамбовская обл., Знаменский р-н"),
    ("д. Казинка", "д. Казинке", "Липецкая обл., Елецкий р-н"),
    ("с. Троицкое", "с. Троицком", "Хабаровский край, Нанайский р-н"),
    ("пгт Новошахтинский", "пгт Новошахтинском", "Приморский край, Михайловский р-н"),
]
RURAL_ST10 = ["Набережная", "Колхозная", "Озёрная", "Рабочая", "Береговая", "Кооперативная"]
ORG_ST10 = ["ул. Пирогова", "ул. Больничная", "пр. Металлургов", "ул. Гоголя", "ул. Запарина"]


def _hk10(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.2:
        h += rng.choice(["А", "б", "/2", " корп. 3", " стр. 2"])
    return h, rng.randint(1, 380)


def addr10(rng: random.Random) -> str:
    """A person's address in one of the corpus-10 shapes (one line)."""
    town, _loc, reg, reg_ab, idx, _c = rng.choice(TOWNS10)
    st, _ = rng.choice(STREETS10)
    v, _vl, vreg = rng.choice(RURAL10)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk10(rng)
    n = rng.randint(1, 75)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town}, {st}, {h}, кв. {k}",
        lambda: f"{reg_ab}, {town}, {st} д. {h} кв. {k}",
        lambda: f"{vreg}, {v}, ул. {rng.choice(RURAL_ST10)}, д. {n}",
        lambda: f"{v}, {rng.choice(RURAL_ST10)} ул., {n} ({vreg})",
        lambda: f"{z} {town} {st} {h}/{k}",
        lambda: f"{town}, {st}, дом {h}, секция {rng.randint(1, 9)}, комната {k}",
        lambda: f"{reg}, {town}, СОТ «Полярник», ул. 5-я, уч. {rng.randint(1, 240)}",
        lambda: f"Российская Федерация, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
    ]
    return rng.choice(shapes)()


def aloc10(rng: random.Random) -> str:
    """An inflected address after «в»/«проживающего в»."""
    _t, loc, _r, _ra, _i, _c = rng.choice(TOWNS10)
    st, stl = rng.choice(STREETS10)
    _v, vl, vreg = rng.choice(RURAL10)
    h, k = _hk10(rng)
    return rng.choice(
        [
            f"{loc} по {stl}, д. {h}, кв. {k}",
            f"{vl} ({vreg}), ул. {rng.choice(RURAL_ST10)}, {rng.randint(1, 70)}",
            f"{loc}, {st}, д. {h}, кв. {k}",
            f"{loc} на {stl}, {h}-{k}",
        ]
    )


def aorg10(rng: random.Random) -> str:
    town, _l, reg, _ra, idx, _c = rng.choice(TOWNS10)
    st = rng.choice(ORG_ST10)
    n = rng.randint(1, 90)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, {n}, корп. {rng.randint(1, 7)}",
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, зд. {n}",
        ]
    )


# ---------------------------------------------------------------- corpus 10: phones (fresh)
OPS10 = ["911", "921", "981", "900", "931", "952", "964", "914", "924", "908", "953", "995"]
DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
HUND10 = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]


def words99(n: int) -> str:
    """0..99 as a person says a pair of digits («ноль семь», «двенадцать», «сорок пять»)."""
    if n < 10:
        return f"ноль {DIGIT_WORDS[n]}"
    if n < 20:
        return TEENS[n - 10]
    return " ".join(w for w in (TENS[n // 10], ONES[n % 10]) if w)


def words999(n: int) -> str:
    rest = n % 100
    tail = words99(rest) if rest >= 10 else ONES[rest]
    return " ".join(w for w in (HUND10[n // 100], tail) if w)


def _m10(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS10), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)


def mob10(rng: random.Random) -> str:
    op, a, b, c = _m10(rng)
    return rng.choice(
        [
            f"+7 {op} {a} {b:02d} {c:02d}",
            f"8({op}){a}-{b:02d}-{c:02d}",
            f"8 {op} {a}-{b:02d}-{c:02d}",
            f"8.{op}.{a}.{b:02d}.{c:02d}",
            f"+7-{op}-{a}-{b:02d}-{c:02d}",
            f"8 {op} {a}{b:02d}{c:02d}",
            f"+7 ({op}) {a}{b:02d}{c:02d}",
            f"8{op}{a}{b:02d}{c:02d}",
            f"+7{op}{a}{b:02d}{c:02d}",
            f"8 ({op}) {a} {b:02d} {c:02d}",
        ]
    )


def _local(rng: random.Random, n: int) -> str:
    d = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    if n == 5:
        return f"{d[0]}-{d[1:3]}-{d[3:]}"
    if n == 6:
        return rng.choice([f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[:3]}-{d[3:]}", d])
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def city10(rng: random.Random) -> str:
    """A landline with its area code: «8 (81153) 2-14-07», «(8142) 76-31-05»."""
    code = rng.choice(TOWNS10)[5]
    loc = _local(rng, 10 - len(code))
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"({code}) {loc}",
            f"8-{code}-{loc}",
            f"+7 ({code}) {loc}",
            f"8 {code} {loc.replace('-', ' ')}",
        ]
    )


def local10(rng: random.Random) -> str:
    """A local number with no code: 5, 6 or 7 digits, grouped or not."""
    n = rng.choice([5, 6, 6, 7])
    loc = _local(rng, n)
    return loc if rng.random() < 0.8 else loc.replace("-", "")


def foreign10(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+49 30 {rng.randint(2000, 9999)} {rng.randint(1000, 9999)}",
            f"+995 32 2 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+374 10 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+90 532 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+86 139 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+375 29 {rng.randint(200, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+7 (7172) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+998 90 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        ]
    )


def hot10(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 800 {a}-{b}-{c}", f"8 (800) {a}{b}{c}"])


def said10(rng: random.Random) -> str:
    """A mobile number said aloud and written by a recognizer: groups in words, or mixed."""
    op, a, b, c = _m10(rng)
    return rng.choice(
        [
            f"восемь {words999(int(op))} {words999(a)} {words99(b)} {words99(c)}",
            f"8 {op} {words999(a)} {words99(b)} {words99(c)}",
            f"плюс семь {op} {a} {words99(b)} {words99(c)}",
        ]
    )


def said_digits(digits: str) -> str:
    return " ".join(DIGIT_WORDS[int(ch)] for ch in digits if ch.isdigit())


MAIL_DOM10 = ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com", "bk.ru", "outlook.com", "ya.ru"]
ORG_MAIL10 = [
    "kanc@gb1-ptz.ru",
    "priem@mokb51.ru",
    "info@aokb29.ru",
    "reg@kokb-komi.ru",
    "okb@tambovzdrav.ru",
    "gb4@zdrav48.ru",
    "kkb1@khv27.ru",
    "cgb@uss-med.ru",
]


def mail10(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}{f[0]}",
            f"{f}.{s}{rng.randint(1, 99)}",
            f"{s}_{rng.randint(1960, 2008)}",
            f"{f[0]}.{s}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM10)}"


# ---------------------------------------------------------------- corpus 10: fillers
def fillers10(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "q", "s", "u", "d", "h", "e"):
        f.update(person(rng, pre))
    f.update(person(rng, "n", False))  # nurses, registrars, accountants: women here
    f.update(person(rng, "g", False))
    f.update(person(rng, "m", True))
    f.update(person(rng, "k", foreign_ok=False))  # a child
    f.update(person(rng, "x", foreign_ok=False))
    for pre in ("p", "q", "s", "u", "d", "h", "e", "n", "g", "m", "k", "x"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"  # зарегистрированн{ogo} (genitive)
        f[pre + "_ka"] = "а" if male else "ки"  # у пациент{ka}
    f["p_brk"] = hyphen_break(f["p"])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).capitalize() for w in f["p"].split())
    f["q_lat"] = " ".join(lat(w).upper() for w in f["q"].split()[:2])
    f["d_nl"] = f["d_s"].replace(" ", "\n", 1)
    f["bd"] = date(rng, rng.randint(1938, 2005), rng.choice(["dot", "dot", "words", "short"]))
    f["bd2"] = date(rng, rng.randint(1950, 1999), "dot")
    f["bd3"] = date(rng, rng.randint(1960, 2004), rng.choice(["dot", "dot1", "words"]))
    f["bdk"] = date(rng, rng.randint(2012, 2022), "dot")
    f["bdk2"] = date(rng, rng.randint(2012, 2018), "dot")
    born = dt.date(rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_hl7"] = born.strftime("%Y%m%d")
    f["bdiso"] = date(rng, rng.randint(1950, 2003), "iso")
    cur = dt.date(2025, 1, 13) + dt.timedelta(days=rng.randint(0, 420))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 15))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td1_iso"] = (cur - dt.timedelta(days=40)).isoformat()
    f["td1_hl7"] = (cur - dt.timedelta(days=40)).strftime("%Y%m%d")
    cur = dt.date(2025, 1, 13) + dt.timedelta(days=rng.randint(0, 420))
    for i in range(1, 6):
        cur += dt.timedelta(days=rng.randint(0, 20))
        f[f"t{i}"] = fmt_date(rng, cur)
    f["tw"] = date(rng, 2025, "words")
    f["tq"] = date(rng, 2025, "quote")
    f["tsh"] = date(rng, 2025, "short")
    f["tdm"] = date(rng, 2025, "dm")
    f["tsp"] = date(rng, 2025, "spoken")
    for i in range(1, 4):
        f[f"a{i}"] = addr10(rng)
        f[f"al{i}"] = aloc10(rng)
        f[f"tm{i}"] = mob10(rng)
        f[f"tc{i}"] = city10(rng)
        f[f"tl{i}"] = local10(rng)
    f["ao"] = aorg10(rng)
    f["ao2"] = aorg10(rng)
    f["a_low"] = f["a1"].lower()
    f["tf"] = foreign10(rng)
    f["th"] = hot10(rng)
    f["tsay"] = said10(rng)
    f["rsay"] = said_digits(shape(rng, rng.choice(["#####", "######", "##-####"])))
    f["ext"] = str(rng.randint(101, 489))
    f["ext2"] = str(rng.randint(1001, 4999))
    f["m1"] = mail10(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail10(rng, f["q_sur"], f["q_first"])
    f["md"] = mail10(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL10)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"] = inn12(rng), inn12(rng)
    f["pas"], f["pas2"] = passport(rng), passport(rng)
    f["pasf"] = shape(rng, rng.choice(["AA", "AC", "FA", "MP", "AB", "KB"]) + "#######")
    f["pasf8"] = shape(rng, rng.choice(["E", "N", "G"]) + "########")
    f["pint"] = shape(rng, rng.choice(["75", "76", "65", "77"]) + " #######")
    f["podr"] = shape(rng, "###-###")  # the issuing unit's code: not a passport
    f["bc"], f["bc2"] = bcert(rng), bcert(rng)
    f["age"] = str(rng.randint(21, 86))
    f["yr"] = rng.choice(["2025", "2026"])
    f["tm"] = f"{rng.randint(7, 20):02d}:{rng.choice(['00', '12', '25', '40', '55'])}"
    f["tm_b"] = f"{rng.randint(8, 21):02d}:{rng.choice(['05', '18', '30', '47'])}"
    # organisations' numbers and other hard negatives
    f["innorg"] = shape(
        rng, rng.choice(["10", "51", "29", "11", "68", "48", "27", "25"]) + "########"
    )
    f["innorg2"] = shape(rng, rng.choice(["77", "78", "50"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["02", "05", "10", "11", "21"]) + "##########")
    f["kpp"] = shape(rng, rng.choice(["10", "51", "29", "68"]) + "##01001")
    f["okpo"] = shape(rng, "0#######")
    f["okved"] = rng.choice(["86.10", "86.21", "86.22", "86.90.9", "47.73"])
    f["bik"] = shape(rng, "04#######")
    f["rs"] = shape(rng, "40" + rng.choice(["702", "601", "102"]) + "810###############")
    f["lic"] = shape(
        rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####", "ЛО41-01###-##/00######"])
    )
    f["lot"] = shape(rng, rng.choice(["######", "@####", "%%####-##", "##-###-#"]))
    f["lot2"] = shape(rng, rng.choice(["######", "@@###", "####@"]))
    f["serial"] = shape(rng, rng.choice(["SN%%#######", "##%#####", "%%-########"]))
    f["inv"] = shape(rng, "0101######")  # inventory number, 10 digits like a phone
    f["ru"] = shape(rng, rng.choice(["РЗН 20##/#####", "ФСЗ 20##/####", "ФСР 20##/#####"]))
    f["ord"] = shape(rng, rng.choice(["###-к", "##-о", "###-лс", "##/од", "###"]))
    f["ord2"] = shape(rng, rng.choice(["###-к", "##-о", "###", "##-п"]))
    f["case"] = shape(
        rng, rng.choice(["2-####/2025", "1-###/2025", "02-####/25", "33-####/2025", "5-##/2025"])
    )
    f["ward"] = str(rng.randint(1, 36))
    f["bed"] = str(rng.randint(1, 6))
    f["cab"] = str(rng.randint(101, 448))
    f["flat"] = str(rng.randint(1, 9))
    f["price"] = f"{rng.randint(6, 150) * 100:,}".replace(",", " ")
    f["price2"] = f"{rng.randint(2, 90) * 50:,}".replace(",", " ")
    bl = rng.randint(100000, 899000)  # a pack of 500 blank forms
    for n in (1, 17, 50, 500):
        f[f"bl{n}"] = f"{bl + n - 1:06d}"
    f["fd"] = str(rng.randint(1000, 99999))
    f["fp"] = shape(rng, "##########")  # fiscal sign: 10 digits, phone-shaped
    f["zn"] = shape(rng, "00######3#####")  # register's serial, 14 digits
    f["smena"] = str(rng.randint(40, 420))
    f["chk"] = str(rng.randint(1, 180))
    f["okpd"] = rng.choice(["21.20.10.131", "32.50.13.190", "21.20.23.111", "32.50.50.190"])
    f["pl"] = rng.choice(
        ["А417ЕК 10", "М203ОР 51", "К774ТУ 29", "В508НС 11", "Е119АМ 68", "Х335КР 27"]
    )
    f["flight"] = rng.choice(["SU 1321", "ЮТ 403", "S7 3014", "DP 6518", "ФВ 6247", "U6 2731"])
    f["train"] = rng.choice(["016А", "018М", "092Ч", "351Я", "022С", "004Э"])
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers10(rng))


TEMPLATES: list[tuple[str, str, str]] = [
    (
        "приказ главного врача о закреплении палат за постовыми медсёстрами",
        "приказ по личному составу и организации работы отделения с приложением (распределение палат и постов)",
        """ГБУЗ «Городская больница № 3», [[A:{ao}]]
ПРИКАЗ № {ord} от [[D:{td1}]]
О закреплении палат за постовыми медицинскими сёстрами терапевтического отделения № 2
В соответствии с приказом Минздрава России от [[D:20.12.2012]] № 1183н и СанПиН 3.3686-21 ПРИКАЗЫВАЮ:
1. Закрепить палаты № 1–{ward} поста № 1 за м/с [[P:{n_s}]], палаты № 14–22 поста № 2 за м/с [[P:{g_s}]] (приложение № 3).
2. Палату № {flat} (изолятор, 2 койки) закрепить за старшей м/с [[P:{x_i}]].
3. Приказ № {ord2} от [[D:{td2}]] «О постах» считать утратившим силу.
4. Контроль возложить на заместителя главного врача по медицинской части [[P:{h_acc}]].
Главный врач [[P:{d_i}]]
С приказом ознакомлены: [[P:{n_sur}]] ____ [[P:{g_sur}]] ____""",
    ),
    (
        "журнал регистрации входящей корреспонденции медицинской организации",
        "журнал регистрации входящих документов канцелярии больницы (строки: вх. номер, корреспондент, содержание)",
        """ЖУРНАЛ РЕГИСТРАЦИИ ВХОДЯЩИХ ДОКУМЕНТОВ, канцелярия, [[D:{td3}]]
| п/п | вх. № | корреспондент, исх. № | содержание | исполнитель |
| 1 | 1187 | ООО «МедТехСнаб», исх. № 412 от [[D:{td1}]] | счёт № 2207 на оплату по договору поставки № 45/25-П | бухгалтерия |
| 2 | [[R:<<####>>]] | [[P:{p}]], [[A:{a1}]], тел. [[T:{tm1}]] | жалоба на отказ в записи к кардиологу | [[P:{h_s}]] |
| 3 | 1189 | Арбитражный суд, дело № А{flat}-<<####>>/2025 | определение по иску ООО «Чистый город» | юрист [[P:{e_s}]] |
| 4 | [[R:<<####>>]] | ОМВД, КУСП № [[R:<<####>>]] от [[D:{td2}]] | запрос в отношении [[P:{q_gen}]] | зам. гл. врача |
| 5 | 1191 | Минздрав, письмо № 17-4/И/2-{ord2} | о мониторинге коечного фонда | оргметодотдел |
Регистратор [[P:{n_s}]]""",
    ),
    (
        "кассовый чек аптеки при отпуске по льготному рецепту с доплатой",
        "кассовый чек ККТ аптечного пункта (приход) с реквизитами ФН/ФД/ФП и номером рецепта в комментарии",
        """АПТЕЧНЫЙ ПУНКТ № 12 ООО «Фарм-Север»
ИНН {innorg}  {ao}
КАССОВЫЙ ЧЕК / ПРИХОД          Смена № {smena}   Чек № {chk}
[[D:{tsh}]] {tm}   Кассир [[P:{n_s}]]
1. Эналаприл 10 мг №20, серия {lot}      1 x 64,50
2. Индапамид 2,5 мг №30, серия {lot2}     1 x 118,00
Рецепт 148-1/у-04(л) серия <<##>>-<<##>> № [[R:<<######>>]], пациент [[P:{p_s}]]
ИТОГ ={price2},00  НАЛИЧНЫМИ ={price2},00
СНО: ОСН   ЗН ККТ {zn}
ФД № {fd}   ФП {fp}
Сайт ФНС: www.nalog.gov.ru   Тел. аптеки [[T:{tc1}]]""",
    ),
    (
        "счёт-фактура поставщика медицинских изделий",
        "счёт-фактура и товарная часть поставки расходных материалов в больницу (реквизиты сторон, серии товара)",
        """СЧЁТ-ФАКТУРА № {fd} от [[D:{td2}]]
Продавец: ООО «Северная медицинская компания», [[A:{ao2}]]; ИНН/КПП {innorg2}/{kpp}
Покупатель: ГБУЗ «Больница скорой медицинской помощи», [[A:{ao}]]; ИНН {innorg}, ОГРН {ogrn}
Документ об отгрузке: УПД № {chk}/25 от [[D:{td2}]]; госконтракт № 0{innorg}2500{fd} от [[D:{td1}]]
| № | товар (ОКПД2 {okpd}) | серия | ед. | кол-во | цена |
| 1 | Катетер внутривенный 20G | {lot} | шт | 500 | 38,40 |
| 2 | Система для инфузий ПР-01 (РУ {ru}) | {lot2} | шт | 1200 | 21,10 |
Руководитель [[P:{m_i}]]   Главный бухгалтер [[P:{g_i}]]
Тел. отдела продаж [[T:{tc2}]], доб. {ext}""",
    ),
    (
        "товарная накладная на вакцины с термоконтейнером",
        "накладная на отпуск иммунобиологических препаратов со склада в поликлинику (холодовая цепь)",
        """НАКЛАДНАЯ № {chk} на отпуск ИЛП от [[D:{td1}]]
Отправитель: склад ИЛП ГКУЗ «Медицинский резерв», [[A:{ao2}]]
Получатель: прививочный кабинет № {cab} детской поликлиники № 2
Вакцина для профилактики клещевого энцефалита, серия {lot}, годна до 11.2026 — 120 доз
Вакцина АКДС, серия {lot2}, годна до 04.2027 — 60 доз
Термоконтейнер ТМ-20 инв. № {inv}, термоиндикатор зав. № {serial}; выезд {tm}, прибытие {tm_b}, t° +4…+6 °C
Основание: заявка № 2{chk} от [[D:{td1}]], приказ № {ord}.
Отпустил [[P:{m_s}]]; водитель [[P:{x_s}]], автомобиль {pl}; принял фельдшер [[P:{n_i}]], т. [[T:{tl1}]]""",
    ),
    (
        "паспорт аппарата ИВЛ с отметкой о вводе в эксплуатацию",
        "паспорт медицинского изделия (формуляр) с разделами «свидетельство о приёмке» и «ввод в эксплуатацию»",
        """ПАСПОРТ ИЗДЕЛИЯ. Аппарат искусственной вентиляции лёгких «Авента-М», ТУ 9444-003-<<########>>-2014
Заводской номер {serial}. РУ № {ru}. Дата изготовления 03.2024.
Свидетельство о приёмке: изделие соответствует ГОСТ Р 55955-2013; ОТК: [[P:{m_s}]], [[D:{td1}]].
Ввод в эксплуатацию: ГБУЗ «Областная больница», отделение реанимации, палата № {ward}, инв. № {inv}.
Инженер сервисного центра [[P:{x_i}]], тел. [[T:{tm1}]]; акт ввода № {chk} от [[D:{td2}]].
Ответственный за эксплуатацию зав. ОАР [[P:{d_s}]].
Гарантия 24 мес. Сервис: [[T:{th}]], [[E:{mo}]]""",
    ),
    (
        "журнал технического обслуживания медицинской техники",
        "журнал учёта технического обслуживания и ремонта медицинских изделий отделения (таблица с заводскими номерами)",
        """Журнал ТО медицинской техники, отделение функциональной диагностики, лист 7
| № п/п | изделие | зав. № | инв. № | вид работ | дата | исполнитель |
| 31 | Электрокардиограф ЭК12Т-01-«Р-Д» | {serial} | {inv} | ТО-2, замена кабеля | [[D:{td1}]] | [[P:{m_s}]] |
| 32 | Холтер «Кардиотехника-07» | <<%%######>> | 0101<<######>> | поверка, свид. № С-ВЬ/<<##>>-<<##>>-2025/<<#########>> | [[D:{td2}]] | [[P:{x_s}]] |
| 33 | Спирограф СМП-21/01 | <<#####>> | 0101<<######>> | ремонт по заявке № {chk} | [[D:{td3}]] | [[P:{m_s}]] |
Ответственный [[P:{n_s}]], вн. тел. {ext}. Сервисная организация ООО «Медсервис», [[T:{tc1}]]""",
    ),
    (
        "выписка из реестра лицензий на медицинскую деятельность",
        "выписка из единого реестра лицензий Росздравнадзора (места осуществления деятельности и работы, услуги)",
        """ВЫПИСКА ИЗ РЕЕСТРА ЛИЦЕНЗИЙ по состоянию на {tm} [[D:{td3}]]
Лицензия № {lic} от [[D:{td1}]] на осуществление медицинской деятельности.
Лицензиат: ООО «Клиника семейной медицины "Северное сияние"», ОГРН {ogrn}, ИНН {innorg}, ОКПО {okpo}, ОКВЭД {okved}.
Место осуществления деятельности № 1: [[A:{ao}]] — работы (услуги): терапии; функциональной диагностике; ультразвуковой диагностике.
Место № 2: [[A:{ao2}]] — стоматологии терапевтической.
Приказ (распоряжение) лицензирующего органа № П{ord2} от [[D:{td2}]].
Выписка носит информационный характер. Контакты: [[T:{tc2}]], [[E:{mo}]]""",
    ),
    (
        "журнал температурного режима холодильника прививочного кабинета",
        "журнал учёта температуры в холодильном оборудовании для хранения ИЛП (два раза в день, подписи)",
        """Журнал регистрации температурного режима. Холодильник фармацевтический ХФ-250, зав. № {serial}, каб. № {cab}
Месяц: март. Норма +2…+8 °C. Термометр № <<####>>, поверка до 02.2026.
| дата | 8:00 | 16:00 | подпись |
| [[D:{td1}]] | +4 | +5 | [[P:{n_sur}]] |
| [[D:{td2}]] | +5 | +5 | [[P:{n_sur}]] |
| [[D:{td3}]] | +3 | +9* | [[P:{g_sur}]] |
* [[D:{td3}]] в 16:10 отключение электроэнергии 40 мин; ИЛП (серия {lot}) перемещены в резервный холодильник № 2; сообщено зав. [[P:{d_dat}]] по тел. [[T:{tl1}]]; акт № {chk}.""",
    ),
    (
        "акт о проведении заключительной дезинфекции помещений",
        "акт заключительной дезинфекции в очаге/отделении после выписки инфекционного больного (дезстанция)",
        """АКТ № {chk}-Д о проведении заключительной дезинфекции от [[D:{td2}]]
Объект: инфекционное отделение ГБУЗ «ЦРБ», [[A:{ao}]], боксы № 3, {flat}, палата № {ward}.
Основание: экстренное извещение на больного [[P:{p_acc}]], [[B:{bd}]], ИБ № [[R:<<####>>/<<##>>]] (выписан [[D:{td1}]]).
Применено: «Дезактин» 0,2 % — 40 л (партия {lot}), камерная обработка постельных принадлежностей (камера ВФЭ-2/0,9, зав. № {serial}).
Площадь 146 кв. м. Дезинфектор [[P:{x_s}]]; представитель отделения [[P:{g_s}]]. Руководство: СанПиН 3.3686-21, МУ 3.5.736-99.
Тел. дезстанции [[T:{tc1}]]""",
    ),
    (
        "протокол судебного заседания с показаниями врача",
        "протокол судебного заседания районного суда по гражданскому делу о возмещении вреда (допрос врача-свидетеля)",
        """ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ, дело № {case}
[[D:{td4}]], {tm}, зал № {flat}. Председательствующий судья [[P:{h_i}]], секретарь [[P:{n_i}]].
Истец [[P:{p}]]; представитель ответчика ГБУЗ «Областная больница» по доверенности № {chk} — [[P:{e_s}]].
Допрошена свидетель [[P:{g}]], врач-хирург, паспорт [[Q:{pas}]], предупреждена об ответственности по ст. 307 УК РФ.
Свидетель: истец поступил [[D:{td1}]], медицинская карта № [[R:<<####>>-Х/<<##>>]] … операция проведена [[D:{td2}]] в операционной № 2.
Суд, совещаясь на месте, определил: приобщить к делу копию медицинской карты (на 48 листах).
Протокол изготовлен [[D:{td5}]]. Судья ______ Секретарь ______""",
    ),
    (
        "определение суда о госпитализации в психиатрический стационар в недобровольном порядке",
        "решение/определение суда по административному делу о недобровольной госпитализации (ст. 29 Закона о психиатрической помощи)",
        """Административное дело № 2а-<<####>>/2025
РЕШЕНИЕ. Именем Российской Федерации. [[D:{t2}]], [[A:{ao}]] (помещение ГБУЗ «Психоневрологическая больница»).
Суд в составе судьи [[P:{h_s}]], рассмотрев административное исковое заявление ГБУЗ «ПНБ» о госпитализации в недобровольном порядке [[P:{p_gen}]], [[B:{bd}]], зарегистрированн{p_ogo} по адресу: [[A:{a1}]], находящ{p_ei}ся в отделении № {flat} (история болезни № [[R:<<####>>/<<##>>]]),
с участием прокурора [[P:{e_s}]], представителя больницы [[P:{d_s}]] (доверенность № {chk} от [[D:{td1}]]),
РЕШИЛ: заявление удовлетворить. Решение может быть обжаловано в течение 10 дней.""",
    ),
    (
        "маршрутная квитанция электронного билета для проезда к месту лечения",
        "маршрутная квитанция авиабилета (приложение к заявлению о проезде в федеральный центр по квоте ВМП)",
        """МАРШРУТНАЯ КВИТАНЦИЯ / ITINERARY RECEIPT
Пассажир: [[P:{q_lat}]] / Документ: [[Q:{pas}]]
Номер билета: [[R:555 <<##########>>]]   Код бронирования: [[R:<<%%%###>>]]
Рейс {flight}  [[D:{tdm}]]  Архангельск (ARH) — Москва (SVO)  вылет {tm}  класс Y  багаж 1PC
Место 14C; терминал B; регистрация закрывается за 40 мин.
Оплачено: {price} RUB (ФД {fd}). Агентство: ООО «Северавиа-тур», ИНН {innorg}, [[T:{tc1}]]
Основание поездки: талон на ВМП № [[R:<<##>>.<<####>>.<<#####>>.<<###>>]] от [[D:{td1}]]""",
    ),
    (
        "железнодорожный билет сопровождающего ребёнка-инвалида",
        "электронный проездной документ РЖД (контрольный купон) на ребёнка и сопровождающего, приложен к заявлению ФСС",
        """ЭЛЕКТРОННЫЙ БИЛЕТ (контрольный купон) № [[R:<<##############>>]]
Поезд {train}, вагон {flat}, места 023, 024 (купе), отправление [[D:{td2}]] {tm} Петрозаводск — Санкт-Петербург-Ладожский
Пассажир 1: [[P:{k_up}]], св-во о рождении [[C:{bc}]], детский
Пассажир 2: [[P:{g_up}]], паспорт РФ [[Q:{pas}]], сопровождающий
Стоимость {price2},00 руб. (в т. ч. сервис 214,00). Заказ № [[R:<<##########>>]]
Справка МСЭ № [[R:<<####>>.<<##>>.<<##>>/2025]] приложена. Телефон для справок [[T:{th}]]""",
    ),
    (
        "регистрационная карточка отдыхающего при заезде в санаторий",
        "регистрационная карточка гостя/пациента санатория (путёвка, документ, номер корпуса и комнаты)",
        """Санаторий «Марциальные воды», [[A:{ao}]]
РЕГИСТРАЦИОННАЯ КАРТОЧКА. Заезд [[D:{td1}]], выезд [[D:{td4}]] (21 день)
Ф.И.О.: [[P:{p_ocr}]]; дата рожденя [[B:{bd}]]
Документ: паспорт [[Q:{pas}]], выдан [[D:{t1}]], код подразделения {podr}
Путёвка № [[R:<<######>>]] (ФСС), санаторно-курортная карта № [[R:<<###>>]]
Корпус 2, комната {cab}, стол № {ward}. Полис ОМС [[O:{enp}]]
Телефон: [[T:{tm1}]]; родственник для связи [[P:{g_io}]], [[T:{tm2}]]
Администратор [[P:{n_s}]]""",
    ),
    (
        "табель учёта рабочего времени отделения",
        "табель учёта использования рабочего времени (форма 0504421) хирургического отделения за месяц",
        """ТАБЕЛЬ № {chk} учёта использования рабочего времени за период с [[D:{td1}]] по [[D:{td5}]]
Учреждение: ГБУЗ «Городская больница № 1», ОКПО {okpo}; структурное подразделение: хирургическое отделение
| № п/п | Ф.И.О., должность | таб. № | дни/часы | код неявки |
| 1 | [[P:{d_s}]], зав. отд. | [[R:<<####>>]] | 21/165 | — |
| 2 | [[P:{e_s}]], врач-хирург | [[R:<<####>>]] | 18/141 | ОТ 3 |
| 3 | [[P:{n_s}]], ст. м/с | [[R:<<####>>]] | 21/165 | — |
| 4 | [[P:{g_s}]], м/с перевяз. | [[R:<<####>>]] | 12/94 | Б 9 (ЭЛН [[R:<<############>>]]) |
Ответственный [[P:{n_i}]]; приказ об утверждении формы № {ord}""",
    ),
    (
        "график дежурств врачей отделения с мобильными телефонами",
        "график дежурств врачей на месяц, утверждённый заведующим, с контактами для вызова",
        """УТВЕРЖДАЮ: зав. отделением [[P:{h_i}]]  [[D:{td1}]]
ГРАФИК ДЕЖУРСТВ врачей неврологического отделения (ПСО), 24 ч, начало 08:00
2, 10, 18, 26 — [[P:{d_s}]], моб. [[T:{tm1}]]
4, 12, 20, 28 — [[P:{e_s}]], моб. [[T:{tm2}]]
6, 14, 22, 30 — [[P:{x_s}]], моб. [[T:{tm3}]]
Ординаторская 3-й этаж, каб. {cab}, внутр. {ext}; пост № 1: [[T:{tl1}]]; приёмное: [[T:{tc1}]]
КТ (круглосуточно) — корп. 2, каб. 104, вн. 2{ext}. Замены — по согласованию (приказ № {ord}).""",
    ),
    (
        "трудовой договор с медицинской сестрой",
        "трудовой договор с работником медицинской организации (раздел о сторонах и реквизиты работника)",
        """ТРУДОВОЙ ДОГОВОР № [[R:<<###>>-ТД/25]]
[[A:{ao}]]                         [[D:{tq}]]
ГБУЗ «Республиканская больница им. В.А. Баранова» (ИНН {innorg}, КПП {kpp}), в лице главного врача [[P:{h_gen}]], и гражданка [[P:{n}]] заключили настоящий договор о нижеследующем: Работник принимается на должность медицинской сестры палатной (постовой) отделения № {flat} с [[D:{td2}]] (приказ № {ord} от [[D:{td1}]]).
Реквизиты работника: дата рождения [[B:{bd2}]]; паспорт: серия [[Q:{pas}]], выдан [[D:{t1}]] МВД по Республике Карелия, код подразделения {podr}; адрес регистрации: [[A:{a1}]]; СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; тел. [[T:{tm1}]].
Табельный номер [[R:<<#####>>]]. Работодатель ______ Работник ______""",
    ),
    (
        "доверенность организации на получение товарно-материальных ценностей",
        "доверенность по форме М-2 на получение лекарственных препаратов от поставщика (с паспортными данными получателя)",
        """ДОВЕРЕННОСТЬ № {chk}
Дата выдачи [[D:{td1}]]. Действительна по [[D:{td3}]].
ГБУЗ «Детская больница», [[A:{ao}]], ИНН {innorg}, р/с {rs}, БИК {bik}
Доверенность выдана заведующей аптекой [[P:{g_dat}]]
Паспорт: серия и номер [[Q:{pas}]], выдан [[D:{t2}]] ОУФМС России, код {podr}
На получение от ООО «Фармкомплект» материальных ценностей по договору № 14/25-Л от [[D:{td1}]] и счёту № {fd}.
Подпись [[P:{g_s}]] ______ удостоверяем. Главный врач [[P:{h_i}]], гл. бухгалтер [[P:{n_i}]]""",
    ),
    (
        "путевой лист санитарного автомобиля с перевозкой пациентов",
        "путевой лист легкового/санитарного автомобиля (типовая форма) с задание водителю: перевозка пациентов на гемодиализ",
        """ПУТЕВОЙ ЛИСТ № {chk} санитарного автомобиля, [[D:{td2}]]
ГБУЗ «ЦРБ», автомобиль ГАЗ-A6BR23 {pl}, гаражный № {flat}
Водитель [[P:{x}]], водительское удостоверение [[R:<<##>> <<##>> <<######>>]], таб. № [[R:<<###>>]]
Задание: 1) {tm} — [[P:{p_s}]] от адреса [[A:{a1}]] до отделения гемодиализа (ИБ [[R:<<####>>-Д]]); 2) {tm_b} — [[P:{q_s}]], [[A:{a2}]]
Показания спидометра при выезде 148 512, при возвращении 148 706. Горючее АИ-92: выдано 40 л.
Предрейсовый осмотр: [[P:{n_s}]], {tm}. Механик [[P:{m_s}]]. Диспетчер [[T:{tc1}]]""",
    ),
    (
        "протокол лабораторных испытаний питьевой воды",
        "протокол испытаний аккредитованного испытательного лабораторного центра (пробы воды из системы водоснабжения больницы)",
        """ФБУЗ «Центр гигиены и эпидемиологии», ИЛЦ, аттестат аккредитации RA.RU.<<######>>
[[A:{ao2}]], тел. [[T:{tc2}]]
ПРОТОКОЛ ИСПЫТАНИЙ № {fd}-В от [[D:{td3}]]
Заказчик: ГБУЗ «Городская поликлиника № 2», [[A:{ao}]]. Договор № {chk}/25 от [[D:{td1}]].
Пробы № {chk}-1 … {chk}-4: вода питьевая, точки отбора — пищеблок, процедурный каб. № {cab}, ЦСО. Отобраны [[D:{td2}]] пом. эпидемиолога [[P:{e_s}]], акт отбора № {smena}.
ОМЧ <50 КОЕ/мл; ОКБ — не обнаружены; мутность 0,9 ЕМФ (гигиенический норматив, табл. 3.1).
Ответственный за оформление [[P:{n_s}]]. Заведующий ИЛЦ [[P:{h_s}]]""",
    ),
    (
        "журнал бракеража готовой пищи пищеблока",
        "журнал бракеража готовой кулинарной продукции пищеблока стационара (органолептическая оценка)",
        """Журнал бракеража готовой кулинарной продукции, пищеблок ГБУЗ «ОКБ»
| дата, время | блюдо, № раскладки | оценка | разрешение к выдаче | подписи |
| [[D:{td1}]] {tm} | Каша овсяная молочная (диета ОВД), раскладка № 14 | отл. | разрешено | [[P:{x_sur}]], [[P:{n_sur}]] |
| [[D:{td1}]] 12:10 | Суп овощной (ЩД), № 22 | хор. | разрешено | [[P:{x_sur}]] |
| [[D:{td2}]] {tm} | Запеканка творожная, № 31 | недосол | разрешено после доработки | [[P:{d_sur}]] |
Суточная проба отобрана, хранение 48 ч при +2…+6 °C (холодильник № {flat}). Диетврач [[P:{d_i}]]""",
    ),
    (
        "выписка из протокола заседания локального этического комитета",
        "выписка из протокола ЛЭК об одобрении поправки к протоколу клинического исследования (с номером участника)",
        """ЛОКАЛЬНЫЙ ЭТИЧЕСКИЙ КОМИТЕТ ГБУЗ «ОКБ»
ВЫПИСКА ИЗ ПРОТОКОЛА № {flat} заседания от [[D:{td2}]]
Слушали: поправку № 3 к протоколу исследования ABC-2201-<<###>> (версия 4.0 от [[D:{td1}]]), спонсор ООО «Фарм Рисёрч».
Главный исследователь [[P:{d}]], центр № 0<<##>>.
Сообщение о серьёзном нежелательном явлении: участник № [[R:0<<##>>-<<####>>]] (скрининговый номер [[R:S<<#####>>]]), госпитализация [[D:{td1}]].
Постановили: одобрить (8 — за, 0 — против). Председатель ЛЭК [[P:{h_i}]], секретарь [[P:{n_i}]], [[E:{mo}]]""",
    ),
    (
        "памятка пациенту по подготовке к колоноскопии",
        "памятка/инструкция отделения эндоскопии для пациентов с телефонами записи и номерами кабинетов",
        """ПАМЯТКА ПАЦИЕНТУ. Подготовка к колоноскопии
За 3 дня — бесшлаковая диета (таблица 1 в приложении № 2). Накануне: препарат на основе макрогола по схеме (с 16:00 и с 20:00).
Исследование проводится в корпусе 3, 2-й этаж, каб. {cab}. При себе: направление, результаты анализов, полис.
Запись и перенос: [[T:{tc1}]] (пн–пт 08:00–16:00), регистратура эндоскопии — доб. {ext}.
Вопросы по подготовке — медсестра отделения [[P:{n_io}]], [[T:{tm1}]] (WhatsApp).
Заведующий отделением [[P:{d_i}]]. ГОСТ Р 56034-2014 не заменяет консультацию врача.""",
    ),
    (
        "объявление в холле поликлиники о приёме узких специалистов",
        "объявление на стенде поликлиники: специалисты, кабинеты, дни приёма, телефоны (в т.ч. короткие внутренние)",
        """ВНИМАНИЕ! С [[D:{tdm}]] изменилось расписание приёма:
Офтальмолог [[P:{d_s}]] — каб. {cab}, пн/ср 8:00–14:00
Оториноларинголог [[P:{e_s}]] — каб. 2{flat}, вт/чт 13:00–19:00
Эндокринолог [[P:{h_s}]] — каб. 31{flat}, пт
Справки по телефону [[T:{tl1}]] или [[T:{tc2}]]; колл-центр [[T:{th}]]; жалобы — зам. главного врача [[P:{x_s}]], каб. 105, [[T:{tl2}]]
Администрация (приказ № {ord} от [[D:{td1}]])""",
    ),
    (
        "подпись врача частной клиники в электронном письме",
        "блок подписи в электронной переписке врача частного медицинского центра с реквизитами клиники",
        """Добрый день!
Результаты исследования направляю во вложении. Если будут вопросы — пишите.

--
С уважением,
[[P:{d_fi}]]
врач-ревматолог, к.м.н.
Медицинский центр «Арктика-Мед» (лицензия № {lic})
[[A:{ao}]], каб. {cab}
тел.: [[T:{tc1}]], доб. {ext}
моб.: [[T:{tm2}]]
[[E:{md}]]
ОГРН {ogrn} | ИНН {innorg}""",
    ),
    (
        "заявка в инженерную службу на ремонт в палате",
        "заявка (служебная) в хозяйственно-инженерную службу о неисправности оборудования и сантехники",
        """ЗАЯВКА № {chk} от [[D:{td2}]] в инженерно-техническую службу
Отделение: гинекология, 4 этаж. Палата № {ward}, койка {bed}: не работает кнопка вызова медперсонала (система «Сигнал», блок зав. № {serial}).
Палата № 41{flat}: течь смесителя. Коридор у кабинета {cab}: не горит светильник ЛПО 2х36.
Функциональная кровать Armed RS106, инв. № {inv} — заклинивает подъём секции.
Контактное лицо: сестра-хозяйка [[P:{n_s}]], вн. {ext}, [[T:{tm1}]].
Принял диспетчер [[P:{x_s}]] {tm}""",
    ),
    (
        "акт передачи дежурства ответственного дежурного врача по больнице",
        "рапорт ответственного дежурного врача о суточном дежурстве по стационару (поступления, тяжёлые, ЧП)",
        """РАПОРТ ответственного дежурного врача с 8:00 [[D:{td2}]] до 8:00 [[D:{td3}]]
Поступило 41, из них по СМП 29. Умерло 1: [[P:{p_s}]], {age} л., ИБ [[R:<<####>>]], ОРИТ № 2, койка {bed}.
Тяжёлые: [[P:{q_s}]] (ИБ [[R:<<####>>]], пал. {ward}) — ИВЛ; [[P:{s_s}]] (ИБ [[R:<<####>>]]) — ЖКК, гемотрансфузия.
Происшествия: в 02:40 авария водоснабжения корп. 3, заявка № {chk} в аварийную службу [[T:{tc1}]]; сообщено в ОМВД (КУСП № [[R:<<####>>]]) о поступлении [[P:{u_gen}]] с ножевым ранением.
Дежурство сдал [[P:{d_s}]], принял [[P:{e_s}]]""",
    ),
    (
        "запись в книге жалоб и предложений с ответом администрации",
        "книга жалоб и предложений медицинской организации: запись посетителя и отметка о принятых мерах",
        """Книга жалоб и предложений, лист {chk}
[[D:{td1}]]. [[P:{p}]], проживаю: [[A:{a1}]], тел. [[T:{tm1}]].
Сегодня в регистратуре (окно №{flat}) мне отказали в выдаче талона к урологу, сотрудник не предствился. Прошу розобраться. моя карта N [[R:<<####>>/<<##>>]].
Отметка администрации: [[D:{td2}]] проведена беседа с регистратором [[P:{n_s}]]; заявитель записан на [[D:{td3}]] к врачу [[P:{d_s}]], каб. {cab}. Ответ направлен письмом исх. № {fd}.
Зам. главного врача [[P:{h_i}]]""",
    ),
    (
        "претензия поставщику о поставке некачественных перчаток",
        "претензия медицинской организации поставщику по государственному контракту (брак партии товара)",
        """ООО «Медтекс-Регион», [[A:{ao2}]], ИНН {innorg2}
Исх. № {fd} от [[D:{td3}]]
ПРЕТЕНЗИЯ
По государственному контракту № {chk}/25-ЭА от [[D:{td1}]] (ИКЗ 25{innorg}0{kpp}0010010000{okpo}244) поставлены перчатки смотровые нитриловые, размер M, серия {lot}, 300 уп. (товарная накладная № {smena} от [[D:{td2}]]). При приёмке выявлен брак (разрывы при надевании) — акт № {flat} от [[D:{td2}]]. Требуем замены в течение 10 дней.
Контрактный управляющий [[P:{x_s}]], [[T:{tc1}]], доб. {ext}, [[E:{mo}]]""",
    ),
    (
        "отчёт о закрытии смены контрольно-кассовой техники",
        "отчёт о закрытии смены ККТ регистратуры платных услуг (Z-отчёт) с фискальными реквизитами",
        """ООО «МЦ Здоровье плюс»   ИНН {innorg}
{ao}
ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ № {smena}
[[D:{tsh}]] {tm_b}   Кассир: администратор [[P:{n_s}]]
Чеков за смену: {chk}   Приход: {price},00   Возврат прихода: {price2},00
Непереданных ФД: 0   ФН действителен до [[D:14.08.2026]]
ЗН ККТ {zn}   ФД № {fd}   ФП {fp}
Ресурс ключей проверки КМ: 412 дн.""",
    ),
    (
        "кассовый чек возврата прихода с данными покупателя",
        "кассовый чек «возврат прихода» медицинского центра с реквизитами покупателя (для справки об оплате в налоговую)",
        """КАССОВЫЙ ЧЕК. ВОЗВРАТ ПРИХОДА
ООО «Медикал Арт», [[A:{ao}]]
Смена {smena}  Чек {chk}  [[D:{td3}]] {tm}
Услуга: Консультация врача-гастроэнтеролога повторная (код B01.004.002) — {price2},00
Основание: заявление от [[D:{td3}]], договор на оказание платных медицинских услуг № [[R:<<####>>-П/25]]
Покупатель: [[P:{p}]]   ИНН покупателя: [[I:{inn}]]
Способ расчёта: безналичными (карта **** <<####>>)
ЗН ККТ {zn}  ФД {fd}  ФП {fp}
Кассир [[P:{n_s}]]; тел. клиники [[T:{tc1}]]""",
    ),
    (
        "платёжное поручение за лечение от физического лица",
        "платёжное поручение (0401060) гражданина на оплату лечения в федеральном центре по договору",
        """ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № {chk}           [[D:{td2}]]      электронно
Сумма: {price}-00
Плательщик: [[P:{m}]], ИНН [[I:{inn2}]], сч. № {rs}
Банк плательщика: Северо-Западный банк ПАО Сбербанк, БИК {bik}
Получатель: ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России, ИНН {innorg2}, КПП {kpp}, ОКТМО {okpo}
Назначение платежа: Оплата по договору № [[R:ПМУ-<<#####>>]] от [[D:{td1}]] за лечение [[P:{k_gen}]], [[B:{bdk}]], счёт № {fd}. Без НДС.
Подписи: [[P:{m_s}]]  Отметки банка: проведено [[D:{td2}]]""",
    ),
    (
        "квитанция строгой отчётности об оплате периодического медосмотра",
        "квитанция (бланк строгой отчётности) медицинского центра об оплате медосмотра работником наличными",
        """КВИТАНЦИЯ серия АБ № {fd}  (бланк строгой отчётности, утв. приказом № {ord})
ООО «Профмедосмотр», ИНН {innorg}, [[A:{ao}]]
Получено от: [[P:{q_gen}]], проживающ{q_ei} [[A:{al1}]]
За: периодический медицинский осмотр (приказ Минздрава от [[D:28.01.2021]] № 29н), п. 4.1, 18.2 приложения; направление работодателя № [[R:<<###>>/<<##>>]] от [[D:{td1}]]
Сумма: {price} руб. 00 коп. (прописью: по прайсу)
Дата [[D:{td2}]]. Принял кассир [[P:{n_s}]] ______ М.П.""",
    ),
    (
        "справка о стоимости оказанной медицинской помощи по ОМС",
        "уведомление застрахованного лица о стоимости медицинской помощи, оплаченной за счёт ОМС (по запросу)",
        """ТФОМС [[A:{ao2}]]
СПРАВКА о стоимости медицинской помощи, оказанной застрахованному лицу
[[P:{p}]], [[B:{bd}]], полис ОМС единого образца № [[O:{enp}]], СМО ООО «Капитал МС» (реестровый № 1{flat}00{chk})
| период | МО | вид помощи | № карты | стоимость, руб. |
| [[D:{td1}]]–[[D:{td2}]] | ГБУЗ «РБ» (код МО 1{flat}0{cab}) | стационар, КСГ st21.001 | [[R:<<#####>>/<<##>>]] | 58 412,30 |
| [[D:{td3}]] | поликлиника № 2 | обращение | [[R:<<######>>]] | 1 742,11 |
Справка № {fd} выдана [[D:{td4}]]. Специалист [[P:{n_s}]], [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        "распоряжение по отделению о карантине палат",
        "распоряжение заведующего отделением о введении карантинных мероприятий по палатам (контактные пациенты)",
        """РАСПОРЯЖЕНИЕ № {flat} по педиатрическому отделению от [[D:{td2}]]
В связи с выявлением ветряной оспы у пациент{k_ka} [[P:{k_gen}]] (ИБ № [[R:<<####>>/<<##>>]], палата № {ward}), переведённ{k_ogo} в боксированное отделение:
1. Палаты № {ward} и {cab} закрыть на приём до [[D:{td5}]] (21 день с последнего контакта).
2. Контактные: [[P:{x_s}]] (ИБ [[R:<<####>>]]), [[P:{s_s}]] (ИБ [[R:<<####>>]]) — наблюдение, термометрия 2 раза в день.
3. Выписка контактных — по согласованию с эпидемиологом [[P:{e_s}]], вн. {ext}.
Основание: СанПиН 3.3686-21, п. 1{flat}. Зав. отделением [[P:{d_i}]]""",
    ),
    (
        "журнал регистрации работы бактерицидной установки",
        "журнал регистрации и контроля ультрафиолетовой бактерицидной установки (облучателя) в кабинете",
        """Журнал регистрации работы бактерицидной установки. Облучатель-рециркулятор ОРУБ-3-5-«КРОНТ», зав. № {serial}, инв. № {inv}
Помещение: процедурный кабинет № {cab}, объём 48 куб. м; категория помещения II.
| дата | время вкл. | время выкл. | длительность | нарастающим итогом, ч | подпись |
| [[D:{td1}]] | 08:00 | 10:00 | 2 ч | 6{smena} | [[P:{n_sur}]] |
| [[D:{td2}]] | 14:00 | 16:30 | 2,5 ч | 6{smena},5 | [[P:{g_sur}]] |
Замена ламп: [[D:{td3}]], лампы ДБ-30 № партии {lot}, техник [[P:{x_s}]]. Руководство по применению ультрафиолетового излучения.""",
    ),
    (
        "журнал регистрации аварийных ситуаций с медицинским персоналом",
        "журнал учёта аварийных ситуаций при выполнении медицинских манипуляций (укол инфицированной иглой)",
        """ЖУРНАЛ УЧЁТА АВАРИЙНЫХ СИТУАЦИЙ, запись № 1{flat}
Дата и время: [[D:{td2}]] {tm}. Пострадавший: м/с процедурная [[P:{g}]], [[B:{bd2}]], таб. № [[R:<<####>>]].
Обстоятельства: укол иглой после забора крови у пациента [[P:{p_gen}]] (ИБ № [[R:<<####>>/<<##>>]], палата {ward}).
Меры: обработка по СОП, экспресс-тест на ВИЧ пациента — отрицательный (проба № [[R:<<########>>]]); сотруднику — забор крови № [[R:<<########>>]], АРВТ не назначена.
Сообщено: эпидемиологу [[P:{e_s_dat}]] в {tm_b}; в центр СПИД по тел. [[T:{tc1}]]. Акт о несчастном случае на производстве формы Н-1 не составлялся.
Подпись ответственного [[P:{d_s}]]""",
    ),
    (
        "лист регистрации вакцинации сотрудников против гриппа",
        "ведомость вакцинации сотрудников медицинской организации против гриппа в рамках сезонной кампании",
        """ВЕДОМОСТЬ ВАКЦИНАЦИИ СОТРУДНИКОВ ПРОТИВ ГРИППА, сезон 2025–2026
Вакцина «Совигрипп», 0,5 мл в/м, серия {lot}, годна до 08.2026; прививочный кабинет № {cab}
| № | Ф.И.О. | дата рожд. | таб. № | дата | подпись |
| 1 | [[P:{d}]] | [[B:{bd2}]] | [[R:<<####>>]] | [[D:{td1}]] | |
| 2 | [[P:{n}]] | [[B:{bd3}]] | [[R:<<####>>]] | [[D:{td1}]] | |
| 3 | [[P:{x}]] | [[B:{bd}]] | [[R:<<####>>]] | мед. отвод до [[D:{td4}]] | |
Прививку провела м/с [[P:{g_s}]]; всего привито 2 чел. Отчёт передан в ЦГиЭ по тел. [[T:{tc2}]].""",
    ),
    (
        "оборотная ведомость аптечного склада по сериям",
        "оборотно-сальдовая ведомость аптеки МО по номенклатуре с сериями и сроками годности (за месяц)",
        """ОБОРОТНАЯ ВЕДОМОСТЬ, аптека ГБУЗ «ОКБ», период с [[D:{td1}]] по [[D:{td4}]]
Счёт 105.31; МОЛ: заведующая аптекой [[P:{g_s}]]
| наименование | серия | годен до | остаток нач. | приход | расход | остаток кон. |
| Гепарин натрия 5000 МЕ/мл 5 мл | {lot} | 09.2026 | 140 | 200 | 212 | 128 |
| Амоксициллин+клавуланат 1,2 г | {lot2} | 01.2027 | 60 | 0 | 44 | 16 |
| Натрия хлорид 0,9 % 250 мл | <<######>> | 12.2027 | 1 200 | 2 400 | 2 310 | 1 290 |
Приход по накладным № {fd}, {smena}; расход по требованиям отделений № 14-21. Бухгалтер [[P:{n_i}]]""",
    ),
    (
        "заявление пациента о замене лечащего врача",
        "заявление гражданина на имя главного врача о замене лечащего врача (ст. 21 Закона № 323-ФЗ)",
        """Главному врачу ГБУЗ «Городская поликлиника № 4» [[P:{h_s_dat}]]
от [[P:{p_gen}]], [[B:{bd}]], паспорт серия [[Q:{pas}]], выдан [[D:{t1}]], проживающ{p_ei}: [[A:{a1}]], тел. [[T:{tm1}]], эл. почта [[E:{m1}]]
ЗАЯВЛЕНИЕ
Прошу заменить лечащего врача — участкового терапевта [[P:{d_acc}]] (участок № {flat}) — на врача [[P:{e_acc}]] в связи с переездом внутри района. Амбулаторная карта № [[R:<<####>>-Т/<<##>>]].
[[D:{td2}]]  ______ /[[P:{p_sur}]]/
Резолюция: согласовать с зав. терапевтическим отделением [[P:{x_i}]], ответ дать до [[D:{td4}]]""",
    ),
    (
        "согласие пациента на обработку персональных данных в частной клинике",
        "согласие субъекта на обработку персональных данных (152-ФЗ) при заключении договора платных услуг",
        """СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ
Я, [[P:{q}]], [[B:{bd3}]] г. р., паспорт гражданина РФ: серия [[Q:{pas}]], выдан [[D:{t1}]] отделом УФМС России по Мурманской обл., код подразделения {podr}, зарегистрированн{q_yi} по адресу: [[A:{a2}]],
даю согласие ООО «Медицинский центр "Норд"» (ОГРН {ogrn}, [[A:{ao}]]) на обработку моих персональных данных: Ф.И.О., дата рождения, паспортные данные, СНИЛС [[S:{sn}]], телефон [[T:{tm2}]], e-mail [[E:{m2}]], сведения о состоянии здоровья.
Цель: исполнение договора № [[R:<<####>>/<<##>>-ПУ]]. Срок: 25 лет (приказ Минздрава № 530н).
[[D:{td1}]] ______ [[P:{q_s}]]""",
    ),
    (
        "письмо консульства о медицинском сопровождении иностранного пациента",
        "письмо генерального консульства в больницу о гражданине, госпитализированном в экстренном порядке (контакты семьи)",
        """Генеральное консульство Федеративной Республики Германия, Санкт-Петербург
Исх. № RK 511-{chk} от [[D:{td2}]]
Главному врачу ГБУЗ «Больница скорой помощи» [[P:{h_s_dat}]]
Консульство подтверждает, что [[P:{p_lat}]] (в русской транскрипции — [[P:{p}]]), [[B:{bd}]], паспорт [[Q:{pasf8}]], является гражданином (гражданкой) ФРГ, дата госпитализации [[D:{td1}]] (ИБ № [[R:<<####>>-И/<<##>>]]).
Расходы гарантирует страховщик по полису [[R:DE-<<########>>]]. Контакт семьи: [[P:{m_fi}]], [[T:{tf}]]; консульский отдел [[T:{tc1}]], [[E:{m1}]].
Консул [[P:{e_i}]]""",
    ),
    (
        "анкета иностранного пациента платной клиники",
        "регистрационная анкета иностранного гражданина в частной клинике (документ, виза, контакты, страховка)",
        """REGISTRATION FORM / АНКЕТА ПАЦИЕНТА
Фамилия, имя (лат.): [[P:{q_lat}]]   На русском: [[P:{q_s}]]
Date of birth / Дата рождения: [[B:{bd3}]]
Passport / Паспорт: [[Q:{pasf}]]   Виза № [[R:<<#########>>]] до [[D:{td5}]]   Миграционная карта [[R:<<####>> <<#######>>]]
Адрес пребывания в РФ: [[A:{a1}]]
Phone: [[T:{tf}]], в России [[T:{tm1}]]; e-mail [[E:{m2}]]
Insurance / Страховка: полис ДМС № [[R:<<##>>-<<###>>-<<######>>]] (ООО «Ингосстрах»)
Карта пациента № [[R:И-<<#####>>]], заведена [[D:{td1}]] администратором [[P:{n_s}]]""",
    ),
    (
        "протокол совещания при главном враче",
        "протокол еженедельного административного совещания при главном враче (повестка, решения, ответственные)",
        """ПРОТОКОЛ № {flat} совещания при главном враче от [[D:{td3}]]
Присутствовали: [[P:{h_i}]] (председатель), [[P:{p_brk}]] (юрист), [[P:{d_i}]], [[P:{e_i}]], [[P:{x_i}]], гл. м/с [[P:{n_i}]].
1. О выполнении приказа № {ord} от [[D:{td1}]] (приложения № 1–4). Докладчик [[P:{d_s}]]. Решили: срок до [[D:{td5}]].
2. О ремонте палат № 1{flat}–2{flat} 3-го этажа корпуса № 2 (договор подряда № 17/25 от [[D:{td2}]] с ООО «СтройДом»).
3. Разбор случая: пациентка [[P:{g_s}]], ИБ № [[R:<<####>>/<<##>>]] — жалоба в ТФОМС, вх. № [[R:<<####>>]]. Ответственный [[P:{e_s}]].
Секретарь [[P:{n_s}]]""",
    ),
    (
        "план-график периодического медицинского осмотра работников предприятия",
        "календарный план-график периодического медосмотра, приложение к договору с работодателем (поимённо)",
        """Приложение № 2 к договору № 48/25-МО от [[D:{td1}]]
ПЛАН-ГРАФИК периодического медицинского осмотра работников АО «Кольская ГМК» (ОКВЭД 24.45)
| № | Ф.И.О. | дата рожд. | таб. № | цех, профессия | вредные факторы (прил. к приказу № 29н) | дата |
| 1 | [[P:{p}]] | [[B:{bd2}]] | [[R:<<#####>>]] | цех № {flat}, машинист крана | 4.1, 4.4 | [[D:{td2}]] |
| 2 | [[P:{q}]] | [[B:{bd3}]] | [[R:<<#####>>]] | ОТК, контролёр | 1.2.4, 18.2 | [[D:{td2}]] |
| 3 | [[P:{s}]] | [[B:{bd}]] | [[R:<<#####>>]] | цех № 1{flat}, электромонтёр | 4.1, 6.2 | [[D:{td3}]] |
От работодателя: специалист по ОТ [[P:{x_s}]], [[T:{tc1}]], доб. {ext}; от МО: [[P:{d_s}]]""",
    ),
    (
        "счёт на оплату периодического медосмотра работодателю",
        "счёт на оплату медицинской организации предприятию за медосмотр группы работников (без персональных данных в счёте)",
        """ООО «Профмедцентр», ИНН {innorg}, КПП {kpp}, ОГРН {ogrn}
Р/с {rs}, БИК {bik}, тел. [[T:{tc1}]]
СЧЁТ НА ОПЛАТУ № {fd} от [[D:{td3}]]
Плательщик: АО «Архангельский ЦБК», ИНН {innorg2}, [[A:{ao2}]]
Основание: договор № {chk}/25-ПМО от [[D:{td1}]], акт оказанных услуг № {smena} от [[D:{td3}]]
| № | наименование | кол-во | цена | сумма |
| 1 | Периодический медосмотр (приказ № 29н), комплекс 3 | 48 | {price2},00 | по расчёту |
| 2 | Психиатрическое освидетельствование | 12 | 950,00 | 11 400,00 |
Руководитель [[P:{h_i}]]   Бухгалтер [[P:{n_i}]]""",
    ),
    (
        "уведомление о проведении внеплановой выездной проверки Росздравнадзора",
        "уведомление территориального органа Росздравнадзора медицинской организации о проверке (решение, сроки, инспекторы)",
        """ТЕРРИТОРИАЛЬНЫЙ ОРГАН РОСЗДРАВНАДЗОРА, [[A:{ao2}]], тел. [[T:{tc2}]]
Исх. № И{flat}-{fd}/25 от [[D:{td2}]]
Главному врачу ГБУЗ «ЦРБ» [[P:{h_s_dat}]], [[A:{ao}]], ОГРН {ogrn}
Уведомляем о проведении внеплановой выездной проверки на основании решения № П{flat}-{chk}/25 от [[D:{td2}]] (учётный номер КНМ 1{ogrn}) по обращению гражданина, вх. № {smena}.
Срок: с [[D:{td3}]] по [[D:{td5}]]. Инспекторы: [[P:{d_i}]], [[P:{e_i}]]. Прошу подготовить документы согласно приложению № 1.
Контакт: [[P:{n_s}]], [[E:{mo}]]""",
    ),
    (
        "предписание Роспотребнадзора об устранении нарушений на пищеблоке",
        "предписание должностного лица Роспотребнадзора по итогам проверки пищеблока больницы",
        """ПРЕДПИСАНИЕ № {chk}-П от [[D:{td3}]] об устранении выявленных нарушений
Выдано: ГБУЗ «Районная больница», ИНН {innorg}, ОГРН {ogrn}, [[A:{ao}]]
По результатам проверки (акт № {smena} от [[D:{td2}]]) выявлено: нарушение п. 2.3, 3.1 санитарных правил по организации общественного питания; отсутствуют журналы в помещении № {flat}; не промаркирован инвентарь.
Срок устранения: до [[D:{td5}]]. Ответственный: заведующая пищеблоком [[P:{g}]], тел. [[T:{tl1}]].
Главный специалист-эксперт [[P:{e_i}]], [[T:{tc2}]]. Предписание получил [[P:{h_s}]], [[D:{td3}]]""",
    ),
    (
        "лист ознакомления сотрудников с приказом",
        "лист ознакомления работников с локальным нормативным актом (приложение к приказу)",
        """Лист ознакомления с приказом от [[D:{td1}]] № {ord} «Об утверждении порядка работы с жалобами» (с приложениями № 1, 2)
| № п/п | Ф.И.О. | должность | дата | подпись |
| 1 | [[P:{d_s}]] | зав. поликлиникой | [[D:{td2}]] | |
| 2 | [[P:{e_s}]] | врач-терапевт участковый | [[D:{td2}]] | |
| 3 | [[P:{n_s}]] | медрегистратор | [[D:{td3}]] | |
| 4 | [[P:{g_s}]] | медрегистратор | отпуск до [[D:{td5}]] | |
| 5 | [[P:{x_s}]] | администратор | [[D:{td3}]] | |
Лист составлен специалистом по кадрам [[P:{m_i}]]""",
    ),
    (
        "расписка сиделки в получении оплаты за уход",
        "расписка частного лица (сиделки) в получении денежных средств от родственника пациента за уход на дому",
        """РАСПИСКА
Я, [[P:{g}]], паспорт [[Q:{pas}]], выдан [[D:{t1}]], код подразделения {podr}, проживающая [[A:{al1}]], тел. [[T:{tm1}]],
получила от [[P:{m_gen}]], паспорт [[Q:{pas2}]], денежные средства в сумме {price} (прописью) рублей за уход за [[P:{p_ins}]] ([[B:{bd}]]) в период с [[D:{td1}]] по [[D:{td3}]] по адресу: [[A:{a2}]].
Претензий не имею. Я зарегистрирована как самозанятая, ИНН [[I:{inn}]], чек № 20<<%%%###%#>> сформирован в приложении «Мой налог».
[[D:{td3}]] ______ [[P:{g_s}]]""",
    ),
    (
        "договор с патронажной службой на услуги сиделки",
        "договор возмездного оказания услуг по уходу (частная патронажная служба) с заказчиком-родственником",
        """ДОГОВОР № [[R:<<###>>/СД-<<##>>]] на оказание услуг по уходу
[[A:{ao}]]   [[D:{td1}]]
ИП [[P:{x}]] (ОГРНИП 3<<##############>>, ИНН [[I:{inn2}]]), именуемый Исполнитель, и [[P:{q}]] (паспорт [[Q:{pas}]]), именуем{q_yi} Заказчик, заключили договор:
1. Исполнитель оказывает услуги по уходу за [[P:{p_ins}]] (подопечный, [[B:{bd}]]) по адресу [[A:{a2}]], график 2/2 с 08:00.
2. Стоимость — {price2} руб./сутки (приложение № 1, тарифы). Счёт № {fd} выставляется ежемесячно.
Контакты: Исполнитель [[T:{tc1}]], [[T:{tm2}]]; Заказчик [[T:{tm3}]], [[E:{m2}]]""",
    ),
    (
        "журнал посещений пациентов родственниками в отделении",
        "журнал регистрации посетителей отделения реанимации/терапии (время, кто, к кому, документ, подписи)",
        """Журнал посещений, отделение анестезиологии-реанимации № 1
| дата | время | посетитель, документ | к кому (палата) | степень родства | тел. | м/с |
| [[D:{td1}]] | {tm}–{tm_b} | [[P:{g}]], паспорт [[Q:{pas}]] | [[P:{p_s}]] (пал. {ward}) | дочь | [[T:{tm1}]] | [[P:{n_sur}]] |
| [[D:{td2}]] | 16:00–16:30 | [[P:{m}]], паспорт [[Q:{pas2}]] | [[P:{q_s}]] (пал. {flat}) | муж | [[T:{tm2}]] | [[P:{n_sur}]] |
| [[D:{td2}]] | 17:10–17:25 | [[P:{x_fi}]], вод. удост. [[R:<<##>> <<##>> <<######>>]] | [[P:{p_s}]] | внук | [[T:{tl1}]] | [[P:{n_sur}]] |
Разрешение на посещение — зав. отд. [[P:{d_s}]]""",
    ),
    (
        "заявка на пропуск автомобиля родственника на территорию больницы",
        "служебная заявка в отдел охраны на разовый въезд личного автомобиля для транспортировки маломобильного пациента",
        """В отдел охраны ГБУЗ «ОКБ» (пост № 1, КПП-2)
ЗАЯВКА на разовый пропуск № {chk}
Прошу разрешить въезд [[D:{td3}]] с {tm} (на 2 часа) автомобилю Lada Largus, гос. номер {pl}, водитель [[P:{m}]], вод. удостоверение [[R:<<##>> <<##>> <<######>>]], тел. [[T:{tm1}]],
для выписки пациент{p_ka} [[P:{p_gen}]] (отделение травматологии, палата № {ward}, ИБ [[R:<<####>>/<<##>>]]), передвигающ{p_ei}ся на коляске.
Подъезд к корпусу № {flat}, вход № 3.
Зав. отделением [[P:{d_s}]], вн. тел. {ext}. Согласовано: начальник охраны [[P:{x_s}]]""",
    ),
    (
        "этикетка контейнера с компонентом крови и протокол трансфузии",
        "этикетка гемоконтейнера станции переливания крови и запись о переливании в истории болезни (протокол трансфузии)",
        """Этикетка: ГБУЗ «Станция переливания крови». Эритроцитная взвесь с удалённым лейкотромбослоем, 285 мл
Код донации [[R:<<##>>.<<####>>.<<######>>]]  Группа O(I) Rh(+) Kell(–)  заготовлено [[D:{td1}]]  годно до [[D:{td4}]]
Гемоконтейнер «Компопласт» 450/300, лот {lot}; ГОСТ Р 53470-2009
ПРОТОКОЛ ТРАНСФУЗИИ (ИБ № [[R:<<####>>/<<##>>]]): [[D:{td3}]], {tm}. Реципиент [[P:{p}]], [[B:{bd}]], группа O(I) Rh(+).
Проба на совместимость — совместимо. Биологическая проба 3×15 мл — без реакций. Донор (№ в АИСТ) [[R:Д-<<######>>]].
Переливание провёл [[P:{d_s}]], м/с [[P:{n_s}]]""",
    ),
    (
        "протокол внутрилабораторного контроля качества",
        "протокол внутрилабораторного контроля качества биохимического анализатора (контрольные материалы, правила Вестгарда)",
        """ВНУТРИЛАБОРАТОРНЫЙ КОНТРОЛЬ КАЧЕСТВА, КДЛ ГБУЗ «ГБ № 2», [[D:{td2}]]
Анализатор Mindray BS-240, зав. № {serial}. Контрольный материал Bio-Rad Lyphochek Level 1, лот {lot}, Level 2, лот {lot2}.
| аналит | L1 среднее | L1 SD | сегодня | правило | оценка |
| Глюкоза, ммоль/л | 5,42 | 0,11 | 5,51 | 1-2s | принят |
| Креатинин, мкмоль/л | 88,0 | 2,6 | 95,4 | 1-3s | отклонён |
Корректирующее действие: калибровка (калибратор лот <<######>>), повтор — принят. Результаты пациентов за период выпущены после повтора.
Врач КЛД [[P:{d_s}]]; биолог [[P:{g_s}]]""",
    ),
    (
        "заявка в централизованное стерилизационное отделение",
        "заявка-накладная отделения в ЦСО на стерилизацию инструментов (циклы, индикаторы, номера наборов)",
        """ЗАЯВКА в ЦСО № {chk} от [[D:{td2}]], операционный блок
| набор / инструмент | кол-во | метод | № цикла | индикатор |
| Набор лапароскопический № 3 | 1 | паровой 134 °C/5 мин | {smena} | ИНТЕСТ-134, лот {lot} |
| Зажимы Бильрота | 12 | паровой | {smena} | |
| Оптика Karl Storz 26003 BA, зав. № {serial} | 1 | плазменный | П-{fd} | |
Стерилизатор ГК-100-3, инв. № {inv}. Имплант-набор для пациента [[P:{p_s}]] (ИБ [[R:<<####>>/<<##>>]]) — маркировать отдельно.
Сдала [[P:{n_s}]] {tm}, приняла [[P:{g_s}]] {tm_b}""",
    ),
    (
        "паспорт терапевтического участка",
        "паспорт врачебного (терапевтического) участка поликлиники: численность, состав, медицинский персонал",
        """ПАСПОРТ ТЕРАПЕВТИЧЕСКОГО УЧАСТКА № {ward} на [[D:{td1}]]
Поликлиника ГБУЗ «ГП № 1», [[A:{ao}]]
Улицы участка: Кирова (чётная сторона), Советская, пер. Почтовый, ул. Анохина.
Прикреплённое население: 1 712 чел., из них старше трудоспособного возраста 612, инвалидов 88, на диспансерном учёте 401.
Участковый врач-терапевт [[P:{d}]], каб. {cab}, тел. [[T:{tl1}]]; участковая м/с [[P:{n}]], [[T:{tm1}]].
Домовые хозяйства на удалении (ФАП с. Шуерецкое): фельдшер [[P:{x_s}]], [[T:{tc2}]].
Паспорт составлен в соответствии с приказом № 543н; приложение № 3 — список маломобильных (не прилагается).""",
    ),
    (
        "выписка из технического паспорта здания больницы",
        "выписка из технического паспорта БТИ на здание медицинской организации (инвентарный и кадастровый номера, экспликация)",
        """ВЫПИСКА ИЗ ТЕХНИЧЕСКОГО ПАСПОРТА № {fd}
Объект: нежилое здание (поликлиника), [[A:{ao}]]
Инвентарный № {chk}/{smena}; кадастровый № <<##>>:<<##>>:<<#######>>:<<###>>; литера А.
Год постройки 1974; этажность 4; общая площадь 3 412,6 кв. м.
Экспликация: 1 этаж — пом. 1–48 (регистратура, каб. 101–124); 2 этаж — пом. 49–96.
Изготовлено ГБУ «Центр технической инвентаризации», [[A:{ao2}]], по состоянию на [[D:{td1}]]. Техник [[P:{x_i}]], тел. [[T:{tc1}]]""",
    ),
    (
        "паспорт безопасности дезинфицирующего средства",
        "паспорт безопасности химической продукции (дезинфицирующее средство): идентификация, поставщик, аварийный телефон",
        """ПАСПОРТ БЕЗОПАСНОСТИ (ГОСТ 30333-2022) «Хлоргексидин-Дез»
Регистрационный номер РПБ № <<########>>.<<##>>.<<#####>>, действителен до 11.2028. ТУ 9392-0{chk}-<<########>>-2021.
Изготовитель: АО «ДезХим», [[A:{ao2}]], ОГРН {ogrn}.
Аварийный телефон (круглосуточно): [[T:{th}]]; технолог [[P:{x_s}]], [[T:{tc1}]], [[E:{mo}]].
Номер ООН: 1170; класс опасности 3; код ЕАЭС ТН ВЭД 3808 94 100 0.
Утверждён [[D:{td1}]] главным технологом [[P:{m_i}]].""",
    ),
    (
        "протокол дозиметрического контроля рентгеновского кабинета",
        "протокол радиационного контроля (мощность дозы на рабочих местах) рентгеновского кабинета",
        """ПРОТОКОЛ № {chk}-Р радиационного контроля от [[D:{td2}]]
Объект: рентгеновский кабинет № {cab} (корп. 2), ГБУЗ «ГП № 3», [[A:{ao}]].
Аппарат: КРТ «Электрон», зав. № {serial}, год выпуска 2019; защитная дверь, смотровое окно ТФ-5 (зав. № <<######>>).
Средство измерения: дозиметр ДКС-АТ1123, зав. № <<#####>>, свидетельство о поверке С-ГЭШ/{flat}-<<##>>-2025/<<#########>>.
| точка | мощность дозы, мкЗв/ч | норма | вывод |
| 1 (пульт) | 0,12 | 2,5 | соответствует |
| 2 (дверь) | 0,31 | 2,5 | соответствует |
Измерения провёл инженер [[P:{x_s}]]; ответственный за радиационную безопасность [[P:{d_s}]], вн. {ext}""",
    ),
    (
        "книга учёта бланков строгой отчётности поликлиники",
        "книга учёта поступления и выдачи рецептурных бланков и бланков справок (номера серий, выдача врачам)",
        """Книга учёта рецептурных бланков формы 148-1/у-88, лист 1{flat}
Поступило [[D:{td1}]] по накладной № {fd}: серия <<##>> № {bl1} — № {bl500} (500 шт.).
Выдано [[D:{td2}]] врачу-психиатру [[P:{d_s}]]: № {bl1} — № {bl50} (50 шт.), подпись.
Выдано [[D:{td3}]] врачу-неврологу [[P:{e_s}]]: 30 шт.
Испорчен бланк № {bl17} (ошибка в дозировке), погашен, акт № {chk}.
Израсходовано за месяц 61; остаток на [[D:{td4}]] — 389. Ответственная [[P:{n_i}]]; проверено зам. гл. врача [[P:{h_s}]].""",
    ),
    (
        "акт списания испорченных рецептурных бланков",
        "акт комиссии об уничтожении испорченных и не использованных бланков рецептов (номера бланков)",
        """АКТ № {chk} об уничтожении испорченных рецептурных бланков
[[D:{td3}]] комиссия в составе: председатель — зам. главного врача [[P:{h_i}]], члены — [[P:{n_i}]], [[P:{x_i}]] —
уничтожила путём сжигания бланки формы 107/у-НП: серия <<##>> № <<######>>, <<######>>, <<######>> (испорчены при заполнении), и формы 148-1/у-88 № <<######>> (срок хранения истёк).
Бланки зарегистрированы в книге учёта (лист {flat}). Основание: приказ Минздрава России от [[D:24.11.2021]] № 1094н, приказ по учреждению № {ord}.
Подписи членов комиссии ______""",
    ),
    (
        "талон электронной очереди и SMS о вызове в кабинет",
        "талон терминала электронной очереди поликлиники и текст SMS-уведомления (номер талона, окно, кабинет)",
        """ТАЛОН ЭЛЕКТРОННОЙ ОЧЕРЕДИ
Поликлиника № 2. Услуга: «Запись к врачу / справки»
Ваш номер: А-0{flat}7   Перед вами: 6 чел.   [[D:{tsh}]] {tm}
Ожидайте вызова на табло. Окно № {flat}.
SMS от MedQueue, {tm_b}: [[P:{p_io}]], ваш талон А-0{flat}7, пройдите в кабинет {cab} к врачу [[P:{d_s}]]. Запись на приём № [[R:<<###>>-<<###>>-<<###>>]] подтверждена. Отмена: [[T:{tc1}]]""",
    ),
    (
        "выгрузка журнала звонков IP-телефонии колл-центра",
        "выгрузка CDR (журнал вызовов) АТС колл-центра поликлиники: номер абонента, внутренний номер, длительность",
        """Отчёт «Входящие вызовы», очередь 500 (запись к врачу), [[D:{td2}]]
дата;время;номер A;вн. номер;оператор;длит.;статус;комментарий
[[D:{td2}]];{tm};[[T:{tm1}]];{ext};[[P:{n_s}]];00:03:12;отвечен;запись к ЛОР, карта [[R:<<######>>]]
[[D:{td2}]];{tm_b};[[T:{tl1}]];{ext};[[P:{n_s}]];00:00:41;отвечен;справка о графике
[[D:{td2}]];14:02;[[T:{tm2}]];—;—;00:01:55;потерян;перезвонить, [[P:{q_s}]]
[[D:{td2}]];14:20;[[T:{tc2}]];2{ext};[[P:{g_s}]];00:05:09;отвечен;вызов врача на дом, [[A:{a1}]]
Итого: 4 вызова, SL 75 %. Оператор смены [[P:{g_i}]]""",
    ),
    (
        "протокол проверки знаний требований охраны труда",
        "протокол заседания комиссии работодателя по проверке знаний требований охраны труда (поимённо, номера удостоверений)",
        """ПРОТОКОЛ № {chk}-ОТ заседания комиссии по проверке знаний требований охраны труда работников ГБУЗ «ДГБ»
[[D:{td3}]]. В соответствии с приказом № {ord} от [[D:{td1}]] комиссия в составе: председатель [[P:{h_i}]], члены [[P:{x_i}]], [[P:{m_i}]] —
провела проверку по программе А (40 ч):
| № | Ф.И.О. | должность | результат | № удостоверения |
| 1 | [[P:{d}]] | зав. отделением | удовлетворительно | [[R:<<###>>-ОТ-<<##>>]] |
| 2 | [[P:{n}]] | старшая м/с | удовлетворительно | [[R:<<###>>-ОТ-<<##>>]] |
| 3 | [[P:{s}]] | инженер | неудовлетворительно, повторно до [[D:{td5}]] | — |
Регистрационный номер записи в реестре Минтруда: 1<<#######>>""",
    ),
    (
        "журнал регистрации инструктажа на рабочем месте",
        "журнал регистрации инструктажа по охране труда на рабочем месте (первичный, повторный, внеплановый)",
        """ЖУРНАЛ РЕГИСТРАЦИИ ИНСТРУКТАЖА НА РАБОЧЕМ МЕСТЕ, клинико-диагностическая лаборатория
Начат [[D:{td1}]]. Инструкции № 12, 14, 21 (утв. приказом № {ord}).
| дата | Ф.И.О. инструктируемого | год рожд. | профессия | вид инструктажа | инструктирующий |
| [[D:{td2}]] | [[P:{g}]] | 199<<#>> | лаборант | первичный | [[P:{d_s}]] |
| [[D:{td2}]] | [[P:{x}]] | 198<<#>> | санитар | первичный | [[P:{d_s}]] |
| [[D:{td4}]] | [[P:{n_s}]] | | биолог | внеплановый (новый анализатор, зав. № {serial}) | [[P:{e_s}]] |
Стажировка: 3 смены, с [[D:{td2}]] по [[D:{td3}]]. Допуск к работе оформил [[P:{d_i}]].""",
    ),
    (
        "график отпусков сотрудников отделения",
        "график отпусков по форме Т-7 для структурного подразделения (должность, табельный номер, даты)",
        """ГРАФИК ОТПУСКОВ на {yr} год (ф. Т-7), № {chk}, составлен [[D:{td1}]]
Мнение профсоюзного органа учтено (протокол № {flat}).
| подразделение | должность | Ф.И.О. | таб. № | дней | дата по плану |
| офтальмология | врач | [[P:{d_s}]] | [[R:<<####>>]] | 42 | [[D:{td3}]] |
| офтальмология | м/с | [[P:{n_s}]] | [[R:<<####>>]] | 36 | [[D:{td4}]] |
| офтальмология | санитарка | [[P:{g_s}]] | [[R:<<####>>]] | 28 | [[D:{td5}]] |
Руководитель кадровой службы [[P:{m_i}]]; зав. отделением [[P:{e_i}]]""",
    ),
    (
        "журнал приёма передач для пациентов",
        "журнал регистрации продуктовых передач пациентам стационара (справочная, ограничения по диете)",
        """Журнал приёма передач, справочное бюро корп. 1
| дата | кому (отделение, палата) | от кого | содержимое | принял | отметка о вручении |
| [[D:{td1}]] | [[P:{p_s}]], кардиология, пал. {ward} | [[P:{g_s}]], т. [[T:{tm1}]] | яблоки, кефир 0,5 л, вода | [[P:{n_sur}]] | вручено {tm} |
| [[D:{td1}]] | [[P:{q_s}]], хирургия, пал. {flat} | сын [[P:{m_io}]] | бульон — НЕ ПРИНЯТО (стол 0) | [[P:{n_sur}]] | возвращено |
| [[D:{td2}]] | [[P:{s_fi}]], неврология | [[P:{x_s}]], [[T:{tl1}]] | зарядное устройство, тапочки | [[P:{n_sur}]] | вручено |
Справки о состоянии по телефону [[T:{tc1}]] — только лечащий врач.""",
    ),
    (
        "акт возврата технических средств в пункт проката",
        "акт приёма-возврата средств реабилитации в пункт проката (серийные номера изделий и данные арендатора)",
        """ПУНКТ ПРОКАТА ТСР «Забота», [[A:{ao}]], [[T:{tc1}]]
АКТ ВОЗВРАТА к договору проката № [[R:ПР-<<####>>]] от [[D:{td1}]]
Арендатор: [[P:{m}]], паспорт [[Q:{pas}]], адрес [[A:{a1}]], тел. [[T:{tm1}]]
Пользователь: [[P:{p}]] (по медицинским показаниям, справка ВК № [[R:<<###>>]])
Возвращено [[D:{td3}]]: кресло-коляска Ortonica Base 130, серийный № {serial}; ходунки шагающие, арт. 10143, серийный № <<%%######>>.
Состояние: износ в пределах нормы. Залог {price2} руб. возвращён (РКО № {fd}).
Принял [[P:{x_s}]]""",
    ),
    (
        "заявка в ИТ-службу о сбое медицинской информационной системы",
        "обращение в сервис-деск ИТ-отдела: ошибка МИС при формировании документа пациента (номер инцидента, описание)",
        """Сервис-деск: обращение INC-{fd}, приоритет 2, создано [[D:{td2}]] {tm}
Инициатор: [[P:{d_s}]], врач-эндокринолог, каб. {cab}, вн. {ext}, моб. [[T:{tm1}]]
Тема: не формируется СЭМД «Протокол консультации»
Описание: при подписании ЭП протокола по пациенту [[P:{p_s}]] (МКАБ № [[R:<<######>>]], случай [[R:<<########>>]]) ошибка «Код МО 0{cab}01 не найден в НСИ 1.2.643.5.1.13.13.11.1461». Сертификат ЭП серийный номер <<%%####%%####>> действителен.
Исполнитель: [[P:{x_s}]] (2-я линия). Статус: решено [[D:{td3}]], обновление справочника до версии 4.12.""",
    ),
    (
        "журнал ошибок интеграции МИС с региональной системой",
        "технический лог обмена МИС с региональным сегментом ЕГИСЗ (строки с временем, идентификаторами сообщений и пациентов)",
        """[[[D:{td1_iso}]] 08:14:07,113] INFO  msg_id=9f3c{fd}-a1b2 ORG_OID=1.2.643.5.1.13.13.12.2.10.{chk} send OK
[[[D:{td1_iso}]] 08:14:09,580] ERROR msg_id=a0e7{fd}-c4d1 PATIENT_ID=[[R:<<########>>]] SNILS=[[S:{sn}]] ENP=[[O:{enp}]] reject: DocType 75 — не заполнен DOB
[[[D:{td1_iso}]] 08:15:42,002] WARN  msg_id=77b1{smena}-e0f9 CASE_ID=[[R:<<##########>>]] retry 2/5, timeout 30000 ms, host 10.1{flat}.4.21:8443
[[[D:{td1_iso}]] 08:16:00,441] INFO  operator=[[P:{n_s}]] повторная отправка вручную; пациент [[P:{p}]], DOB=[[B:{bdiso}]]
[[[D:{td1_iso}]] 08:16:01,917] INFO  send OK, регистрационный номер в РЭМД [[R:<<########>>-<<####>>]]""",
    ),
    (
        "сообщение HL7 из лабораторной информационной системы",
        "сегменты сообщения HL7 v2 ORU^R01 из ЛИС в МИС (MSH, PID, OBR, OBX) с идентификаторами пациента и заказа",
        """MSH|^~\\&|LIS_ALISA|KDL_{flat}|MIS|GB2|[[D:{td1_hl7}]]0915||ORU^R01|MSG{fd}|P|2.5
PID|1||[[R:<<#######>>]]^^^MIS^MR~[[S:{sn}]]^^^PFR^SS||[[P:{q_up}]]||[[B:{bd_hl7}]]|U|||[[A:{a1}]]||[[T:{tm1}]]
PV1|1|O|ENDO^{cab}||||[[P:{d_up}]]
OBR|1|[[R:<<##########>>]]|[[R:<<##########>>]]|HbA1c
OBX|1|NM|4548-4^HbA1c^LN||7.4|%|4.0-6.0|H|||F|||[[D:{td1_hl7}]]1032""",
    ),
    (
        "выгрузка результатов автоматического обзвона на вакцинацию",
        "отчёт робота-обзвона поликлиники (приглашение на прививку): номер, распознанный ответ, статус",
        """Кампания «Вакцинация против пневмококка 65+», запуск [[D:{td2}]], сценарий v3
№;абонент;телефон;распознанный ответ;статус
1;[[P:{p_s}]];[[T:{tm1}]];«да приду в четверг, запишите»;записан на [[D:{td3}]], каб. {cab}
2;[[P:{q_s}]];[[T:{tm2}]];«не звоните мне больше»;отказ
3;[[P:{s_s}]];[[T:{tc2}]];«это его дочь, запишите на мой номер [[T:{tsay}]]»;перезвон оператором
4;[[P:{u_s}]];[[T:{tl1}]];—;не дозвонились (3 попытки)
Ответственная [[P:{n_s}]]; отчёт № {chk} выгружен {tm}""",
    ),
    (
        "отчёт о работе стационара за квартал",
        "аналитический отчёт о деятельности стационара за квартал (показатели, без персональных данных пациентов)",
        """ОТЧЁТ о работе стационара ГБУЗ «ЦРБ» за I квартал (форма по приказу № {ord})
1. Коечный фонд: 245 коек (терапия — 60, хирургия — 50, гинекология — 30, педиатрия — 35, ПСО — 30, прочие — 40).
2. Пролечено 2 914 пациентов; средняя длительность 8,4 дня; оборот койки 11,9; летальность 1,7 %.
3. Операций — 812 (из них экстренных 301); палаты № 1–6 ОРИТ загружены на 92 %.
4. Выполнено госзадание на 24,6 % (план 11 800 к/дн.). Отклонение — ремонт палат 3-го этажа (контракт № 0{innorg}25000{chk}).
5. Дефекты по актам МЭЭ № 14, 15, 22 — 6 случаев.
Отчёт подготовил зам. главного врача по медицинской части [[P:{h_i}]], [[D:{td2}]]; тел. оргметодотдела [[T:{tc1}]]""",
    ),
    (
        "список детей заезда в санаторно-оздоровительный лагерь",
        "список детей смены санаторно-оздоровительного лагеря с документами и контактами родителей (для медпункта)",
        """СПИСОК ДЕТЕЙ, 2-я смена ДСОЛ «Маяк», заезд [[D:{td2}]], отряд № {flat}
| № | ребёнок | дата рожд. | св-во о рожд. | СНИЛС | полис ОМС | родитель, телефон |
| 1 | [[P:{k}]] | [[B:{bdk}]] | [[C:{bc}]] | [[S:{sn}]] | [[O:{enp}]] | [[P:{g_s}]], [[T:{tm1}]] |
| 2 | [[P:{x}]] | [[B:{bdk2}]] | [[C:{bc2}]] | [[S:{sn2}]] | [[O:{enp2}]] | [[P:{m_s}]], [[T:{tm2}]] |
Путёвки № 00{chk}, 00{smena} (бланки лагеря). Медсестра лагеря [[P:{n_s}]], медпункт [[T:{tl1}]].""",
    ),
    (
        "акт сверки взаиморасчётов с поставщиком лекарственных препаратов",
        "акт сверки взаимных расчётов медицинской организации и поставщика по договорам (документы, суммы)",
        """АКТ СВЕРКИ взаимных расчётов за период: I квартал
между ГБУЗ «Областная больница» (ИНН {innorg}) и АО «Р-Фарм» (ИНН {innorg2}) по договору № {chk}/25-ЛП
| дата | документ | дебет | кредит |
| [[D:{td1}]] | УПД № {fd} | 412 800,00 | |
| [[D:{td2}]] | платёжное поручение № {smena} | | 412 800,00 |
| [[D:{td3}]] | УПД № 1{fd} (серии {lot}, {lot2}) | 96 150,40 | |
Сальдо на [[D:{td4}]] в пользу поставщика 96 150,40 руб.
Главный бухгалтер [[P:{n_i}]], бухгалтер [[P:{g_i}]], тел. [[T:{tc2}]], доб. {ext2}""",
    ),
    (
        "расшифровка голосового сообщения сиделки старшей медсестре",
        "голосовое сообщение в мессенджере, распознанное в текст (сиделка докладывает о пациенте, диктует номера)",
        """[голосовое сообщение, 1:12, распознано автоматически]
[[P:{n_io_low}]] здравствуйте это [[P:{g_first}]] сиделка у [[P:{p_low_gen}]] значит давление с утра сто шестьдесят на сто
таблетку дала как врач сказал скорую не вызывали, если что мой новый номер [[T:{tsay}]]
а старый [[T:{tm2}]] не работает, и ещё сын [[P:{m_io_low}]] просил перезвонить ему на [[T:{tm3}]]
карточка у н{p_ego} в поликлинике номер [[R:{rsay}]] я продиктую регистратору""",
    ),
]


SUSPICIOUS = re.compile(
    r"@|(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\w.])|(?<!\d)(?:\d{11}|\d{12}|\d{16})(?!\d)"
)


def check(doc: dict) -> None:
    """Self-check: spans exact and ordered without overlap, nothing identifier-like unspanned."""
    text, last, covered = doc["text"], 0, set()
    for s in doc["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), doc["id"]
        assert text[s["start"] : s["end"]] == s["text"] == s["text"].strip(), (doc["id"], s)
        assert not set("{}|") & set(s["text"]), (doc["id"], s)
        covered.update(range(s["start"], s["end"]))
        last = s["end"]
    for m in SUSPICIOUS.finditer(text):
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    kinds = [k for k, _, _ in TEMPLATES]
    assert len(kinds) == len(set(kinds)), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for kind, source, template in TEMPLATES:
            doc = build(render(rng, template), kind, source, f"blind10_{len(docs):04d}")
            check(doc)
            docs.append(doc)
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
