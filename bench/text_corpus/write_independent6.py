"""Write ``independent6.jsonl``: the sixth blind corpus (issue 14), 2026-12-05.

Written by a helper engineer who never opened the recognizers (``ozero/deid/text/``), their
unit tests, any ``--misses`` output or earlier result files. From ``write_independent5.py``
only the file format and the writer-script structure were taken (markup codes, ``build``,
``<<shape>>``); no sentence, template or document-kind phrasing was reused. The phrasing is
rewritten from the narrative parts of SEMD documents (``/work/shared/reference/semd``:
instrumental and laboratory protocols) and from the public wording of Russian forms
(057/у, 003/у, 025/у, 027/у, 086/у, 107-1/у, 148-1/у-88, 106/у, 103/у, ЭЛН, ИПРА, 088/у…),
plus letters, complaints, nurse notes and call-centre transcripts.

Styles: terse form fields, long narrative, OCR noise (Latin look-alike letters, lost
spaces, «0» for «О»), lowercase chat-like text, tables flattened to text.

How it is made: each document kind below is one hand-written template; every template is
instantiated ``PER_KIND`` times with people, addresses, dates and numbers drawn from a fixed
seed (``random.Random(SEED)``), so the file rebuilds byte for byte. Gold spans are marked
inline as ``[[X:value]]``; offsets are computed here and asserted. ``<<shape>>`` draws a
number of that shape: ``#`` a digit, ``@`` an upper-case Cyrillic letter, ``%`` a Latin
one, anything else literal.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID. SNILS carry a valid check sum, ENP a Luhn
digit, personal INN both check digits.

Labelling rules of this corpus (decided before any scoring):

* PERSON — every person's name (patients, relatives, doctors, nurses, operators), in any
  case (declined), with initials before or after, upper or lower case, in Latin
  transliteration. The span is the name with its initials, without titles or positions.
  Not labelled: eponyms (симптом Щёткина-Блюмберга, окраска по Цилю-Нильсену), institutions
  named after people («ОКБ им. Н.Н. Бурденко»), drug and device names.
* ADDRESS — any address written as an address (street, house, settlement), a person's or
  an organisation's: the whole written address is one span, postal code and region
  included, whether the region comes first or last. An inflected settlement («в д.
  Ивановке») is labelled from its type abbreviation on. A bare city name in the name of
  an organisation («ГБУЗ «Тверская ОКБ»») is not labelled.
* DATE — every calendar date with at least day and month (including dates of orders and
  laws and of signatures); BIRTH_DATE for a date of birth. «г.» after a date is outside the
  span. Bare years, a month with a year, ages, times and durations are not labelled.
* RECORD_ID — the number of a document or record of a person: cards 003/у and 025/у,
  referrals, talons, ЭЛН (12 digits, although an INN is 12 digits too), prescriptions
  (series and number as one span when only «№» stands between them), protocols, sample,
  order, barcode and accession numbers, contracts, ДМС policies, temporary OMS
  certificates, ИПРА and МСЭ acts, medical birth/death certificates (103/у, 106/у), the
  ЗАГС death certificate, call-centre appeal numbers, ambulance call cards, police
  registrations (КУСП), a military ID, a migration card, a diploma, a personal work contract,
  numbers of correspondence with a person (outgoing «Исх. № 01-12/4351», incoming «вх. №»,
  a lawyer's request), a doctor's personal accreditation certificate and a lawyer's registry
  number (a person's document). The span is the number with its letters, slashes, dashes and
  year prefix, without «№».
* Not labelled (hard negatives): ICD-10 codes, service codes (A06.09.007), ministry orders
  and letters («приказ Минздрава России № 203н»: a law, not a record — only its date is
  labelled), GOST numbers, form codes (057/у-04), drug and vaccine lot numbers (a batch
  shared by thousands), drug registration numbers (ЛП-…), device models and registration
  certificates (РЗН …), an organisation's licence, INN (10 digits), OGRN, KPP, OID and
  code of the medical organisation, ward/room/bed/office numbers, doses, lab values, serial
  numbers of the organisation's equipment, orders of the organisation (a personnel «ПРИКАЗ
  № 214-к»), an invoice register's number, row numbers of journals and registers (№ п/п,
  N_ZAP), ambulance crew and district numbers, OKUD form codes.
* A birthplace is ADDRESS (it places a person); the city where a document was signed
  («г. Тверь» in a contract header) is not.
* PASSPORT — series and number as one span (with a «№» between them when written so).
  BIRTH_CERT — the ЗАГС birth certificate only («II-МЮ № 512345», one span).
* ENP — the 16-digit OMS policy number as written; SNILS, INN (12 digits, a person's),
  PHONE (any owner, any format, a 5-digit rural number too, extension excluded) and EMAIL
  (any owner) — the value as written.

Run: ``.venv/bin/python bench/text_corpus/write_independent6.py`` (rewrites the file).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent6.jsonl"
SEED = 6_2026_1205
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
CYR = "АБВГДЕЖЗИКЛМНПРСТУХЧ"
LAT = "ABCDEFHKLMNPRSTVXZ"

# surnames: declinable -ов/-ев/-ин, adjectival -ский, and indeclinable ones
M_SUR = [
    "Воронцов",
    "Голубев",
    "Дорофеев",
    "Ермолаев",
    "Завьялов",
    "Игнатьев",
    "Кудрявцев",
    "Лаптев",
    "Мартынов",
    "Никифоров",
    "Осипов",
    "Панкратов",
    "Родионов",
    "Савин",
    "Тарасов",
    "Устинов",
    "Филатов",
    "Харитонов",
    "Чернов",
    "Шилов",
    "Щукин",
    "Агафонов",
    "Белоусов",
    "Гусейнов",
    "Мусин",
    "Гарипов",
    "Дамдинов",
    "Ильин",
    "Каменский",
    "Залесский",
    "Ольшанский",
    "Жилинский",
    "Ткаченко",
    "Бондаренко",
    "Седых",
    "Долгих",
    "Ким",
    "Цой",
]
INDECL = {"Ткаченко", "Бондаренко", "Седых", "Долгих", "Ким", "Цой"}
M_FIRST = [
    "Антон",
    "Глеб",
    "Роман",
    "Станислав",
    "Арсений",
    "Тимофей",
    "Всеволод",
    "Ринат",
    "Айдар",
    "Баир",
    "Аркадий",
    "Эдуард",
    "Ефим",
    "Геннадий",
    "Семён",
    "Вячеслав",
    "Филипп",
    "Артур",
]
F_FIRST = [
    "Марина",
    "Людмила",
    "Наталья",
    "Ирина",
    "Валентина",
    "Олеся",
    "Анастасия",
    "Гульнара",
    "Тамара",
    "Елизавета",
    "Зоя",
    "Диана",
    "Кристина",
    "Юлия",
    "Вероника",
    "Любовь",
    "Ангелина",
    "Софья",
]
M_PAT = [
    "Сергеевич",
    "Олегович",
    "Анатольевич",
    "Рашидович",
    "Юрьевич",
    "Фёдорович",
    "Павлович",
    "Ильдарович",
]
F_PAT = [
    "Сергеевна",
    "Олеговна",
    "Анатольевна",
    "Рашидовна",
    "Юрьевна",
    "Фёдоровна",
    "Павловна",
    "Витальевна",
]

MONTHS = [
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

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "ъ": "ie", "э": "e", "ю": "iu",
    "я": "ia",
}  # fmt: skip


def lat(word: str) -> str:
    out = "".join(TRANSLIT.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:]


def decl_m_sur(s: str) -> tuple[str, str, str]:
    if s in INDECL:
        return s, s, s
    if s.endswith("ский"):
        b = s[:-2]
        return b + "ого", b + "ому", b + "им"
    return s + "а", s + "у", s + "ым"


def decl_f_sur(s: str) -> tuple[str, str, str, str]:
    """genitive, dative, instrumental, accusative"""
    if s in INDECL:
        return s, s, s, s
    if s.endswith("ская"):
        b = s[:-2]
        return b + "ой", b + "ой", b + "ой", b + "ую"
    b = s[:-1]
    return b + "ой", b + "ой", b + "ой", b + "у"


def decl_m_first(n: str) -> tuple[str, str, str]:
    if n.endswith("й"):
        b = n[:-1]
        return b + "я", b + "ю", b + "ем"
    return n + "а", n + "у", n + "ом"


def decl_f_first(n: str) -> tuple[str, str, str, str]:
    b = n[:-1]
    if n.endswith("ия"):
        return b + "и", b + "и", b + "ей", b + "ю"
    if n.endswith("я"):
        return b + "и", b + "е", b + "ей", b + "ю"
    if n.endswith("ь"):  # Любовь
        return "Любови", "Любови", "Любовью", "Любовь"
    gen = b + ("и" if b[-1] in "гкхжшчщ" else "ы")
    ins = b + ("ей" if b[-1] in "жшчщц" else "ой")
    return gen, b + "е", ins, b + "у"


def person(rng: random.Random, prefix: str, male: bool | None = None) -> dict:
    male = rng.random() < 0.5 if male is None else male
    if male:
        sur = rng.choice(M_SUR)
        first, pat = rng.choice(M_FIRST), rng.choice(M_PAT)
        sg, sd, si = decl_m_sur(sur)
        fg, fd, fi = decl_m_first(first)
        pg, pd, pi = pat + "а", pat + "у", pat + "ем"
        sa, fa, pa = sg, fg, pg
    else:
        base = rng.choice(M_SUR)
        if base in INDECL:
            sur = base
        elif base.endswith("ский"):
            sur = base[:-2] + "ая"
        else:
            sur = base + "а"
        first, pat = rng.choice(F_FIRST), rng.choice(F_PAT)
        sg, sd, si, sa = decl_f_sur(sur)
        fg, fd, fi, fa = decl_f_first(first)
        pb = pat[:-1]
        pg, pd, pi, pa = pb + "ы", pb + "е", pb + "ой", pb + "у"
    ini = f"{first[0]}.{pat[0]}."
    p = {
        "": f"{sur} {first} {pat}",
        "_gen": f"{sg} {fg} {pg}",
        "_dat": f"{sd} {fd} {pd}",
        "_ins": f"{si} {fi} {pi}",
        "_acc": f"{sa} {fa} {pa}",
        "_s": f"{sur} {ini}",
        "_s_gen": f"{sg} {ini}",
        "_s_dat": f"{sd} {ini}",
        "_s_ins": f"{si} {ini}",
        "_i": f"{ini} {sur}",
        "_i_gen": f"{ini} {sg}",
        "_i_dat": f"{ini} {sd}",
        "_sur": sur,
        "_sur_gen": sg,
        "_sur_dat": sd,
        "_sur_ins": si,
        "_io": f"{first} {pat}",
        "_io_dat": f"{fd} {pd}",
        "_io_gen": f"{fg} {pg}",
        "_first": first,
        "_fi": f"{first} {sur}",
        "_up": f"{sur} {first} {pat}".upper(),
        "_low": f"{sur} {first} {pat}".lower(),
        "_sur_low": sur.lower(),
        "_lat": f"{lat(sur).upper()} {lat(first).upper()}",
        "_latfi": f"{lat(first)} {lat(sur)}",
        "_ini_nodot": f"{sur} {first[0]}{pat[0]}",
        "_ga": "" if male else "а",
        "_la": "" if male else "ла",
        "_ego": "его" if male else "её",
        "_on": "он" if male else "она",
    }
    return {prefix + k: v for k, v in p.items()}


def snils(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        if body[0] == 0 or len(set(body)) < 4:
            continue
        total = sum(d * (9 - i) for i, d in enumerate(body))
        check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
        d = "".join(map(str, body)) + f"{check:02d}"
        style = rng.choice(["a", "a", "b", "c", "d"])
        if style == "a":
            return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"
        if style == "b":
            return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
        if style == "c":
            return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        return d


def luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def enp(rng: random.Random) -> str:
    body = rng.choice(["69", "77", "50", "78", "16", "03"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(13)
    )
    d = body + luhn(body)
    return d if rng.random() < 0.75 else f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"


def inn12(rng: random.Random) -> str:
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d = [rng.randint(0, 7), rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append(sum(a * b for a, b in zip(d, w11)) % 11 % 10)
    d.append(sum(a * b for a, b in zip(d, w12)) % 11 % 10)
    return "".join(map(str, d))


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


def date(rng: random.Random, y: int, style: str | None = None) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = style or rng.choice(["dot", "dot", "dot", "words", "short", "iso", "nodots", "dash"])
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "words":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "wordsd":
        return f"«{d:02d}» {MONTHS[m - 1]} {y}"
    if style == "short":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "nodots":
        return f"{d}.{m}.{y}"
    if style == "nodm":
        return f"{d} {MONTHS[m - 1]}"
    return f"{d:02d}-{m:02d}-{y}"


TOWNS = [  # nominative, locative
    ("г. Тверь", "г. Твери"),
    ("г. Торжок", "г. Торжке"),
    ("г. Бежецк", "г. Бежецке"),
    ("г. Кимры", "г. Кимрах"),
    ("г. Ржев", "г. Ржеве"),
    ("г. Вышний Волочёк", "г. Вышнем Волочке"),
    ("г. Конаково", "г. Конаково"),
    ("г. Осташков", "г. Осташкове"),
]
VILLAGES = [  # nominative, locative, district, district in the genitive
    ("д. Ивановка", "д. Ивановке", "Калининский р-н", "Калининского р-на"),
    ("с. Покровское", "с. Покровском", "Старицкий р-н", "Старицкого р-на"),
    ("д. Малые Горки", "д. Малых Горках", "Торжокский р-н", "Торжокского р-на"),
    ("пос. Лесной", "пос. Лесном", "Лесной м.о.", "Лесного м.о."),
    ("с. Новосёлки", "с. Новосёлках", "Рамешковский р-н", "Рамешковского р-на"),
    ("пгт Красный Холм", "пгт Красном Холме", "Краснохолмский м.о.", "Краснохолмского м.о."),
    ("д. Заречье", "д. Заречье", "Кимрский р-н", "Кимрского р-на"),
    ("пгт Сонково", "пгт Сонково", "Сонковский р-н", "Сонковского р-на"),
    ("с. Кесова Гора", "с. Кесовой Горе", "Кесовогорский р-н", "Кесовогорского р-на"),
]
STREETS = [  # names written after «ул.»
    "Чайковского",
    "Склизкова",
    "Советская",
    "Орджоникидзе",
    "Коминтерна",
    "Тракторная",
    "Красноармейская",
    "Декабристов",
]
TYPED = [  # streets that carry their own type word
    "Тверской пр-т",
    "б-р Цанова",
    "наб. Афанасия Никитина",
    "пер. Свободный",
    "Волоколамское ш.",
    "пр-т Победы",
]


def address(rng: random.Random) -> str:
    town, _ = rng.choice(TOWNS)
    vil, _, dist, _ = rng.choice(VILLAGES)
    st, any_st = rng.choice(STREETS), rng.choice(STREETS + TYPED)
    h, f = rng.randint(1, 120), rng.randint(1, 260)
    idx = shape(rng, "17####")
    k = rng.randint(0, 13)
    if k == 0:
        return f"{idx}, {town}, ул. {st}, д. {h}, кв. {f}"
    if k == 1:
        return f"Тверская обл., {dist}, {vil}, д. {h}"
    if k == 2:
        return f"{town}, {any_st} {h}-{f}"
    if k == 3:
        return f"{town}, мкр. {rng.choice(['Южный', 'Мигалово', 'Юность'])}, д. {h}, кв. {f}"
    if k == 4:
        return f"Санкт-Петербург, Лиговский пр., {h}, лит. А, кв. {f}"
    if k == 5:
        return f"Москва, Зеленоград, корп. {rng.randint(1100, 2040)}, кв. {f}"
    if k == 6:
        return f"СНТ «{rng.choice(['Берёзка', 'Рассвет', 'Мичуринец'])}», уч. {h}, {dist}"
    if k == 7:
        return f"ул. {st}, д. {h}, стр. {rng.randint(1, 4)}, {town}, Тверская область, {idx}"
    if k == 8:
        return f"{vil}, ул. Школьная, {h}"
    if k == 9:
        return f"{vil}, {any_st} {h}, кв {f}"
    if k == 10:
        return (
            f"Московская обл., г.о. Подольск, мкр. Климовск, ул. {st}, д. {h} "
            f"корп. {rng.randint(1, 3)} кв. {f}"
        )
    if k == 11:
        return f"{town}, {any_st}, {h}–{f}"
    if k == 12:
        return f"Казань, ул. {st}, дом {h}Б, квартира {f}"
    return f"{town.replace(' ', '')},ул.{st.replace(' ', '')},д.{h},кв.{f}"


def loc_address(rng: random.Random) -> str:
    """An address as it follows «проживает в …» (locative)."""
    if rng.random() < 0.5:
        _, vil_loc, _, dist_gen = rng.choice(VILLAGES)
        return rng.choice([vil_loc, f"{vil_loc} {dist_gen}", f"{vil_loc}, д. {rng.randint(1, 60)}"])
    _, town_loc = rng.choice(TOWNS)
    return f"{town_loc}, ул. {rng.choice(STREETS)}, {rng.randint(1, 90)}"


def phone(rng: random.Random) -> str:
    code = rng.choice(["910", "915", "920", "952", "904", "960", "999"])
    n = shape(rng, "#######")
    k = rng.randint(0, 9)
    if k == 0:
        return f"+7 ({code}) {n[:3]}-{n[3:5]}-{n[5:]}"
    if k == 1:
        return f"8 {code} {n[:3]} {n[3:5]} {n[5:]}"
    if k == 2:
        return f"8{code}{n}"
    if k == 3:
        return f"+7{code}{n}"
    if k == 4:
        return f"+7-{code}-{n[:3]}-{n[3:5]}-{n[5:]}"
    if k == 5:
        return f"8(4822){n[1:3]}-{n[3:5]}-{n[5:]}"
    if k == 6:
        return f"8 (48234) {n[2]}-{n[3:5]}-{n[5:]}"
    if k == 7:
        return f"8({code}){n[:3]}-{n[3:]}"
    if k == 8:
        return f"+7 {code} {n}"
    return f"8-{code}-{n[:3]}-{n[3:]}"


def email(rng: random.Random, sur: str, first: str) -> str:
    user = rng.choice(
        [f"{lat(sur).lower()}.{lat(first)[0].lower()}", f"{lat(first).lower()}{rng.randint(70, 99)}",
         f"{lat(sur).lower()}_{rng.randint(1, 999)}"]
    )  # fmt: skip
    return f"{user}@{rng.choice(['mail.ru', 'yandex.ru', 'list.ru', 'inbox.ru', 'rambler.ru'])}"


def passport(rng: random.Random) -> str:
    s, n = shape(rng, "28##"), shape(rng, "######")
    return rng.choice([f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s[:2]} {s[2:]} № {n}", f"{s} №{n}"])


def bcert(rng: random.Random) -> str:
    roman = rng.choice(["I", "II", "III", "IV", "V", "VI"])
    letters = rng.choice(["ОН", "МЮ", "ИК", "ПА", "РА", "СТ"])
    n = shape(rng, "######")
    return rng.choice(
        [f"{roman}-{letters} № {n}", f"{roman}-{letters} №{n}", f"{roman}-{letters} {n}"]
    )


def fillers(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "q", "r", "d", "e"):
        f.update(person(rng, pre))
    for pre, male in (("f", False), ("g", False), ("m", True), ("n", True)):
        f.update(person(rng, pre, male))
    f["bd"] = date(
        rng, rng.randint(1936, 2004), rng.choice(["dot", "dot", "words", "short", "nodots"])
    )
    f["bdk"] = date(rng, rng.randint(2012, 2024), rng.choice(["dot", "dot", "words"]))
    f["bdq"] = date(rng, rng.randint(1950, 1995), "dot")
    f["bdt"] = date(rng, rng.randint(2007, 2010), rng.choice(["dot", "words"]))
    for i in range(1, 7):
        f[f"t{i}"] = date(rng, 2025)
        f[f"td{i}"] = date(rng, rng.choice([2025, 2026]), "dot")
    f["tw"] = date(rng, 2025, "wordsd")
    f["tnm"] = date(rng, 2025, "nodm")
    f["adr"] = address(rng)
    f["adr2"] = address(rng)
    f["loc"] = loc_address(rng)
    f["sn"] = snils(rng)
    f["sn2"] = snils(rng)
    f["enp"] = enp(rng)
    f["inn"] = inn12(rng)
    f["pas"] = passport(rng)
    f["bc"] = bcert(rng)
    f["tel"] = phone(rng)
    f["tel2"] = phone(rng)
    f["mail"] = email(rng, f["p_sur"], f["p_first"])
    f["mail2"] = email(rng, f["q_sur"], f["q_first"])
    f["age"] = str(rng.randint(19, 88))
    f["eln"] = shape(rng, "9#0#########")
    f["ward"] = str(rng.randint(101, 640))
    f["yr"] = "2025"
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
        "направление на госпитализацию 057/у",
        "форма 057/у-04, поля направления и обоснование",
        """Министерство здравоохранения Тверской области
