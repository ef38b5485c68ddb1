"""Write ``independent9.jsonl``: the ninth blind corpus, 2026-12-05.

Written by a helper engineer who never opened the recognizers (``ozero/deid/``), their unit
tests, ``bench/text_deid.py``'s scoring, any ``--misses`` output or result file, and never
ran the de-identifier or the text bench on this corpus or on anything else. From
``write_independent8.py`` only the file format, the labelling rules (restated below), the
writer's structure (one template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold,
``<<shape>>`` numbers) and its generic helpers were taken. **Copied verbatim** from
``write_independent8.py`` (which took them from corpus 7): the name lists and declension
(``decl_*``, ``person``), SNILS/ENP/INN check digits, passports and birth certificates,
``shape``, the date formatters (``fmt_date``, spoken dates), the corpus-7 address and phone
drawers, ``email``, ``ocr``, ``hyphen_break``, ``fillers`` and ``build``. **Written fresh
for corpus 9**: towns, streets and rural places of Siberia, the Urals, the Volga and the
south (``addr9``, ``aloc9``, ``asplit9``, ``aorg9``, ``aspk9``), phone spellings
(``mob9``, ``city9``, ``hot9``), numbers and phones dictated digit by digit in words
(``said_digits``, ``said_phone``), e-mails (``mail9``), ``fillers9`` and every template.
The kinds of corpora 1–8 (500 kinds) were listed by a scratch script outside the repository
only to avoid them and their near rewordings; no sentence or template is reused.

Kinds: registers and journals (narcotics, procedure room, 001/у admissions and refusals,
060/у infections, 008/у operations, 069/у outpatient operations, 037/у dentist's day,
fluorography, lice checks, drivers' pre-trip checks, a plant's health post, police
notifications, a morgue's 015/у), ward paperwork (007/у bed movement, 004/у temperature
sheet, anaesthesia chart, a named pharmacy requisition, a diet portion list, an ampoule
write-off act, handing over a body), private medicine (an OFD cash receipt, an instalment
agreement, a refund claim, a debt notice, a public review, a CRM card, a chat-bot log, a
hotel call, a rehab season ticket, an optics order, a private boarding house), certificates
(164/у adoption, 001-ГС/у civil service, pregnancy for the registry office, academic
leave, constant care, a psycho-neurological home, diving, a seafarer, a pilot's ВЛЭК,
061/у athlete), courts and authorities (ФСИН, unfitness for a hearing, a lawsuit, a life
insurer, the bailiffs, guardianship, a ministry hotline, a ТЦМК disaster report), and
more: travel-assistance e-mail, MEDIF, ASR of a lab's critical-value call and of an
ambulance radio, an OMS XML fragment, an unknown patient, orphan-disease register,
neonatal screening, prenatal screening, a glucose diary by e-mail, hearing aids, a
milk-kitchen prescription, a sign-language interpreter, a screening recall letter, 025-ЦЗ/у,
a pregnant woman's route sheet, a day off for check-up, a home-conditions act, a feedback
form, a diabetes-school list, a notarised translation, a КИЛИ protocol, a wheelchair act,
a MIS schedule export.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID (SNILS valid mod 101, ENP valid Luhn digit,
personal INN both check digits, passport series with a real OKATO code).

Labelling rules (corpus 8's, restated before any template was written):

* PERSON — every person's name (patients, relatives, doctors, nurses, lawyers, notaries,
  officials, operators) in any case, with initials before or after, upper/lower case (ASR),
  Latin transliteration, broken across a line (one span with the line break); a surname
  alone in a signature («/Корнилова/») without the slashes; name and patronymic alone.
  Eponyms, organisations and drug names are not persons.
* ADDRESS — any written address (a person's or an organisation's), one span with postal
  code and region, wherever they stand; inflected addresses from the settlement's type on;
  dictated addresses in words; an address over two lines is one span. A bare city in an
  organisation's or court's name, or where a document was signed, is not labelled.
* DATE / BIRTH_DATE — every date with day and month (ISO too, inside XML); «г.» outside.
  Dates of laws and orders are labelled DATE (their numbers are not). Times, years, terms,
  «годен до 03.2027» (month and year) are not.
* RECORD_ID — the number of a document or record of one person (cards, histories,
  referrals, protocols, certificates, contracts, letters about one person, sample and study
  numbers, registers), with its letters, dashes, slashes and spaces, without «№»; a number
  dictated digit by digit in words is one span.
* PHONE (any owner, organisations and 8-800 too; «доб. 214» outside), EMAIL (any owner),
  SNILS, ENP, INN (a person's 12 digits; an individual entrepreneur's INN is a person's),
  PASSPORT (series and number; a foreign passport two Latin letters + seven digits),
  BIRTH_CERT.

Judgement calls of corpus 9 (decided before the templates were filled):

* RECORD_ID: a personnel number (таб. №) — one person's record at an employer; a driving
  licence (as corpus 8); a seaman's identity document («МК 1234567») — not a PASSPORT
  shape, a document of one person; a pilot's licence; a student's record book and student
  card; an inmate's personal file; a CRM client ID, a deal number in a CRM, a loyalty
  (discount) card; an airline booking reference (PNR) and an e-ticket number; a travel
  insurance case number and policy; a foreign clinic's patient number; a notarial register
  entry; a lawyer's number in the register of advocates and a lawyer's warrant (ордер);
  the body number in a morgue; a «неизвестный № Н-…» temporary number of an unidentified
  patient; КУСП numbers and the bailiffs' enforcement proceeding number (each about one
  person); a body's ritual-service power of attorney; an electronic TSR certificate number
  (16 digits in groups of four); a PADI member number; an OMS-XML ``ID_PAC``/``IDCASE``/
  ``NHISTORY``; a journal's registration number of a patient (рег. №, № тела, номер
  снимка); a chat-bot appointment number («Запись № 123-456-789»); the incoming number
  stamped on a letter about one person («Вх. № 4417», as corpus 8's incoming numbers); an
  old-database number quoted in a CRM comment; a card number written with Latin
  look-alike letters («MK-595499»).
* SNILS: a doctor's SNILS in ``IDDOKT`` of the OMS XML is SNILS (a person's number).
* Not labelled: a journal's running row or operation counter («№ п/п 412», «Опер. №
  1187 (порядковый)», «1 |»), a one-time confirmation code («код подтверждения 4417»),
  cash-register data (смена, чек, ФД, ФП, ЗН ККТ), a delivery note to a pharmacy
  («накладная № …», stock, not a person), the act number of empty ampoules, a clinic's
  internal order («приказ по МО № 112-о»), a court case number («дело № 2-1234/2024» —
  the court's register, and it names no one by itself; decided not PHI as in corpus 8's
  treatment of institutional numbers), a flight number, the FMF operator ID of a
  sonographer (a professional credential like a licence), a seafarer doctor's registry
  number, an organisation's INN/OGRN/OGRNIP/KPP/OKPO/БИК/accounts, licences, код МО,
  КТРУ, ОКТМО, ГОСТ, a device's registration certificate («РУ № ФСЗ 2010/06812»), ICD-10,
  service codes, doses, lab values, ward/bed/room/cabinet/hotel-room numbers, lots, device
  serials, form codes, prices, times, a school class and a study group.
* An organisation's phone, e-mail and address are PHONE, EMAIL and ADDRESS (as corpora 7–8:
  any owner); an organisation's INN is not labelled, an individual entrepreneur's INN is.

Run: ``.venv/bin/python bench/text_corpus/write_independent9.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent9.jsonl"
SEED = 920261205
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


# ---------------------------------------------------------------- corpus 9: places (fresh)
# town: nominative, locative, region (full), region abbreviated, postal prefix
TOWNS9 = [
    ("г. Омск", "г. Омске", "Омская обл.", "Омская обл.", "644"),
    ("г. Томск", "г. Томске", "Томская обл.", "Томская обл.", "634"),
    ("г. Барнаул", "г. Барнауле", "Алтайский край", "Алт. край", "656"),
    ("г. Оренбург", "г. Оренбурге", "Оренбургская обл.", "Оренб. обл.", "460"),
    ("г. Саратов", "г. Саратове", "Саратовская обл.", "Сарат. обл.", "410"),
    ("г. Энгельс", "г. Энгельсе", "Саратовская обл.", "Сарат. обл.", "413"),
    ("г. Киров", "г. Кирове", "Кировская обл.", "Кир. обл.", "610"),
    ("г. Ижевск", "г. Ижевске", "Удмуртская Республика", "УР", "426"),
    ("г. Сургут", "г. Сургуте", "Ханты-Мансийский АО — Югра", "ХМАО-Югра", "628"),
    ("г. Бийск", "г. Бийске", "Алтайский край", "Алтайский кр.", "659"),
]
# street (nominative) and the same after «по»/«на» (dative/locative)
STREETS9 = [
    ("ул. 70 лет Октября", "ул. 70 лет Октября"),
    ("ул. Малунцева", "ул. Малунцева"),
    ("пр-кт Ленина", "пр-кте Ленина"),
    ("ул. Чкалова", "ул. Чкалова"),
    ("ул. Пушкинская", "ул. Пушкинской"),
    ("ул. 9-я Северная", "ул. 9-й Северной"),
    ("пр. Комсомольский", "пр. Комсомольском"),
    ("ул. Юрия Гагарина", "ул. Юрия Гагарина"),
    ("ул. им. Горького А.М.", "ул. им. Горького А.М."),
    ("ул. Удмуртская", "ул. Удмуртской"),
    ("б-р Архитекторов", "б-ре Архитекторов"),
    ("ул. Профсоюзов", "ул. Профсоюзов"),
]
RURAL9 = [
    ("ст-ца Каневская", "ст-це Каневской", "Краснодарский край, Каневской р-н"),
    ("х. Привольный", "х. Привольном", "Ростовская обл., Сальский р-н"),
    ("аул Кош-Агач", "ауле Кош-Агач", "Республика Алтай, Кош-Агачский р-н"),
    ("пгт Игрим", "пгт Игрим", "ХМАО-Югра, Березовский р-н"),
    ("с. Шипуново", "с. Шипуново", "Алтайский край, Шипуновский р-н"),
    ("д. Старые Зятцы", "д. Старых Зятцах", "Удмуртская Республика, Игринский р-н"),
    ("пос. Светлый", "пос. Светлом", "Оренбургская обл., Светлинский р-н"),
    ("с. Ушаково", "с. Ушакове", "Омская обл., Нововаршавский р-н"),
]
RURAL_ST9 = ["Кооперативная", "Степная", "Элеваторная", "Набережная", "Механизаторов", "Целинная"]
ORGS_ST9 = ["ул. Березовая", "ул. Кирова", "пр-т Строителей", "ул. Советская", "ул. Баумана"]


def _hk(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 180))
    if rng.random() < 0.2:
        h += rng.choice(["/1", "/3", "А", "Б", " корп. 2", " стр. 1"])
    return h, rng.randint(1, 420)


def addr9(rng: random.Random) -> str:
    """A person's address in one of the corpus-9 shapes (one line)."""
    town, _loc, reg, reg_ab, idx = rng.choice(TOWNS9)
    st, _ = rng.choice(STREETS9)
    v, _vl, vreg = rng.choice(RURAL9)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk(rng)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"Россия, {reg_ab}, {town}, {st}, {h}, кв. {k}",
        lambda: f"{town}, {st} д.{h} кв.{k}",
        lambda: f"{vreg}, {v}, ул. {rng.choice(RURAL_ST9)}, {rng.randint(1, 90)}",
        lambda: f"{v}, пер. {rng.choice(RURAL_ST9)}, д. {rng.randint(1, 60)}, {vreg}",
        lambda: f"{town}, мкр-н {rng.choice(['Зелёный', 'Северный', 'Солнечный'])}, {h}-{k}",
        lambda: (
            f"{town}, {st}, д. {h}, под. {rng.randint(1, 8)}, эт. {rng.randint(1, 16)}, кв. {k}"
        ),
        lambda: f"{reg_ab}, {town}, ДНП «Сосновый бор», ул. Кедровая, уч. {rng.randint(1, 300)}",
        lambda: f"{town} ({z}), {st}, {h}, кв. {k}",
        lambda: f"РФ, {town}, ж/м {rng.choice(['Кирпичный', 'Ленинский', 'Молодёжный'])}, д. {h}",
        lambda: f"{st.replace('ул. ', '')} {h}-{k}, {town.replace('г. ', '')}",
        lambda: f"{town}, {st}, дом {h}, комн. {k} (общ.)",
    ]
    return rng.choice(shapes)()


