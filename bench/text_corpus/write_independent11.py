"""Write ``independent11.jsonl``: the eleventh blind corpus, 2026-12-06.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests,
``docs/deid-text.md``, any ``--misses`` output or ``bench/results`` file, and never ran the
de-identifier or the text bench on this corpus. From ``write_independent10.py`` only the file
format, the labelling rules (restated below, unchanged), the writer's structure (one template
per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its
generic helpers were taken. **Copied verbatim** from corpus 10: the declension (``decl_*``,
``person``), SNILS/ENP/INN check digits, passports, birth certificates, ``shape``, the date
formatters, ``lat``, ``ocr``, ``hyphen_break``, ``build`` and the self-check. **Written fresh
for corpus 11**: the name lists (Yakut, Buryat, Altai, Dagestani, Udmurt, Chuvash and Russian
names, a few foreign ones), towns, streets and villages of Yakutia, Buryatia, the Altai
Republic, the Orenburg, Penza, Kaluga, Smolensk, Pskov, Kostroma and Astrakhan regions,
Dagestan, Chuvashia and Udmurtia (``addr11``: streets without «ул.», «д12 кв5», «корп.»,
«к2», «стр.», «лит.», microdistricts, dormitories, rural addresses with region first or
last, postal code first or last; ``aloc11``: inflected), every phone spelling (``mob11``,
``city11`` with 4- and 5-digit area codes, ``local11`` with no code, ``foreign11``
(Mongolia, Tajikistan, Kyrgyzstan, Azerbaijan, Finland, Latvia, Kazakhstan, Uzbekistan with
«00»), ``hot11`` 8-800, ``said11`` in words / digit by digit, ``split11`` broken across two
lines, an Inmarsat +870 number), e-mails, organisations and every template.

**Kinds from a real source.** 74 kinds are document types of the federal NSI directory
«Виды медицинской документации» (OID 1.2.643.5.1.13.13.11.1522, version 7.24, read from
``/work/shared/reference/fnsi/``); the kind is the directory's ``Name`` with its form
number, the source names the directory's ``RECID``. 10 kinds are reception and
registration forms built on types of the directory «Документы, удостоверяющие личность»
(OID 1.2.643.5.1.13.13.99.2.48, version 7.2; the source names the directory's ``ID``): the
Russian internal passport, the international passport, the military ID and the temporary
certificate issued instead of it, an officer's ID, a residence permit and a temporary
residence permit, a refugee's certificate and a temporary asylum certificate, a seaman's
passport, the temporary identity card (form 2П) and a certificate of release, Russian and
foreign birth certificates (with the medical birth certificate), a foreign citizen's
passport with a migration card. They are mixed with passport-like negatives: a building's
technical passport, a homograft's passport, a pacemaker's «паспорт изделия», a child's
vaccination certificate and its blank-form series, the issuing unit's code. The 654 kinds of
corpora 1–10 (the ``kind`` values of ``independent*.jsonl``) were listed by a scratch
script only to avoid them; none of the 84 kinds is among them (``build_all`` asserts the
kinds are unique; the check against corpora 1–10 was run once, not committed; compared
case-insensitively, two first candidates — «Личная медицинская книжка» and the anti-rabies
card 045/у — matched earlier kinds and were replaced by the therapeutic-leave journal
001-1/у and the STI warning 065-2/у).

Emphasis: phones in every writing (with and without code, «доб.», «вн.», 8-800, spaced,
dotted, dashed with en dashes, bracketed, «7» without plus, foreign, in tables and
signatures, said in words, broken across lines); record numbers of new shapes (journal
registration numbers of one person's sample, biopsy, body or call; a donor code; an
НРЭР registry number; a personal medical book; ЭЛН of 12 digits; a neonatal screening
card) next to hard negatives (organisations' orders, outgoing numbers, lots and series,
device serials and inventory numbers, ICD-10 and service codes, rooms, wards, beds,
brigades, cycles of a sterilizer, sample numbers of swabs from surfaces, a military unit,
an IMO number, a helicopter's registration, organisations' contracts and invoices);
addresses as people write them; names in all cases, initials before and after, lower case,
Latin transliteration, a name broken across lines.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules (corpus 10's, restated unchanged):

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

Judgement calls added for corpus 11 (decided before the templates were filled):

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

Run: ``.venv/bin/python bench/text_corpus/write_independent11.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent11.jsonl"
SEED = 1120261206
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

# ---------------------------------------------------------------- people (fresh for corpus 11)
SURNAMES = [
    "Саввинов",
    "Николаев",
    "Аммосов",
    "Дашиев",
    "Цыренов",
    "Бадмаев",
    "Тодышев",
    "Чевалков",
    "Кутузов",
    "Рыбаков",
    "Пензин",
    "Голубев",
    "Смоленский",
    "Гагарин",
    "Псковитин",
    "Кострикин",
    "Буйский",
    "Астахов",
    "Магомедов",
    "Алиев",
    "Гаджиев",
    "Абдулаев",
    "Васильев",
    "Ефимов",
    "Ильин",
    "Максимов",
    "Корепанов",
    "Перевощиков",
    "Ушаков",
    "Белых",
    "Черных",
    "Захарченко",
    "Левченко",
    "Пак",
    "Атаманов",
    "Ложкин",
    "Серебрянский",
    "Ганиев",
    "Мусаев",
    "Берестов-Дымов",
    "Гоголадзе",
    "Шамбуев",
]
M_FIRST = [
    "Айсен",
    "Баир",
    "Дамдин",
    "Эрдэм",
    "Амыр",
    "Кирилл",
    "Матвей",
    "Ярослав",
    "Даниил",
    "Игнат",
    "Фёдор",
    "Виталий",
    "Евгений",
    "Захар",
    "Магомед",
    "Шамиль",
    "Арсен",
    "Тагир",
    "Владислав",
    "Олег",
    "Борис",
    "Гордей",
]
F_FIRST = [
    "Сардана",
    "Туяра",
    "Дарима",
    "Аюна",
    "Эркелей",
    "Надежда",
    "Ксения",
    "Дарья",
    "Маргарита",
    "Полина",
    "Алёна",
    "Вера",
    "Зульфия",
    "Мадина",
    "Зарема",
    "Антонина",
    "Ульяна",
    "Инна",
    "Оксана",
    "Варвара",
    "Эвелина",
    "Снежана",
]
PAT_STEMS = [
    "Семёнов",
    "Иннокентьев",
    "Баиров",
    "Дугаров",
    "Егоров",
    "Петров",
    "Олегов",
    "Борисов",
    "Магомедов",
    "Шамилев",
    "Кириллов",
    "Фёдоров",
    "Витальев",
    "Евгеньев",
    "Захаров",
    "Владиславов",
]
# foreign names written in Cyrillic (no patronymic): surname, first name, male
FOREIGN = [
    ("Батбаяр", "Ганзориг", True),
    ("Рахимов", "Шерзод", True),
    ("Мамадалиева", "Нилуфар", False),
    ("Виртанен", "Айно", False),
    ("Ли", "Мин", True),
    ("Берзиня", "Лайма", False),
    ("Асанов", "Бекжан", True),
    ("Шульц", "Марта", False),
]
INDECL_FIRST = {"Айно", "Мин", "Нилуфар", "Эркелей"}
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


# ---------------------------------------------------------------- corpus 11: places (fresh)
# town: nominative, locative, region (full), region (short), postal prefix, phone code
TOWNS11 = [
    ("г. Якутск", "г. Якутске", "Республика Саха (Якутия)", "РС(Я)", "677", "4112"),
    ("г. Нюрба", "г. Нюрбе", "Республика Саха (Якутия)", "Якутия", "678", "41134"),
    ("г. Улан-Удэ", "г. Улан-Удэ", "Республика Бурятия", "Респ. Бурятия", "670", "3012"),
    ("г. Кяхта", "г. Кяхте", "Республика Бурятия", "Бурятия", "671", "30142"),
    ("г. Горно-Алтайск", "г. Горно-Алтайске", "Республика Алтай", "Респ. Алтай", "649", "38822"),
    ("г. Оренбург", "г. Оренбурге", "Оренбургская область", "Оренб. обл.", "460", "3532"),
    (
        "г. Бугуруслан",
        "г. Бугуруслане",
        "Оренбургская область",
        "Оренбургская обл.",
        "461",
        "35352",
    ),
    ("г. Пенза", "г. Пензе", "Пензенская область", "Пенз. обл.", "440", "8412"),
    ("г. Кузнецк", "г. Кузнецке", "Пензенская область", "Пензенская обл.", "442", "84157"),
    ("г. Калуга", "г. Калуге", "Калужская область", "Калуж. обл.", "248", "4842"),
    ("г. Смоленск", "г. Смоленске", "Смоленская область", "Смол. обл.", "214", "4812"),
    ("г. Вязьма", "г. Вязьме", "Смоленская область", "Смоленская обл.", "215", "48131"),
    ("г. Псков", "г. Пскове", "Псковская область", "Пск. обл.", "180", "8112"),
    ("г. Кострома", "г. Костроме", "Костромская область", "Костр. обл.", "156", "4942"),
    ("г. Астрахань", "г. Астрахани", "Астраханская область", "Астр. обл.", "414", "8512"),
    ("г. Махачкала", "г. Махачкале", "Республика Дагестан", "РД", "367", "8722"),
    ("г. Дербент", "г. Дербенте", "Республика Дагестан", "Респ. Дагестан", "368", "87240"),
    ("г. Чебоксары", "г. Чебоксарах", "Чувашская Республика", "Чувашия", "428", "8352"),
    ("г. Ижевск", "г. Ижевске", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Сарапул", "г. Сарапуле", "Удмуртская Республика", "Удмуртия", "427", "34147"),
]
# street: nominative (written without «ул.» half the time) and after «на»/«по»
STREETS11 = [
    ("ул. Ойунского", "ул. Ойунского"),
    ("ул. Ярославского", "ул. Ярославского"),
    ("ул. Смолина", "ул. Смолина"),
    ("ул. Чорос-Гуркина", "ул. Чорос-Гуркина"),
    ("ул. Туркестанская", "ул. Туркестанской"),
    ("ул. Московская", "ул. Московской"),
    ("ул. Тульская", "ул. Тульской"),
    ("ул. Кирова", "ул. Кирова"),
    ("ул. Рижский проспект", "Рижском проспекте"),
    ("ул. Советская", "ул. Советской"),
    ("ул. Магомеда Гаджиева", "ул. Магомеда Гаджиева"),
    ("пр. Ивана Яковлева", "пр. Ивана Яковлева"),
    ("ул. Пушкинская", "ул. Пушкинской"),
    ("бульвар Гагарина", "бульваре Гагарина"),
    ("ул. Коммунаров", "ул. Коммунаров"),
    ("мкр. Строитель", "мкр. Строитель"),
]
BARE11 = [
    "Ойунского",
    "Смолина",
    "Туркестанская",
    "Московская",
    "Кирова",
    "Пушкинская",
    "Коммунаров",
]
RURAL11 = [
    ("с. Намцы", "с. Намцах", "Республика Саха (Якутия), Намский улус"),
    ("с. Мухоршибирь", "с. Мухоршибири", "Республика Бурятия, Мухоршибирский р-н"),
    ("с. Усть-Кокса", "с. Усть-Коксе", "Республика Алтай, Усть-Коксинский р-н"),
    ("с. Илек", "с. Илеке", "Оренбургская обл., Илекский р-н"),
    ("р.п. Лунино", "р.п. Лунино", "Пензенская обл., Лунинский р-н"),
    ("д. Тихонова Пустынь", "д. Тихоновой Пустыни", "Калужская обл., Дзержинский р-н"),
    ("д. Печоры-Полевые", "д. Печорах-Полевых", "Псковская обл., Печорский р-н"),
    ("с. Красное-на-Волге", "с. Красном-на-Волге", "Костромская обл., Красносельский р-н"),
    ("с. Карагали", "с. Карагалях", "Астраханская обл., Приволжский р-н"),
    ("с. Ахты", "с. Ахтах", "Республика Дагестан, Ахтынский р-н"),
    ("с. Янтиково", "с. Янтикове", "Чувашская Республика, Янтиковский р-н"),
    ("с. Завьялово", "с. Завьялове", "Удмуртская Республика, Завьяловский р-н"),
]
RURAL_ST11 = ["Центральная", "Школьная", "Луговая", "Садовая", "Молодёжная", "Заречная"]
ORG_ST11 = ["ул. Стадухина", "ул. Пирогова", "ул. Гагарина", "пр. Победы", "ул. Больничный городок"]


def _hk11(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 140))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/1", " корп. 2", " к. 1", " стр. 4", " лит. А", "к2"])
    return h, rng.randint(1, 290)


def addr11(rng: random.Random) -> str:
    """A person's address in one of the corpus-11 shapes (one line)."""
    town, _loc, reg, reg_ab, idx, _c = rng.choice(TOWNS11)
    st, _ = rng.choice(STREETS11)
    bare = rng.choice(BARE11)
    v, _vl, vreg = rng.choice(RURAL11)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk11(rng)
    n = rng.randint(1, 64)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town.removeprefix('г. ')}, {bare} {h}-{k}",
        lambda: f"{town}, {bare}, {h}, {k}",
        lambda: f"{st}, {h}, кв. {k}, {town}, {reg_ab}, {z}",
        lambda: f"{vreg}, {v}, {rng.choice(RURAL_ST11)}, {n}",
        lambda: f"{v} {rng.choice(RURAL_ST11).lower()} {n} {vreg}",
        lambda: f"{z} {reg_ab} {town} {bare} д{h} кв{k}",
        lambda: f"{reg_ab}, {town}, мкр. {rng.randint(1, 30)}, д. {rng.randint(1, 40)}, кв. {k}",
        lambda: f"{town}, {st} {h}, общежитие, комн. {k}",
        lambda: f"{vreg}, {v}, {rng.choice(RURAL_ST11)} ул., дом {n}",
    ]
    return rng.choice(shapes)()


