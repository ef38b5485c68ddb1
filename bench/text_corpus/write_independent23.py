"""Write ``independent23.jsonl``: the twenty-third blind corpus, 2026-12-06 — registers,
journals, logs and accounting forms of Russian medical organisations, and the letters,
extracts, notices and exports made from them.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` were read (extracted by name with ``ast``, so nothing
around them was printed), to wire the corpus in, and ``blind_half`` was imported once, to
count the halves. ``write_independent1``–``18``, ``20`` and ``21`` were not opened (corpus 22
was being written at the same time in another worktree and was not looked at). From
``write_independent19.py`` only the file format, the labelling rules (restated below,
unchanged), the writer's structure (one template per kind, ``PER_KIND`` draws, ``[[X:value]]``
inline gold, ``<<shape>>`` numbers) and its generic helpers were taken. **Copied verbatim from
corpus 19** (which had them from corpora 13–17): the declension (``decl_surname``,
``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits
(``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``,
``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the
self-checks ``check`` (with ``SUSPICIOUS`` and its checksum helpers; the tuple of version
words it reads keeps its name ``VERSION_WORDS19``) and ``check19`` (with ``NEW_DATES19``),
``serialize`` and ``main``. **Written fresh for corpus 23**: the name lists (Russians and
Pomors, Karelians, Veps, Komi, Nenets, Ingrian Finns, Estonians, Latvians, Lithuanians,
Belarusians, Russian Roma, Azerbaijani, Tajik and Uzbek newcomers, a few foreigners), the
towns, streets, microdistricts and villages of the Russian North and North-West and of the
old Centre with Moscow and St Petersburg (``addr23`` and friends), phones (``mob23``,
``city23``, ``brk23``, ``loc23``), e-mails, passports (``pas23``), the record numbers of
registers (``REC23``, ``journal23``: the journal's own running entry numbers), the hard
negatives of registers (ICD-10 groups, orders of the Ministry with their dates, archive codes,
licences, OGRN, organisations' INN and KPP, page, line, quarter and count figures), the
organisations and every template; ``build_all``, ``render``, ``fillers23``, ``dates23`` and
``shape23`` (``shape``, except that a value of two or more digits never starts with a zero)
were written for this corpus.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «Виды
медицинской документации» (OID 1.2.643.5.1.13.13.11.1522, version 7.24, 481 rows, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1522_7.24_part1``; ``RECID``, ``Name``,
``Form`` and ``TYPE`` as its ``_passport`` describes them, copied into ``DOCS23``). 71 rows
were chosen among the registers, journals, logs and accounting forms (журналы учёта и
регистрации, книги, тетради, сводные ведомости, списки, реестры, карты учёта и регистрации),
the notices (экстренные извещения, извещения в регистры, в ГИБДД, в полицию), acts and
extracts — not the common cards and referrals — and each is written in one genre of how it is
really filled in and passed on: a page of a journal with several patients, one entry copied
into a letter, a register exported to a spreadsheet, CSV or a LIS, a photo of a handwritten log
read by OCR, a quarterly list or register sent to a fund, a ministry or a registry, a
notification to Rospotrebnadzor, an act, a police, prosecutor's, court's or notary's request
and the clinic's answer, an archive extract. The kind is «Name (ф. Form; Виды медицинской
документации, 1.2.643.5.1.13.13.11.1522 v7.24, RECID N): GENRE»; the ``source`` names the
directory row. One row and one template per kind (no template is shared). The kinds of
corpora 1–21 (the ``kind`` values of ``independent*.jsonl`` present when this was written)
were listed by a scratch script only to avoid them, compared case-insensitively; none of the
kinds here is among them (``build_all`` asserts the kinds are unique).

Emphasis: RECORD numbers of one person in every shape registers use — the journal's own
entry number for that patient («928», «1437/26», «26/01437», «И-4143», «0766», «751-Ж»,
«2948/у»), his outpatient card, case history, birth history, sample, biopsy, body, call,
notification, act, certificate, ЭЛН, prescription, donor and donation, registry and
expertise numbers, also in CSV, LIS and spreadsheet exports, split across lines and
OCR-damaged — beside unlabelled «№ п/п» counters; ADDRESSES as people write them (without
«ул.», with «мкр.», «корп.», «стр.», «лит.», rural settlements, «д.» as a village and as a
house in one address, postal codes first or last, region first or last, abbreviated regions,
inflected and in full words, broken across lines); PRECISION under the hard negatives of
registers (form codes «ф. 060/у», «030-ГРР», «58-ДТП-2/у», the Ministry's order numbers
«№ 1130н», page, sheet and line numbers, quarters and years, counts and totals, ICD-10, a
register's archive code, a clinic's licence, OGRN, INN and KPP, seals, car plates, highway
kilometres, court and criminal case numbers, outgoing numbers); every other type at normal
density (names in all cases and shapes, dates, birth dates, phones, e-mail, SNILS, ENP, INN,
passports, birth certificates).

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

Judgement calls added for corpus 23 (NEW; written here while the templates were written and
before any de-identifier ran — none ran at all; they apply the rules above to registers):

* (new) The rule for an entry number that is the only key of a patient's row: a journal's
  own registration number of one person's entry — «рег. №», «№ записи», «№ заявления»,
  «№ вызова», «№ анализа», «№ пробы», «№ тела», «№ протокола», «№ экспертизы», or a bare
  «№» column that runs on through the year (with or without a year, a letter or a leading
  zero: «928», «1437/26», «26/01437», «И-4143», «0766») — is RECORD_ID, also when it is the
  only number of the row and when a letter or an extract quotes it («значится запись №
  26/01470»): it is the key by which that person's record is found in the register, as
  corpus 11's registration number of a sample, a body or a call. A column headed «№ п/п»
  (the row counter of a page or a list: 1, 2, 3, restarting on each page) and the numbered
  items of a list («1)», «2.», «3 |») are not labelled, even when the row has no other
  number.
* (new) The own number of a notice about one person (058/у, 089/у-туб, 089/у-кв, 090/у,
  091/у, 58-1/у, 58-ДТП-1/у and -2/у, 025-11/у-98, notices of dispensary observation and of
  its end, of a transfusion reaction, of exclusion from a federal register, a telephonogram to
  the police), of an act about one person (an intoxication examination act, a forensic
  examination act or expertise, an organ-retrieval act, an act on a case of occupational
  disease, a death-of-brain protocol), of one person's certificate (086/у, a medical death
  certificate — its series not —, the medical birth certificate 103/у, a driver's or a weapon
  conclusion — the series not), one patient's number in a federal or regional register (ВЗН,
  cancer register, congenital-malformation register, tuberculosis register) and a
  conscript's military personal number are RECORD_ID (corpora 11, 12, 14, 15).
* (new) Not labelled, restating corpora 10–19 for registers: the form's code («ф. № 060/у»,
  «030-ГРР», «58-ДТП-2/у», «002-О/у-10»), the approving order's or decree's number («№ 1130н»,
  «№ 404»; the order's date is DATE), the register's archive code («ф. 80, оп. 4, д. 389»,
  «№ 90-ж (дело 59-31)», «арх. № 12/3456»), page, sheet and line numbers («лист 54»,
  «стр. 27–101, строки 1–12»), quarters and years («III квартал 2026 г.», «за 2023 г.»), a
  year of birth alone, counts and totals, ICD-10 codes, ages, outgoing numbers of a letter
  from an organisation, civil and criminal case numbers, an organisation's OGRN, INN, KPP,
  OKPO and licence, seals' numbers, a breathalyser's serial, car plates and an aircraft's
  registration, reagent and vaccine series, blank-form series and ranges and a spoiled
  blank's number (corpus 10), a substation's, a school's, a ward's or a team's number.
* (new) An accident's place on a highway («трасса М-8, 141 км», «автодорога Р-21 «Кола»,
  1123 км») is no one's address: not labelled; «БОМЖ» is not labelled.
* (new) «д.» as a village and «д.» as a house in one address («д. Бор, д. 5») are inside one
  ADDRESS span; an address written in full words in the locative («в селе Холмогоры
  Холмогорского района, дом 9») starts at the settlement's type word («в» stays outside), as
  corpus 14's inflected address; a settlement named in a ФАП's name («ФАП с. Палех») stays
  unlabelled (corpus 15).
* (new) A child's birth certificate issued by the registry office is BIRTH_CERT; the
  mother's case and birth histories in a newborn's row are RECORD_ID; in a spreadsheet, CSV,
  key=value or LIS export every value is labelled as in running text (ISO dates DATE, ISO
  birth dates BIRTH_DATE, Latin names PERSON).

Run: ``.venv/bin/python bench/text_corpus/write_independent23.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent23.jsonl"
SEED = 2320261206
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

# ---------------------------------------------------------------- people (fresh for corpus 23)
# Peoples of the Russian North and North-West and of the old Centre: Russians and Pomors,
# Karelians, Veps, Komi, Nenets, Sami, Ingrian Finns, Estonians, Latvians, Lithuanians,
# Belarusians, Old Believers' families, Russian Roma, and Azerbaijani, Tajik and Uzbek
# newcomers; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Поморцев",
    "Шангин",
    "Мезенцев",
    "Кокорин",
    "Лодыгин",
    "Пинежанинов",
    "Шестаков",
    "Заборщиков",
    "Вельский",
    "Тотемский",
    "Черепанов",
    "Лукин",
    "Рябинин",
    "Ушаков",
    "Кириллов",
    "Зеленин",
    "Пахомов",
    "Ганичев",
    "Корельский",
    "Ремшуев",
    "Кемов",
    "Лесонен",
    "Ругоев",
    "Ламбин",
    "Мошников",
    "Кюрсин",
    "Рочев",
    "Канев",
    "Артеев",
    "Чупров",
    "Хатанзейский",
    "Вануйто",
    "Ледков",
    "Данилов",
    "Юрьев",
    "Хаахти",
    "Лайне",
    "Кууси",
    "Мяги",
    "Тамм",
    "Озолс",
    "Петраускас",
    "Казлаускас",
    "Грибович",
    "Мицкевич",
    "Лукашевич",
    "Стрельчук",
    "Гусляков",
    "Брагин",
    "Рогожин",
    "Морозов",
    "Кондратьев",
    "Смирнов",
    "Соколовский",
    "Большаков",
    "Деменко",
    "Янчук",
    "Гаврилов",
    "Мамедов",
    "Алиев",
    "Рахимов",
    "Назаров",
    "Юсупов",
    "Сафаров",
    "Каримов",
    "Ефремов",
    "Сергеев",
    "Тарасов",
    "Горбунов",
    "Лапин",
]
M_FIRST = [
    "Арсений",
    "Савва",
    "Никифор",
    "Елисей",
    "Прохор",
    "Фёдор",
    "Тимофей",
    "Фрол",
    "Андрей",
    "Василий",
    "Павел",
    "Геннадий",
    "Олег",
    "Матвей",
    "Эйно",
    "Тойво",
    "Юри",
    "Айвар",
    "Миндаугас",
    "Янис",
    "Эльчин",
    "Фаррух",
    "Рустам",
    "Шерзод",
    "Степан",
    "Роман",
    "Игнат",
    "Ярослав",
    "Глеб",
    "Всеволод",
]
F_FIRST = [
    "Прасковья",
    "Ульяна",
    "Евдокия",
    "Василиса",
    "Серафима",
    "Агния",
    "Таисия",
    "Аксинья",
    "Вера",
    "Надежда",
    "Галина",
    "Тамара",
    "Елена",
    "Ксения",
    "Дарья",
    "Айно",
    "Хельми",
    "Лайма",
    "Илзе",
    "Рута",
    "Севиндж",
    "Нигора",
    "Дильноза",
    "Зарина",
    "Алёна",
    "Марфа",
    "Полина",
    "Милана",
    "Кира",
    "Олеся",
]
PAT_STEMS = [
    "Арсеньев",
    "Никифоров",
    "Елисеев",
    "Прохоров",
    "Тимофеев",
    "Фролов",
    "Андреев",
    "Васильев",
    "Павлов",
    "Геннадьев",
    "Олегов",
    "Матвеев",
    "Степанов",
    "Романов",
    "Ярославов",
    "Глебов",
    "Всеволодов",
    "Эльчинов",
    "Рустамов",
]
FOREIGN = [
    ("Нгуен", "Ван Хунг", True),
    ("Ли", "Вэй", True),
    ("Шмидт", "Йонас", True),
    ("Дюбуа", "Пьер", True),
    ("Ким", "Суджин", False),
    ("Мюллер", "Анна", False),
    ("Хансен", "Ингрид", False),
    ("Фам", "Тхи Хоа", False),
]
INDECL_FIRST = {
    "Эйно",
    "Тойво",
    "Юри",
    "Айно",
    "Хельми",
    "Ван Хунг",
    "Вэй",
    "Суджин",
    "Ингрид",
    "Тхи Хоа",
    "Пьер",
    "Илзе",
    "Севиндж",
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


# ---------------------------------------------------------------- corpus 23: places (fresh)
# The Russian North and North-West (Pomorye, Karelia, Komi, the Nenets okrug, Murmansk,
# Vologda, Pskov, Novgorod, Kaliningrad) and the old towns of the Centre, with Moscow and
# St Petersburg. town: nominative with type, locative with type, bare name, region (full),
# region (short), postal prefix, phone code (the code and the local number make ten digits)
TOWNS23 = [
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
        "г. Северодвинск",
        "в г. Северодвинске",
        "Северодвинск",
        "Архангельская область",
        "АО",
        "164",
        "8184",
    ),
    (
        "г. Вологда",
        "в г. Вологде",
        "Вологда",
        "Вологодская область",
        "Вологод. обл.",
        "160",
        "8172",
    ),
    (
        "г. Череповец",
        "в г. Череповце",
        "Череповец",
        "Вологодская область",
        "Волог. обл.",
        "162",
        "8202",
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
    ("г. Сыктывкар", "в г. Сыктывкаре", "Сыктывкар", "Республика Коми", "Коми", "167", "8212"),
    (
        "г. Мурманск",
        "в г. Мурманске",
        "Мурманск",
        "Мурманская область",
        "Мурм. обл.",
        "183",
        "8152",
    ),
    ("г. Псков", "в г. Пскове", "Псков", "Псковская область", "Псков. обл.", "180", "8112"),
    (
        "г. Великие Луки",
        "в г. Великих Луках",
        "Великие Луки",
        "Псковская область",
        "Пск. обл.",
        "182",
        "81153",
    ),
    (
        "г. Великий Новгород",
        "в г. Великом Новгороде",
        "Великий Новгород",
        "Новгородская область",
        "Новгор. обл.",
        "173",
        "8162",
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
    ("г. Тверь", "в г. Твери", "Тверь", "Тверская область", "Тверск. обл.", "170", "4822"),
    ("г. Ярославль", "в г. Ярославле", "Ярославль", "Ярославская область", "ЯО", "150", "4852"),
    (
        "г. Кострома",
        "в г. Костроме",
        "Кострома",
        "Костромская область",
        "Костр. обл.",
        "156",
        "4942",
    ),
    ("г. Иваново", "в г. Иваново", "Иваново", "Ивановская область", "Иван. обл.", "153", "4932"),
    (
        "г. Владимир",
        "в г. Владимире",
        "Владимир",
        "Владимирская область",
        "Владим. обл.",
        "600",
        "4922",
    ),
    (
        "г. Смоленск",
        "в г. Смоленске",
        "Смоленск",
        "Смоленская область",
        "Смол. обл.",
        "214",
        "4812",
    ),
    ("г. Калуга", "в г. Калуге", "Калуга", "Калужская область", "Калуж. обл.", "248", "4842"),
    ("г. Тула", "в г. Туле", "Тула", "Тульская область", "Тул. обл.", "300", "4872"),
    ("г. Рязань", "в г. Рязани", "Рязань", "Рязанская область", "Ряз. обл.", "390", "4912"),
    (
        "г. Нарьян-Мар",
        "в г. Нарьян-Маре",
        "Нарьян-Мар",
        "Ненецкий автономный округ",
        "НАО",
        "166",
        "81853",
    ),
    (
        "г. Гатчина",
        "в г. Гатчине",
        "Гатчина",
        "Ленинградская область",
        "Ленобласть",
        "188",
        "81371",
    ),
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "125", "495"),
    (
        "г. Санкт-Петербург",
        "в г. Санкт-Петербурге",
        "Санкт-Петербург",
        "Санкт-Петербург",
        "СПб",
        "191",
        "812",
    ),
]
# street: with its type, bare (as people write it)
STREETS23 = [
    ("ул. Воскресенская", "Воскресенская"),
    ("пр-т Ломоносова", "Ломоносова пр."),
    ("наб. Северной Двины", "Северной Двины наб."),
    ("ул. Зосимовская", "Зосимовская"),
    ("пр-т Победы", "пр Победы"),
    ("ул. Карла Либкнехта", "К. Либкнехта"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ш. Московское", "Московское ш."),
    ("ул. Большая Московская", "Б. Московская"),
    ("пер. Свободы", "пер Свободы"),
    ("ул. Труда", "Труда"),
    ("ул. 8 Марта", "8 Марта"),
    ("ул. 1-я Полевая", "1-я Полевая"),
    ("б-р Гагарина", "Гагарина б-р"),
    ("ул. Советской Армии", "Сов. Армии"),
    ("Октябрьский пр-т", "Октябрьский пр"),
    ("ул. Первомайская", "Первомайская"),
    ("Ленинградский пр-т", "Ленинградский"),
    ("ул. Чкалова", "Чкалова"),
    ("ул. Кирова", "Кирова"),
    ("Комсомольский пр-т", "Комсомольский"),
    ("ул. Краснофлотская", "Краснофлотская"),
]
# microdistricts: with the type first, the type last
MKR23 = [
    ("мкр. Юго-Западный", "Юго-Западный мкр"),
    ("мкр. Соломбала", "Соломбала мкр."),
    ("мкр. Древлянка", "Древлянка мкр"),
    ("мкр. Ипподромный", "Ипподромный мкр."),
    ("4-й мкр.", "4 мкр"),
    ("мкр. Заречье", "Заречье мкр"),
    ("мкр. Молодёжный", "Молодёжный мкр."),
]
# village: with type, locative with type, district, region, inflected in full words
RURAL23 = [
    (
        "д. Сосновка",
        "в д. Сосновка",
        "Вологодский р-н",
        "Вологодская обл.",
        "деревне Сосновка Вологодского района",
    ),
    (
        "с. Холмогоры",
        "в с. Холмогоры",
        "Холмогорский р-н",
        "Архангельская обл.",
        "селе Холмогоры Холмогорского района",
    ),
    (
        "д. Заозерье",
        "в д. Заозерье",
        "Кирилловский р-н",
        "Вологодская обл.",
        "деревне Заозерье Кирилловского района",
    ),
    (
        "пос. Пинега",
        "в пос. Пинега",
        "Пинежский р-н",
        "Архангельская обл.",
        "посёлке Пинега Пинежского района",
    ),
    ("с. Ижма", "в с. Ижма", "Ижемский р-н", "Республика Коми", "селе Ижма Ижемского района"),
    (
        "пгт Пряжа",
        "в пгт Пряжа",
        "Пряжинский р-н",
        "Республика Карелия",
        "посёлке Пряжа Пряжинского района",
    ),
    (
        "с. Шелтозеро",
        "в с. Шелтозеро",
        "Прионежский р-н",
        "Республика Карелия",
        "селе Шелтозеро Прионежского района",
    ),
    (
        "д. Выползово",
        "в д. Выползово",
        "Бологовский р-н",
        "Тверская обл.",
        "деревне Выползово Бологовского района",
    ),
    (
        "пгт Кесова Гора",
        "в пгт Кесова Гора",
        "Кесовогорский р-н",
        "Тверская обл.",
        "посёлке Кесова Гора",
    ),
    ("с. Палех", "в с. Палех", "Палехский р-н", "Ивановская обл.", "селе Палех Палехского района"),
    (
        "д. Бор",
        "в д. Бор",
        "Пушкиногорский р-н",
        "Псковская обл.",
        "деревне Бор Пушкиногорского района",
    ),
    ("пгт Янтарный", "в пгт Янтарный", "Янтарный г.о.", "Калининградская обл.", "посёлке Янтарный"),
    (
        "с. Константиново",
        "в с. Константиново",
        "Рыбновский р-н",
        "Рязанская обл.",
        "селе Константиново Рыбновского района",
    ),
    (
        "р.п. Вохтога",
        "в р.п. Вохтога",
        "Грязовецкий р-н",
        "Вологодская обл.",
        "рабочем посёлке Вохтога",
    ),
    (
        "с. Ловозеро",
        "в с. Ловозеро",
        "Ловозерский р-н",
        "Мурманская обл.",
        "селе Ловозеро Ловозерского района",
    ),
    (
        "пос. Нельмин-Нос",
        "в пос. Нельмин-Нос",
        "Заполярный р-н",
        "Ненецкий АО",
        "посёлке Нельмин-Нос Заполярного района",
    ),
    (
        "д. Малые Горки",
        "в д. Малые Горки",
        "Кимрский м.о.",
        "Тверская обл.",
        "деревне Малые Горки Кимрского округа",
    ),
    (
        "с. Верхняя Тойма",
        "в с. Верхняя Тойма",
        "Верхнетоемский м.о.",
        "Архангельская обл.",
        "селе Верхняя Тойма",
    ),
]
RURAL_ST23 = [
    "Центральная",
    "Лесная",
    "Школьная",
    "Заречная",
    "Полевая",
    "Набережная",
    "Северная",
    "Озёрная",
    "Совхозная",
    "Луговая",
]
ORG_ST23 = [
    "ул. Суворова",
    "пр-т Троицкий",
    "ул. Пирогова",
    "ул. Гоголя",
    "пр-т Невский",
    "ул. Больничная",
    "Больничный городок",
    "ул. Лечебная",
]


def _t23(rng: random.Random) -> tuple:
    return rng.choice(TOWNS23)


def _hk23(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["А", "б", "/2", "к1", "В"])
    return h, rng.randint(1, 240)


def addr23(rng: random.Random) -> str:
    """A person's address as people write it in a journal's column (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t23(rng)
    st, bare = rng.choice(STREETS23)
    mk, mk_bare = rng.choice(MKR23)
    v, _vl, vdist, vreg, _vf = rng.choice(RURAL23)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk23(rng)
    n = rng.randint(1, 90)
    c = rng.randint(1, 6)
    rs = rng.choice(RURAL_ST23)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {mk}, д. {n}, кв. {k}",
        lambda: f"{bare_t}, {mk_bare}, {n}-{k}",
        lambda: f"{town}, {st}, д. {n}, корп. {c}, кв. {k}",
        lambda: f"{bare_t}, {bare}, {n} стр. {c}",
        lambda: f"{st}, д. {n}, лит. А, кв. {k}, {town}",
        lambda: f"{vreg}, {vdist}, {v}, д. {n}",
        lambda: f"{v}, {rs}, {n}",
        lambda: f"{vdist}, {v}, ул. {rs}, д. {n}, кв. {rng.randint(1, 12)}",
        lambda: f"{z}, {v}, {rs} ул., {n}",
        lambda: f"{st}, {h}, кв. {k}, {town}, {reg}, {z}",
        lambda: f"{bare_t} {bare} {h} кв {k}",
        lambda: f"{reg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v} {vdist} {vreg}",
        lambda: f"{bare_t}, {bare}, д.{h}, корп.{c}, кв.{k}",
    ]
    return rng.choice(shapes)()


