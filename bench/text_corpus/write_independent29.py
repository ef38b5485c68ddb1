"""Write ``independent29.jsonl``: the twenty-ninth blind corpus, 2026-12-06 — the paperwork
of clinical research, registries and biobanks around one finding of one person.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` were read, to wire the corpus in, and ``blind_half`` was
imported once, to count the halves. Slip, said here so that nobody takes this corpus for
blinder than it is: one ``sed`` of a line range meant to end at ``blind_half`` also printed
the next function, ``target_check`` (it compares per-type recall and precision of a section
with ``PERFECT_TYPES``, ``TARGET_RECALL`` and ``TARGET_PRECISION`` over ``EVAL_TYPES``; no
value of them was shown), and the first lines of ``corpora`` (it generates ``dev`` and
``heldout`` with ``generate(docs, SEED, …)``, loads ``independent`` with ``markup.load()``
and loops over ``BLIND_CORPORA``). No template was written to aim at or around anything seen
there. ``write_independent1``–``18`` and ``20``–``27`` (and corpus 28's writer, in another
worktree) were not opened. From ``write_independent19.py`` only the file format, the
labelling rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim from corpus 19** (which had them from corpora 13–17):
the declension (``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``),
SNILS/ENP/INN check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``,
``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``,
``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum helpers (one change:
the version words it skips are corpus 29's, ``VERSION_WORDS29``, in place of
``VERSION_WORDS19``), ``serialize`` and ``main``. **Written fresh for corpus 29**: the name
lists (Russians, Siberian Tatars, Altaians, Khakas, Shors, Kazakhs of Omsk, Altai Germans,
Poles, Ukrainians, Jews, Armenians, Uzbeks, Tajiks, Kyrgyz, foreign subjects; sponsors',
CROs' and central laboratories' staff in Latin), the towns, streets and villages of Western
Siberia, the Altai, Khakassia, Kuzbass, Krasnoyarsk, Irkutsk, Tatarstan, Moscow and St
Petersburg (``addr29`` and friends), phones (``mob29``, ``city29``, ``brk29``, ``intl29``),
e-mails, passports (``pas29``), every number research paperwork gives to one person
(``REC29``: screening, subject and randomisation numbers, biobank sample, aliquot and
participant codes, sample barcodes, registry numbers, case histories and outpatient cards,
SAE case numbers, pharmacovigilance notices, central-laboratory requisitions, central
imaging uploads, pathology blocks, ECG transmissions, PK tubes), the dense hard negatives of
the field (protocol codes, NCT and EudraCT numbers, sponsors, site numbers, ethics
committee meeting numbers, versions of protocols and consent forms, drug kits and batches,
visits, weeks and cycles, ICD-10 and MedDRA codes, CTCAE grades, lab values with reference
ranges, grants, DOIs, MTAs and acts between organisations, data queries, IWRS transactions,
freezer positions, courier waybills, partial dates of CRFs), the organisations, the dates
(``dates29``: CRF «DD-MMM-YYYY», SAS «DDMMMYYYY», «DD/MMM/YYYY», English «03 Nov 2026») and
every template; ``build_all`` was rewritten, ``render`` draws ``<<shape>>`` numbers with
``shape29`` (``shape``, except that a value of two or more digits never starts with a zero)
and an extra self-check (``check29``: the new date writings and the research numbers'
shapes are never left unlabelled) was added.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «Выявленные
патологии» (OID 1.2.643.5.1.13.13.11.1473, version 2.16, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1473_2.16_part1``–``part3``; ``ID``,
``FULLNAME``, ``METHOD``, ``ANATOM_LOC`` and ``TYPE_PAT`` as its ``_passport`` describes
them; 64 findings — tumours of the lung, thyroid, breast, brain, colon, bladder, prostate,
uterus, skin, paranasal sinuses and lymph nodes, a heart myxoma, myocardial infarction and
arrhythmia, valve and septal defects, drug-induced liver injury, pancreatitis,
cholecystitis, cholangitis and a blocked biliary stent, amyloidosis, anaemia, gastric findings,
a facial haemangioma and a lipoma of the conus — none of the rows
corpus 14 used) in one genre of the paperwork of clinical research, registries and
biobanks (trial screening and identification logs, consent forms for studies, children,
genetic testing and biobanking, CRF pages, data queries, audit trails and SDV findings, SAE
reports, follow-ups, reconciliations and pharmacovigilance notices, ethics committee letters
and minutes, IWRS randomisation and emergency unblinding, monitoring reports and notes to
file, registry enrolment, follow-up, data-quality and vital-status requests, biobank
transfer acts, MTA annexes, freezer inventories, destruction acts, recontact requests and
return of findings, a medical device registry's follow-up card, data-request letters, case reports in draft in Russian and English,
follow-up phone scripts, PRO questionnaires, ePRO diaries, SMS reminders, participant cards,
reimbursement claims and a legal representative's compensation contract, central laboratory and central imaging forms). The kind is «FULLNAME
(Выявленные патологии, 1.2.643.5.1.13.13.11.1473 v2.16, ID N): GENRE»; the ``source``
names the directory entry. One finding and one template per kind (no template is shared).
The kinds of corpora 1–27 (the ``kind`` values of ``independent*.jsonl`` present when this
was written) were listed by a scratch script only to avoid them, compared
case-insensitively; none of the kinds here is among them (``build_all`` asserts the kinds
are unique).

Emphasis: the NUMBERS of one person in research paperwork (screening, subject and
randomisation numbers, biobank sample, aliquot and participant codes, sample barcodes,
registry numbers, case histories and outpatient cards, SAE case numbers; in logs, tables,
listings, e-mails and English fragments, split across lines) beside SNILS, ENP, INN and
passports in consent and registry forms; PHONES of subjects and relatives; NAMES, including
a subject's initials («пациент К.», «К.А.Н.», «Patient K.») and Latin transliterations in
English fragments; PRECISION under the hard negatives of the field (protocol codes, NCT and
EudraCT numbers, site numbers, ethics committee meetings, kits and batches, visits, ICD-10
and MedDRA codes, lab values and reference ranges, grants, DOIs); dates, birth dates,
addresses, e-mails at normal density.

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

Judgement calls added for corpus 29 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of clinical research, registries and biobanks):

* (new) A research code given to ONE person is RECORD_ID, whether or not the paperwork calls
  it pseudonymous: the screening number («S104-017», «СКР-12-031»), the subject number
  («01-017», «SUBJ-0042», «RU104-031»), the randomisation number («R0153», «RND-10087»),
  the biobank participant's code («BBP-004512»), the pre-screening log's number, a registry
  number (corpus 15: one patient's registry entry), an SAE case number and the sponsor's
  worldwide case ID, a pharmacovigilance notice about one patient (corpus 11: a notice
  about one person), a tumour board protocol and a telemedicine request about one patient
  (corpus 14), a contract for compensation with one participant (corpus 10) and the
  incoming number of a participant's withdrawal letter (corpus 10). The key that links the
  code to the person exists at the site (the subject identification log), so the code is
  one person's identifier.
* (new) A number given to ONE person's material is RECORD_ID: a biobank sample's ID, an
  aliquot's ID (the sample's ID with its suffix «-03», «-A1», «/2», one span), the sample's
  barcode and the 12 digits printed under it (corpus 13), a central laboratory's
  requisition or accession of one subject's sample, a PK tube's number, a pathology block
  (corpus 13), a central imaging upload of one subject's study and an ECG transmission.
* (new) Not labelled (numbers of a study, an organisation, a thing or a system): protocol
  codes («CL-2231-RU», «D5180C00017»), NCT and EudraCT numbers, the sponsor, site numbers
  («центр № 104», «Site 07»), the ethics committee's meeting number and its outgoing
  numbers, versions of the protocol and the consent form, amendments, drug kit numbers and
  batches (also when dispensed to one subject: a kit is a thing), IWRS transaction IDs,
  data queries' numbers (a question of a data system about a field, not a document of the
  person), an ePRO device's ID, courier waybills and temperature loggers, MTA and transfer
  acts between organisations («акт № …», «договор о передаче материала …»; corpus 10's acts
  between organisations), a destruction act's own number, freezer, shelf, rack and cell
  positions, visit, week, cycle and day numbers («визит 3», «C2D8»), ICD-10 and MedDRA codes
  and their versions, CTCAE grades, ECOG, RECIST, PI-RADS and scores, lab values with their
  reference ranges, doses, grants («грант РНФ № 24-15-00123»), DOIs, counts of subjects and
  a card's last four digits.
* (new) A subject's initials standing for the person are PERSON: three initials in a CRF,
  a log or a notice («К.А.Н.», in Latin «KAN»), a surname's initial in a case report
  («пациент К., 54 г.», «Patient K.»; the dot inside the span). A name in Latin
  transliteration in an English fragment («Konstantin Cherepanov», «CHEREPANOV Oleg») is
  PERSON (corpus 14). An age («54 г.», «a 54-year-old male»), a sex and a year of birth
  alone are not labelled.
* (new) A CRF's partial date without a day («UN-MAR-2026»), a month and year («03.2026»)
  and a year are not labelled (the rule: a date needs its day and month). Dates in CRF and
  listing writings — «03-NOV-2026», «03NOV2026», «03/NOV/2026», «03 Nov 2026» and ISO — are
  one DATE span each (BIRTH_DATE after «д.р.», «DOB», «BRTHDTC», «Date of birth»). A
  consent form's version date and an ethics committee's meeting date are DATE (every
  calendar date is).
* (new) A system's sender address («iwrs-noreply@…») and a central laboratory's mailbox are
  EMAIL (any owner, corpus 10); a foreign sponsor's or laboratory's phone («+44 20 …») is
  PHONE. An SMS sender name («STUDY-INFO») is not labelled (corpus 19).
* (new) A name printed on an image overlay or left in a copy by mistake and quoted in a
  monitor's remark is PERSON, as any written name.

Run: ``.venv/bin/python bench/text_corpus/write_independent29.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent29.jsonl"
SEED = 2920261206
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

# ---------------------------------------------------------------- people (fresh for corpus 29)
# Western Siberia, the Altai, Khakassia, Tomsk, Kuzbass, Tatarstan, Moscow and St Petersburg:
# Russians, Siberian Tatars, Altaians, Khakas, Shors, Kazakhs of Omsk, Altai Germans, Poles,
# Ukrainians, Jews, Armenians, Uzbeks, Tajiks, Kyrgyz; male base forms (``decl_surname``
# makes the rest).
SURNAMES = [
    "Черепанов",
    "Кудрявцев",
    "Сорокин",
    "Брагин",
    "Потапов",
    "Голубев",
    "Ларионов",
    "Третьяков",
    "Пестов",
    "Шубин",
    "Вершинин",
    "Белоусов",
    "Кондратьев",
    "Овчинников",
    "Рожков",
    "Сабитов",
    "Айтуганов",
    "Кульмаметов",
    "Тайлашев",
    "Чепрасов",
    "Тодышев",
    "Кыдыев",
    "Тюхтенев",
    "Боргояков",
    "Кызласов",
    "Чебодаев",
    "Тиников",
    "Жуманов",
    "Искаков",
    "Шульц",
    "Беккер",
    "Гаус",
    "Янковский",
    "Квятковский",
    "Литвиненко",
    "Бондарчук",
    "Дорошенко",
    "Фельдман",
    "Розенталь",
    "Аветисян",
    "Саркисян",
    "Юлдашев",
    "Рахимов",
    "Назаров",
    "Асанов",
    "Токтогулов",
    "Валиуллин",
    "Гарифуллин",
    "Шайхутдинов",
    "Мухаметзянов",
    "Коновалов",
    "Ефремов",
    "Пичугин",
    "Загоруйко",
    "Перминов",
    "Усольцев",
    "Ярославцев",
    "Носков",
]
M_FIRST = [
    "Олег",
    "Вадим",
    "Станислав",
    "Ростислав",
    "Аркадий",
    "Тимофей",
    "Фёдор",
    "Кирилл",
    "Павел",
    "Илья",
    "Борис",
    "Вячеслав",
    "Эркин",
    "Амыр",
    "Айдар",
    "Ринат",
    "Ильдар",
    "Ерлан",
    "Нурлан",
    "Рустам",
    "Фарход",
    "Улан",
    "Ашот",
    "Давид",
    "Генрих",
    "Виктор",
    "Савелий",
    "Даниил",
    "Ярослав",
    "Глеб",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Галина",
    "Вера",
    "Алина",
    "Оксана",
    "Юлия",
    "Полина",
    "Дарья",
    "Ксения",
    "Василиса",
    "Аруна",
    "Чейнеш",
    "Айана",
    "Гульнара",
    "Динара",
    "Айгуль",
    "Асель",
    "Лилия",
    "Камила",
    "Гаяне",
    "Анаит",
    "Эмма",
    "Ирма",
    "Маргарита",
    "Зоя",
    "Раиса",
    "Таисия",
    "Нигора",
    "Мадина",
]
PAT_STEMS = [
    "Олегов",
    "Вадимов",
    "Станиславов",
    "Павлов",
    "Борисов",
    "Кириллов",
    "Фёдоров",
    "Аркадьев",
    "Тимофеев",
    "Семёнов",
    "Эркинов",
    "Айдаров",
    "Ринатов",
    "Ильдаров",
    "Ерланов",
    "Рустамов",
    "Ашотов",
    "Давидов",
    "Генрихов",
    "Викторов",
    "Петров",
    "Михайлов",
    "Андреев",
    "Дмитриев",
]
FOREIGN = [
    ("Мюллер", "Штефан", True),
    ("Оливейра", "Жуан", True),
    ("Чжан", "Вэй", True),
    ("Хасан", "Карим", True),
    ("Лоран", "Софи", False),
    ("Ким", "Сон Ми", False),
    ("Пак", "Мин Чжи", False),
    ("Росси", "Кьяра", False),
]
INDECL_FIRST = {
    "Чейнеш",
    "Айгуль",
    "Асель",
    "Гаяне",
    "Анаит",
    "Эмма",
    "Ирма",
    "Нигора",
    "Софи",
    "Сон Ми",
    "Мин Чжи",
    "Кьяра",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# sponsors', CROs' and central laboratories' staff in Latin («Dr.», «MD», «PhD» stay outside)
FOREIGN_LAT = [
    "Claire Dubois",
    "Markus Hoffmann",
    "Priya Raman",
    "Tomasz Nowak",
    "Elif Yilmaz",
    "James O'Neill",
    "Ana Ferreira",
    "Lars Eriksen",
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


# ---------------------------------------------------------------- corpus 29: places (fresh)
# Western Siberia, the Altai, Khakassia, Kuzbass, Krasnoyarsk, Irkutsk, Tatarstan, Moscow and
# St Petersburg (the research centres and the patients' homes).
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS29 = [
    (
        "г. Новосибирск",
        "в г. Новосибирске",
        "Новосибирск",
        "Новосибирская область",
        "НСО",
        "630",
        "383",
    ),
    (
        "г. Бердск",
        "в г. Бердске",
        "Бердск",
        "Новосибирская область",
        "Новосиб. обл.",
        "633",
        "38341",
    ),
    ("г. Томск", "в г. Томске", "Томск", "Томская область", "Томская обл.", "634", "3822"),
    ("г. Северск", "в г. Северске", "Северск", "Томская область", "ТО", "636", "3823"),
    ("г. Омск", "в г. Омске", "Омск", "Омская область", "Омская обл.", "644", "3812"),
    ("г. Барнаул", "в г. Барнауле", "Барнаул", "Алтайский край", "АК", "656", "3852"),
    ("г. Бийск", "в г. Бийске", "Бийск", "Алтайский край", "Алт. край", "659", "3854"),
    (
        "г. Горно-Алтайск",
        "в г. Горно-Алтайске",
        "Горно-Алтайск",
        "Республика Алтай",
        "РА",
        "649",
        "38822",
    ),
    ("г. Абакан", "в г. Абакане", "Абакан", "Республика Хакасия", "Хакасия", "655", "3902"),
    (
        "г. Кемерово",
        "в г. Кемерово",
        "Кемерово",
        "Кемеровская область — Кузбасс",
        "Кузбасс",
        "650",
        "3842",
    ),
    (
        "г. Новокузнецк",
        "в г. Новокузнецке",
        "Новокузнецк",
        "Кемеровская область — Кузбасс",
        "Кем. обл.",
        "654",
        "3843",
    ),
    (
        "г. Красноярск",
        "в г. Красноярске",
        "Красноярск",
        "Красноярский край",
        "Красн. край",
        "660",
        "391",
    ),
    ("г. Иркутск", "в г. Иркутске", "Иркутск", "Иркутская область", "Ирк. обл.", "664", "3952"),
    ("г. Тюмень", "в г. Тюмени", "Тюмень", "Тюменская область", "Тюм. обл.", "625", "3452"),
    ("г. Казань", "в г. Казани", "Казань", "Республика Татарстан", "РТ", "420", "843"),
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "119", "499"),
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
STREETS29 = [
    ("ул. Кирова", "Кирова"),
    ("ул. Фрунзе", "Фрунзе"),
    ("пр-т Ленина", "Ленина пр"),
    ("ул. Советская", "Советская"),
    ("ул. Учёных", "Учёных"),
    ("ул. Вокзальная магистраль", "Вокзальная маг."),
    ("пр-т Академический", "Академический пр"),
    ("ул. Красноармейская", "Красноармейская"),
    ("ул. Пушкинская", "Пушкинская"),
    ("ул. Шевченко", "Шевченко"),
    ("ул. Иртышская набережная", "Иртышская наб"),
    ("пер. Нахимова", "Нахимова пер"),
    ("ул. 10-й Пятилетки", "10-й Пятилетки"),
    ("ш. Бердское", "Бердское ш"),
    ("б-р Молодёжи", "бульвар Молодёжи"),
    ("ул. Баумана", "Баумана"),
    ("ул. Декабристов", "Декабристов"),
    ("пр-т Строителей", "Строителей пр"),
    ("мкр. Солнечный", "Солнечный мкр"),
    ("ул. Енисейская", "Енисейская"),
]
# village: with type, locative, district, region
RURAL29 = [
    ("с. Чемал", "в с. Чемал", "Чемальский р-н", "Республика Алтай"),
    ("с. Усть-Кокса", "в с. Усть-Кокса", "Усть-Коксинский р-н", "Республика Алтай"),
    ("с. Белый Яр", "в с. Белый Яр", "Алтайский р-н", "Республика Хакасия"),
    ("пгт Шушенское", "в пгт Шушенское", "Шушенский р-н", "Красноярский край"),
    ("с. Колывань", "в с. Колывани", "Колыванский р-н", "Новосибирская обл."),
    ("р.п. Краснообск", "в р.п. Краснообске", "Новосибирский р-н", "Новосибирская обл."),
    ("с. Кожевниково", "в с. Кожевниково", "Кожевниковский р-н", "Томская обл."),
    ("с. Азово", "в с. Азово", "Азовский немецкий нац. р-н", "Омская обл."),
    ("с. Гальбштадт", "в с. Гальбштадт", "Немецкий нац. р-н", "Алтайский край"),
    ("пгт Шерегеш", "в пгт Шерегеш", "Таштагольский р-н", "Кемеровская обл."),
    ("с. Сростки", "в с. Сростки", "Бийский р-н", "Алтайский край"),
    ("с. Большеречье", "в с. Большеречье", "Большереченский р-н", "Омская обл."),
    ("пгт Балтаси", "в пгт Балтаси", "Балтасинский р-н", "Республика Татарстан"),
    ("с. Листвянка", "в с. Листвянке", "Иркутский р-н", "Иркутская обл."),
]
RURAL_ST29 = [
    "Центральная",
    "Новая",
    "Заречная",
    "Садовая",
    "Трактовая",
    "Лесная",
    "Береговая",
    "Алтайская",
    "Целинная",
    "Кооперативная",
]
ORG_ST29 = [
    "ул. Тимакова",
    "ул. Пирогова",
    "ул. Ляпидевского",
    "пер. Кооперативный",
    "ул. Королёва",
    "ул. Партизана Железняка",
    "Сибирский тракт",
    "ул. Бутлерова",
]


def _t29(rng: random.Random) -> tuple:
    return rng.choice(TOWNS29)


def _hk29(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", " корп. 3", " стр. 2", "/1"])
    return h, rng.randint(1, 280)


def addr29(rng: random.Random) -> str:
    """A subject's or a relative's address as a consent form or a registry card holds it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t29(rng)
    st, bare = rng.choice(STREETS29)
    v, _vl, vdist, vreg = rng.choice(RURAL29)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk29(rng)
    n = rng.randint(1, 88)
    rs = rng.choice(RURAL_ST29)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare}, {h}-{k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare} {h}, кв. {k}",
        lambda: f"{z}, {town}, {st}, {h}, {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}",
        lambda: f"{z}, {vreg}, {v}, {rs}, {n}",
    ]
    return rng.choice(shapes)()


