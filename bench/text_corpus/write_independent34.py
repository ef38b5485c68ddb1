"""Write ``independent34.jsonl``: the thirty-fourth blind corpus, 2026-12-07 — the paperwork
of instrumental diagnostics and imaging around one patient's study, in the Volga region and
the Urals.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``,
``bench/text_recognizer_time.py``), the ``ozero`` CLI or any de-identifier or recognizer on
this corpus or on anything. What was read, and the slips, said here so that nobody takes this
corpus for blinder than it is:

* Of ``bench/text_deid.py``: ``grep -n`` for the line numbers of the docstring's end,
  ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA``, ``blind_half`` and the ``blind29`` and
  ``blind33`` entries (the matching lines only); ``awk`` for the number of the first line after
  ``blind_half`` (it printed only that number); the docstring's lines 488–530 (the end of the
  ``blind28`` bullet, the ``blind29`` bullet and the start of the ``blind30`` one) and 605–670
  (the end of the ``blind32`` bullet, the ``blind33`` bullet, ``names1``/``names2``, span
  matching, recall and precision, speed, usage); lines 962–1111 (``REPORTED``,
  ``DEV_SECTIONS``, the comment before and the whole of ``BLIND_CORPORA``, and
  ``blind_half``), to wire the corpus in; ``blind_half`` was imported once, to count the
  halves. Nothing else of the file was printed.
* Slip: ``git worktree add`` printed the subject of the commit it checked out (``HEAD is now
  at 3b6eb19 …``): a CI change (per-test wall time, xdist worker and group logged to
  ``$OZERO_TIMING_LOG``; ``.ci/run`` printing each worker's busy seconds; stop 37's CI time).
  Nothing about the recognizers or any score; it was not looked for and nothing here aims at
  it.
* Slip: after the first commit of this corpus, ``git log -1 --format=%H`` was run to read
  that commit's hash (it printed the hash only, no message and no other commit); the commit
  was then amended to add this line, and ``git rev-parse`` was used instead.
* Slip: one ``ls bench/text_corpus/`` (filtered to hide the ``independent*`` files) listed
  the file names of the other writers (``write_independent4``–``33``), ``blind_corpus.py``,
  ``blind_corpus3.py``, ``families.py``, ``generate.py``, ``markup.py`` and
  ``primitives.py``; names only, none of them was opened.
* ``bench/text_corpus/write_independent29.py``: its docstring whole, its code from the
  imports to ``render`` with its first templates (lines 1–1900), a ``grep`` of its ``def``
  and constant lines, and its code from the end of its ``FINDINGS29`` table to ``main``
  (lines 2540–2714); the rest of its templates was not read. ``write_independent33.py``: its docstring's first 140 lines (what its writer
  read, what it copied, its kinds, and the start of the restated rules) and a ``grep`` for
  its docstring's end. ``write_independent19.py`` and ``write_independent32.py`` were not
  opened (only their line counts were printed by ``wc -l``); no other writer was opened.
* The ``kind`` values of ``independent*.jsonl`` (the corpora present when this was written,
  2,317 kinds) were read by a scratch script only to avoid them, compared
  case-insensitively: it printed their count, the IDs of this directory's rows that earlier
  kinds name through its OID (76) and the IDs of the 106 rows whose ID, FULLNAME or NMU code
  an earlier kind contains; all of those rows were left out. No other content of those files
  was read.
* The directory's rows were read from
  ``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1471_2.38_part1`` and its
  ``_passport`` (fields ``ID``, ``FULLNAME``, ``METHOD``, ``ANATOMIC_FIELD``, ``NMU``).

**Copied verbatim from corpus 29** (which had them from corpora 13–19): the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``,
``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, ``shape29``,
``render`` (drawing ``fillers34``), the self-check ``check`` with ``SUSPICIOUS`` and its
checksum helpers (one change: the version words it skips are corpus 34's,
``VERSION_WORDS34``), ``serialize`` and ``main``; the structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers, an extra self-check
of the corpus's own writings). **Written fresh for corpus 34**: the name lists (Russians,
Tatars, Bashkirs, Chuvash, Mari, Udmurts, Mordvins, Kazakhs, Volga and Ural Germans, a few
foreign citizens, foreign consultants in Latin) and their DICOM writings (``dcm34``:
«GARIFULLIN^RINAT^ILDAROVICH», «Гарифуллин^Ринат^Ильдарович»), the towns, streets and
villages of Tatarstan, Bashkortostan, Samara, Saratov, Nizhny Novgorod, Perm, Sverdlovsk,
Chelyabinsk, Orenburg, Udmurtia, Chuvashia, Mari El and Mordovia (``addr34`` and friends),
phones (``mob34``, ``city34``, ``brk34``), e-mails, passports (``pas34``), every number the
genre gives to the patient, one study or one sample (``REC34``: accession numbers, RIS/PACS
patient IDs, requested procedure and scheduled step IDs, DICOM Study IDs and UIDs, study
protocols, case histories and outpatient cards, OMS referrals, VMP tickets, teleradiology
and second-opinion requests, biopsy referrals and jars, histology registrations, CD
receipts, Holter, ABPM, ECG, spirometry and sleep studies, fluorograms, screening numbers,
dose cards, portal codes and requests, contracts, allergy passports), the genre's hard
negatives (DICOM tags, VRs and lengths, standard UIDs and OID roots, series and instance
numbers, kV, mA, mAs, CTDIvol, DLP, DAP, slice thickness, BI-RADS, Lung-RADS, TI-RADS and ACR
density, T-scores, heart rates and intervals, spirometry values, activities of
radiopharmaceuticals, device models and serials, AE titles and station names, IP addresses,
rooms, contrast lots and expiry months, НМУ service codes and the directory's own row IDs,
ICD-10, orders, cash receipts, queue tickets, washer cycles), the organisations, the date
writings (``dates34``: DICOM «20260314», «Mar 14, 2026», «14-03-2026», «2026/03/14») and
every template, and the extra self-check ``check34``.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «Федеральный
справочник инструментальных диагностических исследований» (ФСИДИ, OID
1.2.643.5.1.13.13.11.1471, version 2.38; ``ID``, ``FULLNAME``, ``METHOD``, ``ANATOMIC_FIELD``
and ``NMU`` as its ``_passport`` describes them, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1471_2.38_part1``): 70 studies of
CT, MRI, X-ray and fluoroscopy, a targeted mammogram and a stereotactic breast biopsy,
ultrasound, endoscopy and capsule endoscopy, ECG, Holter with ABPM, stress tests,
spirometry, sleep studies and nuclear medicine (scintigraphy, PET), none of whose ID, name
or NMU code an earlier corpus's kind names, each in one genre of the paperwork around one
patient's study (RIS worklists and modality worklist dumps, DICOM header dumps, radiology
reports and second-opinion requests, teleradiology orders and answers, Holter and ABPM
printouts, ECG machine headers, endoscopy protocols with biopsy jars, contrast consent and
allergy forms, dose logs, double-reading sheets, fluorography registers, OMS and VMP
referrals, CD receipts, PACS audit logs and C-MOVE logs, portal messages, chats and SMS
reminders). The kind is «FULLNAME (ФСИДИ, 1.2.643.5.1.13.13.11.1471 v2.38, ID N): GENRE»;
the ``source`` names the directory entry. One study and one template per kind (no template
is shared).

Emphasis: the NUMBERS of the patient (accession numbers, RIS/PACS patient IDs, requested
procedure and step IDs, Study IDs and Study/Series/SOP Instance UIDs, protocols, case
histories and outpatient cards, referral and quota numbers, biopsy jars and histology
registrations, CD receipts, device study numbers; in tables, dumps, logs, URLs, split across
lines) beside SNILS, ENP and passports in referral and consent forms; phones; names,
including the DICOM caret writing and Latin transliterations; dates (study date and time,
birth dates, DICOM «20260314»); and precision under the dense hard negatives of imaging and
functional diagnostics printed right beside them.

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

Judgement calls added for corpus 34 (NEW; written here before any template was written; they
apply the rules above to the paperwork of instrumental diagnostics and imaging):

* (new) A Study, Series or SOP Instance UID of one patient's study, series or image is
  RECORD_ID, the whole dotted UID one span, wherever it stands (a DICOM dump, a worklist, a
  RIS export, a viewer's URL, a teleradiology request, a C-MOVE log; broken across two lines,
  one span with the break), as corpora 13 and 19 ruled. Not labelled: the UIDs of the DICOM
  standard («1.2.840.10008.…»: SOP Class, Transfer Syntax), the Implementation Class UID, an
  organisation's bare OID root standing alone («1.2.643.5.1.13.13.12.2.16.1080» as an Issuer
  of Patient ID or a PACS setting), the directory's OID and its row ID («ФСИДИ 7001902»:
  directory codes, corpus 12).
* (new) In a DICOM dump or a viewer's tag list a caret name («GARIFULLIN^RINAT^ILDAROVICH»,
  «Гарифуллин^Ринат^Ильдарович», «SAFIN^AZAT») is one PERSON span from its first letter to its
  last (empty trailing components «^^» stay outside). (0010,1001) Other Patient Names,
  (0032,1032) Requesting Physician, (0040,0006) Scheduled Performing Physician's Name and
  (0008,1060) Name of Physician(s) Reading Study are PERSON; (0010,1040) Patient's Address
  and (0008,0081) Institution Address are ADDRESS; (0010,2154) Patient's Telephone Numbers is
  PHONE; (0040,2016) Placer and (0040,2017) Filler Order Number of one patient's imaging
  order and (0040,0253) Performed Procedure Step ID are RECORD_ID (corpus 17's placer and
  filler numbers). Not labelled: (0010,0021) Issuer of Patient ID, (0008,0080) Institution
  Name, (0020,0011) Series Number, (0020,0013) Instance Number, (0020,1002) Images in
  Acquisition, (0018,0050) Slice Thickness, (0018,0060) KVP, (0018,1151) X-Ray Tube Current,
  (0018,9345) CTDIvol, (0008,1010) Station Name, (0018,1000) Device Serial Number, Patient's
  Age («047Y»), Size and Weight.
* (new) A multi-valued DICOM element (values split by a backslash) has one span per value. A SNILS
  or an ENP stored as a Patient ID or an Other Patient ID is labelled by what it is (SNILS,
  ENP), not RECORD_ID.
* (new) A patient's number inside a URL or a query string («…/viewer?acc=КТ26-004512»,
  «…&StudyInstanceUID=1.2.643…») is labelled alone, the value only; the scheme, host, path,
  port and parameter names are not labelled.
* (new) A biopsy jar's or a sample's code that carries one patient's referral or registration
  number («Б26-04512/2», «04512-3») is RECORD_ID, one span with its suffix (corpus 29's
  aliquot); a bare jar ordinal within one procedure («флакон № 2», «маркировка 1–4»), a
  cassette's place and a washer-disinfector's cycle are not labelled (counters, corpus 19).
* (new) An allergy passport («паспорт больного аллергическим заболеванием № …») is a medical
  document of one person: RECORD_ID, not PASSPORT. A pacemaker's or an implant's «паспорт
  изделия» and serial are a thing's (corpus 10): not labelled; the ЭКС card's number is
  RECORD_ID (corpus 11).
* (new) An individual dose card, the registration number of one patient's entry in an X-ray
  room's or a radionuclide laboratory's journal and a fluorogram's number are RECORD_ID
  (corpora 11 and 17); the journal's row counter («№ п/п»), effective doses in mSv, DAP and
  the film or batch of a reading session («пакет № 14») are not labelled.
* (new) A mammography screening number and a double-reading sheet of one woman are
  RECORD_ID; a reader's place («1-й чтец»), BI-RADS, ACR density and the reading workstation
  are not labelled.
* (new) Quota and referral: the VMP ticket («16.0000.04512.123») and an OMS referral's
  number (also the regional referral service's one) are RECORD_ID (corpus 15); the VMP type
  and group codes («вид 16.00.30.002», «группа 21»), КСГ and tariff codes, a waiting list's
  position and a schedule slot are not labelled.
* (new) A device's study number, the patient ID typed at the console of a Holter, ABPM,
  ECG, spirometry, polygraphy or FibroScan software and the receipt for a recorder handed to
  one patient are RECORD_ID (corpus 19); recorder, cuff, capsule, probe and endoscope
  serials and inventory numbers, channels, measurement counters («измерение № 37»),
  software versions, filters, speeds and amplitudes are not labelled.
* (new) Dates: DICOM DA «20260314» and the head of a DICOM DT «20260314084512.000» are DATE
  (corpus 19); so are «Mar 14, 2026» (an English viewer), «14-03-2026», «2026/03/14»,
  «14.03.26» and a date without its year in a worklist, a Holter's hourly table or an SMS
  («14.03», corpus 17). DICOM times «084512», «08:45:12» are not labelled.
* (new) AE titles and station names («RKB_CT2», «KT_KAB114»), modalities («CT», «MR»,
  «NM»), a PACS node's IP address and port, a viewer's host name, a queue ticket, a room
  and a schedule slot are not labelled.
* (new) A contract for paid services with one patient is RECORD_ID (corpus 10); the cash
  receipt's number, the fiscal sign (ФП), the shift and the invoice are not labelled.
* (new) A military commissariat's request about one conscript: its outgoing number stays
  unlabelled, the incoming number given to it and the conscript's military ID («АК
  1234567») are RECORD_ID (corpora 11 and 15).

Run: ``.venv/bin/python bench/text_corpus/write_independent34.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent34.jsonl"
SEED = 3420261207
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

# ---------------------------------------------------------------- people (fresh for corpus 34)
# The Volga and the Urals: Russians, Tatars, Bashkirs, Chuvash, Mari, Udmurts, Mordvins,
# Kazakhs, Volga and Ural Germans; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Поляков",
    "Трофимов",
    "Зотов",
    "Мальцев",
    "Гущин",
    "Лаптев",
    "Балакирев",
    "Шилов",
    "Бобылев",
    "Сизов",
    "Уткин",
    "Хабибуллин",
    "Зарипов",
    "Сафин",
    "Галимзянов",
    "Нуриев",
    "Ахметшин",
    "Мингазов",
    "Хайруллин",
    "Садыков",
    "Юлбарисов",
    "Ишмухаметов",
    "Кагарманов",
    "Баимов",
    "Кильмухаметов",
    "Ильбеков",
    "Аликов",
    "Сарбеев",
    "Ивантеев",
    "Яндуганов",
    "Ямбердов",
    "Таныгин",
    "Корепанов",
    "Вахрушев",
    "Кардапольцев",
    "Чирков",
    "Пиняев",
    "Кирдяшкин",
    "Маскаев",
    "Учаев",
    "Кенжебаев",
    "Утегенов",
    "Жумагалиев",
    "Искалиев",
    "Вагнер",
    "Рихтер",
    "Фукс",
    "Майер",
    "Шмидт",
    "Гарифуллин",
    "Валеев",
    "Сабиров",
    "Федосеев",
    "Емельянов",
    "Кочуров",
]
M_FIRST = [
    "Евгений",
    "Сергей",
    "Николай",
    "Алексей",
    "Дмитрий",
    "Григорий",
    "Антон",
    "Роман",
    "Максим",
    "Марат",
    "Рамиль",
    "Азат",
    "Ильнур",
    "Радик",
    "Фарит",
    "Салават",
    "Урал",
    "Азамат",
    "Ильгиз",
    "Серик",
    "Бауыржан",
    "Асхат",
    "Вольдемар",
    "Эдуард",
    "Геннадий",
    "Юрий",
    "Василий",
    "Семён",
]
F_FIRST = [
    "Светлана",
    "Наталья",
    "Елена",
    "Людмила",
    "Марина",
    "Анастасия",
    "Надежда",
    "Лариса",
    "Гузель",
    "Резеда",
    "Алсу",
    "Эльвира",
    "Ляйсан",
    "Венера",
    "Зульфия",
    "Гульшат",
    "Нарспи",
    "Жанар",
    "Айжан",
    "Гульмира",
    "Эрика",
    "Эльза",
    "Валентина",
    "Римма",
    "Розалия",
    "Антонина",
]
PAT_STEMS = [
    "Сергеев",
    "Николаев",
    "Алексеев",
    "Григорьев",
    "Антонов",
    "Романов",
    "Маратов",
    "Рамилев",
    "Азатов",
    "Ильнуров",
    "Радиков",
    "Фаритов",
    "Салаватов",
    "Уралов",
    "Азаматов",
    "Ильгизов",
    "Сериков",
    "Асхатов",
    "Вольдемаров",
    "Эдуардов",
    "Юрьев",
    "Геннадьев",
    "Васильев",
    "Рашитов",
]
FOREIGN = [
    ("Шнайдер", "Томас", True),
    ("Йылмаз", "Мехмет", True),
    ("Новак", "Ян", True),
    ("Ли", "Мин Хо", True),
    ("Хоффман", "Лена", False),
    ("Озтюрк", "Айше", False),
    ("Коваль", "Агнешка", False),
    ("Чен", "Лин", False),
]
INDECL_FIRST = {
    "Гузель",
    "Алсу",
    "Ляйсан",
    "Гульшат",
    "Нарспи",
    "Жанар",
    "Айжан",
    "Мин Хо",
    "Айше",
    "Лин",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign consultants of a second opinion, in Latin («Dr.», «MD», «PhD» stay outside)
FOREIGN_LAT = [
    "Kemal Aydın",
    "Rajesh Iyer",
    "Noa Levi",
    "Stefan Krüger",
    "Liu Yang",
    "Marta Kowalczyk",
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


# ---------------------------------------------------------------- corpus 34: places (fresh)
# The Volga and the Urals (the patients' homes, the district hospitals and the regional
# centres). town: nominative with type, locative with type, bare name, region (full), region
# (short), postal prefix, phone code (the code and the local number make ten digits)
TOWNS34 = [
    ("г. Казань", "в г. Казани", "Казань", "Республика Татарстан", "РТ", "420", "843"),
    (
        "г. Набережные Челны",
        "в г. Набережные Челны",
        "Наб. Челны",
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
    ("г. Самара", "в г. Самаре", "Самара", "Самарская область", "Самарская обл.", "443", "846"),
    ("г. Тольятти", "в г. Тольятти", "Тольятти", "Самарская область", "Сам. обл.", "445", "8482"),
    ("г. Саратов", "в г. Саратове", "Саратов", "Саратовская область", "Сарат. обл.", "410", "8452"),
    (
        "г. Нижний Новгород",
        "в г. Нижнем Новгороде",
        "Н. Новгород",
        "Нижегородская область",
        "Нижегор. обл.",
        "603",
        "831",
    ),
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "ПК", "614", "342"),
    (
        "г. Екатеринбург",
        "в г. Екатеринбурге",
        "Екатеринбург",
        "Свердловская область",
        "Свердл. обл.",
        "620",
        "343",
    ),
    (
        "г. Челябинск",
        "в г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челяб. обл.",
        "454",
        "351",
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
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Чебоксары", "в г. Чебоксарах", "Чебоксары", "Чувашская Республика", "ЧР", "428", "8352"),
    ("г. Йошкар-Ола", "в г. Йошкар-Оле", "Йошкар-Ола", "Республика Марий Эл", "РМЭ", "424", "8362"),
    ("г. Саранск", "в г. Саранске", "Саранск", "Республика Мордовия", "РМ", "430", "8342"),
]
# street: with its type, bare (as people write it)
STREETS34 = [
    ("ул. Чистопольская", "Чистопольская"),
    ("пр-т Ямашева", "Ямашева пр"),
    ("ул. Заки Валиди", "З. Валиди"),
    ("ул. Менделеева", "Менделеева"),
    ("ул. Ново-Садовая", "Ново-Садовая"),
    ("ул. Большая Покровская", "Б. Покровская"),
    ("ул. Малышева", "Малышева"),
    ("пр-т Победы", "Победы пр"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ул. Степана Разина", "Ст. Разина"),
    ("ш. Московское", "Московское ш"),
    ("ул. Гвардейская", "Гвардейская"),
    ("мкр. Юго-Западный", "Юго-Западный мкр"),
    ("ул. Удмуртская", "Удмуртская"),
    ("ул. Эшкинина", "Эшкинина"),
    ("ул. Васенко", "Васенко"),
    ("пр-т Октября", "Октября пр"),
    ("ул. Сибирский тракт", "Сиб. тракт"),
    ("б-р Юности", "бульвар Юности"),
    ("пер. Дегтярный", "Дегтярный пер"),
]
# village: with type, locative, district, region
RURAL34 = [
    ("с. Большие Кайбицы", "в с. Большие Кайбицы", "Кайбицкий р-н", "Республика Татарстан"),
    ("с. Аскино", "в с. Аскино", "Аскинский р-н", "Республика Башкортостан"),
    ("с. Бакалы", "в с. Бакалы", "Бакалинский р-н", "Республика Башкортостан"),
    ("с. Аликово", "в с. Аликово", "Аликовский р-н", "Чувашская Республика"),
    ("пгт Морки", "в пгт Морки", "Моркинский р-н", "Республика Марий Эл"),
    ("с. Шоруньжа", "в с. Шоруньжа", "Моркинский р-н", "Республика Марий Эл"),
    ("с. Алнаши", "в с. Алнаши", "Алнашский р-н", "Удмуртская Республика"),
    ("с. Малая Пурга", "в с. Малая Пурга", "Малопургинский р-н", "Удмуртская Республика"),
    ("с. Старое Шайгово", "в с. Старое Шайгово", "Старошайговский р-н", "Республика Мордовия"),
    ("с. Кошки", "в с. Кошки", "Кошкинский р-н", "Самарская обл."),
    ("с. Александров Гай", "в с. Александров Гай", "Александрово-Гайский р-н", "Саратовская обл."),
    ("п. Акбулак", "в п. Акбулак", "Акбулакский р-н", "Оренбургская обл."),
    ("с. Кунашак", "в с. Кунашак", "Кунашакский р-н", "Челябинская обл."),
    ("с. Барда", "в с. Барда", "Бардымский р-н", "Пермский край"),
    ("р.п. Воротынец", "в р.п. Воротынец", "Воротынский г.о.", "Нижегородская обл."),
]
RURAL_ST34 = [
    "Тукая",
    "Мира",
    "Школьная",
    "Молодёжная",
    "Полевая",
    "Луговая",
    "Салавата Юлаева",
    "Чапаева",
    "Нагорная",
    "Родниковая",
]
ORG_ST34 = [
    "Оренбургский тракт",
    "ул. Достоевского",
    "ул. Ташкентская",
    "ул. Родионова",
    "ул. Волгоградская",
    "ул. Воровского",
    "ул. Аксакова",
    "ул. Ленинградская",
    "Московский пр-т",
    "ул. Осипенко",
    "ул. Победы",
    "ул. Сибирская",
]


def _t34(rng: random.Random) -> tuple:
    return rng.choice(TOWNS34)


def _hk34(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 190))
    if rng.random() < 0.3:
        h += rng.choice(["А", "б", "/3", " корп. 2", " стр. 1", "/2", "В"])
    return h, rng.randint(1, 310)


def addr34(rng: random.Random) -> str:
    """A patient's or a relative's address as a referral or a RIS card holds it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t34(rng)
    st, bare = rng.choice(STREETS34)
    v, _vl, vdist, vreg = rng.choice(RURAL34)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk34(rng)
    n = rng.randint(1, 97)
    rs = rng.choice(RURAL_ST34)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {st}, {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, д. {n}",
        lambda: f"{bare_t}, {bare}, д.{h}, кв.{k}",
        lambda: f"{z}, {town}, {st}, {h}-{k}",
        lambda: f"{vdist}, {v}, {rs} {n}",
        lambda: f"{st}, {h}, кв. {k}, {town}, {z}",
    ]
    return rng.choice(shapes)()


