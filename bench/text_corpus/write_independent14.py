"""Write ``independent14.jsonl``: the fourteenth blind corpus, 2026-12-06 — imaging findings.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or
``bench/results`` file, never read a git log message, and never ran the text bench
(``bench/text_deid.py``, ``bench/text_speed.py``) or any de-identifier on this corpus; of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` (about lines 1–135 and 440–545) were read, to wire the
corpus in, and ``blind_half`` was imported once, to count the halves.
``write_independent1``–``12`` were not opened. From ``write_independent13.py`` only the
file format, the labelling rules (restated below, unchanged), the writer's structure (one
template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers)
and its generic helpers were taken. **Copied verbatim from corpus 13**: the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``),
``passport``, ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``,
``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum
helpers, ``serialize`` and ``main``. **Written fresh for corpus 14**: the name lists
(Dagestani, Chechen, Ingush, Kabardian, Balkar, Ossetian, Adyghe, Kalmyk, Crimean Tatar,
Cossack-South, Mordvin, Chuvash, Mari and Udmurt surnames, first names and patronymics, a
few foreign ones, and foreign radiologists in Latin), the towns, streets, microdistricts,
auls, stanitsas, khutors, villages and settlements of Dagestan, Chechnya, Kabardino-Balkaria,
North Ossetia, Adygea, Kalmykia, the Astrakhan, Volgograd, Rostov, Penza and Ulyanovsk
regions, the Krasnodar and Stavropol territories, Crimea and Sevastopol, Mordovia,
Chuvashia, Mari El and Udmurtia (``addr14`` and friends), phones (``mob14``, ``city14`` and
their odd writings), e-mails, the passport writings (``pas14``), every imaging record
number (accessions, RIS IDs, AI-service requests, Study/Series Instance UIDs, invitations…),
every hard negative, the organisations and every template; ``build_all`` was rewritten.

**Kinds from a real source.** Each kind is the paperwork around one finding of the federal
directory «Выявленные патологии» (OID 1.2.643.5.1.13.13.11.1473, version 2.16; ``ID``,
``FULLNAME`` and ``METHOD`` columns as its passport describes them), in one genre of
imaging paperwork (CT, MRI, X-ray, mammography, fluorography and ultrasound reports,
AI-service results and discrepancy lists of a regional imaging platform, second opinions,
screening invitations and call-backs, tumour boards, telemedicine, referrals to the next
step, letters to patients, registry entries, nurses' phone logs), written by a specialist
of «Номенклатура специальностей специалистов…» (1.2.643.5.1.13.13.11.1066, v5.4) in one
type of care (1.2.643.5.1.13.13.11.1034, v4.2) and one condition of care
(1.2.643.5.1.13.13.99.2.322, v3.1), all read from ``/work/shared/reference/fnsi/``. The
kind is «FINDING (код NNNN по 1.2.643.5.1.13.13.11.1473): GENRE»; the ``source`` names the
four directory entries. One finding per kind; 37 genre templates, each used for two
findings of the same region of the body (so 74 kinds, one template each). The kinds of
corpora 1–13 (the ``kind`` values of ``independent*.jsonl``) were listed by a scratch
script only to avoid them, compared case-insensitively; none of the kinds here is among
them (``build_all`` asserts the kinds are unique).

Emphasis: PHONES in every writing (8/+7/7, brackets, dashes, dots, spaces, typographic
dashes, glued to a word, broken across a line, with «доб.», several in a line, partly in
words, in table cells, bare local numbers after «тел.»); PASSPORTS in every writing (with
«серия … №», issue date, issuer and код подразделения) beside passport-like negatives
(equipment passports, registration certificates, batches of contrast agents, licences);
ADDRESSES as people write them (no «ул.», «мкр», «корп.», «стр.», «лит.», auls,
stanitsas, khutors, villages, пгт, postal codes first or last, region first or last,
abbreviated, inflected, from the flat outwards, broken across a line); imaging RECORD
numbers (accessions, RIS study IDs, AI-service request IDs and UUIDs, Study and Series
Instance UIDs, DICOM patient IDs, protocols, referrals, screening invitations, cards, case
histories, registry entries, telemedicine requests) beside hard negatives (finding codes
of 1473, ICD-10, service codes, BI-RADS, Lung-RADS, TI-RADS, PI-RADS categories, doses in
мЗв and мГр·см, CTDIvol, device models and serials, slice thicknesses, series and image
counts, rooms, standards, the AI service's version and its monthly study counts). The usual
PHI at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules of corpus 13 (restated unchanged from its docstring, which restated corpus
12's; the judgement calls of corpora 10–13 are kept unchanged):


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

Judgement calls added for corpus 14 (written here before any document was generated, not
changed after):

* An AI service's request, task or result ID (a UUID, «REQ-…», «AI-…») that identifies one
  patient's study is RECORD_ID, the whole UUID one span. The AI service's name, version and
  registration certificate, its threshold and probability figures, and the platform's
  daily or monthly study counts are not labelled.
* A screening invitation's number, a call-back list entry of one person, one person's entry
  in a cancer or incidental-findings registry, the protocol of a tumour board about one
  patient, a telemedicine consultation request and a second-opinion request are RECORD_ID
  (corpus 13's rule for numbers given to one patient's study, episode or document).
* A DICOM Patient ID is RECORD_ID; a DICOM Patient Name («MAGOMEDOV^RAMAZAN») is PERSON.
* A passport written «серия 82 15 № 123456» or «серия 8215 номер 123456» is one PASSPORT
  span from the series' first digit to the number's last digit; the word «серия» before it
  stays outside. The issue date is DATE; the issuer and the код подразделения are not
  labelled.
* A phone said partly in words («восемь девятьсот двадцать восемь, 512-34-56») is one PHONE
  span from its first word to its last digit. A bare local number after «тел.» («тел.
  67-45-12») is PHONE. A phone glued to a word («тел.89285123456», «моб:+7928…») is labelled
  from its first «+», bracket or digit. Typographic dashes and dots inside a phone are part
  of it; «доб. 214» stays outside (corpus 12).
* An address without a street type («Махачкала, Ярагского 71-14»), with «мкр», «корп.»,
  «стр.», «лит.», «пом.», a rural settlement's type (аул, станица, ст-ца, хутор, х., село,
  пгт, р.п., пос.), written from the flat outwards or with the postal code last, is one
  ADDRESS span from its first element to its last (postal code included where it stands).
  An inflected address starts at the settlement's type, or at the settlement's name when
  there is no type.
* A foreign radiologist's name in Latin is PERSON; «Dr.», «MD», «PhD» stay outside.
* The finding's directory code («код 4300»), ICD-10 codes, service codes, BI-RADS,
  Lung-RADS, TI-RADS and PI-RADS categories, Bosniak classes, doses, CTDIvol and DLP,
  kilovolts, slice thicknesses, series and image counts, lesion sizes, rooms, device models,
  serial numbers, equipment passports, registration certificates, contrast agents' batches
  and series, licences, orders and standards are not labelled.

Run: ``.venv/bin/python bench/text_corpus/write_independent14.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent14.jsonl"
SEED = 1420261206
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

# ---------------------------------------------------------------- people (fresh for corpus 14)
SURNAMES = [
    "Магомедов",
    "Гаджиев",
    "Абдурахманов",
    "Алибеков",
    "Омаров",
    "Курбанов",
    "Халилов",
    "Мусаев",
    "Бисултанов",
    "Эльмурзаев",
    "Ахмадов",
    "Дудуркаев",
    "Евлоев",
    "Кодзоев",
    "Шогенов",
    "Кумыков",
    "Тхагапсоев",
    "Кужонов",
    "Эфендиев",
    "Гаглоев",
    "Дзуцев",
    "Цаллаев",
    "Кокоев",
    "Бесолов",
    "Хагуров",
    "Тхакушинов",
    "Шхалахов",
    "Бадмаев",
    "Очиров",
    "Манджиев",
    "Басангов",
    "Аблаев",
    "Сеитмеметов",
    "Умеров",
    "Есаулов",
    "Табунщиков",
    "Калмыков",
    "Котляров",
    "Бондаренко",
    "Гриценко",
    "Шевчук",
    "Саркисян",
    "Асатрян",
    "Кудашкин",
    "Пиксаев",
    "Ведяшкин",
    "Ефремов",
    "Ядыкин",
    "Изибаев",
    "Шкалин",
    "Корепанов",
    "Вахрушев",
    "Шутов",
    "Новочеркасский",
    "Бессарабский",
    "Симбирцев",
    "Сурский",
    "Кочиев",
    "Гуриев",
    "Дышеков",
]
M_FIRST = [
    "Магомед",
    "Рамазан",
    "Шамиль",
    "Ахмед",
    "Мурат",
    "Аслан",
    "Заур",
    "Тимур",
    "Руслан",
    "Ислам",
    "Хасан",
    "Алихан",
    "Казбек",
    "Сослан",
    "Эрдни",
    "Бадма",
    "Станислав",
    "Ярослав",
    "Валентин",
    "Тарас",
    "Семён",
    "Мирон",
    "Сергей",
    "Николай",
    "Евгений",
    "Виталий",
    "Эдем",
    "Ильяс",
]
F_FIRST = [
    "Патимат",
    "Хадижат",
    "Мадина",
    "Залина",
    "Фатима",
    "Марьям",
    "Зарема",
    "Амина",
    "Асият",
    "Людмила",
    "Галина",
    "Кира",
    "Диана",
    "Олеся",
    "Таисия",
    "Дарья",
    "Алла",
    "Нина",
    "Ольга",
    "Байрта",
    "Эльвира",
    "Нафисат",
    "Лиана",
    "Мерьем",
]
PAT_STEMS = [
    "Магомедов",
    "Ахмедов",
    "Рамазанов",
    "Шамилев",
    "Муратов",
    "Асланов",
    "Казбеков",
    "Хасанов",
    "Сосланов",
    "Станиславов",
    "Тарасов",
    "Семёнов",
    "Миронов",
    "Николаев",
    "Витальев",
    "Евгеньев",
    "Валентинов",
    "Юсупов",
    "Абдулаев",
    "Бекханов",
    "Батразов",
    "Эрднеев",
    "Петров",
    "Ильясов",
]
FOREIGN = [
    ("Оздемир", "Мехмет", True),
    ("Ахундова", "Гюльнара", False),
    ("Арутюнян", "Гаянэ", False),
    ("Турсунов", "Бахтиёр", True),
    ("Ким", "Енсу", True),
    ("Рашидова", "Шахноза", False),
    ("Ли", "Мэй", False),
    ("Ибрагимов", "Фарид", True),
]
INDECL_FIRST = {
    "Эрдни",
    "Енсу",
    "Мэй",
    "Гаянэ",
    "Патимат",
    "Хадижат",
    "Марьям",
    "Асият",
    "Нафисат",
    "Мерьем",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
FOREIGN_LAT = [
    "Ahmet Yildiz",
    "Karin Lindqvist",
    "Giulia Rinaldi",
    "Rajesh Menon",
    "Sophie Marchand",
    "Tomasz Nowak",
    "Elif Demir",
    "Jonas Berg",
]


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


# ---------------------------------------------------------------- corpus 14: places (fresh)
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code
TOWNS14 = [
    ("г. Махачкала", "г. Махачкале", "Махачкала", "Республика Дагестан", "РД", "367", "8722"),
    (
        "г. Дербент",
        "г. Дербенте",
        "Дербент",
        "Республика Дагестан",
        "Респ. Дагестан",
        "368",
        "87240",
    ),
    ("г. Хасавюрт", "г. Хасавюрте", "Хасавюрт", "Республика Дагестан", "РД", "368", "87231"),
    ("г. Грозный", "г. Грозном", "Грозный", "Чеченская Республика", "ЧР", "364", "8712"),
    ("г. Гудермес", "г. Гудермесе", "Гудермес", "Чеченская Республика", "ЧР", "366", "87152"),
    (
        "г. Нальчик",
        "г. Нальчике",
        "Нальчик",
        "Кабардино-Балкарская Республика",
        "КБР",
        "360",
        "8662",
    ),
    (
        "г. Прохладный",
        "г. Прохладном",
        "Прохладный",
        "Кабардино-Балкарская Республика",
        "КБР",
        "361",
        "86631",
    ),
    (
        "г. Владикавказ",
        "г. Владикавказе",
        "Владикавказ",
        "Республика Северная Осетия — Алания",
        "РСО-Алания",
        "362",
        "8672",
    ),
    ("г. Майкоп", "г. Майкопе", "Майкоп", "Республика Адыгея", "Адыгея", "385", "8772"),
    ("г. Элиста", "г. Элисте", "Элиста", "Республика Калмыкия", "Калмыкия", "358", "84722"),
    (
        "г. Астрахань",
        "г. Астрахани",
        "Астрахань",
        "Астраханская область",
        "Астрах. обл.",
        "414",
        "8512",
    ),
    (
        "г. Волгоград",
        "г. Волгограде",
        "Волгоград",
        "Волгоградская область",
        "Волгогр. обл.",
        "400",
        "8442",
    ),
    (
        "г. Волжский",
        "г. Волжском",
        "Волжский",
        "Волгоградская область",
        "Волгоградская обл.",
        "404",
        "8443",
    ),
    (
        "г. Ростов-на-Дону",
        "г. Ростове-на-Дону",
        "Ростов-на-Дону",
        "Ростовская область",
        "Рост. обл.",
        "344",
        "863",
    ),
    (
        "г. Таганрог",
        "г. Таганроге",
        "Таганрог",
        "Ростовская область",
        "Ростовская обл.",
        "347",
        "8634",
    ),
    (
        "г. Новочеркасск",
        "г. Новочеркасске",
        "Новочеркасск",
        "Ростовская область",
        "РО",
        "346",
        "8635",
    ),
    (
        "г. Краснодар",
        "г. Краснодаре",
        "Краснодар",
        "Краснодарский край",
        "Краснод. край",
        "350",
        "861",
    ),
    (
        "г. Новороссийск",
        "г. Новороссийске",
        "Новороссийск",
        "Краснодарский край",
        "Кр. край",
        "353",
        "8617",
    ),
    ("г. Армавир", "г. Армавире", "Армавир", "Краснодарский край", "КК", "352", "86137"),
    ("г. Ставрополь", "г. Ставрополе", "Ставрополь", "Ставропольский край", "СК", "355", "8652"),
    (
        "г. Пятигорск",
        "г. Пятигорске",
        "Пятигорск",
        "Ставропольский край",
        "Ставроп. край",
        "357",
        "8793",
    ),
    (
        "г. Симферополь",
        "г. Симферополе",
        "Симферополь",
        "Республика Крым",
        "Респ. Крым",
        "295",
        "3652",
    ),
    ("г. Керчь", "г. Керчи", "Керчь", "Республика Крым", "РК", "298", "36561"),
    (
        "г. Севастополь",
        "г. Севастополе",
        "Севастополь",
        "г. Севастополь",
        "Севастополь",
        "299",
        "8692",
    ),
    ("г. Пенза", "г. Пензе", "Пенза", "Пензенская область", "Пенз. обл.", "440", "8412"),
    (
        "г. Ульяновск",
        "г. Ульяновске",
        "Ульяновск",
        "Ульяновская область",
        "Ульян. обл.",
        "432",
        "8422",
    ),
    (
        "г. Димитровград",
        "г. Димитровграде",
        "Димитровград",
        "Ульяновская область",
        "Ульяновская обл.",
        "433",
        "84235",
    ),
    ("г. Саранск", "г. Саранске", "Саранск", "Республика Мордовия", "РМ", "430", "8342"),
    (
        "г. Чебоксары",
        "г. Чебоксарах",
        "Чебоксары",
        "Чувашская Республика",
        "Чувашия",
        "428",
        "8352",
    ),
    (
        "г. Йошкар-Ола",
        "г. Йошкар-Оле",
        "Йошкар-Ола",
        "Республика Марий Эл",
        "Марий Эл",
        "424",
        "8362",
    ),
    ("г. Ижевск", "г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Сарапул", "г. Сарапуле", "Сарапул", "Удмуртская Республика", "Удмуртия", "427", "34147"),
]
# street: with type (nominative), with type (after «на»), bare as people write it
STREETS14 = [
    ("ул. Ярагского", "ул. Ярагского", "Ярагского"),
    ("пр-т Расула Гамзатова", "пр-те Расула Гамзатова", "Гамзатова"),
    ("ул. Коста Хетагурова", "ул. Коста Хетагурова", "Коста Хетагурова"),
    ("ул. Шогенцукова", "ул. Шогенцукова", "Шогенцукова"),
    ("ул. Генерала Плиева", "ул. Генерала Плиева", "Плиева"),
    ("ул. Красная", "ул. Красной", "Красная"),
    ("ул. Большая Садовая", "ул. Большой Садовой", "Б. Садовая"),
    ("ул. Калинина", "ул. Калинина", "Калинина"),
    ("ул. Московская", "ул. Московской", "Московская"),
    ("ул. Гончарова", "ул. Гончарова", "Гончарова"),
    ("ул. Большевистская", "ул. Большевистской", "Большевистская"),
    ("пр-т Мира", "пр-те Мира", "Мира"),
    ("ул. Кабардинская", "ул. Кабардинской", "Кабардинская"),
    ("ул. Пионерская", "ул. Пионерской", "Пионерская"),
    ("ул. Советской Армии", "ул. Советской Армии", "Сов. Армии"),
    ("ул. Кооперативная", "ул. Кооперативной", "Кооперативная"),
    ("б-р Победы", "б-ре Победы", "бульвар Победы"),
    ("ул. Ленинградская", "ул. Ленинградской", "Ленинградская"),
]
MKR14 = ["Юго-Западный", "Новый город", "Степной", "Восточный", "Черёмушки", "Сельмаш", "Северный"]
# rural: nominative, locative, district + region (short), region (full)
RURAL14 = [
    ("аул Хакуринохабль", "ауле Хакуринохабль", "Шовгеновский р-н, Адыгея", "Республика Адыгея"),
    ("а. Кошехабль", "а. Кошехабль", "Кошехабльский р-н, Республика Адыгея", "Республика Адыгея"),
    (
        "ст-ца Старощербиновская",
        "ст-це Старощербиновской",
        "Щербиновский р-н, Краснодарский край",
        "Краснодарский край",
    ),
    ("станица Каневская", "станице Каневской", "Каневской р-н, Кр. край", "Краснодарский край"),
    ("ст. Вешенская", "ст. Вешенской", "Шолоховский р-н, Ростовская обл.", "Ростовская область"),
    (
        "хутор Пухляковский",
        "хуторе Пухляковском",
        "Усть-Донецкий р-н, Ростовская обл.",
        "Ростовская область",
    ),
    ("х. Гремучий", "х. Гремучем", "Кореновский р-н, Краснодарский край", "Краснодарский край"),
    ("с. Ахты", "с. Ахтах", "Ахтынский р-н, РД", "Республика Дагестан"),
    ("с. Кочубей", "с. Кочубее", "Тарумовский р-н, Респ. Дагестан", "Республика Дагестан"),
    ("с. Бачи-Юрт", "с. Бачи-Юрте", "Курчалоевский р-н, ЧР", "Чеченская Республика"),
    ("с. Заюково", "с. Заюкове", "Баксанский р-н, КБР", "Кабардино-Балкарская Республика"),
    (
        "с. Гизель",
        "с. Гизели",
        "Пригородный р-н, РСО-Алания",
        "Республика Северная Осетия — Алания",
    ),
    ("п. Цаган Аман", "п. Цаган Амане", "Юстинский р-н, Калмыкия", "Республика Калмыкия"),
    (
        "пгт Володарский",
        "пгт Володарском",
        "Володарский р-н, Астраханская обл.",
        "Астраханская область",
    ),
    (
        "р.п. Светлый Яр",
        "р.п. Светлом Яре",
        "Светлоярский р-н, Волгоградская обл.",
        "Волгоградская область",
    ),
    ("пгт Гвардейское", "пгт Гвардейском", "Симферопольский р-н, Респ. Крым", "Республика Крым"),
    ("с. Кондоль", "с. Кондоли", "Пензенский р-н, Пенз. обл.", "Пензенская область"),
    ("р.п. Языково", "р.п. Языкове", "Карсунский р-н, Ульяновская обл.", "Ульяновская область"),
    ("с. Кочкурово", "с. Кочкурове", "Кочкуровский р-н, РМ", "Республика Мордовия"),
    ("с. Моргауши", "с. Моргаушах", "Моргаушский м.о., Чувашия", "Чувашская Республика"),
    ("пгт Морки", "пгт Морках", "Моркинский р-н, Марий Эл", "Республика Марий Эл"),
    ("с. Малая Пурга", "с. Малой Пурге", "Малопургинский р-н, УР", "Удмуртская Республика"),
]
RURAL_ST14 = [
    "Шоссейная",
    "Кавказская",
    "Первомайская",
    "Набережная",
    "Степная",
    "Октябрьская",
    "Х. Нурадилова",
]
ORG_ST14 = [
    "ул. Ляхова",
    "ул. Пирогова",
    "ул. Больничная",
    "ул. Клиническая",
    "пр-т Строителей",
    "ул. Госпитальная",
    "ул. Лечебная",
]


def _town(rng: random.Random) -> tuple:
    return rng.choice(TOWNS14)


def _hk14(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", "/1"])
    return h, rng.randint(1, 240)


def addr14(rng: random.Random) -> str:
    """A person's address as people write it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _town(rng)
    st, _stl, bare = rng.choice(STREETS14)
    v, _vl, vdist, vreg = rng.choice(RURAL14)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk14(rng)
    n = rng.randint(1, 90)
    rs = rng.choice(RURAL_ST14)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"кв. {k}, д. {h}, {st}, {town}, {reg}, {z}",
        lambda: f"{vreg}, {vdist.split(',')[0]}, {v}, ул. {rs}, {n}",
        lambda: f"{v}, {rs} {n}, {vdist}",
        lambda: f"{town}, мкр {rng.choice(MKR14)}, {h}, кв {k}",
        lambda: f"{bare_t} {bare} д{h} кв{k}",
        lambda: f"{z} {bare_t} {bare} {h} корп {rng.randint(1, 5)} кв {k}",
        lambda: f"{town}, {st}, {h}, лит. А, пом. {rng.randint(1, 30)}",
        lambda: f"{reg_ab}, {bare_t}, {bare}, {h}, {k}",
        lambda: f"{v} ({vdist}), {rs}, д. {n}, {z}",
        lambda: f"{town}, {st}, д. {h} стр. {rng.randint(1, 6)}, кв. {k}",
    ]
    return rng.choice(shapes)()