def aloc23(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on; «в» stays outside)."""
    _t, loc, _bare_t, _r, _ra, _i, _c = _t23(rng)
    st, bare = rng.choice(STREETS23)
    _v, vl, vdist, _vr, vfull = rng.choice(RURAL23)
    h, k = _hk23(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST23)}, д. {rng.randint(1, 70)}",
            f"{loc[2:]}, {bare} {h}-{k}",
            f"{vfull}, дом {rng.randint(1, 60)}",
        ]
    )


def abr23(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a journal)."""
    town, _loc, _b, reg, _ra, idx, _c = _t23(rng)
    st, _bare = rng.choice(STREETS23)
    v, _vl, vdist, vreg, _vf = rng.choice(RURAL23)
    h, k = _hk23(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg}, {town},\n{st}, д. {h}, кв. {k}",
            f"{town}, {st}, д. {h},\nкв. {k}",
            f"{vreg}, {vdist},\n{v}, д. {rng.randint(1, 60)}",
        ]
    )


def aorg23(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t23(rng)
    st = rng.choice(ORG_ST23)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{town}, {st}, д. {n}, стр. {rng.randint(1, 4)}",
            f"{st}, {n}, {town}, {reg}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 23: phones (fresh)
OPS23 = [
    "911",
    "921",
    "931",
    "981",
    "950",
    "952",
    "953",
    "964",
    "910",
    "915",
    "920",
    "930",
    "980",
    "996",
    "900",
    "991",
]


def _mob23(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS23), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob23(rng: random.Random) -> str:
    op, a, b, c = _mob23(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7({op}){a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8 {op} {a} {b} {c}",
            f"+7 ({op}) {a} {b} {c}",
            f"8({op}){a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"8 {op} {a}{b}{c}",
        ]
    )


def city23(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t23(rng)
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
        ]
    )


def brk23(rng: random.Random) -> str:
    op, a, b, c = _mob23(rng)
    return rng.choice([f"8 ({op})\n{a}-{b}-{c}", f"+7 {op}\n{a}-{b}-{c}", f"8-{op}-{a}-\n{b}-{c}"])


def loc23(rng: random.Random) -> str:
    """A bare local number after «тел.» (a rural ФАП's or a village council's)."""
    return rng.choice(
        [
            f"{rng.randint(2, 9)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            f"{rng.randint(21, 79)}-{rng.randint(100, 999)}",
        ]
    )


MAIL_DOM23 = [
    "mail.ru",
    "yandex.ru",
    "inbox.ru",
    "bk.ru",
    "rambler.ru",
    "gmail.com",
    "list.ru",
    "ya.ru",
]
ORG_MAIL23 = [
    "arhiv@gkb1-arh.ru",
    "stat.otdel@vokb-vologda.ru",
    "registr@okod-karelia.ru",
    "med.docs@pol3-psk.ru",
    "epid@cgie-murmansk.ru",
    "sme.byuro@sudmed-tver.ru",
    "ptd@ptd-komi.ru",
    "kancelyariya@crb-holmogory.ru",
    "donor@spk-yar.ru",
    "oms.svedeniya@tfoms-kostroma.ru",
    "narko@ond-kaluga.ru",
    "kartoteka@gp5-spb.ru",
]


def mail23(rng: random.Random, sur: str, first: str) -> str:
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
    return f"{local}@{rng.choice(MAIL_DOM23)}"


# ---------------------------------------------------------------- corpus 23: passports (fresh)
OKATO23 = [
    "11",
    "19",
    "86",
    "87",
    "47",
    "58",
    "49",
    "27",
    "28",
    "78",
    "34",
    "24",
    "17",
    "66",
    "29",
    "70",
    "61",
    "40",
    "45",
    "41",
]


def pas23(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO23), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y} №{n}", f"{o}{y}-{n}"]
    )


