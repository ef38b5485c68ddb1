"""Write ``independent15.jsonl``: the fifteenth blind corpus, 2026-12-06 — one patient's pathway
with one ICD-10 code.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or
``bench/results`` file, never read a git log message, and never ran the text bench
(``bench/text_deid.py``, ``bench/text_speed.py``) or any de-identifier on this corpus; of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` (about lines 100–166 and 455–530) were read, to wire the
corpus in, and ``blind_half`` was imported once, to count the halves.
``write_independent1``–``13`` were not opened. From ``write_independent14.py`` only the
file format, the labelling rules (restated below, unchanged), the writer's structure (one
template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers)
and its generic helpers were taken. **Copied verbatim from corpus 14** (which had them from
corpus 13): the declension (``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``,
``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``, ``luhn_digit``,
``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters (``date``,
``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``,
``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum
helpers, ``serialize`` and ``main``. **Written fresh for corpus 15**: the name lists (Yakut,
Buryat, Tuvan, Khakas, Nanai, Chukchi, Koryak, Nenets, Komi and Pomor surnames, Russian
old-settler ones of the Far East, Korean, Chinese and Central-Asian residents' names, Yakut,
Buryat and Tuvan first names and patronymics, foreign names in Latin), the towns, streets and
villages of Primorye, the Khabarovsk, Kamchatka and Zabaykalsky territories, the Amur,
Sakhalin, Magadan, Murmansk and Arkhangelsk regions, Chukotka, Yakutia, Buryatia, Tuva,
Khakassia and the Yamalo-Nenets, Khanty-Mansi and Nenets okrugs (``addr15`` and friends,
an ASR address in words), phones (``mob15``, ``city15`` with 3- to 5-digit area codes,
``local15``, ``words15``, ``asr15`` fully in words, ``brk15``, 8-800 numbers), e-mails, the
passport writings (``pas15``, ``pas_words15``), every record number (``eln15``, ``rec15``:
ЭЛН, prescriptions, МСЭ acts and protocols, ИПРА, vouchers, sanatorium cards, claims, portal
requests, SMS appointment codes, КУСП, incoming numbers, ИППСУ, personal files, ДМС policies,
driving licences, weapon permits, ВМП tickets, registry entries, anonymous codes,
telemedicine requests, ЭКМП acts, electronic certificates, migration cards), every hard
negative, the organisations and every template; ``build_all`` was rewritten.

**Kinds from a real source.** Each kind is the paperwork of one patient's pathway with one
code of the federal directory МКБ-10 (OID 1.2.643.5.1.13.13.11.1005, version 2.24, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.24_part1``–``part8``; ``ID``,
``REC_CODE``, ``MKB_CODE``, ``MKB_NAME`` and ``ID_PARENT`` as its passport describes them;
the block is the nearest ancestor whose ``MKB_CODE`` is a range), in one genre of that
pathway (dispensary follow-up cards and call lists, preferential prescriptions and pharmacy
journals, sick leave and ЭЛН, МСЭ referrals, decisions and ИПРА, sanatorium vouchers and
cards, home visits, palliative care, social services, rehabilitation, school, sports,
driver's and weapon certificates, pre-trip checks, court, police, investigator's,
prosecutor's and military requests, insurance claims, complaints and quality audits, portal
and chat messages, SMS and push reminders, call-centre ASR transcripts). The kind is
«CODE NAME (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.24, ID N): GENRE»; the ``source`` names the
directory entry and its block. One code and one template per kind (no template is shared).
The kinds of corpora 1–14 (the ``kind`` values of ``independent*.jsonl``) were listed by a
scratch script only to avoid them, compared case-insensitively; none of the kinds here is
among them (``build_all`` asserts the kinds are unique).

Emphasis: RECORD numbers of one person or episode, many without «№» or after unusual words
(«ЭЛН 912345678901», «Продолжение — ЭЛН», «серия 05-26 № 004512», «убыток», «Номер
обращения:», «Код записи», «Ваш код», «УИН участника ГТО», «личный номер», «табельный №»),
split across lines, in tables, dictated in a transcript, OCR-damaged, beside hard negatives
(ICD-10 codes, АТХ codes, МНН and doses with «№ 60», prices, orders and laws, form codes
«ф. 148-1/у-04 (л)», licences, ОГРН, ИНН and КПП of organisations, bank accounts, БИК and
correspondent accounts, ОКПО, inventory and serial numbers, lots, drug registration numbers,
МСЭ bureau numbers, court case numbers, outgoing numbers, waybills, car plates, flights,
queue numbers, one-time codes, КСГ and ВМП type codes, rooms, wards, schools, ГОСТ). Also
PHONES in many writings (8/+7/7, brackets, dots, typographic dashes, glued, broken across a
line, partly or fully in words, 5-digit area codes, «доб.»/«вн.», 8-800), ADDRESSES as
people write them (no street type, rural with улус/кожуун/р-н, inflected, from the flat
outwards, broken across a line, in ASR words) and PASSPORTS in many writings, with the usual
PHI at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules of corpus 14 (restated unchanged from its docstring, which restated corpus
13's and 12's; the judgement calls of corpora 10–14 are kept unchanged):

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

Judgement calls added for corpus 15 (written here before any document was generated, not
changed after; they apply the rules above):

* An ЭЛН number (12 digits) is RECORD_ID wherever it stands: after «ЭЛН», «Продолжение —
  ЭЛН», split in groups of three or across a line (one span with the line break).
* A preferential or narcotic prescription «серия 05-26 № 004512»: the number is RECORD_ID,
  the series is not labelled (corpus 11's rule for the series of one person's issued form);
  a prescription number written as one token («05-26-004512», «0526-004512») is one
  RECORD_ID span. The same for the medical conclusion for a driver (ф. 003-В/у), for a
  weapon licence (ф. 002-О/у) and the school certificate ф. 095/у: series unlabelled, number
  RECORD_ID. The МСЭ справка's printed series («МСЭ-2024») stays unlabelled (corpus 12).
* The МСЭ act and protocol numbers («123.45.25/2026»), the ИПРА number, a sanatorium voucher
  (путёвка), a санаторно-курортная карта, the справка ф. 070/у, an electronic certificate
  for technical means of rehabilitation, a ВМП ticket («05.0000.00000.000»), a social
  services recipient's personal file and ИППСУ, a home-visit or ambulance call card, a
  contract for free use of a device with one person, a ВК protocol or conclusion about one
  patient, a telemedicine request, an ЭКМП act about one case, one person's complaint's or
  portal request's registration number, an insurance claim («убыток»), an appointment's code
  sent by SMS or push («Код записи 4Н7-219»), an anonymous patient code of an AIDS centre,
  a registry entry of one patient (ВЗН, orphan, osteoporosis, ДЛО), a ГТО participant's УИН,
  a military personal number, a personnel number and a booking reference of one passenger
  are RECORD_ID (documents and records of one person, corpora 10–14).
* A one-time confirmation code («код подтверждения 4821»), a door-phone code, a queue
  number, a journal's position in a waiting list («позиция 12»), a waybill (a vehicle's
  document), a МСЭ bureau's number («Бюро № 7»), an expert composition's number, an
  organisation's ОКПО, ОГРН, ИНН, КПП and bank details, inventory numbers, a pharmacy's or
  a school's number are not labelled.
* A court's case number (civil, administrative or criminal, «№ 2-1456/2026», the 17-digit
  criminal case number) and the outgoing number of a request from a court, an investigator,
  a police unit, a guardianship body, the Social Fund or a military commissariat stay
  unlabelled (corpus 10); the incoming number given to that request about one patient
  («вх. 1187») and a КУСП number are RECORD_ID.
* A date without a year («12.12», «5 марта», «пятого марта» in a transcript) is DATE; an ISO
  date in an app export is DATE, an ISO birth date BIRTH_DATE.
* A national passport of a foreign citizen (1–2 Latin letters and 7–8 digits) and a Russian
  international passport («75 1234567») are PASSPORT (corpus 11); a migration card is
  RECORD_ID.
* An address in ASR words («якутск улица ойунского дом двадцать квартира сорок») is one
  ADDRESS span from the settlement (or «село») to the last word of the flat.
* A bare settlement in a ФАП's or an organisation's name («ФАП с. Намцы») is not labelled
  (corpus 12: a bare city in an organisation's name).
* A dog's name («по кличке Айна») is not PERSON (corpus 12).

Run: ``.venv/bin/python bench/text_corpus/write_independent15.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent15.jsonl"
SEED = 1520261206
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

# ---------------------------------------------------------------- people (fresh for corpus 15)
# Far East, Siberia and the North: Russian old-settler surnames, Yakut, Buryat, Tuvan, Khakas,
# Nanai, Nivkh, Chukchi, Koryak, Nenets, Khanty, Mansi, Komi and Pomor ones, Korean, Chinese
# and Central-Asian residents.
SURNAMES = [
    "Слепцов",
    "Местников",
    "Охлопков",
    "Ноговицын",
    "Сивцев",
    "Саввинов",
    "Кычкин",
    "Тарабукин",
    "Софронеев",
    "Дьячковский",
    "Чемезов",
    "Цыренов",
    "Дамдинов",
    "Будаев",
    "Гомбоев",
    "Доржиев",
    "Балданов",
    "Аюшеев",
    "Намсараев",
    "Цыбиков",
    "Монгуш",
    "Ооржак",
    "Ондар",
    "Куулар",
    "Донгак",
    "Хертек",
    "Чаптыков",
    "Тодышев",
    "Боргояков",
    "Кызласов",
    "Майнагашев",
    "Чебодаев",
    "Гейкер",
    "Киле",
    "Самар",
    "Оненко",
    "Пассар",
    "Ходжер",
    "Актанко",
    "Тынетегин",
    "Кеутегин",
    "Эттыне",
    "Омрувье",
    "Яганов",
    "Запороцкий",
    "Вануйто",
    "Сэротэтто",
    "Окотэтто",
    "Худи",
    "Ядне",
    "Салиндер",
    "Лаптандер",
    "Пырерко",
    "Яптик",
    "Лонгортов",
    "Вылко",
    "Канев",
    "Артеев",
    "Хатанзейский",
    "Сязи",
    "Шестаков",
    "Пермяков",
    "Черных",
    "Белых",
    "Крутских",
    "Тюкавкин",
    "Поротов",
    "Овсянников",
    "Шурыгин",
    "Ляхов",
    "Гарбузов",
    "Забелин",
    "Корельский",
    "Попугаев",
    "Личутин",
    "Ким",
    "Пак",
    "Тен",
    "Хван",
    "Лим",
    "Чжан",
    "Ван",
    "Юлдашев",
    "Турсунбаев",
    "Исмоилов",
    "Жумабеков",
]
M_FIRST = [
    "Айаал",
    "Дьулустан",
    "Эрчим",
    "Ньургун",
    "Баир",
    "Жаргал",
    "Баясхалан",
    "Солбон",
    "Аяс",
    "Буянто",
    "Эртине",
    "Чингис",
    "Прокопий",
    "Афанасий",
    "Иннокентий",
    "Гавриил",
    "Семён",
    "Артём",
    "Егор",
    "Кирилл",
    "Глеб",
    "Всеволод",
    "Ростислав",
    "Савва",
    "Тимофей",
    "Ефим",
    "Фаррух",
    "Бекзод",
    "Ильхом",
    "Вячеслав",
    "Арсений",
]
F_FIRST = [
    "Сардаана",
    "Айыына",
    "Туйаара",
    "Саргылана",
    "Долгор",
    "Сэсэг",
    "Туяна",
    "Баирма",
    "Дарима",
    "Чечек",
    "Айлана",
    "Шончалай",
    "Ангелина",
    "Ульяна",
    "Евдокия",
    "Варвара",
    "Людмила",
    "Полина",
    "Таисия",
    "Мирослава",
    "Нилуфар",
    "Дильноза",
    "Ксения",
    "Алёна",
    "Василиса",
    "Агафья",
    "Марфа",
]
PAT_STEMS = [
    "Прокопьев",
    "Иннокентьев",
    "Афанасьев",
    "Гаврилов",
    "Семёнов",
    "Баиров",
    "Дашиев",
    "Жаргалов",
    "Николаев",
    "Климентьев",
    "Терентьев",
    "Спиридонов",
    "Баторов",
    "Саянов",
    "Маратов",
    "Фарходов",
    "Владиславов",
    "Тимофеев",
    "Михайлов",
    "Аркадьев",
    "Елисеев",
    "Дмитриев",
]
FOREIGN = [
    ("Пак", "Сонми", False),
    ("Ван", "Лэй", True),
    ("Чжан", "Вэй", True),
    ("Хамроев", "Шерзод", True),
    ("Нурматова", "Дилором", False),
    ("Тен", "Виктор", True),
    ("Ли", "Наталья", False),
    ("Джураев", "Улугбек", True),
    ("Тагаева", "Мадина", False),
]
INDECL_FIRST = {
    "Буянто",
    "Эртине",
    "Долгор",
    "Сэсэг",
    "Чечек",
    "Шончалай",
    "Нилуфар",
    "Сонми",
    "Лэй",
    "Вэй",
    "Дилором",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
FOREIGN_LAT = [
    "Kenji Watanabe",
    "Li Wei",
    "Minji Park",
    "Erik Johansen",
    "Aino Virtanen",
    "John McAllister",
    "Bayarmaa Dorj",
    "Tuan Nguyen",
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


# ---------------------------------------------------------------- corpus 15: places (fresh)
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS15 = [
    (
        "г. Владивосток",
        "в г. Владивостоке",
        "Владивосток",
        "Приморский край",
        "Приморский кр.",
        "690",
        "423",
    ),
    ("г. Уссурийск", "в г. Уссурийске", "Уссурийск", "Приморский край", "ПК", "692", "4234"),
    ("г. Находка", "в г. Находке", "Находка", "Приморский край", "Прим. край", "692", "4236"),
    (
        "г. Хабаровск",
        "в г. Хабаровске",
        "Хабаровск",
        "Хабаровский край",
        "Хаб. край",
        "680",
        "4212",
    ),
    (
        "г. Комсомольск-на-Амуре",
        "в г. Комсомольске-на-Амуре",
        "Комсомольск-на-Амуре",
        "Хабаровский край",
        "Хабаровский кр.",
        "681",
        "4217",
    ),
    (
        "г. Благовещенск",
        "в г. Благовещенске",
        "Благовещенск",
        "Амурская область",
        "Амурская обл.",
        "675",
        "4162",
    ),
    (
        "г. Южно-Сахалинск",
        "в г. Южно-Сахалинске",
        "Южно-Сахалинск",
        "Сахалинская область",
        "Сахалинская обл.",
        "693",
        "4242",
    ),
    (
        "г. Петропавловск-Камчатский",
        "в г. Петропавловске-Камчатском",
        "Петропавловск-Камчатский",
        "Камчатский край",
        "Камч. край",
        "683",
        "4152",
    ),
    (
        "г. Магадан",
        "в г. Магадане",
        "Магадан",
        "Магаданская область",
        "Магаданская обл.",
        "685",
        "4132",
    ),
    ("г. Анадырь", "в г. Анадыре", "Анадырь", "Чукотский автономный округ", "ЧАО", "689", "42722"),
    ("г. Якутск", "в г. Якутске", "Якутск", "Республика Саха (Якутия)", "РС(Я)", "677", "4112"),
    (
        "г. Нерюнгри",
        "в г. Нерюнгри",
        "Нерюнгри",
        "Республика Саха (Якутия)",
        "Якутия",
        "678",
        "41147",
    ),
    ("г. Улан-Удэ", "в г. Улан-Удэ", "Улан-Удэ", "Республика Бурятия", "Бурятия", "670", "3012"),
    ("г. Чита", "в г. Чите", "Чита", "Забайкальский край", "Забайкальский кр.", "672", "3022"),
    ("г. Кызыл", "в г. Кызыле", "Кызыл", "Республика Тыва", "Тыва", "667", "39422"),
    ("г. Абакан", "в г. Абакане", "Абакан", "Республика Хакасия", "РХ", "655", "3902"),
    (
        "г. Салехард",
        "в г. Салехарде",
        "Салехард",
        "Ямало-Ненецкий автономный округ",
        "ЯНАО",
        "629",
        "34922",
    ),
    (
        "г. Новый Уренгой",
        "в г. Новом Уренгое",
        "Новый Уренгой",
        "Ямало-Ненецкий автономный округ",
        "ЯНАО",
        "629",
        "3494",
    ),
    (
        "г. Ханты-Мансийск",
        "в г. Ханты-Мансийске",
        "Ханты-Мансийск",
        "Ханты-Мансийский автономный округ — Югра",
        "ХМАО-Югра",
        "628",
        "3467",
    ),
    (
        "г. Нарьян-Мар",
        "в г. Нарьян-Маре",
        "Нарьян-Мар",
        "Ненецкий автономный округ",
        "НАО",
        "166",
        "81853",
    ),
    (
        "г. Мурманск",
        "в г. Мурманске",
        "Мурманск",
        "Мурманская область",
        "Мурманская обл.",
        "183",
        "8152",
    ),
    (
        "г. Архангельск",
        "в г. Архангельске",
        "Архангельск",
        "Архангельская область",
        "Арх. обл.",
        "163",
        "8182",
    ),
    (
        "г. Северодвинск",
        "в г. Северодвинске",
        "Северодвинск",
        "Архангельская область",
        "Арх. обл.",
        "164",
        "8184",
    ),
]
# street: with its type, bare (as people write it)
STREETS15 = [
    ("ул. Светланская", "Светланская"),
    ("Океанский пр-т", "Океанский пр"),
    ("ул. Серышева", "Серышева"),
    ("ул. Муравьёва-Амурского", "Муравьева-Амурского"),
    ("ул. Ойунского", "Ойунского"),
    ("ул. Кулаковского", "Кулаковского"),
    ("ул. Ербанова", "Ербанова"),
    ("ул. Смолина", "Смолина"),
    ("ул. Кочетова", "Кочетова"),
    ("ул. Щетинкина", "Щетинкина"),
    ("ул. Ямальская", "Ямальская"),
    ("ул. Полярная", "Полярная"),
    ("наб. Северной Двины", "наб Сев Двины"),
    ("ул. Отке", "Отке"),
    ("ул. Беринга", "Беринга"),
    ("ул. Пограничная", "Пограничная"),
    ("пр-т 50 лет Октября", "50 лет Октября"),
    ("ул. Чкалова", "Чкалова"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ул. Арктическая", "Арктическая"),
    ("пр. Ленинградский", "Ленинградский"),
    ("ул. Тайгинская", "Тайгинская"),
]
# village: with type, locative, district, region
RURAL15 = [
    ("с. Чурапча", "в с. Чурапча", "Чурапчинский улус", "Республика Саха (Якутия)"),
    ("с. Намцы", "в с. Намцы", "Намский улус", "Республика Саха (Якутия)"),
    ("с. Кижинга", "в с. Кижинга", "Кижингинский р-н", "Республика Бурятия"),
    ("с. Баргузин", "в с. Баргузин", "Баргузинский р-н", "Республика Бурятия"),
    ("с. Самагалтай", "в с. Самагалтай", "Тес-Хемский кожуун", "Республика Тыва"),
    ("с. Аскиз", "в с. Аскиз", "Аскизский р-н", "Республика Хакасия"),
    ("с. Эссо", "в с. Эссо", "Быстринский р-н", "Камчатский край"),
    ("с. Лорино", "в с. Лорино", "Чукотский р-н", "Чукотский АО"),
    ("пгт Ванино", "в пгт Ванино", "Ванинский р-н", "Хабаровский край"),
    ("с. Троицкое", "в с. Троицком", "Нанайский р-н", "Хабаровский край"),
    ("с. Ивановка", "в с. Ивановке", "Ивановский р-н", "Амурская обл."),
    ("пгт Ноглики", "в пгт Ноглики", "Ногликский р-н", "Сахалинская обл."),
    ("с. Яр-Сале", "в с. Яр-Сале", "Ямальский р-н", "ЯНАО"),
    ("п. Красное", "в п. Красное", "Заполярный р-н", "НАО"),
    ("с. Ловозеро", "в с. Ловозеро", "Ловозерский р-н", "Мурманская обл."),
    ("с. Лешуконское", "в с. Лешуконском", "Лешуконский р-н", "Архангельская обл."),
    ("с. Агинское", "в с. Агинском", "Агинский р-н", "Забайкальский край"),
    ("с. Кондинское", "в с. Кондинском", "Кондинский р-н", "ХМАО-Югра"),
    ("д. Лямца", "в д. Лямца", "Онежский р-н", "Архангельская обл."),
    ("с. Кавалерово", "в с. Кавалерово", "Кавалеровский округ", "Приморский край"),
]
RURAL_ST15 = [
    "Центральная",
    "Набережная",
    "Школьная",
    "Таёжная",
    "Охотская",
    "Рыбацкая",
    "Оленеводов",
    "Молодёжная",
    "Тундровая",
    "Северная",
]
ORG_ST15 = [
    "ул. Госпитальная",
    "ул. Больничная",
    "ул. Павловича",
    "пр-т Красного Знамени",
    "ул. Краснофлотская",
    "ул. Пирогова",
    "ул. Стадионная",
    "ул. Октябрьская",
]


def _t15(rng: random.Random) -> tuple:
    return rng.choice(TOWNS15)


def _hk15(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 140))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/3", "к2"])
    return h, rng.randint(1, 220)


def addr15(rng: random.Random) -> str:
    """A person's address as people write it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t15(rng)
    st, bare = rng.choice(STREETS15)
    v, _vl, vdist, vreg = rng.choice(RURAL15)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk15(rng)
    n = rng.randint(1, 70)
    rs = rng.choice(RURAL_ST15)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"кв. {k}, д. {h}, {st}, {town}, {reg_ab}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {rs} {n}, {vdist}, {z}",
        lambda: f"{bare_t} {bare} {h} кв {k}",
        lambda: f"{reg_ab} {bare_t} {bare} д.{h} кв.{k}",
        lambda: f"{town}, {st}, {h}, {k}",
        lambda: f"{v} {vdist} {rs} {n}",
        lambda: f"{z} {reg_ab}, {bare_t}, {st} {h}, кв. {k}",
    ]
    return rng.choice(shapes)()


