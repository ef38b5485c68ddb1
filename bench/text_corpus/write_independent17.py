"""Write ``independent17.jsonl``: the seventeenth blind corpus, 2026-12-06 — values in one
unit of measure, written about one patient.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, any ``--misses`` output or any ``bench/results`` file, and
never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``) or any
de-identifier on this corpus. Slips, made before the writer's rules were read and said here
so that nobody takes this corpus for blinder than it is: the first 150 lines of
``bench/README.md`` (the corpora of issue 14 and the first blind round, with their tables);
``git log --oneline | head -20`` (the subjects of the last 20 commits on ``main``, which name
some rules of the recognizers: a numbered pharmacy, «ВГД 22/23», a catalogue's «REF», phone
shapes after a document word, a unit's last letter before a dot, a drug's ATC class) and
``git log --stat -1`` of corpus 15's commit (its message and file list); an ``ls`` of
``bench/`` that listed the file names in ``bench/results`` (none opened); of
``bench/text_deid.py``, besides what was allowed, ``PERFECT_TYPES``, ``TARGET_RECALL``,
``TARGET_PRECISION``, ``target_check`` and two lines of ``corpora`` (the loop over
``BLIND_CORPORA``). No template was written to aim at or around a rule named there; every
hard negative below comes from the genres of paperwork themselves. Of ``bench/text_deid.py``
otherwise only the module docstring and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and
``blind_half`` were read, to wire the corpus in, and ``blind_half`` was imported once, to
count the halves. ``write_independent1``–``14`` and ``16`` were not opened.
From ``write_independent15.py`` only the file format, the labelling rules (restated below,
unchanged), the writer's structure (one template per kind, ``PER_KIND`` draws, ``[[X:value]]``
inline gold, ``<<shape>>`` numbers) and its generic helpers were taken. **Copied verbatim
from corpus 15** (which had them from corpora 13 and 14): the declension (``decl_surname``,
``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits
(``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``,
``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal``
and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the self-check ``check``
with ``SUSPICIOUS`` and its checksum helpers (one change: ``check`` skips the look-alikes
listed in ``NOT_DATES17``, an order's item «п. 1.2.42» kept as a hard negative), ``serialize``
and ``main``. **Written fresh for
corpus 17**: the name lists (Russian, Ukrainian, Belarusian, Polish, Lithuanian, German,
Jewish, Greek, Finnish and Karelian, Tatar, Bashkir, Chuvash, Mari, Udmurt, Mordvin, Komi,
Armenian, Georgian, Azerbaijani, Ossetian, Chechen, Avar, Kazakh, Uzbek, Tajik, Kyrgyz,
Moldovan, Korean and Roma surnames and first names, foreign laboratory staff in Latin), the
towns, streets and villages of Central Russia, the North-West, the Urals and Western Siberia
(``addr17`` and friends), phones (``mob17``, ``city17``, ``local17``, ``brk17``), e-mails,
passports (``pas17``), every record number of a laboratory, a ward, a device or a programme
(``rec17``: LIS orders, tube barcodes, accessions, case histories, outpatient and dialysis
cards, blood units and donor codes, device and platform patient IDs, portal result codes,
Holter, sleep, spirometry and audiometry studies, radiotherapy charts, dose cards, personnel
numbers, newborn histories, exchange cards, pharmacy prescription numbers, complaints,
acts of examination, ХТИ referrals, trauma cards, foreign MRNs), the dense numeric hard
negatives (values with units, reference ranges, times, doses, rates, lots, analysers and
their serials, test codes, racks and wells, rooms and beds, scores, counters, decimals that
look like dates), the organisations and every template; ``build_all`` was rewritten.

**Kinds from a real source.** Each kind is one unit of measure of the federal directory
«Единицы измерения» (OID 1.2.643.5.1.13.13.11.1358, version 3.23, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1358_3.23_part1``; ``ID``, ``FULLNAME``,
``SHORTNAME``, ``MEASUREMENT`` and ``UCUM`` as its ``_passport`` describes them) in one genre
of paperwork in which values in that unit are written about one patient (lab result forms
and cover letters, home and point-of-care monitoring diaries, ICU flow sheets, anaesthesia
charts, dialysis sessions, infusion and chemotherapy protocols, nutrition plans, radiation
dose records, audiograms, spirometry, ECG, Holter and sleep studies, pregnancy, newborn and
growth charts, sports medicine, occupational exposure, transfusion and donation, pharmacy
compounding, device telemetry, lab complaints, critical-value calls, portal and chat
messages, SMS notices). The kind is «FULLNAME (Единицы измерения, 1.2.643.5.1.13.13.11.1358
v3.23, ID N): GENRE»; the ``source`` names the directory entry. One unit and one template per
kind (no template is shared). The kinds of corpora 1–16 (the ``kind`` values of
``independent*.jsonl`` present when this was written) were listed by a scratch script only
to avoid them, compared case-insensitively; none of the kinds here is among them
(``build_all`` asserts the kinds are unique).

Emphasis: PRECISION under numbers — text dense with numbers that are no one's identifier
(values, reference ranges «3,9–6,1 ммоль/л», times «08:30» and «07.45», ratios and titres
«1:160», doses per m² and per kg, rates, lots and reagent numbers, analysers' serials, test
and service codes, LOINC-like codes, racks, positions and wells, rooms and beds, ages,
weights, percentages, counts per field, ICD-10, organisations' orders, scores «Апгар 8/9»,
«ШКГ 15», blood pressure «128/84», decimals written like dates «12.10 ммоль/л»), with real
PHI beside them; RECORD numbers of one patient or sample in many shapes (letters, slashes,
years, dashes, without «№», after English labels, in tables, split across lines,
OCR-damaged); DATES and times as laboratories write them («взято 03.11.2026 07:45», «от
3/XI», ISO, the «20261103» head of a timestamp, dates in table columns, birth dates after
«д.р.», «г.р.», «DOB»); the usual PHI at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

The labelling rules and judgement calls of corpus 15, restated unchanged from its docstring:

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


Judgement calls added for corpus 17 (written here before any document was generated; the
two items marked «(review)» were added while reading the first draft's documents, before any
de-identifier ran; they apply the rules above):

* Every number a laboratory, a ward, a programme or a device gives to one patient, one
  patient's order, sample, tube, study, session sheet, episode or document is RECORD_ID
  (corpus 13), also after an English label («Order», «Sample ID», «Specimen», «Accession»,
  «MRN», «Patient ID», «PID», «Visit»), in a LIS export, under a tube's barcode, split
  across lines (one span with the line break) or OCR-damaged (as written): the LIS order,
  the barcode, the accession, the case history, the outpatient, dialysis, donor and
  haemophilia cards, the exchange card and the newborn's history, a Holter, sleep,
  spirometry, audiometry or echocardiography study's number, a radiotherapy chart, one
  worker's individual dose card and personnel number, the patient ID stored in a glucometer,
  a pump, a pulse oximeter or a telemonitoring platform, a portal's or an SMS's code for
  fetching one patient's results, a pharmacy's prescription number on a compounded drug, an
  act of medical examination for intoxication and its ХТИ referral, a trauma card, a
  complaint's registration number, a foreign hospital's MRN; (review) a radiation-control
  laboratory's measurement protocol of one worker's sample and a fluorography's number.
* A blood unit's donation number (the ISBT 128 DIN «W0427 26 004512», or a national
  «26-0117-004512») is RECORD_ID, as corpus 11's ЕДК; the component's code, the bag's lot,
  the blood group and phenotype are not labelled.
* Not labelled: analysers, their serials and inventory numbers, software versions,
  reagent, calibrator, control and consumable lots, REF and catalogue numbers, expiry months
  («годен до 08.2027»), runs, batches and QC levels, racks, positions and wells, test codes
  (ФСЛИ, LOINC-like «2345-7», internal «Б-045»), service codes («A09.05.023»), ICD-10,
  values, units, reference ranges, times (also with a dot: «07.45»), ages, weights,
  heights, BMI, percentages, flows and rates, doses, titres, scores, blood pressure, pulse,
  course, cycle, day and session counters («курс 3», «сеанс № 147», «Д8»), rooms, wards,
  beds, boxes, theatres, channels, dosimeters' and devices' serials, a dialyser's or a
  vaccine's series, and decimals that look like a date without a year («12.10 ммоль/л»,
  «АЧТВ 31.05 с», «Fe 15.06»): a value is no date.
* A date in the roman-month shorthand («3/XI», «от 3/XI-26») and a date in a table column
  without its year («03.11») are DATE; of an HL7 or LIS timestamp «20261103074512» only its
  head «20261103» is DATE; an American «11/03/2026» in a foreign report is DATE. A year of
  birth alone («1985 г.р.», «DOB: 1985») is not labelled; a birth date after «д.р.»,
  «г.р.», «DOB» is BIRTH_DATE. A calibration or expiry date with day, month and year is DATE
  (every calendar date is).
* (review) In an HL7 message, the message's control ID (MSH-10), the applications and
  facilities are not labelled; PID-3, PV1-19 and the placer's and filler's numbers (ORC, OBR)
  are RECORD_ID, PID-5 PERSON, PID-7 BIRTH_DATE, PID-11 ADDRESS, PID-13 PHONE. A newborn
  written as «ребёнок Гасановой Э.А.» is a PERSON span of the mother's name.
* A laboratory's, a dialysis centre's or a pharmacy's phone, e-mail and address are
  labelled (corpus 10: any owner); its licence, ОГРН and accreditation number are not.

Run: ``.venv/bin/python bench/text_corpus/write_independent17.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent17.jsonl"
SEED = 1720261206
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

# ---------------------------------------------------------------- people (fresh for corpus 17)
# Many peoples of Russia and its neighbours; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Воробьёв",
    "Кудрявцев",
    "Шестаков",
    "Мухин",
    "Лаптев",
    "Зуев",
    "Брагин",
    "Овчинников",
    "Голованов",
    "Трофимов",
    "Ситников",
    "Рожков",
    "Белоусов",
    "Дроздов",
    "Шевчук",
    "Литвиненко",
    "Бондар",
    "Гриценко",
    "Ковалевский",
    "Савчук",
    "Лукашевич",
    "Жук",
    "Климович",
    "Вашкевич",
    "Домбровский",
    "Вишневский",
    "Каминский",
    "Янушкевич",
    "Петраускас",
    "Жемайтис",
    "Шнайдер",
    "Фогель",
    "Рихтер",
    "Кауфман",
    "Циммерман",
    "Гуревич",
    "Рабинович",
    "Фельдман",
    "Липшиц",
    "Эпштейн",
    "Попандопуло",
    "Ксантопуло",
    "Хаджиди",
    "Лампинен",
    "Кийранен",
    "Мякинен",
    "Ругоев",
    "Хайруллин",
    "Габдрахманов",
    "Шарафутдинов",
    "Зиннатуллин",
    "Валиуллин",
    "Мингазов",
    "Ишмухаметов",
    "Юлдашев",
    "Кутлугильдин",
    "Абзалилов",
    "Ендеров",
    "Тимуков",
    "Ухсаев",
    "Айгильдин",
    "Мамаев",
    "Шабдаров",
    "Корепанов",
    "Шкляев",
    "Бегешев",
    "Кудашкин",
    "Пиксаев",
    "Келейкин",
    "Чупров",
    "Канев",
    "Нестеров",
    "Петросян",
    "Саркисян",
    "Мкртчян",
    "Акопян",
    "Оганесян",
    "Чиковани",
    "Лордкипанидзе",
    "Гелашвили",
    "Церетели",
    "Керимов",
    "Аббасов",
    "Гасанов",
    "Исмаилов",
    "Дзасохов",
    "Гагиев",
    "Хетагуров",
    "Магомадов",
    "Умаров",
    "Гаджиев",
    "Нурмагомедов",
    "Нурпеисов",
    "Жумабаев",
    "Ахметов",
    "Сейткали",
    "Юсупов",
    "Турсунов",
    "Рахимов",
    "Назаров",
    "Каримов",
    "Токтогулов",
    "Сыдыков",
    "Асанов",
    "Чебан",
    "Руссу",
    "Мунтяну",
    "Бордеяну",
    "Ким",
    "Пак",
    "Тен",
    "Хан",
    "Деметер",
    "Лебедев",
]
M_FIRST = [
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Николай",
    "Павел",
    "Кирилл",
    "Глеб",
    "Тарас",
    "Богдан",
    "Янис",
    "Витаутас",
    "Генрих",
    "Эдуард",
    "Лазарь",
    "Марк",
    "Аристотель",
    "Тойво",
    "Ильдар",
    "Рамиль",
    "Айрат",
    "Салават",
    "Ринат",
    "Азат",
    "Айдар",
    "Арсен",
    "Ашот",
    "Гурген",
    "Давид",
    "Зураб",
    "Нодар",
    "Эльдар",
    "Рустам",
    "Заур",
    "Аслан",
    "Ислам",
    "Шамиль",
    "Ержан",
    "Нурлан",
    "Бахтияр",
    "Фаррух",
    "Алмаз",
    "Улан",
    "Ион",
    "Михай",
    "Вадим",
    "Станислав",
    "Ярослав",
    "Фёдор",
    "Тимур",
    "Роман",
]
F_FIRST = [
    "Анна",
    "Ольга",
    "Татьяна",
    "Елена",
    "Ксения",
    "Дарья",
    "Вера",
    "Полина",
    "Оксана",
    "Галина",
    "Ядвига",
    "Ирена",
    "Эльза",
    "Ревекка",
    "Софья",
    "Эвелина",
    "Хельми",
    "Гульнара",
    "Лилия",
    "Альфия",
    "Резеда",
    "Зульфия",
    "Венера",
    "Ануш",
    "Гаянэ",
    "Нино",
    "Тамара",
    "Сабина",
    "Залина",
    "Мадина",
    "Патимат",
    "Айгерим",
    "Динара",
    "Малика",
    "Гулчехра",
    "Нигора",
    "Айжан",
    "Мариана",
    "Виорика",
    "Лариса",
    "Наталья",
    "Мария",
    "Юлия",
    "Алина",
    "Кристина",
    "Эмма",
    "Фаина",
    "Виктория",
]
PAT_STEMS = [
    "Андреев",
    "Борисов",
    "Викторов",
    "Геннадьев",
    "Евгеньев",
    "Олегов",
    "Петров",
    "Юрьев",
    "Рашитов",
    "Рифкатов",
    "Фаритов",
    "Ильдусов",
    "Азатов",
    "Рамилев",
    "Ринатов",
    "Ашотов",
    "Гургенов",
    "Нодаров",
    "Русланов",
    "Магомедов",
    "Абдуллаев",
    "Ерланов",
    "Нурланов",
    "Бахтиеров",
    "Ионов",
    "Генрихов",
    "Эдуардов",
    "Львов",
    "Марков",
    "Степанов",
    "Валерьев",
    "Аркадьев",
    "Тимуров",
]
FOREIGN = [
    ("Хассан", "Омар", True),
    ("Нгуен", "Ван Хоа", True),
    ("Мюллер", "Клаус", True),
    ("Пинту", "Жоана", False),
    ("Ахмади", "Фарида", False),
    ("Ли", "Мэйлин", False),
    ("Окафор", "Чиди", True),
    ("Шарма", "Прия", False),
]
INDECL_FIRST = {
    "Хельми",
    "Нино",
    "Ануш",
    "Гаянэ",
    "Ван Хоа",
    "Мэйлин",
    "Чиди",
    "Прия",
    "Жоана",
    "Фарида",
    "Патимат",
    "Айгерим",
    "Айжан",
    "Тойво",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
FOREIGN_LAT = [
    "Dr. Mehmet Yilmaz",
    "Dr. Anna Schneider",
    "Dr. Rina Cohen",
    "Dr. Pedro Alvarez",
    "Dr. Sunita Rao",
    "Dr. Jonas Weber",
    "Dr. Leila Haddad",
    "Dr. Tomasz Nowak",
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


# ---------------------------------------------------------------- corpus 17: places (fresh)
# Central Russia, the North-West, the Urals and Western Siberia.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS17 = [
    ("г. Тверь", "в г. Твери", "Тверь", "Тверская область", "Тверская обл.", "170", "4822"),
    (
        "г. Ярославль",
        "в г. Ярославле",
        "Ярославль",
        "Ярославская область",
        "Яросл. обл.",
        "150",
        "4852",
    ),
    ("г. Тула", "в г. Туле", "Тула", "Тульская область", "Тульская обл.", "300", "4872"),
    ("г. Калуга", "в г. Калуге", "Калуга", "Калужская область", "Калужская обл.", "248", "4842"),
    ("г. Рязань", "в г. Рязани", "Рязань", "Рязанская область", "Рязанская обл.", "390", "4912"),
    (
        "г. Смоленск",
        "в г. Смоленске",
        "Смоленск",
        "Смоленская область",
        "Смол. обл.",
        "214",
        "4812",
    ),
    ("г. Воронеж", "в г. Воронеже", "Воронеж", "Воронежская область", "ВО", "394", "473"),
    ("г. Липецк", "в г. Липецке", "Липецк", "Липецкая область", "Липецкая обл.", "398", "4742"),
    ("г. Подольск", "в г. Подольске", "Подольск", "Московская область", "МО", "142", "4967"),
    ("г. Коломна", "в г. Коломне", "Коломна", "Московская область", "Моск. обл.", "140", "4966"),
    ("г. Псков", "в г. Пскове", "Псков", "Псковская область", "Псковская обл.", "180", "8112"),
    (
        "г. Великий Новгород",
        "в г. Великом Новгороде",
        "Великий Новгород",
        "Новгородская область",
        "Новг. обл.",
        "173",
        "8162",
    ),
    (
        "г. Петрозаводск",
        "в г. Петрозаводске",
        "Петрозаводск",
        "Республика Карелия",
        "РК",
        "185",
        "8142",
    ),
    (
        "г. Калининград",
        "в г. Калининграде",
        "Калининград",
        "Калининградская область",
        "Калинингр. обл.",
        "236",
        "4012",
    ),
    (
        "г. Екатеринбург",
        "в г. Екатеринбурге",
        "Екатеринбург",
        "Свердловская область",
        "Свердл. обл.",
        "620",
        "343",
    ),
    (
        "г. Нижний Тагил",
        "в г. Нижнем Тагиле",
        "Нижний Тагил",
        "Свердловская область",
        "СО",
        "622",
        "3435",
    ),
    (
        "г. Челябинск",
        "в г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челяб. обл.",
        "454",
        "351",
    ),
    (
        "г. Магнитогорск",
        "в г. Магнитогорске",
        "Магнитогорск",
        "Челябинская область",
        "Челябинская обл.",
        "455",
        "3519",
    ),
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "Пермский кр.", "614", "342"),
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Уфа", "в г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    ("г. Казань", "в г. Казани", "Казань", "Республика Татарстан", "РТ", "420", "843"),
    ("г. Чебоксары", "в г. Чебоксарах", "Чебоксары", "Чувашская Республика", "ЧР", "428", "8352"),
    ("г. Йошкар-Ола", "в г. Йошкар-Оле", "Йошкар-Ола", "Республика Марий Эл", "РМЭ", "424", "8362"),
    ("г. Саранск", "в г. Саранске", "Саранск", "Республика Мордовия", "РМ", "430", "8342"),
    ("г. Сыктывкар", "в г. Сыктывкаре", "Сыктывкар", "Республика Коми", "Коми", "167", "8212"),
    ("г. Тюмень", "в г. Тюмени", "Тюмень", "Тюменская область", "Тюм. обл.", "625", "3452"),
    ("г. Курган", "в г. Кургане", "Курган", "Курганская область", "Курганская обл.", "640", "3522"),
    ("г. Омск", "в г. Омске", "Омск", "Омская область", "Омская обл.", "644", "3812"),
    (
        "г. Новосибирск",
        "в г. Новосибирске",
        "Новосибирск",
        "Новосибирская область",
        "НСО",
        "630",
        "383",
    ),
    ("г. Томск", "в г. Томске", "Томск", "Томская область", "Томская обл.", "634", "3822"),
    ("г. Барнаул", "в г. Барнауле", "Барнаул", "Алтайский край", "Алт. край", "656", "3852"),
    (
        "г. Новокузнецк",
        "в г. Новокузнецке",
        "Новокузнецк",
        "Кемеровская область — Кузбасс",
        "Кузбасс",
        "654",
        "3843",
    ),
]
# street: with its type, bare (as people write it)
STREETS17 = [
    ("ул. Советская", "Советская"),
    ("пр-т Победы", "Победы"),
    ("ул. Малышева", "Малышева"),
    ("ул. Кирова", "Кирова"),
    ("ул. Первомайская", "Первомайская"),
    ("ул. Комсомольская", "Комсомольская"),
    ("бул. Гагарина", "б-р Гагарина"),
    ("ул. Свободы", "Свободы"),
    ("ул. 8 Марта", "8 Марта"),
    ("ул. 40-летия Победы", "40 лет Победы"),
    ("ул. Энтузиастов", "Энтузиастов"),
    ("пер. Кооперативный", "Кооперативный пер"),
    ("ш. Московское", "Московское ш"),
    ("ул. Братьев Кашириных", "Бр. Кашириных"),
    ("ул. Рихарда Зорге", "Р. Зорге"),
    ("ул. Баумана", "Баумана"),
    ("ул. Куйбышева", "Куйбышева"),
    ("пр-т Ленина", "пр Ленина"),
    ("ул. Сибиряков-Гвардейцев", "Сибиряков-Гвардейцев"),
    ("ул. Пушкинская", "Пушкинская"),
    ("наб. реки Смоленки", "наб Смоленки"),
    ("ул. Ломоносова", "Ломоносова"),
]
# village: with type, locative, district, region
RURAL17 = [
    ("с. Кесова Гора", "в с. Кесова Гора", "Кесовогорский р-н", "Тверская обл."),
    ("д. Вёшки", "в д. Вёшки", "Мытищинский г.о.", "Московская обл."),
    ("пгт Шаховская", "в пгт Шаховская", "Шаховской г.о.", "Московская обл."),
    ("с. Дубровичи", "в с. Дубровичи", "Рязанский р-н", "Рязанская обл."),
    ("д. Ясная Поляна", "в д. Ясной Поляне", "Щёкинский р-н", "Тульская обл."),
    ("с. Красное", "в с. Красном", "Краснинский р-н", "Липецкая обл."),
    ("пос. Шалово", "в пос. Шалово", "Лужский р-н", "Ленинградская обл."),
    ("с. Шелтозеро", "в с. Шелтозеро", "Прионежский р-н", "Республика Карелия"),
    ("рп Бисерть", "в рп Бисерть", "Бисертский г.о.", "Свердловская обл."),
    ("с. Аргаяш", "в с. Аргаяш", "Аргаяшский р-н", "Челябинская обл."),
    ("с. Юсьва", "в с. Юсьве", "Юсьвинский м.о.", "Пермский край"),
    ("с. Алнаши", "в с. Алнаши", "Алнашский р-н", "Удмуртская Республика"),
    ("с. Бураево", "в с. Бураево", "Бураевский р-н", "Республика Башкортостан"),
    ("пгт Аксубаево", "в пгт Аксубаево", "Аксубаевский р-н", "Республика Татарстан"),
    ("д. Шоркистры", "в д. Шоркистры", "Урмарский р-н", "Чувашская Республика"),
    ("с. Визинга", "в с. Визинге", "Сысольский р-н", "Республика Коми"),
    ("с. Ярково", "в с. Ярково", "Ярковский р-н", "Тюменская обл."),
    ("р.п. Кольцово", "в р.п. Кольцово", "Новосибирский р-н", "Новосибирская обл."),
    ("с. Бакчар", "в с. Бакчар", "Бакчарский р-н", "Томская обл."),
    ("с. Сростки", "в с. Сростки", "Бийский р-н", "Алтайский край"),
]
RURAL_ST17 = [
    "Центральная",
    "Садовая",
    "Луговая",
    "Заречная",
    "Полевая",
    "Механизаторов",
    "Лесная",
    "Мира",
    "Колхозная",
    "Новая",
]
ORG_ST17 = [
    "ул. Больничная",
    "ул. Лабораторная",
    "ул. Госпитальная",
    "пр-т Строителей",
    "ул. Медицинская",
    "ул. Клиническая",
    "ул. Студенческая",
    "ул. Диагностическая",
]


def _t17(rng: random.Random) -> tuple:
    return rng.choice(TOWNS17)


def _hk17(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", "к1", " корп. 3"])
    return h, rng.randint(1, 260)


def addr17(rng: random.Random) -> str:
    """A person's address as people write it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t17(rng)
    st, bare = rng.choice(STREETS17)
    v, _vl, vdist, vreg = rng.choice(RURAL17)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk17(rng)
    n = rng.randint(1, 80)
    rs = rng.choice(RURAL_ST17)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"{reg_ab}, {town}, {st}, {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}, {vdist}",
        lambda: f"{bare_t} {bare} {h} кв {k}",
        lambda: f"{town}, {st}, д.{h}, кв.{k}, {z}",
        lambda: f"{z} {bare_t} {bare} {h}/{k}",
        lambda: f"{v} {vdist} {rs} {n}",
        lambda: f"{reg_ab} {bare_t}, {st} {h}, кв. {k}",
    ]
    return rng.choice(shapes)()