# ---------------------------------------------------------------- corpus 23: record numbers (fresh)
def brk_mid(s: str) -> str:
    """A number broken across two lines in the middle (a narrow journal column)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


REC23 = {
    "amb": ["######", "АК-#####", "####/26", "У-#####", "##-####"],
    "ib": ["#####/26", "ИБ-#####", "###-С/26", "####/С", "26-#####"],
    "smp": ["Б-26-#####", "#####-Г", "26/#####", "П######", "ХТИ-####"],
    "notif": ["ЭИ-26-####", "####/26-И", "И-#####", "#####-ЭИ", "26-И-####"],
    "act": ["###/26", "###-Х", "А-####", "####/26-О", "###"],
    "cert": ["###-#####", "#######", "МЗ-######", "##-######"],
    "death": ["######", "#######", "###-###-###"],
    "eln": ["9100########", "9###########"],
    "sme": ["###-Э/26", "####", "Э-###/26", "###/ком"],
    "trup": ["Т-###/26", "###", "####/Т"],
    "call": ["####-##", "###", "##/####", "####"],
    "don": ["Д-#####", "####-КМ", "ДК-######", "#####/Д"],
    "dun": ["26-####-######", "W0#### 26 ######"],
    "tb": ["ТБ-26/####", "####/ТБ", "Т-#####"],
    "onko": ["ЗНО-26-#####", "#####-О", "ОР-######"],
    "reg": ["ВЗН-##-######", "#########", "ФР-######"],
    "vk": ["ВК-###/26", "###", "###/ВК"],
    "mse": ["###.##.##/2026", "###.#.##/2026"],
    "rx": ["######", "#######"],
    "drv": ["######", "##-#####"],
    "kusp": ["####", "#####", "##-####"],
    "inc": ["####", "вх-####", "###/1"],
    "mil": ["%%-######", "@@-######"],
    "dms": ["###-######-##", "ДМС-##/######"],
    "card": ["К-####", "####/26-К", "КУ-#####", "#####"],
    "bio": ["#####-26", "Б-#####", "26-Г-#####", "#####/Б"],
    "ser": ["С-####/26", "####-С", "с/#####"],
    "vacc": ["ПР-#####", "#####/П", "######"],
    "rod": ["###/26", "Р-####", "###-Р"],
    "ext": ["В-###/26", "####-В", "ВЫП-#####"],
}


def rec23(rng: random.Random, kind: str) -> str:
    return shape23(rng, rng.choice(REC23[kind]))


def shape23(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def journal23(rng: random.Random, n: int = 6) -> list[str]:
    """A journal's own registration numbers of consecutive entries, in one of the journal's
    writings (a running number through the year, with a year, a letter or a prefix)."""
    start = rng.randint(40, 4800)
    step = [rng.randint(1, 3) for _ in range(n)]
    nums, cur = [], start
    for s in step:
        nums.append(cur)
        cur += s
    fmt = rng.choice(
        [
            lambda x: f"{x}",
            lambda x: f"{x}/26",
            lambda x: f"{x}-26",
            lambda x: f"26/{x:05d}",
            lambda x: f"И-{x}",
            lambda x: f"{x}-Ж",
            lambda x: f"{x}/у",
            lambda x: f"0{x}",
        ]
    )
    return [fmt(x) for x in nums]


# ---------------------------------------------------------------- corpus 23: hard negatives
ICD23 = [
    "A15.0",
    "A16.2",
    "B20.7",
    "C16.2",
    "C50.8",
    "C18.7",
    "C34.1",
    "C61",
    "A69.2",
    "A51.0",
    "A54.0",
    "F11.2",
    "F12.2",
    "F10.2",
    "T40.2",
    "T51.0",
    "T59.7",
    "J18.9",
    "A08.1",
    "B01.9",
    "A37.9",
    "S06.0",
    "S72.0",
    "S42.2",
    "T68",
    "J67.0",
    "H83.3",
    "Q21.0",
    "Q35.9",
    "D66",
    "E84.0",
    "E23.0",
    "G35",
    "Z20.6",
    "K29.1",
    "I21.4",
    "O80.0",
    "P07.3",
    "Y59.0",
    "V43.5",
    "W19",
]
ICD_GROUPS23 = {
    "inf": ["A08.1", "A08.4", "A02.0", "B15.9", "A38", "B05.9", "A37.9", "B01.9", "A87.0", "J10.1"],
    "tb": ["A15.0", "A15.2", "A16.2", "A19.0"],
    "onk": ["C16.2", "C18.7", "C34.1", "C50.8", "C61", "C67.9", "C25.0"],
    "tr": ["S06.0", "S72.0", "S42.2", "S52.5", "S82.1", "S00.8", "S20.2", "S27.0"],
    "tox": ["T40.2", "T51.0", "T51.1", "T59.7", "T42.4", "T39.1"],
    "occ": ["T75.2", "J67.0", "H83.3", "J61", "G56.0", "L24.5"],
    "narc": ["F11.2", "F12.2", "F15.2", "F19.2"],
    "sti": ["A51.0", "A54.0", "A56.0", "A59.0", "A60.0"],
}
ORGS23 = [
    "ГБУЗ АО «Первая городская клиническая больница им. Е.Е. Волосевич»",
    "БУЗ ВО «Вологодская областная клиническая больница»",
    "ГБУЗ РК «Республиканский онкологический диспансер»",
    "ГБУЗ РК «Республиканский противотуберкулёзный диспансер»",
    "ГОБУЗ «Мурманская областная клиническая больница им. П.А. Баяндина»",
    "ГБУЗ «Псковская областная инфекционная больница»",
    "ГОБУЗ «Центральная городская клиническая больница» (Великий Новгород)",
    "ГБУЗ «Калининградская областная детская клиническая больница»",
    "ГБУЗ ТО «Бюро судебно-медицинской экспертизы»",
    "ГБУЗ ЯО «Областная станция переливания крови»",
    "ОГБУЗ «Костромской областной наркологический диспансер»",
    "ОБУЗ «Родильный дом № 4» (Иваново)",
    "ГБУЗ ВО «Городская больница № 2 г. Владимира»",
    "ОГБУЗ «Смоленская областная психиатрическая больница»",
    "ГБУЗ КО «Калужская областная клиническая больница скорой медицинской помощи им. К.Н. Шевченко»",
    "ГУЗ «Тульский областной перинатальный центр»",
    "ГБУ РО «Городская поликлиника № 6» (Рязань)",
    "ГБУЗ «Холмогорская центральная районная больница»",
    "СПб ГБУЗ «Городская поликлиника № 51»",
    "ГБУЗ ГКБ № 52 ДЗМ",
    "ГБУЗ НАО «Ненецкая окружная больница им. Р.И. Батмановой»",
]
# (form of the register, the Ministry's order that approved it, the order's date)
ORDERS23 = [
    ("№ 530н", dt.date(2020, 7, 31)),
    ("№ 4н", dt.date(2021, 1, 15)),
    ("№ 1130н", dt.date(2020, 10, 20)),
    ("№ 933н", dt.date(2015, 12, 18)),
    ("№ 109", dt.date(2003, 3, 21)),
    ("№ 834н", dt.date(2014, 12, 15)),
    ("№ 354н", dt.date(2023, 5, 27)),
    ("№ 176н", dt.date(2021, 3, 12)),
    ("№ 1187н", dt.date(2019, 12, 19)),
    ("№ 789н", dt.date(2024, 12, 18)),
]


MON_RU_SH = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
VERSION_WORDS19 = ("ПО", "версия", "версии")  # read by ``check`` (copied verbatim from corpus 19)
ROMAN_Q = ["I", "II", "III", "IV"]


def dates23(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_1"] = f"{dd}.{m:02d}.{y}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_mon"] = f"{dd} {MON_RU_SH[m - 1]}. {y}"


def fillers23(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "k", "x", "n", "s", "d", "e", "h", "m", "w", "j1", "j2", "j3", "j4", "j5"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    f.update(person(rng, "g1", False, foreign_ok=False))  # mothers
    f.update(person(rng, "g2", False, foreign_ok=False))
    f.update(person(rng, "b1", True, foreign_ok=False))  # conscripts
    f.update(person(rng, "b2", True, foreign_ok=False))
    for pre in (
        "p",
        "q",
        "u",
        "k",
        "x",
        "n",
        "s",
        "d",
        "e",
        "h",
        "m",
        "w",
        "c",
        "j1",
        "j2",
        "j3",
        "j4",
        "j5",
        "g1",
        "g2",
        "b1",
        "b2",
    ):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        f[pre + "_sx"] = "м" if male else "ж"
        words = f[pre].split()
        f[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
    f["p_ocr"] = ocr(f["p_up"])
    f["p_brk"] = hyphen_break(f["p"])
    # birth dates: the patient's in every writing, the journal rows' in one writing each
    by = rng.randint(1942, 2005)
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates23(f, "bd", bdd)
    f["bdv"] = fmt_date(rng, bdd, rng.choice(["dot", "dot", "words", "dot1", "short"]))
    f["age"] = str(2026 - bdd.year - 1)
    for key, lo, hi in (
        ("bdq", 1975, 2005),
        ("bdu", 1950, 2004),
        ("bdk", 2013, 2025),
        ("bdn", 1940, 1999),
    ):
        dates23(f, key, dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)))
    f["agek"] = str(2026 - int(f["bdk_iso"][:4]) - 1)
    for i in range(1, 6):
        b = dt.date(rng.randint(1938, 2008), rng.randint(1, 12), rng.randint(1, 28))
        f[f"bj{i}"] = fmt_date(rng, b, rng.choice(["dot", "dot", "short", "dot1"]))
        f[f"bj{i}_iso"] = b.isoformat()
        f[f"bj{i}_y"] = str(b.year)  # a year of birth alone: not labelled
        f[f"agej{i}"] = str(2026 - b.year - 1)
    f["bdy"] = str(rng.randint(1946, 2003))
    for i in range(1, 4):  # children's and conscripts' birth dates
        f[f"bk{i}"] = fmt_date(
            rng, dt.date(rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28)), "dot"
        )
        f[f"bm{i}"] = fmt_date(
            rng,
            dt.date(rng.randint(2004, 2008), rng.randint(1, 12), rng.randint(1, 28)),
            rng.choice(["dot", "short"]),
        )
    # the documents' dates: six in order, each in every writing
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 6))
        dates23(f, f"t{i}", cur)
    f["qtr"] = ROMAN_Q[(cur.month - 1) // 3]
    f["qtr_n"] = str((cur.month - 1) // 3 + 1)
    dold = dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates23(f, "told", dold)
    f["told_y"] = str(dold.year)
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    ordno, ordd = rng.choice(ORDERS23)
    f["ord_no"] = ordno
    f["ord_d"] = fmt_date(rng, ordd, rng.choice(["dot", "words"]))
    # times
    t0 = rng.randint(0, 10 * 60)
    for i in range(1, 7):
        t0 += rng.randint(5, 140)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
        f[f"tmh{i}"] = f"{t // 60} ч {t % 60:02d} мин"
    # contacts and identity
    for i in range(1, 7):
        f[f"a{i}"] = addr23(rng)
    for i in range(1, 5):
        f[f"ph{i}"] = mob23(rng)
    f["al1"], f["al2"] = aloc23(rng), aloc23(rng)
    f["a_br"] = abr23(rng)
    f["ao"], f["ao2"] = aorg23(rng), aorg23(rng)
    f["phc1"], f["phc2"] = city23(rng), city23(rng)
    f["ph_br"] = brk23(rng)
    f["ph_loc"] = loc23(rng)
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail23(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail23(rng, f["q_sur"], f["q_first"])
    f["md"] = mail23(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL23, 2)
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"], f["enp3"] = enp(rng), enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"], f["pas3"] = pas23(rng), pas23(rng), pas23(rng)
    f["pas_ser"] = f"{rng.choice(OKATO23)} {rng.randint(0, 25):02d}"
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(290, 870)}-{rng.randint(1, 60):03d}"
    f["pasf"] = shape(rng, rng.choice(["C#######", "AB#######", "E########", "K#######"]))
    f["bc"] = bcert(rng)
    # record numbers of one person (three of each kind) and the journal's own entry numbers
    for key in REC23:
        f[key], f[key + "2"], f[key + "3"] = (rec23(rng, key) for _ in range(3))
    for i, num in enumerate(journal23(rng), start=1):
        f[f"jr{i}"] = num
    f["jr_br"] = brk_mid(f["jr6"]) if len(f["jr6"]) > 3 else f["jr6"]
    f["amb_ocr"] = shape(rng, "АК-0#3#0").replace("0", "О").replace("3", "З")
    f["ib_ocr"] = shape(rng, "#0#3/26").replace("0", "О")
    f["rx_ser"] = f"{rng.randint(10, 99)}-{rng.randint(10, 26)}"
    # hard negatives
    f["icd1"], f["icd2"], f["icd3"], f["icd4"] = rng.sample(ICD23, 4)
    for key, lst in ICD_GROUPS23.items():
        f["icd_" + key], f["icd_" + key + "2"] = rng.sample(lst, 2)
    f["org"], f["org2"], f["org3"] = rng.sample(ORGS23, 3)
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103", "104"]) + "##########")
    f["inn_org"] = shape(
        rng, rng.choice(["29", "35", "10", "11", "51", "60", "53", "39", "69", "76"]) + "########"
    )
    f["kpp"] = f["inn_org"][:4] + shape(rng, "01001")
    f["okpo"] = shape(rng, "0#######")
    f["lic"] = shape(
        rng, rng.choice(["Л041-0####-##/00######", "ЛО-##-01-00####", "ЛО41-0####-##/00######"])
    )
    f["arch"] = shape(
        rng,
        rng.choice(["##-##/2##", "ф. ##, оп. #, д. ###", "№ ##-ж (дело ##-##)", "арх. № ##/####"]),
    )
    f["page"] = str(rng.randint(2, 96))
    f["pages"] = str(rng.randint(97, 200))
    f["line"] = str(rng.randint(1, 40))
    f["cnt1"], f["cnt2"], f["cnt3"] = (str(rng.randint(2, 60)) for _ in range(3))
    f["total"] = str(rng.randint(61, 990))
    f["outno"] = shape23(rng, rng.choice(["##-##/###", "####/01-##", "#-###/26", "01-##/###"]))
    f["blank"] = shape(rng, rng.choice(["серия ## №", "бланк серии 0#", "серия 4#-АБ"]))
    f["small"] = str(rng.randint(2, 9))
    f["wt"] = str(rng.randint(48, 118))
    f["nb_wt"] = str(rng.randint(2400, 4300))
    f["nb_ht"] = str(rng.randint(46, 56))
    f["vol"] = str(rng.choice([200, 250, 270, 300, 450]))
    f["unit"] = shape(rng, rng.choice(["ЦВ-##", "каб. ###", "палата #"]))
    f["lot"] = shape(rng, rng.choice(["серия ####-##", "Lot %####", "партия ###%"]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"
    f["vill"] = rng.choice(RURAL23)[0]  # a bare settlement in a ФАП's name: not labelled
    f["car"] = shape(rng, "@ ### @@ ##").upper()
    f["ovd"] = rng.choice(
        [
            "ОМВД России по Холмогорскому району",
            "УМВД России по г. Вологде",
            "ОП № 3 УМВД России по г. Пскову",
            "МО МВД России «Кимрский»",
            "ОМВД России по Ижемскому району",
        ]
    )
    return f


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape23(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Рочев Д.Ф.» ends the sentence: no second dot
    fill = fillers23(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 23: the directory's rows
# RECID: (Name, Form, TYPE) as read from 1.2.643.5.1.13.13.11.1522_7.24_part1
DOCS23: dict[int, tuple[str, str, str]] = {
    505: (
        "Извещение о раненом в дорожно-транспортном происшествии, обратившемся или доставленном в медицинскую организацию",
        "58-ДТП-2/у",
        "Документ",
    ),
    488: ("Журнал регистрации и учета специальных рецептурных бланков", "", "Журнал"),
    472: ("Журнал выдачи медицинских документов (их копий) и выписок из них", "", "Журнал"),
    473: ("Журнал регистрации сведений о фактах поступления (обращения) пациентов", "", "Журнал"),
    477: ("Журнал регистрации больных туберкулезом", "03-ТБ/у", "Журнал"),
    469: (
        "Извещение об установлении диспансерного наблюдения в медицинской противотуберкулезной организации",
        "",
        "Документ",
    ),
    470: (
        "Извещение о прекращении диспансерного наблюдения в медицинской противотуберкулезной организации",
        "",
        "Документ",
    ),
    465: (
        "Журнал учета изъятий органов (тканей) у доноров в медицинских организациях",
        "008-1/у",
        "Журнал",
    ),
    463: (
        "Журнал регистрации поступления биопсийного (операционного) материала и выдачи результатов прижизненных патолого-анатомических исследований",
        "014-2/у",
        "Журнал",
    ),
    455: (
        "Сведения о больном, представляемые в Министерство здравоохранения Российской Федерации для формирования и ведения Федерального регистра лиц, больных гемофилией, муковисцидозом, гипофизарным нанизмом, болезнью Гоше, злокачественными новообразованиями лимфоидной, кроветворной и родственных им тканей, рассеянным склерозом, лиц после трансплантации органов и (или) тканей",
        "04-ФР",
        "Документ",
    ),
    454: (
        "Журнал учета выдачи направлений на включение сведений (внесение изменений в сведения) о больном в Федеральный регистр лиц, больных гемофилией, муковисцидозом, гипофизарным нанизмом, болезнью Гоше, злокачественными новообразованиями лимфоидной, кроветворной и родственных им тканей, рассеянным склерозом, лиц после трансплантации органов и (или) тканей, и выдачи извещений об исключении сведений из данного Федерального регистра",
        "03-ФР",
        "Журнал",
    ),
    453: (
        "Извещение об исключении сведений о больном из Федерального регистра лиц, больных гемофилией, муковисцидозом, гипофизарным нанизмом, болезнью Гоше, злокачественными новообразованиями лимфоидной, кроветворной и родственных им тканей, рассеянным склерозом, лиц после трансплантации органов и (или) тканей",
        "02-ФР",
        "Документ",
    ),
    450: (
        "Извещение о пострадавшем от несчастного случая на производстве, обратившемся или доставленном в медицинскую организацию",
        "59-НСП/у",
        "Документ",
    ),
    449: (
        "Извещение о раненом, скончавшемся в течение 30 суток после дорожно-транспортного происшествия",
        "58-ДТП-1/у",
        "Документ",
    ),
    447: (
        "Журнал регистрации результатов химико-токсикологических исследований",
        "453/у-06",
        "Журнал",
    ),
    445: ("Журнал регистрации отбора биологических объектов", "450/у-06", "Журнал"),
    439: (
        "Карта персонального учета на больного туберкулезом, сочетанным с ВИЧ-инфекцией",
        "263/у-ТВ",
        "Карта",
    ),
    438: (
        "Извещение о больном с впервые в жизни установленным диагнозом активного туберкулеза, с рецидивом туберкулеза",
        "089/у-туб",
        "Документ",
    ),
    435: ("Карта учета профессионального заболевания (отравления)", "", "Карта"),
    434: (
        "Извещение об установлении заключительного диагноза острого или хронического профессионального заболевания (отравления), его уточнении или отмене",
        "",
        "Документ",
    ),
    430: ("Регистрационная карта больного злокачественным новообразованием", "030-ГРР", "Карта"),
    420: (
        "Журнал регистрации серологических исследований (диагностика сифилиса)",
        "260/у",
        "Журнал",
    ),
    414: ("Журнал регистрации анализов и их результатов", "250/у", "Журнал"),
    408: (
        "Журнал регистрации носильных вещей, вещественных доказательств, ценностей и документов в морге",
        "191/у",
        "Журнал",
    ),
    405: ("Журнал изолятора, изоляционной комнаты", "125/у", "Журнал"),
    403: ("Журнал учета приема детей в ясли", "122/у", "Журнал"),
    401: (
        "Журнал учета приема больных и рожениц в стационар фельдшерско-акушерского пункта, колхозного родильного дома",
        "098/у",
        "Журнал",
    ),
    397: (
        "Именной список призывников, направленных для систематического лечения",
        "054/у",
        "Документ",
    ),
    396: (
        "Извещение о поступлении (обращении) пациента с признаками причинения вреда здоровью или с неустановленной личностью",
        "",
        "Документ",
    ),
    373: (
        "Извещение о реакциях и (или) осложнениях, возникших у реципиента в связи с трансфузией (переливанием) донорской крови и (или) ее компонентов",
        "",
        "Документ",
    ),
    366: (
        "Журнал учета клинико-экспертной работы лечебно-профилактического учреждения",
        "035/у-02",
        "Журнал",
    ),
    347: ("Выписка из протокола решения врачебной комиссии", "", "Документ"),
    337: ("Журнал регистрации микробиологических исследований на туберкулез", "255/у", "Журнал"),
    322: ("Акт судебно-медицинского освидетельствования", "173/у", "Документ"),
    314: ("Журнал записи вызовов скорой медицинской помощи", "109/у", "Журнал"),
    312: (
        "Журнал регистрации стационарной и амбулаторной судебно-психиатрической экспертизы",
        "105/у",
        "Журнал",
    ),
    304: (
        "Извещение о больном с впервые в жизни установленным диагнозом наркомании",
        "091/у",
        "Документ",
    ),
    293: (
        "Сводная ведомость учета впервые выявленных несчастных случаев, отравлений, травм",
        "071-1/у",
        "Карта",
    ),
    290: (
        "Книга записи работы старшего юрисконсульта, юрисконсульта учреждений здравоохранения",
        "087/у",
        "Журнал",
    ),
    289: (
        "Тетрадь учета работы на дому участковой (патронажной) медицинской сестры (акушерки)",
        "116/у",
        "Журнал",
    ),
    288: (
        "Журнал медицинской комиссии по освидетельствованию водителей и кандидатов в водители для определения их годности к управлению автомототранспортом и городским электротранспортом",
        "083-1/У",
        "Журнал",
    ),
    284: (
        "Журнал регистрации посещения изолятора детской поликлиники, отделения поликлиники",
        "059/у",
        "Журнал",
    ),
    255: ("Журнал регистрации поступления и выдачи тел умерших", "015/у", "Журнал"),
    251: (
        "Выписка из медицинской карты стационарного больного злокачественным новообразованием",
        "027-1/у",
        "Документ",
    ),
    247: ("Журнал записи родов в стационаре", "010/у", "Журнал"),
    243: ("Журнал учета приема беременных, рожениц и родильниц", "002/у", "Журнал"),
    242: ("Журнал учета больных, которым предоставлен лечебный отпуск", "001-1/у", "Журнал"),
    227: (
        "Акт медицинского освидетельствования на состояние опьянения (алкогольного, наркотического или иного токсического)",
        "307/у-05",
        "Документ",
    ),
    211: ("Книга регистрации листков нетрудоспособности", "036/у", "Журнал"),
    210: ("Книга записи вызовов врача на дом", "031/у", "Журнал"),
    190: (
        "Карта регистрации больного с осложнением после иммунизации туберкулезной вакциной",
        "",
        "Карта",
    ),
    184: (
        "Извещение о больном с впервые в жизни установленным диагнозом злокачественного новообразования",
        "090/у",
        "Документ",
    ),
    183: (
        "Извещение о больном с вновь установленным диагнозом: сифилиса, гонококковой инфекции, хламидийных инфекций, трихомоноза, аногенитальной герпетической вирусной инфекции, аногенитальных (венерических) бородавок, микоза, чесотки",
        "089/у-кв",
        "Документ",
    ),
    166: ("Журнал учета доноров", "410/у", "Журнал"),
    157: ("Журнал учета профилактических прививок", "064/у", "Журнал"),
    156: ("Журнал учета профессиональных заболеваний (отравлений)", "", "Журнал"),
    155: (
        "Журнал учета приема пациентов и отказов в оказании медицинской помощи в стационарных условиях, в условиях дневного стационара",
        "001/у",
        "Журнал",
    ),
    154: ("Журнал учета инфекционных заболеваний", "060/у", "Журнал"),
    152: ("Журнал регистрации переливания трансфузионных сред", "009/у", "Журнал"),
    151: (
        "Журнал регистрации медицинских освидетельствований на состояние опьянения (алкогольного, наркотического или иного токсического)",
        "",
        "Журнал",
    ),
    150: (
        "Журнал регистрации и выдачи медицинских справок (формы № 086/у и № 086-1/у)",
        "086-2/у",
        "Журнал",
    ),
    147: ("Журнал регистрации амбулаторных больных", "074/у", "Журнал"),
    137: (
        "Журнал регистрации свидетельствуемых в судебно-медицинской амбулатории (кабинете)",
        "182/у",
        "Журнал",
    ),
    136: ("Журнал регистрации трупов в судебно-медицинском морге", "181/у", "Журнал"),
    75: ("Извещение на ребенка с врожденными пороками развития", "025-11/у-98", "Документ"),
    72: (
        "Экстренное извещение о случае острого отравления химической этиологии",
        "58-1/у",
        "Документ",
    ),
    59: (
        "Экстренное извещение об инфекционном заболевании, пищевом, остром профессиональном отравлении, необычной реакции на прививку",
        "058/у",
        "Документ",
    ),
    58: ("Выписка из медицинской карты амбулаторного, стационарного больного", "027/у", "Документ"),
    353: (
        "Документ, содержащий сведения медицинского свидетельства о смерти в бумажной форме",
        "",
        "Документ",
    ),
    484: ("Список лиц, подлежащих периодическому осмотру", "", "Документ"),
    111: (
        "Сведения о лекарственных средствах, выписанных и отпущенных гражданам, имеющим право на получение набора социальных услуг",
        "030-Р/у",
        "Документ",
    ),
}


# ---------------------------------------------------------------- corpus 23: genres and kinds
# one kind per directory row: (RECID, genre, template); every template is used by one kind only
GENRES23: list[tuple[int, str, str]] = [
    (
        154,
        "страница журнала учёта инфекционных заболеваний поликлиники (четыре записи)",
        """Журнал учёта инфекционных заболеваний (ф. № 060/у), {org}. Лист {page}
