"""Write ``independent18.jsonl``: the eighteenth blind corpus, 2026-12-06 — the paperwork of
medical specialties about one patient.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``) or any de-identifier on this corpus. Of ``bench/text_deid.py`` only
the module docstring and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half``
were meant to be read, to wire the corpus in, and ``blind_half`` was imported once, to count
the halves. Slip, said here so that nobody takes this corpus for blinder than it is: the
``sed`` that printed ``blind_half`` printed the 23 lines after it too — the whole of
``target_check`` (which names ``EVAL_TYPES``, ``PERFECT_TYPES``, ``TARGET_RECALL`` and
``TARGET_PRECISION``, without their values) and the first four lines of ``corpora`` (the
``dev`` and ``heldout`` sections built by ``generate``); nothing in them names a recognizer's
rule, and no template was written to aim at them. ``write_independent1``–``16`` were not
opened; the ``kind`` values of ``independent*.jsonl`` (corpora 1–17) were listed by a scratch
script only to avoid them (compared case-insensitively, none is among them; ``build_all``
asserts the kinds are unique), and that script printed one ``source`` line of corpus 14 (it
names this directory among its sources). From ``write_independent17.py`` its docstring, its
generic helpers and a part of its templates were read; only the file format, the labelling
rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and the generic
helpers were taken. **Copied verbatim from corpus 17** (which had them from corpora 13–15):
the declension (``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``),
SNILS/ENP/INN check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``,
``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``,
``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum helpers (one change:
``check`` reads ``NOT_DATES18``, empty here, where 17's read ``NOT_DATES17``), ``serialize``
and ``main``. **Written fresh for corpus 18**: the name lists (Russian, Ukrainian,
Belarusian, Polish, Baltic, German, Jewish, Greek, Armenian, Georgian, Azerbaijani, Tatar,
Bashkir, Yakut, Buryat, Kalmyk, Tuvan, Khakas, Adyghe, Kabardian, Dagestani, Ingush,
Kazakh, Uzbek, Tajik, Kyrgyz, Turkmen, Moldovan, Gagauz and Korean surnames and first
names, foreign patients, short forms of first names for chats, ``years18`` for ages), the
towns, streets, microdistricts, villages, stanitsas, khutors, auls and kozhuuns of the
Volga, the Black Earth, the South and Crimea, Eastern Siberia, Moscow and Saint Petersburg
(``addr18`` and friends: letters, inflected, two lines, home visits, rural, ASR words,
organisations), phones (``mob18``, ``city18``, ``local18``, ``brk18``, ``spoken_phone18``),
e-mails, passports (``pas18``, ``pas_long18``), every record number (``REC18``, ``split18``,
``ocr18``, ``uuid18``, ``rec_words18``), the hard negatives, the organisations, every
template and ``build_all``.

**Kinds from a real source.** Each kind is one specialty of the federal NSI directory
«Номенклатура специальностей специалистов, имеющих медицинское и фармацевтическое
образование» (OID 1.2.643.5.1.13.13.11.1066, version 5.4, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1066_5.4_part1``; ``ID``, ``NAME``,
``PARENT``, ``REL`` and ``DATEOUT`` as its ``_passport`` describes them; 75 entries with REL
1, 69 under PARENT 0 «Врачебные специальности» and 6 under 204 «Средний медицинский
персонал», no NAME used twice) in one genre of paperwork that a specialist of that
specialty writes or receives about one patient (consultation notes and conclusions,
referrals, letters to a GP, tumour boards and commissions, home visits and patronage,
telemedicine requests and answers, school, kindergarten, camp, employer, military and
sports certificates, flight and diving admissions, registry extracts, messenger and e-mail
exchanges between doctors and with parents, patients' complaints and replies, handovers,
dictated notes with speech-recognition errors, forms scanned with OCR damage). The kind is
«NAME (Номенклатура специальностей, 1.2.643.5.1.13.13.11.1066 v5.4, ID N): GENRE»; the
``source`` names the directory entry. One specialty and one template per kind (no template
is shared).

Emphasis: RECORD numbers of one patient in the paperwork of specialties (consultation,
referral, case-history and outpatient-card numbers, protocols of boards and commissions,
telemedicine request IDs and UUIDs, certificate numbers, registry and dispensary numbers,
ЭЛН, ВМП tickets, МСЭ acts, ИПРА, notices, samples; without «№», after English labels
«Request ID», «Our ref», «Accession No.», «Patient ID», «MPI», split across lines, with
letters, slashes, years and dashes, dictated digit by digit, OCR-damaged); ADDRESSES as
people write them in such letters (without street-type words, «мкр.», «кв-л», «корп.»,
«стр.», «лит.», rural settlements, postal codes first or last, region first or last, from
the flat outwards, inflected after «проживает в», on two lines, home-visit addresses
followed by entrance, floor and intercom code, in ASR words); PERSONS — the patient and the
doctors, nurses, relatives, representatives and officials — in every case, surname with
initials before or after, name and patronymic, Latin transliteration, upper case, lower case
(ASR), OCR-damaged, hyphen-broken, first name or its short form in a chat; hard negatives
typical for specialties (eponyms of diseases, signs, tests, scales, formulas, methods and
operations, scores, drug names and doses, ICD-10, ATC and service codes, orders of the
Ministry «приказ № 203н» (their dates are DATE), clinical guideline IDs «КР 396_3»,
treatment protocols, rooms, wards and offices, devices, their models and serials, lots,
tooth numbers, court and criminal case numbers, aircraft registrations and flights).

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

Judgement calls added for corpus 18 (new; written while the templates were written, before
any document was generated for the last time and before any de-identifier ran — none ever
ran on this corpus; they apply the rules above):

* (new) A home-visit address: the ADDRESS span ends at the flat (at the house when there is
  no flat); «подъезд 3, этаж 7», «вход со двора», «лифт не работает», «домофон 45» and a
  door-phone code «45В1234» after it stay outside and are not labelled (corpus 15: a
  door-phone code is not labelled).
* (new) A short form of a first name used in a chat to address a colleague or written for a
  parent («Лена», «Костя», «Даша») is PERSON (corpus 14: a bare first name); so is a
  foreign colleague's or patient's first name alone after «Уважаемый». A surname broken
  across two lines with a hyphen in a scan («Зильб-\\nерман Д.С.») is one PERSON span that
  contains the hyphen and the line break (as a broken address or phone, corpus 12).
* (new) The number of a document of one person is RECORD_ID (corpus 10's driving licences):
  a personal medical book (личная медицинская книжка), a diver's personal book, a pilot's
  licence, a conscript's personal file, a flight crew member's medical certificate (ВЛЭК)
  and a diver's admission.
* (new) A dental laboratory's work order (заказ-наряд) for one patient's prosthesis is
  RECORD_ID (corpus 13: a number given to one patient's order); the invoice's number stays
  unlabelled (corpus 10).
* (new) An IT helpdesk incident («INC4278677») is not labelled (a ticket of the
  organisation's service, not a document of the patient); the patient's MPI, card and
  SEMD numbers in it are RECORD_ID; of an ISO timestamp «2026-01-30T13:28:05Z» only the
  date is DATE.
* (new) An employer's request about one worker keeps its own number unlabelled (an
  organisation's outgoing number, corpus 10); the incoming number the dispensary gives to it
  («наш вх. № 2159») is RECORD_ID (corpus 15's rule for requests, applied to an employer). A
  ministry's covering letter «На № 34-07/7170» stays unlabelled.
* (new) The own number of a document about one person or one case is RECORD_ID (corpus 11's
  notices, acts and conclusions): a sanitary-hygienic characteristic of one worker's
  working conditions (СГХ), a notice of a preliminary or final occupational diagnosis, an
  adverse drug reaction report, an adverse-event (fall) report, an emergency notice (ф.
  058/у) and the epidemiological investigation card of one case, the request for final
  disinfection of one patient's home, the act of inspection of one person's living
  conditions, a telephonogram about one patient, a dispatched ECG's transmission number.
* (new) A medical genetic consultation's family code (шифр семьи), a recipient's search ID
  in a donor registry and a patient's entry in a registry of ostomy patients, of patients on
  biologics, of the 14 ВЗН, of heart failure, of hearing loss, of diabetes or of
  tuberculosis are RECORD_ID (corpus 14 and 15: registry entries of one patient).
* (new) Not labelled: eponyms of diseases, signs, tests, scales, formulas, methods and
  operations («симптом Щеткина–Блюмберга», «опыт Вебера», «проба Манту», «шкала Морсе»,
  «по Кокрофту–Голту», «по Бобату», «операция Гартмана», «по Сатерленду», «номограмма
  Румака–Мэтью»), written in lower case by ASR too («симптом ласега», «болезнь
  паркинсона»); a consensus named after a town («Маастрихт VI»); clinical guideline IDs
  («КР 396_3»), treatment protocols («ALL-MB 2015»), ATC codes, ТСР codes («21-01-01»), a
  contingent code («код контингента 118»), MO codes, registries of accounts, a
  pharmacy's waiting-list position, personnel orders («№ 392-ОД», corpus 10) — the dates of
  orders and laws are DATE (corpus 14's rules).

After the first generation the documents were read and fixed for grammar and plausibility
(cases after «Дана», ages and their words, sexes of roles, pupils' and workers' birth
years) and for a surname («Вебер») that was also an eponym used as a negative («опыт
Вебера»); no labelling rule changed, and no span was moved to suit anything but these rules.
Once the halves had been counted (``blind_half``, the kinds only), birth certificates,
passports and an INN were added to six templates of the test half (which had none or few
of them) and five spans were dropped from five templates of the dev half, to keep every
type in both halves and the corpus within 4,000 spans; the final halves were counted by the
same rule restated in a scratch script (it gave the import's counts on the earlier file);
no de-identifier's output was seen before or after.

Run: ``.venv/bin/python bench/text_corpus/write_independent18.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent18.jsonl"
SEED = 1820261206
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

# ---------------------------------------------------------------- people (fresh for corpus 18)
# The Volga, the Black Earth, the South, the two capitals and Eastern Siberia, and their
# neighbours; male base forms (``decl_surname`` makes the rest). No surname here is an
# eponym used below as a hard negative.
SURNAMES = [
    "Полозов",
    "Щербаков",
    "Агафонов",
    "Селиверстов",
    "Кондратьев",
    "Журавлёв",
    "Тихомиров",
    "Пономарёв",
    "Сазонов",
    "Фролов",
    "Горбунов",
    "Ефимов",
    "Калинин",
    "Рябинин",
    "Сорокин",
    "Черкасов",
    "Шубин",
    "Крылов",
    "Коваленко",
    "Ткачук",
    "Мельничук",
    "Бойко",
    "Кравец",
    "Гончаренко",
    "Пилипенко",
    "Яковчик",
    "Гурло",
    "Мицкевич",
    "Ермакович",
    "Залеский",
    "Ясинский",
    "Тамм",
    "Озолс",
    "Каминскас",
    "Бутенас",
    "Кёниг",
    "Шмидт",
    "Гофман",
    "Келлер",
    "Майер",
    "Гольдберг",
    "Розенталь",
    "Левитан",
    "Зильберман",
    "Георгиади",
    "Спиридониди",
    "Григорян",
    "Манукян",
    "Арутюнян",
    "Варданян",
    "Айрапетян",
    "Джапаридзе",
    "Кипиани",
    "Квирикашвили",
    "Мамедов",
    "Алиев",
    "Гусейнов",
    "Рзаев",
    "Сафин",
    "Галиев",
    "Файзуллин",
    "Хабибуллин",
    "Мухаметшин",
    "Байбулатов",
    "Давлетшин",
    "Винокуров",
    "Слепцов",
    "Местников",
    "Дамдинов",
    "Цыренов",
    "Будаев",
    "Доржиев",
    "Жамсаранов",
    "Аюшеев",
    "Убушаев",
    "Манджиев",
    "Эрдниев",
    "Монгуш",
    "Ооржак",
    "Куулар",
    "Ондар",
    "Чебодаев",
    "Тюкпеев",
    "Майнагашев",
    "Тхагапсоев",
    "Шогенов",
    "Карданов",
    "Хуаде",
    "Рамазанов",
    "Эминов",
    "Аджиев",
    "Евлоев",
    "Мальсагов",
    "Байжанов",
    "Кенжебаев",
    "Эргашев",
    "Хамидов",
    "Шарипов",
    "Давлатов",
    "Осмонов",
    "Алыбаев",
    "Бердыев",
    "Чобану",
    "Гуцу",
    "Стояногло",
    "Тян",
    "Лим",
    "Кан",
]
M_FIRST = [
    "Андрей",
    "Виктор",
    "Григорий",
    "Евгений",
    "Константин",
    "Максим",
    "Михаил",
    "Никита",
    "Олег",
    "Степан",
    "Антон",
    "Валерий",
    "Владимир",
    "Игорь",
    "Леонид",
    "Матвей",
    "Остап",
    "Ян",
    "Томас",
    "Яков",
    "Бато",
    "Баир",
    "Аюр",
    "Саян",
    "Айдыс",
    "Чингис",
    "Мерген",
    "Булат",
    "Марат",
    "Ильнур",
    "Тагир",
    "Азамат",
    "Мурат",
    "Ахмед",
    "Магомед",
    "Хасан",
    "Арам",
    "Вахтанг",
    "Ильгар",
    "Данияр",
    "Жасур",
    "Айбек",
    "Фирдавс",
]
F_FIRST = [
    "Елена",
    "Татьяна",
    "Светлана",
    "Ирина",
    "Наталья",
    "Галина",
    "Людмила",
    "Валентина",
    "Оксана",
    "Полина",
    "Дарья",
    "Ксения",
    "Евгения",
    "Вера",
    "Зинаида",
    "Маргарита",
    "Тамара",
    "Лариса",
    "Регина",
    "Эльвира",
    "Гульнара",
    "Лилия",
    "Туяна",
    "Саяна",
    "Сэсэг",
    "Долгор",
    "Айлана",
    "Анаит",
    "Тамила",
    "Лейла",
    "Мадина",
    "Зарема",
    "Динара",
    "Алсу",
    "Дильноза",
    "Илона",
    "Инга",
    "Марта",
    "Эвелина",
    "Бируте",
]
PAT_STEMS = [
    "Александров",
    "Владимиров",
    "Григорьев",
    "Иванов",
    "Константинов",
    "Максимов",
    "Михайлов",
    "Сергеев",
    "Анатольев",
    "Васильев",
    "Леонидов",
    "Игорев",
    "Дмитриев",
    "Фёдоров",
    "Семёнов",
    "Тагиров",
    "Маратов",
    "Булатов",
    "Баиров",
    "Цыренов",
    "Доржиев",
    "Арамов",
    "Вахтангов",
    "Ахмедов",
    "Хасанов",
    "Данияров",
    "Жасуров",
    "Саянов",
    "Яковлев",
    "Томасов",
    "Ильгаров",
]
FOREIGN = [
    ("Сингх", "Радж", True),
    ("Бауэр", "Лукас", True),
    ("Хоссейни", "Махмуд", True),
    ("Тран", "Минь", True),
    ("Оконкво", "Нгози", False),
    ("Чэнь", "Ли На", False),
    ("Перейра", "Ана", False),
    ("Диалло", "Амината", False),
]
INDECL_FIRST = {
    "Бато",
    "Сэсэг",
    "Долгор",
    "Анаит",
    "Алсу",
    "Бируте",
    "Минь",
    "Нгози",
    "Ли На",
    "Ана",
    "Амината",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign colleagues in Latin, without «Dr.» (templates write it outside the span)
FOREIGN_LAT18 = [
    "Hannah Lindqvist",
    "Marco Bellini",
    "Ayse Demir",
    "Rafael Ortega",
    "Priya Nair",
    "Lukas Novak",
    "Yuki Tanaka",
    "Samir Khoury",
]
# short forms of first names, as colleagues and relatives write them in chats
DIM18 = {
    "Елена": "Лена",
    "Татьяна": "Таня",
    "Светлана": "Света",
    "Ирина": "Ира",
    "Наталья": "Наташа",
    "Галина": "Галя",
    "Людмила": "Люда",
    "Валентина": "Валя",
    "Полина": "Поля",
    "Дарья": "Даша",
    "Ксения": "Ксюша",
    "Евгения": "Женя",
    "Зинаида": "Зина",
    "Маргарита": "Рита",
    "Тамара": "Тома",
    "Лариса": "Лара",
    "Эльвира": "Эля",
    "Гульнара": "Гуля",
    "Лилия": "Лиля",
    "Виктор": "Витя",
    "Григорий": "Гриша",
    "Евгений": "Женя",
    "Константин": "Костя",
    "Максим": "Макс",
    "Михаил": "Миша",
    "Степан": "Стёпа",
    "Антон": "Антоша",
    "Валерий": "Валера",
    "Владимир": "Володя",
    "Леонид": "Лёня",
    "Яков": "Яша",
    "Андрей": "Андрюша",
    "Олег": "Олежка",
}


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


# ---------------------------------------------------------------- corpus 18: places (fresh)
# The Volga, the Black Earth, the South and Crimea, Eastern Siberia; Moscow and Saint
# Petersburg apart (``MSK18``, ``SPB18``).
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS18 = [
    ("г. Самара", "в г. Самаре", "Самара", "Самарская область", "Самарская обл.", "443", "846"),
    ("г. Тольятти", "в г. Тольятти", "Тольятти", "Самарская область", "Сам. обл.", "445", "8482"),
    ("г. Саратов", "в г. Саратове", "Саратов", "Саратовская область", "Сарат. обл.", "410", "8452"),
    (
        "г. Энгельс",
        "в г. Энгельсе",
        "Энгельс",
        "Саратовская область",
        "Саратовская обл.",
        "413",
        "8453",
    ),
    (
        "г. Волгоград",
        "в г. Волгограде",
        "Волгоград",
        "Волгоградская область",
        "Волгогр. обл.",
        "400",
        "8442",
    ),
    (
        "г. Астрахань",
        "в г. Астрахани",
        "Астрахань",
        "Астраханская область",
        "Астрах. обл.",
        "414",
        "8512",
    ),
    (
        "г. Нижний Новгород",
        "в г. Нижнем Новгороде",
        "Нижний Новгород",
        "Нижегородская область",
        "Нижегор. обл.",
        "603",
        "831",
    ),
    (
        "г. Дзержинск",
        "в г. Дзержинске",
        "Дзержинск",
        "Нижегородская область",
        "Нижегородская обл.",
        "606",
        "8313",
    ),
    ("г. Киров", "в г. Кирове", "Киров", "Кировская область", "Кировская обл.", "610", "8332"),
    ("г. Пенза", "в г. Пензе", "Пенза", "Пензенская область", "Пенз. обл.", "440", "8412"),
    (
        "г. Ульяновск",
        "в г. Ульяновске",
        "Ульяновск",
        "Ульяновская область",
        "Ульян. обл.",
        "432",
        "8422",
    ),
    (
        "г. Оренбург",
        "в г. Оренбурге",
        "Оренбург",
        "Оренбургская область",
        "Оренб. обл.",
        "460",
        "3532",
    ),
    (
        "г. Белгород",
        "в г. Белгороде",
        "Белгород",
        "Белгородская область",
        "Белгор. обл.",
        "308",
        "4722",
    ),
    ("г. Курск", "в г. Курске", "Курск", "Курская область", "Курская обл.", "305", "4712"),
    ("г. Тамбов", "в г. Тамбове", "Тамбов", "Тамбовская область", "Тамб. обл.", "392", "4752"),
    (
        "г. Краснодар",
        "в г. Краснодаре",
        "Краснодар",
        "Краснодарский край",
        "Краснодарский кр.",
        "350",
        "861",
    ),
    (
        "г. Новороссийск",
        "в г. Новороссийске",
        "Новороссийск",
        "Краснодарский край",
        "КК",
        "353",
        "8617",
    ),
    (
        "г. Ростов-на-Дону",
        "в г. Ростове-на-Дону",
        "Ростов-на-Дону",
        "Ростовская область",
        "Рост. обл.",
        "344",
        "863",
    ),
    (
        "г. Таганрог",
        "в г. Таганроге",
        "Таганрог",
        "Ростовская область",
        "Ростовская обл.",
        "347",
        "8634",
    ),
    ("г. Майкоп", "в г. Майкопе", "Майкоп", "Республика Адыгея", "Адыгея", "385", "8772"),
    ("г. Элиста", "в г. Элисте", "Элиста", "Республика Калмыкия", "Калмыкия", "358", "84722"),
    ("г. Симферополь", "в г. Симферополе", "Симферополь", "Республика Крым", "Крым", "295", "3652"),
    (
        "г. Красноярск",
        "в г. Красноярске",
        "Красноярск",
        "Красноярский край",
        "Красноярский кр.",
        "660",
        "391",
    ),
    ("г. Абакан", "в г. Абакане", "Абакан", "Республика Хакасия", "Хакасия", "655", "3902"),
    ("г. Кызыл", "в г. Кызыле", "Кызыл", "Республика Тыва", "Тыва", "667", "39422"),
    ("г. Иркутск", "в г. Иркутске", "Иркутск", "Иркутская область", "Ирк. обл.", "664", "3952"),
    (
        "г. Ангарск",
        "в г. Ангарске",
        "Ангарск",
        "Иркутская область",
        "Иркутская обл.",
        "665",
        "3955",
    ),
    ("г. Улан-Удэ", "в г. Улан-Удэ", "Улан-Удэ", "Республика Бурятия", "Бурятия", "670", "3012"),
    ("г. Чита", "в г. Чите", "Чита", "Забайкальский край", "Забайк. край", "672", "3022"),
]
# street: with its type, bare (as people write it)
STREETS18 = [
    ("ул. Ново-Садовая", "Ново-Садовая"),
    ("ул. Чапаева", "Чапаева"),
    ("пр-т Кирова", "пр. Кирова"),
    ("ул. Рабочая", "Рабочая"),
    ("ул. Большая Горная", "Б. Горная"),
    ("ул. Степана Разина", "Ст. Разина"),
    ("ул. Красная", "Красная"),
    ("ул. Партизанская", "Партизанская"),
    ("ул. 50 лет ВЛКСМ", "50 лет ВЛКСМ"),
    ("ул. Мичурина", "Мичурина"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ул. Фрунзе", "Фрунзе"),
    ("пр-т Мира", "пр. Мира"),
    ("ул. Дзержинского", "Дзержинского"),
    ("ул. Бограда", "Бограда"),
    ("ул. Байкальская", "Байкальская"),
    ("ул. Смолина", "Смолина"),
    ("бул. Победы", "б-р Победы"),
    ("ул. 2-я Линейная", "2-я Линейная"),
    ("пр-д Энергетиков", "пр-д Энергетиков"),
    ("ул. Ставропольская", "Ставропольская"),
    ("ул. Северная", "Северная"),
]
# microdistricts and quarters (a house number follows)
MKR18 = [
    "мкр. Юбилейный",
    "мкр. Солнечный",
    "4-й мкр.",
    "мкр. Северный",
    "мкр. Университетский",
    "мкр-н Зелёная Роща",
    "12 мкр",
    "84 квартал",
    "кв-л 207",
]
# village: with type, locative (after «в»), district, region, postal code
RURAL18 = [
    ("ст-ца Пластуновская", "ст-це Пластуновской", "Динской р-н", "Краснодарский край", "353210"),
    ("х. Ленина", "х. Ленина", "Аксайский р-н", "Ростовская обл.", "346703"),
    ("аул Кошехабль", "ауле Кошехабль", "Кошехабльский р-н", "Республика Адыгея", "385400"),
    ("с. Иволгинск", "с. Иволгинск", "Иволгинский р-н", "Республика Бурятия", "671050"),
    ("рп Листвянка", "рп Листвянка", "Иркутский р-н", "Иркутская обл.", "664520"),
    ("с. Сарыг-Сеп", "с. Сарыг-Сеп", "Каа-Хемский кожуун", "Республика Тыва", "668400"),
    ("с. Таштып", "с. Таштып", "Таштыпский р-н", "Республика Хакасия", "655740"),
    ("пгт Безенчук", "пгт Безенчук", "Безенчукский р-н", "Самарская обл.", "446250"),
    ("с. Дубовый Умёт", "с. Дубовом Умёте", "Волжский р-н", "Самарская обл.", "443530"),
    ("р.п. Татищево", "р.п. Татищево", "Татищевский р-н", "Саратовская обл.", "412170"),
    ("с. Красный Яр", "с. Красный Яр", "Красноярский р-н", "Астраханская обл.", "416150"),
    ("рп Ерзовка", "рп Ерзовка", "Городищенский р-н", "Волгоградская обл.", "403010"),
    (
        "с. Большое Мурашкино",
        "с. Большое Мурашкино",
        "Большемурашкинский м.о.",
        "Нижегородская обл.",
        "606360",
    ),
    ("пгт Кумёны", "пгт Кумёны", "Кумёнский р-н", "Кировская обл.", "613400"),
    ("с. Бессоновка", "с. Бессоновке", "Бессоновский р-н", "Пензенская обл.", "442780"),
    ("с. Шарлык", "с. Шарлык", "Шарлыкский р-н", "Оренбургская обл.", "461450"),
    ("п. Ракитное", "п. Ракитное", "Ракитянский р-н", "Белгородская обл.", "309310"),
    ("с. Троицкое", "с. Троицком", "Целинный р-н", "Республика Калмыкия", "359300"),
    ("с. Перевальное", "с. Перевальном", "Симферопольский р-н", "Республика Крым", "297550"),
    ("пгт Агинское", "пгт Агинское", "Агинский р-н", "Забайкальский край", "687000"),
    ("пгт Шушенское", "пгт Шушенское", "Шушенский р-н", "Красноярский край", "662710"),
    (
        "ст-ца Старочеркасская",
        "ст-це Старочеркасской",
        "Аксайский р-н",
        "Ростовская обл.",
        "346720",
    ),
    ("д. Кузьминки", "д. Кузьминки", "Тамбовский м.о.", "Тамбовская обл.", "392501"),
]
RURAL_ST18 = [
    "Красная",
    "Октябрьская",
    "Набережная",
    "Школьная",
    "Молодёжная",
    "Степная",
    "Почтовая",
    "Гагарина",
    "Пролетарская",
    "Кооперативная",
]
# Moscow and Saint Petersburg: street with type, bare, postal prefix
MSK18 = [
    ("ул. Профсоюзная", "Профсоюзная", "117"),
    ("Варшавское ш.", "Варшавское ш.", "117"),
    ("ул. Вешняковская", "Вешняковская", "111"),
    ("Ленинский пр-т", "Ленинский пр-т", "119"),
    ("ул. Генерала Белобородова", "Ген. Белобородова", "125"),
    ("Каширское ш.", "Каширское ш.", "115"),
    ("ул. Академика Янгеля", "Ак. Янгеля", "117"),
]
SPB18 = [
    ("Лиговский пр.", "Лиговский пр.", "191"),
    ("ул. Бухарестская", "Бухарестская", "192"),
    ("пр. Просвещения", "пр. Просвещения", "194"),
    ("наб. Обводного канала", "наб. Обводного кан.", "190"),
    ("ул. Купчинская", "Купчинская", "192"),
    ("Загородный пр.", "Загородный пр.", "191"),
]
ORG_ST18 = [
    "ул. Тухачевского",
    "ул. Больничный городок",
    "пр-т Карла Маркса",
    "ул. Медгородок",
    "ул. Пирогова",
    "ул. Ленинградская",
    "ул. Бакинская",
    "ул. Сакко и Ванцетти",
]
# streets for addresses in ASR words (lower case, as a recognizer writes them)
ASR_ST18 = ["ново-садовая", "чапаева", "красная", "партизанская", "мичурина", "фрунзе", "северная"]


def _t18(rng: random.Random) -> tuple:
    return rng.choice(TOWNS18)


def _hk18(rng: random.Random) -> tuple[str, int, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.25:
        h += rng.choice(["а", "Б", "/1", "в"])
    return h, rng.randint(1, 240), rng.randint(1, 5)


def _capital18(rng: random.Random) -> str:
    h, k, korp = _hk18(rng)
    h = h.rstrip("аБв/1") or "7"
    if rng.random() < 0.5:
        st, bare, idx = rng.choice(MSK18)
        z = idx + f"{rng.randint(0, 999):03d}"
        return rng.choice(
            [
                f"{z}, г. Москва, {st}, д. {h}, корп. {korp}, кв. {k}",
                f"Москва, {bare} {h} к{korp} кв {k}",
                f"г. Москва, г. Зеленоград, корп. {rng.randint(1100, 2030)}, кв. {k}",
                f"г. Москва, {st}, д. {h}, стр. {korp}, кв. {k}",
            ]
        )
    st, bare, idx = rng.choice(SPB18)
    z = idx + f"{rng.randint(0, 999):03d}"
    return rng.choice(
        [
            f"{z}, Санкт-Петербург, {st}, д. {h}, лит. А, кв. {k}",
            f"СПб, {bare} {h}-{korp}-{k}",
            f"г. Санкт-Петербург, {st}, д. {h}, корп. {korp}, стр. 1, кв. {k}",
            f"Санкт-Петербург, пос. Шушары, ул. Первомайская, д. {h}, кв. {k}",
        ]
    )


def addr18(rng: random.Random) -> str:
    """A person's address as people write it in letters (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t18(rng)
    st, bare = rng.choice(STREETS18)
    v, _vl, vdist, vreg, vz = rng.choice(RURAL18)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k, korp = _hk18(rng)
    n = rng.randint(1, 90)
    rs = rng.choice(RURAL_ST18)
    mkr = rng.choice(MKR18)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {mkr}, д. {n}, кв. {k}",
        lambda: f"{bare_t}, {bare}, д. {h}, корп. {korp}, кв. {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {reg_ab}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {rs} {n}, {vdist}, {vreg}, {vz}",
        lambda: f"кв. {k}, д. {h}, {st}, {town}",
        lambda: f"{z} {bare_t} {bare} {h} кв {k}",
        lambda: f"{reg_ab}, {bare_t}, {mkr}, {n}-{k}",
        lambda: _capital18(rng),
        lambda: _capital18(rng),
    ]
    return rng.choice(shapes)()


