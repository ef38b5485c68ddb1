"""Write ``independent31.jsonl``: the thirty-first blind corpus, 2026-12-07 — a child's health
across school, sport, camp and social care, in the paperwork of the North Caucasus and the South.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``,
``bench/text_recognizer_time.py``), the ``ozero`` CLI or any de-identifier or recognizer on
this corpus or on anything. What was read, and the slips, said here so that nobody takes this
corpus for blinder than it is:

* Of ``bench/text_deid.py`` the module docstring (lines 1–544; the terminal cut its middle,
  so the bullets of corpora 17–24 were only partly seen), ``REPORTED``, ``DEV_SECTIONS``,
  ``BLIND_CORPORA`` and ``blind_half`` were printed by line range, to wire the corpus in, and
  ``blind_half`` was imported once, to count the halves. Slip: the ``grep -n`` used to find
  those line ranges also printed the ``def`` lines of the module's other functions (names
  only) and four one-line constants: ``EXACT_TYPES`` (SNILS, ENP, INN, PASSPORT, BIRTH_CERT,
  PHONE, EMAIL), ``OVERLAP_TYPES`` (PERSON, ADDRESS, DATE, RECORD_ID), ``EVAL_TYPES`` (their
  sum) and ``PERFECT_TYPES`` (SNILS, ENP, INN, PASSPORT, PHONE, EMAIL).
* Slip: ``git worktree add`` printed the subject of the commit it checked out (``HEAD is now
  at …``), a review note saying that dates scored above a record's number («eight governed
  digits, a day with an English month») are one set of certain dates. It was not looked for
  and nothing here was written to aim at it or around it: this corpus has no English months
  and no eight-digit dates beside record numbers other than those its genre prints anyway.
* Slip: after the first commit of this corpus, ``git log -1 --format=%H`` was run to print
  that commit's own hash (it printed the hash and nothing else; no message was shown). The
  hash is now taken with ``git rev-parse``.
* ``ls bench/text_corpus/`` listed the names of the other writers (names only; none opened).
* ``bench/text_corpus/write_independent29.py`` was read whole (``write_independent19.py``
  was not needed and not opened). The ``kind`` values of ``independent*.jsonl`` (corpora 1–29)
  were listed by a scratch script only to avoid them, compared case-insensitively; because an
  earlier corpus had taken 75 kinds from the same directory, those 75 kind strings were
  printed, to avoid their genres as well as their strings. No other content of those files
  was read.

**Copied verbatim from corpus 29** (which had them from corpora 13–19): the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``,
``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the self-check
``check`` with ``SUSPICIOUS`` and its checksum helpers (one change: the words it skips are
corpus 31's, ``VERSION_WORDS31``, which add the sanitary rules' prefixes «СанПиН» and «СП» to
the version words, because a rule's number «2.4.3648-20» has the look of a date), ``serialize``
and ``main``. **Written fresh for corpus 31**: the name lists (Chechens, Ingush, Avars,
Dargins, Lezgins, Kabardians, Balkars, Ossetians, Karachays, Adyghe, Kalmyks, Armenians,
Greeks, Russians and Cossack families, a few foreign citizens; double first names and double
surnames; the children's diminutives ``DIMIN31``), families (``kin31``: a child with the
father's surname and a patronymic from the father's name), the towns, streets, stanitsas, auls
and villages of Dagestan, Chechnya, Ingushetia, Kabardino-Balkaria, North Ossetia,
Karachay-Cherkessia, Adygea, Kalmykia, the Stavropol and Krasnodar territories and the Rostov
region (``addr31`` and friends), phones (``mob31``, ``city31``, ``brk31``, ``glue31``),
e-mails, passports (``pas31``), birth certificates (``bc31``: «IV-БД № 123456» and its
writings), every number a child's paperwork gives to one child or parent (``REC31``), the
hard negatives of the field (vaccines and series, calendar codes, schools, classes, groups,
rooms, orders, laws, SanPiN, licences, ICD-10, percentiles, Mantoux millimetres, health
groups), the organisations, the date writings (``dates31``: Roman months «05.III.2019»,
«5/III-19», «5 III 2019», «20190305» in an export, words, spoken) and every template;
``build_all`` was rewritten, ``render`` draws ``<<shape>>`` numbers with ``shape31`` (``shape``,
except that a value of two or more digits never starts with a zero) and an extra self-check
(``check31``: the Roman-month dates, the birth certificates and the corpus's own record
prefixes are never left unlabelled) was added.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «Номенклатура
специальностей специалистов, имеющих медицинское и фармацевтическое образование» (OID
1.2.643.5.1.13.13.11.1066, version 5.4, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1066_5.4_part1``; ``ID``, ``NAME`` and
``PARENT`` as its ``_passport`` describes them; 67 specialties a child's pathway meets —
paediatrics, neonatology, school hygiene, paediatric nursing, phthisiology, epidemiology,
allergology, dentistry and orthodontics, physiotherapy and exercise therapy, sports medicine,
paediatric cardiology, endocrinology, dietetics, neurology, psychiatry and psychotherapy,
narcology, forensic medicine, traumatology, paediatric surgery, anaesthesiology, ENT,
audiology, ophthalmology and optics, genetics, laboratory work, parasitology, dermatology,
disinfection, food hygiene, health education, virology, bacteriology, pulmonology,
gastroenterology, nephrology, medical and social expertise, social care, rehabilitation,
oncology and haematology, obstetrics, general practice, feldshers, ambulance, health
administration, medical cybernetics and statistics, nursing) in ONE genre of a child's
paperwork (the school card 026/у, the development history 112/у, the vaccination certificate
156/у-93 and refusals, Mantoux referrals and TB dispensary answers, kindergarten and camp
certificates 079/у, vouchers and 070/у, эпидокружение, sports medical lists, ПМПК, МСЭ and
ИПРА, guardianship, foster-family and orphanage papers, КДН and police correspondence, school
nurse logs, parents' messenger chats, Госуслуги notifications, neonatal and hearing screening
cards, the medical birth certificate, ЕГИСЗ copies). The kind is «NAME (Номенклатура
специальностей специалистов, 1.2.643.5.1.13.13.11.1066 v5.4, ID N): GENRE»; the ``source``
names the directory entry. One specialty and one template per kind (no template is shared).
None of the kinds here is among the kinds of corpora 1–29 (``build_all`` asserts the kinds are
unique; the scratch comparison found none shared).

Emphasis: the NUMBERS of one child or parent (school medical cards, development histories,
vaccination certificates and cards, refusals, Mantoux referrals, TB cards, kindergarten
directions, camp and sanatorium vouchers, 079/у and 070/у, ПМПК conclusions, МСЭ справки and
ИПРА, guardianship acts that name the child, foster contracts, orphanage personal files,
student IDs, neonatal screening cards and barcodes, civil registry birth records, КУСП and
incoming numbers; in tables, logs, chats and OCR'd forms, split across lines) beside the
parents' SNILS, ENP and passports and the child's SNILS, ENP and birth certificate; PHONES of
parents in every writing; NAMES of children in diminutive forms, double names and double
surnames, of parents, guardians and staff; DATES OF BIRTH written every way; PRECISION under
the hard negatives of the field (vaccines and series, calendar codes, class, group, room and
school numbers, education orders, ICD-10, percentiles, Mantoux millimetres, laws' articles,
SanPiN, licences).

Size: 268 documents (67 kinds × ``PER_KIND`` 4), 4,336 gold spans; ``blind_half`` puts 31
kinds (124 documents) in ``blind31_dev`` and 36 kinds (144 documents) in ``blind31_test``.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

The labelling rules and judgement calls of corpus 29, restated unchanged from its docstring:

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


Judgement calls added for corpus 31 (NEW; written here before any template was written or any
document generated; they apply the rules above to a child's paperwork across school, sport,
camp and social care):

* (new) Every number a clinic, a school, a kindergarten, a camp, a sanatorium, a commission or
  a social-care body gives to ONE child's or ONE parent's document or record is RECORD_ID
  (corpora 10–15), also when it is short and bare («медкарта ф. 026/у № 347»): the school
  medical card ф. 026/у-2000, the development history ф. 112/у, the vaccination card ф. 063/у
  and the vaccination certificate ф. 156/у-93, the registration number of a refusal of
  vaccination, a Mantoux or Diaskintest referral and a TB dispensary's card, a direction to a
  kindergarten, a camp's or a sanatorium's voucher (its printed series stays unlabelled:
  corpus 11), the справки ф. 079/у and 070/у and an эпидокружение certificate, a sports
  medical conclusion and the ГТО УИН (corpus 15), the ПМПК conclusion, the МСЭ справка and
  the ИПРА (corpus 12), a child's personal file in an orphanage, a pupil's student ID
  (ученический билет, the pupil's number in an e-school system), the neonatal screening card
  (бланк-тест) and its barcode, a newborn's hearing-screening card, an orthodontic or an
  optics' contract or order for one child (corpus 10), a glasses prescription, a ВМП ticket
  (corpus 15), a registry entry of one child, the SEMD's registration number in the REMD
  (corpus 12), a Госуслуги application's number (corpus 15), an ambulance call card, a
  telephonogram's and an emergency notice's (ф. 058/у) own number (corpus 11), a КУСП number
  and the incoming number given to a request about one child (corpus 15), and a police ПДН's
  registration card of one minor.
* (new) The act of a guardianship body that names ONE child — the распоряжение or
  постановление establishing guardianship, foster care or a placement in an organisation —
  is the child's status document (corpus 12's rule for the certificate of one person's
  status): its number is RECORD_ID; a foster-family contract with named foster parents is
  RECORD_ID (corpus 10: a contract with one person). The guardianship body's outgoing letters
  and requests, the education department's and a school's own orders (also an order
  enrolling or transferring a pupil: an organisation's order, corpus 10), the КДН's case and
  resolution numbers (treated as a court's case numbers, corpus 15) stay unlabelled.
* (new) The number of the civil registry's record of birth («запись акта о рождении № …») is
  RECORD_ID (a record of one person). A birth certificate «IV-БД № 123456» is one BIRTH_CERT
  span from the Roman numeral to the number's last digit — also without «№», with a
  typographic dash, with «номер» inside («серия IV-БД номер 123456»: «серия» stays outside,
  as corpus 14's passport) and OCR-damaged («1V-БД»: as written). The medical birth
  certificate ф. 103/у stays RECORD_ID with its series unlabelled (corpus 11).
* (new) A child's name in any form — a diminutive or pet form used alone in a chat or a note
  («Мадинка», «Алёшка», «Русик»), a double first name («Абдулла-Гаджи»), a hyphenated double
  surname — is PERSON (a bare first name of a person is PERSON). «ребёнок Гасановой Э.А.»
  stays a PERSON span of the mother's name (corpus 17). The names of groups and detachments
  («группа «Звёздочки»», «отряд «Орлята»»), of camps and sanatoria, and an animal's name are
  not PERSON.
* (new) A date with a Roman month («05.III.2019», «5/III-19», «5 III 2019») is one DATE span
  (corpus 17's Roman shorthand); «20190305» in a system's export is one DATE span (corpus 19);
  a date said in words in a voice message's transcript is one span; each is BIRTH_DATE after
  «д.р.», «г.р.», «родился», «ДР» or in a birth-date field. An age («7 лет 3 мес.», «11
  мес.»), a year of birth alone («2019 г.р.»), a school year («2026/27 уч. г.»), a camp's shift
  («2-я смена») and a month with a year («09.2026») are not labelled.
* (new) Not labelled (hard negatives of the field): vaccines and their series («Пентаксим,
  серия Z3B121»), expiry months, the national calendar's stage codes («V1», «RV2»), its order,
  doses and routes, Mantoux and Diaskintest millimetres, health groups and
  physical-education groups, growth, weight, BMI, percentiles, centile corridors and SDS,
  visual acuity and dioptres, hearing thresholds in dB, school numbers («МБОУ «СОШ № 12»»),
  classes («5 «Б» класс», «7-А»), kindergarten groups, rooms, bedrooms and lockers, camp
  detachments and shifts, the education department's and schools' orders, ICD-10 codes,
  articles of laws and codes (a law's date is DATE), SanPiN and СП numbers («СанПиН
  2.4.3648-20»), the clinic's licence, an organisation's ОГРН, ИНН and КПП, an МСЭ bureau's
  number, a queue position for a kindergarten, a chat's name, sums of money, a bank card's
  last four digits and a charity's bank details.
* (new) A parent's and a child's passport, SNILS, ENP and birth certificate on a form are
  labelled by their types whoever holds them; a phone glued to a messenger's name
  («WhatsApp+79285551234», «вацап 8928…») is PHONE from its first «+» or digit (corpus 14).

Run: ``.venv/bin/python bench/text_corpus/write_independent31.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent31.jsonl"
SEED = 3120261207
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

# ---------------------------------------------------------------- people (fresh for corpus 31)
# The North Caucasus and the South: Chechens, Ingush, Avars, Dargins, Lezgins, Kabardians,
# Balkars, Ossetians, Karachays, Adyghe, Kalmyks, Armenians, Greeks, Russians and Cossack
# families; male base forms (``decl_surname`` makes the rest), double surnames too.
SURNAMES = [
    "Магомадов",
    "Джамбулатов",
    "Бисултанов",
    "Эдильсултанов",
    "Умаров",
    "Евлоев",
    "Оздоев",
    "Мальсагов",
    "Цечоев",
    "Нурмагомедов",
    "Хизриев",
    "Абдулаев",
    "Гаджиев",
    "Рабаданов",
    "Гасанбеков",
    "Эфендиев",
    "Мирзоев",
    "Велибеков",
    "Шихрагимов",
    "Кодзоков",
    "Шогенов",
    "Кушхов",
    "Тхагапсоев",
    "Этезов",
    "Улимбашев",
    "Гуртуев",
    "Дзагоев",
    "Кодзаев",
    "Габараев",
    "Цаллагов",
    "Бестаев",
    "Байчоров",
    "Узденов",
    "Эбзеев",
    "Каппушев",
    "Хуаде",
    "Схашок",
    "Тлехас",
    "Шхалахов",
    "Очиров",
    "Бадмаев",
    "Сангаджиев",
    "Манджиев",
    "Арутюнян",
    "Оганесян",
    "Мкртчян",
    "Саввиди",
    "Харитониди",
    "Ксантопуло",
    "Бондаренко",
    "Шевцов",
    "Чумаков",
    "Дьяченко",
    "Есаулов",
    "Мирошниченко",
    "Кушхов-Тхагапсоев",
    "Гусейнов-Эфендиев",
    "Бондаренко-Шевцов",
]
M_FIRST = [
    "Магомед",
    "Шамиль",
    "Ислам",
    "Рамзан",
    "Ибрагим",
    "Абдулла-Гаджи",
    "Гаджимурад",
    "Хаджи-Мурат",
    "Руслан",
    "Асланбек",
    "Казбек",
    "Таймураз",
    "Сослан",
    "Алан",
    "Азамат",
    "Мурат",
    "Кантемир",
    "Бадма",
    "Санджи",
    "Тигран",
    "Арсен",
    "Христофор",
    "Харлампий",
    "Прохор",
    "Степан",
    "Игнат",
    "Алексей",
    "Матвей",
    "Ильяс",
    "Умар",
]
F_FIRST = [
    "Мадина",
    "Патимат",
    "Хадижат",
    "Зарема",
    "Аминат",
    "Айшат",
    "Фатима",
    "Залина",
    "Марьям",
    "Хава",
    "Агунда",
    "Дзерасса",
    "Бэлла",
    "Саглара",
    "Байрта",
    "Кермен",
    "Нарине",
    "Мариэтта",
    "Елена",
    "Ефросинья",
    "Софья",
    "Анастасия",
    "Милана",
    "Ясмина",
    "Аиша",
    "Диана",
    "Лейла",
    "Асият",
    "Любовь",
    "Варвара",
]
PAT_STEMS = [
    "Магомедов",
    "Шамилев",
    "Ахмедов",
    "Русланов",
    "Асланбеков",
    "Казбеков",
    "Таймуразов",
    "Сосланов",
    "Муратов",
    "Исмаилов",
    "Абдулла-Гаджиев",
    "Гаджимурадов",
    "Бадмаев",
    "Санджиев",
    "Тигранов",
    "Христофоров",
    "Харлампиев",
    "Степанов",
    "Прохоров",
    "Николаев",
    "Алиев",
    "Рамзанов",
    "Ибрагимов",
    "Юсупов",
]
FOREIGN = [
    ("Шахин", "Мехмет", True),
    ("Абаза", "Басель", True),
    ("Керимли", "Эльчин", True),
    ("Аль-Хаддад", "Омар", True),
    ("Гварамия", "Нино", False),
    ("Йылмаз", "Айше", False),
    ("Папазоглу", "Элени", False),
    ("Ахмедли", "Гюнай", False),
]
INDECL_FIRST = {
    "Абдулла-Гаджи",
    "Санджи",
    "Патимат",
    "Хадижат",
    "Аминат",
    "Айшат",
    "Кермен",
    "Нарине",
    "Асият",
    "Любовь",
    "Нино",
    "Айше",
    "Элени",
    "Гюнай",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# a child's pet forms, as parents, nurses and teachers write them in chats and notes
DIMIN31 = {
    "Магомед": ("Магомедик", "Мага"),
    "Шамиль": ("Шамильчик", "Шама"),
    "Ислам": ("Исламчик", "Иса"),
    "Рамзан": ("Рамзанчик", "Рама"),
    "Ибрагим": ("Ибрагимчик", "Ибра"),
    "Абдулла-Гаджи": ("Абдулла", "Абдуллик"),
    "Гаджимурад": ("Гаджик", "Мурадик"),
    "Хаджи-Мурат": ("Мурик", "Хаджик"),
    "Руслан": ("Русик", "Руслик"),
    "Асланбек": ("Асланчик", "Аслик"),
    "Казбек": ("Казик", "Казбекчик"),
    "Таймураз": ("Тимка", "Тимурчик"),
    "Сослан": ("Сосик", "Сосланчик"),
    "Алан": ("Аланчик", "Аланка"),
    "Азамат": ("Азик", "Азаматик"),
    "Мурат": ("Муратик", "Мурик"),
    "Кантемир": ("Темирчик", "Кантик"),
    "Бадма": ("Бадмашка", "Бадмочка"),
    "Санджи": ("Санджик", "Санджушка"),
    "Тигран": ("Тиграша", "Тигранчик"),
    "Арсен": ("Арсенчик", "Арсюша"),
    "Христофор": ("Христоша", "Фора"),
    "Харлампий": ("Харлаша", "Лампа"),
    "Прохор": ("Проша", "Прошенька"),
    "Степан": ("Стёпка", "Стёпочка"),
    "Игнат": ("Игнаша", "Игнатка"),
    "Алексей": ("Алёшка", "Алёшенька"),
    "Матвей": ("Матвейка", "Мотя"),
    "Ильяс": ("Ильясик", "Ильюша"),
    "Умар": ("Умарчик", "Умарик"),
    "Мадина": ("Мадинка", "Мадиночка"),
    "Патимат": ("Патя", "Патимка"),
    "Хадижат": ("Хадижка", "Хадя"),
    "Зарема": ("Заремка", "Зара"),
    "Аминат": ("Аминка", "Аминочка"),
    "Айшат": ("Айшатка", "Айша"),
    "Фатима": ("Фатимка", "Фатя"),
    "Залина": ("Залинка", "Заля"),
    "Марьям": ("Марьямка", "Маря"),
    "Хава": ("Хавочка", "Хавка"),
    "Агунда": ("Агундочка", "Гуня"),
    "Дзерасса": ("Дзера", "Дзерочка"),
    "Бэлла": ("Бэллочка", "Белка"),
    "Саглара": ("Саглаша", "Сагла"),
    "Байрта": ("Байртушка", "Байрточка"),
    "Кермен": ("Керменка", "Кермаша"),
    "Нарине": ("Наринка", "Нара"),
    "Мариэтта": ("Мариша", "Этта"),
    "Елена": ("Леночка", "Алёнка"),
    "Ефросинья": ("Фрося", "Фросенька"),
    "Софья": ("Сонечка", "Сонька"),
    "Анастасия": ("Настенька", "Настюша"),
    "Милана": ("Миланка", "Милаша"),
    "Ясмина": ("Ясминка", "Ясечка"),
    "Аиша": ("Аишка", "Аишечка"),
    "Диана": ("Дианка", "Динуля"),
    "Лейла": ("Лейлочка", "Лейлуша"),
    "Асият": ("Асиятка", "Ася"),
    "Любовь": ("Любаша", "Любочка"),
    "Варвара": ("Варюша", "Варенька"),
    "Мехмет": ("Мехметик", "Мемо"),
    "Басель": ("Басик", "Басельчик"),
    "Эльчин": ("Эльчинчик", "Эля"),
    "Омар": ("Омарчик", "Омарик"),
    "Нино": ("Ниночка", "Нинуца"),
    "Айше": ("Айшечка", "Айшушка"),
    "Элени": ("Ленуся", "Эленичка"),
    "Гюнай": ("Гюнайка", "Гюня"),
}
# the patronymic stem of a child from the father's first name where ``pat_stem`` errs
PAT_OF31 = {
    "Абдулла-Гаджи": "Абдулла-Гаджиев",
    "Санджи": "Санджиев",
    "Бадма": "Бадмаев",
}


def kin31(pre: str, male: bool, sur0: str, first0: str, pstem: str) -> dict:
    """Every written form of a family member (``person``'s keys) from given name parts."""
    sur = decl_surname(sur0, male)
    first = decl_first(first0, male)
    pat = decl_pat(pstem, male)
    ini = first0[0] + "." + pat[0][0] + "."
    out: dict = {f"{pre}_male": male}
    for i, case in enumerate(CASES):
        suf = "" if case == "nom" else "_" + case
        full = f"{sur[i]} {first[i]} {pat[i]}"
        out[pre + suf] = full
        out[pre + "_s" + suf] = f"{sur[i]} {ini}"
        out[pre + "_i" + suf] = f"{ini} {sur[i]}"
        out[pre + "_io" + suf] = f"{first[i]} {pat[i]}"
        out[pre + "_fi" + suf] = f"{first[i]} {sur[i]}"
        out[pre + "_low" + suf] = full.lower()
        out[pre + "_io_low" + suf] = out[pre + "_io" + suf].lower()
    out[pre + "_sp"] = f"{sur[0]} {first0[0]}. {pat[0][0]}."
    out[pre + "_up"] = out[pre].upper()
    out[pre + "_sur"] = sur[0]
    out[pre + "_first"] = first0
    out[pre + "_ini"] = ini
    out[pre + "_a"] = "" if male else "а"
    out[pre + "_yi"] = "ый" if male else "ая"
    out[pre + "_omu"] = "ому" if male else "ой"
    out[pre + "_ke"] = "у" if male else "ке"
    out[pre + "_ii"] = "ий" if male else "ая"
    out[pre + "_ego"] = "его" if male else "её"
    out[pre + "_sya"] = "ся" if male else "ась"
    out[pre + "_ei"] = "его" if male else "ей"
    out[pre + "_on"] = "он" if male else "она"
    out[pre + "_sex"] = "мужской" if male else "женский"
    out[pre + "_sx"] = "м" if male else "ж"
    return out


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


# ---------------------------------------------------------------- corpus 31: places (fresh)
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix (6 digits with the tail), phone code (the code and the local number make ten)
TOWNS31 = [
    ("г. Махачкала", "в г. Махачкале", "Махачкала", "Республика Дагестан", "РД", "367", "8722"),
    (
        "г. Дербент",
        "в г. Дербенте",
        "Дербент",
        "Республика Дагестан",
        "Респ. Дагестан",
        "368",
        "87240",
    ),
    ("г. Хасавюрт", "в г. Хасавюрте", "Хасавюрт", "Республика Дагестан", "РД", "368", "87231"),
    ("г. Каспийск", "в г. Каспийске", "Каспийск", "Республика Дагестан", "РД", "368", "87246"),
    ("г. Грозный", "в г. Грозном", "Грозный", "Чеченская Республика", "ЧР", "364", "8712"),
    ("г. Гудермес", "в г. Гудермесе", "Гудермес", "Чеченская Республика", "ЧР", "366", "87152"),
    ("г. Назрань", "в г. Назрани", "Назрань", "Республика Ингушетия", "РИ", "386", "8732"),
    ("г. Магас", "в г. Магасе", "Магас", "Республика Ингушетия", "Респ. Ингушетия", "386", "8734"),
    (
        "г. Нальчик",
        "в г. Нальчике",
        "Нальчик",
        "Кабардино-Балкарская Республика",
        "КБР",
        "360",
        "8662",
    ),
    (
        "г. Баксан",
        "в г. Баксане",
        "Баксан",
        "Кабардино-Балкарская Республика",
        "КБР",
        "361",
        "86634",
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
        "г. Беслан",
        "в г. Беслане",
        "Беслан",
        "Республика Северная Осетия — Алания",
        "РСО-А",
        "363",
        "86737",
    ),
    (
        "г. Черкесск",
        "в г. Черкесске",
        "Черкесск",
        "Карачаево-Черкесская Республика",
        "КЧР",
        "369",
        "8782",
    ),
    ("г. Майкоп", "в г. Майкопе", "Майкоп", "Республика Адыгея", "Респ. Адыгея", "385", "8772"),
    ("г. Элиста", "в г. Элисте", "Элиста", "Республика Калмыкия", "РК", "358", "84722"),
    ("г. Ставрополь", "в г. Ставрополе", "Ставрополь", "Ставропольский край", "СК", "355", "8652"),
    (
        "г. Пятигорск",
        "в г. Пятигорске",
        "Пятигорск",
        "Ставропольский край",
        "Ставр. край",
        "357",
        "8793",
    ),
    (
        "г. Кисловодск",
        "в г. Кисловодске",
        "Кисловодск",
        "Ставропольский край",
        "СК",
        "357",
        "87937",
    ),
    ("г. Краснодар", "в г. Краснодаре", "Краснодар", "Краснодарский край", "КК", "350", "861"),
    (
        "г. Новороссийск",
        "в г. Новороссийске",
        "Новороссийск",
        "Краснодарский край",
        "Красн. край",
        "353",
        "8617",
    ),
    ("г. Армавир", "в г. Армавире", "Армавир", "Краснодарский край", "КК", "352", "86137"),
    (
        "г. Ростов-на-Дону",
        "в г. Ростове-на-Дону",
        "Ростов-на-Дону",
        "Ростовская область",
        "Ростовская обл.",
        "344",
        "863",
    ),
    ("г. Таганрог", "в г. Таганроге", "Таганрог", "Ростовская область", "РО", "347", "8634"),
    (
        "г. Новочеркасск",
        "в г. Новочеркасске",
        "Новочеркасск",
        "Ростовская область",
        "РО",
        "346",
        "8635",
    ),
]
# street: with its type, bare (as parents write it)
STREETS31 = [
    ("пр-т Имама Шамиля", "Имама Шамиля пр."),
    ("ул. Ярагского", "Ярагского"),
    ("ул. Гамидова", "Гамидова"),
    ("пр-т Расула Гамзатова", "Р. Гамзатова"),
    ("пр-т Ахмат-Хаджи Кадырова", "А. Кадырова"),
    ("ул. Лорсанова", "Лорсанова"),
    ("ул. Кабардинская", "Кабардинская"),
    ("ул. Шогенцукова", "Шогенцукова"),
    ("пр-т Мира", "Мира пр"),
    ("ул. Кесаева", "Кесаева"),
    ("ул. Цоколаева", "Цоколаева"),
    ("ул. Первомайская", "Первомайская"),
    ("ул. Пионерская", "Пионерская"),
    ("ул. Номто Очирова", "Н. Очирова"),
    ("ул. Доваторцев", "Доваторцев"),
    ("пр-т Кулакова", "Кулакова пр-т"),
    ("ул. Ставропольская", "Ставропольская"),
    ("ул. Зиповская", "Зиповская"),
    ("ул. Большая Садовая", "Б. Садовая"),
    ("пр-т Стачки", "Стачки пр."),
    ("ул. Магомеда Гаджиева", "М. Гаджиева"),
    ("мкр. 8", "8 мкр"),
    ("пер. Днепровский", "Днепровский пер"),
    ("ул. 40 лет Победы", "40 лет Победы"),
]
# village: with type, locative, district, region
RURAL31 = [
    ("ст-ца Каневская", "в ст-це Каневской", "Каневской р-н", "Краснодарский край"),
    ("ст-ца Ленинградская", "в ст-це Ленинградской", "Ленинградский р-н", "Краснодарский край"),
    ("ст-ца Старочеркасская", "в ст-це Старочеркасской", "Аксайский р-н", "Ростовская обл."),
    ("ст-ца Вёшенская", "в ст-це Вёшенской", "Шолоховский р-н", "Ростовская обл."),
    (
        "ст-ца Ессентукская",
        "в ст-це Ессентукской",
        "Предгорный муниципальный округ",
        "Ставропольский край",
    ),
    ("ст-ца Наурская", "в ст-це Наурской", "Наурский р-н", "Чеченская Республика"),
    ("ст-ца Шелковская", "в ст-це Шелковской", "Шелковской р-н", "ЧР"),
    ("аул Хабез", "в ауле Хабез", "Хабезский р-н", "КЧР"),
    ("аул Понежукай", "в ауле Понежукай", "Теучежский р-н", "Республика Адыгея"),
    ("аул Кошехабль", "в ауле Кошехабль", "Кошехабльский р-н", "Республика Адыгея"),
    ("с. Хунзах", "в с. Хунзах", "Хунзахский р-н", "Республика Дагестан"),
    ("с. Ахты", "в с. Ахты", "Ахтынский р-н", "РД"),
    ("с. Кубачи", "в с. Кубачи", "Дахадаевский р-н", "Республика Дагестан"),
    ("с. Сагопши", "в с. Сагопши", "Малгобекский р-н", "Республика Ингушетия"),
    ("с. Верхняя Балкария", "в с. Верхняя Балкария", "Черекский р-н", "КБР"),
    ("с. Ногир", "в с. Ногир", "Пригородный р-н", "РСО-Алания"),
    ("п. Яшкуль", "в п. Яшкуль", "Яшкульский р-н", "Республика Калмыкия"),
    ("с. Чалтырь", "в с. Чалтырь", "Мясниковский р-н", "Ростовская обл."),
    ("с. Витязево", "в с. Витязево", "г.-к. Анапа", "Краснодарский край"),
    ("х. Пригибский", "в х. Пригибском", "Шолоховский р-н", "Ростовская обл."),
]
RURAL_ST31 = [
    "Шоссейная",
    "Набережная",
    "Школьная",
    "Казачья",
    "Виноградная",
    "Горная",
    "Степная",
    "Мира",
    "Красная",
    "Кооперативная",
]
ORG_ST31 = [
    "ул. Пирогова",
    "ул. Коркмасова",
    "ул. Шейха Али Митаева",
    "ул. Горького",
    "ул. Кирова",
    "ул. Тургенева",
    "ул. Семашко",
    "пр-т Ленина",
]


def _t31(rng: random.Random) -> tuple:
    return rng.choice(TOWNS31)


def _hk31(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 190))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/1", " корп. 2", " стр. 1", "в"])
    return h, rng.randint(1, 240)