def aloc9(rng: random.Random) -> str:
    """An inflected address after «в»: «г. Омске по ул. Чкалова, д. 5, кв. 12»."""
    _t, loc, _r, _ra, _i = rng.choice(TOWNS9)
    st, stl = rng.choice(STREETS9)
    v, vl, vreg = rng.choice(RURAL9)
    h, k = _hk(rng)
    return rng.choice(
        [
            f"{loc} по {st}, д. {h}, кв. {k}",
            f"{loc}, {stl.replace('пр-кте', 'пр-кт').replace('б-ре', 'б-р')}, {h}-{k}",
            f"{vl} ({vreg}), ул. {rng.choice(RURAL_ST9)}, д. {rng.randint(1, 90)}",
            f"{loc} на {stl}, дом {h}, квартира {k}",
        ]
    )


def asplit9(rng: random.Random) -> str:
    """An address over two lines (one span, the line break inside)."""
    town, _l, reg, _ra, idx = rng.choice(TOWNS9)
    st, _ = rng.choice(STREETS9)
    h, k = _hk(rng)
    return rng.choice(
        [
            f"{reg}, {town},\n{st}, д. {h}, кв. {k}",
            f"{st}, {h}, кв. {k},\n{town}, {idx}{rng.randint(0, 99):03d}",
            f"{idx}{rng.randint(0, 99):03d} {town}\n{st} {h}-{k}",
        ]
    )


def aorg9(rng: random.Random) -> str:
    town, _l, reg, _ra, idx = rng.choice(TOWNS9)
    st = rng.choice(ORGS_ST9)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, {n}, корп. {rng.randint(1, 9)}",
            f"{st}, д. {n}, {town}, {reg}, {idx}{rng.randint(0, 99):03d}",
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, зд. {n}, стр. {rng.randint(1, 4)}",
        ]
    )


def aspk9(rng: random.Random) -> str:
    """An address as dictated over the phone and written by ASR (lowercase, words)."""
    bare = rng.choice(TOWNS9)[0][3:].lower()
    st = rng.choice(["улица чкалова", "проспект ленина", "улица профсоюзов", "пушкинская"])
    h, k = rng.randint(1, 140), rng.randint(1, 260)
    return rng.choice(
        [
            f"{st} дом {cardinal(h)} квартира {cardinal(k)}",
            f"город {bare} {st} {cardinal(h)} дробь один квартира {cardinal(k)}",
            f"{bare} {st} {h} подъезд {cardinal(rng.randint(1, 6))} квартира {k}",
        ]
    )


# ---------------------------------------------------------------- corpus 9: phones (fresh)
LOOKALIKE = str.maketrans("АВСЕКМНОРТХ", "ABCEKMHOPTX")  # Cyrillic → Latin look-alikes
CITY9 = ["3812", "3822", "3852", "3532", "8452", "8453", "8332", "3412", "3462", "3854"]
DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


def mob9(rng: random.Random) -> str:
    op = rng.choice(["913", "923", "950", "903", "912", "922", "951", "982", "996", "904"])
    a, b, c = rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)
    d = f"{op}{a}{b:02d}{c:02d}"
    return rng.choice(
        [
            f"8-{op}-{a}-{b:02d}-{c:02d}",
            f"+7({op}){a} {b:02d} {c:02d}",
            f"+7 {op} {a}-{b:02d}{c:02d}",
            f"8 {op} {d[3:]}",
            f"8{op}-{a}-{b:02d}{c:02d}",
            f"+7{op} {a} {b:02d} {c:02d}",
            f"7 {op} {a} {b:02d} {c:02d}",
            f"8 ({op}) {a}{b:02d}{c:02d}",
            f"+7 ({op}) {d[3:5]}-{d[5:7]}-{d[7:]}",
            f"8{d}",
        ]
    )


def city9(rng: random.Random) -> str:
    code = rng.choice(CITY9)
    loc = f"{rng.randint(200000, 799999)}"
    return rng.choice(
        [
            f"8 ({code}) {loc[:2]}-{loc[2:4]}-{loc[4:]}",
            f"8-{code}-{loc[:2]}-{loc[2:4]}-{loc[4:]}",
            f"+7 ({code}) {loc[:3]}-{loc[3:]}",
            f"({code}) {loc}",
            f"8{code}{loc}",
            f"{loc[:2]}-{loc[2:4]}-{loc[4:]}",
        ]
    )


