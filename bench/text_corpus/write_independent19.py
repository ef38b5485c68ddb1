"""Write ``independent19.jsonl``: the nineteenth blind corpus, 2026-12-06 — the paperwork
around one instrumental diagnostic study of one patient.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, ``bench/README.md``, any ``--misses`` output or any
``bench/results`` file (not even listed), never ran ``git show`` or ``git blame`` nor read a
commit message (for ``git log`` see the slips below), and never ran the text bench
(``bench/text_deid.py``, ``bench/text_speed.py``), the ``ozero`` CLI or any de-identifier on
this corpus. Of ``bench/text_deid.py`` only the module docstring and ``REPORTED``,
``DEV_SECTIONS``, ``BLIND_CORPORA`` and ``blind_half`` were read, to wire the corpus in, and
``blind_half`` was imported once, to count the halves. Slips, said here so that nobody takes
this corpus for blinder than it is: one ``sed`` of a line range meant to end at
``blind_half`` also printed the next function, ``target_check`` (it compares per-type recall
and precision with ``PERFECT_TYPES``, ``TARGET_RECALL`` and ``TARGET_PRECISION``; no value of
them was shown); after the corpus was frozen and committed, ``git log --oneline -1
--format=%H`` was run once to read back the new commit's hash (it printed that hash alone,
no message and no other commit). No template was written to aim at or around anything seen
there. ``write_independent1``–``16`` (and corpus 18's writer, on another branch) were not
opened. From ``write_independent17.py``
only the file format, the labelling rules (restated below, unchanged), the writer's structure
(one template per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>``
numbers) and its generic helpers were taken. **Copied verbatim from corpus 17** (which had
them from corpora 13–15): the declension (``decl_surname``, ``decl_first``, ``decl_pat``,
``pat_stem``, ``person``), SNILS/ENP/INN check digits (``snils_digits``, ``snils``,
``luhn_digit``, ``enp``, ``inn12``), ``passport``, ``bcert``, ``shape``, the date formatters
(``date``, ``fmt_date``, ``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``,
``ocr``, ``hyphen_break``, ``build``, the self-check ``check`` with ``SUSPICIOUS`` and its
checksum helpers (one change: ``check`` skips a date-like match that follows a software
version's word, ``VERSION_WORDS19``, as corpus 17 skipped ``NOT_DATES17``: a version written
like a date, «ПО 3.10.22», is kept as a hard negative on purpose), ``serialize`` and ``main``.
**Written fresh for corpus 19**: the name lists (Russian, Don and Kuban Cossack, Ukrainian,
Belarusian, Polish, Volga German, Jewish, Pontic Greek, Bulgarian and Gagauz, Moldovan,
Armenian, Georgian, Crimean Tatar, Volga Tatar, Kalmyk, Kazakh of the Lower Volga, Nogai,
Adyghe, Karachay, Mordvin, Chuvash, Korean surnames and first names; foreign radiologists in
Latin), the towns, streets and villages of the Volga, the Lower Don, the Kuban, Crimea and the
Black Earth, with Moscow and St Petersburg (``addr19`` and friends), phones as call centres and
SMS write them (``mob19``, ``city19``, ``sms19``, ``brk19``, ``said19``), e-mails, passports
(``pas19``), every record number of imaging and functional diagnostics (``rec19``: accession
numbers, RIS orders, referrals, PACS and device patient IDs, MRNs, Study, Series and SOP
Instance UIDs, MWL requested-procedure and step IDs, admission IDs, DICOM Study IDs, disc and
transfer numbers, teleradiology and tele-ECG requests, second-opinion cases, complaints, dose
cards, Holter and ABPM studies, endoscopy protocols, biopsies, capsule studies, device exam
numbers, appointment codes, ДМС policies, case histories and outpatient cards), the dense
hard negatives of the field (devices and their serials, kV, mAs, CTDIvol, DLP, DAP, slices,
matrices, sizes, HU, frequencies, ECG intervals, rates, doses, contrast agents and their lots,
radiopharmaceuticals, rooms, DICOM tags, modality codes, AE titles, class UIDs, service codes,
ICD-10, RADS categories, software versions), the organisations and every template;
``build_all`` was rewritten, ``render`` draws ``<<shape>>`` numbers with ``shape19``
(``shape``, except that a value of two or more digits never starts with a zero) and an extra
self-check (``check19``: the new date writings are never left unlabelled) was added.

**Kinds from a real source.** Each kind is one study of the federal NSI directory «ФСИДИ —
Федеральный справочник инструментальных диагностических исследований» (OID
1.2.643.5.1.13.13.11.1471, version 2.38, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.11.1471_2.38_part1``; ``ID``, ``FULLNAME``,
``METHOD``, ``ANATOMIC_FIELD`` and ``NMU`` as its ``_passport`` describes them; 76 studies:
X-ray with mammography and densitometry, CT, MRI, ultrasound with an ultrasound-guided
puncture, endoscopy, ECG, Holter, ABPM and stress tests, spirometry, EEG, ENMG, evoked
potentials, CTG, oesophageal manometry, OCT, nuclear medicine with PET/CT, coronary
angiography) in one genre of the paperwork around that study (the referral, the appointment
SMS and the call-centre script, the registration desk's and the MRI safety sheet, the
worklist, the protocol and its conclusion, a second-opinion request, a PACS/RIS export as
text, a DICOM header dump rendered as text, a device's printout and report footer, the
transfer of images on a disc or a drive with its cover letter, a complaint about a delay and
its answer, a radiation-dose record, a teleradiology and tele-ECG exchange, a repeat-study
order, the contrast journal, the endoscope's traceability journal, the biopsy's referral).
The kind is «FULLNAME (ФСИДИ, 1.2.643.5.1.13.13.11.1471 v2.38, ID N): GENRE»; the
``source`` names the directory entry. One study and one template per kind (no template is
shared). The kinds of corpora 1–17 (the ``kind`` values of ``independent*.jsonl`` present
when this was written) were listed by a scratch script only to avoid them, compared
case-insensitively; none of the kinds here is among them (``build_all`` asserts the kinds
are unique).

Emphasis: RECORD numbers of one patient or study in imaging and functional-diagnostics
paperwork (accession numbers, Study/Series/SOP Instance UIDs of one patient's study, RIS
orders, referrals, disc and transfer numbers, PACS and device patient IDs, exam numbers on
printouts; with letters, dashes, slashes and years, without «№», after English labels
«Accession», «Patient ID», «MRN», in tables and DICOM dumps, split across lines,
OCR-damaged); DATES and times as devices and RIS print them («20261103», «03-NOV-2026»,
«2026-11-03T08:45», «03.11.26 08:45:12», «2026/11/03»); PHONES as call centres and SMS write
them; PASSPORTS and SNILS on referral forms; PRECISION under the hard negatives of the field
(device models and serials, kV, mAs, CTDIvol, «DLP 412 мГр·см», slice thickness, «512×512»,
«12×8 мм», HU, frequencies, «PQ 0,16 с», heart rates, mSv, contrast lots, rooms, DICOM tags
«(0010,0020)», modality codes, service codes «A06.09.007», ICD-10, BI-RADS/Lung-RADS,
software versions); the usual PHI at normal density.

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

Run: ``.venv/bin/python bench/text_corpus/write_independent19.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent19.jsonl"
SEED = 1920261206
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

# ---------------------------------------------------------------- people (fresh for corpus 19)
# Peoples of the Volga, the Lower Don, the Kuban, Crimea and the Black Earth; male base forms
# (``decl_surname`` makes the rest).
SURNAMES = [
    "Ершов",
    "Поляков",
    "Миронов",
    "Субботин",
    "Гончаров",
    "Щербаков",
    "Калашников",
    "Прохоров",
    "Самойлов",
    "Лапин",
    "Журавлёв",
    "Фомичёв",
    "Кривошеин",
    "Астахов",
    "Мелехов",
    "Кравченко",
    "Ткаченко",
    "Сердюк",
    "Галушко",
    "Мороз",
    "Радкевич",
    "Шпак",
    "Ясинский",
    "Завадский",
    "Функ",
    "Гердт",
    "Вебер",
    "Райзер",
    "Гольдберг",
    "Каценельсон",
    "Шапиро",
    "Харитониди",
    "Савиди",
    "Кесоглиди",
    "Стоянов",
    "Петков",
    "Чакир",
    "Гайдаржи",
    "Чобану",
    "Тян",
    "Амбарцумян",
    "Манукян",
    "Хачатурян",
    "Гогия",
    "Джанелидзе",
    "Аблаев",
    "Усеинов",
    "Меметов",
    "Сеитов",
    "Сафиуллин",
    "Галиев",
    "Хуснутдинов",
    "Очиров",
    "Бадмаев",
    "Манджиев",
    "Утепов",
    "Кенжегалиев",
    "Курманалиев",
    "Тхагушев",
    "Хуаде",
    "Байрамуков",
    "Узденов",
    "Кирдяшкин",
    "Ведяшкин",
    "Ухтеров",
    "Никифоров",
    "Нам",
    "Кан",
    "Ли",
    "Бычков",
    "Рябинин",
    "Зотов",
    "Волков",
    "Денисов",
]
M_FIRST = [
    "Евгений",
    "Виталий",
    "Игорь",
    "Максим",
    "Артём",
    "Матвей",
    "Константин",
    "Григорий",
    "Леонид",
    "Владимир",
    "Денис",
    "Никита",
    "Егор",
    "Всеволод",
    "Арсений",
    "Юрий",
    "Роберт",
    "Геворг",
    "Левон",
    "Вахтанг",
    "Отар",
    "Бислан",
    "Азамат",
    "Эмиль",
    "Сейран",
    "Эрнест",
    "Мурат",
    "Баатр",
    "Эрдни",
    "Филипп",
    "Антон",
    "Семён",
    "Валентин",
    "Герман",
    "Ян",
    "Харлампий",
    "Димитрий",
    "Марат",
    "Рафаэль",
    "Ильшат",
]
F_FIRST = [
    "Светлана",
    "Ирина",
    "Людмила",
    "Марина",
    "Надежда",
    "Евгения",
    "Валентина",
    "Анастасия",
    "Екатерина",
    "Зарема",
    "Эльмира",
    "Алсу",
    "Лейла",
    "Сусанна",
    "Карина",
    "Милана",
    "Диана",
    "Ангелина",
    "Серафима",
    "Богдана",
    "Снежана",
    "Амина",
    "Байрта",
    "Эльвира",
    "Фатима",
    "Жанна",
    "Регина",
    "Инна",
    "Алёна",
    "Нелли",
    "Христина",
    "Деспина",
    "Мариэтта",
    "Кермен",
    "Гульшат",
    "Ирма",
]
PAT_STEMS = [
    "Алексеев",
    "Владимиров",
    "Константинов",
    "Максимов",
    "Леонидов",
    "Григорьев",
    "Вячеславов",
    "Игорев",
    "Сергеев",
    "Анатольев",
    "Николаев",
    "Васильев",
    "Романов",
    "Робертов",
    "Левонов",
    "Вахтангов",
    "Ахмедов",
    "Муратов",
    "Азаматов",
    "Сейранов",
    "Эрнестов",
    "Баатров",
    "Бадмаев",
    "Маратов",
    "Ильшатов",
    "Харлампиев",
    "Фёдоров",
    "Юрьев",
    "Германов",
    "Антонов",
]
FOREIGN = [
    ("Гонсалес", "Мигель", True),
    ("Ахмед", "Юсуф", True),
    ("Сингх", "Гурприт", True),
    ("Кёниг", "Томас", True),
    ("Мартинес", "Лусия", False),
    ("Оконкво", "Нгози", False),
    ("Вонг", "Сюзан", False),
    ("Тран", "Тхи Лан", False),
]
INDECL_FIRST = {
    "Алсу",
    "Нелли",
    "Эрдни",
    "Кермен",
    "Гульшат",
    "Нгози",
    "Сюзан",
    "Тхи Лан",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# foreign radiologists in Latin («Dr.» is written outside the span by the templates)
FOREIGN_LAT = [
    "Hannah Berger",
    "Ahmet Kaya",
    "Lucia Romano",
    "Sanjay Mehta",
    "Olga Novakova",
    "Yusuf Demir",
    "Marta Kowalska",
    "Kenji Sato",
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


# ---------------------------------------------------------------- corpus 19: places (fresh)
# The Volga, the Lower Don, the Kuban, Crimea, the Black Earth, Moscow and St Petersburg.
# town: nominative with type, locative with type, bare name, region (full), region (short),
# postal prefix, phone code (the code and the local number make ten digits)
TOWNS19 = [
    ("г. Самара", "в г. Самаре", "Самара", "Самарская область", "Самарская обл.", "443", "846"),
    ("г. Тольятти", "в г. Тольятти", "Тольятти", "Самарская область", "Сам. обл.", "445", "8482"),
    ("г. Саратов", "в г. Саратове", "Саратов", "Саратовская область", "Сарат. обл.", "410", "8452"),
    (
        "г. Волгоград",
        "в г. Волгограде",
        "Волгоград",
        "Волгоградская область",
        "Волгогр. обл.",
        "400",
        "8442",
    ),
    ("г. Астрахань", "в г. Астрахани", "Астрахань", "Астраханская область", "АО", "414", "8512"),
    ("г. Пенза", "в г. Пензе", "Пенза", "Пензенская область", "Пенз. обл.", "440", "8412"),
    (
        "г. Ульяновск",
        "в г. Ульяновске",
        "Ульяновск",
        "Ульяновская область",
        "Ульян. обл.",
        "432",
        "8422",
    ),
    (
        "г. Нижний Новгород",
        "в г. Нижнем Новгороде",
        "Нижний Новгород",
        "Нижегородская область",
        "НО",
        "603",
        "831",
    ),
    ("г. Киров", "в г. Кирове", "Киров", "Кировская область", "Кир. обл.", "610", "8332"),
    (
        "г. Оренбург",
        "в г. Оренбурге",
        "Оренбург",
        "Оренбургская область",
        "Оренб. обл.",
        "460",
        "3532",
    ),
    (
        "г. Ростов-на-Дону",
        "в г. Ростове-на-Дону",
        "Ростов-на-Дону",
        "Ростовская область",
        "РО",
        "344",
        "863",
    ),
    (
        "г. Таганрог",
        "в г. Таганроге",
        "Таганрог",
        "Ростовская область",
        "Рост. обл.",
        "347",
        "8634",
    ),
    ("г. Краснодар", "в г. Краснодаре", "Краснодар", "Краснодарский край", "КК", "350", "861"),
    ("г. Сочи", "в г. Сочи", "Сочи", "Краснодарский край", "Краснод. край", "354", "862"),
    (
        "г. Новороссийск",
        "в г. Новороссийске",
        "Новороссийск",
        "Краснодарский край",
        "Красн. кр.",
        "353",
        "8617",
    ),
    ("г. Ставрополь", "в г. Ставрополе", "Ставрополь", "Ставропольский край", "СК", "355", "8652"),
    ("г. Элиста", "в г. Элисте", "Элиста", "Республика Калмыкия", "Калмыкия", "358", "84722"),
    ("г. Майкоп", "в г. Майкопе", "Майкоп", "Республика Адыгея", "РА", "385", "8772"),
    (
        "г. Черкесск",
        "в г. Черкесске",
        "Черкесск",
        "Карачаево-Черкесская Республика",
        "КЧР",
        "369",
        "8782",
    ),
    ("г. Симферополь", "в г. Симферополе", "Симферополь", "Республика Крым", "Крым", "295", "3652"),
    (
        "г. Белгород",
        "в г. Белгороде",
        "Белгород",
        "Белгородская область",
        "Белг. обл.",
        "308",
        "4722",
    ),
    ("г. Курск", "в г. Курске", "Курск", "Курская область", "Курская обл.", "305", "4712"),
    ("г. Орёл", "в г. Орле", "Орёл", "Орловская область", "Орл. обл.", "302", "4862"),
    ("г. Брянск", "в г. Брянске", "Брянск", "Брянская область", "Брян. обл.", "241", "4832"),
    ("г. Тамбов", "в г. Тамбове", "Тамбов", "Тамбовская область", "Тамб. обл.", "392", "4752"),
    ("г. Москва", "в г. Москве", "Москва", "Москва", "Москва", "117", "495"),
    (
        "г. Санкт-Петербург",
        "в г. Санкт-Петербурге",
        "Санкт-Петербург",
        "Санкт-Петербург",
        "СПб",
        "197",
        "812",
    ),
]
# street: with its type, bare (as people write it)
STREETS19 = [
    ("ул. Ново-Садовая", "Ново-Садовая"),
    ("ул. Мичурина", "Мичурина"),
    ("ул. Чапаева", "Чапаева"),
    ("ул. Большая Садовая", "Б. Садовая"),
    ("ул. Красная", "Красная"),
    ("пр-т Ворошиловский", "Ворошиловский пр"),
    ("ул. Ставропольская", "Ставропольская"),
    ("ул. Киевская", "Киевская"),
    ("ул. Горького", "Горького"),
    ("ул. Рокоссовского", "Рокоссовского"),
    ("ул. Лермонтова", "Лермонтова"),
    ("ул. Дзержинского", "Дзержинского"),
    ("б-р Юности", "бульвар Юности"),
    ("ш. Южное", "Южное ш"),
    ("пер. Университетский", "Университетский пер"),
    ("ул. 2-я Линия", "2-я Линия"),
    ("ул. Героев Сталинграда", "Героев Сталинграда"),
    ("наб. Волжская", "Волжская наб"),
    ("ул. Карла Маркса", "К. Маркса"),
    ("пр-т Металлургов", "пр Металлургов"),
    ("ул. 70 лет Октября", "70 лет Октября"),
    ("мкр. Юбилейный", "Юбилейный мкр"),
]
# village: with type, locative, district, region
RURAL19 = [
    ("ст-ца Каневская", "в ст-це Каневской", "Каневской р-н", "Краснодарский край"),
    ("х. Пухляковский", "в х. Пухляковском", "Усть-Донецкий р-н", "Ростовская обл."),
    ("ст-ца Вёшенская", "в ст-це Вёшенской", "Шолоховский р-н", "Ростовская обл."),
    ("с. Красный Яр", "в с. Красный Яр", "Красноярский р-н", "Астраханская обл."),
    ("пгт Безенчук", "в пгт Безенчук", "м.р. Безенчукский", "Самарская обл."),
    ("с. Яндыки", "в с. Яндыки", "Лаганский р-н", "Республика Калмыкия"),
    ("аул Хакуринохабль", "в ауле Хакуринохабль", "Шовгеновский р-н", "Республика Адыгея"),
    ("с. Мещерское", "в с. Мещерском", "Сердобский р-н", "Пензенская обл."),
    (
        "р.п. Старая Кулатка",
        "в р.п. Старая Кулатка",
        "Старокулаткинский р-н",
        "Ульяновская обл.",
    ),
    ("пгт Черноморское", "в пгт Черноморское", "Черноморский р-н", "Республика Крым"),
    ("с. Межводное", "в с. Межводном", "Черноморский р-н", "Республика Крым"),
    ("с. Новая Таволжанка", "в с. Новая Таволжанка", "Шебекинский г.о.", "Белгородская обл."),
    (
        "с. Большое Солдатское",
        "в с. Большом Солдатском",
        "Большесолдатский р-н",
        "Курская обл.",
    ),
    ("с. Шарлык", "в с. Шарлыке", "Шарлыкский р-н", "Оренбургская обл."),
    ("с. Александров Гай", "в с. Александров Гай", "Александрово-Гайский р-н", "Саратовская обл."),
    ("ст-ца Кисляковская", "в ст-це Кисляковской", "Кущёвский р-н", "Краснодарский край"),
    ("с. Учкекен", "в с. Учкекен", "Малокарачаевский р-н", "Карачаево-Черкесская Республика"),
    ("пгт Кузоватово", "в пгт Кузоватово", "Кузоватовский р-н", "Ульяновская обл."),
]
RURAL_ST19 = [
    "Октябрьская",
    "Школьная",
    "Красноармейская",
    "Казачья",
    "Степная",
    "Набережная",
    "Шевченко",
    "Пролетарская",
    "Виноградная",
    "Молодёжная",
]
ORG_ST19 = [
    "ул. Пирогова",
    "ул. Карбышева",
    "ул. Семашко",
    "ул. Ткачёва",
    "ул. Солнечная",
    "пр-т Медиков",
    "ул. Молодогвардейская",
    "ул. Инженерная",
]


def _t19(rng: random.Random) -> tuple:
    return rng.choice(TOWNS19)


def _hk19(rng: random.Random) -> tuple[str, int]:
    h = str(rng.randint(1, 190))
    if rng.random() < 0.3:
        h += rng.choice(["А", "б", "/1", " корп. 2", " стр. 1", "В"])
    return h, rng.randint(1, 310)


def addr19(rng: random.Random) -> str:
    """A person's address as people write it (one line)."""
    town, _loc, bare_t, reg, reg_ab, idx, _c = _t19(rng)
    st, bare = rng.choice(STREETS19)
    v, _vl, vdist, vreg = rng.choice(RURAL19)
    z = idx + f"{rng.randint(0, 99):03d}"
    h, k = _hk19(rng)
    n = rng.randint(1, 95)
    rs = rng.choice(RURAL_ST19)
    shapes = [
        lambda: f"{z}, {reg}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg_ab}, {bare_t}, {bare}, д.{h}, кв.{k}",
        lambda: f"{town}, {st}, {h}-{k}",
        lambda: f"{vreg}, {vdist}, {v}, ул. {rs}, {n}",
        lambda: f"{v}, ул. {rs}, д. {n}",
        lambda: f"{bare_t}, {bare}, {h}, {k}",
        lambda: f"{st}, д. {h}, кв. {k}, {town}, {z}",
        lambda: f"{z}, {town}, {st}, д. {h}, кв. {k}",
        lambda: f"{v} ({vdist}), {rs} ул., {n}",
        lambda: f"кв. {k}, д. {h}, {st}, {town}",
    ]
    return rng.choice(shapes)()


