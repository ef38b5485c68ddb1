"""Write ``independent13.jsonl``: the thirteenth blind corpus, 2026-12-06 — record numbers.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/unit/test_deid_text_*``), ``docs/deid-text.md``, ``bench/README.md``, any
``--misses`` output or ``bench/results`` file, never read a git log message, and never ran
the text bench (``bench/text_deid.py``) or any de-identifier on this corpus; of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` (lines 1–130 and 425–530) were read (to wire the corpus
in), and ``blind_half`` was imported once, to count the halves. ``write_independent11.py``
was not opened. From ``write_independent12.py`` only the file format, the labelling rules
(restated below, unchanged), the writer's structure (one template per kind, ``PER_KIND``
draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic helpers were
taken. **Copied verbatim**
from corpus 12: the declension (``decl_*``, ``pat_stem``, ``person``), SNILS/ENP/INN check
digits (``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``,
the date formatters, ``cardinal``, ``lat``, ``ocr``, ``hyphen_break``, ``build``, the
self-check ``check`` with its checksum helpers, ``serialize`` and ``main``. **Written fresh for corpus
13**: the name lists (Siberian, Ural, Komi, Karelian, Altai, Shor and Central-Russian names, a
few foreign ones), towns, streets and villages of the Irkutsk, Omsk, Tomsk, Kemerovo,
Novosibirsk, Sverdlovsk, Chelyabinsk, Perm, Kirov, Vologda, Yaroslavl, Ivanovo, Vladimir,
Bryansk, Kursk, Belgorod, Lipetsk, Tambov and Voronezh regions, the Altai Territory, Karelia
and Komi (``addr13``, ``aloc13``, ``aorg13``), phones (``mob13``, ``city13``), e-mails, every
record-number generator (``ean13`` with its check digit, ``c128``, ``accession``, ``study_uid``
…), organisations, the directory tables and every template; ``build_all`` was rewritten for
the new kinds.

**Kinds from a real source.** Each kind is the paperwork around one class of medical
service, taken from the federal «Номенклатура медицинских услуг» (OID
1.2.643.5.1.13.13.11.1070, version 2.10), written by the people who do that work; lab kinds
name tests of «ФСЛИ. Справочник лабораторных тестов» (1.2.643.5.1.13.13.11.1080, v3.50),
instrumental kinds name studies of «ФСИДИ» (1.2.643.5.1.13.13.11.1471, v2.38), all read from
``/work/shared/reference/fnsi/``. The kind is «CLASS: NAME (S_CODE)»; the source names the
service code and the ФСЛИ/ФСИДИ ``ID`` values used. One service code per kind. The kinds of
corpora 1–12 (the ``kind`` values of ``independent*.jsonl``) were listed by a scratch script
only to avoid them, compared case-insensitively; none of the kinds here is among them
(``build_all`` asserts the kinds are unique).

Emphasis: record numbers of every shape that identify one patient or one episode — lab
orders, sample and tube barcodes (EAN-13, Code128-like with letters), accession numbers,
RIS/PACS study IDs and Study Instance UIDs, referrals, protocols, case and card numbers with
letters, slashes and years, numbers without «№», after English labels (Order, Specimen,
Accession, MRN, Visit), in table columns, in headers and footers, split across lines, with
OCR errors, several in one line — beside hard negatives left unlabelled: service codes,
ФСЛИ/LOINC/ФСИДИ codes, ICD-10 and ICD-O codes, lots and series of reagents, calibrators and
vaccines, analysers' serials and inventory numbers, licences, orders, contracts, rooms,
wards, beds, brigades, racks and positions, doses, reference ranges, prices, quantities,
normative acts, times. The usual PHI at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules (corpus 12's, restated unchanged):

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

Judgement calls of corpus 12, kept unchanged:

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

Judgement calls added for corpus 13 (written here before any document was generated, not
changed after):

* Every number a laboratory, a radiology department or an MIS gives to one patient's order,
  sample, tube, study, episode or document is RECORD_ID: the lab order, the sample's or
  tube's barcode (the digits printed under it too, EAN-13 or letters and digits), the
  accession number, the RIS/PACS study ID and the patient ID, the MRN, the visit and
  encounter number, the referral, the protocol of one study, the case history, the
  outpatient card, the ТАП (outpatient visit coupon), the telemedicine request, the home
  visit call, the vaccination certificate and the dental card. The span is the number as
  printed, with its letters, slashes, hyphens and year («КТ-2025-004417», «12345/2025»,
  «МК 2019/118-В»), without the label («№», «Order:», «Accession», «MRN») and without a
  trailing punctuation mark.
* A DICOM Study Instance UID or Series Instance UID of one patient's study is one RECORD_ID
  span (the whole dotted UID); the organisation's bare OID root, the AE title and the
  modality's station name are not labelled.
* A series or image counter inside a study («серия 3», «Series 4 of 7», «изобр. 112»), the
  number of slices, a rack and a position in it («штатив 14, гнездо 37»), an analyser's run
  or batch, a QC or calibrator lot, a plate's well are not labelled.
* A tooth's number (FDI «36»), an implant's REF and LOT and a catalogue number are not
  labelled; an implant's or a device's «паспорт» is a passport of a thing (corpus 10).
* A number broken across two lines (a narrow column, a barcode label) is one RECORD_ID span
  containing the line break; a number with OCR confusions (О for 0, З for 3) is RECORD_ID as
  written.
* A price-list position, a tariff code, a КСГ code and a service's code in any directory
  are not labelled.

Run: ``.venv/bin/python bench/text_corpus/write_independent13.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent13.jsonl"
SEED = 1320261206
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

# ---------------------------------------------------------------- people (fresh for corpus 13)
SURNAMES = [
    "Иркутов",
    "Ангарский",
    "Сибиряков",
    "Тобольцев",
    "Омельченко",
    "Чулымов",
    "Кузбасов",
    "Шестаков",
    "Уральцев",
    "Златоустов",
    "Пермяков",
    "Вяткин",
    "Вологжанин",
    "Канев",
    "Лыткин",
    "Попов",
    "Терентьев",
    "Ильинский",
    "Макаров",
    "Суздальцев",
    "Брянцев",
    "Курочкин",
    "Белгородцев",
    "Липецкий",
    "Тамбовцев",
    "Воронин",
    "Тохтобин",
    "Чичинов",
    "Сайбуев",
    "Кыдыев",
    "Напольских",
    "Черных",
    "Рочев",
    "Артеев",
    "Ремизов",
    "Кузнецов",
    "Лебедев",
    "Гончаренко",
    "Ли",
    "Зайцев-Ордин",
    "Бобровских",
    "Шулбаев",
]
M_FIRST = [
    "Аркадий",
    "Вадим",
    "Прохор",
    "Захар",
    "Ефим",
    "Матвей",
    "Иван",
    "Олег",
    "Василий",
    "Остап",
    "Богдан",
    "Яков",
    "Алексей",
    "Эмиль",
    "Демид",
    "Мирон",
    "Кирилл",
    "Станислав",
    "Игнат",
    "Елисей",
    "Геннадий",
    "Антон",
]
F_FIRST = [
    "Ульяна",
    "Варвара",
    "Евдокия",
    "Нина",
    "Людмила",
    "Вероника",
    "Олеся",
    "Полина",
    "Софья",
    "Марина",
    "Любовь",
    "Тамара",
    "Злата",
    "Агния",
    "Валентина",
    "Ксения",
    "Дарья",
    "Арина",
    "Василиса",
    "Надежда",
    "Оксана",
    "Инна",
]
PAT_STEMS = [
    "Аркадьев",
    "Вадимов",
    "Прохоров",
    "Захаров",
    "Ефимов",
    "Матвеев",
    "Иванов",
    "Олегов",
    "Васильев",
    "Богданов",
    "Яковлев",
    "Алексеев",
    "Кириллов",
    "Станиславов",
    "Игнатьев",
    "Антонов",
]
# foreign names written in Cyrillic (no patronymic): surname, first name, male
FOREIGN = [
    ("Нгуен", "Ван Тхань", True),
    ("Рахимова", "Дилноза", False),
    ("Шмидт", "Ханна", False),
    ("Ван", "Лэй", True),
    ("Мамедов", "Эльчин", True),
    ("Сарыгулова", "Айпери", False),
    ("Гарсиа", "Хуан", True),
    ("Петреску", "Иоана", False),
]
INDECL_FIRST = {"Ван Тхань", "Лэй", "Айпери"}
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


# ---------------------------------------------------------------- corpus 13: places (fresh)
# town: nominative, locative, region (full), region (short), postal prefix, phone code
TOWNS13 = [
    ("г. Иркутск", "г. Иркутске", "Иркутская область", "Ирк. обл.", "664", "3952"),
    ("г. Ангарск", "г. Ангарске", "Иркутская область", "Иркутская обл.", "665", "3955"),
    ("г. Омск", "г. Омске", "Омская область", "Омская обл.", "644", "3812"),
    ("г. Томск", "г. Томске", "Томская область", "Томская обл.", "634", "3822"),
    ("г. Северск", "г. Северске", "Томская область", "Томская обл.", "636", "3823"),
    ("г. Кемерово", "г. Кемерово", "Кемеровская область — Кузбасс", "Кузбасс", "650", "3842"),
    ("г. Новокузнецк", "г. Новокузнецке", "Кемеровская область", "Кем. обл.", "654", "3843"),
    ("г. Барнаул", "г. Барнауле", "Алтайский край", "Алт. край", "656", "3852"),
    ("г. Бийск", "г. Бийске", "Алтайский край", "Алтайский кр.", "659", "3854"),
    ("г. Новосибирск", "г. Новосибирске", "Новосибирская область", "НСО", "630", "383"),
    ("г. Екатеринбург", "г. Екатеринбурге", "Свердловская область", "Свердл. обл.", "620", "343"),
    (
        "г. Нижний Тагил",
        "г. Нижнем Тагиле",
        "Свердловская область",
        "Свердловская обл.",
        "622",
        "3435",
    ),
    ("г. Челябинск", "г. Челябинске", "Челябинская область", "Челяб. обл.", "454", "351"),
    ("г. Златоуст", "г. Златоусте", "Челябинская область", "Челябинская обл.", "456", "3513"),
    ("г. Пермь", "г. Перми", "Пермский край", "Перм. край", "614", "342"),
    ("г. Киров", "г. Кирове", "Кировская область", "Кир. обл.", "610", "8332"),
    ("г. Вологда", "г. Вологде", "Вологодская область", "Вол. обл.", "160", "8172"),
    ("г. Череповец", "г. Череповце", "Вологодская область", "Вологодская обл.", "162", "8202"),
    ("г. Петрозаводск", "г. Петрозаводске", "Республика Карелия", "РК", "185", "8142"),
    ("г. Сыктывкар", "г. Сыктывкаре", "Республика Коми", "Коми", "167", "8212"),
    ("г. Ухта", "г. Ухте", "Республика Коми", "Респ. Коми", "169", "8216"),
    ("г. Ярославль", "г. Ярославле", "Ярославская область", "Яросл. обл.", "150", "4852"),
    ("г. Иваново", "г. Иванове", "Ивановская область", "Иван. обл.", "153", "4932"),
    ("г. Владимир", "г. Владимире", "Владимирская область", "Влад. обл.", "600", "4922"),
    ("г. Брянск", "г. Брянске", "Брянская область", "Брян. обл.", "241", "4832"),
    ("г. Курск", "г. Курске", "Курская область", "Курская обл.", "305", "4712"),
    ("г. Белгород", "г. Белгороде", "Белгородская область", "Белг. обл.", "308", "4722"),
    (
        "г. Старый Оскол",
        "г. Старом Осколе",
        "Белгородская область",
        "Белгородская обл.",
        "309",
        "4725",
    ),
    ("г. Липецк", "г. Липецке", "Липецкая область", "Лип. обл.", "398", "4742"),
    ("г. Тамбов", "г. Тамбове", "Тамбовская область", "Тамб. обл.", "392", "4752"),
    ("г. Воронеж", "г. Воронеже", "Воронежская область", "Ворон. обл.", "394", "473"),
]
STREETS13 = [
    ("ул. Карла Маркса", "ул. Карла Маркса"),
    ("ул. Байкальская", "ул. Байкальской"),
    ("ул. Лермонтова", "ул. Лермонтова"),
    ("пр. Комсомольский", "пр. Комсомольском"),
    ("ул. Кирова", "ул. Кирова"),
    ("ул. Малышева", "ул. Малышева"),
    ("пр. Победы", "пр. Победы"),
    ("ул. Сибирская", "ул. Сибирской"),
    ("ул. Преображенская", "ул. Преображенской"),
    ("ул. Зосимовская", "ул. Зосимовской"),
    ("ул. Коммунистическая", "ул. Коммунистической"),
    ("Красный пр-т", "Красном пр-те"),
    ("ул. Бульварная", "ул. Бульварной"),
    ("ул. Фридриха Энгельса", "ул. Фридриха Энгельса"),
    ("пр. Революции", "пр. Революции"),
    ("ул. Студенческая", "ул. Студенческой"),
    ("ул. Пушкинская", "ул. Пушкинской"),
    ("ул. Тимирязева", "ул. Тимирязева"),
]
BARE13 = [
    "Лермонтова",
    "Кирова",
    "Малышева",
    "Байкальская",
    "Сибирская",
    "Бульварная",
    "Тимирязева",
    "Пушкинская",
    "Студенческая",
    "Зосимовская",
]
RURAL13 = [
    ("с. Хомутово", "с. Хомутове", "Иркутская обл., Иркутский р-н"),
    ("р.п. Таврическое", "р.п. Таврическом", "Омская обл., Таврический р-н"),
    ("с. Кожевниково", "с. Кожевникове", "Томская обл., Кожевниковский р-н"),
    ("пгт Промышленная", "пгт Промышленной", "Кемеровская обл., Промышленновский м.о."),
    ("с. Шебалино", "с. Шебалине", "Алтайский край, Троицкий р-н"),
    ("р.п. Краснообск", "р.п. Краснообске", "Новосибирская обл., Новосибирский р-н"),
    ("с. Кослан", "с. Кослане", "Республика Коми, Удорский р-н"),
    ("п. Шуерецкое", "п. Шуерецком", "Республика Карелия, Беломорский р-н"),
    ("д. Кубенское", "д. Кубенском", "Вологодская обл., Вологодский р-н"),
    ("с. Вятское", "с. Вятском", "Ярославская обл., Некрасовский р-н"),
    ("с. Палех", "с. Палехе", "Ивановская обл., Палехский р-н"),
    ("с. Кидекша", "с. Кидекше", "Владимирская обл., Суздальский р-н"),
    ("с. Белые Берега", "с. Белых Берегах", "Брянская обл., Брянский р-н"),
    ("с. Ржава", "с. Ржаве", "Курская обл., Пристенский р-н"),
    ("с. Прохоровка", "с. Прохоровке", "Белгородская обл., Прохоровский р-н"),
    ("с. Доброе", "с. Добром", "Липецкая обл., Добровский р-н"),
    ("р.п. Дмитриевка", "р.п. Дмитриевке", "Тамбовская обл., Никифоровский р-н"),
    ("с. Хреновое", "с. Хреновом", "Воронежская обл., Бобровский р-н"),
]
RURAL_ST13 = ["Центральная", "Школьная", "Заречная", "Береговая", "Луговая", "Советская", "Садовая"]
ORG_ST13 = [
    "ул. Ядринцевская",
    "ул. Волховстроя",
    "ул. Бакинских Комиссаров",
    "пр. Строителей",
    "ул. Больничная",
    "ул. Пирогова",
    "ул. Клиническая",
]


def _hk13(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 180))
    if rng.random() < 0.3:
        h += rng.choice(["б", "А", "/1", " корп. 2", " стр. 4", "к3"])
    return h, rng.randint(1, 280)


def addr13(rng: random.Random) -> str:
    """A person's address in one of the corpus-13 shapes (one line)."""
    town, _loc, reg, reg_ab, idx, _c = rng.choice(TOWNS13)
    st, _ = rng.choice(STREETS13)
    bare = rng.choice(BARE13)
    v, _vl, vreg = rng.choice(RURAL13)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk13(rng)
    n = rng.randint(1, 80)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town}, ул. {bare}, {h}-{k}",
        lambda: f"{st}, д.{h}, кв.{k}, {town}, {reg_ab}",
        lambda: f"{vreg}, {v}, ул. {rng.choice(RURAL_ST13)}, д. {n}",
        lambda: f"{v}, {rng.choice(RURAL_ST13)} {n}, {vreg}, {z}",
        lambda: f"{reg_ab}, {town}, {bare} {h}, кв {k}",
        lambda: f"{z} {town}, {st} {h}/{k}",
    ]
    return rng.choice(shapes)()