def hot9(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 (800) {a} {b} {c}", f"8 800 {a}{b}{c}"])


def said_digits(digits: str) -> str:
    """A number dictated digit by digit, as ASR writes it: «девять один три …»."""
    return " ".join(DIGIT_WORDS[int(ch)] for ch in digits if ch.isdigit())


def said_phone(rng: random.Random) -> str:
    op = rng.choice(["913", "923", "950", "912"])
    rest = f"{rng.randint(1000000, 9999999)}"
    return rng.choice(
        [
            f"восемь {said_digits(op)} {said_digits(rest)}",
            f"плюс семь {op} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"восемь {op} {rest[:3]} {said_digits(rest[3:])}",
        ]
    )


MAIL_DOM9 = ["mail.ru", "yandex.ru", "gmail.com", "icloud.com", "vk.com", "internet.ru"]
ORG_MAIL9 = [
    "reg@okb-omsk.ru",
    "kanc@tomsk-gkb3.ru",
    "info@dentalux-barnaul.ru",
    "priem@orenmed56.ru",
    "pnd@saratov-zdrav.ru",
    "office@kirov-clinic.ru",
    "morg@udm-bsme.ru",
    "hotline@surgut-okb.ru",
]


def mail9(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}_{f[:1]}{rng.randint(1, 99)}",
            f"{f}-{s}",
            f"{s}.{rng.randint(1950, 2010)}",
            f"{f[:3]}{s}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM9)}"


# ---------------------------------------------------------------- corpus 9: fillers
def fillers9(rng: random.Random) -> dict:
    f = fillers(rng)
    for i in range(1, 4):
        f[f"a{i}"] = addr9(rng)
        f[f"al{i}"] = aloc9(rng)
        f[f"t{i}x"] = mob9(rng)
    f["asp"] = asplit9(rng)
    f["ao"] = aorg9(rng)
    f["ao2"] = aorg9(rng)
    f["asay"] = aspk9(rng)
    f["tc"] = city9(rng)
    f["tc2"] = city9(rng)
    f["th"] = hot9(rng)
    f["tsay"] = said_phone(rng)
    f["m1"] = mail9(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail9(rng, f["g_sur"], f["g_first"])
    f["md"] = mail9(rng, f["d_sur"], f["d_first"])
    f["mo9"] = rng.choice(ORG_MAIL9)
    rec = f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    f["rsay"] = said_digits(rec)  # a record number dictated digit by digit
    f["rsay2"] = " ".join(said_digits(shape(rng, "###")) for _ in range(2))
    f["p_nl"] = f["p_s"].replace(" ", "\n", 1)  # surname, line break, initials
    f["d_nl"] = f["d_i"].replace(" ", "\n", 1)  # initials, line break, surname
    f["tm"] = f"{rng.randint(7, 21):02d}:{rng.choice(['00', '10', '25', '40', '55'])}"
    f["tm2"] = f"{rng.randint(7, 21):02d}:{rng.choice(['05', '15', '30', '45', '50'])}"
    f["innorg"] = shape(rng, rng.choice(["55", "70", "22", "56", "64", "43", "18"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["02", "05", "12", "18"]) + "##########")
    f["ogrnip"] = shape(rng, "3" + rng.choice(["04", "15", "19"]) + "############")
    f["kpp"] = shape(rng, rng.choice(["55", "70", "22", "56"]) + "##01001")
    f["okpo"] = shape(rng, "########")
    f["oktmo"] = shape(rng, "########")
    f["bik"] = shape(rng, "04#######")
    f["rs"] = shape(rng, "40702810" + "############")
    f["ks"] = shape(rng, "30101810" + "############")
    f["lic"] = shape(rng, "Л041-#####-##/00######")
    f["mo"] = shape(rng, "##0###")
    f["lot"] = shape(rng, rng.choice(["######", "@@####", "%####-##"]))
    f["serial"] = shape(rng, rng.choice(["SN%%#######", "##-#####", "%%##########"]))
    f["bed"] = str(rng.randint(1, 8))
    f["ward"] = str(rng.randint(1, 40))
    f["cab"] = str(rng.randint(101, 450))
    f["price"] = f"{rng.randint(8, 140) * 100:,}".replace(",", " ")
    f["price2"] = f"{rng.randint(3, 60) * 50:,}".replace(",", " ")
    f["temp"] = f"{rng.choice(['36', '37', '38'])},{rng.randint(0, 9)}"
    f["hb"] = str(rng.randint(88, 160))
    f["ad"] = f"{rng.randint(105, 185)}/{rng.randint(60, 105)}"
    f["pasf"] = shape(rng, rng.choice(["FA", "AC", "AB", "KZ"]) + "#######")
    f.update(person(rng, "n", False))  # nurses, midwives and registrars here are women
    f["serial2"] = shape(rng, "SN%%#######")
    f["p_emu"] = "ему" if f["p_male"] else "ей"  # проживающ{p_emu}
    f["mk_lat"] = shape(rng, "МК-######").translate(LOOKALIKE)  # Latin М and К
    f["tsay2"] = said_phone(rng)
    nb = dt.date(2025, rng.randint(1, 12), rng.randint(1, 25))
    f["nb"] = fmt_date(rng, nb, "dot")
    f["nb2"] = fmt_date(rng, nb + dt.timedelta(days=1), "dot")
    f["nb4"] = fmt_date(rng, nb + dt.timedelta(days=3), "dot")
    born = dt.date(rng.randint(1945, 2004), rng.randint(1, 12), rng.randint(1, 28))
    f["bdiso"] = born.isoformat()
    f["h_lat"] = " ".join(lat(w).capitalize() for w in f["h"].split())
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers9(rng))


TEMPLATES: list[tuple[str, str, str]] = [
    (
        "выписка из журнала регистрации операций с наркотическими средствами",
        "журнал регистрации операций, связанных с оборотом наркотических средств, в отделении (расход на пациентов)",
        """ЖУРНАЛ регистрации операций, связанных с оборотом НС и ПВ (отделение анестезиологии-реанимации)
Препарат: Морфин, р-р д/ин 10 мг/мл 1 мл, серия {lot}, годен до 03.2027. Лист № 14.
| дата | приход/расход | кому | № ИБ | назначил | остаток |
| [[D:{td1}]] | расход 1 амп. | [[P:{p_s}]] | [[R:<<####>>-<<##>>]] | [[P:{d_s}]] | 23 амп. |
| [[D:{td2}]] | расход 2 амп. | [[P:{q_s}]] | [[R:<<####>>-<<##>>]] | [[P:{e_s}]] | 21 амп. |
| [[D:{td3}]] | приход 20 амп. | накладная № <<#####>> от аптеки | — | — | 41 амп. |
Пустые ампулы сданы, акт № <<###>>. Ответственный [[P:{n_i}]] (приказ по МО № 112-о). Проверил зам. главного врача [[P:{h_s}]]""",
    ),
    (
        "страница журнала процедурного кабинета",
        "журнал учёта процедур (внутривенные инфузии и инъекции) процедурного кабинета поликлиники",
        """Процедурный кабинет № {cab} (СОП по ГОСТ Р 52623.4-2015), смена [[D:{td2}]], м/с [[P:{n_s}]]
{tm}  [[P:{p_sp}]], амб. карта [[R:<<######>>]], в/в кап. NaCl 0,9 % 200 мл + Мексидол 5 мл, назн. [[P:{d_s}]]
{tm2}  [[P:{q_s}]] ([[B:{bd}]]), карта [[R:<<##>>/<<####>>]], в/м Цефтриаксон 1,0 №7 (3-я)
  [[P:{e_s}]], карта [[R:<<######>>]] — забор крови, пробирка [[R:<<##########>>]]
  [[P:{g_io}]] [[P:{g_sur}]] — отказ (АД {ad}), направлена к терапевту в каб. 214
Итого 4 процедуры. Сдала: [[P:{n_sur}]]; приняла: [[P:{g_s}]]""",
    ),
    (
        "журнал учёта приёма больных и отказов в госпитализации 001/у",
        "журнал учёта приёма пациентов и отказов в оказании помощи в стационарных условиях (форма № 001/у)",
        """Ф. № 001/у. Приёмное отделение ОКБ, [[A:{ao}]]
№ п/п 412 | [[D:{td1}]] {tm} | [[P:{p}]] | [[B:{bd}]] | [[A:{a1}]] | доставлен СМП, карта вызова [[R:<<###>>/<<##>>]] | диагноз I21.4 | госпитализирован, ИБ [[R:<<#####>>]] | тел. родств. [[T:{t1x}]]
№ п/п 413 | [[D:{td1}]] {tm2} | [[P:{q}]] | [[B:{bd2}]] | [[A:{a2}]] | самообращение | J06.9 | отказ в госпитализации (нет показаний), рекомендации выданы | [[T:{t2x}]]
Дежурный врач [[P:{d_i}]]""",
    ),
    (
        "выписка из журнала учёта инфекционных заболеваний 060/у",
        "журнал учёта инфекционных заболеваний (форма № 060/у) участковой службы, выписка для эпидемиолога",
        """ВЫПИСКА из журнала ф. 060/у, поликлиника № 5, за период с [[D:{td1}]] по [[D:{td4}]]
рег. № [[R:<<###>>]] — [[P:{k}]], [[B:{bdk}]] (св-во о рожд. [[C:{bc}]]), адрес [[A:{a1}]], д/сад № 41 (гр. «Пчёлки»), диагноз A08.4, дата заболевания [[D:{td2}]], экстренное извещение № [[R:<<###>>-<<##>>]] передано [[D:{td2}]] в {tm} по тел. [[T:{tc}]], принял [[P:{n_s}]]
рег. № [[R:<<###>>]] — [[P:{q}]], [[B:{bd}]], [[A:{al2}]], B01.9, ветряная оспа, [[D:{td3}]]
Выписку составил эпидемиолог [[P:{e_i}]], [[E:{mo9}]]""",
    ),
    (
        "журнал записи оперативных вмешательств 008/у",
        "журнал записи оперативных вмешательств в стационаре (форма № 008/у), страница хирургического отделения",
        """ЖУРНАЛ ЗАПИСИ ОПЕРАТИВНЫХ ВМЕШАТЕЛЬСТВ В СТАЦИОНАРЕ (ф. 008/у), т. 3
Опер. № 1187 (порядковый) от [[D:{td2}]]: [[P:{p_up}]], {age} л., ист. б-ни № [[R:<<#####>>/С/<<#>>]] — лапароскопическая холецистэктомия (A16.14.009.002), K80.1. Хирург [[P:{d_s}]], ассистент [[P:{e_s}]], анестезиолог [[P:{h_s}]], опер. м/с [[P:{n_s}]]. Начало {tm}, длит. 55 мин. Гистология № [[R:Г-<<#####>>]].
Опер. № 1188: [[P:{q_sp}]], и/б [[R:<<#####>>/С/<<#>>]], аппендэктомия, K35.8. Хирург [[P:{d_s}]]. Кровопотеря 50 мл. Операционная № 2.""",
    ),
    (
        "акт списания разбитой ампулы препарата",
        "акт об уничтожении / списании лекарственного препарата (бой ампулы при введении пациенту)",
        """АКТ № <<##>>-С о списании лекарственного препарата от [[D:{td3}]]
Комиссия в составе: старшая м/с [[P:{g_s}]], м/с [[P:{n_s}]], зав. отделением [[P:{d_s}]]
составила акт о том, что [[D:{td3}]] в {tm} при подготовке к введению пациенту [[P:{p_dat}]] (медицинская карта стационарного больного № [[R:<<####>>/<<###>>]], палата {ward}, койка {bed}) разбита ампула препарата Трамадол 50 мг/мл 2 мл, серия {lot}, производитель ФГУП «Московский эндокринный завод». Содержимое утрачено. Назначение выполнено из новой ампулы.
Подписи: /[[P:{g_sur}]]/ /[[P:{n_sur}]]/ /[[P:{d_sur}]]/""",
    ),
    (
        "акт передачи тела умершего и личных вещей родственникам",
        "акт приёма-передачи тела и вещей умершего пациента, составленный патологоанатомическим отделением",
        """АКТ приёма-передачи тела № [[R:<<###>>/<<##>>-Т]]
[[D:{td4}]] тело умерш{p_ei} [[P:{p_gen}]], [[B:{bd2}]], дата смерти [[D:{td3}]] (медицинская карта № [[R:<<####>>-<<##>>]], протокол вскрытия № [[R:<<###>>]]), выдано [[P:{h_dat}]] (сын), паспорт [[Q:{pas}]], проживающему: [[A:{a2}]], тел. [[T:{t1x}]].
Вместе с телом переданы вещи по описи: куртка, телефон, обручальное кольцо (металл жёлтого цвета). Медицинское свидетельство о смерти серия [[R:<<##>> № <<######>>]].
Передал санитар [[P:{e_s}]]. Получил: ________ [[P:{h_s}]]""",
    ),
    (
        "журнал поступления и выдачи тел умерших в морге",
        "журнал регистрации поступления и выдачи тел умерших (форма № 015/у) бюро судебно-медицинской экспертизы",
        """ЖУРНАЛ ф. 015/у, Сарапульское отделение БСМЭ УР, [[A:{ao}]]
№ тела [[R:<<###>>/<<##>>]]\t[[D:{td1}]]\t[[P:{p}]]\tдоставлен из [[A:{a1}]]\tнаправление ОМВД, КУСП [[R:<<####>>]]\tвыдано [[D:{td2}]] [[P:{g_dat}]], тел. [[T:{t2x}]]
№ тела [[R:<<###>>/<<##>>]]\t[[D:{td2}]]\tнеизвестный мужчина ~50 л.\tнайден по адресу [[A:{a3}]]\tКУСП [[R:<<####>>]]\tне востребован
№ тела [[R:<<###>>/<<##>>]]\t[[D:{td3}]]\t[[P:{q}]], [[B:{bd2}]]\tиз ЦРБ\tзаключение эксперта № [[R:<<###>>-Э]]\tвыдано ритуальной службе, дов. [[R:<<##>> АА <<#######>>]]
Ответственный [[P:{n_s}]]""",
    ),
    (
        "листок учёта движения больных и коечного фонда 007/у",
        "листок учёта движения больных и коечного фонда стационара (форма № 007/у-02), пофамильная часть",
        """ЛИСТОК УЧЁТА ДВИЖЕНИЯ БОЛЬНЫХ за [[D:{td2}]], кардиологическое отделение (60 коек)
Состояло на начало суток: 57. Поступило: 3.
Поступившие: [[P:{p_s}]] (ИБ [[R:<<####>>]], пал. {ward}); [[P:{q_s}]] (ИБ [[R:<<####>>]]); [[P:{e_s}]] (ИБ [[R:<<####>>]], из ОРИТ)
Выписано: [[P:{g_s}]] (ИБ [[R:<<####>>]]). Переведено в ОРИТ: [[P:{h_s}]] (ИБ [[R:<<####>>]], пал. 1).
Умерло: нет. Состоит на начало следующих суток: 58. Свободных коек: 2 (муж.), 0 (жен.).
Старшая м/с [[P:{n_i}]]; зав. отд. [[P:{d_i}]]""",
    ),
    (
        "температурный лист 004/у",
        "температурный лист (форма № 004/у) с шапкой и строками наблюдения",
        """ТЕМПЕРАТУРНЫЙ ЛИСТ               Карта № [[R:<<#####>>]]
Ф.И.О. больного [[P:{p}]]                 Палата № {ward}
День болезни: 4 | 5 | 6
Дата: [[D:{td1}]] | [[D:{td2}]] | [[D:{td3}]]
t° утро/вечер: {temp}/37,6 | 37,2/37,0 | 36,7/36,8
Пульс 88 | 84 | 76; АД {ad} | 130/80 | 125/80; ЧДД 18; стул 1; диурез 1400 мл
Лечащий врач [[P:{d_s}]], м/с [[P:{n_s}]]""",
    ),
    (
        "карта анестезиологического пособия",
        "карта течения анестезии (анестезиологическая карта) с паспортной частью и подписями",
        """АНЕСТЕЗИОЛОГИЧЕСКАЯ КАРТА к и/б № [[R:<<#####>>-<<##>>]]
Пациент: [[P:{p_s}]]; возраст {age}; масса 82 кг; группа крови A(II) Rh+; ASA II
Дата [[D:{td2}]]. Операция: грыжесечение (A16.30.001). Анестезия: эндотрахеальный наркоз, севофлуран 1,1 МАК, фентанил 0,3 мг, рокуроний 50 мг (серия {lot}).
Аппарат ИВЛ Dräger Fabius plus, зав. № {serial}. Интубация {tm}, экстубация {tm2}.
Анестезиолог-реаниматолог [[P:{d_nl}]]
медсестра-анестезист [[P:{n_s}]]""",
    ),
    (
        "именное требование в аптеку на лекарственный препарат для пациента",
        "требование-накладная отделения в аптеку МО на препарат для конкретного пациента (незарегистрированный/дорогостоящий)",
        """ТРЕБОВАНИЕ-НАКЛАДНАЯ № <<###>> (именное) от [[D:{td1}]]
Отделение: онкогематология. Кому: [[P:{p_dat}]], и/б № [[R:<<####>>/<<##>>]], [[B:{bd}]]
Основание: протокол ВК № [[R:<<###>>]] от [[D:{td1}]], протокол онкоконсилиума № [[R:ОК-<<####>>]].
| наименование | ед. | кол-во |
| Ритуксимаб 500 мг/50 мл | фл. | 2 |
| Ондансетрон 8 мг/4 мл | амп. | 4 |
Затребовал [[P:{d_s}]]; отпустил провизор [[P:{e_s}]]; получила [[P:{n_s}]]""",
    ),
    (
        "порционное требование на лечебное питание с фамилиями",
        "порционник пищеблока: индивидуальные диеты пациентов отделения на завтра",
        """ПОРЦИОННОЕ ТРЕБОВАНИЕ на [[D:{td3}]], неврологическое отделение. Всего 48 чел.
ОВД — 39; ЩД — 6; НБД — 3.
Индивидуально: пал. {ward} — [[P:{p_s}]] (и/б [[R:<<####>>]]) — зондовое, Нутризон 1500 мл;
пал. 7 — [[P:{q_s}]] (и/б [[R:<<####>>]]) — безглютеновое;
пал. 12 — [[P:{e_fi}]] — отказ от питания, сообщено врачу [[P:{d_dat}]].
Диетсестра [[P:{n_s}]], ст. м/с [[P:{g_s}]]""",
    ),
    (
        "журнал травмпункта",
        "журнал регистрации обратившихся в травматологический пункт (бытовые и уличные травмы)",
        """Травмпункт ГКБ № 1. Журнал регистрации, [[D:{td2}]]
№ 3312 | {tm} | [[P:{p}]] | [[B:{bd}]] | [[A:{a1}]] | т. [[T:{t1x}]] | упал на улице (гололёд) | S52.5 | гипс, R-снимок [[R:RG-<<######>>]] | карта травматика [[R:<<####>>-Т/<<##>>]]
№ 3313 | {tm2} | [[P:{k}]] ([[B:{bdk}]]), с матерью [[P:{f_ins}]] | [[A:{asp}]] | т. [[T:{t2x}]] | укус собаки | W54 | ПЭП, сообщено в ЦГСЭН
Врач [[P:{d_s}]]""",
    ),
    (
        "журнал амбулаторных операций 069/у",
        "журнал записи амбулаторных операций (форма № 069/у) хирургического кабинета поликлиники",
        """Ф. 069/у. Хирургический кабинет № {cab}
[[D:{td1}]] — [[P:{p_s}]], {age} л., амб. карта [[R:<<#####>>-А/<<#>>]] — удаление атеромы волосистой части головы под м/а (Sol. Lidocaini 2 % — 4 ml) — гистология напр. № [[R:<<####>>-Г/<<##>>]] — хирург [[P:{d_s}]]
[[D:{td2}]] — [[P:{q_s}]], карта [[R:<<#####>>-А/<<#>>]] — ПХО раны II пальца левой кисти — хирург [[P:{e_s}]]
Контакт пациента для результата гистологии: [[T:{t1x}]], [[E:{m1}]]""",
    ),
    (
        "листок ежедневного учёта работы стоматолога 037/у",
        "листок ежедневного учёта работы врача-стоматолога (форма № 037/у-88), строки пациентов",
        """ЛИСТОК ЕЖЕДНЕВНОГО УЧЁТА РАБОТЫ ВРАЧА-СТОМАТОЛОГА, [[D:{td3}]], врач [[P:{d}]]
1 | [[P:{p_s}]] | [[A:{a1}]] | [[B:{bd}]] | карта 043/у № [[R:<<####>>]] | 36 — K02.1, пломба | УЕТ 3,5
2 | [[P:{k_s}]] | [[A:{a2}]] | [[B:{bdk}]] | карта № [[R:<<####>>]] | 75 — удаление | УЕТ 1,0
3 | [[P:{q_s}]] | [[A:{al3}]] | [[B:{bd2}]] | карта № [[R:<<####>>]] | санирован | УЕТ 0,5
Всего УЕТ: 5,0. Подпись врача ________""",
    ),
    (
        "журнал регистрации флюорографических обследований",
        "журнал флюорографического кабинета (номер снимка, ФИО, адрес, результат)",
        """ФЛЮОРОГРАФИЧЕСКИЙ КАБИНЕТ, журнал за [[D:{td1}]]
номер снимка   ФИО                      дата рожд. адрес                                    результат
[[R:<<####>>]]           [[P:{p_s}]]           [[B:{bd}]]   [[A:{a1}]]     норма
[[R:<<####>>]]           [[P:{q_s}]]           [[B:{bd2}]]   [[A:{a2}]]     очаг. тени S2 справа — вызван повторно, т. [[T:{t2x}]]
[[R:<<####>>]]           [[P:{e_s}]]           [[B:{bdt}]]   [[A:{a3}]]     норма
Рентгенолаборант [[P:{n_s}]]. Аппарат ФЦ-01 «Электрон», зав. № {serial}""",
    ),
    (
        "журнал осмотров на педикулёз и чесотку",
        "журнал осмотра на педикулёз и чесотку (школа / приёмное отделение) с отметкой о санобработке",
        """ЖУРНАЛ ОСМОТРА НА ПЕДИКУЛЁЗ И ЧЕСОТКУ, МБОУ СОШ № 48, 3 «Б» класс, [[D:{td2}]]
[[P:{k}]] — [[B:{bdk}]] — педикулёз (гниды) — отстранён{k_a}, сообщено маме [[P:{f_io_dat}]] по т. [[T:{t1x}]] — домашний адрес [[A:{a1}]]
[[P:{p_fi}]] — [[B:{bdk2}]] — чисто
[[P:{q_fi}]] — [[B:{bdk3}]] — чисто
Повторный осмотр [[D:{td4}]]. Медсестра [[P:{n_s}]], т. школы [[T:{tc}]]""",
    ),
    (
        "журнал предрейсовых медосмотров водителей",
        "журнал регистрации предрейсовых медицинских осмотров водителей транспортного предприятия",
        """ООО «Автоколонна 1417», ИНН {innorg}, [[A:{ao}]]. Журнал предрейсовых осмотров, [[D:{td2}]]
| время | ФИО | таб. № | в/у | АД | пульс | алкотест | допуск |
| {tm} | [[P:{h_s}]] | [[R:<<####>>]] | [[R:<<##>> <<##>> <<######>>]] | {ad} | 72 | 0,000 мг/л | допущен |
| {tm2} | [[P:{q_s}]] | [[R:<<####>>]] | [[R:<<##>> <<##>> <<######>>]] | 165/100 | 96 | 0,000 | НЕ допущен, направлен к терапевту |
Алкотестер «Юпитер», зав. № {serial}. Медработник [[P:{n_sp}]], лицензия {lic}""",
    ),
    (
        "лист учёта дозовых нагрузок при рентгенологических исследованиях",
        "лист учёта дозовых нагрузок пациента (форма № 050/у), вклеенный в амбулаторную карту",
        """ЛИСТ УЧЁТА ДОЗОВЫХ НАГРУЗОК ПАЦИЕНТА ПРИ РЕНТГЕНОЛОГИЧЕСКИХ ИССЛЕДОВАНИЯХ
к медицинской карте № [[R:<<######>>]]; [[P:{p}]], [[B:{bd}]]
адрес: [[A:{a1}]]
[[D:{td1}]] | ФЛГ | 0,03 мЗв | [[P:{n_s}]]
[[D:{td2}]] | КТ ОГК, исследование [[R:CT<<########>>]] | 5,2 мЗв | [[P:{e_s}]]
[[D:{td4}]] | R-графия ОГК | 0,1 мЗв | [[P:{n_s}]]
Суммарная доза за год: 5,33 мЗв. Зав. рентгенологическим отделением [[P:{d_i}]]""",
    ),
    (
        "электронный кассовый чек за платные медицинские услуги",
        "кассовый чек онлайн-кассы клиники, пришедший покупателю на e-mail (ОФД), с реквизитами и данными покупателя",
        """Кассовый чек / приход
ООО «Медицинский центр «Здоровье+», ИНН {innorg}
[[A:{ao}]]
Смена № <<###>>  Чек № <<##>>  [[D:{td2}]] {tm}
1. Приём (осмотр, консультация) врача-кардиолога первичный, B01.015.001 — 1 × {price} = {price}
2. Регистрация ЭКГ, A05.10.006 — 1 × {price2} = {price2}
ИТОГО: безналичными. СНО: ОСН
Покупатель: [[P:{p_s}]], ИНН покупателя [[I:{inn}]]
Эл. адрес покупателя: [[E:{m1}]]   Эл. адрес отправителя: [[E:{mo9}]]
Кассир: администратор [[P:{n_s}]]
ФД № <<#####>>  ФП <<##########>>  ЗН ККТ <<##########>>
Договор № [[R:ПМУ-<<#####>>]], медкарта [[R:<<######>>]]""",
    ),
    (
        "соглашение о рассрочке оплаты стоматологического лечения",
        "дополнительное соглашение к договору платных услуг о рассрочке (график платежей)",
        """ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1 к договору № [[R:<<####>>/<<##>>-С]] от [[D:{td1}]]
{town_bare}, [[D:{td2}]]
ООО «Дентал Люкс» (ОГРН {ogrn}, КПП {kpp}) и [[P:{p}]], паспорт [[Q:{pas}]], зарегистрированн{p_yi} по адресу: [[A:{asp}]],
согласовали оплату плана лечения (имплантация 2.6, 3.6, стоимость 186 000 руб.) в рассрочку:
— до [[D:{td3}]] — 62 000 руб.; — до [[D:{td5}]] — 62 000 руб.; — до [[D:{td6}]] — 62 000 руб.
Реквизиты: р/с {rs}, к/с {ks}, БИК {bik}.
Пациент: ______ /[[P:{p_s}]]/ тел. [[T:{t1x}]]     Генеральный директор ______ /[[P:{d_s}]]/""",
    ),
    (
        "досудебная претензия пациента о возврате денег частной клинике",
        "претензия пациента частной клинике о возврате оплаты за некачественную услугу",
        """Генеральному директору ООО «Клиника эстетической медицины «Мона»
[[A:{ao}]]
от [[P:{p_gen}]], [[A:{a1}]], тел. [[T:{t1x}]], e-mail: [[E:{m1}]]
ПРЕТЕНЗИЯ
[[D:{t1}]] мне оказана услуга по договору № [[R:<<###>>-К/<<####>>]] (медицинская карта [[R:К<<#####>>]]), оплачено {price} руб. (чек от [[D:{td1}]]). Услуга оказана некачественно, что подтверждает заключение врача [[P:{e_s_gen}]] от [[D:{td2}]].
Требую в течение 10 дней вернуть денежные средства по реквизитам: получатель [[P:{p}]], счёт {rs}, БИК {bik}.
[[D:{td3}]]                         подпись
[[P:{p_nl}]]""",
    ),
    (
        "уведомление клиники о задолженности пациента",
        "письмо частного медицинского центра пациенту о задолженности за оказанные платные услуги",
        """Исх. № [[R:<<###>>/ЮО-<<##>>]] от [[D:{td4}]]
[[P:{p_s_dat}]]
[[A:{asp}]]
УВЕДОМЛЕНИЕ О ЗАДОЛЖЕННОСТИ
По договору возмездного оказания медицинских услуг № [[R:<<#####>>]] от [[D:{td1}]] (лицевой счёт пациента [[R:ЛС-<<######>>]]) за Вами числится задолженность {price} руб. за услуги, оказанные [[D:{td2}]] и [[D:{td3}]] (стационар кратковременного пребывания).
Просим погасить её до [[D:{td6}]]. Вопросы: бухгалтерия [[T:{tc}]] доб. 214, [[E:{mo9}]].
Юрисконсульт [[P:{e_i}]]""",
    ),
    (
        "отзыв пациента на сайте клиники и ответ администрации",
        "публичный отзыв на странице клиники в интернете и ответ представителя клиники",
        """★☆☆☆☆ [[P:{p_fi}]], [[D:{tdm}]]
Записал(ась) к неврологу на [[D:{t2}]], номер записи [[R:<<#######>>]], прождала 40 минут, врач [[P:{d_s}]] даже не посмотрела снимки. Дозвониться на [[T:{tc}]] невозможно!
— Ответ клиники, [[D:{t3}]]:
Уважаем{p_yi} [[P:{p_io}]], приносим извинения. Мы нашли Ваш визит (медкарта [[R:<<######>>]]), руководитель службы качества [[P:{e_fi}]] свяжется с Вами по номеру, указанному в карте. Либо напишите нам: [[E:{mo9}]]""",
    ),
    (
        "карточка клиента в CRM частной клиники",
        "экранная карточка пациента в CRM/МИС частной клиники (поля и история касаний)",
        """КЛИЕНТ ID: [[R:<<#######>>]]   Статус: активный   Источник: сайт
ФИО: [[P:{p}]]
Д.р.: [[B:{bd}]]    Пол: {p_sex}
Тел.: [[T:{t1x}]] (осн., WhatsApp), [[T:{t2x}]] (доп., муж/жена)
Комментарий: «[[R:<<#######>>]] — номер по старой базе, не путать»
Email: [[E:{m1}]]
Адрес: [[A:{a1}]]
ИНН (для справки в ФНС): [[I:{inn}]]
Карта (бумажная): [[R:<<##>>-<<####>>]], электронная: [[R:{mk_lat}]]    Скидочная карта: [[R:<<####>> <<####>>]]
Сделка № [[R:<<#####>>]] «Чек-ап 40+» — менеджер [[P:{n_fi}]]
История: [[D:{td1}]] звонок, записан на [[D:{td2}]] к [[P:{d_s_dat}]]; [[D:{td2}]] визит состоялся""",
    ),
    (
        "расписание приёма врача на день, выгрузка из МИС",
        "выгрузка расписания врача из медицинской информационной системы (табуляция, слоты и пациенты)",
        """Расписание: [[P:{d}]], врач-эндокринолог, каб. {cab}, [[D:{tiso}]]
Время\tПациент\tМК\tТелефон\tСтатус
08:00\t[[P:{p_s}]]\t[[R:<<#######>>]]\t[[T:{t1x}]]\tпришёл
08:20\t[[P:{q_s}]]\t[[R:<<#######>>]]\t[[T:{t2x}]]\tне явился
08:40\t(резерв ЕПГУ)\t—\t—\t—
09:00\t[[P:{e_s}]]\t[[R:<<#######>>]]\t[[T:{t3x}]]\tзаписан через ЕПГУ, заявка [[R:<<##########>>]]
09:20\t[[P:{g_s}]]\t[[R:<<#######>>]]\t[[T:{ctel}]]\tповторный
Сформировано {tm} пользователем [[P:{n_s}]]""",
    ),
    (
        "лог диалога с чат-ботом записи в Telegram",
        "журнал сообщений чат-бота медицинского центра в мессенджере (запись на приём, коды подтверждения)",
        """[{tm}] Бот: Здравствуйте! Введите номер телефона или номер медкарты.
[{tm}] [[P:{p_fi}]]: [[T:{t1x}]]
[{tm}] Бот: Нашёл карту [[R:<<######>>]] — [[P:{p_s}]], [[B:{bd}]]. Это вы? (да/нет)
[{tm}] [[P:{p_fi}]]: да, а можно ещё маму записать [[P:{g}]] карта [[R:<<######>>]]
[{tm2}] Бот: Запись № [[R:<<###>>-<<###>>-<<###>>]] к [[P:{d_s_dat}]] на [[D:{t2}]] в 10:40, каб. {cab}. Код подтверждения 4417 (не является номером записи). Адрес: [[A:{ao}]]""",
    ),
    (
        "письмо ассистанса туристической страховки о медицинской эвакуации",
        "переписка ассистанской компании и клиники о возвращении застрахованного туриста на родину",
        """From: [[E:medical@assist-global.ru]]
To: [[E:{mo9}]]
Subject: Case [[R:AG-<<######>>]] / [[P:{p_lat}]] / репатриация
Уважаемые коллеги! Наш застрахованный [[P:{p}]], [[B:{bd}]], загранпаспорт [[Q:{pasf}]], полис ВЗР [[R:<<###>>-<<#######>>]], госпитализирован [[D:{td1}]] в Antalya Medical Center (file no. [[R:<<#######>>]]), диагноз I63.5. Перелёт [[D:{td3}]] рейсом SU 2137, бронь [[R:<<%%%%%%>>]], билет [[R:555 <<##########>>]], сопровождает врач [[P:{d_s}]].
Просим принять пациента в ОКБ [[D:{td3}]] ок. 18:00. Контакт родственницы: [[P:{g_io}]], [[T:{t1x}]], [[E:{m2}]]
Case manager [[P:{e_fi}]], 24/7 [[T:{th}]]""",
    ),
    (
        "звонок лаборатории врачу о критическом значении анализа",
        "расшифровка телефонного сообщения лаборатории о критическом значении (ASR, номер пробы продиктован по цифрам)",
        """лаборант добрый день лаборатория центральная это [[P:{n_io_low}]] у вас пациент [[P:{p_low}]] номер пробы [[R:{rsay}]]
врач да слушаю [[P:{d_io_low}]]
лаборант калий семь и две ммоль на литр повторили результат подтверждён заявка [[R:{rsay2}]]
врач понял карта у него [[R:<<#####>> дробь <<##>>]] нет подождите [[R:<<#####>>]] сейчас вызову
лаборант зафиксировала передано [[D:{tsp}]] в {tm} перезвоните на [[T:{tsay}]] если что""",
    ),
    (
        "переговоры бригады СМП со старшим врачом по рации",
        "расшифровка радиопереговоров выездной бригады скорой помощи со старшим врачом смены (ASR)",
        """бригада двенадцать старшему вызов [[R:{rsay}]] адрес [[A:{asay}]] пациент [[P:{p_low}]] шестьдесят два года давление двести на сто десять
старший двенадцатая принял какая карта вызова
бригада карта [[R:<<###>> дробь <<##>>]] везём в областную предупредите
старший областная приёмное [[T:{tsay}]] звоню дежурному [[P:{d_io_low}]]
бригада родственник сын [[P:{h_low}]] телефон [[T:{tsay2}]] поедет следом""",
    ),
    (
        "медицинская справка медчасти ФСИН о состоянии здоровья осуждённого",
        "справка филиала медико-санитарной части ФКУЗ МСЧ ФСИН о состоянии здоровья осуждённого (для адвоката и суда)",
        """ФКУЗ МСЧ-55 ФСИН России, филиал «Больница № 1»
[[A:{ao}]], тел. [[T:{tc}]]
СПРАВКА № [[R:<<###>>/ТО/<<##>>-<<###>>]] от [[D:{td3}]]
Дана осуждённ{p_omu} [[P:{p_dat}]], [[B:{bd}]], личное дело № [[R:<<####>>]], отбывающ{p_emu} наказание в ФКУ ИК-7, в том, что {p_on} находится на лечении в филиале с [[D:{td1}]], медицинская карта амбулаторного больного № [[R:<<####>>-ФКУ]]. Диагноз: B20.7, E11.9.
Справка выдана по запросу адвоката [[P:{e_gen}]] (ордер № [[R:<<####>>]] от [[D:{td2}]]).
Начальник филиала [[P:{d_i}]]""",
    ),
    (
        "справка о невозможности участия в судебном заседании",
        "справка медицинской организации о том, что пациент по состоянию здоровья не может участвовать в судебном заседании",
        """В Центральный районный суд (г. {town_bare}), по делу № 2-<<####>>/2025
СПРАВКА
Выдана [[P:{p_dat}]], [[B:{bd}]], проживающ{p_emu} по адресу: [[A:{a1}]], в том, что {p_on} с [[D:{td2}]] находится на стационарном лечении в терапевтическом отделении (медицинская карта № [[R:<<#####>>-Т/<<##>>]]) и по состоянию здоровья не может принимать участие в судебном заседании, назначенном на [[D:{td3}]]. Ориентировочная дата выписки — [[D:{td5}]].
Лечащий врач [[P:{d_s}]]         Зав. отделением [[P:{e_s}]]
Тел. для справок [[T:{tc}]]""",
    ),
    (
        "исковое заявление о возмещении вреда здоровью, описательная часть",
        "исковое заявление пациента к медицинской организации (фабула и приложения)",
        """Истец: [[P:{p}]], [[B:{bd}]], адрес: [[A:{a1}]], тел. [[T:{t1x}]], эл. почта [[E:{m1}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Представитель: адвокат [[P:{e}]], рег. № [[R:55/<<####>>]] в реестре адвокатов, [[A:{ao2}]]
Ответчик: БУЗОО «ГКБ № 11», ИНН {innorg}, ОГРН {ogrn}, ОКТМО {oktmo}, [[A:{ao}]], тел. приёмной [[T:{tc}]] / [[T:{tc2}]]
ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании компенсации морального вреда
[[D:{td1}]] я поступил{p_a} к ответчику (карта № [[R:<<#####>>]]), где мне была проведена операция. Согласно заключению комиссии экспертов № [[R:<<###>>/<<##>>-СМЭ]] от [[D:{td4}]], дефект оказания помощи находится в прямой причинной связи…
Приложения: выписной эпикриз от [[D:{td2}]]; ответ СМО исх. № [[R:<<####>>/<<##>>]]; квитанция об оплате госпошлины.""",
    ),
    (
        "запрос страховщика жизни о причине смерти заёмщика",
        "запрос страховой компании по договору страхования жизни заёмщика кредита в медицинскую организацию",
        """ООО «СК «Сбербанк страхование жизни»
[штамп МО: Вх. № [[R:<<####>>]] от [[D:{td5}]]]
Исх. № [[R:<<##>>-<<#####>>/<<##>>]] от [[D:{td4}]]
Главному врачу БУЗ УР «Игринская РБ МЗ УР», [[A:{ao}]]
В связи с заявлением о страховом событии просим предоставить сведения о застрахованном лице [[P:{p_prep}]], [[B:{bd2}]], дата смерти [[D:{td2}]] (договор страхования [[R:<<####>>-
<<##########>>]], кредитный договор [[R:<<########>>]]): даты обращений за 5 лет, диагнозы, копию медицинского свидетельства о смерти ([[R:<<##>> № <<######>>]]).
Согласие застрахованного на обработку сведений, составляющих врачебную тайну, прилагается. Выгодоприобретатель: [[P:{g}]], тел. [[T:{t1x}]].
Ответ: [[A:{ao2}]] или [[E:{mo9}]]. Специалист [[P:{n_s}]], [[T:{th}]]""",
    ),
    (
        "заключение 164/у для кандидата в усыновители",
        "медицинское заключение по результатам освидетельствования гражданина, желающего усыновить ребёнка (форма № 164/у)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:<<###>>-У]]
по результатам медицинского освидетельствования граждан, намеревающихся усыновить (удочерить), взять под опеку (попечительство) ребёнка (ф. № 164/у)
Выдано: [[P:{f_dat}]], [[B:{bdf}]], паспорт [[Q:{pas}]], т. [[T:{t1x}]]
Адрес: [[A:{asp}]]
Осмотрена: терапевт [[D:{td1}]], психиатр-нарколог [[D:{td2}]], фтизиатр [[D:{td2}]], дерматовенеролог [[D:{td3}]], онколог [[D:{td3}]]
Заключение: заболеваний, препятствующих усыновлению, не выявлено. Дата выдачи [[D:{td4}]].
Председатель ВК [[P:{d_s}]]; М.П.""",
    ),
    (
        "медицинское заключение 001-ГС/у для поступления на госслужбу",
        "заключение медицинского учреждения о наличии (отсутствии) заболевания, препятствующего поступлению на гражданскую службу (форма № 001-ГС/у)",
        """Учётная форма № 001-ГС/у
ЗАКЛЮЧЕНИЕ № [[R:<<####>>/ГС]] медицинского учреждения о наличии (отсутствии) заболевания, препятствующего поступлению на государственную гражданскую службу
1. Выдано: ГБУЗ «Городская поликлиника № 2», [[A:{ao}]]
2. Наименование госоргана: Управление Росреестра по {region}
3. [[P:{p}]], пол {p_sex}, [[B:{bd}]]
4. Адрес места жительства: [[A:{a1}]], тел. [[T:{t1x}]]
5. Заключение: заболеваний, препятствующих поступлению, не выявлено.
Врач [[P:{d}]]; главный врач [[P:{e_i}]]; [[D:{td2}]]
(форма утв. приказом Минздравсоцразвития России от [[D:14.12.2009]] № 984н)""",
    ),
    (
        "справка о беременности для ускоренной регистрации брака в ЗАГС",
        "справка женской консультации о беременности для подачи в органы ЗАГС",
        """Женская консультация ГБ № 3, [[A:{ao}]], тел. регистратуры [[T:{tc}]]
СПРАВКА
Дана [[P:{f_dat}]], [[B:{bdf}]], проживающей: [[A:{a2}]], в том, что она состоит на учёте по беременности с [[D:{td1}]], срок беременности на [[D:{td3}]] — {wk} недель (индивидуальная карта беременной № [[R:<<###>>/<<##>>]]).
Справка выдана для представления в отдел ЗАГС для регистрации брака с [[P:{m_ins}]] в сокращённый срок.
Врач акушер-гинеколог [[P:{d_s}]]""",
    ),
    (
        "заключение ВК о предоставлении академического отпуска студенту",
        "заключение врачебной комиссии студенческой поликлиники о возможности предоставления академического отпуска по медицинским показаниям",
        """ЗАКЛЮЧЕНИЕ ВК № [[R:<<###>>-АО]] от [[D:{td2}]]
Студент{p_ke} [[P:{p_dat}]], [[B:{bdf}]], ФГБОУ ВО «ТГУ», факультет ИПМКН, группа 932104, зачётная книжка [[R:<<######>>]], студенческий билет [[R:<<#####>>/<<##>>]]
Проживает: [[A:{a1}]] (общежитие), тел. [[T:{t1x}]]. Карта студента № [[R:С-<<#####>>]].
Диагноз: F32.1. Находил(ась) на лечении с [[D:{td1}]].
Рекомендован академический отпуск по медицинским показаниям на 12 месяцев.
Председатель ВК [[P:{d_s}]]; члены: [[P:{e_s}]], [[P:{n_s}]]""",
    ),
    (
        "заключение ВК о нуждаемости в постоянном постороннем уходе",
        "заключение врачебной комиссии о нуждаемости в постоянном постороннем уходе (для компенсационной выплаты по уходу)",
        """ЗАКЛЮЧЕНИЕ о нуждаемости в постоянном постороннем уходе
(выписка из протокола ВК № [[R:<<###>>]] от [[D:{td2}]])
Гражданин(ка) [[P:{p}]], [[B:{bd2}]], СНИЛС [[S:{sn}]], адрес: [[A:{al1}]]
по состоянию здоровья НУЖДАЕТСЯ в постоянном постороннем уходе (I69.3, парез, ходьба невозможна).
Уход осуществляет [[P:{g}]], СНИЛС [[S:{sn2}]], тел. [[T:{t1x}]].
Заключение выдано для представления в ОСФР по {region}.
Председатель ВК [[P:{d_i}]]""",
    ),
    (
        "медицинская карта для оформления в психоневрологический интернат",
        "медицинская карта лица, оформляемого в стационарное учреждение социального обслуживания (ПНИ)",
        """МЕДИЦИНСКАЯ КАРТА для направления в стационарную организацию социального обслуживания
Ф.И.О. [[P:{p}]]   Дата рождения [[B:{bd2}]]
Паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]; полис ОМС [[O:{enp}]]
Место жительства: [[A:{asp}]]
Законный представитель (опекун): [[P:{g}]], [[A:{a2}]], т. [[T:{t1x}]]
Решение суда о признании недееспособным от [[D:{td1}]], дело № 2-<<####>>/2024.
Психиатр [[P:{d_s}]] ([[D:{td2}]]); терапевт [[P:{e_s}]] ([[D:{td3}]]); ФЛГ № [[R:<<####>>]] от [[D:{td3}]]""",
    ),
    (
        "персонифицированная заявка аптеки на закупку препарата для льготника",
        "персонифицированная заявка медицинской организации на закупку лекарственного препарата для конкретного льготного пациента",
        """ПЕРСОНИФИЦИРОВАННАЯ ЗАЯВКА № [[R:ПЗ-<<####>>-<<##>>]] от [[D:{td1}]]
МО: БУЗ «ОКБ», код МО {mo}, ОГРН {ogrn}
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], льгота 081 (федеральный регистр)
Адрес: [[A:{a1}]]; тел. [[T:{t1x}]]
МНН: Дабигатрана этексилат, капс. 150 мг №60; потребность на 12 мес.: 12 уп.
Основание: протокол ВК № [[R:<<###>>]] от [[D:{td1}]] (по торговому наименованию).
Ответственный за ЛЛО [[P:{n_s}]], [[T:{tc}]]""",
    ),
    (
        "фрагмент XML-файла персонифицированных сведений об оказанной помощи",
        "фрагмент файла информационного обмена с ТФОМС (XML, теги пациента и случая)",
        """<ZAP><N_ZAP>17</N_ZAP>
<PACIENT><ID_PAC>[[R:<<########>>-<<####>>]]</ID_PAC><VPOLIS>3</VPOLIS><NPOLIS>[[O:{enp}]]</NPOLIS></PACIENT>
<PERS><FAM>[[P:{p_sur}]]</FAM><IM>[[P:{p_first}]]</IM><DR>[[B:{bdiso}]]</DR><SNILS>[[S:{sn}]]</SNILS><TEL>[[T:{t1x}]]</TEL></PERS>
<SLUCH><IDCASE>[[R:<<######>>]]</IDCASE><NHISTORY>[[R:<<#####>>/<<##>>]]</NHISTORY><DATE_1>[[D:{tiso}]]</DATE_1><DS1>J18.9</DS1><TARIF>{price}.00</TARIF><IDDOKT>[[S:{snd}]]</IDDOKT></SLUCH></ZAP>""",
    ),
    (
        "карточка неизвестного пациента и установление личности",
        "запись приёмного отделения о поступлении пациента без документов и последующем установлении личности",
        """Поступил [[D:{td1}]] в {tm}: НЕИЗВЕСТНЫЙ № [[R:Н-<<###>>/<<##>>]] (мужчина на вид 60–65 лет), доставлен бригадой СМП № 9 с остановки у дома [[A:{a1}]]. Сообщено в ОП № 3 (КУСП [[R:<<#####>>]]), принял дежурный [[P:{e_s}]].
[[D:{td2}]]: личность установлена по дактилоскопии — [[P:{h}]], [[B:{bd2}]], зарегистрирован: [[A:{a2}]]. Сестра [[P:{g_fi}]] ([[T:{t1x}]]) опознала, предъявила паспорт брата [[Q:{pas}]].
ИБ переоформлена: [[R:<<#####>>]]. Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "сообщение в орган опеки о ребёнке, оставленном в больнице",
        "сообщение медицинской организации в орган опеки и попечительства о ребёнке без попечения родителей",
        """Начальнику отдела опеки и попечительства Администрации
Исх. № [[R:<<###>>/<<##>>-О]] от [[D:{td3}]]
СООБЩЕНИЕ
В детском отделении с [[D:{td1}]] находится [[P:{k}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], история болезни № [[R:<<####>>-Д]]. Медицинских показаний для дальнейшего пребывания нет с [[D:{td2}]]. Мать, [[P:{f}]], [[B:{bdf}]], зарегистрированная по адресу [[A:{a1}]], за ребёнком не является, телефон [[T:{t1x}]] не отвечает; отец [[P:{m}]] — сведений нет.
Зав. отделением [[P:{d_s}]], социальный педагог [[P:{n_s}]], [[T:{tc}]]""",
    ),
    (
        "карточка обращения на горячую линию регионального минздрава",
        "карточка учёта обращения гражданина на горячую линию министерства здравоохранения (контакт-центр)",
        """ОБРАЩЕНИЕ № [[R:ГЛ-<<######>>]] от [[D:{td2}]] {tm}, канал: телефон [[T:{th}]]
Заявитель: [[P:{g}]], тел. [[T:{t1x}]]/[[T:{t2x}]] (перезвонить после 18:00)
В интересах: [[P:{p_gen}]] (мать), [[B:{bd2}]], полис [[O:{enp}]], адрес [[A:{a1}]]
Суть: не может получить льготный препарат по рецепту [[R:<<##>>-<<##>>-<<##>>-<<######>>]], аптека отсрочила обслуживание [[D:{td1}]].
Направлено: в ГКУ «Медснаб», ответственный [[P:{e_s}]]; срок — 3 дня. Оператор [[P:{n_fi}]].""",
    ),
    (
        "рецепт на очки и заказ в оптике",
        "рецепт на очки (форма № 1-МОП) и бланк заказа салона оптики с контактами клиента",
        """РЕЦЕПТ НА ОЧКИ. [[D:{td2}]]. Медкарта [[R:<<######>>]]
[[P:{p_s}]], {age} лет
OD: sph −2,25 cyl −0,75 ax 180; OS: sph −2,00; Dp 64 мм. Для дали.
Врач-офтальмолог [[P:{d_s}]]
---
ОПТИКА «Линза-Сервис», [[A:{ao}]]
Заказ № [[R:<<####>>/<<###>>]] от [[D:{td2}]], клиент [[P:{p_fi}]], тел. [[T:{t1x}]], готовность [[D:{td3}]]. Линзы Hoya 1.6, оправа арт. 8841-C2, предоплата {price2} руб.""",
    ),
    (
        "карта подбора слухового аппарата",
        "карта сурдологического кабинета по подбору слухового аппарата (паспортная часть, аудиометрия, выдача)",
        """КАРТА ПОДБОРА СЛУХОВОГО АППАРАТА № [[R:СА-<<####>>]]
[[P:{p}]], [[B:{bd2}]]; инвалидность II гр., ИПРА № [[R:<<####>>.<<##>>.<<##>>/2025]]
Адрес: [[A:{asp}]]; тел. дочери [[T:{t1x}]]
Аудиометрия [[D:{td1}]]: AD 65 дБ, AS 70 дБ (H90.3).
Выдан аппарат Phonak Naida P50-UP, серийные № {serial} (AD) и {serial2} (AS); электронный сертификат [[R:<<####>> <<####>> <<####>> <<####>>]]
Сурдолог [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "рецепт на продукты детского питания (молочная кухня)",
        "рецепт (направление) участкового педиатра на получение специализированного детского питания на молочной кухне",
        """РЕЦЕПТ на молочную кухню № [[R:<<####>>]]
Ребёнок: [[P:{k}]], [[B:{bdn}]], свид. о рожд. [[C:{bc}]]
Мать: [[P:{f}]], тел. [[T:{t1x}]], адрес: [[A:{a1}]]
Категория: ребёнок до 1 года (смешанное вскармливание). Смесь адаптированная — 8 банок в месяц, творог детский 50 г/сут.
Срок: с [[D:{td2}]] по [[D:{td4}]]. Раздаточный пункт: [[A:{ao}]].
Участковый педиатр [[P:{d_s}]], история развития [[R:<<####>>/<<##>>]]""",
    ),
    (
        "выписка из федерального регистра лиц с орфанными заболеваниями",
        "выписка из регистра лиц, страдающих жизнеугрожающими и хроническими прогрессирующими редкими (орфанными) заболеваниями",
        """ВЫПИСКА ИЗ РЕГИСТРА (ПП РФ № 403)
Регистровый номер: [[R:<<##>>-<<######>>]]
ФИО: [[P:{k}]]; дата рождения: [[B:{bdk}]]; СНИЛС: [[S:{sn}]]
Свидетельство о рождении: [[C:{bc}]]
Законный представитель: [[P:{f}]], [[T:{t1x}]], [[E:{m2}]]
Адрес: [[A:{a1}]]
Диагноз: E84.1 Муковисцидоз с кишечными проявлениями. Дата включения: [[D:{td1}]]. Фонд «Круг добра», заявка № [[R:КД-<<#####>>]].
Выписку выдал [[P:{n_s}]], [[D:{td3}]]""",
    ),
    (
        "тест-бланк расширенного неонатального скрининга",
        "бланк из фильтровальной бумаги для неонатального скрининга (штрихкод, данные матери и ребёнка)",
        """ТЕСТ-БЛАНК неонатального скрининга. Штрихкод: [[R:<<##########>>]]
Родильный дом: ПЦ ОКБ, [[A:{ao}]]
Мать: [[P:{f}]], [[B:{bdf}]], тел. [[T:{t1x}]]
Адрес: [[A:{asp}]]
Ребёнок: пол {k_sex}, родился [[B:{nb}]] в {tm}, масса 3450 г, срок 39 нед. История развития новорождённого № [[R:<<####>>]]
Взятие крови: [[D:{nb2}]] (на 2-е сут.), медсестра [[P:{n_s}]]. Доставлено в МГК [[D:{nb4}]].""",
    ),
    (
        "дневник самоконтроля гликемии, присланный пациентом",
        "письмо пациента с дневником самоконтроля уровня глюкозы (таблица по дням) лечащему эндокринологу",
        """Тема: дневник сахаров [[P:{p_s}]] карта [[R:<<#####>>]]
От: [[E:{m1}]]
Кому: [[E:{md}]]
[[P:{d_io}]], добрый вечер! Отправляю дневник за неделю:
[[D:{tdm}]] — натощак 7,8; после обеда 11,2; перед сном 9,0 (Тресиба 22 ЕД)
[[D:{t4}]] — натощак 6,9; после обеда 10,4
[[D:{t5}]] — натощак 8,3; гипо 3,4 в 15:00
Сенсор Libre, серия {lot}. Если что, звоните [[T:{t1x}]]. [[P:{p_io}]]""",
    ),
    (
        "медицинская справка для допуска к дайвингу",
        "медицинское заключение о допуске к подводным погружениям с аквалангом (для дайв-центра)",
        """МЕДИЦИНСКАЯ СПРАВКА № [[R:<<###>>-Д/<<##>>]] для дайв-центра
Выдана [[P:{p_dat}]], [[B:{bd}]], проживающ{p_emu}: [[A:{a1}]]
Осмотры: ЛОР ([[D:{td1}]]) — проходимость слуховых труб сохранена; терапевт, ЭКГ, ФЛГ № [[R:<<####>>]] от [[D:{td1}]], спирометрия ЖЕЛ 4,2 л.
Противопоказаний к погружениям до 30 м не выявлено. Действительна до [[D:{td6}]].
Врач спортивной медицины [[P:{d_s}]], ООО «МедСпорт», лицензия {lic}, т. [[T:{tc}]]
Членский номер PADI: [[R:<<#######%%>>]]""",
    ),
    (
        "форма MEDIF на авиаперевозку пациента",
        "медицинская информационная форма авиакомпании (MEDIF) для перевозки пациента на носилках, заполненная врачом",
        """MEDIF — PART 1 (заполняет агент)
Passenger: [[P:{p_lat}]] / [[P:{p_up}]]
PNR: [[R:<<%%%%%%>>]]   Ticket: [[R:<<###>>-<<##########>>]]   Flight: S7 2512, [[D:{td3}]]
Escort: [[P:{g_fi}]], тел. [[T:{t1x}]]
Home address: [[A:{a1}]]
PART 2 (лечащий врач)
Diagnosis: S72.0 (остеосинтез [[D:{td1}]]). Stretcher: yes. O2: 2 л/мин. Medical record № [[R:<<#####>>-<<##>>]].
Attending physician: [[P:{d_lat}]] ([[P:{d_s}]]), phone [[T:{tc}]], e-mail [[E:{md}]]""",
    ),
    (
        "медицинское свидетельство моряка",
        "медицинское заключение о годности к работе на судне (свидетельство моряка по ПДНВ)",
        """MEDICAL CERTIFICATE / МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО № [[R:МС-<<######>>]]
Фамилия, имя, отчество: [[P:{h}]] / [[P:{h_lat}]]
Дата рождения: [[B:{bd}]]; паспорт моряка [[R:МК <<#######>>]]; гражданский паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]; моб. (в рейсе — WhatsApp) [[T:{t1x}]]
Должность: старший механик. Зрение и цветоощущение: норма. Слух: норма.
Годен к работе на судне без ограничений. Дата осмотра [[D:{td2}]], действительно до [[D:{td6}]].
Уполномоченный врач [[P:{d}]], рег. № в реестре Минтранса 1147. ООО «Морской медцентр», [[A:{ao}]], [[T:{tc}]]""",
    ),
    (
        "заключение ВЛЭК для лётного состава",
        "заключение врачебно-лётной экспертной комиссии (медицинское заключение пилота)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ 1 класса № [[R:<<####>>-ВЛЭК-<<##>>]]
Выдано: [[P:{h_dat}]], [[B:{bd}]], свидетельство пилота [[R:КВС-<<######>>]]
Место жительства: [[A:{al1}]]; тел. [[T:{t1x}]]
Категория: пилот коммерческой авиации. Ограничения: VDL (носить корригирующие очки).
Дата освидетельствования: [[D:{td1}]]. Годен до: [[D:{td6}]].
Председатель ВЛЭК [[P:{d_s}]]; тел. ВЛЭК [[T:{tc}]]. Протокол № [[R:<<###>>]] от [[D:{td1}]]""",
    ),
    (
        "врачебно-контрольная карта спортсмена 061/у",
        "врачебно-контрольная карта физкультурника и спортсмена (форма № 061/у) врачебно-физкультурного диспансера",
        """ВРАЧЕБНО-КОНТРОЛЬНАЯ КАРТА № [[R:<<####>>-ВФД]] (ф. 061/у)
[[P:{k}]], [[B:{bdk2}]], свидетельство о рождении [[C:{bc}]], вид спорта: дзюдо, разряд: 1-й юношеский
Школа: МБУ ДО «СШОР № 2», тренер [[P:{h_s}]], [[T:{t2x}]]
Адрес: [[A:{a1}]]; родитель: [[P:{f_s}]], [[T:{t1x}]]
УМО [[D:{td1}]]: ЭКГ — синусовая аритмия; ЭхоКГ [[D:{td2}]] — норма.
Допуск к соревнованиям до [[D:{td5}]]. Врач по спортивной медицине [[P:{d_s}]]""",
    ),
    (
        "нотариальный перевод медицинского заключения",
        "перевод медицинского заключения зарубежной клиники с удостоверительной надписью нотариуса",
        """Перевод с немецкого языка на русский язык
Университетская клиника Шарите, Берлин. Номер пациента [[R:<<########>>]]
ЗАКЛЮЧЕНИЕ от [[D:{td1}]]. Пациент: [[P:{p}]] ([[P:{p_lat}]]), дата рождения [[B:{bd}]], адрес: [[A:{a1}]]
Диагноз: C50.4. Проведено: [[D:{td1}]] — биопсия; [[D:{td2}]] — мастэктомия.
Перевод выполнен переводчиком [[P:{e}]]. Подпись врача клиники в оригинале: [[P:{d_brk}]]
[[D:{td3}]] я, [[P:{g}]], нотариус нотариального округа г. {town_bare}, свидетельствую подлинность подписи переводчика [[P:{e_s_gen}]]. Зарегистрировано в реестре: № [[R:<<##>>/<<###>>-н/<<##>>-2025-<<#>>-<<###>>]]. Уплачено за совершение нотариального действия: 1 500 руб.""",
    ),
    (
        "протокол КИЛИ (комиссии по изучению летальных исходов)",
        "протокол заседания комиссии по изучению летальных исходов, разбор случая",
        """ПРОТОКОЛ № [[R:<<##>>-КИЛИ]] заседания комиссии по изучению летальных исходов от [[D:{td4}]]
Разбор случая: [[P:{p}]], {age} лет, и/б № [[R:<<####>>/
<<###>>]], поступил{p_a} [[D:{td1}]], дата смерти [[D:{td2}]], протокол патологоанатомического вскрытия № [[R:<<###>>]].
Заключительный клинический диагноз: I21.0; патологоанатомический: I21.0, расхождения нет (категория I).
Докладчик: лечащий врач [[P:{d}]]. Рецензент: [[P:{e_s}]].
Родственники извещены: [[P:{g}]], [[T:{t1x}]] (дочь), ответ по обращению направлен по адресу [[A:{a2}]].
Выводы: дефектов не выявлено. Председатель [[P:{h_i}]], секретарь [[P:{n_i}]]""",
    ),
    (
        "договор о проживании в частном пансионате для пожилых",
        "договор частного пансионата для пожилых людей с медицинской анкетой проживающего",
        """ДОГОВОР № [[R:П-<<###>>/<<##>>]] о предоставлении социальных услуг в стационарной форме
ИП [[P:{d}]] (ОГРНИП {ogrnip}, ИНН [[I:{inn2}]]), пансионат «Тёплый дом», [[A:{ao}]], и [[P:{g}]], паспорт [[Q:{pas}]], действующ{g_ei} в интересах [[P:{p_gen}]], [[B:{bd2}]], СНИЛС [[S:{sn}]].
Стоимость проживания: 2 200 руб./сутки, заезд [[D:{td2}]].
Медицинская анкета: диагнозы G30.1, I10; аллергия нет; лечащий врач по месту жительства [[P:{e_s}]], [[T:{tc}]]; полис ОМС [[O:{enp}]].
Контакты заказчика: [[T:{t1x}]], [[E:{m2}]], адрес [[A:{a1}]]""",
    ),
    (
        "акт приёма-передачи кресла-коляски",
        "акт приёма-передачи технического средства реабилитации получателю (пункт выдачи)",
        """АКТ ПРИЁМА-ПЕРЕДАЧИ ТСР № [[R:<<#####>>/ТСР]] от [[D:{td2}]]
Получатель: [[P:{p}]], СНИЛС [[S:{sn}]], ИПРА № [[R:<<###>>.<<##>>.<<##>>/2025]] от [[D:{td1}]]
Адрес доставки: [[A:{asp}]], тел. [[T:{t1x}]]
Передано: кресло-коляска с ручным приводом комнатная (КТРУ 32.50.22.121-00000017), заводской № {serial}, гарантия 12 мес.
Направление ОСФР № [[R:<<##>>-<<#######>>]]. Получил за получателя: [[P:{g_s}]] (доверенность от [[D:{td1}]]). Выдал: [[P:{n_s}]]""",
    ),
    (
        "журнал регистрации сообщений в полицию о травмах",
        "журнал учёта сообщений медицинской организации в органы внутренних дел о поступлении пострадавших",
        """ЖУРНАЛ сообщений в ОВД, приёмное отделение. Лист 22
[[D:{td1}]] {tm} — [[P:{p}]], [[B:{bd}]], [[A:{a1}]] — ножевое ранение (S21.1) — ИБ [[R:<<#####>>]] — передано в дежурную часть ОП «Центральный» по т. [[T:{ctel}]], принял [[P:{e_s}]], КУСП [[R:<<####>>]]
[[D:{td2}]] {tm2} — [[P:{q}]], [[B:{bd2}]], [[A:{al2}]] — побои (S00.8) — ИБ [[R:<<#####>>]] — телефонограмма № [[R:<<###>>]], принял [[P:{h_s}]]
Передавал: дежурный врач [[P:{d_s}]]""",
    ),
    (
        "заявка на вызов сурдопереводчика для глухого пациента",
        "заявка медицинской организации в службу сурдоперевода на приём глухого пациента",
        """ЗАЯВКА на услуги переводчика русского жестового языка
Пациент: [[P:{p}]] (глухой, инвалид III гр.), тел. для SMS [[T:{t1x}]], [[E:{m1}]]
Адрес пациента: [[A:{a1}]]
Приём: [[D:{td2}]] в {tm}, хирург [[P:{d_s}]], каб. {cab}, [[A:{ao}]]
Номер заявки в региональной службе: [[R:СП-<<#####>>]]; талон на услуги переводчика [[R:<<###>>/<<####>>]] (по ИПРА)
Заявку передала [[P:{n_s}]], [[T:{tc}]]; переводчик [[P:{e_fi}]]""",
    ),
    (
        "вызов врача частной выездной службы в гостиницу",
        "заявка диспетчерской частной выездной медицинской службы на вызов к гостю отеля",
        """ВЫЗОВ № [[R:<<##>>-<<####>>]] | [[D:{td2}]] {tm} | приоритет: неотложный
Откуда: отель «Сибирь», [[A:{ao}]], номер 512, через ресепшн [[T:{tc}]]
Пациент: [[P:{p_fi}]], {age} л., гость из [[A:{a1}]], тел. [[T:{t1x}]]
Жалобы: рвота, t {temp}. Оплата: полис ДМС [[R:<<###>>-<<###>>-<<####>>]] (ВСК) / наличные.
Врач [[P:{d_s}]] выехал {tm2}, машина службы. Итог: ОКИ, A09, рекомендовано; повторный звонок [[D:{td3}]].""",
    ),
    (
        "письмо-приглашение на дообследование после скрининга",
        "письмо центра амбулаторной онкологической помощи пациентке с приглашением на дообследование по результатам маммографии",
        """[[P:{f_s_dat}]]
[[A:{asp}]]
Исх. № [[R:<<####>>-ЦАОП]] от [[D:{td3}]]
Уважаемая [[P:{f_io}]]!
По результатам маммографии от [[D:{td1}]] (исследование № [[R:MG<<#######>>]], BI-RADS 4) Вам необходимо дообследование. Вы записаны на [[D:{td4}]] в {tm}, кабинет {cab}, [[A:{ao}]]. Номер направления [[R:<<###>>-<<###>>-<<###>>]].
Если дата неудобна — позвоните [[T:{tc}]] или [[T:{th}]]. Врач-онколог [[P:{d_i}]]""",
    ),
    (
        "карта пациента центра здоровья 025-ЦЗ/у",
        "карта центра здоровья (форма № 025-ЦЗ/у): паспортная часть и результаты комплексного обследования",
        """КАРТА ЦЕНТРА ЗДОРОВЬЯ № [[R:ЦЗ-<<#####>>]] (ф. 025-ЦЗ/у)
1. [[P:{p}]]  2. Пол {p_sex}  3. [[B:{bd}]]
4. Адрес: [[A:{a2}]]; 5. Тел.: [[T:{t1x}]]
6. Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Обследование [[D:{td1}]]: ИМТ 31,2; CO в выдыхаемом воздухе 14 ppm; холестерин 6,4; глюкоза 5,8; АД {ad}.
Рекомендовано: школа отказа от курения (запись на [[D:{td3}]]). Врач ЦЗ [[P:{d_s}]]""",
    ),
    (
        "журнал измерения давления в здравпункте предприятия",
        "журнал здравпункта завода: измерения артериального давления работников по табельным номерам",
        """ЗДРАВПУНКТ АО «Омский завод трубной изоляции», цех № 4. Журнал АД
[[D:{td1}]]
таб. [[R:<<#####>>]]  [[P:{h_s}]]   {ad}   пульс 80   к работе допущен
таб. [[R:<<#####>>]]  [[P:{q_s}]]   170/105   пульс 92   каптоприл 25 мг, вызвана СМП ([[T:{ctel}]]), сообщено мастеру [[P:{e_s_dat}]]
таб. [[R:<<#####>>]]  [[P:{g_s}]]   118/76   пульс 70
Фельдшер [[P:{n}]]""",
    ),
    (
        "маршрутный лист беременной для родоразрешения",
        "маршрутный лист беременной женщины с указанием уровня родовспоможения и контактов",
        """МАРШРУТНЫЙ ЛИСТ беременной № [[R:МЛ-<<####>>]]
[[P:{f}]], [[B:{bdf}]], ЕНП [[O:{enp}]], тел. [[T:{t1x}]]
Адрес: [[A:{a1}]]
Индивидуальная карта беременной № [[R:<<###>>]] (ЖК ЦРБ). Срок [[D:{td1}]] — {wk} нед. Группа риска: высокая (O24.4).
Родоразрешение: ПЦ 3 уровня, [[A:{ao}]], приёмное [[T:{tc}]]. Госпитализация в 38 нед. (≈ [[D:{td5}]]).
Муж: [[P:{m}]], [[T:{t2x}]]. Врач ЖК [[P:{d_s}]]; акушерка [[P:{n_s}]]""",
    ),
    (
        "протокол пренатального скрининга первого триместра",
        "протокол комбинированного пренатального скрининга I триместра (расчёт рисков, идентификаторы)",
        """ПРЕНАТАЛЬНЫЙ СКРИНИНГ I ТРИМЕСТРА. ID пациентки в программе: [[R:<<%%>>-<<#######>>]]
[[P:{f}]], [[B:{bdf}]], тел. [[T:{t1x}]]; ИКБ № [[R:<<###>>/<<##>>]]
УЗИ [[D:{td1}]]: КТР 62 мм, ТВП 1,6 мм; врач [[P:{d_s}]] (сертификат FMF ID 164221)
Биохимия [[D:{td1}]], образец [[R:<<#########>>]]: PAPP-A 1,12 MoM, св. β-ХГЧ 0,89 MoM
Риск T21 1:8400 (низкий). Результат отправлен на [[E:{fmail}]]""",
    ),
    (
        "заявление работника о дне для диспансеризации",
        "заявление работника работодателю об освобождении от работы для прохождения диспансеризации с отметкой поликлиники",
        """Директору МАОУ «Гимназия № 19» от учителя [[P:{g_gen}]], таб. № [[R:<<###>>]]
ЗАЯВЛЕНИЕ
Прошу освободить меня от работы [[D:{td2}]] с сохранением места работы и среднего заработка для прохождения диспансеризации (ст. 185.1 ТК РФ).
[[D:{td1}]] ______ [[P:{g_s}]]
ОТМЕТКА МО: [[P:{g}]] проходил(а) диспансеризацию [[D:{td2}]] с 08:00 до 12:30, карта учёта диспансеризации № [[R:<<######>>]]. ГП № 8, [[A:{ao}]], [[T:{tc}]]. Врач [[P:{d_s}]]""",
    ),
    (
        "акт обследования жилищно-бытовых условий паллиативного пациента",
        "акт обследования условий проживания пациента выездной паллиативной службой и соцработником",
        """АКТ обследования жилищно-бытовых условий № [[R:<<###>>-ЖБУ]] от [[D:{td2}]]
Пациент: [[P:{p}]], [[B:{bd2}]], адрес: [[A:{al1}]], 2-й этаж без лифта.
Проживает с дочерью [[P:{g}]] ([[T:{t1x}]]) и зятем [[P:{h_fi}]].
Условия: отдельная комната, функциональная кровать (пункт проката, договор [[R:ПР-<<####>>]]), кислородный концентратор Армед 7F-3L, серийный № {serial} (РУ № ФСЗ 2010/06812).
Номер в регистре паллиативных пациентов: [[R:<<##>>-<<#####>>]].
Обследовали: врач [[P:{d_s}]], соцработник [[P:{n_s}]]""",
    ),
    (
        "абонемент на курс ЛФК и массажа в частном центре",
        "абонемент реабилитационного центра с листом посещений и контактами клиента",
        """АБОНЕМЕНТ № [[R:<<####>>-АБ]] «Спина без боли» (10 занятий ЛФК + 10 массажей)
Клиент: [[P:{p_fi}]], [[B:{bd}]], тел. [[T:{t1x}]], ИНН налогоплательщика [[I:{inn}]] (для справки об оплате)
Направление врача: [[P:{d_s}]] от [[D:{td1}]], M54.5
Действует до [[D:{td6}]]. Стоимость {price} руб., оплачено (кассовый чек № <<####>>).
Посещения: 1) [[D:{td2}]] — инструктор [[P:{n_s}]]; 2) [[D:{td3}]]; 3) [[D:{td4}]] — перенос по звонку с [[T:{t2x}]]
Центр «РеаМед», [[A:{ao}]]""",
    ),
    (
        "анкета удовлетворённости пациента с контактами",
        "анкета обратной связи, заполненная пациентом при выписке (с разрешением связаться)",
        """АНКЕТА ПАЦИЕНТА (заполняется по желанию)
Отделение: травматология. Даты лечения: [[D:{td1}]] — [[D:{td3}]]. Номер истории болезни (если помните): [[R:<<####>>]]
Оцените работу: врачей 5, медсестёр 5, питание 3, чистота 4.
Особенно благодарю: [[P:{d_acc}]] и медсестру [[P:{n_fi_acc}]]!
Ваши контакты, если хотите ответа: [[P:{p}]], [[T:{t1x}]], [[E:{m1}]]
Адрес (для письма): [[A:{a1}]]""",
    ),
    (
        "донесение в ТЦМК о пострадавших при ЧС",
        "донесение стационара в территориальный центр медицины катастроф о поступивших пострадавших в ДТП с автобусом",
        """ДОНЕСЕНИЕ № 2 в ТЦМК на [[D:{td1}]] {tm} (ЧС: ДТП с рейсовым автобусом на трассе Р-254)
Поступили в ЦРБ:
1. [[P:{p}]], [[B:{bd}]], [[A:{a1}]], ИБ [[R:<<####>>]], S06.0, ср. тяжести, родственники: [[T:{t1x}]]
2. [[P:{q}]], [[B:{bdt}]], [[A:{a2}]], ИБ [[R:<<####>>]], S42.2, удовл.
3. [[P:{k}]], [[B:{bdk}]], [[A:{a3}]], ИБ [[R:<<####>>]], S00.8, с матерью [[P:{f_ins}]] ([[T:{t2x}]])
Передал: [[P:{d_s}]], [[T:{tc}]]; принял в ТЦМК [[P:{e_s}]]""",
    ),
    (
        "список слушателей школы пациента с сахарным диабетом",
        "список группы «Школы для пациентов с сахарным диабетом» с контактами и отметками о посещении",
        """ШКОЛА ДИАБЕТА, группа № 7 (занятия с [[D:{td1}]] по [[D:{td3}]]), ведущий врач [[P:{d_s}]]
№ | ФИО | МК | телефон | посетил(а)
1 | [[P:{p_s}]] | [[R:<<######>>]] | [[T:{t1x}]] | 5/5
2 | [[P:{q_s}]] | [[R:<<######>>]] | [[T:{t2x}]] | 3/5
3 | [[P:{g_s}]] | [[R:<<######>>]] | [[T:{t3x}]] | 5/5
4 | [[P:{e_s}]] | [[R:<<######>>]] | [[T:{ctel}]] | 1/5 (позвонить!)
Аудитория 3, [[A:{ao}]]. Медсестра [[P:{n_s}]]""",
    ),
    (
        "выписка о госпитализации по запросу ФССП",
        "ответ медицинской организации на запрос судебного пристава-исполнителя о нахождении должника на лечении",
        """Судебному приставу-исполнителю ОСП по Ленинскому району [[P:{e_s_dat}]]
на запрос № [[R:<<#####>>/<<##>>/<<#####>>]] от [[D:{td3}]] (исполнительное производство № [[R:<<#####>>/<<##>>/<<#####>>-ИП]])
Сообщаем, что [[P:{p}]], [[B:{bd}]], зарегистрированн{p_yi}: [[A:{a1}]], находил{p_sya} на стационарном лечении с [[D:{td1}]] по [[D:{td2}]] (медицинская карта № [[R:<<####>>-Х/<<##>>]]). Иные сведения составляют врачебную тайну и могут быть предоставлены в порядке ст. 13 Федерального закона от [[D:21.11.2011]] № 323-ФЗ.
Исполнитель [[P:{n_s}]], [[T:{tc}]]""",
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
            doc = build(render(rng, template), kind, source, f"blind9_{len(docs):04d}")
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