def aloc11(rng: random.Random) -> str:
    """An inflected address after «в»/«проживающей в»."""
    _t, loc, _r, _ra, _i, _c = rng.choice(TOWNS11)
    st, stl = rng.choice(STREETS11)
    _v, vl, vreg = rng.choice(RURAL11)
    h, k = _hk11(rng)
    return rng.choice(
        [
            f"{loc} на {stl}, д. {h}, кв. {k}",
            f"{vl} ({vreg}), ул. {rng.choice(RURAL_ST11)}, {rng.randint(1, 60)}",
            f"{loc}, {rng.choice(BARE11)} {h}-{k}",
            f"{vl}, {rng.choice(RURAL_ST11)}, {rng.randint(1, 60)}",
        ]
    )


def aorg11(rng: random.Random) -> str:
    town, _l, reg, _ra, idx, _c = rng.choice(TOWNS11)
    st = rng.choice(ORG_ST11)
    n = rng.randint(1, 80)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, зд. {n}, стр. {rng.randint(1, 9)}",
            f"{town}, {st}, д. {n}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 11: phones (fresh)
OPS11 = ["914", "924", "902", "983", "913", "903", "987", "922", "909", "960", "928", "919", "927"]
DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
HUND11 = [
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
    return " ".join(w for w in (HUND11[n // 100], tail) if w)


def mob11(rng: random.Random) -> str:
    op, a, b, c = rng.choice(OPS11), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    d7 = f"{a}{b:02d}{c:02d}"
    return rng.choice(
        [
            f"+7({op}){d7}",
            f"8-{op}-{a}-{d7[3:]}",
            f"+7 {op} {a}-{b:02d}-{c:02d}",
            f"8 ({op}) {d7[:2]}-{d7[2:5]}-{d7[5:]}",
            f"8{op}{d7}",
            f"+7 {op[:1]}{op[1:]} {d7[:3]} {d7[3:]}",
            f"+7.{op}.{a}.{b:02d}.{c:02d}",
            f"8 {op} {a} {b:02d} {c:02d}",
            f"7{op}{d7}",
            f"+7 ({op}) {a}-{d7[3:]}",
            f"8–{op}–{a}–{b:02d}–{c:02d}",
        ]
    )


def _loc11(rng: random.Random, n: int) -> str:
    d = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    if n == 5:
        return rng.choice([f"{d[0]}-{d[1:3]}-{d[3:]}", f"{d[:1]} {d[1:3]} {d[3:]}", d])
    if n == 6:
        return rng.choice([f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[:2]} {d[2:4]} {d[4:]}", d])
    return rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]}-{d[3:]}"])


def city11(rng: random.Random) -> str:
    """A landline with its area code, 4 or 5 digits."""
    code = rng.choice(TOWNS11)[5]
    loc = _loc11(rng, 10 - len(code))
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"8({code}){loc}",
            f"(8-{code}) {loc}",
            f"+7 {code} {loc}",
            f"8 {code} {loc}",
            f"(8{code}) {loc}",
        ]
    )


def local11(rng: random.Random) -> str:
    return _loc11(rng, rng.choice([5, 6, 6, 7]))


def foreign11(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+976 9911 {rng.randint(1000, 9999)}",
            f"+992 93 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+996 (555) {rng.randint(100, 999)}-{rng.randint(100, 999)}",
            f"+994 50 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+358 40 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+371 2{rng.randint(1000000, 9999999)}",
            f"+7 701 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"00 998 91 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        ]
    )


def hot11(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice(
        [f"8-800-{a}-{b}-{c}", f"8 800 {a} {b} {c}", f"8(800){a}-{b}{c}", f"88002{a}{b}"]
    )


def said11(rng: random.Random) -> str:
    """A mobile said aloud: in words, in mixed words and digits, or digit by digit."""
    op, a, b, c = rng.choice(OPS11), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"восемь {words999(int(op))} {words999(a)} {words99(b)} {words99(c)}",
            f"восемь {op} {a} {words99(b)} {words99(c)}",
            "восемь " + " ".join(DIGIT_WORDS[int(x)] for x in f"{op}{a}{b:02d}{c:02d}"),
            f"плюс семь {words999(int(op))} {a}-{b:02d}-{c:02d}",
        ]
    )


def split11(rng: random.Random) -> str:
    """A mobile broken across two lines, as a form's narrow column keeps it."""
    op, a, b, c = rng.choice(OPS11), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice([f"8-{op}-\n{a}-{b:02d}-{c:02d}", f"+7 ({op})\n{a}-{b:02d}-{c:02d}"])


def said_digits(digits: str) -> str:
    return " ".join(DIGIT_WORDS[int(ch)] for ch in digits if ch.isdigit())


MAIL_DOM11 = ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "gmail.com", "icloud.com", "ro.ru"]
ORG_MAIL11 = [
    "rb1@ykt-med.ru",
    "priem@rkb-bur.ru",
    "registry@ga-crb.ru",
    "okb@orenmed56.ru",
    "pokb_kanc@penza58.ru",
    "kodkb@kaluga-zdrav.ru",
    "info@smolokb67.ru",
    "pokb@pskov-med.ru",
    "kanc.kob@kostroma44.ru",
    "aokb@astr-zdrav.ru",
    "rkb@dag05med.ru",
    "mz_chuv@cap.ru",
    "rkdc@udm18.ru",
]


def mail11(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{f}{s[:3]}{rng.randint(10, 99)}",
            f"{s}.{f[0]}",
            f"{f[0]}{s}{rng.randint(1970, 2007)}",
            f"{s}-{f}",
            f"{s.upper()[0]}{s[1:]}{f[0].upper()}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM11)}"


# ---------------------------------------------------------------- corpus 11: fillers
def fillers11(rng: random.Random) -> dict:
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
        f[f"a{i}"] = addr11(rng)
        f[f"al{i}"] = aloc11(rng)
        f[f"tm{i}"] = mob11(rng)
        f[f"tc{i}"] = city11(rng)
        f[f"tl{i}"] = local11(rng)
    f["ao"] = aorg11(rng)
    f["ao2"] = aorg11(rng)
    f["a_low"] = f["a1"].lower()
    f["tf"] = foreign11(rng)
    f["th"] = hot11(rng)
    f["tsay"] = said11(rng)
    f["tsplit"] = split11(rng)
    f["rsay"] = said_digits(shape(rng, rng.choice(["######", "####-##", "#######"])))
    f["ext"] = str(rng.randint(100, 599))
    f["ext2"] = str(rng.randint(1000, 3999))
    f["m1"] = mail11(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail11(rng, f["q_sur"], f["q_first"])
    f["md"] = mail11(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL11)
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
        rng, rng.choice(["14", "03", "04", "56", "58", "40", "67", "60"]) + "########"
    )
    f["innorg2"] = shape(rng, rng.choice(["44", "30", "05", "21", "18"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["03", "04", "14", "56", "58"]) + "##########")
    f["kpp"] = shape(rng, rng.choice(["14", "56", "21", "18"]) + "##01001")
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
        ["J18.9", "I11.9", "K35.8", "S72.00", "T51.0", "A15.0", "N18.5", "O14.1", "Z00.0"]
    )
    f["icd2"] = rng.choice(["E11.9", "I10", "J45.0", "S06.00", "F10.2", "T40.2", "C50.4", "Z11.4"])
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
        ["Т204КН 14", "О517ВУ 03", "А781МР 56", "Н330ЕС 58", "С912ОХ 40", "М046АВ 05"]
    )
    f["flight"] = rng.choice(["R3 475", "SU 1749", "ЯК 281", "S7 5302", "U6 296"])
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers11(rng))


