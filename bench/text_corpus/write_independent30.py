"""Write ``independent30.jsonl``: the thirtieth blind corpus, 2026-12-07 — the paperwork of
medical examinations and commissions about one person.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``,
and never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``,
``bench/text_recognizer_time.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring (its last 80 lines, printed to see the
``blind29`` bullet), ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half`` were
read, to wire the corpus in, and ``blind_half`` was imported once, to count the halves.
**Slips**, said here so that nobody takes this corpus for blinder than it is:

* ``git worktree add`` printed, as git does, the subject line of the commit the worktree was
  made at, so one commit message was read. It told of a review of how dates are scored next
  to a record's number («eight governed digits, a day with an English month»), of one
  ``_certain_dates`` union, and of the unit-test and bench counts. Nothing was written to aim
  at or around it: the only eight-digit dates here are the HL7 ``value`` attributes of the
  SEMD template (a CDA's ``effectiveTime`` and ``birthTime``, labelled by corpus 17's and
  19's rules, which this writer restates) and the date in a PAK export's file name
  («export_predreis_20260422.csv», DATE as every calendar date is), all planned with the
  genre's templates; no date here has an English month.
* A ``grep -n`` meant to find the line ranges of the four names in ``bench/text_deid.py``
  also printed the names (and line numbers) of its other top-level definitions: ``HERE``,
  ``EXACT_TYPES`` and ``OVERLAP_TYPES`` with their values (the evaluation types, as the
  docstring lists them), ``EVAL_TYPES``, ``EVAL_TYPE``, ``PERFECT_TYPES`` with its value
  (SNILS, ENP, INN, PASSPORT, PHONE, EMAIL) and the names of its functions (``_matches``,
  ``score``, ``_init_worker``, ``_run_chunk``, ``docs_per_second_parallel``,
  ``run_system``, ``run_system_once``, ``repeated_comments_rate``, ``_fmt``, ``table``,
  ``print_misses``, ``target_check``, ``corpora``, ``main``); no body was printed.
* An ``ls`` of ``bench/text_corpus/`` listed the file names of the other writers
  (``write_independent4``–``29``, ``blind_corpus*.py``, ``families.py``, ``generate.py``,
  ``markup.py``, ``primitives.py``); none was opened except ``write_independent29.py``.
* The scratch script that listed the earlier corpora's ``kind`` values (to avoid them,
  compared case-insensitively) printed twenty of them, those that name this directory: an
  earlier corpus took kinds from it too, in other genres (social work, transfers, police
  requests, ambulance and ВВК papers); none of the kinds here is among them.

``write_independent1``–``28`` were not opened; ``write_independent19.py`` was not needed
either, as corpus 29's writer restates its rules and carries its helpers. From
``write_independent29.py`` the file format, the labelling rules (restated below, unchanged),
the writer's structure (one template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline
gold, ``<<shape>>`` numbers) and its generic helpers were taken. **Copied verbatim from corpus
29** (which had them from corpora 13–19): the declension (``decl_surname``, ``decl_first``,
``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits (``snils_digits``,
``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date
formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables),
``lat``, ``ocr``, ``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and
its checksum helpers (one change: the words after which a date-like match is skipped are
corpus 30's, ``VERSION_WORDS30``, which add «п.», «пп.», «пункт», «пункта», «пункты» and «ПО»,
so that a point of an order's annex written like a date, «п. 1.2.15», can stand unlabelled
as the hard negative it is), ``serialize`` and ``main``. **Written fresh for corpus 30**: the
name lists (Bashkirs, Tatars, Chuvash, Mari, Udmurts, Mordvins, Komi-Permyaks and Russians of
the Urals and the Volga; migrant workers from Uzbekistan, Tajikistan and Kyrgyzstan with
their passports' Latin spellings and patronymics as «…ович», «… угли», «… кизи» or none, made
by ``migrant``; a few foreign specialists), the towns, streets and villages of the Perm
Krai, Bashkortostan, Tatarstan, Chuvashia, Udmurtia, Mari El, Mordovia and the Orenburg,
Sverdlovsk and Chelyabinsk regions and the migrants' homes abroad (``addr30`` and friends),
phones (``mob30``, ``city30``, ``brk30``, ``fmob30``), e-mails, passports (``pas30``,
``fpas30``), every number this paperwork gives to one person (``REC30``), the dense hard
negatives of the field (``ORGS30`` to ``ICD30``: orders, harmful-factor codes, vehicle
categories, guns and calibres, breathalysers, their serials and verification certificates,
mg/l readings, fitness categories, articles, licences, ОГРН, ИНН, КПП, ОКПО, ОКВЭД, criminal
and court case numbers, military units, plates, waybills, IMO numbers, test-system lots), the
organisations, the dates (``dates30``) and every template; ``build_all`` was rewritten,
``render`` draws ``<<shape>>`` numbers with ``shape30`` (``shape``, except that a value of two
or more digits never starts with a zero) and an extra self-check (``check30``: the slash,
dash and ISO dates and the numbers' own prefixes are never left unlabelled) was added.

**Kinds from a real source.** Each kind is one POSITION of the federal NSI directory
«Должности медицинских и фармацевтических работников» (OID 1.2.643.5.1.13.13.11.1002,
version 9.6, read from ``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1002_9.6_part1``;
``ID``, ``NAME``, ``PID``, ``FORM_30`` and ``ACTUAL`` as its ``_passport`` describes them; 69
positions, none a grouping row, all actual — the examiner or the commission member: an
occupational pathologist, a psychiatrist-narcologist, a feldsher of pre-trip checks, a
chemist-expert, a toxicologist, a forensic expert, a draft board's surgeon, a ship's doctor…)
in one genre of the paperwork of medical examinations and commissions (preliminary and
periodic occupational examinations under order 29н, final acts, name lists, health passports,
route sheets and hygienic characteristics; pre-trip, post-trip and pre-shift checks, their
journals, waybill stamps, removal acts and a PAK's CSV export; driver certificates 003-В/у,
their journal and SEMD; firearms certificates 002-О/у and a reply to the Rosgvardia;
chemical-toxicological tests, their journals, sample acts and certificates 454/у-06; acts
307/у-05, journals 304/у and replies about them; ВВК papers of conscripts and contract
servicemen; forensic examinations of living persons, biochemistry, genetics and psychiatry;
migrants' HIV, TB and dermatology certificates and a reply to the migration service; sports
admissions and ГТО; sanatorium cards 072/у; МСЭ referrals and invitations; guardianship and
adoption conclusions and a messenger chat; pilots', seafarers' and divers' certificates;
admission certificate 086/у; personal medical books, their register, hygiene tests and
bacteriology). The kind is «NAME (Должности медицинских и фармацевтических работников,
1.2.643.5.1.13.13.11.1002 v9.6, ID N): GENRE»; the ``source`` names the directory entry. One
position and one template per kind (no template is shared). The kinds of corpora 1–29 (the
``kind`` values of ``independent*.jsonl`` present when this was written) were listed by a
scratch script only to avoid them, compared case-insensitively; none of the kinds here is
among them (``build_all`` asserts the kinds are unique).

Emphasis: the NUMBERS of one person in this paperwork (personal medical book numbers and
holograms, register entries, conclusions of examinations, health passports, employers'
referrals and personnel numbers, certificates 003-В/у and 002-О/у beside their unlabelled
series, act numbers of intoxication examinations, ХТИ sample codes and barcodes, police
protocols beside their series, driving licences, servicemen's personal numbers, military IDs
and conscripts' registration certificates, personal files and свидетельства о болезни,
forensic conclusions and КУСП, patents and migration cards beside their series, firearm
licences ЛОа and permits РОХа, HIV certificates, VLEK and seafarers' certificates, diver's
books, sanatorium cards, vouchers, МСЭ referrals, ВК protocols, 164/у, 086/у, УИН ГТО, PAK
exam IDs, fluorographies and samples; in tables, journals, CSV, XML, SMS and chats, split
across lines); SNILS, ENP, INN and passports (internal, foreign, seamen's) on the forms;
PHONES (Russian and Central Asian); NAMES (surnames with initials on journals, Latin
spellings of migrants and pilots, OCR'd and upper-case); dates of examinations and of
validity; PRECISION under the field's hard negatives (orders 29н, 266н, 933н, 1092н, 1079н,
1144н, 342н, harmful-factor codes and points of annexes, vehicle categories, guns, calibres
and gun numbers, breathalysers, their serials and FSIS verification numbers, mg/l readings,
fitness categories, articles of the schedule of illnesses, of КоАП, УК and УПК, clinics'
licences, ОГРН, ИНН, КПП, ОКПО, ОКВЭД, criminal and court case numbers, military units, car
plates, waybills, blank ranges and spoiled blanks, test-system lots, devices' serials).

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

Judgement calls added for corpus 30 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of examinations and commissions; one example of a
hard negative, a methodical guideline's number «МУК 4.2.2723-10», was dropped from the list
and from its template when the first draft failed the self-check on its date-like head, before
any file was written):

* (new) A number this paperwork gives to ONE person, to one person's examination, sample or
  document is RECORD_ID: the personal medical book's number (ЛМК) and the number of the
  hologram stuck on that person's issued book (corpus 11: the number printed on one person's
  issued form), its entry in the register of personal medical books (ЕРЛМК); the medical
  conclusion of a preliminary or periodic examination, the worker's health passport, the
  route sheet, the employer's referral of one worker (corpus 13: a referral), the worker's
  personnel number (corpus 10); the number of a conclusion 003-В/у or 002-О/у (its printed
  series unlabelled, corpus 15), of a certificate 086/у, 164/у, a sanatorium card and a
  voucher (corpus 15), a referral 088/у and a ВК protocol about one patient (corpus 11); an
  act 307/у-05 and its registration in the journal 304/у, a ХТИ referral, sample code and
  the sample's 12-digit barcode, a ХТИ result certificate 454/у-06 (corpus 17); a forensic
  conclusion and act about one person, the bureau's incoming number of the investigator's
  order about that person and a КУСП (corpus 15); a PAK's exam ID of one driver's
  examination (corpus 11: a number given to one person's examination), also with a suffix
  («…-R», a repeated exam: one span); a fluorography's number (corpus 17) and a sample's
  number (corpus 13); a HIV certificate and a narcologist's or phthisiatrician's conclusion
  for a migrant; a VLEK certificate and a pilot's licence, a seafarer's medical certificate,
  a diver's personal book; a УИН ГТО and a sports medical conclusion; the incoming number a
  clinic gives to one person's complaint or to a request about one person (corpus 15).
* (new) A police protocol about one person (of referral to a medical examination for
  intoxication, of removal from driving) is one person's document: its number is RECORD_ID,
  its printed series («59 ВМ») is not labelled (corpus 11's rule for printed series). A
  driving licence («59 31 123456», «5931123456») is RECORD_ID (corpus 10), one span with its
  series digits (the ten digits are the licence's one number), also split across a line; a
  locomotive driver's certificate of the right to drive is RECORD_ID, as a driving licence.
* (new) Of military paperwork: a serviceman's personal number («АА-123456»), a military ID
  («АС 1234567»), a conscript's registration certificate («АЕ 1234567»), the conscript's
  personal file, a summons or a referral from the commissariat to one citizen and a
  свидетельство о болезни or a ВВК conclusion about one person are RECORD_ID (corpora 11 and
  15). A military unit («в/ч 45123»), the commissariat's outgoing numbers, the draft board's
  or the ВВК's meeting protocol (a meeting decides on many people: the commission's own
  paper), the fitness category («Б-3», «В»), the article of the schedule of illnesses («ст. 26
  «б» графы I»), the purpose indicator and a military specialty code (ВУС) are not labelled.
* (new) A patent's number and a migration card's number are RECORD_ID, their series (a
  region's two digits, a card's four) are not labelled; a residence permit is RECORD_ID
  (corpus 11). A migrant's name in Russian and in the Latin of his passport («TURSUNOV
  BAKHTIYOR») is PERSON; «угли», «кизи» are part of the name's span. A national passport of
  Uzbekistan, Tajikistan or Kyrgyzstan («FA1234567», «AC1234567», «N12345678», «ID1234567»)
  and a seaman's passport («МК 1234567», the letters inside the span) are PASSPORT (corpus
  11); a foreign home address is ADDRESS and a Central Asian phone («+998 …», «+992 …»,
  «+996 …») is PHONE.
* (new) A criminal case's number (17 digits) and a civil or administrative court case's
  number stay unlabelled, as corpus 15 rules (the brief for this corpus listed «case numbers
  of criminal cases naming a person's examination» among the numbers to write; they are
  written, beside the examination's own RECORD_ID, and the earlier rule is kept so that the
  corpora agree).
* (new) Not labelled: orders and their numbers («приказ … № 29н», «933н», «1092н», «402н»;
  their dates are DATE, as every calendar date is), decrees, federal laws' numbers, points
  and codes of annexes and harmful factors («п. 4.2.5», «факторы 1.1, 4.3.1», «п. 1.2.15»: a
  code is no date), СанПиН numbers, articles of
  codes and laws (КоАП, УК, УПК, ТК), vehicle categories and medical restriction codes,
  guns' models, calibres and numbers, breathalysers' and other devices' models and serial
  numbers, the FSIS verification certificate's number («С-ВЯ/15-03-2025/425689375», a date
  inside a thing's number is part of that number), a calibration or verification date with
  day, month and year is DATE (corpus 17), «поверка до 03.2027» is not; readings («0,000
  мг/л», «1,84 ‰»), blood pressure, pulse, temperature, visual acuity, dioptres, heights and
  weights; the clinic's licence, ОГРН, ИНН (10 digits), КПП, ОКПО and ОКВЭД; a final act's own
  number and a contract between an employer and a clinic (documents between
  organisations, corpus 10); an employer's personnel order; a waybill, a car plate, a
  train's and a locomotive's numbers, a ship's IMO number, an aircraft's registration and a
  flight number (corpora 11 and 15); blank number ranges and a spoiled blank's number
  (corpus 10); seals, loggers, containers' and thermal boxes' numbers; test systems' and
  media's lots; the «№ п/п» row counter of a journal (corpora 10 and 11); the SEMD's template
  and organisation OIDs (corpus 12; its ``extension`` is the document's own number,
  RECORD_ID); a PAK terminal's ID and software version; rooms; a МСЭ bureau's number.
* (new) A time written with a dot («06.45») is no date (corpus 17); a date without a year in
  a journal column or a chat («05.11») is DATE (corpus 15); of an ISO date-time in a CSV
  («2026-11-05T06:45:05») only the date is DATE, and of a CDA ``value`` «202611051034+0500»
  only the first eight digits (corpora 17 and 19).
* (new) An examinee written on a journal by surname and initials, in upper case, with OCR
  confusions or as a bare given name and patronymic in a letter's salutation is PERSON
  (corpora 14 and 29); a CDA's ``family`` and ``given`` elements are PERSON spans each.

Run: ``.venv/bin/python bench/text_corpus/write_independent30.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent30.jsonl"
SEED = 3020261207
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

# ---------------------------------------------------------------- people (fresh for corpus 30)
# The Urals and the Volga: Bashkirs, Tatars, Chuvash, Mari, Udmurts, Mordvins, Komi-Permyaks,
# Russians of Perm, Yekaterinburg, Chelyabinsk and Orenburg; male base forms (``decl_surname``
# makes the rest). Migrant workers from Uzbekistan, Tajikistan and Kyrgyzstan are ``MIGRANTS30``.
SURNAMES = [
    "Ишмухаметов",
    "Кутлугильдин",
    "Байгильдин",
    "Кунакбаев",
    "Мурзагулов",
    "Ямалетдинов",
    "Юлдашбаев",
    "Хабибуллин",
    "Миннахметов",
    "Галиуллин",
    "Зиннатуллин",
    "Ганиев",
    "Сафин",
    "Шакиров",
    "Пуклаков",
    "Ендиеров",
    "Кудаков",
    "Карликов",
    "Тайманов",
    "Семендеев",
    "Ямбердов",
    "Айплатов",
    "Чемеков",
    "Апакаев",
    "Мамаев",
    "Поздеев",
    "Бектышев",
    "Кузебаев",
    "Корепанов",
    "Вахрушев",
    "Ложкин",
    "Пиксаев",
    "Кирдяшкин",
    "Кадышев",
    "Учайкин",
    "Маскаев",
    "Сураев",
    "Мехоношин",
    "Баяндин",
    "Бачев",
    "Кочев",
    "Бражкин",
    "Истомин",
    "Решетников",
    "Бушуев",
    "Зубарев",
    "Чудинов",
    "Коротаев",
    "Ваганов",
    "Шилов",
    "Пономарёв",
    "Старцев",
    "Вшивков",
    "Мальцев",
    "Красноперов",
    "Лещинский",
    "Головацкий",
]
M_FIRST = [
    "Азат",
    "Ильнур",
    "Рамиль",
    "Салават",
    "Фаниль",
    "Айнур",
    "Ильшат",
    "Радик",
    "Марат",
    "Николай",
    "Геннадий",
    "Анатолий",
    "Валерий",
    "Михаил",
    "Евгений",
    "Степан",
    "Василий",
    "Алексей",
    "Игорь",
    "Роман",
    "Артём",
    "Сергей",
    "Никита",
    "Егор",
    "Матвей",
    "Леонид",
    "Юрий",
    "Эдуард",
]
F_FIRST = [
    "Гульшат",
    "Альфия",
    "Зульфия",
    "Лейсан",
    "Резеда",
    "Эльвира",
    "Гузель",
    "Светлана",
    "Наталья",
    "Людмила",
    "Надежда",
    "Елена",
    "Марина",
    "Ирина",
    "Валентина",
    "Анастасия",
    "Екатерина",
    "Нарспи",
    "Илемби",
    "Венера",
    "Римма",
    "Софья",
    "Кристина",
    "Евгения",
]
PAT_STEMS = [
    "Николаев",
    "Геннадьев",
    "Анатольев",
    "Валерьев",
    "Евгеньев",
    "Степанов",
    "Васильев",
    "Алексеев",
    "Игорев",
    "Романов",
    "Сергеев",
    "Азатов",
    "Рамилев",
    "Салаватов",
    "Фанилев",
    "Ильнуров",
    "Радиков",
    "Маратов",
    "Леонидов",
    "Юрьев",
    "Иванов",
    "Григорьев",
    "Афанасьев",
    "Ильдусов",
]
# foreigners on the forms (an engineer from China, a Turkish welder, a Vietnamese cook…)
FOREIGN = [
    ("Ли", "Цзюнь", True),
    ("Йылдыз", "Мехмет", True),
    ("Нгуен", "Ван Хунг", True),
    ("Чен", "Хао", True),
    ("Чан", "Тхи Лан", False),
    ("Ван", "Мэй", False),
    ("Акташ", "Элиф", False),
]
INDECL_FIRST = {
    "Гульшат",
    "Лейсан",
    "Гузель",
    "Нарспи",
    "Илемби",
    "Цзюнь",
    "Ван Хунг",
    "Хао",
    "Тхи Лан",
    "Мэй",
    "Элиф",
    "Нилуфар",
    "Айжан",
    "Бермет",
    "Жылдыз",
    "Гулчехра",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# migrant workers: (surname, its Latin as the national passport spells it)
MIG_SUR = [
    ("Турсунов", "TURSUNOV", "uz"),
    ("Мирзаев", "MIRZAEV", "uz"),
    ("Эргашев", "ERGASHEV", "uz"),
    ("Абдуллаев", "ABDULLAEV", "uz"),
    ("Усмонов", "USMONOV", "uz"),
    ("Холматов", "KHOLMATOV", "uz"),
    ("Саидов", "SAIDOV", "tj"),
    ("Шарипов", "SHARIPOV", "tj"),
    ("Раджабов", "RADJABOV", "tj"),
    ("Давлатов", "DAVLATOV", "tj"),
    ("Курбонов", "KURBONOV", "tj"),
    ("Файзуллоев", "FAYZULLOEV", "tj"),
    ("Абдыкеримов", "ABDYKERIMOV", "kg"),
    ("Маматов", "MAMATOV", "kg"),
    ("Осмонов", "OSMONOV", "kg"),
    ("Токтосунов", "TOKTOSUNOV", "kg"),
    ("Жээнбеков", "JEENBEKOV", "kg"),
    ("Бейшеналиев", "BEISHENALIEV", "kg"),
]
# per country: citizenship, national passports, phones at home
MIG_COUNTRY = {
    "uz": (
        "Республика Узбекистан",
        ["FA#######", "AD#######", "AA#######"],
        ["+998 9# ###-##-##", "+998 (9#) ### ## ##"],
    ),
    "tj": (
        "Республика Таджикистан",
        ["A########", "B#######", "A#######"],
        ["+992 9# ### ####", "+992-93-###-##-##"],
    ),
    "kg": (
        "Кыргызская Республика",
        ["AC#######", "ID#######", "N########"],
        ["+996 555 ### ###", "+996 (7##) ##-##-##"],
    ),
}
MIG_M = [
    ("Бахтиёр", "BAKHTIYOR"),
    ("Шерзод", "SHERZOD"),
    ("Улугбек", "ULUGBEK"),
    ("Жасур", "JASUR"),
    ("Фаррух", "FARRUKH"),
    ("Сухроб", "SUKHROB"),
    ("Далер", "DALER"),
    ("Бехруз", "BEKHRUZ"),
    ("Умед", "UMED"),
    ("Шахром", "SHAKHROM"),
    ("Джамшед", "DZHAMSHED"),
    ("Бакыт", "BAKYT"),
    ("Нурбек", "NURBEK"),
    ("Азамат", "AZAMAT"),
    ("Мирлан", "MIRLAN"),
]
MIG_F = [
    ("Дилноза", "DILNOZA"),
    ("Шахноза", "SHAKHNOZA"),
    ("Зарина", "ZARINA"),
    ("Мавлюда", "MAVLYUDA"),
    ("Нилуфар", "NILUFAR"),
    ("Гулчехра", "GULCHEKHRA"),
    ("Айжан", "AIZHAN"),
    ("Жылдыз", "JYLDYZ"),
    ("Бермет", "BERMET"),
]
MIG_FATHERS = ["Алишер", "Рустам", "Хуршид", "Абдулло", "Исмоил", "Бахром", "Тимур", "Содик"]


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


# ---------------------------------------------------------------- corpus 30: places (fresh)
# The Urals and the Volga: the examinees' homes, the clinics, the draft boards and the bureaus.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS30 = [
    ("г. Пермь", "в г. Перми", "Пермь", "Пермский край", "Пермский кр.", "614", "342"),
    ("г. Кудымкар", "в г. Кудымкаре", "Кудымкар", "Пермский край", "ПК", "619", "34260"),
    ("г. Уфа", "в г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    (
        "г. Стерлитамак",
        "в г. Стерлитамаке",
        "Стерлитамак",
        "Республика Башкортостан",
        "Башк.",
        "453",
        "3473",
    ),
    ("г. Казань", "в г. Казани", "Казань", "Республика Татарстан", "Татарстан", "420", "843"),
    (
        "г. Набережные Челны",
        "в г. Набережных Челнах",
        "Набережные Челны",
        "Республика Татарстан",
        "РТ",
        "423",
        "8552",
    ),
    (
        "г. Чебоксары",
        "в г. Чебоксарах",
        "Чебоксары",
        "Чувашская Республика",
        "Чувашия",
        "428",
        "8352",
    ),
    (
        "г. Новочебоксарск",
        "в г. Новочебоксарске",
        "Новочебоксарск",
        "Чувашская Республика",
        "ЧР",
        "429",
        "8352",
    ),
    ("г. Ижевск", "в г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Сарапул", "в г. Сарапуле", "Сарапул", "Удмуртская Республика", "Удмуртия", "427", "34147"),
    (
        "г. Йошкар-Ола",
        "в г. Йошкар-Оле",
        "Йошкар-Ола",
        "Республика Марий Эл",
        "Марий Эл",
        "424",
        "8362",
    ),
    ("г. Саранск", "в г. Саранске", "Саранск", "Республика Мордовия", "РМ", "430", "8342"),
    (
        "г. Оренбург",
        "в г. Оренбурге",
        "Оренбург",
        "Оренбургская область",
        "Оренб. обл.",
        "460",
        "3532",
    ),
    ("г. Орск", "в г. Орске", "Орск", "Оренбургская область", "Оренбургская обл.", "462", "3537"),
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
        "г. Нижний Тагил",
        "в г. Нижнем Тагиле",
        "Нижний Тагил",
        "Свердловская область",
        "СО",
        "622",
        "3435",
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
        "г. Магнитогорск",
        "в г. Магнитогорске",
        "Магнитогорск",
        "Челябинская область",
        "Чел. обл.",
        "455",
        "3519",
    ),
]
# street: with its type, bare (as people write it)
STREETS30 = [
    ("ул. Екатерининская", "Екатерининская"),
    ("ул. Сибирская", "Сибирская"),
    ("Комсомольский пр-т", "Комсомольский пр"),
    ("пр-т Октября", "Октября пр"),
    ("ул. Менделеева", "Менделеева"),
    ("ул. Заки Валиди", "З. Валиди"),
    ("ул. Чистопольская", "Чистопольская"),
    ("пр-т Победы", "Победы пр"),
    ("пр-т Ленинского Комсомола", "Ленинского Комсомола"),
    ("ул. К. Иванова", "К.Иванова"),
    ("ул. Удмуртская", "Удмуртская"),
    ("ул. Пастухова", "Пастухова"),
    ("Ленинский пр-т", "Ленинский пр"),
    ("ул. Эшкинина", "Эшкинина"),
    ("ул. Большевистская", "Большевистская"),
    ("ул. Терешковой", "Терешковой"),
    ("ул. Малышева", "Малышева"),
    ("ул. Братьев Кашириных", "Бр. Кашириных"),
    ("ул. Металлургов", "Металлургов"),
    ("пер. Шахтёрский", "Шахтёрский пер"),
    ("б-р Гагарина", "Гагарина б-р"),
    ("ш. Космонавтов", "Космонавтов ш"),
]
# village: with type, locative, district, region
RURAL30 = [
    ("с. Аскино", "в с. Аскино", "Аскинский р-н", "Республика Башкортостан"),
    ("с. Толбазы", "в с. Толбазы", "Аургазинский р-н", "Республика Башкортостан"),
    ("с. Кармаскалы", "в с. Кармаскалы", "Кармаскалинский р-н", "Респ. Башкортостан"),
    ("с. Актаныш", "в с. Актаныше", "Актанышский р-н", "Республика Татарстан"),
    ("с. Янтиково", "в с. Янтиково", "Янтиковский м.о.", "Чувашская Республика"),
    ("с. Батырево", "в с. Батырево", "Батыревский м.о.", "Чувашская Республика"),
    ("пгт Морки", "в пгт Морки", "Моркинский р-н", "Республика Марий Эл"),
    ("пгт Параньга", "в пгт Параньга", "Параньгинский р-н", "Респ. Марий Эл"),
    ("с. Вавож", "в с. Вавож", "Вавожский р-н", "Удмуртская Республика"),
    ("с. Алнаши", "в с. Алнаши", "Алнашский р-н", "Удмуртская Респ."),
    ("с. Кочкурово", "в с. Кочкурово", "Кочкуровский р-н", "Республика Мордовия"),
    ("с. Юсьва", "в с. Юсьве", "Юсьвинский м.о.", "Пермский край"),
    ("с. Кочёво", "в с. Кочёво", "Кочёвский м.о.", "Пермский край"),
    ("пос. Саракташ", "в пос. Саракташ", "Саракташский р-н", "Оренбургская обл."),
    ("пгт Арти", "в пгт Арти", "Артинский г.о.", "Свердловская обл."),
    ("с. Аргаяш", "в с. Аргаяш", "Аргаяшский р-н", "Челябинская обл."),
    ("с. Кунашак", "в с. Кунашак", "Кунашакский р-н", "Челябинская обл."),
]
RURAL_ST30 = [
    "Мира",
    "Колхозная",
    "Молодёжная",
    "Школьная",
    "Полевая",
    "Луговая",
    "Механизаторов",
    "Салавата Юлаева",
    "Габдуллы Тукая",
    "Нагорная",
]
ORG_ST30 = [
    "ул. Героев Хасана",
    "ул. Льва Толстого",
    "ул. Батырская",
    "ул. Коммунаров",
    "ул. Фрунзе",
    "ул. Ульяновых",
    "ул. Чапаева",
    "ул. Блюхера",
    "ш. Свердловский тракт",
]
# migrants' homes abroad (the patent and the residence permit papers copy them)
FOREIGN_ADDR30 = {
    "uz": [
        "Республика Узбекистан, Самаркандская обл., Пайарыкский р-н, махалля Чордона, ул. Навои, д. {n}",
        "Узбекистан, г. Андижан, ул. Бобура, {n}",
    ],
    "tj": [
        "Республика Таджикистан, Согдийская обл., г. Худжанд, ул. Камоли Худжанди, д. {n}, кв. {k}",
        "Таджикистан, Хатлонская обл., р-н Вахш, джамоат Тартки, с. Навобод, д. {n}",
    ],
    "kg": [
        "Кыргызская Республика, Ошская обл., Кара-Суйский р-н, с. Нариман, ул. Ленина, {n}",
        "Кыргызстан, г. Бишкек, мкр. Джал, д. {n}, кв. {k}",
    ],
}


def _t30(rng: random.Random) -> tuple:
    return rng.choice(TOWNS30)


def _hk30(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 180))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/1", " корп. 2", " стр. 4", "/3"])
    return h, rng.randint(1, 320)


def addr30(rng: random.Random) -> str:
    """An examinee's address as a referral, a certificate or a journal holds it."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t30(rng)
    st, bare = rng.choice(STREETS30)
    v, _vl, vdist, vreg = rng.choice(RURAL30)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk30(rng)
    n = rng.randint(1, 95)
    rs = rng.choice(RURAL_ST30)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare} {h}-{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
        lambda: f"{v}, ул. {rs}, д. {n}",
        lambda: f"{bare_t}, ул. {bare}, {h}, кв.{k}",
        lambda: f"{reg}, {vdist}, {v}, {rs} ул., {n}",
        lambda: f"{st}, {h}-{k}, {town}, {z}",
        lambda: f"{z}, {town}, {st}, {h}, {k}",
    ]
    return rng.choice(shapes)()