def aloc13(rng: random.Random) -> str:
    """An inflected address after «в»/«проживающей в»."""
    _t, loc, _r, _ra, _i, _c = rng.choice(TOWNS13)
    st, stl = rng.choice(STREETS13)
    _v, vl, vreg = rng.choice(RURAL13)
    h, k = _hk13(rng)
    return rng.choice(
        [
            f"{loc} на {stl}, д. {h}, кв. {k}",
            f"{vl} ({vreg}), ул. {rng.choice(RURAL_ST13)}, {rng.randint(1, 60)}",
            f"{loc}, {st}, {h}-{k}",
        ]
    )


def aorg13(rng: random.Random) -> str:
    town, _l, reg, _ra, idx, _c = rng.choice(TOWNS13)
    st = rng.choice(ORG_ST13)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{town}, {st}, {n}",
        ]
    )


# ---------------------------------------------------------------- corpus 13: phones (fresh)
OPS13 = [
    "950",
    "952",
    "902",
    "908",
    "912",
    "919",
    "922",
    "932",
    "951",
    "960",
    "962",
    "980",
    "983",
    "996",
    "900",
]


def mob13(rng: random.Random) -> str:
    op, a, b, c = rng.choice(OPS13), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"+7 ({op}) {a}-{b:02d}-{c:02d}",
            f"8 ({op}) {a}-{b:02d}-{c:02d}",
            f"8{op}{a}{b:02d}{c:02d}",
            f"+7 {op} {a} {b:02d} {c:02d}",
            f"8-{op}-{a}-{b:02d}-{c:02d}",
            f"+7({op}){a}{b:02d}{c:02d}",
        ]
    )


def city13(rng: random.Random) -> str:
    code = rng.choice(TOWNS13)[5]
    n = 10 - len(code)
    d = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    loc = {5: f"{d[0]}-{d[1:3]}-{d[3:]}", 6: f"{d[:2]}-{d[2:4]}-{d[4:]}"}.get(
        n, f"{d[:3]}-{d[3:5]}-{d[5:]}"
    )
    return rng.choice([f"8 ({code}) {loc}", f"+7 ({code}) {loc}", f"8({code}){loc}"])


MAIL_DOM13 = ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "gmail.com", "ya.ru"]
ORG_MAIL13 = [
    "lab@ikb-irk.ru",
    "kdl@omsk-okb.ru",
    "ris@tomsk-rad.ru",
    "reg@kuzbass-kdc.ru",
    "cdl@altai-kkb.ru",
    "tmk@nso-med.ru",
    "pacs@ekb-okb1.ru",
    "kdl74@chelokb.ru",
    "zapis@perm-kdc.ru",
    "lab@kirov-okb.ru",
    "rad@vologda-okb.ru",
    "info@karelia-rb.ru",
    "kdl@komi-rb.ru",
    "lab76@yarokb.ru",
    "stom@ivanovo-sp.ru",
    "okb@vladimir33.ru",
    "kdl@bryansk-okb.ru",
    "lab@belokb31.ru",
    "ris@voronezh-okb1.ru",
]


def mail13(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [f"{s}.{f}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{f}_{s}", f"{s}{rng.randint(1960, 2007)}"]
    )
    return f"{local}@{rng.choice(MAIL_DOM13)}"


# ---------------------------------------------------------------- corpus 13: record numbers
def ean13(rng: random.Random) -> str:
    """A tube's barcode digits: EAN-13 with its check digit (in-store prefix 2x)."""
    body = rng.choice(["20", "21", "22", "29"]) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def c128(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            ["%%########", "@-####-####", "%####%###", "LB##-#####", "##-@@-######", "SP%#######"]
        ),
    )


def accession(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            [
                "%%%25#######",
                "ACC-2025-######",
                "RA########",
                "25@######",
                "CT########",
                "MR-######",
            ]
        ),
    )


def study_uid(rng: random.Random) -> str:
    root = rng.choice(
        [
            "1.2.840.113619.2.55.3",
            "1.3.12.2.1107.5.1.4",
            "1.2.392.200036.9116.2",
            "1.2.643.5.1.13.13.12.2.54",
        ]
    )
    return f"{root}.{rng.randint(10**8, 10**9 - 1)}.{rng.randint(100, 99999)}.{rng.randint(1, 999)}"


def casenum(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            [
                "#####/2025",
                "КТ-2025-######",
                "МК 20##/###-@",
                "@-#####-25",
                "####/@",
                "25/#####",
                "#####-С/25",
                "И-####/2025",
            ]
        ),
    )


FSLI_CODE = [
    "1003979",
    "1006477",
    "1003599",
    "1192236",
    "1013838",
    "1009034",
    "1008549",
    "1012632",
    "1009463",
    "1038611",
    "1000082",
    "1164060",
    "1201003",
    "1196526",
]
LOINC = [
    "39480-9",
    "14682-9",
    "1742-6",
    "30350-3",
    "3016-3",
    "2276-4",
    "42757-5",
    "33959-8",
    "14647-2",
    "883-9",
    "34714-6",
    "38445-3",
    "57803-9",
]