def _zip31(rng: random.Random, idx: str) -> str:
    return idx + f"{rng.randint(0, 999):03d}"


def addr31(rng: random.Random) -> str:
    """A family's address as a parent or a clerk writes it on a child's form."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t31(rng)
    st, bare = rng.choice(STREETS31)
    v, _vl, vdist, vreg = rng.choice(RURAL31)
    z = _zip31(rng, idx)
    h, k = _hk31(rng)
    n = rng.randint(1, 120)
    rs = rng.choice(RURAL_ST31)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare}, {h}, кв {k}",
        lambda: f"{v}, {vdist}, ул. {rs}, дом {n}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
        lambda: f"{reg_ab}, {v}, {rs} {n}",
    ]
    return rng.choice(shapes)()


def aloc31(rng: random.Random) -> str:
    """An inflected address after «проживает», «зарегистрирован» (from the settlement's type)."""
    _t, loc, _b, _r, _ra, _i, _c = _t31(rng)
    st, bare = rng.choice(STREETS31)
    _v, vl, _vd, _vr = rng.choice(RURAL31)
    h, k = _hk31(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, ул. {rng.choice(RURAL_ST31)}, д. {rng.randint(1, 90)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def abr31(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a form)."""
    town, _l, _b, reg, _ra, idx, _c = _t31(rng)
    st, _bare = rng.choice(STREETS31)
    v, _vl, vdist, vreg = rng.choice(RURAL31)
    h, k = _hk31(rng)
    z = _zip31(rng, idx)
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{vreg}, {vdist},\n{v}, ул. {rng.choice(RURAL_ST31)}, {rng.randint(1, 90)}",
        ]
    )


def aorg31(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t31(rng)
    st = rng.choice(ORG_ST31)
    n = rng.randint(1, 160)
    return rng.choice(
        [
            f"{_zip31(rng, idx)}, {town}, {st}, {n}",
            f"{_zip31(rng, idx)}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}",
            f"{st}, {n}, {town}",
        ]
    )


def arur31(rng: random.Random) -> str:
    """A village address (a ФАП's, a rural school's or a family's)."""
    v, _vl, vdist, vreg = rng.choice(RURAL31)
    return rng.choice(
        [
            f"{vreg}, {vdist}, {v}, ул. {rng.choice(RURAL_ST31)}, д. {rng.randint(1, 90)}",
            f"{v}, ул. {rng.choice(RURAL_ST31)}, {rng.randint(1, 90)}",
        ]
    )


# ---------------------------------------------------------------- corpus 31: phones (fresh)
OPS31 = ["928", "988", "989", "918", "938", "906", "909", "967", "964", "965", "963", "919"]
NDASH = "–"


def _mob31(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS31), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob31(rng: random.Random) -> str:
    """A parent's mobile as forms, chats and notes hold it."""
    op, a, b, c = _mob31(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7({op}){a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a} {b} {c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8 {op} {a} {b} {c}",
            f"8({op}){a}{NDASH}{b}{NDASH}{c}",
            f"+7 {op} {a}{b}{c}",
            f"8.{op}.{a}.{b}.{c}",
        ]
    )


def city31(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t31(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"+7 ({code}) {loc}", f"8 ({code}) {loc}", f"({code}) {loc}", f"8{code}{rest}"]
    )


def brk31(rng: random.Random) -> str:
    op, a, b, c = _mob31(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8-{op}-\n{a}-{b}-{c}", f"8 {op}\n{a} {b} {c}"])


def glue31(rng: random.Random) -> tuple[str, str]:
    """A messenger's name glued to a phone: (prefix, phone)."""
    op, a, b, c = _mob31(rng)
    return rng.choice(
        [
            ("WhatsApp", f"+7{op}{a}{b}{c}"),
            ("вацап", f"8{op}{a}{b}{c}"),
            ("тел.", f"8({op}){a}-{b}-{c}"),
            ("Telegram/WA:", f"+7-{op}-{a}-{b}-{c}"),
        ]
    )


MAIL_DOM31 = ["mail.ru", "yandex.ru", "gmail.com", "icloud.com", "ya.ru", "internet.ru", "bk.ru"]
MAIL_POLY31 = [
    "dp3-mhk@mail.ru",
    "dp5-grozny@mail.ru",
    "detpol1.nalchik@kbrmed.ru",
    "gdp2@stavmed.ru",
    "dgp7@kubanmed.ru",
    "dgp45-rostov@mail.ru",
    "medkab.gimn5@yandex.ru",
]
MAIL_HOSP31 = [
    "rdkb@e-dag.ru",
    "kdkb-info@kubanmed.ru",
    "odkb-rostov@mail.ru",
    "drkb@rso-med.ru",
    "rdkmb@kbrmed.ru",
    "rdkb-ingush@mail.ru",
]
MAIL_SPORT31 = ["sshor-borba@mail.ru", "vfd-rd@mail.ru", "sport.dush3@yandex.ru"]
MAIL_MGK31 = ["mgk.skdkb@mail.ru", "neoscreen-rd@mail.ru", "mgk-rostov@yandex.ru"]
MAIL_FUND31 = ["fond.dobroe-serdce@mail.ru", "help@dobroe-serdce.org"]


def mail31(rng: random.Random, sur: str, first: str, year: int) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{s}{f[0]}{year % 100:02d}",
            f"mama.{lat(first)}{rng.randint(1, 99)}",
            f"{s}_{rng.randint(1, 999)}",
            f"{f[0]}{s}{year}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM31)}"


# ---------------------------------------------------------------- corpus 31: documents (fresh)
OKATO31 = ["82", "96", "26", "83", "90", "91", "79", "85", "07", "03", "60"]


def pas31(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO31), f"{rng.randint(3, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y} №{n}", f"{o}{y}-{n}"]
    )


ROMAN31 = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
BC_LETTERS31 = ["БД", "ДН", "АГ", "ВЕ", "КБ", "ЭЛ", "ИС", "ЮГ", "ОС", "АД", "РО", "КЧ"]


def bc31(rng: random.Random, ocr_ok: bool = False) -> str:
    """A Russian birth certificate «IV-БД № 123456» in the writings forms and clerks use."""
    roman, letters = rng.choice(ROMAN31), rng.choice(BC_LETTERS31)
    n = rng.randint(100000, 999999)
    out = rng.choice(
        [
            f"{roman}-{letters} № {n}",
            f"{roman}-{letters} {n}",
            f"{roman}-{letters}№{n}",
            f"{roman}{NDASH}{letters} № {n}",
            f"{roman}-{letters} номер {n}",
        ]
    )
    if ocr_ok and "I" in roman and rng.random() < 0.5:
        out = out.replace("I", "1", 1)
    return out


# ---------------------------------------------------------------- corpus 31: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE child or parent, or to one child's document: RECORD_ID
REC31 = {
    "k026": ["###", "####", "Ш-####", "###/##", "26-####"],  # school medical card 026/у-2000
    "h112": ["#####", "####/##", "У-######", "112-#####", "Д-####-##"],  # development history
    "c063": ["063-####", "####-П", "ПК-#####"],  # vaccination card 063/у
    "v156": ["ПС-######", "######", "156-#######", "СП-##-#####"],  # certificate 156/у-93
    "otk": ["ОТК-###/26", "###-о/26", "##/26-ОТ"],  # refusal of vaccination, registered
    "mnt": ["НТ-#####", "ДСТ-26-####", "####/Ф"],  # Mantoux / Diaskintest referral
    "ptd": ["ПТД-#####", "Ф-####/26", "#####-Д"],  # TB dispensary card
    "ddu": ["##/ДОУ/26#####", "НП-26-#####", "ДОУ-#######"],  # direction to a kindergarten
    "camp": ["ДОЛ-26-####", "#######", "ЛО-####/26"],  # camp voucher
    "san": ["СК-######", "#########", "СФР-##-######"],  # sanatorium voucher
    "f079": ["079-####", "###/26", "Л-####"],  # справка 079/у
    "f070": ["070-#####", "####/26-с"],  # справка 070/у
    "epid": ["ЭО-####", "####/э", "##-ЭП-###"],  # эпидокружение certificate
    "sport": ["УМО-##-#####", "ВФД-####/26", "СД-######"],  # sports medical conclusion
    "gto": ["26-##-#######"],  # ГТО УИН
    "pmpk": ["ПМПК-###/26", "##-###/2026", "###-Т/26", "ЦПМПК-####"],
    "ipra": ["####.#.##/2026", "###.##.##/2026", "#####.##.##/2025"],
    "mse": ["#######"],  # МСЭ справка (its series «МСЭ-2023» unlabelled)
    "opeka": ["###-р", "###/о", "ОП-##/####", "####-ос"],  # guardianship act naming the child
    "foster": ["ПС-##/26", "##-пс/2026", "ДПС-###"],  # foster-family contract
    "ld": ["ЛД-###", "###/##", "Л-####-В"],  # personal file in an orphanage
    "stud": ["УБ-######", "#######", "ЭШ-########", "####-####"],  # student ID
    "neo": ["26#######", "НС-26-######", "##-######-Н"],  # neonatal screening card
    "aktz": ["1##02606#######", "1#0269#00012######"],  # civil registry birth record
    "f103": ["######"],  # medical birth certificate 103/у (series unlabelled)
    "exch": ["####/26", "ОК-#####"],  # exchange card
    "ib": ["####/26", "Д-#####", "#####-Х"],  # case history
    "kusp": ["####", "#####"],
    "vh": ["####", "##-##/###"],  # incoming number of a request about one child
    "gu": ["##########", "#########"],  # Госуслуги application
    "semd": ["#########-####", "ЭМД-26-#######"],  # REMD registration number
    "vmp": ["##.0000.#####.###"],  # ВМП ticket
    "pdn": ["ПДН-###/26", "###-ПДН"],  # police ПДН's card of one minor
    "oae": ["АС-#####", "####/А"],  # hearing-screening card
    "lab": ["#########", "ЛИС-########"],  # lab order
    "dog": ["ОД-###/26", "###-О"],  # orthodontic contract
    "f044": ["###/ф", "Ф-####"],  # physiotherapy card 044/у
    "reg": ["РР-##-#####", "ДКР-######"],  # registry entry of one child
    "rx": ["###", "##-###"],  # glasses prescription
    "opt": ["ЗО-#####", "#####/О"],  # optics order
    "call": ["####", "##-####"],  # ambulance call card
    "tg": ["###", "##/###"],  # telephonogram's own number
    "n058": ["###", "26-####"],  # emergency notice 058/у
    "fund": ["ЗБ-####", "#####-Ф"],  # charity's application of one child
    "reh": ["КР-####/26", "####-Р"],  # rehabilitation card
    "dis": ["Д-#####/26", "ДН-####"],  # dispensary card
}


def rec31(rng: random.Random, kind: str) -> str:
    return shape31(rng, rng.choice(REC31[kind]))


# ---------------------------------------------------------------- corpus 31: hard negatives
ORGS31 = [
    "ГБУ РД «Детская республиканская клиническая больница им. Н.М. Кураева»",
    "ГБУ «Республиканская детская клиническая больница им. Е.П. Глинки»",
    "ГБУЗ «Республиканская детская клиническая многопрофильная больница» МЗ КБР",
    "ГБУЗ «Детская республиканская клиническая больница» МЗ РСО-Алания",
    "ГБУЗ СК «Краевая детская клиническая больница»",
    "ГБУЗ «Детская краевая клиническая больница» МЗ КК",
    "ГБУ РО «Областная детская клиническая больница»",
    "ГБУ РК «Республиканская детская многопрофильная больница»",
    "ГБУЗ «Адыгейская республиканская детская клиническая больница»",
    "ГБУ «Детская республиканская клиническая больница» МЗ РИ",
]
POLY31 = [
    "ГБУ РД «Детская поликлиника № 3 г. Махачкалы»",
    "ГБУ «Детская поликлиника № 5 г. Грозного»",
    "ГБУЗ «Детская поликлиника № 1» г. Нальчика",
    "ГБУЗ «Детская поликлиника № 4» МЗ РСО-Алания",
    "ГБУЗ СК «Городская детская поликлиника № 2» г. Ставрополя",
    "ГБУЗ «Детская городская поликлиника № 7 г. Краснодара»",
    "МБУЗ «Детская городская поликлиника № 45» г. Ростова-на-Дону",
    "ГБУЗ «Хунзахская ЦРБ», детская консультация",
    "ГБУЗ «Каневская ЦРБ» МЗ КК, педиатрическое отделение",
    "ГБУЗ РК «Яшкульская РБ»",
]
SCHOOLS31 = [
    "МБОУ «СОШ № 12»",
    "МБОУ «Гимназия № 5»",
    "МКОУ «Хунзахская СОШ № 1»",
    "ГБОУ «Лицей № 36»",
    "МБОУ СОШ № 44",
    "МБОУ «Лицей № 2»",
    "МАОУ «СОШ № 7 с углублённым изучением английского языка»",
    "МБОУ «СОШ № 3» ст-цы Каневской",
    "МБОУ «Гимназия № 19»",
    "МКОУ «Сагопшинская СОШ № 2»",
]
DOU31 = [
    "МБДОУ «Детский сад № 47 «Радуга»»",
    "МКДОУ «Детский сад № 3 «Солнышко»»",
    "МБДОУ ЦРР – детский сад № 112",
    "МБДОУ «Ясли-сад № 9 «Алёнушка»»",
    "МАДОУ «Детский сад комбинированного вида № 21»",
    "МКДОУ «Детский сад № 2 «Ласточка»»",
]
GROUPS31 = [
    "группа № 4 «Звёздочки»",
    "младшая группа № 2 «Гномики»",
    "старшая группа № 6 «Пчёлки»",
    "подготовительная группа № 11",
    "средняя группа № 8 «Капелька»",
]
CAMPS31 = [
    "ДОЛ «Солнечный берег»",
    "ДОЛ «Горный ручей»",
    "ДСОЛ «Звёздочка»",
    "ДОЛ «Каспий»",
    "ДОЛ «Орлиное гнездо»",
    "ДОЛ «Кавказская здравница»",
]
SANAT31 = [
    "ДС «Ласточка» (Ессентуки)",
    "санаторий «Дружба» (Анапа)",
    "ФГБУ ДС «Жемчужина моря»",
    "ДС «Нальчик»",
    "санаторий «Тамиск»",
]
VACC31 = [
    ("Пентаксим", "Z3B##1"),
    ("Инфанрикс Гекса", "A21CD###A"),
    ("Превенар 13", "FK####"),
    ("Вакцина БЦЖ-М", "###"),
    ("Приорикс", "A69CC###A"),
    ("Вактривир", "##"),
    ("АДС-М", "###"),
    ("Регевак В", "##0###"),
    ("Полимилекс", "#######"),
    ("Ультрикс Квадри", "###0###"),
    ("Менактра", "U#####AA"),
    ("Бубо-Кок", "###"),
]
STAGES31 = ["V1", "V2", "V3", "RV1", "RV2", "RV3"]
ICD31 = {
    "resp": "J06.9",
    "asthma": "J45.0",
    "speech": "F80.1",
    "autism": "F84.0",
    "adhd": "F90.0",
    "cp": "G80.1",
    "dm": "E10.9",
    "myopia": "H52.1",
    "scol": "M41.1",
    "caries": "K02.1",
    "atop": "L20.8",
    "scab": "B86",
    "ped": "B85.0",
    "ent": "B80",
    "tbc": "Z20.1",
    "mnt": "R76.1",
    "asd": "Q21.1",
    "cf": "E84.0",
    "pku": "E70.0",
    "exam": "Z00.1",
    "cleft": "Q37.1",
    "hem": "D66",
    "jia": "M08.0",
    "neph": "N04.0",
    "aden": "J35.2",
    "gerd": "K21.9",
}
LAWS31 = [
    (
        "ст. 20 Федерального закона",
        "21.11.2011",
        "№ 323-ФЗ «Об основах охраны здоровья граждан в РФ»",
    ),
    (
        "ст. 5 Федерального закона",
        "17.09.1998",
        "№ 157-ФЗ «Об иммунопрофилактике инфекционных болезней»",
    ),
    ("ст. 9 Федерального закона", "24.06.1999", "№ 120-ФЗ"),
    ("ч. 2 ст. 54 Федерального закона", "21.11.2011", "№ 323-ФЗ"),
    (
        "ст. 14 Федерального закона",
        "24.07.1998",
        "№ 124-ФЗ «Об основных гарантиях прав ребёнка в РФ»",
    ),
]
ORDERS31 = [
    ("приказ Минздрава России", "06.12.2021", "№ 1122н"),
    ("приказ Минздрава России", "10.08.2017", "№ 514н"),
    ("приказ Минздрава России", "21.03.2017", "№ 124н"),
    ("приказ Минобрнауки России", "20.09.2013", "№ 1082"),
    ("приказ Минздрава РФ", "03.07.2000", "№ 241"),
]
SANPIN31 = ["СанПиН 3.3686-21", "СанПиН 2.4.3648-20", "СП 2.4.3648-20"]
LIC31 = [
    "Л041-01162-05/00368512",
    "ЛО-26-01-004512",
    "Л041-01126-07/00571234",
    "ЛО41-01162-20/00241766",
]


def shape31(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def num31(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


VERSION_WORDS31 = ("версия", "версии", "вер.", "ver.", "редакция", "СанПиН", "СП")
ROMAN_M = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def dates31(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_rom"] = f"{dd:02d}.{ROMAN_M[m - 1]}.{y}"  # «05.III.2019»
    f[key + "_roms"] = f"{dd}/{ROMAN_M[m - 1]}-{y % 100:02d}"  # «5/III-19»
    f[key + "_romw"] = f"{dd} {ROMAN_M[m - 1]} {y}"  # «5 III 2019»
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_d1"] = f"{dd}.{m:02d}.{y}"
    f[key + "_ymd"] = f"{y}{m:02d}{dd:02d}"  # an export's «20190305»
    f[key + "_sp"] = (
        spoken(dd, m, y) if y != 2000 else f"{ord_gen(dd)} {MONTHS_GEN[m - 1]} двухтысячного"
    )
    f[key + "_spdm"] = spoken(dd, m, y, with_year=False)
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled
    f[key + "_y"] = str(y)  # a year alone: not labelled


def age31(bd: dt.date, on: dt.date) -> tuple[int, int]:
    months = (on.year - bd.year) * 12 + on.month - bd.month - (1 if on.day < bd.day else 0)
    return months // 12, months % 12


def fillers31(rng: random.Random) -> dict:
    f: dict = {}
    # the family: father, mother, the child (father's surname, patronymic from his name), a sibling
    f.update(person(rng, "u", True, foreign_ok=False))
    f.update(person(rng, "q", False, foreign_ok=rng.random() < 0.3))
    fsur0 = f["u_sur"]
    if rng.random() < 0.55 and len(f["q_io"].split()) == 2:  # the mother took his surname
        f.update(kin31("q", False, fsur0, f["q_first"], f["q_io"].split()[1][:-2]))
    pstem = PAT_OF31.get(f["u_first"], pat_stem(f["u_first"]))
    cmale = rng.random() < 0.5
    cfirst = rng.choice(M_FIRST if cmale else F_FIRST)
    f.update(kin31("c", cmale, fsur0, cfirst, pstem))
    smale = rng.random() < 0.5
    f.update(kin31("c2", smale, fsur0, rng.choice(M_FIRST if smale else F_FIRST), pstem))
    f["c_dim"], f["c_dim2"] = DIMIN31[cfirst]
    f["c2_dim"] = DIMIN31[f["c2_first"]][0]
    f["c_son"] = "сын" if cmale else "дочь"
    f["c_syn"] = "сына" if cmale else "дочери"
    f["c_rebenok"] = "мальчик" if cmale else "девочка"
    f["c_ik"] = "ик" if cmale else "ица"  # учен{ik}
    f["c_nik"] = "ник" if cmale else "ница"  # воспитан{nik}
    f["c_ego"] = "его" if cmale else "её"
    f["c_on"] = "он" if cmale else "она"
    f["c_a"] = "" if cmale else "а"
    f["c_yi"] = "ый" if cmale else "ая"
    f["c_omu"] = "ому" if cmale else "ой"
    f["c_ii"] = "ий" if cmale else "ая"
    f["c_ei"] = "ему" if cmale else "ей"
    f["c_gosex"] = "муж." if cmale else "жен."
    f["c_go"] = "го" if cmale else "й"  # несовершеннолетне{go}
    f["c_nn"] = "ий" if cmale else "яя"  # несовершеннолетн{nn}
    f["c_uch_gen"] = "ученика" if cmale else "ученицы"
    f["c_el"] = "ёл" if cmale else "ла"  # прош{el}
    f["c_ka"] = "" if cmale else "ка"  # пациент{ka}
    f["c_nk"] = "к" if cmale else "ца"  # воспитанни{nk}
    # other children (classmates, a group's list) and the staff
    for pre in ("k1", "k2", "k3", "k4", "k5"):
        f.update(person(rng, pre, foreign_ok=False))
        f[pre + "_dim"] = DIMIN31[f[pre + "_first"]][0]
    for pre in ("d", "n", "h", "e", "x", "m", "r"):
        f.update(person(rng, pre))
    f.update(person(rng, "g", False, foreign_ok=False))  # a grandmother or a guardian
    f.update(person(rng, "w", True, foreign_ok=False))  # a police officer, an investigator
    f.update(person(rng, "q2", False, foreign_ok=False))  # other mothers
    f.update(person(rng, "fp", True, foreign_ok=False))  # foster parents
    f.update(kin31("fm", False, f["fp_sur"], rng.choice(F_FIRST), rng.choice(PAT_STEMS)))
    f.update(person(rng, "q3", False))
    # birth dates: the child of school age, a teen, a toddler, a newborn; parents
    today = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 300))
    bdc = dt.date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    dates31(f, "bdc", bdc)
    f["agec"], f["agecm"] = (str(x) for x in age31(bdc, today))
    bdt = dt.date(rng.randint(2008, 2012), rng.randint(1, 12), rng.randint(1, 28))
    dates31(f, "bdt", bdt)
    f["aget"] = str(age31(bdt, today)[0])
    bdk = dt.date(rng.randint(2020, 2023), rng.randint(1, 12), rng.randint(1, 28))
    dates31(f, "bdk", bdk)
    f["agek"], f["agekm"] = (str(x) for x in age31(bdk, today))
    dates31(f, "bdi", dt.date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates31(f, "bdq", dt.date(rng.randint(1982, 2002), rng.randint(1, 12), rng.randint(1, 28)))
    dates31(f, "bdu", dt.date(rng.randint(1975, 2000), rng.randint(1, 12), rng.randint(1, 28)))
    dates31(f, "bdg", dt.date(rng.randint(1950, 1972), rng.randint(1, 12), rng.randint(1, 28)))
    for i in range(1, 6):  # classmates, teammates, a kindergarten group: of the child's age
        dates31(f, f"bk{i}", bdc + dt.timedelta(days=rng.randint(-250, 250)))
        dates31(f, f"bt{i}", bdt + dt.timedelta(days=rng.randint(-250, 250)))
        dates31(f, f"bg{i}", bdk + dt.timedelta(days=rng.randint(-250, 250)))
    bd18 = today - dt.timedelta(days=18 * 365 + rng.randint(5, 120))
    dates31(f, "bd18", bd18)
    f["pas_c_d"] = (bd18 + dt.timedelta(days=14 * 365 + rng.randint(10, 60))).strftime("%d.%m.%Y")
    # the documents' dates: six in order around ``today``
    cur = today - dt.timedelta(days=rng.randint(20, 60))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 12))
        dates31(f, f"t{i}", cur)
    t1 = dt.date(int(f["t1_y"]), int(f["t1_dm"][3:]), int(f["t1_dm"][:2]))
    for i, key in enumerate(("bdn", "bdn2", "bdn3")):  # newborns: a few days before t1
        dates31(f, key, t1 - dt.timedelta(days=rng.randint(2, 5) + 3 * i))
    start = max(bdc, bdk) + dt.timedelta(days=180)
    span = max(30, (t1 - start).days - 20)
    for i in range(1, 5):  # earlier events: vaccinations, past tests, after the births
        dates31(f, f"v{i}", start + dt.timedelta(days=rng.randint(0, span)))
    dates31(f, "tfut", today + dt.timedelta(days=rng.randint(400, 1800)))
    dates31(f, "told", dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2008, 2025), rng.choice(["dot", "dot", "words"]))
    f["pas_d2"] = date(rng, rng.randint(2008, 2025), "dot")
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    f["uy"] = f"{today.year}/{(today.year + 1) % 100:02d}"  # a school year: not labelled
    t0 = rng.randint(8 * 60, 13 * 60)
    for i in range(1, 6):
        t0 += rng.randint(4, 70)
        f[f"tm{i}"] = f"{t0 // 60:02d}:{t0 % 60:02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr31(rng)
        f[f"ph{i}"] = mob31(rng)
    f["ph4"] = mob31(rng)
    f["al1"] = aloc31(rng)
    f["a_br"] = abr31(rng)
    f["ar"] = arur31(rng)
    f["ao"], f["ao2"] = aorg31(rng), aorg31(rng)
    f["phc1"], f["phc2"] = city31(rng), city31(rng)
    f["ph_br"] = brk31(rng)
    f["gl_pre"], f["gl_ph"] = glue31(rng)
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail31(rng, f["q_sur"], f["q_first"], int(f["bdq_y"]))
    f["m2"] = mail31(rng, f["u_sur"], f["u_first"], int(f["bdu_y"]))
    f["md"] = mail31(rng, f["d_sur"], f["d_first"], 80 + rng.randint(0, 19))
    f["mo"], f["mo2"] = rng.choice(MAIL_POLY31), rng.choice(MAIL_HOSP31)
    f["mo_sp"], f["mo_mgk"] = rng.choice(MAIL_SPORT31), rng.choice(MAIL_MGK31)
    f["mo_fund"] = rng.choice(MAIL_FUND31)
    f["sn_c"], f["sn_q"], f["sn_u"], f["sn_c2"] = (snils(rng) for _ in range(4))
    f["enp_c"], f["enp_q"], f["enp_c2"] = (enp31(rng) for _ in range(3))
    f["inn_q"] = inn12(rng)
    f["pas_q"], f["pas_u"], f["pas_g"], f["pas_c"] = (pas31(rng) for _ in range(4))
    f["kpd"] = (
        f"{rng.choice(['050', '200', '060', '070', '150', '090', '260', '230', '610'])}-{rng.randint(1, 60):03d}"
    )
    f["bc"] = bc31(rng)
    f["bc2"] = bc31(rng)
    f["bc_ocr"] = bc31(rng, ocr_ok=True)
    f["bc_k"] = [bc31(rng) for _ in range(5)]
    for i in range(1, 6):
        f[f"bck{i}"] = f["bc_k"][i - 1]
    del f["bc_k"]
    # numbers of one child or parent
    for key in REC31:
        f[key] = rec31(rng, key)
        f[key + "2"] = rec31(rng, key)
        f[key + "3"] = rec31(rng, key)
    f["h112_br"] = brk_at(rec31(rng, "h112"))
    f["v156_br"] = brk_at(rec31(rng, "v156"))
    f["neo_bar"] = shape31(rng, "2600####0###")  # the card's 12-digit barcode
    f["neo_bar2"] = shape31(rng, "2600####0###")
    f["f103_ser"] = shape31(rng, rng.choice(["##", "##0"]))  # the 103/у's series: not labelled
    f["mse_ser"] = rng.choice(["МСЭ-2023", "МСЭ-2021", "МСЭ-2024"])  # series: not labelled
    f["camp_ser"] = rng.choice(["ДЛ", "АА", "ЛО", "КК"])  # voucher's series: not labelled
    # hard negatives
    f["org"], f["org2"] = rng.sample(ORGS31, 2)
    f["poly"], f["poly2"] = rng.sample(POLY31, 2)
    f["school"], f["school2"] = rng.sample(SCHOOLS31, 2)
    f["dou"] = rng.choice(DOU31)
    f["grp"] = rng.choice(GROUPS31)
    f["village"] = rng.choice(RURAL31)[0]  # a ФАП's name: not labelled
    f["camp_name"] = rng.choice(CAMPS31)
    f["sanat"] = rng.choice(SANAT31)
    cl = max(1, min(11, int(f["agec"]) - 6))
    clt = max(7, min(11, int(f["aget"]) - 6))
    f["cl"] = str(cl)
    f["lit"] = rng.choice("АБВГД")
    lit_t = rng.choice("АБВГ")
    f["klass"] = rng.choice([f"{cl} «{f['lit']}»", f"{cl}-{f['lit']}", f"{cl}«{f['lit']}»"])
    f["klass_t"] = rng.choice([f"{clt} «{lit_t}»", f"{clt}-{lit_t}", f"{clt}{lit_t}"])
    f["kl"] = f"{cl}{f['lit']}"
    for i in range(1, 5):
        vname, vser = rng.choice(VACC31)
        f[f"vac{i}"] = vname
        f[f"vs{i}"] = shape31(rng, vser)
    f["st1"], f["st2"] = rng.sample(STAGES31, 2)
    f["mmr"] = rng.choice(["Вактривир", "Приорикс", "М-М-Р II"])
    f["icd"] = ICD31
    law = rng.choice(LAWS31)
    f["law"], f["law_d"], f["law_n"] = law
    order = rng.choice(ORDERS31)
    f["ord"], f["ord_d"], f["ord_n"] = order
    f["sanpin"] = rng.choice(SANPIN31)
    f["lic"] = rng.choice(LIC31)
    f["edu_ord"] = shape31(rng, rng.choice(["###-о", "##/01-##", "###-п", "##-ОД"]))
    f["sch_ord"] = shape31(rng, rng.choice(["##-у", "###-к", "##/уч"]))
    f["outno"] = shape31(rng, rng.choice(["##-##/####", "####/01-##", "##/###", "01-##/###"]))
    f["kdn_case"] = shape31(rng, rng.choice(["##/2026", "###-к/26", "##-КДН"]))  # not labelled
    f["kdn_res"] = shape31(rng, rng.choice(["##/###", "###/##"]))  # resolution: not labelled
    f["bureau"] = str(rng.randint(1, 24))
    f["room"] = str(rng.randint(101, 340))
    f["bed"] = str(rng.randint(1, 30))
    f["otr"] = str(rng.randint(1, 12))
    f["smena"] = str(rng.randint(1, 4))
    f["queue"] = str(rng.randint(12, 480))
    f["ogrn"] = shape31(rng, "10#0#0#######")
    f["inn_org"] = shape31(rng, "0#########")
    f["card4"] = shape31(rng, "####")
    f["sum"] = f"{rng.randint(12, 980) * 1000:,}".replace(",", " ")
    # measurements
    f["ht"] = str(rng.randint(96, 176))
    f["wt"] = num31(rng, 20, 58)
    f["wt_k"] = num31(rng, 11, 21)
    f["bmi"] = num31(rng, 13.5, 24.5)
    f["pc"] = rng.choice(
        ["P25–50", "50–75‰", "3-й коридор", "P75", "SDS +0,6", "4-й центильный коридор"]
    )
    f["pc2"] = rng.choice(["P10–25", "25–50‰", "5-й коридор", "P50", "SDS −1,1"])
    f["mm"] = str(rng.randint(5, 17))
    f["mm2"] = str(rng.randint(0, 14))
    f["hg"] = rng.choice(["I", "II", "II", "III", "IV"])
    f["fg"] = rng.choice(["основная", "подготовительная", "специальная «А»"])
    f["vis"] = rng.choice(["1,0/1,0", "0,8/0,9", "0,5/0,6", "0,3/0,4", "1,0/0,7"])
    f["dptr"] = rng.choice(["−1,5", "−2,25", "+1,0", "−0,75", "−3,0"])
    f["db"] = str(rng.randint(15, 70))
    f["temp"] = num31(rng, 36.4, 39.6)
    f["hb"] = str(rng.randint(98, 142))
    f["small"] = str(rng.randint(2, 30))
    f["cnt"] = str(rng.randint(6, 34))
    f["pct"] = str(rng.randint(20, 95))
    return f


def enp31(rng: random.Random) -> str:
    """A child's or a parent's ENP with a southern region's prefix."""
    region = rng.choice(["05", "20", "06", "07", "15", "09", "01", "08", "26", "23", "61"])
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(13))
    d = body + luhn_digit(body)
    if rng.random() < 0.25:
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"
    return d


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape31(rng, m.group(1)), template)
    fill = fillers31(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 31: genres and kinds
# one kind per specialty: (ID in «Номенклатура специальностей», genre, template); no template
# is shared
GENRES31: list[tuple[int, str, str]] = [
    (
        22,
        "ответ участкового педиатра на запрос органа опеки о состоянии здоровья подопечного",
        """{poly}
[[A:{ao}]], тел. регистратуры [[T:{phc1}]], [[E:{mo}]]
Лицензия № {lic}
Исх. № {outno} от [[D:{t3}]]
                                        Начальнику отдела опеки и попечительства
                                        [[P:{x_s_dat}]]
На запрос № <<##/##-###>> от [[D:{t1}]] (вх. № [[R:{vh}]] от [[D:{t2}]]) сообщаем:
несовершеннолетн{c_nn} [[P:{c}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]],
находящ{c_ii}ся под опекой [[P:{g_gen}]] (распоряжение № [[R:{opeka}]] от [[D:{told}]]),
наблюдается в поликлинике с рождения, история развития ребёнка ф. 112/у № [[R:{h112}]].
Диагноз: {icd[exam]} — здоров{c_a}. Группа здоровья {hg}, физкультурная группа — {fg}.
Рост {ht} см ({pc}), масса {wt} кг ({pc2}). Привит{c_a} по возрасту (национальный календарь, приказ Минздрава России от [[D:06.12.2021]] № 1122н);
последняя прививка — {vac1} ({st1}), серия {vs1}, [[D:{v1}]].
Проба Манту от [[D:{v2}]] — папула {mm} мм; консультирован{c_a} фтизиатром, карта ПТД № [[R:{ptd}]].
Полис ОМС ребёнка [[O:{enp_c}]], СНИЛС [[S:{sn_c}]].
Посещений за год: {cnt}. Опекун на приёмы являлась регулярно, тел. опекуна [[T:{ph1}]].
Участковый врач-педиатр ________ [[P:{d_s}]]
Заведующая педиатрическим отделением ________ [[P:{h_s}]]""",
    ),
    (
        15,
        "карта (бланк-тест) неонатального скрининга и сопроводительный реестр в медико-генетическую консультацию",
        """БЛАНК-ТЕСТ НЕОНАТАЛЬНОГО СКРИНИНГА   № [[R:{neo}]]
||||| ||| |||| ||||| [[R:{neo_bar}]]
Медицинская организация: {org}, отделение новорождённых
ФИО матери: [[P:{q}]]   Дата рождения матери: [[B:{bdq}]]
Ребёнок: {c_rebenok}, дата рождения [[B:{bdn}]] в {tm1}, масса при рождении <<###0>> г, срок гестации <<3#>> нед.
Дата взятия крови: [[D:{t1}]] (на <<#>>-е сутки)   Доношенный ☑  Недоношенный ☐  Трансфузия ☐
История развития новорождённого № [[R:{ib}]]
Адрес выписки: [[A:{a1}]]
Телефон матери: [[T:{ph1}]]   СНИЛС матери: [[S:{sn_q}]]
Взял: м/с [[P:{n_s}]]
-------------------------------------------------------------------
РЕЕСТР бланков, направленных в МГК [[D:{t2}]] (курьер, партия <<##>>, бланк-тестов: {cnt})
№ п/п | № бланк-теста | мать                | д.р. ребёнка
1     | [[R:{neo}]]   | [[P:{q_s}]]         | [[B:{bdn_dm}]]
2     | [[R:{neo2}]]  | [[P:{q2_s}]]        | [[B:{bdn2_dm}]]
3     | [[R:{neo3}]]  | [[P:{q3_s}]]        | [[B:{bdn3_dm}]]
Фильтровальная бумага: серия {vs2}, годна до {exp_m}. Отправил: [[P:{n_s}]], тел. отделения [[T:{phc2}]]""",
    ),
    (
        221,
        "журнал обращений в медицинский кабинет школы, который ведёт медицинская сестра",
        """{school} — медицинский кабинет (каб. {room})
ЖУРНАЛ РЕГИСТРАЦИИ ОБРАЩЕНИЙ ОБУЧАЮЩИХСЯ, {uy} уч. г.    Лист <<#>>
Дата  | Время | ФИО ученика           | Класс | Жалобы / помощь                          | Родителям сообщено
[[D:{t1_dm}]] | {tm1} | [[P:{c_s}]]        | {kl}  | t {temp}, боль в горле; отпущен{c_a} домой с мамой | [[P:{q_io}]], [[T:{ph1}]]
[[D:{t1_dm}]] | {tm2} | [[P:{k1_s}]]       | {cl}Б | ушиб колена на физкультуре, холод          | [[T:{ph2}]]
[[D:{t2_dm}]] | {tm3} | [[P:{k2_fi}]]      | {cl}В | головная боль, АД 100/60; отдых 20 мин.    | —
[[D:{t3_dm}]] | {tm4} | [[P:{k3_sur} {k3_first}]] | {kl} | носовое кровотечение; остановлено  | бабушке, [[T:{ph3}]]
[[D:{t4_dm}]] | {tm5} | [[P:{c_sur} {c_first}]] | {kl} | повторно: кашель; справку от педиатра не принесли | [[T:{ph1}]] (не дозвонилась)
Примечание м/с: у [[P:{c_fi_gen}]] медкарта ф. 026/у № [[R:{k026}]] без данных о R-Манту за {v2_y} г. — запросить у мамы.
Медсестра [[P:{n_s}]]; проверено врачом [[P:{d_s}]] [[D:{t5}]]""",
    ),
    (
        159,
        "медицинская карта ребёнка для образовательных учреждений ф. 026/у-2000: титульный лист и итоги профилактического осмотра",
        """Министерство здравоохранения Российской Федерации        Медицинская документация
{poly}                                        Форма № 026/у-2000
                                                          утв. приказом Минздрава РФ от [[D:03.07.2000]] № 241
МЕДИЦИНСКАЯ КАРТА РЕБЁНКА для образовательных учреждений № [[R:{k026}]]
1. Фамилия, имя, отчество: [[P:{c_up}]]
2. Дата рождения: [[B:{bdc}]]   3. Пол: {c_gosex}
4. Домашний адрес: [[A:{a_br}]]
5. Образовательное учреждение: {school}, класс {klass}; ученический билет № [[R:{stud}]]
6. Полис ОМС [[O:{enp_c}]]   СНИЛС [[S:{sn_c}]]
7. Мать: [[P:{q}]], тел. [[T:{ph1}]]; отец: [[P:{u}]], тел. [[T:{ph2}]]
8. История развития ф. 112/у № [[R:{h112}]] ({poly2})
ПРОФИЛАКТИЧЕСКИЙ МЕДИЦИНСКИЙ ОСМОТР НЕСОВЕРШЕННОЛЕТНЕГО (приказ Минздрава России от [[D:10.08.2017]] № 514н)
Дата: [[D:{t2}]]. Рост {ht} см, масса {wt} кг, ИМТ {bmi} ({pc}). Острота зрения {vis}. АД 1<<0#>>/<<6#>>.
Заключение: группа здоровья {hg}; медицинская группа для занятий физкультурой — {fg}; диагноз {icd[scol]} (нарушение осанки).
Рекомендовано: ЛФК, осмотр ортопеда через 6 мес.
Врач-педиатр [[P:{d_s}]]      Медсестра [[P:{n_s}]]""",
    ),
    (
        154,
        "справка об эпидемиологическом окружении ребёнка (отсутствии контактов с инфекционными больными)",
        """{poly}
[[A:{ao}]]
СПРАВКА № [[R:{epid}]]
об отсутствии контакта с инфекционными больными (эпидокружение)
Дана [[P:{c_dat}]], [[B:{bdk_rom}]] г.р., проживающ{c_ei} по адресу: [[A:{a1}]],
посещающ{c_ei} {dou}, {grp},
в том, что в течение последних 21 дня контакта с инфекционными больными по месту жительства и в ДОУ не имел{c_a}.
Карантина в группе нет (по данным ДОУ на [[D:{t3_dm}]]). Случаев кори, ветряной оспы, COVID-19 в доме не зарегистрировано.
Справка выдана для госпитализации в {org} (направление на плановую госпитализацию, ИБ будет заведена при поступлении).
Срок действия — 3 дня. Дата выдачи: [[D:{t4_q}]]
Врач-эпидемиолог [[P:{d_s}]]   тел. эпидотдела [[T:{phc2}]]
Законный представитель: мать [[P:{q_s}]], тел. [[T:{ph1}]]""",
    ),
    (
        29,
        "направление на консультацию к фтизиатру по результатам пробы Манту и ответ противотуберкулёзного диспансера",
        """НАПРАВЛЕНИЕ № [[R:{mnt}]]
в противотуберкулёзный диспансер (ф. 057/у-04)
Ф.И.О. ребёнка: [[P:{c}]]   Дата рождения: [[B:{bdc_sh}]]
Школа: {school}, {klass} кл.; медкарта ф. 026/у № [[R:{k026}]]
Адрес: [[A:{a2}]]; телефон законного представителя: [[T:{ph1}]] ([[P:{q_io}]])
Проба Манту с 2 ТЕ ППД-Л от [[D:{t1}]]: папула {mm} мм (в {v3_y} г. — {mm2} мм); вираж/нарастание ≥ 6 мм.
Туберкулин серия <<###>>. Вакцинация БЦЖ-М в роддоме, рубчик 4 мм.
Диагноз при направлении: {icd[mnt]}. Направление выдано согласно приказу Минздрава России от [[D:21.03.2017]] № 124н.
Врач-педиатр [[P:{d_s}]]  [[D:{t1}]]
----------------------------------------------------------------------
ОТВЕТ ПТД. [[P:{c_s}]] осмотрен{c_a} [[D:{t3}]]; карта ПТД № [[R:{ptd}]].
Диаскинтест от [[D:{t3_dm}]]: отрицательный (уколочная реакция). R-графия ОГК от [[D:{t4}]] — без патологии.
Заключение: туберкулёзная инфекция не выявлена; может посещать ОО. Диагноз — {icd[tbc]} не подтверждён.
Врач-фтизиатр [[P:{h_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        32,
        "отказ законного представителя от профилактических прививок, оформленный в кабинете иммунопрофилактики",
        """ОТКАЗ ОТ ПРОФИЛАКТИЧЕСКИХ ПРИВИВОК
(в соответствии со {law} от [[D:{law_d}]] {law_n})
Рег. № [[R:{otk}]]
Я, [[P:{u}]], паспорт [[Q:{pas_u}]] выдан [[D:{pas_d}]], код подразделения {kpd},
являясь законным представителем (отцом) несовершеннолетне{c_go} [[P:{c_gen}]], [[B:{bdk_w}]] г.р.,
свидетельство о рождении [[C:{bc}]], полис ОМС [[O:{enp_c}]],
отказываюсь от проведения прививки против кори, краснухи, эпидемического паротита (Вактривир, серия {vs2}, {st1})
и против гриппа (Ультрикс Квадри, сезон {uy}).
Врачом-инфекционистом [[P:{d_i}]] мне разъяснены возможные последствия отказа: запрет на временный приём в
образовательную организацию в случае массовых инфекционных заболеваний или угрозы эпидемий.
Прививочный сертификат ф. 156/у-93 № [[R:{v156}]]; история развития № [[R:{h112}]].
Адрес проживания: [[A:{a1}]]; тел. [[T:{ph2}]]
Подпись: __________ /[[P:{u_s}]]/     Дата: [[D:{t2}]]
Врач ________ [[P:{d_s}]]""",
    ),
    (
        77,
        "заключение аллерголога-иммунолога о допуске к вакцинации по индивидуальному графику",
        """КОНСУЛЬТАТИВНОЕ ЗАКЛЮЧЕНИЕ АЛЛЕРГОЛОГА-ИММУНОЛОГА
{org}, КДЦ, каб. {room}
Пациент: [[P:{c}]], д.р. [[B:{bdk_roms}]], {agek} г. {agekm} мес.
Направлен{c_a}: участковым педиатром; на приёме с мамой [[P:{q_fi}]] ([[T:{ph1}]])
Амб. карта № [[R:{ib}]]; СНИЛС ребёнка [[S:{sn_c}]]
Анамнез: атопический дерматит с 4 мес. ({icd[atop]}); пищевая аллергия на белок коровьего молока.
На {vac1} ({st1}) [[D:{v1}]] — местная реакция, гиперемия {mm} мм.
IgE общий 214 МЕ/мл; sIgE к белку яйца — 0,21 kU/l (класс 0).
Заключение: противопоказаний к вакцинации нет. Вакцинация по индивидуальному графику:
  {st2} — {vac2}, [[D:{t3}]], под наблюдением 60 мин.;
  ревакцинация — [[D:{t6}]].
Накануне и 3 дня после — антигистаминный препарат в возрастной дозе.
Сертификат прививок ф. 156/у-93 № [[R:{v156}]] — внести отметку.
Врач [[P:{d_s}]]   [[D:{t2}]]""",
    ),
    (
        173,
        "договор на ортодонтическое лечение несовершеннолетнего с законным представителем",
        """ДОГОВОР № [[R:{dog}]] на оказание платных медицинских услуг (ортодонтическое лечение)
                                                                    [[D:{t1_q}]]
ООО «Клиника "Улыбка Кавказа"» (лицензия {lic}, ОГРН {ogrn}, ИНН {inn_org}), адрес: [[A:{ao}]],
в лице главного врача [[P:{h_gen}]], действующего на основании Устава («Исполнитель»), и
[[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas_q}]], выдан [[D:{pas_d}]], к/п {kpd},
зарегистрированн{q_yi} по адресу: [[A:{a1}]], тел. [[T:{ph1}]], e-mail [[E:{m1}]] («Заказчик»),
действующ{q_ii} в интересах несовершеннолетне{c_go} [[P:{c_gen}]], [[B:{bdc}]] г.р.
(свидетельство о рождении [[C:{bc}]], СНИЛС [[S:{sn_c}]]) («Пациент»), заключили договор:
1.1. Исполнитель оказывает Пациенту ортодонтическое лечение (брекет-система, верхняя и нижняя челюсть) по плану
лечения № <<##>> к медицинской карте стоматологического пациента № [[R:{ib}]]. Стоимость: {sum} руб.
1.2. Срок лечения — 18–24 мес. Первое посещение — [[D:{t2}]].
Заказчик ________ [[P:{q_s}]]      Исполнитель ________ [[P:{h_s}]]
Лечащий врач-ортодонт: [[P:{d}]]""",
    ),
    (
        174,
        "список учащихся на плановую санацию полости рта в школьном стоматологическом кабинете",
        """{school}, школьный стоматологический кабинет (каб. {room})
СПИСОК учащихся {klass} класса на плановую санацию, [[D:{t1}]]–[[D:{t3}]]
(согласия родителей получены, хранятся у классного руководителя [[P:{m_s_gen}]])
№ | ФИО                  | дата рожд.        | кпу/кп   | санирован | примечание
1 | [[P:{c_s}]]          | [[B:{bdc}]]       | 3/1      | [[D:{t2_dm}]] | {icd[caries]}, пломба 36, 46
2 | [[P:{k1_s}]]         | [[B:{bk1}]]       | 0        | —         | санации не требует
3 | [[P:{k2_s}]]         | [[B:{bk2}]]       | 2        | [[D:{t3_dm}]] | направлен к ортодонту
4 | [[P:{k3_s}]]         | [[B:{bk3_sh}]]    | 5/2      | нет       | отказ мамы, тел. [[T:{ph3}]]
5 | [[P:{k4_s}]]         | [[B:{bk4}]]       | 1        | [[D:{t2_dm}]] | —
Итого осмотрено {cnt}, нуждаются в санации — {small}.
Врач-стоматолог детский [[P:{d_s}]]; медсестра [[P:{n_s}]]
Для связи с родителями [[P:{c_gen}]] — [[T:{ph1}]] (мама, [[P:{q_io}]]).""",
    ),
    (
        233,
        "журнал гигиениста стоматологического в детском саду (уроки гигиены, покрытие фторлаком)",
        """{dou}
ЖУРНАЛ ГИГИЕНИСТА СТОМАТОЛОГИЧЕСКОГО, {grp}
Дата [[D:{t1_sh}]]. Урок гигиены полости рта (15 мин.), детей: {cnt}.
Покрытие фторлаком (согласия законных представителей — в папке группы):
— [[P:{c_fi}]], [[B:{bdk_rom}]] — индекс Фёдорова-Володкиной 1,8; покрыто
— [[P:{k1_fi}]], [[B:{bg1_rom}]] — 2,3; покрыто
— [[P:{k2_dim}]] ([[P:{k2_s}]]) — отказ, плачет; повтор [[D:{t2_dm}]]
— [[P:{k3_fi}]] — отказ родителей (отец [[P:{u_io}]], по тел. [[T:{ph2}]])
Фторлак, серия {vs1}, годен до {exp_m}.
Воспитатель: [[P:{m_s}]]; Гигиенист стоматологический [[P:{n_s}]]
Замечание: [[P:{c_dim}]] — кариес 74, 84; маме ([[T:{ph1}]]) выдано направление к детскому стоматологу в {poly}.""",
    ),
    (
        34,
        "карта, получающего физиотерапевтическое лечение (ф. 044/у), на ребёнка",
        """{org}, физиотерапевтическое отделение
КАРТА, ПОЛУЧАЮЩЕГО ФИЗИОТЕРАПЕВТИЧЕСКОЕ ЛЕЧЕНИЕ № [[R:{f044}]]  (ф. 044/у)
Ф.И.О.: [[P:{c}]]   Возраст: {agec} лет   Дата рождения: [[B:{bdc_d1}]]
Амб. карта/история развития № [[R:{h112}]]   Направил врач: [[P:{d_s}]]
Диагноз: {icd[asthma]}, лёгкое персистирующее течение; {icd[aden]} (гипертрофия аденоидов II ст.)
Назначено: 1) ингаляции небулайзерные, № 10; 2) КУФ на область зева и носа, № 6, биодоза 1/2;
3) электрофорез с хлоридом кальция на воротниковую зону, № 8.
Процедуры: {tm1} — [[D:{t1_dm}]], [[D:{t2_dm}]], [[D:{t3_dm}]] … (аппарат «Поток-1», зав. № 0<<####>>)
Переносимость удовлетворительная. Курс окончен [[D:{t4}]].
Законный представитель: [[P:{q_s}]], тел. [[T:{ph1}]]
Врач-физиотерапевт [[P:{e_s}]]   Медсестра [[P:{n_s}]]""",
    ),
    (
        227,
        "переписка медицинской сестры физиотерапевтического кабинета с родителями в мессенджере",
        """Чат «Физиокабинет ДП — запись», экспорт
[[D:{t1_dm}]] {tm1} Медсестра [[P:{n_fi}]]: Здравствуйте! [[P:{c_dim} {c_sur}]] завтра на электрофорез к 15:30, каб. {room}. Не забудьте пелёнку.
[[D:{t1_dm}]] {tm2} [[P:{q_first}]] (мама): Здравствуйте) а можно перенести на четверг? у нас температура {temp}
[[D:{t1_dm}]] {tm3} Медсестра: Тогда процедуры прерываем, после больничного нужна справка педиатра. Карта 044/у № [[R:{f044}]] у меня.
[[D:{t2_dm}]] {tm4} [[P:{q_first}]] (мама): Справку взяли, педиатр [[P:{d_s}]], вот фото, там написано «может продолжить с [[D:{t3_wd}]]»
[[D:{t2_dm}]] {tm5} Медсестра: Хорошо, записала на [[D:{t3_dm}]]. Если не дозвонюсь — на какой номер звонить?
[[D:{t2_dm}]] {tm5} [[P:{q_first}]] (мама): папе, [[T:{ph2}]], или мне {gl_pre}[[T:{gl_ph}]]
Вложение: IMG_<<####>>.jpg (справка от [[D:{t2}]], медкарта [[R:{h112}]])""",
    ),
    (
        230,
        "список группы лечебной физкультуры для детей с нарушениями осанки и сколиозом и журнал посещений",
        """{poly}, зал ЛФК (каб. {room})
ГРУППА ЛФК «Сколиоз/осанка», дети 7–12 лет, вторник/пятница {tm1}
Инструктор-методист ЛФК [[P:{n_s}]]
№ | ФИО ребёнка        | д.р.            | диагноз     | 112/у           | телефон родителя
1 | [[P:{c_s}]]        | [[B:{bdc_sh}]]  | {icd[scol]} | [[R:{h112}]]    | [[T:{ph1}]]
2 | [[P:{k1_s}]]       | [[B:{bk1_sh}]]  | M40.2       | [[R:{h1122}]]   | [[T:{ph2}]]
3 | [[P:{k2_s}]]       | [[B:{bk2_sh}]]  | M41.1       | [[R:{h1123}]]   | [[T:{ph3}]]
4 | [[P:{k3_s}]]       | [[B:{bk3_sh}]]  | Q66.8       | —               | [[T:{ph4}]]
Посещаемость, {t1_my}: [[D:{t1_dm}]] — 4/4; [[D:{t2_dm}]] — 3/4 (отсутствовал(а): [[P:{k2_dim}]]); [[D:{t3_dm}]] — 4/4
Контроль ортопеда [[P:{d_s}]] [[D:{t5}]]: у [[P:{c_gen}]] угол Кобба 12° (было 15°).""",
    ),
    (
        59,
        "именной список спортивной школы на углублённый медицинский осмотр (УМО) несовершеннолетних спортсменов",
        """МБУ ДО «Спортивная школа олимпийского резерва по вольной борьбе им. Али Алиева»
[[A:{ao}]], тел. [[T:{phc1}]]
В ГБУ «Республиканский врачебно-физкультурный диспансер»
ЗАЯВКА на УМО (приказ Минздрава России от [[D:23.10.2020]] № 1144н), отделение вольной борьбы, тренер [[P:{m}]]
№ | ФИО                | дата рожд.     | разряд   | УИН ГТО            | полис ОМС
1 | [[P:{c}]]          | [[B:{bdt}]]    | КМС      | [[R:{gto}]]        | [[O:{enp_c}]]
2 | [[P:{k1}]]         | [[B:{bt1}]]    | I юн.    | [[R:{gto2}]]       | [[O:{enp_c2}]]
3 | [[P:{k2}]]         | [[B:{bt2_d1}]] | II юн.   | —                  | в работе
Предыдущее заключение [[P:{c_gen}]]: № [[R:{sport}]] от [[D:{told}]] — допущен{c_a} к соревнованиям.
Законные представители уведомлены; контакт мамы [[P:{c_gen}]]: [[T:{ph1}]].
Директор СШОР ________ [[P:{h_s}]]   Исп. [[P:{e_s}]], [[E:{mo_sp}]]""",
    ),
    (
        81,
        "направление детского кардиолога на высокотехнологичную медицинскую помощь (талон ВМП) ребёнку с пороком сердца",
        """ТАЛОН НА ОКАЗАНИЕ ВМП № [[R:{vmp}]]
Дата оформления: [[D:{t1}]]   Профиль: сердечно-сосудистая хирургия (дети)
Пациент: [[P:{c}]], пол {c_gosex}, д.р. [[B:{bdk}]]
Документ: свидетельство о рождении [[C:{bc}]]; СНИЛС [[S:{sn_c}]]; полис [[O:{enp_c}]]
Адрес регистрации: [[A:{a1}]]
Законный представитель: [[P:{q}]], паспорт [[Q:{pas_q}]], тел. [[T:{ph1}]]
Диагноз: {icd[asd]} — дефект межпредсердной перегородки вторичный, 9 мм, Qp/Qs 1,8.
Направляющая МО: {poly}; детский кардиолог [[P:{d_s}]], тел. [[T:{phc1}]]
Принимающая МО: ФГБУ «НМИЦ ССХ им. А.Н. Бакулева» Минздрава России
Протокол ВК о направлении № <<##>> от [[D:{t1}]]; статус: «ожидает госпитализации», плановая дата — [[D:{t4}]].""",
    ),
    (
        45,
        "письмо-вызов родителям на госпитализацию ребёнка для кардиохирургической операции",
        """Уважаемая [[P:{q_io}]]!
Кардиохирургическое отделение {org} приглашает Вас с ребёнком [[P:{c_ins}]], [[B:{bdk_w}]] г.р.,
на плановую госпитализацию [[D:{t4_w}]] к 08:00 (приёмное отделение, корпус 2).
Номер талона ВМП [[R:{vmp}]]; история болезни будет заведена при поступлении.
При себе иметь: свидетельство о рождении ребёнка ([[C:{bc}]]), полис ОМС [[O:{enp_c}]], СНИЛС [[S:{sn_c}]],
Ваш паспорт, выписку из 112/у (№ [[R:{h112}]]), сертификат прививок, справку об эпидокружении (не ранее чем за 3 дня),
анализы: ОАК, ОАМ, кал на я/г и энтеробиоз (не ранее [[D:{t3}]]), ЭКГ, ЭхоКГ.
Совместное пребывание матери — по справке ф. 027/у. Диагноз: {icd[asd]}.
Контакты отделения: [[T:{phc2}]], [[E:{mo2}]]. Кардиохирург [[P:{d}]].
Письмо направлено [[D:{t2}]] на [[E:{m1}]] и продублировано SMS на [[T:{ph1}]].""",
    ),
    (
        83,
        "дневник самоконтроля гликемии, пересланный мамой детскому эндокринологу в мессенджер",
        """[[P:{q_fi}]] → [[P:{d_io}]] (эндокринолог), WhatsApp
[[D:{t2_dm}]] {tm1}: [[P:{d_io}]], добрый день! Это мама [[P:{c_gen}]] ([[P:{c_dim}]]), [[B:{bdc}]] г.р., карта № [[R:{ib}]]. Пересылаю дневник за неделю:
  [[D:{t1_dm}]]: 5,8 / 11,2 / 7,4 / 13,1 (после плова 🙈)
  [[D:{t2_dm}]]: 6,1 / 9,0 / 4,2 (гипо на физре, выпил{c_a} сок) / 8,8
Базальный 14 ед, на ХЕ 1:1,5. Помпу в школе отключали в медкабинете — медсестра [[P:{n_s}]], {school}.
{tm2} Эндокринолог: Спасибо. Вечерний базал уменьшить на 1 ед. Гипо на физкультуре — перекус 1 ХЕ до урока.
Пришлите фото выгрузки с сенсора. И напомню: перерегистрация в регистре СД, номер [[R:{reg}]], до [[D:{t5_wd}]].
{tm3} [[P:{q_first}]]: хорошо. Ещё вопрос по путёвке в санаторий для диабетиков — заявление на Госуслугах № [[R:{gu}]]
{tm4} Эндокринолог: Справку 070/у подготовлю, заберите в каб. {room} или позвоните [[T:{phc1}]] доб. {ext}""",
    ),
    (
        84,
        "справка диетолога о специальном (лечебном) питании ребёнка в детском саду",
        """{org}, кабинет врача-диетолога
СПРАВКА о необходимости специального питания
Ребёнок: [[P:{c}]], [[B:{bdk_d1}]] г.р.
Посещает: {dou}, {grp}
Диагноз: {icd[atop]}; аллергия на белок коровьего молока (IgE-опосредованная), целиакия исключена.
Исключить: молоко и молочные продукты, говядину, яйцо (допустимо в выпечке). Замена — козье молоко? НЕТ; смесь на основе
гидролизата. Меню-раскладка согласована с ДОУ по {sanpin}.
Справка действительна до {exp_m}. Медкарта ДОУ (ф. 026/у) № [[R:{k026}]].
Выдана законному представителю [[P:{q_s_dat}]] [[D:{t2}]].
Врач-диетолог [[P:{d_s}]], тел. для связи с ДОУ [[T:{phc1}]]""",
    ),
    (
        231,
        "ведомость выдачи лечебного питания детям в оздоровительном лагере за смену (медицинская сестра диетическая)",
        """{camp_name}, {smena}-я смена ([[D:{t1}]] — [[D:{t5}]])
ВЕДОМОСТЬ детей, получающих индивидуальное (диетическое) питание
№ | Ф.И. ребёнка          | отряд | диета / исключить             | основание (справка 079/у №)
1 | [[P:{c_fi}]]          | {otr}  | безглютеновая                | [[R:{f079}]]
2 | [[P:{k1_fi}]]         | 3      | без орехов, мёда             | [[R:{f0792}]]
3 | [[P:{k2_fi}]]         | {otr}  | стол 5 (после гепатита А)    | [[R:{f0793}]]
4 | [[P:{k3_fi}]]         | 7      | без цитрусовых               | со слов мамы, тел. [[T:{ph3}]]
Путёвка [[P:{c_gen}]]: серия {camp_ser} № [[R:{camp}]]. Мама ([[P:{q_s}]]) просила звонить при любых жалобах: [[T:{ph1}]].
Диетсестра [[P:{n_s}]]; старший вожатый [[P:{m_s}]]; врач лагеря [[P:{d_s}]]""",
    ),
    (
        14,
        "заключение врача-невролога для психолого-медико-педагогической комиссии (ПМПК)",
        """{poly}
Для представления в ТПМПК
ЗАКЛЮЧЕНИЕ ВРАЧА-НЕВРОЛОГА
Ф.И.О. ребёнка: [[P:{c}]]   Дата рождения: [[B:{bdk_rom}]]   Возраст: {agek} л. {agekm} мес.
Адрес: [[A:{a2}]]
Посещает {dou}, {grp}
Анамнез: от II беременности, роды в срок, вес 3200; ходит с 1 г. 2 мес., первые слова — после 2 лет.
Неврологический статус: ЧМН без особенностей; мышечный тонус диффузно снижен; координаторные пробы — с интенцией.
ЭЭГ от [[D:{t1}]] — без эпилептиформной активности.
Диагноз: {icd[speech]} — задержка речевого развития, моторная алалия?; синдром мышечной гипотонии.
Рекомендовано: занятия с логопедом и дефектологом; повторно через 6 мес.; решение ПМПК о форме обучения.
Ранее: заключение ПМПК № [[R:{pmpk2}]] от [[D:{told}]].
Дата [[D:{t2}]]   Врач-невролог [[P:{d_s}]]   Мама: [[P:{q}]], [[T:{ph1}]]""",
    ),
    (
        23,
        "переводной эпикриз воспитанника дома ребёнка в детский дом-интернат (врач-психиатр)",
        """ГКУЗ «Специализированный дом ребёнка «Малютка»»
ПЕРЕВОДНОЙ ЭПИКРИЗ
Воспитанни{c_nk} [[P:{c}]], [[B:{bdk}]] г.р. (свидетельство о рождении [[C:{bc_ocr}]]),
личное дело № [[R:{ld}]], переводится в ГБУ СО «Детский дом-интернат для умственно отсталых детей»
на основании распоряжения органа опеки № [[R:{opeka}]] от [[D:{t2}]] и заключения ПМПК № [[R:{pmpk}]].
Статус: оставшийся без попечения родителей; мать [[P:{q}]] лишена родительских прав (решение суда по делу № 2-<<####>>/2025), отец не установлен.
СНИЛС [[S:{sn_c}]]; полис ОМС [[O:{enp_c}]].
Диагноз: {icd[autism]} — детский аутизм; F79.0? — уточнить. Группа здоровья V. Ребёнок-инвалид, МСЭ справка серии {mse_ser} № [[R:{mse}]], ИПРА № [[R:{ipra}]].
Прививки: по индивидуальному графику, сертификат № [[R:{v156}]].
Сопровождает воспитатель [[P:{m_s}]]; дата перевода [[D:{t3}]].
Врач-психиатр [[P:{d_s}]]; главный врач [[P:{h_s}]], тел. [[T:{phc1}]]""",
    ),
    (
        98,
        "информация врача-психотерапевта в комиссию по делам несовершеннолетних и защите их прав о работе с подростком",
        """В комиссию по делам несовершеннолетних и защите их прав
администрации муниципального образования (на № {outno} от [[D:{t1}]], дело № {kdn_case})
ИНФОРМАЦИЯ
Несовершеннолетн{c_nn} [[P:{c}]], [[B:{bdt_w}]] г.р., учащ{c_ii}ся {school}, {klass_t} кл.,
проживающ{c_ii} в [[A:{al1}]], состоящ{c_ii} на профилактическом учёте в ПДН ОМВД (учётная карточка № [[R:{pdn}]]),
по постановлению КДН № {kdn_res} от [[D:{told}]] направлен{c_a} на консультацию психотерапевта.
Посещения: [[D:{t2_dm}]], [[D:{t3_dm}]], [[D:{t4_dm}]] — явка с матерью ([[P:{q}]], тел. [[T:{ph1}]]); [[D:{t5_dm}]] — неявка.
Проведено 3 сеанса когнитивно-поведенческой терапии. Выраженных психических расстройств не выявлено; {icd[adhd]} — под вопросом, рекомендована консультация психиатра.
Сведения предоставлены на основании п. 3 ч. 4 ст. 13 Федерального закона от [[D:21.11.2011]] № 323-ФЗ.
Амбулаторная карта № [[R:{ib}]].
Врач-психотерапевт [[P:{d_s}]]   [[D:{t6}]]   Тел. кабинета [[T:{phc1}]]""",
    ),
    (
        97,
        "информированное согласие родителя и поимённый список класса на профилактический медицинский осмотр обучающихся (раннее выявление незаконного потребления наркотиков)",
        """ПОИМЁННЫЙ СПИСОК обучающихся {school}, {klass_t} класс, подлежащих профилактическому медицинскому осмотру
(этап после социально-психологического тестирования), {uy} уч. г.
№ | ФИО                    | дата рождения     | согласие (с 15 лет — сам) | законный представитель
1 | [[P:{c}]]              | [[B:{bdt}]]        | есть                     | [[P:{q_s}]], [[T:{ph1}]]
2 | [[P:{k1}]]             | [[B:{bt1_d1}]]     | есть                     | [[P:{q2_s}]] (мать), [[T:{ph2}]]
3 | [[P:{k2}]]             | [[B:{bt2}]]        | отказ                    | —
---------------------------------------------------------------
ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ
Я, [[P:{q}]], паспорт [[Q:{pas_q}]], законный представитель [[P:{c_gen}]], [[B:{bdt_sh}]] г.р.,
даю согласие на проведение профилактического медицинского осмотра (иммунохроматографическое исследование мочи)
в соответствии с приказом Минздрава России от [[D:06.10.2014]] № 581н.
[[D:{t2}]]   ________ [[P:{q_s}]]
Врач психиатр-нарколог [[P:{d_s}]], ГБУ «Республиканский наркологический диспансер», тел. [[T:{phc2}]]""",
    ),
    (
        280,
        "акт отбора биологического объекта (мочи) у несовершеннолетнего при профилактическом осмотре (медицинская сестра)",
        """АКТ № <<###>> отбора биологического объекта
Дата: [[D:{t3}]]   Время: {tm2}   Место: {school}, медицинский кабинет
Обследуемый: [[P:{c}]], [[B:{bdt_rom}]] г.р., {klass_t} класс; шифр пробы [[R:{lab}]]
Документ, удостоверяющий личность: паспорт [[Q:{pas_c}]] / свидетельство о рождении —
Присутствовал законный представитель: [[P:{u}]] (отец), тел. [[T:{ph2}]]
Объём мочи 40 мл, t° 34 °C, рН 6,0. Тест-полоска «ИммуноХром-10-Мульти-Экспресс», серия {vs3}, годна до {exp_m}:
результат отрицательный по всем 10 группам.
Проба опечатана, контейнер № [[R:{lab}]] направлен в ХТЛ (требование от [[D:{t3}]]).
Медицинская сестра [[P:{n_s}]]   Подпись обследуемого ________   Подпись отца ________ [[P:{u_s}]]""",
    ),
    (
        100,
        "ходатайство судебно-психиатрического эксперта о предоставлении медицинской документации несовершеннолетнего подэкспертного",
        """ГБУЗ «Республиканская психиатрическая больница», отделение судебно-психиатрических экспертиз
[[A:{ao}]], тел. [[T:{phc1}]]
Исх. № {outno} от [[D:{t2}]]
Следователю СО ОМВД России по району [[P:{w_s_dat}]]
ХОДАТАЙСТВО
В производстве экспертной комиссии находится материал о проведении амбулаторной комплексной психолого-психиатрической
экспертизы несовершеннолетнего свидетеля [[P:{c_gen}]], [[B:{bdc}]] г.р. (уголовное дело № 1-<<##>>/2026; КУСП № [[R:{kusp}]]).
Для дачи заключения прошу истребовать и предоставить:
1) историю развития ребёнка ф. 112/у № [[R:{h112}]] из {poly};
2) медицинскую карту ф. 026/у № [[R:{k026}]] из {school};
3) заключение ПМПК № [[R:{pmpk}]] от [[D:{told}]];
4) характеристику классного руководителя [[P:{m_gen}]].
Законный представитель — [[P:{q}]], проживает в [[A:{al1}]], тел. [[T:{ph1}]].
Эксперт-докладчик [[P:{d_s}]]""",
    ),
    (
        26,
        "сопроводительное письмо судебно-медицинского эксперта в ПДН с выводами освидетельствования несовершеннолетнего",
        """ГБУЗ «Бюро судебно-медицинской экспертизы», районное отделение
[[A:{ao}]]
№ {outno}                                          Начальнику ПДН ОМВД России
[[D:{t4}]]                                          [[P:{w_i_dat}]]
Направляем выводы акта судебно-медицинского освидетельствования № <<###>> от [[D:{t3}]]
в отношении [[P:{c_gen}]], [[B:{bdc_w}]] г.р. (направление ПДН от [[D:{t2}]], КУСП № [[R:{kusp}]]).
Освидетельствование проведено в присутствии законного представителя — бабушки [[P:{g_gen}]], опекуна
(распоряжение органа опеки № [[R:{opeka}]]), паспорт опекуна [[Q:{pas_g}]].
ВЫВОДЫ: у несовершеннолетне{c_go} обнаружены кровоподтёки левого плеча (3), образовавшиеся от воздействия твёрдого тупого
предмета, давностью 3–5 суток; вреда здоровью не причинили (п. 9 Медицинских критериев, приказ Минздравсоцразвития России
от [[D:24.04.2008]] № 194н).
Судебно-медицинский эксперт [[P:{d_s}]]   тел. отделения [[T:{phc2}]]""",
    ),
    (
        28,
        "телефонограмма травматологического пункта в дежурную часть полиции о травме ребёнка",
        """ТЕЛЕФОНОГРАММА № [[R:{tg}]]
[[D:{t1}]]  {tm3}
Передал: м/с травмпункта {poly} [[P:{n_s}]], тел. [[T:{phc1}]]
Принял: оперативный дежурный ДЧ ОМВД [[P:{w_s}]]
Содержание: [[D:{t1_dm}]] в {tm2} в травмпункт обратил{c_sya} [[P:{c}]], [[B:{bdc_d1}]] г.р.,
проживающ{c_ii} по адресу: [[A:{a1}]], в сопровождении отца [[P:{u_gen}]] (тел. [[T:{ph2}]]).
Со слов: упал{c_a} с качелей во дворе {school}. Диагноз: S52.5 — перелом лучевой кости в типичном месте слева.
Наложена гипсовая лонгета, амбулаторная карта травмпункта № [[R:{ib}]]. Госпитализация не требуется.
Сообщено в связи с травмой несовершеннолетнего (приказ Минздрава России от [[D:24.06.2021]] № 664н).
Зарегистрировано в КУСП № [[R:{kusp}]] (со слов дежурного).""",
    ),
    (
        11,
        "информированное добровольное согласие законного представителя на операцию ребёнку в отделении детской хирургии",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА ОПЕРАТИВНОЕ ВМЕШАТЕЛЬСТВО
{org}, отделение детской хирургии; история болезни № [[R:{ib}]]
Я, [[P:{q}]], [[B:{bdq_w}]] г.р., паспорт серия [[Q:{pas_q}]], выдан [[D:{pas_d}]],
являясь законным представителем (матерью) [[P:{c_gen}]], [[B:{bdk_rom}]] г.р.
(свидетельство о рождении серия [[C:{bc}]]),
проживающ{q_ii} по адресу: [[A:{a2}]],
даю согласие на операцию: лапароскопическая герниорафия слева (K40.9) под общей анестезией,
которую проведёт врач — детский хирург [[P:{d}]].
Мне разъяснены цели, методы, риски и возможные осложнения.
Лица, которым разрешаю сообщать сведения о состоянии ребёнка: муж [[P:{u}]], тел. [[T:{ph2}]]; мать [[P:{g_fi}]], [[T:{ph3}]].
Подпись ________ [[P:{q_s}]]   Дата [[D:{t3}]]   Время {tm1}
Врач ________ [[P:{d_s}]]""",
    ),
    (
        9,
        "осмотр анестезиолога перед санацией полости рта ребёнку под общей анестезией",
        """ОСМОТР АНЕСТЕЗИОЛОГА-РЕАНИМАТОЛОГА (перед амбулаторной санацией под наркозом)
ГАУЗ «Детская стоматологическая поликлиника», [[A:{ao}]]
Дата: [[D:{t2}]]   Пациент: [[P:{c}]], д.р. [[B:{bdk_romw}]] ({agek} л.), масса {wt_k} кг
Мед. карта стоматологического пациента № [[R:{ib}]]
Аллергоанамнез: со слов мамы ([[P:{q_io}]]) — не отягощён. Прививки — последняя {vac1}, [[D:{v4}]].
Сопутствующие: {icd[autism]} (РАС), поведение не позволяет лечение в кресле. ASA II. Mallampati — не оценён.
ОАК от [[D:{t1}]]: Hb {hb} г/л; ЭКГ — ритм синусовый, ЧСС 104.
Заключение: санация в условиях общей анестезии (севофлуран) возможна. Голод 6 ч, вода — за 2 ч.
Явка [[D:{t3}]] к 08:30. Вопросы — по тел. [[T:{phc1}]]; мама: [[T:{ph1}]].
Врач-анестезиолог-реаниматолог [[P:{d_s}]]""",
    ),
    (
        19,
        "лист ожидания плановой аденотомии у ребёнка и SMS-уведомления родителям",
        """ЛИСТ ОЖИДАНИЯ плановой госпитализации — ЛОР-отделение {org}
Поз. | ФИО пациента           | д.р.         | диагноз      | направление    | контакт
{queue} | [[P:{c_s}]]         | [[B:{bdk_sh}]] | {icd[aden]}  | [[R:{ib}]]     | [[T:{ph1}]]
{small} | [[P:{k1_s}]]        | [[B:{bk1_sh}]] | J35.3        | [[R:{ib2}]]    | [[T:{ph3}]]
----------------------------------------------------------------
SMS [[D:{t2_dm}]] {tm1} → [[T:{ph1}]]:
ЛОР-отд. {org}: [[P:{c_s}]] — госпитализация [[D:{t4_dm}]] в 8:00. Иметь: свид-во о рожд., полис, анализы, справку об эпидокружении. Отмена: [[T:{phc1}]]
SMS [[D:{t3_dm}]] {tm2} ← [[T:{ph1}]]:
Здравствуйте это мама, мы с [[P:{c_dim}]] будем. А папа ([[P:{u_first}]]) может остаться вместо меня?
SMS [[D:{t3_dm}]] {tm3} → [[T:{ph1}]]:
Да, по доверенности. Паспорт отца и копия свид-ва [[C:{bc}]].""",
    ),
    (
        75,
        "карта аудиологического скрининга новорождённого (второй этап) и вызов на обследование",
        """КАРТА АУДИОЛОГИЧЕСКОГО СКРИНИНГА № [[R:{oae}]]
Ребёнок: [[P:{c}]] (ранее — «ребёнок [[P:{q_s_gen}]]»), дата рождения [[B:{bdn}]]
Роддом: {org}; 1-й этап (ЗВОАЭ) [[D:{t1}]]: AD — pass, AS — refer
Мать: [[P:{q}]], тел. [[T:{ph1}]], адрес: [[A:{a1}]]
Факторы риска: недоношенность <<3#>> нед., ИВЛ 2 сут., аминогликозиды — нет.
2-й этап (сурдологический центр) [[D:{t3}]]: КСВП — порог AD {db} дБ, AS 40 дБ; тимпанометрия тип A.
Заключение: подозрение на нарушение слуха слева; повторное обследование в 3 мес. ([[D:{t6}]]).
Полис ОМС ребёнка: [[O:{enp_c}]] (оформлен), СНИЛС — [[S:{sn_c}]].
Вызов на повторное обследование отправлен на Госуслуги и SMS [[T:{ph1}]] [[D:{t4}]].
Врач сурдолог-оториноларинголог [[P:{d_s}]]""",
    ),
    (
        20,
        "протокол скрининга остроты зрения учащихся класса офтальмологом",
        """{school} — СКРИНИНГ ЗРЕНИЯ, {klass} класс, [[D:{t2}]] (выездная бригада {poly})
№ | Фамилия, имя           | д.р.         | Visus OD/OS | рефракция (авторефр.) | заключение
1 | [[P:{c_sur} {c_first}]] | [[B:{bdc_dm}]] | {vis}      | sph {dptr}            | {icd[myopia]}, направлен{c_a} в кабинет охраны зрения
2 | [[P:{k1_fi}]]           | [[B:{bk1_dm}]] | 1,0/1,0    | —                     | здоров
3 | [[P:{k2_fi}]]           | [[B:{bk2_dm}]] | 0,7/0,8    | sph −0,5              | спазм аккомодации
4 | [[P:{k3_fi}]]           | [[B:{bk3_dm}]] | 1,0/0,9    | —                     | здоров
Рекомендации о рассадке переданы классному руководителю [[P:{m_s_dat}]]
Родителей [[P:{c_gen}]] уведомить: [[T:{ph1}]] (мама), [[T:{ph2}]] (папа). Медкарта 026/у № [[R:{k026}]] — внесено.
Врач-офтальмолог [[P:{d_s}]]""",
    ),
    (
        235,
        "заказ в оптику на изготовление детских очков по рецепту офтальмолога",
        """Салон «Оптика-Юг» (лицензия {lic}) — ЗАКАЗ № [[R:{opt}]] от [[D:{t3}]]
Заказчик: [[P:{q_s}]], тел. [[T:{ph1}]] (SMS о готовности), [[E:{m1}]]
Для кого: [[P:{c_fi}]], {agec} лет
Рецепт № [[R:{rx}]] от [[D:{t2}]], врач [[P:{d_s}]] ({poly})
        sph      cyl     ax    Dp
OD   {dptr}    −0,5    180   <<5#>> мм
OS   −1,75     —       —
Оправа: детская, гибкий заушник, арт. KD-<<###>>; линзы 1.56 с покрытием HMC.
Стоимость: 6 800 руб.; предоплата 50 % (карта *{card4}).
Готовность: [[D:{t4}]]. Выдал мастер-оптик [[P:{n_s}]]
Гарантия на оправу 6 мес.""",
    ),
    (
        12,
        "извещение родителям о положительном результате неонатального скрининга и вызов на подтверждающую диагностику",
        """Медико-генетическая консультация {org}
[[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo_mgk}]]
Уважаемая [[P:{q_io}]]!
По результатам неонатального скрининга Вашего ребёнка (бланк-тест № [[R:{neo}]], кровь взята [[D:{t1}]],
ребёнок [[P:{q_s_gen}]], д.р. [[B:{bdn_w}]]) выявлено повышение уровня фенилаланина (6,8 мг/дл при норме до 2).
Это НЕ диагноз. Необходимо срочно (не позднее [[D:{t3}]]) явиться на повторный забор крови и консультацию генетика.
С собой: свидетельство о рождении ([[C:{bc}]]) или справку из роддома, полис ОМС ребёнка или Ваш полис [[O:{enp_q}]],
СНИЛС ребёнка (если оформлен).
Мы звонили Вам на [[T:{ph1}]] [[D:{t2_dm}]] — не дозвонились. Просим перезвонить врачу-генетику [[P:{d_fi}]] по тел. [[T:{phc2}]].
Адрес, указанный в бланке: [[A:{a_br}]]
Подозрение: {icd[pku]}. Извещение № <<###>> от [[D:{t2}]]""",
    ),
    (
        52,
        "протокол лаборатории неонатального скрининга: реестр образцов с положительными и сомнительными результатами",
        """ЛАБОРАТОРИЯ НЕОНАТАЛЬНОГО СКРИНИНГА МГК — ПРОТОКОЛ № <<###>>/26 от [[D:{t2}]]
Анализатор: GSP (зав. № 2<<#####>>), наборы серии {vs1}; серия исследований № <<##>> (всего образцов {cnt}0)
Бланк-тест      | штрихкод         | мать                | ребёнок, д.р.   | роддом           | ФА, мг/дл | ТТГ | 17-ОНП | ИРТ
[[R:{neo}]]     | [[R:{neo_bar}]]  | [[P:{q_s}]]         | [[B:{bdn}]]     | {org2}           | 6,8 ↑    | 3,1 | 12     | 41
[[R:{neo2}]]    | [[R:{neo_bar2}]] | [[P:{q2_s}]]        | [[B:{bdn2}]]    | ЦРБ              | 1,1      | 4,0 | 31 ↑   | 38
[[R:{neo3}]]    | —                | [[P:{q3_s}]]        | [[B:{bdn3_sh}]] | {org2}           | 0,9      | 2,2 | 9      | 96 ↑
Повторный забор: [[P:{q_s}]] — [[T:{ph1}]]; [[P:{q2_s}]] — [[T:{ph2}]]; [[P:{q3_s}]] — не дозвонились, передано в {poly}.
Врач КЛД [[P:{d_s}]]; врач-лабораторный генетик [[P:{e_s}]]""",
    ),
    (
        13,
        "бланк результатов лабораторных исследований ребёнка из ЛИС для оздоровительного лагеря",
        """ЛИС «Лаборатория-Юг» · Заказ № [[R:{lab}]] · Дата взятия: [[D:{t2_iso}]] {tm1}
Пациент: [[P:{c_up}]]   Д.р.: [[B:{bdc_iso}]]   Пол: {c_sx}
Направитель: {poly}, [[P:{d_s}]]   Цель: справка ф. 079/у (лагерь)
Общий анализ крови: Hb {hb} г/л (115–145); WBC 6,4 ×10⁹/л (4,5–13,5); PLT 284 ×10⁹/л; СОЭ 6 мм/ч
Общий анализ мочи: удельный вес 1,018; белок — отр.; лейкоциты 0–1 в п/зр.
Кал на яйца гельминтов: не обнаружены. Соскоб на энтеробиоз: не обнаружены.
Выполнено: [[D:{t3_iso}]]. Врач КЛД [[P:{e_s}]]; Результаты на портале: код доступа <<####>>
Телефон для SMS: [[T:{ph1}]]   Полис: [[O:{enp_c}]]""",
    ),
    (
        170,
        "результаты обследования детей группы детского сада на энтеробиоз (паразитолог)",
        """{dou}, {grp} — ОБСЛЕДОВАНИЕ НА ЭНТЕРОБИОЗ (соскоб/липкая лента), [[D:{t1}]]
Направление № <<###>>, исследование: лаборатория ФБУЗ «Центр гигиены и эпидемиологии»
№ | ФИО ребёнка           | д.р.            | результат
1 | [[P:{c}]]             | [[B:{bdk}]]     | обнаружены яйца Enterobius vermicularis
2 | [[P:{k1}]]            | [[B:{bg1}]]     | не обнаружены
3 | [[P:{k2}]]            | [[B:{bg2}]]     | не обнаружены
4 | [[P:{k3}]]            | [[B:{bg3}]]     | обнаружены
Положительных: 2 из {cnt} (B80). Рекомендовано: лечение контактных в семье, повторное обследование через 14 дней, [[D:{t4}]].
Мама [[P:{c_gen}]] ([[P:{q_io}]], [[T:{ph1}]]) и мама [[P:{k3_gen}]] (тел. [[T:{ph3}]]) уведомлены медсестрой ДОУ [[P:{n_s_ins}]]
Врач-паразитолог [[P:{d_s}]]   Регистрация в журнале ф. 060/у — [[D:{t2}]]""",
    ),
    (
        210,
        "журнал осмотра детей на педикулёз и чесотку при заезде в оздоровительный лагерь",
        """{camp_name} — ЖУРНАЛ ОСМОТРА НА ПЕДИКУЛЁЗ И ЧЕСОТКУ, заезд [[D:{t1}]], {smena}-я смена
Осматривал: помощник эпидемиолога [[P:{n_s}]]
Отр. | ФИО                    | д.р.          | путёвка          | результат
{otr}   | [[P:{c_s}]]         | [[B:{bdc_sh}]] | [[R:{camp}]]    | чист{c_a}
{otr}   | [[P:{k1_s}]]        | [[B:{bk1_sh}]] | [[R:{camp2}]]   | гниды (B85.0) — обработка, изолятор, место № {bed}
2   | [[P:{k2_s}]]            | [[B:{bk2_sh}]] | [[R:{camp3}]]   | чист
Родителям [[P:{k1_gen}]] сообщено по тел. [[T:{ph3}]] в {tm2}; повторный осмотр [[D:{t2_dm}]].
Вожатые отряда № {otr}: [[P:{m_fi}]], [[P:{r_fi}]]. Врач лагеря [[P:{d_s}]], тел. медпункта [[T:{phc1}]]""",
    ),
    (
        10,
        "экстренное извещение (ф. 058/у) о случае чесотки у школьника и список контактных",
        """ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ об инфекционном заболевании (ф. 058/у) № [[R:{n058}]]
1. Диагноз: чесотка (B86), подтверждён лабораторно [[D:{t2}]]
2. Ф.И.О.: [[P:{c}]]   3. Пол: {c_gosex}   4. Дата рождения: [[B:{bdc_q}]]
5. Адрес: [[A:{a1}]]
6. Место учёбы: {school}, {klass} класс
7. Дата заболевания [[D:{t1}]]; первичного обращения [[D:{t2}]]; установления диагноза [[D:{t2}]]
8. Контактные в семье: брат/сестра [[P:{c2}]], [[B:{bdk}]] г.р.; мать [[P:{q_s}]], тел. [[T:{ph1}]]
9. Сообщено в ТО Роспотребнадзора по телефону [[D:{t2}]] {tm3}, принял [[P:{e_s}]]
Врач-дерматовенеролог [[P:{d_s}]], {org2}, тел. [[T:{phc1}]]""",
    ),
    (
        169,
        "предписание о заключительной дезинфекции в классе после случая менингококковой инфекции у ученика",
        """ФБУЗ «Центр гигиены и эпидемиологии», отдел дезинфекции
ЗАЯВКА-НАРЯД № <<###>> на заключительную дезинфекцию от [[D:{t2}]] {tm1}
Очаг: {school}, кабинет № {room} ({klass} класс), спортзал, столовая; по месту жительства — [[A:{a1}]]
Основание: экстренное извещение № [[R:{n058}]] — менингококковая инфекция (A39.0) у {c_uch_gen} [[P:{c_gen}]],
[[B:{bdc}]] г.р., госпитализирован{c_a} [[D:{t1}]] в {org}.
Контактные в классе — {cnt} чел., химиопрофилактика проведена [[D:{t2}]].
Средство: «Жавель Солид», 0,1 %; экспозиция 60 мин. Выполнено дезинфектором [[P:{n_s_ins}]]
Ответственный от школы: зам. директора [[P:{m_s}]], тел. [[T:{phc2}]]
Квартиру обработать в присутствии отца [[P:{u_s_gen}]], тел. [[T:{ph2}]].
Врач-дезинфектолог [[P:{d_s}]]""",
    ),
    (
        160,
        "акт расследования групповой кишечной инфекции в детском оздоровительном лагере (список заболевших детей)",
        """АКТ эпидемиологического расследования групповой заболеваемости ОКИ
{camp_name}, [[D:{t1}]]–[[D:{t3}]] (гигиена питания)
Заболевших детей {small}, госпитализировано 3 (ГБУЗ «Инфекционная больница»). Предположительный фактор — салат «Оливье» на ужин [[D:{t1_dm}]].
№ | ФИО                  | возраст | отряд | путёвка         | дата заболевания | госпитализация
1 | [[P:{c}]]            | {agec}  | {otr} | [[R:{camp}]]    | [[D:{t1_dm}]] 23:40 | ИБ [[R:{ib}]]
2 | [[P:{k1}]]           | 12      | {otr} | [[R:{camp2}]]   | [[D:{t2_dm}]] 02:15 | нет
3 | [[P:{k2}]]           | 11      | 5     | [[R:{camp3}]]   | [[D:{t2_dm}]] 06:00 | ИБ [[R:{ib2}]]
Отобрано проб: смывы — 20, пищевые — 6, бактериологическое исследование персонала пищеблока — 9 чел. (повар [[P:{r_s}]] — Salmonella enteritidis).
Нарушения: {sanpin}, п. 2.4.6.2; температурный режим холодильников.
Родители уведомлены; мама [[P:{c_gen}]] — [[T:{ph1}]].
Врач по гигиене питания [[P:{d_s}]]; эпидемиолог [[P:{e_s}]]""",
    ),
    (
        162,
        "протокол родительского собрания по вакцинопрофилактике с листом ознакомления родителей",
        """{dou} — ПРОТОКОЛ родительского собрания № <<#>> от [[D:{t2}]], {grp}
Присутствовали: {cnt} родителей; врач по гигиеническому воспитанию [[P:{d_s}]] ({poly}), заведующая [[P:{h_s}]]
Слушали: о национальном календаре профилактических прививок (приказ Минздрава России от [[D:06.12.2021]] № 1122н),
о вакцинации против кори (Вактривир) и гриппа, о порядке оформления отказа ({law} от [[D:{law_d}]] {law_n}).
Решили: довести до сведения; медсестре обновить сведения о прививках детей из сертификатов ф. 156/у-93.
ЛИСТ ОЗНАКОМЛЕНИЯ
ФИО родителя          | ребёнок             | телефон          | подпись
[[P:{q_s}]]           | [[P:{c_fi}]]        | [[T:{ph1}]]      | ✓
[[P:{u_s}]]           | [[P:{c_fi}]]        | [[T:{ph2}]]      | ✓
[[P:{k1_s}]]          | [[P:{k2_first}]]    | [[T:{ph3}]]      | ✓ (отказ от гриппа)
[[P:{g_s}]] (бабушка) | [[P:{k3_dim}]]      | [[T:{ph4}]]      | ✓
Секретарь [[P:{m_s}]]""",
    ),
    (
        2,
        "список контактных детей в очаге кори с прививочным анамнезом (врач по общей гигиене и эпидемиологии)",
        """Очаг кори: {dou}, {grp}. Первый случай — [[P:{c}]], [[B:{bdk}]] г.р., сыпь с [[D:{t1}]], извещение № [[R:{n058}]].
СПИСОК КОНТАКТНЫХ (период наблюдения до [[D:{t6}]])
№ | ФИО                 | д.р.          | V/RV корь               | сертификат 156/у-93 | меры
1 | [[P:{k1}]]          | [[B:{bg1}]]   | V1 [[D:{v1}]]            | [[R:{v156}]]        | наблюдение
2 | [[P:{k2}]]          | [[B:{bg2}]]   | не привит (отказ [[R:{otk}]]) | [[R:{v1562}]]   | вакцинация — отказ, не допускается в ДОУ 21 день
3 | [[P:{k3}]]          | [[B:{bg3}]]   | V1, RV [[D:{v2_sh}]]     | [[R:{v1563}]]       | наблюдение
4 | [[P:{c2}]] (сиблинг) | [[B:{bdc}]]  | V1 — нет данных         | —                    | IgG к кори — [[D:{t2}]]
Иммуноглобулин введён [[P:{k2_dat}]] [[D:{t2}]] (серия {vs3}).
Связь с семьёй первого заболевшего: [[P:{q_fi}]], [[T:{ph1}]]. Врач-эпидемиолог [[P:{d_s}]]""",
    ),
    (
        55,
        "направление на ПЦР-исследование мазка ребёнка на респираторные вирусы и результат (вирусология)",
        """НАПРАВЛЕНИЕ на исследование № [[R:{lab}]]
Материал: мазок из носо- и ротоглотки   Дата/время взятия: [[D:{t3}]] {tm1}
Пациент: [[P:{c}]]   Дата рождения: [[B:{bdk_sl}]]   Пол: {c_sx}
Адрес: [[A:{a2}]]   Организованный коллектив: {dou}, {grp}
Направил: врач-педиатр [[P:{d_s}]] ({poly}), диагноз: {icd[resp]}
Эпиданамнез: в группе 4 случая ОРВИ; прививка против гриппа — нет.
РЕЗУЛЬТАТ (вирусологическая лаборатория, рег. № пробы [[R:{lab2}]]):
РНК вируса гриппа A(H1N1)pdm09 — ОБНАРУЖЕНА (Ct 24); RSV — не обн.; SARS-CoV-2 — не обн.
Дата выдачи [[D:{t4}]]. Врач-вирусолог [[P:{e_s}]]; Результат передан в {poly} и законному представителю по [[T:{ph1}]]""",
    ),
    (
        90,
        "ходатайство пульмонолога о лекарственном обеспечении ребёнка с муковисцидозом (региональный регистр)",
        """Министру здравоохранения региона
ХОДАТАЙСТВО
Прошу обеспечить дорназой альфа и тобрамицином (ингаляционно) ребёнка-инвалида [[P:{c_gen}]], [[B:{bdc_w}]] г.р.,
диагноз: {icd[cf]} — муковисцидоз, смешанная форма, тяжёлое течение (генотип F508del/F508del), хроническая
синегнойная инфекция. Ребёнок включён в региональный сегмент федерального регистра, регистровый номер [[R:{reg}]].
Инвалидность установлена до [[D:{tfut}]] (справка МСЭ серии {mse_ser} № [[R:{mse}]]; ИПРА № [[R:{ipra}]]).
СНИЛС [[S:{sn_c}]]; полис ОМС [[O:{enp_c}]]; адрес: [[A:{a1}]].
Потребность на 2027 год: дорназа альфа 2,5 мг × 365; тобрамицин 300 мг/5 мл × 168 амп.
Протокол ВК № <<###>> от [[D:{t2}]]. Мать, [[P:{q}]], тел. [[T:{ph1}]], [[E:{m1}]].
Врач-пульмонолог [[P:{d_s}]], {org}   Зав. отделением [[P:{h_s}]]""",
    ),
    (
        79,
        "справка для получения путёвки на санаторно-курортное лечение ребёнка (ф. 070/у) от гастроэнтеролога",
        """Форма № 070/у
СПРАВКА № [[R:{f070}]] ДЛЯ ПОЛУЧЕНИЯ ПУТЁВКИ НА САНАТОРНО-КУРОРТНОЕ ЛЕЧЕНИЕ
1. Выдана {poly} ([[A:{ao}]])
2. Ф.И.О. пациента: [[P:{c}]]   3. Пол: {c_gosex}
4. Дата рождения: [[B:{bdc}]]
5. Регистрация по месту жительства: [[A:{a_br}]]
6. СНИЛС [[S:{sn_c}]]   7. Полис ОМС [[O:{enp_c}]]
8. Лечащий врач: [[P:{d}]]
9. Диагноз: {icd[gerd]} — ГЭРБ без эзофагита; K29.5 — хронический гастродуоденит, ремиссия.
10. Рекомендуемое лечение: санаторно-курортное, в сопровождении законного представителя.
11. Курорт: Ессентуки / Кисловодск; сезон — любой. Сопровождающий: [[P:{q}]], паспорт [[Q:{pas_q}]]
Дата выдачи: [[D:{t2}]]; действительна 12 мес. Заявление в СФР № [[R:{gu}]].
Врач-гастроэнтеролог ________ [[P:{d_s}]]   Председатель ВК ________ [[P:{h_s}]]""",
    ),
    (
        89,
        "выписка нефролога в направлении ребёнка на медико-социальную экспертизу (ф. 088/у)",
        """НАПРАВЛЕНИЕ НА МСЭ (ф. 088/у), раздел «Сведения о состоянии здоровья» — выписка нефролога
Гражданин: [[P:{c}]], дата рождения [[B:{bdc_rom}]], возраст {agec} лет
Свидетельство о рождении [[C:{bc}]]; СНИЛС [[S:{sn_c}]]
Законный представитель: [[P:{u}]], паспорт [[Q:{pas_u}]], выдан [[D:{pas_d2}]], СНИЛС [[S:{sn_u}]], тел. [[T:{ph2}]]
Адрес: [[A:{a2}]]
Место учёбы: {school}, {klass} класс; обучение на дому с [[D:{told}]].
Диагноз: {icd[neph]} — нефротический синдром, стероидорезистентный; ХБП С3а. Анамнез: болеет с 2019 г.
Биопсия почки [[D:{v3}]] (ИБ № [[R:{ib}]]): ФСГС. СКФ (Шварц) 48 мл/мин/1,73 м².
Направляется: первично / ☑ повторно (предыдущая справка МСЭ серии {mse_ser} № [[R:{mse}]]).
Протокол ВК № <<##>> от [[D:{t2}]]. Врач-нефролог [[P:{d_s}]]""",
    ),
    (
        236,
        "выписка из ИПРА ребёнка-инвалида для образовательной организации (раздел психолого-педагогической реабилитации)",
        """ВЫПИСКА ИЗ ИНДИВИДУАЛЬНОЙ ПРОГРАММЫ РЕАБИЛИТАЦИИ ИЛИ АБИЛИТАЦИИ РЕБЁНКА-ИНВАЛИДА
ИПРА № [[R:{ipra}]] к протоколу проведения МСЭ № [[R:{ipra2}]] от [[D:{t1}]]
ФКУ «ГБ МСЭ по региону» Минтруда России, Бюро № {bureau} (смешанного профиля)
Ф.И.О.: [[P:{c}]]   Дата рождения: [[B:{bdc}]]   СНИЛС: [[S:{sn_c}]]
Законный представитель: [[P:{q}]], тел. [[T:{ph1}]]
Категория «ребёнок-инвалид» установлена до [[D:{tfut_q}]]
Направляется в: {school} ({klass} класс); адрес ОО: [[A:{ao2}]]
Мероприятия психолого-педагогической реабилитации: обучение по адаптированной программе (вариант 7.2) согласно
заключению ПМПК № [[R:{pmpk}]]; специальные условия — тьютор, ассистент.
Исполнитель: Министерство образования региона; срок — до [[D:{tfut}]].
Руководитель бюро [[P:{h_s}]]""",
    ),
    (
        279,
        "медицинское заключение о состоянии здоровья ребёнка, передаваемого в приёмную семью",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о состоянии здоровья ребёнка-сироты (ребёнка, оставшегося без попечения родителей),
передаваемого на воспитание в семью
Ребёнок: [[P:{c}]]   Дата рождения: [[B:{bdk_w}]]
Свидетельство о рождении: [[C:{bc}]], запись акта о рождении № [[R:{aktz}]]
Учреждение: ГКУ «Центр содействия семейному устройству детей» (личное дело № [[R:{ld}]])
Полис [[O:{enp_c}]]; СНИЛС [[S:{sn_c}]]
Проведено обследование (педиатр, невролог, офтальмолог, ЛОР, хирург, ортопед, психиатр, стоматолог); анализы от [[D:{t1}]].
Диагноз: {icd[speech]}; анемия лёгкой степени (Hb 10<<#>> г/л). Группа здоровья {hg}.
Кандидаты в приёмные родители: [[P:{fp}]] и [[P:{fm}]], [[A:{a1}]], тел. [[T:{ph1}]],
договор о приёмной семье № [[R:{foster}]] (проект), распоряжение органа опеки № [[R:{opeka}]] от [[D:{t3}]].
С результатами ознакомлены: ________ [[P:{fm_s}]] [[D:{t3}]]
Специалист по медико-социальной помощи [[P:{n_s}]]; педиатр [[P:{d_s}]]""",
    ),
    (
        281,
        "карта курса реабилитации ребёнка в реабилитационном центре (медицинская сестра по реабилитации)",
        """ГБУ «Республиканский реабилитационный центр для детей с ограниченными возможностями»
КАРТА РЕАБИЛИТАЦИИ № [[R:{reh}]]   Курс: [[D:{t1}]] — [[D:{t5}]] (21 день), заезд {smena}
Ребёнок: [[P:{c}]], [[B:{bdk}]] г.р., диагноз {icd[cp]} (спастическая диплегия), GMFCS III
Основание: ИПРА № [[R:{ipra}]]; направление Минтруда № <<####>>
Сопровождающий: мама [[P:{q_fi}]], паспорт [[Q:{pas_q}]], тел. [[T:{ph1}]]; палата {room}
Расписание: ЛФК (Гросса) — {tm1}; массаж — {tm2}; механотерапия — {tm3}; логопед — {tm4}
Замечания м/с: [[D:{t2_dm}]] — [[P:{c_dim}]] плакал{c_a} на вертикализаторе, снизили время до 10 мин.
[[D:{t3_dm}]] — папа [[P:{u_io}]] звонил ([[T:{ph2}]]), просил прислать фото.
Выписка направлена в {poly} [[D:{t5}]]. Медсестра по реабилитации [[P:{n_s}]]""",
    ),
    (
        290,
        "протокол мультидисциплинарной реабилитационной команды (МДРК) ребёнка с детским церебральным параличом",
        """ПРОТОКОЛ ЗАСЕДАНИЯ МДРК № <<##>> от [[D:{t2}]]
{org}, отделение медицинской реабилитации детей
Пациент: [[P:{c_up}]], д.р. [[B:{bdk_d1}]]; ИБ № [[R:{ib}]]
Председатель — врач ФРМ [[P:{d_s}]]; члены: врач ЛФК [[P:{e_s}]], логопед [[P:{m_s}]], медицинский психолог [[P:{r_s}]]
Диагноз: {icd[cp]}; МКФ: b7350.3, d4500.3, d3100.2. Шкала реабилитационной маршрутизации — 4 балла.
Цели (SMART) на [[D:{t5}]]: самостоятельная ходьба с ходунками 10 м; понимание инструкций из 2 шагов.
Решение: курс 14 дней; ботулинотерапия — [[D:{t3}]]; ТСР — ортезы (ИПРА № [[R:{ipra}]]); повтор через 3 мес.
Законный представитель [[P:{q}]] ознакомлен{q_a}, тел. [[T:{ph1}]].""",
    ),
    (
        288,
        "письмо детского онколога-гематолога в благотворительный фонд о ребёнке (заявка на сбор)",
        """В благотворительный фонд «Доброе сердце» ([[E:{mo_fund}]])
ИНФОРМАЦИОННОЕ ПИСЬМО (к заявке № [[R:{fund}]])
[[P:{c}]], [[B:{bdc}]] г.р., наблюдается в {org} с [[D:{told}]], ИБ № [[R:{ib}]],
диагноз: острый лимфобластный лейкоз (C91.0), В-линейный, группа промежуточного риска; терапия по протоколу ALL-MB 2015.
Семья: мама — [[P:{q}]] (тел. [[T:{ph1}]]), папа — [[P:{u}]] (тел. [[T:{ph2}]]); брат/сестра [[P:{c2_fi}]] — потенциальный донор, HLA-типирование [[D:{t3}]].
Проживают: [[A:{a1}]]. Статус малоимущей семьи подтверждён.
Нуждается в препарате, не входящем в перечень ОМС (пэгаспаргаза), стоимость курса {sum} руб.
Реквизиты для перечисления — счёт фонда (не семьи). Копии документов: свидетельство о рождении [[C:{bc}]], СНИЛС [[S:{sn_c}]].
Врач — детский онколог-гематолог [[P:{d_s}]], [[E:{md}]]""",
    ),
    (
        41,
        "карта диспансерного наблюдения ребёнка после противоопухолевого лечения (детский канцер-регистр)",
        """КАРТА ДИСПАНСЕРНОГО НАБЛЮДЕНИЯ (ф. 030/у) № [[R:{dis}]] — детский онколог
Регистр детей со злокачественными новообразованиями: № [[R:{reg}]]
[[P:{c}]]; д.р. [[B:{bdc_roms}]]; {c_gosex}; адрес: [[A:{a2}]]
Диагноз: нефробластома справа (C64), стадия II, состояние после нефрэктомии ([[D:{v2}]]) и ПХТ по протоколу SIOP.
Окончание лечения: [[D:{v3}]]. Клиническая группа III.
Явки: [[D:{t1}]] — УЗИ ОБП, R-ОГК — без рецидива; следующая — [[D:{t6}]].
Школа: {school}, {klass}; справка об освобождении от физкультуры выдана.
Мать [[P:{q_s}]], [[T:{ph1}]]; при неявке — звонить бабушке [[P:{g_io_dat}]], [[T:{ph3}]].
Врач — детский онколог [[P:{d_s}]]""",
    ),
    (
        80,
        "справка гематолога для школы о ребёнке с гемофилией (план экстренных действий при травме)",
        """{org}, гематологическое отделение
Директору {school}
СПРАВКА-ПАМЯТКА
[[P:{c}]], [[B:{bdc}]] г.р., ученик {klass} класса, страдает гемофилией А, тяжёлая форма ({icd[hem]}).
Получает профилактику фактором VIII 3 раза в неделю (ВЗН; регистровый номер [[R:{reg}]]).
При травме (особенно головы, живота, суставов):
  1) сразу сообщить родителям — мама [[P:{q_io}]] [[T:{ph1}]], папа [[P:{u_io}]] [[T:{ph2}]];
  2) холод, покой, вызвать СМП (103), сообщить «гемофилия»;
  3) НЕ давать аспирин, НЕ делать в/м уколы.
