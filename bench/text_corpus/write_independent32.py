"""Write ``independent32.jsonl``: the thirty-second blind corpus, 2026-12-07 — the paperwork
of death, dying and palliative care around one person.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message (the one-line ``HEAD is now at …`` that ``git worktree add`` prints
was seen, as every writer sees it), and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``, ``bench/text_recognizer_time.py``), the ``ozero`` CLI or any
de-identifier on this corpus or on anything. Of ``bench/text_deid.py`` only the module
docstring and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half`` were read
(their line ranges found with ``grep -n`` on the ``^def``/``^NAME =`` lines — that grep listed
the names and line numbers of the module's top-level functions and constants, no bodies — and
printed exactly), to wire the corpus in, and ``blind_half`` was imported once, to count the
halves. ``write_independent1``–``18``, ``20``–``28`` were not opened; nor were
``write_independent30.py`` and ``write_independent31.py`` (allowed, not needed). Of
``write_independent19.py`` nothing was read: everything reused came through corpus 29's
writer. The ``kind`` values of ``independent*.jsonl`` were listed by a scratch script only to
take out the MKB-10 IDs and ICD-10 codes already used (no other field was read).
**Copied verbatim from corpus 29** (which had them from corpus 19 and corpora 13–17): the
declension (``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``),
SNILS/ENP/INN check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``,
``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``,
``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum helpers (one change:
the version words it skips are ``VERSION_WORDS32``, the same words), ``brk_at``,
``serialize`` and ``main``. **Written fresh for corpus 32**: the name lists (Yakuts, Evenks,
Evens, Buryats, Chukchi, Koryaks, Nanai, Koreans of Sakhalin, Russians, Ukrainians; a few
foreign citizens from China, Japan, Korea and Vietnam), the towns, streets, uluses and
villages of Yakutia, Khabarovsk and Primorye, Magadan, Buryatia, Zabaikalye, Sakhalin,
Kamchatka, the Amur region, the Jewish AO and Chukotka (``addr32`` and friends), phones
(``mob32``, ``city32``, ``brk32``), e-mails, passports (``pas32``), every number the
paperwork of death gives to one person (``REC32``: medical death and perinatal death
certificates' numbers, ZAGS act records, the ZAGS certificate, autopsy protocols, morgue
registrations, forensic acts, case histories, outpatient cards, palliative register
numbers, КУСП/КРСП numbers, ambulance call cards, hospice files, concentrator contracts,
narcotic prescriptions, funeral benefit applications, life insurance policies and claims,
commission protocols, SEMD IDs, burial permits), the hard negatives of the field (ICD-10
codes in the certificate's lines, time intervals, form codes, orders «№ 352н», morgue
chambers and cells, hospital, bureau and ZAGS office names and codes, autopsy sections,
licences and OGRN, wards and beds, device models and serials, cemetery plots, sums),
the organisations, the dates (``dates32``) and every template; ``fillers32``, ``render``
(with ``p_male``: a diagnosis of one sex makes the deceased a woman), ``build_all``,
``kind_of`` and ``source_of`` were rewritten and an extra self-check (``check32``: ISO and
compact dates, the number after «серия NN №» and a 21-digit ZAGS act record are never
left unlabelled) was added.

**Kinds from a real source.** Each kind is one row of the federal NSI directory МКБ-10
(OID 1.2.643.5.1.13.13.11.1005, version 2.24, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.24_part1``–``part8``; ``ID``,
``MKB_CODE`` and ``MKB_NAME`` as its ``_passport`` describes them; 65 causes of death or of
palliative care — neoplasms, circulatory and respiratory diseases, external causes,
perinatal conditions, sepsis, HIV, cirrhosis, dementia, senility, ill-defined causes —
none whose ID or ICD-10 code appears among the earlier corpora's kinds) in one genre of the
paperwork of death and dying (the medical death certificate 106/у — final, preliminary,
«взамен предварительного» — its stub and its register, the perinatal death certificate
106-2/у, the ZAGS act record, certificate, certificate of death ф. 11 and SMEV message,
autopsy referrals and protocols, the morgue's register, receipt and covering sheet, forensic
acts and referrals, police reports with КУСП, the Investigative Committee's request, the
scene inspection, palliative VK protocols, registers, patronage diaries, hospice admission
and last-hours sheets, a concentrator's contract and its return act, a narcotic
prescription and the act of return of unused drugs, relatives' applications, the funeral
benefit, an insurer's request, ЛКК/КИЛИ minutes, infant mortality reviews, letters and
phone messages to relatives, a messenger chat, Gosuslugi and SMS notices, a notary's
request, mortality register exports and SEMD/REMD messages, a burial permit). The kind is
«MKB_NAME (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.24, CODE, ID N): GENRE»; the ``source``
names the directory entry. One diagnosis and one template per kind (no template is shared);
``build_all`` asserts the kinds are unique.

Emphasis: the NUMBERS of one person in the paperwork of death (certificate numbers after
their series in every writing, replaced certificates, ZAGS act records of 21 digits, the
ZAGS certificate, autopsy protocols, morgue registrations, forensic acts, case histories,
palliative registers, КУСП) beside SNILS, ENP, INN and passports of the deceased and of the
relative; PHONES and NAMES of relatives; DATES of death (with a time beside them), birth and
burial; PRECISION under the hard negatives of the field listed above.

The labelling rules and judgement calls of corpus 29, restated unchanged from its docstring:

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


Judgement calls added for corpus 32 (NEW; written here before any template was written;
they apply the rules above to the paperwork of death and dying):

* (new) The medical death certificate (106/у) and the perinatal death certificate (106-2/у)
  are documents of one person: their NUMBER is RECORD_ID, their SERIES («серия 98», «98 26»,
  a region's code) is not labelled (corpus 11's and 15's rule for one person's issued form:
  «серия 98 № 123456» → the span is «123456»). The number of the certificate that a new one
  replaces («взамен предварительного серия 98 № …») is RECORD_ID too. The kind of
  certificate (окончательное, предварительное, взамен) is not labelled.
* (new) The ZAGS act record of death («запись акта о смерти № 170259…», 21 digits in the
  ЕГР ЗАГС, or a short number of an old book) is RECORD_ID (one person's record). The ZAGS
  death certificate («II-ДВ № 512345») and a marriage certificate of the relative are
  RECORD_ID, ONE span from the series' roman numeral to the number (as a birth certificate
  is one BIRTH_CERT span: the series of a civil-status certificate is printed on the blank
  but is quoted with the number as the document's identifier). The ZAGS справка о смерти ф. 11
  («№ С-…») is a document of one person: RECORD_ID. The ZAGS office's code («R1400016») is not labelled.
* (new) Numbers given to one dead person, one body or one death are RECORD_ID: the autopsy
  protocol, the morgue's registration number of a body and the body's tag (corpus 11: «№
  трупа»), the forensic act, a commission's (ЛКК, КИЛИ, the infant mortality commission)
  protocol about one death (corpus 11: a VK protocol on one patient), a КУСП and a КРСП
  number (corpus 15), a burial permit, a notary's inheritance case about one deceased, a
  SEMD's local document ID and its REMD registration number (corpus 12), the incoming
  number of a request about one person (corpus 15). The Investigative Committee's and a
  police unit's outgoing numbers, the ZAGS office's answer number, an insurer's and a
  hospital's outgoing numbers stay unlabelled (corpus 10). A SMEV message ID is a system's
  transaction number: not labelled (corpus 29's IWRS transactions).
* (new) Numbers given to one living patient or relative in palliative care are RECORD_ID:
  the palliative register, the patronage card, the hospice personal file, the free-use
  contract for an oxygen concentrator (corpus 15), the narcotic prescription's number (its
  series «98-26» unlabelled, corpus 15), the funeral benefit application, a life insurance
  policy and a claim («убыток», corpus 15), the referral for genetic counselling. The act of
  return of unused narcotic drugs and the act of return of a device have their own numbers
  unlabelled (corpus 29: a destruction act's own number; acts about things).
* (new) Not labelled: the time of death and every time («04:20», «в 04 ч 20 мин»), time
  intervals in the certificate's lines («2 года», «3 часа», «40 мин»), ages («78 лет»,
  «6 сут.»), gestational ages, weights and lengths of a newborn, Apgar scores, ICD-10 codes
  in lines I a–в and II and elsewhere, form codes («106/у», «013/у», «107/у-НП», «ф. 11»),
  orders and laws and their numbers («№ 352н», «№ 323-ФЗ», «ПП РФ № 950»; their dates are
  DATE), morgue chambers and cells, a cemetery's plot, row and place, a book's volume and
  page, wards, beds, boxes, incubators, stations and brigades, police units («ОП № 2»),
  autopsy sections and paragraph numbers, licences, OGRN and a ZAGS office's code, device
  models, serials, inventory numbers and operating hours, drug series and expiry months,
  sums of money, a state duty's payment UIN (a payment's number, as an invoice), a bank
  account's last digits, an intercom code, a region's code in an export, counts, rates «‰».
* (new) A newborn who died before being named is written «ребёнок Тынетегиной А.С.»: a
  PERSON span of the mother's name (corpus 17); the newborn's surname alone in a
  certificate field («Фамилия ребёнка: Тынетегин») is PERSON. A birth date of the deceased
  or of a relative is BIRTH_DATE in any writing, also «19561103» in an XML
  ``birthTime``; a newborn's birth date in a perinatal certificate is DATE — the newborn's
  birth is an event of the death's paperwork, and the mother's birth date is BIRTH_DATE —
  a judgement call kept for this corpus. A date of death with a time beside it: only the
  date is DATE; of «20261103T0420» / «20261103042000+0900» only the head is DATE.
* (new) An individual entrepreneur running a funeral agency («ИП Кейметинов Н.П.») is PERSON
  and his INN is INN (corpus 12). A notary's, a police officer's, an investigator's, a ZAGS
  specialist's and a cemetery keeper's names are PERSON (any person). «Неизвестный мужчина»
  is not labelled.
* (new) An organisation's address, phone and e-mail (a morgue's, a ZAGS office's, a
  hospice's, an insurer's) are labelled (corpus 10); a street name alone inside an
  organisation's or a morgue's nickname is not.

Run: ``.venv/bin/python bench/text_corpus/write_independent32.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent32.jsonl"
SEED = 3220261207
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

# ---------------------------------------------------------------- people (fresh for corpus 32)
# The Far East and North-East Siberia: Yakuts, Evenks, Evens, Buryats, Chukchi, Koryaks, Nanai,
# Koreans of Sakhalin, Russians and Ukrainians; male base forms (``decl_surname`` makes the
# rest).
SURNAMES = [
    "Слепцов",
    "Неустроев",
    "Сивцев",
    "Эверстов",
    "Охлопков",
    "Боякинов",
    "Аммосов",
    "Баишев",
    "Винокуров",
    "Кривошапкин",
    "Дьячковский",
    "Кейметинов",
    "Андросов",
    "Удыгир",
    "Увачан",
    "Путугир",
    "Бирагир",
    "Дашиев",
    "Цыдыпов",
    "Бадмаев",
    "Жамсуев",
    "Намсараев",
    "Гомбоев",
    "Батуев",
    "Тынетегин",
    "Рультытегин",
    "Вуквутагин",
    "Омрытхеут",
    "Яганов",
    "Ивтаков",
    "Киле",
    "Ходжер",
    "Гейкер",
    "Заксор",
    "Одзял",
    "Пассар",
    "Донкан",
    "Ким",
    "Пак",
    "Ли",
    "Тян",
    "Зырянов",
    "Шестаков",
    "Корнилов",
    "Голованов",
    "Сухарев",
    "Лукин",
    "Рыбаков",
    "Чернышёв",
    "Шевчук",
    "Ткачук",
    "Мельничук",
    "Гончаренко",
    "Бойко",
    "Оноприенко",
]
M_FIRST = [
    "Айсен",
    "Мичил",
    "Нюргун",
    "Эрчим",
    "Дьулустан",
    "Баир",
    "Булат",
    "Жаргал",
    "Цырен",
    "Николай",
    "Прокопий",
    "Иннокентий",
    "Афанасий",
    "Егор",
    "Семён",
    "Гавриил",
    "Тарас",
    "Богдан",
    "Василий",
    "Юрий",
    "Спиридон",
    "Геннадий",
    "Владимир",
    "Захар",
]
F_FIRST = [
    "Сардана",
    "Туйаара",
    "Саргылана",
    "Айталина",
    "Нюргуяна",
    "Долгор",
    "Сэсэг",
    "Туяна",
    "Баярма",
    "Алёна",
    "Людмила",
    "Надежда",
    "Евдокия",
    "Анастасия",
    "Ульяна",
    "Кристина",
    "Мария",
    "Варвара",
    "Оксана",
    "Ён Хи",
    "Галина",
]
PAT_STEMS = [
    "Николаев",
    "Прокопьев",
    "Иннокентьев",
    "Афанасьев",
    "Егоров",
    "Семёнов",
    "Баиров",
    "Цыренов",
    "Дашиев",
    "Гаврильев",
    "Тарасов",
    "Богданов",
    "Васильев",
    "Юрьев",
    "Спиридонов",
    "Владимиров",
    "Захаров",
    "Кононов",
    "Нюргунов",
    "Жаргалов",
]
FOREIGN = [
    ("Ван", "Лэй", True),
    ("Сато", "Хироси", True),
    ("Чон", "Мин Хо", True),
    ("Нгуен", "Ван Тхань", True),
    ("Лю", "Мэй", False),
    ("Ямада", "Юки", False),
    ("Бэк", "Со Ён", False),
]
INDECL_FIRST = {
    "Долгор",
    "Сэсэг",
    "Ён Хи",
    "Лэй",
    "Хироси",
    "Мин Хо",
    "Ван Тхань",
    "Мэй",
    "Юки",
    "Со Ён",
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


# ---------------------------------------------------------------- corpus 32: places (fresh)
# The Far East and North-East Siberia (the hospitals, morgues, ZAGS offices and the homes).
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS32 = [
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
    ("г. Владивосток", "в г. Владивостоке", "Владивосток", "Приморский край", "ПК", "690", "423"),
    ("г. Уссурийск", "в г. Уссурийске", "Уссурийск", "Приморский край", "Приморье", "692", "4234"),
    ("г. Магадан", "в г. Магадане", "Магадан", "Магаданская область", "Маг. обл.", "685", "4132"),
    ("г. Улан-Удэ", "в г. Улан-Удэ", "Улан-Удэ", "Республика Бурятия", "РБ", "670", "3012"),
    ("г. Чита", "в г. Чите", "Чита", "Забайкальский край", "Заб. край", "672", "3022"),
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
    (
        "г. Биробиджан",
        "в г. Биробиджане",
        "Биробиджан",
        "Еврейская автономная область",
        "ЕАО",
        "679",
        "42622",
    ),
    ("г. Анадырь", "в г. Анадыре", "Анадырь", "Чукотский автономный округ", "ЧАО", "689", "42722"),
]
# street: with its type, bare (as people write it)
STREETS32 = [
    ("ул. Кулаковского", "Кулаковского"),
    ("ул. Ойунского", "Ойунского"),
    ("ул. Дзержинского", "Дзержинского"),
    ("ул. Муравьёва-Амурского", "Муравьёва-Амурского"),
    ("Океанский пр-т", "Океанский пр"),
    ("ул. Светланская", "Светланская"),
    ("ул. Пролетарская", "Пролетарская"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ул. Бабушкина", "Бабушкина"),
    ("ул. Смолина", "Смолина"),
    ("ул. Ленинградская", "Ленинградская"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ул. Портовая", "Портовая"),
    ("ул. Отке", "Отке"),
    ("ул. Ключевская", "Ключевская"),
    ("ул. Зейская", "Зейская"),
    ("ул. Шолом-Алейхема", "Шолом-Алейхема"),
    ("ул. Сахалинская", "Сахалинская"),
    ("ул. Полярная", "Полярная"),
    ("пр-т 50 лет Октября", "50 лет Октября"),
]
# village: with type, locative, district (улус), region
RURAL32 = [
    ("с. Намцы", "в с. Намцы", "Намский улус", "Республика Саха (Якутия)"),
    ("с. Чурапча", "в с. Чурапча", "Чурапчинский улус", "Республика Саха (Якутия)"),
    ("с. Тополиное", "в с. Тополиное", "Томпонский р-н", "Республика Саха (Якутия)"),
    ("с. Иенгра", "в с. Иенгра", "Нерюнгринский р-н", "Республика Саха (Якутия)"),
    ("с. Найхин", "в с. Найхин", "Нанайский р-н", "Хабаровский край"),
    ("с. Сикачи-Алян", "в с. Сикачи-Алян", "Хабаровский р-н", "Хабаровский край"),
    ("с. Лорино", "в с. Лорино", "Чукотский р-н", "Чукотский АО"),
    ("с. Лаврентия", "в с. Лаврентия", "Чукотский р-н", "Чукотский АО"),
    ("пгт Палана", "в пгт Палана", "Тигильский р-н", "Камчатский край"),
    ("с. Мухоршибирь", "в с. Мухоршибирь", "Мухоршибирский р-н", "Республика Бурятия"),
    ("пгт Агинское", "в пгт Агинское", "Агинский р-н", "Забайкальский край"),
    ("пгт Ноглики", "в пгт Ноглики", "Ногликский р-н", "Сахалинская обл."),
    ("пгт Ягодное", "в пгт Ягодное", "Ягоднинский р-н", "Магаданская обл."),
    ("с. Амурзет", "в с. Амурзет", "Октябрьский р-н", "ЕАО"),
]
RURAL_ST32 = [
    "Таёжная",
    "Октябрьская",
    "Школьная",
    "Набережная",
    "Оленеводов",
    "Рыбацкая",
    "Северная",
    "Колхозная",
    "Тундровая",
    "Молодёжная",
]
ORG_ST32 = [
    "Сергеляхское ш., 4",
    "ул. Краснодарская, 9",
    "ул. Русская, 57",
    "ул. Нагаевская, 40",
    "ул. Павлова, 12",
    "ул. Коханского, 7",
    "ул. Пограничная, 2",
    "ул. Горького, 39",
]


def _t32(rng: random.Random) -> tuple:
    return rng.choice(TOWNS32)


def _hk32(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 140))
    if rng.random() < 0.3:
        h += rng.choice(["/1", "а", " корп. 2", "Б", "/3"])
    return h, rng.randint(1, 240)


def addr32(rng: random.Random) -> str:
    """The deceased's or a relative's address as a certificate, a ZAGS record or a police
    message writes it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t32(rng)
    st, bare = rng.choice(STREETS32)
    v, _vl, vdist, vreg = rng.choice(RURAL32)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk32(rng)
    n = rng.randint(1, 70)
    rs = rng.choice(RURAL_ST32)
    shapes = [
        lambda: f"{reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{z}, {reg_ab}, {bare_t}, {bare}, {h}-{k}",
        lambda: f"{town}, {st}, дом {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {vdist}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"{st}, {h}, кв. {k}, {town}, {z}",
        lambda: f"{z}, {vreg}, {vdist}, {v}, {rs}, {n}",
    ]
    return rng.choice(shapes)()


