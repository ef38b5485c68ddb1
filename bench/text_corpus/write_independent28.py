"""Write ``independent28.jsonl``: the twenty-eighth blind corpus, 2026-12-06 — the paperwork
of drug provision for one patient with a chronic disease.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md`` or any ``bench/results`` file (not
even listed), never ran ``git log``, ``git show`` or ``git blame`` nor read a commit message,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``), the ``ozero``
CLI or any de-identifier on this corpus. Of ``bench/text_deid.py`` only the module docstring
and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half`` were read, to wire
the corpus in, and ``blind_half`` was imported once, to count the halves. Slip, said here so
that nobody takes this corpus for blinder than it is: one ``grep -n`` for the line numbers of
those four definitions in ``bench/text_deid.py`` also matched every other top-level
assignment and ``def`` line, and so printed the names of the module's functions and the
one-line values of ``EXACT_TYPES``, ``OVERLAP_TYPES``, ``EVAL_TYPES`` and ``PERFECT_TYPES``
(lists of entity type names; no threshold, score or recognizer was shown). No template was
written to aim at or around anything seen there. ``write_independent1``–``18`` and
``20``–``27`` were not opened. From ``write_independent19.py`` only the file format, the
labelling rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim from corpus 19**: the declension (``decl_surname``,
``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits
(``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``,
``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the
self-checks ``check`` (with ``SUSPICIOUS``, its checksum helpers and ``VERSION_WORDS19``) and
``check19`` (with ``NEW_DATES19``), ``serialize`` and ``main``. **Written fresh for corpus
28**: the name lists (Russian of the Upper Volga and the North, Udmurt, Komi-Permyak, Mari,
Volga Tatar, Bashkir, Altai, Khakas, Ingrian Finnish, Lithuanian, Latvian, Ossetian,
Azerbaijani, Uzbek, Tajik, Kyrgyz, German, Ukrainian, Polish surnames and first names;
foreigners), the towns, streets and villages of the Upper Volga, the Russian North, the Kama,
the Southern Urals, Western Siberia, the Altai and Khakassia (``addr28`` and friends), phones
(``mob28``, ``city28``, ``sms28``, ``said28``, ``brk28``, ``hot28``), e-mails, passports
(``pas28``), every record number of drug provision (``rec28``: prescription numbers alone and
as one token with their series, narcotic prescriptions, outpatient cards, federal ВЗН
register numbers, orphan-register entries, regional ДЛО register numbers, benefit
certificates, МСЭ справки, ВК protocols, deferred-service registrations, adverse-reaction
notices, home-delivery and pharmacy orders, chat booking codes, complaints, incoming numbers
of the Roszdravnadzor, ИПРА, personnel numbers, case histories, AIDS-centre anonymous codes,
TB cards, transplant-recipient registers), the hard negatives of the field (prescription
series, drug series and batches, expiry and manufacture months, GTIN, EAN-13, «Честный знак»
DataMatrix serials and crypto-tails, SSCC, registration certificates «ЛП-001234», «П
N012345/01», «ЛСР-001234/08», ATC codes, КТРУ and ЕСКЛП codes, pharmacy licences, pharmacy
numbers, doses and package counts «№ 30», ICD-10 codes, prices, receipt numbers, shifts,
ФД, ФП and ЗН ККТ, an organisation's ИНН, КПП and ОГРН, ОГРНИП, bank account and БИК), the
organisations and every template; ``build_all``, ``render`` and ``fillers28`` were written
anew (``shape28`` is corpus 19's ``shape19``: a value of two or more digits never starts
with a zero unless the pattern writes it).

**Kinds from a real source.** Each kind is one row of the federal NSI directory
«Международная статистическая классификация болезней и проблем, связанных со здоровьем
(10-й пересмотр)» (МКБ-10, OID 1.2.643.5.1.13.13.11.1005, **version 2.21**, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.21_part1``–``part8``; ``ID``,
``MKB_CODE``, ``MKB_NAME``, ``REC_CODE`` and ``ID_PARENT`` as its ``_passport`` describes
them; every row chosen has ``ACTUAL`` 1). 72 rows were chosen among chronic diseases and
conditions for which drugs are prescribed and dispensed over years: diabetes, hypertension
and heart failure, atrial fibrillation and the year after a stroke or a PCI, pulmonary
hypertension, asthma, COPD and pulmonary fibrosis, epilepsy, multiple sclerosis,
Parkinson's and Alzheimer's diseases, myasthenia, SMA, HIV, hepatitis B and C,
tuberculosis, cancers and blood cancers, haemophilia, von Willebrand disease, PNH, ITP,
thalassaemia, mucopolysaccharidosis, cystic fibrosis, Wilson's disease, phenylketonuria,
pituitary and adrenal disorders, hypo- and hyperthyroidism, rheumatoid arthritis, lupus,
ankylosing spondylitis, psoriasis, Crohn's disease and colitis, osteoporosis, glaucoma and
macular degeneration, kidney failure on dialysis, kidney and liver transplants, mental and
addictive disorders, chronic pain. Each is written in one genre of the paperwork of drug
provision (preferential prescriptions 148-1/у-04(л) and 107-1/у, psychotropic 148-1/у-88
and narcotic 107/у-НП prescriptions and their registers and ПКУ journals, pharmacy dispensing
registers, deferred-service journals and their SMS notices, adverse-reaction notices,
«Честный знак» (МДЛП) dispensing records and recall call lists, pharmacy complaints and
feedback forms, ВК and commission decisions on off-formulary drugs, federal and regional
registers of patients on ВЗН, 14 ВЗН, orphan and ДЛО programmes, the «Круг добра» fund,
home delivery, pharmacy chats, SMS and chat-bots, letters and calls to the Roszdravnadzor,
powers of attorney, a guardian's application, a tax-deduction certificate, a social
protection claim). The kind is «MKB_NAME (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.21, MKB_CODE,
ID N): GENRE»; the ``source`` names the directory row. One row and one template per kind (no
template is shared). The kinds of corpora 1–27 (the ``kind`` values of ``independent*.jsonl``
present when this was written) were listed by a scratch script only to avoid them, compared
case-insensitively; none of the kinds here is among them (``build_all`` asserts the kinds
are unique).

Emphasis: the numbers drug-provision papers carry about one person — prescription numbers
beside their unlabelled series in every shape («Серия 45-22 № 0012345», «Рецепт 07ПР 123456»
in a register's column, «серия=…; номер=…» in an export, one token «45-22-0012345», broken
across a line, OCR-damaged), SNILS and ENP on preferential prescriptions and registers,
outpatient cards, federal ВЗН and orphan register numbers, regional ДЛО register numbers,
benefit certificates and МСЭ справки beside their unlabelled printed series, ВК protocol
numbers, deferred-service registrations, adverse-reaction notices, orders and booking codes,
complaints and the Roszdravnadzor's incoming numbers; phones and names of patients, their
representatives, guardians, couriers and pharmacists (pharmacists by first name alone in
chats); PRECISION under the hard negatives that look like a person's numbers but are not:
a drug's series and batch, its expiry and manufacture months, GTIN and EAN-13, DataMatrix
serials and crypto-tails, SSCC, registration certificates, ATC, КТРУ and ЕСКЛП codes,
pharmacy licences and numbers, doses and package counts, ICD-10 codes, prices, receipts and
their fiscal numbers; the usual PHI (names in all cases and shapes, dates, birth dates,
addresses, e-mail, SNILS, ENP, INN, passports, birth certificates) at normal density.

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

Judgement calls added for corpus 28 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of drug provision):

* (new) A drug's expiry or manufacture date is not a date of the person, but it is labelled
  by the rules above all the same: written with day, month and year («годен до 27.08.2029»,
  «дата производства 14.03.2025», an expiry already past in a complaint) it is DATE (corpus
  17: every calendar date is); written as a month and a year («годен до 09.2028», «06/2028»,
  «серии не ранее 03.2025») it is not labelled (corpus 17's expiry months).
* (new) A prescription's series stays unlabelled and its number is RECORD_ID whatever the
  series looks like («Серия 45-22 № 0012345», «Серия 07ПР № 123456», «Рецепт 07ПР 123456»
  in a register's column, «серия=07ПР; номер=123456» in an export, a chat-bot's «07ПР
  123456»): corpus 15's rule; a prescription written as one token («45-22-0012345»,
  «07ЛП-123456») is one RECORD_ID span, also broken across a line or OCR-damaged («О12З456»).
  The same for the narcotic form 107/у-НП and the psychotropic form 148-1/у-88, in the
  prescription itself, in the pharmacy's register and in the ПКУ journal; the journal's row
  counter and a row's «строка 7» are not labelled.
* (new) Numbers that a system of drug provision gives to one person or to one person's
  prescription, request or record are RECORD_ID (corpora 13–15): a patient's number in the
  federal register of ВЗН (and 14 ВЗН), in the federal orphan register, in a regional ДЛО,
  osteoporosis, LAH, oncology or transplant-recipient register; a deferred-service
  registration of one prescription («Рег. № отсрочки ОО-0412/26»); a home-delivery order, a
  pharmacy's order and a chat or bot booking code of one person («код брони КМ3262»); a
  fund's application for one child; a pharmaceutical-counselling card; an adverse-reaction
  notice's registration number (one patient's notice, corpus 11); the incoming number of a
  citizen's appeal to the Roszdravnadzor and a complaint's registration number (corpus 15);
  the number of a «талон на выдачу ЛП» issued to one patient. The benefit certificate's and
  the МСЭ справка's number are RECORD_ID, their printed series («МСЭ-2023», «серия ИВ») are
  not (corpus 12).
* (new) Not labelled, as numbers of things, organisations and money (corpora 10, 14 and 17):
  a drug's series, batch and lot («серия 2365721», «партия 240915»); GTIN («04607…»)
  and EAN-13 codes; a «Честный знак» DataMatrix serial, crypto-tail and verification key
  (even though the serial names the one pack handed to one person: it is the pack's number);
  an SSCC of a transport box; the МДЛП document ID and the pharmacy's МОД; registration
  certificates; ATC, КТРУ, ЕСКЛП and ICD-10 codes; pharmacy licences, a pharmacy's or an
  «аптечный пункт»'s number; doses, concentrations, package counts («№ 30», «№ 100»), vials
  and quantities; prices and sums; a receipt's number, shift, ФД, ФП and ЗН ККТ; an invoice
  or «накладная» number and an «счёт» number (also when it concerns one person, corpus 10);
  an organisation's ИНН, КПП, ОГРН and an individual entrepreneur's ОГРНИП; a bank account
  and БИК; a guardianship body's «постановление» number (an order of an organisation); an
  SMS mailing's ID and gateway; a door-phone code; the Roszdravnadzor's outgoing letter
  number.
* (new) An individual entrepreneur's pharmacy «Аптека ИП Пестова О.А.»: the entrepreneur's
  name is PERSON and the 12-digit INN is INN (corpus 12); a taxpayer's 12-digit INN on a
  tax-deduction certificate or a claim is INN.
* (new) A pharmacist or an operator named by a first name alone in a chat («Фармацевт
  Ольга», «Координатор Алан») is PERSON (a bare first name of a person); the bot, the SMS
  sender name («APTEKA-LGOTA») and the pharmacy chain are not.
* (new) The anonymous code of a patient in an AIDS centre and a migrant's migration card are
  RECORD_ID (corpus 15), as is a TB patient's card (ф. ТБ 01) and register number.

Run: ``.venv/bin/python bench/text_corpus/write_independent28.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent28.jsonl"
SEED = 2820261206
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

# ---------------------------------------------------------------- people (fresh for corpus 28)
# The Upper Volga and the Russian North, the Kama and the Southern Urals (Tatars, Bashkirs,
# Udmurts, Mari, Komi-Permyaks), Western Siberia and the Altai, Ingrian Finns, Balts,
# Ossetians, Azerbaijanis and labour migrants from Central Asia; male base forms.
SURNAMES = [
    "Смирнягин",
    "Белоусов",
    "Кудрявцев",
    "Шелепов",
    "Вахрушев",
    "Зыков",
    "Пестов",
    "Лыткин",
    "Ожегов",
    "Чащин",
    "Брагин",
    "Носков",
    "Поздеев",
    "Мокеров",
    "Шишкин",
    "Юшков",
    "Бажуков",
    "Ившин",
    "Корепанов",
    "Широбоков",
    "Вострецов",
    "Ямбаев",
    "Иванайнен",
    "Сидоркин",
    "Мингазов",
    "Хабибуллин",
    "Зарипов",
    "Ахметзянов",
    "Валиуллин",
    "Юлдашев",
    "Кильдибаев",
    "Байгильдин",
    "Акбулатов",
    "Тойдыбеков",
    "Чичинов",
    "Кыпчаков",
    "Тюкпиеков",
    "Хярконен",
    "Лаукканен",
    "Пиетиляйнен",
    "Ёнсон",
    "Петраускас",
    "Озолиньш",
    "Дзагоев",
    "Гаглоев",
    "Цаллагов",
    "Алиев",
    "Гусейнов",
    "Мамедов",
    "Рахимов",
    "Назаров",
    "Турсунов",
    "Мирзоев",
    "Абдуллоев",
    "Осмонов",
    "Токтогулов",
    "Штейнберг",
    "Рихтер",
    "Гофман",
    "Левченко",
    "Дорошенко",
    "Костюк",
    "Малиновский",
    "Ковалевский",
    "Тарасов",
    "Рыбаков",
    "Соколов",
    "Ермолаев",
    "Быстрых",
    "Седых",
    "Черных",
]
M_FIRST = [
    "Василий",
    "Олег",
    "Станислав",
    "Вадим",
    "Илья",
    "Кирилл",
    "Тимофей",
    "Ярослав",
    "Аркадий",
    "Борис",
    "Степан",
    "Фёдор",
    "Ринат",
    "Ильдар",
    "Айдар",
    "Салават",
    "Булат",
    "Ильнур",
    "Ерлан",
    "Эркин",
    "Аржан",
    "Тойво",
    "Юхан",
    "Сослан",
    "Алан",
    "Тимур",
    "Эльчин",
    "Рустам",
    "Фарход",
    "Бахтиёр",
    "Нурлан",
    "Алмаз",
    "Гавриил",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Галина",
    "Лариса",
    "Вера",
    "Полина",
    "Ксения",
    "Дарья",
    "Варвара",
    "Ульяна",
    "Василиса",
    "Гульнара",
    "Лилия",
    "Резеда",
    "Айгуль",
    "Зульфия",
    "Венера",
    "Гузель",
    "Чечек",
    "Айана",
    "Хельми",
    "Залина",
    "Мадина",
    "Севиль",
    "Нигора",
    "Дилноза",
    "Гулзат",
    "Розалия",
    "Эмма",
    "Тамара",
    "Агния",
]
PAT_STEMS = [
    "Павлов",
    "Петров",
    "Олегов",
    "Вадимов",
    "Кириллов",
    "Аркадьев",
    "Борисов",
    "Степанов",
    "Фёдоров",
    "Ринатов",
    "Ильдаров",
    "Айдаров",
    "Салаватов",
    "Булатов",
    "Ерланов",
    "Аржанов",
    "Львов",
    "Игорев",
    "Сосланов",
    "Аланов",
    "Тимуров",
    "Эльчинов",
    "Рустамов",
    "Фарходов",
    "Нурланов",
    "Алмазов",
    "Станиславов",
    "Ярославов",
    "Тимофеев",
    "Дмитриев",
]
FOREIGN = [
    ("Ким", "Чжон Хо", True),
    ("Нгуен", "Ван Тхань", True),
    ("Шмидт", "Михаэль", True),
    ("Бекеле", "Абебе", True),
    ("Хуан", "Мэй", False),
    ("Перейра", "Ана", False),
    ("Ямамото", "Юки", False),
    ("Дюбуа", "Клэр", False),
]
INDECL_FIRST = {
    "Айгуль",
    "Чечек",
    "Хельми",
    "Гулзат",
    "Эркин",
    "Тойво",
    "Юхан",
    "Чжон Хо",
    "Ван Тхань",
    "Абебе",
    "Мэй",
    "Юки",
    "Клэр",
    "Айана",
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


# ---------------------------------------------------------------- corpus 28: places (fresh)
# The Upper Volga and the North, the Kama and the Southern Urals, Western Siberia and the
# Altai. town: nominative with type, locative with type, bare name, region (full), region
# (short), postal prefix, phone code (code and local number make ten digits)
TOWNS28 = [
    (
        "г. Ярославль",
        "в г. Ярославле",
        "Ярославль",
        "Ярославская область",
        "Яросл. обл.",
        "150",
        "4852",
    ),
    (
        "г. Кострома",
        "в г. Костроме",
        "Кострома",
        "Костромская область",
        "Костр. обл.",
        "156",
        "4942",
    ),
    ("г. Вологда", "в г. Вологде", "Вологда", "Вологодская область", "Волог. обл.", "160", "8172"),
    ("г. Череповец", "в г. Череповце", "Череповец", "Вологодская область", "ВО", "162", "8202"),
    (
        "г. Архангельск",
        "в г. Архангельске",
        "Архангельск",
        "Архангельская область",
        "АО",
        "163",
        "8182",
    ),
    ("г. Тверь", "в г. Твери", "Тверь", "Тверская область", "Тверская обл.", "170", "4822"),
    ("г. Иваново", "в г. Иваново", "Иваново", "Ивановская область", "Иван. обл.", "153", "4932"),
    ("г. Казань", "в г. Казани", "Казань", "Республика Татарстан", "РТ", "420", "843"),
    (
        "г. Набережные Челны",
        "в г. Набережных Челнах",
        "Набережные Челны",
        "Республика Татарстан",
        "Татарстан",
        "423",
        "8552",
    ),
    ("г. Уфа", "в г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    (
        "г. Стерлитамак",
        "в г. Стерлитамаке",
        "Стерлитамак",
        "Республика Башкортостан",
        "Башкирия",
        "453",
        "3473",
    ),
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    (
        "г. Йошкар-Ола",
        "в г. Йошкар-Оле",
        "Йошкар-Ола",
        "Республика Марий Эл",
        "Марий Эл",
        "424",
        "8362",
    ),
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "Перм. край", "614", "342"),
    ("г. Кудымкар", "в г. Кудымкаре", "Кудымкар", "Пермский край", "ПК", "619", "34260"),
    (
        "г. Челябинск",
        "в г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челяб. обл.",
        "454",
        "351",
    ),
    ("г. Курган", "в г. Кургане", "Курган", "Курганская область", "Кург. обл.", "640", "3522"),
    ("г. Тюмень", "в г. Тюмени", "Тюмень", "Тюменская область", "Тюм. обл.", "625", "3452"),
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
    ("г. Барнаул", "в г. Барнауле", "Барнаул", "Алтайский край", "АК", "656", "3852"),
    (
        "г. Горно-Алтайск",
        "в г. Горно-Алтайске",
        "Горно-Алтайск",
        "Республика Алтай",
        "Р. Алтай",
        "649",
        "38822",
    ),
    ("г. Абакан", "в г. Абакане", "Абакан", "Республика Хакасия", "Хакасия", "655", "3902"),
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "125", "495"),
]
STREETS28 = [
    ("ул. Свободы", "Свободы"),
    ("пр-т Ленинградский", "Ленинградский пр-т"),
    ("ул. Пушкинская", "Пушкинская"),
    ("ул. Баумана", "Баумана"),
    ("ул. Мусы Джалиля", "М. Джалиля"),
    ("ул. Заки Валиди", "З. Валиди"),
    ("ул. Удмуртская", "Удмуртская"),
    ("ул. Комсомольская", "Комсомольская"),
    ("пр-т Октября", "пр. Октября"),
    ("ул. Кирова", "Кирова"),
    ("ул. Сибирская", "Сибирская"),
    ("ул. Красный Путь", "Красный Путь"),
    ("ул. Фрунзе", "Фрунзе"),
    ("ш. Московское", "Московское ш."),
    ("пер. Северный", "Северный пер."),
    ("ул. 8 Марта", "8 Марта"),
    ("наб. Северной Двины", "наб. Сев. Двины"),
    ("б-р Гагарина", "бульвар Гагарина"),
    ("ул. Чкалова", "Чкалова"),
    ("пр-т Победы", "пр. Победы"),
    ("мкр. Черёмушки", "мкр Черёмушки"),
]
RURAL28 = [
    ("с. Завьялово", "в с. Завьялово", "Завьяловский р-н", "Удмуртская Республика"),
    ("д. Малая Пурга", "в д. Малая Пурга", "Малопургинский р-н", "Удмуртская Республика"),
    ("с. Красноусольский", "в с. Красноусольском", "Гафурийский р-н", "Республика Башкортостан"),
    ("с. Аскино", "в с. Аскино", "Аскинский р-н", "Республика Башкортостан"),
    ("пгт Алексеевское", "в пгт Алексеевское", "Алексеевский р-н", "Республика Татарстан"),
    ("с. Кукмор", "в с. Кукморе", "Кукморский р-н", "Республика Татарстан"),
    ("пгт Морки", "в пгт Морки", "Моркинский р-н", "Республика Марий Эл"),
    ("с. Юсьва", "в с. Юсьве", "Юсьвинский м.о.", "Пермский край"),
    ("д. Кузнечиха", "в д. Кузнечихе", "Ярославский р-н", "Ярославская обл."),
    ("с. Усть-Кокса", "в с. Усть-Кокса", "Усть-Коксинский р-н", "Республика Алтай"),
    ("с. Аскиз", "в с. Аскизе", "Аскизский р-н", "Республика Хакасия"),
    ("р.п. Колывань", "в р.п. Колывань", "Колыванский р-н", "Новосибирская обл."),
    ("с. Шебалино", "в с. Шебалино", "Шебалинский р-н", "Республика Алтай"),
    ("пос. Уемский", "в пос. Уемском", "Приморский м.о.", "Архангельская обл."),
    ("с. Верхняя Тойма", "в с. Верхняя Тойма", "Верхнетоемский м.о.", "Архангельская обл."),
    ("с. Казанское", "в с. Казанском", "Казанский р-н", "Тюменская обл."),
]
RURAL_ST28 = [
    "Центральная",
    "Лесная",
    "Садовая",
    "Колхозная",
    "Мира",
    "Луговая",
    "Заречная",
    "Береговая",
]
ORG_ST28 = [
    "ул. Аптечная",
    "ул. Фармацевтов",
    "ул. Больничная",
    "ул. Здоровья",
    "пр-т Химиков",
    "ул. Провизорская",
    "ул. Госпитальная",
]


def _t28(rng: random.Random) -> tuple:
    return rng.choice(TOWNS28)


def _hk28(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", " к. 3", " стр. 2", "Г"])
    return h, rng.randint(1, 280)


def addr28(rng: random.Random) -> str:
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t28(rng)
    st, bare = rng.choice(STREETS28)
    v, _vl, vdist, vreg = rng.choice(RURAL28)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk28(rng)
    n = rng.randint(1, 88)
    rs = rng.choice(RURAL_ST28)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare}, д.{h}, кв.{k}",
        lambda: f"{town}, {st}, {h}-{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare} {h}, кв {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
        lambda: f"{z}, {town}, {st}, {h}, кв. {k}",
        lambda: f"{v} {vdist}, ул. {rs} {n}",
    ]
    return rng.choice(shapes)()


def aloc28(rng: random.Random) -> str:
    _t, loc, _b, _r, _ra, _i, _c = _t28(rng)
    st, bare = rng.choice(STREETS28)
    _v, vl, vdist, _vr = rng.choice(RURAL28)
    h, k = _hk28(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST28)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr28(rng: random.Random) -> str:
    town, _loc, _b, reg, _ra, idx, _c = _t28(rng)
    st, _bare = rng.choice(STREETS28)
    h, k = _hk28(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [f"{z}, {town},\n{st}, д. {h}, кв. {k}", f"{reg}, {town}, {st},\nд. {h}, кв. {k}"]
    )


def aorg28(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t28(rng)
    st = rng.choice(ORG_ST28)
    n = rng.randint(1, 99)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, {n}, пом. {rng.randint(1, 12)}",
            f"{st}, д. {n}, {town}",
        ]
    )


# ---------------------------------------------------------------- corpus 28: phones (fresh)
OPS28 = [
    "912",
    "922",
    "932",
    "950",
    "965",
    "982",
    "987",
    "917",
    "919",
    "927",
    "937",
    "953",
    "960",
    "963",
    "983",
    "913",
    "923",
    "903",
    "905",
    "996",
    "999",
    "901",
    "904",
    "908",
]
OP_WORDS28 = {
    "912": "девятьсот двенадцать",
    "922": "девятьсот двадцать два",
    "950": "девятьсот пятьдесят",
    "987": "девятьсот восемьдесят семь",
    "913": "девятьсот тринадцать",
    "999": "девятьсот девяносто девять",
}
NDASH = "–"


def _mob28(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS28), rng.randint(201, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob28(rng: random.Random) -> str:
    op, a, b, c = _mob28(rng)
    return rng.choice(
        [
            f"+7 ({op}) {a}-{b}-{c}",
            f"8 {op} {a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8({op}){a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 ({op}) {a}{NDASH}{b}{NDASH}{c}",
            f"8{op}{a}{b}{c}",
            f"+7-{op}-{a}{b}{c}",
            f"8 {op} {a}{b}{c}",
        ]
    )


def sms28(rng: random.Random) -> str:
    op, a, b, c = _mob28(rng)
    return rng.choice([f"+7{op}{a}{b}{c}", f"7{op}{a}{b}{c}", f"8{op}{a}{b}{c}"])


def said28(rng: random.Random) -> str:
    op = rng.choice(sorted(OP_WORDS28))
    return f"восемь {OP_WORDS28[op]} {rng.randint(201, 989)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def city28(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t28(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"8 ({code}) {loc}", f"+7 ({code}) {loc}", f"({code}) {loc}", f"8{code}{rest}"]
    )


def hot28(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 (800) {a}-{b}-{c}", f"8 800 {a}{b}{c}"])


def brk28(rng: random.Random) -> str:
    op, a, b, c = _mob28(rng)
    return rng.choice([f"8 ({op})\n{a}-{b}-{c}", f"+7 {op}\n{a}-{b}-{c}", f"8-{op}-{a}-\n{b}-{c}"])


MAIL_DOM28 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "rambler.ru",
    "gmail.com",
    "list.ru",
    "ya.ru",
]
ORG_MAIL28 = [
    "lgota@apteka-yar.ru",
    "farmnadzor@rzn-ufa.ru",
    "otsrochka@fapteka16.ru",
    "dlo@minzdrav-udm.ru",
    "vzn.registr@miac-perm.ru",
    "pv@onkodisp-omsk.ru",
    "dostavka@sotsapteka.ru",
    "zhaloby@farmacia-nsk.ru",
    "narko.uchet@apteka-tver.ru",
    "orfan@kdb-barnaul.ru",
    "info@reg74.roszdravnadzor.gov.ru",
]


def mail28(rng: random.Random, sur: str, first: str) -> str:
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
    return f"{local}@{rng.choice(MAIL_DOM28)}"


# ---------------------------------------------------------------- corpus 28: passports (fresh)
OKATO28 = ["78", "34", "24", "92", "80", "94", "88", "57", "75", "71", "52", "50", "01", "84", "95"]


def pas28(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO28), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice([f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}-{n}"])


# ---------------------------------------------------------------- corpus 28: record numbers (fresh)
REC28 = {
    # the number of one issued prescription (its series is written apart and not labelled)
    "rxn": ["#######", "######", "00#####", "000####", "########"],
    # a prescription written as one token, series and number together
    "rx1": ["##-##-#######", "####-######", "##ЛП-######", "##/##-00####", "ЛР##-######"],
    "narc": ["######", "00####", "#######"],
    "amb": ["######", "АК-#####", "##/####", "Т-######", "####-У"],
    "vzn": ["ВЗН-##-#######", "###########-В", "14ВЗН/##-######", "#########", "ФР-##-######"],
    "orph": ["ОР-##-#####", "ОРФ/####/##", "РЖУЗ-#####", "##.####.###"],
    "reg": ["РЛ-##-######", "ДЛО-#######", "##-РР-#####", "Р######"],
    "udost": ["######", "#######", "00#####"],
    "mse": ["#######", "######", "0######"],
    "vk": ["###/26", "ВК-####-26", "##-ВК/####", "###-л", "####"],
    "defer": ["ОО-####/26", "####-О", "ОТС-######", "26/####"],
    "adr": ["НР-2026-#####", "####-ПВ-26", "2026/##/#####", "ИНР-######"],
    "order": ["ДД-26-######", "ЗК-#######", "##-######", "D26-#####"],
    "chat": ["###-###", "%%-####", "@@####", "####%"],
    "compl": ["Ж-####/26", "ОГ-26-#####", "####-Ж", "ОБ/26/####"],
    "inrzn": ["01И-####/26", "ОГ##-#####/26", "И-26-######"],
    "ipra": ["###.##.##/2026", "####.#.##/2025"],
    "tab": ["#####", "Т-####", "ТН######"],
    "dms": ["###-######", "ДМС-##-######"],
    "ib": ["#####/26", "ИБ-######", "####-С-26"],
    "aids": ["##-####-%", "А-######", "ВИЧ/##/####"],
    "tb": ["ТБ-##-#####", "####/Т", "ФТ-######"],
    "trans": ["ТП-####", "ТХ/##/###", "Р-Тр-#####"],
    "pens": ["###-######-##", "ПУ ######"],
}


def rec28(rng: random.Random, kind: str) -> str:
    return shape28(rng, rng.choice(REC28[kind]))


def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# ---------------------------------------------------------------- corpus 28: hard negatives
RX_SER28 = ["##-##", "##ПР", "####", "##-ЛП", "ПР ####", "##НП", "##АА", "МЗ##"]
REGCERT28 = [
    "ЛП-00####",
    "ЛП-№(00####)-(РГ-RU)",
    "П N0#####/01",
    "ЛСР-00####/0#",
    "ЛП-00####-##1##",
]
LIC28 = ["Л042-01###-##/00######", "ЛО-##-02-00####", "ЛО41-01###-##/00######"]
ORGS28 = [
    "ГУП «Башфармация» РБ, аптека № <<##>>",
    "АО «Татфарм», аптечный пункт № <<#>>",
    "ГУП УР «Аптеки Удмуртии», аптека № <<##>>",
    "ГБУЗ ЯО «Областная клиническая больница»",
    "ГБУЗ «Пермский краевой онкологический диспансер»",
    "ГАУЗ «Республиканская клиническая больница» МЗ РТ",
    "ГБУЗ НСО «Городская поликлиника № <<#>>»",
    "БУЗОО «Клинический онкологический диспансер»",
    "ГБУЗ АО «Архангельская областная клиническая больница»",
    "ООО «Фармация Верхневолжья», аптека № <<#>>",
    "ГБУЗ ТО «Областной центр по профилактике и борьбе со СПИД»",
    "ГБУ РМЭ «Республиканский противотуберкулёзный диспансер»",
    "КГБУЗ «Краевая клиническая больница», Барнаул",
    "ГБУЗ ВО «Вологодская областная детская клиническая больница»",
]
PHARMA28 = [
    "ГУП «Башфармация»",
    "АО «Татфарм»",
    "ООО «Аптека-Холдинг Урал»",
    "ГУП «Фармация» ЯО",
    "ООО «Социальная аптека Сибирь»",
]
REC_NEG_MAKERS28 = [
    "АО «Фармстандарт-Лексредства»",
    "ООО «Герофарм»",
    "АО «БИОКАД»",
    "ЗАО «Канонфарма продакшн»",
    "ООО «Озон»",
    "АО «Р-Фарм»",
    "ООО «Промомед Рус»",
]


def num28(rng: random.Random, lo: float, hi: float, nd: int = 2) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


def gtin28(rng: random.Random) -> str:
    return "0" + shape(rng, "4607######") + "".join(str(rng.randint(0, 9)) for _ in range(3))


def dmserial28(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
    while True:
        s = "".join(rng.choice(alpha) for _ in range(13))
        if sum(ch.isdigit() for ch in s) < 8:
            return s


def crypto28(rng: random.Random) -> str:
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/="
    return "".join(rng.choice(alpha + "0123456789") for _ in range(44))


MON_RU3 = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def dates28(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_r3"] = f"{dd} {MON_RU3[m - 1]} {y}"
    f[key + "_d1"] = f"{dd}.{m:02d}.{y}"


def shape28(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero unless
    the pattern writes the zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def fillers28(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "d", "h", "e", "n", "g", "m", "u"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "f", False, foreign_ok=False))  # pharmacist
    f.update(person(rng, "k", foreign_ok=False))  # a child
    for pre in ("p", "q", "d", "h", "e", "n", "g", "m", "u", "f", "k"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ый" if male else "ая"
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in f[pre].split()[:2])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_brk"] = hyphen_break(f["p"])
    by = rng.randint(1938, 2004)
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates28(f, "bd", bdd)
    f["bdv"] = fmt_date(rng, bdd, rng.choice(["dot", "dot", "words", "dot1", "short"]))
    f["age"] = str(2026 - by - 1)
    f["bdy"] = str(rng.randint(1940, 2003))
    dates28(f, "bdq", dt.date(rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28)))
    bdk = dt.date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28))
    dates28(f, "bdk", bdk)
    f["agek"] = str(max(1, 2026 - bdk.year - 1))
    dates28(f, "bdn", dt.date(rng.randint(1945, 2000), rng.randint(1, 12), rng.randint(1, 28)))
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 9))
        dates28(f, f"t{i}", cur)
    f["t_spk"] = fmt_date(rng, cur, "spokendm")
    dates28(f, "exp_rev", cur - dt.timedelta(days=rng.randint(60, 400)))  # an expiry already past
    dates28(f, "told", dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    # a drug's expiry and manufacture: a full date is DATE, a month and year are not labelled
    dates28(f, "exp", dt.date(rng.randint(2027, 2029), rng.randint(1, 12), rng.randint(1, 28)))
    dates28(f, "mfg", dt.date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"
    f["exp_m2"] = f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2029)}"
    f["mfg_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2024, 2025)}"
    t0 = rng.randint(8 * 60, 12 * 60)
    for i in range(1, 5):
        t0 += rng.randint(5, 120)
        f[f"tm{i}"] = f"{t0 // 60 % 24:02d}:{t0 % 60:02d}"
    for i in range(1, 4):
        f[f"a{i}"] = addr28(rng)
        f[f"ph{i}"] = mob28(rng)
    f["al1"] = aloc28(rng)
    f["a_br"] = abr28(rng)
    f["ao"], f["ao2"] = aorg28(rng), aorg28(rng)
    f["phc1"], f["phc2"] = city28(rng), city28(rng)
    f["ph_sms"] = sms28(rng)
    f["ph_said"] = said28(rng)
    f["ph_br"] = brk28(rng)
    f["ph800"] = hot28(rng)
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail28(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail28(rng, f["q_sur"], f["q_first"])
    f["mf"] = mail28(rng, f["f_sur"], f["f_first"])
    f["md"] = mail28(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL28, 2)
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas28(rng), pas28(rng)
    f["kpd"] = f"{rng.randint(100, 990)}-{rng.randint(1, 99):03d}"
    f["bc"] = bcert(rng)
    for key in REC28:
        f[key] = rec28(rng, key)
        f[key + "2"] = rec28(rng, key)
    f["rxn3"] = rec28(rng, "rxn")
    f["rx_br"] = brk_at(rec28(rng, "rx1"))
    f["vzn_br"] = brk_at(rec28(rng, "vzn"))
    f["rx_ocr"] = shape28(rng, "0##3###").replace("0", "О").replace("3", "З")
    # hard negatives
    f["rxs"], f["rxs2"], f["rxs3"] = (shape28(rng, rng.choice(RX_SER28)) for _ in range(3))
    f["mse_ser"] = rng.choice(["МСЭ-2023", "МСЭ-2024", "МСЭ-2022", "МСЭ-2021"])
    f["ud_ser"] = shape28(rng, rng.choice(["@@", "@-@", "%%"]))
    f["lot"] = shape28(rng, rng.choice(["#######", "%%####", "##%###", "####-##", "###%##%"]))
    f["lot2"] = shape28(rng, rng.choice(["######", "%#####", "##-####-##"]))
    f["gtin"] = gtin28(rng)
    f["ean"] = gtin28(rng)[1:]
    f["dms"] = dmserial28(rng)
    f["dms2"] = dmserial28(rng)
    f["crypto"] = crypto28(rng)
    f["cr4"] = shape28(rng, "%%##")
    f["regcert"] = shape28(rng, rng.choice(REGCERT28))
    f["lic"] = shape28(rng, rng.choice(LIC28))
    f["ktru"] = shape28(rng, "21.20.##.###-######")
    f["esklp"] = shape28(rng, "21.20.##.###-######-#-#####-#############")
    f["sscc"] = shape28(rng, "1########") + shape28(rng, "#########")
    f["ogrn"] = shape28(rng, rng.choice(["102", "103", "112"]) + "##########")
    f["innorg"] = shape28(rng, "##########")
    f["price"] = f"{rng.randint(80, 48000):,}".replace(",", " ") + f",{rng.randint(0, 99):02d}"
    f["price2"] = f"{rng.randint(30, 9000)},{rng.randint(0, 99):02d}"
    f["fd"] = str(rng.randint(1000, 99999))
    f["fp"] = shape28(rng, "##########")
    f["zn"] = shape28(rng, "00############")
    f["chek"] = str(rng.randint(10, 480))
    f["smena"] = str(rng.randint(10, 390))
    f["pack"] = str(rng.choice([10, 14, 20, 28, 30, 30, 50, 56, 60, 90, 100]))
    f["qty"] = str(rng.randint(1, 6))
    f["small"] = str(rng.randint(2, 28))
    f["big"] = str(rng.randint(100, 990))
    f["cab"] = str(rng.randint(101, 340))
    f["outno"] = shape28(rng, rng.choice(["##-##/####", "####/01-##", "И##-#####/26", "#-###"]))
    f["apt"] = str(rng.randint(2, 240))
    f["otp"] = shape28(rng, "####")
    f["org"], f["org2"] = (
        re.sub(r"<<(.+?)>>", lambda m: shape28(rng, m.group(1)), o) for o in rng.sample(ORGS28, 2)
    )
    f["pharma"] = rng.choice(PHARMA28)
    f["maker"] = rng.choice(REC_NEG_MAKERS28)
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape28(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Шелепов В.П.» ends the sentence: no second dot
    fill = fillers28(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 28: the directory rows
# MKB_CODE: (ID, MKB_NAME, REC_CODE, ID_PARENT), read from the 2.21 parts
ROWS28 = {
    "E11.9": (2081, "Инсулиннезависимый сахарный диабет без осложнений", "0402E119", 2071),
    "I10": (3818, "Эссенциальная [первичная] гипертензия", "0903I10", 3817),
    "G40.3": (
        3047,
        "Генерализованная идиопатическая эпилепсия и эпилептические синдромы",
        "0606G403",
        3043,
    ),
    "R52.1": (8385, "Постоянная некупирующаяся боль", "1808R521", 8383),
    "R52.2": (8386, "Другая постоянная боль", "1808R522", 8383),
    "E10.9": (2070, "Инсулинзависимый сахарный диабет без осложнений", "0402E109", 2060),
    "E10.7": (
        2068,
        "Инсулинзависимый сахарный диабет с множественными осложнениями",
        "0402E107",
        2060,
    ),
    "I11.0": (
        3820,
        "Гипертензивная [гипертоническая] болезнь с преимущественным поражением сердца с (застойной) сердечной недостаточностью",
        "0903I110",
        3819,
    ),
    "F20.0": (2596, "Параноидная шизофрения", "0503F200", 2595),
    "C50.9": (
        1213,
        "Злокачественное новообразование молочной железы неуточненной части",
        "0201107C509",
        1204,
    ),
    "C61": (1253, "Злокачественное новообразование предстательной железы", "0201109C61", 1246),
    "C34.1": (
        1107,
        "Злокачественное новообразование верхней доли, бронхов или легкого",
        "0201103C341",
        1105,
    ),
    "J45.0": (4404, "Астма с преобладанием аллергического компонента", "1005J450", 4403),
    "G35": (3027, "Рассеянный склероз", "0605G35", 3026),
    "D66": (1901, "Наследственный дефицит фактора VIII", "0304D66", 1899),
    "B20.7": (
        552,
        "Болезнь, вызванная ВИЧ, с проявлениями множественных инфекций",
        "0113B207",
        544,
    ),
    "A15.0": (
        73,
        "Туберкулез легких, подтвержденный бактериоскопически с наличием или отсутствием роста культуры",
        "0102A150",
        72,
    ),
    "N18.5": (14896, "Хроническая болезнь почки, стадия 5", "1403N185", 6201),
    "G20": (2976, "Болезнь Паркинсона", "0603G20", 2975),
    "M05.8": (5451, "Другие серопозитивные ревматоидные артриты", "13012M058", 5446),
    "E76.1": (2344, "Мукополисахаридоз, тип II", "0408E761", 2342),
    "E84.0": (2388, "Кистозный фиброз с легочными проявлениями", "0408E840", 2387),
    "B18.2": (537, "Хронический вирусный гепатит C", "0112B182", 534),
    "C92.1": (
        1434,
        "Хронический миелоидный лейкоз [ХМЛ], BCR/ABL-положительный",
        "02013C921",
        1432,
    ),
    "I48": (3998, "Фибрилляция и трепетание предсердий", "0906I48", 3892),
    "J44.1": (
        4400,
        "Хроническая обструктивная легочная болезнь с обострением неуточненная",
        "1005J441",
        4398,
    ),
    "G40.2": (
        3046,
        "Локализованная (фокальная) (парциальная) симптоматическая эпилепсия и эпилептические синдромы с комплексными парциальными судорожными припадками",
        "0606G402",
        3043,
    ),
    "F33.2": (
        2654,
        "Рекуррентное депрессивное расстройство, текущий эпизод тяжелой степени без психотических симптомов",
        "0504F332",
        2651,
    ),
    "M32.1": (
        5637,
        "Системная красная волчанка с поражением других органов или систем",
        "1302M321",
        5635,
    ),
    "Z94.0": (14726, "Наличие трансплантированной почки", "2107Z940", 14725),
    "Z94.4": (14730, "Наличие трансплантированной печени", "2107Z944", 14725),
    "F84.0": (2858, "Детский аутизм", "0509F840", 2857),
    "M81.0": (5911, "Постменопаузный остеопороз", "13051M810", 5910),
    "L40.0": (5147, "Псориаз обыкновенный", "1204L400", 5146),
    "K50.0": (4781, "Болезнь Крона тонкой кишки", "1105K500", 4780),
    "C90.0": (1420, "Множественная миелома", "02013C900", 1419),
    "C64": (
        1266,
        "Злокачественное новообразование почки, кроме почечной лоханки",
        "0201110C64",
        1265,
    ),
    "C43.5": (1147, "Злокачественная меланома туловища", "0201105C435", 1141),
    "I27.0": (3883, "Первичная легочная гипертензия", "0905I270", 3882),
    "E23.0": (2144, "Гипопитуитаризм", "0404E230", 2143),
    "E22.0": (2138, "Акромегалия и гипофизарный гигантизм", "0404E220", 2137),
    "E27.1": (2169, "Первичная недостаточность коры надпочечников", "0404E271", 2167),
    "E83.0": (2379, "Нарушения обмена меди", "0408E830", 2378),
    "E70.0": (2301, "Классическая фенилкетонурия", "0408E700", 2300),
    "D67": (1902, "Наследственный дефицит фактора IX", "0304D67", 1899),
    "D68.0": (1904, "Болезнь Виллебранда", "0304D680", 1903),
    "D59.5": (1870, "Пароксизмальная ночная гемоглобинурия [Маркиафавы-Микели]", "0302D595", 1864),
    "D69.3": (1915, "Идиопатическая тромбоцитопеническая пурпура", "0304D693", 1911),
    "Z21": (
        14179,
        "Бессимптомный инфекционный статус, вызванный вирусом иммунодефицита человека [ВИЧ]",
        "2102Z21",
        14167,
    ),
    "B18.1": (536, "Хронический вирусный гепатит B без дельта-агента", "0112B181", 534),
    "A16.2": (
        86,
        "Туберкулез легких без упоминания о бактериологическом или гистологическом подтверждении",
        "0102A162",
        83,
    ),
    "C18.7": (1048, "Злокачественное новообразование сигмовидной кишки", "0201102C187", 1040),
    "C71.9": (
        1310,
        "Злокачественное новообразование головного мозга неуточненной локализации",
        "0201111C719",
        1300,
    ),
    "C91.1": (1425, "В-клеточный хронический лимфоцитарный лейкоз", "02013C911", 1423),
    "I25.1": (3870, "Атеросклеротическая болезнь сердца", "0904I251", 3868),
    "I50.0": (4009, "Застойная сердечная недостаточность", "0906I500", 4008),
    "J84.1": (
        4468,
        "Другие интерстициальные легочные болезни с упоминанием о фиброзе",
        "1007J841",
        4466,
    ),
    "G12.0": (
        2965,
        "Детская спинальная мышечная атрофия, I тип [Верднига-Гоффмана]",
        "0602G120",
        2964,
    ),
    "G70.0": (3202, "Myasthenia gravis", "0609G700", 3201),
    "F31.3": (
        2637,
        "Биполярное аффективное расстройство, текущий эпизод легкой или умеренной депрессии",
        "0504F313",
        2633,
    ),
    "M45": (5701, "Анкилозирующий спондилит", "13032M45", 5700),
    "H40.1": (3515, "Первичная открытоугольная глаукома", "0706H401", 3513),
    "E05.0": (2038, "Тиреотоксикоз с диффузным зобом", "0401E050", 2037),
    "E11.6": (
        2078,
        "Инсулиннезависимый сахарный диабет с другими уточненными осложнениями",
        "0402E116",
        2071,
    ),
    "I11.9": (
        3821,
        "Гипертензивная [гипертоническая] болезнь с преимущественным поражением сердца без (застойной) сердечной недостаточности",
        "0903I119",
        3819,
    ),
    "K51.9": (4793, "Язвенный колит неуточненный", "1105K519", 4785),
    "H35.3": (3502, "Дегенерация макулы и заднего полюса", "0705H353", 3498),
    "D56.1": (1846, "Бета-талассемия", "0302D561", 1844),
    "G30.0": (3013, "Ранняя болезнь Альцгеймера", "0604G300", 3012),
    "I63.5": (
        4059,
        "Инфаркт мозга, вызванный неуточненной закупоркой или стенозом мозговых артерий",
        "0907I635",
        4053,
    ),
    "F10.2": (
        2479,
        "Психическое и поведенческое расстройство, вызванное употреблением алкоголя. Синдром зависимости",
        "0502F102",
        2475,
    ),
    "E03.9": (2030, "Гипотиреоз неуточненный", "0401E039", 2022),
}


# ---------------------------------------------------------------- corpus 28: genres and kinds
# one kind per МКБ-10 row: (MKB_CODE, genre, template); every template is used by one kind only
GENRES28: list[tuple[str, str, str]] = [
    (
        "E11.9",
        "льготный рецепт ф. 148-1/у-04(л), заполненный в МИС",
        """РЕЦЕПТ ф. № 148-1/у-04(л)          Серия {rxs} № [[R:{rxn}]]
{org}, ОГРН {ogrn}
Дата выписки: [[D:{t1}]]   Код категории граждан: 081   Источник финансирования: федеральный бюджет
Ф.И.О. пациента: [[P:{p}]]
Дата рождения: [[B:{bd}]]   СНИЛС: [[S:{sn}]]   Полис ОМС: [[O:{enp}]]
Адрес: [[A:{a1}]]   № мед. карты: [[R:{amb}]]
Код диагноза по МКБ-10: {icd}
Rp.: Метформин таб. пролонг. 1000 мг № {pack}; D.S. по 1 таб. 2 р/д после еды
Ф.И.О. врача: [[P:{d_s}]], тел. [[T:{phc1}]]
Рецепт действителен 30 дней. Отпущено [[D:{t2}]], аптека № {apt}, фармацевт [[P:{f_s}]]; серия препарата {lot}, годен до {exp_m}.""",
    ),
    (
        "I10",
        "рецепт ф. 107-1/у на гипотензивный препарат и его отметка в аптеке",
        """{org2}
