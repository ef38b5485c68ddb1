"""Write ``independent20.jsonl``: the twentieth blind corpus, 2026-12-06 — the paperwork of
laboratory medicine end to end, around one laboratory test of one patient, donor or sample.

Written by a helper engineer who never opened, listed or grepped the recognizers
(``ozero/``), their unit tests (``tests/``), ``docs/deid-text.md``, ``bench/README.md`` or any
``bench/results`` file, never ran ``git log``, ``git show`` or ``git blame`` nor read a commit
message, and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``), the
``ozero`` CLI or any de-identifier or scrubber on this corpus. Of ``bench/text_deid.py`` only
the module docstring and the ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and
``blind_half`` definitions were read (extracted with ``ast`` by their names, nothing around
them printed), to wire the corpus in, and ``blind_half`` was imported once, to count the
halves. ``write_independent1``–``18`` were not opened. From ``write_independent19.py`` only
the file format, the labelling rules (restated below, unchanged), the writer's structure (one
template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and
its generic helpers were taken. **Copied verbatim from corpus 19** (which had them from
corpora 13–17): the declension (``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``,
``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``,
``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``,
``build``, the self-check ``check`` with ``SUSPICIOUS``, ``VERSION_WORDS19`` and its checksum
helpers, corpus 19's extra self-check ``check19`` with ``NEW_DATES19`` (the device and LIS
date writings are never left unlabelled), ``serialize`` and ``main``. **Written fresh for
corpus 20**: the name lists (Russian of the Urals and the North, Komi, Karelian and Finnish,
Udmurt, Bashkir and Tatar, Nenets and Khanty, Altai and Shor, Sakhalin Korean, Azerbaijani,
Uzbek, Tajik, Ukrainian, Belarusian, Polish, Latvian, Estonian, German and Jewish surnames
and first names; foreign laboratory physicians in Latin), the towns, streets and villages of
the Urals, Western Siberia, the Russian North and the Far East with Moscow and St Petersburg
(``addr20`` and friends), phones as LIS notification logs, SMS gateways and call centres
write them (``mob20``, ``city20``, ``sms20``, ``brk20``, ``said20``), e-mails, passports
(``pas20``), every record number of a laboratory (``rec20``, ``REC20``: LIS orders, tube
barcodes with EAN-13 check digits, accessions, sample IDs, requisitions, case histories and
outpatient cards, donor numbers, donation numbers (ISBT 128 DIN and national), donor cards,
histology cases with their blocks and slides, cytology, microbiology and PCR laboratory
numbers, sequencing sample IDs, biobank participants and aliquots, consents, complaints,
portal codes, transfusion protocols, notices, newborn-screening test blanks, contracts with
one patient, HL7 placer and filler numbers, MRNs, TB-dispensary numbers, AIDS-centre patient
codes, chemical-toxicology referrals and certificates, TDM cards, ДМС policies and discount
cards), the hard negatives of the field (analysers and their serials, software versions,
reagent, calibrator, control, tube and kit lots of a manufacturer, REF and catalogue numbers,
ФСЛИ and LOINC codes, service codes, ISO and GOST standards, ICD-10, reference ranges, results
with units, Ct values, MICs, titres, temperatures, centrifuge settings, racks, positions,
boxes, shelves, freezers, rooms, seals, thermo-containers and data loggers, courier
transfer sheets, invoices, EQA participant codes and control-material series), the
organisations, every template, ``fillers20``, ``render`` (with ``shape20``: ``shape``, except
that a value of two or more digits never starts with a zero) and ``build_all``.

**Kinds from a real source.** Each kind is one test of the federal NSI directory «ФСЛИ.
Справочник лабораторных тестов» (Федеральный справочник лабораторных исследований, OID
1.2.643.5.1.13.13.11.1080, version 3.50, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1080_3.50_part1``–``part10`` and its
``_passport``; ``ID``, ``FULLNAME``, ``SHORTNAME``, ``LOINC``, ``SPECIMEN``, ``METHODTYPE``,
``UNIT`` and ``NMU`` as the passport describes them, all 75 rows with ``TESTSTATUS``
«Актуальный»: clinical chemistry, haematology, coagulation, immunochemistry, blood-group
serology and transfusion, microbiology and antimicrobial susceptibility, PCR of infections
and resistance genes, cytology, molecular pathology of paraffin blocks, germline and
pharmacogenetic tests, exome and genome sequencing, chemical toxicology, therapeutic drug
monitoring, allergy, autoimmunity, flow cytometry, stool tests, neonatal and prenatal
screening, blood gases, parasitology) in one genre of laboratory paperwork (requisitions from
a clinic, sample reception logs, tube labels and barcodes, LIS exports, courier transfer
sheets, results forms with reference ranges, critical-value telephonograms, microbiology
reports and antibiograms, PCR and sequencing reports, cytology and histology with block and
slide numbers, blood-group, compatibility and transfusion protocols, donor cards and
component labels, biobank consents and aliquot registers, external quality assessment,
reagent lot acceptance, analyser printouts and error logs, HL7 messages, SMS, e-mail, portal
and messenger messages, a complaint about a lost sample, a call-centre transcript, invoices
to a patient). The kind is «FULLNAME (ФСЛИ, 1.2.643.5.1.13.13.11.1080 v3.50, ID N): GENRE»;
the ``source`` names the directory entry. One test and one template per kind (no template is
shared). The kinds of corpora 1–19 (the ``kind`` values of ``independent*.jsonl``) were
listed by a scratch script only to avoid them, compared case-insensitively; none of the kinds
here is among them (``build_all`` asserts the kinds are unique).

Emphasis: RECORD numbers of one patient, donor or sample in the many shapes a laboratory
uses (with and without «№», after the document's word and before it, in tables and on
labels, between the asterisks of a Code 39 barcode, as EAN-13 digits, with letters, slashes,
dots and dashes, split across a line, in Latin letters, inside brackets, in HL7 fields,
dictated digit by digit, OCR-damaged) and PRECISION under the hard negatives around them
(ФСЛИ and LOINC codes, reference ranges, results with units, manufacturers' reagent,
calibrator and control lots, analyser serials, ISO and GOST standards, ICD-10 and service
codes, rooms, shelves, racks and positions, times, temperatures, centrifuge settings,
courier sheets, seals, invoices); the other types at normal density (names in all cases and
shapes, dates and birth dates in lab writings, phones, e-mails, addresses, SNILS, ENP, INN,
passports, birth certificates, organisations' contacts).

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

Judgement calls added for corpus 20 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of laboratory medicine):

* (new) The block and slide numbers of one patient's histology or cytology case that carry
  the case number («12345/26-А1», «12345/26-1-2», «Г-26-01234.3») are one RECORD_ID span each
  (the material of one patient, corpora 11, 13 and 19); a bare counter of blocks or slides
  («стекло № 1 из 1», «2 блока») is not labelled.
* (new) A biobank participant's coded identifier and every aliquot number derived from it
  («BB-26-01234-P02») are RECORD_ID (a pseudonymous code still points at one person's
  samples, corpus 13); the box, the position in it, the freezer and the shelf are not.
* (new) A courier's transfer sheet between organisations (сопроводительный лист) and its
  number, the thermo-container, the data logger and the seal are not labelled (an
  organisation's document and things: corpus 10's outgoing numbers and lots); the patients'
  orders and tubes listed in it are RECORD_ID.
* (new) An invoice's or a cash receipt's own number stays unlabelled (corpus 10), as do the
  fiscal document number, the last digits of a bank card and prices; the contract for paid
  services with one patient and that patient's order are RECORD_ID (corpus 10), and so is a
  discount card of one person (a card of one person, like corpus 10's ДМС policy).
* (new) An AIDS centre's coded patient identifier is RECORD_ID (corpus 15); the year of birth
  printed beside it stays unlabelled (corpus 17).
* (new) An EQA programme's participant code of a laboratory and the control material's
  series and sample numbers are not labelled (an organisation's and a thing's numbers); the
  old and the new series compared in a reagent lot-acceptance journal are lots (not
  labelled), while the patients' samples used for the comparison are RECORD_ID.
* (new) A blood component's ISBT 128 product code («E0336V00»), the container's lot and its
  REF are not labelled; the donation number on a label, in a journal or split across a line
  is RECORD_ID (corpus 17), as are the donor's number and the donor card.
* (new) In an HL7 message the sending facility («KDL01») and the message control ID are not
  labelled (corpus 17); PID-3 with several identifiers separated by «~» gives one RECORD_ID
  span per identifier, the «^^^LIS» assigning authority outside.
* (new) An order number dictated digit by digit in words («два шесть один …») is one
  RECORD_ID span (corpus 10's dictated number); a sequencer's run and flow-cell IDs are not
  labelled.
* (new) A newborn-screening test blank's number is RECORD_ID once the blank is filled in for
  one child (corpus 11: the number of one person's issued form); a repeat blank sent for the
  same child too.
* (new) A Code 39 barcode printed between asterisks («*2604512377*») is labelled without the
  asterisks; the EAN-13 digits under a tube's label are RECORD_ID (corpus 13).

Run: ``.venv/bin/python bench/text_corpus/write_independent20.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent20.jsonl"
SEED = 2020261206
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

# ---------------------------------------------------------------- people (fresh for corpus 20)
# Peoples of the Urals, Western Siberia, the Russian North, the Far East and the two capitals;
# male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Черепанов",
    "Демидов",
    "Строганов",
    "Вагин",
    "Пестов",
    "Окулов",
    "Шестаков",
    "Коровин",
    "Мальцев",
    "Брусницын",
    "Ладейщиков",
    "Чупин",
    "Сухих",
    "Кондратских",
    "Долгих",
    "Канев",
    "Истомин",
    "Попов",
    "Рочев",
    "Туркин",
    "Лехтонен",
    "Ряйкконен",
    "Кемпи",
    "Корепанов",
    "Вахрушев",
    "Ардашев",
    "Хабибуллин",
    "Ишмухаметов",
    "Юлдашев",
    "Валиахметов",
    "Сабитов",
    "Мамаев",
    "Ядыкин",
    "Салиндер",
    "Вануйто",
    "Сопочин",
    "Тодышев",
    "Чевалков",
    "Кыдыев",
    "Тыдыков",
    "Пак",
    "Тен",
    "Хван",
    "Ким",
    "Мамедов",
    "Алиев",
    "Рахимов",
    "Назаров",
    "Турсунов",
    "Бойко",
    "Левченко",
    "Грищук",
    "Юшкевич",
    "Пяткевич",
    "Кальнин",
    "Озолс",
    "Тамм",
    "Рихтер",
    "Зиммерман",
    "Гуревич",
    "Рабинович",
    "Соболевский",
    "Жеребцов",
    "Агафонов",
    "Нечаев",
    "Голубев",
    "Сорокин",
    "Ермаков",
    "Федосеев",
    "Кузьмин",
    "Тимофеев",
    "Белых",
    "Седых",
    "Чистяков",
]
M_FIRST = [
    "Прохор",
    "Савва",
    "Тимофей",
    "Фёдор",
    "Кирилл",
    "Станислав",
    "Ростислав",
    "Олег",
    "Вадим",
    "Аркадий",
    "Геннадий",
    "Демьян",
    "Глеб",
    "Даниил",
    "Тимур",
    "Айдар",
    "Рустам",
    "Ильдар",
    "Салават",
    "Руслан",
    "Ринат",
    "Эльдар",
    "Фарид",
    "Алишер",
    "Бахтияр",
    "Аяс",
    "Эркин",
    "Сергей",
    "Николай",
    "Алексей",
    "Вячеслав",
    "Анатолий",
    "Эдуард",
    "Валерий",
    "Тойво",
    "Юхан",
    "Янис",
    "Ефим",
    "Марк",
    "Лукьян",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Галина",
    "Вера",
    "Полина",
    "Дарья",
    "Ксения",
    "Варвара",
    "Таисия",
    "Лидия",
    "Ульяна",
    "Василиса",
    "Зинаида",
    "Раиса",
    "Гульнара",
    "Айгуль",
    "Лилия",
    "Резеда",
    "Венера",
    "Гузель",
    "Зульфия",
    "Нигора",
    "Дильноза",
    "Севара",
    "Айана",
    "Сардана",
    "Оксана",
    "Елизавета",
    "Маргарита",
    "Софья",
    "Алина",
    "Кристина",
    "Илона",
    "Хельга",
    "Лайма",
    "Эстер",
    "Рахиль",
    "Ноэми",
]
PAT_STEMS = [
    "Петров",
    "Тимофеев",
    "Фёдоров",
    "Кириллов",
    "Станиславов",
    "Олегов",
    "Вадимов",
    "Аркадьев",
    "Геннадьев",
    "Павлов",
    "Глебов",
    "Данилов",
    "Тимуров",
    "Айдаров",
    "Рустамов",
    "Ильдаров",
    "Салаватов",
    "Русланов",
    "Ринатов",
    "Фаридов",
    "Алишеров",
    "Эркинов",
    "Николаев",
    "Алексеев",
    "Эдуардов",
    "Валерьев",
    "Евгеньев",
    "Ефимов",
    "Марков",
]
FOREIGN = [
    ("Ли", "Вэй", True),
    ("Нгуен", "Ван Хунг", True),
    ("Шарма", "Раджеш", True),
    ("Мюллер", "Штефан", True),
    ("Чжан", "Мэй", False),
    ("Сантос", "Ана", False),
    ("Гарсия", "Лусия", False),
    ("Окафор", "Чиамака", False),
]
INDECL_FIRST = {
    "Айгуль",
    "Гузель",
    "Нигора",
    "Дильноза",
    "Хельга",
    "Эстер",
    "Рахиль",
    "Ноэми",
    "Вэй",
    "Ван Хунг",
    "Мэй",
    "Ана",
    "Чиамака",
    "Юхан",
    "Тойво",
    "Янис",
    "Аяс",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign laboratory physicians and sequencing-centre staff in Latin
FOREIGN_LAT = [
    "Annika Lindqvist",
    "Mehmet Yilmaz",
    "Chiara Bianchi",
    "Priya Nair",
    "Tomasz Wojcik",
    "Ingrid Hansen",
    "Wei Zhang",
    "Jonas Petraitis",
]


# ---------------------------------------------------------------- generic helpers (verbatim from corpus 19)
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


# ---------------------------------------------------------------- corpus 20: places (fresh)
# The Urals, Western Siberia, the Russian North, the Far East, Moscow and St Petersburg.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS20 = [
    (
        "г. Екатеринбург",
        "в г. Екатеринбурге",
        "Екатеринбург",
        "Свердловская область",
        "Свердл. обл.",
        "620",
        "343",
    ),
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "Пермский кр.", "614", "342"),
    (
        "г. Челябинск",
        "в г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челяб. обл.",
        "454",
        "351",
    ),
    ("г. Уфа", "в г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Тюмень", "в г. Тюмени", "Тюмень", "Тюменская область", "Тюм. обл.", "625", "3452"),
    (
        "г. Сургут",
        "в г. Сургуте",
        "Сургут",
        "Ханты-Мансийский автономный округ — Югра",
        "ХМАО — Югра",
        "628",
        "3462",
    ),
    (
        "г. Салехард",
        "в г. Салехарде",
        "Салехард",
        "Ямало-Ненецкий автономный округ",
        "ЯНАО",
        "629",
        "34922",
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
    ("г. Томск", "в г. Томске", "Томск", "Томская область", "Томская обл.", "634", "3822"),
    ("г. Барнаул", "в г. Барнауле", "Барнаул", "Алтайский край", "Алт. край", "656", "3852"),
    (
        "г. Кемерово",
        "в г. Кемерове",
        "Кемерово",
        "Кемеровская область — Кузбасс",
        "Кузбасс",
        "650",
        "3842",
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
        "г. Сыктывкар",
        "в г. Сыктывкаре",
        "Сыктывкар",
        "Республика Коми",
        "Респ. Коми",
        "167",
        "8212",
    ),
    (
        "г. Петрозаводск",
        "в г. Петрозаводске",
        "Петрозаводск",
        "Республика Карелия",
        "Карелия",
        "185",
        "8142",
    ),
    (
        "г. Мурманск",
        "в г. Мурманске",
        "Мурманск",
        "Мурманская область",
        "Мурм. обл.",
        "183",
        "8152",
    ),
    ("г. Вологда", "в г. Вологде", "Вологда", "Вологодская область", "Волог. обл.", "160", "8172"),
    (
        "г. Хабаровск",
        "в г. Хабаровске",
        "Хабаровск",
        "Хабаровский край",
        "Хабар. край",
        "680",
        "4212",
    ),
    ("г. Владивосток", "в г. Владивостоке", "Владивосток", "Приморский край", "ПК", "690", "423"),
    (
        "г. Южно-Сахалинск",
        "в г. Южно-Сахалинске",
        "Южно-Сахалинск",
        "Сахалинская область",
        "Сах. обл.",
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
        "г. Благовещенск",
        "в г. Благовещенске",
        "Благовещенск",
        "Амурская область",
        "Амур. обл.",
        "675",
        "4162",
    ),
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "125", "499"),
    (
        "г. Санкт-Петербург",
        "в г. Санкт-Петербурге",
        "Санкт-Петербург",
        "Санкт-Петербург",
        "СПб",
        "194",
        "812",
    ),
]
# street: with its type, bare (as people write it)
STREETS20 = [
    ("ул. Малышева", "Малышева"),
    ("ул. Куйбышева", "Куйбышева"),
    ("пр-т Ленина", "пр. Ленина"),
    ("ул. Мира", "Мира"),
    ("ул. Комсомольская", "Комсомольская"),
    ("ул. Свердлова", "Свердлова"),
    ("ул. Сибирская", "Сибирская"),
    ("ул. Светланская", "Светланская"),
    ("ул. Тихоокеанская", "Тихоокеанская"),
    ("наб. Северной Двины", "наб. Сев. Двины"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ул. Чкалова", "Чкалова"),
    ("б-р Победы", "бульвар Победы"),
    ("пр-т Строителей", "пр. Строителей"),
    ("ул. 8 Марта", "8 Марта"),
    ("ул. Амурская", "Амурская"),
    ("пер. Речной", "Речной пер."),
    ("ул. Первомайская", "Первомайская"),
    ("ш. Космонавтов", "Космонавтов ш."),
    ("ул. Ломоносова", "Ломоносова"),
    ("мкр. Северный", "Северный мкр."),
    ("ул. 40-летия Победы", "40-летия Победы"),
]
# village: with type, locative, district, region
RURAL20 = [
    ("с. Шурышкары", "в с. Шурышкары", "Шурышкарский р-н", "ЯНАО"),
    ("пгт Берёзово", "в пгт Берёзово", "Берёзовский р-н", "ХМАО — Югра"),
    ("с. Усть-Цильма", "в с. Усть-Цильме", "Усть-Цилемский р-н", "Республика Коми"),
    ("д. Шелтозеро", "в д. Шелтозеро", "Прионежский р-н", "Республика Карелия"),
    ("с. Юсьва", "в с. Юсьве", "Юсьвинский м.о.", "Пермский край"),
    ("с. Малая Пурга", "в с. Малой Пурге", "Малопургинский р-н", "Удмуртская Республика"),
    ("с. Аскино", "в с. Аскино", "Аскинский р-н", "Республика Башкортостан"),
    ("р.п. Коченёво", "в р.п. Коченёво", "Коченёвский р-н", "Новосибирская обл."),
    ("с. Кыштовка", "в с. Кыштовке", "Кыштовский р-н", "Новосибирская обл."),
    ("с. Онгудай", "в с. Онгудае", "Онгудайский р-н", "Республика Алтай"),
    ("пгт Шерегеш", "в пгт Шерегеш", "Таштагольский р-н", "Кемеровская обл."),
    ("с. Троицкое", "в с. Троицком", "Нанайский р-н", "Хабаровский край"),
    ("пгт Ноглики", "в пгт Ноглики", "Ногликский р-н", "Сахалинская обл."),
    ("с. Мильково", "в с. Мильково", "Мильковский р-н", "Камчатский край"),
    ("с. Лешуконское", "в с. Лешуконском", "Лешуконский р-н", "Архангельская обл."),
    ("с. Уйское", "в с. Уйском", "Уйский р-н", "Челябинская обл."),
    ("с. Сладково", "в с. Сладково", "Сладковский р-н", "Тюменская обл."),
]
RURAL_ST20 = [
    "Центральная",
    "Лесная",
    "Таёжная",
    "Рыбацкая",
    "Северная",
    "Заречная",
    "Советская",
    "Новая",
    "Луговая",
    "Геологов",
]
ORG_ST20 = [
    "ул. Волгоградская",
    "ул. Челюскинцев",
    "ул. Полярная",
    "пр-т Победы",
    "ул. Лабораторная",
    "ул. Больничная",
    "ул. Карла Либкнехта",
    "ул. Ким Ю Чена",
]


def _t20(rng: random.Random) -> tuple:
    return rng.choice(TOWNS20)


def _hk20(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", " корп. 1", " стр. 3", "к2"])
    return h, rng.randint(1, 280)


def addr20(rng: random.Random) -> str:
    """A person's address as people and registration desks write it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t20(rng)
    st, bare = rng.choice(STREETS20)
    v, _vl, vdist, vreg = rng.choice(RURAL20)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk20(rng)
    n = rng.randint(1, 80)
    rs = rng.choice(RURAL_ST20)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {st}, д.{h}, кв.{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {rs}, {n}",
        lambda: f"{bare_t}, ул. {bare}, {h}, кв. {k}",
        lambda: f"{st}, {h}-{k}, {town}, {z}",
        lambda: f"{z} {town} {st} {h} кв {k}",
        lambda: f"{v} ({vdist}), ул. {rs}, д. {n}, кв. {rng.randint(1, 12)}",
        lambda: f"{reg}, {bare_t}, {st}, дом {h}, квартира {k}",
    ]
    return rng.choice(shapes)()