def aloc32(rng: random.Random) -> str:
    """An inflected address after «проживал в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t32(rng)
    st, bare = rng.choice(STREETS32)
    _v, vl, vdist, _vr = rng.choice(RURAL32)
    h, k = _hk32(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]} {vdist[:-1] + 'е' if vdist.endswith('улус') else vdist}, ул. {rng.choice(RURAL_ST32)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr32(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a certificate or a register)."""
    town, _l, _b, reg, _ra, idx, _c = _t32(rng)
    st, _bare = rng.choice(STREETS32)
    h, k = _hk32(rng)
    return rng.choice(
        [
            f"{reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{idx}{rng.randint(0, 99):03d}, {town},\n{st}, {h}-{k}",
        ]
    )


def aorg32(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t32(rng)
    st = rng.choice(ORG_ST32)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}",
            f"{town}, {st}",
        ]
    )


# ---------------------------------------------------------------- corpus 32: phones (fresh)
OPS32 = ["914", "924", "964", "984", "908", "902", "941", "994", "999", "950", "963", "911"]
NDASH = "–"


def _mob32(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS32), rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)


def mob32(rng: random.Random) -> str:
    """A relative's mobile as a police message, a ZAGS form or a hospice card holds it."""
    op, a, b, c = _mob32(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7({op}) {a} {b} {c}",
            f"8-{op}-{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"8 {op} {a} {b} {c}",
            f"8({op}){a}{NDASH}{b}{NDASH}{c}",
            f"+7 ({op}) {a}{b}{c}",
        ]
    )


def city32(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t32(rng)
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


def brk32(rng: random.Random) -> str:
    op, a, b, c = _mob32(rng)
    return rng.choice([f"8 ({op})\n{a}-{b}-{c}", f"+7 {op}-\n{a}-{b}-{c}", f"8-{op}-{a}-\n{b}-{c}"])


MAIL_DOM32 = ["mail.ru", "yandex.ru", "gmail.com", "list.ru", "bk.ru", "inbox.ru", "ya.ru"]
ORG_MAIL32 = [
    "morg@sudmed-yakutia.ru",
    "pao@rb1-ncm.ru",
    "zags-namsky@sakha.gov.ru",
    "palliativ@kkb1-khv.ru",
    "hospis.vl@mail.ru",
    "stat@miac-sakha.ru",
    "kili@magadan-obl-bolnica.ru",
    "pao-bureau@primorye-med.ru",
    "oncodisp-kam@mail.ru",
    "socfond.14@sfr.gov.ru",
    "claims-life@sk-vostok.ru",
    "zags@ulan-ude-eg.ru",
]


def mail32(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f}{s[:3]}{rng.randint(70, 99)}",
            f"{s}_{f[0]}",
            f"{f}.{s}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM32)}"


# ---------------------------------------------------------------- corpus 32: passports (fresh)
OKATO32 = ["98", "08", "05", "44", "81", "76", "64", "30", "10", "99", "77"]


def pas32(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO32), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}{n}", f"{o}-{y} {n}"]
    )


# ---------------------------------------------------------------- corpus 32: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE person (living or dead) or to one person's document: RECORD_ID
REC32 = {
    "msn": ["######", "#########", "#######"],  # 106/у or 106-2/у number (series apart)
    "zags": ["1702598#0001#26######", "1702501#000##26######", "####", "17026####00##2600####"],
    "ib": ["26-######", "#####/26", "И-26-####", "С-#####"],  # case history
    "amb": ["АК-#####", "##/######", "######-П"],  # outpatient card
    "pao": ["ПАО-26-####", "####/26", "П-####", "В-26/####"],  # autopsy protocol
    "trup": ["Т-####", "2026/####", "####-26", "СМТ-####"],  # morgue registration of one body
    "sme": ["####/26", "СМЭ-####", "#####"],  # forensic act about one body
    "pal": ["ПАЛ-##-#####", "РП-2026-#####", "##-####-П", "ПМП/####"],  # palliative register
    "kusp": ["#####", "####", "##.###"],  # КУСП of one message
    "smp": ["####/##", "###-###"],  # ambulance call card
    "hos": ["Х-26/####", "ЛД-####", "####-Х"],  # hospice personal file
    "dbp": ["КО-26-####", "ДБП-2026/###", "О2-####"],  # free-use contract for a concentrator
    "rec": ["######", "00####"],  # narcotic prescription number (series apart)
    "sfr": ["047-###-######", "ПГ-26-######", "##-#####"],  # funeral benefit application
    "pol": ["LL##-#######", "СЖ-######-##", "ПЖ/2024/#####"],  # life insurance policy
    "ub": ["У-26-######", "CLM-#######", "ЖС-26/####"],  # insurance claim
    "lkk": ["ЛКК-26/##", "КИЛИ-###", "##/26-Л"],  # a commission's protocol on one death
    "semd": ["########-####-4###-a###-############"],  # SEMD document id (UUID-like)
    "bur": ["РЗ-26-####", "З-####", "###/26"],  # burial permit
    "vk": ["ВК-####", "####/ВК"],  # VK protocol on one patient
    "vh": ["вх-####", "####"],  # incoming number of a request about one person
    "mbc": ["######"],  # medical birth certificate 103/у
}


def rec32(rng: random.Random, kind: str) -> str:
    s = shape(rng, rng.choice(REC32[kind]))
    if kind == "semd":
        s = s.lower().replace("%", "")
    return s


# ---------------------------------------------------------------- corpus 32: hard negatives
HOSP32 = [
    "ГБУ РС(Я) «Республиканская больница № 1 — Национальный центр медицины им. М.Е. Николаева»",
    "КГБУЗ «Краевая клиническая больница» им. проф. С.И. Сергеева МЗ Хабаровского края",
    "ГБУЗ «Магаданская областная больница»",
    "ГАУЗ «Республиканская клиническая больница им. Н.А. Семашко» МЗ РБ",
    "ГУЗ «Краевая клиническая больница» (г. Чита)",
    "ГБУЗ «Сахалинская областная клиническая больница»",
    "ГБУЗ «Камчатский краевой онкологический диспансер»",
    "ГАУЗ АО «Амурская областная клиническая больница»",
    "ОГБУЗ «Областная больница» (г. Биробиджан)",
    "ГБУЗ «Чукотская окружная больница»",
    "ГБУ РС(Я) «Намская центральная районная больница»",
    "КГБУЗ «Владивостокская клиническая больница № 2»",
]
PAO32 = [
    "ГБУЗ «Приморское краевое патологоанатомическое бюро»",
    "патологоанатомическое отделение ГБУ РС(Я) «РБ № 1 — НЦМ»",
    "КГБУЗ «Патологоанатомическое бюро» МЗ Хабаровского края",
    "ГБУЗ «Республиканское патологоанатомическое бюро» (Улан-Удэ)",
]
SME32 = [
    "ГБУ РС(Я) «Бюро судебно-медицинской экспертизы»",
    "КГБУЗ «Бюро судебно-медицинской экспертизы» МЗ Хабаровского края",
    "ГБУЗ «Бюро СМЭ» Магаданской области",
    "ГБУЗ «Краевое бюро судебно-медицинской экспертизы» (Камчатский край)",
]
ZAGS32 = [
    "Отдел Управления ЗАГС при Правительстве РС(Я) по Намскому улусу",
    "Отдел ЗАГС администрации г. Хабаровска",
    "Отдел ЗАГС по Советскому району г. Улан-Удэ Управления ЗАГС Республики Бурятия",
    "Отдел ЗАГС мэрии г. Магадана",
    "Отдел ЗАГС Агентства ЗАГС Камчатского края по Петропавловск-Камчатскому городскому округу",
    "Отдел ЗАГС г. Анадыря Управления ЗАГС Чукотского АО",
    "Отдел ЗАГС г. Южно-Сахалинска Агентства ЗАГС Сахалинской области",
]
POLICE32 = [
    "ОП № 2 МУ МВД России «Якутское»",
    "ОП № 5 УМВД России по г. Хабаровску",
    "МО МВД России «Мухоршибирский»",
    "ОП № 1 УМВД России по г. Владивостоку",
    "ОМВД России по Чукотскому району",
    "ОП № 3 УМВД России по г. Южно-Сахалинску",
]
HOSPICE32 = [
    "АНО «Хоспис „Сиэттэ“» (Якутск)",
    "Хоспис КГБУЗ «Городская больница № 10» (Хабаровск)",
    "ГБУЗ «Приморский краевой хоспис»",
    "отделение паллиативной медицинской помощи ГАУЗ «Городская больница № 4» (Улан-Удэ)",
]
INSURERS32 = ["АО «СК „Восток-Жизнь“»", "ООО «СК „Северное сияние“»", "АО «Дальстрах-Лайф»"]
REGION_DAT32 = {
    "Республика Саха (Якутия)": "Республике Саха (Якутия)",
    "Хабаровский край": "Хабаровскому краю",
    "Приморский край": "Приморскому краю",
    "Магаданская область": "Магаданской области",
    "Республика Бурятия": "Республике Бурятия",
    "Забайкальский край": "Забайкальскому краю",
    "Сахалинская область": "Сахалинской области",
    "Камчатский край": "Камчатскому краю",
    "Амурская область": "Амурской области",
    "Еврейская автономная область": "Еврейской автономной области",
    "Чукотский автономный округ": "Чукотскому автономному округу",
}
REGION_GEN32 = {
    "Республика Саха (Якутия)": "Республики Саха (Якутия)",
    "Хабаровский край": "Хабаровского края",
    "Приморский край": "Приморского края",
    "Магаданская область": "Магаданской области",
    "Республика Бурятия": "Республики Бурятия",
    "Забайкальский край": "Забайкальского края",
    "Сахалинская область": "Сахалинской области",
    "Камчатский край": "Камчатского края",
    "Амурская область": "Амурской области",
    "Еврейская автономная область": "Еврейской автономной области",
    "Чукотский автономный округ": "Чукотского автономного округа",
}
ZAGS_CODE32 = ["R1400016", "R2700011", "R0300044", "R4900002", "R4100015", "R8700001", "R6500009"]
OGRN32 = ["1021401047837", "1022701131845", "1024900953125", "1020300966128", "1028700588251"]
LIC32 = [
    "Л041-01176-14/00577641",
    "Л041-01166-27/00368115",
    "ЛО-49-01-001452",
    "ЛО41-01176-03/00378812",
]
# ICD-10 codes for lines I b–c and II of a certificate (not labelled)
ICD_OTHER32 = [
    "I10",
    "I11.9",
    "E11.9",
    "J44.8",
    "I25.8",
    "N18.4",
    "K74.6",
    "F10.2",
    "E66.0",
    "I48.9",
]
INTERVAL32 = [
    "2 года",
    "около 3 лет",
    "8 мес.",
    "3 часа",
    "40 мин",
    "6 суток",
    "12 ч",
    "1,5 года",
    "несколько лет",
    "5 дней",
]
MED32 = [
    "морфин 10 мг/мл",
    "фентанил ТТС 50 мкг/ч",
    "трамадол 100 мг",
    "тапентадол 100 мг",
    "морфин ретард 30 мг",
]


