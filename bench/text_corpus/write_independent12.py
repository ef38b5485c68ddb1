"""Write ``independent12.jsonl``: the twelfth blind corpus, 2026-12-06.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/unit/test_deid_text_*``), ``docs/deid-text.md``, ``bench/README.md``, any
``--misses`` output or ``bench/results`` file, and never ran the text bench
(``bench/text_deid.py``) or any de-identifier on this corpus; of ``bench/text_deid.py`` only
the module docstring, ``BLIND_CORPORA`` and ``blind_half`` were read (to wire the corpus in),
and ``blind_half`` was imported once, to count the halves. From ``write_independent11.py``
only the file format, the labelling rules (restated below, unchanged), the writer's structure
(one template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>``
numbers) and its generic helpers were taken. **Copied verbatim** from corpus 11: the
declension (``decl_*``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits, passports, birth
certificates, ``shape``, the date formatters, ``cardinal``, ``lat``, ``ocr``,
``hyphen_break``, ``build``, the self-check ``check`` (extended here to recompute the check
digits of every SNILS, ENP and INN span), ``build_all``, ``serialize`` and ``main``.
**Written fresh for corpus 12**: the name lists (Tatar, Bashkir, Ossetian, Kabardian, Tyvan,
Khakas, Far-Eastern and Russian names, a few foreign ones), towns, streets and villages of
Tatarstan, Bashkortostan, the Khabarovsk and Primorye territories, the Murmansk,
Arkhangelsk, Tver, Tula, Ryazan, Volgograd and Rostov regions, the Krasnodar and Stavropol
territories, North Ossetia, Kabardino-Balkaria, Tyva, Khakassia and Kamchatka (``addr12``:
streets without «ул.», «д.5 кв.12», «д5/2-17», «корп.», microdistricts, dormitories,
garrison towns, rural addresses with region first or last, postal code first or last, an
address broken across two lines; ``aloc12``: inflected), every phone spelling (``mob12``,
``city12`` with 3-, 4- and 5-digit area codes, ``local12`` with no code, ``foreign12``
(China, Japan, Germany, Turkey, Abkhazia, South Ossetia, Uzbekistan, Mongolia, Korea),
``hot12`` 8-800, ``said12`` in words / digit by digit, ``split12`` broken across two lines),
e-mails, organisations and every template.

**Kinds from a real source.** Each kind is the narrative text of one section of a
structured electronic medical document (СЭМД), taken from the federal NSI directory
«Секции CDA документов» / «Секции электронных медицинских документов» (OID
1.2.643.5.1.13.13.99.2.197, version 4.29, read from ``/work/shared/reference/fnsi/``), as a
clinician writes it, signed by an author whose position is taken from the directory
«Должности медицинских и фармацевтических работников» (OID 1.2.643.5.1.13.13.11.1002,
version 9.6). The kind is «Секция СЭМД «NAME» (CODE) — POSITION»; the source names both
directories' ``ID`` values (and the section's ``CODE``). One section per kind, so no two kinds
share a section. The kinds of corpora 1–11 (the ``kind`` values of ``independent*.jsonl``)
were listed by a scratch script only to avoid them, compared case-insensitively; none of the
kinds here is among them (the check was run once, not committed; ``build_all`` asserts the
kinds are unique).

Emphasis: phones in many writings (mobile, city with area codes, «доб.», foreign, said in
words, in tables, broken across lines); record numbers of many kinds (ИПРА, справка МСЭ,
ЭЛН, driving licence, donor card, blood unit, biopsy register, the SEMD's own number,
military and residence documents) beside hard negatives that are not PHI (organisations'
orders, licences and contracts, ICD-10 and service codes, lots and series of drugs and
vaccines, device serials, rooms, wards, beds, brigades, dosages); identity documents
(passports, birth certificates, military IDs, residence permits); SNILS/ENP/INN with valid
check digits; addresses as people write them; names in all cases, initials before and
after, lower case in transcripts, Latin transliteration, relatives' names; dates and birth
dates in many formats; e-mails.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules (corpus 11's, restated unchanged):

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

Judgement calls of corpus 10, kept unchanged: RECORD_ID for personnel numbers, driving
licences, tickets, vouchers of one person, labour contracts and contracts for paid services
with one person, ДМС policies, visas and migration cards, incoming numbers of a letter from
or about one person, КУСП numbers, donor codes and donor numbers, ЭЛН, prescriptions; not
labelled: organisations' orders (personnel orders too), appendices, outgoing numbers,
court case numbers, invoices and acts (also when the payer is one person), journal row
counters, blank-form number ranges and spoiled blanks, queue tickets, inventory numbers,
device serials, lots, series, registration certificates, car plates, flight numbers;
«паспорт изделия», «технический паспорт» and other passports of things are not PASSPORT
nor RECORD_ID; the issuing-unit code is not labelled; an organisation's phone, e-mail and
address are labelled, its INN/OGRN are not.

Judgement calls of corpus 11, kept unchanged:

* PASSPORT covers every passport of a person the identity-document directory lists: the
  internal passport, the international passport (two digits and seven: «75 1234567»), a
  diplomatic or service passport, a foreign citizen's national passport, a seaman's
  passport («МК 1234567») and a USSR passport. Another identity document of a person that is
  not a passport — a military ID («АК 1234567»), a temporary certificate issued instead of
  it, an officer's or serviceman's ID («ГК 1234567»), a personal number, a residence permit
  («82 № 1234567»), a temporary residence permit, a refugee's certificate, a temporary
  asylum certificate, the temporary identity card (form 2П), a certificate of release from
  prison — is RECORD_ID (as corpus 9/10 label driving licences, visas and migration cards).
  A foreign birth certificate is BIRTH_CERT; the medical birth certificate (form 103/у) is
  RECORD_ID (a medical document of one child), its series is not labelled.
* A registration number given in a journal to one person's sample, biopsy, body,
  examination, call or card (шифр пробы, рег. № биопсии, № трупа, № вызова, № ЭКС-карты) is
  RECORD_ID; the «№ п/п» row counter is not. A number given to a sample of a surface, a
  sterilizer's cycle, a tissue graft's or an organ container's lot is not labelled; a
  graft donor's code is RECORD_ID (as a donor code in corpus 10).
* A military unit («в/ч 12345»), a ship's IMO number and call sign, an aircraft's
  registration are organisations' or things' numbers: not labelled.
* A phone broken across two lines is one PHONE span that contains the line break. A phone
  with «+870» (satellite) is PHONE.
* Initials alone (no surname) are not written anywhere in this corpus.
* A blood unit's number (№ единицы, ЕДК) identifies one donor's donation: RECORD_ID, as
  corpus 10's donation code; a blood bag's or container's lot is not labelled.
* The own number of a notice, act, conclusion or telephonogram about one person (an
  occupational-disease notice, an organ-retrieval act, a notice to the police, a VK
  protocol on one patient) is RECORD_ID; orders, outgoing letters, acts and requests
  between organisations stay unlabelled (corpus 10).
* A form's printed blank series («бланк серии 14-07», «серия 21 № 000123» of an unissued
  form) is not labelled; the number printed on one person's issued form (a medical
  conclusion for a driver, ф. 071/у) is RECORD_ID, its series is not.

Judgement calls added for corpus 12 (written here before any document was generated, not
changed after):

* An address broken across two lines is one ADDRESS span that contains the line break (as a
  broken phone is one PHONE span).
* The certificate of one person's status or benefit (a veteran's certificate, a large
  family's certificate, a disabled person's certificate, the МСЭ справка of disability, an
  ИПРА) is a document of one person: its number is RECORD_ID. A printed blank series
  («МСЭ-2023», «серия МСЭ-2024») is not labelled (corpus 11's rule for printed series).
* The SEMD's own document number (the registration number of one patient's electronic
  document) is RECORD_ID; an organisation's OID and the directory codes are not labelled.
* An animal's name («собака по кличке Тузик») and a ship's or a train's name named after a
  person («т/х "Капитан Хлебников"») are not PERSON (eponyms and things).
* An individual entrepreneur's name as an employer («ИП Гарипов Р.А.») is PERSON, his 12-digit
  INN is INN (corpus 10's rule); an organisation's name stays unlabelled.
* A ward's, a brigade's or a train carriage's number, a seat number, a police department's
  number («ОП № 4») and a school's number are not labelled.

Run: ``.venv/bin/python bench/text_corpus/write_independent12.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent12.jsonl"
SEED = 1220261206
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

# ---------------------------------------------------------------- people (fresh for corpus 12)
SURNAMES = [
    "Хабибуллин",
    "Гарипов",
    "Нуриев",
    "Сафин",
    "Зарипов",
    "Юлдашев",
    "Кильдибаев",
    "Ишмухаметов",
    "Газзаев",
    "Цаллагов",
    "Кочиев",
    "Шогенов",
    "Кодзоков",
    "Монгуш",
    "Ооржак",
    "Куулар",
    "Чебодаев",
    "Топоев",
    "Боргояков",
    "Поморцев",
    "Тверитинов",
    "Тулупов",
    "Рязанцев",
    "Волгин",
    "Донсков",
    "Кубанский",
    "Лопатин",
    "Шишкин",
    "Журавлёв",
    "Соловьёв",
    "Крылов",
    "Медведев",
    "Карпенко",
    "Бондаренко",
    "Ткаченко",
    "Ким",
    "Седых",
    "Долгих",
    "Беломестнов",
    "Архипов-Белов",
    "Джанаев",
    "Уразов",
]
M_FIRST = [
    "Ринат",
    "Айдар",
    "Ильдар",
    "Азат",
    "Салават",
    "Тимур",
    "Алан",
    "Аслан",
    "Заур",
    "Аяс",
    "Чингис",
    "Степан",
    "Никита",
    "Григорий",
    "Глеб",
    "Тимофей",
    "Савва",
    "Артём",
    "Руслан",
    "Радик",
    "Эдуард",
    "Всеволод",
]
F_FIRST = [
    "Гульнара",
    "Алсу",
    "Лилия",
    "Айгуль",
    "Зарина",
    "Фатима",
    "Залина",
    "Чечек",
    "Айлана",
    "Светлана",
    "Галина",
    "Юлия",
    "Анастасия",
    "Елизавета",
    "Таисия",
    "Кира",
    "Милана",
    "Ирина",
    "Яна",
    "Регина",
    "Эльвира",
    "Диана",
]
PAT_STEMS = [
    "Ринатов",
    "Ильдаров",
    "Азатов",
    "Салаватов",
    "Русланов",
    "Тимуров",
    "Аланов",
    "Степанов",
    "Григорьев",
    "Тимофеев",
    "Артёмов",
    "Львов",
    "Маратов",
    "Айдаров",
    "Эдуардов",
    "Вячеславов",
]
# foreign names written in Cyrillic (no patronymic): surname, first name, male
FOREIGN = [
    ("Чжан", "Вэй", True),
    ("Ямада", "Юки", False),
    ("Мюллер", "Ханс", True),
    ("Эрдэнэ", "Оюун", False),
    ("Хасанов", "Бахтиёр", True),
    ("Турсунова", "Гулноза", False),
    ("Йылмаз", "Мехмет", True),
    ("Ан", "Сун Хи", False),
]
INDECL_FIRST = {"Вэй", "Юки", "Оюун", "Сун Хи", "Алсу", "Чечек", "Айгуль"}
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


# ---------------------------------------------------------------- corpus 12: places (fresh)
# town: nominative, locative, region (full), region (short), postal prefix, phone code
TOWNS12 = [
    ("г. Казань", "г. Казани", "Республика Татарстан", "РТ", "420", "843"),
    (
        "г. Набережные Челны",
        "г. Набережных Челнах",
        "Республика Татарстан",
        "Татарстан",
        "423",
        "8552",
    ),
    ("г. Уфа", "г. Уфе", "Республика Башкортостан", "РБ", "450", "347"),
    ("г. Стерлитамак", "г. Стерлитамаке", "Республика Башкортостан", "Башкирия", "453", "3473"),
    ("г. Хабаровск", "г. Хабаровске", "Хабаровский край", "Хаб. край", "680", "4212"),
    (
        "г. Комсомольск-на-Амуре",
        "г. Комсомольске-на-Амуре",
        "Хабаровский край",
        "Хабаровский кр.",
        "681",
        "4217",
    ),
    ("г. Владивосток", "г. Владивостоке", "Приморский край", "Приморье", "690", "423"),
    ("г. Находка", "г. Находке", "Приморский край", "Прим. край", "692", "4236"),
    ("г. Мурманск", "г. Мурманске", "Мурманская область", "Мурм. обл.", "183", "8152"),
    ("г. Мончегорск", "г. Мончегорске", "Мурманская область", "Мурманская обл.", "184", "81536"),
    ("г. Архангельск", "г. Архангельске", "Архангельская область", "Арх. обл.", "163", "8182"),
    (
        "г. Северодвинск",
        "г. Северодвинске",
        "Архангельская область",
        "Архангельская обл.",
        "164",
        "8184",
    ),
    ("г. Тверь", "г. Твери", "Тверская область", "Твер. обл.", "170", "4822"),
    ("г. Ржев", "г. Ржеве", "Тверская область", "Тверская обл.", "172", "48232"),
    ("г. Тула", "г. Туле", "Тульская область", "Тул. обл.", "300", "4872"),
    ("г. Новомосковск", "г. Новомосковске", "Тульская область", "Тульская обл.", "301", "48762"),
    ("г. Рязань", "г. Рязани", "Рязанская область", "Ряз. обл.", "390", "4912"),
    ("г. Касимов", "г. Касимове", "Рязанская область", "Рязанская обл.", "391", "49131"),
    ("г. Волгоград", "г. Волгограде", "Волгоградская область", "Волг. обл.", "400", "8442"),
    ("г. Камышин", "г. Камышине", "Волгоградская область", "Волгоградская обл.", "403", "84457"),
    ("г. Ростов-на-Дону", "г. Ростове-на-Дону", "Ростовская область", "Рост. обл.", "344", "863"),
    ("г. Таганрог", "г. Таганроге", "Ростовская область", "Ростовская обл.", "347", "8634"),
    ("г. Краснодар", "г. Краснодаре", "Краснодарский край", "Кр. край", "350", "861"),
    ("г. Сочи", "г. Сочи", "Краснодарский край", "Краснодарский кр.", "354", "862"),
    ("г. Ставрополь", "г. Ставрополе", "Ставропольский край", "СК", "355", "8652"),
    ("г. Пятигорск", "г. Пятигорске", "Ставропольский край", "Ставр. край", "357", "8793"),
    (
        "г. Владикавказ",
        "г. Владикавказе",
        "Республика Северная Осетия — Алания",
        "РСО-Алания",
        "362",
        "8672",
    ),
    ("г. Нальчик", "г. Нальчике", "Кабардино-Балкарская Республика", "КБР", "360", "8662"),
    ("г. Кызыл", "г. Кызыле", "Республика Тыва", "Тыва", "667", "39422"),
    ("г. Абакан", "г. Абакане", "Республика Хакасия", "Хакасия", "655", "3902"),
    (
        "г. Петропавловск-Камчатский",
        "г. Петропавловске-Камчатском",
        "Камчатский край",
        "Камч. край",
        "683",
        "4152",
    ),
]
# street: nominative and after «на»/«по»
STREETS12 = [
    ("ул. Баумана", "ул. Баумана"),
    ("пр. Ямашева", "пр. Ямашева"),
    ("ул. Заки Валиди", "ул. Заки Валиди"),
    ("ул. Муравьёва-Амурского", "ул. Муравьёва-Амурского"),
    ("ул. Светланская", "ул. Светланской"),
    ("пр. Ленина", "пр. Ленина"),
    ("наб. Северной Двины", "наб. Северной Двины"),
    ("Тверской пр-т", "Тверском пр-те"),
    ("ул. Болдина", "ул. Болдина"),
    ("ул. Семинарская", "ул. Семинарской"),
    ("пр. Маршала Жукова", "пр. Маршала Жукова"),
    ("ул. Большая Садовая", "ул. Большой Садовой"),
    ("ул. Красная", "ул. Красной"),
    ("ул. Мира", "ул. Мира"),
    ("ул. Коста Хетагурова", "ул. Коста Хетагурова"),
    ("ул. Кечил-оола", "ул. Кечил-оола"),
    ("ул. Щетинкина", "ул. Щетинкина"),
    ("ул. Ключевская", "ул. Ключевской"),
]
BARE12 = [
    "Баумана",
    "Ямашева",
    "Светланская",
    "Болдина",
    "Семинарская",
    "Красная",
    "Мира",
    "Щетинкина",
    "Ключевская",
    "Хетагурова",
]
RURAL12 = [
    ("с. Высокая Гора", "с. Высокой Горе", "Республика Татарстан, Высокогорский р-н"),
    ("с. Бураево", "с. Бураеве", "Республика Башкортостан, Бураевский р-н"),
    ("с. Троицкое", "с. Троицком", "Хабаровский край, Нанайский р-н"),
    ("пгт Славянка", "пгт Славянке", "Приморский край, Хасанский р-н"),
    ("с. Ловозеро", "с. Ловозере", "Мурманская обл., Ловозерский р-н"),
    ("д. Лявля", "д. Лявле", "Архангельская обл., Приморский р-н"),
    ("с. Кушалино", "с. Кушалине", "Тверская обл., Рамешковский р-н"),
    ("п. Ленинский", "п. Ленинском", "Тульская обл., Ленинский р-н"),
    ("с. Константиново", "с. Константинове", "Рязанская обл., Рыбновский р-н"),
    ("ст-ца Кумылженская", "ст-це Кумылженской", "Волгоградская обл., Кумылженский р-н"),
    ("х. Пухляковский", "х. Пухляковском", "Ростовская обл., Усть-Донецкий р-н"),
    ("ст-ца Полтавская", "ст-це Полтавской", "Краснодарский край, Красноармейский р-н"),
    ("с. Дивное", "с. Дивном", "Ставропольский край, Апанасенковский р-н"),
    ("с. Чикола", "с. Чиколе", "РСО-Алания, Ирафский р-н"),
    ("с. Хабаз", "с. Хабазе", "КБР, Зольский р-н"),
    ("с. Самагалтай", "с. Самагалтае", "Республика Тыва, Тес-Хемский кожуун"),
    ("с. Аскиз", "с. Аскизе", "Республика Хакасия, Аскизский р-н"),
    ("с. Эссо", "с. Эссо", "Камчатский край, Быстринский р-н"),
]
RURAL_ST12 = ["Набережная", "Колхозная", "Степная", "Лесная", "Октябрьская", "Новая", "Полевая"]
ORG_ST12 = [
    "ул. Оренбургский тракт",
    "ул. Достоевского",
    "ул. Краснознамённая",
    "пр. 100-летия Владивостока",
    "ул. Пирогова",
    "ул. Госпитальная",
]


def _hk12(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "В", "/2", " корп. 3", " к. 2", " стр. 1", "к1"])
    return h, rng.randint(1, 310)


def addr12(rng: random.Random) -> str:
    """A person's address in one of the corpus-12 shapes (one line)."""
    town, _loc, reg, reg_ab, idx, _c = rng.choice(TOWNS12)
    st, _ = rng.choice(STREETS12)
    bare = rng.choice(BARE12)
    v, _vl, vreg = rng.choice(RURAL12)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk12(rng)
    n = rng.randint(1, 70)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town}, {bare} д.{rng.randint(1, 99)} кв.{k}",
        lambda: (
            f"{town.removeprefix('г. ')}, {bare}, д{rng.randint(1, 99)}/{rng.randint(1, 5)}-{k}"
        ),
        lambda: f"{st}, {h}, кв. {k}, {town}, {reg_ab}, {z}",
        lambda: f"{reg}, {town}, {bare} {h}-{k}",
        lambda: f"{vreg}, {v}, ул. {rng.choice(RURAL_ST12)}, {n}",
        lambda: f"{v}, {rng.choice(RURAL_ST12).lower()}, дом {n}, {vreg}",
        lambda: f"{reg_ab}, {town}, мкр-н {rng.randint(1, 30)}, д. {rng.randint(1, 40)}, кв. {k}",
        lambda: f"{town}, {st}, {h}, общежитие, комн. {k}",
        lambda: f"{z} {town} {bare} {h} {k}",
    ]
    return rng.choice(shapes)()


