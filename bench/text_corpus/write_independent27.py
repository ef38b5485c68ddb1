"""Write ``independent27.jsonl``: the twenty-seventh blind corpus, 2026-12-06 — the paper forms a
patient carries or is handed, filled in by hand and read back by OCR or typed from a photo.

Written by a helper engineer who never opened, listed or grepped anything under ``ozero/``,
``tests/``, ``docs/deid-text.md``, ``bench/README.md`` or ``bench/results/``, never ran
``git log``, ``git show`` or ``git blame`` nor read a commit message, and never ran the text
bench (``bench/text_deid.py``, ``bench/text_speed.py``), the ``ozero`` CLI or any
de-identifier or scrubber on this corpus. Of ``bench/text_deid.py`` the module docstring and
``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half`` were read, to wire the
corpus in, and ``blind_half`` was imported once, to count the halves. Slips, said here so that
nobody takes this corpus for blinder than it is: one ``grep -n`` for the line numbers of those
definitions in ``bench/text_deid.py`` (pattern ``^def |^[A-Z_]* = ``) also printed the ``def``
lines of the file's other functions (names and signatures only: ``_matches``, ``score``,
``_init_worker``, ``_run_chunk``, ``docs_per_second_parallel``, ``run_system``,
``run_system_once``, ``repeated_comments_rate``, ``_fmt``, ``table``, ``print_misses``,
``target_check``, ``corpora``, ``main``) and the one-line constants ``EXACT_TYPES``,
``OVERLAP_TYPES``, ``EVAL_TYPES`` (type names, the same split the docstring describes),
the first line of ``EVAL_TYPE`` and ``PERFECT_TYPES`` (six type names); no function body
was shown. Listing the worktree's root and ``bench/`` showed the names ``ozero``, ``tests``,
``docs`` and ``results`` (names only, nothing under them), and listing ``bench/text_corpus``
showed the file names ``write_independent20.py``–``25.py`` (none was opened). No template
was written to aim at or around anything seen there. From ``write_independent19.py`` only
the file format, the labelling rules (restated below, unchanged), the writer's structure (one
template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers)
and its generic helpers were taken. **Copied verbatim from corpus 19** (which had them from
corpora 13–17): the declension (``decl_surname``, ``decl_first``, ``decl_pat``,
``pat_stem``, ``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``,
``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters
(``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``,
``ocr``, ``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and its
checksum helpers (one rename: the version words it skips are ``VERSION_WORDS27``),
``serialize`` and ``main``. **Written fresh for corpus 27**: the name lists (Russian of the
old Centre, Ukrainian, Belarusian, Dagestani, Ossetian, Kabardian,
Chechen, Ingush, Tuvan, Buryat, Yakut, Altai, Khakas, Komi, Lithuanian, Latvian, Estonian,
Uzbek and Tajik, Korean surnames and first names; foreign citizens), the towns, streets and
villages of the old Centre, the Moscow region, the North Caucasus, Buryatia, Tuva and Yakutia
(``addr27`` and friends), phones as they are written by hand into a form's field
(``hph27``, ``city27``, ``local27``), the damage a scan or a typist does to a handwritten value
(``dmg27``: digits read as letters and letters as digits; ``spc27``: a stray space inside a
number; ``cells27``: one digit per cell of the form; ``brk27``: a value broken across
lines), e-mails, passports (``pas27``, ``pas_bad27``), birth certificates read badly
(``bc_bad27``), every number of one person a patient's form carries (``REC27``: outpatient
cards, ТАП coupons, appointment coupons, referrals, hospitalisation referrals, ВМП tickets,
МСЭ referrals, справки, conclusions, prescriptions, medical-device prescriptions,
vaccination certificates, sanatorium cards and vouchers, personal medical books, HIV
certificates, medical birth certificates, ambulance call cards, donor cards and donations,
exchange cards, ДМС policies, dispensary cards, laboratory numbers and barcodes, trip
referrals, migration cards and patents; ``eln27``: ЭЛН), the hard negatives of paper forms
(``neg27``: the typography's imprint with its order and circulation, the maker's blank
serial, page numbers, stamps' registration numbers, OKUD, OGRN, KPP, licences, ICD-10, doses
and vaccine series), the organisations and every template; ``build_all`` was rewritten,
``render`` draws ``<<shape>>`` numbers with ``shape27`` (``shape``, except that a value of two
or more digits never starts with a zero) and an extra self-check (``check27``: the damaged
date writings this corpus adds are never left unlabelled) was added.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «Виды
медицинской документации» (OID 1.2.643.5.1.13.13.11.1522, version 7.24, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1522_7.24_part1`` and its ``_passport``;
``RECID``, ``Name``, ``Form``, ``TYPE`` and ``Date_NPA`` as the passport describes them).
Corpus 23 already used this directory's registers, journals, logs, notices and acts (its
kinds name their RECIDs; none of those rows is used here, nor its two extracts, RECID 58 and
251). The 78 rows here are the forms a patient carries or is handed: the outpatient card's
title page, the ТАП and the appointment coupon, referrals (to a consultation, to
hospitalisation, to ВМП and its ticket, to МСЭ with the consent and the refusal, to a
medical examination, to a psychiatric examination, to a TB sanatorium, to the place of
treatment with its coupons No. 1 and 2, to laboratory tests, PAPP-A and neonatal screening),
the informed consent, the sick-leave paper and the справки ф. 095/у, 095-1/у, 094/у,
prescriptions (107-1/у, 148-1/у-88, 148-1/у-04(л), 107/у-НП, medical devices, preferential,
the pharmacy's dispensing), the vaccination certificate and card, sanatorium cards for adults
and children with their return coupons, ф. 070/у and a child's voucher, the camp, travel,
traffic-police, driver, weapon, drug-free, vocational and swimming-pool certificates and
conclusions, справки about contacts, health, dispensary registration, psychiatric
examination, pregnancy, paid services for the tax office, donors' days off, donations and
immunisation, a child's absence from kindergarten, the exchange card and the medical birth
certificate, the health passports, the personal medical book, the HIV certificate and the
migrants' conclusions, the occupational and sports conclusions, a pregnant worker's
transfer, the ambulance coupon and the emergency evacuation sheet, the discharge extract and
the maternity discharge summary. Each is built around one such form **as it is filled in by
hand and read back by OCR or typed from a photo** (broken lines, letters read as digits and
digits as letters, stray spaces inside numbers, digits one per cell, fields out of order, a
stamp's text over a field, crossed-out and corrected values, two forms on one scan). The kind
is «Name (ф. Form; Виды медицинской документации, 1.2.643.5.1.13.13.11.1522 v7.24, RECID N):
GENRE»; the ``source`` names the directory row. One row and one template per kind (no
template is shared). The kinds of corpora 1–25 (the ``kind`` values of ``independent*.jsonl``
present when this was written) were listed by a scratch script only to avoid them, compared
case-insensitively; none of the kinds here is among them (``build_all`` asserts the kinds are
unique, and a scratch check confirmed none collides with the older ones).

Emphasis: the NUMBERS a patient's form carries about one person, in the shapes a scan or a
typist leaves them (the form's own number, the outpatient card, the ТАП, the referral, the
policy (ENP), SNILS and INN written one digit per cell, the ЭЛН whole, grouped, broken or
with letters for digits, the prescription's number beside its unlabelled series, passports
with a letter for a digit, a stray space or one digit per cell, birth certificates with «II»
read as «11»; crossed out and corrected; broken across a line) and PHONES written by hand
(irregular groups, OCR letters for digits, broken across a line, crossed out and corrected,
two in a row); PRECISION under the hard negatives of paper forms (the form's code «ф.
025/у», OKUD, the order that approved the form (its date is DATE), the typography's order
and circulation, the maker's blank serial, page numbers, the clinic's stamps' registration
numbers, OGRN, KPP, licences, ICD-10 codes, doses, vaccine series, queue tickets, rooms);
names in all cases and shapes (upper case, OCR-damaged, letter-spaced in cells, hyphenated
across a line, Latin transliteration), dates in boxes, with stray spaces or OCR letters,
birth dates, addresses, e-mails, SNILS, ENP and INN at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

The labelling rules and judgement calls of corpus 19, restated unchanged from its docstring:

The labelling rules and judgement calls of corpus 17, restated unchanged from its docstring:

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


Judgement calls added for corpus 19 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of instrumental studies):

* (new) In a DICOM header rendered as text, the values of (0010,0020) Patient ID,
  (0010,1000) Other Patient IDs, (0008,0050) Accession Number, (0020,0010) Study ID,
  (0020,000D) Study Instance UID, (0020,000E) Series Instance UID, (0008,0018) SOP Instance
  UID (one image of one patient's study: the whole dotted UID one span, as corpus 13's study
  UID), (0040,1001) Requested Procedure ID, (0040,0009) Scheduled Procedure Step ID and
  (0038,0010) Admission ID are RECORD_ID; (0010,0010) Patient's Name, (0008,0090)
  Referring, (0008,1050) Performing and (0008,1070) Operators' Name are PERSON (corpus 14);
  (0010,0030) Patient's Birth Date «19710314» is BIRTH_DATE; the study's, series',
  acquisition's and content dates are DATE; (0010,2160)-like free text is read as text. Not
  labelled: the tag numbers «(0010,0020)», VRs and value lengths, times «084512.000»,
  Patient's Age «054Y», sex, size and weight, modality, manufacturer, model, (0018,1000)
  device serial, (0018,1020) software versions, station name, AE titles, the institution's
  name, SOP Class, Transfer Syntax and Implementation Class UIDs and the organisation's bare
  OID root (corpus 13); the institution's address is ADDRESS (any owner).
* (new) Dates as devices and RIS print them: «20261103» (a DICOM DA), «03-NOV-2026»,
  «03-Nov-2026», «2026/11/03», «03-11-2026» are one DATE span each; of an ISO date-time
  «2026-11-03T08:45», of «03.11.26 08:45:12» and of a DICOM DateTime «20261103084512» only
  the date part is DATE (times are not labelled; corpus 17's rule for a timestamp's head). A
  birth date in any of these writings after «DOB», «д.р.», «Birth Date» or (0010,0030) is
  BIRTH_DATE.
* (new) The number of a transfer of one patient's images or records (a disc's or a flash
  drive's transfer number, the act of issue of copies, the patient's request for copies)
  is RECORD_ID, as any document of one patient (corpus 13); the blank disc's lot, the
  media's serial and the disc robot's model are not labelled, and the cover letter's own
  outgoing number («исх. № …») between organisations stays unlabelled (corpus 10).
* (new) A teleradiology or remote-reading request, a tele-ECG transmission of one patient,
  a second-opinion case and a tumour-board case are RECORD_ID (corpus 14); the remote
  centre's queue position, its workstation and its daily counts are not labelled.
* (new) The number a device prints for one patient's examination («Exam #», «Обследование
  №», «Запись №», «Rec. No.», «Patient ID» typed at the console), a Holter's or an ABPM
  recorder's study, a capsule study, an endoscopy protocol, a biopsy's referral and its
  containers' numbers of one patient's material are RECORD_ID (corpora 11, 13 and 17); the
  recorder's, endoscope's, capsule's, probe's, transducer's, detector's and tube's serials,
  the washer-disinfector's cycle, the container's position in a rack and the device's own
  counters are not labelled.
* (new) An insurer's guarantee letter («гарантийное письмо № …») is an outgoing letter
  between organisations: its number is not labelled; the patient's ДМС policy is RECORD_ID
  (corpus 10).
* (new) Not labelled, restating corpora 14 and 17 for this field: kV, mA, mAs, pitch,
  rotation time, CTDIvol, DLP, DAP, air kerma, fluoroscopy time, effective doses in mSv,
  slice thickness and increment, FOV, matrices «512×512», lesion sizes «12×8 мм», HU, SUV,
  BMD, T- and Z-scores, the Agatston score, frequencies «7,5 МГц», ECG intervals «PQ 0,16
  с», heart rates, velocities, gradients, pressures, latencies, amplitudes and conduction
  velocities, contrast agents and radiopharmaceuticals with their doses, activities, lots
  and expiry months, rooms and cabinets, queue tickets, series and image counters, the
  study's own НМУ service code, ICD-10, BI-RADS, Lung-RADS, TI-RADS, PI-RADS and CAD-RADS
  categories, device models and serials, software versions (also when written like a date,
  «ПО 3.10.22»: a version is no date), modality codes «CT», «MR», «US», AE titles and
  station names.
* (new) A call centre's short SMS sender name («MED-INFO») is not labelled; any phone
  number in an SMS or a call-centre script is PHONE whatever its owner (corpus 10), and a
  phone written glued after «тел.»/«Tel:» is labelled from its first «+», bracket or digit
  (corpus 14).


Judgement calls added for corpus 27 (NEW FOR CORPUS 27; written here before any document was
generated; they apply the rules above to hand-filled paper forms read back by OCR or typed
from a photo):

* (new in 27) THE MAKER'S BLANK SERIAL IS NOT A PERSON'S. A serial printed on a blank by its
  maker — in the typography's imprint beside the order and the circulation, in a protective
  field or on the back («бланк АБ 0047812», «серия АК № 0012345», «№ 0123456», «блок бланков
  …») — identifies a sheet of paper, like a lot or a blank-form range (corpus 10): not
  labelled, also when the blank was filled in for one person. When that printed number IS the
  form's own number, the number it is issued, registered and dispensed under (a
  prescription's «Серия 45 12 № 004512» on ф. 148-1/у-88, 107/у-НП or 148-1/у-04(л), a
  driver's or a weapon conclusion, a medical birth certificate), corpora 11 and 15 hold: the
  number is RECORD_ID and its series is not labelled. The typography's name, order («зак.
  412») and circulation («тир. 10 000 экз.») are not labelled.
* (new in 27) A value read back with letters for digits or digits for letters («45 О6
  12З456», «ll-ИК № 512З40», «К4S71В/26», «0З.11.2О26») is labelled as written, one span, with
  the type the clean value has (corpus 13's rule for OCR-damaged numbers, extended to
  passports, birth certificates, phones and dates); a value with a stray space inside («4506
  12 3456», «91012 3456789») and a value written one digit per cell and read back with spaces
  («1 2 3 4 5 6 7 8 9 0 1», «5 0 4 7 … 3») are one span from the first to the last character.
  SNILS, ENP and INN are only ever damaged by spaces, cells and line breaks here, so their
  check digits stay valid.
* (new in 27) A surname written one letter per cell («К У Д Р Я В Ц Е В») is one PERSON
  span; a name or a value broken across a line or hyphenated across it is one span containing
  the break (corpora 11–13).
* (new in 27) A crossed-out value that the reading keeps («value (зачёркнуто)», «было …,
  стало …», «… испр. на …») is labelled like the corrected one: a crossed-out phone is PHONE,
  a crossed-out passport PASSPORT, a crossed-out birth date BIRTH_DATE, a crossed-out card
  number RECORD_ID — it still identifies the person.
* (new in 27) A stamp's or a seal's text read over a field («[ПЕЧАТЬ … * ДЛЯ СПРАВОК * ОГРН
  …]») is read as text: the clinic's name and OGRN are not labelled, the clinic's stamp or
  seal registration number («рег. № 63-114», «штамп № 17», «№ печати 305», a doctor's seal
  «штамп врача № 214») is not labelled (an organisation's number, not a record of one person);
  a date a stamp prints («ВЫДАНО 03.11.2026», a postmark) is DATE.
* (new in 27) Page numbers («стр. 1 из 2», «— 3 —», «лист 2»), the form's code («ф. 025/у»,
  «ф. 148-1/у-04(л)»), the code «по ОКУД» or «по КНД», the number and date of the order
  that approved a form (the date is DATE, «№ 834н» is not labelled), a category-of-benefit
  code, a nosology code, a КСГ or ВМП type code («вид ВМП 14.00.123.456»), a brigade's, a
  ward's, a school's and a pharmacy's number, a train's number, a queue ticket and an
  electronic queue's window are not labelled.
* (new in 27) When two forms are on one scan, each form's numbers are labelled by the same
  rules whoever they belong to; the separator text between them is not labelled.
* (new in 27) A date whose year the scan lost («03.11» (год на скане не читается)) is DATE (a date
  without a year, corpus 15); a year of birth alone stays unlabelled (corpus 17); a date in
  boxes read back with spaces («03 11 2026») is one DATE or BIRTH_DATE span.
* (new in 27) The migrant's patent and migration card are RECORD_ID (corpus 15's
  migration card; a patent is a document of one person); a foreign national passport (Latin letters and digits) and a
  Russian international passport («75 1234567») are PASSPORT (corpus 11).

Run: ``.venv/bin/python bench/text_corpus/write_independent27.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent27.jsonl"
SEED = 2720261206
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
CYR = "АБВГДЕКМНПРСТУХЭЮЯ"
LAT = "ABCDEFHKLMNPRSTUWXYZ"

# ---------------------------------------------------------------- people (fresh for corpus 27)
# Peoples of the old Centre (Tula, Ryazan, Kaluga, Bryansk, Smolensk, Oryol, Tver, Vladimir,
# the Moscow region), the North Caucasus (Dagestan, Ossetia, Kabarda, Chechnya, Ingushetia),
# Buryatia, Tuva and Yakutia, Komi, the Baltic, Central Asia and Korean families; male base
# forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Кудрявцев",
    "Тарасов",
    "Белоусов",
    "Шубин",
    "Ефремов",
    "Ларионов",
    "Мещеряков",
    "Туманов",
    "Корнилов",
    "Пахомов",
    "Рыжов",
    "Зимин",
    "Трофимов",
    "Дроздов",
    "Бирюков",
    "Шестаков",
    "Голубев",
    "Воронин",
    "Сорокин",
    "Бондаренко",
    "Литвиненко",
    "Гавриленко",
    "Остапчук",
    "Дорошенко",
    "Климович",
    "Жук",
    "Лукашевич",
    "Гасанов",
    "Омаров",
    "Рамазанов",
    "Гаджиев",
    "Дзагоев",
    "Габисов",
    "Цаголов",
    "Шогенов",
    "Кодзоков",
    "Эльмурзаев",
    "Арсанукаев",
    "Мальсагов",
    "Ондар",
    "Монгуш",
    "Куулар",
    "Цыденов",
    "Дашиев",
    "Винокуров",
    "Слепцов",
    "Тадыков",
    "Чебодаев",
    "Канев",
    "Липин",
    "Петраускас",
    "Янсонс",
    "Тамм",
    "Юлдашев",
    "Рахимов",
    "Назаров",
    "Турсунов",
    "Пак",
    "Хван",
    "Вишневский",
    "Березовский",
    "Лисицын",
    "Синицын",
]
M_FIRST = [
    "Алексей",
    "Дмитрий",
    "Павел",
    "Роман",
    "Тимофей",
    "Глеб",
    "Ярослав",
    "Олег",
    "Станислав",
    "Фёдор",
    "Кирилл",
    "Тимур",
    "Руслан",
    "Шамиль",
    "Магомед",
    "Расул",
    "Алан",
    "Сослан",
    "Заур",
    "Аслан",
    "Ислам",
    "Чингис",
    "Айдар",
    "Баир",
    "Саян",
    "Эдуард",
    "Вадим",
    "Аркадий",
    "Савелий",
    "Прохор",
    "Назар",
    "Фарход",
    "Рустам",
    "Улугбек",
    "Янис",
    "Борис",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Юлия",
    "Дарья",
    "Полина",
    "Ксения",
    "Вероника",
    "Алина",
    "Кристина",
    "Ульяна",
    "Василиса",
    "Мадина",
    "Патимат",
    "Хадижат",
    "Залина",
    "Аминат",
    "Саяна",
    "Туяна",
    "Айлана",
    "Сардаана",
    "Динара",
    "Гульнара",
    "Лилия",
    "Варвара",
    "Лариса",
    "Тамара",
    "Раиса",
    "Элина",
    "Нилуфар",
    "Дильноза",
    "Мохира",
    "Эвелина",
]
PAT_STEMS = [
    "Александров",
    "Дмитриев",
    "Павлов",
    "Олегов",
    "Станиславов",
    "Кириллов",
    "Тимуров",
    "Русланов",
    "Шамилев",
    "Магомедов",
    "Расулов",
    "Аланов",
    "Сосланов",
    "Зауров",
    "Асланов",
    "Баиров",
    "Эдуардов",
    "Вадимов",
    "Аркадьев",
    "Петров",
    "Иванов",
    "Михайлов",
    "Андреев",
    "Евгеньев",
    "Борисов",
    "Викторов",
    "Валерьев",
    "Геннадьев",
    "Рустамов",
    "Фарходов",
]
FOREIGN = [
    ("Шмидт", "Петер", True),
    ("Фам", "Минь", True),
    ("Хусейн", "Али", True),
    ("Сантос", "Жуан", True),
    ("Ковач", "Ева", False),
    ("Лопес", "Мария", False),
    ("Ким", "Суджин", False),
    ("Яманака", "Юки", False),
]
INDECL_FIRST = {
    "Патимат",
    "Хадижат",
    "Аминат",
    "Нилуфар",
    "Минь",
    "Али",
    "Суджин",
    "Юки",
}
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


# ---------------------------------------------------------------- corpus 27: places (fresh)
# The old Centre, the Moscow region, the North Caucasus, Buryatia, Tuva and Yakutia.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS27 = [
    ("г. Тула", "в г. Туле", "Тула", "Тульская область", "Тульская обл.", "300", "4872"),
    ("г. Рязань", "в г. Рязани", "Рязань", "Рязанская область", "Рязанская обл.", "390", "4912"),
    ("г. Калуга", "в г. Калуге", "Калуга", "Калужская область", "Калужская обл.", "248", "4842"),
    ("г. Обнинск", "в г. Обнинске", "Обнинск", "Калужская область", "Калуж. обл.", "249", "48439"),
    ("г. Брянск", "в г. Брянске", "Брянск", "Брянская область", "Брянская обл.", "241", "4832"),
    (
        "г. Смоленск",
        "в г. Смоленске",
        "Смоленск",
        "Смоленская область",
        "Смол. обл.",
        "214",
        "4812",
    ),
    ("г. Орёл", "в г. Орле", "Орёл", "Орловская область", "Орловская обл.", "302", "4862"),
    ("г. Тверь", "в г. Твери", "Тверь", "Тверская область", "Тверская обл.", "170", "4822"),
    (
        "г. Владимир",
        "в г. Владимире",
        "Владимир",
        "Владимирская область",
        "Влад. обл.",
        "600",
        "4922",
    ),
    ("г. Коломна", "в г. Коломне", "Коломна", "Московская область", "МО", "140", "496"),
    (
        "г. Подольск",
        "в г. Подольске",
        "Подольск",
        "Московская область",
        "Моск. обл.",
        "142",
        "4967",
    ),
    ("г. Махачкала", "в г. Махачкале", "Махачкала", "Республика Дагестан", "РД", "367", "8722"),
    (
        "г. Владикавказ",
        "в г. Владикавказе",
        "Владикавказ",
        "Республика Северная Осетия — Алания",
        "РСО-Алания",
        "362",
        "8672",
    ),
    (
        "г. Нальчик",
        "в г. Нальчике",
        "Нальчик",
        "Кабардино-Балкарская Республика",
        "КБР",
        "360",
        "8662",
    ),
    ("г. Грозный", "в г. Грозном", "Грозный", "Чеченская Республика", "ЧР", "364", "8712"),
    (
        "г. Улан-Удэ",
        "в г. Улан-Удэ",
        "Улан-Удэ",
        "Республика Бурятия",
        "Респ. Бурятия",
        "670",
        "3012",
    ),
    ("г. Кызыл", "в г. Кызыле", "Кызыл", "Республика Тыва", "Респ. Тыва", "667", "39422"),
    ("г. Якутск", "в г. Якутске", "Якутск", "Республика Саха (Якутия)", "РС(Я)", "677", "4112"),
]
STREETS27 = [
    ("ул. Болдина", "Болдина"),
    ("ул. Епифанская", "Епифанская"),
    ("пр-т Ленина", "Ленина"),
    ("ул. Первомайская", "Первомайская"),
    ("ул. Гагарина", "Гагарина"),
    ("ул. Маяковского", "Маяковского"),
    ("пер. Торговый", "Торговый"),
    ("ул. Коста Хетагурова", "Коста Хетагурова"),
    ("пр-т Имама Шамиля", "Имама Шамиля"),
    ("ул. Кирова", "Кирова"),
    ("ул. Калинина", "Калинина"),
    ("ул. Ойунского", "Ойунского"),
    ("ул. Кочетова", "Кочетова"),
    ("ул. Смолина", "Смолина"),
    ("ул. Гоголя", "Гоголя"),
    ("б-р Победы", "Победы"),
    ("ш. Энтузиастов", "Энтузиастов"),
    ("ул. Кутузова", "Кутузова"),
    ("ул. Строителей", "Строителей"),
    ("ул. Ахмата Кадырова", "Ахмата Кадырова"),
    ("ул. Шогенцукова", "Шогенцукова"),
    ("ул. Лермонтова", "Лермонтова"),
    ("ул. Октябрьская", "Октябрьская"),
    ("ул. Циолковского", "Циолковского"),
]
RURAL27 = [
    ("с. Хомутово", "в с. Хомутово", "Ефремовский р-н", "Тульская обл."),
    ("д. Ильинка", "в д. Ильинке", "Жуковский р-н", "Калужская обл."),
    ("с. Карабудахкент", "в с. Карабудахкент", "Карабудахкентский р-н", "Республика Дагестан"),
    ("с. Гизель", "в с. Гизель", "Пригородный р-н", "РСО-Алания"),
    ("с. Иволгинск", "в с. Иволгинск", "Иволгинский р-н", "Республика Бурятия"),
    ("с. Сукпак", "в с. Сукпак", "Кызылский кожуун", "Республика Тыва"),
    ("с. Майя", "в с. Майя", "Мегино-Кангаласский улус", "Республика Саха (Якутия)"),
    ("р.п. Сараи", "в р.п. Сараи", "Сарайский р-н", "Рязанская обл."),
    ("д. Горки", "в д. Горках", "Конаковский р-н", "Тверская обл."),
    ("с. Кенже", "в с. Кенже", "г.о. Нальчик", "КБР"),
    ("пгт Дубна", "в пгт Дубна", "Дубенский р-н", "Тульская обл."),
]
RURAL_ST27 = [
    "Центральная",
    "Школьная",
    "Садовая",
    "Набережная",
    "Луговая",
    "Заречная",
    "Колхозная",
]
ORG_ST27 = [
    "ул. Фрунзе",
    "ул. Советская",
    "пр-т Мира",
    "ул. Больничная",
    "ул. Пирогова",
    "ул. Ленина",
]


def _t27(rng: random.Random) -> tuple:
    return rng.choice(TOWNS27)


def _hk27(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["А", "б", "/2", " корп. 3", " стр. 2", "Г"])
    return h, rng.randint(1, 280)


def addr27(rng: random.Random) -> str:
    """A person's address as it is written by hand in a form's field (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t27(rng)
    st, bare = rng.choice(STREETS27)
    v, _vl, vdist, vreg = rng.choice(RURAL27)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk27(rng)
    n = rng.randint(1, 90)
    rs = rng.choice(RURAL_ST27)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town} {st} д {h} кв {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {rs}, {n}",
        lambda: f"{bare_t}, {st}, {h}, кв. {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}",
        lambda: f"{z} {town} {st} {h}/{k}",
        lambda: f"{vdist}, {v}, ул. {rs} {n}",
    ]
    return rng.choice(shapes)()