№ п/п | рег. №        | дата, час       | Ф.И.О.            | дата рожд.       | адрес                  | диагноз | № экстр. изв.
1     | [[R:{jr1}]]   | [[D:{t1_dm}]] {tm1} | [[P:{j1_s}]]  | [[B:{bj1}]]      | [[A:{a1}]]             | {icd_inf}  | [[R:{notif}]]
2     | [[R:{jr2}]]   | [[D:{t1_dm}]] {tm2} | [[P:{j2_s}]]  | [[B:{bj2}]]      | [[A:{a2}]]             | {icd_inf2}  | [[R:{notif2}]]
4     | [[R:{jr4}]]   | [[D:{t3_dm}]] {tm4} | [[P:{c_s}]]   | [[B:{bdk}]]      | [[A:{a4}]] | B01.9 | передано по телефону
Сообщено в ЦГиЭ в {tm5}.
Итого за лист: 3 случая; с начала года — {total}.""",
    ),
    (
        59,
        "экстренное извещение в Роспотребнадзор, переданное по телефону и продублированное по e-mail",
        """Кому: [[E:{mo}]]
Тема: Экстренное извещение ф. 058/у № [[R:{notif}]] — {icd_inf}
ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (учётная форма № 058/у, приказ Минздрава России от [[D:{ord_d}]] {ord_no})
1. Диагноз: {icd_inf}, подтверждён лабораторно (проба [[R:{smp}]])
2. Фамилия, имя, отчество: [[P:{p}]]
3. Пол: {p_sx}   4. Дата рождения: [[B:{bd}]]
5. Адрес: [[A:{a1}]]; телефон [[T:{ph1}]]
6. Место работы: ООО «Северный хлеб», пекарь; последнее посещение [[D:{t1}]]
7. Даты: заболевания [[D:{t1_dm}]], обращения [[D:{t2_dm}]], установления диагноза [[D:{t3_dm}]]
8. Госпитализирован{p_a} в {org2}, ИБ [[R:{ib}]]
Отправил врач [[P:{d_s}]], [[T:{phc1}]].""",
    ),
    (
        58,
        "запрос полиции о пациенте и ответ клиники с выпиской (ф. 027/у)",
        """{ovd}
исх. № {outno} от [[D:{t2}]]
Главному врачу {org}
В производстве находится материал проверки КУСП № [[R:{kusp}]] от [[D:{t1}]]. Прошу предоставить сведения об обращении [[P:{p_gen}]], [[B:{bd}]] г.р., проживающ{p_ei}: [[A:{a1}]], за медицинской помощью [[D:{t1}]] и выписку из медицинской документации.
Ст. УУП [[P:{m_s}]]
—
Вх. № [[R:{inc}]]
ВЫПИСКА из медицинской карты (ф. № 027/у), основание: п. 3 ч. 4 ст. 13 Федерального закона № 323-ФЗ
[[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]], обратил{p_sya} в травмпункт [[D:{t1}]] в {tm1}: ушиб мягких тканей лица (S00.8), травмкарта [[R:{card}]].
Зам. главного врача [[P:{h_s}]]""",
    ),
    (
        472,
        "журнал выдачи медицинских документов и копий (страница регистратуры)",
        """ЖУРНАЛ ВЫДАЧИ МЕДИЦИНСКИХ ДОКУМЕНТОВ (ИХ КОПИЙ) И ВЫПИСОК ИЗ НИХ — {org}, стр. {page}
№ п/п | № заявления   | дата              | заявитель                 | документ удостоверяющий личность | что выдано                             | подпись
1     | [[R:{jr1}]]   | [[D:{t1}]]        | [[P:{j1_s}]]              | паспорт [[Q:{pas}]]              | копия ИБ [[R:{ib}]] на {cnt1} л.        | [[P:{j1_sur}]]
2     | [[R:{jr2}]]   | [[D:{t1}]]        | [[P:{j2_s}]] (по доверенности за [[P:{j3_s_acc}]]) | паспорт [[Q:{pas2}]] | выписка из амб. карты [[R:{amb}]] | [[P:{j2_sur}]]
Срок выдачи — 30 дней (приказ Минздрава России от [[D:{ord_d}]] {ord_no}).
Журнал начат [[D:{told}]], архивный шифр {arch}.""",
    ),
    (
        473,
        "журнал регистрации сведений о поступлении пациентов с признаками насилия (передача в полицию)",
        """Журнал регистрации сведений о фактах поступления (обращения) пациентов, в отношении которых имеются основания полагать, что вред здоровью причинён в результате противоправных действий
Приёмное отделение {org}
рег. № записи | дата, время | пациент | д.р. | адрес | обстоятельства | кому передано, № КУСП
[[R:{jr1}]] | [[D:{t1}]] {tm1} | [[P:{j1}]] | [[B:{bj1}]] | [[A:{a1}]] | со слов, избит неизвестными у подъезда; ЗЧМТ, {icd_tr} | дежурный ОП, телефонограмма в {tm2}, КУСП [[R:{kusp}]]
[[R:{jr2}]] | [[D:{t2}]] {tm3} | [[P:{j2}]] | [[B:{bj2}]] | [[A:{a2}]] | ножевое ранение предплечья, {icd_tr2} | дежурный ОП, КУСП [[R:{kusp2}]]
[[R:{jr3}]] | [[D:{t2}]] {tm4} | неизвестный мужчина, ~40 лет | — | БОМЖ | доставлен бригадой СМП, вызов [[R:{call}]] | тот же
Основание: приказ Минздрава России от [[D:{ord_d}]] {ord_no}.""",
    ),
    (
        396,
        "извещение в полицию о поступлении пациента с признаками причинения вреда здоровью (телефонограмма)",
        """ТЕЛЕФОНОГРАММА № [[R:{notif}]]
[[D:{t1_w}]], {tm1}. Передал: медсестра приёмного отделения [[P:{s}]], {org}
Принял: оперативный дежурный {ovd} [[P:{m_s}]]
Сообщаем, что в {tm1} бригадой СМП (карта вызова [[R:{call}]]) доставлен{p_a} [[P:{p}]], [[B:{bd}]] г.р., зарегистрированн{p_yi} по адресу: [[A:{a1}]], фактически проживает: [[A:{a2}]].
Диагноз: {icd_tr}, множественные ушибы лица; со слов, избит{p_a} [[D:{t1_wd}]] около {tm2} знакомым — [[P:{x_fi_ins}]].
Госпитализирован{p_a} в травматологическое отделение, ИБ [[R:{ib}]]. Контакт родственника: [[P:{q_io}]], [[T:{ph1}]].
Зарегистрировано в журнале под № [[R:{jr2}]].""",
    ),
    (
        505,
        "извещение о раненом в ДТП (58-ДТП-2/у), копия для ГИБДД",
        """ИЗВЕЩЕНИЕ о раненом в дорожно-транспортном происшествии, обратившемся или доставленном в медицинскую организацию (ф. 58-ДТП-2/у) № [[R:{notif}]]
