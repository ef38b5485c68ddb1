"""Write ``independent21.jsonl``: the twenty-first blind corpus, 2026-12-06 — a person being
identified and admitted to care, by every identity document the federal directory lists.

Written by a helper engineer who never opened, listed or grepped the recognizers
(``ozero/``), their unit tests (``tests/``), ``docs/deid-text.md``, ``bench/README.md`` or
any ``bench/results`` file, never ran ``git log``, ``git show`` or ``git blame`` nor read a
commit message, and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``),
the ``ozero`` CLI or any de-identifier or scrubber on this corpus. Of ``bench/text_deid.py``
only the module docstring and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` (with the
comment lines between them) and ``blind_half`` were read, to wire the corpus in, and
``blind_half`` was imported once, after the corpus was frozen, to count the halves. No slip
to report. ``write_independent1``–``18`` were not opened (nor corpus 20's writer, written at
the same time on another branch). From ``write_independent19.py`` only the file format, the
labelling rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim from corpus 19** (which had them from corpora 13–17):
``CODES``, ``CYR``, ``LAT``, the declension (``decl_surname``, ``decl_first``, ``decl_pat``,
``pat_stem``, ``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``,
``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters
(``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``,
``ocr``, ``hyphen_break``, ``build``, the self-checks ``check`` (with ``SUSPICIOUS``, its
checksum helpers and ``VERSION_WORDS19``) and ``check19`` (with ``NEW_DATES19``),
``serialize`` and ``main``. **Written fresh for corpus 21**: the name lists (Russians of the
Urals and Siberia, Udmurt, Komi, Khanty and Mansi, Bashkir and Tatar, Buryat, Yakut, Tuvan,
Altai, Uzbek, Tajik, Kyrgyz, Azerbaijani, Armenian, Georgian, Korean, German, Ukrainian
surnames and first names; foreigners — Vietnamese, Chinese, Turkish, African, Brazilian,
Arab — without patronymics; foreign doctors and officers in Latin), the towns, streets and
villages of the Urals, Western and Eastern Siberia, the Far East, Moscow and its region, and
addresses abroad (``addr21`` and friends), phones (``mob21``, ``city21``, ``loc21``,
``said21`` with words between the digits, ``brk21`` across a line, ``phfor21`` foreign
numbers, ``c800_21``; ``vn21`` short internal desk numbers, not labelled), e-mails, the
internal passport in every writing (``pas21``), every other identity document's series and
number (``DOC21``: international, diplomatic, service, Soviet, seaman's, Minmorflot,
foreign, non-citizen's and Donetsk/Lugansk passports; military, officer's, serviceman's and
MVD IDs, the personal electronic card, residence and temporary residence permits, refugee,
asylum and forced migrant documents, the stateless person's documents, migration cards,
driving, hunting and weapon licences, lawyer's, journalist's and deputy's IDs, form 2П,
death, adoption and paternity certificates, registration certificates (forms 3 and 8),
release and custody certificates, medical birth and death certificates), birth certificates
(``bc21``, foreign ``bcf21``), the medical records of admission (case histories, cards,
ambulance call cards and call numbers, ED log numbers, «Неизвестный» codes, consents,
powers of attorney's notarial register numbers, ВМП tickets, old policies, temporary
certificates, policy blank numbers, a convict's personal file, military personal numbers,
КУСП), the hard negatives (issuing-office codes, identity-document directory codes, policy
blank series and ranges, SMO codes, military units, colonies and SIZO numbers, articles of
law, laws' numbers, ОГРН, organisations' ИНН, outgoing numbers, guardianship acts' numbers,
vaccine lots, inventory and serial numbers, rooms, wards, beds, brigades, queue numbers,
vital signs, ICD-10, ВМП codes), the organisations and every template; ``fillers21``,
``render`` (``shape21``: a value of two or more digits never starts with a zero; a template
beginning with ``MALE21`` has a male patient), ``kind_of``, ``source_of`` and ``build_all``
were written fresh.

**Kinds from a real source.** The kinds are the entries of three federal NSI directories,
read from ``/work/shared/reference/fnsi/`` (``_passport`` for the fields, ``_part1`` for the
rows): every document of «Документы, удостоверяющие личность» (OID 1.2.643.5.1.13.13.99.2.48,
version 7.2, 58 rows: the 54 documents, IDs 1–54; the four group rows 100, 200, 300 and 400
are headings, not documents, and have no kind of their own), every row of «Виды медицинской
помощи» (1.2.643.5.1.13.13.11.1034, version 4.2, 12 rows) and every row of «Виды полиса
обязательного медицинского страхования» (1.2.643.5.1.13.13.11.1035, version 1.3, 4 rows):
70 kinds, each in one genre of the paperwork of a person being identified and admitted to
care (registration cards and desk logs, admission records and title pages with the identity
document copied in, a foreigner's, a stateless person's, a refugee's and an asylum seeker's
care, a child registered on a parent's documents, a newborn before the registry office, a
serviceman's, an officer's, a conscript's and a prisoner's care, an unconscious patient
identified later by a driving licence, a changed surname, an adoption, a paternity, a
replaced passport, consents signed by a guardian, powers of attorney, a lawyer's request,
policy issue, replacement and correction, ambulance cards, air ambulance requests, ED logs,
telephone transcripts, chat-bot, messenger and e-mail exchanges, OCR-damaged archive scans,
MIS key=value dumps, tables). The kind is «NAME (directory, OID vVERSION, ID N): GENRE»; the
``source`` names the directory entry with its fields. One entry and one template per kind
(no template is shared). The kinds of corpora 1–19 (the ``kind`` values of
``independent*.jsonl`` present when this was written) were listed by a scratch script only
to avoid them, compared case-insensitively; none of the kinds here is among them
(``build_all`` asserts the kinds are unique and that every entry has its kind).

Emphasis: identity documents in every shape the directory lists — the internal passport's
series and number together («65 12 345678», «6512 345678», «6512-345678», «6512345678»,
«65 12 № 345678», «6512 N 345678») or apart (key:value fields «Серия: 65 12  Номер:
345678», «серия 6512 № 345678», «серия 65 12 номер 345678»), foreign passports in Latin
letters, the Soviet passport in a birth certificate's shape («IV-АИ № 123456»), a driving
licence in a passport's shape («66 31 123456»), military IDs, birth certificates, residence
permits, refugee and asylum certificates, migration cards; phones in every writing people
use (spaced, dashed, with brackets, «8-», «+7», glued, typographic dashes, words between the
digits «восемь девятьсот двенадцать, 345, сорок семь, …», a phone across a line, foreign
numbers «+998 …», «+996 (555) …», a satellite «+870 …», a bare local «67-45-12»,
extensions outside, short internal desk numbers unlabelled); hard negatives (issuing-office
codes «код подразделения 660-012», the directories' own codes «код ДУЛ 14», OIDs, policy
blank series and ranges of a fund, SMO codes, military units «в/ч 52634», colonies «ФКУ
ИК-12», SIZO numbers, articles of law «ч. 2 ст. 111 УК РФ», laws' numbers «№ 326-ФЗ» beside
their dates, which are DATE; dates of issue and validity are DATE); every other type at
normal density (names in all cases and shapes — inflected, initials, Latin, upper case, OCR,
lower-case ASR, hyphenated, foreign without patronymic, a former surname alone — dates and
birth dates in many writings, e-mails, addresses, SNILS, ENP, INN).

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


Judgement calls added for corpus 21 (NEW; written here before the corpus was frozen and
before any de-identifier ran — none ever ran on it; they apply the rules above to identity
documents and admission):

* (new) Which identity document is PASSPORT. The brief asked for «the internal passport is
  PASSPORT, every other identity document's number RECORD_ID, unless corpus 19's rule says
  otherwise». Corpus 19's rules (corpora 11 and 15, restated above) do say otherwise, and
  they are kept: every passport of a person is PASSPORT — the internal passport (directory
  ID 1), the international passports (IDs 2 and 42, «75 1234567»), the diplomatic (3) and
  service (4) passports, the seaman's passport (7) and the Minmorflot passport (39, a
  seaman's passport of the Soviet fleet), a foreign citizen's passport (10), the USSR
  passport (20, «IV-АИ № 123456», in a birth certificate's shape) and the USSR
  international passport (21), a non-citizen's passport issued by a foreign state (18,
  «XN1234567») and a passport issued in the districts of Donetsk and Lugansk (51). Every
  other identity document of the directory is RECORD_ID (military, officer's, serviceman's,
  MVD and service IDs, the personal electronic card, residence and temporary residence
  permits, refugee, asylum, forced-migrant and stateless persons' documents, the refugee's
  travel document, the form 2П, migration cards, driving, hunting and weapon licences,
  lawyer's, journalist's and deputy's IDs, registration certificates, death, adoption,
  paternity and marriage certificates, release and custody certificates), except the birth
  certificates — Russian (6), foreign (32) and one issued in Donetsk (51) — which are
  BIRTH_CERT; the medical birth certificate (24) and the medical death certificate are
  RECORD_ID with their printed series unlabelled (corpus 11).
* (new) An identity document's series is part of its identifier (it is no blank series):
  series and number are one span from the series' first character to the number's last
  digit, with a «№» or «N» between them inside («АК 1234567», «ВУ-26 № 123456», «II-АИ №
  654321», «4612 №1234567», «ЛГа № 1234567»); the words «серия», «номер» before them stay
  outside, and «серия 6512 номер 345678» is one span from «6512» (corpus 14). When the
  series and the number stand in separate fields — key:value lines «Серия: 65 12   Номер:
  345678», «серия 87 10, номер 875380», «серия 4523, № 573232» — each is its own span of
  the document's type.
* (new) The issuing-office code («код подразделения 660-012») is not labelled — corpus 10's
  rule for the issuing-unit code, kept even though it looks like a short phone; the issuing
  authority's name is not labelled; the dates of issue, validity, registration and removal
  from registration are DATE.
* (new) The directories' own codes («код ДУЛ 14», «(код 3)», «тип_документа=47»), their
  OIDs, an SMO's code, the ВМП type code, a policy blank's printed series («бланк серии
  6650», «серия 0265» of an old-style policy), a fund's blank ranges («№№ 0127726–0128859»)
  and a patent's series (a region's code) are not labelled. The number of one person's
  old-style policy, of a temporary certificate (nine digits), the blank number printed on
  one person's issued policy, a patent's number, a student's card and a pension certificate
  are RECORD_ID (corpus 11: the number printed on one person's issued form); the ENP stays
  ENP.
* (new) A military unit («в/ч 52634», «войсковая часть 41659»), a colony, a SIZO or a police
  department («ФКУ ИК-12», «СИЗО-1», «ОП № 4»), an article of law («ч. 2 ст. 111 УК РФ») and
  a law's or order's number («№ 326-ФЗ», «№ 108н») are not labelled; the law's date is DATE.
  A convict's personal file, a release or custody certificate, a military personal number
  («Ж-123456») and a КУСП number are RECORD_ID (corpora 10 and 15).
* (new) An unconscious or unknown patient's code («Неизвестный Н-12/26», «НЕИЗВ-123») is
  RECORD_ID (a record of one person); the word «Неизвестный» is not PERSON.
* (new) A power of attorney's notarial register number («в реестре № 66/123-н/66-2026-1-345»)
  and a registered consent's number are RECORD_ID (documents of one person); a guardianship
  body's act appointing a guardian is an organisation's act: its number is not labelled
  (corpora 10 and 15), its date is DATE. A lawyer's register number and ID are RECORD_ID; the
  lawyer's request's outgoing number is not labelled.
* (new) A desk's short internal number («вн. 2-14», «пост вн. 433», «стол справок 4201») is
  not a person's phone and is not labelled, as «доб. 214» (corpus 12); a bare local number of
  six digits after «тел.» is PHONE (corpus 14); a phone with words between its digits
  («восемь девятьсот двенадцать, 345, сорок семь, восемьдесят шесть», «плюс семь 912 478
  двадцать 99», «8 912 345 — 67 — 89», «восемь-912-345-67-89») is one PHONE span from its
  first word or digit to its last; a foreign number («+998 90 123-45-67», «+996 (555)
  123-456», «+86 139 1234 5678») is PHONE.
* (new) A former surname alone in quotes («с «Демидова» на «Тюрина»») is PERSON (corpus 14: a
  surname alone); a Latin upper-case name as a foreign passport prints it («KOREPANOVA
  POLINA») is PERSON; a newborn written as «Ребёнок Поповой Полины Савельевны (мать)» is a
  PERSON span of the mother's name (corpus 17). A vessel's IMO number and call sign, an
  aircraft's registration («RA-21110») and coordinates are not labelled (corpus 11).

Run: ``.venv/bin/python bench/text_corpus/write_independent21.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent21.jsonl"
SEED = 2120261206
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


# ---------------------------------------------------------------- people (fresh for corpus 21)
# Peoples of the Urals, Siberia and the Far East, and the migrants of Central Asia and the
# Caucasus who come to a Russian registration desk; male base forms (``decl_surname`` makes
# the rest).
SURNAMES = [
    "Шестаков",
    "Черепанов",
    "Вахрушев",
    "Зырянов",
    "Мальцев",
    "Пермяков",
    "Колесников",
    "Брагин",
    "Распутин",
    "Демидов",
    "Слободчиков",
    "Кондратьев",
    "Лукашин",
    "Хомяков",
    "Обухов",
    "Третьяков",
    "Вершинин",
    "Старцев",
    "Усольцев",
    "Бажов",
    "Чусовитин",
    "Ярославцев",
    "Неверов",
    "Суханов",
    "Тюрин",
    "Гилёв",
    "Пономарёв",
    "Корепанов",
    "Широбоков",
    "Кузнецов-Уральский",
    "Кутявин",
    "Выжанов",
    "Попов",
    "Канев",
    "Истомин",
    "Сайнахов",
    "Вокуев",
    "Ахмадуллин",
    "Юлдашбаев",
    "Ишмухаметов",
    "Кильдибеков",
    "Цыренов",
    "Дашинимаев",
    "Бадмаев",
    "Саввинов",
    "Охлопков",
    "Монгуш",
    "Ондар",
    "Тадыев",
    "Кыдыев",
    "Рахимов",
    "Юсупов",
    "Шарипов",
    "Назаров",
    "Асанбеков",
    "Токтосунов",
    "Мамедов",
    "Гусейнов",
    "Овсепян",
    "Гоголадзе",
    "Белозерский",
    "Загорский",
    "Ким",
    "Ли",
    "Шмидт",
    "Ковальчук",
    "Бондаренко",
    "Лысенко",
    "Савчук",
    "Гарипов",
]
M_FIRST = [
    "Артём",
    "Вячеслав",
    "Глеб",
    "Денис",
    "Евгений",
    "Ефим",
    "Захар",
    "Кирилл",
    "Леонид",
    "Матвей",
    "Никита",
    "Остап",
    "Родион",
    "Святослав",
    "Тимофей",
    "Филипп",
    "Ярослав",
    "Рустем",
    "Ильдар",
    "Айдар",
    "Баир",
    "Жаргал",
    "Айсен",
    "Эрес",
    "Алдын",
    "Шерзод",
    "Фаррух",
    "Бахтияр",
    "Нурлан",
    "Эльчин",
    "Ашот",
    "Гурам",
    "Валерий",
    "Аркадий",
]
F_FIRST = [
    "Алёна",
    "Василиса",
    "Дарина",
    "Ефросинья",
    "Злата",
    "Инна",
    "Кира",
    "Лариса",
    "Милена",
    "Нонна",
    "Полина",
    "Раиса",
    "Снежана",
    "Таисия",
    "Ульяна",
    "Эвелина",
    "Яна",
    "Гузель",
    "Ляйсан",
    "Айгуль",
    "Сэсэг",
    "Туяна",
    "Сардана",
    "Айлана",
    "Чечек",
    "Дилноза",
    "Мадина",
    "Гулнора",
    "Айпери",
    "Севиль",
    "Ануш",
    "Нино",
    "Марфа",
]
PAT_STEMS = [
    "Артёмов",
    "Вячеславов",
    "Глебов",
    "Денисов",
    "Евгеньев",
    "Ефимов",
    "Захаров",
    "Кириллов",
    "Леонидов",
    "Матвеев",
    "Никитов",
    "Родионов",
    "Тимофеев",
    "Филиппов",
    "Ярославов",
    "Рустемов",
    "Ильдаров",
    "Баиров",
    "Айсенов",
    "Шерзодов",
    "Нурланов",
    "Валерьев",
    "Аркадьев",
    "Прокопьев",
    "Савельев",
]
FOREIGN = [
    ("Нгуен", "Ван Хиеу", True),
    ("Чжан", "Вэй", True),
    ("Озтюрк", "Мехмет", True),
    ("Мбеки", "Кофи", True),
    ("Фам", "Тхи Хоа", False),
    ("Перейра", "Ана", False),
    ("Ван", "Лили", False),
    ("Хуссейн", "Амира", False),
]
INDECL_FIRST = {
    "Ван Хиеу",
    "Вэй",
    "Кофи",
    "Тхи Хоа",
    "Лили",
    "Нино",
    "Сэсэг",
    "Чечек",
    "Ануш",
    "Айпери",
    "Гузель",
    "Ляйсан",
    "Айгуль",
    "Севиль",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign doctors and consular officers in Latin
FOREIGN_LAT = [
    "Nodira Karimova",
    "Bakyt Osmonov",
    "Li Wei",
    "Tran Van Minh",
    "Emre Yildiz",
    "Farida Ahmedova",
    "Jonas Petraitis",
    "Ilze Berzina",
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


# ---------------------------------------------------------------- corpus 21: places (fresh)
# The Urals, Western and Eastern Siberia, the Far East, Moscow and its region.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS21 = [
    (
        "г. Екатеринбург",
        "в г. Екатеринбурге",
        "Екатеринбург",
        "Свердловская область",
        "Свердловская обл.",
        "620",
        "343",
    ),
    (
        "г. Нижний Тагил",
        "в г. Нижнем Тагиле",
        "Нижний Тагил",
        "Свердловская область",
        "Свердловская обл.",
        "622",
        "3435",
    ),
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "Пермский край", "614", "342"),
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "Удмуртия", "426", "3412"),
    (
        "г. Сыктывкар",
        "в г. Сыктывкаре",
        "Сыктывкар",
        "Республика Коми",
        "Респ. Коми",
        "167",
        "8212",
    ),
    ("г. Уфа", "в г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    (
        "г. Челябинск",
        "в г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челябинская обл.",
        "454",
        "351",
    ),
    ("г. Тюмень", "в г. Тюмени", "Тюмень", "Тюменская область", "Тюменская обл.", "625", "3452"),
    (
        "г. Сургут",
        "в г. Сургуте",
        "Сургут",
        "Ханты-Мансийский автономный округ — Югра",
        "ХМАО-Югра",
        "628",
        "3462",
    ),
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
    ("г. Барнаул", "в г. Барнауле", "Барнаул", "Алтайский край", "Алтайский край", "656", "3852"),
    (
        "г. Красноярск",
        "в г. Красноярске",
        "Красноярск",
        "Красноярский край",
        "Красноярский край",
        "660",
        "391",
    ),
    (
        "г. Иркутск",
        "в г. Иркутске",
        "Иркутск",
        "Иркутская область",
        "Иркутская обл.",
        "664",
        "3952",
    ),
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
    (
        "г. Хабаровск",
        "в г. Хабаровске",
        "Хабаровск",
        "Хабаровский край",
        "Хабаровский край",
        "680",
        "4212",
    ),
    (
        "г. Владивосток",
        "во Владивостоке",
        "Владивосток",
        "Приморский край",
        "Приморский край",
        "690",
        "423",
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
    ("г. Москва", "в г. Москве", "Москва", "г. Москва", "Россия", "125", "495"),
    ("г. Подольск", "в г. Подольске", "Подольск", "Московская область", "МО", "142", "4967"),
]
STREETS21 = [
    ("ул. Малышева", "Малышева"),
    ("ул. Вайнера", "Вайнера"),
    ("пр-т Ленина", "Ленина"),
    ("ул. Сибирский тракт", "Сибирский тракт"),
    ("ул. Уральских рабочих", "Уральских рабочих"),
    ("ул. Пушкарёва", "Пушкарёва"),
    ("ул. Горького", "Горького"),
    ("ул. Красный Путь", "Красный Путь"),
    ("ул. Карла Маркса", "Карла Маркса"),
    ("ул. Байкальская", "Байкальская"),
    ("ул. Ойунского", "Ойунского"),
    ("ул. Светланская", "Светланская"),
    ("ул. Муравьёва-Амурского", "Муравьёва-Амурского"),
    ("мкр. Северный", "Северный"),
    ("ул. Кирова", "Кирова"),
    ("пер. Шахтёрский", "Шахтёрский"),
    ("бульвар Гагарина", "Гагарина"),
    ("ул. Нефтяников", "Нефтяников"),
    ("ул. 40-летия Победы", "40-летия Победы"),
    ("ул. Профсоюзная", "Профсоюзная"),
]
# village: nominative with type, locative with type, district, region
RURAL21 = [
    ("с. Покровское", "в с. Покровском", "Артёмовский р-н", "Свердловская обл."),
    ("пгт Бисерть", "в пгт Бисерть", "Нижнесергинский р-н", "Свердловская обл."),
    ("с. Усть-Цильма", "в с. Усть-Цильме", "Усть-Цилемский р-н", "Респ. Коми"),
    ("д. Малая Пурга", "в д. Малой Пурге", "Малопургинский р-н", "Удмуртия"),
    ("с. Аскарово", "в с. Аскарове", "Абзелиловский р-н", "РБ"),
    ("пос. Игрим", "в пос. Игриме", "Берёзовский р-н", "ХМАО-Югра"),
    ("с. Кулунда", "в с. Кулунде", "Кулундинский р-н", "Алтайский край"),
    ("с. Турунтаево", "в с. Турунтаеве", "Прибайкальский р-н", "Респ. Бурятия"),
    ("с. Чурапча", "в с. Чурапче", "Чурапчинский улус", "РС(Я)"),
    ("с. Бай-Хаак", "в с. Бай-Хааке", "Тандинский кожуун", "Респ. Тыва"),
    ("р.п. Чистоозёрное", "в р.п. Чистоозёрном", "Чистоозёрный р-н", "НСО"),
    ("пгт Ванино", "в пгт Ванино", "Ванинский р-н", "Хабаровский край"),
]
RURAL_ST21 = ["Центральная", "Школьная", "Набережная", "Молодёжная", "Лесная", "Таёжная", "Садовая"]
ORG_ST21 = [
    "ул. Волгоградская",
    "ул. Репина",
    "ул. Серафимы Дерябиной",
    "пр-т Космонавтов",
    "ул. Ломоносова",
    "ул. Пархоменко",
    "ул. Бородина",
    "Партизанский пр-т",
]


def _t21(rng: random.Random) -> tuple:
    return rng.choice(TOWNS21)


def _hk21(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["А", "б", "/2", " корп. 3", " стр. 2", "Г"])
    return h, rng.randint(1, 280)


def addr21(rng: random.Random) -> str:
    """A person's address as a registration desk writes it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t21(rng)
    st, bare = rng.choice(STREETS21)
    v, _vl, vdist, vreg = rng.choice(RURAL21)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk21(rng)
    n = rng.randint(1, 88)
    rs = rng.choice(RURAL_ST21)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {town}, {st}, {h}-{k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"{z}, {town}, {st}, {h}, кв. {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}",
        lambda: f"{vreg}, {vdist}, {v}, {rs} ул., д. {n}",
    ]
    return rng.choice(shapes)()