Физкультура: специальная медицинская группа. Медкарта 026/у № [[R:{k026}]]. Школьной медсестре [[P:{n_s}]] передан экземпляр.
Дежурный гематолог: [[T:{phc1}]] (круглосуточно). Врач-гематолог [[P:{d_s}]]   [[D:{t2}]]""",
    ),
    (
        8,
        "корешок медицинского свидетельства о рождении (ф. 103/у) и сведения о матери",
        """КОРЕШОК МЕДИЦИНСКОГО СВИДЕТЕЛЬСТВА О РОЖДЕНИИ
СЕРИЯ {f103_ser} № [[R:{f103}]]
Дата выдачи: [[D:{t1_q}]] (окончательное)
Ребёнок родился: [[D:{bdn}]] в {tm1}
Мать: фамилия, имя, отчество [[P:{q}]]; дата рождения [[B:{bdq}]]
Документ, удостоверяющий личность: паспорт [[Q:{pas_q}]], выдан [[D:{pas_d}]]
СНИЛС [[S:{sn_q}]]; полис ОМС [[O:{enp_q}]]
Место регистрации: [[A:{a1}]]
Местность: городская; семейное положение: в зарегистрированном браке; образование: высшее
Ребёнок: пол {c_sex}; масса <<3###>> г; рост <<5#>> см; роды одноплодные; который по счёту: 2
Обменная карта № [[R:{exch}]]; история родов № [[R:{ib}]]
Врач — акушер-гинеколог [[P:{d_s}]]   Получил: [[P:{u_s}]] (отец), [[D:{t1}]]""",
    ),
    (
        207,
        "журнал первичного патронажа новорождённых акушерки фельдшерско-акушерского пункта",
        """ФАП {village}, {poly}