def aloc15(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on; «в» stays outside)."""
    _t, loc, _bare_t, _r, _ra, _i, _c = _t15(rng)
    st, bare = rng.choice(STREETS15)
    _v, vl, vdist, _vr = rng.choice(RURAL15)
    h, k = _hk15(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST15)}, {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare} {h}-{k}",
        ]
    )


def abr15(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _loc, _b, reg, _ra, idx, _c = _t15(rng)
    st, _bare = rng.choice(STREETS15)
    h, k = _hk15(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"кв. {k}, д. {h},\n{st}, {town}",
        ]
    )


def aasr15(rng: random.Random) -> str:
    """An address as a speech recognizer writes it (lower case, numbers in words)."""
    _t, _loc, bare_t, _r, _ra, _i, _c = _t15(rng)
    _st, bare = rng.choice(STREETS15)
    v, _vl, _vd, _vr = rng.choice(RURAL15)
    return rng.choice(
        [
            f"{bare_t.lower()} улица {bare.lower()} дом {cardinal(rng.randint(1, 99))} квартира {cardinal(rng.randint(1, 150))}",
            f"село {v[3:].lower()} улица {rng.choice(RURAL_ST15).lower()} {cardinal(rng.randint(1, 40))}",
            f"{bare_t.lower()} {bare.lower()} {cardinal(rng.randint(1, 99))} квартира {cardinal(rng.randint(1, 150))}",
        ]
    )


def aorg15(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t15(rng)
    st = rng.choice(ORG_ST15)
    n = rng.randint(1, 90)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, стр. {rng.randint(1, 6)}",
            f"{town}, {st}, {n}",
            f"{st}, {n}, {town}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 15: phones (fresh)
OPS15 = [
    "914",
    "924",
    "962",
    "984",
    "999",
    "902",
    "964",
    "908",
    "950",
    "921",
    "911",
    "929",
    "983",
    "991",
]
OP_WORDS15 = {
    "914": "девятьсот четырнадцать",
    "924": "девятьсот двадцать четыре",
    "962": "девятьсот шестьдесят два",
    "984": "девятьсот восемьдесят четыре",
    "999": "девятьсот девяносто девять",
    "902": "девятьсот два",
    "964": "девятьсот шестьдесят четыре",
    "908": "девятьсот восемь",
    "950": "девятьсот пятьдесят",
    "921": "девятьсот двадцать один",
    "911": "девятьсот одиннадцать",
    "929": "девятьсот двадцать девять",
    "983": "девятьсот восемьдесят три",
    "991": "девятьсот девяносто один",
}
NDASH = "–"


def _mob15(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS15), rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)


def mob15(rng: random.Random) -> str:
    op, a, b, c = _mob15(rng)
    return rng.choice(
        [
            f"8 {op} {a}-{b}-{c}",
            f"+7 ({op}) {a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8({op}){a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"7 {op} {a} {b}{c}",
            f"8.{op}.{a}.{b}.{c}",
            f"+7{NDASH}{op}{NDASH}{a}{NDASH}{b}{NDASH}{c}",
            f"8{op}{a}{b}{c}",
            f"8 ({op}) {a} {b} {c}",
            f"+7-{op}-{a}{b}{c}",
        ]
    )


def city15(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t15(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [
            f"({code}) {loc}",
            f"8 ({code}) {loc}",
            f"+7 {code} {loc}",
            f"8-{code}-{loc}",
            f"8 {code} {rest}",
        ]
    )


def local15(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(2, 9)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]
    )


def _pair_words(n: int) -> str:
    return cardinal(n) if n >= 10 else "ноль " + cardinal(n)


def words15(rng: random.Random) -> str:
    """A mobile said partly in words: «восемь девятьсот четырнадцать, 512-34-56»."""
    op, a, b, c = _mob15(rng)
    return rng.choice(
        [
            f"восемь {OP_WORDS15[op]}, {a}-{b}-{c}",
            f"8 {op} {cardinal(a)} {cardinal(b)} {cardinal(c)}",
        ]
    )


def asr15(rng: random.Random) -> str:
    """A mobile fully in words, as a call-centre recognizer writes it."""
    op, a, b, c = _mob15(rng)
    first = rng.choice(["восемь", "плюс семь"])
    return f"{first} {OP_WORDS15[op]} {cardinal(a)} {_pair_words(b)} {_pair_words(c)}"


def brk15(rng: random.Random) -> str:
    op, a, b, c = _mob15(rng)
    return rng.choice([f"+7 {op}\n{a}-{b}-{c}", f"8 ({op}) {a}-\n{b}-{c}", f"8-{op}-\n{a}-{b}-{c}"])


MAIL_DOM15 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "ya.ru",
    "gmail.com",
]
ORG_MAIL15 = [
    "dn@gp3-vl.ru",
    "reg@kb2-yakutsk.ru",
    "info@amurokb.ru",
    "mse25@gbmse.ru",
    "lgota@minzdrav.khabkrai.ru",
    "sanator@sfr27.ru",
    "palliativ@rkb-ulanude.ru",
    "apteka14@farm-sakha.ru",
    "oms@tfoms-kamchatka.ru",
    "priem@okb-arkh.ru",
]


def mail15(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f[0]}",
            f"{f}.{s}",
            f"{s}{rng.randint(60, 99)}",
            f"{f[0]}{s}_{rng.randint(1, 28)}",
            f"{s}-{f}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM15)}"


# ---------------------------------------------------------------- corpus 15: passports (fresh)
OKATO15 = ["05", "08", "10", "64", "30", "44", "77", "98", "81", "76", "93", "95", "71", "11", "47"]
PAS_ORG15 = [
    "УМВД России по Приморскому краю",
    "ОВМ ОМВД России по Нанайскому району",
    "МВД по Республике Саха (Якутия)",
    "ТП УФМС России по Республике Бурятия в Кижингинском районе",
    "УМВД России по Камчатскому краю",
    "МВД по Республике Тыва",
    "ОВМ УМВД России по г. Мурманску",
    "УМВД России по Ненецкому АО",
]


def _pas15(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(OKATO15), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"


def pas15(rng: random.Random) -> str:
    o, y, n = _pas15(rng)
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y}№{n}",
            f"{o}-{y} {n}",
            f"{o}{y} № {n}",
            f"{o}{y}{n}",
            f"{o} {y}  {n}",
        ]
    )


def pas_words15(rng: random.Random) -> str:
    """A passport dictated digit by digit (ASR)."""
    o, y, n = _pas15(rng)
    return " ".join(DIG15[int(ch)] for ch in o + y + n)


DIG15 = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


def kpd15(rng: random.Random) -> str:
    return f"{rng.randint(250, 870)}-{rng.randint(1, 60):03d}"


# ---------------------------------------------------------------- corpus 15: record numbers (fresh)
def eln15(rng: random.Random) -> str:
    """An ЭЛН number: twelve digits (the first «9» or «1» or «2»)."""
    return rng.choice(["9", "1", "2"]) + "".join(str(rng.randint(0, 9)) for _ in range(11))


def brk_mid(s: str) -> str:
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


def rec15(rng: random.Random, kind: str) -> str:
    shapes = {
        "rx": ["######", "0######", "##-######", "#########"],
        "mse_act": ["###.##.##/2026", "####.#.##/2025", "##.###/2026", "ЭА-###-2026"],
        "ipra": ["###.##.##/2026", "####.##.##/2025", "ИПРА-##-######"],
        "put": ["######", "С-######", "##/2026-#####", "СКЛ ######"],
        "skk": ["####", "##/####", "СКК-#####", "###-К/2026"],
        "card": ["ДН/####", "###/@", "##-####/ЭН", "Д-#####", "####-26/КД"],
        "claim": ["УБ-2026-######", "##########-#", "ДМС/###/######", "CL-#######"],
        "portal": ["#########", "ЕПГУ-##########", "####-#####-###", "##########"],
        "sms": ["@##-###", "#%#-@##", "####-@", "%%####"],
        "kusp": ["#####", "####/##", "КУСП-####"],
        "vh": ["####", "вх-#####", "#####/В", "##-##/####"],
        "ippsu": ["####", "##/####-ИП", "ИППСУ-####-26"],
        "ld": ["######", "ЛД-#####", "##/####"],
        "dms": ["###-######-##", "ДМС ##/#######", "##-@-#######"],
        "vu": ["## ## ######", "##########", "## @@ ######"],
        "cert": ["######", "0######", "##/###"],
        "roha": ["#######", "ЛОа ######", "РОХа #######"],
        "ib": ["####/@", "#####-26", "И-####"],
        "vk": ["###", "##/26", "ВК-####", "###-П"],
        "call": ["####", "######", "#####/в"],
        "dog": ["БП-####/26", "##/####-ДП", "ДБП-######"],
        "tal": ["##.####.#####.###", "##.####.######.###"],
        "reg": ["#####", "ОРФ-######", "##-######"],
        "anon": ["@@##-####", "###%-##", "@-######"],
        "tk": ["ТМ-######", "#########", "ТМК/26/#####"],
        "akt": ["####", "###/26", "##-####"],
        "ob": ["ОБ-2026-######", "#######", "Ж-####/26"],
        "eksp": ["ЭКМП-####-26", "##/######", "###-Э"],
        "zap": ["####", "##-##/####", "З-#####"],
        "mig": ["#### #######", "####-#######"],
        "ecert": ["###########-##", "ЭС-########"],
    }
    return shape(rng, rng.choice(shapes[kind]))


# ---------------------------------------------------------------- corpus 15: fillers
ATX15 = [
    "A10BA02",
    "A10AB05",
    "C09AA05",
    "C07AB07",
    "B01AF01",
    "B01AE07",
    "R03AK07",
    "N04BA02",
    "L04AX03",
    "L04AB04",
    "H03AA01",
    "M05BA04",
    "N02AA01",
    "J05AP08",
    "L01XC03",
    "A02BC01",
]
MNN15 = [
    ("метформин", "1000 мг № 60"),
    ("инсулин гларгин", "100 ЕД/мл 3 мл № 5"),
    ("эналаприл", "10 мг № 20"),
    ("бисопролол", "5 мг № 30"),
    ("ривароксабан", "20 мг № 28"),
    ("апиксабан", "5 мг № 60"),
    ("будесонид+формотерол", "160/4,5 мкг/доза 120 доз"),
    ("леводопа+бенсеразид", "200 мг+50 мг № 100"),
    ("метотрексат", "15 мг/0,3 мл № 1"),
    ("левотироксин натрия", "100 мкг № 50"),
    ("алендроновая кислота", "70 мг № 4"),
    ("морфин", "10 мг/мл 1 мл № 10"),
    ("софосбувир+велпатасвир", "400 мг+100 мг № 28"),
    ("тиамазол", "10 мг № 50"),
    ("омепразол", "20 мг № 28"),
]
FORMS15 = [
    "ф. 148-1/у-04 (л)",
    "ф. 107-1/у",
    "ф. 088/у",
    "ф. 070/у",
    "ф. 072/у",
    "ф. 076/у",
    "ф. 086/у",
    "ф. 003-В/у",
    "ф. 002-О/у",
    "ф. 030/у",
    "ф. 025/у",
    "ф. 057/у-04",
    "ф. 079/у",
    "ф. 095/у",
    "ф. 107/у-НП",
]
ORD15 = [
    "приказ Минздрава России № 1094н",
    "приказ Минздрава России № 168н",
    "приказ Минздрава России № 344н",
    "приказ Минтруда России № 585н",
    "приказ Минздрава России № 1144н",
    "приказ Минздрава России № 29н",
    "приказ Минздрава России № 1089н",
    "приказ Минздрава России № 275н",
]
LAW15 = [
    "Федеральный закон № 323-ФЗ",
    "Федеральный закон № 178-ФЗ",
    "Федеральный закон № 181-ФЗ",
    "постановление Правительства РФ № 890",
    "Федеральный закон № 152-ФЗ",
    "ст. 13 Федерального закона № 323-ФЗ",
]
GOST15 = [
    "ГОСТ Р 52623.3-2015",
    "ГОСТ Р 57039-2016",
    "ГОСТ Р 51079-2006",
    "ГОСТ Р ИСО 9999-2019",
    "ГОСТ Р 56819-2015",
]
BUREAU15 = [
    "Бюро № {n} — филиал ФКУ «ГБ МСЭ по Приморскому краю» Минтруда России",
    "бюро МСЭ № {n} (общего профиля) ФКУ «ГБ МСЭ по Республике Саха (Якутия)»",
    "экспертный состав № {n} ФКУ «ГБ МСЭ по Хабаровскому краю»",
    "Бюро № {n} ФКУ «ГБ МСЭ по Мурманской области»",
]
SANAT15 = [
    "санаторий «Шмаковка»",
    "санаторий «Аршан»",
    "санаторий «Кульдур»",
    "санаторий «Паратунка»",
    "санаторий «Ургал»",
    "санаторий «Горячинск»",
    "санаторий «Саяны»",
    "санаторий «Белокуриха»",
]
ORGS15 = [
    "ГБУЗ «Краевая клиническая больница № 2»",
    "ГАУЗ «Республиканская больница № 1 — Национальный центр медицины»",
    "ГБУЗ «Городская поликлиника № 3»",
    "КГБУЗ «Городская больница им. М.И. Шевчук»",
    "ГАУЗ «Амурская областная клиническая больница»",
    "ГБУЗ РБ «Городская поликлиника № 6»",
    "ГБУЗ «Окружная клиническая больница» ЯНАО",
    "ГБУЗ АО «Архангельская областная клиническая больница»",
    "ГБУЗ «Камчатская краевая больница им. А.С. Лукашевского»",
    "ГБУЗ «Магаданская областная больница»",
]


def fillers15(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "h", "e", "n", "m"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "x", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "s", "u", "d", "h", "e", "n", "m", "k", "x", "c"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
    f["p_brk"] = hyphen_break(f["p"])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).upper() for w in f["p"].split()[:2])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    f["bd"] = date(rng, rng.randint(1936, 2004), rng.choice(["dot", "dot", "words", "dot1"]))
    f["bd2"] = date(rng, rng.randint(1945, 2003), "dot")
    f["bdk"] = date(rng, rng.randint(2010, 2022), rng.choice(["dot", "dot", "words"]))
    bds = dt.date(rng.randint(1940, 1999), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_sp"] = fmt_date(rng, bds, rng.choice(["spokenshort", "spoken"]))
    cur = dt.date(2026, 1, 10) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 12))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td_iso"] = cur.isoformat()
    f["tw"] = fmt_date(rng, cur, "words")
    f["tq"] = fmt_date(rng, cur, "quote")
    f["tsh"] = fmt_date(rng, cur, "short")
    later = cur + dt.timedelta(days=rng.randint(3, 25))
    f["tdm"] = fmt_date(rng, later, "dm")
    f["tdd"] = f"{later.day:02d}.{later.month:02d}"
    f["tsp"] = fmt_date(rng, later, "spokendm")
    f["tend"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(90, 400)), "dot")
    f["dold"] = date(rng, rng.randint(2014, 2025), "dot")
    f["dold2"] = date(rng, rng.randint(2014, 2025), rng.choice(["dot", "words"]))
    f["pas_d"] = date(rng, rng.randint(2005, 2025), rng.choice(["dot", "dot", "words", "short"]))
    f["ord_d"] = date(rng, rng.randint(2012, 2024), "dot")
    for i in range(1, 4):
        f[f"a{i}"] = addr15(rng)
        f[f"tm{i}"] = mob15(rng)
    f["al1"], f["al2"] = aloc15(rng), aloc15(rng)
    f["tc1"], f["tc2"] = city15(rng), city15(rng)
    f["a_br"] = abr15(rng)
    f["a_asr"] = aasr15(rng)
    f["ao"], f["ao2"] = aorg15(rng), aorg15(rng)
    f["t_loc"] = local15(rng)
    f["t_w"] = words15(rng)
    f["t_asr"] = asr15(rng)
    f["t_br"] = brk15(rng)
    op, a, b, c = _mob15(rng)
    f["t_glue"] = rng.choice([f"8{op}{a}{b}{c}", f"+7{op}{a}{b}{c}", f"+7({op}){a}-{b}-{c}"])
    f["t800"] = (
        rng.choice(["8-800-", "8 800 ", "8 (800) "])
        + f"{rng.randint(200, 799)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    )
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail15(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail15(rng, f["q_sur"], f["q_first"])
    f["md"] = mail15(rng, f["d_sur"], f["d_first"])
    f["mu"] = mail15(rng, f["u_sur"], f["u_first"])
    f["mo"] = rng.choice(ORG_MAIL15)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas15(rng), pas15(rng)
    f["pas_w"] = pas_words15(rng)
    f["pas_org"] = rng.choice(PAS_ORG15)
    f["kpd"] = kpd15(rng)
    f["pasf"] = shape(rng, rng.choice(["FA#######", "K########", "AA#######", "E#######"]))
    f["pasz"] = shape(rng, "7# #######")
    f["bc"] = bcert(rng)
    f["age"] = str(rng.randint(24, 88))
    f["agek"] = str(rng.randint(3, 16))
    f["tm"] = f"{rng.randint(8, 19):02d}:{rng.choice(['00', '10', '20', '30', '40', '50'])}"
    f["tm_b"] = f"{rng.randint(8, 20):02d}:{rng.choice(['05', '15', '25', '35', '45'])}"
    # record numbers of one person or episode
    f["eln"], f["eln2"], f["eln3"] = eln15(rng), eln15(rng), eln15(rng)
    f["eln_br"] = brk_mid(f["eln"])
    f["eln_sp"] = f"{f['eln2'][:3]} {f['eln2'][3:6]} {f['eln2'][6:9]} {f['eln2'][9:]}"
    f["rx_ser"] = shape(rng, rng.choice(["05-26", "0526", "27 26", "14-26-03", "25 001"]))
    f["rx"], f["rx2"] = rec15(rng, "rx"), rec15(rng, "rx")
    f["rx_join"] = shape(rng, rng.choice(["##-##-######", "####-######", "##########/26"]))
    for key in (
        "mse_act",
        "ipra",
        "put",
        "skk",
        "claim",
        "portal",
        "sms",
        "kusp",
        "vh",
        "ippsu",
        "ld",
        "dms",
        "vu",
        "cert",
        "roha",
        "ib",
        "vk",
        "call",
        "dog",
        "tal",
        "reg",
        "anon",
        "tk",
        "akt",
        "ob",
        "eksp",
        "zap",
        "mig",
        "ecert",
    ):
        f[key] = rec15(rng, key)
    f["mse_prot"] = rec15(rng, "mse_act")
    f["card1"], f["card2"], f["card3"] = rec15(rng, "card"), rec15(rng, "card"), rec15(rng, "card")
    f["card_ocr"] = (
        ocr(f["card2"].replace("0", "О", 1)) if "0" in f["card2"] else ocr(f["card2"]) + "О"
    )
    f["put_br"] = brk_mid(f["put"])
    f["rx_ocr"] = f["rx2"].replace("0", "О").replace("3", "З")
    f["med"] = shape(rng, rng.choice(["######", "0######"]))
    f["med_ser"] = shape(rng, rng.choice(["05", "27", "14", "## @@"]))
    # hard negatives
    f["icd2"] = rng.choice(
        ["I10", "E78.0", "K29.5", "N18.3", "J44.1", "E11.6", "R52.1", "Z51.5", "M54.2"]
    )
    f["atx"], f["atx2"] = rng.sample(ATX15, 2)
    f["mnn"], f["dose"] = rng.choice(MNN15)
    f["mnn2"], f["dose2"] = rng.choice(MNN15)
    f["price"] = f"{rng.randint(1, 48)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    f["price2"] = f"{rng.randint(120, 990)},{rng.randint(10, 99)}"
    f["form"], f["form2"] = rng.sample(FORMS15, 2)
    f["ord"] = rng.choice(ORD15)
    f["law"] = rng.choice(LAW15)
    f["gost"] = rng.choice(GOST15)
    f["lic"] = shape(
        rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####", "ЛО41-010##-##/00######"])
    )
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["innorg"] = shape(
        rng,
        rng.choice(
            [
                "25",
                "27",
                "28",
                "65",
                "41",
                "49",
                "87",
                "14",
                "03",
                "75",
                "17",
                "19",
                "89",
                "86",
                "83",
                "51",
                "29",
            ]
        )
        + "########",
    )
    f["kpp"] = f["innorg"][:4] + shape(rng, "01001")
    f["rs"] = shape(rng, "40###810#####0000###")
    f["ks"] = shape(rng, "30101810#########")
    f["ks"] = f["ks"] + shape(rng, "###")
    f["bik"] = shape(rng, "04####")
    f["bik"] = f["bik"] + shape(rng, "###")
    f["okpo"] = shape(rng, "########")
    f["lp"] = shape(rng, rng.choice(["ЛП-№(00####)-(РГ-RU)", "ЛСР-00####/09", "ЛП-00####"]))
    f["lot"] = shape(rng, rng.choice(["######", "%%####", "####-##"]))
    f["bureau"] = rng.choice(BUREAU15).format(n=rng.randint(1, 24))
    f["sanat"] = rng.choice(SANAT15)
    f["org"], f["org2"] = rng.sample(ORGS15, 2)
    f["cab"] = str(rng.randint(101, 418))
    f["ward"] = str(rng.randint(1, 18))
    f["small"] = str(rng.randint(2, 30))
    f["plate"] = shape(rng, rng.choice(["@###@@ 25", "@###@@ 125", "@###@@ 14", "@###@@ 03"]))
    f["waybill"] = shape(rng, "####")
    f["outno"] = shape(rng, rng.choice(["01-##/####", "####/01-17", "###-12/2026"]))
    f["court"] = shape(rng, rng.choice(["2-####/2026", "М-###/2026", "1-###/2026", "2а-####/2026"]))
    f["otp"] = shape(rng, "####")
    f["queue"] = shape(rng, rng.choice(["@###", "@-##"]))
    f["pct"] = str(rng.randint(40, 90))
    f["days"] = str(rng.randint(5, 45))
    f["serial"] = shape(rng, rng.choice(["######", "%%#######", "SN####-####"]))
    f["vpc"] = shape(rng, "##.####.#")  # ВМП vid code
    f["ksg"] = shape(rng, rng.choice(["st##.###", "ds##.###"]))
    extras15(rng, f)
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map({**fillers15(rng), **extra})


def extras15(rng: random.Random, f: dict) -> None:
    """A few more written forms that the templates need."""
    f["v_name"] = rng.choice(RURAL15)[0]
    o, y, n = _pas15(rng)
    f["pas_sp"] = rng.choice([f"{o} {y} номер {n}", f"{o}{y} номер {n}", f"{o} {y} № {n}"])
    f["court_ud"] = shape(rng, "126010500010#####")
    f["plate_flight"] = shape(rng, rng.choice(["HZ-####", "SU-####", "S7 ####"]))
    for pre in ("p", "q", "c"):
        f[pre + "_aya"] = "ой" if f[pre + "_male"] else "ая"
    f["q_lat"] = " ".join(lat(w).capitalize() for w in f["q"].split()[:2])
    bdi = dt.date(rng.randint(1982, 2004), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_iso"] = bdi.isoformat()
    f["bdy"] = date(rng, rng.randint(2001, 2008), rng.choice(["dot", "words"]))
    f["cls"] = str(rng.randint(1, 11))


# ---------------------------------------------------------------- corpus 15: genres and kinds
# one kind per ICD-10 code: (MKB_CODE, genre, template); every template is used by one kind only
GENRES15: list[tuple[str, str, str]] = [
    (
        "E11.9",
        "контрольная карта диспансерного наблюдения эндокринолога (ф. 030/у)",
        """КОНТРОЛЬНАЯ КАРТА
