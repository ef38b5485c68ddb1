"""Write ``independent35.jsonl``: the thirty-fifth blind corpus, 2026-12-07 — the paperwork of
laboratory testing of one patient, in Siberia and the Far East.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``,
``bench/text_recognizer_time.py``), the ``ozero`` CLI or any de-identifier or recognizer on
this corpus or on anything. What was read, and the slips, said here so that nobody takes this
corpus for blinder than it is:

* Of ``bench/text_deid.py``: a ``grep -n`` for the line numbers of ``REPORTED``,
  ``DEV_SECTIONS``, ``BLIND_CORPORA``, ``def blind_half``, the lines holding ``blind29`` or
  ``blind33`` and the docstring's delimiter lines (it printed those matching lines:
  the docstring's first line, the ``blind29``/``blind33`` bullets' lines and the entries of
  the three tuples); the module docstring's lines 488–522 (the end of the ``blind28``
  bullet, the ``blind29`` bullet) and 606–670 (the end of the ``blind32`` bullet, the
  ``blind33`` bullet, ``names1``/``names2``, span matching, recall and precision, speed,
  usage); lines 1010–1030, 1055–1068 and 1095–1111 (the tails of ``REPORTED``,
  ``DEV_SECTIONS`` and ``BLIND_CORPORA`` with the comment above ``BLIND_CORPORA``, and
  ``blind_half`` whole), to wire the corpus in. Slip: the one attempt to import
  ``blind_half`` (to count the halves) failed, because a scratch file of this writer named
  ``grp.py`` shadowed the standard module; its traceback printed the import lines of the
  chain ``bench/text_deid.py`` → ``text_corpus/generate.py`` → ``families.py`` →
  ``primitives.py`` (which imports ``MONTHS`` from ``ozero.deid.text.recognizers.dates``) →
  ``ozero/deid/text/__init__.py`` (``from ozero.deid.text.engine import (``) →
  ``engine.py`` (``from presidio_analyzer import AnalyzerEngine, EntityRecognizer,
  RecognizerRegistry, RecognizerResult``): import statements only, no recognizer's code,
  pattern or value. It was not retried; the halves were counted with the three lines of
  ``blind_half`` as read (the SHA-256 of the kind, first byte even → dev). Slip: an
  ``awk`` meant to find where ``blind_half`` ends printed the first 20 characters of the next
  top-level line, ``def target_check(met`` (a name, no body).
* Slip: ``git worktree add`` printed the subject of the commit it checked out (``HEAD is now
  at …``): a CI commit about per-test timing logs and workers' busy seconds. No result or
  score was shown; nothing here aims at it.
* Slip: one ``ls bench/text_corpus/ | grep -v '^independent'`` listed the file NAMES of the
  writers of corpora 4–33 (names only; none of them was opened except those below).
* ``bench/text_corpus/write_independent29.py``: its docstring whole, its code from the
  imports to ``render`` and its first seven templates (lines 1–1800), and lines 2411–2714
  (its last eight templates, the ``FINDINGS29`` table, the self-checks, ``build_all`` and
  ``main``); the rest of its templates was not read. ``write_independent32.py`` and
  ``write_independent33.py``: their docstrings (32: lines 1–110 and 425–492; 33: lines 1–80
  and 380–560, which also showed the start of 33's code and name list); none of their
  templates, numbers or name lists was reused. ``write_independent19.py`` was not opened;
  no other writer was opened.
* The ``kind`` values of ``independent*.jsonl`` (the corpora present when this was written)
  were read by a scratch script only to avoid them, compared case-insensitively: it printed
  only counts (2,317 kinds; 77 name the ФСЛИ directory), and a candidate test was dropped
  when its ID, its LOINC code or its FULLNAME occurs in any earlier kind. No other content of
  those files was read.
* The directory's rows were read from
  ``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1080_3.50_part1``–``part10`` and its
  ``_passport`` (fields ``ID``, ``LOINC``, ``FULLNAME``, ``SPECIMEN``, ``UNIT``, ``GROUP``,
  ``TESTSTATUS``).

**Copied verbatim from corpus 29** (which had them from corpora 13–19): the declension
(``decl_surname``, ``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN
check digits (``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``,
``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, ``brk_at``,
``shape29``, ``render`` (drawing ``fillers35``), the self-check ``check`` with ``SUSPICIOUS``
and its checksum helpers (one change: the version words it skips are corpus 35's,
``VERSION_WORDS35``), ``serialize`` and ``main``; the structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers, an extra self-check
of the corpus's own writings). **Written fresh for corpus 35**: the name lists (Russians,
Buryats, Yakuts, Tuvans, Altaians, Khakas, Koreans, Chinese, Evenks, Ukrainians, Uzbeks; a few
citizens of China, Korea, Mongolia and Vietnam; foreign clinics' staff in Latin), the towns,
streets and villages of Novosibirsk, Omsk, Tomsk, Krasnoyarsk, Irkutsk, Buryatia,
Zabaikalye, Yakutia, Khabarovsk, Primorye, the Amur region, Magadan, Sakhalin, Tuva and
Khakassia (``addr35`` and friends), phones (``mob35``, ``city35``, ``brk35``, ``intl35`` for
China, Korea and Mongolia), e-mails, passports (``pas35``, foreign ``pasf35``), every number
laboratory paperwork gives to one patient (``REC35``: LIS orders, tube barcodes, LIS patient
IDs, case histories, outpatient cards, referrals, commercial orders, chain-of-custody forms
and specimen IDs, isolates, certificates, blood group cards, anonymous HIV codes, 264/у
referrals, ticks, rejection acts, re-test requests, contracts, DNA cases, personnel numbers,
result codes, complaints, telephonograms, 058/у notices, migration cards, patents, ХТИ
referrals, intoxication acts, TB samples, neonatal screening blanks, hepatitis registry
numbers, donor codes, lab journal numbers, medical books, driving licences; ``uuid35`` for
QR tokens), the genre's hard negatives (``ANALYZERS35`` with serials, reagent, control and
strip lots, expiry months, runs, sequence counters, racks, wells, licences, accreditation,
ОГРН, organisation INNs, manifests, security bags, loggers, EQA codes, outgoing numbers,
court case numbers, invoices, sums, card digits, ICD-10, orders of the Ministry, Ct values,
optical densities, cut-offs, titres, results and reference ranges, the test's own ФСЛИ and
LOINC codes), the laboratories, hospitals and courts, the date writings (``dates35``:
«03/11/2026», «03-11-2026», «3.11.26», «03 Nov 2026», «Nov 03, 2026», the ASTM/HL7 head
«20261103» beside the usual ones), every template, ``fillers35``, ``kind_of``, ``source_of``,
``build_all`` and the extra self-check ``check35``.

**Kinds from a real source.** Each kind is one row of the federal NSI directory «ФСЛИ.
Справочник лабораторных тестов» (OID 1.2.643.5.1.13.13.11.1080, version 3.50; ``ID``,
``FULLNAME``, ``LOINC``, ``SPECIMEN``, ``UNIT`` and ``GROUP`` as its ``_passport``
describes them; 70 tests of clinical chemistry, haematology and immunohaematology,
coagulation, infection serology and PCR, autoimmunity, hormones, chemical toxicology and
therapeutic drug monitoring, molecular genetics, microbiology and urinalysis, no row marked
«Устаревший», none whose ID, LOINC code or name appears among the earlier corpora's kinds)
in one genre of the paperwork around one patient's test (critical-value logs, chats and
telephonograms, re-test requests and rejection acts and journals, LIS worklists, analyser
exports, ASTM logs and HL7 messages, portal messages, SMS logs and e-mails, requisition
forms, collection sheets and courier manifests, transfer acts to a subcontractor and a
send-out referral, result sheets, extracts and a physician's comment, invoices and a
contract for paid tests, blood group cards and certificates, a transfusion request, an EQA
letter, an anticoagulation chat, HIV referral and call letters, a hospitalisation
certificate, a donor's deferral letter, a migrant's certificate, an immunity certificate,
tick and paired-sera forms, an ELISA plate protocol, a reference-centre letter, an audit
trail, an IIF report, a travel PCR certificate with its QR text, an emergency notice, a TB
sputum form, a hepatitis registry export, a PCR run report, a medical book's result, a
request for a duplicate, a neonatal screening blank, ХТИ certificates, chain-of-custody and
hair sampling forms, a court's answer, a narcologist's conclusion, an ED blood gas log, TDM
requests and a pharmacologist's note, a DNA relationship contract, a flow cytometry report,
a genetic consent and an English genetic report, blood and urine culture reports, an AMR
export, an MRSA screening sheet, a diphtheria contact card, a stool culture sheet, a urine
strip printout and a ФАП referral). The kind is «FULLNAME (ФСЛИ. Справочник лабораторных
тестов, 1.2.643.5.1.13.13.11.1080 v3.50, ID N): GENRE»; the ``source`` names the directory
entry. One test and one template per kind (no template is shared); ``build_all`` asserts the
kinds are unique.

Emphasis: the NUMBERS of one patient in laboratory paperwork (sample barcodes and order
numbers, LIS patient IDs, case histories and outpatient cards, referrals, chain-of-custody
forms and specimen IDs on A/B bottles, isolates tied to the patient, certificates, anonymous
codes; in tables, logs, exports, ASTM and HL7 lines, SMS and e-mails, split across lines)
beside SNILS, ENP, INN and passports (international and foreign too); PHONES and E-MAILS;
NAMES (in Latin on travel certificates, analyser exports and English reports; «^»-joined in
ASTM and HL7); DATES (collection date with its time, birth dates in every writing); and
PRECISION under the hard negatives a laboratory paper carries beside them (reference ranges,
results with units, titres, Ct values, optical densities and cut-offs, reagent lots and
expiry months, analyser models and serials, ФСЛИ, LOINC and service codes, QC levels, ICD-10,
orders of the Ministry, licences and accreditation, manifests, bags and loggers, EQA codes,
invoices and sums).

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

Judgement calls added for corpus 35 (NEW; written here before any template was written;
they apply the rules above to the paperwork of laboratory testing):

* (new) Every number a laboratory, a collection point, a LIS, an analyser's host or a
  commercial laboratory gives to ONE patient, one patient's order, sample, tube, isolate or
  document is RECORD_ID (corpora 11, 13, 17, 29), in any table, log, export, ASTM or HL7
  line, SMS or e-mail, split across a line (one span with the line break) or OCR-damaged
  (as written): the LIS order («заявка», «Order», «ORD-…»), the referral (направление), the
  sample's and the tube's barcode and the digits printed under it (one span), the LIS
  patient ID («ИД пациента», «PID», «Patient ID»), the case history and the outpatient card,
  a commercial laboratory's order number («ИНЗ», «номер заказа»), the sample's
  registration number in a laboratory journal, a microbiology isolate's number tied to the
  patient («изолят № 26-1187», «Isolate 0412/1», the isolate's suffix inside the span), a
  strain sent on to a reference laboratory under the patient's isolate number, a
  chain-of-custody form's number and the specimen ID printed on its A and B bottles' seals,
  a PCR or a medical certificate's number, a blood group card's number, an anonymous HIV
  code (corpus 15), the referral form 264/у, a notice about one patient (an emergency notice
  ф. 058/у, a critical-value telephonogram's own number; corpus 11), the act of rejection
  of ONE patient's sample (a document about one person's material; corpus 11's «шифр
  пробы»), the re-test request about one patient, a tick's registration number when the
  tick was taken off one person and is registered under that person (the person's
  material, corpus 11: a number given to a sample of a surface stays unlabelled, a number
  given to one person's sample is RECORD_ID), a contract for paid tests with one person
  and a DNA-relationship case (corpus 10), a personnel number (corpus 10), the code for
  fetching one patient's results by SMS or on a portal (corpus 17), a complaint's or a
  portal request's registration number (corpus 15) and a verification token or UUID in a
  certificate's QR text or link (the token alone is the span; the site's address before it
  is not labelled; corpus 14's UUID of one patient's study).
* (new) Not labelled (numbers of a test, a method, a thing, a batch, a scheme or an
  organisation; corpora 10, 14, 17 and 29 restated for this field): the test's ФСЛИ code
  («1003979»), LOINC-like codes («39480-9»), service codes («A09.05.023»), internal test
  codes («Б-045», «ПЦР-12»), analysers' models, serial numbers and inventory numbers,
  software versions, reagent, calibrator, control and consumable lots («LOT 62814501»),
  REF and catalogue numbers, expiry months («годен до 03.2027»), QC levels and their
  targets, runs, plates, batches, wells («A7»), racks and positions, an analyser's sequence
  counter («Seq 0147»), cut-off values and optical densities, Ct values and thresholds,
  titres («1:160»), results with units («5,6 ммоль/л»), reference ranges, detection limits,
  ICD-10 codes, orders of the Ministry and laws with their numbers («приказ № 464н»; their
  dates are DATE), the laboratory's licence and accreditation numbers, the ОГРН, ИНН and
  КПП of an organisation, a courier manifest's own number, its bag, container and
  thermo-logger numbers, a security bag's («сейф-пакет») number, an employer's, an
  insurer's or a court's outgoing numbers and a court's case number (corpora 10 and 15),
  the EQA scheme's sample codes, round numbers and the laboratory's participant code, ATCC
  and other control strains, an invoice's or an act's own number and a cash receipt's
  fiscal numbers (corpus 10: invoices and acts are not labelled, also when the payer is
  one person — kept unchanged here; the contract with one person and the order number
  printed on the invoice are RECORD_ID), sums, a card's last four digits, a
  confirmation code of a payment and an SMS sender name («LAB-SIB», corpus 19).
* (new) Dates as laboratory systems print them: «03.11.2026 08:14», «2026-11-03 08:14:55»,
  «2026-11-03T08:14», «03/11/2026», «03-11-2026», «3.11.26», «03 Nov 2026», «Nov 03, 2026» and
  the head «20261103» of an ASTM or HL7 timestamp «20261103081455» are one DATE span each
  (the time stays outside); a birth date in any of them after «д.р.», «DOB», «Date of
  birth», «г.р.», PID-7 or an ASTM P-record's birth field is BIRTH_DATE. A collection,
  receipt, validation or issue date is DATE; an expiry or calibration date with day, month
  and year is DATE (corpus 17); month and year alone are not labelled.
* (new) A travel certificate's name in Latin («TSYRENOV BAIR», «Kim Sergei») is PERSON; a
  foreign passport (1–2 Latin letters and 7–8 digits: a Chinese «E12345678», a Korean
  «M12345678», an Uzbek «FA1234567») and a Russian international passport («75 1234567»)
  are PASSPORT (corpus 11); a migration card and a work patent's number are RECORD_ID, the
  patent's series is not labelled (corpus 11's rule for an issued form's series).
* (new) In an ASTM record, the P-record's practice- and laboratory-assigned patient IDs,
  the O-record's specimen ID and instrument specimen ID are RECORD_ID, the patient's name
  PERSON, the birth date BIRTH_DATE; the frame numbers, the record sequence numbers, the
  test code «^^^TNT», the instrument's name and serial in the H-record, the rack and
  position are not labelled (corpus 17's rule for HL7, applied to ASTM).
* (new) A donor of a drug-test specimen, a driver, a worker, a party to a court case, a
  child whose paternity is tested and an alleged father are persons: every name is PERSON;
  an employer's name (an organisation) is not labelled, an individual entrepreneur's name
  is PERSON (corpus 12). A collector's and a witness's signature names are PERSON.

Run: ``.venv/bin/python bench/text_corpus/write_independent35.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent35.jsonl"
SEED = 3520261207
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

# ---------------------------------------------------------------- people (fresh for corpus 35)
# Siberia and the Far East: Russians, Buryats, Yakuts, Tuvans, Altaians, Khakas, Koreans,
# Chinese, Evenks, Ukrainians, Uzbeks; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Мальцев",
    "Шестаков",
    "Прокопьев",
    "Ушаков",
    "Зыков",
    "Кочергин",
    "Суханов",
    "Лыткин",
    "Плотников",
    "Хабаров",
    "Чащин",
    "Пантелеев",
    "Гладких",
    "Цыренов",
    "Дашиев",
    "Бадмаев",
    "Доржиев",
    "Жамсоев",
    "Намсараев",
    "Аюшеев",
    "Гомбоев",
    "Саввинов",
    "Неустроев",
    "Охлопков",
    "Винокуров",
    "Слепцов",
    "Гоголев",
    "Монгуш",
    "Ооржак",
    "Донгак",
    "Куулар",
    "Кергилов",
    "Манзыров",
    "Ябыштаев",
    "Топоев",
    "Тюмереков",
    "Сагалаков",
    "Кичеев",
    "Ким",
    "Пак",
    "Тен",
    "Шин",
    "Ван",
    "Удыгир",
    "Увачан",
    "Гаюльский",
    "Комбагир",
    "Ткачук",
    "Гончаренко",
    "Савчук",
    "Шевчук",
    "Мазур",
    "Каримов",
    "Турсунов",
    "Хамраев",
    "Абдуллаев",
    "Мирзаев",
]
M_FIRST = [
    "Баир",
    "Булат",
    "Жаргал",
    "Айсен",
    "Ньургун",
    "Аяс",
    "Чингис",
    "Эрес",
    "Сергей",
    "Евгений",
    "Максим",
    "Никита",
    "Роман",
    "Степан",
    "Егор",
    "Артём",
    "Денис",
    "Юрий",
    "Шухрат",
    "Бахтиёр",
    "Тимур",
    "Иннокентий",
    "Гаврил",
    "Альберт",
    "Виталий",
]
F_FIRST = [
    "Сэсэг",
    "Туяна",
    "Дарима",
    "Саяна",
    "Сардана",
    "Нюргуяна",
    "Чечек",
    "Светлана",
    "Людмила",
    "Наталья",
    "Екатерина",
    "Ангелина",
    "Виктория",
    "Марина",
    "Снежана",
    "Зарина",
    "Дильноза",
    "Гульчехра",
    "Сюзанна",
    "Валентина",
    "Кристина",
    "Эржена",
    "Айталина",
    "Надежда",
]
PAT_STEMS = [
    "Баиров",
    "Булатов",
    "Жаргалов",
    "Цыренов",
    "Доржиев",
    "Айсенов",
    "Гаврильев",
    "Прокопьев",
    "Иннокентьев",
    "Валерьев",
    "Геннадьев",
    "Анатольев",
    "Юрьев",
    "Сергеев",
    "Евгеньев",
    "Николаев",
    "Романов",
    "Степанов",
    "Шухратов",
    "Тимуров",
    "Алексеев",
    "Егоров",
    "Константинов",
    "Леонидов",
]
FOREIGN = [
    ("Ван", "Лэй", True),
    ("Чжоу", "Мин", True),
    ("Пак", "Джи Хун", True),
    ("Батбаяр", "Ганбаатар", True),
    ("Ли", "Сюэ", False),
    ("Ким", "Со Ён", False),
    ("Нгуен", "Тхи Лан", False),
    ("Чжан", "Юй", False),
]
INDECL_FIRST = {
    "Сэсэг",
    "Чечек",
    "Лэй",
    "Мин",
    "Джи Хун",
    "Сюэ",
    "Со Ён",
    "Тхи Лан",
    "Юй",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign laboratories' and clinics' staff in Latin («Dr.», «MD», «PhD» stay outside)
FOREIGN_LAT = [
    "Zhang Hui",
    "Park Min-jun",
    "Li Na",
    "Choi Hyun-woo",
    "Tanaka Yuki",
    "Dorj Batbold",
    "Wang Jing",
    "Lee Seo-yeon",
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


# ---------------------------------------------------------------- corpus 35: places (fresh)
# Siberia and the Far East (the laboratories, the collection points and the patients' homes).
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS35 = [
    (
        "г. Новосибирск",
        "в г. Новосибирске",
        "Новосибирск",
        "Новосибирская область",
        "НСО",
        "630",
        "383",
    ),
    ("г. Омск", "в г. Омске", "Омск", "Омская область", "Омская обл.", "644", "3812"),
    ("г. Томск", "в г. Томске", "Томск", "Томская область", "Томская обл.", "634", "3822"),
    (
        "г. Красноярск",
        "в г. Красноярске",
        "Красноярск",
        "Красноярский край",
        "Красноярский кр.",
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
    ("г. Улан-Удэ", "в г. Улан-Удэ", "Улан-Удэ", "Республика Бурятия", "РБ", "670", "3012"),
    ("г. Чита", "в г. Чите", "Чита", "Забайкальский край", "Заб. край", "672", "3022"),
    ("г. Якутск", "в г. Якутске", "Якутск", "Республика Саха (Якутия)", "РС(Я)", "677", "4112"),
    (
        "г. Хабаровск",
        "в г. Хабаровске",
        "Хабаровск",
        "Хабаровский край",
        "Хаб. край",
        "680",
        "4212",
    ),
    ("г. Владивосток", "в г. Владивостоке", "Владивосток", "Приморский край", "ПК", "690", "423"),
    (
        "г. Благовещенск",
        "в г. Благовещенске",
        "Благовещенск",
        "Амурская область",
        "Амурская обл.",
        "675",
        "4162",
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
    (
        "г. Южно-Сахалинск",
        "в г. Южно-Сахалинске",
        "Южно-Сахалинск",
        "Сахалинская область",
        "Сахалинская обл.",
        "693",
        "4242",
    ),
    ("г. Кызыл", "в г. Кызыле", "Кызыл", "Республика Тыва", "Тыва", "667", "39422"),
    ("г. Абакан", "в г. Абакане", "Абакан", "Республика Хакасия", "РХ", "655", "3902"),
]
# street: with its type, bare (as people write it)
STREETS35 = [
    ("ул. Ербанова", "Ербанова"),
    ("ул. Бабушкина", "Бабушкина"),
    ("ул. Кулаковского", "Кулаковского"),
    ("ул. Муравьёва-Амурского", "Муравьёва-Амурского"),
    ("ул. Светланская", "Светланская"),
    ("ул. Амурская", "Амурская"),
    ("пр-т Мира", "Мира пр-т"),
    ("ул. Кочетова", "Кочетова"),
    ("ул. Щетинкина", "Щетинкина"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("ул. Байкальская", "Байкальская"),
    ("ул. Партизанская", "Партизанская"),
    ("ул. Дальневосточная", "Дальневосточная"),
    ("ул. Профсоюзная", "Профсоюзная"),
    ("ул. Лермонтова", "Лермонтова"),
    ("пр-т Красноярский рабочий", "Красноярский раб."),
    ("ул. Смолина", "Смолина"),
    ("ул. Пушкина", "Пушкина"),
    ("ш. Владивостокское", "Владивостокское ш."),
    ("мкр. 202-й", "202 мкр"),
]
# village: with type, locative, district, region
RURAL35 = [
    ("с. Иволгинск", "в с. Иволгинск", "Иволгинский р-н", "Республика Бурятия"),
    ("с. Кабанск", "в с. Кабанск", "Кабанский р-н", "Республика Бурятия"),
    ("пгт Агинское", "в пгт Агинское", "Агинский р-н", "Забайкальский край"),
    ("с. Майя", "в с. Майя", "Мегино-Кангаласский улус", "Республика Саха (Якутия)"),
    ("с. Чурапча", "в с. Чурапча", "Чурапчинский улус", "Республика Саха (Якутия)"),
    ("с. Иенгра", "в с. Иенгра", "Нерюнгринский р-н", "Республика Саха (Якутия)"),
    ("с. Тээли", "в с. Тээли", "Бай-Тайгинский кожуун", "Республика Тыва"),
    ("с. Сукпак", "в с. Сукпак", "Кызылский кожуун", "Республика Тыва"),
    ("с. Аскиз", "в с. Аскиз", "Аскизский р-н", "Республика Хакасия"),
    ("с. Шира", "в с. Шира", "Ширинский р-н", "Республика Хакасия"),
    ("с. Троицкое", "в с. Троицком", "Нанайский р-н", "Хабаровский край"),
    ("с. Покровка", "в с. Покровке", "Октябрьский округ", "Приморский край"),
    ("пгт Ола", "в пгт Ола", "Ольский р-н", "Магаданская обл."),
    ("с. Ивановка", "в с. Ивановке", "Ивановский округ", "Амурская обл."),
    ("пгт Ноглики", "в пгт Ноглики", "Ногликский р-н", "Сахалинская обл."),
    ("пос. Тура", "в пос. Тура", "Эвенкийский р-н", "Красноярский край"),
]
RURAL_ST35 = [
    "Таёжная",
    "Октябрьская",
    "Набережная",
    "Школьная",
    "Юбилейная",
    "Мерзлотная",
    "Оленеводов",
    "Рабочая",
    "Степная",
    "Ключевая",
]
ORG_ST35 = [
    "ул. Павлова",
    "ул. Краснофлотская",
    "ул. Сергеляхское ш., 4 км",
    "ул. Пирогова",
    "ул. Кирова",
    "ул. Тимирязева",
    "ул. Ломоносова",
    "ул. Бограда",
    "ул. Октябрьская",
]


def _t35(rng: random.Random) -> tuple:
    return rng.choice(TOWNS35)


def _hk35(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 140))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/1", " корп. 2", " стр. 4", "/3"])
    return h, rng.randint(1, 240)


def addr35(rng: random.Random) -> str:
    """A patient's address as a requisition form, a LIS card or a contract holds it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t35(rng)
    st, bare = rng.choice(STREETS35)
    v, _vl, vdist, vreg = rng.choice(RURAL35)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk35(rng)
    n = rng.randint(1, 70)
    rs = rng.choice(RURAL_ST35)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, {n}",
        lambda: f"{bare_t}, {bare}, {h}, кв. {k}",
        lambda: f"{z}, {town}, {st}, {h}-{k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
        lambda: f"{z}, {vreg}, {vdist}, {v}, {rs} {n}",
    ]
    return rng.choice(shapes)()