ЖУРНАЛ ПАТРОНАЖА НОВОРОЖДЁННЫХ
Дата     | ребёнок (мать)                         | д.р.           | адрес                        | замечания
[[D:{t2_dm}]] | [[P:{c_fi}]] ([[P:{q_s}]])        | [[B:{bdn_sh}]]  | [[A:{ar}]]                   | пупочная ранка сухая; ГВ; БЦЖ в роддоме
[[D:{t3_dm}]] | ребёнок [[P:{q2_s_gen}]]          | [[B:{bdn2_sh}]] | [[A:{a3}]]                   | желтушность лица; к педиатру, тел. мамы [[T:{ph3}]]
[[D:{t4_dm}]] | [[P:{c_fi}]] — повторно            | —              | —                            | скрининг (бланк № [[R:{neo}]]) — норма
Телефон [[P:{q_gen}]]: [[T:{ph1}]]; отец — [[P:{u_fi}]].
Сведения переданы участковому педиатру [[P:{d_s_dat}]] [[D:{t4}]]. Акушерка [[P:{n_s}]]""",
    ),
    (
        16,
        "медицинская справка на выезжающего в детский оздоровительный лагерь (ф. 079/у), выданная врачом общей практики",
        """Министерство здравоохранения РФ                                            Форма № 079/у
{poly2} — амбулатория общей врачебной практики
МЕДИЦИНСКАЯ СПРАВКА № [[R:{f079}]]
на школьника, отъезжающего в оздоровительный лагерь
Фамилия, имя, отчество: [[P:{c}]]
Дата рождения: [[B:{bdc_w}]]     Школа: {school}, {klass} класс
Адрес: [[A:{ar}]]
Перенесённые заболевания: ветряная оспа ([[D:{v1}]]), ОРВИ.
Профилактические прививки: АДС-М (RV2) — [[D:{v2}]], корь (RV) — [[D:{v3}]]; Манту [[D:{v4}]] — {mm} мм; сертификат № [[R:{v156}]]
Эпидокружение: контакта с инфекционными больными не было (справка № [[R:{epid}]] от [[D:{t4}]]).
Группа здоровья {hg}; физкультурная группа — {fg}. Плавать может.
Путёвка: {camp_name}, серия {camp_ser} № [[R:{camp}]], заезд [[D:{t5}]].
Врач общей практики [[P:{d_s}]]   [[D:{t4}]]   М.П.""",
    ),
    (
        206,
        "сообщения фельдшера школьного медпункта родителю в мессенджере о травме на уроке физкультуры",
        """Telegram · «Медпункт {school}»