def aloc34(rng: random.Random) -> str:
    """An inflected address after «проживает» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t34(rng)
    st, bare = rng.choice(STREETS34)
    _v, vl, vdist, _vr = rng.choice(RURAL34)
    h, k = _hk34(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST34)}, {rng.randint(1, 70)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr34(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form or a label)."""
    town, _l, _b, reg, _ra, idx, _c = _t34(rng)
    st, _bare = rng.choice(STREETS34)
    h, k = _hk34(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, {h}-{k},\n{town}",
        ]
    )


def aorg34(rng: random.Random, where: tuple | None = None) -> str:
    town, _l, _b, reg, _ra, idx, _c = where or _t34(rng)
    st = rng.choice(ORG_ST34)
    n = rng.randint(1, 160)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{st}, {n}, {town}",
        ]
    )


# ---------------------------------------------------------------- corpus 34: phones (fresh)
OPS34 = [
    "917",
    "927",
    "937",
    "906",
    "909",
    "912",
    "922",
    "902",
    "904",
    "919",
    "965",
    "987",
    "986",
    "958",
    "939",
    "908",
]


def _mob34(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS34), rng.randint(201, 998), rng.randint(10, 99), rng.randint(10, 99)


def mob34(rng: random.Random) -> str:
    """A patient's or a relative's mobile as referrals, RIS cards and SMS logs hold it."""
    op, a, b, c = _mob34(rng)
    return rng.choice(
        [
            f"+7 ({op}) {a}-{b}-{c}",
            f"8 {op} {a} {b} {c}",
            f"+7{op}{a}{b}{c}",
            f"8({op}){a}{b}{c}",
            f"+7-{op}-{a}-{b}-{c}",
            f"8 ({op}) {a}-{b}{c}",
            f"+7 {op} {a} {b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a}\u2013{b}\u2013{c}",
            f"8.{op}.{a}.{b}.{c}",
        ]
    )


def city34(rng: random.Random, where: tuple | None = None) -> str:
    _t, _l, _b, _r, _ra, _i, code = where or _t34(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    else:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    return rng.choice(
        [f"8 ({code}) {loc}", f"+7 ({code}) {loc}", f"({code}) {loc}", f"8-{code}-{loc}"]
    )


def brk34(rng: random.Random) -> str:
    op, a, b, c = _mob34(rng)
    return rng.choice([f"8 ({op})\n{a}-{b}-{c}", f"+7-{op}-\n{a}-{b}-{c}", f"+7 {op}\n{a} {b} {c}"])


MAIL_DOM34 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "list.ru",
    "gmail.com",
    "rambler.ru",
    "inbox.ru",
    "ya.ru",
    "internet.ru",
    "icloud.com",
]
ORG_MAIL34 = [
    "ris-rkb@tatar-med.ru",
    "pacs@rkod-ufa.ru",
    "teleradio@samokod-med.ru",
    "luchdiag@okb-saratov.ru",
    "mammo-screen@gp13-samara.ru",
    "endo@1rkb-izhevsk.ru",
    "rentgen@rkb-cheb.ru",
    "fd@okb-chel.ru",
    "kt-mrt@sokb1-ekb.ru",
    "dicom-support@pacs-volga.ru",
    "noreply@lk-zdrav-rt.ru",
    "rnl@rkb4-saransk.ru",
    "refcentr@rkb-rme.ru",
    "holter@rkc-ufa.ru",
]


def mail34(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}_{f}",
            f"{f}.{s}",
            f"{s}{rng.randint(70, 99)}",
            f"{f[0]}{s}",
            f"{s}-{f[0]}",
            f"{f}{rng.randint(1980, 2006)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM34)}"


# ---------------------------------------------------------------- corpus 34: passports (fresh)
OKATO34 = ["92", "80", "36", "63", "22", "57", "65", "75", "53", "94", "97", "88", "89"]


def pas34(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO34), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}-{n}", f"{o} {y}  {n}"]
    )


# ---------------------------------------------------------------- corpus 34: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE patient, one patient's study, order, sample or document: RECORD_ID
REC34 = {
    "acc": ["##########", "A26#######", "ЛД26-######", "RIS######", "AC-26-#####", "R26#####"],
    "pid": ["KZN#######", "UFA-######", "P########", "16-#######", "PID#######", "63P######"],
    "rp": ["RP######", "RP-26-#####", "#######.1", "ЗП-######"],  # requested procedure
    "sps": ["SPS#######", "S######-1", "#######-01"],  # scheduled procedure step
    "stid": ["#####", "CT#####", "MR####", "######"],  # DICOM Study ID
    "ord": ["ORD#######", "Z######", "#######-ORD"],  # placer / filler order
    "pps": ["PPS######", "#########"],  # performed procedure step
    "ib": ["####/26", "26-#####", "#####/2026", "#####/С"],  # case history
    "amb": ["А-######", "######-У", "##-#####", "МК-######"],  # outpatient card
    "ref": ["НП-26-######", "16-2026-#######", "Н/26/#####", "2026-####-###"],  # referral
    "vmp": ["16.0000.#####.###", "02.0000.#####.###", "63.0000.#####.###", "52.0000.#####.###"],
    "prot": ["ПР-######", "####-КТ/26", "П26-#####", "R-26-######"],  # protocol of one study
    "tele": ["ТМК-26-#####", "TR-######", "ТРД/26/####", "ЦУЗ-######"],  # teleradiology
    "so": ["ВМ-26-####", "SO-#####", "2М-####/26"],  # second opinion
    "bx": ["Б26-#####", "#####/26-Б", "Г-26-#####"],  # biopsy referral
    "hist": ["Г26-#####", "#####-26", "ПГИ-#####/26"],  # histology registration
    "cd": ["CD-26-#####", "ВЫД-####/26", "Д-#####", "#####-CD"],  # copy on a disc
    "hol": ["HM-######", "Х-26-####", "ХМ#####"],  # Holter
    "abpm": ["SM-#####", "СМАД-26-####", "ABPM#####"],
    "ecg": ["ЭКГ-######", "E#######", "ECG-#####"],
    "spiro": ["СП-#####", "SPI######"],
    "psg": ["ПСГ-26-###", "PSG####", "КРМ-####"],
    "flg": ["Ф-26-#####", "#####/Ф", "ФЛГ-######"],  # fluorogram
    "msc": ["МС-26-#####", "SCR######", "МГ/26/#####"],  # mammography screening
    "dose": ["ЛДН-######", "ИКД-#####", "Д/26/#####"],  # individual dose card
    "pcode": ["%#%-##%", "###-###", "%%#-#%#"],  # portal / SMS code for one patient's results
    "preq": ["ОБР-26-######", "Z-########", "#########"],  # portal request
    "dms": ["ДМС-####-######", "#####/26-ДМС", "ДМС ##-#######"],
    "pmu": ["ПУ-26-#####", "Д-####/26", "#####/ПМУ"],  # contract for paid services
    "allerg": ["АП-####", "####/А", "АЛ-26-###"],  # allergy passport
    "rnl": ["РНЛ-26-####", "####/РН", "НМ-#####"],  # radionuclide laboratory journal
    "vke": ["ВКЭ-26-###", "CE-#####"],  # capsule study
    "fib": ["FS######", "ФС-26-####"],  # elastography study
    "inc": ["####", "##-####", "###/26"],  # incoming number of a request about one person
    "jr": ["#####", "Р-####", "##/####"],  # registration number in a room's journal
    "tap": ["ТАП-######", "#######"],  # outpatient visit coupon
    "ecs": ["ЭКС-####", "####/ЭКС"],  # pacemaker card
    "mse": ["###.##.##/2026"],
    "notice": ["ПВ-26-#####", "#####-ФН"],  # a pharmacovigilance notice about one patient
}


def rec34(rng: random.Random, kind: str) -> str:
    return shape29(rng, rng.choice(REC34[kind]))


# organisations' OID roots (a UID's root: not labelled standing alone) and the UIDs of the
# DICOM standard and of toolkits (not labelled)
ORG_ROOTS34 = [
    "1.2.643.5.1.13.13.12.2.16.1080",
    "1.2.643.5.1.13.13.12.2.2.3402",
    "1.2.643.5.1.13.13.12.2.63.6317",
    "1.2.643.5.1.13.13.12.2.18.1833",
    "1.2.643.5.1.13.13.12.2.21.2211",
    "1.2.643.5.1.13.13.12.2.59.5940",
    "1.2.643.5.1.13.13.12.2.12.1206",
]
SOP_CLASSES34 = {
    "CT": "1.2.840.10008.5.1.4.1.1.2",
    "MR": "1.2.840.10008.5.1.4.1.1.4",
    "DX": "1.2.840.10008.5.1.4.1.1.1.1",
    "MG": "1.2.840.10008.5.1.4.1.1.1.2",
    "US": "1.2.840.10008.5.1.4.1.1.6.1",
    "NM": "1.2.840.10008.5.1.4.1.1.20",
    "PT": "1.2.840.10008.5.1.4.1.1.128",
    "ES": "1.2.840.10008.5.1.4.1.1.77.1.1",
}
TSYNTAX34 = ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90"]
IMPL34 = ["1.2.276.0.7230010.3.0.3.6.8", "1.2.40.0.13.1.3", "1.3.6.1.4.1.30071.8"]
FSIDI_OID = "1.2.643.5.1.13.13.11.1471"


def uids34(rng: random.Random, f: dict, day: dt.date) -> None:
    """The study's, two series' and one image's UIDs (RECORD_ID) under an org root."""
    root = rng.choice(ORG_ROOTS34)
    f["uid_root"] = root
    stamp = day.strftime("%Y%m%d") + f"{rng.randint(7, 19):02d}{rng.randint(0, 59):02d}"
    n = rng.randint(1000, 99999)
    style = rng.random()
    if style < 0.6:
        f["uid_st"] = f"{root}.2.{stamp}{rng.randint(10, 59)}.{n}"
        f["uid_se"] = f"{root}.3.{stamp}{rng.randint(10, 59)}.{n}.{rng.randint(2, 9)}"
        f["uid_se2"] = f"{root}.3.{stamp}{rng.randint(10, 59)}.{n}.{rng.randint(10, 19)}"
        f["uid_sop"] = f"{f['uid_se']}.{rng.randint(1, 480)}"
    else:
        vend = rng.choice(["1.3.12.2.1107.5.1.4", "1.2.840.113619.2.55.3", "1.3.46.670589.33.1"])
        body = f"{rng.randint(10000, 99999)}"
        f["uid_st"] = f"{vend}.{body}.{stamp}{rng.randint(100000, 999999)}"
        f["uid_se"] = f"{vend}.{body}.{stamp}{rng.randint(100000, 999999)}.3"
        f["uid_se2"] = f"{vend}.{body}.{stamp}{rng.randint(100000, 999999)}.5"
        f["uid_sop"] = f"{vend}.{body}.{stamp}{rng.randint(100000, 999999)}.{rng.randint(11, 399)}"
    cut = f["uid_st"].rfind(".", 0, len(f["uid_st"]) - 4)
    f["uid_st_br"] = f["uid_st"][: cut + 1] + "\n" + f["uid_st"][cut + 1 :]


