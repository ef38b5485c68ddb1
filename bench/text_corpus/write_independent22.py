"""Write ``independent22.jsonl``: the twenty-second blind corpus, 2026-12-06 — the paperwork
around one paid or supportive medical service of one patient.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git
blame`` nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring and ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` were meant to be read, to wire the corpus in, and
``blind_half`` was imported once, to count the halves. Slips, said here so that nobody takes
this corpus for blinder than it is: a ``grep -n`` for the line numbers of those four
definitions also matched every top-level ``def`` and constant of ``bench/text_deid.py`` and
so printed their names and first lines (among them ``EXACT_TYPES``, ``OVERLAP_TYPES``,
``EVAL_TYPES`` with their type tuples, ``EVAL_TYPE = {``, ``PERFECT_TYPES`` and the names of
the scoring, running and printing functions); a ``sed`` of the line range of ``REPORTED``
started two lines early and printed ``PERFECT_TYPES`` and ``TARGET_RECALL,
TARGET_PRECISION = 0.98, 0.95``; a ``sed`` of the docstring's end also printed the module's
imports. No template was written to aim at or around anything seen there.
``write_independent1``–``18``, ``20`` and ``21`` were not opened. From ``write_independent19.py``
only the file format, the labelling rules (restated below, unchanged), the writer's structure
(one template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>``
numbers) and its generic helpers were taken. **Copied verbatim from corpus 19** (which had
them from corpora 13–17): the declension (``decl_surname``, ``decl_first``, ``decl_pat``,
``pat_stem``, ``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``,
``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters
(``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``,
``ocr``, ``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and its
checksum helpers (one change: besides a version written like a date, which corpus 19
skipped, ``check`` skips an «@» that opens a messenger handle, ``@name`` after a space or a
line's start, which is not labelled — see the new calls), ``serialize`` and ``main``.
**Written fresh for corpus 22**: the name lists (Russians of the North-West and the Centre,
Karelian, Vepsian, Ingrian Finnish, Estonian, Latvian, Lithuanian, Ossetian, Kabardian,
Balkar, Avar, Lezgin, Dargin, Chechen, Ingush, Tajik, Uzbek and Kyrgyz surnames and first
names), the towns, streets and villages of St Petersburg and the Leningrad region, Karelia,
the North-West and the Upper Volga, Kaliningrad, the Caucasian Mineral Waters, Sochi and
Anapa, Staraya Russa and Belokurikha (``addr22`` and friends: home-visit addresses without a
street type, with «мкр.», «корп.», «стр.», «лит.», entrance, floor and intercom code, garden
plots and rural settlements, postal codes first or last, broken across lines), phones in
every writing people use (``mob22``, ``city22``, ``notrunk22``, ``words22``, ``brk22``,
``wa22``; two numbers joined by «/» or «,», extensions, WhatsApp links, Telegram handles
beside them), e-mails, passports (``pas22``), every record number of paid and supportive
care (``rec22``: contracts for paid services, orthodontic, cosmetology, psychotherapy and
speech-therapy contracts, instalment and bank credit agreements, dental and outpatient
cards, physiotherapy and massage cards and subscriptions, rehabilitation routes and
programmes, home-visit calls, palliative register entries, free-use contracts for devices,
sanatorium vouchers and spa cards, sanatorium books, occupational referrals and
conclusions, medical books, personnel numbers, sports admission conclusions, tax-deduction
certificates, refund claims and their incoming numbers, online orders and appointment
codes, ДМС policies), the hard negatives of the field (service codes, tooth numbers in FDI,
dotted FDI and Palmer, tooth-formula rows, prices, sums, discounts, VAT, a clinic's licence,
OGRN, INN, KPP, OKPO and bank details, an individual entrepreneur's OGRNIP, acts and cash
receipts and fiscal attributes, cabinets, session counts, durations, dosages, one-time
codes, promo codes, shade guides, implant and device serials), the organisations and every
template; ``build_all`` was rewritten, ``render`` draws ``<<shape>>`` numbers with
``shape22`` (as corpus 19's ``shape19``: a value of two or more digits never starts with a
zero) and an extra self-check (``check22``: every phone-like run of ten or eleven digits in
any common writing, and every ``wa.me`` link, is inside a PHONE span) was added.

**Kinds from a real source.** Each kind is one service of the federal NSI directory
«Номенклатура медицинских услуг» (OID 1.2.643.5.1.13.13.11.1070, version 2.10, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1070_2.10_part1``–``part6``; ``ID``,
``S_CODE`` and ``NAME`` as its ``_passport`` describes them, every row taken with ``REL`` =
1) — dentistry (therapy, surgery, prosthetics, implants, orthodontics, hygiene, whitening,
periodontics, sealants, panoramic X-ray), rehabilitation and physiotherapy (electrophoresis,
magnetotherapy, shock waves, massage, pool exercise therapy, robotic mechanotherapy, manual
therapy, underwater traction, reflexotherapy, rehabilitation after surgery and for the CNS),
home care and nursing (injections, bedsores, gastrostomy feeding, tracheostomy, colostomy
teaching, a visiting nurse for a newborn, care in generalised cancer), palliative care
(patronage of adults and children, a palliative doctor, chronic pain care, diet), paid
cosmetology (peeling, contour plastic, epilation, dermabrasion, ultrasonic peeling),
psychotherapy and clinical psychology, speech therapy, sports medicine, sanatorium and spa
treatment (mineral baths and water, mud, halotherapy, gas baths, climate, cryosauna, ozone),
occupational examinations (occupational pathologist, therapist, diving medicine,
narcologist) and hearing-aid fitting — in one genre of the paperwork of that service
(paid-services contracts and their acts, price lists with a patient's selection, dental
charts, tooth formulas and treatment plans, orthodontic contracts, physiotherapy session
cards, rehabilitation routes, a nurse's home-visit log, palliative patronage diaries,
sanatorium vouchers and spa cards, occupational referrals and conclusions, instalment and
credit agreements, tax-deduction certificates, refund claims, reviews on a clinic's site,
WhatsApp and Telegram exchanges with an administrator, call-back requests, SMS reminders).
The kind is «NAME (НМУ, 1.2.643.5.1.13.13.11.1070 v2.10, S_CODE): GENRE»; the ``source``
names the directory entry. One service and one template per kind (no template is shared).
The kinds of corpora 1–21 (the ``kind`` values of ``independent*.jsonl`` present when this
was written) were listed by a scratch script only to avoid them, compared case-insensitively;
none of the kinds here is among them (``build_all`` asserts the kinds are unique).

Emphasis: PHONES in every writing people use (spaced, dashed, dotted, in brackets, «8-»,
«+7», «7», without a trunk prefix, with words or a line break between digit groups,
extensions «доб.», two numbers joined by «/» or «,», a WhatsApp link «wa.me/79…», a
Telegram handle beside them, which is no phone); RECORD numbers of one person (contracts,
instalment and credit agreements, cards, vouchers, spa cards, certificates, referrals,
conclusions, claims, online orders, appointment codes); ADDRESSES of home visits as people
write them (without «ул.», with «мкр.», «корп.», «стр.», «лит.», entrance, floor and
intercom code beside them, garden plots and rural settlements, postal codes first or last,
from the flat outwards, broken across lines); PRECISION under the hard negatives of the
field (service codes «A16.07.002.010», tooth numbers «36», «4.6», Palmer «6┘», tooth-formula
rows, prices, sums, percentages, VAT, a clinic's licence, OGRN, INN, KPP and bank details,
acts and cash receipts, cabinets, session counts, durations, dosages); the other types at
normal density (names in every case and shape, dates, birth dates, e-mail, SNILS, ENP, INN,
passports, birth certificates).

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


Judgement calls of corpus 19, restated unchanged from its docstring (the «(new)» marks are
its own):


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


Judgement calls added for corpus 22 (NEW; written here before any document was generated;
they apply the rules above to the paperwork of paid and supportive care):

* (new) The INN rule, stated as asked: a person's 12-digit INN is INN wherever it stands —
  a patient's, a taxpayer's, a payer's, a self-employed specialist's and an individual
  entrepreneur's (an ИП's own INN, also in a clinic's or a dental technician's requisites
  block: corpora 10 and 12); an organisation's 10-digit INN, its KPP, OGRN, OKPO, licence and
  bank details (account, correspondent account, BIC) are not labelled (corpus 10), and
  neither is an individual entrepreneur's ОГРНИП (15 digits: a state registration number of
  a business, read like an OGRN). The ИП's name is PERSON (corpus 12); its bank details
  are not labelled.
* (new) A contract with one person for paid services of any sort (dental, orthodontic,
  cosmetology, psychotherapy, speech therapy, massage, physiotherapy, home nursing,
  sanatorium), an instalment agreement with the clinic and a bank's credit agreement with
  one borrower for treatment are RECORD_ID (corpus 10: contracts with one person), and so
  are a subscription (абонемент) issued to one named person, a personal discount or bonus
  card of one patient, the tax-deduction certificate of payment for medical services
  (справка об оплате медицинских услуг) and its own number, a refund claim's or a
  complaint's registration number, one patient's online order on a clinic's site and a
  sanatorium booking's number for one guest. The act of services rendered (акт оказанных
  услуг), an invoice and a cash receipt (кассовый чек, its «ФД», «ФП» and shift numbers,
  a bank slip) stay unlabelled also when the payer is one person (corpus 10: invoices and
  acts); an act ABOUT one person (an act of refusal, an act of examination) stays RECORD_ID
  (corpus 11).
* (new) A dental card (ф. 043/у), an orthodontic patient's card, a physiotherapy card (ф.
  044/у), a massage or pool card, a rehabilitation route and an individual rehabilitation
  programme, a sanatorium voucher (путёвка; its printed blank series is not labelled,
  corpus 11), a санаторно-курортная карта (ф. 072/у, 076/у), a sanatorium book, a
  palliative register entry, a home-visit call, an occupational referral and conclusion, a
  personal medical book (личная медицинская книжка) and a diver's medical book, a sports
  admission conclusion and a speech therapist's conclusion of one person are RECORD_ID
  (corpora 13 and 15); the employer's list of workers (поименный список) and its own
  outgoing number, an order of the employer and the contingent list are not labelled.
* (new) Tooth numbers in every notation (FDI «36», «4.6», «3.6», Palmer «6┘», «└4», «UR6»,
  letters of temporary teeth «V», tooth-formula rows «18 17 16 … 48» with their marks «С»,
  «П», «К», «О»), pocket depths, shade guide values «A2», implant sizes «4,1×10 мм», REF and
  LOT of implants (corpus 13) are not labelled; neither are service codes, prices, sums,
  discounts, VAT, percentages, cabinets, session counts, durations, dosages, course days,
  heart rates and blood pressures.
* (new) A phone is one PHONE span in every writing: spaced, dashed, dotted, in brackets,
  with «8», «8-», «+7», «7» or no trunk prefix at all («911 234-56-78»), with words or a
  line break between its digit groups («8 921 — 334 — 12 — 90», «+7 (921) 334 12 90»
  split over two lines: one span with the break, corpus 11); two numbers joined by «/» or
  «,» are two PHONE spans, the «/» outside; «доб. 214» outside (corpus 12). In a WhatsApp
  link «wa.me/79213341290» (also after «https://») the digits are one PHONE span, the link's
  prefix and any «?text=…» stay outside. A Telegram, Instagram or VK handle («@smile_spb»,
  «t.me/smile_spb») is no phone and not labelled (no type for it: it names an account, and
  in this corpus only organisations' and bots' handles are written).
* (new) A home-visit address is one ADDRESS span from its first element to the flat (or to
  the house when there is no flat; a garden plot «СНТ „Ромашка“, уч. 112» and a rural
  «д. Заозерье, д. 14» are addresses); the entrance («подъезд 3», «2 парадная»), the floor
  («эт. 5») and the intercom or gate code written after it stay outside and are not
  labelled (corpus 15's door-phone code), and so is a driver's hint («вход со двора»).
* (new) A one-time confirmation code, a promo code, a gift-voucher code to the bearer, a
  queue ticket and a waiting list position are not labelled (corpus 15); an appointment's
  code sent to one patient by SMS, messenger or push is RECORD_ID (corpus 15).
* (new) A bank card masked to its last four digits («**** 4417»), a payment's transaction
  number and an acquiring terminal's ID are not labelled (no type; things of the payment).

Run: ``.venv/bin/python bench/text_corpus/write_independent22.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent22.jsonl"
SEED = 2220261206
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

# ---------------------------------------------------------------- people (fresh for corpus 22)
# Russians of the North-West and the Centre, Karelians, Vepsians, Ingrian Finns, Estonians,
# Latvians, Lithuanians, Ossetians, Kabardians, Balkars, Avars, Lezgins, Dargins, Chechens,
# Ingush, Tajiks, Uzbeks and Kyrgyz; male base forms (``decl_surname`` makes the rest).
SURNAMES = [
    "Поморцев",
    "Кокорин",
    "Шестаков",
    "Лыткин",
    "Сычёв",
    "Пинегин",
    "Вологжанин",
    "Мухин",
    "Белоусов",
    "Третьяков",
    "Голубев",
    "Соловьёв",
    "Воронин",
    "Баженов",
    "Лебедев",
    "Седых",
    "Долгих",
    "Бойко",
    "Карпенко",
    "Шевчук",
    "Вишневский",
    "Ремшуев",
    "Кемппи",
    "Лонин",
    "Хаккарайнен",
    "Лайне",
    "Тамм",
    "Озолс",
    "Петраускас",
    "Дзгоев",
    "Кочиев",
    "Бесолов",
    "Гаглоев",
    "Кодзоков",
    "Шогенов",
    "Мокаев",
    "Этезов",
    "Магомедов",
    "Гаджиев",
    "Рамазанов",
    "Абдуллаев",
    "Хасанов",
    "Цечоев",
    "Евлоев",
    "Рахимов",
    "Назаров",
    "Юлдашев",
    "Турсунов",
    "Асанбеков",
    "Саркисян",
    "Кикнадзе",
    "Тихомиров",
    "Румянцев",
    "Корольков",
    "Зуев",
    "Ефремов",
    "Ларионов",
    "Никитин",
    "Смирнов",
    "Богданов",
    "Кудрявцев",
    "Горбунов",
    "Яковлев",
    "Ковалевский",
    "Старостин",
]
M_FIRST = [
    "Тимофей",
    "Савва",
    "Мирон",
    "Глеб",
    "Ростислав",
    "Святослав",
    "Фёдор",
    "Аркадий",
    "Вадим",
    "Олег",
    "Руслан",
    "Тамерлан",
    "Хетаг",
    "Аслан",
    "Казбек",
    "Заур",
    "Магомед",
    "Рамазан",
    "Шамиль",
    "Ислам",
    "Фарход",
    "Бахтиёр",
    "Улугбек",
    "Тойво",
    "Эйно",
    "Айвар",
    "Янис",
    "Анатолий",
    "Станислав",
    "Георгий",
    "Кирилл",
    "Даниил",
    "Тимур",
    "Марк",
    "Кузьма",
    "Никита",
    "Алексей",
    "Сергей",
    "Дмитрий",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Галина",
    "Вера",
    "Полина",
    "Ксения",
    "Дарья",
    "Софья",
    "Юлия",
    "Мария",
    "Алина",
    "Элина",
    "Залина",
    "Мадина",
    "Зарина",
    "Диляра",
    "Малика",
    "Гульнора",
    "Дильноза",
    "Айно",
    "Лайма",
    "Инга",
    "Кристина",
    "Нино",
    "Вероника",
    "Маргарита",
    "Лилия",
    "Таисия",
    "Василиса",
    "Агния",
    "Анна",
    "Елена",
    "Наталья",
    "Оксана",
    "Хадижат",
    "Эльза",
]
PAT_STEMS = [
    "Петров",
    "Фёдоров",
    "Олегов",
    "Вадимов",
    "Русланов",
    "Казбеков",
    "Магомедов",
    "Рамазанов",
    "Тимофеев",
    "Аркадьев",
    "Станиславов",
    "Георгиев",
    "Кириллов",
    "Тимуров",
    "Асланов",
    "Хетагов",
    "Зауров",
    "Шамилев",
    "Исламов",
    "Ростиславов",
    "Святославов",
    "Глебов",
    "Миронов",
    "Павлов",
    "Львов",
    "Данилов",
    "Марков",
    "Алексеев",
    "Сергеев",
    "Дмитриев",
]
FOREIGN = [
    ("Мюллер", "Кристоф", True),
    ("Хаким", "Омар", True),
    ("Нгуен", "Ван Хоа", True),
    ("Кумар", "Раджеш", True),
    ("Лопес", "Мария", False),
    ("Шмидт", "Анна", False),
    ("Чен", "Мэй", False),
    ("Диалло", "Амината", False),
]
INDECL_FIRST = {
    "Айно",
    "Нино",
    "Эйно",
    "Тойво",
    "Ван Хоа",
    "Мэй",
    "Хадижат",
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


# ---------------------------------------------------------------- corpus 22: places (fresh)
# St Petersburg and the Leningrad region, Karelia, the North-West and the Upper Volga,
# Kaliningrad, the Caucasian Mineral Waters, Sochi, Anapa, Staraya Russa, Belokurikha.
# town: nominative with type, bare name, short form people write, region, postal prefix,
# phone code (the code and the local number make ten digits)
TOWNS22 = [
    ("г. Санкт-Петербург", "Санкт-Петербург", "СПб", "", "19", "812"),
    ("г. Петрозаводск", "Петрозаводск", "Петрозаводск", "Республика Карелия", "185", "8142"),
    ("г. Вологда", "Вологда", "Вологда", "Вологодская обл.", "160", "8172"),
    ("г. Великий Новгород", "Великий Новгород", "В. Новгород", "Новгородская обл.", "173", "8162"),
    ("г. Псков", "Псков", "Псков", "Псковская обл.", "180", "8112"),
    ("г. Тверь", "Тверь", "Тверь", "Тверская обл.", "170", "4822"),
    ("г. Ярославль", "Ярославль", "Ярославль", "Ярославская обл.", "150", "4852"),
    ("г. Калининград", "Калининград", "Калининград", "Калининградская обл.", "236", "4012"),
    ("г. Пятигорск", "Пятигорск", "Пятигорск", "Ставропольский край", "357", "8793"),
    ("г. Кисловодск", "Кисловодск", "Кисловодск", "Ставропольский край", "357", "87937"),
    ("г. Ессентуки", "Ессентуки", "Ессентуки", "Ставропольский край", "357", "87934"),
    ("г. Сочи", "Сочи", "Сочи", "Краснодарский край", "354", "862"),
    ("г. Анапа", "Анапа", "Анапа", "Краснодарский край", "353", "86133"),
    ("г. Старая Русса", "Старая Русса", "Ст. Русса", "Новгородская обл.", "175", "81652"),
    ("г. Белокуриха", "Белокуриха", "Белокуриха", "Алтайский край", "659", "38577"),
    ("г. Гатчина", "Гатчина", "Гатчина", "Ленинградская обл.", "188", "81371"),
    ("г. Сосновый Бор", "Сосновый Бор", "Сосновый Бор", "Ленинградская обл.", "188", "81369"),
    ("г. Владикавказ", "Владикавказ", "Владикавказ", "РСО-Алания", "362", "8672"),
    ("г. Нальчик", "Нальчик", "Нальчик", "КБР", "360", "8662"),
]
# street with type, the same without it (as people write it)
STREETS22 = [
    ("ул. Кирова", "Кирова"),
    ("пр-т Победы", "Победы"),
    ("ул. Калинина", "Калинина"),
    ("Гражданский пр.", "Гражданский"),
    ("ул. Савушкина", "Савушкина"),
    ("ул. Ленинградская", "Ленинградская"),
    ("Октябрьский пр.", "Октябрьский"),
    ("ул. Анохина", "Анохина"),
    ("ул. Мира", "Мира"),
    ("ул. Чернышевского", "Чернышевского"),
    ("ул. Пушкинская", "Пушкинская"),
    ("ул. Ермолова", "Ермолова"),
    ("ул. Театральная", "Театральная"),
    ("ул. Володарского", "Володарского"),
    ("ул. Курортная", "Курортная"),
    ("пр-т Ветеранов", "Ветеранов"),
    ("ул. Маршала Жукова", "Маршала Жукова"),
    ("ул. Комсомольская", "Комсомольская"),
    ("ул. Вокзальная", "Вокзальная"),
    ("наб. Онежская", "Онежская набережная"),
    ("ул. Энгельса", "Энгельса"),
    ("ул. Хетагурова", "Хетагурова"),
]
MKR22 = ["Северный", "Юбилейный", "Солнечный", "Черёмушки", "Кирпичный", "Южный", "Ключевой"]
# village with type, district, region
RURAL22 = [
    ("д. Заозерье", "Приозерский р-н", "Ленинградская обл."),
    ("пос. Сортавальский", "Сортавальский р-н", "Республика Карелия"),
    ("с. Шуйское", "Междуреченский р-н", "Вологодская обл."),
    ("д. Малые Горки", "Старорусский р-н", "Новгородская обл."),
    ("ст-ца Ессентукская", "Предгорный р-н", "Ставропольский край"),
    ("с. Ольгинка", "Туапсинский р-н", "Краснодарский край"),
    ("пгт Шексна", "Шекснинский р-н", "Вологодская обл."),
    ("г.п. Кузьмоловский", "Всеволожский р-н", "Ленинградская обл."),
    ("с. Алтайское", "Алтайский р-н", "Алтайский край"),
    ("п. Янтарный", "Янтарный ГО", "Калининградская обл."),
    ("аул Хабез", "Хабезский р-н", "КЧР"),
    ("с. Нижний Цасучей", "Ононский р-н", "Забайкальский край"),
]
RURAL_ST22 = ["Лесная", "Школьная", "Садовая", "Озёрная", "Центральная", "Луговая", "Нагорная"]
SNT22 = ["Ромашка", "Дружба", "Берёзка", "Энергетик", "Колос", "Медик"]
ORG_ST22 = [
    "ул. Профессора Попова",
    "Каменноостровский пр-т",
    "ул. Дзержинского",
    "пр-т Кирова",
    "Курортный бульвар",
    "ул. Красноармейская",
    "ул. Гагарина",
    "Невский пр-т",
]


def _t22(rng: random.Random) -> tuple:
    return rng.choice(TOWNS22)


def _zip22(rng: random.Random, prefix: str) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(6 - len(prefix)))


def _house22(rng: random.Random) -> str:
    h = str(rng.randint(1, 160))
    r = rng.random()
    if r < 0.15:
        h += f", корп. {rng.randint(1, 5)}"
    elif r < 0.25:
        h += f" корп. {rng.randint(1, 4)}"
    elif r < 0.33:
        h += f", стр. {rng.randint(1, 3)}"
    elif r < 0.41:
        h += f" лит. {rng.choice('АБВ')}"
    elif r < 0.48:
        h += rng.choice(["А", "б", "/2", "к2"])
    return h


def addr22(rng: random.Random) -> str:
    """A home-visit address as people write it (one line, up to the flat)."""
    town, bare, short, reg, idx, _c = _t22(rng)
    st, stb = rng.choice(STREETS22)
    v, vd, vr = rng.choice(RURAL22)
    z = _zip22(rng, idx)
    h = _house22(rng)
    k = rng.randint(1, 290)
    mk = rng.choice(MKR22)
    reg_c = f"{reg}, " if reg else ""
    shapes = [
        lambda: f"{short}, {stb} {h}, кв {k}",
        lambda: f"{bare}, {stb} {rng.randint(1, 99)}-{k}",
        lambda: f"{town}, мкр. {mk}, д. {rng.randint(1, 40)}, корп. {rng.randint(1, 6)}, кв. {k}",
        lambda: f"{z}, {reg_c}{town}, {st}, д. {h}, кв. {k}",
        lambda: f"{st}, {h}, кв. {k}",
        lambda: f"{v}, ул. {rng.choice(RURAL_ST22)}, д. {rng.randint(1, 60)}",
        lambda: f"{vr}, {vd}, {v}, {rng.choice(RURAL_ST22)} ул., {rng.randint(1, 60)}",
        lambda: f"{v}, д. {rng.randint(1, 60)}",
        lambda: f"кв. {k}, д. {h}, {st}, {town}",
        lambda: f"{town}, {st}, д. {h}, кв. {k}, {z}",
        lambda: f"СНТ «{rng.choice(SNT22)}», уч. {rng.randint(1, 240)}, {vd}",
        lambda: f"мкр {mk} {rng.randint(1, 40)}-{k}",
        lambda: f"{bare} {stb} д{rng.randint(1, 99)} кв{k}",
    ]
    return rng.choice(shapes)()


def tail22(rng: random.Random) -> str:
    """Entrance, floor and intercom written after a home-visit address (not labelled)."""
    return rng.choice(
        [
            f", подъезд {rng.randint(1, 8)}, этаж {rng.randint(1, 16)}, домофон {rng.randint(1, 290)}",
            f", {rng.randint(1, 6)} парадная, {rng.randint(2, 9)} эт., код {rng.randint(10, 99)}К{rng.randint(1000, 9999)}",
            f" (под. {rng.randint(1, 6)}, эт. {rng.randint(1, 12)}, код домофона {rng.randint(100, 999)}В)",
            f", вход со двора, {rng.randint(1, 5)} этаж, лифта нет",
            f"; п-д {rng.randint(1, 9)}, эт {rng.randint(1, 14)}, домофон #{rng.randint(1000, 9999)}",
        ]
    )


def abr22(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _b, _s, reg, idx, _c = _t22(rng)
    st, _stb = rng.choice(STREETS22)
    h = _house22(rng)
    k = rng.randint(1, 290)
    z = _zip22(rng, idx)
    return rng.choice(
        [
            f"{z}, {town},\n{st}, д. {h}, кв. {k}",
            f"{town}, {st}, д. {h},\nкв. {k}",
            f"{st}, {h}, кв. {k},\n{town}, {z}",
        ]
    )


def aorg22(rng: random.Random) -> str:
    town, _b, _s, _r, idx, _c = _t22(rng)
    st = rng.choice(ORG_ST22)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{_zip22(rng, idx)}, {town}, {st}, {n}",
            f"{town}, {st}, д. {n}, пом. {rng.randint(1, 40)}-Н",
            f"{town}, {st}, д. {n}, лит. А",
            f"{st}, {n}, {town}, {_zip22(rng, idx)}",
        ]
    )


# ---------------------------------------------------------------- corpus 22: phones (fresh)
OPS22 = ["911", "921", "931", "981", "905", "962", "963", "928", "918", "988", "938"]
OPS22 += ["967", "996", "999", "953", "900", "950", "951", "904", "960", "964", "977"]
NDASH = "–"
OP_WORDS22 = {
    "911": "девятьсот одиннадцать",
    "921": "девятьсот двадцать один",
    "931": "девятьсот тридцать один",
    "981": "девятьсот восемьдесят один",
    "962": "девятьсот шестьдесят два",
    "928": "девятьсот двадцать восемь",
}
TWO_DIG22 = {
    10: "десять",
    12: "двенадцать",
    15: "пятнадцать",
    20: "двадцать",
    30: "тридцать",
    40: "сорок",
    50: "пятьдесят",
    60: "шестьдесят",
    70: "семьдесят",
    80: "восемьдесят",
    90: "девяносто",
}


def _mob22(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS22), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob22(rng: random.Random) -> str:
    op, a, b, c = _mob22(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8.{op}.{a}.{b}.{c}",
            f"+7({op}){a}{b}{c}",
            f"7 {op} {a} {b} {c}",
            f"7{op}{a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 {op} {a} {b} {c}",
            f"+7-{op}-{a}-{b}-{c}",
            f"8{NDASH}{op}{NDASH}{a}{NDASH}{b}{NDASH}{c}",
            f"+7 ({op}) {a} {b}{c}",
            f"8 {op} {a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"8({op}){a}-{b}-{c}",
            f"8 {op}{a} {b} {c}",
        ]
    )


def notrunk22(rng: random.Random) -> str:
    """A mobile written without a trunk prefix (ten digits)."""
    op, a, b, c = _mob22(rng)
    return rng.choice(
        [f"{op} {a}-{b}-{c}", f"({op}) {a} {b} {c}", f"{op}-{a}-{b}-{c}", f"{op}{a}{b}{c}"]
    )


def words22(rng: random.Random) -> str:
    """A phone with words or dashes-as-pauses between its groups (one span)."""
    op = rng.choice(sorted(OP_WORDS22))
    a = rng.randint(200, 989)
    b, c = rng.choice(sorted(TWO_DIG22)), rng.randint(10, 99)
    return rng.choice(
        [
            f"8 {op} — {a} — {b} — {c}",
            f"восемь {OP_WORDS22[op]}, {a}-{b}-{c}",
            f"+7 {op} {a} {TWO_DIG22[b]} {c}",
            f"8 {op} {a} {b} {c}, повторяю, 8 {op} {a} {b} {c}",
        ]
    )


def city22(rng: random.Random) -> str:
    _t, _b, _s, _r, _i, code = _t22(rng)
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
            f"8-{code}-{rest}",
            f"+7 {code} {loc.replace('-', ' ')}",
            f"8 {code} {loc}",
        ]
    )


def brk22(rng: random.Random) -> str:
    op, a, b, c = _mob22(rng)
    return rng.choice([f"+7 ({op})\n{a}-{b}-{c}", f"8 {op} {a}-\n{b}-{c}", f"8-{op}-\n{a}-{b}-{c}"])


def c800_22(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice([f"8-800-{a}-{b}-{c}", f"8 800 {a} {b} {c}", f"8 (800) {a}-{b}-{c}"])


def wa22(rng: random.Random) -> str:
    """The digits of a WhatsApp link (``wa.me/`` is written outside by the templates)."""
    op, a, b, c = _mob22(rng)
    return f"7{op}{a}{b}{c}"


TG22 = [
    "@smile_dent_spb",
    "@kmv_sanatorij_bot",
    "@reabil_centr",
    "@kosmetolog_admin",
    "@palliativ_fond",
    "@logoped_kabinet",
    "@profosmotr_bot",
    "@zapis_klinika",
]
MAIL_DOM22 = ["mail.ru", "yandex.ru", "ya.ru", "inbox.ru", "gmail.com", "list.ru", "vk.com"]
ORG_MAIL22 = [
    "info@smile-dent.spb.ru",
    "zapis@kmv-sanatoriy.ru",
    "reabil@centr-dvizhenie.ru",
    "kosmetologia@belle-clinic.ru",
    "patronazh@hospis-karelia.ru",
    "logoped@rechevichok.ru",
    "profosmotr@medosmotr-vologda.ru",
    "buh@stomatologia-ortodent.ru",
    "vychet@dentalux-tver.ru",
    "booking@belokurikha-kurort.ru",
    "pretenzii@medcentr-pskov.ru",
]


def mail22(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}.{s}",
            f"{s}{rng.randint(70, 99)}",
            f"{f}_{s}",
            f"{f}{s[0]}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM22)}"


# ---------------------------------------------------------------- corpus 22: passports (fresh)
OKATO22 = ["40", "41", "86", "19", "58", "28", "78", "27", "07", "03", "90", "83", "01", "46"]


def pas22(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO22), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [f"{o} {y} {n}", f"{o}{y} {n}", f"{o} {y} № {n}", f"{o}{y}{n}", f"{o} {y}-{n}"]
    )


# ---------------------------------------------------------------- corpus 22: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


REC22 = {
    "dog": ["Д-2026/####", "ПМУ-####/26", "##-####-26", "СТ/26-####", "####/П", "ДПУ ####-26"],
    "ortho": ["ОРТ-26-###", "ОК-####/26", "БР-####"],
    "kosm": ["КС-26/####", "К-#####", "ЭСТ-####/26"],
    "psy": ["ПТ-26-###", "ПС/####", "КП-####-26"],
    "logo": ["ЛГ-####/26", "Л-26-###", "ЛОГ####"],
    "rassr": ["РС-26/####", "Р-####-26", "РАССР-#####"],
    "credit": ["КД-#########", "########/26-МЕД", "ПОС-26-#######", "###-######-810/26"],
    "card": ["####/26", "С-#####", "043-####", "СТ-######", "## ###"],
    "amb": ["А-######", "#####-АК", "ЭМК-######"],
    "fiz": ["ФТ-####", "044-####/26", "Ф/#####"],
    "abon": ["АБ-#####", "А26-####", "МС-####"],
    "route": ["МР-26-####", "РМ/#####", "ИПМР-26-####"],
    "call": ["В-######", "ВЫЗ-26-#####", "######/Д"],
    "pal": ["ПП-####", "ПАЛ-26-###", "П/#####"],
    "free": ["БП-26/###", "ДБП-####", "КК-26-###"],
    "vouch": ["######", "ПТ-######", "##-######"],
    "skk": ["СКК-####-26", "#####/СК", "072-#####"],
    "book": ["СК-#####", "СКН/####", "Кн. ####"],
    "napr": ["НПО-26-####", "Н/####-26", "МО-######"],
    "zakl": ["ЗПМО-26-####", "ЗМО/#####", "З-26-#####"],
    "lmk": ["##-##-######-26", "ЛМК ######", "78-##-######"],
    "tab": ["######", "Т-#####", "ТН-####"],
    "sport": ["СМ-26-####", "ДОП/#####", "СП-####"],
    "vychet": ["######", "0000##", "НВ-26-####", "2026/####"],
    "claim": ["ВЗ-26-####", "ПР-####/26", "ЖЛ-#####", "вх-####"],
    "inc": ["####", "##-####", "Вх-####/26"],
    "order": ["ZK-########", "#########", "SD-26-######"],
    "code": ["###-###", "@#@-###", "####-@@", "@@####"],
    "dms": ["###-######-##", "ДМС-##/######", "%%-#######"],
    "book2": ["BK-26-#####", "БР-######", "#######-S"],
    "vk": ["ВК-####/26", "###/ВК", "ПВК-26-###"],
    "slux": ["СА-26-####", "ТСР-######", "ЭС-26-#######"],
    "diver": ["ВМК-####", "В-26-###", "МКВ-#####"],
}


def rec22(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC22[kind]))


# ---------------------------------------------------------------- corpus 22: hard negatives
ORGS22 = [
    "ООО «Стоматология „Улыбка“»",
    "ООО «Ортодент-Север»",
    "ООО «Денталюкс»",
    "ООО «Клиника эстетической медицины „Белль“»",
    "ООО «Центр реабилитации „Движение“»",
    "АНО «Хоспис „Свет“»",
    "ГБУЗ «Городская поликлиника № 17»",
    "ООО «Медосмотр-Профи»",
    "ФГБУ «Пятигорский ГНИИК ФМБА России»",
    "АО «Санаторий „Родник Кавказа“»",
    "АО «Курорт Белокуриха»",
    "ООО «Санаторий „Старая Русса“»",
    "ООО «Логопедический центр „Речевичок“»",
    "ООО «Психотерапевтический центр „Равновесие“»",
    "ООО «Служба патронажа „Забота рядом“»",
    "ГАУЗ «Врачебно-физкультурный диспансер»",
    "ООО «Слуховой центр „Акустика“»",
]
BANKS22 = [
    "ПАО Сбербанк",
    "АО «Т-Банк»",
    "АО «Альфа-Банк»",
    "ПАО «Банк „Санкт-Петербург“»",
    "ООО «ХКФ Банк»",
]
ICD22 = [
    "K02.1",
    "K04.0",
    "K05.3",
    "K08.1",
    "K07.3",
    "M42.1",
    "M51.1",
    "M17.0",
    "I69.3",
    "G81.1",
    "C34.9",
    "C50.9",
    "L70.0",
    "F41.1",
    "F43.2",
    "R47.0",
    "J45.0",
    "H90.3",
    "Z57.8",
    "Z10.0",
]
FDI_UP = "18 17 16 15 14 13 12 11 21 22 23 24 25 26 27 28"
FDI_LO = "48 47 46 45 44 43 42 41 31 32 33 34 35 36 37 38"
TEETH22 = [int(t) for t in (FDI_UP + " " + FDI_LO).split()]
MARKS22 = ["С", "П", "К", "О", "R", "Pt", "И", "—"]
PALMER22 = ["6┘", "└4", "┌7", "5┐", "UR6", "LL7", "|6", "7|"]
SHADE22 = ["A1", "A2", "A3", "B1", "B2", "C2", "A3,5", "BL2"]
IMPL22 = [
    "Osstem TS III",
    "Straumann BLT",
    "Nobel Active",
    "MIS C1",
    "Alpha-Bio SPI",
    "Dentium SuperLine",
]
PHYS_DEV22 = [
    "«Поток-1»",
    "«Полимаг-02»",
    "«Элэскулап»",
    "BTL-5000",
    "Chattanooga Intelect",
    "«Амплипульс-5»",
    "Storz Masterpuls MP100",
    "«Алмаг-03»",
]
DRUGS22 = [
    "кеторолак 30 мг/мл — 1 мл в/м",
    "цефтриаксон 1 г в/м (разведение лидокаином 1 % — 3,5 мл)",
    "мильгамма 2 мл в/м",
    "диклофенак 75 мг/3 мл в/м",
    "метотрексат 15 мг п/к",
    "морфин 10 мг/мл — 1 мл п/к",
    "трамадол 50 мг/мл — 2 мл в/м",
]


def money22(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi) * 10
    s = f"{v:,}".replace(",", " ")
    return rng.choice([f"{s} ₽", f"{s},00 руб.", f"{s} руб.", f"{s}-00"])


def org_req22(rng: random.Random) -> dict:
    """An organisation's requisites: none of them labelled."""
    reg = rng.choice(["78", "10", "35", "53", "60", "69", "76", "39", "26", "23", "22", "47"])
    return {
        "inn_org": reg + "".join(str(rng.randint(0, 9)) for _ in range(8)),
        "kpp": reg + rng.choice(["01", "02", "04", "13", "16"]) + "01001",
        "ogrn": rng.choice(["1", "5"])
        + rng.choice(["02", "12", "15", "21", "19"])
        + reg
        + "".join(str(rng.randint(0, 9)) for _ in range(8)),
        "ogrnip": "3"
        + rng.choice(["15", "18", "20", "23"])
        + reg
        + "".join(str(rng.randint(0, 9)) for _ in range(10)),
        "okpo": "".join(str(rng.randint(0, 9)) for _ in range(8)),
        "bik": "04" + "".join(str(rng.randint(0, 9)) for _ in range(7)),
        "rs": "40702810" + "".join(str(rng.randint(0, 9)) for _ in range(12)),
        "rs_ip": "40802810" + "".join(str(rng.randint(0, 9)) for _ in range(12)),
        "ks": "30101810" + "".join(str(rng.randint(0, 9)) for _ in range(12)),
        "lic": shape(
            rng,
            rng.choice(["Л041-01148-##/00######", "ЛО-##-01-00####", "ЛО41-011##-##/00######"]),
        ),
    }