def aloc17(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on; «в» stays outside)."""
    _t, loc, _bare_t, _r, _ra, _i, _c = _t17(rng)
    st, bare = rng.choice(STREETS17)
    _v, vl, vdist, _vr = rng.choice(RURAL17)
    h, k = _hk17(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST17)}, {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare} {h}-{k}",
        ]
    )


def abr17(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _loc, _b, reg, _ra, idx, _c = _t17(rng)
    st, _bare = rng.choice(STREETS17)
    h, k = _hk17(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, {h}-{k},\n{town}",
        ]
    )


def aorg17(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t17(rng)
    st = rng.choice(ORG_ST17)
    n = rng.randint(1, 90)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, стр. {rng.randint(1, 6)}",
            f"{town}, {st}, {n}",
            f"{st}, {n}, {town}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 17: phones (fresh)
OPS17 = [
    "903",
    "905",
    "906",
    "909",
    "915",
    "916",
    "917",
    "919",
    "926",
    "952",
    "953",
    "958",
    "960",
    "961",
    "977",
    "985",
    "996",
    "912",
    "922",
    "982",
    "904",
    "913",
    "923",
    "951",
]
NDASH = "–"


def _mob17(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS17), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob17(rng: random.Random) -> str:
    op, a, b, c = _mob17(rng)
    return rng.choice(
        [
            f"8 {op} {a}-{b}-{c}",
            f"+7 ({op}) {a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8({op}){a}-{b}-{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 {op} {a} {b} {c}",
            f"+7{NDASH}{op}{NDASH}{a}{NDASH}{b}{NDASH}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a}{b}{c}",
            f"7-{op}-{a}-{b}{c}",
            f"+7 {op} {a}-{b}{c}",
        ]
    )


def city17(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t17(rng)
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
            f"+7 ({code}) {loc}",
            f"8-{code}-{loc}",
            f"8 {code} {rest}",
        ]
    )


def local17(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(200, 799)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]
    )


def brk17(rng: random.Random) -> str:
    op, a, b, c = _mob17(rng)
    return rng.choice([f"+7 {op}\n{a}-{b}-{c}", f"8 ({op}) {a}-\n{b}-{c}", f"8-{op}-{a}-\n{b}-{c}"])


MAIL_DOM17 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "gmail.com",
    "internet.ru",
]
ORG_MAIL17 = [
    "lab@kdl-tver.ru",
    "results@cdl-ekb.ru",
    "otk@gemotest-ural.ru",
    "dializ@nefro-omsk.ru",
    "priem@okb-tula.ru",
    "kachestvo@lab-kazan.ru",
    "profpat@cpp-chel.ru",
    "apteka.proizv@farm-perm.ru",
    "spk@donor-nsk.ru",
    "rtcenter@onco-kaluga.ru",
    "support@dom-zdorovie.ru",
]


def mail17(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f[0]}",
            f"{f}.{s}",
            f"{s}{rng.randint(60, 99)}",
            f"{f[0]}.{s}{rng.randint(1, 9)}",
            f"{f}_{s}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM17)}"


# ---------------------------------------------------------------- corpus 17: passports (fresh)
OKATO17 = ["28", "78", "70", "29", "61", "66", "20", "42", "46", "58", "49", "27", "86", "65", "75"]


def pas17(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO17), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y} № {n}",
            f"{o}{y}{n}",
        ]
    )


# ---------------------------------------------------------------- corpus 17: record numbers (fresh)
def brk_mid(s: str) -> str:
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


REC17 = {
    "lis": ["########", "26######", "Z-#######", "ЛИС-26-######", "%%-#######", "####-####-##"],
    "tube": ["##########", "%######", "@-#######", "#######-##", "26########", "%%########"],
    "acc": ["AC26-######", "26/######", "L#######", "%%%26#####"],
    "ib": ["#####/26", "И-####-26", "####/С", "##-#####", "#####-Т"],
    "amb": ["#####", "@-#####", "###/##", "АК-######", "####-@"],
    "dial": ["ГД-###", "##/Д", "Д-####/24", "ПД-##-##"],
    "donor": ["Д-######", "######", "##-#####-Д"],
    "devid": ["PID-#####", "P%%####", "#####-%%", "%#####"],
    "portal": ["%#%%-##%#", "####-####-####", "%%#-#%#-%%", "##%%##"],
    "holter": ["ХМ-####/26", "####-%%", "Х-#####"],
    "psg": ["ПСГ-###-26", "PSG26####", "СН-####"],
    "spiro": ["СП-#####", "#####/ФВД", "ФВД-26-####"],
    "audio": ["АУД-####", "###-А/26", "А#####"],
    "echo": ["ЭХО-#####", "#####/ЭХ", "ЭХ26-####"],
    "ecg": ["ЭКГ-#####", "#####/ФД", "Е26-####"],
    "rt": ["ЛТ-####/26", "РТ ###-##", "####-ЛТ"],
    "dosecard": ["####", "ИКД-###", "##-###/Р"],
    "tab": ["######", "00####", "Т-#####"],
    "newb": ["####/Н", "Н-####", "##-###Н"],
    "preg": ["ЖК-####/26", "###/26", "ОК-#####"],
    "rxph": ["####", "##-###", "Р-####"],
    "compl": ["ОБР-2026-#####", "##-#####/26", "П-####"],
    "sport": ["СМ-#####", "ВФД-####/26", "#####-С"],
    "pmo": ["ПМО-####/26", "####-ПО", "МО/26/#####"],
    "anon": ["@@@-####", "##-####-@", "@@##-##"],
    "act": ["###", "####/26", "АМО-###"],
    "xti": ["####", "ХТИ-#####", "##-####/26"],
    "trauma": ["Т-####", "#####/т", "ТП-####-26"],
    "mrn": ["########", "%#######", "##-###-###"],
    "hemo": ["ГФ-###", "###/Г", "ГЕМ-####"],
    "asit": ["АСИТ-###/26", "###-А", "АЛ-####"],
    "sms": ["####-####", "%%##%#", "#%#%#%"],
    "cloud": ["%%%-#####", "U########", "%#####%"],
    "vk": ["###", "##/26", "ВК-####"],
    "dms": ["###-######-##", "ДМС ##/#######", "##-@-#######"],
    "ref": ["######", "НП-#####", "##/####"],
    "nat": ["26-####-######", "####-26-######"],
}


def rec17(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC17[kind]))


def din17(rng: random.Random) -> str:
    """An ISBT 128 donation identification number: facility, year, serial."""
    return shape(rng, "W#### 26 ######")


# ---------------------------------------------------------------- corpus 17: hard negatives
ANALYSERS17 = [
    "Sysmex XN-1000",
    "Sysmex CS-2500",
    "Cobas 6000",
    "Cobas c 311",
    "Architect i2000SR",
    "Mindray BC-6800",
    "Beckman Coulter AU680",
    "Maglumi 800",
    "ABL800 FLEX",
    "i-STAT 1",
    "Alinity ci",
    "DxH 900",
    "BD FACSCanto II",
    "QuantStudio 5",
    "BacT/ALERT 3D",
    "VITEK 2 Compact",
    "Atellica IM 1600",
    "Access 2",
]
SERV17 = [
    "A09.05.023",
    "A09.05.020",
    "A09.05.041",
    "A09.05.042",
    "A09.05.063",
    "A09.05.065",
    "A09.28.001",
    "A08.05.004",
    "A12.05.005",
    "B03.016.003",
    "B03.016.004",
    "A26.28.003.001",
    "A12.09.001",
    "A05.10.008",
    "A12.25.001",
]
LOINC17 = [
    "2345-7",
    "718-7",
    "4548-4",
    "2160-0",
    "1742-6",
    "3016-3",
    "14979-9",
    "6301-6",
    "2857-1",
    "30522-7",
    "33762-6",
    "5902-2",
]
ICD17 = [
    "E11.9",
    "I10",
    "I48.1",
    "N18.5",
    "J45.0",
    "C50.4",
    "Z34.0",
    "O24.4",
    "D66",
    "E03.9",
    "Z57.5",
    "T56.0",
    "G47.3",
    "R73.0",
    "Z00.0",
]
ORD17 = [
    "приказ Минздрава России № 203н",
    "приказ Минздрава России № 464н",
    "приказ Минздрава России № 1051н",
    "приказ Минздрава России № 29н",
    "приказ Минздрава России № 933н",
    "приказ Минздрава России № 1130н",
    "приказ Минздрава России № 804н",
    "приказ Минздрава России № 20н",
]
ORGS17 = [
    "ГБУЗ «Областная клиническая больница № 2»",
    "ГАУЗ СО «Городская клиническая больница № 40»",
    "ООО «КДЛ Тверь»",
    "ГБУЗ «Центр крови им. О.К. Гаврилова»",
    "ООО «Лаборатория Гемотест-Урал»",
    "ГБУЗ «Клинико-диагностическая лаборатория № 3»",
    "ООО «Нефролайн-Омск»",
    "ГАУЗ «Республиканский клинический онкологический диспансер»",
    "ГБУЗ «Перинатальный центр» г. Рязани",
    "ФБУН «Центр профпатологии» Роспотребнадзора",
    "ГБУЗ «Детская республиканская клиническая больница»",
    "ГАУЗ «Врачебно-физкультурный диспансер № 1»",
]
NEG_WORDS17 = ["лунка", "поз.", "гнездо", "ячейка"]


def num17(rng: random.Random, lo: float, hi: float, nd: int = 1, comma: bool = True) -> str:
    v = f"{rng.uniform(lo, hi):.{nd}f}"
    return v.replace(".", ",") if comma else v


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def fillers17(rng: random.Random) -> dict:
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
        f[pre + "_aya"] = "ой" if male else "ая"
    f["p_brk"] = hyphen_break(f["p"])
    f["p_sex_hl7"] = "M" if f["p_male"] else "F"
    f["p_ocr"] = ocr(f["p_up"])
    f["p_lat"] = " ".join(lat(w).upper() for w in f["p"].split()[:2])
    f["p_latc"] = ", ".join(lat(w).capitalize() for w in f["p"].split()[:2])
    f["p_hl7"] = "^".join(lat(w).upper() for w in f["p"].split()[:2])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    f["bd"] = date(rng, rng.randint(1938, 2004), rng.choice(["dot", "dot", "dot", "words", "dot1"]))
    f["bd2"] = date(rng, rng.randint(1945, 2003), "dot")
    f["bdk"] = date(rng, rng.randint(2011, 2023), rng.choice(["dot", "dot", "words"]))
    f["bdk2"] = date(rng, rng.randint(2011, 2023), "dot")
    bdi = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_iso"] = bdi.isoformat()
    f["bd_us"] = f"{bdi.month:02d}/{bdi.day:02d}/{bdi.year}"
    f["bd_hl7"] = f"{bdi.year}{bdi.month:02d}{bdi.day:02d}"
    f["bd_same"] = f"{bdi.day:02d}.{bdi.month:02d}.{bdi.year}"
    bdq = dt.date(rng.randint(1984, 2005), rng.randint(1, 12), rng.randint(1, 28))
    f["bdq"] = fmt_date(rng, bdq, rng.choice(["dot", "dot", "words"]))
    f["ageq"] = str(2026 - bdq.year - 1)
    f["bdyoung"] = date(rng, rng.randint(1998, 2007), rng.choice(["dot", "dot1"]))
    f["cls"] = str(rng.randint(1, 11))
    f["bdy"] = str(rng.randint(1950, 2003))  # a year alone: not labelled
    f["age"] = str(rng.randint(21, 86))
    f["agek"] = str(rng.randint(2, 16))
    # the documents' dates: six in order, each in several writings
    cur = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 300))
    days = []
    for _ in range(6):
        cur += dt.timedelta(days=rng.randint(1, 9))
        days.append(cur)
    f["bdn"] = fmt_date(rng, days[0] - dt.timedelta(days=rng.randint(1, 5)), "dot")
    for i, d in enumerate(days, 1):
        f[f"td{i}"] = fmt_date(rng, d, "dot")
        f[f"tdd{i}"] = f"{d.day:02d}.{d.month:02d}"
        f[f"tdr{i}"] = f"{d.day}/{ROMAN[d.month - 1]}"
        f[f"thl{i}"] = f"{d.year}{d.month:02d}{d.day:02d}"
        f[f"tiso{i}"] = d.isoformat()
        f[f"tus{i}"] = f"{d.month:02d}/{d.day:02d}/{d.year}"
        f[f"tw{i}"] = fmt_date(rng, d, "words")
        f[f"tsh{i}"] = fmt_date(rng, d, "short")
        f[f"tdm{i}"] = fmt_date(rng, d, "dm")
    nxt = days[0] + dt.timedelta(days=1)
    f["td1n"] = fmt_date(rng, nxt, "dot")
    f["tdd1n"] = f"{nxt.day:02d}.{nxt.month:02d}"
    nxt2 = days[1] + dt.timedelta(days=1)
    f["tdd2n"] = f"{nxt2.day:02d}.{nxt2.month:02d}"
    f["lmp"] = fmt_date(rng, days[0] - dt.timedelta(days=rng.randint(130, 150)), "dot")
    f["tend"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(60, 300)), "dot")
    f["dold"] = date(rng, rng.randint(2016, 2025), "dot")
    f["dold2"] = date(rng, rng.randint(2016, 2025), rng.choice(["dot", "words"]))
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    f["cal_d"] = date(rng, 2025, "dot")  # a device's calibration: a date all the same
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2026, 2028)}"  # month and year only
    f["exp_m2"] = f"{rng.randint(2026, 2028)}-{rng.randint(1, 12):02d}"
    # times
    t0 = rng.randint(6 * 60, 10 * 60)
    for i in range(1, 7):
        t0 += rng.randint(15, 130)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
    f["tm_dot"] = (
        f"{rng.randint(6, 11):02d}.{rng.choice(['05', '15', '20', '35', '40', '45', '50'])}"
    )
    f["tm_hl7"] = f"{rng.randint(6, 22):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr17(rng)
        f[f"ph{i}"] = mob17(rng)
    f["al1"] = aloc17(rng)
    f["a_br"] = abr17(rng)
    f["ao"], f["ao2"] = aorg17(rng), aorg17(rng)
    f["phc1"], f["phc2"] = city17(rng), city17(rng)
    f["ph_loc"] = local17(rng)
    f["ph_br"] = brk17(rng)
    op, a, b, c = _mob17(rng)
    f["ph_glue"] = rng.choice([f"8{op}{a}{b}{c}", f"+7{op}{a}{b}{c}", f"+7({op}){a}-{b}-{c}"])
    f["ph800"] = (
        rng.choice(["8-800-", "8 800 ", "8 (800) "])
        + f"{rng.randint(200, 799)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    )
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail17(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail17(rng, f["q_sur"], f["q_first"])
    f["md"] = mail17(rng, f["d_sur"], f["d_first"])
    f["mo"] = rng.choice(ORG_MAIL17)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"] = pas17(rng)
    f["kpd"] = f"{rng.randint(500, 770)}-{rng.randint(1, 60):03d}"
    f["pasf"] = shape(rng, rng.choice(["C########", "AB#######", "P#######", "X#######"]))
    f["pasz"] = shape(rng, "7# #######")
    f["bc"] = bcert(rng)
    # record numbers of one patient, sample or episode
    for key in REC17:
        f[key] = rec17(rng, key)
        f[key + "2"] = rec17(rng, key)
    f["lis_br"] = brk_mid(rec17(rng, "lis"))
    f["tube_br"] = brk_mid(rec17(rng, "tube"))
    f["ib_br"] = brk_mid(f["ib2"])
    f["tube_ocr"] = shape(rng, "##0####3##").replace("0", "О", 1).replace("3", "З", 1)
    f["lis_ocr"] = shape(rng, "2603####").replace("0", "О").replace("3", "З")
    f["din"], f["din2"] = din17(rng), din17(rng)
    # hard negatives
    f["an1"], f["an2"] = rng.sample(ANALYSERS17, 2)
    f["an_sn"] = shape(
        rng, rng.choice(["SN ####-####", "s/n %%######", "зав. № #####", "SN %#####"])
    )
    f["inv"] = shape(rng, rng.choice(["инв. № 0134####", "инв. ВА######", "инв. № ######"]))
    f["lot1"] = shape(rng, rng.choice(["Lot #######", "LOT %%####", "серия ####-##", "лот ######"]))
    f["lotn1"] = shape(rng, rng.choice(["######", "%%####", "####-##", "%#####"]))
    f["lotn2"] = shape(rng, rng.choice(["#####", "%####", "##-####", "###%##"]))
    f["lot2"] = shape(rng, rng.choice(["Lot %######", "LOT ######%", "серия %####", "лот ##-####"]))
    f["ref_cat"] = shape(rng, rng.choice(["REF #######", "кат. № %%-####", "REF #####190"]))
    f["rack"] = str(rng.randint(1, 40))
    f["pos"] = str(rng.randint(1, 100))
    f["well"] = rng.choice("ABCDEFGH") + str(rng.randint(1, 12))
    f["serv1"], f["serv2"] = rng.sample(SERV17, 2)
    f["loinc1"], f["loinc2"] = rng.sample(LOINC17, 2)
    f["fsli"] = shape(rng, "10#####")
    f["icd1"], f["icd2"] = rng.sample(ICD17, 2)
    f["ord"] = rng.choice(ORD17)
    f["org"], f["org2"] = rng.sample(ORGS17, 2)
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["cab"] = str(rng.randint(101, 518))
    f["ward"] = str(rng.randint(1, 24))
    f["bed"] = str(rng.randint(1, 12))
    f["box"] = str(rng.randint(1, 9))
    f["wt"] = str(rng.randint(48, 118))
    f["ht"] = str(rng.randint(150, 196))
    f["wtk"] = str(rng.randint(12, 58))
    f["ver"] = shape(rng, rng.choice(["v#.#.#", "#.##.#", "ver. #.#"]))
    f["small"] = str(rng.randint(2, 30))
    f["big"] = str(rng.randint(100, 999))
    f["otp"] = shape(rng, "####")
    # decimals written like a date without a year (values, never dates)
    for i in range(1, 4):
        f[f"v_dl{i}"] = f"{rng.randint(10, 28)}.{rng.randint(1, 12):02d}"
    f["v_small"] = f"{rng.randint(1, 9)}.{rng.randint(1, 12):02d}"
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map({**fillers17(rng), **extra})


# ---------------------------------------------------------------- corpus 17: genres and kinds
# one kind per unit: (unit ID, genre, template); every template is used by one kind only
GENRES17: list[tuple[int, str, str]] = [
    (
        195,
        "дневник самоконтроля гликемии (выгрузка глюкометра) для эндокринолога",
        """ДНЕВНИК САМОКОНТРОЛЯ ГЛИКЕМИИ — выгрузка Accu-Chek Performa, {an_sn}, ПО {ver}