def dates32(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wg"] = f"{dd} {MONTHS_GEN[m - 1]} {y} г."
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_dig"] = f"{y}{m:02d}{dd:02d}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled


def fillers32(rng: random.Random, p_male: bool | None = None) -> dict:
    f: dict = {}
    f.update(person(rng, "p", p_male, foreign_ok=False))  # the deceased (or the dying patient)
    for pre in ("d", "e", "h", "k", "m", "x", "r", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a female relative, a mother
    f.update(person(rng, "u", True, foreign_ok=False))  # a male relative
    for pre in ("p", "q", "u", "d", "e"):
        f[pre + "_ogo"] = "ого" if f[pre + "_male"] else "ой"
        f[pre + "_ll"] = "" if f[pre + "_male"] else "а"
    f["p_ka"] = "" if f["p_male"] else "ка"  # умерш{ий/ая}, житель/жительница
    f["p_umer"] = "умерший" if f["p_male"] else "умершая"
    f["p_umer_gen"] = "умершего" if f["p_male"] else "умершей"
    f["p_zhit"] = "житель" if f["p_male"] else "жительница"
    f["p_rel_gen"] = "отца" if f["p_male"] else "матери"
    f["p_skon"] = "скончавшегося" if f["p_male"] else "скончавшейся"
    f["p_on"] = "он" if f["p_male"] else "она"
    f["p_a_umer"] = "" if f["p_male"] else "ла"
    f["p_papy"] = "папы" if f["p_male"] else "мамы"
    f["p_papy_cap"] = "Папы" if f["p_male"] else "Мамы"
    f["p_mama"] = "папа" if f["p_male"] else "мама"
    f["p_my_rel"] = "моего отца" if f["p_male"] else "моей матери"
    f["p_your_rel"] = "Вашего отца" if f["p_male"] else "Вашей матери"
    f["p_ego_gen"] = "его" if f["p_male"] else "ей"
    # birth dates
    bdd = dt.date(rng.randint(1936, 1985), rng.randint(1, 12), rng.randint(1, 28))
    dates32(f, "bd", bdd)
    f["bdy"] = str(bdd.year)
    qy = min(2000, bdd.year + rng.randint(20, 34))  # a daughter, a son's wife, a younger kin
    dates32(f, "bdq", dt.date(qy, rng.randint(1, 12), rng.randint(1, 28)))
    dates32(f, "bdm", dt.date(rng.randint(1984, 2006), rng.randint(1, 12), rng.randint(1, 28)))
    dates32(f, "bdu", dt.date(rng.randint(1955, 1998), rng.randint(1, 12), rng.randint(1, 28)))
    # the palliative course before death, the death, then the paperwork after it
    death = dt.date(2026, 1, 15) + dt.timedelta(days=rng.randint(0, 300))
    f["age"] = str(
        death.year - bdd.year - (1 if (bdd.month, bdd.day) > (death.month, death.day) else 0)
    )
    cur = death - dt.timedelta(days=rng.randint(90, 300))
    for i in range(1, 4):
        dates32(f, f"pa{i}", cur)
        cur += dt.timedelta(days=rng.randint(10, 40))
    dates32(f, "td", death)
    cur = death
    for i in range(1, 6):
        cur += dt.timedelta(days=rng.randint(0 if i == 1 else 1, 4))
        dates32(f, f"t{i}", cur)
    # a perinatal case: the newborn's birth a few days before the death
    dates32(f, "nb", death - dt.timedelta(days=rng.randint(0, 6)))
    f["nb_wt"] = str(rng.randint(540, 2400))
    f["nb_len"] = str(rng.randint(29, 46))
    f["gest"] = str(rng.randint(23, 36))
    f["apgar"] = f"{rng.randint(1, 5)}/{rng.randint(3, 7)}"
    dates32(f, "told", dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2004, 2025), rng.choice(["dot", "dot", "words"]))
    f["pas_dq"] = date(rng, rng.randint(2004, 2025), "dot")
    t0 = rng.randint(0, 23 * 60)
    f["tdt"] = f"{t0 // 60:02d}:{t0 % 60:02d}"  # the time of death: not labelled
    f["tdt_h"] = f"{t0 // 60:02d}"
    f["tdt_m"] = f"{t0 % 60:02d}"
    for i, t1 in enumerate(sorted(rng.randint(8 * 60, 19 * 60) for _ in range(3)), 1):
        f[f"tm{i}"] = f"{t1 // 60:02d}:{t1 % 60:02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr32(rng)
        f[f"ph{i}"] = mob32(rng)
    f["al1"] = aloc32(rng)
    f["a_br"] = abr32(rng)
    f["ao"], f["ao2"] = aorg32(rng), aorg32(rng)
    f["phc1"], f["phc2"] = city32(rng), city32(rng)
    f["ph_br"] = brk32(rng)
    f["ext"] = str(rng.randint(100, 699))
    f["m1"] = mail32(rng, f["q_sur"], f["q_first"])
    f["m2"] = mail32(rng, f["u_sur"], f["u_first"])
    f["md"] = mail32(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL32, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas32(rng), pas32(rng)
    f["kpd"] = f"{rng.randint(140, 870)}-{rng.randint(1, 60):03d}"
    f["bc"] = bcert(rng)
    # the death certificate: region series, number; the replaced one
    f["ser"] = rng.choice(OKATO32)
    f["ser2"] = f["ser"] + " " + f"{rng.randint(24, 26)}"  # «98 26»
    for key in REC32:
        f[key] = rec32(rng, key)
        f[key + "2"] = rec32(rng, key)
    f["msn_br"] = brk_at(rec32(rng, "msn"))
    f["zags_br"] = brk_at(shape(rng, "1702598#0001#26######"))
    f["zser"] = (
        rng.choice(["I", "II", "III", "IV", "V"])
        + "-"
        + rng.choice(["СН", "ДВ", "ИК", "ЕА", "ОТ", "ГМ"])
    )
    f["zno"] = str(rng.randint(100000, 999999))
    f["recser"] = f"{f['ser']}-{rng.randint(24, 26)}"
    # hard negatives of the field
    f["hosp"], f["hosp2"] = rng.sample(HOSP32, 2)
    town = _t32(rng)
    f["town_bare"] = town[2]
    f["region_nom"] = town[3]
    f["region"] = REGION_DAT32[town[3]]
    f["region_gen"] = REGION_GEN32[town[3]]
    f["paob"] = rng.choice(PAO32)
    f["smeb"] = rng.choice(SME32)
    f["zagso"] = rng.choice(ZAGS32)
    f["zcode"] = rng.choice(ZAGS_CODE32)
    f["police"] = rng.choice(POLICE32)
    f["hospice"] = rng.choice(HOSPICE32)
    f["insurer"] = rng.choice(INSURERS32)
    f["ogrn"] = rng.choice(OGRN32)
    f["lic"] = rng.choice(LIC32)
    f["icd_o1"], f["icd_o2"], f["icd_o3"] = rng.sample(ICD_OTHER32, 3)
    f["int1"], f["int2"], f["int3"] = rng.sample(INTERVAL32, 3)
    f["med"] = rng.choice(MED32)
    f["ward"] = str(rng.randint(1, 24))
    f["bed"] = str(rng.randint(1, 6))
    f["cell"] = str(rng.randint(1, 48))
    f["cam"] = str(rng.randint(1, 4))
    f["sect"] = str(rng.randint(1, 12))
    f["small"] = str(rng.randint(2, 30))
    f["o2"] = shape(rng, rng.choice(["Armed 7F-5L", "Atmung 5L", "Invacare Perfecto2", "Ямакс 5Л"]))
    f["o2sn"] = shape(rng, rng.choice(["SN ######", "A##-#####", "серийный № 2#%####"]))
    f["o2flow"] = str(rng.randint(1, 5))
    f["spo2"] = str(rng.randint(78, 93))
    f["sum_pg"] = f"{rng.randint(9, 11)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    f["sum_ins"] = f"{rng.randint(1, 15) * 100} 000"
    f["temp"] = f"{rng.randint(16, 30)},{rng.randint(0, 9)}"
    f["ecog"] = str(rng.randint(3, 4))
    f["vas"] = str(rng.randint(4, 9))
    f["karn"] = str(rng.choice([20, 30, 40]))
    f["zip"] = str(rng.randint(10, 98))
    f["kdoc"] = str(rng.randint(3, 40))
    f["nkusp"] = str(rng.randint(2, 9))
    f["plot"] = (
        f"участок {rng.randint(1, 60)}, ряд {rng.randint(1, 40)}, место {rng.randint(1, 60)}"
    )
    return f


def shape32(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict, p_male: bool | None = None) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape32(rng, m.group(1)), template)
    fill = fillers32(rng, p_male)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 32: genres and kinds
# one kind per diagnosis: (MKB_CODE, genre, template); no template is shared
GENRES32: list[tuple[str, str, str]] = [
    (
        "C16.2",
        "медицинское свидетельство о смерти ф. 106/у (окончательное) с корешком",
        """КОРЕШОК МЕДИЦИНСКОГО СВИДЕТЕЛЬСТВА О СМЕРТИ к учётной форме № 106/у
СЕРИЯ {ser} № [[R:{msn}]]   Дата выдачи [[D:{t1}]]
окончательного ☒   предварительного ☐   взамен предварительного ☐   взамен окончательного ☐
1. Дата рождения: [[B:{bd}]]  2. Фамилия, имя, отчество умершего: [[P:{p}]]
3. Пол: {p_sex}  4. Дата смерти: [[D:{td}]] время {tdt}
5. Место постоянного жительства: [[A:{a1}]]
6. Смерть наступила: в стационаре ({hosp}, отд. онкологии, палата № {ward})
7. Причины смерти: I а) C78.7 Вторичное ЗНО печени — {int1}; б) {code} {diag} — {int2}
   II. {icd_o1} — {int3}
8. Свидетельство выдал врач [[P:{d_s}]]; получил{u_ll} [[P:{u}]], паспорт [[Q:{pas2}]]
Форма утверждена приказом Минздрава России от [[D:15.04.2021]] № 352н. ОГРН МО {ogrn}.""",
    ),
    (
        "C18.0",
        "выписка из журнала регистрации выданных медицинских свидетельств о смерти",
        """ЖУРНАЛ РЕГИСТРАЦИИ МЕДИЦИНСКИХ СВИДЕТЕЛЬСТВ О СМЕРТИ (ф. 106/у), {hosp}
стр. {small}
№ п/п | серия | номер      | вид          | ФИО умершего             | дата смерти     | получатель, документ
{kdoc}  | {ser} | [[R:{msn}]] | оконч.       | [[P:{p_s}]]              | [[D:{td_sh}]]   | [[P:{q_s}]], пасп. [[Q:{pas}]]
{nkusp}  | {ser} | [[R:{msn2}]] | предв. (испорчен, погашен) | —          | —               | —
Диагноз (строка I б): {code} — {diag}; интервал {int1}
Выдал: [[P:{d_s}]]  Подпись получателя ___ [[P:{q_s}]]  Дата [[D:{t1_dm}]]
Контроль: зам. главного врача [[P:{h_s}]], тел. [[T:{phc1}]] доб. {ext}""",
    ),
    (
        "C20",
        "заявление дочери о выдаче дубликата медицинского свидетельства о смерти",
        """Главному врачу {hosp}
[[P:{h_s_dat}]]
от [[P:{q_gen}]], [[B:{bdq}]] г.р.,
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd},
проживающей: [[A:{a2}]], тел. [[T:{ph1}]]

ЗАЯВЛЕНИЕ
Прошу выдать дубликат медицинского свидетельства о смерти {p_my_rel} — [[P:{p_gen}]], [[B:{bd}]] г.р., {p_umer_gen} [[D:{td_wg}]] (диагноз {code}).
Оригинал — серия {ser} № [[R:{msn}]] от [[D:{t1}]] — утерян при переезде.
СНИЛС умершего: [[S:{sn}]]. Свидетельство о смерти ЗАГС: [[R:{zser} № {zno}]].
Копию прошу направить на [[E:{m1}]].
[[D:{t4}]]  ______ /[[P:{q_s}]]/""",
    ),
    (
        "C22.0",
        "протокол патологоанатомического вскрытия (паспортная часть и заключение)",
        """{paob}
ПРОТОКОЛ ПАТОЛОГОАНАТОМИЧЕСКОГО ВСКРЫТИЯ № [[R:{pao}]]
(ф. 013/у, приказ Минздрава России от [[D:06.06.2013]] № 354н)
Медицинская карта стационарного больного № [[R:{ib}]], {hosp2}
ФИО умершего: [[P:{p}]]; пол {p_sex}; дата рождения [[B:{bd}]]; полных лет {age}
Место жительства: [[A:{a1}]]
Дата смерти: [[D:{td}]] в {tdt}; дата вскрытия: [[D:{t1}]] в {tm1}
Лечащий врач [[P:{d_s}]]; присутствовал [[P:{e_s}]]
Раздел {sect}. Основное заболевание: {code} {diag}, T3N1M0, умеренно дифференцированная. Фоновое: K74.6.
Осложнения: печёночная недостаточность, асцит 4 л.
Непосредственная причина смерти: K72.1 — {int1}.
Категория расхождения: нет. Врач-патологоанатом [[P:{e}]], тел. [[T:{phc2}]]""",
    ),
    (
        "C25.0",
        "направление тела умершего на патологоанатомическое вскрытие",
        """НАПРАВЛЕНИЕ НА ПАТОЛОГОАНАТОМИЧЕСКОЕ ВСКРЫТИЕ
В {paob}, [[A:{ao}]]
Из: {hosp}, хирургическое отделение № 2, палата {ward}
1. [[P:{p}]], [[B:{bd_sh}]] г.р.
2. Медкарта № [[R:{ib}]]; полис ОМС [[O:{enp}]]
3. Дата и время смерти: [[D:{td}]] {tdt}
4. Заключительный клинический диагноз: основной — {code} {diag}; осложнения — механическая желтуха, ПОН; сопутствующий — {icd_o1}
5. Тело доставлено в морг [[D:{t1_dm}]] в {tm1}, камера № {cam}, место {cell}; бирка № [[R:{trup}]]
Вскрытие показано (п. 3 ч. 3 ст. 67 ФЗ № 323-ФЗ: онкологическое заболевание без морфологической верификации).
Лечащий врач [[P:{d_s}]], зав. отделением [[P:{h_s}]]
Родственник (сын) [[P:{u_fi}]], [[T:{ph1}]] — уведомлён.""",
    ),
    (
        "C25.9",
        "заявление дочери об отказе от патологоанатомического вскрытия",
        """Главному врачу {hosp} [[P:{h_s}]]
от дочери {p_umer_gen} [[P:{q_gen}]]
зарегистрированной по адресу: [[A:{a_br}]]
паспорт: [[Q:{pas}]] выдан {kpd} [[D:{pas_d}]]
Заявление
Я, [[P:{q}]], прошу не производить патологоанатомическое вскрытие тела {p_my_rel} [[P:{p_gen}]], [[B:{bd}]] г.р., {p_skon} [[D:{td_w}]] в {tdt} в отделении паллиативной помощи (И/Б [[R:{ib}]]).
Диагноз при жизни верифицирован гистологически (биопсия от [[D:{pa1}]], заключение № [[R:{pao2}]]): {code}.
Оснований для вскрытия, предусмотренных ч. 3 ст. 67 Закона № 323-ФЗ, нет.
Контактный телефон: [[T:{ph2}]]
[[D:{t1_q}]]  ________ [[P:{q_s}]]
Разрешение на выдачу без вскрытия: зам. гл. врача по мед. части [[P:{h_s}]] ___""",
    ),
    (
        "C34.9",
        "протокол врачебной комиссии о направлении на паллиативную медицинскую помощь",
        """ПРОТОКОЛ ВРАЧЕБНОЙ КОМИССИИ № [[R:{vk}]] от [[D:{pa1}]]
{hosp2}, лицензия {lic}
Пациент: [[P:{p}]], д.р. [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]
Диагноз: {code} {diag}, IV ст., mts в кости, надпочечники. ECOG {ecog}, Карновский {karn}%, ВАШ {vas}/10.
Заключение: пациент нуждается в оказании паллиативной медицинской помощи в амбулаторных условиях, в т.ч. на дому (приказ Минздрава России № 345н/372н от [[D:31.05.2019]]).
Рекомендовано: {med}; кислородотерапия 3 л/мин.
Председатель ВК [[P:{h_s}]]; члены: [[P:{d_s}]], [[P:{e_s}]]
Копию получил{u_ll} [[P:{u_s}]] ([[T:{ph1}]]) [[D:{pa1}]]""",
    ),
    (
        "C53.9",
        "карта включения пациентки в региональный регистр паллиативной помощи",
        """РЕГИСТР ПАЦИЕНТОВ, НУЖДАЮЩИХСЯ В ПАЛЛИАТИВНОЙ МП — карточка
Рег. № [[R:{pal}]]   Дата включения [[D:{pa2}]]   МО прикрепления: {hosp}
ФИО [[P:{p}]]  Д/р [[B:{bd}]]
СНИЛС [[S:{sn}]]   ЕНП [[O:{enp}]]
Адрес фактического проживания: [[A:{a1}]]
Диагноз {code} — {diag}, T4bN2M1; код группы ПМП 1.1
Нуждается в: обезболивании (ВАШ {vas}), перевязках, медизделиях (противопролежневый матрас)
Законный представитель / ухаживающий: [[P:{u}]], тел. [[T:{ph2}]]
Дата исключения из регистра: [[D:{td}]] (смерть). Основание: МСС серия {ser} № [[R:{msn}]]
Ответственный: [[P:{k_s}]], [[E:{mo}]]""",
    ),
    (
        "C56",
        "договор безвозмездного пользования кислородным концентратором с родственником",
        """ДОГОВОР № [[R:{dbp}]] безвозмездного пользования медицинским изделием
[[A:{ao}]]                                       [[D:{pa2_q}]]
{hospice} (ссудодатель) в лице директора [[P:{h_gen}]] и [[P:{u}]] (ссудополучатель), действующий в интересах [[P:{p_gen}]], [[B:{bd}]] г.р. (рег. № в паллиативном регистре [[R:{pal}]]), заключили договор:
1. Передаётся концентратор кислорода {o2}, {o2sn}, инв. № 0001{ward}{cell}, поток до 5 л/мин.
2. Адрес установки: [[A:{a1}]]
3. Ссудополучатель обязуется вернуть изделие в течение 10 дней после прекращения необходимости.
Паспорт ссудополучателя: [[Q:{pas2}]], выдан [[D:{pas_dq}]]; тел. [[T:{ph2}]]
Диагноз пациентки: {code} ({diag}), асцит, гидроторакс; SpO2 {spo2}%.
Ссудодатель ____ [[P:{h_s}]]   Ссудополучатель ____ [[P:{u_s}]]""",
    ),
    (
        "C67.9",
        "рецепт на наркотический анальгетик ф. 107/у-НП и запись в журнале выдачи",
        """Рецептурный бланк формы № 107/у-НП  Серия {recser} № [[R:{rec}]]
Дата выписки: [[D:{pa3}]]
ФИО пациента: [[P:{p}]]   Возраст: {age} лет
СНИЛС [[S:{sn}]]   Полис ОМС [[O:{enp}]]
Медкарта амбулаторного пациента № [[R:{amb}]]
Rp.: {med} — №20; по 1 каждые 72 ч; D.S. трансдермально
Диагноз: {code} ({diag}), хронический болевой синдром
Врач [[P:{d_s}]]   Руководитель МО ___ [[P:{h_s}]]
--- журнал выдачи аптечного пункта ---
[[D:{pa3_dm}]] | рецепт {recser} [[R:{rec}]] | получил{u_ll} [[P:{u_s}]] (сын), паспорт [[Q:{pas2}]] | доверенность от [[D:{pa1}]]""",
    ),
]
GENRES32 += [
    (
        "C15.9",
        "акт приёма от родственников неиспользованных наркотических средств после смерти пациента",
        """АКТ приёма неиспользованных наркотических лекарственных препаратов
{hosp}, кабинет паллиативной помощи, [[A:{ao}]]
[[D:{t3}]]
Мы, нижеподписавшиеся: зав. кабинетом [[P:{d_s}]], ст. медсестра [[P:{k_s}]], в присутствии [[P:{u_gen}]] ([[T:{ph1}]]), составили акт о том, что от родственника умершего пациента [[P:{p_gen}]] ([[B:{bd}]] г.р., дата смерти [[D:{td}]], амб. карта [[R:{amb}]]) приняты:
1. {med} — 7 ед. (рецепт серия {recser} № [[R:{rec}]] от [[D:{pa3}]])
2. трамадол 50 мг/мл 2 мл — 4 амп., серия 1{ward}0{cell}25, годен до 0{cam}.2028
Диагноз: {code} {diag}, дисфагия IV ст.
Препараты помещены в сейф № {cam} для последующего уничтожения в порядке, установленном ПП РФ № 1148.
Сдал: ____ [[P:{u_s}]]  Приняли: ____ [[P:{d_s}]], ____ [[P:{k_s}]]""",
    ),
    (
        "C32.9",
        "анкета при поступлении в хоспис (первичный осмотр, согласие, контакты семьи)",
        """{hospice}
ЛИСТ ПОСТУПЛЕНИЯ   Личное дело № [[R:{hos}]]   Дата поступления [[D:{pa2}]] {tm1}
Пациент: [[P:{p}]]   [[B:{bd}]] ({age} лет)
Паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]; ОМС [[O:{enp}]]
Направлен: {hosp}, протокол ВК № [[R:{vk}]]
Основной диагноз: {code} {diag}, состояние после трахеостомии (2024), рост опухоли. Канюля № 8.
Жалобы: боль ВАШ {vas}, слабость, нарушение глотания. ECOG {ecog}. Палата {ward}, койка {bed}.
Контакты семьи: жена — [[P:{q}]], [[T:{ph1}]]; брат — [[P:{u_io}]], [[T:{ph_br}]]
Пожелания: «сообщать новости сначала дочери» — [[P:{n_fi}]], [[E:{m1}]]
Принял: врач [[P:{d_s}]]; социальный работник [[P:{k_s}]]""",
    ),
    (
        "C43.9",
        "запись участкового врача о констатации смерти на дому",
        """КОНСТАТАЦИЯ СМЕРТИ НА ДОМУ (запись в медкарте амбулаторного больного № [[R:{amb}]])
[[D:{td_dm}]] {tm2}. Вызов по тел. от [[P:{q_gen}]] ([[T:{ph2}]]).
Адрес: [[A:{a1}]]
[[P:{p}]], {age} лет, состоял{p_a} на учёте с {bdy}: {code} {diag}, генерализация (mts в лёгкие, печень, головной мозг), получал{p_a} паллиативную помощь (рег. № [[R:{pal}]]).
Со слов дочери, дыхание прекратилось около {tdt}. Объективно: сознание, дыхание, пульс отсутствуют, зрачки широкие, «кошачий глаз» +, трупные пятна на задней поверхности тела, t° тела {temp} °C.
Констатирована биологическая смерть [[D:{td}]] в {tm2}. Признаков насильственной смерти нет.
МСС (окончательное) серия {ser} № [[R:{msn}]] выдано [[D:{t1}]] дочери.
Врач-терапевт участковый [[P:{d_s}]], уч. № {small}""",
    ),
    (
        "C92.0",
        "телефонограмма больницы родственнику о смерти пациента",
        """ТЕЛЕФОНОГРАММА № {kdoc}
Дата: [[D:{td}]]   Время передачи: {tm3}
От: дежурный врач отделения гематологии {hosp} [[P:{d}]]
Кому: [[P:{q_dat}]] (мать), по тел. [[T:{ph1}]]
Текст: Сообщаем, что ваш сын (дочь) [[P:{p}]], [[B:{bd_sh}]] г.р., находившийся на лечении с диагнозом {code} ({diag}), рецидив после ТГСК, умер [[D:{td_w}]] в {tdt} в реанимации, бокс № {ward}.
Тело будет передано в ПАО после {tm1} [[D:{t1_dm}]]. Для получения МСС при себе иметь паспорт и паспорт умершего.
Справки по тел. [[T:{phc1}]] (ординаторская).
Передал: [[P:{d_s}]]. Принял{q_ll}: [[P:{q_s}]]""",
    ),
    (
        "C78.0",
        "выписной эпикриз при переводе на паллиативное лечение с планом обезболивания",
        """ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты № [[R:{ib}]]
[[P:{p_up}]], [[B:{bd}]] г.р. Проживает [[A:{al1}]]. Тел. [[T:{ph3}]]
Находил{p_sya} на лечении в {hosp} с [[D:{pa1}]] по [[D:{pa2}]].
Диагноз: {code} {diag} (первичный очаг — C64, нефрэктомия {told_my}). Гидроторакс справа. ДН II.
Проведено: торакоцентез × 2 (по 1,2 л), плевродез.
Рекомендации: наблюдение в кабинете ПМП; {med} 1 р/сут; кислород {o2flow} л/мин через концентратор; ВК для оформления ИПРА.
Передан актив в поликлинику по месту жительства [[D:{pa2_sh}]].
Лечащий врач [[P:{d_s}]]  Зав. отд. [[P:{h_s}]]  [[E:{md}]]""",
    ),
    (
        "C79.3",
        "выписка из протокола комиссии по изучению летальных исходов (КИЛИ)",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ЗАСЕДАНИЯ КИЛИ № [[R:{lkk}]] от [[D:{t4}]]
{hosp}
Председатель: [[P:{h}]]; секретарь: [[P:{k_s}]]
Рассмотрен летальный случай: [[P:{p}]], {age} лет, И/Б № [[R:{ib}]], дата поступления [[D:{pa3}]], дата смерти [[D:{td}]] {tdt}
Клинический диагноз: основное — {code} {diag} (первичный — C34.1); осложнения: отёк головного мозга с дислокацией (G93.6).
Патологоанатомический диагноз (протокол № [[R:{pao}]]): совпадает. Расхождение — нет.
Докладчик: лечащий врач [[P:{d_s}]]; патологоанатом [[P:{e_s}]].
Решение: смерть неотвратимая; дефектов оказания МП не выявлено (п. {sect} протокола).
Подписи членов комиссии — 5. Отв. за выписку [[P:{k_s}]]""",
    ),
    (
        "I21.4",
        "рапорт сотрудника полиции об обнаружении трупа в квартире (КУСП)",
        """Начальнику {police}
полковнику полиции [[P:{h_s_dat}]]
РАПОРТ
Докладываю, что [[D:{td}]] в {tm1} в дежурную часть поступило сообщение от [[P:{q_gen}]], [[B:{bdq}]] г.р., тел. [[T:{ph1}]], о том, что по адресу: [[A:{a1}]] в квартире обнаружен труп её {p_rel_gen} [[P:{p_gen}]], [[B:{bd}]] г.р. Сообщение зарегистрировано в КУСП за № [[R:{kusp}]].
На место выехали: УУП ст. лейтенант полиции [[P:{m}]], фельдшер СМП [[P:{k_s}]] (карта вызова № [[R:{smp}]]).
Труп в положении лёжа на диване, видимых телесных повреждений нет. Со слов дочери, умерш{p_ii} страдал{p_a} ИБС, в анамнезе ИМ ({told_my}). Предварительно: {code} {diag}.
Труп направлен в морг {smeb}, направление № {kdoc}. Паспорт умершего [[Q:{pas}]] изъят.
УУП [[P:{m_s}]]   [[D:{td_sh}]]""",
    ),
    (
        "I21.1",
        "СЭМД «Медицинское свидетельство о смерти» в ЕГИСЗ (фрагмент XML)",
        """<ClinicalDocument xmlns="urn:hl7-org:v3">
<id root="1.2.643.5.1.13.13.12.2.14.14116.100.1.1.51" extension="[[R:{semd}]]"/>
<code code="48" codeSystem="1.2.643.5.1.13.13.11.1522" displayName="Медицинское свидетельство о смерти"/>
<effectiveTime value="[[D:{t1_dig}]]{tdt_h}{tdt_m}00+0900"/>
<recordTarget><patientRole>
 <id root="1.2.643.100.3" extension="[[S:{sn}]]"/>
 <id root="1.2.643.5.1.13.2.7.100.5" extension="[[O:{enp}]]"/>
 <addr><streetAddressLine>[[A:{a1}]]</streetAddressLine></addr>
 <patient><name><family>[[P:{p_sur}]]</family><given>[[P:{p_io}]]</given></name>
 <birthTime value="[[B:{bd_dig}]]"/></patient>
</patientRole></recordTarget>
<!-- серия {ser2}, номер [[R:{msn}]]; вид: окончательное -->
<observation><code code="DEATHDT"/><value value="[[D:{td_dig}]]{tdt_h}{tdt_m}"/></observation>
<observation><code code="I.a"/><value code="I50.1"/> <code code="I.b"/><value code="{code}" displayName="{diag}"/> — {int2}</observation>
<author><assignedPerson><name>[[P:{d}]]</name></assignedPerson></author>
</ClinicalDocument>""",
    ),
    (
        "I25.2",
        "выписка из записи акта о смерти (Единый государственный реестр ЗАГС)",
        """ВЫПИСКА из записи акта о смерти
Запись акта о смерти № [[R:{zags}]] от [[D:{t2}]]
Орган ЗАГС: {zagso}, код {zcode}
Фамилия, имя, отчество: [[P:{p}]]
Дата рождения: [[B:{bd_w}]]
Дата смерти: [[D:{td_w}]]; место смерти: [[A:{a1}]]
Причина смерти: болезнь ({code} {diag}; I — {int1})
Документ, подтверждающий факт смерти: медицинское свидетельство о смерти серия {ser} № [[R:{msn}]] от [[D:{t1}]], {hosp}
Последнее место жительства: [[A:{a2}]]
СНИЛС: [[S:{sn}]]; паспорт умершего [[Q:{pas}]] (сдан)
Заявитель: [[P:{u}]], проживающий: [[A:{a3}]]
Выдано свидетельство о смерти [[R:{zser} № {zno}]]
Руководитель органа ЗАГС [[P:{x_s}]]""",
    ),
    (
        "I60.9",
        "акт судебно-медицинского исследования трупа (вводная часть и выводы)",
        """{smeb}
АКТ СУДЕБНО-МЕДИЦИНСКОГО ИССЛЕДОВАНИЯ ТРУПА № [[R:{sme}]]
Начато [[D:{t1}]] в {tm1}, окончено [[D:{t2}]] в {tm2}
Основание: направление {police} от [[D:{td}]] (КУСП № [[R:{kusp}]]), подписанное УУП [[P:{m_s}]]
Эксперт: [[P:{e}]], стаж 14 лет, высшая категория.
Сведения об умершем: [[P:{p}]], [[B:{bd}]] г.р., проживал{p_a}: [[A:{a1}]]. Рег. № трупа [[R:{trup}]].
Обстоятельства: обнаружен{p_a} родственниками дома [[D:{td_dm}]].
Выводы: смерть наступила от нетравматического субарахноидального кровоизлияния ({code} {diag}) вследствие разрыва аневризмы. Этанол в крови не обнаружен (СХИ № {kdoc}/{small}).
Давность смерти на момент осмотра — 12–24 часа.
Судебно-медицинский эксперт ________ [[P:{e_s}]]""",
    ),
    (
        "I26.9",
        "протокол ЛКК по разбору летального исхода после операции",
        """ПРОТОКОЛ ЛЕЧЕБНО-КОНТРОЛЬНОЙ КОМИССИИ № [[R:{lkk}]]
{hosp}; дата [[D:{t5}]]
Присутствовали: зам. гл. врача [[P:{h_s}]], зав. травматологией [[P:{d_s}]], анестезиолог [[P:{e_s}]], клин. фармаколог [[P:{n_s}]]
Случай: [[P:{p}]], [[B:{bd_sh}]] г.р., И/Б [[R:{ib}]]; поступил{p_a} [[D:{pa3}]] с переломом шейки бедра (S72.0), эндопротезирование [[D:{pa3_dm}]] (протокол операции № {kdoc}).
На 9-е сутки — внезапная одышка, падение АД 70/40, смерть [[D:{td}]] в {tdt}.
ПАО (протокол № [[R:{pao}]]): {code} {diag}, тромбоз глубоких вен левой голени.
Выводы: профилактика ВТЭО (эноксапарин 40 мг) проводилась, отменена за 12 ч до операции; замечание к ведению — поздняя активизация.
Категория расхождения — I. Ознакомлен лечащий врач ____ [[P:{d_s}]]""",
    ),
    (
        "I71.3",
        "сопроводительный лист на труп, направляемый из стационара в морг",
        """СОПРОВОДИТЕЛЬНЫЙ ЛИСТ НА ТРУП
Отделение: сосудистая хирургия, палата {ward}; {hosp}
ФИО: [[P:{p}]]   Возраст: {age}   Дата рождения: [[B:{bd}]]
№ медицинской карты: [[R:{ib}]]
Дата/время смерти: [[D:{td}]] / {tdt}
Диагноз: {code} {diag}; геморрагический шок III ст.
Ценности: кольцо жёлтого металла — 1, передано [[P:{u_s}]] под роспись.
Одежда: нет. Бирка на руке и ноге: [[P:{p_s}]], И/Б [[R:{ib}]]
Доставлено в ПАО [[D:{td_dm}]] в {tm3}, холодильная камера № {cam}, ячейка {cell}
Сдал: м/с [[P:{k_s}]]   Принял: санитар ПАО [[P:{r_s}]]   Рег. № в журнале ПАО [[R:{trup}]]""",
    ),
]
GENRES32 += [
    (
        "I42.0",
        "справка о смерти ф. 11 органа ЗАГС для получения пособия на погребение",
        """{zagso}
СПРАВКА О СМЕРТИ № [[R:С-{kdoc}{small}]]
(форма № 11, утв. приказом Минюста России от [[D:01.10.2018]] № 200)
Дана [[P:{u_dat}]] в том, что [[P:{p}]], дата рождения [[B:{bd_q}]], умер{p_a_umer} [[D:{td_q}]],
о чём [[D:{t2_wg}]] составлена запись акта о смерти № [[R:{zags}]].
Последнее место жительства: [[A:{a1}]]
Справка выдана для предъявления в ОСФР (социальное пособие на погребение).
Причина смерти: {code} {diag}
Дата выдачи [[D:{t2}]]. Специалист [[P:{x_s}]] М.П.""",
    ),
    (
        "I46.1",
        "карта вызова скорой медицинской помощи: смерть до прибытия бригады",
        """КАРТА ВЫЗОВА СМП № [[R:{smp}]]   Подстанция № {small}, бригада {ward}
Дата [[D:{td_sh}]]  Приём вызова {tm1}  Прибытие {tm2}
Повод: «без сознания, не дышит». Вызывающий: жена [[P:{q_io}]], [[T:{ph1}]]
Адрес: [[A:{a1}]]
Пациент: [[P:{p_low}]], {age} лет, д.р. [[B:{bd_sh}]], полис [[O:{enp}]]
Анамнез: со слов, сидел у телевизора, захрипел и упал; до этого жалоб не предъявлял. ИКД нет.
Объективно: признаки биологической смерти отсутствуют → СЛР 30 мин, асистолия. Смерть констатирована в {tm3}.
Диагноз: {code} {diag} (R96.0 исключена — свидетели есть).
Сообщено в {police} по тел. 02, КУСП № [[R:{kusp}]]; ответил дежурный [[P:{m_s}]].
Фельдшер [[P:{k_s}]]""",
    ),
    (
        "I64",
        "заявление сына о выдаче повторного свидетельства о смерти в отдел ЗАГС",
        """В {zagso}
от [[P:{u_gen}]], дата рождения [[B:{bdu}]],
проживающего: [[A:{a2}]]
документ: паспорт гражданина РФ [[Q:{pas2}]], выдан [[D:{pas_d}]]
тел. [[T:{ph2}]], e-mail [[E:{m2}]]
ЗАЯВЛЕНИЕ о выдаче повторного свидетельства о смерти
Прошу выдать повторное свидетельство о смерти на [[P:{p_acc}]], умерш{p_ei} [[D:{td}]],
запись акта о смерти № [[R:{zags}]] от [[D:{t2}]] ({zcode}).
Прежнее свидетельство [[R:{zser} № {zno}]] пришло в негодность.
Родство: сын. Причина смерти ({code}) указывать не требуется.
Госпошлина 350 руб. оплачена, УИН 0321 0000 {cell:0>2}{ward:0>2} 7700 0001. [[D:{t5_w}]] ___ [[P:{u_s}]]""",
    ),
    (
        "J18.9",
        "заявление о выплате социального пособия на погребение в ОСФР",
        """В ОСФР по {region}
ЗАЯВЛЕНИЕ о выплате социального пособия на погребение
Рег. № заявления [[R:{sfr}]] от [[D:{t3}]]
Заявитель: [[P:{q}]]; СНИЛС [[S:{sn2}]]; паспорт [[Q:{pas2}]]; ИНН [[I:{inn}]]
Адрес заявителя: [[A:{a2}]]; тел. [[T:{ph1}]]
Умерший: [[P:{p}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], пенсионер
Дата смерти [[D:{td}]]; справка о смерти ф. 11 № [[R:С-{kdoc}{small}]], запись акта [[R:{zags}]]
Причина смерти по МСС: {code} {diag}, J96.0 — {int1}
Сумма к выплате: {sum_pg} руб. Способ: на счёт в банке (последние цифры …{cell}{ward}).
Заявление принял специалист клиентской службы [[P:{x_s}]]""",
    ),
    (
        "J96.0",
        "запрос страховой компании о причине смерти застрахованного и ответ медорганизации",
        """{insurer}
Исх. № 14-{kdoc}/{small} от [[D:{t3}]]
Главному врачу {hosp}
Запрос. В связи с заявлением [[P:{q_gen}]] о страховой выплате (убыток [[R:{ub}]]) по договору страхования жизни [[R:{pol}]] застрахованного [[P:{p_gen}]], [[B:{bd}]] г.р., просим сообщить: причину смерти, дату первичного установления диагнозов, копию МСС.
Согласие застрахованного на раскрытие врачебной тайны (от [[D:{told}]]) прилагается.
Ответ направить на [[E:{mo}]]; куратор [[P:{r}]], [[T:{phc1}]] доб. {ext}
---
Ответ МО от [[D:{t5}]] вх. № [[R:{vh}]]: [[P:{p}]] умер{p_a_umer} [[D:{td}]] в ОРИТ. Причина: I а) {code} {diag} — {int3}; б) J12.8; II. {icd_o1}. МСС серия {ser} № [[R:{msn}]].
Исп. [[P:{k_s}]]""",
    ),
    (
        "J15.9",
        "выгрузка регистра смертности МИАЦ (CSV)",
        """# mortality_register_export; region={zip}; period={td_my}; rows=3; operator=miac_user{small}
N;SNILS;FIO;DR;DS;TIME;SERIES;NUMBER;TYPE;MKB_Ia;MKB_Ib;MKB_II;MO;ADDRESS
1;[[S:{sn}]];[[P:{p_up}]];[[B:{bd_iso}]];[[D:{td_iso}]];{tdt};{ser};[[R:{msn}]];1;J96.0;{code};{icd_o1};{ogrn};[[A:{a1}]]
2;[[S:{sn2}]];[[P:{n_up}]];[[B:{bdu_iso}]];[[D:{t1_iso}]];{tm1};{ser};[[R:{msn2}]];2;R99;;;{ogrn};[[A:{a2}]]
# {code} = {diag}; TYPE 1 — окончательное, 2 — предварительное
# выгрузил [[P:{k_s}]] [[D:{t5_iso}]]; вопросы: [[E:{mo}]]""",
    ),
    (
        "J69.0",
        "медицинское свидетельство о смерти «взамен предварительного»",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ  серия {ser} № [[R:{msn2}]]
Дата выдачи [[D:{t4}]]
☐ окончательного ☐ предварительного ☒ взамен предварительного ☐ взамен окончательного
серия {ser} № [[R:{msn}]] от [[D:{t1_sh}]]
1. Фамилия, имя, отчество: [[P:{p}]]
2. Пол: {p_sex}  3. Дата рождения: [[B:{bd}]]  4. Дата смерти: [[D:{td}]] время {tdt}
5. Регистрация по месту жительства: [[A:{a_br}]]
10. Смерть от: заболевания
19. Причины смерти:
 I а) J96.0 Острая респираторная недостаточность ........ {int3}
   б) {code} {diag} ........ {int2}
   в) G20 Болезнь Паркинсона ........ {int1}
 II. {icd_o2}