диспансерного наблюдения                     {form}
Карта [[R:{card1}]]        участок {small}
Ф.И.О.: [[P:{p}]]   Дата рожд.: [[B:{bd}]]
СНИЛС [[S:{sn}]]   полис ОМС [[O:{enp}]]
Адрес: [[A:{a1}]]   тел. [[T:{tm1}]]
Диагноз: {code} {name_l} ({block}), взят{p_a} под ДН [[D:{td1}]].
Приём | дата | HbA1c | назначено
1 | [[D:{td2}]] | 7,{small}% | {mnn} {dose} (АТХ {atx})
2 | [[D:{td4}]] | 6,9% | то же, рецепт серия {rx_ser} № [[R:{rx}]]
Врач-эндокринолог [[P:{d_s}]], каб. {cab}. Следующая явка — [[D:{tdm}]].""",
    ),
    (
        "E10.9",
        "льготный рецепт на инсулин (ф. 148-1/у-04 (л)) с отметкой аптеки",
        """Министерство здравоохранения Российской Федерации
{org}, ОГРН {ogrn}                                   Форма № 148-1/у-04 (л)
РЕЦЕПТ                     Серия {rx_ser}     № [[R:{rx}]]
Дата выписки [[D:{td1}]]
Ф.И.О. пациента [[P:{p}]]
Дата рождения [[B:{bd}]]   СНИЛС [[S:{sn}]]   № полиса ОМС [[O:{enp}]]
Код МКБ-10 {code}   Источник финансирования: федеральный бюджет, 100%
Rp.: {mnn} {dose}
Ф.И.О. врача [[P:{d}]]
--- отпущено по рецепту: аптека ГУП «Фармация», [[D:{td2}]], провизор [[P:{s_s}]]; цена {price2} руб., серия препарата {lot}""",
    ),
    (
        "I11.9",
        "список обзвона медсестры для явки на диспансерный приём",
        """Обзвон ДН — участок {small}, терапевт [[P:{d_s}]], м/с [[P:{s_s}]], [[D:{td1}]]