[[D:{t2_dm}]] {tm1} Фельдшер [[P:{n_io}]]: [[P:{q_io}]], здравствуйте. [[P:{c_dim}]] на физкультуре подвернул{c_a} ногу, отёк голеностопа. Приложила холод. Сможете забрать?
[[D:{t2_dm}]] {tm2} [[P:{q_first}]]: ой, еду. Папа рядом, [[P:{u_first}]] {gl_pre}[[T:{gl_ph}]] — позвоните ему
[[D:{t2_dm}]] {tm3} Фельдшер: Дозвонилась. Рекомендую травмпункт сегодня. Справка 026/у: у вас карта № [[R:{k026}]], данные полиса там старые — пришлите фото нового полиса.
[[D:{t2_dm}]] {tm4} [[P:{q_first}]]: [фото] полис [[O:{enp_c}]]
[[D:{t3_dm}]] {tm5} [[P:{q_first}]]: в травмпункте сказали растяжение, освобождение от физры до [[D:{t5_wd}]], справку принесём
[[D:{t3_dm}]] {tm5} Фельдшер: Выздоравливайте, [[P:{c_dim2}]]! Классному руководителю ([[P:{m_io}]]) передам.""",
    ),
    (
        25,
        "карта вызова скорой медицинской помощи к ребёнку в детский оздоровительный лагерь",
        """КАРТА ВЫЗОВА СМП № [[R:{call}]]   Дата [[D:{t3}]]   Бригада № <<##>> (фельдшерская)