def aloc14(rng: random.Random) -> str:
    """An inflected address after «в»/«проживающей в»."""
    _t, loc, bare_t, _r, _ra, _i, _c = _town(rng)
    st, stl, bare = rng.choice(STREETS14)
    _v, vl, vdist, _vr = rng.choice(RURAL14)
    h, k = _hk14(rng)
    return rng.choice(
        [
            f"{loc} на {stl}, д. {h}, кв. {k}",
            f"{vl} ({vdist}), ул. {rng.choice(RURAL_ST14)}, {rng.randint(1, 60)}",
            f"{loc}, {bare} {h}-{k}",
            f"{vl}, {rng.choice(RURAL_ST14)} {rng.randint(1, 60)}",
        ]
    )


def abr14(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _loc, _b, reg, _ra, idx, _c = _town(rng)
    st, _stl, _bare = rng.choice(STREETS14)
    h, k = _hk14(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}", f"{town}, {st},\nд. {h}, кв. {k}"]
    )


def aorg14(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _town(rng)
    st = rng.choice(ORG_ST14)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{town}, {st}, {n}",
            f"{town}, {st}, {n}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 14: phones (fresh)
OPS14 = [
    "928",
    "929",
    "918",
    "988",
    "989",
    "938",
    "962",
    "903",
    "906",
    "960",
    "961",
    "987",
    "927",
    "937",
    "917",
    "978",
    "964",
    "965",
]
DASH = "–"


def _mob_parts(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS14), rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)


