"""Write ``independent26.jsonl``: the twenty-sixth blind corpus, 2026-12-06 — one section of an
electronic medical document as it travels through the machines of a health system.

Written by a helper engineer who never opened, listed or grepped the recognizers (``ozero/``),
their unit tests (``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses``
output or any ``bench/results`` file, never ran ``git log``, ``git show`` or ``git blame`` nor
read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier or scrubber on this corpus. Of
``bench/text_deid.py`` the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` were read, to wire the corpus in, and ``blind_half`` was
imported once, to count the halves. Slip, said here so that nobody takes this corpus for
blinder than it is: to find the line numbers of those definitions, one ``grep`` of
``bench/text_deid.py`` for top-level ``def`` lines and ``NAME = `` assignments printed the
names and signatures of its functions (``_matches``, ``score``, ``_init_worker``,
``_run_chunk``, ``docs_per_second_parallel``, ``run_system``, ``run_system_once``,
``repeated_comments_rate``, ``_fmt``, ``table``, ``print_misses``, ``blind_half``,
``target_check``, ``corpora``, ``main``) and the one-line assignments ``EXACT_TYPES``,
``OVERLAP_TYPES``, ``EVAL_TYPES``, ``EVAL_TYPE = {`` (its first line only) and
``PERFECT_TYPES`` (a tuple of type names); no body of any function was shown. No template
was written to aim at or around anything seen there. ``write_independent1``–``18`` and
``20``–``25`` were not opened (their ``kind`` values in ``independent*.jsonl`` were listed by
a scratch script, only to avoid them). From ``write_independent19.py`` only the file format,
the labelling rules (restated below, unchanged), the writer's structure (one template per
kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim from corpus 19**: the declension (``decl_surname``,
``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits
(``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``,
``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the
self-check ``check`` with ``SUSPICIOUS`` and its checksum helpers, ``serialize`` and
``main``. Two changes in ``check``, both disclosed: it skips a date-like match after this
corpus's version words (``VERSION_WORDS26``, as 19 had ``VERSION_WORDS19``), and its guard
against an unfilled template field looks for a ``{name}`` left in the text instead of any
brace, because the JSON bodies of the bus and the API carry braces of their own.
**Written fresh for corpus 26**: the name lists (Russian of the North-West and the White Sea,
Pomors, Komi and Izhma Komi, Karelians, Finns and Ingrians, Estonians, Latvians and
Lithuanians of Kaliningrad, Avars, Lezgins, Dargins, Ossetians, Kabardians, Ingush and
Chechens, Ukrainians, Georgians; foreign patients; vendors' support engineers in Latin), the
towns, streets and villages of Karelia, Arkhangelsk, Murmansk, Vologda, Novgorod, Pskov,
Kaliningrad, Komi, Dagestan, North Ossetia, Kabardino-Balkaria and Chechnya with Moscow and St
Petersburg (``addr26``, ``acsv26``, ``aloc26``, ``abr26``, ``aorg26``), phones as operators
type them and as gateways, APIs and CSV store them (``mob26``, ``raw26``, ``city26``,
``brk26``), e-mails (``mail26``, ``wmail26``), passports (``pas26``), every record number of
the systems (``REC26``: MIS patient IDs, MPI GUIDs, ЭМК, case histories, outpatient cards,
ТАП, referrals, local document IDs and REMD registration numbers, CRM appeals, LIS orders and
barcodes, accessions, prescriptions, vaccination records, МСЭ, tele-consultations, cases,
visits, admissions, dispensary cards, pathology cases, blood units and donors, appointment
tickets; ЭЛН), the hard negatives of the systems (message, correlation, request and trace
IDs, runs, jobs, batches, incidents, sessions, SMS gateway IDs, offsets and partitions,
threads, ports, IPs, hosts, versions and builds, error and rule codes, HTTP statuses, counts,
durations, directory OIDs and organisation roots, epoch timestamps, КИЗ codes, lots, serials),
the organisations and every template; ``fillers26``, ``render`` (with ``shape26`` = 19's
``shape19``), ``build_all`` and an extra self-check ``check26`` (machine-written dates — ISO,
``YYYYMMDD``, ``DD/MM/YYYY``, ``DD-Mon-YYYY`` — are never left unlabelled) were written for
this corpus.

**Kinds from a real source.** Each kind is one section of the federal NSI directory
«Секции электронных медицинских документов» (short name «Секции CDA документов», OID
1.2.643.5.1.13.13.99.2.197, version 4.29, 175 rows, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.99.2.197_4.29_part1`` and its ``_passport``;
``ID``, ``CODE``, ``NAME`` and ``DOC_OID``/``DOC_BETA_OID`` as the passport describes them;
75 sections, ``SECTIONS26``) in one genre of the machines a record passes through: a MIS
screen copied as text, an export to CSV or a spreadsheet, a log line of an integration bus,
an HL7 v2 message, a FHIR-like JSON resource, a SOAP exchange with the REMD, a REMD receipt or
refusal, a validator's report, a data-quality or ETL reconciliation report, a master patient
index merge, an e-mail between two clinics' IT staff with a record pasted in, a call-centre
CRM card, an SMS gateway's delivery log, a LIS, pathology or PACS export, a DICOM worklist,
a chat with technical support, an OCR import log, an audit log of access, a print spooler's
log, a wristband printer's queue, the ICU monitors' gateway, a telemonitoring gateway, the
СМЭВ exchange with the registry office, social protection and the portal, the Social Fund's
ЭЛН service, ФГИС МСЭ, ВИМИС, the blood service, the pharmacy's МДЛП report. The kind is
«NAME (Секции ЭМД, 1.2.643.5.1.13.13.99.2.197 v4.29, CODE, ID N): GENRE»; the ``source``
names the directory entry. One section and one template per kind (no template is shared).
The kinds of corpora 1–25 (the ``kind`` values of ``independent*.jsonl`` present when this
was written) were compared case-insensitively: none of the kinds here is among them
(``build_all`` asserts the kinds are unique).

Emphasis: a person's RECORD numbers and document numbers in machine shapes (after keys in
«key=value», in JSON-like and XML fields and attributes, in the columns of an export, in HL7
fields, GUID-like and prefixed IDs, numbers split by a line wrap, several in one field) and
the person's PASSPORT (also with series and number in separate fields), PHONE (digits only as
gateways store them, two in one field) and EMAIL in the fields of such systems; PRECISION
under the systems' own numbers (message, correlation, request and trace IDs, validator runs,
jobs, batches, sessions, SMS gateway IDs, offsets, helpdesk incidents, OIDs of directories and
organisations, versions, epoch timestamps and times, ports, IPs, hosts, HTTP codes, error
codes, counts and durations); every other type at normal density (names in all cases and
shapes, split into fields, in Latin and in capitals; dates, birth dates, addresses, SNILS,
ENP, INN, birth certificates).

The labelling rules and judgement calls of corpus 19, restated unchanged from its docstring:

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


Judgement calls added for corpus 26 (NEW; written with the templates, before any de-identifier ran;
they apply the rules above to the machines of a health system):

* (new) **Whose ID is it.** An identifier is a person's (RECORD_ID) when it names one
  patient or one patient's record, document, episode, order, sample, appointment, referral,
  prescription or appeal and stays attached to it (the system gives the same value each time
  that record is fetched): the MIS patient ID, the master patient index's GUID of a patient,
  the ЭМК number, a case, visit or admission ID, the SEMD's local document ID (``localUid``,
  a GUID) and the REMD registration number (``emdrId``, corpus 12), the LIS order and the tube
  barcode, an accession and a Study Instance UID (corpora 13 and 19), the ТАП, a referral, a
  prescription, an ЭЛН, a patient's appeal in a CRM or on the portal and his request for an
  extract of the access log (corpus 15), a tele-consultation, a vaccination record, a
  personnel number. Not labelled: an ID a machine mints for one act of transport or
  processing, even when that act carried one patient's data — a bus message's ID and
  correlation ID, a request, trace or ``X-Request-ID``, an HL7 message control ID (corpus 17),
  a СМЭВ message, a validator's or an ETL run, a job, a batch or package of many records, a
  session, an SMS gateway's message ID, a Kafka offset and partition, a rollback key, a hash,
  an МДЛП document ID — and a helpdesk incident opened by staff about a system («INC…»,
  «SD-…», «ITSM-…»), which is not the patient's appeal.
* (new) Not labelled either: IP addresses, host names, ports, URL paths (a patient's ID inside
  a path or a reference «Patient/…» is labelled, the path is not), OIDs of directories and
  organisations' roots (corpus 12), SEMD kind codes, versions and builds, schema versions,
  HTTP statuses, error and rule codes, counts, durations, sizes, GPS figures, epoch
  timestamps («1771826400»: no day and month is written), the КИЗ of a drug's package, lots,
  serials and rolls (things' numbers, corpus 10), and an integration's test record
  («ТЕСТОВЫЙ ПАЦИЕНТ» with its number: no person).
* (new) A name split into fields (family, given and patronymic in their own keys, columns,
  XML attributes or HL7 components) is one PERSON span per field; a whole name joined by «^»
  in one HL7 field is one span. A passport whose series and number stand in separate fields
  («DOCSER;DOCNUM», ``series=``/``number=``, «серия … номер …» in two cells) is two PASSPORT
  spans, the series and the number; keys, quotes, brackets and separators stay outside every
  span.
* (new) Several identifiers or phones in one field («phone=a, b», «a\\b», «a / b») are one
  span each; a suffix a system adds to a person's number («…/1» of a repeated dispense, «-1»
  of a block, «.xml», «.pdf», «/C») stays outside the span. A phone stored as bare digits with
  or without «7», «8» or «+7» is PHONE; SNILS stored as eleven bare digits is SNILS.
* (new) In a log line, a message or a file name, the date of a timestamp is DATE wherever it
  stands («2026-11-03 08:45:12.331», «2026-11-03T08:45:12+03:00», «20261103084512», a file
  named «…_2026-11-03.csv»; corpus 19's rule for a timestamp's head), on every line that
  repeats it; the time, the milliseconds and the zone are not labelled.

Run: ``.venv/bin/python bench/text_corpus/write_independent26.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent26.jsonl"
SEED = 2620261206
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

# ---------------------------------------------------------------- people (fresh for corpus 26)
# The North-West (Karelia, the White Sea, Vologda, Novgorod, Pskov, Kaliningrad, Komi) and the
# North Caucasus; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Поморцев",
    "Беломоров",
    "Онежский",
    "Кемлянов",
    "Шуньгин",
    "Пудожев",
    "Сегежин",
    "Вохтозеров",
    "Лодейников",
    "Тотьмин",
    "Кирилловский",
    "Устюжанинов",
    "Вытегорцев",
    "Мошков",
    "Печорин",
    "Ижемцев",
    "Канев",
    "Распутин",
    "Чупров",
    "Артеев",
    "Хейккинен",
    "Лампинен",
    "Койвисто",
    "Тамм",
    "Саар",
    "Берзиньш",
    "Казлаускас",
    "Мажейкин",
    "Гаврилюк",
    "Ломакин",
    "Соловецкий",
    "Нюхчин",
    "Мезенцев",
    "Пинежанин",
    "Кенозеров",
    "Холмогоров",
    "Ладогин",
    "Псковитинов",
    "Изборский",
    "Гдовцев",
    "Порховский",
    "Старорусов",
    "Валдайцев",
    "Боровичев",
    "Магомедов",
    "Гаджиев",
    "Абдурахманов",
    "Лезгинов",
    "Рамазанов",
    "Курбанов",
    "Алиханов",
    "Дзагоев",
    "Габараев",
    "Хетагуров",
    "Цаголов",
    "Кодзоев",
    "Евлоев",
    "Мальсагов",
    "Дудурханов",
    "Хамидов",
    "Шогенов",
    "Кушхов",
    "Карданов",
    "Тхагапсоев",
    "Эльбрусов",
    "Шевченко",
    "Бондаренко",
    "Седых",
    "Белых",
    "Квирикашвили",
]
M_FIRST = [
    "Арсений",
    "Всеволод",
    "Тимофей",
    "Елисей",
    "Прохор",
    "Савва",
    "Никита",
    "Ярослав",
    "Макар",
    "Фома",
    "Трофим",
    "Игнат",
    "Аркадий",
    "Геннадий",
    "Эдуард",
    "Вячеслав",
    "Леонид",
    "Матвей",
    "Юхан",
    "Эйно",
    "Арвид",
    "Мартин",
    "Гедиминас",
    "Магомед",
    "Шамиль",
    "Гаджи",
    "Абдулла",
    "Ислам",
    "Заур",
    "Аслан",
    "Казбек",
    "Алан",
    "Батраз",
    "Руслан",
    "Мурат",
    "Хасан",
    "Тамерлан",
    "Анзор",
]
F_FIRST = [
    "Ульяна",
    "Пелагея",
    "Серафима",
    "Василиса",
    "Евдокия",
    "Таисия",
    "Злата",
    "Варвара",
    "Агния",
    "Лидия",
    "Нина",
    "Зинаида",
    "Валентина",
    "Антонина",
    "Регина",
    "Карина",
    "Эльвира",
    "Айно",
    "Хельми",
    "Кайса",
    "Лийна",
    "Расма",
    "Ирена",
    "Патимат",
    "Хадижат",
    "Мадина",
    "Залина",
    "Фатима",
    "Асият",
    "Зарема",
    "Луиза",
    "Марьям",
    "Аминат",
    "Заира",
    "Диана",
    "Белла",
]
PAT_STEMS = [
    "Арсеньев",
    "Всеволодов",
    "Тимофеев",
    "Прохоров",
    "Никитов",
    "Ярославов",
    "Трофимов",
    "Игнатьев",
    "Эдуардов",
    "Вячеславов",
    "Леонидов",
    "Матвеев",
    "Магомедов",
    "Шамилев",
    "Исламов",
    "Заурбеков",
    "Асланов",
    "Казбеков",
    "Русланов",
    "Муратов",
    "Хасанов",
    "Анзоров",
    "Георгиев",
    "Степанов",
    "Фёдоров",
    "Олегов",
]
FOREIGN = [
    ("Ларсен", "Ханс", True),
    ("Виртанен", "Микко", True),
    ("Ковальски", "Анджей", True),
    ("Нгуен", "Ван Тхань", True),
    ("Олсен", "Ингрид", False),
    ("Мюллер", "Петра", False),
    ("Беккер", "Анна", False),
    ("Андерссон", "Майя", False),
]
INDECL_FIRST = {
    "Гаджи",
    "Эйно",
    "Айно",
    "Хельми",
    "Патимат",
    "Хадижат",
    "Марьям",
    "Аминат",
    "Асият",
    "Микко",
    "Ингрид",
    "Ван Тхань",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# vendors' support engineers in Latin (the templates write no title inside the span)
FOREIGN_LAT = [
    "Mikko Laine",
    "Jonas Petersen",
    "Elina Koskinen",
    "Tomas Varga",
    "Anneli Saar",
    "Piotr Nowak",
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


# ---------------------------------------------------------------- corpus 26: places (fresh)
# The North-West, Kaliningrad, Komi and the North Caucasus, with Moscow and St Petersburg.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS26 = [
    (
        "г. Петрозаводск",
        "в г. Петрозаводске",
        "Петрозаводск",
        "Республика Карелия",
        "Респ. Карелия",
        "185",
        "8142",
    ),
    (
        "г. Кондопога",
        "в г. Кондопоге",
        "Кондопога",
        "Республика Карелия",
        "Респ. Карелия",
        "186",
        "81451",
    ),
    (
        "г. Архангельск",
        "в г. Архангельске",
        "Архангельск",
        "Архангельская область",
        "Архангельская обл.",
        "163",
        "8182",
    ),
    (
        "г. Северодвинск",
        "в г. Северодвинске",
        "Северодвинск",
        "Архангельская область",
        "Архангельская обл.",
        "164",
        "8184",
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
        "г. Апатиты",
        "в г. Апатитах",
        "Апатиты",
        "Мурманская область",
        "Мурманская обл.",
        "184",
        "81555",
    ),
    (
        "г. Вологда",
        "в г. Вологде",
        "Вологда",
        "Вологодская область",
        "Вологодская обл.",
        "160",
        "8172",
    ),
    (
        "г. Череповец",
        "в г. Череповце",
        "Череповец",
        "Вологодская область",
        "Вологодская обл.",
        "162",
        "8202",
    ),
    (
        "г. Великий Новгород",
        "в г. Великом Новгороде",
        "Великий Новгород",
        "Новгородская область",
        "Новгородская обл.",
        "173",
        "8162",
    ),
    ("г. Псков", "в г. Пскове", "Псков", "Псковская область", "Псковская обл.", "180", "8112"),
    (
        "г. Великие Луки",
        "в г. Великих Луках",
        "Великие Луки",
        "Псковская область",
        "Псковская обл.",
        "182",
        "81153",
    ),
    (
        "г. Калининград",
        "в г. Калининграде",
        "Калининград",
        "Калининградская область",
        "Калининградская обл.",
        "236",
        "4012",
    ),
    (
        "г. Сыктывкар",
        "в г. Сыктывкаре",
        "Сыктывкар",
        "Республика Коми",
        "Респ. Коми",
        "167",
        "8212",
    ),
    (
        "г. Махачкала",
        "в г. Махачкале",
        "Махачкала",
        "Республика Дагестан",
        "Респ. Дагестан",
        "367",
        "8722",
    ),
    (
        "г. Дербент",
        "в г. Дербенте",
        "Дербент",
        "Республика Дагестан",
        "Респ. Дагестан",
        "368",
        "87240",
    ),
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
        "г. Санкт-Петербург",
        "в г. Санкт-Петербурге",
        "Санкт-Петербург",
        "г. Санкт-Петербург",
        "СПб",
        "194",
        "812",
    ),
    ("г. Москва", "в г. Москве", "Москва", "г. Москва", "Москва", "125", "495"),
]
STREETS26 = [
    ("ул. Ленина", "Ленина"),
    ("пр-т Ленина", "Ленина"),
    ("ул. Кирова", "Кирова"),
    ("наб. Северной Двины", "наб. Северной Двины"),
    ("пр. Ломоносова", "Ломоносова"),
    ("ул. Воскресенская", "Воскресенская"),
    ("ул. Анохина", "Анохина"),
    ("Октябрьский пр-т", "Октябрьский"),
    ("ул. Зосимовская", "Зосимовская"),
    ("ул. Большая Санкт-Петербургская", "Б. Санкт-Петербургская"),
    ("Рижский пр-т", "Рижский"),
    ("ул. Кольская", "Кольская"),
    ("ул. Полярные Зори", "Полярные Зори"),
    ("Ленинский пр-т", "Ленинский"),
    ("ул. Имама Шамиля", "Имама Шамиля"),
    ("пр-т Расула Гамзатова", "Р. Гамзатова"),
    ("ул. Коста Хетагурова", "Коста Хетагурова"),
    ("пр-т Шогенцукова", "Шогенцукова"),
    ("ул. Чернышевского", "Чернышевского"),
    ("пр-т Кадырова", "Кадырова"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ул. Советской Армии", "Советской Армии"),
    ("Московский пр-т", "Московский"),
    ("ул. Савушкина", "Савушкина"),
    ("ул. Профсоюзная", "Профсоюзная"),
]
# village (nom), village (loc), district, region
RURAL26 = [
    ("с. Шелтозеро", "в с. Шелтозеро", "Прионежский р-н", "Республика Карелия"),
    ("пос. Калевала", "в пос. Калевала", "Калевальский р-н", "Республика Карелия"),
    ("д. Верхняя Тойма", "в д. Верхней Тойме", "Верхнетоемский р-н", "Архангельская обл."),
    ("с. Холмогоры", "в с. Холмогорах", "Холмогорский р-н", "Архангельская обл."),
    ("пгт Умба", "в пгт Умба", "Терский р-н", "Мурманская обл."),
    ("с. Кириллов", "в с. Кириллове", "Кирилловский р-н", "Вологодская обл."),
    ("д. Изборск", "в д. Изборске", "Печорский р-н", "Псковская обл."),
    ("пос. Янтарный", "в пос. Янтарном", "Янтарный городской округ", "Калининградская обл."),
    ("с. Ижма", "в с. Ижме", "Ижемский р-н", "Респ. Коми"),
    ("с. Ахты", "в с. Ахты", "Ахтынский р-н", "Респ. Дагестан"),
    ("с. Гуниб", "в с. Гунибе", "Гунибский р-н", "Респ. Дагестан"),
    ("ст. Ассиновская", "в ст. Ассиновской", "Сунженский р-н", "Чеченская Респ."),
    ("с. Хурзук", "в с. Хурзуке", "Карачаевский р-н", "КЧР"),
    ("с. Кармадон", "в с. Кармадоне", "Пригородный р-н", "РСО-Алания"),
]
RURAL_ST26 = [
    "Набережная",
    "Школьная",
    "Лесная",
    "Озёрная",
    "Горная",
    "Садовая",
    "Заречная",
    "Мира",
]
ORG_ST26 = [
    "ул. Суворова",
    "пр. Ломоносова",
    "ул. Пирогова",
    "ул. Мечникова",
    "ул. Больничная",
    "ул. Гоголя",
    "пр-т Мира",
    "ул. Горького",
]


def _t26(rng: random.Random) -> tuple:
    return rng.choice(TOWNS26)


def _hk26(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", " корп. 3", " стр. 2", " лит. А"])
    return h, rng.randint(1, 280)


def addr26(rng: random.Random) -> str:
    """A person's address, as an operator types it into a field (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t26(rng)
    st, bare = rng.choice(STREETS26)
    v, _vl, vdist, vreg = rng.choice(RURAL26)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk26(rng)
    n = rng.randint(1, 80)
    rs = rng.choice(RURAL_ST26)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare}, д.{h}, кв.{k}",
        lambda: f"{town}, {st}, {h}-{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{z}, {bare_t}, {st}, {h}, {k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}",
        lambda: f"{z} {reg_ab} {town} {st} д.{h} кв.{k}",
    ]
    return rng.choice(shapes)()