def aloc30(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on)."""
    _t, loc, _b, _r, _ra, _i, _c = _t30(rng)
    st, bare = rng.choice(STREETS30)
    _v, vl, vdist, _vr = rng.choice(RURAL30)
    h, k = _hk30(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST30)}, {rng.randint(1, 70)}",
            f"{loc[2:]} по {st}, {h}-{k}",
        ]
    )


def abr30(rng: random.Random) -> str:
    """An address broken across two lines (a narrow field of a form or a journal)."""
    town, _l, _b, reg, _ra, idx, _c = _t30(rng)
    st, _bare = rng.choice(STREETS30)
    h, k = _hk30(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
            f"{st}, д. {h},\nкв. {k}, {town}",
        ]
    )


def aorg30(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t30(rng)
    st = rng.choice(ORG_ST30)
    n = rng.randint(1, 150)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, д. {n}",
            f"{town}, {st}, д. {n}, корп. {rng.randint(1, 5)}",
            f"{st}, {n}, {town}",
        ]
    )


def afor30(rng: random.Random, country: str) -> str:
    return rng.choice(FOREIGN_ADDR30[country]).format(n=rng.randint(1, 140), k=rng.randint(1, 90))


# ---------------------------------------------------------------- corpus 30: phones (fresh)
OPS30 = [
    "912",
    "917",
    "919",
    "927",
    "937",
    "963",
    "965",
    "987",
    "922",
    "902",
    "904",
    "908",
    "982",
    "996",
    "906",
]
EMDASH = "—"


def _mob30(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS30), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob30(rng: random.Random) -> str:
    """A mobile as a clerk writes it on a referral, a journal or a card."""
    op, a, b, c = _mob30(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8({op}){a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a}-{b}{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8 {op} {a} {b} {c}",
            f"+7 {op} {a}{EMDASH}{b}{EMDASH}{c}",
            f"8.{op}.{a}.{b}.{c}",
        ]
    )


def city30(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t30(rng)
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"+7 ({code}) {loc}",
            f"({code}) {loc}",
            f"8-{code}-{loc}",
            f"8{code}{loc}",
        ]
    )


def brk30(rng: random.Random) -> str:
    op, a, b, c = _mob30(rng)
    return rng.choice([f"8 ({op})\n{a}-{b}-{c}", f"+7 {op}-\n{a}-{b}-{c}", f"8{op}\n{a}{b}{c}"])


def fmob30(rng: random.Random, country: str) -> str:
    """A migrant's phone at home (Uzbekistan, Tajikistan, Kyrgyzstan)."""
    return shape(rng, rng.choice(MIG_COUNTRY[country][2]))


MAIL_DOM30 = [
    "mail.ru",
    "yandex.ru",
    "ya.ru",
    "gmail.com",
    "bk.ru",
    "internet.ru",
    "icloud.com",
    "udm.net",
    "list.ru",
]
ORG_MAIL30 = [
    "profosmotr@pkb-perm.ru",
    "medosmotr@rkb-ufa.ru",
    "narko-osvid@rnd-kazan.ru",
    "vvk@voenkomat-udm.ru",
    "sudmed.izhevsk@bsme18.ru",
    "hti-lab@rnd-cheb.ru",
    "migrant.med@okb-orenburg.ru",
    "lmk@cgie-ekb.ru",
    "sport.med@vfd-chel.ru",
    "mse.buro7@gbmse-rm.ru",
    "predreis@medtrans-ural.ru",
    "vlek@aviamed-ufa.ru",
    "opeka.med@gp3-ykola.ru",
    "egisz-support@miac59.ru",
]


def mail30(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f}.{s}{rng.randint(1, 99)}",
            f"{s}_{f[0]}",
            f"{f[0]}{s}",
            f"{s}{rng.randint(1970, 2008)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM30)}"


# ---------------------------------------------------------------- corpus 30: passports (fresh)
OKATO30 = ["57", "80", "92", "97", "94", "88", "89", "53", "65", "75"]


def pas30(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO30), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y} №{n}",
            f"{o}{y}{n}",
            f"{o} {y}  {n}",
        ]
    )


def fpas30(rng: random.Random, country: str) -> str:
    """A migrant's national passport (1–2 Latin letters and 7–8 digits)."""
    return shape(rng, rng.choice(MIG_COUNTRY[country][1]))


# ---------------------------------------------------------------- corpus 30: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a stamp)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


