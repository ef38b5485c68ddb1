"""Write ``independent24.jsonl``: the twenty-fourth blind corpus, 2026-12-06 — what patients,
relatives and outside bodies write to a clinic about one diagnosis, and what the clinic writes
back.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git log``, ``git show`` or ``git blame``
nor read a commit message, and never ran the text bench (``bench/text_deid.py``,
``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on this corpus. Of
``bench/text_deid.py`` only the module docstring and the ``REPORTED``, ``DEV_SECTIONS``,
``BLIND_CORPORA`` and ``blind_half`` definitions were read (extracted with ``ast``, nothing
else of the file printed), to wire the corpus in, and ``blind_half`` was imported once, to
count the halves. Said so that nobody takes this corpus for blinder than it is: a plain ``ls``
of the worktree's root and of ``bench/`` printed the names of their entries (``ozero``,
``tests``, ``docs``, ``bench/results``, ``bench/README.md`` among them; names only, no
content), and a ``ls`` of ``bench/text_corpus/`` printed the names of the writers 4–23. No
template was written to aim at or around anything seen there. ``write_independent1``–``18``
and ``20``–``23`` were not opened. From ``write_independent19.py`` only the file format, the
labelling rules (restated below, unchanged), the writer's structure (one template per kind,
``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its generic
helpers were taken. **Copied verbatim from corpus 19**: the declension (``decl_surname``,
``decl_first``, ``decl_pat``, ``pat_stem``, ``person``), SNILS/ENP/INN check digits
(``snils_digits``, ``snils``, ``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``,
``shape``, the date formatters (``date``, ``fmt_date``, ``spoken``, ``ord_gen``,
``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``, ``build``, the self-check
``check`` with ``SUSPICIOUS`` and its checksum helpers (with corpus 19's ``VERSION_WORDS19``,
which ``check`` reads; no software version is written here), ``serialize`` and ``main``.
**Written fresh for corpus 24**: the name lists (Russian of the Upper Volga, Vyatka, Kama and
the Urals, Udmurt, Komi, Mari, Chuvash, Bashkir and Tatar, Uzbek, Tajik, Kyrgyz, Azerbaijani,
Armenian and Georgian surnames and first names; migrants of Central Asia without a
patronymic), the towns, streets and villages of the Upper Volga, Vyatka, Kama, the Southern
Urals, Bashkortostan, Udmurtia, Mari El, Chuvashia, Komi and the Moscow region (``addr24``
and friends), phones as applicants write them (``mob24``, ``home24``, ``desk24``), e-mails,
identity documents (``pas24``, ``kpd24``, foreign passports, residence permits, temporary
identity cards, military IDs, migration cards), record numbers (``REC24``: incoming numbers
of citizens' letters, applications, portal and Госуслуги requests, cards, case histories, ЭЛН,
policies and contracts of one person, claims, МСЭ acts, ИПРА, ВМП tickets, vouchers, КУСП,
ИППСУ, registers and waiting lists, prescriptions, 103/у, ВК protocols, histology, ПМПК), the
hard negatives (organisations with their ИНН, ОГРН and КПП, insurers, articles and numbers of
laws, orders, outgoing numbers, sums of money, counts of days, department codes, issuers),
``fillers24``, ``render`` (``shape24`` as corpus 19's ``shape19``), every template,
``kind_of``, ``source_of``, ``build_all`` and an extra self-check (``check24``: no
passport-like or SNILS-like run left unlabelled).

**Kinds from a real source.** Each kind is one row of the federal NSI directory «МКБ-10 —
Международная статистическая классификация болезней и проблем, связанных со здоровьем (10-й
пересмотр)» (OID 1.2.643.5.1.13.13.11.1005, version 2.24, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.24_part*``, its columns ``ID``,
``MKB_CODE`` and ``MKB_NAME``; the ``_passport`` gave the name and version; ``ACTUAL`` = 1
for all; 76 rows,
three-character rubrics and their subdivisions from every chapter but XX: A, B, C, D, E, F,
G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U and Z) in one genre of the correspondence around
that diagnosis: applications (заявления) for a copy of the outpatient or inpatient record, of
test results, of X-rays on a disc, of a child's ф. 112/у, for attachment to a polyclinic (an
adult, a newborn, a foreign citizen with a residence permit, a pregnant woman), for a change
of doctor, for a МСЭ referral or an appeal to the main bureau, for a sanatorium certificate,
ВМП, a prosthesis, an oxygen concentrator, palliative care, free travel, a move of
chemotherapy or of a transplant register entry, a duplicate 103/у, a guardian's 164/у, a
sports certificate, a certificate of attendance, the end of dispensary follow-up, a
light-work conclusion, drugs for a trip; consents and refusals (hospitalisation, childbirth
and a husband's presence, personal data, vaccination, surgery on a minor, HIV testing,
psychiatric examination, autopsy); powers of attorney for a relative (results, dialysis,
pharmacy, ВК); requests of a school, a kindergarten, an employer, an employer's occupational
safety service, a life and an accident insurer, a military commissariat, a police officer, a
lawyer, a guardianship body and a charity, with the answers; complaints and appeals to the
head doctor, the insurer (СМО), Roszdravnadzor, a prosecutor, the regional ministry, the
ombudsman, and their answers; messages through a patient portal, Госуслуги and its feedback
platform, a Telegram bot, SMS and e-mail, a hotline's call record; letters of a guardian, a
social worker, a daughter, a husband and a foster mother. The kind is «MKB_NAME (МКБ-10,
1.2.643.5.1.13.13.11.1005 v2.24, MKB_CODE, ID N): GENRE»; the ``source`` names the directory
row. One diagnosis and one template per kind (no template is shared). The kinds of corpora
1–23 (the ``kind`` values of ``independent*.jsonl`` present when this was written) were
listed by a scratch script only to avoid them, compared case-insensitively; none of the kinds
here is among them (``build_all`` asserts the kinds are unique).

Emphasis: IDENTITY DOCUMENTS as applicants write them — a Russian passport with series and
number together («88 09 886752», «8809 № 886752», «8809886752», «88 09-886752») or in
separate fields («Серия: 8809 / Номер: 886752»), with «выдан … дата выдачи … код
подразделения» beside it; foreign citizens' national passports («FA1234567», «N12345678»),
residence permits («82 № 1234567»), temporary residence permits, temporary identity cards
(ф. 2П), military IDs and conscripts' certificates, migration cards and work patents, and
children's birth certificates in a parent's application; PHONES as applicants write them
(home, work with «доб.», mobile, two in a row, «(WhatsApp, Telegram)», a bare local number),
e-mails; SNILS and ENP of both the patient and the applicant; PRECISION under the hard
negatives of this correspondence (department codes and issuers, outgoing letter numbers,
articles and numbers of laws «ст. 13 323-ФЗ», «152-ФЗ», «№ 3185-1», orders «№ 407н»,
ICD-10 codes, sums of money «25 900 руб. 00 коп.», counts of days, weeks and kilometres, an
organisation's ИНН, ОГРН and КПП, school, kindergarten and МСЭ bureau numbers, payment
orders); names in every case and shape, dates, birth dates, addresses, INN and record numbers
at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

The labelling rules and judgement calls of corpus 19, restated unchanged from its docstring
(its «(new)» marks are corpus 19's own):

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

Judgement calls added for corpus 24 (NEW; written while the templates were drafted, a few
while reading the first draft's documents, all before any de-identifier ran; they apply the
rules above to the correspondence between applicants and a clinic):

* (new) A Russian passport's series and number written in separate fields of a form — each
  after its own label, on its own line, or parted by a comma or a semicolon («Серия: 9406» /
  «Номер: 509585», «серия 45 08, номер 475420», «серия: 9422; номер: 840323») — are two
  PASSPORT spans, one for the series and one for the number; when the number follows the
  series directly (spaces, «№» or «номер» between them: «серия 45 08 № 475420», «серия 3415
  номер 938585») they are one span (corpus 14's rule, unchanged).
* (new) The department code (код подразделения, «к/п», «к.п.», «код подр.» «630-005») is not
  PHI: it names the passport office that issued the document, which thousands of people
  share, not the person; it is never labelled (corpora 10 and 14, kept). The issuer's name is
  not labelled; the issue date and a «действителен до» date with day, month and year are
  DATE.
* (new) An institution's phone is not a person's, but corpus 10's rule «an organisation's
  phone, e-mail and address are labelled» is kept unchanged so that this corpus scores like
  the others: the clinic's reception desk, call centre, 8-800 hotline and ward post, a
  school's, an insurer's, a charity's and a guardianship body's phones, e-mails and
  addresses are PHONE, EMAIL and ADDRESS. They are therefore no hard negatives here.
* (new) The incoming registration number (вх. №) of a citizen's application, complaint or
  appeal, or of an outside body's letter about one person, the registration number of a
  portal, Госуслуги or feedback-platform request, an insurer's or an ombudsman's number of
  one person's appeal, and an SEMD's number are RECORD_ID (corpora 10, 12 and 15). The
  outgoing number (исх. №) of any letter — the clinic's answer, a school's, employer's,
  insurer's, police, prosecutor's, military commissariat's, guardianship body's, lawyer's or
  charity's request — is not labelled (corpus 10), nor a guardianship body's order
  appointing a guardian (an organisation's order), nor a payment order's number. Articles
  and numbers of laws and orders («ч. 5 ст. 22», «323-ФЗ», «152-ФЗ», «№ 3185-1», «№ 407н»)
  are not labelled; their dates are DATE.
* (new) A residence permit («82 № 1234567», one span with «№»), a temporary residence
  permit's number, a temporary identity card (ф. 2П), a military ID, a conscript's
  certificate, a migration card, a work patent's number (its printed series «серия 18»
  unlabelled) and a veteran's certificate are RECORD_ID (corpora 11, 12 and 15); a foreign
  citizen's national passport is PASSPORT; a child's birth certificate in a parent's
  application or consent is BIRTH_CERT.
* (new) Two phones in a row (parted by a comma, «/» or «;») are two PHONE spans; «доб. 317»,
  «(WhatsApp, Telegram)», «(для смс)», «(мать)» stay outside. No messenger handle is written
  in this corpus (a messenger is named only beside a phone number).
* (new) A contract with one person (paid services, free use of a device, accident and life
  insurance of one insured person), an insurance claim («убыток»), an ЭКМП act on one case, a
  ВК or commission protocol about one patient, one patient's waiting-list number or register
  entry (ВЗН, regional registers), a medical death certificate's and a 103/у's number (their
  series unlabelled) are RECORD_ID (corpora 10, 11 and 15). Sums of money, counts of days,
  weeks, courses and kilometres, SpO2, BMI, scores, burn areas, rooms, sites, floors,
  intercom numbers, a school's, a kindergarten's, a sports school's, a team's and a МСЭ
  bureau's numbers are not labelled.

Run: ``.venv/bin/python bench/text_corpus/write_independent24.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent24.jsonl"
SEED = 2420261206
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

# ---------------------------------------------------------------- people (fresh for corpus 24)
# The Upper Volga, the Vyatka and Kama lands, the Southern Urals, Bashkortostan, Udmurtia,
# Mari El, Chuvashia, Komi, the Moscow region; migrants of Central Asia and the Caucasus.
SURNAMES = [
    "Вяткин",
    "Кокорин",
    "Шубин",
    "Белоусов",
    "Сорокин",
    "Мальцев",
    "Черепанов",
    "Третьяков",
    "Зыков",
    "Пестов",
    "Шилов",
    "Ворончихин",
    "Бушмакин",
    "Корепанов",
    "Перевощиков",
    "Тронин",
    "Ижболдин",
    "Чиркин",
    "Ямбаев",
    "Иштуганов",
    "Айплатов",
    "Егоров",
    "Ефремов",
    "Краснов",
    "Канюков",
    "Туркин",
    "Попов",
    "Истомин",
    "Рочев",
    "Габдуллин",
    "Хисматуллин",
    "Ишмухаметов",
    "Юлдашев",
    "Шарипов",
    "Мухаметзянов",
    "Абдуллаев",
    "Рахимов",
    "Назаров",
    "Каримов",
    "Тошматов",
    "Сафаров",
    "Алиев",
    "Гусейнов",
    "Мамедов",
    "Оганесян",
    "Саркисян",
    "Бериашвили",
    "Квирикадзе",
    "Горбунов",
    "Лыткин",
    "Дьячков",
    "Овчинников",
    "Брагин",
    "Рожков",
    "Устинов",
    "Трошин",
    "Ковальчук",
    "Литвиненко",
    "Стрельцов",
    "Бахтин",
    "Малышев",
    "Кузьмин",
    "Власов",
    "Жданов",
    "Крутиков",
    "Савинский",
    "Вишневский",
]
M_FIRST = [
    "Алексей",
    "Андрей",
    "Сергей",
    "Олег",
    "Кирилл",
    "Дмитрий",
    "Василий",
    "Степан",
    "Тимофей",
    "Фёдор",
    "Михаил",
    "Вадим",
    "Ринат",
    "Айдар",
    "Салават",
    "Ильдар",
    "Рустам",
    "Фарид",
    "Шамиль",
    "Бахтиёр",
    "Фаррух",
    "Ислом",
    "Джамшед",
    "Эльдар",
    "Тигран",
    "Давид",
    "Ираклий",
    "Аркадий",
    "Борис",
    "Глеб",
    "Ростислав",
    "Тихон",
]
F_FIRST = [
    "Ольга",
    "Татьяна",
    "Елена",
    "Наталья",
    "Галина",
    "Лариса",
    "Вера",
    "Юлия",
    "Ксения",
    "Дарья",
    "Полина",
    "Варвара",
    "Василиса",
    "Таисия",
    "Гульнара",
    "Лилия",
    "Резеда",
    "Зульфия",
    "Дилноза",
    "Мадина",
    "Нигина",
    "Севара",
    "Гаяне",
    "Нино",
    "Кристина",
    "Оксана",
    "Раиса",
    "Тамара",
]
PAT_STEMS = [
    "Андреев",
    "Павлов",
    "Олегов",
    "Кириллов",
    "Дмитриев",
    "Петров",
    "Степанов",
    "Фёдоров",
    "Михайлов",
    "Вадимов",
    "Ринатов",
    "Айдаров",
    "Салаватов",
    "Ильдаров",
    "Рустамов",
    "Фаридов",
    "Шамилев",
    "Эльдаров",
    "Тигранов",
    "Давидов",
    "Борисов",
    "Глебов",
    "Аркадьев",
    "Евгеньев",
    "Валерьев",
    "Геннадьев",
]
FOREIGN = [
    ("Эргашев", "Улугбек", True),
    ("Холиков", "Бахром", True),
    ("Султонов", "Фирдавс", True),
    ("Жээнбеков", "Нурлан", True),
    ("Нематов", "Шахноза", False),
    ("Турсунов", "Мохира", False),
    ("Исмоилов", "Зарина", False),
    ("Асанов", "Айпери", False),
]
INDECL_FIRST = {
    "Нино",
    "Гаяне",
    "Айпери",
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


# ---------------------------------------------------------------- corpus 24: places (fresh)
# The Upper Volga, Vyatka, Kama, the Southern Urals, Bashkortostan, Udmurtia, Mari El,
# Chuvashia, Komi and the Moscow region. town: nominative with type, locative (after «в»),
# bare name, region (full), region (short), postal prefix, phone code (code + local = 10 digits)
TOWNS24 = [
    ("г. Киров", "г. Кирове", "Киров", "Кировская область", "Кировская обл.", "610", "8332"),
    ("г. Ижевск", "г. Ижевске", "Ижевск", "Удмуртская Республика", "УР", "426", "3412"),
    ("г. Уфа", "г. Уфе", "Уфа", "Республика Башкортостан", "РБ", "450", "347"),
    (
        "г. Стерлитамак",
        "г. Стерлитамаке",
        "Стерлитамак",
        "Республика Башкортостан",
        "РБ",
        "453",
        "3473",
    ),
    ("г. Чебоксары", "г. Чебоксарах", "Чебоксары", "Чувашская Республика", "ЧР", "428", "8352"),
    ("г. Йошкар-Ола", "г. Йошкар-Оле", "Йошкар-Ола", "Республика Марий Эл", "РМЭ", "424", "8362"),
    ("г. Сыктывкар", "г. Сыктывкаре", "Сыктывкар", "Республика Коми", "РК", "167", "8212"),
    ("г. Пермь", "г. Перми", "Пермь", "Пермский край", "Пермский кр.", "614", "342"),
    (
        "г. Челябинск",
        "г. Челябинске",
        "Челябинск",
        "Челябинская область",
        "Челяб. обл.",
        "454",
        "351",
    ),
    (
        "г. Оренбург",
        "г. Оренбурге",
        "Оренбург",
        "Оренбургская область",
        "Оренб. обл.",
        "460",
        "3532",
    ),
    (
        "г. Ярославль",
        "г. Ярославле",
        "Ярославль",
        "Ярославская область",
        "Яросл. обл.",
        "150",
        "4852",
    ),
    ("г. Кострома", "г. Костроме", "Кострома", "Костромская область", "Костр. обл.", "156", "4942"),
    ("г. Подольск", "г. Подольске", "Подольск", "Московская область", "МО", "142", "4967"),
    ("г. Коломна", "г. Коломне", "Коломна", "Московская область", "Моск. обл.", "140", "496"),
    ("г. Глазов", "г. Глазове", "Глазов", "Удмуртская Республика", "Удмуртия", "427", "34141"),
]
STREETS24 = [
    ("ул. Ленина", "Ленина"),
    ("ул. Пушкинская", "Пушкинская"),
    ("ул. Комсомольская", "Комсомольская"),
    ("ул. Мусы Джалиля", "М. Джалиля"),
    ("ул. Карла Либкнехта", "К. Либкнехта"),
    ("пр-т Октября", "пр. Октября"),
    ("ул. 9 Января", "9 Января"),
    ("ул. Воровского", "Воровского"),
    ("ул. Заречная", "Заречная"),
    ("б-р Гагарина", "бульвар Гагарина"),
    ("ул. Профсоюзная", "Профсоюзная"),
    ("ш. Московское", "Московское ш."),
    ("пр-д Строителей", "проезд Строителей"),
    ("ул. Коммунистическая", "Коммунистическая"),
    ("ул. Салавата Юлаева", "С. Юлаева"),
    ("ул. Удмуртская", "Удмуртская"),
    ("пер. Северный", "Северный пер."),
    ("ул. 50 лет ВЛКСМ", "50 лет ВЛКСМ"),
]
# village: with type, after «в», district, region
RURAL24 = [
    ("с. Завьялово", "с. Завьялово", "Завьяловский р-н", "Удмуртская Республика"),
    ("д. Чувашбаево", "д. Чувашбаево", "Аургазинский р-н", "Респ. Башкортостан"),
    ("пгт Оричи", "пгт Оричи", "Оричевский р-н", "Кировская обл."),
    ("с. Кармаскалы", "с. Кармаскалы", "Кармаскалинский р-н", "Респ. Башкортостан"),
    ("пос. Визинга", "пос. Визинга", "Сысольский р-н", "Республика Коми"),
    ("с. Моркиньское", "с. Моркиньском", "Моркинский р-н", "Республика Марий Эл"),
    ("д. Большие Бусы", "д. Большие Бусы", "Моргаушский м.о.", "Чувашская Республика"),
    ("с. Кунашак", "с. Кунашаке", "Кунашакский р-н", "Челябинская обл."),
    ("р.п. Красный Профинтерн", "р.п. Красный Профинтерн", "Некрасовский р-н", "Ярославская обл."),
    ("с. Акбулак", "с. Акбулаке", "Акбулакский р-н", "Оренбургская обл."),
    ("СНТ «Рассвет»", "СНТ «Рассвет»", "Чеховский г.о.", "Московская обл."),
]
RURAL_ST24 = ["Центральная", "Садовая", "Полевая", "Лесная", "Новая", "Мира", "Колхозная"]
ORG_ST24 = [
    "ул. Свободы",
    "ул. Больничная",
    "ул. Госпитальная",
    "ул. Медицинская",
    "пр-т Мира",
    "ул. Советская",
    "ул. Интернациональная",
]


def _t24(rng: random.Random) -> tuple:
    return rng.choice(TOWNS24)


def _hk24(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 160))
    if rng.random() < 0.3:
        h += rng.choice(["а", "Б", "/2", " корп. 3", " стр. 2", " к. 1"])
    return h, rng.randint(1, 280)


def addr24(rng: random.Random) -> str:
    """A person's address as an applicant writes it."""
    town, _l, bare_t, reg, reg_ab, idx, _c = _t24(rng)
    st, bare = rng.choice(STREETS24)
    v, _vl, vdist, vreg = rng.choice(RURAL24)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk24(rng)
    n = rng.randint(1, 80)
    rs = rng.choice(RURAL_ST24)
    return rng.choice(
        [
            lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
            lambda: f"{reg_ab}, {town}, {st}, {h}-{k}",
            lambda: f"{bare_t}, {bare} {h}, кв. {k}",
            lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, д. {n}",
            lambda: f"{v}, {rs} ул., {n}",
            lambda: f"{z}, {town}, {bare}, {h}-{k}",
            lambda: f"{st}, д. {h}, кв. {k}, {town}, {reg_ab}, {z}",
            lambda: f"{town}, {st}, д. {h}, кв. {k}, подъезд {rng.randint(1, 6)}",
        ]
    )()


