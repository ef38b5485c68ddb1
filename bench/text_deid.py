"""Text de-identification bench: Ozero's scrubber vs plain natasha NER + five regexes.

Corpora (see ``bench/README.md``):

* ``dev`` — the development half of the synthetic corpus (``text_corpus/generate.py``):
  documents written only with even-id phrasing families. Tune here; ``--misses`` prints
  missed spans of this half and of no other.
* ``heldout`` — the held-out half: odd-id families only (a fixed rule in
  ``text_corpus/families.py``). Reported; looked at once (2026-12-04), for its only
  false-positive class (a sentence-opening adjective read as a surname).
* ``independent`` — ``text_corpus/independent.jsonl``: hand-written sentences rewritten
  from real document kinds and public form wording, labelled by hand. Reported; its
  misses were looked at and fixed on 2026-12-04, so it no longer measures unseen text.
* ``blind_dev``/``blind_test`` — ``text_corpus/independent2.jsonl``: written by an engineer
  who never read the recognizers (nor ran them on it), after the ``independent`` corpus had
  been looked at to fix misses (2026-12-04); split by document kind (``blind_half``) after
  one whole-corpus score and before any error was read. ``--misses`` prints ``blind_dev``
  errors; ``blind_test`` is reported, never read.
* ``blind3`` — ``text_corpus/independent3.jsonl`` (``blind_corpus3.py``): a third blind corpus
  by another engineer who never read the recognizers nor ran them on it, written to stress
  record numbers of document kinds the others did not emphasise (military, police and court
  papers, donation, transplant lists, implants, pathology blocks…). Scored once whole
  (2026-12-04, before any change), then split by document kind like the second:
  ``blind3_dev`` errors may be printed (``--misses``) and fixed, ``blind3_test`` is reported,
  never read.
* ``blind4`` — ``text_corpus/independent4.jsonl`` (``write_independent4.py``): a fourth blind
  corpus by an engineer who never read the recognizers, SEMD narrative sections, forms,
  letters and complaints with OCR noise, transliterations and hard negatives. Scored whole
  once (2026-12-05, ``bench/results/independent4_baseline.json``) before any change, then
  split by kind (``blind_half``) before any error was read: ``blind4_dev`` errors may be
  printed (``--misses``) and fixed, ``blind4_test`` is reported, never read.
* ``blind5`` — ``text_corpus/independent5.jsonl`` (``write_independent5.py``): a fifth blind
  corpus by an engineer who never read the recognizers, stressing record/document numbers
  of unseen kinds and shapes (112/у, 030/у, LIS orders, tube barcodes, «Г-2025/04412»,
  «НГ-77-000123», ВМП talons, ИПРА, ДМС with letters, residence permits, military IDs),
  unusual addresses and hard negatives (vaccine and drug lots, codes, wards). Scored whole
  and per half once (2026-12-05, ``bench/results/independent5_baseline.json``) before any
  change, split by kind (``blind_half``): ``blind5_dev`` errors may be printed
  (``--misses``) and fixed, ``blind5_test`` is reported, never read.
* ``blind6`` — ``text_corpus/independent6.jsonl`` (``write_independent6.py``): a sixth blind
  corpus (2026-12-05) by an engineer who never read the recognizers, their tests, any
  ``--misses`` output or earlier results; phrasing rewritten from SEMD narrative sections and
  public form wording (057/у, 003/у, 025/у, ЭЛН, 107-1/у, 148-1/у, 103/у, 106/у, 086/у, ИПРА,
  ДМС, contracts, lab orders, accession numbers, letters, complaints, nurse notes, call-centre
  transcripts), inflected names and addresses, OCR noise and hard negatives. Frozen
  (committed) before Ozero first ran on it, scored once whole
  (``bench/results/independent6_baseline.json``), reported whole through stop 24 (three
  scores, no error ever printed). On 2026-12-05 (stop 25), before any of its errors was
  read, split by kind (``blind_half``) to serve the next round: ``blind6_dev`` errors may be
  printed (``--misses``) and fixed, ``blind6_test`` is reported, never read; the whole
  ``blind6`` stays reported for comparison with earlier stops.
* ``blind7`` — ``text_corpus/independent7.jsonl`` (``write_independent7.py``): a seventh blind
  corpus (2026-12-05) by a helper engineer who never opened the recognizers, their tests, any
  ``--misses`` output or result file, and never ran the de-identifier; 81 document kinds not
  in corpora 4–6 (ambulance signal sheets, 113/у exchange cards, 096/у, 070/у and 076/у
  sanatorium papers, weapons/tractor/state-secret certificates, 026/у class sheets, 156/у,
  orthodontic and dental-lab orders, psychiatric and narcology papers, investigators' and
  courts' requests, forensic orders, telemedicine protocols, ЕМИАС/Госуслуги/VK messages,
  pharmacy journals and deferred 148-1/у-04(л), transfer letters, newborn patronage naming
  parents, hospice and palliative papers, clinical-trial screening logs, ТФОМС/МЭЭ/ЭКМП
  disputes, voice-robot and voicemail ASR, e-mail threads with signatures, OCR scans with
  0/О, 3/З, 6/б and words and numbers broken across lines, CSV and tables). It stresses
  record numbers of new shapes (slashes, dots, spaces, letters, no «№», split across lines),
  rural, PO-box, region-last and locative addresses, names in every case, lowercase,
  hyphenated and foreign, phones in every spelling, spoken dates; with hard negatives (ICD,
  lots, wards, orders «№ 441н», organisation INN/OGRN, device serials). Frozen (committed)
  before Ozero first ran on it; scored whole before round 7 and after it (aggregates only,
  no error printed), then split by kind (``blind_half``) for the next round: ``blind7_dev``
  errors may be printed (``--misses``) and fixed, ``blind7_test`` is reported, never read.
* ``blind8`` — ``text_corpus/independent8.jsonl`` (``write_independent8.py``): an eighth blind
  corpus (2026-12-05) by a helper engineer under the seventh's rules; 76 kinds in none of
  corpora 1–7, half its spans record numbers, addresses and phones (ВМП talons, 106/у
  series, PACS accessions, tube barcodes, ДМС policies, migrants' papers and foreign phones,
  СНТ/в/ч/общежитие addresses). Split by kind (``blind_half``) when it was wired in, before
  Ozero's first score on it: ``blind8_dev`` errors may be printed and fixed, ``blind8_test``
  is reported, never read; ``blind8`` whole is reported beside it.
* ``blind9`` — ``text_corpus/independent9.jsonl`` (``write_independent9.py``): a ninth blind
  corpus (2026-12-05) under the same rules; 76 kinds in none of corpora 1–8 (journals that
  list patients row by row, ward paperwork, private clinics' receipts and CRM cards,
  certificates for courts, bailiffs, pilots and seafarers, call and radio transcripts),
  numbers in letterheads, tables, signature blocks and dictated digit by digit. Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score; round 10 was written
  in a worktree that never held the corpus, so it is judged on ``blind9`` whole as well as
  on ``blind9_test``.
* ``blind10`` — ``text_corpus/independent10.jsonl`` (``write_independent10.py``): a tenth
  blind corpus (2026-12-05) under the same rules; 78 kinds in none of corpora 1–9, written
  for record-number precision (orders, case numbers, fiscal data, invoices, contracts and
  codes of organisations, lots, serials, rooms, flights beside true record numbers), phones
  in many writings and passports beside passport-like negatives. Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind10_dev`` errors
  may be printed and fixed, ``blind10_test`` is reported, never read; ``blind10`` whole is
  reported beside it.
* ``blind11`` — ``text_corpus/independent11.jsonl`` (``write_independent11.py``): an
  eleventh blind corpus (2026-12-06) under the same rules; 84 kinds in none of corpora 1–10,
  taken from the federal NSI directories «Виды медицинской документации» (74 document
  types: journals, notices, conclusions, forensic and transfusion paperwork) and «Документы,
  удостоверяющие личность» (10 registration forms citing military IDs, residence permits,
  refugees' and seamen's documents, temporary identity cards, foreign passports), with
  phones in every writing, record numbers of new shapes beside hard negatives and passports
  beside passport-like negatives. Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind11_dev`` errors may be printed and fixed,
  ``blind11_test`` is reported, never read; ``blind11`` whole is reported beside it.
* ``blind12`` — ``text_corpus/independent12.jsonl`` (``write_independent12.py``): a twelfth
  blind corpus (2026-12-06) under the same rules; 70 kinds in none of corpora 1–11, each the
  narrative of one SEMD section from the federal NSI directory «Секции CDA документов»
  (anamnesis of life, work and working conditions, epidemiological and social anamnesis,
  disability, temporary incapacity, benefits, consent, donors and transfusions, documents
  issued, referrals, VK and consilium decisions, the deceased, mother and newborn…) signed by
  an author from «Должности медицинских и фармацевтических работников», with phones in many
  writings, record numbers (МСЭ, ИПРА, ЭЛН, blood units, the SEMD's own number) beside hard
  negatives, identity documents and addresses broken across lines. Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind12_dev`` errors
  may be printed and fixed, ``blind12_test`` is reported, never read; ``blind12`` whole is
  reported beside it.
* ``blind13`` — ``text_corpus/independent13.jsonl`` (``write_independent13.py``): a
  thirteenth blind corpus (2026-12-06) under the same rules; 73 kinds in none of corpora
  1–12, each the paperwork around one class of medical service from the federal
  «Номенклатура медицинских услуг» (lab orders and results for groups of ФСЛИ tests,
  referrals and protocols of ФСИДИ instrumental studies, consultations, procedures, dental
  work, rehabilitation, transfusion, vaccination, screening, home visits, telemedicine),
  written for record numbers: lab orders, tube barcodes (EAN-13, letters and digits),
  accession numbers, RIS/PACS and DICOM IDs, referrals, protocols, case and card numbers with
  letters, slashes and years, after English labels, in tables and HL7, split across lines and
  with OCR errors, beside hard negatives (service, ФСЛИ, LOINC, ICD-10 and ICD-O codes, lots
  of reagents and vaccines, analysers' serials and inventory numbers, licences, orders, racks,
  rooms, doses, reference ranges). Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind13_dev`` errors may be printed and fixed,
  ``blind13_test`` is reported, never read; ``blind13`` whole is reported beside it.
* ``blind14`` — ``text_corpus/independent14.jsonl`` (``write_independent14.py``): a
  fourteenth blind corpus (2026-12-06) under the same rules; 74 kinds in none of corpora
  1–13, each the paperwork around one finding of the federal directory «Выявленные
  патологии» (radiology, CT, MRI, mammography and fluorography reports, AI-service results
  and second opinions, screening call-backs and invitations, tumour boards, telemedicine,
  referrals, patient letters, registry entries, nurses' phone logs) by specialists of
  «Номенклатура специальностей» in the types and conditions of care, with people and places
  of the North Caucasus, the South and the Volga, written for phones in every writing,
  passports beside passport-like negatives, addresses as people write them and imaging
  record numbers (accessions, RIS IDs, AI requests, Study Instance UIDs, invitations) beside
  hard negatives (finding codes, ICD-10, service codes, BI-RADS/Lung-RADS/TI-RADS, doses,
  devices, slices, rooms). Split by kind (``blind_half``) when it was wired in, before
  Ozero's first score: ``blind14_dev`` errors may be printed and fixed, ``blind14_test`` is
  reported, never read; ``blind14`` whole is reported beside it.
* ``blind15`` — ``text_corpus/independent15.jsonl`` (``write_independent15.py``): a
  fifteenth blind corpus (2026-12-06) under the same rules; 78 kinds in none of corpora
  1–14, each the paperwork of one patient's pathway with one ICD-10 code of the federal
  directory МКБ-10 (1.2.643.5.1.13.13.11.1005) in one genre (dispensary follow-up cards and
  call lists, preferential prescriptions, sick leave and ЭЛН, МСЭ referrals and ИПРА,
  sanatorium vouchers and cards, home visits, palliative care, social services, pharmacy
  dispensing, rehabilitation, school, sports, driver's and weapon certificates, pre-trip
  checks, court and police requests, insurance claims and complaints, portal messages, SMS
  reminders, call-centre ASR transcripts), with people and places of the Far East, Siberia
  and the North, written for record numbers of one person or episode without «№» or after
  unusual words (ЭЛН, prescription series and numbers, МСЭ acts, ИПРА, vouchers, claims,
  portal requests, SMS codes), split across lines, in tables and OCR-damaged, beside hard
  negatives (ICD-10, АТХ codes, МНН, doses, prices, orders, form codes, licences, ОГРН, ИНН
  and КПП of organisations, bank details, rooms, ГОСТ), phones, addresses and passports in
  many writings. Split by kind (``blind_half``) when it was wired in, before Ozero's first
  score: ``blind15_dev`` errors may be printed and fixed, ``blind15_test`` is reported,
  never read; ``blind15`` whole is reported beside it.
* ``blind16`` — ``text_corpus/independent16.jsonl`` (``write_independent16.py``): a
  sixteenth blind corpus (2026-12-06) under the same rules; 75 kinds in none of corpora
  1–15, each one region of the federal directory «Субъекты Российской Федерации»
  (1.2.643.5.1.13.13.99.2.206 v6.5, from every federal district and the regions without
  one) in one genre of paperwork about care across regions (inter-territorial OMS
  settlements: registry extracts, МЭК acts, claims, TFOMS requests; patients treated away
  from home, transfers, evacuations and air ambulance, referrals and invitations to federal
  centres, temporary registration, seasonal and shift workers, students, tourists,
  pilgrims, military families, prisoners' transfers, relatives' letters, regional health
  authorities' replies, call-centre ASR transcripts, portal and chat messages, SMS), with
  policies of every kind of «Виды полиса ОМС» (1.2.643.5.1.13.13.11.1035), written for
  addresses as people write them across regions (the region's own name forms, мкр., кв-л,
  корп., стр., лит., влд., пом., fractional houses, улусы, кожууны and муниципальные
  округа, СНТ and ДНП plots, shift camps, military towns, inflected, broken across a line,
  in ASR words) beside hard negatives (regions and towns named alone, routes, hospitals
  named after towns, lists of districts), regional phones (3- to 5-digit codes, glued,
  dots, typographic dashes, «доб.», broken, partly in words) and record numbers of one
  person or episode (old-style policies, temporary certificates, IDCASE and N_ZAP, ВМП
  tickets, air-ambulance calls, evacuation cards, registration certificates, student IDs,
  personnel numbers, convicts' files, military IDs) beside hard negatives (ОКАТО, ОКТМО,
  ФНС, TFOMS, MO and SMO codes, invoices, registries, XML files, orders, flights, trains,
  aircraft, car plates). Split by kind (``blind_half``) when it was wired in, before
  Ozero's first score: ``blind16_dev`` errors may be printed and fixed, ``blind16_test`` is
  reported, never read; ``blind16`` whole is reported beside it.
* ``blind17`` — ``text_corpus/independent17.jsonl`` (``write_independent17.py``): a
  seventeenth blind corpus (2026-12-06) under the same rules; 76 kinds in none of corpora
  1–16, each one unit of measure of the federal directory «Единицы измерения»
  (1.2.643.5.1.13.13.11.1358) in one genre of paperwork that writes values in it about one
  patient (lab result forms and cover letters, home glucose, INR, blood pressure and peak
  flow diaries, bedside blood gases, ICU and anaesthesia charts, dialysis sessions,
  chemotherapy and nutrition plans, radiation dose records, audiograms, spirometry, ECG,
  Holter and sleep studies, pregnancy, newborn and growth charts, sports medicine,
  occupational exposure, transfusion and donor cards, pharmacy compounding, device
  telemetry, lab complaints, critical-value calls, portal, chat and SMS notices), with
  people of many peoples and places of Central Russia, the North-West, the Urals and
  Western Siberia, written for precision under numbers (values, reference ranges, times,
  doses, lots, analysers' serials, test codes, racks and wells, rooms, scores, decimals
  that look like dates) beside record numbers of one patient or sample (LIS orders, tube
  barcodes, accessions, case histories, dialysis and donor cards, blood units, device and
  portal IDs; after English labels, in tables and HL7, split across lines, OCR-damaged)
  and dates as laboratories write them (roman months, ISO, timestamp heads, table
  columns). Split by kind (``blind_half``) when it was wired in, before Ozero's first
  score: ``blind17_dev`` errors may be printed and fixed, ``blind17_test`` is reported,
  never read; ``blind17`` whole is reported beside it.
* ``blind18`` — ``text_corpus/independent18.jsonl`` (``write_independent18.py``): an
  eighteenth blind corpus (2026-12-06) under the same rules; 75 kinds in none of corpora
  1–17, each one specialty of the federal directory «Номенклатура специальностей»
  (1.2.643.5.1.13.13.11.1066 v5.4: 69 physicians' and 6 nurses' and feldshers' specialties)
  in one genre of paperwork that a specialist of it writes or receives about one patient
  (consultations, referrals, letters to a GP, tumour boards and commissions, home visits,
  telemedicine requests and answers, school, kindergarten, employer, military, sports,
  flight and diving certificates, registry extracts, messenger and e-mail exchanges,
  complaints and replies, handovers, dictated ASR notes, OCR-damaged scans), with people of
  many peoples and places of the Volga, the Black Earth, the South and Crimea, Eastern
  Siberia and the two capitals, written for record numbers of one patient (consultation,
  referral, card and case numbers, board and commission protocols, telemedicine IDs,
  certificates, registry and dispensary numbers; without «№», after English labels, split
  across lines, dictated, OCR-damaged), addresses as people write them in letters (no
  street type, мкр., корп., стр., лит., rural settlements, postal codes and regions first
  or last, inflected, on two lines, home visits with entrance, floor and intercom code, ASR
  words) and persons named in many ways (patients, doctors, nurses, relatives; inflected,
  initials before or after, Latin, ASR lower case, short first names in chats), beside hard
  negatives of the specialties (eponyms of diseases, signs, scales and methods, scores,
  drugs and doses, ICD-10, ATC and service codes, Ministry orders, guideline IDs, rooms,
  devices and serials). Split by kind (``blind_half``) when it was wired in, before
  Ozero's first score: ``blind18_dev`` errors may be printed and fixed, ``blind18_test`` is
  reported, never read; ``blind18`` whole is reported beside it.
* ``blind19`` — ``text_corpus/independent19.jsonl`` (``write_independent19.py``): a
  nineteenth blind corpus (2026-12-06) under the same rules; 76 kinds in none of corpora
  1–17, each one study of the federal directory «ФСИДИ — Федеральный справочник
  инструментальных диагностических исследований» (1.2.643.5.1.13.13.11.1471 v2.38: X-ray
  with mammography and densitometry, CT, MRI, ultrasound, endoscopy, ECG, Holter, ABPM and
  stress tests, spirometry, EEG, ENMG, evoked potentials, CTG, manometry, OCT, nuclear
  medicine and PET/CT, coronary angiography) in one genre of the paperwork around it
  (referrals, appointment SMS and call-centre scripts, registration and MRI safety sheets,
  worklists, protocols, second-opinion requests, PACS/RIS exports, DICOM header dumps,
  device printouts and report footers, image transfers on discs with cover letters,
  complaints about delays, radiation-dose records, teleradiology and tele-ECG exchanges,
  repeat-study orders), with people and places of the Volga, the Lower Don, the Kuban,
  Crimea and the Black Earth, written for record numbers of one patient or study
  (accessions, Study/Series/SOP Instance UIDs, RIS orders, referrals, disc and transfer
  numbers, PACS and device patient IDs, exam numbers; after English labels, in tables and
  DICOM dumps, split across lines, OCR-damaged), dates and times as devices and RIS print
  them («20261103», «03-NOV-2026», «2026-11-03T08:45», «03.11.26 08:45:12»), phones as call
  centres and SMS write them, passports and SNILS on referral forms, and precision under the
  field's hard negatives (devices and serials, kV, mAs, CTDIvol, DLP, slices, matrices,
  sizes, HU, ECG intervals, doses, contrast lots, rooms, DICOM tags, modality and service
  codes, ICD-10, RADS categories, software versions written like dates). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind19_dev`` errors
  may be printed and fixed, ``blind19_test`` is reported, never read; ``blind19`` whole is
  reported beside it.
* ``blind20`` — ``text_corpus/independent20.jsonl`` (``write_independent20.py``): a
  twentieth blind corpus (2026-12-06) under the same rules; 75 kinds in none of corpora
  1–19, each one test of the federal directory «ФСЛИ. Справочник лабораторных тестов»
  (1.2.643.5.1.13.13.11.1080 v3.50: clinical chemistry, haematology, coagulation,
  immunochemistry, blood-group serology and transfusion, microbiology and susceptibility,
  PCR, cytology, molecular pathology, germline and pharmacogenetic tests, exome and genome
  sequencing, toxicology, drug monitoring, allergy, autoimmunity, flow cytometry, stool
  tests, neonatal and prenatal screening, blood gases, parasitology) in one genre of the
  paperwork of laboratory medicine (requisitions, sample reception logs, tube labels and
  barcodes, LIS exports, courier transfer sheets, results forms, critical-value
  telephonograms, antibiograms, PCR and sequencing reports, cytology and histology with
  block and slide numbers, blood-group, compatibility and transfusion protocols, donor cards
  and component labels, biobank consents and aliquot registers, external quality
  assessment, reagent lot acceptance, analyser printouts and error logs, HL7 messages,
  SMS, e-mail, portal and messenger messages, a complaint about a lost sample, a call-centre
  transcript, invoices), with people and places of the Urals, Western Siberia, the Russian
  North, the Far East and the two capitals, written for record numbers of one patient, donor
  or sample (LIS orders, tube barcodes and EAN-13 digits, sample IDs, donation and donor
  numbers, histology blocks and slides, biobank aliquots, PCR and microbiology numbers,
  portal codes; with and without «№», in tables, on labels, between barcode asterisks,
  split across lines, in Latin letters, in HL7 fields, dictated digit by digit) and
  precision under the field's hard negatives (ФСЛИ and LOINC codes, reference ranges,
  results with units, reagent, calibrator and control lots, analyser serials, ISO and GOST
  standards, ICD-10 and service codes, rooms, shelves, racks, times, temperatures,
  centrifuge settings, courier sheets, seals, invoices). Split by kind (``blind_half``)
  when it was wired in, before Ozero's first score: ``blind20_dev`` errors may be printed
  and fixed, ``blind20_test`` is reported, never read; ``blind20`` whole is reported beside
  it.
* ``blind21`` — ``text_corpus/independent21.jsonl`` (``write_independent21.py``): a
  twenty-first blind corpus (2026-12-06) under the same rules; 70 kinds in none of corpora
  1–19, each one entry of three federal directories — every identity document of
  «Документы, удостоверяющие личность» (1.2.643.5.1.13.13.99.2.48 v7.2: 54 documents,
  passports of every sort, military and service IDs, residence permits, refugee, asylum and
  stateless persons' documents, migration cards, birth, death, adoption and paternity
  certificates, registration certificates, release and custody certificates, driving,
  hunting, weapon, lawyer's, journalist's and deputy's IDs), the 12 «Виды медицинской
  помощи» (1.2.643.5.1.13.13.11.1034 v4.2) and the 4 «Виды полиса ОМС»
  (1.2.643.5.1.13.13.11.1035 v1.3) — in one genre of the paperwork of a person being
  identified and admitted to care (registration desks and their logs, admission records
  with the identity document copied in, foreigners', stateless persons', refugees',
  servicemen's and prisoners' care, a child registered on a parent's documents, an
  unconscious patient identified later, a changed surname or a replaced passport, consents
  and powers of attorney of representatives, policy issue and replacement, ambulance cards,
  emergency-department logs, calls, chats and e-mails, OCR-damaged scans, tables and
  key:value blocks), with people and places of the Urals, Siberia, the Far East and Moscow
  and migrants of Central Asia, written for identity documents in every shape (series and
  number together or apart, «серия»/«№»/«N», Latin letters, foreign and Soviet passports,
  military IDs, birth certificates, residence permits, refugee certificates) and phones in
  every writing (brackets, dashes, spaces, «8-»/«+7», words between digits, foreign
  numbers, extensions), beside hard negatives (issuing-office codes, directory codes, form
  and blank series of a fund, military units, colonies, articles of law). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind21_dev`` errors
  may be printed and fixed, ``blind21_test`` is reported, never read; ``blind21`` whole is
  reported beside it.
* ``blind22`` — ``text_corpus/independent22.jsonl`` (``write_independent22.py``): a
  twenty-second blind corpus (2026-12-06) under the same rules; 69 kinds in none of corpora
  1–21, each one service of the federal «Номенклатура медицинских услуг»
  (1.2.643.5.1.13.13.11.1070 v2.10: dentistry with prosthetics, implants, orthodontics,
  hygiene and periodontics, rehabilitation and physiotherapy, home care and nursing,
  palliative care for adults and children, paid cosmetology, psychotherapy and clinical
  psychology, speech therapy, sports medicine, sanatorium and spa treatment, occupational
  examinations, hearing-aid fitting) in one genre of the paperwork of paid and supportive
  care (paid-services contracts and their acts, price lists with a patient's selection,
  treatment plans with tooth formulas, periodontal charts, orthodontic, instalment and bank
  credit agreements, tax-deduction certificates, refund claims and complaints, reviews on a
  clinic's site, WhatsApp, Telegram, SMS and push exchanges, call-back requests and CRM
  leads, physiotherapy cards, massage subscriptions, rehabilitation routes and programmes,
  a nurse's home-visit log, palliative patronage diaries and visit cards, free-use
  contracts for devices, spa cards, vouchers, sanatorium books and bookings, occupational
  referrals, conclusions and lists, a diver's medical book), with people and places of
  the North-West, St Petersburg, Karelia, the Upper Volga, Kaliningrad, the Caucasian
  Mineral Waters and the North Caucasus, Sochi, Anapa and Belokurikha, written for phones
  in every writing people use (spaced, dashed, dotted, in brackets, «8-», «+7», «7», no
  trunk prefix, words or line breaks between groups, extensions, two numbers joined by «/»,
  WhatsApp links «wa.me/79…» beside Telegram handles, which are no phones), record numbers
  of one person (contracts, credit and instalment agreements, cards, vouchers, spa cards,
  certificates, referrals, conclusions, claims, orders, appointment codes) and home-visit
  addresses as people write them (no street type, «мкр.», «корп.», «стр.», «лит.»,
  entrance, floor and intercom beside them, garden plots and villages, postal codes first
  or last, split across lines), and precision under the field's hard negatives (service
  codes, tooth numbers in FDI, dotted FDI and Palmer, tooth-formula rows, prices, sums,
  discounts, VAT, a clinic's licence, OGRN, INN, KPP and bank details, an entrepreneur's
  OGRNIP, acts, cash receipts and fiscal attributes, cabinets, session counts, durations,
  dosages, one-time and promo codes). Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind22_dev`` errors may be printed and fixed,
  ``blind22_test`` is reported, never read; ``blind22`` whole is reported beside it.
* ``blind23`` — ``text_corpus/independent23.jsonl`` (``write_independent23.py``): a
  twenty-third blind corpus (2026-12-06) under the same rules; 71 kinds in none of corpora
  1–21, each one row of the federal directory «Виды медицинской документации»
  (1.2.643.5.1.13.13.11.1522 v7.24) chosen among registers, journals, logs and accounting
  forms (journals of infectious diseases, tuberculosis, transfusions, donors, vaccinations,
  home calls, ambulance calls, births, morgues, forensic examinations, intoxication
  examinations, medical certificates and documents issued; books of sick-leave certificates;
  registration cards; federal-register forms; summary statements and named lists), notices
  (to Rospotrebnadzor, the police, the traffic police, registries) and acts, each in one genre
  of how it is filled in and passed on (a journal page with several patients, one entry copied
  into a letter, spreadsheet, CSV and LIS exports, an OCR-read handwritten log, a quarterly
  register sent to a fund or a ministry, police, court, prosecutor's and notary's requests
  with the clinic's answer, archive extracts), with people and places of the Russian North,
  the North-West and the old Centre, written for the record numbers of one person in every
  shape registers use (the journal's own entry numbers beside unlabelled «№ п/п» counters,
  cards, case and birth histories, samples, bodies, calls, notices, acts, certificates, ЭЛН,
  prescriptions, donations, registry numbers) and addresses as people write them (no «ул.»,
  «мкр.», «корп.», «стр.», «лит.», villages, «д.» as village and house, postal codes and
  regions first or last, inflected), and precision under the hard negatives of registers
  (form codes, the Ministry's order numbers, page and line numbers, quarters and years,
  counts and totals, ICD-10, archive codes, licences, OGRN). Split by kind (``blind_half``)
  when it was wired in, before Ozero's first score: ``blind23_dev`` errors may be printed and
  fixed, ``blind23_test`` is reported, never read; ``blind23`` whole is reported beside it.
* ``blind24`` — ``text_corpus/independent24.jsonl`` (``write_independent24.py``): a
  twenty-fourth blind corpus (2026-12-06) under the same rules; 76 kinds in none of corpora
  1–23, each one row of the federal directory МКБ-10 (1.2.643.5.1.13.13.11.1005 v2.24: 76
  three-character rubrics and subdivisions from every chapter but XX) in one genre of what
  patients, relatives and outside bodies write to a clinic about that diagnosis and what the
  clinic writes back (applications for copies of records, results and images, for attachment
  to a polyclinic, a change of doctor, МСЭ, sanatorium, ВМП, prostheses and palliative care;
  consents and refusals; powers of attorney for relatives; requests of schools, kindergartens,
  employers, insurers, a military commissariat, the police, a lawyer, a guardianship body and
  a charity with the answers; complaints and appeals to the head doctor, the СМО,
  Roszdravnadzor, a prosecutor, the regional ministry and the ombudsman with the answers;
  patient-portal, Госуслуги, Telegram-bot, SMS and e-mail messages; guardians', social
  workers' and relatives' letters), with people and places of the Upper Volga, Vyatka, Kama,
  the Southern Urals, Bashkortostan, Udmurtia, Mari El, Chuvashia, Komi and the Moscow region
  and migrants of Central Asia, written for identity documents in every shape applicants use
  (Russian passports with series and number together or in separate fields beside «выдан …
  код подразделения», foreign citizens' passports, residence and temporary residence permits,
  temporary identity cards, military IDs, migration cards, children's birth certificates in a
  parent's application), phones as applicants write them (home, work with «доб.», mobile, two
  in a row, beside a messenger's name), e-mails, SNILS and ENP of both the patient and the
  applicant, and precision under the hard negatives of this correspondence (department codes
  and issuers, outgoing letter numbers, articles and numbers of laws and orders, ICD-10 codes,
  sums of money, counts of days, an organisation's ИНН, ОГРН and КПП). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind24_dev`` errors
  may be printed and fixed, ``blind24_test`` is reported, never read; ``blind24`` whole is
* ``blind25`` — ``text_corpus/independent25.jsonl`` (``write_independent25.py``): a
  twenty-fifth blind corpus (2026-12-06) under the same rules; 61 kinds in none of corpora
  1–23, each one position of the federal directory «Должности медицинских и фармацевтических
  работников» (1.2.643.5.1.13.13.11.1002 v9.6: ambulance doctors, feldshers, drivers and
  heads of substations, emergency-department staff, anaesthetists, surgeons, neonatologists,
  obstetricians, a ship's doctor, the doctors of a conscription commission, phthisiatricians,
  narcologists and infectionists examining migrants, the medical unit of a detention centre,
  forensic and forensic-psychiatric experts, statisticians, МСЭ and rehabilitation doctors,
  social workers, paediatricians, psychologists, epidemiologists, a pharmacist) in one genre
  of what that worker writes when a patient moves between services and agencies (ambulance
  call cards and handovers, inter-hospital transfers, sanitary-aviation requests, military
  commissariat referrals and ВВК answers, migrants' examinations for a work patent, detention
  centres, police and investigators' requests with КУСП and the extracts sent back, Social
  Fund requests about an ИПРА, notices to guardianship authorities, bodies sent to forensic
  examination), with people and places of the Urals, Siberia and the Far East and labour
  migrants from the CIS, written for record numbers of one person in every shape (call cards,
  ЕДДС incidents, transfer and aviation requests, patents, migration cards, personal numbers,
  КУСП and incoming numbers, ИПРА, МСЭ acts, emergency case numbers, body numbers and forensic
  conclusions), CIS national passports in their shapes, phones written in haste and CIS
  mobiles, and precision under the field's hard negatives (brigades, substations, plates and
  board numbers, aircraft registrations, call times, doses and vital signs, articles of
  codes, orders, criminal case numbers, ICD-10, cells, military units). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind25_dev`` errors
  may be printed and fixed, ``blind25_test`` is reported, never read; ``blind25`` whole is
  reported beside it.
* ``blind26`` — ``text_corpus/independent26.jsonl`` (``write_independent26.py``): a
  twenty-sixth blind corpus (2026-12-06) under the same rules; 75 kinds in none of corpora
  1–25, each one section of the federal directory «Секции электронных медицинских
  документов» (1.2.643.5.1.13.13.99.2.197 v4.29: allergies, complaints, anamneses, diagnoses,
  referrals, vaccinations, pregnancy and the newborn, lab, pathology and instrumental
  results, vital parameters, consent, prescriptions and dispensing, disability, temporary
  disability, dispensary observation, linked documents) as it travels through the machines of
  a health system (MIS screens copied as text, CSV and spreadsheet exports, integration-bus
  log lines, HL7 v2 messages, FHIR-like JSON, SOAP exchanges with the REMD, REMD receipts and
  refusals, validator reports, data-quality and ETL reconciliation reports, master-index
  merges, e-mails between clinics' IT staff with a record pasted in, call-centre CRM cards,
  SMS gateway delivery logs, LIS, pathology and PACS exports, a DICOM worklist, technical
  support chats, OCR import, access-audit, print-spooler and wristband-printer logs, ICU and
  telemonitoring gateways, СМЭВ exchanges, the Social Fund's ЭЛН service, ФГИС МСЭ, ВИМИС,
  the blood service and a pharmacy's МДЛП report), with people and places of the North-West,
  Kaliningrad, Komi and the North Caucasus, written for a person's record and document
  numbers in machine shapes (keys in «key=value», JSON-like and XML fields, export columns,
  HL7 fields, GUID-like and prefixed IDs, numbers split by a line wrap, several in one field)
  and the person's passport (series and number also in separate fields), phone (bare digits
  as gateways store them) and e-mail in such fields, and precision under the systems' own
  numbers (message, correlation, request and trace IDs, validator runs, jobs, batches,
  sessions, SMS gateway IDs, helpdesk incidents, directory and organisation OIDs, versions,
  epoch timestamps, ports, IP addresses, HTTP and error codes, counts). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind26_dev`` errors
  may be printed and fixed, ``blind26_test`` is reported, never read; ``blind26`` whole is
  reported beside it.
* ``blind27`` — ``text_corpus/independent27.jsonl`` (``write_independent27.py``): a
  twenty-seventh blind corpus (2026-12-06) under the same rules; 78 kinds in none of corpora
  1–25, each one row of the federal directory «Виды медицинской документации»
  (1.2.643.5.1.13.13.11.1522 v7.24) chosen among the forms a patient carries or is handed
  (none of the registers, journals, logs, notices and acts corpus 23 used): the outpatient
  card's title page, ТАП and appointment coupons, referrals (consultation, hospitalisation,
  ВМП with its ticket, МСЭ with the consent and the refusal, medical and psychiatric
  examinations, a TB sanatorium, the place of treatment with its coupons, laboratory tests,
  PAPP-A, neonatal screening), the informed consent, the sick-leave paper and the справки ф.
  095/у, 095-1/у and 094/у, prescriptions (107-1/у, 148-1/у-88, 148-1/у-04(л), 107/у-НП,
  medical devices, preferential, the pharmacy's dispensing), vaccination certificates and
  cards, sanatorium cards with their return coupons and vouchers, camp, travel,
  traffic-police, driver, weapon, drug-free, vocational, pool, donor, pregnancy, tax and
  dispensary certificates and conclusions, the exchange card, the medical birth certificate,
  health passports, the personal medical book, migrants' HIV and infection conclusions,
  occupational and sports conclusions, the ambulance coupon, the emergency evacuation sheet
  and discharge extracts — each as it is filled in by hand and read back by OCR or typed from
  a photo (broken lines, letters read as digits and digits as letters, stray spaces inside
  numbers, digits one per cell, fields out of order, a stamp's text over a field, crossed-out
  and corrected values, two forms on one scan), with people and places of the old Centre, the
  Moscow region, the North Caucasus, Buryatia, Tuva and Yakutia, written for the numbers such
  forms carry about one person in these damaged shapes (the form's own number, cards, ТАП,
  referrals, ENP, SNILS and INN in cells, ЭЛН, prescriptions beside their unlabelled series,
  passports and birth certificates) and phones written by hand, and precision under the hard
  negatives of paper forms (form codes, OKUD, the typography's order and circulation, the
  maker's blank serial — not a person's number —, page numbers, the clinic's stamps'
  registration numbers, OGRN, KPP, licences, ICD-10 codes, doses, vaccine series). Split by
  kind (``blind_half``) when it was wired in, before Ozero's first score: ``blind27_dev``
  errors may be printed and fixed, ``blind27_test`` is reported, never read; ``blind27`` whole
  is reported beside it.
* ``blind28`` — ``text_corpus/independent28.jsonl`` (``write_independent28.py``): a
  twenty-eighth blind corpus (2026-12-06) under the same rules; 72 kinds in none of corpora
  1–27, each one row of the federal directory МКБ-10 (1.2.643.5.1.13.13.11.1005 v2.21)
  chosen among chronic diseases and conditions for which drugs are prescribed and dispensed
  over years (diabetes, hypertension, heart failure, asthma, COPD, epilepsy, multiple
  sclerosis, HIV, hepatitis, tuberculosis, cancers and blood cancers, haemophilia and other
  rare diseases, transplants, mental and addictive disorders, chronic pain) in one genre of
  the paperwork of drug provision (preferential prescriptions 148-1/у-04(л) and 107-1/у,
  psychotropic and narcotic prescriptions and their registers, pharmacy dispensing
  registers, deferred-service journals and SMS notices, adverse-reaction notices, «Честный
  знак» dispensing records and recalls, pharmacy complaints, ВК decisions on off-formulary
  drugs, federal and regional registers of ВЗН, 14 ВЗН and orphan patients, home delivery,
  pharmacy chats and bots, letters and calls to the Roszdravnadzor), with people and places
  of the Upper Volga, the North, the Kama, the Southern Urals, Western Siberia and the Altai,
  written for the numbers such papers carry about one person (prescription numbers beside
  their unlabelled series in every shape, SNILS and ENP on preferential prescriptions,
  cards, ВЗН, orphan and ДЛО register numbers, benefit certificates and МСЭ справки, ВК
  protocols, deferred-service registrations, orders and booking codes, notices and
  complaints), phones and names of patients, representatives and pharmacists, and precision
  under the field's hard negatives (drug series and batches, expiry months, GTIN and EAN-13,
  DataMatrix serials and crypto-tails, registration certificates, ATC, КТРУ and ЕСКЛП codes,
  pharmacy licences, doses and package counts, ICD-10 codes, prices and receipts' fiscal
  numbers). A drug's expiry or manufacture date written with day, month and year is DATE;
  a month and a year are not labelled. Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind28_dev`` errors may be printed and fixed,
  ``blind28_test`` is reported, never read; ``blind28`` whole is reported beside it.
* ``blind29`` — ``text_corpus/independent29.jsonl`` (``write_independent29.py``): a
  twenty-ninth blind corpus (2026-12-06) under the same rules; 64 kinds in none of corpora
  1–27, each one row of the federal directory «Выявленные патологии»
  (1.2.643.5.1.13.13.11.1473 v2.16: tumours, myocardial infarction and arrhythmia, valve and
  septal defects, drug-induced liver injury, pancreatitis, cholecystitis and cholangitis,
  amyloidosis, anaemia, gastric findings, a blocked biliary stent; none of the rows corpus 14
  used) in one genre of the paperwork of clinical research, registries and biobanks
  (screening and subject identification logs, consent forms for studies, children, genetic
  testing and biobanking, CRF pages, data queries, audit trails, SAE reports, follow-ups,
  reconciliations and pharmacovigilance notices, ethics committee letters and minutes, IWRS
  randomisation and emergency unblinding, monitoring reports and notes to file, registry
  enrolment, follow-up, data-quality and vital-status requests, biobank transfer acts, MTA
  annexes, freezer inventories, destruction acts, recontact requests and return of
  findings, data-request letters, case reports in draft in Russian and English, follow-up
  phone scripts, PRO questionnaires and ePRO diaries, SMS reminders, participant cards,
  reimbursement claims, central laboratory and imaging forms), with people and places of
  Western Siberia, the Altai, Khakassia, Kuzbass, Tatarstan, Moscow and St Petersburg,
  written for the numbers of one person in research paperwork (screening, subject and
  randomisation numbers, biobank sample, aliquot and participant codes and barcodes,
  registry numbers, case histories and outpatient cards, SAE case numbers — all RECORD_ID),
  SNILS, ENP, INN and passports in consent and registry forms, phones of subjects and
  relatives, names with subjects' initials («пациент К.», «К.А.Н.») and Latin
  transliterations, CRF and listing dates («03-NOV-2026», «03NOV2026»), and precision under
  the field's hard negatives (protocol codes, NCT and EudraCT numbers, site numbers, ethics
  committee meetings, drug kits and batches, visits, ICD-10 and MedDRA codes, lab values
  and reference ranges, grants, DOIs, IWRS transactions, data queries, CRF partial dates).
  Split by kind (``blind_half``) when it was wired in, before Ozero's first score:
  ``blind29_dev`` errors may be printed and fixed, ``blind29_test`` is reported, never read;
  ``blind29`` whole is reported beside it.
* ``blind30`` — ``text_corpus/independent30.jsonl`` (``write_independent30.py``): a
  thirtieth blind corpus (2026-12-07) under the same rules; 69 kinds in none of corpora
  1–29, each one row of the federal directory «Должности медицинских и фармацевтических
  работников» (1.2.643.5.1.13.13.11.1002 v9.6: the examiner or the commission member — a
  psychiatrist-narcologist, an occupational pathologist, a feldsher of pre-trip checks, a
  forensic expert, a chemist-expert, a therapist of a draft board…) in one genre of the
  paperwork of medical examinations and commissions about one person (preliminary and
  periodic occupational examinations under order 29н and their final acts and health
  passports, pre-trip and post-trip driver checks and their journals, driver certificates
  003-В/у, firearms certificates 002-О/у and chemical-toxicological tests, examinations for
  intoxication 307/у-05 and traffic police referrals, military medical commissions of
  conscripts and contract servicemen, forensic medical examinations and investigators'
  referrals, migrants' examinations for a patent or a residence permit, sports admissions,
  sanatorium cards 072/у, МСЭ referrals 088/у, guardianship and adoption conclusions,
  pilots' and seafarers' certificates, admission certificates 086/у, food workers' personal
  medical books, their electronic versions in ЕГИСЗ), with people and places of the Urals
  and the Volga (Bashkirs, Tatars, Chuvash, Mari, Udmurts, Mordvins, Komi-Permyaks,
  Russians) and migrant workers from Uzbekistan, Tajikistan and Kyrgyzstan, written for the
  numbers of one person in this paperwork (medical book numbers, certificate numbers beside
  their unlabelled series, intoxication act numbers, servicemen's personal numbers, military
  IDs and registration certificates, patents and migration cards, driver and firearm
  licences, ХТИ sample codes, examination journal entries — all RECORD_ID), SNILS, ENP,
  INN and passports on the forms, phones, names with examinees' initials on journals, dates
  of examinations and of validity, and precision under the field's hard negatives (orders
  29н and 1092н, harmful-factor codes and points of the annex, vehicle categories, gun
  models and calibres, breathalyser models and the device's serials, mg/l readings, fitness
  categories, articles of laws and of the schedule of illnesses, clinics' licences, ОКВЭД,
  ОКПО, ОГРН and INN, criminal case numbers). Split by kind (``blind_half``) when it was
  wired in, before Ozero's first score: ``blind30_dev`` errors may be printed and fixed,
  ``blind30_test`` is reported, never read; ``blind30`` whole is reported beside it.
* ``blind31`` — ``text_corpus/independent31.jsonl`` (``write_independent31.py``): a
  thirty-first blind corpus (2026-12-07) under the same rules; 67 kinds in none of corpora
  1–29, each one row of the federal directory «Номенклатура специальностей специалистов»
  (1.2.643.5.1.13.13.11.1066 v5.4: paediatrics, neonatology, school hygiene and paediatric
  nursing, phthisiology, epidemiology, allergology, paediatric dentistry and orthodontics,
  physiotherapy and exercise therapy, sports medicine, paediatric cardiology and
  endocrinology, dietetics, neurology, psychiatry, psychotherapy and narcology, forensic
  medicine, traumatology, paediatric surgery, ENT and audiology, ophthalmology and optics,
  genetics, laboratory work, parasitology, dermatology, disinfection, food hygiene, health
  education, virology, bacteriology, pulmonology, nephrology, МСЭ, social care,
  rehabilitation, oncology and haematology, obstetrics, general practice, feldshers,
  ambulance, health administration, medical cybernetics and statistics; none of the 75 kinds
  an earlier corpus took from the same directory) in one genre of a child's paperwork across
  school, sport, camp and social care (school cards 026/у, development histories 112/у,
  vaccination certificates 156/у-93 and refusals, Mantoux referrals and TB dispensary
  answers, эпидокружение, 079/у and 070/у, camp and sanatorium vouchers and journals, sports
  medical lists, ПМПК, МСЭ, ИПРА, guardianship, foster-family and orphanage papers, КДН and
  police correspondence, school nurse logs, parents' messenger chats, Госуслуги
  notifications, neonatal and hearing screening cards, the medical birth certificate, ЕГИСЗ
  copies), with people and places of the North Caucasus and the South (double first names,
  double surnames, patronymics from the father's name, children's diminutives), written for
  the numbers of one child or parent (cards, histories, certificates, refusals, referrals,
  vouchers, ПМПК conclusions, МСЭ справки and ИПРА, guardianship acts naming the child,
  foster contracts, orphanage personal files, student IDs, neonatal screening cards and
  barcodes, civil registry birth records, КУСП and incoming numbers — all RECORD_ID), birth
  certificates «IV-БД № 123456» in their writings, parents' SNILS, ENP and passports, phones
  of parents, dates of birth written every way (Roman months «05.III.2019», «5/III-19»,
  «20190305», words), and precision under the field's hard negatives (vaccines and series,
  calendar codes, class, group, room and school numbers, education orders, ICD-10,
  percentiles, Mantoux millimetres, laws' articles, SanPiN, licences). Split by kind
  (``blind_half``) when it was wired in, before Ozero's first score: ``blind31_dev`` errors
  may be printed and fixed, ``blind31_test`` is reported, never read; ``blind31`` whole is
  reported beside it.
* ``blind32`` — ``text_corpus/independent32.jsonl`` (``write_independent32.py``): a
  thirty-second blind corpus (2026-12-07) under the same rules; 65 kinds in none of corpora
  1–31, each one row of the federal directory МКБ-10 (1.2.643.5.1.13.13.11.1005 v2.24:
  causes of death or of palliative care — neoplasms, circulatory and respiratory diseases,
  external causes, perinatal conditions, sepsis, HIV, cirrhosis, dementia, senility,
  ill-defined causes; none whose ID or code an earlier corpus took) in one genre of the
  paperwork of death, dying and palliative care (medical death certificates 106/у — final,
  preliminary, «взамен» — their stubs and registers, perinatal death certificates 106-2/у,
  ZAGS act records, certificates, справки ф. 11 and SMEV messages, autopsy referrals and
  protocols, morgue registers, receipts and covering sheets, forensic acts and referrals,
  police reports with КУСП, an investigator's request, palliative VK protocols, registers
  and patronage diaries, hospice admission and last-hours sheets, oxygen concentrator
  contracts and return acts, narcotic prescriptions and return acts, relatives'
  applications, the funeral benefit, an insurer's request, ЛКК/КИЛИ and infant mortality
  minutes, letters, phone messages and a messenger chat with relatives, Госуслуги and SMS
  notices, a notary's request, mortality register exports, SEMD/REMD messages, a burial
  permit), with people and places of the Far East and North-East Siberia (Yakuts, Evenks,
  Evens, Buryats, Chukchi, Koryaks, Nanai, Koreans of Sakhalin, Russians, Ukrainians),
  written for the numbers of one person (certificate numbers after their series, replaced
  certificates, 21-digit ZAGS act records, ZAGS certificates, autopsy protocols, morgue
  registrations, forensic acts, case histories, palliative registers, КУСП — all
  RECORD_ID), SNILS, ENP, INN and passports of the deceased and the relative, relatives'
  phones and names, dates of death, birth and burial, and precision under the field's hard
  negatives (ICD-10 codes in the certificate's lines, time intervals, form codes, orders,
  morgue chambers and cells, hospital, bureau and ZAGS office names and codes, autopsy
  sections, licences and OGRN, wards). Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind32_dev`` errors may be printed and fixed,
  ``blind32_test`` is reported, never read; ``blind32`` whole is reported beside it.
* ``blind33`` — ``text_corpus/independent33.jsonl`` (``write_independent33.py``): a
  thirty-third blind corpus (2026-12-07) under the same rules; 70 kinds in none of the
  earlier corpora, each one row of the federal directory «Номенклатура медицинских услуг»
  (1.2.643.5.1.13.13.11.1070 v2.10: obstetric and neonatal visits, prenatal screening and
  invasive diagnosis, CTG and Doppler, IVF, ICSI, embryo culture and cryopreservation,
  donor insemination, deliveries, caesarean section and vacuum extraction, the placenta's
  examination, newborn, metabolic and hearing screening, breast milk culture, abortion,
  colposcopy and cytology, rehabilitation after pregnancy; no service code an earlier corpus
  named) in one genre of the paperwork of one woman's pregnancy and birth and her baby
  (pregnancy register cards 111/у, exchange cards 113/у, birth certificates (родовой
  сертификат) and their coupons, prenatal screening referrals and PRISCA/Astraia exports,
  consents for amniocentesis, a pessary and an abortion, waiting-period notes, IVF quota
  applications, stimulation, puncture, embryology, culture and cryostorage protocols, straw
  labels, donor cards, surrogacy and storage contracts, ВРТ registry rows, delivery
  histories, operation protocols and the delivery journal, medical birth certificates
  103/у, newborn histories 097/у, neonatal screening blanks and retest telephonograms,
  NICU sheets, patronage notes, breast milk bank logs and donor forms, telemedicine
  consultations with the perinatal centre and the neonatal РКЦ, sick-leave queries,
  benefit, food and maternity capital papers, portal messages, chats, SMS and push
  reminders), with people and places of Central Russia and the North-West (Russians,
  Karelians, Vepsians, Komi, Nenets, Belarusians, Ukrainians, Moldovans, Azerbaijanis,
  Armenians, Tajiks), written for the numbers of the woman and the baby (register and
  exchange cards, delivery and newborn histories, birth certificate and 103/у numbers beside
  their unlabelled series, IVF quota and protocol numbers, embryo, oocyte and straw codes,
  donor codes, screening barcodes and sample IDs, neonatal screening blanks, milk donor and
  bottle codes, contracts with one person — all RECORD_ID), SNILS, ENP, INN and passports of
  the mother, the father and the newborn, the newborn's birth certificate, phones, names
  (the baby as «новорождённый Смирнов» or «девочка Смирновой»), dates (LMP, due date,
  birth with time, «14 мар. 2026», «14-03-2026»), and precision under the field's hard
  negatives (gestational ages «38+2», Apgar scores «8/9», weights and lengths, MoM values,
  risk ratios «1:2450», service codes, culture media lots, incubator, couveuse, bed and
  cryo-tank positions, orders 1130н, 803н and 1177н, ICD-10, licences, outgoing numbers).
  Split by kind (``blind_half``) when it was wired in, before Ozero's first score:
  ``blind33_dev`` errors may be printed and fixed, ``blind33_test`` is reported, never read;
  ``blind33`` whole is reported beside it.
* ``blind34`` — ``text_corpus/independent34.jsonl`` (``write_independent34.py``): a
  thirty-fourth blind corpus (2026-12-07) under the same rules; 70 kinds in none of the
  earlier corpora, each one row of the federal directory «Федеральный справочник
  инструментальных диагностических исследований» (ФСИДИ, 1.2.643.5.1.13.13.11.1471 v2.38: CT,
  MRI, X-ray and fluoroscopy, a targeted mammogram and a stereotactic breast biopsy,
  ultrasound, endoscopy and capsule endoscopy, ECG, Holter with ABPM, stress tests,
  spirometry, sleep studies, scintigraphy and PET; no row whose ID, name or NMU code an
  earlier kind named) in one genre of the paperwork around one patient's study (RIS
  worklists and modality worklist dumps, DICOM header dumps, radiology reports and
  second-opinion requests, teleradiology orders and answers, Holter and ABPM printouts, ECG
  machine headers, endoscopy protocols with biopsy jars, contrast consent and allergy forms,
  dose logs, double-reading sheets, fluorography registers, OMS and VMP referrals, CD
  receipts, PACS audit and C-MOVE logs, portal messages, chats and SMS reminders), with
  people and places of the Volga and the Urals (Russians, Tatars, Bashkirs, Chuvash, Mari,
  Udmurts, Mordvins, Kazakhs, Germans), written for the numbers of the patient (accession
  numbers, RIS/PACS patient IDs, requested procedure and step IDs, Study IDs and
  Study/Series/SOP Instance UIDs, protocols, case histories and outpatient cards, referral
  and VMP quota numbers, biopsy jars and histology registrations, CD receipts, device study
  numbers — all RECORD_ID), SNILS, ENP and passports (also a SNILS or an ENP stored as a
  DICOM Other Patient ID), phones, names (the DICOM caret writing «GARIFULLIN^RINAT^…» and
  Latin transliterations), dates (DICOM «20260314», «Mar 14, 2026», «14-03-2026»), and
  precision under the field's hard negatives (DICOM tags, VRs and lengths, standard UIDs and
  OID roots, series and instance numbers, kV, mAs, CTDIvol, DLP, DAP, slice thickness,
  BI-RADS, Lung-RADS, TI-RADS, T-scores, device models and serials, AE titles and IP
  addresses, rooms, contrast lots, НМУ service codes and the directory's row IDs, ICD-10,
  orders, cash receipts, washer cycles). Split by kind (``blind_half``) when it was wired in,
  before Ozero's first score: ``blind34_dev`` errors may be printed and fixed,
  ``blind34_test`` is reported, never read; ``blind34`` whole is reported beside it.
* ``blind35`` — ``text_corpus/independent35.jsonl`` (``write_independent35.py``): a
  thirty-fifth blind corpus (2026-12-07) under the same rules; 70 kinds in none of the
  earlier corpora, each one row of the federal directory «ФСЛИ. Справочник лабораторных
  тестов» (1.2.643.5.1.13.13.11.1080 v3.50: clinical chemistry, haematology and blood
  groups, coagulation, infection serology and PCR, autoimmunity, hormones, chemical
  toxicology and drug monitoring, molecular genetics, microbiology and urinalysis; no ID,
  LOINC code or name an earlier kind named) in one genre of the paperwork around one
  patient's laboratory test (critical-value logs, chats and telephonograms, re-test
  requests, rejection acts and journals, LIS worklists, analyser CSV exports, ASTM logs and
  HL7 ORU messages, portal messages, SMS logs and e-mails, requisition forms, collection
  sheets, courier manifests and transfer acts, result sheets and extracts, invoices and a
  contract for paid tests, blood group cards and certificates, an EQA letter, HIV referral
  and call letters, travel PCR certificates with QR text, emergency notices, TB and tick
  forms, an ELISA plate protocol and a PCR run report, ХТИ certificates, chain-of-custody and
  hair sampling forms, a court's answer, a DNA relationship contract, flow cytometry and
  English genetic reports, culture reports, an AMR export, urine strip printouts), with
  people and places of Siberia and the Far East (Russians, Buryats, Yakuts, Tuvans,
  Altaians, Khakas, Koreans, Chinese, Evenks, Ukrainians, Uzbeks), written for the numbers of
  one patient (sample barcodes, LIS orders and patient IDs, case histories and outpatient
  cards, referrals, commercial orders, chain-of-custody forms and A/B specimen IDs, isolates,
  certificates, anonymous codes, contracts — all RECORD_ID), SNILS, ENP, INN and passports
  (international and foreign too), phones, e-mails, names (Latin on certificates, exports
  and English reports, «^»-joined in ASTM and HL7), dates (collection with its time, birth
  dates, «03/11/2026», «03 Nov 2026», ASTM/HL7 heads «20261103»), and precision under the
  field's hard negatives (reference ranges, results with units, titres, Ct values, optical
  densities and cut-offs, reagent lots and expiry months, analyser models and serials, ФСЛИ,
  LOINC and service codes, QC levels, ICD-10, orders, licences and accreditation, manifests,
  bags and loggers, EQA codes, invoices and sums). Split by kind (``blind_half``) when it was
  wired in, before Ozero's first score: ``blind35_dev`` errors may be printed and fixed,
  ``blind35_test`` is reported, never read; ``blind35`` whole is reported beside it.
* ``names1``/``names2`` — the held-out half again with people from name lists outside the
  tuning lists (a second axis: unseen names rather than unseen phrasing).

Span matching (per evaluation type, predicted types mapped by ``EVAL_TYPE``):

* exact for identifiers (SNILS, ENP, INN, PASSPORT, BIRTH_CERT, PHONE, EMAIL): the
  predicted span must equal the gold span character for character;
* overlap for PERSON, ADDRESS, DATE (BIRTH_DATE counts as DATE) and RECORD_ID: any
  overlap with a span of the same type matches (a predicted «12 марта 2024 г.» for a gold
  «12 марта 2024» is a hit).

Recall = matched gold / gold; precision = matched predictions / predictions, per type and
over all types. ``leak_free_recall`` is stricter: every letter and digit of the gold span
must fall inside some prediction (any type), i.e. nothing of the identifier survives.

Speed: docs/s over the dev and held-out documents after warm-up, 1 process and a 2-process
pool (each worker loads its own models before the clock starts), in wall-clock time and per
CPU-second (the latter barely moves when other jobs share the machine; wall-clock numbers
do). BLAS is pinned to one thread per process: on a shared 2-core box numpy's threaded BLAS
made natasha ~15x slower.

Usage: ``python bench/text_deid.py [--docs 600] [--names-docs 300] [--no-parallel]
[--systems baseline,ozero] [--misses 50] [--out FILE]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import multiprocessing as mp  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable, Iterable  # noqa: E402
from pathlib import Path  # noqa: E402

import regex as re  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from text_corpus import markup  # noqa: E402
from text_corpus.generate import DEV, HELDOUT, HELDOUT_SEED, SEED, generate  # noqa: E402

Span = tuple[int, int, str]
EXACT_TYPES = ("SNILS", "ENP", "INN", "PASSPORT", "BIRTH_CERT", "PHONE", "EMAIL")
OVERLAP_TYPES = ("PERSON", "ADDRESS", "DATE", "RECORD_ID")
EVAL_TYPES = EXACT_TYPES + OVERLAP_TYPES
EVAL_TYPE = {
    "PERSON": "PERSON",
    "SNILS": "SNILS",
    "ENP": "ENP",
    "INN": "INN",
    "PASSPORT": "PASSPORT",
    "BIRTH_CERT": "BIRTH_CERT",
    "PHONE": "PHONE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL": "EMAIL",
    "EMAIL_ADDRESS": "EMAIL",
    "ADDRESS": "ADDRESS",
    "LOCATION": "ADDRESS",
    "DATE": "DATE",
    "BIRTH_DATE": "DATE",
    "RECORD_ID": "RECORD_ID",
    "OTHER_ID": "RECORD_ID",
}


# ---------------------------------------------------------------- systems ------------


class Baseline:
    """natasha NER (PER → PERSON, LOC → ADDRESS) plus five regular expressions."""

    REGEXES = {
        "SNILS": re.compile(r"(?<!\d)\d{3}-\d{3}-\d{3}[ -]\d{2}(?!\d)"),
        "ENP": re.compile(r"(?<!\d)\d{16}(?!\d)"),
        "PHONE": re.compile(
            r"(?<![\d+])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)"
        ),
        "EMAIL": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        "DATE": re.compile(r"(?<!\d)\d{2}\.\d{2}\.\d{4}(?!\d)"),
    }

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        self.ner = NewsNERTagger(NewsEmbedding())

    def __call__(self, text: str) -> list[Span]:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        spans = [
            (s.start, s.stop, {"PER": "PERSON", "LOC": "ADDRESS"}[s.type])
            for s in doc.spans
            if s.type in ("PER", "LOC")
        ]
        for label, pattern in self.REGEXES.items():
            spans.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
        return spans


class Ozero:
    """The production scrubber (``TextScrubber.analyze``), no header knowledge given."""

    def __init__(self) -> None:
        from ozero.deid.text import TextScrubber

        self.scrubber = TextScrubber()

    def __call__(self, text: str) -> list[Span]:
        return [(f.start, f.end, f.type) for f in self.scrubber.analyze(text)]


SYSTEMS: dict[str, Callable[[], Callable[[str], list[Span]]]] = {
    "baseline": Baseline,
    "ozero": Ozero,
}


# ---------------------------------------------------------------- scoring ------------


def _matches(gold: tuple[int, int], pred: tuple[int, int], eval_type: str) -> bool:
    if eval_type in EXACT_TYPES:
        return gold == pred
    return gold[0] < pred[1] and pred[0] < gold[1]


def score(docs: list[dict], predictions: list[list[Span]]) -> dict:
    gold_n: dict[str, int] = defaultdict(int)
    gold_hit: dict[str, int] = defaultdict(int)
    leak_free: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    pred_hit: dict[str, int] = defaultdict(int)
    for doc, preds in zip(docs, predictions):
        text = doc["text"]
        typed = [(s, e, EVAL_TYPE.get(t, t)) for s, e, t in preds]
        covered = set()
        for s, e, _ in typed:
            covered.update(range(s, e))
        gold = [(g["start"], g["end"], EVAL_TYPE[g["type"]]) for g in doc["spans"]]
        for gs, ge, gt in gold:
            gold_n[gt] += 1
            if any(pt == gt and _matches((gs, ge), (ps, pe), gt) for ps, pe, pt in typed):
                gold_hit[gt] += 1
            if all(i in covered for i in range(gs, ge) if text[i].isalnum()):
                leak_free[gt] += 1
        for ps, pe, pt in typed:
            pred_n[pt] += 1
            if any(gt == pt and _matches((gs, ge), (ps, pe), gt) for gs, ge, gt in gold):
                pred_hit[pt] += 1
    per_type = {}
    for t in sorted(set(gold_n) | set(pred_n), key=lambda t: (t not in EVAL_TYPES, t)):
        p = pred_hit[t] / pred_n[t] if pred_n[t] else None
        r = gold_hit[t] / gold_n[t] if gold_n[t] else None
        f1 = 2 * p * r / (p + r) if p and r else None
        per_type[t] = {
            "gold": gold_n[t],
            "predicted": pred_n[t],
            "precision": p,
            "recall": r,
            "f1": f1,
            "leak_free_recall": leak_free[t] / gold_n[t] if gold_n[t] else None,
        }
    total_pred = sum(pred_n.values())
    return {
        "per_type": per_type,
        "overall_precision": sum(pred_hit.values()) / total_pred if total_pred else None,
        "overall_recall": sum(gold_hit.values()) / max(1, sum(gold_n.values())),
    }


# ---------------------------------------------------------------- speed --------------

_worker_system: Callable[[str], list[Span]] | None = None


def _init_worker(name: str, texts: list[str]) -> None:
    global _worker_system
    _worker_system = SYSTEMS[name]()
    for text in texts:  # warm-up: models, morph caches
        _worker_system(text)


def _run_chunk(texts: list[str]) -> tuple[int, float]:
    assert _worker_system is not None
    cpu = time.process_time()
    for text in texts:
        _worker_system(text)
    return len(texts), time.process_time() - cpu


def docs_per_second_parallel(name: str, texts: list[str], workers: int = 2) -> tuple[float, float]:
    """(docs per wall second, docs per CPU second of the workers) over the whole corpus."""
    chunks = [texts[i : i + 25] for i in range(0, len(texts), 25)]
    # spawn, not fork: a forked worker would inherit this process's warm per-word caches
    # from the 1-process run, and measure repeats instead of unseen text
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(name, texts[:30])) as pool:
        pool.map(_run_chunk, [texts[:2]] * workers)  # make sure every worker is up
        started = time.perf_counter()
        done = cpu = 0.0
        for n, seconds in pool.imap_unordered(_run_chunk, chunks):
            done += n
            cpu += seconds
        elapsed = time.perf_counter() - started
    return done / elapsed, done / cpu


def run_system(name: str, docs: list[dict]) -> tuple[list[list[Span]], float, float]:
    """(predictions, docs per wall second, docs per CPU second) in this process."""
    system = SYSTEMS[name]()
    texts = [d["text"] for d in docs]
    for text in texts[:30]:
        system(text)
    started, cpu = time.perf_counter(), time.process_time()
    predictions = [system(text) for text in texts]
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return predictions, len(texts) / wall, len(texts) / cpu


_systems: dict[str, Callable[[str], list[Span]]] = {}


def run_system_once(name: str, text: str) -> list[Span]:
    """Predictions of one shared instance per system (scoring, not timing)."""
    if name not in _systems:
        _systems[name] = SYSTEMS[name]()
    return _systems[name](text)


def repeated_comments_rate(docs: list[dict], repeats: int = 10) -> tuple[float, float]:
    """(docs/s first pass, docs/s over ``repeats`` more passes) on the claim comments alone:
    register comments repeat a lot, and repeats hit the scrubber's LRU cache."""
    texts = [d["text"] for d in docs if d["kind"] == "claim_comment"]
    system = Ozero()
    started = time.perf_counter()
    for text in texts:
        system(text)
    first = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(repeats):
        for text in texts:
            system(text)
    return first, len(texts) * repeats / (time.perf_counter() - started)