def aloc20(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t20(rng)
    st, bare = rng.choice(STREETS20)
    _v, vl, vdist, _vr = rng.choice(RURAL20)
    h, k = _hk20(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]} {vdist}, ул. {rng.choice(RURAL_ST20)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr20(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a requisition)."""
    town, _loc, _b, reg, _ra, idx, _c = _t20(rng)
    st, _bare = rng.choice(STREETS20)
    h, k = _hk20(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {town},\n{st}, д. {h}, кв. {k}",
            f"{reg}, {town}, {st},\nд. {h}, кв. {k}",
            f"{st}, д. {h}, кв. {k},\n{town}",
        ]
    )


def aorg20(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t20(rng)
    st = rng.choice(ORG_ST20)
    n = rng.randint(1, 99)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, лит. {rng.choice('АБВ')}",
            f"{town}, {st}, д. {n}, стр. {rng.randint(1, 5)}",
            f"{st}, д. {n}, {town}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 20: phones (fresh)
OPS20 = [
    "912",
    "922",
    "932",
    "950",
    "953",
    "982",
    "992",
    "913",
    "923",
    "983",
    "924",
    "914",
    "984",
    "904",
    "963",
    "964",
    "996",
    "991",
    "901",
    "958",
]
NDASH = "–"
OP_WORDS20 = {
    "912": "девятьсот двенадцать",
    "922": "девятьсот двадцать два",
    "913": "девятьсот тринадцать",
    "924": "девятьсот двадцать четыре",
    "950": "девятьсот пятьдесят",
    "982": "девятьсот восемьдесят два",
    "914": "девятьсот четырнадцать",
}


def _mob20(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS20), rng.randint(201, 979), rng.randint(10, 99), rng.randint(10, 99)


def mob20(rng: random.Random) -> str:
    op, a, b, c = _mob20(rng)
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
            f"+7 {op} {a}{NDASH}{b}{NDASH}{c}",
            f"8({op}){a}{b}{c}",
        ]
    )


def sms20(rng: random.Random) -> str:
    """A subscriber's number as an SMS gateway or a LIS notification log prints it."""
    op, a, b, c = _mob20(rng)
    return rng.choice([f"+7{op}{a}{b}{c}", f"7{op}{a}{b}{c}", f"7 {op} {a}{b}{c}"])


def said20(rng: random.Random) -> str:
    """A phone said partly in words (a call-centre transcript)."""
    op = rng.choice(sorted(OP_WORDS20))
    a, b, c = rng.randint(201, 979), rng.randint(10, 99), rng.randint(10, 99)
    return f"восемь {OP_WORDS20[op]} {a} {b} {c}"


def city20(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t20(rng)
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
            f"8{code}{rest}",
            f"+7-{code}-{loc}",
        ]
    )


def c800_20(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 800 {a}-{b}-{c}", f"8 (800) {a} {b} {c}"])


def brk20(rng: random.Random) -> str:
    op, a, b, c = _mob20(rng)
    return rng.choice([f"+7 {op}\n{a}-{b}-{c}", f"8 ({op}) {a}-\n{b}-{c}", f"8-{op}-\n{a}-{b}-{c}"])


MAIL_DOM20 = [
    "mail.ru",
    "yandex.ru",
    "inbox.ru",
    "gmail.com",
    "internet.ru",
    "bk.ru",
    "list.ru",
    "ro.ru",
]
ORG_MAIL20 = [
    "kdl@kdc-ural.ru",
    "zakaz.lab@okb-perm.ru",
    "priem.prob@gkb1-nsk.ru",
    "spk.komi@donor-komi.ru",
    "bakteriologia@okb-arh.ru",
    "pcr.lab@tniikip.ru",
    "genetika@mgc-chel.ru",
    "patomorf@kpab-perm.ru",
    "biobank@bb-nw.ru",
    "kachestvo@labsib.ru",
    "call@angara-lab.ru",
    "spid.centr@rcspid-ufa.ru",
]


def mail20(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f[0]}",
            f"{f}{s}",
            f"{s}{rng.randint(1960, 2005)}",
            f"{f[0]}.{s}",
            f"{s}_{f}",
            f"{f}-{s[:4]}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM20)}"


# ---------------------------------------------------------------- corpus 20: passports (fresh)
OKATO20 = [
    "65",
    "57",
    "75",
    "80",
    "94",
    "71",
    "67",
    "52",
    "50",
    "69",
    "01",
    "11",
    "87",
    "86",
    "08",
    "05",
    "64",
    "30",
    "10",
]


def pas20(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO20), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}{n}", f"{o}-{y} {n}"]
    )


# ---------------------------------------------------------------- corpus 20: record numbers (fresh)
def brk_mid(s: str) -> str:
    """A number split across two lines of a narrow label or a table cell."""
    cut = (len(s) + 1) // 2
    return s[:cut] + "\n" + s[cut:]


REC20 = {
    "ord": [
        "########",
        "ЛИС-26-#######",
        "Z26######",
        "26/######",
        "ORD-######-%",
        "З-#######",
        "#######.26",
    ],
    "bc": ["##########", "46########", "%#########", "26.######.#", "########-01", "@########"],
    "acc": ["A26-######", "ПР-######/26", "####-####-##", "L26%#####"],
    "smp": ["S26######", "П-######", "######.##", "SPL-#####-%"],
    "dir": ["НЛ-######", "####/26-Л", "Н-26-#####", "НЛИ########"],
    "ib": ["######/26", "#####-С", "И#####-26", "КС-####"],
    "amb": ["######", "А-######", "####/П", "МК######"],
    "don": ["Д-#####", "######", "ДН-26-####", "Д/####-%"],
    "din": ["W0### 26 ######", "26-####-######", "W#### 26 ###### #", "####-26-######"],
    "don_card": ["КД-#####", "####/26-ДК", "ДК######"],
    "hist": ["Г-26-#####", "#####/26", "Б26-####", "ГИ-#####-26"],
    "cyto": ["Ц-26-#####", "#####-Ц", "ЖЦ/####/26", "C26-#####"],
    "micro": ["М-#####", "БЛ-26-####", "######/М", "MB26-#####"],
    "pcr": ["ПЦР-######", "#####-П", "M26-######", "ПЛ/#####"],
    "seq": ["NGS-26-####", "EX%####", "WES-######", "WGS26_####"],
    "bio": ["BB-26-#####", "ББ-######", "BIO%#####", "ОБР-26-####"],
    "cons": ["ИДС-####/26", "СГЛ-#####", "####-ИС"],
    "compl": ["ОБР-####/26", "Ж-26-####", "#####-ПР", "ЖЛБ-####"],
    "portal": ["%%#-###-##", "#####-%%", "@@####", "###-###"],
    "tx": ["ПТ-26-####", "####/Т", "ГТ-#####"],
    "ntf": ["ЭИ-####/26", "#####-ИЗ", "И-26-####"],
    "newb": ["НС-26-######", "########", "ТБ-######"],
    "contract": ["ДУ-26/#####", "П-####/26", "ДПМУ-######"],
    "hl7": ["%%########", "PL######", "F######-#"],
    "mrn": ["MRN########", "#########", "%-#######"],
    "tb": ["ТБ-26-####", "#####/Ф", "ПТД-######"],
    "hiv": ["АК-####-##", "#######-В", "U###-####"],
    "xti": ["ХТИ-####", "####/26-Х", "Х-26-#####"],
    "ref": ["НПР-######", "####-26-Н", "Н######"],
    "tdm": ["ТЛМ-#####", "####-Т", "TDM%####"],
    "vu": ["## ## ######", "##%% ######", "##########"],
    "dms": ["###-###-####", "ДМС-##-#####", "%%#######"],
}


def rec20(rng: random.Random, kind: str) -> str:
    return shape20(rng, rng.choice(REC20[kind]))


def ean13(body12: str) -> str:
    """An EAN-13 barcode with its check digit (the digits printed under a tube's label)."""
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- corpus 20: hard negatives
ANALYSERS20 = {
    "hem": [
        "Sysmex XN-1000",
        "Mindray BC-6800 Plus",
        "Beckman Coulter DxH 900",
        "Sysmex XN-550",
        "Medonic M51",
    ],
    "chem": [
        "Roche cobas c 311",
        "Abbott Alinity c",
        "Beckman Coulter AU480",
        "Mindray BS-800M",
        "Siemens Atellica CH 930",
    ],
    "imm": [
        "Roche cobas e 411",
        "Abbott Architect i2000SR",
        "Siemens Atellica IM 1600",
        "Snibe MAGLUMI X8",
        "Beckman Access 2",
    ],
    "coag": [
        "Sysmex CS-2500",
        "ACL TOP 550 CTS",
        "Stago STA Compact Max 3",
        "Thrombostat-4",
        "АПГ4-02-П",
    ],
    "gas": [
        "Radiometer ABL90 FLEX PLUS",
        "Siemens RAPIDPoint 500e",
        "Instrumentation Laboratory GEM Premier 5000",
    ],
    "micro": [
        "BacT/ALERT 3D 60",
        "BD BACTEC FX40",
        "VITEK 2 Compact",
        "Bruker MALDI Biotyper sirius",
        "Phoenix M50",
    ],
    "pcr": [
        "ДТпрайм 5М1",
        "Bio-Rad CFX96 Touch",
        "QuantStudio 5",
        "Rotor-Gene Q",
        "Abbott m2000rt",
    ],
    "seq": ["Illumina NextSeq 550", "Illumina MiSeq", "MGI DNBSEQ-G400", "Ion Torrent S5 XL"],
    "bb": ["ORTHO Vision Max", "Immucor NEO Iris", "Bio-Rad IH-1000", "ID-Reader DiaMed"],
    "esr": ["Alifax Roller 20 PC", "Sarstedt S-Sedivette", "Vision-C (ESR)"],
    "hist": [
        "Leica HistoCore PELORIS 3",
        "Sakura Tissue-Tek VIP 6 AI",
        "Thermo Excelsior AS",
        "Leica ST5020",
    ],
    "cyto": ["ThinPrep 5000", "BD SurePath PrepMate", "CellPrep Plus"],
    "urine": ["Sysmex UF-5000", "Dirui FUS-2000", "iQ200 Sprint"],
    "allergy": ["Phadia 250 (ImmunoCAP)", "Euroline Scan", "Alegria 2"],
    "tox": ["Agilent 7890B/5977B ГХ-МС", "Shimadzu LCMS-8050", "Хроматэк-Кристалл 5000"],
    "flow": ["BD FACSLyric", "Beckman Coulter DxFLEX", "Cytomics FC 500"],
}
REAGENT_MAKERS20 = [
    "Roche",
    "Abbott",
    "Siemens Healthineers",
    "«Вектор-Бест»",
    "«ДНК-Технология»",
    "«АмплиСенс» ФБУН ЦНИИЭ",
    "Bio-Rad",
    "«Эколаб»",
    "Sysmex",
    "Randox",
    "«Диаcофт»",
    "«Технология-Стандарт»",
]
ICD20 = [
    "E03.9",
    "E11.9",
    "N18.3",
    "D50.0",
    "K70.3",
    "I48.1",
    "I26.9",
    "I21.4",
    "A41.9",
    "I50.0",
    "E78.0",
    "M06.0",
    "A15.0",
    "B20.7",
    "B18.2",
    "B18.1",
    "N39.0",
    "C34.1",
    "C18.2",
    "Z31.5",
    "O36.0",
    "P55.0",
    "F31.3",
    "J10.0",
    "B54",
    "K50.1",
    "A53.0",
    "Z00.0",
    "R77.2",
    "J02.0",
    "D68.5",
]
ORGS20 = [
    "ГАУЗ СО «Клинико-диагностический центр г. Екатеринбург»",
    "ГБУЗ ПК «Пермская краевая клиническая больница»",
    "ООО «Лабдиагностика Сибирь»",
    "ГБУЗ НСО «Городская клиническая больница № 1»",
    "КГБУЗ «Краевая клиническая больница № 2»",
    "ГБУЗ АО «Архангельская областная клиническая больница»",
    "ГБУЗ РК «Станция переливания крови»",
    "ОГАУЗ «Томский фтизиопульмонологический медицинский центр»",
    "БУ «Окружная клиническая больница» (Ханты-Мансийск)",
    "ФБУН «Тюменский НИИ краевой инфекционной патологии» Роспотребнадзора",
    "ГБУЗ «Республиканский центр по профилактике и борьбе со СПИДом»",
    "ООО «Биобанк „Северо-Запад“»",
    "ГАУЗ «Медико-генетический центр»",
    "ГБУЗ ПК «Краевое патологоанатомическое бюро»",
    "ГАУЗ «Республиканский перинатальный центр»",
    "ООО «Медицинская лаборатория „Ангара-Лаб“»",
    "ГБУЗ «Городская поликлиника № 5»",
    "ГБУЗ «Краевой наркологический диспансер»",
]
ISO20 = [
    "ГОСТ Р ИСО 15189-2015",
    "ISO 15189:2022",
    "ГОСТ Р 53079.4-2008",
    "ГОСТ Р ИСО 6710-2009",
    "ГОСТ Р 59778-2021",
    "ISO 20387:2018",
    "ГОСТ Р 53022.3-2008",
    "ISO 15190:2020",
    "ГОСТ ISO 20776-1-2022",
    "CLSI M100-Ed34",
]
MON_EN20 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ROMAN20 = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


DIGIT_WORDS20 = [
    "ноль",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
]