TEMPLATES: list[tuple[str, str, str]] = [
    (
        "Извещение о раненом в дорожно-транспортном происшествии, обратившемся или доставленном в медицинскую организацию (форма 58-ДТП-2/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 505: извещение травмпункта в ГИБДД",
        """ИЗВЕЩЕНИЕ о раненом в дорожно-транспортном происшествии (ф. № 58-ДТП-2/у)
Кому: ОГИБДД УМВД, дежурная часть, факс [[T:{tc1}]]
1. Ф.И.О. пострадавшего: [[P:{p}]]   2. Пол: {p_sex}   3. Дата рождения: [[B:{bd}]]
4. Адрес места жительства: [[A:{a1}]], тел. [[T:{tm1}]]
5. Дата и время ДТП: [[D:{td1}]] {tm}; доставлен бригадой СМП № {brig}, карта вызова № [[R:<<####>>]]
6. Категория участника: водитель мотоцикла, гос. номер {pl}
7. Диагноз: {icd} — закрытый перелом; код услуги {usl}
8. Медицинская карта № [[R:<<####>>/<<##>>-Т]]; госпитализирован в травматологию, палата {ward}, койка {bed}
Извещение передал врач-травматолог [[P:{d_s}]] [[D:{td1}]] в {tm_b}, принял ИДПС [[P:{m_i}]]""",
    ),
    (
        "Талон к сопроводительному листу станции (отделения) скорой медицинской помощи (форма 114/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 504: отрывной талон, возвращаемый стационаром на подстанцию",
        """ТАЛОН к сопроводительному листу № [[R:<<#####>>]]
Подстанция СМП № {small}, бригада № {brig}, фельдшер [[P:{n_s}]]
Пациент [[P:{p_s}]], [[B:{bd2}]] г.р., доставлен [[D:{td2}]] в {tm}
Диагноз СМП: {icd}. Диагноз приёмного отделения: {icd2}
Госпитализирован в отделение № {small} (МКСБ № [[R:<<######>>]]) / отказ в госпитализации — не требуется
Врач приёмного отделения [[P:{d_sp}]]   Подпись ____   Телефон приёмного: [[T:{tc1}]], вн. {ext}""",
    ),
    (
        "Журнал учета больных, которым предоставлен лечебный отпуск (форма 001-1/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 242: журнал психиатрического стационара",
        """ЖУРНАЛ учёта больных, которым предоставлен лечебный отпуск, отделение № {small}
| № | Ф.И.О. | № ИБ | отпуск с … по … | адрес на время отпуска | кто сопровождает, телефон | вернулся |
| {bed} | [[P:{p}]] | [[R:<<####>>]] | [[D:{td1}]] – [[D:{td2}]] | [[A:{a1}]] | мать [[P:{q}]], [[T:{tm1}]] | [[D:{td2}]] {tm} |
| {ward} | [[P:{u_s}]] | [[R:<<####>>]] | [[D:{td3}]] – [[D:{td4}]] | [[A:{a2}]] | брат [[P:{m_io}]], [[T:{tm2}]] | не вернулся, сообщено в ОМВД [[D:{td4}]] |
Разрешил зав. отделением [[P:{d_s}]]; дежурная м/с [[P:{n_sur}]]""",
    ),
    (
        "Акт об изъятии органов у донора-трупа для трансплантации (форма 033/у-93)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 491: акт бригады изъятия",
        """АКТ об изъятии органов у донора-трупа № [[R:<<##>>/{yr}]]
Донор: [[P:{p}]], возраст {age}, ИБ № [[R:<<####>>-<<##>>]], отделение реанимации, койка {bed}
Протокол установления смерти мозга от [[D:{td1}]] {tm}; согласие родственников не требуется (нет несогласия, зафиксировано в ИБ)
Изъяты: почка левая, почка правая. Консервирующий раствор «Кустодиол», серия {lot}, годен до 08.2026
Бригада: хирург [[P:{d_s}]], хирург [[P:{s_s}]], операционная м/с [[P:{n_s}]]
Транспортировка: контейнер инв. № {inv}, рейс {flight}, сопровождающий [[P:{m_i}]], тел. [[T:{tm1}]]
Органы переданы в Центр трансплантации [[D:{td1}]] в {tm_b}. Код донора в регистре: [[R:<<##>>-<<####>>-Д]]""",
    ),
    (
        "Журнал учета рецептурных бланков форм № 148-1/у-88 и № 148-1/у-04(л)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 487: журнал поступления и выдачи бланков (диапазоны серий — негативы)",
        """ЖУРНАЛ учёта рецептурных бланков, поликлиника № {small}
| дата | поступило (серия, номера) | выдано врачу | номера | подпись |
| [[D:{td1}]] | серия {blser} № {bl1}–{bl100} | — | — | ст. м/с [[P:{n_sur}]] |
| [[D:{td2}]] | — | [[P:{d_s}]], каб. {cab} | {bl1}–{bl25} | [[P:{d_sur}]] |
| [[D:{td3}]] | — | [[P:{s_s}]], каб. {cab} | {bl25}–{bl100} | [[P:{s_sur}]] |
Испорчен бланк № {bl25} (акт № {ord2} от [[D:{td4}]]).
Ответственный за хранение [[P:{g_s}]], приказ № {ord} от [[D:{dold2}]]""",
    ),
    (
        "Список лиц, подлежащих периодическому осмотру",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 484: поименный список работодателя (таблица)",
        """ПОИМЕННЫЙ СПИСОК работников, подлежащих периодическому медицинскому осмотру в {yr} г.
Работодатель: АО «Алмазы Анабара», ИНН {innorg}, [[A:{ao}]]
| № | Ф.И.О. | дата рожд. | таб. № | профессия | вредный фактор (п. приказа 29н) |
| 1 | [[P:{p}]] | [[B:{bd}]] | [[R:<<####>>]] | машинист экскаватора | 4.1, 4.4 |
| 2 | [[P:{q}]] | [[B:{bd2}]] | [[R:<<####>>]] | электрогазосварщик | 1.1.4.3 |
| 3 | [[P:{u}]] | [[B:{bd3}]] | [[R:<<####>>]] | водитель БелАЗ | 18.2 |
Список согласован с Роспотребнадзором [[D:{td1}]], исх. № {out}.
Ответственный: специалист по ОТ [[P:{h_s}]], [[T:{tc1}]] доб. {ext}, [[E:{mo}]]""",
    ),
    (
        "Направление на внеочередной медицинский осмотр (обследование)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 483: направление работодателя по жалобе работника",
        """НАПРАВЛЕНИЕ на внеочередной медицинский осмотр № [[R:<<###>>-ВО]]
Работник: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Должность: оператор котельной, участок № {small}; таб. № [[R:<<#####>>]]
Основание: медицинские рекомендации по результатам периодического осмотра [[D:{td1}]] (заключение № [[R:<<####>>]])
Паспорт: [[Q:{pas}]], выдан [[D:{dold}]], код подразделения {podr}
Работодатель: МУП «Теплосеть», [[A:{ao}]]; отдел кадров [[T:{tc1}]]
Начальник ОК [[P:{g_i}]]   [[D:{td2}]]""",
    ),
    (
        "Направление на прохождение обязательного психиатрического освидетельствования",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 476: направление работодателя в ПНД",
        """Главному врачу ГБУЗ «Республиканский психоневрологический диспансер»
НАПРАВЛЕНИЕ на обязательное психиатрическое освидетельствование
[[P:{p}]], дата рождения [[B:{bd}]], проживающ{p_ii} [[A:{al1}]],
принимаем{p_yi} на должность водителя автомобиля скорой помощи.
Вид деятельности: п. 4 Перечня (Постановление Правительства РФ от [[D:23.09.2002]] № 695).
Направление № [[R:<<###>>/<<##>>]] от [[D:{td1}]]
Инспектор по кадрам [[P:{n_s}]], тел. [[T:{tl1}]]; контакт кандидата [[T:{tm1}]]""",
    ),
    (
        "Медицинское заключение о наличии (об отсутствии) у трактористов, машинистов и водителей самоходных машин противопоказаний (форма 071/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 475: заключение для Гостехнадзора",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ серия {blser} № [[R:<<#######>>]]
о наличии (об отсутствии) медицинских противопоказаний к управлению самоходными машинами
Выдано: [[P:{p_dat}]], [[B:{bd}]]
Адрес регистрации: [[A:{a1}]]
Документ, удостоверяющий личность: паспорт [[Q:{pas}]]
Категории: «А I», «В», «С», «Е» — медицинских противопоказаний не выявлено.
Дата выдачи [[D:{td1}]]; срок действия 5 лет. Председатель комиссии [[P:{d_i}]]
Регистрационный номер в журнале № {small}: [[R:<<####>>]]""",
    ),
    (
        "Акт безвозмездной передачи донорской крови и (или) ее компонентов",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 474: акт передачи компонентов между организациями",
        """АКТ № {ord2} безвозмездной передачи донорской крови и её компонентов от [[D:{td1}]]
Передающая сторона: ГАУЗ «Республиканская станция переливания крови», [[A:{ao}]], тел. [[T:{tc1}]]
Принимающая сторона: ГБУЗ «Районная больница», [[A:{ao2}]]
| компонент | № единицы (ЕДК) | группа | объём | дата заготовки |
| Эр. взвесь с ф/р | [[R:<<##>>-<<######>>]] | A(II) Rh+ | 280 мл | [[D:{td2}]] |
| СЗП | [[R:<<##>>-<<######>>]] | 0(I) Rh- | 250 мл | [[D:{td3}]] |
Основание: заявка № {small} от [[D:{td2}]], договор № {contr}.
Передал [[P:{n_i}]], принял [[P:{m_i}]], водитель [[P:{x_s}]] (а/м {pl})""",
    ),
    (
        "Журнал регистрации сведений о фактах поступления (обращения) пациентов",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 473: журнал сообщений в полицию о поступлении пострадавших",
        """ЖУРНАЛ регистрации сведений о фактах поступления пациентов, в отношении которых имеются основания полагать, что вред здоровью причинён в результате противоправных действий
| № п/п | дата, время | Ф.И.О., возраст | адрес | кому передано, № КУСП |
| {small} | [[D:{td1}]] {tm} | [[P:{p}]], {age} | [[A:{a1}]] | дежурный ОП № 2 [[P:{m_s}]], КУСП [[R:<<####>>]] |
| {bed}{small} | [[D:{td2}]] {tm_b} | [[P:{q}]], {agek} лет | [[A:{a2}]] | ПДН, инспектор [[P:{e_s}]], по тел. [[T:{tl1}]] |
Сведения передала дежурная м/с [[P:{n_s}]]""",
    ),
    (
        "Журнал выдачи медицинских документов (их копий) и выписок из них",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 472: журнал архива (выдача копий по запросам)",
        """Журнал выдачи медицинских документов (их копий) и выписок, архив ГБУЗ
| № | дата | заявитель | документ | основание | получил |
| {small} | [[D:{td1}]] | [[P:{p_s}]], паспорт [[Q:{pas}]] | копия МКСБ № [[R:<<#####>>]] | заявление вх. № [[R:<<####>>]] | лично |
| {bed}{small} | [[D:{td2}]] | представитель [[P:{q_s}]] (нотариальная доверенность от [[D:{dold2}]]) за [[P:{u_s}]] | выписка из МКАБ № [[R:<<######>>]] | — | по почте |
| — | [[D:{td3}]] | СУ СК, запрос исх. № {out} | копия протокола вскрытия | запрос | курьер |
Архивариус [[P:{n_sur}]], каб. {cab}, [[T:{tl2}]]""",
    ),
    (
        "Извещение об установлении диспансерного наблюдения в медицинской противотуберкулезной организации",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 469: извещение диспансера в поликлинику по месту жительства",
        """ИЗВЕЩЕНИЕ об установлении диспансерного наблюдения № [[R:<<###>>-ТБ]]
Пациент: [[P:{p}]], пол {p_sex}, д.р. [[B:{bd}]], ЕНП [[O:{enp}]]
Место жительства: [[A:{a1}]]; место пребывания: [[A:{a2}]]
Дата установления наблюдения: [[D:{td1}]], группа ДН IА, диагноз {icd}
Номер регистрационной карты в регистре больных туберкулёзом: [[R:<<##>>-<<######>>]]
Участковый фтизиатр [[P:{d_s}]], [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        "Журнал регистрации поступления биопсийного (операционного) материала и выдачи результатов (форма 014-2/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 463: журнал ПАО, № биопсии — номер исследования одного пациента",
        """ЖУРНАЛ регистрации поступления биопсийного материала, ПАО
| рег. № | дата пост. | Ф.И.О. пациента | № ИБ/амб. карты | отделение, врач | флаконов | выдано |
| [[R:<<####>>/<<##>>]] | [[D:{td1}]] | [[P:{p_s}]] | [[R:<<#####>>]] | хирургия, [[P:{d_s}]] | 3 | [[D:{td3}]] |
| [[R:<<####>>/<<##>>]] | [[D:{td2}]] | [[P:{q_s}]] | [[R:<<#####>>]] | гинекология, [[P:{s_s}]] | 1 | — |
Фиксатор: формалин 10 % нейтр., партия {lot}. Кассеты, лот {lot2}.
Лаборант [[P:{n_sur}]], врач-патологоанатом [[P:{h_s}]]""",
    ),
    (
        "Направление на медицинское обследование ребенка-сироты, ребенка, оставшегося без попечения родителей",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 461: направление органа опеки",
        """Отдел опеки и попечительства администрации района, [[A:{ao}]], тел. [[T:{tc1}]]
Исх. № {out} от [[D:{td1}]]
НАПРАВЛЕНИЕ на медицинское обследование
Ребёнок: [[P:{k}]], дата рождения [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
Временно помещён в ГКУ «Центр помощи детям», [[A:{ao2}]]
Кандидаты в опекуны: [[P:{q}]] и [[P:{u}]], проживающие [[A:{al1}]]
Полис ОМС ребёнка [[O:{enp}]], СНИЛС [[S:{sn}]]
Специалист органа опеки [[P:{g_s}]], [[T:{tm1}]]""",
    ),
    (
        "Журнал регистрации результатов химико-токсикологических исследований (форма 453/у-06)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 447: журнал ХТЛ (шифр пробы — номер одного обследуемого)",
        """Журнал регистрации результатов ХТИ, химико-токсикологическая лаборатория
| шифр пробы | дата поступ. | направившая организация, № направления | результат | дата выдачи справки |
| [[R:<<##>>-<<####>>]] | [[D:{td1}]] | ГБУЗ «Наркологический диспансер», напр. № [[R:<<####>>]] | опиаты не обнаружены | [[D:{td2}]] |
| [[R:<<##>>-<<####>>]] | [[D:{td1}]] | ОМВД (акт медосвидетельствования № [[R:<<###>>]]) | каннабиноиды обнаружены | [[D:{td3}]] |
Контроль качества: стандарт серии {lot}, калибровка ГХ-МС зав. № {serial}.
Исследование провёл [[P:{x_s}]], проверила [[P:{g_i}]]""",
    ),
    (
        "Справка о доставке биологических объектов на химико-токсикологические исследования (форма 451/у-06)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 446: справка, выдаваемая при сдаче проб в ХТЛ",
        """СПРАВКА о доставке биологических объектов на ХТИ № [[R:<<####>>]]
Биологический объект: моча, 30 мл; флакон с пломбой № {lot}
Отобран у [[P:{p_gen}]] [[D:{td1}]] в {tm} в ГБУЗ «ЦРБ», кабинет медосвидетельствования
Основание: протокол о направлении на медосвидетельствование от [[D:{td1}]], акт № [[R:<<###>>]]
Доставил(а) [[P:{n}]] [[D:{td1}]] в {tm_b}; принял(а) лаборант [[P:{g_s}]]
Тел. ХТЛ для справок: [[T:{tc1}]]""",
    ),
    (
        "Журнал регистрации отбора биологических объектов (форма 450/у-06)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 445: журнал кабинета медицинского освидетельствования",
        """Журнал регистрации отбора биологических объектов
| № п/п | дата, время отбора | Ф.И.О., год рожд. | документ | объект | № справки 451/у | отобрал |
| {small} | [[D:{td1}]] {tm} | [[P:{p}]], [[B:{bd}]] | в/у [[R:<<## ## ######>>]] | моча | [[R:<<####>>]] | [[P:{n_s}]] |
| {bed}{small} | [[D:{td2}]] {tm_b} | [[P:{q}]], [[B:{bd2}]] | паспорт [[Q:{pas}]] | кровь | [[R:<<####>>]] | [[P:{n_s}]] |
Пломбир № {serial}, тара одноразовая, партия {lot2}.""",
    ),
    (
        "Лист ожидания на оказание медицинской помощи в медицинском учреждении",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 443: лист ожидания плановой госпитализации",
        """ЛИСТ ОЖИДАНИЯ плановой госпитализации, отделение эндопротезирования
| очередь | Ф.И.О. | д.р. | полис | телефон | дата постановки | планируемая дата |
| {small} | [[P:{p}]] | [[B:{bd}]] | [[O:{enp}]] | [[T:{tm1}]] | [[D:{td1}]] | [[D:{td4}]] |
| {bed}{small} | [[P:{q}]] | [[B:{bd2}]] | [[O:{enp2}]] | [[T:{tc2}]] | [[D:{td2}]] | [[D:{td5}]] |
Код услуги {usl}, диагноз {icd}. Направление на госпитализацию № [[R:<<######>>]].
Лист ведёт медицинский регистратор [[P:{n_s}]], тел. [[T:{tl1}]]""",
    ),
    (
        "Сопроводительный лист (для пораженного в чрезвычайной ситуации) (форма 167/у-05)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 442: лист, оформляемый на этапе медицинской эвакуации",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ пораженного в ЧС № [[R:<<####>>]]
ЧС: паводок, [[D:{td1}]]; территория: [[A:{a1}]]
Поражённый: [[P:{p}]], возраст {age}, документ — паспорт [[Q:{pas}]] (со слов)
Контакт родственника: [[P:{q_io}]], [[T:{tsplit}]]
Диагноз: {icd}; оказана помощь: иммобилизация, анальгезия. Эвакуирован вертолётом {flight} (борт {serial})
Врач бригады экстренного реагирования [[P:{d_s}]], [[D:{td1}]] {tm}""",
    ),
    (
        "Донесение о чрезвычайной ситуации (первичное, последующее, заключительное) (форма 165/у-05)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 441: донесение ТЦМК в министерство",
        """ДОНЕСЕНИЕ о ЧС (последующее) № {small}, исх. № {out} от [[D:{td2}]]
Источник: ТЦМК, оперативный дежурный [[P:{m_s}]], тел. [[T:{tc1}]], [[E:{mo}]]
Дата и время ЧС: [[D:{td1}]] {tm}. Место: автодорога Р-255, 1 134 км.
Пострадавшие: всего 4, госпитализированы 3, в т. ч.:
1) [[P:{p}]], {age} лет, {icd}, ЦРБ, ИБ [[R:<<####>>]]
2) [[P:{q}]], [[B:{bd2}]], {icd2}, доставлен в РКБ
3) [[P:{k_s}]], {agek} лет, наблюдение
Погибших нет. Задействовано бригад СМП: {brig}. Начальник ТЦМК [[P:{h_i}]]""",
    ),
    (
        "Статистическая карта беспризорного и безнадзорного несовершеннолетнего, доставленного в медицинскую организацию (форма 312/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 437: карта на ребёнка, доставленного полицией",
        """СТАТИСТИЧЕСКАЯ КАРТА беспризорного и безнадзорного несовершеннолетнего № [[R:<<###>>]]
Ф.И.О.: [[P:{k}]]   дата рождения [[B:{bdk}]] (со слов)   пол {k_sex}
Место жительства (со слов): [[A:{a1}]]
Доставлен [[D:{td1}]] в {tm} сотрудником ПДН [[P:{m_i}]] (тел. [[T:{tm1}]])
Мать: [[P:{q}]], телефон неизвестен; отец: [[P:{u_s}]], [[T:{tm2}]]
Диагноз {icd}, госпитализирован, ИБ [[R:<<####>>]]; сообщено в органы опеки [[D:{td1}]] ([[P:{g_s}]])""",
    ),
    (
        "Карта динамического наблюдения диализного больного (форма 003-1/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 436: карта отделения гемодиализа (сеансы, аппараты)",
        """КАРТА динамического наблюдения диализного больного № [[R:<<###>>-ГД]]
[[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], тел. [[T:{tm1}]]; адрес [[A:{a1}]]
Диагноз {icd}. Доступ: АВФ левого предплечья (сформирована [[D:{dold2}]]).
| дата | аппарат (зав. №) | диализатор, лот | смена | место | Kt/V |
| [[D:{td1}]] | 4008S {serial} | FX80 {lot} | II | {bed} | 1,3 |
| [[D:{td2}]] | 4008S {serial} | FX80 {lot} | II | {bed} | 1,4 |
Транспорт: социальное такси, диспетчер [[T:{tl1}]]. Лечащий врач-нефролог [[P:{d_s}]]""",
    ),
    (
        "Карта учета профессионального заболевания (отравления)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 435: карта центра профпатологии",
        """КАРТА учёта профессионального заболевания № [[R:<<##>>-<<###>>-ПЗ]]
1. [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
2. Место работы: ПАО «Оренбургнефть», цех добычи № {small}, оператор ДНГ; стаж {agek} лет
3. Адрес работника: [[A:{a1}]]
4. Заключительный диагноз: {icd}, установлен [[D:{td1}]] центром профпатологии (протокол ВК № [[R:<<###>>]])
5. Акт о случае профзаболевания составлен [[D:{td2}]] комиссией работодателя (приказ № {ord})
6. Санитарно-гигиеническая характеристика условий труда направлена письмом исх. № {out}
Врач-профпатолог [[P:{d_i}]], [[T:{tc1}]]""",
    ),
    (
        "Извещение об установлении предварительного диагноза острого или хронического профессионального заболевания (отравления)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 433: извещение в Роспотребнадзор",
        """ИЗВЕЩЕНИЕ № [[R:<<###>>]] об установлении предварительного диагноза профессионального заболевания
Кому: Управление Роспотребнадзора, [[A:{ao}]]
1. Ф.И.О.: [[P:{p}]], пол {p_sex}, дата рождения [[B:{bd}]]
2. Место работы: ООО «АстраханьГазСервис», профессия — слесарь КИПиА
3. Диагноз: {icd2} (предварительный). Вредный фактор: сероводород.
4. Дата установления: [[D:{td1}]], ИБ № [[R:<<#####>>]]
Извещение направлено [[D:{td2}]] ([[E:{mo}]]). Врач [[P:{d_s}]], тел. [[T:{tc2}]] доб. {ext}""",
    ),
    (
        "Регистрационная карта больного злокачественным новообразованием (форма 030-ГРР)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 430: карта канцер-регистра",
        """РЕГИСТРАЦИОННАЯ КАРТА больного ЗНО
Регистрационный номер в канцер-регистре: [[R:<<##>>/<<######>>]]
Ф.И.О.: [[P:{p}]]; дата рождения: [[B:{bd}]]; ЕНП [[O:{enp}]]
Адрес: [[A:{a1}]]
Дата установления диагноза: [[D:{td1}]]; МКБ-10 {icd2}; морфология М-8500/3; стадия II
Метод подтверждения: морфологический, № биопсии [[R:<<####>>/<<##>>]] от [[D:{td2}]]
Лечение: операция [[D:{td3}]] (код {usl}), ХТ — 4 курса.
Карту заполнил онколог [[P:{d_s}]]; сверено с регистром [[D:{td4}]] ([[P:{n_i}]])""",
    ),
    (
        "Кодировочный талон лица, подвергшегося воздействию радиации в результате аварии на Чернобыльской АЭС",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 426: талон НРЭР",
        """КОДИРОВОЧНЫЙ ТАЛОН (НРЭР)
Регистрационный номер в НРЭР: [[R:<<####>>-<<######>>]]
Ф.И.О.: [[P:{p_up}]]   Дата рождения: [[B:{bd}]]
Категория: ликвидатор (участник ЛПА 1986–1987), удостоверение серии {blser} № [[R:<<######>>]]
Адрес: [[A:{a1}]]
Дата очередного осмотра: [[D:{td1}]]; диагноз {icd2}.
Талон заполнил [[P:{n_s}]] [[D:{td2}]]; региональный центр НРЭР, тел. [[T:{tc1}]]""",
    ),
    (
        "Журнал приема и выдачи шприцов, инструментария, материалов (форма 263/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 423: журнал ЦСО (только негативы и персонал)",
        """Журнал приёма и выдачи инструментария, ЦСО
| дата | отделение | наименование | кол-во | стерилизация (цикл) | сдал | принял |
| [[D:{td1}]] | хирургия | набор «Лапаротомия» инв. № {inv} | 2 | автоклав ГК-100 зав. № {serial}, цикл <<###>> | [[P:{n_sur}]] | [[P:{g_sur}]] |
| [[D:{td2}]] | гинекология | зеркала Куско | 20 | цикл № <<####>> | [[P:{x_s}]] | [[P:{g_sur}]] |
Индикаторы «Стеримаг», партия {lot}. Ст. м/с ЦСО [[P:{g_i}]], вн. {ext}""",
    ),
    (
        "Журнал контроля работы стерилизаторов воздушного, парового (автоклава) (форма 257/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 417: журнал контроля циклов стерилизации",
        """ЖУРНАЛ контроля работы стерилизаторов. Стерилизатор ГПД-400, зав. № {serial}, инв. № {inv}
| дата | № цикла | режим | индикатор (партия) | биотест | загрузка | подпись |
| [[D:{td1}]] | <<###>> | 132 °C / 20 мин | ИС-132, {lot} | — | бельё, 6 биксов | [[P:{n_sur}]] |
| [[D:{td2}]] | <<###>> | 180 °C / 60 мин | ИС-180, {lot2} | ИБ-01, отр. | инструменты | [[P:{g_sur}]] |
Поверка манометра до 06.2026, протокол № {out}. Сервис ООО «МедТехСервис», тел. [[T:{tc1}]], инженер [[P:{x_s}]] ([[T:{tm1}]])""",
    ),
    (
        "Этикетка на банку (форма 192/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 409: этикетка на банку с материалом для судебно-медицинского исследования",
        """ЭТИКЕТКА на банку № {small}
Материал: кровь, желудок с содержимым (в отдельной банке)
От трупа [[P:{p_gen}]], {age} лет
Заключение эксперта (акт) № [[R:<<###>>]]; номер трупа по журналу морга [[R:<<####>>]]
Дата вскрытия [[D:{td1}]]; направлено на судебно-химическое исследование
Эксперт [[P:{d_s}]]   Печать БСМЭ; пломба № {lot}""",
    ),
    (
        "Журнал регистрации носильных вещей, вещественных доказательств, ценностей и документов (форма 191/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 408: журнал морга о вещах умершего",
        """ЖУРНАЛ регистрации носильных вещей, ценностей и документов
| № трупа | дата | Ф.И.О. умершего | вещи, ценности, документы | выдано, кому |
| [[R:<<####>>]] | [[D:{td1}]] | [[P:{p}]] | куртка, часы «Восток», паспорт [[Q:{pas}]], телефон (IMEI <<###############>>) | [[D:{td3}]], сыну [[P:{m_dat}]], пасп. [[Q:{pas2}]] |
| [[R:<<####>>]] | [[D:{td2}]] | неизвестный мужчина | одежда, ключи | хранится |
Санитар [[P:{x_s}]]; заведующий отделением [[P:{d_s}]]""",
    ),
    (
        "Журнал изолятора, изоляционной комнаты (форма 125/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 405: журнал изолятора детского сада",
        """Журнал изолятора, МБДОУ «Детский сад № {small}»
| дата | Ф.И.О. ребёнка | группа | жалобы, t° | кому передан, время | м/с |
| [[D:{td1}]] | [[P:{k_fi}]] | «Солнышко» | насморк, 37,8 | матери [[P:{q_io}]] ([[T:{tm1}]]), {tm} | [[P:{n_sur}]] |
| [[D:{td2}]] | [[P:{x_fi}]] | «Берёзка» | сыпь | отцу [[P:{u_s}]] по тел. [[T:{tm2}]], {tm_b} | [[P:{n_sur}]] |
Изолятор — комната № {cab}. Сообщено педиатру [[P:{d_s}]], поликлиника тел. [[T:{tl1}]]""",
    ),
    (
        "Журнал учета приема детей в ясли (форма 122/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 403: журнал медицинской сестры яслей",
        """Журнал учёта приёма детей в ясли
| № | Ф.И.О. ребёнка | дата рождения | домашний адрес | родители, телефон | дата поступления | № медкарты 026/у |
| {small} | [[P:{k}]] | [[B:{bdk}]] | [[A:{a1}]] | [[P:{q_s}]], [[T:{tm1}]] | [[D:{td1}]] | [[R:<<###>>]] |
| {bed}{small} | [[P:{x}]] | [[B:{bdn}]] | [[A:{a2}]] | [[P:{u_s}]], [[T:{tc2}]] | [[D:{td2}]] | [[R:<<###>>]] |
Медицинская сестра [[P:{n_s}]]""",
    ),
    (
        "Журнал учета приема больных и рожениц в стационар фельдшерско-акушерского пункта (форма 098/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 401: журнал ФАП в отдалённом селе",
        """ФАП [[A:{a3}]] — Журнал учёта приёма больных и рожениц
| № | дата, час | Ф.И.О. | возраст | адрес | диагноз | исход |
| {small} | [[D:{td1}]] {tm} | [[P:{p}]] | {age} | [[A:{a1}]] | {icd} | переведён в ЦРБ санавиацией |
| {bed}{small} | [[D:{td2}]] {tm_b} | [[P:{q}]] | {age} | [[A:{a2}]] | роды срочные | в ЦРБ, сопровождала [[P:{n_s}]] |
Фельдшер [[P:{g_s}]], спутниковый тел. [[T:{tf}]], сотовый [[T:{tm1}]]""",
    ),
    (
        "Тетрадь записи беременных, состоящих под наблюдением ФАП (форма 075/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 400: рукописная тетрадь фельдшера",
        """Тетрадь записи беременных, ФАП
[[P:{q}]], живёт [[A:{al1}]], тел. [[T:{tsay}]]
ПДМ [[D:{td_dm}]], взята на учёт [[D:{td1}]], срок 9 нед., обменная карта № [[R:<<####>>]]
Муж [[P:{u_io}]] — работает вахтой, тел. [[T:{tm2}]]
Явки: [[D:{td2}]], [[D:{td3}]]; направлена к акушеру ЦРБ [[P:{d_dat}]] на [[D:{td4}]]
Записала фельдшер [[P:{g_s}]]""",
    ),
    (
        "Именной список призывников, направленных для систематического лечения (форма 054/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 397: список военного комиссариата",
        """ИМЕННОЙ СПИСОК призывников, направленных для лечения, военный комиссариат района
| № | Ф.И.О. | год рожд. | личный номер / № личного дела | диагноз | ЛПУ | срок |
| 1 | [[P:{p}]] | [[B:{bd}]] | [[R:<<@@>>-<<######>>]] | {icd2} | ЦРБ, хирургия | до [[D:{td3}]] |
| 2 | [[P:{m}]] | [[B:{bd2}]] | [[R:<<##>>-<<###>>]] | {icd} | РКБ | до [[D:{td4}]] |
Военный комиссар [[P:{h_i}]]; копия — командиру в/ч {vch}. Исх. № {out} от [[D:{td1}]], тел. [[T:{tc1}]]""",
    ),
    (
        "Извещение о поступлении (обращении) пациента с признаками причинения вреда здоровью в результате противоправных действий",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 396: извещение в ОВД (телефонограмма)",
        """ТЕЛЕФОНОГРАММА-ИЗВЕЩЕНИЕ № [[R:<<##>>-<<###>>]]
В ОМВД: дежурный [[P:{m_s}]], принято по тел. [[T:{tc1}]] [[D:{td1}]] в {tm}
Пациент [[P:{p}]], [[B:{bd}]], проживает [[A:{al1}]]
Обратил{p_sya} [[D:{td1}]] в {tm_b} в приёмное отделение; со слов, избит(а) известным лицом [[P:{q_ins}]] по месту жительства.
Диагноз: {icd2}, ушибы мягких тканей. ИБ № [[R:<<#####>>]].
Передал дежурный врач [[P:{d_s}]], принял [[P:{m_sur}]], КУСП № [[R:<<####>>]]""",
    ),
    (
        "Сертификат об отсутствии вируса иммунодефицита человека (ВИЧ-инфекции)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 395: сертификат для иностранного гражданина (рус./англ.)",
        """СЕРТИФИКАТ об отсутствии ВИЧ-инфекции / CERTIFICATE of HIV-negative test № [[R:<<##>>-<<######>>]]
Выдан / Issued to: [[P:{p}]] / [[P:{p_lat}]]
Дата рождения / Date of birth: [[B:{bd}]]
Паспорт / Passport: [[Q:{pasf}]]
Дата исследования / Date of test: [[D:{td1}]]; метод ИФА, тест-система серии {lot}, результат отрицательный
Регистрационный № пробы [[R:<<######>>]]. Сертификат действителен 3 месяца.
Врач [[P:{d_s}]]; ГБУЗ «Центр СПИД», [[A:{ao}]], [[T:{tc1}]]""",
    ),
    (
        "Медицинское заключение об отсутствии факта употребления иностранным гражданином наркотических средств (форма 001-ИЗ)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 394: заключение для патента/РВП",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:<<####>>-ИГ]] (форма 001-ИЗ)
Иностранный гражданин: [[P:{p}]] ([[P:{p_lat}]]), гражданство: Республика Таджикистан
Дата рождения: [[B:{bd}]]. Документ: паспорт иностранного гражданина [[Q:{pasf8}]]; миграционная карта [[R:{mig}]]
Адрес пребывания: [[A:{a1}]]; тел. [[T:{tf}]], в РФ [[T:{tm1}]]
Химико-токсикологическое исследование [[D:{td1}]], справка 454/у-06 № [[R:<<####>>]] — отрицательно.
Врач психиатр-нарколог [[P:{d_s}]]. Дата выдачи [[D:{td2}]]""",
    ),
    (
        "Предоперационный осмотр врачом-анестезиологом-реаниматологом",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 383: осмотр анестезиолога накануне операции",
        """ОСМОТР АНЕСТЕЗИОЛОГА перед операцией, [[D:{td1}]] {tm}
Пациент: [[P:{p}]], {age} лет, ИБ № [[R:<<#####>>]], палата {ward}, койка {bed}
Планируется: лапароскопическая холецистэктомия (код {usl}), операционная № {small}
ASA II. Mallampati 2. Аллергоанамнез: со слов, на цефазолин (серия {lot} — сыпь, [[D:{dold2}]])
Согласие на анестезию подписано; контакт дочери [[P:{q_io}]] [[T:{tm1}]]
Анестезиолог-реаниматолог [[P:{d_s}]]; зав. ОАР [[P:{h_i}]]""",
    ),
    (
        "Медицинское заключение об отсутствии медицинских противопоказаний к работе на судне",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 377: заключение для моряка (рус./англ.)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии противопоказаний к работе на судне / MEDICAL CERTIFICATE № [[R:<<##>>-<<#####>>]]
Фамилия, имя / Surname, name: [[P:{p}]] / [[P:{p_lat}]]
Дата рождения / Date of birth: [[B:{bd}]]
Удостоверение личности моряка / Seafarer's ID: [[Q:{pas_sea}]]
Должность / Capacity: моторист, судно «Академик Шокальский», ИМО 9<<######>>
Дата осмотра [[D:{td1}]], годен до [[D:{td5}]].
Врач [[P:{d_s}]] / [[P:{d_lat}]], [[E:{mo}]], [[T:{tc1}]]""",
    ),
    (
        "Направление для забора образцов крови и последующего проведения неонатального скрининга",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 376: бланк тест-карты новорождённого",
        """ТЕСТ-БЛАНК неонатального скрининга № [[R:<<##########>>]] (номер карточки фильтровальной бумаги, лот {lot})
Ф.И.О. матери: [[P:{q}]], адрес [[A:{a1}]], тел. [[T:{tm1}]]
Дата рождения ребёнка: [[B:{bdn}]], {tm}; пол {k_sex}; вес 3 420 г
Дата забора: [[D:{td1}]]; срок гестации 39 нед.
Учреждение: роддом, отделение новорождённых, палата {ward}
Взяла м/с [[P:{n_s}]]. Медико-генетическая консультация: [[T:{tc1}]]""",
    ),
    (
        "Извещение о реакциях и (или) осложнениях, возникших у реципиента в связи с трансфузией",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 373: извещение трансфузиолога",
        """ИЗВЕЩЕНИЕ о реакции у реципиента в связи с трансфузией
Реципиент: [[P:{p}]], [[B:{bd}]], ИБ № [[R:<<#####>>]], отделение гематологии, палата {ward}
Трансфузия [[D:{td1}]] {tm}: эритроцитная взвесь, № единицы [[R:<<##>>-<<######>>]] (контейнер, лот {lot}), донор — код [[R:<<##>>-<<#####>>]]
Реакция: фебрильная негемолитическая, t° 38,9 через 40 мин.
Меры: трансфузия прекращена, образцы направлены в СПК (направление № [[R:<<####>>]])
Врач-трансфузиолог [[P:{d_s}]], [[T:{tc1}]]; извещение передано [[D:{td2}]]""",
    ),
    (
        "Протокол телемедицинской консультации для трансграничных телемедицинских решений",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 372: консультация с зарубежной клиникой",
        """ПРОТОКОЛ ТМК (трансграничная) № [[R:ТМК-<<#######>>]]
Запрос: ГАУЗ «РКБ», лечащий врач [[P:{d_s}]], [[E:{md}]]
Консультант: Dr. [[P:{s_lat}]], клиника-партнёр, тел. [[T:{tf}]]
Пациент: [[P:{p}]], [[B:{bd}]], паспорт гражданина РФ [[Q:{pas}]]
Дата консультации [[D:{td1}]], {tm} (МСК). Диагноз {icd2}.
Рекомендации: ПЭТ-КТ, повторная ТМК через 6 недель.
Рабочее место ТМК инв. № {inv}; протокол подписан УКЭП""",
    ),
    (
        "Справка о наличии медицинских показаний, в соответствии с которыми ребенок не посещает образовательную организацию",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 370: справка для обучения на дому",
        """СПРАВКА № [[R:<<###>>]]
Дана [[P:{k_dat}]], [[B:{bdk}]], проживающ{k_ei} [[A:{al1}]],
о том, что по медицинским показаниям (заключение ВК № [[R:<<###>>]] от [[D:{td1}]]) нуждается в обучении на дому с [[D:{td2}]] по [[D:{td5}]].
Выдана для представления в МБОУ «СОШ № {small}».
Законный представитель: [[P:{q}]], тел. [[T:{tm1}]]
Председатель ВК [[P:{d_i}]], педиатр [[P:{s_s}]]""",
    ),
    (
        "Заключение лечебного учреждения о нуждаемости престарелого гражданина в постоянном постороннем уходе",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 367: заключение для соцзащиты",
        """ЗАКЛЮЧЕНИЕ о нуждаемости в постоянном постороннем уходе № [[R:<<####>>]]
Гражданин: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]
Нуждается в постоянном постороннем уходе (заключение ВК от [[D:{td1}]], протокол № [[R:<<###>>]]).
Уход осуществляет: [[P:{q}]] (самозанятая, ИНН [[I:{inn}]]), тел. [[T:{tm1}]], СНИЛС [[S:{sn2}]]
Председатель ВК [[P:{d_i}]]   Печать   [[D:{td2}]]""",
    ),
    (
        "Направление тела умершего в патологоанатомическое отделение",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 365: направление из стационара",
        """НАПРАВЛЕНИЕ тела умершего на патолого-анатомическое вскрытие
Умерш{p_ii}: [[P:{p}]], [[B:{bd}]]; дата и время смерти [[D:{td1}]] {tm}
МКСБ № [[R:<<#####>>]], отделение кардиологии, палата {ward}
Заключительный клинический диагноз: {icd2}
Родственник: [[P:{q}]], тел. [[T:{tm1}]]; заявления об отказе от вскрытия нет.
Лечащий врач [[P:{d_s}]]; зав. отделением [[P:{h_s}]]; тело принял санитар [[P:{x_s}]] в {tm_b}""",
    ),
    (
        "Обратный талон санаторно-курортной карты для детей (форма 076/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 361: талон, возвращаемый санаторием в поликлинику",
        """ОБРАТНЫЙ ТАЛОН санаторно-курортной карты для детей № [[R:<<####>>]]
Ребёнок [[P:{k}]], [[B:{bdk}]], путёвка № [[R:<<######>>]]
Находился в детском санатории «Белокуриха» с [[D:{td1}]] по [[D:{td3}]]
Сопровождающий: [[P:{q}]] (мать)
Диагноз {icd2}; проведено: ЛФК, галотерапия (код {usl}); эффект — улучшение.
Врач санатория [[P:{d_s}]], тел. [[T:{tc1}]]""",
    ),
    (
        "Уведомление о причинах возврата направления на медико-социальную экспертизу в медицинскую организацию",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 352: уведомление бюро МСЭ",
        """ФКУ «ГБ МСЭ», бюро № {small}, [[A:{ao}]]
УВЕДОМЛЕНИЕ о причинах возврата направления на МСЭ, исх. № {out} от [[D:{td2}]]
Направление № [[R:<<##>>-<<######>>]] от [[D:{td1}]] на [[P:{p_acc}]], [[B:{bd}]], СНИЛС [[S:{sn}]], возвращено.
Причина: не представлены результаты ЭхоКГ; отсутствует согласие гражданина.
Руководитель бюро [[P:{h_nl}]], тел. [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        "Справка о выполнении медицинской организацией программы экстракорпорального оплодотворения",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 348: справка клиники ВРТ",
        """СПРАВКА о выполнении программы ЭКО
Пациентка: [[P:{q}]], [[B:{bd2}]], полис ОМС [[O:{enp}]]
Супруг: [[P:{u}]], [[B:{bd3}]]
Направление комиссии № [[R:<<##>>-ЭКО-<<####>>]] от [[D:{td1}]]; программа начата [[D:{td2}]], перенос эмбриона [[D:{td3}]].
Код услуги {usl}; криоконтейнер (сосуд Дьюара) № {serial}, соломинки — лот {lot2}.
Главный врач [[P:{d_i}]]; клиника, лицензия № {lic}, [[T:{tc1}]]""",
    ),
    (
        "Извещение о критическом акушерском состоянии",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 339: извещение в акушерский дистанционный консультативный центр",
        """ИЗВЕЩЕНИЕ о критическом акушерском состоянии
В АДКЦ ПЦ: [[T:{tc1}]], [[E:{mo}]]
Пациентка: [[P:{q}]], [[B:{bd2}]]; обменная карта № [[R:<<####>>]]
Адрес: [[A:{a1}]]
Дата, время: [[D:{td1}]] {tm}; {icd}: тяжёлая преэклампсия, срок 33 нед.
Место: ЦРБ, родильное отделение, палата {ward}. Вызвана бригада санавиации.
Передал акушер-гинеколог [[P:{d_s}]] ([[T:{tm1}]]), принял [[P:{s_s}]]""",
    ),
    (
        "Направление на санитарно-микробиологическое исследование (форма 205/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 332: смывы с поверхностей (номера проб — не личные)",
        """НАПРАВЛЕНИЕ на санитарно-микробиологическое исследование № {ord2}
Объект: пищеблок ГБУЗ, [[A:{ao}]]
| № пробы | место отбора | время |
| {small} | разделочная доска «СМ» | {tm} |
| {bed}{small} | руки повара | {tm_b} |
| <<###>> | котёл № 2, инв. № {inv} | {tm_b} |
Руки повара — смыв у [[P:{x_s}]]. Отбор [[D:{td1}]], пробы доставлены в ИЛЦ, акт отбора № {out}.
Отобрала пом. эпидемиолога [[P:{n_s}]], тел. [[T:{tl1}]]""",
    ),
    (
        "Журнал регистрации трупной крови в лаборатории (форма 186/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 326: журнал судебно-химического отделения",
        """Журнал регистрации трупной крови
| рег. № | дата | Ф.И.О. умершего | № трупа (акт) | эксперт | результат (этанол) |
| [[R:<<####>>]] | [[D:{td1}]] | [[P:{p}]] | [[R:<<####>>]] | [[P:{d_s}]] | 2,4 ‰ |
| [[R:<<####>>]] | [[D:{td2}]] | [[P:{q}]] | [[R:<<####>>]] | [[P:{s_s}]] | не обн. |
ГХ «Хроматэк-Кристалл» зав. № {serial}; стандарт этанола серии {lot}.
Химик-эксперт [[P:{g_s}]]""",
    ),
    (
        "Задание на санитарный полет (форма 118/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 318: задание отделения санавиации",
        """ЗАДАНИЕ на санитарный полёт № [[R:<<####>>]] от [[D:{td1}]]
Борт: Ми-8 АМТ RA-<<#####>>, экипаж КВС [[P:{m_s}]]
Пункт назначения: [[A:{a3}]] (площадка ФАП)
Вызов принят {tm} от фельдшера [[P:{g_s}]], тел. [[T:{tm1}]]
Больной: [[P:{p}]], {age} лет, диагноз {icd}
Консультант: хирург [[P:{d_s}]]; бригада: анестезиолог [[P:{s_s}]], м/с [[P:{n_s}]]
Диспетчер санавиации [[P:{h_s}]], [[T:{tc1}]]""",
    ),
    (
        "Журнал записи вызовов скорой медицинской помощи (форма 109/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 314: журнал диспетчера подстанции",
        """ЖУРНАЛ записи вызовов СМП, подстанция № {small}
| № вызова | время приёма | адрес вызова | Ф.И.О., возраст | повод | кто вызвал, телефон | бригада |
| [[R:<<####>>]] | {tm} | [[A:{a1}]] | [[P:{p}]], {age} | боль в груди | жена, [[T:{tm1}]] | {brig} |
| [[R:<<####>>]] | {tm_b} | [[A:{a2}]] | [[P:{k_fi}]], {agek} | t° 39,5 | мать [[P:{q_io}]], [[T:{tm2}]] | {brig} |
| [[R:<<####>>]] | {tm_b} | трасса, 38-й км | неизв., ~40 | ДТП | прохожий, [[T:{tm3}]] | 2 |
Дата [[D:{td1}]]. Диспетчер [[P:{n_s}]]""",
    ),
    (
        "Извещение о побочном действии лекарственного препарата (форма 093/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 306: извещение в Росздравнадзор",
        """ИЗВЕЩЕНИЕ о нежелательной реакции лекарственного препарата
Пациент: [[P:{p_i}]], возраст {age}, пол {p_sex}, № ИБ [[R:<<#####>>]]
Препарат: амоксициллин + клавулановая кислота, серия {lot}, РУ {ru}
Начало приёма [[D:{td1}]], реакция [[D:{td2}]]: крапивница, ангиоотёк.
Исход: выздоровление. Сообщение внесено в АИС Росздравнадзора [[D:{td3}]].
Сообщил врач [[P:{d_s}]], [[T:{tc1}]], [[E:{md}]]""",
    ),
    (
        "Извещение о спортивной травме (форма 092/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 305: извещение врачебно-физкультурного диспансера",
        """ИЗВЕЩЕНИЕ о спортивной травме
Спортсмен: [[P:{p}]], [[B:{bd}]], вид спорта — вольная борьба, КМС
Организация: ГБУ «СШОР № {small}», тренер [[P:{m_s}]], [[T:{tm1}]]
Дата и место травмы: [[D:{td1}]], спортзал, [[A:{ao}]]
Диагноз: {icd2}; медицинская карта 062/у № [[R:<<####>>]]
Врач по спортивной медицине [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "Карта больного с имплантированным электрокардиостимулятором (форма 073/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 302: карта кабинета контроля ЭКС",
        """КАРТА больного с имплантированным ЭКС № [[R:<<###>>-ЭКС]]
[[P:{p}]], [[B:{bd}]], тел. [[T:{tm1}]], адрес [[A:{a1}]]
Имплантация [[D:{dold2}]]: ЭКС «Юнистим», модель DDD, зав. № {serial}; электроды — лот {lot}, {lot2}
Паспорт ЭКС (паспорт изделия) № {inv} — хранится у пациента.
Проверки: [[D:{td1}]] — порог 0,8 В; [[D:{td2}]] — норма.
Врач-кардиолог [[P:{d_s}]], кабинет {cab}, [[T:{tc1}]]""",
    ),
    (
        "Тетрадь учета работы на дому участковой (патронажной) медицинской сестры (форма 116/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 289: тетрадь патронажа",
        """Тетрадь учёта работы на дому, м/с [[P:{n_s}]], участок № {small}
[[D:{td1}]]: [[P:{p_s}]], [[A:{a1}]] — в/м инъекции, АД 150/90; дочь [[P:{q_io}]] [[T:{tm1}]]
[[D:{td1}]]: новорождённый [[P:{k_fi}]] ([[B:{bdn}]]), [[A:{a2}]], кв. на 3-м этаже, домофон 45 — патронаж
[[D:{td2}]]: [[P:{u_s}]] — перевязка; домашний [[T:{tl1}]]
Подпись ___ Ст. м/с [[P:{g_i}]]""",
    ),
    (
        "Путевка в детский санаторий (форма 077/у-02)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 285: путёвка ребёнку",
        """ПУТЁВКА № [[R:<<######>>]] в детский санаторий «Солнечный»
на [[P:{k_acc}]], [[B:{bdk}]], полис [[O:{enp}]]
Срок: с [[D:{td1}]] по [[D:{td4}]] (21 день); профиль — болезни органов дыхания
Санаторно-курортная карта № [[R:<<####>>]]
Родитель (законный представитель): [[P:{q}]], [[T:{tm1}]], [[E:{m2}]]
Путёвка оплачена ФСС, ИНН плательщика {innorg}; бланк серии {blser}
Выдана [[D:{td2}]], специалист [[P:{g_s}]]""",
    ),
    (
        "Талон на прием к врачу (форма 025-4/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 283: талон из инфомата",
        """ТАЛОН НА ПРИЁМ К ВРАЧУ № [[R:<<##>>-<<#####>>]]
ГБУЗ «Городская поликлиника № {small}», [[A:{ao}]]
Врач-офтальмолог [[P:{d_s}]], кабинет {cab}, окно 3
Дата приёма [[D:{td1}]], время {tm}
Пациент: [[P:{p_s}]], карта № [[R:<<######>>]]
Электронная очередь: А-{small}. Отмена записи: [[T:{th}]] или [[T:{tc1}]]""",
    ),
    (
        "Предупреждение лицу, заболевшему венерической болезнью (форма 065-2/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 307: предупреждение под подпись пациента",
        """ПРЕДУПРЕЖДЕНИЕ лицу, заболевшему венерической болезнью
Я, [[P:{p}]], [[B:{bd}]], проживающ{p_ii} [[A:{al1}]],
предупрежден{p_a} врачом-дерматовенерологом [[P:{d_s}]] о необходимости лечения и об ответственности по ст. 121 УК РФ.
Диагноз {icd2} установлен [[D:{td1}]]; медицинская карта 065/у № [[R:<<####>>]].
Контакты, подлежащие обследованию: [[P:{q_fi}]], тел. [[T:{tm1}]]
Явка на контроль [[D:{td3}]] в каб. {cab}. Подпись пациента ____ [[D:{td1}]]""",
    ),
    (
        "Паспорт на гомотрансплантат (форма 020/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 259: паспорт ткани — номер вещи, не человека; донор и реципиент — люди",
        """ПАСПОРТ на гомотрансплантат № {lot} (паспорт изделия биологического происхождения, не документ личности)
Ткань: роговица, заготовлена [[D:{td1}]] {tm}, консервация в среде «Борзенка-Мороз», лот {lot2}
Донор: код [[R:<<##>>-<<####>>-Д]] (Ф.И.О. не указывается), возраст {age}
Заготовил [[P:{d_s}]], проверил [[P:{h_s}]]
Выдан для реципиента [[P:{p_gen}]], ИБ № [[R:<<#####>>]], [[D:{td2}]]
Банк тканей: [[A:{ao}]], тел. [[T:{tc1}]]""",
    ),
    (
        "Журнал регистрации поступления и выдачи тел умерших (форма 015/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 255: журнал ПАО",
        """ЖУРНАЛ регистрации поступления и выдачи тел умерших
| № | дата и время поступл. | Ф.И.О. умершего | д.р. | откуда | № ИБ | выдано: дата, кому, документ |
| [[R:<<###>>]] | [[D:{td1}]] {tm} | [[P:{p_brk}]] | [[B:{bd}]] | терапия | [[R:<<#####>>]] | [[D:{td2}]], [[P:{q_dat}]], паспорт [[Q:{pas}]]; ритуальная служба «Память», а/м {pl} |
| [[R:<<###>>]] | [[D:{td2}]] {tm_b} | [[P:{u}]] | [[B:{bd2}]] | дом ([[A:{a1}]]) | — | не выдано |
Санитар [[P:{x_s}]], заведующий [[P:{d_s}]], тел. отделения [[T:{tl1}]]""",
    ),
    (
        "Акт медицинского освидетельствования на состояние опьянения (форма 307/у-05)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 227: акт кабинета наркологии",
        """АКТ медицинского освидетельствования на состояние опьянения № [[R:<<###>>]]
1. [[P:{p}]], [[B:{bd}]], [[A:{a1}]]
2. Документ: водительское удостоверение [[R:<<## ## ######>>]]
3. Основание: протокол о направлении [[R:<<## @@ ######>>]] от [[D:{td1}]], составил ИДПС [[P:{m_s}]]
4. Начало освидетельствования [[D:{td1}]] {tm}; алкотектор «Юпитер» зав. № {serial}, поверка до [[D:{td6}]]
5. Результат: 0,52 мг/л, через 15 мин — 0,49 мг/л. Заключение: установлено состояние опьянения.
Врач [[P:{d_s}]] (подготовка по вопросам освидетельствования пройдена [[D:{dold2}]])""",
    ),
    (
        "Справка об иммунизации донора (форма 408/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 225: справка отделения иммунизации доноров",
        """СПРАВКА об иммунизации донора
Донор: [[P:{p}]], [[B:{bd}]], донорский номер [[R:<<##>>-<<######>>]]
Иммунизация анатоксином стафилококковым, серия {lot}: [[D:{td1}]], [[D:{td2}]], [[D:{td3}]]
Титр антител [[D:{td4}]] — 6,0 МЕ/мл. Плазмаферез назначен на [[D:{td5}]].
Адрес донора [[A:{a1}]], тел. [[T:{tm1}]]
Врач-трансфузиолог [[P:{d_s}]]""",
    ),
    (
        "Книга регистрации листков нетрудоспособности (форма 036/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 211: книга регистрации ЭЛН",
        """КНИГА регистрации листков нетрудоспособности
| № ЭЛН | дата выдачи | Ф.И.О. | место работы | диагноз | врач | закрыт |
| [[R:<<############>>]] | [[D:{td1}]] | [[P:{p}]] | МБОУ «Гимназия № {small}» | {icd} | [[P:{d_sur}]] | [[D:{td3}]] |
| [[R:<<############>>]] | [[D:{td2}]] | [[P:{q}]] | ООО «Агрофирма Илек», ИНН {innorg} | {icd2} | [[P:{s_sur}]] | продолжается |
| [[R:<<############>>]] | [[D:{td2}]] | [[P:{u_s}]] (по уходу за [[P:{k_ins}]]) | ИП [[P:{h_s}]], ИНН [[I:{inn}]] | {icd} | [[P:{d_sur}]] | — |
Регистратор [[P:{n_s}]]""",
    ),
    (
        "Книга записи вызовов врача на дом (форма 031/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 210: регистратура поликлиники",
        """КНИГА записи вызовов врача на дом, [[D:{td1}]]
| № | время | Ф.И.О., возраст | адрес | телефон | участок | врач |
| {small} | {tm} | [[P:{p}]], {age} | [[A:{a1}]] | [[T:{tm1}]] | {bed} | [[P:{d_s}]] |
| {bed}{small} | {tm_b} | [[P:{k_fi}]], {agek} | [[A:{a2}]], подъезд 2, код 17К | [[T:{tc2}]] | {ward} | [[P:{s_s}]] |
| {ward}{small} | {tm_b} | [[P:{u_low}]] {age} | [[A:{a3}]] | [[T:{tsplit}]] | {bed} | [[P:{s_s}]] |
Принял регистратор [[P:{n_sur}]]""",
    ),
    (
        "Карта регистрации больного с осложнением после иммунизации туберкулезной вакциной",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 190: карта осложнения после БЦЖ",
        """КАРТА регистрации больного с осложнением после БЦЖ № [[R:<<##>>-<<###>>]]
Ребёнок: [[P:{k}]], [[B:{bdk}]], адрес [[A:{a1}]]
Вакцинация БЦЖ-М [[D:{dold2}]] в роддоме, серия вакцины {lot}, годна до 05.2025
Осложнение: лимфаденит (диагноз {icd}), выявлено [[D:{td1}]]
Мать: [[P:{q_ocr}]] (так в скане направления), тел. [[T:{tm1}]]
Фтизиатр [[P:{d_s}]]; карта направлена в НИИ фтизиопульмонологии [[D:{td2}]]""",
    ),
    (
        "Медицинское заключение на ребенка, передаваемого на воспитание в семью (форма 162/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 174: заключение по результатам обследования",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ на ребёнка, передаваемого на воспитание в семью № [[R:<<###>>]]
Ф.И.О. ребёнка: [[P:{k}]], дата рождения [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
Учреждение: ГКУ «Дом ребёнка», [[A:{ao}]]
Кандидат: [[P:{q}]], паспорт [[Q:{pas}]], проживает [[A:{al1}]]
Заключение: здоров; группа здоровья II. Дата обследования [[D:{td1}]].
Председатель комиссии [[P:{d_i}]], [[T:{tc1}]]""",
    ),
    (
        "Врачебное заключение о переводе беременной на другую работу (форма 084/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 172: заключение женской консультации",
        """ВРАЧЕБНОЕ ЗАКЛЮЧЕНИЕ о переводе беременной на другую работу
Дано [[P:{q_dat}]], [[B:{bd2}]], работающей оператором ЭВМ в АО «Калужский турбинный завод» (таб. № [[R:<<#####>>]])
Срок беременности 14 нед. (индивидуальная карта № [[R:<<####>>]])
Рекомендовано: освобождение от работы с ПЭВМ более 3 ч, ночных смен — с [[D:{td1}]] до родов.
Акушер-гинеколог [[P:{d_s}]], зав. ЖК [[P:{h_s}]]   [[D:{td1}]]""",
    ),
    (
        "Журнал учета доноров (форма 410/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 166: журнал отделения заготовки крови",
        """Журнал учёта доноров, выездная бригада, [[D:{td1}]], [[A:{ao}]]
| № донора | Ф.И.О. | д.р. | документ | адрес | телефон | донация |
| [[R:<<##>>-<<#####>>]] | [[P:{p}]] | [[B:{bd}]] | паспорт [[Q:{pas}]] | [[A:{a1}]] | [[T:{tm1}]] | кровь 450 мл, контейнер «Гемакон», лот {lot} |
| [[R:<<##>>-<<#####>>]] | [[P:{q}]] | [[B:{bd2}]] | в/у [[R:<<## ## ######>>]] | [[A:{a2}]] | [[T:{tm2}]] | отвод (Hb 118) |
Врач-трансфузиолог [[P:{d_s}]], регистратор [[P:{n_s}]]""",
    ),
    (
        "Карта записи консультации больного с острым отравлением химической этиологии (форма 163/у-04)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 130: телефонная консультация токсикологического центра",
        """КАРТА консультации больного с острым отравлением № [[R:<<####>>]]
Обращение [[D:{td1}]] {tm} по тел. токсикоцентра [[T:{tc1}]] от врача ЦРБ [[P:{s_s}]] ([[T:{tm2}]])
Пострадавший: [[P:{k}]], {agek} лет, проживает [[A:{al1}]]
Вещество: средство для прочистки труб «Крот», партия {lot}; {icd2}
Рекомендовано: перевод в ДРКБ; ИБ ЦРБ № [[R:<<#####>>]]
Консультант-токсиколог [[P:{d_s}]]""",
    ),
    (
        "Врачебно-контрольная карта физкультурника и спортсмена (форма 061/у)",
        "НСИ 1.2.643.5.1.13.13.11.1522, RECID 124: карта врачебно-физкультурного диспансера",
        """ВРАЧЕБНО-КОНТРОЛЬНАЯ КАРТА № [[R:<<####>>]]
[[P:{p}]], [[B:{bd}]], вид спорта — хапсагай (якутская борьба), спортивный разряд 1
Адрес [[A:{a1}]]; тел. [[T:{tm1}]], [[E:{m1}]]
ЭКГ [[D:{td1}]]: синусовая брадикардия 52/мин. Допущен к соревнованиям до [[D:{td6}]].
Тренер [[P:{m_s}]]; врач по спортивной медицине [[P:{d_s}]]""",
    ),
    (
        "Карточка регистрации пациента в приемном отделении — документ: паспорт гражданина Российской Федерации",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 1: внутренний паспорт; рядом технический паспорт здания и код подразделения",
        """КАРТОЧКА РЕГИСТРАЦИИ, приёмное отделение, корпус № 2 (технический паспорт БТИ инв. № {inv}, лит. Б)
Пациент: [[P:{p}]], пол {p_sex}, дата рождения [[B:{bd}]]
Документ, удостоверяющий личность: паспорт гражданина РФ серия [[Q:{pas}]], выдан МВД по республике [[D:{dold}]], код подразделения {podr}
Скан паспорта распознан как: [[P:{p_ocr}]]; бланк паспорта образца 2011 г. проверен по базе МВД.
Регистрация: [[A:{a1}]]; фактически: [[A:{a2}]]
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]], тел. [[T:{tm1}]]
Поступил [[D:{td1}]] в {tm}; МКСБ № [[R:<<#####>>/<<##>>]]. Регистратор [[P:{n_s}]]""",
    ),
    (
        "Анкета на оформление медицинской справки для выезжающего за границу — документ: заграничный паспорт гражданина Российской Федерации",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 2 и ID 1: загранпаспорт (9 цифр) и внутренний паспорт одного человека",
        """АНКЕТА пациента (справка по форме 082/у)
Ф.И.О.: [[P:{p}]]; латиницей как в загранпаспорте: [[P:{p_lat}]]
Дата рождения: [[B:{bd}]]
Заграничный паспорт: [[Q:{pasz}]], выдан [[D:{dold2}]], действителен до [[D:{td6}]]
Внутренний паспорт: [[Q:{pas}]], код подразделения {podr}
Страна выезда: Монголия (Улан-Батор), контакт там: [[T:{tf}]]
Телефон в РФ [[T:{tm1}]], e-mail [[E:{m1}]]
Подпись пациента ____ [[D:{td1}]]. Принял администратор [[P:{n_s}]]""",
    ),
    (
        "Направление на медицинское освидетельствование кандидата на военную службу по контракту — документ: военный билет",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 9 и ID 28: военный билет и временное удостоверение взамен него; номер войсковой части — организация",
        """Военный комиссариат, пункт отбора на военную службу по контракту
НАПРАВЛЕНИЕ № [[R:<<###>>/<<##>>]] на медицинское освидетельствование
Кандидат: [[P:{p}]], [[B:{bd}]]
Военный билет серии [[R:{vb}]], выдан военным комиссариатом района [[D:{dold}]]
(ранее — временное удостоверение взамен военного билета № [[R:<<#######>>]])
Личный номер [[R:<<@@>>-<<######>>]]; предполагаемое место службы — войсковая часть {vch}
Паспорт [[Q:{pas}]]. Адрес: [[A:{a1}]], тел. [[T:{tm1}]]
Начальник пункта отбора [[P:{h_i}]], тел. [[T:{tc1}]]""",
    ),
    (
        "Карта приема военнослужащего в поликлинике — документ: удостоверение личности офицера (военнослужащего Российской Федерации)",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 8 и ID 27: удостоверение личности военнослужащего, серия из двух букв и 7 цифр",
        """Военный госпиталь (филиал), поликлиника. КАРТА ПРИЁМА
[[P:{p}]], воинское звание — капитан, [[B:{bd2}]]
Удостоверение личности офицера [[R:{uvo}]], выдано [[D:{dold2}]] командиром в/ч {vch}
Полис ОМС не предъявлен; медицинская книжка военнослужащего № [[R:<<######>>]]
Жена [[P:{q_io}]] — контакт [[T:{tm1}]]; адрес служебной квартиры [[A:{a1}]]
Жалобы на боли в пояснице. Диагноз {icd}. Освобождение от служебных обязанностей с [[D:{td1}]] по [[D:{td2}]].
Врач-невролог [[P:{d_s}]], кабинет {cab}""",
    ),
    (
        "Регистрационная форма прикрепления иностранного гражданина к поликлинике — документ: вид на жительство",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 44 и ID 17: вид на жительство (82 № 1234567) и прежнее РВП",
        """ЗАЯВЛЕНИЕ о выборе медицинской организации (иностранный гражданин)
Ф.И.О.: [[P:{p}]], гражданство: Республика Казахстан
Дата рождения: [[B:{bd}]]
Вид на жительство иностранного гражданина: [[R:{vnzh}]], выдан УВМ МВД по региону [[D:{dold2}]], бессрочно
Ранее: разрешение на временное проживание № [[R:{rvp}]] от [[D:{dold}]]
Паспорт иностранного гражданина [[Q:{pasf}]]
Адрес регистрации: [[A:{a1}]]; тел. [[T:{tm1}]], в Казахстане [[T:{tf}]]
Полис ОМС [[O:{enp}]]. Дата [[D:{td1}]]. Принято: [[P:{n_s}]]""",
    ),
    (
        "Карта первичного осмотра в пункте временного размещения — документ: удостоверение беженца, свидетельство о предоставлении временного убежища",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 12 и ID 13: документы беженцев; номер пункта и комнаты — не личные",
        """ПВР «Берёзка» (здание — технический паспорт № {inv}), медпункт. КАРТА ПЕРВИЧНОГО ОСМОТРА № [[R:<<###>>]]
[[P:{p}]], [[B:{bd}]], комната {cab}
Документ: удостоверение беженца [[R:{ub}]] / свидетельство о предоставлении временного убежища [[R:{svu}]], выдано [[D:{dold2}]]
Член семьи: [[P:{k}]], [[B:{bdk}]] — свидетельство о рождении, выданное иностранным государством, [[C:{bcf}]]
Прививочный паспорт (сертификат) ребёнка: последняя вакцина АКДС, серия {lot}
Контакт: [[T:{tm1}]]. Осмотр [[D:{td1}]], фельдшер [[P:{g_s}]]""",
    ),
    (
        "Журнал медицинских осмотров членов экипажа судна — документ: паспорт моряка (удостоверение личности моряка)",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 7: паспорт моряка; судовые номера (ИМО, позывной) — не личные",
        """ЖУРНАЛ предрейсовых медосмотров, т/х «Капитан Бабичев», ИМО 9<<######>>, позывной UB<<##>>
| дата | Ф.И.О. | должность | паспорт моряка | АД | допуск |
| [[D:{td1}]] | [[P:{p_s}]] | боцман | [[Q:{pas_sea}]] | 130/85 | допущен |
| [[D:{td1}]] | [[P:{q_s}]] | кок | [[Q:МК <<#######>>]] | 120/80 | допущен |
| [[D:{td1}]] | [[P:{u_s}]] | моторист | загранпаспорт [[Q:{pasz}]] | 160/95 | не допущен |
Судовой врач [[P:{d_s}]]; связь с судном: Инмарсат [[T:+870 <<#########>>]]""",
    ),
    (
        "Регистрационная карточка пациента при утрате паспорта — документ: временное удостоверение личности гражданина Российской Федерации",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 5 и ID 25: временное удостоверение (форма 2П) и справка об освобождении",
        """РЕГИСТРАЦИОННАЯ КАРТОЧКА (паспорт утрачен)
Пациент [[P:{p}]], [[B:{bd}]]
Временное удостоверение личности гражданина РФ (форма № 2П) № [[R:{vul}]], выдано [[D:{td1}]], действительно до [[D:{td6}]]
Ранее выданный паспорт [[Q:{pas}]] — утрачен (заявление [[D:{td1}]])
Справка об освобождении из места лишения свободы № [[R:<<######>>]] от [[D:{dold2}]] (ФКУ ИК-{small})
Место пребывания: [[A:{a1}]]; телефон социального работника [[P:{g_s}]] — [[T:{tc1}]]
Бланк карточки серии {blser} № {bl1}. Регистратор [[P:{n_s}]]""",
    ),
    (
        "Заявление о прикреплении ребенка к детской поликлинике — документ: свидетельство о рождении",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 6 и ID 24: свидетельство ЗАГС и медицинское свидетельство о рождении",
        """ЗАЯВЛЕНИЕ о выборе медицинской организации для ребёнка
Законный представитель: [[P:{q}]], паспорт [[Q:{pas}]], код подразделения {podr}, тел. [[T:{tm1}]]
Ребёнок: [[P:{k}]], дата рождения [[B:{bdk}]]
Свидетельство о рождении [[C:{bc}]], выдано отделом ЗАГС [[D:{dold2}]]
Медицинское свидетельство о рождении (ф. 103/у) серии <<##>> № [[R:<<#########>>]]
СНИЛС ребёнка [[S:{sn}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]. Дата [[D:{td1}]]. Прививочный сертификат (ф. 156/у-93) — бланк серии {blser}
Принял [[P:{n_s}]]""",
    ),
    (
        "Договор на оказание платных медицинских услуг иностранному гражданину — документ: паспорт иностранного гражданина",
        "НСИ 1.2.643.5.1.13.13.99.2.48, ID 10 и ID 35: паспорт иностранного гражданина и миграционная карта; реквизиты клиники — не личные",
        """ДОГОВОР № [[R:<<####>>-ПУ/<<##>>]] на оказание платных медицинских услуг, [[D:{td1}]]
Исполнитель: ООО «Клиника "Байкал-Мед"», ИНН {innorg}, ОГРН {ogrn}, лицензия {lic}, [[A:{ao}]], [[T:{tc1}]]
Заказчик (пациент): [[P:{p}]] / [[P:{p_lat}]], [[B:{bd}]], ИНН [[I:{inn}]]
Паспорт иностранного гражданина: [[Q:{pasf8}]], выдан [[D:{dold2}]]; миграционная карта [[R:{mig}]]
Адрес пребывания: [[A:{a1}]]; тел. [[T:{tf}]], [[E:{m1}]]
Стоимость: {price} руб. (прейскурант, коды {usl}). Счёт № {ord2} выставлен организации-работодателю.
Администратор [[P:{n_s}]]   Пациент ____""",
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
            doc = build(render(rng, template), kind, source, f"blind11_{len(docs):04d}")
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