Рецептурный бланк ф. 107-1/у   № [[R:{rxn}]]                 «Взрослый»
Дата: [[D:{t1_q}]]
Пациент: [[P:{p_s}]], [[B:{bdv}]] г.р.
Врач: [[P:{d_s}]]
Rp.: Tab. Amlodipini 10 mg № {pack}
D.S. по 1 таб. утром. Срок действия 60 дней.
— на обороте, штамп аптеки «{pharma}», [[A:{ao}]], тел. [[T:{phc2}]] —
Отпущено [[D:{t3}]]: амлодипин 10 мг № {pack}, {maker}, серия {lot}, РУ {regcert}, EAN {ean}; цена {price2} руб.
Фармацевт [[P:{f_s}]] (таб. № [[R:{tab}]])""",
    ),
    (
        "G40.3",
        "рецепт ф. 148-1/у-88 на противоэпилептический препарат списка III и журнал его учёта",
        """РЕЦЕПТ ф. 148-1/у-88 (психотропное вещество, список III)
Серия {rxs} № [[R:{rxn}]]        [[D:{t1}]]
Ф.И.О. больного: [[P:{p}]], возраст {age}
Адрес или № мед. карты: [[A:{a1}]] / [[R:{amb}]]
Rp.: Phenobarbitali 0,1 № {pack}. D.S. по 1 таб. на ночь
Врач: [[P:{d_s}]]; заверено печатью «Для рецептов»
—
Журнал учёта рецептов ф. 148-1/у-88, строка {small}: серия {rxs}, № [[R:{rxn}]], [[P:{p_s}]], отпущено [[D:{t2}]] фармацевтом [[P:{f_s}]]; серия ЛП {lot}; рецепт хранится 3 года.
Телефон пациента для связи: [[T:{ph1}]]""",
    ),
    (
        "R52.1",
        "рецепт ф. 107/у-НП на наркотический анальгетик для паллиативного пациента",
        """СПЕЦИАЛЬНЫЙ РЕЦЕПТУРНЫЙ БЛАНК НА НАРКОТИЧЕСКОЕ СРЕДСТВО (ф. 107/у-НП)