Вызов принят {tm1}, прибытие {tm2}. Повод: «ребёнок, {agec} лет, высокая температура, рвота»
Адрес вызова: {camp_name}, [[A:{ar}]], медпункт. Вызвал: врач лагеря [[P:{d_s}]], тел. [[T:{phc1}]]
Пациент: [[P:{c}]], [[B:{bdc}]] г.р., путёвка № [[R:{camp}]]; полис ОМС [[O:{enp_c}]]
Законный представитель: [[P:{q}]] (не присутствует), тел. [[T:{ph1}]] — сообщено в {tm3}
Жалобы: t {temp}, рвота 3 раза, боль в животе. Анамнез: в лагере с [[D:{t1}]]; в отряде № {otr} ещё 2 случая.
Диагноз: A09.9 — гастроэнтерит? Эксикоз I ст.
Помощь: регидратация, ондансетрон 4 мг в/м. Доставлен{c_a} в {org} в {tm3}, сопровождает вожатый [[P:{m_s}]]
Фельдшер [[P:{n_s}]]""",
    ),
    (
        18,
        "уведомления портала Госуслуг законному представителю о записи ребёнка к врачу, диспансеризации и сертификате прививок",
        """Госуслуги · Уведомления · [[P:{q_fi}]]
[[D:{t1_dm}]] {tm1} · Запись к врачу
Ребёнок: [[P:{c_fi}]]. Врач-педиатр [[P:{d_s}]], {poly}, каб. {room}, [[D:{t2_w}]] в {tm3}.
Номер записи: [[R:{gu}]]. Отменить можно в личном кабинете.
[[D:{t2_dm}]] {tm2} · Профилактический медицинский осмотр несовершеннолетнего
[[P:{c_io}]] прош{c_el} профосмотр. Группа здоровья: {hg}. Документ «Протокол профилактического осмотра» — в разделе «Здоровье».
[[D:{t3_dm}]] {tm4} · Сертификат о прививках
Сведения о прививках ([[P:{c_fi}]], [[B:{bdc}]]) обновлены: Ультрикс Квадри (грипп) — [[D:{v4}]]. Номер ЭМД [[R:{semd}]].
[[D:{t4_dm}]] {tm5} · Заявление № [[R:{gu2}]] (путёвка в лагерь) — статус «Принято решение о предоставлении»
Ваш телефон для уведомлений: [[T:{ph1}]]; эл. почта: [[E:{m1}]]""",
    ),
    (
        269,
        "электронная копия сертификата о профилактических прививках в ЕГИСЗ (карточка СЭМД в МИС)",
        """МИС «Промед» · РЭМД ЕГИСЗ · карточка документа