def aloc24(rng: random.Random) -> str:
    """An inflected address after «проживающий в» («в» stays outside)."""
    _t, loc, _b, _r, _ra, _i, _c = _t24(rng)
    st, bare = rng.choice(STREETS24)
    _v, vl, vdist, _vr = rng.choice(RURAL24)
    h, k = _hk24(rng)
    return rng.choice(
        [
            f"{loc}, {st}, д. {h}, кв. {k}",
            f"{vl}, {vdist}, ул. {rng.choice(RURAL_ST24)}, {rng.randint(1, 60)}",
            f"{loc}, {bare} {h}-{k}",
        ]
    )


def abr24(rng: random.Random) -> str:
    """An address broken across two lines of a form."""
    town, _l, _b, reg, _ra, idx, _c = _t24(rng)
    st, _bare = rng.choice(STREETS24)
    h, k = _hk24(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg},\n{town}, {st}, д. {h}, кв. {k}",
            f"{town}, {st},\nд. {h}, кв. {k}",
        ]
    )


def aorg24(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t24(rng)
    st = rng.choice(ORG_ST24)
    n = rng.randint(1, 99)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, д. {n}",
            f"{reg}, {town}, {st}, {n}",
            f"{idx}{rng.randint(0, 99):03d}, {reg}, {town}, {st}, {n}, корп. {rng.randint(1, 5)}",
        ]
    )


# ---------------------------------------------------------------- corpus 24: phones (fresh)
OPS24 = ["912", "922", "932", "950", "982", "963", "919", "904", "987", "917", "965", "996", "901"]


def _m24(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS24), rng.randint(201, 998), rng.randint(10, 99), rng.randint(10, 99)


def mob24(rng: random.Random) -> str:
    """A mobile as an applicant writes it by hand or types it into a portal."""
    op, a, b, c = _m24(rng)
    return rng.choice(
        [
            f"8-{op}-{a}-{b}-{c}",
            f"+7 ({op}) {a}-{b}-{c}",
            f"8 {op} {a} {b} {c}",
            f"+7{op}{a}{b}{c}",
            f"8({op}){a}-{b}-{c}",
            f"+7 {op} {a}-{b}{c}",
            f"8 ({op}) {a}{b}{c}",
            f"+7-{op}-{a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 {op} {a} {b}-{c}",
        ]
    )


def home24(rng: random.Random) -> str:
    """A home or work landline with the town's code (or the bare local number)."""
    code = _t24(rng)[6]
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    if len(rest) == 7:
        loc = f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif len(rest) == 6:
        loc = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}"
    else:
        loc = f"{rest[0]}-{rest[1:3]}-{rest[3:]}"
    return rng.choice(
        [f"8 ({code}) {loc}", f"({code}) {loc}", f"8-{code}-{loc}", f"+7 ({code}) {loc}", loc]
    )


def desk24(rng: random.Random) -> str:
    """The reception desk's or a call centre's number (labelled: PHONE of any owner)."""
    code = _t24(rng)[6]
    rest = "".join(str(rng.randint(1, 9)) for _ in range(10 - len(code)))
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice(
        [f"8 ({code}) {rest}", f"8-800-{a}-{b}-{c}", f"8 800 {a}-{b}-{c}", f"+7 ({code}) {rest}"]
    )


MAIL_DOM24 = ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "gmail.com", "rambler.ru", "list.ru"]
ORG_MAIL24 = [
    "priemnaya@gp3-kirov.ru",
    "obrashcheniya@rkb-izhevsk.ru",
    "kanc@gkb21-ufa.ru",
    "registratura@poliklinika2-chb.ru",
    "info@rkdc-komi.ru",
    "zhaloby@kkb-perm.ru",
    "mo@tfoms-chel.ru",
    "gp@gorpol-yar.ru",
    "kopii@okb-kostroma.ru",
]


def mail24(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}{rng.randint(60, 99)}",
            f"{f}.{s}",
            f"{f[0]}.{s}",
            f"{s}_{f}",
            f"{s}.{f[0]}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM24)}"


# ---------------------------------------------------------------- corpus 24: identity documents (fresh)
OKATO24 = ["33", "94", "80", "97", "88", "87", "57", "75", "53", "78", "34", "46", "45"]
ISSUERS24 = [
    "ОУФМС России по Кировской обл. в Октябрьском р-не г. Кирова",
    "МВД по Удмуртской Республике",
    "Отделом УФМС России по Респ. Башкортостан в Кировском р-не гор. Уфы",
    "ГУ МВД России по Пермскому краю",
    "МВД по Чувашской Республике",
    "УМВД России по Ярославской области",
    "ОВМ ОМВД России по г.о. Подольск",
    "ГУ МВД России по г. Москве",
    "МВД по Республике Коми",
]
FOREIGN_PAS24 = [
    ("Республики Узбекистан", "FA#######"),
    ("Республики Узбекистан", "AD#######"),
    ("Республики Таджикистан", "A########"),
    ("Кыргызской Республики", "AC#######"),
    ("Республики Казахстан", "N########"),
    ("Республики Армения", "AT#######"),
    ("Азербайджанской Республики", "C########"),
]


def pas24(rng: random.Random) -> str:
    """A Russian internal passport's series and number written together."""
    o, y, n = rng.choice(OKATO24), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y} № {n}",
            f"{o}{y}{n}",
            f"{o} {y}-{n}",
        ]
    )


def kpd24(rng: random.Random) -> str:
    return f"{rng.randint(120, 770)}-{rng.randint(1, 99):03d}"


# ---------------------------------------------------------------- corpus 24: record numbers (fresh)
REC24 = {
    "vh": [
        "####",
        "##-вх",
        "Вх-####/26",
        "О-26-####",
        "####/ОГ",
    ],  # incoming number of a citizen's letter
    "zayv": ["З-####", "ЗВ/26/####", "####-з", "26-З-#####"],  # registration of an application
    "portal": ["ЛК-########", "#########", "ОБР-26-######", "%%-########"],
    "epgu": ["#########", "##########"],
    "amb": ["######", "А-#####", "####/##", "АК-####"],
    "ib": ["#####/26", "ИБ-######", "####-С-26"],
    "dms": ["###-######-##", "ДМС-26/#####", "%%#######"],
    "polisacc": ["НС-26-#######", "###-#####/26"],  # accident insurance contract of one person
    "claim": ["У-26-#####", "#####/У", "УБ-######"],
    "mse": ["###.##.##/2026", "###.#.##/2025"],
    "ipra": ["###.##.##/2026/ИПРА", "####.#.##/2025"],
    "vmp": ["##.####.#####.###"],
    "putevka": ["######", "СК-#####"],
    "kusp": ["#####", "####"],
    "mig": ["#### #######", "########"],  # migration card
    "vnj": ["82 № #######", "83 №#######"],
    "tud": ["######", "####/26"],
    "rvp": ["####/2026", "РВП-#####", "## ####/25"],
    "mil": ["АК #######", "АН #######", "АС #######", "ГК #######"],
    "prip": ["КМ #######", "АЕ #######"],  # приписное удостоверение
    "ippsu": ["ИППСУ-####", "####/26-ИП"],
    "ldn": ["ЛО-####", "#####"],  # registry / waiting-list entry of one patient
    "rec": ["#####", "Л-######"],  # preferential prescription number
    "mc103": ["## ######", "#########"],
    "dog": ["ПУ-26/####", "####-ПМУ", "Д-#####"],  # contract for paid services with one person
    "tmk": ["ТМК-26-#####", "#######"],
    "gen": ["ГИ-26/####", "#####-Г"],  # histology of one patient
    "pol": ["#######/26", "ПМО-#####"],  # a periodic examination's card
    "pmpk": ["ПМПК-###/26", "####"],
}


def rec24(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC24[kind]))


def eln24(rng: random.Random) -> str:
    d = "9" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"])


# ---------------------------------------------------------------- corpus 24: hard negatives (fresh)
ORGS24 = [
    ("КОГБУЗ «Кировская городская поликлиника № 3»", "4345######", "1024301######"),
    ("БУЗ УР «Республиканская клиническая больница МЗ УР»", "1832######", "1021801######"),
    ("ГБУЗ РБ «Городская клиническая больница № 21» г. Уфа", "0273######", "1020202######"),
    ("БУ «Городская поликлиника № 2» Минздрава Чувашии", "2127######", "1022101######"),
    ("ГБУЗ РК «Консультативно-диагностический центр»", "1101######", "1021100######"),
    ("ГБУЗ ПК «Краевая клиническая больница»", "5903######", "1025900######"),
    ("ГАУЗ ЯО «Поликлиника № 2»", "7604######", "1027600######"),
    (
        "ОГБУЗ «Костромская областная клиническая больница им. Е.И. Королёва»",
        "4401######",
        "1024400######",
    ),
    ("ГБУЗ МО «Подольская областная клиническая больница»", "5036######", "1025004######"),
    ("ГБУЗ «Челябинская областная детская клиническая больница»", "7453######", "1027403######"),
    ("ГАУЗ «Городская клиническая больница № 6» г. Оренбурга", "5612######", "1025601######"),
]
INSURERS24 = [
    "ООО «Капитал МС» (филиал в Удмуртской Республике)",
    "АО «СОГАЗ-Мед», Кировский филиал",
    "АО «Страховая компания „Ингосстрах-М“», филиал в г. Уфе",
    "ООО «СМК РЕСО-Мед», Пермский филиал",
    "АО «МАКС-М», Ярославский филиал",
]
COMMERCIAL24 = [
    "АО «СОГАЗ»",
    "СПАО «Ингосстрах»",
    "ООО СК «Сбербанк страхование жизни»",
    "АО «АльфаСтрахование»",
    "ПАО СК «Росгосстрах»",
]
# articles of laws as letters cite them (never labelled; the laws' dates are DATE)
LAWS24 = [
    (
        "ч. 5 ст. 22",
        "21.11.2011",
        "323-ФЗ",
        "«Об основах охраны здоровья граждан в Российской Федерации»",
    ),
    (
        "ст. 13",
        "21.11.2011",
        "323-ФЗ",
        "«Об основах охраны здоровья граждан в Российской Федерации»",
    ),
    (
        "ч. 1 ст. 20",
        "21.11.2011",
        "323-ФЗ",
        "«Об основах охраны здоровья граждан в Российской Федерации»",
    ),
    ("ст. 9", "27.07.2006", "152-ФЗ", "«О персональных данных»"),
    (
        "ст. 12",
        "02.05.2006",
        "59-ФЗ",
        "«О порядке рассмотрения обращений граждан Российской Федерации»",
    ),
    (
        "ст. 16",
        "29.11.2010",
        "326-ФЗ",
        "«Об обязательном медицинском страховании в Российской Федерации»",
    ),
]


def money24(rng: random.Random) -> str:
    r = rng.randint(3, 380) * 100 + rng.choice([0, 0, 50])
    sp = f"{r:,}".replace(",", " ")
    return rng.choice([f"{sp} руб.", f"{r} руб. 00 коп.", f"{sp},00 ₽", f"{sp} рублей"])