20. Причина установлена: на основании вскрытия (протокол № [[R:{pao}]])
Врач-патологоанатом [[P:{e_s}]]  Руководитель [[P:{h_s}]]""",
    ),
    (
        "T71",
        "предварительное медицинское свидетельство о смерти, выданное судебно-медицинским экспертом",
        """{smeb} · Медицинское свидетельство о смерти
Серия {ser} № [[R:{msn}]]  Дата выдачи [[D:{t1}]]
Вид: предварительное (причина устанавливается, назначены гистология и СХИ)
ФИО: [[P:{p}]]; дата рождения [[B:{bd}]]; дата смерти [[D:{td}]], время неизвестно
Место смерти: [[A:{a1}]]
Смерть от: род смерти не установлен
I а) {code} {diag} ........ {int1}
   б) X70 — ?; II. —
Акт судмедисследования № [[R:{sme}]]; рег. № трупа [[R:{trup}]]
Получатель: [[P:{u}]], паспорт [[Q:{pas2}]]
Эксперт [[P:{e_s}]]. Окончательное МСС будет выдано не позднее 45 дней.""",
    ),
    (
        "X31",
        "протокол осмотра трупа на месте обнаружения (улица, переохлаждение)",
        """ПРОТОКОЛ ОСМОТРА МЕСТА ПРОИСШЕСТВИЯ (выдержка)