1. Медицинская организация: {org}, ОГРН {ogrn}
2. Ф.И.О. пострадавшего: [[P:{p}]]   3. Дата рождения [[B:{bd_sh}]]   4. Пол {p_sx}
5. Адрес места жительства: [[A:{a1}]]
6. Дата и время ДТП: [[D:{t1}]] {tm1}; место: автодорога Р-21 «Кола», 1123 км
7. Дата и время обращения: [[D:{t1}]] {tm3}; доставлен бригадой СМП, вызов № [[R:{call}]]
8. Категория: пассажир; автомобиль {car}
9. Диагноз: {icd_tr}, {icd_tr2}; ИБ [[R:{ib}]]
Извещение передано в ОГИБДД [[D:{t2}]], принял инспектор [[P:{m_s}]], тел. [[T:{ph2}]]
Врач [[P:{d_s}]]""",
    ),
    (
        449,
        "извещение о раненом, скончавшемся в течение 30 суток после ДТП (58-ДТП-1/у)",
        """Извещение о раненом, скончавшемся в течение 30 суток после дорожно-транспортного происшествия (58-ДТП-1/у) № [[R:{notif2}]]
Первичное извещение 58-ДТП-2/у № [[R:{notif}]] от [[D:{told}]]
Ф.И.О.: [[P:{p_up}]]; дата рождения: [[B:{bd_w}]]; проживал{p_a} в [[A:{al2}]]
Дата ДТП: [[D:{t1}]]; дата поступления: [[D:{t1}]]; дата смерти: [[D:{t4}]]
Медицинское свидетельство о смерти серии {small}{small} № [[R:{death}]] от [[D:{t4}]]
Причина смерти: {icd_tr}; внешняя причина V43.5
ИБ [[R:{ib}]], отделение реанимации; лечащий врач [[P:{d_s}]]
Направлено в ГИБДД [[D:{t5}]] (исх. № {outno}); получатель — [[P:{m_i}]], [[E:{mo2}]]""",
    ),
    (
        450,
        "извещение о пострадавшем от несчастного случая на производстве и ответ работодателю",
        """ИЗВЕЩЕНИЕ о пострадавшем от несчастного случая на производстве № [[R:{notif}]] от [[D:{t1}]]
Пострадавший: [[P:{u}]], [[B:{bdu}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]]
Место жительства: [[A:{a1}]]
Работодатель: АО «Архангельский ЦБК», ИНН {inn_org}, КПП {kpp}; цех № {small}
Дата, время несчастного случая: [[D:{t1}]], {tm1}; обратился {tm2}
Диагноз: {icd_tr}; степень тяжести — лёгкая (схема по приказу Минздравсоцразвития от [[D:{ord_d}]] {ord_no})
ЭЛН [[R:{eln}]] открыт [[D:{t1}]]
—
Работодателю: справка о степени тяжести выдана [[D:{t3}]] представителю [[P:{w_s_dat}]] по доверенности; учтено в журнале под № [[R:{jr1}]].""",
    ),
    (
        477,
        "журнал регистрации больных туберкулёзом (03-ТБ/у), выгрузка в таблицу",
        """Журнал_03-ТБу_{qtr}кв2026.xlsx — лист «Регистр»
РегНомер;ДатаРег;ФИО;ДатаРожд;Пол;Адрес;СНИЛС;ТелефонКонтакт;Категория;МКБ
[[R:{tb}]];[[D:{t1_iso}]];[[P:{j1}]];[[B:{bj1_iso}]];{j1_sx};[[A:{a1}]];[[S:{sn}]];[[T:{ph1}]];впервые выявленный;{icd_tb}
[[R:{tb2}]];[[D:{t2_iso}]];[[P:{j2}]];[[B:{bj2_iso}]];{j2_sx};[[A:{a2}]];[[S:{sn2}]];[[T:{ph2}]];рецидив;{icd_tb2}
Всего строк: 2; выгружено [[D:{t4_iso}]] {tm1}""",
    ),
    (
        438,
        "извещение о больном с впервые выявленным туберкулёзом (089/у-туб), отсканированное и распознанное",
        """ИЗВЕЩЕНИЕ 0 БОЛЬНОМ С ВПЕРВЫЕ В ЖИЗНИ УСТАНОВЛЕННЫМ ДИАГНОЗОМ АКТИВНОГО ТУБЕРКУЛЕЗА (ф. 089/у-туб)
1. ФИ0: [[P:{p_ocr}]]
2. Пол: {p_sx}   3. Дата рожд.: [[B:{bd}]]
4. Адрес: [[A:{a1}]]
5. Полис 0МС [[O:{enp}]]   СНИЛС [[S:{sn}]]
6. Диагн0з: {icd_tb}, МБТ(+); дата устан0вления [[D:{t2}]]
7. Выявлен при профосмотре (флюорография [[D:{t1}]], № [[R:{smp}]])
8. Мед. карта № [[R:{amb_ocr}]]
Врач-фтизиатр [[P:{d_s}]]   Дата отправки [[D:{t3}]]
стр. 1 из 2""",
    ),
    (
        469,
        "извещение об установлении диспансерного наблюдения в противотуберкулёзном диспансере",
        """{org}, [[A:{ao}]], тел. [[T:{phc1}]]