def aloc27(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t27(rng)
    st, bare = rng.choice(STREETS27)
    _v, vl, vdist, _vr = rng.choice(RURAL27)
    h, k = _hk27(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]} {vdist}, ул. {rng.choice(RURAL_ST27)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare} {h}-{k}",
        ]
    )


def abr27(rng: random.Random) -> str:
    """An address broken across two lines (a form's narrow field)."""
    town, _loc, _b, reg, _ra, idx, _c = _t27(rng)
    st, _bare = rng.choice(STREETS27)
    h, k = _hk27(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st} {h}-{k}\n{town}",
        ]
    )


def aorg27(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t27(rng)
    st = rng.choice(ORG_ST27)
    n = rng.randint(1, 99)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, {n}, корп. {rng.randint(1, 6)}",
        ]
    )


# ---------------------------------------------------------------- corpus 27: phones (fresh)
OPS27 = [
    "910",
    "915",
    "916",
    "953",
    "980",
    "920",
    "930",
    "964",
    "967",
    "903",
    "906",
    "913",
    "914",
    "924",
    "983",
    "996",
    "999",
    "928",
    "938",
    "988",
]
# digits a scan or a typist misreads as letters, and letters misread as digits
D2L27 = {"0": "О", "3": "З", "6": "б", "1": "l", "8": "В", "5": "S"}
L2D27 = {"О": "0", "З": "3", "Б": "6", "В": "8", "I": "1", "S": "5", "Ч": "4"}


def _mob27(rng: random.Random) -> tuple[str, str]:
    return rng.choice(OPS27), "".join(str(rng.randint(0, 9)) for _ in range(7))


def hph27(rng: random.Random) -> str:
    """A mobile written by hand into a form's field: groups where the hand put them."""
    op, r = _mob27(rng)
    return rng.choice(
        [
            f"8 {op} {r[:2]} {r[2:4]} {r[4:]}",
            f"8{op}-{r[:3]}-{r[3:5]}-{r[5:]}",
            f"8({op}){r[:3]} {r[3:]}",
            f"+7 {op} {r}",
            f"8-{op}-{r[:3]}-{r[3:5]} {r[5:]}",
            f"8 {op[:1]}{op[1:]}{r[:1]} {r[1:3]} {r[3:5]} {r[5:]}",
            f"8{op}{r}",
            f"+7({op}){r[:3]}-{r[3:5]}-{r[5:]}",
            f"8 ({op}) {r[:3]}-{r[3:5]}-{r[5:]}",
            f"89 {op[1:]} {r[:3]} {r[3:]}",
        ]
    )


def dmg27(rng: random.Random, s: str, rate: float = 0.3) -> str:
    """OCR of a handwritten value: some digits read as letters, some letters as digits (one
    change at least)."""
    out, changed = [], False
    for ch in s:
        if ch in D2L27 and rng.random() < rate:
            out.append(D2L27[ch])
            changed = True
        elif ch in L2D27 and rng.random() < rate:
            out.append(L2D27[ch])
            changed = True
        else:
            out.append(ch)
    if not changed:
        idx = [i for i, ch in enumerate(out) if ch in D2L27]
        if idx:
            i = rng.choice(idx)
            out[i] = D2L27[out[i]]
    return "".join(out)