def aloc29(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t29(rng)
    st, bare = rng.choice(STREETS29)
    _v, vl, vdist, _vr = rng.choice(RURAL29)
    h, k = _hk29(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST29)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr29(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a CRF or a registry card)."""
    town, _l, _b, reg, _ra, idx, _c = _t29(rng)
    st, _bare = rng.choice(STREETS29)
    h, k = _hk29(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, {h}-{k},\n{town}",
        ]
    )


def aorg29(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t29(rng)
    st = rng.choice(ORG_ST29)
    n = rng.randint(1, 140)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}, корп. {rng.randint(1, 6)}",
            f"{st}, {n}, {town}",
        ]
    )


# ---------------------------------------------------------------- corpus 29: phones (fresh)
OPS29 = [
    "913",
    "923",
    "983",
    "903",
    "905",
    "953",
    "960",
    "961",
    "962",
    "952",
    "999",
    "996",
    "950",
    "951",
    "929",
    "982",
]
NDASH = "–"


def _mob29(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS29), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob29(rng: random.Random) -> str:
    """A subject's or a relative's mobile as consent forms and call scripts hold it."""
    op, a, b, c = _mob29(rng)
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
            f"+7-{op}-{a}{b}{c}",
        ]
    )


def city29(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t29(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"+7 ({code}) {loc}", f"8 ({code}) {loc}", f"({code}) {loc}", f"8-{code}-{loc}"]
    )


def brk29(rng: random.Random) -> str:
    op, a, b, c = _mob29(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8-{op}-\n{a}-{b}-{c}", f"+7 {op}\n{a} {b} {c}"])


def intl29(rng: random.Random) -> str:
    """A sponsor's or a central laboratory's phone abroad, as an English fragment gives it."""
    return shape(
        rng,
        rng.choice(
            ["+44 20 #### ####", "+49 69 ### ####-##", "+1 (919) ###-####", "+32 2 ### ## ##"]
        ),
    )


MAIL_DOM29 = [
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "ngs.ru",
    "inbox.ru",
    "rambler.ru",
    "bk.ru",
    "list.ru",
]
ORG_MAIL29 = [
    "lek@nsmu-clinic.ru",
    "biobank@sibmed-centr.ru",
    "ctu@tomonko.ru",
    "registry@akkd-barnaul.ru",
    "pv.russia@cro-sibtrial.ru",
    "safety@pharmaclin-ru.com",
    "ethics@kazan-rkb.ru",
    "research@omsk-okb.ru",
    "monitoring@arcadia-cro.ru",
    "central.lab@biolab-euro.eu",
    "datamanagement@nordtrials.com",
    "info@registr-kardio.ru",
]


def mail29(rng: random.Random, sur: str, first: str) -> str:
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
    return f"{local}@{rng.choice(MAIL_DOM29)}"


# ---------------------------------------------------------------- corpus 29: passports (fresh)
OKATO29 = ["50", "69", "52", "01", "84", "95", "32", "04", "25", "71", "92", "45", "40"]


def pas29(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO29), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y} №{n}", f"{o}{y}{n}"]
    )


# ---------------------------------------------------------------- corpus 29: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE person or to one person's material or document: RECORD_ID
REC29 = {
    "scr": ["S###-###", "###-S###", "SCR-###-####", "СКР-##-###", "###-####"],  # screening
    "subj": ["##-###", "SUBJ-####", "RU###-###", "###-###", "P-####", "####-###-#"],  # subject
    "rnd": ["R####", "RND-#####", "R-###-####", "Р-####", "#####"],  # randomisation
    "bb": [
        "BB26-######",
        "SPB-2026-#####",
        "БР-##-#####",
        "BIO-######",
        "НБ-2026-######",
    ],  # sample
    "part": ["BBP-######", "УЧ-##-#####", "D######", "ДОН-#####"],  # biobank participant
    "reg": ["РЕГ-##-######", "RU-%%%-#####", "##-####-#####", "ФР-2026-#####", "R##/#####"],
    "ib": ["26-######", "#####/26", "######-С", "И/####/26"],  # case history
    "amb": ["АК-######", "##/######", "А######", "######-П"],  # outpatient card
    "sae": ["SAE-2026-####", "RU-%%%-2026-######", "СНЯ-26-####", "AER-#######"],  # SAE case
    "pv": ["ИНЯ-2026-######", "ПН-#######", "##-#####-26"],  # notice about one person
    "req": ["LR-########", "ЦЛ-26-######", "REQ%######", "######-CL"],  # central lab requisition
    "img": ["IMG-#####-##", "ЦОИ-26-#####", "UPL########"],  # central imaging transfer
    "blk": ["Г-26-#####/#", "#####/26-Б", "HB26-#####-A#"],  # pathology block of one patient
    "ecg": ["ECG-######", "ЭКГ-26-#####", "T########"],  # ECG transmission of one subject
    "pk": ["PK-###-##", "ФК-####-##"],  # pharmacokinetic tube of one subject
    "mse": ["###.##.##/2026"],
}
# the sample's 12-digit barcode (its printed digits are the same number): RECORD_ID
BARCODE29 = ["26########0#", "7#########0#"]


def rec29(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC29[kind]))


# ---------------------------------------------------------------- corpus 29: hard negatives
PROTO29 = [
    "CL-2231-RU",
    "SIB-ONC-2025-04",
    "D5180C00017",
    "BEACON-3",
    "КИ-НСК-2026/02",
    "HEP-RU-301",
    "CARDIO-REG-07",
    "MK-3475-B21",
    "ALT-BIO-2024",
    "TRX-112-II",
]
SPONSORS29 = [
    "АО «СибФармИнновации»",
    "ООО «Арката Клиникал»",
    "Nordtrials GmbH",
    "ООО «Бионорд Рус»",
    "АО «Фармакор Сибирь»",
    "PharmaClin Europe B.V.",
]
ORGS29 = [
    "ГБУЗ НСО «Городская клиническая больница № 1»",
    "ОГАУЗ «Томский областной онкологический диспансер»",
    "БУЗОО «Областная клиническая больница»",
    "КГБУЗ «Алтайский краевой кардиологический диспансер»",
    "ГАУЗ «Республиканская клиническая больница» МЗ РТ",
    "ГБУЗ «Кузбасский клинический онкологический диспансер им. М.С. Раппопорта»",
    "НИИ кардиологии Томского НИМЦ",
    "ФГБУ «НМИЦ им. ак. Е.Н. Мешалкина» Минздрава России",
    "КГБУЗ «Красноярский краевой клинический онкологический диспансер им. А.И. Крыжановского»",
    "ГБУЗ РХ «Республиканская клиническая больница им. Г.Я. Ремишевской»",
]
BIOBANKS29 = [
    "Биобанк Сибирского медицинского центра",
    "Национальный биобанк «Сибирь»",
    "Биоресурсная коллекция НИИ кардиологии",
    "Биобанк онкодиспансера «BioSib»",
]
ICD29 = ["C34.3", "C18.7", "K85.1", "I21.0", "K74.3", "K71.6", "E85.4", "C73", "I34.0", "C67.2"]
MEDDRA29 = [
    ("Повышение аланинаминотрансферазы", "10001551"),
    ("Нейтропения", "10029354"),
    ("Пневмонит", "10035742"),
    ("Фибрилляция предсердий", "10003658"),
    ("Острое повреждение почек", "10069339"),
    ("Тромбоцитопения", "10043554"),
    ("Диарея", "10012735"),
    ("Анафилактическая реакция", "10002198"),
]
DRUGS29 = [
    "исследуемый препарат SBX-104",
    "пембролизумаб",
    "препарат сравнения (плацебо)",
    "ALT-207",
    "тиклопидин-ретард (исслед.)",
]


def num29(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
VERSION_WORDS29 = ("версия", "версии", "Version", "вер.", "ver.", "редакция")


def dates29(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_mon"] = f"{dd:02d}-{MON_EN[m - 1]}-{y}"  # a CRF's DD-MMM-YYYY
    f[key + "_monc"] = f"{dd:02d} {MON_EN[m - 1].capitalize()} {y}"
    f[key + "_sas"] = f"{dd:02d}{MON_EN[m - 1]}{y}"  # a SAS listing's DDMMMYYYY
    f[key + "_sl"] = f"{dd:02d}/{MON_EN[m - 1]}/{y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled
    f[key + "_unk"] = f"UN-{MON_EN[m - 1]}-{y}"  # a partial date of a CRF: not labelled


def fillers29(rng: random.Random) -> dict:
    f: dict = {}
    f.update(person(rng, "p", foreign_ok=False))  # the subject
    for pre in ("d", "e", "h", "m", "k", "x", "r", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a female relative
    f.update(person(rng, "u", True, foreign_ok=False))  # a male relative
    f.update(person(rng, "c", foreign_ok=False))  # a child subject
    for pre in ("p", "q", "u", "d", "e", "h", "m", "k", "x", "r", "n", "c"):
        male = f[pre + "_male"]
        words = f[pre].split()
        f[pre + "_k"] = words[0][0] + "."  # «пациент К.»
        f[pre + "_kl"] = lat(words[0])[0].upper() + "."  # «Patient K.»
        f[pre + "_ini3"] = "".join(w[0] + "." for w in words)  # «К.А.Н.»
        f[pre + "_ini3l"] = "".join(lat(w)[0].upper() for w in words)  # «KAN» (not used unlabelled)
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in words[1:2] + words[:1])
        f[pre + "_latup"] = lat(words[0]).upper() + " " + lat(words[1]).capitalize()
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_en"] = "male" if male else "female"
        f[pre + "_ru"] = "мужчина" if male else "женщина"
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    bdd = dt.date(rng.randint(1942, 2003), rng.randint(1, 12), rng.randint(1, 28))
    dates29(f, "bd", bdd)
    f["age"] = str(2026 - bdd.year - (1 if (bdd.month, bdd.day) > (11, 15) else 0))
    f["bdy"] = str(bdd.year)  # a year alone: not labelled
    dates29(f, "bdq", dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28)))
    bdc = dt.date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
    dates29(f, "bdc", bdc)
    f["agec"] = str(2026 - bdc.year - 1)
    dates29(f, "bdn", dt.date(rng.randint(1945, 2001), rng.randint(1, 12), rng.randint(1, 28)))
    # the documents' dates: six in order
    cur = dt.date(2026, 1, 10) + dt.timedelta(days=rng.randint(0, 280))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 12))
        dates29(f, f"t{i}", cur)
    dates29(f, "told", dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates29(f, "tlek", dt.date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    t0 = rng.randint(8 * 60, 12 * 60)
    for i in range(1, 5):
        t0 += rng.randint(5, 90)
        f[f"tm{i}"] = f"{t0 // 60:02d}:{t0 % 60:02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr29(rng)
        f[f"ph{i}"] = mob29(rng)
    f["al1"] = aloc29(rng)
    f["a_br"] = abr29(rng)
    f["ao"], f["ao2"] = aorg29(rng), aorg29(rng)
    f["phc1"], f["phc2"] = city29(rng), city29(rng)
    f["ph_br"] = brk29(rng)
    f["phi"] = intl29(rng)
    f["ext"] = str(rng.randint(100, 799))
    f["m1"] = mail29(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail29(rng, f["q_sur"], f["q_first"])
    f["md"] = mail29(rng, f["d_sur"], f["d_first"])
    f["mr"] = mail29(rng, f["r_sur"], f["r_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL29, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas29(rng), pas29(rng)
    f["kpd"] = f"{rng.randint(220, 920)}-{rng.randint(1, 90):03d}"
    f["pasf"] = shape(rng, rng.choice(["N#######", "AB#######", "FA#######", "K########"]))
    f["bc"] = bcert(rng)
    # numbers of one person, one person's material or document
    for key in REC29:
        f[key] = rec29(rng, key)
        f[key + "2"] = rec29(rng, key)
    f["bb_al"] = f["bb"] + shape(rng, rng.choice(["-0#", "-A#", "/#", ".0#"]))
    f["bb_al2"] = f["bb"] + shape(rng, rng.choice(["-1#", "-B#", "/1#"]))
    f["bar"] = shape(rng, rng.choice(BARCODE29))
    f["bar2"] = shape(rng, rng.choice(BARCODE29))
    f["scr_br"] = brk_at(rec29(rng, "scr"))
    f["bb_br"] = brk_at(rec29(rng, "bb"))
    # hard negatives of research paperwork
    f["proto"], f["proto2"] = rng.sample(PROTO29, 2)
    f["nct"] = shape(rng, "NCT0########"[:11])
    f["eudract"] = f"20{rng.randint(15, 25)}-00" + shape(rng, "####-##")
    f["site"] = shape(rng, rng.choice(["1##", "0#", "RU0##", "7###"]))
    f["lekn"] = str(rng.randint(3, 48))
    f["kit"] = shape(rng, rng.choice(["######", "K-#####", "KIT ####-%", "#####-##"]))
    f["kit2"] = shape(rng, rng.choice(["######", "K-#####", "#####-##"]))
    f["batch"] = shape(rng, rng.choice(["24%####", "серия ##%###", "Lot %%####%", "RU####%"]))
    f["visit"] = str(rng.randint(2, 14))
    f["week"] = str(rng.choice([4, 8, 12, 16, 24, 36, 48, 52]))
    f["cycle"] = str(rng.randint(1, 12))
    f["icd1"], f["icd2"] = rng.sample(ICD29, 2)
    f["mdr"], f["mdr_code"] = rng.choice(MEDDRA29)
    f["grant"] = shape(
        rng, rng.choice(["2#-1#-00###", "075-15-202#-###", "FSUS-202#-00##", "2#-7#-10###"])
    )
    f["doi"] = shape(
        rng,
        rng.choice(
            [
                "10.17816/#####-####-####",
                "10.1016/j.ejca.2026.11####",
                "10.15829/1560-4071-2026-####",
                "10.33029/2305-3496-2026-#",
            ]
        ),
    )
    f["ver"] = f"{rng.randint(1, 6)}.{rng.randint(0, 3)}"
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "ЛЭК-###", "#-###/26"]))
    f["mta"] = shape(rng, rng.choice(["MTA-2026/0##", "СПМ-##/26", "ДПМ-2026-0##"]))
    f["query"] = shape(rng, rng.choice(["Q-######", "#####", "DQ####"]))
    f["iwrs"] = shape(rng, rng.choice(["TRN-########", "IW########", "TX-######"]))
    f["rack"] = shape(rng, "морозильник −80 °C № #, полка #, штатив ##, ячейка %#")
    f["sponsor"] = rng.choice(SPONSORS29)
    f["org"], f["org2"] = rng.sample(ORGS29, 2)
    f["biobank"] = rng.choice(BIOBANKS29)
    f["drug"] = rng.choice(DRUGS29)
    f["alt"] = str(rng.randint(120, 640))
    f["ast"] = str(rng.randint(90, 520))
    f["hb"] = str(rng.randint(78, 152))
    f["plt"] = str(rng.randint(38, 390))
    f["neu"] = num29(rng, 0.3, 6.5)
    f["crea"] = str(rng.randint(58, 310))
    f["bil"] = num29(rng, 8, 96)
    f["ecog"] = str(rng.randint(0, 2))
    f["n_scr"] = str(rng.randint(18, 240))
    f["n_rnd"] = str(rng.randint(6, 120))
    f["n_al"] = str(rng.randint(2, 12))
    f["vol"] = num29(rng, 0.2, 4.5)
    f["dose"] = str(rng.choice([100, 200, 240, 400, 600, 800]))
    f["wt"] = str(rng.randint(48, 118))
    f["ht"] = str(rng.randint(150, 196))
    f["bp"] = f"{rng.randint(100, 165)}/{rng.randint(60, 100)}"
    f["small"] = str(rng.randint(2, 30))
    f["score"] = str(rng.randint(0, 100))
    return f


def shape29(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape29(rng, m.group(1)), template)
    fill = fillers29(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 29: genres and kinds
# one kind per finding: (ID in «Выявленные патологии», genre, template); no template is shared
GENRES29: list[tuple[int, str, str]] = [
    (
        1962,
        "журнал скрининга исследовательского центра (screening log)",
        """ЖУРНАЛ СКРИНИНГА / SCREENING LOG — протокол {proto}, центр № {site}, {org}
Главный исследователь: [[P:{d_s}]]; EudraCT {eudract}; {nct}
№ скрин. | инициалы | д.р.          | дата скрининга | исход
[[R:{scr}]] | [[P:{p_ini3}]] | [[B:{bd_mon}]] | [[D:{t1_mon}]] | рандомизирован, № рандомизации [[R:{rnd}]]
[[R:{scr2}]] | [[P:{n_ini3}]] | [[B:{bdn_mon}]] | [[D:{t2_mon}]] | скрин-неудача (критерий исключения 7: ECOG 3)
Примечание: у пациента [[P:{p_s}]] (ИБ [[R:{ib}]]) находка по КТ — {finding}, C34.1; биопсия — блок [[R:{blk}]].
Всего прошли скрининг {n_scr}, рандомизировано {n_rnd}. Ведёт журнал координатор [[P:{k_s}]], тел. [[T:{phc1}]] доб. {ext}.
Проверено монитором [[P:{m_s}]] [[D:{t3}]] (визит мониторинга № {small}).""",
    ),
    (
        722,
        "отчёт о серьёзном нежелательном явлении (первичный, форма СНЯ)",
        """ОТЧЁТ О СЕРЬЁЗНОМ НЕЖЕЛАТЕЛЬНОМ ЯВЛЕНИИ (СНЯ) — первичный
Протокол {proto}; центр {site}; спонсор {sponsor}
Номер случая СНЯ: [[R:{sae}]]; номер субъекта [[R:{subj}]]; инициалы [[P:{p_ini3}]]; дата рождения [[B:{bd_mon}]]; пол {p_sex}
Явление: {finding} (MedDRA PT «{mdr}», код {mdr_code}); степень 3 по CTCAE v5.0
Начало: [[D:{t2_mon}]]; осведомлённость исследователя: [[D:{t3_mon}]]
АЛТ {alt} Ед/л (норма 0–40), АСТ {ast} Ед/л (0–37), билирубин {bil} мкмоль/л (3,4–20,5)
Исследуемый препарат: {drug}, {dose} мг, набор № {kit}, серия {batch}; последний приём [[D:{t2}]]
Госпитализация в {org2}, история болезни [[R:{ib}]]
Сообщил: исследователь [[P:{d}]], [[E:{md}]], тел. [[T:{ph2}]]
Отправлено в отдел фармаконадзора ([[E:{mo}]]) [[D:{t3}]] в {tm1}.""",
    ),
    (
        793,
        "последующий отчёт по СНЯ (follow-up) на английском языке",
        """SAE FOLLOW-UP REPORT #2 — Protocol {proto}, Site {site}
Case ID: [[R:{sae}]]   Subject: [[R:{subj}]]   Initials: [[P:{p_ini3l}]]   DOB: [[B:{bd_monc}]]
Event: {finding} (drug-induced chronic hepatitis), ICD-10 K71.6; onset [[D:{t1_monc}]]
Narrative: Patient [[P:{p_kl}]], a {age}-year-old {p_en}, was randomised on [[D:{t1_sas}]] (randomisation no. [[R:{rnd}]]). At Visit {visit} ALT was {alt} U/L (ref. 0-41). Liver biopsy (block [[R:{blk}]]) on [[D:{t3_monc}]] showed portal inflammation.
Hospital record no.: [[R:{ib}]]; outcome: recovering.
Reporter: Dr. [[P:{d_lat}]], [[E:{md}]]; CRA [[P:{fl1}]], tel. [[T:{phi}]]
Kit numbers dispensed: {kit}, {kit2}; lot {batch}. Protocol version {ver}.""",
    ),
    (
        1868,
        "информированное согласие на участие в клиническом исследовании (лист подписей)",
        """ИНФОРМАЦИОННЫЙ ЛИСТ И ФОРМА ИНФОРМИРОВАННОГО СОГЛАСИЯ, версия {ver} от [[D:{tlek}]]
Исследование {proto} «Таргетная терапия при распространённом раке щитовидной железы» ({finding})
Одобрено ЛЭК {org}, протокол заседания № {lekn} от [[D:{tlek_w}]]
Я, [[P:{p}]], дата рождения [[B:{bd}]], паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd},
проживающ{p_ii} по адресу: [[A:{a1}]], тел. [[T:{ph1}]],
подтверждаю, что получил{p_a} экземпляр информационного листа и добровольно соглашаюсь участвовать.
Подпись участника ___ [[P:{p_s}]]   Дата: [[D:{t1}]]   Время: {tm1}
Согласие получил исследователь: [[P:{d}]] ___ [[D:{t1}]]
Беспристрастный свидетель: не требуется. Номер субъекта (заполняет центр): [[R:{subj}]]""",
    ),
    (
        1979,
        "согласие на передачу биообразцов в биобанк и их использование в будущих исследованиях",
        """СОГЛАСИЕ НА ПЕРЕДАЧУ БИОЛОГИЧЕСКОГО МАТЕРИАЛА В БИОБАНК
{biobank}, [[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo}]]
Я, [[P:{q}]], [[B:{bdq}]] г.р., СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]],
даю согласие на хранение остатков операционного материала (диагноз: {finding}, D05.1), крови и её производных
и на их использование в будущих исследованиях в закодированном виде.
☑ согласна на возврат клинически значимых находок — сообщить по тел. [[T:{ph2}]] или [[E:{m2}]]
☐ не согласна на передачу за рубеж
Код участника биобанка: [[R:{part}]]; образцы: [[R:{bb_al}]], [[R:{bb_al2}]]
Подпись: [[P:{q_s}]]   [[D:{t2_q}]]
Согласие получила медсестра-координатор [[P:{k_s}]]; версия формы {ver}.""",
    ),
    (
        1349,
        "индивидуальная регистрационная карта (CRF), страница «Демография и анамнез»",
        """CRF · Протокол {proto} · Центр {site} · Визит 1 (скрининг)