def aloc18(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on; «в» stays out)."""
    _t, loc, _b, _r, _ra, _i, _c = _t18(rng)
    st, bare = rng.choice(STREETS18)
    _v, vl, vdist, _vr, _vz = rng.choice(RURAL18)
    h, k, korp = _hk18(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl}, {vdist}, ул. {rng.choice(RURAL_ST18)}, {rng.randint(1, 70)}",
            f"{loc[2:]}, {bare} {h}-{k}",
            f"{loc[2:]}, {rng.choice(MKR18)}, д. {rng.randint(1, 40)}, кв. {k}",
            f"г. Москве, {rng.choice(MSK18)[0]}, д. {rng.randint(2, 90)}, корп. {korp}, кв. {k}",
        ]
    )


def abr18(rng: random.Random) -> str:
    """An address spread over two lines (a narrow column, an envelope)."""
    town, _loc, bare_t, reg, _ra, idx, _c = _t18(rng)
    st, _bare = rng.choice(STREETS18)
    v, _vl, vdist, vreg, vz = rng.choice(RURAL18)
    h, k, korp = _hk18(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, корп. {korp}, кв. {k}",
            f"{vreg}, {vdist},\n{v}, ул. {rng.choice(RURAL_ST18)}, д. {rng.randint(1, 70)}",
            f"{st}, {h}-{k},\n{bare_t}, {z}",
            f"{vz}, {v},\n{vdist}",
        ]
    )


def avisit18(rng: random.Random) -> tuple[str, str]:
    """A home-visit address (span ends at the flat) and the way to the door (not labelled)."""
    town, _loc, bare_t, _r, _ra, _i, _c = _t18(rng)
    st, bare = rng.choice(STREETS18)
    h, k, korp = _hk18(rng)
    addr = rng.choice(
        [
            f"{town}, {st}, д. {h}, кв. {k}",
            f"{bare_t}, {bare} {h}-{k}",
            f"{bare_t}, {rng.choice(MKR18)}, д. {rng.randint(1, 40)}, кв. {k}",
            f"{town}, {st}, д. {h}, корп. {korp}, кв. {k}",
            _capital18(rng),
        ]
    )
    p, e = rng.randint(1, 8), rng.randint(1, 16)
    tail = rng.choice(
        [
            f"подъезд {p}, этаж {e}, домофон {k}",
            f"под. {p}, эт. {e}, код домофона {k}В{rng.randint(1000, 9999)}",
            f"{p}-й подъезд, {e} этаж, домофон не работает — звонить на мобильный",
            f"вход со двора, подъезд {p}, этаж {e}, код {rng.randint(100, 999)}#",
            f"подъезд {p}, этаж {e}, лифт не работает",
        ]
    )
    return addr, tail


def arural18(rng: random.Random) -> str:
    v, _vl, vdist, vreg, vz = rng.choice(RURAL18)
    rs, n = rng.choice(RURAL_ST18), rng.randint(1, 90)
    return rng.choice(
        [
            f"{vz}, {vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
            f"{v}, ул. {rs}, {n}",
            f"{vdist}, {v}, {rs}, {n}, кв. {rng.randint(1, 3)}",
            f"{v}, пер. {rs}, д. {n}, {vreg}",
        ]
    )


def aorg18(rng: random.Random) -> str:
    town, _l, bare_t, reg, _ra, idx, _c = _t18(rng)
    st = rng.choice(ORG_ST18)
    n = rng.randint(1, 120)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {town}, {st}, д. {n}",
            f"{reg}, {town}, {st}, {n}, корп. {rng.randint(1, 9)}",
            f"{bare_t}, {st}, {n}, лит. Б",
            f"{st}, {n}, стр. {rng.randint(1, 5)}, {town}, {z}",
        ]
    )


def asr_addr18(rng: random.Random) -> str:
    """An address as a speech recognizer writes it: words, lower case."""
    _t, _l, bare_t, _r, _ra, _i, _c = _t18(rng)
    return (
        f"{bare_t.lower()} улица {rng.choice(ASR_ST18)} дом {cardinal(rng.randint(1, 160))} "
        f"квартира {cardinal(rng.randint(1, 240))}"
    )


# ---------------------------------------------------------------- corpus 18: phones (fresh)
OPS18 = [
    "927",
    "937",
    "917",
    "987",
    "902",
    "908",
    "918",
    "928",
    "938",
    "988",
    "914",
    "924",
    "950",
    "964",
    "983",
    "999",
    "920",
    "930",
    "960",
    "962",
    "978",
    "906",
]
HUND18 = [
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


def words18(n: int) -> str:
    """0..999 in words (nominative), as a recognizer writes a phone's group."""
    if n == 0:
        return "ноль"
    head = HUND18[n // 100]
    rest = cardinal(n % 100) if n % 100 else ""
    return " ".join(w for w in (head, rest) if w)


def _mob18(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS18), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob18(rng: random.Random) -> str:
    op, a, b, c = _mob18(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7({op}){a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a} {b} {c}",
            f"8-{op}-{a}{b}{c}",
            f"+7 {op} {a}{b}{c}",
            f"8 {op} {a} {b}{c}",
            f"+7.{op}.{a}.{b}.{c}",
            f"8 {op}-{a}-{b}-{c}",
            f"+7{op}-{a}-{b}-{c}",
            f"7 {op} {a}{b}{c}",
        ]
    )


def city18(rng: random.Random) -> str:
    capital = rng.random() < 0.15
    code = rng.choice(["495", "499", "812"]) if capital else _t18(rng)[6]
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
            f"8{code}{rest}",
            f"+7 {code} {rest}",
        ]
    )


def local18(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(200, 799)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(2, 6)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]
    )