[[D:{td_wg}]], осмотр начат {tm1}, окончен {tm2}. Температура воздуха −{temp} °C.
Следователь (дознаватель) [[P:{m}]] на основании сообщения КУСП № [[R:{kusp}]] с участием судмедэксперта [[P:{e_s}]] произвёл осмотр участка местности у дома по адресу: [[A:{a3}]].
Обнаружен труп мужчины (женщины) на снегу, поза «эмбриона», одежда: пуховик, валенки. Пятна Вишневского (предположительно). При трупе паспорт [[Q:{pas}]] на имя [[P:{p}]], [[B:{bd}]] г.р., проживающ{p_ei}: [[A:{a1}]].
Личность подтвердил{u_ll} по телефону брат [[P:{u_io}]] ([[T:{ph2}]]).
Предварительно: {code} {diag}.
Труп направлен в {smeb}, рег. № [[R:{trup}]]. Понятые: [[P:{n_s}]], [[P:{r_s}]]""",
    ),
    (
        "X44",
        "направление на судебно-медицинское исследование трупа (отравление лекарствами)",
        """Начальнику {smeb}
НАПРАВЛЕНИЕ на судебно-медицинское исследование трупа
В соответствии со ст. 144 УПК РФ направляю труп [[P:{p_gen}]], [[B:{bd}]] г.р., обнаруженного (-ой) [[D:{td}]] по адресу: [[A:{a1}]] (материал проверки КУСП № [[R:{kusp}]]).
Обстоятельства: рядом обнаружены пустые блистеры (амитриптилин, {med}), со слов сожительницы [[P:{q_gen}]] (тел. [[T:{ph1}]]) покойн{p_yi} получал{p_a} паллиативную помощь по поводу ЗНО.
Вопросы эксперту: 1) причина смерти; 2) наличие лекарственных веществ ({code} {diag}?); 3) давность наступления смерти.
Паспорт умершего: [[Q:{pas}]]; СНИЛС [[S:{sn}]].
УУП {police} [[P:{m}]], тел. [[T:{phc1}]]. [[D:{td}]]""",
    ),
    (
        "W78",
        "журнал регистрации трупов, поступивших в судебно-медицинский морг",
        """ЖУРНАЛ РЕГИСТРАЦИИ ТРУПОВ · {smeb} · отделение г. {town_bare}