def num24(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


VERSION_WORDS19 = ("ПО", "версия", "версии", "SW", "Ver.", "прошивка", "Software Version")


def dates24(f: dict, key: str, d: dt.date) -> None:
    """Writings of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_q"] = f"«{dd:02d}» {MONTHS_GEN[m - 1]} {y}"
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_dm"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_1"] = f"{dd}.{m:02d}.{y}"
    f[key + "_sl"] = f"{dd:02d}/{m:02d}/{y}"


REGION_DAT24 = {
    "Кировская область": "Кировской области",
    "Удмуртская Республика": "Удмуртской Республике",
    "Республика Башкортостан": "Республике Башкортостан",
    "Чувашская Республика": "Чувашской Республике",
    "Республика Марий Эл": "Республике Марий Эл",
    "Республика Коми": "Республике Коми",
    "Пермский край": "Пермскому краю",
    "Челябинская область": "Челябинской области",
    "Оренбургская область": "Оренбургской области",
    "Ярославская область": "Ярославской области",
    "Костромская область": "Костромской области",
    "Московская область": "Московской области",
}


def fillers24(rng: random.Random) -> dict:
    f: dict = {}
    # p patient, r applicant / relative / representative, c child, d doctor, h head doctor or
    # deputy, o an outside body's officer, w social worker or guardian, n nurse or registrar
    for pre in ("p", "r", "d", "h", "o", "w", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "m", False, foreign_ok=False))  # a mother
    f.update(person(rng, "c", foreign_ok=False))  # a child
    f.update(person(rng, "fm", False, foreign_ok=False))  # a daughter, wife or mother
    f.update(person(rng, "ml", True, foreign_ok=False))  # a son, husband or father
    f.update(person(rng, "g", foreign_ok=True))  # a foreign citizen (often)
    if rng.random() < 0.7:
        sur0, first0, male = rng.choice(FOREIGN)
        sur = decl_surname(sur0, male)
        first = decl_first(first0, male)
        for i, case in enumerate(CASES):
            suf = "" if case == "nom" else "_" + case
            f["g" + suf] = f"{sur[i]} {first[i]}"
            f["g_s" + suf] = f"{sur[i]} {first0[0]}."
        f["g_male"], f["g_sur"], f["g_first"] = male, sur0 if male else sur[0], first0
        f["g_a"] = "" if male else "а"
    for pre in ("p", "r", "c", "g", "m", "w", "o", "fm", "ml"):
        f[pre + "_lat"] = " ".join(lat(x).upper() for x in f[pre].split()[:2])
    f["p_up"] = f["p"].upper()
    f["r_ocr"] = ocr(f["r_up"])
    # birth dates
    for key, lo, hi in (
        ("bd", 1938, 1996),
        ("bdr", 1950, 1999),
        ("bdc", 2012, 2021),
        ("bdg", 1975, 2004),
        ("bdm", 1982, 2001),
        ("bdy", 2006, 2008),
    ):
        d = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        dates24(f, key, d)
    f["yr"] = str(rng.randint(1945, 2001))  # a year alone: not labelled
    # the documents' dates in order
    cur = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 300))
    dates24(f, "bdn", cur - dt.timedelta(days=rng.randint(6, 30)))  # a newborn's birth date
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 12))
        dates24(f, f"t{i}", cur)
    dates24(f, "told", dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates24(
        f,
        "told_e",
        dt.date(int(f["told"][6:]), int(f["told"][3:5]), int(f["told"][:2]))
        + dt.timedelta(days=rng.randint(5, 21)),
    )
    dates24(f, "told2", dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    for key in ("pd", "pdr", "pdg"):  # passports' issue dates
        dates24(f, key, dt.date(rng.randint(2006, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    dates24(f, "till", dt.date(rng.randint(2027, 2034), rng.randint(1, 12), rng.randint(1, 28)))
    town = _t24(rng)
    f["city"] = town[2]
    f["region"] = REGION_DAT24[town[3]]
    f["tm1"] = f"{rng.randint(8, 12):02d}:{rng.choice(['00', '15', '20', '30', '40', '45'])}"
    f["tm2"] = f"{rng.randint(13, 19):02d}:{rng.randint(0, 59):02d}"
    # contacts
    for i in range(1, 5):
        f[f"ad{i}"] = addr24(rng)
        f[f"mob{i}"] = mob24(rng)
    f["home"], f["work"] = home24(rng), home24(rng)
    f["adl"] = aloc24(rng)
    f["adbr"] = abr24(rng)
    f["ado"], f["ado2"] = aorg24(rng), aorg24(rng)
    f["desk"], f["desk2"] = desk24(rng), desk24(rng)
    f["ext"] = str(rng.randint(101, 489))
    f["em1"] = mail24(rng, f["p_sur"], f["p_first"])
    f["em2"] = mail24(rng, f["r_sur"], f["r_first"])
    f["emg"] = mail24(rng, f["g_sur"], f["g_first"])
    f["emw"] = mail24(rng, f["w_sur"], f["w_first"])
    f["emm"] = mail24(rng, f["m_sur"], f["m_first"])
    f["emml"] = mail24(rng, f["ml_sur"], f["ml_first"])
    f["emfm"] = mail24(rng, f["fm_sur"], f["fm_first"])
    f["emo"], f["emo2"] = rng.sample(ORG_MAIL24, 2)
    # identifiers of the patient (no suffix) and the applicant (suffix r)
    f["sn"], f["snr"], f["snc"] = snils(rng), snils(rng), snils(rng)
    f["enp"], f["enpr"], f["enpc"] = enp(rng), enp(rng), enp(rng)
    f["inn"], f["innr"] = inn12(rng), inn12(rng)
    f["pas"], f["pasr"] = pas24(rng), pas24(rng)
    f["ser"] = f"{rng.choice(OKATO24)} {rng.randint(0, 25):02d}"
    f["sern"] = f["ser"].replace(" ", "")
    f["num"] = str(rng.randint(100000, 999999))
    f["ser2"] = f"{rng.choice(OKATO24)}{rng.randint(0, 25):02d}"
    f["num2"] = str(rng.randint(100000, 999999))
    f["kpd"], f["kpdr"] = kpd24(rng), kpd24(rng)
    f["iss"], f["issr"] = rng.sample(ISSUERS24, 2)
    f["fcountry"], fshape = rng.choice(FOREIGN_PAS24)
    f["fpas"] = shape(rng, fshape)
    f["intl"] = f"{rng.choice(['75', '76', '77', '65', '72'])} {rng.randint(1000000, 9999999)}"
    f["bc"], f["bc2"] = bcert(rng), bcert(rng)
    for key in REC24:
        f[key] = rec24(rng, key)
        f[key + "2"] = rec24(rng, key)
    f["eln"] = eln24(rng)
    # hard negatives
    org, oinn, ogrn = rng.choice(ORGS24)
    f["org"], f["org_inn"], f["org_ogrn"] = org, shape(rng, oinn), shape(rng, ogrn)
    f["org2"] = rng.choice([o[0] for o in ORGS24 if o[0] != org])
    f["kpp"] = shape(rng, f["org_inn"][:4] + "01001")
    f["smo"] = rng.choice(INSURERS24)
    f["sk"] = rng.choice(COMMERCIAL24)
    law = rng.choice(LAWS24)
    f["law_art"], f["law_d"], f["law_no"], f["law_t"] = law
    f["out"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "###-ОГ", "01-##/####"]))
    f["out2"] = shape(rng, rng.choice(["##/###", "И-####", "####-исх"]))
    f["order"] = shape(rng, rng.choice(["###н", "##-п", "### ОД", "####н"]))
    f["sum"], f["sum2"] = money24(rng), money24(rng)
    f["days"] = str(rng.choice([5, 7, 10, 14, 30]))
    f["days2"] = str(rng.randint(3, 45))
    f["cab"] = str(rng.randint(101, 415))
    f["uch"] = str(rng.randint(1, 48))
    f["floor"] = str(rng.randint(1, 5))
    f["pages"] = str(rng.randint(2, 96))
    f["copies"] = str(rng.randint(1, 3))
    f["smallno"] = str(rng.randint(2, 19))
    f["otp"] = shape(rng, "######")
    f["pct"] = str(rng.randint(20, 90))
    f["spo2"] = str(rng.randint(82, 92))
    f["dose"] = num24(rng, 0.5, 12.0)
    f["hb"] = str(rng.randint(82, 151))
    f["glu"] = num24(rng, 4.1, 14.8)
    return f


def shape24(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape24(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Шубин А.П.» ends the sentence: no second dot
    fill = fillers24(rng)
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 24: the kinds' source
# rows of МКБ-10 (1.2.643.5.1.13.13.11.1005 v2.24): MKB_CODE -> (ID, MKB_NAME), copied from
# /work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1005_2.24_part*
DIAG24 = {
    "A08.0": (64, "Ротавирусный энтерит"),
    "A15.0": (
        73,
        "Туберкулез легких, подтвержденный бактериоскопически с наличием или отсутствием роста культуры",
    ),
    "B18.1": (536, "Хронический вирусный гепатит B без дельта-агента"),
    "B20": (
        544,
        "Болезнь, вызванная вирусом иммунодефицита человека [ВИЧ], проявляющаяся в виде инфекционных и паразитарных болезней",
    ),
    "C18.7": (1048, "Злокачественное новообразование сигмовидной кишки"),
    "C34.1": (1107, "Злокачественное новообразование верхней доли, бронхов или легкого"),
    "C50.4": (1209, "Злокачественное новообразование верхненаружного квадранта молочной железы"),
    "C61": (1253, "Злокачественное новообразование предстательной железы"),
    "C91.0": (1424, "Острый лимфобластный лейкоз [ОЛЛ]"),
    "D66": (1901, "Наследственный дефицит фактора VIII"),
    "E05.0": (2038, "Тиреотоксикоз с диффузным зобом"),
    "E10.9": (2070, "Инсулинзависимый сахарный диабет без осложнений"),
    "E11.9": (2081, "Инсулиннезависимый сахарный диабет без осложнений"),
    "E66.0": (2287, "Ожирение, обусловленное избыточным поступлением энергетических ресурсов"),
    "E84.0": (2388, "Кистозный фиброз с легочными проявлениями"),
    "F01.1": (2437, "Мультиинфарктная деменция"),
    "F10.2": (
        2479,
        "Психическое и поведенческое расстройство, вызванное употреблением алкоголя. Синдром зависимости",
    ),
    "F32.1": (2646, "Депрессивный эпизод средней степени"),
    "F70": (2810, "Умственная отсталость легкой степени"),
    "F84.0": (2858, "Детский аутизм"),
    "G20": (2976, "Болезнь Паркинсона"),
    "G30.0": (3013, "Ранняя болезнь Альцгеймера"),
    "G35": (3027, "Рассеянный склероз"),
    "G40.3": (3047, "Генерализованная идиопатическая эпилепсия и эпилептические синдромы"),
    "G80.1": (3234, "Церебральный паралич со спастической диплегией"),
    "H25.1": (3445, "Старческая ядерная катаракта"),
    "H40.1": (3515, "Первичная открытоугольная глаукома"),
    "H52.1": (3591, "Миопия"),
    "H90.3": (3741, "Нейросенсорная потеря слуха двусторонняя"),
    "I10": (3818, "Эссенциальная [первичная] гипертензия"),
    "I11.9": (
        3821,
        "Гипертензивная [гипертоническая] болезнь с преимущественным поражением сердца без (застойной) сердечной недостаточности",
    ),
    "I21.0": (3843, "Острый трансмуральный инфаркт передней стенки миокарда"),
    "I25.1": (3870, "Атеросклеротическая болезнь сердца"),
    "I35.0": (3919, "Аортальный (клапанный) стеноз"),
    "I48.0": (14843, "Пароксизмальная форма фибрилляции предсердий"),
    "I61.0": (4040, "Внутримозговое кровоизлияние в полушарие субкортикальное"),
    "I63.5": (
        4059,
        "Инфаркт мозга, вызванный неуточненной закупоркой или стенозом мозговых артерий",
    ),
    "I69.3": (4099, "Последствия инфаркта мозга"),
    "J06.9": (4267, "Острая инфекция верхних дыхательных путей неуточненная"),
    "J35.0": (4359, "Хронический тонзиллит"),
    "J44.1": (4400, "Хроническая обструктивная легочная болезнь с обострением неуточненная"),
    "J45.0": (4404, "Астма с преобладанием аллергического компонента"),
    "J96.1": (4509, "Хроническая респираторная недостаточность"),
    "K29.5": (4714, "Хронический гастрит неуточненный"),
    "K35.8": (14860, "Острый аппендицит другой и неуточненный"),
    "K80.1": (4945, "Камни желчного пузыря с другим холециститом"),
    "K85.1": (14879, "Острый билиарный панкреатит"),
    "L20.8": (5079, "Другие атопические дерматиты"),
    "L40.0": (5147, "Псориаз обыкновенный"),
    "M05.8": (5451, "Другие серопозитивные ревматоидные артриты"),
    "M17.0": (5537, "Первичный гонартроз двусторонний"),
    "M41.1": (5679, "Юношеский идиопатический сколиоз"),
    "M54.5": (5763, "Боль внизу спины"),
    "M81.0": (5911, "Постменопаузный остеопороз"),
    "N18.5": (14896, "Хроническая болезнь почки, стадия 5"),
    "N39.0": (6288, "Инфекция мочевыводящих путей без установленной локализации"),
    "N40": (6296, "Гиперплазия предстательной железы"),
    "N97.0": (6547, "Женское бесплодие, связанное с отсутствием овуляции"),
    "O14.1": (6670, "Тяжелая преэклампсия"),
    "O24.4": (6711, "Сахарный диабет, развившийся во время беременности"),
    "O80.0": (6958, "Самопроизвольные роды в затылочном предлежании"),
    "P07.1": (7130, "Другие случаи малой массы тела при рождении"),
    "Q21.1": (7599, "Дефект предсердной перегородки"),
    "Q90.0": (8110, "Трисомия 21, мейотическое нерасхождение"),
    "R51": (8382, "Головная боль"),
    "S06.0": (8670, "Сотрясение головного мозга"),
    "S72.0": (9308, "Перелом шейки бедра"),
    "S82.6": (9399, "Перелом наружной [латеральной] лодыжки"),
    "T20.2": (9713, "Термический ожог головы и шеи второй степени"),
    "U07.1": (14963, "COVID-19, вирус идентифицирован"),
    "Z00.0": (14064, "Общий медицинский осмотр"),
    "Z28.8": (14228, "Иммунизация не проведена по другой причине"),
    "Z34.0": (14261, "Наблюдение за течением нормальной первой беременности"),
    "Z51.5": (14393, "Паллиативная помощь"),
    "Z89.5": (14682, "Приобретенное отсутствие ноги на уровне или ниже колена"),
    "Z94.0": (14726, "Наличие трансплантированной почки"),
}


# ---------------------------------------------------------------- corpus 24: genres and kinds
# one kind per diagnosis: (МКБ-10 code, genre, template); every template is used by one kind only
GENRES24: list[tuple[str, str, str]] = [
    (
        "J45.0",
        "заявление пациента о выдаче копии медицинской карты амбулаторного больного",
        """Главному врачу {org}
[[P:{h_s_dat}]]
от [[P:{p_gen}]],
дата рождения [[B:{bd}]],
паспорт гражданина РФ [[Q:{pas}]], выдан {iss} [[D:{pd}]], код подразделения {kpd},
зарегистрированн{p_omu} по адресу: [[A:{ad1}]],
тел. дом. [[T:{home}]], моб. [[T:{mob1}]], e-mail: [[E:{em1}]]
ЗАЯВЛЕНИЕ
На основании {law_art} Федерального закона от [[D:{law_d}]] № {law_no} прошу выдать мне копию моей медицинской карты пациента, получающего помощь в амбулаторных условиях (ф. 025/у), № [[R:{amb}]], за период с [[D:{told}]] по настоящее время (наблюдаюсь с диагнозом {icd} «{dx}»), в {copies} экз.
СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]].
Копию получу лично / прошу направить заказным письмом по адресу регистрации.
[[D:{t1}]]                    ______ [[P:{p_s}]]
Отметка канцелярии: вх. № [[R:{vh}]] от [[D:{t1}]]; срок исполнения — не более 30 дней. Справки по тел. регистратуры [[T:{desk}]].""",
    ),
    (
        "E11.9",
        "заявление представителя по доверенности о выдаче копий результатов анализов",
        """В {org}