# ---------------------------------------------------------------- report -------------


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def table(results: dict, section: str) -> str:
    names = list(results[section])
    header = f"{'type':<11}{'gold':>6}" + "".join(f" | {n[:8]:>8} P      R   leakR" for n in names)
    lines = [header, "-" * len(header)]
    types = [t for t in EVAL_TYPES if t in results[section][names[-1]]["per_type"]]
    extra = {t for n in names for t in results[section][n]["per_type"]} - set(types)
    for t in types + sorted(extra):
        row = results[section][names[-1]]["per_type"].get(t) or {}
        line = f"{t:<11}{row.get('gold', 0):>6}"
        for n in names:
            m = results[section][n]["per_type"].get(t, {})
            line += (
                f" | {_fmt(m.get('precision'))} {_fmt(m.get('recall'))} "
                f"{_fmt(m.get('leak_free_recall'))}"
            )
        lines.append(line)
    lines.append("-" * len(header))
    for n in names:
        s = results[section][n]
        lines.append(f"{n:<9} overall P {s['overall_precision']:.3f} R {s['overall_recall']:.3f}")
    return "\n".join(lines)


def print_misses(docs: list[dict], predictions: list[list[Span]], limit: int) -> None:
    """Missed gold spans, false positives and leaks (a found span that left some of its
    letters or digits uncovered, shown with the covered ones as «_») with context (for
    tuning; synthetic text). Called for the development half only: held-out errors are never printed."""
    shown = 0
    for doc, preds in zip(docs, predictions):
        typed = [(s, e, EVAL_TYPE.get(t, t)) for s, e, t in preds]
        gold = [(g["start"], g["end"], EVAL_TYPE[g["type"]]) for g in doc["spans"]]
        text = doc["text"]
        errors = [
            ("miss", gs, ge, gt)
            for gs, ge, gt in gold
            if not any(pt == gt and _matches((gs, ge), (ps, pe), gt) for ps, pe, pt in typed)
        ] + [
            ("false", ps, pe, pt)
            for ps, pe, pt in typed
            if not any(gt == pt and _matches((gs, ge), (ps, pe), gt) for gs, ge, gt in gold)
        ]
        covered = {i for s, e, _ in typed for i in range(s, e)}
        errors += [
            ("leak", gs, ge, gt)
            for gs, ge, gt in gold
            if ("miss", gs, ge, gt) not in errors
            and any(i not in covered for i in range(gs, ge) if text[i].isalnum())
        ]
        for kind, start, end, label in errors:
            if shown >= limit:
                return
            shown += 1
            context = text[max(0, start - 40) : end + 25].replace("\n", " ")
            value = text[start:end]
            if kind == "leak":  # what was left: the uncovered letters and digits, as «_» runs
                value = "".join("_" if i in covered else c for i, c in enumerate(value, start))
            print(f"{kind} {label:<9} {value!r:<32} | {context}")