# numbers given to ONE person or to one person's examination, sample or document: RECORD_ID
REC30 = {
    "lmk": ["##-#######", "########", "## #######", "#######/##"],  # personal medical book
    "holo": ["#######", "ГГ ######", "##-######"],  # the hologram on one person's book
    "erlmk": ["##-########-26", "ЕРЛМК-##-######", "#######-2026"],  # register of medical books
    "zakl": ["###/26", "ПО-####", "##-####/2026", "МЗ-26-#####", "П-####"],  # conclusion (29н)
    "pzr": ["ПЗР-######", "##/######", "ПЗ-26-#####"],  # health passport of a worker
    "napr": ["###-к", "Н-####", "##/26-мо", "НМО-####"],  # employer's referral of one worker
    "tab": ["#####", "######", "Т-#####", "00#####"],  # personnel number
    "ml": ["МЛ-####", "####-м"],  # route sheet of one worker
    "c003": ["#######", "0######"],  # number of 003-В/у (its series apart)
    "c002": ["######", "0#####"],  # number of 002-О/у (its series apart)
    "akt": ["####", "###/26", "##-####", "М-####", "####-н"],  # act 307/у-05
    "hti": ["ХТИ-26-#####", "#####-М", "У-####/26", "Н#####", "ХТ/####"],  # ХТИ sample/referral
    "htibar": ["26#######0##", "4#########0#"],  # the sample's 12-digit barcode
    "hres": ["###", "####/26", "С-####"],  # ХТИ result certificate 454/у-06
    "kusp": ["####", "#####", "##/####"],  # КУСП
    "expz": ["####", "###/26", "М-####-26", "####-Ж", "##/####"],  # expert's conclusion
    "prot": ["######"],  # a police protocol's number (its series apart)
    "dl": ["## ## ######", "##########", "#### ######"],  # driving licence
    "lnum": ["@@-######", "@-######", "@@ ######"],  # serviceman's personal number
    "mid": ["@@ #######", "@@№#######"],  # military ID
    "prip": ["@@ #######"],  # conscript's registration certificate
    "lichd": ["##-####", "ЛД-#####", "###/##"],  # conscript's personal file
    "svb": ["###", "####/##", "##-ВВК"],  # свидетельство о болезни, ВВК conclusion
    "pov": ["######", "##-####", "#####/26"],  # summons
    "patent": ["##########"],  # patent (its region series apart)
    "migc": ["#######"],  # migration card (its series apart)
    "hiv": ["ВИЧ-####/26", "####", "С-#####", "##-#####"],  # certificate of HIV absence
    "narc": ["###", "Н-####/26", "####"],  # narcology certificate of a migrant
    "loa": ["#######"],  # licence ЛОа (its series apart)
    "roh": ["########"],  # permit РОХа (its series apart)
    "vlek": ["###/26", "ВЛЭК-####", "####-26"],  # pilot's medical certificate
    "seamed": ["МС-##-####", "#####/26", "ММС ######"],  # seafarer's medical certificate
    "diver": ["##-###", "В-####"],  # diver's personal book
    "s086": ["###", "####", "##/26"],  # certificate 086/у
    "k072": ["###/26", "СКК-#####", "####"],  # sanatorium card 072/у
    "put": ["######", "##-######"],  # voucher
    "n088": ["######", "088-26-#####", "##-####/26"],  # referral to МСЭ 088/у
    "vk": ["###", "####/26", "ВК-####"],  # ВК protocol about one patient
    "z164": ["###-о", "##/26", "####"],  # conclusion 164/у
    "gto": ["##-##-#######"],  # УИН ГТО
    "amb": ["А-#####", "#####/26", "######"],  # outpatient card
    "ib": ["#####", "####/26", "С-#####"],  # case history
    "pak": ["ПО-26-######", "#######", "PO########"],  # an exam in a PAK's export
    "fl": ["Ф-####", "####", "ФЛ-26-####"],  # fluorography of one person
    "smp": ["##-####", "К-####", "####/26"],  # a lab sample of one person (medical book tests)
    "sport": ["СМ-#####", "###-сп"],  # sports medical conclusion
    "vnzh": ["8# №#######", "8# № #######"],  # residence permit
    "sem": ["2600####", "26#####"],  # a SEMD's extension (the document's own number)
    "kvit": ["#####", "##-#####"],  # journal registration of a forensic examination
    "zp": ["###", "####"],  # guardianship/adoption request's incoming number
    "tbz": ["Т-####/26", "###", "ПТД-#####"],  # a phthisiatrician's conclusion
    "kvz": ["КВД-####", "####/26", "###-м"],  # a dermatovenereologist's conclusion
}


def rec30(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC30[kind]))


# ---------------------------------------------------------------- corpus 30: hard negatives
ORGS30 = [
    "ГБУЗ ПК «Пермский краевой клинический наркологический диспансер»",
    "ГАУЗ «Республиканский наркологический диспансер» МЗ РТ",
    "ГБУЗ РБ «Республиканский клинический наркологический диспансер»",
    "БУ «Республиканский наркологический диспансер» Минздрава Чувашии",
    "БУЗ УР «Республиканский наркологический диспансер МЗ УР»",
    "ГБУЗ «Челябинская областная клиническая наркологическая больница»",
    "ГБУЗ «Оренбургский областной клинический наркологический диспансер»",
    "ГБУ РМ «Республиканский наркологический диспансер»",
    "ГАУЗ СО «Свердловская областная клиническая психиатрическая больница» (наркологическое отделение)",
]
HOSP30 = [
    "ГБУЗ ПК «Городская клиническая больница № 4»",
    "ГБУЗ РБ «Городская клиническая больница № 21 г. Уфа»",
    "ГАУЗ «Городская клиническая больница № 7 им. М.Н. Садыкова»",
    "БУ «Городская клиническая больница № 1» Минздрава Чувашии",
    "БУЗ УР «Городская клиническая больница № 9 МЗ УР»",
    "ГБУЗ РМ «Республиканская клиническая больница № 4»",
    "ГАУЗ «Городская клиническая больница им. Н.И. Пирогова» г. Оренбурга",
    "ГАУЗ СО «Центральная городская больница № 3 г. Екатеринбург»",
    "ГБУЗ «Областная клиническая больница № 3» г. Челябинска",
    "ГБУЗ РБ «Аскинская центральная районная больница»",
]
KVD30 = [
    "ГАУЗ «Республиканский клинический кожно-венерологический диспансер» (г. Казань)",
    "ГБУЗ ПК «Пермский краевой кожно-венерологический диспансер»",
    "ГБУЗ «Челябинский областной клинический кожно-венерологический диспансер»",
    "ГБУЗ РБ «Республиканский кожно-венерологический диспансер № 1»",
]
CGE30 = [
    "ФБУЗ «Центр гигиены и эпидемиологии в Пермском крае»",
    "ФБУЗ «Центр гигиены и эпидемиологии в Республике Башкортостан»",
    "ФБУЗ «Центр гигиены и эпидемиологии в Удмуртской Республике»",
    "ФБУЗ «Центр гигиены и эпидемиологии в Свердловской области»",
]
AIDS30 = [
    "ГБУЗ «Пермский краевой центр по профилактике и борьбе со СПИД и инфекционными заболеваниями»",
    "ГБУЗ РБ «Республиканский центр по профилактике и борьбе со СПИДом и инфекционными заболеваниями»",
    "ГАУЗ «Республиканский центр по профилактике и борьбе со СПИД и инфекционными заболеваниями МЗ РТ»",
    "ГАУЗ СО «Свердловский областной центр профилактики и борьбы со СПИД»",
]
TB30 = [
    "ГБУЗ «Оренбургский областной клинический противотуберкулёзный диспансер»",
    "ГБУЗ ПК «Клинический фтизиопульмонологический медицинский центр»",
    "БУЗ УР «Республиканская клиническая туберкулёзная больница МЗ УР»",
    "ГБУЗ «Челябинский областной клинический противотуберкулёзный диспансер»",
]
PSY30 = [
    "ГБУЗ Республики Марий Эл «Республиканский психоневрологический диспансер»",
    "ГБУЗ ПК «Краевая клиническая психиатрическая больница»",
    "БУ «Республиканская психиатрическая больница» Минздрава Чувашии",
    "ГБУЗ РБ «Республиканская клиническая психиатрическая больница»",
]
PROF30 = [
    "ГАУЗ СО «Свердловский областной центр профпатологии»",
    "Центр профпатологии ГБУЗ РБ «Республиканская клиническая больница им. Г.Г. Куватова»",
    "Краевой центр профпатологии ГБУЗ ПК «Пермская краевая клиническая больница»",
    "Республиканский центр профпатологии ГАУЗ «РКБ МЗ РТ»",
]
AVIA30 = [
    "ВЛЭК ЧУЗ «Клиническая больница „РЖД-Медицина“ г. Уфа»",
    "Центральная ВЛЭК ГА, филиал в г. Екатеринбурге",
    "ВЛЭК ООО «Авиамед-Поволжье» (г. Казань)",
]
CLINICS30 = [
    "ООО «Медосмотр-Урал»",
    "ООО «Клиника профосмотров „Здоровье труда“»",
    "ООО «МедТрансКонтроль»",
    "АНО «Центр медицинских осмотров „Прикамье“»",
    "ООО «Профмед Башкирия»",
    "ООО «Медицинский центр „Волга-Мед“»",
    "ООО «Уралмедосмотр»",
]
EMPLOYERS30 = [
    ("АО «Пермский моторостроительный завод»", "30.30"),
    ("ООО «Башнефть-Добыча»", "06.10"),
    ("ПАО «КАМАЗ»", "29.10"),
    ("АО «Чебоксарский агрегатный завод»", "29.32"),
    ("ООО «Ижавтотранс»", "49.41"),
    ("МУП «Горэлектротранс» г. Саранска", "49.31"),
    ("ООО «Мясокомбинат „Оренбургский“»", "10.11"),
    ("АО «ММК-Метиз»", "25.93"),
    ("ООО «Хлебозавод № 3»", "10.71"),
    ("ООО «Сладкая жизнь Урал»", "56.10"),
    ("АО «Уралхимпласт»", "20.16"),
]
COMMISSARIATS30 = [
    "военный комиссариат Ленинского и Свердловского районов г. Перми",
    "военный комиссариат г. Уфы (Октябрьский район)",
    "военный комиссариат Вахитовского и Приволжского районов г. Казани",
    "военный комиссариат г. Чебоксары",
    "военный комиссариат Октябрьского района г. Ижевска",
    "военный комиссариат г. Йошкар-Олы",
    "военный комиссариат Ленинского района г. Саранска",
    "военный комиссариат Кировского района г. Екатеринбурга",
]
POLICE30 = [
    "ОБ ДПС ГИБДД УМВД России по г. Перми",
    "полк ДПС ГИБДД УМВД России по г. Уфе",
    "ОГИБДД ОМВД России по Актанышскому району",
    "ОР ДПС ГИБДД МВД по Чувашской Республике",
    "ОБ ДПС ГИБДД МВД по Удмуртской Республике",
    "ОГИБДД МО МВД России «Саракташский»",
    "полк ДПС ГИБДД УМВД России по г. Екатеринбургу",
]
INVEST30 = [
    "СО по Ленинскому району г. Перми СУ СК России по Пермскому краю",
    "СЧ СУ МВД по Республике Башкортостан",
    "СО ОМВД России по Вавожскому району",
    "СО по г. Чебоксары СУ СК России по Чувашской Республике",
    "СУ УМВД России по г. Оренбургу",
    "ОД ОП № 7 УМВД России по г. Екатеринбургу",
]
REGIONS30 = [
    ("Пермскому краю", "Пермский край"),
    ("Республике Башкортостан", "Республика Башкортостан"),
    ("Республике Татарстан", "Республика Татарстан"),
    ("Чувашской Республике", "Чувашская Республика"),
    ("Удмуртской Республике", "Удмуртская Республика"),
    ("Республике Марий Эл", "Республика Марий Эл"),
    ("Оренбургской области", "Оренбургская область"),
    ("Челябинской области", "Челябинская область"),
]
COURTS30 = [
    "Ленинского районного суда г. Перми",
    "Кировского районного суда г. Уфы",
    "Московского районного суда г. Казани",
    "Калининского районного суда г. Чебоксары",
    "Октябрьского районного суда г. Ижевска",
    "Йошкар-Олинского городского суда",
    "Промышленного районного суда г. Оренбурга",
]
HARM30 = [
    "4.2.5",
    "1.1",
    "4.3.1",
    "3.1",
    "4.4",
    "1.7.2",
    "5.1",
    "6.2",
    "3.4.1",
    "1.2.9",
    "4.1",
    "2.2",
]
WORKS30 = ["6", "9", "18", "23", "26", "10", "4", "27"]
CATS30 = ["B", "B, C", "C, CE", "D", "B, C, D, BE", "A, B, M", "B, C1", "C, D, CE"]
GUNS30 = [
    "МР-155, кал. 12/76",
    "ТОЗ-34Р, кал. 12/70",
    "Сайга-410К, кал. 410/76",
    "ИЖ-27ЕМ, кал. 12/70",
    "Вепрь-12 «Молот», кал. 12/76",
    "Benelli Raffaello, кал. 12/76",
    "СКС-МР, кал. 7,62×39",
]
BREATH30 = [
    ("Алкотектор «Юпитер-К»", "зав. № 0#####"),
    ("Lion Alcolmeter SD-400", "зав. № ####D"),
    ("Dräger Alcotest 6820", "ARBL-####"),
    ("АКПЭ-01.01М", "зав. № ####"),
    ("Алкотектор PRO-100 touch-K", "зав. № 90####"),
]
FIT30 = ["А-1", "А-2", "Б-3", "Б-4", "Б-2", "В", "Г"]
ART30 = [
    "ст. 43 «в»",
    "ст. 26 «б»",
    "ст. 66 «г»",
    "ст. 68 «г»",
    "ст. 34 «г»",
    "ст. 13 «д»",
    "ст. 59 «в»",
    "ст. 47 «б»",
]
ICD30 = ["F10.2", "I11.9", "J45.0", "H52.1", "M42.1", "K25.7", "E66.0", "G40.1", "Z02.4", "Z04.0"]


def num30(rng: random.Random, lo: float, hi: float, nd: int = 2) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


VERSION_WORDS30 = ("версия", "версии", "ПО", "п.", "пп.", "пункт", "пункта", "пункты", "вер.")