Серия {rxs} № [[R:{narc}]]
«{org}»
[[D:{t1_w}]]
Ф.И.О. пациента: [[P:{p}]]   Дата рождения: [[B:{bd}]]
СНИЛС: [[S:{sn}]]   Полис ОМС: [[O:{enp}]]   № мед. карты: [[R:{amb}]]
Rp.: Sol. Morphini hydrochloridi 1% – 1 ml № 10 in amp.
D.S. по 1 мл п/к при болях, не более 4 раз в сутки
Врач [[P:{d_s}]]; руководитель [[P:{h_s}]]
Получил(а) законный представитель [[P:{q}]], паспорт [[Q:{pas}]], тел. [[T:{ph2}]]""",
    ),
    (
        "R52.2",
        "журнал регистрации операций с наркотическими средствами в аптеке (выписка за месяц)",
        """{org}   Лицензия {lic}
ЖУРНАЛ РЕГИСТРАЦИИ ОПЕРАЦИЙ, СВЯЗАННЫХ С ОБОРОТОМ НС И ПВ
Наименование: фентанил ТТС 50 мкг/ч № 5   Единица учёта: упаковка
Дата | Приход/расход | Документ | Кол-во | Остаток
[[D:{t1}]] | приход | накладная № {big}, серия {lot} | 20 | 24
[[D:{t2}]] | расход | рецепт серия {rxs} № [[R:{narc}]] ([[P:{p_s}]]) | {qty} | —
[[D:{t3}]] | расход | рецепт серия {rxs2} № [[R:{narc2}]] ([[P:{n_s}]]) | 1 | —
[[D:{t4}]] | возврат | пустые упаковки от [[P:{q_s_gen}]] | {qty} | —
Срок годности серии {lot} — [[D:{exp}]].
Ответственное лицо: зав. аптекой [[P:{f}]]; проверил [[P:{h_s}]] [[D:{t5}]]""",
    ),
    (
        "E10.9",
        "журнал отсроченного обслуживания льготных рецептов на инсулин",
        """{org}