Номер субъекта: [[R:{subj}]]     Инициалы: [[P:{p_ini3}]]
Дата визита: [[D:{t1_mon}]]   Дата подписания ИС: [[D:{t1_mon}]]
Дата рождения: [[B:{bd_mon}]]   Возраст: {age}   Пол: {p_sex}   Рост {ht} см, масса {wt} кг
Основной диагноз: {finding} (WHO grade 3), дата диагноза [[D:{told_mon}]]; ранее — биопсия, блок [[R:{blk}]]
Сопутствующие: АГ с {bdy} (дата начала неизвестна: {told_unk})
Исходный документ: ИБ [[R:{ib}]], амб. карта [[R:{amb}]]
Заполнил: [[P:{k_s}]] [[D:{t2_mon}]]; подпись исследователя [[P:{d_s}]]
Поле «Телефон для связи» в CRF не заполняется (хранится в журнале идентификации субъектов).""",
    ),
    (
        4123,
        "запрос по данным CRF (data query) и ответ центра",
        """DATA QUERY {query} — статус: открыт · Протокол {proto} · Site {site}
Субъект [[R:{subj}]], визит {visit}, форма «Опухолевые очаги (RECIST 1.1)»
Вопрос (DM [[P:{fl1}]], [[D:{t3_monc}]]): дата КТ [[D:{t2_mon}]] предшествует дате рандомизации [[D:{t3_mon}]]. Уточните.
Ответ центра ([[P:{k_s}]], [[D:{t4_mon}]]): в первичной документации (ИБ [[R:{ib}]]) КТ выполнена [[D:{t2}]]; это скрининговая КТ, очаг — {finding}, 34×21 мм. Дата верна.
Номер рандомизации субъекта [[R:{rnd}]] подтверждён по IWRS ({iwrs}).
Запрос закрыт [[D:{t5_mon}]] монитором [[P:{m_s}]]""",
    ),
    (
        949,
        "рандомизационное уведомление IWRS (e-mail) с выдачей набора препарата",
        """From: [[E:iwrs-noreply@nordtrials.com]]