def aloc19(rng: random.Random) -> str:
    """An inflected address after «проживает в» (from the settlement's type on; «в» stays outside)."""
    _t, loc, _bare_t, _r, _ra, _i, _c = _t19(rng)
    st, bare = rng.choice(STREETS19)
    _v, vl, vdist, _vr = rng.choice(RURAL19)
    h, k = _hk19(rng)
    return rng.choice(
        [
            f"{loc[2:]}, {st}, д. {h}, кв. {k}",
            f"{vl[2:]}, {vdist}, ул. {rng.choice(RURAL_ST19)}, д. {rng.randint(1, 70)}",
            f"{loc[2:]}, {bare} {h}-{k}",
        ]
    )


def abr19(rng: random.Random) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town, _loc, _b, reg, _ra, idx, _c = _t19(rng)
    st, _bare = rng.choice(STREETS19)
    h, k = _hk19(rng)
    z = idx + f"{rng.randint(0, 99):03d}"
    return rng.choice(
        [
            f"{z}, {reg}, {town},\n{st}, д. {h}, кв. {k}",
            f"{town}, {st}, д. {h},\nкв. {k}",
            f"{st}, {h}, кв. {k},\n{town}, {z}",
        ]
    )


def aorg19(rng: random.Random) -> str:
    town, _l, _b, reg, _ra, idx, _c = _t19(rng)
    st = rng.choice(ORG_ST19)
    n = rng.randint(1, 120)
    return rng.choice(
        [
            f"{idx}{rng.randint(0, 99):03d}, {town}, {st}, {n}",
            f"{reg}, {town}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            f"{town}, {st}, д. {n}",
            f"{st}, {n}, {town}, {idx}{rng.randint(0, 99):03d}",
        ]
    )


# ---------------------------------------------------------------- corpus 19: phones (fresh)
OPS19 = [
    "927",
    "937",
    "917",
    "918",
    "928",
    "938",
    "988",
    "978",
    "960",
    "961",
    "962",
    "903",
    "905",
    "906",
    "908",
    "909",
    "919",
    "920",
    "951",
    "952",
    "989",
    "999",
    "900",
    "902",
]
NDASH = "–"
OP_WORDS19 = {
    "927": "девятьсот двадцать семь",
    "937": "девятьсот тридцать семь",
    "917": "девятьсот семнадцать",
    "918": "девятьсот восемнадцать",
    "928": "девятьсот двадцать восемь",
    "988": "девятьсот восемьдесят восемь",
    "960": "девятьсот шестьдесят",
    "903": "девятьсот три",
}


def _mob19(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(OPS19), rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)


def mob19(rng: random.Random) -> str:
    op, a, b, c = _mob19(rng)
    return rng.choice(
        [
            f"+7 {op} {a}-{b}-{c}",
            f"8 ({op}) {a} {b} {c}",
            f"+7({op}){a}{b}{c}",
            f"8{op}{a}{b}{c}",
            f"+7 {op} {a}{b}{c}",
            f"8-{op}-{a}{b}{c}",
            f"+7-{op}-{a}-{b}-{c}",
            f"8 {op} {a} {b}{c}",
            f"8.{op}.{a}.{b}.{c}",
            f"+7 ({op}) {a}{NDASH}{b}{NDASH}{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7 {op} {a} {b} {c}",
        ]
    )


def sms19(rng: random.Random) -> str:
    """A subscriber's number as an SMS gateway or a call log prints it (glued)."""
    op, a, b, c = _mob19(rng)
    return rng.choice([f"+7{op}{a}{b}{c}", f"7{op}{a}{b}{c}", f"8{op}{a}{b}{c}"])


def said19(rng: random.Random) -> str:
    """A phone said partly in words, as a call-centre transcript keeps it."""
    op = rng.choice(sorted(OP_WORDS19))
    a, b, c = rng.randint(200, 989), rng.randint(10, 99), rng.randint(10, 99)
    return f"восемь {OP_WORDS19[op]}, {a}-{b}-{c}"


def city19(rng: random.Random) -> str:
    _t, _l, _b, _r, _ra, _i, code = _t19(rng)
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
        ]
    )


def c800_19(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice(
        [f"8-800-{a}-{b}-{c}", f"8 800 {a} {b} {c}", f"8 (800) {a}-{b}-{c}", f"8800{a}{b}{c}"]
    )


def brk19(rng: random.Random) -> str:
    op, a, b, c = _mob19(rng)
    return rng.choice(
        [f"+7 ({op})\n{a}-{b}-{c}", f"8 {op} {a}-\n{b}-{c}", f"+7-{op}-\n{a}-{b}-{c}"]
    )


MAIL_DOM19 = [
    "mail.ru",
    "yandex.ru",
    "ya.ru",
    "bk.ru",
    "rambler.ru",
    "gmail.com",
    "list.ru",
    "icloud.com",
]
ORG_MAIL19 = [
    "rentgen@okb-samara.ru",
    "pacs@kkb1-krasnodar.ru",
    "mrt.zapis@mrt-volga.ru",
    "luch.diag@rokb-rostov.ru",
    "kt-centr@gb8-saratov.ru",
    "teleradio@tmc-yug.ru",
    "endo@gkb3-astrakhan.ru",
    "fd.kabinet@kdc-penza.ru",
    "nucmed@onko-nn.ru",
    "kopii.snimkov@rkb-crimea.ru",
    "kachestvo@diag-belgorod.ru",
]


def mail19(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f}",
            f"{f[0]}{s}",
            f"{s}_{rng.randint(70, 99)}",
            f"{f}.{s}{rng.randint(1, 30)}",
            f"{s}-{f[0]}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM19)}"


# ---------------------------------------------------------------- corpus 19: passports (fresh)
OKATO19 = ["36", "63", "18", "12", "56", "73", "22", "33", "53", "60", "03", "07", "85", "79", "35"]


def pas19(rng: random.Random) -> str:
    o, y, n = rng.choice(OKATO19), f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y}№{n}",
            f"{o} {y}  {n}",
        ]
    )


# ---------------------------------------------------------------- corpus 19: record numbers (fresh)
def brk_at(s: str) -> str:
    """A number broken across two lines in the middle (a narrow column, a label)."""
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


REC19 = {
    "acc": ["A26######", "ACC-26-######", "26КТ#####", "RX26/######", "##########", "MR%%-#####"],
    "ris": ["RIS-#######", "ЗК-26-######", "ORD########", "####/26-Р", "Р-######/26"],
    "ref": ["НПР-2026-######", "##-####/26", "Н/####-26", "2026-####-######", "НП#######"],
    "pid": ["P########", "PACS#######", "ID-######", "###-###-###", "%%######", "63-#######"],
    "mrn": ["########", "МК-######", "%#######", "##/######"],
    "ib": ["#####/26", "И-######", "Ст-####-26", "######-С"],
    "amb": ["######", "А-#####", "###/##-П", "АК####"],
    "disc": ["D-26-####", "CD####/26", "ДИСК-######", "ПК-2026-####", "####-ДВД"],
    "exam": ["#####", "E######", "EX-####", "####-%"],
    "tele": ["ТМК-2026-######", "TR-#######", "ТРД/26/#####", "%%%-26-####"],
    "ecgtx": ["ТЭ-######", "ECG-#####-26", "#######"],
    "second": ["ВМ-26-####", "SO-#####", "2М/####"],
    "compl": ["ОБ-####/26", "Ж-26-#####", "#####-ОГ", "ЗП-2026-####"],
    "dose": ["ЛДН-####", "ДН/####", "#####-Д"],
    "holter": ["ХМ-#####", "H26-####", "####/ХМ"],
    "abpm": ["СМАД-####", "ABPM####", "####-А"],
    "endo": ["ЭН-26-####", "ЭГДС/#####", "E26#####", "КС-####/26"],
    "hist": ["Г-26-######", "#####/26-Б", "Б-######"],
    "caps": ["CE-####", "ВКЭ-###/26", "RP########"],
    "code": ["###-###", "%#%-##%", "@@-####", "####-##"],
    "dms": ["###-######-##", "ДМС-##/######", "%%-#######"],
    "rp": ["RP######", "##########", "ЗП#######"],
    "sps": ["SPS#######", "######.#", "S-######"],
    "adm": ["ADM######", "П-26-#####", "######/С"],
    "studyid": ["####", "#####", "%####"],
    "tab": ["######", "Т-####"],
    "fd": ["ФД-26-#####", "#####/ФД", "ФД####"],
    "eeg": ["ЭЭГ-#####", "ВЭЭГ-####/26", "EEG####"],
    "ctg": ["КТГ-#####", "#####/К", "CTG-####"],
    "nm": ["РНД-26-####", "#####/Р", "ПЭТ-26-####"],
}
UID_ROOTS19 = [
    "1.2.643.5.1.13.13.12.2.63.6253",
    "1.2.643.5.1.13.13.12.2.23.2107",
    "1.2.643.5.1.13.13.12.2.61.5880",
    "1.2.643.5.1.13.13.12.2.64.6391",
    "1.2.643.5.1.13.13.12.2.34.3702",
    "1.2.643.5.1.13.13.12.2.91.9104",
]


def rec19(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC19[kind]))


def uid19(rng: random.Random, root: str, day: dt.date) -> str:
    """A Study Instance UID under the organisation's root: date, time and counters."""
    stamp = (
        f"{day.year}{day.month:02d}{day.day:02d}{rng.randint(7, 19):02d}{rng.randint(0, 59):02d}"
    )
    return rng.choice(
        [
            f"{root}.{stamp}.{rng.randint(1, 99999)}",
            f"{root}.2.{rng.randint(100, 99999)}.{rng.randint(1000, 999999)}",
            f"{root}.{rng.randint(1, 9)}.{stamp[2:]}.{rng.randint(10, 9999)}.{rng.randint(1, 99)}",
        ]
    )


# ---------------------------------------------------------------- corpus 19: hard negatives
DEV19 = {
    "ct": [
        "Siemens SOMATOM go.Top",
        "GE Revolution Maxima",
        "Philips Incisive CT",
        "Canon Aquilion Prime SP",
        "United Imaging uCT 760",
        "Siemens SOMATOM Drive",
    ],
    "mr": [
        "Siemens MAGNETOM Sola 1,5 Тл",
        "GE SIGNA Explorer 1,5 Тл",
        "Philips Ingenia 3,0 Тл",
        "Canon Vantage Orian 1,5 Тл",
    ],
    "xr": [
        "Philips DigitalDiagnost C90",
        "Carestream DRX-Evolution Plus",
        "КРТ «Электрон»",
        "АРЦ «Амико»",
        "Shimadzu RADspeed Pro",
    ],
    "mg": [
        "Fujifilm Amulet Innovality",
        "GE Senographe Pristina",
        "Hologic Selenia Dimensions",
        "МАММО-4МТ",
    ],
    "us": [
        "Mindray Resona 7",
        "Samsung HS70A",
        "GE LOGIQ E10",
        "SonoScape P60",
        "Canon Aplio i800",
        "Philips EPIQ 7",
    ],
    "nm": ["Siemens Symbia Intevo Bold", "GE Discovery NM/CT 670", "Philips BrightView XCT"],
    "endo": ["Olympus GIF-H190", "Pentax EG-2990i", "Fujifilm EG-760Z", "Olympus GIF-HQ190"],
    "ecg": [
        "Schiller Cardiovit AT-102 plus",
        "Nihon Kohden Cardiofax M",
        "Альтон-103",
        "Поли-Спектр-8/EX",
        "Mortara ELI 280",
    ],
    "dxa": ["GE Lunar Prodigy Advance", "Hologic Horizon W", "DMS Stratos dR"],
}
CONTRAST19 = [
    "йогексол (Омнипак 350)",
    "йопромид (Ультравист 370)",
    "йодиксанол (Визипак 320)",
    "йоверсол (Оптирей 350)",
]
GADO19 = ["гадобутрол (Гадовист 1,0)", "гадотеровая кислота (Дотарем)", "гадопикленол (Элюцирем)"]
ICD19 = [
    "C34.1",
    "I63.5",
    "M17.1",
    "M81.0",
    "J32.0",
    "N20.0",
    "C50.4",
    "I25.1",
    "K21.0",
    "G40.2",
    "R91",
    "C61",
    "E22.0",
    "K80.5",
    "I83.9",
    "E04.1",
    "M50.1",
    "S82.1",
    "K29.5",
    "C73",
    "I20.8",
    "G47.4",
]
ORGS19 = [
    "ГБУЗ СО «Самарская областная клиническая больница им. В.Д. Середавина»",
    "ГБУЗ «НИИ — ККБ № 1 им. проф. С.В. Очаповского»",
    "ГБУ РО «Ростовская областная клиническая больница»",
    "ГУЗ «Областной клинический кардиологический диспансер»",
    "ООО «МРТ-Эксперт Поволжье»",
    "ГАУЗ «Республиканский центр лучевой диагностики»",
    "ГБУЗ РК «Республиканская клиническая больница им. Н.А. Семашко»",
    "ООО «Лечебно-диагностический центр „Ситимед“»",
    "ГБУЗ «Городская поликлиника № 8»",
    "ГБУЗ «Онкологический диспансер № 2»",
    "ООО «Телерадиология Юг»",
    "ГБУЗ «Городская клиническая больница № 3 им. С.М. Кирова»",
    "ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России",
    "ГБУЗ «Детская краевая клиническая больница»",
]