# ---------------------------------------------------------------- corpus 13: fillers
def fillers13(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "h", "e", "n", "m"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "x", foreign_ok=False))
    for pre in ("p", "q", "s", "u", "d", "h", "e", "n", "m", "k", "x"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
    f["p_brk"] = hyphen_break(f["p"])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).upper() for w in f["p"].split()[:2])
    f["p_lat2"] = "^".join(lat(w).upper() for w in f["p"].split()[:2])
    f["q_lat"] = " ".join(lat(w).capitalize() for w in f["q"].split()[:2])
    f["d_lat"] = " ".join(lat(w).capitalize() for w in f["d"].split()[:2])
    f["bd"] = date(rng, rng.randint(1938, 2006), rng.choice(["dot", "dot", "words", "dot1"]))
    f["bd2"] = date(rng, rng.randint(1950, 2003), "dot")
    bdi = dt.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_iso"] = bdi.isoformat()
    f["bd_hl7"] = bdi.strftime("%Y%m%d")
    f["bdk"] = date(rng, rng.randint(2010, 2024), "dot")
    f["bdn"] = date(rng, 2025, "dot")  # a newborn
    f["bdk2"] = date(rng, rng.randint(2010, 2018), "dot")
    cur = dt.date(2025, 1, 10) + dt.timedelta(days=rng.randint(0, 420))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 9))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td_iso"] = cur.isoformat()
    f["td_hl7"] = cur.strftime("%Y%m%d")
    f["td_sl"] = fmt_date(rng, cur, "slash")
    f["tw"] = fmt_date(rng, cur, "words")
    f["tq"] = fmt_date(rng, cur, "quote")
    f["tsh"] = fmt_date(rng, cur, "short")
    f["dold"] = date(rng, rng.randint(2010, 2023), "dot")
    for i in range(1, 4):
        f[f"a{i}"] = addr13(rng)
        f[f"al{i}"] = aloc13(rng)
        f[f"tm{i}"] = mob13(rng)
        f[f"tc{i}"] = city13(rng)
    f["ao"] = aorg13(rng)
    f["ao2"] = aorg13(rng)
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail13(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail13(rng, f["q_sur"], f["q_first"])
    f["md"] = mail13(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL13)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"] = passport(rng)
    f["pasf"] = shape(rng, rng.choice(["FA", "N", "AB", "K"]) + "#######")
    f["bc"] = bcert(rng)
    f["age"] = str(rng.randint(19, 88))
    f["agek"] = str(rng.randint(1, 16))
    f["tm"] = f"{rng.randint(7, 20):02d}:{rng.choice(['05', '12', '30', '41', '55'])}"
    f["tm_b"] = f"{rng.randint(7, 21):02d}:{rng.choice(['00', '18', '26', '47'])}"
    # record numbers of one patient
    for i in (1, 2, 3):
        f[f"ean{i}"] = ean13(rng)
        f[f"bc128_{i}"] = c128(rng)
        f[f"acc{i}"] = accession(rng)
        f[f"cs{i}"] = casenum(rng)
    f["uid"] = study_uid(rng)
    f["uid2"] = f["uid"] + "." + str(rng.randint(1, 9))
    f["mrn"] = shape(rng, rng.choice(["######", "%%#######", "MRN########", "#######-#"]))
    f["ean_ocr"] = ocr(f["ean1"].replace("0", "О", 2))
    f["ean_split"] = f["ean2"][:7] + "\n" + f["ean2"][7:]
    # hard negatives
    f["innorg"] = shape(rng, rng.choice(["38", "55", "70", "42", "22", "54", "66"]) + "########")
    f["ogrn"] = shape(rng, "1" + rng.choice(["03", "05", "07", "12"]) + "##########")
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))
    f["lot"] = shape(rng, rng.choice(["######", "@##-####", "%%####", "###-##-#", "L####%"]))
    f["lot2"] = shape(rng, rng.choice(["#####", "@@####", "####%"]))
    f["serial"] = shape(rng, rng.choice(["##%######", "%%#######", "#######"]))
    f["serial2"] = shape(rng, "%%#######")
    f["inv"] = shape(rng, rng.choice(["11013#####", "1101####", "ОС-#####", "ВА######"]))
    f["ru"] = shape(rng, rng.choice(["РЗН 20##/#####", "ФСЗ 20##/####"]))
    f["ord"] = shape(rng, rng.choice(["###-о", "##-п", "###/од", "##-к"]))
    f["contr"] = shape(rng, rng.choice(["##/25-ЛИ", "Ф.2025.####", "###-ОМС/2025"]))
    f["icd"] = rng.choice(
        [
            "J18.9",
            "I11.9",
            "K29.5",
            "E11.9",
            "N39.0",
            "C50.4",
            "M17.1",
            "I63.4",
            "D50.9",
            "Z00.0",
            "K02.1",
            "O26.8",
        ]
    )
    f["icdo"] = rng.choice(["8140/3", "8500/3", "8070/3", "8720/3", "9680/3", "8010/2"])
    f["fsli"] = rng.choice(FSLI_CODE)
    f["loinc"] = rng.choice(LOINC)
    f["ward"] = str(rng.randint(1, 24))
    f["bed"] = str(rng.randint(1, 6))
    f["cab"] = str(rng.randint(101, 430))
    f["brig"] = str(rng.randint(1, 40))
    f["rack"] = str(rng.randint(1, 60))
    f["pos"] = str(rng.randint(1, 50))
    f["run"] = shape(rng, rng.choice(["R####", "####", "B-###"]))
    f["small"] = str(rng.randint(1, 40))
    f["price"] = f"{rng.randint(3, 95) * 50:,}".replace(",", " ")
    f["series"] = str(rng.randint(2, 9))
    f["slices"] = str(rng.randint(80, 640))
    f["tooth"] = rng.choice(["16", "26", "36", "46", "17", "47", "25", "34"])
    f["vacc"] = rng.choice(
        [
            "Гриппол плюс",
            "Превенар 13",
            "АДС-М",
            "Клещ-Э-Вак",
            "Вактривир",
            "Пневмовакс 23",
            "Ультрикс Квадри",
        ]
    )
    return f


def render(rng: random.Random, template: str) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers13(rng))