def aloc21(rng: random.Random) -> str:
    """An inflected address after «проживает» (from the settlement's type on; «в» outside)."""
    _t, loc, _b, _r, _ra, _i, _c = _t21(rng)
    st, bare = rng.choice(STREETS21)
    _v, vl, vdist, _vr = rng.choice(RURAL21)
    h, k = _hk21(rng)
    return rng.choice(
        [
            f"{loc.split(' ', 1)[1]}, {st}, д. {h}, кв. {k}",
            f"{vl.split(' ', 1)[1]}, {vdist}, ул. {rng.choice(RURAL_ST21)}, д. {rng.randint(1, 60)}",
            f"{loc.split(' ', 1)[1]}, {bare}, {h}-{k}",
        ]
    )


def abr21(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _loc, _b, reg, _ra, idx, _c = _t21(rng)
    st, _bare = rng.choice(STREETS21)
    h, k = _hk21(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, {h}-{k},\n{town}",
        ]
    )


def aorg21(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t21(rng)
    st = rng.choice(ORG_ST21)
    n = rng.randint(1, 140)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, {n}, корп. {rng.randint(1, 12)}",
        ]
    )


def afor21(rng: random.Random) -> str:
    """An address abroad, as a foreigner writes it on a registration card."""
    return rng.choice(
        [
            f"Республика Узбекистан, г. Самарканд, ул. Регистан, д. {rng.randint(1, 90)}",
            f"Таджикистан, Хатлонская обл., г. Бохтар, ул. Айни, {rng.randint(1, 60)}",
            f"Кыргызская Республика, г. Ош, ул. Курманжан Датки, {rng.randint(1, 200)}-{rng.randint(1, 90)}",
            f"Вьетнам, Ханой, район Дống Да, ул. Тай Ша, {rng.randint(1, 99)}",
            f"КНР, провинция Хэйлунцзян, г. Суйфэньхэ, ул. Гуанмин, {rng.randint(1, 99)}",
        ]
    )


# ---------------------------------------------------------------- corpus 21: phones (fresh)
OPS21 = [
    "912",
    "922",
    "950",
    "902",
    "913",
    "923",
    "914",
    "924",
    "904",
    "908",
    "932",
    "982",
    "996",
    "908",
    "983",
    "991",
    "964",
    "969",
]
NDASH = "–"
OP_WORDS21 = {
    "912": "девятьсот двенадцать",
    "922": "девятьсот двадцать два",
    "950": "девятьсот пятьдесят",
    "913": "девятьсот тринадцать",
    "914": "девятьсот четырнадцать",
    "924": "девятьсот двадцать четыре",
}
TWO_WORDS21 = {
    12: "двенадцать",
    15: "пятнадцать",
    20: "двадцать",
    33: "тридцать три",
    47: "сорок семь",
    58: "пятьдесят восемь",
    61: "шестьдесят один",
    74: "семьдесят четыре",
    86: "восемьдесят шесть",
    99: "девяносто девять",
}


def _mob21(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS21), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob21(rng: random.Random) -> str:
    op, a, b, c = _mob21(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7({op}){a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7 ({op}) {a} {b} {c}",
            f"8 {op} {a} {b} {c}",
            f"+7-{op}-{a}{b}{c}",
            f"8 ({op}) {a}{NDASH}{b}{NDASH}{c}",
            f"+7 {op} {a}{b}{c}",
            f"8-{op}-{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
        ]
    )


def said21(rng: random.Random) -> str:
    """A phone with words between the digits, as a transcript keeps it."""
    op = rng.choice(sorted(OP_WORDS21))
    a = rng.randint(200, 989)
    b, c = rng.sample(sorted(TWO_WORDS21), 2)
    return rng.choice(
        [
            f"восемь {OP_WORDS21[op]}, {a}, {TWO_WORDS21[b]}, {TWO_WORDS21[c]}",
            f"плюс семь {op} {a} {TWO_WORDS21[b]} {c}",
            f"8 {op} {a} — {b} — {c}",
            f"восемь-{op}-{a}-{b}-{c}",
        ]
    )