def mob14(rng: random.Random) -> str:
    op, a, b, c = _mob_parts(rng)
    return rng.choice(
        [
            f"+7 ({op}) {a}-{b:02d}-{c:02d}",
            f"8 {op} {a} {b:02d} {c:02d}",
            f"8({op}){a}{b:02d}{c:02d}",
            f"+7{op}{a}{b:02d}{c:02d}",
            f"7 {op} {a}-{b:02d}-{c:02d}",
            f"8-{op}-{a}-{b:02d}-{c:02d}",
            f"+7 {op}.{a}.{b:02d}.{c:02d}",
            f"8.{op}.{a}.{b:02d}.{c:02d}",
            f"+7{DASH}{op}{DASH}{a}{DASH}{b:02d}{DASH}{c:02d}",
            f"8 ({op}) {a}{DASH}{b:02d}{DASH}{c:02d}",
            f"8{op}{a}{b:02d}{c:02d}",
            f"+7 {op} {a}{b:02d}{c:02d}",
            f"8 ({op}) {str(a)[:2]}-{str(a)[2]}{b:02d}-{c:02d}",
            f"7({op}){a}-{b:02d}-{c:02d}",
        ]
    )


def city14(rng: random.Random) -> str:
    code = _town(rng)[6]
    n = 10 - len(code)
    d = f"{rng.randint(2 * 10 ** (n - 1), 10**n - 1)}"
    loc = {5: f"{d[0]}-{d[1:3]}-{d[3:]}", 6: f"{d[:2]}-{d[2:4]}-{d[4:]}"}.get(
        n, f"{d[:3]}-{d[3:5]}-{d[5:]}"
    )
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"+7 ({code}) {loc}",
            f"8({code}){loc}",
            f"({code}) {loc}",
            f"+7 {code} {d}",
            f"8-{code}-{loc}",
            f"8 {code} {loc.replace('-', DASH)}",
        ]
    )


def local14(rng: random.Random) -> str:
    """A bare local city number, as written after «тел.» on a district hospital's form."""
    d = f"{rng.randint(200000, 799999)}"
    return rng.choice(
        [f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[0]}-{d[1:3]}-{d[3:5]}", f"{d[:3]}-{d[3:]}"]
    )


DIG_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
OP_WORDS = {
    "928": "девятьсот двадцать восемь",
    "929": "девятьсот двадцать девять",
    "918": "девятьсот восемнадцать",
    "988": "девятьсот восемьдесят восемь",
    "989": "девятьсот восемьдесят девять",
    "938": "девятьсот тридцать восемь",
    "962": "девятьсот шестьдесят два",
    "903": "девятьсот три",
    "906": "девятьсот шесть",
    "960": "девятьсот шестьдесят",
    "961": "девятьсот шестьдесят один",
    "987": "девятьсот восемьдесят семь",
    "927": "девятьсот двадцать семь",
    "937": "девятьсот тридцать семь",
    "917": "девятьсот семнадцать",
    "978": "девятьсот семьдесят восемь",
    "964": "девятьсот шестьдесят четыре",
    "965": "девятьсот шестьдесят пять",
}


def words14(rng: random.Random) -> str:
    """A mobile said partly in words (a nurse writing down what she heard)."""
    op, a, b, c = _mob_parts(rng)
    return rng.choice(
        [
            f"восемь {OP_WORDS[op]}, {a}-{b:02d}-{c:02d}",
            f"восемь-{op}-{a}-{b:02d}-{c:02d}",
            f"8 {op} {a} {cardinal(b) if b else 'ноль'} {cardinal(c) if c else 'ноль'}",
            f"плюс семь {op} {' '.join(DIG_WORDS[int(x)] for x in str(a))} {b:02d} {c:02d}",
        ]
    )


def brk14(rng: random.Random) -> str:
    """A phone broken across two lines."""
    op, a, b, c = _mob_parts(rng)
    return rng.choice(
        [
            f"+7 ({op})\n{a}-{b:02d}-{c:02d}",
            f"8-{op}-{a}-\n{b:02d}-{c:02d}",
            f"8 {op}\n{a} {b:02d} {c:02d}",
        ]
    )


MAIL_DOM14 = ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com", "ya.ru", "list.ru"]
ORG_MAIL14 = [
    "rdc@rkb-dag.ru",
    "luchevaya@grozny-rkb.ru",
    "mmg@kbr-onko.ru",
    "ris@rso-rkb.ru",
    "skrining@adygei-kod.ru",
    "tmk@kalm-rb.ru",
    "flg@astr-tub.ru",
    "rentgen@volgokb1.ru",
    "pacs@rostov-okb.ru",
    "onkokons@kkod23.ru",
    "kt@stavkkb.ru",
    "mrt@crimea-rkb.ru",
    "ldo@sev-gb1.ru",
    "mammo@penza-ood.ru",
    "ai-help@ul-okb.ru",
    "rdo@mordov-rkb.ru",
    "kt@chuv-rkb.ru",
    "rentgen@mari-rkb.ru",
    "ris@udm-rkdc.ru",
]


def mail14(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}.{s}{rng.randint(1, 99)}",
            f"{f}{s}",
            f"{s}_{rng.randint(1961, 2008)}",
            f"{f}.{s[0]}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM14)}"


# ---------------------------------------------------------------- corpus 14: passports (fresh)
OKATO14 = [
    "82",
    "96",
    "83",
    "90",
    "79",
    "85",
    "12",
    "18",
    "60",
    "03",
    "07",
    "35",
    "67",
    "56",
    "73",
    "89",
    "97",
    "88",
    "94",
]
PAS_ORG14 = [
    "МВД по Республике Дагестан",
    "МВД по Чеченской Республике",
    "ОВМ ОП № 2 УМВД России по г. Нальчику",
    "МВД по Республике Северная Осетия — Алания",
    "ГУ МВД России по Ростовской области",
    "ГУ МВД России по Краснодарскому краю",
    "ОУФМС России по Ставропольскому краю в Промышленном р-не г. Ставрополя",
    "МВД по Республике Крым",
    "УМВД России по Пензенской области",
    "ОВМ УМВД России по г. Чебоксары",
    "МВД по Удмуртской Республике",
    "Отделом УФМС России по Волгоградской обл. в Дзержинском р-не г. Волгограда",
]


def pas14(rng: random.Random) -> str:
    """An internal passport's series and number in one of the writings people use."""
    s1, s2, num = rng.choice(OKATO14), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{s1} {s2} {num}",
            f"{s1}{s2} {num}",
            f"{s1}{s2}{num}",
            f"{s1} {s2} № {num}",
            f"{s1}{s2} № {num}",
            f"{s1}-{s2} {num}",
            f"{s1}{s2}-{num}",
            f"{s1} {s2}№{num}",
            f"{s1}{s2}/{num}",
        ]
    )


def pas_words14(rng: random.Random) -> str:
    """«серия 82 15 № 123456» with the span from the series' first digit (markup inside)."""
    s1, s2, num = rng.choice(OKATO14), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"серия [[Q:{s1} {s2} № {num}]]",
            f"серия [[Q:{s1}{s2} номер {num}]]",
            f"серии [[Q:{s1} {s2} № {num}]]",
            f"сер. [[Q:{s1}{s2} № {num}]]",
        ]
    )


def kpd14(rng: random.Random) -> str:
    return f"{rng.choice(['050', '200', '070', '150', '010', '610', '230', '260', '910', '580', '730', '130', '180'])}-{rng.randint(1, 40):03d}"


# ---------------------------------------------------------------- corpus 14: imaging record numbers (fresh)
HEX = "0123456789abcdef"


def uuid14(rng: random.Random) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def acc14(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            [
                "##########",
                "ACC#########",
                "RIS-2025-######",
                "КТ25######",
                "ST-25-#####",
                "@@-#######",
                "2025/######",
                "A##-####-##",
                "CT2508######",
            ]
        ),
    )


def ris14(rng: random.Random) -> str:
    return shape(
        rng, rng.choice(["#######", "##-2025-####", "ST#######", "РИС-#####/25", "######-@"])
    )


def aireq14(rng: random.Random) -> str:
    return shape(
        rng, rng.choice(["REQ-2025-########", "AI-#########", "TASK_########", "ИИ-25-######"])
    )


ROOTS14 = [
    "1.2.643.5.1.13.13.12.2.05",
    "1.2.643.5.1.13.13.12.2.20",
    "1.2.643.5.1.13.13.12.2.61",
    "1.2.840.113619.2",
    "1.3.12.2.1107.5.1.4",
]


def uid14(rng: random.Random) -> tuple[str, str]:
    root = rng.choice(ROOTS14)
    study = f"{root}.{rng.randint(1000, 99999)}.{rng.randint(2024, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(100000, 9999999)}"
    return root, study