ГБУЗ «Городская поликлиника № 3», код МО 690017, ОГРН 1026900541230
Форма № 057/у-04
НАПРАВЛЕНИЕ № [[R:<<####>>/<<##>>-Г]]
на госпитализацию, восстановительное лечение, обследование, консультацию (нужное подчеркнуть)
в ГБУЗ «Областная клиническая больница»
1. Номер страхового полиса ОМС [[O:{enp}]]
2. Код льготы 081
3. Фамилия, имя, отчество [[P:{p}]]
4. Дата рождения [[B:{bd}]]
5. Адрес постоянного места жительства [[A:{adr}]]
6. Место работы, должность: пенсионер
7. Обоснование направления: ИБС, стенокардия напряжения ФК III (I20.8). ЭКГ от [[D:{t1}]] — депрессия ST в V4–V6. Нуждается в КАГ.
Должность медицинского работника: врач-терапевт участковый [[P:{d_s}]]
Заведующий отделением [[P:{e_s}]]
«__» ______ 20__ г.   М.П.""",
    ),
    (
        "направление на консультацию, свободный текст",
        "письмо-направление участкового врача консультанту (нарратив)",
        """Уважаемый коллега!
Направляю к Вам пациента [[P:{m_acc}]], [[B:{bd}]] г.р., проживающего по адресу: [[A:{adr}]], для решения вопроса о тактике ведения. Наблюдается у меня с {yr} г. по поводу сахарного диабета 2 типа (E11.7), получает метформин 1000 мг 2 р/д, гликлазид MB 60 мг утром. HbA1c от [[D:{t2}]] — 9,4 %, креатинин 131 мкмоль/л, СКФ (CKD-EPI) 46 мл/мин/1,73 м². Амбулаторная карта № [[R:<<#####>>]]. Контактный телефон пациента [[T:{tel}]], дочь [[P:{g_io}]] — [[T:{tel2}]].
С уважением, врач общей практики [[P:{d_i}]], [[D:{t3}]]""",
    ),
    (
        "листок нетрудоспособности, выписка из ЭЛН",
        "поля электронного листка нетрудоспособности ФСС (СФР)",
        """ЭЛЕКТРОННЫЙ ЛИСТОК НЕТРУДОСПОСОБНОСТИ
№ ЭЛН: [[R:{eln}]]   первичный
Продолжение ЭЛН №: —
Получатель: [[P:{p_up}]]
СНИЛС: [[S:{sn}]]   ИНН: [[I:{inn}]]
Дата рождения: [[B:{bd}]]
Причина нетрудоспособности: 01 (заболевание)
Освобождение от работы: с [[D:{td1}]] по [[D:{td2}]], врач [[P:{d_s}]] (терапевт)
Приступить к работе: [[D:{td3}]]
Место работы: ООО «Верхневолжский хлебозавод», ИНН 6950012345""",
    ),
    (
        "звонок в колл-центр по больничному",
        "расшифровка разговора оператора регистратуры (разговорный стиль)",
        """Оператор: Единая регистратура, меня зовут [[P:{e_first}]], слушаю вас.
Абонент: здравствуйте, я [[P:{p_fi}]], мне больничный закрыли, а на работе говорят номер не находится.
Оператор: продиктуйте номер листка, пожалуйста.
Абонент: девять… сейчас… [[R:{eln}]].
Оператор: и дату рождения.
Абонент: [[B:{bd}]].
Оператор: вижу, лист закрыт [[D:{td1}]] доктором [[P:{d_sur_ins}]], статус «закрыт», в фонд направлен. Пусть кадровик запросит ещё раз. Могу оставить обращение, номер обращения [[R:<<ОБР-####-#####>>]], вам перезвонят на [[T:{tel}]].
Абонент: да, на этот, спасибо.""",
    ),
    (
        "рецепт 107-1/у",
        "бланк рецепта 107-1/у (поля бланка, сокращения)",
        """Министерство здравоохранения Российской Федерации
Штамп мед. организации   Код формы по ОКУД 3108805   Форма № 107-1/у
РЕЦЕПТ № [[R:<<####>>]]   (взрослый, детский — нужное подчеркнуть)
[[D:{t1}]] г.
Ф.И.О. пациента [[P:{p}]]
Дата рождения [[B:{bd}]]
Ф.И.О. лечащего врача [[P:{d}]]
Rp.: Tab. Amlodipini 10 mg N 30
D.S. по 1 таб. 1 раз в день утром.
Рецепт действителен 60 дней.""",
    ),
    (
        "рецепт на льготный препарат 148-1/у-04",
        "бланк 148-1/у-04(л), поля серии и номера, СНИЛС, полис",
        """Код категории граждан 081  Код нозологической формы (по МКБ-10) E10.6
Источник финансирования: федеральный бюджет   % оплаты: бесплатно
РЕЦЕПТ Серия [[R:<<69-25>> № <<#######>>]]   Дата выписки [[D:{td1}]]
Ф.И.О. [[P:{p}]]   Дата рождения [[B:{bd}]]
СНИЛС [[S:{sn}]]   № полиса ОМС [[O:{enp}]]
№ мед. карты амб. больного [[R:<<######>>]]
Ф.И.О. врача [[P:{d_s}]]
Rp.: Insulini glargini 100 ЕД/мл 3 мл № 5 (серия препарата 2A41097, ЛП-003472)
Подпись и печать лечащего врача. Рецепт действителен в течение 30 дней.""",
    ),
    (
        "рецепт 148-1/у-88 на психотропный препарат",
        "бланк 148-1/у-88 с серией и номером (OCR-скан)",
        """ФОРМА № 148-1/у-88  РЕЦЕПТУРНЫЙ БЛАНК
Серия [[R:<<6925>> <<######>>]]
Ф.И.0. бoльного [[P:{p_s}]]   Возраст {age} л.
Адрес или № мед. карты [[R:<<##>>/<<####>>]]
Ф.И.О. врача [[P:{d_s}]]
Rp: Phenobarbitali 0,1 N 20 D.S. по 1/2 таб на ночь
Подпись врача ______  «__» ________ 20__ г.  [[D:{t2}]]""",
    ),
    (
        "протокол ультразвукового исследования",
        "СЭМД «Протокол инструментального исследования», раздел «Описание» (нарратив)",
        """ПРОТОКОЛ УЛЬТРАЗВУКОВОГО ИССЛЕДОВАНИЯ № [[R:<<УЗИ-25-#####>>]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р.   Карта № [[R:<<#####>>/С<<##>>]]
Дата исследования: [[D:{t1}]]   Аппарат: Mindray DC-80, конвексный датчик 3,5 МГц
Услуга: A04.16.001 (УЗИ органов брюшной полости)
Печень: правая доля 158 мм, левая 72 мм, контуры ровные, эхогенность повышена, структура однородная. Желчный пузырь 78×31 мм, стенка 2 мм, в просвете гиперэхогенное образование 12 мм с акустической тенью. Холедох 5 мм. Поджелудочная железа: головка 27 мм, тело 14 мм.
Заключение: ЖКБ, холецистолитиаз (K80.2). Диффузные изменения печени.
Врач ультразвуковой диагностики [[P:{d_i}]]""",
    ),
    (
        "протокол компьютерной томографии",
        "СЭМД 174 «Протокол инструментального исследования»: описание и заключение",
        """Accession number: [[R:<<%%>><<#########>>]]   Направление № [[R:<<####>>-<<###>>]] от [[D:{t1}]]
Ф.И.О.: [[P:{p_up}]]   ДР [[B:{bd}]]   СНИЛС [[S:{sn}]]
Исследование: КТ органов грудной клетки без контраста (A06.09.005), Siemens Somatom go.Up, DLP 212 мГр·см.
Описание: в S6 правого лёгкого субплевральный очаг 7×5 мм, солидный, с ровными контурами (Lung-RADS 3). Внутригрудные лимфоузлы не увеличены. Жидкости в плевральных полостях нет.
Заключение: очаговое образование правого лёгкого. Рекомендован контроль КТ через 6 месяцев.
Врач-рентгенолог [[P:{d_s}]]; второе мнение — [[P:{e_s}]], [[D:{t2}]]""",
    ),
    (
        "протокол лабораторного исследования",
        "СЭМД 186 «Протокол лабораторного исследования», шапка и результаты",
        """ПРОТОКОЛ ЛАБОРАТОРНОГО ИССЛЕДОВАНИЯ
Заказ ЛИС № [[R:<<##########>>]]   Штрих-код пробирки [[R:<<#########>>]]
Пациент [[P:{p_s}]], пол: ж/м, дата рождения [[B:{bd}]], полис [[O:{enp}]]
Биоматериал: венозная кровь (ЭДТА), взят [[D:{td1}]] в 08:15, доставлен 09:40
Общий анализ крови (B03.016.002): WBC 7,8×10^9/л; RBC 4,41×10^12/л; HGB 131 г/л; HCT 39,2 %; PLT 254×10^9/л; СОЭ 18 мм/ч
Анализатор Sysmex XN-1000, серийный № 31542 (оборудование лаборатории)
Исследование выполнил [[P:{d_s}]], одобрил [[P:{e_i}]]""",
    ),
    (
        "медицинская карта стационарного больного 003/у, титульный лист",
        "титульный лист формы 003/у (поля, табличный текст)",
        """МЕДИЦИНСКАЯ КАРТА № [[R:<<####>>/<<###>>]]
пациента, получающего медицинскую помощь в стационарных условиях
Дата и время поступления [[D:{td1}]] 14:25   Дата и время выписки [[D:{td2}]] 11:00
Отделение: кардиологическое № 2   Палата № {ward}   Койка 3
Проведено койко-дней: 9
1. Ф.И.О. [[P:{p}]]   2. Пол муж/жен
3. Дата рождения [[B:{bd}]] ({age} лет)
4. Документ, удостоверяющий личность: паспорт [[Q:{pas}]]
5. Адрес регистрации: [[A:{adr}]]
6. СНИЛС [[S:{sn}]]   7. Полис ОМС [[O:{enp}]], выдан «АО СК «СОГАЗ-Мед»»
8. Представитель: [[P:{q}]], тел. [[T:{tel}]]
Группа крови A(II) Rh+, аллергия: пенициллины""",
    ),
    (
        "первичный осмотр в приёмном отделении",
        "запись в медицинской карте стационарного больного (длинный нарратив)",
        """Осмотр дежурного врача приёмного отделения [[D:{t1}]], 02:40.
Пациентка [[P:{f_sur}]], {age} лет, доставлена бригадой СМП (карта вызова № [[R:<<###>>-<<#####>>]]) из дома — [[A:{adr}]]. Со слов сопровождающего мужа ([[P:{m_fi}]]), около 23:00 появилась слабость в правых конечностях и нарушение речи. Ранее ОНМК не было. Гипертоническая болезнь около 10 лет, принимает лозартан 50 мг нерегулярно.
Объективно: АД 186/104 мм рт. ст., ЧСС 92 уд/мин, SpO2 96 %. Сознание ясное, моторная афазия, правосторонний гемипарез до 3 баллов, NIHSS 9.
DS: ОНМК по ишемическому типу в бассейне ЛСМА (I63.5). Госпитализирована в ПСО, палата интенсивной терапии № 4, койка 2. Медицинская карта № [[R:<<#####>>]].
Дежурный невролог [[P:{d_s}]]""",
    ),
    (
        "выписной эпикриз",
        "раздел «Эпикриз» СЭМД выписного эпикриза, нарратив",
        """ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты № [[R:<<#####>>-<<##>>]]
[[P:{p}]], [[B:{bd}]] года рождения, находился(ась) на лечении в хирургическом отделении с [[D:{t1}]] по [[D:{t2}]].
Диагноз основной: Острый флегмонозный аппендицит (K35.8). Операция [[D:{t3}]]: лапароскопическая аппендэктомия (A16.18.009.001), хирург [[P:{d_s}]], анестезиолог [[P:{e_s}]].
Послеоперационный период без осложнений. Швы сняты на 7-е сутки. Гистологическое заключение № [[R:<<Г-####/25>>]]: флегмонозный аппендицит.
ЛН № [[R:{eln}]] открыт с [[D:{t1}]], продлён, к труду с [[D:{t4}]].
Рекомендовано: наблюдение хирурга по месту жительства ([[A:{adr}]]), ограничение нагрузок 1 месяц. Выписку получил(а) на руки.
Лечащий врач [[P:{d_i}]], зав. отделением [[P:{r_i}]]""",
    ),
    (
        "протокол операции",
        "протокол операции из карты 003/у, хронологический нарратив",
        """Протокол операции № [[R:<<###>>]] от [[D:{t1}]]
Больной: [[P:{p_s}]], ИБ № [[R:<<####>>/<<#>>]], операционная № 2.
Операция: Грыжесечение, пластика передней брюшной стенки по Лихтенштейну (A16.30.001.001). Начало 10:05, окончание 11:20.
Под СМА. Косым паховым разрезом рассечены кожа, клетчатка, апоневроз. Грыжевой мешок выделен, вскрыт, содержимого нет, прошит, отсечён. Задняя стенка укреплена полипропиленовой сетью 6×11 см (Ethicon Prolene, LOT PJM0412). Швы на кожу по Донати.
Кровопотеря 30 мл. Препарат на гистологию не направлялся.
Хирург [[P:{d_s}]]   Ассистент [[P:{e_s}]]   Операционная сестра [[P:{r_s}]]   Анестезиолог [[P:{q_s}]]""",
    ),
    (
        "запись в амбулаторной карте 025/у",
        "медицинская карта пациента, получающего помощь в амбулаторных условиях (025/у)",
        """Медицинская карта № [[R:<<Т-#####>>]] (ф. 025/у)
[[D:{t1}]]  Прием врача-терапевта участкового (B01.047.001), первичный.
Жалобы на кашель с мокротой, t 38,2 °C в течение 3 дней.
Anamnesis morbi: заболел(а) остро после переохлаждения. Контакт с [[P:{n_sur_ins}]] (сосед, ОРВИ).
St. praesens: состояние ср. тяжести, ЧДД 20/мин, SpO2 95 %, в лёгких справа в нижних отделах влажные хрипы.
Ds: Внебольничная пневмония нижней доли правого лёгкого, нетяжёлая (J18.1).
Назначено: амоксициллин/клавуланат 875/125 мг 2 р/д 7 дней; R-графия ОГК (A06.09.007) — направление № [[R:<<#######>>]].
Повторная явка [[D:{t2}]]. Выдан ЭЛН № [[R:{eln}]].
Врач [[P:{d_ini_nodot}]]""",
    ),
    (
        "талон пациента, получающего помощь амбулаторно",
        "талон 025-1/у, поля через вертикальную черту (выгрузка)",
        """ТАЛОН № [[R:<<#########>>]] | Дата открытия [[D:{td1}]] | Дата закрытия [[D:{td2}]]
Пациент | [[P:{p}]] | [[B:{bd}]] | СНИЛС [[S:{sn}]] | Полис [[O:{enp}]]
Цель посещения | 1.0 (лечебно-диагностическая) | Место | поликлиника
Диагноз | M54.5 | характер | острое
Услуги | B01.023.001; A05.10.006 | УЕТ 1,5
Врач | [[P:{d_s}]] | спец. 53 | СНИЛС врача [[S:{sn2}]]""",
    ),
    (
        "талон на оказание ВМП",
        "талон на оказание высокотехнологичной медицинской помощи (подсистема ВМП)",
        """Талон на оказание ВМП № [[R:<<69>>.<<0000>>.<<#####>>.<<###>>]]
Дата оформления: [[D:{td1}]]
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]]
Документ: паспорт гражданина РФ [[Q:{pas}]]
Профиль: сердечно-сосудистая хирургия, вид ВМП 42.00.003, метод: коронарное шунтирование
Диагноз: I25.1. Направляющая МО: ГБУЗ «ОКБ», протокол врачебной комиссии № [[R:<<###>>]] от [[D:{td2}]]
Ответственный: [[P:{d_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "справка 086/у",
        "медицинская справка 086/у для абитуриента (форма)",
        """МЕДИЦИНСКАЯ СПРАВКА (врачебное профессионально-консультативное заключение)
Форма № 086/у   Регистрационный № [[R:<<###>>/<<##>>]]
1. Выдана для представления в ГБПОУ «Тверской медицинский колледж»
2. Фамилия, имя, отчество [[P:{p}]]
3. Дата рождения [[B:{bdt}]]
4. Адрес места жительства [[A:{adr}]]
5. Перенесённые заболевания: ветряная оспа (B01.9), ОРВИ
6. Прививки: АДС-М [[D:{t1}]] (серия 234, годен до 11.2026), корь — V2
Группа здоровья II. Медицинских противопоказаний к обучению не выявлено.
Дата выдачи [[D:{t2}]]. Главный врач [[P:{e_s}]]""",
    ),
    (
        "медицинское свидетельство о рождении 103/у",
        "корешок и бланк медицинского свидетельства о рождении (103/у)",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ
СЕРИЯ [[R:<<28>> № <<#########>>]]   Дата выдачи [[D:{td1}]]
Ребёнок родился: [[B:{td2}]] в 04 час. 37 мин.
Мать: [[P:{f}]], дата рождения [[B:{bdq}]]
Место постоянного жительства матери: [[A:{adr}]]
Документ матери: паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Пол ребёнка: мужской; масса 3480 г, длина 52 см; роды в стационаре, одноплодные
Лицо, принимавшее роды: врач-акушер-гинеколог [[P:{d_s}]]""",
    ),
    (
        "свидетельство о рождении ЗАГС в карте новорождённого",
        "запись педиатра о документах ребёнка (нарратив)",
        """Патронаж новорождённого [[D:{t1}]]. Ребёнок [[P:{q}]], дата рождения [[B:{bdk}]], свидетельство о рождении [[C:{bc}]] выдано отделом ЗАГС [[D:{t2}]]. Мать — [[P:{f}]], тел. [[T:{tel}]]. Проживают: [[A:{adr}]]. СНИЛС ребёнка [[S:{sn}]], полис ОМС [[O:{enp}]] оформлен. Вскармливание грудное, прибавка 820 г за месяц. БЦЖ-М в роддоме (серия 0211, годен до 09.2026). Медсестра [[P:{r_s}]].""",
    ),
    (
        "медицинское свидетельство о смерти 106/у",
        "бланк 106/у: пункты о причинах смерти (форма, сокращения)",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ Серия [[R:<<69>> № <<#######>>]]
Дата выдачи [[D:{td1}]]; окончательное / взамен предварительного серии [[R:<<69>> № <<#######>>]]
1. Фамилия, имя, отчество умершего [[P:{f}]]
2. Пол: жен.   3. Дата рождения [[B:{bd}]]   4. Дата смерти [[D:{td2}]], время 05:20
5. Место постоянного жительства: [[A:{adr}]]
10. Причины смерти: а) отёк лёгких (J81) б) постинфарктный кардиосклероз (I25.8) в) —
Причины установлены врачом, только удостоверившим смерть; на основании осмотра трупа.
Врач [[P:{d_s}]]  Получатель [[P:{q_s}]], паспорт [[Q:{pas}]]""",
    ),
    (
        "справка о смерти из ЗАГС для страховой",
        "письмо родственника страховой компании (свободный стиль)",
        """В АО «СК Ингосстрах-М», Тверской филиал
от [[P:{g_gen}]], проживающей по адресу [[A:{adr}]], тел. [[T:{tel}]]
Заявление
Прошу исключить из списка застрахованных моего отца, [[P:{m_acc}]], умершего [[D:{t1}]]. Свидетельство о смерти [[R:<<II>>-<<ОН>> № <<######>>]] выдано Отделом ЗАГС администрации Калининского округа [[D:{t2}]]. Его полис ОМС № [[O:{enp}]]. Копию свидетельства прилагаю.
[[D:{t3}]]  подпись  [[P:{g_s}]]""",
    ),
    (
        "решение МСЭ и ИПРА",
        "выписка из акта медико-социальной экспертизы и ИПРА (форма)",
        """ФКУ «ГБ МСЭ по Тверской области» Минтруда России, Бюро № 7
ВЫПИСКА из акта медико-социальной экспертизы гражданина № [[R:<<####.7.69/2025>>]]
Протокол проведения МСЭ № [[R:<<####.7.69/2025>>]] от [[D:{td1}]]
Гражданин [[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]]
Адрес: [[A:{adr}]]
Установлена инвалидность второй группы, причина — общее заболевание, на срок до [[D:{td2}]].
ИПРА инвалида № [[R:<<####.7.69/2025>>]] разработана к протоколу. Нуждается в ТСР: кресло-коляска с ручным приводом (код 7-01-01), трость опорная.
Руководитель бюро [[P:{d_s}]]""",
    ),
    (
        "направление на МСЭ 088/у",
        "форма 088/у: сведения о пациенте (терсе-поля, OCR)",
        """НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ
медицинской организацией   ф. 088/у
1. Дата выдачи направления [[D:{td1}]]   Протокол ВК № [[R:<<##>>/<<###>>]]
2. Гражданин направляется: первично
8. Фамилия, имя, отчество [[P:{p}]]   9. Дата рождения [[B:{bd}]]  Возраст {age}
11. Гражданство: РФ   12. СНИЛС [[S:{sn}]]
13. Адрес места жительства: [[A:{adr}]]
14. Документ: паспорт  серия, номер [[Q:{pas}]] выдан ОТДЕЛОМ УФМС РОССИИ ПО ТВЕРСКОЙ ОБЛ.  [[D:{t2}]]
15. Контакты: тел. [[T:{tel}]], эл. почта [[E:{mail}]]
Председатель ВК [[P:{d_s}]]""",
    ),
    (
        "полис ДМС и гарантийное письмо",
        "гарантийное письмо страховщика клинике по полису ДМС",
        """ГАРАНТИЙНОЕ ПИСЬМО № [[R:<<ГП-25/#####>>]] от [[D:{t1}]]
ООО «Клиника «Здоровье+»
Страховая компания гарантирует оплату медицинских услуг застрахованному лицу [[P:{p_dat}]], [[B:{bd}]] г.р., полис ДМС № [[R:<<%%%-###-######>>]], срок действия с [[D:{t2}]] по [[D:{t3}]].
Объём: консультация травматолога-ортопеда (B01.050.001), МРТ коленного сустава (A05.04.001), не более 3 приёмов. Лимит 25 000 руб.
Куратор договора: [[P:{e_fi}]], тел. [[T:{tel}]], e-mail: [[E:{mail2}]]
Врач-эксперт [[P:{d_i}]]""",
    ),
    (
        "договор на оказание платных медицинских услуг",
        "договор на платные медицинские услуги (реквизиты сторон)",
        """ДОГОВОР № [[R:<<ПМУ-####/25>>]] на оказание платных медицинских услуг
г. Тверь                                                               [[D:{tw}]] г.
ООО «Медицинский центр «Авиценна» (лицензия № Л041-01148-69/00321457 от [[D:12.04.2021]]), ИНН 6950203412, именуемое «Исполнитель», в лице генерального директора [[P:{e_gen}]], и [[P:{p}]] ([[B:{bd}]] г.р., паспорт [[Q:{pas}]], зарегистрирован(а): [[A:{adr}]], ИНН [[I:{inn}]]), именуемый(ая) «Потребитель», заключили настоящий договор о нижеследующем.
1.1. Исполнитель оказывает услуги согласно прейскуранту (Постановление Правительства РФ от [[D:11 мая 2023]] № 736).
Телефон Потребителя: [[T:{tel}]]; эл. почта: [[E:{mail}]]""",
    ),
    (
        "справка об оплате медицинских услуг для налоговой",
        "справка для вычета (форма КНД 1151156), поля",
        """СПРАВКА об оплате медицинских услуг для представления в налоговые органы
№ [[R:<<####>>]] от [[D:{td1}]]
ИНН медицинской организации 6901045678, КПП 695001001
Ф.И.О. налогоплательщика [[P:{q}]], ИНН [[I:{inn}]]
Дата рождения налогоплательщика [[B:{bdq}]]
Ф.И.О. пациента [[P:{p}]]   Пациент является налогоплательщиком: нет, сыном/дочерью
Стоимость оказанных услуг: 48 300 руб. 00 коп., код услуги 01
Справку выдал [[P:{r_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "жалоба в страховую медицинскую организацию",
        "обращение пациента в СМО (эмоциональный нарратив, без абзацев)",
        """В Тверской филиал АО «СОГАЗ-Мед» от [[P:{p_gen}]], полис [[O:{enp}]], адрес [[A:{adr}]], тел [[T:{tel}]]. ЖАЛОБА. [[D:{t1}]] я записал(ась) через госуслуги к неврологу на [[D:{t2}]], талон № [[R:<<###-#####>>]]. Придя к назначенному времени в каб. 214, я прождал(а) полтора часа, после чего медсестра [[P:{r_sur}]] сообщила, что врач [[P:{d_s}]] на больничном и приёма не будет. Никто меня не предупредил, хотя мой номер есть в карте. Прошу разобраться и принять меры. Ответ прошу направить на [[E:{mail}]]. [[P:{p_s}]], [[D:{t3}]]""",
    ),
    (
        "ответ на обращение гражданина",
        "письмо главного врача в ответ на жалобу (официальный стиль)",
        """Исх. № [[R:01-12/<<####>>]] от [[D:{t1}]]
[[P:{p_dat}]]
[[A:{adr}]]
Уважаемый(ая) [[P:{p_io}]]!
Ваше обращение (вх. № [[R:<<###-О>>]] от [[D:{t2}]]) о качестве медицинской помощи рассмотрено. Проведена внутренняя проверка в соответствии с приказом Минздрава России от [[D:31.07.2020]] № 785н. Факты, изложенные в обращении, частично подтвердились: медицинской сестре [[P:{r_s_dat}]] объявлено замечание. Повторная консультация кардиолога назначена на [[D:{t3}]], контактный телефон регистратуры [[T:{tel2}]].
Главный врач [[P:{e_i}]]
Исп. [[P:{q_sur}]], [[T:8 (4822) 32-14-07]] доб. 118""",
    ),
    (
        "запись медицинской сестры в дневнике наблюдения",
        "дневник палатной медсестры (короткие записи, время, сокращения)",
        """[[D:{t1}]] 22:00 пац. [[P:{p_s}]] пал. {ward} — АД 150/90, PS 88, t 37,4. Жалобы на боль в п/о ране. Введено: кеторолак 30 мг в/м по назначению врача [[P:{d_s_gen}]]. Повязка сухая.
[[D:{t1}]] 02:10 спит. ЧДД 16.
[[D:{t2}]] 06:00 забор крови на ОАК, БХ, коагулограмму, пробирки № [[R:<<#######>>]], [[R:<<#######>>]]. Дочь [[P:{g_fi}]] звонила ([[T:{tel}]]), информирована о состоянии в пределах разрешённого.
м/с [[P:{r_sur}]]""",
    ),
    (
        "передача смены в отделении реанимации",
        "лист передачи смены, свободный стиль с сокращениями",
        """Сдал(а) смену [[D:{t1}]] в 08:00. ОРИТ, 6 коек занято.
Койка 1 — [[P:{p_sur}]] {age} л., ИВЛ SIMV, FiO2 40 %, норадреналин 0,1 мкг/кг/мин. ИБ [[R:<<####>>]].
Койка 4 — [[P:{q_s}]], переведён(а) из хирургии, дренажи по 50 мл. Родственник [[P:{e_fi}]] просил звонить на [[T:{tel}]].
Койка 5 — без фамилии, «неизвестный мужчина», поступил [[D:{t2}]], розыск через ОВД.
Сдал: [[P:{r_s}]]. Принял: [[P:{d_s}]].""",
    ),
    (
        "вызов скорой помощи, карта вызова 110/у",
        "карта вызова СМП: повод, адрес, результат (поля)",
        """КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № [[R:<<####>>]]  ф. 110/у
Дата [[D:{td1}]]  Приём вызова 17:42  Выезд 17:45  Прибытие 17:58
Адрес вызова: [[A:{adr}]], подъезд 2, этаж 5, код домофона 45К
Вызывающий: соседка, тел. [[T:{tel}]]
Пациент: [[P:{p}]], {age} лет, полис [[O:{enp}]]
Повод: 13Д — плохо с сердцем
Диагноз: ОКС без подъёма ST (I24.8). Доставлен в РСЦ ОКБ.
Бригада № 12: фельдшер [[P:{d_s}]], фельдшер [[P:{e_s}]]""",
    ),
    (
        "расшифровка звонка на горячую линию по записи к врачу",
        "колл-центр, распознанная речь в нижнем регистре, без знаков",
        """оператор горячая линия минздрава оператор [[P:{e_first}]] здравствуйте
пациент здравствуйте я не могу записаться к эндокринологу через госуслуги пишет нет свободных талонов
оператор назовите пожалуйста фио и дату рождения
пациент [[P:{p_low}]] [[B:{bd}]]
оператор номер полиса
пациент [[O:{enp}]]
оператор спасибо вы прикреплены к поликлинике номер два на [[A:{adr}]] я оформлю лист ожидания номер заявки [[R:<<##-#######>>]] вам позвонят на номер [[T:{tel}]] правильно
пациент да правильно""",
    ),
    (
        "переписка пациента в мессенджере клиники",
        "чат поддержки клиники (разговорный, без заглавных)",
        """[[D:{t1}]] 19:03 пациент: добрый вечер) хочу перенести приём у [[P:{d_sur_gen}]] на следующую неделю, я [[P:{p_sur_low}]], запись на [[D:{tnm}]]
19:05 администратор [[P:{g_first}]]: здравствуйте! подскажите, пожалуйста, дату рождения для поиска
19:06 пациент: [[B:{bd}]]
19:08 администратор: нашла вас. есть окно [[D:{t2}]] в 10:30, каб. 7. подтверждаете?
19:08 пациент: да. и скиньте на почту [[E:{mail}]] договор, номер у меня [[R:<<ДУ-#####>>]]
19:10 администратор: отправила 👍 если что, пишите или звоните [[T:{tel2}]]""",
    ),
    (
        "смс-напоминание и ответ пациента",
        "короткие служебные сообщения (SMS), транслитерация",
        """SMS [[D:{td1}]]: Uvazhaemyi(aia) [[P:{p_latfi}]], vy zapisany k vrachu-terapevtu [[P:{d_s}]] [[D:{td2}]] v 09:20, kab. 312. Talon [[R:<<#######>>]]. Otmena: [[T:{tel2}]].
Ответ с номера [[T:{tel}]]: буду, спасибо. только это не я а мама, запись на неё — [[P:{q_s}]]""",
    ),
    (
        "заявка в лабораторию на выезд",
        "бланк выездного забора биоматериала (таблица в строку)",
        """ЗАЯВКА на выезд процедурной медсестры № [[R:<<В-25-####>>]]
Дата выезда: [[D:{td1}]], интервал 08:00–10:00
Пациент: [[P:{p}]] | ДР [[B:{bd}]] | Адрес: [[A:{adr}]] | Тел.: [[T:{tel}]]
Исследования: 1) ОАК (B03.016.002) 2) глюкоза (A09.05.023) 3) креатинин (A09.05.020) 4) ТТГ
Штрихкоды: [[R:<<#########>>]] / [[R:<<#########>>]]
Оплата: наличными курьеру, чек выдать. Исполнитель: [[P:{r_s}]]""",
    ),
    (
        "направление на гистологическое исследование 014/у",
        "форма 014/у: направление биопсийного материала (поля)",
        """НАПРАВЛЕНИЕ на прижизненное патолого-анатомическое исследование биопсийного (операционного) материала
ф. 014/у   № [[R:<<##-####>>]]
1. Отделение, направившее материал: гинекологическое
2. Фамилия, имя, отчество пациента [[P:{f}]]
3. Пол Ж  4. Дата рождения [[B:{bd}]]  5. Полис ОМС [[O:{enp}]]  6. СНИЛС [[S:{sn}]]
7. № медицинской карты [[R:<<####>>/<<##>>]]
9. Диагноз: N84.0 полип тела матки
14. Дата забора материала [[D:{td1}]], маркировка флаконов 1–3, фиксация 10 % формалин
Врач [[P:{d_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "протокол патолого-анатомического исследования",
        "прижизненное патолого-анатомическое исследование: микроописание и заключение",
        """Протокол прижизненного патолого-анатомического исследования № [[R:<<Б25-#####>>]]
Пациент: [[P:{p_s}]], карта [[R:<<####>>]]. Материал поступил [[D:{td1}]], 3 объекта, блоки 1–5, окраска гематоксилином и эозином, ИГХ Ki-67.
Микроописание: фрагменты слизистой желудка с хроническим атрофическим воспалением, кишечная метаплазия, H. pylori (окраска по Гимзе) обнаружены. Ki-67 — 12 %.
Заключение: хронический атрофический гастрит (K29.4), OLGA II.
Патологоанатом [[P:{d_i}]], консультант [[P:{e_i}]]; дата [[D:{td2}]]""",
    ),
    (
        "паспортная часть карты диспансерного наблюдения 030/у",
        "контрольная карта диспансерного наблюдения, поля с OCR-шумом",
        """КОНТРОЛЬНАЯ KАРТА ДИСПАНСЕРНОГО НАБЛЮДЕНИЯ  № [[R:<<Д-####>>]]
Ф.И.О. [[P:{p_up}]]   Дата рожд. [[B:{bd}]]
Aдрес: [[A:{adr}]]
Teлефон: [[T:{tel}]]
Диагноз: I11.9 Гипертензивная болезнь сердца. Взят на ДН [[D:{td1}]]
Врач: [[P:{d_s}]] (участок 14)
Явки: [[D:{td2}]] — явился; [[D:{td3}]] — не явился, обзвон.""",
    ),
    (
        "вакцинация, сертификат и прививочная карта",
        "карта профилактических прививок 063/у, записи прививок",
        """Карта профилактических прививок (ф. 063/у) № [[R:<<###/##>>]]
[[P:{p}]], [[B:{bd}]], [[A:{adr}]]
Грипп: [[D:{td1}]], Совигрипп 0,5 мл в/м, серия 321, контроль ОТК, годен до 06.2026, м/с [[P:{r_s}]]
Пневмококк: [[D:{td2}]], Превенар 13, серия HL6725, реакция нет
COVID-19: Гам-КОВИД-Вак, сертификат № [[R:<<####>> <<####>> <<####>> <<####>>]] (уникальный номер записи о вакцинации)
Медотвод до [[D:{td3}]] — нет""",
    ),
    (
        "паспорт гражданина и данные пациента при регистрации",
        "анкета при первичном обращении в регистратуре (поля формы)",
        """АНКЕТА ПАЦИЕНТА (заполняется собственноручно)
Фамилия [[P:{p_sur}]] Имя [[P:{p_first}]]
Дата рождения [[B:{bd}]]   Место рождения: [[A:г. Осташков]]
Паспорт: серия и номер [[Q:{pas}]], дата выдачи [[D:{t1}]], код подразделения 690-012
Адрес регистрации [[A:{adr}]]
Адрес фактического проживания: проживаю в [[A:{loc}]]
СНИЛС [[S:{sn}]]  ИНН [[I:{inn}]]
Моб. тел. [[T:{tel}]]  E-mail [[E:{mail}]]
Согласие на обработку персональных данных (152-ФЗ) даю. [[D:{t2}]] /подпись/""",
    ),
    (
        "согласие на медицинское вмешательство",
        "информированное добровольное согласие (приказ 1051н), текст формы",
        """Информированное добровольное согласие на виды медицинских вмешательств, включённые в Перечень (приказ Минздрава России от [[D:12.11.2021]] № 1051н)
Я, [[P:{p}]], [[B:{bd}]] года рождения, зарегистрированный(ая) по адресу: [[A:{adr}]], даю информированное добровольное согласие на виды медицинских вмешательств для получения первичной медико-санитарной помощи в ГБУЗ «ЦРБ». Медицинским работником [[P:{d_ins}]] в доступной для меня форме мне разъяснены цели, методы оказания медицинской помощи.
Сведения о выбранных мною лицах, которым может быть передана информация о состоянии моего здоровья: [[P:{q}]], тел. [[T:{tel}]].
[[D:{t1}]]""",
    ),
    (
        "доверенность на получение медицинских документов",
        "рукописная доверенность (простой стиль, без переносов)",
        """Доверенность. Я, [[P:{p}]], паспорт [[Q:{pas}]] выдан [[D:{t1}]], проживающий(ая) [[A:{adr}]], доверяю [[P:{q_dat}]], паспорт [[Q:<<28## ######>>]], получить в регистратуре ГБУЗ «Поликлиника № 8» копию моей медицинской карты № [[R:<<#####>>]] и результаты анализов по заказу [[R:<<##########>>]]. Доверенность действительна до [[D:{td2}]]. Подпись ________ [[P:{p_s}]] [[D:{t3}]]""",
    ),
    (
        "журнал регистрации амбулаторных больных",
        "строки журнала (074/у), табличный текст",
        """№ п/п | Дата | Ф.И.О. | Д.р. | Адрес | № карты | Диагноз
<<###>> | [[D:{td1}]] | [[P:{p_s}]] | [[B:{bd}]] | [[A:{adr}]] | [[R:<<#####>>]] | J06.9
<<###>> | [[D:{td1}]] | [[P:{q_s}]] | [[B:{bdq}]] | [[A:{adr2}]] | [[R:<<#####>>]] | M42.1
<<###>> | [[D:{td1}]] | [[P:{e_s}]] | [[B:{bdk}]] | проживает в [[A:{loc}]] | [[R:<<#####>>]] | Z00.0""",
    ),
    (
        "экстренное извещение 058/у",
        "экстренное извещение об инфекционном заболевании (поля)",
        """ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ об инфекционном заболевании, пищевом, остром профессиональном отравлении, необычной реакции на прививку   ф. 058/у
1. Диагноз: сальмонеллёз (A02.0), подтверждён лабораторно, проба № [[R:<<####-25>>]]
2. Фамилия, имя, отчество [[P:{p}]]
3. Пол м  4. Возраст {age}  дата рождения [[B:{bd}]]
5. Адрес: [[A:{adr}]], тел. [[T:{tel}]]
6. Место работы: столовая «Уют»
7. Даты: заболевания [[D:{t1}]], первичного обращения [[D:{t2}]], установления диагноза [[D:{t3}]]
Сообщивший: [[P:{d_s}]]; принял в ФБУЗ «Центр гигиены и эпидемиологии» [[P:{e_s}]], рег. № [[R:<<####>>]]""",
    ),
    (
        "выписка из истории развития ребёнка для школы",
        "медицинская карта ребёнка 026/у-2000, выдержки (нарратив)",
        """Выписка из медицинской карты ребёнка для образовательной организации.
[[P:{q}]], [[B:{bdk}]], проживает с матерью [[P:{f_ins}]] по адресу [[A:{adr}]]. Свидетельство о рождении [[C:{bc}]]. Полис ОМС [[O:{enp}]].
Перенесённые заболевания: ОРВИ 3–4 раза в год, ветряная оспа в 2021 г. Аллергия на амоксициллин (сыпь).
Профилактические прививки по календарю (приказ Минздрава России от [[D:06.12.2021]] № 1122н). Р. Манту [[D:{t1}]] — 4 мм (отриц.).
Группа здоровья II, физкультурная группа основная.
Участковый педиатр [[P:{d_s}]]  [[D:{t2}]]""",
    ),
    (
        "направление на санаторно-курортное лечение",
        "справка для получения путёвки 070/у (поля)",
        """СПРАВКА для получения путёвки на санаторно-курортное лечение   № [[R:<<###>>]]   форма 070/у
Ф.И.О. [[P:{f}]]   Пол: ж   Дата рождения [[B:{bd}]]
Адрес: [[A:{adr}]]
№ полиса [[O:{enp}]]   СНИЛС [[S:{sn}]]   код льготы 082
Диагноз: последствия ОНМК (I69.3), гемипарез лёгкой степени
Рекомендуемое лечение: санаторий «Бежецкий», сезон: любой. Путёвка № [[R:<<СКЛ-######>>]] выдана [[D:{td1}]]
Врач [[P:{d_s}]], председатель ВК [[P:{e_s}]], [[D:{td2}]]""",
    ),
    (
        "заключение врачебной комиссии",
        "протокол заседания ВК о продлении ЛН (длинный текст)",
        """Протокол заседания врачебной комиссии № [[R:<<###>>]] от [[D:{t1}]]
Председатель ВК: зам. главного врача [[P:{e_s}]]; члены: [[P:{d_s}]], [[P:{r_s}]].
Рассмотрен вопрос о продлении листка нетрудоспособности № [[R:{eln}]] пациенту [[P:{p_dat}]], {age} лет (карта № [[R:<<#####>>]]), находящемуся на лечении с [[D:{t2}]] по поводу перелома лучевой кости в типичном месте (S52.5). Рентгенконтроль [[D:{t3}]]: стояние отломков удовлетворительное. Решение: продлить ЛН по [[D:{t4}]], явка на ВК [[D:{t4}]]. Основание: приказ Минздрава России от [[D:23.11.2021]] № 1089н.""",
    ),
    (
        "заявление о прикреплении к поликлинике",
        "заявление о выборе медицинской организации (поля формы, OCR)",
        """Главному врачу ГБУЗ «ГП № 1»
ЗАЯВЛЕНИЕ о выборе медицинской организации
Я, [[P:{f}]], пол ж, дата рождения [[B:{bd}]]
Гражданство РФ. Документ, удостоверяющий личность: паспорт [[Q:{pas}]], выдан [[D:{t1}]]
Место регистрации: [[A:{adr}]]   Дата регистрации [[D:{t2}]]
Место жительства: [[A:{adr2}]]
Полис ОМС: [[O:{enp}]]; страховая медицинская организация «Капитал МС»
СНИЛС [[S:{sn}]]
Контактная информация: [[T:{tel}]]
Представитель: [[P:{q}]], свидетельство о рождении [[C:{bc}]] (для ребёнка)""",
    ),
    (
        "временное свидетельство ОМС",
        "временное свидетельство, подтверждающее оформление полиса (поля)",
        """ВРЕМЕННОЕ СВИДЕТЕЛЬСТВО № [[R:<<#########>>]]
подтверждающее оформление полиса обязательного медицинского страхования
Застрахованное лицо: [[P:{m_up}]]
Пол: муж   Дата рождения [[B:{bd}]]
Место рождения: [[A:г. Ржев Тверской обл.]]
Документ: паспорт [[Q:{pas}]]
СНИЛС [[S:{sn}]]
Действительно до [[D:{td1}]] включительно. Выдано [[D:{td2}]]
Представитель СМО [[P:{r_s}]]""",
    ),
    (
        "запрос медицинской документации по адвокатскому запросу",
        "письмо-запрос адвоката в клинику (официально-деловой стиль)",
        """Адвокатский запрос № [[R:<<##>>]] от [[D:{t1}]]
Главному врачу ГБУЗ «ГКБ № 6»
В производстве адвоката [[P:{e_gen}]] (рег. № [[R:69/<<####>>]] в реестре адвокатов Тверской области) находится дело по иску [[P:{p_gen}]] к страховой компании. На основании ст. 6.1 ФЗ № 63-ФЗ прошу предоставить заверенные копии медицинской карты стационарного больного № [[R:<<####>>/<<##>>-С]] за период с [[D:{t2}]] по [[D:{t3}]], протокола КТ № [[R:<<КТ-#####>>]]. Согласие пациента прилагается.
Ответ прошу направить по адресу: [[A:{adr}]] или на [[E:{mail2}]], тел. [[T:{tel2}]]""",
    ),
    (
        "карта стоматологического пациента 043/у",
        "медицинская карта стоматологического больного: зубная формула, лечение",
        """Мед. карта стоматологического больного № [[R:<<С-#####>>]] (ф. 043/у)
[[P:{p}]], [[B:{bd}]], тел. [[T:{tel}]]
[[D:{td1}]] Жалобы на боль от холодного в 3.6. Ds: K02.1 кариес дентина 3.6 (кл. I по Блэку).
Лечение: анестезия Sol. Ubistesini forte 1,7 мл (серия 1422601), препарирование, пломба Filtek Z250 A2.
Рентген: прицельный снимок 3.6, доза 0,02 мЗв, визиограф Planmeca ProX.
Договор № [[R:<<###/25-СТ>>]]. Врач-стоматолог [[P:{d_i}]], ассистент [[P:{r_sur}]]""",
    ),
    (
        "протокол эндоскопического исследования",
        "протокол ЭГДС (СЭМД-подобный: описание и заключение, латиница)",
        """ЭГДС № [[R:<<%%>>-<<####>>/<<##>>]]   [[D:{td1}]]
Patient: [[P:{p_lat}]] / [[P:{p}]], DOB [[B:{bd}]]
Эндоскоп Olympus GIF-H190, s/n 2903187 (оборудование отделения).
Пищевод свободно проходим, слизистая розовая, кардия смыкается. В желудке натощак умеренное количество слизи. В антральном отделе по малой кривизне плоская эрозия 4 мм. Привратник проходим. Луковица ДПК без особенностей.
Взята биопсия (2 фрагмента), флакон № [[R:<<#######>>]]. Уреазный тест положительный.
Заключение: эрозивная гастропатия антрального отдела (K29.6). Врач-эндоскопист [[P:{d_s}]]""",
    ),
    (
        "счёт и реестр на оплату по ОМС",
        "строка реестра счетов (XML-выгрузка, пересказанная текстом)",
        """Реестр счетов № <<###>> за ноябрь {yr} г., МО 690017.
Запись N_ZAP=<<###>>: ПАЦИЕНТ ID_PAC=[[R:<<########>>]], FAM=[[P:{p_sur}]], IM=[[P:{p_first}]], DR=[[B:{bd}]], NPOLIS=[[O:{enp}]], SNILS=[[S:{sn}]]; СЛУЧАЙ NHISTORY=[[R:<<####>>/<<##>>]], DATE_1=[[D:{td1}]], DATE_2=[[D:{td2}]], DS1=K80.1, USL_OK=1, SUMV=48312.50, CODE_MD=[[S:{sn2}]]""",
    ),
    (
        "ориентировка на пациента, покинувшего стационар",
        "служебная записка дежурного администратора (нарратив)",
        """Служебная записка. [[D:{t1}]] в 21:30 при вечернем обходе не обнаружен пациент хирургического отделения [[P:{m}]], {age} лет (ИБ № [[R:<<####>>]]), госпитализированный [[D:{t2}]]. Личные вещи на месте. Со слов соседа по палате № {ward} [[P:{q_sur_gen}]], пациент ушёл около 19:00, говорил, что едет домой — [[A:{adr}]]. Родственникам (жена [[P:{g_io}]], [[T:{tel}]]) сообщено. Информация передана в ОП «Заволжский», КУСП № [[R:<<#####>>]].
Дежурный администратор [[P:{d_s}]]""",
    ),
    (
        "объяснительная медицинского работника",
        "объяснительная записка медсестры (разговорный официальный стиль)",
        """Заместителю главного врача по сестринскому делу [[P:{e_s_dat}]] от палатной медсестры кардиологического отделения [[P:{r_s_gen}]]
Объяснительная
[[D:{t1}]] на моём дежурстве пациентке [[P:{f_s_dat}]] (палата {ward}, карта № [[R:<<####>>/<<###>>]]) вместо эналаприла 5 мг был выдан эналаприл 10 мг, что было замечено при обходе. Врач [[P:{d_s}]] поставлен в известность, состояние пациентки не ухудшилось, АД 118/76. Ошибка произошла из-за одинаковой упаковки.
[[D:{t1}]]  [[P:{r_s}]]""",
    ),
    (
        "аккредитация и сертификат врача в кадровом приказе",
        "выписка из приказа по личному составу (кадровые данные)",
        """ПРИКАЗ № 214-к от [[D:{t1}]]
О приёме на работу
Принять [[P:{d_acc}]], [[B:{bdq}]] г.р., на должность врача-кардиолога кардиологического отделения с [[D:{t2}]].
Свидетельство об аккредитации специалиста № [[R:<<####>> <<#########>>]] от [[D:{t3}]], диплом [[R:<<######>> <<#######>>]].
СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]. Адрес: [[A:{adr}]]. Тел.: [[T:{tel}]].
Основание: трудовой договор № [[R:<<###>>/<<##>>]]. Лицензия медицинской организации № Л041-01177-69/00345012 (не требует переоформления).
Главный врач [[P:{e_s}]]""",
    ),
    (
        "выписка о госпитализации для работодателя",
        "справка о пребывании на лечении (короткая форма)",
        """СПРАВКА № [[R:<<###>>]] дана [[P:{p_dat}]], [[B:{bd}]] г.р., в том, что он(а) находился(ась) на стационарном лечении в неврологическом отделении ГБУЗ «ЦРБ» с [[D:{t1}]] по [[D:{t2}]] (медицинская карта № [[R:<<####>>]]).
Справка выдана для предъявления по месту работы. Диагноз не указывается по требованию ст. 13 ФЗ-323.
Зав. отделением [[P:{d_i}]]  [[D:{t2}]]""",
    ),
    (
        "медицинская справка для ГИБДД 003-В/у",
        "медицинское заключение о наличии противопоказаний к управлению ТС (поля)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о наличии (об отсутствии) у водителей транспортных средств медицинских противопоказаний
Серия [[R:<<69>> № <<#######>>]]   Дата выдачи [[D:{td1}]]
1. Фамилия, имя, отчество [[P:{p}]]
2. Дата рождения [[B:{bd}]]
3. Место регистрации: [[A:{adr}]]
Медицинских противопоказаний, показаний или ограничений к управлению ТС категорий «В», «С» не выявлено.
Психиатр-нарколог [[P:{d_s}]], ХТИ № [[R:<<####>>]] отрицательно (ГОСТ Р ИСО 15189-2015).
Действительно до [[D:{td2}]]""",
    ),
    (
        "справка о результатах ХТИ",
        "справка о результатах химико-токсикологических исследований (form 454/у-06)",
        """Справка о результатах химико-токсикологических исследований   ф. 454/у-06
№ [[R:<<ХТИ-25/####>>]]
Ф.И.О. освидетельствуемого [[P:{p}]], [[B:{bd}]]
Дата и время отбора биологического объекта [[D:{td1}]] 10:12, моча, код пробы [[R:<<#########>>]]
Методы: ИХА, ГХ-МС (Agilent 7890B/5977B). Обнаружено: не обнаружено.
Направление № [[R:<<####>>]] от [[D:{td1}]], направивший: врач [[P:{d_s}]]
Исследование выполнил химик-эксперт [[P:{e_s}]]""",
    ),
    (
        "извещение о больном с впервые выявленным онкозаболеванием",
        "извещение 090/у (поля, длинные коды)",
        """ИЗВЕЩЕНИЕ о больном с впервые в жизни установленным диагнозом злокачественного новообразования  ф. 090/у
Ф.И.О. больного [[P:{f}]]   Пол ж   Дата рождения [[B:{bd}]]
Адрес: [[A:{adr}]]
СНИЛС [[S:{sn}]]   ENP [[O:{enp}]]
Диагноз: C50.4 рак верхне-наружного квадранта левой молочной железы, T2N1M0, стадия IIB
Морфология: инвазивная карцинома неспецифического типа (8500/3), протокол [[R:<<Г25-#####>>]]
Дата установления диагноза [[D:{td1}]]. Извещение направлено в ОКОД [[D:{td2}]], рег. № [[R:<<######>>]]
Врач [[P:{d_s}]], тел. [[T:{tel}]]""",
    ),
    (
        "письмо пациента в поликлинику по электронной почте",
        "e-mail пациента (неформальный стиль, без кавычек)",
        """От: [[E:{mail}]]
Кому: [[E:reg@gp3-tver.ru]]
Тема: справка для бассейна
Здравствуйте! Меня зовут [[P:{p_fi}]], мне нужна справка для бассейна для дочки, [[P:{g_fi}]], ей 9 лет (родилась [[B:{bdk}]]). Мы живём на [[A:{adr}]], участок вроде 21-й. В прошлом году справку давала доктор [[P:{f_s}]], но она ушла. Можно как-то без очереди? Мой номер [[T:{tel}]], полис дочки [[O:{enp}]]. Спасибо!""",
    ),
    (
        "ответ регистратуры по электронной почте",
        "официальный e-mail ответ поликлиники (деловой стиль)",
        """Уважаемая [[P:{f_io}]]!
По Вашему обращению от [[D:{t1}]] сообщаем, что справка для посещения бассейна (форма по приказу Минздрава России от [[D:23.10.2020]] № 1144н) оформляется на приёме педиатра. Вы записаны к врачу [[P:{d_s_dat}]] на [[D:{t2}]], 15:40, каб. 27 (2 этаж). Талон № [[R:<<####-####>>]].
При себе иметь: полис ОМС ребёнка, свидетельство о рождении.
С уважением, администратор [[P:{r_fi}]]
ГБУЗ «ГП № 3», [[A:170100, г. Тверь, ул. Коминтерна, д. 7]], тел. [[T:8 (4822) 41-07-33]], [[E:reg@gp3-tver.ru]]""",
    ),
    (
        "назначение и лист врачебных назначений",
        "лист назначений (таблица в строку, дозы — не идентификаторы)",
        """ЛИСТ НАЗНАЧЕНИЙ  пац. [[P:{p_s}]]  ИБ [[R:<<####>>/<<##>>]]  пал. {ward}
[[D:{td1}]]: Sol. Natrii chloridi 0,9 % 400 ml в/в кап. 1 р/д; Ceftriaxoni 2,0 в/в 1 р/д (серия 040525, годен до 05.2027); Omeprazoli 20 mg 2 р/д; Enoxaparini 40 mg п/к 1 р/д.
[[D:{td2}]]: отменить NaCl; добавить Ambroxoli 30 mg 3 р/д.
Контроль: ОАК, СРБ на [[D:{td3}]]. Режим палатный. Стол № 10.
Врач [[P:{d_s}]] / м/с [[P:{r_s}]]""",
    ),
    (
        "история болезни психиатрического стационара, анамнез",
        "анамнез жизни в истории болезни (длинный нарратив, падежи)",
        """Анамнез жизни (со слов пациента и матери, [[P:{g_gen}]]). Родился в [[A:{loc}]] вторым ребёнком в семье. Отец, [[P:{n}]], злоупотреблял алкоголем, умер в 2009 г. В школе учился удовлетворительно, окончил 9 классов, затем колледж по специальности «электрик». Служил в армии (военный билет [[R:<<АК>> <<#######>>]]). Работал на заводе у [[P:{r_s_gen}]], уволен в {yr} г. Женат, с женой, [[P:{f_ins}]], проживает раздельно. Ранее лечился в ОКПНД (карта № [[R:<<##-####>>]]), последняя госпитализация с [[D:{t1}]] по [[D:{t2}]]. Судимостей нет. Инвалидность не оформлялась.""",
    ),
    (
        "отказ от медицинского вмешательства",
        "форма отказа от госпитализации (рукописная часть)",
        """ОТКАЗ от медицинского вмешательства
Я, [[P:{p}]], [[B:{bd}]] г.р., при оказании мне скорой медицинской помощи отказываюсь от госпитализации в стационар. Возможные последствия отказа (прогрессирование заболевания, развитие осложнений, летальный исход) мне разъяснены врачом [[P:{d_ins}]] в доступной форме.
Карта вызова СМП № [[R:<<######>>]], [[D:{t1}]], 23:17
Адрес: [[A:{adr}]]
Подпись пациента ______ /[[P:{p_s}]]/  Свидетель: [[P:{q}]]""",
    ),
    (
        "сопроводительный лист и талон к нему 114/у",
        "сопроводительный лист станции СМП (поля, OCR-шум)",
        """CОПРОВОДИТЕЛЬНЫЙ ЛИСТ № [[R:<<####>>]] станции (отделения) скорой медицинской помощи   ф. 114/у
Дата [[D:{td1}]]   Вызов принят 11:02
Ф.И.О. больного [[P:{p_up}]]  возраст {age}
Адрес: [[A:{adr}]]
Диагноз: S72.0 закрытый перелом шейки правого бедра
Оказанная помощь: иммобилизация шиной Крамера, Sol. Ketorolaci 30 mg в/м, АД 140/80.
Фельдшер [[P:{d_s}]]
ТАЛОН К СОПРОВОДИТЕЛЬНОМУ ЛИСТУ № [[R:<<####>>]]: доставлен в травмпункт ГКБ № 1 им. В.В. Успенского [[D:{td1}]], принял врач [[P:{e_s}]]""",
    ),
    (
        "медицинская карта ребёнка, дошкольная 026/у",
        "справка для детского сада, поля с транслитерацией иностранного гражданина",
        """Справка о состоянии здоровья ребёнка, отъезжающего в санаторный лагерь (ф. 079/у)
Ф.И.О. ребёнка: [[P:{q}]] / [[P:{q_lat}]] (загранпаспорт [[Q:<<##>> <<#######>>]])
Дата рождения [[B:{bdk}]]   Адрес: [[A:{adr}]]
Перенесённые инфекционные заболевания: нет. Контакт с инфекционными больными в течение 21 дня: нет (справка СЭС № [[R:<<###>>]] от [[D:{t1}]])
Прививки: по календарю, последняя — R3 АКДС-М [[D:{t2}]], серия Н45, годен до 2026.
Законный представитель: [[P:{p}]], тел. [[T:{tel}]]
Врач [[P:{d_s}]]""",
    ),
    (
        "заявка пациента на портале госуслуг",
        "уведомление Госуслуг о записи (служебный текст)",
        """Госуслуги. Заявление № [[R:<<##########>>]] принято ведомством.
Запись на приём к врачу: врач-офтальмолог [[P:{d_s}]], ГБУЗ «ГКБ № 7», [[A:г. Тверь, Волоколамский пр-т, д. 14]], каб. 108.
Дата и время приёма: [[D:{td1}]] в 14:20.
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], полис ОМС [[O:{enp}]].
Телефон для связи: [[T:{tel}]]; электронная почта [[E:{mail}]].""",
    ),
    (
        "акт о несчастном случае на производстве, медицинская часть",
        "медицинское заключение о тяжести производственной травмы 315/у (поля)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о характере полученных повреждений здоровья в результате несчастного случая на производстве и степени их тяжести   ф. 315/у
Выдано: ООО «ТверьСтройМонтаж» (ОГРН 1146952012345)
О том, что пострадавший [[P:{m}]], [[B:{bd}]], работающий монтажником, поступил в ГБУЗ «ОКБ» [[D:{td1}]] в 13:50.
Диагноз: закрытый перелом L1 без нарушения функции спинного мозга (S32.00). Согласно схеме (приказ Минздравсоцразвития от [[D:24.02.2005]] № 160) относится к категории: тяжёлая.
Медицинская карта № [[R:<<####>>/<<##>>-Т]]
Зав. отделением [[P:{d_s}]], лечащий врач [[P:{e_s}]], [[D:{td2}]]""",
    ),
    (
        "акт судебно-медицинского освидетельствования, фабула",
        "заключение эксперта: вводная часть (нарратив, канцелярит)",
        """ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № [[R:<<####>>]] (освидетельствование живого лица)
На основании постановления УУП ОП «Центральный» УМВД России по г. Твери [[P:{e_gen}]] от [[D:{t1}]] (КУСП № [[R:<<#####>>]]) в помещении ГБУЗ «Бюро СМЭ» [[D:{t2}]] государственный судебно-медицинский эксперт [[P:{d}]], стаж 14 лет, провёл(а) медицинское освидетельствование гр. [[P:{p_gen}]], [[B:{bd}]] г.р., проживающего(ей) по адресу: [[A:{adr}]], паспорт [[Q:{pas}]].
Обстоятельства дела: со слов освидетельствуемого, [[D:{tnm}]] около 22 ч. во дворе дома был избит знакомым, [[P:{q_ins}]].""",
    ),
    (
        "запись фельдшера ФАП",
        "журнал фельдшерско-акушерского пункта, сельский стиль (сокращённо)",
        """ФАП в [[A:{loc}]]. [[D:{t1}]]. Вызов на дом: [[P:{f_sur} {f_io}]], {age} л., живёт одна, [[A:д. 14]] (за магазином). Жалобы: головокружение, АД 190/100. Дан каптоприл 25 мг под язык, через 40 мин АД 160/90. Рекомендовано вызвать СМП при ухудшении — тел. ФАП [[T:2-14-37]], дочь в [[A:г. Твери]], [[T:{tel}]]. Следующий визит [[D:{t2}]]. Фельдшер [[P:{r_s}]].""",
    ),
    (
        "путевой лист мобильной бригады диспансеризации",
        "отчёт выездной бригады (перечень пациентов)",
        """Отчёт выездной бригады «Здоровье» от [[D:{td1}]], маршрут: приём в [[A:{loc}]].
Осмотрено 23 человека, из них впервые выявлено: АГ — 3, СД — 1. Флюорография выполнена 18 (передвижной комплекс ФМЦ-ДРП, рег. уд. РЗН 2019/8421).
Направлены в ЦРБ: [[P:{p_s}]] ([[B:{bd}]], подозрение на C44), [[P:{q_s}]] ([[B:{bdq}]], ЭКГ — БЛНПГ), [[P:{e_s}]] (карта [[R:<<###>>/<<##>>]]).
Руководитель бригады [[P:{d_s}]], водитель [[P:{r_sur}]]""",
    ),
    (
        "медицинское заключение для иностранного гражданина",
        "заключение о наличии/отсутствии инфекционных заболеваний у иностранца (латиница)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:<<МЗ-69-#####>>]]
об отсутствии заболеваний, представляющих опасность для окружающих
Выдано гражданину Республики Узбекистан [[P:{p}]] ([[P:{p_lat}]]), [[B:{bd}]] г.р.
Национальный паспорт [[Q:<<FA>><<#######>>]], миграционная карта [[R:<<####>> <<#######>>]]
Место пребывания: [[A:{adr}]]
Обследование: ИФА ВИЧ (проба [[R:<<#######>>]]) — отрицательно, RW — отрицательно, флюорография [[D:{td1}]] — без патологии, нарколог, дерматовенеролог.
Выдано [[D:{td2}]]. Врач [[P:{d_s}]]""",
    ),
    (
        "протокол МРТ головного мозга",
        "описание МРТ с техническими параметрами (много цифр-неидентификаторов)",
        """МРТ головного мозга с в/в контрастированием. Исследование № [[R:<<MR>><<########>>]] от [[D:{td1}]].
Пациент: [[P:{p}]], [[B:{bd}]], вес 82 кг, рост 174 см. Контраст: гадобутрол 7,5 мл (LOT KT08HJ3).
Томограф Philips Ingenia 1,5 Тл. Т1 SE TR 540 TE 10; Т2 TSE TR 4500 TE 100; FLAIR TR 11000; DWI b=0/1000, ИКД 0,81×10^-3 мм²/с.
В белом веществе лобных долей единичные гиперинтенсивные в Т2/FLAIR очаги до 3–4 мм (Fazekas 1). Срединные структуры не смещены. Желудочки не расширены.
Заключение: признаки микроангиопатии (I67.8). Рекомендовано: консультация невролога, МРТ в динамике через 12 мес. (A05.23.009.001).
Врач [[P:{d_s}]], Телемедицинская консультация № [[R:<<ТМК-25-######>>]]""",
    ),
    (
        "протокол исследования функции внешнего дыхания",
        "спирография: шапка протокола и показатели (OCR-табличный)",
        """Спирометрия  № исследования [[R:<<####>>]]  дата [[D:{td1}]]
ФИО: [[P:{p_s}]]   Возр.: {age}   Рост 168  Вес 71  Курение: 20 пачка-лет
Номер карты [[R:<<#####>>]]
Параметр  Должн.  Факт  %Д
ЖЕЛ  3,92  3,41  87
ФЖЕЛ  3,85  3,30  86
ОФВ1  3,11  2,02  65
ОФВ1/ФЖЕЛ  —  61  —
Проба с сальбутамолом 400 мкг: прирост ОФВ1 9 % (190 мл) — отрицательная.
Заключение: обструктивный тип нарушения вентиляции умеренной степени (J44.9?). Исследование провела м/с [[P:{r_s}]], врач [[P:{d_s}]]""",
    ),
    (
        "выписка из медицинской карты для суда (опека)",
        "справка о состоянии здоровья опекуна 164/у (поля и падежи)",
        """Медицинское заключение по результатам освидетельствования гражданина, выразившего желание стать опекуном (ф. 164/у)
Выдано [[P:{f_dat}]], [[B:{bd}]], зарегистрированной по адресу [[A:{adr}]], для предоставления в органы опеки и попечительства в отношении несовершеннолетней [[P:{g_gen}]] ([[B:{bdk}]], свидетельство о рождении [[C:{bc}]]).
Заключение: заболеваний, препятствующих принятию ребёнка под опеку, не выявлено.
Номер заключения [[R:<<###>>/<<##>>]], дата выдачи [[D:{td1}]]. Председатель ВК [[P:{d_i}]]""",
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
            docs.append(build(render(rng, template), kind, source, f"blind6_{len(docs):04d}"))
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