ЖУРНАЛ РЕЦЕПТОВ, НАХОДЯЩИХСЯ НА ОТСРОЧЕННОМ ОБСЛУЖИВАНИИ
№ п/п {small}
Дата постановки: [[D:{t1}]]   Рег. № отсрочки: [[R:{defer}]]
Рецепт: серия {rxs} № [[R:{rxn}]] от [[D:{t1}]]
Пациент: [[P:{p}]], СНИЛС [[S:{sn}]]
Препарат: инсулин гларгин 100 ЕД/мл, картридж 3 мл № 5 — нет в наличии
Телефон для оповещения: [[T:{ph1}]]; доп. [[T:{ph2}]] ([[P:{q_io}]], дочь)
Оповещён(а): [[D:{t3}]] в {tm2}, SMS; отпущено [[D:{t4}]], серия {lot}, годен до {exp_m}
Фармацевт [[P:{f_s}]]""",
    ),
    (
        "E10.7",
        "SMS-оповещение аптеки о поступлении препарата по отсроченному рецепту и журнал рассылки",
        """SMS от APTEKA-LGOTA на [[T:{ph_sms}]], [[D:{t3_dm}]] {tm1}:
«[[P:{p_io}]], поступил инсулин аспарт по рецепту [[R:{rx1}]]. Получите до [[D:{t5_dm}]] в аптеке № {apt}: [[A:{ao}]]. Код [[R:{chat}]]. Справки [[T:{ph800}]]»
—
Журнал рассылки {pharma}, [[D:{t3}]]:
{tm1} | [[T:{ph_sms}]] | [[P:{p_s}]] | отсрочка [[R:{defer}]] | доставлено
{tm2} | [[T:{ph2}]] | [[P:{n_s}]] | отсрочка [[R:{defer2}]] | не доставлено (абонент недоступен)
ID рассылки {big}-{otp}; шлюз SMS-{small}; партия инсулина {lot}, EAN {ean}.""",
    ),
    (
        "I11.0",
        "реестр отпущенных льготных рецептов аптеки за декаду для ТФОМС",
        """{org}   ИНН {innorg}