Заявитель: [[P:{r}]], [[B:{bdr}]] г.р.
Документ, удостоверяющий личность: паспорт, серия [[Q:{ser} номер {num}]], выдан [[D:{pdr_w}]] {issr}, к/п {kpdr}
Адрес проживания: [[A:{ad2}]]
Контактный телефон: [[T:{mob2}]] (также WhatsApp), рабочий [[T:{work}]] доб. {ext}
Действую по доверенности от [[D:{t1}]] в интересах [[P:{p_gen}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]]
ЗАЯВЛЕНИЕ
Прошу выдать копии результатов лабораторных исследований [[P:{p_s_gen}]] (гликированный гемоглобин, глюкоза — последнее значение {glu} ммоль/л, липидный профиль) за [[D:{t2_dm}]] и [[D:{told}]], выполненных в рамках диспансерного наблюдения по {icd} ({dx}).
Мой СНИЛС [[S:{snr}]]. Оплата не требуется (ст. 22 323-ФЗ), копии — в течение {days} рабочих дней.
Приложение: копия доверенности на 1 л.
[[D:{t2}]]  Подпись ______ / [[P:{r_s}]]""",
    ),
    (
        "I10",
        "заявление о выборе медицинской организации для прикрепления (поля бланка)",
        """Руководителю {org}
ЗАЯВЛЕНИЕ О ВЫБОРЕ МЕДИЦИНСКОЙ ОРГАНИЗАЦИИ
1. Фамилия: [[P:{p_sur}]]
   Имя, отчество: [[P:{p_io}]]
2. Пол: {p_sex}    3. Дата рождения: [[B:{bd}]]
4. Гражданство: РФ
5. Документ: паспорт гражданина РФ
   Серия: [[Q:{sern}]]
   Номер: [[Q:{num}]]
   Дата выдачи: [[D:{pd}]]
   Кем выдан: {iss}
   Код подразделения: {kpd}
6. Адрес регистрации: [[A:{adbr}]]
7. Адрес фактического проживания: [[A:{ad3}]]
8. Полис ОМС: [[O:{enp}]]   СМО: {smo}
9. СНИЛС: [[S:{sn}]]
10. Телефоны: [[T:{mob1}]]; [[T:{home}]]
11. Прежняя МО прикрепления: {org2}
Диагноз, по которому состою на учёте: {icd} ({dx}).
Дата: [[D:{t1}]]     Подпись: __________
Принято: регистратор [[P:{n_s}]], участок № {uch}, заявление № [[R:{zayv}]]""",
    ),
    (
        "I11.9",
        "заявление о замене участкового врача-терапевта",
        """Заведующему терапевтическим отделением {org}
[[P:{h_dat}]]
от [[P:{p_s_gen}]], [[B:{bd_w}]] г. рожд., проживающ{p_ei} в [[A:{adl}]], тел. [[T:{mob1}]], [[T:{mob2}]] (дочь)
Заявление
Прошу заменить мне участкового врача-терапевта [[P:{d_s_acc}]] (участок № {uch}) на врача [[P:{n_s_acc}]] по причине того, что с [[D:{t1_dm}]] врач ни разу не приходил на вызов, а давление держится 170/100 (гипертоническая болезнь, {icd}).
Выбор врача не чаще одного раза в год (ч. 1 ст. 21 323-ФЗ, приказ Минздрава России от [[D:26.04.2012]] № 407н) мною в этом году не использован.
Полис [[O:{enp}]]. Ответ прошу дать письменно по адресу или на [[E:{em1}]].
[[D:{t2}]]  [[P:{p_s}]]
Резолюция: «Удовлетворить. Закрепить за врачом [[P:{n_s_ins}]] с [[D:{t3}]]» — зав. отд. [[P:{h_s}]]""",
    ),
    (
        "I69.3",
        "заявление супруги о направлении пациента на медико-социальную экспертизу",
        """Главному врачу {org}