def addr12_split(rng: random.Random) -> str:
    """An address broken across two lines, as a narrow form column keeps it."""
    town, _l, reg, _ra, idx, _c = rng.choice(TOWNS12)
    st, _ = rng.choice(STREETS12)
    h, k = _hk12(rng)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
        ]
    )


def aloc12(rng: random.Random) -> str:
    """An inflected address after «в»/«проживающей в»."""
    _t, loc, _r, _ra, _i, _c = rng.choice(TOWNS12)
    st, stl = rng.choice(STREETS12)
    _v, vl, vreg = rng.choice(RURAL12)
    h, k = _hk12(rng)
    return rng.choice(
        [
            f"{loc} на {stl}, д. {h}, кв. {k}",
            f"{vl} ({vreg}), ул. {rng.choice(RURAL_ST12)}, {rng.randint(1, 60)}",
            f"{loc}, {rng.choice(BARE12)} {h}-{k}",
            f"{vl}, {rng.choice(RURAL_ST12)}, д. {rng.randint(1, 60)}",
        ]
    )


def aorg12(rng: random.Random) -> str:
    town, _l, reg, _ra, idx, _c = rng.choice(TOWNS12)
    st = rng.choice(ORG_ST12)
    n = rng.randint(1, 140)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{town}, {st}, {n}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 12: phones (fresh)