def abr35(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a requisition form)."""
    town, _l, _b, reg, _ra, idx, _c = _t35(rng)
    st, _bare = rng.choice(STREETS35)
    h, k = _hk35(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, {h}-{k},\n{town}",
        ]
    )


def aloc35(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t35(rng)
    st, bare = rng.choice(STREETS35)
    _v, vl, vdist, _vr = rng.choice(RURAL35)
    h, k = _hk35(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST35)}, д. {rng.randint(1, 60)}",
            f"{loc[2:]}, {bare}, {h}-{k}",
        ]
    )


def arur35(rng: random.Random, village: tuple) -> str:
    """An address in the ФАП's own village (a register of a rural feldsher station)."""
    v, _vl, vdist, vreg = village
    rs, n = rng.choice(RURAL_ST35), rng.randint(1, 70)
    return rng.choice(
        [
            f"{v}, ул. {rs}, {n}",
            f"{v}, {rs} {n}",
            f"{vdist}, {v}, ул. {rs}, д. {n}",
            f"{v}, ул. {rs}, д. {n}, кв. {rng.randint(1, 4)}",
        ]
    )


def aorg35(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t35(rng)
    st = rng.choice(ORG_ST35)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}, стр. {rng.randint(1, 5)}",
            f"{st}, {n}, {town}",
        ]
    )


# ---------------------------------------------------------------- corpus 35: phones (fresh)
OPS35 = ["914", "924", "984", "964", "902", "908", "904", "983", "993", "996", "913", "950"]
NDASH = "–"


def _mob35(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS35), rng.randint(100, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob35(rng: random.Random) -> str:
    """A patient's mobile as a requisition form, a LIS card or an SMS log holds it."""
    op, a, b, c = _mob35(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7({op}){a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a}-{b}{c}",
            f"8 {op} {a} {b} {c}",
            f"7{op}{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"8-{op}-{a}{NDASH}{b}{NDASH}{c}",
            f"8({op}){a}-{b}-{c}",
        ]
    )


def city35(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t35(rng)
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


def brk35(rng: random.Random) -> str:
    op, a, b, c = _mob35(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8 {op}\n{a}-{b}-{c}", f"8-{op}-{a}-\n{b}-{c}"])


def intl35(rng: random.Random) -> str:
    """A phone in China, Korea or Mongolia, as a travel certificate or a foreign clinic gives it."""
    return shape(
        rng,
        rng.choice(
            ["+86 451 #### ####", "+86 13# #### ####", "+82 10-####-####", "+976 99## ####"]
        ),
    )


MAIL_DOM35 = [
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "ya.ru",
    "icloud.com",
]
ORG_MAIL35 = [
    "kdl@rkb-ulanude.ru",
    "results@siblab-express.ru",
    "info@dv-diagnostika.ru",
    "zakaz@labtest-amur.ru",
    "krit.lab@rkb1-yakutsk.ru",
    "bak.lab@kkb-khv.ru",
    "pcr@cgie-primorye.ru",
    "lab@aids-centr-irk.ru",
    "hti@narkodisp-chita.ru",
    "noreply@labportal-sib.ru",
    "genetics@dnk-vostok.ru",
    "kdl.okb@tomsk-okb.ru",
]


def mail35(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f}.{s}{rng.randint(1, 99)}",
            f"{s}_{f[0]}",
            f"{f[0]}{s}",
            f"{s}{rng.randint(1970, 2005)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM35)}"


# ---------------------------------------------------------------- corpus 35: passports (fresh)
OKATO35 = ["81", "76", "98", "08", "05", "10", "44", "64", "93", "95", "04", "50", "52"]


def pas35(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO35), f"{rng.randint(3, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}№{n}", f"{o} {y}-{n}"]
    )


def pasf35(rng: random.Random) -> str:
    """A foreign citizen's passport: China «E», Korea «M», Uzbekistan «FA», Mongolia «E»."""
    return shape(rng, rng.choice(["E########", "EJ#######", "M########", "FA#######", "AD#######"]))


# ---------------------------------------------------------------- corpus 35: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE patient, one patient's order, sample, isolate or document: RECORD_ID
REC35 = {
    "ord": ["ЗК-26-######", "2611######", "ORD-#######", "Н-######/26", "L26-######"],  # LIS order
    "bar": ["2##########", "1#########", "8#######", "SIB#######", "05########"],  # tube barcode
    "pid": ["P#######", "ПЦ-######", "######-Л", "ID-#######", "PN######"],  # LIS patient ID
    "ib": ["####/26", "И-26-#####", "##-#####", "С-#####"],  # case history
    "amb": ["АК-#####", "######", "Т-#####/26", "##-####-А"],  # outpatient card
    "ref": ["НП-26-######", "#####/н", "Н-2026-#####", "НАП-######"],  # referral
    "inz": ["#########", "#########-##", "Z########", "ЛК-#######"],  # commercial order
    "coc": ["CoC-26-#####", "ЦХ-######", "DT#######", "ФЦ-26/####"],  # chain-of-custody form
    "spec": ["S26-#####", "ОБ-######", "U#######"],  # drug-test specimen ID (bottles -A/-B)
    "iso": ["26-####", "####/#", "ИЗ-26-#####", "B26-#####"],  # microbiology isolate
    "cert": ["PCR-26-######", "ЛС-#######", "26-######-CV", "СЕРТ-#####"],  # certificate
    "card": ["ГК-#####", "####/26-Т", "КГ-26-####"],  # blood group card
    "anon": ["А-26-####", "######-АН", "АН/####"],  # anonymous HIV code
    "f264": ["264-#####", "Р-#####/26", "#####-ВИЧ"],  # referral form 264/у
    "tick": ["К-26-####", "кл-####/26", "КЛ#####"],  # a tick taken off one person
    "rej": ["ОТБ-####", "Б-26-###", "ОП-####/26"],  # act of rejection of one sample
    "retest": ["ПВ-26-####", "ПЗ-#####", "RT-26-####"],  # re-test request
    "contract": ["ДУ-26-#####", "####/ПЛ-26", "ПМУ-######"],  # contract with one person
    "dna": ["ДНК-26-####", "PT-26-###", "РОД-####"],  # DNA relationship case
    "tab": ["#####", "Т-####", "00####"],  # personnel number
    "code": ["####-%%", "@@-####", "%#%#%#"],  # code for fetching results
    "compl": ["ОБР-26-####", "Ж-####/26", "#####"],  # complaint's registration
    "tg": ["ТФ-###", "Т-26-###", "КЗ-####"],  # critical-value telephonogram
    "n058": ["058-26-#####", "ЭИ-######", "#####/058"],  # emergency notice
    "mig": ["#### #######", "##########"],  # migration card
    "patent": ["##########", "26########"],  # work patent number
    "hti": ["###/26", "ХТИ-####", "Х-#####"],  # ХТИ referral
    "amo": ["###", "####/26", "МО-####"],  # act of medical examination for intoxication
    "tb": ["ТБ-26-####", "М-####/26", "МБТ-#####"],  # sputum sample ф. 04-ТБ/у
    "neo": ["#######", "НС-#######", "26#######"],  # neonatal screening blank
    "reg": ["РВГ-##-#####", "ВГ######", "##-ВГ-####"],  # viral hepatitis registry
    "donor": ["Д-######", "ДК-#####", "#####-Д"],  # donor code
    "jn": ["####", "###/26", "Р-#####"],  # sample's number in a lab journal
    "san": ["##-##-######", "ЛМК-######"],  # personal medical book (санитарная книжка)
    "vu": ["## ## ######", "####-######", "## %% ######"],  # driving licence
}


def rec35(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC35[kind]))