№ п/п | ФИО | д.р. | телефон | результат
1 | [[P:{p}]] | [[B:{bd}]] | [[T:{tm1}]] | записан{p_a} на [[D:{tdd}]] {tm}, каб. {cab}
2 | [[P:{n}]] | [[B:{bd2}]] | [[T:{tm2}]] | не дозвонились; соседка [[P:{q_io}]] — [[T:{t_loc}]]
3 | [[P:{k_s}]] | [[B:{dold}]] | [[T:{tc1}]] доб. {ext} | уехал на вахту до [[D:{td3}]]
Диагноз у всех: {code} ({name_l}). Основание: {ord} (ДН взрослых).""",
    ),
    (
        "I10",
        "СМС-напоминания о диспансерном приёме и подтверждение записи",
        """SMS от MEDREG
[[D:{td1}]] {tm}: [[P:{p_io}]], напоминаем: ДН у терапевта [[D:{tdd}]] в {tm_b}, каб. {cab}. Код записи [[R:{sms}]]. Отменить: [[T:{t800}]]
[[D:{td2}]] {tm_b}: Ваш код подтверждения {otp}. Никому не сообщайте.
ответ пациента с [[T:{t_glue}]]: «буду»
[[D:{td3}]]: Запись [[R:{sms}]] подтверждена. Возьмите полис [[O:{enp}]] и дневник АД. Диагноз {code}.""",
    ),
    (
        "I20.8",
        "выписка из ЭЛН и продление листка нетрудоспособности на врачебной комиссии",
        """Выписка о листке нетрудоспособности (электронный)