№ п/п | рег. № трупа | дата/время поступления | ФИО | возраст | откуда | направление | камера/ячейка
{kdoc} | [[R:{trup}]] | [[D:{t1_sh}]] {tm1} | [[P:{p}]] | {age} | [[A:{a1}]] | {police}, КУСП [[R:{kusp}]] | {cam}/{cell}
{small} | [[R:{trup2}]] | [[D:{t1_sh}]] {tm2} | неизвестный мужчина | ~50 | теплотрасса | КУСП [[R:{kusp2}]] | {cam}/{ward}
Диагноз предварит. (п. {kdoc}): {code} {diag} (аспирация рвотных масс на фоне алкогольного опьянения)
Выдан родственникам: [[D:{t3_dm}]], [[P:{u_s}]], паспорт [[Q:{pas2}]]; разрешение на выдачу тела № [[R:{bur}]]
Санитар [[P:{r_s}]]; эксперт [[P:{e_s}]]""",
    ),
    (
        "T51.0",
        "квитанция морга о выдаче тела родственнику",
        """КВИТАНЦИЯ о выдаче тела № {kdoc}
{smeb}, [[A:{ao}]], тел. [[T:{phc2}]]
Тело [[P:{p_gen}]] (рег. № [[R:{trup}]], акт СМИ № [[R:{sme}]])
выдано [[D:{t3}]] в {tm2} [[P:{u_dat}]] (паспорт [[Q:{pas2}]], тел. [[T:{ph2}]]).
МСС окончательное серия {ser} № [[R:{msn}]] (I а) {code} {diag}; II. F10.2) вручено.
Ценности и документы: паспорт умершего [[Q:{pas}]], ключи — переданы.
Похоронное агентство: ИП [[P:{r}]], ИНН [[I:{inn}]]
Выдал: [[P:{k_s}]]; получил: ______ [[P:{u_s}]]""",
    ),
    (
        "X70",
        "запрос следователя СК (КРСП) и ответ бюро СМЭ о результатах исследования",
        """СЛЕДСТВЕННЫЙ ОТДЕЛ по г. {town_bare} СУ СК России
Исх. № 201пр-26/{kdoc} от [[D:{t2}]]
Начальнику {smeb}
В производстве находится материал проверки КРСП № [[R:{kusp}]] по факту обнаружения трупа [[P:{p_gen}]], [[B:{bd}]] г.р., [[D:{td}]] по адресу [[A:{a1}]]. Прошу в срок до [[D:{t5}]] предоставить копию акта исследования трупа.
Следователь [[P:{m}]], [[T:{phc1}]]
---
Вх. № [[R:{vh}]] от [[D:{t3}]]. Ответ: акт № [[R:{sme}]] направлен. Причина смерти: механическая асфиксия ({code} {diag}); странгуляционная борозда одиночная, незамкнутая; этанол 1,2‰.
Зав. отделом [[P:{h_s}]]""",
    ),
    (
        "V89.2",
        "сведения о смерти, переданные органом ЗАГС в Социальный фонд (СМЭВ)",
        """СМЭВ · сведения о государственной регистрации смерти · отправитель {zcode}
messageId: 7f3c{cell}a2-{ward}b1-4c0e-9d2a-{kdoc}e{small}
ActNumber: [[R:{zags}]]   ActDate: [[D:{t2_iso}]]
Deceased.LastName: [[P:{p_sur}]]  FirstName+MiddleName: [[P:{p_io}]]
Deceased.BirthDate: [[B:{bd_iso}]]  SNILS: [[S:{sn}]]
Deceased.DeathDate: [[D:{td_iso}]]  DeathPlace: [[A:{a3}]]
DeathCause (справочно): {code} {diag}; V89.2 — дорожно-транспортное происшествие (мотоцикл)
MedCert: series={ser}; number=[[R:{msn}]]; type=2
Applicant: [[P:{u}]]; Passport: [[Q:{pas2}]]; Phone: [[T:{ph2}]]
status=DELIVERED; SFR region {zip}""",
    ),
    (
        "W65",
        "переписка родственницы с участковым врачом в мессенджере о смерти в ванной",
        """[{tm1}] [[P:{q_fi}]]: Доктор, здравствуйте, это дочь [[P:{p_s_gen}]] с [[A:{a1}]]. {p_papy_cap} больше нет, нашли в ванне утром 😢
[{tm1}] [[P:{d_io}]]: Соболезную. Полицию вызвали? Нужно сообщить в 112, без них не могу выписать свидетельство
[{tm2}] [[P:{q_fi}]]: вызвали, сказали КУСП [[R:{kusp}]], увезли в морг
[{tm2}] [[P:{d_io}]]: Тогда свидетельство выдаст бюро СМЭ. Там скажут ({code} — {diag}) или другое. Карта у нас [[R:{amb}]], копию подготовлю
[{tm3}] [[P:{q_fi}]]: спасибо. мой второй номер [[T:{ph2}]], пишите сюда или на [[E:{m1}]]
[{tm3}] [[P:{d_io}]]: Хорошо. Паспорт [[Q:{pas}]] и полис [[O:{enp}]] {p_papy} возьмите с собой
— [[D:{td_w}]]""",
    ),
]
GENRES32 += [
    (
        "X59",
        "разрешение на захоронение и запись в книге регистрации захоронений",
        """МКУ «Ритуальные услуги» · РАЗРЕШЕНИЕ НА ЗАХОРОНЕНИЕ № [[R:{bur}]]
Дата выдачи: [[D:{t3}]]
Умерш{p_ii}: [[P:{p}]], [[B:{bd_sh}]] — [[D:{td_sh}]]
Свидетельство о смерти ЗАГС: [[R:{zser} № {zno}]], запись акта № [[R:{zags}]]
Причина смерти (для кремации не требуется): {code} {diag}
Кладбище «Северное», {plot}; тип — одиночное; глубина 1,5 м.
Дата погребения: [[D:{t4_w}]] в 12:00
Ответственный за захоронение: [[P:{u}]], паспорт [[Q:{pas2}]], тел. [[T:{ph1}]], проживает [[A:{a2}]]
Книга регистрации захоронений: т. {cam}, стр. {kdoc}. Смотритель [[P:{r_s}]]""",
    ),
    (
        "R98",
        "рапорт участкового уполномоченного о смерти одинокого человека без свидетелей",
        """РАПОРТ (КУСП № [[R:{kusp}]] от [[D:{td}]])
Мною, УУП {police} [[P:{m}]], [[D:{td_w}]] по сообщению соседки [[P:{q_gen}]] (тел. [[T:{ph1}]]) о неприятном запахе из квартиры вскрыта дверь с участием МЧС по адресу: [[A:{a1}]].
Обнаружен труп [[P:{p_gen}]], {age} лет ([[B:{bd}]] г.р.), проживавш{p_ei} одиноко. Гнилостные изменения. Признаков насилия не выявлено; дверь заперта изнутри.
Родственники: сын [[P:{u}]], проживает [[A:{al1}]], тел. [[T:{ph_br}]] — уведомлён [[D:{td_dm}]].
Сведения о заболеваниях: наблюдался в поликлинике, амб. карта [[R:{amb}]]; последний визит [[D:{pa3}]].
Предварительно: {code} {diag}. Труп направлен в {smeb}.
УУП [[P:{m_s}]]""",
    ),
    (
        "R99",
        "ответ главного врача на обращение сына о неустановленной причине смерти",
        """{hosp}
[[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo}]]
исх. № 01-{kdoc}/{small} от [[D:{t5}]]   на вх. № [[R:{vh}]] от [[D:{t3}]]
[[P:{u_dat}]]
[[A:{a2}]]
Уважаемый [[P:{u_io}]]!
На Ваше обращение сообщаем: смерть {p_your_rel} [[P:{p_gen}]] ([[B:{bd}]] г.р.) наступила [[D:{td}]] в приёмном отделении через 40 мин после поступления (И/Б [[R:{ib}]]). Тело направлено на судебно-медицинское исследование, в связи с гнилостными изменениями причина смерти не установлена ({code} {diag}).
Медицинское свидетельство о смерти серия {ser} № [[R:{msn}]] выдано бюро СМЭ.
Копия медицинской документации может быть выдана по заявлению (ст. 22 ФЗ № 323-ФЗ).
Главный врач [[P:{h_s}]]""",
    ),
    (
        "R96.0",
        "протокол установления смерти человека в стационаре (ПП РФ № 950)",
        """ПРОТОКОЛ УСТАНОВЛЕНИЯ СМЕРТИ ЧЕЛОВЕКА