Вид документа: Сертификат о профилактических прививках (СЭМД, ред. 2)
Рег. номер в РЭМД: [[R:{semd}]]   Локальный ID: [[R:{semd2}]]   Статус: зарегистрирован [[D:{t3_iso}]] {tm2}
OID МО: 1.2.643.5.1.13.13.12.2.<<##>>.<<####>>   Организация: {poly}
Пациент: [[P:{c_up}]]   Дата рождения: [[B:{bdc_ymd}]]   Пол: {c_sx}
СНИЛС пациента: [[S:{sn_c}]]   Полис: [[O:{enp_c}]]   Документ: свидетельство о рождении [[C:{bc}]]
Законный представитель: [[P:{q_s}]], СНИЛС [[S:{sn_q}]]
Записи: {vac1} ({st1}) [[D:{v1_ymd}]] серия {vs1}; {vac2} ({st2}) [[D:{v2_ymd}]] серия {vs2}
Подписант: [[P:{n_s}]] (медсестра прививочного кабинета), [[P:{h_s}]] (руководитель МО)
Бумажный сертификат ф. 156/у-93 № [[R:{v156}]] — сверено.
Обращение в техподдержку ЕГИСЗ № 2026-<<######>> — дубль карточки пациента (сертификат [[R:{v1562}]]) закрыт.""",
    ),
    (
        232,
        "акт передачи медицинских карт ф. 026/у из школы в детскую поликлинику при переводе учащихся (медицинский статистик)",
        """АКТ приёма-передачи медицинских документов № <<##>> от [[D:{t2}]]
Передаёт: {school} (медицинский кабинет), приказ о выбытии учащихся № {sch_ord} от [[D:{t1}]]
Принимает: {poly}, кабинет медицинской статистики
№ | ФИО учащегося       | дата рождения    | класс     | ф. 026/у        | сертификат 156/у-93
1 | [[P:{c}]]           | [[B:{bdc}]]      | {kl}      | [[R:{k026}]]    | [[R:{v156}]]
2 | [[P:{k1}]]          | [[B:{bk1}]]      | {cl}А     | [[R:{k0262}]]   | [[R:{v1562}]]
3 | [[P:{k2}]]          | [[B:{bk2_d1}]]   | {cl}В     | [[R:{k0263}]]   | нет
Основание: заявление родителей (мать [[P:{c_gen}]] — [[P:{q_s}]], тел. [[T:{ph1}]]).
Передал: медсестра [[P:{n_s}]]   Принял: медицинский статистик [[P:{r_s}]]""",
    ),
    (
        205,
        "лист здоровья класса для классного журнала, подготовленный старшей медицинской сестрой",
        """{school} · ЛИСТ ЗДОРОВЬЯ · {klass} класс · {uy} уч. год
Кл. руководитель [[P:{m}]]
№ | ФИО обучающегося   | дата рожд.       | группа здоровья | физкультура    | рассадка (ряд/парта) | примечание
1 | [[P:{c_s}]]        | [[B:{bdc_rom}]]  | {hg}            | {fg}           | 1/1                  | {icd[myopia]}, очки
2 | [[P:{k1_s}]]       | [[B:{bk1_rom}]]  | II              | основная        | любая                | —
3 | [[P:{k2_s}]]       | [[B:{bk2_rom}]]  | III             | освобождён до [[D:{t4_dm}]] | 2/1         | после травмы
4 | [[P:{k3_s}]]       | [[B:{bk3_rom}]]  | I               | основная        | любая                | —
5 | [[P:{k4_s}]]       | [[B:{bk4_rom}]]  | II              | подготовительная | 3/2                 | {icd[asthma]}, ингалятор у медсестры
Сведения из медкарт ф. 026/у ([[R:{k026}]] …). Старшая медсестра [[P:{n_s}]], [[D:{t1}]]
При ухудшении у [[P:{k4_fi_gen}]] — звонить маме [[T:{ph4}]].""",
    ),
    (
        219,
        "сертификат о профилактических прививках ф. 156/у-93 (разворот с прививками против туберкулёза и кори)",
        """СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ                     Форма № 156/у-93
№ [[R:{v156_br}]]
Фамилия, имя, отчество: [[P:{c}]]
Год рождения: {bdc_y}   Дата рождения: [[B:{bdc_sl}]]   Пол: {c_sex}
Адрес: [[A:{a1}]]
Группа крови, резус: B(III) Rh+   Аллергические реакции: нет
Прививки против туберкулёза:
  Дата       | возраст | препарат        | доза   | серия   | реакция   | мед. работник
  [[D:{bdc}]]  | 3 дня  | БЦЖ-М           | 0,025  | {vs1}   | рубчик 5 мм | [[P:{n_s}]]
Прививки против кори, паротита, краснухи:
  [[D:{v1}]]  | V       | {mmr}           | 0,5    | {vs2}   | норм.     | [[P:{n_s}]]
  [[D:{v2}]]  | RV      | {mmr}           | 0,5    | {vs3}   | норм.     | [[P:{r_s}]]
Туберкулинодиагностика: [[D:{v3}]] — папула {mm} мм; [[D:{v4}]] — {mm2} мм
Выдан: {poly}, [[D:{t2}]]; законный представитель [[P:{q_s}]], тел. [[T:{ph1}]]""",
    ),
    (
        27,
        "переводной эпикриз подростка из детской поликлиники во взрослую сеть по достижении 18 лет",
        """ПЕРЕВОДНОЙ ЭПИКРИЗ (передача во взрослую сеть)
{poly} → ГБУЗ «Городская поликлиника № 2», участковый терапевт [[P:{d_s}]]
Пациент{c_ka}: [[P:{c}]], дата рождения [[B:{bd18_w}]], 18 лет
Паспорт: [[Q:{pas_c}]], выдан [[D:{pas_c_d}]]; СНИЛС [[S:{sn_c}]]; полис ОМС [[O:{enp_c}]]
Адрес: [[A:{a_br}]]; тел. [[T:{ph1}]]; эл. почта [[E:{m1}]]
История развития ф. 112/у № [[R:{h112}]] закрыта [[D:{t2}]]; медкарта 026/у № [[R:{k026}]] получена из {school2}.
Диспансерный учёт: {icd[asthma]} — бронхиальная астма, лёгкое персистирующее течение, контролируемая (базисная терапия —
будесонид 200 мкг/сут). Аллергия: пыльца амброзии. Прививки по календарю, последняя — АДС-М [[D:{v4}]].
Военный комиссариат: приписное свидетельство — категория Б-3 (сведения со слов).
Рекомендовано: наблюдение пульмонолога, спирометрия 1 раз в год.
Педиатр подросткового кабинета [[P:{e_s}]]   [[D:{t2}]]""",
    ),
    (
        54,
        "результат бактериологического исследования мазка на дифтерию (BL) перед направлением ребёнка в санаторий",
        """ФБУЗ «Центр гигиены и эпидемиологии» · Бактериологическая лаборатория
Аттестат аккредитации RA.RU.<<######>>   [[A:{ao}]], тел. [[T:{phc2}]]
ПРОТОКОЛ ИССЛЕДОВАНИЯ № [[R:{lab}]] (рег. № пробы в журнале — [[R:{lab2}]])
Ф.И.О.: [[P:{c}]]   Дата рождения: [[B:{bdc_d1}]]   Возраст: {agec} л.
Адрес: [[A:{a3}]]
Цель: перед направлением в {sanat} (путёвка № [[R:{san}]], заезд [[D:{t5}]])
Материал: мазок из зева и носа на BL. Взят: [[D:{t2}]] {tm1}. Доставлен: [[D:{t2}]] {tm3}. Среда — кровяно-теллуритовый агар, серия {vs4}.
РЕЗУЛЬТАТ: Corynebacterium diphtheriae — НЕ ВЫДЕЛЕНЫ. Staphylococcus aureus 10^3 КОЕ/тампон (норма).
Дата выдачи: [[D:{t3}]]. Врач-бактериолог [[P:{d_s}]]; Направивший врач: [[P:{e_s}]] ({poly}).
Результат выдан законному представителю [[P:{q_s_dat}]] по предъявлении паспорта [[Q:{pas_q}]].""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# «Номенклатура специальностей специалистов, имеющих медицинское и фармацевтическое
# образование» (1.2.643.5.1.13.13.11.1066 v5.4), as read from its _part1 file:
# ID: (NAME, PARENT) — PARENT 0: doctors' specialties, 204: «Средний медицинский персонал»
SPECIALTIES31: dict[int, tuple[str, str]] = {
    2: ("Медико-профилактическое дело", "0"),
    8: ("Акушерство и гинекология", "0"),
    9: ("Анестезиология-реаниматология", "0"),
    10: ("Дерматовенерология", "0"),
    11: ("Детская хирургия", "0"),
    12: ("Генетика", "0"),
    13: ("Клиническая лабораторная диагностика", "0"),
    14: ("Неврология", "0"),
    15: ("Неонатология", "0"),
    16: ("Общая врачебная практика (семейная медицина)", "0"),
    18: ("Организация здравоохранения и общественное здоровье", "0"),
    19: ("Оториноларингология", "0"),
    20: ("Офтальмология", "0"),
    22: ("Педиатрия", "0"),
    23: ("Психиатрия", "0"),
    25: ("Скорая медицинская помощь", "0"),
    26: ("Судебно-медицинская экспертиза", "0"),
    27: ("Терапия", "0"),
    28: ("Травматология и ортопедия", "0"),
    29: ("Фтизиатрия", "0"),
    32: ("Инфекционные болезни", "0"),
    34: ("Физиотерапия", "0"),
    41: ("Детская онкология", "0"),
    45: ("Сердечно-сосудистая хирургия", "0"),
    52: ("Лабораторная генетика", "0"),
    54: ("Бактериология", "0"),
    55: ("Вирусология", "0"),
    59: ("Лечебная физкультура и спортивная медицина", "0"),
    75: ("Сурдология - оториноларингология", "0"),
    77: ("Аллергология и иммунология", "0"),
    79: ("Гастроэнтерология", "0"),
    80: ("Гематология", "0"),
    81: ("Детская кардиология", "0"),
    83: ("Детская эндокринология", "0"),
    84: ("Диетология", "0"),
    89: ("Нефрология", "0"),
    90: ("Пульмонология", "0"),
    97: ("Психиатрия-наркология", "0"),
    98: ("Психотерапия", "0"),
    100: ("Судебно-психиатрическая экспертиза", "0"),
    154: ("Эпидемиология", "0"),
    159: ("Гигиена детей и подростков", "0"),
    160: ("Гигиена питания", "0"),
    162: ("Гигиеническое воспитание", "0"),
    169: ("Дезинфектология", "0"),
    170: ("Паразитология", "0"),
    173: ("Ортодонтия", "0"),
    174: ("Стоматология детская", "0"),
    205: ("Организация сестринского дела", "204"),
    206: ("Лечебное дело", "204"),
    207: ("Акушерское дело", "204"),
    210: ("Эпидемиология (паразитология)", "204"),
    219: ("Сестринское дело", "204"),
    221: ("Сестринское дело в педиатрии", "204"),
    227: ("Физиотерапия", "204"),
    230: ("Лечебная физкультура", "204"),
    231: ("Диетология", "204"),
    232: ("Медицинская статистика", "204"),
    233: ("Стоматология профилактическая", "204"),
    235: ("Медицинская оптика", "204"),
    236: ("Медико-социальная экспертиза", "0"),
    269: ("Медицинская кибернетика", "0"),
    279: ("Медико-социальная помощь", "204"),
    280: ("Наркология", "204"),
    281: ("Реабилитационное сестринское дело", "204"),
    288: ("Детская онкология-гематология", "0"),
    290: ("Физическая и реабилитационная медицина", "0"),
}
DIRECTORY31 = "Номенклатура специальностей специалистов"
OID31 = "1.2.643.5.1.13.13.11.1066"


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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS31):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 29's extra self-check: the new date writings and the research numbers' own


# corpus 31's extra self-check: the Roman-month dates, the birth certificates and the
# corpus's own record prefixes are never left unlabelled
NEW_DATES31 = re.compile(
    r"(?<![\w./])\d{1,2}\.(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\d{4}"
    r"|(?<![\w./])\d{1,2}/(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)-\d\d(?!\d)"
    r"|(?<![\w./])\d{1,2} (?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII) (?:19|20)\d\d(?!\d)"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
BIRTH_CERT31 = re.compile(r"(?<![\w-])[IVX1]{1,4}[-–][А-Я]{2}(?=\s|№)")
RECORDS31 = re.compile(
    r"(?<![\w-])(?:ПТД|НТ|ДСТ|ОТК|ПМПК|ЦПМПК|ДОЛ|СФР|УМО|ВФД|ЛД|УБ|ЭШ|НС|ЭМД|ПДН|АС|ЛИС|ЗО|ЗБ"
    r"|КР|ДКР|РР|ЭО|ДПС)-\d"
)


def check31(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for rx in (NEW_DATES31, BIRTH_CERT31, RECORDS31):
        for m in rx.finditer(doc["text"]):
            assert m.start() in covered, (doc["id"], m[0])


def kind_of(sid: int, genre: str) -> str:
    name = SPECIALTIES31[sid][0]
    return f"{name} ({DIRECTORY31}, {OID31} v5.4, ID {sid}): {genre}"


def source_of(sid: int) -> str:
    name, parent = SPECIALTIES31[sid]
    group = "Средний медицинский персонал" if parent == "204" else "Врачебные специальности"
    return (
        f"НСИ {OID31} v5.4 ({DIRECTORY31}, имеющих медицинское и фармацевтическое "
        f"образование), ID {sid}, NAME «{name}», PARENT {parent} ({group}), REL 1"
    )


TEMPLATES = GENRES31


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    sids = [t[0] for t in TEMPLATES]
    assert len(sids) == len(set(sids)), "one kind per specialty"
    assert set(sids) == set(SPECIALTIES31), "every specialty listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(s, g) for s, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sid, genre, template in TEMPLATES:
            extra = {"spec": SPECIALTIES31[sid][0].lower()}
            doc = build(
                render(rng, template, extra),
                kind_of(sid, genre),
                source_of(sid),
                f"blind31_{len(docs):04d}",
            )
            check(doc)
            check31(doc)
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