def city21(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t21(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [
            f"+7 ({code}) {loc}",
            f"8 ({code}) {loc}",
            f"({code}) {loc}",
            f"8-{code}-{rest}",
            f"8 {code} {loc}",
        ]
    )


def loc21(rng: random.Random) -> str:
    """A bare local number («тел. 67-45-12»): a PHONE."""
    return f"{rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def vn21(rng: random.Random) -> str:
    """A desk's short internal number: not a person's phone, not labelled."""
    return rng.choice(
        [
            f"{rng.randint(1, 5)}-{rng.randint(10, 49)}",
            f"{rng.randint(200, 499)}",
            f"{rng.randint(1000, 4999)}",
        ]
    )


def c800_21(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 800 {a} {b} {c}", f"8 (800) {a}-{b}-{c}"])


def brk21(rng: random.Random) -> str:
    op, a, b, c = _mob21(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8-{op}-{a}-\n{b}-{c}", f"8 {op}\n{a} {b} {c}"])


def phfor21(rng: random.Random) -> str:
    """A foreign mobile number of a migrant or a tourist."""
    return rng.choice(
        [
            f"+998 {rng.choice(['90', '91', '93', '97'])} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"+992 {rng.choice(['92', '93', '98'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+996 ({rng.choice(['555', '700', '772'])}) {rng.randint(100, 999)}-{rng.randint(100, 999)}",
            f"+86 {rng.choice(['139', '186', '155'])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+84 {rng.choice(['91', '98'])} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        ]
    )


MAIL_DOM21 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "gmail.com",
    "list.ru",
    "rambler.ru",
    "internet.ru",
]
ORG_MAIL21 = [
    "priemnoe@gkb40-ekb.ru",
    "registratura@okb1-perm.ru",
    "oms@tfoms-ural.ru",
    "priem.smp@ssmp-nsk.ru",
    "migr.med@rkb-buryatia.ru",
    "kancelyaria@crb-bisert.ru",
    "polis@smo-sibir.ru",
    "medchast@gufsin-kray.ru",
    "stol.spravok@gb2-surgut.ru",
    "hospis@hospice-irk.ru",
    "vmp@kkb-khv.ru",
]


def mail21(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}.{s}",
            f"{s}{rng.randint(60, 99)}",
            f"{f}_{s}",
            f"{s}.{f[0]}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM21)}"


# ---------------------------------------------------------------- corpus 21: identity documents (fresh)
OKATO21 = [
    "65",
    "57",
    "94",
    "75",
    "87",
    "80",
    "71",
    "52",
    "50",
    "04",
    "81",
    "93",
    "98",
    "08",
    "05",
    "45",
    "46",
]


def pas21(rng: random.Random) -> str:
    """The internal passport: series and number together, in every writing a desk uses."""
    o, y, n = rng.choice(OKATO21), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y} N {n}",
            f"{o}{y}-{n}",
            f"{o}{y}{n}",
            f"{o} {y} N{n}",
            f"{o}{y} № {n}",
        ]
    )


# Every other identity document's number: shapes of the series and number as printed.
DOC21 = {
    # passports of a person (PASSPORT, corpus 11)
    "zp": ["7# #######", "7# № #######", "7#№#######", "7########"],
    "dip": ["20 #######", "20 № #######"],
    "slp": ["21 #######", "21 № #######"],
    "ussr": ["IV-@@ № ######", "II-@@ ######", "VI-@@№######", "XX-@@ № ######"],
    "ussrzp": ["## №#######", "## #######"],
    "seam": ["МК #######", "МК № #######", "РВ #######"],
    "mmf": ["МФ ######", "МФ № ######"],
    "fpas": ["%%#######", "%#######", "%% #######", "%########"],
    "lvn": ["XN#######", "NC#######"],
    "dnr": ["ДН ######", "ЛН № ######", "DN ######"],
    # other documents of a person (RECORD_ID, corpus 11)
    "vb": ["АК #######", "АН № #######", "АС #######", "АР №#######"],
    "vbo": ["ГД #######", "ГС № ######", "ГК #######"],
    "vbt": ["ВУ ######", "ВУ-#######"],
    "uo": ["ГК ######", "ГН № ######", "ГБ ######"],
    "ulv": ["АА №#######", "АБ #######", "АВ ######"],
    "pek": ["ПЭК-##########", "###-###-####"],
    "svb": ["##/#####", "С-######"],
    "mvd": ["МВД ######", "СКФ ######", "ЕКБ № ######"],
    "sluzh": ["СУ-####", "#####", "ФССП-####"],
    "vnzh": ["82 №#######", "82 #######", "83 № #######"],
    "vnzhf": ["82 № #######", "8#######"],
    "rvp": ["81 № #######", "РВП ####/26", "81#######"],
    "rvplbg": ["81 №#######", "ЛБГ-######"],
    "ub": ["УБ № ######", "УБ ######"],
    "vu": ["ВУ-26 № ######", "ВУ №######"],
    "vuold": ["ВУ ######", "ВУ-######"],
    "hod": ["ХБ № ######", "ХБ ######"],
    "sprvu": ["##/###-ВУ", "С-##-#####"],
    "prd": ["ПБ № ######", "ПБ ######"],
    "vpu": ["ВП № ######", "ВП ######"],
    "grazh": ["ДРГ-######", "##-#####/26"],
    "lbgvr": ["ВУЛ ######", "ВУЛ № ######"],
    "lbgoth": ["TD-#######", "CTD ######"],
    "mig": ["46## №#######", "46## #######", "46##-#######"],
    "vod": ["## ## ######", "##########", "## ## №######"],
    "ohot": ["## № ######", "##-######"],
    "oruzh": ["ЛГа № #######", "ЛОа #######", "ЛГа#######"],
    "adv": ["##/####", "####"],
    "zhurn": ["Ж-####", "#####/ЖУ"],
    "dep": ["###", "СФ-###"],
    "vrem": ["2П-##-######", "##-#######"],
    "sm": ["II-@@ № ######", "I-@@ ######"],
    "usyn": ["I-@@ № ######", "II-@@ ######"],
    "otc": ["I-@@ № ######", "III-@@ ######"],
    "regpreb": ["####", "#####/26"],
    "regzh": ["######", "##-######"],
    "adrspr": ["АС-######", "####/26"],
    "osv": ["######", "#######", "###-######"],
    "sizo": ["####", "##/####-26"],
    "msv": ["######", "#######"],
    "msm": ["######", "#######"],
    # medical records and registration numbers of one person (RECORD_ID)
    "ib": ["#####/26", "ИБ-######", "П-26-#####", "######/С"],
    "amb": ["######", "АК-#####", "#####/У", "ЦРБ-####"],
    "smp": ["####-26", "########", "######"],
    "call": ["###", "####", "##-###"],
    "epj": ["ПО-26-#####", "####/ПО", "Э-######"],
    "unk": ["Н-##/26", "НЕИЗВ-###", "#####-Н"],
    "dov": ["##/###-н/##-2026-#-###", "##/##-н/##-2026-##-###"],
    "vmp": ["##.####.#####.###"],
    "polold": ["#######", "##########", "##-#######"],
    "vs": ["#########"],
    "blank": ["##########", "## #######"],
    "pfile": ["###/20##", "Л-#####"],
    "lnum": ["Ж-######", "%-######", "@@-######"],
    "cons": ["ИДС-26-####", "####/26-С"],
    "mis": ["MIS-########", "ЕМК ########"],
    "zay": ["З-26-#####", "####/26-з"],
    "tal": ["ТП-######", "######"],
    "ksusp": ["#####", "КУСП ####"],
}


def doc21(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(DOC21[kind]))


def bc21(rng: random.Random) -> str:
    """A Russian birth certificate, series (roman, two letters) and number."""
    roman = rng.choice(["I", "II", "III", "IV", "V", "VI", "VIII", "X"])
    letters = rng.choice(["АИ", "ВГ", "ЕК", "ПА", "СТ", "ИВ", "ФР", "ОК", "АР"])
    n = rng.randint(100000, 999999)
    return rng.choice(
        [f"{roman}-{letters} № {n}", f"{roman}-{letters} {n}", f"{roman}-{letters} N{n}"]
    )


def bcf21(rng: random.Random) -> str:
    """A foreign birth certificate (Uzbek, Tajik, Kyrgyz, Chinese forms)."""
    return shape(
        rng,
        rng.choice(
            ["I-TN № #######", "II-ДЖ ######", "KG-%% #######", "I-AK №######", "##########"]
        ),
    )


# ---------------------------------------------------------------- corpus 21: hard negatives (fresh)
DUL_CODES21 = ["01", "03", "09", "10", "12", "13", "14", "15", "22", "24", "27", "28"]
VCH21 = ["в/ч 52634", "войсковая часть 41659", "в/ч 31612", "в/ч 77078", "в/ч 68545-Б"]
COLONY21 = [
    "ФКУ ИК-12 ГУФСИН",
    "ФКУ ИК-6 ОУХД",
    "ФКУ СИЗО-1",
    "ФКУ ИК-54",
    "ФКУ ЛИУ-51",
    "ФКУ КП-45",
]
ARTS21 = [
    "ст. 158 ч. 3 УК РФ",
    "ч. 1 ст. 228 УК РФ",
    "ст. 20 Федерального закона № 323-ФЗ",
    "ч. 2 ст. 111 УК РФ",
    "ст. 54 ГПК РФ",
    "ст. 185 ГК РФ",
    "п. 1 ст. 16 Федерального закона № 326-ФЗ",
]
LAWS21 = [
    ("Федеральный закон", "2010-11-29", "326-ФЗ"),
    ("Федеральный закон", "2011-11-21", "323-ФЗ"),
    ("Федеральный закон", "2002-07-25", "115-ФЗ"),
    ("приказ Минздрава России", "2021-02-28", "108н"),
    ("Федеральный закон", "1993-02-19", "4528-1"),
    ("приказ Минздрава России", "2020-09-15", "963н"),
]
SMO21 = [
    "АО «Страховая компания „СОГАЗ-Мед“»",
    "ООО «Капитал МС»",
    "ООО СМК «Астра-Металл»",
    "АО «МАКС-М»",
    "ООО «АльфаСтрахование-ОМС»",
    "ООО «Ингосстрах-М»",
]
UFMS21 = [
    "ГУ МВД России по Свердловской области",
    "ОВМ ОМВД России по г. Сургуту",
    "УФМС России по Пермскому краю",
    "МВД по Республике Бурятия",
    "отделом УФМС России по Алтайскому краю в Кулундинском р-не",
    "ГУ МВД России по г. Москве",
    "ТП № 2 ОУФМС России по Иркутской обл.",
]
ORGS21 = [
    "ГАУЗ СО «ГКБ № 40 г. Екатеринбург»",
    "ГБУЗ ПК «Пермская краевая клиническая больница»",
    "БУ ХМАО-Югры «Сургутская окружная клиническая больница»",
    "ГБУЗ НСО «Станция скорой медицинской помощи»",
    "ГАУЗ «Республиканская клиническая больница им. Н.А. Семашко»",
    "ГБУ РС(Я) «Республиканская больница № 1 — НЦМ»",
    "КГБУЗ «Краевая клиническая больница № 1 им. С.И. Сергеева»",
    "ГАУЗ СО «Бисертская городская больница»",
    "ОГБУЗ «Иркутская областная клиническая больница»",
    "ФКУЗ МСЧ-66 ФСИН России",
    "ФГКУ «354 Военный клинический госпиталь» Минобороны России",
    "ГБУЗ «Хоспис г. Иркутска»",
    "ГБУЗ ТО «Областная клиническая больница № 2»",
    "ГАУЗ ЧО «Городская клиническая больница № 8»",
]


def num21(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


MON_EN21 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
VERSION_WORDS19 = ("ПО", "версия", "версии", "SW", "Ver.", "прошивка", "Software Version")


def dates21(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y} г."
    f[key + "_sp"] = f"{dd:02d}. {m:02d}. {y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_mon"] = f"{dd:02d} {MON_EN21[m - 1]} {y}"
    f[key + "_spk"] = spoken(dd, m, y)
    f[key + "_v"] = fmt_date(random.Random(d.toordinal()), d)


def fillers21(rng: random.Random, p_male: bool | None = None) -> dict:
    f: dict = {}
    f.update(person(rng, "p", p_male))
    for pre in ("s", "d", "e", "h", "m", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "x", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "s", "u", "d", "e", "h", "m", "n", "k", "x", "c"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        words = f[pre].split()
        f[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
    # a changed surname: the patient's surname before marriage or a change
    old = decl_surname(rng.choice(SURNAMES), f["p_male"])
    f["p_old"], f["p_old_gen"] = old[0], old[1]
    f["p_ocr"] = ocr(f["p_up"])
    f["p_brk"] = hyphen_break(f["p"])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    by = rng.randint(1941, 2004)
    by = 1998 if by == 2000 else by
    dates21(f, "bd", dt.date(by, rng.randint(1, 12), rng.randint(1, 28)))
    f["age"] = str(2026 - by - rng.randint(0, 1))
    bq = rng.randint(1972, 2004)
    dates21(f, "bdq", dt.date(1998 if bq == 2000 else bq, rng.randint(1, 12), rng.randint(1, 28)))
    bdk = dt.date(rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates21(f, "bdk", bdk)
    f["agek"] = str(max(1, 2026 - bdk.year - 1))
    dates21(f, "bdn", dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)))  # a newborn
    f["bdy"] = str(rng.randint(1946, 2003))  # a year alone: not labelled
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0 if i < 3 else 1, 9))
        dates21(f, f"t{i}", cur)
    for key, lo, hi in (("pd", 2004, 2025), ("pd2", 2004, 2025), ("od", 2014, 2025)):
        dates21(f, key, dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)))
    dates21(f, "till", dt.date(rng.randint(2027, 2034), rng.randint(1, 12), rng.randint(1, 28)))
    dates21(f, "old", dt.date(rng.randint(1985, 1999), rng.randint(1, 12), rng.randint(1, 28)))
    law = rng.choice(LAWS21)
    f["law_kind"], f["law_no"] = law[0], law[2]
    dates21(f, "law", dt.date.fromisoformat(law[1]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2031)}"  # month and year: no date
    t0 = rng.randint(0, 23 * 60)
    for i in range(1, 7):
        t0 += rng.randint(4, 70)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
    # contacts
    for i in range(1, 4):
        f[f"a{i}"] = addr21(rng)
        f[f"ph{i}"] = mob21(rng)
    f["al1"], f["a_br"], f["afor"] = aloc21(rng), abr21(rng), afor21(rng)
    f["ao"], f["ao2"] = aorg21(rng), aorg21(rng)
    f["phc1"], f["phc2"] = city21(rng), city21(rng)
    f["phl"] = loc21(rng)
    f["ph_said"] = said21(rng)
    f["ph_br"] = brk21(rng)
    f["ph800"] = c800_21(rng)
    f["phf"] = phfor21(rng)
    f["ext"] = str(rng.randint(100, 699))
    f["vn"], f["vn2"] = vn21(rng), vn21(rng)
    f["m1"] = mail21(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail21(rng, f["q_sur"], f["q_first"])
    f["md"] = mail21(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL21, 2)
    # identity and insurance
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"] = inn12(rng), inn12(rng)
    f["pas"], f["pas2"], f["pas3"] = pas21(rng), pas21(rng), pas21(rng)
    f["pas_ser"] = f"{rng.choice(OKATO21)} {rng.randint(0, 25):02d}"
    f["pas_ser2"] = f["pas_ser"].replace(" ", "")
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(200, 910)}-{rng.randint(1, 99):03d}"
    f["kpd2"] = f"{rng.randint(200, 910)}-{rng.randint(1, 99):03d}"
    f["ufms"], f["ufms2"] = rng.sample(UFMS21, 2)
    for key in DOC21:
        f[key] = doc21(rng, key)
        f[key + "2"] = doc21(rng, key)
    f["bc"], f["bc2"] = bc21(rng), bc21(rng)
    f["bcf"] = bcf21(rng)
    f["ser_l"] = rng.choice(["АК", "АН", "ГД", "МК", "ВУ", "УБ", "ХБ"])  # a series alone
    # hard negatives
    f["dul"] = rng.choice(DUL_CODES21)
    f["vch"], f["vch2"] = rng.sample(VCH21, 2)
    f["colony"] = rng.choice(COLONY21)
    f["art"], f["art2"] = rng.sample(ARTS21, 2)
    f["smo"] = rng.choice(SMO21)
    f["smo_code"] = (
        f"{rng.choice(['66', '59', '02', '86', '54', '03', '14'])}0{rng.randint(10, 99)}"
    )
    f["blank_ser"] = f"{rng.choice(['66', '59', '02', '86', '54'])}{rng.randint(50, 99)}"
    f["blank_rng"] = f"{rng.randint(100000, 400000):07d}"
    f["blank_rng2"] = f"{int(f['blank_rng']) + rng.randint(500, 2000):07d}"
    f["org"], f["org2"] = rng.sample(ORGS21, 2)
    f["org_ocr"] = ocr(f["org"].upper())
    f["city_line"] = rng.choice(TOWNS21)[0]
    f["village"] = rng.choice(RURAL21)[0]
    c_old = decl_surname(rng.choice(SURNAMES), f["c_male"])
    f["c_old"] = f"{c_old[0]} {f['c_io']}"
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["inn_org"] = shape(rng, rng.choice(["66", "59", "02", "86"]) + "########")
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "#-###"]))
    f["prik"] = shape(rng, rng.choice(["###-п", "##/од", "####"]))
    f["cab"] = str(rng.randint(101, 415))
    f["bed"] = str(rng.randint(1, 40))
    f["ward"] = str(rng.randint(1, 25))
    f["brig"] = str(rng.randint(1, 60))
    f["queue"] = shape(rng, rng.choice(["А###", "Р-0##", "К##"]))
    f["otp"] = shape(rng, "####")
    f["small"] = str(rng.randint(2, 30))
    f["icd"], f["icd2"] = rng.sample(ICD21, 2)
    f["ad"] = f"{rng.randint(95, 185)}/{rng.randint(55, 110)}"
    f["pulse"] = str(rng.randint(52, 128))
    f["spo2"] = str(rng.randint(84, 99))
    f["temp"] = f"{rng.randint(35, 39)},{rng.randint(0, 9)}"
    f["gcs"] = str(rng.randint(3, 15))
    f["wt"], f["ht"] = str(rng.randint(48, 118)), str(rng.randint(150, 196))
    return f