def brk18(rng: random.Random) -> str:
    op, a, b, c = _mob18(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8 {op} {a}-\n{b}-{c}", f"8-{op}-\n{a}-{b}-{c}"])


def spoken_phone18(rng: random.Random) -> str:
    op, a, b, c = _mob18(rng)
    return rng.choice(
        [
            f"восемь {words18(int(op))} {words18(a)} {words18(b)} {words18(c)}",
            f"плюс семь {words18(int(op))} {words18(a)} {words18(b)} {words18(c)}",
            f"восемь {words18(int(op))} {a}-{b}-{c}",
        ]
    )


MAIL_DOM18 = [
    "mail.ru",
    "yandex.ru",
    "ya.ru",
    "gmail.com",
    "bk.ru",
    "list.ru",
    "icloud.com",
    "rambler.ru",
]
ORG_MAIL18 = [
    "kdo@sokb-samara.ru",
    "priemnaya@gp6-saratov.ru",
    "tmk@rkc-irkutsk.ru",
    "konsilium@onko-krd.ru",
    "pat.konsult@pao-nn.ru",
    "info@perinat-penza.ru",
    "ptd.kirov@mail.ru",
    "buro7@gbmse-orenburg.ru",
    "hsn@kardio-belgorod.ru",
    "obrashcheniya@okb-kursk.ru",
    "registratura@crb-bezenchuk.ru",
    "gibp@revmo-krasnoyarsk.ru",
    "support@mis-region.ru",
]


def mail18(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first.split()[0])
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}{s}",
            f"{s}_{rng.randint(70, 99)}",
            f"{f}.{s}{rng.randint(1, 99)}",
            f"{s}{f[0]}",
            f"{s}-{f[0]}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM18)}"


# ---------------------------------------------------------------- corpus 18: passports (fresh)
OKATO18 = [
    "36",
    "63",
    "18",
    "22",
    "33",
    "56",
    "73",
    "53",
    "12",
    "03",
    "60",
    "14",
    "38",
    "68",
    "45",
    "40",
    "04",
    "25",
    "81",
    "76",
    "95",
    "93",
    "85",
    "79",
    "35",
]


def pas18(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO18), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y} №{n}",
            f"{o}{y}{n}",
        ]
    )


def pas_long18(rng: random.Random) -> str:
    """After «серия»: the series and the number as one span (corpus 14)."""
    o, y, n = rng.choice(OKATO18), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice([f"{o} {y} № {n}", f"{o}{y} номер {n}", f"{o} {y} номер {n}"])


# ---------------------------------------------------------------- corpus 18: record numbers (fresh)
def split18(s: str) -> str:
    """A number broken across two lines (a narrow column of a form)."""
    cut = max(2, len(s) // 2)
    for sep in "-/":
        i = s.find(sep, 2)
        if 0 < i < len(s) - 2:
            cut = i + 1
            break
    return s[:cut] + "\n" + s[cut:]


def ocr18(s: str) -> str:
    """A scanner's confusions in a number: zero read as «О», three as «З», one as «I»."""
    out = s.replace("0", "О", 1).replace("3", "З", 1)
    if out == s:
        out = s.replace("1", "I", 1)
    return out


REC18 = {
    "amb": ["######", "А-######", "#####/@", "ИКП-######", "####-##-26", "26/#####"],
    "ib": ["#####/26", "ИБ-26-#####", "С-#####/26", "#####-Х", "2026/#####"],
    "cons": ["К-2026/#####", "КНС-######", "#####/К", "26-К-####", "CONS-26-#####"],
    "napr": ["НП-26-######", "######-НП", "Н#######", "##/26-#####", "057-26-#####"],
    "vk": ["ВК-###/26", "###/26-ВК", "##-###", "ВК ####", "###"],
    "onk": ["ОК-###/26", "###-К/2026", "МДК-26-####", "ОНК/###"],
    "tmk": ["ТМК-2026-######", "TM26-#####-%%", "RQ-#######", "ТМ/26/#####"],
    "spr": ["###", "С-#####", "####/26", "26-####-С", "##-####"],
    "disp": ["Д-#####", "ДУ-26/####", "###-###-##", "ДН-####"],
    "reg": ["РЕГ-######", "##-#####-Р", "R26-#####", "######"],
    "compl": ["Ж-2026-#####", "ОГ-##-####/26", "ОБ-######", "П-26-####"],
    "emk": ["PAT-########", "ЭМК-########", "P########", "########"],
    "call": ["##-######", "#####", "26/#####", "В-######"],
    "tal": ["##########", "26########", "ТАП-########"],
    "idcase": ["#########", "26#######"],
    "sample": ["########", "%%######", "26-######", "@#######"],
    "study": ["RX26-######", "КТ-26-#####", "######/Р", "MR26######", "ACC########"],
    "hist": ["Г-#####/26", "#####-26", "Б26-####", "ГИ ####/26"],
    "eln": ["9###########", "1###########"],
    "lmk": ["##-##-######", "########", "ЛМК-######"],
    "vlek": ["###/26", "ВЛЭК-####", "ЦВЛЭК-26-###"],
    "mse": ["###.##.##/2026", "####.##.##/26"],
    "msesp": ["#######", "#######"],
    "ipra": ["###.##.##/2026", "####.##.##/2026"],
    "epid": ["###-Э/26", "ЭР-####", "Э-26-###"],
    "izv": ["####", "И-###/26", "##-####"],
    "dez": ["ЗД-####", "####/Д", "ЗО-26-###"],
    "gen": ["МГК-26-###", "###/МГК", "Г-####", "F26-###"],
    "expert": ["###", "###/26", "####-СМО", "###-П"],
    "anon": ["@@-####-##", "###@@##", "@@@-####"],
    "sms": ["%#%-###", "####-##", "@@-####"],
    "stoma": ["СТ-####", "#####/С", "СТМ-26-###"],
    "gibp": ["ГИБП-26-###", "###-РЕВ", "ГБ-#####"],
    "vzn": ["ВЗН-##-#####", "##-######", "14ВЗН-#####"],
    "wait": ["ЛО-2026-####", "ЛОП-###/26", "WL-26-#####"],
    "vmp": ["##.####.#####.###"],
    "hla": ["HLA-26-####", "ГТ-#####", "РДКМ-#####"],
    "dial": ["ГД-####", "Д-###/26", "##-Д"],
    "zn": ["ЗН-#####", "####/ЗТЛ", "З-26-####"],
    "dog": ["ДУ-26/####", "####-П/26", "П-######", "##/####"],
    "rx": ["######", "########"],
    "tgm": ["###", "##-###", "Т-####"],
    "kusp": ["#####", "#####/26", "####"],
    "ld": ["##-####", "Л-#####"],
    "lic": ["#######", "П-######", "CPL-RU-#####"],
    "lkv": ["ЛКВ-#####", "#####-В"],
    "contract": ["МИ-###/26", "##-ББП", "БП-####"],
    "neo": ["##########", "НС-########"],
    "msr": ["#######", "########"],
    "sgh": ["###", "##-###/26", "СГХ-####"],
    "ne": ["НС-####", "###/26-П"],
    "nlr": ["НЛР-26-#####", "######"],
    "semd": ["1.2.643.5.1.13.13.####.##.#######"],
    "portal": ["########", "ЕПГУ-##########", "%%-#######"],
    "akt": ["###", "##/26-А", "АКТ-####"],
    "ippsu": ["####/26", "ИП-#####", "##-####-С"],
    "gto": ["##-##-#######"],
    "trauma": ["Т-#####", "#####/т", "ТП-26-####"],
    "holter": ["ХМ-####", "#####/Х"],
    "vh": ["####", "вх-####", "01-##/####"],
    "rt": ["ЛТ-###/26", "###-ЛТ", "RT26-####"],
}


def rec18(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC18[kind]))


def uuid18(rng: random.Random) -> str:
    h = "0123456789abcdef"
    parts = [8, 4, 4, 4, 12]
    return "-".join("".join(rng.choice(h) for _ in range(n)) for n in parts)


def rec_words18(rng: random.Random) -> str:
    """A card number dictated digit by digit (one span)."""
    names = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    return " ".join(names[rng.randint(0, 9)] for _ in range(rng.randint(5, 7)))


# ---------------------------------------------------------------- corpus 18: organisations (fresh)
ORGS18 = [
    "ГБУЗ СО «Самарская городская клиническая больница № 1 им. Н.И. Пирогова»",
    "ГУЗ «Областная клиническая больница» г. Саратова",
    "ГБУЗ «Волгоградская областная клиническая больница № 1»",
    "ГБУЗ НО «Городская клиническая больница № 13 Автозаводского района»",
    "КОГБУЗ «Кировская областная клиническая больница»",
    "ГБУЗ «Краевая клиническая больница № 2» министерства здравоохранения Краснодарского края",
    "ГАУЗ «Республиканская клиническая больница им. Н.А. Семашко»",
    "ОГАУЗ «Иркутская городская клиническая больница № 1»",
    "КГБУЗ «Краевая клиническая больница» г. Красноярска",
    "ОГБУЗ «Белгородская областная клиническая больница Святителя Иоасафа»",
    "ГБУЗ РК «Республиканская клиническая больница им. Н.А. Семашко» (Симферополь)",
    "ГУЗ «Краевая клиническая больница» (Чита)",
]
CRB18 = [
    "ГБУЗ СО «Безенчукская ЦРБ»",
    "ГУЗ СО «Татищевская РБ»",
    "ГБУЗ АО «Красноярская РБ»",
    "ГБУЗ «Иволгинская ЦРБ»",
    "ГБУЗ РТ «Каа-Хемская ЦКБ»",
    "ГБУЗ РХ «Таштыпская РБ»",
    "КГБУЗ «Шушенская РБ»",
    "ГБУЗ «Агинская окружная больница»",
    "ГБУЗ «Городищенская ЦРБ»",
    "КОГБУЗ «Кумёнская ЦРБ»",
]
GP18 = [
    "ГБУЗ СО «Самарская городская поликлиника № 6»",
    "ГАУЗ «Городская клиническая поликлиника № 2» г. Оренбурга",
    "ОГБУЗ «Городская поликлиника № 8 г. Белгорода»",
    "ГБУЗ РК «Симферопольская поликлиника № 3»",
    "ГБУЗ «Городская поликлиника № 4» г. Пензы",
    "ГУЗ «Городская поликлиника № 9» г. Ульяновска",
    "ОГАУЗ «Иркутская городская поликлиника № 11»",
    "ГБУЗ «Городская поликлиника № 3» г. Краснодара",
]
TOWN_GEN18 = {
    "Самара": "Самары",
    "Саратов": "Саратова",
    "Пенза": "Пензы",
    "Курск": "Курска",
    "Иркутск": "Иркутска",
    "Краснодар": "Краснодара",
    "Киров": "Кирова",
    "Чита": "Читы",
}
DRUGS18 = [
    "бисопролол 5 мг",
    "эналаприл 10 мг × 2",
    "метформин 1000 мг × 2",
    "аторвастатин 40 мг",
    "ривароксабан 20 мг",
    "леветирацетам 500 мг × 2",
    "прегабалин 75 мг × 2",
    "омепразол 20 мг",
    "левотироксин натрия 75 мкг",
    "торасемид 10 мг",
]


def years18(n: int) -> str:
    """An age with its word: «71 год», «72 года», «75 лет»."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


def fillers18(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "d", "e", "h", "m", "n", "k", "r"):
        f.update(person(rng, pre))
    f.update(person(rng, "s", False))  # a nurse, a feldsher, a social worker
    f.update(person(rng, "q", False))  # a woman: patient of her own, mother, daughter, wife
    f.update(person(rng, "w", False))
    f.update(person(rng, "u", True))  # a man: patient of his own, father, son, husband
    f.update(person(rng, "v", True))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "d", "e", "h", "s", "m", "n", "k", "r", "q", "w", "u", "v", "c"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_ka"] = "" if male else "ка"  # пациент{ka}
        f[pre + "_kig"] = "а" if male else "ки"  # у пациент{kig}
        f[pre + "_nik"] = "ник" if male else "ница"  # воспитан{nik}
        f[pre + "_oi"] = "ой" if male else "ая"  # больн{oi}
        f[pre + "_emu"] = "ему" if male else "ей"  # заведующ{emu}, проживающ{emu}
        for case in CASES:
            suf = "" if case == "nom" else "_" + case
            sur_i = f[pre + "_s" + suf].split(" ")[0]
            f[pre + "_sur" + suf] = sur_i
            f[pre + "_fn" + suf] = f[pre + "_fi" + suf][: -len(sur_i) - 1]
        first = f[pre + "_first"]
        f[pre + "_dim"] = DIM18.get(first, first)
        sur_l = lat(f[pre + "_sur"]).capitalize()
        first_l = " ".join(lat(w).capitalize() for w in first.split())
        pat_l = lat(f[pre + "_io"][len(first) :].strip()).capitalize()
        f[pre + "_lat"] = f"{sur_l} {first_l}"
        f[pre + "_latfi"] = f"{first_l} {sur_l}"
        f[pre + "_lats"] = f"{sur_l} {first_l[0]}." + (f"{pat_l[0]}." if pat_l else "")
        f[pre + "_latup"] = f"{sur_l} {first_l}".upper()
    f["p_brk"] = hyphen_break(f["p"])
    f["d_brk"] = hyphen_break(f["d_s"])
    f["p_ocr"] = ocr(f["p_up"])
    f["c_ocr"] = ocr(f["c"].upper())
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT18, 2)
    # birth dates (and ages that agree with them)
    bd = dt.date(
        rng.choice([*range(1941, 2000), 2001, 2002, 2003, 2004]),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )
    f["bd"] = fmt_date(rng, bd, rng.choice(["dot", "dot", "dot", "words", "dot1", "short"]))
    f["bd_dot"] = fmt_date(rng, bd, "dot")
    f["bd_iso"] = bd.isoformat()
    f["bd_sp"] = fmt_date(rng, bd, "spoken")
    f["age"] = str(2026 - bd.year - (1 if (bd.month, bd.day) > (12, 6) else 0))
    f["age_y"] = years18(int(f["age"]))
    f["bdy"] = str(bd.year)  # a year alone: not labelled
    f["bd2"] = date(rng, rng.randint(1950, 2000), rng.choice(["dot", "dot", "words"]))
    f["bdw"] = date(rng, rng.randint(1958, 1982), rng.choice(["dot", "dot", "dot1"]))  # a worker
    f["bdold"] = date(rng, rng.randint(1936, 1960), rng.choice(["dot", "words"]))  # the elderly
    bdq = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
    f["bdq"] = fmt_date(rng, bdq, rng.choice(["dot", "dot", "dot1", "words"]))
    bdk = dt.date(rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28))  # a pupil
    f["bdk"] = fmt_date(rng, bdk, rng.choice(["dot", "dot", "words", "short"]))
    f["agek"] = str(2026 - bdk.year - (1 if (bdk.month, bdk.day) > (12, 6) else 0))
    f["agek_y"] = years18(int(f["agek"]))
    f["cls"] = str(max(1, min(11, int(f["agek"]) - 6)))
    f["bdkg"] = date(
        rng, rng.randint(2020, 2023), rng.choice(["dot", "dot", "words"])
    )  # a pre-schooler
    f["bdk2"] = date(rng, rng.randint(2008, 2022), "dot")
    f["bdk3"] = date(rng, rng.randint(2008, 2022), rng.choice(["dot", "words"]))
    f["bdyoung"] = date(rng, rng.randint(2005, 2008), rng.choice(["dot", "dot1"]))
    # the documents' dates: six in order, each in several writings
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 250))
    days = []
    for _ in range(6):
        cur += dt.timedelta(days=rng.randint(1, 9))
        days.append(cur)
    binf = days[0] - dt.timedelta(days=rng.randint(20, 200))
    f["bdinf"] = fmt_date(rng, binf, rng.choice(["dot", "dot", "words"]))
    for i, d in enumerate(days, 1):
        f[f"td{i}"] = fmt_date(rng, d, "dot")
        f[f"tw{i}"] = fmt_date(rng, d, "words")
        f[f"tq{i}"] = fmt_date(rng, d, "quote")
        f[f"tsh{i}"] = fmt_date(rng, d, "short")
        f[f"tdm{i}"] = fmt_date(rng, d, "dm")
        f[f"tdd{i}"] = f"{d.day:02d}.{d.month:02d}"
        f[f"tiso{i}"] = d.isoformat()
        f[f"tsp{i}"] = fmt_date(rng, d, "spokendm")
        f[f"tx{i}"] = fmt_date(rng, d, rng.choice(["dot", "dot", "words", "short", "dot1"]))
    f["tnext"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(200, 700)), "dot")
    f["dold"] = date(rng, rng.randint(2015, 2025), "dot")
    f["dold2"] = date(rng, rng.randint(2015, 2025), rng.choice(["dot", "words"]))
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    # times
    t0 = rng.randint(7 * 60, 11 * 60)
    for i in range(1, 5):
        t0 += rng.randint(10, 140)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr18(rng)
        f[f"ph{i}"] = mob18(rng)
    f["al1"], f["al2"] = aloc18(rng), aloc18(rng)
    f["a_br"] = abr18(rng)
    f["av"], f["av_tail"] = avisit18(rng)
    f["ar"] = arural18(rng)
    f["a_asr"] = asr_addr18(rng)
    f["ao"], f["ao2"] = aorg18(rng), aorg18(rng)
    v = rng.choice(RURAL18)
    f["vil"] = v[0]  # a bare settlement in a ФАП's name: not labelled
    f["town"] = _t18(rng)[2]  # a bare town in an organisation's or a court's name
    f["phc1"], f["phc2"] = city18(rng), city18(rng)
    f["ph_loc"] = local18(rng)
    f["ph_br"] = brk18(rng)
    f["ph_sp"] = spoken_phone18(rng)
    op, a, b, c = _mob18(rng)
    f["ph_glue"] = rng.choice([f"8{op}{a}{b}{c}", f"+7{op}{a}{b}{c}", f"+7({op}){a}-{b}-{c}"])
    f["ph800"] = rng.choice(["8-800-", "8 800 ", "8 (800) "]) + (
        f"{rng.randint(200, 799)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    )
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail18(rng, f["p_sur"], f["p_first"])
    f["mq"] = mail18(rng, f["q_sur"], f["q_first"])
    f["mu"] = mail18(rng, f["u_sur"], f["u_first"])
    f["md"] = mail18(rng, f["d_sur"], f["d_first"])
    f["me"] = mail18(rng, f["e_sur"], f["e_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL18, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"] = pas18(rng)
    f["pas_long"] = pas_long18(rng)
    f["kpd"] = f"{rng.randint(200, 770)}-{rng.randint(1, 60):03d}"
    f["pasf"] = shape(rng, rng.choice(["%%#######", "%########", "%#######"]))
    f["pasz"] = shape(rng, "7# #######")
    f["bc"] = bcert(rng)
    # record numbers of one patient, episode or document
    for key in REC18:
        f[key] = rec18(rng, key)
        f[key + "2"] = rec18(rng, key)
        f[key + "3"] = rec18(rng, key)
        f[key + "_br"] = split18(rec18(rng, key))
        f[key + "_ocr"] = ocr18(shape(rng, rng.choice(REC18[key]).replace("#", "3", 1)))
    f["uuid"] = uuid18(rng)
    f["rec_words"] = rec_words18(rng)
    f["uid"] = shape(rng, "1.2.643.5.1.13.13.12.2.##.####.#.#####.########")
    # hard negatives and counters
    f["org"], f["org2"] = rng.sample(ORGS18, 2)
    f["crb"] = rng.choice(CRB18)
    f["gp"] = rng.choice(GP18)
    f["drug1"], f["drug2"] = rng.sample(DRUGS18, 2)
    f["cab"] = str(rng.randint(101, 540))
    f["cab2"] = f"{rng.randint(1, 4)}-{rng.randint(10, 40)}"
    f["ward"], f["ward2"], f["ward3"] = (str(x) for x in rng.sample(range(1, 30), 3))
    f["small"] = str(rng.randint(2, 40))
    f["small2"] = str(rng.randint(2, 40))
    f["wt"] = str(rng.randint(52, 118))
    f["ht"] = str(rng.randint(152, 194))
    f["wtk"] = str(rng.randint(14, 62))
    f["rx_ser"] = shape(rng, rng.choice(["##-26", "####", "##-##"]))
    f["mss"] = shape(rng, "##")  # the series of a medical birth certificate: not labelled
    f["out_no"] = shape(rng, rng.choice(["01-1#/####", "##/###", "####-исх", "02-##/###"]))
    f["ord_no"] = shape(rng, rng.choice(["###-к", "##-л/с", "###-ОД"]))
    f["inc"] = shape(rng, "INC#######")
    f["court"] = shape(rng, rng.choice(["1-###/2026", "2-####/2026", "3/1-###/26"]))
    f["crim"] = shape(rng, "126013#00010#####")  # a 17-digit criminal case: not labelled
    f["inv"] = shape(rng, rng.choice(["инв. № 0101######", "инв. № ВА-#####", "инв. ######"]))
    f["serial"] = shape(rng, rng.choice(["SN ####%%##", "s/n %%#######", "зав. № ######"]))
    f["lot"] = shape(rng, rng.choice(["серия ######", "LOT %#####", "лот ##-####"]))
    f["mo_code"] = shape(rng, "63####")
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["orginn"] = shape(rng, "63########")
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map({**fillers18(rng), **extra})


# ---------------------------------------------------------------- corpus 18: genres and kinds
# one kind per specialty: (specialty ID, genre, template); every template is used by one kind only
GENRES18: list[tuple[int, str, str]] = [
    (
        8,
        "направление беременной из женской консультации в перинатальный центр (письмо врача)",
        """{gp}, женская консультация