def acsv26(rng: random.Random) -> str:
    """An address as an export writes it into one column (semicolons kept out: no «;»)."""
    town, _loc, bare_t, _reg, reg_ab, idx, _c = _t26(rng)
    st, _bare = rng.choice(STREETS26)
    h, k = _hk26(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg_ab}, {town}, {st}, д. {h}, кв. {k}",
            f"{bare_t.upper()}, {st.upper()}, Д.{h}, КВ.{k}",
            f"{reg_ab} {bare_t} {st} {h} {k}",
        ]
    )


def aloc26(rng: random.Random) -> str:
    """An inflected address after «проживает в» («в» stays outside)."""
    _t, loc, _bare_t, _r, _ra, _i, _c = _t26(rng)
    st, _bare = rng.choice(STREETS26)
    _v, vl, vdist, _vr = rng.choice(RURAL26)
    h, k = _hk26(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]} ({vdist}), ул. {rng.choice(RURAL_ST26)}, д. {rng.randint(1, 60)}",
        ]
    )


def abr26(rng: random.Random) -> str:
    """An address wrapped by a terminal or a fixed-width export (one span with the break)."""
    town, _loc, _b, reg, _ra, idx, _c = _t26(rng)
    st, _bare = rng.choice(STREETS26)
    h, k = _hk26(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg}, {town},\n{st}, д. {h}, кв. {k}",
            f"{town}, {st}, д. {h},\nкв. {k}",
            f"{reg}, {town}, {st}, д. {h}, к\nв. {k}",
        ]
    )


def aorg26(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t26(rng)
    st = rng.choice(ORG_ST26)
    n = rng.randint(1, 99)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}, корп. {rng.randint(1, 6)}",
        ]
    )


# ---------------------------------------------------------------- corpus 26: phones (fresh)
OPS26 = [
    "911",
    "921",
    "931",
    "981",
    "952",
    "953",
    "964",
    "965",
    "900",
    "902",
    "906",
    "909",
    "928",
    "938",
    "988",
    "989",
    "960",
    "962",
    "963",
    "999",
    "977",
    "916",
    "926",
    "915",
]


def _mob26(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS26), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob26(rng: random.Random) -> str:
    """A mobile as an operator types it into a MIS or CRM field."""
    op, a, b, c = _mob26(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7({op}){a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a} {b} {c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8 {op} {a}{b}{c}",
        ]
    )


def raw26(rng: random.Random) -> str:
    """A subscriber's number as a gateway, an API or a CSV stores it (digits only)."""
    op, a, b, c = _mob26(rng)
    return rng.choice([f"7{op}{a}{b}{c}", f"+7{op}{a}{b}{c}", f"{op}{a}{b}{c}", f"8{op}{a}{b}{c}"])


def city26(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t26(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"+7 ({code}) {loc}", f"8 ({code}) {loc}", f"8-{code}-{rest}", f"+7{code}{rest}"]
    )


def brk26(rng: random.Random) -> str:
    op, a, b, c = _mob26(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"+7{op}{a}\n{b}{c}", f"8-{op}-{a}-\n{b}-{c}"])


MAIL_DOM26 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "gmail.com",
    "rambler.ru",
    "list.ru",
    "ya.ru",
]
ORG_MAIL26 = [
    "mis-support@rkb-karelia.ru",
    "remd@miac51.ru",
    "it@gp2-arkh.ru",
    "integration@okb-vologda.ru",
    "helpdesk@miac60.ru",
    "lis@kdl-novgorod.ru",
    "pacs.admin@kokb39.ru",
    "sd@miac-komi.ru",
    "noreply@zapis-rd.ru",
    "tmk@rkb-alania.ru",
    "esb-alerts@miac-kbr.ru",
    "egisz@rkb-chr.ru",
]
IT_DOM26 = [
    "miac51.ru",
    "rkb-karelia.ru",
    "gp2-arkh.ru",
    "okb-vologda.ru",
    "kokb39.ru",
    "miac-komi.ru",
]


def mail26(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}.{s}",
            f"{s}{rng.randint(60, 99)}",
            f"{f}_{s}",
            f"{s}-{f}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM26)}"


def wmail26(rng: random.Random, sur: str, first: str) -> str:
    """A staff member's work address at a clinic or a MIAC."""
    return f"{lat(first)[0]}.{lat(sur)}@{rng.choice(IT_DOM26)}"


# ---------------------------------------------------------------- corpus 26: passports (fresh)
OKATO26 = ["86", "11", "47", "19", "49", "58", "27", "87", "82", "90", "83", "96", "40", "45"]


def pas26(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO26), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o}{y}{n}", f"{o} {y} № {n}", f"{o}{y}-{n}"]
    )


# ---------------------------------------------------------------- corpus 26: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken by a line wrap in the middle (one span with the break)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


HEX = "0123456789abcdef"


def hex26(rng: random.Random, n: int) -> str:
    """Hex digits with no run of nine digits (such a run would look like a person's number)."""
    while True:
        s = "".join(rng.choice(HEX) for _ in range(n))
        if any(ch.isalpha() for ch in s) and not re.search(r"\d{9}", s):
            return s


def guid26(rng: random.Random) -> str:
    return f"{hex26(rng, 8)}-{hex26(rng, 4)}-4{hex26(rng, 3)}-{rng.choice('89ab')}{hex26(rng, 3)}-{hex26(rng, 12)}"


REC26 = {
    "pid": ["PAT-########", "#########", "П-#######", "MIS%%-######", "#######-П"],
    "emk": ["ЭМК-##-#######", "EMK########", "###-###-###-##"],
    "ib": ["#####/26", "ИБ-26-#####", "С-######", "#####-С/26"],
    "amb": ["АК-######", "######/А", "#######"],
    "tap": ["ТАП-26-######", "T########", "###########-Т"],
    "ref": ["НПР-26-######", "##-26/#####", "N26-#######", "НАПР#######"],
    "doc": ["DOC-26-#######", "##########", "ЭД-#######"],
    "remd": ["2026-#########", "РЭМД-########", "#########"],
    "crm": ["CRM-#######", "ОБР-26-######", "Z-#######"],
    "lis": ["L26-#######", "ЛИС-########", "ORD########"],
    "bar": ["##########", "S26-#######", "#########%"],
    "acc": ["ACC########", "RX26-######", "US-26-#####"],
    "pres": ["##-26-######", "##26-#######", "Р-######"],
    "vac": ["ИММ-#######", "VC-26-######", "######-И"],
    "mse": ["###.##.26/2026", "МСЭ-######"],
    "tmk": ["ТМК-26-######", "TMK#######", "ТК/26/#####"],
    "case": ["СЛ-26-#######", "CASE########", "#########-С"],
    "visit": ["V########", "ПОС-########", "######-В"],
    "hosp": ["ГОСП-26-#####", "H26#######", "#####-Г"],
    "disp": ["ДН-######", "D-#######", "######/ДН"],
    "pg": ["ГИСТ-26-#####", "#####/26-Г", "G26-######"],
    "bk": ["ДОН-######", "ЕДК-26-######", "######-К"],
    "tick": ["ЗП-########", "APP-#######", "#######-З"],
    "oms": ["ОМС-########"],
}


def rec26(rng: random.Random, kind: str) -> str:
    s = shape(rng, rng.choice(REC26[kind]))
    return s if s[0] != "0" else "1" + s[1:]


def eln26(rng: random.Random) -> str:
    """An ЭЛН number: 12 digits (the Social Fund's numbering starts with 9 or 1)."""
    return rng.choice(["9", "1"]) + "".join(str(rng.randint(0, 9)) for _ in range(11))