def num20(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


def dates20(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_cmp"] = f"{y}{m:02d}{dd:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_sl"] = f"{y}/{m:02d}/{dd:02d}"
    f[key + "_rom"] = f"{dd}/{ROMAN20[m - 1]}"
    f[key + "_mon"] = f"{dd:02d}-{MON_EN20[m - 1]}-{y}"
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"


def fillers20(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "e", "h", "m", "n", "x"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "u", "s", "d", "e", "h", "m", "n", "k", "x", "c"):
        words = f[pre].split()
        f[pre + "_hl7"] = "^".join(lat(w).upper() for w in words)
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in words[:2])
        f[pre + "_LAT"] = " ".join(lat(w).upper() for w in words[:2])
    f["p_sex1"] = "M" if f["p_male"] else "F"
    f["p_ocr"] = ocr(f["p_up"])
    f["p_brk"] = hyphen_break(f["p"])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    by = rng.randint(1941, 2005)
    by = 1998 if by == 2000 else by  # ``spoken`` has no word for the year 2000
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates20(f, "bd", bdd)
    f["bd_spk"] = fmt_date(rng, bdd, "spoken")
    f["age"] = str(2026 - by - 1)
    qy = rng.randint(1988, 2004)
    bdq = dt.date(1999 if qy == 2000 else qy, rng.randint(1, 12), rng.randint(1, 28))
    dates20(f, "bdq", bdq)
    f["ageq"] = str(2026 - bdq.year - 1)
    bdc = dt.date(rng.randint(2011, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates20(f, "bdc", bdc)
    f["agec"] = str(max(1, 2026 - bdc.year - 1))
    dates20(f, "bdn", dt.date(rng.randint(1946, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    dates20(f, "bdk", dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)))
    f["bdq_spk"] = fmt_date(rng, bdq, "spoken")
    dates20(f, "bdc2", dt.date(rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28)))
    f["bdy"] = str(rng.randint(1944, 2003))  # a year of birth alone: not labelled
    # the documents' dates, in order, each in every writing
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0 if i == 2 else 1, 6))
        dates20(f, f"t{i}", cur)
        if i == 1:
            newb = cur - dt.timedelta(days=rng.randint(2, 4))
            dates20(f, "tnb", newb)  # a newborn's birth date
        if i == 3:
            f["t3_spk"] = fmt_date(rng, cur, "spokendm")
    dold = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates20(f, "told", dold)
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    f["cal_d"] = date(rng, 2026, "dot")  # a calibration's date: a date all the same
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    f["exp_m2"] = f"{rng.randint(2027, 2029)}-{rng.randint(1, 12):02d}"
    # times
    t0 = rng.randint(7 * 60, 10 * 60)
    for i in range(1, 7):
        t0 += rng.randint(5, 110)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
        f[f"tmd{i}"] = f"{t // 60:02d}.{t % 60:02d}"
        f[f"tms{i}"] = f"{t // 60:02d}:{t % 60:02d}:{rng.randint(0, 59):02d}"
        f[f"tmc{i}"] = f"{t // 60:02d}{t % 60:02d}{rng.randint(0, 59):02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr20(rng)
        f[f"ph{i}"] = mob20(rng)
    f["al"] = aloc20(rng)
    f["a_br"] = abr20(rng)
    f["ao"], f["ao2"] = aorg20(rng), aorg20(rng)
    f["phc1"], f["phc2"] = city20(rng), city20(rng)
    f["ph_sms"], f["ph_sms2"] = sms20(rng), sms20(rng)
    f["ph_said"] = said20(rng)
    f["ph_br"] = brk20(rng)
    f["ph800"] = c800_20(rng)
    f["ext"] = str(rng.randint(101, 499))
    f["m1"] = mail20(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail20(rng, f["q_sur"], f["q_first"])
    f["md"] = mail20(rng, f["d_sur"], f["d_first"])
    f["me"] = mail20(rng, f["e_sur"], f["e_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL20, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas20(rng), pas20(rng)
    f["pas_ser"] = f"{rng.choice(OKATO20)} {rng.randint(0, 25):02d}"
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(200, 890)}-{rng.randint(1, 99):03d}"
    f["pasf"] = shape(rng, rng.choice(["E########", "P%#######", "FA#######", "K#######"]))
    f["bcert"] = bcert(rng)
    # record numbers of one patient, sample, donor or document
    for key in REC20:
        f[key] = rec20(rng, key)
        f[key + "2"] = rec20(rng, key)
        f[key + "3"] = rec20(rng, key)
    f["ean"] = ean13(shape20(rng, "46##########"))
    f["ean2"] = ean13(shape20(rng, "29##########"))
    f["bc_br"] = brk_mid(rec20(rng, "bc"))
    f["ord_br"] = brk_mid(shape20(rng, "ЛИС-26-#######"))
    f["din_br"] = brk_mid(shape20(rng, "W0### 26 ######"))
    f["bc_ocr"] = shape20(rng, "##0#3##0#").replace("0", "О").replace("3", "З")
    said = shape20(rng, "########")
    f["ord_said"] = " ".join(DIGIT_WORDS20[int(ch)] for ch in said)  # dictated digit by digit
    f["ord_lat"] = shape20(rng, rng.choice(["LIS-26-#######", "ORDER %%######", "NL-######"]))
    hist_base = shape20(rng, rng.choice(["#####/26", "Г-26-#####", "#####-26"]))
    f["hcase"] = hist_base
    f["blk1"] = f"{hist_base}-А1"
    f["blk2"] = f"{hist_base}-Б{rng.randint(1, 4)}"
    f["sl1"] = f"{hist_base}-1-{rng.randint(1, 3)}"
    f["sl2"] = f"{hist_base}.{rng.randint(2, 6)}"
    bio_base = shape20(rng, rng.choice(["BB-26-#####", "ББ-######"]))
    f["bio_b"] = bio_base
    for i in range(1, 4):
        f[f"alq{i}"] = f"{bio_base}-{rng.choice('ASPD')}{i:02d}"
    # hard negatives
    for key, lst in ANALYSERS20.items():
        f["an_" + key] = rng.choice(lst)
    f["an_sn"] = shape20(
        rng,
        rng.choice(["SN #####", "s/n %%####", "зав. № ####-##", "S/N ##%####", "сер. № ######"]),
    )
    f["an_sn2"] = shape20(rng, rng.choice(["SN ####%", "s/n ######", "зав. № %-####"]))
    f["inv"] = shape20(rng, rng.choice(["инв. № 0104####", "инв. № ВА-####", "инв. ######"]))
    f["ver"] = shape20(rng, rng.choice(["v#.#.#", "ver. ##.#", "SW ##-##", "#.##.###"]))
    f["rlot"] = shape20(
        rng, rng.choice(["Lot ######", "LOT %####", "серия ####-##", "партия #####%", "Lot ###%#"])
    )
    f["rlot2"] = shape20(rng, rng.choice(["Lot #####", "серия %-####", "LOT ######%"]))
    f["clot"] = shape20(
        rng, rng.choice(["калибратор Lot #####", "CAL ####%", "калибр. серия ###-##"])
    )
    f["qlot"] = shape20(
        rng,
        rng.choice(["контроль Lot ####%", "QC L# Lot #####", "контрольный материал, серия ####"]),
    )
    f["cat"] = shape20(
        rng, rng.choice(["REF 0#######", "кат. № %-####", "REF ####-###", "арт. ######"])
    )
    f["maker"] = rng.choice(REAGENT_MAKERS20)
    f["tube_lot"] = shape20(rng, rng.choice(["Lot %######", "LOT #####"]))
    f["iso"], f["iso2"] = rng.sample(ISO20, 2)
    f["icd1"], f["icd2"] = rng.sample(ICD20, 2)
    f["org"], f["org2"], f["org3"] = rng.sample(ORGS20, 3)
    f["cab"] = str(rng.randint(101, 418))
    f["shelf"] = f"стеллаж {rng.randint(1, 12)}, полка {rng.randint(1, 6)}"
    f["rack"] = f"штатив {rng.randint(1, 40)}, позиция {rng.randint(1, 50)}"
    f["pos"] = f"{rng.choice('ABCDEFGH')}{rng.randint(1, 12)}"
    f["fridge"] = shape20(rng, rng.choice(["ХФ-#", "морозильник №#", "холодильник «Позис» №#"]))
    f["temp_c"] = rng.choice(["+2…+8 °C", "+4 °C", "от +2 до +8 °C", "+18…+25 °C"])
    f["temp_f"] = rng.choice(["−20 °C", "−80 °C", "−70 °C", "−196 °C (азот)"])
    f["cfg"] = rng.choice(
        ["1500 g, 10 мин", "3000 об/мин, 15 мин", "2000 g 10 мин", "1300 g 12 мин, +20 °C"]
    )
    f["seal"] = shape20(rng, rng.choice(["пломба № ######", "пломба %%-#####"]))
    f["tk"] = shape20(rng, rng.choice(["ТК-##", "термоконтейнер № ##", "ТМ-##/#"]))
    f["logger"] = shape20(rng, rng.choice(["логгер %%####", "терморегистратор № #####"]))
    f["outno"] = shape20(rng, rng.choice(["##-##/####", "####/01-##", "###-К"]))
    f["invno"] = shape20(rng, rng.choice(["СЧ-#####", "#####/26", "Сч-26-####"]))
    f["ogrn"] = shape20(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["small"] = str(rng.randint(2, 19))
    f["big"] = str(rng.randint(120, 980))
    f["wt"] = str(rng.randint(48, 118))
    f["ht"] = str(rng.randint(150, 196))
    f["otp"] = shape(rng, "####")
    f["price"] = f"{rng.randint(3, 48)}{rng.choice(['0', '5'])}0"
    f["price2"] = f"{rng.randint(2, 29)}{rng.choice(['0', '5'])}0"
    f["gest"] = str(rng.randint(11, 13))
    return f


def shape20(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape20(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Черепанов П.С.» ends the sentence: no second dot
    fill = fillers20(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 20: genres and kinds
# one kind per test: (ФСЛИ ID, genre, template); every template is used by one kind only
GENRES20: list[tuple[int, str, str]] = [
    (
        1013838,
        "направление поликлиники на лабораторное исследование (бланк с полями МИС)",
        """НАПРАВЛЕНИЕ НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ № [[R:{dir}]]
{org}, [[A:{ao}]], тел. регистратуры [[T:{phc1}]]
Пациент: [[P:{p}]]   Дата рождения: [[B:{bd}]]   Пол: {p_sex}
Полис ОМС [[O:{enp}]]   СНИЛС [[S:{sn}]]   Амб. карта № [[R:{amb}]]
Адрес: [[A:{a1}]]; моб. [[T:{ph1}]]
Исследование: {test} (ФСЛИ {fsli}, LOINC {loinc}; услуга {nmu}), сопутствующий диагноз {icd2}; биоматериал: сыворотка, пробирка с активатором свёртывания (красная крышка)
Диагноз: E03.9; приём левотироксина 75 мкг — утром не принимать до взятия крови
Заказ в ЛИС: [[R:{ord}]] от [[D:{t1}]] {tm1}; штрихкод пробы [[R:{bc}]]
Врач-эндокринолог [[P:{d_s}]], кабинет {cab}; дата выдачи [[D:{t1}]]""",
    ),
    (
        1003870,
        "журнал приёма проб процедурного кабинета за смену",
        """ЖУРНАЛ РЕГИСТРАЦИИ ВЗЯТИЯ БИОМАТЕРИАЛА — процедурный кабинет {cab}, смена [[D:{t2}]]
№ п/п | время  | ФИО пациента     | д.р.            | заказ          | штрихкод        | пробирка            | подпись
<<##>>    | {tm1}  | [[P:{p_s}]]      | [[B:{bd_sh}]]   | [[R:{ord}]]    | [[R:{bc}]]      | NaF (серая), 2 мл   | [[P:{s_sur}]]
<<##>>    | {tm2}  | [[P:{n_s}]]      | [[B:{bdn}]]     | [[R:{ord2}]]   | [[R:{bc2}]]     | NaF (серая), 2 мл   | [[P:{s_sur}]]
<<##>>    | {tm3}  | [[P:{k_s}]]      | {bdy} г.р.      | [[R:{ord3}]]   | [[R:{bc_br}]]   | NaF + ЭДТА          | [[P:{s_sur}]]
Исследование: {short} натощак ({test}); референсный интервал 4,1–5,9 ммоль/л
Пробы центрифугированы ({cfg}) не позднее 30 мин; хранение {temp_c}, {rack}
Пробирки: вакуумные, {tube_lot}, годны до {exp_m}
Сдал(а) м/с [[P:{s_s}]] в {tm4}; принял лаборант [[P:{x_s}]]""",
    ),
    (
        1017979,
        "лист печати этикеток на пробирки со штрихкодами (выгрузка принтера этикеток)",
        """ПЕЧАТЬ ЭТИКЕТОК — принтер Zebra ZD421 ({an_sn}), пункт забора {org2}
---------------------------------------------
*[[R:{bc}]]*
[[P:{p_LAT}]]  [[B:{bd_iso}]]
ЭДТА К2 3 мл · ОАК+ЛФ · заказ [[R:{ord}]]
---------------------------------------------
*[[R:{bc2}]]*
[[P:{p_LAT}]]  [[B:{bd_iso}]]
Сыв. 5 мл · биохимия · заказ [[R:{ord}]]
---------------------------------------------
Штрихкод EAN-13 под этикеткой: [[R:{ean}]]
Показатель: {test} (ФСЛИ {fsli}, {loinc}), ед. 10^9/л, реф. 4,0–9,0
Напечатано [[D:{t1_dm}]] {tms1}, оператор [[P:{s_sp}]]; тираж 2 × 1; рулон этикеток {tube_lot}""",
    ),
    (
        1006477,
        "выгрузка заказа из лабораторной информационной системы (ЛИС) в текст",
        """LIS EXPORT · order detail · printed [[D:{t2_iso}]] {tms2}
Order No.:        [[R:{ord_lat}]]
External order:   [[R:{ord2}]] (МИС поликлиники)
Policy (ОМС):     [[O:{enp}]]
Patient:          [[P:{p_LAT}]] / [[P:{p}]]
DOB / Sex:        [[B:{bd_dash}]] / {p_sex1}
MRN:              [[R:{mrn}]]
Specimen ID:      [[R:{smp}]]   tube: SST 5 ml   collected [[D:{t2_mon}]] {tm1}
Test:             {short} ({test}), ФСЛИ {fsli}, LOINC {loinc}, {nmu}
Result:           <<###>> мкмоль/л (ref. 62–106), eGFR CKD-EPI <<##>> мл/мин/1,73 м²
Instrument:       {an_chem} ({an_sn}), reagent {rlot}, {clot}
Validated by:     [[P:{e_s}]] at {tm4}
Contact:          [[E:{m1}]], [[T:{ph_sms}]]""",
    ),
    (
        1009034,
        "сопроводительный лист курьерской передачи проб в референс-лабораторию",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ ПЕРЕДАЧИ БИОМАТЕРИАЛА № {outno} от [[D:{t2}]]
Отправитель: {org}, [[A:{ao}]]; ответственный [[P:{s_s}]], [[T:{phc1}]]
Получатель: {org2}, [[A:{ao2}]], приём проб [[T:{phc2}]], [[E:{mo}]]
Курьер: [[P:{m}]], паспорт [[Q:{pas2}]], моб. [[T:{ph2}]]
Транспортировка: {tk}, {temp_c}, {logger}, {seal}; выезд {tm2}, доставка {tm4}
№ | пациент        | д.р.           | заказ         | пробирка / ID    | тест
1 | [[P:{p_s}]]    | [[B:{bd}]]     | [[R:{ord}]]   | [[R:{bc}]]       | {short} (ФСЛИ {fsli})
2 | [[P:{n_s}]]    | [[B:{bdn}]]    | [[R:{ord2}]]  | [[R:{bc2}]]      | {short}
3 | [[P:{k_s}]]    | [[B:{bdk_sh}]] | [[R:{ord3}]]  | [[R:{bc3}]]      | {short}, сыв., аликвота 1 мл
Всего проб: 3; температура при приёме +<<#>>,<<#>> °C
Сдал [[P:{s_s}]] ______ Принял [[P:{x_s}]] ______""",
    ),
    (
        1003599,
        "бланк результатов биохимического анализа с референсными интервалами",
        """{org} · КДЛ · [[A:{ao}]] · [[T:{phc1}]]
РЕЗУЛЬТАТЫ ЛАБОРАТОРНЫХ ИССЛЕДОВАНИЙ
Пациент: [[P:{p}]]   д.р. [[B:{bd}]] (возраст {age})   ИБ № [[R:{ib}]]
Заявка [[R:{ord}]] · проба [[R:{smp}]] · взята [[D:{t2}]] {tm1} · выполнено [[D:{t2}]] {tm3}
Показатель                        | Результат | Ед.    | Референсный интервал
{short} (ФСЛИ {fsli})             | <<##>>        | Ед/л   | 0–41
АсАТ                              | <<##>>        | Ед/л   | 0–37
Билирубин общий                   | <<##>>,<<#>>      | мкмоль/л | 3,4–20,5
ГГТ                               | <<##>>        | Ед/л   | 8–61
Метод: кинетический УФ-тест без пиридоксальфосфата (IFCC), 37 °C, 340 нм; {an_chem}, {an_sn}
Результат выдал врач КЛД [[P:{e_s}]]; лечащий врач [[P:{d_s}]]""",
    ),
    (
        1000074,
        "дневник контроля МНО пациента на варфарине с отметками кабинета антикоагулянтной терапии",
        """ДНЕВНИК КОНТРОЛЯ МНО — кабинет антикоагулянтной терапии {org}
[[P:{p}]], [[B:{bd}]], карта [[R:{amb}]]; целевое МНО 2,0–3,0 (I48.1)
тел. пациента [[T:{ph1}]]; родственник [[P:{u_io}]] — [[T:{ph2}]]
Дата      | МНО  | ПВ, с | варфарин, мг/сут | заказ ЛИС
[[D:{t1_dm}]]    | 1,<<#>>  | 1<<#>>,<<#>>  | 5,0              | [[R:{ord}]]
[[D:{t3_dm}]]    | 2,<<#>>  | 2<<#>>,<<#>>  | 5,0              | [[R:{ord2}]]
[[D:{t5_rom}]]     | 3,<<#>>  | 3<<#>>,<<#>>  | 3,75             | [[R:{ord3}]]
Тест: {test} ({meth}); тромбопластин ISI 1,0<<#>>, {rlot}; {an_coag}
Следующий контроль: [[D:{t6}]]. Врач [[P:{d_s}]]""",
    ),
    (
        1001171,
        "срочная заявка CITO из приёмного отделения и ответ лаборатории по D-димеру",
        """CITO! ЗАЯВКА ИЗ ПРИЁМНОГО ОТДЕЛЕНИЯ — [[D:{t1}]] {tm1}
Пациент: [[P:{p_up}]], [[B:{bd}]], ИБ [[R:{ib}]]; подозрение на ТЭЛА (I26.9), Wells 5
Пробирка: цитрат натрия 3,2 % (голубая), 1:9, штрихкод [[R:{bc}]]; доставка пневмопочтой, станция {cab}
Исследование: {test}, ФСЛИ {fsli}, LOINC {loinc}
Ответ лаборатории {tm2}: <<####>> нг/мл FEU (порог исключения 500; возраст-скорректированный {age}0)
Заказ [[R:{ord}]]; {an_coag}, {rlot}, контроль уровня 2 — в пределах
Сообщено по телефону дежурному врачу [[P:{d_s}]] в {tm2} (тел. отделения [[T:{phc2}]] доб. {ext}); лаборант [[P:{x_s}]]""",
    ),
    (
        1008549,
        "телефонограмма о критическом значении тропонина",
        """ТЕЛЕФОНОГРАММА О КРИТИЧЕСКОМ ЗНАЧЕНИИ № [[R:{ntf}]]
[[D:{t2}]], {tm3}. От: КДЛ {org}, врач КЛД [[P:{e}]]
Кому: кардиологическое отделение, принял{d_a} [[P:{d_s}]] (тел. [[T:{phc1}]])
Пациент [[P:{p_gen}]], [[B:{bd}]], ИБ [[R:{ib}]], проба [[R:{smp}]] (взята в {tm1})
{test}: <<#>>,<<##>> нг/мл при пороге 99-го перцентиля 0,026 нг/мл; предыдущий результат [[D:{t1}]] — 0,0<<##>>
Анализатор {an_imm} ({an_sn}); {rlot}; время от регистрации до сообщения <<##>> мин
Повтор через 3 ч: заказ [[R:{ord}]]""",
    ),
    (
        1012632,
        "сводная таблица прокальцитонина пациента ОРИТ для консилиума",
        """ОРИТ № 2 · динамика прокальцитонина · [[P:{p}]] ([[B:{bd}]]), ИБ [[R:{ib}]]
Диагноз: A41.9; антибиотик с [[D:{t1}]]
Дата / время       | ПКТ, нг/мл | СРБ, мг/л | заказ
[[D:{t1_sh}]] {tm1}  | <<##>>,<<#>>       | <<###>>       | [[R:{ord}]]
[[D:{t2_sh}]] {tm2}  | <<#>>,<<##>>       | <<###>>       | [[R:{ord2}]]
[[D:{t4_sh}]] {tm3}  | 0,<<##>>       | <<##>>        | [[R:{ord3}]]
Снижение более 80 % от пика — обсуждается отмена антибиотика
Тест: {test} ({nmu}); {an_imm}; калибровка [[D:{cal_d}]], {clot}
Консилиум: [[P:{d_s}]], [[P:{h_s}]], клинический фармаколог [[P:{e_s}]]""",
    ),
    (
        1166966,
        "письмо по электронной почте кардиологу с результатом BNP",
        """From: [[E:{mo}]]
To: [[E:{md}]]
Date: [[D:{t3_w}]], {tm2}
Subject: результат BNP — [[P:{p_s}]], заказ [[R:{ord}]]
Уважаем{d_yi} [[P:{d_io}]]!
По пациенту [[P:{p_dat}]] ([[B:{bd}]], направление [[R:{dir}]]) готов результат: {short} — <<###>> пг/мл (при ХСН маловероятна < 35 пг/мл).
Проба взята [[D:{t3}]] в {tm1}, пробирка ЭДТА, штрихкод [[R:{bc}]]. Метод — иммунохемилюминесцентный, {an_imm}.
PDF с ЭЦП приложен. По вопросам — [[T:{phc1}]] доб. {ext}.
С уважением, [[P:{e_fi}]], врач КЛД""",
    ),
    (
        1009505,
        "сообщение в личном кабинете пациента на портале лаборатории (липидограмма)",
        """Личный кабинет · Сообщения · [[D:{t4_iso}]] {tm3}
Здравствуйте, [[P:{p_io}]]!
Результаты по заказу [[R:{ord}]] готовы. Код доступа к результатам: [[R:{portal}]]
Холестерин общий <<#>>,<<#>> ммоль/л; ХС-ЛПВП 1,<<##>>; ТГ 1,<<##>>; {short} (расчёт по Фридвальду) <<#>>,<<##>> ммоль/л — выше целевого (< 3,0)
Заключение не является диагнозом. Обсудите результат с лечащим врачом [[P:{d_i}]].
Профиль: [[P:{p_s}]], [[B:{bd}]], телефон [[T:{ph1}]], e-mail [[E:{m1}]]
Служба поддержки: [[T:{ph800}]]""",
    ),
    (
        1003847,
        "SMS о готовности результата HbA1c и журнал рассылки",
        """SMS-шлюз · отправитель LAB-INFO · журнал рассылки [[D:{t3}]]
{tms1} → [[T:{ph_sms}]]: «[[P:{p_io}]], результат HbA1c по заказу [[R:{ord}]] готов. Код [[R:{portal}]]. Справки [[T:{ph800}]]» — доставлено
{tms2} → [[T:{ph_sms2}]]: «Результат по заказу [[R:{ord2}]] готов. Код [[R:{portal2}]]» — не доставлено (абонент недоступен)
Показатель: {test} (ФСЛИ {fsli}, LOINC {loinc}); метод ВЭЖХ, {an_hem}; целевой < 7,0 %
Результат [[P:{p_gen}]]: 7,<<#>> % (5<<#>> ммоль/моль)
Оператор рассылки [[P:{x_s}]]""",
    ),
    (
        1017854,
        "распечатка анализатора СОЭ с идентификаторами проб",
        """{an_esr} · {an_sn} · {ver}
RUN <<###>>   [[D:{t2_sl}]] {tms2}
POS | SAMPLE ID        | PATIENT                | ESR mm/h | FLAG
01  | [[R:{bc}]]       | [[P:{p_LAT}]]          | <<##>>       |
02  | [[R:{bc2}]]      | [[P:{n_LAT}]]          | <<#>>        |
03  | [[R:{bc3}]]      | [[P:{k_LAT}]]          | ---      | E07 LOW VOL
CTRL| Lot <<#####>> L1     | —                      | <<#>>        | OK
Метод: {meth} (эквивалент), {test}; реф. муж. 2–15, жен. 2–20 мм/ч
Проба 03 ([[P:{k_s}]], [[B:{bdk}]]) — недостаточный объём, повторный забор: заказ [[R:{ord}]]
Оператор [[P:{x_s}]]; контроль выполнил [[P:{e_s}]]""",
    ),
    (
        1005495,
        "акт отбраковки пробы (гемолиз) и запрос повторного забора",
        """АКТ ОТБРАКОВКИ БИОМАТЕРИАЛА — КДЛ {org}, [[D:{t2}]] {tm2}
Проба: [[R:{bc}]] (заказ [[R:{ord}]]), сыворотка, взята [[D:{t2}]] {tm1} в отделении {cab}
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]
Причина: гемолиз, индекс H <<###>> (допустимо ≤ 50); {test} завышается
Получено после центрифугирования {cfg}; {an_chem}, индекс сыворотки по {iso}
Сообщено: старш{s_ii} м/с [[P:{s_s}]] по [[T:{phc2}]] доб. {ext}, в {tm3}
Повторный забор: новый заказ [[R:{ord2}]], штрихкод [[R:{bc2}]]; результат K+ 4,<<#>> ммоль/л (3,5–5,1)
Лаборант [[P:{x_s}]]; врач КЛД [[P:{e_s}]]""",
    ),
    (
        1000140,
        "журнал ошибок коагулометра за сутки",
        """ERROR LOG · {an_coag} · {an_sn} · ПО {ver}
[[D:{t3_iso}]] {tms1}  E-214  Reagent short: Fbg Clauss, {rlot}
[[D:{t3_iso}]] {tms2}  W-105  Clot not detected — sample [[R:{bc}]] (pt [[R:{mrn}]])
[[D:{t3_iso}]] {tms3}  E-031  Cuvette jam, rack 4 pos 7
[[D:{t3_iso}]] {tms4}  I-002  QC L1 Fbg 2,<<#>> g/L OK; QC L2 <<#>>,<<#>> g/L OK ({qlot})
[[D:{t3_iso}]] {tms5}  W-105  Clot not detected — sample [[R:{bc2}]] (pt [[R:{mrn2}]])
Разбор: пробы [[P:{p_gen}]] и [[P:{n_gen}]] — низкий фибриноген (< 0,8 г/л), повтор в разведении 1:5
Тест: {test}, ФСЛИ {fsli}; сервисный инженер — [[P:{m_s}]], [[T:{ph2}]]""",
    ),
    (
        1000017,
        "лист контроля гепаринотерапии по АЧТВ в отделении сосудистой хирургии",
        """ЛИСТ КОНТРОЛЯ ГЕПАРИНОТЕРАПИИ (инфузия НФГ)
[[P:{p}]], возраст {age}, [[B:{bd}]]; ИБ [[R:{ib}]]; палата <<##>>; вес {wt} кг
Целевое АЧТВ 1,5–2,5 × контроль (46–70 с)
время       | АЧТВ, с | скорость, ЕД/ч | проба
[[D:{t2_dm}]] {tm1} | 5<<#>>,<<#>>    | 1<<###>>          | [[R:{bc}]]
[[D:{t2_dm}]] {tm3} | 5<<#>>,<<#>>    | 1<<###>>          | [[R:{bc2}]]
[[D:{t3_dm}]] {tm2} | 5<<#>>,<<#>>    | 1<<###>>          | [[R:{bc3}]]
Тест: {test} ({meth}), реагент {maker} {rlot}; {an_coag}
Врач [[P:{d_s}]]; м/с [[P:{s_s}]]""",
    ),
]

GENRES20 += [
    (
        1038611,
        "протокол определения группы крови при поступлении (приёмное отделение)",
        """ПРОТОКОЛ ОПРЕДЕЛЕНИЯ ГРУППЫ КРОВИ ПО СИСТЕМЕ AB0
[[D:{t1}]], {tm2}; приёмное отделение {org}
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]; пробирка ЭДТА [[R:{bc}]]
Реакция с цоликлонами: анти-А «+», анти-В «−», анти-АВ «+»; стандартные эритроциты: O «−», A «−», B «+»
Заключение: A(II); {test}, {meth}; цоликлоны {maker}, {rlot}, годны до {exp_m}
Температура в помещении +2<<#>> °C; исследование провёл врач [[P:{d_s}]]
Подтверждение в лаборатории иммуногематологии: заказ [[R:{ord}]], гелевые карты {an_bb}, {rlot2}""",
    ),
    (
        1038645,
        "бирка образца для подтверждения резус-принадлежности и запрос в отделение переливания",
        """ЗАПРОС В ОТДЕЛЕНИЕ ПЕРЕЛИВАНИЯ КРОВИ № [[R:{tx}]]
Образец для подтверждения: {test} ({meth}), ФСЛИ {fsli}
Бирка пробирки (ЭДТА, 4 мл):
  [[P:{p_up}]]
  д.р. [[B:{bd_sh}]] · ИБ [[R:{ib}]]
  ID [[R:{bc_br}]]
  взята [[D:{t2_dm}]] {tm1}, м/с [[P:{s_sur}]]
Первичное определение: B(III) Rh−, Kell «−»; фенотип ccddee
Планируется трансфузия: эритроцитная взвесь с удалённым лейкотромбоцитарным слоем, 1 доза
Отделение хирургии № 2, тел. [[T:{phc1}]]; лечащий врач [[P:{d_s}]]
Ответ ОПК: Rh(D) отрицательный подтверждён, [[D:{t2}]] {tm3}, врач-трансфузиолог [[P:{h_s}]]""",
    ),
    (
        1038678,
        "направление женской консультации на скрининг антиэритроцитарных антител у беременной",
        """НАПРАВЛЕНИЕ В ЛАБОРАТОРИЮ ИММУНОГЕМАТОЛОГИИ № [[R:{dir}]]
Женская консультация {org}; [[A:{ao}]]
Беременная: [[P:{q}]], [[B:{bdq}]], срок <<##>> нед.; обменная карта [[R:{amb}]]
Группа O(I) Rh отрицательная; муж: [[P:{u}]], A(II) Rh+
Паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
Тел. [[T:{ph1}]]; e-mail [[E:{m2}]]
Исследование: {test} ({meth}), полиспецифическая сыворотка; титр при выявлении
Предыдущее исследование [[D:{told}]]: антитела не выявлены; анти-D иммуноглобулин вводился [[D:{told_w}]]
Врач акушер-гинеколог [[P:{d_s}]]; [[D:{t1}]]""",
    ),
    (
        1038660,
        "заключение лаборатории по прямой пробе Кумбса у новорождённого",
        """ЗАКЛЮЧЕНИЕ — лаборатория иммуногематологии перинатального центра
Новорождённый: ребёнок [[P:{q_gen}]], родился [[B:{tnb}]] в {tm1}, масса 3<<###>> г; ИБ новорождённого [[R:{ib}]]
Мать: [[P:{q}]], [[B:{bdq}]], O(I) Rh−; ИБ матери [[R:{ib2}]]
Пуповинная кровь, ЭДТА, штрихкод [[R:{bc}]], взята [[D:{tnb}]]
{test} ({meth}): положительная (3+); группа крови ребёнка A(II) Rh+
Билирубин пуповинной крови <<##>> мкмоль/л; Hb <<###>> г/л
Диагноз: P55.0. Неонатолог [[P:{d_s}]] уведомлен{d_a} в {tm3}, тел. поста [[T:{phc2}]]
Врач КЛД [[P:{e_s}]]; карта гелевая {an_bb}, {rlot}""",
    ),
    (
        1192897,
        "протокол трансфузии эритроцитсодержащего компонента с пробами на совместимость",
        """ПРОТОКОЛ ТРАНСФУЗИИ (ПЕРЕЛИВАНИЯ) ДОНОРСКОЙ КРОВИ И (ИЛИ) ЕЁ КОМПОНЕНТОВ № [[R:{tx}]]
Реципиент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; группа A(II) Rh+, Kell−
Компонент: эритроцитная взвесь, обеднённая лейкоцитами; номер донации [[R:{din}]]; код компонента E0336V00; объём 2<<##>> мл
Контейнер: {rlot}, годен до [[D:{t5}]]; заготовлен [[D:{t1}]] в {org2}
Донор (код) [[R:{don}]]; группа A(II) Rh+
Проверка группы у постели: реципиент A(II), контейнер A(II)
Проба на индивидуальную совместимость (гелевый тест, {test}, {an_bb}): совместима; биологическая проба 3 × 10 мл — без реакции
Начало {tm2}, окончание {tm4}; АД 12<<#>>/7<<#>>, ЧСС 8<<#>>, t 36,<<#>> °C
Врач-трансфузиолог [[P:{h_s}]]; лечащий врач [[P:{d_s}]]; [[D:{t2}]]""",
    ),
    (
        1192236,
        "карта донора с допуском к донации по гемоглобину",
        """КАРТА ДОНОРА · {org2} · [[A:{ao}]]
Донор: [[P:{p}]], [[B:{bd}]]; паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
СНИЛС [[S:{sn}]]; адрес регистрации: [[A:{a_br}]]
Телефон [[T:{ph1}]], e-mail [[E:{m1}]]
Донорский номер [[R:{don}]]; карта [[R:{don_card}]]; почётный донор — нет (донаций <<##>>)
Дата донации: [[D:{t2}]]; вид: цельная кровь 450 мл; номер донации [[R:{din}]]
Допуск: {short} (капилляр, экспресс) 1<<##>> г/л (муж. ≥ 130, жен. ≥ 125); АД 12<<#>>/7<<#>>; масса {wt} кг
Следующая донация — не ранее [[D:{t6}]]. Врач-трансфузиолог [[P:{d_s}]]""",
    ),
    (
        1005370,
        "анкета донора плазмы (плазмаферез) с контролем белка и IgG",
        """АНКЕТА ДОНОРА ПЛАЗМЫ — отделение плазмафереза, [[D:{t3}]]
[[P:{p}]], [[B:{bd_w}]]; паспорт серия [[Q:{pas_ser} № {pas_num}]]; донорская карта [[R:{don_card}]]
Проживает в [[A:{al}]]; моб. [[T:{ph2}]]
Контроль перед донацией (заказ [[R:{ord}]]): общий белок 7<<#>> г/л; {short} 1<<#>>,<<#>> г/л (7–16)
Плазмаферез аппаратный, объём <<###>> мл; номер донации [[R:{din_br}]]
Плазма заморожена ({temp_f}), карантин 120 сут до [[D:{t6}]]; ячейка {shelf}
Аппарат PCS2 ({an_sn}); набор {rlot2}; антикоагулянт ACD-A {rlot}
Врач [[P:{d_s}]]; медсестра [[P:{s_s}]]""",
    ),
    (
        1017375,
        "этикетка контейнера эритроцитной взвеси и журнал выдачи компонентов",
        """ЭТИКЕТКА КОНТЕЙНЕРА (ISBT 128)
  Номер донации: [[R:{din}]]
  Компонент: Эритроцитная взвесь фильтрованная, E5093V00
  Группа: 0 Rh(D) положительная; фенотип CcDee K−
  Заготовлено [[D:{t1_mon}]] · Годен до [[D:{t6_mon}]] · +2…+6 °C
  Контейнер {rlot} · {cat}
ЖУРНАЛ ВЫДАЧИ КОМПОНЕНТОВ — [[D:{t3}]]
время | номер донации | получатель          | ИБ           | выдал
{tm1} | [[R:{din}]]   | [[P:{p_s}]]         | [[R:{ib}]]   | [[P:{h_sur}]]
{tm3} | [[R:{din2}]]  | [[P:{n_s}]]         | [[R:{ib2}]]  | [[P:{h_sur}]]
Контроль качества компонента: Hb в дозе 5<<#>> г, гематокрит 0,6<<#>>; {short} 6,<<#>> × 10^12/л ({test})
Подпись получившего: м/с [[P:{s_s}]]""",
    ),
    (
        1132893,
        "сообщение бактериологической лаборатории о положительной гемокультуре",
        """СРОЧНОЕ СООБЩЕНИЕ: ПОЛОЖИТЕЛЬНАЯ ГЕМОКУЛЬТУРА — [[D:{t2}]] {tm2}
Лаб. № [[R:{micro}]]; флаконы аэробный [[R:{bc}]] и анаэробный [[R:{bc2}]]
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], ОРИТ
Время до положительности 1<<#>> ч <<##>> мин ({an_micro}, {an_sn})
Микроскопия: грамположительные кокки в скоплениях
Предварительно: Staphylococcus aureus (MALDI-TOF, score 2,<<##>>); {test}, {meth}
Передано: реаниматолог [[P:{d_s}]], тел. [[T:{phc1}]]; клинический фармаколог [[P:{h_s}]]
Окончательный результат с антибиотикограммой — [[D:{t4}]]. Бактериолог [[P:{e_s}]]""",
    ),
    (
        1196575,
        "направление на бактериологический посев мочи и бланк результата",
        """НАПРАВЛЕНИЕ НА МИКРОБИОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:{dir}]]
Материал: моча средняя порция, стерильный контейнер с борной кислотой; штрихкод [[R:{bc}]]
Пациент: [[P:{p}]], [[B:{bd}]]; амб. карта [[R:{amb}]]; тел. [[T:{ph1}]]
Диагноз N39.0; антибиотики за 14 дней — нет. Взято [[D:{t1}]] {tm1}
РЕЗУЛЬТАТ (лаб. № [[R:{micro}]], [[D:{t3}]])
{test}: Escherichia coli 10^5 КОЕ/мл; {meth}; идентификация {an_micro}
БЛРС — не выявлены. Чувствительность (EUCAST v14.0): ампициллин R, нитрофурантоин S, фосфомицин S, ципрофлоксацин I
Бактериолог [[P:{e_s}]]; результат направлен [[P:{d_dat}]] на [[E:{md}]]""",
    ),
    (
        1056886,
        "антибиотикограмма с минимальными подавляющими концентрациями",
        """АНТИБИОТИКОГРАММА · лаб. № [[R:{micro}]] · изолят 1
[[P:{p_s}]] · [[B:{bd}]] · ИБ [[R:{ib}]] · материал: мокрота, взят [[D:{t1_dash}]]
Микроорганизм: Klebsiella pneumoniae, 10^7 КОЕ/мл
Препарат            | МПК, мг/л | интерпретация
{short}             | 0,<<##>>      | S
Цефтазидим          | >32       | R
Меропенем           | 0,<<###>>     | S
Амикацин            | <<#>>         | S
Метод: {meth} (E-тест), Мюллер-Хинтон {rlot}; контрольный штамм E. coli ATCC 25922 — в диапазоне
Критерии {iso}; ФСЛИ {fsli}, LOINC {loinc}
Выдано [[D:{t3}]]; бактериолог [[P:{e_s}]]""",
    ),
    (
        1194109,
        "запрос в референс-центр по мониторингу антибиотикорезистентности",
        """ЗАПРОС НА РЕФЕРЕНС-ИССЛЕДОВАНИЕ ИЗОЛЯТА № [[R:{ref}]]
В: референс-центр по мониторингу антимикробной резистентности, [[A:{ao2}]], [[E:{mo2}]]
От: {org}, бактериологическая лаборатория, [[T:{phc1}]]
Изолят: Pseudomonas aeruginosa, лаб. № [[R:{micro}]] от [[D:{t2}]]
Пациент: [[P:{p_s}]], [[B:{bd}]], ИБ [[R:{ib}]]; материал — БАЛ
Вопрос: {test} ({meth}), карбапенемазы (Carba NP — положительно)
Хранение изолята: {temp_f}, криопробирка {pos}, {fridge}
Отправка [[D:{t3}]] курьером [[P:{m_s}]] ({tk}, {logger})
Заведующ{h_ii} лабораторией [[P:{h_s}]]""",
    ),
    (
        1201557,
        "протокол ПЦР-скрининга на MRSA в отделении",
        """ПРОТОКОЛ ПЦР-ИССЛЕДОВАНИЯ · лаб. № [[R:{pcr}]]
Материал: выделенная культура S. aureus (изолят от [[D:{t1}]], посев [[R:{micro}]])
Пациент: [[P:{p}]], [[B:{bd}]], отделение травматологии, ИБ [[R:{ib}]]
Тест: {test}; {meth}; набор {maker}, {rlot}; амплификатор {an_pcr} ({an_sn})
mecA — не обнаружен (Ct —); {short} — обнаружен (Ct 2<<#>>,<<#>>); ВКО — Ct 2<<#>>,<<#>>
Заключение: MRSA (mecC-позитивный); контактная изоляция, уведомлён эпидемиолог [[P:{h_s}]]
Исполнитель [[P:{e_s}]]; [[D:{t2}]] {tm3}""",
    ),
    (
        1201508,
        "уведомление госпитального эпидемиолога о генах резистентности у изолята",
        """УВЕДОМЛЕНИЕ ЭПИДЕМИОЛОГУ № [[R:{ntf}]] от [[D:{t3}]]
Изолят Klebsiella pneumoniae (лаб. № [[R:{micro}]]) от пациента [[P:{p_gen}]], [[B:{bd}]], ИБ [[R:{ib}]], палата <<##>>
Выявлено: {test} — положительно; OXA-48 — положительно; NDM — не обнаружено
Метод: {meth}; набор {maker}, {rlot}; {an_pcr}
Контактные лица в палате: [[P:{n_s}]] (ИБ [[R:{ib2}]]), [[P:{k_s}]] (ИБ [[R:{ib3}]]) — взять ректальные мазки
Лабораторный ответственный: [[P:{e_s}]], [[T:{phc1}]] доб. {ext}; эпидемиолог [[P:{h_s}]] ([[E:{mo}]])""",
    ),
]

GENRES20 += [
    (
        1200732,
        "корпоративная заявка работодателя на обследование сотрудников (список)",
        """ЗАЯВКА НА ЛАБОРАТОРНОЕ ОБСЛЕДОВАНИЕ РАБОТНИКОВ
Заказчик: ООО «Северный терминал», [[A:{ao}]], контактное лицо [[P:{u_s}]], [[T:{phc1}]], [[E:{mo}]]
Договор с организацией {invno}; исследование: {test} ({meth}), {unit}
№ | ФИО            | д.р.            | СНИЛС          | заказ          | таб. №
1 | [[P:{p}]]      | [[B:{bd}]]      | [[S:{sn}]]     | [[R:{ord}]]    | [[R:{amb}]]
2 | [[P:{n}]]      | [[B:{bdn}]]     | [[S:{sn2}]]    | [[R:{ord2}]]   | [[R:{amb2}]]
3 | [[P:{k}]]      | [[B:{bdk}]]     | —              | [[R:{ord3}]]   | [[R:{amb3}]]
Выездной забор [[D:{t2}]] с {tm1}, комната {cab}; результаты — списком на [[E:{mo2}]]
Менеджер лаборатории [[P:{x_fi}]], [[T:{ph2}]]""",
    ),
    (
        1136720,
        "бланк результата вирусной нагрузки ВИЧ в центре СПИД (по коду пациента)",
        """{org} · лаборатория ПЦР · [[A:{ao}]]
РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ (конфиденциально)
Код пациента: [[R:{hiv}]]   Год рождения: {bdy}   Пол: {p_sex1}
Проба: плазма ЭДТА, ID [[R:{smp}]], взята [[D:{t1}]], доставлена [[D:{t1}]] {tm2}
{test}: <<##>> <<###>> Ед/мл (lg 4,<<##>>); предел обнаружения 40 Ед/мл
Метод: {meth}; {an_pcr}, {rlot}; контроль — в пределах
Предыдущее: [[D:{told}]] — не обнаружено. Рекомендован повтор через 4 недели
Лечащий врач-инфекционист [[P:{d_s}]]; исполнитель [[P:{e_s}]]; [[D:{t3}]]""",
    ),
    (
        1136522,
        "заключение ПЦР-лаборатории о количественной РНК вируса гепатита C",
        """ЗАКЛЮЧЕНИЕ № [[R:{pcr}]] от [[D:{t3}]]
Пациент(ка): [[P:{p}]], [[B:{bd}]]; проживает в [[A:{al}]]
Направление [[R:{dir}]] от [[D:{t1}]] (гепатолог [[P:{d_s}]]); полис ОМС [[O:{enp}]]
Биоматериал: плазма (ЭДТА), штрихкод [[R:{bc}]], {spec}
{test}: <<#>>,<<#>> × 10^<<#>> копий/мл; генотип 1b (отдельный тест)
Метод: {meth} (ПЦР в реальном времени), {an_pcr}; набор {maker}, {rlot}; аналит. чувствительность 15 МЕ/мл
LOINC {loinc}; услуга {nmu}
Врач КЛД [[P:{e_s}]]; вопросы — [[T:{phc1}]]""",
    ),
    (
        1126150,
        "письмо гепатологу из референс-лаборатории о ДНК вируса гепатита B (e-mail)",
        """Кому: [[E:{md}]]
Копия: [[E:{mo}]]
Тема: HBV DNA — [[P:{p_fi}]], [[B:{bd}]] — заявка [[R:{ord}]]
[[D:{t4_w}]]
[[P:{d_io}]], добрый день.
У вашего пациента ([[P:{p_s}]], амб. карта [[R:{amb}]]) {short}: <<#>> <<###>> МЕ/мл (нижний предел количественного определения 10 МЕ/мл). Для сравнения — [[D:{told}]]: <<##>> <<###>> МЕ/мл.
Проба [[R:{smp}]] поступила [[D:{t3}]] в {tm1}; {meth}, {an_pcr}.
HBsAg количественно — в отдельном бланке. Перезвоните, если нужен повтор: [[T:{phc2}]].
[[P:{e_fi}]], лаборатория молекулярной диагностики""",
    ),
    (
        1146265,
        "направление в противотуберкулёзный диспансер на ПЦР мокроты (форма с данными пациента)",
        """НАПРАВЛЕНИЕ НА ИССЛЕДОВАНИЕ МОКРОТЫ (микроскопия, ПЦР, посев) № [[R:{tb}]]
Из {org}; фтизиатр [[P:{d_s}]], [[T:{phc1}]]
Пациент: [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]; контакты [[T:{ph1}]]
Контингент: первичный; A15.0; флюорография [[D:{told}]] — инфильтрат S1–2 справа
Проба 1: [[D:{t1}]] утро, контейнер [[R:{bc}]]; Проба 2: [[D:{t2}]], контейнер [[R:{bc2}]]
Исследования: {test} ({meth}), ФСЛИ {fsli}; GeneXpert MTB/RIF Ultra; посев на Левенштейна-Йенсена
Результат [[D:{t3}]]: ДНК МБТ обнаружена, устойчивость к рифампицину не выявлена; лаб. № [[R:{pcr}]]""",
    ),
    (
        1037969,
        "направление на жидкостную цитологию шейки матки и цитологический протокол",
        """НАПРАВЛЕНИЕ НА ЦИТОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ (скрининг) · № [[R:{dir}]]
Пациентка: [[P:{q}]], [[B:{bdq}]]; ПДМ [[D:{t1}]]; полис [[O:{enp2}]]
Материал: соскоб шейки матки и цервикального канала, флакон ThinPrep PreservCyt [[R:{bc}]]
Взял{d_a} врач [[P:{d_s}]], смотровой кабинет {cab}; [[D:{t1}]]
ЦИТОЛОГИЧЕСКИЙ ПРОТОКОЛ № [[R:{cyto}]] от [[D:{t3}]]
{test}; {an_cyto}; стекло № 1 из 1
Заключение (Bethesda 2014): LSIL; ВПЧ-тест — рекомендован
Врач-цитолог [[P:{e_s}]]; результат выслан на [[E:{m2}]]""",
    ),
    (
        1170729,
        "цитологический протокол тонкоигольной аспирационной биопсии щитовидной железы с номерами стёкол",
        """ЦИТОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ ПУНКТАТА № [[R:{hcase}]]
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]
Дата пункции: [[D:{t2}]]; узел правой доли 1<<#>>×1<<#>> мм (TI-RADS 4); врач УЗД [[P:{d_s}]]
Стёкла: [[R:{sl1}]], [[R:{sl2}]] (окраска по Романовскому); клеточный блок [[R:{blk1}]]
Исследование: {test} ({meth}), ФСЛИ {fsli}
Описание: фолликулярный эпителий с ядерными бороздками, внутриядерные включения
Заключение: Bethesda V — подозрение на папиллярную карциному; D44.0
Архив стёкол: {shelf}; выдано на пересмотр по заявлению пациента [[D:{t4}]]
Врач-цитолог [[P:{e_s}]]; [[D:{t3}]]""",
    ),
    (
        1168525,
        "запрос парафиновых блоков из архива патоморфологии для молекулярного теста",
        """ЗАПРОС БИОПСИЙНОГО МАТЕРИАЛА ИЗ АРХИВА № [[R:{ref}]]
В {org3}, архив; тел. [[T:{phc1}]]; [[E:{mo}]]
Прошу выдать для исследования «{test}» ({nmu}):
  гистологическое исследование № [[R:{hcase}]] от [[D:{told}]]
  блоки: [[R:{blk1}]], [[R:{blk2}]]; стекло H&E [[R:{sl1}]]
Пациент: [[P:{p}]], [[B:{bd}]]; диагноз C18.2 (аденокарцинома, рT3N1)
Доля опухолевых клеток в блоке — не менее 20 %; хранение архива: {shelf}
Получатель: лаборатория молекулярной патологии, [[P:{e_s}]], [[T:{ph2}]]
Передача по акту № {outno}; онколог [[P:{d_s}]]; [[D:{t2}]]""",
    ),
    (
        1131838,
        "выписка из протокола онкоконсилиума с назначением молекулярного теста EGFR",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ОНКОКОНСИЛИУМА № [[R:{acc}]] от [[D:{t1}]]
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; C34.1
Гистология № [[R:{hcase}]]: аденокарцинома лёгкого; блок для теста [[R:{blk1}]]
Решение: {test} ({meth}), ФСЛИ {fsli}; ALK, ROS1 — ИГХ
Направление [[R:{dir}]] в {org2}; срок выполнения — 10 рабочих дней
Результат ([[D:{t4}]], лаб. № [[R:{pcr}]]): c.2303G>T (p.S768I) — обнаружена; делеции 19 экзона — нет
Состав консилиума: [[P:{d_s}]], [[P:{h_s}]], [[P:{e_s}]]; секретарь [[P:{s_s}]]""",
    ),
    (
        1168368,
        "информированное согласие на генетическое тестирование BRCA1 с бланком результата",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА МОЛЕКУЛЯРНО-ГЕНЕТИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:{cons}]]
Я, [[P:{q}]], [[B:{bdq}]], паспорт [[Q:{pas}]], выдан [[D:{pas_d}]],
проживающая [[A:{a1}]], тел. [[T:{ph1}]],
даю согласие на исследование «{test}» ({meth}) образца венозной крови [[R:{bc}]].
Мне разъяснено: результат может касаться родственников; сибс [[P:{k_fi}]] направлен{k_a} отдельно.
Подпись [[P:{q_s}]]; врач-генетик [[P:{d_s}]]; [[D:{t1}]]
БЛАНК РЕЗУЛЬТАТА № [[R:{pcr}]] ([[D:{t4}]]): 4153delA — не обнаружена; 5382insC — не обнаружена; {an_pcr}""",
    ),
    (
        1171610,
        "отчёт о секвенировании полного экзома (сопроводительная часть)",
        """WES REPORT · {org2} · [[A:{ao2}]]
Sample ID: [[R:{seq}]]   Patient: [[P:{p_lat}]]   DOB: [[B:{bd_iso}]]
Referral: [[R:{dir}]] ([[D:{t1}]]), clinical geneticist [[P:{d_s}]]
Test: {test}; ФСЛИ {fsli}; LOINC {loinc}
Platform: {an_seq} ({an_sn}); library kit {rlot}; run <<###>>, flow cell <<%%#####>>
Mean coverage <<###>>×; ≥20× — 9<<#>>,<<#>> %; reference GRCh38
Variant: NM_000492.4(CFTR):c.1521_1523del (p.Phe508del), гетерозигота, патогенный (ACMG PVS1, PM3)
Reviewed by Dr. [[P:{fl1}]] and [[P:{e_s}]]; released [[D:{t5_iso}]]
Семья: мать [[P:{q}]] — для сегрегационного анализа, образец [[R:{seq2}]]""",
    ),
    (
        1171628,
        "согласие участника биобанка на полногеномное секвенирование",
        """СОГЛАСИЕ УЧАСТНИКА БИОБАНКА № [[R:{cons}]]
{org3}; [[A:{ao}]]; [[E:{mo}]]
Участник: [[P:{p}]], [[B:{bd}]]; СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; телефон [[T:{ph1}]]; e-mail [[E:{m1}]]
Идентификатор участника: [[R:{bio_b}]] (кодированный; ключ хранится у [[P:{h_s}]])
Образец: кровь ЭДТА 2 × 4 мл, взята [[D:{t2}]] {tm1}; центрифугирование {cfg}
Цели: {test}; исследования по {iso}; срок хранения 25 лет
Участник вправе отозвать согласие (тел. [[T:{phc1}]]); отзыв — уничтожение образцов
Подпись участника [[P:{p_s}]]; получил{e_a} согласие [[P:{e_s}]]; [[D:{t2}]]""",
    ),
    (
        1168640,
        "реестр аликвот биобанка (выгрузка)",
        """РЕЕСТР АЛИКВОТ · биобанк {org3} · выгрузка [[D:{t4_iso}]]
Участник [[R:{bio_b}]] · [[P:{p_s}]] · [[B:{bd}]]
Аликвота          | тип        | объём | хранение              | позиция
[[R:{alq1}]]      | плазма     | 0,5 мл | {temp_f}, {fridge}    | коробка <<##>>, {pos}
[[R:{alq2}]]      | ДНК        | 50 мкл | {temp_f}, {fridge}    | коробка <<##>>, {pos}
[[R:{alq3}]]      | сыворотка  | 0,5 мл | {temp_f}, {fridge}    | коробка <<##>>, {pos}
ДНК: 2<<#>> нг/мкл, A260/280 1,8<<#>>; выдано для теста «{test}» ({meth}) — заказ [[R:{ord}]]
Криопробирки {tube_lot}; ответственный [[P:{x_s}]]; журнал ведётся по {iso}""",
    ),
    (
        1130673,
        "счёт платной лаборатории пациенту за генетический анализ",
        """СЧЁТ № {invno} от [[D:{t2}]]
Исполнитель: {org2}, ОГРН {ogrn}, [[A:{ao}]], [[T:{phc1}]]
Заказчик (пациент): [[P:{p}]], [[B:{bd}]]; ИНН [[I:{inn}]]; тел. [[T:{ph1}]]
Договор на оказание платных медицинских услуг № [[R:{contract}]]; заказ [[R:{ord}]]
Код    | Услуга                                         | Кол-во | Цена, руб.
<<####>>   | {test} ({nmu})              | 1      | {price}
1001   | Взятие крови из периферической вены            | 1      | 1<<##>>
Итого: <<####>> руб., НДС не облагается
Справка для налогового вычета будет выдана на имя [[P:{p_gen}]] по запросу: [[E:{mo}]]
Кассир [[P:{x_s}]]""",
    ),
    (
        1132190,
        "фармакогенетическое заключение по CYP2C19 для кардиолога",
        """ФАРМАКОГЕНЕТИЧЕСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{pcr}]]
Пациент: [[P:{p}]], возраст {age}, [[B:{bd}]]; полис [[O:{enp}]]; направление [[R:{dir}]] от кардиолога [[P:{d_s}]]
Биоматериал: кровь ЭДТА, проба [[R:{smp}]], взята [[D:{t1}]]
{test} ({meth}): *1/*2 — промежуточный метаболизатор; *17 — не выявлен
Рекомендация (CPIC 2022): клопидогрел — сниженная эффективность; рассмотреть тикагрелор
Исполнитель [[P:{e_s}]]; {an_pcr}; набор {maker}, {rlot}
Копия результата: [[E:{md}]]; пациенту — [[E:{m1}]]; [[D:{t3}]]""",
    ),
]

GENRES20 += [
    (
        1123496,
        "справка о результатах химико-токсикологического исследования (этанол в крови)",
        """СПРАВКА О РЕЗУЛЬТАТАХ ХИМИКО-ТОКСИКОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ № [[R:{xti}]]
ХТЛ {org}, [[A:{ao}]], [[T:{phc1}]]
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]; документ: паспорт [[Q:{pas}]]
Направление на ХТИ № [[R:{xti2}]] от [[D:{t1}]]; акт медицинского освидетельствования № [[R:{acc}]]
Отбор: кровь из вены [[D:{t1}]] в {tm1}, флакон [[R:{bc}]], {seal}
{test}: <<#>>,<<##>> г/л; метод ГХ-ПИД (парофазный), {an_tox}, калибровка [[D:{cal_d}]]
Дата поступления [[D:{t1}]] {tm3}; окончание исследования [[D:{t2}]]
Химик-эксперт [[P:{e_s}]]; заведующ{h_ii} ХТЛ [[P:{h_s}]]""",
    ),
    (
        1171875,
        "направление на ХТИ мочи с цепочкой передачи образца (chain of custody)",
        """НАПРАВЛЕНИЕ НА ХИМИКО-ТОКСИКОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:{xti}]]
Наркологический кабинет {org}; врач [[P:{d_s}]]
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]; основание — медосмотр водителя ТС, ф. 003-В/у
Моча 30 мл, t° 3<<#>> °C, pH <<#>>,<<#>>, креатинин <<#>>,<<#>> ммоль/л; флакон [[R:{bc}]], {seal}
Цепочка передачи:
  [[D:{t1_dm}]] {tm1} отобрал м/с [[P:{s_s}]] → [[D:{t1_dm}]] {tm2} курьер [[P:{m_s}]] ({tk}, {temp_c})
  → [[D:{t2_dm}]] {tm1} принял химик-эксперт [[P:{e_s}]]
Исследование: {test} (ГХ-МС, {an_tox}); иммунохроматографический скрининг опиатов — положительно
Результат: 6-МАМ обнаружен; справка [[R:{xti2}]] от [[D:{t3}]]""",
    ),
    (
        1200823,
        "график терапевтического лекарственного мониторинга такролимуса после трансплантации",
        """ТЕРАПЕВТИЧЕСКИЙ ЛЕКАРСТВЕННЫЙ МОНИТОРИНГ · такролимус · карта [[R:{tdm}]]
Реципиент почки: [[P:{p}]], [[B:{bd}]]; трансплантация [[D:{told}]]; амб. карта [[R:{amb}]]
Целевая C0: 5–8 нг/мл; доза 2 × <<#>> мг
дата            | C0, нг/мл | креатинин | заказ
[[D:{t1_rom}]]       | <<#>>,<<#>>       | 1<<##>>       | [[R:{ord}]]
[[D:{t3_rom}]]       | <<##>>,<<#>>      | 1<<##>>       | [[R:{ord2}]]
[[D:{t5_rom}]]       | <<#>>,<<#>>       | 1<<##>>       | [[R:{ord3}]]
Метод: {test}; цельная кровь ЭДТА, забор строго перед приёмом (C0); {an_imm}, {rlot}
Нефролог [[P:{d_s}]], [[T:{phc1}]]; пациент: [[T:{ph1}]]""",
    ),
    (
        1005701,
        "запрос психиатрического стационара на определение лития и ответ",
        """ЗАПРОС В КДЛ — ОПРЕДЕЛЕНИЕ ЛИТИЯ, [[D:{t2}]]
Отделение № <<#>>, {org}; врач-психиатр [[P:{d_s}]], внутр. тел. {ext}
Пациент: [[P:{p_s}]], [[B:{bd}]]; ИБ [[R:{ib}]]; F31.3
Карбонат лития 900 мг/сут; последний приём [[D:{t1}]] в 21:00; забор через 12 ч ({tm1})
Пробирка без гепарината лития (!), штрихкод [[R:{bc}]]
ОТВЕТ: {test} — 0,<<##>> ммоль/л (<<###>> мкмоль/л); терапевтический диапазон 0,6–1,2 ммоль/л
Ион-селективный электрод, {an_chem}; врач КЛД [[P:{e_s}]], {tm3}""",
    ),
    (
        1195775,
        "бланк аллергопанели IgE с классами сенсибилизации",
        """АЛЛЕРГОЛОГИЧЕСКОЕ ОБСЛЕДОВАНИЕ · заказ [[R:{ord}]]
Пациент: [[P:{c}]], [[B:{bdc}]] (полных лет: {agec}); представитель — [[P:{q}]], [[T:{ph1}]]
Свидетельство о рождении [[C:{bcert}]]; полис [[O:{enp}]]
Аллерген                                              | кЕ/л  | класс
{test}                                                | <<##>>,<<#>>  | 3
Кошка, эпителий (e1)                                  | 0,<<##>>  | 0
Клещ D. pteronyssinus (d1)                            | <<#>>,<<##>>  | 2
Метод: {an_allergy}, {rlot}; ФСЛИ {fsli}; классы 0–6 (0,35 / 0,7 / 3,5 / 17,5 / 50 / 100)
Взято [[D:{t2}]]; выдано [[D:{t4}]]; аллерголог [[P:{d_s}]]""",
    ),
    (
        1170042,
        "протокол исследования антинуклеарных антител для ревматолога",
        """ИССЛЕДОВАНИЕ АУТОАНТИТЕЛ · проба [[R:{smp}]] · [[D:{t3}]]
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]; направил ревматолог [[P:{d_s}]]
{test}: титр 1:<<###>>0 (отрицательно < 1:160); тип свечения — гомогенный (AC-1, ICAP)
Подтверждение: антитела к дсДНК — <<##>> МЕ/мл; ENA-скрин — отрицательно
ИФА, {an_imm}; HEp-2, {rlot}; контроль {qlot}
Интерпретацию выполнил{e_a} [[P:{e_s}]]; копия — [[E:{md}]]""",
    ),
    (
        1170570,
        "иммунограмма с CD4 для врача центра СПИД (по коду)",
        """ИММУНОГРАММА · лаборатория проточной цитометрии
Код пациента [[R:{hiv}]]; возраст {age}; проба [[R:{smp}]]; взята [[D:{t2}]] {tm1}
CD3+ <<####>> кл/мкл; {test}: <<###>> кл/мкл (<<##>> %); CD8+ <<###>>; CD4/CD8 0,<<##>>
{an_flow} ({an_sn}); панель {rlot}; контроль {qlot}
Предыдущее определение [[D:{told}]]: CD4 <<###>> кл/мкл
Лечащий врач [[P:{d_s}]]; исполнитель [[P:{e_s}]]; [[D:{t3}]]""",
    ),
    (
        1200682,
        "направление из КВД на подтверждающий иммуноблот и извещение",
        """НАПРАВЛЕНИЕ НА ПОДТВЕРЖДАЮЩЕЕ ИССЛЕДОВАНИЕ № [[R:{dir}]]
{org}, кожно-венерологическое отделение; врач [[P:{d_s}]], [[T:{phc1}]]
Пациент: [[P:{p}]], [[B:{bd}]]; проживает [[A:{a1}]]; тел. [[T:{ph1}]]
Скрининг [[D:{t1}]]: ИФА суммарные антитела — положительно (КП <<#>>,<<#>>); РМП 1:<<#>>
Исследование: {test} ({meth}); сыворотка [[R:{bc}]]
Результат [[D:{t3}]]: TpN47, TpN17, TpN15 — положительно; заключение: подтверждено
Экстренное извещение № [[R:{ntf}]] направлено в территориальный отдел; половой партнёр [[P:{q_io}]] — приглашен{q_a} на обследование""",
    ),
    (
        1201003,
        "приглашение на скрининг колоректального рака и бланк возврата набора для кала",
        """ПРИГЛАШЕНИЕ НА СКРИНИНГ · {org}
[[P:{p_io}]], ваш возраст — {age}: по программе диспансеризации вам положен анализ кала на скрытую кровь.
Набор выдан [[D:{t1}]]; индивидуальный номер набора [[R:{bc}]]; код заявки [[R:{ord}]]
Сдать контейнер до [[D:{t3}]] в кабинет {cab} или в пункт приёма [[A:{ao}]]; хранить {temp_c}
Вопросы: [[T:{ph800}]]
— — — — — (отрывной корешок)
Ф.И.О. [[P:{p}]]   д.р. [[B:{bd}]]   полис [[O:{enp}]]   СНИЛС [[S:{sn}]]
Дата сбора кала: [[D:{t2}]]; телефон [[T:{ph1}]]
Тест: {test} ({meth}), порог 100 нг/мл""",
    ),
    (
        1164060,
        "регистрационный лист приёма проб кала на кальпротектин (детская гастроэнтерология)",
        """ПРИЁМ ПРОБ · кальпротектин · [[D:{t2}]]
№ | пациент            | д.р.              | контейнер        | направление   | представитель
1 | [[P:{c_s}]]        | [[B:{bdc}]]       | [[R:{bc}]]       | [[R:{dir}]]   | [[P:{q_s}]], [[T:{ph1}]]
  (св-во о рождении [[C:{bcert}]], полис [[O:{enp}]])
2 | [[P:{k_s}]]        | [[B:{bdk}]]       | [[R:{bc2}]]      | [[R:{dir2}]]  | —
Требования: 1–5 г кала, доставка ≤ 24 ч при {temp_c}; экстракция 1:50
Метод: {test} ({meth}); {an_imm}; {rlot}
Результат [[P:{c_gen}]]: <<###>> мкг/г (< 50); передан гастроэнтерологу [[P:{d_s}]]
Принял лаборант [[P:{x_s}]]""",
    ),
    (
        1200559,
        "список класса на обследование IGRA (школа) с согласиями родителей",
        """СПИСОК ОБУЧАЮЩИХСЯ НА ОБСЛЕДОВАНИЕ (тест IGRA) · МБОУ «СОШ № <<##>>» · [[D:{t1}]]
№ | ФИО ребёнка        | д.р.             | законный представитель       | согласие   | пробирка
1 | [[P:{c}]]          | [[B:{bdc}]]      | [[P:{q}]], [[T:{ph1}]]       | да         | [[R:{bc}]]
   св-во о рождении [[C:{bcert}]]; СНИЛС ребёнка [[S:{sn}]]
2 | [[P:{k}]]          | [[B:{bdc2}]] | [[P:{u_s}]], [[T:{ph2}]] | отказ | —
Тест: {test}, QuantiFERON-TB Gold Plus, 4 пробирки; инкубация 16–24 ч, +37 °C
Результат [[P:{c_gen}]] ([[D:{t3}]]): TB1-Nil 0,<<##>> МЕ/мл — отрицательно; лаб. № [[R:{smp}]]
Медсестра школы [[P:{s_s}]]; фтизиатр [[P:{d_s}]]""",
    ),
    (
        1015759,
        "жалоба пациента на утерянную пробу и ответ лаборатории",
        """В {org2} от [[P:{p_gen}]], [[B:{bd}]], тел. [[T:{ph1}]], [[E:{m1}]]
ЖАЛОБА
[[D:{t1}]] в {tm1} я сдал{p_a} кровь на ПСА общий и свободный в пункте [[A:{ao}]], заказ [[R:{ord}]], оплачено по договору [[R:{contract}]]. Прошло 7 дней, результата нет; оператор [[P:{x_fi}]] сообщил{x_a}, что пробирка потеряна.
Прошу вернуть деньги или выполнить анализ бесплатно.
— — —
ОТВЕТ на обращение [[R:{compl}]] от [[D:{t4}]]
Проба [[R:{bc}]] не поступила в КДЛ: курьерский лист от [[D:{t1}]] — 14 проб, принято 13 (расхождение зафиксировано в {tm4}, термоконтейнер {tk}).
Повторный забор бесплатно, новый заказ [[R:{ord2}]]; {test}, {an_imm}. Результат ([[D:{t5}]]): <<#>>,<<##>> нг/мл, доля свободного 1<<#>> %.
Руководитель службы качества [[P:{h_s}]], [[T:{phc1}]]""",
    ),
    (
        1014778,
        "распознанная запись звонка в колл-центр лаборатории (тест на беременность по моче)",
        """Транскрипт звонка · входящий · [[D:{t2}]] {tms1} · линия [[T:{ph800}]]
оператор: лаборатория здравствуйте меня зовут [[P:{x_first}]] слушаю вас
абонент: здравствуйте это [[P:{q_low}]] я сдавала мочу на хгч не вижу результат
оператор: продиктуйте номер заказа
абонент: [[R:{ord_said}]]
оператор: дата рождения
абонент: [[B:{bdq_spk}]]
оператор: вижу заказ от [[D:{t1_wd}]] исследование {short} результат готов ушёл на почту [[E:{m2}]]
абонент: почта старая запишите телефон [[T:{ph_said}]]
итог: контакт обновлён; [[P:{q_s}]]; {test}, {unit}; оператор № {small}""",
    ),
    (
        1149889,
        "тест-бланк неонатального скрининга (сухое пятно крови) и повторный вызов",
        """ТЕСТ-БЛАНК НЕОНАТАЛЬНОГО СКРИНИНГА № [[R:{newb}]]
Роддом: {org}; взятие [[D:{t1}]] {tm1} (на <<#>>-е сутки), м/с [[P:{s_s}]]
Мать: [[P:{q}]], [[B:{bdq}]]; тел. [[T:{ph1}]]; адрес: [[A:{a1}]]
Ребёнок: [[P:{q_sur}]] (девочка), родилась [[B:{tnb}]], масса 3<<###>> г; доношенная
Результат МГК ([[D:{t3}]]): {test} — <<###>> мкмоль/л (отсечка 120), {an_tox}
Требуется повторный тест-бланк: вызов через участкового педиатра [[P:{d_s}]] ([[T:{phc1}]]); повторный бланк № [[R:{newb2}]]
Медико-генетический центр: [[E:{mo}]]""",
    ),
    (
        1007640,
        "расчёт риска хромосомных аномалий (пренатальный скрининг I триместра)",
        """ПРЕНАТАЛЬНЫЙ СКРИНИНГ I ТРИМЕСТРА · Astraia · отчёт [[D:{t3}]]
Пациентка: [[P:{q}]], [[B:{bdq}]] (возраст {ageq}); обменная карта [[R:{amb}]]; ID скрининга [[R:{acc}]]
Дата УЗИ [[D:{t2}]]: КТР <<##>>,<<#>> мм, ТВП 1,<<#>> мм; срок {gest} нед.
Кровь взята [[D:{t2}]], проба [[R:{smp}]]
{short}: <<#>>,<<##>> МЕ/л (0,<<##>> MoM); св. β-ХГЧ <<##>>,<<#>> нг/мл (1,<<##>> MoM); {an_imm}
Риск трисомии 21: 1:<<####>> (низкий); трисомии 18/13: 1:<<#####>>
Врач УЗД [[P:{d_s}]]; врач КЛД [[P:{e_s}]]; ответ отправлен на [[E:{m2}]]""",
    ),
    (
        1196526,
        "кассовый счёт-квитанция платной лаборатории за анализ витамина D",
        """КВИТАНЦИЯ-СЧЁТ № {invno} · {org2} · [[A:{ao}]] · [[T:{phc1}]]
[[D:{t2}]] {tm2} · кассир [[P:{x_sp}]]
Пациент: [[P:{p}]], [[B:{bd}]]; ИНН [[I:{inn}]] (для справки об оплате медуслуг в ФНС); заказ [[R:{ord}]]; дисконтная карта [[R:{dms}]]
Позиция                                    | Сумма
{test}                                     | {price}
Взятие венозной крови                      | 2<<##>>
Скидка 10 %                                | −<<##>>
ИТОГО К ОПЛАТЕ                              | <<####>>
Оплата картой ****<<####>>; чек ФД <<######>>
Результат будет отправлен SMS на [[T:{ph_sms}]]; код для сайта [[R:{portal}]]""",
    ),
    (
        1006667,
        "распечатка газоанализатора крови у постели больного",
        """{an_gas} · {an_sn} · Patient report
Patient ID: [[R:{mrn}]]   Name: [[P:{p_LAT}]]   DOB: [[B:{bd_mon}]]
Sample: arterial, syringe · Sample # [[R:{smp}]] · [[D:{t2_mon}]] {tms2}
Operator: [[P:{s_lat}]]   FiO2 4<<#>> %   T 37,0 °C
pH 7,3<<#>>   pCO2 4<<#>> mmHg   pO2 7<<#>> mmHg
{short}: <<#>>,<<#>> mmol/L (0,5–1,6)   Glu <<#>>,<<#>>   K+ 4,<<#>>   Na+ 13<<#>>
cHCO3 2<<#>>,<<#>>   BE −<<#>>,<<#>>   sO2 9<<#>> %
QC: Level 2 passed {tms1}; cartridge {rlot}
Врач ОРИТ [[P:{d_s}]] ознакомлен{d_a}; ИБ [[R:{ib}]]""",
    ),
    (
        1005628,
        "отчёт об участии в межлабораторных сличениях (внешняя оценка качества)",
        """ВНЕШНЯЯ ОЦЕНКА КАЧЕСТВА · программа «Биохимия-1» · цикл <<#>>/2026
Лаборатория: {org}, код участника <<####>>; [[A:{ao}]]; ответственный [[P:{h_s}]], [[T:{phc1}]], [[E:{mo}]]
Контрольные образцы: серия <<###>>-<<##>>, образцы 1 и 2 (лиофилизат), получены [[D:{t1}]]
Аналит: {test} (ФСЛИ {fsli}), ммоль/л; {an_chem}, ИСЭ непрямой
Образец | результат | целевое | SDI
1       | 14<<#>>       | 14<<#>>     | 0,<<#>>
2       | 12<<#>>       | 12<<#>>     | −1,<<#>>
Оценка: удовлетворительно (|SDI| < 2); критерии {iso}
Отчёт подписал{h_a} [[P:{h_s}]]; дата отчёта [[D:{t3}]]""",
    ),
    (
        1009463,
        "журнал входного контроля новой серии реагента",
        """ЖУРНАЛ ВХОДНОГО КОНТРОЛЯ РЕАГЕНТОВ · КДЛ {org}
[[D:{t2}]]: реагент «{short}» (CHOD-PAP), {maker}, {rlot} (старая серия {rlot2}); {cat}; годен до {exp_m}
Калибратор: {clot}; контроли: {qlot}
Сравнение на пробах пациентов (n = 20): смещение −<<#>>,<<#>> % (допустимо ≤ 4,1 %)
Пробы, использованные для сравнения: [[R:{smp}]], [[R:{smp2}]] и др. (пациенты [[P:{p_s}]], [[P:{n_s}]])
Хранение {temp_c}, {shelf}; {an_chem}, {an_sn}
Решение: серия допущена с [[D:{t3}]]. Врач КЛД [[P:{e_s}]]; заведующ{h_ii} [[P:{h_s}]]""",
    ),
    (
        1018910,
        "экстренное извещение о случае малярии по результату толстой капли",
        """ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (ф. 058/у) № [[R:{ntf}]]
Диагноз: малярия тропическая (B50.9), подтверждена лабораторно [[D:{t2}]]
Больной: [[P:{p}]], [[B:{bd}]]; гражданство — РФ; паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Прибыл из Республики Гана [[D:{t1}]] (рейс SU 571); работает вахтой
Лаборатория: {test} ({meth}) — Plasmodium falciparum, паразитемия <<#>>,<<#>> %; лаб. № [[R:{micro}]]
Госпитализирован в {org}, ИБ [[R:{ib}]]
Сообщил: врач [[P:{d_s}]], {tm3}; принял: [[P:{h_s}]], Роспотребнадзор, [[T:{phc2}]]""",
    ),
    (
        1015684,
        "сообщение HL7 v2 с результатом АФП из ЛИС в МИС",
        """MSH|^~\\&|LIS_KDL|KDL01|MIS|POLY|[[D:{t3_cmp}]]{tmc3}||ORU^R01|MSG<<######>>|P|2.5
PID|1||[[R:{mrn}]]^^^LIS~[[R:{amb}]]^^^AMB||[[P:{p_hl7}]]||[[B:{bd_cmp}]]|{p_sex1}|||[[A:{a1}]]||[[T:{ph_sms}]]|||||[[S:{sn}]]
PV1|1|O|ONKO^{cab}||||[[P:{d_hl7}]]
ORC|RE|[[R:{ord}]]|[[R:{acc}]]
OBR|1|[[R:{ord}]]|[[R:{acc}]]|{fsli}^{short}^ФСЛИ|||[[D:{t2_cmp}]]{tmc1}
OBX|1|NM|{loinc}^AFP^LN||<<#>>,<<#>>|нг/мл|0-7,0|N|||F|||[[D:{t3_cmp}]]{tmc2}
NTE|1||{test}; {an_imm}; {rlot}""",
    ),
    (
        1011733,
        "лист пероральной глюкозотолерантного теста с инсулином (таймированные пробирки)",
        """ПГТТ С ИНСУЛИНОМ · процедурный кабинет {cab} · [[D:{t2}]]
Пациентка: [[P:{q}]], [[B:{bdq}]], рост {ht}, вес {wt}; заказ [[R:{ord}]]
Глюкоза 75 г — выпита в {tm1}
Точка | время | пробирка          | глюкоза, ммоль/л | инсулин, пмоль/л
0     | {tm1} | [[R:{bc}]]        | <<#>>,<<#>>              | <<##>>
60    | {tm3} | [[R:{bc2}]]       | <<#>>,<<#>>              | <<###>>
120   | {tm5} | [[R:{bc3}]]       | <<#>>,<<#>>              | <<###>>
Показатель: {test}; HOMA-IR <<#>>,<<#>>; {an_imm}
М/с [[P:{s_s}]]; эндокринолог [[P:{d_s}]]""",
    ),
    (
        1149855,
        "заключение для медицинской комиссии по углеводдефицитному трансферрину",
        """ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ ИССЛЕДОВАНИЯ № [[R:{xti}]]
Для врачебной комиссии по медосвидетельствованию (водительская комиссия)
Обследуемый: [[P:{p}]], [[B:{bd}]]; паспорт [[Q:{pas}]], выдан [[D:{pas_d}]]; СНИЛС [[S:{sn}]]
Медицинская карта [[R:{amb}]]; направление [[R:{dir}]] от [[D:{t1}]]
{test} (%CDT, ВЭЖХ): <<#>>,<<#>> % (норма < 1,7 %); проба [[R:{smp}]], взята [[D:{t2}]] {tm1}
Аналитик [[P:{e_s}]]; заведующ{h_ii} [[P:{h_s}]]; [[D:{t3}]]""",
    ),
    (
        1136738,
        "отчёт лаборатории о вспышке гриппа в интернате (список обследованных)",
        """ОТЧЁТ О ЛАБОРАТОРНОМ ОБСЛЕДОВАНИИ В ОЧАГЕ · интернат для престарелых, [[A:{ao2}]]
Период [[D:{t1}]] — [[D:{t3}]]; мазки из носо- и ротоглотки, транспортная среда
№ | ФИО                | д.р.         | проба         | {short}
1 | [[P:{p_s}]]        | [[B:{bd}]]   | [[R:{pcr}]]   | обнаружена, Ct 2<<#>>
2 | [[P:{n_s}]]        | [[B:{bdn}]]  | [[R:{pcr2}]]  | обнаружена, Ct 3<<#>>
3 | [[P:{k_s}]]        | [[B:{bdk}]]  | [[R:{pcr3}]]  | не обнаружена
Метод: {test}; {an_pcr}; набор {maker}, {rlot}
Отчёт направлен эпидемиологу [[P:{h_s}]] ([[E:{mo}]]); лаборант [[P:{x_s}]]""",
    ),
    (
        1191642,
        "акт медицинского освидетельствования на состояние опьянения (раздел лабораторных данных)",
        """АКТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ НА СОСТОЯНИЕ ОПЬЯНЕНИЯ № [[R:{acc}]]
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]; водительское удостоверение [[R:{vu}]]
Доставлен сотрудником ДПС [[P:{u_s_ins}]]; протокол о направлении [[R:{xti2}]]
Проживает: [[A:{a1}]]
Отбор крови: [[D:{t1}]] {tm2}; флакон [[R:{bc}]], {seal}; направление на ХТИ [[R:{xti}]]
Результат ХТИ ([[D:{t2}]]): {test} — <<#>>,<<#>> нг/мл (ТГК-COOH, ГХ-МС, {an_tox})
Заключение: установлено состояние опьянения; врач [[P:{d_s}]]""",
    ),
    (
        1013614,
        "запрос на дозабор материала для тиреоглобулина после тиреоидэктомии",
        """ЗАПРОС НА ДОЗАБОР · КДЛ → эндокринологическое отделение, [[D:{t2}]] {tm2}
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], полис [[O:{enp}]]; после тиреоидэктомии (C73)
Заказ [[R:{ord}]], проба [[R:{bc}]]: {short} — не выполнен: нужна параллельно проба на АТ-ТГ
Прошу дозабор: сыворотка 1 пробирка, новый штрихкод [[R:{bc2}]]
{test}; {an_imm}; функциональная чувствительность 0,1 нг/мл
Ответственный лаборант [[P:{x_s}]], [[T:{phc1}]]; лечащий врач [[P:{d_s}]]""",
    ),
    (
        1001536,
        "вопрос пациентки в лабораторию по электронной почте и ответ (антифосфолипидные антитела)",
        """От: [[P:{q}]] <[[E:{m2}]]>
Кому: [[E:{mo}]]
Дата: [[D:{t3_w}]] {tm1}
Здравствуйте! Я сдавала кровь на антитела к кардиолипину [[D:{t1_wd}]], заказ [[R:{ord}]]. Результат <<##>> — это плохо? Планирую беременность, у меня был выкидыш. Мой телефон [[T:{ph1}]].
—
Ответ [[D:{t4}]]: [[P:{q_io}]], результат ({test}) — <<##>> GPL-ед/мл при норме < 12. Интерпретирует лечащий врач; повторите через 12 недель (заказ можно оформить по коду [[R:{portal}]]). Консультация гематолога — [[T:{phc1}]].
Врач КЛД [[P:{e_s}]]""",
    ),
    (
        1010123,
        "переписка педиатра и лаборатории в мессенджере об АСЛ-О у ребёнка",
        """Чат «КДЛ — педиатры» · [[D:{t2_dm}]]
[{tm1}] [[P:{d_fi}]]: коллеги, у [[P:{c_gen}]] ([[B:{bdc}]]) АСЛ-О взяли вчера, заказ [[R:{ord}]]. Есть результат?
[{tm2}] КДЛ ([[P:{e_first}]]): {test} — <<###>> МЕ/мл (до 200), турбидиметрия, {an_chem}
[{tm3}] [[P:{d_fi}]]: спасибо! Мама ([[P:{q_io}]]) просит на почту [[E:{m2}]]
[{tm4}] КДЛ: отправили, пробирка [[R:{bc}]] в архиве сыворотки до [[D:{t5}]] ({shelf})
[{tm5}] [[P:{d_fi}]]: ок, повтор через 2 недели""",
    ),
    (
        1197573,
        "контейнер и инструкция для антигена Helicobacter pylori в кале (выдача в аптеке-пункте)",
        """ВЫДАЧА КОНТЕЙНЕРА — пункт приёма [[A:{ao}]]
Клиент: [[P:{p_s}]], моб. [[T:{ph1}]]; заказ [[R:{ord}]]; контейнер с ложечкой [[R:{bc}]]
Не принимать ИПП за 2 недели и антибиотики за 4 недели; кал без примеси мочи; доставить в течение 24 ч ({temp_c})
Исследование: {test} (ФСЛИ {fsli}, LOINC {loinc}); иммунохроматография
Приём контейнера: [[D:{t2}]] {tm3}, администратор [[P:{x_s}]]
Результат: отрицательно; SMS на [[T:{ph_sms}]] [[D:{t3}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ФСЛИ (1.2.643.5.1.13.13.11.1080 v3.50): ID -> (FULLNAME, SHORTNAME, LOINC, SPECIMEN,
# METHODTYPE, UNIT, NMU, GROUP), copied from the directory's rows
TESTS20: dict[int, tuple[str, str, str, str, str, str, str, str]] = {
    1013838: (
        "Тиреотропный гормон, концентрация в условных единицах в сыворотке или плазме крови",
        "Тиреотропный гормон (ТТГ)",
        "3016-3",
        "Сыворотка крови; Плазма крови; Кровь сухая капля",
        "",
        "мМЕ/л; мкМЕ/мл",
        "A09.05.065",
        "Биохимические исследования",
    ),
    1003870: (
        "Глюкоза, молярная концентрация в сыворотке или плазме крови",
        "Глюкоза",
        "14749-6",
        "Сыворотка крови; Плазма крови",
        "",
        "ммоль/л",
        "A09.05.023.002; A12.15.001",
        "Биохимические исследования",
    ),
    1017979: (
        "Лейкоциты, количество в крови методом автоматизированного подсчёта",
        "Лейкоциты",
        "6690-2",
        "Кровь венозная; Кровь капиллярная",
        "Автоматизированный подсчет",
        "10^9/л",
        "A12.05.119",
        "Гематологические исследования",
    ),
    1006477: (
        "Креатинин, молярная концентрация в сыворотке или плазме крови",
        "Креатинин",
        "14682-9",
        "Сыворотка крови; Плазма крови",
        "",
        "мкмоль/л",
        "A09.05.020",
        "Биохимические исследования",
    ),
    1009034: (
        "Ферритин, массовая концентрация в сыворотке или плазме крови",
        "Ферритин",
        "2276-4",
        "Сыворотка крови; Плазма крови",
        "",
        "нг/мл",
        "A09.05.076",
        "Биохимические исследования",
    ),
    1003599: (
        "Аланинаминотрансфераза, каталитическая концентрация в сыворотке или плазме крови",
        "Аланинаминотрансфераза (АлАТ)",
        "1742-6",
        "Сыворотка крови; Плазма крови",
        "",
        "кЕд/л; МЕ/л; Ед/л",
        "A09.05.042",
        "Биохимические исследования",
    ),
    1000074: (
        "Международное нормализованное отношение в бедной тромбоцитами плазме",
        "МНО",
        "6301-6",
        "Плазма крови бедная тромбоцитами",
        "Клоттинговый метод",
        "безразм. ед.",
        "A12.30.014",
        "Коагулогические исследования",
    ),
    1001171: (
        "D-димер, массовая концентрация в бедной тромбоцитами плазме в "
        "фибриноген-эквивалентных единицах иммунологическим методом",
        "D-димер в фибриноген-эквивалентных единицах",
        "48067-3",
        "Плазма крови бедная тромбоцитами",
        "Иммунологический",
        "нг/мл; мкг/мл; мкг/л; мг/л",
        "A09.05.051.001",
        "Коагулогические исследования",
    ),
    1008549: (
        "Тропонин I сердечный, массовая концентрация в крови",
        "Тропонин I сердечный",
        "42757-5",
        "Кровь венозная",
        "",
        "нг/мл",
        "A09.05.193",
        "Биохимические исследования",
    ),
    1012632: (
        "Прокальцитонин, массовая концентрация в сыворотке или плазме крови",
        "Прокальцитонин",
        "33959-8",
        "Сыворотка крови; Плазма крови",
        "",
        "нг/мл",
        "A09.05.209",
        "Биохимические исследования",
    ),
    1166966: (
        "Натрийуретический пептид В-типа, массовая концентрация в сыворотке или плазме крови",
        "Натрийуретический пептид В-типа (BNP)",
        "42637-9",
        "Сыворотка крови; Плазма крови",
        "",
        "пг/мл",
        "",
        "Биохимические исследования",
    ),
    1009505: (
        "Холестерин липопротеинов низкой плотности, молярная концентрация в сыворотке или "
        "плазме крови расчетным методом",
        "Холестерин липопротеинов низкой плотности (ХС-ЛПНП)",
        "39469-2",
        "Сыворотка крови; Плазма крови",
        "Расчетный метод",
        "ммоль/л",
        "A09.05.028",
        "Биохимические исследования",
    ),
    1003847: (
        "Гемоглобин гликированный, фракция общего гемоглобина в крови",
        "Доля гликированного гемоглобина (HbA1c) от гемоглобина общего",
        "4548-4",
        "Кровь венозная",
        "",
        "%",
        "A09.05.083; A12.05.012.003",
        "Биохимические исследования",
    ),
    1017854: (
        "Скорость оседания эритроцитов по Вестергрену",
        "СОЭ по Вестергрену",
        "4537-7",
        "Кровь венозная",
        "Метод седиментации по Вестергрену",
        "мм/ч",
        "A12.05.001",
        "Гематологические исследования",
    ),
    1005495: (
        "Калий, молярная концентрация в сыворотке или плазме крови",
        "Калий (К)",
        "2823-3",
        "Сыворотка крови; Плазма крови",
        "",
        "ммоль/л",
        "A09.05.031",
        "Биохимические исследования",
    ),
    1000140: (
        "Фибриноген по Клауссу в бедной тромбоцитами плазме",
        "Фибриноген по Клауссу",
        "3255-7",
        "Плазма крови бедная тромбоцитами",
        "Клоттинговый метод по Клауссу",
        "г/л",
        "A09.05.050",
        "Коагулогические исследования",
    ),
    1000017: (
        "Активированное частичное тромбопластиновое время в бедной тромбоцитами плазме",
        "АЧТВ",
        "14979-9",
        "Плазма крови бедная тромбоцитами",
        "Клоттинговый метод",
        "с",
        "A12.05.039",
        "Коагулогические исследования",
    ),
    1038611: (
        "Группа крови AB0 первичное определение",
        "Группа крови AB0 первичное определение",
        "883-9",
        "Кровь венозная",
        "Любой метод первичного определения",
        "",
        "A12.05.005",
        "Иммунологические исследования",
    ),
    1038645: (
        "Резус принадлежность эритроцитов по антигену D подтверждающим методом",
        "Резус-D-принадлежность",
        "34961-3",
        "Кровь венозная",
        "Любой подтверждающий иммунологический метод",
        "",
        "A12.05.006",
        "Иммунологические исследования",
    ),
    1038678: (
        "Неполные антиэритроцитарные антитела, обнаружение в сыворотке или плазме крови с "
        "помощью непрямого антиглобулинового теста с полиспецифическим реагентом",
        "Непрямая проба Кумбса",
        "1008-2",
        "Кровь венозная; Сыворотка крови",
        "Антиглобулиновый тест",
        "",
        "A12.05.008",
        "Иммунологические исследования",
    ),
    1038660: (
        "Неполные антиэритроцитарные антитела, обнаружение в сыворотке или плазме крови с "
        "помощью прямого антиглобулинового теста с полиспецифическим реагентом",
        "Прямая проба Кумбса",
        "1007-4",
        "Кровь венозная; Сыворотка крови",
        "Антиглобулиновый тест",
        "",
        "A12.06.043; A12.05.009",
        "Иммунологические исследования",
    ),
    1192897: (
        "Антиэритроцитарные антитела к IgG, обнаружение в сыворотке крови",
        "Антиэритроцитарные антитела к IgG",
        "55776-9",
        "Эритроциты",
        "",
        "",
        "",
        "Иммунологические исследования",
    ),
    1192236: (
        "Гемоглобин, массовая концентрация в венозной крови",
        "Гемоглобин",
        "30350-3",
        "Кровь венозная",
        "Химический",
        "г/л; г/дл",
        "A09.05.003",
        "Гематологические исследования",
    ),
    1132893: (
        "Бактериальный микроорганизм, обнаружение в крови культуральным методом",
        "Выявленная бактерия",
        "600-7",
        "Кровь венозная",
        "Культуральное исследование",
        "",
        "A26.05.001",
        "Микробиологические исследования",
    ),
    1196575: (
        "Бактериальный микроорганизм, идентификация в моче культуральным методом",
        "Выявленная бактерия",
        "0",
        "Моча",
        "Культуральное исследование",
        "",
        "",
        "Микробиологические исследования",
    ),
    1056886: (
        "Ципрофлоксацин, чувствительность выделенной культуры градиентно-диффузионным методом",
        "Ципрофлоксацин",
        "7002-9",
        "Культура микроорганизмов",
        "Градиентно-диффузионный метод",
        "мг/л",
        "A26.30.004",
        "Чувствительность к антимикробным и дезинфицирующим препаратам",
    ),
    1194109: (
        "Меропенем / Ваборбактам, чувствительность выделенной культуры диско-диффузионным методом",
        "Меропенем / Ваборбактам",
        "101222-8",
        "Культура микроорганизмов",
        "Диско-диффузионный метод",
        "",
        "A26.30.004; A26.30.004.001",
        "Чувствительность к антимикробным и дезинфицирующим препаратам",
    ),
    1201557: (
        "Ген резистентности к метициллину mecC, обнаружение в выделенной культуре методом "
        "амплификации нуклеиновых кислот",
        "Ген резистентности к метициллину mecC",
        "86621-0",
        "Культура микроорганизмов",
        "Метод амплификации нуклеиновых кислот",
        "",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1201508: (
        "Гены карбапенемаз группы CTX-M-9, обнаружение в бактериальной культуре методом "
        "амплификации нуклеиновых кислот",
        "Гены карбапенемаз группы CTX-M-9",
        "0",
        "Культура микроорганизмов",
        "Метод амплификации нуклеиновых кислот",
        "",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1200732: (
        "Антитела IgA к SARS-CoV-2, концентрация в условных единицах в сыворотке или плазме крови",
        "Антитела IgA к SARS-CoV- 2",
        "94720-0",
        "Сыворотка крови; Плазма крови",
        "Иммуноферментный анализ",
        "Ед/мл",
        "",
        "Иммунологические исследования",
    ),
    1136720: (
        "HIV 1 РНК, количественное определение в условных единицах в плазме крови методом "
        "амплификации сигнала",
        "ВИЧ 1 РНК",
        "23876-6",
        "Плазма крови",
        "Метод амплификации сигнала",
        "Ед/мл",
        "A26.05.021.001",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1136522: (
        "Hepatitis C virus РНК, количество в объеме в сыворотке или плазме крови методом "
        "амплификации нуклеиновых кислот",
        "Hepatitis C virus РНК",
        "20416-4",
        "Сыворотка крови; Плазма крови",
        "Метод амплификации нуклеиновых кислот",
        "копий/мл",
        "A26.05.019.002",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1126150: (
        "Hepatitis B virus ДНК, количественное определение в условных единицах в сыворотке "
        "или плазме крови методом амплификации нуклеиновых кислот",
        "Вирус гепатита B ДНК",
        "42595-9",
        "Сыворотка крови; Плазма крови",
        "Метод амплификации нуклеиновых кислот",
        "МЕ/мл",
        "A26.05.020.002",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1146265: (
        "Mycobacterium tuberculosis complex ДНК, обнаружение в мокроте методом "
        "амплификации нуклеиновых кислот",
        "Mycobacterium tuberculosis complex ДНК",
        "0",
        "Мокрота",
        "Метод амплификации нуклеиновых кислот",
        "",
        "A26.09.080.001; A26.09.002.001; A26.09.002.002",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1037969: (
        "Цитологический состав соскобов шейки матки и цервикального канала методом "
        "жидкостной цитологии",
        "Цитологический состав соскобов шейки матки и цервикального канала методом "
        "жидкостной цитологии",
        "18500-9",
        "Соскоб шейки матки и цервикального канала",
        "Метод жидкостной цитологии",
        "",
        "A08.20.017.001; A08.20.017.002",
        "Цитологические исследования",
    ),
    1170729: (
        "Цитологический состав пунктата, мазка-отпечатка с биопсийного и операционного "
        "материала в любой пробе",
        "Цитологический состав пунктата, мазка-отпечатка с биопсийного и операционного материала",
        "0",
        "Любой образец, кроме уточненных отдельными показателями",
        "Цитологическое исследование",
        "",
        "A08.30.018",
        "Цитологические исследования",
    ),
    1168525: (
        "Мутация c.34G>T (G12C) в гене KRAS, обнаружение в образце биопсийного и "
        "аутопсийного материала молекулярно-генетическим методом",
        "Мутация c.34G>T (G12C) гена KRAS",
        "0",
        "Парафиновые блоки образцов биопсийного и аутопсийного материала",
        "Молекулярно-генетический метод",
        "",
        "A27.30.006",
        "Молекулярно-генетические исследования",
    ),
    1131838: (
        "Мутация c.2303G>T в гене EGFR, обнаружение в крови или образце тканей "
        "молекулярно-генетическим методом",
        "Мутация c.2303G>T гена EGFR",
        "55768-6",
        "Кровь венозная; Ткань не уточненная",
        "Молекулярно-генетический метод",
        "",
        "A27.05.062; A27.30.016",
        "Молекулярно-генетические исследования",
    ),
    1168368: (
        "Мутация 4153delA в гене BRCA1, обнаружение в крови или образце тканей "
        "молекулярно-генетическим методом",
        "Мутация 4153delA гена BRCA1",
        "0",
        "Кровь венозная; Ткань не уточненная",
        "Молекулярно-генетический метод",
        "",
        "A27.05.040; A27.30.010",
        "Молекулярно-генетические исследования",
    ),
    1171610: (
        "Анализ последовательности полного экзома человека в крови или ткани путем секвенирования",
        "Анализ последовательности полного экзома человека",
        "86205-2",
        "Кровь венозная",
        "",
        "",
        "",
        "Молекулярно-генетические исследования",
    ),
    1171628: (
        "Анализ последовательности всего генома человека в крови или ткани путем секвенирования",
        "Анализ последовательности всего генома человека",
        "86206-0",
        "Кровь венозная",
        "",
        "",
        "",
        "Молекулярно-генетические исследования",
    ),
    1168640: (
        "Ген HLA-B27, обнаружение в крови или образце тканей молекулярно-генетическим методом",
        "Ген HLA-B27",
        "4821-5",
        "Кровь венозная; Ткань не уточненная",
        "Молекулярно-генетический метод",
        "",
        "",
        "Молекулярно-генетические исследования",
    ),
    1130673: (
        "Полиморфизм 1691G>A гена фактора V свертывания крови F5, обнаружение "
        "молекулярно-генетическим методом",
        "Полиморфизм гена F5 1691G>A",
        "21668-9",
        "Кровь венозная; Ткань не уточненная",
        "Молекулярно-генетический метод",
        "",
        "A27.05.018",
        "Молекулярно-генетические исследования",
    ),
    1132190: (
        "Мутации в гене CYP2C19, идентификация в крови молекулярно-генетическим методом",
        "Мутации гена CYP2C19",
        "66489-6",
        "Кровь венозная",
        "Молекулярно-генетический метод",
        "",
        "",
        "Молекулярно-генетические исследования",
    ),
    1123496: (
        "Этанол, массовая концентрация в крови подтверждающим методом",
        "Этанол, подтверждающим методом",
        "0",
        "Кровь венозная",
        "Подтверждающий",
        "мкг/мл; мг/мл; нг/мл",
        "A09.05.036.001",
        "Химико-токсикологические исследования",
    ),
    1171875: (
        "6-Моноацетилморфин, обнаружение в моче подтверждающим методом",
        "6-Моноацетилморфин, подтверждающим методом",
        "19322-7",
        "Моча",
        "Подтверждающий",
        "",
        "B01.045.012; B01.070.001",
        "Химико-токсикологические исследования",
    ),
    1200823: (
        "Такролимус, массовая концентрация в крови методом иммуноферментного анализа",
        "Такролимус",
        "74096-9",
        "Кровь венозная",
        "Иммуноферментный анализ",
        "нг/мл",
        "",
        "Терапевтический лекарственный мониторинг",
    ),
    1005701: (
        "Литий, молярная концентрация в сыворотке или плазме крови",
        "Литий (Li)",
        "14334-7",
        "Сыворотка крови; Плазма крови",
        "",
        "мкмоль/л",
        "A09.05.086",
        "Биохимические исследования",
    ),
    1195775: (
        "Антитела IgE к древесным аллергенам смеси: ольха серая, береза серебристая, орех "
        "лесной, дуб, ива, концентрация в условных единицах в сыворотке крови на "
        "мультидиске",
        "Антитела IgE к древесным аллергенам смеси: ольха серая, береза серебристая, орех "
        "лесной, дуб, ива",
        "0",
        "Сыворотка крови",
        "",
        "кЕд/л; кМЕ/л",
        "A09.05.118",
        "Аллергологические исследования",
    ),
    1170042: (
        "Антинуклеарные антитела, титр в сыворотке крови методом иммуноферментного анализа",
        "Антинуклеарные антитела",
        "40655-3",
        "Сыворотка крови",
        "Иммуноферментный анализ",
        "титр",
        "A12.06.010",
        "Аутоиммунная диагностика",
    ),
    1170570: (
        "CD4+ клетки, абсолютное количество в крови",
        "CD4 клетки",
        "0",
        "Кровь венозная",
        "Проточная цитофлуориметрия",
        "1/мкл",
        "A12.06.001.002",
        "Иммунологические исследования",
    ),
    1200682: (
        "Антитела IgG к Treponema pallidum, идентификация в сыворотке крови методом "
        "иммуноблоттинга",
        "Антитела IgG к Treponema pallidum",
        "98221-5",
        "Сыворотка крови",
        "Метод иммуноблоттинга",
        "",
        "",
        "Иммунологические исследования",
    ),
    1201003: (
        "Гемоглобин гастроинтестинальный, обнаружение в кале методом иммуноферментного анализа",
        "Гемоглобин гастроинтестинальный (скрытая кровь)",
        "57803-9",
        "Кал",
        "Иммуноферментный анализ",
        "",
        "",
        "Иммунологические исследования",
    ),
    1164060: (
        "Кальпротектин, массовое содержание в кале",
        "Кальпротектин в кале",
        "38445-3",
        "Кал",
        "Иммуноферментный анализ",
        "мкг/г",
        "A09.19.013; A12.19.004",
        "Биохимические исследования",
    ),
    1200559: (
        "Интерферон гамма к антигену Mycobacterium tuberculosis complex, концентрация в "
        "условных единицах в сыворотке или плазме крови",
        "Интерферон гамма к антигену Mycobacterium tuberculosis complex",
        "0",
        "Сыворотка крови; Плазма крови",
        "Иммуноферментный анализ",
        "МЕ/мл",
        "А 26.06.138",
        "Иммунологические исследования",
    ),
    1015759: (
        "Простатический специфический антиген свободный, массовая концентрация в сыворотке "
        "или плазме крови",
        "Простатический специфический антиген свободный (ПСА св.)",
        "10886-0",
        "Сыворотка крови; Плазма крови",
        "",
        "нг/мл",
        "A09.05.130",
        "Биохимические исследования",
    ),
    1014778: (
        "Хорионический гонадотропин, бета-субъединица, молярная концентрация в моче",
        "Хорионический гонадотропин (бета - ХГЧ)",
        "2114-7",
        "Моча",
        "",
        "ммоль/л",
        "A09.28.029",
        "Биохимические исследования",
    ),
    1149889: (
        "Фенилаланин, молярная концентрация в сухой капле крови",
        "Фенилаланин",
        "29573-3",
        "Кровь сухая капля",
        "Масс-спектрометрия",
        "мкмоль/л",
        "A09.05.088",
        "Биохимические исследования",
    ),
    1007640: (
        "Плазменный протеин А, ассоциированный с беременностью, массовая концентрация в "
        "сыворотке или плазме крови",
        "Плазменный протеин А, ассоциированный с беременностью (PAPP-A)",
        "48407-1",
        "Сыворотка крови; Плазма крови",
        "",
        "нг/мл",
        "A09.05.161",
        "Биохимические исследования",
    ),
    1196526: (
        "25-OH витамин D, массовая концентрация в сыворотке или плазме крови "
        "иммунохемилюминесцентным методом",
        "25-OH витамин D",
        "0",
        "Сыворотка крови; Плазма крови",
        "Иммунохемилюминесцентный",
        "пг/мл; нг/мл",
        "A09.05.235",
        "Биохимические исследования",
    ),
    1006667: (
        "Лактат, молярная концентрация в артериальной крови",
        "Лактат в артериальной крови",
        "2518-9",
        "Кровь артериальная",
        "",
        "ммоль/л",
        "A09.05.207",
        "Биохимические исследования",
    ),
    1005628: (
        "Натрий, молярная концентрация в сыворотке или плазме крови",
        "Натрий (Na)",
        "2951-2",
        "Сыворотка крови; Плазма крови",
        "",
        "ммоль/л",
        "A09.05.030",
        "Биохимические исследования",
    ),
    1009463: (
        "Холестерин, молярная концентрация в сыворотке или плазме крови",
        "Холестерин",
        "14647-2",
        "Сыворотка крови; Плазма крови",
        "",
        "ммоль/л",
        "A09.05.026",
        "Биохимические исследования",
    ),
    1018910: (
        "Малярийные плазмодии, обнаружение методом световой микроскопии в толстой капле крови",
        "Малярийные плазмодии",
        "32206-5",
        "Кровь венозная",
        "Световая микроскопия толстой капли",
        "",
        "A26.05.009",
        "Гематологические исследования",
    ),
    1005370: (
        "Иммуноглобулин G, массовая концентрация в сыворотке или плазме крови",
        "Иммуноглобулин G (IgG )",
        "2465-3",
        "Сыворотка крови; Плазма крови",
        "",
        "г/л",
        "A09.05.054.004",
        "Биохимические исследования",
    ),
    1017375: (
        "Эритроциты, количество в крови методом автоматизированного подсчёта",
        "Эритроциты",
        "789-8",
        "Кровь венозная; Кровь капиллярная",
        "Автоматизированный подсчет",
        "10^12/л",
        "A12.05.118",
        "Гематологические исследования",
    ),
    1015684: (
        "Альфа-фетопротеин, массовая концентрация в сыворотке или плазме крови",
        "Альфа-фетопротеин (АФП)",
        "1834-1",
        "Сыворотка крови; Плазма крови",
        "",
        "нг/мл",
        "",
        "Биохимические исследования",
    ),
    1011733: (
        "Инсулин, молярная концентрация в сыворотке или плазме крови до нагрузки",
        "Инсулин до нагрузки",
        "51427-3",
        "Сыворотка крови; Плазма крови",
        "",
        "пмоль/л",
        "A09.05.056",
        "Биохимические исследования",
    ),
    1149855: (
        "Углеводдефицитный трансферрин по отношению к общему трансферрину в сыворотке или "
        "плазме крови",
        "Углеводдефицитный трансферрин/общий трансферрин",
        "48495-6",
        "Сыворотка крови; Плазма крови",
        "",
        "%",
        "A09.05.008",
        "Биохимические исследования",
    ),
    1136738: (
        "Influenza virus A РНК, количественное определение в условных единицах в любой "
        "пробе методом амплификации нуклеиновых кислот",
        "Influenza virus A РНК",
        "44263-2",
        "Любой образец, кроме уточненных отдельными показателями",
        "Метод амплификации нуклеиновых кислот",
        "Ед/мл",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1191642: (
        "Каннабиноиды, массовая концентрация в крови подтверждающим методом",
        "Каннабиноиды",
        "16243-8",
        "Кровь венозная",
        "Подтверждающий",
        "нг/мл",
        "",
        "Химико-токсикологические исследования",
    ),
    1013614: (
        "Тиреоглобулин, массовая концентрация в сыворотке или плазме крови",
        "Тиреоглобулин (Tg)",
        "3013-0",
        "Сыворотка крови; Плазма крови",
        "",
        "мкг/мл; нг/мл",
        "A09.05.117",
        "Биохимические исследования",
    ),
    1001536: (
        "Антитела IgG к кардиолипину, массовая концентрация в сыворотке или плазме крови",
        "Кардиолипин АТ IgG",
        "8065-5",
        "Сыворотка крови; Плазма крови",
        "Иммунологический",
        "нг/мл",
        "A12.06.029",
        "Коагулогические исследования",
    ),
    1010123: (
        "Антистрептолизин О, концентрация в условных единицах в сыворотке или плазме крови",
        "Антистрептолизин О",
        "5370-2",
        "Сыворотка крови; Плазма крови",
        "",
        "МЕ/мл",
        "A12.06.015",
        "Биохимические исследования",
    ),
    1197573: (
        "Антиген Helicobacter pylori, обнаружение в кале",
        "Антиген Helicobacter pylori",
        "31843-6",
        "Кал",
        "",
        "",
        "A26.19.098",
        "Иммунологические исследования",
    ),
}


# ---------------------------------------------------------------- self-check (verbatim from corpus 19)
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
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


def kind_of(tid: int, genre: str) -> str:
    return f"{TESTS20[tid][0]} (ФСЛИ, 1.2.643.5.1.13.13.11.1080 v3.50, ID {tid}): {genre}"


def source_of(tid: int) -> str:
    full, short, loinc, spec, meth, unit, nmu, group = TESTS20[tid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1080 v3.50 (ФСЛИ. Справочник лабораторных тестов), ID {tid}, "
        f"FULLNAME «{full}», SHORTNAME «{short}», LOINC «{loinc}», SPECIMEN «{spec}», "
        f"METHODTYPE «{meth or '—'}», UNIT «{unit or '—'}», NMU «{nmu or '—'}», GROUP «{group}»"
    )


def extra_of(tid: int) -> dict:
    full, short, loinc, spec, meth, unit, nmu, _group = TESTS20[tid]
    return {
        "test": full,
        "short": short,
        "fsli": str(tid),
        "loinc": loinc if loinc != "0" else "не присвоен",
        "spec": spec.split(";")[0].strip(),
        "meth": (meth or "метод не уточнён").lower(),
        "unit": unit.split(";")[0].strip() or "—",
        "nmu": nmu.split(";")[0].strip() or "без кода НМУ",
    }


TEMPLATES = GENRES20


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    tests = [t[0] for t in TEMPLATES]
    assert len(tests) == len(set(tests)), "one kind per test"
    assert set(tests) == set(TESTS20), "every test listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(t, g) for t, g, _b in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for tid, genre, template in TEMPLATES:
            doc = build(
                render(rng, template, extra_of(tid)),
                kind_of(tid, genre),
                source_of(tid),
                f"blind20_{len(docs):04d}",
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