[[A:{ao}]], тел. [[T:{phc1}]], e-mail: [[E:{mo}]]
Исх. № {out_no} от [[D:{td2}]]

Заведующ{e_emu} консультативно-диагностическим отделением перинатального центра [[P:{e_dat}]]

Уважаем{e_yi} [[P:{e_io}]]!
Направляем на консультацию беременную [[P:{q_acc}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], проживающую по адресу: [[A:{a1}]], моб. [[T:{ph1}]].
Индивидуальная карта беременной и родильницы № [[R:{amb}]]; обменная карта выдана [[D:{td1}]]; направление (ф. 057/у) [[R:{napr}]].
Срок беременности 2<<#>> нед. по УЗИ скрининга от [[D:{tdd1}]]. Диагноз: Гестационный сахарный диабет на диетотерапии (O24.4). Рубец на матке после кесарева сечения (O34.2). Симптом Пастернацкого отрицательный с обеих сторон.
Вопрос: тактика, место и срок родоразрешения. Основание: приказ Минздрава России от [[D:20.10.2020]] № 1130н, группа риска III.
СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]]. Супруг [[P:{u}]], тел. [[T:{ph2}]].
Врач акушер-гинеколог [[P:{d_s}]], каб. {cab}
Заведующ{h_ii} ЖК [[P:{h_i}]]""",
    ),
    (
        9,
        "запрос телемедицинской консультации из ЦРБ в региональный реанимационно-консультативный центр и ответ",
        """ЗАПРОС НА КОНСУЛЬТАЦИЮ С ПРИМЕНЕНИЕМ ТЕЛЕМЕДИЦИНСКИХ ТЕХНОЛОГИЙ (экстренная форма)
Request ID: [[R:{tmk}]]    создан [[D:{td3}]] {tm1}
Из: {crb}, ОАР, тел. [[T:{phc1}]]
В: региональный РКЦ, дежурный анестезиолог-реаниматолог [[P:{e_s}]]
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], полис [[O:{enp}]]
Диагноз: Внебольничная двусторонняя полисегментарная пневмония (J18.9), ОДН II ст.
ИВЛ с {tm1}: Hamilton C3, SIMV, FiO2 60 %, PEEP 8 см вод. ст., SpO2 9<<#>> %; SOFA <<#>>, шкала комы Глазго 9 (на седации); норадреналин 0,1 мкг/кг/мин.
Вопрос: транспортабельность, условия перевода.
Лечащий врач [[P:{d}]], моб. [[T:{ph1}]]
—
ОТВЕТ РКЦ в {tm3}, консультант [[P:{e_i}]]: перевод сейчас противопоказан (нестабильная гемодинамика). Прон-позиция 16 ч/сут, дыхательный объём 6 мл/кг, контроль КЩС через 2 ч. Повторная ТМК через 12 ч, запрос [[R:{tmk2}]].
Родственникам (жена/муж: [[P:{r_io}]]) информация дана по тел. [[T:{ph2}]].""",
    ),
    (
        10,
        "справка дерматовенеролога для бассейна и детского оздоровительного лагеря",
        """ГБУЗ «Кожно-венерологический диспансер», [[A:{ao}]]
МЕДИЦИНСКАЯ СПРАВКА № [[R:{spr}]]
(о допуске к посещению бассейна и детского оздоровительного лагеря)
Выдана [[P:{c_dat}]], [[B:{bdk}]], проживающ{c_emu} по адресу: [[A:{a1}]],
в том, что при осмотре [[D:{td2}]] заразных кожных заболеваний (чесотка B86, микроспория B35.0, педикулёз B85.0) не выявлено. Соскоб на энтеробиоз от [[D:{tdd1}]] — отрицательно; осмотр под лампой Вуда — свечения нет.
Справка действительна 3 месяца. Основание: приказ Минздрава России от [[D:14.09.2020]] № 972н.
Амбулаторная карта [[R:{amb}]]. Законный представитель: [[P:{q}]], тел. [[T:{ph1}]].
Врач-дерматовенеролог [[P:{d_s}]]   М.П.
Дата выдачи [[D:{tq2}]]""",
    ),
    (
        11,
        "передача дежурства в отделении детской хирургии, надиктованная и распознанная голосом",
        """[голосовая заметка, распознано автоматически] передача дежурства детская хирургия [[D:{tsp3}]] восемь ноль ноль
сдаёт доктор [[P:{d_low}]] принимает [[P:{e_io_low}]]
в отделении двадцать шесть детей тяжёлых двое
палата {ward} [[P:{c_low}]] {agek_y} история [[R:{ib}]] аппендэктомия [[D:{tsp2}]] вторые сутки температура тридцать семь и четыре симптом щеткина блюмберга отрицательный дренаж по генри удалён мама [[P:{q_io_low}]] у постели
палата {ward2} [[P:{k_s}]] инвагинация кишечника пневмодезинвагинация в {tm1} контроль узи в {tm3} отец [[P:{u_fi}]] телефон [[T:{ph_sp}]]
поступил ночью ребёнок [[P:{v_low}]] ожог кипятком шесть процентов по правилу ладони обезболен
при ухудшении звонить заведующ{h_emu} [[P:{h_io_dat}]] [[T:{ph2}]]""",
    ),
    (
        12,
        "заключение медико-генетической консультации с родословной и письмо семье",
        """МЕДИКО-ГЕНЕТИЧЕСКАЯ КОНСУЛЬТАЦИЯ {org}
