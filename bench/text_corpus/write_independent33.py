"""Write ``independent33.jsonl``: the thirty-third blind corpus, 2026-12-07 — the paperwork of
one woman's pregnancy, her birth and reproductive care and her baby, in Central Russia and
the North-West.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``,
``bench/text_recognizer_time.py``), the ``ozero`` CLI or any de-identifier or recognizer on
this corpus or on anything. What was read, and the slips, said here so that nobody takes this
corpus for blinder than it is:

* Of ``bench/text_deid.py``: ``grep -n`` for the line numbers of ``REPORTED``,
  ``DEV_SECTIONS``, ``BLIND_CORPORA``, ``blind_half`` and the docstring's end; the docstring's
  lines about corpora 28 (its last lines), 29, 30 and 31, ``names1``/``names2`` and the rest
  of the docstring to its end (span matching, recall and precision, speed, usage; lines
  488–607); the tails of ``REPORTED`` and ``DEV_SECTIONS`` and the head and tail of
  ``BLIND_CORPORA`` and ``blind_half`` (lines 950–1000 and 1025–1039), to wire the corpus in;
  ``blind_half`` was imported once, to count the halves. Slip: a ``grep`` over lines
  899–1060, meant to find the ``blind29``–``blind31`` entries, also printed, as matching
  lines only, the ``def`` lines of ``target_check`` and ``corpora`` and seven lines of
  ``target_check``'s body (it loops over ``metrics["per_type"]``, skips types not in
  ``EVAL_TYPES`` or without recall, compares recall with a goal and precision with
  ``TARGET_PRECISION``, returns ``misses``); no value of any constant was shown, and nothing
  here was written to aim at or around it.
* Slip: ``git worktree add`` printed the subject of the commit it checked out (``HEAD is now
  at …``): a docs commit about corpora 30–31, rounds «37a-d», a «never-read start -> end
  table» in ``bench/README`` and «start and end results of all sections». No result or
  number was shown; it was not looked for and nothing here aims at it.
* ``ls bench/text_corpus/ | grep -c independent`` (a count only) and ``ls`` of the writers of
  corpora 29–31 (their paths only).
* ``bench/text_corpus/write_independent29.py``: its docstring whole, its code from the
  imports to ``render`` and its first seven templates (lines 1–1800), and its code from the
  end of its ``FINDINGS29`` table to ``main`` (lines 2560–2714); the rest of its templates
  was not read. ``write_independent31.py``: its docstring's first forty lines (the list of
  what its writer read). ``write_independent30.py`` and ``write_independent19.py`` were not
  opened; no other writer was opened.
* The ``kind`` values of ``independent*.jsonl`` (corpora present when this was written) were
  read by a scratch script only to avoid them, compared case-insensitively; it printed only
  counts and the 138 service codes («A09.05.023»…) that earlier kinds name, which were
  avoided (no earlier kind names this directory; ``build_all`` asserts the kinds are unique).
  No other content of those files was read.
* The directory's rows were read from
  ``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1070_2.10_part1``–``part6`` and its
  ``_passport`` (fields ``ID``, ``S_CODE``, ``NAME``, ``REL``, ``DATEOUT``).

**Copied verbatim from corpus 29** (which had them from corpora 13–19): the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``,
``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, ``shape29``,
``render`` (drawing ``fillers33``), the self-check ``check`` with ``SUSPICIOUS`` and its
checksum helpers (one change: the version words it skips are corpus 33's,
``VERSION_WORDS33``), ``serialize`` and ``main``; the structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers, an extra self-check
of the corpus's own writings). **Written fresh for corpus 33**: the name lists (Russians,
Karelians, Vepsians, Komi, Nenets, Belarusians, Ukrainians, Moldovans, Azerbaijanis,
Armenians, Tajiks, a few foreign spouses), the newborn's names (``baby33``: the father's
surname, or a girl with her mother's, and the father's patronymic), the towns, streets and
villages of Moscow, Tver, Yaroslavl, Vologda, Arkhangelsk, Murmansk, Karelia, Pskov,
Novgorod, Kaliningrad, Komi and the Nenets okrug (``addr33`` and friends), phones
(``mob33``, ``city33``, ``brk33``), e-mails, passports (``pas33``), every number the genre
gives to the woman, the baby, a donor or one of their samples (``REC33``), the genre's hard
negatives (``ICD33``, ``MEDIA33``, orders, licences, Apgar, weights, MoM, risks, CRL and NT,
gestational ages, incubators, beds, cryo-tank positions), the organisations, the
pregnancy's calendar and the date writings (``dates33``: «14 мар. 2026», «14-03-2026»,
«14/03/2026» beside the usual ones; ``ga33`` gestational ages), every template, and the
extra self-check ``check33``.

**Kinds from a real source.** Each kind is one row of the federal NSI directory
«Номенклатура медицинских услуг» (OID 1.2.643.5.1.13.13.11.1070, version 2.10; ``ID``,
``S_CODE`` and ``NAME`` as its ``_passport`` describes them, every row with ``REL`` 1): 70
services of obstetrics, gynaecology, neonatology, reproduction, prenatal diagnosis and
breast-feeding support, none of whose service codes an earlier corpus's kind names, each in
one genre of the paperwork around one pregnancy and birth. The kind is «NAME (Номенклатура
медицинских услуг, 1.2.643.5.1.13.13.11.1070 v2.10, ID N): GENRE»; the ``source`` names the
directory entry. One service and one template per kind (no template is shared).

Emphasis: the NUMBERS of the woman and the baby (register and exchange cards, delivery and
newborn histories, birth certificate and 103/у numbers beside their series, IVF quota and
protocol numbers, embryo, oocyte and straw codes, donor codes, screening barcodes and
sample IDs, neonatal screening blanks, milk donor and bottle codes, contracts), SNILS, ENP,
INN and passports of the mother, the father and the newborn, phones, names (the baby as
«новорождённый Смирнов», «девочка Смирновой»), dates (LMP, due date, birth with time,
gestational ages beside them), and precision under the genre's hard negatives.

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

Judgement calls added for corpus 33 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of pregnancy, birth and reproductive care):

* (new) Every number the genre gives to ONE woman, ONE baby, ONE donor or one of their
  samples, embryos or documents is RECORD_ID (corpora 10–17): the pregnancy register card
  111/у, the exchange card 113/у, the delivery history, the newborn's history 097/у, the
  outpatient card, a lab order and a sample's barcode (the digits under it too, also broken
  across a line), a prenatal screening sample ID and a PRISCA or Astraia patient ID, the
  neonatal screening test blank, an audiological screening record, a telemedicine request
  (corpus 14), a perinatal consilium's or a ВК protocol about one patient (corpus 15), a
  placenta's histology number, a telephonogram about one child (corpus 11), one person's
  portal or social fund application number and a code of an appointment (corpus 15), an
  ЭЛН (corpus 15), the IVF quota (referral) number and one cycle's protocol number, an
  oocyte's and an embryo's code (also with a suffix «/2», one span), a cryo straw's label, a
  sperm or oocyte donor's code (corpus 10), a breast milk donor's code and one donation's
  bottle label (as a blood donation, corpus 11), and a contract with one person (storage,
  surrogacy, a donor's contract; corpus 10).
* (new) The birth certificate (родовой сертификат) «серия В № 1234567» and its coupons: the
  number is RECORD_ID (a document of one woman), the series letter and the coupon's own
  number («талон № 2») are not labelled (corpus 11's rule for the series of an issued form).
  The medical birth certificate 103/у «серия 35 № 012345»: number RECORD_ID, series not
  labelled (corpus 11). The civil registry's birth certificate «II-ОД № 123456» is
  BIRTH_CERT. The maternity capital certificate «серии МК-5 № 1234567»: number RECORD_ID,
  series not labelled (corpus 12).
* (new) The newborn: «новорождённый Смирнов», «ребёнок Смирнов А.А.» — the surname (with
  initials) is PERSON; «девочка Смирновой», «мать Смирнова Е.А.» — the mother's name is
  PERSON (corpus 17); «мальчик», «плод», «ребёнок Б» are not labelled. A first name alone
  in a chat («Анна:») is PERSON (corpus 14).
* (new) The baby's date of birth after a birth-date label («Дата рождения», «д.р.», «DOB»,
  «г.р.», «родился») is BIRTH_DATE, its time stays outside; the date of delivery in the
  mother's papers («роды 14.03.2026», «дата родов»), LMP («ПМП», «Посл. менстр.»), the due date
  («ПДР», «EDD»), the first fetal movement and every other calendar date are DATE, with or
  without the year (corpus 15). A date with a clerk's «г.» glued after it is DATE up to its
  year. Month and year alone are not labelled.
* (new) Not labelled: gestational ages («38+2», «38 нед. 2 дн.», «на 12-й нед.»), Apgar scores
  («8/9 баллов»), weights, lengths, head and chest circumferences, CRL, NT and BPD in mm,
  heart rates, MoM values, risk ratios («1:2450», cut-offs, titres «1:64»), Fischer and
  Dawes-Redman scores, blood pressure, Hb, embryo grades («4AA»), counts of oocytes and
  embryos, stimulation days («Д9»), service codes of the directory, ICD-10 codes, orders
  («приказ № 1130н», «№ 803н», «№ 1177н», «323-ФЗ»; an order's date would be DATE), culture
  media and kits with their lots, a vaccine's series, devices' serials and inventory
  numbers, incubator, couveuse, bed, ward, room, delivery room and theatre numbers, cryo-tank
  positions («дьюар № 2, канистра 4, кейн 11»), a pasteuriser's cycle, a protocol's own
  operation counter, licences, outgoing numbers of organisations («исх. № …»), a register's
  row counter and payments.
* (new) An SMS sender name («ZHK-INFO», «DETPOL») is not labelled (corpus 19); an
  intercom code and a flat's entrance number are not labelled (corpus 15).

Run: ``.venv/bin/python bench/text_corpus/write_independent33.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent33.jsonl"
SEED = 3320261207
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

# ---------------------------------------------------------------- people (fresh for corpus 33)
# Central Russia and the North-West: Russians, Karelians, Vepsians, Komi, Nenets, Belarusians,
# Ukrainians, Moldovans, Azerbaijanis, Armenians, Tajiks; male base forms (``decl_surname``
# makes the rest).
SURNAMES = [
    "Смирнов",
    "Воронцов",
    "Шилов",
    "Мартынов",
    "Лихачёв",
    "Зуев",
    "Крылов",
    "Лебедев",
    "Малышев",
    "Соколов",
    "Рябинин",
    "Долгополов",
    "Ремшуев",
    "Кондуев",
    "Лампинен",
    "Мошников",
    "Кукин",
    "Ершов",
    "Канев",
    "Рочев",
    "Чупров",
    "Истомин",
    "Туркин",
    "Ледков",
    "Ардеев",
    "Канюков",
    "Выучейский",
    "Талеев",
    "Лукашевич",
    "Жук",
    "Шушкевич",
    "Ткаченко",
    "Мельниченко",
    "Гаврилюк",
    "Бойко",
    "Русу",
    "Чобану",
    "Мунтяну",
    "Мамедов",
    "Гусейнов",
    "Керимов",
    "Манукян",
    "Габриелян",
    "Оганесян",
    "Шарипов",
    "Саидов",
    "Раджабов",
    "Курбонов",
    "Вострецов",
    "Пахомов",
    "Сизов",
    "Федосеев",
]
M_FIRST = [
    "Андрей",
    "Сергей",
    "Максим",
    "Артём",
    "Никита",
    "Егор",
    "Евгений",
    "Роман",
    "Денис",
    "Антон",
    "Степан",
    "Матвей",
    "Иван",
    "Григорий",
    "Эльчин",
    "Рашад",
    "Тигран",
    "Арам",
    "Фирдавс",
    "Джамшед",
    "Ион",
    "Богдан",
    "Тарас",
    "Владислав",
    "Захар",
    "Мирон",
]
F_FIRST = [
    "Анна",
    "Елизавета",
    "Марина",
    "Светлана",
    "Наталья",
    "Анастасия",
    "Ирина",
    "Екатерина",
    "Надежда",
    "Варвара",
    "Ульяна",
    "Кристина",
    "Дарина",
    "Снежана",
    "Валентина",
    "Олеся",
    "Лейла",
    "Гюнай",
    "Севиль",
    "Ануш",
    "Лусине",
    "Шахноза",
    "Зарина",
    "Виорика",
    "Аурика",
    "Ефросинья",
]
PAT_STEMS = [
    "Андреев",
    "Сергеев",
    "Максимов",
    "Романов",
    "Антонов",
    "Степанов",
    "Иванов",
    "Григорьев",
    "Богданов",
    "Тарасов",
    "Захаров",
    "Евгеньев",
    "Эльчинов",
    "Тигранов",
    "Арамов",
    "Джамшедов",
    "Ионов",
    "Владиславов",
    "Матвеев",
    "Юрьев",
    "Николаев",
    "Александров",
    "Васильев",
    "Геннадьев",
]
FOREIGN = [
    ("Шмидт", "Йохан", True),
    ("Лопес", "Карлос", True),
    ("Нгуен", "Ван Тхань", True),
    ("Хансен", "Эрик", True),
    ("Нгуен", "Тхи Хоа", False),
    ("Вирта", "Айно", False),
    ("Ковач", "Эржебет", False),
    ("Мартин", "Клер", False),
]
INDECL_FIRST = {
    "Гюнай",
    "Севиль",
    "Ануш",
    "Лусине",
    "Ван Тхань",
    "Тхи Хоа",
    "Айно",
    "Эржебет",
    "Клер",
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


# ---------------------------------------------------------------- corpus 33: places (fresh)
# Central Russia and the North-West: the women's consultations, maternity hospitals, the
# regional perinatal centres and the families' homes.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS33 = [
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "125", "495"),
    ("г. Тверь", "в г. Твери", "Тверь", "Тверская область", "Тверская обл.", "170", "4822"),
    ("г. Ржев", "в г. Ржеве", "Ржев", "Тверская область", "Твер. обл.", "172", "48232"),
    ("г. Ярославль", "в г. Ярославле", "Ярославль", "Ярославская область", "ЯО", "150", "4852"),
    ("г. Рыбинск", "в г. Рыбинске", "Рыбинск", "Ярославская область", "Яросл. обл.", "152", "4855"),
    (
        "г. Вологда",
        "в г. Вологде",
        "Вологда",
        "Вологодская область",
        "Вологод. обл.",
        "160",
        "8172",
    ),
    ("г. Череповец", "в г. Череповце", "Череповец", "Вологодская область", "ВО", "162", "8202"),
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
        "г. Мурманск",
        "в г. Мурманске",
        "Мурманск",
        "Мурманская область",
        "Мурм. обл.",
        "183",
        "8152",
    ),
    ("г. Апатиты", "в г. Апатитах", "Апатиты", "Мурманская область", "МО", "184", "81555"),
    (
        "г. Петрозаводск",
        "в г. Петрозаводске",
        "Петрозаводск",
        "Республика Карелия",
        "РК",
        "185",
        "8142",
    ),
    (
        "г. Кондопога",
        "в г. Кондопоге",
        "Кондопога",
        "Республика Карелия",
        "Карелия",
        "186",
        "81451",
    ),
    ("г. Псков", "в г. Пскове", "Псков", "Псковская область", "Пск. обл.", "180", "8112"),
    (
        "г. Великие Луки",
        "в г. Великих Луках",
        "Великие Луки",
        "Псковская область",
        "ПО",
        "182",
        "81153",
    ),
    (
        "г. Великий Новгород",
        "в г. Великом Новгороде",
        "Великий Новгород",
        "Новгородская область",
        "Новг. обл.",
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
    ("г. Сыктывкар", "в г. Сыктывкаре", "Сыктывкар", "Республика Коми", "РК", "167", "8212"),
    ("г. Ухта", "в г. Ухте", "Ухта", "Республика Коми", "Коми", "169", "8216"),
    (
        "г. Нарьян-Мар",
        "в г. Нарьян-Маре",
        "Нарьян-Мар",
        "Ненецкий автономный округ",
        "НАО",
        "166",
        "81853",
    ),
]
# street: with its type, bare (as people write it)
STREETS33 = [
    ("ул. Гагарина", "Гагарина"),
    ("ул. Первомайская", "Первомайская"),
    ("наб. Варкауса", "Варкауса наб"),
    ("пр-т Октябрьский", "Октябрьский пр"),
    ("ул. Трёхсвятская", "Трёхсвятская"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ш. Окружное", "Окружное ш"),
    ("ул. Ломоносова", "Ломоносова"),
    ("пр-т Троицкий", "Троицкий пр"),
    ("ул. Полярные Зори", "Полярные Зори"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ул. Пушкина", "Пушкина"),
    ("ул. Смольная", "Смольная"),
    ("б-р Победы", "бульвар Победы"),
    ("ул. Печорская", "Печорская"),
    ("пр-т Мира", "Мира пр"),
    ("ул. Тихоокеанская", "Тихоокеанская"),
    ("ул. Большая Московская", "Б. Московская"),
    ("пер. Ботанический", "Ботанический пер"),
    ("ул. Заводская", "Заводская"),
]
# village: with type, locative, district, region
RURAL33 = [
    ("с. Шелтозеро", "в с. Шелтозеро", "Прионежский р-н", "Республика Карелия"),
    ("пос. Видлица", "в пос. Видлица", "Олонецкий р-н", "Республика Карелия"),
    ("с. Ижма", "в с. Ижма", "Ижемский р-н", "Республика Коми"),
    ("с. Усть-Цильма", "в с. Усть-Цильме", "Усть-Цилемский р-н", "Республика Коми"),
    ("п. Красное", "в п. Красное", "Заполярный р-н", "Ненецкий АО"),
    ("с. Несь", "в с. Несь", "Заполярный р-н", "НАО"),
    ("с. Кубенское", "в с. Кубенском", "Вологодский р-н", "Вологодская обл."),
    ("с. Ломоносово", "в с. Ломоносово", "Холмогорский р-н", "Архангельская обл."),
    ("пгт Пено", "в пгт Пено", "Пеновский р-н", "Тверская обл."),
    ("пгт Умба", "в пгт Умба", "Терский р-н", "Мурманская обл."),
    ("пос. Янтарный", "в пос. Янтарном", "Янтарный городской округ", "Калининградская обл."),
    ("д. Кукшево", "в д. Кукшево", "Гдовский р-н", "Псковская обл."),
    ("с. Великое", "в с. Великом", "Гаврилов-Ямский р-н", "Ярославская обл."),
    ("д. Винницы", "в д. Винницы", "Подпорожский р-н", "Ленинградская обл."),
]
RURAL_ST33 = [
    "Озёрная",
    "Школьная",
    "Набережная",
    "Северная",
    "Рыбацкая",
    "Луговая",
    "Новая",
    "Полевая",
    "Сосновая",
    "Молодёжная",
]
ORG_ST33 = [
    "ул. Сыктывкарская",
    "пр-т Ломоносова",
    "ул. Пирогова",
    "ул. Маяковского",
    "ул. Гоголя",
    "ул. Лермонтова",
    "Петербургское ш.",
    "ул. Профсоюзная",
]


def _t33(rng: random.Random) -> tuple:
    return rng.choice(TOWNS33)


def _hk33(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 120))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/1", " корп. 2", " стр. 1", "к3"])
    return h, rng.randint(1, 240)


def addr33(rng: random.Random) -> str:
    """A woman's or a family's address as a pregnancy card or an application holds it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t33(rng)
    st, bare = rng.choice(STREETS33)
    v, _vl, vdist, vreg = rng.choice(RURAL33)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk33(rng)
    n = rng.randint(1, 64)
    rs = rng.choice(RURAL_ST33)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, {rs} ул., {n}",
        lambda: f"{bare_t}, {bare}, д.{h} кв.{k}",
        lambda: f"{z}, {town}, {st}, {h}-{k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
        lambda: f"{z}, {vreg}, {vdist}, {v}, {rs}, {n}",
    ]
    return rng.choice(shapes)()