# Targets of issue 14 on held-out phrasing.
PERFECT_TYPES = ("SNILS", "ENP", "INN", "PASSPORT", "PHONE", "EMAIL")
TARGET_RECALL, TARGET_PRECISION = 0.98, 0.95
REPORTED = (
    "heldout",
    "independent",
    "blind_test",
    "blind3_test",
    "blind4_test",
    "blind5_test",
    "blind6",
    "blind6_test",
    "blind7",
    "blind7_test",
    "blind8",
    "blind8_test",
    "blind9",
    "blind9_test",
    "blind10",
    "blind10_test",
    "blind11",
    "blind11_test",
    "blind12",
    "blind12_test",
    "blind13",
    "blind13_test",
    "blind14",
    "blind14_test",
    "blind15",
    "blind15_test",
    "blind16",
    "blind16_test",
    "blind17",
    "blind17_test",
    "blind18",
    "blind18_test",
    "blind19",
    "blind19_test",
    "blind20",
    "blind20_test",
    "blind21",
    "blind21_test",
    "blind22",
    "blind22_test",
    "blind23",
    "blind23_test",
    "blind24",
    "blind24_test",
    "blind25",
    "blind25_test",
    "blind26",
    "blind26_test",
    "blind27",
    "blind27_test",
    "blind28",
    "blind28_test",
    "blind29",
    "blind29_test",
    "blind30",
    "blind30_test",
    "blind31",
    "blind31_test",
    "blind32",
    "blind32_test",
    "blind33",
    "blind33_test",
    "blind34",
    "blind34_test",
    "blind35",
    "blind35_test",
    "names1",
    "names2",
)
# the only sections whose errors ``--misses`` may print; every other one is never read
DEV_SECTIONS = (
    "dev",
    "blind_dev",
    "blind3_dev",
    "blind4_dev",
    "blind5_dev",
    "blind6_dev",
    "blind7_dev",
    "blind8_dev",
    "blind9_dev",
    "blind10_dev",
    "blind11_dev",
    "blind12_dev",
    "blind13_dev",
    "blind14_dev",
    "blind15_dev",
    "blind16_dev",
    "blind17_dev",
    "blind18_dev",
    "blind19_dev",
    "blind20_dev",
    "blind21_dev",
    "blind22_dev",
    "blind23_dev",
    "blind24_dev",
    "blind25_dev",
    "blind26_dev",
    "blind27_dev",
    "blind28_dev",
    "blind29_dev",
    "blind30_dev",
    "blind31_dev",
    "blind32_dev",
    "blind33_dev",
    "blind34_dev",
    "blind35_dev",
)
# The blind corpora, each by another engineer who never read the recognizers: its file, and
# whether it is also reported whole (from the fifth on). Every one is split by kind
# (`blind_half`) into a `_dev` half, whose errors may be read, and a `_test` half, never read.
# The first was split before any score; the third to fifth after one; the sixth after three
# whole scores, the seventh after two; the eighth before any.
BLIND_CORPORA: dict[str, tuple[Path, bool]] = {
    "blind": (HERE / "text_corpus" / "independent2.jsonl", False),
    "blind3": (HERE / "text_corpus" / "independent3.jsonl", False),
    "blind4": (HERE / "text_corpus" / "independent4.jsonl", False),
    "blind5": (HERE / "text_corpus" / "independent5.jsonl", True),
    "blind6": (HERE / "text_corpus" / "independent6.jsonl", True),
    "blind7": (HERE / "text_corpus" / "independent7.jsonl", True),
    "blind8": (HERE / "text_corpus" / "independent8.jsonl", True),
    "blind9": (HERE / "text_corpus" / "independent9.jsonl", True),
    "blind10": (HERE / "text_corpus" / "independent10.jsonl", True),
    "blind11": (HERE / "text_corpus" / "independent11.jsonl", True),
    "blind12": (HERE / "text_corpus" / "independent12.jsonl", True),
    "blind13": (HERE / "text_corpus" / "independent13.jsonl", True),
    "blind14": (HERE / "text_corpus" / "independent14.jsonl", True),
    "blind15": (HERE / "text_corpus" / "independent15.jsonl", True),
    "blind16": (HERE / "text_corpus" / "independent16.jsonl", True),
    "blind17": (HERE / "text_corpus" / "independent17.jsonl", True),
    "blind18": (HERE / "text_corpus" / "independent18.jsonl", True),
    "blind19": (HERE / "text_corpus" / "independent19.jsonl", True),
    "blind20": (HERE / "text_corpus" / "independent20.jsonl", True),
    "blind21": (HERE / "text_corpus" / "independent21.jsonl", True),
    "blind22": (HERE / "text_corpus" / "independent22.jsonl", True),
    "blind23": (HERE / "text_corpus" / "independent23.jsonl", True),
    "blind24": (HERE / "text_corpus" / "independent24.jsonl", True),
    "blind25": (HERE / "text_corpus" / "independent25.jsonl", True),
    "blind26": (HERE / "text_corpus" / "independent26.jsonl", True),
    "blind27": (HERE / "text_corpus" / "independent27.jsonl", True),
    "blind28": (HERE / "text_corpus" / "independent28.jsonl", True),
    "blind29": (HERE / "text_corpus" / "independent29.jsonl", True),
    "blind30": (HERE / "text_corpus" / "independent30.jsonl", True),
    "blind31": (HERE / "text_corpus" / "independent31.jsonl", True),
    "blind32": (HERE / "text_corpus" / "independent32.jsonl", True),
    "blind33": (HERE / "text_corpus" / "independent33.jsonl", True),
    "blind34": (HERE / "text_corpus" / "independent34.jsonl", True),
    "blind35": (HERE / "text_corpus" / "independent35.jsonl", True),
}