Шифр семьи [[R:{gen}]]; пробанд: [[P:{c}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
Консультирующиеся: мать [[P:{q}]], [[B:{bdq}]]; отец [[P:{u}]], [[B:{bd2}]]
Родословная: дядя пробанда по линии матери [[P:{v}]] — миопатия с детства, умер в 19 лет; бабушка по линии матери здорова.
Заключение: у пробанда миодистрофия Дюшенна (G71.0), делеция экзонов 45–50 гена DMD (MLPA). Мать — гетерозиготная носительница. Риск для сибса мужского пола 50 %. Рекомендована пренатальная диагностика (биопсия хориона в 11–13 нед.).
Образцы ДНК: [[R:{sample}]] (пробанд), [[R:{sample2}]] (мать); биобанк МГК.
Письмо направлено по адресу [[A:{a_br}]], копия — на [[E:{mq}]].
Врач-генетик [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        14,
        "консультация невролога, надиктованная голосом, с ошибками распознавания речи",
        """[черновик голосового ввода, не вычитан]
консультация невролога пациент [[P:{p_low}]] дата рождения [[B:{bd_sp}]] карта номер [[R:{rec_words}]]
проживает [[A:{a_asr}]] телефон [[T:{ph_sp}]]
жалобы на дрожание правой руки скованность шаркающая походка около двух лет
неврологический статус гипомимия ригидность по типу зубчатого колеса справа симптом ласега отрицательный рефлекс бабинского нет
шкала эм дэ эс ю пи дэ эр эс часть три двадцать шесть баллов стадия по хён и яру два
диагноз болезнь паркинсона дрожательно-ригидная форма джи двадцать точка ноль
назначено прамипексол ноль целых двадцать пять сотых миллиграмма три раза в день титрация по схеме
направлен к нейрохирургу [[P:{e_low}]] повторный осмотр [[D:{tsp5}]]
врач [[P:{d_low}]]""",
    ),
    (
        15,
        "передаточный эпикриз неонатолога в детскую поликлинику для первичного патронажа",
        """ПЕРЕДАТОЧНЫЙ ЭПИКРИЗ в детскую поликлинику № {small} (первичный патронаж)
Ребёнок: [[P:{c}]] (мать [[P:{q}]]), дата рождения [[B:{bdinf}]] {tm1}, пол {c_sex}
История развития новорождённого № [[R:{ib}]]; медицинское свидетельство о рождении серии {mss} № [[R:{msr}]]
Масса 3<<###>> г, длина 5<<#>> см, оценка по Апгар 8/9. Неонатальный скрининг [[D:{tdd1}]], тест-бланк [[R:{neo}]]. Аудиоскрининг (ОАЭ) пройден с обеих сторон.
БЦЖ-М [[D:{tdd2}]], {lot}; гепатит B (1-я доза) в первые сутки.
Выписан домой [[D:{td3}]]: [[A:{av}]]; {av_tail}.
Телефон матери [[T:{ph1}]], отца ([[P:{u_fi}]]) [[T:{ph2}]].
Врач-неонатолог [[P:{d_s}]]; заведующий отделением [[P:{h_s}]]""",
    ),
    (
        16,
        "запись врача общей практики о вызове на дом (адрес с подъездом и домофоном)",
        """ВЫЗОВ ВРАЧА НА ДОМ № [[R:{call}]], принят [[D:{td2}]] {tm1} (регистратор [[P:{m_s}]])
Адрес: [[A:{av}]]
{av_tail}
Пациент: [[P:{p}]], {age_y}, амб. карта [[R:{amb}]]
Вызывает: дочь [[P:{q_io}]], [[T:{ph1}]]
Повод: t 38,6 °C, кашель третий день.
Осмотр {tm3}: ЧДД 2<<#>>/мин, SpO2 9<<#>> %, АД 1<<##>>/<<8#>>; симптом Пастернацкого отрицательный; CRB-65 — 1 балл.
Диагноз: J06.9. Рекомендовано: {drug1} — продолжать; парацетамол 500 мг при t > 38,5 °C. Актив на [[D:{tdm4}]].
Врач общей практики [[P:{d_s}]], отделение ОВП, [[T:{phc1}]] доб. {ext}""",
    ),
    (
        17,
        "протокол онкологического консилиума",
        """ПРОТОКОЛ ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА № [[R:{onk}]] от [[D:{td3}]]
ГБУЗ «Областной клинический онкологический диспансер»
Председатель: [[P:{h_s}]]; хирург-онколог [[P:{d_s}]]; химиотерапевт [[P:{e_s}]]; радиотерапевт [[P:{n_s}]]; секретарь [[P:{m_s}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]; ИБ [[R:{ib}]]; направление [[R:{napr}]]
Проживает: [[A:{a2}]]
Диагноз: Рак сигмовидной кишки cT3N1M0, стадия IIIB (C18.7); аденокарцинома G2, KRAS wt, MSS; ECOG 1.
Гистологическое заключение № [[R:{hist}]] от [[D:{tdd1}]] (блоки 1–4).
Решение: неоадъювантная химиотерапия XELOX (оксалиплатин 130 мг/м², капецитабин 1000 мг/м² × 2 р/д, 1–14 дни), 3 курса, затем хирургическое лечение. Основание: КР 396_3; приказ Минздрава России от [[D:19.02.2021]] № 116н.
С решением ознакомлен{p_a}: [[P:{p_s}]]; телефон [[T:{ph1}]].""",
    ),
    (
        18,
        "ответ главного врача на жалобу, поступившую через министерство здравоохранения региона",
        """{gp}
[[A:{ao}]]
Исх. № {out_no} от [[D:{td5}]]
На № 34-07/<<####>> от [[D:{td2}]] министерства здравоохранения

[[P:{p_dat}]]
[[A:{a1}]], e-mail: [[E:{m1}]]

Уважаем{p_yi} [[P:{p_io}]]!
Ваше обращение (рег. № [[R:{compl}]] от [[D:{td3}]]) о грубости врача-терапевта участкового [[P:{d_s_gen}]] рассмотрено на заседании врачебной комиссии (протокол № [[R:{vk}]]). Факт нарушения этики подтверждён; к врачу применено дисциплинарное взыскание (приказ от [[D:{td4}]] № {ord_no}).
Вы записаны к эндокринологу на [[D:{tdm6}]] в {tm2}, каб. {cab}.
Главный врач [[P:{h_i}]]
Исп. [[P:{m_s}]], [[T:{phc1}]]""",
    ),
    (
        19,
        "консультативное заключение оториноларинголога, отсканированное с ошибками OCR",
        """{gp}   ЛОР-кабинет
К0НСУЛЬТАТИВН0Е ЗАКЛЮЧЕНИЕ ОТ0РИН0ЛАРИНГ0Л0ГА
Ф.И.О.: [[P:{p_ocr}]]      Д/р: [[B:{bd_dot}]]
Мед. карта N° [[R:{amb_ocr}]]      Направление: [[R:{napr_ocr}]]
Адрес: [[A:{a_br}]]
Жало6ы: на снижение слуха слева, гноетечение периодически.
Отоскопия AS: центральная перфорация, слизисто-гнойное отделяемое. Проба Ринне AS отриц., опыт Вебера — латерализация влево. Шёпотная речь AD 6 м, AS 2 м.
Д-з: Хронический гнойный средний отит слева (Н66.1).
Рек-но: КТ височных костей, направление [[R:{napr2}]]; ципрофлоксацин ушные капли 0,3 % 5 кап. × 2 р/д 7 дн.
Врач-оториноларинголог [[P:{d_brk}]]
[[D:{td2}]]""",
    ),
    (
        20,
        "справка офтальмолога в школу о рассадке и зрительной нагрузке",
        """Справка № [[R:{spr}]]
Дана [[P:{c_dat}]], [[B:{bdk}]], обучающ{c_emu}ся {cls} класса МБОУ «СОШ № {small}»,
в том, что при осмотре [[D:{td2}]] выявлено: Visus OD 0,3 с корр. sph −2,5 D = 1,0; OS 0,2 с корр. sph −3,0 D = 0,9. Миопия средней степени обоих глаз (H52.1).
Рекомендовано: рассадка за 1–2 партой среднего ряда; зрительная нагрузка не более 30 мин с перерывами; очки постоянно; ортокератологические линзы — по желанию родителей.
Повторный осмотр через 6 мес. — [[D:{tdm6}]] ({tm2}, каб. {cab2}).
Мама [[P:{q_s}]], тел. [[T:{ph1}]].
Амбулаторная карта [[R:{amb}]]. Врач-офтальмолог [[P:{d_i}]]""",
    ),
    (
        21,
        "запрос на пересмотр гистологических препаратов (second opinion) по электронной почте",
        """From: [[P:{d_lat}]] <[[E:{md}]]>
To: Консультативный центр патоморфологии <[[E:{mo}]]>
Date: [[D:{tw3}]], {tm1}
Subject: Second opinion / запрос [[R:{tmk}]] — [[P:{p_s}]]

Коллеги, добрый день!
Прошу пересмотреть препараты пациент{p_kig} [[P:{p_gen}]], [[B:{bd}]]:
— трепан-биопсия № [[R:{hist}]] от [[D:{tdd1}]], блоки 4 шт. (А1–А4), стёкла 8 шт.;
— ИГХ: ER 8 баллов по Allred, PR 3, HER2 2+, Ki-67 35 %.
Our ref: [[R:{cons}]]
Блоки передаст курьер [[D:{tdm4}]]; курьер [[P:{m_fi}]], [[T:{ph1}]].
--
[[P:{d_fi}]], врач-патологоанатом, патологоанатомическое отделение, {org}
[[A:{ao}]]
[[T:{phc1}]] доб. {ext}""",
    ),
    (
        22,
        "справка педиатра о допуске в детский сад после болезни",
        """МЕДИЦИНСКАЯ СПРАВКА № [[R:{spr}]]
(о допуске в образовательную организацию после перенесённого заболевания)
Ребёнок: [[P:{c}]], [[B:{bdkg}]], свидетельство о рождении [[C:{bc}]]
Адрес: [[A:{a1}]]
Детский сад № {small}, группа «Солнышко».
В период с [[D:{tdd1}]] по [[D:{td3}]] болел{c_a} ОРВИ (J06.9). Контакта с инфекционными больными по месту жительства за последние 21 день не было.
Может посещать детский сад с [[D:{td4}]]; группа здоровья II, физкультура — подготовительная группа 2 нед.
Врач-педиатр участковый [[P:{d_s}]], участок № {small2}; медсестра [[P:{s_s}]]
Мама [[P:{q_io}]], [[T:{ph1}]]""",
    ),
    (
        23,
        "выписка из протокола врачебной комиссии психоневрологического диспансера о прекращении диспансерного наблюдения",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ВРАЧЕБНОЙ КОМИССИИ № [[R:{vk}]] от [[D:{td4}]]
ГБУЗ «Психоневрологический диспансер»
Пациент: [[P:{p}]], [[B:{bd}]], зарегистрирован{p_a} по адресу: [[A:{a1}]]
Диспансерная карта № [[R:{disp}]]; диспансерное наблюдение с [[D:{dold}]] (F31.7).
Основание: ст. 27 Закона РФ от [[D:02.07.1992]] № 3185-1 «О психиатрической помощи и гарантиях прав граждан при её оказании».
Решение: прекратить диспансерное наблюдение в связи со стойкой ремиссией (HAM-D 6 баллов, YMRS 4); перевести в группу консультативной помощи. Литий карбонат 900 мг/сут — продолжить, контроль лития в крови каждые 3 мес.
Председатель ВК [[P:{h_s}]]; члены: [[P:{d_s}]], [[P:{e_s}]]
Решение объявлено пациенту [[D:{tdd4}]]. Запрос военного комиссариата (исх. № 2/<<####>>) без согласия пациента не исполняется.""",
    ),
    (
        24,
        "сопроводительное письмо рентгенолога к диску с исследованиями для консультации в другой клинике",
        """СОПРОВОДИТЕЛЬНОЕ ПИСЬМО К CD/DVD
Пациент: [[P:{p_up}]]    ДР: [[B:{bd_iso}]]    Patient ID: [[R:{emk}]]
Исследования на диске:
1) КТ органов грудной клетки с в/в контрастированием — Accession No. [[R:{study}]], [[D:{tiso1}]], DLP 3<<##>> мГр·см, Омнипак 350 — 80 мл, {lot}
2) Рентгенография ОГК в двух проекциях — [[R:{study2}]], [[D:{tiso2}]]
Study Instance UID: [[R:{uid}]]
Описание: врач-рентгенолог [[P:{d_s}]]; второе мнение — [[P:{e_i}]] (Lung-RADS 4A, узел S6 справа 11 мм).
Диск записан [[D:{td3}]] оператором [[P:{m_s}]], выдан [[P:{q_dat}]] по доверенности.
Вопросы: [[E:{mo}]], [[T:{phc1}]]; КТ-кабинет № {cab}, томограф Canon Aquilion Prime SP, {serial}.""",
    ),
    (
        25,
        "телефонограмма станции скорой медицинской помощи в поликлинику об активном посещении",
        """ТЕЛЕФОНОГРАММА № [[R:{tgm}]]
[[D:{td2}]] {tm2}. Передал{m_a}: старший врач подстанции № {small} [[P:{m_s}]]; принял{s_a}: регистратор поликлиники [[P:{s_fi}]]
Актив: [[P:{p}]], {age_y}, [[A:{a1}]], тел. [[T:{ph1}]]
Карта вызова СМП № [[R:{call}]] от [[D:{tdd2}]]: гипертонический криз (I10), АД 210/110 → 160/90 мм рт. ст. после каптоприла 25 мг; ЭКГ без острой очаговой патологии. От госпитализации отказал{p_sya}, отказ подписан.
Бригада № {small2}, фельдшер [[P:{e_s}]].
Просим посетить на дому [[D:{tdm3}]]; обратный звонок — [[T:{phc1}]].""",
    ),
    (
        26,
        "направление на судебно-медицинское освидетельствование и ответ эксперта",
        """ОП № {small} Управления МВД России по г. {town}
НАПРАВЛЕНИЕ на судебно-медицинское освидетельствование
КУСП № [[R:{kusp}]] от [[D:{td1}]]
Освидетельствуемому: [[P:{p_dat}]], [[B:{bd}]], паспорт [[Q:{pas}]], зарегистрированн{p_omu} по адресу: [[A:{a2}]]
Вопросы: 1) имеются ли телесные повреждения, их локализация и характер; 2) механизм и давность; 3) степень тяжести вреда здоровью (приказ Минздравсоцразвития России от [[D:24.04.2008]] № 194н).
УУП [[P:{u_s}]], тел. [[T:{phc1}]]
—
ГБУЗ «Бюро судебно-медицинской экспертизы»: освидетельствование [[D:{td2}]] {tm2}, заключение эксперта № [[R:{expert}]]. Кровоподтёки левого плеча (3), ссадина скуловой области — вред здоровью не причинён. Эксперт [[P:{d_s}]].""",
    ),
    (
        27,
        "переписка участкового терапевта и кардиолога в защищённом мессенджере МИС",
        """Чат МИС «Врач — врач»; пациент [[P:{p_s}]], ЭМК [[R:{emk}]]
[[D:{tdd3}]] {tm1} [[P:{d_fi}]]: [[P:{e_dim}]], привет! Глянь ЭКГ: QTc 48<<#>> мс на кларитромицине + амиодарон. Что делать?
{tm2} [[P:{e_fi}]]: Кларитромицин отменить сегодня же, калий и магний в норму. Направление [[R:{napr}]] вижу, пусть придёт [[D:{tdm4}]] к {tm3}, каб. {cab}.
{tm3} [[P:{d_first}]]: Спасибо! Телефон пациента [[T:{ph1}]], сын [[P:{u_io}]] — [[T:{ph2}]], живут [[A:{a1}]], если нужен актив.
{tm4} [[P:{e_first}]]: Ок. CHA2DS2-VASc 3, HAS-BLED 2 — апиксабан 5 мг × 2 оставляем. SCORE2 не считаем, уже ССЗ.""",
    ),
    (
        28,
        "справка травматолога-ортопеда об освобождении от физкультуры для школы",
        """СПРАВКА № [[R:{spr}]]
Выдана [[P:{c_dat}]], [[B:{bdk}]], обучающ{c_emu}ся {cls} «Б» класса МАОУ «Лицей № {small}», в том, что он(а) находил{c_sya} на лечении в травматологическом пункте с [[D:{tdd1}]] по [[D:{td3}]] по поводу перелома дистального метаэпифиза лучевой кости слева (перелом Коллеса, S52.5).
Освобожден{c_a} от занятий физкультурой с [[D:{td3}]] по [[D:{td6}]], затем — подготовительная группа 1 мес.
Проживает в [[A:{al1}]]. Карта травматика № [[R:{trauma}]]; рентгенограммы [[R:{study}]].
Врач травматолог-ортопед [[P:{d_s}]]; заведующий травмпунктом [[P:{h_s}]]
Тел. травмпункта [[T:{phc1}]]""",
    ),
    (
        29,
        "письмо фтизиатра в поликлинику об обследовании контактных лиц очага туберкулёза",
        """ГБУЗ «Противотуберкулёзный диспансер», [[A:{ao}]]
Заведующему терапевтическим отделением {gp}
Сообщаем, что у [[P:{p_gen}]], [[B:{bd}]], проживающ{p_ei} в [[A:{al1}]], [[D:{td1}]] выявлен инфильтративный туберкулёз S1–S2 правого лёгкого, МБТ(+) (A15.0), МЛУ (GeneXpert MTB/RIF: rpoB+). Номер в регистре больных туберкулёзом [[R:{reg}]]; ГДН IА.
Прошу обследовать контактных лиц очага I группы эпидемической опасности:
1. [[P:{q}]], [[B:{bdq}]] — флюорография, Диаскинтест; проживает отдельно: [[A:{a3}]];
2. [[P:{c}]], [[B:{bdk}]] — Диаскинтест, проба Манту 2 ТЕ не ставится;
3. [[P:{u}]], [[B:{bd2}]] — КТ ОГК.
Результаты — на [[E:{mo}]] до [[D:{td3}]]. Врач-фтизиатр участковый [[P:{d_s}]], [[T:{phc1}]]""",
    ),
    (
        30,
        "письмо хирурга стационара участковому врачу после выписки",
        """Уважаем{d_yi} [[P:{d_io}]]!
Ваш{p_a} пациент{p_ka} [[P:{p}]], [[B:{bd}]] (амб. карта [[R:{amb}]]; [[A:{a1}]]), находил{p_sya} в хирургическом отделении № {small} {org} с [[D:{td1}]] по [[D:{td3}]], ИБ [[R:{ib}]].
Диагноз: Острый калькулёзный холецистит (K80.0). [[D:{tdd1}]] — лапароскопическая холецистэктомия (A16.14.009). Гистология № [[R:{hist}]]: флегмонозный холецистит. Симптомы Ортнера, Мерфи и Кера при выписке отрицательные.
Рекомендации: снятие швов [[D:{tdm4}]]; ЭЛН № [[R:{eln}]] открыт с [[D:{tdd1}]], продлить по состоянию; урсодезоксихолевая кислота 250 мг × 2 р/д 1 мес.
С уважением, хирург [[P:{e_s}]], [[E:{me}]], моб. [[T:{ph1}]]""",
    ),
    (
        31,
        "протокол телемедицинской консультации эндокринолога с национальным медицинским исследовательским центром",
        """ПРОТОКОЛ КОНСУЛЬТАЦИИ С ПРИМЕНЕНИЕМ ТЕЛЕМЕДИЦИНСКИХ ТЕХНОЛОГИЙ
Номер запроса: [[R:{tmk_br}]]
Запрашивающая МО: {org}, врач-эндокринолог [[P:{d}]], [[E:{md}]]
Консультирующая МО: НМИЦ эндокринологии, консультант [[P:{e_s}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]
Запрос [[D:{td2}]], консультация [[D:{td4}]] {tm2} (плановая, отложенная).
Вопрос: подозрение на эндогенный гиперкортицизм (болезнь Иценко–Кушинга?, E24.0). Ночной подавляющий тест с 1 мг дексаметазона: кортизол 1<<##>> нмоль/л; АКТГ <<##>> пг/мл; МРТ гипофиза [[R:{study}]] — микроаденома 4 мм.
Заключение: показана госпитализация для селективного забора крови из нижних каменистых синусов; направление (ф. 057/у) [[R:{napr}]].
Основание: приказ Минздрава России от [[D:30.11.2017]] № 965н.""",
    ),
    (
        32,
        "справка инфекциониста работодателю о допуске к работе после кишечной инфекции",
        """ГБУЗ «Инфекционная больница № <<#>>»
СПРАВКА № [[R:{spr}]]
Выдана [[P:{p_dat}]], [[B:{bd}]], повару столовой ИП [[P:{k_s}]] (ИНН [[I:{inn}]]; [[A:{ao}]]), работнику пищеблока, личная медицинская книжка № [[R:{lmk}]],
в том, что он(а) находил{p_sya} на стационарном лечении (ИБ [[R:{ib}]]) с [[D:{td1}]] по [[D:{td3}]] с диагнозом: Сальмонеллёз, гастроинтестинальная форма (A02.0).
Бактериологическое исследование кала трёхкратно ([[D:{tdd3}]], [[D:{tdd4}]], [[D:{tdd5}]]) — отрицательно; пробы [[R:{sample}]], [[R:{sample2}]], [[R:{sample3}]].
К работе допущен{p_a} с [[D:{td6}]]; диспансерное наблюдение 3 мес. ЭЛН № [[R:{eln}]] закрыт [[D:{tdd5}]].
Врач-инфекционист [[P:{d_s}]]; заведующий отделением [[P:{h_s}]]""",
    ),
    (
        33,
        "жалоба пациентки на врача ультразвуковой диагностики и ответ заведующей отделением",
        """Главному врачу {gp} [[P:{h_dat}]]
от [[P:{q_gen}]], [[A:{a1}]], тел. [[T:{ph1}]]
ЖАЛОБА
[[D:{td1}]] я пришла на УЗИ щитовидной железы по направлению № [[R:{napr}]] к {tm1} в кабинет {cab}. Врач [[P:{d_s}]] принял{d_a} только в {tm3}, результат не объяснил{d_a}, сказала «EU-TI-RADS 4 — идите к эндокринологу».
[[P:{q_s}]]
—
Ответ на обращение рег. № [[R:{compl}]]
Уважаемая [[P:{q_io}]]! Задержка приёма связана с экстренным пациентом. Протокол исследования [[R:{study}]]: узел правой доли 14 × 11 мм, EU-TI-RADS 4, показана ТАБ. Вы записаны на ТАБ [[D:{tdm4}]] в {tm2} к врачу [[P:{e_s_dat}]].
Заведующ{n_ii} отделением ультразвуковой диагностики [[P:{n_i}]], [[D:{td3}]]""",
    ),
    (
        35,
        "запрос фельдшера ФАП на дистанционную расшифровку ЭКГ и заключение врача функциональной диагностики",
        """ФАП {vil} — запрос на дистанционное описание ЭКГ № [[R:{tmk}]] от [[D:{td2}]] {tm1}
Фельдшер [[P:{s}]], моб. [[T:{ph1}]]
Пациент: [[P:{p_s}]], [[B:{bd}]], {age_y}, [[A:{ar}]]; жалобы на перебои в работе сердца, одышку при ходьбе.
Электрокардиограф Schiller Cardiovit AT-2, {serial}; 12 отведений, 25 мм/с, 10 мм/мВ.
—
ЗАКЛЮЧЕНИЕ врача функциональной диагностики [[P:{d_s}]] ({org}), [[D:{td2}]] {tm2}:
Ритм синусовый, ЧСС <<7#>>/мин. Одиночная желудочковая экстрасистолия (градация 1 по Лауну). QT 4<<##>> мс, QTc по Базетту 4<<##>> мс. Признаков синдрома WPW нет.
Рекомендовано: холтеровское мониторирование; направление [[R:{napr}]]; консультация кардиолога [[P:{e_i}]].""",
    ),
    (
        37,
        "журнал телефонных консультаций регионального центра острых отравлений",
        """ЖУРНАЛ ТЕЛЕФОННЫХ КОНСУЛЬТАЦИЙ — региональный центр острых отравлений, смена [[D:{td3}]]
№ п/п <<##>> | {tm1} | Консультация [[R:{cons}]]
Звонит: врач приёмного отделения {crb} [[P:{d_s}]], [[T:{phc1}]]
Пациент: [[P:{p}]], {age_y}, ИБ [[R:{ib}]]
Парацетамол ~10 г однократно, приём около {tm1}; концентрация через 4 ч — 2<<##>> мкг/мл, выше линии лечения номограммы Румака–Мэтью.
Рекомендовано: ацетилцистеин в/в по 21-часовой схеме (150 мг/кг за 1 ч, 50 мг/кг за 4 ч, 100 мг/кг за 16 ч); АЛТ, МНО через 12 ч; повторная связь в {tm4}.
Консультант — врач-токсиколог [[P:{e_s}]]
Родственник: [[P:{q_fi}]], [[T:{ph1}]]""",
    ),
]
GENRES18 += [
    (
        41,
        "справка-ходатайство детского онколога директору школы об обучении на дому",
        """Директору МБОУ «СОШ № {small}» [[P:{h_dat}]]
СПРАВКА-ХОДАТАЙСТВО № [[R:{spr}]]
Дана [[P:{c_dat}]], [[B:{bdk}]], обучающ{c_emu}ся {cls} класса, в том, что он(а) с [[D:{td1}]] находится на лечении в отделении детской онкологии {org} (ИБ [[R:{ib}]]) с диагнозом: Острый лимфобластный лейкоз, B-линейный (C91.0), протокол ALL-MB 2015, фаза индукции.
По заключению ВК (протокол [[R:{vk}]] от [[D:{td2}]]) нуждается в обучении на дому до [[D:{td6}]] (перечень заболеваний — приказ Минздрава России от [[D:30.06.2016]] № 436н).
Законный представитель: [[P:{q}]], тел. [[T:{ph1}]], e-mail [[E:{mq}]]
Адрес обучения на дому: [[A:{av}]] ({av_tail})
Лечащий врач — детский онколог [[P:{d_s}]]; заведующий отделением [[P:{e_s}]]""",
    ),
    (
        43,
        "письмо колопроктолога участковому врачу о пациенте со стомой (регистр стомированных пациентов)",
        """Уважаемые коллеги!
Пациент{p_ka} [[P:{p}]], [[B:{bd}]], [[A:{a1}]], с [[D:{dold}]] наблюдается с концевой колостомой после операции Гартмана по поводу рака сигмовидной кишки (C18.7).
Номер в регистре стомированных пациентов: [[R:{stoma}]]. ИПРА № [[R:{ipra}]] от [[D:{dold2}]]: калоприёмник однокомпонентный дренируемый (ТСР 21-01-01) — 90 шт./мес.
Рекомендуем реконструктивно-восстановительную операцию: направление [[R:{napr}]], ирригоскопия через стому [[D:{tdd3}]], колоноскопия по Бостонской шкале подготовки ≥ 6.
Врач-колопроктолог [[P:{d_s}]], КДО, каб. {cab}, [[T:{phc1}]]
Медсестра-стоматерапевт [[P:{s_fi}]], [[T:{ph2}]]
[[D:{td3}]]""",
    ),
    (
        44,
        "переписка нейрохирургов по электронной почте о межбольничном переводе",
        """От: [[P:{d_fi}]] <[[E:{md}]]>
Кому: [[E:{me}]]
Дата: [[D:{td2}]], {tm3}
Тема: RE: перевод — [[P:{p_sur}]], {age} л., ИБ [[R:{ib}]]

[[P:{e_io}]], добрый вечер.
КТ головы ([[R:{study}]]): острая субдуральная гематома лобно-теменной области справа толщиной 1<<#>> мм, смещение срединных структур 7 мм. ШКГ 12, зрачки D = S. Готовы принять — согласуйте с РКЦ (запрос [[R:{tmk}]]), санавиация.

> [[D:{tdd2}]] в {tm1} [[P:{e_fi}]] написал{e_a}:
> Принимаете? [[P:{p}]], [[B:{bd}]], падение с высоты роста, варфарин (МНО 3,1). Родственники: [[P:{r_io}]], [[T:{ph1}]].

--
[[P:{d_s}]], врач-нейрохирург, {org}, моб. [[T:{ph2}]]""",
    ),
    (
        45,
        "уведомление пациента о включении в лист ожидания кардиохирургической операции",
        """ГБУЗ «Региональный кардиохирургический центр», [[A:{ao}]]
[[P:{p_dat}]]
[[A:{a_br}]]

Уважаем{p_yi} [[P:{p_io}]]!
Решением комиссии по отбору пациентов для оказания ВМП (протокол № [[R:{vk}]] от [[D:{td2}]]) Вы включены в лист ожидания на протезирование аортального клапана.
Талон на оказание ВМП: [[R:{vmp}]]. Номер в листе ожидания: [[R:{wait}]]. Ориентировочная дата госпитализации — [[D:{tw6}]].
ЭхоКГ: пиковый градиент на АК 7<<#>> мм рт. ст., ФВ по Симпсону 5<<#>> %; EuroSCORE II 2,<<#>> %.
При себе: паспорт, полис ОМС, СНИЛС, направление (ф. 057/у).
Координатор [[P:{s_s}]], [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        54,
        "чат бактериолога и лечащего врача о росте в гемокультуре",
        """Чат «Микробиология — ОРИТ»
{tm1} [[P:{d_fi}]] (бактериолог): [[P:{e_dim}]], у пациента [[P:{p_s_gen}]] (ИБ [[R:{ib}]]) аэробный флакон [[R:{sample}]] дал рост через 14 ч: грамотрицательные палочки. MALDI-TOF — Klebsiella pneumoniae, CARBA-R: OXA-48 +.
{tm2} [[P:{e_first}]]: Второй флакон [[R:{sample2}]]?
{tm2} [[P:{d_first}]]: Пока без роста. Антибиотикограмма завтра после 16:00, критерии EUCAST.
{tm3} [[P:{e_first}]]: Начинаем цефтазидим-авибактам 2,5 г × 3. Повторный посев сегодня, заявка ЛИС [[R:{sample3}]].
{tm4} [[P:{s_dim}]] (м/с ОРИТ): взяла в {tm4}, штрих-код [[R:{sample_br}]].""",
    ),
    (
        55,
        "сопроводительный лист пробы на подтверждение ВИЧ-инфекции в центр СПИД (код пациента)",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ к образцу сыворотки для подтверждающего исследования (иммуноблот)
Направляющая лаборатория: КДЛ {org}, [[A:{ao}]], [[T:{phc1}]]
Код пациента (анонимное обследование): [[R:{anon}]]
Пол: {p_sex}; год рождения {bdy}; код контингента 118
Номер образца: [[R:{sample}]]; взят [[D:{td2}]] {tm1}, доставлен [[D:{tdd3}]] {tm2}
ИФА 4-го поколения: КП 1<<#>>,<<#>>; повторно в дубле — положительно; тест-система {lot}.
Отправил: врач КЛД [[P:{d_s}]]; принял{s_a}: [[P:{s_s}]] (лаборатория центра СПИД)""",
    ),
    (
        59,
        "медицинское заключение о допуске спортсмена к соревнованиям",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{spr}]]
о допуске к тренировочным мероприятиям и участию в спортивных соревнованиях (приказ Минздрава России от [[D:23.10.2020]] № 1144н)
[[P:{p}]], [[B:{bdyoung}]]; вид спорта — самбо, КМС; СШОР № {small}
Полис ОМС [[O:{enp}]]; УИН ВФСК ГТО [[R:{gto}]]; карта спортсмена [[R:{amb}]]
УМО [[D:{td2}]]: ЭКГ, ЭхоКГ — норма; проба Мартине–Кушелевского — нормотонический тип; PWC170 1<<###>> кгм/мин; индекс Руфье 6,<<#>>.
Допущен{p_a} к тренировочным мероприятиям и участию в соревнованиях. Действительно до [[D:{tnext}]].
Врач по спортивной медицине [[P:{d_s}]]
Врачебно-физкультурный диспансер, [[A:{ao}]], [[T:{phc1}]]""",
    ),
    (
        66,
        "комплексная гериатрическая оценка и письмо дочери пациента",
        """Уважаемая [[P:{q_io}]]!
Направляем результаты комплексной гериатрической оценки [[P:{p_gen}]], [[B:{bdold}]] (гериатрический кабинет, карта [[R:{amb}]]; проживает в [[A:{al2}]]), осмотр [[D:{td2}]]:
— «Возраст не помеха» 5 баллов; MMSE 2<<#>>/30; MoCA 1<<#>>/30; тест рисования часов 6/10;
— индекс Бартел 7<<#>>, шкала Лоутона 4/8; риск падений по шкале Морсе 4<<#>>;
— динамометрия 1<<#>> кг, SPPB 6, MNA 1<<#>>,5.
Диагноз: Старческая астения (R54). Умеренные когнитивные нарушения; болезнь Альцгеймера исключить — МРТ головного мозга, направление [[R:{napr}]].
Рекомендовано: отменить феназепам; {drug1}; занятия по программе «Школа ухода».
Следующий визит [[D:{tdm5}]] в {tm2}, каб. {cab}.
Врач-гериатр [[P:{d_s}]], [[T:{phc1}]] доб. {ext}, [[E:{md}]]""",
    ),
    (
        75,
        "заключение сурдолога для психолого-медико-педагогической комиссии и детского сада",
        """ЗАКЛЮЧЕНИЕ ВРАЧА СУРДОЛОГА-ОТОРИНОЛАРИНГОЛОГА (для ПМПК и ДОУ)
Ребёнок: [[P:{c}]], [[B:{bdkg}]], свидетельство о рождении [[C:{bc}]]; сурдологическая карта [[R:{amb}]]
Адрес: [[A:{a1}]]
Номер в регистре детей с нарушениями слуха: [[R:{reg}]]
Аудиологический скрининг в роддоме: не прошёл AS. КСВП [[D:{tdd1}]]: порог 7<<#>> дБ справа, 8<<#>> дБ слева.
Диагноз: Двусторонняя сенсоневральная тугоухость IV степени (H90.3).
Слухопротезирование: Phonak Naída P90-SP, {serial}. Кандидат на кохлеарную имплантацию, направление [[R:{napr}]].
Рекомендации ДОУ: группа компенсирующей направленности, занятия с сурдопедагогом 3 раза в неделю.
Мама [[P:{q}]], тел. [[T:{ph1}]]. Врач [[P:{d_s}]], [[D:{td2}]]""",
    ),
    (
        77,
        "план экстренной помощи при анафилаксии для школы от аллерголога-иммунолога",
        """ПЛАН ЭКСТРЕННОЙ ПОМОЩИ ПРИ АНАФИЛАКСИИ (для образовательной организации)
Обучающийся: [[P:{c}]], [[B:{bdk}]], {cls} класс
Аллергия: арахис, лесной орех; анафилактический шок на пищу [[D:{td1}]] (T78.0). sIgE к Ara h 2 — 1<<#>>,<<#>> kUA/l.
При симптомах: адреналин автоинжектором 0,15 мг в наружную поверхность бедра, вызвать скорую помощь, положить с приподнятыми ногами.
Контакты: мама [[P:{q_fi}]] — [[T:{ph1}]]; папа [[P:{u_fi}]] — [[T:{ph2}]]
Школьная медсестра [[P:{s_s}]], медкабинет {cab}
Справка для питания в школьной столовой (безореховая диета) № [[R:{spr}]]
Аллерголог-иммунолог [[P:{d_s}]], {gp}, карта [[R:{amb}]], [[D:{td2}]]""",
    ),
    (
        79,
        "ответ гастроэнтеролога на обращение пациента через портал госуслуг",
        """Портал «Госуслуги» — обращение [[R:{portal}]] от [[D:{tdd2}]]
От: [[P:{p_fi}]] <[[E:{m1}]]>
Вопрос: после эрадикационной терапии (кларитромицин + амоксициллин + омепразол, 14 дней) дыхательный уреазный тест [[D:{tdd3}]] положительный. Что дальше? Полис [[O:{enp}]].
—
Ответ врача-гастроэнтеролога [[P:{d_i}]], [[D:{td4}]]:
[[P:{p_io}]], рекомендуется квадротерапия с висмута трикалия дицитратом 14 дней (согласно консенсусу Маастрихт VI и КР 377_2). Контроль 13С-УДТ через 4–6 недель после окончания, направление [[R:{napr}]]. ФГДС с OLGA/OLGIM — [[D:{tdm6}]] в {tm2}, каб. {cab}.""",
    ),
    (
        80,
        "выписка гематолога для регионального сегмента федерального регистра ВЗН",
        """ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ для включения в региональный сегмент федерального регистра (ВЗН)
[[P:{u}]], [[B:{bd}]], пол мужской; СНИЛС [[S:{sn}]]; полис ОМС [[O:{enp}]]
Паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
Регистрационный номер в регистре ВЗН: [[R:{vzn}]]
Адрес регистрации: [[A:{a1}]]; фактический: [[A:{a_br}]]
Диагноз: Гемофилия A, тяжёлая форма (D66); FVIII < 1 %; ингибитор 0,<<#>> БЕ/мл (метод Бетесда в модификации Неймеген).
Терапия: эмицизумаб 3 мг/кг 1 р/нед № 4, затем 1,5 мг/кг 1 р/нед (масса {wt} кг).
ВК, протокол [[R:{vk}]] от [[D:{td2}]]. Гематолог [[P:{d_s}]]; заведующий [[P:{h_s}]]""",
    ),
    (
        81,
        "справка детского кардиолога для спортивной секции",
        """Справка детского кардиолога № [[R:{spr}]]
[[P:{c}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]], [[A:{a1}]]; занимается футболом (ДЮСШ «Олимп», группа УТГ-2).
ЭКГ [[D:{tdd1}]]: синусовая аритмия, ЧСС 7<<#>>/мин; неполная блокада ПНПГ. ЭхоКГ [[D:{tdd2}]]: ООО 3 мм, сброс слева направо, давление в ЛА 2<<#>> мм рт. ст. ХМ-ЭКГ № [[R:{holter}]]: без патологии. Тест Руфье 7,<<#>>.
Заключение: функциональный систолический шум, малая аномалия развития сердца (Q21.1 — ООО). Допущен{c_a} к тренировкам без ограничений; основная группа физкультуры.
Повторный осмотр через 12 мес. Мама [[P:{q_s}]], [[T:{ph1}]].
Детский кардиолог [[P:{d_s}]], [[D:{td3}]]""",
    ),
    (
        83,
        "информационное письмо детского эндокринолога в детский сад об инсулиновой помпе",
        """Заведующей МБДОУ «Детский сад № {small}» [[P:{w_dat}]]
[[A:{ao}]]
ИНФОРМАЦИОННОЕ ПИСЬМО
Воспитан{c_nik} [[P:{c}]], [[B:{bdkg}]], с [[D:{td1}]] (дебют с кетоацидозом) страдает сахарным диабетом 1 типа (E10.9), получает инсулин аспарт через помпу Medtronic MiniMed 780G ({serial}) с датчиком Guardian 4.
Целевой диапазон глюкозы 3,9–10,0 ммоль/л. При гипогликемии < 3,9 ммоль/л — 15 г быстрых углеводов (сок 150 мл), через 15 мин повторить измерение.
Ответственные: мама [[P:{q_io}]] ([[T:{ph1}]]), бабушка [[P:{r_io}]] ([[T:{ph2}]]).
Карта диспансерного наблюдения [[R:{disp}]]; регистр СД: [[R:{reg}]].
Детский эндокринолог [[P:{d_s}]], [[D:{td3}]], [[T:{phc1}]]""",
    ),
    (
        84,
        "консультация диетолога в мессенджере с мамой пациента",
        """Мессенджер клиники, диалог «Диетолог — родители»
[[D:{tdd2}]] {tm1} [[P:{q_dim}]] (мама): Здравствуйте, [[P:{d_io}]]! Это мама [[P:{c_fi_gen}]]. Вес сегодня {wtk} кг, дневник питания за неделю прислала.
{tm2} [[P:{d_fi}]] (диетолог): Добрый день! Получила. ИМТ по z-score +2,<<#>> (ВОЗ AnthroPlus). «Стол № 8 по Певзнеру» не используем; уберём сладкие напитки, перекусы — овощи, кефир.
{tm3} [[P:{q_dim}]]: Анализы (инсулин, глюкоза, HOMA-IR 4,<<#>>) отправила на [[E:{md}]].
{tm4} [[P:{d_first}]]: Вижу. Следующая консультация [[D:{tdm5}]] в {tm2}, онлайн; ссылку пришлём SMS на [[T:{ph1}]]. Код записи [[R:{sms}]].""",
    ),
    (
        85,
        "заключение клинического фармаколога по запросу врачебной комиссии",
        """ЗАКЛЮЧЕНИЕ КЛИНИЧЕСКОГО ФАРМАКОЛОГА № [[R:{cons}]]
по запросу врачебной комиссии (протокол № [[R:{vk}]] от [[D:{td2}]])
Пациент: [[P:{p}]], [[B:{bd}]], масса {wt} кг; клиренс креатинина по Кокрофту–Голту 4<<#>> мл/мин; ИБ [[R:{ib}]]
Лист назначений: варфарин 5 мг (B01AA03), амиодарон 200 мг, кларитромицин 500 мг × 2, омепразол 20 мг, аторвастатин 40 мг.
Взаимодействия: амиодарон + варфарин — рост МНО (CYP2C9), снизить дозу варфарина на 30 %; кларитромицин + аторвастатин — риск рабдомиолиза (CYP3A4), заменить на азитромицин.
НЛР (гематурия) — по шкале Наранжо 6 баллов, «вероятная»; извещение в АИС «Фармаконадзор» № [[R:{nlr}]] от [[D:{td3}]].
Клинический фармаколог [[P:{d_s}]]; председатель ВК [[P:{h_s}]]; лечащий врач [[P:{e_s}]]""",
    ),
    (
        89,
        "направление нефролога в центр трансплантации почки для включения в лист ожидания",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] на консультацию в центр трансплантации (включение в лист ожидания трансплантации почки)
Пациент: [[P:{p}]], [[B:{bd}]]; группа крови B(III) Rh+; HLA-типирование [[D:{tdd1}]], образец [[R:{hla}]]: A*02, A*24; B*35, B*51; DRB1*11, *13.
Диагноз: ХБП С5Д (N18.5); программный гемодиализ с [[D:{dold}]], карта диализа [[R:{dial}]]; PRA 1<<#>> %.
Адрес: [[A:{a1}]], тел. [[T:{ph1}]]; паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Потенциальный родственный донор — [[P:{v}]], [[B:{bd2}]], тел. [[T:{ph2}]].
Врач-нефролог [[P:{d_s}]], {org}, [[E:{md}]]""",
    ),
    (
        90,
        "протокол врачебной комиссии о передаче кислородного концентратора пациенту на дом",
        """ПРОТОКОЛ ВК № [[R:{vk}]] от [[D:{td3}]]
О передаче медицинского изделия для использования на дому (приказ Минздрава России от [[D:31.05.2019]] № 348н)
Пациент: [[P:{p}]], [[B:{bd}]]; ХОБЛ, GOLD 4, группа E (J44.1); ДН III; SpO2 в покое 8<<#>> %, PaO2 5<<#>> мм рт. ст. (КЩС [[D:{tdd2}]]); mMRC 3, CAT 2<<#>>.
Изделие: кислородный концентратор Armed 7F-3L, {inv}.
Адрес установки: [[A:{av}]] ({av_tail})
Договор безвозмездного пользования № [[R:{contract}]] от [[D:{td3}]]; ответственный — сын [[P:{u_io}]], тел. [[T:{ph1}]].
Председатель ВК [[P:{h_s}]]; врач-пульмонолог [[P:{d_s}]]""",
    ),
    (
        91,
        "заявка ревматолога на генно-инженерный биологический препарат (региональный регистр)",
        """ЗАЯВКА на обеспечение генно-инженерным биологическим препаратом
Номер в региональном регистре больных, получающих ГИБП: [[R:{gibp}]]
Пациент: [[P:{p}]], [[B:{bd}]]; СНИЛС [[S:{sn}]]; ЕНП [[O:{enp}]]
Проживает: [[A:{a_br}]]
Диагноз: Анкилозирующий спондилит (болезнь Бехтерева), HLA-B27+ (M45); BASDAI 6,<<#>>, ASDAS-СРБ 3,<<#>>; неэффективность двух НПВП ≥ 4 нед.
Препарат: секукинумаб 150 мг п/к (L04AC10), схема насыщения.
Решение ВК ревматологического центра: протокол [[R:{vk}]] от [[D:{td2}]]. Скрининг туберкулёза: Диаскинтест [[D:{tdd1}]] — отрицательно; КТ ОГК [[R:{study}]].
Ревматолог [[P:{d_s}]], [[E:{md}]], [[T:{phc1}]]; заведующий ревматологическим центром [[P:{h_i}]]""",
    ),
    (
        97,
        "ответ нарколога на запрос отдела кадров работодателя",
        """ГБУЗ «Наркологический диспансер», [[A:{ao}]]
Исх. № {out_no} от [[D:{td3}]]
Начальнику отдела кадров АО «Волжская энергосбытовая компания» [[P:{k_dat}]]
На Ваш запрос № 14/к-<<###>> (наш вх. № [[R:{vh}]] от [[D:{td1}]])
Сообщаем, что сведения о [[P:{p_prep}]], [[B:{bd}]], составляют врачебную тайну и предоставляются только с письменного согласия гражданина (ст. 13 Федерального закона от [[D:21.11.2011]] № 323-ФЗ).
[[D:{tdd2}]] [[P:{p_s}]] обратил{p_sya} лично (паспорт серия [[Q:{pas_long}]]); выдана справка № [[R:{spr}]] об отсутствии диспансерного наблюдения (приказ Минздрава России от [[D:14.09.2020]] № 972н).
Главный врач [[P:{h_s}]]; исп. [[P:{m_s}]], [[T:{phc1}]]""",
    ),
    (
        98,
        "передача пациента между психотерапевтами по электронной почте (с согласия пациента)",
        """Тема: передача пациента (с согласия) — [[P:{p_sp}]]
[[P:{e_io}]], здравствуйте.
В связи с моим уходом в отпуск передаю Вам [[P:{p_acc}]], [[B:{bd}]] (карта [[R:{amb}]]). Согласие на передачу сведений подписано [[D:{td2}]].
Проведено 1<<#>> сессий КПТ: BDI-II 2<<#>> → 1<<#>>, GAD-7 1<<#>> → <<#>>. Сертралин 100 мг назначен психиатром [[P:{n_s_ins}]].
Контакты пациента: [[T:{ph1}]], [[E:{m1}]]; экстренный контакт — [[P:{q_fi}]], [[T:{ph2}]].
Следующая сессия [[D:{tdm4}]] в {tm1}, каб. {cab}.
С уважением, [[P:{d_fi}]], врач-психотерапевт""",
    ),
    (
        100,
        "сопроводительное письмо экспертной комиссии в суд с заключением судебно-психиатрической экспертизы",
        """ГБУЗ «Психиатрическая больница», отделение судебно-психиатрической экспертизы
Исх. № {out_no} от [[D:{td5}]]
Судье Октябрьского районного суда г. {town} [[P:{h_dat}]]
[[A:{ao2}]]
По уголовному делу № {court} (№ {crim})
Направляем заключение комиссии экспертов № [[R:{expert}]] от [[D:{td4}]] (амбулаторная комплексная судебная психолого-психиатрическая экспертиза) в отношении [[P:{p_gen}]], [[B:{bd}]], назначенной постановлением от [[D:{td1}]].
Приложение: заключение на 1<<#>> л.; материалы уголовного дела в 2 томах; медицинская карта ПНД [[R:{amb}]].
Председатель комиссии [[P:{d_s}]]; эксперты: [[P:{e_s}]], медицинский психолог [[P:{n_s}]]""",
    ),
]
GENRES18 += [
    (
        110,
        "медицинское заключение врачебно-лётной экспертной комиссии члена лётного экипажа",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ 1 КЛАССА / MEDICAL CERTIFICATE CLASS 1 № [[R:{vlek}]]
(ФАП МО ГА-2002, приказ Минтранса России от [[D:22.04.2002]] № 50)
Фамилия, имя / Surname, name: [[P:{p_up}]] / [[P:{p_latup}]]
Дата рождения / Date of birth: [[B:{bd_dot}]]
Паспорт [[Q:{pas}]]; свидетельство пилота / licence № [[R:{lic}]]
Должность: второй пилот ВС Airbus A320 (RA-73<<###>>), рейсы SU <<####>>.
Годен по графе II; ограничение VML — носить корригирующие очки, иметь запасные.
Дата освидетельствования / Date of examination: [[D:{td2}]]; действительно до / valid until [[D:{tnext}]]
Председатель ВЛЭК [[P:{h_s}]]; офтальмолог [[P:{d_s}]]; ЦВЛЭК: [[A:{ao}]]""",
    ),
    (
        118,
        "журнал телефонного мониторинга пациентов с хронической сердечной недостаточностью (медсестра кабинета ХСН)",
        """ЖУРНАЛ ДИСТАНЦИОННОГО НАБЛЮДЕНИЯ ПАЦИЕНТОВ С ХСН — медсестра [[P:{s_s}]], неделя с [[D:{tdd1}]]
дата | ФИО | № в регистре ХСН | телефон | вес / АД / ЧСС | действия
[[D:{tdd1}]] | [[P:{p_s}]] | [[R:{reg}]] | [[T:{ph1}]] | {wt} кг (+2,1 кг за 3 дня) / 1<<##>>/<<8#>> / 8<<#>> | доложено кардиологу [[P:{d_s}]]: торасемид 20 мг 3 дня
[[D:{tdd2}]] | [[P:{k_s}]] | [[R:{reg2}]] | [[T:{ph2}]] | <<7#>> кг / 11<<#>>/7<<#>> / 6<<#>> | NYHA II, без изменений
[[D:{tdd3}]] | [[P:{n_s}]] | [[R:{reg3}]] | не дозвонились | — | звонок дочери [[P:{q_fi}]] [[T:{ph3}]], повтор завтра
Примечание к первой строке: ФВ 3<<#>> % (Симпсон), NT-proBNP 2<<###>> пг/мл; сакубитрил/валсартан 97/103 мг × 2.""",
    ),
    (
        124,
        "протокол врачебной комиссии центра профпатологии о связи заболевания с профессией",
        """ПРОТОКОЛ № [[R:{vk}]] заседания врачебной комиссии центра профпатологии от [[D:{td4}]]
Об установлении связи заболевания с профессией
[[P:{p}]], [[B:{bdw}]], СНИЛС [[S:{sn}]], паспорт [[Q:{pas}]]; профессия — машинист буровой установки; стаж во вредных условиях 2<<#>> г. (класс условий труда 3.3 по локальной вибрации).
Проживает в [[A:{al1}]]. Работодатель: ООО «Поволжская буровая компания», ИНН {orginn}, [[A:{ao}]].
Санитарно-гигиеническая характеристика условий труда № [[R:{sgh}]] от [[D:{td1}]].
Диагноз: Вибрационная болезнь от воздействия локальной вибрации II степени (T75.2); холодовая проба положительная, паллестезиометрия — снижение на 125 Гц.
Решение: заболевание профессиональное. Извещение об установлении заключительного диагноза № [[R:{izv}]] направлено [[D:{td5}]].
Председатель [[P:{h_s}]]; члены [[P:{d_s}]], [[P:{e_s}]]. С протоколом ознакомлен{p_a}: [[P:{p_s}]]""",
    ),
    (
        145,
        "направление уролога на биопсию простаты и ответ патологоанатома",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] на трансректальную fusion-биопсию предстательной железы
Пациент: [[P:{u}]], [[B:{bdold}]], амб. карта [[R:{amb}]], тел. [[T:{ph1}]]
Адрес: [[A:{a1}]]
ПСА общ. 8,<<#>> нг/мл ([[D:{tdd1}]]), плотность ПСА 0,1<<#>>; МРТ малого таза ([[R:{study}]]) — PI-RADS 4, зона PZ слева.
Антибиотикопрофилактика: ципрофлоксацин 500 мг за 2 ч. Отмена ривароксабана за 48 ч.
Врач-уролог [[P:{d_s}]], [[D:{td2}]]
—
ПАТОЛОГОАНАТОМИЧЕСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{hist}]] от [[D:{td4}]]
Ацинарная аденокарцинома, сумма баллов по Глисону 3 + 4 = 7 (ISUP grade group 2), 4 из 12 столбиков, периневральная инвазия не выявлена (C61).
Врач-патологоанатом [[P:{e_s}]]""",
    ),
    (
        154,
        "карта эпидемиологического расследования случая кори",
        """КАРТА ЭПИДЕМИОЛОГИЧЕСКОГО РАССЛЕДОВАНИЯ СЛУЧАЯ КОРИ № [[R:{epid}]]
Экстренное извещение (ф. 058/у) № [[R:{izv}]] от [[D:{td1}]]
Больн{p_oi}: [[P:{p}]], [[B:{bd}]]; адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Дата заболевания [[D:{tdd1}]], появление сыпи [[D:{tdd2}]]; вакцинация против кори: V [[D:{dold}]] ({lot}), RV — нет данных.
IgM к вирусу кори (ИФА) — положительно, проба [[R:{sample}]]; генотип D8.
Контактные в очаге: [[P:{q}]] ([[B:{bdq}]]) — вакцинирована дважды; [[P:{c}]] ([[B:{bdk}]]) — иммуноглобулин человека нормальный 3 мл в/м [[D:{tdd3}]].
Врач-эпидемиолог [[P:{d_s}]], филиал ФБУЗ «Центр гигиены и эпидемиологии», [[T:{phc1}]]""",
    ),
    (
        161,
        "санитарно-гигиеническая характеристика условий труда работника при подозрении на профессиональное заболевание",
        """САНИТАРНО-ГИГИЕНИЧЕСКАЯ ХАРАКТЕРИСТИКА УСЛОВИЙ ТРУДА РАБОТНИКА ПРИ ПОДОЗРЕНИИ У НЕГО ПРОФЕССИОНАЛЬНОГО ЗАБОЛЕВАНИЯ № [[R:{sgh}]] от [[D:{td3}]]
1. [[P:{p}]], [[B:{bdw}]]; профессия — электросварщик ручной сварки.
2. Извещение о предварительном диагнозе № [[R:{izv}]] от [[D:{td1}]], врач-профпатолог [[P:{d_s}]].
3. Работодатель: АО «Завод металлоконструкций», [[A:{ao}]].
4. Стаж общий 2<<#>> г., в данной профессии 1<<#>> лет.
5. Марганец в сварочном аэрозоле 0,<<##>> мг/м³ (ПДК 0,2), шум 8<<#>> дБА (ПДУ 80) — класс 3.2.
Составил: врач по гигиене труда [[P:{e_s}]]; согласовано: [[P:{h_s}]].
С характеристикой ознакомлен представитель работодателя [[P:{k_s}]], [[D:{td4}]].""",
    ),
    (
        169,
        "заявка на заключительную дезинфекцию в очаге по месту жительства",
        """ЗАЯВКА № [[R:{dez}]] на проведение заключительной дезинфекции в очаге
Принята [[D:{td2}]] {tm1} от медсестры инфекционного кабинета [[P:{s_s}]], [[T:{phc1}]]
Инфекция: туберкулёз органов дыхания, МБТ+ (A15.0); больн{p_oi} [[P:{p}]], [[B:{bd}]], госпитализирован{p_a} [[D:{tdd1}]].
Адрес очага: [[A:{av}]]
{av_tail}; 2 комнаты, 4<<#>> м².
Проживают: [[P:{q_fi}]], [[P:{c_fi}]].
Метод: камерная обработка постельных принадлежностей (паровоздушная, 90 °C); влажная обработка поверхностей средством «Ника-Хлор» 0,2 %.
Доступ в квартиру: [[P:{q_io}]], [[T:{ph1}]]. Выполнено [[D:{tdd3}]], бригада № {small}, дезинфектор [[P:{m_s}]].""",
    ),
    (
        171,
        "справка стоматолога о санации полости рта для военного комиссариата",
        """СПРАВКА № [[R:{spr}]]
Дана [[P:{u_dat}]], [[B:{bdyoung}]], паспорт [[Q:{pas}]], зарегистрированному по адресу: [[A:{a1}]], в том, что он прошёл санацию полости рта в стоматологической поликлинике № {small}.
Проведено: 16, 26 — пломбы; 36 — эндодонтическое лечение ([[D:{tdd1}]]); 48 — удалён (ретенция). Индекс КПУ 7, OHI-S 1,2.
Выдана для предъявления в военный комиссариат (личное дело призывника [[R:{ld}]]).
Медицинская карта стоматологического больного (ф. 043/у) № [[R:{amb}]]
Врач-стоматолог [[P:{d_s}]]; [[D:{td3}]]; тел. регистратуры [[T:{phc1}]]""",
    ),
    (
        175,
        "заказ-наряд ортопеда-стоматолога в зуботехническую лабораторию",
        """ЗАКАЗ-НАРЯД № [[R:{zn}]] в зуботехническую лабораторию ООО «Дентал-Лаб»
Дата [[D:{td2}]]; срок сдачи [[D:{td4}]] к {tm2}
Пациент: [[P:{p_s}]], карта [[R:{amb}]], тел. [[T:{ph1}]]
Врач: [[P:{d_s}]]; зубной техник: [[P:{m_s}]]
Работа: мостовидный протез 35–37, металлокерамика (КХС), цвет A3 по шкале VITA classical; оттиск А-силикон, дезинфекция выполнена.
Примерка каркаса [[D:{tdm3}]].
Оплата по договору на оказание платных услуг № [[R:{dog}]]; счёт № <<####>> от [[D:{td2}]].
Справка для налогового вычета: налогоплательщик [[P:{p}]], ИНН [[I:{inn}]], [[A:{a2}]].""",
    ),
    (
        184,
        "ответ аптечной организации на жалобу о невыдаче льготного препарата",
        """ГУП «Областная аптечная сеть», аптечный пункт № {small}
Ответ на обращение № [[R:{compl}]] от [[D:{td2}]]
[[P:{p_dat}]], [[A:{a1}]]
Уважаем{p_yi} [[P:{p_io}]]!
Рецепт (форма 148-1/у-04(л)) серии {rx_ser} № [[R:{rx}]] от [[D:{td1}]], выписанный врачом [[P:{d_s_ins}]], поставлен на отсроченное обслуживание [[D:{tdd2}]] (позиция {small2} в журнале). Апиксабан 5 мг № 60 поступил [[D:{tdd4}]]; SMS направлено на номер [[T:{ph1}]].
Срок действия рецепта — 30 дней; приказ Минздрава России от [[D:24.11.2021]] № 1094н.
Заведующий аптекой [[P:{h_s}]], [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        236,
        "обратный талон бюро медико-социальной экспертизы, отсканированный с ошибками OCR",
        """0БРАТНЫЙ ТАЛ0Н
(к направлению на медико-социальную экспертизу № [[R:{napr_ocr}]] от [[D:{td1}]])
ФКУ «ГБ МСЭ» Минтруда России, Бюро № {small}
1. Гражданин: [[P:{p_ocr}]], [[B:{bd_dot}]], СНИЛС [[S:{sn}]]
2. Адрес: [[A:{a_br}]]
3. Дата освидетельствования [[D:{td3}]]; акт МСЭ № [[R:{mse}]]; протокол № [[R:{mse2}]]
4. Установлена инвалидность II группы, причина — общее заболевание, на срок до [[D:{tnext}]].
5. Справка серии МСЭ-2023 № [[R:{msesp}]]
6. ИПРА № [[R:{ipra}]]
Руководитель бюро [[P:{h_s}]]; получено МО [[D:{td4}]], регистратор [[P:{m_s}]]""",
    ),
    (
        247,
        "запись онлайн-консультации пластического хирурга по видеосвязи",
        """Запись онлайн-консультации (видеосвязь), [[D:{td2}]], {tm1}–{tm2}
Врач: [[P:{d}]], пластический хирург, клиника «Линия»
Пациент{p_ka}: [[P:{p_fi}]], [[B:{bd}]]; связь: [[T:{ph1}]], [[E:{m1}]]
ID консультации: [[R:{uuid}]]
Жалобы: деформация спинки носа после ринопластики в другой клинике ([[D:{dold}]]).
Фото в 6 проекциях получены; дыхание через нос затруднено слева.
Рекомендовано: КТ околоносовых пазух; очный приём. Договор № [[R:{dog}]] (паспорт [[Q:{pas}]], ИНН [[I:{inn}]]).
Запись на очный приём [[D:{tdm5}]] — координатор [[P:{s_fi}]] (WhatsApp [[T:{ph_glue}]]).""",
    ),
    (
        248,
        "чек-лист перевода пациента с острым коронарным синдромом в ЧКВ-центр",
        """ЧЕК-ЛИСТ ПЕРЕВОДА ПАЦИЕНТА С ОКСпST В ЧКВ-ЦЕНТР
Первый медицинский контакт {tm1}; ЭКГ передана дистанционно в {tm1}, № передачи [[R:{tmk}]]
Пациент: [[P:{p}]], {age_y} ([[B:{bd}]]); масса ~{wt} кг
Откуда: {crb}; бригада СМП № {small}, карта вызова [[R:{call}]], адрес вызова [[A:{ar}]]
Тромболизис не проводился (время до ЧКВ < 120 мин); АСК 250 мг, тикагрелор 180 мг, гепарин 4000 ЕД в/в.
Killip I; GRACE 1<<##>>.
Принял: рентгенэндоваскулярный хирург [[P:{d_s}]], ангиограф Philips Azurion 7, зал {small2}; door-to-balloon 4<<#>> мин.
Коронарография [[D:{td3}]]: окклюзия ПМЖВ (TIMI 0) → стент Resolute Onyx 3,0 × 26 мм ({lot}), TIMI III.
Родственник: [[P:{q_fi}]], [[T:{ph1}]]""",
    ),
    (
        252,
        "информированное согласие на ботулинотерапию в карте косметолога",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на проведение ботулинотерапии
Я, [[P:{q}]], [[B:{bdq}]], паспорт серия [[Q:{pas_long}]], выдан [[D:{pas_d}]], зарегистрирована по адресу: [[A:{a1}]],
даю согласие на введение препарата ботулинического токсина типа A (Диспорт 300 ЕД, {lot}, годен до {exp_m}), разведение 2,5 мл; m. corrugator, m. procerus — 50 ЕД.
Противопоказания (беременность, миастения, приём аминогликозидов) мне разъяснены.
Карта № [[R:{amb}]]; договор № [[R:{dog}]] от [[D:{td2}]]; ИНН пациентки [[I:{inn}]]
Врач-косметолог [[P:{d_s}]]; подпись пациентки [[P:{q_s}]], [[D:{td2}]]
Контрольный осмотр [[D:{tdm4}]]; тел. клиники [[T:{phc1}]], пациентки [[T:{ph1}]]""",
    ),
    (
        256,
        "заключение врача по водолазной медицине о допуске водолаза к спускам",
        """ЗАКЛЮЧЕНИЕ № [[R:{vlek}]]
о допуске к водолазным спускам и работам в условиях повышенного давления
[[P:{u}]], [[B:{bdw}]], водолаз 2 класса; личная книжка водолаза № [[R:{lkv}]]
Место работы: АО «Подводречстрой»
Обследование [[D:{td2}]]: проба на переносимость давления в барокамере до 0,5 МПа — переносит; проба Вальсальвы — проходимость слуховых труб I степени; тональная аудиометрия — норма; ЭКГ, спирометрия — норма.
Заключение: годен к водолазным спускам до глубины 60 м до [[D:{tnext}]].
Врач по водолазной медицине [[P:{d_s}]]; председатель ВВК [[P:{h_s}]]
[[A:{ao}]], [[T:{phc1}]]""",
    ),
    (
        269,
        "обращение в техническую поддержку МИС об объединении дублей медицинской карты пациента",
        """Инцидент {inc} (приоритет 3), создан [[D:{tiso2}]] {tm1}
Автор: [[P:{m_fi}]] (регистратура), [[E:{mo}]]
Исполнитель: врач-кибернетик [[P:{d_fi}]]
Тема: дубль ЭМК пациента
Описание: у пациент{p_kig} [[P:{p_gen}]], [[B:{bd}]] две карты: MPI [[R:{emk}]] и MPI [[R:{emk2}]]; в первой СНИЛС [[S:{sn}]], во второй — полис [[O:{enp}]]. Амбулаторная карта [[R:{amb}]].
Решение [[D:{tiso3}]] {tm2}: карты объединены, основная MPI [[R:{emk}]]; СЭМД рег. № [[R:{semd}]] перепривязан.
Лог: [[D:{tiso3}]]T{tm2}:05Z merge OK, сценарий merge v2.4, 0 ошибок.""",
    ),
    (
        285,
        "письмо радиотерапевта онкологу об окончании курса лучевой терапии",
        """Уважаем{d_yi} [[P:{d_io}]]!
Ваш{q_a} пациентка [[P:{q}]], [[B:{bdq}]], карта ЛТ [[R:{rt}]], завершила курс дистанционной лучевой терапии [[D:{td1}]] — [[D:{td4}]]:
VMAT на ложе удалённой опухоли левой молочной железы и зоны регионарного лимфооттока, РОД 2,67 Гр, СОД 40,05 Гр за 15 фракций + буст 10 Гр за 4 фракции. Ускоритель Elekta Synergy.
Лучевые реакции: эпидермит I степени по RTOG.
Далее: летрозол 2,5 мг ежедневно; контрольная маммография [[D:{tnext}]].
Врач-радиотерапевт [[P:{e_s}]], ГБУЗ «Областной клинический онкологический диспансер», [[T:{phc1}]], [[E:{me}]]""",
    ),
    (
        287,
        "консультация остеопата младенца по направлению педиатра",
        """Консультация врача-остеопата по направлению педиатра (направление [[R:{napr}]] от [[D:{td1}]])
Пациент: [[P:{c}]], [[B:{bdinf}]], свидетельство о рождении [[C:{bc}]]; мама [[P:{q}]], [[T:{ph1}]]
Адрес: [[A:{a1}]]
Жалобы: асимметрия положения головы, предпочитает поворот вправо.
Остеопатический статус: соматическая дисфункция краниоцервикального перехода; краниосакральная техника по Сатерленду.
Заключение: Позиционная плагиоцефалия (Q67.3). Рекомендовано: выкладывание на живот; ЛФК по Войте; консультация невролога.
Следующий приём [[D:{tdm3}]] в {tm2}. Врач-остеопат [[P:{d_s}]], карта [[R:{amb}]]""",
    ),
    (
        288,
        "запрос детского онколога-гематолога на HLA-типирование сиблингов для трансплантации",
        """ЗАПРОС на HLA-типирование сиблингов для поиска донора гемопоэтических стволовых клеток
Реципиент: [[P:{c}]], [[B:{bdk}]], ИБ [[R:{ib}]], ID в регистре доноров (РДКМ): [[R:{hla}]]
Диагноз: Острый миелобластный лейкоз (C92.0), вторая ремиссия; показана алло-ТГСК.
Сиблинги: 1) [[P:{v}]], [[B:{bdk2}]] — образец [[R:{sample}]]; 2) [[P:{w}]], [[B:{bdk3}]] — образец [[R:{sample2}]]
Родители: [[P:{q}]] ([[T:{ph1}]]), [[P:{u}]] ([[T:{ph2}]]); проживают в [[A:{al2}]]
Взятие крови [[D:{td2}]] в 09:00, процедурный кабинет {cab}; лаборатория HLA-типирования: [[A:{ao}]].
NGS HLA-A, -B, -C, -DRB1, -DQB1 (высокое разрешение).
Детский онколог-гематолог [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        290,
        "направление врача физической и реабилитационной медицины на третий этап медицинской реабилитации",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] на третий этап медицинской реабилитации (амбулаторно)