def card14(rng: random.Random) -> str:
    return shape(
        rng, rng.choice(["######", "#####/25", "@-#####", "##-####-@", "АК-######", "Э########"])
    )


def prot14(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(["#####", "КТ-####/25", "МРТ-2025-#####", "##/####", "Р-####", "П-#####-25"]),
    )


def napr14(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            ["##-2025-######", "НПР-####-######", "#########", "05-#######/25", "НАП##########"]
        ),
    )


def inv14(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            ["ПР-ММГ-2025/#####", "СКР-######", "ЛДКТ-25-####", "INV-#######", "ФЛГ/2025/####"]
        ),
    )


# ---------------------------------------------------------------- corpus 14: fillers
DEVICES14 = [
    ("КТ", "Siemens SOMATOM go.Up"),
    ("КТ", "GE Revolution EVO"),
    ("КТ", "Canon Aquilion Prime SP"),
    ("МРТ", "Philips Ingenia 1.5T"),
    ("МРТ", "Siemens MAGNETOM Amira"),
    ("ММГ", "МАММО-4МТ"),
    ("ММГ", "GE Senographe Pristina"),
    ("ФЛГ", "ФЦ-01 «Электрон»"),
    ("РГ", "КРТ-«Электрон»"),
    ("РГ", "Проскан-7000"),
    ("ФЛГ", "ПроСкан-2000"),
    ("УЗ", "Samsung Medison HS50"),
]
AI14 = [
    "«Третье мнение»",
    "Botkin.AI",
    "«Цельс»",
    "«ТОП-3»",
    "«Скринлайф»",
    "«ДиагностИИ»",
    "Care Mentor AI",
]
SVC14 = [
    "A06.09.005",
    "A06.09.006",
    "A06.20.004",
    "A06.23.004",
    "A04.22.001",
    "A05.23.009",
    "A06.30.005",
    "A04.14.001",
    "A06.28.009",
    "A05.30.004",
]
ICD14 = [
    "J18.9",
    "J93.1",
    "A15.0",
    "C34.1",
    "D24",
    "N63",
    "E04.1",
    "C78.0",
    "D32.0",
    "I71.2",
    "K76.0",
    "K80.2",
    "N28.1",
    "D35.0",
    "D25.9",
    "N40",
    "J81",
    "D44.4",
    "K44.9",
    "D16.4",
]


def fillers14(rng: random.Random) -> dict:
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
    f["p_dcm"] = "^".join(lat(w).upper() for w in f["p"].split()[:2])
    f["q_lat"] = " ".join(lat(w).capitalize() for w in f["q"].split()[:2])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    f["bd"] = date(rng, rng.randint(1938, 2006), rng.choice(["dot", "dot", "words", "dot1"]))
    f["bd2"] = date(rng, rng.randint(1945, 2003), "dot")
    bdi = dt.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_iso"] = bdi.isoformat()
    f["bd_dcm"] = bdi.strftime("%Y%m%d")
    f["bdk"] = date(rng, rng.randint(2012, 2023), "dot")
    bds = dt.date(rng.randint(1941, 1999), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_sp"] = fmt_date(rng, bds, "spokenshort")
    cur = dt.date(2025, 2, 1) + dt.timedelta(days=rng.randint(0, 360))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 11))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td_iso"] = cur.isoformat()
    f["td_dcm"] = cur.strftime("%Y%m%d")
    f["tw"] = fmt_date(rng, cur, "words")
    f["tq"] = fmt_date(rng, cur, "quote")
    f["tsh"] = fmt_date(rng, cur, "short")
    f["tdm"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(3, 20)), "dm")
    f["tsp"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(1, 9)), "spokendm")
    f["dold"] = date(rng, rng.randint(2016, 2024), "dot")
    f["pas_d"] = date(rng, rng.randint(2005, 2024), rng.choice(["dot", "dot", "words"]))
    for i in range(1, 4):
        f[f"a{i}"] = addr14(rng)
        f[f"al{i}"] = aloc14(rng)
        f[f"tm{i}"] = mob14(rng)
        f[f"tc{i}"] = city14(rng)
    f["a_br"] = abr14(rng)
    f["ao"], f["ao2"] = aorg14(rng), aorg14(rng)
    f["t_loc"] = local14(rng)
    f["t_w"] = words14(rng)
    f["t_br"] = brk14(rng)
    op, a, b, c = _mob_parts(rng)
    f["t_glue"] = rng.choice(
        [f"8{op}{a}{b:02d}{c:02d}", f"+7{op}{a}{b:02d}{c:02d}", f"+7({op}){a}-{b:02d}-{c:02d}"]
    )
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail14(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail14(rng, f["q_sur"], f["q_first"])
    f["md"] = mail14(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL14)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas14(rng), pas14(rng)
    f["pas_w"] = pas_words14(rng)
    f["pas_org"] = rng.choice(PAS_ORG14)
    f["kpd"] = kpd14(rng)
    f["pasf"] = shape(rng, rng.choice(["U########", "C#######", "AB#######", "P#######"]))
    f["bc"] = bcert(rng)
    f["age"] = str(rng.randint(24, 86))
    f["agek"] = str(rng.randint(2, 15))
    f["tm"] = f"{rng.randint(7, 20):02d}:{rng.choice(['05', '14', '30', '42', '57'])}"
    f["tm_b"] = f"{rng.randint(8, 21):02d}:{rng.choice(['00', '19', '26', '48'])}"
    # record numbers of one patient's study or document
    for i in (1, 2, 3):
        f[f"acc{i}"] = acc14(rng)
        f[f"ris{i}"] = ris14(rng)
        f[f"card{i}"] = card14(rng)
    f["uuid"], f["uuid2"] = uuid14(rng), uuid14(rng)
    f["aireq"] = aireq14(rng)
    f["root"], f["uid"] = uid14(rng)
    f["uid_ser"] = f["uid"] + "." + str(rng.randint(1, 12))
    f["pid"] = shape(rng, rng.choice(["P########", "########", "%%######", "05-#######"]))
    f["prot"], f["prot2"] = prot14(rng), prot14(rng)
    f["napr"], f["napr2"] = napr14(rng), napr14(rng)
    f["inv_s"] = inv14(rng)
    f["ib"] = shape(rng, rng.choice(["####/25", "#####-С", "И-####/2025", "######"]))
    f["tmk"] = shape(rng, rng.choice(["ТМК-2025-######", "TMK########", "#######/ТМ"]))
    f["reg"] = shape(rng, rng.choice(["#######", "ОР-######", "##-######-@"]))
    f["acc_br"] = f["acc1"][: len(f["acc1"]) // 2] + "\n" + f["acc1"][len(f["acc1"]) // 2 :]
    f["acc_ocr"] = ocr(f["acc2"]).replace("0", "О", 1)
    # hard negatives
    for mod in ("КТ", "МРТ", "ММГ", "ФЛГ", "РГ", "УЗ"):
        key = {"КТ": "ct", "МРТ": "mr", "ММГ": "mg", "ФЛГ": "flg", "РГ": "rg", "УЗ": "us"}[mod]
        f["dev_" + key] = rng.choice([d for m, d in DEVICES14 if m == mod])
    f["serial"] = shape(rng, rng.choice(["######", "%%#######", "###-####", "SN ########"]))
    f["eq_pas"] = shape(rng, rng.choice(["#### ######", "##-## ######", "####-######"]))
    f["ru"] = shape(rng, rng.choice(["РЗН 20##/#####", "ФСЗ 20##/####", "РЗН 2021/#####"]))
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))
    f["lot"] = shape(rng, rng.choice(["######", "%%####", "####-##", "## ######"]))
    f["ai"] = rng.choice(AI14)
    f["ai_ver"] = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}"
    f["ai_prob"] = f"{rng.randint(51, 99)}"
    f["cnt"] = f"{rng.randint(700, 1200)} {rng.randint(100, 999)}"
    f["svc"] = rng.choice(SVC14)
    f["icd"] = rng.choice(ICD14)
    f["birads"] = rng.choice(["0", "3", "4A", "4B", "4C", "5"])
    f["lrads"] = rng.choice(["3", "4A", "4B", "4X"])
    f["tirads"] = rng.choice(["3", "4", "5"])
    f["pirads"] = rng.choice(["2", "3", "4"])
    f["msv"] = f"{rng.randint(0, 6)},{rng.randint(1, 99):02d}"
    f["dlp"] = str(rng.randint(40, 780))
    f["ctdi"] = f"{rng.randint(1, 14)},{rng.randint(0, 9)}"
    f["kv"] = rng.choice(["80", "100", "110", "120", "130"])
    f["slice"] = rng.choice(["0,625", "1,0", "1,25", "2,0", "3,0", "5,0"])
    f["nser"] = str(rng.randint(2, 14))
    f["nimg"] = f"{rng.randint(1, 3)} {rng.randint(100, 999)}"
    f["size"] = f"{rng.randint(3, 38)}×{rng.randint(3, 30)}"
    f["size2"] = f"{rng.randint(2, 25)}"
    f["cab"] = str(rng.randint(101, 412))
    f["small"] = str(rng.randint(2, 30))
    f["ward"] = str(rng.randint(1, 20))
    f["ml"] = str(rng.choice([50, 60, 70, 80, 90, 100]))
    f["contrast"] = rng.choice(
        ["Омнипак 350", "Ультравист 370", "Йогексол 300", "Гадовист 1,0", "Магнилек"]
    )
    f["gost"] = rng.choice(
        [
            "ГОСТ Р 56605-2015",
            "ГОСТ Р МЭК 60601-2-44-2019",
            "СанПиН 2.6.1.1192-03",
            "МУ 2.6.1.3584-19",
        ]
    )
    f["ord"] = rng.choice(
        ["приказ МЗ РФ № 404н", "приказ МЗ РФ № 560н", "приказ № 1096 ДЗМ", "приказ МЗ РФ № 116н"]
    )
    f["innorg"] = shape(
        rng, rng.choice(["05", "20", "07", "15", "61", "23", "26", "91", "58", "73"]) + "########"
    )
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map({**fillers14(rng), **extra})


# ---------------------------------------------------------------- corpus 14: genres and kinds
# directory entries (read from /work/shared/reference/fnsi/)
SPEC14 = {
    5: "Сестринское дело",
    8: "Акушерство и гинекология",
    14: "Неврология",
    16: "Общая врачебная практика (семейная медицина)",
    17: "Онкология",
    22: "Педиатрия",
    24: "Рентгенология",
    25: "Скорая медицинская помощь",
    27: "Терапия",
    28: "Травматология и ортопедия",
    29: "Фтизиатрия",
    30: "Хирургия",
    31: "Эндокринология",
    33: "Ультразвуковая диагностика",
    36: "Эндоскопия",
    44: "Нейрохирургия",
    45: "Сердечно-сосудистая хирургия",
    46: "Торакальная хирургия",
    50: "Челюстно-лицевая хирургия",
    79: "Гастроэнтерология",
    90: "Пульмонология",
    102: "Радиология",
    118: "Кардиология",
    145: "Урология",
    225: "Рентгенология (средний медицинский персонал)",
    232: "Медицинская статистика",
    269: "Медицинская кибернетика",
    18: "Организация здравоохранения и общественное здоровье",
}
CARE14 = {
    2: "Первичная врачебная медико-санитарная помощь",
    3: "Первичная специализированная медико-санитарная помощь",
    4: "Специализированная медицинская помощь",
    8: "Высокотехнологичная специализированная медицинская помощь",
    9: "Скорая специализированная медицинская помощь",
    12: "Паллиативная первичная врачебная медицинская помощь",
    5: "Скорая медицинская помощь",
}
COND14 = {
    1: "Стационарно",
    2: "Амбулаторно, в том числе на дому при вызове медицинского работника",
    3: "В дневном стационаре",
    4: "Вне медицинской организации",
}