# class, service code (НМУ 1070), its name, ФСЛИ IDs, ФСИДИ IDs, what the paperwork holds, template
TEMPLATES: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "Лабораторная диагностика: направление и результат",
        "B03.016.003",
        "Общий (клинический) анализ крови развернутый",
        "1192236",
        "",
        "бланк-направление в КДЛ со штрихкодом пробирки и результат с анализатора",
        """НАПРАВЛЕНИЕ В КДЛ № [[R:{cs1}]]     Заказ [[R:<<#########>>]]
Пациент: [[P:{p}]], д.р. [[B:{bd}]], карта [[R:<<######>>]]
Услуга B03.016.003, ФСЛИ {fsli}. Пробирка К3-ЭДТА, штрихкод [[R:{ean1}]]
Забор [[D:{td1}]] {tm}, процедурный каб. {cab}, м/с [[P:{s_s}]]
Hb 128 г/л (120–160), WBC 6,4×10⁹/л (4,0–9,0), PLT 244×10⁹/л. Анализатор Sysmex XN-550, зав. № {serial}, инв. {inv}.
Контроль качества: лот контрольного материала {lot}, серия № {run}.
Врач КДЛ [[P:{d_s}]], тел. лаборатории [[T:{tc1}]]""",
    ),
    (
        "Лабораторная диагностика: биохимия",
        "B03.016.004",
        "Анализ крови биохимический общетерапевтический",
        "1006477; 1003599; 1009463; 1003870",
        "",
        "результат биохимии из ЛИС с номерами заявки, пробы и случая",
        """ЛИС «Алиса»   Заявка: [[R:{bc128_1}]]   Проба: [[R:{ean2}]]   Случай: [[R:{cs2}]]
ФИО: [[P:{p_up}]]   Пол: {p_sex}   Дата рожд.: [[B:{bd2}]]
Отделение: терапия, палата {ward}, койка {bed}. Лечащий врач: [[P:{d_s}]]
Креатинин (1006477, LOINC 14682-9) 88 мкмоль/л [62–106]; АЛТ (1003599) 31 Ед/л [0–41];
Холестерин (1009463) 5,9 ммоль/л [<5,2]; Глюкоза 6,3 ммоль/л [3,9–6,1].
Реагенты: Креатинин лот {lot}, годен до 04.2027; калибратор лот {lot2}.
Выполнено [[D:{td2}]] {tm_b}. Проверил врач КДЛ [[P:{h_i}]]""",
    ),
    (
        "Лабораторная диагностика: глюкоза, экспресс",
        "A09.05.023",
        "Исследование уровня глюкозы в крови",
        "1003979",
        "",
        "журнал экспресс-измерений глюкозы у постели больного",
        """ЖУРНАЛ ПРИКРОВАТНОГО КОНТРОЛЯ ГЛИКЕМИИ, отд. эндокринологии, пост № {small}
№ п/п | ФИО | ИБ | Дата | Время | Глюкоза, ммоль/л | Подпись
1 | [[P:{p_s}]] | [[R:{cs1}]] | [[D:{td1}]] | 07:00 | 9,4 | [[P:{s_sur}]]
2 | [[P:{n_s}]] | [[R:{cs2}]] | [[D:{td1}]] | 07:10 | 5,8 | [[P:{s_sur}]]
3 | [[P:{m_s}]] | [[R:{cs3}]] | [[D:{td2}]] | 12:30 | 14,1 | [[P:{e_sur}]]
Глюкометр Контур Плюс, зав. № {serial}; тест-полоски серия {lot}; контрольный раствор лот {lot2}.
Инсулин по схеме: {small} ЕД п/к. Старшая м/с [[P:{h_s}]]""",
    ),
    (
        "Лабораторная диагностика: гемостаз",
        "B03.005.006",
        "Коагулограмма (ориентировочное исследование системы гемостаза)",
        "1000082",
        "",
        "направление на коагулограмму из кабинета контроля антикоагулянтной терапии",
        """Кабинет контроля МНО. Направление [[R:<<@@>>-<<######>>]] от [[D:{td1}]]
[[P:{p}]], [[B:{bd}]], полис ОМС [[O:{enp}]], амб. карта № [[R:{cs1}]].
Принимает варфарин 5 мг/сут, целевое МНО 2,0–3,0. Диагноз {icd}.
Результат: МНО 2,6 (ФСЛИ 1000082, LOINC 34714-6), ПВ 28,4 с, фибриноген 3,1 г/л.
Образец: цитрат 3,2%, пробирка [[R:{ean1}]], штатив {rack}, позиция {pos}.
Следующий контроль [[D:{td3}]]. Телефон пациента [[T:{tm1}]]. Врач [[P:{d_s}]]""",
    ),
    (
        "Лабораторная диагностика: ПЦР на SARS-CoV",
        "A26.08.027.001",
        "Определение РНК коронавируса ТОРС (SARS-cov) в мазках со слизистой оболочки носоглотки методом ПЦР",
        "",
        "",
        "реестр проб ПЦР-лаборатории и выписка для работодателя",
        """РЕЕСТР ПРОБ ПЦР № {small} от [[D:{td1}]] (приказ № {ord}), лаборатория: [[A:{ao}]]
Specimen ID: [[R:{bc128_1}]]  Patient: [[P:{p_lat}]]  DOB: [[B:{bd_iso}]]  Visit: [[R:<<V########>>]]
Мазок взят выездной бригадой № {brig} по адресу [[A:{a1}]].
Набор реагентов «Вектор-ПЦРрв-2019-nCoV-RG», серия {lot}, РУ {ru}; амплификатор CFX96, S/N {serial}.
Результат: РНК не обнаружена (Ct > 40). Плашка {run}, лунка B{pos}.
Ответ направлен на [[E:{m1}]], копия — [[P:{q_dat}]] (законный представитель), [[T:{tm2}]].
Биолог [[P:{s_s}]], зав. лабораторией [[P:{h_s}]]""",
    ),
    (
        "Лабораторная диагностика: вирусные гепатиты",
        "A26.05.019",
        "Молекулярно-биологическое исследование крови на вирус гепатита C (Hepatitis C virus)",
        "",
        "",
        "бланк результата вирусной нагрузки ВГС для гепатологического центра",
        """ГЕПАТОЛОГИЧЕСКИЙ ЦЕНТР. Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Номер регистра ВГС: [[R:<<##>>-<<#####>>-ВГС]]; № ИБ [[R:{cs1}]]
Код услуги A26.05.019; МКБ-10 B18.2. Образец плазмы ЭДТА, ID пробы [[R:{ean3}]].
РНК ВГС: 2,4×10⁵ МЕ/мл (lg 5,38), генотип 3a. Набор «АмплиСенс HCV-Monitor», лот {lot}.
Назначена ПВТ по контракту № {contr} (закупка ОМС). Стоимость курса — {price} руб. — не для пациента.
Контакты пациента: [[T:{tm1}]], [[E:{m1}]]. Врач-инфекционист [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "Лабораторная диагностика: анализ мочи",
        "B03.016.006",
        "Общий (клинический) анализ мочи",
        "1021591",
        "",
        "этикетка контейнера и строка в журнале приёма биоматериала",
        """ЭТИКЕТКА КОНТЕЙНЕРА
[[P:{p_s}]]  [[B:{bd2}]]
Заказ [[R:{bc128_2}]]
[[R:{ean_split}]]
Моча утренняя, [[D:{td1}]] {tm}
----
Журнал приёма биоматериала КДЛ, строка {small}: контейнер [[R:{ean_split}]] принят в {tm_b}, доставлен из отделения урологии (палата {ward}); сопроводительное направление [[R:<<########>>]], направил врач [[P:{d_i}]].
Отн. плотность 1,018 (ФСЛИ 1021591), белок 0,033 г/л, лейкоциты 2–4 в п/зр. Тест-полоски «Уриполиан-11А», лот {lot}.""",
    ),
    (
        "Патологическая анатомия: прижизненное исследование",
        "A08.30.046",
        "Патолого-анатомическое исследование биопсийного (операционного) материала",
        "",
        "",
        "направление на ПГИ и протокол с номером биопсии и кодами ICD-O",
        """ПРОТОКОЛ ПРИЖИЗНЕННОГО ПАТОЛОГО-АНАТОМИЧЕСКОГО ИССЛЕДОВАНИЯ (ф. 014-1/у)
Рег. № [[R:<<####>>/<<##>>-Б]], поступил [[D:{td1}]]. Направление [[R:{cs1}]] из ОКБ, ИБ [[R:<<#####>>/<<##>>]].
Пациент: [[P:{p}]], [[B:{bd}]], ОМС [[O:{enp}]]. Адрес: [[A:{a1}]].
Материал: 4 фрагмента, блоки 1–4, стекла 1–8. Окраска ГЭ, ИГХ: ER, PR, HER2, Ki-67 (клон MIB-1, лот {lot}).
Заключение: инвазивная карцинома неспецифического типа, G2. ICD-O {icdo}, МКБ-10 {icd}. pT2N0.
Врач-патологоанатом [[P:{d_s}]]; консультант [[P:{h_io}]] [[P:{h_sur}]]. [[D:{td3}]]""",
    ),
    (
        "Лабораторная диагностика: ПСА",
        "A09.05.130",
        "Исследование уровня простатспецифического антигена общего в крови",
        "",
        "",
        "скрининг ПСА при диспансеризации, выгрузка для ФАП",
        """Выгрузка результатов ПСА для ФАП [[A:{al1}]] за период с [[D:{td1}]] по [[D:{td3}]]
ФИО;ДР;Заказ;Проба;ПСА общ, нг/мл;Реф.
[[P:{p_s}]];[[B:{bd2}]];[[R:<<#########>>]];[[R:{ean1}]];1,84;0–4,0
[[P:{m_s}]];[[B:{bd}]];[[R:<<#########>>]];[[R:{ean2}]];6,12;0–4,0
[[P:{u_s}]];[[B:{bd_iso}]];[[R:<<#########>>]];[[R:{ean3}]];0,73;0–4,0
Код услуги A09.05.130; анализатор Architect i1000SR, инв. № {inv}; реагент лот {lot}.
Фельдшер ФАП [[P:{n_s}]], тел. [[T:{tc2}]]""",
    ),
    (
        "Лабораторная диагностика: глюкозотолерантный тест",
        "A12.22.005",
        "Проведение глюкозотолерантного теста",
        "1003870",
        "",
        "ПГТТ беременной в женской консультации",
        """ЖЕНСКАЯ КОНСУЛЬТАЦИЯ. ПГТТ с 75 г глюкозы. Беременная [[P:{q}]], [[B:{bd2}]], срок 25 нед.
Обменная карта № [[R:<<###>>/<<##>>]], индивидуальная карта беременной [[R:{cs1}]].
Пробы: натощак [[R:{ean1}]] — 4,9; через 1 ч [[R:{ean2}]] — 9,8; через 2 ч [[R:{ean3}]] — 7,6 ммоль/л.
Нормы: <5,1 / <10,0 / <8,5. ГСД не выявлен. Глюкоза безводная 75 г, серия {lot}.
Муж [[P:{u_io}]], тел. [[T:{tm1}]]. Явка [[D:{td4}]] к врачу-акушеру-гинекологу [[P:{d_dat}]], каб. {cab}.""",
    ),
    (
        "Лабораторная диагностика: микробиология",
        "A26.30.004",
        "Определение чувствительности микроорганизмов к антимикробным химиотерапевтическим препаратам",
        "",
        "",
        "бактериологический ответ из микробиологической лаборатории WHONET",
        """Бак. лаборатория. Ответ к заявке [[R:{bc128_1}]] (образец [[R:<<##>>-<<####>>-М]]).
Пациент [[P:{p}]], [[B:{bd}]], отд. реанимации, койка {bed}, ИБ [[R:{cs2}]].
Материал: мокрота, взят [[D:{td1}]]. Выделен K. pneumoniae 10⁶ КОЕ/мл.
Чувствительность (диско-диффузионный, EUCAST 2024): меропенем S, амикацин R, колистин S.
Диски лот {lot}, среда Мюллера — Хинтон, серия {lot2}. Планшет анализатора: ран {run}.
Эпидемиолог уведомлён: [[P:{e_s}]], [[T:{tc1}]] доб. {ext}. Бактериолог [[P:{s_s}]]""",
    ),
    (
        "Лабораторная диагностика: группа крови",
        "A12.05.005",
        "Определение основных групп по системе AB0",
        "1038611",
        "",
        "иммуногематологическое заключение и бирка на ИБ",
        """ИММУНОГЕМАТОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:<<####>>-ИГ]]
[[P:{p_up}]], [[B:{bd2}]], ИБ [[R:{cs1}]], палата {ward}.
Группа крови A(II) Rh(D)+ (положительный), фенотип CcDee, Kell-отриц. ФСЛИ 1038611.
Цоликлоны анти-A, анти-B серия {lot}; ID-карты DiaMed лот {lot2}; центрифуга, инв. {inv}.
Образец [[R:{ean1}]] взят [[D:{td1}]] в {tm}. Повторно (подтверждение) [[D:{td2}]].
Врач КДЛ [[P:{d_s}]]; м/с [[P:{s_i}]]""",
    ),
    (
        "Лучевая диагностика: КТ",
        "A06.09.005",
        "Компьютерная томография органов грудной полости",
        "",
        "",
        "направление на КТ и протокол из РИС с номером исследования",
        """РИС «Ариадна». Исследование [[R:{cs1}]]   Accession: [[R:{acc1}]]   Patient ID: [[R:{mrn}]]
Направление № [[R:<<######>>]] от [[D:{td1}]], направил [[P:{d_i}]], диагноз {icd}.
Пациент: [[P:{p}]], [[B:{bd}]]. КТ органов грудной полости (A06.09.005), {slices} срезов, серия {series} — лёгочное окно.
Study UID: [[R:{uid}]]
КТ Canon Aquilion, S/N {serial}, каб. {cab}; CTDIvol 6,2 мГр, ЭЭД 3,1 мЗв.
Заключение: очаг S6 справа 7 мм. Врач-рентгенолог [[P:{h_s}]], [[D:{td2}]]""",
    ),
    (
        "Лучевая диагностика: МРТ",
        "A05.23.009",
        "Магнитно-резонансная томография головного мозга",
        "",
        "",
        "DICOM-заголовок выгрузки PACS и протокол МРТ",
        """(0010,0010) PatientName: [[P:{p_lat2}]]
(0010,0020) PatientID: [[R:{mrn}]]
(0010,0030) PatientBirthDate: [[B:{bd_hl7}]]
(0008,0050) AccessionNumber: [[R:{acc1}]]
(0020,000D) StudyInstanceUID: [[R:{uid}]]
(0020,000E) SeriesInstanceUID: [[R:{uid2}]]
(0020,0011) SeriesNumber: {series}   (0008,1010) StationName: MRT1_OKB   AE: PACS_OKB
Протокол МРТ головного мозга (A05.23.009) от [[D:{td1}]]: очаговых изменений не выявлено.
Врач-рентгенолог [[P:{d_s}]]""",
    ),
    (
        "Лучевая диагностика: рентгенография",
        "A06.03.021",
        "Рентгенография верхней конечности",
        "",
        "",
        "журнал рентгенкабинета травмпункта",
        """ЖУРНАЛ РЕНТГЕНОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ, травмпункт, каб. {cab}
Рег. № [[R:Р-<<####>>]] | [[D:{td1}]] | [[P:{p_s}]], [[B:{bd}]] | адрес [[A:{a1}]] | рентгенография лучезапястного сустава в 2 проекциях, 2 снимка | ЭД 0,02 мЗв
Рег. № [[R:Р-<<####>>]] | [[D:{td1}]] | [[P:{m_s}]], {age} лет | амб. карта [[R:{cs2}]] | кисть, 1 снимок
Аппарат РДК «Проскан», инв. № {inv}. Рентгенолаборант [[P:{s_s}]]; врач [[P:{d_s}]]""",
    ),
    (
        "Лучевая диагностика: маммография",
        "A06.20.004",
        "Маммография",
        "",
        "7003395",
        "протокол скрининговой маммографии с BI-RADS и номерами",
        """МАММОГРАФИЯ (скрининг, 2 проекции). № исследования [[R:{acc1}]], ID пациента [[R:{mrn}]]
[[P:{q}]], [[B:{bd2}]], СНИЛС [[S:{sn}]], тел. [[T:{tm1}]]
Маммограф Amulet, S/N {serial}. Двойное чтение: [[P:{d_s}]] / [[P:{h_s}]]
Заключение: BI-RADS 2 справа, BI-RADS 0 слева — дообследование (томосинтез ФСИДИ 7003395).
Записана на УЗИ [[D:{td3}]] в {tm}, талон очереди {small} (не номер пациента).
Карта скрининга [[R:{cs1}]]. [[D:{td1}]]""",
    ),
    (
        "Лучевая диагностика: флюорография",
        "A06.09.006",
        "Флюорография легких",
        "",
        "7003320",
        "список флюорографии в HL7-сообщении ORU и выписка в медосмотр",
        """MSH|^~\\&|RIS|FLG_KAB|MIS|POLI|[[D:{td_hl7}]]1022||ORU^R01|{run}|P|2.5
PID|1||[[R:{mrn}]]^^^POLI^MR~[[R:<<#######>>]]^^^FLG^PI||[[P:{p_lat2}]]||[[B:{bd_hl7}]]|{p_sex}
OBR|1|[[R:{acc2}]]|[[R:{acc3}]]|7003320^Флюорография|||[[D:{td_hl7}]]
OBX|1|TX|||Очаговых и инфильтративных изменений не выявлено, ЭД 0,03 мЗв
Выписка для медосмотра: флюорография № [[R:<<#####>>]] от [[D:{td1}]], норма. Фельдшер [[P:{n_s}]]""",
    ),
    (
        "Функциональная диагностика: ЭКГ",
        "A05.10.006",
        "Регистрация электрокардиограммы",
        "",
        "7014145",
        "распечатка электрокардиографа с шапкой и номером ЭКГ",
        """ЭК12Т-01 «Р-Д»   зав. № {serial}   [[D:{td1}]] {tm}
Пациент: [[P:{p_up}]]   ID: [[R:{mrn}]]   Возраст: {age}   Пол: {p_sex}
ЭКГ № [[R:<<#####>>]]   Отделение: приёмное, бригада СМП № {brig}
ЧСС 88, PQ 160 мс, QRS 94 мс, QT/QTc 380/448 мс. Синусовый ритм, неполная блокада ПНПГ.
Карта вызова СМП [[R:<<###>>-<<##>>]]. Описал: врач ФД [[P:{d_s}]]""",
    ),
    (
        "Функциональная диагностика: эхокардиография",
        "A04.10.002",
        "Эхокардиография",
        "",
        "",
        "протокол ЭхоКГ в кардиодиспансере",
        """ОБЛАСТНОЙ КАРДИОЛОГИЧЕСКИЙ ДИСПАНСЕР, [[A:{ao}]]; регистратура [[T:{tc1}]]
Протокол ЭхоКГ № [[R:ЭХО-<<#####>>]] от [[D:{td1}]]. Направление [[R:{cs1}]].
[[P:{p}]], [[B:{bd}]], рост 172, вес 84 кг, ППТ 1,98 м².
ФВ (Симпсон) 54 %, КДО 118 мл, ЛП 41 мм, СДЛА 32 мм рт. ст. Аппарат Vivid E95, инв. {inv}.
Заключение: гипертрофия ЛЖ. Повторно через 6 мес. Врач [[P:{d_s}]]""",
    ),
    (
        "Эндоскопия: ЭГДС",
        "A03.16.001",
        "Эзофагогастродуоденоскопия",
        "",
        "",
        "протокол ЭГДС с биопсией, номер эндоскопа и номера банок",
        """Эндоскопическое отделение. ЭГДС № [[R:<<####>>/25]] от [[D:{td1}]], каб. {cab}
[[P:{p}]], [[B:{bd2}]], амб. карта [[R:{cs2}]]. Премедикация: лидокаин 10% спрей.
Гастроскоп Olympus GIF-H190, S/N {serial}; цикл дезинфекции № {run} (не номер пациента).
Заключение: хронический гастрит, биопсия: банка 1 (антрум) — [[R:{bc128_1}]], банка 2 (тело) — [[R:{bc128_2}]]; Hp-тест.
Код МКБ {icd}. Эндоскопист [[P:{d_s}]], м/с [[P:{s_s}]]""",
    ),
    (
        "Эндоскопия: колоноскопия",
        "A03.18.001",
        "Колоноскопия",
        "",
        "",
        "талон-направление на колоноскопию и информированное согласие",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на колоноскопию (A03.18.001)
Я, [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]], проживающ{p_ii} по адресу [[A:{a2}]],
согласен(на) на исследование под седацией пропофолом. Направление [[R:<<##>>-<<######>>]].
Контактное лицо: [[P:{q_s}]], [[T:{tm2}]]. Подготовка: «Фортранс» 4 пакета, серия {lot}.
Врач-эндоскопист [[P:{d_s}]] [[D:{td1}]] Подпись пациента ______""",
    ),
    (
        "Ультразвуковая диагностика: органы брюшной полости",
        "A04.16.001",
        "Ультразвуковое исследование органов брюшной полости (комплексное)",
        "",
        "7005408",
        "протокол УЗИ поликлиники с номером записи в МИС",
        """УЗИ ОБП (ФСИДИ 7005408). [[D:{td1}]] {tm}. МИС: запись [[R:<<Z-#######>>]], ТАП [[R:<<#########>>]]
Пациент [[P:{p_s}]] ([[B:{bd2}]]), полис [[O:{enp}]]
Печень: ПЗР правой доли 152 мм, эхогенность повышена. Желчный пузырь 72×28 мм, конкремент 12 мм.
Заключение: ЖКБ, стеатоз печени. Аппарат Mindray DC-70, инв. № {inv}.
Врач УЗД [[P:{d_i}]], каб. {cab}""",
    ),
    (
        "Функциональная диагностика: электромиография",
        "A05.02.001",
        "Электромиография игольчатая (одна мышца)",
        "",
        "",
        "заключение ЭМГ для МСЭ",
        """ЗАКЛЮЧЕНИЕ ЭМГ № [[R:<<###>>-ЭМГ/<<##>>]] к направлению на МСЭ [[R:<<####>>.<<##>>.<<##>>/2025]]
[[P:{p}]], [[B:{bd}]]. Направил невролог [[P:{d_s}]]
Игольчатая ЭМГ m. tibialis anterior dex.: ПДЕ увеличены до 148 %, спонтанная активность ПФ 3+.
Электромиограф «Нейро-МВП-8», зав. № {serial}. Электроды игольчатые, лот {lot}.
Заключение: нейрогенный процесс L5. Врач [[P:{e_s}]], [[D:{td2}]]""",
    ),
    (
        "Функциональная диагностика: спирометрия",
        "A12.09.001",
        "Исследование неспровоцированных дыхательных объемов и потоков",
        "",
        "7013634",
        "распечатка спирографа для медосмотра работника",
        """SPIROLAB   Patient: [[P:{p_lat}]]   ID: [[R:{mrn}]]   DOB: [[B:{bd_iso}]]
Test date: [[D:{td_iso}]]   Operator: [[P:{s_s}]]
FVC 4,12 L (96 %), FEV1 3,21 L (88 %), FEV1/FVC 78 %. Проба с сальбутамолом 400 мкг: прирост 6 %.
Periodic medical exam, order № {ord}; карта медосмотра [[R:{cs1}]]. Device S/N {serial}.
Врач ФД [[P:{d_s}]]""",
    ),
    (
        "Функциональная диагностика: суточное мониторирование ЭКГ",
        "A05.10.008",
        "Холтеровское мониторирование сердечного ритма",
        "",
        "7014111",
        "журнал выдачи холтеровских регистраторов",
        """ЖУРНАЛ ВЫДАЧИ РЕГИСТРАТОРОВ ХМ-ЭКГ
Регистратор № {small} (зав. № {serial}) выдан [[D:{td1}]] в {tm} пациенту [[P:{p_dat}]], [[B:{bd2}]], тел. [[T:{tm1}]]; исследование [[R:ХМ-<<#####>>]]
Регистратор № {rack} (зав. № {serial2}) выдан [[D:{td1}]] пациентке [[P:{q_dat}]], тел. [[T:{tm2}]]; исследование [[R:ХМ-<<#####>>]]
Возврат [[D:{td2}]]. Выдала м/с [[P:{s_s}]]""",
    ),
    (
        "Стоматология: пломбирование",
        "A16.07.002",
        "Восстановление зуба пломбой",
        "",
        "",
        "медицинская карта стоматологического больного (ф. 043/у), запись приёма",
        """МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО № [[R:{cs1}]]
[[P:{p}]], [[B:{bd}]], [[A:{a1}]], тел. [[T:{tm1}]]
[[D:{td1}]]. Жалобы на боль от холодного в зубе {tooth}. Диагноз K02.1. Анестезия: ультракаин DS 1,7 мл, серия {lot}.
Пломба Filtek Z250, лот {lot2}, цвет A2. Услуга A16.07.002, стоимость по прейскуранту поз. {small} — {price} руб.
Договор на платные услуги № [[R:<<####>>-ПУ]] с пациентом; справка для налогового вычета, ИНН налогоплательщика [[I:{inn}]]. Врач-стоматолог [[P:{d_s}]]""",
    ),
    (
        "Стоматология: прицельная рентгенография",
        "A06.07.003",
        "Прицельная внутриротовая контактная рентгенография",
        "",
        "7003197",
        "лист учёта дозовых нагрузок в стоматологической карте",
        """ЛИСТ УЧЁТА ДОЗОВЫХ НАГРУЗОК (вкладыш к карте [[R:{cs2}]])
Пациент: [[P:{p_s}]], [[B:{bd2}]]
[[D:{td1}]] | прицельный снимок зуба {tooth} | 0,01 мЗв | снимок № [[R:<<######>>]] | [[P:{s_sur}]]
[[D:{td3}]] | ОПТГ (ФСИДИ 7003197) | 0,02 мЗв | снимок № [[R:<<######>>]] | [[P:{s_sur}]]
Визиограф Vatech, S/N {serial}; дозиметр инв. {inv}. Врач [[P:{d_i}]]""",
    ),
    (
        "Стоматология: удаление зуба",
        "A16.07.001",
        "Удаление зуба",
        "",
        "",
        "выписка хирурга-стоматолога и направление на гистологию",
        """Хирургическая стоматология. Удаление зуба {tooth} (A16.07.001) под анестезией артикаин 4% 1,7 мл.
Пациентка [[P:{q}]], [[B:{bd}]], карта [[R:{cs1}]], ОМС [[O:{enp}]]
Материал (грануляции) на гистологию: направление [[R:<<#####>>/Г]], флакон [[R:{bc128_1}]].
Рекомендации: холод, не полоскать. Повторный осмотр [[D:{td2}]], каб. {cab}.
Листок нетрудоспособности ЭЛН [[R:<<9##########>>]] открыт [[D:{td1}]]. Врач [[P:{d_s}]], [[T:{tc1}]]""",
    ),
    (
        "Консультация: терапевт первичный",
        "B01.047.001",
        "Прием (осмотр, консультация) врача-терапевта первичный",
        "",
        "",
        "талон амбулаторного пациента и протокол приёма",
        """ТАП № [[R:<<########>>]]   Случай [[R:{cs2}]]   Посещение [[R:<<V-#######>>]]
Приём врача-терапевта первичный (B01.047.001), [[D:{td1}]] {tm}, каб. {cab}.
[[P:{p}]], {age} лет, [[B:{bd}]], СНИЛС [[S:{sn}]], адрес [[A:{a2}]].
Жалобы на головную боль. АД 162/96. Диагноз I11.9. Назначено: лозартан 50 мг 1 р/д.
Направления: ОАК (заказ [[R:<<#########>>]]), ЭКГ (№ [[R:<<######>>]]).
Врач-терапевт [[P:{d_s}]]""",
    ),
    (
        "Консультация: терапевт повторный",
        "B01.047.002",
        "Прием (осмотр, консультация) врача-терапевта повторный",
        "",
        "",
        "запись повторного приёма с номерами предыдущих анализов в одной строке",
        """Повторный приём [[D:{td3}]]. [[P:{p_s}]] ([[R:{cs1}]]) явил{p_sya} с результатами:
ОАК от [[D:{td1}]] (Order [[R:<<#########>>]], Specimen [[R:{ean1}]]), биохимия (Order [[R:<<#########>>]], Specimen [[R:{ean2}]]), ЭКГ № [[R:<<######>>]].
Hb 131, креатинин 92, калий 4,6. Цели по АД достигнуты (128/80).
Продлить лечение. Рецепт [[R:<<##>>-<<########>>]]. Явка через 3 мес. Врач [[P:{d_s}]], тел. регистратуры [[T:{tc2}]]""",
    ),
    (
        "Консультация: инфекционист",
        "B01.014.001",
        "Прием (осмотр, консультация) врача-инфекциониста первичный",
        "",
        "",
        "консультация в КИЗ с экстренным извещением",
        """КИЗ. Консультация инфекциониста [[D:{td1}]]. Пациент [[P:{p}]], [[B:{bd2}]], [[A:{a1}]]
Экстренное извещение (ф. 058/у) № [[R:<<###>>/<<##>>]] передано в ЦГиЭ в {tm}.
Эпиданамнез: укус клеща [[D:{td2}]] в [[A:{al2}]]. Клещ на исследование: проба [[R:К-<<####>>]].
Вакцинирован {vacc}, серия {lot}. Иммуноглобулин противоклещевой 3 мл, серия {lot2}.
Диагноз A84.1? Госпитализация в ИКБ, бокс {ward}. Инфекционист [[P:{d_s}]], [[T:{tm1}]] (пациент)""",
    ),
    (
        "Консультация: остеопат",
        "B01.069.001",
        "Прием (осмотр, консультация) врача-остеопата первичный",
        "",
        "",
        "договор на платный приём и чек",
        """ДОГОВОР № [[R:<<####>>/<<##>>-ОСТ]] на оказание платных медицинских услуг от [[D:{td1}]]
Исполнитель: ООО «Остео-Центр», ИНН {innorg}, ОГРН {ogrn}, лицензия {lic}, [[A:{ao}]].
Заказчик: [[P:{q}]], паспорт [[Q:{pas}]], ИНН [[I:{inn}]] (для справки об оплате в налоговую), тел. [[T:{tm1}]], [[E:{m2}]]; пациент — сын [[P:{k}]], [[B:{bdk}]].
Услуга B01.069.001, цена {price} руб. Кассовый чек № {small}, смена {run} — не номер пациента.
Врач-остеопат [[P:{d_s}]]""",
    ),
    (
        "Процедуры: взятие крови",
        "A11.05.001",
        "Взятие крови из пальца",
        "",
        "",
        "лист процедурного кабинета детской поликлиники",
        """ПРОЦЕДУРНЫЙ КАБИНЕТ ДП, [[D:{td1}]]. Смена: м/с [[P:{s_s}]]
Ребёнок [[P:{k}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], карта [[R:{cs1}]]
Взятие капиллярной крови (A11.05.001), пробирка-микровет [[R:{ean1}]]; заказ [[R:{bc128_2}]].
Мать [[P:{q_s}]], [[T:{tm1}]]. Скарификатор лот {lot}. Штатив {rack}, ячейка {pos}.""",
    ),
    (
        "Процедуры: гемодиализ",
        "A18.05.002",
        "Гемодиализ",
        "",
        "",
        "протокол сеанса гемодиализа",
        """ПРОТОКОЛ ГД № [[R:<<#####>>-ГД]], сеанс 14 из 39 в квартал. [[D:{td1}]]
[[P:{p}]], [[B:{bd}]], регистр ХБП № [[R:<<##>>/<<#####>>]], ОМС [[O:{enp}]]
Аппарат Fresenius 5008S, место {bed}, S/N {serial}. Диализатор FX80, лот {lot}; концентрат серия {lot2}.
Qb 300 мл/мин, 4 ч, УФ 2,4 л; гепарин 5000 ЕД. Вес до 78,4 / после 76,1 кг.
Транспорт: [[A:{a1}]], тел. [[T:{tm2}]]. Врач-нефролог [[P:{d_s}]], м/с [[P:{s_s}]]""",
    ),
    (
        "Трансфузиология: гемотрансфузия",
        "A18.05.012",
        "Гемотрансфузия",
        "",
        "",
        "протокол трансфузии с номером единицы и кодом донора",
        """ПРОТОКОЛ ТРАНСФУЗИИ (приказ № 1134н) [[D:{td1}]] {tm}
Реципиент: [[P:{p_up}]], [[B:{bd2}]], ИБ [[R:{cs1}]], группа A(II) Rh+.
Компонент: эр. взвесь 280 мл, № единицы [[R:<<##>>-<<##>>-<<######>>]], код донора [[R:Д-<<######>>]], контейнер лот {lot}.
Пробы на совместимость: ИД-карта лот {lot2}. Биопроба 3×10 мл — реакций нет.
Врач-трансфузиолог [[P:{d_s}]]; м/с [[P:{s_s}]]""",
    ),
    (
        "Анестезиология: анестезиологическое пособие",
        "B01.003.004",
        "Анестезиологическое пособие (включая раннее послеоперационное ведение)",
        "",
        "",
        "анестезиологическая карта",
        """АНЕСТЕЗИОЛОГИЧЕСКАЯ КАРТА № [[R:<<####>>-А]] к ИБ [[R:{cs2}]]
[[P:{p}]], {age} лет, [[B:{bd}]], вес 76 кг, ASA II. Операционная № {small}.
Индукция: пропофол 150 мг, фентанил 0,2 мг, рокуроний 50 мг. ИВЛ, аппарат Dräger, инв. {inv}.
Начало {tm}, окончание {tm_b}. Кровопотеря 200 мл. Переведён в палату ПИТ {ward}, койка {bed}.
Анестезиолог [[P:{d_s}]], анестезист [[P:{s_s}]]""",
    ),
    (
        "Вакцинация: иммунизация",
        "B04.014.004",
        "Вакцинация",
        "",
        "",
        "сертификат о профилактических прививках и журнал прививок",
        """Журнал профилактических прививок, прививочный кабинет, [[D:{td1}]]
[[P:{p_s}]] | [[B:{bd}]] | {vacc}, 0,5 мл в/м | серия {lot}, годен до 08.2026 | сертификат ф. 156/у-93 № [[R:<<#######>>]] | [[P:{s_sur}]]
[[P:{n_s}]] | [[B:{bd2}]] | {vacc}, 0,5 мл | серия {lot} | сертификат № [[R:<<#######>>]] | [[P:{s_sur}]]
Холодильник «Позис», инв. № {inv}, t +5 °C. Термоиндикатор лот {lot2}.
Врач [[P:{d_s}]]""",
    ),
    (
        "Реабилитация: ЛФК при заболеваниях ЦНС",
        "A19.23.002",
        "Лечебная физкультура при заболеваниях центральной нервной системы и головного мозга",
        "",
        "",
        "индивидуальная программа реабилитации и шкалы в отделении реабилитации",
        """ОТДЕЛЕНИЕ МЕДИЦИНСКОЙ РЕАБИЛИТАЦИИ (2 этап). ИПМР № [[R:<<####>>/<<##>>-Р]]
Пациент [[P:{p}]], [[B:{bd}]], ИБ [[R:{cs1}]], палата {ward}. Диагноз I63.4, ШРМ 4, Рэнкин 3.
ЛФК (A19.23.002) ежедневно 40 мин, зал № {small}; инструктор-методист [[P:{s_s}]]
Тренажёр «Motomed», инв. {inv}. Мультидисциплинарная бригада: [[P:{d_s}]], [[P:{e_s}]], [[P:{h_s}]]
Родственник для обучения: [[P:{q_io}]], [[T:{tm1}]]. [[D:{td1}]]""",
    ),
    (
        "Реабилитация: после ОНМК",
        "B05.023.001",
        "Услуги по медицинской реабилитации пациента, перенесшего острое нарушение мозгового кровообращения",
        "",
        "",
        "путёвка на санаторный этап и выписка",
        """ПУТЁВКА № [[R:<<######>>]] на долечивание в санатории «Белокуриха» (Алтайский край)
Выдана [[P:{p_dat}]], [[B:{bd2}]], СНИЛС [[S:{sn}]], заезд [[D:{td3}]], 18 дней.
Основание: выписка из ИБ [[R:{cs2}]], протокол ВК № [[R:<<###>>]] от [[D:{td1}]].
Проживает: [[A:{a1}]]; сопровождающий [[P:{u}]], паспорт [[Q:{pas}]].
Код услуги B05.023.001, КСГ st37.002 (не номер пациента). Врач ФРМ [[P:{d_s}]], [[T:{tc1}]]""",
    ),
    (
        "Физиотерапия: УВЧ",
        "A17.30.017",
        "Воздействие электрическим полем ультравысокой частоты (ЭП УВЧ)",
        "",
        "",
        "процедурная карта физиотерапии (ф. 044/у)",
        """КАРТА ФИЗИОТЕРАПЕВТИЧЕСКОГО БОЛЬНОГО (ф. 044/у) № [[R:ФТ-<<####>>]]
[[P:{p_s}]], {age} лет, амб. карта [[R:{cs1}]]. Направил [[P:{d_i}]].
УВЧ на область гайморовых пазух, 20 Вт, 8 мин, № 7. Аппарат УВЧ-80-04, зав. № {serial}, инв. {inv}.
Процедуры: [[D:{td1}]], [[D:{td2}]], [[D:{td3}]] — каб. {cab}, кабина {small}. М/с [[P:{s_s}]]""",
    ),
    (
        "Массаж: общий медицинский",
        "A21.01.001",
        "Общий массаж медицинский",
        "",
        "",
        "запись на курс массажа в детской поликлинике",
        """Курс общего массажа (A21.01.001), 10 процедур по 1,5 у.е.
Ребёнок: [[P:{k}]], [[B:{bdk}]], св-во о рожд. [[C:{bc}]], ОМС [[O:{enp}]]. Мать: [[P:{q}]], [[T:{tm1}]], [[E:{m2}]].
Талон на курс [[R:<<##>>-М-<<####>>]] от [[D:{td1}]]. Начало [[D:{td2}]] в {tm}, каб. {cab}.
Массажист [[P:{s_s}]] Диагноз G80.1. Педиатр [[P:{d_s}]]""",
    ),
    (
        "Хирургия: лечение шейки матки",
        "A16.20.036",
        "Хирургическое лечение заболеваний шейки матки с использованием различных энергий",
        "",
        "",
        "протокол радиоволновой конизации с направлением на гистологию",
        """Протокол операции № [[R:<<###>>-ГИН/<<##>>]]. [[D:{td1}]]. Пациентка [[P:{q}]], [[B:{bd2}]].
Амб. карта [[R:{cs1}]]; цитология от [[D:{td_sl}]] — HSIL (образец ЖЦ [[R:{bc128_1}]]).
Радиоволновая конизация, аппарат «Сургитрон», S/N {serial}. Электрод петлевой, лот {lot}.
Материал: конус, маркировка 12 ч; направление на ПГИ [[R:<<#####>>/<<##>>]].
Хирург [[P:{d_s}]], акушерка [[P:{s_s}]]""",
    ),
    (
        "Перевязки: наложение повязки",
        "A15.01.001",
        "Наложение повязки при нарушении целостности кожных покровов",
        "",
        "",
        "журнал перевязочной травмпункта",
        """ПЕРЕВЯЗОЧНАЯ травмпункта, [[D:{td1}]]
{tm} — [[P:{p_s}]] (карта травматика [[R:Т-<<#####>>]]): рана предплечья, асептическая повязка; бинт 7×14 — 2 шт.
{tm_b} — [[P:{m_s}]] (карта [[R:Т-<<#####>>]]): ожог кисти II ст., повязка «Бранолинд», серия {lot}.
Столбнячный анатоксин 0,5 мл, серия {lot2}. Медсестра [[P:{s_s}]]; врач [[P:{d_s}]]""",
    ),
    (
        "Диетология: расчёт калорийности",
        "A23.30.052",
        "Расчет калорийности диеты",
        "",
        "",
        "карта нутритивного статуса пациента",
        """КАРТА НУТРИТИВНОГО СТАТУСА. Пациент [[P:{p}]], ИБ [[R:{cs2}]], отд. хирургии, палата {ward}.
Рост 168 см, масса 54 кг, ИМТ 19,1. NRS-2002: 4 балла. Потребность 2100 ккал, белок 1,5 г/кг.
Назначено: «Нутризон Эдванст» 500 мл/сут, серия {lot}. Диета ЩД.
Врач-диетолог [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        "Акушерство: подготовка к родам",
        "A13.30.005",
        "Подготовка беременных к родам",
        "",
        "",
        "список группы школы подготовки к родам",
        """ШКОЛА ПОДГОТОВКИ К РОДАМ, группа № {small}, занятия с [[D:{td1}]]
1. [[P:{q_s}]], ИКБ [[R:{cs1}]], срок 32 нед., тел. [[T:{tm1}]]
2. [[P:{n_s}]], ИКБ [[R:{cs2}]], срок 30 нед., тел. [[T:{tm2}]]
3. [[P:{m_s}]] (партнёр), тел. [[T:{tm3}]]
Родовой сертификат: талон № 1 [[R:<<#######>>]]. Акушерка [[P:{s_s}]], каб. {cab}""",
    ),
    (
        "Лучевая диагностика: МРТ с контрастом",
        "A05.23.009.001",
        "Магнитно-резонансная томография головного мозга с контрастированием",
        "",
        "",
        "лист введения контраста и согласие",
        """ЛИСТ ВВЕДЕНИЯ КОНТРАСТНОГО СРЕДСТВА. Исследование [[R:МРТ-2025-<<######>>]]
[[P:{p}]], [[B:{bd}]], масса 70 кг, креатинин 84 мкмоль/л (проба [[R:{ean1}]]).
Гадобутрол 7 мл (0,1 ммоль/кг), серия {lot}, годен до 05.2027; инжектор Medrad, S/N {serial}.
Реакций нет. Accession [[R:{acc2}]]. Врач-рентгенолог [[P:{d_s}]], рентгенолаборант [[P:{s_s}]], [[D:{td1}]]""",
    ),
    (
        "Радионуклидная диагностика: описание",
        "A07.30.001",
        "Реконструкция, описание и интерпретация радионуклидных исследований",
        "",
        "7013113",
        "протокол сцинтиграфии с номером генератора РФП",
        """Отделение радионуклидной диагностики. Протокол [[R:<<#####>>-РНД]] от [[D:{td1}]]
[[P:{p_s}]], [[B:{bd2}]], направление [[R:{cs1}]]. ОФЭКТ/КТ (ФСИДИ 7013113).
РФП 99mTc-технетрил 740 МБк, генератор ГТ-4К, партия {lot}; калибратор активности инв. {inv}.
Study UID [[R:{uid}]]. Заключение: без очагов патологического накопления.
Врач-радиолог [[P:{d_s}]]""",
    ),
    (
        "Ультразвуковая диагностика: малый таз",
        "A04.20.001",
        "Ультразвуковое исследование матки и придатков трансабдоминальное",
        "",
        "",
        "протокол УЗИ в женской консультации",
        """УЗИ органов малого таза от [[D:{td1}]]. [[P:{q_s}]], {age} лет. Карта [[R:{cs1}]].
День цикла 8. Матка 48×37×45 мм, эндометрий 6 мм. Яичники без особенностей.
Рек.: контроль через 3 мес. Врач УЗД [[P:{d_s}]], аппарат Samsung HS40, инв. {inv}""",
    ),
    (
        "Цитология: молочная железа",
        "A08.20.015",
        "Цитологическое исследование микропрепарата тканей молочной железы",
        "1170729",
        "",
        "цитологическое заключение по пункции под УЗ-контролем",
        """ЦИТОЛОГИЧЕСКАЯ ЛАБОРАТОРИЯ. Рег. № [[R:Ц-<<#####>>]]; направление [[R:<<######>>]]
[[P:{q}]], [[B:{bd}]], Accession УЗИ: [[R:{acc1}]]
Материал: пунктат образования левой молочной железы, 3 стекла (№ 1–3). Окраска по Паппенгейму, реактив лот {lot}.
Заключение: фиброаденома. C2. Врач-цитолог [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "Скрининг: кал на скрытую кровь",
        "A09.19.001.001",
        "Экспресс-исследование кала на скрытую кровь иммунохроматографическим методом",
        "1201003",
        "",
        "список выдачи тест-систем при диспансеризации",
        """ДИСПАНСЕРИЗАЦИЯ. Выдача контейнеров для иммунохимического теста (ФСЛИ 1201003)
Дата | ФИО | Карта учёта диспансеризации | Контейнер | Телефон
[[D:{td1}]] | [[P:{p_s}]] | [[R:{cs1}]] | [[R:{ean1}]] | [[T:{tm1}]]
[[D:{td1}]] | [[P:{n_s}]] | [[R:{cs2}]] | [[R:{ean2}]] | [[T:{tm2}]]
[[D:{td2}]] | [[P:{m_s}]] | [[R:{cs3}]] | [[R:{ean3}]] | [[T:{tm3}]]
Тест-системы «ColonView», лот {lot}. Кабинет медпрофилактики № {cab}, фельдшер [[P:{s_s}]]""",
    ),
    (
        "Скрининг: цитология шейки матки",
        "A08.20.017.002",
        "Жидкостное цитологическое исследование микропрепарата шейки матки",
        "",
        "",
        "бланк направления ЖЦ с номером виалы и результат",
        """НАПРАВЛЕНИЕ НА ЖИДКОСТНУЮ ЦИТОЛОГИЮ. Виала: [[R:{bc128_1}]] / [[R:{ean1}]]
[[P:{q}]], [[B:{bd2}]], ОМС [[O:{enp}]], тел. [[T:{tm1}]]
Смотровой кабинет № {cab}, акушерка [[P:{s_s}]] [[D:{td1}]]. Дата последней менструации [[D:{td_sl}]].
Результат (Bethesda): NILM. ВПЧ ВКР (ДНК, ПЦР) — отрицательно; набор лот {lot}.
Врач-цитолог [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        "Скрининг: неонатальный",
        "B03.032.001",
        "Неонатальный скрининг",
        "1190669",
        "",
        "тест-бланк неонатального скрининга (сухое пятно крови)",
        """ТЕСТ-БЛАНК НЕОНАТАЛЬНОГО СКРИНИНГА № [[R:<<##>>-<<########>>]]
Мать: [[P:{q_up}]], [[B:{bd2}]], ИБ роженицы [[R:{cs1}]]
Новорождённ{k_yi}: пол {k_sex}, родил{k_sya} [[B:{td1}]] в {tm}, вес 3420 г. Медицинское свидетельство о рождении серия {small} № [[R:<<#######>>]].
Взятие крови [[D:{td2}]]; ТТГ (ФСЛИ 1190669) 3,1 мЕд/л. Фильтровальная бумага лот {lot}.
Адрес выписки: [[A:{a1}]], тел. [[T:{tm1}]]. Акушерка [[P:{s_s}]]""",
    ),
    (
        "Пренатальная диагностика: НИПТ",
        "A27.20.001",
        "Неинвазивное пренатальное тестирование (определение внеклеточной ДНК плода по крови матери)",
        "",
        "",
        "результат НИПТ из генетической лаборатории",
        """GENETICO LAB REPORT   Sample ID: [[R:{bc128_2}]]   Order: [[R:<<#########>>]]
Patient: [[P:{q_lat}]]   DOB: [[B:{bd_iso}]]   GA: 12w3d
Пациентка [[P:{q}]], направлена врачом [[P:{d_i}]] (МК [[R:{cs1}]]).
Фракция плодовой ДНК 9,8 %. Трисомии 21, 18, 13 — низкий риск. Секвенатор S/N {serial}, ран {run}.
Ответ на [[E:{m2}]]. Генетик [[P:{h_s}]], [[D:{td2}]]""",
    ),
    (
        "Молекулярная генетика: CHEK2",
        "A27.05.046",
        "Молекулярно-генетическое исследование мутаций в гене CHEK2 в крови методом ПЦР",
        "",
        "",
        "заключение онкогенетика по наследственному раку",
        """МЕДИКО-ГЕНЕТИЧЕСКАЯ КОНСУЛЬТАЦИЯ. Карта МГК [[R:МГК-<<#####>>]]
Пробанд [[P:{q}]], [[B:{bd}]], рак молочной железы (ICD-O {icdo}, {icd}).
CHEK2 1100delC — выявлен в гетерозиготе. Образец ДНК [[R:<<##>>-ДНК-<<####>>]], набор лот {lot}.
Рекомендовано обследовать сестру [[P:{n_acc}]] и дочь [[P:{k_fi}]]. Связь: [[T:{tm1}]].
Врач-генетик [[P:{d_s}]], [[D:{td1}]]""",
    ),
    (
        "Функциональная диагностика: ЭЭГ",
        "A05.23.001",
        "Электроэнцефалография",
        "",
        "7013444",
        "заключение ЭЭГ в детской неврологии",
        """ЭЭГ № [[R:<<####>>-ЭЭГ]] от [[D:{td1}]] (ФСИДИ 7013444). Ребёнок [[P:{k}]], {agek} лет, [[B:{bdk}]], свидетельство [[C:{bc}]].
Карта [[R:{cs1}]]; направил невролог [[P:{d_s}]] Энцефалограф «Нейрон-Спектр-4», зав. № {serial}.
Альфа-ритм 9 Гц, эпилептиформной активности не зарегистрировано. Фотостимуляция 3–24 Гц.
Законный представитель: [[P:{u}]], [[T:{tm1}]]. Врач ФД [[P:{e_s}]]""",
    ),
    (
        "Лучевая диагностика: денситометрия",
        "A06.03.061.002",
        "Рентгеноденситометрия проксимального отдела бедренной кости",
        "",
        "7003940",
        "отчёт денситометра",
        """HOLOGIC DISCOVERY   Scan ID: [[R:<<A########>>]]   Patient ID: [[R:{mrn}]]
Name: [[P:{p_lat}]]   DOB: [[B:{bd_iso}]]   Scan date: [[D:{td_iso}]]
Left femur neck: BMD 0,612 g/cm², T-score −2,6, Z-score −1,4. Фантом калибровки № {small}, S/N {serial}.
Заключение: остеопороз. FRAX 21 %. Врач [[P:{d_s}]]""",
    ),
    (
        "Функциональная диагностика: аудиометрия",
        "A12.25.001",
        "Тональная аудиометрия",
        "",
        "7017130",
        "аудиограмма на медосмотр",
        """АУДИОГРАММА № [[R:<<####>>/<<##>>]]   [[D:{td1}]]
[[P:{p}]], [[B:{bd2}]], профессия — машинист (вредный фактор п. 4.4 приказа № 29н от [[D:28.01.2021]]).
Пороги ВП: 500 Гц — 15 дБ, 4000 Гц — 40 дБ. Аудиометр АА-02, зав. № {serial}, поверка до 09.2026.
Карта периодического медосмотра [[R:{cs2}]]. Сурдолог [[P:{d_s}]]""",
    ),
    (
        "Ультразвуковая диагностика: щитовидная железа",
        "A04.22.001",
        "Ультразвуковое исследование щитовидной железы и паращитовидных желез",
        "",
        "7009202",
        "протокол УЗИ с TI-RADS и пункцией",
        """УЗИ щитовидной железы (7009202), [[D:{td1}]]. [[P:{q_s}]], [[B:{bd}]], ID [[R:{mrn}]]
Узел правой доли 14×11 мм, TI-RADS 4. Пункция (A11.22.002.001) под УЗ-контролем: стекла 1–4, рег. № [[R:Ц-<<#####>>]].
Игла 23G, лот {lot}. Анализатор ТТГ: проба [[R:{ean2}]].
Врач УЗД [[P:{d_s}]], каб. {cab}""",
    ),
    (
        "Ультразвуковая диагностика: брахиоцефальные артерии",
        "A04.12.005.003",
        "Дуплексное сканирование брахиоцефальных артерий с цветным допплеровским картированием кровотока",
        "",
        "",
        "протокол ДС БЦА",
        """ДС БЦА [[D:{td1}]]. Пациент [[P:{p}]], [[B:{bd}]], [[R:{cs1}]].
ВСА справа: стеноз 55 % (NASCET), бляшка гетерогенная. ПСС 142 см/с.
Сосудистый хирург на консультацию: направление [[R:<<##>>-<<######>>]] на [[D:{td4}]].
Врач [[P:{d_s}]]; аппарат Philips Affiniti, инв. {inv}""",
    ),
    (
        "Лучевая диагностика: рентгенография коленного сустава",
        "A06.04.005",
        "Рентгенография коленного сустава",
        "",
        "7003981",
        "описание снимка с OCR-ошибками в шапке",
        """РЕНТГЕНОГРАММА КОЛЕННОГО СУСТАВА (ФСИДИ 7003981)
ПАЦИЕНТ: [[P:{p_ocr}]]   ИБ: [[R:{cs2}]]   ШТРИХКОД: [[R:{ean_ocr}]]
Дата: [[D:{td1}]]. Сужение суставной щели, остеофиты — гонартроз II ст. по Kellgren-Lawrence.
Рентгенолаборант [[P:{s_s}]]; врач [[P:{d_s}]]""",
    ),
    (
        "Лучевая диагностика: КТ-коронарография",
        "A06.10.006.001",
        "Компьютерно-томографическая коронарография",
        "",
        "7001951",
        "PACS-выгрузка исследования для консилиума",
        """Выгрузка PACS для консилиума [[D:{td2}]]
Исследование [[R:{cs1}]] | Accession [[R:{acc1}]] | Study [[R:{uid}]]
Пациент [[P:{p_s}]] ([[B:{bd2}]]), MRN [[R:{mrn}]]. Серии: {series} (кальций-скоринг), {slices} срезов.
Agatston 312. Стеноз ПМЖВ 70 %. Консилиум: [[P:{d_s}]], [[P:{h_s}]], [[P:{e_s}]]""",
    ),
    (
        "Паллиативная помощь: выездной патронаж",
        "B01.070.011",
        "Патронаж выездной патронажной бригадой отделения выездной патронажной паллиативной медицинской помощи взрослым",
        "",
        "",
        "лист визита выездной паллиативной службы на дом",
        """ВЫЕЗДНАЯ ПАТРОНАЖНАЯ СЛУЖБА, бригада № {brig}. Визит [[D:{td1}]] {tm}–{tm_b}.
Пациент: [[P:{p}]], [[B:{bd}]], адрес: [[A:{a2}]], домофон 47.
Регистр паллиативных пациентов № [[R:ПАЛ-<<#####>>]]; вызов [[R:<<####>>/<<##>>]].
Боль ВАШ 6. Морфин 10 мг п/к, рецепт [[R:<<##>>-<<#######>>]] (форма 107/у-НП, бланк серии {small}).
Концентратор кислорода выдан: инв. № {inv}, S/N {serial}, по договору безвозмездного пользования № [[R:<<###>>-К/<<##>>]] с [[P:{q_ins}]].
Ухаживает дочь [[P:{q_io}]], [[T:{tm1}]], [[E:{m2}]]. Врач [[P:{d_s}]], м/с [[P:{s_s}]]""",
    ),
    (
        "Патронаж: педиатрическая сестра на дому",
        "B02.031.001",
        "Патронаж педиатрической сестры на дому",
        "",
        "",
        "запись патронажа новорождённого в истории развития ребёнка (ф. 112/у)",
        """ПАТРОНАЖ НОВОРОЖДЁННОГО [[D:{td1}]]. История развития ребёнка (ф. 112/у) № [[R:{cs1}]]
[[P:{k}]], [[B:{bdn}]], свидетельство о рождении [[C:{bc}]], по адресу [[A:{a1}]]. Мать [[P:{q}]], тел. [[T:{tm1}]].
Выписан из роддома, обменная карта [[R:<<###>>/<<##>>]]; БЦЖ-М серия {lot}, ВГВ серия {lot2}.
Вес 3780 г, пупочная ранка чистая. Рекомендовано: неонатальный скрининг взят, бланк [[R:<<##>>-<<########>>]].
Патронажная м/с [[P:{s_s}]], участок {small}""",
    ),
    (
        "Телемедицина: консультация патоморфолога",
        "A08.30.046.012",
        "Оценка, интерпретация и описание результатов патолого-анатомического исследования биопсийного (операционного) материала второй категории сложности и использованием телемедицинских технологий",
        "",
        "",
        "заявка на ТМК в референс-центр и ответ",
        """ЗАЯВКА НА ТМК (врач — врач) № [[R:ТМК-<<##>>-<<######>>]] от [[D:{td1}]]
Из: ОБУЗ, [[A:{ao}]], [[T:{tc1}]], [[E:{mo}]]. В референс-центр (приказ Минздрава № 965н от [[D:30.11.2017]]).
Пациент: [[P:{p}]], [[B:{bd2}]], СНИЛС [[S:{sn}]]. Рег. № биопсии [[R:<<####>>/<<##>>]]; WSI-слайды: [[R:{bc128_1}]], [[R:{bc128_2}]].
Вопрос: верификация лимфомы (ICD-O 9680/3?). Ответ ТМК: диффузная В-крупноклеточная лимфома.
Консультант [[P:{h_s}]]; лечащий врач [[P:{d_s}]]""",
    ),
    (
        "Скорая помощь: медицинская эвакуация",
        "B03.044.001",
        "Комплекс услуг по оказанию скорой медицинской помощи в пути следования при медицинской эвакуации врачом скорой медицинской помощи (врачом-специалистом) выездной бригады скорой медицинской помощи",
        "",
        "",
        "карта вызова и лист эвакуации",
        """КАРТА ВЫЗОВА СМП № [[R:<<######>>]]   Бригада № {brig}   Номер вызова в ЕДДС: [[R:<<##>>-<<#####>>]]
Вызов [[D:{td1}]] {tm}, адрес: [[A:{a1}]], вызвал{q_a} [[P:{q}]] ([[T:{tm1}]]).
Пациент [[P:{p}]], {age} лет. ЭКГ № [[R:<<#####>>]] передана в ЦУС. Эвакуация в РСЦ, приёмное отделение.
Носилки, аппарат ИВЛ «Шанс», инв. {inv}; дефибриллятор S/N {serial}. Автомобиль класса C.
Врач [[P:{d_s}]], фельдшер [[P:{s_s}]]""",
    ),
    (
        "Экстракорпоральная детоксикация: плазмаферез",
        "A18.05.001",
        "Плазмаферез",
        "",
        "",
        "протокол плазмафереза",
        """ПРОТОКОЛ ПЛАЗМАФЕРЕЗА № [[R:ПФ-<<####>>]], [[D:{td1}]]. Пациент [[P:{p_s}]], ИБ [[R:{cs1}]].
Аппарат «Гемос-ПФ», S/N {serial}; магистрали лот {lot}. Эксфузия 1200 мл, замещение — альбумин 10% 400 мл, серия {lot2}.
Диагноз G61.0. Осложнений нет. Трансфузиолог [[P:{d_s}]]""",
    ),
    (
        "Репродуктология: ЭКО",
        "A11.20.017",
        "Экстракорпоральное оплодотворение, культивирование и внутриматочное введение эмбриона",
        "",
        "",
        "протокол эмбриолога с кодами пары и номером протокола ЭКО",
        """ЭМБРИОЛОГИЧЕСКИЙ ПРОТОКОЛ. Протокол ЭКО № [[R:<<####>>-ЭКО-<<##>>]], код пары [[R:<<@@>>-<<####>>]]
Пациентка [[P:{q}]], [[B:{bd2}]]; супруг [[P:{u}]], [[B:{bd}]]. Квота ОМС, направление [[R:<<##>>.<<#####>>.2025]].
Получено 9 ооцитов, ИКСИ 7, бластоцист 3 (4AA, 4AB, 3BB). Среда G-TL лот {lot}; инкубатор EmbryoScope, S/N {serial}.
Криоконсервация: соломины {small}-{rack}, дьюар {pos}. Перенос [[D:{td2}]]. Эмбриолог [[P:{s_s}]]""",
    ),
    (
        "Акушерство: ведение родов",
        "B01.001.009",
        "Ведение физиологических родов врачом-акушером-гинекологом",
        "",
        "",
        "краткая запись о родах и выписка в ЖК",
        """ВЫПИСКА В ЖЕНСКУЮ КОНСУЛЬТАЦИЮ. Родильница [[P:{q}]], [[B:{bd2}]], [[A:{a1}]].
История родов № [[R:<<####>>/<<##>>]]. Роды [[D:{td1}]] в {tm}, срочные, в 39 нед. Новорождённый: масса 3540 г, 8/9 баллов.
Медицинское свидетельство о рождении серия {small} № [[R:<<#######>>]]. История развития новорождённого [[R:<<####>>-Н]].
Родовой сертификат, талон № 2 [[R:<<#######>>]]. Окситоцин 5 ЕД, серия {lot}.
Врач [[P:{d_s}]], акушерка [[P:{s_s}]]""",
    ),
    (
        "Патологическая анатомия: вскрытие",
        "A08.30.019",
        "Патологоанатомическое вскрытие",
        "",
        "",
        "протокол вскрытия и медицинское свидетельство о смерти",
        """ПРОТОКОЛ ПАТОЛОГО-АНАТОМИЧЕСКОГО ВСКРЫТИЯ № [[R:<<###>>/<<##>>]]
Умерш{p_ii}: [[P:{p}]], [[B:{bd}]], ИБ [[R:{cs1}]], дата смерти [[D:{td1}]].
Проживал{p_a}: [[A:{a1}]]. Тело выдано [[P:{u_dat}]], паспорт [[Q:{pas}]], [[T:{tm1}]].
Медицинское свидетельство о смерти серия {small} № [[R:<<#########>>]]. Основное заболевание I21.0.
Гистологический архив: блоки 1–12, стекла 1–18. Врач-патологоанатом [[P:{d_s}]]""",
    ),
    (
        "Химико-токсикологическое исследование: этанол",
        "A09.05.036.008",
        "Определение концентрации этанола в крови методом газовой хроматографии",
        "",
        "",
        "справка ХТИ и направление (ф. 452/у-06)",
        """СПРАВКА О РЕЗУЛЬТАТАХ ХТИ (ф. 454/у-06) № [[R:<<####>>-ХТИ]]
Направление (ф. 452/у-06) № [[R:<<#####>>]], акт медицинского освидетельствования № [[R:<<###>>]] от [[D:{td1}]].
Освидетельствуемый: [[P:{p}]], [[B:{bd}]], водительское удостоверение [[R:<<## ## ######>>]].
Кровь, флакон [[R:{bc128_1}]]; этанол 1,12 г/л. Хроматограф «Кристалл-5000», зав. № {serial}; стандарт лот {lot}.
Врач ХТЛ [[P:{d_s}]]""",
    ),
    (
        "Фтизиатрия: туберкулинодиагностика",
        "A11.01.003.001",
        "Внутрикожная проба с туберкулезным аллергеном",
        "",
        "",
        "список класса на Диаскинтест с результатами",
        """ДИАСКИНТЕСТ, школа № {small}, [[D:{td1}]]. Препарат серия {lot}, 0,1 мл в/к.
Ученик | Д.р. | Карта ф. 063/у | Папула, мм
[[P:{k_s}]] | [[B:{bdk}]] | [[R:{cs1}]] | 0
[[P:{x_s}]] | [[B:{bdk2}]] | [[R:{cs2}]] | 7 (направлен к фтизиатру)
Медсестра школы [[P:{s_s}]], врач [[P:{d_s}]], тел. кабинета [[T:{tc1}]]""",
    ),
    (
        "Стоматология: профессиональная гигиена",
        "A16.07.051",
        "Профессиональная гигиена полости рта и зубов",
        "",
        "",
        "запись гигиениста и страховой ДМС",
        """Гигиенист стоматологический [[P:{s_s}]], [[D:{td1}]]. Пациент [[P:{p}]], карта [[R:{cs1}]].
Полис ДМС № [[R:<<###>>-<<#######>>]], гарантийное письмо страховой № {ord}. Страхователь — ИП [[P:{u_s}]], ИНН [[I:{inn}]].
Ультразвуковой скейлер, AirFlow (порошок лот {lot}). Индекс OHI-S 1,8 → 0,4.
Следующий визит [[D:{td3}]], напоминание SMS на [[T:{tm1}]]""",
    ),
    (
        "Стоматология: протезирование на имплантатах",
        "A16.07.006",
        "Протезирование зуба с использованием имплантата",
        "",
        "",
        "наряд-заказ в зуботехническую лабораторию и паспорт имплантата",
        """НАРЯД-ЗАКАЗ № [[R:<<#####>>]] в ЗТЛ от [[D:{td1}]]. Пациент [[P:{p_s}]], карта [[R:{cs2}]].
Зуб {tooth}: коронка циркониевая на абатменте. Имплантат Osstem TS III, REF TS3S4510S, LOT {lot}; паспорт имплантата № {serial} (вклеен в карту).
Цвет A3. Сдача [[D:{td3}]]. Врач-стоматолог-ортопед [[P:{d_s}]], зубной техник [[P:{e_s}]]""",
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


def kind_of(cls: str, code: str, name: str) -> str:
    return f"{cls}: {name} ({code})"


def source_of(code: str, fsli: str, fsidi: str, note: str) -> str:
    parts = [f"НСИ 1.2.643.5.1.13.13.11.1070 v2.10 (Номенклатура медицинских услуг), S_CODE {code}"]
    if fsli:
        parts.append(f"ФСЛИ 1.2.643.5.1.13.13.11.1080 v3.50, ID {fsli}")
    if fsidi:
        parts.append(f"ФСИДИ 1.2.643.5.1.13.13.11.1471 v2.38, ID {fsidi}")
    return "; ".join(parts) + f": {note}"


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    codes = [t[1] for t in TEMPLATES]
    assert len(codes) == len(set(codes)), "one kind per service code"
    kinds = [kind_of(t[0], t[1], t[2]) for t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for cls, code, name, fsli, fsidi, note, template in TEMPLATES:
            doc = build(
                render(rng, template),
                kind_of(cls, code, name),
                source_of(code, fsli, fsidi, note),
                f"blind13_{len(docs):04d}",
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