ИЗВЕЩЕНИЕ № [[R:{notif}]] об установлении диспансерного наблюдения
Направляется в {org2} по месту прикрепления
Пациент: [[P:{p}]], [[B:{bd}]], адрес [[A:{a1}]]
Группа диспансерного наблюдения: IA; дата взятия [[D:{t2}]]
Номер карты диспансерного наблюдения [[R:{card}]]; регистрационный номер в журнале 03-ТБ/у [[R:{tb}]]
Контактные лица (обследовать): [[P:{q_s}]] (супруга), [[P:{c_s}]], [[B:{bdk}]] г.р.
Врач-фтизиатр [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        470,
        "извещение о прекращении диспансерного наблюдения в противотуберкулёзном диспансере (выбытие)",
        """ИЗВЕЩЕНИЕ о прекращении диспансерного наблюдения № [[R:{notif2}]] от [[D:{t3}]]
Пациент: [[P:{u}]], дата рождения [[B:{bdu_1}]], СНИЛС [[S:{sn}]]
Карта ДН № [[R:{card}]], взят{u_a} на учёт [[D:{told}]], группа IIIА
Причина прекращения: выбытие (переезд в [[A:{al1}]])
Новый адрес: [[A:{a2}]], тел. [[T:{ph1}]]
Сведения переданы в противотуберкулёзную службу по новому месту жительства [[D:{t4}]], исх. № {outno}
Зав. диспансерным отделением [[P:{h_s}]]""",
    ),
]
GENRES23 += [
    (
        465,
        "журнал учёта изъятий органов у доноров (008-1/у) и выписка для прокуратуры",
        """Журнал учёта изъятий органов (тканей) у доноров (ф. № 008-1/у)
Запись № [[R:{jr3}]] от [[D:{t1}]]
Донор: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; смерть мозга констатирована [[D:{t1}]] в {tm1}, протокол [[R:{act2}]]
Изъяты: почки, печень; акт изъятия [[R:{act}]]; код донора [[R:{don}]]
—
Выписка из журнала предоставлена по запросу прокуратуры {ovd} (исх. № {outno} от [[D:{t3}]]), вх. № [[R:{inc}]]. Родственник донора — [[P:{q}]], проживает в [[A:{al1}]], тел. [[T:{ph1}]]; сведений о несогласии не поступало.""",
    ),
    (
        463,
        "журнал регистрации поступления биопсийного материала: страница с шифрами и выдачей результатов",
        """Журнал регистрации поступления биопсийного (операционного) материала и выдачи результатов, ПАО {org}
рег. № | поступил | пациент, д.р. | № ИБ/карты | кол-во объектов | результат выдан
[[R:{bio}]] | [[D:{t1_dm}]] | [[P:{j1_s}]], [[B:{bj1}]] | [[R:{ib}]] | {cnt1} | [[D:{t3_dm}]], [[P:{j1_sur}]]
[[R:{bio2}]] | [[D:{t1_dm}]] | [[P:{j2_s}]], [[B:{bj2}]] | [[R:{amb}]] | {small} | [[D:{t4_dm}]], курьер [[P:{x_s}]]
Доставлено из {org2}; принял лаборант. Блоки и стёкла — в архиве, {arch}.""",
    ),
    (
        455,
        "сведения о больном для Федерального регистра ВЗН (гемофилия), отправленные в Минздрав",
        """СВЕДЕНИЯ О БОЛЬНОМ, представляемые для ведения Федерального регистра лиц, больных гемофилией, муковисцидозом, гипофизарным нанизмом, болезнью Гоше, ... (ВЗН)
Регистровый номер: [[R:{reg}]]
1. Ф.И.О.: [[P:{u}]]  2. Пол: мужской  3. Дата рождения: [[B:{bdu}]]
4. СНИЛС: [[S:{sn}]]  5. Полис ОМС: [[O:{enp}]]  ИНН: [[I:{inn}]]
6. Документ, удостоверяющий личность: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]]
7. Адрес регистрации: [[A:{a1}]]
8. Диагноз: D66, гемофилия А, тяжёлая форма; дата установления [[D:{told}]]
9. Направление на включение в регистр № [[R:{reg2}]] от [[D:{t1}]]
Ответственный: [[P:{d_s}]], [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        454,
        "журнал учёта выдачи направлений на включение в Федеральный регистр ВЗН",
        """Журнал учёта выдачи направлений на включение сведений о больном в Федеральный регистр (ВЗН), {org}
№ | дата | ФИО больного | дата рожд. | СНИЛС | нозология | № направления | получил
[[R:{jr1}]] | [[D:{t1}]] | [[P:{j1}]] | [[B:{bj1}]] | [[S:{sn}]] | E84.0 | [[R:{reg}]] | [[P:{j1_sur}]]
[[R:{jr2}]] | [[D:{t2}]] | [[P:{c}]] | [[B:{bdk}]] | [[S:{sn2}]] | E23.0 | [[R:{reg2}]] | мать [[P:{q_s}]]
Всего выдано в {qtr} квартале 2026 г.: {cnt1}. Ответственный [[P:{h_s}]].""",
    ),
    (
        453,
        "извещение об исключении сведений о больном из Федерального регистра ВЗН (в связи со смертью)",
        """ИЗВЕЩЕНИЕ об исключении сведений о больном из Федерального регистра № [[R:{notif}]]
Регистровый номер больного: [[R:{reg}]]
Ф.И.О.: [[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]]
Причина исключения: смерть [[D:{t1}]] (медицинское свидетельство о смерти № [[R:{death}]])
Последний адрес: [[A:{a1}]]
Основание: постановление Правительства РФ от [[D:{ord_d}]] № 404
Дата заполнения [[D:{t2}]]; врач [[P:{d_s}]]; руководитель [[P:{h_s}]]""",
    ),
    (
        447,
        "журнал регистрации результатов химико-токсикологических исследований (453/у-06)",
        """ЖУРНАЛ РЕГИСТРАЦИИ РЕЗУЛЬТАТОВ ХТИ (ф. 453/у-06), ХТЛ {org}
№ пробы | дата отбора | поступила | обследуемый | направление | результат | выдан
[[R:{smp}]] | [[D:{t1_sh}]] | [[D:{t1_sh}]] {tm1} | [[P:{j1_s}]] | к акту [[R:{act}]] | тетрагидроканнабинол обнаружен | [[D:{t2_sh}]]
[[R:{smp2}]] | [[D:{t1_sh}]] | [[D:{t2_sh}]] {tm2} | [[P:{j2_s}]] | к акту [[R:{act2}]] | не обнаружено | [[D:{t2_sh}]]
Метод: ГХ-МС; пороги по приказу Минздрава России от [[D:{ord_d}]] {ord_no}. Врач КЛД [[P:{d_s}]].""",
    ),
    (
        445,
        "журнал регистрации отбора биологических объектов (450/у-06), рукописный, после OCR",
        """Журнал регистрации отбора биологических объектов (ф. 450/у-06)
Лист {page}
[[D:{t1}]] {tm1} — отобрана моча, 60 мл, проба [[R:{smp}]]; [[P:{j1_s}]], [[B:{bj1}]], паспорт [[Q:{pas}]]; направил {ovd}, инсп. [[P:{m_s}]]
[[D:{t1}]] {tm2} — кровь 10 мл, проба [[R:{smp2}]]; [[P:{j2_s}]], [[B:{bj2}]]; отказ от подписи; акт мед. освидетельствования [[R:{act}]]
Пломбы № 11<<###>>, 11<<###>>.
Отобрал{s_a}: медсестра [[P:{s_s}]]""",
    ),
    (
        439,
        "карта персонального учёта на больного туберкулёзом, сочетанным с ВИЧ-инфекцией (263/у-ТВ)",
        """Карта персонального учёта на больного туберкулёзом, сочетанным с ВИЧ-инфекцией (ф. 263/у-ТВ) № [[R:{card}]]
Ф.И.О. [[P:{p}]]; пол {p_sx}; дата рождения [[B:{bd}]]
Адрес: [[A:{a_br}]]
Телефон [[T:{ph1}]]; СНИЛС [[S:{sn}]]
Код пациента в Центре СПИД: [[R:{amb2}]]; регистрационный № ТБ [[R:{tb}]]
ВИЧ выявлен [[D:{told}]]; ТБ — [[D:{t1}]] ({icd_tb}); CD4 {total} кл/мкл
АРВТ с [[D:{t2}]]; профилактика ко-тримоксазолом
Врач-фтизиатр [[P:{d_s}]]; врач-инфекционист [[P:{e_s}]]""",
    ),
    (
        435,
        "карта учёта профессионального заболевания, переданная в Роспотребнадзор",
        """КАРТА УЧЁТА ПРОФЕССИОНАЛЬНОГО ЗАБОЛЕВАНИЯ (ОТРАВЛЕНИЯ) № [[R:{card}]]
1. [[P:{u}]], [[B:{bdu}]]; СНИЛС [[S:{sn}]]
2. Адрес: [[A:{a1}]]
3. Место работы: АО «Кольская ГМК», профессия — машинист буровой установки, стаж {cnt1} лет
4. Диагноз: T75.2 (вибрационная болезнь), извещение № [[R:{notif}]] от [[D:{t1}]]
5. Акт о случае профессионального заболевания № [[R:{act}]] от [[D:{t3}]]
6. Санитарно-гигиеническая характеристика условий труда № {outno}
Карту заполнил: [[P:{m}]], специалист ТО Роспотребнадзора, [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        434,
        "извещение об установлении заключительного диагноза профзаболевания: копия работнику и письмо работодателю",
        """{org}, центр профпатологии, [[A:{ao}]]
ИЗВЕЩЕНИЕ № [[R:{notif}]] об установлении заключительного диагноза хронического профессионального заболевания
Работник: [[P:{p}]], [[B:{bd}]], [[A:{a1}]]
Работодатель: ООО «Вологодский лесопромышленный комплекс», ОГРН {ogrn}
Диагноз: H83.3 (нейросенсорная тугоухость), установлен [[D:{t2}]], протокол ВК [[R:{vk}]]
Предварительное извещение № [[R:{notif2}]] от [[D:{told}]]
Копия вручена работнику [[D:{t3}]] под подпись; [[P:{p_s}]]
Врач-профпатолог [[P:{d_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        430,
        "регистрационная карта больного ЗНО (030-ГРР), выгруженная из канцер-регистра",
        """КАНЦЕР-РЕГИСТР · Регистрационная карта (030-ГРР) · печать [[D:{t4}]] {tm1}
Рег. номер: [[R:{onko}]]
ФИО: [[P:{p_up}]]    Пол: {p_sx}    ДР: [[B:{bd}]]
СНИЛС: [[S:{sn}]]   ЕНП: [[O:{enp}]]
Адрес: [[A:{a1}]]
Телефон: [[T:{ph1}]]
Диагноз: {icd_onk}, T2N1M0, стадия IIB; дата установления [[D:{t1}]]
Морфология: гистология [[R:{bio}]] от [[D:{t1}]]
Источник: извещение ф. 090/у № [[R:{notif}]]
Онколог: [[P:{d_s}]]""",
    ),
]
GENRES23 += [
    (
        420,
        "журнал регистрации серологических исследований на сифилис (260/у), страница КДЛ",
        """Журнал регистрации серологических исследований (диагностика сифилиса), ф. 260/у — лаборатория {org}
№ анализа | дата | Ф.И.О. | год рожд. | откуда | РМП | ИФА сумм. | РПГА
[[R:{smp}]] | [[D:{t1_dm}]] | [[P:{j1_s}]] | {bj1_y} | ж/к № {small} | отр. | отр. | —
[[R:{smp2}]] | [[D:{t1_dm}]] | [[P:{j2_s}]] | {bj2_y} | ОПБ, ИБ [[R:{ib}]] | 2+ | положит. | 4+
Положительный результат [[P:{j2_s_gen}]] сообщён в КВД [[D:{t2}]], принял [[P:{e_s}]], тел. [[T:{phc1}]]
Итого за день: {cnt1}""",
    ),
    (
        414,
        "журнал регистрации анализов и их результатов (250/у) процедурного кабинета ФАП",
        """ФАП [[A:{ao}]] (тел. [[T:{ph_loc}]])
Журнал регистрации анализов и их результатов (ф. 250/у), [[D:{t1_w}]]
1) [[P:{j1_s}]], [[B:{bj1}]], [[A:{a1}]] — ОАК, глюкоза; пробирка [[R:{smp}]]; рез. получен [[D:{t2_dm}]]
2) [[P:{j2_s}]], [[B:{bj2}]], [[A:{a2}]] — ОАМ; [[R:{smp2}]]
Материал отправлен в КДЛ ЦРБ с водителем [[P:{x_s}]] в {tm2}. Фельдшер [[P:{s_s}]]""",
    ),
    (
        408,
        "журнал регистрации носильных вещей и ценностей в морге (191/у) и акт выдачи родственнице",
        """ЖУРНАЛ РЕГИСТРАЦИИ НОСИЛЬНЫХ ВЕЩЕЙ, ЦЕННОСТЕЙ И ДОКУМЕНТОВ В МОРГЕ (ф. 191/у)
Запись № [[R:{jr1}]] от [[D:{t1}]]; труп № [[R:{trup}]]
Умерш{p_ii}: [[P:{p}]], [[B:{bd}]]
Документы: паспорт [[Q:{pas}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Ценности: кольцо жёлтого металла — 1, часы «Восток» — 1, денежные средства {total} руб.
Одежда: куртка, брюки, ботинки (опись на {small} л.)
—
Выдано [[D:{t3}]] [[P:{q_dat}]], паспорт [[Q:{pas2}]], проживающей: [[A:{a2}]]. Выдал санитар [[P:{x_s}]]; претензий не имею — [[P:{q_s}]]""",
    ),
    (
        405,
        "журнал изолятора пионерского лагеря (125/у)",
        """ДОЛ «Северная звезда», [[A:{ao}]]
Журнал изолятора (ф. 125/у), смена {small}, медсестра [[P:{s_io}]], тел. [[T:{ph1}]]
№ | дата поступл. | ФИО ребёнка | д.р. | отряд | жалобы, диагноз | выбыл
1 | [[D:{t1_dm}]] {tm1} | [[P:{c_fi}]] | [[B:{bdk}]] | {small} | t 38,2, ОРВИ | [[D:{t2_dm}]], в отряд
2 | [[D:{t1_dm}]] {tm2} | [[P:{j1_fi}]] | [[B:{bk1}]] | {small} | рвота, A08.4 | [[D:{t1_dm}]], ЦРБ, ИБ [[R:{ib}]]
О случае 2 сообщено родителям: [[P:{q_io}]], [[T:{ph2}]], и в ТО Роспотребнадзора, экстренное извещение [[R:{notif}]]""",
    ),
    (
        403,
        "журнал учёта приёма детей в ясли (122/у)",
        """Журнал учёта приёма детей в ясли (ф. 122/у), МДОУ «Детский сад № {cnt1}», группа раннего возраста
№ п/п | Ф.И.О. ребёнка | дата рождения | дата поступления | домашний адрес | мать, телефон | мед. карта ф. 026/у
1 | [[P:{c}]] | [[B:{bdk}]] | [[D:{t1}]] | [[A:{a1}]] | [[P:{q_s}]], [[T:{ph1}]] | [[R:{card}]]
2 | [[P:{j1}]] | [[B:{bk1}]] | [[D:{t1}]] | [[A:{a2}]] | [[P:{g1_s}]], [[T:{ph2}]] | [[R:{card2}]]
Свидетельство о рождении ребёнка из строки 1 — [[C:{bc}]]. Сведения о прививках сверены с ф. 063/у; медсестра [[P:{s_s}]]""",
    ),
    (
        401,
        "журнал учёта приёма больных и рожениц в стационар ФАП (098/у)",
        """ФАП {vill} — журнал приёма больных и рожениц (ф. 098/у)
Запись [[R:{jr1}]]. [[D:{t1_w}]], {tm1}. [[P:{q}]], [[B:{bdq}]], проживает: [[A:{a1}]]. Роды вторые, срочные; ОАА нет. Обменная карта № [[R:{rod}]]. Вызвана бригада СМП ЦРБ ([[T:{phc1}]]), вызов [[R:{call}]]; роженица передана бригаде в {tm3}.
Запись [[R:{jr2}]]. [[D:{t2_w}]], {tm2}. [[P:{u}]], [[B:{bdu}]], [[A:{a2}]]. Гипертонический криз, АД 190/110. Оставлен в палате ФАП до утра; утром направлен в ЦРБ, амб. карта [[R:{amb}]].
Фельдшер [[P:{s}]]""",
    ),
    (
        397,
        "именной список призывников, направленных для систематического лечения (054/у), письмо в военкомат",
        """Военному комиссару [[A:{ao2}]] (исх. № {outno} от [[D:{t3}]])
ИМЕННОЙ СПИСОК ПРИЗЫВНИКОВ, направленных для систематического лечения (ф. 054/у), осенний призыв 2026 г.
№ | Ф.И.О. | дата рожд. | личный номер | адрес | диагноз | ЛПУ, № ИБ | срок
1 | [[P:{b1}]] | [[B:{bm1}]] | [[R:{mil}]] | [[A:{a1}]] | {icd1} | {org}, [[R:{ib}]] | до [[D:{t5}]]
2 | [[P:{b2}]] | [[B:{bm2}]] | [[R:{mil2}]] | [[A:{a2}]] | {icd2} | {org2}, [[R:{ib2}]] | до [[D:{t6}]]
Председатель ВВК [[P:{h_s}]]""",
    ),
    (
        373,
        "извещение о реакции у реципиента после трансфузии и ответ станции переливания крови",
        """ИЗВЕЩЕНИЕ о реакциях и осложнениях, возникших у реципиента в связи с трансфузией № [[R:{notif}]]
Реципиент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], отделение гематологии {org}
Трансфузия [[D:{t1}]] {tm1}: эритроцитная взвесь, {vol} мл, номер донации [[R:{dun}]], группа A(II) Rh+
Реакция в {tm2}: озноб, t 39,1, гемоглобинурия — подозрение на гемолитическую реакцию
Сообщено в СПК [[D:{t1}]] {tm3}, принял [[P:{e_s}]]
—
Ответ СПК от [[D:{t3}]]: донор с кодом [[R:{don}]] отстранён до выяснения; лот гемаконов {lot} проверен; повторное типирование образца реципиента [[R:{smp}]] — анти-Kell. Трансфузиолог [[P:{d_s}]], [[E:{mo}]]""",
    ),
    (
        366,
        "журнал учёта клинико-экспертной работы (035/у-02), заседание ВК",
        """ЖУРНАЛ УЧЁТА КЛИНИКО-ЭКСПЕРТНОЙ РАБОТЫ (ф. 035/у-02), {org}
Заседание ВК [[D:{t2}]]
№ протокола | пациент | д.р. | адрес | ЭЛН | решение
[[R:{vk}]] | [[P:{j1}]] | [[B:{bj1}]] | [[A:{a1}]] | [[R:{eln}]] | продление ЭЛН до [[D:{t5}]]
[[R:{vk2}]] | [[P:{j2}]] | [[B:{bj2}]] | [[A:{a2}]] | [[R:{eln2}]] | направить на МСЭ
Председатель ВК [[P:{h_s}]]""",
    ),
    (
        347,
        "выписка из протокола решения врачебной комиссии для аптеки (препарат по торговому наименованию)",
        """ВЫПИСКА ИЗ ПРОТОКОЛА РЕШЕНИЯ ВРАЧЕБНОЙ КОМИССИИ № [[R:{vk}]] от [[D:{t1_q}]] г.
{org}, [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]
Диагноз: {icd1}
Решение: в связи с непереносимостью МНН назначить по торговому наименованию на 6 мес.; рецепты формы 148-1/у-04(л) серии {rx_ser} № [[R:{rx}]], [[R:{rx2}]]
Председатель ВК [[P:{h_s}]]; секретарь [[P:{s_s}]]
Выписка выдана на руки [[D:{t2}]]""",
    ),
]
GENRES23 += [
    (
        337,
        "журнал регистрации микробиологических исследований на туберкулёз (255/у), выгрузка ЛИС",
        """LIS export · журнал 255/у · бак. лаборатория {org} · [[D:{t4_iso}]]
SampleID   | Received         | Patient          | DOB              | CardNo        | Material  | Micro | Culture
[[R:{smp}]] | [[D:{t1_iso}]] | [[P:{j1_lat}]] | [[B:{bj1_iso}]] | [[R:{card}]] | мокрота | КУМ+ | рост, {cnt1} КОЕ
[[R:{smp2}]] | [[D:{t1_iso}]] | [[P:{j2_lat}]] | [[B:{bj2_iso}]] | [[R:{card2}]] | мокрота | КУМ- | в работе
Positive result phoned to [[P:{d_s}]] ([[T:{phc1}]]) at {tm2}. Operator: [[P:{s_lat}]]
Rows: 2; LIS build 4.<<#>>; instrument BACTEC MGIT 960, SN {cnt2}<<####>>""",
    ),
    (
        322,
        "акт судебно-медицинского освидетельствования (173/у) по постановлению дознавателя",
        """АКТ СУДЕБНО-МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ № [[R:{sme}]]
Начат [[D:{t1}]] в {tm1}, окончен [[D:{t2}]]
На основании направления {ovd} (дознаватель [[P:{m_s}]]) от [[D:{t1}]], материал КУСП № [[R:{kusp}]]
в помещении СМ амбулатории {org} ([[A:{ao}]]) эксперт [[P:{d}]] произвёл освидетельствование
гр. [[P:{p_gen}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], проживающ{p_ei} в [[A:{al1}]].
Обстоятельства: со слов, [[D:{t1_wd}]] около {tm2} был{p_a} избит{p_a} соседями, один из которых — [[P:{x}]].
Повреждения: кровоподтёки лица (3), ссадины кистей; {icd_tr}.
Выводы: повреждения не причинили вреда здоровью (п. 9 Медицинских критериев, приказ Минздравсоцразвития от [[D:{ord_d}]] {ord_no}).
Эксперт [[P:{d_s}]]""",
    ),
    (
        314,
        "журнал записи вызовов скорой медицинской помощи (109/у), смена диспетчера",
        """Журнал записи вызовов СМП (ф. 109/у), подстанция № {small}, смена [[D:{t1}]]
№ вызова | время приёма | адрес вызова | больной, возраст | кто вызвал, тел. | повод | бригада
[[R:{jr1}]] | {tm1} | [[A:{a1}]] | [[P:{j1_s}]], {agej1} | сам, [[T:{ph1}]] | боль в груди | {small}
[[R:{jr2}]] | {tm2} | [[A:{a2}]] | [[P:{j2_s}]], {agej2} | дочь [[P:{q_io}]], [[T:{ph2}]] | падение | {small}
[[R:{jr4}]] | {tm4} | трасса М-8, 1<<##>> км | неизвестный | прохожий, [[T:{ph4}]] | ДТП | {small}
Диспетчер [[P:{s_s}]]; принято вызовов за смену: {total}""",
    ),
    (
        312,
        "журнал регистрации судебно-психиатрических экспертиз (105/у): запрос суда и ответ",
        """Председателю Ломоносовского районного суда (дело № 2-<<####>>/2026, исх. № {outno} от [[D:{t1}]])
На ваш запрос сообщаем: в журнале регистрации стационарной и амбулаторной СПЭ (ф. 105/у) {org} за 2026 г. значится запись № [[R:{jr2}]] от [[D:{t2}]]:
подэкспертн{p_yi} [[P:{p}]], [[B:{bd}]], проживающ{p_ii} по адресу: [[A:{a1}]];
вид экспертизы — амбулаторная комплексная психолого-психиатрическая; заключение № [[R:{sme}]] от [[D:{t3}]] направлено в суд [[D:{t4}]].
Копия заключения может быть выдана только по определению суда.
Вх. № запроса [[R:{inc}]]. Исполнитель [[P:{s_s}]], [[T:{phc1}]]; начальник экспертного отделения [[P:{h_s}]]""",
    ),
    (
        304,
        "извещение о больном наркоманией (091/у): сведения в наркологический диспансер",
        """ИЗВЕЩЕНИЕ о больном с впервые в жизни установленным диагнозом наркомании (ф. 091/у) № [[R:{notif}]]
В {org2}
1. [[P:{p}]] 2. [[B:{bd}]] 3. пол {p_sx}
4. Место жительства: [[A:{a1}]]
5. Документ: паспорт [[Q:{pas}]]
6. Диагноз {icd_narc}, установлен [[D:{t1}]]; наркологическая карта [[R:{card}]]
7. Выявлен: медицинское освидетельствование, акт [[R:{act}]] от [[D:{told}]]
Врач психиатр-нарколог [[P:{d_s}]], тел. [[T:{phc1}]]
Дата [[D:{t2}]]""",
    ),
    (
        293,
        "сводная ведомость учёта несчастных случаев, отравлений, травм (071-1/у) за квартал, с поимённым приложением",
        """СВОДНАЯ ВЕДОМОСТЬ учёта впервые выявленных несчастных случаев, отравлений, травм (ф. 071-1/у)
{org}, за {qtr} квартал 2026 г.
Код | наименование | всего | в т.ч. дети
S00–T98 | травмы, отравления | {total} | {cnt1}
T51.0 | токсическое действие этанола | {cnt2} | 0
W19 | падение | {cnt3} | {small}
Итого: {total} (стр. {page}–{pages}, строки 1–{line})
Приложение — поимённо (отравления детей):
1. [[P:{c}]], [[B:{bdk}]], [[A:{a1}]], ИБ [[R:{ib}]], {icd_tox}
2. [[P:{j1}]], [[B:{bk1}]], [[A:{a2}]], ИБ [[R:{ib2}]], T59.7
Составил статистик [[P:{s_s}]], [[T:{phc2}]]; [[D:{t6}]]""",
    ),
    (
        290,
        "книга записи работы юрисконсульта больницы (087/у): иски и претензии пациентов",
        """Книга записи работы юрисконсульта (ф. 087/у), {org}
[[D:{t1}]] — претензия [[P:{p_gen}]] (ИНН [[I:{inn}]], [[A:{a1}]], тел. [[T:{ph1}]]) о возмещении расходов на платные услуги, договор [[R:{card}]]; вх. № [[R:{inc}]]. Подготовлен ответ, исх. № {outno}.
[[D:{t2}]] — исковое заявление [[P:{q_gen}]] в суд (дело № 2-<<####>>/2026): некачественная помощь, ИБ [[R:{ib}]].
[[D:{t3}]] — запрос следователя СК о медицинской документации [[P:{u_gen}]], [[B:{bdu}]] г.р.; вх. № [[R:{inc2}]]; копии на {cnt1} л. направлены [[D:{t4}]].
Юрисконсульт [[P:{m_s}]]""",
    ),
    (
        289,
        "тетрадь учёта работы на дому патронажной медсестры (116/у), рукописная",
        """Тетрадь учёта работы на дому (ф. 116/у), участок № {small}, м/с [[P:{s_io}]]
[[D:{t1_dm}]] — [[P:{c_fi}]], [[B:{bdk}]], [[A:{a1}]] — патронаж новорожденного, вес {nb_wt} г
[[D:{t1_dm}]] — [[P:{j1_s}]], [[B:{bj1}]], [[A:{a2}]] — перевязка, инъекции; карта [[R:{amb}]]
[[D:{t2_dm}]] — [[P:{j2_s}]], [[A:{a3}]] — не застала; соседка сказала, живёт теперь в [[A:{al1}]]
[[D:{t3_dm}]] — [[P:{j3_s}]], [[A:{a_br}]] — измерение АД 150/90, передано участковому врачу
Всего посещений за неделю: {cnt1}""",
    ),
]
GENRES23 += [
    (
        288,
        "журнал медицинской комиссии по освидетельствованию водителей: страница и дубликат заключения",
        """Журнал медицинской комиссии по освидетельствованию водителей и кандидатов в водители, {org}
№ п/п | дата | Ф.И.О. | д.р. | адрес | паспорт | категории | № заключения (ф. 003-В/у)
1 | [[D:{t1}]] | [[P:{j1}]] | [[B:{bj1}]] | [[A:{a1}]] | [[Q:{pas}]] | B, C | серия {rx_ser} № [[R:{drv}]]
2 | [[D:{t1}]] | [[P:{j2}]] | [[B:{bj2}]] | [[A:{a2}]] | [[Q:{pas2}]] | B | серия {rx_ser} № [[R:{drv2}]]
Дубликат заключения № [[R:{drv}]] выдан [[D:{t4}]] взамен утерянного по заявлению [[P:{j1_s_gen}]]
Председатель комиссии [[P:{h_s}]]""",
    ),
    (
        284,
        "журнал регистрации посещения изолятора детской поликлиники (059/у)",
        """Журнал регистрации посещения изолятора детской поликлиники (ф. 059/у), {org}
[[D:{t1}]]
{tm1} — [[P:{c}]], [[B:{bdk}]], св-во о рожд. [[C:{bc}]], [[A:{a1}]]; сыпь, t 37,8 — подозр. ветряная оспа (B01.9); карта ф. 112/у [[R:{card}]]; экстренное извещение [[R:{notif}]]; мать [[P:{q_s}]], [[T:{ph1}]]
{tm2} — [[P:{j1}]], [[B:{bk2}]], [[A:{a2}]]; контакт по кори в школе № {cnt1}; карта [[R:{card2}]]
Изолятор обработан в {tm4}; медсестра [[P:{s_s}]]""",
    ),
    (
        255,
        "журнал регистрации поступления и выдачи тел умерших (015/у), страница морга больницы",
        """Журнал регистрации поступления и выдачи тел умерших (ф. 015/у), ПАО {org}, лист {page}
№ тела | поступило | Ф.И.О. умершего | д.р. | отделение, № ИБ | выдано | кому (документ)
[[R:{trup}]] | [[D:{t1}]] {tm1} | [[P:{j1}]] | [[B:{bj1}]] | кардиология, [[R:{ib}]] | [[D:{t2}]] | [[P:{j4_s_dat}]], паспорт [[Q:{pas}]]
[[R:{trup2}]] | [[D:{t1}]] {tm2} | [[P:{j2}]] | [[B:{bj2}]] | хирургия, [[R:{ib2}]] | [[D:{t3}]] | ритуальной службе по доверенности [[P:{x_s_gen}]]""",
    ),
    (
        251,
        "выписка из карты стационарного больного ЗНО (027-1/у) для онкодиспансера",
        """ВЫПИСКА из медицинской карты стационарного больного злокачественным новообразованием (ф. 027-1/у)
В {org2} (канцер-регистр)
[[P:{p}]], [[B:{bd}]], [[A:{a1}]]
ИБ [[R:{ib}]]; находил{p_sya} на лечении с [[D:{t1}]] по [[D:{t3}]]
Диагноз: {icd_onk}, pT3N0M0, стадия II; гистология [[R:{bio}]] от [[D:{t2}]]
Операция [[D:{t2}]]: гастрэктомия; протокол № [[R:{card}]]
Регистрационный номер в канцер-регистре [[R:{onko}]]
Лечащий врач [[P:{d_s}]], зав. отделением [[P:{h_s}]]; тел. [[T:{phc1}]]""",
    ),
    (
        247,
        "журнал записи родов в стационаре (010/у): запись и справка по запросу ЗАГС",
        """Журнал записи родов в стационаре (ф. 010/у), {org}
Запись № [[R:{jr2}]] от [[D:{t1}]]
Роженица [[P:{q}]], [[B:{bdq}]], история родов [[R:{rod}]]; адрес: [[A:{a1}]]; паспорт [[Q:{pas}]]
Роды [[D:{t1}]] в {tm1}: срочные, живой доношенный мальчик {nb_wt} г; Апгар 8/9
—
В отдел ЗАГС (запрос вх. № [[R:{inc}]] от [[D:{t4}]]): подтверждаем факт рождения ребёнка у [[P:{q_gen}]] [[D:{t1_w}]]; медицинское свидетельство о рождении № [[R:{cert}]]. Справку подготовил [[P:{h_s}]], [[T:{phc1}]]""",
    ),
    (
        243,
        "журнал учёта приёма беременных, рожениц и родильниц (002/у), ночная смена",
        """Журнал учёта приёма беременных, рожениц и родильниц (ф. 002/у), приёмное отделение {org}
Ночь на [[D:{t2_dm}]]
{tm1} | [[P:{g1}]], [[B:{bj1}]] | [[A:{a1}]] | обменная карта [[R:{rod}]] | 39 нед., схватки | госпитализирована, ИР [[R:{ib}]]
{tm3} | [[P:{q}]], [[B:{bdq}]] | [[A:{a3}]] | [[R:{rod2}]] | 41 нед., ложные схватки | отказ от госпитализации, подпись; тел. [[T:{ph1}]]""",
    ),
    (
        242,
        "журнал учёта больных, которым предоставлен лечебный отпуск (001-1/у), психиатрическая больница",
        """Журнал учёта больных, которым предоставлен лечебный отпуск (ф. 001-1/у), {org}
№ | Ф.И.О. | ИБ | отделение | отпуск с — по | куда (адрес), сопровождающий | возвратился
[[R:{jr1}]] | [[P:{j1}]] | [[R:{ib}]] | {small} | [[D:{t1_dm}]]–[[D:{t2_dm}]] | [[A:{a1}]], мать [[P:{g2_s}]], [[T:{ph1}]] | [[D:{t2_dm}]]
[[R:{jr2}]] | [[P:{j2}]] | [[R:{ib2}]] | {small} | [[D:{t1_dm}]]–[[D:{t3_dm}]] | [[A:{a2}]], брат | не возвратился, сообщено в {ovd} [[D:{t4}]]
Отпуск согласован с заведующим отделением.""",
    ),
    (
        227,
        "акт медицинского освидетельствования на состояние опьянения (307/у-05)",
        """АКТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ НА СОСТОЯНИЕ ОПЬЯНЕНИЯ № [[R:{act}]]
[[D:{t1_q}]] г.
1. Сведения об освидетельствуемом: [[P:{u}]], [[B:{bdu}]], [[A:{a1}]]; водительское удостоверение [[R:{drv}]]
2. Основание: протокол о направлении {ovd}, составил [[P:{m_s}]]
3. Начало освидетельствования {tm1}
13.1. Алкотектор «Юпитер», зав. № 0<<#####>>, поверка до [[D:{t5}]]; результат {tm2} — 0,<<##>> мг/л
13.2. Повторно {tm3} — 0,<<##>> мг/л
14. Отбор биологического объекта: моча, проба [[R:{smp}]]
17. Заключение: установлено состояние опьянения
Врач [[P:{d_s}]]; подготовка по программе ОНД, приказ Минздрава России от [[D:{ord_d}]] {ord_no}""",
    ),
    (
        211,
        "книга регистрации листков нетрудоспособности (036/у), страница с ЭЛН",
        """Книга регистрации листков нетрудоспособности (ф. 036/у), {org}, стр. {page}
№ ЛН | Ф.И.О. | пол | возраст | место работы | диагноз | открыт | закрыт | врач
[[R:{eln}]] | [[P:{j1}]] | {j1_sx} | {agej1} | ПАО «Северсталь» | {icd1} | [[D:{t1}]] | [[D:{t3}]] | [[P:{d_s}]]
[[R:{eln2}]] | [[P:{j2}]] | {j2_sx} | {agej2} | МБОУ СОШ № {cnt1} | J06.9 | [[D:{t1}]] | продлён | [[P:{e_s}]]
[[R:{eln3}]] | [[P:{q}]] | ж | {cnt2} | уход за [[P:{c_ins}]], [[B:{bdk}]] | {icd2} | [[D:{t2}]] | [[D:{t4}]] | [[P:{d_s}]]
Бланки на бумаге (резерв): {blank} 0<<#####>>–0<<#####>> не использованы.""",
    ),
]
GENRES23 += [
    (
        210,
        "книга записи вызовов врача на дом (031/у), участок терапевта",
        """Книга записи вызовов врача на дом (ф. 031/у), {org}, [[D:{t1_w}]]
№ | время | адрес | Ф.И.О. больного | возраст | телефон | повод | врач | отметка
[[R:{jr1}]] | {tm1} | [[A:{a1}]] | [[P:{j1}]] | {agej1} | [[T:{ph1}]] | t 38,5 | [[P:{d_s}]] | ЭЛН [[R:{eln}]]
[[R:{jr2}]] | {tm2} | [[A:{a2}]] | [[P:{j2}]] | {agej2} | [[T:{ph2}]] | АД | [[P:{d_s}]] | актив
[[R:{jr4}]] | {tm4} | [[A:{a_br}]] | [[P:{j4}]] | {agej4} | [[T:{ph_br}]] | слабость | [[P:{e_s}]] | передан в СМП
Вызовы принимает регистратура""",
    ),
    (
        190,
        "карта регистрации осложнения после вакцинации БЦЖ и экстренное извещение",
        """КАРТА РЕГИСТРАЦИИ БОЛЬНОГО С ОСЛОЖНЕНИЕМ ПОСЛЕ ИММУНИЗАЦИИ ТУБЕРКУЛЁЗНОЙ ВАКЦИНОЙ № [[R:{card}]]
Ребёнок: [[P:{c}]], [[B:{bdk}]]; свидетельство о рождении [[C:{bc}]]; адрес: [[A:{a1}]]
Мать: [[P:{q}]], тел. [[T:{ph1}]]
Вакцинация БЦЖ-М на 3-и сутки жизни в роддоме ({org2}), вакцина {lot}, годна до {exp_m}
Осложнение: подмышечный лимфаденит слева, выявлено [[D:{t1}]]; история развития ребёнка [[R:{amb}]]
Экстренное извещение ф. 058/у № [[R:{notif}]] передано [[D:{t1}]] в {tm1}
Диагноз: Y58.0; консультация фтизиатра [[P:{d_s}]] [[D:{t2}]]""",
    ),
    (
        184,
        "извещение о больном с впервые выявленным ЗНО (090/у) в электронном виде (ключ: значение)",
        """form=090u; notice_no=[[R:{notif}]]; created=[[D:{t2_iso}]]
patient.name=[[P:{p}]]
patient.birth=[[B:{bd_iso}]]
patient.snils=[[S:{sn}]]
patient.enp=[[O:{enp}]]
patient.addr=[[A:{a1}]]
patient.phone=[[T:{ph1}]]
dx.icd10={icd_onk}; dx.date=[[D:{t1_iso}]]; dx.stage=III
dx.morph=[[R:{bio}]]
case.ib=[[R:{ib}]]
author=[[P:{d_s}]]; author.email=[[E:{md}]]
mo.ogrn={ogrn}; mo.lic={lic}""",
    ),
    (
        183,
        "извещение о больном с ИППП (089/у-кв), сведения из частной клиники в КВД",
        """ООО «Медицинский центр „Норд“», [[A:{ao}]], лицензия {lic}
ИЗВЕЩЕНИЕ (ф. 089/у-кв) № [[R:{notif}]]
Пациент: [[P:{p}]], [[B:{bd}]], пол {p_sx}
Адрес: [[A:{a1}]]
Диагноз: {icd_sti}, установлен [[D:{t1}]]; лабораторно — ПЦР, проба [[R:{smp}]]
Источник заражения: со слов — случайная связь; контакт [[P:{x_fi}]], тел. [[T:{ph2}]] (сообщён пациентом)
Направлен в {org2} для лечения; амб. карта клиники [[R:{amb}]]
Врач-дерматовенеролог [[P:{d_s}]], тел. [[T:{phc1}]]; отправлено [[D:{t2}]]""",
    ),
    (
        166,
        "журнал учёта доноров (410/у) и SMS-приглашение донору",
        """Журнал учёта доноров (ф. 410/у), {org}
Донор [[R:{don}]]: [[P:{u}]], [[B:{bdu}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]] (для налогового вычета)
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; e-mail [[E:{m1}]]
Донации: [[D:{t1}]] — плазма 600 мл, № [[R:{dun2}]]
Отвод временный (вакцинация)
—
SMS {tm1} от DONOR-YAR на [[T:{ph1}]]: «[[P:{u_io}]], ваш отвод заканчивается [[D:{t6_wd}]]. Запись на донацию: [[T:{phc1}]]. Код донора [[R:{don}]]»""",
    ),
    (
        157,
        "журнал учёта профилактических прививок (064/у), страница кабинета иммунопрофилактики",
        """Журнал учёта профилактических прививок (ф. 064/у), {org}, лист {page}
№ п/п | дата | Ф.И.О. | д.р. | адрес | вакцина, серия | доза | реакция
1 | [[D:{t1_sh}]] | [[P:{c}]] | [[B:{bdk}]] | [[A:{a1}]] | АКДС, {lot} | 0,5 | нет
2 | [[D:{t1_sh}]] | [[P:{j1}]] | [[B:{bj1}]] | [[A:{a2}]] | Гам-КОВИД-Вак, {lot} | 0,5 | t 37,4
3 | [[D:{t2_sh}]] | [[P:{j2}]] | [[B:{bj2}]] | [[A:{a3}]] | АДС-М | 0,5 | нет
Сертификат прививок [[P:{j1_s_gen}]] № [[R:{vacc}]] заполнен. Итого за день: {cnt1}; сверка с ф. 063/у [[D:{t3}]]""",
    ),
    (
        156,
        "журнал учёта профессиональных заболеваний центра профпатологии, выгрузка CSV",
        """journal_profzab_2026.csv
"рег_номер","дата_рег","фио","дата_рожд","снилс","адрес","работодатель","мкб","№ извещения"
"[[R:{jr1}]]","[[D:{t1}]]","[[P:{j1}]]","[[B:{bj1}]]","[[S:{sn}]]","[[A:{a1}]]","АО «Апатит»","J67.0","[[R:{notif}]]"
"[[R:{jr2}]]","[[D:{t2}]]","[[P:{j2}]]","[[B:{bj2}]]","[[S:{sn2}]]","[[A:{a2}]]","ООО «Ухтанефть»","{icd_occ}","[[R:{notif2}]]"
# строк: 2; выгружено [[D:{t4}]] {tm1}""",
    ),
    (
        155,
        "журнал учёта приёма пациентов и отказов в госпитализации (001/у): отказ и справка для страховой",
        """Журнал учёта приёма пациентов и отказов в оказании медицинской помощи в стационарных условиях (ф. 001/у), {org}
Запись № [[R:{jr3}]], [[D:{t1}]] {tm1}
[[P:{p}]], [[B:{bd}]], полис ОМС [[O:{enp}]], паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]; доставлен{p_a} СМП, вызов [[R:{call}]]
Диагноз направившего: {icd_tr}. Осмотрен дежурным хирургом [[P:{d_s}]]; в госпитализации не нуждается; амб. карта [[R:{amb}]]
Отказ от госпитализации: нет — рекомендовано наблюдение в поликлинике
—
По запросу СМО (вх. № [[R:{inc}]] от [[D:{t3}]]): подтверждаем обращение [[P:{p_gen}]] [[D:{t1}]]. Экспертиза ЭКМП, акт [[R:{act}]].""",
    ),
    (
        152,
        "журнал регистрации переливания трансфузионных сред (009/у), отделение реанимации",
        """Журнал регистрации переливания трансфузионных сред (ф. 009/у), ОРИТ {org}
дата | Ф.И.О. реципиента | ИБ | группа | среда | № донации | объём | перелил | реакция
[[D:{t1}]] | [[P:{j1}]] | [[R:{ib}]] | O(I) Rh− | эр. взвесь | [[R:{dun}]] | {vol} | [[P:{d_s}]] | нет
[[D:{t2}]] | [[P:{j1}]] | [[R:{ib}]] | O(I) Rh− | эр. взвесь | [[R:{dun3}]] | {vol} | [[P:{d_s}]] | озноб — извещение [[R:{notif}]]
Контейнеры, {lot}, хранятся 48 ч. Трансфузиолог [[P:{h_s}]]""",
    ),
    (
        151,
        "журнал регистрации медицинских освидетельствований на состояние опьянения, запрос ГИБДД",
        """Начальнику ОГИБДД {ovd}
На запрос исх. № {outno} от [[D:{t3}]] (вх. № [[R:{inc}]]) сообщаем сведения из журнала регистрации медицинских освидетельствований на состояние опьянения {org}:
— запись № [[R:{jr1}]] от [[D:{t1}]], {tm1}: освидетельствуем{p_yi} [[P:{p}]], [[B:{bd}]], [[A:{a1}]]; акт № [[R:{act}]]; заключение — установлено состояние опьянения; ХТИ проба [[R:{smp}]];
— запись № [[R:{jr2}]] от [[D:{t1}]], {tm2}: [[P:{j2}]], [[B:{bj2}]]; акт № [[R:{act2}]]; от освидетельствования отказал{j2_sya}.
Копии актов прилагаются на {cnt1} л. Главный врач [[P:{h_s}]]""",
    ),
    (
        150,
        "журнал регистрации и выдачи медицинских справок (086-2/у), регистратура",
        """Журнал регистрации и выдачи медицинских справок (ф. № 086/у и № 086-1/у) — ф. 086-2/у, {org}
№ справки | дата выдачи | Ф.И.О. | д.р. | адрес | куда | форма | получил
[[R:{cert}]] | [[D:{t1}]] | [[P:{j1}]] | [[B:{bj1}]] | [[A:{a1}]] | ПетрГУ | 086/у | [[P:{j1_sur}]]
[[R:{cert3}]] | [[D:{t2}]] | [[P:{c}]] | [[B:{bdk}]] | [[A:{a3}]] | школа № {cnt1} | 086-1/у | мать [[P:{q_s}]]
Выдано за неделю: {cnt2}; регистратор [[P:{s_s}]]""",
    ),
]
GENRES23 += [
    (
        147,
        "журнал регистрации амбулаторных больных (074/у) травмпункта, фото страницы после OCR",
        """[скан, стр. {page}] ЖУРНАЛ РЕГИСТРАЦИИ АМБУЛАТ0РНЫХ БОЛЬНЫХ ф.074/у
[[D:{t1_dm}]] {tm1} [[P:{j1_up}]] [[B:{bj1}]] [[A:{a1}]] травмкарта [[R:{card}]] {icd_tr}
[[D:{t1_dm}]] {tm2} [[P:{j2_up}]] [[B:{bj2}]] [[A:{a2}]] тр.к. [[R:{card2}]] S52.5 гипс
[[D:{t1_dm}]] {tm3} [[P:{p_brk}]] [[B:{bd}]] [[A:{a3}]] т/к [[R:{ib_ocr}]] укус собаки, КОКАВ
тел. родств. [[T:{ph_br}]]
[неразборчиво] итого за сутки {cnt1}""",
    ),
    (
        137,
        "журнал регистрации свидетельствуемых в судебно-медицинской амбулатории (182/у)",
        """Журнал регистрации свидетельствуемых (ф. 182/у), СМ амбулатория {org}
рег. № | дата | свидетельствуемый, д.р. | адрес | направлен | документ | № акта
[[R:{jr1}]] | [[D:{t1}]] | [[P:{j1}]], [[B:{bj1}]] | [[A:{a1}]] | {ovd} | паспорт [[Q:{pas}]] | [[R:{sme}]]
[[R:{jr3}]] | [[D:{t2}]] | [[P:{c}]], [[B:{bdk}]] (с матерью [[P:{q_ins}]]) | [[A:{a3}]] | КДН | свид. о рожд. [[C:{bc}]] | [[R:{sme3}]]
Эксперт [[P:{d_s}]]""",
    ),
    (
        136,
        "журнал регистрации трупов в судебно-медицинском морге (181/у): запрос родственника и ответ",
        """Начальнику ГБУЗ «Бюро СМЭ» от [[P:{q_gen}]], проживающей: [[A:{a1}]], тел. [[T:{ph1}]]
Заявление. Прошу сообщить, поступало ли в морг тело моего брата [[P:{u_gen}]], [[B:{bdu}]] г.р., пропавшего [[D:{t1}]].
[[P:{q_s}]], [[D:{t3}]]
—
Ответ: по журналу регистрации трупов (ф. 181/у) [[D:{t2}]] поступил неопознанный труп мужчины, рег. № [[R:{trup}]]; для опознания явиться с паспортом в {tm2}. Сведения о розыске — {ovd}, КУСП [[R:{kusp}]].
Эксперт [[P:{d_s}]], [[T:{phc1}]]""",
    ),
    (
        75,
        "извещение на ребёнка с врождённым пороком развития (025-11/у-98) в региональный регистр",
        """ИЗВЕЩЕНИЕ на ребёнка с врождёнными пороками развития (ф. 025-11/у-98) № [[R:{notif}]]
Ребёнок: [[P:{c}]], дата рождения [[B:{t1}]], пол {c_sx}, масса {nb_wt} г
Мать: [[P:{q}]], [[B:{bdq}]], [[A:{a1}]], тел. [[T:{ph1}]]
Диагноз: {icd1} (ВПС), выявлен пренатально на сроке 20 нед.; история развития новорожденного [[R:{rod}]]
Медицинское свидетельство о рождении № [[R:{cert}]]; свидетельство о рождении (ЗАГС) [[C:{bc}]] от [[D:{t3}]]
Направлено в регистр ВПР [[D:{t2}]]; регистровый № [[R:{reg}]]; врач-неонатолог [[P:{d_s}]]""",
    ),
    (
        72,
        "экстренное извещение об остром отравлении химической этиологии (58-1/у), передача по телефону",
        """Экстренное извещение о случае острого отравления химической этиологии (ф. 58-1/у) № [[R:{notif}]]
1. [[P:{p}]], [[B:{bd}]], пол {p_sx}
2. Адрес: [[A:{a1}]]
3. Дата отравления [[D:{t1}]] {tm1}; обращение [[D:{t1}]] {tm2}
4. Вещество: метанол (суррогат), место приобретения — со слов, у [[P:{x_fi_gen}]]
5. Диагноз {icd_tox}; ИБ [[R:{ib}]]
6. Исход: выздоровление
Передано в ТО Роспотребнадзора по тел. [[T:{phc2}]] [[D:{t1}]] в {tm3}; принял [[P:{m_s}]]. Сообщил [[P:{d_s}]]. Всего в районе с начала года: {cnt1}.""",
    ),
    (
        353,
        "копия медицинского свидетельства о смерти, выданная по запросу нотариуса (архивная выписка)",
        """Нотариусу нотариального округа [[P:{m_dat}]], на запрос вх. № [[R:{inc}]] от [[D:{t4}]]
Архивная справка. По данным корешков медицинских свидетельств о смерти за {told_y} г. (архивный шифр {arch}):
медицинское свидетельство о смерти серии {small}{small} № [[R:{death}]] от [[D:{told}]] выдано на умерш{p_ego} [[P:{p_acc}]], [[B:{bd}]], последнее место жительства: [[A:{a1}]].
Получатель: [[P:{q}]], паспорт [[Q:{pas}]], ИНН [[I:{inn}]].
Причина смерти: I. а) {icd1}.
Дубликат не выдавался. Архивариус [[P:{s_s}]]; тел. [[T:{phc1}]]""",
    ),
    (
        484,
        "список лиц, подлежащих периодическому осмотру, присланный работодателем",
        """ООО «Карельский окатыш», ИНН {inn_org}, ОГРН {ogrn}
СПИСОК лиц, подлежащих периодическому медицинскому осмотру в 2026 г. (приказ Минздрава России от [[D:{ord_d}]] {ord_no})
№ | Ф.И.О. | дата рождения | СНИЛС | профессия | вредный фактор (пункт)
1 | [[P:{j1}]] | [[B:{bj1}]] | [[S:{sn}]] | машинист экскаватора | 4.1, 4.4
2 | [[P:{j2}]] | [[B:{bj2}]] | [[S:{sn2}]] | электросварщик | 1.37.1.1, 4.3.2
3 | [[P:{j3}]] | [[B:{bj3}]] | [[S:{sn3}]] | лаборант | 1.1.4.6
Итого: 3 чел. из {total}. Ответственный по ОТ [[P:{w}]], [[T:{ph1}]], [[E:{m2}]]""",
    ),
    (
        111,
        "сведения о лекарственных средствах, выписанных льготникам (030-Р/у), квартальный реестр в ТФОМС",
        """Реестр сведений о ЛС, выписанных и отпущенных гражданам, имеющим право на НСУ (ф. 030-Р/у), за {qtr} кв. 2026 г.
ЛПУ: {org}; ОГРН {ogrn}
СНИЛС;ФИО;ДР;Полис;Серия;№ рецепта;Дата;МНН;Кол-во
[[S:{sn}]];[[P:{j1}]];[[B:{bj1}]];[[O:{enp}]];{rx_ser};[[R:{rx}]];[[D:{t1}]];метформин;2
[[S:{sn2}]];[[P:{j2}]];[[B:{bj2}]];[[O:{enp2}]];{rx_ser};[[R:{rx2}]];[[D:{t2}]];бисопролол;1
Итого записей: 2; сумма {total},<<##>> руб. Исполнитель [[P:{s_s}]], [[E:{mo}]]""",
    ),
    (
        488,
        "журнал регистрации и учёта специальных рецептурных бланков: выдача рецептов пациентам",
        """Журнал регистрации и учёта специальных рецептурных бланков на наркотические средства, {org}
Получено 100 бланков серии {rx_ser} от [[D:{told}]] (приходный ордер № {cnt2})
дата | № рецепта | пациент | адрес | амб. карта | врач | примечание
[[D:{t1}]] | [[R:{rx}]] | [[P:{j1}]] | [[A:{a1}]] | [[R:{amb}]] | [[P:{d_s}]] | морфин
[[D:{t2}]] | [[R:{rx2}]] | [[P:{j2}]] | [[A:{a2}]] | [[R:{amb2}]] | [[P:{d_s}]] | трамадол; получил(а) родственник [[P:{x_s}]]
[[D:{t3}]] | {rx3} | — | — | — | — | испорчен, акт списания
Остаток бланков: {cnt1}.""",
    ),
]


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


def kind_of(recid: int, genre: str) -> str:
    name, form, _type = DOCS23[recid]
    f = f"ф. {form}; " if form else ""
    return f"{name} ({f}Виды медицинской документации, 1.2.643.5.1.13.13.11.1522 v7.24, RECID {recid}): {genre}"


def source_of(recid: int) -> str:
    name, form, typ = DOCS23[recid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1522 v7.24 (Виды медицинской документации), RECID {recid}, "
        f"Name «{name}», Form «{form or '—'}», TYPE «{typ}»"
    )


TEMPLATES = GENRES23


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    rows = [t[0] for t in TEMPLATES]
    assert len(rows) == len(set(rows)), "one kind per directory row"
    assert set(rows) == set(DOCS23), "every row listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(r, g) for r, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for recid, genre, template in TEMPLATES:
            doc = build(
                render(rng, template, {}),
                kind_of(recid, genre),
                source_of(recid),
                f"blind23_{len(docs):04d}",
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