To: [[E:{md}]]; [[E:{mo}]]
Subject: {proto} — Randomisation confirmation — Site {site} — Subject [[R:{subj}]]
Date: [[D:{t2_monc}]] {tm2}
Subject number: [[R:{subj}]]   Screening no.: [[R:{scr}]]
Date of birth: [[B:{bd_monc}]]   Sex: {p_en}
Randomisation no.: [[R:{rnd}]]   Stratum: STEMI / {finding}
Kit dispensed: {kit} (lot {batch}, expiry {exp_m})   Visit: Randomisation (V2)
Transaction: {iwrs}. Performed by: [[P:{e_lat}]]
Contact the IWRS helpdesk: [[T:{phi}]] (24/7). This message contains no treatment allocation.""",
    ),
    (
        1099,
        "протокол экстренного раскрытия кода рандомизации",
        """ПРОТОКОЛ ЭКСТРЕННОГО РАСКРЫТИЯ КОДА РАНДОМИЗАЦИИ
Исследование {proto}, центр {site}, {org}
Субъект [[R:{subj}]] ([[P:{p_s}]], [[B:{bd}]] г.р.), номер рандомизации [[R:{rnd}]]
[[D:{t4}]] в {tm3} у субъекта развилась {finding}, потребовавшая кардиоверсии (ИБ [[R:{ib}]]).
Код раскрыт исследователем [[P:{d}]] через IWRS, транзакция {iwrs}; набор № {kit}.
Причина: выбор антиаритмической терапии. Спонсор уведомлён [[D:{t4}]] по [[E:{mo}]] и тел. [[T:{phc2}]].
Родственник пациента ([[P:{q_fi}]], тел. [[T:{ph2}]]) о раскрытии не информировался.
Номер извещения о СНЯ: [[R:{sae}]]. Подпись: [[P:{d_s}]]""",
    ),
    (
        4392,
        "отчёт о визите мониторинга (мониторинговый визит, SDV)",
        """ОТЧЁТ О МОНИТОРИНГОВОМ ВИЗИТЕ № {small}
Протокол {proto}; центр № {site}, {org}; [[A:{ao}]]
Дата визита: [[D:{t5}]]; монитор: [[P:{m}]] ({sponsor}), [[E:{mo2}]]
Присутствовали: ГИ [[P:{d_s}]], координатор [[P:{k_s}]]
Проверка первичной документации (SDV): субъекты [[R:{subj}]], [[R:{subj2}]]
1. Субъект [[R:{subj}]]: находка ЭхоКГ «{finding}» внесена в CRF как анамнез, но в ИБ [[R:{ib}]] выявлена впервые [[D:{t2}]] — требуется исправление.
2. В журнале идентификации субъектов для [[R:{subj2}]] указан устаревший телефон; новый — [[T:{ph1}]].
3. Информированное согласие версии {ver} переподписано [[D:{t3}]].
Отклонения от протокола: 1 (окно визита {visit} нарушено на 3 дня). Следующий визит ориентировочно [[D:{t6}]].""",
    ),
    (
        17,
        "регистрационная карта включения в регистр пациентов с амилоидозом",
        """РЕГИСТР ПАЦИЕНТОВ С СИСТЕМНЫМ АМИЛОИДОЗОМ — карта включения
Регистровый номер: [[R:{reg}]]   Дата включения: [[D:{t1}]]
ФИО: [[P:{p}]]   Дата рождения: [[B:{bd}]]   Пол: {p_sex}
СНИЛС: [[S:{sn}]]   ЕНП: [[O:{enp}]]
Адрес: [[A:{a_br}]]
Телефон: [[T:{ph1}]]; контактное лицо: [[P:{q_io}]] (дочь), [[T:{ph2}]]
Находка: {finding} (УЗИ, МРТ), E85.4; биопсия — блок [[R:{blk}]], окраска конго красным положительна
Медицинская организация: {org}, амб. карта [[R:{amb}]]
Врач, включивший пациента: [[P:{d_s}]]; согласие на обработку ПДн подписано [[D:{t1}]]""",
    ),
    (
        2223,
        "акт приёма-передачи биообразцов между биобанком и лабораторией",
        """АКТ ПРИЁМА-ПЕРЕДАЧИ БИООБРАЗЦОВ № {mta} от [[D:{t3}]]
Передающая сторона: {biobank} ([[A:{ao}]]), ответственный [[P:{x_s}]]
Принимающая сторона: лаборатория молекулярной онкологии ([[A:{ao2}]]), ответственный [[P:{r_s}]]
Основание: договор о передаче материала {mta}, проект «Мутационный профиль: {finding}», грант РНФ № {grant}
№ | ID образца      | аликвота        | тип         | объём, мл | штрихкод
1 | [[R:{bb}]]      | [[R:{bb_al}]]   | плазма ЭДТА | {vol}     | [[R:{bar}]]
2 | [[R:{bb2}]]     | —               | FFPE-блок   | —         | [[R:{bar2}]]
Хранение до передачи: {rack}. Транспортировка на сухом льду, логгер t° № {kit}.
Образцы закодированы, персональные данные не передаются. Сдал: [[P:{x_s}]]  Принял: [[P:{r_s}]]""",
    ),
    (
        4271,
        "письмо в локальный этический комитет о поправке к протоколу",
        """Председателю ЛЭК {org} [[P:{h_s_dat}]]
[[A:{ao}]]
исх. № {outno} от [[D:{t1}]]
Уважаемый (-ая) [[P:{h_io}]]!
Направляем на рассмотрение поправку № 3 к протоколу {proto} ({nct}) и информационный листок версии {ver}.
Поправка вызвана случаем у субъекта [[R:{subj}]]: при плановой ЭхоКГ выявлена {finding} (см. отчёт о СНЯ [[R:{sae}]]).
Персональные данные участника в письме не приводятся.
Контактное лицо: [[P:{k}]], тел. [[T:{phc1}]] доб. {ext}, [[E:{mo2}]]
Главный исследователь [[P:{d_s}]]""",
    ),
    (
        3952,
        "выписка из протокола заседания ЛЭК об одобрении исследования",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ЗАСЕДАНИЯ № {lekn} ЛОКАЛЬНОГО ЭТИЧЕСКОГО КОМИТЕТА
{org}, [[A:{ao}]]
Дата заседания: [[D:{t1_w}]]. Присутствовали 9 из 11 членов; председатель [[P:{h}]], секретарь [[P:{e_s}]]
Слушали: заявку на проведение исследования «Наблюдательное исследование пациентов с находкой „{finding}“ при УЗИ» (протокол {proto}, версия {ver}, спонсор {sponsor}).
Главный исследователь: [[P:{d}]], [[E:{md}]]
Решили: одобрить; форма информированного согласия версии {ver} от [[D:{tlek}]] одобрена.
Голосовали: «за» — 9. Грант № {grant}.
Секретарь ЛЭК [[P:{e_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        1915,
        "письмо-запрос исследователя на доступ к данным регистра",
        """В комитет по доступу к данным {biobank}
[[E:{mo}]]
ЗАПРОС НА ПРЕДОСТАВЛЕНИЕ ДАННЫХ И ОБРАЗЦОВ
Заявитель: [[P:{r}]], к.м.н., лаборатория геномики; [[E:{mr}]], тел. [[T:{ph3}]]
Тема: «Клональная эволюция: {finding}» (грант {grant}; публикация-основа doi:{doi})
Запрашиваются: обезличенные данные {n_scr} участников (без ФИО, СНИЛС, дат рождения), образцы ДНК.
Для верификации выборки прилагаем список из двух участников, давших отдельное согласие на повторный контакт:
— [[P:{p_s}]], регистровый № [[R:{reg}]], тел. [[T:{ph1}]]
— [[P:{n_s}]], регистровый № [[R:{reg2}]]
Дата запроса: [[D:{t2}]]. Руководитель [[P:{h_s}]]""",
    ),
    (
        2462,
        "черновик клинического случая для публикации (на русском)",
        """Черновик статьи (для «Сибирского онкологического журнала»), ред. от [[D:{t4}]]
Авторы: [[P:{d_i}]], [[P:{e_i}]], [[P:{h_i}]]
КЛИНИЧЕСКИЙ СЛУЧАЙ. Пациент [[P:{u_k}]], {age} лет, обратился [[D:{t1}]] с жалобами на дизурию. По данным МРТ — {finding}, PI-RADS 5.
Биопсия [[D:{t2_wd}]] (блок [[R:{blk}]]): ацинарная аденокарцинома, Глисон 4+4.
Пациент включён в исследование {proto} ({nct}), номер субъекта [[R:{subj}]] — !!! удалить перед подачей.
Таблица 1. ПСА: 48 нг/мл (норма до 4,0); тестостерон 0,4 нмоль/л.
Финансирование: грант {grant}. DOI будет присвоен журналом.
Ответственный автор: [[P:{d}]], [[E:{md}]]""",
    ),
    (
        2517,
        "сценарий телефонного звонка для последующего наблюдения (follow-up)",
        """СЦЕНАРИЙ ЗВОНКА ПОСЛЕДУЮЩЕГО НАБЛЮДЕНИЯ — {proto}, месяц 12