def dates30(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_hl7"] = f"{y}{m:02d}{dd:02d}"
    f[key + "_1"] = f"{dd}.{m:02d}.{y}"
    f[key + "_my"] = f"{m:02d}.{y}"  # month and year only: not labelled
    f[key + "_myn"] = f"{m:02d}.{y + 1}"  # the same a year on: not labelled


def migrant(rng: random.Random, pre: str, male: bool) -> dict:
    """Every written form of one migrant worker (Russian forms, Latin as in the passport)."""
    sur0, sur_lat, country = rng.choice(MIG_SUR)
    first0, first_lat = rng.choice(MIG_M if male else MIG_F)
    father = rng.choice(MIG_FATHERS)
    style = rng.random()
    if style < 0.45:
        pat = decl_pat(pat_stem(father), male)
    elif style < 0.75 and country == "uz":
        pat = [father + (" угли" if male else " кизи")] * 6
    else:
        pat = [""] * 6
    sur = decl_surname(sur0, male)
    first = decl_first(first0, male)
    ini = first0[0] + "." + (pat[0][0] + "." if pat[0] else "")
    out: dict = {f"{pre}_male": male}
    for i, case in enumerate(CASES):
        suf = "" if case == "nom" else "_" + case
        out[pre + suf] = " ".join(x for x in (sur[i], first[i], pat[i]) if x)
        out[pre + "_s" + suf] = f"{sur[i]} {ini}"
    out[pre + "_up"] = out[pre].upper()
    out[pre + "_sur"] = sur0
    out[pre + "_first"] = first0
    out[pre + "_lat"] = f"{sur_lat} {first_lat}"
    out[pre + "_a"] = "" if male else "а"
    out[pre + "_sex"] = "муж." if male else "жен."
    out[pre + "_country"] = country
    out[pre + "_cit"] = MIG_COUNTRY[country][0]
    return out


def fillers30(rng: random.Random) -> dict:
    f: dict = {}
    f.update(person(rng, "p", rng.random() < 0.7, foreign_ok=False))  # the examinee
    for pre in ("d", "e", "h", "k", "x", "r", "i", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False, foreign_ok=False))  # a female relative
    f.update(person(rng, "u", True, foreign_ok=False))  # a male relative, a conscript
    f.update(person(rng, "c", foreign_ok=False))  # a child
    f.update(person(rng, "g", rng.random() < 0.75, foreign_ok=False))  # a second examinee
    f.update(person(rng, "j", foreign_ok=False))  # a third examinee on a journal
    f.update(person(rng, "s", foreign_ok=False))  # a school leaver, a young athlete
    f.update(migrant(rng, "w", rng.random() < 0.75))  # a migrant worker
    f.update(migrant(rng, "v", True))  # a second migrant
    for pre in ("p", "q", "u", "d", "e", "h", "k", "x", "r", "i", "n", "c", "g", "j", "s"):
        words = f[pre].split()
        f[pre + "_ini3"] = "".join(w[0] + "." for w in words)  # «Х.Р.Ф.»
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in words[:2])
        f[pre + "_latup"] = " ".join(lat(w).upper() for w in words[:2])
        f[pre + "_ogo"] = "ого" if f[pre + "_male"] else "ой"
    # birth dates
    bdd = dt.date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    dates30(f, "bd", bdd)
    f["age"] = str(2026 - bdd.year - (1 if (bdd.month, bdd.day) > (11, 20) else 0))
    f["bdy"] = str(bdd.year)  # a year alone: not labelled
    f["stazh"] = str(min(30, rng.randint(1, int(f["age"]) - 19)))
    for key, lo, hi in (
        ("bdg", 1960, 2004),
        ("bdj", 1962, 2004),
        ("bdq", 1960, 1992),
        ("bdw", 1975, 2004),
        ("bdv", 1978, 2003),
        ("bdx", 1950, 1990),
        ("bds", 2007, 2010),
        ("bdf", 1978, 2004),
    ):
        dates30(f, key, dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)))
    bdu = dt.date(rng.randint(2000, 2008), rng.randint(1, 12), rng.randint(1, 28))
    dates30(f, "bdu", bdu)  # a conscript's
    bdc = dt.date(rng.randint(2011, 2016), rng.randint(1, 12), rng.randint(1, 28))
    dates30(f, "bdc", bdc)
    f["agec"] = str(2026 - bdc.year - 1)
    # the documents' dates: six in order, then validity dates a year (or two) on
    cur = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 9))
        dates30(f, f"t{i}", cur)
    t2 = dt.date(int(f["t2"][6:]), int(f["t2"][3:5]), int(f["t2"][:2]))
    t3 = dt.date(int(f["t3"][6:]), int(f["t3"][3:5]), int(f["t3"][:2]))
    dates30(f, "v1", t3 + dt.timedelta(days=365 - rng.randint(0, 1)))
    dates30(f, "v2", t2 + dt.timedelta(days=730 - rng.randint(0, 1)))
    dates30(f, "tprev", t3 - dt.timedelta(days=rng.randint(125, 170)))
    dates30(f, "told", dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates30(f, "tpov", dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)))  # a device's check
    f["pas_d"] = date(rng, rng.randint(2005, 2025), rng.choice(["dot", "dot", "words"]))
    f["dl_d"] = date(rng, rng.randint(2017, 2025), "dot")
    f["exp_my"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2031)}"  # month and year only
    t0 = rng.randint(5 * 60, 9 * 60)
    for i in range(1, 7):
        t0 += rng.randint(2, 40)
        f[f"tm{i}"] = f"{t0 // 60:02d}:{t0 % 60:02d}"
        f[f"tmd{i}"] = f"{t0 // 60:02d}.{t0 % 60:02d}"  # a time with a dot: no date
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr30(rng)
        f[f"ph{i}"] = mob30(rng)
    f["al1"] = aloc30(rng)
    f["a_br"] = abr30(rng)
    f["af"] = afor30(rng, f["w_country"])
    f["ao"], f["ao2"] = aorg30(rng), aorg30(rng)
    f["phc1"], f["phc2"] = city30(rng), city30(rng)
    f["ph_br"] = brk30(rng)
    f["phf"] = fmob30(rng, f["w_country"])
    f["ext"] = str(rng.randint(100, 799))
    f["m1"] = mail30(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail30(rng, f["q_sur"], f["q_first"])
    f["md"] = mail30(rng, f["d_sur"], f["d_first"])
    f["mr"] = mail30(rng, f["r_sur"], f["r_first"])
    f["mw"] = mail30(rng, f["w_sur"], f["w_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL30, 2)
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"] = inn12(rng), inn12(rng)
    f["pas"], f["pas2"] = pas30(rng), pas30(rng)
    f["kpd"] = f"{rng.randint(20, 750):03d}-{rng.randint(1, 90):03d}"
    f["fpas"], f["fpas2"] = fpas30(rng, f["w_country"]), fpas30(rng, f["v_country"])
    f["bc"] = bcert(rng)
    # numbers of one person, one person's examination, sample or document
    for key in REC30:
        f[key] = rec30(rng, key)
        f[key + "2"] = rec30(rng, key)
    f["lmk_br"] = brk_at(rec30(rng, "lmk"))
    f["akt_br"] = brk_at(shape(rng, "####/26"))
    f["dl_br"] = brk_at(shape(rng, "## ## ######"))
    # series printed on blanks (not labelled)
    f["ser003"] = shape(rng, rng.choice(["## ##", "####", "##@@"]))
    f["ser002"] = shape(rng, rng.choice(["##", "@@", "## @"]))
    f["serp"] = shape(rng, "## @@")  # a police protocol's series
    f["serpat"] = rng.choice(["59", "02", "16", "21", "18", "12", "13", "56", "66", "74"])
    f["sermig"] = shape(rng, rng.choice(["46##", "90##", "73##", "92##"]))
    # hard negatives of the field
    f["org"], f["org2"] = rng.sample(ORGS30, 2)
    for key, lst in (
        ("hosp", HOSP30),
        ("kvd", KVD30),
        ("cge", CGE30),
        ("aids", AIDS30),
        ("tb", TB30),
        ("psy", PSY30),
        ("prof", PROF30),
        ("avia", AVIA30),
    ):
        f[key] = rng.choice(lst)
    f["clinic"], f["clinic2"] = rng.sample(CLINICS30, 2)
    emp = rng.choice(EMPLOYERS30)
    f["emp"], f["okved"] = emp
    f["voenk"] = rng.choice(COMMISSARIATS30)
    f["gibdd"] = rng.choice(POLICE30)
    f["sled"] = rng.choice(INVEST30)
    f["harm"], f["harm2"], f["harm3"] = rng.sample(HARM30, 3)
    f["work"] = rng.choice(WORKS30)
    f["cat"] = rng.choice(CATS30)
    f["gun"] = rng.choice(GUNS30)
    f["gun_no"] = shape(rng, rng.choice(["#######", "####-##", "B####-##", "##@######"]))
    start = rng.randint(100000, 899999)
    f["blank_from"], f["blank_to"] = f"{start:06d}", f"{start + rng.choice([99, 199, 499]):06d}"
    br, brn = rng.choice(BREATH30)
    f["breath"], f["breath_no"] = br, shape(rng, brn)
    f["arshin"] = shape(rng, "С-ВЯ/") + f["tpov_dash"] + shape(rng, "/#########")
    f["mgl"] = num30(rng, 0.2, 1.6, 3)
    f["mgl2"] = num30(rng, 0.2, 1.6, 3)
    f["mgl0"] = rng.choice(["0,000", "0,00", "0,01", "0.000"])
    f["fit"] = rng.choice(FIT30)
    f["art"], f["art2"] = rng.sample(ART30, 2)
    f["icd"], f["icd2"] = rng.sample(ICD30, 2)
    f["lic"] = shape(
        rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####", "ЛО41-0##77-##/00###"])
    )
    f["ogrn"] = shape(
        rng, rng.choice(["10#59########", "11#02########", "10#16########", "10#21########"])
    )
    f["inn_org"] = shape(rng, rng.choice(["59########", "02########", "16########", "18########"]))
    f["kpp"] = shape(rng, "######001")
    f["okpo"] = shape(rng, "########")
    f["ud"] = shape(rng, "12#0###00##00####")  # a criminal case (17 digits): not labelled
    f["court"] = shape(
        rng, rng.choice(["5-###/2026", "12-###/2026", "5-####/2026"])
    )  # an administrative case
    f["court_civ"] = shape(rng, rng.choice(["2-####/2026", "2-###/2026", "2-####/2026"]))
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "#-###/26", "исх-###"]))
    f["inno"] = shape(
        rng, rng.choice(["###", "####"])
    )  # an incoming number shape (set per template)
    f["vch"] = shape(rng, "#####")
    pl = "".join(rng.choice("АВЕКМНОРСТУХ") for _ in range(3))
    f["plate"] = (
        f"{pl[0]}{rng.randint(1, 999):03d}{pl[1:]} {rng.choice(['159', '102', '116', '21', '196', '18', '56'])}"
    )
    f["waybill"] = shape(rng, rng.choice(["###", "####", "##-###"]))
    f["row"] = str(rng.randint(3, 48))
    f["imo"] = shape(rng, "IMO 9######")
    f["ra"] = shape(rng, "RA-#####")
    f["flight"] = shape(rng, rng.choice(["SU 1###", "U6 2##", "DP 4##"]))
    f["lot"] = shape(rng, rng.choice(["серия ###", "лот 26##", "серия 1##-##"]))
    f["act_org"] = shape(rng, rng.choice(["##", "###", "##/26"]))  # a final act's own number
    f["dog"] = shape(
        rng, rng.choice(["###-МО/2026", "Д-##/26", "###/ПО"])
    )  # a contract between organisations
    f["meet"] = str(rng.randint(3, 60))
    f["queue"] = shape(rng, rng.choice(["@###", "###", "@-##"]))
    f["ter"] = shape(rng, rng.choice(["ТМ-###", "PAK-##-###", "т-##"]))
    f["bp"] = f"{rng.randint(105, 165)}/{rng.randint(60, 102)}"
    f["pulse"] = str(rng.randint(58, 104))
    f["temp"] = rng.choice(["36,4", "36,6", "36,7", "36,5", "36,8"])
    f["vis"] = rng.choice(["1,0/1,0", "0,8/0,9", "0,6/0,7 с корр. 1,0/1,0", "1,0/0,9"])
    f["ht"] = str(rng.randint(152, 195))
    f["wt"] = str(rng.randint(50, 118))
    f["dpt"] = rng.choice(["+1,5", "-2,0", "-0,75", "+0,5"])
    f["cnt_w"] = str(rng.randint(14, 680))
    f["cnt_s"] = str(rng.randint(2, 40))
    f["small"] = str(rng.randint(2, 30))
    f["room"] = str(rng.randint(101, 430))
    f["price"] = str(rng.choice([450, 780, 1200, 1850, 2300, 3500]))
    # corpus 30's extra forms
    f["p_ocr"] = ocr(f["p_s"])
    f["p_io_up"] = f["p_io"].upper()
    f["c_a_up"] = f["c_a"].upper()
    f["bdu_y"] = f["bdu"][-4:]
    v = rng.choice(RURAL30)
    f["rv"] = v[0]
    f["brk_hti"] = brk_at(rec30(rng, "hti"))
    f["brk_smp"] = brk_at(rec30(rng, "smp"))
    f["eln"] = shape(rng, "910#########")
    f["mk"], f["mk2"] = shape(rng, "#######"), shape(rng, "#######")
    f["stage"] = rng.choice(["II", "III", "IV", "V", "VI"])
    reg = rng.choice(REGIONS30)
    f["region"], f["region_name"] = reg
    f["court_name"] = rng.choice(COURTS30)
    return f


def shape30(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape30(rng, m.group(1)), template)
    fill = fillers30(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 30: genres and kinds
# one kind per position: (ID in «Должности медицинских и фармацевтических работников», genre,
# template); no template is shared
GENRES30: list[tuple[int, str, str]] = [
    (
        80,
        "заключительный акт по итогам периодического медицинского осмотра (поимённый список лиц с подозрением на профзаболевание)",
        """ЗАКЛЮЧИТЕЛЬНЫЙ АКТ № {act_org}
по результатам проведённого периодического медицинского осмотра (обследования) работников
{emp} (ОКВЭД {okved}, ОГРН {ogrn}) от [[D:{t4}]]
Медицинская организация: {clinic}, лицензия {lic}; договор {dog}
Осмотр проведён в соответствии с приказом Минздрава России от [[D:28.01.2021]] № 29н в период с [[D:{t1}]] по [[D:{t3}]].
Число работников, подлежащих осмотру, — {cnt_w}, в т.ч. с вредными факторами п. {harm}, {harm2} — {cnt_s}.
Приложение 3. Поимённый список лиц с подозрением на профессиональное заболевание:
1. [[P:{p}]], [[B:{bd}]], таб. № [[R:{tab}]], цех № 4, стерженщик; факторы {harm}, {harm3}; стаж {stazh} лет — направлен в центр профпатологии
2. [[P:{g}]], [[B:{bdg}]], таб. № [[R:{tab2}]], обрубщик; фактор {harm2} — направлен в центр профпатологии
Председатель врачебной комиссии, врач-профпатолог [[P:{d_s}]]
Представитель работодателя [[P:{r_s}]] (тел. [[T:{phc1}]], [[E:{mr}]])""",
    ),
    (
        111,
        "паспорт здоровья работника (лист 1, заполняется при предварительном осмотре)",
        """ПАСПОРТ ЗДОРОВЬЯ РАБОТНИКА № [[R:{pzr}]]
Медицинская организация: {clinic}, [[A:{ao}]]; ОГРН {ogrn}
Ф.И.О.: [[P:{p}]]      Пол: {p_sex}      Дата рождения: [[B:{bd}]]
Паспорт: [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
Адрес регистрации: [[A:{a1}]]
Полис ОМС: [[O:{enp}]]     СНИЛС: [[S:{sn}]]     ИНН: [[I:{inn}]]     Тел.: [[T:{ph1}]]
Место работы: {emp}, ОКВЭД {okved}; профессия — слесарь-ремонтник; таб. № [[R:{tab}]]
Вредные и (или) опасные производственные факторы: {harm}, {harm2}; виды работ: п. {work} прил. к приказу 29н
Группа крови: A(II) Rh+. Аллергоанамнез не отягощён.
Дата заполнения [[D:{t1}]]. Врач-терапевт участковый цехового врачебного участка [[P:{d_s}]]""",
    ),
    (
        66,
        "поимённый список работников, подлежащих периодическому осмотру (выписка, согласование)",
        """ПОИМЁННЫЙ СПИСОК работников {emp}, подлежащих периодическому медицинскому осмотру в 2027 г.
(составлен на основании списка контингентов, согласованного [[D:{t1}]])
№ п/п | Ф.И.О.            | дата рожд.   | таб. №       | профессия       | вредные факторы / работы
1     | [[P:{p_s}]]       | [[B:{bd}]]   | [[R:{tab}]]  | сварщик         | {harm}, {harm2}
2     | [[P:{g_s}]]       | [[B:{bdg}]]  | [[R:{tab2}]] | маляр           | {harm3}; п. {work}
3     | [[P:{j_s}]]       | [[B:{bdj_sh}]] | —          | машинист крана  | п. 9, 4.4
Ответственный за медосмотры: инженер по ОТ [[P:{r_s}]], [[T:{phc1}]] доб. {ext}
Проверено: врач по гигиене труда [[P:{d_s}]], [[D:{t2}]]. Замечание: у [[P:{g_s_gen}]] не указан стаж по профессии.""",
    ),
    (
        188,
        "санитарно-гигиеническая характеристика условий труда работника при подозрении на профзаболевание",
        """САНИТАРНО-ГИГИЕНИЧЕСКАЯ ХАРАКТЕРИСТИКА УСЛОВИЙ ТРУДА РАБОТНИКА
при подозрении у него профессионального заболевания (отравления) № {outno} от [[D:{t3}]]
Основание: извещение № [[R:{vk}]] от [[D:{t1}]] ({prof})
1. Фамилия, имя, отчество: [[P:{p}]]
2. Дата рождения: [[B:{bd}]]; СНИЛС [[S:{sn}]]
3. Место работы: {emp} (ОКПО {okpo}), цех литья, профессия — формовщик; таб. № [[R:{tab}]]
4. Стаж работы в контакте с фактором: {stazh} лет. Шум 92 дБА (ПДУ 80), класс условий труда 3.2 (карта СОУТ № 14-<<###>>).
5. Средства индивидуальной защиты: беруши СИЗ-2, выдавались нерегулярно.
Составил: помощник врача по гигиене труда [[P:{k_s}]], тел. [[T:{phc2}]]
Утвердил: главный государственный санитарный врач [[P:{h_s}]]
С характеристикой ознакомлен: [[P:{p_s}]] ____ [[D:{t4}]]""",
    ),
    (
        32,
        "медицинское заключение по результатам предварительного медицинского осмотра",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{zakl}]]
по результатам предварительного (периодического) медицинского осмотра (обследования)
Дата выдачи: [[D:{t2}]]
Ф.И.О.: [[P:{p}]]; дата рождения: [[B:{bd_1}]]; пол: {p_sex}
Наименование работодателя: {emp}; структурное подразделение: участок погрузки
Должность (профессия): водитель погрузчика; вредные факторы: {harm}; виды работ: п. {work}, 27
Направление работодателя № [[R:{napr}]] от [[D:{t1}]]
Результат: медицинские противопоказания к работе НЕ ВЫЯВЛЕНЫ.
Группа здоровья: II. Диспансерное наблюдение: {icd} — у терапевта.
Председатель врачебной комиссии, врач здравпункта [[P:{d_s}]]  М.П.
Заключение получил{p_a}: [[P:{p_s}]] ____ [[D:{t2_sh}]]""",
    ),
    (
        54,
        "лист осмотра офтальмолога в карте периодического медицинского осмотра",
        """Карта ПМО [[R:{amb}]] · {clinic} · каб. {room}
ОСМОТР ВРАЧА-ОФТАЛЬМОЛОГА   [[D:{t2_sh}]] {tm2}
Пациент: [[P:{p_s}]], {age} л., таб. [[R:{tab}]], {emp}
Профессия: водитель погрузчика (п. 27), факторы {harm}, {harm2}
Жалоб нет. Visus OD/OS = {vis}. Рефракция: {dpt} D. Цветоощущение — норма (таблицы Рабкина).
Поля зрения (периметрия) в норме. ВГД 18/19 мм рт. ст. Биомикроскопия: без патологии.
Диагноз: {icd2}. Противопоказаний к работе по п. 27 не выявлено.
Врач-офтальмолог [[P:{d_s}]] (подпись)
Следующий осмотр — через 1 год (до {t2_myn}).""",
    ),
    (
        107,
        "протокол тональной пороговой аудиометрии работника шумового производства",
        """ПРОТОКОЛ АУДИОМЕТРИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{ib}]]
Ф.И.О. [[P:{p_up}]]   д.р. [[B:{bd}]]   таб.№ [[R:{tab}]]
Организация: {emp}, кузнечно-прессовый цех; фактор 4.3.1 (шум), стаж {stazh} л.
Аудиометр АА-02, зав. № <<####>>, поверка до {exp_my}
Частота, Гц | 500 | 1000 | 2000 | 4000 | 8000
AD, дБ      | 15  | 20   | 25   | 45   | 50
AS, дБ      | 15  | 15   | 30   | 50   | 55
Заключение: двусторонняя нейросенсорная тугоухость I степени (H90.3), признаки воздействия шума.
Рекомендовано: направить в центр профпатологии ({prof}) для решения вопроса о связи с профессией.
Исследование [[D:{t3}]]. Врач-сурдолог-оториноларинголог [[P:{d_s}]]; медсестра [[P:{k_s}]]""",
    ),
    (
        13,
        "осмотр акушера-гинеколога при предварительном осмотре работницы пищеблока (с направлением мазка)",
        """{clinic} — предварительный медосмотр
Осмотр врача-акушера-гинеколога [[D:{t1}]]
[[P:{q}]], [[B:{bdf}]], поступает в {emp} поваром (п. 23 прил. к приказу 29н)
Полис ОМС [[O:{enp}]]; контакт [[T:{ph2}]]
Гинекологический статус: без особенностей. Последняя менструация [[D:{t1_wd}]].
Взят мазок на флору и цитологию; направление в КДЛ № [[R:{smp}]], маркировка пробирки [[R:{smp2}]].
Исследование на гонорею (п. 23): ПЦР, результат будет внесён в ЛМК № [[R:{lmk}]].
Заключение: противопоказаний к работе по п. 23 не выявлено (при отрицательном результате ПЦР).
Врач [[P:{d_s}]], акушерка [[P:{k_s}]]""",
    ),
    (
        24,
        "справка дерматовенеролога об отсутствии инфекций для вида на жительство иностранного гражданина",
        """{kvd}