def spc27(rng: random.Random, s: str) -> str:
    """A stray space inside a run of digits (a scan's gap, a form's cell border)."""
    idx = [i for i in range(1, len(s)) if s[i].isdigit() and s[i - 1].isdigit()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + " " + s[i:]


def cells27(s: str) -> str:
    """Digits written one per cell of a form, read back with a space between cells."""
    return " ".join(ch for ch in s if not ch.isspace())


def brk27(rng: random.Random, s: str) -> str:
    """A value broken across two lines at a space, a dash or in the middle."""
    cuts = [i for i, ch in enumerate(s) if ch in " -" and 2 < i < len(s) - 2]
    if cuts:
        i = rng.choice(cuts)
        return s[: i + (1 if s[i] == "-" else 0)] + "\n" + s[i + 1 :]
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


def city27(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t27(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"8 ({code}) {loc}", f"({code}) {loc}", f"8-{code}-{loc}", f"+7 ({code}) {loc}"]
    )


def local27(rng: random.Random) -> str:
    """A bare local number written after «дом.» (no code)."""
    return rng.choice(
        [
            f"{rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(2, 9)}{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        ]
    )


MAIL_DOM27 = ["mail.ru", "yandex.ru", "inbox.ru", "bk.ru", "gmail.com", "list.ru", "rambler.ru"]
ORG_MAIL27 = [
    "registratura@gp3-tula.ru",
    "spravki@gkp6-ryazan.ru",
    "priem@kokb-kaluga.ru",
    "dgp4@bryansk-med.ru",
    "odkb@smolensk-zdrav.ru",
    "gp5@mz-rd.ru",
    "rdkb@minzdrav-alania.ru",
    "gp6@medbur.ru",
    "skk@sanatoriy-vishnevy.ru",
    "spk@blood-tver.ru",
    "pnd1@vladmed.ru",
    "kolomna.crb@mosreg.ru",
]


def mail27(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f}{rng.randint(80, 99)}",
            f"{s}{f[0]}",
            f"{f}_{s}",
            f"{s}.{rng.randint(1, 40)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM27)}"


# ---------------------------------------------------------------- corpus 27: passports (fresh)
OKATO27 = [
    "70",
    "61",
    "29",
    "15",
    "66",
    "54",
    "28",
    "17",
    "46",
    "82",
    "90",
    "83",
    "96",
    "81",
    "93",
    "98",
]


def pas27(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO27), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice([f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}{n}"])


def pas_bad27(rng: random.Random) -> str:
    """A passport read back badly: a letter for a digit, a stray space, or one digit per cell."""
    o, y, n = rng.choice(OKATO27), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            lambda: dmg27(rng, f"{o} {y} {n}"),
            lambda: f"{o}{y} {n[:2]} {n[2:]}",
            lambda: f"{o} {y}  {n[:3]} {n[3:]}",
            lambda: cells27(o + y) + "  " + cells27(n),
            lambda: dmg27(rng, f"{o}{y} № {n}"),
        ]
    )()


def bc_bad27(rng: random.Random) -> str:
    """A birth certificate read back badly: «II» as «11» or «ll», О as zero."""
    roman = rng.choice(["I", "II", "III", "IV", "VI", "VII"])
    letters = rng.choice(["ИК", "ОБ", "ВС", "РД", "СН", "МЮ", "ДН", "КЧ"])
    n = f"{rng.randint(100000, 999999)}"
    r2 = roman.replace("I", rng.choice(["1", "l"]))
    return rng.choice(
        [
            f"{r2}-{letters} № {n}",
            f"{roman}-{letters} {spc27(rng, n)}",
            f"{roman} - {letters} № {dmg27(rng, n)}",
            f"{roman}{letters}{n}",
        ]
    )


# ---------------------------------------------------------------- corpus 27: numbers of one person
REC27 = {
    "amb": ["######", "А-#####", "###/##", "##-#####", "К#####/26", "######-Т"],
    "ib": ["#####/С", "И-######/26", "Ст-#####", "#####-26"],
    "tap": ["ТАП-######", "Т#######", "########"],
    "zap": ["###-###", "Т-####-##", "%##-####", "@@###"],
    "ref": ["НПР-######", "##-#######", "Н/######/26", "###-Н-####"],
    "hosp": ["Г-26-#####", "НГ-######", "2026/#####"],
    "vmp": ["##.####.#####.###"],
    "mse": ["###.##.##/2026", "МСЭ-Н-######", "####-МСЭ/26"],
    "sprav": ["###/26", "С-#####", "#####", "Спр-####/26"],
    "zakl": ["З-####/26", "####", "МЗ-######", "##/####"],
    "rxn": ["######", "#######"],
    "rxs": ["##-##-##", "####", "##-26"],
    "mi": ["МИ-######", "######"],
    "vacc": ["######", "СП-######", "##-####"],
    "skk": ["СКК-####/26", "####", "####-С"],
    "put": ["######", "П-#######", "ПТ-######"],
    "lmk": ["##-########", "ЛМК-#######", "##########"],
    "hiv": ["####/26", "ВИЧ-#####", "#####-В"],
    "mbc": ["######", "#######"],
    "smp": ["#####", "####/##", "С-######"],
    "don": ["Д-######", "######-Д", "ДК-#####"],
    "obm": ["ОК-####/26", "#####", "Р-####"],
    "dms": ["%%-#######", "###-######-##", "ДМС##/######"],
    "disp": ["ДН-#####", "####/Д", "#####"],
    "lab": ["L########", "#########", "ЛБ-######"],
    "trip": ["НЛ-######", "######/26", "ПН-#####"],
    "mil": ["%%-######", "МП-#####"],
    "sps": ["##########"],
}


def rec27(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC27[kind]))


def eln27(rng: random.Random) -> str:
    return "9" + "".join(str(rng.randint(0, 9)) for _ in range(11))


# ---------------------------------------------------------------- corpus 27: hard negatives
ICD27 = [
    "J06.9",
    "J20.9",
    "I10",
    "I11.9",
    "E11.9",
    "M54.5",
    "K29.7",
    "S52.5",
    "S93.4",
    "N30.0",
    "A15.0",
    "Z00.0",
    "Z02.7",
    "Z32.1",
    "O26.8",
    "F10.2",
    "G40.9",
    "J45.0",
    "L20.8",
    "H52.1",
    "B86",
    "T78.4",
]
DOSES27 = [
    "Амоксициллин 500 мг, по 1 капс. 3 р/сут, 7 дней, № 21",
    "Эналаприл 10 мг — по 1 таб. утром, № 60",
    "Метформин 850 мг × 2 р/д, № 60",
    "Инсулин гларгин 100 ЕД/мл, 3 мл, картр. № 5",
    "Трамадол 50 мг/мл 2 мл, амп. № 10",
    "Прегабалин 75 мг, капс. № 56",
    "Бисопролол 2,5 мг, 1 т/сут, № 30",
    "Сальбутамол 100 мкг/доза, 200 доз, № 1",
    "Аторвастатин 20 мг на ночь, № 30",
    "Левотироксин 75 мкг натощак, № 100",
    "Морфин 10 мг/мл 1 мл, амп. № 20",
    "Карбамазепин 200 мг 2 р/сут, № 50",
]
VACC27 = [
    ("АДС-М", "0,5 мл в/м"),
    ("Гам-КОВИД-Вак", "0,5 мл в/м"),
    ("Вакцина гепатита В (Регевак В)", "1,0 мл в/м"),
    ("ЖКВ (корь)", "0,5 мл п/к"),
    ("Ультрикс Квадри", "0,5 мл в/м"),
    ("БЦЖ-М", "0,025 мг в/к"),
    ("Превенар 13", "0,5 мл в/м"),
    ("КлещЭ-Вак", "0,5 мл в/м"),
]
ORGS27 = [
    "ГУЗ «Городская больница № 3 г. Тулы»",
    "ГБУ РО «Городская клиническая поликлиника № 6»",
    "ГБУЗ КО «Калужская областная клиническая больница»",
    "ГАУЗ БО «Брянская городская поликлиника № 4»",
    "ОГБУЗ «Смоленская областная детская клиническая больница»",
    "БУЗ ОО «Поликлиника № 2»",
    "ГБУЗ РД «Махачкалинская городская поликлиника № 5»",
    "ГБУЗ «Республиканская детская клиническая больница» МЗ РСО-Алания",
    "ГБУЗ «Городская поликлиника № 2» Минздрава КБР",
    "ГАУЗ «Городская поликлиника № 6» (Улан-Удэ)",
    "ГБУ РС(Я) «Якутская городская больница № 3»",
    "ГБУЗ МО «Коломенская больница»",
    "ООО «Медицинский центр „Вишнёвый сад“»",
    "ГБУЗ «Тверской областной клинический противотуберкулёзный диспансер»",
    "ГБУЗ ВО «Областной психоневрологический диспансер № 1»",
    "ГУЗ «Тульский областной наркологический диспансер № 1»",
]
SANS27 = [
    "санаторий «Вишнёвый сад» (Калужская обл.)",
    "санаторий «Горячий Ключ» (Краснодарский край)",
    "санаторий «Аршан» (Республика Бурятия)",
    "санаторий «Нальчик» (КБР)",
    "детский санаторий «Дружба» (Тверская обл.)",
    "санаторий «Талги» (Республика Дагестан)",
]
TYPOS27 = [
    "Тульская типография",
    "Полиграфист",
    "Калужская офсетная фабрика",
    "Печатный двор",
    "Дагестанское книжное изд-во",
    "Брянская обл. типография",
]


def neg27(rng: random.Random, f: dict) -> None:
    """Hard negatives of paper forms: the typography's imprint, the maker's blank serial,
    page numbers, stamps' registration numbers, the clinic's codes, doses."""
    f["typo"] = (
        f"Тип. «{rng.choice(TYPOS27)}», зак. {rng.randint(110, 4999)}, "
        f"тир. {rng.choice(['5000', '10 000', '2000', '25 000', '3000'])} экз."
    )
    f["typo2"] = (
        f"Отпечатано: {rng.choice(TYPOS27)}, заказ № {rng.randint(100, 999)}-{rng.randint(20, 26)}"
    )
    f["blank"] = (
        rng.choice(["серийный № бланка", "бланк изготовителя", "№ бланка (типогр.)"])
        + " "
        + shape(rng, rng.choice(["@@ #######", "@@№######", "серия @@ № #######", "0######"]))
    )
    f["blank2"] = shape(rng, rng.choice(["бланк № ######", "@ #######", "Б-#######"]))
    f["pg"] = rng.choice(["стр. 1 из 2", "лист 2", "стр. 2", "— 3 —", "с. 1/4", "л. 1 из 3"])
    f["pg2"] = rng.choice(["стр. 2 из 2", "оборот", "лист 3", "— 4 —"])
    f["stamp_reg"] = shape(
        rng, rng.choice(["рег. № ##-###", "штамп № ##", "№ печати ###", "рег. ####"])
    )
    f["stamp_reg2"] = shape(rng, rng.choice(["печать № #", "штамп врача № ###", "рег. № ###/#"]))
    f["ogrn"] = shape(rng, rng.choice(["102", "103", "113"]) + "##########")
    f["okpo"] = shape(rng, "0#######")
    f["kpp"] = shape(rng, "####01001")
    f["okud"] = shape(rng, "0####")
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "#-###"]))
    f["icd1"], f["icd2"], f["icd3"] = rng.sample(ICD27, 3)
    f["dose1"], f["dose2"] = rng.sample(DOSES27, 2)
    vac = rng.choice(VACC27)
    f["vac"], f["vac_dose"] = vac
    vac2 = rng.choice(VACC27)
    f["vac2"], f["vac2_dose"] = vac2
    f["vlot"] = shape(rng, rng.choice(["серия ###-####", "с. %####", "серия ####-##"]))
    f["vlot2"] = shape(rng, rng.choice(["серия ##-####", "с. ###-#"]))
    f["cab"] = str(rng.randint(101, 428))
    f["uch"] = str(rng.randint(1, 48))
    f["queue"] = shape(rng, rng.choice(["А###", "Б-##", "##"]))
    f["small"] = str(rng.randint(2, 30))
    f["days"] = str(rng.randint(3, 21))
    f["wt"] = str(rng.randint(48, 118))
    f["ht"] = str(rng.randint(150, 196))
    f["bp"] = f"{rng.randint(105, 165)}/{rng.randint(60, 100)}"
    f["pulse"] = str(rng.randint(58, 104))
    f["sum"] = f"{rng.randint(1, 89)} {rng.randint(100, 999)},00"
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))


def dates27(f: dict, key: str, d: dt.date, rng: random.Random) -> None:
    """Every writing of one calendar date under ``key`` + suffix, clean and damaged."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_box"] = f"{dd:02d} {m:02d} {y}"
    f[key + "_sp"] = rng.choice(
        [f"{dd:02d}. {m:02d}. {y}", f"{dd:02d} .{m:02d}.{y}", f"{dd:02d}.{m:02d}. {y}"]
    )
    f[key + "_o"] = dmg27(rng, f"{dd:02d}.{m:02d}.{y}")
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y % 100:02d}"


def num_variants27(rng: random.Random, f: dict, key: str, value: str) -> None:
    """One person's number clean and in the shapes a scan gives it back."""
    f[key] = value
    f[key + "_o"] = dmg27(rng, value)
    f[key + "_s"] = spc27(rng, value)
    f[key + "_b"] = brk27(rng, value)


def fillers27(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "d", "e", "h", "s", "k", "x"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a mother
    f.update(person(rng, "u", True, foreign_ok=False))  # a father
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "u", "c", "d", "e", "h", "s", "k", "x"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        f[pre + "_o"] = ocr(f[pre + "_up"])
        f[pre + "_cells"] = " ".join(f[pre + "_sur"].upper())
        words = f[pre].split()
        f[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
    f["p_brk"] = hyphen_break(f["p"])
    f["q_brk"] = hyphen_break(f["q"])
    f["p_sur_o"] = ocr(f["p_sur"].upper())
    # birth dates
    by = rng.randint(1942, 2006)
    bd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates27(f, "bd", bd, rng)
    f["age"] = str(2026 - bd.year - (1 if (bd.month, bd.day) > (10, 15) else 0))
    bdq = dt.date(rng.randint(1984, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dates27(f, "bdq", bdq, rng)
    dates27(f, "bdx", bd + dt.timedelta(days=rng.choice([-366, -31, -10, 10, 31, 365])), rng)
    bdu = dt.date(rng.randint(1975, 2001), rng.randint(1, 12), rng.randint(1, 28))
    dates27(f, "bdu", bdu, rng)
    bdc = dt.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28))
    dates27(f, "bdc", bdc, rng)
    f["agec"] = str(max(1, 2026 - bdc.year - 1))
    f["bdy"] = str(rng.randint(1950, 2004))  # a year alone: not labelled
    # the documents' dates: six in order
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 280))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 9))
        dates27(f, f"t{i}", cur, rng)
        if i == 1:  # a newborn, born a few days before the first document
            dates27(f, "bdn", cur - dt.timedelta(days=rng.randint(2, 4)), rng)
    dates27(
        f, "told", dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)), rng
    )
    dates27(
        f, "told2", dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)), rng
    )
    dates27(
        f, "pasd", dt.date(rng.randint(2006, 2025), rng.randint(1, 12), rng.randint(1, 28)), rng
    )
    dates27(f, "lmp", cur - dt.timedelta(days=rng.randint(60, 200)), rng)
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    f["yr"] = str(rng.randint(2019, 2025))
    t0 = rng.randint(8 * 60, 12 * 60)
    for i in range(1, 4):
        t0 += rng.randint(10, 120)
        f[f"tm{i}"] = f"{t0 // 60:02d}:{t0 % 60:02d}"
    # contacts
    for i in range(1, 4):
        f[f"a{i}"] = addr27(rng)
        f[f"ph{i}"] = hph27(rng)
    f["al1"] = aloc27(rng)
    f["a_br"] = abr27(rng)
    f["ao"], f["ao2"] = aorg27(rng), aorg27(rng)
    f["ph_o"] = dmg27(rng, hph27(rng), 0.2)
    f["ph_b"] = brk27(rng, hph27(rng))
    f["ph_x"] = hph27(rng)  # a crossed-out number
    f["phc1"], f["phc2"] = city27(rng), city27(rng)
    f["phl"] = local27(rng)
    f["ext"] = str(rng.randint(100, 599))
    f["m1"] = mail27(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail27(rng, f["q_sur"], f["q_first"])
    f["md"] = mail27(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL27, 2)
    # identity numbers (checksums kept: only spaces, cells and line breaks damage them)
    for key in ("sn", "sn2"):
        f[key] = snils(rng)
        f[key + "_c"] = cells27(re.sub(r"\D", "", f[key]))
        f[key + "_s"] = spc27(rng, f[key])
        f[key + "_b"] = brk27(rng, f[key])
    for key in ("enp", "enp2"):
        f[key] = enp(rng)
        d16 = re.sub(r"\D", "", f[key])
        f[key + "_c"] = cells27(d16)
        f[key + "_s"] = spc27(rng, d16)
        f[key + "_b"] = d16[:8] + "\n" + d16[8:]
    f["inn"] = inn12(rng)
    f["inn_c"] = cells27(f["inn"])
    f["inn_s"] = spc27(rng, f["inn"])
    f["pas"], f["pas2"], f["pas_x"] = pas27(rng), pas27(rng), pas27(rng)
    f["pas_o"], f["pas_o2"] = pas_bad27(rng), pas_bad27(rng)
    f["pas_b"] = brk27(rng, pas27(rng))
    f["pas_ser"] = f"{rng.choice(OKATO27)} {rng.randint(0, 25):02d}"
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(200, 920)}-{rng.randint(1, 90):03d}"
    f["pas_z"] = f"{rng.randint(70, 79)} {rng.randint(1000000, 9999999)}"
    f["pasf"] = shape(rng, rng.choice(["FA#######", "AB#######", "N########"]))
    f["bc"], f["bc_o"] = bcert(rng), bc_bad27(rng)
    # numbers of one person, clean and damaged
    for key in REC27:
        num_variants27(rng, f, key, rec27(rng, key))
        f[key + "2"] = rec27(rng, key)
    num_variants27(rng, f, "eln", eln27(rng))
    f["eln2"] = eln27(rng)
    e = f["eln"]
    f["eln_g"] = f"{e[:3]} {e[3:6]} {e[6:9]} {e[9:]}"
    f["eln_o"] = dmg27(rng, e, 0.15)
    # hard negatives
    neg27(rng, f)
    f["org"], f["org2"] = rng.sample(ORGS27, 2)
    f["san"] = rng.choice(SANS27)
    return f