ЭЛН [[R:{eln}]] — первичный, открыт [[D:{td1}]], врач [[P:{d_s}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Место работы: АО «Дальморнефтегеофизика», ИНН {innorg}, КПП {kpp}
Причина 01; код диагноза {code}; продлён ВК протокол [[R:{vk}]] от [[D:{td3}]] до [[D:{td4}]].
Продолжение — ЭЛН
[[R:{eln_br}]]
Председатель ВК [[P:{h_s}]]; связь с пациентом [[T:{tm1}]]""",
    ),
    (
        "I25.1",
        "санаторно-курортная карта (ф. 072/у) кардиологического больного",
        """САНАТОРНО-КУРОРТНАЯ КАРТА № [[R:{skk}]]             ф. 072/у
Выдана [[D:{td1}]] {org}
1. Ф.И.О. [[P:{p}]]  2. Пол {p_sex}  3. Дата рождения [[B:{bd}]]
4. Адрес регистрации [[A:{a1}]]
5. Документ: паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
6. СНИЛС [[S:{sn}]]  7. Путёвка [[R:{put}]] в {sanat}, заезд [[D:{td3}]]
8. Диагноз основной: {code} ({name_l}); сопутств. {icd2}
Лечащий врач [[P:{d_i}]], тел. [[T:{tc1}]]. Карта действительна 2 месяца.""",
    ),
    (
        "I48.0",
        "журнал отсроченного обслуживания аптеки по рецепту на антикоагулянт",
        """Аптека № {small} ГУП «Приморфармация» — журнал неудовлетворённого спроса
запись {small} от [[D:{td1}]]: рецепт {rx_ser} [[R:{rx}]] (ф. 148-1/у-04(л)), {mnn} {dose}, АТХ {atx}
пациент [[P:{p_s}]], тел.[[T:{t_glue}]]
поставлено на отсроченное обслуживание, срок 10 раб. дней; обеспечено [[D:{td3}]]
сообщено по тел. дочери [[P:{q_io}]] [[T:{tm2}]]
Дз {code}. Цена за уп. {price2} руб. Провизор [[P:{s}]]""",
    ),
    (
        "I50.0",
        "журнал активных посещений на дому участковой медсестрой",
        """ЖУРНАЛ АКТИВНЫХ ПОСЕЩЕНИЙ, участок {small}
[[D:{td1}]] — [[P:{p}]], [[A:{a1}]]. Одышка, отёки голеней, вес +2 кг. Вызов врача [[R:{call}]].
[[D:{td2}]] — [[P:{p_s}]]: врач [[P:{d_s}]] на дому, {mnn} {dose}; код ТАП {ksg}
[[D:{td4}]] — повторно, дверь открыл сын [[P:{u_io}]], просил звонить на [[T:{tm1}]].
Ключ у соседей: кв. {ward}. Д-з {code} ({name_l}).""",
    ),
    (
        "I69.3",
        "направление на медико-социальную экспертизу (ф. 088/у)",
        """НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ МЕДИЦИНСКОЙ ОРГАНИЗАЦИЕЙ (форма 088/у)
Протокол ВК [[R:{vk}]] от [[D:{td1}]]
1. Направляется в {bureau}
2. [[P:{p}]]  3. Дата рождения: [[B:{bd}]]  4. Пол: {p_sex}
5. Гражданство: РФ. 6. Адрес: [[A:{a_br}]]
7. Паспорт: серия [[Q:{pas}]], выдан {pas_org} [[D:{pas_d}]]
8. СНИЛС [[S:{sn}]]; законный представитель [[P:{q}]], тел. [[T:{tm1}]]
Клинический диагноз: {code} — {name}; ЭЛН [[R:{eln}]] открыт с [[D:{dold}]]. Цель: установление группы инвалидности.""",
    ),
    (
        "J44.9",
        "сообщение пациента на портале Госуслуг и ответ поликлиники",
        """Госуслуги · Обращение [[R:{portal}]] · [[D:{td1}]] {tm}
От: [[P:{p_fi}]] ([[E:{m1}]])
Здравствуйте. У меня ХОБЛ, закончился ингалятор {mnn}. Прошу выписать рецепт, записаться не могу. Мой телефон [[T:{tm1}]], живу в [[A:{al1}]].
—
Ответ [[D:{td2}]]: Уважаем{p_yi} [[P:{p_io}]]! Рецепт серия {rx_ser} № [[R:{rx}]] оформлен, получить в аптеке № {small}. Дз {code}. Пульмонолог [[P:{d_s}]]. По вопросам: [[E:{mo}]]""",
    ),
    (
        "J45.0",
        "справка в школу о подготовительной группе по физкультуре",
        """СПРАВКА № [[R:{cert}]]
Дана [[P:{c_dat}]], [[B:{bdk}]], учащ{c_ei}ся {cls}-го класса МБОУ СОШ № {ward}
в том, что по состоянию здоровья ({code}, {name_l}) отнесен{c_a} к подготовительной группе
по физической культуре с [[D:{td1}]] по [[D:{tend}]]. Ингалятор {mnn} — при себе.
Мама: [[P:{q}]], [[T:{tm1}]]. Педиатр [[P:{d_s}]]. МП""",
    ),
    (
        "N18.5",
        "заявка на социальное такси для поездок на гемодиализ",
        """В ГАУ СО «КЦСОН» ({ao})
ЗАЯВКА на перевозку социальным такси
Получатель: [[P:{p}]], [[B:{bd}]], инвалид I гр. (справка МСЭ серия МСЭ-2023 № [[R:{cert}]])
Откуда: [[A:{a1}]]
Куда: диализный центр «Нефрос», [[A:{ao2}]]
Дни: пн, ср, пт, {tm}; с [[D:{td1}]]. Д-з {code} ({name_l}). Сопровождает: [[P:{u_fi}]], моб. [[T:{tm2}]]
Личное дело получателя соцуслуг [[R:{ld}]]; ИППСУ [[R:{ippsu}]].""",
    ),
    (
        "G20",
        "ИПРА инвалида: раздел медицинской реабилитации и ТСР",
        """Индивидуальная программа реабилитации или абилитации инвалида
ИПРА [[R:{ipra}]] к протоколу проведения МСЭ [[R:{mse_prot}]] от [[D:{td1}]]
Выдана {bureau}
Ф.И.О. [[P:{p}]]  Дата рождения [[B:{bd}]]  СНИЛС [[S:{sn}]]
Адрес: [[A:{a2}]]  Телефон [[T:{tc1}]]
Мероприятия медицинской реабилитации: {code} {name}; исполнитель — {org}, срок до [[D:{tend}]].
ТСР: трость опорная (ГОСТ Р ИСО 9999-2019, код 12 03 06), ходунки. Руководитель бюро [[P:{e_s}]].""",
    ),
    (
        "G35",
        "жалоба в страховую медицинскую организацию на перебои с препаратом ВЗН",
        """В АО «Страховая компания «СОГАЗ-Мед», Хабаровский филиал
от [[P:{p_gen}]], полис ОМС [[O:{enp}]], проживающ{p_ei} по адресу: [[A:{a1}]], тел. [[T:{tm1}]], e-mail: [[E:{m1}]]
ЖАЛОБА
Я состою в регистре ВЗН ({code}, {name_l}) под номером [[R:{reg}]]. С [[D:{td1}]] не получаю {mnn}. Рецепт [[R:{rx_join}]] не обеспечен.
Прошу провести экспертизу. [[D:{td2}]], подпись.
— рег. № обращения [[R:{ob}]], принято [[D:{td2}]] страховым представителем [[P:{s_s}]]""",
    ),
    (
        "G40.2",
        "медицинское заключение о медицинских противопоказаниях к управлению ТС (ф. 003-В/у)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ
о наличии (об отсутствии) у водителей транспортных средств (кандидатов в водители) медицинских противопоказаний
серия {med_ser} № [[R:{med}]]                 дата выдачи [[D:{td3}]]
1. [[P:{p}]]  2. [[B:{bd}]]
3. Место регистрации: [[A:{a1}]]
4. Категории: B, C. Водительское удостоверение [[R:{vu}]]
Выявлены противопоказания: {code} (эпилепсия) — заключение психиатра-нарколога [[P:{e_s}]], невролога [[P:{d_s}]].
Приказ Минздрава России № 344н. Лицензия {lic}.""",
    ),
    (
        "G30.1",
        "запрос органа опеки о состоянии здоровья подопечного и ответ",
        """Отдел опеки и попечительства администрации Нанайского муниципального района
исх. {outno} от [[D:{td1}]]
Главному врачу {org}
Просим предоставить сведения о состоянии здоровья [[P:{p_gen}]], [[B:{bd}]], проживающ{p_ei} в [[A:{al1}]], в связи с обращением [[P:{q_gen}]] (паспорт [[Q:{pas}]]) об установлении опеки.
Специалист [[P:{m_s}]], [[T:{tc1}]], [[E:{mo}]]
—
вх. [[R:{vh}]] от [[D:{td2}]]. Ответ: диагноз {code} ({name_l}); рекомендовано освидетельствование ВК. Зав. [[P:{h_s}]].""",
    ),
    (
        "F20.0",
        "запрос районного суда и ответ психиатрической больницы",
        """Ленинский районный суд г. Владивостока
дело № {court}
Запрос. Суд просит сообщить, состоит ли [[P:{p}]], [[B:{bd}]], на учёте и находился ли на лечении в {org}.
Судья [[P:{h_s}]]; помощник [[P:{m_fi}]], тел. [[T:{tc1}]]
—
Ответ на вх. [[R:{vh}]]: [[P:{p_s}]] находил{p_sya} на стационарном лечении с [[D:{td1}]] по [[D:{td3}]], история болезни [[R:{ib}]], диагноз по МКБ-10 {code}. Сведения составляют врачебную тайну, предоставлены по ст. 13 Федерального закона № 323-ФЗ.""",
    ),
    (
        "F03",
        "письмо в комплексный центр социального обслуживания о надомном уходе",
        """Директору КГБУ СО «Комплексный центр социального обслуживания населения по Ванинскому району»
Уважаемая [[P:{q_io}]]! Сообщаем, что [[P:{p}]] ([[B:{bd}]], СНИЛС [[S:{sn}]]) нуждается в постороннем уходе: {code}, {name_l}.
Проживает без родственников по адресу [[A:{a1}]]; родственник — [[P:{u_s}]], [[T:{tm1}]].
Прошу включить в систему долговременного ухода. Личное дело [[R:{ld}]].
Участковый терапевт [[P:{d_fi}]], [[T:{tc1}]] (вн. {ext})""",
    ),
    (
        "C50.9",
        "протокол врачебной комиссии о признании пациентки нуждающейся в паллиативной помощи",
        """ПРОТОКОЛ ВК № [[R:{vk}]]                              [[D:{td1}]]
о признании пациента нуждающимся в оказании паллиативной медицинской помощи
Пациентка: [[P:{q}]], [[B:{bd}]], амб. карта [[R:{card1}]]
Адрес: [[A:{a1}]]; контактное лицо [[P:{n_fi}]] — [[T:{tm1}]]
Диагноз: {code} {name}, IV ст. Шкала Карновского {pct}%.
Решение: направить в выездную патронажную службу [[A:{ao}]]; ЭЛН не требуется.
Председатель [[P:{h_s}]], члены [[P:{d_s}]], [[P:{k_s}]]. Основание: {ord}.""",
    ),
    (
        "C34.1",
        "рецепт на наркотический анальгетик (ф. 107/у-НП), выписанный на дому",
        """РЕЦЕПТ ф. 107/у-НП       серия {rx_ser}  [[R:{rx}]]
[[D:{tq}]]
[[P:{p_s}]], возраст {age} лет, полис [[O:{enp}]], № мед. карты [[R:{card1}]]
Rp.: {mnn} {dose}
Выписан на дому в [[A:{al1}]] (вызов [[R:{call}]]).
Получатель в аптеке — жена [[P:{q}]] (паспорт [[Q:{pas}]]). Врач [[P:{d_i}]], тел. [[T:{tm2}]]. Диагноз {code}.""",
    ),
    (
        "C18.7",
        "расшифровка звонка в колл-центр онкодиспансера (ASR)",
        """оператор колл центр онкодиспансера здравствуйте слушаю
пациент здравствуйте это [[P:{p_low}]] меня направили к онкологу
оператор дата рождения
пациент [[B:{bd_sp}]]
оператор номер полиса
пациент [[O:{enp}]]
оператор записываю вас на [[D:{tsp}]] к доктору [[P:{d_low_gen}]] номер записи [[R:{zap}]]
пациент а если не смогу перезвоните жене [[T:{t_asr}]]
оператор хорошо адрес [[A:{a_asr}]] верно диагноз {code_low}""",
    ),
    (
        "C61",
        "заявление о страховом случае по полису страхования от критических заболеваний",
        """В ООО «СК «Дальневосточная страховая» (ИНН {innorg}, р/с {rs}, БИК {bik})
Заявление о наступлении страхового события, убыток [[R:{claim}]]
Застрахованный: [[P:{u}]], [[B:{bd}]], паспорт [[Q:{pas}]] выдан [[D:{pas_d}]] {pas_org}
Полис ДМС/КЗ [[R:{dms}]]. Диагноз установлен [[D:{td1}]]: {code} ({name_l}), гистология [[R:{ib}]].
Выплату прошу перечислить по реквизитам; ИНН физлица [[I:{inn}]].
Контакт: [[T:{tm1}]], [[E:{mu}]]. [[D:{td2}]] /[[P:{u_s}]]/""",
    ),
    (
        "C16.9",
        "справка МСЭ об установлении инвалидности и выписка из акта",
        """ФКУ «ГБ МСЭ по Магаданской области» Минтруда России
СПРАВКА серия МСЭ-2024 № [[R:{cert}]]
Выдана [[P:{p_dat}]], [[B:{bd}]]
Дата выдачи [[D:{td2}]]. Инвалидность первая группа, причина — общее заболевание, на срок до [[D:{tend}]].
Дата проведения МСЭ [[D:{td1}]]; акт [[R:{mse_act}]]; ИПРА [[R:{ipra}]]
Адрес: [[A:{a3}]]
Основное заболевание: {code}. Руководитель бюро [[P:{e_s}]]. ОГРН {ogrn}""",
    ),
    (
        "E66.0",
        "справка о допуске к занятиям в бассейне и в спортивной секции",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о допуске к занятиям физкультурой и спортом № [[R:{cert}]]
[[P:{c}]], [[B:{bdk}]], проживает в [[A:{al1}]]
Группа здоровья: III (д-з {code}, {name_l}, ИМТ {small}). Допущен{c_a} к плаванию, без соревнований.
Действительно до [[D:{tend}]]. Приказ Минздрава России № 1144н.
Врач по спортивной медицине [[P:{d}]]; родитель [[P:{u_s}]] [[T:{tm1}]]""",
    ),
    (
        "E03.9",
        "журнал провизора о льготном отпуске лекарств",
        """ООО «Аптека-Сахалин», аптечный пункт № {small}, лицензия {lic}
Дата | Рецепт (серия/№) | Пациент | МНН | Кол-во
[[D:{td1}]] | {rx_ser} / [[R:{rx}]] | [[P:{p_s}]] | {mnn} | 2 уп.
[[D:{td2}]] | {rx_ser} / [[R:{rx2}]] | [[P:{n_s}]] | {mnn2} | 1 уп.
[[D:{td3}]] | отказ, рецепт просрочен | [[P:{k_s}]] | — | —
ЛП {lp}; код {code}; АТХ {atx}. Отпустил [[P:{s}]].""",
    ),
    (
        "E05.0",
        "закрытие ЭЛН и ответ на запрос Социального фонда о страховом случае",
        """Запрос Отделения СФР по Амурской области № {outno} от [[D:{td1}]]
о ЭЛН [[R:{eln_sp}]] застрахованного лица [[P:{p}]], СНИЛС [[S:{sn}]]
—
Сообщаем: ЭЛН выдан [[D:{td1}]], закрыт [[D:{td2}]] «приступить к работе» с [[D:{td3}]]. Диагноз {code} ({name_l}).
Продолжение — ЭЛН [[R:{eln3}]]. Лечащий врач [[P:{d_s}]]. Тел. для связи [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        "M05.8",
        "справка для получения путёвки на санаторно-курортное лечение (ф. 070/у)",
        """СПРАВКА № [[R:{cert}]] для получения путёвки на санаторно-курортное лечение
(форма № 070/у)
1. Выдана [[D:{td1}]]   2. {org}, ИНН {innorg}
3. [[P:{p}]]   4. Пол {p_sex}   5. [[B:{bd}]]
6. Регистрация: [[A:{a_br}]]
7. СНИЛС [[S:{sn}]]   8. Код льготы 083
9. Д-з: {code} ({name_l}). Рекомендованный курорт: Кульдур, сезон любой.
Врач [[P:{d_s}]]; зав. отделением [[P:{h_s}]]""",
    ),
    (
        "M45",
        "путёвка Социального фонда в санаторий и обратный талон",
        """ПУТЁВКА №
[[R:{put_br}]]
в {sanat}, срок с [[D:{td3}]] по [[D:{td5}]] (21 день). Стоимость {price} руб. оплачена СФР.
Ф.И.О. [[P:{p_up}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Отрывной талон — в ОСФР по Хабаровскому краю, ОКПО {okpo}.
Обратный талон: лечение завершено [[D:{td5}]], д-з {code}, рекомендовано наблюдение ревматолога [[P:{d_i}]]. Тел. санатория [[T:{tc1}]]""",
    ),
    (
        "M17.1",
        "маршрутный лист реабилитации после эндопротезирования коленного сустава",
        """МАРШРУТНЫЙ ЛИСТ № [[R:{card1}]] — 2-й этап медицинской реабилитации
Пациент [[P:{p_s}]] ([[B:{bd}]]), Т/о ТЭП правого коленного сустава [[D:{td1}]] (имплант REF {serial})
Д-з: {code} — {name_l}; Z96.6.
Реабилитационный центр «Амурская здравница», [[A:{ao}]]; поступление [[D:{td2}]], ШРМ 3.
ЛФК каб. {cab} — инструктор [[P:{s_s}]]; МДРК [[P:{d_s}]], [[P:{k_s}]].
Телефон пациента: [[T:{t_br}]]""",
    ),
    (
        "M81.0",
        "выписка из регионального регистра остеопороза и обзвон после перелома",
        """Регистр «Остеопороз — Якутия», пациентка [[R:{reg}]]
[[P:{q}]], [[B:{bd}]], ЕНП [[O:{enp}]]
Место жительства: [[A:{a1}]]
Индекс FRAX {pct}%, Т-критерий −3,1; {code} {name}.
Звонки: [[D:{td1}]] — [[T:{tm1}]] не отвечает; [[D:{td2}]] — родственник [[P:{n_io}]] ([[T:{tm2}]]): пациентка в с. Намцы до [[D:{td4}]].
Назначена {mnn} {dose} (АТХ {atx}). Координатор [[P:{s_fi}]]""",
    ),
    (
        "K74.6",
        "заявка на включение в лист ожидания трансплантации печени",
        """В НМИЦ трансплантологии и искусственных органов им. ак. В.И. Шумакова
Заявка [[R:{tk}]] от [[D:{td1}]] (телемедицинская консультация)
[[P:{p}]], [[B:{bd}]], рост 172, вес 64, группа крови B(III) Rh+
СНИЛС [[S:{sn}]], полис [[O:{enp}]], паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]], контакт [[T:{tm1}]]; родственник [[P:{q_s}]] [[T:{tm2}]]
{code} — {name}; MELD 21, Child-Pugh C. Талон ВМП [[R:{tal}]]. Гастроэнтеролог [[P:{d_i}]], [[E:{md}]]""",
    ),
    (
        "K25.7",
        "журнал предрейсовых медицинских осмотров с отстранением водителя",
        """ЖУРНАЛ предрейсовых медицинских осмотров — ООО «Сахалинские автобусные линии», ОГРН {ogrn}
Дата/время | ФИО | д.р. | АД | допуск | подпись
[[D:{td1}]] {tm} | [[P:{p_s}]] | [[B:{bd}]] | 125/80 | допущен | [[P:{s_sur}]]
[[D:{td1}]] {tm_b} | [[P:{n_s}]] | [[B:{bd2}]] | 140/95, боль в эпигастрии ({code}) | НЕ допущен | [[P:{s_sur}]]
Путевой лист № {waybill}, автобус {plate}. Направлен к терапевту, справка [[R:{cert}]]. Медработник [[P:{s}]] (лицензия {lic})""",
    ),
    (
        "K50.1",
        "протокол врачебной комиссии о назначении генно-инженерного биологического препарата",
        """ПРОТОКОЛ заседания ВК {org} № [[R:{vk}]], [[D:{td2}]]
Пациент [[P:{p}]], [[B:{bd}]], а/к [[R:{card1}]], СНИЛС [[S:{sn}]]
Д-з {code} {name_l}, CDAI 310, неэффективность азатиоприна.
Решение: инициировать {mnn} (АТХ {atx}), ЛП {lp}; рецепт через ЛЛО, серия {rx_ser} № [[R:{rx}]] от [[D:{td3}]].
Председатель [[P:{h_i}]]; секретарь [[P:{s_i}]]; телефон пациента [[T:{tm1}]]""",
    ),
    (
        "K51.9",
        "переписка пациента с врачом в чате телемедицинского сервиса",
        """Чат «Доктор рядом», консультация [[R:{tk}]]
[{tm}] [[P:{p_fi}]]: Добрый день, доктор. Опять кровь в стуле, месалазин пью.
[{tm_b}] Гастроэнтеролог [[P:{d_io}]]: Здравствуйте. Когда последняя колоноскопия?
[{tm_b}] [[P:{p_first}]]: [[D:{dold}]] в Южно-Сахалинске, протокол [[R:{ib}]]
[{tm_b}] [[P:{d_io}]]: Сдайте кальпротектин, направление [[R:{zap}]] во вкладке. Дз {code}. Если хуже — звоните [[T:{tc1}]] или 103.""",
    ),
    (
        "B18.2",
        "направление в центр лечения гепатита и лист ожидания противовирусной терапии",
        """Лист ожидания ПВТ ({code}, {name_l}) — Краевой гепатологический центр, [[A:{ao}]]
Позиция {small}: [[P:{p}]], [[B:{bd}]], ЕНП [[O:{enp}]], генотип 3a, F3
Направление [[R:{zap}]] от [[D:{td1}]] терапевта [[P:{d_s}]]
Схема: {mnn} {dose}, стоимость курса {price} руб. (региональный бюджет)
Контакт: [[T:{tm1}]]; e-mail [[E:{m1}]]; анонимный код не применяется.""",
    ),
    (
        "B20",
        "медицинское освидетельствование иностранного гражданина в миграционном центре",
        """ЕДИНЫЙ МИГРАЦИОННЫЙ ЦЕНТР — МЕДИЦИНСКОЕ ОСВИДЕТЕЛЬСТВОВАНИЕ
Заявление [[R:{zap}]] от [[D:{td1}]]
Ф.И.О. (лат.): [[P:{fl1}]]; национальный паспорт [[Q:{pasf}]]
Миграционная карта [[R:{mig}]]; телефон [[T:{tm1}]]
Адрес пребывания: [[A:{a1}]]
Результат: выявлено заболевание {code} ({name_l}), информация передана в Роспотребнадзор; заключение [[R:{akt}]].
Врач-инфекционист [[P:{d_s}]]. Приказ Минздрава России № 1079н.""",
    ),
    (
        "A15.0",
        "заявление в суд о госпитализации в недобровольном порядке больного заразной формой туберкулёза",
        """В Кызылский городской суд Республики Тыва
Административный истец: ГБУЗ РТ «Противотуберкулёзный диспансер», ИНН {innorg}, [[A:{ao}]], тел. [[T:{tc1}]]
Административный ответчик: [[P:{p}]], [[B:{bd}]], зарегистрирован{p_a} в [[A:{al1}]], паспорт [[Q:{pas}]]
ЗАЯВЛЕНИЕ о госпитализации в недобровольном порядке (ст. 10 Федерального закона № 77-ФЗ)
Ответчик страдает {code} ({name_l}), МБТ+ с [[D:{td1}]], от лечения уклоняется, карта ДН [[R:{card1}]].
Сообщение в полицию зарегистрировано в КУСП [[R:{kusp}]] от [[D:{td2}]].
Представитель по доверенности [[P:{m_s}]], [[T:{tm2}]]""",
    ),
    (
        "A16.2",
        "журнал контролируемого приёма противотуберкулёзных препаратов в фельдшерско-акушерском пункте",
        """ФАП {v_name} — журнал контролируемой химиотерапии (DOT)
Пациент [[P:{p_s}]] ({code}), карта [[R:{card3}]]
Схема: {mnn} {dose}; изониазид 0,3; АТХ {atx}
[[D:{td1}]] — принял при фельдшере [[P:{x_s}]]
[[D:{td2}]] — не явился; выезд на дом [[A:{a1}]], со слов брата [[P:{u_io}]] — на рыбалке
[[D:{td3}]] — принял; тел. фтизиатра района [[T:{tc1}]]""",
    ),
    (
        "L40.0",
        "обращение в ТФОМС на отказ в генно-инженерной терапии и ответ фонда",
        """ТФОМС Камчатского края — Портал обращений
Номер обращения: [[R:{ob}]]
Заявитель: [[P:{p_fi}]], ЕНП [[O:{enp}]], [[E:{m1}]], [[T:{t_glue}]]
Текст: «Диагноз {code}, PASI 24. Поликлиника [[D:{td1}]] отказала в ГИБП, ссылаясь на {ord}».
Ответ от [[D:{td2}]]: проведена экспертиза качества, акт ЭКМП [[R:{eksp}]], нарушения выявлены (код 3.2.1), МО применена финансовая санкция. Специалист [[P:{s_s}]], [[T:{tc2}]]""",
    ),
    (
        "L20.8",
        "медицинская справка для ребёнка, отъезжающего в детский лагерь (ф. 079/у)",
        """МЕДИЦИНСКАЯ СПРАВКА (ф. 079/у) № [[R:{cert}]]
на ребёнка, отъезжающего в санаторно-оздоровительный лагерь «Океан»
[[P:{c}]], [[B:{bdk}]]; свидетельство о рождении [[C:{bc}]]
Адрес: [[A:{a2}]]
Аллерголог: {code} ({name_l}), ремиссия; эмоленты, {mnn2} — не применять. Контакт с инфекциями за 21 день нет.
Прививки по календарю. Мать [[P:{q_s}]], [[T:{tm1}]]. Педиатр [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        "H40.1",
        "медицинское заключение для получения лицензии на оружие (ф. 002-О/у)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии медицинских противопоказаний к владению оружием
Серия {med_ser} № [[R:{med}]]             Дата выдачи: [[D:{td2}]]
[[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]], адрес: [[A:{a1}]]
Офтальмолог: {code} ({name_l}), ВГД 22/23 на фоне капель; острота зрения с коррекцией 0,8/0,7 — годен.
Разрешение РОХа [[R:{roha}]] (продление). Химико-токсикологическое исследование [[R:{akt}]] от [[D:{td1}]] — отриц.
{org2}, лицензия {lic}""",
    ),
    (
        "H25.1",
        "лист ожидания плановой операции по удалению катаракты и СМС-приглашение",
        """ЛИСТ ОЖИДАНИЯ — офтальмологическое отделение, позиция {small}
[[P:{p_s}]] | [[B:{bd}]] | {code} OD | направление [[R:{zap}]] | тел. [[T:{tm1}]]
Плановая дата госпитализации: [[D:{td4}]], КСГ {ksg}
—
SMS [[D:{td2}]]: [[P:{p_io}]], Вас приглашают на операцию [[D:{tdm}]], палата {ward}. Подтвердите ответом «ДА». Номер в очереди {queue}. Ваш номер записи [[R:{sms}]].""",
    ),
    (
        "H35.3",
        "обращение в колл-центр ТФОМС по интравитреальным инъекциям (ASR)",
        """звонок тфомс линия один
оператор фонд обязательного медицинского страхования как к вам обращаться
абонент [[P:{p_low}]]
оператор ваш номер полиса
абонент [[O:{enp}]]
абонент мне в глазном сказали ждать уколы до [[D:{tsp}]] а у меня макула {code_low}
оператор регистрирую обращение номер [[R:{ob}]] перезвоним на [[T:{t_asr}]]
абонент проживаю [[A:{a_asr}]]""",
    ),
    (
        "H90.3",
        "электронный сертификат на слуховые аппараты по ИПРА",
        """Отделение СФР по Сахалинской области
Уведомление о выдаче электронного сертификата
[[P:{p}]], СНИЛС [[S:{sn}]]; ИПРА [[R:{ipra}]] от [[D:{td1}]]
Сертификат [[R:{ecert}]] на ТСР: слуховой аппарат цифровой заушный сверхмощный, 2 шт. (код 23-01-04), сумма {price} руб.
Д-з: {code} ({name_l}), IV ст. Срок действия до [[D:{tend}]].
Карта «Мир» получателя — сертификат привязан. Специалист [[P:{m_s}]], [[T:{t800}]]""",
    ),
    (
        "D50.9",
        "справка о перенесённом заболевании для школы (ф. 095/у)",
        """Справка ф. 095/у серия {med_ser} [[R:{cert}]]
Учащ{c_ii}ся [[P:{c_s}]], [[B:{bdk}]], школа № {ward}, класс {cls}
болел{c_a} с [[D:{td1}]] по [[D:{td3}]]; диагноз {code} (ферритин 6 нг/мл); освобождение от физкультуры до [[D:{td5}]].
Врач [[P:{d_s}]] / МП. Мама: [[P:{q_io}]] [[T:{tm1}]]""",
    ),
    (
        "D66",
        "дневник домашних инфузий фактора VIII и журнал выдачи препарата",
        """ДНЕВНИК ПРОФИЛАКТИКИ — [[P:{c}]], [[B:{bdk}]], вес 38 кг
Регистр гемофилии (ВЗН) [[R:{reg}]]; д-з {code}
Дата | Доза МЕ | серия флакона | причина
[[D:{td1}]] | 1000 | {lot} | профилактика
[[D:{td2}]] | 1500 | {lot} | кровоизлияние в колено
Выдача в аптеке ГБУЗ: рецепт [[R:{rx_join}]], октоког альфа 1000 МЕ № 6, цена {price} руб.
Отец [[P:{u}]], [[T:{tm1}]]; гематолог [[P:{d_s}]]""",
    ),
    (
        "D61.9",
        "заключение врачебной комиссии о нуждаемости в постороннем уходе для социальной защиты",
        """ЗАКЛЮЧЕНИЕ ВК № [[R:{vk}]] от [[D:{td2}]]
о нуждаемости в постоянном постороннем уходе
[[P:{p}]] ([[B:{bd}]]), СНИЛС [[S:{sn}]], проживает: [[A:{a3}]]
Заболевание: {code}, {name_l}; трансфузионная зависимость.
Выдано для представления в Министерство социальной защиты; уход осуществляет [[P:{q}]], паспорт [[Q:{pas2}]], СНИЛС [[S:{sn2}]].
Председатель ВК [[P:{h_s}]]""",
    ),
    (
        "E84.0",
        "жалоба родителей в прокуратуру на лекарственное обеспечение ребёнка",
        """Прокурору Чукотского автономного округа
от [[P:{q_gen}]], проживающей: [[A:{a1}]], тел. [[T:{tm1}]], [[E:{m2}]]
Мой ребёнок [[P:{c_s}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], болеет {code} ({name_l}), инвалид (ИПРА [[R:{ipra}]]).
С [[D:{td1}]] не выдаётся {mnn}; рецепт [[R:{rx}]] не обеспечен, обращение в Депздрав [[R:{ob}]] без ответа.
Прошу принять меры. [[D:{td3}]]. [[P:{q_s}]]""",
    ),
    (
        "G12.2",
        "акт передачи аппарата ИВЛ на дом паллиативному пациенту",
        """АКТ приёма-передачи медицинского изделия в безвозмездное пользование
к договору [[R:{dog}]] от [[D:{td1}]]
Ссудодатель: {org}, ОГРН {ogrn}, КПП {kpp}
Ссудополучатель: [[P:{p}]] ({code} — {name_l}) в лице [[P:{q_gen}]], паспорт [[Q:{pas}]], код подразделения {kpd}
Изделие: аппарат ИВЛ неинвазивной, зав. № {serial}, инв. № {okpo}; ГОСТ Р 56819-2015.
Адрес установки: [[A:{a1}]]. Выездная служба: [[T:{tc1}]], медсестра [[P:{s_fi}]] [[T:{tm2}]]""",
    ),
    (
        "G80.1",
        "направление ребёнка-инвалида в реабилитационный центр и путёвка",
        """Направление на курс реабилитации № [[R:{zap}]]
Ребёнок-инвалид [[P:{c}]], [[B:{bdk}]], СНИЛС [[S:{sn}]]
Законный представитель [[P:{q}]], [[T:{tm1}]]; адрес [[A:{a2}]]
Диагноз {code}: {name_l}; GMFCS III. ИПРА [[R:{ipra}]].
Путёвка
[[R:{put}]] в ГАУ «Реабилитационный центр для детей «Аманат», заезд [[D:{td4}]], каб. {cab}.
Невролог [[P:{d_s}]]""",
    ),
    (
        "Q90.0",
        "медицинская карта ребёнка для дошкольной организации (ф. 026/у)",
        """МЕДИЦИНСКАЯ КАРТА РЕБЁНКА для образовательных учреждений   ф. 026/у
№ [[R:{card1}]]
Фамилия, имя [[P:{c_fi}]]   Дата рождения [[B:{bdk}]]
Домашний адрес [[A:{a1}]]
Мать [[P:{q}]], место работы МАДОУ № {ward}, тел. [[T:{tm1}]]; отец [[P:{u}]], [[T:{tm2}]]
Диагноз: {code} {name_l}; ВПС оперирован [[D:{dold}]]. Группа здоровья V. Рекомендован ТПМПК.
Педиатр [[P:{d_s}]]""",
    ),
    (
        "F84.0",
        "заявление в управление социальной защиты о компенсации за тьюторское сопровождение и ответ",
        """Заявление
Я, [[P:{q}]], паспорт серия [[Q:{pas_sp}]] выдан [[D:{pas_d}]], ИНН [[I:{inn}]], прошу компенсировать расходы на услуги тьютора для [[P:{c_gen}]] ({code}), СНИЛС ребёнка [[S:{sn}]].
Реквизиты для перечисления приложены.
—
УСЗН Северодвинска: вх. [[R:{vh}]]. Решение от [[D:{td2}]] — отказ (основание: {law}). Исполнитель [[P:{m_s}]], [[T:{tc1}]]""",
    ),
    (
        "E76.0",
        "извещение о включении в федеральный регистр орфанных заболеваний",
        """ИЗВЕЩЕНИЕ о пациенте с орфанным заболеванием (включение в регистр)
Рег. номер в регистре: [[R:{reg}]]
1. [[P:{c}]] 2. [[B:{bdk}]] 3. СНИЛС [[S:{sn}]] 4. полис [[O:{enp}]]
5. Место жительства: [[A:{a2}]]
6. Диагноз: {code} — {name}; подтверждён генетически [[D:{td1}]]
7. Ферментозаместительная терапия: ларонидаза (АТХ A16AB05), доза 100 ЕД/кг еженедельно
8. Представитель: [[P:{q_s}]], [[T:{tm1}]]. Заполнил [[P:{d_fi}]], [[D:{td2}]]""",
    ),
    (
        "T90.5",
        "запрос следователя о медицинских документах потерпевшего и сопроводительное письмо",
        """СЛЕДСТВЕННЫЙ ОТДЕЛ ПО Г. МАГАДАН СУ СК РОССИИ ПО МАГАДАНСКОЙ ОБЛАСТИ
исх. {outno}
Главврачу {org}
В производстве находится уголовное дело № {court_ud}. Прошу предоставить заверенные копии медицинской карты потерпевш{p_ei} [[P:{p_gen}]], [[B:{bd}]], госпитализированн{p_ogo} [[D:{td1}]] (ист. болезни [[R:{ib}]]).
Следователь [[P:{m_s}]], [[T:{tm2}]]
—
Сопроводительное: вх. [[R:{vh}]] от [[D:{td2}]], направлены копии на {small} листах. Д-з {code} ({name_l}).""",
    ),
    (
        "S72.0",
        "сигнальный лист СМП и активный вызов участкового врача",
        """СИГНАЛЬНЫЙ ЛИСТ станции скорой медицинской помощи
Карта вызова [[R:{call}]] от [[D:{td1}]], бригада {ward}
Пациент [[P:{p}]], {age} л., упал{p_a} дома
Адрес вызова: [[A:{a1}]], подъезд 2, код домофона {otp}
Диагноз СМП: {code} ({name_l}); доставлен{p_a} в травматологию, отказ от госпитализации оформлен.
Актив в поликлинику на [[D:{td2}]]. Звонил: [[P:{u_fi}]] [[T:{tm1}]]. Фельдшер [[P:{x_s}]]""",
    ),
    (
        "T93.1",
        "акт экспертизы качества медицинской помощи страховой компании по жалобе",
        """АКТ ЭКМП № [[R:{eksp}]]
СМО: ООО «Капитал МС» — филиал в Республике Бурятия; эксперт качества [[P:{e}]]
Застрахованное лицо: [[P:{p}]], полис [[O:{enp}]]
Случай: {org}, амб. карта [[R:{card1}]], период [[D:{td1}]] — [[D:{td3}]]
Основание: жалоба [[R:{ob}]]. Д-з {code}; сопутствующий {icd2}.
Выявлено: не направлен на реабилитацию в срок. Код дефекта 3.2.3. Сумма неоплаты {price2} руб.""",
    ),
    (
        "Z94.0",
        "журнал выдачи иммуносупрессоров реципиентам почки",
        """Центральная районная аптека · выдача иммуносупрессоров (ВЗН) · [[D:{td1}]]
Реципиент                | рецепт              | препарат
[[P:{p_s}]]                 | {rx_ser} [[R:{rx}]] | такролимус 1 мг № 60
[[P:{n_s}]]                 | {rx_ser} [[R:{rx2}]] | {mnn} {dose}
[[P:{k_s}]] (получил сын [[P:{u_s}]], паспорт [[Q:{pas}]])  | [[R:{rx_ocr}]] | микофенолат 500 мг
Код МКБ {code}; АТХ {atx}, {atx2}. Склад: накладная № {waybill}. Фармацевт [[P:{s_s}]]""",
    ),
    (
        "Z99.2",
        "письмо о гостевом диализе в другом регионе",
        """Заведующему диализным центром ООО «Нефролайн-Архангельск», [[E:{mo}]]
Просим принять на гостевой гемодиализ пациента [[P:{p_gen}]], [[B:{bd}]], полис ОМС [[O:{enp}]], с [[D:{td3}]] по [[D:{td5}]] (отпуск у родственников в [[A:{al1}]]).
Диагноз {code}, программный ГД 3 р/нед, сухой вес 71 кг. HBsAg, анти-HCV отриц. от [[D:{td1}]].
Пациент на связи: [[T:{t_br}]]. Наш центр: [[T:{tc1}]], врач [[P:{d}]].""",
    ),
    (
        "Z96.6",
        "медицинское заключение о допуске к выполнению нормативов ГТО",
        """Медицинское заключение № [[R:{cert}]] о допуске к выполнению нормативов комплекса ГТО
[[P:{p_fi}]], [[B:{bd}]], УИН участника ГТО [[R:{reg}]]
Ограничения: {code} (эндопротез ТБС с [[D:{dold}]]) — бег, прыжки исключить; плавание и скандинавская ходьба разрешены.
Основание: {ord}. Врач ЛФК [[P:{d_s}]]; клиника «Медис-Север», [[A:{ao}]], [[T:{tc1}]]""",
    ),
    (
        "N04.0",
        "медицинский отвод от профилактических прививок",
        """МЕДИЦИНСКИЙ ОТВОД от профилактических прививок
Выдан [[D:{td1}]] (ВК [[R:{vk}]])
Ребёнку: [[P:{c}]], [[B:{bdk}]], ИНН [[I:{inn}]]
Причина: {code} ({name_l}) на фоне терапии преднизолоном 30 мг/сут.
Отвод от живых вакцин до [[D:{tend}]]. Сертификат прививок ф. 156/у-93 — запись сделана.
Мать [[P:{q_fi}]], [[T:{tm1}]]; нефролог [[P:{d_s}]]""",
    ),
    (
        "I63.5",
        "телефонограмма в поликлинику о выписке пациента после инсульта",
        """ТЕЛЕФОНОГРАММА № [[R:{akt}]]
Из: РСЦ {org}, [[T:{tc1}]]    Кому: поликлиника по месту жительства
Передал{d_a}: [[P:{d_s}]], [[D:{td3}]] в {tm}; принял{s_a}: [[P:{s_s}]]
Выписан{p_a} [[P:{p}]], [[B:{bd}]], проживает [[A:{a1}]], тел. дочери [[T:{tm2}]].
Д-з {code} — {name_l}; mRS 3. ЭЛН [[R:{eln}]] продолжается. Патронаж на [[D:{td4}]]. Реабилитация 3-го этапа — направление [[R:{zap}]].""",
    ),
    (
        "I21.0",
        "программа льготного обеспечения лекарствами после инфаркта миокарда (ДЛО 2 года)",
        """Реестр ДЛО «Сердечно-сосудистые» (пост. Правительства РФ) — карточка участника
Участник [[R:{reg}]] · включён [[D:{td1}]] · окончание [[D:{tend}]]
[[P:{p}]] | [[B:{bd}]] | СНИЛС [[S:{sn}]] | [[T:{tm1}]]
Событие: {code} {name_l}, ЧКВ [[D:{dold}]]
Выписано: серия {rx_ser} № [[R:{rx}]] — {mnn} {dose}; № [[R:{rx2}]] — {mnn2} {dose2}
Кардиолог [[P:{d_s}]], каб. {cab}""",
    ),
    (
        "I05.0",
        "талон на оказание высокотехнологичной медицинской помощи",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:{tal}]]
Пациент: [[P:{p}]] [[B:{bd}]]
СНИЛС: [[S:{sn}]]  Полис: [[O:{enp}]]
Документ, удостоверяющий личность: паспорт гражданина РФ [[Q:{pas}]]
Адрес: [[A:{a_br}]]
Вид ВМП {vpc}, диагноз {code} ({name_l}); МО: ФЦССХ г. Хабаровск, [[A:{ao}]]
Дата оформления [[D:{td2}]], плановая госпитализация [[D:{td5}]]. Ответственный [[P:{m_s}]] [[T:{tc1}]]""",
    ),
    (
        "D69.3",
        "справка об отказе в допуске к соревнованиям по единоборствам",
        """Клуб «Сибирский медведь» — тренеру [[P:{k_io}]]
Справка [[R:{cert}]]: [[P:{c_s}]], [[B:{bdk}]], к тренировкам и соревнованиям по дзюдо НЕ допущен{c_a}: {code} ({name_l}), тромбоциты 38·10^9/л.
Повторный осмотр [[D:{td4}]]. Врач [[P:{d}]], {org2}. Вопросы — [[T:{tc2}]] или папе [[P:{u_fi}]] [[T:{tm1}]]""",
    ),
    (
        "E22.0",
        "протокол телемедицинской консультации с федеральным центром",
        """ПРОТОКОЛ ТМК «врач — врач» [[R:{tk}]]
Запрашивающая МО: {org}; врач [[P:{d}]], [[E:{md}]]
Консультирующая МО: ФГБУ «НМИЦ эндокринологии» Минздрава России; консультант [[P:{fl2}]] (Dr.)
Пациент: [[P:{p_s}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
{code} — {name}: ИФР-1 3,1 ВГН, аденома 14×11 мм. Рекомендовано: транссфеноидальная аденомэктомия, талон ВМП оформить.
Дата проведения [[D:{td2}]]. Пациент информирован по [[T:{tm1}]].""",
    ),
    (
        "E23.0",
        "ответ на запрос военного комиссариата о состоянии здоровья призывника",
        """Военному комиссару г. Абакана
На запрос исх. {outno} от [[D:{td1}]] (вх. [[R:{vh}]])
Призывник [[P:{u}]], [[B:{bdy}]], личный номер [[R:{zap}]], наблюдается с [[D:{dold}]]: {code} ({name_l}), заместительная терапия.
Адрес: [[A:{a2}]]. Медицинские документы приложены ({small} л.).
Зам. главврача [[P:{h_s}]]; исп. [[P:{s_s}]], [[T:{tc1}]]""",
    ),
    (
        "E27.1",
        "экстренная карточка пациента с надпочечниковой недостаточностью",
        """!!! EMERGENCY / ЭКСТРЕННАЯ КАРТА !!!
Я — [[P:{p}]] / [[P:{p_lat}]], [[B:{bd}]]
У меня {code} ({name_l}). При рвоте, травме, без сознания — ввести гидрокортизон 100 мг в/м!
Паспорт [[Q:{pas}]], загранпаспорт [[Q:{pasz}]]
Экстренный контакт: [[P:{q_fi}]] [[T:{tm1}]]; эндокринолог [[P:{d_s}]] [[T:{tc1}]]
Карта № [[R:{card2}]], выдана [[D:{td1}]]""",
    ),
    (
        "M32.1",
        "заключение врачебной комиссии о переводе на лёгкий труд для работодателя",
        """ЗАКЛЮЧЕНИЕ ВК № [[R:{vk}]]
Выдано [[P:{p_dat}]], [[B:{bd}]], работающ{p_omu} в ПАО «ГМК «Норникель» (Заполярный филиал), табельный № [[R:{ld}]],
в том, что по состоянию здоровья ({code}) нуждается в переводе на работу без инсоляции, переохлаждения и ночных смен с [[D:{td2}]] по [[D:{tend}]].
ЭЛН [[R:{eln}]] закрыт [[D:{td1}]]. Председатель ВК [[P:{h_s}]]. Приказ Минздрава России № 29н.""",
    ),
    (
        "M34.0",
        "письмо-ходатайство в благотворительный фонд об оплате лечения",
        """В благотворительный фонд «Северное сияние», [[E:{mo}]]
Ходатайство
Наша пациентка [[P:{q}]], [[B:{bd}]], проживающая в [[A:{al2}]], страдает {code} ({name_l}).
Просим оплатить курс {mnn} (стоимость {price} руб.); реквизиты аптеки: ИНН {innorg}, р/с {rs}, к/с {ks}.
Телефон пациентки [[T:{t_w}]]. Ревматолог [[P:{d}]], [[T:{tc1}]]. Исх. {outno} от [[D:{td2}]]""",
    ),
    (
        "G70.0",
        "карта вызова скорой помощи при миастеническом кризе",
        """КАРТА ВЫЗОВА СМП № [[R:{call}]]   [[D:{td1}]]   приём {tm}, выезд {tm_b}
Адрес: [[A:{a1}]]
Вызывает: [[P:{u}]] (муж), [[T:{tm1}]]
Больн{p_aya}: [[P:{p_s}]], {age} лет, полис [[O:{enp}]]
Анамнез: {code} с [[D:{dold}]], пиридостигмина бромид 60 мг 4 р/д.
Доставлен{p_a} в РКБ, приёмное отд., [[D:{td1}]]. Фельдшер [[P:{x_s}]], водитель [[P:{k_sur}]]""",
    ),
    (
        "G71.0",
        "заключение о специальных условиях сдачи государственной итоговой аттестации",
        """Территориальная ПМПК г. Благовещенска — заключение № [[R:{akt}]] от [[D:{td2}]]
Обучающ{c_ii}ся [[P:{c}]], [[B:{bdk}]], СНИЛС [[S:{sn}]]
Основание: справка ВК № [[R:{vk}]], {code} ({name_l}), передвигается в коляске.
Условия ГИА: увеличение продолжительности на 1,5 часа, ассистент, аудитория на 1-м этаже.
Родитель [[P:{q_s}]], [[E:{m2}]], [[T:{tm1}]]""",
    ),
    (
        "H54.0",
        "заявление об услуге сопровождения и справка о пользовании собакой-проводником",
        """Справка для перевозчика (АО «Авиакомпания «Аврора»)
[[P:{p}]], [[B:{bd}]], инвалид I гр. по зрению ({code} — {name_l}), справка МСЭ [[R:{cert}]],
пользуется собакой-проводником по кличке Айна (документ кинолога {serial}).
Бронь [[R:{zap}]], рейс {plate_flight} [[D:{td3}]]; сопровождение заказано по [[T:{t800}]].
Контакт сопровождающего: [[P:{q_fi}]] [[T:{tm2}]]""",
    ),
    (
        "F10.2",
        "акт медицинского освидетельствования на состояние опьянения и запрос ГИБДД",
        """АКТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ НА СОСТОЯНИЕ ОПЬЯНЕНИЯ
№ [[R:{akt}]]     [[D:{td1}]]
1. [[P:{p}]] 2. [[B:{bd}]] 3. [[A:{a1}]]
4. Основание: протокол о направлении ОГИБДД, инспектор [[P:{m_s}]]; ВУ [[R:{vu}]]
Алкотектор «Юпитер» зав. № {serial}: 0,{small} мг/л. Установлено опьянение. Учёт: {code}.
Запрос ГИБДД о копии акта — КУСП [[R:{kusp}]]. Врач [[P:{d_s}]] (подготовка по приказу Минздрава России № 933н)""",
    ),
    (
        "F11.2",
        "уведомление уголовно-исполнительной инспекции о пропуске лечения",
        """Начальнику филиала по г. Улан-Удэ ФКУ УИИ УФСИН России по Республике Бурятия
Уведомляем, что [[P:{p}]], [[B:{bd}]], состоящ{p_ii} на учёте (возложена обязанность пройти лечение, приговор по делу № {court}),
не явил{p_sya} на приём [[D:{td2}]] и [[D:{td3}]]. Карта наркологического больного [[R:{card1}]]; д-з {code}.
Известные контакты: [[T:{tm1}]], [[A:{a2}]]. Ваш запрос вх. [[R:{vh}]]. Нарколог [[P:{d_s}]], [[T:{tc1}]]""",
    ),
    (
        "Z21",
        "СМС и push-уведомления центра СПИД с анонимным кодом пациента",
        """push [[D:{td1}]] {tm}: Центр СПИД: результат готов. Ваш код [[R:{anon}]]. Не пересылайте это сообщение.
SMS [[D:{td2}]]: [[P:{p_io}]], приём у инфекциониста [[D:{tdd}]] {tm_b}, каб. {cab}; запись [[R:{sms}]]. {code} — лечение бесплатно.
SMS [[D:{td3}]]: напоминаем получить АРВТ ({mnn2}). Телефон доверия [[T:{tc1}]]""",
    ),
    (
        "J84.1",
        "договор безвозмездного пользования кислородным концентратором",
        """ДОГОВОР безвозмездного пользования № [[R:{dog}]]
г. Якутск                                                    [[D:{tq}]]
{org}, ИНН {innorg}, КПП {kpp}, ОГРН {ogrn}, в лице главного врача [[P:{h_gen}]], и [[P:{p}]], паспорт [[Q:{pas}]] выдан {pas_org} [[D:{pas_d}]], зарегистрирован{p_a}: [[A:{a1}]], заключили договор:
1. Ссудодатель передаёт концентратор кислорода «Армед 7F-5L», зав. № {serial}, для терапии {code} ({name_l}).
Банк: р/с {rs}, БИК {bik}. Тел. пациента [[T:{tm1}]]""",
    ),
    (
        "O24.4",
        "выгрузка дневника самоконтроля из мобильного приложения",
        """Export «ГлюкоДневник» v3 · user [[E:{m2}]] · ID [[R:{portal}]]
patient: [[P:{q_lat}]] · DOB [[B:{bd_iso}]] · phone [[T:{tm1}]]
[[D:{td_iso}]] 07:10 глюкоза 5,4 · после еды 7,9
Диагноз {code} ({name_l}), срок 28 нед. Эндокринолог [[P:{d_s}]] приложил комментарий: «диета, повтор через неделю».""",
    ),
    (
        "Q21.0",
        "справка на компенсацию проезда ребёнка к месту лечения в федеральный центр",
        """СПРАВКА-ВЫЗОВ № [[R:{zap}]]
ФГБУ «НМИЦ им. ак. Е.Н. Мешалкина» Минздрава России подтверждает, что [[P:{c}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]],
вызывается на госпитализацию [[D:{td4}]] ({code}, {name_l}) с сопровождающим [[P:{q_ins}]], паспорт [[Q:{pas}]].
Для ОСФР по Камчатскому краю: компенсация проезда по ИПРА [[R:{ipra}]].
Кардиохирург [[P:{d_s}]], [[T:{tc1}]]""",
    ),
]

# МКБ-10 entries read from /work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.24_part*:
# MKB_CODE: (ID, REC_CODE, MKB_NAME, block MKB_CODE, block MKB_NAME)
MKB15 = {
    "E11.9": (
        "2081",
        "0402E119",
        "Инсулиннезависимый сахарный диабет без осложнений",
        "E10-E14",
        "САХАРНЫЙ ДИАБЕТ",
    ),
    "E10.9": (
        "2070",
        "0402E109",
        "Инсулинзависимый сахарный диабет без осложнений",
        "E10-E14",
        "САХАРНЫЙ ДИАБЕТ",
    ),
    "I11.9": (
        "3821",
        "0903I119",
        "Гипертензивная [гипертоническая] болезнь с преимущественным поражением сердца без (застойной) сердечной недостаточности",
        "I10-I15",
        "БОЛЕЗНИ, ХАРАКТЕРИЗУЮЩИЕСЯ ПОВЫШЕННЫМ КРОВЯНЫМ ДАВЛЕНИЕМ",
    ),
    "I10": (
        "3818",
        "0903I10",
        "Эссенциальная [первичная] гипертензия",
        "I10-I15",
        "БОЛЕЗНИ, ХАРАКТЕРИЗУЮЩИЕСЯ ПОВЫШЕННЫМ КРОВЯНЫМ ДАВЛЕНИЕМ",
    ),
    "I20.8": (
        "3840",
        "0904I208",
        "Другие формы стенокардии",
        "I20-I25",
        "ИШЕМИЧЕСКАЯ БОЛЕЗНЬ СЕРДЦА",
    ),
    "I25.1": (
        "3870",
        "0904I251",
        "Атеросклеротическая болезнь сердца",
        "I20-I25",
        "ИШЕМИЧЕСКАЯ БОЛЕЗНЬ СЕРДЦА",
    ),
    "I48.0": (
        "14843",
        "0906I480",
        "Пароксизмальная форма фибрилляции предсердий",
        "I30-I52",
        "ДРУГИЕ БОЛЕЗНИ СЕРДЦА",
    ),
    "I50.0": (
        "4009",
        "0906I500",
        "Застойная сердечная недостаточность",
        "I30-I52",
        "ДРУГИЕ БОЛЕЗНИ СЕРДЦА",
    ),
    "I69.3": (
        "4099",
        "0907I693",
        "Последствия инфаркта мозга",
        "I60-I69",
        "ЦЕРЕБРОВАСКУЛЯРНЫЕ БОЛЕЗНИ",
    ),
    "J44.9": (
        "4402",
        "1005J449",
        "Хроническая обструктивная легочная болезнь неуточненная",
        "J40-J47",
        "ХРОНИЧЕСКИЕ БОЛЕЗНИ НИЖНИХ ДЫХАТЕЛЬНЫХ ПУТЕЙ",
    ),
    "J45.0": (
        "4404",
        "1005J450",
        "Астма с преобладанием аллергического компонента",
        "J40-J47",
        "ХРОНИЧЕСКИЕ БОЛЕЗНИ НИЖНИХ ДЫХАТЕЛЬНЫХ ПУТЕЙ",
    ),
    "N18.5": (
        "14896",
        "1403N185",
        "Хроническая болезнь почки, стадия 5",
        "N17-N19",
        "ПОЧЕЧНАЯ НЕДОСТАТОЧНОСТЬ",
    ),
    "G20": (
        "2976",
        "0603G20",
        "Болезнь Паркинсона",
        "G20-G26",
        "ЭКСТРАПИРАМИДНЫЕ И ДРУГИЕ ДВИГАТЕЛЬНЫЕ НАРУШЕНИЯ",
    ),
    "G35": (
        "3027",
        "0605G35",
        "Рассеянный склероз",
        "G35-G37",
        "ДЕМИЕЛИНИЗИРУЮЩИЕ БОЛЕЗНИ ЦЕНТРАЛЬНОЙ НЕРВНОЙ СИСТЕМЫ",
    ),
    "G40.2": (
        "3046",
        "0606G402",
        "Локализованная (фокальная) (парциальная) симптоматическая эпилепсия и эпилептические синдромы с комплексными парциальными судорожными припадками",
        "G40-G47",
        "ЭПИЗОДИЧЕСКИЕ И ПАРОКСИЗМАЛЬНЫЕ РАССТРОЙСТВА",
    ),
    "G30.1": (
        "3014",
        "0604G301",
        "Поздняя болезнь Альцгеймера",
        "G30-G32",
        "ДРУГИЕ ДЕГЕНЕРАТИВНЫЕ БОЛЕЗНИ НЕРВНОЙ СИСТЕМЫ",
    ),
    "F20.0": (
        "2596",
        "0503F200",
        "Параноидная шизофрения",
        "F20-F29",
        "ШИЗОФРЕНИЯ, ШИЗОТИПИЧЕСКИЕ И БРЕДОВЫЕ РАССТРОЙСТВА",
    ),
    "F03": (
        "2449",
        "0501F03",
        "Деменция неуточненная",
        "F00-F09",
        "ОРГАНИЧЕСКИЕ, ВКЛЮЧАЯ СИМПТОМАТИЧЕСКИЕ ПСИХИЧЕСКИЕ РАССТРОЙСТВА",
    ),
    "C50.9": (
        "1213",
        "0201107C509",
        "Злокачественное новообразование молочной железы неуточненной части",
        "C50-C50",
        "ЗЛОКАЧЕСТВЕННЫЕ НОВООБРАЗОВАНИЯ МОЛОЧНОЙ ЖЕЛЕЗЫ",
    ),
    "C34.1": (
        "1107",
        "0201103C341",
        "Злокачественное новообразование верхней доли, бронхов или легкого",
        "C30-C39",
        "ЗЛОКАЧЕСТВЕННЫЕ НОВООБРАЗОВАНИЯ ОРГАНОВ ДЫХАНИЯ И ГРУДНОЙ КЛЕТКИ",
    ),
    "C18.7": (
        "1048",
        "0201102C187",
        "Злокачественное новообразование сигмовидной кишки",
        "C15-C26",
        "ЗЛОКАЧЕСТВЕННЫЕ НОВООБРАЗОВАНИЯ ОРГАНОВ ПИЩЕВАРЕНИЯ",
    ),
    "C61": (
        "1253",
        "0201109C61",
        "Злокачественное новообразование предстательной железы",
        "C60-C63",
        "ЗЛОКАЧЕСТВЕННЫЕ НОВООБРАЗОВАНИЯ МУЖСКИХ ПОЛОВЫХ ОРГАНОВ",
    ),
    "C16.9": (
        "1032",
        "0201102C169",
        "Злокачественное новообразование желудка неуточненной локализации",
        "C15-C26",
        "ЗЛОКАЧЕСТВЕННЫЕ НОВООБРАЗОВАНИЯ ОРГАНОВ ПИЩЕВАРЕНИЯ",
    ),
    "E66.0": (
        "2287",
        "0407E660",
        "Ожирение, обусловленное избыточным поступлением энергетических ресурсов",
        "E65-E68",
        "ОЖИРЕНИЕ И ДРУГИЕ ВИДЫ ИЗБЫТОЧНОСТИ ПИТАНИЯ",
    ),
    "E03.9": (
        "2030",
        "0401E039",
        "Гипотиреоз неуточненный",
        "E00-E07",
        "БОЛЕЗНИ ЩИТОВИДНОЙ ЖЕЛЕЗЫ",
    ),
    "E05.0": (
        "2038",
        "0401E050",
        "Тиреотоксикоз с диффузным зобом",
        "E00-E07",
        "БОЛЕЗНИ ЩИТОВИДНОЙ ЖЕЛЕЗЫ",
    ),
    "M05.8": (
        "5451",
        "13012M058",
        "Другие серопозитивные ревматоидные артриты",
        "M05-M14",
        "ВОСПАЛИТЕЛЬНЫЕ ПОЛИАРТРОПАТИИ",
    ),
    "M45": ("5701", "13032M45", "Анкилозирующий спондилит", "M45-M49", "СПОНДИЛОПАТИИ"),
    "M17.1": ("5538", "13013M171", "Другой первичный гонартроз", "M15-M19", "АРТРОЗЫ"),
    "M81.0": (
        "5911",
        "13051M810",
        "Постменопаузный остеопороз",
        "M80-M85",
        "НАРУШЕНИЯ ПЛОТНОСТИ И СТРУКТУРЫ КОСТИ",
    ),
    "K74.6": (
        "4920",
        "1108K746",
        "Другой и неуточненный цирроз печени",
        "K70-K77",
        "БОЛЕЗНИ ПЕЧЕНИ",
    ),
    "K25.7": (
        "4676",
        "1102K257",
        "Язва желудка хроническая без кровотечения или прободения",
        "K20-K31",
        "БОЛЕЗНИ ПИЩЕВОДА, ЖЕЛУДКА И ДВЕНАДЦАТИПЕРСТНОЙ КИШКИ",
    ),
    "K50.1": (
        "4782",
        "1105K501",
        "Болезнь Крона толстой кишки",
        "K50-K52",
        "НЕИНФЕКЦИОННЫЙ ЭНТЕРИТ И КОЛИТ",
    ),
    "K51.9": (
        "4793",
        "1105K519",
        "Язвенный колит неуточненный",
        "K50-K52",
        "НЕИНФЕКЦИОННЫЙ ЭНТЕРИТ И КОЛИТ",
    ),
    "B18.2": ("537", "0112B182", "Хронический вирусный гепатит C", "B15-B19", "ВИРУСНЫЙ ГЕПАТИТ"),
    "B20": (
        "544",
        "0113B20",
        "Болезнь, вызванная вирусом иммунодефицита человека [ВИЧ], проявляющаяся в виде инфекционных и паразитарных болезней",
        "B20-B24",
        "БОЛЕЗНЬ, ВЫЗВАННАЯ ВИРУСОМ ИММУНОДЕФИЦИТА ЧЕЛОВЕКА [ВИЧ]",
    ),
    "A15.0": (
        "73",
        "0102A150",
        "Туберкулез легких, подтвержденный бактериоскопически с наличием или отсутствием роста культуры",
        "A15-A19",
        "ТУБЕРКУЛЕЗ",
    ),
    "A16.2": (
        "86",
        "0102A162",
        "Туберкулез легких без упоминания о бактериологическом или гистологическом подтверждении",
        "A15-A19",
        "ТУБЕРКУЛЕЗ",
    ),
    "L40.0": ("5147", "1204L400", "Псориаз обыкновенный", "L40-L45", "ПАПУЛОСКВАМОЗНЫЕ НАРУШЕНИЯ"),
    "L20.8": ("5079", "1203L208", "Другие атопические дерматиты", "L20-L30", "ДЕРМАТИТ И ЭКЗЕМА"),
    "H40.1": ("3515", "0706H401", "Первичная открытоугольная глаукома", "H40-H42", "ГЛАУКОМА"),
    "H25.1": ("3445", "0704H251", "Старческая ядерная катаракта", "H25-H28", "БОЛЕЗНЬ ХРУСТАЛИКА"),
    "H35.3": (
        "3502",
        "0705H353",
        "Дегенерация макулы и заднего полюса",
        "H30-H36",
        "БОЛЕЗНИ СОСУДИСТОЙ ОБОЛОЧКИ И СЕТЧАТКИ",
    ),
    "H90.3": (
        "3741",
        "0804H903",
        "Нейросенсорная потеря слуха двусторонняя",
        "H90-H95",
        "ДРУГИЕ БОЛЕЗНИ УХА",
    ),
    "D50.9": (
        "1817",
        "0301D509",
        "Железодефицитная анемия неуточненная",
        "D50-D53",
        "АНЕМИИ, СВЯЗАННЫЕ С ПИТАНИЕМ",
    ),
    "D66": (
        "1901",
        "0304D66",
        "Наследственный дефицит фактора VIII",
        "D65-D69",
        "НАРУШЕНИЯ СВЕРТЫВАЕМОСТИ КРОВИ, ПУРПУРА И ДРУГИЕ ГЕМОРРАГИЧЕСКИЕ СОСТОЯНИЯ",
    ),
    "D61.9": (
        "1886",
        "0303D619",
        "Апластическая анемия неуточненная",
        "D60-D64",
        "АПЛАСТИЧЕСКИЕ И ДРУГИЕ АНЕМИИ",
    ),
    "E84.0": (
        "2388",
        "0408E840",
        "Кистозный фиброз с легочными проявлениями",
        "E70-E90",
        "НАРУШЕНИЯ ОБМЕНА ВЕЩЕСТВ",
    ),
    "G12.2": (
        "2967",
        "0602G122",
        "Болезнь двигательного неврона",
        "G10-G14",
        "СИСТЕМНЫЕ АТРОФИИ, ПОРАЖАЮЩИЕ ПРЕИМУЩЕСТВЕННО ЦЕНТРАЛЬНУЮ НЕРВНУЮ СИСТЕМУ",
    ),
    "G80.1": (
        "3234",
        "0610G801",
        "Церебральный паралич со спастической диплегией",
        "G80-G83",
        "ЦЕРЕБРАЛЬНЫЙ ПАРАЛИЧ И ДРУГИЕ ПАРАЛИТИЧЕСКИЕ СИНДРОМЫ",
    ),
    "Q90.0": (
        "8110",
        "1711Q900",
        "Трисомия 21, мейотическое нерасхождение",
        "Q90-Q99",
        "ХРОМОСОМНЫЕ АНОМАЛИИ, НЕ КЛАССИФИЦИРОВАННЫЕ В ДРУГИХ РУБРИКАХ",
    ),
    "F84.0": (
        "2858",
        "0509F840",
        "Детский аутизм",
        "F80-F89",
        "РАССТРОЙСТВА ПСИХОЛОГИЧЕСКОГО РАЗВИТИЯ",
    ),
    "E76.0": (
        "2343",
        "0408E760",
        "Мукополисахаридоз, тип I",
        "E70-E90",
        "НАРУШЕНИЯ ОБМЕНА ВЕЩЕСТВ",
    ),
    "T90.5": (
        "10294",
        "1921T905",
        "Последствия внутричерепной травмы",
        "T90-T98",
        "ПОСЛЕДСТВИЯ ТРАВМ, ОТРАВЛЕНИЙ И ДРУГИХ ВОЗДЕЙСТВИЙ ВНЕШНИХ ПРИЧИН",
    ),
    "S72.0": (
        "9308",
        "1908S720",
        "Перелом шейки бедра",
        "S70-S79",
        "ТРАВМЫ ОБЛАСТИ ТАЗОБЕДРЕННОГО СУСТАВА И БЕДРА",
    ),
    "T93.1": (
        "10318",
        "1921T931",
        "Последствия перелома бедра",
        "T90-T98",
        "ПОСЛЕДСТВИЯ ТРАВМ, ОТРАВЛЕНИЙ И ДРУГИХ ВОЗДЕЙСТВИЙ ВНЕШНИХ ПРИЧИН",
    ),
    "Z94.0": (
        "14726",
        "2107Z940",
        "Наличие трансплантированной почки",
        "Z80-Z99",
        "ПОТЕНЦИАЛЬНАЯ ОПАСНОСТЬ ДЛЯ ЗДОРОВЬЯ, СВЯЗАННАЯ С ЛИЧНЫМ И СЕМЕЙНЫМ АНАМНЕЗОМ И ОПРЕДЕЛЕННЫМИ СОСТОЯНИЯМИ, ВЛИЯЮЩИМИ НА ЗДОРОВЬЕ",
    ),
    "Z99.2": (
        "14772",
        "2107Z992",
        "Зависимость от почечного диализа",
        "Z80-Z99",
        "ПОТЕНЦИАЛЬНАЯ ОПАСНОСТЬ ДЛЯ ЗДОРОВЬЯ, СВЯЗАННАЯ С ЛИЧНЫМ И СЕМЕЙНЫМ АНАМНЕЗОМ И ОПРЕДЕЛЕННЫМИ СОСТОЯНИЯМИ, ВЛИЯЮЩИМИ НА ЗДОРОВЬЕ",
    ),
    "Z96.6": (
        "14752",
        "2107Z966",
        "Наличие ортопедических имплантатов суставов",
        "Z80-Z99",
        "ПОТЕНЦИАЛЬНАЯ ОПАСНОСТЬ ДЛЯ ЗДОРОВЬЯ, СВЯЗАННАЯ С ЛИЧНЫМ И СЕМЕЙНЫМ АНАМНЕЗОМ И ОПРЕДЕЛЕННЫМИ СОСТОЯНИЯМИ, ВЛИЯЮЩИМИ НА ЗДОРОВЬЕ",
    ),
    "N04.0": (
        "6105",
        "1401N040",
        "Нефротический синдром с незначительными гломерулярными нарушениями",
        "N00-N08",
        "ГЛОМЕРУЛЯРНЫЕ БОЛЕЗНИ",
    ),
    "I63.5": (
        "4059",
        "0907I635",
        "Инфаркт мозга, вызванный неуточненной закупоркой или стенозом мозговых артерий",
        "I60-I69",
        "ЦЕРЕБРОВАСКУЛЯРНЫЕ БОЛЕЗНИ",
    ),
    "I21.0": (
        "3843",
        "0904I210",
        "Острый трансмуральный инфаркт передней стенки миокарда",
        "I20-I25",
        "ИШЕМИЧЕСКАЯ БОЛЕЗНЬ СЕРДЦА",
    ),
    "I05.0": (
        "3787",
        "0902I050",
        "Митральный стеноз",
        "I05-I09",
        "ХРОНИЧЕСКИЕ РЕВМАТИЧЕСКИЕ БОЛЕЗНИ СЕРДЦА",
    ),
    "D69.3": (
        "1915",
        "0304D693",
        "Идиопатическая тромбоцитопеническая пурпура",
        "D65-D69",
        "НАРУШЕНИЯ СВЕРТЫВАЕМОСТИ КРОВИ, ПУРПУРА И ДРУГИЕ ГЕМОРРАГИЧЕСКИЕ СОСТОЯНИЯ",
    ),
    "E22.0": (
        "2138",
        "0404E220",
        "Акромегалия и гипофизарный гигантизм",
        "E20-E35",
        "НАРУШЕНИЯ ДРУГИХ ЭНДОКРИННЫХ ЖЕЛЕЗ",
    ),
    "E23.0": (
        "2144",
        "0404E230",
        "Гипопитуитаризм",
        "E20-E35",
        "НАРУШЕНИЯ ДРУГИХ ЭНДОКРИННЫХ ЖЕЛЕЗ",
    ),
    "E27.1": (
        "2169",
        "0404E271",
        "Первичная недостаточность коры надпочечников",
        "E20-E35",
        "НАРУШЕНИЯ ДРУГИХ ЭНДОКРИННЫХ ЖЕЛЕЗ",
    ),
    "M32.1": (
        "5637",
        "1302M321",
        "Системная красная волчанка с поражением других органов или систем",
        "M30-M36",
        "СИСТЕМНЫЕ ПОРАЖЕНИЯ СОЕДИНИТЕЛЬНОЙ ТКАНИ",
    ),
    "M34.0": (
        "5646",
        "1302M340",
        "Прогрессирующий системный склероз",
        "M30-M36",
        "СИСТЕМНЫЕ ПОРАЖЕНИЯ СОЕДИНИТЕЛЬНОЙ ТКАНИ",
    ),
    "G70.0": (
        "3202",
        "0609G700",
        "Myasthenia gravis",
        "G70-G73",
        "БОЛЕЗНИ НЕРВНО-МЫШЕЧНОГО СИНАПСА И МЫШЦ",
    ),
    "G71.0": (
        "3208",
        "0609G710",
        "Мышечная дистрофия",
        "G70-G73",
        "БОЛЕЗНИ НЕРВНО-МЫШЕЧНОГО СИНАПСА И МЫШЦ",
    ),
    "H54.0": (
        "3610",
        "0710H540",
        "Слепота бинокулярная",
        "H53-H54",
        "ЗРИТЕЛЬНЫЕ РАССТРОЙСТВА И СЛЕПОТА",
    ),
    "F10.2": (
        "2479",
        "0502F102",
        "Психическое и поведенческое расстройство, вызванное употреблением алкоголя. Синдром зависимости",
        "F10-F19",
        "ПСИХИЧЕСКИЕ РАССТРОЙСТВА И РАССТРОЙСТВА ПОВЕДЕНИЯ, СВЯЗАННЫЕ С УПОТРЕБЛЕНИЕМ ПСИХОАКТИВНЫХ ВЕЩЕСТВ",
    ),
    "F11.2": (
        "2491",
        "0502F112",
        "Психическое и поведенческое расстройство, вызванное употреблением опиоидов. Синдром зависимости",
        "F10-F19",
        "ПСИХИЧЕСКИЕ РАССТРОЙСТВА И РАССТРОЙСТВА ПОВЕДЕНИЯ, СВЯЗАННЫЕ С УПОТРЕБЛЕНИЕМ ПСИХОАКТИВНЫХ ВЕЩЕСТВ",
    ),
    "Z21": (
        "14179",
        "2102Z21",
        "Бессимптомный инфекционный статус, вызванный вирусом иммунодефицита человека [ВИЧ]",
        "Z20-Z29",
        "ПОТЕНЦИАЛЬНАЯ ОПАСНОСТЬ ДЛЯ ЗДОРОВЬЯ, СВЯЗАННАЯ С ИНФЕКЦИОННЫМИ БОЛЕЗНЯМИ",
    ),
    "J84.1": (
        "4468",
        "1007J841",
        "Другие интерстициальные легочные болезни с упоминанием о фиброзе",
        "J80-J84",
        "ДРУГИЕ РЕСПИРАТОРНЫЕ БОЛЕЗНИ, ПОРАЖАЮЩИЕ ГЛАВНЫМ ОБРАЗОМ ИНТЕРСТИЦИАЛЬНУЮ ТКАНЬ",
    ),
    "O24.4": (
        "6711",
        "1503O244",
        "Сахарный диабет, развившийся во время беременности",
        "O20-O29",
        "ДРУГИЕ БОЛЕЗНИ МАТЕРИ, СВЯЗАННЫЕ ПРЕИМУЩЕСТВЕННО С БЕРЕМЕННОСТЬЮ",
    ),
    "Q21.0": (
        "7598",
        "1703Q210",
        "Дефект межжелудочковой перегородки",
        "Q20-Q28",
        "ВРОЖДЕННЫЕ АНОМАЛИИ [ПОРОКИ РАЗВИТИЯ] СИСТЕМЫ КРОВООБРАЩЕНИЯ",
    ),
}


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


def kind_of(code: str, genre: str) -> str:
    mid, _rec, name, _bc, _bn = MKB15[code]
    return f"{code} {name} (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.24, ID {mid}): {genre}"


def source_of(code: str) -> str:
    mid, rec, name, bcode, bname = MKB15[code]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1005 v2.24 (МКБ-10), ID {mid}, REC_CODE {rec}, "
        f"MKB_CODE {code} «{name}»; блок {bcode} «{bname}»"
    )


TEMPLATES = GENRES15


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    codes = [t[0] for t in TEMPLATES]
    assert len(codes) == len(set(codes)), "one kind per code"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(c, g) for c, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for code, genre, template in TEMPLATES:
            name = MKB15[code][2]
            extra = {
                "code": code,
                "code_low": code.lower(),
                "name": name,
                "name_l": name[0].lower() + name[1:],
                "block": MKB15[code][3],
            }
            doc = build(
                render(rng, template, extra),
                kind_of(code, genre),
                source_of(code),
                f"blind15_{len(docs):04d}",
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