РЕЕСТР РЕЦЕПТОВ, ОБСЛУЖЕННЫХ С [[D:{t1}]] ПО [[D:{t3}]]
№ | Серия и № рецепта | СНИЛС | Ф.И.О. | МКБ | Препарат | Сумма, руб.
1 | {rxs} [[R:{rxn}]] | [[S:{sn}]] | [[P:{p_s}]] | {icd} | торасемид 10 мг № {pack}, серия {lot} | {price2}
2 | [[R:{rx1}]] | [[S:{sn2}]] | [[P:{n_s}]] | I50.0 | эплеренон 50 мг № 30, серия {lot2} | {price}
3 | {rxs2} [[R:{rxn2}]] | [[S:{sn3}]] | [[P:{e_s}]] | I11.0 | бисопролол 5 мг № 30 | 214,00
Итого: 3 рецепта. Исп. [[P:{f_s}]], [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        "F20.0",
        "извещение о нежелательной реакции на лекарственный препарат (клозапин)",
        """ИЗВЕЩЕНИЕ О НЕЖЕЛАТЕЛЬНОЙ РЕАКЦИИ ИЛИ ОТСУТСТВИИ ТЕРАПЕВТИЧЕСКОГО ЭФФЕКТА ЛП
Рег. № извещения: [[R:{adr}]]   Дата: [[D:{t4}]]
Пациент: инициалы и ФИО [[P:{p}]], пол {p_sex}, дата рождения [[B:{bd}]], масса 7<<#>> кг
№ истории болезни: [[R:{ib}]]
Подозреваемый ЛП: клозапин таб. 100 мг, {maker}, серия {lot}, РУ {regcert}, годен до {exp_m}; ATX N05AH02
Начало приёма: [[D:{told}]]; начало НР: [[D:{t2}]] — агранулоцитоз (нейтрофилы 0,<<#>>×10⁹/л)
Диагноз: {icd}. Исход: выздоровление без последствий.
Сообщивший: врач-психиатр [[P:{d}]], тел. [[T:{phc1}]], [[E:{mo}]]
Направлено в Росздравнадзор через АИС «Фармаконадзор» [[D:{t5}]]""",
    ),
    (
        "C50.9",
        "протокол врачебной комиссии о назначении препарата вне перечня ЖНВЛП (трастузумаб дерукстекан)",
        """{org}
ПРОТОКОЛ ЗАСЕДАНИЯ ВРАЧЕБНОЙ КОМИССИИ № [[R:{vk}]] от [[D:{t2}]]
Председатель: [[P:{h}]]; члены: [[P:{d_s}]], [[P:{e_s}]]; секретарь [[P:{g_s}]]
Пациентка: [[P:{q}]], [[B:{bdq}]], СНИЛС [[S:{sn}]], ЕНП [[O:{enp}]]
Диагноз: {icd}, HER2-low, прогрессирование после 2 линий.
Решение: назначить по жизненным показаниям трастузумаб дерукстекан 100 мг, фл. № 1 (не входит в перечень), 5,4 мг/кг каждые 21 день; закупка по торговому наименованию.
Учётный номер в регистре онкобольных: [[R:{reg}]]
Копия решения выдана пациентке [[D:{t3}]]; контакт: [[T:{ph1}]]""",
    ),
    (
        "C61",
        "выписка из регионального регистра пациентов, получающих гормонотерапию за счёт бюджета",
        """РЕГИОНАЛЬНЫЙ РЕГИСТР ЛЬГОТНОГО ЛЕКАРСТВЕННОГО ОБЕСПЕЧЕНИЯ — карточка пациента
Регистровый №: [[R:{reg}]]   Дата включения: [[D:{told}]]
ФИО: [[P:{p_up}]]   Д.р.: [[B:{bd_iso}]]   СНИЛС: [[S:{sn}]]
Адрес: [[A:{a1}]]   Телефон: [[T:{ph1}]]
Льгота: региональная, код 1<<#>>; инвалидность II гр., справка МСЭ серия {mse_ser} № [[R:{mse}]]
Диагноз {icd}; препарат: гозерелин 10,8 мг капсула для п/к введения № 1 (ATX L02AE03), 1 раз в 12 недель
Последняя выдача: [[D:{t2}]], рецепт [[R:{rx1}]], аптека № {apt}
Ответственный: [[P:{d_s}]]""",
    ),
    (
        "C34.1",
        "запись о выбытии лекарственного препарата в систему маркировки «Честный знак» при льготном отпуске",
        """МДЛП · Уведомление о выбытии по льготному рецепту (схема 10511)
Дата операции: [[D:{t2_iso}]]T{tm2}:12+05:00   МОД аптеки: {big}
GTIN: {gtin}   Серийный №: {dms}   Крипто-хвост (91/92): {cr4} / {crypto}
Препарат: осимертиниб 80 мг № 30, {maker}, серия {lot}, годен до {exp_m}
Документ-основание: рецепт серия {rxs} № [[R:{rxn}]] от [[D:{t1}]]
Получатель: [[P:{p_s}]], СНИЛС [[S:{sn}]]
Ответ МДЛП: операция принята, ID документа {otp}-{big}-{small}
Оператор [[P:{f_s}]], смена {smena}""",
    ),
    (
        "J45.0",
        "чат аптеки в мессенджере о бронировании ингалятора по льготному рецепту",
        """Чат «Аптека № {apt} — бронь» · [[D:{t2_wd}]]
{tm1} Клиент [[P:{p_fi}]]: здравствуйте, у меня рецепт на будесонид+формотерол 160/4,5, серия {rxs} номер [[R:{rxn}]]. Есть?
{tm2} Фармацевт [[P:{f_first}]]: Добрый день! Есть, {qty} уп., серия {lot}, годен до {exp_m2}. Забронировала, код брони [[R:{chat}]].
{tm2} Клиент: за мной сын придёт, [[P:{u_fi}]], его номер [[T:{ph2}]]
{tm3} Фармацевт [[P:{f_first}]]: хорошо, пусть возьмёт паспорт и ваш СНИЛС. Ваш СНИЛС [[S:{sn}]] верно?
{tm3} Клиент: да. И полис [[O:{enp}]] на всякий случай. Мой телефон [[T:{ph1}]]
{tm4} Бот: бронь [[R:{chat}]] действует до [[D:{t3_dm}]] 20:00. Адрес: [[A:{ao}]]""",
    ),
    (
        "G35",
        "карточка пациента федерального регистра ВЗН (рассеянный склероз)",
        """ФЕДЕРАЛЬНЫЙ РЕГИСТР ЛИЦ, БОЛЬНЫХ ВЫСОКОЗАТРАТНЫМИ НОЗОЛОГИЯМИ — выписка
Регистровый номер: [[R:{vzn}]]
Пациент: [[P:{p}]]
Дата рождения: [[B:{bd}]]; пол: {p_sex}
СНИЛС: [[S:{sn}]]   Документ: паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd}
Адрес регистрации: [[A:{a1}]]
Нозология: рассеянный склероз ({icd}); включён [[D:{told}]]
ПИТРС: окрелизумаб 300 мг/10 мл, 2 фл. каждые 6 мес (ATX L04AA36); последняя поставка [[D:{t1}]], партия {lot}
Лечащий невролог: [[P:{d_s}]], [[T:{phc1}]]""",
    ),
    (
        "D66",
        "ведомость выдачи факторов свертывания по программе 14 ВЗН на домашнее лечение",
        """{org}
ВЕДОМОСТЬ ВЫДАЧИ ЛП ПО ПРОГРАММЕ «14 ВЫСОКОЗАТРАТНЫХ НОЗОЛОГИЙ»
Период: с [[D:{t1}]] по [[D:{t4}]]
Пациент: [[P:{k}]], [[B:{bdk}]], рег. № ВЗН [[R:{vzn}]]
Законный представитель: [[P:{q}]], тел. [[T:{ph1}]]
Препарат: октоког альфа 1000 МЕ, фл. № {qty}; серия {lot}, годен до {exp_m}; GTIN {gtin}
Выдано: [[D:{t2}]] — {qty} фл., [[D:{t4}]] — {qty} фл.
Рецепт 148-1/у-04(л): серия {rxs} № [[R:{rxn}]]
Получил: [[P:{q_s}]] (паспорт [[Q:{pas}]]) ______   Выдал: [[P:{f_s}]]""",
    ),
    (
        "B20.7",
        "лист выдачи антиретровирусной терапии в центре СПИД по коду пациента",
        """{org}
ЛИСТ ВЫДАЧИ АРВТ (кабинет ДЛО)
Код пациента: [[R:{aids}]]   Амб. карта: [[R:{amb}]]
Ф.И.О. (заполняется только в карте): [[P:{p}]], [[B:{bd}]]
Схема: долутегравир 50 мг + ламивудин 300 мг + тенофовир 300 мг, по 1 таб.
[[D:{t1}]] — выдано на 90 дней (серия {lot}, {lot2}); [[D:{t4}]] — визит, CD4 <<###>> кл/мкл, ВН < 50 копий/мл
Следующая выдача: [[D:{t6}]]
Контакт для экстренной связи (со слов пациента): [[P:{q_io}]], [[T:{ph2}]]
Врач-инфекционист [[P:{d_s}]]""",
    ),
    (
        "A15.0",
        "ведомость контролируемого приёма противотуберкулёзных препаратов в диспансере",
        """{org}
КАРТА КОНТРОЛИРУЕМОГО ЛЕЧЕНИЯ (ф. ТБ 01), фаза интенсивной терапии
Номер ТБ-карты: [[R:{tb}]]   Рег. номер в регистре туберкулёза: [[R:{tb2}]]
Пациент: [[P:{p}]], [[B:{bdv}]], [[A:{a1}]]
Режим IV: бедаквилин 100 мг, линезолид 600 мг, левофлоксацин 750 мг, циклосерин 250 мг
[[D:{t1_dm}]] ✓   [[D:{t2_dm}]] ✓   [[D:{t3_dm}]] пропуск — звонок на [[T:{ph1}]]   [[D:{t4_dm}]] ✓
Серии: бедаквилин {lot}, линезолид {lot2}
Медсестра [[P:{g_s}]]; фтизиатр [[P:{d_s}]]
Исполнено [[D:{t4}]]""",
    ),
    (
        "N18.5",
        "заявка на доставку лекарств на дом маломобильному пациенту на диализе",
        """ЗАЯВКА НА ДОСТАВКУ ЛП НА ДОМ № [[R:{order}]] от [[D:{t2}]]
Служба доставки {pharma}
Получатель: [[P:{p}]], [[B:{bd}]]; инвалид I группы
Адрес доставки: [[A:{a1}]], подъезд {small}, домофон {otp}
Телефоны: [[T:{ph1}]]; соседка [[P:{q_io}]] — [[T:{ph2}]]
Состав: цинакалцет 30 мг № 28 (серия {lot}); севеламер 800 мг № 180 (серия {lot2}); эпоэтин бета 5000 МЕ № 6
Рецепты: [[R:{rx1}]], [[R:{rx12}]]
Доставить: [[D:{t3}]] с 10 до 14; курьер [[P:{e_s}]]
Вручено [[D:{t3}]] в {tm3}, подпись получателя ______""",
    ),
    (
        "G20",
        "жалоба в аптечную организацию на отказ в отпуске льготного препарата и ответ",
        """Директору {pharma}
от [[P:{q_gen}]], проживающ{q_ei} по адресу [[A:{a1}]], тел. [[T:{ph1}]], [[E:{m2}]]
ЖАЛОБА
[[D:{t1}]] я пришла в аптеку № {apt} получить для отца, [[P:{p_gen}]] ([[B:{bdv}]] г.р.), леводопу+карбидопу 250/25 мг по рецепту серия {rxs} № [[R:{rxn}]]. Фармацевт отказала, сказав, что рецепт «не тот», и не поставила рецепт на отсроченное обслуживание.
Прошу разобраться.   [[P:{q_s}]], [[D:{t1}]]
—
Рег. № [[R:{compl}]]. Ответ от [[D:{t3}]]: рецепт поставлен на отсрочку под № [[R:{defer}]], препарат (серия {lot}) будет доставлен [[D:{t4}]]. Фармацевту [[P:{f_s_dat}]] объявлено замечание. Директор [[P:{h_s}]]""",
    ),
    (
        "M05.8",
        "письмо пациента в территориальный орган Росздравнадзора о перебоях с генно-инженерным препаратом",
        """В Территориальный орган Росздравнадзора
от [[P:{p_gen}]], [[B:{bd}]] г.р.
адрес: [[A:{a2}]]; тел. [[T:{ph1}]]; e-mail [[E:{m1}]]
ОБРАЩЕНИЕ
Я состою в регистре льготников (регистровый № [[R:{reg}]]), диагноз {icd}. С [[D:{told}]] получаю тоцилизумаб 162 мг/0,9 мл. Рецепт серия {rxs} № [[R:{rxn}]] от [[D:{t1}]] не обслужен до сих пор: препарат отсутствует в аптеке № {apt}.
Прошу провести проверку наличия ЛП (РУ {regcert}) в аптечной сети.
[[D:{t2}]]   [[P:{p_s}]]
—
Отметка: вх. № [[R:{inrzn}]] от [[D:{t3}]]; исх. № {outno} направлено в министерство здравоохранения.""",
    ),
]
GENRES28 += [
    (
        "E76.1",
        "выписка из федерального регистра орфанных заболеваний и заявка на закупку фермента",
        """ФЕДЕРАЛЬНЫЙ РЕГИСТР ЛИЦ С ЖИЗНЕУГРОЖАЮЩИМИ И ХРОНИЧЕСКИМИ ПРОГРЕССИРУЮЩИМИ РЕДКИМИ (ОРФАННЫМИ) ЗАБОЛЕВАНИЯМИ
Уникальный номер записи: [[R:{orph}]]
Пациент: [[P:{k}]], дата рождения [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
Законный представитель: [[P:{q}]], СНИЛС [[S:{sn}]], тел. [[T:{ph1}]]
СНИЛС ребёнка: [[S:{sn2}]]; полис [[O:{enp}]]
Диагноз: мукополисахаридоз II типа ({icd}); подтверждён [[D:{told}]]
Заявка на 2027 г.: идурсульфаза 6 мг/3 мл, {big} фл. (0,5 мг/кг еженедельно), КТРУ {ktru}
Фонд «Круг добра»: номер заявки [[R:{order}]]
Врач-генетик [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        "E84.0",
        "журнал выдачи препаратов фонда «Круг добра» детям с муковисцидозом в аптеке больницы",
        """{org}
ЖУРНАЛ ВЫДАЧИ ЛП, ЗАКУПЛЕННЫХ ФОНДОМ «КРУГ ДОБРА»
[[D:{t1}]] | [[P:{k_s}]] ([[B:{bdk_sh}]]) | ивакафтор+тезакафтор+элексакафтор, таб. № 84 | серия {lot} | годен до {exp_m} | получил [[P:{q_s}]], паспорт [[Q:{pas}]]
[[D:{t2}]] | [[P:{n_s}]] | дорназа альфа 2,5 мг/2,5 мл № 30 | серия {lot2} | годен до [[D:{exp}]] | получил лично
Регистровый № орфанного регистра ([[P:{k_s}]]): [[R:{orph}]]
Телефон для связи с семьёй: [[T:{ph1}]]
Выдала провизор [[P:{f_s}]]; лицензия {lic}""",
    ),
    (
        "B18.2",
        "уведомление пациенту о включении в программу лекарственного обеспечения противовирусными препаратами прямого действия",
        """{org}
[[A:{ao}]], тел. [[T:{phc1}]]
[[P:{p_dat}]]
[[A:{a1}]]
Уважаем{p_aya} [[P:{p_io}]]!
Сообщаем, что решением комиссии (протокол № [[R:{vk}]] от [[D:{t2}]]) Вы включены в программу лечения хронического гепатита C ({icd}) софосбувиром+велпатасвиром 400/100 мг, 12 недель.
Рецепт будет выписан [[D:{t3}]], получение в аптеке № {apt} (ежемесячно по 28 таб.).
Ваш номер в региональном регистре: [[R:{reg}]]. При смене номера телефона ([[T:{ph1}]]) сообщите в кабинет {cab}.
Врач-инфекционист [[P:{d_s}]]""",
    ),
    (
        "C92.1",
        "акт сверки остатков иматиниба и выданных упаковок в аптеке онкодиспансера",
        """АКТ СВЕРКИ от [[D:{t4}]]
{org}
Препарат: иматиниб капс. 400 мг № 30 (ЖНВЛП), {maker}, РУ {regcert}
Партия {lot}: получено {big} уп., годен до {exp_m}; партия {lot2}: получено 4<<#>> уп., дата производства [[D:{mfg}]]
Выдано пациентам с {icd} за месяц:
— [[P:{p_s}]], СНИЛС [[S:{sn}]], рецепт {rxs} [[R:{rxn}]] — {qty} уп.
— [[P:{n_s}]], СНИЛС [[S:{sn2}]], рецепт {rxs2} [[R:{rxn2}]] — 1 уп.
Расхождений нет. Зав. аптекой [[P:{f_s}]]; гл. бухгалтер [[P:{g_s}]]""",
    ),
    (
        "I48",
        "аптечный лист назначения и отпуска антикоагулянта по программе льготного обеспечения после инсульта",
        """ЛИСТ ЛЕКАРСТВЕННОГО ОБЕСПЕЧЕНИЯ (ДЛО ССЗ, 2 года после события)
Пациент [[P:{p}]]; д.р. [[B:{bd}]]; СНИЛС [[S:{sn}]]; тел. [[T:{ph1}]]
Дата события (ОНМК): [[D:{told}]]; диагноз {icd}, CHA2DS2-VASc <<#>>
Апиксабан 5 мг № 60: рецепты [[R:{rx1}]] ([[D:{t1}]]), [[R:{rx12}]] ([[D:{t4}]])
Аторвастатин 40 мг № 30: рецепт серия {rxs} № [[R:{rxn}]]
Отпущено аптекой № {apt} ({pharma}): [[D:{t2}]], серия {lot}, цена {price2}
Право на льготу до [[D:{t6}]]. Участковый терапевт [[P:{d_s}]]""",
    ),
    (
        "J44.1",
        "справка-расчёт стоимости отпущенных ингаляторов для возмещения аптеке",
        """{pharma}
СПРАВКА-РАСЧЁТ к счёту № {big} за период с [[D:{t1}]] по [[D:{t5}]]
Рецепт | Получатель | ЛП | Кол-во | Цена | Сумма
{rxs} [[R:{rxn}]] | [[P:{p_s}]], СНИЛС [[S:{sn}]] | тиотропия бромид 2,5 мкг/доза, 60 доз | {qty} | {price2} | —
[[R:{rx1}]] | [[P:{n_s}]], СНИЛС [[S:{sn2}]] | вилантерол+умеклидиния бромид 22+55 мкг | 1 | {price} | {price}
Чек № {chek}, смена {smena}, ФД {fd}, ФП {fp}, ЗН ККТ {zn}
Исполнитель [[P:{f_s}]], [[T:{phc1}]] доб. {ext}""",
    ),
    (
        "G40.2",
        "протокол ВК о замене дженерика противоэпилептического препарата по торговому наименованию",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ВК № [[R:{vk}]]
{org}, [[D:{t2_w}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р., амб. карта [[R:{amb}]], ЕНП [[O:{enp}]]
Диагноз: {icd}. После перевода с оригинального леветирацетама на воспроизведённый (серия {lot}) — учащение приступов с 1 до <<#>> в месяц.
Решение ВК: выписывать по торговому наименованию «Кеппра» 1000 мг № 30 (РУ {regcert}); направить извещение о НР (отсутствие эффекта) — рег. № [[R:{adr}]].
Председатель ВК [[P:{h_s}]]   Секретарь [[P:{g_s}]]
Пациент ознакомлен [[D:{t2}]]: [[P:{p_s}]]""",
    ),
    (
        "F33.2",
        "рецепт на антидепрессант по ф. 107-1/у с отметкой аптеки о частичном отпуске",
        """Ф. 107-1/у   № [[R:{rxn}]]   [[D:{t1}]]
Ф.И.О. пациента: [[P:{p_low}]]
Дата рождения: [[B:{bd_d1}]]
Ф.И.О. лечащего врача: [[P:{d_s}]]
Rp.: Tab. Venlafaxini 75 mg № 60
D.S. по 1 таб. 2 раза в день
Отметка аптеки: [[D:{t2}]] отпущено 1 уп. (№ 30) из 2, серия {lot}, EAN {ean}; остаток можно получить до [[D:{t5}]] по этому же рецепту.
Фармацевт [[P:{f_s}]], аптека «{pharma}», [[A:{ao}]]""",
    ),
    (
        "M32.1",
        "заявление пациента об отказе от набора социальных услуг в части лекарств и справка аптеки",
        """В Отделение Социального фонда России по [[A:{ao2}]]
от [[P:{q_gen}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], паспорт [[Q:{pas}]] выдан [[D:{pas_d}]]
адрес: [[A:{a1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ
Прошу с 1 января предоставлять мне набор социальных услуг без лекарственного обеспечения (денежная выплата).
Справка МСЭ: серия {mse_ser} № [[R:{mse}]]; удостоверение {ud_ser} № [[R:{udost}]]
[[D:{t2}]]   [[P:{q_s}]]
Приложение: справка аптеки № {apt} от [[D:{t1}]] о последнем отпуске гидроксихлорохина 200 мг № 60 по рецепту [[R:{rx1}]] (серия ЛП {lot}).""",
    ),
    (
        "Z94.0",
        "запрос трансплантационного центра в аптеку о наличии такролимуса конкретного производителя",
        """{org}
Исх. № {outno} от [[D:{t2}]]
Заведующей аптекой № {apt} [[P:{f_dat}]]
Прошу сообщить о наличии такролимуса пролонгированного действия 1 мг и 5 мг производства {maker} (серии не ранее {mfg_m}) для пациента [[P:{p_gen}]], [[B:{bd}]] г.р., состоящего в регистре реципиентов под № [[R:{trans}]] (трансплантация почки [[D:{told}]]).
Замена производителя недопустима (решение ВК № [[R:{vk}]]).
Рецепты: серия {rxs} № [[R:{rxn}]], серия {rxs2} № [[R:{rxn2}]].
Контакт координатора: [[P:{e_s}]], [[T:{ph2}]], [[E:{mo}]]""",
    ),
    (
        "Z94.4",
        "SMS-переписка координатора трансплантации с пациентом о выдаче иммуносупрессоров",
        """{tm1} [[D:{t1_dm}]] Координатор [[P:{e_first}]] → [[T:{ph_sms}]]:
[[P:{p_io}]], рецепт на эверолимус 0,75 мг выписан: [[R:{rx1}]]. Аптека № {apt}, [[A:{ao}]].
{tm2} [[P:{p_first}]]: спасибо! а микофенолат?
{tm2} Координатор: будет [[D:{t3_wd}]], рецепт [[R:{rx12}]] отложен (отсрочка [[R:{defer}]]).
{tm3} [[P:{p_first}]]: заберёт доверенное лицо, [[P:{q_fi}]], её тел. [[T:{ph2}]]
{tm4} Координатор: ок, пусть возьмёт доверенность и ваш СНИЛС [[S:{sn}]]. Уровень такролимуса сдать [[D:{t4_dm}]].""",
    ),
    (
        "F84.0",
        "согласие законного представителя на получение ЛП вне инструкции (off-label) ребёнку и решение ВК",
        """ИНФОРМИРОВАННОЕ СОГЛАСИЕ на применение ЛП вне показаний инструкции
Я, [[P:{q}]], паспорт [[Q:{pas}]], законный представитель ребёнка [[P:{k_gen}]], [[B:{bdk}]] г.р. (свид. о рождении [[C:{bc}]]), проживающ{q_ei} [[A:{al1}]],
согласна на применение рисперидона раствор 1 мг/мл, 30 мл (off-label по возрасту), решение ВК № [[R:{vk}]] от [[D:{t1}]].
Мне разъяснены возможные нежелательные реакции. Обязуюсь сообщать о них по тел. [[T:{phc1}]].
СНИЛС ребёнка [[S:{sn}]].   [[D:{t1}]]   подпись ______ [[P:{q_s}]]
Врач-психиатр детский [[P:{d_s}]]""",
    ),
    (
        "M81.0",
        "журнал учёта введения деносумаба в поликлинике с отметками о получении в аптеке",
        """{org}, процедурный кабинет {cab}
ЖУРНАЛ ВВЕДЕНИЯ ДЕНОСУМАБА 60 мг/мл (1 раз в 6 мес)
Пациентка [[P:{q}]], [[B:{bdq}]], рег. № в регистре остеопороза [[R:{reg}]]
1-е введение [[D:{told}]]; 2-е — [[D:{t1}]]; 3-е — [[D:{t4}]]
Шприц получен пациенткой в аптеке [[D:{t3}]] по рецепту серия {rxs} № [[R:{rxn}]], серия {lot}, годен до [[D:{exp}]], хранился при 2–8 °C
Ввела м/с [[P:{g_s}]] в {tm2}; врач [[P:{d_s}]]; тел. пациентки [[T:{ph1}]]""",
    ),
    (
        "L40.0",
        "запрос аптеки прописавшему врачу об исправлении ошибки в рецепте на генно-инженерный биопрепарат",
        """{pharma}, аптека № {apt}
Тел. [[T:{phc1}]], [[E:{mo}]]
Врачу-дерматовенерологу [[P:{d_dat}]]
{org}
Уважаем{d_aya} [[P:{d_io}]]!
В рецепте серия {rxs} № [[R:{rxn}]] от [[D:{t1}]] на имя [[P:{p_gen}]] (СНИЛС [[S:{sn}]]) указан секукинумаб 150 мг/мл, шприц-ручка № 2 без дозировки в МНН и с неверным полисом: [[O:{enp}]] не найден в базе ТФОМС.
Рецепт принят на отсрочку [[R:{defer}]]; прошу выписать новый до [[D:{t3}]].
Провизор [[P:{f_s}]], [[D:{t2}]]""",
    ),
    (
        "K50.0",
        "обращение пациента на горячую линию Росздравнадзора (расшифровка звонка) о подделке упаковки",
        """Горячая линия Росздравнадзора, расшифровка звонка [[D:{t3}]] {tm1}, оператор № {small}
— Представьтесь, пожалуйста.
— [[P:{p_low}]], дата рождения [[B:{bd_w}]].
— Ваш телефон?
— [[T:{ph_said}]].
— Слушаю.
— Получил{p_a} в аптеке адалимумаб 40 мг, шприц, серия {lot}. Сканирую код «Честного знака» — приложение пишет «код не найден», GTIN {gtin}. Рецепт был серия {rxs} номер [[R:{rxn}]].
— Регистрирую обращение, номер [[R:{inrzn}]]. Упаковку не используйте, сохраните чек (№ {chek}, ФД {fd}).
Оператор: [[P:{m_s}]]""",
    ),
    (
        "C90.0",
        "заявка онкогематолога на препарат для пациента в аптеку стационара и накладная на внутреннее перемещение",
        """ТРЕБОВАНИЕ-НАКЛАДНАЯ № {big} от [[D:{t2}]] (внутреннее перемещение)
Отделение гематологии {org}
Для пациента: [[P:{p}]], ИБ № [[R:{ib}]], [[B:{bd}]]
Диагноз {icd}; схема D-VRd, цикл <<#>>
Даратумумаб 1800 мг/15 мл п/к — 1 фл.; серия {lot}; годен до {exp_m}
Бортезомиб 3,5 мг лиоф. — 1 фл.; серия {lot2}; дата производства [[D:{mfg}]]
Леналидомид 25 мг № 21 — 1 уп.; КТРУ {ktru}
Затребовал: зав. отд. [[P:{h_s}]]   Отпустил: провизор [[P:{f_s}]]   Получил: ст. м/с [[P:{g_s}]]""",
    ),
    (
        "C64",
        "уведомление об отзыве серии препарата и обзвон пациентов, получивших её по льготе",
        """ПИСЬМО РОСЗДРАВНАДЗОРА от [[D:{t1}]] № {outno} — изъятие из обращения серии {lot} (сунитиниб 50 мг № 28, РУ {regcert}, годен до {exp_m})
Аптека № {apt}: лист обзвона пациентов, получивших серию {lot}
1) [[P:{p}]], СНИЛС [[S:{sn}]], рецепт [[R:{rx1}]] — [[T:{ph1}]] — дозвонились [[D:{t2}]], замена на серию {lot2}
2) [[P:{n}]], СНИЛС [[S:{sn2}]], рецепт [[R:{rx12}]] — [[T:{ph2}]] — не отвечает; письмо на адрес [[A:{a2}]]
Ответственный [[P:{f_s}]]; доложено [[D:{t3}]]""",
    ),
    (
        "C43.5",
        "лист согласования с фондом ОМС назначения комбинации ниволумаб + ипилимумаб",
        """ЛИСТ СОГЛАСОВАНИЯ ЛЕКАРСТВЕННОЙ ТЕРАПИИ
Пациент: [[P:{p_up}]]   д.р. [[B:{bd}]]   ЕНП [[O:{enp}]]
Онкоконсилиум: протокол № [[R:{vk}]] от [[D:{t1}]], председатель [[P:{h_s}]]
Диагноз {icd}, BRAF wt; схема: ниволумаб 1 мг/кг + ипилимумаб 3 мг/кг, 4 введения; код схемы sh0<<###>>
Согласовано СМО «{pharma} Мед» [[D:{t2}]], эксперт [[P:{m_s}]], тел. [[T:{phc2}]]
Препараты получить в аптеке диспансера по требованию, серии вносятся в карту: {lot}, {lot2}
Контакт пациента: [[T:{ph1}]], [[E:{m1}]]""",
    ),
    (
        "I27.0",
        "регистр пациентов с лёгочной артериальной гипертензией: заявка на поставку на квартал",
        """{org}
ЗАЯВКА НА ЛП ДЛЯ ПАЦИЕНТОВ С ЛАГ, квартал {qty}
№ | Рег. № | ФИО | Д.р. | ЛП | Кол-во
1 | [[R:{orph}]] | [[P:{p_s}]] | [[B:{bd}]] | мацитентан 10 мг № 30 | 3
2 | [[R:{orph2}]] | [[P:{n_s}]] | [[B:{bdn}]] | силденафил 20 мг № 90 | 3
3 | [[R:{reg}]] | [[P:{k_s}]] | [[B:{bdk_sh}]] | бозентан 32 мг дисперг. № 56 | 3
Прогнозная цена: {price} руб.; КТРУ {ktru}
Главный внештатный кардиолог [[P:{h_s}]]; исполнитель [[P:{g_s}]], [[T:{phc1}]]""",
    ),
]
GENRES28 += [
    (
        "E23.0",
        "заявка эндокринолога на включение ребёнка в список получателей соматропина и ответ минздрава",
        """Министерство здравоохранения, отдел лекарственного обеспечения
Заявка от [[D:{t1}]]: включить в список получателей соматропина 12 мг (36 МЕ) картридж
[[P:{k}]], [[B:{bdk}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]], адрес [[A:{a1}]]
Мать: [[P:{q}]], тел. [[T:{ph1}]]
Диагноз {icd}; рост -3,<<#>> SDS; доза 0,033 мг/кг/сут
Эндокринолог [[P:{d_s}]]
—
Ответ от [[D:{t3}]], исх. № {outno}: ребёнок включён, регистровый № [[R:{reg}]]; первый рецепт [[R:{rx1}]] в аптеке № {apt}. Начальник отдела [[P:{h_s}]]""",
    ),
    (
        "E22.0",
        "график выдачи аналога соматостатина пролонгированного действия и отметки о введении",
        """ГРАФИК ОБЕСПЕЧЕНИЯ ЛАНРЕОТИДОМ 120 мг (1 раз в 28 дней)
Пациент [[P:{p}]] · д.р. [[B:{bd}]] · рег. № [[R:{reg}]] · тел. [[T:{ph1}]]
| Дата выдачи | Рецепт | Серия ЛП | Годен до | Введено |
| [[D:{t1}]] | [[R:{rx1}]] | {lot} | {exp_m} | [[D:{t2}]] |
| [[D:{t5}]] | {rxs} [[R:{rxn}]] | {lot2} | [[D:{exp}]] | [[D:{t6}]] |
Соматотропный гормон после операции: ИФР-1 <<###>> нг/мл.
Эндокринолог [[P:{d_s}]]; процедурная м/с [[P:{g_s}]]""",
    ),
    (
        "E27.1",
        "памятка пациента с надпочечниковой недостаточностью и карточка экстренного обеспечения гидрокортизоном",
        """КАРТОЧКА ПАЦИЕНТА С НАДПОЧЕЧНИКОВОЙ НЕДОСТАТОЧНОСТЬЮ (носить с собой)
[[P:{p}]]   дата рождения [[B:{bd}]]
Диагноз {icd}. Получаю: гидрокортизон 10 мг № 100 — 20 мг/сут; флудрокортизон 0,1 мг № 20.
В экстренной ситуации ввести гидрокортизон 100 мг в/м!
Контакт: [[P:{q_s}]] — [[T:{ph2}]]; эндокринолог [[P:{d_s}]] — [[T:{phc1}]]
Льготный рецепт последний: серия {rxs} № [[R:{rxn}]] от [[D:{t2}]]
Удостоверение льготника: {ud_ser} № [[R:{udost}]]
Адрес: [[A:{a1}]]""",
    ),
    (
        "E83.0",
        "письмо семьи в фонд с просьбой о закупке пеницилламина и ответ фонда",
        """В благотворительный фонд «Подари жизнь Волге»
От [[P:{q_gen}]], [[A:{a1}]], тел. [[T:{ph1}]], [[E:{m2}]]
Моему сыну [[P:{k_dat}]] ([[B:{bdk}]] г.р., свидетельство о рождении [[C:{bc}]]) с болезнью Вильсона ({icd}) назначен пеницилламин 250 мг № 100, которого нет в аптеках с [[D:{t1}]]. Рецепт серия {rxs} № [[R:{rxn}]], отсрочка № [[R:{defer}]].
Прошу помочь с закупкой. Мой ИНН [[I:{inn}]]. Справка МСЭ (ребёнок-инвалид) серия {mse_ser} № [[R:{mse}]].
—
Фонд, [[D:{t3}]]: заявка № [[R:{order}]] одобрена; препарат (серия {lot}, годен до {exp_m}) будет передан через куратора [[P:{e_s}]], [[T:{ph2}]].""",
    ),
    (
        "E70.0",
        "накладная на специализированное лечебное питание без фенилаланина для ребёнка",
        """НАКЛАДНАЯ № {big} от [[D:{t2}]] (лечебное питание, региональная программа)
Получатель: [[P:{k}]], [[B:{bdk}]], св-во о рожд. [[C:{bc}]], регистр ФКУ № [[R:{orph}]]
Представитель: [[P:{u}]], паспорт [[Q:{pas}]], тел. [[T:{ph1}]]
Адрес: [[A:{a2}]]
| Наименование | Кол-во | Серия | Годен до |
| Смесь без фенилаланина 400 г | {pack} | {lot} | [[D:{exp}]] |
| Низкобелковая крупа 500 г | {qty} | {lot2} | {exp_m} |
Диагноз {icd}. Рецепт 148-1/у-04(л): [[R:{rx1}]]
Отпустил [[P:{f_s}]]; получил ______""",
    ),
    (
        "D67",
        "телефонограмма гематолога в аптеку о срочной выдаче фактора IX",
        """ТЕЛЕФОНОГРАММА № {small} от [[D:{t3}]] {tm2}
Передал: гематолог [[P:{d}]], [[T:{phc1}]]
Принял: провизор [[P:{f}]], аптека № {apt}, [[T:{phc2}]]
Текст: пациенту [[P:{p_dat}]], [[B:{bd}]] г.р., рег. № ВЗН [[R:{vzn}]], кровоизлияние в коленный сустав. Прошу выдать нонаког альфа 2000 МЕ — {qty} фл. сегодня по рецепту серия {rxs} № [[R:{rxn}]]. За препаратом приедет брат, [[P:{u_s}]], [[T:{ph2}]].
Выдано [[D:{t3}]] в {tm4}, серия {lot}; GTIN {gtin}""",
    ),
    (
        "D68.0",
        "дневник самоинфузий фактора Виллебранда, который пациент сдаёт при получении препарата",
        """ДНЕВНИК ЗАМЕСТИТЕЛЬНОЙ ТЕРАПИИ (сдаётся в аптеку при получении следующей партии)
Пациентка: [[P:{q}]], [[B:{bdq}]], рег. № [[R:{vzn}]]
Препарат: фактор свертывания VIII + фактор Виллебранда 1000 МЕ/2400 МЕ
[[D:{t1_dm}]] — 1 фл., серия {lot}, меноррагия
[[D:{t2_dm}]] — 1 фл., серия {lot}, профилактика перед стоматологом
[[D:{t4_dm}]] — 2 фл., серия {lot2}, носовое кровотечение
Остаток на [[D:{t5}]]: {qty} фл.
Проверил гематолог [[P:{d_s}]]; следующая выдача по рецепту [[R:{rx1}]]
Мой телефон [[T:{ph1}]]""",
    ),
    (
        "D59.5",
        "решение региональной комиссии об обеспечении экулизумабом и письмо в аптеку",
        """РЕШЕНИЕ КОМИССИИ по лекарственному обеспечению больных орфанными заболеваниями
Протокол № [[R:{vk}]] от [[D:{t1}]]
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ЕНП [[O:{enp}]], регистр орфанных [[R:{orph}]]
Диагноз ПНГ ({icd}); экулизумаб 300 мг/30 мл, 3 фл. каждые 14 дней
Решили: обеспечить за счёт регионального бюджета с [[D:{t2}]]; аптека ГБУЗ — [[A:{ao}]].
Председатель [[P:{h}]]
—
Заведующей аптекой [[P:{f_s_dat}]]: выдавать по рецептам ф. 148-1/у-04(л), начиная с [[R:{rx1}]]; контакт пациента [[T:{ph1}]].""",
    ),
    (
        "D69.3",
        "карточка отпуска агониста рецепторов тромбопоэтина в аптечной программе (выгрузка из АИС)",
        """АИС «ЛЛО»: карточка отпуска
Пациент: [[P:{p_s}]]  |  СНИЛС: [[S:{sn}]]  |  ЕНП: [[O:{enp}]]  |  Д/р: [[B:{bd_iso}]]
Льгота: инвалид III гр., справка МСЭ {mse_ser} [[R:{mse}]]
Рецепт: серия={rxs}; номер=[[R:{rxn}]]; дата=[[D:{t1_iso}]]; МКБ={icd}
ЛП: элтромбопаг 50 мг № 28; ЕСКЛП {esklp}
Отпуск: [[D:{t2_iso}]]; серия={lot}; кол-во={qty}; сумма={price}
Фармацевт: [[P:{f_s}]]; аптека {apt}; тел. аптеки [[T:{phc1}]]""",
    ),
    (
        "Z21",
        "анонимная заявка центра СПИД на АРВТ для мигранта и сопроводительное письмо",
        """{org}
Сопроводительное письмо исх. № {outno} от [[D:{t2}]]
В аптеку центра: выдать АРВТ на 30 дней пациенту с анонимным кодом [[R:{aids}]] (гражданин иностранного государства, паспорт [[Q:{pas2}]]; миграционная карта [[R:{aids2}]]).
Схема: биктегравир/эмтрицитабин/тенофовира алафенамид 50/200/25 мг № 30; серия {lot}.
Финансирование — гуманитарная программа, не ОМС.
Контакт: [[P:{p_fi}]], [[T:{ph1}]] (со слов), переводчик [[P:{u_s}]]
Врач [[P:{d_s}]]""",
    ),
    (
        "B18.1",
        "квитанция аптеки о получении энтекавира и памятка по хранению",
        """{pharma} · Аптека № {apt} · [[A:{ao}]]
Кассовый чек № {chek} от [[D:{t2_sh}]] {tm2}, смена {smena}
Энтекавир 0,5 мг № 30 ×{qty} — льгота 100% (рецепт {rxs} [[R:{rxn}]])
Сумма к оплате: 0,00; сумма возмещения {price2}
ФД {fd} ФП {fp} ЗН ККТ {zn}
Покупатель: [[P:{p_s}]]; e-mail для чека [[E:{m1}]]
Памятка: хранить при t ниже 30 °C; серия {lot}, годен до {exp_m}
Фармацевт [[P:{f_first}]]""",
    ),
    (
        "A16.2",
        "акт передачи противотуберкулёзных препаратов фельдшеру ФАП для контролируемого лечения на дому",
        """АКТ № {small} передачи ЛП для контролируемого лечения
[[D:{t2}]]   {org}
Передал: фтизиатр [[P:{d}]]   Принял: фельдшер ФАП [[P:{e}]], тел. [[T:{ph2}]]
Для пациента [[P:{p_gen}]], [[B:{bd}]], проживающ{p_ei} [[A:{al1}]], карта [[R:{tb}]]
Изониазид 300 мг — 60 таб. (серия {lot}); рифампицин 300 мг — 60 капс. (серия {lot2}); пиразинамид 500 мг — 180 таб.
Срок: с [[D:{t2}]] по [[D:{t6}]]. Отчёт о приёме — еженедельно на [[E:{mo}]].""",
    ),
    (
        "C18.7",
        "отчёт аптеки о списании неиспользованного остатка капецитабина после смерти пациента",
        """{org}
АКТ ВОЗВРАТА И СПИСАНИЯ ЛП от [[D:{t4}]]
Родственница [[P:{q}]] (паспорт [[Q:{pas}]], тел. [[T:{ph1}]]) вернула остаток ЛП, выданного [[P:{p_dat}]] ([[B:{bd}]]), умерш{p_ogo} [[D:{t2}]]:
капецитабин 500 мг, 1 уп. (№ 120) вскрытая, 56 таб.; серия {lot}; годен до {exp_m}
Основание выдачи: рецепт серия {rxs} № [[R:{rxn}]], регистр онкобольных [[R:{reg}]]
ЛП списан как непригодный к реализации. Комиссия: [[P:{f_s}]], [[P:{g_s}]], [[P:{h_s}]]""",
    ),
    (
        "C71.9",
        "заявление о выдаче темозоломида доверенному лицу и доверенность",
        """ДОВЕРЕННОСТЬ
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]] выдан [[D:{pas_d}]], код подразделения {kpd}, проживающ{p_ii} по адресу [[A:{a1}]],
доверяю [[P:{u_dat}]], паспорт [[Q:{pas2}]], получать в аптеке № {apt} темозоломид 140 мг № 5 и 100 мг № 5 по рецептам, выписанным на моё имя (первый: серия {rxs} № [[R:{rxn}]]).
Доверенность выдана [[D:{t1}]] сроком на 1 год.
Подпись ______ [[P:{p_s}]]
Удостоверено: главный врач {org} [[P:{h_s}]]; телефон доверенного лица [[T:{ph2}]]""",
    ),
    (
        "C91.1",
        "электронное письмо регионального оператора о замене ибрутиниба на аналог и ответ врача",
        """From: [[E:{mo}]]
To: [[E:{md}]]
Date: [[D:{t2_r3}]] {tm1}
Subject: Рецепт [[R:{rx1}]] — замена МНН
[[P:{d_io}]], добрый день. По рецепту пациента [[P:{p_s_gen}]] (СНИЛС [[S:{sn}]]) ибрутиниб 140 мг не поставлен (контракт расторгнут). Доступен акалабрутиниб 100 мг № 56, серия {lot}. Нужно решение ВК.
Региональный оператор ДЛО, [[P:{m_s}]], [[T:{phc1}]]
> Ответ [[D:{t3_r3}]]: ВК № [[R:{vk}]] от [[D:{t3}]] — замену согласовали, новый рецепт серия {rxs} № [[R:{rxn}]]. [[P:{d_s}]]""",
    ),
    (
        "I25.1",
        "ведомость обзвона пациентов, не получивших льготные препараты после ЧКВ",
        """Отчёт колл-центра ДЛО, [[D:{t3}]]
Список: пациенты, выписанные после ЧКВ, не обратившиеся в аптеку за тикагрелором 90 мг № 56
1. [[P:{p_s}]], [[B:{bd_sh}]] — [[T:{ph1}]] — «не знал(а) о льготе»; рецепт [[R:{rx1}]] передан в аптеку № {apt}
2. [[P:{n_s}]] — [[T:{ph2}]] — номер не обслуживается; адрес [[A:{a2}]] передан участковому [[P:{d_s}]]
3. [[P:{e_s}]] — [[T:{ph_br}]] — получил [[D:{t2}]], серия {lot}
Оператор [[P:{g_s}]]; ответственный [[P:{h_s}]]""",
    ),
    (
        "I50.0",
        "карта фармацевтического консультирования пациента с сердечной недостаточностью",
        """КАРТА ФАРМАЦЕВТИЧЕСКОГО КОНСУЛЬТИРОВАНИЯ № [[R:{order}]]
Аптека № {apt}, [[D:{t2}]]
Пациент [[P:{p}]], возраст {age}, тел. [[T:{ph1}]]
Получает по льготе: сакубитрил+валсартан 49/51 мг № 56 (рецепт {rxs} [[R:{rxn}]]), дапаглифлозин 10 мг № 30 (рецепт [[R:{rx1}]]), спиронолактон 25 мг № 20
Выявлено: самостоятельно принимает ещё ибупрофен 400 мг (куплен за наличные, чек № {chek}).
Рекомендовано: отменить НПВП, обсудить с кардиологом [[P:{d_s_ins}]]
Провизор [[P:{f_s}]]""",
    ),
    (
        "J84.1",
        "запрос пульмонолога в минздрав о бесперебойном обеспечении нинтеданибом",
        """Министру здравоохранения
Исх. № {outno} от [[D:{t2}]]
О лекарственном обеспечении пациента [[P:{p_gen}]]
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], проживает [[A:{al1}]], ИПФ ({icd}), ФЖЕЛ 6<<#>>%, с [[D:{told}]] получает нинтеданиб 150 мг № 60 (2 уп./мес, {price} руб.).
Рецепты серия {rxs} № [[R:{rxn}]] и серия {rxs2} № [[R:{rxn2}]] с [[D:{t1}]] на отсроченном обслуживании ([[R:{defer}]]).
Прошу обеспечить закупку. Главный внештатный пульмонолог [[P:{h_s}]], [[T:{phc1}]]""",
    ),
    (
        "G12.0",
        "акт приёма-передачи нусинерсена из федерального фонда в медицинскую организацию для одного ребёнка",
        """АКТ ПРИЁМА-ПЕРЕДАЧИ от [[D:{t2}]]
Фонд «Круг добра» передаёт, {org} принимает: нусинерсен 12 мг/5 мл, 1 фл., серия {lot}, годен до [[D:{exp}]], SSCC {sscc}
Для пациента [[P:{k}]], [[B:{bdk}]], СНИЛС [[S:{sn}]], номер заявки фонда [[R:{order}]], регистр [[R:{orph}]]
Введение интратекально запланировано на [[D:{t3}]].
Температурный логгер: 2,<<#>>–6,<<#>> °C.
Передал [[P:{e_s}]]; принял провизор [[P:{f_s}]]; мать ребёнка [[P:{q}]], [[T:{ph1}]]""",
    ),
    (
        "G70.0",
        "жалоба на отпуск пиридостигмина с истёкшим сроком годности и ответ аптеки",
        """Книга отзывов и предложений аптеки № {apt}, запись {small}
[[D:{t2}]]. Мне, [[P:{p_dat}]], выдали пиридостигмина бромид 60 мг № 100, серия {lot}, срок годности по упаковке до [[D:{exp_rev}]] — уже истёк! Рецепт серия {rxs} № [[R:{rxn}]]. Требую замены.
Тел. [[T:{ph1}]]   [[P:{p_s}]]
—
Ответ заведующей [[P:{f_s}]] от [[D:{t3}]]: препарат заменён на серию {lot2} (годен до {exp_m}); проведена проверка остатков; жалоба зарегистрирована под № [[R:{compl}]].""",
    ),
    (
        "F31.3",
        "запись в журнале регистрации рецептов на препараты лития, находящиеся на предметно-количественном учёте",
        """ЖУРНАЛ ПКУ · лития карбонат 300 мг № 100
[[D:{t1}]] | остаток 14 уп.
[[D:{t2}]] | расход 1 уп. | рецепт 148-1/у-88 серия {rxs} № [[R:{rxn}]] | [[P:{p_s}]] | [[A:{a1}]]
[[D:{t4}]] | расход 1 уп. | рецепт серия {rxs2} № [[R:{rxn2}]] | [[P:{n_s}]] | амб. карта [[R:{amb}]]
Серия {lot}, производитель {maker}, годен до {exp_m}
Уровень лития пациента [[P:{p_s_gen}]] контролирует психиатр [[P:{d_s}]] (тел. [[T:{phc1}]]).
Проверка остатков [[D:{t5}]]: расхождений нет. [[P:{f_s}]]""",
    ),
    (
        "M45",
        "памятка пациенту о порядке получения ГИБП и талон на выдачу шприц-ручки",
        """ТАЛОН НА ВЫДАЧУ ЛП № [[R:{order}]]
[[P:{p}]]   д.р. [[B:{bd}]]   СНИЛС [[S:{sn}]]
Препарат: нетакимаб 60 мг/мл, 2 шприца (120 мг) — 1 раз в 2 недели
Рецепт: серия {rxs} № [[R:{rxn}]] от [[D:{t1}]]
Получить в аптеке № {apt} с [[D:{t2}]] по [[D:{t4}]]; с собой термосумка!
Если препарата нет — аптека обязана поставить рецепт на отсроченное обслуживание (до 10 рабочих дней).
Ревматолог [[P:{d_s}]]; кабинет {cab}; [[T:{phc1}]]
Адрес аптеки: [[A:{ao}]]""",
    ),
    (
        "H40.1",
        "рецепт на глазные капли по ф. 148-1/у-04(л) с OCR-ошибками скана",
        """PEЦEПT ф. 148-1/y-04(л)   Серия {rxs} № [[R:{rx_ocr}]]
Дата [[D:{t1}]]
ФИО [[P:{p_ocr}]]
Д/р [[B:{bd}]]  СНИЛС [[S:{sn}]]
Адрес [[A:{a1}]]
Rp.: Тафлупрост + тимолол 15 мкг/мл + 5 мг/мл, 0,3 мл № 30 (тюбик-капельница)
МКБ {icd}   Врач [[P:{d_s}]]
Отпущено [[D:{t2}]] — серия {lot}, годен до {exp_m}""",
    ),
    (
        "E05.0",
        "сообщение в аптечную сеть через форму обратной связи о неверной дозировке тиамазола в заказе",
        """Форма обратной связи сайта {pharma}
Дата: [[D:{t3_iso}]] {tm3}
Имя: [[P:{q_fi}]]
Телефон: [[T:{ph_sms}]]
E-mail: [[E:{m2}]]
Номер заказа: [[R:{order}]]
Сообщение: Заказала тиамазол 5 мг № 50, в пакете выдачи 10 мг (серия {lot}). Чек № {chek} от [[D:{t2}]]. Принимаю по 3 таб., чуть не выпила двойную дозу! Доставка была по адресу [[A:{a2}]].
—
Обращение № [[R:{compl}]] принято; ответ направлен [[D:{t4}]] менеджером [[P:{m_s}]]""",
    ),
    (
        "E11.6",
        "реестр пациентов на флеш-мониторинге глюкозы с датчиками, выданными по региональной программе",
        """РЕЕСТР ВЫДАЧИ СИСТЕМ НЕПРЕРЫВНОГО МОНИТОРИНГА ГЛЮКОЗЫ, [[D:{t2}]]
№ | ФИО | Д.р. | СНИЛС | Рецепт | Датчики
1 | [[P:{p_s}]] | [[B:{bd}]] | [[S:{sn}]] | [[R:{rx1}]] | 2 шт., серия {lot}
2 | [[P:{n_s}]] | [[B:{bdn}]] | [[S:{sn2}]] | [[R:{rx12}]] | 2 шт., серия {lot2}
Датчик: сенсор 14 дней, РУ {regcert}, GTIN {gtin}, годен до {exp_m}
Обучение: школа диабета [[D:{t3}]], каб. {cab}; эндокринолог [[P:{d_s}]], [[T:{phc1}]]""",
    ),
]
GENRES28 += [
    (
        "I11.9",
        "справка аптеки об оплате лекарств для налогового вычета",
        """СПРАВКА об оплате медицинских услуг и лекарственных препаратов для представления в налоговый орган
{pharma}, ИНН {innorg}, КПП 0<<########>>, лицензия {lic}
Налогоплательщик: [[P:{p}]]
ИНН налогоплательщика: [[I:{inn}]]   Дата рождения: [[B:{bd}]]
Документ: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]]
Пациент — сам налогоплательщик. Оплачено с [[D:{t1}]] по [[D:{t3}]]: азилсартана медоксомил 40 мг № 28, небиволол 5 мг № 28 (рецепт ф. 107-1/у № [[R:{rxn}]]); сумма {price} руб.
Чеки: № {chek} (ФД {fd}), № {small} (ФД {fp}).
Выдана [[D:{t4}]]. Заведующая [[P:{f_s}]], [[T:{phc1}]]""",
    ),
    (
        "K51.9",
        "заявление в соцзащиту о компенсации стоимости месалазина, купленного за свой счёт",
        """Начальнику управления социальной защиты населения
от [[P:{p_gen}]], [[B:{bd}]] г.р., ИНН [[I:{inn}]], СНИЛС [[S:{sn}]]
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd}
адрес: [[A:{a_br}]]
тел. [[T:{ph1}]], e-mail [[E:{m1}]]
ЗАЯВЛЕНИЕ
Прошу возместить стоимость месалазина 1 г гранулы № 50, купленного [[D:{t1}]] за свой счёт (рецепт серия {rxs} № [[R:{rxn}]] не был обслужен, отсрочка [[R:{defer}]]). Чек № {chek}, сумма {price} руб.
Реквизиты: р/с 40817810<<############>>, БИК 04<<#######>>
[[D:{t2}]]   [[P:{p_s}]]""",
    ),
    (
        "H35.3",
        "направление на интравитреальное введение и лист получения препарата в аптеке стационара",
        """НАПРАВЛЕНИЕ на интравитреальное введение ингибитора ангиогенеза № [[R:{ib}]]
Пациент: [[P:{p}]], [[B:{bd}]], ЕНП [[O:{enp}]]
Диагноз {icd}, OD; инъекция № <<#>> по схеме treat-and-extend
Препарат: афлиберцепт 40 мг/мл, 0,1 мл; решение ВК № [[R:{vk}]]
Дата введения: [[D:{t3}]] в {tm2}, операционная № {small}
—
ЛИСТ ПОЛУЧЕНИЯ: аптека выдала [[D:{t3}]] 1 фл., серия {lot}, годен до [[D:{exp}]]; получила ст. м/с [[P:{g_s}]]; офтальмолог [[P:{d_s}]]
Пациенту: явка через 8 недель, телефон отделения [[T:{phc1}]]""",
    ),
    (
        "D56.1",
        "список выдачи хелатора железа двум детям одной семьи по программе орфанных заболеваний",
        """ВЫДАЧА ДЕФЕРАЗИРОКСА (таб. дисперг. 250 мг № 28) — семья [[P:{q_sur}]]
Мать: [[P:{q}]], паспорт [[Q:{pas}]], тел. [[T:{ph1}]], адрес [[A:{a1}]]
Ребёнок 1: [[P:{k}]], [[B:{bdk}]], св-во о рождении [[C:{bc}]], регистр [[R:{orph}]]
Ребёнок 2: [[P:{n_fi}]], СНИЛС [[S:{sn}]], регистр [[R:{orph2}]]
[[D:{t2}]] — по 3 уп. каждому, серия {lot}; рецепты [[R:{rx1}]] и [[R:{rx12}]]
Ферритин: <<####>> и <<####>> нг/мл. Гематолог [[P:{d_s}]]""",
    ),
    (
        "G30.0",
        "заявление опекуна о получении лекарств за недееспособного подопечного",
        """Заведующему аптекой № {apt}
от опекуна [[P:{u_gen}]], паспорт [[Q:{pas2}]], тел. [[T:{ph2}]]
ЗАЯВЛЕНИЕ
Прошу отпускать мне лекарственные препараты (мемантин 20 мг № 28, ривастигмин ТТС 9,5 мг/24 ч № 30), выписанные моему подопечному [[P:{p_dat}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], проживающему [[A:{al1}]].
Основание: постановление органа опеки № {big}-п от [[D:{told}]] (копия прилагается); решение суда о недееспособности.
Текущий рецепт: серия {rxs} № [[R:{rxn}]] от [[D:{t2}]].
[[D:{t3}]]   [[P:{u_s}]]""",
    ),
    (
        "I63.5",
        "диалог с чат-ботом аптечной сети о статусе льготного рецепта по номеру",
        """Чат-бот «ЛекарствоОнлайн» · [[D:{t3_iso}]]
Бот: Введите серию и номер рецепта.
Пользователь: {rxs3} [[R:{rxn3}]]
Бот: Введите СНИЛС получателя.
Пользователь: [[S:{sn}]]
Бот: Рецепт на клопидогрел 75 мг № 28 для [[P:{p_s_gen}]] выписан [[D:{t1}]], статус «на отсроченном обслуживании» ([[R:{defer}]]). Ожидаемое поступление — [[D:{t4_wd}]].
Пользователь: пришлите смс на [[T:{ph_sms}]]
Бот: Подписка оформлена. Ближайшая аптека: [[A:{ao}]], {tm2}–20:00.""",
    ),
    (
        "F10.2",
        "журнал введения пролонгированного налтрексона в наркологическом кабинете",
        """ГБУЗ «Республиканский наркологический диспансер», кабинет {cab}
ЖУРНАЛ ВВЕДЕНИЯ НАЛТРЕКСОНА (порошок для суспензии 380 мг)
Пациент: [[P:{p}]], [[B:{bd}]], шифр диспансерного учёта [[R:{amb}]]
Согласие на лечение подписано [[D:{told}]]
[[D:{t1}]] — введено 380 мг в/м, серия {lot}; следующее — [[D:{t5}]]
Препарат приобретён пациентом в аптеке (чек № {chek}, {price} руб.) по рецепту № [[R:{rxn}]]
Контакт родственника (с согласия): [[P:{q_io}]], [[T:{ph1}]]
Врач-психиатр-нарколог [[P:{d_s}]]; м/с [[P:{g_s}]]""",
    ),
    (
        "E03.9",
        "сообщения индивидуального предпринимателя-аптеки в мессенджере о предзаказе левотироксина",
        """Аптека ИП [[P:{h_s}]] (ИНН [[I:{inn}]]), [[A:{ao}]]
WhatsApp-переписка, [[D:{t2_dm}]]
{tm1} [[T:{ph1}]]: Здравствуйте, отложите левотироксин 75 мкг № 100, 2 уп. Я [[P:{p_fi}]].
{tm2} Аптека: Добрый день, [[P:{p_first}]]. Есть {maker}, серия {lot}, годен до {exp_m}, {price2} ₽. Отложили до [[D:{t3_dm}]], номер брони [[R:{chat}]].
{tm3} [[T:{ph1}]]: спасибо. Чек пришлите на [[E:{m1}]]
{tm3} Аптека: отправим после оплаты. ОГРНИП 3<<##############>>""",
    ),
]


# the words after which a date-like number is a software version, not a date (corpus 19's
# ``check`` skips them; kept verbatim with it)
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


def kind_of(code: str, genre: str) -> str:
    ident, name, _rec, _parent = ROWS28[code]
    return f"{name} (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.21, {code}, ID {ident}): {genre}"


def source_of(code: str) -> str:
    ident, name, rec, parent = ROWS28[code]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1005 v2.21 (МКБ-10 — Международная статистическая "
        f"классификация болезней и проблем, связанных со здоровьем, 10-й пересмотр), ID {ident}, "
        f"MKB_CODE «{code}», MKB_NAME «{name}», REC_CODE «{rec}», ID_PARENT {parent}"
    )


TEMPLATES = GENRES28


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    codes = [t[0] for t in TEMPLATES]
    assert len(codes) == len(set(codes)), "one kind per directory row"
    assert set(codes) == set(ROWS28), "every row listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(c, g) for c, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for code, genre, template in TEMPLATES:
            extra = {"icd": code, "dx": ROWS28[code][1]}
            doc = build(
                render(rng, template, extra),
                kind_of(code, genre),
                source_of(code),
                f"blind28_{len(docs):04d}",
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