# genre, speciality ID (1066), care type ID (1034), condition ID (322), what the paperwork
# holds, template, the two findings of 1473 (ID, FULLNAME, METHOD)
GENRES: list[tuple[str, int, int, int, str, str, list[tuple[str, str, str]]]] = [
    (
        "протокол КТ органов грудной клетки и результат ИИ-сервиса",
        24,
        3,
        2,
        "протокол КТ ОГК из РИС с блоком результата ИИ-сервиса и подписью рентгенолога",
        """ПРОТОКОЛ КТ ОРГАНОВ ГРУДНОЙ КЛЕТКИ № [[R:{prot}]]
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], пол {p_sex}. Карта [[R:{card1}]]. Accession: [[R:{acc1}]]
Направлен: [[P:{k_s}]], направление № [[R:{napr}]] от [[D:{td1}]]. Услуга {svc}, МКБ-10 {icd}.
Аппарат {dev_ct}, зав. № {serial}. {kv} кВ, толщина среза {slice} мм, {nser} серий, {nimg} изображений. CTDIvol {ctdi} мГр, DLP {dlp} мГр·см, ЭЭД {msv} мЗв.
Заключение: КТ-признаки: {fnd_l} (код {fid} по справочнику «Выявленные патологии»).
ИИ-сервис {ai}, версия {ai_ver}, запрос [[R:{uuid}]]: вероятность патологии {ai_prob}%. Согласен с ИИ.
Врач-рентгенолог [[P:{d_s}]], [[D:{td2}]] {tm}. Кабинет {cab}. Справки: [[T:{tc1}]] доб. {ext}""",
        [("4300", "Пневмония", "МРТ; КТ; Рентген"), ("4305", "Пневмоторакс", "МРТ; КТ; Рентген")],
    ),
    (
        "журнал вызова на дообследование после флюорографии",
        5,
        2,
        2,
        "журнал медсестры ФОГ-кабинета: телефонные вызовы на дообследование",
        """ЖУРНАЛ ВЫЗОВА НА ДООБСЛЕДОВАНИЕ (ФЛГ), каб. {cab}, м/с [[P:{s_s}]]
№ п/п | ФИО | д.р. | № ФЛГ | Телефон | Результат звонка
1 | [[P:{p_s}]] | [[B:{bd2}]] | [[R:{acc1}]] | [[T:{tm1}]] | не отвечает; повтор [[D:{td2}]]
2 | [[P:{n_s}]] | [[B:{bd}]] | [[R:{acc2}]] | [[T:{tc1}]], [[T:{tm2}]] | дочь [[P:{q_io}]], передала
3 | [[P:{m_s}]] | [[B:{bd_sp}]] (со слов) | [[R:{acc3}]] | тел.[[T:{t_glue}]] | записан на КТ [[D:{td3}]]
Находка у п. 1: {fnd_l} ({fid}); флюорограф {dev_flg}, доза {msv} мЗв.
Звонила с [[T:{tc2}]]. Номер записала со слов: [[T:{t_w}]] (сосед [[P:{u_fi}]]).""",
        [
            ("4357", "Туберкулез легкого", "МРТ; КТ; Рентген"),
            ("4303", "Плеврит", "МРТ; КТ; Рентген"),
        ],
    ),
    (
        "приглашение на скрининг рака лёгкого (НДКТ) и результат Lung-RADS",
        102,
        3,
        2,
        "письмо-приглашение на низкодозовую КТ и выписка результата с категорией Lung-RADS",
        """Уважаем{p_yi} [[P:{p_io}]]!
Приглашаем Вас на низкодозовую КТ лёгких (приглашение № [[R:{inv_s}]]). Запись: [[T:{tm1}]], [[T:{tc1}]] (доб. {ext}) или [[E:{mo}]].
Адрес: [[A:{ao}]], каб. {cab}. При себе: паспорт ([[Q:{pas}]]), СНИЛС [[S:{sn}]], полис [[O:{enp}]].
--- Результат от [[D:{td3}]] ---
НДКТ, ЭЭД {msv} мЗв. Lung-RADS {lrads}. Находка: {fnd_l} (код {fid}), очаг {size} мм, S6 справа.
Study Instance UID: [[R:{uid}]] (корень организации {root}).
Рекомендовано: консультация онколога, направление [[R:{napr}]]. Врач [[P:{d_i}]]""",
        [("4095", "Новообразование легкого", "МРТ;КТ"), ("4084", "Аденома легкого", "МРТ;КТ")],
    ),
    (
        "приглашение и вызов повторно после скрининговой маммографии",
        24,
        3,
        2,
        "вызов на дообследование после маммографии BI-RADS 0 и журнал звонков",
        """ММГ-скрининг. Вызов на дообследование № [[R:{inv_s}]] от [[D:{td2}]]
[[P:{q}]], [[B:{bd}]], проживает: [[A:{a1}]]
Тел.: [[T:{tm1}]]; [[T:{tc2}]]; раб. [[T:{tc3}]] доб. {ext}
Маммограф {dev_mg} (паспорт изделия № {eq_pas}, РУ {ru}). Accession [[R:{acc1}]].
BI-RADS {birads} (R), 1 (L). Находка: {fnd_l} ({fid}), {size} мм, верхне-наружный квадрант.
[[D:{td3}]] {tm} — звонок, ответил муж [[P:{u_io}]], просил перезвонить на [[T:{t_br}]].
Медсестра [[P:{s_s}]]; Врач-рентгенолог [[P:{d_s}]]""",
        [
            ("172", "Новообразование молочной железы", "УЗД; МРТ; КТ; Рентген"),
            ("171", "Микрокальцификация молочной железы", "УЗД; МРТ; КТ; Рентген"),
        ],
    ),
    (
        "второе мнение по маммограммам из референс-центра",
        24,
        3,
        4,
        "заключение второго чтения маммограмм с иностранным консультантом",
        """SECOND OPINION / ВТОРОЕ МНЕНИЕ. Request [[R:{aireq}]]
Patient: [[P:{q_lat}]], DOB [[B:{bd_iso}]], Patient ID [[R:{pid}]]
Study: MG, [[D:{td_iso}]], Accession [[R:{acc2}]], StudyUID [[R:{uid}]]
Первое чтение: [[P:{d_s}]] ([[A:{ao}]]) — BI-RADS {birads}. Второе чтение: Dr. [[P:{fl1}]], MD — BI-RADS 3.
Находка: {fnd_l} (код {fid}), {size} мм. ИИ {ai}: {ai_prob}%.
Контакт пациентки: [[E:{m2}]], [[T:{tm1}]]. Копия — [[P:{k_i}]], онколог, [[E:{md}]]
Dose (AGD) {msv} мГр, compression 110 N. Standard {gost}.""",
        [
            ("4170", "Доброкачественное новообразование женской молочной железы", "МРТ;КТ"),
            ("159", "Киста молочной железы", "УЗД; МРТ; КТ; Рентген"),
        ],
    ),
    (
        "протокол УЗИ щитовидной железы по TI-RADS и направление на ТАБ",
        33,
        3,
        2,
        "протокол УЗИ ЩЖ с узлом по TI-RADS и направление на тонкоигольную биопсию",
        """УЗИ ЩИТОВИДНОЙ ЖЕЛЕЗЫ. Протокол [[R:{prot}]], [[D:{td1}]]
ФИО: [[P:{p_up}]]  Возраст: {age}  Карта: [[R:{card1}]]
Аппарат {dev_us}, линейный датчик 12 МГц. Объём: правая доля 9,4 мл, левая 7,1 мл.
В правой доле: {fnd_l} ({fid}), {size} мм, EU-TIRADS {tirads}. Лимфоузлы без особенностей.
МКБ-10 {icd}. Услуга {svc}.
Направление на ТАБ № [[R:{napr}]] в [[A:{ao2}]], запись [[T:{tc1}]].
Пациент{p_ke} сообщён номер [[T:{tm1}]] для связи. Врач УЗД [[P:{d_s}]]""",
        [
            ("3953", "Фолликулярное новообразование щитовидной железы", "УЗД; МРТ; КТ; Рентген"),
            ("142", "Киста щитовидной железы", "УЗД; РНД"),
        ],
    ),
    (
        "письмо пациенту о результате исследования щитовидной железы",
        31,
        3,
        2,
        "письмо эндокринолога пациенту по почте с результатом и приглашением",
        """[[A:{a1}]]
[[P:{p_dat}]]

Уважаем{p_yi} [[P:{p_io}]]!
По результатам УЗИ от [[D:{td1}]] (исследование [[R:{acc1}]]) у Вас выявлено: {fnd_l} (код {fid}). Это требует осмотра эндокринолога.
Просим позвонить по тел. [[T:{t_loc}]] или [[T:{tm2}]] (с 8 до 16) до [[D:{td4}]].
Если Вы сменили адрес, сообщите новый на [[E:{mo}]].
Врач-эндокринолог [[P:{k_s}]]
Исп. [[P:{s_i}]], [[T:{tc1}]]""",
        [("143", "Зоб", "УЗД; МРТ; КТ; Рентген"), ("1854", "Аденоматозный зоб", "МРТ;КТ")],
    ),
    (
        "протокол онкологического консилиума",
        17,
        4,
        1,
        "протокол онкоконсилиума по одному пациенту с решением о тактике",
        """ПРОТОКОЛ ОНКОКОНСИЛИУМА № [[R:{prot2}]] от [[D:{td3}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ИБ № [[R:{ib}]]
Адрес: [[A:{a_br}]]
Диагноз: {icd}. По КТ от [[D:{td1}]] ([[R:{acc1}]]): {fnd_l} (код {fid}).
Состав: председатель [[P:{h_s}]], онколог [[P:{k_s}]], рентгенолог [[P:{d_s}]], радиотерапевт [[P:{e_s}]]
Решение: химиотерапия, контроль КТ через 3 мес. С решением ознакомлен{p_a}: [[P:{p_s}]]
Секретарь [[P:{s_s}]], [[T:{tc2}]]; регистр ЗНО № [[R:{reg}]]""",
        [
            ("4086", "Вторичное злокачественное новообразование легкого", "МРТ;КТ"),
            ("2501", "Злокачественное новообразование шейки матки", "МРТ;КТ"),
        ],
    ),
    (
        "запрос телемедицинской консультации в НМИЦ",
        44,
        4,
        1,
        "запрос ТМК врач–врач с паспортными данными пациента и DICOM-идентификаторами",
        """ЗАПРОС НА ТМК № [[R:{tmk}]] (неотложная форма) от [[D:{td2}]]
Пациент: [[P:{p}]], [[B:{bd2}]], паспорт {pas_w}, выдан {pas_org} [[D:{pas_d}]], к/п {kpd}
ЕНП [[O:{enp}]]; СНИЛС [[S:{sn}]]
МРТ: {fnd_l} ({fid}), {size} мм. Study UID [[R:{uid}]], серия 4 из {nser}.
Лечащий врач [[P:{k}]], тел. [[T:{tm1}]], [[E:{md}]]
Консультант НМИЦ: [[P:{e_s}]]; зав. отделением [[P:{h_i}]]
Оборудование: {dev_mr}, серийный № {serial}.""",
        [
            ("1449", "Аденома гипофиза", "МРТ;КТ"),
            ("3281", "Менингиома оболочек головного мозга", "МРТ;КТ"),
        ],
    ),
    (
        "протокол МРТ головного мозга и направление к нейрохирургу",
        24,
        3,
        3,
        "протокол МРТ ГМ с контрастированием в дневном стационаре и направление",
        """МРТ ГОЛОВНОГО МОЗГА с в/в контрастированием. № исследования [[R:{ris1}]]
[[P:{p_s}]], {age} лет, [[B:{bd}]]. Дневной стационар, палата {ward}.
{dev_mr}; Т1, Т2, FLAIR, DWI, T1+С; срез {slice} мм. Контраст {contrast}, {ml} мл, серия {lot}.
Заключение: МР-картина — {fnd_l} (код {fid}), {size} мм.
Рекомендовано: консультация нейрохирурга. Направление [[R:{napr}]], запись по [[T:{tc1}]] доб. {ext}.
Врач-рентгенолог [[P:{d_s}]]; лаборант [[P:{x_s}]]
Адрес пациента: [[A:{a2}]], моб. [[T:{tm2}]]""",
        [
            ("1433", "Менингиома мостомозжечкового угла", "МРТ;КТ"),
            ("3290", "Олигодендроглиома большого мозга", "МРТ;КТ"),
        ],
    ),
    (
        "экстренная КТ-ангиография и телефонограмма сосудистому хирургу",
        45,
        9,
        1,
        "телефонограмма о критической находке КТ в приёмном отделении",
        """ТЕЛЕФОНОГРАММА № [[R:<<###>>-Т/25]] [[D:{td1}]] {tm}
Передал: врач-рентгенолог [[P:{d_s}]] с [[T:{tc1}]]. Принял: сердечно-сосудистый хирург [[P:{e}]], [[T:{tm1}]].
Пациент [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]], доставлен СМП, бригада № {small}, из [[A:{a3}]].
КТ-ангиография (Accession [[R:{acc1}]]): {fnd_l} ({fid}). Контраст {contrast} {ml} мл. DLP {dlp} мГр·см.
Родственник: [[P:{q}]], [[T:{tm2}]]; второй номер [[T:{t_br}]]
Записала медсестра [[P:{s_s}]]""",
        [
            ("839", "Аневризма аорты", "УЗД; МРТ; КТ; Рентген; ФД"),
            ("4317", "Эмфизема средостения", "МРТ; КТ; Рентген"),
        ],
    ),
    (
        "направление к кардиологу после находки на КТ",
        118,
        3,
        2,
        "направление ф. 057/у к кардиологу по находке рентгенолога",
        """НАПРАВЛЕНИЕ (ф. 057/у-04) № [[R:{napr}]]
в [[A:{ao}]], тел. регистратуры [[T:{tc2}]]
на консультацию кардиолога. [[P:{p}]], [[B:{bd2}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]], тел. [[T:{tm1}]]
Обоснование: по КТ от [[D:{td1}]] ([[R:{acc1}]], {svc}) — {fnd_l} (код {fid}). Agatston 412.
Врач-терапевт участковый [[P:{k_s}]], участок {small}. [[D:{td2}]]""",
        [
            ("4364", "Кальциноз аортального клапана", "УЗД; МРТ; КТ"),
            ("4360", "Кальциноз митрального клапана", "УЗД; МРТ; КТ"),
        ],
    ),
    (
        "протокол УЗИ органов брюшной полости на диспансеризации",
        33,
        2,
        2,
        "протокол УЗИ ОБП второго этапа диспансеризации",
        """Диспансеризация, 2 этап. УЗИ ОБП, [[D:{td2}]], каб. {cab}
ФИО: [[P:{p_s}]]; д.р. [[B:{bd}]]; адрес: [[A:{a1}]]; тел.: [[T:{tm1}]]
Печень: КВР правой доли 162 мм. Находка: {fnd_l} ({fid}), {size} мм.
Желчный пузырь, поджелудочная железа, селезёнка — без особенностей.
Заключение передано терапевту [[P:{k_i}]]. Карта № [[R:{card1}]], протокол № [[R:{prot}]].
Аппарат {dev_us}, инв. № {serial}. Врач УЗД [[P:{d_s}]]""",
        [
            ("27", "Стеатоз печени", "УЗД; МРТ; КТ; РНД"),
            ("508", "Киста печени", "УЗД; МРТ; КТ; Рентген"),
        ],
    ),
    (
        "список обзвона пациентов с находкой на УЗИ",
        5,
        3,
        2,
        "лист обзвона медсестры отделения с телефонами в ячейках таблицы",
        """ОБЗВОН: пациенты с находкой «{fnd}» (код {fid}) за неделю
ФИО | Карта | Тел. | Итог
[[P:{p_s}]] | [[R:{card1}]] | [[T:{tm1}]] / [[T:{t_loc}]] | записан{p_a} к хирургу [[D:{td2}]]
[[P:{n_s}]] | [[R:{card2}]] | [[T:{tm2}]] | номер не существует
[[P:{m_s}]] | [[R:{card3}]] | [[T:{tc1}]] доб. {ext} | передано жене [[P:{q_io}]]
Доп. номер [[P:{n_gen}]]: [[T:{t_w}]] (записано со слов)
Отв. [[P:{s}]], [[D:{td3}]]""",
        [
            ("459", "Камень желчного пузыря", "УЗД; МРТ; КТ; Рентген; Эндоскопия"),
            ("659", "Полип желчного пузыря", "УЗД; МРТ; КТ; Рентген; Эндоскопия"),
        ],
    ),
    (
        "экстренная КТ в приёмном отделении и запись в журнале СМП",
        25,
        5,
        4,
        "карта вызова СМП и экстренная КТ по прибытии",
        """КАРТА ВЫЗОВА СМП № [[R:<<#####>>]] от [[D:{td1}]], бригада {small}
Вызов по адресу: [[A:{a2}]]; вызывающий: [[P:{q}]], тел. [[T:{tm1}]]
Пациент [[P:{p_s}]], {age} лет. Паспорт [[Q:{pas}]] (со слов). Полис [[O:{enp}]].
Доставлен в [[A:{ao}]] в {tm}. КТ в приёмном: {fnd_l} ({fid}). Accession [[R:{acc1}]].
Фельдшер [[P:{x_s}]]; врач приёмного отделения [[P:{e_s}]], [[T:{tc1}]]""",
        [
            ("783", "Холецистит", "УЗД; МРТ; КТ; Рентген"),
            ("4308", "Инфаркт легкого", "МРТ; КТ; Рентген"),
        ],
    ),
    (
        "протокол УЗИ почек и направление к урологу",
        145,
        3,
        2,
        "протокол УЗИ почек и направление в урологический кабинет",
        """УЗИ ПОЧЕК И МОЧЕВОГО ПУЗЫРЯ [[D:{td1}]]
[[P:{p}]] ([[B:{bd}]]), амб. карта [[R:{card1}]]
Правая почка 112×51 мм, паренхима 17 мм. Левая: {fnd_l} (код {fid}), {size} мм, Bosniak II.
Рекомендовано: консультация уролога, КТ с контрастом. Направление № [[R:{napr}]].
Урологический кабинет: [[A:{ao2}]], каб. {cab}, [[T:{tc2}]].
Проживает в [[A:{al1}]], т. [[T:{tm2}]]
Врач [[P:{d_s}]]""",
        [
            ("72", "Киста почки", "УЗД; МРТ; КТ; Рентген; РНД"),
            ("71", "Гидронефроз", "УЗД; МРТ; КТ; Рентген; РНД"),
        ],
    ),
    (
        "запись в регистре случайных находок (инциденталом)",
        232,
        3,
        2,
        "строка регистра случайных находок надпочечников, ведомого статистиком",
        """РЕГИСТР ИНЦИДЕНТАЛОМ. Запись № [[R:{reg}]]
Дата внесения: [[D:{td3}]]; внёс [[P:{s_s}]] (медстатистик)
ФИО: [[P:{p}]]; д.р.: [[B:{bd2}]]; СНИЛС: [[S:{sn}]]; ИНН: [[I:{inn}]]
Документ: паспорт [[Q:{pas2}]], выдан [[D:{pas_d}]], к/п {kpd}
Исследование: КТ ОБП, [[D:{td1}]], RIS [[R:{ris1}]]; {fnd_l} ({fid}), {size} мм, 8 HU.
Контакты: [[T:{tm1}]]; [[E:{m1}]]; адрес [[A:{a1}]]
Куратор: эндокринолог [[P:{k_s}]], [[T:{tc1}]] доб. {ext}. МКБ-10 {icd}.""",
        [
            ("2311", "Аденома надпочечника", "МРТ;КТ"),
            ("81", "Киста надпочечников", "УЗД; МРТ; КТ; Рентген; РНД"),
        ],
    ),
]
GENRES += [
    (
        "протокол МРТ органов малого таза и приглашение к гинекологу",
        8,
        3,
        2,
        "протокол МРТ малого таза и SMS/звонок с приглашением к гинекологу",
        """МРТ ОРГАНОВ МАЛОГО ТАЗА. Исследование [[R:{ris1}]] от [[D:{td1}]]
Пациентка: [[P:{q_s}]] ([[P:{q_lat}]]), [[B:{bd}]]
Аппарат {dev_mr}; срез {slice} мм; {nser} серий. Контраст не вводился.
Заключение: {fnd_l} (код {fid}), {size} мм. O-RADS MRI 2. МКБ-10 {icd}.
SMS на [[T:{tm1}]]: «Результат МРТ готов. Запишитесь к гинекологу по тел. [[T:{tc1}]]».
Врач [[P:{d_s}]]; Гинеколог [[P:{k_s}]], ЖК по адресу [[A:{ao}]]""",
        [("2516", "Лейомиома матки", "МРТ;КТ"), ("4332", "Киста яичника", "УЗД; МРТ; КТ")],
    ),
    (
        "МРТ предстательной железы в дневном стационаре урологии",
        145,
        3,
        3,
        "выписка дневного стационара с протоколом МРТ и категорией PI-RADS",
        """ВЫПИСКА ИЗ КАРТЫ ДНЕВНОГО СТАЦИОНАРА № [[R:{ib}]]
[[P:{p}]], [[B:{bd2}]], проживает: [[A:{a1}]]
Находил{p_sya} с [[D:{td1}]] по [[D:{td2}]]. МРТ ({dev_mr}, [[R:{acc1}]]): {fnd_l} ({fid}), объём 62 см³, PI-RADS {pirads}.
ПСА 5,8 нг/мл. Рекомендовано: наблюдение уролога, контроль через 6 мес.
Уролог [[P:{k_s}]], тел. отделения [[T:{tc1}]], моб. [[T:{tm1}]]
Зав. отделением [[P:{h_s}]]""",
        [
            ("2459", "Доброкачественная аденома простаты", "МРТ;КТ"),
            ("112", "Камень в мочевом пузыре", "УЗД; МРТ; КТ; Рентген; Эндоскопия"),
        ],
    ),
    (
        "выгрузка расхождений врача и ИИ-сервиса на платформе",
        269,
        3,
        2,
        "таблица расхождений заключений врачей и ИИ-сервиса для разбора",
        """Платформа ИИ: анализ ~{cnt} исследований в месяц. Выгрузка расхождений за [[D:{td1}]]–[[D:{td3}]]
Сервис {ai} v{ai_ver}, РУ {ru}. Находка: {fnd} (код {fid}).
ID запроса | Accession | Пациент | Врач | ИИ, %
[[R:{uuid}]] | [[R:{acc1}]] | [[P:{p_s}]] | [[P:{d_sur}]] | {ai_prob}
[[R:{uuid2}]] | [[R:{acc2}]] | [[P:{n_s}]] | [[P:{e_sur}]] | 97
[[R:{aireq}]] | [[R:{acc3}]] | [[P:{m_s}]] | [[P:{d_sur}]] | 12
Разбор: [[P:{h_s}]], [[E:{mo}]]. Дежурный инженер [[P:{x_fi}]], [[T:{tm1}]]""",
        [("4302", "Отек легких", "МРТ; КТ; Рентген"), ("4304", "Гидроторакс", "МРТ; КТ; Рентген")],
    ),
    (
        "паллиативная помощь: выписка и направление на дом",
        16,
        12,
        2,
        "направление выездной паллиативной службы с находкой по МРТ/КТ",
        """Выездная патронажная служба паллиативной помощи. Направление № [[R:{napr2}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Адрес посещения: [[A:{a_br}]]
Подъезд 2, этаж 4, домофон {small}. Звонить дочери [[P:{q_dat}]]: [[T:{tm1}]] или [[T:{t_br}]]
По КТ/МРТ от [[D:{td1}]] ([[R:{acc1}]]): {fnd_l} ({fid}).
Врач ОВП [[P:{k_s}]]; Первое посещение [[D:{td2}]]; старшая м/с [[P:{s_s}]], [[T:{tc1}]]""",
        [
            ("3989", "Метастатическое злокачественное новообразование мозговых оболочек", "МРТ;КТ"),
            ("237", "Асцит, связанный с патологиями печени", "УЗД; МРТ; КТ; Рентген"),
        ],
    ),
    (
        "рентгенография органов грудной клетки ребёнка и письмо родителю",
        22,
        3,
        2,
        "протокол рентгенограммы ребёнка и письмо законному представителю",
        """Рентгенография ОГК в 2 проекциях. [[D:{td1}]], № [[R:{prot}]]
Ребёнок: [[P:{p}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], полис [[O:{enp2}]]
Законный представитель: мать [[P:{q}]], паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
Заключение: {fnd_l} (код {fid}). ЭЭД {msv} мЗв.
Уважаемая [[P:{q_io}]]! Просим прийти к педиатру [[P:{k_dat}]] [[D:{tdm}]], тел. [[T:{tc1}]], [[T:{tm1}]].
Рентгенолог [[P:{d_s}]]; адрес: [[A:{a1}]]""",
        [("4307", "Бронхоэктазы", "МРТ; КТ; Рентген"), ("1303", "Ателектаз обоих легких", "КТ")],
    ),
    (
        "направление в онкодиспансер после КТ средостения",
        46,
        4,
        1,
        "направление торакального хирурга с ЭМК и паспортными данными",
        """НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ № [[R:{napr}]] от [[D:{td2}]]
Куда: [[A:{ao}]] (онкодиспансер), приёмное [[T:{tc1}]]
[[P:{p_up}]], [[B:{bd}]], документ: паспорт РФ {pas_w}, выдан [[D:{pas_d}]] {pas_org}
Полис [[O:{enp}]], СНИЛС [[S:{sn}]], ЭМК [[R:{card1}]]
КТ ОГК [[D:{td1}]] (Study ID [[R:{ris1}]]): {fnd_l} ({fid}), {size} мм.
Торакальный хирург [[P:{e_s}]], [[T:{tm1}]]; зав. [[P:{h_s}]]""",
        [
            ("4237", "Новообразование средостения", "МРТ;КТ"),
            ("4254", "Новообразование вилочковой железы", "МРТ;КТ"),
        ],
    ),
    (
        "протокол рентгеноскопии пищевода и желудка",
        24,
        3,
        2,
        "протокол рентгеноскопии с барием",
        """Рентгеноскопия пищевода, желудка с BaSO4. Протокол [[R:{prot}]], [[D:{td1}]]
[[P:{p_s}]], {age} л., карта [[R:{card1}]], направил{k_a} [[P:{k_s}]]
Аппарат {dev_rg}, время скопии 2,4 мин, ЭЭД {msv} мЗв.
Заключение: {fnd_l} ({fid}). МКБ-10 {icd}. Услуга {svc}.
Рекомендовано: ЭГДС. Запись [[T:{tc1}]] доб. {ext}
Рентгенолог [[P:{d_s}]], лаборант [[P:{x_s}]]""",
        [
            ("4318", "Грыжа пищеводного отверстия диафрагмы", "МРТ; КТ; Рентген"),
            ("1257", "Дивертикул пищевода", "ЭФГДС"),
        ],
    ),
    (
        "запрос на пересмотр снимков из другого региона",
        50,
        8,
        1,
        "запрос на пересмотр КТ/МРТ в федеральный центр для квоты ВМП",
        """Запрос на пересмотр изображений № [[R:{tmk}]]
От: ГБУЗ [[A:{ao}]], [[E:{mo}]]
Пациент: [[P:{p}]] / [[P:{p_lat}]], [[B:{bd}]], паспорт [[Q:{pas}]], иностранный паспорт [[Q:{pasf}]]
Адрес регистрации: [[A:{a1}]]; фактический: [[A:{a2}]]
КТ [[D:{td1}]]: {fnd_l} ({fid}). Передано по ЗКС, Study UID [[R:{uid}]], Accession [[R:{acc1}]].
Лицензия {lic}. Челюстно-лицевой хирург [[P:{e_s}]], [[T:{tm1}]]""",
        [
            ("3831", "Злокачественная опухоль гайморовой пазухи", "МРТ;КТ"),
            ("3605", "Доброкачественное новообразование околоушной железы", "МРТ;КТ"),
        ],
    ),
    (
        "талон на ВМП после КТ брюшной полости",
        30,
        8,
        1,
        "талон на оказание ВМП с паспортными данными и находкой КТ",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:<<##.####.#####.###>>]]
Пациент: [[P:{p}]]; пол {p_sex}; [[B:{bd2}]]
Паспорт: {pas_w}; выдан {pas_org}, [[D:{pas_d}]]; код подр. {kpd}
СНИЛС [[S:{sn}]]; полис [[O:{enp}]]; ИНН [[I:{inn}]]
Адрес: [[A:{a1}]]; тел. [[T:{tm1}]], [[T:{tc2}]]
Диагноз {icd}; КТ ([[R:{acc1}]]): {fnd_l} ({fid}). Профиль «онкология», группа ВМП {small}.
Оформил хирург [[P:{k_s}]] [[D:{td2}]]""",
        [
            (
                "2411",
                "Первичное злокачественное новообразование забрюшинного пространства",
                "МРТ;КТ",
            ),
            ("214", "Аденома поджелудочной железы", "УЗД; МРТ; КТ; Рентген; РНД"),
        ],
    ),
    (
        "протокол УЗИ лимфатических узлов шеи",
        33,
        3,
        2,
        "протокол УЗИ лимфоузлов шеи с таблицей узлов",
        """УЗИ ЛИМФОУЗЛОВ ШЕИ. [[D:{td1}]]. № протокола [[R:{prot}]]
ФИО [[P:{p_s}]], [[B:{bd}]]
Группа | Размер, мм | Структура
IB справа | {size} | {fnd_l} ({fid})
IIA слева | 9×5 | без особенностей
Аппарат {dev_us}. Врач УЗД [[P:{d_s}]]
Направлен{p_a} на ТАБ. Тел. пациента: [[T:{tm1}]]. Родственница: [[P:{q_fi}]], [[T:{tm2}]]""",
        [
            (
                "3240",
                "Лимфаденопатия подчелюстных лимфатических узлов",
                "УЗД; МРТ; КТ; Рентген; РНД",
            ),
            ("3930", "Новообразование лимфоузлов шеи", "УЗД; МРТ; КТ; Рентген"),
        ],
    ),
    (
        "протокол КТ брюшной полости с контрастированием",
        24,
        4,
        1,
        "протокол КТ ОБП с в/в контрастом в стационаре",
        """КТ ОБП с в/в болюсным контрастированием. ИБ [[R:{ib}]]. Accession: [[R:{acc_br}]]
[[P:{p}]], [[B:{bd}]], отд. хирургии, палата {ward}
{dev_ct}; {contrast} {ml} мл (серия {lot}, годен до 05.2027); срез {slice} мм; DLP {dlp} мГр·см.
Селезёнка 128×52 мм; {fnd_l} (код {fid}), {size} мм.
Заключение подписано [[D:{td2}]] {tm_b}, врач-рентгенолог [[P:{d}]]
Лечащий врач [[P:{k_s}]], ординаторская [[T:{tc1}]]
Согласие на контраст подписано: [[P:{p_s}]], паспорт [[Q:{pas}]]; шприц-инжектор, паспорт изделия № {eq_pas}""",
        [
            ("42", "Киста селезенки", "УЗД; МРТ; КТ; Рентген; РНД"),
            ("49", "Инфаркт селезенки", "УЗД; МРТ; КТ; Рентген; РНД"),
        ],
    ),
    (
        "КТ-венография и консультация сосудистого хирурга",
        45,
        4,
        1,
        "консультация сосудистого хирурга по КТ-венографии",
        """КОНСУЛЬТАЦИЯ СОСУДИСТОГО ХИРУРГА [[D:{td2}]]
Пациент{p_ke} [[P:{p_dat}]], [[B:{bd2}]], ИБ № [[R:{ib}]]
КТ-венография [[D:{td1}]], RIS [[R:{ris1}]]: {fnd_l} ({fid}). D-димер 2,4 мкг/мл.
Назначено: эноксапарин 1 мг/кг 2 р/сут. Контроль УЗДС через 10 дней.
Консультант [[P:{e_s}]], [[T:{tm1}]]
Родственники: [[P:{q}]] — [[T:{tm2}]]; [[P:{u}]] — [[T:{tc1}]]""",
        [
            ("29", "Тромбоз портальной вены", "УЗД; МРТ; КТ; РНД"),
            ("79", "Тромбоз почечной вены", "УЗД; МРТ; КТ; Рентген; РНД"),
        ],
    ),
    (
        "рентгенография костей у травматолога и справка",
        28,
        3,
        2,
        "протокол рентгенограммы и справка травматолога",
        """Рентгенография в 2 проекциях, [[D:{td1}]], протокол [[R:{prot}]]
[[P:{p}]], [[B:{bd}]], проживает [[A:{al1}]]
Заключение: {fnd_l} ({fid}), {size} мм, без перелома. ЭЭД {msv} мЗв.
СПРАВКА дана [[P:{p_dat}]] в том, что он(а) был(а) на приёме у травматолога [[D:{td2}]].
Травматолог-ортопед [[P:{k_s}]]; Травмпункт [[A:{ao}]], тел. [[T:{tc1}]]""",
        [
            ("2832", "Энхондрома кисти руки", "МРТ;КТ"),
            ("2973", "Доброкачественное новообразование пяточной кости", "МРТ;КТ"),
        ],
    ),
    (
        "направление на МРТ позвоночника из поликлиники",
        14,
        3,
        2,
        "направление невролога на МРТ и ответ с результатом",
        """НАПРАВЛЕНИЕ НА МРТ ПОЯСНИЧНОГО ОТДЕЛА № [[R:{napr}]]
[[P:{p}]], [[B:{bd}]], полис [[O:{enp}]], адрес: [[A:{a1}]], тел. [[T:{tm1}]]
Цель: исключить объёмное образование. Невролог [[P:{k_s}]], [[D:{td1}]].
--- ОТВЕТ ---
МРТ [[D:{td3}]], {dev_mr}, [[R:{acc1}]]: {fnd_l} ({fid}) L3, {size} мм.
Рекомендована консультация нейрохирурга [[P:{e_gen}]], [[T:{tc1}]].
Врач-рентгенолог [[P:{d_s}]]""",
        [
            ("2700", "Доброкачественное новообразование поясничного позвоночного столба", "МРТ;КТ"),
            ("3204", "Фиброзная дисплазия кости", "МРТ;КТ"),
        ],
    ),
    (
        "реестр выездного мобильного маммографа",
        225,
        2,
        4,
        "реестр обследованных мобильным маммографом в селе",
        """Выезд мобильного комплекса, маммограф {dev_mg}, паспорт изделия {eq_pas}, РУ {ru}.
Место: [[A:{a3}]], [[D:{td1}]]. Рентгенолаборант [[P:{x_s}]], [[T:{tm3}]]
№ | ФИО | д.р. | Адрес | Телефон | ID
1 | [[P:{p_s}]] | [[B:{bd}]] | [[A:{a1}]] | [[T:{tm1}]] | [[R:{acc1}]]
2 | [[P:{n_s}]] | [[B:{bd2}]] | [[A:{a2}]] | [[T:{tm2}]] | [[R:{acc2}]]
Находки: у № 1 — {fnd_l} ({fid}). Описание: [[P:{d_s}]]""",
        [
            ("163", "Гипертрофия молочной железы", "УЗД; МРТ; КТ; Рентген"),
            ("4180", "Доброкачественное новообразование мужской молочной железы", "МРТ;КТ"),
        ],
    ),
    (
        "обращение пациента о результате ИИ и ответ",
        18,
        3,
        2,
        "письменное обращение пациента и ответ главного врача",
        """Главному врачу [[P:{h_dat}]]
от [[P:{p_gen}]], паспорт {pas_w}, выдан {pas_org}, проживающ{p_ei} по адресу: [[A:{a1}]], тел. [[T:{tm1}]], e-mail [[E:{m1}]]
ЖАЛОБА. [[D:{td1}]] мне сделали КТ ([[R:{acc1}]]). В личном кабинете написано «{fnd_l}» (код {fid}) и «ИИ {ai}: {ai_prob}%», но врач мне ничего не сказал.
[[D:{td2}]]  [[P:{p_s}]]
ОТВЕТ исх. № 01-12/{small} от [[D:{td4}]]: находка подтверждена врачом [[P:{d_s}]]; Вы записаны к [[P:{k_dat}]] на [[D:{td5}]]. Справки [[T:{tc1}]].""",
        [
            ("52", "Кальцинат селезенки", "УЗД; МРТ; КТ; Рентген"),
            (
                "3227",
                "Лимфаденопатия внутриабдоминальных лимфатических узлов",
                "УЗД; МРТ; КТ; Рентген; РНД",
            ),
        ],
    ),
    (
        "выгрузка DICOM-заголовка и структурированного отчёта",
        102,
        3,
        2,
        "технические поля DICOM и SR-отчёта, выгруженные в МИС",
        """(0010,0010) PatientName: [[P:{p_dcm}]]
(0010,0020) PatientID: [[R:{pid}]]
(0010,0030) PatientBirthDate: [[B:{bd_dcm}]]
(0008,0050) AccessionNumber: [[R:{acc1}]]
(0020,000D) StudyInstanceUID: [[R:{uid}]]
(0020,000E) SeriesInstanceUID: [[R:{uid_ser}]]
(0008,0020) StudyDate: [[D:{td_dcm}]]; (0008,0080) Institution: [[A:{ao}]]
(0018,0050) SliceThickness: {slice}; (0018,0060) KVP: {kv}; Manufacturer model: {dev_mr}
SR: Finding = «{fnd}» (1.2.643.5.1.13.13.11.1473: {fid}). Observer: [[P:{d_s}]]""",
        [("4325", "Миоматозный узел", "УЗД; МРТ; КТ"), ("4327", "Эндометриоз", "УЗД; МРТ")],
    ),
    (
        "протокол эндоскопии после находки на КТ",
        36,
        3,
        3,
        "протокол эндоскопии, назначенной по находке КТ",
        """Протокол бронхоскопии/ЭГДС № [[R:{prot}]] от [[D:{td2}]]
[[P:{p_s}]], [[B:{bd}]], направлен{p_a} по КТ от [[D:{td1}]] ([[R:{acc1}]]) с находкой: {fnd_l} ({fid}).
Эндоскоп Olympus, зав. № {serial}. Обработка: цикл {small}.
Биопсия взята, направление на гистологию [[R:{napr}]].
Эндоскопист [[P:{e_s}]], м/с [[P:{s_s}]]; Тел. для результатов: [[T:{tc1}]]; пациент: [[T:{tm1}]]""",
        [
            ("1309", "Ателектаз нижней доли левого легкого", "КТ"),
            ("4347", "Стеноз пищевода", "Эндоскопия; Рентген; КТ; МРТ"),
        ],
    ),
    (
        "карта диспансерного наблюдения с повторной КТ",
        90,
        3,
        2,
        "контрольная карта диспансерного наблюдения (ф. 030/у) пульмонолога",
        """КОНТРОЛЬНАЯ КАРТА ДН (ф. 030/у) № [[R:{card1}]]
[[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], тел. [[T:{tm1}]], [[T:{tc2}]]
Адрес: [[A:{a1}]]
Взят{p_a} на учёт [[D:{td1}]]: {fnd_l} ({fid}), {size} мм, Lung-RADS {lrads}.
Явки: [[D:{td2}]] — КТ [[R:{acc1}]], без динамики; [[D:{td4}]] — КТ [[R:{acc2}]], {size2} мм.
Пульмонолог [[P:{k_s}]]; Следующая явка [[D:{td5}]]""",
        [
            ("4122", "Доброкачественное новообразование нижней доли левого легкого", "МРТ;КТ"),
            ("4148", "Доброкачественная опухоль паренхимы легкого", "МРТ;КТ"),
        ],
    ),
    (
        "вызов после выездной флюорографии и направление на КТ",
        29,
        2,
        4,
        "список выездного флюорографа с вызовом на КТ и направлением во фтизиатрию",
        """Передвижной флюорограф {dev_flg} (технический паспорт {eq_pas}, зав. № {serial}), выезд [[D:{td1}]]
Место: [[A:{a3}]]. Обследовано {small} чел.
Патология: [[P:{p_s}]], [[B:{bd}]], снимок [[R:{acc1}]] — {fnd_l} ({fid}).
Связь: [[T:{t_w}]]; у соседки [[P:{q_s}]] — [[T:{t_loc}]] (тел. фельдшерского пункта).
Направление на КТ № [[R:{napr}]] в [[A:{ao}]] на [[D:{td3}]], {tm}. Паспорт при себе: [[Q:{pas}]].
Фтизиатр [[P:{k_s}]], [[T:{tc1}]]; фельдшер ФАП [[P:{x}]]""",
        [
            ("1922", "Узловая лимфома внутригрудных лимфоузлов", "МРТ;КТ"),
            ("1304", "Ателектаз верхней доли правого легкого", "КТ"),
        ],
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


def kind_of(fid: str, fname: str, genre: str) -> str:
    return f"{fname} (код {fid} по 1.2.643.5.1.13.13.11.1473): {genre}"


def source_of(fid: str, method: str, spec: int, care: int, cond: int, note: str) -> str:
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1473 v2.16 (Выявленные патологии), ID {fid}, METHOD «{method}»; "
        f"1.2.643.5.1.13.13.11.1066 v5.4 (Номенклатура специальностей), ID {spec} «{SPEC14[spec]}»; "
        f"1.2.643.5.1.13.13.11.1034 v4.2 (виды медицинской помощи), ID {care} «{CARE14[care]}»; "
        f"1.2.643.5.1.13.13.99.2.322 v3.1 (условия оказания), ID {cond} «{COND14[cond]}»: {note}"
    )


# one kind per finding: (finding ID, FULLNAME, METHOD, genre, speciality, care, condition, note, template)
TEMPLATES: list[tuple[str, str, str, str, int, int, int, str, str]] = [
    (fid, fname, method, genre, spec, care, cond, note, template)
    for genre, spec, care, cond, note, template, findings in GENRES
    for fid, fname, method in findings
]


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    fids = [t[0] for t in TEMPLATES]
    assert len(fids) == len(set(fids)), "one kind per finding"
    kinds = [kind_of(t[0], t[1], t[3]) for t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for fid, fname, method, genre, spec, care, cond, note, template in TEMPLATES:
            extra = {"fnd": fname, "fnd_l": fname[0].lower() + fname[1:], "fid": fid}
            doc = build(
                render(rng, template, extra),
                kind_of(fid, fname, genre),
                source_of(fid, method, spec, care, cond, note),
                f"blind14_{len(docs):04d}",
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