ICD21 = [
    "S06.0 сотрясение головного мозга",
    "I63.5 инфаркт мозга",
    "J18.9 пневмония неуточнённая",
    "K35.8 острый аппендицит",
    "T40.2 отравление опиоидами",
    "I21.0 острый трансмуральный инфаркт передней стенки",
    "S72.0 перелом шейки бедра",
    "E10.1 сахарный диабет 1 типа с кетоацидозом",
    "A15.0 туберкулёз лёгких",
    "C34.1 ЗНО верхней доли бронха",
    "O80.0 самопроизвольные роды",
    "T68 гипотермия",
    "J45.9 бронхиальная астма",
    "K92.2 желудочно-кишечное кровотечение",
]


MALE21 = "♂"  # a template that starts with it has a male patient (``p``)


def shape21(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    male = True if template.startswith(MALE21) else None  # a soldier's, a convict's template
    raw = re.sub(r"<<(.+?)>>", lambda m: shape21(rng, m.group(1)), template.removeprefix(MALE21))
    raw = raw.replace("_s}]].", "_s}]]")  # «Шестаков Г.Р.» ends the sentence: no second dot
    fill = fillers21(rng, male)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 21: genres and kinds
# one kind per directory entry: (directory, ID, genre, template); no template is shared
GENRES21: list[tuple[str, int, str, str]] = [
    (
        "dul",
        1,
        "карточка регистрации пациента в приёмном отделении с копией паспорта (ключ: значение)",
        """КАРТОЧКА РЕГИСТРАЦИИ ПАЦИЕНТА — приёмное отделение {org}
Дата/время поступления: [[D:{t1}]] {tm1}
Фамилия: [[P:{p_sur}]]
Имя Отчество: [[P:{p_io}]]
Дата рождения: [[B:{bd}]]   Пол: {p_sex}
Документ: {dname} (код ДУЛ {did})
Серия: [[Q:{pas_ser}]]   Номер: [[Q:{pas_num}]]
Кем выдан: {ufms}   Дата выдачи: [[D:{pd}]]   Код подразделения: {kpd}
Адрес регистрации: [[A:{a1}]]
Телефон: [[T:{ph1}]]   Эл. почта: [[E:{m1}]]
СНИЛС: [[S:{sn}]]   ИНН: [[I:{inn}]]   Полис ОМС (ЕНП): [[O:{enp}]]   СМО: {smo}
Медицинская карта стационарного больного № [[R:{ib}]]
Регистратор [[P:{s_s}]], пост вн. {vn}""",
    ),
    (
        "dul",
        2,
        "анкета вакцинации перед выездом за рубеж с данными заграничного паспорта с электронным носителем",
        """Прививочный кабинет {org2}, [[A:{ao2}]], запись [[T:{phc1}]] (доб. {ext})
АНКЕТА ПЕРЕД ВАКЦИНАЦИЕЙ (выезд в эндемичный регион)
ФИО (как в загранпаспорте): [[P:{p_lat}]] / [[P:{p}]]
Дата рождения: [[B:{bd_iso}]]
Загранпаспорт (биометрический, с электронным носителем): [[Q:{zp}]], выдан [[D:{pd}]], действителен до [[D:{till}]]
Страна и даты поездки: Танзания, [[D:{t3_wd}]]–[[D:{t5_wd}]]
Вакцина против жёлтой лихорадки, серия {otp}<<##>>, годен до {exp_m}
Международное свидетельство о вакцинации № [[R:{cons}]]
Контакт: [[T:{ph1}]], [[E:{m1}]]
Врач [[P:{d_s}]], дата [[D:{t2}]]""",
    ),
    (
        "dul",
        3,
        "договор на платные медицинские услуги с сотрудником консульства по дипломатическому паспорту",
        """ДОГОВОР № [[R:{zay}]] на оказание платных медицинских услуг
{city_line}, [[D:{t1_q}]]
{org}, ОГРН {ogrn}, ИНН {inn_org}, в лице главного врача [[P:{h_gen}]], и гражданин(ка)
[[P:{p_lat}]] ([[P:{p}]]), дипломатический паспорт [[Q:{dip}]], выдан [[D:{pd}]],
место пребывания: [[A:{a2}]], тел. [[T:{phf}]], [[E:{m1}]],
заключили договор о нижеследующем: Исполнитель оказывает консультацию врача-кардиолога и
суточное мониторирование ЭКГ (каб. {cab}). Заказчик уведомлён, что при обращении по
{dname} (код {did}) полис ОМС не применяется.
Консульство: контактное лицо [[P:{fl1}]], тел. [[T:{phc2}]].
Исполнитель ______ [[P:{h_s}]]      Заказчик ______ [[P:{p_lat}]]""",
    ),
    (
        "dul",
        4,
        "экстренная госпитализация командированного по служебному паспорту и звонок в ведомство",
        """ПРИЁМНОЕ ОТДЕЛЕНИЕ, [[D:{t2}]] {tm2}
Доставлен{p_a} бригадой СМП № {brig} из аэропорта [[P:{p}]], [[B:{bd}]], гражданство РФ, возвращал{p_sya} из командировки.
Документ при себе: служебный паспорт [[Q:{slp}]] (выдан МИД России [[D:{pd}]]); внутренний паспорт не предъявлен.
Диагноз при поступлении: {icd}. АД {ad}, ЧСС {pulse}, SpO2 {spo2}%.
{tm3} — звонок в дежурную часть ведомства по [[T:{phc1}]]: дежурный [[P:{u_s}]] подтвердил личность, сообщил
номер внутреннего паспорта [[Q:{pas}]] и телефон родственницы — [[P:{q_io}]], [[T:{ph2}]].
{tm4} — родственница извещена, приедет с полисом [[O:{enp}]].
ИБ № [[R:{ib}]]. Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        5,
        "приём по временному удостоверению личности (ф. 2П) при замене паспорта",
        """Регистратура поликлиники, [[D:{t1}]]
Паспорт пациента сдан на замену (смена фамилии с «[[P:{p_old}]]» на «[[P:{p_sur}]]»).
Предъявлено временное удостоверение личности гражданина РФ (ф. 2П) № [[R:{vrem}]], выдано {ufms} [[D:{t1}]], действительно до [[D:{t3}]].
В удостоверении указан прежний паспорт [[Q:{pas2}]] (выдан [[D:{pd}]], код подразделения {kpd}) — признан недействительным.
ФИО: [[P:{p}]]; д.р. [[B:{bd_sh}]]; СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; ЕНП [[O:{enp}]].
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]].
Отметка: после получения нового паспорта внести номер в МИС (ЕМК [[R:{mis}]]) — см. звонок [[D:{t4}]]:
новый паспорт [[Q:{pas}]], выдан [[D:{t4}]]. Медрегистратор [[P:{s_s}]]""",
    ),
    (
        "dul",
        6,
        "запись ребёнка в детскую поликлинику по свидетельству о рождении и паспорту матери",
        """ЗАЯВЛЕНИЕ о прикреплении ребёнка (до 14 лет) к детской поликлинике
Я, [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], выдан {ufms} [[D:{pd}]],
действующая как законный представитель (мать), прошу прикрепить моего ребёнка:
[[P:{c}]], дата рождения [[B:{bdk}]],
свидетельство о рождении [[C:{bc}]], выдано отделом ЗАГС [[D:{pd2}]],
полис ОМС ребёнка [[O:{enp2}]], СНИЛС ребёнка [[S:{sn2}]].
Ребёнок зарегистрирован по месту жительства матери: [[A:{a1}]].
Контакты матери: [[T:{ph1}]], [[E:{m2}]].
Основание: {law_kind} от [[D:{law}]] № {law_no}.
[[D:{t2_q}]]   Подпись ______ [[P:{q_s}]]
Принято: медрегистратор [[P:{s_s}]], рег. № заявления [[R:{zay}]]""",
    ),
    (
        "dul",
        7,
        "снятие моряка с судна и госпитализация: извещение агента по паспорту моряка",
        """♂Судовой агент ООО «Восток-Шиппинг», пгт Ванино
ИЗВЕЩЕНИЕ в приёмное отделение {org}
[[D:{t1}]] {tm1} с т/х «Капитан Дранницын» (IMO 9<<######>>, позывной UBQ<<#>>) снят член экипажа:
[[P:{p}]], [[B:{bd}]], моторист, паспорт моряка [[Q:{seam}]], выдан [[D:{pd}]], действителен до [[D:{till}]].
Внутренний паспорт: [[Q:{pas}]].
Жалобы: {icd}. Направлен каретой СМП, карта вызова [[R:{smp}]].
Контакт агента: [[P:{u_s}]], [[T:{ph2}]], [[E:{mo}]]; родственники: [[P:{q_fi}]] (родственница), [[T:{phf}]].
Расходы — гарантия судовладельца (P&I), не ОМС.
Капитан порта уведомлён.""",
    ),
    (
        "dul",
        8,
        "направление военнослужащего в гражданскую больницу и извещение войсковой части",
        """♂{vch}
НАПРАВЛЕНИЕ на стационарное лечение
Военнослужащий по контракту, сержант [[P:{p}]], [[B:{bd}]],
удостоверение личности военнослужащего РФ [[R:{ulv}]], выдано [[D:{pd}]],
личный номер [[R:{lnum}]].
Диагноз: {icd}. Направляется в {org} в связи с отсутствием военного госпиталя в гарнизоне.
Командир роты [[P:{u_s}]], тел. [[T:{phc1}]]; начальник медицинского пункта [[P:{d_s}]], [[T:{ph2}]].
Отметка больницы: принят [[D:{t2}]] {tm2}, ИБ [[R:{ib}]], палата {ward}.
Извещение в {vch2} направлено [[D:{t2}]] (исх. № {outno}). Оплата — {law_kind} от [[D:{law}]] № {law_no}.""",
    ),
    (
        "dul",
        9,
        "журнал приёма контрактников медицинским пунктом по военному билету (таблица)",
        """♂ЖУРНАЛ приёма военнослужащих, медицинский пункт {vch}, [[D:{t1_dm}]]–[[D:{t3_dm}]]
№ п/п | дата         | ФИО                 | военный билет   | личный номер  | диагноз
<<#>>   | [[D:{t1_dm}]] | [[P:{p_s}]]        | [[R:{vb}]]      | [[R:{lnum}]]  | {icd}
<<#>>   | [[D:{t2_dm}]] | [[P:{u_s}]]        | [[R:{vb2}]]     | [[R:{lnum2}]] | {icd2}
Направлен в госпиталь: [[P:{p_s}]], сопровождающий [[P:{x_s}]] (тел. [[T:{ph3}]]).
Начальник медпункта [[P:{d_s}]]""",
    ),
    (
        "dul",
        10,
        "регистрация иностранного гражданина в приёмном отделении с переводчиком",
        """РЕГИСТРАЦИЯ ИНОСТРАННОГО ГРАЖДАНИНА (экстренная помощь, {law_kind} от [[D:{law}]] № {law_no})
Ф.И.О. латиницей: [[P:{p_lat}]]
Ф.И.О. кириллицей: [[P:{p}]]
Гражданство: Республика Узбекистан
Документ ({dname}, код ДУЛ {did}): паспорт [[Q:{fpas}]], выдан [[D:{pd}]], действителен до [[D:{till}]]
Миграционная карта: [[R:{mig}]], дата въезда [[D:{t1}]]
Патент: серия 66 № [[R:<<##########>>]] (серия — код региона, не персональная)
Адрес в РФ (уведомление о прибытии): [[A:{a1}]]
Адрес на родине: [[A:{afor}]]
Телефон: [[T:{phf}]]; работодатель — ИП [[P:{u_s}]] (ИНН [[I:{inn2}]]), [[T:{ph2}]]
Переводчик [[P:{x_fi}]], [[T:{ph3}]]
Полис ДМС мигранта: [[R:{cons}]] ({smo})""",
    ),
    (
        "dul",
        11,
        "прикрепление к поликлинике иностранца с видом на жительство и полисом ОМС",
        """В {org2}
ЗАЯВЛЕНИЕ о выборе медицинской организации
от [[P:{p_gen}]], [[B:{bd_w}]], гражданство: Кыргызская Республика,
вид на жительство [[R:{vnzh}]], выдан {ufms} [[D:{pd}]] (бессрочно),
национальный паспорт [[Q:{fpas}]],
полис ОМС [[O:{enp}]] ({smo}), СНИЛС [[S:{sn}]], ИНН [[I:{inn}]],
адрес регистрации по месту жительства: [[A:{a2}]],
тел. [[T:{ph1}]], [[E:{m1}]].
Прошу прикрепить меня к участку № {small} (терапевт [[P:{d_s}]]).
[[D:{t2}]]   ______ [[P:{p_s}]]""",
    ),
    (
        "dul",
        12,
        "карта первичного осмотра в пункте временного размещения по удостоверению беженца",
        """ПВР «Таёжный», медицинский пост, [[D:{t1}]] {tm1}
Осмотрен{p_a} [[P:{p}]], [[B:{bd_sh}]], удостоверение беженца [[R:{ub}]], выдано [[D:{pd}]].
С семьёй: [[P:{q}]] ([[B:{bdq}]], удостоверение [[R:{ub2}]]), ребёнок [[P:{c_io}]] ([[B:{bdk}]], свидетельство о рождении [[C:{bc}]], вписан в удостоверение родителя).
Жалобы: кашель 2 недели. T {temp}, ЧДД 2<<#>>, SpO2 {spo2}%. Направлен на ФЛГ в {org}.
Связь: через администратора ПВР [[P:{u_s}]], [[T:{ph2}]]; личный телефон [[T:{phf}]].
Статус ОМС: полис [[O:{enp}]] (застрахован как беженец).
Фельдшер [[P:{s_s}]]""",
    ),
    (
        "dul",
        13,
        "госпитализация лица со свидетельством о временном убежище: выписка из истории болезни",
        """ВЫПИСКА из медицинской карты стационарного больного № [[R:{ib}]]
[[P:{p}]], [[B:{bd}]], гражданство: Афганистан.
Документ: свидетельство о предоставлении временного убежища на территории РФ [[R:{vu}]], выдано {ufms} [[D:{pd}]], продлено до [[D:{till}]].
Адрес пребывания: [[A:{a1}]]. Тел. [[T:{ph1}]].
Находил{p_sya} в {org} с [[D:{t1}]] по [[D:{t5}]], диагноз {icd}.
Полис ОМС (временно пребывающий): [[O:{enp}]]. СНИЛС: [[S:{sn}]].
Переводчик (дари) приглашался. Рекомендовано наблюдение терапевта по месту пребывания.
Лечащий врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        14,
        "медицинское освидетельствование по свидетельству о рассмотрении ходатайства о признании беженцем",
        """НАПРАВЛЕНИЕ на медицинское освидетельствование
{ufms2}, исх. № {outno} от [[D:{t1}]]
Просим провести освидетельствование (туберкулёз, ВИЧ, наркомания) лица, ходатайствующего о признании беженцем:
[[P:{p}]], [[B:{bd}]], свидетельство о рассмотрении ходатайства по существу [[R:{hod}]] от [[D:{pd}]],
национальный паспорт [[Q:{fpas}]] (изъят на хранение), адрес пребывания [[A:{a2}]], тел. [[T:{phf}]].
Инспектор [[P:{u_s}]], [[T:{phc1}]].
Отметка {org}: осмотрен [[D:{t3}]], ФЛГ [[R:{tal}]], ВИЧ — отр., заключение № [[R:{cons}]]; врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        15,
        "справка для поездки по проездному документу беженца (выписка для лечения за рубежом)",
        """СПРАВКА о состоянии здоровья для предъявления за границей
Выдана [[P:{p_dat}]], [[B:{bd}]], проездной документ беженца [[R:{prd}]], выдан [[D:{pd}]],
удостоверение беженца [[R:{ub}]].
Находится на диспансерном учёте в {org} с [[D:{od}]] ({icd}); карта [[R:{amb}]].
Терапия: инсулин гларгин 2<<#>> ЕД; в поездке с [[D:{t3}]] по [[D:{t6}]] запас препаратов — на 30 дней.
Issued to [[P:{p_lat}]], refugee travel document [[R:{prd}]], DOB [[B:{bd_mon}]].
Лечащий врач [[P:{d_s}]], [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        "dul",
        16,
        "лицо без гражданства с разрешением на временное проживание: сообщение в мессенджере клиники",
        """Чат поддержки {org2} (Telegram)
[[D:{t1_dm}]] {tm1} Пациент: Здравствуйте, я без гражданства, у меня РВП [[R:{rvplbg}]] от [[D:{pd}]]. Полиса нет. Можно к гинекологу?
{tm2} Оператор [[P:{s_fi}]]: Добрый день! Да, платно или по ОМС после оформления полиса со сроком действия до окончания РВП. Как вас зовут?
{tm2} Пациент: [[P:{q}]], [[B:{bdq}]]. Живу [[A:{al1}]].
{tm3} Оператор: Записали вас на [[D:{t3_wd}]] {tm4}, каб. {cab}. Возьмите РВП и документ ЛБГ [[R:{lbgoth}]]. Номер для связи?
{tm3} Пациент: [[T:{ph_said}]]
{tm4} Оператор: Спасибо. Код записи [[R:{tal}]]. Вопросы — [[T:{ph800}]] или [[E:{mo}]].""",
    ),
    (
        "dul",
        17,
        "медицинское заключение об отсутствии инфекционных заболеваний для разрешения на временное проживание",
        """{org}
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{cons}]]
об отсутствии (наличии) инфекционных заболеваний, представляющих опасность для окружающих
(для получения разрешения на временное проживание в РФ; {law_kind} от [[D:{law}]] № {law_no})
Ф.И.О.: [[P:{p}]]        Дата рождения: [[B:{bd}]]
Гражданство: Республика Таджикистан; паспорт [[Q:{fpas}]] от [[D:{pd}]]
Миграционная карта: [[R:{mig}]]
Адрес пребывания: [[A:{a1}]]
Результаты: ФЛГ от [[D:{t1}]] — норма; ИФА ВИЧ от [[D:{t2}]] — отрицательно; RW — отрицательно.
Решение о выдаче РВП: № [[R:{rvp}]] — вносится после выдачи.
Председатель ВК [[P:{h_s}]], [[D:{t3}]]""",
    ),
    (
        "dul",
        18,
        "переписка регистратуры по паспорту негражданина, выданному иностранным государством",
        """От: [[E:{m1}]]
Кому: [[E:{mo}]]
Дата: [[D:{t1_mon}]] {tm1}
Тема: запись на МРТ / лицо без гражданства
Здравствуйте! Я [[P:{p}]], [[B:{bd}]], лицо без гражданства, документ — паспорт негражданина Латвии [[Q:{lvn}]] (выдан [[D:{pd}]]).
Проживаю по адресу [[A:{a2}]], вид на жительство [[R:{vnzh}]]. Можно ли записаться по полису [[O:{enp}]]?
Телефон: [[T:{ph1}]].
—
Ответ [[D:{t2}]]: Уважаемый(ая) [[P:{p_io}]], запись на [[D:{t4_wd}]] {tm3}, каб. {cab}. Номер заявки [[R:{zay}]].
В анкете укажите вид документа «{dname}» (код {did}). Администратор [[P:{s_s}]], [[T:{phc1}]] доб. {ext}""",
    ),
    (
        "dul",
        19,
        "приём лица без гражданства по проездному документу ООН в журнале регистратуры",
        """ЖУРНАЛ учёта обращений лиц без гражданства, регистратура {org}
дата         | ФИО                | документ (вид, номер)                | телефон         | примечание
[[D:{t1}]]   | [[P:{p_s}]]        | иной документ ЛБГ [[R:{lbgoth}]]     | [[T:{ph1}]]     | ООН, конвенция 1954 г.
[[D:{t2}]]   | [[P:{n_s}]]        | врем. уд. ЛБГ [[R:{lbgvr}]]          | [[T:{ph2}]]     | платно
[[D:{t3}]]   | [[P:{k_s}]]        | РВП ЛБГ [[R:{rvplbg}]]               | [[T:{phl}]]     | полис [[O:{enp}]]
Вид документа по НСИ: {dname} (код {did}); код для ЕГИСЗ не передаётся.
Ответственный [[P:{s_s}]], вн. {vn}""",
    ),
    (
        "dul",
        20,
        "ходатайство хосписа о замене паспорта СССР пациенту (скан с OCR-шумом)",
        """{org_ocr}
Начальнику {ufms}
ХОДАТАЙСТВО
Пациент хосписа [[P:{p_ocr}]], [[B:{bd}]], до настоящего времени имеет паспорт гражданина СССР [[Q:{ussr}]],
выданный [[D:{old}]] отделом милиции, и не может получить полис ОМС нового образца.
Проживает: [[A:{a_br}]].
Пациент маломобилен (ECOG 4). Просим организовать выезд сотрудника для оформления паспорта РФ на дому.
Представитель — дочь [[P:{q}]], паспорт [[Q:{pas}]], тел. [[T:{ph_br}]].
Гл. врач [[P:{h_s}]]   исх. № {outno} от [[D:{t1}]]""",
    ),
    (
        "dul",
        21,
        "архивная учётная карта пациента 1990-х с заграничным паспортом СССР (скан)",
        """АРХИВ {org_ocr} — учётная карта (скан, OCR)
ФИО: [[P:{p_ocr}]]   карта заведена в {bdy} г.
Д.р. [[B:{bd}]]   прописка: [[A:{a3}]]
Док-т: загранпаспорт гражданина СССР [[Q:{ussrzp}]], выд. [[D:{old}]]
Обращения: [[D:{old_sh}]] — вакцинация перед выездом; [[D:{od}]] — перерегистрация, паспорт РФ [[Q:{pas}]]
Архивный шифр карты [[R:{amb}]] (стеллаж 1<<#>>, полка <<#>>)
Запрос копии: [[D:{t1}]], заявитель [[P:{q_s}]], тел. [[T:{ph2}]]; ответ — [[E:{m2}]]
Архивариус [[P:{s_s}]]""",
    ),
    (
        "dul",
        22,
        "перерегистрация медицинской карты ребёнка после усыновления (смена фамилии)",
        """СЛУЖЕБНАЯ ЗАПИСКА в отдел МИС, детская поликлиника {org2}
Прошу изменить персональные данные ребёнка в ЕМК [[R:{mis}]]:
было: [[P:{c_old}]], [[B:{bdk}]]
стало: [[P:{c}]], [[B:{bdk}]] (дата рождения не изменена)
Основание: свидетельство об усыновлении [[R:{usyn}]], выдано [[D:{t1}]]; новое свидетельство о рождении [[C:{bc}]].
Усыновители: [[P:{q}]] (паспорт [[Q:{pas}]]) и [[P:{u}]] (паспорт [[Q:{pas2}]]); тел. [[T:{ph1}]].
Адрес: [[A:{a1}]]. Полис ОМС ребёнка переоформлен: [[O:{enp}]]; СНИЛС [[S:{sn}]].
Сведения об усыновлении составляют тайну (ст. 139 СК РФ): в карте не отражать.
Зав. отделением [[P:{h_s}]]""",
    ),
    (
        "dul",
        23,
        "заявление об изменении отчества и фамилии ребёнка в карте после установления отцовства",
        """Главному врачу {org}
от [[P:{q_gen}]], проживающей: [[A:{a1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ
В связи с установлением отцовства (свидетельство [[R:{otc}]] от [[D:{t1}]]) прошу внести в медицинскую
документацию сына (дочери) изменения: [[P:{c_old}]] → [[P:{c}]], [[B:{bdk}]].
Отец ребёнка: [[P:{u}]], [[B:{bd}]], паспорт [[Q:{pas2}]], тел. [[T:{ph2}]].
Новое свидетельство о рождении: [[C:{bc}]] от [[D:{t1}]]. Полис ОМС [[O:{enp}]].
Прилагаю копии. [[D:{t2}]]  ______ [[P:{q_s}]]""",
    ),
    (
        "dul",
        24,
        "перевод новорождённого до регистрации в ЗАГС по медицинскому свидетельству о рождении",
        """ПЕРЕВОДНОЙ ЭПИКРИЗ новорождённого (до государственной регистрации рождения)
Ребёнок [[P:{q_gen}]] (мать), пол: {c_sex}, родился [[B:{bdn}]] в {tm1}, масса 3<<###>> г.
Медицинское свидетельство о рождении: серия {blank_ser} № [[R:{msv}]] от [[D:{bdn}]].
Мать: [[P:{q}]], [[B:{bdq}]], паспорт [[Q:{pas}]], полис [[O:{enp}]], СНИЛС [[S:{sn}]], адрес [[A:{a1}]], тел. [[T:{ph1}]].
История развития новорождённого № [[R:{ib}]].
Переводится [[D:{t1}]] в ОПН {org2} (реанимобиль, бригада {brig}). До получения свидетельства о рождении помощь — по полису матери.
Неонатолог [[P:{d_s}]]""",
    ),
    (
        "dul",
        25,
        "постановка на учёт в противотуберкулёзный диспансер после освобождения из колонии",
        """♂ИЗВЕЩЕНИЕ о прибытии освободившегося из мест лишения свободы, состоящего на учёте по туберкулёзу
Из: {colony} (медчасть, [[T:{phc1}]])
[[P:{p}]], [[B:{bd}]], осуждён по {art}, освобождён [[D:{t1}]].
Справка об освобождении [[R:{osv}]] от [[D:{t1}]]; личное дело осуждённого [[R:{pfile}]].
Паспорт на момент освобождения отсутствует (утрачен); СНИЛС [[S:{sn}]].
Убывает по адресу: [[A:{a2}]]; тел. сестры ([[P:{q_s}]]) [[T:{ph2}]].
Диагноз: {icd}, МБТ(-). Последняя ФЛГ [[D:{od}]].
Отметка ПТД: явился [[D:{t3}]], карта [[R:{amb}]], участковый фтизиатр [[P:{d_s}]]""",
    ),
    (
        "dul",
        26,
        "журнал конвоирования подследственных в больницу по справке следственного изолятора",
        """ЖУРНАЛ приёма конвоируемых лиц, приёмное отделение {org}
дата/время        | ФИО / д.р.                         | документ                     | конвой                  | исход
[[D:{t1}]] {tm1}  | [[P:{p_s}]] / [[B:{bd_sh}]]       | справка СИЗО [[R:{sizo}]]    | ст. л-т [[P:{u_s}]]     | госпитализирован, ИБ [[R:{ib}]]
[[D:{t2}]] {tm2}  | [[P:{n_s}]] / [[B:{bdq_sh}]]      | справка СИЗО [[R:{sizo2}]]   | л-т [[P:{x_s}]]         | осмотрен, возвращён
Учреждение: {colony}; основание — {art}, мера пресечения (номера дел не вносятся).
Дежурная часть: [[T:{phc1}]]; медчасть СИЗО — [[T:{phc2}]], [[E:{mo}]].
Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        27,
        "поступление офицера в военный госпиталь: лист регистрации приёмного отделения",
        """♂ФГКУ «354 ВКГ», ПРИЁМНОЕ ОТДЕЛЕНИЕ — ЛИСТ РЕГИСТРАЦИИ
Звание, ФИО: майор [[P:{p}]]
Дата рождения: [[B:{bd}]]
Удостоверение личности офицера: [[R:{uo}]] (выдано [[D:{pd}]])
Личный номер: [[R:{lnum}]]
Воинская часть: {vch} (не персональные данные)
Дата поступления: [[D:{t1}]], направление № [[R:{zay}]]
Семья: жена [[P:{q}]], тел. [[T:{ph1}]]; адрес: [[A:{a1}]]
СНИЛС [[S:{sn}]]; военно-медицинская книжка [[R:{amb}]]
Дежурный врач [[P:{d_s}]], вн. {vn}""",
    ),
    (
        "dul",
        28,
        "протокол военно-врачебной комиссии по временному удостоверению взамен военного билета",
        """♂ПРОТОКОЛ ВВК № [[R:{cons}]] от [[D:{t2}]]
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]
Документ: временное удостоверение, выданное взамен военного билета, [[R:{vbt}]] от [[D:{pd}]]
(военный билет [[R:{vb}]] утрачен, заявление от [[D:{t1}]])
Паспорт: серия [[Q:{pas_ser2} № {pas_num}]], выдан {ufms}, код подразделения {kpd}
Адрес: [[A:{a2}]], тел. [[T:{ph1}]]
Диагноз: {icd}. Категория годности «Б-3».
Председатель ВВК [[P:{h_s}]]; военный комиссариат, тел. [[T:{phc1}]]""",
    ),
    (
        "dul",
        29,
        "карта вызова СМП к офицеру запаса с копией военного билета",
        """♂КАРТА ВЫЗОВА СМП № [[R:{smp}]]   [[D:{t1}]]   вызов принят {tm1}, прибытие {tm2}
Вызывающий: сын, [[T:{ph_said}]]
Пациент: [[P:{p}]], возраст {age}, [[B:{bd_v}]]
Адрес вызова: [[A:{a1}]], подъезд <<#>>, код домофона {otp}
Документы: военный билет офицера запаса [[R:{vbo}]]; паспорт [[Q:{pas}]]; полис [[O:{enp}]]
Объективно: АД {ad}, ЧСС {pulse}, SpO2 {spo2}%, ШКГ {gcs}. Диагноз: {icd}.
Доставлен в {org}, передан дежурному врачу [[P:{d_s}]] в {tm4}.
Бригада № {brig}: фельдшер [[P:{s_s}]], [[P:{x_s}]]""",
    ),
    (
        "dul",
        30,
        "журнал регистрации поступающих в приёмное отделение (сотрудник полиции и другие)",
        """ЖУРНАЛ УЧЁТА ПРИЁМА БОЛЬНЫХ (ф. 001/у), приёмное отделение {org}, [[D:{t1}]]
№ п/п | время | ФИО                     | д.р.              | документ                             | адрес / телефон                     | диагноз
1<<#>>  | {tm1} | [[P:{p_s}]]            | [[B:{bd}]]        | уд. сотрудника МВД [[R:{mvd}]]       | [[A:{a1}]] / [[T:{ph1}]]            | {icd}
1<<#>>  | {tm2} | [[P:{n_s}]]            | [[B:{bdq}]]       | паспорт [[Q:{pas}]]                  | [[A:{a2}]] / [[T:{ph2}]]            | {icd2}
1<<#>>  | {tm3} | НЕИЗВЕСТНЫЙ [[R:{unk}]] | —                | нет                                  | —                                   | T68
Травма при исполнении служебных обязанностей ([[P:{p_s}]]): сообщено в дежурную часть ОП № {small}, КУСП [[R:{ksusp}]].
Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        31,
        "поступление спасателя по служебному удостоверению и сообщение работодателю",
        """ТЕЛЕФОНОГРАММА № [[R:{tal}]]   [[D:{t1}]] {tm2}
Кому: ГУ МЧС России по краю, оперативный дежурный [[P:{u_s}]] ([[T:{phc1}]])
От: {org}, приёмное отделение, [[T:{phc2}]]
Сообщаем: [[D:{t1}]] в {tm1} поступил{p_a} спасатель [[P:{p}]], [[B:{bd}]], служебное удостоверение [[R:{sluzh}]],
с травмой при ликвидации ЧС ({icd}). Состояние средней тяжести. ИБ [[R:{ib}]].
Родственники: [[P:{q_io}]], [[T:{ph1}]], уведомлены в {tm3}.
Передал: медсестра [[P:{s_s}]]""",
    ),
    (
        "dul",
        32,
        "запись ребёнка мигрантов к педиатру по иностранному свидетельству о рождении",
        """Запись на приём (регистратура детской поликлиники), [[D:{t1}]] {tm1}
Ребёнок: [[P:{c}]], [[B:{bdk}]]
Документ ребёнка: свидетельство о рождении (Республика Узбекистан) [[C:{bcf}]], нотариальный перевод от [[D:{t1}]]
Мать: [[P:{q}]], паспорт [[Q:{fpas}]], миграционная карта [[R:{mig}]]
Адрес пребывания: [[A:{a1}]]
Телефон: [[T:{phf}]], второй [[T:{ph1}]]
Полис: ДМС [[R:{cons}]]; ОМС нет.
Приём: педиатр [[P:{d_s}]], [[D:{t2_wd}]] {tm3}, каб. {cab}.  Принял{s_a} [[P:{s_s}]]""",
    ),
    (
        "dul",
        33,
        "госпитализация лица, принимаемого в гражданство РФ (удостоверение на период рассмотрения)",
        """ИСТОРИЯ БОЛЕЗНИ № [[R:{ib}]] — титульный лист
[[P:{p_up}]]
Дата рождения [[B:{bd}]]; место рождения — Республика Казахстан
Документ, удостоверяющий личность на период рассмотрения заявления о приёме в гражданство РФ: [[R:{grazh}]], выдан [[D:{pd}]], действителен до [[D:{till}]]
Прежний паспорт (Казахстан): [[Q:{fpas}]]
Адрес: [[A:{a2}]]; тел. [[T:{ph1}]]
Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Поступил{p_a} [[D:{t2}]] {tm2}, отделение терапии, палата {ward}, койка {bed}
Лечащий врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        34,
        "прикрепление вынужденного переселенца к поликлинике по удостоверению",
        """ЗАЯВЛЕНИЕ о прикреплении (основание: {law_kind} от [[D:{law}]] № {law_no})
Заявитель: [[P:{p}]], [[B:{bd}]]
Удостоверение вынужденного переселенца [[R:{vpu}]], выдано {ufms} [[D:{pd}]], продлено до [[D:{till}]]
Паспорт гражданина РФ: [[Q:{pas}]]
Место пребывания: [[A:{a3}]]
Тел. [[T:{ph1}]], e-mail [[E:{m1}]]
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Члены семьи, вписанные в удостоверение: [[P:{q}]] ([[B:{bdq}]]), [[P:{c}]] ([[B:{bdk}]], св-во о рождении [[C:{bc}]]).
[[D:{t1}]]   подпись [[P:{p_s}]]""",
    ),
    (
        "dul",
        35,
        "журнал медосмотров мигрантов для патента с миграционными картами",
        """ЖУРНАЛ медицинских освидетельствований иностранных граждан (патент), {org2}
№   | ФИО                 | д.р.             | паспорт           | миграционная карта | телефон          | сертификат
<<##>>  | [[P:{p_s}]]        | [[B:{bd}]]       | [[Q:{fpas}]]      | [[R:{mig}]]        | [[T:{phf}]]      | [[R:{cons}]]
<<##>>  | [[P:{n_s}]]        | [[B:{bdq}]]      | [[Q:{fpas2}]]     | [[R:{mig2}]]       | [[T:{ph2}]]      | [[R:{cons2}]]
Серия бланков сертификатов {blank_ser}, получено №№ {blank_rng}–{blank_rng2} (не персональные).
Ответственный [[P:{d_s}]]""",
    ),
    (
        "dul",
        36,
        "пациент без сознания, установленный позднее по водительскому удостоверению",
        """ДНЕВНИК ПРИЁМНОГО ОТДЕЛЕНИЯ — пациент «Неизвестный [[R:{unk}]]»
[[D:{t1}]] {tm1}: доставлен СМП с места ДТП (карта вызова [[R:{smp}]]), без сознания, ШКГ {gcs}. Документов нет. Присвоен код [[R:{unk}]].
[[D:{t1}]] {tm3}: сотрудник ДПС [[P:{u_s}]] ([[T:{ph2}]]) передал водительское удостоверение [[R:{vod}]], найденное в автомобиле (госномер не вносится).
Личность установлена: [[P:{p}]], [[B:{bd}]], адрес по базе: [[A:{a1}]].
[[D:{t2}]] {tm4}: родственница [[P:{q}]] предъявила паспорт пациента [[Q:{pas}]] и полис [[O:{enp}]]; тел. [[T:{ph1}]].
Записи «Неизвестный [[R:{unk}]]» объединены с ИБ [[R:{ib}]]. Врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        37,
        "медицинское заключение к удостоверению на право приобретения оружия (ф. 002-О/у)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ (ф. 002-О/у) серия {blank_ser} № [[R:{cons}]]
об отсутствии медицинских противопоказаний к владению оружием
Выдано: [[P:{p_dat}]], [[B:{bd}]], паспорт [[Q:{pas}]], выдан [[D:{pd}]], код подразделения {kpd}
Адрес регистрации: [[A:{a1}]]
Предъявлено удостоверение на право приобретения оружия [[R:{oruzh}]] (продление); охотничий билет [[R:{ohot}]]
ХТИ: справка [[R:{tal}]] от [[D:{t1}]] — отрицательно.
Дата выдачи: [[D:{t2}]]. Председатель комиссии [[P:{h_s}]]. Телефон для проверки: [[T:{phc1}]]""",
    ),
    (
        "dul",
        38,
        "санавиация: эвакуация охотника, личность по охотничьему билету",
        """♂ОТДЕЛЕНИЕ САНИТАРНОЙ АВИАЦИИ — донесение, [[D:{t1}]]
Вызов от фельдшера ФАП [[P:{s_s}]] (спутниковый тел. [[T:+870 7<<########>>]]) в {tm1}: огнестрельное ранение бедра у охотника.
Пострадавший: [[P:{p}]], около {age} лет; при себе охотничий билет [[R:{ohot}]] и разрешение РОХа (не персональные данные: номер ствола).
Д.р. по данным ФАП: [[B:{bd}]]; адрес: [[A:{a1}]].
Вылет {tm2}, посадка {tm4}; передан в {org}, ИБ [[R:{ib}]].
Родственник: [[P:{u_fi}]], [[T:{ph2}]].
Врач санавиации [[P:{d_s}]]""",
    ),
    (
        "dul",
        39,
        "регистрационная карточка пенсионера-моряка с паспортом Минморфлота",
        """РЕГИСТРАТУРА — карточка (перенос из бумажной картотеки)
Пациент: [[P:{p}]]
Д/р: [[B:{bd_sp}]]
Док.: паспорт Минморфлота [[Q:{mmf}]] (выдан [[D:{old}]]) — предъявлен вместе с паспортом РФ [[Q:{pas}]]
Прописка: [[A:{a1}]]
Тел.: [[T:{phl}]] (городской), моб. [[T:{ph1}]]
СНИЛС [[S:{sn}]]; ЕНП [[O:{enp}]]; пенсионное удостоверение [[R:{tal}]]
Участок № {small}, врач [[P:{d_s}]]
Карту перенёс [[P:{s_s}]]""",
    ),
    (
        "dul",
        40,
        "проверка регистрации по месту жительства по штампу в паспорте при прикреплении",
        """АКТ сверки регистрации пациента (прикрепление по месту жительства), [[D:{t1}]]
Пациент [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]].
Штамп о регистрации (стр. 5 паспорта): зарегистрирован{p_a} [[D:{pd2}]] по адресу: [[A:{a1}]], {ufms}.
Прежняя регистрация (стр. 6, снят{p_a} [[D:{od}]]): [[A:{a2}]].
Адресная справка [[R:{adrspr}]] от [[D:{t1}]] — совпадает.
Фактическое проживание: [[A:{a3}]].
Решение: прикрепить к участку № {small}. Тел. пациента [[T:{ph1}]].
Медрегистратор [[P:{s_s}]]""",
    ),
    (
        "dul",
        41,
        "старая карточка иностранца со свидетельством о временном убежище до 2013 года (OCR)",
        """КАРТ0ЧКА ИН0СТРАННОГО ПАЦИЕНТА (архив, OCR)
[[P:{p_ocr}]]
д.р. [[B:{bd}]]
свид-во о предост. врем. убежища [[R:{vuold}]] от [[D:{old}]] (образец до 2013 г.)
адрес: [[A:{a1}]]
тел. [[T:{phl}]]
обращения: [[D:{od}]] — травмпункт; амб. карта [[R:{amb}]]
примечание: с [[D:{t1}]] документ недействителен, требуется новый — см. справочник ДУЛ, код {did} (неактуален)""",
    ),
    (
        "dul",
        42,
        "звонок в инфекционный стационар о лихорадке после поездки (загранпаспорт)",
        """Расшифровка звонка, колл-центр инфекционной больницы, [[D:{t2}]] {tm1}
Оператор [[P:{s_io}]]: Инфекционная больница, слушаю.
Абонент: Здравствуйте, [[P:{p_low}]], вернул{p_sya} из Таиланда [[D:{t1_spk}]], температура {temp}.
Оператор: Дата рождения?
Абонент: [[B:{bd_spk}]].
Оператор: Загранпаспорт под рукой? Для эпиданамнеза нужен номер и даты пересечения границы.
Абонент: [[Q:{zp}]], въезд [[D:{t1_wd}]].
Оператор: Адрес?
Абонент: [[A:{a1}]]. Телефон [[T:{ph_said}]].
Оператор: Бригада выезжает, номер обращения [[R:{call}]]. Не выходите из дома.""",
    ),
    (
        "dul",
        43,
        "запрос медицинской документации умершего родственником по свидетельству о смерти",
        """Главному врачу {org}
от [[P:{q_gen}]], паспорт [[Q:{pas2}]], выдан [[D:{pd2}]], адрес: [[A:{a2}]], тел. [[T:{ph2}]], [[E:{m2}]]
ЗАПРОС
Прошу выдать копию медицинской карты моего отца [[P:{u_gen}]], [[B:{bd}]], умершего [[D:{t1}]]
(свидетельство о смерти [[R:{sm}]] от [[D:{t2}]]; медицинское свидетельство о смерти серия {blank_ser} № [[R:{msm}]]).
ИБ [[R:{ib}]]; паспорт умершего [[Q:{pas}]] сдан в ЗАГС.
Основание: {art}.
[[D:{t3}]]   ______ [[P:{q_s}]]
Вх. № [[R:{zay}]]""",
    ),
    (
        "dul",
        44,
        "телефонный разговор регистратуры о полисе для иностранца с видом на жительство",
        """Запись разговора, регистратура, [[D:{t1}]] {tm2}
— Поликлиника, регистратор [[P:{s_io}]].
— Добрый день. Я [[P:{p}]], гражданство Армении, вид на жительство иностранного гражданина [[R:{vnzhf}]]. Полис ОМС у меня [[O:{enp}]], а в системе пишут «не найден».
— Дата рождения?
— [[B:{bd_w}]].
— Вижу: по полису вы застрахованы с [[D:{pd2}]], но у нас записан старый ВНЖ [[R:{vnzhf2}]]. Продиктуйте телефон.
— [[T:{ph1}]], это мобильный.
— Исправила. Приходите [[D:{t2_wd}]] с ВНЖ и паспортом [[Q:{fpas}]].""",
    ),
    (
        "dul",
        45,
        "регистрация подростка по свидетельству о регистрации по месту жительства (форма № 8)",
        """Регистрационный лист поликлиники (ребёнок до 14 лет без паспорта)
Ребёнок: [[P:{c}]], [[B:{bdk}]]
Свидетельство о рождении: [[C:{bc}]]
Свидетельство о регистрации по месту жительства (ф. № 8): [[R:{regzh}]] от [[D:{pd2}]], адрес: [[A:{a1}]]
Отец: [[P:{u}]], паспорт [[Q:{pas}]], тел. [[T:{ph2}]]
Полис ОМС: [[O:{enp}]]; СНИЛС: [[S:{sn}]]
Школа № {small}, класс 7<<@>> (не персональные)
Регистратор [[P:{s_s}]]""",
    ),
    (
        "dul",
        46,
        "прикрепление студента по свидетельству о регистрации по месту пребывания (форма № 3)",
        """ЗАЯВЛЕНИЕ о выборе МО — студент, регистрация по месту пребывания
[[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]]
Свидетельство о регистрации по месту пребывания (ф. № 3) [[R:{regpreb}]], срок с [[D:{t1}]] по [[D:{till}]]
Адрес пребывания (общежитие): [[A:{a2}]], комн. 4<<##>>
Адрес постоянной регистрации: [[A:{a1}]]
Полис ОМС [[O:{enp}]]; студенческий билет [[R:{tal}]]
Тел. [[T:{ph1}]], [[E:{m1}]]; ИНН [[I:{inn}]]""",
    ),
    (
        "dul",
        47,
        "регистрация военнослужащего по персональной электронной карте в МИС госпиталя",
        """[MIS] Создание карты пациента · [[D:{t1_iso}]] {tm1}
считыватель ПЭК: OK
тип_документа={did} ({dname})
номер_ПЭК=[[R:{pek}]]
фамилия=[[P:{p_sur}]]; имя_отчество=[[P:{p_io}]]
дата_рождения=[[B:{bd_iso}]]
личный_номер=[[R:{lnum}]]
снилс=[[S:{sn}]]
часть={vch}
контакт_родственника=[[P:{q_fi}]] [[T:{ph1}]]
emk=[[R:{mis}]]
оператор=[[P:{s_s}]]""",
    ),
    (
        "dul",
        48,
        "госпитализация призывника по справке взамен военного билета",
        """♂СПРАВКА-НАПРАВЛЕНИЕ военного комиссариата (г. Сургут), исх. № {outno} от [[D:{t1}]]
Гражданин [[P:{p}]], [[B:{bd}]], справка взамен военного билета [[R:{svb}]] от [[D:{pd}]],
паспорт серия [[Q:{pas_ser} номер {pas_num}]], направляется на стационарное обследование в {org}.
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]].
Основание: {art2} (обследование по направлению ВВК).
Отметка МО: поступил [[D:{t2}]], ИБ [[R:{ib}]], акт исследования № [[R:{cons}]].
Военный комиссар [[P:{u_s}]], тел. [[T:{phc1}]]""",
    ),
    (
        "dul",
        49,
        "стационарная помощь лицу без гражданства по временному удостоверению личности",
        """ЛИСТ ПЕРВИЧНОГО ОСМОТРА, [[D:{t1}]] {tm1}
[[P:{p}]], [[B:{bd}]], лицо без гражданства.
Временное удостоверение личности лица без гражданства в РФ [[R:{lbgvr}]], выдано {ufms} [[D:{pd}]], действует до [[D:{till}]].
Прибыл{p_a} из центра временного содержания иностранных граждан (ЦВСИГ), сопровождающий [[P:{u_s}]], [[T:{phc1}]].
Адрес ЦВСИГ: [[A:{ao}]].
Диагноз: {icd}. Полиса ОМС нет; помощь экстренная, бесплатно.
ИБ [[R:{ib}]]. Врач [[P:{d_s}]]""",
    ),
    (
        "dul",
        50,
        "консультация по справке о рассмотрении заявления о предоставлении временного убежища (мессенджер)",
        """WhatsApp, {org2} — медсестра кабинета иностранных граждан
[[D:{t1_dm}]] {tm1} [[P:{p_fi}]]: Здравствуйте, у меня справка о рассмотрении заявления о временном убежище [[R:{sprvu}]] от [[D:{pd2}]]. Паспорт забрали. Можно сдать анализы?
{tm2} [[P:{s_io}]]: Да, по справке примем. Продиктуйте дату рождения и адрес.
{tm2} [[P:{p_fi}]]: [[B:{bd_sl}]], [[A:{a2}]]
{tm3} [[P:{s_io}]]: Записала на [[D:{t2_wd}]], {tm4}, каб. {cab}. Ваш номер в записи — [[R:{tal}]]. Наш телефон [[T:{phc1}]], добавочный {ext}.
{tm4} [[P:{p_fi}]]: Спасибо! Мой второй номер [[T:{phf}]].""",
    ),
    (
        "dul",
        51,
        "оформление полиса жителю новых регионов по паспорту, выданному в Донецке",
        """ЗАЯВЛЕНИЕ о выборе СМО (новые регионы), {smo}
[[P:{p}]], [[B:{bd}]]
Документ: паспорт, выданный [[D:{pd}]] органом, действовавшим на территории отдельных районов Донецкой области: [[Q:{dnr}]]
Паспорт гражданина РФ: получен [[D:{t1}]], [[Q:{pas}]], код подразделения {kpd}
Адрес: [[A:{a1}]]
Ребёнок до 16 лет: [[P:{c}]], [[B:{bdk}]], свидетельство о рождении (выдано в Донецке) [[C:{bc2}]]
Тел. [[T:{ph1}]]; СНИЛС [[S:{sn}]]
Выдано временное свидетельство № [[R:{vs}]] от [[D:{t1}]]; ЕНП присвоен: [[O:{enp}]]
Код СМО {smo_code}. Агент [[P:{s_s}]]""",
    ),
    (
        "dul",
        52,
        "госпитализация депутата: сообщение в аппарат и режим конфиденциальности",
        """СЛУЖЕБНАЯ ЗАПИСКА заместителю главного врача [[P:{h_s}]]
[[D:{t1}]] в {tm1} в приёмное отделение обратил{p_sya} [[P:{p}]], [[B:{bd}]], предъявил{p_a} удостоверение депутата Государственной Думы [[R:{dep}]].
Госпитализирован{p_a} в палату {ward}, ИБ [[R:{ib}]]. Диагноз: {icd}.
Помощник депутата [[P:{u_s}]] просит сведения только по [[T:{ph2}]]; без письменного согласия пациента информацию не сообщать ({art}).
Согласие на передачу сведений подписано [[D:{t1}]] на [[P:{q_acc}]] (тел. [[T:{ph1}]]).
Зав. отделением [[P:{d_s}]]""",
    ),
    (
        "dul",
        53,
        "запрос адвоката по доверенности о выдаче копий медицинских документов",
        """Адвокатский кабинет [[P:{u_gen}]] (реестр адвокатов, рег. № [[R:{adv}]]), [[A:{ao}]], тел. [[T:{phc1}]], [[E:{md}]]
Главному врачу {org}
АДВОКАТСКИЙ ЗАПРОС № {outno} от [[D:{t2}]]
В интересах доверителя [[P:{p_gen}]], [[B:{bd}]], на основании нотариальной доверенности от [[D:{t1}]],
зарегистрированной в реестре № [[R:{dov}]], и удостоверения адвоката [[R:{adv2}]] прошу выдать копии ИБ [[R:{ib}]].
Паспорт доверителя: [[Q:{pas}]]. Адрес доверителя: [[A:{a1}]].
Основание: ст. 6.1 ФЗ «Об адвокатской деятельности», {art}.
Адвокат [[P:{u_s}]]""",
    ),
    (
        "dul",
        54,
        "регистрация журналиста, пострадавшего на массовом мероприятии, и отказ в комментарии",
        """Приёмное отделение {org}, [[D:{t2}]] {tm2}
Поступил{p_a} [[P:{p}]], [[B:{bd_sh}]], корреспондент; документ — редакционное удостоверение журналиста [[R:{zhurn}]]; паспорт не при себе.
Травма: {icd}. Адрес со слов: [[A:{a1}]]. Тел. [[T:{ph1}]].
{tm3}: звонил главный редактор [[P:{u_s}]] ([[T:{phc1}]]), просил сведения. Отказано: согласия пациента нет.
{tm4}: пациент подписал согласие на информирование [[P:{q_gen}]] ([[T:{ph2}]]).
Паспорт привезли [[D:{t3}]]: [[Q:{pas}]]. ИБ [[R:{ib}]]. Дежурный врач [[P:{d_s}]]""",
    ),
    (
        "vmp",
        1,
        "журнал приёма фельдшерско-акушерского пункта (доврачебная помощь)",
        """ФАП {village} — журнал амбулаторного приёма, фельдшер [[P:{s_s}]]
дата      | ФИО                 | г.р. / д.р.      | адрес                         | паспорт / полис                      | жалобы, помощь
[[D:{t1_dm}]] | [[P:{p_s}]]       | [[B:{bd}]]       | [[A:{a1}]]                    | [[Q:{pas}]] / [[O:{enp}]]            | АД {ad}, каптоприл
[[D:{t2_dm}]] | [[P:{n_s}]]       | {bdy} г.р.       | [[A:{a2}]]                    | полис [[O:{enp2}]]                   | перевязка
[[D:{t3_dm}]] | [[P:{c_s}]] (реб.) | [[B:{bdk}]]     | то же, что у матери [[P:{q_s}]] | св-во [[C:{bc}]]                   | T {temp}, осмотр
Связь с ЦРБ: [[T:{phc1}]]; дежурный врач [[P:{d_s}]]. Личный телефон фельдшера [[T:{ph3}]].""",
    ),
    (
        "vmp",
        2,
        "запись к участковому терапевту через чат-бот и подтверждение личности",
        """Чат-бот «Запись к врачу», [[D:{t1}]]
> Введите фамилию, имя, отчество
[[P:{p_low}]]
> Введите дату рождения (ДД.ММ.ГГГГ)
[[B:{bd}]]
> Введите номер полиса ОМС или серию и номер паспорта
[[Q:{pas}]]
> Найдено: [[P:{p_s}]], участок {small}, терапевт [[P:{d_s}]]
> Свободно: [[D:{t2_wd}]] {tm2}, [[D:{t3_wd}]] {tm3}
{tm3}
> Вы записаны на [[D:{t3}]] {tm3}, каб. {cab}. Талон [[R:{tal}]]. Напоминание придёт на [[T:{ph1}]].
> Отменить запись: [[T:{ph800}]]""",
    ),
    (
        "vmp",
        3,
        "направление к врачу-специалисту (ф. 057/у-04) с паспортными данными",
        """НАПРАВЛЕНИЕ на консультацию (ф. 057/у-04) № [[R:{zay}]]
Направляющая МО: {org2}, [[A:{ao2}]], тел. [[T:{phc2}]]
В: {org} — консультация эндокринолога
Ф.И.О.: [[P:{p}]]; дата рождения: [[B:{bd}]]
Паспорт: [[Q:{pas}]], выдан {ufms} [[D:{pd}]]
Полис ОМС: [[O:{enp}]]; СНИЛС: [[S:{sn}]]; ИНН: [[I:{inn}]]
Адрес: [[A:{a1}]]; тел.: [[T:{ph1}]]
Диагноз: {icd}. Код МКБ и код услуги не являются персональными данными.
Врач [[P:{d_s}]], [[D:{t1}]]""",
    ),
    (
        "vmp",
        4,
        "согласие на госпитализацию, подписанное опекуном по акту органа опеки",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на госпитализацию и медицинское вмешательство
Я, [[P:{q}]], [[B:{bdq}]], паспорт [[Q:{pas2}]], выдан [[D:{pd2}]], проживающая: [[A:{a2}]], тел. [[T:{ph2}]],
являясь опекуном [[P:{p_gen}]], [[B:{bd}]], признанн{p_ogo} недееспособн{p_ogo} решением суда,
на основании акта органа опеки и попечительства о назначении опекуна от [[D:{od}]] № {prik} (номер акта не персональный),
даю согласие на госпитализацию в {org} и медицинское вмешательство.
Паспорт подопечного: [[Q:{pas}]]; полис [[O:{enp}]]; СНИЛС [[S:{sn}]].
Врач [[P:{d_s}]] разъяснил(а) риски. [[D:{t1}]] {tm1}
Опекун ______ [[P:{q_s}]]
Согласие зарегистрировано № [[R:{cons}]]""",
    ),
    (
        "vmp",
        5,
        "карта вызова скорой медицинской помощи (ф. 110/у) с паспортом и полисом",
        """КАРТА ВЫЗОВА СМП (ф. 110/у) № [[R:{smp}]]
Номер вызова [[R:{call}]] от [[D:{t1}]]; принят {tm1}; передан бригаде № {brig} {tm2}; прибытие {tm3}
Адрес: [[A:{a1}]], этаж <<#>>
Вызывает: [[P:{q_io}]], [[T:{ph1}]]
Пациент: [[P:{p}]], [[B:{bd}]], {age} лет
Документы: паспорт [[Q:{pas}]]; полис ОМС [[O:{enp}]]
Повод: боль в груди. АД {ad}, ЧСС {pulse}, SpO2 {spo2}%. ЭКГ: подъём ST. Диагноз: {icd}.
Доставлен в {org} в {tm4}. Фельдшер [[P:{s_s}]]; диспетчер [[P:{x_s}]], пульт вн. {vn}""",
    ),
    (
        "vmp",
        8,
        "талон на оказание высокотехнологичной медицинской помощи с документами пациента",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:{vmp}]]
Дата оформления: [[D:{t1}]]
Пациент: [[P:{p}]]
Дата рождения: [[B:{bd}]]
Документ, удостоверяющий личность: паспорт гражданина РФ, серия [[Q:{pas_ser}]], номер [[Q:{pas_num}]]
СНИЛС: [[S:{sn}]]; полис ОМС: [[O:{enp}]]
Адрес регистрации: [[A:{a1}]]
Профиль ВМП: сердечно-сосудистая хирургия; вид ВМП (код по перечню) 1<<#>>.00.<<###>> — не персональный
Принимающая МО: {org}; дата госпитализации [[D:{t4}]]
Контакт: [[T:{ph1}]]""",
    ),
    (
        "vmp",
        6,
        "доверенность на получение выписок и рецептов для паллиативного пациента",
        """ДОВЕРЕННОСТЬ
{city_line}, [[D:{t1_w}]]
Я, [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]], выдан {ufms} [[D:{pd}]], код подразделения {kpd},
зарегистрированн{p_yi} по адресу: [[A:{a1}]],
доверяю [[P:{q_dat}]], [[B:{bdq}]], паспорт [[Q:{pas2}]], выдан [[D:{pd2}]], код подразделения {kpd2},
проживающей: [[A:{a2}]], тел. [[T:{ph2}]],
получать в {org} медицинские документы, выписки, рецепты и наркотические лекарственные препараты.
Доверенность выдана сроком на один год. Удостоверена главным врачом (ст. 185.1 ГК РФ).
Доверитель ______ [[P:{p_s}]]   Рег. № [[R:{dov}]]""",
    ),
    (
        "vmp",
        9,
        "заявка на санитарно-авиационную эвакуацию из районной больницы",
        """ЗАЯВКА на медицинскую эвакуацию (санавиация) № [[R:{epj}]], [[D:{t1}]] {tm1}
Из: {org2}, врач [[P:{e_s}]], [[T:{phc2}]]
Пациент: [[P:{p}]], [[B:{bd}]], вес {wt} кг
Паспорт: [[Q:{pas}]]; полис: [[O:{enp}]]; ИБ ЦРБ: [[R:{ib}]]
Диагноз: {icd}, ИВЛ, SpO2 {spo2}%.
Площадка: вертолётная, координаты 6<<#>>°<<##>>′ с.ш. (не персональные)
Родственник: [[P:{q_fi}]], [[T:{ph_br}]]
Решение РЦМК: вылет {tm3}, борт RA-2<<####>>, врач [[P:{d_s}]]; приём в {org}""",
    ),
    (
        "vmp",
        11,
        "журнал выездной патронажной службы медсестёр (паллиативная доврачебная помощь)",
        """ЖУРНАЛ ПАТРОНАЖА, выездная служба паллиативной помощи, медсестра [[P:{s_s}]]
дата        | пациент            | адрес                     | телефон           | родственник       | манипуляции
[[D:{t1}]]  | [[P:{p_s}]]       | [[A:{a1}]]                | [[T:{ph1}]]       | [[P:{q_s}]]       | обработка пролежня
[[D:{t2}]]  | [[P:{n_s}]]       | [[A:{a2}]]                | [[T:{phl}]]       | [[P:{x_s}]]       | смена катетера, SpO2 {spo2}%
[[D:{t3}]]  | [[P:{p_s}]]       | то же                     | —                 | —                 | обучение родственника
Кислородный концентратор инв. № 0101<<####>>, зав. № <<######>> (не персональные)
Старшая медсестра [[P:{h_s}]], [[T:{phc1}]]""",
    ),
    (
        "vmp",
        12,
        "выписка рецепта на наркотический анальгетик представителю паллиативного пациента",
        """Запись в амбулаторной карте [[R:{amb}]], [[D:{t2}]]
Пациент [[P:{p}]], [[B:{bd}]], на дому (ECOG 4); визит не требуется — рецепт получает представитель.
Представитель: [[P:{q}]], паспорт [[Q:{pas2}]], доверенность от [[D:{t1}]] (рег. № [[R:{dov}]]).
Выписан рецепт (ф. 107/у-НП) серия {blank_ser} № [[R:{tal}]]: морфин 10 мг/мл; отпуск в аптеке [[A:{ao}]].
Обезболивание эффективно; ВАШ 3. Следующий визит [[D:{t4}]].
Телефон представителя [[T:{ph2}]]; телефон кабинета паллиативной помощи [[T:{phc1}]] доб. {ext}.
Врач [[P:{d_s}]]""",
    ),
    (
        "vmp",
        13,
        "поступление в хоспис: лист регистрации с документами пациента и представителя",
        """ХОСПИС — ЛИСТ РЕГИСТРАЦИИ ПРИ ПОСТУПЛЕНИИ, [[D:{t1}]]
Пациент: [[P:{p}]], [[B:{bd}]]
Паспорт: серия [[Q:{pas_ser2}]], № [[Q:{pas_num}]]; полис [[O:{enp}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]
Законный представитель: [[P:{q}]], [[B:{bdq}]], паспорт [[Q:{pas2}]], тел. [[T:{ph2}]], [[E:{m2}]]
Направление онколога [[R:{zay}]] от [[D:{od}]]; диагноз {icd}
Палата {ward}, койка {bed}. Посещения круглосуточно.
Принял{s_a} [[P:{s_s}]]""",
    ),
    (
        "vmp",
        10,
        "журнал телефонных обращений в регистратуру поликлиники (внутренние номера постов)",
        """ЖУРНАЛ ТЕЛЕФОННЫХ ОБРАЩЕНИЙ, регистратура {org2}, [[D:{t1}]]
Внутренние номера: стол справок {vn}, кабинет выдачи справок {vn2}, старший регистратор 1<<##>> — номера постов, не персональные.
{tm1} | [[P:{p_s}]], [[B:{bd_sh}]] | перенос записи к терапевту, перезвонить на [[T:{ph1}]]
{tm2} | [[P:{q_fi}]] | справка для бассейна ребёнку [[P:{c_dat}]], [[B:{bdk}]]; тел. [[T:{ph2}]] доб. {ext}
{tm3} | без имени, [[T:{phl}]] | вопрос о графике флюорографии, не записан
{tm4} | [[P:{n_s}]] | сменил{n_a} паспорт: новый [[Q:{pas2}]], старый [[Q:{pas3}]] — исправить в МИС; СНИЛС [[S:{sn2}]]
{tm5} | [[P:{k_io}]] | подтвердил{k_a} вызов врача на дом по адресу [[A:{a3}]], вызов [[R:{call}]]
Регистратор [[P:{s_s}]]""",
    ),
    (
        "oms",
        1,
        "заявление о замене полиса ОМС старого образца на полис единого образца",
        """В {smo}, пункт выдачи полисов: [[A:{ao}]], тел. [[T:{phc1}]]
ЗАЯВЛЕНИЕ о замене полиса
Застрахованное лицо: [[P:{p}]], [[B:{bd}]], пол {p_sex}
Документ: паспорт [[Q:{pas}]], выдан {ufms} [[D:{pd}]], код подразделения {kpd}
Полис старого образца: серия {blank_ser} № [[R:{polold}]], выдан [[D:{old}]] (серия — бланк фонда, не персональная)
Место жительства: [[A:{a1}]]; тел. [[T:{ph1}]]; [[E:{m1}]]
СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; место рождения: {city_line}
Прошу выдать полис единого образца. Способ: бумажный бланк.
[[D:{t1}]]   ______ [[P:{p_s}]]
Выдано временное свидетельство [[R:{vs}]]; ЕНП [[O:{enp}]]; бланк полиса серии {blank_ser} (партия №№ {blank_rng}–{blank_rng2}, не персональная), номер бланка [[R:{blank}]]""",
    ),
    (
        "oms",
        2,
        "переоформление бессрочного полиса единого образца при смене фамилии",
        """{smo}
ВЫПИСКА ИЗ ЕДИНОГО РЕГИСТРА ЗАСТРАХОВАННЫХ ЛИЦ (смена персональных данных)
ЕНП: [[O:{enp}]] (не меняется)
Прежние данные: [[P:{p_old} {p_io}]], паспорт [[Q:{pas2}]]
Новые данные: [[P:{p}]], паспорт [[Q:{pas}]], выдан [[D:{pd}]]
Основание: свидетельство о заключении брака [[R:{usyn}]] от [[D:{od}]]
Дата рождения: [[B:{bd}]]; СНИЛС: [[S:{sn}]]; ИНН: [[I:{inn}]]
Вид полиса по НСИ 1.2.643.5.1.13.13.11.1035: {dname} (код {did})
Дата изменения: [[D:{t2}]]. Уведомление на [[E:{m1}]] и SMS на [[T:{ph1}]].
Специалист [[P:{s_s}]]""",
    ),
    (
        "oms",
        3,
        "переписка с СМО о полисе со сроком действия для иностранца с разрешением на временное проживание",
        """Тема: полис ОМС до окончания РВП — [[P:{p_lat}]]
От: [[E:{m1}]] · [[D:{t1_sl}]] {tm1}
Добрый день. Моё РВП [[R:{rvp}]] действует до [[D:{till}]]. Полис ОМС мне выдали только до [[D:{t6}]]. Почему?
[[P:{p}]], [[B:{bd}]], паспорт Китая [[Q:{fpas}]], тел. [[T:{phf}]]
—
От: [[E:{mo}]] · [[D:{t2}]]
Уважаемый(ая) [[P:{p_fi}]]! Полис ОМС со сроком действия ([[O:{enp}]]) выдаётся на срок действия РВП; в базе указано РВП [[R:{rvp2}]] — вероятно, ошибка ввода. Приходите с РВП и миграционной картой [[R:{mig}]] в офис: [[A:{ao}]].
Справки: [[T:{ph800}]]. Специалист [[P:{s_s}]]""",
    ),
    (
        "oms",
        4,
        "выдача временного свидетельства ОМС и звонок застрахованному о готовности полиса",
        """ВРЕМЕННОЕ СВИДЕТЕЛЬСТВО, подтверждающее оформление полиса ОМС, № [[R:{vs}]]
Выдано [[D:{t1}]] ({smo}, код СМО {smo_code})
[[P:{p}]], [[B:{bd}]], пол {p_sex}
Документ: паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Место жительства: [[A:{a1}]]
Действительно до [[D:{t6}]] (не более 45 рабочих дней).
—
Запись звонка [[D:{t5}]] {tm3}: «[[P:{p_io}]], ваш полис готов, ЕНП [[O:{enp}]]. Получить можно по адресу [[A:{ao}]] с паспортом и временным свидетельством. Вопросы — [[T:{phc1}]], доб. {ext}.» Оператор [[P:{s_fi}]]""",
    ),
]