OPS12 = [
    "917",
    "937",
    "987",
    "914",
    "924",
    "921",
    "911",
    "920",
    "910",
    "904",
    "918",
    "961",
    "988",
    "928",
    "963",
    "913",
    "999",
]
DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
HUND12 = [
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
    if n < 10:
        return f"ноль {DIGIT_WORDS[n]}"
    if n < 20:
        return TEENS[n - 10]
    return " ".join(w for w in (TENS[n // 10], ONES[n % 10]) if w)


def words999(n: int) -> str:
    rest = n % 100
    tail = words99(rest) if rest >= 10 else ONES[rest]
    return " ".join(w for w in (HUND12[n // 100], tail) if w)


def mob12(rng: random.Random) -> str:
    op, a, b, c = rng.choice(OPS12), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    d7 = f"{a}{b:02d}{c:02d}"
    return rng.choice(
        [
            f"+7 ({op}) {a}-{b:02d}-{c:02d}",
            f"8({op}){a}-{b:02d}-{c:02d}",
            f"+7{op}{d7}",
            f"8 {op} {a}-{b:02d}-{c:02d}",
            f"8-{op}-{d7}",
            f"+7-{op}-{a}-{b:02d}-{c:02d}",
            f"8 ({op}) {a} {b:02d} {c:02d}",
            f"8{op}{a}{b:02d}{c:02d}",
            f"+7 {op} {d7}",
            f"8.{op}.{a}.{b:02d}.{c:02d}",
            f"+7 ({op}) {d7[:3]}-{d7[3:]}",
        ]
    )


def _loc12(rng: random.Random, n: int) -> str:
    d = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    if n == 5:
        return rng.choice([f"{d[0]}-{d[1:3]}-{d[3:]}", f"{d[:3]}-{d[3:]}", d])
    if n == 6:
        return rng.choice([f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[:3]}-{d[3:]}", f"{d[:3]} {d[3:]}"])
    return rng.choice(
        [f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", f"{d[:3]}-{d[3:]}"]
    )


def city12(rng: random.Random) -> str:
    """A landline with its area code, 3, 4 or 5 digits."""
    code = rng.choice(TOWNS12)[5]
    loc = _loc12(rng, 10 - len(code))
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"8({code}){loc}",
            f"+7 ({code}) {loc}",
            f"+7 {code} {loc}",
            f"8-{code}-{loc}",
            f"(8{code}) {loc}",
        ]
    )


def local12(rng: random.Random) -> str:
    return _loc12(rng, rng.choice([5, 6, 6, 7]))


def foreign12(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+86 139 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+81 90-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"+49 151 {rng.randint(1000000, 9999999)}",
            f"+90 532 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+7 940 {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+7 929 80{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+998 90 {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+976 8811 {rng.randint(1000, 9999)}",
            f"+82 10-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"00 86 135 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        ]
    )


def hot12(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice(
        [f"8-800-{a}-{b}-{c}", f"8 (800) {a}-{b}-{c}", f"8 800 {a}{b}{c}", f"8800{a}{b}{c}"]
    )


def said12(rng: random.Random) -> str:
    """A mobile said aloud: in words, in mixed words and digits, or digit by digit."""
    op, a, b, c = rng.choice(OPS12), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"восемь {words999(int(op))} {words999(a)} {words99(b)} {words99(c)}",
            f"восемь {op} {words999(a)} {b:02d} {c:02d}",
            "плюс семь " + " ".join(DIGIT_WORDS[int(x)] for x in f"{op}{a}{b:02d}{c:02d}"),
            f"восемь {words999(int(op))} {a} {words99(b)} {words99(c)}",
        ]
    )


def split12(rng: random.Random) -> str:
    """A mobile broken across two lines, as a form's narrow column keeps it."""
    op, a, b, c = rng.choice(OPS12), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"8 ({op}) {a}-\n{b:02d}-{c:02d}",
            f"+7 {op}\n{a} {b:02d} {c:02d}",
            f"8-{op}-{a}-{b:02d}-\n{c:02d}",
        ]
    )


def said_digits(digits: str) -> str:
    return " ".join(DIGIT_WORDS[int(ch)] for ch in digits if ch.isdigit())


MAIL_DOM12 = ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com", "internet.ru", "vk.com"]
ORG_MAIL12 = [
    "rkb@tatar-med.ru",
    "priemnoe@rkb-ufa.ru",
    "kkb1@khabzdrav.ru",
    "pkb@primorye-med.ru",
    "mokb@murman51.ru",
    "aokb.kanc@arhmed29.ru",
    "okb@tver69zdrav.ru",
    "tokb@tula71.ru",
    "rokb@ryazan62.ru",
    "vokb1@volgmed34.ru",
    "rokb@rostov-med61.ru",
    "kkb2@kuban-zdrav.ru",
    "skkb@stav26.ru",
    "rkb@alania15med.ru",
    "rkb_kbr@nalchik07.ru",
    "respbol@tuva17.ru",
    "rkb@khakas19.ru",
    "kkb@kamchatka41.ru",
]


def mail12(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}.{s}{rng.randint(70, 99)}",
            f"{s}_{f[:3]}",
            f"{f}{rng.randint(1975, 2008)}",
            f"{s}{f[0]}{rng.randint(1, 9)}",
            f"{f}.{s}.{rng.randint(10, 99)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM12)}"


# ---------------------------------------------------------------- corpus 12: fillers
def fillers12(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "h", "e"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))  # mothers, wives, pregnant women: women here
    f.update(person(rng, "u", True))  # fathers, husbands: men here
    f.update(person(rng, "n", False))
    f.update(person(rng, "g", False))
    f.update(person(rng, "m", True))
    f.update(person(rng, "k", foreign_ok=False))  # a child
    f.update(person(rng, "x", foreign_ok=False))
    for pre in ("p", "q", "s", "u", "d", "h", "e", "n", "g", "m", "k", "x"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_ka"] = "а" if male else "ки"
    f["p_brk"] = hyphen_break(f["p"])
    f["q_ocr"] = ocr(f["q_up"])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).upper() for w in f["p"].split()[:2])
    f["s_lat"] = " ".join(lat(w).capitalize() for w in f["s"].split()[:2])
    f["d_lat"] = " ".join(lat(w).capitalize() for w in f["d"].split()[:2])
    f["h_nl"] = f["h_i"].replace(" ", "\n", 1)
    f["bd"] = date(
        rng, rng.randint(1940, 2006), rng.choice(["dot", "dot", "words", "short", "dot1"])
    )
    f["bd2"] = date(rng, rng.randint(1955, 2000), "dot")
    f["bd3"] = date(rng, rng.randint(1962, 2005), rng.choice(["dot", "iso", "slash"]))
    f["bdk"] = date(rng, rng.randint(2011, 2023), "dot")
    f["bdn"] = date(rng, 2025, "dot")  # a newborn
    f["bdsp"] = date(rng, rng.randint(1950, 1999), "spokenshort")
    cur = dt.date(2025, 2, 3) + dt.timedelta(days=rng.randint(0, 400))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 12))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td_dm"] = fmt_date(rng, cur, "dm")
    f["td_iso"] = cur.isoformat()
    cur = dt.date(2025, 2, 3) + dt.timedelta(days=rng.randint(0, 400))
    for i in range(1, 5):
        cur += dt.timedelta(days=rng.randint(0, 25))
        f[f"t{i}"] = fmt_date(rng, cur)
    f["tw"] = date(rng, 2025, "words")
    f["tq"] = date(rng, 2025, "quote")
    f["tsh"] = date(rng, 2025, "short")
    f["tsp"] = date(rng, 2025, "spoken")
    f["tspd"] = date(rng, 2025, "spacedot")
    f["dold"] = date(rng, rng.randint(2008, 2022), "dot")  # an issue date of a document
    f["dold2"] = date(rng, rng.randint(2014, 2024), "dot")
    for i in range(1, 4):
        f[f"a{i}"] = addr12(rng)
        f[f"al{i}"] = aloc12(rng)
        f[f"tm{i}"] = mob12(rng)
        f[f"tc{i}"] = city12(rng)
        f[f"tl{i}"] = local12(rng)
    f["ao"] = aorg12(rng)
    f["ao2"] = aorg12(rng)
    f["a_low"] = f["a1"].lower()
    f["tf"] = foreign12(rng)
    f["th"] = hot12(rng)
    f["tsay"] = said12(rng)
    f["tsplit"] = split12(rng)
    f["rsay"] = said_digits(shape(rng, rng.choice(["######", "####-##", "#######"])))
    f["ext"] = str(rng.randint(100, 599))
    f["ext2"] = str(rng.randint(1000, 3999))
    f["m1"] = mail12(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail12(rng, f["q_sur"], f["q_first"])
    f["md"] = mail12(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL12)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"] = inn12(rng), inn12(rng)
    f["pas"], f["pas2"] = passport(rng), passport(rng)
    f["pasz"] = shape(rng, rng.choice(["7# #######", "6# #######", "7########"]))  # загранпаспорт
    f["pasf"] = shape(rng, rng.choice(["E", "AA", "FA", "N", "AB", "K"]) + "#######")
    f["pasf8"] = shape(rng, rng.choice(["P", "E", "AC"]) + "########")
    f["pas_sea"] = shape(rng, rng.choice(["МК ", "МК", "РМ "]) + "#######")  # паспорт моряка
    f["pas_dip"] = shape(rng, "20 #######")
    f["pas_ussr"] = shape(rng, rng.choice(["V", "IX", "XI", "III"]) + "-" + "@@ № ######")
    f["vb"] = shape(
        rng, rng.choice(["АК", "АН", "АЕ", "АС", "ГЕ"]) + rng.choice([" ", " № ", ""]) + "#######"
    )
    f["uvo"] = shape(rng, rng.choice(["ГК", "ГЛ", "ГМ"]) + " #######")  # officer's ID
    f["vnzh"] = shape(rng, "8# №#######").replace("№", rng.choice(["№ ", "", "№"]))
    f["rvp"] = shape(rng, rng.choice(["№ ####", "##-####", "№ ######"])).removeprefix("№ ")
    f["ub"] = shape(rng, rng.choice(["ББ № #######", "УБ ######", "#######"]))
    f["svu"] = shape(rng, rng.choice(["ВУ № #######", "ВУ-######", "######"]))
    f["vul"] = shape(rng, "##########")  # temporary ID form 2П: code of unit + number
    f["mig"] = shape(rng, "## ## #######")
    f["podr"] = shape(rng, "###-###")
    f["podr2"] = shape(rng, "###-###")
    f["bc"], f["bc2"] = bcert(rng), bcert(rng)
    f["bcf"] = shape(rng, rng.choice(["I-ТЖ № ######", "II-АК #######", "I-ГР ######"]))
    f["age"] = str(rng.randint(19, 88))
    f["agek"] = str(rng.randint(2, 15))
    f["yr"] = rng.choice(["2025", "2026"])
    f["tm"] = f"{rng.randint(6, 21):02d}:{rng.choice(['05', '15', '20', '35', '50'])}"
    f["tm_b"] = f"{rng.randint(7, 22):02d}:{rng.choice(['00', '10', '27', '45'])}"
    # organisations' numbers and other hard negatives
    f["innorg"] = shape(
        rng, rng.choice(["16", "02", "27", "25", "51", "29", "69", "71"]) + "########"
    )
    f["innorg2"] = shape(rng, rng.choice(["62", "34", "61", "23", "26", "15"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["02", "16", "27", "25", "51"]) + "##########")
    f["kpp"] = shape(rng, rng.choice(["16", "02", "27", "61"]) + "##01001")
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))
    f["lot"] = shape(rng, rng.choice(["######", "@##-####", "%%####", "###-##-#"]))
    f["lot2"] = shape(rng, rng.choice(["#####", "@@####", "##@"]))
    f["serial"] = shape(rng, rng.choice(["SN ##%######", "№ ##-#####", "%%#######"])).removeprefix(
        "№ "
    )
    f["inv"] = shape(rng, rng.choice(["11013#####", "1101####", "ОС-#####"]))
    f["ru"] = shape(rng, rng.choice(["РЗН 20##/#####", "ФСЗ 20##/####"]))
    f["ord"] = shape(rng, rng.choice(["###-о", "##-п", "###/од", "#####", "##-к"]))
    f["ord2"] = shape(rng, rng.choice(["###", "##-о", "###-ОД"]))
    f["out"] = shape(rng, rng.choice(["##-##/####", "01-##/###", "####/##", "И-##-###"]))
    f["contr"] = shape(
        rng, rng.choice(["##/25-МИ", "Ф.2025.####", "###-ОМС/2025", "№ ##-ЛП".removeprefix("№ ")])
    )
    f["icd"] = rng.choice(
        ["J15.9", "I63.5", "K80.1", "S82.20", "A04.7", "A69.2", "N20.0", "O24.4", "Z34.0", "M54.5"]
    )
    f["icd2"] = rng.choice(["E10.9", "I25.1", "J44.1", "G40.2", "F20.0", "B18.2", "C34.1", "A77.1"])
    f["usl"] = shape(rng, rng.choice(["A##.##.###", "B01.0##.00#", "A##.##.###.###"]))
    f["ward"] = str(rng.randint(1, 30))
    f["bed"] = str(rng.randint(1, 8))
    f["cab"] = str(rng.randint(101, 520))
    f["brig"] = str(rng.randint(1, 48))
    f["vch"] = shape(rng, "#####")  # military unit
    f["small"] = str(rng.randint(1, 40))
    f["price"] = f"{rng.randint(5, 160) * 100:,}".replace(",", " ")
    bl = rng.randint(100000, 899000)
    for n in (1, 25, 100):
        f[f"bl{n}"] = f"{bl + n - 1:06d}"
    f["blser"] = shape(rng, rng.choice(["##", "##-##", "@@"]))
    f["pl"] = rng.choice(
        ["К416ТМ 116", "В208АР 102", "Е733НО 27", "Р519СК 125", "Х084МУ 61", "А300ОВ 15"]
    )
    f["flight"] = rng.choice(["SU 1702", "HZ 5644", "DP 405", "S7 3241", "UT 395"])
    f["a_split"] = addr12_split(rng)
    f["a_up"] = f["a2"].upper()
    f["bdw"] = date(rng, rng.randint(1938, 1990), "words")
    f["bdsp2"] = date(rng, rng.randint(1950, 1999), "spoken")
    f["bdiso"] = date(rng, rng.randint(1945, 2004), "iso")
    f["vu"] = shape(rng, rng.choice(["## ## ######", "####-######", "## @@ ######"]))
    f["ipra"] = shape(rng, rng.choice(["###.##.##/2025", "####.##.##/2025", "##-####-2025"]))
    f["mse"] = shape(rng, rng.choice(["#######", "######"]))
    f["mse_ser"] = rng.choice(["МСЭ-2023", "МСЭ-2024", "МСЭ-2021"])
    f["vet"] = shape(rng, rng.choice(["######", "#######", "##-######"]))
    f["semd"] = shape(rng, rng.choice(["####-###-######", "СЭМД-##-#######", "#########"]))
    f["oid"] = "1.2.643.5.1.13.13.12.2." + rng.choice(
        ["16.1131", "2.9074", "27.3358", "61.6012", "15.2201"]
    )
    f["dose"] = rng.choice(["500 мг 2 р/д", "5000 ЕД п/к", "0,5 мл в/м", "10 мг/сут", "1,0 г в/в"])
    f["vacc"] = rng.choice(
        ["Гам-КОВИД-Вак", "Гриппол плюс", "Превенар 13", "АДС-М", "Клещ-Э-Вак", "ЭнцеВир"]
    )
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers12(rng))