# ---------------------------------------------------------------- corpus 34: hard negatives
ORGS34 = [
    "ГАУЗ «Республиканская клиническая больница МЗ РТ»",
    "ГАУЗ «Республиканский клинический онкологический диспансер МЗ РТ им. проф. М.З. Сигала»",
    "ГБУЗ РБ «Республиканский кардиологический центр»",
    "ГБУЗ «Самарский областной клинический онкологический диспансер»",
    "ГУЗ «Областная клиническая больница» (Саратов)",
    "ГБУЗ НО «Нижегородская областная клиническая больница им. Н.А. Семашко»",
    "ГБУЗ ПК «Пермская краевая клиническая больница»",
    "ГАУЗ СО «Свердловская областная клиническая больница № 1»",
    "ГБУЗ «Челябинская областная клиническая больница»",
    "ГАУЗ «Оренбургская областная клиническая больница № 2»",
    "БУЗ УР «Первая республиканская клиническая больница МЗ УР»",
    "БУ «Республиканская клиническая больница» Минздрава Чувашии",
    "ГБУ РМЭ «Республиканская клиническая больница»",
    "ГБУЗ РМ «Республиканская клиническая больница № 4»",
]
# the index in TOWNS34 of each organisation's town
ORG_TOWN34 = [0, 0, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
CRB34 = [
    "ГАУЗ «Кайбицкая ЦРБ»",
    "ГБУЗ РБ Аскинская ЦРБ",
    "ГБУЗ СО «Кошкинская ЦРБ»",
    "БУЗ УР «Алнашская РБ МЗ УР»",
    "БУ «Аликовская ЦРБ» Минздрава Чувашии",
    "ГБУ РМЭ «Моркинская ЦРБ»",
    "ГБУЗ РМ «Старошайговская РБ»",
    "ГБУЗ «Районная больница с. Кунашак»",
    "ГБУЗ ПК «Бардымская ЦРБ»",
]
POLY34 = [
    "ГАУЗ «Городская поликлиника № 21» г. Казани",
    "ГБУЗ РБ Поликлиника № 46 г. Уфа",
    "ГБУЗ СО «Самарская городская поликлиника № 13»",
    "ГАУЗ СО «ГП № 3 г. Екатеринбург»",
    "ГБУЗ НО «Городская поликлиника № 7 Нижегородского района»",
    "БУ «Городская поликлиника № 5» Минздрава Чувашии",
]
REFC34 = [
    "Региональный референс-центр лучевой диагностики РКБ МЗ РТ",
    "Центр телерадиологии ГБУЗ РБ РКБ им. Г.Г. Куватова",
    "Референс-центр ГАУЗ СО СОКБ № 1",
    "Центр удалённых консультаций ГБУЗ ПК ПККБ",
]
CT_MODELS = ["Aquilion Prime SP", "SOMATOM go.Top", "Revolution EVO", "Incisive CT", "uCT 530"]
MR_MODELS = ["Vantage Orian 1.5T", "MAGNETOM Sempra", "SIGNA Explorer", "Ingenia Ambition 1.5T"]
XR_MODELS = ["КРТ «Электрон»", "ПроГраф-7000", "Renex Flow", "АПР «Арман»", "Ysio Max"]
US_MODELS = ["Resona 7", "Aplio i800", "LOGIQ E10", "Affiniti 70", "HS70A", "ACUSON Juniper"]
ENDO_MODELS = ["Olympus CF-HQ190L", "Pentax EG29-i10", "Fujifilm EG-760Z", "Olympus BF-1TH190"]
NM_MODELS = ["Symbia Intevo Bold", "Discovery NM/CT 670", "Infinia Hawkeye 4", "Symbia T2"]
FD_MODELS = ["Кардиотехника-07-3/12Р", "Astrocard HolterSystem-12", "Schiller AT-102 G2"]
CONTRAST34 = [
    "Ультравист 370",
    "Омнипак 350",
    "Юнигексол 350",
    "Визипак 320",
    "Йогексол-ТФ 350",
    "Гадовист 1,0 ммоль/мл",
    "Кларискан 0,5 ммоль/мл",
]
ICD34 = [
    "C50.4",
    "I26.9",
    "K57.3",
    "M51.1",
    "E05.0",
    "N20.0",
    "C16.2",
    "G45.9",
    "I48.1",
    "J44.1",
    "D35.2",
    "I83.9",
    "S32.5",
    "C77.3",
    "E04.1",
    "K29.5",
    "D12.6",
    "G47.3",
    "M81.0",
    "I25.1",
    "J32.0",
    "I71.2",
    "Q28.2",
]
AE34 = ["RKB_CT2", "KT_KAB114", "MRT1_GKB7", "US_ROOM3", "NM_SYMBIA", "FLG_P12", "ENDO_2"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VERSION_WORDS34 = ("версия", "версии", "Version", "вер.", "ver.", "ПО", "SW", "редакция")


def num34(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


def dates34(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dcm"] = f"{y}{m:02d}{dd:02d}"  # a DICOM DA
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_ymd"] = f"{y}/{m:02d}/{dd:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_us"] = f"{MON_EN[m - 1]} {dd}, {y}"  # an English viewer
    f[key + "_mon"] = f"{dd:02d}-{MON_EN[m - 1]}-{y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled
    f[key + "_y"] = str(y)  # a year alone: not labelled
    f[key + "_spoken"] = (
        spoken(dd, m, y) if y != 2000 else f"{ord_gen(dd)} {MONTHS_GEN[m - 1]} двухтысячного"
    )


def dcm34(f: dict, pre: str) -> None:
    """A person's DICOM and Latin writings: «SUR^FIRST^PATR», «Сур^Имя^Отчество»…"""
    sur, first = f[pre + "_sur"], f[pre + "_first"]
    rest = f[pre][len(sur) + 1 + len(first) :].strip()
    ls, lf, lp = lat(sur).upper(), lat(first).upper(), lat(rest).upper()
    parts = [ls, lf] + ([lp] if lp else [])
    f[pre + "_dcm"] = "^".join(parts)
    f[pre + "_dcm2"] = f"{ls}^{lf}"
    f[pre + "_dcmi"] = f"{ls}^{lf}" + (f"^{lp[0]}" if lp else "")
    f[pre + "_dcmc"] = "^".join([sur, first] + ([rest] if rest else []))
    f[pre + "_lat"] = f"{lf.capitalize()} {ls.capitalize()}"
    f[pre + "_latup"] = f"{ls} {lf}"
    f[pre + "_lats"] = f"{ls.capitalize()} {lf[0]}." + (f"{lp[0]}." if lp else "")
    f[pre + "_k"] = sur[0] + "."


def fillers34(rng: random.Random) -> dict:
    f: dict = {}
    f.update(person(rng, "p", foreign_ok=False))  # the patient
    for pre in ("d", "r", "e", "x", "h", "k", "m", "n", "n2", "n3"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a female relative
    f.update(person(rng, "u", True, foreign_ok=False))  # a male relative
    f.update(person(rng, "c", foreign_ok=False))  # a child patient
    for pre in ("p", "d", "r", "e", "x", "h", "k", "m", "n", "n2", "n3", "q", "u", "c"):
        dcm34(f, pre)
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    bdd = dt.date(rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dates34(f, "bd", bdd)
    f["age"] = str(2026 - bdd.year - 1)
    f["age_dcm"] = f"{2026 - bdd.year - 1:03d}Y"  # Patient's Age: not labelled
    f["bdy"] = str(bdd.year)
    for key in ("bdq", "bdu"):  # a relative: often a parent of a child patient
        dates34(f, key, dt.date(rng.randint(1976, 2002), rng.randint(1, 12), rng.randint(1, 28)))
    for key in ("bdn", "bdn2", "bdn3"):
        dates34(f, key, dt.date(rng.randint(1944, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    bdc = dt.date(rng.randint(2013, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates34(f, "bdc", bdc)
    f["agec"] = str(max(2026 - bdc.year - 1, 0))
    # the documents' dates: six in order
    cur = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 9))
        dates34(f, f"t{i}", cur)
        if i == 2:
            uids34(rng, f, cur)
            t2d = cur
    dates34(f, "told", dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates34(f, "tord", dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2005, 2025), rng.choice(["dot", "dot", "words"]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    t0 = rng.randint(7 * 60, 13 * 60)
    for i in range(1, 6):
        t0 += rng.randint(3, 70)
        hh, mm, ss = t0 // 60, t0 % 60, rng.randint(0, 59)
        f[f"tm{i}"] = f"{hh:02d}:{mm:02d}"
        f[f"tms{i}"] = f"{hh:02d}:{mm:02d}:{ss:02d}"
        f[f"tmd{i}"] = f"{hh:02d}{mm:02d}{ss:02d}"  # a DICOM TM
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr34(rng)
        f[f"ph{i}"] = mob34(rng)
    f["al1"] = aloc34(rng)
    f["a_br"] = abr34(rng)
    f["org"], f["org2"] = rng.sample(ORGS34, 2)
    where = TOWNS34[ORG_TOWN34[ORGS34.index(f["org"])]]  # the organisation's own town
    f["ao"], f["ao2"] = aorg34(rng, where), aorg34(rng)
    f["phc1"], f["phc2"] = city34(rng, where), city34(rng)
    f["ph_br"] = brk34(rng)
    f["ext"] = str(rng.randint(100, 899))
    f["m1"] = mail34(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail34(rng, f["q_sur"], f["q_first"])
    f["md"] = mail34(rng, f["d_sur"], f["d_first"])
    f["mr"] = mail34(rng, f["r_sur"], f["r_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL34, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["sn_d"] = snils_digits(rng)  # a SNILS stored plain in a DICOM element
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["enp_d"] = re.sub(r"\D", "", enp(rng))
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas34(rng), pas34(rng)
    f["kpd"] = f"{rng.randint(120, 990)}-{rng.randint(1, 99):03d}"
    f["pasf"] = shape(rng, rng.choice(["N#######", "U########", "C#######", "AA#######"]))
    f["bc"] = bcert(rng)
    f["mil"] = rng.choice(["АК", "АМ", "АН", "АС"]) + " " + shape(rng, "#######")
    # numbers of one patient, one study, order, sample or document
    for key in REC34:
        f[key] = rec34(rng, key)
        f[key + "2"] = rec34(rng, key)
    f["acc_br"] = brk_at(rec34(rng, "acc"))
    f["pid_br"] = brk_at(rec34(rng, "pid"))
    f["ref_br"] = brk_at(rec34(rng, "ref"))
    f["acc_o"] = ocr(rec34(rng, "acc")).replace("0", "O", 1)  # a scan: «O» for zero
    for i in range(1, 5):
        f[f"jar{i}"] = f["bx"] + rng.choice(["/", "-", "."]) + str(i)
    # hard negatives
    f["crb"] = rng.choice(CRB34)
    f["poly"] = rng.choice(POLY34)
    f["refc"] = rng.choice(REFC34)
    f["ct_model"] = rng.choice(CT_MODELS)
    f["mr_model"] = rng.choice(MR_MODELS)
    f["xr_model"] = rng.choice(XR_MODELS)
    f["us_model"] = rng.choice(US_MODELS)
    f["endo_model"] = rng.choice(ENDO_MODELS)
    f["nm_model"] = rng.choice(NM_MODELS)
    f["fd_model"] = rng.choice(FD_MODELS)
    f["serial"] = shape(rng, rng.choice(["SN ######", "S/N #%####", "#####%", "####-##"]))
    f["serial2"] = shape(rng, rng.choice(["#####", "%#####", "###-####"]))
    f["inv"] = shape(rng, rng.choice(["инв. № 0101####", "инв. № 41####", "ИН-#####"]))
    f["contrast"] = rng.choice(CONTRAST34)
    f["lot"] = shape(rng, rng.choice(["#%%###", "######", "##%###", "Lot %####%"]))
    f["cvol"] = str(rng.choice([50, 60, 70, 80, 90, 100, 15, 20]))
    f["room"] = str(rng.randint(101, 420))
    f["ae"] = rng.choice(AE34)
    f["ip"] = f"10.{rng.randint(10, 90)}.{rng.randint(0, 9)}.{rng.randint(11, 240)}"
    f["port"] = rng.choice(["104", "11112", "4242"])
    f["icd1"], f["icd2"] = rng.sample(ICD34, 2)
    f["kv"] = str(rng.choice([80, 100, 110, 120, 130, 140]))
    f["ma"] = str(rng.randint(120, 480))
    f["mas"] = str(rng.randint(40, 320))
    f["ctdi"] = num34(rng, 2.5, 19.9)
    f["dlp"] = str(rng.randint(90, 1450))
    f["dap"] = num34(rng, 0.05, 3.9, 2)
    f["msv"] = num34(rng, 0.03, 4.9, 2)
    f["slice"] = rng.choice(["0,5", "0,625", "1,0", "1,25", "2,0", "3,0", "5,0"])
    f["series"] = str(rng.randint(2, 12))
    f["series2"] = str(rng.randint(13, 60))
    f["inst"] = str(rng.randint(1, 480))
    f["nimg"] = str(rng.randint(120, 2400))
    f["birads"] = rng.choice(["1", "2", "3", "4a", "4b", "4c", "0"])
    f["lungrads"] = rng.choice(["2", "3", "4A", "4B"])
    f["tirads"] = rng.choice(["3", "4", "5"])
    f["acr"] = rng.choice(["A", "B", "C", "D"])
    f["tscore"] = num34(rng, -3.6, 0.4)
    f["zscore"] = num34(rng, -2.2, 0.9)
    f["hr"] = str(rng.randint(52, 104))
    f["hrmax"] = str(rng.randint(118, 176))
    f["hrmin"] = str(rng.randint(38, 58))
    f["bp"] = f"{rng.randint(105, 178)}/{rng.randint(62, 104)}"
    f["bp2"] = f"{rng.randint(98, 150)}/{rng.randint(55, 90)}"
    f["pq"] = num34(rng, 0.12, 0.22, 2)
    f["qt"] = str(rng.randint(340, 470))
    f["fev1"] = num34(rng, 1.1, 4.4, 2)
    f["fvc"] = num34(rng, 1.8, 5.6, 2)
    f["pct"] = str(rng.randint(42, 118))
    f["mbq"] = str(rng.choice([185, 370, 450, 555, 740, 200, 250, 300]))
    f["kpa"] = num34(rng, 3.1, 38.0)
    f["cap"] = str(rng.randint(180, 360))
    f["ahi"] = num34(rng, 2.0, 58.0)
    f["spo2"] = str(rng.randint(78, 93))
    f["size"] = f"{rng.randint(4, 48)}×{rng.randint(3, 36)}"
    f["wt"] = str(rng.randint(46, 128))
    f["ht"] = str(rng.randint(148, 198))
    f["small"] = str(rng.randint(2, 9))
    f["queue"] = shape(rng, rng.choice(["К###", "Р-##", "У0##"]))
    f["slot"] = str(rng.randint(3, 40))
    f["wlpos"] = str(rng.randint(4, 180))
    f["order_no"] = shape29(rng, rng.choice(["###", "####", "##-ВК", "###/26"]))
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "###-исх", "#-###/26"]))
    f["cheque"] = str(rng.randint(12, 480))
    f["fp"] = shape(rng, "9#########")
    f["cycle"] = str(rng.randint(1200, 98000))
    f["vmp_vid"] = shape(rng, rng.choice(["16.00.##.00#", "04.00.2#.00#", "09.00.##.001"]))
    f["vmp_gr"] = str(rng.randint(1, 60))
    f["ksg"] = shape(rng, rng.choice(["st##.0##", "ds##.0##"]))
    f["tariff"] = f"{rng.randint(1800, 46000)},{rng.randint(0, 99):02d}"
    f["price"] = f"{rng.randint(2, 24)} {rng.randint(100, 999)}"
    f["impl"] = rng.choice(IMPL34)
    f["p_sx"] = "M" if f["p_male"] else "F"
    f["ctdi_dot"] = f["ctdi"].replace(",", ".")
    f["host"] = rng.choice(["rkb.tatar", "okb-saratov.ru", "sokb1-ekb.ru", "rkc-ufa.ru"])
    f["p_ocr"] = ocr(f["p_s"])
    f["short"] = rng.choice(["РКБ", "ГКБ № 7", "ОКБ", "РКЦ", "СОКБ № 1", "ПККБ"])
    f["city"] = where[0]
    f["rural_nom"] = rng.choice(RURAL34)[0]
    f["room2"] = str(rng.randint(101, 420))
    f["pasz"] = shape29(rng, "7# #######")
    f["slice_dot"] = f["slice"].replace(",", ".")
    f["ae_ct"] = rng.choice(["RKB_CT2", "KT_KAB114", "CT_AQUIL1", "OKB_CT64"])
    f["ae_mr"] = rng.choice(["MRT1_GKB7", "MR_ORIAN", "RKC_MR15", "MRI_KAB210"])
    f["ae_nm"] = rng.choice(["NM_SYMBIA", "RNL_GAMMA2", "NM_DISCO670"])
    age_days = rng.randint(25, 330)  # an infant's age at the study
    dates34(f, "bdi", t2d - dt.timedelta(days=age_days))
    f["agem"] = str(max(1, age_days // 30))
    return f


def patient34(rng: random.Random, male: bool, born: tuple[int, int]) -> dict:
    """The patient of a woman's study (breast, gynaecology, thyroid) or of a conscript: every
    key ``fillers34`` derives from the patient, redrawn for that sex and age."""
    f: dict = person(rng, "p", male, foreign_ok=False)
    dcm34(f, "p")
    f["p_sx"] = "M" if male else "F"
    bdd = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    dates34(f, "bd", bdd)
    f["age"] = str(2026 - bdd.year - 1)
    f["age_dcm"] = f"{2026 - bdd.year - 1:03d}Y"
    f["bdy"] = str(bdd.year)
    f["p_ocr"] = ocr(f["p_s"])
    f["m1"] = mail34(rng, f["p_sur"], f["p_first"])
    return f


def shape29(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape29(rng, m.group(1)), template)
    fill = fillers34(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 34: genres and kinds
# one kind per study of the directory: (ID in ФСИДИ, genre, template); no template is shared
GENRES34: list[tuple[int, str, str]] = [
    (
        7001902,
        "выгрузка DICOM-заголовка серии (dcmdump) при передаче исследования",
        """# Dicom-File-Format
# Dicom-Meta-Information-Header
# Used TransferSyntax: Little Endian Explicit
(0002,0002) UI =CTImageStorage                          #  26, 1 MediaStorageSOPClassUID
(0002,0003) UI [[[R:{uid_sop}]]]  #  58, 1 MediaStorageSOPInstanceUID
(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID
(0002,0012) UI [{impl}]          #  28, 1 ImplementationClassUID
# Dicom-Data-Set
(0008,0016) UI =CTImageStorage                          #  26, 1 SOPClassUID
(0008,0018) UI [[[R:{uid_sop}]]]  #  58, 1 SOPInstanceUID
(0008,0020) DA [[[D:{t2_dcm}]]]                              #   8, 1 StudyDate
(0008,0030) TM [{tmd1}]                                #   6, 1 StudyTime
(0008,0050) SH [[[R:{acc}]]]                            #  10, 1 AccessionNumber
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,0080) LO [GAUZ RKB MZ RT]                         #  14, 1 InstitutionName
(0008,0090) PN [[[P:{d_dcmi}]]]                       #  18, 1 ReferringPhysicianName
(0008,1010) SH [{ae_ct}]                                #   8, 1 StationName
(0008,1030) LO [KT OGK s KU]                            #  12, 1 StudyDescription
(0008,1070) PN [[[P:{x_dcm2}]]]                          #  14, 1 OperatorsName
(0010,0010) PN [[[P:{p_dcm}]]]           #  28, 1 PatientName
(0010,0020) LO [[[R:{pid}]]]                            #  10, 1 PatientID
(0010,0021) LO [{uid_root}]         #  30, 1 IssuerOfPatientID
(0010,0030) DA [[[B:{bd_dcm}]]]                              #   8, 1 PatientBirthDate
(0010,0040) CS [{p_sx}]                                      #   2, 1 PatientSex
(0010,1000) LO [[[S:{sn_d}]]\\[[O:{enp_d}]]]        #  28, 2 OtherPatientIDs
(0010,1010) AS [{age_dcm}]                                   #   4, 1 PatientAge
(0018,0050) DS [{slice_dot}]                                     #   4, 1 SliceThickness
(0018,0060) DS [{kv}]                                     #   4, 1 KVP
(0018,1000) LO [{serial2}]                                   #   6, 1 DeviceSerialNumber
(0018,1151) IS [{ma}]                                     #   4, 1 XRayTubeCurrent
(0018,9345) FD {ctdi_dot}                                     #   8, 1 CTDIvol
(0020,000d) UI [[[R:{uid_st}]]]  #  54, 1 StudyInstanceUID
(0020,000e) UI [[[R:{uid_se}]]]  #  56, 1 SeriesInstanceUID
(0020,0010) SH [[[R:{stid}]]]                                 #   6, 1 StudyID
(0020,0011) IS [{series}]                                      #   2, 1 SeriesNumber
(0020,0013) IS [{inst}]                                     #   4, 1 InstanceNumber
(0032,1032) PN [[[P:{d_dcm}]]]          #  26, 1 RequestingPhysician
(0040,0244) DA [[[D:{t2_dcm}]]]                              #   8, 1 PerformedProcedureStepStartDate
(0040,0253) SH [[[R:{pps}]]]                            #  10, 1 PerformedProcedureStepID
(7fe0,0010) OW (no value available)                     #   0, 1 PixelData""",
    ),
    (
        7002009,
        "информированное согласие на внутривенное введение йодсодержащего контрастного "
        "средства и анкета аллергоанамнеза",
        """{org}
Отделение лучевой диагностики, кабинет КТ № {room}
ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ
на введение рентгеноконтрастного средства при исследовании: {study} (НМУ {nmu})
Я, [[P:{p}]], [[B:{bd}]] г.р., медицинская карта № [[R:{ib}]],
проживающ{p_ii} по адресу: [[A:{a1}]],
предупрежден{p_a} о возможных реакциях на введение препарата {contrast} (серия {lot}, годен до {exp_m}).
АНКЕТА (заполняется пациентом):
1. Были ли реакции на йод, контраст, морепродукты? ☐ да ☑ нет
2. Бронхиальная астма ☐   Сахарный диабет, приём метформина ☑ (отменён с [[D:{t1_dm}]])
3. Креатинин от [[D:{t1}]]: <<1##>> мкмоль/л, СКФ (CKD-EPI) <<##>> мл/мин/1,73 м²
4. Паспорт больного аллергическим заболеванием: № [[R:{allerg}]] (выдан аллергологом [[P:{m_s_ins}]])
5. Масса тела {wt} кг. Беременность исключена ☐ (для женщин)
Доза: {cvol} мл, скорость 3,5 мл/с, инжектор {serial}
Подпись пациента ________ [[P:{p_s}]]     «{tm2}» [[D:{t2}]]
Врач-рентгенолог [[P:{r_s}]]; при реакции — дежурный анестезиолог, вн. {ext}
Экстренная связь с родственником: [[P:{q_io}]], тел. [[T:{ph2}]]""",
    ),
    (
        7001977,
        "протокол КТ-коронарографии с дозовым отчётом сканера",
        """ПРОТОКОЛ ИССЛЕДОВАНИЯ № [[R:{prot}]]
{org}, [[A:{ao}]]
Пациент: [[P:{p}]]   Дата рождения: [[B:{bd}]]   ИБ [[R:{ib}]]
Accession: [[R:{acc}]]   PID: [[R:{pid}]]   Дата: [[D:{t2}]] {tm1}
Исследование: {study} (ФСИДИ {fsidi}, НМУ {nmu})
Аппарат: {ct_model}, зав. № {serial}; проспективная синхронизация, ЧСС {hr} уд/мин (бисопролол 5 мг)
Контраст: {contrast} {cvol} мл, серия {lot}
Кальциевый индекс Agatston: <<###>> (MESA — <<##>> перцентиль)
ПМЖВ: стеноз проксимального сегмента 50–69 % (CAD-RADS 3). ОА, ПКА — без гемодинамически значимых стенозов.
Заключение: I25.1. Рекомендована консультация кардиолога ([[P:{d_s_gen}]]).
--- Dose Report ---
Series  Type      Scan Range(mm)  CTDIvol(mGy)  DLP(mGy-cm)  Phantom
1       Scout     -               -             -            -
2       CaScore   1<<##>>           {ctdi}         <<##>>          Body 32
3       CTA       1<<##>>           {ctdi}         {dlp}          Body 32
Total Exam DLP: {dlp} mGy-cm       Patient ID: [[R:{pid}]]   Acc: [[R:{acc}]]
Врач-рентгенолог [[P:{r_s}]]      Лаборант [[P:{x_s}]]""",
    ),
    (
        7001944,
        "телерадиологический запрос ЦРБ в региональный референс-центр (экстренный)",
        """ЗАПРОС НА ДИСТАНЦИОННОЕ ОПИСАНИЕ № [[R:{tele}]]   ПРИОРИТЕТ: CITO
Откуда: {crb}, КТ-кабинет, тел. [[T:{phc1}]]
Куда: {refc}, [[E:{mo}]]
Пациент: [[P:{p_up}]], [[B:{bd}]] г.р., пол {p_sex}
СНИЛС [[S:{sn}]]   Полис ОМС [[O:{enp}]]
Адрес: [[A:{a1}]]
Исследование: {study}; выполнено [[D:{t2}]] в {tm1}
Accession [[R:{acc}]], Study UID:
[[R:{uid_st_br}]]
Серии: {series} (артериальная фаза, {slice} мм), {series2} (отсроченная), всего {nimg} изображений, DLP {dlp} мГр·см
Клинически: боль за грудиной с иррадиацией в спину, АД {bp}. Подозрение на расслоение аорты (I71.0).
Направил: врач-хирург [[P:{d}]], моб. [[T:{ph3}]]
Запрос принят референс-центром [[D:{t2_dm}]] {tm2}, позиция в очереди {wlpos}, АРМ «{ae}»""",
    ),
    (
        7001522,
        "журнал учёта дозовых нагрузок пациентов кабинета КТ (выписка за смену)",
        """ЖУРНАЛ УЧЁТА ДОЗ ОБЛУЧЕНИЯ ПАЦИЕНТОВ (ф. 417/у), кабинет КТ № {room}, {org}
Смена [[D:{t2}]], ответственный лаборант [[P:{x_s}]]
№ п/п | рег. № | ФИО пациента            | г.р.   | исследование        | DLP, мГр·см | ЭЭД, мЗв | лист учёта доз
<<##>>    | [[R:{jr}]] | [[P:{p_s}]]          | {bdy}   | КТ-перфузия ГМ      | {dlp}        | {msv}     | [[R:{dose}]]
<<##>>    | [[R:{jr2}]] | [[P:{n_s}]]          | —      | КТ ГМ нативно       | <<###>>         | 1,<<#>>      | [[R:{dose2}]]
Примечание к строке пациента [[P:{p_s_gen}]] (ИБ [[R:{ib}]], инсультный центр):
исследование: {study}, 4 фазы; {kv} кВ, {mas} мАс; CTDIvol {ctdi} мГр — превышение диагностического
референтного уровня обосновано (протокол «инсульт»), доложено [[P:{h_s_dat}]] [[D:{t2}]].
Приказ МЗ РФ № 560н от [[D:09.06.2020]] не предусматривает для КТ-перфузии отдельного ДКУ.
Дозиметр ДКС-АТ1123 № {serial2}, поверка до {exp_m}.""",
    ),
    (
        7002207,
        "SMS-напоминания и памятка о подготовке к исследованию из колл-центра",
        """SMS-рассылка, отправитель: ZDRAV-KT
[[D:{t1_dm}]] {tm1} → [[T:{ph1}]]:
[[P:{p_io}]], Вы записаны на КТ-колоноскопию [[D:{t3_dm}]] в {tm3}, {org}, каб. {room}. Номер записи [[R:{pcode}]]. За 3 дня — бесшлаковая диета, накануне — Фортранс по схеме.
[[D:{t2_dm}]] {tm2} → [[T:{ph1}]]:
Напоминаем: при себе паспорт, полис ОМС, направление № [[R:{ref}]]. Отмена: [[T:{phc1}]] или ответьте ОТМЕНА.
[[D:{t3_dm}]] {tm1} ← [[T:{ph1}]]:
буду, но за мной приедет сын [[P:{u_fi}]] тел [[T:{ph3}]]
ПАМЯТКА (выдана в регистратуре, талон {queue}):
Исследование: {study} (НМУ {nmu}); контраст {contrast}.
Пациент: [[P:{p_s}]], д.р. [[B:{bd_sh}]], амб. карта [[R:{amb}]]
Вопросы по подготовке: медсестра [[P:{k_s}]], [[E:{mo}]]""",
    ),
    (
        7002157,
        "рабочий список кабинета КТ из РИС на день (экспорт таблицы)",
        """РИС «Лучевая диагностика» — Рабочий список: {ae_ct} (КТ, каб. {room}) на [[D:{t2}]]
Время | Accession    | PID           | Пациент                 | Д.р.        | Процедура                  | Статус
{tm1} | [[R:{acc2}]] | [[R:{pid2}]] | [[P:{n_s}]]        | [[B:{bdn}]] | КТ ОБП нативно             | завершено
{tm2} | [[R:{acc}]]  | [[R:{pid}]]  | [[P:{p_s}]]        | [[B:{bd}]]  | {study_short}      | в работе
{tm3} | [[R:{acc_br}]] | [[R:{pid_br}]] | [[P:{n2_s}]] | [[B:{bdn2}]] | КТ ОГК (скрининг ЗНО)     | назначено
Для [[P:{p_s_gen}]]: Req. Proc. ID [[R:{rp}]], SPS ID [[R:{sps}]], направил [[P:{d_s}]] ({org2}), код услуги {nmu}, ФСИДИ {fsidi}
Контраст: {contrast}, {cvol} мл; креатинин [[D:{t1_dm}]] — норма. Аллергия: нет.
Ответственный: [[P:{r_s}]]; лаборант смены [[P:{x_s}]]""",
    ),
    (
        7001811,
        "заявление пациента о пересмотре исследования (второе мнение) в федеральный центр",
        """В ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России
(служба второго мнения по лучевой диагностике)
от [[P:{p_gen}]], [[B:{bd}]] г.р.,
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd},
адрес: [[A:{a_br}]], тел. [[T:{ph1}]], e-mail [[E:{m1}]]
ЗАЯВЛЕНИЕ № [[R:{so}]] (заполняется центром)
Прошу пересмотреть исследование «{study}» от [[D:{t2}]], выполненное в {org}
(Accession [[R:{acc}]], Study ID [[R:{stid}]], PID [[R:{pid}]]).
Заключение местного рентгенолога [[P:{r_s_gen}]]: увеличенные лимфоузлы шеи уровня IIA слева до {size} мм, C77.0?
Диск передан по акту № [[R:{cd}]] от [[D:{t3}]]; ссылка на облако не прилагается.
Согласен(на) на обработку персональных данных и передачу результатов лечащему врачу [[P:{d_dat}]].
[[D:{t3}]] ________ [[P:{p_s}]]""",
    ),
    (
        7001589,
        "расписка о выдаче копии исследования на CD-диске пациенту или представителю",
        """{org}
АКТ ВЫДАЧИ КОПИИ ИССЛЕДОВАНИЯ НА ЭЛЕКТРОННОМ НОСИТЕЛЕ № [[R:{cd}]]
Исследование: {study} от [[D:{t2}]], Accession [[R:{acc}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р., ИБ [[R:{ib}]]
Носитель: CD-R Verbatim, партия {lot}, записан на робот Rimage {serial}, формат DICOMDIR + просмотрщик
Выдан: ☐ пациенту лично ☑ законному представителю / доверенному лицу:
[[P:{u}]], паспорт [[Q:{pas2}]], доверенность от [[D:{t1}]]
Основание: заявление пациента вх. № [[R:{inc}]] от [[D:{t3}]]
Выдал: медрегистратор [[P:{k_s}]]      Получил: ________ [[P:{u_s}]]
[[D:{t4}]]     Тел. для справок: [[T:{phc1}]] доб. {ext}""",
    ),
    (
        7002785,
        "распечатка отчёта QCT-денситометрии с рабочей станции",
        """QCT PRO Bone Mineral Density Report                        Page 1 of 1
Name: [[P:{p_latup}]]            Patient ID: [[R:{pid}]]
Birth Date: [[B:{bd_dash}]]      Sex: {p_sx}   Ethnicity: Caucasian   Height {ht} cm  Weight {wt} kg
Exam Date: [[D:{t2_dash}]]       Accession: [[R:{acc}]]
Referring: [[P:{d_lats}]]        Scanner: {ct_model} ({serial})   Phantom: Mindways Model 3 CT
Level   BMD (mg/cm3)   T-score   Z-score
T11     <<##>>.<<#>>           {tscore}      {zscore}
T12     <<##>>.<<#>>           {tscore}      {zscore}
L1      <<##>>.<<#>>           {tscore}      {zscore}
Mean                   {tscore}      {zscore}     ACR 2018: osteopenia / osteoporosis threshold 80 mg/cm3
Исследование: {study} (ФСИДИ {fsidi}); {kv} кВ, {mas} мАс, DLP {dlp} мГр·см
Описал: [[P:{r_s}]]; пациентка(т) направлен(а) эндокринологом, амб. карта [[R:{amb}]]""",
    ),
    (
        7002660,
        "направление на исследование по ОМС (форма 057/у-04) с подписью заведующего",
        """Код ОГРН 10216<<########>>   Медицинская документация, учётная форма № 057/у-04
{poly}, [[A:{ao}]]
НАПРАВЛЕНИЕ № [[R:{ref}]]
на госпитализацию, восстановительное лечение, обследование, консультацию (нужное подчеркнуть)
{org2}
1. Номер страхового полиса ОМС [[O:{enp}]]
2. Код льготы: нет   3. СНИЛС [[S:{sn}]]
4. Фамилия, имя, отчество: [[P:{p}]]
5. Дата рождения: [[B:{bd}]]
6. Адрес постоянного места жительства: [[A:{a1}]]
7. Место работы, должность: ООО «Агрофирма», водитель
8. Код диагноза по МКБ: S32.0
9. Обоснование: {study} — травма позвоночника в ДТП [[D:{t1}]], неврологический дефицит
Должность мед. работника: врач-травматолог [[P:{d}]], тел. [[T:{phc1}]]
Заведующий [[P:{h_s}]]          М.П.          [[D:{t1}]]
Запись в ЛПУ: [[D:{t3}]] {tm3}, каб. {room}""",
    ),
    (
        7001654,
        "обращение пациента через личный кабинет портала и ответ медицинской организации",
        """Личный кабинет пациента «Моё здоровье» — Обращение [[R:{preq}]]
Создано: [[D:{t3_iso}]] {tms1}   Статус: ответ получен
Пациент: [[P:{p_fi}]] (ЕСИА), телефон [[T:{ph1}]], e-mail [[E:{m1}]]
Тема: Результаты КТ
Текст: Здравствуйте! [[D:{t2_wd}]] мне сделали «{study_short}» в вашей больнице (номер исследования [[R:{acc}]]). Заключение пришло, а снимков в «Моих исследованиях» нет. Нужны для ЛОР-врача [[P:{d_s_gen}]] (клиника по адресу [[A:{ao2}]]).
Ответ ({org}, [[D:{t4}]]): Уважаемый(ая) [[P:{p_io}]]! Изображения выгружены в ЕРИС, код доступа [[R:{pcode}]] действует 30 дней. Ссылка отправлена на [[E:{m1}]].
Ответственный: администратор PACS [[P:{k_s}]], [[E:{mo2}]], тел. [[T:{phc2}]] доб. {ext}
Оценка ответа: ★★★★☆""",
    ),
    (
        7002215,
        "журнал аудита доступа к исследованию в PACS (выгрузка для службы защиты ПДн)",
        """PACS Audit Trail export — filter: AccessionNumber = [[R:{acc}]]
Requested by: служба информационной безопасности, запрос № {outno} (жалоба пациента [[P:{p_s_gen}]], вх. [[R:{inc}]] от [[D:{t4}]])
Timestamp              User            Role          Action          Object
[[D:{t2_iso}]]T{tms1}   [[P:{x_lat}]]          technologist  STORE           Study [[R:{uid_st}]]
[[D:{t2_iso}]]T{tms2}   [[P:{r_lat}]]           radiologist   VIEW            Patient [[R:{pid}]]
[[D:{t3_iso}]]T{tms3}   [[P:{e_lat}]]         radiologist   VIEW/EXPORT     Series [[R:{uid_se}]] → USB
[[D:{t4_iso}]]T{tms4}   [[P:{k_lat}]]         registrar     PRINT           Report [[R:{prot}]]
Source IP: {ip}, node {ae}, port {port}
Вывод: выгрузка на USB выполнена врачом [[P:{e_s_ins}]] без заявки; исследование: {study}, пациент [[P:{p}]], д.р. [[B:{bd}]].
Подпись: инженер по ИБ [[P:{m_s}]]""",
    ),
    (
        7002488,
        "переписка сосудистого хирурга с рентгенологом по электронной почте со ссылкой на просмотрщик",
        """От: [[P:{d}]] <[[E:{md}]]>
Кому: [[E:{mr}]]
Дата: [[D:{t3_w}]], {tm2}
Тема: КТА н/к — [[P:{p_s}]], Acc [[R:{acc}]]
[[P:{r_io}]], добрый день!
Посмотрите, пожалуйста, ещё раз КТ-ангиографию у [[P:{p_gen}]] ([[B:{bd}]] г.р., ИБ [[R:{ib}]]) от [[D:{t2}]]: мне кажется, окклюзия ПБА слева длиннее, чем в заключении.
Ссылка на просмотр: https://pacs.{host}/viewer?acc=[[R:{acc}]]&StudyInstanceUID=[[R:{uid_st}]]
Серия {series}, срезы {inst}–<<###>>. Планируем шунтирование, консилиум [[D:{t4}]].
--
[[P:{d_s}]], отделение сосудистой хирургии, тел. [[T:{phc1}]] вн. {ext}
> Ответ [[P:{r_s_gen}]] от [[D:{t3_dm}]]: согласен, протяжённость ~{size} мм, дополнение к протоколу [[R:{prot}]] внесено.""",
    ),
    (
        7000441,
        "ответ модального рабочего списка (findscu, C-FIND MWL) на консоли МР-томографа",
        """$ findscu -v -W -aet {ae_mr} -aec RIS_MWL {ip} {port} -k "ScheduledProcedureStepSequence[0].ScheduledStationAETitle={ae_mr}"
I: Requesting Association
I: Association Accepted (Max Send PDV: 16372)
I: Sending Find Request (MsgID 1)
I: ---------------------------
I: Find Response: 1 (Pending)
I: (0008,0050) SH [[[R:{acc}]]]                             #  10, 1 AccessionNumber
I: (0010,0010) PN [[[P:{p_dcmc}]]]       #  40, 1 PatientName
I: (0010,0020) LO [[[R:{pid}]]]                             #  10, 1 PatientID
I: (0010,0030) DA [[[B:{bd_dcm}]]]                               #   8, 1 PatientBirthDate
I: (0010,2154) SH [[[T:{ph1}]]]                      #  16, 1 PatientTelephoneNumbers
I: (0020,000d) UI [[[R:{uid_st}]]]   #  54, 1 StudyInstanceUID
I: (0032,1032) PN [[[P:{d_dcmc}]]]        #  38, 1 RequestingPhysician
I: (0040,0100) SQ (Sequence with explicit length #=1)      #  96, 1 ScheduledProcedureStepSequence
I:   (0008,0060) CS [MR]                                     #   2, 1 Modality
I:   (0040,0001) AE [{ae_mr}]                                #   8, 1 ScheduledStationAETitle
I:   (0040,0002) DA [[[D:{t2_dcm}]]]                             #   8, 1 ScheduledProcedureStepStartDate
I:   (0040,0003) TM [{tmd2}]                                 #   6, 1 ScheduledProcedureStepStartTime
I:   (0040,0006) PN [[[P:{x_dcm2}]]]                  #  18, 1 ScheduledPerformingPhysicianName
I:   (0040,0007) LO [{study_short}]  #  36, 1 ScheduledProcedureStepDescription
I:   (0040,0009) SH [[[R:{sps}]]]                           #  10, 1 ScheduledProcedureStepID
I: (0040,1001) SH [[[R:{rp}]]]                              #   8, 1 RequestedProcedureID
I: (0040,2016) LO [[[R:{ord}]]]                             #  10, 1 PlacerOrderNumberImagingServiceRequest
I: Received Final Find Response (Success)
I: Releasing Association
# оператор: [[P:{x_s}]], {mr_model}, SoftwareVersions ПО R5.1.2""",
    ),
    (
        7001308,
        "анкета безопасности МРТ (импланты, кардиостимулятор) с отметками рентгенолаборанта",
        """АНКЕТА ПАЦИЕНТА ПЕРЕД МРТ       {org}, каб. {room} ({mr_model})
ФИО: [[P:{p}]]   Дата рождения: [[B:{bd_sh}]]   Масса: {wt} кг   Рост: {ht} см
Направление: [[R:{ref}]]   Accession: [[R:{acc}]]
Исследование: {study} (НМУ {nmu}), контраст {contrast}, {cvol} мл
Есть ли у Вас:
  кардиостимулятор / дефибриллятор  ☑ ДА — карта пациента с ЭКС № [[R:{ecs}]], паспорт изделия (серийный № {serial}), МР-совместимый (MR Conditional 1,5 Т)
  металлоконструкции, клипсы, кохлеарный имплант  ☐ нет
  татуировки, пирсинг  ☐ нет     клаустрофобия  ☑ умеренная
  аллергия на гадолиний  ☐ нет    СКФ <<##>> мл/мин от [[D:{t1}]]
Программирование ЭКС в режим MRI: кардиолог [[P:{m_s}]], [[D:{t2}]] {tm1}; вернуть режим DDD после исследования.
Анкету заполнил{p_a} [[P:{p_s}]] ______  Сверил: рентгенолаборант [[P:{x_s}]]
Сопровождающий: [[P:{q_fi}]], тел. [[T:{ph2}]]""",
    ),
    (
        7000219,
        "протокол МРТ с сопоставлением с предыдущим исследованием (радиологическое заключение)",
        """{org}
[[A:{ao}]], тел. [[T:{phc1}]]
ПРОТОКОЛ МРТ № [[R:{prot}]]            Дата: [[D:{t2_w}]]
Ф.И.О.: [[P:{p}]]   Возраст: {age}   Амб. карта: [[R:{amb}]]
Исследование: {study}; {mr_model}; Gd — {contrast} {cvol} мл, серия {lot}
Сравнение: МРТ от [[D:{told}]] (ИД [[R:{acc2}]], архив PACS).
Описание: Аденогипофиз высотой <<#>> мм, в правой половине — гипоинтенсивный на Т1 очаг <<#>>×<<#>> мм с отсроченным накоплением (в динамике без роста). Воронка по средней линии. Хиазма не компримирована.
Заключение: микроаденома гипофиза (D35.2), стабильная.
Врач-рентгенолог [[P:{r}]]       Консультант: к.м.н. [[P:{e_s}]]
Протокол направлен лечащему врачу-эндокринологу [[P:{d_s_dat}]] ([[E:{md}]]).""",
    ),
    (
        7000128,
        "талон на оказание ВМП и направление на предоперационную МРТ-трактографию (квота)",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:{vmp}]]
Дата оформления: [[D:{t1}]]   Профиль: нейрохирургия; вид ВМП {vmp_vid}, группа {vmp_gr}
Пациент: [[P:{p}]], [[B:{bd}]] г.р., пол {p_sex}
СНИЛС: [[S:{sn}]]; полис ОМС: [[O:{enp}]]; паспорт: [[Q:{pas}]]
Адрес регистрации: [[A:{a1}]]; тел. [[T:{ph1}]]
Диагноз: C71.1 — глиома левой лобной доли
Направляющая МО: {org2}, лечащий врач [[P:{d_s}]]
Принимающая МО: {org}; дата планируемой госпитализации [[D:{t4}]]
Перед госпитализацией выполнить: {study} (ФСИДИ {fsidi}), направление № [[R:{ref}]], запись [[D:{t3}]] {tm2}.
Исследование загрузить в PACS принимающей МО (Study UID [[R:{uid_st}]]).
Комиссия органа управления здравоохранением: протокол № [[R:{order_no}]] от [[D:{t1}]]; секретарь [[P:{k_s}]]""",
    ),
    (
        7001225,
        "запрос в страховую компанию на согласование МРТ по ДМС и гарантийное письмо",
        """Кому: АО «СОГАЗ-Мед», пульт медицинского сопровождения, [[E:dms.volga@sogaz-med.ru]]
От: {org}, отдел платных услуг, тел. [[T:{phc1}]]
Прошу согласовать: {study} (НМУ {nmu}, цена {price} руб.) для застрахованного:
[[P:{p}]], [[B:{bd}]], полис ДМС [[R:{dms}]], программа «Оптимум»
Диагноз: S83.2, повреждение медиального мениска? Травма при игре в хоккей [[D:{t1}]].
Направил травматолог [[P:{d_s}]], амб. карта [[R:{amb}]].
---
ОТВЕТ: гарантийное письмо № {outno} от [[D:{t2}]] — согласовано, 1 (одно) исследование, срок до [[D:{t5}]].
Врач-куратор [[P:{m_fi}]], тел. [[T:{phc2}]]
Запись пациента: [[D:{t3}]] {tm3}, Accession [[R:{acc}]]; SMS на [[T:{ph1}]] отправлено.""",
    ),
    (
        7000094,
        "выписка из протокола онкологического консилиума с результатами МР-спектроскопии",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА № [[R:{prot}]] от [[D:{t4}]]
{org}
Пациент: [[P:{p}]], [[B:{bd}]] г.р., ИБ [[R:{ib}]], СНИЛС [[S:{sn}]]
Диагноз: D43.0. Объёмное образование правой височной доли.
Исследования: {study} от [[D:{t2}]] (Acc [[R:{acc}]]): Cho/NAA 3,4, Cho/Cr 2,8, пик лактата; МРТ с контрастом от [[D:{t1}]].
Гистология: не выполнялась.
Председатель: [[P:{h}]]; члены: нейрохирург [[P:{d_s}]], онколог [[P:{m_s}]], рентгенолог [[P:{r_s}]]
Решение: стереотаксическая биопсия, далее — по результату. Пациент ознакомлен, контактный телефон [[T:{ph1}]], дочь [[P:{q_io}]] — [[T:{ph2}]].
Секретарь [[P:{k_s}]]""",
    ),
    (
        7000227,
        "заключение референс-центра по телерадиологическому описанию (ответ в ЦРБ)",
        """{refc}
ЗАКЛЮЧЕНИЕ ПО ДИСТАНЦИОННОМУ ОПИСАНИЮ
Запрос: [[R:{tele}]] от [[D:{t2}]]; направившая МО: {crb}
Пациент: [[P:{p_s}]], [[B:{bd}]] г.р.; PID в ЦРБ [[R:{pid}]], PID в РЦ [[R:{pid2}]]
Исследование: {study}; Accession [[R:{acc}]]; Study UID [[R:{uid_st}]]
Получено: [[D:{t2}]] {tm1}; описано: [[D:{t2}]] {tm3} (норматив 24 ч соблюдён)
Результат: в левом мостомозжечковом углу образование {size} мм с интраканальным компонентом (Koos II) — невринома VIII нерва?
Рекомендации: МРТ с в/в контрастированием; консультация нейрохирурга [[P:{h_s_gen}]]
Врач-рентгенолог РЦ: [[P:{r}]], электронная подпись (сертификат {serial2})
Контакты дежурного РЦ: [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        7001381,
        "запись в журнале регистрации исследований кабинета МРТ (рукописный журнал, скан)",
        """Журнал регистрации МРТ-исследований, каб. {room} — лист <<##>> (скан, OCR)
№  | Дата       | ФИО, год рожд.                  | Адрес                 | Направл.     | Исследование     | Врач
<<###>> | [[D:{t2_sh}]] | [[P:{n_s}]], {bdn_y}               | —                      | [[R:{ref2}]] | МРТ ГМ              | [[P:{r_sur}]]
<<###>> | [[D:{t2_sh}]] | [[P:{p_ocr}]], {bdy}   | [[A:{a3}]]         | [[R:{ref}]] | МРТ ПКОП с КУ        | [[P:{r_sur}]]
Примечание на полях (рукой): «[[P:{p_sur}]] — контраст {contrast} {cvol} мл, серия {lot}; реакции нет. Повтор через 3 мес. — записать на [[D:{t6_dm}]] тел. [[T:{ph1}]]»
Accession в РИС для строки: [[R:{acc_o}]]
Исследование по ФСИДИ: {study} ({fsidi})
Подпись лаборанта: [[P:{x_sur}]]""",
    ),
    (
        7000052,
        "переписка врачей в мессенджере о результатах МР-венографии",
        """Чат «Неврология — лучевая диагностика {short}»
[[D:{t2_dm}]] {tm1} [[P:{d_fi}]]: коллеги, срочно гляньте МР-венографию [[P:{p_s_gen}]], {age} г., Acc [[R:{acc}]], подозрение на тромбоз сигмовидного синуса
[[D:{t2_dm}]] {tm2} [[P:{r_fi}]]: смотрю. Это из {crb}? PID [[R:{pid}]]?
[[D:{t2_dm}]] {tm2} [[P:{d_fi}]]: да, ИБ [[R:{ib}]], д.р. [[B:{bd}]]. Родственник на связи [[T:{ph2}]]
[[D:{t2_dm}]] {tm3} [[P:{r_fi}]]: 🧠 дефект наполнения в левом поперечном и сигмовидном синусах, I67.6 подходит. Протокол [[R:{prot}]] подпишу через 10 мин
[[D:{t2_dm}]] {tm4} [[P:{h_fi}]]: переводим в ОРИТ, антикоагулянты. [[P:{r_io}]], спасибо!
[[D:{t2_dm}]] {tm4} [[P:{r_fi}]]: 👍 серии {series} и {series2}, изображения с {inst}
(сообщения удалены из чата через 24 ч согласно регламенту, выгрузка для служебной проверки)""",
    ),
    (
        7017577,
        "карта маршрутизации пациента с ОНМК в первичном сосудистом отделении (хронометраж)",
        """КАРТА ПАЦИЕНТА С ОНМК (хронометраж «дверь — игла»)   {org}, ПСО
ФИО: [[P:{p}]]   Д.р.: [[B:{bd}]]   № ИБ: [[R:{ib}]]   Карта вызова СМП: [[R:{tap}]]
Адрес вызова: [[A:{a1}]]
Контакт родственника: [[P:{u_io}]] (сын), [[T:{ph2}]]
Время                | Этап
[[D:{t2_dm}]] {tm1}   | поступление в приёмное (NIHSS <<#>>)
[[D:{t2_dm}]] {tm2}   | КТ ГМ нативно, Acc [[R:{acc2}]] — ASPECTS <<#>>
[[D:{t2_dm}]] {tm3}   | {study}, Acc [[R:{acc}]] — зона ограничения диффузии в бассейне ЛСМА
[[D:{t2_dm}]] {tm4}   | начало ТЛТ (альтеплаза <<##>> мг), врач [[P:{d_s}]]
Door-to-needle: <<##>> мин; показатель «время МРТ» внесён в регистр ОНМК, № записи [[R:{ref}]].
Дежурный рентгенолог [[P:{r_s}]]; МР-томограф {mr_model}, протокол «stroke» {slice} мм.""",
    ),
    (
        7001456,
        "договор на оказание платных медицинских услуг и кассовый чек",
        """ДОГОВОР № [[R:{pmu}]] на оказание платных медицинских услуг
{city} [[D:{t2_q}]]
{org} (лицензия № Л041-01<<###>>-16/00<<######>>), именуемое «Исполнитель», с одной стороны, и
[[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]] выдан [[D:{pas_d}]], код подразделения {kpd},
зарегистрированн{p_yi} по адресу: [[A:{a2}]], тел. [[T:{ph1}]], именуем{p_yi} «Потребитель», заключили договор:
1. Исполнитель оказывает услугу: {study} (код {nmu}), стоимость {price} руб. 00 коп.
2. Дата оказания: [[D:{t3}]], {tm2}, каб. {room}.
3. Результат выдаётся на CD (расписка № [[R:{cd}]]) и в личный кабинет (код [[R:{pcode}]]).
Потребитель ________ [[P:{p_s}]]     Исполнитель: администратор [[P:{k_s}]]
---
КАССОВЫЙ ЧЕК № {cheque}  Смена № <<##>>  ФН 7380 4400 <<####>> <<####>>  ФД <<#####>>  ФП {fp}
ИНН 16<<########>>  МРТ всего тела — {price},00  ИТОГО ={price},00  Кассир [[P:{k_sur}]]""",
    ),
    (
        7000490,
        "журнал передачи исследования между архивами PACS (C-MOVE) для аблации",
        """DICOM Router log (node {ae_mr} → CARDIO_PACS {ip}:{port})
[[D:{t3_iso}]] {tms1} INFO  C-MOVE request MoveOriginator=ARRHYTHMIA_WS1 Dest=CARDIO_PACS
[[D:{t3_iso}]] {tms1} INFO    QueryRetrieveLevel=STUDY  PatientID=[[R:{pid}]]  AccessionNumber=[[R:{acc}]]
[[D:{t3_iso}]] {tms1} INFO    StudyInstanceUID=[[R:{uid_st}]]
[[D:{t3_iso}]] {tms2} INFO    Sub-operations: completed={nimg} failed=0 warning=0
[[D:{t3_iso}]] {tms2} WARN    Series [[R:{uid_se2}]] has PatientName=[[P:{p_dcm2}]] (Latin) vs [[P:{p_dcmc}]] in RIS — coerced
[[D:{t3_iso}]] {tms3} INFO  Association released
Заявка на передачу: [[P:{d_s}]] (аритмология, {org2}); исследование: {study}; пациент [[P:{p_s}]], д.р. [[B:{bd_sh}]]
Цель: 3D-реконструкция ЛП и устьев лёгочных вен для аблации, назначена на [[D:{t5}]]
Администратор PACS: [[P:{m_s}]], [[E:{mo2}]]""",
    ),
    (
        7003296,
        "выборка из флюорографического регистра поликлиники с направлением на дообследование",
        """ФЛЮОРОГРАФИЧЕСКИЙ РЕГИСТР — выборка «патология, требует дообследования»
{poly}, участок № <<##>>, период [[D:{t1}]] — [[D:{t3}]]
№ ФЛГ          | Дата       | ФИО                     | Д.р.        | Адрес                     | Результат
[[R:{flg}]] | [[D:{t1}]] | [[P:{p}]] | [[B:{bd}]] | [[A:{a1}]] | очаговая тень S6 справа
[[R:{flg2}]] | [[D:{t2}]] | [[P:{n}]] | [[B:{bdn}]] | [[A:{a2}]] | фиброз, без динамики с 2019 г.
Пациент [[P:{p_s}]] приглашён по тел. [[T:{ph1}]] [[D:{t2}]] (медсестра [[P:{k_s}]]).
Направление № [[R:{ref}]]: {study} (ФСИДИ {fsidi}, НМУ {nmu}) — выполнено [[D:{t3}]], протокол [[R:{prot}]], ЭЭД {msv} мЗв.
Результат: Lung-RADS {lungrads}, солидный узел {size} мм; консультация фтизиатра/онколога.
Аппарат: {xr_model}, зав. № {serial}. Зав. отделением [[P:{h_s}]]""",
    ),
    (
        7003288,
        "запись в журнале рентгеновского кабинета о рентгеноскопии с дозой облучения",
        """ЖУРНАЛ ЗАПИСИ РЕНТГЕНОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ (ф. 050/у), кабинет № {room}
Рег. № [[R:{jr}]]   Дата [[D:{t2}]]   Время {tm2}
Ф.И.О.: [[P:{p}]]   Год рождения: {bdy}   Адрес: [[A:{a_br}]]
Кем направлен: пульмонолог [[P:{d_s}]], амб. карта [[R:{amb}]]
Исследование: {study}, многопроекционная, с функциональными пробами (дыхание, Мюллер)
Режим: {kv} кВ, 2,<<#>> мА, время скопии 1 мин <<##>> с; ДАП {dap} Гр·см²; ЭЭД {msv} мЗв
Доза внесена в лист учёта дозовых нагрузок № [[R:{dose}]] (вклеен в амб. карту)
Заключение: подвижность левого купола диафрагмы ограничена, парадоксальное движение при пробе Мюллера не выявлено.
Рентгенолог [[P:{r_s}]]; рентгенолаборант [[P:{x_s}]]; аппарат {xr_model} ({serial})""",
    ),
    (
        7003734,
        "направление из травмпункта на рентгенографию и талон пациента (ТАП)",
        """ТРАВМПУНКТ {poly}
ТАП № [[R:{tap}]]   Дата: [[D:{t1}]]  Время обращения: {tm1}  Талон очереди {queue}
Пациент: [[P:{p}]], [[B:{bd}]] г.р.; полис [[O:{enp}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Обстоятельства: упал{p_a} на льду у дома [[D:{t1}]] около 07:40. Доставлен{p_a} родственником [[P:{u_ins}]] (тел. [[T:{ph2}]]).
НАПРАВЛЕНИЕ НА РЕНТГЕНОГРАФИЮ: {study} (прямая проекция + по Лауэнштейну). Срочно.
Рентген-кабинет № {room}: выполнено {tm2}, Accession [[R:{acc}]], ЭЭД {msv} мЗв.
Заключение рентгенолога [[P:{r_s}]]: перелом лонной и седалищной костей справа без смещения (S32.5).
Травматолог [[P:{d_s}]] Извещение в полицию не требуется (бытовая травма).""",
    ),
    (
        7003155,
        "направление ребёнка на рентгенографию из детской поликлиники с данными законного "
        "представителя",
        """ДЕТСКАЯ ПОЛИКЛИНИКА № <<#>> {city}
НАПРАВЛЕНИЕ НА РЕНТГЕНОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:{ref}]]
Ребёнок: [[P:{c}]], дата рождения [[B:{bdc}]] ({agec} лет)
Свидетельство о рождении: [[C:{bc}]]; СНИЛС ребёнка [[S:{sn2}]]; полис ОМС [[O:{enp2}]]
Законный представитель: мать [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], тел. [[T:{ph2}]]
Адрес: [[A:{a1}]]
Исследование: {study} (носоподбородочная проекция); диагноз: J01.0, острый синусит?
Лучевая нагрузка ребёнку обоснована (ЛОР [[P:{d_s}]]). Защитный фартук для сопровождающего — да.
Результат [[D:{t2}]]: затемнение левой верхнечелюстной пазухи с уровнем жидкости. Протокол [[R:{prot}]], ЭЭД {msv} мЗв.
Рентгенолог [[P:{r_s}]]; уч. педиатр [[P:{m_s}]]""",
    ),
    (
        7003494,
        "протокол рентгеноскопии желудка с бариевой взвесью и памятка о выведении контраста",
        """{org}, рентгенологическое отделение
ПРОТОКОЛ № [[R:{prot}]] от [[D:{t2}]]
Пациент: [[P:{p_s}]]; д.р. [[B:{bd}]]; ИБ [[R:{ib}]]; отделение гастроэнтерологии, палата <<##>>
Исследование: {study}; бариевая взвесь 250 мл (Бар-ВИПС, серия {lot})
Режим: {kv} кВ, время скопии <<#>> мин, ДАП {dap} Гр·см², снимков <<#>>
Описание: пищевод проходим, желудок обычной формы; в антральном отделе по малой кривизне депо бария {size} мм с конвергенцией складок — язва? Эвакуация своевременная.
Заключение: рентгенологические признаки язвы антрального отдела (K25.9). Рекомендована ЭГДС с биопсией.
Врач [[P:{r}]]
ПАМЯТКА ПАЦИЕНТУ: пейте больше воды 2–3 дня; при отсутствии стула > 2 суток звоните на пост [[T:{phc1}]].""",
    ),
    (
        7003866,
        "распечатка отчёта рентгеновского денситометра (лучевая кость)",
        """DXA Forearm Report  —  {xr_model} / ПО 13.60.2
Patient: [[P:{p_latup}]]    ID: [[R:{pid}]]
DOB: [[B:{bd_sl}]]   Age: {age}   Sex: {p_sx}   Ethnicity: White   Height: {ht} cm   Weight: {wt} kg
Referring Physician: [[P:{d_lats}]]
Scan date: [[D:{t2_sl}]]  ID: A<<#######>>   Scan Type: Left Forearm   Analysis: [[D:{t2_sl}]] {tms2}
Region      BMD (g/cm²)   T-score   Z-score
1/3 radius  0,<<###>>          {tscore}     {zscore}
UD          0,<<###>>          {tscore}     {zscore}
Total       0,<<###>>          {tscore}     {zscore}
WHO Classification: by T-score (≤ −2,5 osteoporosis). Fracture risk (FRAX): major <<##>> %, hip <<#>>,<<#>> %
Comment: исследование «{study}» выполнено [[D:{t2}]] пациенту [[P:{p_s_dat}]], амб. карта [[R:{amb}]]; врач [[P:{r_s}]]""",
    ),
    (
        7004088,
        "запрос военного комиссариата и ответ поликлиники о результатах рентгенографии стоп",
        """ВОЕННЫЙ КОМИССАРИАТ СОВЕТСКОГО РАЙОНА
исх. № {outno} от [[D:{t1}]]
Главному врачу {poly}
Прошу направить результаты рентгенографии стоп с нагрузкой призывника
[[P:{p_gen}]], [[B:{bd}]] г.р., военный билет / удостоверение гражданина, подлежащего призыву: [[R:{mil}]],
проживающ{p_ei} в [[A:{al1}]], для определения степени плоскостопия.
Военный комиссар [[P:{h_s}]], исп. [[P:{k_s}]], тел. [[T:{phc2}]]
---
Отметка поликлиники: вх. № [[R:{inc}]] от [[D:{t2}]].
ОТВЕТ: {study} с нагрузкой выполнена [[D:{t3}]] (протокол [[R:{prot}]]): угол продольного свода справа <<1##>>°, слева <<1##>>°, высота свода <<##>> мм — продольное плоскостопие III степени (M21.4).
Рентгенолог [[P:{r_s}]]; ответ отправлен нарочным [[D:{t4}]]""",
    ),
    (
        7003387,
        "лист двойного прочтения скрининговой маммографии с прицельной рентгенографией",
        """ЛИСТ ДВОЙНОГО ПРОЧТЕНИЯ МАММОГРАММ      пакет № <<##>> (сессия [[D:{t2}]])
Скрининговый № [[R:{msc}]]   Приглашение от [[D:{t1}]]
Ф.И.О.: [[P:{p}]]   Д.р.: [[B:{bd}]]   СНИЛС: [[S:{sn}]]   тел. [[T:{ph1}]]
Предыдущая маммография: [[D:{told}]], № [[R:{msc2}]]
1-й чтец: [[P:{r_s}]] — BI-RADS {birads}, плотность ACR {acr}; слева ВНК — асимметрия
2-й чтец: [[P:{e_s}]] — BI-RADS 0, требуется дообследование
Арбитр: [[P:{h_s}]] — вызвать на прицельную рентгенографию левой МЖ + УЗИ
Вызов: [[D:{t3}]] по тел., SMS на [[T:{ph1}]], письмо по адресу [[A:{a1}]]
Выполнено [[D:{t4}]]: прицельная МГ, Acc [[R:{acc}]], маммограф {xr_model}, AGD 1,<<#>> мГр
Итог: BI-RADS {birads}. Маршрутизация в ЦАОП {org}. Регистратор скрининга [[P:{k_s}]]""",
    ),
    (
        7003627,
        "журнал учёта введения рентгеноконтрастных средств (экскреторная урография)",
        """ЖУРНАЛ УЧЁТА ВВЕДЕНИЯ КОНТРАСТНЫХ СРЕДСТВ, рентгенкабинет № {room}, {org}
Дата        | Рег. №     | Пациент (ФИО, д.р.)                 | Препарат, серия, годен до   | Объём | Реакция | Подпись
[[D:{t2}]] | [[R:{jr}]] | [[P:{p_s}]], [[B:{bd}]] | {contrast}, {lot}, {exp_m}   | {cvol} мл | лёгкая (крапивница) | [[P:{x_sur}]]
[[D:{t2}]] | [[R:{jr2}]] | [[P:{n_s}]], [[B:{bdn}]] | {contrast}, {lot}, {exp_m}   | 50 мл | нет | [[P:{x_sur}]]
Исследование для [[P:{p_s_gen}]]: {study}, ИБ [[R:{ib}]], направление урологом [[P:{d_s_ins}]]
Реакция: через 4 мин — крапивница на груди, АД {bp}, ЧСС {hr}; введено: хлоропирамин 20 мг в/м. Врач [[P:{r_s}]]
Извещение о нежелательной реакции в Росздравнадзор (АИС «Фармаконадзор») № [[R:{notice}]] от [[D:{t2}]]; пациенту выдан
паспорт больного аллергическим заболеванием № [[R:{allerg}]]; сообщено родственнице [[P:{q_fi_dat}]], [[T:{ph2}]]""",
    ),
    (
        7004294,
        "выписка из направления на медико-социальную экспертизу (раздел инструментальных "
        "исследований)",
        """НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (ф. 088/у), № [[R:{ref}]] от [[D:{t4}]]
Гражданин: [[P:{p}]]; дата рождения [[B:{bd}]]; СНИЛС [[S:{sn}]]
Документ, удостоверяющий личность: паспорт [[Q:{pas}]], выдан [[D:{pas_d}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Протокол ВК № [[R:{order_no}]] от [[D:{t4}]]; предыдущее освидетельствование: акт [[R:{mse}]]
п. 30. Результаты инструментальных исследований:
— {study} от [[D:{t2}]] (протокол [[R:{prot}]]): нестабильность L4–L5 (смещение 4 мм при сгибании), спондилоартроз;
— МРТ ПКОП от [[D:{told}]]: грыжа L4–L5 7 мм (M51.1);
— ЭНМГ от [[D:{t3}]]: радикулопатия L5 слева.
Председатель ВК [[P:{h_s}]]; лечащий врач [[P:{d_s}]]; направление передано в бюро МСЭ № <<##>> электронно.""",
    ),
    (
        7017692,
        "направление на прижизненное патологоанатомическое исследование после стереотаксической "
        "биопсии молочной железы (маркировка флаконов)",
        """НАПРАВЛЕНИЕ НА ПРИЖИЗНЕННОЕ ПАТОЛОГОАНАТОМИЧЕСКОЕ ИССЛЕДОВАНИЕ (ф. 014/у) № [[R:{bx}]]
{org}, маммологическое отделение
Пациентка: [[P:{p}]]; д.р. [[B:{bd}]]; полис [[O:{enp}]]; СНИЛС [[S:{sn}]]; ИБ [[R:{ib}]]
Вмешательство: {study} (НМУ {nmu}) под контролем {xr_model}; игла 14G; [[D:{t2}]] {tm2}
Локализация: левая МЖ, ВНК, скопление микрокальцинатов BI-RADS {birads} (Acc маммографии [[R:{acc}]])
Материал (10 % NBF, время фиксации с {tm3}):
  флакон 1 — [[R:{jar1}]] — столбики 1–3 (с кальцинатами на контрольной рентгенограмме)
  флакон 2 — [[R:{jar2}]] — столбики 4–6
  флакон 3 — [[R:{jar3}]] — столбик 7
Установлена маркерная клипса. Лот иглы {lot}.
Врач-рентгенолог [[P:{r_s}]]; мед. сестра [[P:{k_s}]]
Принято в ПАО [[D:{t2}]]: рег. № [[R:{hist}]], лаборант [[P:{x_s}]]""",
    ),
    (
        7005432,
        "протокол УЗИ щитовидной железы с эластографией и выгрузка заголовка ультразвукового "
        "аппарата",
        """[{us_model}]  Patient: [[P:{p_dcm2}]]   ID: [[R:{pid}]]   Exam: [[D:{t2_dcm}]]-{tmd2}   Probe L3-12  TIs 0.2 MI 1.1
---------------------------------------------------------------------------------------------
ПРОТОКОЛ УЗИ № [[R:{prot}]]   {org}
Пациент: [[P:{p}]], [[B:{bd}]] г.р.   Направил: эндокринолог [[P:{d_s}]]
Исследование: {study} (ФСИДИ {fsidi})
Объём: правая доля <<#>>,<<#>> мл, левая доля <<#>>,<<#>> мл, общий <<##>>,<<#>> мл (норма для женщин до 18 мл)
Правая доля, средняя треть: гипоэхогенный солидный узел {size} мм, неровный контур, микрокальцинаты; «выше, чем шире».
Эластография (компрессионная): тип 4 по Tsukuda; SR <<#>>,<<#>>. Регионарные л/у не изменены.
Заключение: узел правой доли, EU-TIRADS {tirads}. Рекомендована ТАБ.
Запись на ТАБ: [[D:{t4}]] {tm3}, направление [[R:{ref}]]. Изображения в PACS (Acc [[R:{acc}]]).
Врач УЗД [[P:{r_s}]]""",
    ),
    (
        7005036,
        "протокол чреспищеводной эхокардиографии и согласие на седацию",
        """СОГЛАСИЕ НА ЧРЕСПИЩЕВОДНОЕ ИССЛЕДОВАНИЕ И ПРОЦЕДУРНУЮ СЕДАЦИЮ
Я, [[P:{p}]] ([[B:{bd}]] г.р., ИБ [[R:{ib}]]), согласен(на) на исследование «{study}» с седацией пропофолом.
Против: зубные протезы сняты, последний приём пищи [[D:{t2_dm}]] {tm1}. Подпись ____ [[P:{p_s}]]
Анестезиолог [[P:{m_s}]]
---
ПРОТОКОЛ ЧП-ЭхоКГ № [[R:{prot}]]   [[D:{t2}]]  {us_model}, датчик X8-2t (зав. № {serial})
Показание: исключение тромба УЛП перед кардиоверсией (фибрилляция предсердий, I48.1); ЧСС {hr}, АД {bp}
УЛП: тромб не выявлен; скорость опорожнения УЛП <<##>> см/с; спонтанное эхоконтрастирование 1+.
МПП: интактна, ООО не выявлено (проба с пузырьками отрицательная). Аорта: атеросклероз II ст.
Заключение: тромбоза УЛП нет; кардиоверсия разрешена.
Врач ФД [[P:{r}]]; дезинфекция датчика — цикл № {cycle}, [[D:{t2}]] {tm3}
Результат сообщён кардиологу [[P:{d_s_dat}]], тел. [[T:{phc1}]] вн. {ext}""",
    ),
    (
        7007917,
        "распечатка транзиентной эластографии печени (фиброскан)",
        """FibroScan® 630 Expert — Examination report
Operator: [[P:{x_lat}]]           Device SN: F6<<#####>>   Probe: M+ (SN {serial2})
Patient: [[P:{p_latup}]]     Code: [[R:{fib}]]
Date of birth: [[B:{bd_sl}]]        Exam date: [[D:{t2_sl}]] {tm2}
Valid measurements: 10 / 10      IQR/med: <<##>> %
E (stiffness): {kpa} kPa          CAP: {cap} dB/m
Interpretation (ЕАСЛ 2021): F3–F4 (METAVIR) при E > 12,5 kPa; стеатоз S3 при CAP > 280 dB/m
Направление: гастроэнтеролог [[P:{d_s}]], амб. карта [[R:{amb}]]
Исследование: {study} (ФСИДИ {fsidi}, НМУ {nmu}) — {org}
Пациент: [[P:{p}]], тел. [[T:{ph1}]]; результат отправлен на [[E:{m1}]] [[D:{t2}]]""",
    ),
    (
        7005382,
        "направление фельдшера ФАП на УЗДГ артерий нижних конечностей и протокол исследования",
        """ФАП {rural_nom} ({crb})
Фельдшер [[P:{m}]], тел. [[T:{ph3}]]
НАПРАВЛЕНИЕ № [[R:{ref}]] на консультацию и исследование в {org}
Пациент: [[P:{p}]], [[B:{bd}]] г.р., проживает в [[A:{al1}]]
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Жалобы: боли в икрах при ходьбе через 100 м, зябкость стоп. Курит с юности. СД 2 типа.
Диагноз направления: I70.2, ХИНК IIБ?
Транспорт: рейсовый автобус; сопровождает [[P:{u_fi}]], [[T:{ph2}]]
---
ПРОТОКОЛ [[R:{prot}]] от [[D:{t2}]]: {study}
ЛПИ справа 0,<<##>>, слева 0,<<##>>. ПБА слева — окклюзия в с/3 протяжённостью ~<<1##>> мм, коллатеральный кровоток; ЗББА — магистрально-изменённый тип.
Врач УЗД [[P:{r_s}]], аппарат {us_model}""",
    ),
    (
        7008394,
        "протокол УЗИ вен у постели больного в реанимации (прикроватное исследование)",
        """ОРИТ № 2, {org}; койка <<#>>
ПРОТОКОЛ ПРИКРОВАТНОГО УЗИ № [[R:{prot}]]  [[D:{t3}]] {tm4}
Пациент: [[P:{p_up}]], [[B:{bd}]]; ИБ [[R:{ib}]]; ИВЛ, седация RASS −3
Вызов: реаниматолог [[P:{d_s}]] (вн. {ext}) — отёк левой нижней конечности, D-димер <<####>> нг/мл
Исследование: {study}; портативный {us_model}, конвексный и линейный датчики
Слева: окклюзивный тромбоз общей бедренной, поверхностной бедренной и подколенной вен; в НПВ — флотации нет; верхушка тромба на уровне устья БПВ.
Справа: вены проходимы, компрессия полная.
Заключение: острый тромбоз глубоких вен левой нижней конечности (I80.2); антикоагулянты, контроль через 48 ч.
Врач УЗД [[P:{r_s}]] Сообщено родственнику ([[P:{q_fi}]], [[T:{ph2}]]) лечащим врачом.""",
    ),
    (
        7004534,
        "маршрутный лист диспансеризации с отметкой об УЗИ почек",
        """МАРШРУТНЫЙ ЛИСТ ДИСПАНСЕРИЗАЦИИ (2-й этап)     {poly}
ФИО: [[P:{p}]]   Д.р.: [[B:{bd}]]   Полис: [[O:{enp}]]   Уч.: <<##>>   Амб. карта: [[R:{amb}]]
Телефон: [[T:{ph1}]]
Кабинет    | Исследование                               | Дата          | Отметка
{room}        | ОАК, ОАМ (микрогематурия)                 | [[D:{t1_dm}]]      | ✓ [[P:{k_sur}]]
{room2}        | {study}                | [[D:{t2_dm}]]      | ✓ [[P:{r_sur}]], протокол [[R:{prot}]]
114        | ЭКГ                                        | [[D:{t2_dm}]]      | ✓
310        | Уролог                                     | [[D:{t4_dm}]]      | запись {tm2}
Результат УЗИ: конкремент левой почки 6 мм (N20.0), пиелоэктазия нет; надпочечники не визуализируются.
Группа здоровья: IIIа. Терапевт [[P:{d_s}]], [[D:{t4}]]""",
    ),
    (
        7007933,
        "скрипт оператора колл-центра записи на УЗИ (расшифровка разговора)",
        """Колл-центр «Запись к врачу» — расшифровка звонка № <<######>>, [[D:{t1}]] {tm1}, оператор [[P:{k_fi}]]
Оператор: Здравствуйте, регистратура, [[P:{k_first}]], слушаю вас.
Пациент: Здравствуйте, я [[P:{p_low}]], мне направление дали на узи желчного, номер [[R:{ref}]].
Оператор: Дата рождения, пожалуйста.
Пациент: [[B:{bd_spoken}]].
Оператор: Полис? Назовите номер.
Пациент: [[O:{enp}]].
Оператор: Есть УЗИ желчного пузыря на [[D:{t3_wd}]] в {tm3}, кабинет {room}. Натощак, 8 часов не есть.
Пациент: хорошо. А мой телефон [[T:{ph1}]], сменился, запишите. И дочка может позвонить, [[P:{q_io_low}]], у неё [[T:{ph2}]].
Оператор: Записала. Код записи [[R:{pcode}]], придёт SMS. Адрес: [[A:{ao}]], вход со двора.
(запись разговора хранится 1 год; ID звонка в АТС {serial2})""",
    ),
    (
        7007388,
        "чек-лист маршрутизации пациента с подозрением на ЗНО («зелёный коридор»)",
        """ЧЕК-ЛИСТ «ПОДОЗРЕНИЕ НА ЗНО» (срок дообследования не более 7 раб. дней)
Пациентка: [[P:{p}]]   Д.р.: [[B:{bd}]]   СНИЛС: [[S:{sn}]]   Тел.: [[T:{ph1}]]
Выявлено: [[D:{t1}]], смотровой кабинет {poly}, фельдшер [[P:{m_s}]] — пальпируемый л/у в левой подмышечной области
☑ {study} — [[D:{t2}]], протокол [[R:{prot}]]: л/у {size} мм, кортикальный слой утолщён до 5 мм, ворота не дифференцируются
☑ маммография — [[D:{t2}]], Acc [[R:{acc}]], BI-RADS {birads}
☐ трепанобиопсия — запись в ЦАОП на [[D:{t4}]]
Направление в ЦАОП № [[R:{ref}]] (ф. 057/у), диагноз: C77.3?
Регистр ЗНО: запись [[R:{ref2}]] создана [[D:{t2}]] куратором [[P:{k_s_ins}]]
Сроки соблюдены ☑   Ответственный врач-онколог [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        7012651,
        "протокол телемедицинской консультации «врач — врач» по данным УЗИ шеи",
        """ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ (ТМК) № [[R:{tele}]]
Режим: отложенная; запрос от [[D:{t3}]] {tm1}, ответ [[D:{t4}]] {tm2}
Запрашивающая МО: {crb}, врач-онколог [[P:{d}]], тел. [[T:{phc1}]]
Консультирующая МО: {org}, врач УЗД-эксперт [[P:{e}]]
Пациент: [[P:{p}]]; д.р. [[B:{bd}]]; полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Цель: оценка УЗ-картины шейных л/у после тиреоидэктомии (C73, [[D:{told}]]).
Представлено: {study} от [[D:{t2}]], видеопетли и <<##>> изображений, клипы загружены в РЦ (Acc [[R:{acc}]])
Заключение консультанта: л/у VI уровня справа {size} мм с кистозным компонентом и микрокальцинатами — подозрение на рецидив. ТАБ с определением тиреоглобулина в смыве.
Электронная подпись консультанта [[P:{e_s}]], [[D:{t4}]]""",
    ),
    (
        7004823,
        "талон на УЗИ из женской консультации и SMS о готовности результата",
        """ЖЕНСКАЯ КОНСУЛЬТАЦИЯ {poly}
ТАЛОН НА ИССЛЕДОВАНИЕ № [[R:{ref}]]
Пациентка: [[P:{p_s}]]   Д.р.: [[B:{bd_sh}]]   Карта: [[R:{amb}]]
Исследование: {study} (НМУ {nmu}) — на 5–7 день цикла
Дата: [[D:{t2}]]   Время: {tm2}   Кабинет: {room}   Врач: [[P:{r_s}]]
Направил: акушер-гинеколог [[P:{d_s}]]
При себе: паспорт, полис, пелёнка, презерватив для датчика.
---
SMS от ZK-{short}, [[D:{t2_dm}]] {tm3} → [[T:{ph1}]]:
[[P:{p_io}]], результат УЗИ готов. Код для просмотра в ЛК: [[R:{pcode}]]. Приём у врача [[P:{d_s_gen}]] [[D:{t4_dm}]] в {tm1}. Не придёте — позвоните [[T:{phc1}]].""",
    ),
    (
        7008865,
        "протокол нейросонографии младенца и согласие законного представителя",
        """{org}, отделение патологии новорождённых и недоношенных детей
Пациент: [[P:{c}]], дата рождения [[B:{bdi}]], возраст {agem} мес., ИБ [[R:{ib}]]
Мать: [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], тел. [[T:{ph2}]]
Свидетельство о рождении ребёнка: [[C:{bc}]]; полис ОМС ребёнка [[O:{enp2}]]
Согласие на исследование подписано матерью [[D:{t2}]] — [[P:{q_s}]]
ПРОТОКОЛ № [[R:{prot}]]: {study} через большой родничок ({us_model}, датчик 8C, зав. № {serial})
Боковые желудочки: передние рога D 4 мм, S 5 мм; III желудочек <<#>> мм. Перивентрикулярная эхогенность повышена слева (ПВЛ I ст.?). ВЖК не выявлено.
Заключение: P91.2?; контроль через 2 недели ([[D:{t5}]]).
Врач УЗД [[P:{r_s}]]; неонатолог [[P:{d_s}]]""",
    ),
    (
        7010127,
        "медицинское заключение врачебно-физкультурного диспансера по результатам УЗИ колена",
        """ГАУЗ «Республиканский врачебно-физкультурный диспансер» {short}
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{prot}]] от [[D:{t3}]]
Спортсмен: [[P:{p}]], [[B:{bd}]] г.р., вид спорта: хоккей с мячом, КМС
Команда/организация: СШОР № <<1#>>; тренер [[P:{m_s}]], тел. [[T:{ph3}]]
Исследование: {study} (правый) от [[D:{t2}]], аппарат {us_model}
Результат: частичный разрыв медиальной коллатеральной связки (II ст.), выпот в верхнем завороте 12 мл; мениски без видимых разрывов.
Заключение: к тренировкам и соревнованиям временно не допущен{p_a} до [[D:{t6}]]. Повторный осмотр — [[D:{t6}]].
Врач по спортивной медицине [[P:{d_s}]]; врач УЗД [[P:{r_s}]]
Для сборов: ФИО латиницей (загранпаспорт [[Q:{pasz}]]): [[P:{p_latup}]]""",
    ),
    (
        7005333,
        "карточка результата исследования в мобильном приложении пациента",
        """Госуслуги.Моё здоровье › Мои исследования › Результат
{study}
Дата: [[D:{t2_w}]], {tm2}
Медицинская организация: {org}
Пациент: [[P:{p_fi}]], [[B:{bd}]]
Номер исследования: [[R:{acc}]]   Документ СЭМД: [[R:{prot}]]
Врач: [[P:{r_s}]]
Заключение: в левой МЖ на 2 часах образование {size} мм, жёсткость по эластографии 4 балла (Tsukuba), BI-RADS {birads}.
Рекомендация: биопсия. Записаться: тел. [[T:{phc1}]]
[Скачать PDF]  [Поделиться с врачом]  [Открыть изображения — код [[R:{pcode}]]]
Уведомления приходят на [[E:{m1}]] и [[T:{ph1}]]. Версия приложения 4.12.0""",
    ),
    (
        7011992,
        "протокол видеоколоноскопии с биопсией и маркировкой флаконов",
        """{org}, эндоскопическое отделение
ПРОТОКОЛ ЭНДОСКОПИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{prot}]]     [[D:{t2}]]  {tm2}–{tm4}
Пациент: [[P:{p}]], [[B:{bd}]] г.р.; амб. карта [[R:{amb}]]; направление [[R:{ref}]]
Исследование: {study} (НМУ {nmu}); аппарат Olympus CF-HQ190L, зав. № {serial}
Подготовка: Мовипреп, шкала Бостон 2-3-3 = 8. Седация: пропофол (анестезиолог [[P:{m_s}]]).
Осмотрены все отделы до терминального отдела подвздошной кишки на 10 см.
В сигмовидной кишке на 25 см — полип на ножке 0-Ip, {size} мм (NICE 2, JNET 2A); удалён петлёй, клипса.
В восходящей кишке — плоское образование 0-IIa 8 мм, биопсия ×2.
Материал (направление на гистологию № [[R:{bx}]]):
  флакон № 1 — [[R:{jar1}]] (сигма, полип целиком)
  флакон № 2 — [[R:{jar2}]] (восходящая, биоптаты)
Заключение: полипы толстой кишки (D12.5). Эндоскоп обработан: МДМ, цикл № {cycle}.
Врач-эндоскопист [[P:{r_s}]]; медсестра [[P:{k_s}]]""",
    ),
    (
        7017361,
        "направление на гистологическое исследование биоптатов двенадцатиперстной кишки "
        "(целиакия) и ответ лаборатории",
        """НАПРАВЛЕНИЕ НА ПРИЖИЗНЕННОЕ ПАТОЛОГОАНАТОМИЧЕСКОЕ ИССЛЕДОВАНИЕ БИОПСИЙНОГО МАТЕРИАЛА
№ [[R:{bx}]] от [[D:{t2}]]           Отправитель: {org}, эндоскопия
Пациент: [[P:{p}]]  пол: {p_sex}  д.р.: [[B:{bd}]]  полис: [[O:{enp}]]
ИБ/амб. карта: [[R:{amb}]]   Лечащий врач: гастроэнтеролог [[P:{d_s}]]
Вид вмешательства: {study} (ЭГДС, Olympus GIF-H190)
Маркировка: [[R:{jar1}]] — луковица (2 фрагмента); [[R:{jar2}]] — постбульбарный отдел (4 фрагмента)
Клинические данные: диарея, железодефицитная анемия, tTG-IgA > 10 норм. Диагноз: K90.0?
Прошу оценить по Marsh–Oberhuber, подсчёт МЭЛ на 100 энтероцитов.
---
ОТВЕТ ПАО, рег. № [[R:{hist}]], поступило [[D:{t3}]], готово [[D:{t5}]]:
атрофия ворсин субтотальная, МЭЛ <<##>>/100, гиперплазия крипт — Marsh 3b.
Патологоанатом [[P:{e_s}]]; ответ выдан пациенту [[D:{t5}]], тел. [[T:{ph1}]]""",
    ),
    (
        7017320,
        "журнал обработки бронхоскопов с привязкой к пациентам и протокол бронхобиопсии",
        """ЖУРНАЛ КОНТРОЛЯ ОБРАБОТКИ ЭНДОСКОПОВ (бронхоскопы), {org}
Дата       | Эндоскоп (зав. №)              | Пациент / ИБ                          | ОВО/ДВУ | Цикл МДМ | Ответств.
[[D:{t2}]] | Olympus BF-1TH190 ({serial}) | [[P:{n_s}]] / [[R:{ib2}]]            | ДВУ     | {cycle}    | [[P:{k_sur}]]
[[D:{t2}]] | Olympus BF-1TH190 ({serial}) | [[P:{p_s}]] / [[R:{ib}]]             | ДВУ     | <<#####>>    | [[P:{k_sur}]]
ПРОТОКОЛ БРОНХОСКОПИИ № [[R:{prot}]] ([[P:{p}]], [[B:{bd}]] г.р.)
Исследование: {study}; местная анестезия лидокаин 10 % — 4 доз.
В устье В6 справа — экзофитное образование, суживающее просвет на 2/3. Щипцовая биопсия ×5, браш-биопсия.
Материал: гистология — [[R:{jar1}]], [[R:{jar2}]]; цитология — стёкла [[R:{jar3}]] (№ 1–4).
Осложнения: кровотечение 1 ст., остановлено.
Врач [[P:{r_s}]]; результат — лечащему врачу [[P:{d_s_dat}]], вн. {ext}""",
    ),
    (
        7011968,
        "акт выдачи рекордера для видеокапсульного исследования и краткий отчёт",
        """АКТ ВЫДАЧИ ОБОРУДОВАНИЯ ПАЦИЕНТУ (видеокапсула)  № [[R:{vke}]]
[[D:{t2}]] {tm1}, {org}
Пациент: [[P:{p}]], паспорт [[Q:{pas}]], адрес: [[A:{a1}]], тел. [[T:{ph1}]]
Выдано: рекордер PillCam DR3 (инв. № {serial2}), жилет-сенсор, капсула SB3 (лот {lot}, годна до {exp_m})
Возврат: [[D:{t3}]] до 10:00. При невозврате — ответственность по договору № [[R:{pmu}]].
Подпись пациента ________ [[P:{p_s}]]   Выдала медсестра [[P:{k_s}]]
---
Отчёт: {study} (ФСИДИ {fsidi})
Study ID: [[R:{vke}]]   Пациент в RAPID: [[P:{p_latup}]], ID [[R:{pid}]], DOB [[B:{bd_sl}]]
Время в желудке 0:2<<#>>, в тонкой кишке 4:3<<#>>; капсула достигла слепой кишки.
Находки: в тощей кишке — ангиоэктазии (×3, P2 по Saurin), активного кровотечения нет.
Врач [[P:{r_s}]], [[D:{t4}]]""",
    ),
    (
        7012347,
        "протокол эндосонографии желудка с тонкоигольной пункцией",
        """{org}
ПРОТОКОЛ ЭНДОСОНОГРАФИИ № [[R:{prot}]]   [[D:{t3}]]
Пациент: [[P:{p_s}]]; [[B:{bd}]]; ИБ [[R:{ib}]]; Acc [[R:{acc}]]
Направление: ЭГДС от [[D:{t1}]] — подслизистое образование тела желудка; КТ от [[D:{t2}]] (Acc [[R:{acc2}]])
Исследование: {study}; эхоэндоскоп Pentax EG-3870UTK, процессор ARIETTA 850 (зав. № {serial})
Гипоэхогенное образование {size} мм, исходит из 4-го (мышечного) слоя, однородное, без кальцинатов.
ТИП иглой 22G ×3 прохода: цитология — [[R:{jar1}]], клеточный блок — [[R:{jar2}]].
Заключение: ГИСО? (D37.1). Консультация хирурга [[P:{d_s_gen}]]
Анестезиологическое пособие: [[P:{m_s}]] (пропофол). Эндоскопист [[P:{r}]]
Выписан в 16:00; сопровождающая [[P:{q_fi}]], [[T:{ph2}]]""",
    ),
    (
        7017791,
        "протокол видеоларингоскопии фониатра с записью видео на носитель",
        """{org}, ЛОР-отделение, кабинет фониатра
ПРОТОКОЛ ВИДЕОЛАРИНГОСКОПИИ № [[R:{prot}]]  [[D:{t2}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р.; профессия — учитель; амб. карта [[R:{amb}]]
Исследование: {study} (ринофаринголарингоскоп Pentax VNL-1190STK, зав. № {serial}); стробоскопия
Голосовые складки: на границе передней и средней трети — симметричные узелки {size} мм; смыкание неполное («песочные часы»), слизистая волна ослаблена.
Заключение: узелки голосовых складок (J38.2). Фонопедия, повтор через 2 мес.
Видео записано на USB-носитель пациента, папка VIDEO, файл LARYNX_01.mp4; выдано по расписке № [[R:{cd}]].
Фониатр [[P:{d_s}]]; тел. для записи [[T:{phc1}]]""",
    ),
    (
        7014079,
        "распечатка заключения суточного мониторирования ЭКГ и АД (Холтер + СМАД)",
        """{fd_model} — Отчёт о суточном мониторировании ЭКГ и АД            стр. 1/6
Пациент: [[P:{p}]]          ID: [[R:{hol}]]     СМАД №: [[R:{abpm}]]
Дата рождения: [[B:{bd}]]   Пол: {p_sex}   Рост {ht}  Вес {wt}
Начало записи: [[D:{t2}]] {tm1}   Окончание: [[D:{t3}]] {tm1}   Длительность 23:5<<#>>
Регистратор зав. № {serial2}, манжета M (22–32 см), каналы: 3 (V1, V5, aVF)
Направил: [[P:{d_s}]] ({poly}); амб. карта [[R:{amb}]]
Час      ЧСС ср  мин  макс   ЖЭС  НЖЭС   АД ср (изм.)
[[D:{t2_dm}]] 10:00   {hr}    {hrmin}   <<1##>>    <<#>>    <<##>>     {bp} (<<#>>)
[[D:{t2_dm}]] 23:00   <<##>>    {hrmin}   <<##>>     0    <<#>>      {bp2} (<<#>>)
[[D:{t3_dm}]] 03:00   <<##>>    {hrmin}   <<##>>     <<#>>    <<#>>      {bp2} (<<#>>)
Итого: ЧСС ср {hr}, мин {hrmin} (сон), макс {hrmax}; ЖЭС <<###>> (Lown 2), пароксизм ФП <<##>> мин [[D:{t3_dm}]] 04:12.
СМАД: среднее дневное {bp}, ночное {bp2}; суточный индекс 6 % (non-dipper); измерений 57, успешных 5<<#>>.
Дневник пациента: «[[D:{t2_dm}]] 19:40 — подъём на 5 этаж, сердцебиение».
Врач ФД [[P:{r_s}]]; устройство возвращено [[D:{t3}]], расписка [[R:{hol2}]]""",
    ),
    (
        7014210,
        "заголовок и итог протокола тредмил-теста с печати кардиографического комплекса",
        """STRESS TEST REPORT — Bruce protocol                         CASE Exercise Testing ver. 6.73
Name: [[P:{p_latup}]]           ID: [[R:{ecg}]]         Date: [[D:{t2_mon}]]   {tm2}
DOB: [[B:{bd_mon}]]    Age: {age}   Gender: {p_sx}   Ht {ht} cm   Wt {wt} kg
Referring: [[P:{d_lat}]]        Technician: [[P:{x_lat}]]     Attending: [[P:{r_lat}]]
Indication: I20.8; chest pain          Medications: bisoprolol 2,5 mg (held 48 h)
Stage     Time   Speed  Grade  HR    BP       METS  ST (V5)
Rest      00:00  0.0    0      {hr}    {bp}   1.0   0.0
Stage 1   03:00  2.7    10     1<<0#>>   1<<4#>>/7<<#>>   4.6   −0.6
Stage 2   06:00  4.0    12     1<<2#>>   1<<6#>>/8<<#>>   7.0   −1.4
Peak      07:4<<#>>  5.5    14     {hrmax}   1<<8#>>/8<<#>>   8.4   −2.1
Reason for termination: ST depression > 2 mm. Duke Treadmill Score −<<#>>.
Заключение (рус.): {study} — проба положительная. Протокол [[R:{prot}]], ИБ [[R:{ib}]]. Врач [[P:{r_s}]], [[D:{t2}]].""",
    ),
    (
        7014152,
        "шапка ЭКГ-записи электрокардиографа и передача на дистанционный ЭКГ-центр",
        """[{fd_model}]   25 mm/s   10 mm/mV   0,05–150 Hz   50 Hz ~
Patient ID: [[R:{ecg}]]    Name: [[P:{p_dcm2}]]
DOB: [[B:{bd_dash}]]   {age} y   {p_sx}   BP {bp}
Rec. [[D:{t2_dash}]] {tms1}   Room {room}   Operator: [[P:{x_sur}]]
Vent. rate {hr} bpm; PR {pq} s; QRS 0,<<1#>> s; QT/QTc {qt}/4<<##>> ms; P-R-T axes <<##>> <<##>> <<##>>
SAECG: fQRS <<###>> ms, RMS40 <<##>> µV, LAS40 <<##>> ms — поздние потенциалы желудочков: положительно (2 из 3)
---
Передача в дистанционный ЭКГ-центр {refc}: заявка [[R:{tele}]], [[D:{t2}]] {tm2}
Отправил фельдшер [[P:{m_s}]] ({crb}), тел. [[T:{phc1}]]
Исследование: {study}; пациент [[P:{p}]], проживает в [[A:{al1}]]
Ответ центра ({tm3}): синусовый ритм, блокада ПНПГ, ППЖ+. Врач ФД [[P:{r_s}]]""",
    ),
    (
        7014087,
        "отчёт кардиореспираторного мониторинга сна и расписка о возврате прибора",
        """ОТЧЁТ КАРДИОРЕСПИРАТОРНОГО МОНИТОРИНГА (полиграфия) № [[R:{psg}]]
{org}, сомнологический кабинет
Пациент: [[P:{p}]]; д.р. [[B:{bd}]]; ИМТ <<##>>,<<#>>; окружность шеи 4<<#>> см; Эпворт 1<<#>>
Исследование: {study} (ФСИДИ {fsidi}); прибор SOMNOcheck micro, зав. № {serial}
Запись: [[D:{t2_dm}]] 22:<<#>>5 — 06:<<#>>0 следующих суток, анализируемое время 7 ч <<##>> мин
ИАГ {ahi} /ч (обструктивных <<##>> %), ИД <<##>>,<<#>> /ч, SpO2 мин {spo2} %, T90 <<##>> %
ЧСС ср {hr}, брадикардия до {hrmin} во время апноэ.
Заключение: СОАС тяжёлой степени (G47.3). Рекомендована СИПАП-терапия.
Врач-сомнолог [[P:{r_s}]]
---
РАСПИСКА: прибор возвращён пациентом [[P:{p_s_ins}]] [[D:{t3}]] в {tm1} в исправном состоянии. Залог по договору [[R:{pmu}]] возвращён. Приняла [[P:{k_s}]] Контакт: [[T:{ph1}]]""",
    ),
    (
        7013634,
        "распечатка спирометра с бронходилатационной пробой",
        """SPIROMETRY — MIR Spirolab / ПО 3.2.1                     {org}
Patient: [[P:{p_latup}]]   ID: [[R:{spiro}]]   DOB: [[B:{bd_sl}]]   Age {age}   {p_sx}
Height {ht} cm   Weight {wt} kg   Ethnic: Caucasian   Predicted: GLI-2012
Test date: [[D:{t2_sl}]]   Operator: [[P:{x_lat}]]   Physician: [[P:{r_lats}]]
              Pred    PRE     %Pred   POST    %Chg
FVC (L)       4,<<##>>    {fvc}    {pct}     3,<<##>>    +<<#>>
FEV1 (L)      3,<<##>>    {fev1}    {pct}     2,<<##>>    +<<1#>>
FEV1/FVC      0,7<<#>>    0,5<<#>>            0,6<<#>>
PEF (L/s)     7,<<##>>    4,<<##>>            5,<<##>>
Bronchodilator: salbutamol 400 µg via spacer, 15 min
Interpretation: obstruction, moderate; significant reversibility (+<<2##>> mL, +<<1#>> %).
Заключение на русском: {study} — обратимая обструкция. Амб. карта [[R:{amb}]]; направил [[P:{d_s}]], [[D:{t2}]]""",
    ),
    (
        7013816,
        "направление от профпатолога на велоэргометрию при периодическом медосмотре и результат",
        """НАПРАВЛЕНИЕ НА ПЕРИОДИЧЕСКИЙ МЕДИЦИНСКИЙ ОСМОТР (приказ Минздрава России от [[D:28.01.2021]] № 29н)
Работодатель: ПАО «Нижнекамскнефтехим», цех № <<##>>, табельный № [[R:{jr}]]
Работник: [[P:{p}]], [[B:{bd}]] г.р., пол {p_sex}; профессия — машинист компрессорных установок
Вредные факторы: п. 4.4, 5.1 приложения к приказу 29н
СНИЛС [[S:{sn}]]; паспорт [[Q:{pas}]]; полис ДМС [[R:{dms}]]
Дополнительно по решению профпатолога [[P:{d_s_gen}]]: {study} (НМУ {nmu})
---
ПРОТОКОЛ ВЭМ № [[R:{prot}]] от [[D:{t3}]]: ступенчато-возрастающая нагрузка с 25 Вт по 3 мин;
достигнуто 125 Вт, ЧСС {hrmax} (<<8#>> % от макс.), АД на пике 1<<8#>>/<<8#>>; ишемических изменений ST нет;
постнагрузочный ортостаз: ЧСС +<<##>>, АД без ортостатической гипотензии. ТФН высокая.
Врач ФД [[P:{r_s}]]; результат — в медицинский центр «{short}», тел. [[T:{phc2}]]""",
    ),
    (
        7014046,
        "протокол теста 6-минутной ходьбы в отделении медицинской реабилитации",
        """ОТДЕЛЕНИЕ МЕДИЦИНСКОЙ РЕАБИЛИТАЦИИ, {org}
ПРОТОКОЛ ТЕСТА 6-МИНУТНОЙ ХОДЬБЫ (ТШХ) № [[R:{prot}]]
Пациент: [[P:{p_s}]], [[B:{bd}]]; ИБ [[R:{ib}]]; диагноз I25.2, ХСН ФК II–III
Исследование: {study} (ФСИДИ {fsidi}), коридор 30 м
Дата: [[D:{t3}]]   Начало {tm2}   Инструктор ЛФК: [[P:{x_s}]]
         ЧСС   АД        SpO2   Борг (одышка)
Исход    {hr}    {bp}    9<<#>> %   <<#>>
6 мин    1<<2#>>   1<<6#>>/<<8#>>   {spo2} %   <<#>>
Пройдено: <<###>> м (<<##>> % от должного), остановок 1 (на 4-й мин).
Заключение: ФК III по NYHA. Повтор через 3 недели — [[D:{t6}]]. Реабилитолог [[P:{d_s}]]
Пациент и дочь ([[P:{q_io}]], [[T:{ph2}]]) проинструктированы о домашних тренировках.""",
    ),
    (
        7013410,
        "письмо о записи на ночную полисомнографию и лист ожидания",
        """От: Сомнологический центр {org} <[[E:{mo}]]>
Кому: [[E:{m1}]]
Тема: Запись на полисомнографию — [[P:{p_s}]]
Уважаемый(ая) [[P:{p_io}]]!
Вы включены в лист ожидания на исследование «{study}» (направление № [[R:{ref}]] от [[D:{t1}]], врач [[P:{d_s}]]).
Ваша позиция в очереди: {wlpos}. Предварительная дата: ночь на [[D:{t4_wd}]], приход к 20:30, палата <<#>>.
Номер исследования: [[R:{psg}]]. С собой: пижама, лекарства, дневник сна за 7 дней.
Дата рождения в заявке: [[B:{bd}]] — проверьте, пожалуйста.
Если не сможете прийти, сообщите по тел. [[T:{phc1}]] доб. {ext} не позднее чем за 2 дня.
С уважением, медсестра [[P:{k_fi}]]""",
    ),
    (
        7012230,
        "направление в радиоизотопную лабораторию на сцинтиграфию скелета и журнал введения РФП",
        """НАПРАВЛЕНИЕ № [[R:{ref}]] в радиоизотопную лабораторию {org}
Пациент: [[P:{p}]]; [[B:{bd}]]; СНИЛС [[S:{sn}]]; ОМС [[O:{enp}]]; тел. [[T:{ph1}]]
Диагноз: C61; цель — поиск метастазов в кости (ПСА <<##>> нг/мл)
Исследование: {study} (НМУ {nmu}); РФП 99mTc-пирфотех
---
ЖУРНАЛ ВВЕДЕНИЯ РФП, рег. № [[R:{rnl}]], [[D:{t3}]]
Активность: {mbq} МБк, время введения {tm1}, объём 1 мл; генератор ГТ-4К, партия {lot}; ЭЭД <<#>>,<<#>> мЗв
Сканирование через 3 ч, {nm_model}, зав. № {serial}
Вводила: медсестра [[P:{k_s}]]; врач-радиолог [[P:{r_s}]]
Памятка: сутки избегать близкого контакта с беременными и детьми; родственник [[P:{u_fi}]] проинформирован.
Адрес для корреспонденции: [[A:{a2}]]""",
    ),
    (
        7005994,
        "протокол сцинтиграфии щитовидной железы с расчётом захвата и запись в РИС",
        """РИС › Пациент [[R:{pid}]] › Исследование [[R:{acc}]]
Статус: описано [[D:{t3}]] {tm3}; Модальность NM; станция {ae_nm}
ПРОТОКОЛ РАДИОНУКЛИДНОГО ИССЛЕДОВАНИЯ № [[R:{prot}]]
Пациентка: [[P:{p}]], [[B:{bd}]] г.р.
Исследование: {study}; 99mTc-пертехнетат {mbq} МБк в/в [[D:{t3}]] в {tm1}; запись через 20 мин, коллиматор LEHR
Захват РФП: 5,<<#>> % (норма 0,5–3,5 %). В правой доле — «горячий» узел {size} мм, подавление остальной ткани.
Заключение: функциональная автономия (токсическая аденома, E05.1).
ТТГ от [[D:{t1}]] < 0,01. Рекомендована радиойодтерапия — направление на ВМП, талон [[R:{vmp}]].
Врач-радиолог [[P:{r_s}]]; лечащий эндокринолог [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        7005564,
        "направление на ПЭТ/КТ по ОМС (онкология) с листом согласования маршрутизации",
        """НАПРАВЛЕНИЕ НА ПЭТ/КТ (ОМС) № [[R:{ref_br}]]
Направляющая МО: {org2}; ЦАОП; врач-онколог [[P:{d}]], [[E:{md}]]
Пациент: [[P:{p}]]; д.р. [[B:{bd}]]; пол {p_sex}
Документ: паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
Адрес: [[A:{a1}]]; телефон [[T:{ph_br}]]
Диагноз: C34.1, T2N1M0? — стадирование
Исследование: {study} с 18F-ФДГ (ФСИДИ {fsidi}, НМУ {nmu})
Глюкоза натощак — не выше 11 ммоль/л; масса {wt} кг.
СОГЛАСОВАНО: ПЭТ-центр ООО «ПЭТ-Технолоджи» ({city}), дата [[D:{t4}]] {tm1}, номер записи [[R:{acc}]]
Ответственный за маршрутизацию: [[P:{h_s}]], [[D:{t2}]]
Результат будет загружен в ЦАМИ «Лучевая диагностика»: Study UID [[R:{uid_st}]]""",
    ),
    (
        7006273,
        "протокол сцинтиграфии миокарда в покое и письмо с результатом кардиологу",
        """{org}, отделение радионуклидной диагностики
ПРОТОКОЛ № [[R:{prot}]] от [[D:{t3}]]
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]; Acc [[R:{acc}]]
Исследование: {study}; 99mTc-МИБИ {mbq} МБк, ЭКГ-синхронизация, {nm_model}
Перфузия: стойкий дефект в нижней стенке (SRS <<##>>), площадь 1<<#>> % ЛЖ; ФВ (gated) <<4#>> %
Заключение: рубцовые изменения нижней стенки ЛЖ после ИМ ([[D:{told}]]).
Врач-радиолог [[P:{r_s}]]
---
От: [[E:{mr}]]   Кому: [[E:{md}]]   [[D:{t3}]] {tm4}
[[P:{d_io}]], результат по [[P:{p_s_dat}]] в прикреплении (ИБ [[R:{ib}]]). Жизнеспособности в нижней стенке мало, для реваскуляризации — спорно. Звоните: [[T:{ph3}]]. [[P:{r_fi}]]""",
    ),
    (
        7005648,
        "протокол лимфосцинтиграфии сторожевых узлов с маркировкой удалённых узлов в операционной",
        """ЛИМФОСЦИНТИГРАФИЯ СТОРОЖЕВЫХ ЛИМФАТИЧЕСКИХ УЗЛОВ — протокол [[R:{prot}]]
Пациентка: [[P:{p}]]; [[B:{bd}]]; ИБ [[R:{ib}]]; диагноз C50.4 (cT1N0)
Введение РФП: 99mTc-технефит {mbq} МБк перитуморально, [[D:{t3}]] {tm1} (рег. № в журнале РНЛ [[R:{rnl}]])
Исследование: {study}; планарные снимки через 2 ч + ОФЭКТ/КТ: 2 СЛУ в левой подмышечной области (I уровень).
Кожная разметка выполнена. Врач-радиолог [[P:{r_s}]]
ОПЕРАЦИОННАЯ № <<#>>, [[D:{t4}]]: гамма-зонд Neoprobe (зав. № {serial})
СЛУ 1 — <<####>> имп/10 с — контейнер [[R:{jar1}]]
СЛУ 2 — <<###>> имп/10 с — контейнер [[R:{jar2}]]
Фон ложа < 10 %. Направление на срочное гистологическое исследование [[R:{bx}]]; хирург [[P:{d_s}]]; операционная сестра [[P:{k_s}]]""",
    ),
    (
        7006844,
        "направление ребёнка на динамическую нефросцинтиграфию и согласие родителя на "
        "радионуклидное исследование",
        """{org}, детское отделение
СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ НА РАДИОНУКЛИДНОЕ ИССЛЕДОВАНИЕ
Я, [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas2}]], мать ребёнка [[P:{c_gen}]] ([[B:{bdc}]] г.р.,
свидетельство о рождении [[C:{bc}]], СНИЛС [[S:{sn2}]]), проживающ{c_ei} по адресу [[A:{a1}]],
даю согласие на исследование «{study}» с 99mTc-ДТПА (активность по массе тела, <<##>> МБк).
Мне разъяснено: лучевая нагрузка ~0,<<#>> мЗв, после — обильное питьё, туалет ребёнка в перчатках.
Отец ребёнка [[P:{u}]] проинформирован, тел. [[T:{ph3}]]
Подпись ______ [[P:{q_s}]]   [[D:{t3}]]   Тел. [[T:{ph2}]]
Направление № [[R:{ref}]], нефролог [[P:{d_s}]]; ИБ ребёнка [[R:{ib}]]
Результат: СКФ по Gates — правая <<##>> мл/мин, левая <<##>> мл/мин; раздельная функция 62/38 %, обструкции нет.
Врач-радиолог [[P:{r_s}]]""",
    ),
]


# rows of the directory (ID: FULLNAME, METHOD, ANATOMIC_FIELD, NMU), read from
# /work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1471_2.38_part1
FSIDI34: dict[int, tuple[str, str, str, str]] = {
    7001902: (
        "Компьютерная томография груди с внутривенным контрастированием",
        "КТ",
        "Грудь",
        "A06.09.005.002",
    ),
    7002009: (
        "Компьютерная томография живота с внутривенным контрастированием",
        "КТ",
        "Живот",
        "A06.30.005.002",
    ),
    7001977: (
        "Компьютерная томография сердца с ЭКГ-синхронизацией",
        "КТ",
        "Грудь",
        "A06.10.009.003",
    ),
    7001944: (
        "Компьютерная томография ангиография грудного отдела аорты",
        "КТ",
        "Грудь",
        "A06.12.001.001",
    ),
    7001522: (
        "Компьютерная томография перфузия головного мозга",
        "КТ",
        "Голова и шея",
        "A06.23.004.001",
    ),
    7002207: (
        "Компьютерная томография виртуальная колоноскопия с болюсным внутривенным контрастированием",
        "КТ",
        "Живот",
        "A06.30.005.003; A06.18.004.003",
    ),
    7002157: (
        "Компьютерная томография печени с болюсным внутривенным контрастированием",
        "КТ",
        "Живот",
        "A06.30.005.003",
    ),
    7001811: ("Компьютерная томография шеи", "КТ", "Голова и шея", "A06.08.009; A06.08.009.001"),
    7001589: (
        "Компьютерная томография костей черепа",
        "КТ",
        "Голова и шея",
        "A06.03.062; A06.23.004",
    ),
    7002785: (
        "Компьютерная томография денситометрия грудного отдела позвоночника",
        "КТ",
        "Позвоночник",
        "A06.03.058; A06.03.061",
    ),
    7002660: (
        "Компьютерная томография всех отделов позвоночника",
        "КТ",
        "Позвоночник",
        "A06.03.058; A06.03.058.001",
    ),
    7001654: (
        "Компьютерная томография околоносовых пазух носа с внутривенным контрастированием",
        "КТ",
        "Голова и шея",
        "A06.08.007.004",
    ),
    7002215: ("Компьютерная томография таза", "КТ", "Живот", "A06.03.069; A06.20.002.001"),
    7002488: (
        "Компьютерная томография ангиография нижней конечности",
        "КТ",
        "Нижние конечности",
        "A06.12.053",
    ),
    7000441: (
        "Магнитно-резонансная томография груди",
        "МРТ",
        "Грудь",
        "A05.30.006; A05.09.001; A05.11.001",
    ),
    7001308: (
        "Магнитно-резонансная томография всех отделов позвоночника с внутривенным контрастированием",
        "МРТ",
        "Позвоночник",
        "A05.03.002.001; A05.23.009.015",
    ),
    7000219: (
        "Магнитно-резонансная томография гипофиза с внутривенным болюсным контрастированием",
        "МРТ",
        "Голова и шея",
        "A05.22.002.001",
    ),
    7000128: (
        "Магнитно-резонансная томография головного мозга трактография",
        "МРТ",
        "Голова и шея",
        "A05.30.016",
    ),
    7001225: (
        "Магнитно-резонансная томография коленного сустава с внутривенным контрастированием",
        "МРТ",
        "Нижние конечности",
        "A05.04.001.001",
    ),
    7000094: (
        "Магнитно-резонансная томография головного мозга протонная магнитно-резонансная спектроскопия",
        "МРТ",
        "Голова и шея",
        "A05.23.009; A05.23.009.009",
    ),
    7000227: (
        "Магнитно-резонансная томография мостомозжечковой области",
        "МРТ",
        "Голова и шея",
        "A05.23.009; A05.08.003",
    ),
    7001381: (
        "Магнитно-резонансная томография пояснично-крестцового отдела позвоночника с внутривенным контрастированием",
        "МРТ",
        "Позвоночник",
        "A05.03.002.001",
    ),
    7000052: (
        "Магнитно-резонансная томография ангиография интракраниальных вен",
        "МРТ",
        "Голова и шея",
        "A05.23.009.008; A05.12.005",
    ),
    7017577: (
        "Магнитно-резонансная томография диффузия головного мозга",
        "МРТ",
        "Голова и шея",
        "A05.23.009.004",
    ),
    7001456: ("Магнитно-резонансная томография всего тела", "МРТ", "Тело", ""),
    7000490: (
        "Магнитно-резонансная томография ангиография легочных вен с внутривенным болюсным контрастированием",
        "МРТ",
        "Грудь",
        "A05.12.007",
    ),
    7003296: ("Рентгенография грудной клетки томосинтез", "Рентген", "Грудь", "A06.09.010"),
    7003288: ("Рентгеноскопия грудной клетки", "Рентген", "Грудь", "A06.09.001; A06.10.001"),
    7003734: (
        "Рентгенография таза",
        "Рентген",
        "Живот",
        "A06.03.041; A06.03.037; A06.03.038; A06.03.039",
    ),
    7003155: (
        "Рентгенография околоносовых пазух",
        "Рентген",
        "Голова и шея",
        "A06.08.003; A06.08.003.002; A06.03.006; A06.08.003.003",
    ),
    7003494: (
        "Рентгеноскопия желудка и двенадцатиперстной кишки с контрастированием",
        "Рентген",
        "Живот",
        "A06.16.007; A06.16.006; A06.16.004",
    ),
    7003866: (
        "Рентгенография денситометрия лучевой кости",
        "Рентген",
        "Верхние конечности",
        "A06.03.061.003; A06.03.061",
    ),
    7004088: ("Рентгенография стопы", "Рентген", "Нижние конечности", "A06.03.052; A06.03.053"),
    7003387: ("Рентгенография молочной железы прицельная", "Рентген", "Грудь", "A06.20.004.002"),
    7003627: (
        "Рентгенография почек, мочевыводящих путей и мочевого пузыря с внутривенным контрастированием",
        "Рентген",
        "Живот",
        "A06.28.013; A06.28.002; A06.28.007; A06.28.005; A06.28.008.001",
    ),
    7004294: (
        "Рентгенография пояснично-крестцового отдела позвоночника с функциональными пробами",
        "Рентген",
        "Позвоночник",
        "A06.03.019",
    ),
    7017692: (
        "Биопсия прицельная пункционная образования молочной железы под контролем рентгенографического исследования",
        "Рентген (Интервенционный)",
        "Грудь",
        "A11.20.010.001",
    ),
    7005432: (
        "Ультразвуковое исследование щитовидной железы чрескожное с эластографией",
        "УЗД",
        "Голова и шея",
        "A04.22.001.001",
    ),
    7005036: (
        "Ультразвуковое исследование сердца чреспищеводное",
        "УЗД",
        "Грудь",
        "A04.10.002.001",
    ),
    7007917: (
        "Ультразвуковая транзиентная эластография печени",
        "УЗД",
        "Живот",
        "A04.14.001; A04.14.001.005",
    ),
    7005382: (
        "Ультразвуковая допплерография артерий нижних конечностей",
        "УЗД",
        "Нижние конечности",
        "A04.12.001.001; A04.12.002.001; A04.12.006",
    ),
    7008394: (
        "Ультразвуковое исследование нижней полой, подвздошных вен и вен нижних конечностей",
        "УЗД",
        "Живот",
        "A04.12.015.001",
    ),
    7004534: (
        "Ультразвуковое исследование почек и надпочечников трансабдоминальное",
        "УЗД",
        "Живот",
        "A04.28.001; A04.22.002",
    ),
    7007933: (
        "Ультразвуковое исследование желчного пузыря и желчных протоков трансабдоминальное",
        "УЗД",
        "Живот",
        "A04.14.002; A04.14.002.001",
    ),
    7007388: (
        "Ультразвуковое исследование подмышечных лимфатических узлов",
        "УЗД",
        "Грудь",
        "A04.06.002",
    ),
    7012651: (
        "Ультразвуковое исследование лимфатических узлов шеи",
        "УЗД",
        "Голова и шея",
        "A04.06.002",
    ),
    7004823: (
        "Ультразвуковое исследование матки и придатков матки трансвагинальное",
        "УЗД",
        "Живот",
        "A04.20.001.001",
    ),
    7008865: (
        "Ультразвуковое исследование головного мозга",
        "УЗД",
        "Голова и шея",
        "A04.23.001.001; A04.23.001",
    ),
    7010127: (
        "Ультразвуковое исследование коленного сустава",
        "УЗД",
        "Нижние конечности",
        "A04.04.001",
    ),
    7005333: (
        "Ультразвуковое исследование молочных желез чрескожное с эластографией",
        "УЗД",
        "Грудь",
        "A04.20.002.001",
    ),
    7011992: (
        "Эндоскопическое исследование толстой кишки с осмотром терминального отдела подвздошной кишки",
        "Эндоскопия",
        "Живот",
        "A03.18.001; A03.18.001.001",
    ),
    7017361: (
        "Биопсия двенадцатиперстной кишки при эндоскопическом исследовании",
        "Эндоскопия",
        "Живот",
        "A11.16.003",
    ),
    7017320: (
        "Биопсия трахеи, бронхов при эндоскопическом исследовании",
        "Эндоскопия",
        "Грудь",
        "A11.09.008",
    ),
    7011968: (
        "Эндоскопическое исследование тонкой кишки видеокапсульное",
        "Эндоскопия",
        "Живот",
        "A03.17.002.002",
    ),
    7012347: (
        "Эндоскопическое ультразвуковое исследование стенки желудка",
        "Эндоскопия",
        "Живот",
        "A04.16.002",
    ),
    7017791: (
        "Эндоскопическое исследование гортани с помощью видеоэндоскопа",
        "Эндоскопия",
        "Голова и шея",
        "A03.08.001.001",
    ),
    7014079: (
        "Бифункциональное мониторирование электрокардиограммы и артериального давления",
        "ФД (Электрокардиография)",
        "Грудь",
        "",
    ),
    7014210: (
        "Электрокардиография с тредмил-тестом",
        "ФД (Электрокардиография)",
        "Грудь",
        "A12.10.001",
    ),
    7014152: (
        "Электрокардиография высокого разрешения",
        "ФД (Электрокардиография)",
        "Грудь",
        "A05.10.006; A05.10.001",
    ),
    7014087: (
        "Кардиореспираторный мониторинг во время сна",
        "ФД (Электрокардиография)",
        "Грудь",
        "B03.015.008",
    ),
    7013634: (
        "Спирометрия с бронходилатационной пробой",
        "ФД (Спирометрия)",
        "Грудь",
        "A12.09.002.001",
    ),
    7013816: (
        "Велоэргометрическая проба с постнагрузочным ортостазом",
        "ФД (Функциональные пробы)",
        "Тело",
        "A12.10.005",
    ),
    7014046: ("Тест 6-минутной ходьбы", "ФД (Функциональные пробы)", "Тело", ""),
    7013410: ("Полисомнография", "ФД (Нейрофизиологические исследования)", "Голова и шея", ""),
    7012230: ("Сцинтиграфия костей", "РНД", "Тело", "A07.03.001"),
    7005994: (
        "Сцинтиграфия щитовидной железы с оценкой функции",
        "РНД",
        "Голова и шея",
        "A07.22.002",
    ),
    7005564: ("Позитронная эмиссионная томография всего тела", "РНД", "Тело", "A07.30.042"),
    7006273: ("Сцинтиграфия миокарда в покое", "РНД", "Грудь", "A07.10.001"),
    7005648: ("Сцинтиграфия сторожевых лимфатических узлов", "РНД", "Тело", "A07.06.005"),
    7006844: (
        "Сцинтиграфия почек с оценкой скорости клубочковой фильтрации",
        "РНД",
        "Живот",
        "A07.28.002",
    ),
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS34):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 34's extra self-check: the new date writings, DICOM dates, the genre's number prefixes
# and any dotted UID other than the standard's, a toolkit's, an org root or the directory's
# are never left unlabelled
NEW_DATES34 = re.compile(
    r"(?<![\d.])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?<![\w.-])\d\d-\d\d-(?:19|20)\d\d(?![\d-])"
    r"|(?<![\w/])(?:19|20)\d\d/\d\d/\d\d(?!\d)"
    r"|(?<![\w/])\d\d/\d\d/(?:19|20)\d\d(?!\d)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}"
    r"|(?<![\w])\d\d-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
NUMBERS34 = re.compile(
    r"(?<![\w-])(?:KZN|UFA|PID|RIS|RP|SPS|ORD|PPS|ИБ|НП|ТМК|TR|ТРД|ЦУЗ|ВМ|SO|Б26|Г26|ПГИ|CD|ВЫД"
    r"|HM|ХМ|SM|СМАД|ABPM|ЭКГ|ECG|СП|SPI|ПСГ|PSG|КРМ|ФЛГ|МС|SCR|ЛДН|ИКД|ОБР|ДМС|ПУ|АП|АЛ"
    r"|РНЛ|ВКЭ|CE|FS|ФС|ТАП|ЭКС|ПВ)-?\d"
)
UID34 = re.compile(r"(?<![\d.])\d+(?:\.\d+){5,}(?![\d])")


def check34(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    text = doc["text"]
    for rx in (NEW_DATES34, NUMBERS34):
        for m in rx.finditer(text):
            assert m.start() in covered, (doc["id"], m[0])
    for m in UID34.finditer(text):
        u = m[0]
        if u.startswith("1.2.840.10008.") or u in IMPL34 or u in ORG_ROOTS34 or u == FSIDI_OID:
            continue
        if re.fullmatch(r"\d{1,2}\.00\.\d\d\.\d{3}|\d\d\.0000\.\d{5}\.\d{3}", u):
            continue  # a VMP type code (not labelled) or a VMP ticket (labelled, checked below)
        assert m.start() in covered and m.end() - 1 in covered, (doc["id"], u)


ABBR34 = [
    ("Компьютерная томография", "КТ"),
    ("Магнитно-резонансная томография", "МРТ"),
    ("Ультразвуковое исследование", "УЗИ"),
    ("с внутривенным болюсным контрастированием", "с болюсным КУ"),
    ("с болюсным внутривенным контрастированием", "с болюсным КУ"),
    ("с внутривенным контрастированием", "с КУ"),
]


def short_name(name: str) -> str:
    for a, b in ABBR34:
        name = name.replace(a, b)
    return name


def kind_of(fid: int, genre: str) -> str:
    name = FSIDI34[fid][0]
    return f"{name} (ФСИДИ, 1.2.643.5.1.13.13.11.1471 v2.38, ID {fid}): {genre}"


def source_of(fid: int) -> str:
    name, method, field, nmu = FSIDI34[fid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1471 v2.38 (Федеральный справочник инструментальных "
        f"диагностических исследований), ID {fid}, FULLNAME «{name}», METHOD «{method}», "
        f"ANATOMIC_FIELD «{field}», NMU «{nmu or '—'}»"
    )


TEMPLATES = GENRES34
# the studies of a woman (breast, gynaecology, a thyroid «пациентка»): the patient is a woman
FEMALE34 = {7003387, 7017692, 7005648, 7007388, 7005333, 7004823, 7005994}
CONSCRIPT34 = {7004088}  # a young man called up for military service
WORKER34 = {7013816}  # a worker at a periodic occupational examination


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    fids = [t[0] for t in TEMPLATES]
    assert len(fids) == len(set(fids)), "one kind per study"
    assert set(fids) == set(FSIDI34), "every study listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(f, g) for f, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for fid, genre, template in TEMPLATES:
            name, _method, _field, nmu = FSIDI34[fid]
            extra = {
                "study": name,
                "study_l": name[0].lower() + name[1:],
                "study_short": short_name(name),
                "fsidi": str(fid),
                "nmu": nmu.split(";")[0].strip() if nmu else "не присвоен",
            }
            if fid in FEMALE34:
                extra.update(patient34(rng, False, (1948, 2000)))
            elif fid in CONSCRIPT34:
                extra.update(patient34(rng, True, (2000, 2007)))
            elif fid in WORKER34:
                extra.update(patient34(rng, True, (1966, 2001)))
            doc = build(
                render(rng, template, extra),
                kind_of(fid, genre),
                source_of(fid),
                f"blind34_{len(docs):04d}",
            )
            check(doc)
            check34(doc)
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