# ---------------------------------------------------------------- the directories' entries
# ID: (NAME, PARENT_ID, ACTUAL), as in 1.2.643.5.1.13.13.99.2.48 v7.2 (the four group rows 100,
# 200, 300, 400 are headings, not documents, and have no kind)
DUL21: dict[int, tuple[str, str, str]] = {
    1: ("Паспорт гражданина Российской Федерации", "100", "true"),
    2: (
        "Паспорт гражданина Российской Федерации, являющийся основным документом, удостоверяющим личность гражданина Российской Федерации за пределами территории Российской Федерации, в том числе содержащий электронный носитель информации",
        "100",
        "true",
    ),
    3: ("Дипломатический паспорт", "100", "true"),
    4: ("Служебный паспорт гражданина Российской Федерации", "100", "true"),
    5: ("Временное удостоверение личности гражданина Российской Федерации", "100", "true"),
    6: ("Свидетельство о рождении", "100", "true"),
    7: ("Паспорт моряка (удостоверение личности моряка)", "200", "true"),
    8: ("Удостоверение личности военнослужащего Российской Федерации", "200", "true"),
    9: ("Военный билет (у лиц, проходящих военную службу)", "200", "true"),
    10: (
        "Паспорт иностранного гражданина либо иной документ, установленный федеральным законом или признаваемый в соответствии с международным договором Российской Федерации в качестве документа, удостоверяющего личность иностранного гражданина",
        "300",
        "true",
    ),
    11: ("Вид на жительство", "300", "true"),
    12: ("Удостоверение беженца", "300", "true"),
    13: (
        "Свидетельство о предоставлении временного убежища на территории Российской Федерации",
        "300",
        "true",
    ),
    14: (
        "Свидетельство о рассмотрении ходатайства о признании лица беженцем на территории Российской Федерации по существу",
        "300",
        "true",
    ),
    15: ("Проездной документ беженца", "300", "true"),
    16: ("Разрешение на временное проживание (для лиц без гражданства)", "300", "true"),
    17: ("Разрешение на временное проживание в Российской Федерации", "300", "true"),
    18: (
        "Документ, удостоверяющий личность лица без гражданства, выданный иностранным государством",
        "300",
        "true",
    ),
    19: (
        "Иные документы, предусмотренные федеральным законом или признаваемые в соответствии с международным договором Российской Федерации в качестве документов, удостоверяющих личность лица без гражданства",
        "300",
        "true",
    ),
    20: ("Паспорт гражданина СССР", "100", "false"),
    21: ("Заграничный паспорт гражданина бывшего СССР", "100", "false"),
    22: ("Свидетельство об усыновлении", "100", "true"),
    23: ("Свидетельство об установлении отцовства", "100", "true"),
    24: ("Медицинское свидетельство о рождении (для детей в возрасте до 1 месяца)", "100", "true"),
    25: ("Справка об освобождении из места лишения свободы", "100", "true"),
    26: (
        "Справка, выдаваемая гражданам РФ, находящимся в местах содержания под стражей подозреваемых и обвиняемых",
        "100",
        "true",
    ),
    27: ("Удостоверение личности офицера", "200", "true"),
    28: ("Временное удостоверение, выданное взамен военного билета", "200", "true"),
    29: ("Военный билет офицера запаса", "200", "true"),
    30: ("Удостоверение личности сотрудника МВД России", "200", "true"),
    31: ("Служебное удостоверение", "200", "true"),
    32: (
        "Свидетельство о рождении, выданное уполномоченным органом иностранного государства",
        "300",
        "true",
    ),
    33: (
        "Документ, удостоверяющий личность на период рассмотрения заявления о признании гражданином РФ или о приеме в гражданство РФ",
        "300",
        "true",
    ),
    34: ("Удостоверение вынужденного переселенца", "300", "true"),
    35: ("Миграционная карта", "300", "true"),
    36: ("Водительское удостоверение", "400", "true"),
    37: ("Удостоверение на право приобретения оружия", "400", "true"),
    38: ("Охотничий билет", "400", "true"),
    39: ("Паспорт Минморфлота", "200", "true"),
    40: (
        "Документы, подтверждающие факт регистрации по месту жительства (пребывания)",
        "—",
        "true",
    ),
    41: (
        "Свидетельство о предоставлении временного убежища на территории Российской Федерации (до 01.01.2013)",
        "300",
        "false",
    ),
    42: ("Заграничный паспорт гражданина Российской Федерации", "100", "true"),
    43: ("Свидетельство о смерти", "100", "true"),
    44: ("Вид на жительство иностранного гражданина", "300", "true"),
    45: ("Свидетельство о регистрации по месту жительства", "—", "true"),
    46: ("Свидетельство о регистрации по месту пребывания", "—", "true"),
    47: ("Персональная электронная карта", "200", "true"),
    48: ("Справка взамен военного билета", "200", "true"),
    49: ("Временное удостоверение личности лица без гражданства в РФ", "300", "true"),
    50: ("Справка о рассмотрении заявления о предоставлении временного убежища", "300", "true"),
    51: (
        "Документы, удостоверяющие личность (паспорт, свидетельство о рождении лица, не достигшего 16-ти лет), выданные гражданам Украины и лицам без гражданства, постоянно проживающим на территориях отдельных районов Донецкой и Луганской областей Украины, соответствующими органами, фактически действующими на территориях указанных районов (временно, на период до политического урегулирования ситуации в отдельных районах Донецкой и Луганской областей Украины)",
        "300",
        "true",
    ),
    52: (
        "Удостоверение члена Совета Федерации или депутата Государственной Думы Федерального Собрания Российской Федерации",
        "400",
        "true",
    ),
    53: ("Удостоверение адвоката", "400", "true"),
    54: ("Редакционное удостоверение для журналиста", "400", "true"),
}
# ID: (NAME, PARENT), as in 1.2.643.5.1.13.13.11.1034 v4.2
VMP21: dict[int, tuple[str, str]] = {
    1: ("Первичная доврачебная медико-санитарная помощь", "10"),
    2: ("Первичная врачебная медико-санитарная помощь", "10"),
    3: ("Первичная специализированная медико-санитарная помощь", "10"),
    4: ("Специализированная медицинская помощь", "\u2014"),
    5: ("Скорая медицинская помощь", "\u2014"),
    6: ("Паллиативная медицинская помощь", "\u2014"),
    8: ("Высокотехнологичная специализированная медицинская помощь", "4"),
    9: ("Скорая специализированная медицинская помощь", "5"),
    10: ("Первичная медико-санитарная помощь", "\u2014"),
    11: ("Паллиативная первичная доврачебная медицинская помощь", "6"),
    12: ("Паллиативная первичная врачебная медицинская помощь", "6"),
    13: ("Паллиативная специализированная медицинская помощь", "6"),
}
# ID: NAME, as in 1.2.643.5.1.13.13.11.1035 v1.3
OMS21: dict[int, str] = {
    1: "Полис ОМС старого образца",
    2: "Полис ОМС единого образца, бессрочный",
    3: "Полис ОМС единого образца, со сроком действия",
    4: "Временное свидетельство",
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS19):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 19's extra self-check: the new date writings are never left unlabelled
NEW_DATES19 = re.compile(
    r"(?<![\d.])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d])"
    r"|(?<!\d)\d\d-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{4}"
    r"|(?<!\d)\d\d-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}"
    r"|(?<![\d.])(?:19|20)\d\d[-/](?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![\d/])\d\d[-/]\d\d[-/](?:19|20)\d\d(?!\d)"
)