Пациент: [[P:{p}]]   д.р. [[B:{bd}]]   амб. карта № [[R:{amb}]]   СНИЛС [[S:{sn}]]
ID пациента в памяти прибора: [[R:{devid}]]
Цели: натощак 4,0–7,0 ммоль/л, через 2 ч после еды < 9,0 ммоль/л; HbA1c < 7,0 %
дата  | 07:00 | 12:30 | 18:00 | 22:00 | инсулин У/О/В, ЕД
[[D:{tdd1}]] | <<#,#>> | {v_dl1} | <<#,#>> | <<#,#>> | <<1#>>/<<#>>/<<2#>>
[[D:{tdd2}]] | <<#,#>> | <<1#,#>> | {v_dl2} | <<#,#>> | <<1#>>/<<#>>/<<2#>>
[[D:{tdd3}]] | 3,1 (гипо, 15 г глюкозы) | <<#,#>> | <<#,#>> | — | <<1#>>/<<#>>/<<2#>>
Средняя 8,4 ммоль/л, SD 2,9; в целевом диапазоне 61 %, ниже 3,9 — 4 %.
Тест-полоски {lot1}, годны до {exp_m}; контрольный раствор ур. 2: 10,2 ммоль/л (8,5–12,3).
Передано [[D:{td4}]] в {tm2}; эндокринолог [[P:{d_s}]], каб. {cab}. Телефон пациента [[T:{ph1}]].""",
    ),
    (
        56,
        "дневник самоконтроля МНО на дому и коррекция дозы варфарина",
        """Кабинет контроля антикоагулянтной терапии, {org}
ДНЕВНИК МНО — CoaguChek XS, {an_sn}; целевой диапазон МНО 2,0–3,0
[[P:{p}]], [[B:{bd}]] г.р., карта АКТ [[R:{amb}]]; диагноз {icd1}, ФП, CHA2DS2-VASc 4
Дата       МНО     варфарин, мг/сут     примечание
[[D:{td1}]]   {v_small}    5,0                  —
[[D:{td2}]]   2,<<##>>     3,75 (1,5 таб.)       кровоточивость дёсен
[[D:{td3}]]   2.<<#>>6     5,0 / 2,5 через день
Полоски {lot1}, код чипа <<###>>, годны до {exp_m}.
Звонок м/с [[P:{s_s}]] [[D:{tdd4}]] в {tm3} на [[T:{ph1}]]: доза 5 мг + 2,5 мг через день, МНО повторить через 7 дней.
Врач [[P:{d_i}]]. Следующий контроль [[D:{td5}]].""",
    ),
    (
        50,
        "дневник самоконтроля артериального давления, присланный через портал",
        """Портал «Моё здоровье» — сообщение [[R:{portal}]] от [[D:{td3}]] {tm1}
От: [[P:{p_fi}]] <[[E:{m1}]]>
Тема: дневник давления за неделю
Утро 06:40: 148/92, п. 78 | 152/94, п. 80 | 144/90, п. 76
Вечер 21:30: 138/86, п. 72 | 160/98 (после работы), п. 88 | 134/84, п. 70
Тонометр Omron M3 (HEM-7155-E), серийный <<#######>>LF, манжета 22–42 см.
Принимаю лозартан 50 мг утром, амлодипин 5 мг вечером. Рост {ht} см, вес {wt} кг.
—
Ответ [[D:{td4}]]: [[P:{p_io}]], цель — ниже 130/80 мм рт. ст. Увеличьте лозартан до 100 мг, СМАД [[D:{tdm5}]] в {tm2}, каб. {cab}. Терапевт [[P:{d_s}]], код услуги {serv1}.""",
    ),
    (
        39,
        "дневник пикфлоуметрии ребёнка с бронхиальной астмой",
        """ДНЕВНИК ПИКФЛОУМЕТРИИ