Пациент: [[P:{p}]], [[B:{bd}]], полис [[O:{enp}]]; проживает в [[A:{al1}]]
Диагноз: Ишемический инсульт в бассейне левой СМА [[D:{td1}]] (I63.5); правосторонний гемипарез, моторная афазия.
ШРМ 3; mRS 3; индекс Бартел 6<<#>>; NIHSS 5; MoCA 2<<#>>; спастичность по шкале Ашворта 1+.
На втором этапе (ИБ [[R:{ib}]]): кинезиотерапия по Бобату, PNF по Кабату, роботизированная механотерапия Lokomat, логопедические занятия.
Основание: приказ Минздрава России от [[D:31.07.2020]] № 788н.
Врач ФРМ [[P:{d_s}]]; МДРК: логопед [[P:{n_s}]], эргореабилитолог [[P:{e_s}]]""",
    ),
    (
        205,
        "служебная записка старшей медицинской сестры о падении пациента",
        """СЛУЖЕБНАЯ ЗАПИСКА
Заместителю главного врача по работе с сестринским персоналом [[P:{h_dat}]]
от старшей медицинской сестры терапевтического отделения [[P:{s_s_gen}]]
[[D:{td3}]] в {tm1} в палате № {ward} пациент{p_ka} [[P:{p}]], {age_y} (ИБ [[R:{ib}]]; [[A:{a1}]]), при попытке встать без сопровождения упал{p_a}. Риск падения по шкале Морсе — 5<<#>> (высокий), жёлтый браслет надет.
Постовая медсестра [[P:{w_s}]] находилась в процедурной. Осмотрен{p_a} дежурным врачом [[P:{d_s}]] в {tm2}: ушиб мягких тканей лобной области; КТ головы [[R:{study}]] — без патологии.
Извещение о нежелательном событии № [[R:{ne}]].
Родственник ([[P:{u_fi}]]) уведомлён по телефону [[T:{ph1}]] в {tm3}.
[[P:{s_s}]]""",
    ),
    (
        206,
        "запись фельдшера ФАП о патронаже на дому маломобильного пациента",
        """ФАП {vil} — патронаж на дому [[D:{td2}]]