# ---------------------------------------------------------------- corpus 26: hard negatives
# the systems' own identifiers and numbers: never a person's (the rule is in the docstring)
SYSTEMS26 = [
    "МИС «Барс»",
    "МИС «Ариадна»",
    "МИС «Медиалог»",
    "МИС «qMS»",
    "ЕЦП.МИС",
    "МИС «Инфоклиника»",
]
BUS26 = ["ESB-Core", "РИШ «Интеграция»", "IntegrationBus", "МИАЦ-шина", "Mule ESB", "Kafka Connect"]
HOSTS26 = [
    "esb-node2.miac.local",
    "mis-app01",
    "remd-gw.int",
    "lis-srv3",
    "pacs-arch01",
    "crm-web02",
    "smsgw01",
]
ERRS26 = [
    ("ERR_SNILS_CHECKSUM", "контрольная сумма СНИЛС не сходится"),
    ("E-1042", "не найден пациент по ключу"),
    ("VAL-0217", "нарушена схема: элемент не заполнен"),
    ("REMD-4003", "документ с таким идентификатором уже зарегистрирован"),
    ("SCH-У1-12", "правило Schematron не выполнено"),
    ("ERR_TIMEOUT", "превышено время ожидания ответа"),
    ("ERR_DUP_PATIENT", "найдено несколько пациентов"),
    ("E-0909", "подпись МО недействительна"),
]
HTTP26 = [
    "200 OK",
    "201 Created",
    "400 Bad Request",
    "404 Not Found",
    "409 Conflict",
    "422 Unprocessable Entity",
    "500 Internal Server Error",
    "503 Service Unavailable",
    "504 Gateway Timeout",
]
ICD26 = [
    "I11.9",
    "J18.1",
    "E11.6",
    "K29.5",
    "M54.5",
    "N18.3",
    "C50.4",
    "O24.4",
    "S72.0",
    "G40.2",
    "J45.0",
    "I63.5",
    "K80.1",
    "L40.0",
    "F10.2",
    "Z34.0",
]
ORGS26 = [
    "ГБУЗ РК «Республиканская больница им. В.А. Баранова»",
    "ГБУЗ АО «Первая городская клиническая больница им. Е.Е. Волосевич»",
    "ГОБУЗ «Мурманская областная клиническая больница им. П.А. Баяндина»",
    "БУЗ ВО «Вологодская областная клиническая больница»",
    "ГОБУЗ «Новгородская областная клиническая больница»",
    "ГБУЗ «Псковская областная клиническая больница»",
    "ГБУЗ «Областная клиническая больница Калининградской области»",
    "ГУ «Коми республиканская больница»",
    "ГБУ РД «Республиканская клиническая больница им. А.В. Вишневского»",
    "ГБУЗ «Республиканская клиническая больница» МЗ РСО-Алания",
    "ГБУЗ «Городская поликлиника № 2» Минздрава КБР",
    "ГБУ «Республиканская клиническая больница им. Ш.Ш. Эпендиева»",
    "СПб ГБУЗ «Городская поликлиника № 17»",
]
MIACS26 = [
    "ГБУЗ РК «МИАЦ»",
    "ГБУЗ АО «МИАЦ»",
    "ГОБУЗ «МИАЦ» (Мурманск)",
    "БУЗ ВО «МИАЦ»",
    "ГБУЗ «МИАЦ» Минздрава РД",
    "ГБУЗ «МИАЦ» КБР",
]
DIRS26 = [
    "1.2.643.5.1.13.13.11.1005",
    "1.2.643.5.1.13.13.11.1070",
    "1.2.643.5.1.13.13.99.2.197",
    "1.2.643.5.1.13.13.11.1522",
    "1.2.643.5.1.13.13.99.2.48",
    "1.2.643.5.1.13.13.11.1080",
    "1.2.643.5.1.13.13.11.1040",
    "1.2.643.5.1.13.13.99.2.206",
]
ROOTS26 = [
    "1.2.643.5.1.13.13.12.2.10.1043",
    "1.2.643.5.1.13.13.12.2.29.2710",
    "1.2.643.5.1.13.13.12.2.51.4405",
    "1.2.643.5.1.13.13.12.2.35.3118",
    "1.2.643.5.1.13.13.12.2.05.0512",
    "1.2.643.5.1.13.13.12.2.15.1520",
]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
VERSION_WORDS26 = ("версия", "версии", "v.", "Version", "build", "сборка", "релиз")