Субъект [[R:{subj}]] · звонок [[D:{t5}]] {tm2} · звонит [[P:{k_s}]]
Номер из журнала идентификации: [[T:{ph1}]]; запасной — [[T:{phc1}]]
— Добрый день, могу я поговорить с [[P:{p_io_ins}]]? Это исследовательский центр {org2}.
— Да, это я.
— Подтвердите, пожалуйста, дату рождения.
— [[B:{bd_w}]].
— Были ли госпитализации после визита {visit}? Повторное УЗИ по поводу «{finding}»?
— УЗИ делала [[D:{t3_wd}]] в частной клинике, номер карты [[R:{amb}]].
— Нужна копия. Можно прислать на [[E:{mo}]].
Итог: событий нет; копия УЗИ будет прислана. Следующий звонок — [[D:{t6}]].""",
    ),
    (
        1191,
        "опросник исходов, сообщаемых пациентом (PRO), с титульным листом",
        """ОПРОСНИК КАЧЕСТВА ЖИЗНИ (EQ-5D-5L + шкала симптомов) — протокол {proto}
Номер субъекта: [[R:{subj}]]   Визит: {visit}   Дата заполнения: [[D:{t3}]]
Заполняет пациент самостоятельно. Не пишите своё имя на этом листе!
1. Подвижность: 2   2. Уход за собой: 1   3. Повседневная деятельность: 3
4. Боль/дискомфорт: 2   5. Тревога/депрессия: 3   ВАШ здоровья: {score}
Свободный комментарий пациента: «Головокружение при вставании ({finding}), давление {bp}. Муж, [[P:{u_io}]], возил на визит. Звоните ему: [[T:{ph2}]]. [[P:{p_fi}]]»
Отметка координатора: персональные данные в комментарии зачёркнуты в копии для спонсора [[D:{t3}]]; [[P:{k_s}]]""",
    ),
    (
        60,
        "лист скрининга на соответствие критериям включения/исключения",
        """ЛИСТ ПРОВЕРКИ КРИТЕРИЕВ (Inclusion/Exclusion) — {proto}, центр {site}
Скрининговый номер [[R:{scr}]]; пациент [[P:{p_s}]], [[B:{bd}]] г.р.; ИБ [[R:{ib}]]
Включение:
  1. Возраст 18–75 лет ({age}) — да
  2. {finding}, подтверждённый КТ [[D:{t1}]] (Balthazar D) — да
  3. Госпитализация < 48 ч (поступил [[D:{t1}]] в {tm1}) — да
Исключение:
  5. Липаза > 3 ВГН — не применимо; креатинин {crea} мкмоль/л (N 62–115)
  9. Участие в другом КИ в течение 30 дней — нет (проверено по регистру [[R:{reg}]])
Решение: соответствует. Исследователь [[P:{d_s}]], [[D:{t1}]] {tm2}. Визит 1, набор № {kit} не выдан (ожидается рандомизация).""",
    ),
    (
        882,
        "извещение о нежелательной реакции в Росздравнадзор (АИС «Фармаконадзор»)",
        """ИЗВЕЩЕНИЕ О НЕЖЕЛАТЕЛЬНОЙ РЕАКЦИИ ИЛИ ОТСУТСТВИИ ТЕРАПЕВТИЧЕСКОГО ЭФФЕКТА
Регистрационный № извещения: [[R:{pv}]]; первичное; дата [[D:{t3}]]
Пациент: инициалы [[P:{p_ini3}]], пол {p_sex}, возраст {age}, масса {wt} кг; № ИБ [[R:{ib}]]
Реакция: {finding} на фоне приёма {drug} (КИ {proto}, субъект [[R:{subj}]]); начало [[D:{t2}]]
Серия препарата: {batch}; доза {dose} мг/сут
Исход: выздоровление с последствиями. MedDRA: {mdr_code}.
Сообщивший: [[P:{d}]], {org}, [[A:{ao}]], тел. [[T:{phc1}]], [[E:{md}]]
Номер СНЯ спонсора: [[R:{sae}]]""",
    ),
    (
        2447,
        "направление на центральный пересмотр гистологических блоков (central pathology review)",
        """НАПРАВЛЕНИЕ МАТЕРИАЛА НА ЦЕНТРАЛЬНЫЙ ПЕРЕСМОТР — {proto}
Центр {site} → центральная лаборатория (Central Lab Europe, [[E:{mo}]], тел. [[T:{phi}]])
Субъект [[R:{subj}]]; год рождения {bdy}; пол {p_sex}
Диагноз местной лаборатории: {finding}, pT2a, C67.2
Блоки: [[R:{blk}]], [[R:{blk2}]]; стёкла H&E — 2 шт.
Номер заявки центральной лаборатории: [[R:{req}]]; штрихкод контейнера [[R:{bar}]]
Курьерская накладная DHL {kit2} — не относится к пациенту.
Отправил патолог [[P:{e_s}]] [[D:{t2}]]; копия направления — в ИБ [[R:{ib}]]
Вопросы по образцам: [[P:{k}]], [[T:{ph3}]]""",
    ),
    (
        4002,
        "загрузка снимков на центральную оценку (central imaging review, RECIST)",
        """ФОРМА ПЕРЕДАЧИ ИЗОБРАЖЕНИЙ НА НЕЗАВИСИМУЮ ЦЕНТРАЛЬНУЮ ОЦЕНКУ
Протокол {proto}; центр {site}; субъект [[R:{subj}]]; таймпойнт: неделя {week}
Номер загрузки: [[R:{img}]]; дата исследования [[D:{t3_mon}]]; модальность КТ ОГК/ОБП с контрастом
Деперсонализация DICOM: PatientName заменено на номер субъекта, PatientBirthDate удалена. Исходное исследование в PACS центра — accession [[R:{ib2}]].
Локальная оценка: {finding}, сумма диаметров 61 мм (исходно 74 мм), RECIST 1.1 — частичный ответ.
Загрузил: [[P:{e_s}]] [[D:{t3}]] {tm3}; проверил [[P:{d_s}]]
Проблема: в серии 4 на оверлее осталось «[[P:{p_up}]]» — загрузка [[R:{img2}]] отклонена, повторно [[D:{t4}]].""",
    ),
    (
        2283,
        "отчёт о случае смерти участника исследования",
        """ОТЧЁТ О СМЕРТИ УЧАСТНИКА ИССЛЕДОВАНИЯ (Death Report Form)
Протокол {proto}; центр {site}; субъект [[R:{subj}]]; номер рандомизации [[R:{rnd}]]
Дата смерти: [[D:{t5_mon}]]; место: {org2}, ИБ [[R:{ib}]]
Непосредственная причина: перфорация тонкой кишки; основное заболевание: {finding}
Медицинское свидетельство о смерти: серия 50 № [[R:{ib2}]] от [[D:{t5}]]
Вскрытие: проведено, протокол [[R:{blk}]]
О смерти сообщил{u_a} сын пациента [[P:{u}]] по тел. [[T:{ph2}]] [[D:{t5}]]
Связь с исследуемым препаратом: маловероятна. СНЯ [[R:{sae}]]
Исследователь [[P:{d}]] ___ [[D:{t6_mon}]]""",
    ),
    (
        1699,
        "отзыв информированного согласия и решение о судьбе образцов",
        """Главному исследователю [[P:{d_s_dat}]]