Диспансерное отделение, [[A:{ao}]], тел. [[T:{phc1}]]
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{kvz}]]
об отсутствии инфекционных заболеваний, представляющих опасность для окружающих
(сифилис A50–A53, лепра A30), — по приказу Минздрава России от [[D:19.11.2021]] № 1079н
Выдано иностранному гражданину: [[P:{w}]] ([[P:{w_lat}]]), [[B:{bdw}]]
Гражданство: {w_cit}; паспорт [[Q:{fpas}]]
Адрес места пребывания: [[A:{a1}]]
Реакция микропреципитации с кардиолипиновым антигеном (проба № [[R:{smp}]], [[D:{t1}]]) — отрицательно; ИФА суммарные АТ — отрицательно.
Осмотр кожных покровов: без признаков лепры.
Врач-дерматовенеролог [[P:{d_s}]]   Дата [[D:{t2}]]   Действительно 3 месяца.""",
    ),
    (
        65,
        "протокол гигиенической аттестации работников общественного питания",
        """ПРОТОКОЛ № {act_org} гигиенической аттестации от [[D:{t3}]]
Организация: {emp}, ИНН {inn_org}, КПП {kpp}
Программа: профессиональная гигиеническая подготовка работников пищевых производств (тест 30 вопросов)
№ | Ф.И.О.             | ЛМК №          | результат
1 | [[P:{p_s}]]        | [[R:{lmk}]]    | 27/30 — аттестован
2 | [[P:{g_s}]]        | [[R:{lmk2}]]   | 24/30 — аттестован
3 | [[P:{w_s}]]        | [[R:{lmk_br}]] | 14/30 — не аттестован{w_a}, повторно [[D:{t5}]]
Отметки об аттестации внесены в личные медицинские книжки, срок — 2 года (до {exp_my}).
Врач по гигиене питания [[P:{d_s}]]; секретарь [[P:{x_s}]], [[E:{mo}]]""",
    ),
    (
        17,
        "протокол бактериологического исследования на кишечную группу и носительство для медицинской книжки",
        """{cge} — бактериологическая лаборатория
ПРОТОКОЛ ИССЛЕДОВАНИЯ № [[R:{smp}]] от [[D:{t3}]]
Материал: фекалии. Дата взятия [[D:{t1}]], доставлен [[D:{t1_dm}]] в {tm2}
Обследуемый: [[P:{p}]], [[B:{bd}]]; контингент — работник пищеблока ({emp})
ЛМК № [[R:{lmk}]]; направление работодателя № [[R:{napr}]]
Исследование на: шигеллы, сальмонеллы (по МУК, посев на среды обогащения) — НЕ ОБНАРУЖЕНЫ;
брюшнотифозный диагностикум, РПГА с эритроцитарным диагностикумом ({lot}) — титр < 1:40.
Питательные среды: висмут-сульфит агар, лот 26<<####>>; ПЦР-тест-система, {lot}.
Врач-бактериолог [[P:{d_s}]]; лаборант [[P:{k_s}]]""",
    ),
    (
        179,
        "журнал регистрации выданных личных медицинских книжек",
        """ЖУРНАЛ учёта выдачи личных медицинских книжек (ф. по приказу 402н) — {clinic}
№ п/п | дата         | Ф.И.О. получателя   | д.р.          | № ЛМК            | голограмма      | оплата, руб. | подпись
{row}  | [[D:{t1_sh}]] | [[P:{p_s}]]        | [[B:{bd_sh}]] | [[R:{lmk}]]      | [[R:{holo}]]    | {price}      | ___
—      | [[D:{t1_sh}]] | [[P:{w_s}]]        | [[B:{bdw_sh}]] | [[R:{lmk2}]]    | [[R:{holo2}]]   | {price}      | ___
—      | [[D:{t2_sh}]] | [[P:{g_s}]]        | [[B:{bdg_sh}]] | испорчен бланк № <<#######>> (списан по акту)
Медицинский регистратор [[P:{x_s}]]. Тел. регистратуры [[T:{phc1}]]
Примечание: у [[P:{w_s_gen}]] паспорт [[Q:{fpas}]], ЛМК выдана при наличии патента.""",
    ),
    (
        187,
        "выписка из Единого реестра личных медицинских книжек (ЕРЛМК)",
        """ЕРЛМК · Выписка о наличии записи
Регистрационный номер записи: [[R:{erlmk}]]
Номер бланка ЛМК: [[R:{lmk}]]   Голограмма: [[R:{holo}]]
Владелец: [[P:{p_up}]]   Дата рождения: [[B:{bd_iso}]]   СНИЛС: [[S:{sn}]]
ИНН владельца: [[I:{inn}]]
Должность: кондитер; работодатель: {emp} (ИНН {inn_org})
Сведения о медосмотре: [[D:{t1}]], {clinic}, заключение № [[R:{zakl}]]
Гигиеническая аттестация: [[D:{t2}]]; действительна до [[D:{v2}]]
Запрос выполнен: [[D:{t4_iso}]] {tm3}, помощник врача по гигиене питания [[P:{k_s}]] ([[E:{mo}]])""",
    ),
    (
        127,
        "предписание эпидемиолога работодателю об отстранении работника-бактерионосителя",
        """ФБУЗ «Центр гигиены и эпидемиологии» — отделение эпидемиологии
ПРЕДПИСАНИЕ № {outno} от [[D:{t3}]]
Руководителю {emp}
При обследовании контактных по очагу (экстренное извещение № [[R:{vk}]] от [[D:{t1}]]) у работника
[[P:{p_gen}]], [[B:{bd}]], повара горячего цеха (ЛМК № [[R:{lmk}]]), выделена S. Enteritidis (протокол № [[R:{smp}]]).
Требуется: отстранить [[P:{p_s_acc}]] от работы с пищевыми продуктами с [[D:{t3}]] до получения
отрицательных результатов трёхкратного обследования; сообщить на [[E:{mo}]] или по тел. [[T:{phc2}]].
Основание: ст. 33 и 50 Федерального закона от [[D:30.03.1999]] № 52-ФЗ; СанПиН 3.3686-21, п. 1075.
Врач-эпидемиолог [[P:{d_s}]]""",
    ),
    (
        195,
        "журнал регистрации предрейсовых медицинских осмотров водителей",
        """ЖУРНАЛ РЕГИСТРАЦИИ ПРЕДРЕЙСОВЫХ МЕДИЦИНСКИХ ОСМОТРОВ — {emp}
(приказ Минздрава России от [[D:30.05.2023]] № 266н) · Алкотестер: {breath}, {breath_no}, поверка [[D:{tpov}]]
№ | дата, время           | Ф.И.О. водителя | д.р.           | табельный № | жалобы | АД      | пульс | t°C | алкоголь, мг/л | допуск | подпись
{row} | [[D:{t2_dm}]] {tm1} | [[P:{p_s}]]     | [[B:{bd_sh}]]  | [[R:{tab}]] | нет    | {bp}    | {pulse} | {temp} | {mgl0}     | допущен | ___
{small} | [[D:{t2_dm}]] {tm2} | [[P:{g_s}]]   | [[B:{bdg_sh}]] | [[R:{tab2}]] | нет   | 168/104 | 96    | 36,6 | 0,000          | НЕ допущен (АД) | ___
Фельдшер [[P:{k_s}]]; путевые листы № {waybill} (а/м {plate}) — отметка поставлена.
Водитель [[P:{g_s}]] направлен к терапевту, сообщено диспетчеру по тел. [[T:{phc1}]].""",
    ),
    (
        350,
        "журнал послерейсовых медицинских осмотров водителей (выписка по запросу работодателя)",
        """Выписка из журнала послерейсовых медицинских осмотров
(перевозчик ИП [[P:{r_s}]], ИНН [[I:{inn2}]], ОКВЭД 49.41; медосмотры по договору {dog} с {clinic})
по запросу ИП [[P:{r_s_gen}]] (письмо от [[D:{t4}]], [[E:{mr}]])
Водитель: [[P:{p}]], [[B:{bd}]], таб. № [[R:{tab}]], водительское удостоверение [[R:{dl}]] (кат. {cat})
Дата       | время возвращения | АД     | пульс | проба выдыхаемого воздуха | признаки опьянения | заключение
[[D:{t1}]] | {tm4}             | {bp}   | {pulse} | {mgl0} мг/л           | нет                | выполнен
[[D:{t2}]] | {tm5}             | 132/84 | 78    | {mgl} мг/л                | запах алкоголя     | направлен на освидетельствование, акт № [[R:{akt}]]
[[D:{t3}]] | {tmd6}            | 126/80 | 70    | 0,00 мг/л                 | нет                | выполнен
Заведующий здравпунктом — фельдшер [[P:{k_s}]], тел. [[T:{phc2}]]""",
    ),
    (
        159,
        "штамп предрейсового медицинского осмотра на путевом листе (скан с OCR)",
        """ПУТЕВОЙ ЛИСТ грузового автомобиля № {waybill}   серия ПЛ