def check19(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in NEW_DATES19.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])


def kind_of(dirn: str, did: int, genre: str) -> str:
    if dirn == "dul":
        return f"{DUL21[did][0]} (ДУЛ, 1.2.643.5.1.13.13.99.2.48 v7.2, ID {did}): {genre}"
    if dirn == "vmp":
        return (
            f"{VMP21[did][0]} (виды медицинской помощи, 1.2.643.5.1.13.13.11.1034 v4.2, "
            f"ID {did}): {genre}"
        )
    return f"{OMS21[did]} (виды полиса ОМС, 1.2.643.5.1.13.13.11.1035 v1.3, ID {did}): {genre}"


def source_of(dirn: str, did: int) -> str:
    if dirn == "dul":
        name, parent, actual = DUL21[did]
        return (
            f"НСИ 1.2.643.5.1.13.13.99.2.48 v7.2 (Документы, удостоверяющие личность), ID {did}, "
            f"NAME «{name}», PARENT_ID «{parent}», ACTUAL «{actual}»"
        )
    if dirn == "vmp":
        name, parent = VMP21[did]
        return (
            f"НСИ 1.2.643.5.1.13.13.11.1034 v4.2 (Виды медицинской помощи), ID {did}, "
            f"NAME «{name}», PARENT «{parent}»"
        )
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1035 v1.3 (Виды полиса обязательного медицинского "
        f"страхования), ID {did}, NAME «{OMS21[did]}»"
    )


def dir_name(dirn: str, did: int) -> str:
    return {"dul": lambda: DUL21[did][0], "vmp": lambda: VMP21[did][0], "oms": lambda: OMS21[did]}[
        dirn
    ]()


TEMPLATES = GENRES21


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    keys = [(t[0], t[1]) for t in TEMPLATES]
    assert len(keys) == len(set(keys)), "one kind per directory entry"
    assert {k for d, k in keys if d == "dul"} == set(DUL21), "every identity document has a kind"
    assert {k for d, k in keys if d == "vmp"} == set(VMP21), "every kind of care has a kind"
    assert {k for d, k in keys if d == "oms"} == set(OMS21), "every kind of policy has a kind"
    bodies = [t[3] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(d, i, g) for d, i, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for dirn, did, genre, template in TEMPLATES:
            extra = {"dname": dir_name(dirn, did), "did": str(did)}
            doc = build(
                render(rng, template, extra),
                kind_of(dirn, did, genre),
                source_of(dirn, did),
                f"blind21_{len(docs):04d}",
            )
            check(doc)
            check19(doc)
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