def blind_half(doc: dict) -> str:
    """The blind corpus split by document kind, fixed before anyone looked at an error:
    misses of `blind_dev` kinds may be read and fixed; `blind_test` kinds are never read."""
    digest = hashlib.sha256(doc["kind"].encode("utf-8")).digest()
    return "blind_dev" if digest[0] % 2 == 0 else "blind_test"


def target_check(metrics: dict) -> list[str]:
    """Types of one reported section that miss the issue's targets (empty = all met)."""
    misses = []
    for t, m in metrics["per_type"].items():
        if t not in EVAL_TYPES or m["recall"] is None:
            continue
        goal = 1.0 if t in PERFECT_TYPES else TARGET_RECALL
        if m["recall"] < goal:
            misses.append(f"{t} R {m['recall']:.3f} < {goal}")
        if m["precision"] is not None and m["precision"] < TARGET_PRECISION:
            misses.append(f"{t} P {m['precision']:.3f} < {TARGET_PRECISION}")
    precision = metrics["overall_precision"]
    if precision is not None and precision < TARGET_PRECISION:
        misses.append(f"precision {precision:.3f} < {TARGET_PRECISION}")
    return misses


def corpora(docs: int, names_docs: int) -> dict[str, list[dict]]:
    out = {
        "dev": generate(docs, SEED, DEV),
        "heldout": generate(docs, SEED, HELDOUT),
        "independent": markup.load(),
    }
    for name, (path, whole) in BLIND_CORPORA.items():
        if not path.exists():
            continue
        blind = markup.load(path)
        if whole:
            out[name] = blind
        for half in ("dev", "test"):
            out[f"{name}_{half}"] = [d for d in blind if blind_half(d) == f"blind_{half}"]
    for k in (1, 2):
        if names_docs:
            out[f"names{k}"] = generate(names_docs, HELDOUT_SEED, HELDOUT, names=k)
    return out