Организация {emp} · а/м КАМАЗ-65115 гос. № {plate}
Водитель [[P:{p_ocr}]]   удостоверение № [[R:{dl}]]   класс —   таб. № [[R:{tab}]]
┌──────────────────────────────────────────┐
│ ПРЕДРЕЙСОВЫЙ МЕДОСМОТР ПРОЙДЕН, К ИСПОЛНЕНИЮ │
│ ТРУДОВЫХ ОБЯЗАННОСТЕЙ ДОПУЩЕН            │
│ дата [[D:{t2_sh}]]  время {tm1}          │
│ м/с [[P:{k_sp}]] ____ (подпись)          │
└──────────────────────────────────────────┘
Лицензия на мед. деятельность {lic}. Выезд {tm2}, показания спидометра <<######>> км.""",
    ),
    (
        359,
        "акт об отстранении водителя от рейса по результатам предрейсового осмотра",
        """АКТ № {act_org} об отстранении от работы (рейса)
{emp} · [[D:{t3}]] · {tm1}
Старший фельдшер [[P:{k}]] в присутствии механика [[P:{x_s_gen}]] составил{k_a} настоящий акт о том, что водитель
[[P:{p}]], [[B:{bd}]], табельный № [[R:{tab}]], водительское удостоверение [[R:{dl}]] от [[D:{dl_d}]],
при предрейсовом осмотре отстранён от рейса: АД {bp}, пульс {pulse}, проба выдыхаемого воздуха {breath} ({breath_no}) — {mgl} мг/л.
Водитель направлен на медицинское освидетельствование в {org} (направление № [[R:{akt}]]).
С актом ознакомлен: [[P:{p_s}]] ______ / от подписи отказался
Тел. диспетчерской [[T:{phc1}]]; сообщено [[P:{r_s}]] (моб. [[T:{ph3}]])""",
    ),
    (
        206,
        "выгрузка журнала дистанционных предрейсовых осмотров (ПАК) в формате CSV",
        """# export_predreis_[[D:{t4_hl7}]].csv · терминал {ter} · ПО ПАК 4.12.7 · {clinic}
exam_id;datetime;driver;birth;tab_no;snils;bp;pulse;alc_mgl;decision;medic
[[R:{pak}]];[[D:{t4_iso}]]T{tm1}:05;[[P:{p_up}]];[[B:{bd_iso}]];[[R:{tab}]];[[S:{sn}]];{bp};{pulse};0.000;ДОПУЩЕН;[[P:{k_s}]]
[[R:{pak2}]];[[D:{t4_iso}]]T{tm2}:41;[[P:{g_up}]];[[B:{bdg_iso}]];[[R:{tab2}]];[[S:{sn2}]];154/98;92;0.000;НЕ ДОПУЩЕН;[[P:{k_s}]]
[[R:{pak}-R]];[[D:{t4_iso}]]T{tm3}:12;[[P:{g_up}]];[[B:{bdg_iso}]];[[R:{tab2}]];[[S:{sn2}]];138/88;84;0.000;ДОПУЩЕН;[[P:{d_s}]]
# rows: 3; device serial 18-<<#####>>; support: [[E:{mo}]], [[T:{phc2}]]""",
    ),
    (
        352,
        "предрейсовый осмотр водителя школьного автобуса в фельдшерско-акушерском пункте (журнал и звонок)",
        """ФАП {rv} — журнал предрейсовых осмотров водителей школьного автобуса
[[D:{t2_w}]], {tm1}. Водитель [[P:{p_s}]] ([[B:{bd}]]), удостоверение [[R:{dl_br}]], кат. {cat}.
Жалоб нет. АД {bp}, пульс {pulse}, t {temp}. Проба Шталя — норма. Алкотестер {breath}: {mgl0} мг/л.
Допущен. Отметка в путевом листе № {waybill} (ПАЗ-32053, {plate}).
{tmd3} звонил директор школы [[P:{h_io}]] ([[T:{ph2}]]): автобус вышел с опозданием.
Зав. ФАП — фельдшер [[P:{k_s}]]; при отсутствии фельдшера осмотр проводит м/с [[P:{e_s}]] (тел. [[T:{ph3}]]).""",
    ),
    (
        342,
        "журнал предсменных медицинских осмотров локомотивных бригад",
        """Медпункт предрейсовых осмотров ст. Агрыз — ЖУРНАЛ ПРЕДСМЕННЫХ ОСМОТРОВ ЛОКОМОТИВНЫХ БРИГАД
[[D:{t3}]] · поезд № 2<<###>> · локомотив 2ЭС6-<<###>>
Машинист: [[P:{p_s}]], таб. [[R:{tab}]], свидетельство на право управления № [[R:{dl}]]; АД {bp}, ЧСС {pulse}, алкоголь {mgl0} мг/л — допущен {tm1}
Помощник машиниста: [[P:{g_s}]], таб. [[R:{tab2}]]; АД 118/76, ЧСС 68, алкоголь 0,000 мг/л — допущен {tm1}
Прибор: {breath}, {breath_no}; свидетельство о поверке {arshin} действительно до [[D:{v1}]].
Начальник медпункта [[P:{h_s}]]; фельдшер [[P:{k_s}]]. Дежурный по депо [[T:{phc1}]].""",
    ),
    (
        351,
        "журнал предсменных осмотров работников опасного производственного объекта (выписка для расследования)",
        """Выписка из журнала предсменных медосмотров здравпункта цеха № 6 {emp}
для комиссии по расследованию несчастного случая (приказ работодателя № {act_org}-к от [[D:{t4}]])
[[D:{t3}]], смена 2 (с 20:00):
— [[P:{p_s}]], [[B:{bd}]], таб. № [[R:{tab}]], аппаратчик (вредные факторы п. {harm}, п. 1.2.15): АД {bp}, пульс {pulse}, алкоголь {mgl0} мг/л — допущен в {tm1}
— [[P:{j_s}]], [[B:{bdj}]], таб. № [[R:{tab2}]], мастер смены: АД 128/82, пульс 74 — допущен
Пострадавший [[P:{p_s}]] доставлен в {hosp} (ИБ [[R:{ib}]]).
Заведующий здравпунктом — медицинская сестра [[P:{k_s}]], тел. [[T:{phc1}]] вн. {ext}""",
    ),
    (
        109,
        "медицинское заключение о наличии (об отсутствии) противопоказаний к управлению ТС (ф. 003-В/у)",
        """{clinic}, [[A:{ao}]], лицензия {lic}
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ
о наличии (об отсутствии) у водителей транспортных средств (кандидатов в водители) медицинских
противопоказаний, медицинских показаний или медицинских ограничений к управлению ТС
серия {ser003} № [[R:{c003}]]        Дата выдачи: [[D:{t3_q}]]
1. Ф.И.О.: [[P:{p}]]
2. Дата рождения: [[B:{bd}]]
3. Место регистрации: [[A:{a1}]]
4. Категории: {cat}
Медицинские противопоказания к управлению ТС: не выявлены. Медицинские ограничения: «очки» (код 01).
Врач-терапевт [[P:{d_s}]]   (Приказ Минздрава России от [[D:24.11.2021]] № 1092н)
Действительно до [[D:{v1}]]""",
    ),
    (
        88,
        "справка участкового психиатра-нарколога для водительской комиссии с направлением на ХТИ",
        """{org}, диспансерное отделение, участок № {small}
СПРАВКА № [[R:{narc}]] от [[D:{t1}]]
Дана [[P:{p_dat}]], [[B:{bd}]] г.р. (проживает: [[A:{a1}]]), паспорт [[Q:{pas}]],
в том, что на диспансерном наблюдении в наркологическом диспансере не состоит.
Осмотрен врачом-психиатром-наркологом участковым. Направлен на химико-токсикологическое исследование
(направление № [[R:{hti}]], отбор мочи [[D:{t1}]] в {tm2}); заключение будет выдано после получения результата ХТИ.
Для предоставления: в медицинскую организацию для получения заключения 003-В/у (кат. {cat}).
Врач [[P:{d_s}]]; справки по тел. [[T:{phc1}]]""",
    ),
    (
        45,
        "заключение невролога с ЭЭГ для водителя категорий C и D",
        """Заключение врача-невролога (медицинское освидетельствование водителя, приказ 1092н)
[[P:{p_up}]], д.р. [[B:{bd_sh}]], кандидат в водители кат. {cat}; амб. карта № [[R:{amb}]]; полис ОМС [[O:{enp}]]
Анамнез: в 2009 г. — ЗЧМТ, сотрясение головного мозга; судорожных приступов не было.
ЭЭГ № [[R:{ib}]] от [[D:{t2}]] (электроэнцефалограф «Энцефалан-131-03», № <<####>>): пароксизмальной активности не зарегистрировано.
Неврологический статус: без очаговой симптоматики. Диагноз: {icd2}.
Заключение: противопоказаний к управлению ТС категорий {cat} со стороны нервной системы нет.
[[D:{t2_sh}]]  Врач-невролог [[P:{d_s}]]  (тел. каб. [[T:{phc1}]])""",
    ),
    (
        561,
        "журнал регистрации выданных медицинских заключений (ф. 036/у-10)",
        """ЖУРНАЛ РЕГИСТРАЦИИ ВЫДАННЫХ МЕДИЦИНСКИХ ЗАКЛЮЧЕНИЙ (ф. 036/у-10) · {clinic} · лист {small}
№ п/п | Ф.И.О.           | серия, № заключения            | дата выдачи    | категории | подпись получившего
{row} | [[P:{p_s}]]      | {ser003} [[R:{c003}]]          | [[D:{t2_sh}]]  | {cat}     | ___
—     | [[P:{g_s}]]      | {ser003} [[R:{c0032}]]         | [[D:{t2_sh}]]  | B         | ___
—     | [[P:{j_s}]]      | {ser003} <<#######>> — ИСПОРЧЕН | —              | —         | —
Бланки серии {ser003} с № {blank_from} по № {blank_to} получены [[D:{t1}]] по накладной {dog}.
Медицинский статистик [[P:{x_s}]]. Сведения переданы в ЕГИСЗ [[D:{t3}]] (ответ сервиса: OK, {tm3}).""",
    ),
    (
        544,
        "СЭМД «Медицинское заключение о наличии (об отсутствии) противопоказаний к управлению ТС» (фрагмент XML)",
        """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="1.2.643.5.1.13.13.14.131.9.2"/>
  <id root="1.2.643.5.1.13.13.12.2.59.<<####>>.100.1.1.51" extension="[[R:{sem}]]"/>
  <effectiveTime value="[[D:{t3_hl7}]]1034+0500"/>
  <recordTarget><patientRole>
    <id root="1.2.643.100.3" extension="[[S:{sn}]]"/>
    <id root="1.2.643.5.1.13.13.99.2.183" extension="[[O:{enp}]]"/>
    <addr><streetAddressLine>[[A:{a1}]]</streetAddressLine></addr>
    <telecom value="tel:[[T:{ph1}]]"/>
    <patient><name><family>[[P:{p_sur}]]</family><given>[[P:{p_io}]]</given></name>
      <birthTime value="[[B:{bd_hl7}]]"/></patient>
  </patientRole></recordTarget>
  <entry><observation><code code="4061" displayName="Серия и номер заключения"/><value xsi:type="ST">{ser003} [[R:{c003}]]</value></observation></entry>
  <author><assignedAuthor><assignedPerson><name><family>[[P:{d_sur}]]</family></name></assignedPerson></assignedAuthor></author>
</ClinicalDocument>
<!-- врач-кибернетик [[P:{x_s}]]: проверено валидатором РЭМД [[D:{t3}]], статус «зарегистрирован» -->""",
    ),
    (
        87,
        "медицинское заключение об отсутствии противопоказаний к владению оружием (ф. 002-О/у)",
        """Медицинское заключение
об отсутствии медицинских противопоказаний к владению оружием
серия {ser002} № [[R:{c002}]]
Медицинская организация: {org}, [[A:{ao}]]; лицензия {lic}
Ф.И.О.: [[P:{p}]]; дата рождения: [[B:{bd_w}]]
Адрес: [[A:{a2}]]
Документ, удостоверяющий личность: паспорт [[Q:{pas}]]
Медицинских противопоказаний к владению оружием не выявлено. ХТИ: справка № [[R:{hres}]] от [[D:{t2}]] — ПАВ не обнаружены.
Предъявлено для: продления лицензии ЛОа № [[R:{loa}]] ({gun}, № {gun_no}).
Дата выдачи [[D:{t3}]]. Врач-психиатр-нарколог [[P:{d_s}]]; главный врач [[P:{h_s}]]""",
    ),
    (
        82,
        "ответ участкового психиатра на запрос Росгвардии о владельце гражданского оружия",
        """Начальнику отделения ЛРР Управления Росгвардии ([[A:{ao2}]])
На ваш запрос исх. № {outno} от [[D:{t1}]] сообщаем:
[[P:{p}]], [[B:{bd}]], зарегистрированн{p_yi} по адресу: [[A:{a1}]],
владелец разрешения РОХа № [[R:{roh}]] (охотничье ружьё {gun}, № {gun_no}),
под диспансерным наблюдением психиатра не состоит; за консультативной помощью обращал{p_sya}
[[D:{told}]] (амб. карта № [[R:{amb}]]), диагноз {icd2}, сведений о противопоказаниях не имеется.
Медицинское заключение 002-О/у серия {ser002} № [[R:{c002}]] от [[D:{t2}]] выдавалось по данным осмотра.
Врач-психиатр участковый [[P:{d_s}]]; тел. [[T:{phc1}]]; [[E:{mo}]]""",
    ),
    (
        142,
        "справка о результатах химико-токсикологических исследований (ф. 454/у-06)",
        """{org}
Химико-токсикологическая лаборатория, [[A:{ao}]]
СПРАВКА О РЕЗУЛЬТАТАХ ХИМИКО-ТОКСИКОЛОГИЧЕСКИХ ИССЛЕДОВАНИЙ № [[R:{hres}]]
1. Дата выдачи [[D:{t3}]]
2. Ф.И.О. освидетельствуемого [[P:{p}]]; дата рождения [[B:{bd}]]
3. Код пробы: [[R:{hti}]]; штрихкод [[R:{htibar}]]
4. Дата и время отбора [[D:{t1}]] {tm1}; направившая организация: {clinic}
5. Объект: моча. Методы: ИХА (скрининг), ГХ-МС (подтверждение, «Хроматэк-Кристалл 5000», № <<####>>)
6. Результат: опиаты, каннабиноиды, амфетамин, метамфетамин, кокаин, метадон, бензодиазепины, барбитураты — не обнаружены.
Химик-эксперт медицинской организации [[P:{d_s}]]; заведующий ХТЛ [[P:{h_s}]]""",
    ),
    (
        35,
        "журнал регистрации отбора биологических объектов для ХТИ (ф. 450/у-06)",
        """ЖУРНАЛ РЕГИСТРАЦИИ ОТБОРА БИОЛОГИЧЕСКИХ ОБЪЕКТОВ (ф. 450/у-06) · {org}
№ п/п | дата, время отбора  | код пробы        | Ф.И.О. освидетельствуемого | объект | t°, pH, плотность | направлено в ХТЛ
{row} | [[D:{t1_sh}]] {tm1} | [[R:{hti}]]      | [[P:{p_s}]]                | моча 60 мл | 34°, 6,0, 1018 | [[D:{t1_sh}]]
—     | [[D:{t1_sh}]] {tm2} | [[R:{hti2}]]     | [[P:{g_s}]]                | моча 45 мл | 33°, 5,5, 1022 | [[D:{t1_sh}]]
—     | [[D:{t2_sh}]] {tm3} | [[R:{brk_hti}]]  | [[P:{w_s}]]                | кровь 10 мл (вакутейнер, лот 26<<####>>) | — | [[D:{t2_sh}]]
Контейнеры опечатаны, пломбы № <<######>>–<<######>>; хранение при +4 °C (холодильник № 2).
Отбор проводил врач клинической лабораторной диагностики [[P:{d_s}]]; медсестра [[P:{k_s}]].""",
    ),
    (
        364,
        "акт отбора пробы мочи для ХТИ с опечатыванием (цепочка передачи)",
        """АКТ ОТБОРА ПРОБЫ № [[R:{hti}]]
[[D:{t2}]], {tm1}, кабинет медицинского освидетельствования {org}
Освидетельствуемый: [[P:{p}]], [[B:{bd}]]; документ: водительское удостоверение [[R:{dl}]]
Основание: акт медицинского освидетельствования № [[R:{akt}]]; протокол о направлении {serp} № [[R:{prot}]]
Объём 40 мл, температура 35 °C (в течение 4 мин.), признаков фальсификации нет. Контейнер 1 и 2 (контрольный) опечатаны,
штрихкод на контейнере [[R:{htibar}]]. Подпись освидетельствуемого на пломбе: ______ [[P:{p_s}]]
Передал: медицинский лабораторный техник [[P:{k_s}]] {tm3}; принял в ХТЛ: [[P:{x_s}]] {tm4}
Термоконтейнер ТМ-<<##>>, логгер № <<######>>""",
    ),
    (
        113,
        "акт медицинского освидетельствования на состояние опьянения (ф. 307/у-05)",
        """АКТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ НА СОСТОЯНИЕ ОПЬЯНЕНИЯ
(алкогольного, наркотического или иного токсического) № [[R:{akt}]]
Дата проведения освидетельствования: [[D:{t2_q}]]
1. Сведения об освидетельствуемом: [[P:{p}]], [[B:{bd}]], [[A:{a1}]]
   Документ: водительское удостоверение [[R:{dl}]]
2. Основание: протокол о направлении на медицинское освидетельствование {serp} № [[R:{prot}]],
   составлен инспектором ДПС [[P:{i_s}]] ({gibdd})
3. Наименование мед. организации: {org}; лицензия {lic}
13.1. Исследование выдыхаемого воздуха: {breath}, {breath_no}, поверка [[D:{tpov}]]; {tm1} — {mgl} мг/л
13.2. Повторное через 15–20 мин: {tm2} — {mgl2} мг/л
14. Отбор биологического объекта {tm3}, моча; код пробы [[R:{hti}]]
17. Медицинское заключение: УСТАНОВЛЕНО СОСТОЯНИЕ ОПЬЯНЕНИЯ. Дата [[D:{t2}]], {tm4}
Врач-токсиколог [[P:{d_s}]]; подготовка — удостоверение о прохождении подготовки (приказ 933н) № <<####>>""",
    ),
    (
        79,
        "запись врача приёмного отделения ЦРБ о медицинском освидетельствовании по протоколу ГИБДД",
        """Приёмное отделение ЦРБ {rv}. [[D:{t3_1}]], дежурные сутки.
{tmd2} доставлен нарядом ДПС ({gibdd}, инспектор [[P:{i_s}]]) гр. [[P:{p}]], {age} лет, [[B:{bd}]],
для мед. освидетельствования по протоколу {serp} № [[R:{prot}]] (ч. 1 ст. 12.26 КоАП — отказ на месте не зафиксирован).
Со слов — выпил 2 бутылки пива. Поза устойчива, нистагм +, запах алкоголя изо рта.
Прибор {breath} ({breath_no}): {tmd2} — {mgl}, через 17 мин — {mgl2} мг/л.
Акт № [[R:{akt}]] — установлено состояние опьянения. Копии: инспектору, освидетельствуемому, в дело.
ИБ не заводилась; запись в журнале 304/у, рег. № [[R:{akt2}]].
Дежурный врач приемного отделения [[P:{d_s}]], тел. отделения [[T:{phc1}]]""",
    ),
    (
        431,
        "ответ заведующего химико-токсикологической лабораторией на запрос ГИБДД",
        """{org}
[[A:{ao}]] · тел. [[T:{phc1}]] · [[E:{mo}]]
Исх. № {outno} от [[D:{t5}]]
Командиру {gibdd}
На запрос от [[D:{t4}]] № {outno} (вх. № [[R:{zp}]]) направляем копию справки о результатах ХТИ
№ [[R:{hres}]] в отношении [[P:{p_gen}]], [[B:{bd}]] (акт медицинского освидетельствования № [[R:{akt}]] от [[D:{t2}]]):
в пробе [[R:{hti}]] обнаружен тетрагидроканнабинол (ГХ-МС, подтверждено).
Копия акта 307/у-05 будет выдана по повторному запросу с визой руководителя.
Заведующий лабораторией [[P:{h_s}]]; исп. [[P:{x_s}]], [[T:{phc2}]]""",
    ),
    (
        170,
        "журнал регистрации медицинских освидетельствований на состояние опьянения (ф. 304/у)",
        """ЖУРНАЛ РЕГИСТРАЦИИ МЕДИЦИНСКИХ ОСВИДЕТЕЛЬСТВОВАНИЙ (ф. 304/у) · приёмное отделение {hosp}
№ акта       | дата         | время | Ф.И.О.          | д.р.           | кем направлен           | результат
[[R:{akt}]]  | [[D:{t3_sh}]] | {tm1} | [[P:{p_s}]]     | [[B:{bd_sh}]]  | ДПС, протокол {serp} [[R:{prot}]] | установлено ({mgl} мг/л)
[[R:{akt2}]] | [[D:{t3_sh}]] | {tm3} | [[P:{g_s}]]     | [[B:{bdg_sh}]] | работодатель ({emp})    | не установлено
[[R:{akt_br}]] | [[D:{t4_sh}]] | {tm5} | [[P:{w_s}]]   | [[B:{bdw_sh}]] | ОП № 3, КУСП [[R:{kusp}]] | отказ от освидетельствования
Медсестра приёмного отделения [[P:{k_s}]]; журнал проверен [[P:{h_s}]] [[D:{t5}]]""",
    ),
    (
        432,
        "ответ заведующего кабинетом медосвидетельствования на обращение гражданина, оспаривающего акт",
        """Уважаем{p_yi} [[P:{p_io}]]!
Ваше обращение от [[D:{t4}]] (рег. № [[R:{zp}]]), поступившее на [[E:{mo}]], рассмотрено.
Медицинское освидетельствование [[D:{t2_w}]] проведено врачом [[P:{d_s_ins}]] в соответствии с приказом Минздрава России
от [[D:18.12.2015]] № 933н. Исследование выдыхаемого воздуха выполнено анализатором {breath} ({breath_no}),
свидетельство о поверке {arshin}. Результаты: {mgl} и {mgl2} мг/л (пороговое значение 0,16 мг/л).
Акт № [[R:{akt}]] составлен верно; копия направлена в {gibdd}. Акт обжалуется в порядке ст. 30.1 КоАП РФ; дело об административном правонарушении № {court} рассматривается мировым судьёй.
Ответ направлен по адресу: [[A:{a1}]]; тел. для справок [[T:{phc1}]].
Заведующий кабинетом медицинского освидетельствования [[P:{h_s}]]""",
    ),
    (
        122,
        "лист медицинского освидетельствования призывника (врач-хирург призывной комиссии)",
        """ЛИСТ МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ
к личному делу призывника № [[R:{lichd}]] — {voenk}
Фамилия, имя, отчество: [[P:{u}]]; год рождения {bdu_y}; дата рождения [[B:{bdu}]]
Удостоверение гражданина, подлежащего призыву: [[R:{prip}]]
Жалобы: боли в правой стопе при длительной ходьбе. Анамнез: с детства.
Объективно: рост {ht} см, масса {wt} кг. Продольное плоскостопие II ст. справа (рентгенограммы [[D:{t1}]], № [[R:{fl}]]).
Диагноз: продольное плоскостопие II степени без артроза (M21.4).
На основании {art} графы I Расписания болезней (Положение о ВВЭ, постановление Правительства РФ от [[D:04.07.2013]] № 565)
категория годности к военной службе: {fit}; показатель предназначения 3.
Врач-хирург [[P:{d_s}]]   [[D:{t2}]]""",
    ),
    (
        34,
        "медицинское заключение кардиолога о состоянии здоровья по результатам обследования призывника",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{vk}]]
о состоянии здоровья гражданина по результатам амбулаторного медицинского обследования
Выдано по направлению: {voenk} (направление № [[R:{pov}]] от [[D:{t1}]])
Гражданин: [[P:{u}]], [[B:{bdu}]], проживает: [[A:{a2}]]
Полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Проведено: СМАД (ИБ/амб. № [[R:{amb}]]) с [[D:{t2_dm}]] по [[D:{t3_dm}]]; ЭхоКГ, тредмил-тест.
Диагноз: гипертоническая болезнь I стадии, степень 1, риск 1 (I10). Среднесуточное АД 146/92.
Заключение направлено в военный комиссариат [[D:{t4}]]. Категория годности определяется ВВК ({art}).
Врач-кардиолог [[P:{d_s}]]; председатель ВК [[P:{h_s}]]; тел. [[T:{phc1}]]""",
    ),
    (
        125,
        "заключение эндокринолога военно-врачебной комиссии для военнослужащего по контракту",
        """Военно-врачебная комиссия · в/ч {vch}
ЗАКЛЮЧЕНИЕ ВРАЧА-ЭНДОКРИНОЛОГА
Военнослужащий по контракту: сержант [[P:{u}]], [[B:{bdu_sh}]]
Личный номер [[R:{lnum}]]; военный билет [[R:{mid}]]
Направлен командиром в/ч {vch} (исх. № {outno} от [[D:{t1}]]) для определения категории годности.
Жалобы: жажда, полиурия. Гликированный гемоглобин 8,4 %; глюкоза натощак 9,1 ммоль/л.
Диагноз: сахарный диабет 2 типа, средней тяжести (E11.9). ИМТ 31,2.
Заключение: на основании ст. 13 «б» графы III Расписания болезней — категория «В» (ограниченно годен).
Свидетельство о болезни № [[R:{svb}]] будет оформлено после заседания ВВК [[D:{t3}]].
Эндокринолог [[P:{d_s}]]; вызов: жена [[P:{q_s}]], тел. [[T:{ph2}]]""",
    ),
    (
        139,
        "карта профессионального психологического отбора кандидата на военную службу по контракту",
        """КАРТА ПРОФЕССИОНАЛЬНОГО ПСИХОЛОГИЧЕСКОГО ОТБОРА (ППО)
Пункт отбора на военную службу по контракту, [[A:{ao}]]
Кандидат: [[P:{u_up}]], [[B:{bdu}]]; приписное [[R:{prip}]]; паспорт [[Q:{pas}]]
Дата обследования: [[D:{t2}]]. Методики: МЛО «Адаптивность», КОТ, «Прогноз-2».
НПУ — 3; общие способности — 4; категория профессиональной пригодности: 2 (пригоден к обучению по ВУС 837037).
Рекомендовано предназначение: водитель (кат. {cat}).
Медицинский психолог [[P:{d_s}]]. С результатами ознакомлен: [[P:{u_s}]] / [[D:{t2_sh}]]
Личное дело кандидата № [[R:{lichd}]]; телефон кандидата [[T:{ph1}]]""",
    ),
    (
        337,
        "свидетельство о болезни военнослужащего (военный госпиталь, выписка)",
        """Филиал № {small} ФГКУ «Военный госпиталь» Минобороны России