Пациент: [[P:{p}]], [[B:{bd}]], инвалид II группы, маломобилен.
Адрес: [[A:{ar}]]
Карта [[R:{amb}]]; диспансерное наблюдение (I11.9, E11.9) — [[R:{disp}]]
АД 1<<##>>/<<8#>>, пульс 7<<#>>; глюкометр «Сателлит Экспресс» — 8,<<#>> ммоль/л; пастозность голеней.
Выдан льготный рецепт (метформин 1000 мг) серии {rx_ser} № [[R:{rx}]].
Соседка [[P:{w_fi}]] помогает по хозяйству, тел. [[T:{ph1}]]; дочь [[P:{q_io}]] (г. {town}) — [[T:{ph2}]].
Следующий патронаж [[D:{tdm5}]]. Фельдшер [[P:{s_s}]]; связь с ЦРБ [[T:{phc1}]]""",
    ),
    (
        219,
        "передача смены медицинскими сёстрами кардиологического отделения",
        """ПЕРЕДАЧА СМЕНЫ (SBAR), кардиологическое отделение, пост № {small}, [[D:{tdd3}]] 20:00
Сдала: [[P:{s_s}]]; принял{m_a}: [[P:{m_s}]]
Палата {ward}: [[P:{p_s}]], {age} л., ИБ [[R:{ib}]] — АД 9<<#>>/6<<#>>, диурез за смену <<4##>> мл; при САД < 90 вызвать дежурного врача [[P:{d_s}]] ([[T:{ph1}]]).
Палата {ward2}: [[P:{k_s}]], ИБ [[R:{ib2}]] — гепарин через перфузор 1000 ЕД/ч, АЧТВ в 02:00, пробирка [[R:{sample}]].
Палата {ward3}: [[P:{n_s}]] — ночью не спит, шкала RASS +1; дочь [[P:{q_io}]] просит позвонить утром: [[T:{ph2}]].""",
    ),
    (
        232,
        "запрос медицинского статистика врачу об исправлении талона амбулаторного пациента",
        """Кому: врачу-неврологу [[P:{d_s}]]