от участника исследования {proto} [[P:{p_gen}]], [[B:{bd}]] г.р.,
зарегистрированн{p_omu} по адресу [[A:{a1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ ОБ ОТЗЫВЕ СОГЛАСИЯ
Я отзываю своё согласие на участие в исследовании (диагноз: {finding}) с [[D:{t4}]].
☑ прошу уничтожить мои образцы в биобанке (код участника [[R:{part}]], образцы [[R:{bb}]], [[R:{bb2}]])
☐ разрешаю использовать уже полученные данные
Паспорт [[Q:{pas}]]. Подпись [[P:{p_s}]]   [[D:{t4}]]
Отметка центра: номер субъекта [[R:{subj}]]; акт уничтожения образцов № {mta} от [[D:{t6}]]; ответственный [[P:{x_s}]]""",
    ),
    (
        3220,
        "информированное согласие законного представителя на участие ребёнка в исследовании",
        """ФОРМА СОГЛАСИЯ РОДИТЕЛЯ (ЗАКОННОГО ПРЕДСТАВИТЕЛЯ), версия {ver}
Исследование {proto} «Протонная терапия опухолей ЦНС у детей» — {finding}
Я, [[P:{q}]], паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], тел. [[T:{ph2}]], [[E:{m2}]],
являясь матерью [[P:{c_gen}]], [[B:{bdc}]] г.р. (свидетельство о рождении [[C:{bc}]], СНИЛС ребёнка [[S:{sn2}]], полис [[O:{enp2}]]),
проживающ{c_ei} по адресу: [[A:{a1}]],
даю согласие на участие ребёнка в исследовании. Согласие ребёнка ({agec} лет) получено устно.
Подпись [[P:{q_s}]]   [[D:{t1}]]
Исследователь [[P:{d_s}]] [[D:{t1}]]; номер субъекта [[R:{subj}]]; ИБ [[R:{ib}]]""",
    ),
    (
        44,
        "ежегодная анкета последующего наблюдения регистра (почтовая рассылка)",
        """РЕГИСТР РЕДКИХ ЗАБОЛЕВАНИЙ — АНКЕТА ЕЖЕГОДНОГО НАБЛЮДЕНИЯ за 2026 год
Кому: [[P:{p_dat}]]
Куда: [[A:{a2}]]
Ваш регистровый номер: [[R:{reg}]] (укажите его в ответе)
Уважаем{p_yi} [[P:{p_io}]]! Просим ответить на вопросы о течении заболевания ({finding}).
1. Дата последнего УЗИ: [[D:{t2}]]   2. Размер селезёнки: 14,<<#>> см
3. Госпитализации за год: {small} дн.   4. Изменился ли ваш телефон? Новый: [[T:{ph1}]]
Ответ можно отправить на [[E:{mo}]] или по тел. [[T:{phc1}]] (пн–пт)
Оператор регистра [[P:{k_s}]]; дата рассылки [[D:{t1}]]""",
    ),
    (
        923,
        "проверка качества данных регистра врождённых пороков (data quality report)",
        """ОТЧЁТ О КАЧЕСТВЕ ДАННЫХ РЕГИСТРА ВПС — выгрузка [[D:{t3_iso}]]
Правило DQ-12: дубликаты по СНИЛС. Найдено записей: 2
• [[R:{reg}]] — [[P:{c_s}]], [[B:{bdc}]], СНИЛС [[S:{sn}]], диагноз «{finding}» (Q21.1)
• [[R:{reg2}]] — [[P:{c_s}]], [[B:{bdc}]], СНИЛС [[S:{sn}]], диагноз «ДМПП вторичный»
Рекомендация: объединить, оставить [[R:{reg}]]; законный представитель [[P:{q_s}]], тел. [[T:{ph2}]]
Правило DQ-07: дата операции раньше даты рождения — 0 записей. Правило DQ-19: пустой ЕНП — 3 записи.
Всего записей в регистре: {n_scr}<<##>>; центров: {small}. Отчёт сформировал [[P:{x_s}]]""",
    ),
    (
        4340,
        "лист сбора фармакокинетических образцов (PK sampling sheet)",
        """ЛИСТ ФАРМАКОКИНЕТИЧЕСКИХ ОБРАЗЦОВ — {proto}, цикл {cycle}, день 1
Субъект [[R:{subj}]] · инициалы [[P:{p_ini3}]] · дата [[D:{t3_mon}]]
Доза {dose} мг в/в, начало инфузии {tm1}, окончание {tm2}
Точка  | время | пробирка       | факт. время
pre    | −0,5 ч | [[R:{pk}]]     | {tm1}
0,5 ч  | +0,5 ч | [[R:{pk2}]]    | {tm3}
Центрифугирование 1500 g, 10 мин; хранение −70 °C; заявка ЦЛ [[R:{req}]]
Исходно Hb {hb} г/л (N 120–160), тромбоциты {plt}×10⁹/л — {finding}, коррекция не требуется.
Забор: медсестра [[P:{e_s}]]; отправка в ЦЛ [[D:{t4_mon}]]; набор ЦЛ (лабкит) № {kit}""",
    ),
    (
        2477,
        "запись в журнале идентификации субъектов исследования (subject identification log)",
        """ЖУРНАЛ ИДЕНТИФИКАЦИИ СУБЪЕКТОВ (хранится только в центре!) — {proto}, центр {site}
Номер субъекта | ФИО | дата рождения | № ИБ / амб. карты | телефон | дата ИС
[[R:{subj}]] | [[P:{q}]] | [[B:{bdq}]] | [[R:{ib}]] / [[R:{amb}]] | [[T:{ph1}]] | [[D:{t1}]]
[[R:{subj2}]] | [[P:{n}]] | [[B:{bdn}]] | [[R:{ib2}]] | [[T:{ph2}]] | [[D:{t2}]]
Примечание к [[R:{subj}]]: диагноз — {finding}; адрес для писем: [[A:{a2}]]
Журнал ведёт [[P:{k_s}]]; проверено [[P:{d_s}]] [[D:{t3}]]
Спонсору не передаётся. Всего в журнале {n_rnd} записей.""",
    ),
    (
        38,
        "пригласительное письмо для предварительного скрининга из базы МИС",
        """{org}
[[A:{ao}]]
[[P:{p_dat}]]
[[A:{a1}]]
Уважаем{p_yi} [[P:{p_io}]]!
По данным Вашей медицинской карты ([[R:{amb}]]) у Вас при УЗИ [[D:{told}]] выявлен {finding}. В нашем центре проходит наблюдательное исследование {proto}.
Если Вы хотите узнать подробности, позвоните исследовательской медсестре [[P:{k_io}]] по тел. [[T:{phc1}]] или напишите на [[E:{mo}]].
Ваш предварительный номер в журнале предскрининга: [[R:{scr}]].
Участие добровольно; отказ не повлияет на лечение.
Исследователь [[P:{d_s}]]   [[D:{t1}]]""",
    ),
    (
        1290,
        "дневник пациента (электронный дневник, выгрузка ePRO)",
        """ePRO — ВЫГРУЗКА ДНЕВНИКА СИМПТОМОВ
Study: {proto} | Site: {site} | Subject: [[R:{subj}]] | Device ID: {kit}
Date         | Боль в эпигастрии (0–10) | Изжога | Приём препарата
[[D:{t1_iso}]] | 6 | да | да
[[D:{t2_iso}]] | 4 | нет | да
[[D:{t3_iso}]] | 2 | нет | пропуск
Комментарий (свободный текст): «Гастроскопия [[D:{t2_wd}]] — {finding}, биопсия [[R:{blk}]]. Если не отвечу — звоните жене [[P:{q_io}]], [[T:{ph2}]]»
Оповещение: в свободном тексте обнаружены персональные данные; передано координатору [[P:{k_s}]] [[D:{t3}]]""",
    ),
    (
        829,
        "заявка на повторный контакт с участником биобанка (recontact request)",
        """ЗАЯВКА НА ПОВТОРНЫЙ КОНТАКТ С УЧАСТНИКОМ — {biobank}
Номер заявки {outno}; заявитель [[P:{r}]], [[E:{mr}]]
Основание: участник дал согласие на повторный контакт (форма версии {ver}).
Код участника: [[R:{part}]]; образцы: [[R:{bb}]]
Только для службы биобанка (раскрытие ключа кодирования):
  ФИО: [[P:{p}]]; тел.: [[T:{ph1}]]; e-mail: [[E:{m1}]]; адрес: [[A:{a1}]]
Цель: приглашение в исследование {proto2} ({finding}, ИБ [[R:{ib}]])
Решение хранителя ключа [[P:{h_s}]] от [[D:{t2}]]: контакт разрешён; звонок совершил [[P:{x_s}]] [[D:{t3}]]""",
    ),
    (
        4275,
        "сообщение о беременности партнёрши участника исследования",
        """ФОРМА СООБЩЕНИЯ О БЕРЕМЕННОСТИ (партнёрша участника)
Протокол {proto}; субъект [[R:{subj}]]; номер рандомизации [[R:{rnd}]]
Участник: мужчина, {age} лет; основной диагноз: {finding}
Партнёрша: [[P:{q}]], [[B:{bdq}]] г.р.; согласие партнёрши на сбор данных подписано [[D:{t3}]]
Первый день последней менструации: [[D:{t1}]]; предполагаемая дата родов: [[D:{t6}]]
Наблюдается: женская консультация, обменная карта [[R:{amb}]]; тел. [[T:{ph2}]]
Экспозиция: {drug}, последняя доза [[D:{t2}]]
Сообщил исследователь [[P:{d}]] [[D:{t3}]]; номер случая [[R:{sae}]]""",
    ),
    (
        3024,
        "отчёт об отклонении от протокола (protocol deviation log)",
        """ЖУРНАЛ ОТКЛОНЕНИЙ ОТ ПРОТОКОЛА — {proto}, центр {site}
№ откл. | субъект | дата | категория | описание
PD-0{small} | [[R:{subj}]] | [[D:{t2_mon}]] | важное | МРТ для оценки «{finding}» выполнена вне окна визита {visit} (+9 дней)
PD-1{small} | [[R:{subj2}]] | [[D:{t3_mon}]] | незначит. | ИС версии {ver} подписано пациентом [[P:{n_s}]] до одобрения ЛЭК
Корректирующие действия: переобучение персонала [[D:{t4}]] (проводила [[P:{m_s}]])
Первичная документация: ИБ [[R:{ib}]]; результаты у пациента [[P:{p_s}]] (тел. [[T:{ph1}]]) запрошены повторно.
Подпись ГИ [[P:{d_s}]]""",
    ),
    (
        633,
        "форма включения в регистр пациентов с аутоиммунными заболеваниями печени (онлайн-анкета)",
        """РЕГИСТР АИЗП — ОНЛАЙН-АНКЕТА ВКЛЮЧЕНИЯ (распечатка [[D:{t2}]])
ФИО пациента: [[P:{q}]]
Дата рождения: [[B:{bdq_iso}]]
СНИЛС: [[S:{sn}]]   Полис ОМС (ЕНП): [[O:{enp}]]   ИНН: [[I:{inn}]]
Телефон: [[T:{ph2}]]   E-mail: [[E:{m2}]]
Адрес: [[A:{a1}]]
Диагноз: {finding} (K74.3 + M34.9); АМА-М2 положительны; ЩФ 3,2 ВГН
Дата диагноза: [[D:{told}]]; биопсия печени: блок [[R:{blk}]]
Присвоен регистровый номер: [[R:{reg}]]
Лечащий врач: [[P:{d}]], {org}, [[E:{md}]]""",
    ),
    (
        1028,
        "кейс-листинг для комитета по мониторингу данных (DSMB listing)",
        """DSMB CLOSED SESSION — LISTING 14.3.2 (SERIOUS ADVERSE EVENTS), data cut [[D:{t4_sas}]]
Protocol {proto}; unblinded statistician: [[P:{fl2}]]
Subject      | Arm | Event (PT)                    | Onset       | Outcome
[[R:{subj}]] | B   | {finding}                     | [[D:{t2_sas}]] | ongoing
[[R:{subj2}]] | A   | {mdr}                         | [[D:{t3_sas}]] | resolved
Note from site {site}: patient [[P:{p_latup}]] was hospitalised (record [[R:{ib}]]) — name to be redacted before circulation.
N randomised = {n_rnd}; MedDRA v27.0; code {mdr_code}.
Prepared by [[P:{fl1}]], [[D:{t4_monc}]]""",
    ),
    (
        153,
        "согласие на генетическое тестирование в рамках исследования",
        """ИНФОРМИРОВАННОЕ СОГЛАСИЕ НА ГЕНЕТИЧЕСКОЕ ИССЛЕДОВАНИЕ (полноэкзомное секвенирование)
Субисследование к протоколу {proto2}; версия {ver}
Участник: [[P:{q}]], [[B:{bdq}]], СНИЛС [[S:{sn}]]
Повод: {finding} при маммографии [[D:{told}]]; семейный анамнез (мать — рак молочной железы)
☑ Сообщать мне о находках в генах BRCA1/2, PALB2
☑ Разрешаю сообщать родственникам: сестре [[P:{n_fi}]], тел. [[T:{ph3}]]
Образец крови: [[R:{bb}]], штрихкод [[R:{bar}]]
Подпись [[P:{q_s}]] [[D:{t1}]]; консультант-генетик [[P:{e}]], [[E:{mo}]]""",
    ),
    (
        1023,
        "уведомление исследователя о госпитализации участника (hospitalisation notice)",
        """Кому: координатору исследования {proto}, [[E:{mo}]]
Тема: госпитализация субъекта [[R:{subj}]]
Сообщаю, что [[D:{t3}]] участник ([[P:{p_k}]], {age} лет) госпитализирован в кардиохирургическое отделение {org2} с диагнозом «{finding}», ИБ [[R:{ib}]].
Со слов жены ([[P:{q_io}]], [[T:{ph2}]]), последняя доза исследуемого препарата — [[D:{t2}]].
ЭхоКГ: пролапс передней створки, регургитация II ст.; ФВ 5<<#>> %.
Прошу открыть отчёт о СНЯ. Врач приёмного отделения [[P:{e_s}]], тел. [[T:{phc2}]]
[[D:{t3}]] {tm2}""",
    ),
    (
        846,
        "карта регистра врождённых пороков сердца новорождённого",
        """ФЕДЕРАЛЬНЫЙ РЕГИСТР ВПС — КАРТА НОВОРОЖДЁННОГО № [[R:{reg}]]
Ребёнок: [[P:{c}]], дата рождения [[B:{bdc}]], свидетельство о рождении [[C:{bc}]]
Мать: [[P:{q}]], [[B:{bdq}]], паспорт [[Q:{pas}]], тел. [[T:{ph2}]]
Адрес: [[A:{a1}]]
Диагноз: {finding} (Q23.0), пренатально — нет; ЭхоКГ [[D:{t1}]]
Направлен в {org} [[D:{t2}]], история болезни [[R:{ib}]]
Карта заполнена: [[P:{d_s}]]; проверена оператором регистра [[P:{x_s}]] [[D:{t3}]]""",
    ),
    (
        2998,
        "трансфер-лист образцов в центральную лабораторию (sample shipment manifest)",
        """SAMPLE SHIPMENT MANIFEST — Protocol {proto} — Site {site}
Shipper: [[P:{k_lat}]], tel. [[T:{phc1}]] · Consignee: Central Lab Europe, [[E:central.lab@biolab-euro.eu]]
Airway bill: {kit2} (courier reference, not a subject's number)
Requisition    | Subject      | Visit | Tube         | Collected
[[R:{req}]]    | [[R:{subj}]] | C{cycle}D1 | [[R:{bar}]] | [[D:{t3_mon}]] {tm1}
[[R:{req2}]]   | [[R:{subj2}]] | C{cycle}D8 | [[R:{bar2}]] | [[D:{t4_mon}]] {tm3}
Indication: {finding}, BRAF V600E testing. Temperature: ambient; logger {batch}.
Signed [[P:{k_lat}]] [[D:{t4_monc}]]""",
    ),
    (
        3774,
        "направление на онкоконсилиум с вопросом о включении в клиническое исследование",
        """ПРОТОКОЛ ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА № [[R:{reg2}]] от [[D:{t2}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р., амб. карта [[R:{amb}]], полис [[O:{enp}]]
Диагноз: {finding}, cT4aN1M0, C31.3; биопсия [[D:{t1}]], блок [[R:{blk}]]
Вопрос: возможность включения в исследование {proto} (центр {site}, {nct})
Решение: соответствует критериям; направить к исследователю [[P:{d_s_dat}]] (тел. [[T:{phc1}]]).
Скрининговый номер будет присвоен после подписания ИС. Пациент проинформирован, согласен; контакт пациента: [[T:{ph1}]].
Состав консилиума: [[P:{h_s}]] (председатель), [[P:{e_s}]], [[P:{d_s}]]""",
    ),
    (
        613,
        "заявление участника на компенсацию расходов на проезд",
        """Руководителю исследовательского центра {org}
от [[P:{p_gen}]], паспорт [[Q:{pas}]], ИНН [[I:{inn}]],
адрес: [[A:{a1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ О КОМПЕНСАЦИИ РАСХОДОВ
Прошу компенсировать проезд на визиты {visit} и {week} исследования {proto} (номер участника [[R:{subj}]]):
— [[D:{t2}]] автобус {small}0 руб.; [[D:{t4}]] такси 1 <<###>> руб.
Повод визитов: контрольное УЗИ ({finding}).
Реквизиты: карта МИР **** <<####>>. Договор с участником о компенсации № [[R:{scr}]] от [[D:{t1}]].
[[P:{p_s}]]  [[D:{t4}]]
Согласовано: координатор [[P:{k_s}]]""",
    ),
    (
        945,
        "журнал телефонного контроля регистра острого коронарного синдрома (30 дней)",
        """РЕГИСТР ОКС — ТЕЛЕФОННЫЙ КОНТАКТ ЧЕРЕЗ 30 ДНЕЙ
Регистровый № [[R:{reg}]] · индексная госпитализация: {org2}, ИБ [[R:{ib}]], выписка [[D:{t1}]]
Диагноз при выписке: {finding}; ЧКВ — нет
Попытка 1: [[D:{t3}]] {tm1}, [[T:{ph1}]] — не отвечает
Попытка 2: [[D:{t3}]] {tm3}, [[T:{phc2}]] (домашний) — ответила жена, [[P:{q_io}]]: «Он в санатории до [[D:{t4_wd}]]»
Попытка 3: [[D:{t5}]] {tm2} — беседа с пациентом [[P:{p_s}]]: повторных госпитализаций нет, АД {bp}.
Оператор: [[P:{x_s}]]. Статус: контакт состоялся (визит 30 д.)""",
    ),
    (
        2693,
        "записка в дело исследовательского центра (note to file)",
        """NOTE TO FILE / ЗАПИСКА В ДЕЛО № {small} — протокол {proto}, центр {site}
Дата: [[D:{t4}]]   Автор: [[P:{k}]]
Касается: субъект [[R:{subj}]] (скрининговый № [[R:{scr_br}]])
Суть: в журнале скрининга дата рождения указана ошибочно ([[B:{bdn}]] вместо [[B:{bd}]]); исправлено по паспорту [[Q:{pas}]].
Находка МРТ при скрининге — {finding} (Th8) — не является критерием исключения, согласовано с медицинским монитором [[P:{fl1}]] по [[E:{mo2}]] [[D:{t3}]].
Первичные документы: амб. карта [[R:{amb}]]. Подпись ГИ [[P:{d_s}]]""",
    ),
    (
        714,
        "журнал аудиторского следа электронной CRF (audit trail export)",
        """eCRF AUDIT TRAIL · {proto} · Site {site} · Subject [[R:{subj}]]
Timestamp (UTC)          | User        | Form / Field               | Old → New                  | Reason
[[D:{t2_iso}]] {tm1}:12  | [[P:{k_lat}]] | DM / BRTHDTC               | [[B:{bdn_mon}]] → [[B:{bd_mon}]] | transcription error
[[D:{t3_iso}]] {tm2}:40  | [[P:{k_lat}]] | MH / MHTERM                | холангит → {finding}       | per source
[[D:{t3_iso}]] {tm3}:05  | [[P:{d_lat}]] | SIG / PI signature         | — → signed                 | —
[[D:{t4_iso}]] {tm4}:51  | [[P:{fl1}]]   | Query {query}              | open → closed              | answered
Source: hospital record [[R:{ib}]]. Duodenoscope S/N <<#####>> (a device's number, not a subject's).""",
    ),
    (
        980,
        "письмо исследователя участковому врачу участника исследования",
        """Участковому терапевту поликлиники по месту жительства
[[P:{e_s_dat}]]
Уважаем{e_yi} коллега!
Ваш пациент [[P:{p}]], [[B:{bd}]] г.р. (амб. карта [[R:{amb}]]), с [[D:{t1}]] участвует в исследовании {proto} после перенесённого заболевания: {finding}.
Просим не назначать без согласования тикагрелор и прасугрел. При госпитализации сообщите нам: [[T:{phc1}]] или круглосуточно [[T:{ph3}]].
Номер участника [[R:{subj}]] указан на карточке участника, которую пациент носит с собой.
Исследователь [[P:{d}]], {org}, [[A:{ao}]], [[E:{md}]]
[[D:{t2}]]""",
    ),
    (
        419,
        "запрос в НМИЦ о возможности включения пациента в исследование (телемедицина)",
        """ЗАПРОС НА ТМК «ВРАЧ — ВРАЧ» № [[R:{reg2}]] от [[D:{t2}]]
Из: {org2}, тел. [[T:{phc2}]]
В: {org}, отдел клинических исследований, [[E:{mo}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ЕНП [[O:{enp}]]
Диагноз: {finding}, КТ [[D:{t1}]]: образование 4<<#>> мм, контакт с ВБВ < 180°
Вопрос: подходит ли пациент для исследования {proto} (неоадъювантная терапия)? ECOG {ecog}.
Прилагаются: КТ (accession [[R:{img}]]), гистология (блок [[R:{blk}]]).
Лечащий врач: [[P:{e}]], моб. [[T:{ph3}]]""",
    ),
    (
        1269,
        "карточка участника клинического исследования (носится с собой)",
        """КАРТОЧКА УЧАСТНИКА КЛИНИЧЕСКОГО ИССЛЕДОВАНИЯ
Я участвую в клиническом исследовании {proto}.
Имя: [[P:{p_fi}]]   Номер участника: [[R:{subj}]]
В экстренном случае позвоните врачу-исследователю: [[P:{d_i}]], [[T:{ph3}]] (круглосуточно)
Центр: {org}, [[A:{ao}]]
Диагноз при включении: {finding}
Препарат: {drug} (слепой метод). Не прекращайте приём без консультации.
Контакт родственника: [[P:{q_fi}]], [[T:{ph2}]]
Выдана [[D:{t1}]]""",
    ),
    (
        1288,
        "журнал SMS-напоминаний участникам о визитах",
        """ЖУРНАЛ SMS-НАПОМИНАНИЙ — исследование {proto}, центр {site}
Отправитель: STUDY-INFO. Текст шаблона не содержит диагноза.
Дата отправки     | получатель              | участник     | визит | статус
[[D:{t1_dm}]] {tm1}  | [[T:{ph1}]]          | [[R:{subj}]]  | {visit} | доставлено
[[D:{t2_dm}]] {tm2}  | [[T:{ph2}]]          | [[R:{subj2}]] | {week}  | не доставлено
Текст: «[[P:{p_io}]], напоминаем о визите [[D:{t3_wd}]] в {tm3}, каб. 2<<##>>. Тел. для переноса [[T:{phc1}]]»
Примечание: эндоскопия у [[R:{subj}]] — {finding}; повторная ЭФГДС [[D:{t4}]]. Журнал ведёт [[P:{k_s}]]""",
    ),
    (
        660,
        "переписка монитора и центра по e-mail (на английском) о расхождении данных",
        """From: [[P:{fl1}]] <[[E:{mo2}]]>
To: [[P:{k_lat}]] <[[E:{md}]]>
Date: [[D:{t4_monc}]]
Subject: {proto} / Site {site} / Subject [[R:{subj}]] — AE start date
Dear [[P:{k_first}]],
In the eCRF the AE «{finding}» starts on [[D:{t3_mon}]], but the discharge summary (record [[R:{ib}]]) says [[D:{t2_mon}]]. Please also note that the copy you uploaded shows the patient's full name, [[P:{p_lat}]], and phone [[T:{ph1}]] — please redact and re-upload.
Kit {kit} was returned on Visit {visit}.
Best regards, [[P:{fl1}]], Senior CRA, tel. [[T:{phi}]]""",
    ),
    (
        1963,
        "выписка из инвентаря морозильников биобанка (freezer inventory)",
        """ИНВЕНТАРЬ ХРАНЕНИЯ — {biobank} — выписка [[D:{t5_iso}]]
Коллекция: «Ранний рак лёгкого» ({finding}); грант {grant}
ID образца       | аликвота          | тип        | участник      | позиция
[[R:{bb}]]       | [[R:{bb_al}]]     | ткань, RNAlater | [[R:{part}]] | {rack}
[[R:{bb2}]]      | [[R:{bb_al2}]]    | сыворотка  | [[R:{part2}]] | полка 3, штатив 7, ячейка C4
Дата забора [[R:{bb}]]: [[D:{t1}]]; дата заморозки [[D:{t1}]] {tm2}
Всего аликвот в коллекции: {n_scr}; загрузка морозильника 7<<#>> %.
Ответственный хранитель [[P:{x_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        70,
        "письмо участнику биобанка о клинически значимой находке",
        """[[P:{p_dat}]]
[[A:{a_br}]]
Уважаем{p_yi} [[P:{p_io}]]!
В 2024 году Вы передали образцы в {biobank} (Ваш код участника [[R:{part}]]) и согласились получать сведения о важных для здоровья находках.
При повторном анализе снимков, сделанных для исследования, обнаружен {finding} левой почки. Это не диагноз, но рекомендуется консультация уролога.
Просим связаться с врачом биобанка [[P:{e_i}]] по тел. [[T:{phc1}]] или [[E:{mo}]] до [[D:{t5}]].
Номер обращения: [[R:{reg}]]. Директор биобанка [[P:{h_s}]], [[D:{t3}]]""",
    ),
    (
        4323,
        "журнал повторного получения согласия после поправки к протоколу (re-consent log)",
        """ЖУРНАЛ ПЕРЕПОДПИСАНИЯ ИС (поправка № 2, ИС версии {ver} одобрено ЛЭК [[D:{tlek}]])
Протокол {proto}; центр {site}
Участник      | ФИО          | дата переподписания | получил(а)
[[R:{subj}]]  | [[P:{q_s}]]  | [[D:{t2}]]          | [[P:{d_s}]]
[[R:{subj2}]] | [[P:{n_s}]]  | [[D:{t3}]]          | [[P:{e_s}]]
Причина поправки: новые данные о риске; у участницы [[R:{subj}]] — {finding} по УЗИ [[D:{t1}]].
Участница [[P:{n_s}]] отказалась переподписывать: выбывает, ИБ [[R:{ib}]]; позвонить родственнице по [[T:{ph2}]].
Ведёт [[P:{k_s}]]""",
    ),
    (
        2676,
        "черновик описания клинического случая для англоязычного журнала",
        """DRAFT v{ver} — Case report for «Melanoma Research» (do not circulate)
Authors: [[P:{d_lat}]], [[P:{e_lat}]], [[P:{fl2}]]
Case presentation. A {age}-year-old {p_en} (patient [[P:{p_kl}]]) presented on [[D:{t1_monc}]] with a {finding}. Dermoscopy: atypical network. Excision on [[D:{t2_monc}]] (block [[R:{blk}]]); Breslow 2.4 mm.
The patient was enrolled in trial {proto} ({nct}; EudraCT {eudract}) as subject [[R:{subj}]] — REMOVE before submission.
Table 1: LDH 312 U/L (ref. 135–225).
Funding: grant {grant}. Conflicts: none. Correspondence: [[E:{md}]]""",
    ),
    (
        3162,
        "отчёт центральной лаборатории по биомаркерам (на английском) для центра",
        """CENTRAL LABORATORY REPORT — Biomarker panel
Protocol {proto} · Site {site} · Investigator: [[P:{d_lat}]]
Subject: [[R:{subj}]]   Year of birth: {bdy}   Sex: {p_en}
Accession: [[R:{req}]]   Specimen: FFPE block [[R:{blk}]]   Received: [[D:{t3_monc}]]
Result: {finding} — PR positive (H-score 180), ER 95 %, HER2 1+
Reference lab phone: [[T:{phi}]] · report ID is the accession above.
Approved by [[P:{fl2}]], PhD, [[D:{t4_monc}]]
Kit lot {batch}; method version {ver}.""",
    ),
    (
        597,
        "журнал сопутствующей терапии участника (concomitant medications)",
        """CRF — СОПУТСТВУЮЩАЯ ТЕРАПИЯ · {proto} · субъект [[R:{subj}]] · инициалы [[P:{p_ini3}]]
№ | препарат            | показание                 | начало          | окончание
1 | цефтриаксон 2 г/сут | {finding}                 | [[D:{t2_mon}]]  | [[D:{t3_mon}]]
2 | омепразол 20 мг     | профилактика              | {told_unk}      | продолжается
3 | метамизол 1 г в/м   | боль                      | [[D:{t2_mon}]]  | [[D:{t2_mon}]]
Источник: ИБ [[R:{ib}]] (хирургическое отделение {org2}); лечащий хирург [[P:{e_s}]]
Заполнил [[P:{k_s}]] [[D:{t4}]]""",
    ),
    (
        454,
        "сверка СНЯ между базой безопасности и клинической базой (SAE reconciliation)",
        """SAE RECONCILIATION — {proto} — выгрузка [[D:{t5_sas}]]
Safety DB case | Clinical DB subject | PT (MedDRA {mdr_code}) | расхождение
[[R:{sae}]]    | [[R:{subj}]]        | {finding}             | дата начала: [[D:{t2_sas}]] vs [[D:{t3_sas}]]
[[R:{sae2}]]   | [[R:{subj2}]]       | {mdr}                 | нет
Комментарий центра {site} ([[P:{k_s}]]): в первичной документации (ИБ [[R:{ib}]]) верна дата [[D:{t2}]].
Безопасность: [[P:{fl2}]], [[E:{mo}]]""",
    ),
    (
        648,
        "акт уничтожения биообразцов по отзыву согласия",
        """АКТ № {outno} ОБ УНИЧТОЖЕНИИ БИООБРАЗЦОВ от [[D:{t5}]]
Основание: заявление участника об отзыве согласия (код участника [[R:{part}]], вх. № [[R:{reg}]] от [[D:{t3}]])
Уничтожены (автоклавирование, цикл {small}):
— [[R:{bb_al}]] (плазма), [[R:{bb_al2}]] (плазма), штрихкоды [[R:{bar}]], [[R:{bar2}]]
Коллекция: «Асцит при циррозе» — {finding}; места хранения освобождены ({rack})
Комиссия: [[P:{h_s}]], [[P:{x_s}]], [[P:{e_s}]]
Участник уведомлён письмом по адресу [[A:{a1}]] и по тел. [[T:{ph1}]]""",
    ),
    (
        3687,
        "приложение к договору о передаче материала (перечень образцов, MTA annex)",
        """ПРИЛОЖЕНИЕ № 1 к договору о передаче материала {mta} от [[D:{tlek}]]
Поставщик: {biobank}; получатель: {org} (контакт: [[P:{r}]], [[E:{mr}]], [[T:{ph3}]])
Перечень образцов (закодированы, без ПДн):
ID образца | диагноз                 | возраст | пол
[[R:{bb}]]  | {finding}               | {age}   | {p_sex}
[[R:{bb2}]] | аденолимфома            | 6<<#>>  | мужской
Получатель обязуется не предпринимать попыток идентификации доноров. Срок использования — 5 лет.
От поставщика: [[P:{h_s}]] [[D:{t2}]]; от получателя: [[P:{r_s}]] [[D:{t3}]]""",
    ),
    (
        2535,
        "запрос о жизненном статусе участников регистра в ТФОМС",
        """В ТФОМС (по месту страхования) — исх. № {outno} от [[D:{t2}]]
О предоставлении сведений о жизненном статусе
В рамках регистра трофобластической болезни (одобрен ЛЭК, протокол № {lekn}) просим сообщить жизненный статус:
1. [[P:{q}]], [[B:{bdq}]], ЕНП [[O:{enp}]], регистровый № [[R:{reg}]] — диагноз {finding}
2. [[P:{n}]], [[B:{bdn}]], ЕНП [[O:{enp2}]], регистровый № [[R:{reg2}]]
Ответ направить на [[E:{mo}]]. Исполнитель [[P:{x_s}]], тел. [[T:{phc1}]] доб. {ext}
Руководитель регистра [[P:{h_s}]]""",
    ),
    (
        1292,
        "журнал учёта исследуемого препарата по участнику (drug accountability)",
        """УЧЁТ ИССЛЕДУЕМОГО ПРЕПАРАТА — {proto}, центр {site}, субъект [[R:{subj}]]
Набор    | серия     | выдан          | возвращён      | таблеток выдано/возвращено
{kit}    | {batch}   | [[D:{t1}]]     | [[D:{t3}]]     | 56 / 4
{kit2}   | {batch}   | [[D:{t3}]]     | —              | 56 / —
Комплаенс: 93 %. Пропуски: эндоскопия [[D:{t2}]] — {finding}, приём отменён на 1 день.
Фармацевт центра [[P:{x_s}]]; участник [[P:{p_s}]] расписался в получении [[D:{t3}]].
Возврат упаковок спонсору — накладная {mta}.""",
    ),
    (
        1619,
        "договор законного представителя о компенсации расходов при участии ребёнка в исследовании",
        """ДОГОВОР № [[R:{scr2}]] о компенсации расходов участника исследования
{sponsor} (через исследовательский центр {org}) и законный представитель [[P:{u}]],
паспорт [[Q:{pas2}]], выдан [[D:{pas_d}]], ИНН [[I:{inn}]], СНИЛС [[S:{sn2}]],
проживающий по адресу: [[A:{a2}]], тел. [[T:{ph3}]], [[E:{m2}]],
действующий в интересах ребёнка [[P:{c_gen}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]],
участника исследования {proto} (пропранолол при «{finding}», номер субъекта [[R:{subj}]]).
1. Центр компенсирует проезд к месту визитов ({n_al} визитов, до 3 <<###>> руб. за визит).
2. Выплата — на карту законного представителя (последние цифры <<####>>).
Подписи: [[P:{u_s}]] ___ [[D:{t1}]];  за центр [[P:{h_s}]] ___ [[D:{t1}]]""",
    ),
    (
        2728,
        "выписка из регистра спинального дизрафизма при переводе ребёнка в другой центр",
        """РЕГИСТР ПОРОКОВ РАЗВИТИЯ СПИННОГО МОЗГА — ВЫПИСКА ДЛЯ ПЕРЕДАЧИ
Регистровый номер: [[R:{reg}]]; центр-отправитель {org}, [[A:{ao}]]
Пациент: [[P:{c}]], [[B:{bdc}]], свидетельство о рождении [[C:{bc}]], полис [[O:{enp2}]]
Мать: [[P:{q}]], тел. [[T:{ph2}]]; новый адрес семьи: [[A:{a1}]]
Диагноз: {finding} (МРТ [[D:{told}]]), синдром фиксированного спинного мозга; операция [[D:{t1}]], ИБ [[R:{ib}]]
Уродинамика: ёмкость пузыря {score} мл. Шкала Ашфорта — 1.
Регистровую карту принял центр-получатель {org2} [[D:{t3}]]; новый регистровый номер [[R:{reg2}]].
Оператор регистра [[P:{x_s}]], [[E:{mo}]]""",
    ),
    (
        406,
        "карта пострегистрационного наблюдения за пациентом с билиарным стентом (регистр медицинского изделия)",
        """РЕГИСТР ПОСТРЕГИСТРАЦИОННОГО НАБЛЮДЕНИЯ (PMCF) — билиарный стент
Номер пациента в регистре: [[R:{reg}]]; карта имплантата пациента № [[R:{amb2}]]
[[P:{p}]], [[B:{bd}]], тел. [[T:{ph1}]], адрес: [[A:{a1}]]
Изделие: стент билиарный, REF 2<<####>>, LOT {batch}, РУ № РЗН 2024/<<####>>; установлен [[D:{t1}]] (ИБ [[R:{ib}]])
Событие: {finding}, [[D:{t4}]]; повторная ЭРХПГ, стент заменён (ИБ [[R:{ib2}]])
Сообщение производителю: [[E:{mo2}]], тел. [[T:{phi}]]; номер сообщения [[R:{pv}]]
Заполнил [[P:{e_s}]] [[D:{t5}]]; проверил [[P:{d_s}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# «Выявленные патологии» (1.2.643.5.1.13.13.11.1473 v2.16), as read from its _part files:
# ID: (FULLNAME, METHOD, ANATOM_LOC, TYPE_PAT)
FINDINGS29: dict[int, tuple[str, str, str, str]] = {
    1962: ("Злокачественное эпителиальное новообразование легкого", "МРТ;КТ", "169", "45"),
    722: ("Токсическое поражение печени", "", "62", "89"),
    793: ("Хронический гепатит, вызванный лекарствами", "УЗД; МРТ; КТ; Рентген", "62", "8"),
    1868: ("Фолликулярная карцинома щитовидной железы", "МРТ;КТ", "108", "45"),
    1979: ("Внутрипротоковая карцинома in situ молочной железы", "МРТ;КТ", "48", "45"),
    1349: ("Анапластическая глиома головного мозга", "МРТ;КТ", "24", "45"),
    4123: ("Злокачественное новообразование нижней доли левого легкого", "МРТ;КТ", "411", "45"),
    949: ("Острый инфаркт миокарда", "", "222", "44"),
    1099: ("Желудочковая тахикардия", "", "228", "94"),
    4392: (
        "Лево-правый дефект межпредсердной перегородки (открытое овальное окно)",
        "УЗД; МРТ; КТ",
        "220",
        "5",
    ),
    17: ("Амилоидоз печени", "УЗД; МРТ; КТ; Рентген; РНД", "62", "3"),
    2223: ("Карцинома толстой кишки", "МРТ;КТ", "99", "45"),
    4271: ("Миксома сердца", "МРТ;КТ", "79", "45"),
    3952: ("Фолликулярная аденома щитовидной железы", "УЗД; МРТ; КТ; Рентген", "108", "45"),
    1915: ("Злокачественная лимфома внутригрудных лимфоузлов", "МРТ;КТ", "399", "45"),
    2462: ("Инфильтрирующая протоковая карцинома простаты", "МРТ;КТ", "74", "45"),
    2517: ("Лейомиома матки, имеющая ножку", "МРТ;КТ", "174", "45"),
    1191: ("Хроническая гипотензия", "", "79", "95"),
    60: ("Острый панкреатит", "УЗД; МРТ; КТ; Рентген; РНД; Эндоскопия", "66", "8"),
    882: ("Острая окклюзия коронарной артерии, не связанная с инфарктом миокарда", "", "215", "46"),
    2447: ("Карцинома мочевого пузыря, инвазивная", "МРТ;КТ", "49", "45"),
    4002: (
        "Вторичное злокачественное новообразование бронхолегочных лимфоузлов",
        "УЗД; МРТ; КТ; Рентген",
        "335",
        "40",
    ),
    2283: ("Лимфома тонкой кишки", "МРТ;КТ", "101", "45"),
    1699: ("Карцинома носоглоточная", "МРТ;КТ", "114", "45"),
    3220: ("Эпендимобластома", "МРТ;КТ", "159", "45"),
    44: ("Амилоидоз селезенки", "УЗД; МРТ; КТ; Рентген; РНД", "78", "3"),
    923: ("Дефект межпредсердной перегородки типа ostium secundum", "", "221", "5"),
    4340: ("Анемия", "УЗД", "900000", "75"),
    2477: ("Аденокарцинома матки", "МРТ;КТ", "174", "45"),
    38: ("Полипоз желчного пузыря", "УЗД; МРТ; КТ; Рентген; Эндоскопия", "32", "54"),
    1290: ("Язвы антрального отдела желудка", "ЭФГДС", "30", "74"),
    829: ("Эмпиема желчного пузыря", "УЗД; МРТ; КТ; Рентген", "32", "8"),
    4275: ("Вторичное злокачественное новообразование перикарда", "МРТ;КТ", "224", "40"),
    3024: ("Гибернома", "МРТ;КТ", "159", "45"),
    633: ("Первичный билиарный цирроз, связанный с системной склеродермией", "", "62", "82"),
    1028: ("Недостаточность митрального клапана", "", "223", "97"),
    153: ("Атрофия молочной железы", "УЗД; МРТ; КТ; Рентген", "48", "7"),
    1023: ("Дисплазия митрального клапана", "", "223", "21"),
    846: ("Врожденная атрезия аортального клапана", "", "206", "5"),
    2998: ("Веретенообразно-клеточная злокачественная меланома", "МРТ;КТ", "159", "45"),
    3774: ("Злокачественная опухоль клиновидной пазухи", "МРТ;КТ", "75", "45"),
    613: ("Острый холецистит", "УЗД; МРТ; КТ; Рентген", "32", "8"),
    945: ("Острая ишемическая болезнь сердца", "", "222", "96"),
    2693: ("Гемангиома позвоночного столба", "МРТ;КТ", "595", "45"),
    714: ("Стенозирующий холангит", "УЗД; МРТ; КТ; Рентген; РНД; Эндоскопия", "33", "8"),
    980: ("Острый инфаркт миокарда трансмуральный", "", "222", "44"),
    419: ("Злокачественная опухоль тела поджелудочной железы", "", "201", "45"),
    1269: ("Рефлюкс дуоденального содержимого в дно желудка", "ЭФГДС", "30", "98"),
    1288: ("Утолщение складки антрального отдела желудка", "ЭФГДС", "30", "15"),
    660: (
        "Послеоперационная утечка желчи из протока",
        "УЗД; МРТ; КТ; Рентген; Эндоскопия",
        "33",
        "75",
    ),
    1963: ("Карцинома in situ легкого", "МРТ;КТ", "169", "45"),
    70: ("Гидрокаликоз", "УЗД; МРТ; КТ; Рентген", "70", "58"),
    4323: ("Новообразование маточной трубы", "УЗД; МРТ; КТ", "175", "45"),
    2676: ("Злокачественная меланома кожи ягодицы", "МРТ;КТ", "585", "45"),
    3162: ("Опухоль позитивная по рецептору прогестерона", "МРТ;КТ", "159", "45"),
    597: ("Острый геморрагический холецистит", "УЗД; МРТ; КТ; Рентген", "32", "8"),
    454: ("Камень желчного протока с острым холециститом", "", "198", "32"),
    648: ("Печеночный асцит, связанный с заболеваниями печени", "", "62", "8"),
    3687: ("Плеоморфная аденома слюнной железы", "МРТ;КТ", "365", "45"),
    2535: ("Хориокарцинома, обусловленная беременностью", "МРТ;КТ", "174", "45"),
    1292: ("Гиперемия слизистой луковицы двенадцатиперстной кишки", "ЭФГДС", "172", "12"),
    1619: ("Гемангиома лица", "МРТ;КТ", "310", "45"),
    2728: ("Липома мозгового конуса", "МРТ;КТ", "616", "45"),
    406: ("Закупорка билиарного стента", "", "33", "46"),
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS29):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 29's extra self-check: the new date writings and the research numbers' own
# prefixes are never left unlabelled
NEW_DATES29 = re.compile(
    r"(?<![\w])\d\d-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{4}"
    r"|(?<![\w])\d\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{4}"
    r"|(?<![\w])\d\d/(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/\d{4}"
    r"|(?<![\w])\d\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
RESEARCH29 = re.compile(
    r"(?<![\w-])(?:SUBJ|SCR|СКР|RND|BBP|BB26|SPB|SAE|AER|ИНЯ|СНЯ-26|LR|ЦЛ|IMG|ЦОИ|UPL|PK|ФК)-?\d"
)


def check29(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for rx in (NEW_DATES29, RESEARCH29):
        for m in rx.finditer(doc["text"]):
            assert m.start() in covered, (doc["id"], m[0])


def kind_of(fid: int, genre: str) -> str:
    name = FINDINGS29[fid][0]
    return f"{name} (Выявленные патологии, 1.2.643.5.1.13.13.11.1473 v2.16, ID {fid}): {genre}"


def source_of(fid: int) -> str:
    name, method, loc, typ = FINDINGS29[fid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1473 v2.16 (Выявленные патологии), ID {fid}, FULLNAME "
        f"«{name}», METHOD «{method or '—'}», ANATOM_LOC «{loc}», TYPE_PAT «{typ}»"
    )


TEMPLATES = GENRES29


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    fids = [t[0] for t in TEMPLATES]
    assert len(fids) == len(set(fids)), "one kind per finding"
    assert set(fids) == set(FINDINGS29), "every finding listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(f, g) for f, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for fid, genre, template in TEMPLATES:
            name = FINDINGS29[fid][0]
            extra = {"finding": name[0].lower() + name[1:]}
            doc = build(
                render(rng, template, extra),
                kind_of(fid, genre),
                source_of(fid),
                f"blind29_{len(docs):04d}",
            )
            check(doc)
            check29(doc)
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