def aloc33(rng: random.Random) -> str:
    """An inflected address after «проживает» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t33(rng)
    st, bare = rng.choice(STREETS33)
    _v, vl, vdist, _vr = rng.choice(RURAL33)
    h, k = _hk33(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]} ({vdist}), ул. {rng.choice(RURAL_ST33)}, д. {rng.randint(1, 50)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr33(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a card or a blank)."""
    town, _l, _b, reg, _ra, idx, _c = _t33(rng)
    st, _bare = rng.choice(STREETS33)
    h, k = _hk33(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, д. {h},\nкв. {k}, {town}",
        ]
    )


def aorg33(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t33(rng)
    st = rng.choice(ORG_ST33)
    n = rng.randint(1, 90)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, д. {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, {n}",
            f"{town}, {st}, {n}, корп. {rng.randint(1, 5)}",
            f"{st}, д. {n}, {town}",
        ]
    )


# ---------------------------------------------------------------- corpus 33: phones (fresh)
OPS33 = [
    "911",
    "921",
    "931",
    "981",
    "964",
    "900",
    "902",
    "908",
    "915",
    "920",
    "930",
    "958",
    "977",
    "995",
]


def _mob33(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS33), rng.randint(101, 998), rng.randint(10, 99), rng.randint(10, 99)


def mob33(rng: random.Random) -> str:
    """A woman's or a relative's mobile as cards, applications and SMS hold it."""
    op, a, b, c = _mob33(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}{c}",
            f"+7({op}){a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 {op} {a} {b} {c}",
            f"+7{op}{a}{b}{c}",
            f"8({op}){a}-{b}-{c}",
            f"+7 ({op}) {a}-{b}{c}",
        ]
    )


def city33(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t33(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"8 ({code}) {loc}", f"+7 ({code}) {loc}", f"({code}) {loc}", f"8({code}){loc}"]
    )


def brk33(rng: random.Random) -> str:
    op, a, b, c = _mob33(rng)
    return rng.choice(
        [f"8 ({op})\n{a}-{b}-{c}", f"+7 {op}-\n{a}-{b}-{c}", f"+7 ({op}) {a}-\n{b}-{c}"]
    )


MAIL_DOM33 = [
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "ya.ru",
    "rambler.ru",
]
ORG_MAIL33 = [
    "pc-konsult@perinatal-arh.ru",
    "zhk2@gp-vologda.ru",
    "roddom1@tver-zdrav.ru",
    "eko@ivf-sever.ru",
    "tmk.perinat@rkb-karelia.ru",
    "neoscreen@mgk-yar.ru",
    "milkbank@dkb-murmansk.ru",
    "priem@okpc-pskov.ru",
    "embryo@repro-kld.ru",
    "komi.perinat@rpc-syktyvkar.ru",
    "nao-crb@zdrav-nao.ru",
    "prenatal@mokb-kaluga.ru",
]


def mail33(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{s}_{f[0]}",
            f"{f}{rng.randint(85, 99)}",
            f"mama.{f}{rng.randint(1, 30)}",
            f"{s}.{f[:3]}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM33)}"


# ---------------------------------------------------------------- corpus 33: passports (fresh)
OKATO33 = ["28", "78", "58", "19", "11", "47", "86", "41", "58", "49", "87", "11", "45"]


def pas33(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO33), f"{rng.randint(4, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}№{n}", f"{o} {y}  {n}"]
    )