УТВЕРЖДАЮ. Заместитель начальника филиала [[P:{h_s}]]  [[D:{t4}]]
СВИДЕТЕЛЬСТВО О БОЛЕЗНИ № [[R:{svb}]]
Военнослужащий: рядовой [[P:{u}]], [[B:{bdu}]], личный номер [[R:{lnum}]], в/ч {vch}
Освидетельствован ВВК [[D:{t3}]] (протокол заседания № {meet}); находился на лечении с [[D:{t1}]] (ИБ [[R:{ib}]]).
Диагноз: последствия перелома левой бедренной кости (S72.3) с укорочением конечности на 3 см.
Заключение: на основании {art} графы III Расписания болезней — «{fit}».
Свидетельство направлено в в/ч {vch} и в {voenk}.
Родственник для связи: мать [[P:{q}]], [[T:{ph3}]], [[A:{a3}]]""",
    ),
    (
        436,
        "список результатов лабораторных исследований призывников на ВИЧ и гепатиты для призывной комиссии",
        """{hosp} — клинико-диагностическая лаборатория
СПИСОК результатов исследований призывников (ВИЧ, HBsAg, анти-HCV, RW) к заседанию призывной комиссии [[D:{t3}]]
№ | Ф.И.О.           | д.р.            | № пробы       | ВИЧ   | HBsAg | анти-HCV | RW
1 | [[P:{u_s}]]      | [[B:{bdu}]]     | [[R:{smp}]]   | отр.  | отр.  | отр.     | отр.
2 | [[P:{p_s}]]      | [[B:{bd}]]      | [[R:{smp2}]]  | отр.  | отр.  | ПОЛОЖ.   | отр.
3 | [[P:{g_s}]]      | [[B:{bdg}]]     | [[R:{brk_smp}]] | отр. | отр. | отр.     | отр.
Тест-системы: «ДС-ИФА-ВИЧ-АГАТ-СКРИН», {lot}; «Вектогеп B-HBs-антиген», лот 26<<##>>.
По п. 2 направлен на подтверждающее исследование (ПЦР). Начальник лаборатории [[P:{h_s}]], [[T:{phc1}]]""",
    ),
    (
        86,
        "справка участкового подросткового психиатра для поступления в кадетский корпус",
        """СПРАВКА № [[R:{s086}]]
Выдана [[P:{c_dat}]], [[B:{bdc}]] (полных лет: {agec}; адрес: [[A:{a1}]]),
в том, что под диспансерным наблюдением врача-психиатра подросткового участкового не состоит.
Осмотрен{c_a} [[D:{t2}]]: психических расстройств не выявлено.
Выдана для предоставления в приёмную комиссию кадетского корпуса (ВВК кандидатов, приказ МО РФ № 185).
Законный представитель: [[P:{q}]], [[T:{ph2}]]
Врач-психиатр подростковый участковый [[P:{d_s}]]; {psy}""",
    ),
    (
        105,
        "акт судебно-медицинского освидетельствования живого лица по направлению участкового (КУСП)",
        """ГБУЗ «Бюро судебно-медицинской экспертизы» — отдел освидетельствования живых лиц
АКТ СУДЕБНО-МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ № [[R:{expz}]]
Начат [[D:{t2}]] {tm1}, окончен [[D:{t3}]]
Основание: направление УУП ОП № 2 [[P:{i_s}]] от [[D:{t1}]] (материал КУСП № [[R:{kusp}]] от [[D:{t1}]]).
Освидетельствуем{p_yi}: [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]], проживает в [[A:{al1}]].
Со слов: [[D:{t1_wd}]] около 23 часов был{p_a} избит{p_a} известным лицом (сосед [[P:{g_s}]]).
Объективно: кровоподтёк 6×4 см на левой скуловой области, ссадина 2×0,5 см на правом предплечье.
Выводы: повреждения не повлекли вреда здоровью (п. 9 Медицинских критериев, приказ 194н).
Врач — судебно-медицинский эксперт [[P:{d_s}]]; телефон регистратуры бюро [[T:{phc1}]]""",
    ),
    (
        346,
        "сопроводительное письмо судебного эксперта о возврате объектов и направлении заключения следователю",
        """Следователю {sled} лейтенанту юстиции [[P:{i_s_dat}]]
На постановление о назначении судебной экспертизы от [[D:{t1}]] по уголовному делу № {ud}
(вх. № [[R:{kvit}]] от [[D:{t2}]]) направляем заключение эксперта № [[R:{expz}]] в отношении
[[P:{p_gen}]], [[B:{bd}]], и возвращаем объекты: образцы крови на марле (2 шт.), смывы с рук (пакет № <<###>>, опечатан печатью «Для пакетов № 14»).
Приложение: заключение на {small} л.; фототаблица на 4 л.; копия медкарты [[R:{ib}]] ({hosp}) — 1 экз.
Эксперт [[P:{d_s}]]; исполнитель [[P:{x_s}]], тел. [[T:{phc2}]], [[E:{mo}]]""",
    ),
    (
        348,
        "заключение молекулярно-генетической экспертизы по делу об установлении отцовства",
        """ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № [[R:{expz}]] (молекулярно-генетическая экспертиза)
Основание: определение {court_name} от [[D:{t1}]] по гражданскому делу № {court_civ}
Объекты: образцы буккального эпителия:
— предполагаемый отец [[P:{u}]], [[B:{bdq}]], паспорт [[Q:{pas}]] (образец [[R:{smp}]], отобран [[D:{t2}]]);
— мать [[P:{q}]], паспорт [[Q:{pas2}]] (образец [[R:{smp2}]]);
— ребёнок [[P:{c}]], [[B:{bdc}]], свидетельство о рождении [[C:{bc}]].
Исследовано 24 STR-локуса (набор COrDIS Plus, {lot}); вероятность отцовства 99,9999 %.
Вывод: [[P:{u}]] является биологическим отцом ребёнка [[P:{c_gen}]].
Судебный эксперт-генетик [[P:{d_s}]]   [[D:{t4}]]""",
    ),
    (
        347,
        "заключение судебно-биохимического исследования крови на этанол по уголовному делу о ДТП",
        """ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № [[R:{expz}]]
Судебно-химическое (биохимическое) отделение · по уголовному делу № {ud} (ч. 2 ст. 264 УК РФ)
Постановление следователя {sled} [[P:{i_s}]] от [[D:{t1}]].
Объект: кровь [[P:{p_gen}]], [[B:{bd}]], водителя а/м {plate}, взята в {hosp} [[D:{t1}]] в {tm1}
(ИБ № [[R:{ib}]], флакон № [[R:{hti}]]), поступила [[D:{t2}]].
Метод: газожидкостная хроматография (хроматограф «Кристалл 2000М», № <<#####>>).
Результат: в крови обнаружен этиловый спирт в концентрации 1,84 ‰ (г/л).
Судебный эксперт-биохимик [[P:{d_s}]]; заведующий отделением [[P:{h_s}]]   [[D:{t3}]]""",
    ),
    (
        106,
        "заключение комиссии экспертов амбулаторной судебно-психиатрической экспертизы (вводная часть)",
        """ЗАКЛЮЧЕНИЕ КОМИССИИ ЭКСПЕРТОВ № [[R:{expz}]]
(амбулаторная судебно-психиатрическая экспертиза) [[D:{t3}]]
Комиссия: председатель [[P:{h}]], врач — судебно-психиатрический эксперт (стаж 24 года); докладчик [[P:{d}]]; медицинский психолог [[P:{e_s}]].
Подэкспертный: [[P:{p}]], [[B:{bd}]], зарегистрирован{p_a} в [[A:{al1}]], обвиняемый по ч. 1 ст. 111 УК РФ
(уголовное дело № {ud}, постановление дознавателя [[P:{i_s}]] от [[D:{t1}]]).
Ранее: наблюдался у нарколога с [[D:{told}]] (амб. карта [[R:{amb}]]), ПНД — на учёте не состоит.
Экспертам разъяснены права и обязанности (ст. 57 УПК РФ); об уголовной ответственности по ст. 307 УК РФ предупреждены.""",
    ),
    (
        33,
        "сертификат об отсутствии ВИЧ-инфекции для получения патента иностранным гражданином",
        """{aids}
СЕРТИФИКАТ об отсутствии заболевания, вызываемого вирусом иммунодефицита человека (ВИЧ-инфекции)
№ [[R:{hiv}]]
Фамилия, имя (отчество): [[P:{w}]]  /  [[P:{w_lat}]]
Дата рождения: [[B:{bdw}]]   Гражданство: {w_cit}
Паспорт иностранного гражданина: [[Q:{fpas}]]; миграционная карта серия {sermig} № [[R:{migc}]]
Цель: получение патента (серия {serpat})
Кровь взята [[D:{t1}]] (проба [[R:{smp}]]); ИФА (тест-система {lot}) — антитела к ВИЧ 1,2 и антиген p24 не обнаружены.
Дата выдачи [[D:{t2}]]. Врач-инфекционист [[P:{d_s}]]   М.П.
Тел. для проверки подлинности: [[T:{phc1}]]""",
    ),
    (
        120,
        "заключение фтизиатра об отсутствии туберкулёза для разрешения на временное проживание",
        """{tb}
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{tbz}]] об отсутствии (наличии) туберкулёза
(для получения разрешения на временное проживание)
[[P:{w}]], [[B:{bdw}]], гражданство — {w_cit}, паспорт [[Q:{fpas}]]
Место жительства в стране гражданской принадлежности: [[A:{af}]]
Место пребывания: [[A:{a1}]]; тел. [[T:{phf}]] / [[T:{ph1}]]
Флюорография № [[R:{fl}]] от [[D:{t1}]] — без очаговых и инфильтративных изменений; Диаскинтест [[D:{t1_dm}]] — отрицательный.
Заключение: туберкулёз не выявлен. Дата [[D:{t2}]].
Врач-фтизиатр участковый [[P:{d_s}]]""",
    ),
    (
        336,
        "ответ медицинской организации на запрос управления по вопросам миграции о подлинности медицинских документов",
        """Начальнику УВМ МВД по {region} — на запрос исх. № {outno} от [[D:{t3}]] (вх. № [[R:{zp}]])
Сообщаем, что иностранному гражданину [[P:{w_dat}]], [[B:{bdw}]], паспорт [[Q:{fpas}]],
ИНН [[I:{inn2}]] (присвоен при оформлении патента),
выданы: сертификат об отсутствии ВИЧ № [[R:{hiv}]] от [[D:{t1}]]; заключение нарколога № [[R:{narc}]] от [[D:{t1}]].
Медицинское заключение № [[R:{hiv2}]] от [[D:{t2}]] на имя [[P:{v}]] ([[B:{bdv}]], паспорт [[Q:{fpas2}]]) нашей организацией НЕ ВЫДАВАЛОСЬ:
бланк с таким номером в журнале не зарегистрирован, подпись врача [[P:{e_s}]] не соответствует образцу.
Патент серия {serpat} № [[R:{patent}]] и миграционная карта {sermig} № [[R:{migc}]] в представленных копиях не проверялись.
Заместитель главного врача [[P:{h_s}]]; исп. [[P:{x_s}]], [[T:{phc1}]]""",
    ),
    (
        81,
        "решение врачебной комиссии по психиатрическому освидетельствованию работника (работы на высоте)",
        """ВРАЧЕБНАЯ КОМИССИЯ ПО ОБЯЗАТЕЛЬНОМУ ПСИХИАТРИЧЕСКОМУ ОСВИДЕТЕЛЬСТВОВАНИЮ · {psy}
РЕШЕНИЕ № [[R:{vk}]] от [[D:{t3}]]
Освидетельствуемый: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
Работодатель: {emp}; вид деятельности — работы на высоте, электромонтёр (порядок — приказ Минздрава России от [[D:20.05.2022]] № 342н, прил. 2, п. 4).
Направление работодателя № [[R:{napr}]] от [[D:{t1}]]; медицинское заключение по ПМО № [[R:{zakl}]].
Психических расстройств, являющихся противопоказанием, не выявлено.
Решение: ГОДЕН к выполнению работ. Срок повторного освидетельствования — не реже 1 раза в 5 лет.
Председатель — врач-психиатр [[P:{d_s}]]; члены: [[P:{e_s}]], [[P:{n_s}]]
Копию получил{p_a}: [[P:{p_s}]] [[D:{t3_sh}]]""",
    ),
    (
        78,
        "заявочный лист команды на соревнования с допуском врача по спортивной медицине",
        """ЗАЯВОЧНЫЙ ЛИСТ · Первенство ПФО по вольной борьбе, [[D:{t4_dm}]]–[[D:{t5_dm}]]