# ---------------------------------------------------------------- the two directories
# «Секции CDA документов» (1.2.643.5.1.13.13.99.2.197, v4.29): ID -> (CODE, NAME)
SECTIONS = {
    10: ("ABOUTDEAD", "Информация о причинах смерти"),
    20: ("ADDIC", "Зависимости"),
    30: ("ALL", "Аллергии и непереносимость"),
    70: ("BENEFITS", "Льготы"),
    80: ("BIOGR", "Общебиографические сведения"),
    90: ("CATINFO", "Категории и подкатегории ТС, на которые предоставляется право управления ТС"),
    100: ("COMPLNTS", "Жалобы"),
    110: ("DEADPATINFO", "Информация об умершем"),
    140: ("DOC", "Выданные документы"),
    150: ("DOCINFO", "Сведения о документе"),
    170: ("ELU", "Описание и обоснование направления"),
    180: ("EPIDEM", "Эпидемиологический анамнез"),
    200: ("FAMILY", "Семейный анамнез"),
    220: ("HOSP", "Пребывание в стационаре"),
    230: ("HSTILL", "История настоящего заболевания"),
    240: ("IMM", "Иммунизация"),
    260: ("LANAM", "Анамнез жизни"),
    270: ("MOTHINFO", "Информация о матери"),
    280: ("NBINFO", "Информация о новорождённом"),
    320: ("ORGINFO", "Сведения о медицинской организации"),
    330: ("PATINFO", "Информация о пациенте"),
    390: ("PRVDS", "Перенесенные заболевания"),
    400: ("PRVHOSP", "Предыдущие госпитализации"),
    430: ("RECEIPTINFO", "Сведения о получателе"),
    440: ("RECOTHER", "Прочие рекомендации"),
    460: ("RECWORK", "Трудовые рекомендации"),
    470: ("REGIME", "Режим и рекомендации"),
    540: ("SCOPORG", "Цель направления и медицинская организация, куда направлен"),
    570: ("SIGN", "Сигнальная информация"),
    600: ("SOCANAM", "Социальный анамнез"),
    630: ("STATEDIS", "Состояние при выписке"),
    660: ("TELCONSULT", "Телемедицинские консультации"),
    690: ("WORK", "Место работы и должность, условия труда"),
    700: ("TRANSFUSINFO", "Сведения о трансфузии"),
    710: ("TRANSFUSANAMN", "Трансфузионный анамнез"),
    720: ("OBSTETRICANAMN", "Акушерский анамнез"),
    810: ("GISTCASE", "Регистрационные данные прижизненного патолого-анатомического исследования"),
    850: ("SPECIMENS", "Информация об исследованных материалах"),
    860: ("EDU", "Образование"),
    870: ("ANAMMORBI", "История заболевания"),
    880: ("GENETICD", "Семейный (наследственный) анамнез"),
    900: ("RECIPE", "Рецепт"),
    910: (
        "MEDDISPENSE",
        "Отпуск лекарственного препарата/изделия медицинского назначения/специализированного продукта лечебного питания",
    ),
    920: ("LINKDOCS", "Связанные документы"),
    930: ("MEDEXAMINFO", "Сведения о диспансеризации или профилактическом медицинском осмотре"),
    950: ("CONSILIUM", "Консилиум"),
    980: ("PATIENTROUTE", "Сведения о пребывании пациента по отделениям"),
    1000: ("REFTREAT", "Сведения о противопоказаниях или отказах от определенных типов лечения"),
    1010: ("ORDER", "Сведения о выданных направлениях"),
    1040: ("NOTES", "Примечания"),
    1050: ("DISABILITY", "Инвалидность"),
    1060: (
        "DISTPERCONSACT",
        "Действия выездной бригады акушерского дистанционного консультативного центра",
    ),
    1080: (
        "CRITPERCONDEST",
        "Текущее место нахождения пациента с критическим акушерским состоянием",
    ),
    1090: ("AMBULANCE", "Скорая медицинская помощь"),
    1110: ("CONSENT", "Сведения о согласии"),
    1180: ("FORM", "Анкета"),
    1190: ("DISPENSOBS", "Диспансерное наблюдение"),
    1200: ("OUTSPECMEDCARE", "Посторонний специальный медицинский уход"),
    1230: ("HIGHTECHMEDCARE", "Высокотехнологичная медицинская помощь"),
    1280: ("PATIENTAPPEALSMEDORG", "Обращения пациента в медицинские организации"),
    1460: ("DONORINFO", "Сведения о доноре"),
    1500: ("COMMISSION", "Решение врачебной комиссии"),
    1670: ("MOTHORNBINFO", "Информация о матери/новорожденном"),
    1680: ("BIOFACTOR", "Биологические факторы"),
    1690: ("TEMPORARYDISABILITY", "Временная нетрудоспособность"),
    1720: ("MEDDEVICE", "Медицинские изделия"),
    1750: ("LEGALCONS", "Консультация юриста"),
    1760: ("REHABPLAN", "План реабилитации"),
    1780: ("STAGETREATMENT", "Этапы обращения больного"),
    1820: ("REHABINFO", "Сведения о реабилитации"),
}
# «Должности медицинских и фармацевтических работников» (1.2.643.5.1.13.13.11.1002, v9.6)
POSITIONS = {
    13: "Врач-акушер-гинеколог",
    15: "Врач-аллерголог-иммунолог",
    16: "Врач-анестезиолог-реаниматолог",
    21: "Врач-генетик",
    33: "Врач-инфекционист",
    34: "Врач-кардиолог",
    45: "Врач-невролог",
    47: "Врач-неонатолог",
    49: "Врач общей практики (семейный врач)",
    50: "Врач-онколог",
    57: "Врач-патологоанатом",
    59: "Врач-педиатр участковый",
    70: "Врач по медико-социальной экспертизе",
    74: "Врач по паллиативной медицинской помощи",
    79: "Врач приемного отделения",
    80: "Врач-профпатолог",
    87: "Врач-психиатр-нарколог",
    98: "Врач скорой медицинской помощи",
    99: "Врач-статистик",
    105: "Врач - судебно-медицинский эксперт",
    110: "Врач-терапевт участковый",
    114: "Врач-травматолог-ортопед",
    115: "Врач-трансфузиолог",
    119: "Врач-фтизиатр",
    122: "Врач-хирург",
    125: "Врач-эндокринолог",
    127: "Врач-эпидемиолог",
    139: "Медицинский психолог",
    165: "Медицинская сестра патронажная",
    179: "Медицинский регистратор",
    196: "Фельдшер скорой медицинской помощи",
    225: "Провизор",
    334: "Главный врач медицинской организации",
    430: "Заведующий отделением медицинской организации",
    516: "Специалист по социальной работе",
    519: "Врач физической и реабилитационной медицины",
    543: "Врач выездной бригады скорой медицинской помощи",
}