def main(argv: Iterable[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="documents per half")
    parser.add_argument("--names-docs", type=int, default=300)
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--sections", default="", help="score only these (default: all)")
    parser.add_argument("--misses", type=int, default=0, help="print N missed dev-half spans")
    parser.add_argument("--no-parallel", action="store_true")
    parser.add_argument("--out", default=str(HERE / "results" / "text_deid.json"))
    args = parser.parse_args(list(argv) if argv is not None else None)

    sections = corpora(args.docs, args.names_docs)
    speed_texts = [d["text"] for name in ("dev", "heldout") for d in sections[name]]
    if args.sections:
        sections = {k: v for k, v in sections.items() if k in args.sections.split(",")}
    results: dict = {
        "corpora": {
            name: {
                "docs": len(docs),
                "chars": sum(len(d["text"]) for d in docs),
                "gold_spans": sum(len(d["spans"]) for d in docs),
            }
            for name, docs in sections.items()
        },
        "matching": {"exact": list(EXACT_TYPES), "overlap": list(OVERLAP_TYPES)},
        "load_average_start": os.getloadavg(),
        "sections": {name: {} for name in sections},
        "speed": {},
    }
    for name in args.systems.split(","):
        # speed first, in a process whose per-word caches have seen only the warm-up texts
        speed: dict = {}
        _, speed["docs_per_s_1_core"], speed["docs_per_cpu_s_1_core"] = run_system(
            name, [{"text": t} for t in speed_texts]
        )
        if not args.no_parallel:
            wall, cpu = docs_per_second_parallel(name, speed_texts)
            speed["docs_per_s_2_workers"] = wall
            speed["docs_per_cpu_s_2_workers"] = cpu
        results["speed"][name] = speed
        for section, docs in sections.items():
            preds = [run_system_once(name, d["text"]) for d in docs]
            results["sections"][section][name] = score(docs, preds)
            if section in DEV_SECTIONS and name == "ozero" and args.misses:
                print_misses(docs, preds, args.misses)
    if "ozero" in args.systems.split(","):
        first, repeated = repeated_comments_rate(corpora(args.docs, 0)["dev"])
        results["claim_comments_docs_per_s"] = {"first_pass": first, "repeated": repeated}
        results["targets"] = {
            s: target_check(results["sections"][s]["ozero"]) for s in REPORTED if s in sections
        }
    results["load_average_end"] = os.getloadavg()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for section, docs in sections.items():
        print(
            f"\n== {section} ({len(docs)} docs, {results['corpora'][section]['gold_spans']} gold)"
        )
        print(table(results["sections"], section))
    print()
    for name, speed in results["speed"].items():
        line = f"{name:<9} docs/s: 1 core {speed['docs_per_s_1_core']:.0f}"
        if "docs_per_s_2_workers" in speed:
            line += f", 2 workers {speed['docs_per_s_2_workers']:.0f}"
        line += f"  (per CPU-second, 1 core: {speed['docs_per_cpu_s_1_core']:.0f})"
        print(line)
    if "claim_comments_docs_per_s" in results:
        c = results["claim_comments_docs_per_s"]
        print(f"claim comments, 1 core: {c['first_pass']:.0f} docs/s first pass, "
              f"{c['repeated']:.0f} repeated")  # fmt: skip
    for section, misses in results.get("targets", {}).items():
        print(f"targets on {section}: {'met' if not misses else '; '.join(misses)}")
    print(f"load average (1, 5, 15 min): start {results['load_average_start']}, "
          f"end {results['load_average_end']}")  # fmt: skip
    return results


if __name__ == "__main__":
    main()