Команда: {region_name}. Тренер [[P:{h_s}]], тел. [[T:{ph3}]]
№ | Ф.И.О. спортсмена  | дата рожд.      | вес. кат. | разряд | УИН ГТО / ЕКП     | допуск врача
1 | [[P:{u_s}]]        | [[B:{bdu}]]     | 65 кг     | КМС    | [[R:{gto}]]       | допущен, [[D:{t2_sh}]]
2 | [[P:{s_s}]]        | [[B:{bds}]]     | 74 кг     | 1 р.   | [[R:{gto2}]]      | допущен, [[D:{t2_sh}]]
3 | [[P:{c_s}]]        | [[B:{bdc}]]     | 48 кг     | 2 р.   | —                 | не допущен (нет ЭКГ)
К соревнованиям допущено 2 (два) спортсмена. Врач по спортивной медицине [[P:{d_s}]] (печать ВФД)
Медицинские заключения №№ [[R:{sport}]], [[R:{sport2}]] приложены.""",
    ),
    (
        69,
        "справка врача по лечебной физкультуре о допуске к выполнению нормативов ГТО",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{sport}]]
о допуске к выполнению нормативов испытаний (тестов) ВФСК «ГТО» (приказ Минздрава России от [[D:23.10.2020]] № 1144н)
Выдано: [[P:{c}]], [[B:{bdc}]], УИН ГТО [[R:{gto}]]
Основная медицинская группа для занятий физкультурой; группа здоровья II.
Допуск к испытаниям ГТО: {stage} ступень — ДОПУЩЕН{c_a_up}.
Противопоказаны: нет. ЭКГ [[D:{t1}]] — синусовый ритм, ЧСС 82.
Дата выдачи [[D:{t2}]]; действительно до [[D:{v1}]].
Врач по лечебной физкультуре [[P:{d_s}]]; законный представитель [[P:{q_s}]], [[T:{ph2}]]""",
    ),
    (
        121,
        "протокол велоэргометрии для допуска к марафону (функциональная диагностика)",
        """ПРОТОКОЛ ВЕЛОЭРГОМЕТРИИ № [[R:{ib}]]   [[D:{t3}]]
[[P:{p}]], {age} лет, д.р. [[B:{bd}]], СНИЛС [[S:{sn}]]; рост {ht}, вес {wt}; цель — допуск к «Казанскому марафону» (42,2 км)
Система «Кардиовит AT-104», № <<######>>. Протокол: ступенчато-возрастающая нагрузка 25 Вт/3 мин.
Достигнута мощность 200 Вт; ЧСС max 168 (91 % от возрастной); АД max 186/90.
Ишемических изменений ST нет. Нарушений ритма нет. Толерантность к нагрузке высокая.
Заключение: проба отрицательная. Врач функциональной диагностики [[P:{d_s}]]
Результат направлен на [[E:{m1}]] ({tm4}); вопросы по тел. [[T:{phc1}]]""",
    ),
    (
        110,
        "санаторно-курортная карта (ф. 072/у)",
        """САНАТОРНО-КУРОРТНАЯ КАРТА № [[R:{k072}]]
1. Медицинская организация: {hosp}, ОГРН {ogrn}, [[A:{ao}]]
2. Ф.И.О.: [[P:{p}]]; 3. Пол: {p_sex}; 4. Дата рождения: [[B:{bd}]]
5. Адрес места жительства: [[A:{a_br}]]
   Контактный телефон: [[T:{ph_br}]]
6. Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
7. Номер справки для получения путёвки (ф. 070/у) [[R:{vk2}]]; путёвка № [[R:{put}]], санаторий «Янган-Тау», заезд [[D:{t4}]]
8. Диагноз: M42.1 Остеохондроз позвоночника у взрослых; сопутствующий: {icd}.
9. ЭКГ [[D:{t2}]]; флюорография [[D:{t1}]] (№ [[R:{fl}]]) — норма.
Лечащий врач — врач-терапевт участковый [[P:{d_s}]]; дата выдачи [[D:{t3}]]; действительна 12 мес.""",
    ),
    (
        430,
        "протокол врачебной комиссии о направлении на медико-социальную экспертизу (ф. 088/у)",
        """ПРОТОКОЛ ВК № [[R:{vk}]] от [[D:{t3}]] · {hosp}
Пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], амб. карта [[R:{amb}]]
Повод: направление на МСЭ (первичное), ЭЛН № [[R:{eln}]] открыт с [[D:{tprev}]] (более 4 мес.).
Диагноз: I69.3 Последствия инфаркта мозга; правосторонний гемипарез.
Решение: направить на МСЭ (ф. 088/у № [[R:{n088}]]), передать в бюро МСЭ через ЕГИСЗ; согласие пациента на направление получено.
Сведения о законном представителе: [[P:{q}]], [[T:{ph2}]]
Председатель ВК, заведующий отделением [[P:{h_s}]]; члены ВК [[P:{d_s}]], [[P:{e_s}]]""",
    ),
    (
        513,
        "приглашение на медико-социальную экспертизу (SMS и письмо бюро)",
        """SMS от GB-MSE, [[D:{t4_sh}]] {tm1}:
[[P:{p_io_up}]], направление на МСЭ № [[R:{n088}]] поступило в Бюро № {small}. Освидетельствование [[D:{t5_dm}]] в {tmd2}, каб. {room}. Справки: [[T:{phc1}]]
—
Бюро медико-социальной экспертизы № {small} — филиал ФКУ «ГБ МСЭ по {region}»
Уважаем{p_yi} [[P:{p_io}]]! Проведение МСЭ назначено на [[D:{t5}]] по адресу: [[A:{ao}]].
При себе иметь: паспорт ([[Q:{pas}]]), СНИЛС [[S:{sn}]], оригиналы медицинских документов.
При невозможности явки сообщите по тел. [[T:{phc1}]] или на [[E:{mo}]].
Руководитель бюро — врач по МСЭ [[P:{h_s}]]""",
    ),
    (
        58,
        "медицинское заключение о состоянии здоровья ребёнка, передаваемого под опеку",
        """{hosp} · детская поликлиника
МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{z164}]] о состоянии здоровья ребёнка
(для органа опеки и попечительства, запрос вх. № [[R:{zp}]] от [[D:{t1}]])
Ребёнок: [[P:{c}]], [[B:{bdc}]], свидетельство о рождении [[C:{bc}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
Место пребывания: [[A:{a1}]] (у бабушки [[P:{q_gen}]], тел. [[T:{ph2}]])
Группа здоровья: II. Физическое развитие среднее, гармоничное. Прививки по календарю (сертификат прививок).
Диагноз: {icd}; на диспансерном учёте у аллерголога.
Заключение: ребёнок может быть передан под опеку (попечительство).
Врач-педиатр [[P:{d_s}]]   [[D:{t2}]]""",
    ),
    (
        49,
        "медицинское заключение по результатам освидетельствования кандидата в усыновители (ф. 164/у)",
        """Медицинское заключение по результатам освидетельствования граждан, намеревающихся усыновить (удочерить),
взять под опеку (попечительство), в приёмную или патронатную семью (ф. 164/у) № [[R:{z164}]]
1. Ф.И.О.: [[P:{u}]]   2. Дата рождения: [[B:{bdq}]]
3. Адрес: [[A:{a2}]]   4. Паспорт: серия [[Q:{pas}]], выдан [[D:{pas_d}]]
5. Обследования: фтизиатр — [[D:{t1}]]; психиатр — [[D:{t1}]]; нарколог — [[D:{t2}]]; дерматовенеролог — [[D:{t2}]]; инфекционист — [[D:{t2}]]; онколог — [[D:{t3}]]
   (результаты: ВИЧ — отр., RW — отр., HBsAg — отр.; флюорография № [[R:{fl}]] — норма)
Заключение: заболеваний, при наличии которых лицо не может усыновить ребёнка (Постановление Правительства РФ от [[D:14.02.2013]] № 117), не выявлено.
Врач общей практики [[P:{d_s}]]; председатель ВК [[P:{h_s}]]; дата выдачи [[D:{t3}]] (действительно 6 мес.)""",
    ),
    (
        161,
        "переписка медсестры врача общей практики с кандидатом в опекуны в мессенджере",
        """[[D:{t2_dm}]], {tm1} — Медсестра ОВП {rv} ([[P:{k_fi}]]): [[P:{q_io}]], добрый день! Для заключения 164/у вам осталось: флюорография и нарколог. Направление к наркологу № [[R:{narc}]], запись на [[D:{t3_dm}]].
[[D:{t2_dm}]], {tm2} — [[P:{q_fi}]]: Спасибо! А флюшку можно по старой? Делала [[D:{told}]], номер снимка [[R:{fl}]]
[[D:{t2_dm}]], {tm3} — [[P:{k_fi}]]: Нет, нужна не старше года. Запишу вас на [[D:{t4_wd}]] на 9:30. И пришлите фото СНИЛС мужа.
[[D:{t2_dm}]], {tm4} — [[P:{q_fi}]]: СНИЛС мужа [[S:{sn2}]], он [[P:{u}]], [[B:{bdx}]]. Мой номер [[T:{ph2}]] если что
[[D:{t2_dm}]], {tm5} — [[P:{k_fi}]]: Приняла. Опека ждёт пакет до [[D:{t6}]], инспектор [[P:{x_s}]] [[T:{phc1}]]""",
    ),
    (
        62,
        "медицинское заключение врачебно-лётной экспертной комиссии (пилот коммерческой авиации)",
        """{avia}
MEDICAL CERTIFICATE / МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{vlek}]]   Class 1 / 1-й класс
Holder / Ф.И.О.: [[P:{p}]] ([[P:{p_latup}]])   DOB: [[B:{bd_sl}]]
Nationality: RUS   Licence (свидетельство пилота): [[R:{vlek2}]]
Авиакомпания: АО «ЮТэйр»; ВС RA-73<<###>>, рейсы {flight}
Limitations: VML (носить корригирующие очки и иметь запасные). Audiogram [[D:{t2}]].
Date of examination: [[D:{t3_sl}]]   Valid until: [[D:{v1_sl}]]
Председатель ВЛЭК — врач по авиационной и космической медицине [[P:{d_s}]] / [[P:{d_latup}]]
Контакт ВЛЭК: [[E:{mo}]], [[T:{phc1}]]""",
    ),
    (
        130,
        "медицинское освидетельствование моряка судовым врачом перед рейсом (запись в судовом журнале и свидетельство)",
        """Т/х «Волго-Дон 5076», {imo} · Судовой медицинский журнал
[[D:{t3}]], {tm1}, порт Самара. Осмотр членов экипажа перед выходом в рейс:
— матрос [[P:{p_s}]], паспорт моряка [[Q:МК {mk}]], медицинское свидетельство № [[R:{seamed}]] (действ. до [[D:{v1}]]) — здоров, допущен;
— моторист [[P:{g_s}]], паспорт моряка [[Q:МК {mk2}]], свид. № [[R:{seamed2}]] — срок истёк {tprev_my}, НЕ ДОПУЩЕН до переосвидетельствования.
Сообщено капитану [[P:{h_s}]] и в отдел кадров судовладельца ([[E:{mo}]], [[T:{phc1}]]).
Судовой врач [[P:{d_s}]]""",
    ),
    (
        63,
        "допуск водолаза к спускам врачом по водолазной медицине (запись в личной книжке водолаза)",
        """ЛИЧНАЯ КНИЖКА ВОДОЛАЗА № [[R:{diver}]]
Владелец: [[P:{p}]], [[B:{bd}]]; квалификация — водолаз 3-го класса
Медицинский осмотр перед спусками [[D:{t2}]]: АД {bp}, пульс {pulse}, барофункция ушей — норма (проба Вальсальвы).
Допущен к спускам на глубину до 40 м. Комиссия ВВК ([[D:{told}]]): годен (заключение № [[R:{svb}]]).
Спуски: [[D:{t3_dm}]] — 18 м, 42 мин; [[D:{t4_dm}]] — 22 м, 35 мин (барокамера ПДК-2, зав. № <<####>>).
Врач по водолазной медицине [[P:{d_s}]]; руководитель водолазных работ [[P:{h_s}]], [[T:{ph3}]]""",
    ),
    (
        112,
        "медицинская справка (врачебное профессионально-консультативное заключение, ф. 086/у) для поступления в колледж",
        """МЕДИЦИНСКАЯ СПРАВКА (врачебное профессионально-консультативное заключение) ф. № 086/у
Выдана [[D:{t2}]] № [[R:{s086}]]
1. Наименование учебного заведения: ГАПОУ «Казанский медицинский колледж»
2. Ф.И.О.: [[P:{s}]]   3. Дата рождения: [[B:{bds_q}]]
4. Адрес: [[A:{a1}]]
5. Перенесённые заболевания: ветряная оспа, ОРВИ. Прививки — по календарю.
6. Объективные данные: рост {ht}, масса {wt}; зрение {vis}; флюорография [[D:{t1}]] № [[R:{fl}]] — норма.
Заключение о профессиональной пригодности: годен{s_a} к обучению по специальности «Сестринское дело».
Врач-терапевт подростковый [[P:{d_s}]]; главный врач [[P:{h_s}]]   М.П.""",
    ),
    (
        525,
        "извещение центра профпатологии об установлении предварительного диагноза профзаболевания",
        """ИЗВЕЩЕНИЕ № [[R:{vk}]]
об установлении предварительного диагноза острого или хронического профессионального заболевания (отравления)
1. [[P:{p}]]; 2. пол {p_sex}; 3. дата рождения [[B:{bd}]]
4. Место работы: {emp} (ОКВЭД {okved}), профессия — проходчик; стаж в контакте с фактором {stazh} лет
5. Предварительный диагноз: вибрационная болезнь от воздействия локальной вибрации I ст. (T75.2); фактор {harm}
6. Наименование учреждения: {prof}, заведующий центром профпатологии [[P:{h_s}]]
7. Дата установления диагноза [[D:{t3}]]; заключительный акт ПМО от [[D:{t1}]] (акт № {act_org})
Направлено: в Роспотребнадзор, работодателю, в ФСС — [[D:{t4}]]. Тел. центра [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        340,
        "служебная записка заведующего медпунктом предприятия об отстранении работников, не прошедших периодический осмотр",
        """Генеральному директору {emp}
СЛУЖЕБНАЯ ЗАПИСКА от [[D:{t4}]]
Сообщаю, что по итогам периодического медосмотра (договор {dog} с {clinic}) не прошли осмотр:
1) [[P:{p_s}]], таб. № [[R:{tab}]], слесарь-сборщик (факторы {harm}, {harm2}) — не явился, направление № [[R:{napr}]] от [[D:{t1}]];
2) [[P:{w_s}]], таб. № [[R:{tab2}]], подсобный рабочий — не представлен ЛМК / патент серия {serpat} № [[R:{patent}]] истекает [[D:{t6}]].
Прошу отстранить указанных работников от работы (ст. 76 ТК РФ) до прохождения осмотра.
Заведующий медпунктом [[P:{h_s}]]; тел. [[T:{phc1}]] вн. {ext}; копия — в отдел кадров ([[P:{r_s}]], [[E:{mr}]])""",
    ),
    (
        549,
        "маршрутный лист работника при периодическом медицинском осмотре",
        """МАРШРУТНЫЙ ЛИСТ № [[R:{ml}]]   ПМО-2026 · {clinic} · [[D:{t2}]]
[[P:{p_up}]]  [[B:{bd}]]  таб. [[R:{tab}]]  {emp}
Вредные факторы: {harm}, {harm2}, {harm3}; работы п. {work}
Кабинет         | отметка
Терапевт ({room}) | ✔ [[P:{d_s}]]
Невролог        | ✔
Офтальмолог     | ✔
ЛОР, аудиометрия | ✔ {tm3}
Спирометрия, ЭКГ | ✔
Флюорография    | № [[R:{fl}]]
Кровь (ОАК, глюкоза, холестерин) | пробирка [[R:{smp}]]
Медсестра по профилактике [[P:{k_s}]]; ваш телефон для уведомления: [[T:{ph1}]]
СНИЛС [[S:{sn}]] · полис ОМС [[O:{enp}]] (для реестра ТФОМС)""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# «Должности медицинских и фармацевтических работников» (1.2.643.5.1.13.13.11.1002 v9.6), as read
# from its _part1 file: ID: (NAME, PID, FORM_30 or «», ACTUAL)
POSITIONS30: dict[int, tuple[str, int, str, str]] = {
    80: ("Врач-профпатолог", 12, "67", "1"),
    111: ("Врач-терапевт участковый цехового врачебного участка", 12, "100", "1"),
    66: ("Врач по гигиене труда", 12, "53", "1"),
    188: ("Помощник врача по гигиене труда", 183, "209", "1"),
    32: ("Врач здравпункта", 12, "9", "1"),
    54: ("Врач-офтальмолог", 12, "42", "1"),
    107: ("Врач-сурдолог-оториноларинголог", 12, "96", "1"),
    13: ("Врач-акушер-гинеколог", 12, "4", "1"),
    24: ("Врач-дерматовенеролог", 12, "15", "1"),
    65: ("Врач по гигиене питания", 12, "52", "1"),
    17: ("Врач-бактериолог", 12, "7", "1"),
    179: ("Медицинский регистратор", 143, "201", "1"),
    187: ("Помощник врача по гигиене питания", 183, "209", "1"),
    127: ("Врач-эпидемиолог", 12, "123", "1"),
    195: ("Фельдшер", 143, "212", "1"),
    350: ("Заведующий здравпунктом - фельдшер", 144, "158", "1"),
    159: ("Медицинская сестра", 143, "174", "1"),
    359: ("Старший фельдшер", 149, "", "1"),
    206: ("ИТ-специалист", 205, "231", "1"),
    352: ("Заведующий фельдшерско-акушерским пунктом - фельдшер", 145, "158", "1"),
    342: (
        "Начальник структурного подразделения, осуществляющего медицинскую деятельность, иной организации",
        8,
        "3",
        "1",
    ),
    351: ("Заведующий здравпунктом - медицинская сестра", 144, "158", "1"),
    109: ("Врач-терапевт", 12, "98", "1"),
    88: ("Врач-психиатр-нарколог участковый", 12, "75", "1"),
    45: ("Врач-невролог", 12, "31", "1"),
    561: ("Медицинский статистик", 546, "", "1"),
    544: ("Врач-кибернетик", 12, "21", "1"),
    87: ("Врач-психиатр-нарколог", 12, "74", "1"),
    82: ("Врач-психиатр участковый", 12, "69", "1"),
    142: ("Химик-эксперт медицинской организации", 131, "137", "1"),
    35: ("Врач клинической лабораторной диагностики", 12, "22", "1"),
    364: ("Медицинский лабораторный техник", 177, "170", "1"),
    113: ("Врач-токсиколог", 12, "102", "1"),
    79: ("Врач приемного отделения", 12, "66", "1"),
    431: ("Заведующий лабораторией медицинской организации", 533, "3", "1"),
    170: ("Медицинская сестра приемного отделения", 143, "187", "1"),
    432: ("Заведующий кабинетом медицинской организации", 533, "3", "1"),
    122: ("Врач-хирург", 12, "114", "1"),
    34: ("Врач-кардиолог", 12, "19", "1"),
    125: ("Врач-эндокринолог", 12, "120", "1"),
    139: ("Медицинский психолог", 131, "133", "1"),
    337: ("Заместитель начальника медицинской организации", 6, "3", "1"),
    436: ("Начальник лаборатории медицинской организации", 533, "3", "1"),
    86: ("Врач-психиатр подростковый участковый", 12, "73", "1"),
    105: ("Врач - судебно-медицинский эксперт", 12, "93", "1"),
    346: ("Судебный эксперт", 141, "136", "1"),
    348: ("Судебный эксперт-генетик", 141, "136", "1"),
    347: ("Судебный эксперт-биохимик", 141, "136", "1"),
    106: ("Врач - судебно-психиатрический эксперт", 12, "94", "1"),
    33: ("Врач-инфекционист", 12, "18", "1"),
    120: ("Врач-фтизиатр участковый", 12, "112", "1"),
    336: ("Заместитель руководителя медицинской организации", 6, "3", "1"),
    81: ("Врач-психиатр", 12, "68", "1"),
    78: ("Врач по спортивной медицине", 12, "65", "1"),
    69: ("Врач по лечебной физкультуре", 12, "56", "1"),
    121: ("Врач функциональной диагностики", 12, "113", "1"),
    110: ("Врач-терапевт участковый", 12, "99", "1"),
    430: ("Заведующий отделением медицинской организации", 533, "3", "1"),
    513: ("Руководитель бюро - врач по медико-социальной экспертизе", 7, "3", "1"),
    58: ("Врач-педиатр", 12, "46", "1"),
    49: ("Врач общей практики (семейный врач)", 12, "35", "1"),
    161: ("Медицинская сестра врача общей практики (семейного врача)", 143, "176", "1"),
    62: ("Врач по авиационной и космической медицине", 12, "49", "1"),
    130: ("Судовой врач", 12, "95", "1"),
    63: ("Врач по водолазной медицине", 12, "50", "1"),
    112: ("Врач-терапевт подростковый", 12, "101", "1"),
    525: ("Заведующий центром медицинской организации", 533, "3", "1"),
    340: (
        "Заведующий структурным подразделением, осуществляющим медицинскую деятельность, иной организации",
        8,
        "3",
        "1",
    ),
    549: ("Медицинская сестра по профилактике", 546, "186", "1"),
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS30):  # a version, no date
            continue
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


# corpus 30's extra self-check: the slash, dash and ISO dates and the numbers' own prefixes
# are never left unlabelled
NEW_DATES30 = re.compile(
    r"(?<![\w/-])\d\d/\d\d/\d{4}(?![\w/])"
    r"|(?<![\w/-])\d\d-\d\d-\d{4}(?![\w/])"
    r"|(?<![\d.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
PREFIX30 = re.compile(
    r"(?<![\w-])(?:ХТИ|ЕРЛМК|ПЗР|ПЗ-26|НМО|МЛ|ВИЧ|ВЛЭК|СКК|ЛД|ПО-26|ФЛ-26|СМ|МЗ-26|КВД|ПТД|MC|МС-\d)-?\d"
)


def check30(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for rx in (NEW_DATES30, PREFIX30):
        for m in rx.finditer(doc["text"]):
            assert m.start() in covered, (doc["id"], m[0])


DIRECTORY30 = "Должности медицинских и фармацевтических работников"


def kind_of(pid: int, genre: str) -> str:
    name = POSITIONS30[pid][0]
    return f"{name} ({DIRECTORY30}, 1.2.643.5.1.13.13.11.1002 v9.6, ID {pid}): {genre}"


def source_of(pid: int) -> str:
    name, parent, form30, actual = POSITIONS30[pid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1002 v9.6 ({DIRECTORY30}), ID {pid}, NAME «{name}», "
        f"PID {parent}, FORM_30 «{form30 or '—'}», ACTUAL {actual}"
    )


TEMPLATES = GENRES30


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    pids = [t[0] for t in TEMPLATES]
    assert len(pids) == len(set(pids)), "one kind per position"
    assert set(pids) == set(POSITIONS30), "every position listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(p, g) for p, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for pid, genre, template in TEMPLATES:
            doc = build(
                render(rng, template, {}),
                kind_of(pid, genre),
                source_of(pid),
                f"blind30_{len(docs):04d}",
            )
            check(doc)
            check30(doc)
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