def shape27(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape27(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Шубин Г.А.» ends the sentence: no second dot
    return raw.format_map({**fillers27(rng), **extra})


# ---------------------------------------------------------------- corpus 27: forms and kinds
# one kind per directory row: (RECID, genre, template); every template is used by one kind only
FORMS27: list[tuple[int, str, str]] = [
    (
        41,
        "титульный лист амбулаторной карты, заполненный от руки и распознанный OCR",
        """{org}   Код формы по ОКУД {okud}   Медицинская документация, учётная форма № 025/у
Утверждена приказом Минздрава России от [[D:15.12.2014]] № 834н
МЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, получающего медицинскую помощь в амбулаторных условиях № [[R:{amb_o}]]
1. Дата заполнения медицинской карты: [[D:{t1_box}]]
2. Фамилия, имя, отчество: [[P:{p_o}]]
3. Пол: {p_sex}   4. Дата рождения: [[B:{bd_box}]]
5. Место регистрации: [[A:{a1}]]
   телефон [[T:{ph1}]]
6. Местность: городская — 1, сельская — 2
7. Полис ОМС: [[O:{enp_c}]]   8. СНИЛС: [[S:{sn_c}]]
9. Наименование страховой медицинской организации: АО «СОГАЗ-Мед»
10. Код категории льготы: <<###>>
11. Документ: паспорт [[Q:{pas_o}]]
[штамп регистратуры, {stamp_reg}: «КАРТА ВЫДАНА НА РУКИ [[D:{t2}]]»]
{typo}   {blank}   {pg}""",
    ),
    (
        110,
        "талон пациента ф. 025-1/у, два талона на одном скане",
        """ТАЛОН ПАЦИЕНТА, получающего медицинскую помощь в амбулаторных условиях   ф. 025-1/у
№ [[R:{tap}]]   {org}
1. Дата открытия: [[D:{t1}]]  2. Дата закрытия: [[D:{t2_sp}]]
3. Код пациента (№ карты) [[R:{amb_s}]]
4. [[P:{p_up}]]   5. Пол {p_sex}   6. Дата рожд. [[B:{bd_sh}]]
7. Полис ОМС [[O:{enp_s}]]   СНИЛС [[S:{sn}]]
8. Врач: [[P:{d_s}]] (код врача <<####>>)   9. Диагноз {icd1}, {icd2}
10. Посещения: [[D:{t1_dm}]], [[D:{t2_dm}]]; результат обращения — 304
——————— (на том же листе сканера, второй талон) ———————
ТАЛОН № [[R:{tap2}]]   [[P:{k_s}]], д.р. [[B:{bdu}]], карта [[R:{amb2}]]
полис [[O:{enp2}]], диагноз {icd3}, врач [[P:{e_s}]]
{typo}""",
    ),
    (
        283,
        "талон на приём к врачу, выданный в регистратуре, фото с телефона",
        """ТАЛОН НА ПРИЁМ К ВРАЧУ (ф. 025-4/у)
{org}
Талон № [[R:{zap}]]          (электронная очередь: {queue}, окно {small})
Пациент: [[P:{p_s}]]     карта № [[R:{amb}]]
Дата рожд.: [[B:{bd}]]
к врачу: терапевт участковый [[P:{d_s}]], уч. {uch}, каб. {cab}
дата приёма [[D:{t3_q}]] время {tm1}
Телефон для отмены записи: [[T:{phc1}]]
Контактный тел. пациента (записан ручкой): [[T:{ph_o}]]
на обороте: «перенесено на [[D:{t4_dm}]], {tm2}» — подпись [[P:{s_s}]]
{pg}""",
    ),
    (
        118,
        "карточка предварительной записи, переписанная с фото оператором колл-центра",
        """Карточка предварительной записи на приём к врачу (ф. 040/у) — перепечатано с фото
{org}, регистратура, тел. [[T:{phc2}]]
Фамилия, И.О. ............ [[P:{p_s}]]
Год рожд. / дата ......... [[B:{bd_o}]]
Адрес ................... [[A:{a2}]]
Тел. ..................... [[T:{ph1}]] (зачёркнуто), [[T:{ph2}]]
Карта № .................. [[R:{amb_o}]]
| дата              | врач                   | каб. | отметка |
| [[D:{t1_dm}]]     | [[P:{d_s}]]            | {cab} | явка   |
| [[D:{t2_dm}]]     | окулист [[P:{e_s}]]    | <<###>> | неявка |
| [[D:{t3_dm}]]     | ЛОР                    | <<###>> | —       |
Записала [[P:{s_s}]], [[D:{t1}]]""",
    ),
    (
        57,
        "направление на консультацию ф. 028/у, строки перепутаны при распознавании",
        """НАПРАВЛЕНИЕ на консультацию и во вспомогательные кабинеты   ф. № 028/у
Дата рождения
Фамилия, имя, отчество больного
[[B:{bd}]]
[[P:{p}]]
в {org2}
Адрес больного [[A:{a_br}]]
№ медицинской карты [[R:{amb_b}]]
Полис ОМС [[O:{enp}]]
Направление № [[R:{ref}]] от [[D:{t1_w}]]
Цель консультации: уточнение диагноза {icd1}; ЭКГ от [[D:{told}]] прилагается
Врач [[P:{d_s}]]  подпись ____  тел. кабинета [[T:{phc1}]], доб. {ext}
{stamp_reg}   {typo}""",
    ),
    (
        3,
        "направление на госпитализацию ф. 057/у-04 с печатью поверх полей",
        """{org}
НАПРАВЛЕНИЕ на госпитализацию, восстановительное лечение, обследование, консультацию
(ф. № 057/у-04)   № [[R:{hosp_s}]]
1. Номер страхового полиса ОМС [[O:{enp_b}]]
2. Код льготы <<###>>   3. СНИЛС [[S:{sn_s}]]
4. Фамилия, имя, отчество [[P:{p_brk}]]
5. Дата рождения [[B:{bd_sp}]]
6. Адрес постоянного места жительства [[A:{a1}]]
   [ПЕЧАТЬ ПОВЕРХ ПОЛЯ: «{org} * ДЛЯ НАПРАВЛЕНИЙ * ОГРН {ogrn}»]
7. Место работы, должность: ООО «Тулатеплосеть», слесарь
8. Код диагноза по МКБ {icd1}
9. Обоснование направления: госпитализация в плановом порядке [[D:{t3}]]
Должность медицинского работника, направившего больного: врач-хирург [[P:{d_s}]]
Заведующий отделением [[P:{h_s}]]   «__» ______ 20__ г.   тел. пациента [[T:{ph1}]]""",
    ),
    (
        346,
        "направление на госпитализацию для специализированной помощи с исправленным номером телефона",
        """НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ для оказания специализированной медицинской помощи
№ [[R:{hosp}]] от [[D:{t2}]]
Кому: {org2}, [[A:{ao2}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р.
Документ, удостоверяющий личность: паспорт серия [[Q:{pas}]], выдан [[D:{pasd}]], код подразделения {kpd}
Полис ОМС [[O:{enp}]], СМО — «Капитал МС»
Адрес регистрации: [[A:{a2}]]
Контактный телефон: [[T:{ph_x}]] испр. на [[T:{ph2}]] (исправленному верить, [[P:{d_s}]])
Диагноз: {icd1} — {dose1}
Профиль: кардиология; форма — плановая; дата планируемой госпитализации [[D:{t4}]]
Лечащий врач [[P:{d}]]; МП «для направлений» {stamp_reg2}""",
    ),
    (
        241,
        "направление на высокотехнологичную помощь, скан с рукописными полями",
        """{org}   [[A:{ao}]]   тел. [[T:{phc1}]]   [[E:{mo}]]
НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ ДЛЯ ОКАЗАНИЯ ВЫСОКОТЕХНОЛОГИЧНОЙ МЕДИЦИНСКОЙ ПОМОЩИ
Исх. № {outno} от [[D:{t2}]]
1. ФИО: [[P:{p_o}]]
2. Дата рождения: [[B:{bd}]]  3. Пол: {p_sex}
4. Документ: паспорт [[Q:{pas_o}]] / свидетельство о рождении —
5. Адрес: [[A:{a1}]]
6. Полис ОМС: [[O:{enp}]]   СНИЛС: [[S:{sn}]]
7. Диагноз {icd1}; вид ВМП по перечню: группа 28, раздел I
8. Протокол врачебной комиссии № [[R:{zakl}]] от [[D:{t1}]]
Телефон пациента: [[T:{ph1}]]; e-mail: [[E:{m1}]]
Главный врач [[P:{h_s}]]       {pg}""",
    ),
    (
        80,
        "талон на оказание ВМП, распечатка и рукописная отметка",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:{vmp}]]   (ф. 025/у-ВМП)
Дата оформления: [[D:{t1}]]   Статус: ожидает госпитализации
Пациент: [[P:{p_up}]]   Дата рождения: [[B:{bd}]]
СНИЛС: [[S:{sn}]]   Полис: [[O:{enp}]]
Документ: паспорт гражданина РФ [[Q:{pas}]]
Адрес: [[A:{a1}]]
Направившая МО: {org}; принимающая МО: {org2}
Диагноз: {icd1}; вид ВМП 14.00.<<###>>.<<###>>; метод 0<<##>>
рукой на поле: «позвонить [[P:{q_io_dat}]] (дочери) [[T:{ph_o}]] — госпитализация [[D:{t4_dm}]]»
В талоне исправлен номер: было [[R:{vmp_o}]], стало [[R:{vmp2}]] ([[P:{s_s}]])""",
    ),
    (
        34,
        "направление на МСЭ ф. 088/у, страница с паспортными данными, скан",
        """Направление на медико-социальную экспертизу медицинской организацией (ф. 088/у)   {pg}
Дата выдачи [[D:{t2}]]   № [[R:{mse}]]
8. Фамилия, имя, отчество: [[P:{p}]]
9. Дата рождения: [[B:{bd}]]   Возраст: {age} лет
10. Пол: {p_sex}
11. Гражданство: РФ
12. Документ, удостоверяющий личность: паспорт
    серия [[Q:{pas_o2}]]
    выдан [[D:{pasd}]], код подразделения {kpd}
13. Сведения о законном представителе: [[P:{k_s}]], паспорт [[Q:{pas2}]]
14. Адрес места жительства: [[A:{a_br}]]
15. СНИЛС [[S:{sn_b}]]   ИНН [[I:{inn}]]
16. Телефон [[T:{ph1}]], адрес электронной почты [[E:{m1}]]
17. ЭЛН [[R:{eln_g}]] открыт [[D:{told}]]
Форма направления утверждена приказом от [[D:12.08.2022]] № 488н/551н""",
    ),
    (
        374,
        "согласие гражданина на направление на МСЭ, заполненное от руки",
        """СОГЛАСИЕ гражданина (его законного или уполномоченного представителя) на направление и проведение медико-социальной экспертизы
Я, [[P:{p_o}]],
(дата рождения [[B:{bd_o}]]), паспорт [[Q:{pas_o}]], выдан [[D:{pasd}]],
проживающ{p_ii} по адресу: [[A:{a1}]],
даю согласие на направление меня на медико-социальную экспертизу {org}
и на передачу сведений в бюро МСЭ.
СНИЛС [[S:{sn_c}]]
Сведения получать: по телефону [[T:{ph_o}]] / [[T:{ph2}]], на e-mail [[E:{m1}]]
Дата [[D:{t1_box}]]     Подпись ______ / [[P:{p_s}]]
Согласие принял врач [[P:{d_s}]], направление № [[R:{mse}]]""",
    ),
    (
        344,
        "справка об отказе в направлении на МСЭ, две страницы одного скана",
        """{org}
СПРАВКА об отказе в направлении на медико-социальную экспертизу № [[R:{sprav}]]
Выдана [[P:{p_dat}]], [[B:{bd}]] г.р., проживающ{p_omu} в [[A:{al1}]]
в том, что по результатам обследования (протокол ВК № [[R:{zakl}]] от [[D:{t2}]]) нарушения функций организма, приводящие к ограничению жизнедеятельности, не выявлены (диагноз {icd1}).
Гражданин вправе обратиться в бюро МСЭ самостоятельно (ст. 8 ФЗ № 181-ФЗ).
Председатель ВК [[P:{h_s}]]   Дата [[D:{t3_q}]]
{pg}
———— следующая страница скана ————
Отметка о получении: справку получил(а) [[P:{p_s}]] [[D:{t3_sh}]], паспорт [[Q:{pas_b}]]
Телефон для связи: [[T:{ph_b}]]
{pg2}""",
    ),
    (
        83,
        "информированное добровольное согласие на вмешательство за ребёнка, OCR-скан",
        """Приложение № 2 к приказу Минздрава России от [[D:12.11.2021]] № 1051н
ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство
Я, [[P:{q_o}]], [[B:{bdq}]] года рождения,
зарегистрированная по адресу: [[A:{a1}]],
проживающая по адресу: [[A:{a2}]],
являясь законным представителем ребёнка [[P:{c_gen}]], [[B:{bdc_o}]] г.р.
(свидетельство о рождении [[C:{bc_o}]]),
даю информированное добровольное согласие на виды медицинских вмешательств, включённые в Перечень (приказ от [[D:23.04.2012]] № 390н), для получения первичной медико-санитарной помощи в {org}.
Медицинским работником [[P:{d_ins}]] мне разъяснены цели и методы.
Сведения о выбранных мною лицах, которым может быть передана информация: [[P:{u}]], тел. [[T:{ph2}]]
Моб. тел. законного представителя [[T:{ph_o}]]
[[P:{q_s}]]  «[[D:{t1_dm}]]» — дата разорвана по сгибу; на обороте [[D:{t1}]]""",
    ),
    (
        213,
        "распечатка ЭЛН для работодателя и рукописная копия номера",
        """ЛИСТОК НЕТРУДОСПОСОБНОСТИ (выписка из ЭЛН для работодателя)
Номер ЭЛН: [[R:{eln}]]      Первичный   Дубликат —
{org}, [[A:{ao}]], ОГРН {ogrn}
Фамилия [[P:{p_sur}]]  Имя [[P:{p_first}]]   Дата рождения [[B:{bd}]]   Пол {p_sex}
СНИЛС [[S:{sn}]]   Причина нетрудоспособности 01   Код {icd1} не указывается
Место работы: ООО «Калугастрой»
Освобождение от работы: с [[D:{t1}]] по [[D:{t2}]] — врач [[P:{d_s}]]; с [[D:{t2}]] по [[D:{t3}]] — врач [[P:{e_s}]]
Приступить к работе [[D:{t4}]]
—— на обороте, от руки (бухгалтерия): ——
«ЭЛН [[R:{eln_o}]] — сверить с ФСС, звонить [[P:{p_io}]] [[T:{ph1}]]; продолжение ЭЛН [[R:{eln2}]]»""",
    ),
    (
        122,
        "справка ф. 095/у студента, фото из чата учебной части",
        """{org}   (штамп с {stamp_reg})
СПРАВКА № [[R:{sprav}]]
о временной нетрудоспособности студента, учащегося техникума, профессионально-технического училища, о болезни, карантине и прочих причинах отсутствия ребёнка, посещающего школу, детское дошкольное учреждение (ф. 095/у)
Дана [[P:{p_dat}]] (студент{p_ke} 2 курса ГПОУ ТО «Тульский медицинский колледж»)
Дата рождения [[B:{bd_sh}]]
Диагноз: ОРВИ (шифр не указывается по требованию пациента)
Освобожден{p_a} от занятий с [[D:{t1}]] по [[D:{t2_sp}]]
Врач [[P:{d_s}]]     [[D:{t2_q}]]
подпись в чате: «от [[P:{k_fi}]], родитель, [[T:{ph2}]]»""",
    ),
    (
        308,
        "справка ф. 095-1/у о бытовой травме, номер разорван переносом строки",
        """СПРАВКА (ф. 095-1/у) о временной нетрудоспособности в связи с бытовой травмой, операцией аборта
№ [[R:{sprav_b}]]
Выдана [[P:{p_dat}]], [[B:{bd}]] г.р.,
место работы: ИП [[P:{u_s}]] (ИНН [[I:{inn}]])
в том, что он(а) находил{p_sya} на лечении в {org} с [[D:{t1_w}]] по [[D:{t2_w}]]
Диагноз: {icd1} (бытовая травма [[D:{t1_dm}]])
Амб. карта [[R:{amb_s}]]; паспорт [[Q:{pas}]]
Врач-травматолог [[P:{d_s}]]   {typo}""",
    ),
    (
        399,
        "справка ф. 094/у, переписанная работодателем в служебную записку",
        """Служебная записка начальнику отдела кадров
Работник [[P:{p}]] (таб. № [[R:{zakl2}]]) представил справку ф. 094/у № [[R:{sprav_o}]] от [[D:{t3}]],
выданную {org}: временная нетрудоспособность с [[D:{t1}]] по [[D:{t2}]] вследствие опьянения ({icd1}).
Дата рождения работника [[B:{bd}]], проживает в [[A:{al1}]].
Справка читается плохо: номер справки мог быть прочитан неверно, на оригинале поверх — штамп «ПОГАШЕНО» {stamp_reg}.
Контакт работника: [[T:{ph1}]]
Специалист по кадрам [[P:{s_s}]], [[D:{t4}]]""",
    ),
]

FORMS27 += [
    (
        86,
        "рецепт 107-1/у, сфотографированный в аптеке и набранный провизором",
        """Рецептурный бланк ф. № 107-1/у   (набрано с фото, аптека № {small})
{org}   штамп МО: {stamp_reg}
РЕЦЕПТ № [[R:{rxn}]]   [[D:{t1_q}]] г.
(взрослый)   (детский)
Ф.И.О. пациента: [[P:{p_o}]]
Дата рождения: [[B:{bd_sh}]]
Ф.И.О. лечащего врача: [[P:{d_s}]]
Rp.: {dose1}
Rp.: {dose2}
Рецепт действителен 60 дней; подпись и личная печать врача {stamp_reg2}
Телефон пациента (дописан фармацевтом): [[T:{ph_o}]]""",
    ),
    (
        220,
        "рецепт 148-1/у-88 с типографскими серией и номером и штампом поверх",
        """Министерство здравоохранения РФ   {org}   Код формы по ОКУД {okud}
Рецептурный бланк 148-1/у-88
РЕЦЕПТ   Серия <<##>> <<####>>   № [[R:{rxn_s}]]
[[D:{t2_q}]] г.
Ф.И.О. больного [[P:{p}]]
Возраст {age} лет   Адрес или № мед. карты [[R:{amb}]]
Ф.И.О. врача [[P:{d_s}]]
Rp.: {dose1}
[КРУГЛАЯ ПЕЧАТЬ «ДЛЯ РЕЦЕПТОВ» ЧАСТИЧНО ПОВЕРХ ПОЛЯ «АДРЕС»: {org} * {stamp_reg}]
Отпущено: аптека, провизор [[P:{s_s}]] [[D:{t2_sh}]]
{typo}   {blank}""",
    ),
    (
        494,
        "льготный рецепт 148-1/у-04(л), OCR серии и номера с подменой букв",
        """Код категории гражданина <<###>>   Код нозологической формы (по МКБ-10) {icd1}
Источник финансирования: федеральный бюджет   % оплаты: 100
РЕЦЕПТ   Серия <<##>>-<<##>>-<<##>>   № [[R:{rxn_o}]]   Дата оформления: [[D:{t1_o}]]
Ф.И.О. пациента [[P:{p_up}]]
Дата рождения [[B:{bd}]]
СНИЛС [[S:{sn}]]   № полиса ОМС [[O:{enp_c}]]
Адрес или № медицинской карты [[R:{amb_o}]]
Ф.И.О. лечащего врача [[P:{d_s}]]
Rp.: {dose1}
Рецепт действителен в течение 30 дней
(ф. 148-1/у-04(л); отрывной корешок: серия та же, № [[R:{rxn}]], [[P:{p_s}]])""",
    ),
    (
        221,
        "рецепт 107/у-НП на наркотическое средство, распознанный с двух фото",
        """Специальный рецептурный бланк на наркотическое средство и психотропное вещество
Серия <<##>> <<##>>   № [[R:{rxn_s}]]   (ф. 107/у-НП)
на поле — номер листа изготовителя (защищённая полиграфия): {blank2}
Дата выписки [[D:{t2_box}]]
Ф.И.О. пациента [[P:{p}]]
Дата рождения [[B:{bd_box}]]
Серия и номер полиса ОМС [[O:{enp}]]
Номер медицинской карты [[R:{amb_s}]]
Ф.И.О. лечащего врача [[P:{d}]]
Rp.: {dose1}
Подпись руководителя МО [[P:{h_s}]]   печать {stamp_reg}
— фото 2 (оборот): «получил [[P:{k_s}]] (доверенность от [[D:{t1}]]), паспорт [[Q:{pas_o}]], тел. [[T:{ph1}]]» —""",
    ),
    (
        387,
        "рецепт на медицинское изделие 1-МИ с исправленным номером карты",
        """Рецептурный бланк на медицинское изделие (ф. № 1-МИ)
{org}
РЕЦЕПТ № [[R:{mi}]]   [[D:{t2_q}]] г.
Ф.И.О. пациента: [[P:{p}]]
Возраст: {age}   № медицинской карты: [[R:{amb_o}]] (зачёркнуто) → исправлено: [[R:{amb2}]]
Ф.И.О. лечащего врача: [[P:{d_s}]]
Rp.: Тест-полоски к глюкометру «Сателлит Экспресс» № 50 × 2 уп.
Rp.: Иглы к шприц-ручке 31G × 8 мм № 100
Подпись и печать лечащего врача; печать МО «Для рецептов» {stamp_reg}
Диагноз {icd1}, контакт пациента [[T:{ph2}]]""",
    ),
    (
        37,
        "льготный рецепт, набранный с фото дочерью пациента для аптеки",
        """Здравствуйте! Перепечатываю рецепт папы, он плохо видит:
«Рецепт льготный, серия <<####>> № [[R:{rxn}]] от [[D:{t1}]]
пациент [[P:{p}]], [[B:{bd}]]
СНИЛС [[S:{sn_s}]], полис [[O:{enp}]]
{dose1}, код категории льготы <<###>>, МКБ {icd1}
врач [[P:{d_s}]], {org}»
Нас интересует, когда будет в наличии. Пишите на [[E:{m2}]] или звоните [[T:{ph1}]].
[[P:{q_io}]] (дочь, [[P:{q_s}]])""",
    ),
    (
        38,
        "отметка аптеки об отпуске по рецепту и отложенном обслуживании",
        """АПТЕКА ГУП ТО «Фармация» № {small}, [[A:{ao}]], тел. [[T:{phc1}]]
Отпуск по рецепту
Рецепт: серия <<##>>-<<##>>-<<##>> № [[R:{rxn_o}]] от [[D:{t1}]], {org}
Пациент: [[P:{p_s}]], СНИЛС [[S:{sn}]]
Отпущено: {dose1}; кол-во 1 уп.; сумма к оплате 0,00
Отложенное обслуживание: поставлен на учёт [[D:{t2}]] (журнал, стр. <<##>>), оповестить по тел. [[T:{ph_b}]]
Отпущено [[D:{t3}]] в {tm1}; провизор [[P:{s_s}]]
Получатель по доверенности [[P:{k}]], паспорт [[Q:{pas}]]""",
    ),
    (
        53,
        "сертификат о прививках ф. 156/у-93, страницы сшиты на одном скане",
        """СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ  ф. 156/у-93   № [[R:{vacc_o}]]
Фамилия, имя, отчество [[P:{c_o}]]
Год рождения / дата [[B:{bdc_o}]]
Пол {c_sex}   Адрес [[A:{a1}]]
Выдан {org} [[D:{t1_q}]] г.   {blank}
— стр. 4–5 (скан разворота) —
Прививки против дифтерии, столбняка
| возраст | дата               | доза     | серия       | реакция | подпись |
| V3      | [[D:{told}]]       | {vac_dose} | {vlot}    | нет     | [[P:{e_s}]] |
| R1      | [[D:{told2_sp}]]   | {vac2_dose} | {vlot2}  | нет     | [[P:{s_s}]] |
Прививка против кори [[D:{t2}]], {vac}, {vac_dose}   {pg}
Мать: [[P:{q_s}]], тел. [[T:{ph1}]]""",
    ),
    (
        189,
        "карта профилактических прививок ф. 063/у, выписка для детского сада",
        """Выписка из карты профилактических прививок (ф. № 063/у) для ДОУ № {small}
Фамилия, имя [[P:{c_fi}]]   Дата рождения [[B:{bdc}]]
Адрес [[A:{a_br}]]
Карта № [[R:{vacc}]]; полис ОМС ребёнка [[O:{enp}]]
Туберкулинодиагностика (Манту): [[D:{t1_sh}]] — 5 мм; Диаскинтест [[D:{told_sh}]] — отр.
Вакцинация: {vac} — [[D:{told}]], {vlot}; {vac2} — [[D:{t2}]], {vlot2}
Медотвод: нет. Перенесённые инфекции: ветряная оспа ([[D:{told2}]])
Свидетельство о рождении [[C:{bc}]]
Выписка выдана законному представителю [[P:{q_dat}]] (паспорт [[Q:{pas}]], e-mail [[E:{m2}]])
Медсестра [[P:{s_s}]], [[D:{t3}]]  {stamp_reg}""",
    ),
    (
        48,
        "санаторно-курортная карта ф. 072/у, OCR первой страницы",
        """Санаторно-курортная карта № [[R:{skk_o}]]   (ф. № 072/у)
1. Выдана [[D:{t2_o}]]
2. Фамилия, имя, отчество [[P:{p_o}]]
3. Пол {p_sex}  4. Дата рождения [[B:{bd_o}]]
5. Адрес регистрации по месту жительства [[A:{a1}]]
6. Документ: паспорт [[Q:{pas_o}]]
7. Полис ОМС [[O:{enp_s}]]   СНИЛС [[S:{sn_s}]]
8. № медицинской карты [[R:{amb_o}]]
9. Номер путёвки [[R:{put}]] в {san}
10. Диагноз: основной {icd1}, сопутствующий {icd2}
Лечащий врач [[P:{d_s}]]  Заведующий отделением [[P:{h_s}]]
тел. пациента [[T:{ph1}]]   {typo}""",
    ),
    (
        50,
        "санаторно-курортная карта для детей ф. 076/у, заполненная родителем",
        """САНАТОРНО-КУРОРТНАЯ КАРТА ДЛЯ ДЕТЕЙ № [[R:{skk}]]  (ф. 076/у)
Выдана [[D:{t1}]] {org}
Фамилия, имя, отчество ребёнка [[P:{c}]]
Дата рождения [[B:{bdc}]]   Свидетельство о рождении [[C:{bc}]]
Адрес: [[A:{a2}]]
Сопровождающий: мать [[P:{q}]], паспорт [[Q:{pas_o}]], тел. [[T:{ph1}]] / [[T:{ph_b}]]
Путёвка № [[R:{put_s}]] в {san}, срок заезда с [[D:{t4}]]
Полис ребёнка [[O:{enp_c}]]   СНИЛС ребёнка [[S:{sn}]]
Диагноз {icd1}; прививки по возрасту (сертификат [[R:{vacc}]])
Педиатр [[P:{d_s}]]  {pg}""",
    ),
    (
        357,
        "обратный талон санаторно-курортной карты, вернувшийся почтой",
        """ОБРАТНЫЙ ТАЛОН (к санаторно-курортной карте № [[R:{skk}]])
Возвращается в медицинскую организацию, выдавшую карту: {org}, [[A:{ao}]]
Больной [[P:{p}]], [[B:{bd}]] г.р.
находился в {san} с [[D:{t1}]] по [[D:{t5}]]
История болезни санатория № [[R:{ib}]]
Диагноз при направлении {icd1}; при выписке {icd2}
Лечение: бальнеотерапия № {small}, ЛФК № {days}; результат: улучшение
Врач санатория [[P:{e_s}]]   Гл. врач [[P:{h_s}]]
Почтовый штемпель [[D:{t6_sh}]], {stamp_reg}   тел. санатория [[T:{phc2}]]""",
    ),
    (
        361,
        "обратный талон детской санаторно-курортной карты, фото в мессенджере",
        """[фото, пересланное в чат участка {uch}]
ОБРАТНЫЙ ТАЛОН санаторно-курортной карты для детей (ф. 076/у)
Ребёнок [[P:{c_up}]] дата рожд. [[B:{bdc_sp}]]
пребывал в {san} с [[D:{t1_sh}]] по [[D:{t4_sh}]]
Карта № [[R:{skk_o}]]   путёвка № [[R:{put_o}]]
Сопровождал: [[P:{u_s}]] (отец)
Рекомендации: наблюдение педиатра, дыхательная гимнастика
Подпись врача [[P:{e_s}]]   печать санатория {stamp_reg2}
—
подпись к фото: «Отдаю талон в поликлинику, [[P:{u_io}]], [[T:{ph2}]]»""",
    ),
    (
        47,
        "справка ф. 070/у для путёвки, часть полей перекрыта печатью",
        """СПРАВКА № [[R:{sprav}]] для получения путёвки на санаторно-курортное лечение (ф. 070/у)
1. Выдана {org}, [[A:{ao}]]
2. Фамилия, имя, отчество [[P:{p}]]
3. Дата рождения [[B:{bd}]]
4. Адрес [[A:{a1}]]
5. № медицинской карты [[R:{amb}]]
6. СНИЛС [[S:{sn}]] [ШТАМП «ЛЬГОТНАЯ КАТЕГОРИЯ» ПОВЕРХ ПОЛЯ 7, {stamp_reg}]
7. Код льготы <<###>>
8. Диагноз, код МКБ-10 {icd1}
9. Рекомендуемое лечение: кардиологический санаторий, сезон — любой
Дата выдачи [[D:{t2_w}]]; справка действительна 12 месяцев
Врач [[P:{d_s}]]   Зав. отделением [[P:{h_s}]]""",
    ),
    (
        285,
        "путёвка в детский санаторий ф. 077/у-02 с отрывным талоном",
        """ПУТЁВКА № [[R:{put}]] в детский санаторий (ф. 077/у-02)   {blank}
Санаторий: {san}
Срок: с [[D:{t3}]] по [[D:{t6}]]
Фамилия, имя ребёнка [[P:{c_fi}]]   Дата рождения [[B:{bdc}]]   св-во о рожд. [[C:{bc_o}]]
Домашний адрес [[A:{a1}]]
Родители: [[P:{q_s}]], тел. [[T:{ph1}]]; [[P:{u_s}]], тел. [[T:{ph2}]]
Направлен: {org}, СКК № [[R:{skk}]]
- - - - - - линия отрыва - - - - - -
ОТРЫВНОЙ ТАЛОН к путёвке № [[R:{put_b}]]
[[P:{c_s}]] прибыл{c_a} [[D:{t3_dm}]]; убыл{c_a} [[D:{t6_dm}]]
{typo}""",
    ),
    (
        49,
        "справка ф. 079/у в лагерь, вид с фотографии родителя",
        """МЕДИЦИНСКАЯ СПРАВКА о состоянии здоровья ребёнка, отъезжающего в организацию отдыха детей и их оздоровления (ф. 079/у)
№ [[R:{sprav_o}]]
1. Фамилия, имя, отчество [[P:{c}]]   2. Пол {c_sex}   3. Дата рождения [[B:{bdc_o}]]
4. Адрес [[A:{a2}]]; свидетельство о рождении [[C:{bc}]]
5. Наименование организации отдыха: ДОЛ «Ласточка», смена 2
6. Перенесённые инфекционные заболевания: ветряная оспа
7. Контакт с инфекционными больными: нет (справка СЭС от [[D:{t4}]])
8. Прививки: по календарю, последняя {vac} [[D:{told}]]
9. Группа здоровья II, физкультурная группа основная
Врач [[P:{d_s}]]   дата [[D:{t4_sp}]]
Родитель: [[P:{q_fi}]], [[T:{ph_o}]]""",
    ),
    (
        56,
        "справка ф. 082/у для выезжающего за границу с латиницей",
        """МЕДИЦИНСКАЯ СПРАВКА (для выезжающего за границу)   ф. 082/у
1. Фамилия, имя, отчество [[P:{p}]] / [[P:{p_lat}]]
2. Дата рождения [[B:{bd}]]
3. Адрес [[A:{a1}]]
4. Заграничный паспорт [[Q:{pas_z}]]
5. Страна выезда: Республика Узбекистан, цель — учёба
6. Заключение: здоров{p_a}, противопоказаний к выезду нет; прививки: {vac} [[D:{told}]]
7. Справка выдана [[D:{t2}]] № [[R:{sprav}]]
Врач [[P:{d_s}]]   Главный врач [[P:{h_s}]]
Тел. для справок [[T:{phc1}]]; e-mail [[E:{mo}]]""",
    ),
    (
        287,
        "медицинская справка ф. 083/у для ГИБДД, набранная с архивной копии",
        """Архивная копия (перенабрана с фото) — ф. 083/у, медицинская справка для представления в госавтоинспекцию
Серия <<##>> № [[R:{sprav_s}]]
Выдана [[P:{p_dat}]], [[B:{bd}]] года рождения,
проживающ{p_omu} в [[A:{al1}]]
в том, что он(а) годен (годна) к управлению транспортными средствами категории «B».
Дата выдачи [[D:{told}]]; справка действительна до [[D:{told2}]]
Паспорт [[Q:{pas}]]
Председатель комиссии [[P:{h_s}]]
Отметка архива: копия выдана по запросу [[D:{t2}]], вх. № [[R:{zakl}]]; тел. заявителя [[T:{ph1}]]""",
    ),
]

FORMS27 += [
    (
        8,
        "медицинское заключение водителя ф. 003-В/у, серия и номер на бланке",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о наличии (об отсутствии) у водителей транспортных средств (кандидатов в водители) медицинских противопоказаний   ф. 003-В/у
Серия <<##>> <<##>> № [[R:{zakl_s}]]   Дата выдачи: [[D:{t3_box}]]
{org}, [[A:{ao}]], лицензия {lic}
1. Фамилия, имя, отчество [[P:{p_up}]]
2. Дата рождения [[B:{bd_box}]]
3. Место регистрации [[A:{a1}]]
4. Категории: B, B1, M
5. Медицинские противопоказания: не выявлены; ограничения: «очки» (H52.1)
Справка ХТИ № [[R:{lab}]] от [[D:{t2}]]; наркологический и психиатрический диспансеры — на учёте не состоит
Председатель комиссии [[P:{h_s}]]   {blank}   {typo}""",
    ),
    (
        45,
        "заключение ф. 002-О/у на оружие, с исправлением даты рождения",
        """Медицинское заключение об отсутствии медицинских противопоказаний к владению оружием (ф. № 002-О/у)
Серия <<##>> № [[R:{zakl_o}]]    Дата выдачи [[D:{t4}]]
1. [[P:{p}]]
2. Дата рождения: [[B:{bdx}]] (зачёркнуто) [[B:{bd}]] — исправленному верить, [[P:{h_s}]]
3. Адрес регистрации: [[A:{a2}]]
4. Паспорт: [[Q:{pas}]], выдан [[D:{pasd}]]
Медицинское заключение (ф. 003-О/у) № [[R:{zakl2}]] от [[D:{t2}]]
Осмотры: офтальмолог [[P:{d_s}]] [[D:{t1_dm}]]; психиатр-нарколог [[P:{e_s}]] [[D:{t2_dm}]]
Противопоказаний не выявлено.
Тел. владельца [[T:{ph1}]]   {stamp_reg}""",
    ),
    (
        46,
        "заключение ф. 003-О/у об отсутствии наркотиков, OCR бланка ХТИ",
        """{org2}
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии в организме наркотических средств, психотропных веществ и их метаболитов (ф. № 003-О/у)
№ [[R:{zakl}]]   от [[D:{t3_o}]]
Ф.И.О.: [[P:{p_o}]]   Дата рождения: [[B:{bd_o}]]
Документ: паспорт [[Q:{pas_o}]]
Справка о результатах ХТИ (ф. 454/у-06) № [[R:{lab_o}]]: наркотические средства, психотропные вещества и их метаболиты не обнаружены
Отбор пробы [[D:{t2}]], шифр пробы [[R:{lab2}]]
Врач психиатр-нарколог [[P:{d_s}]]
Место печати; {stamp_reg}   {pg}""",
    ),
    (
        39,
        "справка ф. 086/у абитуриента, поля вписаны в клетки",
        """МЕДИЦИНСКАЯ СПРАВКА (врачебное профессионально-консультативное заключение)   ф. 086/у
1. Наименование и адрес учреждения, куда представляется справка: ФГБОУ ВО «Рязанский государственный медицинский университет»
2. Фамилия [[P:{p_cells}]]
   Имя, отчество [[P:{p_io}]]
3. Дата рождения [[B:{bd_box}]]
4. Адрес: [[A:{a1}]]
5. Место учёбы: МБОУ СОШ № {small}
6. Перенесённые заболевания: ОРВИ, ветряная оспа; ФЛГ [[D:{t1}]] № [[R:{lab}]] — норма
7. Профпригоден. Группа здоровья I
Дата выдачи [[D:{t2_w}]]   № справки [[R:{sprav}]]
Главный врач [[P:{h_s}]]   тел. абитуриента [[T:{ph1}]]   e-mail [[E:{m1}]]""",
    ),
    (
        91,
        "справка в бассейн, переписанная администратором фитнес-клуба в CRM",
        """CRM «Аквафит» · карточка клиента · вложение «справка в бассейн»
Клиент: [[P:{p_fi}]]    дата рождения: [[B:{bd}]]
Телефон: [[T:{ph1}]]    e-mail: [[E:{m1}]]
Абонемент № [[R:{dms2}]] (договор с физлицом)
Текст справки (набран с фото):
«Медицинская справка № [[R:{sprav_o}]]. Дана [[P:{p_dat}]] в том, что он(а) может посещать бассейн. Кожные и венерические заболевания не выявлены. Соскоб на энтеробиоз от [[D:{t1}]] — отр. Врач [[P:{d_s}]], {org}, [[D:{t2_sh}]]»
Справка действительна до [[D:{t5}]]. Внёс администратор [[P:{s_fi}]]""",
    ),
    (
        88,
        "справка об отсутствии контактов с инфекционными больными, скан с разворотом",
        """{org}   детская консультация, уч. {uch}
СПРАВКА об отсутствии контактов с инфекционными больными
Дана [[P:{c_dat}]], [[B:{bdc}]] г.р.,
проживающ{c_omu} по адресу: [[A:{a1}]],
в том, что в течение 21 дня контакта с инфекционными больными по месту жительства и в ДОУ не имел{c_a}.
Справка выдана для предоставления в стационар (плановая госпитализация [[D:{t3}]]).
Эпидномер участка: не заполняется.  Дата [[D:{t2_box}]]
Врач-педиатр участковый [[P:{d_s}]]
— на правой половине скана другой документ: направление № [[R:{hosp}]] того же ребёнка, полис [[O:{enp}]], мать [[P:{q_s}]], тел. [[T:{ph1}]] —""",
    ),
    (
        78,
        "справка о состоянии здоровья по месту требования, с двумя телефонами",
        """СПРАВКА № [[R:{sprav}]]
о состоянии здоровья (по месту требования)
Выдана [[P:{p_dat}]], [[B:{bd_w}]] года рождения, зарегистрированн{p_omu} по адресу [[A:{a_br}]],
в том, что он(а) состоит на диспансерном учёте у терапевта с [[D:{told}]] с диагнозом {icd1}; получает {dose1}.
Справка выдана для предоставления в управление социальной защиты населения.
Карта № [[R:{amb}]]; СНИЛС [[S:{sn}]]
Телефоны: дом. [[T:{phl}]], моб. [[T:{ph1}]]
Врач [[P:{d_s}]]   [[D:{t2}]]""",
    ),
    (
        90,
        "справка о состоянии на учёте в диспансере (ПНД/НД), распознанная с ксерокопии",
        """{org}
СПРАВКА № [[R:{sprav_o}]]
Дана [[P:{p_o}]]
Дата рождения [[B:{bd_o}]]
Паспорт [[Q:{pas_o}]]   выдан [[D:{pasd}]]
Зарегистрирован(а): [[A:{a1}]]
в том, что на диспансерном учёте в ГБУЗ ВО «Областной психоневрологический диспансер № 1» не состоит.
Справка выдана для предоставления по месту требования (в ЧОП).
Дата выдачи [[D:{t1_o}]]   Врач-психиатр [[P:{d_s}]]
штамп «КОПИЯ ВЕРНА» {stamp_reg2}""",
    ),
    (
        142,
        "справка о прохождении освидетельствования в ПНД, фото, поля не по порядку",
        """Справка о прохождении медицинского освидетельствования в психоневрологическом диспансере
(поля на фото сдвинуты, порядок как распознано)
дата освидетельствования  [[D:{t2}]]
паспорт [[Q:{pas_o2}]]
ФИО [[P:{p_s}]]
№ справки [[R:{sprav_s}]]
дата рождения [[B:{bd}]]
заключение: психических расстройств, препятствующих работе, не выявлено
врач-психиатр [[P:{d_s}]]; направление работодателя № [[R:{ref}]] от [[D:{t1}]]
место работы: ГУП «Водоканал»
{pg}""",
    ),
    (
        479,
        "справка по приказу 972н из личного кабинета и её рукописная копия",
        """СПРАВКА (приказ Минздрава России от [[D:14.09.2020]] № 972н)
Номер: [[R:{sprav}]]   Дата: [[D:{t2}]]
{org}, [[A:{ao}]], ОГРН {ogrn}
Пациент: [[P:{p}]]; дата рождения: [[B:{bd}]]
Адрес: [[A:{a1}]]
Сведения: с [[D:{t1}]] по [[D:{t2}]] находил{p_sya} на амбулаторном лечении; ЭЛН [[R:{eln}]]
Врач: [[P:{d_s}]]
— ниже от руки (копия для школы): «справка № [[R:{sprav_o}]] — [[P:{p_s}]] болел{p_a} с [[D:{t1_dm}]] по [[D:{t2_dm}]]; мама [[P:{q_io}]] [[T:{ph_o}]]»""",
    ),
    (
        79,
        "медицинская справка (заключение) с печатью «КОПИЯ» поверх полей",
        """МЕДИЦИНСКАЯ СПРАВКА (заключение) № [[R:{sprav}]]
Выдана: [[P:{p}]]
[ШТАМП «КОПИЯ» ПОВЕРХ СТРОКИ]
Дата рождения: [[B:{bd}]]   Адрес регистрации: [[A:{a2}]]
Документ: паспорт [[Q:{pas}]]; СНИЛС [[S:{sn_b}]]
Заключение: по состоянию здоровья может выполнять работу по специальности «повар»; медицинская книжка № [[R:{lmk}]]
Осмотр [[D:{t3}]]; флюорография [[D:{told}]] № [[R:{lab}]]
Врач [[P:{d_s}]]   Председатель ВК [[P:{h_s}]]   {stamp_reg}
{pg}""",
    ),
    (
        343,
        "справка о постановке на учёт по беременности, набранная из фото",
        """Женская консультация {org}
СПРАВКА № [[R:{sprav}]] о постановке на учёт по беременности
Выдана [[P:{q_dat}]], [[B:{bdq}]] г.р.,
в том, что она встала на учёт в ранние сроки беременности ([[D:{t1}]], срок 10 недель).
Обменная карта № [[R:{obm}]]; индивидуальная карта беременной № [[R:{amb}]]
Предполагаемая дата родов [[D:{t6}]]
Справка дана для предоставления по месту работы (ООО «Брянскхлеб»).
Врач акушер-гинеколог [[P:{d_s}]]  [[D:{t1_sp}]]
Контакт: [[T:{ph1}]], [[E:{m2}]]""",
    ),
    (
        52,
        "справка об оплате медицинских услуг для налоговой, скан с ИНН в клетках",
        """Код формы по КНД 1151156
СПРАВКА об оплате медицинских услуг для представления в налоговые органы № [[R:{sprav}]]
ИНН медицинской организации <<##########>>   КПП {kpp}
Выдана налогоплательщику: [[P:{u}]]
ИНН налогоплательщика [[I:{inn_c}]]
Дата рождения налогоплательщика [[B:{bdu}]]
Документ: паспорт [[Q:{pas_o}]]
Пациент: [[P:{c}]] (сын/дочь), дата рождения [[B:{bdc}]]
Стоимость оказанных медицинских услуг: {sum} руб., код услуги 01
Дата выдачи [[D:{t3}]]   Лицензия {lic}
Руководитель [[P:{h_s}]]   {pg}""",
    ),
    (
        66,
        "справка донору об освобождении от работы в день кроводачи",
        """ОГБУЗ «Станция переливания крови»   [[A:{ao}]]   тел. [[T:{phc1}]]
СПРАВКА № [[R:{sprav}]]
Дана [[P:{p_dat}]], [[B:{bd}]] г.р., в том, что он(а) [[D:{t2_w}]] сдавал{p_a} кровь безвозмездно (цельная кровь, 450 мл) и имеет право на освобождение от работы в день кроводачи и на дополнительный день отдыха (ст. 186 ТК РФ).
Донорская карта № [[R:{don}]]   номер донации [[R:{don2}]]; в журнале карта записана как [[R:{don_o}]]
Паспорт [[Q:{pas}]]
Врач-трансфузиолог [[P:{d_s}]]   {stamp_reg}
(ф. 402/у; {typo})""",
    ),
    (
        77,
        "справка о количестве кроводач ф. 448-05/у для звания почётного донора",
        """СПРАВКА о количестве кроводач, плазмодач (ф. 448-05/у)
Выдана [[P:{p_dat}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]]
Паспорт [[Q:{pas}]], выдан [[D:{pasd}]]
Адрес: [[A:{a1}]]
Донорская карта [[R:{don_s}]]
| период      | кровь | плазма | последняя донация |
| 2019–2026   | <<##>>    | <<##>>     | [[D:{t1}]]        |
Справка выдана для представления в отдел соцзащиты (звание «Почётный донор России»).
Зав. отделением комплектования [[P:{h_s}]]   дата [[D:{t2}]]   {pg}""",
    ),
    (
        225,
        "справка об иммунизации донора ф. 408/у",
        """Справка об иммунизации донора (ф. 408/у) № [[R:{sprav_b}]]
Донор [[P:{p}]], [[B:{bd}]]
Донорская карта № [[R:{don}]]
Иммунизация антирезусная: 1-я — [[D:{told}]], 2-я — [[D:{told2}]]; титр антител 1:<<##>>
Препарат: эритроциты резус-положительные, {vlot}
Плазмаферез [[D:{t1}]], [[D:{t2}]]
Контакт: [[T:{ph1}]]; адрес [[A:{a1}]]
Врач [[P:{d_s}]]   {stamp_reg}""",
    ),
    (
        370,
        "справка о медпоказаниях для непосещения ДОУ, фото в родительском чате",
        """СПРАВКА о наличии медицинских показаний, в соответствии с которыми ребёнок не посещает дошкольную организацию
№ [[R:{sprav_o}]] от [[D:{t3_sh}]]
Ребёнок: [[P:{c_o}]], дата рождения [[B:{bdc_o}]]
Адрес: [[A:{a2}]]
Сведения: с [[D:{t1_dm}]] по [[D:{t3_dm}]] не посещал(а) ДОУ по медицинским показаниям, диагноз {icd1}
Педиатр [[P:{d_s}]], {org}
— в чате: «Справку сфоткала, оригинал завтра. [[P:{q_fi}]], [[T:{ph_o}]]» —""",
    ),
]

FORMS27 += [
    (
        201,
        "обменная карта беременной ф. 113/у-20, талон женской консультации",
        """ОБМЕННАЯ КАРТА беременной, роженицы и родильницы № [[R:{obm_o}]]  (ф. 113/у-20)
Сведения женской консультации о беременной
1. Фамилия, имя, отчество [[P:{q}]]   2. Дата рождения [[B:{bdq}]]
3. Адрес [[A:{a1}]]
4. Паспорт [[Q:{pas_o}]]   СНИЛС [[S:{sn}]]   полис [[O:{enp}]]
5. Телефон [[T:{ph1}]], муж [[P:{u_io}]] [[T:{ph_b}]]
6. Взята на учёт [[D:{t1}]], срок 9 нед.; первый день последней менструации [[D:{lmp}]]
7. Группа крови B(III) Rh(+); RW [[D:{t2}]] — отр.; ВИЧ [[D:{t2_sh}]] — отр. (№ [[R:{hiv}]])
8. Инд. карта беременной № [[R:{amb_o}]]
Врач [[P:{d_s}]]   {pg}""",
    ),
    (
        33,
        "медицинское свидетельство о рождении ф. 103/у, OCR корешка и бланка",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ   серия <<##>> <<#>>  № [[R:{mbc_o}]]
Дата выдачи [[D:{t2}]]
1. Ребёнок родился: [[B:{bdn}]] в {tm1}
2. Фамилия, имя, отчество матери [[P:{q_o}]]
3. Дата рождения матери [[B:{bdq_o}]]
4. Документ, удостоверяющий личность матери: паспорт [[Q:{pas_o}]]
5. Место регистрации матери: [[A:{a1}]]
6. Местность: городская
7. Пол ребёнка {c_sex}; масса 3<<###>> г; рост 5<<#>> см
8. История родов № [[R:{ib}]]
Врач-неонатолог [[P:{d_s}]]   {org}
— корешок: серия та же, № [[R:{mbc}]], мать [[P:{q_s}]], получил отец [[P:{u_s}]] [[D:{t2_sh}]], паспорт [[Q:{pas2}]] —""",
    ),
    (
        232,
        "паспорт здоровья госслужащего ф. 025/у-ГС, титульный лист",
        """ПАСПОРТ ЗДОРОВЬЯ (ф. 025/у-ГС) № [[R:{amb}]]
1. Фамилия [[P:{p_sur}]]   Имя, отчество [[P:{p_io}]]
2. Дата рождения [[B:{bd_sp}]]
3. Место работы: Управление Росреестра по Тверской области; должность — главный специалист
4. СНИЛС [[S:{sn_s}]]   Полис ОМС [[O:{enp}]]   ИНН [[I:{inn_c}]]
5. Адрес [[A:{a1}]], тел. [[T:{ph1}]]
6. Диспансеризация: [[D:{told}]] — группа здоровья II; [[D:{t2}]] — II
7. Заключение (ф. 001-ГС/у) № [[R:{zakl}]] от [[D:{t3}]]: заболеваний, препятствующих службе, нет
Ответственный врач [[P:{d_s}]]   {stamp_reg}""",
    ),
    (
        82,
        "паспорт здоровья работника, сведения о медосмотрах (распознано)",
        """ПАСПОРТ ЗДОРОВЬЯ РАБОТНИКА № [[R:{zakl_o}]]
Работник [[P:{p_o}]]   дата рождения [[B:{bd_o}]]
Пол {p_sex}   СНИЛС [[S:{sn_c}]]   ИНН [[I:{inn_s}]]
Работодатель: АО «Тулачермет», цех № {small}; вредные факторы п. 4.1, 4.2 (прил. к приказу 29н)
| дата осмотра         | заключение | врач          |
| [[D:{told}]]         | годен      | [[P:{d_s}]]   |
| [[D:{t2_o}]]         | годен      | [[P:{e_s}]]   |
Направление на осмотр № [[R:{ref}]]; медицинская карта [[R:{amb}]]
Телефон работника [[T:{ph_o}]]   {pg}""",
    ),
    (
        493,
        "личная медицинская книжка, разворот с отметками, фото",
        """ЛИЧНАЯ МЕДИЦИНСКАЯ КНИЖКА № [[R:{lmk_s}]]   {blank}
Фамилия [[P:{p_sur_o}]]   Имя, отчество [[P:{p_io}]]
Дата рождения [[B:{bd}]]   Должность: повар
Место работы: ООО «Столовая № {small}», [[A:{ao}]]
Паспорт [[Q:{pas}]]; ИНН [[I:{inn}]]
Флюорография [[D:{t1}]] № [[R:{lab}]]; кишечная группа [[D:{t1_dm}]] — отр.
Аттестация по гигиенической подготовке [[D:{t2}]], [[P:{e_s}]]
Прививки: {vac} [[D:{told}]]; {vac2} [[D:{told2}]]
Заключение: допущен{p_a} к работе [[D:{t3}]], врач-профпатолог [[P:{d_s}]]
{stamp_reg2}   {typo}""",
    ),
    (
        395,
        "сертификат об отсутствии ВИЧ для иностранного гражданина",
        """СЕРТИФИКАТ об отсутствии вируса иммунодефицита человека (ВИЧ-инфекции) № [[R:{hiv_o}]]
{org}, [[A:{ao}]]
Фамилия, имя [[P:{p}]] / [[P:{p_lat}]]
Дата рождения [[B:{bd}]]   Гражданство: Республика Таджикистан
Национальный паспорт [[Q:{pasf}]]; миграционная карта [[R:{mil}]]
Результат исследования крови (ИФА) от [[D:{t1}]], лабораторный номер [[R:{lab}]]: антитела к ВИЧ-1,2 не обнаружены
Сертификат выдан [[D:{t2}]], действителен 3 месяца
Врач [[P:{d_s}]]   Тел. для справок [[T:{phc1}]]; ответ на [[E:{m1}]]""",
    ),
    (
        175,
        "медзаключение 001-ИЗ об инфекционных заболеваниях мигранта, скан",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о наличии (отсутствии) инфекционных заболеваний, представляющих опасность для окружающих (ф. 001-ИЗ)
Серия <<##>> № [[R:{zakl_o}]]
1. [[P:{p_up}]]   2. Дата рождения [[B:{bd_sh}]]
3. Паспорт иностранного гражданина [[Q:{pasf}]]
4. Адрес пребывания: [[A:{a1}]]
5. Тел. работодателя [[T:{phc2}]]; тел. [[T:{ph_o}]]
Туберкулёз: не выявлен (ФЛГ [[D:{t1}]], № [[R:{lab2}]]); сифилис: не выявлен; лепра: не выявлена; ВИЧ: сертификат [[R:{hiv}]]
Дата [[D:{t2_box}]]   Врач [[P:{d_s}]]   {stamp_reg}""",
    ),
    (
        394,
        "медзаключение о неупотреблении наркотиков иностранным гражданином, двуязычное",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии факта употребления наркотических средств или психотропных веществ без назначения врача (ф. 001-ИЗ) № [[R:{zakl}]]
Фамилия, имя / Surname, name: [[P:{p_s}]] / [[P:{p_lat}]]
Дата рождения / Date of birth: [[B:{bd_sl}]]
Паспорт / Passport: [[Q:{pasf}]]
Патент / Patent: [[R:{mil2}]]
Результат ХТИ № [[R:{lab_s}]] от [[D:{t1}]]: отрицательный
Дата выдачи [[D:{t2}]]; врач психиатр-нарколог [[P:{d_s}]]
Контактный телефон: [[T:{ph1}]]""",
    ),
    (
        51,
        "заключение предварительного медосмотра работника, вид с OCR",
        """ЗАКЛЮЧЕНИЕ по результатам предварительного (периодического) медицинского осмотра (обследования) № [[R:{zakl_s}]]
Дата выдачи: [[D:{t3}]]
Ф.И.О.: [[P:{p}]]   Дата рождения: [[B:{bd}]]   Пол: {p_sex}
Наименование работодателя: АО «Рязаньэнерго»; подразделение: ЛЭС-2; профессия: электромонтёр
Вредные производственные факторы: п. 4.3, 6.1, 18.1 прил. к приказу № 29н
Направление № [[R:{ref_o}]] от [[D:{t1}]]
Медицинские противопоказания к работе не выявлены. Группа здоровья: II
Председатель врачебной комиссии [[P:{h_s}]]  {stamp_reg}
Медицинская карта [[R:{amb_b}]]; СНИЛС [[S:{sn}]]""",
    ),
    (
        482,
        "направление работодателя на медицинский осмотр с исправлениями",
        """НАПРАВЛЕНИЕ НА МЕДИЦИНСКИЙ ОСМОТР № [[R:{ref}]]
Работодатель: МУП «Калугаспецавтодор», ОКВЭД 42.11, ОГРН {ogrn}, [[A:{ao}]], [[E:{mo2}]]
Медицинская организация: {org}, [[A:{ao2}]]
Вид осмотра: предварительный
Ф.И.О.: [[P:{p}]]   Дата рождения: [[B:{bdx}]] испр. [[B:{bd}]]
Паспорт [[Q:{pas_x}]] (зачёркнуто), [[Q:{pas}]]
СНИЛС [[S:{sn}]]   Полис ДМС [[R:{dms}]]
Должность: водитель автомобиля; вредные факторы: п. 4.4, 18.2
Уполномоченный представитель [[P:{s_s}]], тел. [[T:{phc2}]]   [[D:{t1}]]""",
    ),
    (
        476,
        "направление на психиатрическое освидетельствование, два бланка на скане",
        """НАПРАВЛЕНИЕ на прохождение обязательного психиатрического освидетельствования № [[R:{ref_s}]]
Работодатель: ГУП «Тверьводоканал», [[A:{ao}]]
Работник: [[P:{p}]], [[B:{bd}]] г.р.
Вид деятельности: работа на высоте (п. 4 перечня, приказ 342н)
Дата выдачи [[D:{t1}]]   Подпись [[P:{s_s}]]
———— второй бланк на том же скане ————
НАПРАВЛЕНИЕ № [[R:{ref2}]] — работник [[P:{k_s}]], [[B:{bdu}]] г.р.; паспорт [[Q:{pas2}]]; тел. [[T:{ph2}]]""",
    ),
    (
        179,
        "медзаключение о допуске к спортивным соревнованиям, список команды",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о допуске к участию в физкультурных и спортивных мероприятиях № [[R:{zakl}]]
Выдано [[D:{t2}]] {org}, врач по спортивной медицине [[P:{d_s}]]
Спортсмен: [[P:{p}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]]
Вид спорта: вольная борьба; этап — тренировочный; допущен{p_a}; действительно до [[D:{t6}]]
Врачебно-контрольная карта № [[R:{amb}]]
Тренер: [[P:{u_s}]], тел. [[T:{ph1}]]
Список команды (та же страница скана): 2. [[P:{k_s}]] [[B:{bdq}]] — допуск № [[R:{zakl2}]]; 3. [[P:{x_s}]] — не допущен (медотвод до [[D:{t4_dm}]])
{pg}""",
    ),
    (
        69,
        "заключение о медицинской группе для физкультуры школьника",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о принадлежности несовершеннолетнего к медицинской группе для занятий физической культурой
Выдано: [[D:{t1}]]
Ф.И.О. несовершеннолетнего: [[P:{c}]]
Дата рождения: [[B:{bdc}]]
Медицинская группа для занятий физической культурой: подготовительная (основание: {icd1})
Срок действия: до [[D:{t6_dm}]]
Врач [[P:{d_s}]], {org}
Свидетельство о рождении [[C:{bc_o}]]
Получил(а) законный представитель [[P:{q_s}]], паспорт [[Q:{pas_o}]], тел. [[T:{ph1}]]""",
    ),
    (
        172,
        "врачебное заключение о переводе беременной на другую работу ф. 084/у",
        """ВРАЧЕБНОЕ ЗАКЛЮЧЕНИЕ о переводе беременной на другую работу (ф. 084/у) № [[R:{zakl}]]
«[[D:{t2_dm}]]» (год на скане не читается)
Гр. [[P:{q}]], [[B:{bdq}]] г.р., работающая в ООО «Орёлпромтекстиль» (ткачиха)
проживающая [[A:{a1}]]
Беременность {small} недель (обменная карта № [[R:{obm}]])
нуждается в переводе на другую работу с [[D:{t2}]] по [[D:{t6}]]: исключить ночные смены, подъём тяжестей, вибрацию
Врач [[P:{d_s}]]   Зав. консультацией [[P:{h_s}]]   {stamp_reg}
Контакт: [[T:{ph_o}]]""",
    ),
    (
        81,
        "направление к месту лечения и проездные документы, разворот",
        """НАПРАВЛЕНИЕ К МЕСТУ ЛЕЧЕНИЯ для получения медицинской помощи № [[R:{trip}]]
Пациент: [[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]]
Паспорт [[Q:{pas}]]
Сопровождающий: [[P:{k}]], паспорт [[Q:{pas2}]]
Направлен в {org2} ([[A:{ao2}]]) на консультацию к [[D:{t4}]]
Основание: решение ВК № [[R:{zakl}]] от [[D:{t2}]]
Адрес пациента: [[A:{a1}]]; тел. [[T:{ph_o}]]
Орган соцзащиты: талоны № 1 и № 2 выданы [[D:{t3}]], [[P:{s_s}]]""",
    ),
    (
        105,
        "талон № 1 к направлению к месту лечения, вернувшийся из клиники",
        """ТАЛОН № 1 к Направлению к месту лечения для получения медицинской помощи № [[R:{trip_o}]]
(заполняется медицинской организацией по месту лечения и возвращается)
Пациент [[P:{p_s}]], [[B:{bd_sh}]]
Находил{p_sya} на лечении в {org2} с [[D:{t3}]] по [[D:{t5}]]
История болезни № [[R:{ib_s}]]
Рекомендовано: повторная госпитализация через 6 месяцев
Лечащий врач [[P:{e_s}]]; тел. отделения [[T:{phc2}]]
{stamp_reg}   {pg}""",
    ),
    (
        106,
        "талон № 2 на получение специальных талонов на проезд, OCR",
        """Талон № 2 на получение специальных талонов (именных направлений) на проезд к месту лечения
Номер направления: [[R:{trip_s}]]
ФИО: [[P:{p_o}]]
Дата рождения: [[B:{bd_o}]]
СНИЛС: [[S:{sn_c}]]
Удостоверение ветерана / справка МСЭ: [[R:{mse_o}]]
Маршрут: [[A:{a1}]] → Москва → обратно; ж/д, плацкарт, поезд № <<###>>
Выдано [[D:{t3}]]; работник соцзащиты [[P:{s_s}]]
Тел. получателя: [[T:{ph_b}]]""",
    ),
    (
        97,
        "направление в противотуберкулёзный санаторий ф. 078/у",
        """НАПРАВЛЕНИЕ в санаторий для больных туберкулёзом (ф. 078/у) № [[R:{ref}]]
{org}
Фамилия, имя, отчество больного [[P:{p}]]
Дата рождения [[B:{bd}]]
Адрес [[A:{a1}]]
Диагноз: {icd1}, МБТ(-); дата выявления [[D:{told}]]
Медицинская карта больного туберкулёзом (ф. 081/у) № [[R:{disp}]]
Санаторий: {san}, срок — с [[D:{t4}]]; путёвка № [[R:{put}]]
Фтизиатр [[P:{d_s}]]   Тел. [[T:{ph1}]]""",
    ),
    (
        329,
        "направление на общий анализ крови ф. 201/у с наклейкой штрих-кода",
        """НАПРАВЛЕНИЕ на гематологический, общеклинический анализ (ф. 201/у)
штрих-код пробирки: [[R:{lab}]]   (цифры под кодом: [[R:{lab_b}]])
Учреждение: {org}   отделение: терапия, палата {small}
Ф.И.О. [[P:{p_s}]]   Дата рожд. [[B:{bd}]]
Карта № [[R:{ib}]]
Анализ: ОАК, СОЭ, ретикулоциты   Дата взятия [[D:{t2}]] {tm1}
Врач [[P:{d_s}]]
Результат: Hb 12<<#>> г/л, лейкоциты 6,<<#>> ×10⁹/л, СОЭ {small} мм/ч; выдано [[D:{t2_sh}]]""",
    ),
    (
        410,
        "направление на анализ ф. 200/у, бланк с перепутанными строками",
        """НАПРАВЛЕНИЕ НА АНАЛИЗ (ф. 200/у) № [[R:{lab_o}]]
в лабораторию: клинико-диагностическую
Фамилия, И.О.
Дата направления
[[P:{p_s}]]
[[D:{t1}]]
отделение / участок {uch}   медкарта [[R:{amb_o}]]
Материал: кровь венозная; исследование: глюкоза, HbA1c, креатинин
Диагноз {icd1}
Направил врач [[P:{d_s}]]; тел. пациента [[T:{ph2}]]""",
    ),
    (
        103,
        "талон-направление на PAPP-A и ХГЧ в 11–14 недель",
        """ТАЛОН-НАПРАВЛЕНИЕ на исследование сывороточных маркеров РАРР-А и св. β-ХГЧ (11–14 нед.) № [[R:{ref}]]
Ф.И.О. беременной [[P:{q}]]   Дата рождения [[B:{bdq}]]
Адрес [[A:{a1}]]; тел. [[T:{ph1}]]
Полис ОМС [[O:{enp}]]
Дата последней менструации [[D:{lmp}]]; УЗИ [[D:{t1}]]: КТР 6<<#>> мм, ТВП 1,<<#>> мм
Индивидуальная карта беременной № [[R:{amb}]]
Дата взятия крови [[D:{t1_dm}]]; штрих-код [[R:{lab}]]
Врач [[P:{d_s}]], {org}""",
    ),
    (
        376,
        "направление для неонатального скрининга, бланк-тест-карта с подписью матери",
        """НАПРАВЛЕНИЕ для забора образцов крови и проведения неонатального скрининга
Код тест-бланка [[R:{lab}]]
Фамилия матери [[P:{q_sur}]]   И.О. [[P:{q_io}]]
Ребёнок: дата рождения [[B:{bdn}]], пол {c_sex}, масса <<####>> г, срок гестации 3<<#>> нед.
Дата взятия образца [[D:{t1_box}]]
История развития новорождённого № [[R:{ib}]]
Адрес матери [[A:{a2}]]; тел. [[T:{ph_o}]]
СНИЛС матери [[S:{sn}]]
Медсестра [[P:{s_s}]]  {org}""",
    ),
    (
        504,
        "талон к сопроводительному листу скорой помощи ф. 114/у, возвращённый на подстанцию",
        """ТАЛОН к сопроводительному листу станции скорой медицинской помощи (ф. 114/у)
Карта вызова № [[R:{smp}]]   дата [[D:{t1}]]   бригада № {small}
Больной [[P:{p_up}]], возраст {age}
Адрес вызова: [[A:{a1}]]
Доставлен в {org2} в {tm1}
Диагноз СМП: {icd1}; диагноз приёмного отделения: {icd2}
История болезни № [[R:{ib_o}]]
Врач приёмного отделения [[P:{e_s}]]; телефон приёмного [[T:{phc2}]]""",
    ),
    (
        442,
        "сопроводительный лист пострадавшего в ЧС ф. 167/у-05, запись карандашом",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ (для поражённого в чрезвычайной ситуации) ф. 167/у-05 № [[R:{smp_o}]]
Дата, время [[D:{t2_sh}]] {tm2}
Фамилия, имя, отчество [[P:{p_o}]]
Год рождения {bdy}; документ — паспорт [[Q:{pas_o}]]
Адрес: [[A:{a_br}]]
Диагноз: {icd1}; введено: промедол 2 % 1,0 в/м, {tm1}
Эвакуирован: {org2}
Родственник: [[P:{k_s}]], тел. [[T:{ph_b}]]
Фельдшер [[P:{s_s}]]""",
    ),
    (
        350,
        "выписка из истории болезни, выданная на руки, распознанная с факса",
        """ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № [[R:{ib_o}]]   ФАКС [[D:{t5_sh}]] {tm2}  стр. 1/2
{org}, [[A:{ao}]], тел. [[T:{phc1}]]
Больн{p_aya} [[P:{p}]], [[B:{bd}]] г.р.
Адрес: [[A:{a1}]]; полис ОМС [[O:{enp}]]
Находил{p_sya} на лечении с [[D:{t1}]] по [[D:{t5}]]
Диагноз: {icd1}; сопутствующий {icd2}
Лечение: {dose1}; {dose2}
ЭЛН [[R:{eln_g}]] закрыт [[D:{t5}]], к труду с [[D:{t6}]]
Лечащий врач [[P:{d_s}]]  Зав. отделением [[P:{h_s}]]""",
    ),
    (
        10,
        "выписной эпикриз из родильного дома, отданный матери",
        """{org}   родильное отделение   [[A:{ao}]]
ВЫПИСНОЙ ЭПИКРИЗ из истории родов № [[R:{ib}]]
Родильница [[P:{q}]], [[B:{bdq}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Роды [[B:{bdn}]] в {tm1}: [[P:{c_first}]] (ребёнок), пол {c_sex}, 3<<###>> г, Апгар 8/9
История развития новорождённого № [[R:{ib2}]]; неонатальный скрининг — тест-бланк [[R:{lab}]]
Медицинское свидетельство о рождении: серия <<##>> <<#>> № [[R:{mbc}]]
Прививки: {vac} [[D:{bdn_dm}]], {vlot}
Выписаны [[D:{t2}]]; патронаж участковым педиатром [[P:{d_s}]]
Зав. отделением [[P:{h_s}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's rows
# RECID: (Name, Form, TYPE, Date_NPA), as in 1.2.643.5.1.13.13.11.1522 v7.24
ROWS27: dict[int, tuple[str, str, str, str]] = {
    41: (
        "Медицинская карта пациента, получающего медицинскую помощь в амбулаторных условиях",
        "025/у",
        "Карта",
        "02.11.2020",
    ),
    110: (
        "Талон пациента, получающего медицинскую помощь в амбулаторных условиях",
        "025-1/у",
        "Документ",
        "02.11.2020",
    ),
    283: ("Талон на прием к врачу", "025-4/у", "Документ", "31.12.2002"),
    118: ("Карточка предварительной записи на прием к врачу", "040/у", "Документ", "31.12.2002"),
    57: (
        "Направление на консультацию и во вспомогательные кабинеты",
        "028/у",
        "Документ",
        "31.12.2002",
    ),
    3: (
        "Направление на госпитализацию, восстановительное лечение, обследование, консультацию",
        "057/у-04",
        "Документ",
        "15.12.2014",
    ),
    346: (
        "Направление на госпитализацию для оказания специализированной медицинской помощи",
        "",
        "Документ",
        "",
    ),
    241: (
        "Направление на госпитализацию для оказания высокотехнологичной медицинской помощи",
        "",
        "Документ",
        "22.11.2019",
    ),
    80: (
        "Талон на оказание высокотехнологичной медицинской помощи",
        "025/у-ВМП",
        "Документ",
        "30.01.2018",
    ),
    34: (
        "Направление на медико-социальную экспертизу медицинской организацией",
        "088/у",
        "Документ",
        "10.11.2022",
    ),
    374: (
        "Согласие гражданина (его законного или уполномоченного представителя) на направление и проведение медико-социальной экспертизы",
        "",
        "Документ",
        "07.06.2022",
    ),
    344: (
        "Справка об отказе в направлении на медико-социальную экспертизу",
        "",
        "Справка",
        "02.06.2021",
    ),
    83: (
        "Информированное добровольное согласие гражданина (его законного представителя) на медицинское вмешательство",
        "",
        "Документ",
        "25.11.2021",
    ),
    213: ("Листок нетрудоспособности", "", "Документ", "10.06.2011"),
    122: (
        "Справка о временной нетрудоспособности студента, учащегося техникума, профессионально-технического училища, о болезни, карантине и прочих причинах отсутствия ребенка, посещающего школу, детское дошкольное учреждение",
        "095/у",
        "Справка",
        "31.12.2002",
    ),
    308: (
        "Справка о временной нетрудоспособности в связи с бытовой травмой, операцией аборта",
        "095-1/у",
        "Справка",
        "31.12.2002",
    ),
    399: (
        "Справка о временной нетрудоспособности при заболевании вследствие опьянения или действий, связанных с опьянением, а также отравления алкоголем",
        "094/у",
        "Справка",
        "31.12.2002",
    ),
    86: ("Рецепт 107-1/у", "107-1/у", "Документ", "30.11.2021"),
    220: ("Рецепт 148-1/у-88", "148-1/у-88", "Документ", "30.11.2021"),
    494: ("Рецепт 148-1/у-04(л)", "148-1/у-04(л)", "Документ", "30.11.2021"),
    221: ("Рецепт 107/у-НП", "107/у-НП", "Документ", "30.11.2021"),
    387: ("Рецепт на медицинское изделие", "1-МИ; 2-МИ; 3-МИ", "Документ", "25.06.2013"),
    37: (
        "Льготный рецепт на лекарственный препарат, изделие медицинского назначения и специализированный продукт лечебного питания",
        "148-1/у-04 (л); 1-МИ; 2-МИ; 3-МИ",
        "Документ",
        "30.11.2021; 24.11.2021; 25.06.2013",
    ),
    38: (
        "Отпуск по рецепту на лекарственный препарат, изделие медицинского назначения и специализированный продукт лечебного питания",
        "107-1/у;107/у-НП;148-1/у-88;148-1/у-04 (л)",
        "Документ",
        "24.11.2021; 30.11.2021; 24.11.2021; 25.06.2013",
    ),
    53: ("Сертификат о профилактических прививках", "156/у-93", "Документ", "17.09.1993"),
    189: ("Карта профилактических прививок", "063/у", "Карта", "31.12.2002"),
    48: ("Санаторно-курортная карта", "072/у", "Карта", "02.11.2020"),
    50: ("Санаторно-курортная карта для детей", "076/у", "Карта", "02.11.2020"),
    357: ("Обратный талон санаторно-курортной карты", "072/у", "Документ", "02.11.2020"),
    361: ("Обратный талон санаторно-курортной карты для детей", "076/у", "Документ", "02.11.2020"),
    47: (
        "Справка для получения путевки на санаторно-курортное лечение",
        "070/у",
        "Справка",
        "02.11.2020",
    ),
    285: ("Путевка в детский санаторий", "077/у-02", "Документ", "31.12.2002; 10.07.2002"),
    49: (
        "Медицинская справка о состоянии здоровья ребенка, отъезжающего в организацию отдыха детей и их оздоровления",
        "079/у",
        "Справка",
        "02.11.2020",
    ),
    56: ("Медицинская справка (для выезжающего за границу)", "082/у", "Справка", "31.12.2002"),
    287: (
        "Медицинская справка для представления в госавтоинспекцию",
        "083/у",
        "Справка",
        "31.12.2002",
    ),
    8: (
        "Медицинское заключение о наличии (об отсутствии) у водителей транспортных средств (кандидатов в водители транспортных средств) медицинских противопоказаний, медицинских показаний или медицинских ограничений к управлению транспортными средствами",
        "003-В/у",
        "Медицинское заключение",
        "30.11.2021",
    ),
    45: (
        "Медицинское заключение об отсутствии медицинских противопоказаний к владению оружием",
        "002-О/у",
        "Медицинское заключение",
        "30.11.2021",
    ),
    46: (
        "Медицинское заключение об отсутствии в организме наркотических средств, психотропных веществ и их метаболитов",
        "003-О/у",
        "Медицинское заключение",
        "30.11.2021",
    ),
    39: (
        "Медицинская справка (врачебное профессионально-консультативное заключение)",
        "086/у",
        "Справка",
        "02.11.2020",
    ),
    91: ("Медицинская справка в бассейн", "", "Справка", ""),
    88: ("Справка об отсутствии контактов с инфекционными больными", "", "Справка", ""),
    78: ("Справка о состоянии здоровья по месту требования", "", "Справка", "12.11.2021"),
    90: ("Справка о состоянии на учете в диспансере", "", "Справка", "12.11.2021"),
    142: (
        "Справка о прохождении медицинского освидетельствования в психоневрологическом диспансере",
        "",
        "Справка",
        "12.11.2021",
    ),
    479: ("Справка", "", "Справка", "12.11.2021"),
    79: ("Медицинская справка (заключение)", "", "Справка", "12.11.2021"),
    343: ("Справка о постановке на учет по беременности", "", "Справка", ""),
    52: (
        "Справка об оплате медицинских услуг для представления в налоговые органы Российской Федерации",
        "",
        "Справка",
        "13.08.2001",
    ),
    66: (
        "Справка донору об освобождении от работы в день кроводачи и предоставлении ему дополнительного дня отдыха",
        "",
        "Справка",
        "12.11.2021",
    ),
    77: ("Справка о количестве кроводач, плазмодач", "448-05/у", "Справка", "05.04.2012"),
    225: ("Справка об иммунизации донора", "408/у", "Справка", "02.12.2020"),
    370: (
        "Справка о наличии медицинских показаний, в соответствии с которыми ребенок не посещает дошкольную организацию или организацию, осуществляющую образовательную деятельность по основным общеобразовательным программам, в период учебного процесса",
        "",
        "Справка",
        "",
    ),
    201: ("Обменная карта беременной, роженицы и родильницы", "113/у-20", "Карта", "12.11.2020"),
    33: ("Медицинское свидетельство о рождении", "103/у", "Документ", "13.09.2019; 26.11.2021"),
    232: ("Паспорт здоровья", "025/у-ГС", "Документ", "29.12.2009"),
    82: ("Паспорт здоровья работника", "", "Карта", "29.01.2021"),
    493: ("Личная медицинская книжка", "", "Документ", "15.08.2023"),
    395: (
        "Сертификат об отсутствии вируса иммунодефицита человека (ВИЧ-инфекции)",
        "",
        "Документ",
        "19.04.2022",
    ),
    175: (
        "Медицинское заключение о наличии (отсутствии) инфекционных заболеваний, представляющих опасность для окружающих",
        "001-ИЗ",
        "Медицинское заключение",
        "30.11.2021",
    ),
    394: (
        "Медицинское заключение об отсутствии факта употребления иностранным гражданином или лицом без гражданства наркотических средств или психотропных веществ без назначения врача либо новых потенциально опасных психоактивных веществ и их метаболитов",
        "001-ИЗ",
        "Медицинское заключение",
        "21.02.2022",
    ),
    51: (
        "Медицинское заключение по результатам предварительного (периодического) медицинского осмотра (обследования)",
        "",
        "Медицинское заключение",
        "29.01.2021; 30.05.2022",
    ),
    482: ("Направление на медицинский осмотр", "", "Документ", "28.01.2021"),
    476: (
        "Направление на прохождение обязательного психиатрического освидетельствования",
        "",
        "Документ",
        "20.05.2022",
    ),
    179: (
        'Медицинское заключение о допуске к участию в физкультурных и спортивных мероприятиях (тренировочных мероприятиях и спортивных соревнованиях), мероприятиях по оценке выполнения нормативов испытаний (тестов) Всероссийского физкультурно-спортивного комплекса "Готов к труду и обороне" (ГТО)',
        "",
        "Медицинское заключение",
        "03.12.2020",
    ),
    69: (
        "Медицинское заключение о принадлежности несовершеннолетнего к медицинской группе для занятий физической культурой",
        "",
        "Медицинское заключение",
        "13.06.2019",
    ),
    172: (
        "Врачебное заключение о переводе беременной на другую работу",
        "084/у",
        "Медицинское заключение",
        "31.12.2002",
    ),
    81: (
        "Направление к месту лечения для получения медицинской помощи",
        "",
        "Документ",
        "04.08.2022",
    ),
    105: (
        "Талон № 1 к Направлению к месту лечения для получения медицинской помощи",
        "",
        "Документ",
        "04.08.2022",
    ),
    106: (
        "Талон № 2 на получение специальных талонов (именных направлений) на проезд к месту лечения для получения медицинской помощи",
        "",
        "Документ",
        "04.08.2022",
    ),
    97: ("Направление в санаторий для больных туберкулезом", "078/у", "Документ", "31.12.2002"),
    329: (
        "Направление на гематологический, общеклинический анализ",
        "201/у",
        "Документ",
        "31.12.2002",
    ),
    410: ("Направление на анализ", "200/у", "Документ", "31.12.2002"),
    103: (
        "Талон-направление на исследование сывороточных маркеров РАРР-А и св. ß - ХГЧ у женщины в 11-14 недель беременности с данными УЗИ для расчета рисков хромосомных аномалий, задержки роста плода, преждевременных родов, преэклампсии",
        "",
        "Документ",
        "12.11.2020",
    ),
    376: (
        "Направление для забора образцов крови и последующего проведения неонатального скрининга и (или) расширенного неонатального скрининга",
        "",
        "Документ",
        "22.03.2006; 13.07.2022",
    ),
    504: (
        "Талон к сопроводительному листу станции (отделения) скорой медицинской помощи",
        "114/у",
        "Документ",
        "15.09.2020",
    ),
    442: (
        "Сопроводительный лист (для пораженного в чрезвычайной ситуации)",
        "167/у-05",
        "Документ",
        "17.09.2007",
    ),
    350: ("Выписка из истории болезни", "", "Документ", ""),
    10: ("Выписной эпикриз из родильного дома", "", "Документ", ""),
}


VERSION_WORDS27 = ("ПО", "версия", "версии")


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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS27):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 27's extra self-check: the date writings this corpus adds are never left unlabelled
NEW_DATES27 = re.compile(
    r"(?<![\d.])\d\d \d\d (?:19|20)\d\d(?!\d)"
    r"|(?<![\d.])\d\d ?\. ?\d\d ?\. ?(?:19|20)\d\d(?!\d)"
    r"|(?<![\d/])\d\d/\d\d/(?:19|20)\d\d(?!\d)"
)


def check27(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in NEW_DATES27.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])


def kind_of(recid: int, genre: str) -> str:
    name, form, _type, _date = ROWS27[recid]
    form_s = f"ф. {form}; " if form else ""
    return (
        f"{name} ({form_s}Виды медицинской документации, 1.2.643.5.1.13.13.11.1522 v7.24, "
        f"RECID {recid}): {genre}"
    )


def source_of(recid: int) -> str:
    name, form, typ, date_npa = ROWS27[recid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1522 v7.24 (Виды медицинской документации), RECID {recid}, "
        f"Name «{name}», Form «{form or '—'}», TYPE «{typ}», Date_NPA «{date_npa or '—'}»"
    )


TEMPLATES = FORMS27


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    rows = [t[0] for t in TEMPLATES]
    assert len(rows) == len(set(rows)), "one kind per directory row"
    assert set(rows) == set(ROWS27), "every row listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(r, g) for r, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for recid, genre, template in TEMPLATES:
            name, form, _typ, _date = ROWS27[recid]
            extra = {"form": form or "без номера формы", "form_name": name}
            doc = build(
                render(rng, template, extra),
                kind_of(recid, genre),
                source_of(recid),
                f"blind27_{len(docs):04d}",
            )
            check(doc)
            check27(doc)
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