def uuid35(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- corpus 35: hard negatives
# analysers by the test's group in the directory: (model, serial shape)
ANALYZERS35 = {
    "chem": [
        ("Mindray BS-480", "зав. № BA#-#####"),
        ("ARCHITECT c4000", "SN C4#####"),
        ("Indiko Plus", "S/N ####-###"),
        ("cobas c 311", "S/N 1###-##"),
        ("AQT90 FLEX", "S/N ###R####"),
    ],
    "haem": [
        ("Sysmex XN-1000", "S/N 1####"),
        ("Mindray BC-6800", "SN WB-#####"),
        ("Medonic M51", "S/N 5####"),
    ],
    "coag": [
        ("ACL TOP 550 CTS", "S/N 1#######"),
        ("Sysmex CS-2500", "S/N ####"),
        ("STA Compact Max", "SN ####"),
    ],
    "immuno": [
        ("ARCHITECT i2000SR", "SN i2SR#####"),
        ("cobas e 411", "S/N 1###-##"),
        ("Alisei Q.S.", "S/N AQ###"),
        ("Maglumi 800", "SN 08#####"),
    ],
    "pcr": [
        ("CFX96 Touch", "S/N CT######"),
        ("ДТпрайм 5М1", "зав. № ####"),
        ("Rotor-Gene Q", "S/N R######"),
        ("QuantStudio 5", "SN 2728#####"),
    ],
    "micro": [
        ("BacT/ALERT 3D", "S/N ####-###"),
        ("VITEK 2 Compact", "SN VK2C#####"),
        ("MALDI Biotyper sirius", "SN ####"),
    ],
    "urine": [
        ("Sysmex UC-3500", "S/N #####"),
        ("AUTION MAX AX-4030", "S/N ####-##"),
        ("Uriscan Pro", "SN U#####"),
    ],
    "tox": [
        ("Agilent 7890B/5977B (ГХ-МС)", "S/N US####M###"),
        ("Хроматэк-Кристалл 5000", "зав. № ####"),
        ("Indiko Plus", "S/N ####-###"),
    ],
}
GROUP_AN35 = {
    "Биохимические исследования": "chem",
    "Гематологические исследования": "haem",
    "Коагулогические исследования": "coag",
    "Иммунологические исследования": "immuno",
    "Аутоиммунная диагностика": "immuno",
    "Молекулярная диагностика инфекционных заболеваний": "pcr",
    "Молекулярно-генетические исследования": "pcr",
    "Микробиологические исследования": "micro",
    "Чувствительность к антимикробным и дезинфицирующим препаратам": "micro",
    "Химико-микроскопические исследования": "urine",
    "Химико-токсикологические исследования": "tox",
    "Терапевтический лекарственный мониторинг": "tox",
}
LABS35 = [
    "ООО «СибЛаб Экспресс»",
    "ООО «ДВ-Диагностика»",
    "ООО «ЛабТест Амур»",
    "КДЛ ГАУЗ «Республиканская клиническая больница» (Улан-Удэ)",
    "ЦКДЛ ГБУ РС(Я) «Республиканская больница № 1 — Национальный центр медицины»",
    "КДЛ КГБУЗ «Краевая клиническая больница № 1» (Хабаровск)",
    "КДЛ ОГАУЗ «Томская областная клиническая больница»",
    "КДЛ ГБУЗ «Забайкальский краевой консультативно-диагностический центр»",
    "ООО «Медлаб Байкал»",
    "КДЛ ГБУЗ РТ «Республиканская больница № 1» (Кызыл)",
]
HOSP35 = [
    "ГАУЗ «Городская поликлиника № 2»",
    "ГБУЗ «Городская больница № 4»",
    "КГБУЗ «Краевая клиническая больница»",
    "ГБУЗ «Центральная районная больница»",
    "ГАУЗ «Республиканская клиническая больница № 2»",
    "ОГБУЗ «Областной онкологический диспансер»",
    "ГБУЗ «Перинатальный центр»",
    "ЧУЗ «Клиническая больница «РЖД-Медицина»",
]
ICD35 = [
    "E11.9",
    "N18.3",
    "I21.4",
    "K85.9",
    "E16.2",
    "D69.6",
    "A84.1",
    "A69.2",
    "B66.0",
    "B67.0",
    "Z20.6",
    "Z01.8",
    "R79.8",
    "T58",
    "O09.1",
    "E83.1",
]
COURTS35 = [
    "Железнодорожный районный суд г. Улан-Удэ",
    "Якутский городской суд",
    "Центральный районный суд г. Хабаровска",
    "Кировский районный суд г. Иркутска",
    "Ленинский районный суд г. Владивостока",
    "Кызылский городской суд",
    "Черновский районный суд г. Читы",
]
# orders of the Ministry: (date, number); the date is DATE, the number is not labelled
MZ35 = [
    ("18.05.2021", "464н"),
    ("18.12.2015", "933н"),
    ("28.01.2021", "29н"),
    ("25.12.1997", "380"),
]


def num35(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VERSION_WORDS35 = ("версия", "версии", "Version", "вер.", "ver.", "редакция", "ПО")


def dates35(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_c"] = f"{y}{m:02d}{dd:02d}"  # ASTM / HL7 head
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_sh"] = f"{dd}.{m:02d}.{y % 100:02d}"
    f[key + "_en"] = f"{dd:02d} {MON_EN[m - 1]} {y}"
    f[key + "_us"] = f"{MON_EN[m - 1]} {dd:02d}, {y}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled


def fillers35(rng: random.Random) -> dict:
    f: dict = {}
    f.update(person(rng, "p"))  # the patient (a foreign citizen now and then)
    for pre in ("d", "e", "h", "k", "m", "x", "r", "n", "w"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a female relative
    f.update(person(rng, "u", True, foreign_ok=False))  # a male relative
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "u", "c", "d", "e", "n", "w"):
        words = f[pre].split()
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in words[:2])  # «Tsyrenov Bair»
        f[pre + "_latup"] = " ".join(lat(w).upper() for w in words[:2])  # «TSYRENOV BAIR»
        f[pre + "_astm"] = "^".join(lat(w).upper() for w in words)  # «TSYRENOV^BAIR^…»
        f[pre + "_en"] = "M" if f[pre + "_male"] else "F"
        f[pre + "_mf"] = "М" if f[pre + "_male"] else "Ж"
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    bdd = dt.date(rng.randint(1944, 2006), rng.randint(1, 12), rng.randint(1, 28))
    dates35(f, "bd", bdd)
    f["age"] = str(2026 - bdd.year - (1 if (bdd.month, bdd.day) > (11, 15) else 0))
    f["bdy"] = str(bdd.year)
    dates35(f, "bdq", dt.date(rng.randint(1978, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    dates35(f, "bdu", dt.date(rng.randint(1955, 1996), rng.randint(1, 12), rng.randint(1, 28)))
    bdc = dt.date(rng.randint(2013, 2024), rng.randint(1, 12), rng.randint(1, 28))
    dates35(f, "bdc", bdc)
    f["agec"] = str(2026 - bdc.year - 1)
    dates35(f, "bdn", dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)))
    # the documents' dates: six in order
    cur = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(0, 6) if i < 4 else rng.randint(1, 20))
        dates35(f, f"t{i}", cur)
        if i == 1:
            dates35(f, "tlmp", cur - dt.timedelta(days=rng.randint(36, 48)))
    dates35(f, "told", dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates35(f, "tcal", dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)))
    dates35(f, "texp", dt.date(rng.randint(2027, 2028), rng.randint(1, 12), rng.randint(1, 28)))
    f["pas_d"] = date(rng, rng.randint(2008, 2025), rng.choice(["dot", "dot", "words"]))
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    t0 = rng.randint(6 * 60 + 30, 11 * 60)
    for i in range(1, 7):
        t0 += rng.randint(4, 75)
        f[f"tm{i}"] = f"{t0 // 60 % 24:02d}:{t0 % 60:02d}"
        f[f"ts{i}"] = f"{t0 // 60 % 24:02d}{t0 % 60:02d}{rng.randint(0, 59):02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr35(rng)
        f[f"ph{i}"] = mob35(rng)
    f["al1"] = aloc35(rng)
    f["a_br"] = abr35(rng)
    f["ao"], f["ao2"] = aorg35(rng), aorg35(rng)
    f["phc1"], f["phc2"] = city35(rng), city35(rng)
    f["ph_br"] = brk35(rng)
    f["phi"] = intl35(rng)
    f["ext"] = str(rng.randint(100, 799))
    f["m1"] = mail35(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail35(rng, f["q_sur"], f["q_first"])
    f["md"] = mail35(rng, f["d_sur"], f["d_first"])
    f["mu"] = mail35(rng, f["u_sur"], f["u_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL35, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas35(rng), pas35(rng)
    f["pasz"] = f"{rng.randint(70, 77)} {rng.randint(1000000, 9999999)}"  # international
    f["pasf"] = pasf35(rng)
    f["kpd"] = f"{rng.randint(30, 800):03d}-{rng.randint(1, 80):03d}"
    f["bc"] = bcert(rng)
    # numbers of one patient, one patient's sample, isolate or document
    for key in REC35:
        f[key] = rec35(rng, key)
        f[key + "2"] = rec35(rng, key)
    f["ord_br"] = brk_at(rec35(rng, "ord"))
    f["bar_br"] = brk_at(shape(rng, "2##########"))
    f["uuid"] = uuid35(rng)
    f["iso_s"] = f["iso"] + rng.choice(["/1", "/2", "-1", ".2"])
    # hard negatives of laboratory paperwork
    f["lot"] = shape(rng, rng.choice(["#######", "LOT ########", "%##%####", "###-##"]))
    f["lot2"] = shape(rng, rng.choice(["#######", "#####%", "##%####"]))
    f["qclot"] = shape(rng, rng.choice(["#####", "2####%", "L#-####"]))
    f["run"] = shape(rng, rng.choice(["R###", "###", "0##"]))
    f["seq"] = shape(rng, "0###")
    f["rack"] = shape(rng, rng.choice(["штатив ##, поз. #", "Rack 0###/#", "Р-##, гн. ##"]))
    f["well"] = rng.choice("ABCDEFGH") + str(rng.randint(1, 12))
    f["lic"] = shape(
        rng, rng.choice(["Л041-01137-##/00######", "ЛО-##-01-00####", "Л041-0####-##/00#####"])
    )
    f["accr"] = shape(rng, rng.choice(["RA.RU.21%%##", "ГОСТ Р ИСО 15189, аттестат № %%.RU.1###"]))
    f["ogrn"] = shape(rng, "1############")
    f["inn_org"] = shape(rng, rng.choice(["38########", "27########", "14########", "03########"]))
    f["manifest"] = shape(rng, rng.choice(["МН-26-####", "РП-#####", "TR-26/####"]))
    f["bag"] = shape(rng, rng.choice(["%%-#######", "СП ######", "#######"]))
    f["logger"] = shape(rng, rng.choice(["TL-####", "логгер №###", "DT-#####"]))
    f["eqa"] = shape(rng, rng.choice(["ФСВОК-2026-#-##", "ВКК-##/26", "EQA 26-#-###"]))
    f["eqa_part"] = shape(rng, rng.choice(["#####", "УЧ-####", "RU#####"]))
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "исх-####", "#-###/26"]))
    f["court"] = shape(rng, rng.choice(["2-####/2026", "2а-###/2026", "1-###/2026"]))
    f["inv"] = shape(rng, rng.choice(["СЧ-######", "#######", "А-#####/26"]))
    f["sum"] = f"{rng.randint(4, 96) * 50:,}".replace(",", " ")
    f["card4"] = shape(rng, "####")
    f["icd1"], f["icd2"] = rng.sample(ICD35, 2)
    f["mz_d"], f["mz_no"] = rng.choice(MZ35)
    f["hosp"], f["hosp2"] = rng.sample(HOSP35, 2)
    f["lab"], f["lab2"] = rng.sample(LABS35, 2)
    f["ct"] = num35(rng, 16, 36, 2)
    f["ct2"] = num35(rng, 24, 33, 2)
    f["od"] = num35(rng, 0.9, 3.2, 3)
    f["cut"] = num35(rng, 0.18, 0.32, 3)
    f["small"] = str(rng.randint(2, 30))
    f["vol"] = num35(rng, 1.5, 6, 1)
    village = rng.choice(RURAL35)
    f["v_name"] = village[0]  # a bare village in a ФАП's or a forest's name
    f["ar1"], f["ar2"] = arur35(rng, village), arur35(rng, village)
    f["town_n"] = _t35(rng)[0]  # the place a contract was signed: a bare city
    f["ocr_p"] = ocr(f["p_s"])
    f["court_name"] = rng.choice(COURTS35)
    f["lab_code"] = shape(rng, rng.choice(["RU-###", "LAB###", "###-СИБ"]))
    f["mz_pre"] = "приказ Минздрава России"
    f["sex_w"] = "муж." if f["p_male"] else "жен."
    return f


def shape29(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape29(rng, m.group(1)), template)
    fill = fillers35(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 35: genres and kinds
# one kind per test: (ID in the ФСЛИ, genre, template); no template is shared
GENRES35: list[tuple[int, str, str]] = [
    (
        1003979,
        "журнал регистрации критических значений приёмного отделения (таблица)",
        """ЖУРНАЛ РЕГИСТРАЦИИ КРИТИЧЕСКИХ ЗНАЧЕНИЙ · КДЛ {lab}
Тест: {test} (код ФСЛИ {fsli}, LOINC {loinc}); критический порог < 2,5 и > 25,0 ммоль/л
Дата       | время | № заявки       | штрихкод        | пациент (ФИО, д.р.)                    | результат   | кому сообщено            | кто сообщил
[[D:{t1}]] | {tm1} | [[R:{ord}]]    | [[R:{bar}]]     | [[P:{p_s}]], [[B:{bd}]]                | 1,8 ммоль/л | деж. врач [[P:{d_s}]]   | [[P:{e_s}]]
[[D:{t1}]] | {tm3} | [[R:{ord2}]]   | [[R:{bar2}]]    | [[P:{n_s}]], [[B:{bdn}]]               | 27,4 ммоль/л | м/с [[P:{k_s}]]        | [[P:{e_s}]]
Повтор у пациента [[P:{p_sur}]] через 30 мин (ИБ [[R:{ib}]]): 3,9 ммоль/л, анализатор {an} ({an_sn}).
Контроль качества перед серией: уровень 1 — 2,9; уровень 2 — 16,8 ммоль/л (лот {qclot}), в пределах.
Основание: {mz_pre} от [[D:{mz_d}]] № {mz_no}. Журнал проверил зав. КДЛ [[P:{h_s}]] [[D:{t2}]].""",
    ),
    (
        1005487,
        "запрос на повторный забор крови после гемолиза пробы",
        """ЗАПРОС НА ПОВТОРНОЕ ВЗЯТИЕ БИОМАТЕРИАЛА № [[R:{retest}]]
Кому: старшей медсестре {hosp}, отд. терапии; копия — лечащему врачу [[P:{d_i}]]
Пациент: [[P:{p}]], [[B:{bd}]] г.р., ИБ № [[R:{ib}]], ИД ЛИС [[R:{pid}]]
Проба: пробирка Li-гепарин, штрихкод [[R:{bar}]], заявка [[R:{ord}]], взята [[D:{t1}]] в {tm1}, доставлена в {tm3}
Причина: выраженный гемолиз (индекс H = 312, допустимо до 90); {test} — результат не выдаётся
(полученное значение 7,1 ммоль/л недостоверно, референсный интервал 3,5–5,1 ммоль/л).
Просим повторить забор до {tm5} [[D:{t2_dm}]], без жгута более 1 мин, транспортировка не позднее 30 мин.
Дежурный врач КДЛ [[P:{e_s}]], тел. [[T:{phc1}]] доб. {ext}
Пациенту отправлено SMS на [[T:{ph1}]]: «Просим прийти на повторную сдачу крови [[D:{t2_wd}]] в процедурный каб. 112».""",
    ),
    (
        1006493,
        "рабочий лист ЛИС участка биохимии мочи (экспорт)",
        """WORKLIST · участок «Биохимия мочи» · сформирован [[D:{t1_iso}]] {tm2} · оператор [[P:{e_s}]]
Анализатор: {an} ({an_sn}); калибровка [[D:{tcal}]]; реагент лот {lot}, годен до {exp_m}
Поз | Sample ID      | Заявка         | PID          | Пациент                 | Тест                   | Статус
1   | [[R:{bar}]]    | [[R:{ord}]]    | [[R:{pid}]]  | [[P:{p_up}]]            | UCREA ({fsli}, {loinc}) | к выполнению
2   | [[R:{bar2}]]   | [[R:{ord2}]]   | [[R:{pid2}]] | [[P:{n_s}]]             | UCREA, UALB            | к выполнению
3   | QC-L1          | —              | —            | контроль уровень 1      | UCREA                  | выполнено 4,12 ммоль/л
Примечание для поз. 1: суточная моча, диурез {vol} л, отд. нефрологии, ИБ [[R:{ib}]], д.р. [[B:{bd_sl}]].
Печать: {lab}, [[A:{ao}]]""",
    ),
    (
        1003854,
        "сообщение в личном кабинете пациента лаборатории",
        """Личный кабинет · Сообщения · {lab}
От: noreply-система ([[E:{mo}]]) · [[D:{t3}]] {tm2}
Здравствуйте, [[P:{p_io}]]!
Готов результат по заказу № [[R:{inz}]] от [[D:{t1}]] (пробирка [[R:{bar}]]):
• {test} — 7,4 % (норма 4,0–6,0 %; целевой уровень для вас — по решению врача)
• Метод: ВЭЖХ, анализатор {an}
Бланк PDF подписан УКЭП врача КДЛ [[P:{e_s}]]. Код для входа без пароля: [[R:{code}]].
Ваши данные в профиле: [[P:{p}]], дата рождения [[B:{bd}]], телефон [[T:{ph1}]], e-mail [[E:{m1}]].
Если данные неверны — позвоните [[T:{phc1}]] (с 8:00 до 20:00 по местному времени).
Сообщение от [[P:{p_first}]] ([[D:{t3}]] {tm4}): «Спасибо, а можно отправить бланк эндокринологу [[P:{d_s}]]?»""",
    ),
    (
        1008556,
        "фрагмент обмена анализатора с ЛИС по ASTM (лог драйвера)",
        """[LIS-DRV] {lab} · лог обмена {an} ({an_sn}) · [[D:{t1}]]
<STX>1H|\\^&|||{an}^{an_sn}|||||host|TSREQ^REAL|P|1|[[D:{t1_c}]]{ts1}<CR><ETX>
<STX>2P|1|[[R:{pid}]]|[[R:{amb}]]||[[P:{p_astm}]]||[[B:{bd_c}]]|{p_en}<CR><ETX>
<STX>3O|1|[[R:{bar}]]|{seq}^{rack}|^^^{fsli}^TNT-HS|R||||||N||||1|||||||[[D:{t1_c}]]{ts2}|||F<CR><ETX>
<STX>4R|1|^^^TNT-HS|0,164|ng/mL|0,000 to 0,014|H||F||||[[D:{t1_c}]]{ts3}<CR><ETX>
<STX>5L|1|N<CR><ETX>
[LIS-DRV] сопоставлено: заявка [[R:{ord}]], пациент [[P:{p_s}]], ИБ [[R:{ib}]]; критическое значение, уведомление на [[T:{phc1}]] ([[P:{d_s}]])
[LIS-DRV] reagent lot {lot}, cal. lot {qclot}; LOINC {loinc}""",
    ),
    (
        1003698,
        "сообщение HL7 v2 ORU^R01 с результатом из ЛИС в МИС",
        """MSH|^~\\&|LIS-SIB|KDL|MIS|{hosp}|[[D:{t2_c}]]{ts4}||ORU^R01|MSG{seq}|P|2.5
PID|1||[[R:{pid}]]^^^LIS~[[R:{amb}]]^^^MIS||[[P:{p_astm}]]||[[B:{bd_c}]]|{p_en}|||[[A:{a1}]]||[[T:{ph1}]]
PV1|1|I|ХИР^512^3||||[[P:{d_astm}]]|||||||||||[[R:{ib}]]
ORC|RE|[[R:{ord}]]|[[R:{bar}]]
OBR|1|[[R:{ord}]]|[[R:{bar}]]|{fsli}^{test}^ФСЛИ|||[[D:{t2_c}]]{ts1}
OBX|1|NM|{loinc}^Bilirubin total^LN||87,4|мкмоль/л|3,4-20,5|HH|||F|||[[D:{t2_c}]]{ts3}||[[P:{e_astm}]]
NTE|1||Критическое значение сообщено [[P:{d_s}]] в {tm4}; иктеричность сыворотки I=4, анализатор {an}""",
    ),
    (
        1009042,
        "счёт и акт оказанных платных лабораторных услуг",
        """{lab}, ИНН {inn_org}, ОГРН {ogrn}; лицензия № {lic}
[[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo}]]
СЧЁТ № {inv} от [[D:{t1}]] (акт оказанных услуг № {inv}/А)
Заказчик (пациент): [[P:{p}]], [[B:{bd}]] г.р., тел. [[T:{ph1}]]
Договор на оказание платных медицинских услуг № [[R:{contract}]] от [[D:{t1}]]; заказ № [[R:{inz}]]
Код услуги | Наименование                                   | Кол. | Цена, руб.
A09.05.076 | {test}                                         | 1    | 720,00
A11.12.009 | Взятие крови из периферической вены            | 1    | 250,00
Итого: {sum},00 руб.; оплачено картой **** {card4}, код авторизации <<######>>.
Услуги оказаны полностью, претензий не имею: ___ [[P:{p_s}]]   Администратор [[P:{x_s}]]""",
    ),
    (
        1011832,
        "бланк-направление коммерческой лаборатории (заполнен в пункте забора)",
        """{lab} · БЛАНК-НАПРАВЛЕНИЕ № [[R:{inz}]]                 |||||||| [[R:{bar}]] ||||||||
Пункт забора: [[A:{ao}]]; медсестра [[P:{k_s}]]
Ф.И.О.: [[P:{p_up}]]          Пол: {p_mf}     Дата рождения: [[B:{bd}]]
Телефон: [[T:{ph1}]]    E-mail для результатов: [[E:{m1}]]
Направивший врач: [[P:{d_s}]] ({hosp}); диагноз (МКБ-10): E55.9
Дата и время взятия: [[D:{t1}]] {tm1}   Материал: сыворотка, пробирка с активатором
☑ 1011832 {test} (25-OH витамин D)   ☐ 1009042 ферритин
Принимает колекальциферол 2000 МЕ/сут — да. Беременность — нет.
Подпись пациента о согласии на обработку ПДн: ___ [[P:{p_s}]]
Паспорт (для результатов по телефону): [[Q:{pas}]]""",
    ),
    (
        1012640,
        "курьерский реестр передачи проб из пункта забора в лабораторию",
        """РЕЕСТР ПЕРЕДАЧИ БИОМАТЕРИАЛА № {manifest} от [[D:{t1}]]
Отправитель: пункт забора {lab}, [[A:{ao}]]; получатель: центральная лаборатория, [[A:{ao2}]]
Термоконтейнер {bag}, логгер {logger}, t° при передаче +6,1 °C
№ | штрихкод         | № заказа        | пациент               | тест               | пробирок
1 | [[R:{bar}]]      | [[R:{inz}]]     | [[P:{p_s}]]           | ПКТ ({fsli}), CITO | 1
2 | [[R:{bar2}]]     | [[R:{inz2}]]    | [[P:{n_s}]]           | ОАК, СОЭ           | 2
Примечание к п. 1: пациент в реанимации {hosp2}, ИБ [[R:{ib}]]; результат сообщить по тел. [[T:{phc2}]]
Сдал курьер [[P:{m_s}]] ({tm2}), тел. [[T:{ph3}]]; принял [[P:{e_s}]] ({tm4}).""",
    ),
    (
        1009489,
        "SMS-уведомления лаборатории (журнал отправки шлюза)",
        """SMS-шлюз · отправитель LAB-SIB · выгрузка за [[D:{t2_iso}]]
{tm1} → [[T:{ph1}]] · «[[P:{p_io}]], ваш результат по заказу [[R:{inz}]] готов. Код для просмотра: [[R:{code}]]. {lab}»  · доставлено
{tm2} → [[T:{ph1}]] · «ЛПНП (прямой метод) 4,92 ммоль/л (целевой < 3,0). Рекомендуем консультацию врача. Тел. [[T:{phc1}]]»  · доставлено
{tm3} → [[T:{ph2}]] · «Уважаемая [[P:{q_io}]], заказ [[R:{inz2}]] принят, готовность [[D:{t3_dm}]]»  · не доставлено
Тест {fsli} / LOINC {loinc}; шаблон сообщения вер. 3.2; ответственный [[P:{x_s}]]
Ответ абонента [[T:{ph1}]] в {tm4}: «это ошибка у меня холестерин всегда был норм. [[P:{p_fi}]]»""",
    ),
    (
        1007038,
        "бланк результатов исследования стационара с референсными интервалами",
        """{hosp} · Клинико-диагностическая лаборатория
[[A:{ao}]] · тел. КДЛ [[T:{phc1}]] · лицензия {lic}
РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ                      Заявка № [[R:{ord}]]  Проба [[R:{bar}]]
Пациент: [[P:{p}]]     Дата рожд.: [[B:{bd}]]   Пол: {sex_w}
ИБ: [[R:{ib}]]   Отделение: хирургия № 2, палата 14   Врач: [[P:{d_s}]]
Взятие: [[D:{t1}]] {tm1}   Регистрация: [[D:{t1}]] {tm2}   Выполнено: [[D:{t1}]] {tm4}
Показатель                 Результат   Ед.    Реф. интервал
Липаза                     412 ↑       Ед/л   13–60
Амилаза панкреатическая    380 ↑       Ед/л   8–53
Глюкоза                    6,9 ↑       ммоль/л 4,1–5,9
Код ФСЛИ {fsli}; анализатор {an}, {an_sn}; контроль Lyphochek ур. 2, лот {qclot}
Выполнил: [[P:{e_s}]]   Проверил: [[P:{h_s}]]""",
    ),
    (
        1042548,
        "письмо с результатами из коммерческой лаборатории по электронной почте",
        """От: {lab} <[[E:{mo}]]>
Кому: [[E:{m1}]]
Дата: [[D:{t3_us}]] {tm2} +0800
Тема: Результаты по заказу [[R:{inz}]] — [[P:{p_sur}]]

Уважаем{p_yi} [[P:{p_io}]]!
Во вложении бланк результатов (PDF, пароль — ваша дата рождения в формате ДДММГГГГ).
Заказ № [[R:{inz}]], взятие [[D:{t1}]], пункт: [[A:{ao}]].
{test}: 3,84 нг/мл (для возраста {age} лет — до 4,0 нг/мл). Тест-система лот {lot}, {an}.
По вопросам интерпретации — врач КДЛ [[P:{e_i}]], тел. [[T:{phc2}]].
Если письмо пришло вам по ошибке, сообщите на [[E:{mo}]] и удалите его.
--
Контакт-центр: [[T:{phc1}]] · лицензия {lic}""",
    ),
    (
        1005602,
        "телефонограмма о критическом значении результата",
        """ТЕЛЕФОНОГРАММА № [[R:{tg}]]
Дата: [[D:{t1_w}]], время передачи {tm3}
Кому: дежурному врачу отделения реанимации {hosp}, по тел. [[T:{phc1}]]
От кого: врач КДЛ [[P:{e}]]
Текст: у пациента [[P:{p_gen}]], [[B:{bd}]] г.р. (ИБ [[R:{ib}]], заявка [[R:{ord}]], проба [[R:{bar}]],
взятие [[D:{t1}]] в {tm1}) натрий в венозной крови 118 ммоль/л (критическое значение < 120;
референсный интервал 136–145 ммоль/л). Анализатор {an}, {an_sn}. Повтор из той же пробы — 119 ммоль/л.
Принял: [[P:{d_s}]]. Передал: [[P:{e_s}]].
Отметка: информация продублирована в ЛИС, событие № {run}.""",
    ),
    (
        1004225,
        "акт отбраковки пробы (нарушение преаналитического этапа)",
        """АКТ № [[R:{rej}]] ОТБРАКОВКИ БИОЛОГИЧЕСКОГО МАТЕРИАЛА
{lab}                                                                 [[D:{t1_q}]]
Пациент: [[P:{p}]], [[B:{bd}]], карта [[R:{amb}]]; направил [[P:{d_s}]] ({hosp})
Заявка [[R:{ord}]], штрихкод [[R:{bar}]]; тест: {test} (ФСЛИ {fsli})
Взятие {tm1}, поступление {tm5}: проба доставлена без льда, через 3 ч 40 мин после взятия
(требование: на льду, исследование в течение 30 мин). Гемолиз отсутствует. Объём 2,5 мл.
Решение: проба не исследуется; направившему врачу сообщено по тел. [[T:{phc2}]] в {tm6}.
Пациенту позвонить: [[T:{ph1}]] ([[P:{p_io}]]), пригласить [[D:{t2_wd}]] натощак.
Акт составил [[P:{e_s}]], утвердил зав. КДЛ [[P:{h_s}]]; контейнер {bag} возвращён в пункт забора.""",
    ),
    (
        1017862,
        "переписка в мессенджере КДЛ с дежурным врачом о критическом значении",
        """Чат «КДЛ — дежурные врачи {hosp}» · [[D:{t1}]]
[{tm2}] [[P:{e_fi}]] (КДЛ): Срочно! Тромбоциты 14×10^9/л у [[P:{p_gen}]], палата 7, ИБ [[R:{ib}]]
[{tm2}] [[P:{e_fi}]] (КДЛ): проба [[R:{bar}]], заявка [[R:{ord}]]; агрегатов в мазке нет, пересчёт по Фонио — 16
[{tm3}] [[P:{d_fi}]]: принял, это [[P:{p_s}]] [[B:{bd_sh}]] г.р.? У нас две однофамилицы
[{tm3}] [[P:{e_fi}]] (КДЛ): да, д.р. [[B:{bd}]], ИД ЛИС [[R:{pid}]]. Вторая — [[P:{n_s}]], у неё норма 212
[{tm4}] [[P:{d_fi}]]: ок, вызвал гематолога [[P:{h_s}]], его тел. [[T:{ph2}]]
[{tm5}] [[P:{e_fi}]] (КДЛ): анализатор {an} ({an_sn}), флаг PLT-Clumps отрицательный. Реф. 150–400.""",
    ),
    (
        1168863,
        "выгрузка гематологического анализатора в CSV",
        """# {an} {an_sn} · export [[D:{t1_sl}]] {tm6} · operator [[P:{e_latup}]]
Seq;Rack;Pos;Sample No.;Patient ID;Patient Name;DOB;Sex;Date;Time;WBC;RBC;HGB;HCT;PLT;Flag
{seq};0031;1;[[R:{bar}]];[[R:{pid}]];[[P:{p_latup}]];[[B:{bd_sl}]];{p_en};[[D:{t1_sl}]];{tm1};6,42;3,11;92;27,8;244;Anemia
{seq}1;0031;2;[[R:{bar2}]];[[R:{pid2}]];[[P:{n_lat}]];[[B:{bdn_sl}]];{n_en};[[D:{t1_sl}]];{tm2};8,10;4,62;141;41,9;301;
{seq}2;0031;3;QC-2;;;;;[[D:{t1_sl}]];{tm3};7,05;4,50;138;40,2;233;QC lot {qclot}
HGB calc. = MCHC×HCT/100 (ФСЛИ {fsli}, LOINC {loinc}); reference 130-160 g/L (M), 120-140 g/L (F)
Комментарий ЛИС к [[R:{bar}]]: повторить ОАК, пациент [[P:{p_s}]], отд. гематологии, ИБ [[R:{ib}]]""",
    ),
    (
        1017847,
        "скан журнала регистрации анализов ФАП (распознанный текст)",
        """ЖУРНАЛ регистрации анализов ФАП {v_name}            стр. 4<<#>>
№   дата     Ф.И.О., год рожд.                      адрес                      СОЭ     Hb
<<##>>  [[D:{t1_dm}]]  [[P:{ocr_p}]], [[B:{bd}]]        [[A:{ar1}]]    38 мм/ч  104
<<##>>  [[D:{t1_dm}]]  [[P:{n_s}]], {bdy} г.р.           [[A:{ar2}]]    9 мм/ч   131
<<##>>  [[D:{t2_dm}]]  [[P:{p_s}]] (повт.)                  —                         41 мм/ч  —
Метод Панченкова, аппарат ПР-3; ФСЛИ {fsli}; реф. 2–15 мм/ч (муж.), 2–20 мм/ч (жен.)
Пациент{p_ke} выдано направление в ЦРБ № [[R:{ref}]] к терапевту [[P:{d_s}]], тел. регистратуры [[T:{phc1}]]
Фельдшер [[P:{k_s}]] ___ ; проверил [[P:{h_s}]] [[D:{t3}]]""",
    ),
    (
        1038629,
        "карточка группы крови и резус-принадлежности пациента",
        """КАРТОЧКА ГРУППЫ КРОВИ № [[R:{card}]]
{hosp}, отделение переливания крови; [[A:{ao}]]
Ф.И.О.: [[P:{p}]]
Дата рождения: [[B:{bd}]]     ИБ № [[R:{ib}]]
Группа крови AB0: B(III) — подтверждающим методом (цоликлоны анти-A, анти-B, лот {lot}; стандартные эритроциты, серия {lot2})
Резус-принадлежность: Rh(D) положительная; фенотип CcDee, Kell отрицательный
Первичное определение: [[D:{t1}]], лаборант [[P:{e_s}]]; подтверждение: [[D:{t2}]], врач [[P:{h_s}]]
Аллоантитела: не выявлены. Гелевые карты ID-Card, лот {qclot}, годны до [[D:{texp}]]
Карточка выдана пациенту на руки [[D:{t2}]], расписка ___ [[P:{p_s}]]""",
    ),
    (
        1038637,
        "справка о группе крови и резус-принадлежности для вахтовой работы",
        """СПРАВКА № [[R:{cert}]]
Выдана [[P:{p_dat}]], [[B:{bd}]] г.р., проживающ{p_ei} по адресу: [[A:{a1}]],
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], СНИЛС [[S:{sn}]],
в том, что при исследовании [[D:{t1}]] (проба [[R:{bar}]], направление [[R:{ref}]]) определены:
группа крови 0(I), резус-принадлежность по антигену D — отрицательная (Rh−), первичное определение.
Справка выдана для предоставления работодателю (вахтовый посёлок, АО «Северо-Восточная ГРК»), табельный № [[R:{tab}]].
{lab}, лицензия {lic}
Врач КДЛ [[P:{e_s}]]   М.П.   [[D:{t2}]]""",
    ),
    (
        1038652,
        "требование на трансфузию с результатом скрининга аллоантител",
        """ТРЕБОВАНИЕ НА КОМПОНЕНТЫ КРОВИ № <<####>>                  {hosp}
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]], отделение гинекологии
Группа крови A(II) Rh+, фенотип CCDee, K−; образец для совместимости: пробирка ЭДТА [[R:{bar}]] от [[D:{t1}]] {tm1}
Скрининг аллоиммунных антител (3-клеточная панель, лот {lot}, ID-Card LISS/Coombs): ОТРИЦАТЕЛЬНО
Запрошено: эритроцитная взвесь с удалённым лейкотромбослоем, 2 дозы; ЕДК [[R:{donor}]], [[R:{donor2}]]
Пробы на индивидуальную совместимость — совместимы; биологическая проба — без реакций
Трансфузиолог [[P:{d_s}]]; лаборант ОПК [[P:{e_s}]]; дата [[D:{t1}]], {tm4}
Сведения о прошлых трансфузиях: [[D:{told}]], {hosp2}, ИБ [[R:{ib2}]]""",
    ),
    (
        1017672,
        "письмо по результатам внешней оценки качества с упоминанием образца пациента",
        """Исх. № {outno} от [[D:{t4}]]
Заведующему КДЛ {lab} [[P:{h_dat}]]
О результатах внешней оценки качества ({eqa}), раздел «Гематология — ретикулоциты»
Ваш код участника {eqa_part}. Результат по показателю {test} (ФСЛИ {fsli}) в контрольном образце
{eqa}-03: 0,061×10^9/л при целевом 0,038 (z = 3,4) — неудовлетворительно.
В корректирующих действиях вы сообщили, что при расследовании пересмотрен образец пациента
[[P:{p_s}]] (штрихкод [[R:{bar}]], заявка [[R:{ord}]] от [[D:{t2}]]) с тем же флагом анализатора {an} ({an_sn});
результат пациента отозван и выдан исправленный бланк [[D:{t3}]].
Просим направить протокол калибровки от [[D:{tcal}]] на [[E:{mo}]].
Координатор программы [[P:{r_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        1191857,
        "переписка пациента с кабинетом антикоагулянтной терапии (самоконтроль МНО)",
        """Кабинет антикоагулянтной терапии {hosp} · чат с пациентом
[[D:{t1_dm}]] {tm1} [[P:{p_io}]]: Доброе утро. МНО на коагучеке 3,9 (полоски лот {lot}, годны до {exp_m}). Варфарин 5 мг.
[[D:{t1_dm}]] {tm3} [[P:{d_io}]]: Пропустите сегодня дозу, завтра 3,75 мг, контроль через 3 дня в лаборатории.
[[D:{t1_dm}]] {tm3} [[P:{d_io}]]: Направление № [[R:{ref}]] оформлено, ваша карта [[R:{amb}]].
[[D:{t3_dm}]] {tm2} [[P:{p_io}]]: Сдал{p_a}. Номер заказа [[R:{ord}]], сказали МНО 2,8.
[[D:{t3_dm}]] {tm4} [[P:{d_io}]]: Отлично, целевой 2,0–3,0. Дневник пришлите на [[E:{md}]].
Дневник ([[P:{p_s}]], д.р. [[B:{bd}]]): [[D:{told_dm}]] — 2,4; [[D:{t1_dm}]] — 3,9; [[D:{t3_dm}]] — 2,8 (ФСЛИ {fsli}, POCT)
Телефон для экстренной связи: [[T:{ph1}]]""",
    ),
    (
        1001205,
        "запрос на повторное исследование из-за сгустка в пробе",
        """{lab} · ЗАПРОС НА ПОВТОРНОЕ ИССЛЕДОВАНИЕ № [[R:{retest}]] · [[D:{t1}]]
В: {hosp}, приёмное отделение, факс/тел. [[T:{phc1}]]
Пациент: [[P:{p_up}]], д.р. [[B:{bd_dash}]], ИБ [[R:{ib}]]
Проба: цитрат 3,2 %, 2,7 мл, штрихкод [[R:{bar}]], заявка [[R:{ord}]], взята {tm1}
Несоответствие: сгусток в пробирке (визуально, при центрифугировании). Исследование D-димера
(ФСЛИ {fsli}, FEU, cut-off 500 нг/мл) не проводилось.
Просим повторно взять кровь до {tm5}; на пробирке указать ФИО и дату рождения.
Сообщено по телефону м/с [[P:{k_s}]] в {tm2}. Дежурный лаборант [[P:{e_s}]].
Тел. КДЛ: [[T:{phc2}]]""",
    ),
    (
        1000041,
        "журнал регистрации отклонённых проб коагулологии",
        """ЖУРНАЛ ОТКЛОНЁННЫХ ПРОБ · участок «Гемостаз» · {lab}
Дата       | № акта      | штрихкод       | пациент, д.р.                 | отделение/врач          | причина
[[D:{t1}]] | [[R:{rej}]] | [[R:{bar}]]    | [[P:{p_s}]], [[B:{bd}]]       | терапия, [[P:{d_s}]]    | недолив: 1,6 из 2,7 мл (соотношение 1:9 нарушено)
[[D:{t1}]] | [[R:{rej2}]] | [[R:{bar2}]]  | [[P:{n_s}]], [[B:{bdn}]]      | хирургия, [[P:{r_s}]]   | гемолиз H=210
[[D:{t2}]] | —           | —              | —                             | —                       | контроль: плазма N, лот {qclot}, ПВ 12,4 с
Тест по акту [[R:{rej}]]: {test} (ФСЛИ {fsli}); повторная проба [[R:{bar_br}]] получена [[D:{t2}]] {tm3}, ПВ 13,1 с (реф. 11–15 с)
Анализатор {an}, {an_sn}. Ответственный [[P:{e_s}]]""",
    ),
    (
        1000603,
        "направление биоматериала в референс-лабораторию (аутсорсинг)",
        """НАПРАВЛЕНИЕ В СУБПОДРЯДНУЮ ЛАБОРАТОРИЮ № [[R:{ref}]]
Отправитель: {lab}, [[A:{ao}]], договор № 17-Л/2025 (между организациями)
Получатель: {lab2}, [[A:{ao2}]], [[E:{mo2}]]
Пациент: [[P:{p}]], пол {sex_w}, [[B:{bd}]], ИД отправителя [[R:{pid}]], заказ [[R:{inz}]]
Материал: плазма бедная тромбоцитами, заморожена −20 °C, аликвота 1 мл, штрихкод [[R:{bar}]]
Исследование: {test} (ФСЛИ {fsli}, LOINC {loinc}); клинически: тромбоз в анамнезе у матери [[P:{q_s}]]
Взятие: [[D:{t1}]] {tm1}; заморозка {tm2}; отправка [[D:{t2}]] в сейф-пакете {bag}
Контакт для результата: врач [[P:{d_s}]], [[T:{phc1}]], [[E:{md}]]""",
    ),
    (
        1001429,
        "заключение врача КДЛ по волчаночному антикоагулянту для ревматолога",
        """ЗАКЛЮЧЕНИЕ ПО ИССЛЕДОВАНИЮ ГЕМОСТАЗА
Пациент: [[P:{p}]], [[B:{bd}]]; амб. карта [[R:{amb}]]; направил ревматолог [[P:{d_s}]]
Заказ [[R:{ord}]] от [[D:{t1}]], проба [[R:{bar}]] (двойное центрифугирование, тромбоциты < 10×10^9/л)
dRVVT скрининг 58,2 с, подтверждающий 36,4 с; нормализованное отношение 1,52 (cut-off 1,20) — ПОЛОЖИТЕЛЬНО
АЧТВ-ВА скрининг 47 с; миксинг-тест без коррекции. Гепарин и ПОАК пациент не получал (со слов).
Рекомендуется повтор через 12 недель (не ранее [[D:{t6}]]) по критериям ISTH. МКБ-10: D68.6.
Реагенты: лот {lot}, {lot2}; анализатор {an}. ФСЛИ {fsli}.
Врач КДЛ [[P:{e}]], [[E:{mo}]], тел. [[T:{phc1}]]""",
    ),
    (
        1047125,
        "направление образца в СПИД-центр на подтверждение (форма 264/у)",
        """НАПРАВЛЕНИЕ № [[R:{f264}]] (ф. 264/у-88) на исследование сыворотки крови на антитела к ВИЧ
В лабораторию диагностики ВИЧ-инфекции ГБУЗ «Центр СПИД», [[A:{ao2}]], тел. [[T:{phc2}]]
Учреждение: {hosp}; [[A:{ao}]]
Ф.И.О.: [[P:{p}]]     Пол: {p_mf}     Дата рождения: [[B:{bd}]]
Адрес: [[A:{a1}]]     Гражданство: РФ     Код контингента: 118
Дата взятия: [[D:{t1}]]; № пробирки [[R:{bar}]]
Скрининг ИФА ({test}, ФСЛИ {fsli}): КП 8,42 / 9,10 (повтор), cut-off {cut}, тест-система лот {lot}
Результат: положительный в двух постановках; направляется для иммуноблота.
Направил [[P:{d_s}]], тел. [[T:{phc1}]]; образец принял [[P:{e_s}]] [[D:{t2}]]""",
    ),
    (
        1162429,
        "письмо-приглашение пациенту из СПИД-центра после иммуноблота",
        """ГБУЗ «Центр по профилактике и борьбе со СПИД», [[A:{ao}]]
Лично. Конфиденциально.                                      [[P:{p_dat}]]
                                                            [[A:{a_br}]]
Уважаем{p_yi} [[P:{p_io}]]!
Просим Вас явиться к врачу-инфекционисту [[P:{d_i}]] (каб. 214) в течение 10 дней
для получения результатов лабораторного обследования от [[D:{t1}]] (код [[R:{anon}]]).
При себе иметь паспорт и полис ОМС. Запись по тел. [[T:{phc1}]] или [[T:{phc2}]].
Результаты по телефону не сообщаются (ст. 13 Федерального закона № 323-ФЗ).
Служебные отметки (не для пациента): иммуноблот ({test}), gp160+, gp120+, p24+, лот {lot}; рег. № пробы [[R:{jn}]]; ИФА — [[D:{told}]]
Исп. [[P:{x_s}]], [[D:{t3}]]""",
    ),
    (
        1134717,
        "справка с результатами обследования для плановой госпитализации",
        """СПРАВКА ДЛЯ ПЛАНОВОЙ ГОСПИТАЛИЗАЦИИ                        {lab}
Пациент: [[P:{p}]], [[B:{bd}]], полис ОМС [[O:{enp}]]
Направление на госпитализацию № [[R:{ref}]] в {hosp2} (плановая операция [[D:{t5}]])
Исследования от [[D:{t1}]], заказ [[R:{inz}]]:
• HBsAg количественно ({test}): < 0,05 МЕ/мл — не обнаружен (порог 0,05)
• Антитела к HCV суммарные: не обнаружены (КП 0,21)
• Антитела к Treponema pallidum: не обнаружены
• ВИЧ Ag/Ab: отрицательно
Срок действия результатов — 30 дней (до [[D:{t6}]]). Код ФСЛИ {fsli}, анализатор {an}.
Врач КДЛ [[P:{e_s}]]; выдано [[D:{t2}]] на руки [[P:{p_s}]]""",
    ),
    (
        1167618,
        "письмо донору об отводе от донорства по результатам обследования",
        """ГБУЗ «Станция переливания крови», [[A:{ao}]], тел. [[T:{phc1}]]
Исх. № {outno} от [[D:{t3}]]
[[P:{p_dat}]]
[[A:{a1}]]
Уважаем{p_yi} [[P:{p_io}]]!
При лабораторном обследовании донации от [[D:{t1}]] (донорский код [[R:{donor}]], № донации [[R:{donor2}]])
выявлены антитела к структурным белкам вируса гепатита C (core) — {test}; повтор в двух тест-системах (лоты {lot}, {lot2}).
Вы временно отстранены от донорства. Донация уничтожена (акт {inv}).
Рекомендуем обратиться к инфекционисту по месту жительства; направление № [[R:{ref}]] выдано.
Для записи: [[T:{phc2}]] (справочная), [[E:{mo}]].
Врач-трансфузиолог [[P:{d_s}]]""",
    ),
    (
        1167931,
        "медицинское заключение для иностранного гражданина (патент на работу)",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{cert}]]
об отсутствии (наличии) инфекционных заболеваний, представляющих опасность для окружающих
Ф.И.О.: [[P:{p}]] ([[P:{p_latup}]])
Дата рождения: [[B:{bd}]]     Гражданство: Республика Узбекистан
Паспорт иностранного гражданина: [[Q:{pasf}]]; миграционная карта [[R:{mig}]]
Патент: серия <<##>> № [[R:{patent}]]
Результаты: антитела к Treponema pallidum (РИФ, {test}) — не обнаружены, [[D:{t1}]];
ВИЧ — отрицательно; рентгенография ОГК — без патологии; проба [[R:{bar}]]
Место работы (со слов): ИП [[P:{w_s}]], ИНН [[I:{inn}]], тел. [[T:{ph2}]]
Тел. пациента: [[T:{ph1}]]; адрес пребывания: [[A:{a1}]]
Председатель комиссии [[P:{h_s}]]   [[D:{t2}]]""",
    ),
    (
        1047414,
        "справка о напряжённости иммунитета к кори для работодателя",
        """{lab}
СПРАВКА № [[R:{cert}]] о результатах серологического исследования
Выдана: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Место работы: МАОУ «СОШ № 17», учитель (по направлению работодателя, исх. {outno})
Дата взятия крови: [[D:{t1}]]; № заказа [[R:{inz}]]; пробирка [[R:{bar}]]
{test}: 0,08 МЕ/мл — ОТРИЦАТЕЛЬНО (< 0,12 МЕ/мл — защитный уровень не достигнут; 0,12–0,18 — сомнительно)
Рекомендуется вакцинация против кори (ЖКВ), МКБ-10 Z24.4.
Тест-система лот {lot}, годна до {exp_m}; лицензия {lic}
Врач КДЛ [[P:{e_s}]]   [[D:{t2}]]""",
    ),
    (
        1046150,
        "направление на исследование парных сывороток после присасывания клеща",
        """НАПРАВЛЕНИЕ № [[R:{ref}]] на серологическое исследование (парные сыворотки)
{hosp}, травмпункт; [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]], тел. [[T:{ph1}]]
Адрес: [[A:{a1}]]
Присасывание клеща: [[D:{told_wd}]] — нет, [[D:{t1_wd}]], лес у {v_name}; клещ снят [[D:{t1}]], исследован (рег. № клеща [[R:{tick}]])
Вакцинация против КЭ: нет. Введён иммуноглобулин против КЭ [[D:{t1}]], серия {lot2}.
1-я сыворотка: [[D:{t2}]], проба [[R:{bar}]] — {test}: 0,6 Ед/мл (отриц., cut-off 1,0)
2-я сыворотка: назначена на [[D:{t5}]]; проба [[R:{bar2}]]
Диагноз при направлении: W57, Z20.8. Врач [[P:{d_s}]]""",
    ),
    (
        1130525,
        "результат исследования клеща методом ПЦР (лаборатория Роспотребнадзора)",
        """ФБУЗ «Центр гигиены и эпидемиологии», лаборатория ООИ; [[A:{ao}]]; тел. [[T:{phc1}]]
РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ КЛЕЩА № [[R:{tick}]] от [[D:{t1}]]
Обратившийся: [[P:{p}]], [[B:{bd}]]; тел. [[T:{ph1}]]
Клещ снят с: [[P:{c_gen}]] (ребёнок, [[B:{bdc}]] г.р.)
Место присасывания: {v_name}, дата [[D:{t1_dm}]]
Вид: Ixodes persulcatus, самка, напитанная
{test}: ОБНАРУЖЕНА (Ct {ct}, порог 36, внутренний контроль Ct {ct2})
Borrelia spp. ДНК — не обнаружена; Anaplasma, Ehrlichia — не обнаружены
Набор реагентов лот {lot}, амплификатор {an}. Рекомендовано срочно обратиться в травмпункт.
Исследование выполнил [[P:{e_s}]]; результат выдан [[D:{t1}]] {tm5}, сообщён по тел. [[T:{ph1}]]""",
    ),
    (
        1047687,
        "протокол постановки ИФА (планшет) с образцом пациента",
        """ПРОТОКОЛ ИФА · {test} · [[D:{t2}]] · планшет {run}
Тест-система «ОписторхИФА-IgG», лот {lot}, годна до {exp_m}; ридер Multiskan FC ({an_sn})
Лунка | образец                         | ОП₄₅₀  | КП    | результат
A1-B1 | K− (отр. контроль)              | 0,061  | —     | —
C1-D1 | K+ (пол. контроль)              | 1,942  | —     | —
E1    | [[R:{bar}]] — [[P:{p_s}]]        | {od}   | 8,1   | ПОЛОЖИТЕЛЬНО
F1    | [[R:{bar2}]] — [[P:{n_s}]]       | 0,104  | 0,4   | отрицательно
Cut-off = {cut}. Постановку провела [[P:{e_s}]], проверил [[P:{h_s}]].
Для E1: заказ [[R:{ord}]], пациент{p_ke} [[B:{bd}]] г.р., направил паразитолог [[P:{d_s}]] (тел. [[T:{phc1}]]); рыбу ест (язь, чебак).""",
    ),
    (
        1045921,
        "сопроводительное письмо сыворотки в референс-центр по эхинококкозу",
        """Исх. № {outno} от [[D:{t2}]]
Руководителю референс-лаборатории по паразитарным болезням [[P:{r_dat}]]
[[A:{ao2}]]
Направляем сыворотку крови пациента для подтверждения и определения титра антител к Echinococcus granulosus:
[[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; проба [[R:{bar}]], взята [[D:{t1}]], хранилась при −20 °C.
Скрининг РНГА: титр 1:320 (диагностический ≥ 1:100); КТ: киста S7 печени 46×38 мм. МКБ-10: B67.0.
Сыворотка в сейф-пакете {bag}, термоконтейнер {logger}. Результат просим направить на [[E:{mo}]].
Контакт: [[P:{e_s}]], тел. [[T:{phc1}]]
Главный врач [[P:{h_s}]]""",
    ),
    (
        1046523,
        "договор на оказание платных лабораторных услуг с пациентом",
        """ДОГОВОР № [[R:{contract}]] на оказание платных медицинских услуг
{town_n}                                                                  [[D:{t1_q}]]
{lab} (лицензия № {lic}), в лице администратора [[P:{x_gen}]], и [[P:{p}]],
[[B:{bd}]] г.р., паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd},
зарегистрированн{p_yi} по адресу: [[A:{a1}]], тел. [[T:{ph1}]], e-mail [[E:{m1}]] (далее — Потребитель), заключили договор:
1. Исполнитель выполняет исследование: {test} (ФСЛИ {fsli}), заказ № [[R:{inz}]].
2. Стоимость — {sum} руб.; оплата 100 % при заключении договора.
3. Результат выдаётся лично Потребителю или направляется на указанный e-mail.
4. Потребитель даёт согласие на обработку ПДн (в т.ч. СНИЛС [[S:{sn}]]) для передачи сведений в ЕГИСЗ.
Исполнитель ___ [[P:{x_s}]]          Потребитель ___ [[P:{p_s}]]""",
    ),
    (
        1039528,
        "журнал аудита ЛИС: исправление выданного результата",
        """AUDIT TRAIL · ЛИС · объект: результат · заявка [[R:{ord}]] · проба [[R:{bar}]]
Пациент: [[P:{p_s}]] (PID [[R:{pid}]], д.р. [[B:{bd_iso}]])
[[D:{t1_iso}]] {tm2}:14 | [[P:{e_s}]]    | RF ({fsli}) = 18 МЕ/мл  | валидирован (автоматически, правило AV-07)
[[D:{t1_iso}]] {tm4}:51 | [[P:{h_s}]]    | RF = 148 МЕ/мл          | ИСПРАВЛЕН: ошибка разведения 1:10 не учтена
[[D:{t1_iso}]] {tm5}:03 | система         | уведомление врачу [[P:{d_s}]] ([[E:{md}]])
[[D:{t2_iso}]] {tm1}:40 | [[P:{x_s}]]    | выдан исправленный бланк, копия пациенту на [[E:{m1}]]
Референсный интервал: < 14 МЕ/мл; анализатор {an}, {an_sn}; калибратор лот {qclot}
Основание исправления: служебная записка № {inv}; уведомление пациента по тел. [[T:{ph1}]]""",
    ),
    (
        1167949,
        "бланк результата непрямой иммунофлуоресценции на HEp-2",
        """{lab} · ОТДЕЛ АУТОИММУННОЙ ДИАГНОСТИКИ
Пациент: [[P:{p}]]; дата рождения: [[B:{bd}]]; пол: {sex_w}
№ заказа: [[R:{inz}]]; № образца: [[R:{bar}]]; дата взятия: [[D:{t1}]]
Направивший врач: [[P:{d_s}]], ревматолог, {hosp}
{test}: 1:640 (скрининговое разведение 1:160)
Тип свечения: ядерный гранулярный (AC-4,5), цитоплазматическое — отсутствует
Референс: < 1:160. Слайды HEp-2, лот {lot}; микроскоп, ФСЛИ {fsli}, LOINC {loinc}.
Рекомендовано: антитела к ENA (профиль), анти-дсДНК.
Выполнил [[P:{e_s}]], валидировал [[P:{h_s}]] [[D:{t3}]]; справки: [[T:{phc1}]]""",
    ),
    (
        1163864,
        "сертификат ПЦР-теста для выезда за рубеж (с текстом QR-кода)",
        """{lab} · MEDICAL CERTIFICATE / МЕДИЦИНСКИЙ СЕРТИФИКАТ № [[R:{cert}]]
SARS-CoV-2 RNA RT-PCR test / {test}
Name / ФИО: [[P:{p_latup}]] / [[P:{p}]]
Date of birth / Дата рождения: [[B:{bd_en}]]
Passport / Паспорт: [[Q:{pasz}]]     Sex: {p_en}
Sample ID: [[R:{bar}]]     Specimen: nasopharyngeal and oropharyngeal swab
Sampling date and time: [[D:{t1_en}]] {tm1} (UTC+9)     Result date: [[D:{t2_en}]] {tm3}
RESULT: NEGATIVE / НЕ ОБНАРУЖЕНО (Ct > 40; internal control Ct {ct2}); kit lot {lot}, {an}
Travel to: Harbin, China; contact in China: [[T:{phi}]]
Physician: [[P:{e_lat}]]; lab licence {lic}; tel. [[T:{phc1}]]
QR: https://labportal-sib.ru/verify/[[R:{uuid}]]""",
    ),
    (
        1126689,
        "экстренное извещение об инфекционном заболевании (ф. 058/у) по результату ПЦР",
        """ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ № [[R:{n058}]] (ф. 058/у)
об инфекционном заболевании, пищевом, остром профессиональном отравлении, необычной реакции на прививку
1. Диагноз: грипп A, вирус идентифицирован (J10.1); подтверждён лабораторно: {test} — ОБНАРУЖЕНА, Ct {ct}
2. Фамилия, имя, отчество: [[P:{p}]]
3. Пол: {sex_w}   4. Дата рождения: [[B:{bd}]]
5. Адрес: [[A:{a1}]], тел. [[T:{ph1}]]
6. Место работы/учёбы: МБОУ «Гимназия № 3», 7 «Б» класс
7. Даты: заболевания [[D:{t1}]], обращения [[D:{t2}]], установления диагноза [[D:{t3}]]
8. Проба [[R:{bar}]], лаборатория {lab}; ИБ [[R:{ib}]]
9. Извещение передано по тел. [[T:{phc1}]] [[D:{t3}]] в {tm3}, принял [[P:{r_s}]]
Сообщивший: врач [[P:{d_s}]]""",
    ),
    (
        1148303,
        "направление на исследование мокроты на туберкулёз (ф. 04-ТБ/у) с результатом ПЦР",
        """НАПРАВЛЕНИЕ НА МИКРОБИОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ МАТЕРИАЛА НА ТУБЕРКУЛЁЗ (ф. 04-ТБ/у)
Учреждение: {hosp}; [[A:{ao}]]
Ф.И.О.: [[P:{p}]]   Возраст: {age}   Пол: {p_mf}
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Цель: диагностика ☑   № пробы [[R:{tb}]]   Образец 1 из 2; мокрота собрана [[D:{t1}]]
Направивший врач [[P:{d_s}]]   [[D:{t1}]]
— заполняется лабораторией —
Регистрационный № [[R:{jn}]]; ПЦР в реальном времени: {test} — 4,2×10^4 копий/мл
Мутации rpoB (S531L) — обнаружены; katG — не обнаружены. Набор лот {lot}.
Микроскопия по Цилю–Нильсену: КУМ 2+. Посев на Левенштейна–Йенсена: в работе.
Исследование выполнил [[P:{e_s}]]   [[D:{t3}]]; результат передан фтизиатру [[P:{h_s}]] ([[T:{phc1}]])""",
    ),
    (
        1126168,
        "выгрузка из ЛИС в региональный регистр вирусных гепатитов (CSV)",
        """regnum;snils;enp;fio;dob;sample_id;order;test_code;loinc;value;unit;lod;date;lab
[[R:{reg}]];[[S:{sn}]];[[O:{enp}]];[[P:{p}]];[[B:{bd_iso}]];[[R:{bar}]];[[R:{ord}]];{fsli};{loinc};2,4E+03;копий/мл;20;[[D:{t2_iso}]];{lab2}
[[R:{reg2}]];[[S:{sn2}]];[[O:{enp2}]];[[P:{n}]];[[B:{bdn_iso}]];[[R:{bar2}]];[[R:{ord2}]];{fsli};{loinc};не обнаружено;копий/мл;20;[[D:{t2_iso}]];{lab2}
# выгрузил [[P:{x_s}]] [[D:{t3_iso}]] {tm2}; регистр: «Вирусные гепатиты», оператор [[E:{mo}]]
# примечание к строке 1: пациент [[P:{p_s}]] на терапии тенофовиром с [[D:{told}]], куратор [[P:{d_s}]], тел. [[T:{phc1}]]
# {test}; амплификатор {an}, набор лот {lot}""",
    ),
    (
        1136530,
        "протокол ПЦР-прогона (run report) с образцом пациента",
        """RUN REPORT · {an} ({an_sn}) · Run {run} · [[D:{t2_dash}]] {tm2}
Assay: HCV RNA quant. ({test}); kit lot {lot}, exp. {exp_m}; calibrators K1–K4 lot {qclot}
Оператор: [[P:{e_s}]]; выделение: лот {lot2}
Well | Sample          | Name                  | Ct (FAM) | Ct (IC) | МЕ/мл      | Flag
A1   | NTC             | —                     | —        | 29,8    | —          |
B1   | K4              | —                     | 31,02    | 29,9    | 1,0E+03    | pass
C1   | [[R:{bar}]]     | [[P:{p_s}]]           | {ct}     | {ct2}   | 6,3E+05    |
D1   | [[R:{bar2}]]    | [[P:{n_s}]]           | —        | 30,1    | < 15       | ND
Примечание: C1 — [[P:{p}]], [[B:{bd}]], заказ [[R:{ord}]], генотип 3a (ранее [[D:{told}]]);
отчёт отправлен гепатологу [[P:{d_s}]] на [[E:{md}]]. Утвердил [[P:{h_s}]].""",
    ),
    (
        1125434,
        "акт приёма-передачи проб в субподрядную лабораторию (ПЦР ИППП)",
        """АКТ ПРИЁМА-ПЕРЕДАЧИ БИОМАТЕРИАЛА № {manifest} от [[D:{t2}]]
Передал: {lab}, [[A:{ao}]]; принял: {lab2}, [[A:{ao2}]]
Условия: +2…+8 °C, термоконтейнер {bag}, логгер {logger}
№ | штрихкод        | заказ           | ФИО пациента       | д.р.            | материал     | тест
1 | [[R:{bar}]]     | [[R:{inz}]]     | [[P:{p_s}]]        | [[B:{bd}]]      | моча (1-я порция) | CT ДНК ({fsli})
2 | [[R:{bar2}]]    | [[R:{inz2}]]    | [[P:{n_s}]]        | [[B:{bdn}]]     | соскоб уретры | CT/NG/MG/TV
Взятие: [[D:{t1}]] {tm1}–{tm3}. Срок доставки не более 24 ч.
Результат по п. 1 направить также врачу [[P:{d_s}]] ([[E:{md}]]); пациент просил SMS на [[T:{ph1}]].
Передал [[P:{m_s}]] ___   Принял [[P:{e_s}]] ___""",
    ),
    (
        1170331,
        "результаты обследования на кишечные инфекции для личной медицинской книжки",
        """{lab}
РЕЗУЛЬТАТ ОБСЛЕДОВАНИЯ ДЕКРЕТИРОВАННОГО КОНТИНГЕНТА
Ф.И.О.: [[P:{p}]]; дата рождения: [[B:{bd}]]
Личная медицинская книжка № [[R:{san}]]; место работы: ООО «Столовая № 5», повар
Паспорт: [[Q:{pas}]]; СНИЛС: [[S:{sn}]]
Материал: кал, взят [[D:{t1}]]; № заказа [[R:{inz}]]; пробирка [[R:{bar}]]
{test}: НЕ ОБНАРУЖЕНЫ (Shigella spp./EIEC, Salmonella spp., Campylobacter spp.; ВК Ct {ct2})
Основание: СанПиН 3.3686-21; {mz_pre} от [[D:{mz_d}]] № {mz_no}
Результат внесён в ЛМК [[D:{t2}]]; врач КДЛ [[P:{e_s}]]; справки: [[T:{phc1}]]""",
    ),
    (
        1013424,
        "заявление пациента о выдаче дубликата результатов исследований",
        """Заведующему КДЛ {lab} [[P:{h_dat}]]
от [[P:{p_gen}]], [[B:{bd}]] г.р.,
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]],
проживающ{p_ei}: [[A:{al1}]], тел. [[T:{ph1}]]
ЗАЯВЛЕНИЕ
Прошу выдать дубликат результатов исследования «{test}» по заказу № [[R:{inz}]]
от [[D:{t1}]] (результат 4,1 нмоль/л), а также за [[D:{told}]] (заказ № [[R:{inz2}]]),
для предъявления урологу [[P:{d_s}]]. Копии прошу направить на [[E:{m1}]].
[[D:{t3}]]                                          ___ [[P:{p_s}]]
Отметка о регистрации: вх. № [[R:{compl}]] от [[D:{t3}]]; выдано [[D:{t4}]], [[P:{x_s}]]""",
    ),
    (
        1012657,
        "лист забора процедурного кабинета (время взятия проб)",
        """ЛИСТ ЗАБОРА · процедурный кабинет {hosp} · [[D:{t1}]] · м/с [[P:{k_s}]]
№ | время | пациент                 | д.р.            | карта            | пробирки (штрихкод)       | тесты
1 | {tm1} | [[P:{p_s}]]             | [[B:{bd}]]      | [[R:{amb}]]      | [[R:{bar}]]                | ПРЛ (покой 30 мин, 2-я проба), ТТГ
2 | {tm2} | [[P:{n_s}]]             | [[B:{bdn}]]     | [[R:{amb2}]]     | [[R:{bar2}]]               | ОАК
1a| {tm4} | [[P:{p_s}]] (повтор)    | —               | —                | [[R:{bar_br}]]             | ПРЛ через 30 мин после канюляции
Пролактин ({test}): реф. для женщин 102–496 мМЕ/л, для мужчин 86–324 мМЕ/л.
Назначил [[P:{d_s}]]; направление [[R:{ref}]]. Доставка в КДЛ курьером [[P:{m_s}]] в {tm5}.""",
    ),
    (
        1148386,
        "тест-бланк неонатального скрининга (сухое пятно крови)",
        """ТЕСТ-БЛАНК НЕОНАТАЛЬНОГО СКРИНИНГА № [[R:{neo}]]     фильтровальная бумага лот {lot}
Медицинская организация: {hosp} (родильное отделение); [[A:{ao}]]
Фамилия матери: [[P:{q}]]; дата рождения матери: [[B:{bdq}]]
Новорождённый: [[P:{c_sur}]], пол {c_mf}; дата рождения [[B:{t1}]] {tm1}; масса 3 240 г; срок 39 нед.
Дата взятия крови: [[D:{t2}]] {tm3} (на 4-е сутки); вскармливание — грудное
Адрес семьи: [[A:{a1}]]; тел. матери [[T:{ph2}]]
ИБ новорождённого [[R:{ib}]]; ЕНП матери [[O:{enp}]]
— лаборатория медико-генетической консультации —
ТТГ ({test}): 4,3 мМЕ/л (cut-off 9,0) — норма; получен [[D:{t3}]], исследован [[D:{t4}]]
Взяла кровь [[P:{k_s}]]""",
    ),
    (
        1014737,
        "выписка результатов хорионического гонадотропина в динамике для женской консультации",
        """ВЫПИСКА ИЗ ЛИС · {lab}
Пациентка: [[P:{q}]], [[B:{bdq}]]; ИД ЛИС [[R:{pid}]]; полис [[O:{enp}]]
Для: врача женской консультации [[P:{d_s}]], {hosp}
Дата взятия   | заказ           | бета-ХГЧ, мМЕ/мл
[[D:{t1}]]    | [[R:{ord}]]     | 1 246
[[D:{t3}]]    | [[R:{ord2}]]    | 2 810 (прирост 125 % за 48 ч)
[[D:{t5}]]    | [[R:{inz}]]     | 9 930
{test}; ФСЛИ {fsli}, LOINC {loinc}; анализатор {an}; реф. для небеременных < 5 мМЕ/мл
ПМП (со слов): [[D:{tlmp}]]. Выписку подготовила [[P:{x_s}]] [[D:{t6}]]; тел. [[T:{phc1}]]""",
    ),
    (
        1010172,
        "справка о результатах химико-токсикологического исследования к акту медосвидетельствования водителя",
        """СПРАВКА О РЕЗУЛЬТАТАХ ХИМИКО-ТОКСИКОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ (ф. 454/у-06)
ХТЛ ГБУЗ «Краевой наркологический диспансер», [[A:{ao}]], тел. [[T:{phc1}]]
1. Направление № [[R:{hti}]] от [[D:{t1}]] (к акту медицинского освидетельствования № [[R:{amo}]])
2. Ф.И.О. освидетельствуемого: [[P:{p}]], [[B:{bd}]] г.р.
3. Водительское удостоверение [[R:{vu}]]; доставлен сотрудником ДПС [[P:{w_s}]]
4. Объект: кровь венозная, код пробы [[R:{spec}]]; взят [[D:{t1}]] в {tm2}; поступил [[D:{t1}]] в {tm4}
5. Результат: {test} — 12,6 ммоль/л (0,58 г/л); ГХ-ПИД «Хроматэк-Кристалл 5000» ({an_sn}); предел обнаружения 0,1 г/л
6. Дата выдачи: [[D:{t2}]]. Химик-эксперт [[P:{e_s}]]
Копия — врачу, проводившему освидетельствование, [[P:{d_s}]]""",
    ),
    (
        1164482,
        "форма цепочки хранения пробы мочи на наркотики для работодателя (вахта)",
        """ФОРМА ЦЕПОЧКИ ХРАНЕНИЯ ОБРАЗЦА (CHAIN OF CUSTODY) № [[R:{coc}]]
Заказчик: АО «Полюс Алдан» (направление работодателя исх. № {outno}); тел. отдела охраны труда [[T:{phc2}]]
Донор образца: [[P:{p}]], [[B:{bd}]], табельный № [[R:{tab}]]; паспорт [[Q:{pas}]]
Основание: предвахтовый осмотр ☑   по подозрению ☐   после происшествия ☐
Образец: моча 60 мл, t° 34 °C в течение 4 мин; разделён на A и B: пломбы [[R:{spec}-A]] и [[R:{spec}-B]]
Сейф-пакет {bag}. Экспресс-тест (иммунохром., лот {lot}): THC — положительно (cut-off 50 нг/мл)
Подпись донора: «образец мой, опломбирован в моём присутствии» ___ [[P:{p_s}]] [[D:{t1}]] {tm1}
Отбор: [[P:{k_s}]] [[D:{t1}]] {tm2} → курьер [[P:{m_s}]] {tm4} → приём ХТЛ [[P:{e_s}]] [[D:{t2}]] {tm1}
Подтверждение ГХ-МС: {test} — 11-нор-9-карбокси-ТГК 86 нг/мл (cut-off 15) — ОБНАРУЖЕНО""",
    ),
    (
        1186238,
        "ответ химико-токсикологической лаборатории на запрос суда",
        """В {court_name}
на запрос от [[D:{t3}]] по делу № {court} (вх. № [[R:{compl}]] от [[D:{t4}]])
Сообщаем, что [[P:{p}]], [[B:{bd}]] г.р., проживающ{p_ii} [[A:{al1}]],
во исполнение определения суда прошёл{p_a} химико-токсикологическое исследование [[D:{t1}]]:
биоматериал — моча, код пробы [[R:{spec}]], направление № [[R:{hti}]].
Результат подтверждающим методом (ГХ-МС, {an}): {test} — не обнаружен (предел 25 нг/мл);
6-МАМ, кодеин, метадон — не обнаружены. Справка ф. 454/у-06 от [[D:{t2}]] прилагается.
Исх. № {outno}. Главный врач [[P:{h_s}]]; исп. [[P:{e_s}]], тел. [[T:{phc1}]]""",
    ),
    (
        1099399,
        "акт отбора волос для исследования на наркотики по спору об опеке",
        """АКТ ОТБОРА ОБРАЗЦА ВОЛОС № [[R:{coc}]]
Договор с заказчиком № [[R:{contract}]] от [[D:{t1}]]; основание: по заявлению стороны спора об определении места жительства ребёнка
Обследуемый: [[P:{u}]], [[B:{bdu}]], паспорт [[Q:{pas2}]], выдан [[D:{pas_d}]]
Заказчик: [[P:{q}]], тел. [[T:{ph2}]], e-mail [[E:{m2}]] (вторая сторона; ребёнок [[P:{c}]], [[B:{bdc}]] г.р.)
Отобрано: прядь волос с затылочной области, длина 6 см (≈ 6 мес.), проксимальный конец помечен; образец [[R:{spec}]]
Опечатано в конверт, сейф-пакет {bag}; фото обследуемого сделано с его согласия.
Исследуемые вещества: {test}, опиаты, амфетамины; метод ГХ-МС/МС, пороги 0,05–0,2 нг/мг
Отбор выполнила [[P:{k_s}]]; свидетель [[P:{w_s}]]; обследуемый ___ [[P:{u_s}]] [[D:{t1}]] {tm3}""",
    ),
    (
        1150028,
        "заключение нарколога для медицинской комиссии на водительское удостоверение (CDT)",
        """ЗАКЛЮЧЕНИЕ ВРАЧА-ПСИХИАТРА-НАРКОЛОГА (к медицинскому заключению ф. 003-В/у серия <<##>> № [[R:{cert}]])
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]; СНИЛС [[S:{sn}]]; тел. [[T:{ph1}]]
Категории: B, C; цель — замена водительского удостоверения [[R:{vu}]]
Лабораторно: {test} от [[D:{t1}]] — 1,4 % (норма < 1,7 %; серая зона 1,7–2,0 %), ВЭЖХ, проба [[R:{bar}]], заказ [[R:{inz}]]
В наркологическом регистре не состоит (справка от [[D:{t2}]]); диагнозы F10–F19 не установлены.
Заключение: медицинских противопоказаний к управлению ТС не выявлено.
Врач [[P:{d_s}]]   [[D:{t3}]]   Лицензия {lic}""",
    ),
    (
        1016849,
        "журнал экспресс-лаборатории приёмного отделения (отравление угарным газом)",
        """ЭКСПРЕСС-ЛАБОРАТОРИЯ ПРИЁМНОГО ОТДЕЛЕНИЯ · журнал КОС/оксиметрии · {hosp}
Дата [[D:{t1}]]; анализатор {an} ({an_sn}); картридж лот {lot}, годен до {exp_m}
Время | № пробы     | пациент                      | ИБ           | COHb  | MetHb | pO2   | лактат
{tm1} | [[R:{jn}]] | [[P:{p_s}]], [[B:{bd_sh}]]   | [[R:{ib}]]   | 31,2 % | 0,9 % | 82    | 4,1
{tm3} | [[R:{jn2}]] | [[P:{q_s}]], [[B:{bdq_sh}]] | [[R:{ib2}]]  | 24,8 % | 0,7 % | 88    | 2,6
{tm5} | QC L2       | —                            | —            | 18,9 % | —     | —     | в пределах
Анамнез: семья, печное отопление, дом [[A:{a1}]]; доставлены СМП (вызов принят от соседки [[P:{w_s}]], тел. [[T:{ph3}]]).
{test}; реф. < 1,5 % (некурящие). Выполнил [[P:{e_s}]]; дежурный врач [[P:{d_s}]] уведомлён в {tm2}""",
    ),
    (
        1027309,
        "заявка на терапевтический лекарственный мониторинг (вальпроевая кислота)",
        """ЗАЯВКА НА ТЛМ № [[R:{ord}]]                                      {lab}
Пациент: [[P:{c}]], [[B:{bdc}]], масса 28 кг; ИБ [[R:{ib}]]; законный представитель [[P:{q}]], тел. [[T:{ph2}]]
Препарат: вальпроевая кислота (Депакин Хроно), 300 мг × 2 р/сут, курс с [[D:{told}]]
Последняя доза: [[D:{t1}]] в 20:00; взятие крови: [[D:{t2}]] в {tm1} (остаточная концентрация, C min)
Сопутствующая терапия: леветирацетам. Цель: подбор дозы / подозрение на токсичность ☐
Пробирка без антикоагулянта, гель: [[R:{bar}]]
Результат: {test} — 64 мкг/мл (терапевтический диапазон 50–100 мкг/мл); ИФА, {an}
Невролог [[P:{d_s}]] ([[E:{md}]]); выполнил [[P:{e_s}]] [[D:{t2}]]""",
    ),
    (
        1027747,
        "заключение клинического фармаколога по концентрации дигоксина",
        """КОНСУЛЬТАЦИЯ КЛИНИЧЕСКОГО ФАРМАКОЛОГА
Пациент: [[P:{p}]], {age} лет, [[B:{bd}]]; ИБ [[R:{ib}]]; кардиология, палата 9
Запрос лечащего врача [[P:{d_s}]] от [[D:{t2}]]: тошнота, брадикардия 48/мин на фоне дигоксина 0,25 мг/сут
Лабораторно (заявка [[R:{ord}]], проба [[R:{bar}]], взятие [[D:{t2}]] {tm1}, через 11 ч после дозы):
{test} — 2,9 нг/мл (целевой 0,5–0,9 нг/мл при ХСН; токсический > 2,0); калий 3,2 ммоль/л; креатинин 164 мкмоль/л (СКФ 31)
Заключение: гликозидная интоксикация. Рекомендовано отменить дигоксин, контроль концентрации [[D:{t3}]].
Клинический фармаколог [[P:{h_s}]], тел. [[T:{phc1}]] доб. {ext}""",
    ),
    (
        1131309,
        "договор на ДНК-тест родства (установление отцовства) с актом отбора образцов",
        """ДОГОВОР № [[R:{contract}]] на проведение генетического исследования родства, дело [[R:{dna}]]
{lab}, лицензия № {lic}, [[A:{ao}]], [[E:{mo}]]
Заказчик: [[P:{u}]], [[B:{bdu}]], паспорт [[Q:{pas}]], тел. [[T:{ph1}]]
Исследование: предполагаемый отец [[P:{u_s}]], ребёнок [[P:{c}]] ([[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]]),
мать [[P:{q}]] ([[B:{bdq}]] г.р., паспорт [[Q:{pas2}]]) — с её письменного согласия.
Метод: HLA-A, HLA-B, HLA-C ({test}) и 24 STR-локуса; вероятность отцовства считается при PI > 10 000.
Образцы — буккальный эпителий: [[R:{spec}]] (отец), [[R:{spec2}]] (ребёнок), отобраны [[D:{t1}]] в присутствии сторон.
Результат — только лично Заказчику; по телефону и e-mail не сообщается. Стоимость {sum} руб.
Исполнитель ___ [[P:{x_s}]]   Заказчик ___ [[P:{u_s}]]""",
    ),
    (
        1169119,
        "отчёт проточного цитометра по HLA-B27",
        """FLOW CYTOMETRY REPORT · Navios EX ({an_sn}) · panel HLA-B27/CD3 · [[D:{t2_sl}]] {tm4}
Sample ID: [[R:{bar}]]     Patient ID: [[R:{pid}]]
Patient: [[P:{p_latup}]]     DOB: [[B:{bd_sl}]]     Sex: {p_en}
Acquired: 10 000 events (CD3+ gate); MFI HLA-B27 = 1 840; threshold (decision marker) 1 200
Result: HLA-B27 POSITIVE
Reagent lot {lot}, QC beads lot {qclot}; ФСЛИ {fsli}; LOINC {loinc}
----
Заключение для ревматолога [[P:{d_s}]]: {test} — антиген ОБНАРУЖЕН. Пациент [[P:{p}]], заказ [[R:{ord}]] от [[D:{t1}]].
Врач КДЛ [[P:{e_s}]]""",
    ),
    (
        1130699,
        "информированное согласие на молекулярно-генетическое исследование (MTHFR)",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА ГЕНЕТИЧЕСКОЕ ИССЛЕДОВАНИЕ
Я, [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], выдан [[D:{pas_d}]],
СНИЛС [[S:{sn}]], тел. [[T:{ph2}]],
даю согласие на исследование: {test} (ФСЛИ {fsli}) в рамках планирования беременности.
Мне разъяснено, что результат (генотип C/C, C/T или T/T) носит вероятностный характер;
образец ДНК (№ [[R:{spec}]]) хранится 12 месяцев, затем уничтожается.
Разрешаю / ☐ не разрешаю сообщить результат супругу [[P:{u}]].
Заказ № [[R:{inz}]]; направил генетик [[P:{d_s}]] ({hosp}).
[[D:{t1}]]   ___ [[P:{q_s}]]        Согласие принял: [[P:{k_s}]]""",
    ),
    (
        1132752,
        "заключение генетического исследования на английском языке для клиники за рубежом",
        """{lab} · GENETIC TEST REPORT · Report No. [[R:{cert}]]
Patient: [[P:{p_lat}]]     Date of birth: [[B:{bd_us}]]     Sex: {p_en}
Passport: [[Q:{pasz}]]     Lab ID: [[R:{pid}]]     Order: [[R:{ord}]]
Specimen: EDTA whole blood, collected [[D:{t1_us}]]; received [[D:{t2_us}]]
Test: HFE c.187C>G (p.His63Asp, H63D) — {test}; method real-time PCR, kit lot {lot}
Result: HETEROZYGOUS (C/G). HFE c.845G>A (C282Y): not detected (wild type).
Ferritin 612 ng/mL, transferrin saturation 58 % (same sample).
Requested by: Dr. [[P:{fl1}]], Seoul, [[T:{phi}]]; copy to [[E:{m1}]]
Signed: [[P:{e_lat}]], laboratory geneticist; [[D:{t3_us}]]""",
    ),
    (
        1132885,
        "отчёт бактериологической лаборатории о положительной гемокультуре",
        """БАКТЕРИОЛОГИЧЕСКАЯ ЛАБОРАТОРИЯ {hosp} · ПРЕДВАРИТЕЛЬНЫЙ И ОКОНЧАТЕЛЬНЫЙ ОТЧЁТ
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]; ОРИТ; врач [[P:{d_s}]]
Флаконы: аэробный [[R:{bar}]] и анаэробный [[R:{bar2}]], взяты [[D:{t1}]] {tm1}; {an} ({an_sn}), флакон лот {lot}
Рост: аэробный — положительный через 14 ч 20 мин; анаэробный — роста нет (5 сут)
Предварительно ([[D:{t2}]] {tm2}): Гр(+) кокки в скоплениях — СООБЩЕНО по тел. [[T:{phc1}]] врачу [[P:{d_s}]]
Окончательно ([[D:{t4}]]): изолят № [[R:{iso}]] — Staphylococcus aureus (MRSA), MALDI-TOF score 2,31
Ванкомицин МПК 1 мг/л (S), линезолид S, оксациллин R (cefoxitin screen +)
Контроль: S. aureus ATCC 29213 — в пределах. ФСЛИ {fsli}.
Изолят [[R:{iso}]] передан в референс-центр (сопр. письмо {outno}). Бактериолог [[P:{e_s}]]""",
    ),
    (
        1196625,
        "бланк бактериологического исследования мочи с антибиотикограммой",
        """{lab} · ИССЛЕДОВАНИЕ МОЧИ НА МИКРОФЛОРУ И ЧУВСТВИТЕЛЬНОСТЬ К АМП
ФИО: [[P:{p}]] · д.р. [[B:{bd}]] · № заказа [[R:{inz}]] · контейнер [[R:{bar}]]
Взятие: [[D:{t1}]] {tm1} (средняя порция, утренняя) · поступление {tm3} · выдача [[D:{t3}]]
Результат ({test}): Escherichia coli 10^5 КОЕ/мл — изолят [[R:{iso_s}]]
Антибиотик        | МПК, мг/л | интерпретация (EUCAST 2026)
Фосфомицин        | 4         | S
Нитрофурантоин    | 16        | S
Ципрофлоксацин    | > 2       | R
Цефиксим          | ≤ 0,25    | S
БЛРС: не выявлены. Контроль E. coli ATCC 25922 — в пределах. {an}, карта лот {lot}.
Направил уролог [[P:{d_s}]], тел. [[T:{phc1}]]; бактериолог [[P:{e_s}]]""",
    ),
    (
        1056845,
        "выгрузка изолятов и МПК для системы мониторинга антибиотикорезистентности",
        """AMR-EXPORT; lab={lab_code}; period=[[D:{t1_iso}]]..[[D:{t5_iso}]]; created_by=[[P:{e_lat}]]
ISOLATE_ID;PATIENT_ID;NAME;SEX;DOB;SPEC_DATE;SPECIMEN;WARD;ORGANISM;CIP_MIC;CIP_SIR
[[R:{iso}]];[[R:{pid}]];[[P:{p_latup}]];{p_en};[[B:{bd_iso}]];[[D:{t2_iso}]];ur;УРО;eco;>2;R
[[R:{iso2}]];[[R:{pid2}]];[[P:{n_latup}]];{n_en};[[B:{bdn_iso}]];[[D:{t3_iso}]];bl;ОРИТ;kpn;0,5;I
# {test}; ATCC 25922 CIP 0,008 (QC range 0,004-0,016); panel lot {lot}; {an} {an_sn}
# комментарий: изолят [[R:{iso}]] ([[P:{p_s}]], ИБ [[R:{ib}]]) — повторный от [[D:{told}]], исключить из первичной статистики""",
    ),
    (
        1196542,
        "скрининг на носительство MRSA перед плановой операцией",
        """ЛИСТ СКРИНИНГА НА НОСИТЕЛЬСТВО S. aureus / MRSA · {hosp2}, кардиохирургия
Пациент: [[P:{p}]]; [[B:{bd}]]; ИБ [[R:{ib}]]; дата операции (план) [[D:{t5}]]
Мазок из передних отделов носа: взят [[D:{t1}]] {tm2}, пробирка Amies [[R:{bar}]]; направление [[R:{ref}]]
Результат ({test}): Staphylococcus aureus 10^3 КОЕ/тампон, метициллин-ЧУВСТВИТЕЛЬНЫЙ (MSSA); изолят [[R:{iso}]]
MRSA (хромогенная среда, лот {lot}) — не выявлен
Деколонизация: мупироцин назально 5 дней, хлоргексидин — начать [[D:{t2}]].
Пациент информирован по тел. [[T:{ph1}]]; инструкция отправлена на [[E:{m1}]].
Госпитальный эпидемиолог [[P:{r_s}]]; бактериолог [[P:{e_s}]]""",
    ),
    (
        1125673,
        "карта обследования контактного лица в очаге дифтерии",
        """КАРТА ОБСЛЕДОВАНИЯ КОНТАКТНОГО ЛИЦА В ОЧАГЕ (дифтерия)
Очаг: {hosp}; заболевший (источник) — [[P:{n_s}]], экстренное извещение № [[R:{n058}]]
Контактный: [[P:{p}]], [[B:{bd}]]; адрес: [[A:{a1}]]; тел. [[T:{ph1}]]
Характер контакта: семейный / по месту работы; прививки: АДС-М [[D:{told}]]
Мазки из зева и носа взяты [[D:{t1}]], № проб [[R:{jn}]] (зев) и [[R:{jn2}]] (нос)
ПЦР ({test}): НЕ ОБНАРУЖЕНА (ВК Ct {ct2}); посев — токсигенные коринебактерии не выделены ([[D:{t3}]])
Антитела к дифтерийному анатоксину: 0,08 МЕ/мл (защитный ≥ 0,1) — рекомендована ревакцинация
Врач-эпидемиолог [[P:{r_s}]] ({lab}, тел. [[T:{phc1}]])""",
    ),
    (
        1196633,
        "бланк бактериологического исследования кала ребёнка (кишечная группа)",
        """{lab} · Бактериологический отдел · БЛАНК РЕЗУЛЬТАТА
Ребёнок: [[P:{c}]], [[B:{bdc}]]; детский сад «Солнышко», группа 4
Законный представитель: [[P:{q}]], тел. [[T:{ph2}]]
Номер образца: [[R:{bar}]] · направление [[R:{ref}]] · взят [[D:{t1}]] · доставлен [[D:{t1}]] {tm3}
Исследование: {test} (кишечная группа: Salmonella, Shigella, ЭПКП)
Результат: выделена Salmonella Enteritidis, изолят [[R:{iso}]]; агглютинация O9 +
Чувствительность: ампициллин R, цефтриаксон S, ципрофлоксацин S
Экстренное извещение направлено [[D:{t3}]] (№ [[R:{n058}]]); результат сообщён педиатру [[P:{d_s}]]
Бактериолог [[P:{e_s}]] · дата выдачи [[D:{t3}]]""",
    ),
    (
        1019769,
        "распечатка анализатора мочи на тест-полосках",
        """{an}   {an_sn}
DATE [[D:{t1_sl}]]  TIME {tm2}
SEQ. {seq}        ID [[R:{bar}]]
NAME [[P:{p_latup}]]
LEU   neg
NIT   neg
URO   norm
PRO   ++   1.0 g/L
pH    6.0
BLD   +-   10 Ery/uL
SG    1.025
KET   neg
GLU   norm
STRIP LOT {lot}   EXP {exp_m}
-- комментарий лаборанта [[P:{e_s}]]: белок 1,0 г/л (тест-полоска, {test}); отправить на суточную протеинурию. Заказ [[R:{ord}]], уч. врач [[P:{d_s}]]""",
    ),
    (
        1003227,
        "направление с ФАП в центральную районную больницу с результатом анализа мочи",
        """НАПРАВЛЕНИЕ № [[R:{ref}]]
ФАП {v_name} → ГБУЗ «Центральная районная больница», терапевт [[P:{d_s}]]
Пациент: [[P:{p}]], [[B:{bd}]]; полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{ar1}]]; тел. [[T:{ph1}]] (есть связь только у магазина — тел. [[T:{ph3}]])
Диагноз: СД 2 типа, E11.2; диспансерное наблюдение с [[D:{told}]]
Обследован на ФАП [[D:{t1}]]: микроальбумин в моче ({test}) — 180 мг/л (норма < 20), тест-полоски лот {lot};
глюкоза капиллярная 9,4 ммоль/л; АД 152/94.
Моча доставлена в КДЛ ЦРБ [[D:{t2}]] (проба [[R:{bar}]]): подтверждено 164 мг/л, альбумин/креатинин 21 мг/ммоль.
Фельдшер [[P:{k_s}]], тел. ФАП [[T:{phc2}]]""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# «ФСЛИ. Справочник лабораторных тестов» (1.2.643.5.1.13.13.11.1080 v3.50), as read from its
# _part files: ID: (FULLNAME, LOINC, SPECIMEN, UNIT, GROUP)
TESTS35: dict[int, tuple[str, str, str, str, str]] = {
    1003979: (
        "Глюкоза, молярная концентрация в венозной крови",
        "39480-9",
        "Кровь венозная",
        "ммоль/л",
        "Биохимические исследования",
    ),
    1005487: (
        "Калий, молярная концентрация в венозной крови",
        "39789-3",
        "Кровь венозная",
        "ммоль/л",
        "Биохимические исследования",
    ),
    1006493: (
        "Креатинин, молярная концентрация в моче",
        "14683-7",
        "Моча",
        "мкмоль/л; ммоль/л",
        "Биохимические исследования",
    ),
    1003854: (
        "Гемоглобин гликированный, фракция общего гемоглобина в крови методом высокоэффективной жидкостной хроматографии",
        "17856-6",
        "Кровь венозная",
        "%",
        "Биохимические исследования",
    ),
    1008556: (
        "Тропонин Т сердечный, массовая концентрация в сыворотке или плазме крови",
        "6598-7",
        "Сыворотка крови; Плазма крови",
        "нг/мл",
        "Биохимические исследования",
    ),
    1003698: (
        "Билирубин общий, молярная концентрация в сыворотке или плазме крови",
        "14631-6",
        "Сыворотка крови; Плазма крови",
        "мкмоль/л",
        "Биохимические исследования",
    ),
    1009042: (
        "Ферритин, массовая концентрация в сыворотке или плазме крови иммунологическим методом",
        "20567-4",
        "Сыворотка крови; Плазма крови",
        "нг/мл; мкг/л",
        "Биохимические исследования",
    ),
    1011832: (
        "Кальцидиол, массовая концентрация в сыворотке или плазме крови",
        "1989-3",
        "Сыворотка крови; Плазма крови",
        "нг/мл",
        "Биохимические исследования",
    ),
    1012640: (
        "Прокальцитонин, массовая концентрация в сыворотке или плазме крови иммунологическим методом",
        "75241-0",
        "Сыворотка крови; Плазма крови",
        "нг/мл",
        "Биохимические исследования",
    ),
    1009489: (
        "Холестерин липопротеинов низкой плотности, молярная концентрация в сыворотке или плазме крови методом прямого измерения",
        "69419-0",
        "Сыворотка крови; Плазма крови",
        "ммоль/л",
        "Биохимические исследования",
    ),
    1007038: (
        "Липаза, каталитическая концентрация в сыворотке или плазме крови",
        "3040-3",
        "Сыворотка крови; Плазма крови",
        "кЕд/л; МЕ/л; Ед/л",
        "Биохимические исследования",
    ),
    1042548: (
        "Комплексный простатспецифический антиген, концентрация в условных единицах в сыворотке крови",
        "0",
        "Сыворотка крови",
        "нг/мл; мкг/л",
        "Иммунологические исследования",
    ),
    1005602: (
        "Натрий, молярная концентрация в венозной крови",
        "39791-9",
        "Кровь венозная",
        "ммоль/л",
        "Биохимические исследования",
    ),
    1004225: (
        "Аммиак, молярная концентрация в сыворотке крови",
        "1841-6",
        "Сыворотка крови",
        "мкмоль/л",
        "Биохимические исследования",
    ),
    1017862: (
        "Тромбоциты в крови методом автоматизированного подсчёта",
        "777-3",
        "Кровь венозная; Кровь капиллярная",
        "10^9/л",
        "Гематологические исследования",
    ),
    1168863: (
        "Гемоглобин, массовая концентрация в крови расчетным методом",
        "20509-6",
        "Кровь артериальная; Кровь венозная; Кровь капиллярная",
        "г/л",
        "Гематологические исследования",
    ),
    1017847: (
        "Скорость оседания эритроцитов по Панченкову",
        "30341-2",
        "Кровь венозная; Кровь капиллярная",
        "мм/ч",
        "Гематологические исследования",
    ),
    1038629: (
        "Группа крови AB0 подтверждающим методом",
        "57743-7",
        "Кровь венозная",
        "",
        "Иммунологические исследования",
    ),
    1038637: (
        "Резус принадлежность эритроцитов по антигену D первичное определение",
        "10331-7",
        "Кровь венозная",
        "",
        "Иммунологические исследования",
    ),
    1038652: (
        "Аллоиммунные антитела к антигенам эритроцитов, скрининговое обнаружение в сыворотке или плазме крови",
        "890-4",
        "Сыворотка крови; Плазма крови",
        "",
        "Иммунологические исследования",
    ),
    1017672: (
        "Ретикулоциты незрелые, абсолютное количество в крови",
        "51636-9",
        "Кровь венозная",
        "10^9/л",
        "Гематологические исследования",
    ),
    1191857: (
        "Международное нормализованное отношение в капилярной крови методами прикроватной диагностики",
        "46418-0",
        "Кровь капиллярная",
        "безразм. ед.",
        "Коагулогические исследования",
    ),
    1001205: (
        "D-димер, массовая концентрация в фибриноген-эквивалентных единицах в венозной крови иммунологическим методом",
        "71427-9",
        "Кровь венозная",
        "нг/мл",
        "Коагулогические исследования",
    ),
    1000041: (
        "Протромбиновое время в бедной тромбоцитами плазме",
        "5902-2",
        "Плазма крови бедная тромбоцитами",
        "с",
        "Коагулогические исследования",
    ),
    1000603: (
        "Активность антитромбина хромогенным методом в бедной тромбоцитами плазме",
        "27811-9",
        "Плазма крови бедная тромбоцитами",
        "%",
        "Коагулогические исследования",
    ),
    1001429: (
        "Волчаночный антикоагулянт, отношение скринингового и подтверждающего тестов с разведенным ядом гадюки Рассела в свободной от тромбоцитов плазме",
        "50410-0",
        "Плазма крови свободная от тромбоцитов",
        "безразм. ед.",
        "Коагулогические исследования",
    ),
    1047125: (
        "Антитела к HIV 1 и 2 и HIV1 p24, обнаружение в сыворотке или плазме крови",
        "56888-1",
        "Сыворотка крови; Плазма крови",
        "",
        "Иммунологические исследования",
    ),
    1162429: (
        "Антитела к индивидуальным белкам HIV 1 и 2, обнаружение в сыворотке крови методом линейного иммуноблоттинга",
        "0",
        "Сыворотка крови",
        "",
        "Иммунологические исследования",
    ),
    1134717: (
        "Антиген Hepatitis B virus surface, концентрация в условных единицах в сыворотке или плазме крови методом иммуноферметного анализа",
        "63557-3",
        "Сыворотка крови; Плазма крови",
        "Ед/мл",
        "Иммунологические исследования",
    ),
    1167618: (
        "Антитела IgG, IgM к структурным белкам Hepatitis C virus (core), обнаружение в сыворотке крови методом иммуноферментного анализа",
        "0",
        "Сыворотка крови",
        "",
        "Иммунологические исследования",
    ),
    1167931: (
        "Антитела к Treponema pallidum, обнаружение в сыворотке крови иммунофлуоресцентным методом",
        "5393-4",
        "Сыворотка крови",
        "",
        "Иммунологические исследования",
    ),
    1047414: (
        "Антитела IgG к Measles virus, концентрация в условных единицах в сыворотке крови",
        "5244-9",
        "Сыворотка крови",
        "МЕ/мл",
        "Иммунологические исследования",
    ),
    1046150: (
        "Антитела IgM к European tick borne encephalitis virus, концентрация в условных единицах в сыворотке крови",
        "26060-4",
        "Сыворотка крови",
        "Ед/мл",
        "Иммунологические исследования",
    ),
    1130525: (
        "Tick-borne encephalitis virus РНК, обнаружение в любой пробе методом амплификации нуклеиновых кислот",
        "0",
        "Любой образец, кроме уточненных отдельными показателями",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1047687: (
        "Антитела IgG к антигенам Opisthorchis felineus, обнаружение в сыворотке крови",
        "0",
        "Сыворотка крови",
        "",
        "Иммунологические исследования",
    ),
    1045921: (
        "Антитела к Echinococcus granulosus, титр в сыворотке крови",
        "49181-1",
        "Сыворотка крови",
        "титр",
        "Иммунологические исследования",
    ),
    1046523: (
        "Антитела IgG к Helicobacter Pylori, концентрация в условных единицах в сыворотке или плазме крови",
        "5176-3",
        "Сыворотка крови",
        "Ед/мл",
        "Иммунологические исследования",
    ),
    1039528: (
        "Ревматоидный фактор, концентрация в условных единицах в сыворотке или плазме крови",
        "11572-5",
        "Сыворотка крови; Плазма крови",
        "МЕ/мл",
        "Аутоиммунная диагностика",
    ),
    1167949: (
        "Антинуклеарный фактор (Hep-2), титр в сыворотке крови",
        "33253-6",
        "Сыворотка крови",
        "Титр",
        "Аутоиммунная диагностика",
    ),
    1163864: (
        "SARS coronavirus 2 РНК, обнаружение в мазке слизистой оболочки носоглотки и ротоглотки методом амплификации нуклеиновых кислот",
        "94500-6",
        "Мазок слизистой носоглотки и ротоглотки",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1126689: (
        "Influenza virus A РНК, обнаружение в мазках слизистой оболочки носоглотки и ротоглотки методом амплификации нуклеиновых кислот",
        "76078-5",
        "Мазок слизистой носоглотки и ротоглотки",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1148303: (
        "Mycobacterium tuberculosis complex ДНК, количественное определение в мокроте методом амплификации нуклеиновых кислот",
        "0",
        "Мокрота",
        "копий/мл",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1126168: (
        "Hepatitis B virus ДНК, количественное определение в сыворотке или плазме крови методом амплификации нуклеиновых кислот",
        "29615-2",
        "Сыворотка крови; Плазма крови",
        "копий/мл",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1136530: (
        "Hepatitis C virus РНК, количественное определение в условных единицах в сыворотке или плазме крови методом амплификации сигнала",
        "29609-5",
        "Сыворотка крови; Плазма крови",
        "МЕ/мл",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1125434: (
        "Chlamydia trachomatis ДНК, обнаружение в моче методом амплификации нуклеиновых кислот",
        "6357-8",
        "Моча",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1170331: (
        "Shigella spp., Salmonella spp., Campylobacter spp., обнаружение в кале методом амплификации нуклеиновых кислот",
        "0",
        "Кал",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1013424: (
        "Тестостерон, молярная концентрация в сыворотке или плазме крови",
        "14913-8",
        "Сыворотка крови; Плазма крови",
        "нмоль/л",
        "Биохимические исследования",
    ),
    1012657: (
        "Пролактин, концентрация в условных единицах в сыворотке или плазме крови",
        "15081-3",
        "Сыворотка крови; Плазма крови",
        "мМЕ/л",
        "Биохимические исследования",
    ),
    1148386: (
        "Тиреотропный гормон, концентрация в условных единицах в сухой капле крови",
        "29575-8",
        "Кровь сухая капля",
        "мМЕ/л; мкМЕ/мл",
        "Биохимические исследования",
    ),
    1014737: (
        "Хорионический гонадотропин, бета-субъединица, концентрация в условных единицах в сыворотке или плазме крови",
        "21198-7",
        "Сыворотка крови; Плазма крови",
        "Ед/мл; МЕ/мл; мМЕ/мл",
        "Биохимические исследования",
    ),
    1010172: (
        "Этанол, молярная концентрация в крови",
        "15120-9",
        "Кровь венозная",
        "ммоль/л",
        "Биохимические исследования",
    ),
    1164482: (
        "Каннабиноиды, идентификация в моче подтверждающим методом",
        "19294-8",
        "Моча",
        "",
        "Химико-токсикологические исследования",
    ),
    1186238: (
        "Морфин, массовая концентрация в моче подтверждающим методом",
        "0",
        "Моча",
        "мкг/мл; мг/мл; нг/мл",
        "Химико-токсикологические исследования",
    ),
    1099399: (
        "Тетрагидроканнабинолы (все изомеры) и их производные, массовое содержание в волосах подтверждающим методом",
        "0",
        "Волос",
        "мкг/г; нг/г",
        "Химико-токсикологические исследования",
    ),
    1150028: (
        "Карбогидрат-дефицитный трансферрин, фракция общего трансферрина в венозной крови",
        "91671-8",
        "Сыворотка крови; Плазма крови",
        "%",
        "Биохимические исследования",
    ),
    1016849: (
        "Карбоксигемоглобин, массовая фракция в венозной крови",
        "2032-1",
        "Кровь венозная",
        "%",
        "Биохимические исследования",
    ),
    1027309: (
        "Вальпроевая кислота, массовая концентрация в сыворотке или плазме крови",
        "4088-1",
        "Сыворотка крови; Плазма крови",
        "мкг/мл",
        "Терапевтический лекарственный мониторинг",
    ),
    1027747: (
        "Дигоксин, массовая концентрация в сыворотке или плазме крови",
        "10535-3",
        "Сыворотка крови; Плазма крови",
        "нг/мл",
        "Терапевтический лекарственный мониторинг",
    ),
    1131309: (
        "Гены HLA-A, HLA-B, HLA-C, идентификация в крови или образце ткани методом секвенирования",
        "53767-0",
        "Кровь венозная; Ткань не уточненная",
        "",
        "Молекулярно-генетические исследования",
    ),
    1169119: (
        "Антиген HLA-B27, обнаружение в крови методом проточной цитометрии",
        "13911-3",
        "Кровь венозная",
        "",
        "Иммунологические исследования",
    ),
    1130699: (
        "Полиморфизм c.665C>T гена метилентетрагидрофолат-редуктазы (MTHFR), идентификация в крови или образце тканей молекулярно-генетическим методом",
        "28005-7",
        "Кровь венозная; Ткань не уточненная",
        "",
        "Молекулярно-генетические исследования",
    ),
    1132752: (
        "Мутация c.187C>G в гене HFE, обнаружение в крови или образце тканей молекулярно-генетическим методом",
        "21696-0",
        "Кровь венозная; Ткань не уточненная",
        "",
        "Молекулярно-генетические исследования",
    ),
    1132885: (
        "Бактериальный микроорганизм, обнаружение в крови методом аэробной культуры",
        "17928-3",
        "Кровь венозная",
        "",
        "Микробиологические исследования",
    ),
    1196625: (
        "Бактериальный микроорганизм, обнаружение в моче культуральным методом",
        "0",
        "Моча",
        "",
        "Микробиологические исследования",
    ),
    1056845: (
        "Ципрофлоксацин, чувствительность выделенной культуры методом последовательных разведений, определение минимальной подавляющей концентрации",
        "185-9",
        "Культура микроорганизмов",
        "мг/л",
        "Чувствительность к антимикробным и дезинфицирующим препаратам",
    ),
    1196542: (
        "Бактериальный микроорганизм, обнаружение в отделяемом слизистой носа культуральным методом",
        "0",
        "Отделяемое слизистой носа",
        "",
        "Микробиологические исследования",
    ),
    1125673: (
        "Corynebacterium diphtheriae ДНК, обнаружение в мазках слизистой оболочки носоглотки и ротоглотки методом амплификации нуклеиновых кислот",
        "67561-1",
        "Мазок слизистой носоглотки и ротоглотки",
        "",
        "Молекулярная диагностика инфекционных заболеваний",
    ),
    1196633: (
        "Бактериальный микроорганизм, обнаружение в кале культуральным методом",
        "0",
        "Кал",
        "",
        "Микробиологические исследования",
    ),
    1019769: (
        "Белок, массовая концентрация в моче с помощью тест-полоски",
        "5804-0",
        "Моча",
        "г/л; мг/дл",
        "Химико-микроскопические исследования",
    ),
    1003227: (
        "Микроальбумин, массовая концентрация в моче",
        "14957-5",
        "Моча",
        "мг/л",
        "Биохимические исследования",
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS35):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 35's extra self-check: the laboratory systems' date writings and the numbers'
# own prefixes are never left unlabelled
NEW_DATES35 = re.compile(
    r"(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![\d/])\d\d/\d\d/(?:19|20)\d\d(?![\d/])"
    r"|(?<![\d-])\d\d-\d\d-(?:19|20)\d\d(?![\d-])"
    r"|(?<![\w])\d\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d, \d{4}"
    r"|(?<!\d)(?:19[4-9]\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=\d{6}(?!\d)|[|;]|<)"
)
LAB35 = re.compile(
    r"(?<![\w-])(?:ЗК-26|ORD|L26|ПЦ|ИНЗ|CoC|ЦХ|ФЦ-26|S26|ИЗ-26|B26|PCR-26|ЛС|ГК|КГ-26|А-26"
    r"|К-26|кл|КЛ|ОТБ|Б-26|ПВ-26|RT-26|ДУ-26|ПМУ|ДНК-26|PT-26|РОД|ОБР-26|ТФ|058-26|ЭИ|ХТИ"
    r"|ТБ-26|МБТ|НС|РВГ|ДК|ЛМК|НП-26|НАП|SIB|PN|ID)-?\d"
)


def check35(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for rx in (NEW_DATES35, LAB35):
        for m in rx.finditer(doc["text"]):
            assert m.start() in covered, (doc["id"], m[0])


DIRECTORY35 = "ФСЛИ. Справочник лабораторных тестов, 1.2.643.5.1.13.13.11.1080 v3.50"


def kind_of(tid: int, genre: str) -> str:
    return f"{TESTS35[tid][0]} ({DIRECTORY35}, ID {tid}): {genre}"


def source_of(tid: int) -> str:
    name, loinc, specimen, unit, group = TESTS35[tid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1080 v3.50 (ФСЛИ. Справочник лабораторных тестов), ID {tid}, "
        f"FULLNAME «{name}», LOINC «{loinc}», SPECIMEN «{specimen}», UNIT «{unit or '—'}», "
        f"GROUP «{group}»"
    )


TEMPLATES = GENRES35


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    tids = [t[0] for t in TEMPLATES]
    assert len(tids) == len(set(tids)), "one kind per test"
    assert set(tids) == set(TESTS35), "every test listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(t, g) for t, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for tid, genre, template in TEMPLATES:
            name, loinc, _sp, _u, group = TESTS35[tid]
            model, serial = rng.choice(ANALYZERS35[GROUP_AN35[group]])
            extra = {
                "test": name,
                "fsli": str(tid),
                "loinc": loinc if loinc != "0" else "—",
                "an": model,
                "an_sn": shape(rng, serial),
            }
            doc = build(
                render(rng, template, extra),
                kind_of(tid, genre),
                source_of(tid),
                f"blind35_{len(docs):04d}",
            )
            check(doc)
            check35(doc)
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