От: медицинский статистик [[P:{m_s}]] (ОМО), вн. {ext}
Тема: возврат ТАП по результатам МЭК
Талон амбулаторного пациента № [[R:{tal}]] (IDCASE [[R:{idcase}]])
Пациент: [[P:{p}]], [[B:{bd}]]; ЕНП [[O:{enp}]]; СНИЛС [[S:{sn}]]
Ошибки: код услуги B01.023.001 не соответствует цели посещения; диагноз G43.0 без 4-го знака; дата посещения [[D:{tdd2}]] позже даты закрытия случая [[D:{tdd1}]].
Исправить до [[D:{td4}]]. Код МО {mo_code}, реестр счетов № <<###>>.""",
    ),
    (
        279,
        "акт обследования социально-бытовых условий проживания на дому",
        """АКТ обследования социально-бытовых условий проживания № [[R:{akt}]]
Дата [[D:{td2}]]; обследование провела специалист по социальной работе [[P:{s_s}]] совместно с участковым терапевтом [[P:{d_s}]]
Гражданин: [[P:{p}]], [[B:{bdold}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Адрес: [[A:{av}]] ({av_tail})
Состав семьи: дочь [[P:{q}]] проживает отдельно: [[A:{a2}]], тел. [[T:{ph1}]]
Жилищные условия: однокомнатная квартира, газовая плита, санузел совмещённый; продукты приносит соседка.
Нуждается в социальном обслуживании на дому; ИППСУ № [[R:{ippsu}]].
Подписи: [[P:{s_s}]], [[P:{p_s}]]""",
    ),
    (
        283,
        "карта вызова отделения неотложной медицинской помощи (фельдшер)",
        """КАРТА ВЫЗОВА ОТДЕЛЕНИЯ НЕОТЛОЖНОЙ МЕДИЦИНСКОЙ ПОМОЩИ № [[R:{call}]]
Принят [[D:{td2}]] {tm1}, прибытие {tm2}
Адрес: [[A:{av}]]; {av_tail}
Пациент: [[P:{p}]], {age_y}, полис [[O:{enp}]]
Вызвал{q_a}: [[P:{q_fi}]] с [[T:{ph1}]]
Жалобы: t 38,9 °C, боль в горле 2 дня. NEWS2 — 3 балла.
Помощь: парацетамол 1000 мг внутрь; рекомендовано обращение к терапевту.
Актив в поликлинику передан телефонограммой № [[R:{tgm}]].
Фельдшер [[P:{s_s}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ID: (NAME, PARENT) as in 1.2.643.5.1.13.13.11.1066 v5.4 (every entry here has REL 1, no
# DATEOUT); PARENT 0 «Врачебные специальности», 204 «Средний медицинский персонал»
SPECIALTIES18: dict[int, tuple[str, int]] = {
    8: ("Акушерство и гинекология", 0),
    9: ("Анестезиология-реаниматология", 0),
    10: ("Дерматовенерология", 0),
    11: ("Детская хирургия", 0),
    12: ("Генетика", 0),
    14: ("Неврология", 0),
    15: ("Неонатология", 0),
    16: ("Общая врачебная практика (семейная медицина)", 0),
    17: ("Онкология", 0),
    18: ("Организация здравоохранения и общественное здоровье", 0),
    19: ("Оториноларингология", 0),
    20: ("Офтальмология", 0),
    21: ("Патологическая анатомия", 0),
    22: ("Педиатрия", 0),
    23: ("Психиатрия", 0),
    24: ("Рентгенология", 0),
    25: ("Скорая медицинская помощь", 0),
    26: ("Судебно-медицинская экспертиза", 0),
    27: ("Терапия", 0),
    28: ("Травматология и ортопедия", 0),
    29: ("Фтизиатрия", 0),
    30: ("Хирургия", 0),
    31: ("Эндокринология", 0),
    32: ("Инфекционные болезни", 0),
    33: ("Ультразвуковая диагностика", 0),
    35: ("Функциональная диагностика", 0),
    37: ("Токсикология", 0),
    41: ("Детская онкология", 0),
    43: ("Колопроктология", 0),
    44: ("Нейрохирургия", 0),
    45: ("Сердечно-сосудистая хирургия", 0),
    54: ("Бактериология", 0),
    55: ("Вирусология", 0),
    59: ("Лечебная физкультура и спортивная медицина", 0),
    66: ("Гериатрия", 0),
    75: ("Сурдология - оториноларингология", 0),
    77: ("Аллергология и иммунология", 0),
    79: ("Гастроэнтерология", 0),
    80: ("Гематология", 0),
    81: ("Детская кардиология", 0),
    83: ("Детская эндокринология", 0),
    84: ("Диетология", 0),
    85: ("Клиническая фармакология", 0),
    89: ("Нефрология", 0),
    90: ("Пульмонология", 0),
    91: ("Ревматология", 0),
    97: ("Психиатрия-наркология", 0),
    98: ("Психотерапия", 0),
    100: ("Судебно-психиатрическая экспертиза", 0),
    110: ("Авиационная и космическая медицина", 0),
    118: ("Кардиология", 0),
    124: ("Профпатология", 0),
    145: ("Урология", 0),
    154: ("Эпидемиология", 0),
    161: ("Гигиена труда", 0),
    169: ("Дезинфектология", 0),
    171: ("Стоматология общей практики", 0),
    175: ("Стоматология ортопедическая", 0),
    184: ("Управление и экономика фармации", 0),
    236: ("Медико-социальная экспертиза", 0),
    247: ("Пластическая хирургия", 0),
    248: ("Рентгенэндоваскулярные диагностика и лечение", 0),
    252: ("Косметология", 0),
    256: ("Водолазная медицина", 0),
    269: ("Медицинская кибернетика", 0),
    285: ("Радиотерапия", 0),
    287: ("Остеопатия", 0),
    288: ("Детская онкология-гематология", 0),
    290: ("Физическая и реабилитационная медицина", 0),
    205: ("Организация сестринского дела", 204),
    206: ("Лечебное дело", 204),
    219: ("Сестринское дело", 204),
    232: ("Медицинская статистика", 204),
    279: ("Медико-социальная помощь", 204),
    283: ("Скорая и неотложная помощь", 204),
}
PARENTS18 = {0: "Врачебные специальности", 204: "Средний медицинский персонал"}
DIRECTORY18 = (
    "Номенклатура специальностей специалистов, имеющих медицинское и фармацевтическое образование"
)


# date-like items kept on purpose as hard negatives (none in this corpus; the name is 17's check's)
NOT_DATES18: set[str] = set()
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
        if m[0] in NOT_DATES18:  # a written hard negative (an order's item), no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


def kind_of(uid: int, genre: str) -> str:
    name = SPECIALTIES18[uid][0]
    return (
        f"{name} (Номенклатура специальностей, 1.2.643.5.1.13.13.11.1066 v5.4, ID {uid}): {genre}"
    )


def source_of(uid: int) -> str:
    name, parent = SPECIALTIES18[uid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1066 v5.4 ({DIRECTORY18}), ID {uid}, NAME «{name}», "
        f"PARENT {parent} «{PARENTS18[parent]}», REL 1"
    )


TEMPLATES = GENRES18


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    ids = [t[0] for t in TEMPLATES]
    assert len(ids) == len(set(ids)), "one kind per specialty"
    assert set(ids) == set(SPECIALTIES18), "every specialty listed is used, and only those"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(u, g) for u, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for uid, genre, template in TEMPLATES:
            extra = {"specialty": SPECIALTIES18[uid][0]}
            doc = build(
                render(rng, template, extra),
                kind_of(uid, genre),
                source_of(uid),
                f"blind18_{len(docs):04d}",
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