# ---------------------------------------------------------------- corpus 33: record numbers (fresh)
def brk_mid(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE woman, one baby, one donor, or to one of their samples or documents:
# RECORD_ID
REC33 = {
    "ok": ["ОК-####", "####/26-ж", "113-2026-####", "ОК ##-####"],  # exchange card 113/у
    "rk": ["####", "##-####/Ж", "Б-26-####", "ИКБ ####"],  # pregnancy register card 111/у
    "ib": ["####/26", "Р-#####", "26-####-Р", "#####"],  # история родов
    "ibn": ["####н", "Н-####/26", "#####-Н", "НБ-####"],  # newborn's history 097/у
    "amb": ["######", "АК-#####", "##-######"],  # outpatient card
    "mbs": ["######", "######", "00####"],  # medical birth certificate 103/у (number only)
    "rs": ["#######"],  # родовой сертификат (number only)
    "eln": ["9###########", "91##########"],
    "quota": ["##.0000.#####.###", "ЭКО-##-####", "##-ВРТ-2026-####"],  # IVF referral / quota
    "ivf": ["ЭКО-####/26", "ПР-26-####", "ВРТ ####-26", "IVF26-####"],  # one cycle's protocol
    "emb": ["Э-####-#", "EMB-####-0#", "####/Э#"],  # an embryo tied to one patient
    "ooc": ["О-####-##", "OOC####-##"],  # an oocyte
    "straw": ["CS26-####-%#", "КС-####/##", "V26-####-#"],  # a cryo straw's label
    "dsp": ["ДС-####", "SD-####", "Д/С ###"],  # a sperm donor's code
    "doo": ["ДО-####", "OD-###-26"],  # an oocyte donor's code
    "bar": ["26########", "10#######"],  # a screening sample's barcode (digits under it)
    "smp": ["PR-26-######", "#######/1", "ПС-######"],  # a prenatal screening sample ID
    "ast": ["AST-######", "P######", "АС-26-#####"],  # Astraia / PRISCA patient ID
    "nsc": ["НС-26-#####", "#######", "35-26-######"],  # neonatal screening test blank
    "tmk": ["ТМК-26-#####", "АКДЦ-####/26", "ТМ-######"],  # telemedicine request
    "lab": ["######-##", "Л-26-######", "########"],  # lab order
    "mk": ["#######"],  # maternity capital certificate (number only)
    "sfr": ["####-####-####", "СФР-26-######", "#########"],  # one application's number
    "portal": ["ОБР-26-#####", "#######-П", "№####-26"],  # portal request
    "mdon": ["ДГМ-0##", "МД-####", "BM-###"],  # breast milk donor's code
    "ctr": ["СМ-26/###", "ДД-2026-####", "Д-####/26"],  # a contract with one person
    "oae": ["АС-####", "ОАЭ-26-####", "#####/А"],  # audiological screening record
    "vk": ["ВК-####", "##/26-ВК", "####"],  # a commission's protocol about one patient
    "gist": ["####/26-П", "Г-#####", "######-ПЛ"],  # placenta histology of one patient
}
# hard negatives of the genre
ICD33 = [
    "O80",
    "Z34.0",
    "Z34.8",
    "O24.4",
    "O13",
    "O34.2",
    "O99.0",
    "O26.8",
    "N97.9",
    "O09.0",
    "P07.3",
    "Z33",
]
MEDIA33 = [
    "G-1 PLUS, лот 262051",
    "Continuous Single Culture-NX, lot 40K3821",
    "SAGE 1-Step, LOT 24110807",
    "Global Total LP, лот LGT-7712",
    "Vitrification Kit VT601, lot 2510-A",
    "ORIGIO Sequential Blast, LOT 17AB2290",
]
ORDERS33 = [
    "приказ Минздрава России № 1130н",
    "приказ МЗ РФ № 1130н «Об утверждении Порядка оказания медицинской помощи по профилю „акушерство и гинекология“»",
    "приказ № 803н «О порядке использования вспомогательных репродуктивных технологий»",
    "приказ Минздрава № 274н",
    "приказ № 1177н",
]
LIC33 = [
    "Л041-01158-35/00368412",
    "ЛО-29-01-002917",
    "Л041-01170-10/00591124",
    "ЛО-76-01-003385",
    "Л041-01139-11/00417762",
]
ORGS33 = [
    "ГБУЗ АО «Архангельский клинический родильный дом им. К.Н. Самойловой»",
    "БУЗ ВО «Вологодский областной родильный дом»",
    "ГБУЗ «Республиканский перинатальный центр» (Сыктывкар)",
    "ГБУЗ РК «Республиканский перинатальный центр»",
    "ГБУЗ ТО «Областной клинический перинатальный центр им. Е.М. Бакуниной»",
    "ГБУЗ ЯО «Областной перинатальный центр»",
    "ГОБУЗ «Мурманский областной клинический многопрофильный центр»",
    "ГБУЗ «Псковский областной перинатальный центр»",
    "ГОБУЗ «Новгородский областной клинический перинатальный центр»",
    "ГБУЗ «Региональный перинатальный центр» (Калининград)",
    "ГБУЗ НАО «Ненецкая окружная больница им. Р.И. Батмановой»",
    "ГБУЗ «Городская клиническая больница № 67 им. Л.А. Ворохобова ДЗМ», родильный дом",
]
ZHK33 = [
    "женская консультация № 2",
    "ЖК при ГП № 1",
    "женская консультация ЦРБ",
    "ФАП",
    "ЖК поликлиники № 3",
    "женская консультация № 5",
]
# a region in the genitive/dative (the same form for an oblast): in organisations' names
REG_GEN33 = [
    "Вологодской области",
    "Архангельской области",
    "Тверской области",
    "Ярославской области",
    "Мурманской области",
    "Псковской области",
    "Новгородской области",
    "Калининградской области",
]
IVF33 = [
    "ООО «Центр ЭКО Север»",
    "ООО «Репродукция-Калининград»",
    "ООО «Клиника ВРТ „Мать и дитя“ Ярославль»",
    "отделение ВРТ ГБУЗ РК «Республиканский перинатальный центр»",
    "ООО «Экстракорпоральные технологии Поморья»",
]


def num33(rng: random.Random, lo: float, hi: float, nd: int = 2) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


MON_SH33 = [
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
]
VERSION_WORDS33 = ("версия", "версии", "вер.", "ред.", "v.")


def dates33(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_ms"] = f"{dd} {MON_SH33[m - 1]} {y}"  # «14 мар. 2026»
    f[key + "_da"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled


def ga33(lmp: dt.date, d: dt.date) -> tuple[str, str]:
    """The gestational age on a date: «38+2» and «38 нед. 2 дн.» (not labelled)."""
    w, r = divmod((d - lmp).days, 7)
    return f"{w}+{r}", f"{w} нед. {r} дн."


def baby33(rng: random.Random, f: dict) -> dict:
    """The newborn: the father's surname (or the mother's), a name, the father's patronymic."""
    male = rng.random() < 0.5
    if rng.random() < 0.2:  # a girl given the mother's surname (her forms are kept as written)
        male = False
        sur = list(f["p_surc"])
    else:
        sur = decl_surname(f["f_sur"], male)
    first = decl_first(rng.choice(M_FIRST if male else F_FIRST), male)
    pat = decl_pat(pat_stem(f["f_first"]), male)
    out = {"b_male": male}
    for i, case in enumerate(CASES):
        suf = "" if case == "nom" else "_" + case
        out["b" + suf] = f"{sur[i]} {first[i]} {pat[i]}"
        out["b_sur" + suf] = sur[i]
        out["b_s" + suf] = f"{sur[i]} {first[0][0]}.{pat[0][0]}."
    out["b_first"] = first[0]
    out["b_up"] = out["b"].upper()
    out["b_sex"] = "мужской" if male else "женский"
    out["b_sx"] = "м" if male else "ж"
    out["b_kid"] = "мальчик" if male else "девочка"
    out["b_new"] = "новорождённый" if male else "новорождённая"
    out["b_a"] = "" if male else "а"
    out["b_syn"] = "сын" if male else "дочь"
    out["b_ego"] = "его" if male else "её"
    out["b_sya"] = "ся" if male else "ась"
    out["b_yi"] = "ый" if male else "ая"
    out["b_izv"] = "извлечён" if male else "извлечена"
    out["b_alive"] = "живой доношенный" if male else "живая доношенная"
    return out


def fillers33(rng: random.Random) -> dict:
    f: dict = {}
    f.update(person(rng, "p", False, foreign_ok=False))  # the woman
    f.update(person(rng, "f", True, foreign_ok=False))  # the baby's father / husband
    f.update(person(rng, "g", False, foreign_ok=False))  # a grandmother / relative
    f.update(person(rng, "n", False, foreign_ok=False))  # a donor / surrogate mother
    f.update(person(rng, "u", True, foreign_ok=False))  # a sperm donor
    for pre in ("d", "e", "h", "k", "m", "x"):  # staff
        f.update(person(rng, pre))
    words = f["p"].split()
    f["p_surc"] = [f[f"p{'' if c == 'nom' else '_' + c}"].split()[0] for c in CASES]
    f["p_surg"] = f["p_surc"][1]  # «девочка Смирновой»
    f["p_ini3"] = "".join(w[0] + "." for w in words)
    f["p_lat"] = f"{lat(words[0]).capitalize()} {lat(words[1]).capitalize()}"
    f["p_latup"] = f"{lat(words[0]).upper()} {lat(words[1]).upper()}"
    f["f_latup"] = " ".join(lat(w).upper() for w in f["f"].split()[:2])
    f.update(baby33(rng, f))
    # birth dates
    bdp = dt.date(rng.randint(1985, 2006), rng.randint(1, 12), rng.randint(1, 28))
    dates33(f, "bd", bdp)
    f["age"] = str(2026 - bdp.year - 1)
    f["bdy"] = str(bdp.year)  # a year alone: not labelled
    dates33(f, "bdf", dt.date(rng.randint(1980, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    dates33(f, "bdn", dt.date(rng.randint(1988, 2001), rng.randint(1, 12), rng.randint(1, 28)))
    dates33(f, "bdg", dt.date(rng.randint(1955, 1975), rng.randint(1, 12), rng.randint(1, 28)))
    # the pregnancy's calendar: LMP, booking, screenings, leave, birth, discharge, visits
    lmp = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 120))
    ev = {
        "lmp": 0,
        "bk": rng.randint(49, 76),
        "s1": rng.randint(79, 95),
        "s2": rng.randint(134, 146),
        "s3": rng.randint(214, 236),
        "dec": 210,
        "br": rng.randint(265, 289),
    }
    for key, off in ev.items():
        d = lmp + dt.timedelta(days=off)
        dates33(f, key, d)
        f["ga_" + key], f["gaw_" + key] = ga33(lmp, d)
    dates33(f, "pdr", lmp + dt.timedelta(days=280))
    dates33(f, "msg", lmp + dt.timedelta(days=ev["bk"] - rng.randint(3, 12)))
    dates33(f, "s2r", lmp + dt.timedelta(days=ev["s2"] + rng.randint(1, 3)))
    dates33(f, "s2n", lmp + dt.timedelta(days=ev["s2"] + rng.randint(7, 14)))
    brd = lmp + dt.timedelta(days=ev["br"])
    f["ga_br_w"] = str(ev["br"] // 7)
    dates33(f, "dc", brd + dt.timedelta(days=rng.randint(2, 5)))
    dates33(f, "ns", brd + dt.timedelta(days=rng.randint(1, 2)))
    dates33(f, "pt", brd + dt.timedelta(days=rng.randint(6, 10)))
    dates33(f, "nb1", brd + dt.timedelta(days=rng.randint(12, 30)))
    cur = lmp + dt.timedelta(days=ev["bk"])
    for i in range(1, 5):
        cur += dt.timedelta(days=rng.randint(5, 30))
        dates33(f, f"v{i}", cur)
        f[f"ga_v{i}"], f[f"gaw_v{i}"] = ga33(lmp, cur)
    # an IVF cycle before the pregnancy (its own calendar)
    ivf = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 300))
    for i, off in enumerate((0, 10, 12, 15, 17, 29, 43), start=1):
        dates33(f, f"i{i}", ivf + dt.timedelta(days=off))
    dates33(f, "told", dt.date(2025, rng.randint(1, 2), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2005, 2025), rng.choice(["dot", "dot", "words"]))
    f["pasf_d"] = date(rng, rng.randint(2004, 2025), "dot")
    dates33(f, "ord", dt.date(2020, 10, 20))  # the date of order 1130н (DATE)
    t0 = rng.randint(7 * 60, 16 * 60)
    for i in range(1, 5):
        t0 += rng.randint(5, 90)
        f[f"tm{i}"] = f"{t0 // 60:02d}:{t0 % 60:02d}"
    f["tm1d"] = f["tm1"].replace(":", ".")
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr33(rng)
        f[f"ph{i}"] = mob33(rng)
    f["al1"] = aloc33(rng)
    f["a_br"] = abr33(rng)
    f["ao"], f["ao2"] = aorg33(rng), aorg33(rng)
    f["phc1"], f["phc2"] = city33(rng), city33(rng)
    f["ph_br"] = brk33(rng)
    f["ext"] = str(rng.randint(100, 699))
    f["m1"] = mail33(rng, f["p_sur"], f["p_first"])
    f["mf"] = mail33(rng, f["f_sur"], f["f_first"])
    f["md"] = mail33(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL33, 2)
    f["sn"], f["snf"], f["snb"], f["snn"] = snils(rng), snils(rng), snils(rng), snils(rng)
    f["enp"], f["enpf"], f["enpb"] = enp(rng), enp(rng), enp(rng)
    f["inn"], f["innf"] = inn12(rng), inn12(rng)
    f["pas"], f["pasf"], f["pasn"] = pas33(rng), pas33(rng), pas33(rng)
    f["kpd"] = f"{rng.randint(100, 890)}-{rng.randint(1, 70):03d}"
    f["pasx"] = shape(rng, rng.choice(["A#######", "P########", "AB#######", "C#######"]))
    f["bc"] = bcert(rng)
    for key in REC33:
        f[key] = shape29(rng, rng.choice(REC33[key]))
        f[key + "2"] = shape29(rng, rng.choice(REC33[key]))
    f["emb2"] = f["emb"][:-1] + str((int(f["emb"][-1]) + rng.randint(1, 8)) % 10)  # next embryo
    f["ooc2"] = f["ooc"][:-2] + f"{rng.randint(10, 18)}"
    f["straw2"] = f["straw"][:-1] + str((int(f["straw"][-1]) + rng.randint(1, 8)) % 10)
    f["mbs_ser"] = rng.choice(["35", "29", "10", "11", "76", "69", "60", "39", "51", "53"])
    f["rs_ser"] = rng.choice(["В", "Г", "Д", "Е"])
    f["mk_ser"] = rng.choice(["МК-5", "МК-6", "МК-7"])
    f["mbtl"] = f["mdon"] + shape(rng, rng.choice(["-26-###", "/###", "-Б##"]))
    f["mbtl2"] = f["mdon"] + shape(rng, rng.choice(["-26-###", "/###", "-Б##"]))
    f["emb_b"] = f["emb"] + shape(rng, "/#")
    f["ok_br"] = brk_mid(f["ok"]) if len(f["ok"]) > 5 else f["ok"]
    f["eln_br"] = f["eln"][:6] + "\n" + f["eln"][6:]
    f["bar_br"] = brk_mid(f["bar"])
    # hard negatives of the genre
    f["icd1"], f["icd2"], f["icd3"] = rng.sample(ICD33, 3)
    f["media"], f["media2"] = rng.sample(MEDIA33, 2)
    f["order"] = rng.choice(ORDERS33)
    f["lic"] = rng.choice(LIC33)
    f["org"], f["org2"] = rng.sample(ORGS33, 2)
    f["reg_any"] = rng.choice(REG_GEN33)
    f["town_bare"] = "г. " + rng.choice(TOWNS33)[2]
    f["zhk"] = rng.choice(ZHK33)
    f["ivforg"] = rng.choice(IVF33)
    a1, a2 = rng.randint(6, 9), rng.randint(7, 10)
    f["apgar"] = f"{a1}/{max(a1, a2)}"
    f["wt"] = str(rng.randint(2650, 4300))
    f["ln"] = str(rng.randint(47, 56))
    f["hc"] = str(rng.randint(32, 37))
    f["cc"] = str(rng.randint(31, 36))
    f["mom1"], f["mom2"] = num33(rng, 0.4, 2.4), num33(rng, 0.4, 2.4)
    f["risk"] = f"1:{rng.choice([180, 350, 780, 1240, 2450, 3900, 6100, 10000, 15800])}"
    f["risk2"] = f"1:{rng.choice([150, 420, 980, 1800, 5200, 12000, 20000])}"
    f["crl"] = num33(rng, 45, 84, 1)
    f["nt"] = num33(rng, 0.9, 2.6, 1)
    f["hr"] = str(rng.randint(128, 162))
    f["bpd"] = str(rng.randint(18, 94))
    f["inc"] = str(rng.randint(1, 12))
    f["bed"] = str(rng.randint(1, 40))
    f["ward"] = str(rng.randint(101, 420))
    f["n_ooc"] = str(rng.randint(5, 18))
    f["n_mii"] = str(rng.randint(3, 12))
    f["n_emb"] = str(rng.randint(2, 6))
    f["grade"] = rng.choice(["4AA", "4AB", "3BB", "5AA", "4BA", "3AB"])
    f["dewar"] = shape(rng, "дьюар № #, канистра #, кейн ##")
    f["hb"] = str(rng.randint(96, 136))
    f["bp"] = f"{rng.randint(100, 150)}/{rng.randint(60, 98)}"
    f["wtm"] = num33(rng, 54, 98, 1)
    f["gw"] = str(rng.randint(6, 19))
    f["vol"] = str(rng.choice([40, 60, 80, 100, 120, 150, 180]))
    f["small"] = str(rng.randint(2, 9))
    f["sum"] = f"{rng.randint(7, 12)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    return f


def shape29(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape29(rng, m.group(1)), template)
    fill = fillers33(rng)
    return raw.format_map({**fill, **extra})


# the rows of «Номенклатура медицинских услуг» (1.2.643.5.1.13.13.11.1070 v2.10) used:
# ID: (S_CODE, NAME); every row has REL 1
SERVICES33: dict[int, tuple[str, str]] = {
    7022: (
        "B01.001.004",
        "Прием (осмотр, консультация) врача-акушера-гинеколога беременной первичный",
    ),
    7023: (
        "B01.001.005",
        "Прием (осмотр, консультация) врача-акушера-гинеколога беременной повторный",
    ),
    7469: ("B04.001.001", "Диспансерный прием (осмотр, консультация) врача-акушера-гинеколога"),
    7293: ("B03.001.001", "Комплекс исследований по определению беременности"),
    12113: (
        "A09.05.089",
        "Исследование уровня связанного с беременностью плазменного протеина А (PAPP-A) в сыворотке крови",
    ),
    12114: (
        "A09.05.090",
        "Исследование уровня хорионического гонадотропина (свободная бета-субъединица) в сыворотке крови",
    ),
    12085: (
        "A04.30.001.003",
        "Ультразвуковое скрининговое исследование при сроке беременности одиннадцатая - четырнадцатая недели по оценке антенатального развития плода с целью выявления хромосомных аномалий, пороков развития, рисков задержки роста плода, преждевременных родов, преэклампсии (скрининг I)",
    ),
    12087: (
        "A04.30.001.005",
        "Ультразвуковое скрининговое исследование при сроке беременности девятнадцатая - двадцать первая недели по оценке антенатального развития плода с целью выявления хромосомных аномалий, пороков развития, рисков задержки роста плода, преждевременных родов, преэклампсии (скрининг II)",
    ),
    12088: ("A04.30.001.007", "Ультразвуковое исследование плода в III триместре беременности"),
    3097: ("A11.30.003", "Амниоцентез"),
    3096: ("A11.30.002", "Биопсия хориона, плаценты"),
    7410: (
        "B03.032.002",
        "Комплексное исследование для пренатальной диагностики нарушений развития ребенка (внутриутробно)",
    ),
    1681: ("A05.30.001", "Кардиотокография плода"),
    7853: ("A04.12.024", "Ультразвуковая допплерография маточно-плацентарного кровотока"),
    12105: ("A04.20.001.004", "Ультразвуковое исследование шейки матки (УЗ-цервикометрия)"),
    8640: ("A11.20.041", "Введение акушерского разгружающего поддерживающего кольца (пессария)"),
    4833: ("A16.20.055", "Наложение швов на шейку матки"),
    11206: (
        "A26.20.037.001",
        "Определение ДНК Streptococcus agalactiae (SGB) в отделяемом из влагалища методом ПЦР, качественное исследование",
    ),
    7294: ("B03.001.002", "Комплекс исследований при преэклампсии беременных"),
    7026: (
        "B01.001.008",
        "Ежедневный осмотр врачом-акушером-гинекологом беременной, с наблюдением и уходом среднего и младшего медицинского персонала в отделении стационара",
    ),
    7471: ("B04.001.003", "Школа для беременных"),
    6605: ("A25.20.004", "Назначение лекарственных препаратов при беременности"),
    6606: ("A25.20.005", "Назначение диетического питания при беременности"),
    4797: ("A16.20.037", "Искусственное прерывание беременности (аборт)"),
    11773: ("B03.001.005", "Комплексная услуга по медикаментозному прерыванию беременности"),
    7605: ("A04.20.003", "Ультразвуковое исследование фолликулогенеза"),
    12122: ("A11.20.019", "Трансвагинальная пункция фолликулов яичников"),
    7612: ("A11.20.026", "Идентификация и оценка зрелости ооцитов"),
    7613: ("A11.20.027", "Экстракорпоральное оплодотворение ооцитов"),
    7614: ("A11.20.028", "Культивирование эмбриона"),
    7617: ("A11.20.031", "Криоконсервация эмбрионов"),
    8635: ("A11.20.030.001", "Внутриматочное введение криоконсервированного эмбриона"),
    7618: ("A11.20.032", "Криоконсервация гамет (ооцитов, сперматозоидов)"),
    7621: ("A11.20.035", "Внутриматочное введение спермы донора"),
    12096: ("A11.30.012", "Инъекция сперматозоида в цитоплазму ооцита (ИКСИ)"),
    7615: ("A11.20.029", "Вспомогательный хетчинг (рассечение блестящей оболочки) эмбриона"),
    11920: ("B03.053.002", "Спермограмма"),
    12097: (
        "A11.30.012.001",
        "Инъекция сперматозоида, отобранного по физиологическому признаку, в цитоплазму ооцита (ПИКСИ)",
    ),
    7266: ("B02.001.002", "Ведение физиологических родов акушеркой"),
    7024: ("B01.001.006", "Ведение патологических родов врачом-акушером-гинекологом"),
    4723: ("A16.20.005", "Кесарево сечение"),
    4876: ("A16.20.071", "Вакуум-экстракция плода"),
    1217: ("A01.30.006", "Оценка состояния новорожденного по шкале Апгар"),
    1219: ("A01.30.008", "Оценка гестационного возраста новорожденного по шкале Балорда"),
    7127: ("B01.032.001", "Прием (осмотр, консультация) врача-неонатолога первичный"),
    7330: ("B03.006.004", "Скрининг наследственно обусловленных заболеваний обмена"),
    11871: ("B03.032.004", "Комплекс исследований для диагностики фенилкетонурии"),
    3342: ("A12.25.004", "Исследование слуха у новорожденного с помощью отоакустической эмиссии"),
    7129: (
        "B01.032.003",
        "Ежедневный осмотр врачом-неонатологом с наблюдением и уходом среднего и младшего медицинского персонала в отделении стационара",
    ),
    7287: ("B02.032.001", "Процедуры сестринского ухода за новорожденным, находящимся в кювезе"),
    2957: ("A11.12.004", "Катетеризация пупочных сосудов у новорожденных"),
    3491: ("A14.30.008", "Уход за пупочной ранкой новорожденного"),
    3423: ("A13.30.002", "Обучение уходу за новорожденным"),
    11517: (
        "A26.30.009",
        "Микробиологическое (культуральное) исследование грудного молока на аэробные и факультативно-анаэробные микроорганизмы",
    ),
    11518: (
        "A26.30.010",
        "Микробиологическое (культуральное) исследование грудного молока на золотистый стафилококк",
    ),
    7518: ("B04.032.002", "Профилактический прием (осмотр, консультация) врача-неонатолога"),
    1346: ("A02.30.004", "Исследование плаценты послеродовое"),
    2362: (
        "A08.30.001",
        "Патолого-анатомическое исследование биопсийного (операционного) материала плаценты",
    ),
    7019: ("B01.001.001", "Прием (осмотр, консультация) врача-акушера-гинеколога первичный"),
    7020: ("B01.001.002", "Прием (осмотр, консультация) врача-акушера-гинеколога повторный"),
    7470: ("B04.001.002", "Профилактический прием (осмотр, консультация) врача-акушера-гинеколога"),
    7025: (
        "B01.001.007",
        "Ежедневный осмотр врачом-акушером-гинекологом, с наблюдением и уходом среднего и младшего медицинского персонала в отделении стационара",
    ),
    11961: (
        "B05.001.003",
        "Услуги по медицинской реабилитации после осложнений беременности, родов и послеродового периода",
    ),
    1401: ("A03.20.001", "Кольпоскопия"),
    12089: ("A08.20.012.001", "Жидкостное цитологическое исследование микропрепарата влагалища"),
    1558: ("A04.30.001", "Ультразвуковое исследование плода"),
    3110: ("A11.30.016", "Кордоцентез"),
    12129: ("A16.30.082.003", "Внутриутробное переливание крови плоду"),
    7517: ("B04.032.001", "Диспансерный прием (осмотр, консультация) врача-неонатолога"),
    8799: ("A12.21.001", "Микроскопическое исследование спермы"),
}

# ---------------------------------------------------------------- corpus 33: genres and kinds
# one kind per service: (ID in «Номенклатура медицинских услуг», genre, template); no template
# is shared
GENRES33: list[tuple[int, str, str]] = [
    (
        7022,
        "индивидуальная медицинская карта беременной и родильницы ф. 111/у-20, титульный лист",
        """{org}, {zhk}
ИНДИВИДУАЛЬНАЯ МЕДИЦИНСКАЯ КАРТА БЕРЕМЕННОЙ И РОДИЛЬНИЦЫ № [[R:{rk}]]
(форма № 111/у-20, {order})
Дата взятия на учёт: [[D:{bk}]]   срок при взятии: {gaw_bk}   услуга {svc}
Ф.И.О.: [[P:{p}]]   Дата рождения: [[B:{bd}]] (полных лет: {age})
Паспорт: [[Q:{pas}]]; СНИЛС [[S:{sn}]]; полис ОМС [[O:{enp}]]
Адрес регистрации: [[A:{a1}]]
Фактически проживает: [[A:{a2}]]   тел. [[T:{ph1}]]
Муж (отец ребёнка): [[P:{f}]], [[B:{bdf}]] г.р., тел. [[T:{ph2}]]
Последняя менструация: [[D:{lmp}]]; предполагаемая дата родов: [[D:{pdr}]]
Беременность 2-я, роды 1-е. Группа крови A(II) Rh+. Рост 164, масса {wtm} кг, АД {bp}.
Диагноз: Беременность {gaw_bk} ({icd1}). Врач [[P:{d_s}]]""",
    ),
    (
        7023,
        "обменная карта родильного дома ф. 113/у-20, раздел «Сведения женской консультации о беременной»",
        """ОБМЕННАЯ КАРТА № [[R:{ok}]]   (ф. 113/у-20)
1. Сведения женской консультации ({zhk}, {org2}) о беременной
Фамилия, имя, отчество [[P:{p}]]          Возраст {age}
Дата рожд. [[B:{bd_sh}]]   Адрес [[A:{a1}]]
Инд. карта беременной № [[R:{rk}]]   СНИЛС [[S:{sn}]]
Первая явка [[D:{bk}]] в сроке {ga_bk} нед.   Всего посещений: {gw}
Посл. менстр. [[D:{lmp_dm}]]   ПДР [[D:{pdr}]]   Первое шевеление плода [[D:{s2_wd}]]
Скрининг I трим. [[D:{s1}]]: КТР {crl} мм, ТВП {nt} мм, риск T21 {risk} (низкий)
Скрининг II трим. [[D:{s2}]]: ПОД, {gaw_s2}, без особенностей
Hb {hb} г/л, RW отр., ВИЧ отр. ([[D:{v2_dm}]]), HBsAg отр.
Диагноз: {icd1}, {icd3}. Школа будущих матерей — посетила.
Врач [[P:{d_s}]] ___  тел. ЖК [[T:{phc1}]]""",
    ),
    (
        7469,
        "родовой сертификат, корешок и талон № 1 (женская консультация)",
        """РОДОВОЙ СЕРТИФИКАТ  серия {rs_ser} № [[R:{rs}]]
Выдан [[D:{dec_q}]] ({gaw_dec})   {zhk}, {org2}
Ф.И.О. [[P:{p}]], дата рождения [[B:{bd}]]
Место жительства: [[A:{a1}]]
Паспорт [[Q:{pas}]] выдан [[D:{pas_d}]]; полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Индивидуальная карта беременной № [[R:{rk}]]; наблюдается с [[D:{bk}]] ({gaw_bk})
--- линия отреза ---
ТАЛОН № 1 к родовому сертификату серия {rs_ser} № [[R:{rs}]]
Диспансерное наблюдение беременной — услуга {svc}, непрерывно 12 нед. и более
Руководитель ЖК ___ [[P:{e_s}]]   Подпись получателя ___ [[P:{p_s}]]   М.П.""",
    ),
    (
        7293,
        "сообщение в портале пациента: запись на постановку на учёт по беременности",
        """Личный кабинет пациента «Моё здоровье» — Обращение [[R:{portal}]]
От: [[P:{p_fi}]] ([[E:{m1}]])   [[D:{msg_sl}]] {tm1}
Здравствуйте! Тест положительный, ПМП [[D:{lmp_wd}]], хочу встать на учёт.
Я прописана в [[A:{al1}]], полис [[O:{enp}]]. Можно к врачу [[P:{d_s}]]? Мой тел. [[T:{ph1}]]
---
Ответ регистратуры ({zhk}), [[D:{msg_sl}]] {tm2}:
[[P:{p_io}]], вы записаны на [[D:{bk_wd}]] в {tm3}, каб. {ward}, к [[P:{d_i_dat}]].
Комплекс исследований по определению беременности ({svc}): при себе паспорт, СНИЛС, результат ХГЧ.
Код записи [[R:{portal2}]]. Отменить: [[T:{phc1}]].""",
    ),
    (
        12113,
        "направление на пренатальный скрининг I триместра (бланк с штрихкодом пробы)",
        """НАПРАВЛЕНИЕ НА КОМБИНИРОВАННЫЙ ПРЕНАТАЛЬНЫЙ СКРИНИНГ I ТРИМЕСТРА
Лаборатория МГК {org}, [[A:{ao}]]
||||| |||| ||||||
[[R:{bar}]]
ФИО беременной: [[P:{p}]]   д.р. [[B:{bd}]]   масса {wtm} кг
Инд. карта № [[R:{rk}]]; полис ОМС [[O:{enp}]]
Дата взятия крови: [[D:{s1}]] {tm1}   Срок по УЗИ на дату УЗИ: {gaw_s1}
УЗИ от [[D:{s1}]]: КТР {crl} мм, ТВП {nt} мм, ЧСС {hr}
Курение: нет; ЭКО: нет; сахарный диабет: нет; плодов: 1
Исследования: PAPP-A ({svc}), св. β-ХГЧ (A09.05.090)
Направил: врач [[P:{d_s}]], тел. [[T:{phc1}]], e-mail [[E:{mo}]]""",
    ),
    (
        12114,
        "отчёт о расчёте риска хромосомных аномалий (экспорт PRISCA)",
        """PRISCA 5.2 — Risk report          printed [[D:{s1_sl}]] {tm2}
Sample ID: [[R:{smp}]]   Patient ID: [[R:{ast}]]
Name: [[P:{p_latup}]]    DOB: [[B:{bd_sl}]]
Sample date: [[D:{s1_sl}]]   GA at sample: {ga_s1} (by CRL {crl} mm)
Weight {wtm} kg, non-smoker, IVF: no, fetuses: 1
free beta-hCG   {mom1} MoM
PAPP-A          {mom2} MoM
NT              {nt} mm
Risk at term T21: {risk}   (cut-off 1:100)   SCREEN NEGATIVE
Risk T18/T13: {risk2}
Physician: [[P:{d_fi}]]; lab: {org}; service {svc}""",
    ),
    (
        12085,
        "протокол УЗ-скрининга 11–14 недель (экспорт Astraia)",
        """Astraia — First trimester scan report
Patient: [[P:{p_s}]]   Hospital no.: [[R:{ast}]]   DOB [[B:{bd_iso}]]
Examination date [[D:{s1_iso}]]; LMP [[D:{lmp_iso}]]; EDD by LMP [[D:{pdr_iso}]]
Operator: [[P:{h_s}]]
Fetus: CRL {crl} mm ({gaw_s1}), FHR {hr} bpm, NT {nt} mm, nasal bone present, DV a-wave positive
Uterine artery PI 1,{bpd}  — MoM {mom1}
Combined risk T21 {risk}, T18 {risk2}; PE risk < 37 wks 1:{bpd}0
Code {svc}; {icd1}
Referred by {zhk} ([[P:{d_s}]]); copy sent to [[E:{mo}]]""",
    ),
    (
        12087,
        "заключение второго ультразвукового скрининга 19–21 неделя для обменной карты",
        """ЗАКЛЮЧЕНИЕ УЗ-СКРИНИНГА II ТРИМЕСТРА
{org2}, кабинет пренатальной диагностики
Пациентка: [[P:{p}]], [[B:{bd}]] г.р.   Исслед. № [[R:{lab}]]
Дата: [[D:{s2}]]   Срок по ПМП ([[D:{lmp}]]): {gaw_s2}
Плод один, головное предлежание. БПР {bpd} мм, ОЖ соотв. сроку, ЧСС {hr} уд/мин.
Анатомия без видимых пороков. Плацента по передней стенке, I ст. зрелости.
Длина шейки матки 3{small} мм.
Заключение: Беременность {ga_s2} нед. ВПР не выявлено. ({svc}; {icd2})
Врач УЗД [[P:{h_s}]]   Обменная карта № [[R:{ok}]]""",
    ),
    (
        12088,
        "запрос на телемедицинскую консультацию перинатального центра по УЗИ III триместра",
        """ЗАПРОС НА ТМК № [[R:{tmk}]] от [[D:{s3}]]
Куда: {org} (акушерский дистанционный консультативный центр), [[E:{mo}]]
Откуда: {zhk}, врач [[P:{d}]], тел. [[T:{phc2}]]
Пациентка: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ОМС [[O:{enp}]]
Проживает: [[A:{a_br}]]
УЗИ III трим. ({svc}) [[D:{s3}]]: {gaw_s3}; ПВ плода соответствует 10 перц., ИАЖ 9 см; ДМПК: ИР в норме
Вопрос: маршрутизация на роды (уровень учреждения), сроки госпитализации.
Контакт пациентки: [[T:{ph1}]]""",
    ),
    (
        3097,
        "информированное добровольное согласие на амниоцентез",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА ИНВАЗИВНУЮ ПРЕНАТАЛЬНУЮ ДИАГНОСТИКУ (АМНИОЦЕНТЕЗ)
Я, [[P:{p}]], [[B:{bd_w}]] года рождения,
зарегистрированная по адресу [[A:{a1}]],
при сроке беременности {gaw_s2} согласна на проведение амниоцентеза ({svc}) в {org}.
Мне разъяснено: риск потери беременности около 0,5 % (1:200), возможна повторная пункция.
Индивидуальный риск по скринингу: {risk} (высокий). Карта № [[R:{rk}]].
Контактный телефон: [[T:{ph1}]]; доверенное лицо: [[P:{f}]], [[T:{ph2}]]
Пациентка ___ [[P:{p_s}]]     Врач ___ [[P:{h_s}]]     [[D:{s2_q}]]""",
    ),
    (
        3096,
        "направление материала биопсии хориона на кариотипирование в медико-генетическую консультацию",
        """НАПРАВЛЕНИЕ № [[R:{lab}]] на цитогенетическое исследование ворсин хориона
Учреждение: {org}, [[A:{ao2}]]
Пациентка [[P:{p_s}]], д.р. [[B:{bd}]], ИБ [[R:{ib}]]
Дата БВХ ({svc}): [[D:{s1}]], {tm2}; срок {ga_s1} нед.; доступ трансабдоминальный; материал {small} мг
Показание: риск T21 {risk} по скринингу от [[D:{s1_dm}]]; NT {nt} мм
Пробирка № [[R:{smp}]] (среда транспортная, лот RPMI-2{bpd}1)
Отправлено курьером [[D:{s1}]]; контакт МГК: [[T:{phc2}]]
Врач [[P:{h_s}]]""",
    ),
    (
        7410,
        "протокол перинатального консилиума (комплекс пренатальной диагностики)",
        """ПРОТОКОЛ ПЕРИНАТАЛЬНОГО КОНСИЛИУМА № [[R:{vk}]] от [[D:{s2}]]
{org}
Председатель: [[P:{e_s}]]; члены: [[P:{h_s}]] (врач УЗД), [[P:{x_s}]] (генетик), [[P:{k_s}]] (детский хирург)
Беременная [[P:{p}]], [[B:{bd}]] г.р., проживает в [[A:{al1}]]
Обменная карта № [[R:{ok}]]
Срок: {ga_s2} нед. Результат кариотипа (проба [[R:{smp}]]): 46,XX — норма.
По УЗИ ({svc}): изолированная пиелоэктазия справа 6 мм.
Заключение: пролонгирование беременности, роды в учреждении 3 уровня, консультация детского уролога после рождения.
С заключением ознакомлена: [[P:{p_s}]] ___ [[D:{s2}]]""",
    ),
    (
        1681,
        "распечатка кардиотокограммы с шапкой монитора",
        """*** FETAL MONITOR  Sonicaid Team3  S/N 4{bpd}0{hr} ***
ID: [[R:{ib}]]   NAME: [[P:{p_up}]]
DATE [[D:{s3_sl}]]  TIME {tm1}   PAPER 1 cm/min
GA {ga_s3}   BED {bed}
FHR baseline {hr} bpm   STV 8,{small} ms   accels 4   decels 0
Dawes-Redman criteria MET at 10 min
---
Кардиотокография плода ({svc}). Заключение: тип КТГ нормальный, 9 баллов по Фишеру.
Акушерка [[P:{k_s}]]   Врач [[P:{d_s}]]   [[D:{s3}]]""",
    ),
    (
        7853,
        "журнал ультразвукового кабинета (допплерометрия маточно-плацентарного кровотока)",
        """Журнал допплерометрических исследований, {org2}
№ п/п | Дата     | ФИО                          | Инд.карта | Срок  | ИР ма (пр/лев) | Заключение
{small}1 | [[D:{s3_dm}]] | [[P:{p_s}]]            | [[R:{rk}]] | {ga_s3} | 0,5{small}/0,6{small} | НМПК 0
{small}2 | [[D:{s3_dm}]] | [[P:{g_s}]]            | [[R:{rk2}]] | 31+2 | 0,71/0,68 | НМПК IА ст.
Код услуги: {svc}. Аппарат Voluson E8, инв. № 0101{bpd}0{small}.
Врач [[P:{h_s}]]; звонок пациентке [[P:{g_io}]] по тел. [[T:{ph3}]] — явка через 7 дн.""",
    ),
    (
        12105,
        "SMS-напоминания женской консультации о цервикометрии",
        """SMS от ZHK-INFO, [[D:{s2_dm}]] {tm1}:
[[P:{p_io}]], напоминаем: УЗ-цервикометрия ({gaw_s2}) [[D:{s2_wd}]] в {tm2}, каб. {ward}. Врач [[P:{h_s}]]. Отмена: [[T:{phc1}]]
SMS от ZHK-INFO, [[D:{s2r_dm}]] {tm3}:
Результат готов. Шейка матки 3{small} мм. Явка к акушеру [[D:{s2n_wd}]]. Код записи [[R:{portal}]]
Ответ с номера [[T:{ph1}]]: Спасибо, буду. Можно муж позвонит с [[T:{ph2}]]?
Услуга {svc}; {icd2}""",
    ),
    (
        8640,
        "информированное добровольное согласие на введение акушерского пессария",
        """{org2}
ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ
на введение акушерского разгружающего поддерживающего кольца (пессария), код {svc}
Я, [[P:{p}]],
карта беременной [[R:{rk}]], срок {gaw_v2},
получила разъяснения о показаниях (укорочение шейки матки до 2{small} мм по данным УЗИ [[D:{v2}]]).
Изделие: пессарий «Юнона» тип II, REF P-{bpd}-2, LOT 25{hr}, паспорт изделия прилагается.
Плановое извлечение — в {ga_br_w} нед. или при начале родовой деятельности.
Тел. для связи: [[T:{ph1}]]   Адрес: [[A:{a2}]]
[[D:{v2_q}]]   ___ [[P:{p_s}]]   Врач ___ [[P:{d_s}]]""",
    ),
    (
        4833,
        "выписной эпикриз из отделения патологии беременности (серкляж)",
        """ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № [[R:{ib}]]
{org}, отделение патологии беременности, палата {ward}
[[P:{p}]], [[B:{bd}]] г.р., находилась с [[D:{v2}]] по [[D:{v3}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Диагноз: Беременность {ga_v2} нед. Истмико-цервикальная недостаточность ({icd2}).
Проведено: наложение швов на шейку матки ({svc}) [[D:{v2_dm}]] под в/в анестезией (McDonald, лавсан).
Снятие шва — в 37 нед. (ориентировочно [[D:{pdr_wd}]] − 3 нед.). Прогестерон 200 мг/сут.
Рекомендовано: наблюдение в ЖК, обменная карта [[R:{ok}]] дополнена.
Лечащий врач [[P:{d_s}]]; зав. отд. [[P:{e_s}]]   Выдан на руки [[D:{v3_sh}]]""",
    ),
    (
        11206,
        "направление в лабораторию на ПЦР стрептококка группы B (бланк ЛИС)",
        """ЛИС «Акушерство» — НАПРАВЛЕНИЕ
Заказ № [[R:{lab}]]   Штрихкод [[R:{bar}]]
Пациент: [[P:{p_up}]]   Пол Ж   Д.р. [[B:{bd_da}]]
Полис [[O:{enp}]]   Отделение: {zhk}   Карта [[R:{rk}]]
Материал: отделяемое влагалища + ректальный мазок, взят [[D:{s3_da}]] {tm1}
Тест: {svc} — ДНК Streptococcus agalactiae (SGB), ПЦР качественно
Срок {ga_s3}; антибиотики: нет
Результат: ОБНАРУЖЕНО (Ct 2{small},4). Проведена интранатальная профилактика по протоколу.
Выполнил: [[P:{x_s}]]   Набор «АмплиСенс», лот 00{bpd}{hr}""",
    ),
    (
        7294,
        "протокол телемедицинской консультации с региональным перинатальным центром (преэклампсия)",
        """ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ (врач — врач)
Запрос [[R:{tmk}]] от [[D:{s3}]] {tm1}; консультация начата {tm2}
Консультант: [[P:{e}]], АДКЦ {org}
Запрашивающий: [[P:{d_s}]], {zhk}, тел. [[T:{phc2}]]
Пациентка [[P:{p}]], д.р. [[B:{bd}]], СНИЛС [[S:{sn}]]
Беременность {ga_s3} нед. АД {bp} мм рт. ст., протеинурия 0,{small} г/л. ИБ [[R:{ib}]].
Комплекс исследований при преэклампсии ({svc}): тромбоциты, АЛТ/АСТ, sFlt-1/PlGF {bpd}.
Рекомендации: перевод в {org} санавиацией, магнезиальная терапия; диагноз O14.0.
Протокол подписан УКЭП [[D:{s3}]]""",
    ),
    (
        7026,
        "запрос Социального фонда о листке нетрудоспособности по беременности и родам",
        """Отделение СФР по {reg_any}
В {org}
Исх. № 12-{bpd}/{hr}{small} от [[D:{dec}]]
О подтверждении ЭЛН
Просим подтвердить сведения ЭЛН № [[R:{eln}]], сформированного [[D:{dec_w}]]
на застрахованное лицо [[P:{p_acc}]], СНИЛС [[S:{sn}]], период с [[D:{dec}]] по [[D:{dc}]]
(140 календарных дней, срок {gaw_dec}), и ЭЛН-продолжение № [[R:{eln2}]].
Основание: ежедневный осмотр беременной ({svc}), стационар {org}.
Ответ направить на [[E:{mo2}]]. Исполнитель [[P:{m_s}]], [[T:{phc1}]]""",
    ),
    (
        7471,
        "журнал посещений школы для беременных и письмо-приглашение",
        """Школа для беременных ({svc}) — журнал группы № {small}
Занятие 3 «Роды: периоды, дыхание, обезболивание», [[D:{v3}]], ведущая акушерка [[P:{k_s}]]
1. [[P:{p_s}]] — срок {ga_v3}, с партнёром [[P:{f_s}]] ✓
2. [[P:{n_s}]] — 29+4 ✓
3. [[P:{g_s}]] — 33+0 — не явилась (звонок на [[T:{ph3}]])
---
Письмо от [[E:{mo}]]:
Уважаемая [[P:{p_io}]]! Следующее занятие [[D:{v4_wd}]], {tm2}, зал ЛФК. Возьмите обменную карту [[R:{ok}]] и коврик.
Вопросы — [[T:{phc1}]] доб. {ext}""",
    ),
    (
        6605,
        "рецепт на лекарственный препарат беременной (форма 107-1/у) и запись в карте",
        """Форма № 107-1/у   РЕЦЕПТ   [[D:{v1_q}]]
(взрослый)
Ф.И.О. пациента: [[P:{p_s}]]   Дата рождения: [[B:{bd}]]
Ф.И.О. врача: [[P:{d}]]
Rp.: Sol. Kalii iodidi 200 мкг — № 50
D.S. по 1 таб. 1 раз в сутки до окончания лактации
Подпись и печать ___ Рецепт действителен 60 дней
---
Запись в инд. карте [[R:{rk}]] от [[D:{v1}]] ({gaw_v1}): назначение лекарственных препаратов при беременности ({svc}) — калия йодид, фолиевая кислота 400 мкг; {icd1}.
Тел. пациентки [[T:{ph1}]]""",
    ),
    (
        6606,
        "заявление беременной на обеспечение полноценным питанием (органы соцзащиты)",
        """В ГКУ «Центр социальной защиты населения» {town_bare}
от [[P:{p_gen}]], [[B:{bd}]] г.р.,
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd},
СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], проживающей в [[A:{al1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ
Прошу предоставить ежемесячную выплату на полноценное питание беременной.
Прилагаю справку ЖК о постановке на учёт [[D:{bk}]] в сроке {gaw_bk} и назначении диетического питания ({svc}),
инд. карта № [[R:{rk}]]. Реквизиты: счёт ***{bpd}{small}.
[[D:{v1}]]   ___ [[P:{p_s}]]   Рег. № заявления [[R:{sfr}]]""",
    ),
    (
        4797,
        "информированное добровольное согласие на искусственное прерывание беременности",
        """Приложение к приказу № 1177н
ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА ПРОВЕДЕНИЕ ИСКУССТВЕННОГО ПРЕРЫВАНИЯ БЕРЕМЕННОСТИ ПО ЖЕЛАНИЮ ЖЕНЩИНЫ
Я, [[P:{n}]], [[B:{bdn}]] г.р., паспорт [[Q:{pasn}]],
СНИЛС [[S:{snn}]], проживающая [[A:{a3}]],
в соответствии со ст. 56 ФЗ № 323-ФЗ прошу прервать беременность сроком {gw} нед. ({svc}).
Мне разъяснено, что проведение аборта возможно не ранее [[D:{v2}]] (по истечении «недели тишины»), консультация психолога пройдена [[D:{v1}]].
Медицинская карта № [[R:{amb}]]. Тел. [[T:{ph3}]]
Подпись ___ [[P:{n_s}]]  [[D:{v2}]]   Врач [[P:{d_s}]]   {icd3}""",
    ),
    (
        11773,
        "запись о консультации и периоде ожидания («неделя тишины») перед медикаментозным прерыванием",
        """Амб. карта [[R:{amb}]]   [[D:{v1_sh}]] {tm1}   приём акушера-гинеколога
Жалобы: задержка менструации. ПМП [[D:{lmp_dm}]]. Тест на ХГЧ положит. УЗИ: плодное яйцо в полости матки, СВД {small} мм, {gw} нед. по ПМП.
Пациентка [[P:{n_s}]] (д.р. [[B:{bdn}]]) обратилась за медикаментозным прерыванием ({svc}).
Направлена к психологу [[P:{x_s}]] (кабинет медико-социальной помощи, тел. [[T:{phc2}]]).
Период ожидания: до [[D:{v2_wd}]] (48 ч / 7 дней по сроку). Повторная явка [[D:{v2}]] в {tm3}.
Приказ № 1130н. Диагноз Z32.1
Врач [[P:{d_s}]]""",
    ),
    (
        7605,
        "дневник фолликулометрии в протоколе стимуляции ЭКО",
        """{ivforg} — протокол стимуляции № [[R:{ivf}]]
Пациентка: [[P:{p_s}]], [[B:{bd}]]; муж [[P:{f_s}]]
Квота ОМС (направление) № [[R:{quota}]]
Протокол с антагонистом ГнРГ, старт [[D:{i1}]] (Д2 цикла)
Фолликулометрия ({svc}):
 [[D:{i1_dm}]] Д2  — АФК {small}+{small}
 [[D:{i2_dm}]] Д7  — пр. яичник 14,16,12 мм; лев. 15,13 мм; эндометрий 7,{small} мм
 [[D:{i3_dm}]] Д9  — 18,19,17,16 / 18,17 мм → триггер {tm1}
Пункция назначена на [[D:{i3}]] + 36 ч. Тел. пациентки [[T:{ph1}]]
Врач-репродуктолог [[P:{d_s}]]""",
    ),
    (
        12122,
        "протокол трансвагинальной пункции фолликулов",
        """ПРОТОКОЛ ТВП № [[R:{ivf}]]-П
Дата: [[D:{i3}]]   Начало {tm1}, окончание {tm2}
Пациентка [[P:{p}]], [[B:{bd}]]; ИБ [[R:{amb}]]
Анестезия: в/в, анестезиолог [[P:{k_s}]]
Пунктировано фолликулов: {n_ooc}; получено ооцит-кумулюсных комплексов: {n_ooc}
Ооциты переданы эмбриологу [[P:{x_s}]] в {tm2}; маркировка чашек: [[R:{ooc}]] … (чашка 1–{small})
Среда: {media}. Инкубатор № {inc}.
Трансвагинальная пункция фолликулов ({svc}). Осложнений нет.
Врач [[P:{d_s}]]; контакт при болях/кровотечении: [[T:{phc1}]]""",
    ),
    (
        7612,
        "эмбриологический протокол: идентификация и оценка зрелости ооцитов",
        """ЭМБРИОЛОГИЧЕСКИЙ ПРОТОКОЛ (лист 1)   протокол ЭКО [[R:{ivf}]]
Пациентка [[P:{p_sp}]]   д.р. [[B:{bd_sh}]]   Супруг [[P:{f_sp}]]   д.р. [[B:{bdf_sh}]]
Дата ТВП [[D:{i3_sh}]]   Двойной контроль идентификации: [[P:{x_s}]] / [[P:{m_s}]] (свидетель)
Идентификация и оценка зрелости ооцитов ({svc}):
ООК: {n_ooc}; MII — {n_mii}; MI — 1; GV — 1; дегенерат. — 0
Коды ооцитов: [[R:{ooc}]], [[R:{ooc2}]] (первый и последний)
Среда {media}; лот промывочной среды {media2}
Инкубатор {inc}, полка 2. Время денудации {tm2}""",
    ),
    (
        7613,
        "заявка в региональную комиссию на выделение квоты ЭКО по ОМС",
        """В комиссию Министерства здравоохранения {reg_any} по отбору пациентов для проведения ЭКО
ЗАЯВКА (выписка из медицинской документации)
Пациентка: [[P:{p}]], [[B:{bd}]] г.р., полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Паспорт [[Q:{pas}]]; адрес: [[A:{a1}]]; тел. [[T:{ph1}]], [[E:{m1}]]
Супруг: [[P:{f}]], [[B:{bdf}]], СНИЛС [[S:{snf}]]
Диагноз: Бесплодие трубного происхождения (N97.1), длительность 4 года; АМГ 2,{small} нг/мл
Рекомендовано: ЭКО ({svc}) в соответствии с приказом № 803н.
Протокол ВК ЖК № [[R:{vk}]] от [[D:{told}]]. Решение комиссии: квота № [[R:{quota}]] от [[D:{i1}]].
Зав. ЖК [[P:{e_s}]]""",
    ),
    (
        7614,
        "журнал культивирования эмбрионов (лаборатория ВРТ)",
        """ЖУРНАЛ КУЛЬТИВИРОВАНИЯ   {ivforg}
Протокол [[R:{ivf}]]; пациентка [[P:{p_s}]]; инкубатор EmbryoScope+ № {inc}, слайд {small}
День | дата        | эмбрион        | стадия/оценка
Д0   | [[D:{i3_dm}]] | [[R:{emb}]]    | 2PN
Д3   | [[D:{i4_dm}]] | [[R:{emb}]]    | 8 кл., фрагм. <10 %
Д5   | [[D:{i5_dm}]] | [[R:{emb2}]] | бластоциста {grade}
Среда культивирования: {media}; смена среды Д3 ({media2}).
pH 7,2{small}; CO2 6,{small} %; O2 5 %.
Культивирование эмбриона — {svc}. Эмбриолог [[P:{x_s}]], контроль [[P:{m_s}]]""",
    ),
    (
        7617,
        "этикетки криосоломин и строка журнала криохранилища",
        """ЖУРНАЛ КРИОХРАНИЛИЩА — витрификация эмбрионов ({svc})
[[D:{i5}]] | пациентка [[P:{p_s}]], д.р. [[B:{bd}]] | протокол [[R:{ivf}]]
соломина 1: [[R:{straw}]] — эмбрион [[R:{emb}]], {grade}, Д5
соломина 2: [[R:{straw2}]] — эмбрион [[R:{emb2}]], 3BB, Д6
Место: {dewar}; носитель Cryotop, {media2}
Печать этикетки (Cryo-Tag, мелко):
[[P:{p_sur}]] [[B:{bd_sh}]]
[[R:{straw}]]
Договор хранения № [[R:{ctr}]] от [[D:{i7}]], хранение 1 год. Эмбриолог [[P:{x_s}]]""",
    ),
    (
        8635,
        "протокол переноса криоконсервированного эмбриона и рекомендации",
        """ПРОТОКОЛ КРИОПЕРЕНОСА
Дата [[D:{i6}]] {tm1}   Протокол [[R:{ivf2}]] (криоцикл к [[R:{ivf}]])
Пациентка: [[P:{p}]], [[B:{bd}]]; карта [[R:{amb}]]
Разморожена соломина [[R:{straw}]], эмбрион [[R:{emb}]] ({grade}), выживаемость 100 %
Внутриматочное введение криоконсервированного эмбриона ({svc}), катетер Wallace, УЗ-контроль.
Эндометрий {small} мм, трёхслойный. Поддержка прогестероном.
ХГЧ крови — [[D:{i7}]]. При положительном — УЗИ через 14 дней.
Врач [[P:{d_s}]], эмбриолог [[P:{x_s}]]; вопросы: [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        7618,
        "договор на криохранение ооцитов (отложенное материнство), раздел реквизитов",
        """ДОГОВОР № [[R:{ctr}]] на оказание услуг по криоконсервации и хранению гамет
{town_bare}                                                       [[D:{i3_q}]]
{ivforg} (лицензия {lic}), в лице главного врача [[P:{e_gen}]], и [[P:{p}]] («Пациент»)
1. Исполнитель оказывает услугу «Криоконсервация гамет (ооцитов, сперматозоидов)» ({svc}) и хранение {n_mii} ооцитов (коды [[R:{ooc}]]–[[R:{ooc2}]]).
2. Срок хранения — 1 год с автопролонгацией; стоимость хранения {sum} руб. в год.
Реквизиты Пациента: д.р. [[B:{bd}]]; паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подр. {kpd};
адрес [[A:{a1}]]; ИНН [[I:{inn}]]; тел. [[T:{ph1}]]; e-mail [[E:{m1}]]
Исполнитель: [[A:{ao}]], тел. [[T:{phc1}]]
Пациент ___ [[P:{p_s}]]      Исполнитель ___ [[P:{e_s}]]""",
    ),
    (
        7621,
        "карта донора спермы и выписка из протокола внутриматочной инсеминации спермой донора",
        """ВЫПИСКА: Внутриматочное введение спермы донора ({svc})
Пациентка [[P:{p}]], [[B:{bd}]], амб. карта [[R:{amb}]]
Дата инсеминации: [[D:{i4}]] {tm1}; цикл естественный, фолликул 19 мм (УЗИ [[D:{i3_dm}]])
Донор (анонимный): код [[R:{dsp}]]; группа крови O(I) Rh+; фенотип: рост 18{small}, глаза серые
Образец: соломина [[R:{straw}]], карантин 6 мес. пройден (повторное обследование донора [[D:{told}]])
Концентрация после обработки {bpd} млн/мл, прогрессивно-подвижных {hr} %
Банк: {ivforg}; партия среды {media2}
Согласие супруга не требуется (одинокая женщина). Врач [[P:{d_s}]]   Тел. пациентки [[T:{ph2}]]""",
    ),
    (
        12096,
        "письмо клиники ВРТ в женскую консультацию о наступившей беременности после ИКСИ",
        """От: [[E:{mo}]]
Кому: {zhk} <[[E:{mo2}]]>
Дата: [[D:{i7_ms}]], {tm2}
Тема: Беременность после ВРТ — [[P:{p_s}]], протокол [[R:{ivf}]]
Коллеги, добрый день!
Сообщаем о наступлении беременности у пациентки [[P:{p}]] ([[B:{bd}]], полис [[O:{enp}]]) после ЭКО/ИКСИ ({svc}) по квоте № [[R:{quota}]].
Перенос 1 эмбриона ([[R:{emb}]], {grade}) [[D:{i6}]]; ХГЧ [[D:{i7}]] — {bpd}{hr} мМЕ/мл.
Просим взять на учёт, срок на сегодня 4+{small}. Криоконсервировано эмбрионов: {n_emb} (соломины [[R:{straw}]], [[R:{straw2}]]).
Тел. пациентки [[T:{ph1}]]. С уважением, [[P:{d_fi}]], врач-репродуктолог""",
    ),
    (
        7615,
        "отчёт о цикле ВРТ для регистра (выгрузка строки)",
        """# Регистр ВРТ — выгрузка цикла (CSV, разделитель «;»)
cycle_id;patient;dob;snils;start;opu;et;icsi;ah;n_ooc;n_emb;outcome
[[R:{ivf}]];[[P:{p_s}]];[[B:{bd_iso}]];[[S:{sn}]];[[D:{i1_iso}]];[[D:{i3_iso}]];[[D:{i6_iso}]];1;1;{n_ooc};{n_emb};клин. беременность
# ah = вспомогательный хетчинг ({svc}), лазер; эмбрион [[R:{emb_b}]]
# ответственный за выгрузку: [[P:{m_s}]], [[E:{md}]]
# выгрузил {tm3}; версия формата ред. 2.{small}""",
    ),
    (
        11920,
        "бланк спермограммы супруга для программы ЭКО",
        """СПЕРМОГРАММА (ВОЗ, 6-е изд.)   № [[R:{lab}]]
Пациент: [[P:{f}]]   Д.р. [[B:{bdf}]]   Супруга: [[P:{p_s}]] (протокол [[R:{ivf}]])
Дата сдачи: [[D:{i2}]] {tm1}; воздержание 3 дня
Объём 3,{small} мл; pH 7,{small}; концентрация {bpd} млн/мл; общее кол-во {hr} млн
PR {small}{small} %; NP 8 %; IM 3{small} %; морфология (Крюгер) {small} %
MAR-тест IgG — 4 %
Заключение: нормозооспермия. Услуга {svc}.
Врач КДЛ [[P:{x_s}]]. Паспорт пациента [[Q:{pasf}]] проверен.""",
    ),
    (
        12097,
        "договор суррогатного материнства: медицинское приложение",
        """Приложение № 2 к договору о суррогатном материнстве № [[R:{ctr}]] от [[D:{i1_w}]]
Генетическая мать: [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]]
Генетический отец: [[P:{f}]], [[B:{bdf}]] г.р., паспорт [[Q:{pasf}]], СНИЛС [[S:{snf}]]
Суррогатная мать: [[P:{n}]], [[B:{bdn}]] г.р., паспорт [[Q:{pasn}]], проживает [[A:{a3}]], тел. [[T:{ph3}]]
Медицинская организация: {ivforg}, лицензия {lic}
Программа: ЭКО с ПИКСИ ({svc}) генетических родителей, перенос эмбриона [[R:{emb}]] суррогатной матери.
Протокол ЭКО [[R:{ivf}]]; заключение о здоровье суррогатной матери (ВК № [[R:{vk}]], [[D:{told}]]).
Подписи: ___ [[P:{p_s}]]   ___ [[P:{f_s}]]   ___ [[P:{n_s}]]""",
    ),
    (
        7266,
        "история родов: лист ведения физиологических родов (партограмма, записи акушерки)",
        """ИСТОРИЯ РОДОВ № [[R:{ib}]]   {org}
Роженица [[P:{p_s}]], {age} лет, обменная карта [[R:{ok}]]
Поступила [[D:{br}]] {tm1} с регулярной родовой деятельностью, срок {ga_br} нед.
{tm2} — раскрытие 6 см, ЧСС плода {hr}, воды светлые. Акушерка [[P:{k_s}]]
{tm3} — полное раскрытие. Потуги.
{tm4} — родил{b_sya} {b_alive} {b_kid}, масса {wt} г, рост {ln} см, Апгар {apgar} баллов.
Послед отделился самостоятельно, цел. Кровопотеря 3{small}0 мл.
Ведение физиологических родов акушеркой ({svc}). Диагноз: {icd1}.
Родильный зал № {small}. Дежурный врач [[P:{d_s}]]""",
    ),
    (
        7024,
        "талон № 2 родового сертификата (родильный дом) и реестр к оплате",
        """ТАЛОН № 2 к родовому сертификату серия {rs_ser} № [[R:{rs}]]
для оплаты услуг по медицинской помощи в период родов и в послеродовом периоде
Медицинская организация: {org}
[[P:{p}]], дата рождения [[B:{bd}]], СНИЛС [[S:{sn}]]
История родов № [[R:{ib}]]; дата родов [[D:{br}]]; выписка [[D:{dc}]]
Ребёнок: {b_kid}, масса {wt} г. Ведение патологических родов врачом ({svc}), {icd2}.
Главный врач ___ [[P:{e_s}]]   М.П.
---
Реестр талонов № 2 за месяц: поз. {small}{small} — РС {rs_ser} [[R:{rs}]], [[P:{p_s}]], сумма 9 000,00""",
    ),
    (
        4723,
        "протокол операции кесарева сечения",
        """ПРОТОКОЛ ОПЕРАЦИИ № {bpd}{small}   история родов [[R:{ib}]]
Дата [[D:{br}]]   начало {tm1}   окончание {tm2}
Пациентка [[P:{p}]], [[B:{bd_sh}]] г.р., срок {gaw_br}
Операция: Кесарево сечение ({svc}) в нижнем маточном сегменте, по Гусакову. Показания: рубец на матке, тазовое предлежание ({icd2}).
Анестезия: спинальная, анестезиолог [[P:{k_s}]]
В {tm1} {b_izv} {b_alive} {b_kid} — новорожденн{b_yi} [[P:{b_sur}]], масса {wt} г, рост {ln} см, Апгар {apgar}. Передан неонатологу [[P:{m_s}]].
Кровопотеря 6{small}0 мл. Операционная № {small}.
Хирург [[P:{d_s}]], ассистент [[P:{h_s}]], операционная сестра [[P:{x_s}]]""",
    ),
    (
        4876,
        "журнал записи родов в стационаре (ф. 010/у), две строки",
        """ЖУРНАЛ ЗАПИСИ РОДОВ В СТАЦИОНАРЕ, {org2}
№ | дата, время       | ФИО родильницы | № ИР     | исход родов
{bpd}{small} | [[D:{br_sh}]] {tm1} | [[P:{p_s}]] | [[R:{ib}]] | роды срочные, вакуум-экстракция плода ({svc}), {b_sx}, {wt} г / {ln} см, Апгар {apgar}
{bpd}{hr} | [[D:{br_sh}]] {tm3} | [[P:{g_s}]] | [[R:{ib2}]] | роды срочные, самопроизвольные, ж, 3120 г / 51 см, Апгар 8/9
Показание к ВЭП: слабость потуг, гипоксия плода (O68.0). Kiwi OmniCup, тракций 3.
Врач [[P:{d_s}]]   акушерка [[P:{k_s}]]""",
    ),
    (
        1217,
        "медицинское свидетельство о рождении (ф. 103/у)",
        """МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ   СЕРИЯ {mbs_ser} № [[R:{mbs}]]
Дата выдачи [[D:{dc_q}]]
1. Ребёнок родился: [[D:{br_w}]], {tm4}
2. Фамилия, имя, отчество матери: [[P:{p}]]
3. Дата рождения матери: [[B:{bd}]]
4. Место постоянного жительства матери: [[A:{a1}]]
5. Документ матери: паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]; полис [[O:{enp}]]
7. Пол ребёнка: {b_sex}; масса {wt} г, длина {ln} см; роды одноплодные
8. Оценка по шкале Апгар ({svc}): {apgar} баллов
9. Лицо, принимавшее роды: врач-акушер-гинеколог [[P:{d}]]
Свидетельство заполнил [[P:{m_s}]]; получатель [[P:{f_s}]], [[T:{ph2}]]""",
    ),
    (
        1219,
        "история развития новорождённого (ф. 097/у), титульный лист",
        """ИСТОРИЯ РАЗВИТИЯ НОВОРОЖДЁННОГО № [[R:{ibn}]]   (ф. 097/у)
{org}, отделение новорождённых, кроватка № {bed}
Фамилия ребёнка: [[P:{b_sur}]]   Пол: {b_sx}
Мать: [[P:{p}]], [[B:{bd}]] г.р., история родов [[R:{ib}]]
Дата рождения: [[B:{br}]] в {tm4}   Срок гестации {ga_br}
Масса {wt} г, длина {ln} см, окр. головы {hc} см, груди {cc} см; Апгар {apgar}
Оценка гестационного возраста по Балорду ({svc}): {ga_br_w} нед., зрелый.
Вакцинация против гепатита B [[D:{ns}]], серия вакцины У2{hr}; БЦЖ-М [[D:{ns}]]
СНИЛС ребёнка: [[S:{snb}]]   Неонатолог [[P:{m_s}]]""",
    ),
    (
        7127,
        "обменная карта ф. 113/у-20, раздел 3: сведения родильного дома о новорождённом",
        """ОБМЕННАЯ КАРТА, раздел 3. Сведения родильного дома, перинатального центра о новорождённом
(заполняется при выписке, передаётся в детскую поликлинику)
Ребёнок [[P:{b_s}]] ({b_new}), дата рождения [[B:{br}]] {tm4}
Мать [[P:{p_s}]]; обменная карта [[R:{ok_br}]]
История развития новорождённого № [[R:{ibn}]]
Масса при рождении {wt} г, убыль массы {bpd} г; длина {ln} см; Апгар {apgar}
Неонатальный скрининг [[D:{ns}]], тест-бланк [[R:{nsc}]]; аудиоскрининг — пройден
Осмотр неонатолога первичный ({svc}): здоров, группа здоровья I. {icd1}→Z38.0
Выписан{b_a} [[D:{dc}]] домой: [[A:{a2}]], тел. матери [[T:{ph1}]]
Врач-неонатолог [[P:{m_s}]]""",
    ),
    (
        7330,
        "тест-бланк неонатального скрининга (карточка с пятнами крови) и сопроводительный реестр",
        """ТЕСТ-БЛАНК НЕОНАТАЛЬНОГО СКРИНИНГА № [[R:{nsc}]]
[[R:{bar_br}]]
Скрининг наследственно обусловленных заболеваний обмена ({svc}), расширенный (36 нозологий)
Мать: [[P:{p_up}]]   Ребёнок: {b_kid} [[P:{b_sur}]]
Дата рожд. [[B:{br_sl}]] {tm4}   Дата взятия [[D:{ns_sl}]] {tm1}   Срок {ga_br_w} нед.
Масса {wt} г; вскармливание: грудное; трансфузии: нет; антибиотики: нет
ЛПУ: {org}; ИР новорожденного [[R:{ibn}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Взяла: м/с [[P:{k_s}]]
---
Реестр № {small} от [[D:{ns}]] в МГК: строка {bpd} — [[R:{nsc}]], [[P:{p_s}]]""",
    ),
    (
        11871,
        "телефонограмма и SMS о повторном взятии крови на фенилкетонурию (ретест)",
        """ТЕЛЕФОНОГРАММА № [[R:{vk}]]   [[D:{nb1}]] {tm1}
Передал: [[P:{x_s}]], лаборатория неонатального скрининга МГК, [[T:{phc2}]]
Принял: [[P:{k_s}]], детская поликлиника
Ребёнок: [[P:{b}]], д.р. [[B:{br}]], мать [[P:{p_s}]], тест-бланк [[R:{nsc}]]
Фенилаланин 3,{small} мг/дл (отсечка 2,0). Требуется ретест в течение 72 ч (комплекс для диагностики фенилкетонурии, {svc}).
Адрес семьи: [[A:{a2}]]; тел. матери [[T:{ph1}]], отца [[T:{ph2}]]
---
SMS DP-INFO → [[T:{ph1}]]: [[P:{p_io}]], просим повторно сдать кровь ребёнка [[D:{nb1_wd}]] до {tm3}, каб. {ward}. Тел. [[T:{phc1}]]""",
    ),
    (
        3342,
        "журнал аудиологического скрининга новорождённых (отоакустическая эмиссия)",
        """ЖУРНАЛ АУДИОЛОГИЧЕСКОГО СКРИНИНГА, {org2}, прибор Otoread, S/N 10{bpd}{hr}
дата     | ФИО матери / ребёнок               | № ИРН       | ОАЭ AD | ОАЭ AS | № записи
[[D:{ns_dm}]] | [[P:{p_s}]] / {b_kid}           | [[R:{ibn}]] | PASS   | REFER  | [[R:{oae}]]
[[D:{ns_dm}]] | [[P:{g_s}]] / мальчик            | [[R:{ibn2}]] | PASS  | PASS   | [[R:{oae2}]]
Исследование слуха ОАЭ ({svc}). Ребёнку [[P:{b_sur}]] — повторно через 4–6 нед. в ЦРБ,
направление выдано [[D:{dc}]]; тел. семьи [[T:{ph1}]]
Выполнила [[P:{k_s}]]""",
    ),
    (
        7129,
        "протокол телемедицинской консультации реанимационно-консультативного центра новорождённых",
        """РКЦ НЕОНАТОЛОГИИ — ДИСТАНЦИОННАЯ КОНСУЛЬТАЦИЯ № [[R:{tmk}]]
[[D:{ns}]] {tm1}. Звонок из {org2}, врач [[P:{m_s}]], [[T:{phc2}]]
Ребёнок [[P:{b_s}]] ({b_new}), д.р. [[B:{br}]] {tm4}, ИРН [[R:{ibn}]], мать [[P:{p_s}]]
ГВ {ga_br_w} нед., масса {wt} г, Апгар {apgar}. ДН I, SpO2 9{small} % на O2 30 %, кувез № {inc}
Ежедневный осмотр неонатологом ({svc}) — динамика отрицательная, {icd2}
Решение: транспортировка в {org} реанимобилем РКЦ, выезд {tm3}
Консультант [[P:{e}]]; повторная связь через 2 ч по [[T:{ph_br}]]""",
    ),
    (
        7287,
        "лист наблюдения за новорождённым в кювезе (ОРИТН)",
        """ЛИСТ СЕСТРИНСКОГО НАБЛЮДЕНИЯ — ОРИТН, кувез № {inc}, пост {small}
Ребёнок: [[P:{b_sur}]] ({b_kid}), мать [[P:{p_s}]]   ИРН [[R:{ibn}]]   [[D:{ns_sh}]]
время | T кувеза | T тела | ЧСС | SpO2 | кормление
{tm1} | 33,5     | 36,{small} | 14{small} | 96 | ЖГМ {small}0 мл через зонд
{tm2} | 33,5     | 36,8   | {hr} | 97 | ЖГМ {small}0 мл
{tm3} | 33,0     | 37,0   | 138 | 98 | —
Процедуры сестринского ухода в кювезе ({svc}); влажность 60 %.
Сцеженное молоко матери — бутылочка [[R:{mbtl}]]. М/с [[P:{k_s}]], смену приняла [[P:{x_s}]]""",
    ),
    (
        2957,
        "согласие законного представителя на медицинское вмешательство новорождённому (катетеризация пупочных сосудов)",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]],
являясь матерью ребёнка [[P:{b_gen}]], [[B:{br}]] г.р. (история развития № [[R:{ibn}]]),
даю согласие на катетеризацию пупочных сосудов у новорожденного ({svc}), инфузионную терапию и забор крови.
Мне разъяснены риски (тромбоз, инфекция). Контактный телефон [[T:{ph1}]]; второй законный представитель — отец [[P:{f}]], [[T:{ph2}]]
[[D:{br}]] {tm3}   ___ [[P:{p_s}]]   Врач-неонатолог [[P:{m_s}]]""",
    ),
    (
        3491,
        "первичный патронаж новорождённого медицинской сестрой (запись в ф. 112/у)",
        """ПЕРВИЧНЫЙ ВРАЧЕБНО-СЕСТРИНСКИЙ ПАТРОНАЖ   [[D:{pt}]]
Ребёнок: [[P:{b}]], дата рождения [[B:{br_w}]]
Адрес: [[A:{a2}]], подъезд {small}, домофон {small}{bpd}
Мать: [[P:{p_s}]], [[T:{ph1}]]; отец [[P:{f_io}]]
Выписан из роддома [[D:{dc_dm}]], обменная карта [[R:{ok}]], ИРН [[R:{ibn}]]
Масса {wt} г → сегодня {wt}+{bpd}. Пупочная ранка: сухая, под корочкой — уход за пупочной ранкой ({svc}) — обучена мать.
Вскармливание грудное по требованию. Полис ребёнка [[O:{enpb}]]; св-во о рождении [[C:{bc}]]
М/с [[P:{k_s}]], педиатр участка № {small} [[P:{m_s}]]""",
    ),
    (
        3423,
        "памятка при выписке из роддома с вопросами матери в чате поликлиники",
        """Памятка «Обучение уходу за новорождённым» ({svc}) — выдана [[D:{dc}]]
Мама: [[P:{p_s}]]   Малыш: [[P:{b_sur} {b_first}]]   Вес при выписке ___ г
Патронаж — в течение 3 дней; не забудьте обменную карту [[R:{ok}]].
Горячая линия ГВ: [[T:{phc1}]]
--- чат «Детская поликлиника», [[D:{pt_dm}]] ---
[[P:{p_io}]] ({tm1}): здравствуйте, к нам никто не пришёл. Мы живём в [[A:{al1}]], мой номер [[T:{ph1}]]
Регистратура ({tm2}): [[P:{p_io}]], медсестра [[P:{k_io}]] будет у вас завтра до 13:00.
[[P:{p_io}]] ({tm3}): спасибо! СНИЛС ребёнка оформили: [[S:{snb}]]""",
    ),
    (
        11517,
        "журнал банка грудного молока: приём донорского молока и посев",
        """БАНК ГРУДНОГО МОЛОКА, {org}
Журнал приёма донорского молока, лист {small}
дата      | донор (код)   | ФИО донора    | бутылочки                | объём | посев ({svc})
[[D:{nb1_dm}]] | [[R:{mdon}]] | [[P:{p_s}]] | [[R:{mbtl}]], [[R:{mbtl2}]] | {vol}+{vol} | роста нет
[[D:{nb1_dm}]] | [[R:{mdon2}]] | [[P:{n_s}]] | —                        | 90    | S. epidermidis 10^3 КОЕ/мл — брак
Пастеризация Холдера, цикл № П-{bpd}{small}, морозильник −20 °C № {inc}
Медсестра банка [[P:{k_s}]]; донору [[P:{n_io}]] позвонить: [[T:{ph3}]]""",
    ),
    (
        11518,
        "анкета-согласие донора грудного молока",
        """АНКЕТА ДОНОРА ГРУДНОГО МОЛОКА
ФИО: [[P:{p}]]   Дата рождения: [[B:{bd}]]   Код донора: [[R:{mdon}]]
Ребёнок: [[P:{b_s}]], д.р. [[B:{br}]], срок при рождении {ga_br}
Адрес: [[A:{a1}]]   Телефон: [[T:{ph1}]]   E-mail: [[E:{m1}]]
Обследование: ВИЧ, HBsAg, анти-HCV, RW — отр. ([[D:{dc}]]); посев молока на S. aureus ({svc}) — отр.
☑ Не курю, не принимаю лекарств   ☑ Согласна на безвозмездную передачу молока
Контейнеры маркирую кодом донора и датой сцеживания.
[[D:{nb1}]]   Подпись ___ [[P:{p_s}]]   Врач-неонатолог [[P:{m_s}]]""",
    ),
    (
        7518,
        "переписка в мессенджере с консультантом по грудному вскармливанию",
        """[{tm1}] [[P:{p_first}]]: Добрый вечер, это мама [[P:{b_sur_gen}]], нам {small} дней. Болит грудь, температура 37,8
[{tm1}] Консультант [[P:{k_fi}]]: Здравствуйте! Прикладываете по требованию? Пришлите фото захвата
[{tm2}] [[P:{p_first}]]: да. Выписка от [[D:{dc}]], вес был {wt}. Номер мужа [[T:{ph2}]] если не отвечу
[{tm2}] [[P:{k_fi}]]: Похоже на лактостаз. Запишу вас на профилактический приём неонатолога ({svc}) [[D:{nb1_wd}]] к [[P:{m_s}]]
[{tm3}] [[P:{k_fi}]]: запись [[R:{portal}]], адрес кабинета ГВ: [[A:{ao}]]
[{tm4}] [[P:{p_first}]]: спасибо 🙏""",
    ),
    (
        1346,
        "направление последа на послеродовое исследование плаценты",
        """НАПРАВЛЕНИЕ НА ПАТОЛОГО-АНАТОМИЧЕСКОЕ ИССЛЕДОВАНИЕ ПОСЛЕДА
{org}, родильное отделение
Родильница: [[P:{p}]], [[B:{bd}]]г.р., ИР № [[R:{ib}]]
Роды [[D:{br}]] в {tm4}, срок {gaw_br}; {b_kid}, {wt} г, Апгар {apgar}
Послед: масса плаценты 5{small}0 г, оболочки целы, пуповина {bpd} см, прикрепление краевое
Показание: исследование плаценты послеродовое ({svc}) — безводный период 14 ч, лихорадка в родах 38,{small}
Маркировка контейнера: [[R:{gist}]]   Время фиксации {tm3}
Направил врач [[P:{d_s}]], тел. отделения [[T:{phc1}]] доб. {ext}""",
    ),
    (
        2362,
        "протокол патолого-анатомического исследования плаценты",
        """ПРОТОКОЛ ПРИЖИЗНЕННОГО ПАТОЛОГО-АНАТОМИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{gist}]]
Поступил [[D:{br_dm}]], исследован [[D:{dc}]]
Пациентка: [[P:{p_sp}]]   Д.р. [[B:{bd}]]   История родов [[R:{ib}]]
Материал: послед, срок {ga_br} нед.; кусочков {small}, блоков {small}
Макро: плацента {bpd}0 г, 17×15×2,{small} см. Микро: острый хориоамнионит II ст., фуникулит.
Заключение: восходящее инфицирование последа, стадия 2 (Amsterdam). Код {svc}; О41.1
Врач-патологоанатом [[P:{x_s}]]; копия — в ИР новорожденного [[R:{ibn}]] и на [[E:{mo}]]""",
    ),
    (
        7019,
        "справка о постановке на учёт в ранние сроки беременности (для работодателя и СФР)",
        """{org2}, {zhk}
[[A:{ao}]], тел. [[T:{phc1}]]
СПРАВКА № [[R:{amb}]]
Дана [[P:{p_dat}]], [[B:{bd}]] г.р., проживающей в [[A:{al1}]],
в том, что она состоит на учёте по беременности в {zhk} с [[D:{bk}]]
(срок при постановке {gaw_bk}, т.е. до 12 недель). Приём первичный ({svc}) [[D:{bk_w}]].
ПДР [[D:{pdr}]]. Справка дана для предъявления по месту работы.
Врач [[P:{d_s}]]   Зав. ЖК [[P:{e_s}]]   [[D:{v1}]]""",
    ),
    (
        7020,
        "заявление о назначении единого пособия беременной женщине (приложение из ЖК)",
        """В Отделение СФР по {reg_any}
ЗАЯВЛЕНИЕ о назначении ежемесячного единого пособия в связи с беременностью
Заявитель: [[P:{p}]]
Дата рождения [[B:{bd_w}]]; СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]
Паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]]
Адрес: [[A:{a_br}]]
Телефон [[T:{ph1}]], эл. почта [[E:{m1}]]
Супруг: [[P:{f}]], СНИЛС [[S:{snf}]]
Сведения о постановке на учёт: {zhk}, [[D:{bk}]], приём повторный ({svc}) [[D:{v1}]]
Дата [[D:{v2}]]   Подпись [[P:{p_s}]]   Регистрационный номер [[R:{sfr}]]""",
    ),
    (
        7470,
        "уведомление СФР о выдаче сертификата на материнский (семейный) капитал",
        """Отделение Социального фонда России по {reg_any}
[[P:{p_dat}]]
[[A:{a1}]]
Уведомление о выдаче государственного сертификата на материнский (семейный) капитал
По Вашему заявлению от [[D:{nb1}]] № [[R:{sfr}]] в связи с рождением ребёнка [[P:{b}]] ([[B:{br}]], свидетельство о рождении [[C:{bc}]], СНИЛС ребёнка [[S:{snb}]])
выдан сертификат серии {mk_ser} № [[R:{mk}]].
Размер 690 266,10 руб. СНИЛС владельца [[S:{sn}]].
Основание: ФЗ № 256-ФЗ. Справка ЖК о профилактическом приёме ({svc}) не требуется.
Специалист [[P:{m_s}]], [[T:{phc2}]]""",
    ),
    (
        7025,
        "выписной эпикриз родильницы (ежедневный осмотр в послеродовом отделении)",
        """ВЫПИСНОЙ ЭПИКРИЗ РОДИЛЬНИЦЫ
{org}, послеродовое отделение, палата {ward}, койка {bed}
Ф.И.О. [[P:{p}]], [[B:{bd}]]; ИР [[R:{ib}]]; СНИЛС [[S:{sn}]]
Роды [[D:{br_w}]] в {tm4} в сроке {gaw_br}: живым доношенным ребёнком ({b_kid}, {wt} г, {ln} см, Апгар {apgar}).
Послеродовый период: ежедневный осмотр врачом ({svc}); инволюция матки соответствует суткам. Hb {hb} г/л.
Выписана [[D:{dc}]] с ребёнком [[P:{b_sur}]]. Больничный: ЭЛН [[R:{eln}]] продлён.
Контрацепция: ЛАМ. Явка в ЖК через 6 недель; тел. ЖК [[T:{phc2}]].
Адрес после выписки: [[A:{a2}]]   Врач [[P:{d_s}]]""",
    ),
    (
        11961,
        "направление на медицинскую реабилитацию после осложнений беременности и родов (ф. 057/у)",
        """НАПРАВЛЕНИЕ на госпитализацию, обследование, консультацию (ф. 057/у-04)
в {org}, отделение медицинской реабилитации, [[A:{ao2}]]
1. Номер страхового полиса ОМС [[O:{enp}]]
2. Код льготы —   3. СНИЛС [[S:{sn}]]
4. Ф.И.О. [[P:{p}]]   5. Дата рождения [[B:{bd}]]
6. Адрес постоянного места жительства [[A:{a1}]]
7. Место работы: МАОУ «СОШ № {small}», учитель
8. Обоснование: реабилитация после осложнений беременности, родов и послеродового периода ({svc}); перенесённая преэклампсия тяжёлая, роды [[D:{br}]] путём КС, O90.8
Должность медицинского работника, направившего больного: акушер-гинеколог [[P:{d_s}]]   Тел. [[T:{phc1}]]
[[D:{nb1}]]""",
    ),
    (
        1401,
        "протокол расширенной кольпоскопии при постановке на учёт",
        """ПРОТОКОЛ КОЛЬПОСКОПИИ ({svc})   [[D:{bk_ms}]]
Пациентка [[P:{p_s}]], {age} лет; карта беременной [[R:{rk}]]; срок {gaw_bk}
Кольпоскоп Zeiss, увеличение ×15, проба с 3 % уксусной кислотой, проба Шиллера.
ЗТ 2 типа; ацетобелый эпителий тонкий на 12 ч, нежная мозаика — малые изменения (grade 1, IFCPC 2011).
Взят ПАП-мазок (направление [[R:{lab}]]), ВПЧ-тест.
Заключение: LSIL? Контроль после родов. N87.0 исключить.
Врач [[P:{d_s}]]; результаты пациентка получит в личном кабинете или по тел. [[T:{ph1}]]""",
    ),
    (
        12089,
        "направление на жидкостную цитологию (бланк лаборатории со штрихкодом)",
        """НАПРАВЛЕНИЕ НА ЦИТОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ (ЖИДКОСТНАЯ ЦИТОЛОГИЯ)
Штрихкод флакона: [[R:{bar}]]   № направления [[R:{lab}]]
Пациент: [[P:{p}]]   Дата рожд.: [[B:{bd_ms}]]   Полис [[O:{enp}]]
Беременность: да, {gaw_bk}; ПМП [[D:{lmp}]]
Материал: экзо-/эндоцервикс, щётка Cervex-Brush, флакон BD SurePath, лот 5{bpd}{hr}
Дата взятия: [[D:{bk}]]   Взял: [[P:{k_s}]]
Исследование: {svc} — жидкостное цитологическое исследование микропрепарата влагалища
Результат (Bethesda): NILM. Врач-цитолог [[P:{x_s}]], [[D:{v1}]]""",
    ),
    (
        1558,
        "жалоба в портал госуслуг о выдаче копии протокола УЗИ плода и ответ",
        """Госуслуги — обращение [[R:{portal}]] от [[D:{s2_ms}]]
Категория: здравоохранение / медицинские документы
Текст: Я, [[P:{p_fi}]], прошу выдать копию протокола УЗИ плода ({svc}) от [[D:{s2}]] и снимки. В ЖК сказали, что «не положено». Карта беременной [[R:{rk}]]. Телефон [[T:{ph1}]]
---
Ответ {org2} (исх. № 01-1{small}/{bpd}{hr}) от [[D:{s3}]]:
Уважаемая [[P:{p_io}]]! Копия протокола и заключения подготовлена по запросу [[R:{portal2}]], её можно получить в каб. {ward} или на [[E:{m1}]].
Ответственный: зам. главного врача [[P:{e_s}]], [[T:{phc1}]]""",
    ),
    (
        3110,
        "маршрутный лист на кордоцентез в перинатальный центр",
        """МАРШРУТНЫЙ ЛИСТ (направление) на кордоцентез ({svc})
из {zhk} в {org}
Пациентка [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], полис [[O:{enp}]]
Обменная карта [[R:{ok}]]; срок на [[D:{s2}]]: {gaw_s2}
Показание: ВПР у плода по УЗИ (вентрикуломегалия 1{small} мм), риск по скринингу I трим. {risk}
Госпитализация: [[D:{v3}]] к {tm1}, приёмное отделение, тел. [[T:{phc2}]]
Проезд: талон на компенсацию проезда (НАО), сопровождает муж [[P:{f_s}]], [[T:{ph2}]]
Врач [[P:{d_s}]]""",
    ),
    (
        12129,
        "протокол внутриутробного переливания крови плоду",
        """ПРОТОКОЛ ФЕТАЛЬНОЙ ОПЕРАЦИИ — внутриутробное переливание крови плоду ({svc})
Дата [[D:{s3}]]; начало {tm1}; ИБ [[R:{ib}]]
Пациентка [[P:{p_s}]], Rh(−), сенсибилизация, анти-D титр 1:{bpd}; срок {gaw_s3}
Показание: ПССК СМА 1,{small} MoM, анемия плода.
Кордоцентез в вену пуповины. Hb плода до — {bpd} г/л, после — 1{small}0 г/л.
Перелито эритроцитов O(I) Rh− отмытых облучённых {small}0 мл, донация № [[R:{lab2}]]
Оперировал [[P:{e_s}]], УЗ-навигация [[P:{h_s}]]. КТГ после — норма.
Следующая консультация — через 10 дней, [[T:{phc1}]]""",
    ),
    (
        7517,
        "SMS и push-уведомления детской поликлиники о диспансерном приёме неонатолога",
        """PUSH «Госуслуги Моё здоровье» [[D:{nb1_ms}]] {tm1}
Ребёнок [[P:{b_s}]]: диспансерный приём неонатолога ({svc}) [[D:{nb1_wd}]] в {tm2}, врач [[P:{m_s}]], каб. {ward}.
SMS DETPOL: [[P:{p_io}]], приходите с ребёнком натощак не нужно. Возьмите полис ребёнка [[O:{enpb}]] и выписку из роддома.
SMS DETPOL: напоминание на завтра. Отмена по тел. [[T:{phc1}]] или ответом «НЕТ».
Ответ с [[T:{ph1}]]: Придём. Можно перенести на [[D:{pt_wd}]]? ({b_kid}, {ga_br_w} нед. при рождении)""",
    ),
    (
        8799,
        "анкета и результат микроскопии спермы донора (банк доноров)",
        """БАНК ДОНОРСКОЙ СПЕРМЫ — карточка донора [[R:{dsp}]]
ФИО (конфиденциально): [[P:{u}]], д.р. [[B:{bdf}]], паспорт [[Q:{pasf}]], тел. [[T:{ph3}]]
Микроскопическое исследование спермы ({svc}) [[D:{i2}]]:
объём 4,{small} мл; концентрация {bpd} млн/мл; PR 4{small} %; морфология норм. форм 6 %
Заморожено соломин: 1{small} (маркировка [[R:{straw}]] … ), {dewar}
Повторное обследование через 6 мес.: [[D:{i7}]]
Врач [[P:{d_s}]]. Договор с донором № [[R:{ctr}]]""",
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS33):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 33's extra self-check: the new date writings and the genre's own number prefixes are
# never left unlabelled
MON_RX33 = "|".join(re.escape(m) for m in MON_SH33)
NEW_DATES33 = re.compile(
    rf"(?<![\w])\d{{1,2}} (?:{MON_RX33}) \d{{4}}"
    r"|(?<![\w.-])\d\d-\d\d-\d{4}(?!\d)"
    r"|(?<![\w./])\d\d/\d\d/\d{4}(?!\d)"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
GENRE33 = re.compile(
    r"(?<![\w-])(?:ОК[- ]\d|ЭКО-\d|ПР-26|Э-\d|EMB-|О-\d|OOC\d|CS26-|КС-\d|ДС-\d|SD-\d|ДО-\d"
    r"|OD-\d|PR-26|AST-|АС-26|НС-26|ТМК-|АКДЦ-|ДГМ-|МД-\d|BM-\d|СМ-26|ДД-2026|ОАЭ-|IVF26"
    r"|V26-|ИКБ \d|НБ-\d|Б-26|Р-\d|Н-\d|Л-26|СФР-26|ОБР-26|ВК-\d|Г-\d)"
)


def check33(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for rx in (NEW_DATES33, GENRE33):
        for m in rx.finditer(doc["text"]):
            assert m.start() in covered, (doc["id"], m[0])


DIRECTORY33 = "Номенклатура медицинских услуг, 1.2.643.5.1.13.13.11.1070 v2.10"


def kind_of(sid: int, genre: str) -> str:
    return f"{SERVICES33[sid][1]} ({DIRECTORY33}, ID {sid}): {genre}"


def source_of(sid: int) -> str:
    code, name = SERVICES33[sid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1070 v2.10 (Номенклатура медицинских услуг), ID {sid}, "
        f"S_CODE «{code}», NAME «{name}», REL «1»"
    )


TEMPLATES = GENRES33


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    sids = [t[0] for t in TEMPLATES]
    assert len(sids) == len(set(sids)), "one kind per service"
    assert set(sids) == set(SERVICES33), "every service listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(s, g) for s, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sid, genre, template in TEMPLATES:
            code, name = SERVICES33[sid]
            extra = {"svc": code, "svc_name": name}
            doc = build(
                render(rng, template, extra),
                kind_of(sid, genre),
                source_of(sid),
                f"blind33_{len(docs):04d}",
            )
            check(doc)
            check33(doc)
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