от [[P:{fm_gen}]], проживающ{fm_ei} по адресу: [[A:{ad2}]], паспорт [[Q:{pasr}]] выдан [[D:{pdr}]], тел. [[T:{mob2}]]
ЗАЯВЛЕНИЕ
Мой супруг [[P:{ml}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], после перенесённого инсульта (последствия инфаркта мозга, {icd}; стационар с [[D:{told}]], история болезни [[R:{ib}]]) не может самостоятельно передвигаться и прийти в поликлинику.
Прошу направить его на медико-социальную экспертизу на дому (форма 088/у) для установления группы инвалидности и разработки ИПРА. Согласие мужа на направление прилагаю (подписано им [[D:{t1}]] в присутствии участкового врача [[P:{d_s_gen}]]).
Контактное лицо — я, [[P:{fm_s}]], [[T:{mob2}]]; запасной [[T:{home}]].
[[D:{t1_w}]]
Отметка ВК: протокол № [[R:{tmk}]] от [[D:{t3}]]; направление передано в бюро МСЭ № {smallno} через ЕГИСЗ [[D:{t4}]].""",
    ),
    (
        "M17.0",
        "заявление о выдаче справки для получения путёвки на санаторно-курортное лечение",
        """Заведующему поликлиникой {org}
от [[P:{p_gen}]]
СНИЛС: [[S:{sn}]]
Адрес: [[A:{ad1}]]
Телефон: [[T:{mob1}]]
ЗАЯВЛЕНИЕ
Являюсь инвалидом II группы (справка МСЭ [[R:{mse}]]), получаю набор социальных услуг. Прошу выдать справку для получения путёвки на санаторно-курортное лечение (форма 070/у) по диагнозу {icd} «{dx}», рекомендованному профилю — болезни костно-мышечной системы.
Последняя путёвка — [[R:{putevka}]], заезд [[D:{told}]]; с тех пор прошло более 2 лет.
Справка действительна 12 месяцев; копию направьте, пожалуйста, в Отделение СФР на [[E:{em1}]].
Паспорт [[Q:{pas}]]. Дата рождения [[B:{bd_sh}]].
[[D:{t1}]]          [[P:{p_s}]]
-------
Справка 070/у № [[R:{putevka2}]] выдана [[D:{t2}]] врачом [[P:{d_s}]]; зарегистрирована в журнале, стр. {pages}.""",
    ),
    (
        "K80.1",
        "заявление о выдаче копии медицинской карты стационарного больного после холецистэктомии",
        """И.о. главного врача {org}
от [[P:{p_gen}]]
[[B:{bd}]] года рождения
паспорт: [[Q:{pas}]], дата выдачи [[D:{pd}]], код подразделения {kpd}
адрес: [[A:{ad1}]]
тел.: [[T:{mob1}]] / [[T:{mob3}]]
ЗАЯВЛЕНИЕ
Прошу выдать мне заверенную копию медицинской карты стационарного больного № [[R:{ib}]] (хирургическое отделение, с [[D:{t1}]] по [[D:{t2}]], лапароскопическая холецистэктомия, {icd} «{dx}»), а также копии протокола операции и гистологического заключения [[R:{gen}]].
Документы нужны для страховой компании {sk}.
Согласие на обработку персональных данных (ст. 9 Закона № 152-ФЗ от [[D:27.07.2006]]) даю.
[[D:{t3}]]  подпись ____ [[P:{p_s}]]
Получено: канцелярия, вх. [[R:{vh}]], [[D:{t3}]], {tm1}. Копия выдана [[D:{t4}]], на {pages} листах; получил(а) лично ______.""",
    ),
    (
        "S82.6",
        "заявление о записи рентгеновских снимков на диск после перелома лодыжки",
        """Заведующему травматологическим пунктом {org}
Заявление
Я, [[P:{p}]], [[B:{bd}]] г.р., прошу записать на электронный носитель рентгенограммы голеностопного сустава, выполненные [[D:{t1}]] и [[D:{t2}]] (перелом наружной лодыжки, {icd}), и выдать копию записи из травматологической карты [[R:{amb}]].
Документ, удостоверяющий личность: паспорт [[Q:{pas}]], выдан [[D:{pd}]] {iss}.
Проживаю: [[A:{ad1}]]. Телефон: [[T:{mob1}]]; почта [[E:{em1}]].
Диск (CD-R) принесу свой. Травму получил{p_a} на работе — снимки нужны для акта Н-1 и для ФСС.
[[D:{t3}]]  /[[P:{p_s}]]/
Исполнено [[D:{t4}]]: записано 2 исследования, выдано под подпись; оператор [[P:{n_s}]], тел. кабинета [[T:{desk}]].""",
    ),
    (
        "J35.0",
        "заявление матери о выдаче выписки из истории развития ребёнка (ф. 112/у)",
        """Главному врачу {org}
от [[P:{m_gen}]], [[B:{bdm}]] г.р.,
паспорт [[Q:{pasr}]], выдан [[D:{pdr}]], к.п. {kpdr},
тел. [[T:{mob2}]], [[E:{emm}]]
Заявление
Прошу выдать выписку из истории развития ребёнка (ф. 112/у) моего сына (дочери) [[P:{c_gen}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], полис ОМС [[O:{enpc}]], СНИЛС [[S:{snc}]], проживающего со мной по адресу: [[A:{ad2}]].
Ребёнок состоит на диспансерном учёте у ЛОР-врача [[P:{d_s_gen}]] с диагнозом {icd} «{dx}»; выписка нужна для консультации в областной детской больнице (направление [[R:{tmk}]]).
К заявлению прилагаю копию свидетельства о рождении.
[[D:{t1}]]    [[P:{m_s}]]
Регистрация: № [[R:{zayv}]] от [[D:{t1}]]. Выдано [[D:{t2}]] участковым педиатром [[P:{n_s}]].""",
    ),
    (
        "Q21.1",
        "заявление законного представителя о прикреплении новорождённого к детской поликлинике",
        """ЗАЯВЛЕНИЕ о выборе медицинской организации (за ребёнка до 18 лет)
Сведения о ребёнке:
  ФИО: [[P:{c}]]
  Дата рождения: [[B:{bdn}]]
  Свидетельство о рождении: серия и номер [[C:{bc}]], выдано отделом ЗАГС [[D:{t1}]]
  Полис ОМС: [[O:{enpc}]]     СНИЛС: [[S:{snc}]]
Сведения о законном представителе (мать):
  ФИО: [[P:{m}]]
  Паспорт: серия [[Q:{ser2} № {num2}]]
  дата выдачи [[D:{pdr}]]; код подразделения {kpdr}
  СНИЛС: [[S:{snr}]]     Полис: [[O:{enpr}]]
  Адрес: [[A:{ad2}]]
  Телефоны: [[T:{mob2}]] (мать), [[T:{mob3}]] (отец, [[P:{r_io}]])
Диагноз при выписке из роддома: {icd} «{dx}» (ДМПП 4 мм), наблюдение кардиолога.
Прошу прикрепить ребёнка к {org}, педиатрический участок № {uch}.
[[D:{t2}]]                          [[P:{m_s}]]
Принято: медрегистратор [[P:{n_s}]]. Карта ф. 112/у № [[R:{amb}]] заведена.""",
    ),
    (
        "J06.9",
        "заявление о замене врача-педиатра участка, поданное через регистратуру",
        """Главному врачу детской поликлиники {org}
от [[P:{ml_gen}]], законного представителя (отца) несовершеннолетнего [[P:{c_gen}]], [[B:{bdc_w}]] г.р.
Прошу заменить участкового педиатра [[P:{d_s_acc}]] на педиатра [[P:{n_s_acc}]].
Причина: за период с [[D:{t1}]] по [[D:{t2}]] ребёнок трижды болел ОРВИ ({icd}), врач дважды отказал{d_a} в визите на дом.
Паспорт отца: [[Q:{pasr}]]; свидетельство о рождении ребёнка: [[C:{bc}]].
Адрес: [[A:{ad2}]], домофон {smallno}, этаж {floor}.
Тел. [[T:{mob2}]], [[T:{mob4}]] (бабушка, [[P:{fm_io}]]).
Подпись ___ [[P:{ml_s}]]   [[D:{t3}]]
Вх. № [[R:{vh}]]. Ответ направлен [[D:{t4}]] исх. № {out}: замена произведена с согласия врача [[P:{n_s_gen}]].""",
    ),
    (
        "B18.1",
        "заявление иностранного гражданина о прикреплении к поликлинике с видом на жительство",
        """В {org}
от гражданина(ки) {fcountry} [[P:{g}]],
дата рождения: [[B:{bdg}]]
национальный паспорт: [[Q:{fpas}]], действителен до [[D:{till}]]
вид на жительство в РФ: [[R:{vnj}]], выдан [[D:{pdg}]] {iss}
адрес регистрации по месту жительства: [[A:{ad1}]]
телефон: [[T:{mob1}]] (WhatsApp, Telegram), e-mail: [[E:{emg}]]
полис ОМС единого образца: [[O:{enp}]]; СНИЛС: [[S:{sn}]]; ИНН: [[I:{inn}]]
ЗАЯВЛЕНИЕ
Прошу прикрепить меня для медицинского обслуживания. Состою на учёте у инфекциониста с хроническим гепатитом B ({icd}); последнее обследование — [[D:{told}]] в {org2}.
Переводчик при подаче: [[P:{w}]], тел. [[T:{mob2}]].
[[D:{t1}]]   подпись ____ [[P:{g_s}]]
Отметка: принято, прикреплён(а) к участку № {uch}; заявление № [[R:{zayv}]].""",
    ),
    (
        "A15.0",
        "заявление трудового мигранта о выдаче копии заключения фтизиатра",
        """Главному врачу {org}
Заявитель: [[P:{g}]] ({g_lat}), [[B:{bdg}]] г.р.
Паспорт {fcountry}: [[Q:{fpas}]]
Миграционная карта: [[R:{mig}]], въезд [[D:{told}]]
Патент на работу — серия 18 № [[R:{mig2}]]
Место пребывания: [[A:{ad1}]]
Тел.: [[T:{mob1}]]; работодатель ООО «СтройВятка», тел. [[T:{work}]]
Прошу выдать копию заключения врача-фтизиатра от [[D:{t1}]] и результатов рентгенографии лёгких (туберкулёз лёгких, {icd}, выявлен при медосвидетельствовании для патента), а также справку о сроках лечения для работодателя.
Лечение получаю в стационаре с [[D:{t2}]], история болезни [[R:{ib}]].
[[D:{t3}]]  [[P:{g_s}]]
Выдано [[D:{t4}]]; выдал(а) фтизиатр [[P:{d_s}]]. Сведения о пациенте работодателю без согласия не передаются (ст. 13 323-ФЗ).""",
    ),
    (
        "I21.0",
        "письменный отказ от госпитализации при остром инфаркте миокарда",
        """ОТКАЗ ОТ МЕДИЦИНСКОГО ВМЕШАТЕЛЬСТВА (госпитализации)
Я, [[P:{p}]], «[[B:{bd}]]» г. рождения, проживающ{p_ii} по адресу: [[A:{ad1}]],
паспорт [[Q:{pas}]], выдан [[D:{pd_w}]], код подразделения {kpd},
в соответствии со ст. 20 Федерального закона от [[D:21.11.2011]] № 323-ФЗ отказываюсь от госпитализации в региональный сосудистый центр.
Мне в доступной форме разъяснены возможные последствия отказа: при остром трансмуральном инфаркте передней стенки миокарда ({icd}) — кардиогенный шок, разрыв миокарда, смерть.
Врач скорой медицинской помощи [[P:{d}]] (бригада № {smallno}), карта вызова [[R:{kusp}]] от [[D:{t1}]], {tm2}.
Подпись пациента ______       [[D:{t1}]]
Свидетель: [[P:{ml}]] (сын), тел. [[T:{mob2}]]
Актив в поликлинику передан [[D:{t1}]] в {tm1} по тел. [[T:{desk}]], принял(а) [[P:{n_s}]].""",
    ),
    (
        "O80.0",
        "информированное добровольное согласие на роды и на присутствие супруга",
        """ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ
Я, [[P:{m}]], [[B:{bdm}]] г.р., паспорт [[Q:{pasr}]], выдан [[D:{pdr}]] {issr}, обменная карта № [[R:{amb}]], находясь в родильном отделении {org}, даю согласие на ведение самопроизвольных родов ({icd} «{dx}»), при необходимости — амниотомию, эпидуральную анальгезию и экстренную операцию кесарева сечения.
Также даю согласие на присутствие при родах супруга — [[P:{ml}]], [[B:{bdr}]] г.р.,
паспорт [[Q:{pas}]]; флюорография от [[D:{told}]] — без патологии.
Лицо, которому разрешаю сообщать сведения о моём здоровье: [[P:{ml_s}]], тел. [[T:{mob1}]].
Мой телефон: [[T:{mob2}]].
Врач акушер-гинеколог [[P:{d_s}]]   [[D:{t1}]], {tm1}
Подпись роженицы ______   Подпись супруга ______""",
    ),
    (
        "Z00.0",
        "согласие на обработку персональных данных при профилактическом медицинском осмотре",
        """СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ
Я, [[P:{p}]],
документ: паспорт серия [[Q:{ser} № {num}]], выдан [[D:{pd}]] {iss}, код подр. {kpd},
адрес: [[A:{ad1}]],
в соответствии со ст. 9 Федерального закона от [[D:27.07.2006]] № 152-ФЗ «О персональных данных» даю согласие {org} (ИНН {org_inn}, ОГРН {org_ogrn}, [[A:{ado}]]) на обработку моих персональных данных: ФИО, даты рождения ([[B:{bd}]]), СНИЛС ([[S:{sn}]]), полиса ОМС ([[O:{enp}]]), телефона ([[T:{mob1}]]), адреса электронной почты ([[E:{em1}]]), сведений о состоянии здоровья — в целях профилактического медицинского осмотра ({icd} «{dx}»).
Согласие действует до достижения цели обработки или до его отзыва; отзыв — письменным заявлением.
Ответственный за обработку ПДн: [[P:{h_s}]], тел. [[T:{desk}]] доб. {ext}, [[E:{emo}]].
[[D:{t1}]]  ______/[[P:{p_s}]]/""",
    ),
    (
        "Z28.8",
        "отказ родителя от профилактической прививки ребёнку",
        """ОТКАЗ ОТ ПРОФИЛАКТИЧЕСКИХ ПРИВИВОК
Я, [[P:{m}]], являясь законным представителем ребёнка [[P:{c_gen}]], [[B:{bdc}]] г.р. (свидетельство о рождении [[C:{bc}]]), проживающего: [[A:{ad2}]],
отказываюсь от проведения ребёнку вакцинации против кори, краснухи, паротита (V2), запланированной на [[D:{t2}]].
Мне разъяснены: право на отказ (ст. 5 Федерального закона от [[D:17.09.1998]] № 157-ФЗ), последствия отказа — временный отказ в приёме в образовательные организации при эпидемиях, риск заболевания.
Иммунизация не проведена ({icd}). Карта профилактических прививок ф. 063/у № [[R:{amb}]].
Паспорт представителя: [[Q:{pasr}]]; СНИЛС ребёнка [[S:{snc}]].
Телефон: [[T:{mob2}]]
[[D:{t1}]]   подпись ____ [[P:{m_s}]]
Врач-педиатр [[P:{d_s}]] ____""",
    ),
    (
        "K35.8",
        "согласие законного представителя на экстренную операцию несовершеннолетнему",
        """СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ НА МЕДИЦИНСКОЕ ВМЕШАТЕЛЬСТВО
Я, [[P:{r}]], [[B:{bdr_w}]] г.р., паспорт: серия [[Q:{ser}]], номер [[Q:{num}]], выдан [[D:{pdr}]], код подразделения {kpdr},
являясь отцом/матерью [[P:{c_gen}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]],
даю согласие на операцию аппендэктомии (лапароскопически / открыто) по поводу острого аппендицита ({icd}), анестезиологическое пособие и переливание компонентов крови при необходимости.
История болезни № [[R:{ib}]]; поступил(а) [[D:{t1}]] в {tm1}.
Хирург [[P:{d}]], анестезиолог [[P:{n_s}]].
Контакты представителя: [[T:{mob2}]], [[T:{home}]]; второй родитель — [[P:{m_s}]], [[T:{mob3}]].
[[D:{t1}]]  подпись представителя ____""",
    ),
    (
        "B20",
        "информированное согласие на медицинское освидетельствование на ВИЧ и анонимный код",
        """ИНФОРМИРОВАННОЕ СОГЛАСИЕ НА ПРОВЕДЕНИЕ ОБСЛЕДОВАНИЯ НА ВИЧ-ИНФЕКЦИЮ
Я, [[P:{p}]], [[B:{bd}]] г.р., проинформирован(а) о том, что тестирование проводится добровольно (ст. 7 Федерального закона от [[D:30.03.1995]] № 38-ФЗ), результат сообщается только мне лично.
Прошу провести обследование: ☐ не анонимно / ☐ анонимно (код пациента [[R:{ldn}]]).
Паспорт: [[Q:{pas}]]; адрес: [[A:{ad1}]]; телефон для приглашения на получение результата: [[T:{mob1}]].
Лицо, которому можно сообщить результат в случае моей недееспособности: [[P:{r}]], [[T:{mob2}]].
Дата забора крови [[D:{t1}]]; направление [[R:{tmk}]]. При положительном результате — консультация в центре СПИД (кодирование {icd} только после подтверждения).
Подпись ______   [[D:{t1}]]
Консультант [[P:{d_s}]]""",
    ),
]

GENRES24 += [
    (
        "F32.1",
        "согласие на психиатрическое освидетельствование, подписанное пациентом",
        """СОГЛАСИЕ НА ПСИХИАТРИЧЕСКОЕ ОСВИДЕТЕЛЬСТВОВАНИЕ
(ст. 23 Закона РФ от [[D:02.07.1992]] № 3185-1)
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], зарегистрированн{p_yi} по адресу [[A:{ad1}]],
согласен(на) на проведение психиатрического освидетельствования врачом-психиатром [[P:{d_gen}]] в кабинете № {cab} {org}.
Цель: уточнение диагноза ({icd} «{dx}»), подбор терапии; направил терапевт [[P:{n_s}]] [[D:{t1}]].
Мой телефон [[T:{mob1}]]; доверенное лицо — [[P:{r_io}]] ([[T:{mob2}]]).
[[D:{t2}]]   подпись ____
Амб. карта [[R:{amb}]]; шкала HADS — {smallno} баллов.""",
    ),
    (
        "C50.4",
        "простая письменная доверенность на получение результатов гистологии",
        """ДОВЕРЕННОСТЬ
г. {city}, [[D:{t1_w}]]
Я, [[P:{p}]], [[B:{bd}]] года рождения, паспорт гражданина РФ серия [[Q:{ser} № {num}]], выдан {iss} [[D:{pd}]], код подразделения {kpd}, зарегистрированн{p_yi} по адресу: [[A:{ad1}]],
доверяю [[P:{r_dat}]], [[B:{bdr}]] года рождения, паспорт [[Q:{pasr}]], выдан [[D:{pdr}]], код подразделения {kpdr}, проживающ{r_omu} по адресу: [[A:{ad2}]],
получить в {org} результаты гистологического и иммуногистохимического исследования № [[R:{gen}]] (биопсия от [[D:{told}]]), копии выписок и консультативных заключений онколога, а также расписываться и совершать все действия, связанные с этим поручением.
Доверенность выдана сроком на один год без права передоверия.
Подпись доверителя ______ [[P:{p_s}]]
Телефоны: доверитель [[T:{mob1}]], доверенное лицо [[T:{mob2}]]
Отметка: выдано по доверенности [[D:{t3}]]; диагноз {icd} в расписке не указывается.""",
    ),
    (
        "N18.5",
        "доверенность сына на представление интересов матери на гемодиализе",
        """ДОВЕРЕННОСТЬ
Город {city}. [[D:{t1_q}]] года.
Я, [[P:{m}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], полис ОМС [[O:{enp}]], паспорт [[Q:{pas}]], проживающ{m_ii} в [[A:{adl}]],
настоящей доверенностью уполномочиваю [[P:{ml_acc}]], паспорт [[Q:{pasr}]], ИНН [[I:{innr}]], тел. [[T:{mob2}]], представлять мои интересы в {org} и в отделении гемодиализа {org2}: получать медицинские документы, выписки, результаты анализов, транспортные талоны, подавать заявления и жалобы, знакомиться с медицинской документацией (ч. 4 ст. 22 323-ФЗ).
Мой диагноз: {icd} «{dx}», диализная карта [[R:{ldn}]].
Доверенность выдана на 3 года. Удостоверена главным врачом по месту лечения [[P:{h_s}]] (ст. 185.1 ГК РФ).
Подпись ____ [[P:{m_s}]]""",
    ),
    (
        "E10.9",
        "доверенность на получение льготных лекарственных препаратов и тест-полосок в аптеке",
        """Доверенность
Я, [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], выдан [[D:{pd}]], СНИЛС [[S:{sn}]], адрес: [[A:{ad1}]],
доверяю [[P:{r_dat}]] (паспорт [[Q:{pasr}]], тел. [[T:{mob2}]]) получать в аптечных организациях по льготным рецептам, выписанным на моё имя, инсулины и тест-полоски к глюкометру (диагноз {icd}, регистр [[R:{ldn}]]), в том числе по рецептам серии 33-26 № [[R:{rec}]] и № [[R:{rec2}]] от [[D:{t1}]].
Срок действия — до [[D:{till}]].
[[D:{t1}]]   ______ [[P:{p_s}]]
Удостоверяю: зав. поликлиникой [[P:{h_s}]], {org}, тел. [[T:{desk}]].
Аптека: отпущено [[D:{t2}]], {sum} (100 % льгота), провизор [[P:{n_s}]].""",
    ),
    (
        "G35",
        "доверенность на представление интересов пациента на врачебной комиссии",
        """ДОВЕРЕННОСТЬ
[[D:{t1}]], {city}
Я, [[P:{p}]], [[B:{bd}]] г.р., документ: временное удостоверение личности гражданина РФ (ф. 2П) № [[R:{tud}]], выдано [[D:{pd}]] {iss} на время замены паспорта;
уполномочиваю [[P:{r_acc}]], [[B:{bdr}]] г.р., паспорт серии [[Q:{ser2} номер {num2}]] — быть моим представителем на заседаниях врачебной комиссии {org} по вопросам назначения и замены ПИТРС (рассеянный склероз, {icd}), получать протоколы ВК и выписки.
Связь: [[T:{mob1}]] (я), [[T:{mob2}]] (представитель), [[E:{em1}]].
Номер в региональном регистре РС: [[R:{ldn}]].
Подпись ____ [[P:{p_s}]]
Протокол ВК № [[R:{tmk}]] от [[D:{t3}]]: присутствовал представитель [[P:{r_s}]].""",
    ),
    (
        "G40.3",
        "запрос школы о состоянии здоровья ученика и ответ поликлиники",
        """МБОУ «Средняя общеобразовательная школа № {smallno}»
[[A:{ado}]], тел. [[T:{desk2}]]
Исх. № {out2} от [[D:{t1}]]
Главному врачу {org}
Просим сообщить, может ли обучающийся 7 «Б» класса [[P:{c}]], [[B:{bdc}]] г.р., адрес: [[A:{ad2}]], посещать уроки физической культуры и выезжать на экскурсии, так как [[D:{t1_dm}]] на уроке у ребёнка был приступ с потерей сознания. Мать — [[P:{m}]], тел. [[T:{mob2}]].
Директор [[P:{o_s}]]
——
Вх. № [[R:{vh}]] от [[D:{t2}]]
Ответ от [[D:{t3}]] исх. № {out}:
Сведения о состоянии здоровья и диагнозе несовершеннолетнего составляют врачебную тайну (ст. 13 Федерального закона от [[D:21.11.2011]] № 323-ФЗ) и могут быть предоставлены только с согласия законного представителя. Рекомендуем запросить у родителей медицинскую справку (ф. 086/у) или заключение невролога [[P:{d_s}]].
Зам. главного врача [[P:{h_s}]]""",
    ),
    (
        "M54.5",
        "запрос работодателя о подлинности листка нетрудоспособности и ответ",
        """ООО «Камский завод металлоконструкций», ИНН {org_inn}
[[A:{ado2}]]; отдел кадров тел. [[T:{work}]], [[E:{em2}]]
№ {out2} от [[D:{t3}]]
В {org}
Просим подтвердить факт выдачи электронного листка нетрудоспособности № [[R:{eln}]] работнику [[P:{p_dat}]], [[B:{bd}]] г.р., табельный № [[R:{pol}]], за период с [[D:{t1}]] по [[D:{t2}]] ({days2} календарных дней), а также указать фамилию врача.
Специалист по кадрам [[P:{r_s}]]
——
Ответ {org}, исх. № {out} от [[D:{t4}]]:
ЭЛН № [[R:{eln}]] сформирован [[D:{t1}]] врачом-неврологом [[P:{d_s}]], закрыт [[D:{t2}]], статус «закрыт» в СФР. Диагноз не сообщается (код причины 01). Данные проверяются также в личном кабинете страхователя СФР.
Исп. [[P:{n_s}]], тел. [[T:{desk}]]""",
    ),
    (
        "S72.0",
        "запрос страховщика по договору страхования от несчастных случаев и ответ больницы",
        """{sk}
Управление урегулирования убытков; тел. [[T:{desk2}]]
Исх. № {out2} от [[D:{t3}]]
Главному врачу {org}
В связи с заявлением о страховом событии (убыток [[R:{claim}]]) по договору страхования от несчастных случаев [[R:{polisacc}]], застрахованное лицо — [[P:{p}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], просим предоставить выписку из медицинской карты стационарного больного [[R:{ib}]] (госпитализация с [[D:{t1}]] по [[D:{t2}]], перелом шейки бедра, {icd}) и протокол операции.
Согласие застрахованного на предоставление сведений прилагается (подписано [[D:{t2}]]).
Специалист [[P:{o_s}]], тел. [[T:{mob3}]]
——
Вх. № [[R:{vh}]] от [[D:{t4}]]. Ответ: выписка на {pages} л. направлена [[D:{t5}]] заказным письмом. Оплата услуг по копированию не взимается; сумма страхового возмещения ({sum}) больницей не определяется.""",
    ),
    (
        "I25.1",
        "запрос страховой компании по страхованию жизни о причине обращения и отказ в сведениях без согласия",
        """{sk}, отдел андеррайтинга
Запрос № {out2} от [[D:{t1}]]
По договору страхования жизни заёмщика [[R:{polisacc}]] ([[P:{p}]], [[B:{bd}]] г.р., ИНН [[I:{inn}]], тел. [[T:{mob1}]]) просим сообщить даты обращений за [[D:{told}]]–[[D:{t1}]] и установленные диагнозы.
——
{org} — ответ от [[D:{t3}]], исх. № {out}
Сведения, составляющие врачебную тайну, могут быть предоставлены страховой организации только с письменного согласия гражданина ({law_art} Федерального закона от [[D:{law_d}]] № {law_no}). Согласие [[P:{p_gen}]] к запросу не приложено.
Рекомендуем обратиться к застрахованному лицу: [[A:{ad1}]].
Заместитель главного врача по КЭР [[P:{h_s}]]""",
    ),
    (
        "K29.5",
        "жалоба главному врачу на грубость медрегистратора и ответ",
        """Главному врачу {org} [[P:{h_s_dat}]]
от [[P:{p_gen}]], [[B:{bd}]] г.р., [[A:{ad1}]], тел. [[T:{mob1}]], [[T:{mob2}]] (для смс)
ЖАЛОБА
[[D:{t1}]] около {tm1} я явил{p_sya} на приём к гастроэнтерологу (талон на {tm2}, кабинет {cab}; хронический гастрит, {icd}). Медрегистратор [[P:{n}]] отказал{n_sya} выдать мою карту [[R:{amb}]], кричал{n_a}, что я «не прикреплен{p_a}». Прикрепление у меня с [[D:{told}]], полис [[O:{enp}]].
Прошу провести проверку и принести извинения. Ответ — на [[E:{em1}]].
[[D:{t1}]]  [[P:{p_s}]]
——
Вх. № [[R:{vh}]] от [[D:{t2}]]. Ответ исх. № {out} от [[D:{t4}]]:
Уважаем{p_yi} [[P:{p_io}]]! По Вашему обращению проведена служебная проверка. Медрегистратору [[P:{n_s_dat}]] объявлено замечание. Вы записаны к гастроэнтерологу [[P:{d_s_dat}]] на [[D:{t5}]] в {tm2}. По вопросам — тел. регистратуры [[T:{desk}]].
Главный врач [[P:{h_s}]]""",
    ),
    (
        "C61",
        "обращение в страховую медицинскую организацию о нарушении сроков обследования и ответ СМО",
        """В {smo}
от застрахованного лица [[P:{p_gen}]], полис [[O:{enp}]], СНИЛС [[S:{sn}]], [[B:{bd}]] г.р., адрес [[A:{ad1}]], тел. [[T:{mob1}]]
ОБРАЩЕНИЕ
[[D:{t1}]] уролог {org} направил меня на МРТ малого таза (подозрение на рак предстательной железы, {icd}, ПСА 14,2 нг/мл). Запись предлагают только через {days2} дней, тогда как по Программе госгарантий срок — не более 7 рабочих дней при подозрении на онкологию.
Прошу организовать обследование в срок.
[[P:{p_s}]], [[D:{t1}]]
——
Ответ СМО от [[D:{t3}]], рег. № обращения [[R:{portal}]]:
Страховой представитель III уровня [[P:{o}]] сообщает: обследование организовано в {org2} на [[D:{t4}]]; направление [[R:{tmk}]]. Ст. 16 Федерального закона № 326-ФЗ от [[D:29.11.2010]] — Ваше право на защиту. Телефон контакт-центра СМО [[T:{desk2}]] (круглосуточно).""",
    ),
    (
        "K85.1",
        "обращение в территориальный орган Росздравнадзора о качестве помощи и ответ",
        """Руководителю Территориального органа Росздравнадзора по {region}
от [[P:{r_gen}]], [[A:{ad2}]], тел. [[T:{mob2}]], эл. почта [[E:{em2}]]
ОБРАЩЕНИЕ
Моя мать [[P:{fm}]], [[B:{bd}]] г.р., полис [[O:{enp}]], поступила в {org} [[D:{t1}]] с острым панкреатитом ({icd}); операция проведена лишь [[D:{t2}]], спустя двое суток. Прошу провести проверку качества медицинской помощи. Согласие матери прилагаю; её паспорт [[Q:{pas}]].
[[D:{t3}]]  [[P:{r_s}]]
——
Росздравнадзор, ответ от [[D:{t5}]] № {out}:
Ваше обращение (рег. № [[R:{vh}]] от [[D:{t3}]]) рассмотрено в соответствии с Федеральным законом от [[D:02.05.2006]] № 59-ФЗ. В отношении {org} проведена документарная проверка медицинской карты [[R:{ib}]]; выявленные нарушения направлены в Минздрав региона. Исп. [[P:{o_s}]], тел. [[T:{desk2}]].""",
    ),
    (
        "E84.0",
        "обращение матери в прокуратуру о необеспечении ребёнка лекарственным препаратом и ответ прокуратуры",
        """Прокурору района
от [[P:{m_gen}]], [[B:{bdm}]] г.р., паспорт [[Q:{pasr}]], проживающей по адресу [[A:{ad2}]], тел. [[T:{mob2}]], [[T:{home}]]
ЖАЛОБА
Мой ребёнок [[P:{c}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], СНИЛС [[S:{snc}]], ребёнок-инвалид с муковисцидозом ({icd}), с [[D:{t1_dm}]] не обеспечивается таргетным препаратом по рецепту [[R:{rec}]]; {org} ссылается на отсутствие закупки.
Прошу принять меры прокурорского реагирования.
[[D:{t2}]]  [[P:{m_s}]]
——
Прокуратура, ответ от [[D:{t4}]] № {out} (ваше обращение зарегистрировано под № [[R:{vh}]]):
По результатам проверки в адрес главного врача [[P:{h_s_gen}]] внесено представление; препарат выдан [[D:{t5}]]. Ответ может быть обжалован вышестоящему прокурору или в суд. Помощник прокурора [[P:{o_s}]]""",
    ),
    (
        "H25.1",
        "обращение в региональный минздрав о сроке ожидания операции по удалению катаракты и ответ",
        """Министру здравоохранения
от [[P:{p_gen}]], [[B:{bd_w}]] г.р., адрес: [[A:{ad1}]], телефон [[T:{home}]] (только домашний), СНИЛС [[S:{sn}]]
Я стою в листе ожидания на факоэмульсификацию катаракты ({icd}, «{dx}») с [[D:{told}]] (№ в листе ожидания [[R:{ldn}]]), а операцию переносят уже {smallno}-й раз. Почти ничего не вижу правым глазом.
[[D:{t1}]], [[P:{p_s}]]
——
Министерство здравоохранения, ответ от [[D:{t3}]] № {out}, на обращение № [[R:{vh}]]:
Уважаем{p_yi} [[P:{p_io}]]! Операция назначена в {org} на [[D:{t4}]]; госпитализация к {tm1}, кабинет {cab}. При себе иметь паспорт, полис ОМС [[O:{enp}]], направление [[R:{tmk}]]. Вопросы — по телефону горячей линии [[T:{desk2}]].
Заместитель министра [[P:{o_s}]]""",
    ),
    (
        "I63.5",
        "заявление об обжаловании решения бюро медико-социальной экспертизы в главное бюро",
        """Руководителю ФКУ «ГБ МСЭ по {region}» Минтруда России
от [[P:{p_gen}]]
СНИЛС [[S:{sn}]]; паспорт: серия [[Q:{ser} № {num}]]
адрес: [[A:{adbr}]]
тел. [[T:{mob1}]]
ЗАЯВЛЕНИЕ
Обжалую решение бюро МСЭ № {smallno} от [[D:{t1}]] (акт [[R:{mse}]]) об установлении III группы инвалидности. После инфаркта мозга ({icd}) у меня правосторонний гемипарез, передвигаюсь с тростью. Прошу провести освидетельствование в главном бюро.
Законный представитель по доверенности: [[P:{r}]], тел. [[T:{mob2}]].
Приложения: копия справки, ИПРА [[R:{ipra}]], выписка [[R:{ib}]].
[[D:{t2}]]   [[P:{p_s}]]""",
    ),
    (
        "H52.1",
        "претензия о возврате денег за платную лазерную коррекцию зрения и ответ клиники",
        """Генеральному директору ООО «Клиника лазерной хирургии глаза» (ИНН {org_inn}, КПП {kpp})
от [[P:{p_gen}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], ИНН [[I:{inn}]], [[A:{ad1}]], тел. [[T:{mob1}]]
ПРЕТЕНЗИЯ
По договору на оказание платных медицинских услуг [[R:{dog}]] от [[D:{t1}]] я оплатил{p_a} {sum} за лазерную коррекцию миопии ({icd}); операция отменена [[D:{t2}]] по вине клиники. Прошу вернуть уплаченную сумму в течение 10 дней (ст. 31 Закона «О защите прав потребителей»), а также выдать справку для налогового вычета за [[D:{told}]]–[[D:{t1}]] (сумма {sum2}).
Реквизиты для возврата — по заявлению; р/с банка не указываю в претензии.
[[D:{t3}]]  [[P:{p_s}]]
——
Ответ от [[D:{t4}]]: возврат {sum} произведён [[D:{t5}]] платёжным поручением № <<###>>. Администратор [[P:{n_s}]], тел. [[T:{desk}]].""",
    ),
    (
        "N39.0",
        "сообщение пациента через личный кабинет на портале поликлиники и ответ врача",
        """Личный кабинет пациента · Обращение [[R:{portal}]] · [[D:{t1_iso}]] {tm1}
Отправитель: [[P:{p}]] (ЛК привязан к [[E:{em1}]], телефон [[T:{mob1}]])
Тема: результаты анализа мочи
Здравствуйте! Сдал{p_a} общий анализ мочи и посев [[D:{t1_dm}]], в ЛК висит «в работе». Лейкоциты были 40–50 в п/зр. Мне назначили антибиотик при {icd}, но посев нужен, чтобы понять, подходит ли он. Мой полис [[O:{enp}]], дата рождения [[B:{bd}]].
—
Ответ · [[D:{t2_iso}]] {tm2} · врач-терапевт [[P:{d_fi}]]
[[P:{p_io}]], результат посева готов: E. coli 10^5 КОЕ/мл, чувствительна к назначенному препарату. Продолжайте приём {days} дней, контроль ОАМ [[D:{t4}]]. Если поднимется температура выше 38 — вызывайте врача по [[T:{desk}]].""",
    ),
    (
        "U07.1",
        "обращение через Госуслуги о выдаче выписки из медицинской карты после COVID-19",
        """Госуслуги · Заявление № [[R:{epgu}]] от [[D:{t1}]] · статус: «Заявление получено ведомством»
Услуга: «Получение медицинских документов»
Заявитель: [[P:{p}]]; дата рождения [[B:{bd_iso}]]; СНИЛС [[S:{sn}]]
Документ: паспорт РФ [[Q:{sern} {num}]], выдан [[D:{pd_iso}]], код подразделения {kpd}
Телефон: [[T:{mob1}]]  Эл. почта: [[E:{em1}]]
Адрес регистрации: [[A:{ad1}]]
Медицинская организация: {org}
Запрашиваемый документ: выписка из медицинской карты (COVID-19, вирус идентифицирован, {icd}; госпитализация с [[D:{told}]] по [[D:{told_e}]])
Способ получения: в личный кабинет ЕПГУ (электронный документ, подписанный УКЭП)
—
[[D:{t3}]] {tm2}: «Документ сформирован. СЭМД № [[R:{portal2}]], подписан [[P:{d_s}]]. Скачайте в разделе „Документы → Здоровье“».""",
    ),
    (
        "L20.8",
        "переписка родителя с поликлиникой в мессенджере о справке в бассейн",
        """Чат «Детская поликлиника — запись» (Telegram-бот), [[D:{t1}]]
[{tm1}] [[P:{m_io}]]: Добрый день. Нужна справка в бассейн на ребёнка [[P:{c_fi}]], [[B:{bdc_sh}]] г.р. У нас атопический дерматит ({icd}), но в ремиссии. Полис [[O:{enpc}]].
[{tm1}] Бот: Укажите телефон для связи.
[{tm2}] [[P:{m_io}]]: [[T:{mob2}]], запасной [[T:{mob4}]] (папа), можно в WhatsApp
[{tm2}] Оператор [[P:{n_fi}]]: Записали к педиатру [[P:{d_s_dat}]] на [[D:{t2_dm}]] в {tm1}, каб. {cab}. Справка бесплатно, с собой соскоб на энтеробиоз. Код записи [[R:{portal}]].
[{tm2}] [[P:{m_io}]]: спасибо! Адрес тот же — [[A:{ad2}]]?
[{tm2}] Оператор: Да. Регистратура [[T:{desk}]].""",
    ),
    (
        "G30.0",
        "письмо опекуна недееспособной подопечной о предоставлении медицинских сведений и ответ",
        """Главному врачу {org}
от опекуна [[P:{w_gen}]], [[B:{bdr}]] г.р., паспорт [[Q:{pasr}]], СНИЛС [[S:{snr}]], проживающ{w_ei} по адресу [[A:{ad2}]], тел. [[T:{mob2}]], [[E:{emw}]]
Распоряжением органа опеки и попечительства от [[D:{told}]] № {order} я назначен{w_a} опекуном недееспособной [[P:{m_gen}]], [[B:{bdm}]] г.р., СНИЛС [[S:{sn}]], полис [[O:{enp}]] (болезнь Альцгеймера, {icd}).
Прошу выдать мне выписку из амбулаторной карты [[R:{amb}]] и назначения психиатра для оформления ИППСУ и путёвки в психоневрологический интернат.
Копии распоряжения и паспорта прилагаю.
[[D:{t1}]]   [[P:{w_s}]]
——
Ответ от [[D:{t3}]] исх. № {out}: выписка подготовлена, получить в каб. {cab} по паспорту; справки — тел. [[T:{desk}]]. Врач-психиатр [[P:{d_s}]].""",
    ),
    (
        "F01.1",
        "письмо социального работника комплексного центра о подопечном и ответ участкового врача",
        """КЦСОН г. {city}, отделение социального обслуживания на дому
[[A:{ado2}]], тел. [[T:{desk2}]]
Участковому терапевту {org}
Социальный работник [[P:{w}]] (тел. [[T:{mob2}]]) сообщает: получатель социальных услуг [[P:{p}]], [[B:{bd}]] г.р., ИППСУ [[R:{ippsu}]], проживающ{p_ii} одиноко по адресу [[A:{ad1}]] (домашний тел. [[T:{home}]]), с [[D:{t1_dm}]] забывает принимать лекарства, дважды оставлял{p_a} включённым газ. Родственников нет, соседка [[P:{fm_io}]] ([[T:{mob3}]]) готова помогать.
Просим посетить на дому и решить вопрос о консультации психиатра.
[[D:{t1}]]  [[P:{w_s}]]
——
Отметка врача [[P:{d_s}]]: осмотр на дому [[D:{t2}]]; мультиинфарктная деменция ({icd}) — направление к психиатру [[R:{tmk}]]; рекомендован стационар социального обслуживания.""",
    ),
    (
        "I61.0",
        "письмо дочери с просьбой сообщать о состоянии отца в реанимации и ответ заведующего",
        """Заведующему отделением анестезиологии-реанимации {org}
от [[P:{fm_gen}]], дочери пациента [[P:{ml_gen}]] ([[B:{bd}]] г.р., поступил{ml_a} [[D:{t1}]])
Живу в другом городе: [[A:{ad2}]]. Паспорт [[Q:{pasr}]], выдан [[D:{pdr}]] {issr}, код подразделения {kpdr}.
Прошу сообщать мне о состоянии отца по телефону [[T:{mob2}]] или [[T:{work}]] доб. {ext} (рабочий, с 9 до 18), а также разъяснить порядок посещения.
Другой родственник, [[P:{w}]], тел. [[T:{mob3}]], — тоже может получать сведения.
[[D:{t2}]]   [[P:{fm_s}]]
——
Ответ от [[D:{t3}]]: пациент указал лиц, которым разрешено сообщать сведения (в ИДС от [[D:{t1}]]): [[P:{fm_s}]], [[P:{w_s}]]. Состояние — тяжёлое, стабильное (внутримозговое кровоизлияние, {icd}). Посещение — ежедневно 16:00–18:00. Справки — ординаторская, тел. [[T:{desk}]]. Зав. ОАР [[P:{h_s}]]""",
    ),
]

GENRES24 += [
    (
        "C34.1",
        "заявление родственника об отказе от патологоанатомического вскрытия",
        """Главному врачу {org}
от [[P:{r_gen}]], [[B:{bdr}]] г.р., паспорт [[Q:{pasr}]], выдан [[D:{pdr}]] {issr}, код подразделения {kpdr}, адрес: [[A:{ad2}]], тел. [[T:{mob2}]]
ЗАЯВЛЕНИЕ
В соответствии с ч. 2 ст. 67 Федерального закона от [[D:21.11.2011]] № 323-ФЗ прошу не производить патологоанатомическое вскрытие моего отца [[P:{ml_gen}]], [[B:{bd}]] г.р., умершего [[D:{t1}]] в {tm2} в отделении паллиативной помощи (злокачественное новообразование верхней доли лёгкого, {icd}; медицинская карта [[R:{ib}]]), по религиозным мотивам. Прижизненно отец такого волеизъявления не оформлял.
Медицинское свидетельство о смерти серия 33 № [[R:{mc103}]] прошу выдать мне.
[[D:{t1}]]   [[P:{r_s}]]
Решение: вскрытие не производится (ч. 3 ст. 67 не применяется). Зам. главного врача [[P:{h_s}]]""",
    ),
    (
        "M41.1",
        "запрос военного комиссариата о медицинских документах призывника и ответ",
        """Военный комиссариат г. {city} — Главному врачу {org}
Исх. № {out2} от [[D:{t1}]]
В связи с медицинским освидетельствованием граждан при призыве прошу направить медицинские документы на призывника [[P:{ml_acc}]], [[B:{bdy}]] г.р., удостоверение гражданина, подлежащего призыву, [[R:{prip}]], паспорт [[Q:{pas}]], проживающего: [[A:{ad1}]] (амб. карта [[R:{amb}]]: сколиоз, {icd}).
Военный комиссар [[P:{o_s}]]; исп. [[P:{w_s}]], тел. [[T:{desk2}]]
——
Вх. № [[R:{vh}]] от [[D:{t2}]]. Ответ исх. № {out} от [[D:{t3}]]: направлены выписка из карты, рентгенограммы позвоночника от [[D:{told}]] (угол Кобба {days2}°) и заключение ортопеда [[P:{d_s}]]. Мать призывника [[P:{fm}]] просит сообщать о вызовах на [[T:{mob2}]].""",
    ),
    (
        "A08.0",
        "запрос детского сада о допуске ребёнка после кишечной инфекции и справка в ответ",
        """МАДОУ «Детский сад № {smallno} „Солнышко“», [[A:{ado2}]], тел. [[T:{desk2}]]
Уважаемые коллеги! Воспитанник группы «Пчёлки» [[P:{c}]] ([[B:{bdc}]]) отсутствовал с [[D:{t1}]]. Мать, [[P:{m_s}]], сообщила о ротавирусной инфекции. Просим выдать справку о допуске и об отсутствии контакта с инфекционными больными.
Заведующая [[P:{o_s}]], [[D:{t2}]]
——
СПРАВКА
Дана [[P:{c_dat}]], [[B:{bdc_sh}]] г.р., проживающему: [[A:{ad2}]], в том, что он(а) болел(а) с [[D:{t1}]] по [[D:{t3}]] (ротавирусный энтерит, {icd}). В очаге по месту жительства карантина нет. Может посещать детский сад с [[D:{t4}]].
Полис [[O:{enpc}]]. Педиатр [[P:{d_s}]]   Печать {org}""",
    ),
    (
        "S06.0",
        "адвокатский запрос о медицинских документах потерпевшего и ответ",
        """Адвокат [[P:{o}]], адвокатский кабинет, [[A:{ado2}]], тел. [[T:{mob3}]], [[E:{em2}]]
АДВОКАТСКИЙ ЗАПРОС № {out2} от [[D:{t2}]]
На основании ст. 6.1 Федерального закона от [[D:31.05.2002]] № 63-ФЗ, действуя в интересах доверителя [[P:{p_gen}]] ([[B:{bd}]] г.р., паспорт [[Q:{pas}]]) по соглашению, прошу предоставить сведения об обращении в травматологический пункт [[D:{t1}]] (сотрясение головного мозга, {icd}), копию записи в журнале и травматологической карты [[R:{amb}]]. Нотариально заверенное согласие доверителя прилагается.
——
Ответ от [[D:{t4}]], исх. № {out}: копии направлены; по данным журнала, обращение зарегистрировано в {tm2}, сообщение в ОП направлено (КУСП [[R:{kusp}]]). Гл. врач [[P:{h_s}]]""",
    ),
    (
        "I35.0",
        "обращение пациента о выдаче талона на высокотехнологичную медицинскую помощь и ответ",
        """В отдел организации ВМП министерства здравоохранения
от [[P:{p_gen}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], полис [[O:{enp}]], паспорт [[Q:{pas}]], адрес [[A:{ad1}]], телефоны: [[T:{mob1}]], [[T:{home}]]
Прошу сообщить, на каком этапе оформление талона на ВМП (протезирование аортального клапана, {icd}). Документы переданы кардиологом [[P:{d_s_ins}]] [[D:{t1}]].
[[D:{t2}]]   [[P:{p_s}]]
——
Ответ от [[D:{t3}]]: талон № [[R:{vmp}]] оформлен, направлен в ФГБУ «НМИЦ кардиологии»; дата госпитализации — [[D:{t5}]]. Статус талона можно проверить на портале, код обращения [[R:{portal}]]. Справки — [[T:{desk2}]].""",
    ),
    (
        "Z89.5",
        "заявление о выдаче заключения врачебной комиссии для протеза голени",
        """Председателю врачебной комиссии {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., военный билет [[R:{mil}]] (паспорт на замене), СНИЛС [[S:{sn}]], адрес: [[A:{ad1}]], тел. [[T:{mob1}]], [[T:{mob2}]]
Прошу выдать заключение ВК о нуждаемости в протезе голени модульного типа для подачи в СФР (ампутационная культя, {icd}; ампутация [[D:{told}]], история болезни [[R:{ib}]]). Электронный сертификат на ТСР № [[R:{ipra}]] планирую оформить в ОСФР.
[[D:{t1}]]   [[P:{p_s}]]
Решение ВК [[D:{t2}]]: нуждается; протокол [[R:{tmk}]]; председатель [[P:{h_s}]]""",
    ),
    (
        "Z51.5",
        "заявление дочери о включении матери в программу паллиативной помощи на дому",
        """Заведующей отделением паллиативной медицинской помощи {org}
от [[P:{fm_gen}]] (дочь), тел. [[T:{mob2}]], [[T:{mob4}]]; [[E:{emfm}]]
Прошу организовать паллиативную помощь на дому моей маме, [[P:{m_dat}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], проживающей: [[A:{ad1}]] (этаж {floor}, лифта нет). Заключение ВК о паллиативном статусе ({icd}) от [[D:{t1}]] — протокол [[R:{tmk}]].
Нужны: обезболивание, противопролежневый матрас, визиты медсестры. Социальный работник [[P:{w_s}]] ([[T:{desk2}]]) в курсе.
[[D:{t2}]]  [[P:{fm_s}]]
Выездная бригада: первичный визит [[D:{t3}]], врач [[P:{d_s}]]; карта [[R:{ldn}]].""",
    ),
    (
        "J96.1",
        "заявление о предоставлении кислородного концентратора по договору безвозмездного пользования",
        """Главному врачу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., паспорт: серия [[Q:{ser} номер {num}]], выдан [[D:{pd_w}]], код подразделения {kpd}; [[A:{ad1}]]; тел. [[T:{mob1}]]
Прошу предоставить кислородный концентратор для длительной кислородотерапии на дому (хроническая дыхательная недостаточность, {icd}; SpO2 в покое {spo2} %). Договор безвозмездного пользования прошу заключить со мной; доверенное лицо — [[P:{r_s}]] ([[T:{mob2}]]).
[[D:{t1}]]  [[P:{p_s}]]
Договор № [[R:{dog}]] от [[D:{t2}]]; концентратор Armed 7F-5, зав. № <<###>>-<<####>>, инв. № 0104<<####>>.""",
    ),
    (
        "C18.7",
        "заявление о выборе другой медицинской организации для проведения химиотерапии",
        """Главному врачу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]]
адрес: [[A:{ad1}]]; тел.: [[T:{mob1}]]
Прошу оформить направление на продолжение адъювантной химиотерапии (рак сигмовидной кишки, {icd}; протокол онкоконсилиума [[R:{tmk}]] от [[D:{t1}]]) в {org2} по месту фактического проживания дочери, [[P:{fm}]] ([[A:{ad2}]], [[T:{mob2}]]).
Право выбора МО — ст. 21 323-ФЗ.
[[D:{t2}]]  [[P:{p_s}]]
Направление ф. 057/у № [[R:{tmk2}]] выдано [[D:{t3}]]; {smallno} курсов, интервал 14 дней.""",
    ),
    (
        "O24.4",
        "сообщение беременной через портал о записи к эндокринологу",
        """Портал пациента · новое сообщение · [[D:{t1_sl}]] {tm2}
От: [[P:{m_fi}]] · [[E:{emm}]] · [[T:{mob2}]]
Здравствуйте! Срок {days2} недель, в ЖК поставили гестационный диабет ({icd}), глюкоза натощак {glu}. Акушер [[P:{d_s}]] дала направление [[R:{tmk}]] к эндокринологу, но в записи нет талонов до [[D:{t4_dm}]]. Мой полис [[O:{enpr}]], обменная карта [[R:{amb}]], СНИЛС [[S:{snr}]].
—
Ответ администратора [[P:{n_fi}]], [[D:{t2_sl}]]: записали Вас вне очереди на [[D:{t3}]] {tm1}, каб. {cab}. Дневник самоконтроля — с собой.""",
    ),
    (
        "N97.0",
        "обращение о включении в лист ожидания ЭКО по ОМС и ответ комиссии",
        """В комиссию по отбору пациентов для ЭКО министерства здравоохранения
от [[P:{m_gen}]], [[B:{bdm}]] г.р., СНИЛС [[S:{snr}]], полис [[O:{enpr}]], паспорт [[Q:{pasr}]], [[A:{ad2}]], тел. [[T:{mob2}]]
Супруг: [[P:{ml}]], [[B:{bdr}]] г.р., паспорт [[Q:{pas}]], тел. [[T:{mob1}]]
Прошу сообщить номер в листе ожидания ЭКО (бесплодие, связанное с отсутствием овуляции, {icd}); документы поданы [[D:{t1}]].
——
Ответ от [[D:{t3}]]: решение комиссии положительное, протокол [[R:{tmk2}]]; номер в листе ожидания [[R:{ldn}]]; направление в {org2} — [[R:{tmk}]].""",
    ),
    (
        "C91.0",
        "запрос благотворительного фонда о медицинских документах ребёнка и ответ",
        """Благотворительный фонд «Подари жизнь детям Прикамья», ИНН {org_inn}, [[A:{ado2}]], тел. [[T:{desk2}]]
№ {out2} от [[D:{t1}]]
Просим предоставить (с согласия законного представителя, [[P:{m}]], паспорт [[Q:{pasr}]], тел. [[T:{mob2}]]) выписку на подопечного [[P:{c_acc}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], для оплаты препарата (ОЛЛ, {icd}). Стоимость курса — {sum}
Координатор [[P:{o_s}]]
——
Вх. № [[R:{vh}]] от [[D:{t2}]]; ответ [[D:{t3}]]: выписка из истории болезни [[R:{ib}]] направлена фонду. Лечащий врач [[P:{d_s}]]""",
    ),
    (
        "D66",
        "заявление пациента с гемофилией о выдаче препарата фактора свёртывания на время отъезда",
        """Главному гематологу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., регистр ВЗН [[R:{ldn}]], паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], тел. [[T:{mob1}]]
Прошу выдать фактор VIII ({icd}) на время поездки: уезжаю с [[D:{t2}]] по [[D:{t4}]] по адресу [[A:{ad3}]]; экстренный контакт — жена, [[P:{fm_io}]], [[T:{mob2}]].
Доза {dose} тыс. МЕ в неделю; рецепт [[R:{rec}]].
[[D:{t1}]]  [[P:{p_s}]]""",
    ),
    (
        "E66.0",
        "заявление родителя о выдаче медицинской справки для спортивной секции",
        """В {org}
от [[P:{ml_gen}]] (отец), тел. [[T:{mob2}]]; [[T:{work}]] доб. {ext}
Прошу выдать справку о допуске к занятиям плаванием (ДЮСШ № {smallno}) сыну/дочери [[P:{c_dat}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], полис [[O:{enpc}]], адрес: [[A:{ad2}]].
Ребёнок наблюдается у эндокринолога (ожирение, {icd}; ИМТ {days2}); спорт рекомендован.
[[D:{t1}]]   [[P:{ml_s}]]
Справка выдана [[D:{t2}]], педиатр [[P:{d_s}]]; годна до [[D:{till}]].""",
    ),
    (
        "G80.1",
        "заявление матери о направлении ребёнка-инвалида на переосвидетельствование в бюро МСЭ",
        """Главному врачу {org}
от [[P:{m_gen}]], законного представителя ребёнка [[P:{c_gen}]] ([[B:{bdc}]]), паспорт: [[Q:{ser} № {num}]], код подр. {kpd}; свидетельство о рождении ребёнка [[C:{bc}]]; СНИЛС ребёнка [[S:{snc}]]; адрес [[A:{ad2}]]; тел. [[T:{mob2}]], [[T:{home}]]
Прошу направить ребёнка на переосвидетельствование: срок инвалидности истекает [[D:{t5}]] (справка МСЭ [[R:{mse}]], ИПРА [[R:{ipra}]]). ДЦП, спастическая диплегия ({icd}).
Согласие на направление даю. [[D:{t1}]]  [[P:{m_s}]]""",
    ),
    (
        "G20",
        "расшифровка телефонного обращения на горячую линию по лекарственному обеспечению",
        """Горячая линия ЛЛО, звонок от [[D:{t1}]] {tm2}, оператор [[P:{n_fi}]]
Абонент: [[T:{mob1}]] (перезвонить также на [[T:{home}]])
Обратившийся: [[P:{ml}]], сын пациента [[P:{p_gen}]] (болезнь Паркинсона, {icd}), [[B:{bd}]] г.р., СНИЛС [[S:{sn}]] (продиктовал)
Суть: в аптеке {days} дней нет леводопы по рецепту [[R:{rec}]]; пациент живёт: [[A:{ad1}]].
Решение: передано в {org}, обращение [[R:{portal}]]; перезвон до [[D:{t2}]].""",
    ),
    (
        "P07.1",
        "заявление о выдаче дубликата медицинского свидетельства о рождении",
        """Главному врачу перинатального центра {org}
от [[P:{m_gen}]], [[B:{bdm}]] г.р., паспорт [[Q:{pasr}]], выдан [[D:{pdr}]] {issr}, код подразделения {kpdr}; [[A:{adbr}]]; тел. [[T:{mob2}]]
Прошу выдать дубликат медицинского свидетельства о рождении (ф. 103/у) № [[R:{mc103}]] на моего ребёнка, родившегося [[B:{bdn}]] (малая масса тела при рождении, {icd}; история развития новорождённого [[R:{ib}]]) в связи с утерей до регистрации в ЗАГС.
[[D:{t1}]]  [[P:{m_s}]]""",
    ),
]

GENRES24 += [
    (
        "H40.1",
        "заявление кандидата в опекуны о медицинском освидетельствовании (ф. 164/у)",
        """Главному врачу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., паспорт: серия [[Q:{sern}]], номер [[Q:{num}]]; выдан [[D:{pd}]]; адрес: [[A:{ad1}]]; тел. [[T:{mob1}]], [[T:{home}]]
Прошу провести медицинское освидетельствование и выдать заключение по форме 164/у для оформления опеки над несовершеннолетним [[P:{c_ins}]], [[B:{bdc}]] г.р. (свидетельство о рождении [[C:{bc}]]).
Состою на учёте у офтальмолога с первичной открытоугольной глаукомой ({icd}), зрение корригировано; ограничением для опеки не является (приказ Минздрава России от [[D:18.06.2014]] № 290н).
[[D:{t1}]]  [[P:{p_s}]]
Заключение № [[R:{pol}]] выдано [[D:{t3}]]; председатель ВК [[P:{h_s}]].""",
    ),
    (
        "L40.0",
        "запрос отдела охраны труда работодателя о результатах периодического медосмотра и ответ",
        """АО «Ижевский механический завод», служба охраны труда; ИНН {org_inn}; тел. [[T:{work}]] доб. {ext}
Исх. {out2} от [[D:{t1}]]
Просим сообщить результат периодического медицинского осмотра работника [[P:{p_gen}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], табельный № [[R:{pol}]], цех № {smallno}, а также сведения о заболеваниях кожи (псориаз в анамнезе).
Специалист по ОТ [[P:{o_s}]]
——
Ответ от [[D:{t3}]]: по результатам ПМО (карта [[R:{pol2}]]) медицинских противопоказаний к работе не выявлено; заключительный акт направлен работодателю. Диагнозы ({icd}) работодателю не сообщаются без согласия работника (ст. 13 323-ФЗ). Председатель комиссии [[P:{d_s}]], тел. [[T:{desk}]].""",
    ),
    (
        "M81.0",
        "согласие пациентки на передачу копий документов страховой медицинской организации для экспертизы качества",
        """В {smo}
Я, [[P:{m}]], [[B:{bdm}]] г.р., полис ОМС [[O:{enp}]], паспорт [[Q:{pas}]], выдан [[D:{pd}]], тел. [[T:{mob1}]],
по обращению № [[R:{portal}]] от [[D:{t1}]] (перелом позвонка при постменопаузном остеопорозе, {icd}; отказ в назначении денсусаба) даю согласие на запрос и передачу страховой медицинской организации копии медицинской карты [[R:{amb}]] из {org} для экспертизы качества медицинской помощи.
Результат прошу направить на [[E:{emm}]] или почтой: [[A:{ad1}]].
[[D:{t1}]]  [[P:{m_s}]]
Эксперт качества [[P:{o_s}]]: акт ЭКМП № [[R:{claim}]] от [[D:{t4}]], код дефекта 3.2.1.""",
    ),
    (
        "T20.2",
        "запрос участкового уполномоченного полиции об обращении пострадавшего с ожогом и ответ",
        """ОМВД России по г. {city}, участковый уполномоченный полиции [[P:{o}]], тел. [[T:{mob3}]]
Запрос № {out2} от [[D:{t2}]]
В связи с проверкой по материалу КУСП № [[R:{kusp}]] от [[D:{t1}]] прошу сообщить, обращался ли [[P:{p}]], [[B:{bd}]] г.р., проживающий [[A:{ad1}]], за медицинской помощью [[D:{t1}]] и характер повреждений.
——
Ответ {org} от [[D:{t3}]]: [[P:{p_s}]] обратил{p_sya} в приёмное отделение [[D:{t1}]] в {tm2}; термический ожог лица и шеи II степени ({icd}) площадью {pct} см² (не более 1 % поверхности тела). Медицинская карта [[R:{ib}]]. Сведения предоставлены по запросу органа дознания (п. 3 ч. 4 ст. 13 323-ФЗ). Зам. главного врача [[P:{h_s}]]""",
    ),
    (
        "F70",
        "запрос органа опеки и попечительства о состоянии здоровья подопечного ребёнка и ответ педиатра",
        """Отдел опеки и попечительства администрации г. {city}
[[A:{ado2}]]; тел. [[T:{desk2}]]; [[E:{emo2}]]
Исх. № {out2} от [[D:{t1}]]
В {org}
Просим предоставить сведения о состоянии здоровья несовершеннолетнего подопечного [[P:{c_gen}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], проживающего в приёмной семье [[P:{m_s_gen}]] по адресу [[A:{ad2}]], для ежегодного отчёта опекуна.
Главный специалист [[P:{o_s}]]
——
Вх. № [[R:{vh}]]; ответ [[D:{t3}]]: ребёнок наблюдается педиатром [[P:{d_s_ins}]] и психиатром (умственная отсталость лёгкой степени, {icd}); прививки по календарю; диспансеризация пройдена [[D:{t2}]].""",
    ),
    (
        "Q90.0",
        "заявление приёмной матери о выдаче медицинских документов для психолого-медико-педагогической комиссии",
        """Главному врачу {org}
от [[P:{m_gen}]], опекуна (приёмного родителя) [[P:{c_gen}]], [[B:{bdc}]] г.р.
Документ опекуна: паспорт [[Q:{pasr}]], выдан [[D:{pdr}]], код подразделения {kpdr}
Документ ребёнка: свидетельство о рождении [[C:{bc}]]; полис [[O:{enpc}]]
Адрес: [[A:{ad2}]]. Тел.: [[T:{mob2}]]; [[T:{mob3}]]
Прошу выдать выписку из истории развития ребёнка и заключения специалистов для ПМПК (синдром Дауна, {icd}). Направление ПМПК [[R:{pmpk}]].
Договор о приёмной семье заключён [[D:{told}]].
[[D:{t1}]]   [[P:{m_s}]]""",
    ),
    (
        "R51",
        "заявление о выдаче справки о времени нахождения на приёме для работодателя",
        """Заведующему {org}
от [[P:{p_gen}]], тел. [[T:{mob1}]], [[E:{em1}]]
Прошу выдать справку о том, что [[D:{t1}]] с {tm1} до {tm2} я находил{p_sya} на приёме у невролога [[P:{d_s_gen}]] (головная боль, {icd}), для предоставления работодателю ООО «Удмуртнефтесервис» (тел. отдела кадров [[T:{work}]]).
Паспорт [[Q:{pas}]]; карта [[R:{amb}]].
[[D:{t1}]]   [[P:{p_s}]]
Справка № [[R:{zayv}]] выдана [[D:{t1}]]; медрегистратор [[P:{n_s}]].""",
    ),
    (
        "I48.0",
        "жалоба через Платформу обратной связи Госуслуг на отмену записи к кардиологу и ответ",
        """Госуслуги · Сообщение о проблеме № [[R:{epgu}]] · [[D:{t1}]] {tm2}
Категория: Здравоохранение → Запись к врачу
Автор: [[P:{p_fi}]] · [[T:{mob1}]] · [[E:{em1}]]
Текст: У меня пароксизмальная фибрилляция предсердий ({icd}), направлен{p_a} к кардиологу (направление [[R:{tmk}]]), запись на [[D:{t2_dm}]] отменили смс-кой без объяснений. Живу: [[A:{ad1}]]. Помогите записаться.
——
Ответ ведомства от [[D:{t2}]]: «[[P:{p_io}]], запись восстановлена на [[D:{t3}]] в {tm1} к кардиологу [[P:{d_s_dat}]], {org}, каб. {cab}. Отмена произошла из-за больничного врача. Приносим извинения. Контакт-центр: [[T:{desk}]]».""",
    ),
    (
        "Z94.0",
        "заявление реципиента почечного трансплантата о передаче сведений в регистр другого региона",
        """Главному внештатному нефрологу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], полис [[O:{enp}]], паспорт: серия [[Q:{ser} номер {num}]]
Сообщаю о переезде с [[D:{t2}]] на постоянное место жительства: [[A:{ad3}]] (прежний адрес [[A:{ad1}]]). Прошу передать сведения обо мне как реципиенте трансплантированной почки ({icd}, трансплантация [[D:{told}]]) в регистр нового региона для обеспечения иммуносупрессантами; номер в регистре ВЗН — [[R:{ldn}]].
Новый телефон: [[T:{mob1}]]; старый [[T:{home}]] отключён.
[[D:{t1}]]  [[P:{p_s}]]""",
    ),
    (
        "F84.0",
        "заявление матери о направлении ребёнка к психиатру и на ПМПК с согласием на обработку данных",
        """Заведующей детской поликлиникой {org}
от [[P:{m_gen}]], [[T:{mob2}]], [[E:{emm}]], [[A:{ad2}]]
Прошу выдать направление к детскому психиатру и медицинские документы для ПМПК моему ребёнку [[P:{c_dat}]], [[B:{bdc}]] г.р., свидетельство о рождении [[C:{bc}]], СНИЛС [[S:{snc}]]. Подозрение на детский аутизм ({icd}) высказано неврологом [[P:{d_s_ins}]] [[D:{told}]].
Согласна на обработку персональных данных (152-ФЗ), в том числе передачу в ПМПК [[R:{pmpk}]].
Паспорт матери — серия: [[Q:{sern}]]; номер: [[Q:{num}]].
[[D:{t1}]]  [[P:{m_s}]]""",
    ),
    (
        "Z34.0",
        "заявление беременной о прикреплении к женской консультации с разрешением на временное проживание супруга",
        """Заведующей женской консультацией {org}
от [[P:{m_gen}]], [[B:{bdm}]] г.р., паспорт [[Q:{pasr}]], выдан [[D:{pdr}]] {issr}, код подразделения {kpdr}; СНИЛС [[S:{snr}]]; полис [[O:{enpr}]]
Адрес: [[A:{ad2}]]; телефоны [[T:{mob2}]], [[T:{mob1}]] (муж)
Прошу прикрепить меня для наблюдения по беременности (первая беременность, срок {days2} недель, {icd}).
Сведения о супруге (для обменной карты): [[P:{g}]], гражданин(ка) {fcountry}, паспорт [[Q:{fpas}]], разрешение на временное проживание [[R:{rvp}]] до [[D:{till}]].
[[D:{t1}]]  [[P:{m_s}]]
Индивидуальная карта беременной № [[R:{amb}]] заведена [[D:{t1}]]; акушерка [[P:{n_s}]].""",
    ),
    (
        "F10.2",
        "заявление о прекращении диспансерного наблюдения у нарколога и ответ врачебной комиссии",
        """Главному врачу наркологического диспансера
от [[P:{p_gen}]], [[B:{bd}]] г.р., паспорт [[Q:{pas}]], выдан [[D:{pd}]]; [[A:{ad1}]]; тел. [[T:{mob1}]]
Состою под диспансерным наблюдением с [[D:{told}]] ({icd}). Ремиссия более трёх лет подтверждена. Прошу рассмотреть вопрос о прекращении наблюдения (приказ Минздрава России от [[D:30.12.2015]] № 1034н) — необходимо для получения водительского удостоверения.
[[D:{t1}]]  [[P:{p_s}]]
——
Решение ВК от [[D:{t3}]], протокол [[R:{tmk}]]: наблюдение прекращено в связи со стойкой ремиссией. Справка № [[R:{zayv}]] выдана лично. Врач-психиатр-нарколог [[P:{d_s}]]""",
    ),
    (
        "M05.8",
        "заявление о выдаче заключения врачебной комиссии о переводе на лёгкий труд",
        """Председателю ВК {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], паспорт [[Q:{pas}]]
работаю оператором станков с ЧПУ; тел. [[T:{mob1}]], раб. [[T:{work}]] доб. {ext}
Прошу выдать заключение о необходимости временного перевода на другую, более лёгкую работу (ревматоидный артрит серопозитивный, {icd}; ЭЛН [[R:{eln}]] закрыт [[D:{t1}]]).
[[D:{t2}]]  [[P:{p_s}]]
Заключение ВК [[R:{tmk}]] от [[D:{t3}]]: перевод на работу без нагрузки на кисти до [[D:{t6}]].""",
    ),
    (
        "E05.0",
        "SMS-переписка пациентки с регистратурой о переносе приёма эндокринолога",
        """SMS от GP3-KIROV, [[D:{t1_sh}]] {tm1}: [[P:{m_io}]], напоминаем о приёме у эндокринолога [[P:{d_s_gen}]] [[D:{t2_dm}]] в {tm2}, каб. {cab}. Отмена: [[T:{desk}]]. Код записи [[R:{portal}]].
Ответ с [[T:{mob1}]], [[D:{t1_sh}]]: Не смогу, в больнице с ребёнком. Перенесите, пожалуйста, на следующую неделю. Анализ ТТГ сдала [[D:{told}]]. [[P:{m_s}]], [[B:{bdm_sh}]] г.р.
SMS от GP3-KIROV: Перенесли на [[D:{t3_dm}]] {tm1}. Диагноз в СМС не указывается. Справки [[T:{desk2}]].
Ответ: спасибо. Мой второй номер — [[T:{mob2}]] (муж, [[P:{ml_io}]]).""",
    ),
    (
        "H90.3",
        "электронное письмо слабослышащего пациента в поликлинику с просьбой о записи без телефонного звонка",
        """From: [[P:{p_fi}]] <[[E:{em1}]]>
To: [[E:{emo}]]
Date: [[D:{t1_iso}]] {tm2}
Subject: запись к сурдологу — только по почте или SMS
Здравствуйте! Я плохо слышу (двусторонняя нейросенсорная тугоухость, {icd}), звонить не могу. Прошу записать к сурдологу и на аудиометрию. Пишите сюда или SMS на [[T:{mob1}]] (звонки не принимаю). Дата рождения [[B:{bd}]], полис [[O:{enp}]], карта [[R:{amb}]].
С уважением, [[P:{p_s}]]
> Re: [[D:{t2_iso}]] — Регистратура: Записали на [[D:{t3}]] {tm1}, каб. {cab}. Сурдопереводчик при необходимости — запрос по [[E:{emo}]] или через Центр ВОГ, тел./SMS [[T:{desk2}]].""",
    ),
    (
        "N40",
        "обращение к Уполномоченному по правам человека в регионе о сроках урологической операции и ответ",
        """Уполномоченному по правам человека в {region}
от [[P:{p_gen}]], [[B:{bd_w}]] г.р., ветерана труда (удостоверение [[R:{putevka}]]), [[A:{adl}]], тел. [[T:{home}]], [[T:{mob1}]]
Полгода жду операции на предстательной железе ({icd}), живу с катетером. Полис [[O:{enp}]]. В {org} отвечают «нет мест».
[[D:{t1}]]  [[P:{p_s}]]
——
Аппарат Уполномоченного, ответ от [[D:{t4}]] (обращение [[R:{vh}]]): по запросу Уполномоченного Минздрав сообщил, что госпитализация назначена на [[D:{t5}]]; ответственный — заведующий урологическим отделением [[P:{d_s}]]. Советник [[P:{o_s}]].""",
    ),
    (
        "O14.1",
        "письмо мужа родильницы заведующей отделением с просьбой сообщить о состоянии жены и ответ",
        """Заведующей отделением патологии беременности {org}
от [[P:{ml_gen}]], мужа пациентки [[P:{m_gen}]] ([[B:{bdm}]] г.р.), тел. [[T:{mob2}]], [[T:{work}]] доб. {ext}; [[E:{emml}]]
Жену госпитализировали [[D:{t1}]] с тяжёлой преэклампсией ({icd}), телефон у неё отключён. Прошу сообщить о её состоянии и о ребёнке. Жена указывала меня в согласии как доверенное лицо. Паспорт: [[Q:{pasr}]].
[[D:{t2}]]  [[P:{ml_s}]]
——
Ответ [[D:{t2}]]: [[P:{m_s}]] после операции кесарева сечения [[D:{t1}]] в {tm2}, состояние средней тяжести, стабильное; ребёнок в ОРИТН. Сведения сообщены лицу, указанному в ИДС. Заведующая [[P:{h_s}]], тел. поста [[T:{desk}]].""",
    ),
    (
        "J44.1",
        "заявление о выдаче талона на бесплатный проезд к месту лечения в областную больницу",
        """Главному врачу {org}
от [[P:{p_gen}]], [[B:{bd}]] г.р., инвалида II группы (справка МСЭ [[R:{mse}]]), СНИЛС [[S:{sn}]], проживающ{p_ei}: [[A:{ad1}]], тел. [[T:{home}]], [[T:{mob1}]]
Прошу выдать направление (ф. 057/у) и талон на бесплатный проезд к месту лечения в пульмонологическое отделение {org2} (ХОБЛ с обострением, {icd}) на [[D:{t3}]]. Сопровождающий — [[P:{r}]], паспорт [[Q:{pasr}]].
Стоимость проезда ~{sum}, расстояние {days2} км.
[[D:{t1}]]  [[P:{p_s}]]
Направление [[R:{tmk}]] и талон № [[R:{putevka2}]] выданы [[D:{t2}]].""",
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


# corpus 24's extra self-check: no passport-like, SNILS-like or ENP-like run left unlabelled
NEW24 = re.compile(
    r"(?<![\d-])\d{2} ?\d{2} №? ?\d{6}(?!\d)|(?<!\d)\d{3}-\d{3}-\d{3}[ -]\d{2}(?!\d)"
)


def check24(doc: dict) -> None:
    covered: set[int] = set()
    for s in doc["spans"]:
        covered.update(range(s["start"], s["end"]))
    for m in NEW24.finditer(doc["text"]):
        assert m.start() in covered, (doc["id"], m[0])


def kind_of(code: str, genre: str) -> str:
    mid, name = DIAG24[code]
    return f"{name} (МКБ-10, 1.2.643.5.1.13.13.11.1005 v2.24, {code}, ID {mid}): {genre}"


def source_of(code: str) -> str:
    mid, name = DIAG24[code]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1005 v2.24 (МКБ-10 — Международная статистическая "
        f"классификация болезней и проблем, связанных со здоровьем), ID {mid}, MKB_CODE "
        f"«{code}», MKB_NAME «{name}»"
    )


TEMPLATES = GENRES24


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    codes = [t[0] for t in TEMPLATES]
    assert len(codes) == len(set(codes)), "one kind per diagnosis"
    assert set(codes) <= set(DIAG24), "every diagnosis is a row of the directory"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(c, g) for c, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for code, genre, template in TEMPLATES:
            extra = {"icd": code, "dx": DIAG24[code][1]}
            doc = build(
                render(rng, template, extra),
                kind_of(code, genre),
                source_of(code),
                f"blind24_{len(docs):04d}",
            )
            check(doc)
            check24(doc)
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