(форма утв. постановлением Правительства РФ от [[D:20.09.2012]] № 950)
Я, [[P:{d}]], врач анестезиолог-реаниматолог {hosp}, констатирую смерть [[P:{p_gen}]], [[B:{bd}]] г.р., И/Б [[R:{ib}]].
Реанимационные мероприятия прекращены ввиду их неэффективности в течение 30 минут.
Дата [[D:{td}]], время {tdt}.
Диагноз: {code} {diag}; на момент поступления пациент в сознании, через 10 мин — асистолия.
Палата ОРИТ № {ward}, койка {bed}. Уведомлены: дежурный администратор [[P:{h_s}]], родственник [[P:{q_fi}]] по тел. [[T:{ph1}]] в {tm3}.
Подпись ______ [[P:{d_s}]]""",
    ),
    (
        "P07.0",
        "медицинское свидетельство о перинатальной смерти ф. 106-2/у",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О ПЕРИНАТАЛЬНОЙ СМЕРТИ  серия {ser} № [[R:{msn}]]
Дата выдачи [[D:{t1}]]  ☒ окончательного ☐ предварительного ☐ взамен
1. Рождение мёртвым ☐ / смерть ребёнка, родившегося живым ☒
2. Дата рождения ребёнка: [[D:{nb}]] время 03:{cell:0>2}
3. Дата смерти: [[D:{td}]] время {tdt}
4. Фамилия ребёнка: [[P:{p_sur}]]
5. Мать: [[P:{q}]], дата рождения [[B:{bdm}]], паспорт [[Q:{pas2}]], СНИЛС [[S:{sn2}]]
   место жительства: [[A:{a2}]]
7. Срок беременности {gest} нед.; масса тела {nb_wt} г; длина {nb_len} см; Апгар {apgar}
   медицинское свидетельство о рождении № [[R:{mbc}]]
13. Причины смерти: а) {code} {diag} — основное у ребёнка; б) P22.0; в) — ; г) O60.1 — состояние матери; д) —
Врач-неонатолог [[P:{d_s}]]; перинатальный центр {hosp}""",
    ),
    (
        "P22.0",
        "протокол патологоанатомического вскрытия новорождённого (ф. 013-1/у)",
        """ПРОТОКОЛ ПАТОЛОГОАНАТОМИЧЕСКОГО ВСКРЫТИЯ плода, мертворождённого или новорождённого № [[R:{pao}]]
{paob}
История развития новорождённого № [[R:{ib}]]; ребёнок [[P:{q_s_gen}]]
Мать: [[P:{q}]], [[B:{bdm}]] г.р., И/Б родов [[R:{ib2}]]
Дата рождения ребёнка [[D:{nb}]]; дата смерти [[D:{td}]] {tdt}; дата вскрытия [[D:{t1}]]
Гестационный возраст {gest} нед., масса {nb_wt} г.
Основное заболевание: {code} {diag} (болезнь гиалиновых мембран), ателектазы.
Осложнения: ВЖК II ст., отёк мозга. Плацента — ПГИ № [[R:{pao2}]] от [[D:{t1_dm}]].
Клинико-анатомический эпикриз ... Врач-патологоанатом [[P:{e}]]; лечащий неонатолог [[P:{d_s}]]
Родители ознакомлены: [[P:{u_s}]] [[D:{t4}]], тел. [[T:{ph2}]]""",
    ),
    (
        "P21.9",
        "выписка из истории развития новорождённого для отдела ЗАГС (ребёнок умер до регистрации рождения)",
        """Выписка для органа ЗАГС (регистрация рождения и смерти одновременно)
{hosp}, отделение реанимации новорождённых
Ребёнок [[P:{q_s_gen}]], пол {p_sex}, родился живым [[D:{nb_w}]] в {tm1}
Медицинское свидетельство о рождении (ф. 103/у) серия {ser} № [[R:{mbc}]] от [[D:{nb}]]
Умер [[D:{td_w}]] в {tdt}. Медицинское свидетельство о перинатальной смерти серия {ser} № [[R:{msn}]]
Причина: {code} {diag}; мекониальная аспирация.
Мать: [[P:{q}]], д.р. [[B:{bdm}]], проживает: [[A:{a1}]]; паспорт [[Q:{pas2}]]
Отец: [[P:{u}]], тел. [[T:{ph2}]]
Зав. отделением [[P:{h_s}]]; исп. [[P:{k_s}]], [[T:{phc2}]]""",
    ),
    (
        "P52.2",
        "СЭМД «Медицинское свидетельство о перинатальной смерти»: запрос в РЭМД (JSON)",
        """POST /remd/api/v3/documents  HTTP/1.1  (тело запроса, поля)
kind=PERINATAL_DEATH_CERT; localUid=[[R:{semd}]]; created=[[D:{t1_iso}]]T{tm1}:00+10:00
series={ser2}; number=[[R:{msn}]]; certType=final
child.familyName=[[P:{p_sur}]]; child.birthDate=[[D:{nb_iso}]]; child.deathDate=[[D:{td_iso}]]; deathTime={tdt}; weight={nb_wt}
mother.name=[[P:{q}]]; mother.birthDate=[[B:{bdm_iso}]]; mother.snils=[[S:{sn2}]]; mother.enp=[[O:{enp2}]]
mother.address=[[A:{a2}]]
causes[0]: line=a; mkb={code}; text={diag}
causes[1]: line=b; mkb=P07.2
author.name=[[P:{d}]]; author.snils=[[S:{sn}]]; author.position=врач-неонатолог
org.oid=1.2.643.5.1.13.13.12.2.27.2718; org.ogrn={ogrn}
→ 201 Created; emdrId [[R:2026{zip}00{kdoc}{cell}]]""",
    ),
    (
        "P36.9",
        "протокол разбора случая младенческой смерти на региональной комиссии",
        """ПРОТОКОЛ № [[R:{lkk}]] региональной комиссии по разбору случаев младенческой смертности
Министерство здравоохранения {region_gen}, [[D:{t5}]]
Случай: ребёнок [[P:{q_s_gen}]], дата рождения [[D:{nb}]], дата смерти [[D:{td}]] (возраст 6 сут.)
Место смерти: {hosp}, ОРИТН, кювез № {bed}; ИРН [[R:{ib}]]
МСПС серия {ser} № [[R:{msn}]]: а) {code} {diag}; б) P07.3; г) O41.1
Докладчики: неонатолог [[P:{d_s}]], патологоанатом [[P:{e_s}]] (протокол № [[R:{pao}]])
Мать: [[P:{q_s}]], проживает [[A:{al1}]], ЕНП [[O:{enp2}]], встала на учёт в 24 нед., 1 явка.
Выводы: случай условно предотвратимый; задержка транспортировки санавиацией 11 ч (метеоусловия).
Председатель [[P:{h_s}]]""",
    ),
    (
        "P28.4",
        "телефонограмма в министерство здравоохранения о случае смерти новорождённого",
        """ТЕЛЕФОНОГРАММА (срочно) · [[D:{td}]] {tm2}
Кому: дежурному специалисту минздрава ({region_gen}), [[T:{phc2}]]
От: {hosp}
Сообщаем о смерти новорождённого: ребёнок [[P:{q_s_gen}]], род. [[D:{nb_dm}]], срок {gest} нед., масса {nb_wt} г, умер [[D:{td_dm}]] в {tdt} в ОРИТН, ИРН [[R:{ib}]].
Диагноз: {code} {diag}, ВЖК III ст.
Мать: [[P:{q}]], [[B:{bdm}]] г.р., [[A:{a2}]], тел. [[T:{ph1}]]
Передал: дежурный неонатолог [[P:{d_s}]]; принял{e_ll}: [[P:{e_s}]]""",
    ),
    (
        "P02.2",
        "направление последа и тела мертворождённого на патологоанатомическое исследование",
        """НАПРАВЛЕНИЕ на патологоанатомическое вскрытие и исследование последа
В {paob}
Родильница: [[P:{q}]], [[B:{bdm_sh}]] г.р., И/Б родов [[R:{ib2}]], полис [[O:{enp2}]]
Адрес: [[A:{a_br}]]
Роды [[D:{nb}]] в {tm1}, срок {gest} нед.; мертворождение, антенатальная гибель плода.
Масса {nb_wt} г, длина {nb_len} см. МСПС серия {ser} № [[R:{msn}]] (предварительное).
Клинический диагноз: {code} {diag} (краевое прикрепление пуповины, инфаркты плаценты); O36.4.
Послед в контейнере № 2, формалин 10%. Время смерти плода не установлено.
Врач акушер-гинеколог [[P:{d_s}]]; тел. родильного отд. [[T:{phc1}]]""",
    ),
    (
        "P96.8",
        "заявление матери о выдаче тела новорождённого для погребения",
        """Заведующему {paob}
от [[P:{q_gen}]], паспорт [[Q:{pas2}]], выдан [[D:{pas_dq}]],
адрес: [[A:{a2}]], телефон [[T:{ph1}]]
ЗАЯВЛЕНИЕ
Прошу выдать тело моего ребёнка (умер [[D:{td}]], ИРН [[R:{ib}]], диагноз {code} — {diag}) для погребения. Погребение осуществляет супруг [[P:{u}]], тел. [[T:{ph2}]].
Похоронное бюро: ИП [[P:{r_s}]], ИНН [[I:{inn}]].
Медицинское свидетельство о перинатальной смерти № [[R:{msn}]] получено.
[[D:{t2}]] ___ [[P:{q_s}]]""",
    ),
    (
        "P29.0",
        "мониторинг младенческой смертности: таблица случаев за месяц",
        """Мониторинг младенческой смертности · {region_nom} · {td_my}
| № | Ребёнок (мать) | Дата рожд. | Дата смерти | Возраст | МО | МСПС | Диагноз а) | Мать, ЕНП |
| 1 | [[P:{q_s_gen}]] | [[D:{nb_sh}]] | [[D:{td_sh}]] | 3 сут. | {hosp} | [[R:{msn}]] | {code} | [[O:{enp2}]] |
| 2 | [[P:{n_s_gen}]] | [[D:{t1_sh}]] | [[D:{t2_sh}]] | 1 сут. | {hosp2} | [[R:{msn2}]] | P22.0 | — |
{code} — {diag}; всего за месяц {small} случаев, показатель 5,{ward} ‰.
Составил: главный внештатный неонатолог [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        "Q24.9",
        "письмо родителям с приглашением на беседу по результатам вскрытия",
        """Уважаемые [[P:{q_io}]] и [[P:{u_io}]]!
Приносим глубокие соболезнования в связи со смертью вашего ребёнка ([[D:{td_w}]]).
Исследование завершено (протокол № [[R:{pao}]]): установлен {diag} ({code}) — сложный порок, не выявленный при скринингах (УЗИ в 20 нед. от [[D:{pa1}]]).
Приглашаем вас на беседу с врачом-патологоанатомом [[P:{e_s}]] и генетиком [[P:{n_s}]] [[D:{t5_wd}]] в {tm2}, каб. {ward}.
Просим подтвердить по тел. [[T:{phc1}]] или по почте [[E:{mo}]]. Для планирования следующей беременности рекомендуем медико-генетическое консультирование (направление № [[R:{vk}]]).
Почтовый адрес: [[A:{a1}]]
С уважением, зав. ПАО [[P:{h_s}]]""",
    ),
    (
        "K70.3",
        "выписка из протокола клинико-анатомической конференции",
        """КЛИНИКО-АНАТОМИЧЕСКАЯ КОНФЕРЕНЦИЯ № {kdoc} от [[D:{t5_wg}]]
{hosp}
Разбирался случай смерти [[P:{p_gen}]], {age} лет (И/Б [[R:{ib}]], протокол вскрытия № [[R:{pao}]]).
Клинический диагноз: K92.2 ЖКК; основное — {code} {diag}, класс C по Чайлд-Пью; осложнения — кровотечение из ВРВП.
Патологоанатомический диагноз: {code} {diag}, мелкоузловой; ВРВП с разрывом; гемоаспирация.
Расхождение: нет. Замечания: ЭГДС выполнена через 6 ч от поступления ([[D:{pa3}]]), МНО 2,4.
Докладчики [[P:{d_s}]], [[P:{e_s}]]; рецензент [[P:{n_s}]]
Секретарь [[P:{k_s}]]""",
    ),
    (
        "K92.2",
        "дневник паллиативного отделения за последние сутки и запись о смерти",
        """Дневник наблюдения · отделение паллиативной помощи · И/Б [[R:{ib}]] · [[P:{p_s}]]
[[D:{td_dm}]] 06:00 Состояние крайне тяжёлое. Рвота «кофейной гущей» ×2, мелена. АД 80/50, ЧСС 118. SpO2 {spo2}%.
Диагноз: {code} {diag} на фоне C16.0, IV ст. Гемотрансфузия — по решению семьи не проводится (отказ от [[D:{pa3}]]).
08:30 Беседа с дочерью [[P:{q_io}]] ([[T:{ph1}]]): о прогнозе информирована.
Назначено: {med} п/к, мидазолам 2,5 мг.
{tdt} Остановка дыхания и сердечной деятельности. Биологическая смерть констатирована [[D:{td}]] в {tdt}. Реанимационные мероприятия не проводились (паллиативный статус, рег. № [[R:{pal}]]).
Дежурный врач [[P:{d_s}]]; м/с [[P:{k_s}]]""",
    ),
    (
        "A41.9",
        "донесение о летальном исходе в МИАЦ (оперативная сводка)",
        """Оперативное донесение о летальном исходе · в МИАЦ [[E:{mo}]] · [[D:{td}]] {tm3}
МО: {hosp}; ОГРН {ogrn}
Пациент: [[P:{p}]]; д.р. [[B:{bd}]]; СНИЛС [[S:{sn}]]; ЕНП [[O:{enp}]]
Госпитализирован [[D:{pa3}]]; умер [[D:{td}]] в {tdt}; койко-дней {small}
Диагноз: {code} {diag}; источник — флегмона бедра; ПОН (SOFA 14)
Вскрытие: назначено, протокол № [[R:{pao}]]
Досуточная летальность: нет. МСС серия {ser} № [[R:{msn}]] (предварительное).
Исп. [[P:{k_s}]], [[T:{phc2}]] доб. {ext}""",
    ),
    (
        "B20.9",
        "запрос центра СПИД о подтверждении смерти пациента и ответ отдела ЗАГС",
        """ГБУЗ «Центр профилактики и борьбы со СПИД» → {zagso}
Исх. № 02-{kdoc}/{small} от [[D:{t4}]]
Для снятия с диспансерного учёта просим подтвердить факт смерти: [[P:{p}]], [[B:{bd}]] г.р., уникальный код пациента [[R:{vk}]], последнее место жительства [[A:{a1}]].
По нашим данным, смерть [[D:{td}]] ({code} {diag}).
Ответственный: эпидемиолог [[P:{n_s}]], [[T:{phc1}]], [[E:{mo}]]
---
Ответ ЗАГС от [[D:{t5}]] № 07-{cell}/{ward}: запись акта о смерти № [[R:{zags}]] от [[D:{t2}]] имеется. Специалист [[P:{x_s}]]""",
    ),
    (
        "C80.9",
        "заявление о прикреплении к выездной патронажной службе паллиативной помощи",
        """Руководителю выездной патронажной службы ПМП {hosp}
от [[P:{u_gen}]], тел. [[T:{ph2}]], [[E:{m2}]]
Прошу организовать посещения на дому {p_my_rel}: [[P:{p}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]],
проживающ{p_ei} по адресу [[A:{a1}]] (домофон 47К, 5 этаж без лифта).
Диагноз: {code} {diag} (первичный очаг не выявлен), заключение ВК № [[R:{vk}]] от [[D:{pa1}]].
Нуждается: обезболивание (ВАШ {vas}), уход за стомой, вертикализатор.
Согласие на обработку ПДн даю. [[D:{pa2}]] ___ [[P:{u_s}]]
Отметка службы: внесён в регистр, № [[R:{pal}]]; первый визит [[D:{pa2_dm}]]""",
    ),
    (
        "E11.7",
        "акт возврата кислородного концентратора после смерти пациента",
        """АКТ ВОЗВРАТА медицинского изделия № {kdoc}
[[D:{t4}]]                          {hospice}
Во исполнение договора безвозмездного пользования № [[R:{dbp}]] от [[D:{pa2}]], заключённого с [[P:{u_ins}]] в интересах [[P:{p_gen}]] (умер{p_a_umer} [[D:{td}]]; {code} {diag}, ампутация голени, ХСН), возвращён:
концентратор кислорода {o2}, {o2sn}, наработка 2 3{cell}0 ч, комплектность полная; увлажнитель, канюли — утилизированы.
Внешний вид: без повреждений. Дезинфекция выполнена [[D:{t4_dm}]].
Сдал: [[P:{u_s}]], паспорт [[Q:{pas2}]], тел. [[T:{ph2}]]
Принял: инженер [[P:{r_s}]]""",
    ),
    (
        "K56.6",
        "протокол вскрытия с категорией расхождения диагнозов и письмо в ЛКК",
        """Председателю ЛКК {hosp} [[P:{h_s}]]
Сообщаю о расхождении клинического и патологоанатомического диагнозов (категория II).
Умерш{p_ii}: [[P:{p}]], [[B:{bd}]] г.р., И/Б [[R:{ib}]], дата смерти [[D:{td}]] {tdt}.
Протокол вскрытия № [[R:{pao}]] от [[D:{t1}]].
Клинический: I21.4 — острый ИМ. Патологоанатомический: {code} {diag} (странгуляция петли тонкой кишки в спайках), перитонит.
Просьба включить случай в план ЛКК на [[D:{t5_dm}]].
Врач-патологоанатом [[P:{e}]], [[E:{md}]], [[T:{phc2}]]""",
    ),
    (
        "K85.9",
        "заявление вдовы о выдаче копий протокола вскрытия и медицинской карты умершего",
        """Главному врачу {hosp}
от [[P:{q_gen}]] (супруга / родственник умершего)
[[A:{a2}]]; тел. [[T:{ph1}]]; [[E:{m1}]]
паспорт [[Q:{pas2}]]; СНИЛС [[S:{sn2}]]
ЗАЯВЛЕНИЕ
На основании ч. 5 ст. 67 и ч. 5 ст. 22 ФЗ № 323-ФЗ прошу выдать заверенные копии: протокола патологоанатомического вскрытия № [[R:{pao}]] и медицинской карты стационарного больного № [[R:{ib}]] умерш{p_ego_gen} [[P:{p_gen}]] ([[B:{bd}]] — [[D:{td}]]), диагноз {code} {diag}.
Документ о родстве: свидетельство о браке [[R:{zser} № {zno}]].
[[D:{t4_q}]] ____ [[P:{q_s}]]
Рег. № обращения [[R:{vh}]] от [[D:{t4}]]""",
    ),
    (
        "R54",
        "запись участкового врача в ЕГИСЗ о смерти на дому пожилого пациента",
        """МИС «Барс» · Осмотр на дому (констатация смерти) · Пациент [[P:{p_up}]] · д.р. [[B:{bd}]] · ЕНП [[O:{enp}]]
Дата осмотра: [[D:{td}]] {tm1}
Адрес: [[A:{a1}]]
Анамнез: {age} лет, наблюдал{p_sya} на дому, маломобилен; хр. заболевания: I25.1, {icd_o2}. Последний осмотр [[D:{pa3}]].
Со слов внучки [[P:{q_fi}]] (тел. [[T:{ph1}]]): заснул{p_a} вечером, утром не проснул{p_sya}.
Заключение: смерть наступила около {tdt}. Признаков насильственной смерти нет. Основная причина: {code} {diag}.
МСС: серия {ser} № [[R:{msn}]], окончательное, вид 1 — СЭМД отправлен, рег. № [[R:{semd}]].
Участковый врач [[P:{d_s}]]""",
    ),
    (
        "G30.9",
        "дневник визитов выездной паллиативной службы (патронаж на дому)",
        """Карта патронажа № [[R:{pal}]] · [[P:{p}]] · [[B:{bd_sh}]]
Адрес: [[A:{a1}]]; ухаживающий — [[P:{q_io}]], [[T:{ph1}]]
[[D:{pa1_dm}]] врач [[P:{d_s}]]: {code} {diag}, тяжёлая деменция, FAST 7c; пролежень крестца 3×4 см. Назначено: матрас, перевязки.
[[D:{pa2_dm}]] м/с [[P:{k_s}]]: перевязка; дочь просит памперсы — заявка в соцзащиту (вх. [[R:{vh}]]).
[[D:{pa3_dm}]] врач: аспирационная пневмония? Семья отказалась от госпитализации (отказ подписан).
[[D:{td_dm}]] звонок дочери в {tdt}: «{p_mama} не дышит». Выезд; констатация смерти [[D:{td}]]. МСС № [[R:{msn}]].
Закрыта [[D:{t1}]]; исключён из регистра.""",
    ),
    (
        "C34.3",
        "уведомления Госуслуг и СМС семье о регистрации смерти",
        """Госуслуги · Уведомление · [[D:{t2}]] {tm2}
[[P:{u_io}]], в отношении [[P:{p}]] ([[B:{bd}]]) зарегистрирована смерть. Запись акта № [[R:{zags}]], {zagso}.
Свидетельство о смерти можно получить в любом ЗАГС, при себе — паспорт [[Q:{pas2}]].
---
SMS от ZAGS-INFO на [[T:{ph2}]]: Свид-во о смерти [[R:{zser} № {zno}]] готово. Адрес: [[A:{ao}]], каб. {ward}, пн-пт 9-17.
SMS от MED-INFO: Справка о причине смерти ({code} {diag}) не выдаётся по СМС. Обратитесь: [[T:{phc1}]]""",
    ),
    (
        "C71.0",
        "лист наблюдения хосписа за последние часы жизни и посмертная выписка",
        """{hospice} · Лист наблюдения «последние часы» · личное дело [[R:{hos}]]
Пациент [[P:{p_s}]], {age} л., {code} {diag} (глиобластома), продолженный рост, кома II.
[[D:{td_dm}]] 22:00 дыхание Чейна-Стокса, SpO2 {spo2}%, t 38,{ward}. Противосудорожные п/к.
02:00 Сын [[P:{u_io}]] и дочь [[P:{q_io}]] у постели. Священник — по просьбе семьи.
{tdt} дыхание прекратилось. Смерть констатирована врачом [[P:{d_s}]].
ПОСМЕРТНАЯ ВЫПИСКА: поступил{p_a} [[D:{pa2}]], умер{p_a_umer} [[D:{td}]]; вскрытие не проводилось (отказ родственников, заявление от [[D:{td}]]).
МСС серия {ser} № [[R:{msn}]]. Тело передано агенту [[P:{r_s}]] ([[T:{ph3}]]) [[D:{t1}]].""",
    ),
    (
        "C85.9",
        "запрос нотариуса по наследственному делу о сведениях о смерти",
        """НОТАРИУС НОТАРИАЛЬНОГО ОКРУГА г. {town_bare} [[P:{r}]]
[[A:{ao2}]], тел. [[T:{phc2}]], [[E:{mo2}]]
Исх. № {kdoc} от [[D:{t5}]]
В {hosp}
В производстве находится наследственное дело № [[R:{bur}]] к имуществу [[P:{p_gen}]], [[B:{bd}]] г.р., умерш{p_ego_gen} [[D:{td}]] (свидетельство о смерти [[R:{zser} № {zno}]]).
Для решения вопроса о дееспособности наследодателя на дату составления завещания ([[D:{told}]]) прошу сообщить сведения о наблюдении у врачей (ст. 13 ФЗ № 323-ФЗ допускает по запросу суда — просим содействия наследника [[P:{q}]], тел. [[T:{ph1}]]).
Диагноз по МСС: {code} {diag}.
Нотариус ____ [[P:{r_s}]]""",
    ),
    (
        "T58",
        "электронное письмо бюро СМЭ родственнику о результатах химико-токсикологического исследования",
        """From: [[E:{mo}]]
To: [[E:{m2}]]
Date: [[D:{t5_w}]] {tm2}
Subject: Re: результаты по умершему [[P:{p_s}]], рег. № [[R:{trup}]]

[[P:{u_io}]], добрый день.
Химико-токсикологическое исследование по акту № [[R:{sme}]] завершено: карбоксигемоглобин в крови 62 % (норма до 5 %). Причина смерти — {code} {diag} (печное отопление, закрытая заслонка). Окончательное МСС серия {ser} № [[R:{msn2}]] взамен предварительного № [[R:{msn}]] можно получить в регистратуре бюро, [[A:{ao}]], каб. {ward}, с паспортом.
Дата смерти по акту — [[D:{td}]]. Справки: [[T:{phc1}]] доб. {ext}
--
[[P:{e_s}]], судебно-медицинский эксперт, {smeb}""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# МКБ-10 (1.2.643.5.1.13.13.11.1005 v2.24), as read from its _part files: MKB_CODE: (ID, MKB_NAME)
ROWS32: dict[str, tuple[int, str]] = {
    "C16.2": (1026, "Злокачественное новообразование тела желудка"),
    "C18.0": (1041, "Злокачественное новообразование слепой кишки"),
    "C20": (1052, "Злокачественное новообразование прямой кишки"),
    "C22.0": (1059, "Печеночноклеточный рак"),
    "C25.0": (1073, "Злокачественное новообразование головки поджелудочной железы"),
    "C25.9": (1080, "Злокачественное новообразование поджелудочной железы неуточненное"),
    "C34.9": (1111, "Злокачественное новообразование бронхов или легкого неуточненной локализации"),
    "C53.9": (1226, "Злокачественное новообразование шейки матки неуточненной части"),
    "C56": (1235, "Злокачественное новообразование яичника"),
    "C67.9": (1279, "Злокачественное новообразование мочевого пузыря неуточненной части"),
    "C15.9": (1022, "Злокачественное новообразование пищевода неуточненное"),
    "C32.9": (1103, "Злокачественное новообразование гортани неуточненное"),
    "C43.9": (1151, "Злокачественная меланома кожи неуточненная"),
    "C92.0": (1433, "Острый миелобластный лейкоз [ОМЛ]"),
    "C78.0": (1355, "Вторичное злокачественное новообразование легкого"),
    "C79.3": (
        1368,
        "Вторичное злокачественное новообразование головного мозга и мозговых оболочек",
    ),
    "I21.4": (3847, "Острый субэндокардиальный инфаркт миокарда"),
    "I21.1": (3844, "Острый трансмуральный инфаркт нижней стенки миокарда"),
    "I25.2": (3871, "Перенесенный в прошлом инфаркт миокарда"),
    "I60.9": (4038, "Субарахноидальное кровоизлияние неуточненное"),
    "I26.9": (3881, "Легочная эмболия без упоминания об остром легочном сердце"),
    "I71.3": (4113, "Аневризма брюшной аорты разорванная"),
    "I42.0": (3955, "Дилатационная кардиомиопатия"),
    "I46.1": (3991, "Внезапная сердечная смерть, так описанная"),
    "I64": (4063, "Инсульт, не уточненный как кровоизлияние или инфаркт"),
    "J18.9": (4310, "Пневмония неуточненная"),
    "J96.0": (4508, "Острая респираторная недостаточность"),
    "J15.9": (4295, "Бактериальная пневмония неуточненная"),
    "J69.0": (4451, "Пневмонит, вызванный пищей и рвотными массами"),
    "T71": (10153, "Асфиксия"),
    "X31": (12526, "Воздействие чрезмерно низкой природной температуры"),
    "X44": (
        12670,
        "Случайное отравление и воздействие другими и неуточненными лекарственными средствами, медикаментами и биологическими веществами",
    ),
    "W78": (12004, "Вдыхание содержимого желудка"),
    "T51.0": (10024, "Токсическое действие этанола"),
    "X70": (12937, "Преднамеренное самоповреждение путем повешения, удавления и удушения"),
    "V89.2": (
        11146,
        "Лицо, пострадавшее в результате неуточненного мототранспортного дорожного несчастного случая",
    ),
    "W65": (11882, "Утопление и погружение в воду во время принятия ванны"),
    "X59": (12815, "Воздействие неуточненного фактора"),
    "R98": (8585, "Смерть без свидетелей"),
    "R99": (8586, "Другие неточно обозначенные и неуточненные причины смерти"),
    "R96.0": (8583, "Мгновенная смерть"),
    "P07.0": (7129, "Крайне малая масса тела при рождении"),
    "P22.0": (7197, "Синдром дыхательного расстройства у новорожденного"),
    "P21.9": (7195, "Неуточненная асфиксия при рождении"),
    "P52.2": (
        7303,
        "Внутрижелудочковое (нетравматическое) кровоизлияние 3-ей и 4-ой степени у плода и новорожденного",
    ),
    "P36.9": (7267, "Бактериальный сепсис новорожденного неуточненный"),
    "P28.4": (7239, "Другие типы апноэ у новорожденного"),
    "P02.2": (
        7094,
        "Поражения плода и новорожденного, обусловленные неуточненными и другими морфологическими и функциональными аномалиями плаценты",
    ),
    "P96.8": (7462, "Другие уточненные нарушения, возникшие в перинатальном периоде"),
    "P29.0": (7244, "Сердечная недостаточность у новорожденных"),
    "Q24.9": (7632, "Врожденный порок сердца неуточненный"),
    "K70.3": (4889, "Алкогольный цирроз печени"),
    "K92.2": (5005, "Желудочно-кишечное кровотечение неуточненное"),
    "A41.9": (231, "Сепсис неуточненный"),
    "B20.9": (
        554,
        "Болезнь, вызванная ВИЧ, с проявлениями неуточненных инфекционных и паразитарных болезней",
    ),
    "C80.9": (14799, "Злокачественное новообразование неуточненное"),
    "E11.7": (2079, "Инсулиннезависимый сахарный диабет с множественными осложнениями"),
    "K56.6": (4814, "Другая и неуточненная кишечная непроходимость"),
    "K85.9": (14883, "Острый панкреатит неуточненный"),
    "R54": (8389, "Старость"),
    "G30.9": (3016, "Болезнь Альцгеймера неуточненная"),
    "C34.3": (1109, "Злокачественное новообразование нижней доли, бронхов или легкого"),
    "C71.0": (1301, "Злокачественное новообразование большого мозга, кроме долей и желудочков"),
    "C85.9": (1411, "Неходжкинская лимфома неуточненная"),
    "T58": (10073, "Токсическое действие окиси углерода"),
}
# diagnoses of one sex: the deceased is a woman
FEMALE32 = {"C53.9", "C56"}
VERSION_WORDS32 = ("версия", "версии", "Version", "вер.", "ver.", "редакция")


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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS32):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 29's extra self-check: the new date writings and the research numbers' own