def num19(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", ",")


MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
VERSION_WORDS19 = ("ПО", "версия", "версии", "SW", "Ver.", "прошивка", "Software Version")


def dates19(f: dict, key: str, d: dt.date) -> None:
    """Every writing of one calendar date under ``key`` + suffix."""
    y, m, dd = d.year, d.month, d.day
    f[key] = f"{dd:02d}.{m:02d}.{y}"
    f[key + "_dm"] = f"{dd:02d}.{m:02d}"
    f[key + "_dcm"] = f"{y}{m:02d}{dd:02d}"
    f[key + "_mon"] = f"{dd:02d}-{MON_EN[m - 1]}-{y}"
    f[key + "_monc"] = f"{dd:02d}-{MON_EN[m - 1].capitalize()}-{y}"
    f[key + "_iso"] = d.isoformat()
    f[key + "_sh"] = f"{dd:02d}.{m:02d}.{y % 100:02d}"
    f[key + "_w"] = f"{dd} {MONTHS_GEN[m - 1]} {y}"
    f[key + "_wd"] = f"{dd} {MONTHS_GEN[m - 1]}"
    f[key + "_sl"] = f"{y}/{m:02d}/{dd:02d}"
    f[key + "_dash"] = f"{dd:02d}-{m:02d}-{y}"
    f[key + "_us"] = f"{m:02d}/{dd:02d}/{y}"


def fillers19(rng: random.Random) -> dict:
    f: dict = {}
    for pre in ("p", "s", "d", "e", "h", "m", "n"):
        f.update(person(rng, pre))
    f.update(person(rng, "q", False))
    f.update(person(rng, "u", True))
    f.update(person(rng, "k", foreign_ok=False))
    f.update(person(rng, "x", foreign_ok=False))
    f.update(person(rng, "c", foreign_ok=False))  # a child
    for pre in ("p", "q", "s", "u", "d", "e", "h", "m", "n", "k", "x", "c"):
        male = f[pre + "_male"]
        f[pre + "_ogo"] = "ого" if male else "ой"
        f[pre + "_aya"] = "ой" if male else "ая"
        words = f[pre].split()
        f[pre + "_dcm"] = "^".join(lat(w).upper() for w in words)
        f[pre + "_dcm2"] = "^".join(lat(w).capitalize() for w in words[:2])
        f[pre + "_lat"] = " ".join(lat(w).upper() for w in words[:2])
    f["p_sex_dcm"] = "M" if f["p_male"] else "F"
    f["p_ocr"] = ocr(f["p_up"])
    f["p_brk"] = hyphen_break(f["p"])
    f["fl1"], f["fl2"] = rng.sample(FOREIGN_LAT, 2)
    # birth dates
    by = rng.randint(1940, 2004)
    by = 1999 if by == 2000 else by  # ``spoken`` has no word for the year 2000
    bdd = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    dates19(f, "bd", bdd)
    f["bdv"] = fmt_date(rng, bdd, rng.choice(["dot", "dot", "words", "dot1"]))
    f["bd_spk"] = fmt_date(rng, bdd, "spoken")
    f["age"] = str(2026 - bdd.year - (1 if (bdd.month, bdd.day) > (11, 15) else 0))
    f["age_dcm"] = f"{int(f['age']):03d}Y"
    bdq = dt.date(rng.randint(1986, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dates19(f, "bdq", bdq)
    f["ageq"] = str(2026 - bdq.year - 1)
    bdk = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    dates19(f, "bdk", bdk)
    f["agek"] = str(max(1, 2026 - bdk.year - 1))
    dates19(f, "bdn", dt.date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)))
    f["bdy"] = str(rng.randint(1948, 2002))  # a year alone: not labelled
    # the documents' dates: six in order, each in every writing
    cur = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 290))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 8))
        dates19(f, f"t{i}", cur)
        if i == 1:
            dates19(f, "lmp", cur - dt.timedelta(days=rng.randint(50, 70)))
        if i == 2:
            f["day2"] = cur
            dates19(f, "t2n", cur + dt.timedelta(days=1))
        if i == 4:
            f["t4_spk"] = fmt_date(rng, cur, "spokendm")
    dold = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    f["told"] = fmt_date(rng, dold, "dot")
    f["told_iso"] = dold.isoformat()
    f["told2"] = date(rng, rng.randint(2019, 2025), rng.choice(["dot", "words"]))
    f["pas_d"] = date(rng, rng.randint(2008, 2025), rng.choice(["dot", "dot", "words"]))
    f["cal_d"] = date(rng, 2026, "dot")  # a phantom's or a calibration's date: a date all the same
    f["exp_m"] = f"{rng.randint(1, 12):02d}.{rng.randint(2027, 2029)}"  # month and year only
    f["exp_m2"] = f"{rng.randint(2027, 2029)}-{rng.randint(1, 12):02d}"
    # times
    t0 = rng.randint(7 * 60, 11 * 60)
    for i in range(1, 7):
        t0 += rng.randint(7, 95)
        t = t0 % (24 * 60)
        sec = rng.randint(0, 59)
        f[f"tm{i}"] = f"{t // 60:02d}:{t % 60:02d}"
        f[f"tms{i}"] = f"{t // 60:02d}:{t % 60:02d}:{sec:02d}"
        f[f"tmd{i}"] = f"{t // 60:02d}{t % 60:02d}{sec:02d}"
    # contacts and identity
    for i in range(1, 4):
        f[f"a{i}"] = addr19(rng)
        f[f"ph{i}"] = mob19(rng)
    f["al1"] = aloc19(rng)
    f["a_br"] = abr19(rng)
    f["ao"], f["ao2"] = aorg19(rng), aorg19(rng)
    f["phc1"], f["phc2"] = city19(rng), city19(rng)
    f["ph_sms"], f["ph_sms2"] = sms19(rng), sms19(rng)
    f["ph_said"] = said19(rng)
    f["ph_br"] = brk19(rng)
    f["ph800"] = c800_19(rng)
    f["ext"] = str(rng.randint(100, 599))
    f["m1"] = mail19(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail19(rng, f["q_sur"], f["q_first"])
    f["md"] = mail19(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = rng.sample(ORG_MAIL19, 2)
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"] = enp(rng), enp(rng)
    f["inn"] = inn12(rng)
    f["pas"], f["pas2"] = pas19(rng), pas19(rng)
    f["pas_ser"] = f"{rng.choice(OKATO19)}{rng.randint(0, 25):02d}"
    f["pas_num"] = str(rng.randint(100000, 999999))
    f["kpd"] = f"{rng.randint(200, 920)}-{rng.randint(1, 90):03d}"
    f["pasf"] = shape(rng, rng.choice(["N#######", "AC#######", "FA#######", "U########"]))
    f["bc"] = bcert(rng)
    # record numbers of one patient, study or episode
    for key in REC19:
        f[key] = rec19(rng, key)
        f[key + "2"] = rec19(rng, key)
    f["root"] = rng.choice(UID_ROOTS19)
    f["uid"] = uid19(rng, f["root"], f["day2"])
    f["uid2"] = uid19(rng, f["root"], f["day2"] - dt.timedelta(days=rng.randint(200, 700)))
    f["ser"] = f"{f['uid']}.{rng.randint(2, 9)}"
    f["ser2"] = f"{f['uid']}.{rng.randint(10, 19)}"
    f["sop"] = f"{f['ser']}.{rng.randint(1, 480)}"
    cut = f["uid"].rfind(".", 0, len(f["uid"]) - 4)
    f["uid_br"] = f["uid"][: cut + 1] + "\n" + f["uid"][cut + 1 :]
    f["acc_br"] = brk_at(rec19(rng, "acc"))
    f["ref_br"] = brk_at(shape(rng, "НПР-2026-######"))
    f["acc_ocr"] = shape(rng, "КТ26-0##3##").replace("0", "О").replace("3", "З")
    f["pid_ocr"] = shape(rng, "P0##3###0").replace("0", "О")
    # hard negatives
    for key, lst in DEV19.items():
        f["dev_" + key] = rng.choice(lst)
    f["dev_sn"] = shape(
        rng,
        rng.choice(["SN ####-##", "S/N %%#####", "зав. № #####", "Serial %#####", "SN: ###%##"]),
    )
    f["dev_sn2"] = shape(rng, rng.choice(["SN ######", "s/n %####-#", "зав. № ####-%"]))
    f["inv"] = shape(rng, rng.choice(["инв. № 0101####", "инв. ОС-#####", "инв. № ######"]))
    f["ver"] = shape(rng, rng.choice(["VB##A", "v#.#.#", "DV##.#_R0#", "ver. #.#.#", "VA##B"]))
    f["ver_d"] = f"{rng.randint(1, 9)}.{rng.randint(10, 28)}.{rng.randint(10, 28)}"
    f["ae"] = shape(rng, rng.choice(["CT%%%#", "MR_ROOM#", "DX0#", "US%%##", "NM_%%#"]))
    f["kv"] = str(rng.choice([80, 100, 110, 120, 140]))
    f["mas"] = str(rng.randint(20, 380))
    f["ctdi"] = num19(rng, 2.1, 18.5)
    f["dlp"] = str(rng.randint(90, 1350))
    f["dap"] = num19(rng, 0.6, 48.0)
    f["msv"] = num19(rng, 0.02, 14.0, 2)
    f["thk"] = rng.choice(["0,625", "1,0", "1,25", "2,0", "3,0", "5,0"])
    f["matrix"] = rng.choice(["512×512", "256×256", "384×320", "320×320", "1024×1024"])
    f["fov"] = str(rng.randint(180, 500))
    f["hu"] = str(rng.randint(-90, 160))
    f["sz1"] = f"{rng.randint(4, 38)}×{rng.randint(3, 29)}"
    f["sz2"] = f"{rng.randint(4, 38)}×{rng.randint(3, 29)}×{rng.randint(3, 25)}"
    f["mhz"] = num19(rng, 2.0, 15.0)
    f["hr"] = str(rng.randint(52, 118))
    f["contrast"] = rng.choice(CONTRAST19)
    f["gado"] = rng.choice(GADO19)
    f["clot"] = shape(
        rng, rng.choice(["серия 24K####", "Lot %%####", "партия ####-##", "серия ###%##"])
    )
    f["clot2"] = shape(rng, rng.choice(["Lot #####%", "серия %#####", "партия ##-####"]))
    f["cvol"] = str(rng.randint(40, 120))
    f["icd1"], f["icd2"] = rng.sample(ICD19, 2)
    f["org"], f["org2"] = rng.sample(ORGS19, 2)
    f["cab"] = str(rng.randint(101, 432))
    f["room"] = shape(rng, rng.choice(["#-##", "###", "###%"]))
    f["talon"] = shape(rng, rng.choice(["К-0##", "Р###", "МР-##"]))
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["outno"] = shape(rng, rng.choice(["##-##/####", "####/01-##", "#-###"]))
    f["small"] = str(rng.randint(2, 30))
    f["big"] = str(rng.randint(100, 999))
    f["wt"] = str(rng.randint(49, 121))
    f["ht"] = str(rng.randint(151, 197))
    f["otp"] = shape(rng, "####")
    return f


def shape19(rng: random.Random, pattern: str) -> str:
    """``shape``, except that a value of two or more digits never starts with a zero."""
    if pattern.startswith("##"):
        return str(rng.randint(1, 9)) + shape(rng, pattern[1:])
    return shape(rng, pattern)


def render(rng: random.Random, template: str, extra: dict) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape19(rng, m.group(1)), template)
    raw = raw.replace("_s}]].", "_s}]]")  # «Журавлёв Д.Ф.» ends the sentence: no second dot
    fill = fillers19(rng)
    fill.pop("day2")
    return raw.format_map({**fill, **extra})


# ---------------------------------------------------------------- corpus 19: genres and kinds
# one kind per study: (ФСИДИ ID, genre, template); every template is used by one kind only
GENRES19: list[tuple[int, str, str]] = [
    (
        7003320,
        "рабочий лист выезда передвижного флюорографа",
        """ПЕРЕДВИЖНОЙ ФЛЮОРОГРАФ «ФЦ-01» ({dev_sn}) — рабочий лист выезда [[D:{t2}]]
Место: {org2}, площадка у ФАП; водитель — тел. [[T:{ph2}]]; лаборант [[P:{s_s}]]
№ | ФИО              | д.р.             | СНИЛС             | № снимка      | доза, мЗв
1 | [[P:{p_s}]]      | [[B:{bd}]]       | [[S:{sn}]]        | [[R:{exam}]]  | 0,0<<#>>
2 | [[P:{n_s}]]      | {bdy} г.р.       | [[S:{sn2}]]       | [[R:{exam2}]] | 0,0<<#>>
3 | [[P:{k_s}]]      | [[B:{bdq_sh}]]   | —                 | [[R:{acc}]]   | 0,0<<#>>
Параметры: 7<<#>> кВ, <<#>>,<<#>> мАс, детектор 43×43 см, матрица {matrix}; ПО {ver_d}
Снимки переданы в PACS в {tm4}, AE {ae}. У [[P:{p_gen}]] — очаг S2 справа {sz1} мм: дообследование (КТ), запись по [[T:{phc1}]].
Ответственный врач-рентгенолог [[P:{d_s}]]; услуга {nmu}.""",
    ),
    (
        7002892,
        "DICOM-заголовок цифрового снимка, выведенный как текст (dcmdump)",
        """# dcmdump — {dev_xr}, файл IM000<<##>>, выгружен по заявке [[R:{tele}]]
(0002,0010) UI =LittleEndianExplicit                     # 1.2.840.10008.1.2.1
(0008,0016) UI =DigitalXRayImageStorageForPresentation   # 1.2.840.10008.5.1.4.1.1.1.1
(0008,0018) UI [[[R:{sop}]]]                             # SOPInstanceUID
(0008,0020) DA [[[D:{t2_dcm}]]]                          # StudyDate
(0008,0030) TM [{tmd2}.000]                              # StudyTime
(0008,0050) SH [[[R:{acc}]]]                             # AccessionNumber
(0008,0060) CS [DX]                                      # Modality
(0008,0090) PN [[[P:{e_dcm}]]]                           # ReferringPhysicianName
(0010,0010) PN [[[P:{p_dcm}]]]                           # PatientName
(0010,0020) LO [[[R:{pid}]]]                             # PatientID
(0010,0030) DA [[[B:{bd_dcm}]]]                          # PatientBirthDate
(0010,0040) CS [{p_sex_dcm}]   (0010,1010) AS [{age_dcm}]
(0018,0060) DS [{kv}]   (0018,1150) IS [<<##>>]   (0018,115E) DS [<<#.##>>]
(0018,1000) LO [{dev_sn}]   (0018,1020) LO [{ver}]
(0020,000D) UI [[[R:{uid}]]]                             # StudyInstanceUID
(0020,000E) UI [[[R:{ser}]]]                             # SeriesInstanceUID
(0020,0010) SH [[[R:{studyid}]]]                         # StudyID
(0002,0012) UI =ImplementationClassUID                   # 1.2.276.0.7230010.3.0.3.6.7""",
    ),
    (
        7003379,
        "SMS-приглашение на скрининговую маммографию и сценарий исходящего звонка",
        """SMS · MAMMO-SCREEN · [[D:{t1_dm}]] {tm1}
[[P:{q_io}]], приглашаем на маммографию (диспансеризация, {nmu}). Запись: [[D:{t3_wd}]] {tm2}, каб. {cab}, [[A:{ao}]]. Код записи [[R:{code}]]. Отмена: [[T:{ph800}]]
—
Сценарий колл-центра (исходящий звонок [[D:{t2}]] {tm3}, оператор № {small}):
— Здравствуйте, это [[P:{q_s}]]? Вы записаны на маммографию [[D:{t3_wd}]]. Подтвердите дату рождения.
— [[B:{bdn_w}]].
— Спасибо. Возьмите паспорт, полис и снимки прошлых лет: последнее исследование [[D:{told}]], BI-RADS 2, номер [[R:{acc2}]].
— Мой новый номер [[T:{ph_sms}]], старый не работает.
Итог: подтверждено; {dev_mg}, 2 проекции (CC, MLO), AGD ≤ 1,<<#>> мГр на проекцию. Перезвон не нужен.""",
    ),
    (
        7003395,
        "запрос второго мнения в референс-центр (пересмотр томосинтеза)",
        """{org}
[[A:{ao}]], тел. [[T:{phc1}]], [[E:{mo}]]
исх. № {outno} от [[D:{t3}]]
Руководителю референс-центра лучевой диагностики
ЗАПРОС ВТОРОГО МНЕНИЯ (пересмотр маммографии с томосинтезом)
Пациентка: [[P:{q}]], [[B:{bdq}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Исследование [[D:{t2}]]: {dev_mg}, {dev_sn}; томосинтез 25 срезов по 1 мм, угол 50°, AGD 1,<<#>> мГр
Accession: [[R:{acc}]]; Study UID: [[R:{uid}]]
Находка: в верхненаружном квадранте левой железы узел {sz1} мм со спикулами, BI-RADS 4B (по месту); предыдущее исследование [[R:{acc2}]] от [[D:{told}]] — BI-RADS 1.
Вопрос: BI-RADS 4B или 5? Показана ли биопсия под контролем томосинтеза?
Номер случая второго мнения [[R:{second}]]. Врач-рентгенолог на связи: [[T:{ph1}]].""",
    ),
    (
        7003932,
        "жалоба пациента на задержку описания снимка и ответ администрации",
        """Главному врачу {org}
от [[P:{p_gen}]], [[B:{bdv}]] г.р., проживающ{p_ei} по адресу: [[A:{a1}]], тел. [[T:{ph1}]]
ЖАЛОБА
[[D:{t1}]] мне выполнили рентгенографию тазобедренного сустава (направление [[R:{ref}]], талон {talon}, каб. {cab}). Описание обещали через 2 часа, но и [[D:{t4}]] его нет ни в личном кабинете, ни у травматолога [[P:{e_s_gen}]] Ортопед не может решить вопрос об эндопротезировании (M16.1).
Прошу выдать описание и снимки на диске.   [[P:{p_s}]]
—
Вх. № [[R:{compl}]] от [[D:{t4}]]. Ответ заместителя главного врача [[P:{h_s}]] от [[D:{t5}]]:
Исследование [[R:{acc}]] описано [[D:{t5}]] в {tm2} (задержка — сбой архива PACS, AE {ae}). Снимки записаны на диск [[R:{disc}]]; получить можно в каб. {cab} с 08:00 до 15:00 по паспорту. Отделение лучевой диагностики приносит извинения.""",
    ),
    (
        7003981,
        "направление травмпункта на рентгенографию (ф. 057/у-04)",
        """НАПРАВЛЕНИЕ на рентгенологическое исследование (ф. 057/у-04) № [[R:{ref}]]
Травматологический пункт {org2}, [[A:{ao2}]]
1. [[P:{p}]]   2. Дата рождения: [[B:{bd}]]   3. Пол: {p_sex}
4. Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
5. Паспорт: [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
6. Адрес: [[A:{a2}]]; телефон [[T:{ph1}]]
7. Исследование: {study} (правый, в 2 проекциях, {nmu}), cito
8. Диагноз: S83.2? Травма [[D:{t1}]] в {tm1} (падение на льду)
9. Травмкарта [[R:{amb}]]; врач-травматолог [[P:{e_s}]]
Отметка рентгенкабинета: выполнено в {tm3}, {dev_xr}, {kv} кВ, <<#>>,<<#>> мАс, ЭЭД 0,0<<#>> мЗв; лаборант [[P:{s_s}]]""",
    ),
    (
        7003197,
        "передача ортопантомограммы на диске с сопроводительным письмом",
        """{org}, отделение лучевой диагностики
[[A:{ao}]]; тел. [[T:{phc1}]]; [[E:{mo}]]
исх. № {outno} от [[D:{t3}]]
Главному врачу ООО «Стоматология „Улыбка“» ([[A:{ao2}]])
Сопроводительное письмо
Направляем копию ортопантомограммы пациента [[P:{p_gen}]], [[B:{bd}]] г.р., на CD-R (DICOM и просмотрщик):
— исследование [[D:{t2}]] {tm1}, accession [[R:{acc}]], Patient ID [[R:{pid}]]
— Planmeca ProMax 2D, {dev_sn}; 66 кВ, 8 мА, 16 с; ЭЭД <<##>> мкЗв
Диск [[R:{disc}]] (болванка Verbatim, {clot}) выдан по заявлению пациента [[R:{disc2}]] от [[D:{t2}]].
Получил курьер [[P:{x_s}]] [[D:{t3}]], тел. [[T:{ph2}]].
Зав. отделением [[P:{h_s}]]""",
    ),
    (
        7004153,
        "заказ на повторное исследование в РИС из-за брака снимка",
        """ЗАКАЗ НА ПОВТОРНОЕ ИССЛЕДОВАНИЕ (брак снимка) — РИС, [[D:{t2_iso}]]T{tm2}
Первичный заказ: [[R:{ris}]]; accession [[R:{acc}]]; пациент [[P:{p_dcm2}]] / [[P:{p_s}]], DOB [[B:{bd_iso}]]
Причина: боковая проекция — плечи перекрывают C6–C7; функциональные пробы не выполнены
Новый заказ: [[R:{ris2}]]; accession [[R:{acc2}]]; {study} с функциональными пробами, {nmu}
Назначено: [[D:{t3_iso}]]T{tm3}, кабинет {room}, {dev_xr}; AE {ae}
Доп. доза: ЭЭД 0,<<##>> мЗв (учесть в листе учёта доз [[R:{dose}]])
Заказ создал рентгенолог [[P:{d_s}]]; оповещение — SMS на [[T:{ph_sms}]] в {tm4}, статус «доставлено».
Рентгенолаборант первичного снимка — табельный № [[R:{tab}]].""",
    ),
    (
        7003759,
        "лист учёта дозовых нагрузок пациентки (вкладыш в ф. 025/у)",
        """ЛИСТ УЧЁТА ДОЗОВЫХ НАГРУЗОК ПРИ РЕНТГЕНОЛОГИЧЕСКИХ ИССЛЕДОВАНИЯХ № [[R:{dose}]]
[[P:{q}]], [[B:{bdq}]], амб. карта [[R:{amb}]], СНИЛС [[S:{sn}]]
Дата          | исследование                       | аппарат, параметры            | ЭЭД, мЗв
[[D:{t1_sh}]] | рентгенография ОГК                 | {dev_xr}, {kv} кВ             | 0,0<<#>>
[[D:{t3_sh}]] | {study} (по Гентгену и Мартиусу)   | 2 снимка, DAP {dap} Гр·см²    | 0,<<##>>
[[D:{t4_sh}]] | рентгенография кисти               | отменено (ошибка заказа)      | —
Показание к пельвиометрии — планирование повторных родов (роды [[D:{told}]] — клинически узкий таз); беременность исключена, ХГЧ отр. [[D:{t3_dm}]].
Сумма за год 0,<<##>> мЗв. Accession: [[R:{acc}]].
Врач [[P:{d_s}]]; основание: НРБ-99/2009, МУ 2.6.1.3584-19.""",
    ),
    (
        7003726,
        "SMS-напоминание о записи на гистеросальпингографию и памятка подготовки",
        """От: GINEKO-RENTGEN  [[D:{t1_sh}]] {tm1}
[[P:{q_io}]], вы записаны на гистеросальпингографию [[D:{t3_wd}]] в {tm2} (7–11 день цикла), {org}, [[A:{ao}]], каб. {cab}. Номер записи [[R:{code}]]. Перенос: [[T:{phc1}]] доб. {ext}
От: GINEKO-RENTGEN  [[D:{t2_sh}]] {tm3}
Памятка: мазок на флору не старше 10 дней, ВИЧ, RW, гепатиты; контраст {contrast}, 10–20 мл, {clot}; доза ~ 0,<<#>> мЗв.
Направление гинеколога [[P:{e_s}]] № [[R:{ref}]]. Полис [[O:{enp}]].
Ответ абонента [[T:{ph_sms}]]: «Можно перенести на [[D:{t4_dm}]]? цикл сдвинулся»
От: GINEKO-RENTGEN  [[D:{t2_sh}]] {tm4}
Перенесено на [[D:{t4_wd}]] {tm1}, новый код [[R:{code2}]].""",
    ),
    (
        7003502,
        "протокол рентгеноскопии желудка и заключение",
        """ПРОТОКОЛ РЕНТГЕНОЛОГИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{acc}]]
{study}; код услуги {nmu}
Пациент: [[P:{p}]], [[B:{bd}]], ИБ [[R:{ib}]]; направил гастроэнтеролог [[P:{e_i}]]
Дата: [[D:{t2}]] {tm1}–{tm2}; {dev_xr}, {dev_sn}; время скопии 3 мин <<##>> с; DAP {dap} Гр·см²; ЭЭД <<#>>,<<##>> мЗв
Контраст: бария сульфат 240 г (взвесь 1:1), {clot}; газообразующая смесь 3 г
Пищевод проходим, кардия смыкается. Желудок крючкообразный, в средней трети малой кривизны — ниша {sz1} мм с конвергенцией складок. Луковица ДПК деформирована.
Заключение: язва малой кривизны желудка (K25.7). Рекомендована ЭГДС с биопсией.
Врач-рентгенолог [[P:{d_s}]]; рентгенолаборант [[P:{s_s}]]. Снимки в PACS: Study UID [[R:{uid}]].""",
    ),
    (
        7003007,
        "телерадиологический обмен: ночное описание снимков для ЦРБ",
        """ТЕЛЕРАДИОЛОГИЯ — заявка [[R:{tele}]] · статус: описано
Отправитель: ЦРБ, [[A:{ao}]]; дежурный хирург [[P:{e_s}]], тел. [[T:{phc1}]]
Получатель: {org}, дежурный рентгенолог [[P:{d_s}]]
Отправлено [[D:{t2_iso}]]T{tms1}; получено [[D:{t2_iso}]]T{tms2}; норматив 60 мин
Пациент: [[P:{p_dcm}]]; Patient ID [[R:{pid}]]; DOB [[B:{bd_dcm}]]; accession [[R:{acc}]]
Исследование: {study}, 2 проекции; {dev_xr}; AE {ae}; 4 изображения, 2 серии
Анамнез: избит{p_a} [[D:{t2_dm}]] около 01:30, ШКГ 14, гематома теменной области.
Описание ([[D:{t2_iso}]]T{tm4}): линейный перелом правой теменной кости протяжённостью <<##>> мм, без смещения. Рекомендованы КТ головного мозга и консультация нейрохирурга.
Ответ продублирован звонком на [[T:{ph1}]] в {tm5}.""",
    ),
    (
        7004252,
        "распечатка отчёта денситометра (поясничный отдел)",
        """{dev_dxa} — Отчёт о денситометрии   ПО {ver_d}
Пациент: [[P:{p_lat}]]        Patient ID: [[R:{pid}]]
Дата рождения: [[B:{bd_us}]]    Возраст: {age}   Пол: {p_sex_dcm}   Рост {ht} см   Вес {wt} кг
Дата сканирования: [[D:{t2_us}]] {tm1}   Режим: Standard   Exam #: [[R:{exam}]]
Область  | BMD, г/см² | T-score | Z-score
L1       | 0,<<###>>      | −2,<<#>>    | −1,<<#>>
L2       | 0,<<###>>      | −2,<<#>>    | −1,<<#>>
L3       | 0,<<###>>      | −2,<<#>>    | −1,<<#>>
L1–L4    | 0,<<###>>      | −2,<<#>>    | −1,<<#>>
Ежедневный контроль по фантому [[D:{cal_d}]], CV 0,<<#>> %
Заключение: остеопороз поясничного отдела позвоночника (M81.0). ЭЭД 0,00<<#>> мЗв.
Врач [[P:{d_s}]]; направил эндокринолог [[P:{e_s}]]. {org}, [[T:{phc1}]]""",
    ),
    (
        7003940,
        "выгрузка списка исследований из РИС/PACS в текст (денситометрия бедра)",
        """RIS EXPORT · StudyList · generated [[D:{t4_iso}]] {tms2}
PatientName: [[P:{p_dcm2}]]   PatientID: [[R:{pid}]]   OtherIDs: [[R:{mrn}]]   BirthDate: [[B:{bd_iso}]]
-----------------------------------------------------------------------------------------
Accession       | StudyDate        | Mod | Description                      | Img | Status
[[R:{acc}]]     | [[D:{t2_iso}]]   | OT  | DXA PROXIMAL FEMUR LEFT ({nmu})   | 3   | REPORTED
[[R:{acc2}]]    | [[D:{told_iso}]] | OT  | DXA LSPINE                       | 2   | ARCHIVED
-----------------------------------------------------------------------------------------
Neck BMD 0,<<###>> г/см², T −2,<<#>>; Total hip 0,<<###>>, T −1,<<#>>; FRAX: major <<##>> %, hip <<#>>,<<#>> %
Referring: [[P:{e_dcm2}]]   Reading: [[P:{d_dcm2}]]   Station: {ae}   Device: {dev_dxa}, {dev_sn}
Export: ПО {ver_d}""",
    ),
]
GENRES19 += [
    (
        7001472,
        "телемедицинский обмен ПСО — РСЦ при инсульте (КТ головы)",
        """Телемедицинская консультация «ПСО — РСЦ» · запрос [[R:{tele}]] · CITO (инсульт)
[[D:{t2}]] {tm1}. ПСО: {org2}, [[A:{ao2}]]; невролог [[P:{e_s}]], моб. [[T:{ph1}]]
Пациент: [[P:{p}]], {age} лет, д.р. [[B:{bd}]]; ИБ [[R:{ib}]]; NIHSS 1<<#>>, начало симптомов ~ 06:40 (со слов жены)
{study}: {dev_ct}; {kv} кВ, <<###>> мАс, срез {thk} мм; CTDIvol {ctdi} мГр; DLP {dlp} мГр·см
Accession [[R:{acc}]]; Study UID [[R:{uid}]]; передано в PACS РСЦ в {tm2}
ASPECTS 9; гиперденсивная СМА слева ({hu} HU); кровоизлияния нет.
Ответ РСЦ ({tm3}): нейрорентгенолог [[P:{d_s}]] — признаков геморрагии нет, показан системный тромболизис; рассмотреть перевод для тромбэкстракции. Сосудистый нейрохирург на связи: [[T:{phc1}]] доб. {ext}.""",
    ),
    (
        7001506,
        "DICOM-заголовок серии КТ-ангиографии в текстовом виде",
        """=== DICOM header (text) — серия CTA Head 0.6 Bv36, {dev_ct} ===
(0002,0010) UI [1.2.840.10008.1.2.1]        # TransferSyntaxUID
(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2]  # SOPClassUID (CT Image Storage)
(0008,0018) UI [[[R:{sop}]]]
(0008,0020) DA [[[D:{t3_dcm}]]]              # StudyDate
(0008,0022) DA [[[D:{t3_dcm}]]]              # AcquisitionDate
(0008,0032) TM [{tmd3}.512000]
(0008,0050) SH [[[R:{acc}]]]
(0008,0090) PN [[[P:{e_dcm}]]]
(0008,1010) SH [{ae}]                        # StationName
(0010,0010) PN [[[P:{p_dcm}]]]
(0010,0020) LO [[[R:{pid}]]]
(0010,0030) DA [[[B:{bd_dcm}]]]
(0010,1010) AS [{age_dcm}]   (0010,1030) DS [{wt}]
(0018,0050) DS [0.6]   (0018,0060) DS [{kv}]   (0018,1151) IS [<<###>>]   (0018,9345) FD [<<##.#>>]
(0018,1000) LO [{dev_sn}]   (0018,1020) LO [{ver}]
(0020,000D) UI [[[R:{uid}]]]
(0020,000E) UI [[[R:{ser}]]]
(0020,0011) IS [<<#>>]   (0020,0013) IS [<<###>>]
(0040,0254) LO [{study}, {contrast} {cvol} мл, {clot}]
Дамп снят по запросу врача [[P:{d_s}]] ([[E:{md}]]).""",
    ),
    (
        7001928,
        "скрининг рака лёгкого: сценарий обзвона по результату Lung-RADS",
        """СКРИНИНГ РАКА ЛЁГКОГО (НДКТ) — сценарий обзвона, список на [[D:{t4}]]
Линия [[T:{ph800}]]
Пациент: [[P:{p}]], [[B:{bd}]]; тел. [[T:{ph1}]], доп. [[T:{ph_br}]]
Исследование [[D:{t2}]]: {study}, {dev_ct}; 120 кВ, CTDIvol 1,<<#>> мГр, DLP <<##>> мГр·см, ЭЭД 0,<<#>> мЗв
Accession [[R:{acc}]]; результат: Lung-RADS 4A — солидный узел S6 справа {sz1} мм, объём <<###>> мм³
Скрипт: «[[P:{p_io}]], здравствуйте! По результатам КТ от [[D:{t2_wd}]] врач [[P:{d_s}]] рекомендует контроль через 3 месяца и консультацию онколога. Можем записать на [[D:{t5_wd}]] в {tm3}? Номер записи [[R:{code}]]».
Исход звонка {tm4}: не дозвонились (2 попытки) → SMS на [[T:{ph_sms}]]; повтор [[D:{t5}]].
Запись в регистре скрининга: [[R:{ref2}]].""",
    ),
    (
        7001894,
        "протокол дозы КТ (Dose Report) с пересчётом эффективной дозы",
        """Dose Report — {dev_ct} ({dev_sn}), ПО {ver_d}
Patient Name: [[P:{p_lat}]]   Patient ID: [[R:{pid}]]   Accession: [[R:{acc}]]
Exam No.: [[R:{studyid}]]   Date: [[D:{t2_monc}]] {tm2}   Age {age}Y   Weight {wt} kg
Series | Type    | Scan range (mm)  | CTDIvol (mGy) | DLP (mGy·cm) | Phantom
1      | Scout   | —                | —             | <<#>>,<<#>>          | —
2      | Helical | I0.5–I3<<##>>,5    | {ctdi}          | {dlp}          | Body 32
3      | Helical | I0.5–I3<<##>>,5    | <<#>>,<<#>>           | <<###>>          | Body 32
Total Exam DLP: <<####>> mGy·cm
Пересчёт ЭЭД (k = 0,014 мЗв/(мГр·см)): <<##>>,<<#>> мЗв — внесено в лист учёта доз [[R:{dose}]] пациента [[P:{p_s}]] ([[B:{bd}]]).
{study} с в/в контрастированием: {contrast} {cvol} мл, 3,5 мл/с, {clot}.
Врач-рентгенолог [[P:{d_s}]]; [[D:{t2}]].""",
    ),
    (
        7001985,
        "распечатка рабочей станции с расчётом коронарного кальция и подвал отчёта",
        """CaScoring — рабочая станция syngo.via, {ver}
Patient: [[P:{p_dcm2}]]   ID [[R:{pid}]]   DOB [[B:{bd_mon}]]   Sex {p_sex_dcm}
Study: {study}   Date [[D:{t2_mon}]] {tms1}   Accession [[R:{acc}]]
{dev_ct}: 120 кВ, проспективная синхронизация 70 % RR, ЧСС {hr} уд/мин, срез 3,0 мм
Artery | Lesions | Volume (mm³) | Mass (mg) | Agatston
LM     | <<#>>       | <<#>>,<<#>>          | <<#>>,<<#>>       | <<##>>
LAD    | <<#>>       | <<##>>,<<#>>         | <<#>>,<<#>>       | <<###>>
CX     | <<#>>       | <<#>>,<<#>>          | <<#>>,<<#>>       | <<##>>
RCA    | <<#>>       | <<##>>,<<#>>         | <<#>>,<<#>>       | <<###>>
Total Agatston <<###>> (MESA <<##>>-й перцентиль для {age} лет); CAC-DRS A3/N3
DLP <<##>> мГр·см; ЭЭД 0,<<#>> мЗв.
Report footer: {org} · [[A:{ao}]] · [[T:{phc1}]] · врач [[P:{d_s}]] · Study UID [[R:{uid_br}]]""",
    ),
    (
        7001951,
        "направление на КТ-коронарографию с допуском по креатинину",
        """НАПРАВЛЕНИЕ № [[R:{ref}]] на исследование: {study} ({nmu})
Кому: {org}, отделение лучевой диагностики, [[A:{ao}]]
Пациент: [[P:{p}]], д.р. [[B:{bd}]], пол {p_sex}
Паспорт: серия [[Q:{pas_ser} номер {pas_num}]], выдан [[D:{pas_d}]], код подразделения {kpd}
СНИЛС [[S:{sn}]]; полис ОМС [[O:{enp}]]; адрес: [[A:{a_br}]]; телефон [[T:{ph1}]]
Диагноз: I20.8; стенокардия II ФК; ВЭМ — сомнительная.
Креатинин [[D:{t1}]]: <<##>> мкмоль/л, СКФ <<##>> мл/мин/1,73 м²; аллергии на йод нет; метформин отменить за 48 ч.
ЧСС {hr} уд/мин: метопролол 50 мг за 1 ч до исследования (цель < 65). Рост {ht}, вес {wt}.
Лечащий врач-кардиолог [[P:{e_s}]], [[T:{phc2}]]; дата выдачи [[D:{t1}]].
Запись: [[D:{t3}]] {tm2}, талон {talon}; предварительный accession [[R:{acc}]].""",
    ),
    (
        7002017,
        "рабочий список аппарата КТ (DICOM Modality Worklist) с отметками регистратуры",
        """DICOM Modality Worklist — {ae} ({dev_ct}) — выгрузка [[D:{t3_dcm}]] {tmd1}
SPS start | Patient Name     | Patient ID   | DOB               | Accession    | Req.Proc.ID | SPS ID     | Description
{tm2}     | [[P:{p_dcm}]]    | [[R:{pid}]]  | [[B:{bd_dcm}]]    | [[R:{acc}]]  | [[R:{rp}]]  | [[R:{sps}]] | CT ABD 3PH ({nmu})
{tm4}     | [[P:{n_dcm}]]    | [[R:{pid2}]] | [[B:{bdn_dcm}]]   | [[R:{acc2}]] | [[R:{rp2}]] | [[R:{sps2}]] | CT CHEST NATIVE
Admission ID пациента 1: [[R:{adm}]]; вес {wt} кг; контраст {contrast} {cvol} мл + NaCl 40 мл, 4 мл/с; фазы 25/70/180 с.
Отметка регистратуры: аллергии нет, креатинин [[D:{t2_dm}]] — норма; сопровождающий — сын, [[T:{ph2}]].""",
    ),
    (
        7002108,
        "обращение на портал минздрава о сроке ожидания КТ-урографии и ответ",
        """В министерство здравоохранения (портал обращений граждан), [[D:{t3}]] {tm1}
Обращение [[R:{compl}]]
От: [[P:{p}]], [[B:{bdv}]], [[E:{m1}]], [[T:{ph1}]]; адрес: [[A:{a1}]]
Текст: уролог [[P:{e_s}]] [[D:{t1}]] выдал направление [[R:{ref}]] на КТ-урографию (камень мочеточника, N20.1, почечные колики). В {org} запись только на [[D:{t6}]], а по программе госгарантий КТ — не позднее 14 рабочих дней. Прошу ускорить.
—
Ответ [[D:{t4}]]: [[P:{p_s}]] записан{p_a} на исследование «{study}» на [[D:{t5}]] в {tm2} (каб. {room}, {dev_ct}); номер записи [[R:{code}]]. Протокол: нативная фаза, нефрографическая и экскреторная (8 мин), {contrast} {cvol} мл. Отдел обращений: [[T:{phc1}]].""",
    ),
    (
        7002199,
        "распознанная запись разговора колл-центра: подготовка к виртуальной колоноскопии",
        """Запись разговора (распознавание речи) · входящий [[D:{t1}]] {tms1} · линия [[T:{ph800}]]
оператор: центр диагностики здравствуйте меня зовут [[P:{s_first}]]
абонент: здравствуйте это [[P:{p_low}]] мне назначили виртуальную колоноскопию
оператор: назовите пожалуйста дату рождения
абонент: [[B:{bd_spk}]]
оператор: вижу направление [[R:{ref}]] записываю вас на [[D:{t4_spk}]] на {tm2} кабинет {room}
абонент: запишите мой номер [[T:{ph_said}]] старый потерял{p_a}
оператор: подготовка три дня бесшлаковая диета накануне слабительное и контраст для метки кала по схеме
итог: запись [[R:{code}]] подтверждена; {study}, {nmu}; {dev_ct}, 2 позиции (на спине и на животе), низкодозный протокол <<##>> мАс; инсуффлятор CO2, {dev_sn2}""",
    ),
    (
        7001647,
        "акт выдачи копии КТ околоносовых пазух на диске для ЛОР-клиники",
        """АКТ ВЫДАЧИ КОПИИ ИССЛЕДОВАНИЯ НА ЭЛЕКТРОННОМ НОСИТЕЛЕ № [[R:{disc}]]
{org}, [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]]; паспорт [[Q:{pas}]], выдан [[D:{pas_d}]]
Заявление пациента [[R:{disc2}]] от [[D:{t3}]]; основание — ч. 5 ст. 22 Федерального закона № 323-ФЗ
Записано: {study} от [[D:{t2}]] (accession [[R:{acc}]], Study UID [[R:{uid}]]), 2 серии, <<###>> изображений, срез {thk} мм, окно W 2000 / L 400; заключение врача [[P:{d_s}]]
Носитель: DVD-R, {clot}; робот записи Rimage, {dev_sn}
Для передачи в ЛОР-клинику ([[E:{md}]])
Выдано [[D:{t4}]] в {tm2}. Получил: доверенное лицо [[P:{u}]], паспорт [[Q:{pas2}]].""",
    ),
    (
        7002546,
        "запрос второго мнения по КТ коленного сустава (спортивная травма)",
        """Запрос второго мнения — платформа «Второе мнение», кейс [[R:{second}]]
Заказчик: ФК «Кубань-Юниор» (спортивный врач, [[T:{ph2}]], [[E:{md}]])
Спортсмен: [[P:{p}]], [[B:{bd}]]; паспорт иностранного гражданина [[Q:{pasf}]]; MRN [[R:{mrn}]]
Исследование: {study} правого, [[D:{t2}]] {tm1}; {dev_ct}, {kv} кВ, срез {thk} мм, MPR/3D; DLP {dlp} мГр·см
Accession [[R:{acc}]]; передано: Study UID [[R:{uid}]]
Первичное заключение ({org}, [[P:{d_s}]]): импрессионный перелом латерального мыщелка большеберцовой кости, депрессия <<#>> мм (Schatzker II), S82.1.
Вопрос: глубина депрессии больше 5 мм? Показан ли остеосинтез?
Ответ [[D:{t4}]]: Dr. [[P:{fl1}]] (Германия) — депрессия <<#>>,<<#>> мм, рекомендован остеосинтез; контроль КТ через 6 недель.""",
    ),
    (
        7002827,
        "протокол и заключение количественной КТ-денситометрии",
        """ПРОТОКОЛ КОЛИЧЕСТВЕННОЙ КТ-ДЕНСИТОМЕТРИИ (QCT) № [[R:{fd}]]
[[P:{p}]], {age} лет, [[B:{bd}]]; амб. карта [[R:{amb}]]; направил ревматолог [[P:{e_s}]]
[[D:{t2}]] {tm1}; {dev_ct}; фантом Mindways, калибровка [[D:{cal_d}]]; 120 кВ, 100 мАс, срез 1 мм, FOV {fov} мм
Позвонок | трабекулярная МПК, мг/см³ | HU
L1       | <<##>>,<<#>>                     | 1<<##>>
L2       | <<##>>,<<#>>                     | 1<<##>>
L3       | <<##>>,<<#>>                     | 1<<##>>
Среднее L1–L3: <<##>>,<<#>> мг/см³ (ACR 2018: < 80 — остеопороз); Z-score −<<#>>,<<#>>
ЭЭД <<#>>,<<#>> мЗв. Заключение: остеопороз (M81.0); рекомендована консультация эндокринолога.
Врач-рентгенолог [[P:{d_s}]]. Accession [[R:{acc}]]. Результат направлен [[D:{t3}]] на [[E:{m1}]].""",
    ),
    (
        7002876,
        "журнал регистрации противошоковой КТ приёмного отделения",
        """ЖУРНАЛ РЕГИСТРАЦИИ ПРОТИВОШОКОВОЙ КТ — приёмное отделение, смена [[D:{t3}]]
Время | пациент                                  | ИБ            | accession        | протокол                     | DLP, мГр·см
{tm1} | неизвестный мужчина ~40 лет (ДТП), ID [[R:{adm}]] | [[R:{ib}]] | [[R:{acc}]]      | {study}, whole-body, {kv} кВ | {dlp}
{tm3} | [[P:{p_s}]], [[B:{bd_sh}]]               | [[R:{ib2}]]   | [[R:{acc2}]]     | голова, шея, ОГК и ОБП с контрастом | <<####>>
{tm5} | [[P:{k_s}]], {bdy} г.р.                  | [[R:{mrn}]]   | [[R:{acc_ocr}]]  | голова без контраста         | <<###>>
Контраст: {contrast}, {clot}; расход за смену <<###>> мл.
Неизвестный пациент установлен в {tm4}: [[P:{u}]], [[B:{bdn_sh}]]; родственница — [[P:{q_io}]], [[T:{ph1}]].
Дежурный рентгенолог [[P:{d_s}]].""",
    ),
    (
        7001795,
        "SMS и письмо стоматологической клиники о готовности КЛКТ",
        """SMS · DENT-3D · [[D:{t2_sh}]] {tm3}
[[P:{p_io}]], ваша КЛКТ готова. Просмотр онлайн: код [[R:{code}]] (действует 30 дней). Запись к имплантологу: [[T:{phc1}]]
—
Письмо от [[E:{mo}]] для [[E:{m1}]], [[D:{t2_w}]] {tm4}
Тема: КТ зубов и челюстей — [[P:{p_s}]]
Во вложении DICOM (исследование [[R:{acc}]], Patient ID [[R:{pid}]]) и заключение. Planmeca ProMax 3D Mid, {dev_sn}; поле обзора 10×9 см, воксель 0,2 мм, 90 кВ, 10 мА, 12 с; ЭЭД 0,0<<##>> мЗв.
Область 36, 37 (FDI): высота альвеолярного гребня <<#>>,<<#>> мм, ширина <<#>>,<<#>> мм, плотность {hu} HU (D3 по Misch).
Врач-рентгенолог [[P:{d_s}]]; администратор — [[T:{ph2}]].""",
    ),
]
GENRES19 += [
    (
        7000011,
        "анкета безопасности МРТ и запись на регистратуре",
        """АНКЕТА БЕЗОПАСНОСТИ МРТ — регистратура кабинета МРТ, {org}
Пациент: [[P:{p}]], [[B:{bd}]], вес {wt} кг, рост {ht} см; паспорт [[Q:{pas}]]; СНИЛС [[S:{sn}]]
Направление [[R:{ref}]] от [[D:{t1}]]; заказ РИС [[R:{ris}]]; исследование: {study} ({nmu}), {dev_mr}
Кардиостимулятор — нет; кохлеарный имплант — нет; клипсы сосудов головного мозга — нет
Металлоконструкции: пластина левой лучевой кости (остеосинтез [[D:{told}]]), паспорт изделия: MR Conditional 1,5 Тл, SAR ≤ 2 Вт/кг
Клаустрофобия — умеренная; беременность — не применимо
Время в магните ~ 25 мин, SAR головы 1,<<#>> Вт/кг, B1+rms ≤ 2,8 мкТл
Подпись пациента [[P:{p_s}]] [[D:{t2}]] {tm1}.
Контакт для экстренной связи: [[P:{u_io}]], [[T:{ph2}]]. Кабинет {room}, талон {talon}.""",
    ),
    (
        7000029,
        "журнал введения гадолиниевого контрастного средства в кабинете МРТ",
        """ЖУРНАЛ ВВЕДЕНИЯ КОНТРАСТНЫХ СРЕДСТВ — кабинет МРТ, {dev_mr}, [[D:{t3}]]
№ п/п | время | пациент / accession           | препарат, доза                        | серия, годен до   | реакция
<<##>>    | {tm1} | [[P:{p_s}]] / [[R:{acc}]]     | {gado}, 0,1 ммоль/кг = <<#>>,<<#>> мл   | {clot}, {exp_m}   | нет
<<##>>    | {tm2} | [[P:{n_s}]] / [[R:{acc2}]]    | {gado}, 0,1 ммоль/кг = <<#>>,<<#>> мл   | {clot}, {exp_m}   | крапивница; хлоропирамин 20 мг в/м
<<##>>    | {tm4} | [[P:{k_s}]] / [[R:{acc_br}]]  | {gado}, <<#>>,<<#>> мл                   | {clot2}, {exp_m2} | нет
рСКФ перед введением: 1 — <<##>> мл/мин/1,73 м² (креатинин [[D:{t2_dm}]]); 2 — <<##>>
Инжектор MEDRAD Spectris Solaris EP, {dev_sn}; скорость 2 мл/с, NaCl 20 мл. Исследование: {study} ({nmu}).
Нежелательная реакция у [[P:{n_s_gen}]] ([[B:{bdn}]]) — извещение в Росздравнадзор [[D:{t3}]], врач [[P:{d_s}]], м/с [[P:{s_s}]].""",
    ),
    (
        7001217,
        "гарантийное письмо страховщика ДМС на МРТ коленного сустава с отметкой клиники",
        """АО «СК „Волга-Мед“» — ГАРАНТИЙНОЕ ПИСЬМО № {outno} от [[D:{t2}]]
В {org} ([[A:{ao}]], [[E:{mo}]])
Гарантируем оплату: {study} ({nmu}), 1 исследование, программа ДМС «Оптимум»
Застрахованный: [[P:{p}]], [[B:{bd}]]; полис ДМС [[R:{dms}]], действует по [[D:{t6}]]
Основание: направление травматолога [[P:{e_s}]] № [[R:{ref}]], диагноз M23.2
Лимит 9 800 руб.; срок действия письма — 30 дней.
Врач-куратор: тел. [[T:{phc1}]] доб. {ext}, моб. [[T:{ph2}]]
—
Отметка клиники: записан{p_a} на [[D:{t3}]] {tm2}; {dev_mr}; PD FS, T1, T2 в 3 плоскостях, срез 3 мм, матрица {matrix}; accession [[R:{acc}]]. Тел. пациента [[T:{ph1}]].""",
    ),
    (
        7001373,
        "обращение застрахованного в СМО о сроке ожидания МРТ и ответ",
        """Обращение в страховую медицинскую организацию, [[D:{t2}]]
Застрахованное лицо: [[P:{p}]], полис [[O:{enp}]], [[B:{bdv}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; e-mail [[E:{m1}]]
Суть: направление невролога [[P:{e_s}]] на исследование «{study}» ([[R:{ref}]], [[D:{t1}]], M51.1, корешковый синдром); в поликлинике сказали ждать 6 недель.
—
Ответ СМО, рег. № обращения [[R:{compl}]], [[D:{t3}]]: страховой представитель организовал запись в {org2}: [[D:{t4}]] в {tm3}, {dev_mr}, программа T2 sag/ax, T1 sag, STIR, срез 4 мм; номер записи [[R:{code}]]. Нарушение срока (14 рабочих дней) подтверждено; назначена МЭЭ. Контакт: [[T:{ph800}]].""",
    ),
    (
        7000888,
        "протокол МРТ предстательной железы и заключение по PI-RADS",
        """ПРОТОКОЛ МРТ ПРЕДСТАТЕЛЬНОЙ ЖЕЛЕЗЫ (PI-RADS v2.1) № [[R:{acc}]]
[[P:{p}]], {age} лет, [[B:{bd}]]; MRN [[R:{mrn}]]; ПСА [[D:{t1}]]: <<#>>,<<#>> нг/мл, плотность ПСА 0,<<##>>
[[D:{t2}]] {tm1}; {dev_mr}, катушка для тела 18 кан.; T2 ax/sag/cor 3 мм, DWI b 50/800/1400, ADC, DCE ({gado}, <<#>>,<<#>> мл, {clot})
Объём железы <<##>> см³ ({sz2} мм)
Очаг: периферическая зона, левая доля, средняя треть (сектор 4p), {sz1} мм; T2 — 4, DWI — 5 (ADC <<6##>> ×10⁻⁶ мм²/с), DCE +
Заключение: PI-RADS 5; экстрапростатического распространения нет; лимфоузлы до 6 мм; C61?
Рекомендована fusion-биопсия. Врач [[P:{d_s}]]; второе чтение [[P:{h_s}]]. Уролог [[P:{e_i}]], [[T:{phc1}]].""",
    ),
    (
        7000524,
        "заявка на пересмотр МРТ молочных желез для онкоконсилиума",
        """ОНКОКОНСИЛИУМ — заявка на пересмотр изображений № [[R:{second}]]
{org}; консилиум [[D:{t4}]] {tm2}; секретарь: [[T:{phc1}]]
Пациентка: [[P:{q}]], [[B:{bdq}]]; СНИЛС [[S:{sn}]]; ИБ [[R:{ib}]]
Исследование: {study} от [[D:{t2}]]; {dev_mr}; DCE 6 фаз, {gado}, <<#>>,<<#>> мл; субтракции, MIP
Accession [[R:{acc}]] · Study UID [[R:{uid}]] · предыдущее [[R:{acc2}]] ([[D:{told}]])
Находки: левая железа — образование {sz1} мм, кривая III типа, BI-RADS 5; правая — фиброаденома {sz2} мм (BI-RADS 3). Аксиллярные л/у слева до 1<<#>> мм.
Гистология (кор-биопсия [[R:{hist}]]): инвазивная карцинома NST, G2, ER 8, PR 6, HER2 1+, Ki-67 <<##>> %.
Вопрос к рентгенологу [[P:{d_s}]]: мультицентричность? Объём операции.
Лечащий онколог [[P:{e_s}]], [[E:{md}]].""",
    ),
    (
        7000870,
        "экспорт карточки исследования из PACS со списком серий (МРХПГ)",
        """PACS · Study details (text export) · [[D:{t3_iso}]] {tms4}
Patient: [[P:{p_dcm}]]   Patient ID: [[R:{pid}]]   Sex: {p_sex_dcm}   Birth: [[B:{bd_dcm}]]
Study: MRCP ({study}), Date [[D:{t2_dcm}]] {tmd1}, Accession [[R:{acc}]], Study ID [[R:{studyid}]]
Study UID: [[R:{uid}]]
Institution: {org}; Station {ae}; {dev_mr}; {ver}
# | Series description        | Images | TR/TE, мс   | Slice, мм | Matrix
1 | localizer                 | 9      | 4/1,3       | 8         | 256×256
2 | T2 HASTE cor BH           | <<##>>     | 1400/9<<#>>     | 5         | 320×256
3 | 3D MRCP SPACE resp-trig   | <<###>>    | 2500/7<<##>>    | 1,1       | 384×384
4 | DWI b50/800               | <<##>>     | 4800/6<<#>>     | 6         | {matrix}
Series 3 UID: [[R:{ser}]]
Comment: холедохолитиаз, конкремент <<#>> мм в дистальном отделе холедоха (K80.5); холедох до 1<<#>> мм.
Reading physician: [[P:{d_dcm2}]]; referring: [[P:{e_dcm2}]]""",
    ),
    (
        7000573,
        "удалённое описание МРТ сердца через сервис телерадиологии",
        """Удалённое описание МРТ сердца — ООО «Телерадиология Юг», заявка [[R:{tele}]]
Направившая МО: {org}, [[A:{ao}]]; кардиолог, [[T:{ph2}]]
Пациент: [[P:{p_dcm2}]] ([[P:{p_s}]]), [[B:{bd}]], Patient ID [[R:{pid}]]
Загрузка в облако: [[D:{t2_iso}]]T{tm3}; <<####>> изображений; accession [[R:{acc}]]
Протокол: cine SSFP 2/3/4-камерные и короткая ось, T2 STIR, LGE (PSIR) через 10 мин после {gado} 0,15 ммоль/кг; {dev_mr}
КДО ЛЖ 1<<##>> мл (8<<#>> мл/м²), ФВ ЛЖ 4<<#>> %, масса миокарда 1<<##>> г; ФВ ПЖ 5<<#>> %
LGE интрамиокардиальное в базальном нижнебоковом сегменте; T2 — отёк. Заключение: миокардит (критерии Lake Louise 2018).
Описали: Dr. [[P:{fl1}]] и [[P:{d_s}]]; подписано [[D:{t3_iso}]]T{tm1}. Вопросы: [[E:{mo}]].""",
    ),
    (
        7000979,
        "заказ на повторную МРТ плода из-за артефактов движения",
        """ПОВТОРНОЕ ИССЛЕДОВАНИЕ — заказ перинатального центра
Первичное: {study} [[D:{t2}]] {tm1}, accession [[R:{acc}]] — серии HASTE в 3 плоскостях с артефактами движения плода, оценка мозолистого тела невозможна
Беременная: [[P:{q}]], {ageq} лет, [[B:{bdq}]]; срок 2<<#>> нед <<#>> дн; обменная карта [[R:{amb}]]; полис [[O:{enp}]]
УЗИ [[D:{t1}]] (врач [[P:{e_s}]]): вентрикуломегалия 1<<#>> мм, агенезия мозолистого тела?
Новый заказ РИС [[R:{ris}]], accession [[R:{acc2}]]; [[D:{t4}]] в {tm2}; {dev_mr}, без контраста, SAR ≤ 2 Вт/кг
Оповещение: звонок [[P:{s_s}]] на [[T:{ph1}]] в {tm3} — не отвечает; SMS на [[T:{ph_sms}]] отправлено.
Врач-рентгенолог [[P:{d_s}]].""",
    ),
    (
        7000201,
        "протокол МРТ гипофиза с динамическим контрастированием и сравнением с прежним",
        """ПРОТОКОЛ МРТ № [[R:{acc}]] — {study} с динамическим контрастированием
[[P:{q}]], [[B:{bdq}]], амб. карта [[R:{amb}]]; направил эндокринолог [[P:{e_i}]] (E22.1: пролактин <<####>> мЕд/л от [[D:{t1_dm}]])
[[D:{t2}]] {tm1}; {dev_mr}; T1 cor/sag 2,5 мм, T2 cor 2 мм, динамика T1 cor 6 × 30 с после {gado} 0,05 ммоль/кг ({clot}), матрица {matrix}, FOV 160 мм
Гипофиз высотой <<#>> мм; в левой половине аденогипофиза — зона замедленного накопления {sz1} мм; воронка смещена вправо на 1 мм.
Сравнение: исследование [[R:{acc2}]] от [[D:{told}]] — очаг {sz2} мм; динамика — уменьшение на фоне каберголина.
Заключение: микроаденома гипофиза с положительной динамикой; хиазма не компримирована.
Врач [[P:{d_s}]]; копия в МИС [[D:{t2}]] {tm3}. Пациентке — код доступа к снимкам [[R:{code}]].""",
    ),
]
GENRES19 += [
    (
        7005408,
        "распечатка страницы измерений УЗ-сканера с подвалом отчёта",
        """{dev_us} · Abdomen · Report                                    Page 1/2
Name: [[P:{p_lat}]]      ID: [[R:{pid}]]      DOB: [[B:{bd_sl}]]      Sex: {p_sex_dcm}
Exam date: [[D:{t2_sl}]] {tms2}      Accession: [[R:{acc}]]      Operator: [[P:{d_dcm2}]]
Probe: C5-1 ({mhz} МГц), {dev_sn}      MI 1,<<#>>  TIs 0,<<#>>
Liver RL   1<<##>> мм       Liver LL   <<##>> мм       PV 1<<#>> мм
GB         {sz1} мм, стенка 2 мм, конкремент 1<<#>> мм
CBD        <<#>>,<<#>> мм     Pancreas head/body/tail 2<<#>>/1<<#>>/2<<#>> мм
Spleen     1<<##>>×<<##>> мм, S <<##>> см²
Kidney R   1<<##>>×<<##>> мм, паренхима 1<<#>> мм    Kidney L 1<<##>>×<<##>> мм
Footer: {org} · [[A:{ao}]] · [[T:{phc1}]] · SW {ver_d} · printed [[D:{t2_sl}]] {tm3}
Заключение (врач [[P:{d_s}]]): ЖКБ, конкремент желчного пузыря; {nmu}.""",
    ),
    (
        7005416,
        "протокол УЗИ щитовидной железы и заключение по EU-TIRADS",
        """ПРОТОКОЛ УЗИ ЩИТОВИДНОЙ ЖЕЛЕЗЫ (EU-TIRADS) № [[R:{fd}]]
[[P:{q}]], [[B:{bdq}]], полис [[O:{enp}]]; направление [[R:{ref}]] от [[D:{t1}]], эндокринолог [[P:{e_s}]]
[[D:{t2}]] {tm1}; {dev_us}, линейный датчик 1<<#>> МГц; {nmu}
Правая доля {sz2} мм (V <<#>>,<<#>> мл), левая доля {sz2} мм (V <<#>>,<<#>> мл), перешеек <<#>> мм; общий объём 1<<#>>,<<#>> мл (норма < 18 мл)
Узел правой доли, нижний полюс: {sz1} мм, гипоэхогенный, солидный, «выше, чем шире», микрокальцинаты — EU-TIRADS 5
Узел левой доли: {sz1} мм, изоэхогенный, с ободком — EU-TIRADS 3
Регионарные л/у не увеличены. Заключение: узлы обеих долей; показана ТАБ узла правой доли (E04.1).
Врач УЗД [[P:{d_s}]]; изображения в PACS, accession [[R:{acc}]]. Протокол отправлен на [[E:{m2}]] [[D:{t2}]] в {tm4}.""",
    ),
    (
        7005317,
        "карточка записи колл-центра на УЗИ молочных желез и SMS-подтверждение",
        """Колл-центр · карточка записи [[R:{code}]] · [[D:{t1}]] {tm1}
Звонок с [[T:{ph_sms}]] (абонент [[P:{q_fi}]], [[B:{bdq}]]); цель: УЗИ молочных желез (5–12 день цикла)
Полис ОМС [[O:{enp}]]; прикрепление — {org}; направление маммолога [[P:{e_s}]] № [[R:{ref}]]
Предложено: [[D:{t3_wd}]] {tm2} (каб. {cab}) или [[D:{t4_wd}]] {tm3}. Выбрано первое.
SMS в {tm1}: «Запись на УЗИ молочных желез [[D:{t3_dm}]] {tm2}, каб. {cab}, [[A:{ao}]]. Возьмите прошлые снимки. Отмена — [[T:{ph800}]]»
Примечание: фиброаденома справа {sz1} мм (BI-RADS 3, [[D:{told}]]); {dev_us}, датчик 12 МГц, эластография.
Результат [[D:{t3}]]: BI-RADS 3, контроль через 6 мес; accession [[R:{acc}]].""",
    ),
    (
        7008758,
        "направление на дуплексное сканирование брахиоцефальных артерий перед операцией",
        """НАПРАВЛЕНИЕ НА ИССЛЕДОВАНИЕ перед плановой операцией (ф. 057/у-04)
№ [[R:{ref}]]    дата [[D:{t1}]]
Куда: {org}, кабинет ультразвуковой диагностики сосудов, [[A:{ao}]]
Ф.И.О.: [[P:{p}]]; дата рождения [[B:{bd}]]
Документ: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd}
СНИЛС: [[S:{sn}]]   ИНН: [[I:{inn}]]   полис ОМС: [[O:{enp}]]
Место жительства: [[A:{a1}]]
Исследование: {study} ({nmu}) — решение о каротидной эндартерэктомии; стеноз ВСА справа по УЗИ [[D:{told}]] — 70 %
Диагноз: I65.2
Врач: [[P:{e}]], тел. [[T:{phc1}]]
Результат [[D:{t3}]]: ВСА справа стеноз 7<<#>> % (ECST), ПСС 2<<##>> см/с, КДС <<##>> см/с; бляшка гетерогенная {sz1} мм. Врач УЗД [[P:{d_s}]].""",
    ),
    (
        7005390,
        "журнал экстренных вызовов дежурного врача УЗД (вены нижних конечностей)",
        """ЖУРНАЛ ЭКСТРЕННЫХ ВЫЗОВОВ ВРАЧА УЗД — дежурство [[D:{t3}]]–[[D:{t4_dm}]]
Вызов | время | откуда, кто звонил                        | пациент, ИБ                       | результат
1     | {tm1} | хирургия, вн. {ext}           | [[P:{p_s}]], [[R:{ib}]]           | тромбоз ОБВ слева, флотация 1<<#>> мм
2     | {tm3} | ОРИТ, моб. [[T:{ph2}]]        | [[P:{n_s}]], [[R:{ib2}]]          | вены н/к проходимы
3     | {tm5} | приёмное, м/с [[P:{m_s}]], [[T:{phc1}]]    | [[P:{k_s}]], {bdy} г.р., [[R:{adm}]] | тромбоз подключичной вены (катетер)
Аппарат {dev_us} (переносной), датчик L12-3, {dev_sn}; компрессионная проба, ЦДК, PW
Исследование 1: {study}; accession [[R:{acc}]]; ОБВ 1<<#>> мм, ПБВ <<#>> мм; тромб от ПБВ до ОБВ, длина <<##>> мм
Сообщено ангиохирургу [[P:{u_s}]] по тел. [[T:{ph1}]] в {tm2}.
Дежурный врач УЗД [[P:{d_s}]].""",
    ),
    (
        7011562,
        "экспорт обследования из программы акушерского УЗИ (первый триместр)",
        """Astraia · экспорт обследования · [[D:{t2_dash}]] {tm2}
Patient: [[P:{q_dcm2}]] / [[P:{q}]]   Hospital no: [[R:{mrn}]]   DOB: [[B:{bdq_dash}]]
LMP: [[D:{lmp_dash}]]   Exam: {study}
Operator: [[P:{d_s}]]
Device: {dev_us}, трансвагинальный датчик 5–9 МГц, {dev_sn}
GA по LMP: 9w1d; CRL 2<<#>>,<<#>> мм → GA 8w6d; FHR 1<<##>> bpm
Желточный мешок <<#>> мм; хорион по передней стенке; ретрохориальная гематома {sz1} мм
Conclusion: прогрессирующая маточная беременность; угроза прерывания (O20.0)
Case ID: [[R:{exam}]]; Study UID [[R:{uid}]]
Контакт пациентки: [[T:{ph1}]], [[E:{m2}]]; скрининг 11–14 нед — [[D:{t6_dash}]].""",
    ),
    (
        7012719,
        "запись реаниматолога в истории болезни с подписью на снимке УЗ-аппарата",
        """ОРИТ № {small}, койка <<#>> — запись врача ([[D:{t3}]] {tm2})
[[P:{p}]], {age} лет, ИБ [[R:{ib}]]; АД 78/40, ЧСС {hr}, норадреналин 0,<<##>> мкг/кг/мин
{study} (FoCUS, протокол RUSH) — {dev_us}, фазированный датчик 1–5 МГц:
ЛЖ: сократимость снижена визуально (ФВ ~ 3<<#>> %); ПЖ не расширен; выпота в перикарде нет; НПВ 2<<#>> мм, коллабирование < 50 %
Лёгкие: B-линии с обеих сторон; плевральный выпот справа ~ <<###>> мл
Подпись на снимке: «[[P:{p_dcm2}]] · ID [[R:{pid}]] · [[D:{t3_sl}]] {tms2} · {dev_sn} · MI 1,<<#>>»
Снимки сохранены: exam [[R:{exam}]] → PACS (AE {ae}) в {tm3}.
Врач-анестезиолог-реаниматолог [[P:{d_s}]]; сообщено кардиологу [[P:{e_s}]] (вн. {ext}) и жене [[P:{q_io}]] по [[T:{ph1}]].""",
    ),
    (
        7011653,
        "телемедицинская консультация с федеральным центром по ЭхоКГ плода",
        """ТМК «врач — врач», запрос [[R:{tele}]] от [[D:{t2}]] · плановая
Запрашивающая МО: {org}, перинатальный центр, [[A:{ao}]]; врач УЗД [[P:{e_s}]], [[T:{phc1}]]
Консультирующая: ФГБУ «НМИЦ ССХ им. А.Н. Бакулева» Минздрава России
Беременная: [[P:{q}]], [[B:{bdq}]], СНИЛС [[S:{sn}]], паспорт [[Q:{pas}]], полис [[O:{enp}]]; срок 2<<#>> нед
{study}: {dev_us}, конвексный датчик 2–6 МГц; клипы 4-камерного среза, 3VT, дуги аорты — <<##>> шт., accession [[R:{acc}]]
Находка: перимембранозный ДМЖП <<#>> мм; ЧСС плода 1<<##>>; трикуспидальной регургитации нет
Вопрос: ДМЖП изолированный? Тактика родоразрешения?
Ответ [[D:{t4}]]: изолированный ДМЖП; роды по месту, ЭхоКГ новорождённому на 3–5 сутки. Протокол ТМК [[R:{tele2}]].""",
    ),
    (
        7005176,
        "протокол стресс-эхокардиографии с физической нагрузкой и заключение",
        """СТРЕСС-ЭХОКАРДИОГРАФИЯ С ФИЗИЧЕСКОЙ НАГРУЗКОЙ — протокол № [[R:{fd}]]
[[P:{p}]], {age} лет, рост {ht}, вес {wt}; ИБ [[R:{ib}]]; направил кардиолог [[P:{e_i}]]
[[D:{t2}]] {tm1}; {dev_us}, датчик 1–5 МГц; велоэргометр полулёжа, 25 Вт/2 мин
Покой: ЧСС 7<<#>>, АД 12<<#>>/8<<#>>; ФВ (Simpson) 6<<#>> %; ИНЛС 1,0
Пик (1<<#>>5 Вт, {tm2}): ЧСС 14<<#>> (8<<#>> % от максимальной), АД 18<<#>>/9<<#>>; ИНЛС 1,<<##>>; гипокинез нижней стенки (сегменты 4, 10)
ЭКГ: горизонтальная депрессия ST V5–V6 до 1,<<#>> мм; QTc 4<<##>> мс
Восстановление 5 мин: ИНЛС 1,0. Заключение: проба положительная, ишемия в бассейне ПКА; {nmu}.
Врач ФД [[P:{d_s}]], ассистент [[P:{s_s}]]. Клипы: accession [[R:{acc}]], Study UID [[R:{uid}]].""",
    ),
    (
        7018021,
        "направление пунктата лимфатического узла на цитологию с маркировкой стёкол",
        """НАПРАВЛЕНИЕ НА ЦИТОЛОГИЧЕСКОЕ ИССЛЕДОВАНИЕ № [[R:{hist}]]
{org}, отделение УЗД; [[D:{t2}]] {tm1}
Пациент: [[P:{p}]], [[B:{bd}]]; полис [[O:{enp}]]; ИБ [[R:{ib}]]
Манипуляция: {study} ({nmu}); {dev_us}, линейный датчик 1<<#>> МГц, игла 22G, 3 пасса
Объект: надключичный л/у слева {sz1} мм, гипоэхогенный, без ворот; кровоток периферический
Маркировка: стёкла № 1–4 к направлению (фиксация 96 % этанолом), пробирка с промывом иглы — для ИЦХ; штрих-код пробирки [[R:{hist2}]]
Клинический диагноз: лимфаденопатия (R59.0), C34.1 в анамнезе
Забор выполнил врач [[P:{d_s}]]; материал передан курьеру [[P:{x_s}]] в {tm3}.
Результат — лечащему врачу [[P:{e_s}]], [[E:{md}]], тел. [[T:{phc1}]].""",
    ),
]
GENRES19 += [
    (
        7011869,
        "протокол ЭГДС с биопсией и заключение",
        """ПРОТОКОЛ ЭНДОСКОПИЧЕСКОГО ИССЛЕДОВАНИЯ № [[R:{endo}]]
{study} (ЭГДС), {nmu}; [[D:{t2}]] {tm1}–{tm2}
[[P:{p}]], {age} лет, [[B:{bd}]]; амб. карта [[R:{amb}]]; направил гастроэнтеролог [[P:{e_s}]]
Аппарат: видеогастроскоп {dev_endo}, {dev_sn}; процессор CV-190; NBI; седация — пропофол <<##>> мг
Пищевод: Z-линия на 3<<#>> см от резцов, эрозии до 5 мм (LA-B). Кардия смыкается.
Желудок: в антральном отделе по передней стенке — язва {sz1} мм, дно под фибрином (Forrest III).
ДПК: луковица без особенностей.
Биопсия: 6 фрагментов (язва — 4, антрум и тело по Сиднейской системе — 2), флаконы к направлению [[R:{hist}]]; уреазный тест положительный (+++) через 20 мин
Заключение: рефлюкс-эзофагит LA-B; язва антрального отдела желудка; HP+ (K25.3).
Врач-эндоскопист [[P:{d_s}]]; м/с [[P:{s_s}]]. Фото: 1<<#>> изображений, архив [[R:{acc}]].""",
    ),
    (
        7011984,
        "исходящий звонок колл-центра: подготовка к колоноскопии, седация, подтверждение",
        """Исходящий звонок: подтверждение колоноскопии · [[D:{t3}]] {tm1} (линия [[T:{ph800}]])
Пациент: [[P:{p}]], [[B:{bd}]]; моб. [[T:{ph1}]]; запись [[R:{code}]] на [[D:{t5_w}]] {tm2}, эндоскопическое отделение {org}, каб. {room}
Направление [[R:{ref}]] (онколог [[P:{e_s}]]), скрининг: иммунохимический тест на скрытую кровь положителен [[D:{t1}]]
Скрипт:
1) Подготовка: за 3 дня — бесшлаковая диета; накануне в 19:00 и в день исследования в 05:00 — по 2 л раствора ПЭГ; жидкость — не позднее чем за 3 ч. ✓
2) Седация (пропофол) — нужен сопровождающий: [[P:{u_io}]], тел. [[T:{ph2}]]. ✓
3) Ривароксабан 20 мг — отменить за 48 ч по согласованию с кардиологом. ✓
4) Паспорт [[Q:{pas}]] сверен; взять полис ОМС [[O:{enp}]], ЭКГ и протокол ЭГДС [[R:{endo}]] от [[D:{told}]].
Итог: подтверждено; {study} ({nmu}), видеоколоноскоп Olympus CF-HQ190L, {dev_sn}. Памятка отправлена SMS на [[T:{ph_sms}]].""",
    ),
    (
        7011976,
        "отчёт программы чтения видеокапсулы (толстая кишка)",
        """PillCam COLON 2 — отчёт RAPID Reader {ver}
Пациент: [[P:{p_lat}]]   Patient ID: [[R:{pid}]]   DOB: [[B:{bd_dash}]]   Study: [[R:{caps}]]
Капсула: {dev_sn} ({clot}, годна до {exp_m}); регистратор DR3 {dev_sn2}
Проглочена: [[D:{t2_dash}]] {tms1}; выведена [[D:{t2_dash}]] {tms4}; время в толстой кишке <<#>> ч <<##>> мин
Подготовка: ПЭГ 4 л сплит и 2 бустера; очищение адекватное (4 из 5 сегментов)
Находки: полип сигмовидной кишки ~ {sz1} мм (кадр <<#####>>, 0<<#>>:4<<#>>:1<<#>>); 2 полипа поперечной ободочной до 5 мм; ангиэктазия слепой кишки
Заключение: полипы толстой кишки (K63.5); показана колоноскопия с полипэктомией. {study}, {nmu}.
Читал врач-эндоскопист [[P:{d_s}]]; ассистент [[P:{s_s}]]. Направление [[R:{ref}]]; {org}, [[T:{phc1}]].""",
    ),
    (
        7011851,
        "журнал контроля обработки бронхоскопа с привязкой к пациентам",
        """ЖУРНАЛ КОНТРОЛЯ ОБРАБОТКИ ЭНДОСКОПОВ — бронхологический кабинет, [[D:{t3}]]
Бронхоскоп Olympus BF-1TH190, {dev_sn}; моечно-дезинфицирующая машина ETD Double, {dev_sn2}
Время | пациент, № протокола               | очистка / цикл МДМ        | ДВУ: средство, экспозиция
{tm1} | [[P:{p_s}]], [[R:{endo}]]          | {tm2} / цикл № <<####>>       | «Сайдекс ОПА», 12 мин
{tm3} | [[P:{n_s}]], [[R:{endo2}]]         | {tm4} / цикл № <<####>>       | «Сайдекс ОПА», 12 мин
Тест-полоски концентрации {clot} — годны до {exp_m}; смыв на микрофлору [[D:{t1}]] — роста нет
Исследование 1: {study} ({nmu}); БАЛ из B6 справа, пробирки к заявке [[R:{ris}]]; ИБ [[R:{ib}]]
Процедура 2: санационная бронхоскопия, [[P:{n_s}]], [[B:{bdn}]]
Врач-эндоскопист [[P:{d_s}]]. Тест на герметичность ✓.""",
    ),
    (
        7012255,
        "запрос второго мнения по эндосонографии средостения с видеозаписью на диске",
        """Запрос второго мнения по эндосонографии — в экспертный центр {org2}
Исх. № {outno} от [[D:{t3}]]; от {org}, [[A:{ao}]], эндоскопическое отделение ([[T:{phc1}]], [[E:{mo}]])
Пациент: [[P:{p}]], [[B:{bd}]]; СНИЛС [[S:{sn}]]; ИБ [[R:{ib}]]
Исследование: {study}; [[D:{t2}]] {tm1}; эхоэндоскоп Pentax EG-J10U, {dev_sn}; Arietta 850, <<#>>,<<#>> МГц
Находки: субкаринальный л/у (ст. 7) {sz1} мм, гипоэхогенный, округлый; л/у ст. 4L {sz1} мм; ЭУС-ТАБ иглой 22G — 3 пасса, ROSE — атипичные клетки
Видеозапись и снимки на диске [[R:{disc}]] (DVD-R, {clot}); протокол [[R:{endo}]]; цитология [[R:{hist}]]
Вопрос: N2 по ЭУС-критериям? Нужна ли EBUS?
Кейс в реестре вторых мнений: [[R:{second}]]. Торакальный хирург [[P:{e_s}]], [[T:{ph1}]].""",
    ),
    (
        7017148,
        "направление уролога на цистоскопию с отметкой эндоскопического кабинета",
        """НАПРАВЛЕНИЕ на исследование: {study} (цистоскопия), {nmu}
№ [[R:{ref}]] от [[D:{t1}]]
Пациент: [[P:{p}]], [[B:{bd}]], пол {p_sex}; тел. [[T:{ph1}]]
Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]; паспорт [[Q:{pas}]]
Адрес регистрации: [[A:{a1}]]; фактический: [[A:{a2}]]
Клинические данные: эпизоды макрогематурии, последний [[D:{t1_dm}]]; УЗИ: образование мочевого пузыря {sz1} мм по левой стенке (accession [[R:{acc}]])
Диагноз: подозрение на новообразование мочевого пузыря (D41.4)
Антикоагулянтов нет. Посев мочи стерилен.
Врач-уролог [[P:{e}]], кабинет {cab}, [[T:{phc1}]] доб. {ext}
Отметка эндоскопического кабинета: записан{p_a} на [[D:{t3}]] {tm2}; протокол [[R:{endo}]]; цистоскоп Karl Storz 22 Ch, {dev_sn}.""",
    ),
    (
        7017353,
        "направление биопсии желудка на патологоанатомическое исследование (ф. 014/у) и акт передачи",
        """НАПРАВЛЕНИЕ НА ПРИЖИЗНЕННОЕ ПАТОЛОГОАНАТОМИЧЕСКОЕ ИССЛЕДОВАНИЕ (ф. 014/у) № [[R:{hist}]]
1. Отделение: эндоскопическое, {org}; 2. Ф.И.О.: [[P:{p}]]; 3. Пол {p_sex}; 4. Дата рождения [[B:{bd}]]
5. Полис ОМС [[O:{enp}]]; 6. СНИЛС [[S:{sn}]]; документ, удостоверяющий личность: паспорт [[Q:{pas}]]; 7. Амб. карта [[R:{amb}]]
8. Диагноз: K29.5; 9. Манипуляция: {study} ({nmu}), протокол ЭГДС [[R:{endo}]]
10. Забор [[D:{t2}]] в {tm1}; фиксация 10 % нейтральным формалином
11. Флаконы: 1 — антрум (2 фр.), 2 — угол (1), 3 — тело (2), 4 — язва (4)
12. Врач [[P:{d_s}]], [[T:{phc1}]]
АКТ ПЕРЕДАЧИ в ПАО [[D:{t2}]] {tm3}: 4 флакона, 9 фрагментов; передал{s_a} м/с [[P:{s_s}]]; рег. № ПАО [[R:{hist2}]].""",
    ),
]
GENRES19 += [
    (
        7014145,
        "передача ЭКГ из машины скорой помощи в дистанционный консультативный центр",
        """ДИСТАНЦИОННЫЙ КОНСУЛЬТАТИВНЫЙ ЦЕНТР ЭКГ — передача [[R:{ecgtx}]]
Бригада СМП № {small} (фельдшер [[P:{s_s}]], планшет {dev_sn}); карта вызова [[R:{ref}]]
Принята [[D:{t3_sh}]] {tms1}; ответ [[D:{t3_sh}]] {tms3}
Пациент: [[P:{p}]], {age} лет; адрес вызова: [[A:{a1}]]; тел. вызывающего [[T:{ph_sms}]]
{study}: 12 отведений, 25 мм/с, 10 мм/мВ, фильтр 0,05–150 Гц; {dev_ecg}
Ритм синусовый, ЧСС {hr}; PQ 0,1<<#>> с; QRS 0,09 с; QT 0,3<<#>> с; ЭОС горизонтальная
Подъём ST в II, III, aVF до <<#>> мм, реципрокная депрессия в I, aVL; V4R — подъём 1 мм
Заключение: ОКС с подъёмом ST нижней стенки с вовлечением ПЖ (I21.1). Маршрутизация в ЧКВ-центр {org}, предупреждён дежурный кардиолог [[P:{d_s}]] (тел. [[T:{phc1}]]).
Консультант ДКЦ [[P:{e_s}]].""",
    ),
    (
        7014111,
        "акт выдачи и возврата регистратора холтеровского мониторирования",
        """АКТ ВЫДАЧИ И ВОЗВРАТА РЕГИСТРАТОРА ХОЛТЕРА
Кабинет функциональной диагностики {org}, каб. {cab}
Исследование [[R:{holter}]]; {study} ({nmu})
Пациент: [[P:{p}]], [[B:{bd}]]; паспорт [[Q:{pas}]]; тел. [[T:{ph1}]]; проживает в [[A:{al1}]]
Регистратор Schiller medilog AR12plus, {dev_sn}; 3 канала, 7 электродов
Установлен: [[D:{t2}]] в {tm1}; снят: [[D:{t2n}]] в {tm1} — 24 ч <<##>> мин записи
Дневник: подъём по лестнице в {tm3} — «давит в груди»; сон 23:00–06:30
При возврате: без повреждений; электроды — 7 шт., кабель цел.
Подпись пациента [[P:{p_s}]]; принял{m_a} [[P:{m_s}]] [[D:{t2n}]] в {tm2}.
Заключение будет готово [[D:{t4_wd}]]; направивший врач [[P:{e_s}]].""",
    ),
    (
        7014020,
        "распечатка отчёта монитора СМАД",
        """BPLab · Отчёт СМАД · {ver}
Пациент: [[P:{p_s}]]   Код: [[R:{abpm}]]   Дата рождения: [[B:{bd_sh}]]   Рост {ht}   Вес {wt}
Начало мониторирования: [[D:{t2_sh}]] {tm1}   Окончание: [[D:{t2n_sh}]] {tm1}
Монитор BPLab Vasotens, {dev_sn}; манжета 24–32 см; интервалы 15 мин (день) / 30 мин (ночь)
Успешных измерений 8<<#>> из 9<<#>> (9<<#>> %)
Период | САД ср. | ДАД ср. | ЧСС ср. | ИВ САД, %
24 ч   | 14<<#>>     | 8<<#>>      | 7<<#>>      | 5<<#>>
День   | 14<<#>>     | 9<<#>>      | 7<<#>>      | 6<<#>>
Ночь   | 13<<#>>     | 8<<#>>      | 6<<#>>      | 4<<#>>
Суточный индекс САД <<#>> % (non-dipper); утренний подъём в {tm2} — 16<<#>>/9<<#>>
Заключение: АГ, недостаточное ночное снижение АД (I11.9); {study}, {nmu}. Врач ФД [[P:{d_s}]]; лечащий — [[P:{e_s}]].
{org} · [[A:{ao}]] · [[T:{phc1}]]""",
    ),
    (
        7014194,
        "протокол велоэргометрии и заключение",
        """ПРОТОКОЛ ВЕЛОЭРГОМЕТРИИ № [[R:{fd}]] ({study}, {nmu})
[[P:{p}]], {age} лет, пол {p_sex}, рост {ht}, вес {wt}; ИБ [[R:{ib}]]; [[D:{t2}]] {tm1}
Система Schiller CS-200 и эргометр ERG 911, {dev_sn}; протокол ступенчатый 25 Вт/3 мин
Исходно: ЧСС 7<<#>>, АД 12<<#>>/8<<#>>; PQ 0,1<<#>> с, QRS 0,09 с, QT 0,3<<#>> с
Ступень | мощность | ЧСС | АД      | ST (V5), мм
1       | 25 Вт    | 9<<#>>  | 13<<#>>/8<<#>>  | 0
2       | 50 Вт    | 11<<#>> | 15<<#>>/8<<#>>  | −0,5
3       | 75 Вт    | 13<<#>> | 17<<#>>/9<<#>>  | −1,<<#>> (горизонтальная)
Причина прекращения: ангинозная боль, депрессия ST ≥ 1 мм; достигнуто 8<<#>> % субмаксимальной ЧСС; двойное произведение 2<<##>>
Заключение: проба положительная, толерантность низкая (<<#>>,<<#>> МЕТ); I25.1.
Врач ФД [[P:{d_s}]]; направил кардиолог [[P:{e_s}]], [[T:{phc1}]].""",
    ),
    (
        7017718,
        "распечатка результата кардиовизора в кабинете доврачебного приёма",
        """КардиоВизор-06с · Результат скрининга · ПО {ver_d}
Пациент: [[P:{p_up}]]   Запись №: [[R:{exam}]]   Дата: [[D:{t2_sh}]] {tms2}
Д.р.: [[B:{bd}]]   Возраст {age}   Пол {p_sex}   СНИЛС [[S:{sn}]]
Регистрация: 4 электрода на конечностях, 30 с, ЧСС {hr} уд/мин; индекс «Миокард» 1<<#>> % (норма < 15 %)
Портрет сердца: жёлто-красные зоны на передней стенке ЛЖ; ритм синусовый; QTc 4<<##>> мс
Рекомендация программы: консультация кардиолога; ЭКГ в 12 отведениях. {study}, {nmu}.
Кабинет доврачебного приёма {org}, каб. {cab}; м/с [[P:{s_s}]]; прибор {dev_sn}.
Записан{p_a} к кардиологу [[P:{e_s}]] на [[D:{t4}]] {tm3}; напоминание на [[T:{ph1}]].""",
    ),
    (
        7014236,
        "направление на госпитализацию для чреспищеводного электрофизиологического исследования",
        """НАПРАВЛЕНИЕ на госпитализацию для обследования № [[R:{ref}]], выдано [[D:{t1}]] {tm2}
В: {org}, отделение хирургического лечения сложных нарушений ритма, [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]]; паспорт: серия [[Q:{pas_ser} № {pas_num}]], выдан [[D:{pas_d}]]
СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]; полис [[O:{enp}]]; адрес [[A:{a1}]]; тел. [[T:{ph1}]], [[T:{ph2}]] (дочь [[P:{q_io}]])
Исследование: {study} ({nmu}) — индукция НЖТ, ЭРП АВ-соединения, точка Венкебаха
Анамнез: пароксизмы сердцебиения до 200 уд/мин с [[D:{told}]]; ЭКГ на пароксизме: QRS 0,08 с, RP' < 70 мс; холтер [[R:{holter}]] — 3 эпизода
Диагноз I47.1; бисопролол отменить за 48 ч
Врач-кардиолог [[P:{e_s}]], [[T:{phc1}]].""",
    ),
    (
        7013626,
        "рабочий лист спирометрии на периодическом медосмотре",
        """ПЕРИОДИЧЕСКИЙ МЕДОСМОТР — рабочий лист кабинета ФД на [[D:{t3}]] ({study}, {nmu})
Работодатель: АО «Волжский трубный завод», цех 3; ответственный — [[T:{phc1}]] доб. {ext}
№ | ФИО           | таб. №         | д.р.          | ФЖЕЛ, % долж. | ОФВ1/ФЖЕЛ | отметка
1 | [[P:{p_s}]]   | [[R:{tab}]]    | [[B:{bd}]]    | 8<<#>>            | 0,7<<#>>      | норма
2 | [[P:{n_s}]]   | [[R:{tab2}]]   | [[B:{bdn}]]   | 7<<#>>            | 0,6<<#>>      | обструкция → пульмонолог
3 | [[P:{k_s}]]   | [[R:{exam}]]   | {bdy} г.р.    | —             | —         | не явился, перенос на [[D:{t5_dm}]]
Спирометр MIR Spirolab, {dev_sn}; калибровка шприцем 3 л [[D:{cal_d}]] в {tm1}; t 2<<#>> °C, 7<<##>> мм рт. ст.
Вредные факторы: кремнийсодержащая пыль, сварочный аэрозоль; пп. 1.1.4, 4.1 приложения к приказу № 29н
Врач ФД [[P:{d_s}]]. Сверено с картами ПМО [[R:{amb}]], [[R:{amb2}]].""",
    ),
    (
        7013444,
        "сопроводительное письмо о передаче записи ЭЭГ на флеш-накопителе",
        """{org}, кабинет нейрофизиологии
[[A:{ao}]] · [[T:{phc1}]] · [[E:{mo}]]
исх. № {outno} от [[D:{t3}]]
Заведующему детским неврологическим отделением {org2} [[P:{e_dat}]]
О передаче записи ЭЭГ
По вашему запросу направляем запись ({study}) ребёнка [[P:{c_gen}]], [[B:{bdk}]] г.р., свидетельство о рождении [[C:{bc}]] (мать — [[P:{q}]], [[T:{ph1}]]):
— исследование [[R:{eeg}]] от [[D:{t2}]] {tm1}, 19 каналов (10–20), 40 мин, фотостимуляция 1–30 Гц, гипервентиляция 3 мин
— форматы EDF+ и «Нейрон-Спектр» ({ver}), 1,<<#>> ГБ; заключение врача [[P:{d_s}]]
Носитель: USB-флеш-накопитель 16 ГБ, учётный № передачи [[R:{disc}]]; пароль к архиву сообщён по телефону [[T:{ph2}]]
Электроэнцефалограф «Нейрон-Спектр-4/ВПМ», {dev_sn}; калибровка [[D:{cal_d}]].""",
    ),
    (
        7013246,
        "запрос второго мнения эпилептолога по суточному видео-ЭЭГ-мониторингу",
        """Запрос второго мнения эпилептолога (видео-ЭЭГ) — кейс [[R:{second}]]
От: невролог [[P:{e_s}]], {org}, [[E:{md}]], [[T:{ph2}]]
Пациент: [[P:{c}]], [[B:{bdk}]]; СНИЛС [[S:{sn}]]; законный представитель — отец, [[T:{ph1}]]
Исследование: {study}, [[D:{t2}]] {tm1} — [[D:{t2n}]] {tm1}; запись [[R:{eeg}]]; 21 канал, ЭКГ, ЭМГ дельтовидных; 2 ИК-видеокамеры
Зарегистрировано <<#>> эпизодов замираний по 5–10 с (в {tm2} и {tm4}) с генерализованными разрядами пик-волна 3 Гц; фотопароксизмальный ответ на 15–20 Гц
Вопрос: детская абсансная эпилепсия (G40.3) или ювенильная миоклоническая? Выбор АЭП.
Данные в облаке, код доступа [[R:{code}]]; заключение по месту — врач [[P:{d_s}]].
Ответ эксперта [[D:{t5}]]: Dr. [[P:{fl2}]] — детская абсансная эпилепсия; этосуксимид; ЭЭГ-контроль через 3 мес.""",
    ),
    (
        7014343,
        "протокол ЭНМГ сенсорных нервов руки с таблицей скоростей проведения",
        """ПРОТОКОЛ ЭНМГ № [[R:{fd}]] — {study}
[[P:{p}]], {age} лет; амб. карта [[R:{amb}]]; [[D:{t2}]] {tm1}; направил невролог [[P:{e_s}]] (G56.0)
«Нейро-МВП-4», {dev_sn}; температура кожи кисти 3<<#>> °C; антидромная стимуляция; {nmu}
Нерв, участок           | латентность, мс | амплитуда, мкВ | СРВ, м/с | норма
Medianus D2 — запястье  | <<#>>,<<#>>             | <<#>>,<<#>>            | 3<<#>>,<<#>>     | ≥ 50 м/с, ≥ 15 мкВ
Ulnaris D5 — запястье   | <<#>>,<<#>>             | 1<<#>>,<<#>>           | 5<<#>>,<<#>>     | ≥ 50 м/с
Radialis — предплечье   | <<#>>,<<#>>             | 2<<#>>,<<#>>           | 5<<#>>,<<#>>     | ≥ 50 м/с
Моторный Medianus: дистальная латентность <<#>>,<<#>> мс (норма < 4,2), М-ответ <<#>>,<<#>> мВ
Заключение: демиелинизирующее поражение срединного нерва на уровне запястья (синдром запястного канала), умеренное.
Врач-нейрофизиолог [[P:{d_s}]]. Пациент{p_ke} протокол отправлен на [[E:{m1}]] [[D:{t2}]] в {tm3}.""",
    ),
    (
        7013337,
        "направление ребёнка на КСВП после аудиологического скрининга и SMS-напоминание",
        """НАПРАВЛЕНИЕ в центр реабилитации слуха — 2 этап аудиологического скрининга
№ [[R:{ref}]] от [[D:{t1}]]
Ребёнок: [[P:{c}]], дата рождения [[B:{bdk}]]; свидетельство о рождении [[C:{bc}]]; полис [[O:{enp}]]
Мать: [[P:{q}]], паспорт [[Q:{pas}]], тел. [[T:{ph1}]]; адрес: [[A:{a1}]]
1 этап (роддом): ЗВОАЭ — AD «pass», AS «refer»; повтор [[D:{t1}]] — AS «refer»
Исследование: {study} (КСВП), {nmu}; в состоянии естественного сна
Факторы риска: ГВ 3<<#>> нед, гипербилирубинемия, ИВЛ 3 сут
Участковый педиатр: [[T:{phc1}]]
—
SMS [[D:{t3_sh}]] {tm1}: «[[P:{q_io}]], запись ребёнка на КСВП [[D:{t4_wd}]] {tm2}, каб. {cab}. Ребёнок должен спать — приходите к кормлению. Код [[R:{code}]]. Тел. [[T:{ph800}]]»
Результат [[D:{t4}]]: порог V пика AD 30 дБ nHL, AS 6<<#>> дБ nHL; латентность V 6,<<#>> мс. Сурдолог [[P:{d_s}]].""",
    ),
    (
        7016975,
        "распечатка фетального монитора (КТГ) с анализом по Доусу — Редману и подвалом",
        """Sonicaid Team3 · КТГ · Запись [[R:{ctg}]]
Пациентка: [[P:{q_s}]]   ID: [[R:{mrn}]]   Д.р.: [[B:{bdq_sh}]]   Срок 3<<#>>+2 нед
Начало: [[D:{t3_sh}]] {tms1}   Длительность 4<<#>> мин   Скорость 1 см/мин   Датчики: УЗ 1,<<#>> МГц, токо
Dawes-Redman: базальный ритм 13<<#>> уд/мин; STV <<#>>,<<#>> мс; акцелераций <<#>>; децелераций 0; высокая вариабельность 1<<#>> мин — критерии выполнены
Шевеления плода: 1<<#>> (отметка пациентки); схваток нет; базальный тонус 1<<#>> мм рт. ст.
Заключение врача [[P:{d_s}]]: КТГ нормальная (FIGO); {study}, {nmu}.
Подвал: {org} · пост № {small} · монитор {dev_sn} · ПО {ver_d} · напечатано [[D:{t3_sh}]] {tm3} · акушерка [[P:{s_s}]]""",
    ),
    (
        7013170,
        "жалоба через Госуслуги на отмену манометрии пищевода и ответ клиники",
        """Жалоба через «Госуслуги» — сообщение [[R:{compl}]], [[D:{t3}]] {tm1}
Заявитель: [[P:{p}]], [[B:{bdv}]]; паспорт (из профиля ЕСИА) [[Q:{pas}]]; адрес: [[A:{a1}]]; тел. [[T:{ph1}]]; [[E:{m1}]]
Текст: «Третий раз отменяют манометрию пищевода высокого разрешения в {org} (направление [[R:{ref}]] от [[D:{t1}]]). Сначала сломался катетер, потом нет расходников. Подозревают ахалазию (K22.0), я не могу есть, похудел{p_a} на 8 кг.»
—
Ответ {org}, [[D:{t4}]]: Уважаем{p_yi} [[P:{p_io}]]! Катетер системы ManoScan 360 (36 каналов, {dev_sn}) вышел из строя [[D:{t2}]]; новый получен. Вы записаны на [[D:{t5}]] в {tm2} (каб. {room}); протокол: 10 глотков по 5 мл, Чикагская классификация v4.0; {study}, {nmu}. Номер записи [[R:{code}]]. Зав. отделением функциональной диагностики [[P:{h_s}]], [[T:{phc1}]].""",
    ),
    (
        7016892,
        "распечатка отчёта оптического когерентного томографа",
        """Cirrus HD-OCT 5000 · Macular Cube 512×128 · {ver}
Patient: [[P:{p_dcm2}]]   ID: [[R:{pid}]]   DOB: [[B:{bd_sl}]]   Gender: {p_sex_dcm}
Exam Date: [[D:{t2_sl}]]   Exam Time: {tm2}   Serial Number: {dev_sn}   Signal Strength 8/10
OD: ЦТС 2<<##>> мкм; объём куба <<#>>,<<#>> мм³; средняя толщина 2<<##>> мкм
OS: ЦТС 3<<##>> мкм; интраретинальные кисты, субретинальная жидкость; объём 1<<#>>,<<#>> мм³
RNFL OU: 9<<#>>/8<<#>> мкм; C/D 0,<<#>>/0,<<#>>
Сравнение с исследованием [[D:{told}]] (exam [[R:{exam2}]]): OS ЦТС +<<##>> мкм
Doctor's Signature: [[P:{d_s}]]   Exam #: [[R:{exam}]]
Клиника: {org}, [[A:{ao}]], [[T:{phc1}]]. Диагноз H35.3; интравитреальное введение анти-VEGF — запись на [[D:{t4}]].""",
    ),
]
GENRES19 += [
    (
        7005606,
        "лист учёта доз радионуклидной диагностики (сцинтиграфия скелета)",
        """ЛИСТ УЧЁТА ДОЗОВЫХ НАГРУЗОК — радионуклидная диагностика, карта [[R:{dose}]]
[[P:{p}]], [[B:{bd}]], вес {wt} кг; полис [[O:{enp}]]; ИБ [[R:{ib}]]
Дата         | исследование                    | РФП, активность            | ЭЭД, мЗв | № исследования
[[D:{t2}]]   | {study} ({nmu})                 | 99mTc-пирфотех, 6<<##>> МБк    | <<#>>,<<#>>    | [[R:{nm}]]
[[D:{t2}]]   | ОФЭКТ/КТ поясничного отдела     | КТ-компонент, DLP <<###>> мГр·см | <<#>>,<<#>>    | [[R:{nm2}]]
[[D:{told}]] | КТ органов грудной клетки       | DLP <<###>> мГр·см             | <<#>>,<<#>>    | [[R:{acc}]]
Генератор 99mTc «ГТ-4К», {clot}; калибратор активности Atomlab 500, {dev_sn}; поверка [[D:{cal_d}]]
Введение в {tm1}, сканирование через 3 ч (в {tm4}); {dev_nm}, коллиматор LEHR, 12 см/мин
Рекомендации: обильное питьё; не контактировать с беременными и детьми 24 ч.
Ответственный за радиационную безопасность [[P:{h_s}]]; врач-радиолог [[P:{d_s}]].""",
    ),
    (
        7006307,
        "скрипт колл-центра: двухдневный протокол перфузионной сцинтиграфии миокарда",
        """Колл-центр отделения радионуклидной диагностики — скрипт подтверждения · [[D:{t2}]]
Оператор [[P:{s_fi}]] → пациент [[P:{p}]], [[B:{bd}]]; набран [[T:{ph1}]] (не отвечает) → [[T:{ph2}]] (жена)
Исследование: {study} ({nmu}), двухдневный протокол: нагрузка [[D:{t4_wd}]] в {tm1}, покой [[D:{t5_wd}]] в {tm1}
Заказ РИС [[R:{ris}]]; направление [[R:{ref}]] (кардиолог [[P:{e_s}]])
Скрипт: «За 24 часа исключить кофе, чай, шоколад; бета-блокаторы отменить за 48 ч по согласованию с врачом; натощак 4 часа; с собой — жирный завтрак».
РФП 99mTc-МИБИ, 3<<##>> МБк и 7<<##>> МБк; {dev_nm}; ЭЭД ~ <<#>>,<<#>> мЗв.
Итог: подтверждено в {tm3}; адрес [[A:{ao}]], вход № 3, каб. {room}. Повторный контакт не нужен.""",
    ),
    (
        7013006,
        "направление ребёнка на динамическую нефросцинтиграфию с ответом радиолога",
        """НАПРАВЛЕНИЕ на радионуклидное исследование № [[R:{ref}]]
Из детской поликлиники № {small} (нефролог, [[T:{phc1}]]) в {org}, отделение радионуклидной диагностики
Ребёнок: [[P:{c}]], [[B:{bdk}]], вес 2<<#>> кг; свидетельство о рождении [[C:{bc}]]; полис [[O:{enp}]]; СНИЛС [[S:{sn}]]
Законный представитель: [[P:{u}]], паспорт [[Q:{pas}]], тел. [[T:{ph1}]]
Исследование: {study} ({nmu}) с 99mTc-ДТПА (по педиатрической шкале EANM, ~ <<##>> МБк) и фуросемидом 1 мг/кг
Показания: гидронефроз слева (УЗИ [[D:{t1}]]: лоханка 2<<#>> мм, паренхима 5,<<#>> мм), N13.3
Подготовка: водная нагрузка 10 мл/кг за 30 мин
Ответ [[D:{t3}]]: раздельная функция Л/П 3<<#>>/6<<#>> %, T½ после фуросемида > 20 мин — обструктивный тип; исследование [[R:{nm}]]. Врач-радиолог [[P:{d_s}]].""",
    ),
    (
        7017155,
        "экспорт заказа РИС отделения ядерной медицины с данными введения РФП (ПЭТ/КТ)",
        """RIS · Nuclear Medicine · Order export · [[D:{t3_monc}]] {tms5}
Order: [[R:{ris}]]   Accession: [[R:{acc}]]   Priority: ROUTINE   Status: COMPLETED
Patient: [[P:{p_dcm}]]   MRN: [[R:{mrn}]]   DOB: [[B:{bd_mon}]]   Sex {p_sex_dcm}   Wt {wt} kg   Glucose 5,<<#>> mmol/l
Procedure: {study} — {nmu}
Radiopharmaceutical: 18F-PSMA-1007, {clot}, calibration {tm1}; injected 2<<##>> MBq at {tm2}; residual <<#>> MBq
Uptake 90 min; Siemens Biograph Vision 600, {dev_sn}; low-dose CT 120 kV, DLP <<###>> mGy·cm; PET 2 min/bed × 6
Study UID: [[R:{uid}]]
Referring: [[P:{e_dcm2}]]   Reporting: [[P:{d_dcm2}]]
Findings: PSMA-avid external iliac node (L) {sz1} mm, SUVmax 1<<#>>,<<#>>; no bone lesions; miN1 M0.
Patient phone: [[T:{ph1}]]; prior study [[R:{acc2}]] ([[D:{told_iso}]]).""",
    ),
    (
        7012990,
        "заявление пациентки о переносах сцинтиграфии щитовидной железы из-за поставки РФП и ответ",
        """Заявление в отдел контроля качества медицинской помощи {org}, [[D:{t3}]]
от [[P:{q_gen}]], [[B:{bdq}]], СНИЛС [[S:{sn}]], тел. [[T:{ph_sms}]], [[E:{m2}]]
«Мне назначено исследование [[R:{ris}]] — {study} (эндокринолог [[P:{e_s}]], тиреотоксикоз, E05.0). Дважды переносили: [[D:{t1}]] — не пришёл генератор, [[D:{t2}]] — нет капсул 123I. Я отменила тиамазол за 5 дней и теперь мне плохо. Прошу назначить точную дату.»
Рег. № [[R:{compl}]].
Ответ от [[D:{t4}]]: поставка 123I (капсулы 7–10 МБк) возобновлена, {clot}; вы записаны на [[D:{t5}]]: приём капсулы в {tm1}, поглощение через 4 и 24 ч, сцинтиграфия — {dev_nm}, коллиматор pinhole; {nmu}. Справки: [[T:{phc1}]].""",
    ),
    (
        7016314,
        "телемедицинский обмен с центром ядерной медицины после терапии 177Lu",
        """ТМК с центром ядерной медицины — запрос [[R:{tele}]], [[D:{t4}]]
От: {org}, радиолог [[P:{d_s}]] ([[E:{md}]], [[T:{ph2}]])
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]; СНИЛС [[S:{sn}]]
Терапия: 177Lu-ПСМА-617, 7,<<#>> ГБк, цикл <<#>>, введение [[D:{t2}]] в {tm1}; {clot}
{study}: через 24 ч ([[D:{t3_dm}]]) и 48 ч; {dev_nm}, коллиматор MEGP, окна 113/208 кэВ; ОФЭКТ/КТ таза
Мощность дозы на 1 м при выписке 1<<#>> мкЗв/ч (критерий ≤ 20 мкЗв/ч); дозиметрия почек 0,<<##>> Гр/ГБк
Изображения: Study UID [[R:{uid}]]; accession [[R:{acc}]]; переданы по защищённому каналу в {tm3}
Вопрос: накопление в правом крестцово-подвздошном сочленении — метастаз или дегенерация?
Ответ консультанта ([[D:{t5}]]): зона ранее известного метастаза, новых очагов нет; продолжить терапию. Протокол ТМК [[R:{tele2}]].""",
    ),
    (
        7016629,
        "протокол дозы рентгеноперационной при коронарографии",
        """РЕНТГЕНОПЕРАЦИОННАЯ № {small} — протокол дозы · {dev_sn}
Ангиограф Philips Azurion 7 C20, ПО {ver_d}; детектор 20″
Пациент: [[P:{p_up}]], [[B:{bd}]], ИБ [[R:{ib}]]; Exam ID [[R:{exam}]]; accession [[R:{acc}]]
Процедура: {study} ({nmu}), радиальный доступ справа, катетеры JL 3,5 / JR 4,0 6F; [[D:{t2}]] {tm1}–{tm3}
Время скопии <<#>> мин 1<<#>> с; кадров cine <<###>> (15 к/с); Ka,r <<###>> мГр; DAP {dap} Гр·см²
Контраст: {contrast}, 1<<##>> мл, {clot}
Результат: стеноз ПМЖВ в среднем сегменте 8<<#>> %, ОА — 40 %, ПКА без значимых стенозов; SYNTAX 1<<#>>
ЭЭД (k 0,20 мЗв/(Гр·см²)) <<#>>,<<#>> мЗв — в лист учёта доз [[R:{dose}]].
Оператор — рентгенэндоваскулярный хирург [[P:{d_s}]]; м/с [[P:{s_s}]]. Порог 3 Гр не превышен. Родственник: [[P:{u_io}]], [[T:{ph1}]].""",
    ),
]


# ---------------------------------------------------------------- the directory's entries
# ID: (FULLNAME, METHOD, ANATOMIC_FIELD, NMU), as in 1.2.643.5.1.13.13.11.1471 v2.38
STUDIES19: dict[int, tuple[str, str, str, str]] = {
    7003320: (
        "Рентгенография флюорография легких",
        "Рентген",
        "Грудь",
        "A06.09.006; A06.09.006.001",
    ),
    7002892: (
        "Рентгенография грудной клетки",
        "Рентген",
        "Грудь",
        "A06.09.007.001; A06.09.007.002; A06.09.007; A06.09.002; A06.11.001; A06.12.001",
    ),
    7003379: (
        "Рентгенография молочной железы",
        "Рентген",
        "Грудь",
        "A06.20.004; A06.20.004.001; A06.20.004.003; A06.20.004.007",
    ),
    7003395: ("Рентгенография молочной железы томосинтез", "Рентген", "Грудь", "A06.20.008"),
    7003932: (
        "Рентгенография тазобедренного сустава",
        "Рентген",
        "Нижние конечности",
        "A06.04.011",
    ),
    7003981: ("Рентгенография коленного сустава", "Рентген", "Нижние конечности", "A06.04.005"),
    7003197: (
        "Рентгенография верхней и нижней челюсти панорамная",
        "Рентген",
        "Голова и шея",
        "A06.07.004; A06.07.001; A06.07.002",
    ),
    7004153: (
        "Рентгенография шейного отдела позвоночника",
        "Рентген",
        "Позвоночник",
        "A06.03.010; A06.03.009; A06.03.011",
    ),
    7003759: ("Рентгенография пельвиометрия", "Рентген", "Живот", "A06.20.003"),
    7003726: (
        "Рентгенография матки и маточных труб с контрастированием",
        "Рентген",
        "Живот",
        "A06.20.001; A06.20.001.001; A06.20.005",
    ),
    7003502: (
        "Рентгеноскопия желудка и двенадцатиперстной кишки с двойным контрастированием",
        "Рентген",
        "Живот",
        "A06.16.008",
    ),
    7003007: (
        "Рентгенография черепа",
        "Рентген",
        "Голова и шея",
        "A06.03.005; A06.03.060; A06.03.004; A06.03.001; A06.03.064",
    ),
    7004252: (
        "Рентгенография денситометрия поясничного отдела позвоночника",
        "Рентген",
        "Позвоночник",
        "A06.03.061.001; A06.03.061",
    ),
    7003940: (
        "Рентгенография денситометрия проксимального отдела бедренной кости",
        "Рентген",
        "Нижние конечности",
        "A06.03.061.002; A06.03.061",
    ),
    7001472: (
        "Компьютерная томография головного мозга",
        "КТ",
        "Голова и шея",
        "A06.23.004; A06.23.004.002",
    ),
    7001506: (
        "Компьютерная томография ангиография головного мозга",
        "КТ",
        "Голова и шея",
        "A06.12.056; A06.12.058; A06.23.004.007",
    ),
    7001928: (
        "Компьютерная томография груди низкодозная",
        "КТ",
        "Грудь",
        "A06.20.004.006; A06.09.005",
    ),
    7001894: (
        "Компьютерная томография груди",
        "КТ",
        "Грудь",
        "A06.20.004.006; A06.09.005; A06.09.008.001; A06.11.004; A06.03.068; A06.16.002; A06.09.011",
    ),
    7001985: (
        "Компьютерная томография сердца с подсчётом коронарного кальция",
        "КТ",
        "Грудь",
        "A06.10.009",
    ),
    7001951: ("Компьютерная томография коронарография", "КТ", "Грудь", "A06.10.006.001"),
    7002017: (
        "Компьютерная томография живота с болюсным внутривенным контрастированием",
        "КТ",
        "Живот",
        "A06.30.005.002; A06.30.005.003; A06.30.005.004; A06.30.007.002",
    ),
    7002108: (
        "Компьютерная томография урография",
        "КТ",
        "Живот",
        "A06.28.009.001; A06.22.002; A06.22.002.001; A06.28.009; A06.28.009.002",
    ),
    7002199: ("Компьютерная томография виртуальная колоноскопия", "КТ", "Живот", "A06.18.004"),
    7001647: (
        "Компьютерная томография околоносовых пазух носа",
        "КТ",
        "Голова и шея",
        "A06.08.007; A06.08.007.003",
    ),
    7002546: ("Компьютерная томография коленного сустава", "КТ", "Нижние конечности", "A06.04.017"),
    7002827: (
        "Компьютерная томография денситометрия поясничного отдела позвоночника",
        "КТ",
        "Позвоночник",
        "A06.03.058; A06.03.061",
    ),
    7002876: ("Компьютерная томография всего тела", "КТ", "Тело", ""),
    7001795: (
        "Компьютерная томография зубов и челюстей",
        "КТ",
        "Голова и шея",
        "A06.07.013; A06.03.002",
    ),
    7000011: (
        "Магнитно-резонансная томография головного мозга",
        "МРТ",
        "Голова и шея",
        "A05.23.009",
    ),
    7000029: (
        "Магнитно-резонансная томография головного мозга с внутривенным контрастированием",
        "МРТ",
        "Голова и шея",
        "A05.23.009.001",
    ),
    7001217: (
        "Магнитно-резонансная томография коленного сустава",
        "МРТ",
        "Нижние конечности",
        "A05.04.001",
    ),
    7001373: (
        "Магнитно-резонансная томография пояснично-крестцового отдела позвоночника",
        "МРТ",
        "Позвоночник",
        "A05.03.002",
    ),
    7000888: (
        "Магнитно-резонансная томография предстательной железы",
        "МРТ",
        "Живот",
        "A05.30.004",
    ),
    7000524: (
        "Магнитно-резонансная томография молочных желез с внутривенным болюсным контрастированием",
        "МРТ",
        "Грудь",
        "A05.20.003.001",
    ),
    7000870: (
        "Магнитно-резонансная томография холангиопанкреатография",
        "МРТ",
        "Живот",
        "A05.15.002; A05.14.002; A05.15.001",
    ),
    7000573: ("Магнитно-резонансная томография сердца", "МРТ", "Грудь", "A05.10.009"),
    7000979: ("Магнитно-резонансная томография плода", "МРТ", "Живот", "A05.30.015"),
    7000201: ("Магнитно-резонансная томография гипофиза", "МРТ", "Голова и шея", "A05.22.002"),
    7005408: (
        "Ультразвуковое исследование органов брюшной полости",
        "УЗД",
        "Живот",
        "A04.16.001; B03.052.001",
    ),
    7005416: (
        "Ультразвуковое исследование щитовидной железы чрескожное",
        "УЗД",
        "Голова и шея",
        "A04.22.001",
    ),
    7005317: (
        "Ультразвуковое исследование молочных желез чрескожное",
        "УЗД",
        "Грудь",
        "A04.20.002",
    ),
    7008758: (
        "Ультразвуковое исследование экстракраниального отдела брахиоцефальных артерий",
        "УЗД",
        "Голова и шея",
        "A04.12.005.005; A04.12.005.003",
    ),
    7005390: (
        "Ультразвуковое исследование вен нижних конечностей",
        "УЗД",
        "Нижние конечности",
        "A04.12.006.002; A04.12.002.002; A04.12.002.001; A04.12.006",
    ),
    7011562: (
        "Ультразвуковое исследование матки, придатков матки и плода (эмбриона)/плодов (эмбрионов) в первом триместре беременности в нескрининговые сроки трансвагинальное",
        "УЗД",
        "Живот",
        "A04.30.001; A04.30.001.001",
    ),
    7012719: ("Ультразвуковое исследование сердца фокусированное", "УЗД", "Грудь", ""),
    7011653: (
        "Ультразвуковое исследование сердца плода трансабдоминальное",
        "УЗД",
        "Живот",
        "A04.30.002",
    ),
    7005176: (
        "Ультразвуковое исследование сердца трансторакальное при стресс-тесте с дозированной физической нагрузкой",
        "УЗД",
        "Грудь",
        "A04.10.002.004",
    ),
    7018021: (
        "Пункция лечебно-диагностическая лимфатического узла под контролем ультразвукового исследования",
        "УЗД (Интервенционная)",
        "Тело",
        "A11.06.001.001",
    ),
    7011869: (
        "Эндоскопическое исследование верхних отделов желудочно-кишечного тракта",
        "Эндоскопия",
        "Живот",
        "A03.16.001; A03.30.006.002; A03.30.006.007; A03.16.003; A03.16.001.003; A03.08.003",
    ),
    7011984: (
        "Эндоскопическое исследование толстой кишки",
        "Эндоскопия",
        "Живот",
        "A03.18.001; A03.18.001.001",
    ),
    7011976: (
        "Эндоскопическое исследование толстой кишки видеокапсульное",
        "Эндоскопия",
        "Живот",
        "A03.18.001.006",
    ),
    7011851: (
        "Эндоскопическое исследование гортани, трахеи и бронхов",
        "Эндоскопия",
        "Голова и шея",
        "A03.09.001; A03.09.003; A03.08.001; A03.08.007; A03.09.001.001; A03.09.001.002; A03.09.001.003; A03.09.003.001; A03.30.006.001; A03.08.001.001; A03.08.005; A03.09.002",
    ),
    7012255: (
        "Эндоскопическое ультразвуковое исследование средостения трансэзофагеальное",
        "Эндоскопия",
        "Грудь",
        "A04.11.003",
    ),
    7017148: ("Эндоскопическое исследование мочевого пузыря", "Эндоскопия", "Живот", "A03.28.001"),
    7017353: (
        "Биопсия желудка при эндоскопическом исследовании",
        "Эндоскопия",
        "Живот",
        "A11.16.002",
    ),
    7014145: ("Электрокардиография", "ФД (Электрокардиография)", "Грудь", "A05.10.006; A05.10.001"),
    7014111: (
        "Холтеровское мониторирование электрокардиограммы",
        "ФД (Электрокардиография)",
        "Грудь",
        "A05.10.008",
    ),
    7014020: (
        "Суточное мониторирование артериального давления",
        "ФД (Функциональные пробы)",
        "Тело",
        "A02.12.002.001",
    ),
    7014194: (
        "Электрокардиография с велоэргометрией",
        "ФД (Электрокардиография)",
        "Грудь",
        "A12.10.005",
    ),
    7017718: (
        "Электрокардиографическое исследование с использованием кардиовизора",
        "ФД (Электрокардиография)",
        "Грудь",
        "A05.10.010",
    ),
    7014236: (
        "Электрофизиологическое исследование сердца чреспищеводное",
        "ФД (Электрокардиография)",
        "Грудь",
        "A04.10.002.001",
    ),
    7013626: ("Спирометрия", "ФД (Спирометрия)", "Грудь", "A12.09.002; A12.09.001"),
    7013444: (
        "Электроэнцефалография",
        "ФД (Нейрофизиологические исследования)",
        "Голова и шея",
        "A05.23.001",
    ),
    7013246: (
        "Видео-электроэнцефалоэнцефалографический мониторинг суточный",
        "ФД (Нейрофизиологические исследования)",
        "Голова и шея",
        "A05.23.001.002",
    ),
    7014343: (
        "Электронейромиографическое исследование проводящей функции сенсорного нерва верхней конечности",
        "ФД (Нейрофизиологические исследования)",
        "Верхние конечности",
        "A05.02.001.003; A05.02.001.004; A05.02.001.005; A05.02.001.006; A05.24.001",
    ),
    7013337: (
        "Вызванные потенциалы стволовые акустические",
        "ФД (Нейрофизиологические исследования)",
        "Голова и шея",
        "A05.25.004",
    ),
    7016975: ("Кардиотокография", "ФД", "Живот", "A05.30.001"),
    7013170: ("Манометрия пищевода", "ФД (Манометрия)", "Грудь", "A12.16.001"),
    7016892: ("Оптическая когерентная томография глаза", "ФД", "Голова и шея", ""),
    7005606: ("Сцинтиграфия скелета", "РНД", "Тело", "A07.03.001.001; A07.03.001"),
    7006307: (
        "Сцинтиграфия миокарда перфузионная с функциональной пробой",
        "РНД",
        "Грудь",
        "A07.10.001; A07.10.001.001",
    ),
    7013006: ("Сцинтиграфия почек динамическая", "РНД", "Живот", "A07.28.002"),
    7017155: (
        "Позитронная эмиссионная томография, совмещенная с компьютерной томографией с туморотропными РФП",
        "РНД",
        "Тело",
        "A07.30.043",
    ),
    7012990: (
        "Сцинтиграфия щитовидной железы с оценкой йодпоглотительной функции",
        "РНД",
        "Голова и шея",
        "A07.22.002",
    ),
    7016314: (
        "Сцинтиграфия всего тела после радионуклидной терапии I-Lu-177",
        "РНД",
        "Тело",
        "A07.30.029",
    ),
    7016629: ("Ангиография коронарных артерий", "Ангиография", "Грудь", "A06.10.006"),
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


def kind_of(sid: int, genre: str) -> str:
    name = STUDIES19[sid][0]
    return f"{name} (ФСИДИ, 1.2.643.5.1.13.13.11.1471 v2.38, ID {sid}): {genre}"


def source_of(sid: int) -> str:
    name, method, field, nmu = STUDIES19[sid]
    return (
        f"НСИ 1.2.643.5.1.13.13.11.1471 v2.38 (ФСИДИ — Федеральный справочник инструментальных "
        f"диагностических исследований), ID {sid}, FULLNAME «{name}», METHOD «{method}», "
        f"ANATOMIC_FIELD «{field}», NMU «{nmu or '—'}»"
    )


TEMPLATES = GENRES19


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    studies = [t[0] for t in TEMPLATES]
    assert len(studies) == len(set(studies)), "one kind per study"
    assert set(studies) == set(STUDIES19), "every study listed has one template"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(s, g) for s, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for sid, genre, template in TEMPLATES:
            name, _method, _field, nmu = STUDIES19[sid]
            extra = {"study": name, "nmu": nmu.split(";")[0].strip() or "без кода НМУ"}
            doc = build(
                render(rng, template, extra),
                kind_of(sid, genre),
                source_of(sid),
                f"blind19_{len(docs):04d}",
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
