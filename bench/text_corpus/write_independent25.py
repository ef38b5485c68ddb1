"""Write ``independent25.jsonl``: the twenty-fifth blind corpus, 2026-12-06 — the papers a
medical or pharmaceutical worker writes when a patient moves between services and agencies.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` were read, to wire the corpus in (a ``grep -n`` for the
line numbers of those names also printed the other top-level ``def`` lines of that file, names
only), and ``blind_half`` was imported once, to count the halves. ``write_independent1``–``18``
and ``20``–``23`` were not opened (corpus 24, written at the same time on another branch,
neither). From ``write_independent19.py`` only the file format, the labelling rules (restated
below, unchanged), the writer's structure (one template per kind, ``PER_KIND`` draws,
``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic helpers were taken.
**Copied verbatim from corpus 19** (which had them from corpora 13–17): the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``,
``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the self-check
``check`` with ``SUSPICIOUS``, its checksum helpers and ``VERSION_WORDS19``, ``serialize`` and
``main``. **Written fresh for corpus 25**: the name lists (Russian of the Urals, Siberia and
the Far East, Siberian Tatar, Bashkir, Khanty and Mansi, Altai, Buryat, Yakut, Korean of
Sakhalin, Ukrainian and Belarusian; and a second pool for labour migrants and their families:
Uzbek, Tajik, Kyrgyz, Kazakh, Azerbaijani, Armenian, Georgian, Moldovan), the towns, streets
and villages of the Urals, Western Siberia, the Altai and the Far East with the Moscow region,
and addresses abroad in the CIS (``addr25`` and friends), phones as a dispatcher or a nurse
writes them in haste and the CIS mobiles of migrants (``mob25``, ``haste25``, ``glued25``,
``city25``, ``cis25``, ``said25``, ``brk25``), e-mails, passports of the RF and the national
passports of CIS countries in their shapes (``pas25``, ``cispas25``), every record number of
a person on the move (``REC25``: ambulance call cards, ЕДДС-112 incident numbers, emergency
department case numbers, inter-hospital transfer and sanitary-aviation requests, telemedicine
consultations, a conscript's personal file, personal number and military ID, the military
commissariat's referral and the ВВК's conclusion, migrants' patents, migration cards,
residence permits and medical certificates, detainees' personal files and release
certificates, КУСП and incoming numbers, ИПРА, МСЭ acts, guardianship notices, forensic
referrals, body numbers and experts' conclusions), the hard negatives of the field (brigades,
substations, vehicles' plates and board numbers, aircraft registrations and flights, call
times and durations, doses and vital signs, articles of codes, orders, criminal case numbers,
ICD-10, cells, military units), the organisations, ``fill25``, ``render25``, ``build_all`` and
every template, and one extra self-check (``check25``: no CIS passport shape left unlabelled).

**Kinds from a real source.** Each kind is one position of the federal NSI directory
«Должности медицинских и фармацевтических работников» (OID 1.2.643.5.1.13.13.11.1002,
version 9.6, read from ``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1002_9.6_part1``;
``ID`` and ``NAME`` as its ``_passport`` describes them; only actual rows that are positions,
not groups) in one genre of what a worker in that position writes when a patient moves
between services and agencies: the ambulance call card and its handover to the emergency
department, an inter-hospital transfer, a sanitary-aviation request, a military
commissariat's referral and the military-medical commission's answer, a migrant's medical
examination for a work patent, the medical unit of a detention centre, a police or
investigator's request (КУСП) and the extract sent back, a Social Fund (СФР) request about a
rehabilitation programme, a notice to guardianship authorities, a body's transfer to forensic
examination. The kind is «NAME (Должности мед. и фарм. работников, 1.2.643.5.1.13.13.11.1002
v9.6, ID N): GENRE»; the ``source`` names the directory entry. One position and one template
per kind (no template is shared). The kinds of corpora 1–23 (the ``kind`` values of
``independent*.jsonl`` present when this was written) were listed by a scratch script only to
avoid them, compared case-insensitively; none of the kinds here is among them (``build_all``
asserts the kinds are unique).

Emphasis: RECORD numbers of one person in every shape these papers use (call cards, ЕДДС-112
incidents, transfer, sanitary-aviation and telemedicine requests, a migrant's patent and
migration card, a conscript's personal number and personal file, the commissariat's referral
and the ВВК's conclusion, КУСП and incoming numbers, an ИПРА, МСЭ acts, the emergency
department's case number, body numbers and forensic conclusions; with letters, slashes and
years, glued to «№», in tables, split across lines); the FOREIGN PASSPORTS of migrants (CIS
national passports and ID cards in their shapes, Latin and Cyrillic letters, nine digits);
PHONES of relatives and patients written in haste (glued, no separators, broken, partly in
words, CIS mobiles); PRECISION under the hard negatives of the field (brigade and substation
numbers, ambulance plates and board numbers, aircraft registrations, call times and
durations, doses and vital signs, «ст. 105 ч. 1 УК РФ», order numbers, criminal case numbers,
ICD-10, cells, military units); the usual PHI at normal density.

The labelling rules and judgement calls of corpus 19, restated unchanged from its docstring
(its markup codes, its restatement of corpora 10–17 and its own calls for corpus 19):

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

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


Judgement calls added for corpus 25 (NEW; written here before any document was generated;
they apply the rules above to papers that go between services and agencies):

* (new) A CIS country's national passport is PASSPORT in every shape it is written in,
  series and number as one span (corpus 11: a foreign citizen's national passport): two Latin
  letters and seven digits (Uzbek «FA1234567», Kyrgyz «AC1234567», Belarusian «MP1234567»,
  Armenian «AT0123456»), one Latin letter and eight digits (Kazakh «N12345678», Azerbaijani
  «C01234567»), nine digits (Tajik «401234567»), two Cyrillic letters and six digits (an old
  Ukrainian «КН 123456»), with a space after the letters or not. Its issuing authority
  («МВД 50012») and its expiry date's month and year are not labelled; its issue date and
  expiry date with a day are DATE.
* (new) A labour migrant's work patent «серия 77 № 2612345678»: the number is RECORD_ID, the
  series (a region's code) is not labelled (corpus 15's rule for one person's issued form); a
  patent written as one token («77-2612345678», «77 2612345678» without «серия» and «№») is
  one RECORD_ID span. A migration card the same: «серия 4619 № 1234567» — the number only;
  «4619 1234567» or «4619№1234567» as one token — one span. A residence permit, a temporary
  residence permit, the notice of arrival's tear-off coupon, the migrant's medical
  certificates for a patent (drug addiction, infections, HIV) and the certificate of a
  language-and-law test are RECORD_ID (documents of one person, corpora 10, 11 and 15).
* (new) A military commissariat's referral of one conscript for examination («направление №
  …») is RECORD_ID (corpus 13's referral), the cover letter's outgoing number stays
  unlabelled (corpus 15); the ВВК's conclusion and protocol about one person, the «свидетельство
  о болезни», the conscript's personal file, a personal number («Ж-123456») and a military ID
  («АК 1234567») are RECORD_ID (corpora 11 and 15). A fitness category («Б-3»), the article of
  the Schedule of illnesses («ст. 66 п. "б"»), the military unit («в/ч 12345») and the
  commission's session number are not labelled.
* (new) An ambulance call card's number, the call's number in the dispatch system and an
  ЕДДС incident's number about one patient are RECORD_ID (corpus 11: a call); the brigade's and
  the substation's numbers, the car's plate and board (garage) number, the dispatcher's
  console, call, arrival and handover times and durations are not labelled: a vehicle is not
  a person. The emergency department's case number (история болезни, № случая приёмного
  отделения, the refusal journal's entry of one patient) is RECORD_ID.
* (new) A sanitary-aviation request, an inter-hospital transfer request and a telemedicine
  consultation about one patient are RECORD_ID (corpus 14); an aircraft's registration
  («RA-23456»), its board number, a flight number, a helipad's name and coordinates are not
  labelled.
* (new) A detainee's personal file and the medical card of a detention centre's medical unit
  are RECORD_ID (documents of one person); a cell («камера № 214»), the unit's own number
  («СИЗО-1», «ИВС № 2») and the escort's order are not labelled.
* (new) The referral of one body to forensic examination, the body's number in the morgue's
  journal and the forensic expert's conclusion or act about one person are RECORD_ID (corpus
  11); the criminal case number (17 digits or «№ 1-…») stays unlabelled (corpus 15), as do
  articles of codes («ст. 105 ч. 1 УК РФ», «ст. 6.1.1 КоАП РФ») and federal laws' numbers
  («323-ФЗ»).
* (new) A notice to the guardianship authority about one child, and the incoming number that
  authority, the Social Fund or the police gives to one patient's case, are RECORD_ID
  (corpora 11 and 15); the outgoing numbers of their requests are not.

Run: ``.venv/bin/python bench/text_corpus/write_independent25.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent25.jsonl"
SEED = 2520261206
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

# ---------------------------------------------------------------- people (fresh for corpus 25)
# The Urals, Western Siberia, the Altai and the Far East; male base forms.
SURNAMES = [
    "Черепанов",
    "Брусницын",
    "Ермаков",
    "Строганов",
    "Кузнецов",
    "Пермяков",
    "Тобольцев",
    "Сибиряков",
    "Ангарский",
    "Байкалов",
    "Шадрин",
    "Курганов",
    "Зырянов",
    "Вогулов",
    "Чусовитин",
    "Демидов",
    "Колыванов",
    "Томилов",
    "Бердников",
    "Обухов",
    "Ишимов",
    "Ялуторовский",
    "Тюменцев",
    "Сургутский",
    "Нефёдов",
    "Селиванов",
    "Шубин",
    "Гилёв",
    "Рахматуллин",
    "Бикбаев",
    "Юнусов",
    "Тукаев",
    "Кучумов",
    "Аитов",
    "Сайфутдинов",
    "Ишбулатов",
    "Галимов",
    "Вахрушев",
    "Собянин",
    "Тасманов",
    "Кантеев",
    "Тодышев",
    "Чичинов",
    "Тадыев",
    "Бадмаев",
    "Цыренов",
    "Дашиев",
    "Намсараев",
    "Аммосов",
    "Слепцов",
    "Винокуров",
    "Эверстов",
    "Ким",
    "Пак",
    "Ли",
    "Ткаченко",
    "Бондаренко",
    "Шевчук",
    "Лукашевич",
    "Ковалёв",
    "Жуковский",
    "Приходько",
    "Дьячков",
    "Вершинин",
    "Амурский",
    "Хабаров",
    "Уссурийский",
    "Сахалинов",
    "Полозов",
    "Горбунов",
    "Лапшин",
]
M_FIRST = [
    "Никита",
    "Степан",
    "Тимофей",
    "Ярослав",
    "Всеволод",
    "Григорий",
    "Виталий",
    "Кирилл",
    "Олег",
    "Игорь",
    "Анатолий",
    "Максим",
    "Роман",
    "Данила",
    "Фёдор",
    "Ринат",
    "Ильдар",
    "Айрат",
    "Салават",
    "Мансур",
    "Эркин",
    "Баир",
    "Жаргал",
    "Аюр",
    "Семён",
    "Прокопий",
    "Евгений",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Вадим",
    "Глеб",
]
F_FIRST = [
    "Дарья",
    "Ксения",
    "Полина",
    "Таисия",
    "Варвара",
    "Людмила",
    "Светлана",
    "Елена",
    "Надежда",
    "Татьяна",
    "Оксана",
    "Алёна",
    "Вероника",
    "Галина",
    "Лилия",
    "Гузель",
    "Алсу",
    "Эльвира",
    "Айгуль",
    "Сэсэг",
    "Туяна",
    "Сардана",
    "Аяна",
    "Нюргуяна",
    "Марина",
    "Ольга",
    "Юлия",
    "Анастасия",
    "Екатерина",
    "Зинаида",
]
PAT_STEMS = [
    "Александров",
    "Викторов",
    "Геннадьев",
    "Павлов",
    "Николаев",
    "Юрьев",
    "Степанов",
    "Борисов",
    "Фёдоров",
    "Валерьев",
    "Ринатов",
    "Ильдаров",
    "Баиров",
    "Семёнов",
    "Игорев",
    "Олегов",
    "Анатольев",
    "Петров",
    "Романов",
    "Михайлов",
    "Аркадьев",
]
FOREIGN = [
    ("Мюллер", "Томас", True),
    ("Ван", "Лэй", True),
    ("Нгуен", "Ван Хоа", True),
    ("Чжан", "Мэй", False),
    ("Батбаяр", "Сарнай", False),
    ("Гарсия", "Ана", False),
]
INDECL_FIRST = {
    "Алсу",
    "Айгуль",
    "Сэсэг",
    "Нюргуяна",
    "Ван Хоа",
    "Лэй",
    "Мэй",
    "Сарнай",
    "Ана",
    "Айгерим",
    "Гульнур",
    "Нигина",
    "Мехри",
    "Нодира",
    "Ануш",
    "Нино",
    "Зульфия",
    "Жылдыз",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
FOREIGN_LAT = ["Lukas Weber"]

# labour migrants and their families (the CIS)
MIG_SURNAMES = [
    "Юлдашев",
    "Каримов",
    "Рахимов",
    "Турсунов",
    "Эргашев",
    "Исмоилов",
    "Шарипов",
    "Назаров",
    "Сафаров",
    "Холматов",
    "Давлатов",
    "Мирзоев",
    "Абдуллаев",
    "Нуралиев",
    "Жумабаев",
    "Токтогулов",
    "Осмонов",
    "Сыдыков",
    "Мамытов",
    "Садыков",
    "Ахметов",
    "Нурпеисов",
    "Алиев",
    "Гусейнов",
    "Мамедов",
    "Саргсян",
    "Петросян",
    "Аветисян",
    "Беридзе",
    "Гиоргадзе",
    "Лунгу",
    "Русу",
    "Чебан",
    "Бурлаку",
]
MIG_M_FIRST = [
    "Алишер",
    "Бахтиёр",
    "Шерзод",
    "Фаррух",
    "Улугбек",
    "Джамшед",
    "Фирдавс",
    "Далер",
    "Рустам",
    "Азамат",
    "Нурлан",
    "Бакыт",
    "Эльдар",
    "Тимур",
    "Арсен",
    "Гурам",
    "Ион",
    "Сухроб",
    "Комрон",
]
MIG_F_FIRST = [
    "Гульнора",
    "Дильноза",
    "Малика",
    "Зарина",
    "Нигина",
    "Мехри",
    "Нодира",
    "Айгерим",
    "Гульнур",
    "Жылдыз",
    "Севда",
    "Ануш",
    "Нино",
    "Мариана",
    "Зульфия",
    "Мадина",
]
MIG_PAT = [
    "Рустамов",
    "Алишеров",
    "Умаров",
    "Тимуров",
    "Шухратов",
    "Бакытов",
    "Нурланов",
    "Эльдаров",
    "Арсенов",
    "Гурамов",
    "Ионов",
    "Фарходов",
    "Икромов",
    "Саидов",
]


def migrant(rng: random.Random, pre: str, male: bool | None = None) -> dict:
    """``person`` over the migrants' name pool (the module's lists swapped for one call)."""
    g = globals()
    saved = {k: g[k] for k in ("SURNAMES", "M_FIRST", "F_FIRST", "PAT_STEMS")}
    g.update(SURNAMES=MIG_SURNAMES, M_FIRST=MIG_M_FIRST, F_FIRST=MIG_F_FIRST, PAT_STEMS=MIG_PAT)
    try:
        out = person(rng, pre, male, foreign_ok=False)
    finally:
        g.update(saved)
    words = out[pre].split()
    out[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
    out[pre + "_lat3"] = " ".join(lat(w).upper() for w in words)
    return out


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


# ---------------------------------------------------------------- corpus 25: places (fresh)
# (postal code, region, settlement with its type)
TOWNS25 = [
    ("625003", "Тюменская обл.", "г. Тюмень"),
    ("628011", "ХМАО — Югра", "г. Ханты-Мансийск"),
    ("628400", "ХМАО — Югра", "г. Сургут"),
    ("629003", "ЯНАО", "г. Салехард"),
    ("644043", "Омская обл.", "г. Омск"),
    ("634050", "Томская обл.", "г. Томск"),
    ("630099", "Новосибирская обл.", "г. Новосибирск"),
    ("650000", "Кемеровская обл. — Кузбасс", "г. Кемерово"),
    ("656038", "Алтайский край", "г. Барнаул"),
    ("649000", "Республика Алтай", "г. Горно-Алтайск"),
    ("620014", "Свердловская обл.", "г. Екатеринбург"),
    ("622001", "Свердловская обл.", "г. Нижний Тагил"),
    ("454091", "Челябинская обл.", "г. Челябинск"),
    ("455000", "Челябинская обл.", "г. Магнитогорск"),
    ("614000", "Пермский край", "г. Пермь"),
    ("450077", "Республика Башкортостан", "г. Уфа"),
    ("640000", "Курганская обл.", "г. Курган"),
    ("670000", "Республика Бурятия", "г. Улан-Удэ"),
    ("664003", "Иркутская обл.", "г. Иркутск"),
    ("677000", "Республика Саха (Якутия)", "г. Якутск"),
    ("680000", "Хабаровский край", "г. Хабаровск"),
    ("690091", "Приморский край", "г. Владивосток"),
    ("675000", "Амурская обл.", "г. Благовещенск"),
    ("693000", "Сахалинская обл.", "г. Южно-Сахалинск"),
    ("141400", "Московская обл.", "г. Химки"),
    ("142703", "Московская обл.", "г. Видное"),
    ("125424", "", "г. Москва"),
]
STREETS25 = [
    "ул. Республики",
    "ул. Мельникайте",
    "ул. Ленина",
    "ул. Малыгина",
    "ул. Энгельса",
    "пр-т Мира",
    "ул. 50 лет ВЛКСМ",
    "ул. Первомайская",
    "ул. Кирова",
    "ул. Сибирская",
    "ул. Нефтяников",
    "пр-т Ленина",
    "ул. Пушкина",
    "ул. Декабристов",
    "ул. Ангарская",
    "ул. Шевченко",
    "ул. Муравьёва-Амурского",
    "ул. Светланская",
    "ул. Чкалова",
    "ул. Комсомольская",
    "б-р Строителей",
    "ул. Лесная",
    "ул. Полевая",
    "пер. Таёжный",
    "мкр. Юбилейный",
    "ул. Газовиков",
    "ул. Уральская",
    "ул. Гагарина",
]
RURAL25 = [
    ("626150", "Тюменская обл., Тобольский р-н", "с. Абалак"),
    ("628240", "ХМАО — Югра, Кондинский р-н", "пгт Междуреченский"),
    ("628520", "ХМАО — Югра, Ханты-Мансийский р-н", "п. Выкатной"),
    ("649100", "Республика Алтай, Майминский р-н", "с. Майма"),
    ("659650", "Алтайский край, Алтайский р-н", "с. Белокуриха-2"),
    ("671050", "Республика Бурятия, Иволгинский р-н", "с. Иволгинск"),
    ("678000", "Республика Саха (Якутия), Хангаласский улус", "с. Октёмцы"),
    ("692330", "Приморский край, Анучинский р-н", "с. Анучино"),
    ("646600", "Омская обл., Большереченский р-н", "р.п. Большеречье"),
    ("623700", "Свердловская обл.", "д. Крутиха"),
]
ABROAD25 = [
    "Республика Узбекистан, Ферганская обл., г. Коканд, ул. Навои, д. {h}",
    "Республика Узбекистан, Самаркандская обл., Ургутский р-н, кишлак Кенагас, д. {h}",
    "Республика Таджикистан, Хатлонская обл., г. Бохтар, ул. Рудаки, д. {h}, кв. {f}",
    "Республика Таджикистан, г. Худжанд, мкр. 19, д. {h}, кв. {f}",
    "Кыргызская Республика, Ошская обл., г. Ош, ул. Курманжан-Датки, д. {h}",
    "Кыргызская Республика, г. Бишкек, мкр. Джал, д. {h}, кв. {f}",
    "Республика Казахстан, г. Шымкент, ул. Байтурсынова, д. {h}",
    "Азербайджанская Республика, г. Гянджа, пр-т Ататюрка, д. {h}, кв. {f}",
    "Республика Армения, г. Гюмри, ул. Абовяна, д. {h}",
    "Республика Молдова, г. Бельцы, ул. Штефана чел Маре, д. {h}, кв. {f}",
]


def _hk25(rng: random.Random) -> str:
    h = str(rng.randint(1, 148))
    r = rng.random()
    if r < 0.15:
        h += rng.choice(["а", "б", "/2", " корп. 2", " стр. 1"])
    return h


def addr25(rng: random.Random) -> str:
    """A full address in one of the ways forms and hurried hands write it."""
    pc, reg, town = rng.choice(TOWNS25)
    st = rng.choice(STREETS25)
    h, f = _hk25(rng), rng.randint(1, 260)
    reg_ = f"{reg}, " if reg else ""
    style = rng.randint(0, 5)
    if style == 0:
        return f"{pc}, {reg_}{town}, {st}, д. {h}, кв. {f}"
    if style == 1:
        return f"{town}, {st}, {h}-{f}"
    if style == 2:
        return f"{town}, {st.split(' ', 1)[1]} {h}-{f}"
    if style == 3:
        return f"{reg_}{town}, {st}, д. {h}, кв. {f}, {pc}"
    if style == 4:
        return f"{town}, {st}, д.{h}, кв.{f}"
    return f"{town}, {st}, дом {h}, квартира {f}"


def arural25(rng: random.Random) -> str:
    pc, reg, vil = rng.choice(RURAL25)
    st = rng.choice(["ул. Центральная", "ул. Школьная", "ул. Набережная", "ул. Таёжная"])
    if rng.random() < 0.5:
        return f"{pc}, {reg}, {vil}, {st}, д. {rng.randint(1, 60)}"
    return f"{vil}, {st}, {rng.randint(1, 60)}"


def aorg25(rng: random.Random) -> str:
    pc, reg, town = rng.choice(TOWNS25)
    reg_ = f"{reg}, " if reg else ""
    st = rng.choice(STREETS25)
    return f"{pc}, {reg_}{town}, {st}, д. {rng.randint(1, 120)}"


def abroad25(rng: random.Random) -> str:
    return rng.choice(ABROAD25).format(h=rng.randint(1, 90), f=rng.randint(1, 80))


def abrk25(rng: random.Random) -> str:
    """An address broken across two lines after its town."""
    a = addr25(rng)
    i = a.find(", ", a.find("г. "))
    return a[:i] + ",\n" + a[i + 2 :] if i > 0 else a


# ---------------------------------------------------------------- corpus 25: phones (fresh)
DEF25 = [
    "912",
    "922",
    "932",
    "902",
    "904",
    "908",
    "919",
    "929",
    "951",
    "961",
    "982",
    "983",
    "913",
    "923",
    "924",
    "914",
    "999",
    "995",
    "964",
    "950",
]
CITY25 = [
    ("3452", 6),
    ("3467", 6),
    ("3462", 6),
    ("3812", 6),
    ("3822", 6),
    ("383", 7),
    ("3842", 6),
    ("3852", 6),
    ("343", 7),
    ("351", 7),
    ("342", 7),
    ("3012", 6),
    ("3952", 6),
    ("4112", 6),
    ("4212", 6),
    ("423", 7),
    ("4162", 6),
    ("4242", 6),
]
WORDS25 = {"9": "девять", "8": "восемь", "1": "один", "2": "два", "5": "пять"}


def _m25(rng: random.Random) -> tuple[str, str, str, str]:
    return (
        rng.choice(DEF25),
        f"{rng.randint(100, 999)}",
        f"{rng.randint(0, 99):02d}",
        f"{rng.randint(0, 99):02d}",
    )


def mob25(rng: random.Random) -> str:
    a, b, c, d = _m25(rng)
    return rng.choice(
        [
            f"+7 ({a}) {b}-{c}-{d}",
            f"8-{a}-{b}-{c}-{d}",
            f"8 ({a}) {b}-{c}-{d}",
            f"+7 {a} {b} {c} {d}",
            f"+7-{a}-{b}-{c}{d}",
        ]
    )


def haste25(rng: random.Random) -> str:
    """As written in haste on a call card: no separators, odd groups."""
    a, b, c, d = _m25(rng)
    return rng.choice(
        [
            f"8{a}{b}{c}{d}",
            f"8{a}-{b}-{c}{d}",
            f"8 {a} {b}{c}{d}",
            f"+7{a}{b}{c}{d}",
            f"{a}-{b}-{c}-{d}",
            f"8{a}{b} {c}{d}",
        ]
    )


def glued25(rng: random.Random) -> tuple[str, str]:
    """(label glued to the phone, the phone): «тел.89121234567»."""
    return rng.choice(["тел.", "т.", "моб.", "сот.", "тел:"]), haste25(rng)


def city25(rng: random.Random) -> str:
    code, n = rng.choice(CITY25)
    num = f"{rng.randint(10 ** (n - 1), 10**n - 1)}"
    grp = f"{num[:-4]}-{num[-4:-2]}-{num[-2:]}"
    return rng.choice(
        [f"8 ({code}) {grp}", f"({code}) {grp}", f"8-{code}-{grp}", f"+7 ({code}) {grp}"]
    )


def cis25(rng: random.Random) -> str:
    """A migrant's home mobile: Uzbek, Tajik, Kyrgyz, Kazakh, Azerbaijani, Armenian, Moldovan."""
    return rng.choice(
        [
            f"+998 {rng.choice(['90', '91', '93', '97', '99'])} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+992 {rng.choice(['90', '92', '93', '98'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+996 {rng.choice(['555', '700', '770', '505'])} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"+7 {rng.choice(['701', '705', '747', '777'])} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+994 {rng.choice(['50', '55', '70'])} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+374 {rng.choice(['91', '93', '77'])} {rng.randint(100000, 999999)}",
            f"+373 {rng.choice(['69', '79', '60'])} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ]
    )


def said25(rng: random.Random) -> str:
    a, b, c, d = _m25(rng)
    return f"восемь {' '.join(WORDS25.get(x, x) for x in a)}, {b}-{c}-{d}"


def brk25(rng: random.Random) -> str:
    a, b, c, d = _m25(rng)
    return rng.choice([f"8-{a}-\n{b}-{c}-{d}", f"+7 ({a})\n{b}-{c}-{d}"])


MAIL_DOM25 = ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru"]
ORG_MAIL25 = [
    "ssmp",
    "priemnoe",
    "sanavia",
    "vvk",
    "mse",
    "sme",
    "opeka",
    "medchast",
    "ocmk",
    "kanc",
    "tcmk",
]


def mail25(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    return (
        rng.choice(
            [
                f"{s}.{f[0]}{rng.randint(70, 99)}",
                f"{f}_{s}",
                f"{s}{rng.randint(1, 999)}",
                f"{f[0]}.{s}",
            ]
        )
        + "@"
        + rng.choice(MAIL_DOM25)
    )


def omail25(rng: random.Random) -> str:
    return f"{rng.choice(ORG_MAIL25)}@{rng.choice(['tmn', 'hmao', 'omsk', 'uralmed', 'dvmed', 'zdrav72', 'minzdrav27'])}.{rng.choice(['ru', 'med.ru'])}"


# ---------------------------------------------------------------- corpus 25: passports (fresh)
OKATO25 = [
    "71",
    "67",
    "71",
    "52",
    "69",
    "50",
    "32",
    "01",
    "65",
    "75",
    "57",
    "80",
    "81",
    "25",
    "98",
    "08",
    "05",
    "10",
    "64",
    "46",
]


def pas25(rng: random.Random) -> str:
    s, y, n = rng.choice(OKATO25), f"{rng.randint(0, 25):02d}", rng.randint(100000, 999999)
    return rng.choice(
        [f"{s} {y} {n}", f"{s}{y} {n}", f"{s} {y} № {n}", f"{s}{y}№{n}", f"{s}{y} № {n}"]
    )


def cispas25(rng: random.Random) -> tuple[str, str]:
    """(country, national passport number as written)."""
    sp = rng.choice(["", "", " "])
    kind = rng.randint(0, 9)
    if kind == 0:
        return (
            "Узбекистан",
            f"{rng.choice(['FA', 'AC', 'AD', 'AB'])}{sp}{rng.randint(1000000, 9999999)}",
        )
    if kind == 1:
        return "Таджикистан", f"{rng.randint(400000000, 509999999)}"
    if kind == 2:
        return "Таджикистан", f"{rng.choice(['A', 'B'])}{sp}{rng.randint(10000000, 99999999)}"
    if kind == 3:
        return "Кыргызстан", f"{rng.choice(['AC', 'AN', 'PE'])}{sp}{rng.randint(1000000, 9999999)}"
    if kind == 4:
        return "Казахстан", f"N{sp}{rng.randint(10000000, 99999999)}"
    if kind == 5:
        return "Азербайджан", f"C{sp}{rng.randint(0, 9999999):08d}"
    if kind == 6:
        return "Армения", f"{rng.choice(['AT', 'AS', 'AU'])}{sp}{rng.randint(0, 999999):07d}"
    if kind == 7:
        return (
            "Беларусь",
            f"{rng.choice(['MP', 'HB', 'KH', 'MC'])}{sp}{rng.randint(1000000, 9999999)}",
        )
    if kind == 8:
        return "Молдова", f"{rng.choice(['B', 'A'])}{sp}{rng.randint(10000000, 99999999)}"
    return "Украина", f"{rng.choice(['КН', 'ВА', 'ЕК', 'МЕ'])} {rng.randint(100000, 999999)}"


# ---------------------------------------------------------------- corpus 25: record numbers (fresh)
REC25 = {
    "card": ["####", "#####", "26-#####", "К-#####/26", "####/##", "СМП-26-######"],
    "call": ["######", "26/#####", "В-######", "#######"],
    "eds": ["112-26-#######", "ЕДДС-######", "#########"],
    "ed": ["ПО-2026/#####", "#####-26", "И/Б ####/26", "С-26-######", "#####/П"],
    "ib": ["####/26", "ИБ-#####", "#####-С", "26/####"],
    "amb": ["АК-#####", "######", "#####/У"],
    "tr": ["МП-26/####", "ТР-######", "####-МБП", "ПЕР-26-####"],
    "sa": ["СА-2026-####", "ЦМК-####/26", "26/0###-А", "САВ ######"],
    "tmk": ["ТМК-26-#####", "TM-######", "#####/ТМ"],
    "ld": ["ЛД-26-#####", "##-####", "П-#####"],
    "pers": ["@-######", "@@-######", "@@-######"],
    "mid": ["@@ #######", "@@№#######"],
    "vkref": ["###/П", "##-##/###", "####"],
    "vvk": ["###", "ВВК-###/26", "##/###", "####"],
    "svb": ["###", "##/26"],
    "pat": ["26########", "25########"],
    "mc": ["#######"],
    "vnzh": ["8# № #######", "8#№#######"],
    "cert": ["МО-26-#####", "######", "С/26-####", "ИГ-######"],
    "hiv": ["#######", "ВИЧ-26-#####", "##/#####"],
    "ldz": ["####", "ЛД-###/26", "###-з"],
    "mk": ["МЧ-####", "####/26", "######"],
    "rel": ["######", "№ 0#####"],
    "kusp": ["#####", "####", "#####/26", "КУСП-#####"],
    "vh": ["####", "##-вх/####", "вх-#####", "####/26"],
    "ipra": ["####.#.##/2026", "###.##.##/2025", "####.##.##/2026"],
    "mse": ["####.##.##/2026", "###.#.##/2026"],
    "notice": ["##-У/26", "###/оп", "УВ-####", "####"],
    "body": ["####", "###/26", "Т-####"],
    "sme": ["####", "####/26", "###-Э", "####/Т"],
    "dms": ["ДМС-######-##", "##-#######"],
    "oms_req": ["З-26-#####", "######/С"],
}


def rec25(rng: random.Random, key: str) -> str:
    return shape25(rng, rng.choice(REC25[key]))


def shape25(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def brk_rec25(s: str) -> str:
    """A number broken across two lines in a narrow column (after its first dash or slash)."""
    for sep in ("-", "/"):
        i = s.find(sep)
        if 0 < i < len(s) - 1:
            return s[: i + 1] + "\n" + s[i + 1 :]
    return s[: len(s) // 2] + "\n" + s[len(s) // 2 :]


# ---------------------------------------------------------------- corpus 25: hard negatives
ICD25 = [
    "I21.0",
    "I63.5",
    "S06.3",
    "S72.1",
    "T40.2",
    "J18.9",
    "K35.8",
    "I26.9",
    "T71",
    "X70",
    "R57.0",
    "S27.0",
    "O72.0",
    "A15.0",
    "F10.3",
    "E10.1",
    "I61.0",
    "T58",
    "S36.1",
    "W19",
    "F20.0",
    "B20",
    "Z04.6",
    "T17.2",
]
ART25 = [
    "ст. 105 ч. 1 УК РФ",
    "ст. 111 ч. 1 УК РФ",
    "ст. 112 УК РФ",
    "ст. 115 ч. 2 УК РФ",
    "ст. 264 ч. 2 УК РФ",
    "ст. 228 ч. 2 УК РФ",
    "ст. 6.1.1 КоАП РФ",
    "ст. 12.24 КоАП РФ",
    "ст. 119 УК РФ",
    "ст. 125 УК РФ",
]
ORDERS25 = [
    "приказ Минздрава России № 388н",
    "приказ Минздрава России № 29н",
    "приказ Минздрава России № 1051н",
    "приказ Минздрава России № 346н",
    "приказ Минтруда России № 687н",
    "постановление Правительства РФ № 565",
    "приказ ФСИН России № 285",
    "приказ МВД России № 736",
]
DRUGS25 = [
    "морфин 1% — 1,0 мл в/в",
    "кеторолак 30 мг в/м",
    "фентанил 0,005% — 2,0 мл",
    "нитроглицерин 0,5 мг сублингвально",
    "гепарин 4000 ЕД в/в струйно",
    "ацетилсалициловая кислота 250 мг разжевать",
    "метамизол 50% — 2,0 мл в/м",
    "сальбутамол 2,5 мг через небулайзер",
    "натрия хлорид 0,9% — 400 мл в/в капельно",
    "дексаметазон 8 мг в/в",
    "налоксон 0,4 мг в/в",
    "диазепам 10 мг в/в медленно",
    "транексамовая кислота 1000 мг в/в",
    "тикагрелор 180 мг внутрь",
]
ORGS25 = [
    "ГБУЗ ТО «Областная клиническая больница № 1»",
    "БУ ХМАО — Югры «Окружная клиническая больница»",
    "ГБУЗ НСО «Станция скорой медицинской помощи»",
    "КГБУЗ «Краевая клиническая больница им. проф. С.И. Сергеева»",
    "ГАУЗ СО «Городская больница № 36 „Травматологическая“»",
    "БУЗОО «Городская клиническая больница скорой медицинской помощи № 1»",
    "ОГАУЗ «Томская областная клиническая больница»",
    "ГБУЗ «Челябинская областная клиническая больница»",
    "ГАУЗ «Республиканская клиническая больница им. Н.А. Семашко»",
    "ГБУ РС(Я) «Республиканская больница № 2 — Центр экстренной медицинской помощи»",
    "КГБУЗ «Алтайская краевая клиническая больница»",
    "ГБУЗ МО «Химкинская областная больница»",
]


def _dset(f: dict, key: str, d: dt.date) -> None:
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_1"] = f"{dd}.{m:02d}.{y}"


def fill25(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "d", "s", "e", "h", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))
    f.update(migrant(rng, "m"))
    f.update(migrant(rng, "w", not f["m_male"]))  # the migrant's spouse
    for pre in ("p", "q", "u", "d", "s", "e", "h", "n", "k", "c", "m", "w"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        f[pre + "_ocr"] = ocr(f[pre + "_up"])
        f[pre + "_brk"] = hyphen_break(f[pre])
    f["p_mail"] = mail25(rng, f["p_sur"], f["p_first"])
    f["q_mail"] = mail25(rng, f["q_sur"], f["q_first"])
    f["m_mail"] = mail25(rng, f["m_sur"], f["m_first"])
    f["omail"], f["omail2"] = omail25(rng), omail25(rng)
    # birth dates
    by = rng.randint(1941, 2006)
    _dset(f, "bd", dt.date(by, rng.randint(1, 12), rng.randint(1, 28)))
    f["age"] = str(2026 - by - 1)
    mby = rng.randint(1975, 2006)
    _dset(f, "mbd", dt.date(mby, rng.randint(1, 12), rng.randint(1, 28)))
    f["mage"] = str(2026 - mby - 1)
    cby = rng.randint(2010, 2025)
    _dset(f, "cbd", dt.date(cby, rng.randint(1, 12), rng.randint(1, 28)))
    f["cage"] = str(max(1, 2026 - cby - 1))
    _dset(f, "qbd", dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)))
    f["bdy"] = str(rng.randint(1950, 2004))
    f["vby"] = str(rng.randint(2005, 2008))  # a conscript's year of birth: not labelled
    _dset(f, "vbd", dt.date(int(f["vby"]), rng.randint(1, 12), rng.randint(1, 28)))
    cur = dt.date(2026, 1, 10) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 6):
        _dset(f, f"t{i}", cur)
        cur += dt.timedelta(days=rng.randint(0 if i == 1 else 1, 6))
    _dset(f, "told", dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    _dset(f, "pasd", dt.date(rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    _dset(f, "pexp", dt.date(rng.randint(2027, 2034), rng.randint(1, 12), rng.randint(1, 28)))
    _dset(f, "ord", dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)))
    f["tm"] = [f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(6)]
    for i, t in enumerate(sorted(f.pop("tm")), 1):
        f[f"tm{i}"] = t
    f["dur"] = str(rng.randint(7, 38))
    # addresses
    f["a1"], f["a2"], f["a3"] = addr25(rng), addr25(rng), addr25(rng)
    f["ar"], f["ab"], f["ab2"] = arural25(rng), abroad25(rng), abroad25(rng)
    f["ao"], f["ao2"] = aorg25(rng), aorg25(rng)
    f["abrk"] = abrk25(rng)
    # phones
    f["ph1"], f["ph2"], f["ph3"] = mob25(rng), mob25(rng), mob25(rng)
    f["hs1"], f["hs2"] = haste25(rng), haste25(rng)
    f["gl_l"], f["gl"] = glued25(rng)
    f["phc"], f["phc2"] = city25(rng), city25(rng)
    f["phf"], f["phf2"] = cis25(rng), cis25(rng)
    f["phw"], f["phb"] = said25(rng), brk25(rng)
    f["ext"] = str(rng.randint(100, 499))
    # numbers of a person
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"] = inn12(rng), inn12(rng)
    f["pas"], f["pas2"], f["pas3"] = pas25(rng), pas25(rng), passport(rng)
    f["ctry"], f["fpas"] = cispas25(rng)
    f["ctry2"], f["fpas2"] = cispas25(rng)
    f["bc"] = bcert(rng)
    for key in REC25:
        f["r_" + key] = rec25(rng, key)
        f["r_" + key + "2"] = rec25(rng, key)
    f["pat_ser"] = rng.choice(["77", "50", "72", "86", "66", "54", "25", "27", "74"])
    f["mc_ser"] = rng.choice(["4617", "4619", "4621", "4623", "4625", "4626"])
    f["r_card_brk"] = brk_rec25(f["r_card"])
    f["r_tr_brk"] = brk_rec25(f["r_tr"])
    # hard negatives
    f["brig"] = shape25(rng, rng.choice(["##", "#", "Б-0#", "##-Р", "##/#"]))
    f["subst"] = str(rng.randint(1, 14))
    f["plate"] = shape(rng, rng.choice(["@ ### @@ ##", "@###@@1##", "@ ### @@ 1##"])).replace(
        "Ы", "А"
    )
    f["board"] = shape25(rng, rng.choice(["0#-###", "###", "##-##"]))
    f["heli"] = shape(rng, rng.choice(["RA-2####", "RA-0####", "RA-6####"]))
    f["flight"] = shape(rng, rng.choice(["ЮТ###", "АУ-##", "SU####"]))
    f["icd1"], f["icd2"], f["icd3"] = rng.sample(ICD25, 3)
    f["art"], f["art2"] = rng.sample(ART25, 2)
    f["order"] = rng.choice(ORDERS25)
    f["drug1"], f["drug2"] = rng.sample(DRUGS25, 2)
    f["org"], f["org2"] = rng.sample(ORGS25, 2)
    f["crim"] = shape(rng, "1260#7#00#0000###")
    f["crim2"] = shape(rng, "1-###/2026")
    f["outno"] = shape25(rng, rng.choice(["##/#-####", "####/##", "##-##/####", "#/###"]))
    f["unit"] = shape25(rng, "#####")
    f["cell"] = str(rng.randint(101, 412))
    f["ward"] = str(rng.randint(1, 30))
    f["ad"] = f"{rng.randint(80, 190)}/{rng.randint(40, 110)}"
    f["hr"], f["rr"] = str(rng.randint(48, 148)), str(rng.randint(12, 34))
    f["spo2"], f["gks"] = str(rng.randint(82, 99)), str(rng.randint(6, 15))
    f["temp"] = f"{rng.randint(35, 39)},{rng.randint(0, 9)}"
    f["glu"] = f"{rng.randint(3, 19)},{rng.randint(0, 9)}"
    f["wt"], f["ht"] = str(rng.randint(48, 118)), str(rng.randint(152, 196))
    f["km"] = str(rng.randint(40, 780))
    f["small"] = str(rng.randint(2, 29))
    f["lic"] = shape25(rng, "Л041-#####-##/#######")
    f["ogrn"] = shape(rng, "1028#########")
    return f


def render25(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape25(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Цыренов Б.А.» ends the sentence: no second dot
    return raw.format_map({**fill25(rng), **extra})


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


# ---------------------------------------------------------------- corpus 25: genres and kinds
# one kind per position: (ID, genre, template); every template is used by one kind only
GENRES25: list[tuple[int, str, str]] = [
    (
        543,
        "карта вызова скорой медицинской помощи (ф. 110/у) с передачей в приёмное отделение",
        """КАРТА ВЫЗОВА СМП № [[R:{r_card}]]   (номер вызова в АДИС [[R:{r_call}]])
Подстанция № {subst}, бригада {brig}, а/м {plate}, борт {board}
Принят [[D:{t1}]] {tm1}, передан бригаде {tm2}, доезд {dur} мин
Пациент: [[P:{p}]], [[B:{bd}]] ({age} лет), адрес вызова: [[A:{a1}]]
Вызывал(а): [[P:{q_io}]] (дочь), тел. [[T:{hs1}]]
Повод: боль в груди. АД {ad}, ЧСС {hr}, SpO2 {spo2} %, ГКС {gks}. ЭКГ: подъём ST. Ds: {icd1}.
Помощь: {drug1}; {drug2}.
Доставлен в {org}, приёмное отделение, передан {tm4} врачу [[P:{e_s}]]; № ИБ [[R:{r_ed}]].
Врач бригады [[P:{d_s}]]""",
    ),
    (
        196,
        "сопроводительный лист фельдшера СМП (ф. 114/у) и отрывной талон из стационара",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ № [[R:{r_card}]] станции (отделения) СМП
[[D:{t1_w}]], бригада № {brig}, время вызова {tm1}, прибытия на место {tm2}
Ф.И.О. больного: [[P:{p}]]; дата рождения [[B:{bd_sh}]]; проживает: [[A:{a1}]]
Полис [[O:{enp}]]; контакт родственника — [[P:{u_io}]], [[T:{ph1}]]
Доставлен в {tm4}; состояние средней тяжести; t {temp} °C, ЧДД {rr}, глюкоза {glu} ммоль/л.
Фельдшер [[P:{s_s}]]
— — — — отрывной талон — — — —
Больной [[P:{p_s}]] доставлен [[D:{t1_sh}]], госпитализирован в отд. хирургии, палата {ward}, ИБ № [[R:{r_ib}]].
Диагноз стационара: {icd2}. Дежурный врач [[P:{e_i}]]""",
    ),
    (
        98,
        "устная передача пациента врачом СМП в шоковый зал, записанная медсестрой (SBAR)",
        """ШОКОВЫЙ ЗАЛ — ПРИЁМ ОТ СМП, [[D:{t2_dm}]] {tm3}
S: мужчина/женщина ~{age} лет, по документам [[P:{p_low}]], д.р. [[B:{bd_1}]], ДТП, ударился о руль
B: вызов [[R:{r_call}]], бригада {brig}, подстанция {subst}; карта [[R:{r_card}]]; на месте с {tm1}
A: АД {ad}, ЧСС {hr}, SpO2 {spo2}, ГКС {gks}; {drug1}
R: КТ всего тела; ранение по {art2}? — сообщить в полицию
Телефон жены записан на перчатке: [[T:{hs1}]] ([[P:{q_io}]]); паспорт [[Q:{pas}]] в куртке.
№ случая приёмного отделения [[R:{r_ed}]]. Принял [[P:{e_s}]], сдал [[P:{d_s}]]""",
    ),
    (
        207,
        "рапорт водителя скорой помощи о ДТП с пациентом на борту",
        """Заведующему подстанцией № {subst}
РАПОРТ
[[D:{t1}]] в {tm2} при транспортировке больной [[P:{p_gen}]] (карта вызова № [[R:{r_card}]]) автомобиль {plate}, бортовой № {board}, на перекрёстке ул. Энгельса и пр-та Мира получил касательный удар от легкового автомобиля. Пострадавших нет, пациентку пересадили в машину бригады {brig}, прибывшую через {dur} мин.
Инспектор ГИБДД [[P:{k_s}]], материал по {art2}.
Водитель СМП [[P:{n_s}]], тел. [[T:{ph2}]]""",
    ),
    (
        521,
        "объяснение заведующего подстанцией СМП по обращению родственника о задержке вызова",
        """{org2}. Подстанция № {subst}
На обращение [[P:{q_gen}]] (вх. № [[R:{r_vh}]] от [[D:{t3}]]), проживающей: [[A:{a2}]], [[E:{q_mail}]]
Вызов к [[P:{p_dat}]], [[B:{bd}]], поступил [[D:{t1_w}]] в {tm1} (№ [[R:{r_call}]]), передан бригаде {brig} в {tm2}; время доезда {dur} мин при нормативе 20 мин — все бригады были на вызовах 1-й категории.
Карта вызова [[R:{r_card}]] проверена, помощь оказана в полном объёме ({drug1}).
По вопросам: [[T:{phc}]] доб. {ext}. Заведующий подстанцией [[P:{h_s}]]""",
    ),
    (
        520,
        "ответ станции скорой помощи на запрос полиции (КУСП) со сведениями о вызове",
        """Начальнику ОП № <<#>> УМВД России по городу
на запрос исх. № {outno} от [[D:{t3}]] (КУСП № [[R:{r_kusp}]] от [[D:{t2}]])
Сообщаем: [[D:{t2_w}]] в {tm2} на станцию поступил вызов № [[R:{r_call}]] по адресу [[A:{a1}]] к [[P:{p_dat}]], [[B:{bd}]]. Вызывал [[P:{u}]] с номера [[T:{ph1}]]. Бригада {brig} прибыла в {tm3}; диагноз {icd1}; доставлен в {org}.
Копия карты вызова № [[R:{r_card}]] прилагается (на 2 л.). Заведующий станцией СМП [[P:{h_s}]]
Исп. [[P:{s_s}]], [[T:{phc}]]""",
    ),
    (
        449,
        "журнал старшего врача станции СМП: передача информации в ЕДДС",
        """ЖУРНАЛ СТАРШЕГО ВРАЧА СМЕНЫ — [[D:{t1}]]
{tm1} ЕДДС: инцидент [[R:{r_eds}]] — возгорание, [[A:{ar}]]; направлены бригады {brig} и <<##>>
{tm2} с места: пострадавший [[P:{p}]], [[B:{bd}]], ожог 30 %, карта [[R:{r_card}]]; второй — без документов, ~40 лет
{tm3} брат пострадавшего [[P:{u_fi}]] — [[T:{phw}]], просит сообщить, куда везут
{tm4} санавиация: заявка [[R:{r_sa}]], вертолёт {heli}, посадочная площадка у ЦРБ
{tm5} сообщено в ЕДДС и оперативному дежурному полиции (КУСП [[R:{r_kusp}]]). Ст. врач [[P:{d_s}]]""",
    ),
    (
        450,
        "телефонограмма старшего врача отделения СМП в полицию о криминальной травме",
        """ТЕЛЕФОНОГРАММА № [[R:{r_notice}]]
[[D:{t1_q}]] {tm3}. Передал: старший врач отделения СМП [[P:{d_s}]]; принял: оперативный дежурный [[P:{k_sp}]]
В {tm2} бригадой {brig} с улицы (у дома: [[A:{a2}]]) доставлен [[P:{p}]], [[B:{bd}]], проживающий: [[A:{a1}]]. Колото-резаная рана грудной клетки ({icd1}). Со слов — ударил знакомый.
Карта вызова [[R:{r_card}]], № ИБ [[R:{r_ed}]]. Зарегистрировано в КУСП под № [[R:{r_kusp}]]. Тел. отделения [[T:{phc}]]""",
    ),
    (
        565,
        "акт старшего фельдшера о передаче вещей и документов доставленного пациента",
        """АКТ приёма-передачи вещей и документов, [[D:{t1}]] {tm4}
Пациент [[P:{p}]] ([[B:{bd}]]), доставлен бригадой {brig}, карта вызова [[R:{r_card}]]
Документы: паспорт [[Q:{pas}]], выдан [[D:{pasd}]]; полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Телефон (заблокирован), на чехле записано «мама [[T:{hs1}]]»; ключи; 1 840 руб.
Передал старший фельдшер [[P:{s_s}]]; принял на хранение [[P:{n_s}]]. Опись в ИБ [[R:{r_ib}]].""",
    ),
    (
        79,
        "осмотр врача приёмного отделения пациента, доставленного бригадой СМП",
        """ПРИЁМНОЕ ОТДЕЛЕНИЕ {org}. Осмотр [[D:{t1}]] {tm3}
[[P:{p}]], [[B:{bd_w}]], доставлен СМП (бригада {brig}, карта [[R:{r_card}]]) из дома: [[A:{a1}]]
Контактное лицо: [[P:{q}]], [[T:{ph1}]]; СНИЛС пациента [[S:{sn}]]; полис [[O:{enp}]]
Жалобы на одышку. АД {ad}, ЧСС {hr}, ЧДД {rr}, t {temp}. Ds: {icd1}.
Госпитализирован в палату {ward}. Медицинская карта стационарного больного № [[R:{r_ed}]].
Врач приёмного отделения [[P:{e_s}]]""",
    ),
    (
        170,
        "выписка медсестры приёмного отделения из журнала отказов в госпитализации для поликлиники",
        """В поликлинику по месту прикрепления ([[A:{ao2}]])
Выписка из журнала отказов в госпитализации
[[D:{t1_dm}]] | {tm2} | [[P:{p_s}]] | д.р. [[B:{bd}]] | доставлен СМП, карта [[R:{r_card}]] | отказ пациента | запись [[R:{r_ed}]]
Рекомендовано: актив участкового врача [[D:{t2_dm}]]; лист отказа подписан, копия — пациенту.
Адрес: [[A:{a1}]], тел. [[T:{gl}]] (со слов)
Медицинская сестра приёмного отделения [[P:{s_s}]]""",
    ),
    (
        179,
        "регистрация неизвестного пациента медрегистратором и его последующая идентификация",
        """РЕГИСТРАЦИЯ — НЕИЗВЕСТНЫЙ № [[R:{r_ed}]] ([[D:{t1}]] {tm1}; СМП, бригада {brig}, карта [[R:{r_card}]])
Мужчина на вид 45–50 лет, без документов, доставлен с остановки.
ИДЕНТИФИКАЦИЯ [[D:{t2}]]: по заявлению [[P:{q_gen}]] ([[T:{ph2}]]) — [[P:{p}]], [[B:{bd}]],
зарегистрирован: [[A:{a1}]]; паспорт [[Q:{pas3}]]; СНИЛС [[S:{sn}]]
Карточка «Неизвестный» объединена с картой [[R:{r_amb}]]; сообщено в ОП (КУСП [[R:{r_kusp}]]).
Медицинский регистратор [[P:{n_s}]]""",
    ),
    (
        16,
        "протокол межгоспитальной транспортировки реанимационного пациента",
        """ПРОТОКОЛ МЕЖГОСПИТАЛЬНОЙ ТРАНСПОРТИРОВКИ № [[R:{r_tr}]]
Откуда: {org2} (ОРИТ) → куда: {org}; расстояние {km} км; реанимобиль {plate}
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{r_ib}]]; Ds {icd1}
{tm1} ИВЛ SIMV, FiO2 60 %, норадреналин 0,2 мкг/кг/мин; АД {ad}, SpO2 {spo2}
{tm3} передан в ОРИТ принимающей стороны, ИБ [[R:{r_ed}]]
Родственник уведомлён: [[P:{u_fi}]], [[T:{ph1}]] ({tm4}).
Анестезиолог-реаниматолог [[P:{d_s}]]; м/с-анестезист [[P:{s_s}]]""",
    ),
    (
        122,
        "запрос хирурга ЦРБ на межбольничный перевод в областную больницу",
        """ЗАПРОС НА ПЕРЕВОД № [[R:{r_tr}]] от [[D:{t2}]]
Из ЦРБ ([[A:{ar}]], тел. [[T:{phc2}]]) в {org}
Больной [[P:{p}]], [[B:{bd}]], ИБ [[R:{r_ib}]], полис [[O:{enp}]]
Ds: {icd1}, состояние после лапаротомии, нарастает полиорганная недостаточность.
Просим перевод; транспортабелен в сопровождении реаниматолога. Ответ — на [[E:{omail}]].
Врач-хирург [[P:{d_s}]], моб. [[T:{ph2}]]""",
    ),
    (
        46,
        "телемедицинская консультация нейрохирурга регионального центра о переводе",
        """ТМК № [[R:{r_tmk}]] · [[D:{t1_iso}]] {tm2} · экстренная
Запрос: {org2}, дежурный врач [[P:{e_s}]], [[T:{ph3}]]
Пациент: [[P:{p_up}]], д.р. [[B:{bd_iso}]], СНИЛС [[S:{sn}]]
КТ: эпидуральная гематома 42 см³, смещение 6 мм; ГКС {gks}; {icd1}
Заключение: показан перевод в нейрохирургию {org}; до перевода — {drug2}.
Заявка на перевод [[R:{r_tr}]] передана в ТЦМК. Консультант — врач-нейрохирург [[P:{d}]]""",
    ),
    (
        97,
        "заявка сердечно-сосудистого хирурга в региональный сосудистый центр на перевод",
        """РСЦ ← ПСО: заявка [[R:{r_tr}]] ([[D:{t1_sh}]] {tm1})
[[P:{p_s}]], [[B:{bd_sh}]]; расслоение аорты тип А? ({icd2}); АД {ad}
Перевод согласован: сердечно-сосудистый хирург [[P:{d_s}]] ([[T:{ph1}]]); бригада СМП {brig}, транспорт {km} км
Жена — [[P:{q_io}]], тел [[T:{hs2}]], поедет следом.
ИБ ПСО [[R:{r_ib}]]; в РСЦ № случая [[R:{r_ed}]]""",
    ),
    (
        62,
        "заявка врача по авиационной медицине на санитарно-авиационную эвакуацию",
        """САНИТАРНАЯ АВИАЦИЯ — ЗАЯВКА [[R:{r_sa}]]
Дата/время: [[D:{t1}]] {tm2}; воздушное судно {heli} (Ми-8 АМТ), борт {board}, вылет {tm3}
Пациент: [[P:{p}]], [[B:{bd}]], [[A:{ar}]]; масса {wt} кг
Ds {icd1}; ИВЛ; сопровождение — врач [[P:{d_s}]]
Посадка: вертолётная площадка ОКБ; приём — {org}, ИБ [[R:{r_ed}]]
Родственники: [[P:{q}]], [[T:{ph1}]]. Диспетчер ТЦМК [[P:{n_s}]], [[T:{phc}]]""",
    ),
    (
        334,
        "письмо главного врача ЦРБ в территориальный центр медицины катастроф о санавиации",
        """Директору ТЦМК
исх. № {outno} от [[D:{t1}]]
Прошу организовать санитарно-авиационную эвакуацию [[P:{p_gen}]], [[B:{bd}]] (полис [[O:{enp}]]), находящ{p_ei} в ОРИТ ЦРБ по адресу [[A:{ar}]], в {org}. Наземная транспортировка невозможна ({km} км, паводок).
Ранее подана заявка [[R:{r_sa}]]; ТМК [[R:{r_tmk}]].
Контакт: дежурный реаниматолог [[P:{d_s}]], [[T:{ph2}]]; [[E:{omail}]]
Главный врач [[P:{h_s}]]""",
    ),
    (
        47,
        "лист транспортировки новорождённого реанимационно-консультативным центром",
        """РКЦ — ТРАНСПОРТИРОВКА НОВОРОЖДЁННОГО № [[R:{r_tr}]]
Ребёнок [[P:{c}]] (мать — [[P:{q}]], [[B:{qbd}]]), родился [[D:{t1}]] в {tm1}, масса 1840 г, 33 нед.
Свидетельство о рождении: ещё не выдано; мед. свидетельство о рождении № [[R:{r_ib}]]
Кувез-транспортный, реанимобиль {plate}; SpO2 {spo2}, ЧСС {hr}
Передан в ОРИТН {org}, ИБ [[R:{r_ed}]]; отец — [[P:{u_io}]], [[T:{ph1}]]
Врач-неонатолог [[P:{d_s}]]""",
    ),
    (
        13,
        "перевод роженицы из родильного отделения ЦРБ в перинатальный центр",
        """ПЕРЕВОДНОЙ ЭПИКРИЗ (в перинатальный центр), [[D:{t2}]]
[[P:{q}]], [[B:{qbd}]], обменная карта [[R:{r_amb}]], ИБ [[R:{r_ib}]]
Адрес: [[A:{a1}]]; муж — [[P:{u_fi}]], [[T:{ph1}]]; паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Беременность 31 нед., преэклампсия; АД {ad}; сульфат магния 25 % 20 мл
Заявка в акушерский дистанционный консультативный центр [[R:{r_tmk}]]; транспорт — бригада {brig}
Врач-акушер-гинеколог [[P:{d_s}]]""",
    ),
    (
        130,
        "судовой врач: радиограмма о медицинской эвакуации моряка",
        """RADIOGRAM / РАДИОГРАММА — т/х «Капитан Гончаров», IMO 9<<######>>
TO: ТЦМК Приморского края, [[E:{omail}]]
[[D:{t1_dm}]] {tm2} UTC+10. Моряк [[P:{p_up}]], DOB [[B:{bd}]], паспорт моряка [[Q:МК <<#######>>]]
Ds {icd1}; боли в животе 14 ч, t {temp}; {drug1}
Просим эвакуацию в порт Владивосток; заявка [[R:{r_sa}]]. Связь: спутниковый [[T:+870 77<<#######>>]]
Ship's doctor [[P:{d_s}]]""",
    ),
    (
        109,
        "лист медицинского освидетельствования призывника врачом-терапевтом призывной комиссии",
        """ЛИСТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ — терапевт
Призывник [[P:{p_up}]], [[B:{vbd}]]; личное дело № [[R:{r_ld}]]
Военный комиссариат, [[A:{ao}]]; заседание призывной комиссии [[D:{t3}]], протокол № <<##>>
Жалоб нет. Рост {ht} см, масса {wt} кг, АД {ad}, ЧСС {hr}.
Диагноз: здоров. Категория годности: А. Показатель предназначения 1.
Тел. призывника [[T:{gl}]], мать — [[P:{q_io}]], [[T:{ph2}]]
Врач-терапевт [[P:{d_s}]], в/ч {unit} не указана""",
    ),
    (
        45,
        "заключение невролога по направлению военного комиссариата на обследование",
        """В военный комиссариат (исх. № {outno} от [[D:{t1}]])
по направлению № [[R:{r_vkref}]] от [[D:{t1}]]
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о состоянии здоровья гражданина
[[P:{p}]], [[B:{vbd}]] г. р., проживающ{p_ei}: [[A:{a1}]]; СНИЛС [[S:{sn}]]
Обследован амбулаторно [[D:{t2}]]–[[D:{t3}]]: ЭЭГ, МРТ головного мозга.
Диагноз: мигрень без ауры, частые приступы (G43.0). Амбулаторная карта [[R:{r_amb}]].
Врач-невролог [[P:{d_s}]], печать. Для ВВК: ст. 24 п. "в" Расписания болезней.""",
    ),
    (
        81,
        "ответ психиатра на запрос военкомата о состоянии призывника на учёте",
        """Военному комиссару (на запрос исх. № {outno}, вх. № [[R:{r_vh}]] от [[D:{t2}]])
Гражданин [[P:{p}]], [[B:{vbd}]], личный номер не присвоен, личное дело призывника [[R:{r_ld}]],
на диспансерном наблюдении у психиатра не состоит / состоял с [[D:{told}]] по [[D:{t1}]] (F43.2), снят с выздоровлением.
Адрес регистрации: [[A:{a1}]].
Врач-психиатр участковый [[P:{d_s}]]; тел. диспансера [[T:{phc}]]""",
    ),
    (
        114,
        "акт исследования состояния здоровья травматологом-ортопедом для ВВК",
        """АКТ ИССЛЕДОВАНИЯ СОСТОЯНИЯ ЗДОРОВЬЯ № [[R:{r_vvk}]]
Направлен военным комиссариатом: направление [[R:{r_vkref}]] от [[D:{t1}]]; в/ч {unit}
[[P:{p}]], [[B:{vbd}]], военный билет [[R:{r_mid}]], личный номер [[R:{r_pers}]]
Паспорт [[Q:{pas}]]. Стационар {org} с [[D:{t2}]] по [[D:{t4}]], ИБ [[R:{r_ib}]]
Ds: плоскостопие III степени, артроз таранно-ладьевидных суставов (M21.4).
Травматолог-ортопед [[P:{d_s}]]; начальник отделения [[P:{h_s}]]""",
    ),
    (
        54,
        "результат офтальмологического обследования по направлению военкомата",
        """Рез-т обследования по напр. ВК № [[R:{r_vkref}]]
[[P:{p_s}]] ([[B:{vbd}]]), ЛД [[R:{r_ld}]]
Visus OD 0,1 sph −7,0 = 1,0; OS 0,08 sph −7,5 = 0,9; ПЗО 26,4 / 26,7 мм
Ds: миопия высокой степени обоих глаз (H52.1). ст. 34 Расписания болезней.
Дата [[D:{t2_sh}]]; каб. {ward}. Врач-офтальмолог [[P:{d_s}]]. Копия — в военный комиссариат, [[A:{ao}]]""",
    ),
    (
        90,
        "выписка из свидетельства о болезни ВВК для лечащего пульмонолога",
        """ВЫПИСКА из свидетельства о болезни № [[R:{r_svb}]] (протокол ВВК № [[R:{r_vvk}]] от [[D:{t3}]])
Военнослужащий по контракту [[P:{p}]], [[B:{bd}]], личный номер [[R:{r_pers}]], в/ч {unit}
Диагноз: бронхиальная астма, среднетяжёлое течение (J45.1), ст. 52 п. "б".
Категория годности: В. Направлен(а) по месту жительства: [[A:{a1}]].
Пульмонолог для наблюдения: [[P:{d}]], [[T:{phc}]]. Председатель ВВК [[P:{h_s}]]""",
    ),
    (
        119,
        "справка фтизиатра об отсутствии туберкулёза для получения патента иностранным гражданином",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии туберкулёза № [[R:{r_cert}]]
Иностранный гражданин: [[P:{m}]] ([[P:{m_lat}]]), [[B:{mbd}]], гражданство: {ctry}
Паспорт [[Q:{fpas}]], выдан [[D:{pasd}]]; ИНН [[I:{inn2}]]; миграционная карта серия {mc_ser} № [[R:{r_mc}]]
Флюорография [[D:{t1}]] № [[R:{r_hiv}]]: без патологии. Диаскинтест отрицательный.
Туберкулёз не выявлен. Действительно 3 месяца. Врач-фтизиатр [[P:{d_s}]]""",
    ),
    (
        87,
        "медицинское заключение нарколога о наличии (отсутствии) наркомании у иностранного гражданина",
        """ЗАКЛЮЧЕНИЕ о наличии (отсутствии) заболевания наркоманией № [[R:{r_cert}]] от [[D:{t2}]]
Ф.И.О.: [[P:{m}]]; латиницей: [[P:{m_lat3}]]; дата рождения [[B:{mbd_w}]]
Документ: национальный паспорт ({ctry}) [[Q:{fpas}]]; ИНН [[I:{inn}]]
Место пребывания: [[A:{a3}]]; тел. [[T:{ph1}]]
ХТИ мочи: опиаты, каннабиноиды, амфетамины — не обнаружены (направление [[R:{r_hiv2}]]).
Наркомания не выявлена. Врач-психиатр-нарколог [[P:{d_s}]]""",
    ),
    (
        24,
        "сертификат дерматовенеролога об отсутствии инфекционных заболеваний у мигранта",
        """СЕРТИФИКАТ № [[R:{r_cert}]] (об отсутствии инфекционных заболеваний: сифилис, лепра, хламидиоз)
[[P:{m_up}]] / [[P:{m_lat}]], д/р [[B:{mbd_sh}]], {ctry}, паспорт [[Q:{fpas}]], ИНН [[I:{inn}]]
Патент: серия {pat_ser} № [[R:{r_pat}]] (продление); миграционная карта [[R:{mc_ser} {r_mc}]]
РМП отриц., осмотр кожи — без патологии. Дата [[D:{t1_1}]].
Врач-дерматовенеролог [[P:{d_s}]]; медцентр {org2}, лицензия {lic}""",
    ),
    (
        33,
        "сертификат инфекциониста об отсутствии ВИЧ-инфекции у иностранного гражданина",
        """СЕРТИФИКАТ об обследовании на ВИЧ-инфекцию № [[R:{r_hiv}]]
Выдан [[P:{m_dat}]], [[B:{mbd}]], гражданство {ctry}, документ [[Q:{fpas}]]
Адрес в РФ: [[A:{a3}]]; на родине: [[A:{ab}]]
ИФА от [[D:{t1}]]: антитела к ВИЧ 1,2 и антиген p24 не обнаружены (образец [[R:{r_hiv2}]]).
Врач-инфекционист [[P:{d_s}]]; [[E:{omail}]]""",
    ),
    (
        40,
        "направление в лабораторию медицинского освидетельствования иностранных граждан",
        """НАПРАВЛЕНИЕ № [[R:{r_cert2}]]   Дата [[D:{t1_sh}]]
ФИО (лат.): [[P:{m_lat3}]]   ФИО: [[P:{m}]]   д.р. [[B:{mbd}]]
Паспорт: [[Q:{fpas}]] ({ctry}); ВНЖ/РВП — нет; ИНН [[I:{inn}]]
Исследования: ВИЧ (ИФА), RW, ХТИ мочи, общий анализ крови.
Контакт работодателя: ИП [[P:{n_s}]], [[T:{ph2}]]; моб. мигранта [[T:{phf}]]
Врач-лаборант [[P:{d_s}]]. Пробирки: ЭДТА, сыворотка — шкаф 3.""",
    ),
    (
        94,
        "протокол флюорографии иностранного гражданина для миграционного центра",
        """ФЛЮОРОГРАФИЯ № [[R:{r_hiv}]]; [[D:{t1}]] {tm2}
[[P:{m_s}]], [[B:{mbd}]], {ctry}; документ [[Q:{fpas}]]; ИНН [[I:{inn}]]
Доза 0,04 мЗв; аппарат ФМЦ-НП серийный № 2<<####>>
Заключение: лёгкие и сердце без видимой патологии.
Сведения переданы в МВД по патенту [[R:{pat_ser}-{r_pat}]]. Врач-рентгенолог [[P:{d_s}]]""",
    ),
    (
        350,
        "журнал медицинского осмотра лиц, поступающих в изолятор временного содержания",
        """ИВС № <<#>> — МЕДИЦИНСКИЙ ОСМОТР ПРИ ПОСТУПЛЕНИИ, [[D:{t1}]]
{tm2} [[P:{p}]], [[B:{bd}]], камера № {cell}, протокол задержания по {art}; КУСП [[R:{r_kusp}]]
Телесные повреждения: ссадины лба, кровоподтёк левого плеча (со слов — при задержании).
АД {ad}, ЧСС {hr}, t {temp}. Жалоб нет. Медицинская карта ИВС [[R:{r_mk}]].
{tm4} [[P:{m_s}]] ({ctry}, паспорт [[Q:{fpas}]]) — здоров. Брат: [[T:{phf}]]
Заведующий здравпунктом — фельдшер [[P:{s_s}]]""",
    ),
    (
        195,
        "справка фельдшера о невозможности содержания задержанного в ИВС и вызов СМП",
        """СПРАВКА № [[R:{r_notice}]]
Задержанный [[P:{p}]], [[B:{bd_sh}]], личное дело № [[R:{r_ldz}]], камера {cell},
по состоянию здоровья ({icd1}, глюкоза {glu} ммоль/л, ГКС {gks}) не может содержаться в ИВС.
[[D:{t2}]] {tm3} вызвана СМП (бригада {brig}, карта [[R:{r_card}]]), конвой — ОП № <<#>>.
Сообщено адвокату [[P:{n_s}]] ([[T:{ph1}]]) и следователю [[P:{k_s}]].
Фельдшер [[P:{s_s}]]""",
    ),
    (
        82,
        "ответ участкового психиатра на запрос следователя о психиатрическом учёте",
        """Следователю СО по Центральному району СУ СК России [[P:{k_sp}]]
на запрос исх. № {outno} от [[D:{t3}]] по уголовному делу № {crim} ({art})
Сообщаю: [[P:{p}]], [[B:{bd}]], зарегистрирован{p_a} по адресу [[A:{a1}]], на диспансерном наблюдении у врача-психиатра не состоит; обращался за консультативной помощью [[D:{told}]] (карта [[R:{r_amb}]]).
Запрос зарегистрирован под вх. № [[R:{r_vh}]]. Врач-психиатр участковый [[P:{d_s}]], [[T:{phc}]]""",
    ),
    (
        106,
        "извещение судебно-психиатрического эксперта о поступлении подэкспертного из СИЗО",
        """ЦЕНТР СУДЕБНОЙ ПСИХИАТРИИ — поступление на стационарную СПЭ, [[D:{t2}]]
Подэкспертный [[P:{p}]], [[B:{bd}]], доставлен конвоем из СИЗО-<<#>>, личное дело [[R:{r_ldz}]]
Основание: постановление следователя [[P:{k_s}]] от [[D:{t1}]], уголовное дело № {crim2} ({art})
Медицинская карта подэкспертного [[R:{r_mk}]]; срок 30 дней; отделение {ward}
Мать — [[P:{q}]], [[T:{hs2}]]; защитник — [[P:{n_s}]]. Эксперт-докладчик [[P:{d_s}]]""",
    ),
    (
        110,
        "направление медицинской части СИЗО в больницу ФСИН с конвоированием",
        """МЕДИЦИНСКАЯ ЧАСТЬ № <<#>> ФКУЗ МСЧ-<<##>> ФСИН России
НАПРАВЛЕНИЕ на госпитализацию, [[D:{t3}]]
Подследственный [[P:{p}]], [[B:{bd}]], личное дело [[R:{r_ldz}]], камера № {cell}; медкарта [[R:{r_mk}]]
СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
Ds: {icd1}; нуждается в стационарном лечении. Конвоирование — по {order} от [[D:{ord}]].
Врач-терапевт [[P:{d_s}]]; начальник медчасти [[P:{h_s}]]""",
    ),
    (
        105,
        "направление трупа на судебно-медицинскую экспертизу и заключение эксперта",
        """НАПРАВЛЕНИЕ на судебно-медицинское исследование трупа № [[R:{r_body}]]
Труп [[P:{p_gen}]], [[B:{bd}]], обнаружен [[D:{t1}]] по адресу [[A:{a1}]]; КУСП [[R:{r_kusp}]]
Направил: участковый уполномоченный [[P:{k_s}]], тел. [[T:{ph2}]]; проверка по {art}
Доставлен в морг {tm3}, рег. № трупа [[R:{r_body2}]]; опознан сыном [[P:{u_ins}]] ([[T:{hs1}]]).
ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № [[R:{r_sme}]] от [[D:{t3}]]: смерть от {icd1}; этанол в крови 3,1 ‰.
Врач — судебно-медицинский эксперт [[P:{d_s}]]""",
    ),
    (
        57,
        "извещение патологоанатома о передаче тела на судебно-медицинскую экспертизу",
        """ИЗВЕЩЕНИЕ № [[R:{r_notice}]] о передаче тела для СМЭ, [[D:{t2}]]
Умерш{p_ii} [[P:{p}]], [[B:{bd}]], ИБ [[R:{r_ib}]], отделение {ward}; смерть [[D:{t1}]] в {tm2}
Основание: подозрение на насильственную смерть (травма, {icd2}); вскрытие в ПАО не проводилось.
Сообщено в ОП: КУСП [[R:{r_kusp}]]; родственник — [[P:{q}]], [[T:{ph1}]], [[E:{q_mail}]]
Тело передано в Бюро СМЭ ([[A:{ao2}]]) по направлению [[R:{r_body}]]. Врач-патологоанатом [[P:{d_s}]]""",
    ),
    (
        349,
        "справка судебного эксперта-химика о результатах исследования по запросу следователя",
        """СПРАВКА о результатах химико-токсикологического исследования № [[R:{r_sme}]]
к направлению № [[R:{r_body}]] от [[D:{t1}]]; уголовное дело № {crim}
Объект: кровь и моча от трупа [[P:{p_gen}]], [[B:{bd}]]
Обнаружено: морфин 0,32 мкг/мл, 6-МАМ; этанол не обнаружен.
Исследование окончено [[D:{t3}]]. Судебный эксперт-химик [[P:{d_s}]]; следователь [[P:{k_s}]], [[T:{ph2}]]""",
    ),
    (
        113,
        "сообщение токсиколога в полицию об отравлении и выписка по КУСП",
        """СООБЩЕНИЕ в ОМВД о поступлении пострадавшего (отравление), [[D:{t1}]] {tm2}
[[P:{p}]], [[B:{bd}]], [[A:{a1}]]; доставлен СМП (карта [[R:{r_card}]]); ИБ [[R:{r_ed}]]
Ds: {icd1}; {drug2}. Со слов матери [[P:{q_gen}]] ([[T:{hs1}]]) — «угостили в компании».
Принял сообщение [[P:{k_s}]], КУСП № [[R:{r_kusp}]].
ВЫПИСКА по запросу ([[D:{t4}]], вх. [[R:{r_vh}]]): выписан [[D:{t3}]], ХТИ — метадон. Врач-токсиколог [[P:{d_s}]]""",
    ),
    (
        99,
        "ответ врача-статистика на запрос полиции о факте обращения за медпомощью",
        """исх. № {outno}, [[D:{t4}]]
Начальнику ОМВД (на запрос № {outno} от [[D:{t3}]], вх. № [[R:{r_vh}]], материал КУСП [[R:{r_kusp}]])
По данным МИС: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], обращал{p_sya} в травмпункт [[D:{t1}]] в {tm3}: ушибленная рана головы ({icd2}); № амб. карты [[R:{r_amb}]].
Сведения о побоях по {art2} направлены [[D:{t1}]].
Врач-статистик [[P:{d_s}]], [[T:{phc}]] доб. {ext}""",
    ),
    (
        561,
        "реестр медицинского статистика: ответы на запросы правоохранительных органов за неделю",
        """РЕЕСТР ОТВЕТОВ НА ЗАПРОСЫ (неделя по [[D:{t5}]])
п/п | вх. №        | орган        | о ком               | КУСП / дело          | ответ
1   | [[R:{r_vh}]] | ОП № <<#>>     | [[P:{p_s}]]          | [[R:{r_kusp}]]        | [[D:{t2_dm}]]
2   | [[R:{r_vh2}]] | СО СК       | [[P:{n_s}]]          | {crim}   | [[D:{t3_dm}]]
3   | [[R:{r_vkref}]] | военкомат | [[P:{u_s}]]          | —                    | [[D:{t4_dm}]]
Медицинский статистик [[P:{s_s}]], [[E:{omail}]]""",
    ),
    (
        70,
        "выписка врача по МСЭ из ИПРА для Социального фонда",
        """В отделение СФР по [[A:{ao2}]]
ВЫПИСКА из ИПРА инвалида № [[R:{r_ipra}]] к протоколу проведения МСЭ № [[R:{r_mse}]] от [[D:{t1}]]
[[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], адрес: [[A:{a1}]]
Группа инвалидности II, причина: общее заболевание; срок — до [[D:{t5}]].
ТСР: кресло-коляска с ручным приводом (7-01-01), противопролежневый матрац; санаторно-курортное лечение — не нуждается.
Врач по МСЭ [[P:{d_s}]]; тел. бюро [[T:{phc}]]""",
    ),
    (
        513,
        "ответ руководителя бюро МСЭ на запрос СФР о программе реабилитации",
        """Руководителю клиентской службы СФР (на запрос исх. № {outno} от [[D:{t2}]], вх. [[R:{r_vh}]])
Бюро № <<#>> — филиал ФКУ «ГБ МСЭ по Тюменской области»
Сообщаем: [[P:{p_dat}]], [[B:{bd}]], СНИЛС [[S:{sn}]], разработана ИПРА [[R:{r_ipra}]] (акт МСЭ [[R:{r_mse}]] от [[D:{t1}]]); изменения в ИПРА от [[D:{t3}]] — ТСР «подгузники» исключены по заявлению.
Электронный сертификат на ТСР: [[R:ЭС <<##########>>]].
Руководитель бюро — врач по МСЭ [[P:{h_s}]], [[T:{phc}]]""",
    ),
    (
        519,
        "отчёт врача физической и реабилитационной медицины о выполнении мероприятий ИПРА",
        """ОТЧЁТ о выполнении мероприятий по медицинской реабилитации (к ИПРА [[R:{r_ipra}]])
[[P:{p}]], [[B:{bd_w}]], полис [[O:{enp}]]
Период: [[D:{t1}]] — [[D:{t3}]]; отделение медреабилитации {org}, ИБ [[R:{r_ib}]]
ШРМ 4 → 3; индекс Бартел 45 → 70; ходьба с тростью 40 м.
Направлено в СФР и бюро МСЭ. Врач ФРМ [[P:{d_s}]], [[E:{omail}]]""",
    ),
    (
        72,
        "направление на МСЭ (ф. 088/у) врача по медицинской реабилитации при переводе",
        """НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (ф. 088/у) № [[R:{r_mse}]]
Дата выдачи [[D:{t3}]]; первичное; в стационаре (перевод из {org2})
1. [[P:{p}]]  2. [[B:{bd}]]  3. СНИЛС [[S:{sn}]]  4. паспорт [[Q:{pas2}]]; ИНН [[I:{inn}]]
5. Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; законный представитель — [[P:{q}]], [[T:{ph2}]]
Ds: {icd1}, последствия. ИБ [[R:{r_ib}]]. ВК протокол № [[R:{r_vvk}]].
Врач по медицинской реабилитации [[P:{d_s}]]""",
    ),
    (
        108,
        "заключение сурдолога-протезиста для СФР на слуховой аппарат по электронному сертификату",
        """ЗАКЛЮЧЕНИЕ врача-сурдолога-протезиста (для СФР), [[D:{t2}]]
[[P:{c}]], [[B:{cbd}]] ({cage} лет); свидетельство о рождении [[C:{bc}]]; СНИЛС [[S:{sn2}]]
Законный представитель: [[P:{q}]], [[T:{ph1}]]
Аудиограмма: 65 дБ справа, 70 дБ слева — тугоухость III ст. (H90.3).
Рекомендован: слуховой аппарат заушный супермощный ×2 (21-01-...); ИПРА [[R:{r_ipra}]].
Врач-сурдолог-протезист [[P:{d_s}]]""",
    ),
    (
        527,
        "акт обследования социальным работником условий жизни пациента перед выпиской",
        """АКТ обследования условий жизнедеятельности, [[D:{t2}]]
Гражданин [[P:{p}]], [[B:{bd}]], одинок, проживает: [[A:{a1}]] (2-й этаж, без лифта)
Выписка из {org} [[D:{t3}]], ИБ [[R:{r_ib}]]; ИППСУ [[R:{r_mse}]]
Родственники: племянница [[P:{q_fi}]], [[T:{ph2}]] (в другом городе).
Социальный работник [[P:{s_s}]], [[T:{phc}]]""",
    ),
    (
        516,
        "письмо специалиста по социальной работе о переводе одинокого пациента в дом-интернат",
        """В управление социальной защиты населения, [[A:{ao2}]]
исх. № {outno} от [[D:{t3}]]
Просим рассмотреть вопрос о стационарном социальном обслуживании [[P:{p_gen}]], [[B:{bd}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], зарегистрированн{p_omu} по адресу [[A:{ar}]]. После перевода из ОРИТ ({icd1}) нуждается в постороннем уходе.
Личное дело получателя соцуслуг [[R:{r_ld}]]. Контакт: специалист по социальной работе [[P:{s_s}]], [[T:{ph1}]], [[E:{omail}]]""",
    ),
    (
        59,
        "извещение участкового педиатра органу опеки о ребёнке, оставшемся без присмотра",
        """В орган опеки и попечительства, [[A:{ao2}]]
ИЗВЕЩЕНИЕ № [[R:{r_notice}]] от [[D:{t2}]]
При активном посещении [[D:{t1}]] ребёнок [[P:{c}]], [[B:{cbd}]], свидетельство о рождении [[C:{bc}]], находился дома один; мать [[P:{q}]] ([[T:{hs1}]]) госпитализирована СМП (карта [[R:{r_card}]]).
Адрес: [[A:{a1}]]. Бабушка — [[P:{n_io}]], [[T:{ph2}]].
Врач-педиатр участковый [[P:{d_s}]]""",
    ),
    (
        165,
        "акт патронажной медсестры о посещении семьи и сообщение в опеку",
        """АКТ ПАТРОНАЖА, [[D:{t1_w}]]
Ребёнок: [[P:{c}]], [[B:{cbd_sh}]]; св-во о рожд. [[C:{bc}]]; полис [[O:{enp2}]]; мать — [[P:{q}]], [[B:{qbd}]]
Адрес: [[A:{abrk}]]
В квартире холодно, детское питание отсутствует, мать в состоянии опьянения.
Сообщено: в опеку (тел. [[T:{phc}]]), в ПДН (КУСП [[R:{r_kusp}]]). Медицинская сестра патронажная [[P:{s_s}]]""",
    ),
    (
        139,
        "заключение медицинского психолога по запросу органа опеки",
        """Начальнику отдела опеки (запрос исх. № {outno} от [[D:{t1}]], вх. [[R:{r_vh}]])
ЗАКЛЮЧЕНИЕ медицинского психолога
[[P:{c}]], [[B:{cbd}]] ({cage} лет), свидетельство о рождении [[C:{bc}]], находится в отделении с [[D:{t2}]] (ИБ [[R:{r_ib}]]).
Привязанность к матери [[P:{q_dat}]] сохранена; опекун — [[P:{u}]], [[T:{ph1}]].
Медицинский психолог [[P:{d_s}]], [[E:{omail}]]""",
    ),
    (
        28,
        "сообщение детского хирурга в полицию и опеку о травме ребёнка",
        """СООБЩЕНИЕ о поступлении ребёнка с травмой, [[D:{t1}]] {tm3}
[[P:{c}]], [[B:{cbd}]]; доставлен(а) СМП (карта [[R:{r_card}]]) с адреса: [[A:{a2}]]
Свидетельство о рождении [[C:{bc}]]. Ds: {icd2}, множественные кровоподтёки разной давности. ИБ [[R:{r_ed}]].
Законный представитель: [[P:{u}]], паспорт [[Q:{pas}]], тел. [[T:{gl}]].
КУСП [[R:{r_kusp}]]; уведомление в опеку [[R:{r_notice}]]. Детский хирург [[P:{d_s}]]""",
    ),
    (
        127,
        "экстренное извещение эпидемиолога о переводе больного туберкулёзом мигранта",
        """ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (ф. 058/у) № [[R:{r_notice}]]
[[P:{m}]], [[B:{mbd}]], {ctry}, паспорт [[Q:{fpas}]]; патент [[R:{pat_ser} {r_pat}]]
Ds: A15.0, бактериовыделитель; переведён в противотуберкулёзный диспансер [[D:{t2}]], ИБ [[R:{r_ib}]].
Место работы: стройка, [[A:{a3}]]; контакты — жена [[P:{w}]], [[T:{phf}]].
Передано в Роспотребнадзор [[D:{t2}]] {tm3}. Врач-эпидемиолог [[P:{d_s}]]""",
    ),
    (
        32,
        "перевод вахтовика здравпунктом месторождения в больницу с санавиацией",
        """ЗДРАВПУНКТ (месторождение, куст <<##>>) → ЦРБ, [[D:{t1}]]
Работник [[P:{p_up}]], [[B:{bd}]], табельный № [[R:{r_ld2}]]; вахта с [[D:{told}]]
{tm1} травма кисти (S62.3), кровотечение остановлено; {drug1}
Заявка санавиации [[R:{r_sa}]], борт {heli}, рейс {flight} отменён.
ИНН работника [[I:{inn}]]; жена — [[P:{q_io}]], [[T:{phw}]]
Врач здравпункта [[P:{d_s}]], спутн. [[T:+870 77<<#######>>]]""",
    ),
    (
        352,
        "вызов заведующим ФАП бригады СМП к жителю отдалённой деревни",
        """ФАП [[A:{ar}]] — ЖУРНАЛ ВЫЗОВОВ, [[D:{t1_dm}]]
{tm1} вызов к [[P:{p_dat}]] ({age} лет), [[B:{bd}]]: слабость в правых конечностях, АД {ad}
{tm2} передано в ССМП, вызов [[R:{r_call}]]; бригада {brig} из райцентра ({km} км)
{tm4} передан бригаде, карта [[R:{r_card}]]. Сын — [[P:{u_fi}]], [[T:{ph2}]]
СНИЛС пациента [[S:{sn}]]; ИНН [[I:{inn}]]
Заведующий ФАП — фельдшер [[P:{s_s}]]""",
    ),
    (
        74,
        "перевод паллиативного пациента из стационара в хоспис",
        """ПЕРЕВОДНОЙ ЭПИКРИЗ в хоспис ([[A:{ao2}]])
[[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]; ИБ [[R:{r_ib}]]
Ds: {icd1}, IV стадия. Обезболивание: {drug1}; рецепт № [[R:{r_ldz}]].
Перевод [[D:{t3}]] санитарным транспортом. Доверенное лицо — [[P:{q}]], [[T:{ph1}]], [[E:{q_mail}]]
Врач по паллиативной медицинской помощи [[P:{d_s}]]""",
    ),
    (
        225,
        "журнал провизора: выдача наркотического средства бригаде СМП и возврат ампул",
        """ЖУРНАЛ — наркотические средства для выездных бригад, [[D:{t1}]]
бригада {brig} | морфин 1 % 1 мл ×2, серия 0<<#####>> | выдано {tm1} | возврат {tm4}: 1 амп. пустая
использовано: карта вызова [[R:{r_card}]], пациент [[P:{p_s}]] ([[B:{bd}]])
Провизор [[P:{s_s}]], получил [[P:{d_s}]]""",
    ),
    (
        343,
        "служебная записка главной медсестры об утрате документов пациента при переводе",
        """Главному врачу. СЛУЖЕБНАЯ ЗАПИСКА от [[D:{t3}]]
При переводе [[P:{p_gen}]] ([[B:{bd}]]) из {org2} [[D:{t2}]] не получены: паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]].
Сопроводительный лист [[R:{r_tr}]]; родственница [[P:{q_fi}]] ([[T:{hs2}]]) оповещена.
Главная медицинская сестра [[P:{h_s}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ID: NAME, as in 1.2.643.5.1.13.13.11.1002 v9.6
POSITIONS25: dict[int, str] = {
    543: "Врач выездной бригады скорой медицинской помощи",
    196: "Фельдшер скорой медицинской помощи",
    98: "Врач скорой медицинской помощи",
    207: "Водитель скорой медицинской помощи",
    521: "Заведующий подстанцией скорой медицинской помощи",
    520: "Заведующий станцией скорой медицинской помощи",
    449: "Старший врач станции скорой медицинской помощи",
    450: "Старший врач отделения скорой медицинской помощи",
    565: "Старший фельдшер",
    79: "Врач приемного отделения",
    170: "Медицинская сестра приемного отделения",
    179: "Медицинский регистратор",
    16: "Врач-анестезиолог-реаниматолог",
    122: "Врач-хирург",
    46: "Врач-нейрохирург",
    97: "Врач-сердечно-сосудистый хирург",
    62: "Врач по авиационной и космической медицине",
    334: "Главный врач медицинской организации",
    47: "Врач-неонатолог",
    13: "Врач-акушер-гинеколог",
    130: "Судовой врач",
    109: "Врач-терапевт",
    45: "Врач-невролог",
    81: "Врач-психиатр",
    114: "Врач-травматолог-ортопед",
    54: "Врач-офтальмолог",
    90: "Врач-пульмонолог",
    119: "Врач-фтизиатр",
    87: "Врач-психиатр-нарколог",
    24: "Врач-дерматовенеролог",
    33: "Врач-инфекционист",
    40: "Врач-лаборант",
    94: "Врач-рентгенолог",
    350: "Заведующий здравпунктом - фельдшер",
    195: "Фельдшер",
    82: "Врач-психиатр участковый",
    106: "Врач - судебно-психиатрический эксперт",
    110: "Врач-терапевт участковый",
    105: "Врач - судебно-медицинский эксперт",
    57: "Врач-патологоанатом",
    349: "Судебный эксперт-химик",
    113: "Врач-токсиколог",
    99: "Врач-статистик",
    561: "Медицинский статистик",
    70: "Врач по медико-социальной экспертизе",
    513: "Руководитель бюро - врач по медико-социальной экспертизе",
    519: "Врач физической и реабилитационной медицины",
    72: "Врач по медицинской реабилитации",
    108: "Врач-сурдолог-протезист",
    527: "Социальный работник",
    516: "Специалист по социальной работе",
    59: "Врач-педиатр участковый",
    165: "Медицинская сестра патронажная",
    139: "Медицинский психолог",
    28: "Врач - детский хирург",
    127: "Врач-эпидемиолог",
    32: "Врач здравпункта",
    352: "Заведующий фельдшерско-акушерским пунктом - фельдшер",
    74: "Врач по паллиативной медицинской помощи",
    225: "Провизор",
    343: "Главная медицинская сестра",
}


VERSION_WORDS19 = ("ПО", "версия", "версии", "SW", "Ver.", "прошивка", "Software Version")

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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS19):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 25's extra self-check: no CIS passport shape is left unlabelled
CISPAS25 = re.compile(r"(?<![\w-])(?:[A-Z]{1,2} ?\d{7,8}|4\d{8}|5\d{8})(?![\w-])")


def check25(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in CISPAS25.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])


def kind_of(pid: int, genre: str) -> str:
    name = POSITIONS25[pid]
    return f"{name} (Должности мед. и фарм. работников, 1.2.643.5.1.13.13.11.1002 v9.6, ID {pid}): {genre}"


def source_of(pid: int) -> str:
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1002 v9.6 (Должности медицинских и фармацевтических "
        f"работников), ID {pid}, NAME «{POSITIONS25[pid]}»"
    )


TEMPLATES = GENRES25


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    pids = [t[0] for t in TEMPLATES]
    assert len(pids) == len(set(pids)), "one kind per position"
    assert set(pids) == set(POSITIONS25), "every position listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(p, g) for p, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for pid, genre, template in TEMPLATES:
            doc = build(
                render25(rng, template, {"position": POSITIONS25[pid]}),
                kind_of(pid, genre),
                source_of(pid),
                f"blind25_{len(docs):04d}",
            )
            check(doc)
            check25(doc)
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