# corpus 32's extra self-check: ISO and compact dates, a certificate's «NN № NNNNNN» and a
# ZAGS act record's 21 digits are never left unlabelled
NEW_DATES32 = re.compile(
    r"(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![\w])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
CERT32 = re.compile(r"(?:серия|Серия|СЕРИЯ) \d\d(?: \d\d)? № ?(\d)|(?<!\d)(1702\d{17})(?!\d)")


def check32(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in NEW_DATES32.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])
    for m in CERT32.finditer(doc["text"]):
        g = 1 if m.group(1) else 2
        assert m.start(g) in covered, (doc["id"], m[0])


def kind_of(code: str, genre: str) -> str:
    fid, name = ROWS32[code]
    return f"{name} (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.24, {code}, ID {fid}): {genre}"


def source_of(code: str) -> str:
    fid, name = ROWS32[code]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1005 v2.24 (МКБ-10), ID {fid}, MKB_CODE «{code}», "
        f"MKB_NAME «{name}»"
    )


TEMPLATES = GENRES32


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    codes = [t[0] for t in TEMPLATES]
    assert len(codes) == len(set(codes)), "one kind per diagnosis"
    assert set(codes) == set(ROWS32), "every diagnosis listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(c, g) for c, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for code, genre, template in TEMPLATES:
            name = ROWS32[code][1]
            extra = {"code": code, "diag": name[0].lower() + name[1:]}
            p_male = False if code in FEMALE32 else None
            doc = build(
                render(rng, template, extra, p_male),
                kind_of(code, genre),
                source_of(code),
                f"blind32_{len(docs):04d}",
            )
            check(doc)
            check32(doc)
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