MON_SHORT = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
WEEKDAYS22 = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
VERSION_WORDS19 = ("ПО", "версия", "версии")  # kept under corpus 19's name: ``check`` is verbatim


def dates22(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"
    f[key + "_ms"] = f"{dd} {MON_SHORT[m - 1]}"
    f[key + "_wk"] = WEEKDAYS22[d.weekday()]
    f[key + "_1"] = f"{dd}.{m:02d}.{y}"


def fillers22(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "d", "n", "s", "h", "k", "m"):
        f.update(person(rng, pre))
    f.update(person(rng, "r", True))  # a male relative: son, husband, father
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    f.update(person(rng, "x", foreign_ok=False))
    for pre in ("p", "q", "r", "u", "d", "n", "s", "h", "k", "m", "c", "x"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_lat"] = " ".join(lat(w).capitalize() for w in f[pre].split()[:2])
    f["p_brk"] = hyphen_break(f["p"])
    f["p_ocr"] = ocr(f["p_up"])
    # birth dates
    by = rng.randint(1938, 2006)
    by = 1999 if by == 2000 else by
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates22(f, "bd", bdd)
    f["bd_spk"] = fmt_date(rng, bdd, "spoken")
    f["age"] = str(2026 - by - 1)
    bdq = dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dates22(f, "bdq", bdq)
    bdr = dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))
    dates22(f, "bdr", bdr)
    bdc = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates22(f, "bdc", bdc)
    f["agec"] = str(max(1, 2026 - bdc.year - 1))
    f["bdy"] = str(rng.randint(1941, 2003))  # a year alone: not labelled
    # the documents' dates: six in order
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 12))
        dates22(f, f"t{i}", cur)
        if i == 1:
            f["day1"] = cur
    f["tend"] = fmt_date(rng, dt.date(2026 + rng.randint(0, 2), 12, 31), "dot")
    dold = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates22(f, "told", dold)
    f["pas_d"] = date(rng, rng.randint(2006, 2025), rng.choice(["dot", "dot", "words"]))
    f["bc_d"] = date(rng, max(bdc.year, 2013), "dot")
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2031)}"
    f["year"] = "2026"
    # times
    t0 = rng.randint(8 * 60, 12 * 60)
    for i in range(1, 7):
        t0 += rng.randint(10, 100)
        t = t0 % (24 * 60)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
    # contacts and identity
    for i in range(1, 5):
        f[f"a{i}"] = addr22(rng)
        f[f"ph{i}"] = mob22(rng)
        f[f"tail{i}"] = tail22(rng)
    f["a_br"] = abr22(rng)
    f["ao"], f["ao2"] = aorg22(rng), aorg22(rng)
    f["phc1"], f["phc2"] = city22(rng), city22(rng)
    f["ph_nt"], f["ph_nt2"] = notrunk22(rng), notrunk22(rng)
    f["ph_w"] = words22(rng)
    f["ph_br"] = brk22(rng)
    f["ph800"] = c800_22(rng)
    f["wa"], f["wa2"] = wa22(rng), wa22(rng)
    f["tg"], f["tg2"] = rng.sample(TG22, 2)
    f["ext"] = str(rng.randint(100, 599))
    f["m1"] = mail22(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail22(rng, f["r_sur"], f["r_first"])
    f["mq"] = mail22(rng, f["q_sur"], f["q_first"])
    f["md"] = mail22(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL22, 2)
    f["sn"], f["sn2"], f["sn3"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"], f["inn2"], f["inn_ip"] = inn12(rng), inn12(rng), inn12(rng)
    f["pas"], f["pas2"] = pas22(rng), pas22(rng)
    f["kpd"] = f"{rng.randint(100, 920)}-{rng.randint(1, 90):03d}"
    f["bc"] = bcert(rng)
    # record numbers of one person
    for key in REC22:
        f[key] = rec22(rng, key)
        f[key + "2"] = rec22(rng, key)
    f["dog_br"] = brk_at(shape22(rng, "ДПУ-2026/######"))
    f["card_ocr"] = shape22(rng, "С-0##3#").replace("0", "О").replace("3", "З")
    # hard negatives
    f.update(org_req22(rng))
    f["org"], f["org2"] = rng.sample(ORGS22, 2)
    f["bank"] = rng.choice(BANKS22)
    f["icd"], f["icd2"] = rng.sample(ICD22, 2)
    for i in range(1, 6):
        f[f"pr{i}"] = money22(rng, 30, 900)
    f["big"] = money22(rng, 2000, 30000)
    f["pct"] = str(rng.choice([5, 7, 10, 12, 15, 20, 25]))
    f["cab"] = str(rng.randint(1, 432))
    f["sess"] = str(rng.choice([5, 7, 8, 10, 12, 15]))
    f["sess_n"] = str(rng.randint(1, 5))
    f["dur"] = str(rng.choice([10, 12, 15, 20, 25, 30, 40, 45, 50, 60]))
    f["months"] = str(rng.choice([3, 6, 10, 12, 18, 24]))
    t1, t2, t3 = rng.sample(TEETH22, 3)
    f["tooth"], f["tooth2"], f["tooth3"] = str(t1), str(t2), str(t3)
    f["tooth_dot"] = f"{t1 // 10}.{t1 % 10}"
    f["tooth_dot2"] = f"{t2 // 10}.{t2 % 10}"
    f["palmer"] = rng.choice(PALMER22)
    f["shade"] = rng.choice(SHADE22)
    f["impl"] = rng.choice(IMPL22)
    f["impl_sz"] = (
        f"{rng.choice(['3,5', '4,0', '4,1', '4,5', '5,0'])}×{rng.choice([8, 10, 11.5, 13])} мм".replace(
            ".", ","
        )
    )
    f["lot"] = shape(rng, rng.choice(["LOT %#####", "LOT ######%", "серия ####-##"]))
    f["ref"] = shape(rng, rng.choice(["REF ###.###", "REF %%####", "арт. ##-####"]))
    f["dev"] = rng.choice(PHYS_DEV22)
    f["dev_sn"] = shape(rng, rng.choice(["зав. № ######", "SN %%#####", "s/n ####-###"]))
    f["drug"] = rng.choice(DRUGS22)
    f["act"] = shape22(rng, rng.choice(["##", "###", "####", "А-####"]))
    f["chek"] = shape22(rng, rng.choice(["####", "##", "###"]))
    f["fd"] = shape22(rng, "#####")
    f["fp"] = str(rng.randint(1, 8)) + shape(rng, "#########")
    f["smena"] = shape22(rng, "###")
    f["mask"] = "**** " + shape(rng, "####")
    f["otp"] = shape(rng, "####")
    f["promo"] = shape(rng, rng.choice(["SMILE%%", "ВЕСНА##", "%%%##"]))
    f["talon"] = shape(rng, rng.choice(["А-0##", "Р##", "К-###"]))
    f["outno"] = shape22(rng, rng.choice(["##-##/####", "####/01-##", "#-###"]))
    f["bp"] = f"{rng.randint(105, 165)}/{rng.randint(60, 100)}"
    f["hr"] = str(rng.randint(56, 104))
    f["spo2"] = str(rng.randint(88, 99))
    f["pain"] = str(rng.randint(1, 9))
    f["wt"] = str(rng.randint(41, 118))
    f["ht"] = str(rng.randint(148, 196))
    f["small"] = str(rng.randint(2, 14))
    f["room"] = str(rng.randint(101, 719))
    f["temp"] = rng.choice(["34", "35", "36", "37", "38"])
    # the rest the templates ask for
    f["fdi_up"], f["fdi_lo"] = FDI_UP, FDI_LO
    town = _t22(rng)
    f["city_short"] = town[0]
    f["city_bare"] = rng.choice(TOWNS22)[1]
    op, a, b, c = _mob22(rng)
    f["ph_glued"] = rng.choice([f"+7{op}{a}{b}{c}", f"7{op}{a}{b}{c}", f"8{op}{a}{b}{c}"])
    f["big_km"] = str(rng.randint(18, 140))
    f["rec_call3"] = rec22(rng, "call")
    f["rec_tab3"] = rec22(rng, "tab")
    f["rec_rx"] = shape22(rng, "######")
    f["inn_org2"] = org_req22(rng)["inn_org"]
    f["dur_short"] = rng.choice(["2", "2,5", "3"])
    dates22(f, "bdc_new", f["day1"] - dt.timedelta(days=rng.randint(4, 12)))
    dates22(f, "bdx", dt.date(rng.randint(2010, 2018), rng.randint(1, 12), rng.randint(1, 28)))
    dates22(f, "bdu", dt.date(rng.randint(2010, 2018), rng.randint(1, 12), rng.randint(1, 28)))
    return f


def shape22(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape22(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Кокорин Т.Г.» ends the sentence: no second dot
    fill = fillers22(rng)
    fill.pop("day1")
    return raw.format_map({**fill, **extra}).replace("руб..", "руб.")


# ---------------------------------------------------------------- corpus 22: genres and kinds
# one kind per service: (НМУ ID, genre, template); every template is used by one kind only
GENRES22: list[tuple[int, str, str]] = [
    (
        7255,
        "переписка пациента с администратором стоматологии в WhatsApp",
        """WhatsApp · {org} · администратор
[[D:{t1_dm}]] {tm1} [[P:{p_first}]]: Здравствуйте! Хочу записаться к терапевту, болит зуб {tooth} (врач в прошлый раз писал {palmer}). Можно на [[D:{t2_wd}]]?
[[D:{t1_dm}]] {tm2} Администратор [[P:{n_first}]]: Добрый день! Первичный приём ({svc_code}) — {pr1}, снимок {pr2}. Есть окно [[D:{t2_wd}]] в {tm3}, каб. {cab}, врач [[P:{d_s}]]
[[D:{t1_dm}]] {tm3} [[P:{p_first}]]: Давайте. Запишите на [[P:{p}]], [[B:{bd}]]. Номер этот же, резервный [[T:{ph2}]] (родственник, [[P:{r_io}]])
[[D:{t1_dm}]] {tm4} Администратор: Записали. Ваша карта [[R:{card}]], код записи [[R:{code}]]. Адрес: [[A:{ao}]]. Если опаздываете — звоните [[T:{phc1}]] доб. {ext} или пишите сюда: wa.me/[[T:{wa}]]
Telegram-канал клиники {tg} — акции месяца (промокод {promo}, скидка {pct} %).""",
    ),
    (
        9083,
        "план лечения с зубной формулой и сметой",
        """ПЛАН ЛЕЧЕНИЯ № [[R:{card}-ПЛ]] от [[D:{t2}]]
Пациент: [[P:{p}]], д.р. [[B:{bd}]], тел. [[T:{ph1}]]
Зубная формула (FDI):
{fdi_up}
С  .  П  .  .  .  .  .  .  .  К  .  С  .  .  .
{fdi_lo}
.  О  С  .  .  .  .  .  .  .  .  .  П  С  .  .
Этап 1. {svc_code} «{svc}» — зубы {tooth}, {tooth2} (I класс), {tooth_dot2} (V класс), цвет по VITA {shade}: 3 × {pr1}
Этап 2. Контрольный осмотр через 6 мес., гигиена — {pr2}
Итого по плану: {big} (НДС не облагается, пп. 2 п. 2 ст. 149 НК РФ). Скидка по карте «Семья» {pct} %.
С планом ознакомлен(а), вопросы заданы: [[P:{p_s}]] ________ [[D:{t2_q}]] г.
Лечащий врач [[P:{d}]], лицензия {lic}.""",
    ),
    (
        3896,
        "SMS-напоминание о профгигиене и ответ пациента",
        """SMS от ULYBKA-DENT → [[T:{ph_glued}]], [[D:{t3_dm}]] {tm1}
[[P:{q_io}]], напоминаем: профессиональная гигиена ({svc_code}) {t4_wk} [[D:{t4_dm}]] в {tm2}, каб. {cab}, гигиенист [[P:{n_s}]]. Длительность {dur} мин, {pr1}. Код записи [[R:{code}]]. Подтвердите: 1 — да, 2 — перенос. Тел. [[T:{phc1}]]
Входящее SMS от [[T:{ph_glued}]], [[D:{t3_dm}]] {tm3}: 2, перенесите на следующую неделю после 18, лучше звоните на рабочий [[T:{ph_nt}]]
Исходящее [[D:{t3_dm}]] {tm4}: Перенесли на [[D:{t5_ms}]] {tm5}. Код записи прежний. Ваш одноразовый код для личного кабинета {otp} (никому не сообщайте).""",
    ),
    (
        9072,
        "информированное добровольное согласие на удаление постоянного зуба",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство
к медицинской карте стоматологического больного (ф. 043/у) № [[R:{card}]]
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]] выдан [[D:{pas_d}]], код подразделения {kpd},
зарегистрированн{p_yi} по адресу: [[A:{a1}]],
даю согласие на операцию «{svc}» ({svc_code}) зуба {tooth} (по Палмеру {palmer}) под инфильтрационной анестезией (артикаин 4 % 1:100000 — 1,7 мл).
Мне разъяснены риски: альвеолит, кровотечение, парестезия, перелом корня. Рентгенограмма от [[D:{t1}]] показана.
Контактный телефон для связи после операции: [[T:{ph1}]], доверенное лицо — [[P:{r}]], [[T:{ph2}]].
[[P:{p_s}]] __________   Врач-стоматолог-хирург [[P:{d_s}]] __________   [[D:{t2}]]""",
    ),
    (
        3849,
        "договор рассрочки на имплантацию и протезирование",
        """ДОГОВОР О ПРЕДОСТАВЛЕНИИ РАССРОЧКИ № [[R:{rassr}]]
к договору на оказание платных медицинских услуг № [[R:{dog}]] от [[D:{t1_q}]] г.
{city_short}                                                     [[D:{t2_q}]] г.
{org}, ИНН {inn_org}, КПП {kpp}, ОГРН {ogrn}, лицензия {lic}, в лице генерального директора [[P:{k_gen}]], и [[P:{p}]] ([[B:{bd}]] г.р., паспорт [[Q:{pas}]], ИНН [[I:{inn}]]), далее «Пациент», договорились:
1. Стоимость «{svc}» ({svc_code}): имплантат {impl} {impl_sz}, {ref}, {lot}; абатмент и коронка на зуб {tooth} — всего {big}.
2. Первоначальный взнос {pr1}, остаток — равными платежами {months} мес. до 25-го числа, без процентов; последний платёж до [[D:{tend}]].
3. Просрочка более 30 дней — пеня 0,1 % в день.
Пациент: [[A:{a2}]], тел. [[T:{ph1}]] / [[T:{ph2}]], e-mail [[E:{m1}]]
Реквизиты клиники: р/с {rs} в {bank}, БИК {bik}, к/с {ks}.
[[P:{k_s}]] ______   [[P:{p_s}]] ______""",
    ),
    (
        3873,
        "договор на ортодонтическое лечение брекет-системой (ребёнок)",
        """ДОГОВОР № [[R:{ortho}]] на ортодонтическое лечение
[[D:{t1_w}]] г.                                         {org}
Законный представитель [[P:{r}]] (паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]]) заключает договор в интересах несовершеннолетн{c_ogo} [[P:{c_gen}]], [[B:{bdc}]] г.р. (свидетельство о рождении [[C:{bc}]] от [[D:{bc_d}]]).
Диагноз {icd} — дистальная окклюзия, скученность {tooth_dot}–{tooth_dot2}. Услуга {svc_code} «{svc}»: брекет-система (металл, 2 дуги), срок {months} мес., активация 1 раз в 4–6 нед. ({pr2} за визит).
Стоимость аппарата {big}. Ретенционный период — 2 года, ретейнер 13–23, 33–43.
Карта ортодонтического пациента [[R:{card}]]. Адрес: [[A:{a1}]].
Связь с родителем: [[T:{ph1}]], [[T:{ph2}]]; [[E:{m2}]]. Врач-ортодонт [[P:{d}]].
Подписи: [[P:{r_s}]] ____ / [[P:{d_s}]] ____""",
    ),
    (
        3895,
        "отзыв на сайте клиники об отбеливании и ответ администрации",
        """★★☆☆☆  [[P:{p_fi}]], [[D:{t3_w}]]
Делала отбеливание ({svc}) [[D:{t2_wd}]] у доктора [[P:{d_sur}]]. Обещали +6 тонов по шкале VITA, в итоге с {shade} только до A1, плюс чувствительность две недели. Заплатила {big}, скидку {pct} % по промокоду {promo} не учли. Звонила [[D:{t3_wd}]] на [[T:{phc1}]] — никто не брал трубку.
—
Ответ клиники, [[D:{t4_w}]]:
[[P:{p_io}]], здравствуйте! Нам жаль. Ваш договор [[R:{dog}]] мы проверили, скидка действительно не применена: разницу вернём на карту {mask}. Главный врач [[P:{h_s}]] приглашает на бесплатный осмотр — напишите в WhatsApp wa.me/[[T:{wa}]] или на [[E:{mo}]]. Обращение зарегистрировано под № [[R:{claim}]].""",
    ),
    (
        1814,
        "заявка на выдачу копии ортопантомограммы по электронной почте",
        """Кому: [[E:{mo}]]
От: [[P:{p_fi}]] <[[E:{m1}]]>
Дата: [[D:{t3_iso}]] {tm2}
Тема: копия ОПТГ
Добрый день. [[D:{t2_dm}]] мне сделали ортопантомографию ({svc_code}) в каб. {cab}, направление врача [[P:{d_s}]], медкарта [[R:{card}]]. Пришлите, пожалуйста, файл DICOM и описание на эту почту — нужно для ортопеда в другой клинике ({org2}).
Данные: [[P:{p}]], [[B:{bd}]], паспорт [[Q:{pas}]]. Телефон [[T:{ph1}]].
—
Ответ [[D:{t4_iso}]]: [[P:{p_io}]], архив отправлен ссылкой (действует 7 дней), пароль придёт SMS на номер, указанный в карте. Доза облучения 0,0<<#>> мЗв, напряжение <<##>> кВ — отмечено в описании. Лучевой диагност [[P:{s_s}]]""",
    ),
    (
        3847,
        "акт оказанных услуг к договору (коронка)",
        """АКТ № {act} об оказании платных медицинских услуг
к договору № [[R:{dog}]] от [[D:{t1}]]
Исполнитель: {org}, [[A:{ao}]], ИНН {inn_org}, ОГРН {ogrn}
Заказчик (пациент): [[P:{p}]], [[B:{bd}]], [[A:{a1}]]
| Код        | Услуга                                 | Зуб | Кол-во | Цена      |
| {svc_code} | {svc} (металлокерамика)                 | {tooth} | 1  | {pr1}  |
| A16.07.030.001 | Обработка корневого канала         | {tooth} | 2  | {pr2}  |
| B01.066.002 | Приём ортопеда повторный              | —   | 1      | {pr3}     |
Итого: {big}, НДС не облагается. Оплачено: кассовый чек № {chek}, смена {smena}, ФД {fd}, ФП {fp}, карта {mask}.
Услуги оказаны [[D:{t3}]] полностью, претензий нет.
Исполнитель [[P:{d_s}]] ____   Заказчик [[P:{p_s}]] ____""",
    ),
    (
        3884,
        "пародонтологическая карта с глубиной карманов",
        """ПАРОДОНТАЛЬНАЯ КАРТА (приложение к ф. 043/у № [[R:{card}]])
Пациент [[P:{p_up}]], д.р. [[B:{bd_sh}]]; осмотр [[D:{t1}]], врач-пародонтолог [[P:{d_s}]]
Зуб:   {fdi_up}
ГК, мм: 3 4 5 6 4 3 2 2 2 3 3 4 6 5 4 3
Зуб:   {fdi_lo}
ГК, мм: 4 5 6 5 3 2 2 2 2 2 3 3 5 6 5 4
Подвижность: {tooth} — II ст., {tooth2} — I ст.; индекс кровоточивости {pct} %; диагноз {icd}.
План: {svc_code} «{svc}» — зубы {tooth}, {tooth2}, {tooth3} (по {pr2} за зуб), ультразвуковая обработка (A22.07.001), шинирование 32–42.
Повторный осмотр [[D:{t4}]] в {tm3}. SMS-напоминание на [[T:{ph1}]]. Вопросы: [[E:{md}]]""",
    ),
    (
        3902,
        "карта детского стоматологического приёма с формулой временных зубов",
        """Детское отделение {org}
Приём [[D:{t2}]], врач-стоматолог детский [[P:{d_s}]]
Ребёнок: [[P:{c}]], [[B:{bdc}]] ({agec} лет), св-во о рождении [[C:{bc}]], полис ОМС [[O:{enp}]]
Мама: [[P:{q}]], тел. [[T:{ph1}]], адрес: [[A:{a1}]]{tail1}
Формула временных зубов: 55 54 53 52 51 | 61 62 63 64 65 / 85 84 83 82 81 | 71 72 73 74 75
Постоянные прорезались: 16, 26, 36, 46 (глубокие фиссуры). Обозначения: V — кариес, П — пломба.
Проведено: {svc_code} «{svc}» зубов 36, 46, материал Fissurit FX, {lot}; обучение гигиене {dur} мин.
Следующий осмотр через 6 мес. — [[D:{t6}]]. Медкарта [[R:{card}]].""",
    ),
    (
        7259,
        "переписка в Telegram с администратором о переносе приёма хирурга",
        """Telegram · чат с ботом {tg} → администратор
[[P:{p_fi}]], [[D:{t2_dm}]] {tm1}: добрый вечер, я записан{p_a} к хирургу [[P:{d_i_dat}]] на [[D:{t3_wd}]], но лечу в командировку. Перенесите на после [[D:{t4_dm}]]
Админ {tg}, {tm2}: Здравствуйте! Уточните дату рождения и номер карты
[[P:{p_first}]]: [[B:{bd}]], карта [[R:{card}]]
Админ, {tm3}: Есть [[D:{t5_w}]] в {tm4}, каб. {cab} (удаление {tooth} + снимок, {pr1}). Подходит?
[[P:{p_first}]]: да. жена может позвонить с [[T:{ph2}]] если что. мой основной [[T:{ph1}]]
Админ: Записали. Код записи [[R:{code}]]. Напоминание придёт за сутки. Наш телефон [[T:{phc1}]], доб. {ext}.""",
    ),
    (
        3848,
        "кредитный договор банка-партнёра на оплату мостовидного протеза",
        """ИНДИВИДУАЛЬНЫЕ УСЛОВИЯ ДОГОВОРА ПОТРЕБИТЕЛЬСКОГО КРЕДИТА № [[R:{credit}]]
Кредитор: {bank}, лицензия Банка России № <<####>>. Дата [[D:{t2}]].
Заёмщик: [[P:{p}]], дата рождения [[B:{bd}]], паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}; ИНН [[I:{inn}]]; СНИЛС [[S:{sn}]]
Адрес регистрации: [[A:{a_br}]]
Мобильный: [[T:{ph1}]]; e-mail: [[E:{m1}]]
Сумма кредита {big}; срок {months} мес.; ставка 0 % (субсидия партнёра); ежемесячный платёж по графику.
Цель: оплата услуги {svc_code} «{svc}» (опоры {tooth} и {tooth3}, промежуточная часть {tooth2}, цирконий), получатель {org}, ИНН {inn_org}, р/с {rs}.
Основание: счёт № {act} и договор на платные услуги № [[R:{dog}]].
Подпись заёмщика [[P:{p_s}]] (простая электронная подпись, код {otp})""",
    ),
    (
        3875,
        "претензия о некачественном лечении канала и ответ клиники",
        """Директору {org}
от [[P:{p_gen}]], [[A:{a1}]], тел. [[T:{ph_w}]]
ПРЕТЕНЗИЯ
По договору № [[R:{dog}]] от [[D:{t1}]] мне проведено лечение зуба {tooth_dot} ({svc_code} «{svc}», 3 канала, {pr1} за канал). Через {small} дней появилась боль, на снимке [[D:{t3}]] в другой клинике — выведение пломбировочного материала. Требую вернуть {big} и оплатить перелечивание.
[[D:{t4}]]   [[P:{p_s}]]
—
Вх. № [[R:{inc}]] от [[D:{t4}]]. Ответ на претензию (исх. № {outno} от [[D:{t6}]]):
Уважаем{p_yi} [[P:{p_io}]]! Врачебная комиссия (протокол № [[R:{vk}]]) признала необходимость бесплатного перелечивания; возврат {pr2} за повторную рентгенографию будет произведён на счёт, указанный в заявлении, в течение 10 дней. Исполнитель: [[P:{h_s}]], [[T:{phc1}]].""",
    ),
    (
        3867,
        "справка об оплате медицинских услуг для налогового вычета (съёмный протез)",
        """СПРАВКА ОБ ОПЛАТЕ МЕДИЦИНСКИХ УСЛУГ для представления в налоговый орган
Номер справки [[R:{vychet}]]   Номер корректировки 0   Отчётный год {year}
ИНН медицинской организации {inn_org}   КПП {kpp}   Наименование: {org}
Налогоплательщик: [[P:{r_up}]]   ИНН [[I:{inn2}]]   Дата рождения [[B:{bdr}]]
Документ: код 21, серия и номер [[Q:{pas2}]], дата выдачи [[D:{pas_d}]]
Пациент является налогоплательщиком: 0 (нет)
Пациент: [[P:{p_up}]]   ИНН [[I:{inn}]]   Дата рождения [[B:{bd}]]   Код документа 21, [[Q:{pas}]]
Сумма по коду услуги 01: {pr1}   Сумма по коду услуги 02 (дорогостоящее лечение): {big}
(«{svc}», {svc_code}, договор [[R:{dog}]])
Дата выдачи [[D:{t5}]]. Главный бухгалтер [[P:{m_s}]]. Контакты бухгалтерии: [[E:{mo}]], [[T:{phc2}]] доб. {ext}""",
    ),
    (
        7258,
        "прайс-лист ортопедического отделения с отметками пациента о выбранных услугах",
        """ПРАЙС-ЛИСТ {org} (утв. приказом № <<##>>-П от [[D:{told}]]), цены в рублях, НДС не облагается
[ ] B01.066.001 Приём ортопеда первичный ................ {pr1}
[x] {svc_code} {svc} ............ {pr2}
[x] A16.07.004 Коронка металлокерамическая ............. {pr3}
[ ] A16.07.004 Коронка цирконий (Katana) ............... {big}
[x] A16.07.033 Культевая вкладка цельнолитая ........... {pr4}
[ ] A16.07.035 Частичный съёмный протез ................ {pr5}
Отметки сделаны пациентом: [[P:{p_s}]], зубы {tooth}, {tooth2}. Скидка пенсионерам {pct} %.
Карта [[R:{card}]], дата [[D:{t2}]]. Администратор [[P:{n_s}]], [[T:{phc1}]].""",
    ),
    (
        8850,
        "заявка на обратный звонок с сайта детской стоматологии",
        """Новая заявка с сайта #[[R:{order}]] · [[D:{t2_iso}]] {tm1}
Форма: «Обучение гигиене для ребёнка» ({svc_code})
Имя: [[P:{q_io}]]
Телефон: [[T:{ph_nt}]]
Удобное время: после 17:00
Комментарий: сыну [[P:{c_first}]] {agec} лет, брекетов нет, зубы {tooth_dot} и {tooth_dot2} чувствительные. Второй номер папы [[T:{ph2}]], [[P:{r_io}]]. Почта [[E:{mq}]]
UTM: yandex / cpc / gigiena_deti
—
Комментарий оператора [[P:{n_s}]], [[D:{t2_dm}]] {tm3}: перезвонила, записала на [[D:{t3_wd}]] {tm4}, набор щёток {pr1}. Заказ на сайте [[R:{order}]].""",
    ),
]
GENRES22 += [
    (
        9917,
        "карта физиотерапевтических процедур (ф. 044/у)",
        """КАРТА, больного, лечащегося в физиотерапевтическом отделении (кабинете), ф. 044/у № [[R:{fiz}]]
Ф.И.О.: [[P:{p}]]   Дата рождения: [[B:{bd}]]   Адрес: [[A:{a1}]]
Диагноз: {icd} — гонартроз II ст. Направил: [[P:{d_s}]], медкарта [[R:{amb}]]
Назначение: {svc_code} «{svc}» — новокаин 2 % с анода, ток 0,05 мА/см², {dur} мин, № {sess}, ежедневно; аппарат {dev}, {dev_sn}.
| № | Дата              | Доза       | Подпись м/с |
| 1 | [[D:{t1_dm}]]     | 8 мА       | [[P:{n_sur}]] |
| 2 | [[D:{t2_dm}]]     | 10 мА      | [[P:{n_sur}]] |
| 3 | [[D:{t3_dm}]]     | 10 мА      | [[P:{s_sur}]] |
Курс окончен [[D:{t6}]]. Отпущено {sess} процедур, каб. {cab}. Врач-физиотерапевт [[P:{h_s}]]""",
    ),
    (
        5712,
        "SMS-напоминания о сеансах курса общей магнитотерапии",
        """Рассылка REABIL → [[T:{ph1}]]
[[D:{t1_dm}]] {tm1}: [[P:{p_io}]], завтра сеанс {sess_n} из {sess} — {svc} ({svc_code}), {tm2}, каб. {cab}, с собой полотенце. Не принимать пищу за 1 ч. Отмена: [[T:{phc1}]]
[[D:{t2_dm}]] {tm3}: Вы пропустили сеанс. Перенос бесплатно 1 раз. Абонемент [[R:{abon}]], осталось {small}.
[[D:{t3_dm}]] {tm1}: Новый номер регистратуры [[T:{phc2}]] (старый [[T:{phc1}]] не обслуживается).
Ответ абонента [[D:{t3_dm}]] {tm4}: ок перенесите на [[D:{t4_dm}]] и внесите дочь [[P:{q_fi}]] [[B:{bdq}]] тот же курс
[[D:{t3_dm}]] {tm5}: Записали. Код записи [[R:{code}]]. Индукция 30 мТл, частота 100 Гц, {dur} мин.""",
    ),
    (
        6431,
        "договор на оказание платных медицинских услуг (ударно-волновая терапия)",
        """ДОГОВОР № [[R:{dog_br}]]
на оказание платных медицинских услуг          [[D:{t1_q}]] г.
{org} (лицензия {lic}, ОГРН {ogrn}), именуемое «Исполнитель», и [[P:{p}]],
[[B:{bd}]] г.р., паспорт: серия [[Q:{pas}]], выдан [[D:{pas_d}]], проживающ{p_ii} по адресу:
[[A:{a1}]], именуем{p_yi} «Пациент», заключили договор:
1.1. Исполнитель оказывает услугу {svc_code} «{svc}» (пяточная шпора, {icd}): {sess} процедур, 2000 импульсов, 2,5 бар, частота 10 Гц, 1 раз в 5–7 дней.
3.1. Стоимость курса {big}; одной процедуры {pr1}; оплата 100 % до начала курса.
4.2. Противопоказания пациенту разъяснены (антикоагулянты, беременность, кардиостимулятор).
Пациент согласен на SMS на [[T:{ph1}]] и письма на [[E:{m1}]].
Исполнитель: [[P:{k_s}]]         Пациент: [[P:{p_s}]]""",
    ),
    (
        9994,
        "абонемент на курс медицинского массажа и журнал посещений",
        """АБОНЕМЕНТ № [[R:{abon}]] — «{svc}» ({svc_code}), {sess} сеансов × {dur} мин
Владелец: [[P:{p}]], тел. [[T:{ph1}]]  Действителен до [[D:{t6}]] (передаче не подлежит)
Стоимость {big} (скидка {pct} % при покупке курса). Чек № {chek}, ФД {fd}.
Журнал посещений:
[[D:{t1_dm}]] {tm1} — сеанс 1, массажист [[P:{n_sur}]], АД {bp}
[[D:{t2_dm}]] {tm2} — сеанс 2, [[P:{n_sur}]]
[[D:{t3_dm}]] {tm3} — отмена (болела), перенос по звонку с [[T:{ph2}]]
[[D:{t4_dm}]] {tm4} — сеанс 3, [[P:{s_i}]] (замена)
Массажный кабинет {cab}, [[A:{ao}]]""",
    ),
    (
        9954,
        "заявление на посещение бассейна ЛФК с медицинским допуском",
        """Заведующему отделением ЛФК {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р.
ЗАЯВЛЕНИЕ
Прошу включить меня в расписание «{svc}» ({svc_code}), {sess} занятий по {dur} мин, вода +30 °C.
Адрес: [[A:{a2}]]{tail2}
Телефоны: [[T:{ph1}]], [[T:{ph2}]] (дочь, [[P:{q_io}]])
Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Справка дерматолога от [[D:{t1}]] прилагается; кардиолог: АД {bp}, ЧСС {hr}.
[[D:{t2}]]                                                 [[P:{p_s}]]
Отметка врача ЛФК [[P:{d_s}]]: допущен{p_a}, группа «спина», дорожка 3, карта пловца [[R:{abon}]].""",
    ),
    (
        11988,
        "маршрут реабилитации пациента после эндопротезирования",
        """МАРШРУТНЫЙ ЛИСТ РЕАБИЛИТАЦИИ № [[R:{route}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], ОМС [[O:{enp}]]
Операция [[D:{told}]]: эндопротезирование ТБС справа ({icd}). Шкала реабилитационной маршрутизации (ШРМ) — 3.
Этап 2 (стационар): {org}, [[D:{t1}]] — [[D:{t2}]], {svc_code} «{svc}»; ЛФК 14 дн., механотерапия, ходьба с ходунками.
Этап 3 (амбулаторно): {org2}, [[A:{ao2}]], с [[D:{t3}]], {sess} занятий, врач ФРМ [[P:{d_s}]], [[T:{phc1}]].
Домашний адрес для патронажа: [[A:{a1}]]{tail1}
Контакт родственника: [[P:{r}]], [[T:{ph_w}]]
Исполнитель маршрута [[P:{h_s}]], [[D:{t1}]]""",
    ),
    (
        11970,
        "выписка из индивидуальной программы медицинской реабилитации после инсульта",
        """ВЫПИСКА из ИПМР № [[R:{route}]] (3 этап)
[[P:{p}]], [[B:{bd_w}]], проживает: [[A:{a_br}]]
Диагноз: {icd2}; последствия инфаркта мозга [[D:{told_w}]], правосторонний гемипарез, моторная афазия. ШРМ 4 → 3.
Услуга: {svc_code} «{svc}». Мультидисциплинарная команда: невролог [[P:{d_s}]], инструктор-методист ЛФК [[P:{n_s}]], логопед [[P:{s_s}]], медицинский психолог [[P:{h_s}]].
Цели SMART: ходьба 100 м с тростью за {small} нед.; Бартел 55 → 75; Ривермид 6 → 9.
Занятия: {sess} × {dur} мин, роботизированный тренажёр, эрготерапия. Следующая оценка [[D:{t4}]].
Сын: [[P:{r_fi}]], тел. [[T:{ph1}]], [[E:{m2}]]""",
    ),
    (
        6058,
        "расписание занятий роботизированной механотерапией и отмена через Telegram-бот",
        """Бот {tg} — ваше расписание
Пациент: [[P:{p_s}]] · карта [[R:{amb}]] · услуга {svc_code} «{svc}» ({dev})
{t1_wk} [[D:{t1_dm}]] {tm1} — зал 2, инструктор [[P:{n_i}]]
{t2_wk} [[D:{t2_dm}]] {tm2} — зал 2
{t3_wk} [[D:{t3_dm}]] {tm3} — зал 4 (Lokomat, скорость 1,8 км/ч, разгрузка 40 %)
[Отменить] [Перенести] [Связаться с администратором]
> Отменить [[D:{t2_dm}]]
Бот: Отменено. Осталось {small} из {sess}. Для переноса позвоните [[T:{phc1}]] или напишите администратору: wa.me/[[T:{wa}]]
> у меня сменился номер, новый [[T:{ph1}]]
Бот: Номер обновлён. Код подтверждения {otp}.""",
    ),
    (
        9993,
        "заявление на возврат денежных средств за неиспользованные сеансы мануальной терапии",
        """Генеральному директору {org}
[[P:{k_dat}]]
от [[P:{p_gen}]]
паспорт [[Q:{pas}]], выдан [[D:{pas_d}]]
адрес: [[A:{a1}]]
тел. [[T:{ph1}]], e-mail: [[E:{m1}]]
ЗАЯВЛЕНИЕ о возврате денежных средств
По договору № [[R:{dog}]] от [[D:{t1}]] оплачен курс «{svc}» ({svc_code}) — {sess} сеансов, {big}. Проведено {sess_n}. В связи с противопоказанием (грыжа L5–S1, {icd}, МРТ [[D:{t2}]]) прошу вернуть стоимость {small} неиспользованных сеансов ({pr1} за сеанс) на карту {mask}, получатель [[P:{p}]].
[[D:{t3}]]   [[P:{p_s}]]
Отметка о приёме: вх. № [[R:{claim}]] от [[D:{t3}]], принял администратор [[P:{n_s}]]""",
    ),
    (
        9997,
        "назначение физиотерапевта с противопоказаниями (подводное вытяжение)",
        """КОНСУЛЬТАЦИЯ ВРАЧА-ФИЗИОТЕРАПЕВТА [[D:{t1}]] {tm1}
[[P:{p}]], {age} лет (д.р. [[B:{bd_1}]]), медкарта [[R:{amb}]]
Жалобы: боль в пояснице с иррадиацией в левую ногу. Ds: {icd}. МРТ от [[D:{told}]] — протрузии L4–L5 до 3 мм.
Противопоказаний не выявлено (АД {bp}, ЧСС {hr}, ИМТ 27).
Назначено: {svc_code} «{svc}» — горизонтальное, груз 10 → 25 кг, вода 36 °C, {dur} мин, через день, № {sess}; после — корсет 2 ч.
Процедуры в водолечебнице, каб. {cab}. Запись по тел. [[T:{phc1}]] или [[T:{ph_nt}]] (старшая медсестра [[P:{n_io}]]).
Врач-физиотерапевт [[P:{d}]]""",
    ),
    (
        6213,
        "анкета и согласие пациента на рефлексотерапию",
        """АНКЕТА ПАЦИЕНТА (рефлексотерапия, {svc_code})
Фамилия, имя, отчество: [[P:{p}]]
Дата рождения: [[B:{bd}]]   Рост {ht} см, вес {wt} кг
Домашний адрес: [[A:{a1}]]
Телефон: [[T:{ph1}]]; запасной: [[T:{phc2}]]
Кем направлен(а): невролог [[P:{d_s}]] ({org2})
Аллергия на металлы: нет. Беременность: —. Антикоагулянты: нет.
Согласие: я, [[P:{p_s}]], согласен(на) на «{svc}» (корпоральная акупунктура, {dur} мин, {sess} сеансов, иглы 0,25×25 мм, одноразовые, {lot}).
Подпись ______ [[D:{t2}]]. Карта пациента [[R:{amb}]].""",
    ),
]
GENRES22 += [
    (
        2860,
        "журнал выездов процедурной медсестры на дом",
        """ЖУРНАЛ ВЫЕЗДОВ процедурной медсестры [[P:{n_s}]] — [[D:{t2_w}]]
{org}, диспетчер [[T:{phc1}]]
| Время | Вызов           | Пациент          | Адрес                          | Назначение                | Тел.             |
| {tm1} | [[R:{call}]]    | [[P:{p_s}]]      | [[A:{a1}]]{tail1} | {drug} ({svc_code}) | [[T:{ph1}]] |
| {tm3} | [[R:{call2}]]   | [[P:{q_s}]]      | [[A:{a2}]]{tail2} | {svc} — 2-й день из {sess} | [[T:{ph_nt}]] |
| {tm5} | [[R:{rec_call3}]] | [[P:{u_s}]]    | [[A:{a3}]]          | в/м, витамины; {pr1}    | [[T:{ph3}]] / [[T:{ph4}]] |
Оплата наличными: {pr2}, {pr3}; по QR — {pr4}. Пробег {big_km} км. Отказов нет.
Подпись [[P:{n_sur}]]""",
    ),
    (
        3542,
        "лист сестринского наблюдения на дому (пролежни)",
        """ЛИСТ СЕСТРИНСКОГО НАБЛЮДЕНИЯ НА ДОМУ № [[R:{call}]]
Пациент: [[P:{p}]], [[B:{bd}]], лежач{p_ii}, Бартел 15
Адрес визита: [[A:{a1}]]{tail1}
Ухаживает: [[P:{r}]] ([[T:{ph1}]], дополнительно [[T:{ph2}]])
[[D:{t1}]] {tm1}: крестец — пролежень III ст. 4×3 см, дно — грануляции; обработка, {svc_code} «{svc}» (гидроколлоидная повязка 10×10). Шкала Ватерлоу 18. АД {bp}, SpO2 {spo2} %.
[[D:{t2}]] {tm2}: рана 3,5×3 см, отделяемое серозное, смена повязки, противопролежневый матрас (компрессор {dev_sn}).
[[D:{t3}]] {tm3}: пятки — I ст., обучение родственника. Следующий визит [[D:{t4_wd}]].
М/с [[P:{n_s}]], врач общей практики [[P:{d_s}]], [[T:{phc1}]]""",
    ),
    (
        3464,
        "договор патронажного ухода с родственником пациента (кормление через гастростому)",
        """ДОГОВОР № [[R:{dog}]] об оказании услуг по уходу на дому
[[D:{t1_w}]] г.
{org}, ИНН {inn_org}, ОГРН {ogrn}, и [[P:{r}]], паспорт [[Q:{pas2}]] (Заказчик), в интересах [[P:{p_gen}]], [[B:{bd}]] г.р. (Пациент), СНИЛС пациента [[S:{sn}]]:
1. Услуга {svc_code} «{svc}»: 5 раз в сутки по 300 мл (смесь «Нутризон»), промывание зонда 50 мл воды, уход за стомой; сиделка 12/24.
2. Адрес оказания услуг: [[A:{a1}]]{tail1}
3. Стоимость смены {pr1}, месяц — {big}. Оплата по счёту на р/с {rs}.
4. Экстренная связь: Заказчик [[T:{ph1}]], [[T:{ph2}]]; старшая медсестра [[P:{n}]] [[T:{ph3}]]; e-mail [[E:{m2}]].
5. Договор действует до [[D:{tend}]].
Заказчик [[P:{r_s}]] ____   Исполнитель [[P:{k_s}]] ____""",
    ),
    (
        3455,
        "записка медсестры родственникам о пособии при трахеостоме",
        """Для [[P:{r_io}]] (сын [[P:{p_gen}]]) — памятка после визита [[D:{t2_dm}]]
Сегодня выполнено: {svc} ({svc_code}) — смена внутренней канюли, санация, повязка «штаны». Трубка Portex № 8, манжета 20 см H2O, аспиратор {dev_sn}.
Если кашель с кровью, трубка выпала или SpO2 ниже {spo2} % — звоните 112 и мне: [[T:{ph_w}]]
Расходники до [[D:{t4_dm}]]: катетеры CH14 — 60 шт., салфетки — 30.
Следующий визит {t4_wk} [[D:{t4_dm}]] около {tm2}. Если вас не будет — ключ у соседки [[P:{q_io}]], кв. {small}.
Медсестра паллиативной службы [[P:{n_fi}]]. Вызов № [[R:{call}]]; адрес: [[A:{a1}]]{tail1}""",
    ),
    (
        7286,
        "журнал патронажа новорождённого на дому",
        """ПАТРОНАЖ НОВОРОЖДЁННОГО (первичный), [[D:{t1}]] {tm1}
Участок № <<##>>, {org}; медсестра [[P:{n_s}]]; услуга {svc_code}
Ребёнок: [[P:{c}]], дата рождения [[B:{bdc_new}]], вес при рождении 3420 г, сейчас 3610 г; св-во о рождении [[C:{bc}]] (выдано [[D:{t1}]] ЗАГС)
Мать: [[P:{q}]], [[B:{bdq}]], тел. [[T:{ph1}]]; отец: [[P:{r_fi}]], [[T:{ph2}]]
Адрес: [[A:{a2}]]{tail2}
Пуповинный остаток отпал, желтуха 1 ст.; грудное вскармливание; неонатальный скрининг — взят; аудиоскрининг — пройден.
Полис ОМС ребёнка [[O:{enp2}]] оформлен [[D:{t1}]]. История развития ребёнка (ф. 112/у) [[R:{amb}]].
Следующий патронаж [[D:{t3_wd}]]; педиатр [[P:{d_s}]].""",
    ),
    (
        8855,
        "заявка на выезд медсестры-стоматерапевта через колл-центр (расшифровка звонка)",
        """Расшифровка звонка, [[D:{t2}]] {tm1}, линия [[T:{ph800}]], оператор [[P:{n_first}]]
О: Служба патронажа, здравствуйте.
К: здравствуйте это [[P:{r_low}]] мне нужно чтобы к папе пришла медсестра по стоме обучить нас
О: Как зовут пациента и дата рождения?
К: [[P:{p_low}]] [[B:{bd_spk}]]
О: Адрес?
К: [[A:{a1}]]{tail1}
О: Телефон для связи?
К: [[T:{ph_w}]]
О: Услуга «{svc}» ({svc_code}), {pr1}, выезд {pr2}. Номер заявки [[R:{call}]]. Медсестра [[P:{s_i}]] будет [[D:{t3_wd}]] с {tm2} до {tm3}.
К: а можно ей в вотсап скинуть фото калоприёмника
О: Да, wa.me/[[T:{wa}]]. Запишите промокод для пенсионеров {promo}.""",
    ),
    (
        7283,
        "дневник паллиативного патронажа онкологического пациента",
        """ДНЕВНИК ПАТРОНАЖА (паллиативная помощь на дому) — [[P:{p}]], {icd}, ECOG 3
Регистр паллиативных пациентов: [[R:{pal}]]; адрес: [[A:{a1}]]{tail1}
[[D:{t1}]]: боль по ЧРШ {pain}/10, назначен {drug}; обучение жены [[P:{q_io}]] уходу. {svc_code} «{svc}».
[[D:{t2}]]: боль 3/10, тошнота — метоклопрамид 10 мг × 3; SpO2 {spo2} %, кислородный концентратор {dev_sn}.
[[D:{t3}]]: слабость нарастает, пролежней нет. Звонок сыну [[P:{r_fi}]] ([[T:{ph1}]], в Калининграде): приедет [[D:{t4_wd}]].
[[D:{t4}]]: визит врача [[P:{d_s}]]; рецепт на наркотический препарат серия 107-1/у № [[R:{rec_rx}]].
Медсестра [[P:{n_s}]]; дежурный телефон службы [[T:{phc1}]] (круглосуточно)""",
    ),
    (
        12023,
        "извещение о постановке на паллиативный учёт и график визитов выездной службы",
        """ИЗВЕЩЕНИЕ
[[P:{p_dat}]], [[B:{bd}]] г.р., проживающ{p_ei}: [[A:{a_br}]]
Решением врачебной комиссии (протокол № [[R:{vk}]] от [[D:{t1}]]) Вы включены в регистр получателей паллиативной медицинской помощи, номер записи [[R:{pal}]]. Услуга: {svc_code} «{svc}».
График визитов выездной патронажной бригады: {t2_wk} [[D:{t2_dm}]], {t3_wk} [[D:{t3_dm}]], далее еженедельно по средам с {tm2} до {tm4}.
Врач [[P:{d}]], медсестра [[P:{n_s}]].
Круглосуточная линия паллиативной помощи [[T:{ph800}]]; бригада: [[T:{ph1}]] / [[T:{ph2}]]
СНИЛС [[S:{sn}]], полис [[O:{enp}]]. Исх. № {outno}.""",
    ),
    (
        12024,
        "карта выездного визита паллиативной бригады к ребёнку",
        """КАРТА ВИЗИТА № [[R:{call}]] выездной бригады паллиативной помощи детям, [[D:{t2}]]
Ребёнок: [[P:{c}]], [[B:{bdc}]] ({agec} г.), СМА 1 типа, ИВЛ через трахеостому; свидетельство о рождении [[C:{bc}]]
Мама: [[P:{q}]] ([[T:{ph1}]]), папа [[P:{r_io}]] ([[T:{ph2}]])
Адрес: [[A:{a1}]]{tail1}
Состав бригады: врач [[P:{d_s}]], медсестра [[P:{n_s}]], психолог [[P:{h_s}]]; {svc_code}.
Осмотр: ЧСС {hr}, SpO2 {spo2} % на ИВЛ, t {temp},6 °C. Аппарат ИВЛ {dev_sn}, откашливатель — исправны.
Передано: мешок Амбу, 30 фильтров, питание 2 уп. Социальный педагог — по запросу мамы.
Следующий визит {t4_wk} [[D:{t4_dm}]]. Регистр [[R:{pal}]].""",
    ),
    (
        11767,
        "протокол врачебной комиссии о признании пациента нуждающимся в паллиативной помощи",
        """ПРОТОКОЛ ВРАЧЕБНОЙ КОМИССИИ № [[R:{vk}]] от [[D:{t1}]]
{org}; председатель [[P:{h_s}]], члены: [[P:{d_s}]], [[P:{s_s}]]
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]]
Адрес: [[A:{a2}]]
Основание: первичный приём врача по паллиативной помощи ({svc_code}) [[D:{t1}]]; заключение онколога [[D:{told}]] — {icd}, прогрессирование, отказ от специального лечения.
Решение: признать нуждающ{p_ei}ся в паллиативной медицинской помощи в амбулаторных условиях, в т. ч. на дому; обеспечить кислородным концентратором (договор безвозмездного пользования [[R:{free}]]).
Законный представитель / доверенное лицо: [[P:{r}]], [[T:{ph1}]]""",
    ),
    (
        11772,
        "договор безвозмездного пользования медицинским изделием (кислородный концентратор)",
        """ДОГОВОР № [[R:{free}]] безвозмездного пользования медицинским изделием
[[D:{t2_q}]] г.
Ссудодатель: {org}, ИНН {inn_org}, в лице [[P:{k_gen}]]. Ссудополучатель: [[P:{p}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]].
Изделие: концентратор кислорода Armed 7F-5L, {dev_sn}, инв. № <<######>>, регистрационное удостоверение РЗН 2016/<<####>>; поток 1–5 л/мин.
Место эксплуатации: [[A:{a1}]]
Цель: {svc_code} «{svc}». Срок — до [[D:{tend}]].
Ответственный за эксплуатацию: [[P:{r}]], тел. [[T:{ph1}]]; техник службы [[T:{phc1}]] доб. {ext}.
Акт приёма-передачи № {act} от [[D:{t2}]] — без замечаний.""",
    ),
    (
        6651,
        "переписка родственника с фондом помощи хосписам о лечебном питании",
        """Чат фонда {tg} · [[D:{t3_iso}]]
[[P:{r_first}]]: Здравствуйте. Маме [[P:{p_dat}]] врач назначил питание ({svc_code} «{svc}») — Нутридринк 2 бут./сут., а у нас пенсия. Можно помощь?
Фонд, [[P:{s_first}]]: Здравствуйте! Пришлите, пожалуйста, выписку и номер из регистра паллиативных пациентов.
[[P:{r_first}]]: регистр [[R:{pal}]], выписка от [[D:{t2}]]. Мама [[B:{bd}]] г.р., СНИЛС [[S:{sn}]]. Адрес для доставки [[A:{a1}]]{tail1}
Фонд: Приняли заявку № [[R:{order}]]. Курьер позвонит с [[T:{ph800}]]. Ваш номер [[T:{ph1}]] верный?
[[P:{r_first}]]: да, и второй — жены [[T:{ph_nt}]]
Фонд: Отлично. Доставка {t4_wk} [[D:{t4_dm}]], 60 бутылок (1 месяц).""",
    ),
]
GENRES22 += [
    (
        3581,
        "договор на косметологические услуги с анкетой клиента",
        """ДОГОВОР № [[R:{kosm}]] на оказание платных медицинских услуг (косметология)
{city_short}, [[D:{t1_q}]] г.
{org}, лицензия {lic}, и [[P:{q}]], [[B:{bdq}]] г.р., паспорт [[Q:{pas}]], адрес регистрации [[A:{a1}]], телефон [[T:{ph1}]], e-mail [[E:{mq}]].
Услуга: {svc_code} «{svc}» — срединный пилинг (ТСА 15 %), {sess} процедур с интервалом 14 дней, {pr1} за процедуру; домашний уход — {pr2}.
Анкета: фототип II; герпес — да (ацикловир за 2 дня); изотретиноин за 6 мес. — нет; беременность — нет; загар — нет.
Врач-косметолог [[P:{d}]]. Фото до/после — согласие да.
Клиент [[P:{q_s}]] ____   Исполнитель [[P:{k_s}]] ____""",
    ),
    (
        3866,
        "заявка на POS-кредит для оплаты контурной пластики",
        """ЗАЯВКА НА КРЕДИТ (точка продаж: {org}, ИНН {inn_org}) · [[D:{t2_sl}]] {tm2}
Товар/услуга: {svc_code} «{svc}» — филлер на основе гиалуроновой кислоты 1 мл × 2, {lot}; стоимость {big}; первый взнос 0.
ФИО: [[P:{q_up}]]   Дата рождения: [[B:{bdq}]]   Место рождения: {city_bare}
Паспорт: [[Q:{pas}]], выдан [[D:{pas_d}]], код {kpd}
Адрес регистрации: [[A:{a1}]]; фактический — совпадает
Мобильный: [[T:{ph1}]]; дополнительный (отец, [[P:{r_io}]]): [[T:{ph_nt}]]
Доход: 85 000 ₽; работодатель ООО «Север-Логистик», ИНН {inn_org2}, тел. работодателя [[T:{phc2}]]
Срок {months} мес., ставка 0–0–6. Решение банка {bank}: ОДОБРЕНО, договор [[R:{credit}]]. Код из SMS {otp}.""",
    ),
    (
        3442,
        "SMS и push-уведомления о записи на эпиляцию с кодом записи",
        """Push · Belle Clinic · [[D:{t1_dm}]] {tm1}
[[P:{q_io}]], вы записаны: «{svc}» ({svc_code}), зоны — голени + подмышки, {dur} мин, [[D:{t2_ms}]] в {tm2}, каб. {cab}. Код записи [[R:{code}]]. Стоимость {pr1} (скидка {pct} % по карте [[R:{abon}]]).
SMS → [[T:{ph_glued}]] · [[D:{t2_dm}]] {tm1}
Напоминаем о визите сегодня в {tm2}. Не загорать 14 дней, побрить зону за сутки. Код для входа в ЛК: {otp}.
SMS → [[T:{ph_glued}]] · [[D:{t2_dm}]] {tm4}
Спасибо за визит! Следующая процедура через 6–8 недель: [[D:{t5_wd}]]. Оцените мастера [[P:{n_fi}]]: 1–5. Администратор: [[T:{phc1}]], Telegram {tg}.""",
    ),
    (
        3579,
        "отзыв на сайте-агрегаторе о дермабразии и ответ врача",
        """prodoktorov-отзыв · [[D:{t4_w}]] · автор: [[P:{q_fi}]] (проверенный пациент, визит [[D:{t2}]])
Рубцы после акне, делала {svc} у [[P:{d_s}]]. Две процедуры с перерывом 3 месяца, {big} за всё. Результат — рубцы стали заметно мельче, но эритема держалась 5 недель. Администратор [[P:{n_first}]] перезвонила сама с [[T:{phc1}]], это приятно. Минус — долго ждала в коридоре у каб. {cab}.
Оценка: 4/5
—
Ответ врача [[P:{d_io}]], [[D:{t5_w}]]:
Спасибо! Эритема до 6 нед. после {svc_code} — норма. Напишите мне в WhatsApp (wa.me/[[T:{wa}]]), подберём крем. Ваша карта [[R:{amb}]] у нас, запись на контроль — [[T:{ph_nt}]].""",
    ),
    (
        6230,
        "заявка на обратный звонок с сайта косметологии и карточка лида в CRM",
        """CRM · Лид № [[R:{order}]] · источник: сайт, форма «Перезвоните мне» · [[D:{t1_iso}]] {tm1}
Имя: [[P:{q_first}]]
Телефон: [[T:{ph_nt}]]
Услуга: {svc} ({svc_code}), акция «3 по цене 2», {pr1}
Комментарий клиента: «перезвоните после 19, на работе не могу говорить. Или пишите в телегу» ({tg2} — это ваш канал?)
Ответственный: [[P:{n_s}]]
[[D:{t1_dm}]] {tm3} — недозвон
[[D:{t2_dm}]] {tm2} — дозвон, записана на [[D:{t3_wd}]] {tm4}; ФИО полностью [[P:{q}]], [[B:{bdq}]]; второй номер [[T:{ph2}]]
Статус: «Записан». Сделка {pr2}.""",
    ),
    (
        3414,
        "договор на индивидуальную психотерапию с соглашением о конфиденциальности",
        """ДОГОВОР № [[R:{psy}]] на оказание платных медицинских услуг (психотерапия)
[[D:{t1_w}]] г.
{org}, лицензия {lic}, и [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], адрес: [[A:{a1}]].
Предмет: {svc_code} «{svc}» (КПТ), {sess} сессий по 50 мин, еженедельно, {pr1} за сессию; онлайн-формат — по видеосвязи.
Отмена сессии менее чем за 24 ч — оплачивается 100 %.
Конфиденциальность: сведения о факте обращения составляют врачебную тайну; лицо, которому можно сообщать о состоянии: [[P:{r}]], [[T:{ph2}]].
Экстренная связь с терапевтом — только через администратора [[T:{phc1}]] или [[E:{mo}]].
Врач-психотерапевт [[P:{d_s}]] ____   Пациент [[P:{p_s}]] ____   Тел. пациента [[T:{ph1}]]""",
    ),
    (
        3415,
        "список группы психотерапии и правила группы",
        """ГРУППА «Тревога под контролем» — {svc} ({svc_code}), старт [[D:{t2}]], {sess} встреч по вторникам {tm4}, зал {cab}
Ведущие: [[P:{d_s}]], [[P:{h_s}]]
Участники (для внутреннего пользования):
1. [[P:{p_s}]] — карта [[R:{amb}]], [[T:{ph1}]]
2. [[P:{q_s}]] — карта [[R:{amb2}]], [[T:{ph2}]]
3. [[P:{u_s}]] — оплата по ДМС, полис [[R:{dms}]], [[T:{ph3}]]
4. [[P:{x_s}]] — [[T:{ph_nt}]] (только SMS)
Правила: не опаздывать; телефоны беззвучно; не записывать; что сказано в группе — остаётся в группе.
Стоимость {pr2} за встречу; пакет {big}. Отмена группы при < 4 участниках.""",
    ),
    (
        7132,
        "онлайн-запись к психотерапевту через форму сайта (выгрузка заявки)",
        """[zapis_psy] ts=[[D:{t1_iso}]]T{tm1}:00+03:00
name=[[P:{p}]]
birth=[[B:{bd_iso}]]
phone=[[T:{ph1}]]
email=[[E:{m1}]]
service={svc_code} {svc}; price={pr1}
doctor=[[P:{d_s}]]; slot=[[D:{t2_iso}]] {tm3}
comment=бессонница 3 мес., направил терапевт [[P:{s_s}]], раньше лечил{p_sya} у вас — карта [[R:{amb}]]
consent_pd=1; order_id=[[R:{order}]]; utm=vk_ads""",
    ),
    (
        3407,
        "переписка матери подростка с клиническим психологом в WhatsApp",
        """WhatsApp · [[P:{q_fi}]] ↔ медицинский психолог [[P:{h_io}]]
[[D:{t2_dm}]] {tm1} [[P:{q_first}]]: Добрый вечер, сыну [[P:{c_first}]] {agec} лет, после переезда не ходит в школу. Хочу к вам на консультацию ({svc}).
[[D:{t2_dm}]] {tm2} [[P:{h_first}]]: Здравствуйте. Сначала приходите вы без ребёнка, 50 минут, {pr1}. Есть {t3_wk} [[D:{t3_dm}]] {tm3}.
[[D:{t2_dm}]] {tm3} [[P:{q_first}]]: Подходит. Я [[P:{q}]], телефон этот, запасной [[T:{ph2}]]. Сын — [[P:{c}]], [[B:{bdc}]].
[[D:{t2_dm}]] {tm4} [[P:{h_first}]]: Записала, код [[R:{code}]]. Адрес [[A:{ao}]], 3 этаж. Договор пришлю на почту. Для связи в выходные — только сообщения сюда или wa.me/[[T:{wa}]].""",
    ),
    (
        3386,
        "дневник занятий логопеда с пациентом после инсульта (на дому)",
        """ДНЕВНИК ЛОГОПЕДИЧЕСКИХ ЗАНЯТИЙ — {svc} ({svc_code})
Пациент: [[P:{p}]], [[B:{bd}]]; моторная афазия после ОНМК [[D:{told}]] ({icd2})
Занятия на дому: [[A:{a1}]]{tail1}; родственник — [[P:{r}]], [[T:{ph1}]]
[[D:{t1}]]: автоматизированная речь (счёт 1–10, дни недели), пение; {dur} мин.
[[D:{t2}]]: называние картинок 8/20; повторение слогов; домашнее задание — дочери [[P:{q_io}]].
[[D:{t3}]]: называние 12/20, фразы из 2 слов; пациент сам назвал сына по имени — «[[P:{r_first}]]».
[[D:{t4}]]: пропуск (давление {bp}); перенос по звонку на [[T:{ph2}]].
Логопед [[P:{s_s}]]; курс {sess} занятий по {pr1}; договор [[R:{logo}]].""",
    ),
    (
        3387,
        "договор на логопедические занятия с ребёнком",
        """ДОГОВОР № [[R:{logo}]] оказания платных медицинских услуг
[[D:{t1_q}]] г.
{org} и законный представитель [[P:{q}]] (паспорт [[Q:{pas}]], тел. [[T:{ph1}]], e-mail [[E:{mq}]]) в интересах ребёнка [[P:{c_gen}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]]:
1. Услуга {svc_code} «{svc}» (стёртая дизартрия, {icd}): постановка звуков [р], [л], [ш], логопедический массаж, {sess} занятий по {dur} мин, 2 раза в неделю.
2. Цена занятия {pr1}; абонемент на {sess} занятий — {big} (скидка {pct} %).
3. Адрес проживания ребёнка: [[A:{a1}]].
4. Логопед [[P:{s}]]; второй родитель [[P:{r}]], [[T:{ph2}]].
Подписи: [[P:{q_s}]] ____ [[P:{k_s}]] ____""",
    ),
    (
        11999,
        "логопедическое заключение для ПМПК с индивидуальной программой",
        """ЛОГОПЕДИЧЕСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{logo}]] (для ПМПК)
Ребёнок: [[P:{c}]], [[B:{bdc}]], адрес: [[A:{a_br}]]
Мать: [[P:{q}]], [[T:{ph1}]]; СНИЛС ребёнка [[S:{sn3}]]; полис ОМС [[O:{enp}]]
Обследование [[D:{t1}]]–[[D:{t2}]]: ОНР III уровня, дизартрия; фонематический слух снижен; словарный запас ниже возрастной нормы.
Программа ({svc_code} «{svc}»): 2 занятия в неделю по {dur} мин, {sess} занятий до [[D:{t6}]]; сенсорная интеграция; консультация невролога [[P:{d_s}]].
Рекомендовано: АООП для детей с ТНР, вариант 5.1.
Логопед [[P:{s_s}]], [[D:{t3}]]""",
    ),
]
GENRES22 += [
    (
        7090,
        "медицинское заключение о допуске к спортивным соревнованиям",
        """МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № [[R:{sport}]]
о допуске к тренировочным мероприятиям и участию в спортивных соревнованиях
Выдано: [[P:{c_dat}]], [[B:{bdc}]] г.р., вид спорта — плавание, спортивная школа олимпийского резерва № <<#>>
Адрес: [[A:{a1}]]
По результатам углублённого медицинского обследования ({svc_code} «{svc}», ЭКГ, ЭхоКГ, спирометрия) от [[D:{t2}]]: группа здоровья I, функциональная группа 1; ЧСС покоя {hr}, АД {bp}.
Заключение: ДОПУЩЕН(А) к соревнованиям; действительно до [[D:{t6}]].
Врач по спортивной медицине [[P:{d}]]; ГАУЗ ВФД, [[A:{ao}]], [[T:{phc1}]]
Законный представитель: [[P:{q}]], [[T:{ph1}]]""",
    ),
    (
        1234,
        "анкета спортсмена перед углублённым медицинским обследованием",
        """АНКЕТА СПОРТСМЕНА (сбор спортивного анамнеза, {svc_code})
ФИО: [[P:{p}]]   д.р.: [[B:{bd}]]   ГТО УИН: [[R:{sport}]]
Вид спорта: лёгкая атлетика (800 м), разряд КМС, стаж 9 лет, тренер [[P:{s}]] ([[T:{ph2}]])
Объём: 12 тренировок в неделю, 20 ч; сборы [[D:{t1}]] — [[D:{t2}]] (Кисловодск, 1200 м).
Травмы: разрыв ПКС слева [[D:{told}]], операция; сотрясение — нет.
Обмороки при нагрузке: нет. Внезапная смерть родственников до 50 лет: нет.
Препараты: железо 100 мг/сут. TUE: нет.
Телефон: [[T:{ph1}]]; e-mail: [[E:{m1}]]; СНИЛС [[S:{sn}]]
Подпись [[P:{p_s}]], [[D:{t3}]]. Врач [[P:{d_s}]]""",
    ),
    (
        7089,
        "заявка спортивной школы на медицинский осмотр списком",
        """{org2}
исх. № {outno} от [[D:{t1}]]
Главному врачу врачебно-физкультурного диспансера
Просим провести {svc} ({svc_code}) и выдать допуски воспитанникам отделения дзюдо:
| № | ФИО                 | Дата рождения   | Полис ОМС         | Тел. родителя     |
| 1 | [[P:{c}]]           | [[B:{bdc}]]     | [[O:{enp}]]       | [[T:{ph1}]]       |
| 2 | [[P:{x}]]           | [[B:{bdx}]]   | [[O:{enp2}]]      | [[T:{ph2}]]       |
| 3 | [[P:{u}]]           | [[B:{bdu}]]   | —                 | [[T:{ph_nt}]]     |
Желаемая дата: [[D:{t3}]], с {tm1}; сопровождает тренер [[P:{s}]], [[T:{ph3}]].
Директор [[P:{k_s}]]""",
    ),
    (
        6115,
        "санаторно-курортная карта (ф. 072/у)",
        """САНАТОРНО-КУРОРТНАЯ КАРТА № [[R:{skk}]] (ф. 072/у)
Выдана [[D:{t1}]] {org2}, [[A:{ao2}]]
1. [[P:{p}]]  2. Пол {p_sex}  3. Дата рождения [[B:{bd}]]
4. Адрес: [[A:{a_br}]]
5. Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
6. Путёвка № [[R:{vouch}]]; санаторий {org}, заезд [[D:{t3}]]
7. Диагноз: {icd}, {icd2}; группа инвалидности нет
8. Рекомендовано: {svc_code} «{svc}» (сероводородные, 36 °C, 10 мин, № {sess}), ЛФК, массаж
ЭКГ от [[D:{t1}]], флюорография от [[D:{told}]]. Лечащий врач [[P:{d_s}]], тел. [[T:{phc1}]]
Заведующий [[P:{h_s}]]""",
    ),
    (
        6149,
        "санаторная книжка с назначениями питьевого лечения",
        """САНАТОРНАЯ КНИЖКА № [[R:{book}]]
Отдыхающ{p_ii}: [[P:{p}]], номер {room}, корпус 2
Срок: [[D:{t2_wd}]] — [[D:{t5_wd}]]; путёвка [[R:{vouch}]]
Лечащий врач [[P:{d_s}]], каб. {cab}; дежурная медсестра корпуса — доб. {ext}
Назначения:
— {svc_code} «{svc}»: «Ессентуки № 4», 200 мл, температура 38–40 °C, 3 р/д за 60–90 мин до еды, бювет № 1
— ванны углекислые, 12 мин, через день, № {sess}
— диета № 5
Телефон для родственников: [[T:{ph1}]] (отдыхающ{p_ii}), [[T:{ph2}]] ([[P:{r_io}]])
Отметки о процедурах: [[D:{t3_dm}]] ✔ [[D:{t4_dm}]] ✔""",
    ),
    (
        6097,
        "корешок путёвки на санаторно-курортное лечение",
        """КОРЕШОК ПУТЁВКИ серии АБ № [[R:{vouch}]]
Санаторий: {org}, [[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo}]]
Ф.И.О.: [[P:{p}]]; дата рождения [[B:{bd}]]
Паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Профиль: болезни периферической нервной системы ({icd}); {svc_code} «{svc}» (иловая грязь, аппликации 40 °C, 15 мин, № {sess})
Срок: с [[D:{t3}]] по [[D:{t6}]], 21 день; стоимость {big}, оплачено Социальным фондом.
Санаторно-курортная карта № [[R:{skk}]] от [[D:{t1}]].
Выдал [[P:{h_s}]], [[D:{t2}]]""",
    ),
    (
        9969,
        "санаторно-курортная карта для детей (ф. 076/у)",
        """САНАТОРНО-КУРОРТНАЯ КАРТА ДЛЯ ДЕТЕЙ № [[R:{skk}]] (ф. 076/у)
Ребёнок: [[P:{c}]], [[B:{bdc}]]; свидетельство о рождении [[C:{bc}]]
Сопровождающ{q_ii}: [[P:{q}]], паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]; телефон [[T:{ph1}]]
Диагноз: {icd} (бронхиальная астма, лёгкая, контролируемая); прививки по календарю; контакт с инфекционными — нет (справка от [[D:{t2}]]).
Рекомендовано: {svc_code} «{svc}» (соляная комната, {dur} мин, № {sess}), ингаляции, дыхательная гимнастика.
Педиатр [[P:{d_s}]], {org2}, [[T:{phc2}]]""",
    ),
    (
        6153,
        "переписка по e-mail о бронировании санатория",
        """От: [[E:{m1}]]
Кому: [[E:{mo}]]
Дата: [[D:{t1_w}]], {tm1}
Тема: бронь на [[D:{t3_dm}]]–[[D:{t6_dm}]]
Здравствуйте! Хочу забронировать двухместный номер с лечением для себя и мужа: [[P:{q}]] ([[B:{bdq}]]) и [[P:{r}]] ([[B:{bdr}]]). Нам важны {svc} ({svc_code}) — кардиолог рекомендовал углекислые. Связь: [[T:{ph1}]], вечером [[T:{ph2}]].
—
От: [[E:{mo}]]
Дата: [[D:{t2_w}]]
[[P:{q_io}]], здравствуйте! Бронь [[R:{book2}]] подтверждена, 21 ночь, {big} на двоих. Предоплата 30 % по счёту № {act}. Не забудьте санаторно-курортные карты. Менеджер [[P:{n}]], [[T:{phc1}]] доб. {ext}, Telegram {tg}.""",
    ),
    (
        6126,
        "обратный талон санаторно-курортной карты",
        """ОБРАТНЫЙ ТАЛОН санаторно-курортной карты № [[R:{skk}]]
Направляется в {org2}, [[A:{ao2}]]
[[P:{p}]], [[B:{bd}]], находил{p_sya} на лечении в {org} с [[D:{t1}]] по [[D:{t5}]]
Путёвка [[R:{vouch}]]
Проведено: {svc_code} «{svc}» (аэротерапия, терренкур маршрут № 2, 3 км), минеральные ванны № {sess}, массаж № {small}
Результат: улучшение; АД при выписке {bp}, ЧСС {hr}.
Рекомендации: повторный курс через 12 мес.
Лечащий врач [[P:{d_s}]]   [[D:{t5}]]""",
    ),
    (
        6521,
        "анкета-согласие гостя SPA-центра санатория на криосауну",
        """АНКЕТА ГОСТЯ (криотерапия общая, {svc_code})
Номер: {room}   Бронь: [[R:{book2}]]
ФИО: [[P:{p}]]   Дата рождения: [[B:{bd_1}]]
Телефон (WhatsApp): [[T:{ph1}]]
Противопоказания (отметить): ☐ гипертония ☐ клаустрофобия ☐ болезнь Рейно ☐ беременность
Давление сегодня {bp}, пульс {hr}.
Согласен(на) на процедуру «{svc}»: −110 °C, {dur_short} мин, {sess} сеансов, {pr1} каждый.
Экстренный контакт: [[P:{r_fi}]], [[T:{ph2}]]
Подпись ______ [[D:{t2}]]
Инструктор [[P:{n_s}]], кабина {dev_sn}""",
    ),
    (
        6138,
        "претензия о возврате денег за сокращённый заезд в санаторий",
        """В АО «Санаторий» ({org}), [[A:{ao}]], ОГРН {ogrn}
от [[P:{p_gen}]], [[A:{a1}]], тел. [[T:{ph1}]], [[E:{m1}]]
ПРЕТЕНЗИЯ
Мною оплачена путёвка № [[R:{vouch}]] на [[D:{t1}]]–[[D:{t6}]] (договор [[R:{book2}]], {big}). [[D:{t3}]] я был{p_a} вынужден{p_a} уехать (госпитализация отца [[P:{r_gen}]], справка прилагается). Процедуры {svc} ({svc_code}) № 4–{sess} не получены.
Прошу вернуть стоимость {small} неиспользованных дней и процедур по реквизитам, приложенным к претензии (получатель [[P:{p}]], ИНН [[I:{inn}]]).
[[D:{t4}]] /[[P:{p_s}]]/
Вх. № [[R:{inc}]] от [[D:{t4}]]""",
    ),
    (
        7520,
        "направление на периодический медицинский осмотр",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] на периодический медицинский осмотр
Работодатель: {org2}, ИНН {inn_org}, ОКВЭД 49.31, [[A:{ao2}]]
Медицинская организация: {org}, [[A:{ao}]], [[E:{mo}]]
Работник: [[P:{p}]], [[B:{bd}]], пол {p_sex}; паспорт [[Q:{pas}]]; полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Таб. № [[R:{tab}]]; структурное подразделение — автоколонна № <<#>>; профессия — водитель автобуса
Вредные факторы: п. 4.4 (шум), 4.1 (вибрация общая), п. 27 приложения к приказу № 29н; {svc} ({svc_code}).
Уполномоченный представитель работодателя [[P:{k_s}]], [[T:{phc1}]]
[[D:{t1}]]""",
    ),
    (
        7130,
        "заключение по результатам предварительного медицинского осмотра",
        """ЗАКЛЮЧЕНИЕ № [[R:{zakl}]] по результатам предварительного медицинского осмотра
Дата выдачи [[D:{t3}]]
ФИО: [[P:{p}]]; дата рождения [[B:{bd}]]; пол {p_sex}
Работодатель: {org2}; подразделение — цех окраски; должность — маляр
Вредные производственные факторы: 1.2.1, 4.3.2 (приказ 29н); направление [[R:{napr}]] от [[D:{t1}]]
Результат: медицинские противопоказания к работе НЕ выявлены.
Личная медицинская книжка [[R:{lmk}]]. Приём профпатолога {svc_code}.
Председатель врачебной комиссии [[P:{h_s}]]; профпатолог [[P:{d_s}]]
Вопросы по заключению: [[T:{phc1}]], [[E:{mo}]]""",
    ),
    (
        7541,
        "поименный список работников на медосмотр с отметками медицинской организации",
        """ПОИМЕННЫЙ СПИСОК работников, подлежащих периодическому медицинскому осмотру в {year} г.
{org2}, исх. № {outno} от [[D:{told}]]
| Таб. №          | ФИО            | Д.р.              | Должность          | Вредные факторы | Явка            |
| [[R:{tab}]]     | [[P:{p_s}]]    | [[B:{bd}]]        | оператор АЗС       | 1.3.1, 4.1     | [[D:{t2_dm}]]   |
| [[R:{tab2}]]    | [[P:{q_s}]]    | [[B:{bdq}]]       | кассир             | 18             | [[D:{t2_dm}]]   |
| [[R:{rec_tab3}]] | [[P:{u_s}]]   | [[B:{bdr}]]       | слесарь            | 4.4, 5.1       | не явился       |
Приём терапевта ({svc_code}) — каб. {cab}; флюорография — каб. {small}.
Ответственный по охране труда [[P:{k_s}]], [[T:{ph1}]]; медицинская организация — [[T:{phc1}]]""",
    ),
    (
        7546,
        "запись осмотра в медицинской книжке водолаза",
        """МЕДИЦИНСКАЯ КНИЖКА ВОДОЛАЗА № [[R:{diver}]]
Владелец: [[P:{p}]], [[B:{bd_1}]]; водолаз 2 кл., стаж 11 лет
Работодатель: {org2}; личная медицинская книжка [[R:{lmk}]]
[[D:{t1}]] — {svc} ({svc_code}), врач по водолазной медицине [[P:{d_s}]]:
жалоб нет; АД {bp}, ЧСС {hr}; отоскопия — норма; проба на переносимость давления 0,5 МПа — переносит; ЭКГ [[D:{t1}]] — норма.
Заключение: годен к водолазным спускам до 60 м с воздухом; следующее освидетельствование до [[D:{t6}]].
Связь с водолазной станцией: [[T:{phc2}]]; врач [[T:{ph2}]]""",
    ),
    (
        7529,
        "справка нарколога для трудоустройства с записью в журнале",
        """СПРАВКА № [[R:{zakl}]]
Выдана [[P:{p_dat}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], проживающ{p_ei}: [[A:{a1}]],
в том, что {p_on} на диспансерном наблюдении у психиатра-нарколога не состоит. Профилактический приём ({svc_code}) [[D:{t2}]]; ХТИ мочи от [[D:{t1}]] — отрицательно, направление [[R:{napr}]].
Справка выдана для предъявления по месту работы (охранник, {org2}). Стоимость {pr1}, чек № {chek}.
Врач психиатр-нарколог [[P:{d_s}]]
Журнал выдачи справок: строка {small}; подпись получателя [[P:{p_s}]]
Регистратура: [[T:{phc1}]]""",
    ),
    (
        6448,
        "заявка на подбор слухового аппарата по электронному сертификату",
        """Заявка на подбор слухового аппарата ({svc_code} «{svc}») · [[D:{t2}]]
Заявитель: [[P:{p}]], [[B:{bd}]]; СНИЛС [[S:{sn}]]
Электронный сертификат ТСР № [[R:{slux}]], номинал {big}; ИПРА № [[R:{route}]]
Диагноз: {icd} — двусторонняя нейросенсорная тугоухость III ст.; аудиограмма [[D:{t1}]].
Аппарат: заушный, мощный, 2 шт.; ушные вкладыши индивидуальные; {ref}.
Контакт: [[T:{ph1}]] (плохо слышит — лучше SMS или WhatsApp wa.me/[[T:{wa}]]); сын [[P:{r_io}]], [[T:{ph2}]]
Адрес для надомной настройки: [[A:{a1}]]{tail1}
Сурдолог-протезист [[P:{d_s}]], {org}""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ID: (S_CODE, NAME), as in 1.2.643.5.1.13.13.11.1070 v2.10 (every row with REL = 1)
SERVICES22: dict[int, tuple[str, str]] = {
    7255: ("B01.065.001", "Прием (осмотр, консультация) врача-стоматолога-терапевта первичный"),
    9083: (
        "A16.07.002.010",
        "Восстановление зуба пломбой I, V, VI класс по Блэку с использованием материалов из фотополимеров",
    ),
    3896: ("A16.07.051", "Профессиональная гигиена полости рта и зубов"),
    9072: ("A16.07.001.002", "Удаление постоянного зуба"),
    3849: ("A16.07.006", "Протезирование зуба с использованием имплантата"),
    3873: ("A16.07.028", "Ортодонтическая коррекция"),
    3895: ("A16.07.050", "Профессиональное отбеливание зубов"),
    1814: ("A06.07.004", "Ортопантомография"),
    3847: ("A16.07.004", "Восстановление зуба коронкой"),
    3884: ("A16.07.039", "Закрытый кюретаж при заболеваниях пародонта в области зуба"),
    3902: ("A16.07.057", "Запечатывание фиссуры зуба герметиком"),
    7259: ("B01.067.001", "Прием (осмотр, консультация) врача-стоматолога-хирурга первичный"),
    3848: (
        "A16.07.005",
        "Восстановление целостности зубного ряда несъемными мостовидными протезами",
    ),
    3875: ("A16.07.030", "Инструментальная и медикаментозная обработка корневого канала"),
    3867: ("A16.07.023", "Протезирование зубов полными съемными пластиночными протезами"),
    7258: ("B01.066.002", "Прием (осмотр, консультация) врача-стоматолога-ортопеда повторный"),
    8850: (
        "A14.07.008",
        "Обучение гигиене полости рта и зубов индивидуальное, подбор средств и предметов гигиены полости рта",
    ),
    9917: ("A17.04.001", "Электрофорез лекарственных препаратов при заболеваниях суставов"),
    5712: ("A17.30.025", "Общая магнитотерапия"),
    6431: ("A22.30.015", "Ударно-волновая терапия"),
    9994: ("A21.03.007", "Массаж спины медицинский"),
    9954: ("A19.30.009.001", "Индивидуальное занятие лечебной физкультурой в бассейне"),
    11988: (
        "B05.050.005",
        "Услуги по медицинской реабилитации пациента, перенесшего операцию на опорно-двигательной системе",
    ),
    11970: (
        "B05.023.002.001",
        "Услуги по медицинской реабилитации пациента с заболеваниями центральной нервной системы",
    ),
    6058: ("A19.30.006.001", "Роботизированная механотерапия"),
    9993: ("A21.03.006", "Мануальная терапия при заболеваниях позвоночника"),
    9997: ("A21.03.010", "Подводное вытяжение позвоночника"),
    6213: ("A21.24.002", "Рефлексотерапия при заболеваниях периферической нервной системы"),
    2860: ("A11.02.002", "Внутримышечное введение лекарственных препаратов"),
    3542: ("A15.30.006", "Наложение повязки при пролежнях III и/или IV степеней тяжести"),
    3464: ("A14.16.003", "Кормление тяжелобольного пациента через гастростому"),
    3455: ("A14.08.002", "Пособие при трахеостоме"),
    7286: ("B02.031.001", "Патронаж педиатрической сестры на дому"),
    8855: ("A14.18.003", "Обучение уходу за колостомой"),
    7283: (
        "B02.027.001",
        "Процедуры сестринского ухода за пациентом с генерализованной формой злокачественного новообразования",
    ),
    12023: (
        "B01.070.011",
        "Патронаж выездной патронажной бригадой отделения выездной патронажной паллиативной медицинской помощи взрослым",
    ),
    12024: (
        "B01.070.012",
        "Патронаж выездной патронажной бригадой отделения выездной патронажной паллиативной медицинской помощи детям",
    ),
    11767: (
        "B01.070.006",
        "Прием (осмотр, консультация) врача по паллиативной медицинской помощи первичный",
    ),
    11772: (
        "B02.070.001",
        "Процедуры сестринского ухода за пациентом, страдающим хроническим болевым синдромом",
    ),
    6651: ("A25.30.017", "Назначение диетического питания при оказании паллиативной помощи"),
    3581: ("A16.01.024", "Дерматологический пилинг"),
    3866: ("A16.07.022", "Контурная пластика лица"),
    3442: ("A14.01.013", "Проведение эпиляции"),
    3579: ("A16.01.022", "Дермабразия"),
    6230: ("A22.01.001.002", "Ультразвуковой пилинг"),
    3414: ("A13.29.008.001", "Индивидуальная психотерапия"),
    3415: ("A13.29.008.002", "Групповая психотерапия"),
    7132: ("B01.034.001", "Прием (осмотр, консультация) врача-психотерапевта первичный"),
    3407: ("A13.29.006.001", "Индивидуальное клинико-психологическое консультирование"),
    3386: ("A13.23.005", "Медико-логопедическая процедура при афазии"),
    3387: ("A13.23.006", "Медико-логопедическая процедура при дизартрии"),
    11999: ("B05.069.006", "Разработка индивидуальной программы логопедической реабилитации"),
    7090: ("B01.020.002", "Прием (осмотр, консультация) врача по спортивной медицине"),
    1234: ("A01.30.023", "Сбор спортивного анамнеза"),
    7089: ("B01.020.001", "Прием (осмотр, консультация) врача по лечебной физкультуре"),
    6115: ("A20.30.001", "Ванны минеральные лечебные"),
    6149: ("A20.30.027", "Прием минеральной воды"),
    6097: ("A20.24.001", "Грязелечение заболеваний периферической нервной системы"),
    9969: ("A20.30.018.001", "Галотерапия"),
    6153: ("A20.30.031", "Ванны газовые (кислородные, углекислые, азотные)"),
    6126: ("A20.30.012", "Воздействие климатом"),
    6521: ("A24.01.005.001", "Криотерапия общая (криокамера)"),
    6138: ("A20.30.024", "Озонотерапия"),
    7520: ("B04.033.002", "Профилактический прием (осмотр, консультация) врача-профпатолога"),
    7130: ("B01.033.001", "Прием (осмотр, консультация) врача-профпатолога первичный"),
    7541: ("B04.047.002", "Профилактический прием (осмотр, консультация) врача-терапевта"),
    7546: (
        "B04.047.007",
        "Профилактический прием (осмотр, консультация) врача по водолазной медицине",
    ),
    7529: (
        "B04.036.002",
        "Профилактический прием (осмотр, консультация) врача психиатра-нарколога",
    ),
    6448: ("A23.25.001", "Подбор слухового аппарата"),
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
        if text[: m.start()].rstrip().endswith(VERSION_WORDS19):  # a version, no date
            continue
        if m[0] == "@" and (m.start() == 0 or text[m.start() - 1] in " \n(«"):  # a handle
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


# corpus 22's extra self-check: every phone-like writing and every wa.me link is labelled
PHONE_LIKE22 = re.compile(
    r"(?<![\w+])(?:\+7|8|7)[\s\-–.(]*\d{3}[\s\-–.)]*\d{3}[\s\-–.]*\d{2}[\s\-–.]*\d{2}(?!\d)"
    r"|(?<![\w(])\(?9\d\d\)?[\s\-–]*\d{3}[\s\-–]*\d\d[\s\-–]*\d\d(?!\d)"
    r"|(?<=wa\.me/)\d+"
)


def check22(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in PHONE_LIKE22.finditer(doc["text"]):
        start = m.start() + (1 if m[0].startswith("(") and m.start() not in covered else 0)
        assert m.start() in covered or start in covered, (doc["id"], m[0])
    for s in doc["spans"]:
        if s["type"] == "PHONE":
            assert len(re.sub(r"\D", "", s["text"])) >= 10 or " " in s["text"], (doc["id"], s)


def kind_of(sid: int, genre: str) -> str:
    code, name = SERVICES22[sid]
    return f"{name} (НМУ, 1.2.643.5.1.13.13.11.1070 v2.10, {code}): {genre}"


def source_of(sid: int) -> str:
    code, name = SERVICES22[sid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1070 v2.10 (Номенклатура медицинских услуг), ID {sid}, "
        f"S_CODE «{code}», NAME «{name}», REL 1"
    )


# the field of each service: its kind's organisations (and, where set, the second one's)
FIELDS22 = {
    "dent": [7255, 9083, 3896, 9072, 3849, 3873, 3895, 1814, 3847, 3884, 3902, 7259, 3848],
    "dent2": [3875, 3867, 7258, 8850],
    "rehab": [9917, 5712, 6431, 9994, 9954, 11988, 11970, 6058, 9993, 9997, 6213],
    "home": [2860, 3542, 3464, 3455, 7286, 8855, 7283, 12023, 12024, 11767, 11772, 6651],
    "kosm": [3581, 3866, 3442, 3579, 6230],
    "psy": [3414, 3415, 7132, 3407],
    "logo": [3386, 3387, 11999],
    "sport": [7090, 1234, 7089],
    "spa": [6115, 6149, 6097, 9969, 6153, 6126, 6521, 6138],
    "occ": [7520, 7130, 7541, 7546, 7529],
    "ear": [6448],
}
POLY22 = [
    "ГБУЗ «Городская поликлиника № 17»",
    "ГБУЗ РК «Петрозаводская городская поликлиника № 2»",
    "ГБУЗ СК «Пятигорская городская поликлиника № 1»",
    "БУЗ ВО «Вологодская городская поликлиника № 3»",
]
ORG_FIELD22: dict[str, tuple[list[str], list[str] | None]] = {
    "dent": (
        [
            "ООО «Стоматология „Улыбка“»",
            "ООО «Ортодент-Север»",
            "ООО «Денталюкс»",
            "ООО «Стоматологическая клиника „Жемчуг“»",
        ],
        [
            "ООО «Дентал-Арт»",
            "ООО «Клиника „Вита-Дент“»",
            "ГБУЗ «Стоматологическая поликлиника № 9»",
        ],
    ),
    "rehab": (
        [
            "ООО «Центр реабилитации „Движение“»",
            "ООО «Клиника восстановительной медицины „Кинезис“»",
            "ГБУЗ «Городская поликлиника № 17»",
        ],
        POLY22,
    ),
    "home": (
        [
            "АНО «Хоспис „Свет“»",
            "ООО «Служба патронажа „Забота рядом“»",
            "АНО «Детский хоспис „Маяк Севера“»",
            "ГБУЗ «Городская поликлиника № 17»",
        ],
        POLY22,
    ),
    "kosm": (["ООО «Клиника эстетической медицины „Белль“»", "ООО «Косметология „Лаура“»"], None),
    "psy": (["ООО «Психотерапевтический центр „Равновесие“»", "ООО «Клиника „Ментис“»"], None),
    "logo": (["ООО «Логопедический центр „Речевичок“»", "ООО «Центр „Логос“»"], POLY22),
    "sport": (
        ["ГАУЗ «Врачебно-физкультурный диспансер»", "ООО «Спортмед Северо-Запад»"],
        ["МБУ ДО «СШОР № 3»", "МАУ ДО «Спортивная школа „Юность“»", "ГБУ ДО «СШ по дзюдо»"],
    ),
    "spa": (
        [
            "ФГБУ «Пятигорский ГНИИК ФМБА России»",
            "АО «Санаторий „Родник Кавказа“»",
            "АО «Курорт Белокуриха»",
            "ООО «Санаторий „Старая Русса“»",
        ],
        POLY22,
    ),
    "occ": (
        ["ООО «Медосмотр-Профи»", "ГБУЗ «Городская поликлиника № 17»", "ООО «ПрофМедЦентр»"],
        [
            "ООО «Север-Логистик»",
            "МУП «Пассажиравтотранс»",
            "АО «Вологодский оптико-механический завод»",
            "ООО «Балтийские водолазные работы»",
            "ООО «ЧОП „Бастион“»",
            "АО «Карельский окатыш»",
        ],
    ),
    "ear": (["ООО «Слуховой центр „Акустика“»", "ООО «Аудиомед»"], POLY22),
}
ORG_FIELD22["dent2"] = ORG_FIELD22["dent"]
FIELD_OF22 = {sid: field for field, ids in FIELDS22.items() for sid in ids}

TEMPLATES = GENRES22


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    services = [t[0] for t in TEMPLATES]
    assert len(services) == len(set(services)), "one kind per service"
    assert set(services) == set(SERVICES22), "every service listed has one template"
    assert set(FIELD_OF22) == set(SERVICES22), "every service has its field"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(s, g) for s, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sid, genre, template in TEMPLATES:
            code, name = SERVICES22[sid]
            extra = {"svc": name, "svc_code": code}
            orgs, orgs2 = ORG_FIELD22[FIELD_OF22[sid]]
            extra["org"] = rng.choice(orgs)
            if orgs2:
                extra["org2"] = rng.choice(orgs2)
            doc = build(
                render(rng, template, extra),
                kind_of(sid, genre),
                source_of(sid),
                f"blind22_{len(docs):04d}",
            )
            check(doc)
            check22(doc)
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