Ребёнок: [[P:{c}]], [[B:{bdk}]], рост 1<<##>> см; должная ПСВ <<3##>> л/мин
Мама: [[P:{q_io}]], [[T:{ph1}]]; адрес: [[A:{a1}]]
зелёная зона > 80 % (> <<2##>> л/мин) · жёлтая 50–80 % · красная < 50 %
[[D:{tdd1}]]  утро <<2##>> / вечер <<2##>> л/мин, сальбутамол 100 мкг 2 вд.
[[D:{tdd2}]]  утро <<1##>> / вечер <<2##>>, суточная вариабельность 2<<#>> %
[[D:{tdd3}]]  утро <<2##>> / вечер <<2##>> — ОРВИ, t 37,8 °C
Пикфлоуметр Mini-Wright, диапазон 60–800 л/мин, № <<#####>>.
Аллерголог [[P:{d_s}]], детская поликлиника № {small}, карта [[R:{amb}]]. Контроль [[D:{td5}]].""",
    ),
    (
        38,
        "протокол спирометрии с бронходилатационной пробой",
        """ПРОТОКОЛ ИССЛЕДОВАНИЯ ФУНКЦИИ ВНЕШНЕГО ДЫХАНИЯ № [[R:{spiro}]]
Спирометр MasterScreen Pneumo, {an_sn}; калибровка шприцем 3 л [[D:{cal_d}]] {tm1}
[[P:{p}]], пол {p_sex}, возраст {age} лет, рост {ht} см, вес {wt} кг; ИБ [[R:{ib}]]
Показатель   должн.   до     %долж   после 400 мкг сальбутамола   прирост
ФЖЕЛ, л      <<#,##>>     <<#,##>>    <<##>>      <<#,##>>                         <<#>> %
ОФВ1, л      <<#,##>>     <<#,##>>    <<##>>      <<#,##>>                         1<<#>> %
ПОС, л/с     <<#,##>>     <<#,##>>    <<##>>      <<#,##>>
МОС25-75, л/с <<#,##>>    <<#,##>>    <<##>>      <<#,##>>
ОФВ1/ФЖЕЛ 0,<<##>> (LLN 0,68). Качество попыток: A, воспроизводимость 120 мл.
Заключение: обструкция лёгкой степени, проба положительная (+2<<##>> мл). {icd1}.
Врач ФД [[P:{e_s}]], [[D:{td2}]]; направил пульмонолог [[P:{d_i}]].""",
    ),
    (
        14,
        "протокол сеанса программного гемодиализа",
        """ПРОТОКОЛ СЕАНСА ГЕМОДИАЛИЗА — сеанс № 1<<##>>, смена {small}, место {bed}
Пациент: [[P:{p}]]   карта диализа [[R:{dial}]]   [[B:{bd}]]
Дата [[D:{td2}]], начало {tm1}, окончание {tm4}; аппарат 5008S, {an_sn}
Диализатор FX80, серия {lotn1}; A-концентрат {lot2}; гепарин 5000 ЕД болюс + 1000 ЕД/ч
Сухой вес <<6#>>,<<#>> кг · до сеанса <<7#>>,<<#>> кг · после <<6#>>,<<#>> кг
УФ план 2,<<#>> л, фактически 2,<<#>> л; Qb 300 мл/мин, Qd 500 мл/мин, Na 138 ммоль/л
АД до 162/90, через 2 ч 118/70 (судороги, 0,9 % NaCl 200 мл), после 134/80; ЧСС 76
Kt/V (Daugirdas) 1,<<##>>; URR 7<<#>> %. Предыдущий сеанс [[D:{tdd1}]]: УФ 2,<<#>> л, без осложнений.
Медсестра [[P:{s_s}]], врач [[P:{d_s}]]. Транспорт: соцтакси, водитель звонить [[T:{ph1}]].""",
    ),
    (
        43,
        "ежемесячный лист адекватности гемодиализа и письмо в направивший центр",
        """{org}, [[A:{ao}]], тел. [[T:{phc1}]]
Заведующему нефрологическим отделением [[P:{e_dat}]]
Ежемесячная оценка адекватности диализа — [[P:{p}]], [[B:{bd}]]
Карта диализа [[R:{dial}]], история болезни [[R:{ib}]]; СНИЛС [[S:{sn}]]
Доступ: АВФ левого предплечья, Qa <<9##>> мл/мин (УЗ-дилюция [[D:{td1}]])
Qb 3<<##>> мл/мин, Qd 500 мл/мин, 3 × 4,5 ч/нед.
Пробы от [[D:{td2}]] {tm2} (до/после): мочевина <<2#>>,<<#>> / <<#>>,<<#>> ммоль/л; креатинин <<8##>> / <<3##>> мкмоль/л
spKt/V 1,<<##>>, eKt/V 1,<<##>>, URR 7<<#>> %, nPCR 1,<<#>> г/кг/сут
Hb <<1##>> г/л, ферритин {v_dl1} мкг/л, ПТГ <<4##>> пг/мл, P 1,<<##>> ммоль/л
Код ФСЛИ мочевины {fsli}, услуга {serv1}. Врач-нефролог [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        44,
        "лист инфузионной терапии ОРИТ с программой инфузомата",
        """ОРИТ № {small}, койка {bed}. ЛИСТ ИНФУЗИОННОЙ ТЕРАПИИ за [[D:{td2}]]
[[P:{p_up}]]   ИБ [[R:{ib}]]   {age} лет, масса {wt} кг
Канал | раствор                          | скорость, мл/ч | с — по
1     | NaCl 0,9 % 500 мл                | <<##>>             | 08:00 — 14:00
2     | калия хлорид 4 % 50 мл (перфузор) | <<#>>,<<#>>            | {tm1} — {tm3}
3     | инсулин 50 ЕД/50 мл              | <<#>>,<<#>>            | по схеме
4     | норадреналин 8 мг/50 мл          | <<#>>,<<#>>            | {tm2} — …
Инфузомат B. Braun Space, {an_sn}; перфузоры канал 2–4, {inv}.
Баланс за сутки: введено <<3###>> мл, выделено <<2###>> мл, диурез <<#>>,<<#>> мл/кг/ч.
Назначил [[P:{d_s}]]; выполнила м/с [[P:{s_s}]]; смену сдал(а) [[P:{m_s}]] в 20:00.""",
    ),
    (
        540,
        "карта интенсивной терапии: вазопрессорная поддержка при септическом шоке",
        """КАРТА ИНТЕНСИВНОЙ ТЕРАПИИ — ОАР, бокс {box}
Пациент [[P:{p_s}]], ИБ [[R:{ib_br}]], масса {wt} кг, SOFA 1<<#>>, лактат <<#>>,<<#>> ммоль/л
Время | САД/ДАД (ср.) | ЧСС | ЦВД | норадреналин, мкг/кг/мин | добутамин
{tm1} | 82/44 (57)    | 1<<##>> | <<#>>   | 0,<<##>>                    | —
{tm2} | 96/52 (66)    | 1<<##>> | <<#>>   | 0,<<##>>                    | 5 мкг/кг/мин
{tm3} | 108/60 (76)   | <<9#>>  | 1<<#>>  | 0,<<##>>                    | 5
Посев крови [[D:{tdd2}]] {tm1}: флаконы BacT/ALERT — штрих-код [[R:{tube}]], [[R:{tube2}]].
Антибиотик: меропенем 2 г × 3 р/с (инфузия 3 ч). Температура 38,9 °C.
Дежурный анестезиолог-реаниматолог [[P:{d}]]; родственник (сын) [[P:{u_io}]], [[T:{ph1}]].""",
    ),
    (
        573,
        "карта наблюдения новорождённого в ОРИТН (почасовой диурез)",
        """ОРИТН, кувез № {bed}. КАРТА НАБЛЮДЕНИЯ НОВОРОЖДЁННОГО
Новорождённый: ребёнок [[P:{q_s_gen}]] (мать [[P:{q}]]), дата рождения [[B:{bdn}]] {tm1}
История развития новорождённого [[R:{newb}]]; ГВ 3<<#>> нед, масса при рождении 1<<###>> г, сегодня 1<<###>> г
Сутки жизни 3. Апгар 6/7. FiO2 0,<<##>>, SpO2 9<<#>> %, ЧСС 1<<##>>, t кувеза 34,5 °C
Диурез по часам (мл/кг/ч): 06:00 — <<#>>,<<#>> · 09:00 — <<#>>,<<#>> · 12:00 — 0,<<#>> (олигурия) · 15:00 — <<#>>,<<#>>
Инфузия 1<<##>> мл/кг/сут, глюкоза 10 % — 3,<<#>> мл/ч; электролиты: Na 13<<#>>, K 5,<<#>> ммоль/л
Креатинин [[D:{tdd2}]]: <<9#>> мкмоль/л. Проба крови: пробирка [[R:{tube}]].
Неонатолог [[P:{d_s}]]; м/с [[P:{s_s}]]. Мама на связи: [[T:{ph1}]].""",
    ),
    (
        541,
        "анестезиологическая карта тотальной внутривенной анестезии",
        """АНЕСТЕЗИОЛОГИЧЕСКАЯ КАРТА — операционная № {small}
[[P:{p}]], {age} лет, {wt} кг / {ht} см, ИМТ <<2#>>,<<#>>; ASA II; Mallampati 2
ИБ [[R:{ib}]], [[D:{td3}]]; операция: лапароскопическая холецистэктомия ({icd1})
Индукция {tm1}: фентанил 0,2 мг, пропофол 2 мг/кг (1<<##>> мг), рокуроний 0,6 мг/кг
Поддержание: пропофол 6 → 4 мг/кг/час (шприцевой насос Perfusor, канал 1), фентанил 0,1 мг каждые 20–30 мин
Время  | АД      | ЧСС | SpO2 | EtCO2 | BIS
{tm1}  | 128/76  | 74  | 99   | 35    | 4<<#>>
{tm2}  | 104/62  | 62  | 100  | 34    | 4<<#>>
{tm3}  | 112/70  | 68  | 99   | 36    | 5<<#>>
Кровопотеря 50 мл, инфузия 1000 мл. Экстубация {tm4}, Aldrete 9. Согласие на анестезию подписано [[D:{td2}]].
Анестезиолог [[P:{d_s}]], анестезистка [[P:{s_s}]].""",
    ),
    (
        535,
        "план парентерального питания недоношенного новорождённого",
        """ПЛАН ПАРЕНТЕРАЛЬНОГО ПИТАНИЯ на [[D:{td3}]]
Ребёнок [[P:{q_s_gen}]], [[B:{bdn}]], ИРН [[R:{newb}]], палата ОПН {ward}
Масса 1<<###>> г (при рождении 1<<###>> г), ГВ 3<<#>>+<<#>> нед
Жидкость 1<<##>> мл/кг/сут; энтерально грудное молоко 8 × <<#>> мл
Глюкоза: СУГ 7,<<#>> мг/кг/мин (10 % + 40 %), гликемия 4,<<#>>–6,<<#>> ммоль/л
Аминокислоты (Аминовен Инфант 10 %) 3,<<#>> г/кг/сут; липиды СМОФлипид 20 % 2,<<#>> г/кг/сут
Na 3 ммоль/кг/сут, K 2 ммоль/кг/сут, Ca 1,<<#>> ммоль/кг/сут
Скорость общая <<#>>,<<#>> мл/ч; осмолярность <<8##>> мОсм/л (периферическая вена — нет, ЦВК).
Аптека: раствор приготовлен в боксе {box}, № рецепта [[R:{rxph}]], годен 24 ч до {tm2}.
Неонатолог [[P:{d_s}]]; мать [[P:{q_io}]], [[T:{ph1}]]""",
    ),
    (
        537,
        "протокол лечения диабетического кетоацидоза у ребёнка",
        """ПРОТОКОЛ ВЕДЕНИЯ ДКА — детская реанимация, [[D:{td1}]]
[[P:{c}]], {agek} лет, масса <<2#>> кг; ИБ [[R:{ib}]]; полис ОМС [[O:{enp}]]
Исходно {tm1}: pH 7,<<0#>>, HCO3 <<#>> ммоль/л, BE −1<<#>>, глюкоза 2<<#>>,<<#>> ммоль/л, кетоны 4,<<#>> ммоль/л
Инсулин короткий в/в 0,05 Ед/кг/ч (с {tm2}), затем 0,1 Ед/кг/ч; 50 ЕД в 50 мл NaCl 0,9 %
Час | глюкоза | скорость, мл/ч | K+
1   | 2<<#>>,<<#>>  | <<#>>,<<#>>           | 4,<<#>>
2   | 1<<#>>,<<#>>  | <<#>>,<<#>>           | 3,<<#>> (KCl 40 ммоль/л в инфузию)
4   | 1<<#>>,<<#>>  | <<#>>,<<#>>           | 4,<<#>>
Снижение глюкозы ≤ 5 ммоль/л/ч; ШКГ 15. Анализы: заявка ЛИС [[R:{lis}]].
Отец [[P:{u}]], [[T:{ph1}]]. Врач [[P:{d_s}]]""",
    ),
    (
        517,
        "протокол курса химиотерапии (дозы на площадь поверхности тела)",
        """ПРОТОКОЛ ХИМИОТЕРАПИИ — FOLFOX-6, курс 4 из 12, день 1 = [[D:{td2}]]
[[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], амб. карта [[R:{amb}]]; диагноз {icd1}
Рост {ht} см, масса {wt} кг, ППТ 1,<<##>> м² (Мостеллер)
Оксалиплатин 85 мг/м² — 1<<##>> мг в 500 мл глюкозы 5 %, 2 ч
Кальция фолинат 400 мг/м² — <<7##>> мг, 2 ч
5-ФУ 400 мг/м² болюс — <<7##>> мг; 2400 мг/м² — <<4###>> мг 46 ч (помпа Baxter LV5, {lot1})
Премедикация: ондансетрон 8 мг, дексаметазон 8 мг. Редукция доз: нет (нейропатия 1 ст.).
ОАК [[D:{tdd1}]]: лейкоциты 4,<<#>> · 10^9/л, нейтрофилы 2,<<#>>, тромбоциты 1<<##>>; проба [[R:{tube}]]
Химиотерапевт [[P:{d_s}]]; проверил клинический фармаколог [[P:{e_s}]]; приготовлено в ЦРЦП {tm1}. Следующий курс — [[D:{tend}]].""",
    ),
    (
        533,
        "протокол терапии острого лимфобластного лейкоза у ребёнка (пэгаспаргаза)",
        """Протокол ALL-MB 2015, консолидация S1 — неделя <<1#>>
Пациент: [[P:{c}]], [[B:{bdk}]]; ИБ [[R:{ib}]]; ППТ 0,<<##>> м²
Пэгаспаргаза 1000 МЕ/м² в/м — <<###>> МЕ ([[D:{td1}]], {tm1}), серия {lotn1}
Активность аспарагиназы в сыворотке на 7 день ([[D:{td3}]]): 0,<<##>> МЕ/мл (цель ≥ 0,1); пробирка [[R:{tube}]]
Метотрексат 30 мг/м² в/м — <<##>> мг; 6-МП 50 мг/м²/сут
Фибриноген 1,<<#>> г/л, АТ III 6<<#>> %, амилаза <<##>> Ед/л
Мама [[P:{q}]], [[T:{ph1}]]; адрес: [[A:{a1}]]
Онкогематолог [[P:{d_s}]]. Следующее введение — [[D:{td5}]].""",
    ),
    (
        106,
        "план лечебного энтерального питания в стационаре",
        """ПЛАН НУТРИТИВНОЙ ПОДДЕРЖКИ
[[P:{p}]], {age} лет, ИБ [[R:{ib}]], отделение {small}, палата {ward}
NRS-2002: 4 балла; масса {wt} кг (−<<#>> кг за 3 мес), ИМТ 1<<#>>,<<#>> кг/м²; альбумин 2<<#>> г/л
Потребность: энергия 25–30 ккал/кг/сут = <<1###>> ккал; белок 1,3 г/кг = 1<<##>> г/сут
Смесь Нутризон Эдванст Протизон 1,28 ккал/мл через зонд: 1000 мл/сут, 55 мл/ч × 18 ч
+ сипинг Нутридринк 2 × 200 мл (белок 2 × 12 г); итого белок <<1##>> г/сут
Остаточный объём желудка каждые 4 ч (< 250 мл). Лот смеси {lot1}, вскрыто [[D:{tdd2}]] {tm1}.
Диетолог [[P:{d_s}]], лечащий врач [[P:{e_s}]], [[D:{td2}]]; контроль преальбумина [[D:{td5}]], заявка [[R:{lis}]].""",
    ),
    (
        532,
        "карта врачебно-физкультурного диспансера: состав тела спортсмена",
        """ВРАЧЕБНО-ФИЗКУЛЬТУРНЫЙ ДИСПАНСЕР — УМО, карта спортсмена [[R:{sport}]]
[[P:{p}]], [[B:{bdyoung}]], вид спорта: академическая гребля, КМС; тел. [[T:{ph1}]]
Биоимпедансометрия InBody 770, {an_sn}, [[D:{td1}]] {tm1}
Рост {ht} см · масса {wt} кг · ИМТ 2<<#>>,<<#>> кг/м² · жир 1<<#>>,<<#>> % · мышечная масса <<4#>>,<<#>> кг
ФМИ <<#>>,<<#>> кг/м², ИСМ 1<<#>>,<<#>> кг/м²; фазовый угол 7,<<#>>°
ЭКГ: ЧСС 5<<#>>, синусовая брадикардия; PWC170 1<<###>> кгм/мин; МПК 5<<#>> мл/кг/мин
Заключение: допущен{p_a} к тренировкам и соревнованиям до [[D:{tend}]]. Группа 1.
Врач по спортивной медицине [[P:{d_s}]]; тренер [[P:{u_fi}]], [[T:{ph2}]].""",
    ),
    (
        89,
        "лист врачебных назначений педиатрического отделения (дозы на кг)",
        """ЛИСТ НАЗНАЧЕНИЙ — педиатрическое отделение, палата {ward}
[[P:{c}]], [[B:{bdk}]], масса {wtk} кг; ИБ [[R:{ib}]]; поступил{c_a} [[D:{td1}]]; аллергия: нет
Дз: {icd2}
1. Цефтриаксон 80 мг/кг/сут = <<1###>> мг в/в 1 р/д ({tm1}) — с [[D:{tdd1}]] по [[D:{tdd4}]]
2. Парацетамол 15 мг/кг = <<###>> мг при t > 38,5 °C, не чаще 4 р/с
3. Ибупрофен 10 мг/кг = <<###>> мг (суспензия 100 мг/5 мл — <<#>>,<<#>> мл)
4. Инфузия: глюкоза 5 % + NaCl 0,9 % 1:1, 50 мл/кг = <<###>> мл, 4<<#>> мл/ч
Подпись врача [[P:{d_s}]]; выполнила [[P:{s_s}]]. Мама [[P:{q_io}]] ознакомлена, [[T:{ph1}]].""",
    ),
    (
        516,
        "карта лучевой терапии с дозиметрическим планом",
        """КАРТА ЛУЧЕВОЙ ТЕРАПИИ № [[R:{rt}]]
[[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; диагноз {icd1}
Аппарат: Elekta Synergy, {an_sn}; план Monaco {ver}, энергия 6 МВ, VMAT, 2 арки
РОД 2 Гр, СОД 50 Гр за 25 фракций, 5 фр/нед; буст на ложе 10 Гр (5 × 2 Гр)
Ограничения: лёгкое V20 < 20 % (факт 1<<#>> %), сердце Dmean < 4 Гр (факт <<#>>,<<#>> Гр)
Фр. | дата         | Гр  | сумм.
1   | [[D:{tdd1}]]        | 2,0 | 2,0
2   | [[D:{tdd2}]]        | 2,0 | 4,0
3   | [[D:{tdd3}]]        | 2,0 | 6,0
CBCT верификация: смещение 0,<<#>>/0,<<#>>/0,<<#>> см. Маска № <<##>>, подголовник C.
Радиотерапевт [[P:{d_s}]], медфизик [[P:{e_s}]], РТТ [[P:{s_s}]].""",
    ),
]
GENRES17 += [
    (
        530,
        "лист учёта дозовых нагрузок пациента при рентгенологических исследованиях",
        """ЛИСТ УЧЁТА ДОЗОВЫХ НАГРУЗОК ПАЦИЕНТА (вкладыш в медкарту ф. 025/у)
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]; СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
№ | дата          | исследование              | аппарат                 | ЭЭД, мЗв
1 | [[D:{td1}]]     | флюорография цифровая       | ФЦ «Проскан-2000», каб. {cab} | 0,0<<#>>
2 | [[D:{td2}]]     | рентгенография ОГК в 2 пр.  | Luminos dRF             | 0,<<##>>
3 | [[D:{td3}]]     | КТ ОГК (DLP <<3##>> мГр·см) | Revolution EVO          | <<#>>,<<#>>
4 | [[D:{td4}]]     | КТ ОБП с контрастом (DLP <<9##>> мГр·см) | Revolution EVO | 1<<#>>,<<#>>
Суммарно за год: 2<<#>>,<<#>> мЗв (контрольный уровень для пациентов с показаниями — нет; 1 мЗв для профилактических).
Accession КТ: [[R:{acc}]], [[R:{acc2}]]. Рентгенолаборант [[P:{s_s}]]; врач [[P:{d_s}]].
Основание: СанПиН 2.6.1.1192-03, НРБ-99/2009.""",
    ),
    (
        531,
        "индивидуальная карточка учёта доз облучения персонала группы А",
        """ИНДИВИДУАЛЬНАЯ КАРТОЧКА УЧЁТА ДОЗ ОБЛУЧЕНИЯ № [[R:{dosecard}]]
Работник: [[P:{p}]], [[B:{bd2}]], табельный № [[R:{tab}]], СНИЛС [[S:{sn}]]
Должность: рентгенолаборант отделения интервенционной радиологии; персонал группы А с [[D:{dold}]]
Дозиметр ДВГ-02ТМ № <<####>> (ТЛД, кассета № <<###>>), считыватель ДВГ-02ТМ, {an_sn}
Квартал | Hp(10), мкЗв | Hp(0,07), мкЗв | примечание
I       | <<4##>>          | <<1 ###>>          |
II      | <<3##>>          | <<9##>>            | считано [[D:{td1}]]
III     | 1 <<###>>        | 3 <<###>>          | превышение контрольного уровня 1 500 мкЗв/кв. — расследование [[D:{td3}]]
Годовая эффективная доза <<#>>,<<##>> мЗв (предел 20 мЗв/год, контрольный уровень 6 мЗв/год).
Ответственный за радиационный контроль [[P:{h_s}]], тел. [[T:{phc1}]] доб. {ext}. Ознакомлен{p_a}: [[P:{p_s}]] [[D:{td4}]]""",
    ),
    (
        416,
        "выписка после радиойодтерапии с замерами мощности дозы",
        """ВЫПИСНОЙ ЭПИКРИЗ — отделение радионуклидной терапии, палата {ward} (активная)
[[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], полис [[O:{enp}]]
Проживает: [[A:{a1}]]
Диагноз: {icd1}. [[D:{td1}]] в {tm1} введено 131I (натрия йодид) 3,<<#>> ГБк перорально, капсула, серия {lotn1}
Мощность дозы на 1 м: через 2 ч — 1<<##>> мкЗв/ч; [[D:{tdd2}]] — <<3#>> мкЗв/ч; [[D:{tdd3}]] — <<1#>> мкЗв/ч (норма выписки ≤ 20 мкЗв/ч)
Тиреоглобулин стимулированный <<#>>,<<#>> нг/мл, ТТГ > <<##>> мкМЕ/мл; сцинтиграфия всего тела [[D:{td4}]].
Рекомендации: спать отдельно 7 дней, не контактировать с детьми и беременными 10 дней, L-тироксин 150 мкг.
Выписан{p_a} [[D:{td4}]]. Врач-радиолог [[P:{d_s}]]; справки [[T:{phc2}]].""",
    ),
    (
        415,
        "протокол ПЭТ/КТ с 18F-ФДГ (введённая активность)",
        """ПЭТ/КТ ВСЕГО ТЕЛА С 18F-ФДГ — протокол [[R:{acc}]]
Пациент: [[P:{p_s}]]  DOB [[B:{bd_iso}]]  Patient ID [[R:{mrn}]]  рост {ht} см, масса {wt} кг
Глюкоза крови перед введением 5,<<#>> ммоль/л (глюкометр, {an_sn}), голод 6 ч
Введено [[D:{td2}]] {tm1}: 18F-ФДГ <<2##>> МБк (3,<<#>> МБк/кг), остаток в шприце <<#>> МБк; серия РФЛП {lot1}
Начало сканирования {tm2} (время аккумуляции <<6#>> мин); Discovery MI, 8 позиций по 2 мин
КТ: 120 кВ, DLP <<6##>> мГр·см; эффективная доза ПЭТ <<#>>,<<#>> мЗв + КТ <<#>>,<<#>> мЗв
Очаг в S6 правого лёгкого 1<<#>> × 1<<#>> мм, SUVmax <<#>>,<<#>> (печень SUVmean 2,<<#>>)
Врач-радиолог [[P:{d_s}]]; направление [[R:{ref}]] от [[D:{td1}]], онколог [[P:{e_s}]].""",
    ),
    (
        59,
        "протокол сцинтиграфии щитовидной железы с захватом РФП",
        """СЦИНТИГРАФИЯ ЩИТОВИДНОЙ ЖЕЛЕЗЫ № [[R:{acc}]] от [[D:{td2}]]
[[P:{p}]], {age} лет, амб. карта [[R:{amb}]]; направил эндокринолог [[P:{e_i}]]
РФП: 99mTc-пертехнетат 7<<#>> МБк в/в в {tm1}; запись через 20 мин, гамма-камера Infinia, LEHR коллиматор
Захват РФП: правая доля <<#>>,<<#>> %, левая доля <<#>>,<<#>> %; суммарно <<#>>,<<#>> % (норма 0,5–3,5 %)
Узел правой доли 2<<#>> мм — «горячий», подавление паранодулярной ткани.
ТТГ [[D:{tdd1}]]: 0,0<<#>> мкМЕ/мл; св. Т4 2<<#>>,<<#>> пмоль/л.
Заключение: токсическая аденома правой доли ({icd1}). Рекомендована радиойодтерапия.
Врач [[P:{d_s}]]. Пациенту на [[E:{m1}]] отправлено [[D:{td2}]] {tm3}.""",
    ),
    (
        571,
        "аудиограмма (тональная пороговая аудиометрия) на периодическом медосмотре",
        """АУДИОГРАММА № [[R:{audio}]] — периодический медосмотр по {ord}
[[P:{p}]], [[B:{bd2}]], таб. № [[R:{tab}]], цех № {small}, профессия: штамповщик
Стаж в шуме <<1#>> лет, эквивалентный уровень шума на рабочем месте 8<<#>> дБА
Аудиометр АА-02, {an_sn}, поверка [[D:{cal_d}]]
Частота, Гц   250  500  1000  2000  4000  6000  8000
AD возд., дБ  <<1#>>   <<1#>>   <<1#>>    <<2#>>    <<4#>>    <<5#>>    <<4#>>
AS возд., дБ  <<1#>>   <<1#>>   <<2#>>    <<2#>>    <<5#>>    <<5#>>    <<4#>>
AD костн., дБ <<1#>>   <<1#>>   <<1#>>    <<2#>>    <<4#>>
Шёпотная речь 6/6 м. Заключение: признаки воздействия шума (1 ст. по Н.Н. Пальчуну), {icd1}.
Сурдолог [[P:{d_s}]], [[D:{td2}]]. Карта ПМО [[R:{pmo}]].""",
    ),
    (
        568,
        "заключение ЭКГ с расчётом QTc перед назначением препарата",
        """ЭЛЕКТРОКАРДИОГРАММА № [[R:{ecg}]] — кабинет ФД, [[D:{td2}]] {tm1}
[[P:{p_up}]]  [[B:{bd}]]  амб. карта [[R:{amb}]]
Аппарат Schiller AT-102, {an_sn}; 25 мм/с, 10 мм/мВ, фильтр 35 Гц
Ритм синусовый, ЧСС <<7#>> уд/мин; RR <<8##>> мс; PQ 1<<##>> мс; QRS <<9#>> мс
QT <<4##>> мс; QTc (Bazett) 4<<##>> мс, QTc (Fridericia) 4<<##>> мс; ЭОС 3<<#>>°
Заключение: удлинение QTc; повторить ЭКГ через 3 дня после начала кларитромицина 500 мг 2 р/д.
На фоне: гидроксихлорохин 200 мг, K 3,<<#>> ммоль/л, Mg 0,<<##>> ммоль/л.
Врач ФД [[P:{d_s}]]; повтор [[D:{tdd4}]]; лечащий врач [[P:{e_s}]] — звонок {tm3}, [[T:{phc1}]].""",
    ),
    (
        337,
        "заключение суточного (холтеровского) мониторирования ЭКГ",
        """ХОЛТЕРОВСКОЕ МОНИТОРИРОВАНИЕ ЭКГ — исследование [[R:{holter}]]
[[P:{p}]], {age} лет; регистратор Кардиотехника-07, {an_sn}, канал 3
Начало [[D:{td1}]] {tm1}, окончание [[D:{td1n}]] {tm1}, длительность 23 ч 5<<#>> мин
ЧСС: ср. <<7#>> уд/мин, мин. 4<<#>> (03:12, сон), макс. 1<<##>> (17:40, подъём по лестнице)
Наджелудочковые экстрасистолы: 1 <<###>> (<<#>> пароксизмов НЖТ до 1<<#>> комплексов, ЧСС до 1<<##>>)
Желудочковые: <<3##>>, мономорфные, 2 куплета; паузы > 2,0 с — нет; ST без динамики
Вариабельность: SDNN 1<<##>> мс, pNN50 <<#>> %. Дневник пациента: боли в груди {tm3} — изменений ЭКГ нет.
Врач [[P:{d_s}]]. Направление [[R:{ref}]]; пациенту на [[T:{ph1}]] отправлено SMS о готовности.""",
    ),
    (
        344,
        "заключение кардиореспираторного мониторинга (полисомнографии)",
        """ЗАКЛЮЧЕНИЕ ПОЛИСОМНОГРАФИИ — [[R:{psg}]]
Пациент: [[P:{p}]], [[B:{bd}]], ИМТ 3<<#>>,<<#>> кг/м², окружность шеи 4<<#>> см; Эпворт 1<<#>> баллов
Ночь [[D:{td2}]]/[[D:{tdd2n}]], отбой 23:10, подъём 06:45; общее время сна 3<<##>> мин, эффективность 8<<#>> %
ИАГ <<3#>>,<<#>> /ч (на спине <<5#>>,<<#>>/ч); обструктивных апноэ <<1##>>, центральных <<#>>
Индекс десатураций <<2#>> /ч; SpO2 мин. 7<<#>> %, ср. 9<<#>> %, T90 <<1#>> %
ЧСС ср. 6<<#>> уд/мин; храп 4<<#>> % времени сна
Заключение: СОАС средней/тяжёлой степени ({icd1}). Титрация СИПАП (APAP 6–14 см вод. ст.).
Направил кардиолог [[P:{e_i}]]. Сомнолог [[P:{d_s}]]; аппарат Embla N7000, {an_sn}. Связь: [[E:{mo}]], [[T:{phc2}]].""",
    ),
    (
        515,
        "журнал транспортировки биоматериала с термоконтейнером",
        """ЖУРНАЛ ТРАНСПОРТИРОВКИ БИОМАТЕРИАЛА — курьерский маршрут № {small}
Пункт забора: {org2}, [[A:{ao}]], тел. [[T:{ph_loc}]]. Контейнер ТК-<<##>>, логгер {an_sn}
Дата [[D:{td2}]]; выезд {tm_dot}, прибытие в КДЛ {tm3}; t в контейнере: +<<#>>,<<#>> … +<<#>>,<<#>> °C (норма +2…+8 °C)
№ | штрих-код          | пациент          | материал        | t при приёме
1 | [[R:{tube}]]       | [[P:{p_s}]], {bdy} г.р. | сыворотка        | +<<#>>,<<#>> °C
2 | [[R:{tube2}]]      | [[P:{n_s}]]      | цельная кровь ЭДТА | +<<#>>,<<#>> °C
3 | [[R:{tube_br}]]    | [[P:{k_s}]]      | моча             | +<<#>>,<<#>> °C
Хладоэлементы −18 °C, 4 шт. Отклонений нет / гемолиз в пробе 2 — повторный забор.
Курьер [[P:{x_s}]], [[T:{ph2}]]; принял лаборант [[P:{s_s}]], штатив {rack}.""",
    ),
    (
        53,
        "телеметрия пульсоксиметра при дистанционном мониторинге на дому",
        """Платформа дистанционного мониторинга «ТелеПульс» — отчёт за [[D:{td3}]]
Пациент: [[P:{p_fi}]]; ID на платформе [[R:{cloud}]]; прибор Armed YX301, {an_sn}, прошивка {ver}
Адрес наблюдения: [[A:{a1}]]
Время   | SpO2, %   | ЧСС, уд/мин | PI, %
{tm1}   | 9<<#>>        | <<8#>>          | 3,<<#>>
{tm2}   | 9<<#>>        | <<9#>>          | 2,<<#>>
{tm3}   | 8<<#>> (тревога < 92 %) | 1<<##>>  | 1,<<#>>
Тревога {tm3} передана дежурному врачу [[P:{d_s}]]; звонок пациенту на [[T:{ph1}]] — без ответа, дочери [[P:{q_io}]] [[T:{ph2}]]: «мама спала на боку, датчик сместился».
Повторный замер {tm4}: SpO2 9<<#>> %, ЧСС <<8#>>. Диагноз наблюдения {icd1}.""",
    ),
    (
        57,
        "протокол иммунофенотипирования методом проточной цитометрии",
        """ИММУНОФЕНОТИПИРОВАНИЕ ЛИМФОЦИТОВ — {an1}, {an_sn}
Specimen: кровь ЭДТА, Sample ID [[R:{tube}]], взята [[D:{td2}]] {tm1}, получена {tm2}
Пациент: [[P:{p}]], [[B:{bd}]], заказ [[R:{lis}]]
Гейтирование CD45/SSC; антитела BD Multitest 6-Color TBNK, {lot1}; бусы Trucount {lot2}
Популяция             % в гейте     абс., кл/мкл    реф.
CD3+                  <<7#>>,<<#>>          1 <<###>>         55–84 %
CD3+CD4+              <<4#>>,<<#>>          <<8##>>           31–60 %
CD3+CD8+              <<2#>>,<<#>>          <<5##>>           13–41 %
CD19+                 1<<#>>,<<#>>          <<2##>>           6–25 %
CD16+CD56+            1<<#>>,<<#>>          <<2##>>           5–27 %
ИРИ (CD4/CD8) 1,<<##>>. Проба из штатива {rack}, позиция {pos}. Направил гематолог [[P:{e_s}]], [[T:{phc1}]].
Врач КЛД [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        55,
        "обменная карта беременной: серологическое обследование (титры антител)",
        """ОБМЕННАЯ КАРТА (ф. 113/у-20) № [[R:{preg}]] — раздел «Обследование»
Беременная: [[P:{q}]], [[B:{bdq}]], ЖК № {small}, тел. [[T:{ph1}]]
Группа крови A(II) Rh(−); антирезус-антитела: титр 1:<<#>> ([[D:{td1}]], срок 2<<#>> нед), повтор [[D:{td3}]] — 1:<<1#>>
Краснуха IgG 1<<##>> МЕ/мл (иммунна); токсоплазма IgG — отр.
RW (РМП) — отр. [[D:{tdd2}]]; ВИЧ — отр., № исследования [[R:{lis}]]
Реакция РПГА с антигеном HBs — отр.; титр АСЛО 1<<##>> МЕ/мл
Иммуноглобулин антирезус 1500 МЕ (300 мкг) в 28 нед: [[D:{td4}]], серия {lotn1}.
Врач акушер-гинеколог [[P:{d_s}]]. Муж: [[P:{u}]], группа O(I) Rh(+).""",
    ),
    (
        152,
        "результат анти-HBs у студента-медика и справка к практике",
        """{org}, КДЛ — [[A:{ao}]], [[T:{phc1}]]
РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ   заказ [[R:{lis}]]   образец [[R:{tube}]]
[[P:{p}]]  д.р. [[B:{bdyoung}]]  пол {p_sex}
Материал: сыворотка, взят [[D:{td1}]] {tm1}, выполнен [[D:{td2}]] {tm3}
Антитела к HBs-антигену (anti-HBs), количественно — <<##>>,<<#>> мМЕ/мл (защитный уровень ≥ 10 мМЕ/мл)
Метод ХЛИА, {an1}, {lot1}; код услуги {serv2}
Врач КЛД [[P:{d_s}]]
—
СПРАВКА: студент{p_ke} 4 курса лечебного факультета [[P:{p_s}]] вакцинирован{p_a} против гепатита В (3 дозы, последняя [[D:{dold}]]), напряжённость иммунитета достаточная. Допускается к производственной практике. Дано для деканата.""",
    ),
    (
        160,
        "SMS-уведомление о результате ХГЧ после переноса эмбрионов",
        """SMS · CLINIC-LAB · [[D:{td2}]] {tm2}
[[P:{q_io}]], результат анализа [[R:{lis}]] готов: ХГЧ β <<2##>>,<<#>> мМЕ/мл (14-й день после переноса).
Код для просмотра в личном кабинете: [[R:{portal}]]. Вопросы: [[T:{ph800}]].
—
SMS · CLINIC-LAB · [[D:{td4}]] {tm1}
Повторный ХГЧ (образец [[R:{tube}]]): <<6##>>,<<#>> мМЕ/мл, прирост за 48 ч 1<<##>> %. Врач-репродуктолог [[P:{d_s}]] ждёт вас [[D:{tdm5}]] в {tm3}, каб. {cab}. Код подтверждения записи {otp}.
—
ответ с [[T:{ph_glue}]]: спасибо, буду. протокол ЭКО № 2, перенос 1 эмбриона 5АА""",
    ),
    (
        134,
        "спортивная медицина: КФК и ферменты после соревнований",
        """Центр спортивной медицины — лабораторный контроль, карта [[R:{sport}]]
Спортсмен: [[P:{p}]], [[B:{bd2}]], марафон (3:0<<#>>:<<1#>>), масса {wt} кг
Пробы: до старта [[D:{tdd1}]] 07:30; через 24 ч [[D:{tdd2}]] {tm1}; через 72 ч [[D:{tdd4}]] {tm2}
Показатель    | до     | 24 ч     | 72 ч    | реф.
КФК, Ед/л     | 1<<##>>    | 1 <<###>>    | <<5##>>     | 39–308
ЛДГ, Ед/л     | 1<<##>>    | <<3##>>      | 2<<##>>     | 125–243
АСТ, Ед/л     | 2<<#>>     | <<6#>>       | 3<<#>>      | < 40
АЛТ, Ед/л     | 1<<#>>     | <<3#>>       | 2<<#>>      | < 41
Миоглобин, нг/мл | <<3#>>  | <<4##>>      | <<6#>>      | 23–72
Пробирки [[R:{tube}]] / [[R:{tube2}]]; {an1}, {lot1}.
Заключение: ожидаемая реакция на нагрузку. Врач [[P:{d_s}]]; тренер уведомлён: [[P:{u_s}]], [[E:{m2}]].""",
    ),
    (
        164,
        "сообщение в личном кабинете пациента с результатом ТТГ",
        """Личный кабинет пациента · Сообщения · [[D:{td3}]] {tm2}
Кому: [[P:{p_fi}]] (карта [[R:{amb}]])
Здравствуйте! Готов результат заказа [[R:{lis}]] от [[D:{td2}]]:
• ТТГ — <<#>>,<<##>> мкМЕ/мл (0,4–4,0)
• Т4 свободный — {v_dl2} пмоль/л (9,0–19,0)
• Анти-ТПО — <<2##>> МЕ/мл (< 34)
Эндокринолог [[P:{d_s}]] просит прийти [[D:{tdm5}]] в {tm4}, каб. {cab}. Левотироксин 50 мкг пока продолжать.
—
Ответ пациента [[D:{tdd4}]] {tm1}: «Можно перенести? Я на смене до 20:00. Мой новый номер [[T:{ph2}]], почта [[E:{m1}]], живу теперь в [[A:{al1}]]».""",
    ),
    (
        70,
        "SMS-уведомление о результате ПСА",
        """От: LAB-INFO  [[D:{tsh2}]] {tm1}
[[P:{p_io}]]! Результат исследования (заказ [[R:{lis}]]) готов. ПСА общий: <<#>>,<<##>> нг/мл (реф. для {age} лет: 0–4,0). Код для получения бланка: [[R:{sms}]]
От: LAB-INFO  [[D:{tsh3}]] {tm2}
Повторное исследование ПСА свободный/общий назначено урологом [[P:{d_s}]]. Подготовка: без велоспорта и массажа простаты 48 ч. Пункт забора: [[A:{ao}]], с 07:30 до 11:00. Справки [[T:{ph800}]] доб. {ext}
Ответ абонента [[T:{ph1}]]: «ок»""",
    ),
    (
        75,
        "сопроводительное письмо с результатом NT-proBNP в кардиологию",
        """{org}
[[A:{ao}]], тел. [[T:{phc1}]], e-mail [[E:{mo}]]
исх. № {small}/{big} от [[D:{td3}]]
Заведующему кардиологическим отделением [[P:{e_dat}]]
Направляем результаты обследования пациента [[P:{p_gen}]], [[B:{bd}]] г.р., полис ОМС [[O:{enp}]], история болезни [[R:{ib}]]:
NT-proBNP от [[D:{td2}]] ({tm1}) — 2 <<###>> пг/мл (для возраста > 75 лет < 1800 пг/мл), образец [[R:{tube}]]
Тропонин I hs — {v_dl2} нг/л (99-й перцентиль 19,8), креатинин 1<<##>> мкмоль/л, СКФ <<4#>> мл/мин/1,73 м²
ЭхоКГ: ФВ 3<<#>> % (Симпсон). Просим рассмотреть перевод. Дз {icd1}.
Врач-терапевт [[P:{d_s}]], тел. [[T:{ph1}]]""",
    ),
]
GENRES17 += [
    (
        207,
        "претензия пациента в лабораторию о расхождении результатов и ответ отдела качества",
        """Генеральному директору {org}
от [[P:{p_gen}]], [[B:{bd}]], проживающ{p_ei} по адресу: [[A:{a1}]], тел. [[T:{ph1}]], [[E:{m1}]]
ПРЕТЕНЗИЯ
[[D:{td1}]] в {tm1} сдал{p_a} кровь в пункте на [[A:{ao}]] (заказ [[R:{lis}]]). Т4 свободный — 3<<#>>,<<#>> пмоль/л. Через 5 дней в другой лаборатории (заказ [[R:{lis2}]]) — 1<<#>>,<<#>> пмоль/л. Эндокринолог [[P:{d_i}]] отказывается менять дозу. Прошу перепроверить и вернуть 1 <<###>> руб. на карту; ИНН для справки о вычете [[I:{inn}]], паспорт [[Q:{pas}]].
[[D:{td2}]], [[P:{p_s}]]
—
Рег. № претензии [[R:{compl}]] от [[D:{td2}]]. Ответ отдела качества [[D:{td4}]]:
Повторное исследование из архивной пробы [[R:{tube}]] (хранение −20 °C, штатив {rack}, поз. {pos}): 1<<#>>,<<#>> пмоль/л. Причина — интерференция биотина (приём 10 мг/сут). Контроль качества: уровни 1 и 2 в пределах ±2SD, {lot1}; ФСВОК 2026 — 100 %. Деньги возвращены. Руководитель СМК [[P:{h_s}]].""",
    ),
    (
        292,
        "журнал сообщений о критических значениях (телефонограммы из КДЛ)",
        """ЖУРНАЛ РЕГИСТРАЦИИ КРИТИЧЕСКИХ ЗНАЧЕНИЙ — КДЛ, смена [[D:{td3}]]
Время | № заказа | пациент, отделение | показатель | значение | кому сообщено | принял
{tm1} | [[R:{lis}]] | [[P:{p_s}]], реанимация, койка {bed} | осмоляльность сыворотки | 3<<##>> мОсм/кг (275–295) | дежурному врачу по тел. вн. {ext} | [[P:{d_s}]]
{tm2} | [[R:{lis2}]] | [[P:{n_s}]], {bdy} г.р., терапия, пал. {ward} | натрий | 1<<1#>> ммоль/л (136–145) | м/с поста | [[P:{m_s}]]
{tm3} | [[R:{lis_ocr}]] | [[P:{k_s}]], хирургия | калий | 6,<<#>> ммоль/л, гемолиз 2+ | повторный забор | [[P:{x_s}]]
Осмолярность расчётная 2<<##>> мОсм/л, осмолярный зазор 2<<#>> мОсм/кг — подозрение на отравление этиленгликолем ({icd1}).
Прибор: осмометр Advanced 2020, {an_sn}. Лаборант [[P:{s_s}]], врач КЛД [[P:{h_s}]].""",
    ),
    (
        52,
        "распечатка газоанализатора у постели больного (КЩС)",
        """ABL800 FLEX  {an_sn}   Отчёт пациента
Дата/время пробы: [[D:{td2}]] {tm1}:<<1#>>
ID пациента: [[R:{mrn}]]   ФИО: [[P:{p_up}]]   Д.Р.: [[B:{bd}]]
Образец: артериальный; Sample ID: [[R:{tube}]]   FiO2 0,<<##>>   t 37,0 °C
pH          7,<<2#>>    [7,35–7,45]
pCO2        <<5#>>,<<#>> мм рт.ст.   [35–45]
pO2         <<6#>>,<<#>> мм рт.ст.   [83–108]
cHCO3-      1<<#>>,<<#>> ммоль/л
BE(B)       −<<#>>,<<#>> ммоль/л
cLac        <<#>>,<<#>> ммоль/л
cGlu        {v_dl1} ммоль/л
sO2         9<<#>>,<<#>> %
Оператор: [[P:{s_s}]]   Отделение: ОРИТ {small}   Калибровка 1P {tm2}; QC уровень 2, {lot1}""",
    ),
    (
        313,
        "карта контроля общего анализа крови на фоне химиотерапии",
        """КАРТА КОНТРОЛЯ ГЕМОГРАММЫ — дневной стационар онкологии
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]], схема AC, цикл 3
Дата | WBC, 10³/мкл | NEU | PLT, 10³/мкл | HGB, г/дл | пробирка
[[D:{tdd1}]] (Д1) | <<#>>,<<#>> | <<#>>,<<#>> | 2<<##>> | 1<<#>>,<<#>> | [[R:{tube}]]
[[D:{tdd3}]] (Д8) | 1,<<#>> | 0,<<#>> | <<8#>> | <<9>>,<<#>> | [[R:{tube2}]]
[[D:{tdd5}]] (Д15) | <<3>>,<<#>> | 1,<<#>> | 1<<##>> | 1<<#>>,<<#>> | [[R:{tube_ocr}]]
Нейтропения 3 ст. на Д8 — филграстим 5 мкг/кг/сут × 5 дней (300 мкг п/к). Фебрильной нейтропении нет.
Анализатор {an1}, {an_sn}; контроль XN CHECK L2, {lot1}.
Онколог [[P:{d_s}]]. При t > 38 °C — звонить [[T:{phc1}]] круглосуточно. Следующий цикл — [[D:{td6}]].""",
    ),
    (
        335,
        "бланк общего анализа мочи с микроскопией осадка",
        """ОБЩИЙ АНАЛИЗ МОЧИ                      Бланк [[R:{acc}]]
Пациент: [[P:{p}]]    Возраст: {age}    Отделение: урология, палата {ward}
ИБ [[R:{ib}]]   Направление от [[D:{td1}]], уролог [[P:{e_s}]]
Материал собран [[D:{td2}]] 06.<<##>>, доставлен {tm_dot}
Физико-химические: цвет соломенно-жёлтый, мутная; уд. вес 1,0<<##>>; pH <<5>>,<<#>>; белок 0,<<##>> г/л; глюкоза — отр.; кетоны — отр.
Микроскопия (UF-5000 / ручная):
лейкоциты — <<2#>>–<<4#>> в п/зр (выс. ув.)   эритроциты — <<#>>–1<<#>> в п/зр
эпителий плоский — ед. в п/зр   цилиндры гиалиновые <<#>> в п/зр (низк. ув.)
бактерии ++   слизь +   кристаллы оксалатов кальция +
Лаборант [[P:{s_s}]], врач КЛД [[P:{d_s}]]   [[D:{td2}]] {tm3}   Тест-полоски {lot1}""",
    ),
    (
        519,
        "бактериологический посев мочи с антибиотикограммой",
        """{org2}, бактериологическая лаборатория, [[A:{ao2}]]
РЕЗУЛЬТАТ БАКТЕРИОЛОГИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{acc}]]
[[P:{p}]], [[B:{bd}]]; направление [[R:{ref}]]; Order: [[R:{lis}]]; врач [[P:{d_s}]]
Материал: моча (средняя порция), взята [[D:{td1}]] {tm1}; посев {tm3}
Выделено: Escherichia coli 10^5 КОЕ/мл; Enterococcus faecalis 10^3 КОЕ/мл (клинически незначимо)
Антибиотикограмма (VITEK 2, карта AST-N360, {lot1}):
ампициллин R (МПК ≥ 32) · амоксициллин/клавуланат S (8/2) · цефтриаксон S (≤ 1)
ципрофлоксацин R (≥ 4) · нитрофурантоин S (32) · фосфомицин S (≤ 16)
Продукция БЛРС — не выявлена. Интерпретация EUCAST v 14.0.
Выдано [[D:{td3}]]. Бактериолог [[P:{e_s}]]. Результат продублирован на [[E:{md}]].""",
    ),
    (
        389,
        "результат вирусной нагрузки ВИЧ в центре СПИД (анонимный код)",
        """Центр по профилактике и борьбе со СПИД — лаборатория ПЦР
Код пациента: [[R:{anon}]] (анонимное обследование)   Образец [[R:{tube}]]
Плазма ЭДТА, взята [[D:{td2}]] {tm1}, центрифугирование 1600 g 20 мин, хранение −70 °C (морозильник № {small}, штатив {rack}, ячейка {well})
РНК ВИЧ-1 (Abbott RealTime HIV-1, m2000rt, {lot1}): <<1##>> копий/мл (lg <<2>>,<<##>>); предел обнаружения 40 копий/мл
CD4+ [[D:{tdd2}]]: <<4##>> кл/мкл (2<<#>> %)
АРВТ: TDF/FTC + DTG с [[D:{dold}]]; приверженность по словам пациента 9<<#>> %.
Выдано [[D:{td3}]]. Врач-инфекционист [[P:{d_s}]]. Следующий забор — через 12 нед, запись по [[T:{phc1}]].""",
    ),
    (
        397,
        "результат количественной ПЦР ДНК вируса гепатита В для гепатолога",
        """Заключение по результатам ПЦР — гепатологический центр
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]; СНИЛС [[S:{sn}]]
Заказ [[R:{lis}]], пробирка [[R:{tube}]] (взята [[D:{td1}]] {tm1})
ДНК HBV количественно: <<3>>,<<##>> lg копий/мл (<<#>> <<###>> копий/мл; <<#>> <<###>> МЕ/мл, коэффициент 5,6 копий/МЕ)
Тест-система «АмплиСенс HBV-Монитор-FL», {lot1}; амплификатор Rotor-Gene Q, {an_sn}
HBeAg — отр., anti-HBe — пол.; АЛТ <<4#>> Ед/л; эластометрия <<#>>,<<#>> кПа (F1).
Динамика: [[D:{dold}]] — 4,<<##>> lg копий/мл.
Гепатолог [[P:{d_s}]]: продолжить энтекавир 0,5 мг/сут; повторить через 6 мес. Пациенту — [[E:{m1}]].""",
    ),
    (
        564,
        "экспресс-анализ Д-димера в приёмном отделении",
        """ПРИЁМНОЕ ОТДЕЛЕНИЕ — лист экспресс-диагностики, [[D:{td2}]]
Пациент: [[P:{p}]], {age} лет; № амбулаторного случая приёмного [[R:{ib}]]
Доставлен{p_a} {tm1} бригадой СМП (карта вызова [[R:{ref}]]); жалобы: одышка, боль в икре справа
Wells 4,5; АД 1<<##>>/<<8#>>, ЧСС 1<<##>>, SpO2 9<<#>> %
Д-димер (Pathfast, {an_sn}), {tm2}: <<#>>,<<##>> мкг ФЭЕ/мл (cut-off 0,5); возрастной порог {age}×0,01 = 0,<<##>>
Тропонин I <<#>>,<<###>> нг/мл; картридж {lot1}
Решение: КТ-ангиография лёгочной артерии — {tm3}, accession [[R:{acc}]].
Врач приёмного [[P:{d_s}]]. Родственник: [[P:{q}]], [[T:{ph1}]].""",
    ),
    (
        479,
        "контроль анти-Ха активности у беременной на низкомолекулярном гепарине",
        """Женская консультация № {small} — лист контроля антикоагулянтной терапии
[[P:{q}]], [[B:{bdq}]], обменная карта [[R:{preg}]], срок 2<<#>> нед
Эноксапарин 4000 анти-Ха МЕ (40 мг) п/к 1 р/д с [[D:{tdm1}]]; масса {wt} кг
Анти-Ха активность (через 4 ч после инъекции):
[[D:{tdd2}]] {tm1} — 0,<<##>> анти-Ха МЕ/мл (цель 0,2–0,6); образец [[R:{tube}]]
[[D:{tdd4}]] {tm2} — 0,<<##>> анти-Ха МЕ/мл; образец [[R:{tube2}]]
Тромбоциты 2<<##>> × 10^9/л, Д-димер 1,<<##>> мкг ФЭЕ/мл.
Гематолог [[P:{d_s}]]: доза без изменений. Акушер [[P:{e_s}]]. Телефон беременной [[T:{ph1}]].""",
    ),
    (
        495,
        "журнал туберкулинодиагностики (проба Манту) в школе",
        """Журнал постановки и оценки пробы Манту — МБОУ СОШ № {small}, [[D:{td1}]]
Туберкулин ППД-Л 2 ТЕ в 0,1 мл, серия {lotn1}, годен до {exp_m}; шприцы 1 мл
№ | ФИО ученика           | д.р.              | класс | результат 72 ч, мм | ф. 063/у
1 | [[P:{c}]]          | [[B:{bdk}]]        | {cls}Б  | папула <<1#>>          | [[R:{amb}]]
2 | [[P:{k}]]          | [[B:{bdk2}]]        | {cls}А    | отр. (уколочная реакция) | [[R:{amb2}]]
Оценка [[D:{td2}]]. Направлен{c_a} к фтизиатру: [[P:{c_s}]] (вираж, предыдущая [[D:{dold}]] — 5 мм).
Мама: [[P:{q}]], [[T:{ph1}]]. Медсестра [[P:{s_s}]]; врач [[P:{d_s}]].""",
    ),
    (
        492,
        "сертификат профилактических прививок (ф. 156/у-93) с сериями вакцин",
        """СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (форма 156/у-93)
Ф.И.О.: [[P:{c}]]   Дата рождения: [[B:{bdk}]]
Адрес: [[A:{a1}]]
Полис ОМС [[O:{enp}]]; свидетельство о рождении [[C:{bc}]]
Прививки против дифтерии, коклюша, столбняка, полиомиелита:
[[D:{td1}]] — «Пентаксим» 0,5 мл (≥ 30 МЕ/доз дифтерийного, ≥ 40 МЕ/доз столбнячного анатоксина), серия {lotn1}
[[D:{td3}]] — «Полимилекс» 0,5 мл (40 ЕД D / 8 ЕД D / 32 ЕД D), серия {lotn2}
Против гепатита В: «Регевак В» 10 мкг/доз, [[D:{td4}]], серия <<%####>>
Реакций нет. Медсестра [[P:{s_s}]], врач-педиатр [[P:{d_s}]]. Карта 063/у [[R:{amb}]].""",
    ),
    (
        434,
        "лист изготовления глазных капель в производственной аптеке",
        """ПРОИЗВОДСТВЕННАЯ АПТЕКА {org} — лист изготовления
Рецепт № [[R:{rxph}]] от [[D:{td2}]], врач [[P:{d_s}]], отделение офтальмологии, пал. {ward}
Больной: [[P:{p}]], ИБ [[R:{ib}]]
Rp.: Sol. Pilocarpini hydrochloridi 1 % — 10 ml; по 1 капле 3 раза в день в оба глаза
Пилокарпина г/х 0,1 г (серия {lotn1}); раствор натрия хлорида 0,9 % для изотонирования, воды очищенной до 10 мл
1 мл = 2<<#>> капли (каплемер стандартный); pH <<5>>,<<#>>; стерилизация 120 °C 8 мин, цикл {small}
Изготовил фармацевт [[P:{s_s}]] {tm1}; проверил провизор-аналитик [[P:{e_s}]] {tm2}; отпущено на пост {tm3} [[D:{td2}]].
Годен 30 суток при +2…+8 °C. Этикетка: «Глазные капли. Стерильно.»""",
    ),
    (
        8,
        "история развития новорождённого: масса, убыль и прибавка",
        """ИСТОРИЯ РАЗВИТИЯ НОВОРОЖДЁННОГО № [[R:{newb}]]
Мать: [[P:{q}]], [[B:{bdq}]], история родов [[R:{ib}]], адрес: [[A:{a1}]], тел. [[T:{ph1}]]
Ребёнок: пол {c_sex}, родил{c_sya} [[B:{bdn}]] в {tm1}, срок 3<<9>> нед
Масса при рождении 3<<###>> г, длина 5<<#>> см, окр. головы 3<<#>> см, груди 3<<#>> см; Апгар 8/9
Дата | масса, г | убыль/прибавка | вскармливание
[[D:{tdd1}]] | 3<<###>> | −<<1##>> г (<<#>>,<<#>> %) | грудное по требованию
[[D:{tdd2}]] | 3<<###>> | −<<##>> г | грудное + докорм 10 мл × 3
Скрининги: неонатальный (36 заболеваний) — бланк-тест-карта [[R:{tube}]], [[D:{tdd1}]]; аудиоскрининг ОАЭ — прошёл с обеих сторон.
Вакцинация: гепатит В [[D:{tdd1}]] {tm2}, БЦЖ-М [[D:{tdd2}]], серия {lotn1}.
Неонатолог [[P:{d_s}]]. Выписан домой [[D:{td3}]] с отцом [[P:{u}]].""",
    ),
    (
        3,
        "карта физического развития ребёнка (рост по центильным таблицам)",
        """Карта физического развития (из ф. 112/у), детская поликлиника № {small}
[[P:{c}]], [[B:{bdk}]], св-во о рождении [[C:{bc}]], участок {ward}, ф. 112/у № [[R:{amb}]]
Дата        | возраст    | рост, см  | масса, кг | окр. головы, см | центиль роста
[[D:{td1}]]   | <<#>> л <<#>> мес | 1<<##>>,<<#>>   | <<2#>>,<<#>>    | 5<<#>>            | 25–50
[[D:{td4}]]   | <<#>> л <<#>> мес | 1<<##>>,<<#>>   | <<2#>>,<<#>>    | 5<<#>>            | 10–25
Скорость роста <<#>>,<<#>> см/год (< 3-го центиля), SDS роста −2,<<#>>; костный возраст 7 лет (рентген кисти [[D:{tdd3}]])
Рост матери 1<<5#>> см, отца 1<<7#>> см; целевой рост 1<<6#>> ± 8 см.
ИФР-1 <<9#>> нг/мл (заказ [[R:{lis}]]); направлен{c_a} к эндокринологу [[P:{d_s}]].
Законный представитель: [[P:{q}]], [[T:{ph_br}]], [[E:{m2}]]""",
    ),
    (
        520,
        "протокол УЗ-скрининга беременной с записью в обменную карту",
        """ПРОТОКОЛ УЛЬТРАЗВУКОВОГО СКРИНИНГА II ТРИМЕСТРА № [[R:{echo}]]
[[P:{q}]], {ageq} лет, [[B:{bdq}]]; обменная карта [[R:{preg}]]
ПДМ [[D:{lmp}]]; срок по ПДМ 2<<#>> нед <<#>> дн, по УЗИ 2<<#>> нед <<#>> дн
Плод один, головное предлежание; ЧСС 14<<#>> уд/мин
БПР <<5#>> мм · ОГ 1<<9#>> мм · ОЖ 1<<7#>> мм · ДБК <<3#>> мм; предполагаемая масса <<4##>> г (4<<#>>-й перцентиль)
Плацента по задней стенке, II ст. зрелости 0; ИАЖ 1<<#>> см; шейка матки 3<<#>> мм
Аппарат Voluson E8, {an_sn}. Врач УЗД [[P:{d_s}]], [[D:{td2}]] {tm1}.
Комбинированный риск I триместра (ПРИСКА): трисомия 21 — 1:<<4###>>. Следующий скрининг 30–34 нед — [[D:{tend}]].""",
    ),
    (
        567,
        "допплерометрия плода с пиковой систолической скоростью в СМА",
        """ДОППЛЕРОМЕТРИЯ ФЕТОПЛАЦЕНТАРНОГО КРОВОТОКА — перинатальный центр
[[P:{q}]], [[B:{bdq}]], ИБ [[R:{ib}]]; сенсибилизация по Rh, титр 1:<<3#>>
Срок 2<<#>> нед <<#>> дн; [[D:{td2}]] {tm1}
Артерия пуповины: ПИ 1,<<##>>, ИР 0,<<##>>, СДО 3,<<#>>
СМА плода: PSV <<4#>>,<<#>> см/с (1,<<##>> MoM, порог 1,5 MoM), ПИ 1,<<##>>
Маточные артерии: ПИ ср. 0,<<##>>; венозный проток: a-волна положительная
ЦПО 1,<<##>>. Заключение: данных за анемию плода нет. Контроль через 7 дней — [[D:{td4}]].
Врач [[P:{d_s}]]; Voluson E10, {an_sn}. Беременная уведомлена по [[T:{ph1}]].""",
    ),
    (
        198,
        "лист наблюдения за желтухой новорождённого (билирубин)",
        """ЛИСТ НАБЛЮДЕНИЯ ЗА ЖЕЛТУХОЙ — отделение новорождённых, палата совместного пребывания {ward}
Ребёнок [[P:{q_s_gen}]], родился [[B:{bdn}]] {tm1}, ГВ 3<<8>> нед, масса 3<<###>> г; ИРН [[R:{newb}]]
Группа крови матери O(I) Rh+, ребёнка A(II) Rh+; проба Кумбса отр.
Часы жизни | ТКБ (Bilicheck), мкмоль/л | ОБ сыворотки, мкмоль/л | зона по Bhutani
36 ч ([[D:{tdd1}]] {tm2}) | 1<<7#>> | — | 75-й перцентиль
60 ч ([[D:{tdd2}]] {tm3}) | 2<<3#>> | 2<<5#>> (пробирка [[R:{tube}]]) | высокого риска
Фототерапия с {tm4}: лампа «Аматис», {inv}, 30 мкВт/см²/нм; контроль ОБ через 6 ч.
Прямой билирубин 1<<#>> мкмоль/л. Неонатолог [[P:{d_s}]], м/с [[P:{s_s}]]. Мама: [[P:{q_io}]], тел. [[T:{ph1}]].""",
    ),
    (
        16,
        "протокол трансфузии эритроцитсодержащего компонента",
        """ПРОТОКОЛ ТРАНСФУЗИИ (ПЕРЕЛИВАНИЯ) ДОНОРСКОЙ КРОВИ И (ИЛИ) ЕЁ КОМПОНЕНТОВ
Реципиент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], отделение гематологии, пал. {ward}
Группа крови реципиента B(III) Rh(D)+, фенотип CcDEe, Kell−; антитела — не выявлены
Компонент: эритроцитная взвесь с удалённым лейкотромбоцитарным слоем, фильтрованная; объём <<2##>> мл
Номер единицы: [[R:{din}]] 00 (код компонента E5097V00); группа B(III) Rh+; заготовлена [[D:{td1}]] … годна до [[D:{td5}]]
Контрольные пробы: ABO — совм.; на плоскости — совм.; биологическая проба 3 × 10 мл с интервалом 3 мин — без реакции
Начало {tm_dot}, окончание {tm3}; скорость 40–60 кап/мин; перелито <<2##>> мл
АД до 1<<1#>>/<<7#>>, после 1<<2#>>/<<7#>>; t 36,<<#>> °C; Hb до <<6#>> г/л
Врач [[P:{d_s}]]; основание: {ord}. Дата [[D:{td2}]]""",
    ),
]
GENRES17 += [
    (
        328,
        "карта донора: результаты обследования перед донацией",
        """УЧЁТНАЯ КАРТОЧКА ДОНОРА — {org}, [[A:{ao}]]
Донор: [[P:{p}]], [[B:{bd2}]], паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подр. {kpd}
Код донора [[R:{donor}]]; СНИЛС [[S:{sn}]]; тел. [[T:{ph1}]]; адрес регистрации: [[A:{a2}]]
Донация [[D:{td2}]] {tm1}: цельная кровь 450 мл ± 10 %, номер донации [[R:{nat}]]
Перед донацией: масса {wt} кг, АД 12<<#>>/8<<#>>, пульс 7<<#>>, t 36,<<#>> °C
Экспресс: Hb 1<<4#>> г/л (норма ≥ 135 для мужчин / ≥ 125 для женщин), эритроциты <<4>>,<<##>> × 10^12/л, Ht 4<<#>> %
Лаборатория (пробирка [[R:{tube}]]): HBsAg, анти-HCV, ВИЧ 1/2 Ag/Ab, Treponema pallidum — отр.; NAT (ПЦР пул 6) — отр.
Группа крови A(II) Rh(D)+ C+c+E−e+, Kell−. Кровь заготовлена в систему «Компопласт», серия {lotn1}.
Врач-трансфузиолог [[P:{d_s}]]. Следующая донация — не ранее [[D:{tend}]].""",
    ),
    (
        21,
        "коагулограмма перед плановой операцией",
        """КОАГУЛОГРАММА   заказ [[R:{lis}]]   образец [[R:{tube}]] (цитрат 3,2 %, 1:9)
[[P:{p}]]  [[B:{bd}]]  ИБ [[R:{ib}]]  хирургическое отделение № {small}
Взятие [[D:{td2}]] {tm1}; центрифугирование 2000 g 15 мин; анализ {tm2}
Протромбиновое время        1<<#>>,<<#>> с    (9,4–12,5)
ПТИ по Квику               <<9#>> %         (70–130)
МНО                        1,<<##>>
АЧТВ                       {v_dl1} с    (25,4–36,9)
Тромбиновое время           1<<#>>,<<#>> с    (10,3–16,6)
Фибриноген (Клаусс)         <<3>>,<<##>> г/л   (2,0–4,0)
Анализатор {an1}, {an_sn}; реагенты {lot1}, {lot2}; контроль норма/патология в пределах.
Заключение врача КЛД [[P:{d_s}]]: гипокоагуляции нет. Операция назначена на [[D:{td3}]]; хирург [[P:{e_s}]].""",
    ),
    (
        36,
        "результаты лабораторных исследований периодического медосмотра работника",
        """ПЕРИОДИЧЕСКИЙ МЕДИЦИНСКИЙ ОСМОТР — {ord}, приложение, п. 4.2.5
Работник: [[P:{p}]], [[B:{bd2}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Адрес: [[A:{a_br}]]; паспорт [[Q:{pas}]] выдан [[D:{pas_d}]]
АО «Уралхимпласт», цех № {small}, таб. № [[R:{tab}]]; карта ПМО [[R:{pmo}]]
ОАК [[D:{td1}]]: Hb 1<<##>> г/л, эритр. 4,<<##>> × 10^12/л, лейк. <<6>>,<<#>> × 10^9/л, тромб. 2<<##>> × 10^9/л, СОЭ <<1#>> мм/ч (по Панченкову; норма 2–15)
Ретикулоциты <<1#>> ‰, базофильная зернистость эритроцитов — <<#>> на 10 000
Глюкоза <<5>>,<<#>> ммоль/л; холестерин общий {v_small} ммоль/л
Флюорография [[D:{td2}]] № [[R:<<####>>]] — норма. Спирометрия: ОФВ1 <<9#>> %.
Заключение: противопоказаний к работе с вредными факторами (п. 1.2.42) нет. Председатель комиссии [[P:{h_s}]].""",
    ),
    (
        418,
        "биофизический контроль инкорпорации радионуклидов у персонала (анализ мочи)",
        """ПРОТОКОЛ ИЗМЕРЕНИЯ № [[R:<<###>>/26]] — лаборатория радиационного контроля
Работник: [[P:{p}]], [[B:{bd2}]], таб. № [[R:{tab}]], ИКД [[R:{dosecard}]]
Подразделение: реакторный цех, смена {small}; персонал группы А
Проба: суточная моча 1,<<#>> л, сбор [[D:{tdd1}]] 07:00 — [[D:{tdd1n}]] 07:00; регистрационный № пробы [[R:{tube}]]
Радионуклид  | удельная активность, Бк/л | МДА, Бк/л | годовое поступление, Бк
H-3          | <<3##>>                       | 1<<#>>        | —
Cs-137       | <<#>>,<<##>>                     | 0,<<##>>     | <<9##>>
Sr-90        | < 0,<<##>>                   | 0,<<##>>     | —
Спектрометр «Прогресс-гамма», {an_sn}; метрологическая поверка [[D:{cal_d}]].
Ожидаемая эффективная доза < 0,<<##>> мЗв. Инженер [[P:{s_s}]], начальник ЛРК [[P:{h_s}]], [[D:{td3}]].""",
    ),
    (
        64,
        "свинец в крови при медосмотре работника аккумуляторного производства",
        """ЦЕНТР ПРОФПАТОЛОГИИ — результат химико-токсикологического исследования
Направление [[R:{ref}]] от [[D:{td1}]]; работодатель ООО «Аккумуляторный завод», ИНН 66<<########>>
Работник: [[P:{p}]], [[B:{bd2}]], профессия: намазчик пластин, стаж <<1#>> лет
Кровь с гепарином, взята [[D:{td2}]] {tm1}, пробирка [[R:{tube}]]
Свинец в крови (ААС, графитовая печь) — <<3##>> мкг/л (ПДУ для работающих 400 мкг/л; референс < 100 мкг/л)
δ-АЛК в моче 1<<#>> мг/л; копропорфирин <<2##>> мкг/л; ретикулоциты 1<<#>> ‰
Концентрация свинца в воздухе рабочей зоны (по данным СОУТ): 0,0<<#>> мг/м³ (ПДК 0,01) — превышение.
Рекомендован перевод на работу вне контакта со свинцом на 2 мес. Профпатолог [[P:{d_s}]].
Работнику вручено лично [[D:{td3}]]; контакт [[T:{ph1}]], [[E:{m1}]]""",
    ),
    (
        547,
        "лист ежегодного скрининга осложнений сахарного диабета",
        """ЕЖЕГОДНЫЙ СКРИНИНГ ОСЛОЖНЕНИЙ СД — кабинет «Диабетическая стопа» / нефро
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]; СД 2 типа с <<201#>> г., {icd1}
HbA1c [[D:{tdd1}]]: 7,<<#>> % (цель < 7,5 %); заказ [[R:{lis_br}]]
Альбумин/креатинин в разовой моче: <<#>>,<<#>> мг/ммоль (норма < 3; А2 — 3–30)
Креатинин <<9#>> мкмоль/л, рСКФ (CKD-EPI) <<6#>> мл/мин/1,73 м² — С2А2
Монофиламент 10 г — 8/10 точек; вибрационная чувствительность 6/8 (камертон 128 Гц); ЛПИ 1,0<<#>>
Глазное дно [[D:{tdd3}]]: непролиферативная ретинопатия OU.
Эндокринолог [[P:{d_s}]]; пациенту отправлено в «Госуслуги» [[D:{td3}]], телефон [[T:{ph1}]].""",
    ),
    (
        170,
        "выгрузка данных инсулиновой помпы (телеметрия)",
        """Отчёт о помпе — MiniMed 780G, серийный {an_sn}, прошивка {ver}
Пациент: [[P:{p_fi}]], ID в облаке CareLink: [[R:{cloud}]]
Период: [[D:{tiso1}]] — [[D:{tiso3}]] (14 дней), датчик Guardian 4, использование 9<<#>> %
Базальный профиль 1:  00:00 — 0,<<##>> Ед/ч · 03:00 — 0,<<##>> Ед/ч · 07:00 — 1,<<##>> Ед/ч · 21:00 — 0,<<##>> Ед/ч
Суточная доза <<4#>>,<<#>> Ед (база 4<<#>> % / болюс 5<<#>> %); УК 1 Ед : 1<<#>> г; ФЧИ 2,<<#>> ммоль/л/Ед
TIR 3,9–10,0 ммоль/л — 7<<#>> %; < 3,9 — <<#>> %; GMI 6,<<#>> %; CV 3<<#>> %
События: окклюзия [[D:{tiso2}]] {tm1}; замена инфузионной системы {lot1}.
Отправлено в клинику [[D:{td4}]] {tm3}; врач [[P:{d_s}]]. Пациент: [[T:{ph1}]]""",
    ),
    (
        66,
        "терапевтический лекарственный мониторинг ванкомицина",
        """ТЕРАПЕВТИЧЕСКИЙ ЛЕКАРСТВЕННЫЙ МОНИТОРИНГ — заключение клинического фармаколога
[[P:{p}]], {age} лет, масса {wt} кг, ИБ [[R:{ib}]], ОРИТ, койка {bed}
Ванкомицин 1 г каждые 12 ч, инфузия 90 мин (начало курса [[D:{tdd1}]])
Остаточная концентрация (перед 4-й дозой) [[D:{tdd2}]] {tm1}: {v_dl2} мкг/мл (цель 15–20 мкг/мл); образец [[R:{tube}]]
Пиковая (через 1 ч после инфузии) {tm3}: 3<<#>>,<<#>> мкг/мл
Креатинин <<1##>> мкмоль/л, КК (Кокрофт–Голт) <<6#>> мл/мин; AUC24 ≈ <<4##>> мг·ч/л (цель 400–600)
Метод: ИФА (КИМС), {an1}, {lot1}.
Рекомендация: 1,25 г каждые 12 ч; повтор С мин [[D:{tdd4}]]. Клинический фармаколог [[P:{e_s}]]; лечащий врач [[P:{d_s}]].""",
    ),
    (
        62,
        "переписка в чате клиники с пациентом за рубежом (глюкоза в мг/дл)",
        """Чат клиники · [[D:{td2}]]
[[P:{p_fi}]] {tm1}: Добрый день, я сейчас в Турции, глюкометр местный показывает 1<<##>> мг/дл утром и 2<<##>> после обеда. Это сколько в ваших? Карта у вас [[R:{amb}]].
Администратор [[P:{s_io}]] {tm2}: Передала врачу.
Эндокринолог [[P:{d_s}]] {tm3}: Делите на 18: 1<<##>> мг/дл ≈ <<7>>,<<#>> ммоль/л, 2<<##>> мг/дл ≈ 1<<#>>,<<#>> ммоль/л. Норма натощак 70–110 мг/дл (3,9–6,1 ммоль/л). Прибавьте 2 ЕД деглудека (сейчас 2<<#>> ЕД).
[[P:{p_io}]] {tm4}: Спасибо. Вернусь [[D:{tdm4}]], запишите, пожалуйста. Мой турецкий номер [[T:+90 5<<##>> <<###>> <<##>> <<##>>]], а лучше WhatsApp [[T:{ph1}]].""",
    ),
    (
        572,
        "перевод заключения зарубежной лаборатории (гемоглобин в г/дл)",
        """ПЕРЕВОД С АНГЛИЙСКОГО ЯЗЫКА
Memorial Central Laboratory, Antalya — Laboratory Report
Patient: [[P:{p_latc}]]   DOB: [[B:{bd_us}]]   MRN: [[R:{mrn}]]   Passport: [[Q:{pasz}]]
Accession: [[R:{acc}]]   Collected: [[D:{tus2}]] {tm1}   Reported: [[D:{tus3}]]
CBC: HGB <<9>>.<<#>> g/dL (12.0–16.0) L · HCT {v_dl3} % · MCV 7<<#>>.<<#>> fL · PLT 2<<##>> x10^3/uL · WBC <<7>>.<<#>> x10^3/uL
Ferritin <<8>>.<<#>> ng/mL (13–150) L
Physician: {fl1}. Lab director: {fl2}.
— Перевод: Гемоглобин <<9>>,<<#>> г/дл (= <<9#>> г/л), ферритин снижен. Пациент: [[P:{p}]], д.р. [[B:{bd_same}]].
Перевод выполнил переводчик [[P:{m}]] [[D:{td4}]]; подпись переводчика засвидетельствована нотариусом [[P:{h_s}]].""",
    ),
    (
        370,
        "карта пациента с гемофилией: журнал введений фактора и ингибитор",
        """КАРТА ПАЦИЕНТА С ГЕМОФИЛИЕЙ А (тяжёлая форма, FVIII < 1 %) — регистр № [[R:{hemo}]]
[[P:{p}]], [[B:{bd}]], масса {wt} кг; СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
Профилактика: октоког альфа 25 МЕ/кг = 2000 МЕ 3 р/нед (пн, ср, пт)
Журнал введений (заполняет пациент):
[[D:{tdd1}]] {tm1} — 2000 МЕ, серия {lotn1}, профилактика
[[D:{tdd2}]] {tm2} — 3000 МЕ, серия {lotn1}, гемартроз левого колена (НРШ 7)
[[D:{tdd3}]] {tm1} — 2000 МЕ, серия {lotn2}
Ингибитор к FVIII (Бетесда, Неймегенская модификация) [[D:{tdd4}]]: <<#>>,<<#>> ед. Бетесда/мл (< 0,6 — отр.); образец [[R:{tube}]]
Восстановление FVIII через 30 мин: <<4#>> %; период полувыведения 1<<#>> ч.
Гематолог [[P:{d_s}]], центр гемофилии, [[T:{phc1}]]. Пациент: [[T:{ph1}]], [[A:{a1}]]""",
    ),
    (
        408,
        "карта аллерген-специфической иммунотерапии (инъекционная схема)",
        """КАРТА АСИТ № [[R:{asit}]] — аллергологический кабинет, каб. {cab}
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]; тел. [[T:{ph1}]]
Диагноз: {icd1}, сенсибилизация к пыльце берёзы (sIgE t3 <<2#>>,<<#>> кЕ/л, класс 4)
Аллерген пыльцы деревьев, серия {lotn1}, годен до {exp_m}; разведения 10 / 100 / 1000 / 10 000 PNU/мл
Дата        | разведение, PNU/мл | объём, мл | доза, PNU | реакция (местная, мм)
[[D:{tdd1}]]  | 100                | 0,2       | 20        | —
[[D:{tdd2}]]  | 100                | 0,4       | 40        | 1<<#>>
[[D:{tdd3}]]  | 1000               | 0,1       | 100       | —
[[D:{tdd4}]]  | 1000               | 0,2       | 200       | 2<<#>> (+ отёк), доза повторена
ПСВ до инъекции 4<<##>> л/мин; наблюдение 30 мин. Аллерголог [[P:{d_s}]], м/с [[P:{s_s}]].""",
    ),
    (
        351,
        "дневник приступов эпилепсии из мобильного приложения",
        """Экспорт «Дневник приступов» · [[P:{c_fi}]] · [[D:{tiso1}]] — [[D:{tiso4}]]
Код пациента в приложении: [[R:{devid}]]; заполняет мама [[P:{q_io}]] ([[E:{m2}]])
Частота: ср. <<#>>,<<#>> приступа/сут (на прошлой схеме 4,<<#>>/сут); дней без приступов — <<#>>
[[D:{tiso2}]] {tm1} — тонико-клонический, 1 мин 40 с, после сна
[[D:{tiso2}]] {tm3} — абсанс × <<#>>
[[D:{tiso3}]] {tm2} — миоклонии, 3 мин, t 37,9 °C
Терапия: вальпроат 30 мг/кг/сут (<<6##>> мг/сут), леветирацетам 500 мг × 2; уровень вальпроата <<8#>> мкг/мл ([[D:{tdd3}]], заказ [[R:{lis}]])
Неврологу [[P:{d_s}]] перед приёмом [[D:{tdm5}]] {tm4}. ЭЭГ-видеомониторинг № [[R:ЭЭГ-<<#####>>]].""",
    ),
    (
        1,
        "протокол теста с 6-минутной ходьбой в кардиореабилитации",
        """ТЕСТ 6-МИНУТНОЙ ХОДЬБЫ — отделение медицинской реабилитации, [[D:{td3}]] {tm1}
[[P:{p}]], {age} лет, рост {ht} см, масса {wt} кг; ИБ [[R:{ib}]]; Дз {icd1}, ФК II NYHA
Коридор 30 м, разворот у конуса; до теста: АД 1<<2#>>/<<7#>>, ЧСС <<7#>>, SpO2 9<<#>> %, Борг 1
Пройдено <<4##>> м (должное по Enright <<5##>> м, <<8#>> %); остановок 1 (0:40 на 4-й минуте)
После: АД 1<<4#>>/<<8#>>, ЧСС 1<<1#>>, SpO2 9<<#>> %, одышка по Боргу 4, усталость ног 3
Прирост к исходному ([[D:{td1}]]: 3<<##>> м) — +<<6#>> м.
Инструктор-методист ЛФК [[P:{s_s}]]; врач ФРМ [[P:{d_s}]]. Выписка [[D:{td5}]]; следующий этап — санаторий, путёвка [[R:{ref}]].""",
    ),
    (
        366,
        "лист допуска к КТ с контрастным усилением по СКФ",
        """ЛИСТ ДОПУСКА К КТ С ВНУТРИВЕННЫМ КОНТРАСТИРОВАНИЕМ
[[P:{p}]], [[B:{bd}]], полис ОМС [[O:{enp}]], масса {wt} кг; направление [[R:{ref}]], accession [[R:{acc}]]
Креатинин [[D:{tdd1}]] {tm1}: 1<<##>> мкмоль/л (заказ [[R:{lis}]]); рСКФ CKD-EPI 2021 — <<4#>> мл/мин/1,73 м²
Факторы риска КИН: СД, метформин 1000 мг × 2 (отменить за 48 ч), возраст {age}
Контраст: йогексол 350 мг I/мл, <<8#>> мл, скорость 3,5 мл/с; серия {lotn1}
Профилактика: NaCl 0,9 % 1 мл/кг/ч за 3 ч до и 6 ч после (≈ <<7#>> мл/ч)
Контроль креатинина через 48–72 ч — [[D:{td3}]].
Врач-рентгенолог [[P:{d_s}]]; согласие подписано пациентом [[P:{p_s}]] [[D:{td2}]] {tm2}.""",
    ),
    (
        54,
        "справка о результатах химико-токсикологических исследований (ф. 454/у-06)",
        """СПРАВКА О РЕЗУЛЬТАТАХ ХИМИКО-ТОКСИКОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ (учётная форма № 454/у-06)
ХТЛ ГБУЗ «Наркологический диспансер», [[A:{ao}]], тел. [[T:{phc1}]]
1. Направление № [[R:{xti}]] от [[D:{td1}]] {tm1}; акт медицинского освидетельствования № [[R:{act}]]
2. Освидетельствуемый: [[P:{p_ocr}]], [[B:{bd}]], паспорт [[Q:{pas}]]
3. Биологический объект: кровь (вена), моча; код пробы [[R:{tube}]]; отобрано {tm2}, поступило {tm3}
4. Этанол в крови — 1,<<##>> ‰ (г/л) методом ГХ-ПИД; в моче — 1,<<##>> ‰; предел обнаружения 0,1 ‰
Наркотические средства и психотропные вещества (ГХ-МС, ИХА «Мультитест», {lot1}) — не обнаружены
5. Дата выдачи [[D:{td2}]]. Химик-эксперт [[P:{s_s}]]; заведующий ХТЛ [[P:{h_s}]].
Основание: {ord}. Изм. Lion Alcolmeter: 0,<<##>> мг/л выдыхаемого воздуха.""",
    ),
    (
        507,
        "журнал экстренной профилактики столбняка в травмпункте",
        """ЖУРНАЛ ЭКСТРЕННОЙ ИММУНОПРОФИЛАКТИКИ СТОЛБНЯКА — травмпункт № {small}
[[D:{td2}]] {tm1}. Пострадавш{p_ii}: [[P:{p}]], [[B:{bd}]], адрес [[A:{a1}]], тел. [[T:{ph1}]]
Травмкарта [[R:{trauma}]]; рана подошвы стопы (гвоздь, садовый участок), ПХО {tm2}
Прививочный анамнез: последняя АДС-М — [[D:{dold}]] (документ не представлен)
Назначено: АС-анатоксин 1,0 мл (20 ЕС) п/к, серия {lotn1} + ПСС 3000 АЕ в/м по Безредке (0,1 мл 1:100 в/к — папула <<#>> мм, через 20 мин 0,1 мл п/к, через 30 мин остальное), серия {lotn2}
Наблюдение 1 ч: АД 1<<2#>>/<<8#>>, пульс <<7#>>. Реакции нет.
Врач-травматолог [[P:{d_s}]], м/с [[P:{s_s}]]. Явка на перевязку [[D:{tdm3}]], на ревакцинацию через 6–12 мес.""",
    ),
    (
        293,
        "лист подсчёта операционного материала и инструментов",
        """ЛИСТ ПОДСЧЁТА ОПЕРАЦИОННОГО МАТЕРИАЛА — операционная № {small}, [[D:{td3}]]
Пациент: [[P:{p_s}]], {age} лет   ИБ [[R:{ib}]]   операция: гемиколэктомия справа
Наименование              | до, шт | добавлено, шт | после, шт
Салфетки 45×45 (с R-нитью) | 20     | 10            | 30
Тупферы                   | 30     | 0             | 30
Иглы атравматические      | 1<<#>>     | <<#>>             | сошлось
Зажимы Бильрот            | 12     | —             | 12
Инструментальный набор № {rack}, лоток {pos}; стерилизация — цикл {big}, индикатор 134 °C / 5 мин — изменил цвет
Окончательный подсчёт {tm3} — количество совпало. Кровопотеря по весу салфеток <<3##>> мл.
Операционная сестра [[P:{s_s}]], санитарка [[P:{m_s}]]; хирург [[P:{d_s}]], ассистент [[P:{e_s}]].""",
    ),
    (
        60,
        "выгрузка общего анализа крови из ЛИС в формате HL7",
        """MSH|^~\\&|LIS|KDL3|MIS|OKB2|[[D:{thl2}]]{tm_hl7}||ORU^R01|<<######>>|P|2.5
PID|1||[[R:{mrn}]]^^^OKB2^MR||[[P:{p_hl7}]]||[[B:{bd_hl7}]]|{p_sex_hl7}|||[[A:{a2}]]||[[T:{ph1}]]
PV1|1|I|TER^{ward}^{bed}||||[[P:{d_s}]]|||||||||||[[R:{ib}]]
ORC|RE|[[R:{lis}]]|[[R:{acc}]]
OBR|1|[[R:{lis}]]|[[R:{tube}]]|{loinc1}^CBC|||[[D:{thl1}]]0745
OBX|1|NM|718-7^HGB||1<<##>>|g/L|120-160|N|||F|||[[D:{thl2}]]0912
OBX|2|NM|789-8^RBC||4.<<##>>|10*12/L|3.8-5.1|N|||F
OBX|3|NM|6690-2^WBC||<<#>>.<<##>>|10*9/L|4.0-9.0|N|||F
OBX|4|NM|777-3^PLT||2<<##>>|10*9/L|150-400|N|||F
NTE|1||Анализатор {an1}, {an_sn}; штатив {rack}, поз. {pos}""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ID: (FULLNAME, SHORTNAME, MEASUREMENT, UCUM), as in 1.2.643.5.1.13.13.11.1358 v3.23
UNITS17: dict[int, tuple[str, str, str, str]] = {
    1: ("Метр", "м", "Линейный размер", "m"),
    3: ("Сантиметр", "см", "Линейный размер", "cm"),
    8: ("Грамм", "г", "Масса", "g"),
    14: ("Литр", "л", "Объем", "l"),
    16: ("Миллилитр", "мл", "Объем", "ml"),
    21: ("Секунда", "с", "Время", "s"),
    36: ("Миллиметр в час", "мм/ч", "Линейная скорость", "mm/h"),
    38: ("Литр в секунду", "л/с", "Объемная скорость", "l/s"),
    39: ("Литр в минуту", "л/мин", "Объемная скорость", "l/min"),
    43: ("Миллилитр в минуту", "мл/мин", "Объемная скорость", "ml/min"),
    44: ("Миллилитр в час", "мл/ч", "Объемная скорость", "ml/h"),
    50: ("Миллиметр ртутного столба", "мм.рт.ст.", "Давление", "mm[Hg]"),
    52: ("Водородный показатель", "pH", "Кислотность", "[pH]"),
    53: ("Процент", "%", "Отношение", "%"),
    54: ("Промилле", "‰", "Отношение", "[ppth]"),
    55: ("Титр", "титр", "Отношение", "{titer}"),
    56: ("Нормализованное отношение", "норм. отн.", "Отношение", "{M.o.M}"),
    57: ("Процент в гейте", "% в гейте", "Отношение", "%"),
    59: ("Процент захвата", "% захвата", "Отношение", "%"),
    60: ("Грамм в литре", "г/л", "Массовая концентрация", "g/l"),
    62: ("Миллиграмм в децилитре", "мг/дл", "Массовая концентрация", "mg/dl"),
    64: ("Микрограмм в литре", "мкг/л", "Массовая концентрация", "ug/l"),
    66: ("Микрограмм в миллилитре", "мкг/мл", "Массовая концентрация", "ug/ml"),
    70: ("Нанограмм в миллилитре", "нг/мл", "Массовая концентрация", "ng/ml"),
    75: ("Пикограмм в миллилитре", "пг/мл", "Массовая концентрация", "pg/ml"),
    89: ("Миллиграмм в килограмме", "мг/кг", "Массовое содержание", "mg/kg"),
    106: ("Грамм в сутки", "г/сут", "Массовая скорость", "g/d"),
    134: ("Единица в литре", "Ед/л", "Условные единицы в объеме", "U/l"),
    152: ("Международная единица в миллилитре", "МЕ/мл", "Условные единицы в объеме", "[IU]/ml"),
    160: (
        "10^-3 Международных единиц в миллилитре",
        "мМЕ/мл",
        "Условные единицы в объеме",
        "m[IU]/ml",
    ),
    164: (
        "10^-6 Международных единиц в миллилитре",
        "мкМЕ/мл",
        "Условные единицы в объеме",
        "u[IU]/ml",
    ),
    170: ("Единица в час", "Ед/ч", "Условные единицы за время", "U/h"),
    195: ("Миллимоль в литре", "ммоль/л", "Молярная концентрация", "mmol/l"),
    198: ("Микромоль в литре", "мкмоль/л", "Молярная концентрация", "umol/l"),
    207: ("Пикомоль в литре", "пмоль/л", "Молярная концентрация", "pmol/l"),
    292: ("Миллиосмоль на килограмм", "мОсм/кг", "Осмоляльность", "mosm/kg"),
    293: ("Количество штук", "шт", "Количество", "1"),
    313: ("10^3/мкл", "10^3/мкл", "Количество в объеме", "10^3/ul"),
    328: ("10^12/л", "10^12/л", "Количество в объеме", "10^12/l"),
    335: (
        "Количество в поле зрения высокого увеличения",
        "1/поле зр. выс. ув.",
        "Количество в поле зрения",
        "[HPF]",
    ),
    337: ("Количество в минуту", "1/мин", "Количественная скорость", "1/min"),
    344: ("Количество в час", "1/час", "Количественная скорость", "1/h"),
    351: ("Количество в сутки", "1/сут", "Количественная скорость", "1/d"),
    366: (
        "Миллилитр в минуту на 1,73 квадратных метра",
        "мл/мин/1,73м^2",
        "Объемная скорость, нормированная на площадь",
        "ml/min/m^2",
    ),
    370: (
        "Единица Бетесда в миллилитре",
        "ед. Бетесда/мл",
        "Условные единицы в объеме",
        "[BETH'U]/ml",
    ),
    389: ("Количество копий в миллилитре", "копий/мл", "Количество в объеме", "1/ml"),
    397: (
        "Десятичный логарифм количества копий в миллилитре",
        "lg копий/мл",
        "Логарифм количества в объеме",
        "{Lg_copies}/mL",
    ),
    408: ("Protein nitrogen unit", "PNU", "Условные единицы", "[PNU]"),
    415: ("Мегабеккерель", "МБк", "Активность радионуклида", "MBq"),
    416: ("Гигабеккерель", "ГБк", "Активность радионуклида", "GBq"),
    418: ("Беккерель в литре", "Бк/л", "Активность радионуклида в объеме", "Bq/l"),
    434: ("Капля", "кап", "Объем", "[drp]"),
    479: (
        "Международная единица антитромботического действия в миллилитре",
        "анти-Xa МЕ/мл",
        "Условные единицы в объеме",
        "[anti'Xa'U]/mL",
    ),
    492: ("Международная единица на дозу", "МЕ/доз", "Отношение условных единиц", "[IU]/{D}"),
    495: ("Туберкулиновая единица на дозу", "ТЕ/доз", "Отношение условных единиц", "[tb'U]/{D}"),
    507: ("Антитоксическая единица", "АЕ", "Условные единицы", "{anti'tox'U}"),
    515: ("Градус Цельсия", "°C", "Температура", "Cel"),
    516: ("Грей", "Гр", "Поглощенная доза", "Gy"),
    517: ("Миллиграмм на квадратный метр", "мг/м^2", "Масса на площадь", "mg/m^2"),
    519: (
        "Колониеобразующая единица в миллилитре",
        "КОЕ/мл",
        "Условные единицы в объеме",
        "[CFU]/ml",
    ),
    520: ("Неделя", "нед", "Время", "wk"),
    530: ("Миллизиверт", "мЗв", "Эквивалентная доза", "mSv"),
    531: ("Микрозиверт", "мкЗв", "Эквивалентная доза", "uSv"),
    532: ("Килограмм на квадратный метр", "кг/м^2", "Масса на площадь", "kg/m^2"),
    533: (
        "Международная единица на квадратный метр",
        "МЕ/м^2",
        "Условные единицы на площадь",
        "[IU]/m^2",
    ),
    535: ("Миллиграмм на килограмм в минуту", "мг/кг/мин", "Массовая скорость", "mg/kg/min"),
    537: ("Единица на килограмм в час", "Ед/кг/ч", "Условные единицы на массу за время", "U/kg/h"),
    540: ("Микрограмм на килограмм в минуту", "мкг/кг/мин", "Массовая скорость", "ug/kg/min"),
    541: ("Миллиграмм на килограмм в час", "мг/кг/час", "Массовая скорость", "mg/kg/h"),
    547: ("Миллиграмм на миллимоль", "мг/ммоль", "Молярная масса", "mg/mmol"),
    564: (
        "Микрограмм фибриноген-эквивалентных единиц в миллилитре",
        "мкгФЭЕ/мл",
        "Количество в объеме",
        "1/ml",
    ),
    567: ("Сантиметры в секунду", "см/с", "Линейная скорость", "cm/s"),
    568: ("Миллисекунда", "мс", "Время", "ms"),
    571: ("Децибел", "дБ", "Условные единицы", "dB"),
    572: ("Грамм в децилитре", "г/дл", "Массовая концентрация", "g/dl"),
    573: ("Миллилитр на килограмм в час", "мл/кг/ч", "Объемная скорость", "ml/kg/h"),
}


# item numbers of an order's appendix written like a date: hard negatives on purpose
NOT_DATES17 = {"1.2.42"}
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
        if m[0] in NOT_DATES17:  # a written hard negative (an order's item), no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


def kind_of(uid: int, genre: str) -> str:
    name = UNITS17[uid][0]
    return f"{name} (Единицы измерения, 1.2.643.5.1.13.13.11.1358 v3.23, ID {uid}): {genre}"


def source_of(uid: int) -> str:
    name, short, dim, ucum = UNITS17[uid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1358 v3.23 (Единицы измерения), ID {uid}, "
        f"FULLNAME «{name}», SHORTNAME «{short}», MEASUREMENT «{dim}», UCUM «{ucum}»"
    )


TEMPLATES = GENRES17


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    units = [t[0] for t in TEMPLATES]
    assert len(units) == len(set(units)), "one kind per unit"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(u, g) for u, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for uid, genre, template in TEMPLATES:
            extra = {"unit": UNITS17[uid][1]}
            doc = build(
                render(rng, template, extra),
                kind_of(uid, genre),
                source_of(uid),
                f"blind17_{len(docs):04d}",
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