# section ID, position ID, what the document holds, template
TEMPLATES: list[tuple[int, int, str, str]] = [
    (
        260,
        110,
        "анамнез жизни в амбулаторной карте, родственники и контакты",
        """АНАМНЕЗ ЖИЗНИ. Родил{p_sya} [[B:{bd}]] в [[A:{al1}]], рос и учился там же.
Проживает по адресу: [[A:{a1}]] с супругом(ой) [[P:{s_ins}]]. Контактный телефон родственника: [[T:{tm1}]] (дочь [[P:{g_io}]]).
Вредные привычки отрицает. Перенесённые заболевания: {icd2}. Аллергоанамнез не отягощён.
Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]].
Врач-терапевт участковый [[P:{d_s}]], участок № {small}, каб. {cab}, [[D:{td1}]]""",
    ),
    (
        690,
        80,
        "место работы и условия труда: работодатель, ИП, стаж, вредные факторы",
        """МЕСТО РАБОТЫ И ДОЛЖНОСТЬ. [[P:{p}]], [[B:{bd2}]], работает с [[D:{dold}]] сварщиком в ИП [[P:{u_s}]] (ИНН [[I:{inn}]]), ранее — АО «Северодвинский машзавод» (ИНН {innorg}, ОГРН {ogrn}).
Адрес работодателя: [[A:{ao}]], отдел кадров [[T:{tc1}]] доб. {ext}, [[E:{mo}]].
Вредные факторы (приказ Минздрава № 29н от [[D:28.01.2021]]): сварочные аэрозоли, шум 92 дБА. Стаж во вредных условиях 14 лет.
Табельный номер [[R:<<####>>]], трудовой договор № [[R:<<###>>-ТД/<<##>>]].
Предварительный диагноз {icd}. Врач-профпатолог [[P:{d_i}]], тел. центра профпатологии [[T:{tc2}]]""",
    ),
    (
        180,
        33,
        "эпидемиологический анамнез: контакты, поездки, клещ, питомцы",
        """ЭПИДЕМИОЛОГИЧЕСКИЙ АНАМНЕЗ. Со слов пациентки [[P:{q_gen}]]: [[D:{td_dm}]] вернулась из поездки к сестре [[P:{n_dat}]] в [[A:{al1}]], рейс {flight}, место 14С.
Контакт с больным ОКИ: сосед [[P:{m_s}]] (тел. [[T:{tm1}]]), госпитализирован в ИКБ, бокс № {ward}.
Присасывание клеща [[D:{td2}]] на даче: [[A:{a2}]]; клещ исследован, проба № [[R:<<####>>-К]]. Домашние животные: собака по кличке Тузик, привита.
Вакцинация против клещевого энцефалита: {vacc}, серия {lot}. Загранпаспорт [[Q:{pasz}]] (выезды за год).
Экстренное извещение № [[R:<<###>>/<<##>>]] передано в ЦГиЭ [[D:{td2}]] в {tm}, тел. [[T:{tc1}]].
Врач-инфекционист [[P:{d_s}]]""",
    ),
    (
        600,
        516,
        "социальный анамнез: семья, жильё, опекун, соцработник",
        """СОЦИАЛЬНЫЙ АНАМНЕЗ. Пациент [[P:{p_s}]], [[B:{bd}]], одинок, проживает в неблагоустроенном доме: [[A:{a1}]].
Дочь [[P:{g}]] проживает в [[A:{al2}]], телефон [[T:{tf}]] (за границей). Сын [[P:{m_fi}]] — [[T:{tm2}]].
Получает пенсию по старости, удостоверение ветерана труда № [[R:{vet}]]. Состоит на учёте в КЦСОН, социальный работник [[P:{n_i}]], тел. [[T:{tl1}]].
Пенсионное удостоверение (СНИЛС) [[S:{sn}]].
Специалист по социальной работе [[P:{e_s}]], [[D:{td1}]]""",
    ),
    (
        200,
        59,
        "семейный анамнез ребёнка: родители, братья, телефоны",
        """СЕМЕЙНЫЙ АНАМНЕЗ. Ребёнок [[P:{k}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]].
Мать: [[P:{q}]], [[B:{bd2}]], работает продавцом, тел. [[T:{tm1}]]. Отец: [[P:{u}]], [[B:{bd3}]], вахтовик, тел. [[T:{tm2}]].
Старший брат [[P:{x_io}]] наблюдается у кардиолога (ВПС). Бабушка по матери — [[P:{g_s}]], СД 2 типа.
Семья многодетная, удостоверение многодетной семьи № [[R:<<######>>]] от [[D:{dold2}]].
Адрес семьи: [[A:{a1}]].
Врач-педиатр участковый [[P:{d_s}]], педиатрический участок № {small}""",
    ),
    (
        880,
        21,
        "наследственный анамнез в медико-генетической консультации, родословная",
        """СЕМЕЙНЫЙ (НАСЛЕДСТВЕННЫЙ) АНАМНЕЗ. Пробанд: [[P:{p}]], [[B:{bd}]], карта МГК № [[R:МГ-<<####>>]].
Родословная: отец пробанда [[P:{u_s}]] (ум. [[D:{dold}]], рак толстой кишки в 48 лет), тётя по отцу [[P:{n_s}]] — {icd2}.
Двоюродный брат [[P:{m_io}]] [[P:{m_sur}]] — полипоз; обследован в МГНЦ, код образца [[R:<<##>>-<<#####>>]].
Для вызова родственников на консультацию: [[T:{tm1}]], [[E:{m1}]].
Молекулярно-генетическое исследование: ген APC, набор реагентов, лот {lot}. Код услуги {usl}.
Врач-генетик [[P:{d_i}]], [[D:{td1}]]""",
    ),
    (
        80,
        179,
        "общебиографические сведения, записанные регистратором",
        """ОБЩЕБИОГРАФИЧЕСКИЕ СВЕДЕНИЯ
Ф.И.О.: [[P:{p_up}]]
Дата рождения: [[B:{bd}]]; место рождения: [[A:{a3}]]
Пол: {p_sex}. Гражданство: РФ.
Документ: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{dold}]], код подразделения {podr}
Адрес регистрации: [[A:{a1}]]
Адрес проживания: [[A:{a_split}]]
Тел.: [[T:{tm1}]], [[T:{tsplit}]]; e-mail: [[E:{m1}]]
СНИЛС [[S:{sn}]]; ЕНП [[O:{enp}]]; ИНН [[I:{inn}]]
Медицинский регистратор [[P:{n_s}]]""",
    ),
    (
        330,
        79,
        "информация о пациенте в приёмном отделении, доставлен без документов",
        """ИНФОРМАЦИЯ О ПАЦИЕНТЕ. Доставлен бригадой № {brig} [[D:{td1}]] в {tm} без документов; личность установлена со слов жены [[P:{q_gen}]] по телефону [[T:{tm1}]].
Пациент: [[P:{p}]], [[B:{bdsp}]] года рождения (со слов), проживает: [[A:{a1}]].
Паспорт предъявлен родственницей позже: [[Q:{pas}]]; военный билет [[R:{vb}]]. Полис ОМС [[O:{enp}]].
МКСБ № [[R:<<####>>/<<##>>]]; браслет пациента № [[R:<<######>>]]. Размещён в палату {ward}, койка {bed}.
Врач приёмного отделения [[P:{d_s}]], вн. тел. {ext}""",
    ),
    (
        320,
        334,
        "сведения о медицинской организации в шапке СЭМД, реквизиты и контакты",
        """СВЕДЕНИЯ О МЕДИЦИНСКОЙ ОРГАНИЗАЦИИ
ГБУЗ «Республиканская клиническая больница», OID {oid}, ИНН {innorg}, КПП {kpp}, ОГРН {ogrn}
Лицензия {lic} от [[D:{dold}]]; юридический адрес: [[A:{ao}]]
Приёмная главного врача: [[T:{tc1}]], факс [[T:{tc2}]], [[E:{mo}]]; горячая линия [[T:{th}]]
Главный врач [[P:{h_sp}]]; заместитель по медицинской части [[P:{e_s}]], [[T:{tc3}]] доб. {ext2}
Пациент документа: [[P:{p_s}]], [[B:{bd}]]; документ № [[R:{semd}]] от [[D:{td1}]]""",
    ),
    (
        1050,
        70,
        "инвалидность: справка МСЭ, ИПРА, бюро",
        """ИНВАЛИДНОСТЬ. [[P:{p}]], [[B:{bd}]]: II группа инвалидности по общему заболеванию установлена [[D:{dold2}]] бюро МСЭ № {small} (филиал ФКУ «ГБ МСЭ по региону»).
Справка МСЭ бланк серии {mse_ser} № [[R:{mse}]]; ИПРА № [[R:{ipra}]] к протоколу № [[R:<<####>>.<<##>>.<<##>>/2025]].
Очередное освидетельствование — [[D:{td6}]]. Законный представитель: [[P:{q}]], паспорт [[Q:{pas}]], тел. [[T:{tm1}]].
Адрес: [[A:{a1}]]. СНИЛС инвалида [[S:{sn}]].
Врач по МСЭ [[P:{d_s}]], руководитель бюро [[P:{h_s}]], тел. бюро [[T:{tc1}]]""",
    ),
    (
        1690,
        110,
        "временная нетрудоспособность: ЭЛН, продление, уход за ребёнком",
        """ВРЕМЕННАЯ НЕТРУДОСПОСОБНОСТЬ. ЭЛН № [[R:9<<###########>>]] открыт [[D:{td1}]] по уходу за ребёнком [[P:{k_ins}]], [[B:{bdk}]].
Получатель: [[P:{q}]], СНИЛС [[S:{sn}]]; место работы — МБОУ «СОШ № {small}», ИНН {innorg}.
Продлён ВК [[D:{td3}]] (протокол ВК № [[R:<<###>>]]); закрыт [[D:{td5}]], приступить к работе [[D:{td6}]].
Ранее выданный ЭЛН № [[R:9<<###########>>]] (продолжение). Код причины 09. Диагноз {icd}.
Врач [[P:{d_s}]]; председатель ВК [[P:{h_s}]]""",
    ),
    (
        470,
        122,
        "режим и рекомендации при выписке из хирургии",
        """РЕЖИМ И РЕКОМЕНДАЦИИ. Пациенту [[P:{p_dat}]] рекомендовано: перевязки в поликлинике по месту жительства (ГП № {small}, каб. {cab}), снятие швов [[D:{td4}]].
Амоксициллин {dose} 7 дней; компрессионный трикотаж (серийный № {serial} не требуется).
Явка к хирургу [[P:{d_s_dat}]] [[D:{td5}]] в {tm}; запись по телефону [[T:{tc1}]] или [[T:{th}]].
При повышении температуры — звонить лечащему врачу [[P:{d_io_dat}]]: [[T:{tm1}]].
Выписку получил(а): [[P:{p_s}]], [[D:{td3}]]. Адрес для патронажа: [[A:{a1}]]""",
    ),
    (
        460,
        80,
        "трудовые рекомендации: перевод, ограничения, работодатель",
        """ТРУДОВЫЕ РЕКОМЕНДАЦИИ. [[P:{p_dat}]], [[B:{bd2}]], противопоказана работа в условиях вибрации и охлаждения (заключение № [[R:<<###>>-ПП]] от [[D:{td2}]]).
Рекомендован перевод на работу без контакта с вредными факторами сроком на 6 месяцев. Работодатель: ООО «Камчатрыбфлот», т/х «Капитан Хлебников», ИМО 9<<######>>.
Извещение об установлении заключительного диагноза профзаболевания № [[R:<<##>>/<<###>>]] направлено в ТУ Роспотребнадзора.
Представитель работодателя: инспектор по ОТ [[P:{m_s}]], [[T:{tc1}]] доб. {ext}, [[E:{md}]].
Врач-профпатолог [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        440,
        74,
        "прочие рекомендации паллиативного пациента родственникам",
        """ПРОЧИЕ РЕКОМЕНДАЦИИ. Родственникам пациентки [[P:{q_gen}]]: кислородный концентратор выдан во временное пользование (инв. № {inv}, серийный № {serial}), договор безвозмездного пользования № [[R:<<###>>-П]] с дочерью [[P:{g_ins}]].
Выездная патронажная служба: [[T:{tc1}]], круглосуточно [[T:{tm1}]]. Обезболивание: морфин {dose}, рецепт № [[R:<<##>>-<<#######>>]].
Ответственный родственник: сын [[P:{m}]], проживает в [[A:{al1}]], тел. [[T:{tm2}]].
Врач по паллиативной помощи [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        1090,
        196,
        "сведения о вызове скорой помощи",
        """СКОРАЯ МЕДИЦИНСКАЯ ПОМОЩЬ. Вызов № [[R:<<###>>]] принят [[D:{td1}]] в {tm} от соседки [[P:{n_gen}]] по тел. [[T:{tm1}]].
Адрес вызова: [[A:{a1}]], подъезд 3, код домофона {cab}. Повод: без сознания.
Больной [[P:{p}]], [[B:{bd}]]. Бригада № {brig}: фельдшер [[P:{e_s}]], фельдшер [[P:{n_sur}]], водитель [[P:{m_s}]], а/м {pl}.
Карта вызова № [[R:<<####>>]]; диагноз {icd}. Доставлен в РСЦ, передан [[D:{td1}]] в {tm_b} дежурному неврологу [[P:{d_s_dat}]].
Старший врач смены: [[T:{tc1}]]""",
    ),
    (
        140,
        110,
        "выданные документы: справки, ЭЛН, рецепты, направления",
        """ВЫДАННЫЕ ДОКУМЕНТЫ пациенту [[P:{p_dat}]]:
1) справка для бассейна ф. 086/у № [[R:<<####>>]] от [[D:{td1}]];
2) медицинское заключение для водителя ф. 003-В/у серия {blser} № [[R:<<######>>]];
3) рецепт 107-1/у № [[R:<<##>>-<<####>>-<<######>>]] (лозартан, серия ЛП {lot});
4) направление на МРТ № [[R:<<#######>>]] в ГАУЗ «РКДЦ», [[A:{ao}]], запись [[T:{tc1}]];
5) выписка из амбулаторной карты № [[R:<<#####>>]] — на руки представителю [[P:{q_s_dat}]] по доверенности № [[R:<<##>> АА <<#######>>]].
Выдал(а) [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        920,
        430,
        "связанные документы СЭМД",
        """СВЯЗАННЫЕ ДОКУМЕНТЫ
— Направление на госпитализацию № [[R:{semd}]] от [[D:{td1}]], автор [[P:{s_s}]] (ГБУЗ ЦРБ, [[T:{tc1}]]);
— Протокол консультации № [[R:<<#####>>]] от [[D:{td2}]], врач [[P:{e_i}]];
— Выписной эпикриз из ИБ № [[R:<<####>>/<<##>>]] от [[D:{td3}]];
— Приказ главного врача № {ord} от [[D:{t1}]] «О маршрутизации» (не относится к пациенту).
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]].
Заведующий отделением [[P:{h_s}]]""",
    ),
    (
        70,
        179,
        "льготы: категории, удостоверения, СНИЛС",
        """ЛЬГОТЫ. [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]].
Код льготы 081 (инвалид II группы), справка МСЭ серии {mse_ser} № [[R:{mse}]].
Ветеран боевых действий: удостоверение № [[R:{vet}]] от [[D:{dold}]].
Право на НСУ сохранено (справка ОСФР № [[R:<<####>>/<<##>>]] от [[D:{dold2}]]).
Адрес: [[A:{a1}]]. Тел.: [[T:{tm1}]].
Медицинский регистратор [[P:{n_s}]], [[D:{td1}]]""",
    ),
    (
        1110,
        16,
        "сведения о согласии и отказе, законный представитель",
        """СВЕДЕНИЯ О СОГЛАСИИ. Информированное добровольное согласие на анестезиологическое пособие подписано [[D:{td1}]] в {tm} законным представителем несовершеннолетнего [[P:{k_gen}]] ([[B:{bdk}]]) — матерью [[P:{q_ins}]], паспорт [[Q:{pas}]], выдан [[D:{dold}]].
Отец [[P:{u}]] проинформирован по телефону [[T:{tm1}]], согласен.
Согласие на обработку персональных данных № [[R:<<####>>-ПД]]. Свидетельство о рождении ребёнка [[C:{bc}]].
Врач-анестезиолог-реаниматолог [[P:{d_s}]], свидетель м/с-анестезист [[P:{n_s}]]""",
    ),
    (
        1750,
        516,
        "консультация юриста больницы по вопросу опеки",
        """КОНСУЛЬТАЦИЯ ЮРИСТА. [[D:{td1}]] юрисконсульт больницы [[P:{s_s}]] проконсультировал(а) дочь пациента [[P:{p_gen}]] — [[P:{g}]] — по вопросу оформления опеки.
Разъяснено: заявление в отдел опеки (тел. [[T:{tc1}]], [[A:{ao}]]), решение суда о признании недееспособным по делу № 2-<<####>>/2025 (номер дела не личный).
Паспорт заявителя [[Q:{pas}]], ИНН [[I:{inn}]]. Контакт заявителя: [[T:{tm1}]], [[E:{m2}]].
Адрес пациента: [[A:{a1}]]. ИБ № [[R:<<#####>>]].
Специалист по социальной работе [[P:{e_s}]]""",
    ),
    (
        430,
        225,
        "сведения о получателе лекарственного препарата по льготному рецепту",
        """СВЕДЕНИЯ О ПОЛУЧАТЕЛЕ. Получатель: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]].
Получено доверенным лицом [[P:{q_ins}]] (паспорт [[Q:{pas2}]]) по доверенности от [[D:{td1}]].
Рецепт серии <<##>>-<<##>> № [[R:<<######>>]] от [[D:{td2}]]; инсулин гларгин 100 ЕД/мл, серия {lot}, годен до 09.2027; количество 5 шприц-ручек.
Аптечный пункт № {small}, [[A:{ao}]], тел. [[T:{tc1}]].
Провизор [[P:{n_s}]], [[D:{td3}]]""",
    ),
    (
        1460,
        115,
        "сведения о доноре крови",
        """СВЕДЕНИЯ О ДОНОРЕ. Донор: [[P:{p}]], [[B:{bd2}]], карта донора № [[R:<<######>>]], код донора [[R:<<##>>-<<#####>>]].
Паспорт [[Q:{pas}]]; адрес: [[A:{a1}]]; телефон для приглашения [[T:{tm1}]], [[E:{m1}]].
Донация [[D:{td1}]]: цельная кровь 450 мл, номер единицы [[R:<<#####>>-<<#####>>]], контейнер «Гемакон», лот {lot}.
Почётный донор России, удостоверение № [[R:{vet}]].
Врач-трансфузиолог [[P:{d_s}]]; медсестра [[P:{n_s}]]""",
    ),
    (
        710,
        115,
        "трансфузионный анамнез",
        """ТРАНСФУЗИОННЫЙ АНАМНЕЗ. Пациентка [[P:{q}]], [[B:{bd}]]. Гемотрансфузии: [[D:{dold}]] — в [[A:{al1}]] (ЭСК 2 дозы, без реакций); [[D:{dold2}]] — СЗП.
Беременностей 3, резус-конфликта не было. Группа крови B(III) Rh+, Kell-отрицательная — справка ОПК № [[R:<<####>>]].
Сведения подтверждены выпиской, запрошенной у врача [[P:{d_i}]] по тел. [[T:{tc1}]].
Муж [[P:{u_s}]] — контакт [[T:{tm1}]].
Врач-трансфузиолог [[P:{e_s}]], [[D:{td1}]]""",
    ),
    (
        700,
        115,
        "сведения о трансфузии в протоколе",
        """СВЕДЕНИЯ О ТРАНСФУЗИИ. [[D:{td1}]] в {tm} пациенту [[P:{p_dat}]] (ИБ № [[R:<<####>>-<<##>>]], палата {ward}) перелита эритроцитная взвесь: ЕДК № [[R:<<##>>-<<######>>]], донор код [[R:<<######>>]], объём 280 мл, гемоконтейнер лот {lot}.
Пробы на совместимость проведены. Реакций нет. АД 120/70.
Перелил: врач [[P:{d_s}]]; контроль: м/с [[P:{n_s}]]. Заявка в ОПК № {small}, тел. ОПК [[T:{tc1}]] доб. {ext}""",
    ),
    (
        240,
        165,
        "иммунизация ребёнка, патронаж",
        """ИММУНИЗАЦИЯ. Ребёнок [[P:{k}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], сертификат о прививках ф. 156/у-93 (бланк серии {blser}).
[[D:{t1}]] — {vacc}, серия {lot}, 0,5 мл в/м, м/с [[P:{n_s}]].
[[D:{t2}]] — Пентаксим, серия {lot2}; медотвод не оформлялся.
Мать [[P:{q_io}]] предупреждена о реакции; телефон для связи [[T:{tm1}]], [[E:{m2}]].
Патронаж по адресу [[A:{a1}]] [[D:{t3}]]. Медсестра патронажная [[P:{g_s}]]""",
    ),
    (
        20,
        87,
        "зависимости: наркологический анамнез, сведения о лечении",
        """ЗАВИСИМОСТИ. [[P:{p}]], [[B:{bd}]], состоит под диспансерным наблюдением с [[D:{dold}]] (карта № [[R:Н-<<#####>>]]), {icd2}.
Ранее лечился в РНД, ИБ № [[R:<<####>>]]; ремиссия 8 мес. Курит с 14 лет.
Со слов матери [[P:{q_gen}]] (тел. [[T:{tm1}]]) — срывы после конфликтов с сожительницей [[P:{g_fi_ins}]].
Направлен на реабилитацию, [[A:{ao}]], [[T:{tc1}]].
Врач-психиатр-нарколог [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        30,
        15,
        "аллергии и непереносимость",
        """АЛЛЕРГИИ И НЕПЕРЕНОСИМОСТЬ. [[P:{p}]], [[B:{bd3}]]: анафилактический шок на цефтриаксон [[D:{dold2}]] (ЦРБ, врач [[P:{s_s}]]), крапивница на {vacc}, серия {lot}.
Пищевая аллергия — арахис. Сенсибилизация к пыльце берёзы (sIgE 12 kU/l, проба № [[R:<<#######>>]]).
Паспорт аллергика № [[R:<<####>>]] выдан [[D:{td1}]].
При реакции звонить: [[T:{tm1}]] (мать, [[P:{q_io}]]) или [[T:{tsay}]].
Врач-аллерголог-иммунолог [[P:{d_s}]], кабинет {cab}""",
    ),
    (
        400,
        430,
        "предыдущие госпитализации, таблица",
        """ПРЕДЫДУЩИЕ ГОСПИТАЛИЗАЦИИ
| даты | организация | № ИБ | диагноз | лечащий врач |
| [[D:{td1}]] – [[D:{td2}]] | ЦРБ, [[A:{ao}]] | [[R:<<####>>]] | {icd} | [[P:{s_sur}]] |
| [[D:{t1}]] – [[D:{t2}]] | РКБ, отд. № {small} | [[R:<<#####>>/<<##>>]] | {icd2} | [[P:{e_s}]] |
Пациент [[P:{p}]], [[B:{bd}]]. Запрос выписок — по тел. архива [[T:{tc1}]], [[E:{mo}]].
Зав. отделением [[P:{h_s}]]""",
    ),
    (
        1280,
        110,
        "обращения пациента в медицинские организации, жалоба",
        """ОБРАЩЕНИЯ ПАЦИЕНТА В МЕДИЦИНСКИЕ ОРГАНИЗАЦИИ. [[D:{td1}]] — ФАП в [[A:{al1}]], фельдшер [[P:{n_s}]], тел. ФАПа [[T:{tl1}]].
[[D:{td2}]] — частная клиника «Медлайн» (ИНН {innorg}), договор на платные услуги № [[R:<<####>>/<<##>>]] с пациентом.
[[D:{td3}]] — обращение в страховую компанию, вх. № [[R:<<####>>]] от [[D:{td3}]]; ответ исх. № {out}.
Пациент [[P:{p}]], [[B:{bd}]], полис [[O:{enp}]], тел. [[T:{tm1}]], e-mail [[E:{m1}]].
Документы: паспорт иностранного гражданина [[Q:{pasf}]], вид на жительство [[R:{vnzh}]].
Врач [[P:{d_s}]]""",
    ),
    (
        1780,
        543,
        "этапы обращения больного: маршрут при ОКС",
        """ЭТАПЫ ОБРАЩЕНИЯ БОЛЬНОГО
1. [[D:{td1}]] {tm} — вызов СМП (№ вызова [[R:<<######>>]]), звонила жена [[P:{q_s}]], [[T:{tm1}]].
2. {tm_b} — бригада № {brig} (врач [[P:{d_s}]]), ЭКГ передана в КДЦ, консультант [[P:{e_s}]].
3. Тромболизис на догоспитальном этапе: тенектеплаза, серия {lot}.
4. Доставлен в ПСО, [[A:{ao}]], тел. приёмного [[T:{tc1}]]; ИБ № [[R:<<####>>]].
Больной [[P:{p}]], [[B:{bd}]], проживает [[A:{a1}]]""",
    ),
    (
        980,
        430,
        "сведения о пребывании по отделениям",
        """СВЕДЕНИЯ О ПРЕБЫВАНИИ ПАЦИЕНТА ПО ОТДЕЛЕНИЯМ ([[P:{p_s}]], ИБ № [[R:<<#####>>]])
- ОРИТ № 2: [[D:{td1}]] – [[D:{td2}]], койка {bed}, врач [[P:{s_s}]];
- кардиологическое отделение: [[D:{td2}]] – [[D:{td4}]], палата {ward}, лечащий врач [[P:{e_i}]];
- перевод в реабилитационный центр [[D:{td5}]], [[A:{ao}]].
Контакт родственника: сын [[P:{m_io}]], [[T:{tm1}]].
Заведующий отделением [[P:{h_s}]]""",
    ),
    (
        1010,
        110,
        "сведения о выданных направлениях",
        """СВЕДЕНИЯ О ВЫДАННЫХ НАПРАВЛЕНИЯХ пациенту [[P:{p_dat}]] ([[B:{bd}]]):
• на госпитализацию (ф. 057/у-04) № [[R:<<##>>-<<######>>]] от [[D:{td1}]] в РКБ, [[A:{ao}]];
• на консультацию эндокринолога № [[R:<<######>>]] от [[D:{td2}]], талон ВМП не требуется;
• на лабораторное исследование: заявка ЛИС № [[R:<<##########>>]], код услуги {usl}.
Телефон записи [[T:{tc1}]]; пациент уведомлён SMS на [[T:{tm1}]].
Участковый терапевт [[P:{d_s}]], участок № {small}""",
    ),
    (
        540,
        125,
        "цель направления и организация, куда направлен",
        """ЦЕЛЬ НАПРАВЛЕНИЯ: госпитализация для подбора инсулинотерапии.
Направляется [[P:{p}]], [[B:{bd}]], в эндокринологическое отделение ГАУЗ «РКБ», [[A:{ao}]], тел. отделения [[T:{tc1}]] доб. {ext}.
Сопровождающий: муж [[P:{u}]], [[T:{tm1}]].
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]], паспорт [[Q:{pas}]].
Дата планируемой госпитализации [[D:{td3}]]; лист ожидания № [[R:<<####>>]].
Врач-эндокринолог [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        170,
        45,
        "описание и обоснование направления на МСЭ",
        """ОПИСАНИЕ И ОБОСНОВАНИЕ НАПРАВЛЕНИЯ НА МСЭ. [[P:{p}]], [[B:{bd2}]], перенес(ла) ОНМК [[D:{dold2}]] ({icd}), стойкий левосторонний гемипарез.
Направление на МСЭ ф. 088/у № [[R:<<#######>>]] от [[D:{td1}]], протокол ВК № [[R:<<###>>]].
Проживает: [[A:{a1}]], с супругом(ой) [[P:{q_ins}]] ([[T:{tm1}]]). Место работы: ИП [[P:{m_s}]], ИНН [[I:{inn}]].
ЭЛН № [[R:<<############>>]] открыт с [[D:{dold2}]].
Врач-невролог [[P:{d_s}]], председатель ВК [[P:{h_s}]]""",
    ),
    (
        660,
        34,
        "телемедицинская консультация врач–врач",
        """ТЕЛЕМЕДИЦИНСКАЯ КОНСУЛЬТАЦИЯ № [[R:ТМК-<<######>>]] от [[D:{td1}]] {tm}
Запрашивающий: ЦРБ, врач [[P:{s_i}]], тел. [[T:{tc1}]], [[E:{mo}]].
Консультант: НМИЦ, врач-кардиолог [[P:{d_s}]].
Пациент: [[P:{p}]], [[B:{bd}]], ИБ ЦРБ № [[R:<<####>>]]. Диагноз {icd}.
Рекомендовано: перевод в РСЦ санавиацией (борт RA-<<#####>>, не личный номер); связь с дежурным [[T:{tm1}]].
Протокол направлен на [[E:{md}]]""",
    ),
    (
        1500,
        430,
        "решение врачебной комиссии",
        """РЕШЕНИЕ ВРАЧЕБНОЙ КОМИССИИ, протокол № [[R:<<###>>]] от [[D:{td1}]]
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]. Диагноз {icd2}.
Решение: назначить препарат по торговому наименованию (непереносимость дженерика, извещение в Росздравнадзор № {out}).
Председатель ВК [[P:{h_s}]]; члены: [[P:{d_s}]], [[P:{e_s}]]; секретарь [[P:{n_sur}]].
Приказ о составе ВК № {ord} от [[D:{dold}]]""",
    ),
    (
        950,
        50,
        "консилиум онкологов",
        """КОНСИЛИУМ [[D:{td1}]], онкологический диспансер, каб. {cab}
Пациентка [[P:{q}]], [[B:{bd2}]], карта № [[R:<<######>>]], гистологическое заключение № [[R:<<####>>-<<##>>]].
Участники: онколог [[P:{d_s}]], радиотерапевт [[P:{e_i}]], химиотерапевт [[P:{s_s}]].
Решение: 6 курсов ПХТ, препарат партии {lot}, доза по площади тела. Код услуги {usl}.
Пациентка информирована, контакт для вызова [[T:{tm1}]]; муж [[P:{u_io}]] — [[T:{tm2}]]""",
    ),
    (
        1190,
        119,
        "диспансерное наблюдение фтизиатра",
        """ДИСПАНСЕРНОЕ НАБЛЮДЕНИЕ. [[P:{p}]], [[B:{bd}]], группа ДН I-А, с [[D:{dold2}]]; карта № [[R:<<####>>-Т]].
Контактные: жена [[P:{q}]] ([[B:{bd2}]]), ребёнок [[P:{k}]] ([[B:{bdk}]]) — обследованы [[D:{td1}]].
Адрес очага: [[A:{a1}]]; заключительная дезинфекция [[D:{td2}]], акт не личный.
Явка [[D:{td4}]]. Тел. пациента [[T:{tm1}]]; тел. кабинета [[T:{tc1}]].
Врач-фтизиатр [[P:{d_s}]]""",
    ),
    (
        930,
        49,
        "сведения о диспансеризации",
        """СВЕДЕНИЯ О ДИСПАНСЕРИЗАЦИИ. [[P:{p}]], [[B:{bd}]], I этап [[D:{td1}]] – [[D:{td2}]], маршрутный лист № [[R:<<#####>>]].
Группа здоровья IIIа. Выявлено: {icd}. Анкетирование — курение, низкая физическая активность.
Направлен на II этап [[D:{td3}]]; напоминание на [[T:{tm1}]], [[E:{m1}]].
Адрес прикрепления: [[A:{a1}]]; полис [[O:{enp}]].
Врач общей практики [[P:{d_s}]]; м/с кабинета профилактики [[P:{n_s}]]""",
    ),
    (
        1180,
        139,
        "анкета пациента, заполненная со слов",
        """АНКЕТА (заполнена медицинским психологом со слов)
1. Ф.И.О.: [[P:{p_low}]]
2. Дата рождения: [[B:{bdsp2}]]
3. С кем проживаете: с матерью [[P:{q_io_low}]] и отчимом [[P:{u_fi}]]
4. Телефон: [[T:{tsay}]]
5. Адрес: [[A:{a_low}]]
6. Кому сообщить в экстренном случае: бабушке [[P:{g_dat}]], [[T:{tm1}]]
Медицинский психолог [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        860,
        59,
        "образование ребёнка: школа, класс, справки",
        """ОБРАЗОВАНИЕ. Обучающийся (-аяся) [[P:{k}]], [[B:{bdk}]], МБОУ «Гимназия № {small}», класс 5 «Б»; классный руководитель [[P:{n_s}]], тел. школы [[T:{tc1}]].
Справка об освобождении от физкультуры № [[R:<<####>>]] с [[D:{td1}]] по [[D:{td3}]].
Заключение ПМПК № [[R:<<###>>-<<##>>]] от [[D:{dold2}]]: адаптированная программа.
Мать [[P:{q}]], [[T:{tm1}]], [[E:{m2}]].
Врач-педиатр [[P:{d_s}]]""",
    ),
    (
        110,
        105,
        "информация об умершем",
        """ИНФОРМАЦИЯ ОБ УМЕРШЕМ. [[P:{p}]], [[B:{bd}]], дата смерти [[D:{td1}]], время {tm}.
Последнее место жительства: [[A:{a1}]]. Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]].
Медицинское свидетельство о смерти ф. 106/у серия <<##>> № [[R:<<#########>>]] выдано [[D:{td2}]] сыну [[P:{m_dat}]] (паспорт [[Q:{pas2}]]), тел. [[T:{tm1}]].
Направление на судебно-медицинское исследование трупа № [[R:<<###>>]]; КУСП № [[R:<<#####>>]] ОП № {small}.
Эксперт [[P:{d_s}]]""",
    ),
    (
        10,
        57,
        "информация о причинах смерти",
        """ИНФОРМАЦИЯ О ПРИЧИНАХ СМЕРТИ ([[P:{p_s}]], протокол вскрытия № [[R:<<###>>/<<##>>]])
Ia) отёк головного мозга; Ib) {icd}; II) сахарный диабет 2 типа.
Умерший(ая) доставлен(а) из ЦРБ, ИБ № [[R:<<####>>]], лечащий врач [[P:{s_s}]].
Родственники уведомлены: [[P:{q}]] — [[T:{tm1}]] [[D:{td1}]].
Врач-патологоанатом [[P:{d_s}]], тел. ПАО [[T:{tc1}]]""",
    ),
    (
        270,
        13,
        "информация о матери",
        """ИНФОРМАЦИЯ О МАТЕРИ. [[P:{q}]], [[B:{bd2}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], ЕНП [[O:{enp}]].
Обменная карта № [[R:<<####>>]] (ЖК, врач [[P:{s_s}]]). Беременность 2, роды 2.
Адрес: [[A:{a1}]]. Отец ребёнка [[P:{u}]], [[T:{tm1}]].
Родовой сертификат № [[R:<<#######>>]]. Поступила [[D:{td1}]] в {tm}.
Врач-акушер-гинеколог [[P:{d_s}]]""",
    ),
    (
        280,
        47,
        "информация о новорождённом",
        """ИНФОРМАЦИЯ О НОВОРОЖДЁННОМ. Ребёнок (мальчик) от матери [[P:{q_gen}]], родился [[B:{bdn}]] в {tm}, масса 3450 г, рост 52 см, Апгар 8/9.
Медицинское свидетельство о рождении серии <<##>> № [[R:<<#########>>]].
Неонатальный скрининг: карта № [[R:<<##########>>]], взят [[D:{td1}]]. Вакцина против гепатита B, серия {lot}.
Отец [[P:{u_s}]], [[T:{tm1}]]. Выписка по адресу [[A:{a1}]].
Врач-неонатолог [[P:{d_s}]]""",
    ),
    (
        1670,
        13,
        "информация о матери и новорождённом при переводе",
        """ИНФОРМАЦИЯ О МАТЕРИ/НОВОРОЖДЁННОМ. Мать: [[P:{q}]], [[B:{bd2}]], ИБ № [[R:<<####>>]]. Ребёнок: [[P:{k}]], [[B:{bdn}]], свидетельство о рождении [[C:{bc2}]].
Ребёнок переведён в ДРКБ [[D:{td1}]]; транспортный инкубатор серийный № {serial}.
Контакт матери [[T:{tm1}]]; бабушка [[P:{g_s}]] — [[T:{tm2}]].
Полис матери [[O:{enp}]], СНИЛС ребёнка [[S:{sn}]].
Врач-акушер-гинеколог [[P:{d_s}]], неонатолог [[P:{e_s}]]""",
    ),
    (
        720,
        13,
        "акушерский анамнез",
        """АКУШЕРСКИЙ АНАМНЕЗ. [[P:{q}]], {age} лет. Беременностей 4: 1) роды [[D:{dold}]] в [[A:{al1}]], сын [[P:{x_fi}]]; 2) м/аборт; 3) роды [[D:{dold2}]], дочь; 4) настоящая.
ВРТ: ЭКО в клинике «Мать и дитя», договор № [[R:<<####>>-ЭКО]], эмбриолог [[P:{s_s}]].
Обменная карта № [[R:<<####>>]]. Муж [[P:{u_io}]], [[T:{tm1}]]. Адрес: [[A:{a1}]].
Врач-акушер-гинеколог [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        1080,
        13,
        "текущее место нахождения пациентки с критическим акушерским состоянием",
        """ТЕКУЩЕЕ МЕСТО НАХОЖДЕНИЯ. Пациентка [[P:{q}]], [[B:{bd2}]], находится в ЦРБ ([[A:{al1}]]), ОРИТ, койка {bed}, с [[D:{td1}]] {tm}.
Дежурный анестезиолог [[P:{s_s}]], тел. [[T:{tc1}]], моб. [[T:{tm1}]].
Регистрационный номер в АДКЦ [[R:<<##>>-<<####>>]]; ИБ № [[R:<<####>>]].
Муж [[P:{u_s}]], [[T:{tm2}]].
Врач АДКЦ [[P:{d_s}]]""",
    ),
    (
        1060,
        543,
        "действия выездной бригады АДКЦ",
        """ДЕЙСТВИЯ ВЫЕЗДНОЙ БРИГАДЫ АДКЦ. Вылет санавиацией [[D:{td1}]] {tm}, борт RA-<<#####>>.
Бригада: акушер-гинеколог [[P:{d_s}]], анестезиолог [[P:{e_s}]], акушерка [[P:{n_s}]].
Пациентка [[P:{q}]], [[B:{bd}]], эвакуирована в перинатальный центр, [[A:{ao}]].
Связь с бригадой: [[T:{tm1}]], спутниковый [[T:+870 <<#########>>]].
Карта эвакуации № [[R:<<####>>]]""",
    ),
    (
        1200,
        74,
        "посторонний специальный медицинский уход",
        """ПОСТОРОННИЙ СПЕЦИАЛЬНЫЙ МЕДИЦИНСКИЙ УХОД. [[P:{p}]], [[B:{bdw}]], нуждается в постоянном постороннем уходе.
Уход осуществляет: дочь [[P:{g}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn2}]], тел. [[T:{tm1}]].
Адрес: [[A:{a1}]]. Сиделка (самозанятая) [[P:{n_s}]], ИНН [[I:{inn}]], [[T:{tm2}]].
Решение ВК № [[R:<<###>>]] от [[D:{td1}]].
Врач по паллиативной помощи [[P:{d_s}]]""",
    ),
    (
        910,
        225,
        "отпуск лекарственного препарата в аптеке",
        """ОТПУСК ЛЕКАРСТВЕННОГО ПРЕПАРАТА [[D:{td1}]] {tm}, аптека ГУП «Фармация», [[A:{ao}]]
Рецепт № [[R:<<##>>-<<##>>-<<######>>]], пациент [[P:{p_s}]], [[B:{bd}]], СНИЛС [[S:{sn}]].
Препарат: метформин 1000 мг №60, серия {lot}, годен до 11.2027; код ЕСКЛП не личный.
Получил(а) [[P:{q_s}]]. Провизор [[P:{n_s}]], тел. аптеки [[T:{tc1}]]""",
    ),
    (
        900,
        110,
        "рецепт на бланке 148-1/у-04(л)",
        """РЕЦЕПТ серия <<##>>-<<###>> № [[R:<<##########>>]] от [[D:{td1}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]], код льготы 010.
Адрес: [[A:{a1}]].
Rp.: Tab. Bisoprololi 5 mg №30, D.S. по 1 таб. утром.
Врач [[P:{d_s}]], тел. [[T:{tc1}]]; рецепт действителен 30 дней""",
    ),
    (
        1720,
        114,
        "медицинские изделия: эндопротез",
        """МЕДИЦИНСКИЕ ИЗДЕЛИЯ. [[D:{td1}]] пациенту [[P:{p_dat}]] ([[B:{bd}]]) установлен эндопротез тазобедренного сустава, РУ {ru}, серийный № {serial}, лот {lot}.
Паспорт изделия выдан пациенту. Регистрационная карта имплантата № [[R:<<######>>]].
ИБ № [[R:<<####>>]]; операционная № {small}.
Хирург [[P:{d_s}]], ассистент [[P:{e_s}]]; контакт пациента [[T:{tm1}]]""",
    ),
    (
        810,
        57,
        "регистрационные данные прижизненного патолого-анатомического исследования",
        """РЕГИСТРАЦИОННЫЕ ДАННЫЕ. Регистрационный № биопсии [[R:<<#####>>/<<##>>]], поступил [[D:{td1}]] {tm}.
Пациент [[P:{p}]], [[B:{bd}]], пол {p_sex}, полис [[O:{enp}]].
Направившая организация: ЦРБ, [[A:{ao}]], врач [[P:{s_s}]], [[T:{tc1}]].
Флаконов 3, блоков 6 (номера блоков — внутренняя маркировка). Материал получил лаборант [[P:{n_s}]].
Врач-патологоанатом [[P:{d_s}]]""",
    ),
    (
        850,
        57,
        "информация об исследованных материалах",
        """ИНФОРМАЦИЯ ОБ ИССЛЕДОВАННЫХ МАТЕРИАЛАХ (пациент [[P:{p_s}]], направление № [[R:<<#######>>]]):
— биоптат желудка, 4 фрагмента, фиксатор формалин лот {lot};
— штрихкод пробирки [[R:<<##########>>]];
— контроль стерильности поверхности — проба № <<###>> (не личная).
Взято [[D:{td1}]], доставлено [[D:{td2}]]. Эндоскопист [[P:{d_s}]], тел. [[T:{tc1}]]""",
    ),
    (
        1230,
        122,
        "высокотехнологичная медицинская помощь: талон ВМП",
        """ВЫСОКОТЕХНОЛОГИЧНАЯ МЕДИЦИНСКАЯ ПОМОЩЬ. Талон на оказание ВМП № [[R:<<##>>.<<####>>.<<#####>>.<<###>>]] от [[D:{td1}]].
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], паспорт [[Q:{pas}]].
Профиль: сердечно-сосудистая хирургия, вид ВМП по перечню. Госпитализация [[D:{td3}]].
Контакт: [[T:{tm1}]], [[E:{m1}]]; адрес [[A:{a1}]].
Врач-хирург [[P:{d_s}]]; ответственный за ВМП [[P:{h_s}]], [[T:{tc1}]]""",
    ),
    (
        1760,
        519,
        "план реабилитации",
        """ПЛАН РЕАБИЛИТАЦИИ. [[P:{p}]], [[B:{bd}]], II этап, отделение МР, палата {ward}.
Цели по МКФ; ШРМ 4. Занятия: ЛФК ежедневно, эрготерапия, логопед [[P:{n_s}]].
Мультидисциплинарная команда: [[P:{d_s}]] (ФРМ), [[P:{e_s}]] (кинезиолог), психолог [[P:{g_s}]].
Родственник для обучения уходу: жена [[P:{q_io}]], [[T:{tm1}]].
Дата оценки [[D:{td2}]]""",
    ),
    (
        1820,
        519,
        "сведения о реабилитации, санаторно-курортная карта",
        """СВЕДЕНИЯ О РЕАБИЛИТАЦИИ. [[P:{p}]], [[B:{bd}]]. Санаторно-курортная карта № [[R:<<###>>]] от [[D:{td1}]], путёвка № [[R:<<######>>]] в санаторий, [[A:{ao}]].
Проезд: поезд № 0<<##>>, вагон {small}, место {bed} (не личные номера); билет № [[R:<<##>> <<#######>>]].
Контакт санатория [[T:{tc1}]]; пациент [[T:{tm1}]].
Врач ФРМ [[P:{d_s}]]""",
    ),
    (
        90,
        80,
        "категории ТС в медицинском заключении водителя",
        """КАТЕГОРИИ И ПОДКАТЕГОРИИ ТС. [[P:{p}]], [[B:{bd}]]: B, C, CE — медицинских противопоказаний нет.
Водительское удостоверение № [[R:{vu}]], выдано [[D:{dold2}]]. Медицинское заключение серия {blser} № [[R:<<######>>]].
Паспорт [[Q:{pas}]]; военный билет [[R:{vb}]]; ИНН [[I:{inn}]]; адрес [[A:{a1}]]; тел. [[T:{tm1}]].
Председатель комиссии [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        150,
        99,
        "сведения о документе СЭМД",
        """СВЕДЕНИЯ О ДОКУМЕНТЕ. Номер документа [[R:{semd}]], версия 2, создан [[D:{td_iso}]] в {tm}.
Организация-автор OID {oid}; автор [[P:{d_s}]], СНИЛС автора [[S:{sn2}]].
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]].
Подписан ЭП; сертификат серийный № {serial}. Врач-статистик [[P:{e_s}]], [[E:{md}]]""",
    ),
    (
        570,
        79,
        "сигнальная информация",
        """СИГНАЛЬНАЯ ИНФОРМАЦИЯ: [[P:{p_up}]], [[B:{bd}]]. Группа крови A(II) Rh−. Аллергия на йод.
ВИЧ-статус: направление № [[R:<<######>>]]; HBsAg отр.
Экстренный контакт: [[P:{q}]], [[T:{tm1}]], [[T:{tc1}]] доб. {ext}.
Имплант: кардиостимулятор, серийный № {serial}. Врач [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        630,
        430,
        "состояние при выписке, выписка на руки",
        """СОСТОЯНИЕ ПРИ ВЫПИСКЕ удовлетворительное. [[P:{p}]], [[B:{bd}]], выписан(а) [[D:{td3}]] в {tm}.
Больничный: ЭЛН № [[R:<<############>>]], закрыт. ИБ № [[R:<<#####>>]].
Забрал(а) сын [[P:{m_s}]], паспорт [[Q:{pas2}]]. Адрес: [[A:{a1}]].
Вопросы по выписке: [[T:{tc1}]] доб. {ext}. Зав. отделением [[P:{h_s}]]""",
    ),
    (
        230,
        33,
        "история настоящего заболевания со слов",
        """ИСТОРИЯ НАСТОЯЩЕГО ЗАБОЛЕВАНИЯ. Заболел(а) [[D:{tw}]], когда после поездки к брату [[P:{m_dat}]] в [[A:{al1}]] появилась лихорадка.
[[D:{td1}]] обращался(ась) к фельдшеру ФАПа [[P:{n_dat}]], тел. [[T:{tl1}]]. Принимал(а) ибупрофен.
Пациент [[P:{p}]], [[B:{bd}]]. Направлен(а) в ИКБ, ИБ № [[R:<<####>>]], бокс {ward}.
Врач-инфекционист [[P:{d_s}]]""",
    ),
    (
        870,
        45,
        "история заболевания из расшифровки голосового ввода",
        """история заболевания со слов пациентки [[P:{q_low}]]: болеет с [[D:{tspd}]], лечилась у невролога [[P:{s_low}]]
по месту жительства [[A:{a_low}]]
телефон записала как [[T:{tsay}]], дочь [[P:{g_io_low}]]
ранее выданный ЭЛН номер [[R:{rsay}]]
врач-невролог [[P:{d_s}]] [[D:{td1}]]""",
    ),
    (
        100,
        98,
        "жалобы, записанные врачом СМП",
        """ЖАЛОБЫ на давящую боль за грудиной 40 мин. Со слов родственницы [[P:{q_fi_gen}]]: утром [[D:{td1}]] жаловал{p_sya} на слабость.
Пациент [[P:{p_s}]], [[B:{bd}]], адрес: [[A:{a1}]].
Бригада № {brig}, карта вызова № [[R:<<######>>]]; тел. жены [[T:{tm1}]].
Врач СМП [[P:{d_s}]]""",
    ),
    (
        1040,
        99,
        "примечания к документу",
        """ПРИМЕЧАНИЯ. Документ повторно сформирован [[D:{td2}]] в связи с ошибкой в дате рождения пациента [[P:{p_gen}]]: было [[B:{bd}]], верно [[B:{bd3}]].
Исправление согласовано с [[P:{h_s}]], служебная записка № {out}.
Ранее отправленный документ № [[R:{semd}]] аннулирован. Контакт статистика: [[T:{tc1}]], [[E:{mo}]].
Врач-статистик [[P:{d_s}]]""",
    ),
    (
        1680,
        127,
        "биологические факторы в эпидрасследовании",
        """БИОЛОГИЧЕСКИЕ ФАКТОРЫ. Случай {icd2} у [[P:{p_gen}]], [[B:{bd}]]; вероятный источник — контакт с грызунами на даче: [[A:{a2}]].
Эпиднадзор: карта эпидрасследования № [[R:<<###>>-<<##>>]]. Проба клинического материала шифр [[R:<<##>>-<<####>>]].
Контактные: [[P:{q}]] ([[T:{tm1}]]), [[P:{x}]] ([[T:{tm2}]]).
Врач-эпидемиолог [[P:{d_s}]], тел. [[T:{tc1}]]""",
    ),
    (
        1000,
        16,
        "отказ от медицинского вмешательства",
        """СВЕДЕНИЯ ОБ ОТКАЗАХ. [[D:{td1}]] в {tm} пациент [[P:{p}]], [[B:{bd}]], отказал{p_sya} от гемотрансфузии по религиозным убеждениям.
Отказ оформлен письменно, свидетели: [[P:{n_s}]], [[P:{e_s}]].
Родственник уведомлён: брат [[P:{m_fi}]], [[T:{tm1}]].
Врач-анестезиолог-реаниматолог [[P:{d_s}]]""",
    ),
    (
        390,
        49,
        "перенесённые заболевания",
        """ПЕРЕНЕСЁННЫЕ ЗАБОЛЕВАНИЯ. [[P:{p}]], [[B:{bd}]]: {icd} ([[D:{dold}]]), {icd2} ([[D:{dold2}]]); туберкулёз, гепатиты отрицает.
Операции: аппендэктомия в [[A:{al1}]], хирург [[P:{s_s}]].
Травмы: перелом лучевой кости; справка травмпункта № [[R:<<####>>]].
Врач общей практики [[P:{d_s}]], тел. [[T:{tc1}]]""",
    ),
    (
        220,
        430,
        "пребывание в стационаре",
        """ПРЕБЫВАНИЕ В СТАЦИОНАРЕ: [[D:{td1}]] – [[D:{td4}]], койко-дней 11. ИБ № [[R:<<#####>>/<<##>>]].
Пациент(ка) [[P:{p}]], [[B:{bd}]], палата {ward}, койка {bed}. Лечащий врач [[P:{d_s}]].
Посещения: [[P:{q}]] ([[T:{tm1}]]). Счёт № {ord2} за сервисную палату выставлен организации.
Зав. отделением [[P:{h_s}]]""",
    ),
]


SUSPICIOUS = re.compile(
    r"@|(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\w.])|(?<!\d)(?:\d{11}|\d{12}|\d{16})(?!\d)"
)


def _snils_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 11:
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(9, 0, -1)))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return f"{c:02d}" == d[9:]


def _enp_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 16 and luhn_digit(d[:15]) == d[15]


def _inn_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 12:
        return False
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(d[:10], w1)) % 11 % 10
    c2 = sum(int(a) * b for a, b in zip(d[:11], w2)) % 11 % 10
    return d[10:] == f"{c1}{c2}"


CHECKSUMS = {"SNILS": _snils_ok, "ENP": _enp_ok, "INN": _inn_ok}


def check(doc: dict) -> None:
    """Self-check: spans exact and ordered without overlap, types known, check digits valid,
    nothing identifier-like unspanned."""
    text, last, covered = doc["text"], 0, set()
    for s in doc["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), doc["id"]
        assert text[s["start"] : s["end"]] == s["text"] == s["text"].strip(), (doc["id"], s)
        assert not set("{}|") & set(s["text"]), (doc["id"], s)
        assert s["type"] in CODES.values(), (doc["id"], s)
        if s["type"] in CHECKSUMS:
            assert CHECKSUMS[s["type"]](s["text"]), (doc["id"], s)
        covered.update(range(s["start"], s["end"]))
        last = s["end"]
    for m in SUSPICIOUS.finditer(text):
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


def kind_of(section: int, position: int) -> str:
    code, name = SECTIONS[section]
    return f"Секция СЭМД «{name}» ({code}) — {POSITIONS[position]}"


def source_of(section: int, position: int, note: str) -> str:
    return (
        f"НСИ 1.2.643.5.1.13.13.99.2.197 v4.29, ID {section} ({SECTIONS[section][0]}); "
        f"НСИ 1.2.643.5.1.13.13.11.1002 v9.6, ID {position}: {note}"
    )


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    sections = [sec for sec, _, _, _ in TEMPLATES]
    assert len(sections) == len(set(sections)), "one kind per section"
    kinds = [kind_of(sec, pos) for sec, pos, _, _ in TEMPLATES]
    assert len(kinds) == len(set(kinds)), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sec, pos, note, template in TEMPLATES:
            doc = build(
                render(rng, template),
                kind_of(sec, pos),
                source_of(sec, pos, note),
                f"blind12_{len(docs):04d}",
            )
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