def dates26(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_dcm"] = f"{y}{m:02d}{dd:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_mon"] = f"{dd:02d}-{MON_EN[m - 1].capitalize()}-{y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    # an epoch timestamp: no day and month is written, not labelled
    f[key + "_ep"] = str(int(dt.datetime(y, m, dd, 6, tzinfo=dt.UTC).timestamp()))


def num26(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


def fillers26(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "e", "h", "m", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "x", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    f.update(person(rng, "w", foreign_ok=False))  # a patient whose name is split into fields
    for pre in ("p", "q", "s", "u", "d", "e", "h", "m", "n", "k", "x", "c", "w"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        words = f[pre].split()
        f[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
        f[pre + "_hl7"] = "^".join(lat(w).upper() for w in words)
        f[pre + "_caps"] = f[pre].upper()
        parts = f[pre].split(" ", 2) + ["", ""]
        f[pre + "_fam"], f[pre + "_giv"], f[pre + "_mid"] = parts[0], parts[1], parts[2]
        f[pre + "_mid"] = f[pre + "_mid"] or "-"
    f["p_g"] = "1" if f["p_male"] else "2"
    f["p_sx"] = "M" if f["p_male"] else "F"
    f["w_sx"] = "M" if f["w_male"] else "F"
    f["w_g"] = "1" if f["w_male"] else "2"
    f["p_ocr"] = ocr(f["p_up"])
    f["amb_ocr"] = ocr(shape(rng, rng.choice(["АК-0З##О#", "З0##-О/А"])))
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    by = rng.randint(1941, 2005)
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates26(f, "bd", bdd)
    f["bdv"] = fmt_date(rng, bdd, rng.choice(["dot", "dot", "words", "dot1"]))
    f["age"] = str(2026 - bdd.year - (1 if (bdd.month, bdd.day) > (11, 15) else 0))
    dates26(f, "bdq", dt.date(rng.randint(1985, 2004), rng.randint(1, 12), rng.randint(1, 28)))
    bdk = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates26(f, "bdk", bdk)
    f["agek"] = str(max(1, 2026 - bdk.year - 1))
    dates26(f, "bdn", dt.date(rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    f["bdy"] = str(rng.randint(1948, 2002))  # a year alone: not labelled
    # the documents' dates: six in order, each in every writing
    cur = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 5))
        dates26(f, f"t{i}", cur)
    dold = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates26(f, "told", dold)
    f["pas_d"] = date(rng, rng.randint(2008, 2025), rng.choice(["dot", "dot", "words"]))
    # times: «08:45», «08:45:12», «08:45:12.331»
    t0 = rng.randint(6 * 60, 12 * 60)
    for i in range(1, 7):
        t0 += rng.randint(0, 70)
        t = t0 % (24 * 60)
        sec = rng.randint(0, 59)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
        f[f"tms{i}"] = f"{t // 60:02d}:{t % 60:02d}:{sec:02d}"
        f[f"tmd{i}"] = f"{t // 60:02d}{t % 60:02d}{sec:02d}"
        f[f"tmm{i}"] = f"{t // 60:02d}:{t % 60:02d}:{sec:02d}.{rng.randint(100, 999)}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr26(rng)
        f[f"ph{i}"] = mob26(rng)
        f[f"raw{i}"] = raw26(rng)
    f["acsv"] = acsv26(rng)
    f["al1"] = aloc26(rng)
    f["a_br"] = abr26(rng)
    f["ao"], f["ao2"] = aorg26(rng), aorg26(rng)
    f["phc1"], f["phc2"] = city26(rng), city26(rng)
    f["ph_br"] = brk26(rng)
    f["ext"] = str(rng.randint(100, 599))
    f["m1"] = mail26(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail26(rng, f["q_sur"], f["q_first"])
    f["mx"] = mail26(rng, f["x_sur"], f["x_first"])
    f["ms"] = wmail26(rng, f["s_sur"], f["s_first"])
    f["mn"] = wmail26(rng, f["n_sur"], f["n_first"])
    f["md"] = wmail26(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL26, 2)
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["snd"] = snils_digits(rng)  # the 11 digits as a database stores them
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas26(rng), pas26(rng)
    f["pas_ser"] = f"{rng.choice(OKATO26)}{rng.randint(0, 25):02d}"
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(100, 990)}-{rng.randint(1, 99):03d}"
    f["pasf"] = shape(rng, rng.choice(["FP#######", "N#######", "C#######"]))
    f["bc"] = bcert(rng)
    # record numbers of one patient, record, document or episode
    for key in REC26:
        f[key] = rec26(rng, key)
        f[key + "2"] = rec26(rng, key)
    f["pguid"], f["dguid"], f["dguid2"] = guid26(rng), guid26(rng), guid26(rng)
    f["eln"], f["eln2"] = eln26(rng), eln26(rng)
    f["root"] = rng.choice(ROOTS26)
    f["pid_br"] = brk_at(rec26(rng, "pid"))
    f["doc_br"] = brk_at(shape(rng, "DOC-26-#######"))
    f["guid_br"] = brk_at(guid26(rng))
    # hard negatives: the systems' own numbers
    f["msg"], f["msg2"], f["corr"], f["req"] = guid26(rng), guid26(rng), guid26(rng), guid26(rng)
    f["rid"], f["rid2"] = hex26(rng, 16), hex26(rng, 16)
    f["trace"] = hex26(rng, 32)
    f["run"] = shape(rng, rng.choice(["RUN-####-%%", "val-run-#####", "VR#######"]))
    f["job"] = shape(rng, rng.choice(["JOB-######", "job#####", "ETL-%%-####"]))
    f["batch"] = shape(rng, rng.choice(["PKG-26-####", "batch_#####", "ПАК-####"]))
    f["inc"] = shape(rng, rng.choice(["INC#######", "SD-######", "ITSM-#####"]))
    f["smsid"], f["smsid2"], f["smsid3"] = hex26(rng, 20), hex26(rng, 20), hex26(rng, 20)
    f["sess"] = hex26(rng, 24)
    f["hx16"] = hex26(rng, 16)
    for i in ("", "2", "3"):
        f["tab" + i] = shape(rng, rng.choice(["######", "Т-#####", "ТН-####"]))
    f["off"] = str(rng.randint(1_000_000, 99_999_999))
    f["part"] = str(rng.randint(0, 11))
    f["thr"] = str(rng.randint(10, 64))
    f["pidn"] = str(rng.randint(2000, 65000))
    f["port"] = str(rng.choice([8080, 8443, 9092, 5432, 1521, 2575, 104, 11112, 443, 6379]))
    f["ip"] = f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    f["ip2"] = f"192.168.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    f["host"], f["host2"] = rng.sample(HOSTS26, 2)
    f["ver"] = f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 999)}"
    f["ver2"] = f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}"
    f["err"], f["err_t"] = rng.choice(ERRS26)
    f["err2"], f["err2_t"] = rng.choice(ERRS26)
    f["http"] = rng.choice(HTTP26)
    f["ms_"] = str(rng.randint(12, 4800))
    f["cnt"] = str(rng.randint(2, 40))
    f["cnt2"] = str(rng.randint(100, 9800))
    f["dir"], f["dir2"] = rng.sample(DIRS26, 2)
    f["sys"], f["sys2"] = rng.sample(SYSTEMS26, 2)
    f["bus"] = rng.choice(BUS26)
    f["icd1"], f["icd2"] = rng.sample(ICD26, 2)
    f["org"], f["org2"] = rng.sample(ORGS26, 2)
    f["miac"] = rng.choice(MIACS26)
    f["cab"] = str(rng.randint(101, 520))
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "#-###"]))
    f["inn10"] = shape(rng, rng.choice(["29", "51", "10", "35"]) + "########")  # an organisation's
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["small"] = str(rng.randint(2, 30))
    f["wt"] = str(rng.randint(49, 121))
    f["ht"] = str(rng.randint(151, 197))
    f["otp"] = shape(rng, "####")
    return f


def shape26(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape26(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Поморцев Т.А.» ends the sentence: no second dot
    fill = fillers26(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 26: genres and kinds
# one kind per section: (section ID, genre, template); every template is used by one kind only
GENRES26: list[tuple[int, str, str]] = [
    (
        30,
        "копия экрана МИС: вкладка «Сигнальная информация», скопированная в обращение в техподдержку",
        """{sys} · Электронная медицинская карта · вкладка «Аллергии и непереносимость»
Пациент: [[P:{p_caps}]]   Д/р: [[B:{bd}]]   ID пациента: [[R:{pid}]]   ЭМК: [[R:{emk}]]
СНИЛС: [[S:{sn}]]   Полис: [[O:{enp}]]   Тел.: [[T:{ph1}]]
┌ Аллерген ─────────────┬ Реакция ────────────┬ Дата выявл. ┬ Внёс ─────────────┐
│ бензилпенициллин      │ крапивница, отёк    │ [[D:{told}]]  │ [[P:{d_s}]]          │
│ йодсодержащие РКС     │ бронхоспазм         │ [[D:{t1}]]  │ [[P:{e_s}]]          │
└───────────────────────┴─────────────────────┴─────────────┴───────────────────┘
Запись изменена [[D:{t2}]] {tms2} пользователем [[P:{s_s}]] (АРМ {host}, IP {ip}).
Комментарий к заявке {inc}: после обновления до версии {ver} аллергия «йодсодержащие РКС» не выводится в шапке карты. Заявитель — [[P:{s_io}]], [[E:{ms}]], вн. {ext}.""",
    ),
    (
        20,
        "выгрузка CSV регистра диспансерного наблюдения нарколога (разделитель «;»)",
        """# export_narko_disp.csv · сформирован [[D:{t3_iso}]] {tms3} · строк: 3 · кодировка cp1251 · задание {job}
row;pid;fio;birth_date;snils;phone;address;dn_card;icd;dt_take
1;[[R:{pid}]];[[P:{p_caps}]];[[B:{bd_iso}]];[[S:{snd}]];[[T:{raw1}]];[[A:{acsv}]];[[R:{disp}]];F10.2;[[D:{told_iso}]]
2;[[R:{pid2}]];[[P:{k_caps}]];[[B:{bdn_iso}]];[[S:{sn2}]];[[T:{raw2}]];;[[R:{disp2}]];F12.2;[[D:{t1_iso}]]
3;<<#######>>;ТЕСТОВЫЙ ПАЦИЕНТ;;;;;;Z00.0;
# строка 3 — тестовая запись интеграции ({bus}), ID {msg}; исключить из отчёта
# ответственный: [[P:{n_s}]], [[E:{mn}]]""",
    ),
    (
        40,
        "лог интеграционной шины: передача талона амбулаторного пациента в региональный сегмент",
        """[[D:{t2_iso}]] {tmm1} INFO  [{bus}] [thread-{thr}] route=tap.outbound msgId={msg} corrId={corr}
[[D:{t2_iso}]] {tmm1} DEBUG payload: tapNumber=[[R:{tap}]]; patientId=[[R:{pid}]]; snils=[[S:{snd}]]; enp=[[O:{enp}]]; fio=[[P:{p}]]; birthDate=[[B:{bd_iso}]]; visitDate=[[D:{t1_iso}]]; mkb={icd1}
[[D:{t2_iso}]] {tmm2} WARN  [{bus}] target {host2}:{port} responded {http} in {ms_} ms (attempt 2 of 5)
[[D:{t2_iso}]] {tmm3} INFO  [{bus}] msgId={msg} delivered, offset={off}, partition={part} (врач [[P:{d_s}]], СНИЛС врача [[S:{sn2}]])""",
    ),
    (
        50,
        "квитанция РЭМД о регистрации протокола амбулаторного посещения",
        """КВИТАНЦИЯ о регистрации электронного медицинского документа в РЭМД ЕГИСЗ
Статус: ЗАРЕГИСТРИРОВАН     Время ответа: [[D:{t3_iso}]]T{tms3}+03:00
Регистрационный номер РЭМД: [[R:{remd}]]
Локальный идентификатор документа: [[R:{dguid}]]
Вид документа: Протокол консультации (CDA) редакция 4, OID вида {dir}
Пациент: [[P:{p}]], СНИЛС [[S:{sn}]], дата рождения [[B:{bd}]]
Посещение от [[D:{t1}]], случай [[R:{case}]], врач [[P:{d_s}]] (СНИЛС [[S:{sn2}]])
Идентификатор запроса: {req}; идентификатор сообщения: {msg}
Медицинская организация: {org}; OID МО {root}
Документ подписан УКЭП врача и МО. Повторная отправка не требуется.""",
    ),
    (
        60,
        "отчёт валидатора СЭМД: ошибки в секции «Анамнез заболевания»",
        """Отчёт валидатора СЭМД · прогон {run} · [[D:{t2}]] {tms2} · версия схем {ver2}
Файл: [[R:{dguid}]].xml (пациент [[P:{p_s}]], ИБ [[R:{ib}]])
Проверено правил: {cnt2}; ошибок: 3; предупреждений: {cnt}
[ERROR] {err}: {err_t} — /ClinicalDocument/recordTarget/patientRole/id (root 1.2.643.100.3) = «[[S:{sn}]]»
[ERROR] SCH-У1-05: дата начала заболевания «[[D:{told_iso}]]» позже даты документа «[[D:{t1_iso}]]»
[ERROR] VAL-0301: секция ANAM без кода, ожидался код из {dir}
[WARN ] телефон пациента «[[T:{raw1}]]» без кода страны; адрес: «[[A:{a1}]]» не сопоставлен с ФИАС
[INFO ] автор: [[P:{d}]], [[E:{md}]]
Итог: документ не отправлен в РЭМД, HTTP {http}. Следующий прогон — через 15 мин.""",
    ),
    (
        70,
        "письмо между ИТ-службами двух поликлиник о расхождении регистра льготников (ДЛО)",
        """From: [[P:{s_fi}]] <[[E:{ms}]]>
To: [[P:{n_fi}]] <[[E:{mn}]]>
Date: [[D:{t3_w}]], {tm3}
Subject: RE: льгота у прикреплённого пациента не подтягивается

[[P:{n_io}]], добрый день.
Пациент [[P:{p}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], по нашим данным прикреплен{p_a} к вам с [[D:{t1}]] (заявление [[R:{ref}]]). В регистре льготников у пациента категория 081, а в вашем {sys} — пусто, поэтому рецепт [[R:{pres}]] ушёл без льготы.
Выгрузка из нашей карты:
  ID=[[R:{pid_br}]]; ЕНП=[[O:{enp}]]; ИНН=[[I:{inn}]]; паспорт=[[Q:{pas}]]; тел=[[T:{ph1}]]
Синхронизация справочника {dir} у вас версии {ver2}, у нас новее. Заявка в МИАЦ {inc}.
--
[[P:{s_s}]], инженер отдела ИТ, {org}, тел. [[T:{phc1}]] доб. {ext}""",
    ),
    (
        80,
        "отчёт объединения дублей пациента в региональном индексе (MPI)",
        """MPI · объединение записей пациента · задача {job} · [[D:{t2_iso}]] {tms2}
Основная запись (survivor): MPI-ID [[R:{pguid}]]
  ФИО: [[P:{w_caps}]]  ДР: [[B:{bd_dcm}]]  пол: {w_g}
  СНИЛС: [[S:{sn}]]  ЕНП: [[O:{enp}]]
  Адрес: [[A:{a_br}]]
Поглощённая запись: MPI-ID [[R:{guid_br}]]
  Фамилия=[[P:{w_fam}]] | Имя=[[P:{w_giv}]] | Отчество=[[P:{w_mid}]] | ДР=[[B:{bd_iso}]]
  Паспорт: серия [[Q:{pas_ser}]] номер [[Q:{pas_num}]]   телефон: [[T:{raw2}]]
Совпадение: 0,94 (порог 0,90; весов: {cnt}); источник дубля — {sys2}, узел {host}
Объединил: [[P:{s_s}]]; согласовал: [[P:{h_s}]]. Откат возможен в течение 30 дней (ключ отката {rid}).""",
    ),
    (
        100,
        "карточка обращения в CRM колл-центра: жалобы пациента при записи к врачу",
        """CRM «Контакт-центр здравоохранения» · обращение [[R:{crm}]] · статус: передано в МО
Создано: [[D:{t1_dm}]] {tm1} оператор [[P:{s_fi}]] (линия {small}, звонок {sess})
Звонящий: [[P:{p_fi}]], д.р. [[B:{bd}]]; тел. входящий [[T:{raw1}]], для связи [[T:{ph2}]]
Полис ОМС: [[O:{enp}]]; адрес: [[A:{a2}]]
Жалобы со слов: давящие боли за грудиной при ходьбе до 200 м, одышка, ночью просыпается; [[D:{t1_wd}]] был обморок.
Маршрутизация: кардиолог, {org}; слот [[D:{t2}]] {tm4}, талон [[R:{tick}]].
Скрипт: «При усилении болей — звоните 103». Повторный звонок [[D:{t2_dm}]] — родственник [[P:{x_io}]], [[T:{ph3}]], [[E:{mx}]].
Теги: #кардио #приоритет2   SLA 24 ч, осталось 03:12""",
    ),
    (
        110,
        "обмен с ЕГР ЗАГС: сведения об умершем в запросе СМЭВ (XML как текст)",
        """<!-- СМЭВ 3 · запрос {req} · [[D:{t3_iso}]]T{tms3} · узел {host} -->
<DeathInfoRequest messageId="{msg}" version="{ver2}">
  <DeceasedPerson>
    <LastName>[[P:{w_fam}]]</LastName><FirstName>[[P:{w_giv}]]</FirstName><MiddleName>[[P:{w_mid}]]</MiddleName>
    <BirthDate>[[B:{bd_iso}]]</BirthDate><DeathDate>[[D:{t1_iso}]]</DeathDate>
    <SNILS>[[S:{snd}]]</SNILS>
    <IdentityDoc type="21">[[Q:{pas}]]</IdentityDoc>
    <LastAddress>[[A:{a1}]]</LastAddress>
  </DeceasedPerson>
  <MedCertificate number="[[R:{doc}]]" date="[[D:{t1_iso}]]" emdr="[[R:{remd}]]"/>
  <Declarant>[[P:{x}]], тел. [[T:{ph1}]]</Declarant>
</DeathInfoRequest>
<!-- ответ: {http}, {ms_} мс; код ошибки отсутствует -->""",
    ),
    (
        120,
        "сообщение об отказе РЭМД в регистрации медицинского свидетельства о смерти",
        """Уведомление РЭМД: ОТКАЗ В РЕГИСТРАЦИИ
Дата ответа: [[D:{t4}]] {tms4}   ID запроса: {req}
Документ: медицинское свидетельство о смерти, локальный номер [[R:{doc}]], серия 26{small}
Умерш{p_ei}: [[P:{p}]] ([[B:{bd}]] — [[D:{t2}]]), СНИЛС [[S:{sn}]]
Ошибка {err}: {err_t}
Ошибка {err2}: {err2_t}
Подписант: [[P:{d_s}]] (СНИЛС [[S:{sn2}]]); руководитель МО — [[P:{h_s}]]
Действия: исправить и повторно направить документ с тем же локальным номером; в поле relatesTo указать [[R:{dguid}]].
Связь с региональным центром: [[E:{mo}]], [[T:{phc2}]]""",
    ),
    (
        130,
        "ресурс Condition (FHIR-подобный JSON) в логе шины: диагнозы пациента",
        """[[D:{t2_iso}]] {tmm2} [{bus}] POST /fhir/Condition -> {http} ({ms_} ms) X-Request-ID: {rid}
{{
  "resourceType": "Condition",
  "id": "[[R:{dguid}]]",
  "subject": {{"reference": "Patient/[[R:{pguid}]]", "display": "[[P:{p}]]"}},
  "identifier": [{{"system": "urn:oid:1.2.643.100.3", "value": "[[S:{snd}]]"}}, {{"system": "urn:oid:1.2.643.5.1.13.2.7.100.5", "value": "[[O:{enp}]]"}}],
  "code": {{"coding": [{{"system": "urn:oid:{dir}", "code": "{icd1}"}}]}},
  "onsetDateTime": "[[D:{t1_iso}]]",
  "recorder": {{"display": "[[P:{d_s}]]"}},
  "encounter": {{"reference": "Encounter/[[R:{case}]]"}},
  "meta": {{"versionId": "{small}", "source": "{host}"}}
}}""",
    ),
    (
        140,
        "журнал доставки SMS-шлюза: уведомления о готовности выданных документов",
        """smsgw · delivery report · выгрузка [[D:{t4_iso}]] {tms4}
msg_id               | phone          | status    | parts | sent                        | text
{smsid} | [[T:{raw1}]]  | DELIVRD   | 1     | [[D:{t3_iso}]] {tms1} | [[P:{p_io}]], справка [[R:{doc}]] готова, каб. {cab}
{smsid3} | [[T:{raw3}]]  | EXPIRED   | 1     | [[D:{t3_iso}]] {tms3} | Код для входа: {otp}
Отправитель: MIS-INFO; шлюз {host}:{port}; повтор для EXPIRED — на [[T:{ph2}]] (указан в карте).""",
    ),
]
GENRES26 += [
    (
        150,
        "SOAP-лог регистрации сведений о документе в РЭМД (запрос и ответ)",
        """REQ → [[D:{t2_iso}]] {tmm2} POST https://remd-gw.int:{port}/api/register  (client {ip}, request {req})
<soap:Envelope><soap:Header><transportHeader messageId="{msg}" clientEntityId="{root}"/></soap:Header>
<soap:Body><registerDocumentRequest>
  <localUid>[[R:{dguid}]]</localUid><kind>{small}</kind><creationDateTime>[[D:{t1_iso}]]T{tms1}+03:00</creationDateTime>
  <patient><snils>[[S:{snd}]]</snils><birthDate>[[B:{bd_iso}]]</birthDate></patient>
  <author><snils>[[S:{sn2}]]</snils><name>[[P:{d}]]</name></author>
  <associatedDoc localUid="[[R:{dguid2}]]"/>
</registerDocumentRequest></soap:Body></soap:Envelope>
RESP ← [[D:{t2_iso}]] {tmm3} {http}  emdrId=[[R:{remd}]]  status=success  duration={ms_}ms""",
    ),
    (
        160,
        "выгрузка в Excel (TSV) отпущенных препаратов по медикаментозному лечению",
        """Лист1 · Отпуск_препаратов_[[D:{t5_dm}]].xlsx · сохранено {tm5}
№	Пациент	Дата рожд.	СНИЛС	Рецепт	МНН	Кол-во	Дата отпуска	Аптека
1	[[P:{p_s}]]	[[B:{bd}]]	[[S:{sn}]]	[[R:{pres}]]	апиксабан 5 мг	60	[[D:{t2}]]	№ {small}
2	[[P:{k_s}]]	[[B:{bdn}]]	[[S:{sn2}]]	[[R:{pres2}]]	метформин 1000 мг	120	[[D:{t3}]]	№ {cab}
3	[[P:{u_s}]]	[[B:{bdq}]]	[[S:{sn3}]]	[[R:{pres}]]/1	инсулин гларгин	5	[[D:{t4}]]	№ {small}
Итого строк: 3; сумма: {cnt2},00 руб.; выгрузил [[P:{s_s}]] ({host}, {ip2})
Примечание: строка 3 — повторный отпуск по тому же рецепту, проверить (ЕНП пациента [[O:{enp}]]).""",
    ),
    (
        170,
        "журнал API сервиса «Управление потоками пациентов»: создание электронного направления",
        """[[D:{t1_iso}]]T{tmm1}Z req={rid} POST /referrals  user=[[P:{d_s}]]  ip={ip}
  body: referralNumber=[[R:{ref}]]; patientGuid=[[R:{pguid}]]; lastName=[[P:{w_fam}]]; firstName=[[P:{w_giv}]]; patronymic=[[P:{w_mid}]]; birthDate=[[B:{bd_iso}]]; omsNumber=[[O:{enp}]]; phone=[[T:{raw1}]]; email=[[E:{m1}]]; docSeries=[[Q:{pas_ser}]]; docNumber=[[Q:{pas_num}]]; address=[[A:{acsv}]]
  reason: «Описание и обоснование направления: подозрение на {icd1}, требуется консультация в {org2}»
[[D:{t1_iso}]]T{tmm2}Z req={rid} {http} id=[[R:{ref}]] queuePosition={small} ttl=86400
[[D:{t3_iso}]]T{tmm3}Z req={rid2} GET /referrals/[[R:{ref}]]/status -> «назначено на [[D:{t4}]] {tm4}»""",
    ),
    (
        180,
        "электронное экстренное извещение в Роспотребнадзор, пересланное по почте с ошибкой шлюза",
        """Тема: FW: Недоставлено: экстренное извещение [[R:{doc}]]
От: [[E:{mo}]]   Кому: [[E:{ms}]]   Дата: [[D:{t3}]] {tm3}
Сообщение шлюза {host}: 550 5.1.1 mailbox unavailable (очередь {job})
---------- Исходное сообщение ----------
ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (ф. 058/у) № [[R:{doc}]] от [[D:{t2}]]
Диагноз: сальмонеллёз (A02.0), дата заболевания [[D:{t1}]], госпитализирован [[D:{t2_wd}]].
Больн{p_aya}: [[P:{p}]], [[B:{bd}]] г.р., проживает [[A:{a1}]]; тел. [[T:{ph1}]]
Эпиданамнез: ел шаурму в кафе у вокзала, контакт — [[P:{x}]] (родственник), [[T:{ph2}]]
Место работы: повар столовой школы № {small}.
Сообщил: [[P:{d_s}]], [[T:{phc1}]]; принял: —""",
    ),
    (
        190,
        "чат техподдержки МИС: осмотр врача-специалиста не виден в карте пациента",
        """Чат поддержки {sys} · заявка {inc}
[{tm1}] [[P:{s_fi}]] (МО): Добрый день. Осмотр офтальмолога от [[D:{t1}]] не отображается в ЭМК пациента [[P:{p_s}]], ID [[R:{pid}]].
[{tm2}] [[P:{fl1}]] (vendor L2): Hi! Pls send patient snils + visit id.
[{tm2}] [[P:{s_fi}]] (МО): СНИЛС [[S:{sn}]], посещение [[R:{visit}]]. Ещё был дубль на старом ID [[R:{pid2}]].
[{tm3}] [[P:{fl1}]] (vendor L2): Found it. Visit bound to duplicate. Request {req} failed with {err} on node {host} (build {ver}).
[{tm4}] [[P:{fl1}]] (vendor L2): Moved visit [[R:{visit}]] -> [[R:{pid}]]. Please check.
[{tm5}] [[P:{s_fi}]] (МО): Вижу. Врач [[P:{d_s}]] просит ещё перепривязать осмотр ЛОР от [[D:{t2_dm}]].
[{tm5}] система: заявка переведена в статус «Решено», оценка 5""",
    ),
    (
        200,
        "выгрузка медико-генетической консультации в таблицу (семейный анамнез по родственникам)",
        """Родословная_[[R:{case}]].csv  (экспорт МГК, [[D:{t3}]])
степень,фио,д_р,статус,диагноз,контакт
пробанд,[[P:{p}]],[[B:{bd}]],жив(а),Q87.4?,[[T:{ph1}]]
мать,[[P:{q}]],[[B:{bdn}]],жива,I71.0 в 52 г.,[[T:{ph2}]]
брат,[[P:{u}]],{bdy},умер,внезапная смерть в 34 г.,—
ребёнок,[[P:{c}]],[[B:{bdk}]],жив(а),обследуется,[[E:{m2}]]
Проба ДНК пробанда: [[R:{bar}]]; направление [[R:{ref}]]; врач-генетик [[P:{d_s}]]
Сформировано задачей {job}; строк 4; версия шаблона {ver2}""",
    ),
    (
        210,
        "экспорт рабочего списка ЭКГ-аппаратов (DICOM MWL), выведенный как текст",
        """MWL C-FIND · AE FD_ECG{small} → {host}:{port} · [[D:{t2_sl}]] {tms2} · найдено {cnt}
PatientName        : [[P:{p_lat}]]
PatientID          : [[R:{pid}]]
OtherPatientIDs    : [[R:{amb}]]\\[[R:{emk}]]
PatientBirthDate   : [[B:{bd_dcm}]]
PatientAddress     : [[A:{a2}]]
AccessionNumber    : [[R:{acc}]]
RequestedProcID    : [[R:{acc2}]]
ScheduledStartDate : [[D:{t2_dcm}]]   ScheduledStartTime: {tms3}
ReferringPhysician : [[P:{d_lat}]]
StudyInstanceUID   : [[R:{root}.{t2_dcm}.<<####>>]]
Modality ECG; station FD-ECG-{small}; software {ver}""",
    ),
    (
        220,
        "сообщение HL7 v2 ADT^A01 (госпитализация) в логе интеграционного движка",
        """[[D:{t1_iso}]] {tmm1} IN  channel=ADT_IN  control={rid}  from {ip}:{port}
MSH|^~\\&|MIS_BARS|RKB|ESB|MIAC|[[D:{t1_dcm}]]{tmd1}||ADT^A01|{rid}|P|2.5
PID|1||[[R:{pid}]]^^^MIS~[[S:{snd}]]^^^SNILS||[[P:{w_fam}]]^[[P:{w_giv}]]^[[P:{w_mid}]]||[[B:{bd_dcm}]]|{w_sx}|||[[A:{a3}]]||[[T:{raw1}]]
PV1|1|I|ТЕР^{cab}^2||||[[P:{d_fam}]]^[[P:{d_giv}]]|||||||||||[[R:{hosp}]]|||||||||||||||||||||||||[[D:{t1_dcm}]]
IN1|1|ОМС||||||||||||||||||||||||||||||||||||[[O:{enp}]]
[[D:{t1_iso}]] {tmm2} OUT channel=ADT_OUT ack=AA control={rid} elapsed={ms_}ms""",
    ),
]
GENRES26 += [
    (
        230,
        "копия экрана МИС с журналом изменений раздела «История настоящего заболевания»",
        """{sys} › Случай [[R:{case}]] › Осмотр › История настоящего заболевания      [Сохранить] [Печать]
Пациент: [[P:{p_s}]] | [[B:{bd_sh}]] ({age} лет) | ИБ [[R:{ib}]] | полис [[O:{enp}]]
Текст: Заболел{p_a} остро [[D:{t1_wd}]], когда после переохлаждения появились озноб до 39,2 и кашель. Принимал{p_a} парацетамол. [[D:{t2_wd}]] осмотрен{p_a} участковым [[P:{e_s_ins}]], направлен{p_a} на рентгенографию.
── Журнал изменений ──
[[D:{t2_sh}]] {tms2}  создано      [[P:{d_s}]]   (сессия {sess})
[[D:{t3_sh}]] {tms3}  изменено     [[P:{d_s}]]   поле «Дата начала» [[D:{t1}]] → [[D:{told}]]
[[D:{t3_sh}]] {tms4}  откат        [[P:{s_s}]]   по заявке {inc}, причина: ошибка ввода
Размер записи: {cnt2} байт; версия записи {small}""",
    ),
    (
        240,
        "отчёт синхронизации с региональным регистром иммунопрофилактики",
        """Синхронизация «Иммунизация» → региональный регистр · пакет {batch} · [[D:{t4_iso}]] {tms4}
Отправлено записей: {cnt2}; принято: {cnt2}−{cnt}; отклонено: {cnt}
Отклонённые (фрагмент):
• [[R:{vac}]] | [[P:{c}]] | д.р. [[B:{bdk}]] | св-во о рождении [[C:{bc}]] | законный представитель [[P:{q_s}]], паспорт [[Q:{pas2}]], [[T:{ph1}]] | {err}: {err_t}
• [[R:{vac2}]] | [[P:{p}]] | д.р. [[B:{bd}]] | СНИЛС [[S:{sn}]] | вакцина «Гам-КОВИД-Вак», серия I-{small}21 | дата введения [[D:{t2}]] позже даты выгрузки? VAL-0044
• сертификат вакцинации [[R:{vac}]]/C — дубль в регистре, ключ {rid}
Повтор через 6 ч ({job}); ответственный — [[P:{n_s}]], [[E:{mn}]].""",
    ),
    (
        250,
        "журнал отправки СЭМД в ВИМИС «Акушерство и гинекология» с ответом о постановке на учёт",
        """ВИМИС АКиНЕО · исходящие · МО {root}
[[D:{t1_iso}]] {tms1} SEND  doc=[[R:{dguid}]] тип=«Беременность и роды» msgId={msg}
[[D:{t1_iso}]] {tms2} ACK   {http} trace={trace}
[[D:{t2_iso}]] {tms3} RESULT статус=«поставлена на учёт», индивидуальная карта беременной [[R:{case}]]
  пациентка: [[P:{q}]], [[B:{bdq}]], ЕНП [[O:{enp}]], СНИЛС [[S:{sn}]]
  срок на дату документа: 11 нед. 3 дн.; ПДР [[D:{t6_w}]]; группа риска: средняя
  адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; муж — [[P:{u_io}]] [[P:{u_sur}]], [[T:{ph2}]]
  врач: [[P:{d_s}]] ([[E:{md}]])
[[D:{t2_iso}]] {tms4} WARN  поле «ИНН» пустое (необязательное), подсказка: [[I:{inn}]] из ЕСИА""",
    ),
    (
        260,
        "отчёт о качестве данных: незаполненные поля анамнеза жизни в картах",
        """Отчёт DQ-«Анамнез жизни» · МО: {org} · период до [[D:{t5}]] · задание {job}
Проверено карт: {cnt2}; с пустыми полями: {cnt}; правило {err}
ID карты          | Пациент                | Пусто                       | Врач
[[R:{emk}]]   | [[P:{p_s}]]             | вредные привычки, аллергии  | [[P:{d_s}]]
[[R:{emk2}]]   | [[P:{k_s}]]             | перенесённые заболевания    | [[P:{e_s}]]
Пример из карты [[R:{emk}]]: «курит с 16 лет, 20 пачка-лет; работает сварщиком в ООО „Севмаш-Сервис“; проживает [[A:{al1}]]».
Рассылка отчёта: [[E:{mo}]]; [[E:{md}]]""",
    ),
    (
        270,
        "обмен «МИС роддома — МИС детской поликлиники»: сведения о матери в извещении о новорождённом",
        """Очередь newborn.notify · сообщение {msg} · получено {host2} [[D:{t3_iso}]] {tmm3}
mother.fio = [[P:{q}]]
mother.birthDate = [[B:{bdq_iso}]]
mother.snils = [[S:{sn}]]
mother.passport = [[Q:{pas}]] (выдан [[D:{pas_d}]], код подразд. {kpd})
mother.phone = [[T:{raw1}]], [[T:{raw2}]]
mother.address = [[A:{a1}]]
mother.exchangeCard = [[R:{case}]]
child.historyNumber = [[R:{ib}]]; child.birthDate = [[B:{t2_iso}]]; child.weight = <<3###>> г; apgar = 8/9
delivery: {http}; retries 0; schema {ver2}""",
    ),
    (
        280,
        "выгрузка ЛИС неонатального скрининга: повторный забор у новорождённого",
        """ЛИС «Неонатальный скрининг» · список на повторный забор · сформирован [[D:{t4}]] {tm4}
Бланк-тест   | Ребёнок                    | Дата рожд.    | Мать / телефон                         | Причина
[[R:{bar}]] | [[P:{c}]]   | [[B:{bdk_sh}]] | [[P:{q_s}]] / [[T:{ph1}]]             | ТТГ 21 мЕд/л
[[R:{bar2}]] | ребёнок [[P:{m_s_gen}]] | [[B:{t1_sh}]] | [[P:{m_s}]] / [[T:{raw2}]]    | брак образца (пятно)
Роддом направил: [[P:{d_s}]]; лаборатория: партия реагентов {batch}, анализатор GSP, прогон {run}
Мать первого ребёнка проживает [[A:{al1}]]; свидетельство о рождении ребёнка [[C:{bc}]]; патронаж [[D:{t5_dm}]].""",
    ),
    (
        290,
        "журнал платформы телемедицинских консультаций ВИМИС ССЗ: неврологический статус",
        """ТМК-платформа · консультация [[R:{tmk}]] · приоритет: экстренная
[[D:{t1_iso}]] {tms1} создал [[P:{e_s}]] ({org2}); пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
[[D:{t1_iso}]] {tms1} вложения: КТ [[R:{acc}]] ({cnt} серий), ЭКГ, шкала NIHSS 9
[[D:{t1_iso}]] {tms2} статус: «принято» консультантом [[P:{d_s}]]
[[D:{t1_iso}]] {tms3} заключение: «Неврологический статус: сознание ясное, правосторонний гемипарез до 3 баллов, моторная афазия. Признаки ОНМК (I63.5), показан перевод в РСЦ»
[[D:{t1_iso}]] {tms4} СЭМД протокола ТМК отправлен, localUid [[R:{dguid}]], ответ {http}
Видеосвязь: сервер {ip}:{port}, длительность {small} мин""",
    ),
    (
        310,
        "ответ API записи на приём (JSON) с планом обследования пациента",
        """GET /api/v2/appointments?patient=[[R:{pid}]] → {http}, {ms_} ms, X-Trace-Id: {trace}
{{"patient": {{"id": "[[R:{pid}]]", "fio": "[[P:{p}]]", "birthDate": "[[B:{bd_iso}]]", "phone": "[[T:{raw1}]]", "email": "[[E:{m1}]]"}},
 "plan": "План обследования",
 "items": [
  {{"slot": "[[D:{t2_iso}]]T{tm2}", "service": "ЭхоКГ", "room": "{cab}", "ticket": "[[R:{tick}]]"}},
  {{"slot": "[[D:{t3_iso}]]T{tm3}", "service": "Холтер", "room": "{cab}", "ticket": "[[R:{tick2}]]"}},
  {{"slot": "[[D:{t4_iso}]]T{tm4}", "service": "консультация кардиолога", "doctor": "[[P:{d_s}]]", "referral": "[[R:{ref}]]"}}
 ],
 "total": 3, "page": 1, "apiVersion": "{ver2}"}}""",
    ),
    (
        320,
        "журнал синхронизации с ФРМО/ФРМР: сведения о медицинской организации и её сотрудниках",
        """ФРМО/ФРМР sync · [[D:{t2}]] {tms2} · узел {host} · сессия {sess}
Организация: {org}; OID {root}; ОГРН {ogrn}
  адрес: [[A:{ao}]]; телефон: [[T:{phc1}]]; e-mail: [[E:{mo}]]
  изменено полей: {cnt}; версия справочника {dir} — {ver2}
Сотрудники (изменения):
  + [[P:{d}]], СНИЛС [[S:{sn}]], должность «врач-терапевт участковый», принят [[D:{t1}]]
  − [[P:{e}]], СНИЛС [[S:{sn2}]], уволен [[D:{told}]] (запись сохранена в архиве)
  ! [[P:{n}]], СНИЛС [[S:{sn3}]]: {err} ({err_t})
Ответственный за ФРМР: [[P:{s}]], [[T:{ph1}]], [[E:{ms}]]""",
    ),
    (
        330,
        "ответ сервиса поиска пациента в региональном индексе (XML как текст) на запрос регистратуры",
        """<PatientSearchResponse requestId="{req}" status="FOUND" count="1" elapsedMs="{ms_}">
 <Patient mpiId="[[R:{pguid}]]" localId="[[R:{pid}]]">
  <Name family="[[P:{w_fam}]]" given="[[P:{w_giv}]]" middle="[[P:{w_mid}]]"/>
  <BirthDate>[[B:{bd_iso}]]</BirthDate><Gender code="{w_g}"/>
  <Ids snils="[[S:{snd}]]" enp="[[O:{enp}]]" inn="[[I:{inn}]]"/>
  <Doc type="1" series="[[Q:{pas_ser}]]" number="[[Q:{pas_num}]]" issueDate="[[D:{told_iso}]]"/>
  <Contacts mobile="[[T:{raw1}]]" email="[[E:{m1}]]"/>
  <Address type="reg">[[A:{a2}]]</Address>
  <Attach moOid="{root}" since="[[D:{told_iso}]]"/>
 </Patient>
</PatientSearchResponse>""",
    ),
    (
        340,
        "протокол распознавания скана (OCR) при загрузке бумажной карты: объективные данные",
        """Импорт сканов · файл scan_<<#####>>.pdf · страница 2 из 4 · движок OCR {ver} · уверенность 0,81
ФИО: [[P:{p_ocr}]]   Д.р.: [[B:{bd}]]   Карта: [[R:{amb_ocr}]]
ОБЪЕКТИВНЫЕ ДАННЫЕ: Состояние удовлетворительное. Кожные покровы обычной окраски. АД 135/85 мм рт. ст., ЧСС 78 в мин, SpO2 97 %. Живот мягкий, безболезненный. Отёков нет.
Дата осмотра: [[D:{t1}]]   Врач: [[P:{d_s}]]
Поля с низкой уверенностью: «Полис» → «[[O:{enp}]]» (0,62), «Тел.» → «[[T:{ph1}]]» (0,58)
Оператор проверки: [[P:{s_s}]]; пакет импорта {batch}; ошибок распознавания: {cnt}""",
    ),
    (
        350,
        "лог синхронизации планшета выездного врача: физикальное обследование на дому",
        """mobile-sync · устройство TAB-<<####>> · пользователь [[P:{d_s}]] · app {ver}
[[D:{t3_iso}]] {tms1} PULL вызовов на дом: {cnt}
[[D:{t3_iso}]] {tms2} OPEN вызов [[R:{crm}]] — [[P:{p}]], [[A:{a1}]], подъезд 2, код домофона {otp}; тел. [[T:{ph1}]]
[[D:{t3_iso}]] {tms3} SAVE «Физикальное обследование»: t 38,1 °C, ЧДД 22, в лёгких справа ослабленное дыхание, хрипы; SpO2 94 %
[[D:{t3_iso}]] {tms4} PUSH осмотр → МИС: {http} (visit [[R:{visit}]])
[[D:{t3_iso}]] {tms5} PUSH фото полиса [[O:{enp}]] → отклонено: размер {cnt2} КБ > лимита
GPS {small}.<<####>>, офлайн-очередь пуста""",
    ),
]
GENRES26 += [
    (
        360,
        "карточка вызова СМП, пришедшая в МИС стационара по шине: предварительный диагноз",
        """Входящее из АДИС СМП · тема smp.handover · msgId {msg} · [[D:{t1_iso}]] {tmm1}
callCard=[[R:{crm}]]; brigade=<<##>>; station={small}
patient: fio=«[[P:{p}]]»; age={age}; birth=[[B:{bd_sh}]]; snils=[[S:{sn}]]; polis=[[O:{enp}]]
place: [[A:{a1}]]; caller=«[[P:{x_io}]] (сосед)», [[T:{raw1}]]
prelimDgn=«Предварительный диагноз: {icd1}; состояние средней тяжести, АД 170/100»
handover: [[D:{t1_iso}]] {tms2}, приёмное отделение {org}, принял [[P:{e_s}]]
# ответ шины: {http}; повтор не требуется; dead-letter пуст""",
    ),
    (
        370,
        "экспорт табло очереди приёмного отделения (первичный осмотр) в текстовый файл",
        """ПРИЁМНОЕ ОТДЕЛЕНИЕ · табло · [[D:{t2_sh}]] {tm2} · выгрузка для разбора жалобы
Поз | Пациент            | Поступил | Триаж  | Первичный осмотр       | № ИБ / КМП
 1  | [[P:{p_s}]]          | {tm1}    | жёлтый | [[P:{d_s}]], {tm3}     | [[R:{ib}]]
 2  | [[P:{k_s}]]          | {tm2}    | зелёный| не осмотрен ({cnt} мин)| [[R:{crm}]]
Жалоба [[R:{crm2}]] от [[P:{x_gen}]] ([[T:{ph2}]]): родственник(ца) [[P:{p_s}]] ждал(а) осмотра 3 ч.
Табло: сервер {host}, версия {ver}; событий за смену {cnt2}""",
    ),
    (
        380,
        "журнал процедурного кабинета, выгруженный в Excel (исследования и процедуры)",
        """Журнал_процедурного_каб_{cab}.xlsx — лист «[[D:{t3_dm}]]»
Время | Пациент | Д/р | Карта | Процедура | Назначил | Выполнил | Примечание
{tm1} | [[P:{p_s}]] | [[B:{bd}]] | [[R:{amb}]] | в/в капельно, NaCl 0,9 % 200 мл | [[P:{d_s}]] | [[P:{n_s}]] | —
{tm2} | [[P:{q_s}]] | [[B:{bdq}]] | [[R:{amb2}]] | забор крови, пробирка [[R:{bar}]] | [[P:{d_s}]] | [[P:{n_s}]] | повтор [[D:{t4_dm}]]
Итого процедур: 2; расход шприцев 5 мл: {small}; файл сохранён {host2}\\share\\proc""",
    ),
    (
        390,
        "отчёт миграции архива старой МИС в новую: перенесённые заболевания",
        """Миграция legacy → {sys} · этап «Перенесённые заболевания» · задание {job}
Прочитано записей: {cnt2}; перенесено: {cnt2}; с предупреждениями: {cnt}
WARN {err2}: запись legacy_id=<<#####>> → пациент [[R:{pid}]] ([[P:{p_caps}]], [[B:{bd_dcm}]]) — дата «[[D:{told}]]» вне диапазона, оставлена как есть
WARN VAL-0120: у пациента [[R:{pid2}]] ([[P:{k_caps}]]) два СНИЛС: [[S:{sn}]] / [[S:{sn2}]] — выбран первый
INFO пример перенесённой записи: «пневмония ([[D:{told}]]), аппендэктомия в 1998 г., гепатит отрицает»
INFO время этапа {ms_} с; источник {ip2}:1521, приёмник {ip}:5432
Контакт по миграции: [[P:{s_fi}]], [[E:{ms}]], [[T:{ph3}]]""",
    ),
    (
        400,
        "протокол форматно-логического контроля ТФОМС по реестру счетов: предыдущие госпитализации",
        """Протокол ФЛК · реестр {batch} · МО {root} · дата обработки [[D:{t5}]]
Ошибок: {cnt}; записей в реестре: {cnt2}
N_ZAP | ID_PAC                | ФИО                  | Ошибка | Комментарий
<<###>>   | [[R:{case}]]  | [[P:{p_caps}]]       | 904    | пересечение сроков с госпитализацией [[R:{hosp}]] ([[D:{t1}]] — [[D:{t3}]])
<<###>>   | [[R:{case2}]] | [[P:{k_caps}]]       | 5.1.4  | ЕНП [[O:{enp}]] не найден в ЕРЗ на [[D:{t2}]]
Специалист ТФОМС: [[P:{h_s}]], [[T:{phc2}]]; ответ направить до [[D:{t6}]] на [[E:{mo2}]]""",
    ),
    (
        410,
        "выписка из журнала доступа к ЭМК по запросу пациента (кто открывал психический статус)",
        """Журнал аудита доступа · запрос пациента [[R:{crm}]] от [[D:{t4}]] · сформировано {tm4}
Пациент: [[P:{p}]], [[B:{bd}]], ЭМК [[R:{emk}]]
Дата/время            | Пользователь          | Роль         | Раздел                   | IP
[[D:{t1_iso}]] {tms1} | [[P:{d_s}]]           | психиатр     | «Психический статус»     | {ip}
[[D:{t2_iso}]] {tms2} | [[P:{e_s}]]           | терапевт     | «Психический статус»     | {ip2}
[[D:{t2_iso}]] {tms3} | svc_integration       | сервис шины  | документ [[R:{dguid}]]  | {ip}
Ответ пациенту направлен на [[E:{m1}]] и по адресу [[A:{a1}]]; исполнитель [[P:{h_s}]].""",
    ),
    (
        420,
        "порционник пищеблока, выгруженный из МИС в CSV (режим и диета)",
        """porcionnik_[[D:{t3_iso}]].csv · отделение ТЕР-2 · сформировано {tms3}
ib;fio;bed;diet;note
[[R:{ib}]];[[P:{p_s}]];{small};ОВД;«без лактозы, аллергия на мёд»
[[R:{ib2}]];[[P:{k_s}]];{cab};ЩД;«зонд, 6 р/д»
[[R:{hosp}]];[[P:{u_s}]];{small};НБД;«сахарный диабет, перевод с [[D:{t2_dm}]]»
Итого порций: {cnt}; ответственная медсестра [[P:{n_s}]]; выгрузил сервис {host}, {ver2}""",
    ),
    (
        450,
        "экспорт переписки с пациентом из чата телемедицины «врач — пациент» (рекомендованное лечение)",
        """Экспорт чата ТМК «врач — пациент» · консультация [[R:{tmk}]] · [[D:{t2}]]
[{tm1}] [[P:{p_io}]]: Здравствуйте, после выписки [[D:{t1_wd}]] давление 160/95, это нормально?
[{tm2}] [[P:{d_io}]] (кардиолог): Добрый день. Продолжайте лозартан 50 мг утром, добавьте амлодипин 5 мг вечером. Дневник АД 2 недели.
[{tm3}] [[P:{p_io}]]: Рецепт мне выпишут? Мой СНИЛС [[S:{sn}]], полис [[O:{enp}]].
[{tm4}] [[P:{d_io}]] (кардиолог): Рецепт [[R:{pres}]] сформирован, очная явка [[D:{t4}]] в {tm5}. Если хуже — 103.
[{tm5}] система: сессия {sess} закрыта, длительность {small} мин, оценка 5
Экспорт выполнил [[P:{s_s}]] по запросу [[R:{crm}]]""",
    ),
    (
        470,
        "журнал push- и e-mail-уведомлений портала пациента (режим и рекомендации после выписки)",
        """notify-service · outbox · [[D:{t3_iso}]]
{tms1} push  user=[[R:{pguid}]] device=android-{hx16} status=sent     «[[P:{p_io}]], в ЛК новая выписка: режим и рекомендации»
{tms2} email to=[[E:{m1}]] status=bounced(550) template=discharge_v3
{tms3} email to=[[E:{mx}]] status=delivered (доверенное лицо [[P:{x_s}]], доверенность [[R:{doc}]])
{tms4} sms   to=[[T:{raw1}]] status=delivered gateway={host}:{port} id={smsid}
Текст рекомендаций: «ограничить подъём тяжестей до 3 кг на 6 недель; ЛФК; явка к хирургу [[P:{d_s}]] [[D:{t5}]]»
Всего событий за сутки: {cnt2}; ошибок: {cnt}""",
    ),
    (
        480,
        "таблица результатов поиска документов в РЭМД (результаты консультации)",
        """РЭМД · поиск документов пациента · СНИЛС [[S:{sn}]] · найдено 2 · запрос {req}
Рег. номер         | Вид                        | Дата          | МО                          | Автор
[[R:{remd}]]    | Протокол консультации      | [[D:{t1}]]    | {root}  | [[P:{d_s}]]
[[R:{remd2}]]    | Протокол консультации      | [[D:{told}]]    | {root}  | [[P:{e_s}]]
Пациент: [[P:{p}]], [[B:{bd}]]. Основание доступа: согласие ИДС [[R:{doc2}]] от [[D:{told}]].
Результаты консультации ([[R:{remd}]]): «данных за ревматоидный артрит нет, рекомендовано УЗИ суставов кистей»""",
    ),
    (
        490,
        "журнал диспетчера печати: заключение, ушедшее на чужой принтер",
        """PrintSpooler · {host2} · задание #<<####>> · [[D:{t3}]] {tms3}
Документ: «Заключение_[[R:{ib}]].pdf», страниц 2, {cnt2} КБ
Владелец: [[P:{d_s}]] (учётная запись d.<<####>>), принтер: \\\\{host}\\HP-M428-ПРИЁМНОЕ (ожидался КАБ-{cab})
Текст первой страницы (фрагмент): «ЗАКЛЮЧЕНИЕ. [[P:{p}]], [[B:{bd}]]. Адрес: [[A:{a1}]]. Диагноз: {icd1}. Рекомендовано…»
Инцидент ИБ {inc}: распечатка изъята [[P:{s_s}]] в {tm4}; пациент уведомлён по [[T:{ph1}]]
Решение: ограничить печать по IP {ip2}""",
    ),
    (
        500,
        "выгрузка PACS по исследованиям пациента для передачи в другую клинику",
        """PACS export manifest · job {job} · [[D:{t4}]] {tms4} · destination AE EXT_KOKB → {ip}:{port}
PatientName: [[P:{p_lat}]]   PatientID: [[R:{pid}]]   BirthDate: [[B:{bd_dcm}]]
# | StudyDate     | Modality | Accession   | StudyInstanceUID                          | Images
1 | [[D:{t1_dcm}]] | CT       | [[R:{acc}]] | [[R:{root}.<<####>>.<<#####>>]] | {cnt2}
2 | [[D:{told_dcm}]] | MR       | [[R:{acc2}]] | [[R:{root}.<<####>>.<<######>>]] | {cnt}
Результаты инструментального исследования: «КТ ОГК: очаг S6 слева 9 мм, рекомендован контроль через 3 мес.»
Запросил: [[P:{d_s}]], письмо [[E:{md}]]; передано по согласию пациента [[R:{doc}]]. Объём {cnt2} МБ, ошибок передачи 0.""",
    ),
]
GENRES26 += [
    (
        510,
        "сообщение HL7 ORU^R01 из ЛИС с результатами лабораторного исследования",
        """# ЛИС → МИС, канал LAB_RES, получено [[D:{t3_iso}]] {tmm3}, control {rid}
MSH|^~\\&|LIS|KDL|MIS|RKB|[[D:{t3_dcm}]]{tmd3}||ORU^R01|{rid}|P|2.3.1
PID|||[[R:{pid}]]||[[P:{p_hl7}]]||[[B:{bd_dcm}]]|{p_sx}
ORC|RE|[[R:{lis}]]|[[R:{bar}]]
OBR|1|[[R:{lis}]]|[[R:{bar}]]|1.2.643.5.1.13.13.11.1080^ОАК||[[D:{t2_dcm}]]{tmd1}|||||||||[[P:{d_fam}]]
OBX|1|NM|HGB^Гемоглобин||98|г/л|120-160|L
OBX|2|NM|WBC^Лейкоциты||12.4|10*9/л|4.0-9.0|H
NTE|1||Критическое значение сообщено [[P:{d_s}]] по тел. [[T:{phc1}]] в {tm4}
# ACK AA, {ms_} ms""",
    ),
    (
        520,
        "выгрузка ЛИС патоморфологии в CSV: результаты морфологических исследований",
        """"№ случая","Пациент","Д.р.","СНИЛС","Направление","Маркировка блоков","Заключение","Патологоанатом"
"[[R:{pg}]]","[[P:{p}]]","[[B:{bd}]]","[[S:{sn}]]","[[R:{ref}]]","[[R:{pg}]]/1–{small}","Аденокарцинома G2, pT2","[[P:{d_s}]]"
"[[R:{pg2}]]","[[P:{q}]]","[[B:{bdq}]]","[[S:{sn2}]]","[[R:{ref2}]]","[[R:{pg2}]]/1–3","Хронический гастрит, HP+","[[P:{e_s}]]"
# выгрузка {job} [[D:{t5}]] {tm5}; окраска H&E, ИГХ: Ki-67 {cnt} %; реагент лот {batch}
# получатель: онкодиспансер, [[E:{mo}]]; канал {bus}, сообщение {msg}""",
    ),
    (
        530,
        "таблица отбора на углублённую диспансеризацию (факторы риска), выгруженная из МИС",
        """ДВН_риск_[[D:{t2_dm}]].xlsx · фильтр: СС-риск ≥ 5 % · строк {cnt}
ФИО                 | Возраст | Телефон            | Факторы риска                          | Карта
[[P:{p}]]  | {age}   | [[T:{ph1}]]        | курение, ИМТ 32, ОХС 7,1               | [[R:{amb}]] | [[A:{a1}]]
[[P:{k}]]  | <<##>>  | [[T:{ph2}]]; [[T:{raw3}]] | АГ, гиподинамия                  | [[R:{amb2}]]
Приглашения: SMS-рассылка {batch} запланирована на [[D:{t3}]] {tm3}; ответственный фельдшер [[P:{n_s}]].
SCORE2, ИМТ, ОХС — вычислены сервисом {host} версии {ver}.""",
    ),
    (
        540,
        "сообщение шины о маршрутизации направления в другую медицинскую организацию",
        """[{bus}] routing.referral · [[D:{t2_iso}]] {tmm2}
  messageId      : {msg}
  correlationId  : {corr}
  referralId     : [[R:{ref}]]
  patient        : [[P:{p}]] / [[B:{bd}]] / SNILS [[S:{sn}]]
  from           : {org} ({root})
  to             : {org2}
  purpose        : «Цель направления: госпитализация для планового эндопротезирования»
  contactPhone   : [[T:{raw1}]] / [[T:{ph2}]]
  routeRule      : R-{small} (по профилю «травматология»), hop 2 of 3
  status         : {http}; retry-after 120 s""",
    ),
    (
        550,
        "журнал шлюза прикроватных мониторов ОРИТ: объективизированная оценка состояния",
        """icu-gw · койка <<#>> · пациент [[R:{ib}]] ([[P:{p_s}]])
[[D:{t1_sh}]] {tms1} SCORE SOFA=7 (дых 2, коаг 1, печ 1, ССС 2, ЦНС 0, почки 1)
[[D:{t1_sh}]] {tms2} SCORE APACHE II=18; GCS 15; RASS 0
[[D:{t1_sh}]] {tms3} ALARM SpO2 86 % ≥ 30 с — подтвердила [[P:{n_s}]]
[[D:{t2_sh}]] {tms1} SCORE SOFA=5; NEWS2 6
[[D:{t2_sh}]] {tms4} EXPORT → МИС, документ [[R:{doc}]], {http}
Монитор Mindray BeneVision N12, SN <<####%%>>, прошивка {ver}; шлюз {ip}:{port}; лечащий врач [[P:{d_s}]]""",
    ),
    (
        560,
        "выгрузка CSV оказанных услуг в реестр счетов (услуги по случаю)",
        """SL_ID;PAC_ID;FAM;IM;OT;DR;DOCSER;DOCNUM;SNILS;ENP;CODE_USL;DATE_IN;DATE_OUT;KOL;TARIF
[[R:{case}]];[[R:{pid}]];[[P:{w_fam}]];[[P:{w_giv}]];[[P:{w_mid}]];[[B:{bd_iso}]];[[Q:{pas_ser}]];[[Q:{pas_num}]];[[S:{sn}]];[[O:{enp}]];B01.047.001;[[D:{t1_iso}]];[[D:{t1_iso}]];1;{cnt2},00
[[R:{case2}]];[[R:{pid2}]];[[P:{k_sur}]];[[P:{k_first}]];;[[B:{bdn_iso}]];;;[[S:{sn2}]];[[O:{enp2}]];A04.16.001;[[D:{t3_iso}]];[[D:{t3_iso}]];2;<<####>>,00
# реестр {batch}, строк 2, сумма {cnt2}; КСГ st36.007 (не используется); выгрузка {job}""",
    ),
    (
        570,
        "журнал принтера идентификационных браслетов (сигнальная информация)",
        """Wristband printer ZD-<<###>> · {host2} · очередь печати [[D:{t2}]]
{tms1} PRINT barcode=[[R:{ib}]] text="[[P:{p_caps}]] [[B:{bd}]]" flags=АЛЛЕРГИЯ,ПАДЕНИЕ color=red
{tms2} PRINT barcode=[[R:{ib2}]] text="[[P:{k_caps}]] [[B:{bdn}]]" flags=— color=white
{tms3} ERROR ribbon out (E-{small}); job {job} requeued
{tms4} PRINT barcode=[[R:{ib}]] text="[[P:{p_caps}]] [[B:{bd}]]" flags=АЛЛЕРГИЯ,ПАДЕНИЕ color=red (повтор)
Сигнальная информация в МИС: аллергия на цефтриаксон, риск падения (Морзе 55); группа крови B(III) Rh−
Распечатала [[P:{n_s}]]; лента рулон <<######%>>""",
    ),
    (
        580,
        "журнал SMS-оповещения врача о критическом значении (важные результаты диагностики)",
        """critical-alert · правило «K+ > 6,0» · [[D:{t3_iso}]]
{tms1} TRIGGER  пациент [[P:{p_s}]] (ИБ [[R:{ib}]]), заказ [[R:{lis}]], K+ 6,8 ммоль/л
{tms1} SMS → [[T:{raw1}]] ([[P:{d_s}]]) id={smsid} status=ACCEPTED
{tms2} DLR {smsid} status=DELIVERED
{tms3} ESCALATION → заведующий [[P:{h_s}]] [[T:{raw2}]] (нет подтверждения {small} мин)
{tms4} ACK  подтвердил [[P:{d_s}]] с АРМ {ip}; назначено: ЭКГ, кальция глюконат
Шлюз {host}:{port}; шаблон v{small}; очередь {cnt}""",
    ),
    (
        600,
        "межведомственный запрос СМЭВ в соцзащиту и ответ (социальный анамнез пациента)",
        """СМЭВ · запрос в ОСЗН · ID запроса {req} · отправлен [[D:{t2_iso}]]T{tms2}
Запрашиваемое лицо: [[P:{p}]], дата рождения [[B:{bd_iso}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], паспорт [[Q:{pas}]]
Цель: социальный анамнез для ВК (направление на МСЭ [[R:{mse}]])
Ответ [[D:{t4_iso}]]T{tms4} (messageId {msg}):
  состав семьи: [[P:{x}]] (супруг(а)), [[B:{bdn}]]; [[P:{c}]] (ребёнок), св-во о рождении [[C:{bc}]]
  адрес регистрации: [[A:{a2}]]
  меры поддержки: ЕДВ, компенсация ЖКУ; личное дело получателя [[R:{case}]]
  контакт ОСЗН: [[T:{phc2}]], [[E:{mo2}]]""",
    ),
    (
        610,
        "выгрузка поста медсестры: состояние пациента по сменам (журнал наблюдения)",
        """Пост № 2 · выгрузка «Состояние пациента» · [[D:{t2}]] — [[D:{t3}]]
Пациент [[P:{p_s}]], палата {cab}, ИБ [[R:{ib}]], д.р. [[B:{bd_sh}]]
[[D:{t2_dm}]] 08:00  ср. тяжести; АД 140/90; ЧСС 88; t 37,4; диурез 1200 мл   — [[P:{n_s}]]
[[D:{t2_dm}]] 20:00  ср. тяжести; АД 130/80; ЧСС 80; боль 3/10               — [[P:{m_s}]]
Родственники звонили: [[P:{x_io}]], [[T:{ph2}]] (по согласию пациента на информирование [[R:{doc}]]).
Экспорт: {host}, {cnt} записей""",
    ),
    (
        620,
        "копия экрана АРМ приёмного отделения: состояние при поступлении",
        """АРМ «Приёмное» · {sys} · Поступление [[R:{hosp}]]
────────────────────────────────────────────────────────────
Ф.И.О.: [[P:{p}]]      Пол: {p_sex}     Д/р: [[B:{bd}]] ({age} л.)
Документ: паспорт [[Q:{pas}]]  СНИЛС: [[S:{sn}]]  Полис: [[O:{enp}]]
Адрес: [[A:{a1}]]
Доставлен: СМП, карта вызова [[R:{crm}]], [[D:{t1}]] {tm1}
Контакт: [[P:{x_fi}]], [[T:{ph2}]]
Состояние при поступлении: тяжёлое, сознание — оглушение, ЧДД 26, SpO2 88 %, АД 90/60
Врач приёмного: [[P:{e_s}]]   Направлен в: ОРИТ, койка {small}
[F2] Сохранить  [F5] Печать  [F9] Отправить в ЕГИСЗ   сервер {ip}:{port} · {ver}""",
    ),
    (
        630,
        "письмо ИТ-инженера в другую больницу с выпиской, вставленной в тело письма (состояние при выписке)",
        """От: [[P:{s_fi}]] <[[E:{ms}]]>
Кому: [[E:{mo2}]]
Тема: выписка не прошла через РЭМД — пересылаю текстом (заявка {inc})
Коллеги, ваш шлюз вернул {http} на документ [[R:{dguid}]], поэтому пересылаю выписку как есть:
> Выписной эпикриз из ИБ [[R:{ib}]]
> Пациент: [[P:{p}]], [[B:{bd}]], [[A:{a2}]]
> Госпитализирован{p_a} [[D:{t1}]], выписан{p_a} [[D:{t4}]].
> Состояние при выписке: удовлетворительное, швы сняты, t 36,6.
> Лечащий врач [[P:{d_s}]], зав. отделением [[P:{h_s}]]
> Телефон пациента для связи: [[T:{ph1}]]
Оригинал СЭМД повторно отправим после исправления подписи ({err2}). [[P:{s_s}]], [[T:{phc1}]]""",
    ),
]
GENRES26 += [
    (
        640,
        "отчёт сверки ETL между МИС и хранилищем данных по случаям лечения",
        """ETL reconciliation · MIS → DWH · витрина treatment_summary · запуск {run} · [[D:{t5_iso}]] {tms5}
source rows: {cnt2}; target rows: {cnt2}; mismatches: 2; duration {ms_} s
mismatch #1 case_id=[[R:{case}]] patient_key=[[R:{pguid}]]
   source.fio=«[[P:{p}]]»  target.fio=«[[P:{p_caps}]]» (регистр — игнор)
   source.date_out=[[D:{t3_iso}]]  target.date_out=NULL  → повторная загрузка
mismatch #2 case_id=[[R:{case2}]] patient_key=[[R:{pid2}]]
   source.snils=[[S:{snd}]]  target.snils=[[S:{sn2}]]  → ручная проверка
Сводка «Информация о лечении»: койко-дней {cnt}, операций 1, трансфузий 0.
Владелец витрины: [[P:{s_fi}]], [[E:{ms}]]; кластер {host}:{port}""",
    ),
    (
        650,
        "выгрузка системы планирования операционных (оперативное вмешательство)",
        """ОПЕРБЛОК · план на [[D:{t3_w}]] · выгрузка {tm1} · версия расписания {small}
Опер. | Время  | Пациент / ИБ                     | Вмешательство                         | Хирург / анестезиолог
  1   | {tm2}  | [[P:{p_s}]] / [[R:{ib}]]         | лапароскопическая холецистэктомия     | [[P:{d_s}]] / [[P:{e_s}]]
  2   | {tm4}  | [[P:{k_s}]] / [[R:{ib2}]]        | грыжесечение с пластикой сеткой       | [[P:{h_s}]] / [[P:{e_s}]]
Изменения: операция 2 перенесена с [[D:{t2}]] (известили [[P:{k_s_acc}]] по [[T:{ph2}]]).
Протокол операции 1 — СЭМД [[R:{dguid}]]; имплантаты: сетка REF PP-<<####>>, LOT <<######>>.""",
    ),
    (
        660,
        "заявка на телемедицинскую консультацию «врач — врач» в региональной системе ТМК",
        """Заявка ТМК [[R:{tmk}]] · статус «Новая» · создана [[D:{t2}]] {tm2}
Запрашивающая МО: {org}, [[A:{ao}]]; врач [[P:{d}]], [[T:{phc1}]], [[E:{md}]]
Консультирующая МО: {org2}
Пациент: [[P:{p}]]; д.р. [[B:{bd}]]; СНИЛС [[S:{sn}]]; ЕНП [[O:{enp}]]; ИБ [[R:{ib}]]
Вопрос: тактика при рецидиве фибрилляции предсердий на фоне амиодарона, ТТГ 0,02.
Вложения: ЭКГ [[D:{t1}]], ЭхоКГ [[R:{acc}]], выписка [[R:{doc}]] ({cnt} файлов, {cnt2} КБ)
Срок ответа: до [[D:{t3}]] {tm3} (плановая). Ид. видеоконференции {sess}.""",
    ),
    (
        670,
        "ответ ВИМИС «Онкология» с ошибками в плане лечения (СЭМД отклонён)",
        """ВИМИС «Онкология» · ответ на СЭМД [[R:{dguid}]] · [[D:{t4_iso}]]T{tms4} · статус REJECTED
Пациент: [[P:{p}]] · [[B:{bd}]] · СНИЛС [[S:{sn}]] · случай [[R:{case}]]
Секция «План лечения» (TRTMPLAN):
  {err}: {err_t}
  ONKO-0312: схема ХТ «FOLFOX» без указания числа циклов
  ONKO-0140: дата консилиума [[D:{t1}]] не совпадает с протоколом консилиума [[R:{doc}]] от [[D:{t2}]]
Проверено правилом v{small}; ID проверки {run}; транспорт {msg}
Исправить: [[P:{d_s}]] (онколог); вопросы — [[E:{mo}]], [[T:{phc2}]]""",
    ),
    (
        680,
        "журнал шлюза дистанционного мониторинга АД: витальные параметры с тонометра пациента",
        """telemon-gw · программа «ДН АГ» · пациент [[R:{disp}]] ([[P:{p_fi}]], [[T:{raw1}]])
ts_epoch    | date          | time  | SYS | DIA | HR | device
{t1_ep}  | [[D:{t1_dm}]]       | {tm1} | 168 | 98  | 84 | BP-<<####>>
{t2_ep}  | [[D:{t2_dm}]]       | {tm2} | 152 | 94  | 79 | BP-<<####>>
{t3_ep}  | [[D:{t3_dm}]]       | {tm3} | 171 | 101 | 90 | BP-<<####>>
ALERT 2 из 3 измерений > 160/100 → задача врачу [[P:{d_s}]] ({job}); SMS пациенту id {smsid}
Вес {wt} кг, рост {ht} см — из анкеты; платформа {ver}, {ip}""",
    ),
    (
        690,
        "список работников на периодический медосмотр, присланный работодателем в Excel",
        """Приложение к договору · Список_ПМО_2026.xlsx (от работодателя, ИНН организации {inn10})
№ | ФИО | Дата рожд. | СНИЛС | ИНН | Должность | Вредные факторы (п. прил.) | Тел.
1 | [[P:{p}]] | [[B:{bd}]] | [[S:{sn}]] | [[I:{inn}]] | сварщик | 1.2, 4.1, 4.3 | [[T:{ph1}]]
2 | [[P:{k}]] | [[B:{bdn}]] | [[S:{sn2}]] | — | машинист крана | 4.4, 5.1 | [[T:{ph2}]]
Место работы: АО «Северная верфь», цех № {small}; табельные номера: [[R:{tab}]], [[R:{tab2}]]
Контакт отдела охраны труда: [[P:{h_fi}]], [[E:{mo2}]]; дата начала осмотров [[D:{t3}]]""",
    ),
    (
        700,
        "протокол обмена со службой крови (АИСТ): сведения о трансфузии",
        """АИСТ ↔ МИС · обмен [[D:{t2_iso}]] {tms2} · пакет {batch}
TRANSFUSION id=[[R:{doc}]]
  recipient: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], группа A(II) Rh+, фенотип CcDee K−
  component: эр. взвесь ЛД, ЕДК [[R:{bk}]], донор [[R:{bk2}]], объём 280 мл
  started: [[D:{t2_iso}]]T{tm3}; finished: [[D:{t2_iso}]]T{tm4}; реакция: нет
  physician: [[P:{d_s}]]; nurse: [[P:{n_s}]]
ACK {http}; контейнер лот <<######>>; холодильник ХК-<<##>>, t +4 °C
Примечание: в сообщении {msg} ошибка кодировки ФИО донора — запрос в СПК по [[T:{phc2}]]""",
    ),
    (
        720,
        "чат техподдержки о слиянии двух карт беременной (акушерский анамнез)",
        """Поддержка {sys} · чат по заявке {inc}
[{tm1}] [[P:{s_fi}]]: У беременной [[P:{q_s}]] две карты: [[R:{pid}]] и [[R:{pid2}]]. В одной акушерский анамнез (Б3 Р1 А2, рубец на матке с [[D:{told}]]), в другой — нет.
[{tm2}] [[P:{fl2}]]: Please give DOB and SNILS for both.
[{tm2}] [[P:{s_fi}]]: Д.р. [[B:{bdq}]]; СНИЛС [[S:{sn}]] в обеих; во второй ещё старый паспорт [[Q:{pas2}]].
[{tm3}] [[P:{fl2}]]: Merge done (job {job}). Survivor [[R:{pid}]]. Error {err2} on second try, ignored.
[{tm4}] [[P:{s_fi}]]: Спасибо. Врач [[P:{d_s}]] увидела анамнез. Пациентке звонили на [[T:{ph1}]].""",
    ),
    (
        810,
        "журнал печати этикеток регистрации прижизненного патолого-анатомического исследования",
        """LabelPrint · ПАО · [[D:{t3}]] · принтер Zebra ({ip2})
{tms1} случай [[R:{pg}]] · [[P:{p_caps}]] · [[B:{bd}]] · направление [[R:{ref}]] · флаконов 3
{tms1}   этикетки: [[R:{pg}]]-1, [[R:{pg}]]-2, [[R:{pg}]]-3 (кассеты A–C)
{tms3} ошибка E-{small}: дубль номера → перепечатано
Регистратор: [[P:{n_s}]]; направивший врач [[P:{d_s}]], [[T:{phc1}]]; фиксатор 10 % формалин, лот {batch}""",
    ),
    (
        850,
        "трекинг курьерской доставки биоматериала в ЛИС (информация об исследованных материалах)",
        """ЛИС · трекинг контейнера КТ-<<####>> · маршрут ФАП → КДЛ · [[D:{t2}]]
{tm1} упакован: пробирки [[R:{bar}]] ([[P:{p_s}]]), [[R:{bar2}]] ([[P:{k_s}]]), [[R:{lis}]] (мазок, [[P:{u_s}]])
{tm2} курьер [[P:{x_s}]], [[T:{ph2}]]; термоиндикатор +6 °C
{tm3} принят в КДЛ, регистратор [[P:{n_s}]]; расхождений {cnt}
{tm4} пробирка [[R:{bar}]]: гемолиз, повторный забор — пациенту SMS на [[T:{raw1}]]
Материалы: венозная кровь (ЭДТА), сыворотка, мазок из зева; штатив {small}, позиции 1–3""",
    ),
    (
        900,
        "лог сервиса электронных рецептов: отправка рецепта в аптечную сеть",
        """erecipe-svc · [[D:{t3_iso}]]
{tmm1} CREATE recipe=[[R:{pres}]] form=148-1/у-04(л) patient=[[R:{pid}]] snils=[[S:{snd}]] doctor=[[P:{d_s}]]
{tmm1} SIGN   ЭП врача OK; ЭП МО OK (сертификат {hx16})
{tmm2} SEND   → РЭМД, localUid=[[R:{dguid}]], requestId={req}
{tmm3} RESP   {http}, emdrId=[[R:{remd}]]
{tmm4} NOTIFY SMS [[T:{raw1}]]: «[[P:{p_io}]], рецепт [[R:{pres}]] действителен до [[D:{t6}]]»
Препарат: ривароксабан 20 мг № 28; льгота 081; источник финансирования — региональный бюджет""",
    ),
    (
        910,
        "отчёт аптеки о выбытии маркированных препаратов (отпуск по рецепту)",
        """Аптека № {small} · отчёт о выбытии (МДЛП) · [[D:{t4}]] · операция {job}
Рецепт [[R:{pres}]] · пациент [[P:{p}]] · СНИЛС [[S:{sn}]] · полис [[O:{enp}]]
  КИЗ (01)0460<<##########>>(21)<<%%%%%####>> — ривароксабан 20 мг, серия <<######>>, годен до 08.2028
  КИЗ (01)0460<<##########>>(21)<<%%%%%####>> — ривароксабан 20 мг, серия <<######>>, годен до 08.2028
Получил: доверенное лицо [[P:{x}]], паспорт [[Q:{pas2}]], доверенность [[R:{doc}]]
Ответ МДЛП: {http}; ид. документа в МДЛП {rid}; фармацевт [[P:{n_s}]]""",
    ),
    (
        920,
        "ответ РЭМД на запрос связанных документов пациента",
        """POST /remd/linked-docs  requestId={req}  → {http}  ({ms_} ms)
query: emdrId=[[R:{remd}]]; patientSnils=[[S:{snd}]]
linkedDocuments:
  - emdrId: [[R:{remd2}]]; kind: «Направление на госпитализацию»; date: [[D:{t1_iso}]]; author: [[P:{e_s}]]
  - localUid: [[R:{dguid}]]; kind: «Протокол операции»; date: [[D:{t2_iso}]]; author: [[P:{d_s}]]
  - localUid: [[R:{dguid2}]]; kind: «Выписной эпикриз»; date: [[D:{t4_iso}]]; author: [[P:{d_s}]]
patient: [[P:{p}]], [[B:{bd_iso}]]
pagination: page=1, size=20, total=3; dictionaries: {dir} ({ver2})""",
    ),
    (
        930,
        "лог интеграции с Госуслугами: запись на диспансеризацию и её результаты",
        """epgu-adapter · [[D:{t1_iso}]] {tms1} INBOUND заявление ЕПГУ № [[R:{tick}]] (сообщение СМЭВ {msg2})
  заявитель: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], тел. [[T:{raw1}]], [[E:{m1}]]
  документ: паспорт РФ [[Q:{pas}]]; ИНН [[I:{inn}]]; адрес [[A:{a1}]]
  услуга: «Запись на диспансеризацию»; слот [[D:{t2}]] {tm2}; кабинет {cab}
[[D:{t2_iso}]] {tms3} STATUS → «Приём состоялся»
[[D:{t3_iso}]] {tms4} RESULT «Сведения о диспансеризации»: группа здоровья II, факторы риска — курение; карта учёта [[R:{disp}]]
[[D:{t3_iso}]] {tms5} OUTBOUND статус в ЕПГУ: {http}; смэв-сообщение {msg}
Ребёнок заявителя в той же заявке: [[P:{c}]], свидетельство [[C:{bc}]] (профосмотр несовершеннолетнего)""",
    ),
    (
        1010,
        "журнал синхронизации выданных направлений с региональным сервисом очередей",
        """queue-sync · [[D:{t2}]] · выданные направления · МО {root}
{tms1} OUT направление [[R:{ref}]] на МРТ ГМ → {org2}; пациент [[P:{p_s}]], [[B:{bd}]], ЕНП [[O:{enp}]], адрес [[A:{a3}]]
{tms2} IN  позиция в очереди: {small}; ожидаемая дата [[D:{t5}]]
{tms3} OUT направление [[R:{ref2}]] на консультацию нейрохирурга; пациент [[P:{k_s}]], [[T:{ph2}]]
{tms4} IN  {err}: {err_t} — повтор через 300 с
{tms5} OUT направление [[R:{ref2}]] повтор → {http}
Выдавший врач [[P:{d_s}]]; сеанс {sess}; пакет {batch}""",
    ),
    (
        1050,
        "отчёт об ошибках обмена с ФГИС МСЭ по направлению на медико-социальную экспертизу (инвалидность)",
        """ЕАВИИАС МСЭ · обмен · направление на МСЭ [[R:{mse}]] · [[D:{t4}]] {tm4}
Гражданин: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; законный представитель [[P:{x_s}]] ([[T:{ph2}]])
Инвалидность: II группа с [[D:{told}]], справка МСЭ-2024 № [[R:{mse2}]]; ИПРА [[R:{doc}]]
Ошибки:
  {err} — {err_t}
  MSE-117 — в секции «Инвалидность» дата очередного освидетельствования [[D:{t6}]] раньше даты направления
ID транзакции {req}; протокол ВК [[R:{case}]]; председатель ВК [[P:{h_s}]]""",
    ),
    (
        1110,
        "журнал сервиса подписания ИДС через портал (сведения о согласии)",
        """consent-svc · ИДС на медвмешательство · пациент [[P:{p}]] ([[R:{pid}]])
[[D:{t1_iso}]] {tms1} создан документ согласия [[R:{dguid}]] (шаблон «Общее ИДС», вер. {ver2})
[[D:{t1_iso}]] {tms2} SMS с кодом на [[T:{raw1}]] (id {smsid}); код {otp}
[[D:{t1_iso}]] {tms3} подписано ПЭП пациента (вход через ЕСИА, сессия {sess})
[[D:{t1_iso}]] {tms4} законный представитель не требуется (возраст 18+, д.р. [[B:{bd}]])
[[D:{t1_iso}]] {tms5} регистрация в РЭМД → [[R:{remd}]], {http}
Врач, получивший согласие: [[P:{d_s}]]; e-mail копии пациенту: [[E:{m1}]]""",
    ),
    (
        1690,
        "протокол обмена ЭЛН с Социальным фондом (временная нетрудоспособность)",
        """СФР · сервис ЭЛН · [[D:{t3_iso}]]T{tms3} · запрос {req}
Операция: продление ЭЛН [[R:{eln}]]; предыдущий ЭЛН [[R:{eln2}]]
Пациент: [[P:{p}]], [[B:{bd_iso}]], СНИЛС [[S:{snd}]], ИНН [[I:{inn}]]
Место работы: ООО «Беломорская рыбная компания» (ИНН организации {inn10}), должность — матрос; адрес работодателя [[A:{ao}]]
Период: с [[D:{t1}]] по [[D:{t5}]]; врач [[P:{d_s}]], председатель ВК [[P:{h_s}]]
Результат: {http}; код ответа {err2}; ELN_STATE=030
Дубль сообщения отброшен (hash {trace})""",
    ),
    (
        1190,
        "список диспансерного наблюдения для SMS-напоминаний, выгруженный в CSV",
        """dn_reminders_[[D:{t2_iso}]].csv · сформирован {tms2} · рассылка {batch}
card;fio;birth;phone;next_visit;icd;doctor
[[R:{disp}]];[[P:{p_s}]];[[B:{bd_sh}]];[[T:{raw1}]];[[D:{t4_iso}]];{icd1};[[P:{d_s}]]
[[R:{disp2}]];[[P:{k_s}]];[[B:{bdn_sh}]];[[T:{raw2}]], [[T:{raw3}]];[[D:{t5_iso}]];{icd2};[[P:{e_s}]]
[[R:{amb}]];[[P:{c_s}]];[[B:{bdk_sh}]];[[T:{ph1}]];[[D:{t6_iso}]];J45.0;[[P:{d_s}]]
# для ребёнка (св-во о рождении [[C:{bc}]]) — телефон матери [[P:{q_s}]]; строк 3; ошибок формата 0; шлюз {host}""",
    ),
]


# the sections the kinds come from: ID -> (CODE, NAME, first DOC_OID), copied from
# /work/shared/reference/fnsi/1.2.643.5.1.13.13.99.2.197_4.29_part1
SECTIONS26: dict[int, tuple[str, str, str | None]] = {
    30: ("ALL", "Аллергии и непереносимость", "1.2.643.5.1.13.13.15.28.1"),
    20: ("ADDIC", "Зависимости", None),
    40: ("AMBS", "Сведения амбулаторно-поликлинического обращения", "1.2.643.5.1.13.13.15.15.1"),
    50: ("AMBSV", "Сведения амбулаторно-поликлинического посещения", "1.2.643.5.1.13.13.15.26.3"),
    60: ("ANAM", "Анамнез заболевания", "1.2.643.5.1.13.13.15.29.1"),
    70: ("BENEFITS", "Льготы", "1.2.643.5.1.13.13.15.68.2"),
    80: ("BIOGR", "Общебиографические сведения", None),
    100: ("COMPLNTS", "Жалобы", "1.2.643.5.1.13.13.15.30.1"),
    110: ("DEADPATINFO", "Информация об умершем", "1.2.643.5.1.13.13.15.22.1"),
    120: ("DEATH", "Смерть", "1.2.643.5.1.13.13.15.71.1"),
    130: ("DGN", "Диагнозы", "1.2.643.5.1.13.13.15.58.3"),
    140: ("DOC", "Выданные документы", None),
    150: ("DOCINFO", "Сведения о документе", "1.2.643.5.1.13.13.15.39.5"),
    160: ("DRUG", "Медикаментозное лечение", "1.2.643.5.1.13.13.15.29.1"),
    170: ("ELU", "Описание и обоснование направления", "1.2.643.5.1.13.13.15.31.3"),
    180: ("EPIDEM", "Эпидемиологический анамнез", "1.2.643.5.1.13.13.15.70.2"),
    190: ("EXAMINFO", "Осмотр врачей-специалистов", "1.2.643.5.1.13.13.15.43.3"),
    200: ("FAMILY", "Семейный анамнез", None),
    210: ("FUNC", "Функциональное обследование", None),
    220: ("HOSP", "Пребывание в стационаре", "1.2.643.5.1.13.13.15.30.1"),
    230: ("HSTILL", "История настоящего заболевания", None),
    240: ("IMM", "Иммунизация", "1.2.643.5.1.13.13.15.45.2"),
    250: ("LABODELI", "Беременность и роды", "1.2.643.5.1.13.13.15.39.5"),
    260: ("LANAM", "Анамнез жизни", "1.2.643.5.1.13.13.15.29.1"),
    270: ("MOTHINFO", "Информация о матери", "1.2.643.5.1.13.13.15.39.5"),
    280: ("NBINFO", "Информация о новорождённом", "1.2.643.5.1.13.13.15.39.5"),
    290: ("NEUROL", "Неврологический статус", None),
    310: ("OBSPLAN", "План обследования", "1.2.643.5.1.13.13.15.30.1"),
    320: ("ORGINFO", "Сведения о медицинской организации", "1.2.643.5.1.13.13.15.37.3"),
    330: ("PATINFO", "Информация о пациенте", "1.2.643.5.1.13.13.15.70.2"),
    340: ("PATOBJ", "Объективные данные", "1.2.643.5.1.13.13.15.29.1"),
    350: ("PHYS", "Физикальное обследование", "1.2.643.5.1.13.13.15.72.1"),
    360: ("PRLMNDGN", "Предварительный диагноз", None),
    370: ("PRMOBS", "Первичный осмотр", None),
    380: ("PROC", "Исследования и процедуры", "1.2.643.5.1.13.13.15.29.1"),
    390: ("PRVDS", "Перенесенные заболевания", "1.2.643.5.1.13.13.15.45.2"),
    400: ("PRVHOSP", "Предыдущие госпитализации", None),
    410: ("PSYCH", "Психический статус", "1.2.643.5.1.13.13.15.78.1"),
    420: ("RECDIET", "Режим и диета", "1.2.643.5.1.13.13.15.27.2"),
    450: ("RECTREAT", "Рекомендованное лечение", "1.2.643.5.1.13.13.15.11.1"),
    470: ("REGIME", "Режим и рекомендации", "1.2.643.5.1.13.13.15.28.1"),
    480: ("RESCONS", "Результаты консультации/осмотра врача", "1.2.643.5.1.13.13.15.29.1"),
    490: ("RESINFO", "Заключение", "1.2.643.5.1.13.13.15.30.1"),
    500: ("RESINSTR", "Результаты инструментального исследования", "1.2.643.5.1.13.13.15.29.1"),
    510: ("RESLAB", "Результаты лабораторного исследования", "1.2.643.5.1.13.13.15.29.1"),
    520: ("RESMOR", "Результаты морфологических исследований", "1.2.643.5.1.13.13.15.25.3"),
    530: ("RISKFACTORS", "Факторы риска", None),
    540: (
        "SCOPORG",
        "Цель направления и медицинская организация, куда направлен",
        "1.2.643.5.1.13.13.15.31.3",
    ),
    550: ("SCORES", "Объективизированная оценка состояния пациента", "1.2.643.5.1.13.13.15.29.1"),
    560: ("SERVICES", "Оказанные услуги", "1.2.643.5.1.13.13.15.75.2"),
    570: ("SIGN", "Сигнальная информация", None),
    580: ("SIGNSTUD", "Важные результаты диагностики и лабораторных тестов", None),
    600: ("SOCANAM", "Социальный анамнез", "1.2.643.5.1.13.13.15.28.1"),
    610: ("STATE", "Состояние пациента", "1.2.643.5.1.13.13.15.72.1"),
    620: ("STATEADM", "Состояние при поступлении", "1.2.643.5.1.13.13.15.30.1"),
    630: ("STATEDIS", "Состояние при выписке", "1.2.643.5.1.13.13.15.76.1"),
    640: ("SUM", "Информация о лечении", "1.2.643.5.1.13.13.15.29.1"),
    650: ("SUR", "Оперативное вмешательство", "1.2.643.5.1.13.13.15.29.1"),
    660: ("TELCONSULT", "Телемедицинские консультации", None),
    670: ("TRTMPLAN", "План лечения", "1.2.643.5.1.13.13.15.30.1"),
    680: ("VITALPARAM", "Витальные параметры", "1.2.643.5.1.13.13.15.74.2"),
    690: ("WORK", "Место работы и должность, условия труда", "1.2.643.5.1.13.13.15.45.2"),
    700: ("TRANSFUSINFO", "Сведения о трансфузии", "1.2.643.5.1.13.13.15.24.4"),
    720: ("OBSTETRICANAMN", "Акушерский анамнез", "1.2.643.5.1.13.13.15.24.4"),
    810: (
        "GISTCASE",
        "Регистрационные данные прижизненного патолого-анатомического исследования",
        "1.2.643.5.1.13.13.15.21.1",
    ),
    850: ("SPECIMENS", "Информация об исследованных материалах", "1.2.643.5.1.13.13.15.20.1"),
    900: ("RECIPE", "Рецепт", "1.2.643.5.1.13.13.15.1.2"),
    910: (
        "MEDDISPENSE",
        "Отпуск лекарственного препарата/изделия медицинского назначения/специализированного продукта лечебного питания",
        "1.2.643.5.1.13.13.15.2.3",
    ),
    920: ("LINKDOCS", "Связанные документы", "1.2.643.5.1.13.13.15.58.3"),
    930: (
        "MEDEXAMINFO",
        "Сведения о диспансеризации или профилактическом медицинском осмотре",
        "1.2.643.5.1.13.13.15.74.2",
    ),
    1010: ("ORDER", "Сведения о выданных направлениях", "1.2.643.5.1.13.13.15.74.2"),
    1050: ("DISABILITY", "Инвалидность", "1.2.643.5.1.13.13.15.67.2"),
    1110: ("CONSENT", "Сведения о согласии", "1.2.643.5.1.13.13.15.73.1"),
    1690: ("TEMPORARYDISABILITY", "Временная нетрудоспособность", "1.2.643.5.1.13.13.15.76.2"),
    1190: ("DISPENSOBS", "Диспансерное наблюдение", "1.2.643.5.1.13.13.15.79.1"),
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS26):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert not re.search(r"\{[a-z_0-9]+\}", text), doc["id"]  # an unfilled placeholder
    assert "<<" not in text and "[[" not in text, doc["id"]


# corpus 26's extra self-check: dates written as machines write them are never left unlabelled
NEW_DATES26 = re.compile(
    r"(?<![\d.])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d])"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![\d/])\d\d/\d\d/(?:19|20)\d\d(?!\d)"
    r"|(?<!\d)\d\d-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}"
)


def check26(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in NEW_DATES26.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])


DIRECTORY26 = "1.2.643.5.1.13.13.99.2.197 v4.29"


def kind_of(sid: int, genre: str) -> str:
    code, name, _oid = SECTIONS26[sid]
    return f"{name} (Секции ЭМД, {DIRECTORY26}, {code}, ID {sid}): {genre}"


def source_of(sid: int) -> str:
    code, name, oid = SECTIONS26[sid]
    return (
        f"НСИ {DIRECTORY26} (Секции электронных медицинских документов), ID {sid}, "
        f"CODE «{code}», NAME «{name}», первый DOC_OID «{oid or '—'}»"
    )


TEMPLATES = GENRES26


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    sections = [t[0] for t in TEMPLATES]
    assert len(sections) == len(set(sections)), "one kind per section"
    assert set(sections) == set(SECTIONS26), "every section listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(s, g) for s, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sid, genre, template in TEMPLATES:
            code, name, _oid = SECTIONS26[sid]
            extra = {"section": name, "code": code}
            doc = build(
                render(rng, template, extra),
                kind_of(sid, genre),
                source_of(sid),
                f"blind26_{len(docs):04d}",
            )
            check(doc)
            check26(doc)
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
