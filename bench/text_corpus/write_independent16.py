"""Write ``independent16.jsonl``: the sixteenth blind corpus, 2026-12-06 — care across the
regions of Russia.

Written by a helper engineer who never opened the recognizers (``ozero/``), their unit tests
(``tests/``), ``docs/deid-text.md``, any ``--misses`` output or ``bench/results`` file, and
never ran the text bench (``bench/text_deid.py``, ``bench/text_speed.py``) or any
de-identifier on this corpus (no pytest either). **Disclosed slips** (before the writer's
rules reached him): he printed the one-line subjects of the last 20 commits (``git log
--oneline``) and the subjects matching «corpus14/15», and ran ``git show`` on corpus 15's
commit (its message and its ``bench/text_deid.py`` diff) and on its merge; those subjects
name some rules the recognizers gained in rounds on corpora 13–15 (a phone's writing after a
document word, «Код записи», a consultation's number, a study's number in brackets, a
passport with a hyphen in its series, ATC codes and «REF» marks as non-records) and the
first scores of corpus 15. He read the first 150 lines of ``bench/README.md`` (the corpora's
description and issue 14's tables) and the lines a ``grep`` for «blind15» printed from it
(corpus 15's scores and the kinds of its dev-half fixes), and saw the file names of
``bench/`` and ``bench/results/`` in a directory listing (no file opened). An ``ls`` and a
``grep -l`` of ``tests/`` found no such folder in the work tree (nothing seen). Nothing of
``ozero/`` or of any error list was seen. Of ``bench/text_deid.py`` only the module
docstring's corpus list and ``REPORTED``, ``DEV_SECTIONS``, ``BLIND_CORPORA`` and
``blind_half`` were read, to wire the corpus in; ``blind_half`` was imported once (on a
draft of the corpus), and the final halves were counted with the same rule (the kind's
SHA-256, first byte even → dev) without importing it again.
``write_independent1``–``14`` were not opened. From ``write_independent15.py`` the file
format, the labelling rules (restated below, unchanged), the writer's structure (one template
per kind, ``PER_KIND`` draws, ``[[X:value]]`` inline gold, ``<<shape>>`` numbers) and its
generic helpers were taken. **Copied verbatim from corpus 15** (which had them from 14 and
13): ``decl_pat``, ``pat_stem``, SNILS check digits (``snils_digits``, ``snils``,
``luhn_digit``), ``bcert``, ``shape``, the date formatters (``date``, ``fmt_date``,
``spoken``, ``ord_gen``, ``cardinal`` and their tables), ``lat``, ``ocr``, ``hyphen_break``,
``build``, the self-check ``check`` with ``SUSPICIOUS`` and its checksum helpers,
``serialize`` and ``main``, and ``decl_surname``, ``decl_first``, ``enp``, ``inn12`` and
``passport`` (the last three are kept but unused; corpus 15's ``person`` is not copied: it
reads corpus 15's name lists). **Written fresh for corpus 16**: ``decl_surname16`` and
``decl_first16``, which decline what corpus 15's functions do not know (indeclinable surnames
in «-ы», «-а», «-я», «-ю» — Кокойты, Саая —, a man's «-ой»/«-ай» — Цой → Цоя —, women's
names in «-я» and «-ь» — Джамиля, Айгуль) and hand everything else to them unchanged;
the name groups of the peoples of every federal district (Russian, Ukrainian, the new
regions', Tatar and Bashkir, Chechen and Ingush, Dagestani, Kabardian, Balkar, Karachay,
Circassian and Adyghe, Ossetian, Mari, Udmurt, Mordvin, Chuvash, Komi and Karelian, Altai,
Khakas and Shor, Tuvan, Buryat, Yakut, Evenk, Khanty, Nenets and Chukchi, Kalmyk, Armenian
and Greek, Crimean Tatar and Nogai, Central-Asian, Korean, Russian-German; foreign names in
Latin; a wife takes her husband's surname in most documents, a child his surname and
patronymic), ``person16``, the places of 75 regions (``R16``: the region's own
name forms, towns with postal prefixes and phone codes, streets, villages with their
районы, улусы, кожууны and муниципальные округа, a hospital named after its town), every
address writing (``addr16``, ``aloc16``, ``abr16``, ``aasr16``, ``asnt16``, ``avakh16``,
``aorg16``, ``dist_gen``, the federal centres), phones (``mob16``, ``city16`` with 3- to
5-digit codes, ``cityw16``, ``words16``, ``asr16``, ``brk16``, ``t800_16``), e-mails,
ENP with the home region's ОКАТО prefix (``enp16``), INN with its ФНС code (``inn16``),
passports (``pas16``, ``pas_words16``), old-style policies (``pol_old16``), every record
number (``REC16``), every hard negative, the fillers and the 75 templates.

**Kinds from a real source.** Each kind is one region of the federal directory «Субъекты
Российской Федерации» (OID 1.2.643.5.1.13.13.99.2.206, version 6.5, read from
``/work/shared/reference/fnsi/1.2.643.5.1.13.13.99.2.206_6.5_part1``; ``ID``, ``SUBJECT``,
``CODE_OKATO``, ``OKATO_5``, ``CODE_FNS`` and ``FED`` as its passport describes them; the
subject's name is the directory's, copied into ``SUBJECTS16``) in one genre of paperwork about
care across regions: inter-territorial OMS settlements (registry extracts, МЭК acts, a fund's
claim, a summary sheet), a patient treated away from home, transfers and evacuations between
regions, air ambulance, referrals and invitations to federal centres, temporary registration,
seasonal workers, students, shift workers, tourists, pilgrims, military families, prisoners'
transfers, relatives' letters, replies of regional health authorities, TFOMS requests,
call-centre transcripts, portal and chat messages and SMS. The policy kinds are those of
«Виды полиса ОМС» (1.2.643.5.1.13.13.11.1035 v1.3: 1 old-style, 2 unified without term, 3
unified with term, 4 temporary certificate). 75 of the directory's 90 regions, from every
federal district and the four regions without one (ДНР, ЛНР, Запорожская область,
г. Байконур); Брянская, Ивановская, Калужская, Липецкая, Орловская, Тамбовская, Тверская,
Новгородская, Кировская, Мордовия, Пензенская, Ульяновская, Омская, Магаданская и Херсонская
were left out. The kind is «SUBJECT (Субъекты РФ, 1.2.643.5.1.13.13.99.2.206 v6.5, ID N):
GENRE»; the ``source`` names the directory entry (its ОКАТО, ФНС code and federal district)
and the policy directory. One region and one template per kind (no template is shared); the
patient's home region is drawn per document from the other 74. No kind equals a kind of
corpora 1–15 (a scratch script listed the 1,033 ``kind`` values of ``independent*.jsonl`` and
compared them case-insensitively: none in common; ``build_all`` asserts the kinds unique).

Emphasis: ADDRESSES as people write them across regions (region first or last, in the
region's own name forms — «Республика Саха (Якутия)», «РС(Я)», «ХМАО — Югра», «КБР»,
«г. Севастополь», «НАО» —, with and without street types, мкр., кв-л, корп., стр., лит.,
влд., пом., fractional houses, villages with районы, улусы, кожууны and муниципальные
округа, СНТ and ДНП plots, shift camps, military towns, inflected, broken across a line,
postal codes first, inside or last, abbreviated, from the flat outwards, in ASR words) beside
hard negatives (a region or town named alone, routes and roads, flights and trains, hospitals
named after their towns, lists of districts); PHONES in regional writings (3- to 5-digit
codes, brackets, dots, typographic dashes, glued, «доб.», broken across a line, partly or
fully in words, 8-800, the new regions' 949/959/990 and Crimea's 978); RECORD numbers of one
person or episode (old-style policies, temporary certificates, IDCASE and N_ZAP of a case,
case histories, referrals, ВМП tickets, air-ambulance calls, evacuation cards, TMK requests,
registration certificates, student IDs, personnel numbers, prisoners' files, military IDs
and personal numbers, travel policies, migration cards, patents, complaints) beside hard
negatives (ОКАТО, ОКТМО, ФНС and TFOMS codes, MO and SMO registry codes, the policy kind's
code, invoices, registries and their XML files, outgoing numbers, orders, flights, trains,
aircraft registrations, car plates, КСГ, ВМП kind codes, military units, colonies); and the
usual PHI at normal density.

Markup codes: P PERSON, A ADDRESS, D DATE, B BIRTH_DATE, T PHONE, E EMAIL, S SNILS, O ENP,
I INN, Q PASSPORT, C BIRTH_CERT, R RECORD_ID.

Labelling rules of corpus 15 (restated unchanged from its docstring, which restated corpus
14's, 13's and 12's; the judgement calls of corpora 10–15 are kept unchanged):

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

Judgement calls added for corpus 16 (written here before any document was generated, not
changed after; they apply the rules above):

* OMS policies by the kinds of directory 1.2.643.5.1.13.13.11.1035: the 16-digit number of a
  unified policy (kinds 2 and 3, paper or electronic, and the «ЕНП» of a registry row) is ENP,
  never RECORD_ID, in any grouping. An old-style policy (kind 1) is RECORD_ID: written «серия
  7701 № 0123456789» the number alone is RECORD_ID and the series is not labelled (corpus
  11's and 15's rule for the series of one person's issued form); written as one token or
  with its series glued or hyphenated («ЯК 123456», «7701-0123456789», «КБ№123456») it is one
  RECORD_ID span with the series. The temporary certificate's number (kind 4, nine digits) is
  RECORD_ID, also dictated digit by digit in a transcript (one span). The policy kind's code
  («ВПОЛИС 3», «вид 4»), SMO and TFOMS codes are not labelled.
* Inter-territorial settlements: a case's own identifiers in a registry (IDCASE, N_ZAP, the
  registry row of one patient) and a case history's number are RECORD_ID (corpus 13: numbers
  an MIS gives to one patient's episode). The invoice (счёт), the registry's or batch's
  number, its XML file's name, the reporting period, an МЭК act or a claim between funds
  about many cases, the fund's outgoing number, the MO's and SMO's registry codes, ОКАТО,
  ОКТМО and the ФНС region code are not labelled. A complaint's or a citizen's application's
  registration number (corpus 15) and an ЭКМП act about one case stay RECORD_ID.
* Transfers and evacuations: an air-ambulance call, an evacuation card, a TMK request, a
  referral (also ф. 057/у-04), a ВМП ticket («##.####.#####.###»), a place in a waiting list
  given as a quota number, a transfer sheet's number and an ambulance call card are
  RECORD_ID. An aircraft's type and registration («Ми-8АМТ RA-22990»), flights, trains and
  carriages, car plates, roads and routes («Р-256 «Чуйский тракт»», «Анадырь — Москва»), a
  brigade's number, coordinates and an airport are not labelled.
* Temporary stay: the number of a certificate of registration at the place of stay (ф. № 3)
  is RECORD_ID, the address in it ADDRESS, its dates DATE. A student's ID card and record
  book, a shift worker's personnel number and a seasonal worker's labour contract are
  RECORD_ID (corpus 10); a migration card, a patent for work, a temporary residence permit
  and a residence permit are RECORD_ID (corpora 11 and 15); a foreign national passport is
  PASSPORT. A travel insurance policy (ВЗР) of one person is RECORD_ID (as a ДМС policy).
  A building pass («пропуск на объект») is a thing's number: not labelled.
* Prisoners: a convict's personal file number is RECORD_ID; the colony's name and number
  («ФКУ ИК-5», «ЛИУ-3»), the transfer order, the convoy vehicle and the train are not
  labelled; a colony's written address is ADDRESS (an organisation's address).
* Military families: «в/ч 12345» is not labelled (corpus 11), but a unit's or military
  town's written address (town and street, or «военный городок № 5, д. 12») is ADDRESS; a
  military ID, an officer's ID and a personal number («Ж-123456») are RECORD_ID; the
  unit's outgoing number of a certificate is not labelled.
* Addresses: a region, a district or a settlement named alone outside a statement of where
  someone lives (where from, where to, a birthplace, a route, a point of a map, a hospital
  or a ФАП named after its town or village, a list of districts served, a ship named after a
  town, a region in an authority's name) is not labelled. After a statement of residence or
  registration («проживает в», «проживающего в», «зарегистрирован в», «живу в», an «Адрес:»
  field) what is written is ADDRESS even without a street or house («проживающей в
  с. Верхний Мамон Верхнемамонского р-на Воронежской области»: from «с.» to «области»). An
  СНТ's or ДНП's plot, a shift camp's dormitory or module («вахтовый посёлок Бованенково,
  общежитие № 3, комн. 214», «ВЖК «Ямбург», корп. 2, комн. 15»), a military town's house and
  a ЗАТО's address are ADDRESS, each one span.
* Phones: a city number with a 3- to 5-digit code written in any way is one PHONE span from
  «8», «+7», «7» or the bracket to the last digit; a code in digits with the number in words
  («8 (8552) сорок три двадцать один семнадцать») is one span; «доб. 214» stays outside; a
  bare city code mentioned alone («код города 33622») is not a phone.
* A city code in a region's short name (none), an OKATO prefix inside an ENP or a passport,
  and a region code on a car plate are parts of other things: no span of their own.

Run: ``.venv/bin/python bench/text_corpus/write_independent16.py`` (rewrites the file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "independent16.jsonl"
SEED = 1620261206
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
CYR = "АБВГДЕЖИКЛМНПРСТФХЦЧШЭЮЯ"
LAT = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------- the directory (NSI 1.2.643.5.1.13.13.99.2.206 v6.5)
# ID: (SUBJECT, CODE_OKATO, OKATO_5, CODE_FNS, FED) of the 75 regions used
SUBJECTS16: dict[int, tuple[str, str, str, str, str | None]] = {
    31: ("Белгородская область", "14", "14000", "31", "1"),
    33: ("Владимирская область", "17", "17000", "33", "1"),
    36: ("Воронежская область", "20", "20000", "36", "1"),
    44: ("Костромская область", "34", "34000", "44", "1"),
    46: ("Курская область", "38", "38000", "46", "1"),
    50: ("Московская область", "46", "46000", "50", "1"),
    62: ("Рязанская область", "61", "61000", "62", "1"),
    67: ("Смоленская область", "66", "66000", "67", "1"),
    71: ("Тульская область", "70", "70000", "71", "1"),
    76: ("Ярославская область", "78", "78000", "76", "1"),
    77: ("г. Москва", "45", "45000", "77", "1"),
    10: ("Республика Карелия", "86", "86000", "10", "2"),
    11: ("Республика Коми", "87", "87000", "11", "2"),
    29: ("Архангельская область", "11", "11000", "29", "2"),
    35: ("Вологодская область", "19", "19000", "35", "2"),
    39: ("Калининградская область", "27", "27000", "39", "2"),
    47: ("Ленинградская область", "41", "41000", "47", "2"),
    51: ("Мурманская область", "47", "47000", "51", "2"),
    60: ("Псковская область", "58", "58000", "60", "2"),
    78: ("г. Санкт-Петербург", "40", "40000", "78", "2"),
    83: ("Ненецкий автономный округ", "11", "11100", "83", "2"),
    2: ("Республика Башкортостан", "80", "80000", "02", "3"),
    12: ("Республика Марий Эл", "88", "88000", "12", "3"),
    16: ("Республика Татарстан (Татарстан)", "92", "92000", "16", "3"),
    18: ("Удмуртская Республика", "94", "94000", "18", "3"),
    21: ("Чувашская Республика - Чувашия", "97", "97000", "21", "3"),
    52: ("Нижегородская область", "22", "22000", "52", "3"),
    56: ("Оренбургская область", "53", "53000", "56", "3"),
    59: ("Пермский край", "57", "57000", "59", "3"),
    63: ("Самарская область", "36", "36000", "63", "3"),
    64: ("Саратовская область", "63", "63000", "64", "3"),
    45: ("Курганская область", "37", "37000", "45", "4"),
    66: ("Свердловская область", "65", "65000", "66", "4"),
    72: ("Тюменская область", "71", "71000", "72", "4"),
    74: ("Челябинская область", "75", "75000", "74", "4"),
    86: ("Ханты-Мансийский автономный округ - Югра", "71", "71100", "86", "4"),
    89: ("Ямало-Ненецкий автономный округ", "71", "71140", "89", "4"),
    5: ("Республика Дагестан", "82", "82000", "05", "5"),
    6: ("Республика Ингушетия", "26", "26000", "06", "5"),
    7: ("Кабардино-Балкарская Республика", "83", "83000", "07", "5"),
    9: ("Карачаево-Черкесская Республика", "91", "91000", "09", "5"),
    15: ("Республика Северная Осетия - Алания", "90", "90000", "15", "5"),
    20: ("Чеченская Республика", "96", "96000", "20", "5"),
    26: ("Ставропольский край", "07", "07000", "26", "5"),
    1: ("Республика Адыгея (Адыгея)", "79", "79000", "01", "6"),
    8: ("Республика Калмыкия", "85", "85000", "08", "6"),
    23: ("Краснодарский край", "03", "03000", "23", "6"),
    30: ("Астраханская область", "12", "12000", "30", "6"),
    34: ("Волгоградская область", "18", "18000", "34", "6"),
    61: ("Ростовская область", "60", "60000", "61", "6"),
    91: ("Республика Крым", "35", "35000", "91", "6"),
    92: ("г. Севастополь", "67", "67000", "92", "6"),
    4: ("Республика Алтай", "84", "84000", "04", "7"),
    17: ("Республика Тыва", "93", "93000", "17", "7"),
    19: ("Республика Хакасия", "95", "95000", "19", "7"),
    22: ("Алтайский край", "01", "01000", "22", "7"),
    24: ("Красноярский край", "04", "04000", "24", "7"),
    38: ("Иркутская область", "25", "25000", "38", "7"),
    42: ("Кемеровская область - Кузбасс", "32", "32000", "42", "7"),
    54: ("Новосибирская область", "50", "50000", "54", "7"),
    70: ("Томская область", "69", "69000", "70", "7"),
    3: ("Республика Бурятия", "81", "81000", "03", "8"),
    14: ("Республика Саха (Якутия)", "98", "98000", "14", "8"),
    25: ("Приморский край", "05", "05000", "25", "8"),
    27: ("Хабаровский край", "08", "08000", "27", "8"),
    28: ("Амурская область", "10", "10000", "28", "8"),
    41: ("Камчатский край", "30", "30000", "41", "8"),
    65: ("Сахалинская область", "64", "64000", "65", "8"),
    75: ("Забайкальский край", "76", "76000", "75", "8"),
    79: ("Еврейская автономная область", "99", "99000", "79", "8"),
    87: ("Чукотский автономный округ", "77", "77000", "87", "8"),
    93: ("Донецкая Народная Республика", "21", "21000", "93", None),
    94: ("Луганская Народная Республика", "43", "43000", "94", None),
    90: ("Запорожская область", "23", "23000", "90", None),
    99: ("г. Байконур", "55", "55000", "99", None),
}


# ---------------------------------------------------------------- corpus 16: regions (fresh)
# id: (genitive, prepositional, short writings, towns, streets, villages, hospital named after
#      its town, name groups, mobile codes)
# town: (typed, typed prepositional, bare, bare genitive, postal prefix, phone code; the code
#        and the local number make ten digits)
# street: (typed, bare); village: (typed, typed prepositional, district)
R16: dict[int, tuple] = {
    31: (
        "Белгородской области",
        "Белгородской области",
        ["Белгородская обл.", "Белгор. обл."],
        [
            ("г. Белгород", "г. Белгороде", "Белгород", "Белгорода", "308", "4722"),
            (
                "г. Старый Оскол",
                "г. Старом Осколе",
                "Старый Оскол",
                "Старого Оскола",
                "309",
                "4725",
            ),
        ],
        [
            ("ул. Щорса", "Щорса"),
            ("Народный б-р", "Народный бульвар"),
            ("пр-т Б. Хмельницкого", "Б.Хмельницкого"),
            ("ул. Костюкова", "Костюкова"),
        ],
        [
            ("пгт Ракитное", "пгт Ракитное", "Ракитянский р-н"),
            ("с. Головчино", "с. Головчино", "Грайворонский городской округ"),
        ],
        "ОГБУЗ «Шебекинская ЦРБ»",
        ["ru", "ukr"],
        None,
    ),
    33: (
        "Владимирской области",
        "Владимирской области",
        ["Владимирская обл.", "Влад. обл."],
        [
            ("г. Владимир", "г. Владимире", "Владимир", "Владимира", "600", "4922"),
            ("г. Ковров", "г. Коврове", "Ковров", "Коврова", "601", "49232"),
        ],
        [
            ("ул. Большая Московская", "Б. Московская"),
            ("Октябрьский пр-т", "Октябрьский пр"),
            ("ул. Мира", "Мира"),
            ("ул. Горького", "Горького"),
        ],
        [
            ("п. Красная Горбатка", "п. Красная Горбатка", "Селивановский р-н"),
            ("с. Небылое", "с. Небылое", "Юрьев-Польский р-н"),
        ],
        "ГБУЗ ВО «Муромская ЦРБ»",
        ["ru", "ca"],
        None,
    ),
    36: (
        "Воронежской области",
        "Воронежской области",
        ["Воронежская обл.", "Ворон. обл.", "ВО"],
        [
            ("г. Воронеж", "г. Воронеже", "Воронеж", "Воронежа", "394", "473"),
            (
                "г. Борисоглебск",
                "г. Борисоглебске",
                "Борисоглебск",
                "Борисоглебска",
                "397",
                "47354",
            ),
        ],
        [
            ("Московский пр-т", "Московский проспект"),
            ("ул. Плехановская", "Плехановская"),
            ("ул. Кольцовская", "Кольцовская"),
            ("Ленинский пр-т", "Ленинский"),
        ],
        [
            ("с. Верхний Мамон", "с. Верхний Мамон", "Верхнемамонский р-н"),
            ("р.п. Анна", "р.п. Анна", "Аннинский р-н"),
        ],
        "БУЗ ВО «Россошанская РБ»",
        ["ru", "ukr"],
        None,
    ),
    44: (
        "Костромской области",
        "Костромской области",
        ["Костромская обл.", "Костр. обл."],
        [
            ("г. Кострома", "г. Костроме", "Кострома", "Костромы", "156", "4942"),
            ("г. Нерехта", "г. Нерехте", "Нерехта", "Нерехты", "157", "49431"),
        ],
        [
            ("ул. Советская", "Советская"),
            ("ул. Симановского", "Симановского"),
            ("пр-т Мира", "Мира"),
            ("ул. Голубкова", "Голубкова"),
        ],
        [
            ("с. Шунга", "с. Шунга", "Костромской р-н"),
            ("пгт Парфеньево", "пгт Парфеньево", "Парфеньевский муниципальный округ"),
        ],
        "ОГБУЗ «Галичская окружная больница»",
        ["ru", "vfu"],
        None,
    ),
    46: (
        "Курской области",
        "Курской области",
        ["Курская обл.", "Курск. обл."],
        [
            ("г. Курск", "г. Курске", "Курск", "Курска", "305", "4712"),
            (
                "г. Железногорск",
                "г. Железногорске",
                "Железногорск",
                "Железногорска",
                "307",
                "47148",
            ),
        ],
        [
            ("ул. Радищева", "Радищева"),
            ("ул. Карла Маркса", "К.Маркса"),
            ("пр-т Дружбы", "Дружбы"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("сл. Белая", "сл. Белая", "Беловский р-н"),
            ("пос. Глушково", "пос. Глушково", "Глушковский р-н"),
        ],
        "ОБУЗ «Суджанская ЦРБ»",
        ["ru", "ukr"],
        None,
    ),
    50: (
        "Московской области",
        "Московской области",
        ["Московская обл.", "МО", "Моск. обл."],
        [
            ("г. Подольск", "г. Подольске", "Подольск", "Подольска", "142", "4967"),
            (
                "г. Сергиев Посад",
                "г. Сергиевом Посаде",
                "Сергиев Посад",
                "Сергиева Посада",
                "141",
                "496",
            ),
        ],
        [
            ("ул. Кирова", "Кирова"),
            ("Октябрьский пр-т", "Октябрьский пр-т"),
            ("ул. Шаганова", "Шаганова"),
            ("ул. Пионерская", "Пионерская"),
        ],
        [
            ("д. Голубое", "д. Голубое", "г.о. Солнечногорск"),
            ("д. Кузьминки", "д. Кузьминки", "г.о. Подольск"),
        ],
        "ГБУЗ МО «Коломенская больница»",
        ["ru", "ca", "ukr"],
        None,
    ),
    62: (
        "Рязанской области",
        "Рязанской области",
        ["Рязанская обл.", "Ряз. обл."],
        [
            ("г. Рязань", "г. Рязани", "Рязань", "Рязани", "390", "4912"),
            ("г. Касимов", "г. Касимове", "Касимов", "Касимова", "391", "49131"),
        ],
        [
            ("ул. Есенина", "Есенина"),
            ("Московское ш.", "Московское шоссе"),
            ("ул. Дзержинского", "Дзержинского"),
            ("ул. Циолковского", "Циолковского"),
        ],
        [
            ("р.п. Сапожок", "р.п. Сапожок", "Сапожковский р-н"),
            ("с. Константиново", "с. Константиново", "Рыбновский р-н"),
        ],
        "ГБУ РО «Скопинский ММЦ»",
        ["ru", "tat"],
        None,
    ),
    67: (
        "Смоленской области",
        "Смоленской области",
        ["Смоленская обл.", "Смол. обл."],
        [
            ("г. Смоленск", "г. Смоленске", "Смоленск", "Смоленска", "214", "4812"),
            ("г. Вязьма", "г. Вязьме", "Вязьма", "Вязьмы", "215", "48131"),
        ],
        [
            ("ул. Нахимова", "Нахимова"),
            ("ул. Большая Советская", "Б. Советская"),
            ("ул. Тенишевой", "Тенишевой"),
            ("ул. Кирова", "Кирова"),
        ],
        [
            ("д. Талашкино", "д. Талашкино", "Смоленский р-н"),
            ("пгт Холм-Жирковский", "пгт Холм-Жирковский", "Холм-Жирковский р-н"),
        ],
        "ОГБУЗ «Рославльская ЦРБ»",
        ["ru"],
        None,
    ),
    71: (
        "Тульской области",
        "Тульской области",
        ["Тульская обл.", "Тул. обл."],
        [
            ("г. Тула", "г. Туле", "Тула", "Тулы", "300", "4872"),
            (
                "г. Новомосковск",
                "г. Новомосковске",
                "Новомосковск",
                "Новомосковска",
                "301",
                "48762",
            ),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Болдина", "Болдина"),
            ("Красноармейский пр-т", "Красноармейский"),
            ("ул. Металлургов", "Металлургов"),
        ],
        [
            ("с. Крапивна", "с. Крапивна", "Щёкинский р-н"),
            ("рп Одоев", "рп Одоев", "Одоевский р-н"),
        ],
        "ГУЗ «Алексинская РБ № 1»",
        ["ru", "ca"],
        None,
    ),
    76: (
        "Ярославской области",
        "Ярославской области",
        ["Ярославская обл.", "Яр. обл.", "ЯО"],
        [
            ("г. Ярославль", "г. Ярославле", "Ярославль", "Ярославля", "150", "4852"),
            ("г. Рыбинск", "г. Рыбинске", "Рыбинск", "Рыбинска", "152", "4855"),
        ],
        [
            ("ул. Свободы", "Свободы"),
            ("Московский пр-т", "Московский"),
            ("ул. Чкалова", "Чкалова"),
            ("пр-т Октября", "Октября"),
        ],
        [
            ("с. Вятское", "с. Вятское", "Некрасовский р-н"),
            ("рп Пречистое", "рп Пречистое", "Первомайский р-н"),
        ],
        "ГБУЗ ЯО «Угличская ЦРБ»",
        ["ru"],
        None,
    ),
    77: (
        "г. Москвы",
        "г. Москве",
        ["Москва", "г.Москва", "г. Москва"],
        [
            ("г. Москва", "г. Москве", "Москва", "Москвы", "115", "495"),
            ("г. Москва", "г. Москве", "Москва", "Москвы", "125", "499"),
            ("г. Зеленоград", "г. Зеленограде", "Зеленоград", "Зеленограда", "124", "499"),
        ],
        [
            ("Каширское ш.", "Каширское шоссе"),
            ("ул. Профсоюзная", "Профсоюзная"),
            ("Ленинградский пр-т", "Ленинградский пр"),
            ("ул. Большая Пироговская", "Б. Пироговская"),
        ],
        [
            ("пос. Коммунарка", "пос. Коммунарка", "поселение Сосенское"),
            ("д. Ватутинки", "д. Ватутинки", "поселение Десёновское"),
        ],
        "ГБУЗ «Троицкая ГБ ДЗМ»",
        ["ru", "ca", "cne"],
        None,
    ),
    10: (
        "Республики Карелия",
        "Республике Карелия",
        ["Респ. Карелия", "РК", "Карелия"],
        [
            ("г. Петрозаводск", "г. Петрозаводске", "Петрозаводск", "Петрозаводска", "185", "8142"),
            ("г. Кондопога", "г. Кондопоге", "Кондопога", "Кондопоги", "186", "81451"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Анохина", "Анохина"),
            ("Лососинское ш.", "Лососинское шоссе"),
            ("ул. Древлянка", "Древлянка"),
        ],
        [
            ("пгт Калевала", "пгт Калевала", "Калевальский национальный р-н"),
            ("с. Видлица", "с. Видлица", "Олонецкий национальный р-н"),
        ],
        "ГБУЗ «Сегежская ЦРБ»",
        ["ru", "vfu"],
        None,
    ),
    11: (
        "Республики Коми",
        "Республике Коми",
        ["Респ. Коми", "РК", "Коми"],
        [
            ("г. Сыктывкар", "г. Сыктывкаре", "Сыктывкар", "Сыктывкара", "167", "8212"),
            ("г. Ухта", "г. Ухте", "Ухта", "Ухты", "169", "8216"),
            ("г. Усинск", "г. Усинске", "Усинск", "Усинска", "169", "82144"),
        ],
        [
            ("ул. Коммунистическая", "Коммунистическая"),
            ("Октябрьский пр-т", "Октябрьский"),
            ("ул. Первомайская", "Первомайская"),
            ("ул. Интернациональная", "Интернациональная"),
        ],
        [
            ("с. Ижма", "с. Ижма", "Ижемский р-н"),
            ("с. Усть-Кулом", "с. Усть-Кулом", "Усть-Куломский р-н"),
        ],
        "ГБУЗ РК «Печорская ЦРБ»",
        ["ru", "vfu"],
        None,
    ),
    29: (
        "Архангельской области",
        "Архангельской области",
        ["Архангельская обл.", "Арх. обл.", "АО"],
        [
            ("г. Архангельск", "г. Архангельске", "Архангельск", "Архангельска", "163", "8182"),
            ("г. Котлас", "г. Котласе", "Котлас", "Котласа", "165", "81837"),
        ],
        [
            ("Троицкий пр-т", "Троицкий"),
            ("ул. Воскресенская", "Воскресенская"),
            ("пр-т Ломоносова", "Ломоносова"),
            ("ул. Гайдара", "Гайдара"),
        ],
        [
            ("с. Холмогоры", "с. Холмогорах", "Холмогорский муниципальный округ"),
            ("пос. Савинский", "пос. Савинском", "Плесецкий муниципальный округ"),
        ],
        "ГБУЗ АО «Вельская ЦРБ»",
        ["ru", "vfu"],
        None,
    ),
    35: (
        "Вологодской области",
        "Вологодской области",
        ["Вологодская обл.", "Волог. обл."],
        [
            ("г. Вологда", "г. Вологде", "Вологда", "Вологды", "160", "8172"),
            ("г. Череповец", "г. Череповце", "Череповец", "Череповца", "162", "8202"),
        ],
        [
            ("ул. Ленинградская", "Ленинградская"),
            ("Советский пр-т", "Советский"),
            ("пр-т Победы", "Победы"),
            ("ул. Мира", "Мира"),
        ],
        [
            (
                "с. Кичменгский Городок",
                "с. Кичменгский Городок",
                "Кичменгско-Городецкий муниципальный округ",
            ),
            ("рп Шексна", "рп Шексна", "Шекснинский р-н"),
        ],
        "БУЗ ВО «Великоустюгская ЦРБ»",
        ["ru"],
        None,
    ),
    39: (
        "Калининградской области",
        "Калининградской области",
        ["Калининградская обл.", "Калинингр. обл."],
        [
            ("г. Калининград", "г. Калининграде", "Калининград", "Калининграда", "236", "4012"),
            ("г. Советск", "г. Советске", "Советск", "Советска", "238", "40161"),
        ],
        [
            ("Ленинский пр-т", "Ленинский"),
            ("ул. Александра Невского", "А. Невского"),
            ("ул. Горького", "Горького"),
            ("Московский пр-т", "Московский"),
        ],
        [
            ("пгт Янтарный", "пгт Янтарный", "Янтарный городской округ"),
            ("пос. Рыбачий", "пос. Рыбачий", "Зеленоградский муниципальный округ"),
        ],
        "ГБУЗ «Черняховская ЦРБ»",
        ["ru", "ukr"],
        None,
    ),
    47: (
        "Ленинградской области",
        "Ленинградской области",
        ["Ленинградская обл.", "ЛО", "Ленобласть"],
        [
            ("г. Гатчина", "г. Гатчине", "Гатчина", "Гатчины", "188", "81371"),
            ("г. Всеволожск", "г. Всеволожске", "Всеволожск", "Всеволожска", "188", "81370"),
        ],
        [
            ("пр-т 25 Октября", "25 Октября"),
            ("ул. Солнечная", "Солнечная"),
            ("Колтушское ш.", "Колтушское шоссе"),
            ("ул. Центральная", "Центральная"),
        ],
        [
            ("д. Новое Девяткино", "д. Новое Девяткино", "Всеволожский р-н"),
            ("пгт Вырица", "пгт Вырица", "Гатчинский муниципальный округ"),
        ],
        "ГБУЗ ЛО «Тихвинская МБ»",
        ["ru", "ca"],
        None,
    ),
    51: (
        "Мурманской области",
        "Мурманской области",
        ["Мурманская обл.", "Мурм. обл."],
        [
            ("г. Мурманск", "г. Мурманске", "Мурманск", "Мурманска", "183", "8152"),
            ("г. Североморск", "г. Североморске", "Североморск", "Североморска", "184", "81537"),
            ("г. Апатиты", "г. Апатитах", "Апатиты", "Апатитов", "184", "81555"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Полярные Зори", "Полярные Зори"),
            ("ул. Книповича", "Книповича"),
            ("ул. Сафонова", "Сафонова"),
        ],
        [
            ("пгт Умба", "пгт Умба", "Терский р-н"),
            ("пгт Никель", "пгт Никель", "Печенгский муниципальный округ"),
        ],
        "ГОАУЗ «Мончегорская ЦГБ»",
        ["ru", "north"],
        None,
    ),
    60: (
        "Псковской области",
        "Псковской области",
        ["Псковская обл.", "Пск. обл."],
        [
            ("г. Псков", "г. Пскове", "Псков", "Пскова", "180", "8112"),
            ("г. Великие Луки", "г. Великих Луках", "Великие Луки", "Великих Лук", "182", "81153"),
        ],
        [
            ("Октябрьский пр-т", "Октябрьский"),
            ("ул. Кузнецкая", "Кузнецкая"),
            ("Рижский пр-т", "Рижский"),
            ("ул. Гоголя", "Гоголя"),
        ],
        [
            ("д. Старый Изборск", "д. Старый Изборск", "Печорский р-н"),
            ("рп Пушкинские Горы", "рп Пушкинские Горы", "Пушкиногорский р-н"),
        ],
        "ГБУЗ ПО «Невельская МБ»",
        ["ru"],
        None,
    ),
    78: (
        "г. Санкт-Петербурга",
        "г. Санкт-Петербурге",
        ["СПб", "Санкт-Петербург", "С.-Петербург"],
        [
            (
                "г. Санкт-Петербург",
                "г. Санкт-Петербурге",
                "Санкт-Петербург",
                "Санкт-Петербурга",
                "197",
                "812",
            ),
            ("г. Колпино", "г. Колпино", "Колпино", "Колпино", "196", "812"),
            ("г. Кронштадт", "г. Кронштадте", "Кронштадт", "Кронштадта", "197", "812"),
        ],
        [
            ("Литейный пр.", "Литейный"),
            ("ул. Маршала Казакова", "М. Казакова"),
            ("пр. Просвещения", "Просвещения"),
            ("6-я линия В.О.", "6-я линия ВО"),
        ],
        [
            ("пос. Парголово", "пос. Парголово", "Выборгский р-н"),
            ("пос. Металлострой", "пос. Металлострой", "Колпинский р-н"),
        ],
        "СПб ГБУЗ «Сестрорецкая ГБ»",
        ["ru", "ca", "tat"],
        None,
    ),
    83: (
        "Ненецкого автономного округа",
        "Ненецком автономном округе",
        ["НАО", "Ненецкий АО", "Ненецкий авт. округ"],
        [
            ("г. Нарьян-Мар", "г. Нарьян-Маре", "Нарьян-Мар", "Нарьян-Мара", "166", "81853"),
            ("п. Искателей", "п. Искателей", "Искателей", "Искателей", "166", "81853"),
        ],
        [
            ("ул. Смидовича", "Смидовича"),
            ("ул. Победы", "Победы"),
            ("ул. Пионерская", "Пионерская"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("с. Нижняя Пёша", "с. Нижняя Пёша", "Заполярный р-н"),
            ("п. Амдерма", "п. Амдерма", "Заполярный р-н"),
            ("с. Оксино", "с. Оксино", "Заполярный р-н"),
        ],
        "ГБУЗ НАО «Ненецкая окружная больница»",
        ["north", "vfu", "ru"],
        None,
    ),
    2: (
        "Республики Башкортостан",
        "Республике Башкортостан",
        ["РБ", "Респ. Башкортостан", "Башкирия"],
        [
            ("г. Уфа", "г. Уфе", "Уфа", "Уфы", "450", "347"),
            ("г. Стерлитамак", "г. Стерлитамаке", "Стерлитамак", "Стерлитамака", "453", "3473"),
        ],
        [
            ("пр-т Октября", "Октября"),
            ("ул. Менделеева", "Менделеева"),
            ("ул. Заки Валиди", "З.Валиди"),
            ("ул. Айская", "Айская"),
        ],
        [
            ("с. Бураево", "с. Бураево", "Бураевский р-н"),
            ("с. Исянгулово", "с. Исянгулово", "Зианчуринский р-н"),
        ],
        "ГБУЗ РБ «Белорецкая ЦРКБ»",
        ["tat", "ru"],
        None,
    ),
    12: (
        "Республики Марий Эл",
        "Республике Марий Эл",
        ["РМЭ", "Респ. Марий Эл", "Марий Эл"],
        [
            ("г. Йошкар-Ола", "г. Йошкар-Оле", "Йошкар-Ола", "Йошкар-Олы", "424", "8362"),
            ("г. Волжск", "г. Волжске", "Волжск", "Волжска", "425", "83631"),
        ],
        [
            ("Ленинский пр-т", "Ленинский"),
            ("ул. Эшкинина", "Эшкинина"),
            ("б-р Чавайна", "Чавайна"),
            ("ул. Панфилова", "Панфилова"),
        ],
        [
            ("пгт Морки", "пгт Морки", "Моркинский р-н"),
            ("д. Шоруньжа", "д. Шоруньжа", "Моркинский р-н"),
            ("пгт Куженер", "пгт Куженер", "Куженерский р-н"),
        ],
        "ГБУ РМЭ «Козьмодемьянская МБ»",
        ["vfu", "ru", "tat"],
        None,
    ),
    16: (
        "Республики Татарстан",
        "Республике Татарстан",
        ["РТ", "Респ. Татарстан", "Татарстан"],
        [
            ("г. Казань", "г. Казани", "Казань", "Казани", "420", "843"),
            (
                "г. Набережные Челны",
                "г. Набережных Челнах",
                "Набережные Челны",
                "Набережных Челнов",
                "423",
                "8552",
            ),
            ("г. Альметьевск", "г. Альметьевске", "Альметьевск", "Альметьевска", "423", "8553"),
        ],
        [
            ("ул. Баумана", "Баумана"),
            ("пр-т Победы", "Победы"),
            ("ул. Декабристов", "Декабристов"),
            ("пр-т Мира", "Мира"),
        ],
        [
            ("с. Актаныш", "с. Актаныш", "Актанышский р-н"),
            ("пгт Рыбная Слобода", "пгт Рыбная Слобода", "Рыбно-Слободский р-н"),
        ],
        "ГАУЗ «Альметьевская ЦРБ»",
        ["tat", "ru"],
        None,
    ),
    18: (
        "Удмуртской Республики",
        "Удмуртской Республике",
        ["УР", "Удмуртия", "Удм. Респ."],
        [
            ("г. Ижевск", "г. Ижевске", "Ижевск", "Ижевска", "426", "3412"),
            ("г. Глазов", "г. Глазове", "Глазов", "Глазова", "427", "34141"),
        ],
        [
            ("ул. Пушкинская", "Пушкинская"),
            ("ул. Удмуртская", "Удмуртская"),
            ("ул. 10 лет Октября", "10 лет Октября"),
            ("ул. Холмогорова", "Холмогорова"),
        ],
        [
            ("с. Алнаши", "с. Алнаши", "Алнашский р-н"),
            ("с. Малая Пурга", "с. Малая Пурга", "Малопургинский р-н"),
            ("с. Дебёсы", "с. Дебёсы", "Дебёсский р-н"),
        ],
        "БУЗ УР «Можгинская РБ МЗ УР»",
        ["vfu", "ru", "tat"],
        None,
    ),
    21: (
        "Чувашской Республики",
        "Чувашской Республике",
        ["ЧР", "Чувашия", "Чувашская Респ."],
        [
            ("г. Чебоксары", "г. Чебоксарах", "Чебоксары", "Чебоксар", "428", "8352"),
            (
                "г. Новочебоксарск",
                "г. Новочебоксарске",
                "Новочебоксарск",
                "Новочебоксарска",
                "429",
                "8352",
            ),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("Московский пр-т", "Московский"),
            ("ул. Гагарина", "Гагарина"),
            ("пр-т Тракторостроителей", "Тракторостроителей"),
        ],
        [
            ("с. Моргауши", "с. Моргауши", "Моргаушский муниципальный округ"),
            ("с. Яльчики", "с. Яльчики", "Яльчикский муниципальный округ"),
        ],
        "БУ «Канашский ММЦ» Минздрава Чувашии",
        ["vfu", "ru", "tat"],
        None,
    ),
    52: (
        "Нижегородской области",
        "Нижегородской области",
        ["Нижегородская обл.", "Нижегор. обл.", "НО"],
        [
            (
                "г. Нижний Новгород",
                "г. Нижнем Новгороде",
                "Нижний Новгород",
                "Нижнего Новгорода",
                "603",
                "831",
            ),
            ("г. Арзамас", "г. Арзамасе", "Арзамас", "Арзамаса", "607", "83147"),
        ],
        [
            ("ул. Большая Покровская", "Б. Покровская"),
            ("ул. Родионова", "Родионова"),
            ("пр-т Гагарина", "Гагарина"),
            ("ул. Ванеева", "Ванеева"),
        ],
        [
            ("с. Дивеево", "с. Дивееве", "Дивеевский муниципальный округ"),
            ("рп Воскресенское", "рп Воскресенское", "Воскресенский муниципальный округ"),
        ],
        "ГБУЗ НО «Семёновская ЦРБ»",
        ["ru", "tat", "vfu"],
        None,
    ),
    56: (
        "Оренбургской области",
        "Оренбургской области",
        ["Оренбургская обл.", "Оренб. обл."],
        [
            ("г. Оренбург", "г. Оренбурге", "Оренбург", "Оренбурга", "460", "3532"),
            ("г. Орск", "г. Орске", "Орск", "Орска", "462", "3537"),
        ],
        [
            ("ул. Советская", "Советская"),
            ("ул. Салмышская", "Салмышская"),
            ("пр-т Победы", "Победы"),
            ("ул. Терешковой", "Терешковой"),
        ],
        [
            ("пос. Акбулак", "пос. Акбулак", "Акбулакский р-н"),
            ("с. Илек", "с. Илек", "Илекский р-н"),
        ],
        "ГАУЗ «Бузулукская БСМП»",
        ["ru", "ca", "tat"],
        None,
    ),
    59: (
        "Пермского края",
        "Пермском крае",
        ["Пермский кр.", "ПК", "Прикамье"],
        [
            ("г. Пермь", "г. Перми", "Пермь", "Перми", "614", "342"),
            ("г. Кудымкар", "г. Кудымкаре", "Кудымкар", "Кудымкара", "619", "34260"),
            ("г. Соликамск", "г. Соликамске", "Соликамск", "Соликамска", "618", "34253"),
        ],
        [
            ("Комсомольский пр-т", "Комсомольский"),
            ("ул. Куйбышева", "Куйбышева"),
            ("ш. Космонавтов", "шоссе Космонавтов"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("с. Юсьва", "с. Юсьва", "Юсьвинский муниципальный округ"),
            ("п. Гайны", "п. Гайны", "Гайнский муниципальный округ"),
        ],
        "ГБУЗ ПК «Соликамская ГБ»",
        ["ru", "vfu", "tat"],
        None,
    ),
    63: (
        "Самарской области",
        "Самарской области",
        ["Самарская обл.", "Сам. обл."],
        [
            ("г. Самара", "г. Самаре", "Самара", "Самары", "443", "846"),
            ("г. Тольятти", "г. Тольятти", "Тольятти", "Тольятти", "445", "8482"),
        ],
        [
            ("Московское ш.", "Московское шоссе"),
            ("ул. Ново-Садовая", "Ново-Садовая"),
            ("б-р Здоровья", "Здоровья"),
            ("ул. 40 лет Победы", "40 лет Победы"),
        ],
        [
            ("пгт Безенчук", "пгт Безенчук", "Безенчукский р-н"),
            ("с. Кинель-Черкассы", "с. Кинель-Черкассы", "Кинель-Черкасский р-н"),
        ],
        "ГБУЗ СО «Сызранская ЦГБ»",
        ["ru", "tat", "vfu"],
        None,
    ),
    64: (
        "Саратовской области",
        "Саратовской области",
        ["Саратовская обл.", "Сарат. обл."],
        [
            ("г. Саратов", "г. Саратове", "Саратов", "Саратова", "410", "8452"),
            ("г. Энгельс", "г. Энгельсе", "Энгельс", "Энгельса", "413", "8453"),
        ],
        [
            ("ул. Московская", "Московская"),
            ("ул. Чернышевского", "Чернышевского"),
            ("ул. Большая Казачья", "Б. Казачья"),
            ("2-й Соколовогорский пр.", "2-й Соколовогорский"),
        ],
        [
            ("рп Ровное", "рп Ровное", "Ровенский р-н"),
            ("с. Александров Гай", "с. Александров Гай", "Александрово-Гайский р-н"),
        ],
        "ГУЗ СО «Вольская РБ»",
        ["ru", "ca", "tat"],
        None,
    ),
    45: (
        "Курганской области",
        "Курганской области",
        ["Курганская обл.", "Кург. обл."],
        [
            ("г. Курган", "г. Кургане", "Курган", "Кургана", "640", "3522"),
            ("г. Шадринск", "г. Шадринске", "Шадринск", "Шадринска", "641", "35253"),
        ],
        [
            ("ул. Гоголя", "Гоголя"),
            ("ул. Куйбышева", "Куйбышева"),
            ("ул. Красина", "Красина"),
            ("ул. Пролетарская", "Пролетарская"),
        ],
        [
            ("с. Кетово", "с. Кетово", "Кетовский муниципальный округ"),
            ("с. Частоозерье", "с. Частоозерье", "Частоозерский муниципальный округ"),
        ],
        "ГБУ «Шумихинская ЦРБ»",
        ["ru", "tat", "ca"],
        None,
    ),
    66: (
        "Свердловской области",
        "Свердловской области",
        ["Свердловская обл.", "Свердл. обл."],
        [
            ("г. Екатеринбург", "г. Екатеринбурге", "Екатеринбург", "Екатеринбурга", "620", "343"),
            (
                "г. Нижний Тагил",
                "г. Нижнем Тагиле",
                "Нижний Тагил",
                "Нижнего Тагила",
                "622",
                "3435",
            ),
        ],
        [
            ("ул. Малышева", "Малышева"),
            ("ул. Волгоградская", "Волгоградская"),
            ("ул. Репина", "Репина"),
            ("ул. Белинского", "Белинского"),
        ],
        [
            ("пгт Арти", "пгт Арти", "Артинский городской округ"),
            ("с. Байкалово", "с. Байкалово", "Байкаловский муниципальный р-н"),
        ],
        "ГАУЗ СО «Ирбитская ЦГБ»",
        ["ru", "tat"],
        None,
    ),
    72: (
        "Тюменской области",
        "Тюменской области",
        ["Тюменская обл.", "Тюм. обл."],
        [
            ("г. Тюмень", "г. Тюмени", "Тюмень", "Тюмени", "625", "3452"),
            ("г. Тобольск", "г. Тобольске", "Тобольск", "Тобольска", "626", "3456"),
        ],
        [
            ("ул. Мельникайте", "Мельникайте"),
            ("ул. Котовского", "Котовского"),
            ("ул. Республики", "Республики"),
            ("ул. Широтная", "Широтная"),
        ],
        [("с. Вагай", "с. Вагай", "Вагайский р-н"), ("с. Уват", "с. Уват", "Уватский р-н")],
        "ГБУЗ ТО «Областная больница № 4» (г. Ишим)",
        ["ru", "tat"],
        None,
    ),
    74: (
        "Челябинской области",
        "Челябинской области",
        ["Челябинская обл.", "Челяб. обл."],
        [
            ("г. Челябинск", "г. Челябинске", "Челябинск", "Челябинска", "454", "351"),
            ("г. Магнитогорск", "г. Магнитогорске", "Магнитогорск", "Магнитогорска", "455", "3519"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("Комсомольский пр-т", "Комсомольский"),
            ("ул. Труда", "Труда"),
            ("пр-т Карла Маркса", "К. Маркса"),
        ],
        [
            ("с. Аргаяш", "с. Аргаяш", "Аргаяшский р-н"),
            ("с. Кунашак", "с. Кунашак", "Кунашакский р-н"),
        ],
        "ГБУЗ «Кыштымская ГБ»",
        ["ru", "tat"],
        None,
    ),
    86: (
        "Ханты-Мансийского автономного округа — Югры",
        "Ханты-Мансийском автономном округе — Югре",
        ["ХМАО — Югра", "ХМАО-Югра", "ХМАО"],
        [
            ("г. Сургут", "г. Сургуте", "Сургут", "Сургута", "628", "3462"),
            (
                "г. Нижневартовск",
                "г. Нижневартовске",
                "Нижневартовск",
                "Нижневартовска",
                "628",
                "3466",
            ),
            ("г. Нефтеюганск", "г. Нефтеюганске", "Нефтеюганск", "Нефтеюганска", "628", "3463"),
        ],
        [
            ("ул. Энергетиков", "Энергетиков"),
            ("пр-т Ленина", "Ленина"),
            ("ул. Чапаева", "Чапаева"),
            ("ул. Мира", "Мира"),
        ],
        [
            ("с. Саранпауль", "с. Саранпауль", "Берёзовский р-н"),
            ("пгт Берёзово", "пгт Берёзово", "Берёзовский р-н"),
        ],
        "БУ «Няганская окружная больница»",
        ["ru", "north", "tat", "cne"],
        None,
    ),
    89: (
        "Ямало-Ненецкого автономного округа",
        "Ямало-Ненецком автономном округе",
        ["ЯНАО", "Ямал", "Ямало-Ненецкий АО"],
        [
            ("г. Ноябрьск", "г. Ноябрьске", "Ноябрьск", "Ноябрьска", "629", "3496"),
            ("г. Надым", "г. Надыме", "Надым", "Надыма", "629", "3499"),
        ],
        [
            ("ул. Ленинградская", "Ленинградская"),
            ("пр-т Мира", "Мира"),
            ("ул. Изыскателей", "Изыскателей"),
            ("ул. Набережная", "Набережная"),
        ],
        [
            ("с. Антипаюта", "с. Антипаюта", "Тазовский р-н"),
            ("пос. Тазовский", "пос. Тазовский", "Тазовский р-н"),
            ("с. Мужи", "с. Мужи", "Шурышкарский р-н"),
        ],
        "ГБУЗ ЯНАО «Тарко-Салинская ЦРБ»",
        ["ru", "north", "dag", "tat"],
        None,
    ),
    5: (
        "Республики Дагестан",
        "Республике Дагестан",
        ["РД", "Респ. Дагестан", "Дагестан"],
        [
            ("г. Махачкала", "г. Махачкале", "Махачкала", "Махачкалы", "367", "8722"),
            ("г. Дербент", "г. Дербенте", "Дербент", "Дербента", "368", "87240"),
            ("г. Хасавюрт", "г. Хасавюрте", "Хасавюрт", "Хасавюрта", "368", "87231"),
        ],
        [
            ("пр-т Имама Шамиля", "И. Шамиля"),
            ("ул. Ярагского", "Ярагского"),
            ("пр-т Расула Гамзатова", "Р.Гамзатова"),
            ("ул. Коркмасова", "Коркмасова"),
        ],
        [
            ("с. Карабудахкент", "с. Карабудахкент", "Карабудахкентский р-н"),
            ("с. Гуниб", "с. Гуниб", "Гунибский р-н"),
            ("с. Ахты", "с. Ахты", "Ахтынский р-н"),
        ],
        "ГБУ РД «Кизлярская ЦГБ»",
        ["dag", "ru"],
        None,
    ),
    6: (
        "Республики Ингушетия",
        "Республике Ингушетия",
        ["РИ", "Респ. Ингушетия", "Ингушетия"],
        [
            ("г. Назрань", "г. Назрани", "Назрань", "Назрани", "386", "8732"),
            ("г. Магас", "г. Магасе", "Магас", "Магаса", "386", "8734"),
            ("г. Карабулак", "г. Карабулаке", "Карабулак", "Карабулака", "386", "8734"),
        ],
        [
            ("ул. Муталиева", "Муталиева"),
            ("пр-т Базоркина", "Базоркина"),
            ("ул. Московская", "Московская"),
            ("ул. Победы", "Победы"),
        ],
        [
            ("с.п. Сурхахи", "с.п. Сурхахи", "Назрановский р-н"),
            ("с.п. Экажево", "с.п. Экажево", "Назрановский р-н"),
            ("ст-ца Троицкая", "ст-це Троицкой", "Сунженский р-н"),
        ],
        "ГБУЗ «Малгобекская ЦРБ»",
        ["cne", "ru"],
        None,
    ),
    7: (
        "Кабардино-Балкарской Республики",
        "Кабардино-Балкарской Республике",
        ["КБР", "Кабардино-Балкарская Респ.", "Кабардино-Балкария"],
        [
            ("г. Нальчик", "г. Нальчике", "Нальчик", "Нальчика", "360", "8662"),
            ("г. Баксан", "г. Баксане", "Баксан", "Баксана", "361", "86634"),
            ("г. Тырныауз", "г. Тырныаузе", "Тырныауз", "Тырныауза", "361", "86638"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Кабардинская", "Кабардинская"),
            ("пр-т Шогенцукова", "Шогенцукова"),
            ("ул. Головко", "Головко"),
        ],
        [
            ("с. Хасанья", "с. Хасанья", "г.о. Нальчик"),
            ("с. Нижний Черек", "с. Нижний Черек", "Урванский р-н"),
            ("с.п. Нартан", "с.п. Нартан", "Чегемский р-н"),
        ],
        "ГБУЗ «Прохладненская ЦРБ»",
        ["kav", "ru"],
        None,
    ),
    9: (
        "Карачаево-Черкесской Республики",
        "Карачаево-Черкесской Республике",
        ["КЧР", "Карачаево-Черкесия", "Карачаево-Черкесская Респ."],
        [
            ("г. Черкесск", "г. Черкесске", "Черкесск", "Черкесска", "369", "8782"),
            ("г. Карачаевск", "г. Карачаевске", "Карачаевск", "Карачаевска", "369", "87879"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Кавказская", "Кавказская"),
            ("ул. Умара Алиева", "У.Алиева"),
            ("ул. Советская", "Советская"),
        ],
        [
            ("а. Хабез", "а. Хабез", "Хабезский р-н"),
            ("ст-ца Зеленчукская", "ст-це Зеленчукской", "Зеленчукский р-н"),
            ("пос. Домбай", "пос. Домбай", "Карачаевский городской округ"),
        ],
        "РГБЛПУ «Усть-Джегутинская ЦРБ»",
        ["kav", "ru"],
        None,
    ),
    15: (
        "Республики Северная Осетия — Алания",
        "Республике Северная Осетия — Алания",
        ["РСО-Алания", "Северная Осетия", "РСО — Алания"],
        [
            ("г. Владикавказ", "г. Владикавказе", "Владикавказ", "Владикавказа", "362", "8672"),
            ("г. Моздок", "г. Моздоке", "Моздок", "Моздока", "363", "86736"),
        ],
        [
            ("пр-т Мира", "Мира"),
            ("ул. Маркуса", "Маркуса"),
            ("ул. Бородинская", "Бородинская"),
            ("пр-т Коста", "Коста"),
        ],
        [
            ("с. Гизель", "с. Гизель", "Пригородный р-н"),
            ("ст-ца Архонская", "ст-це Архонской", "Пригородный р-н"),
        ],
        "ГБУЗ «Моздокская ЦРБ»",
        ["oss", "ru"],
        None,
    ),
    20: (
        "Чеченской Республики",
        "Чеченской Республике",
        ["ЧР", "Чечня", "Чеченская Респ."],
        [
            ("г. Грозный", "г. Грозном", "Грозный", "Грозного", "364", "8712"),
            ("г. Гудермес", "г. Гудермесе", "Гудермес", "Гудермеса", "366", "87152"),
            ("г. Урус-Мартан", "г. Урус-Мартане", "Урус-Мартан", "Урус-Мартана", "366", "87145"),
        ],
        [
            ("пр-т Ахмата Кадырова", "А. Кадырова"),
            ("ул. Умара Садаева", "У. Садаева"),
            ("пр-т Исаева", "Исаева"),
            ("ул. Шейха Али Митаева", "Ш.А. Митаева"),
        ],
        [
            ("с. Ачхой-Мартан", "с. Ачхой-Мартан", "Ачхой-Мартановский р-н"),
            ("с. Бачи-Юрт", "с. Бачи-Юрт", "Курчалоевский р-н"),
            ("с. Ведено", "с. Ведено", "Веденский р-н"),
        ],
        "ГБУ «Гудермесская ЦРБ»",
        ["cne"],
        None,
    ),
    26: (
        "Ставропольского края",
        "Ставропольском крае",
        ["Ставропольский кр.", "СК", "Ставрополье"],
        [
            ("г. Ставрополь", "г. Ставрополе", "Ставрополь", "Ставрополя", "355", "8652"),
            ("г. Пятигорск", "г. Пятигорске", "Пятигорск", "Пятигорска", "357", "8793"),
            ("г. Кисловодск", "г. Кисловодске", "Кисловодск", "Кисловодска", "357", "87937"),
        ],
        [
            ("ул. Доваторцев", "Доваторцев"),
            ("ул. 50 лет ВЛКСМ", "50 лет ВЛКСМ"),
            ("пр-т Калинина", "Калинина"),
            ("пр-т Кирова", "Кирова"),
        ],
        [
            ("ст-ца Ессентукская", "ст-це Ессентукской", "Предгорный муниципальный округ"),
            ("с. Левокумское", "с. Левокумском", "Левокумский муниципальный округ"),
        ],
        "ГБУЗ СК «Будённовская РБ»",
        ["ru", "arm", "kav"],
        None,
    ),
    1: (
        "Республики Адыгея",
        "Республике Адыгея",
        ["РА", "Респ. Адыгея", "Адыгея"],
        [
            ("г. Майкоп", "г. Майкопе", "Майкоп", "Майкопа", "385", "8772"),
            ("пгт Яблоновский", "пгт Яблоновском", "Яблоновский", "Яблоновского", "385", "87771"),
        ],
        [
            ("ул. Пионерская", "Пионерская"),
            ("ул. Жуковского", "Жуковского"),
            ("ул. Шовгенова", "Шовгенова"),
            ("ул. Пушкина", "Пушкина"),
        ],
        [
            ("а. Хакуринохабль", "а. Хакуринохабль", "Шовгеновский р-н"),
            ("пос. Гузерипль", "пос. Гузерипль", "Майкопский р-н"),
            ("ст-ца Гиагинская", "ст-це Гиагинской", "Гиагинский р-н"),
        ],
        "ГБУЗ РА «Красногвардейская ЦРБ»",
        ["kav", "ru"],
        None,
    ),
    8: (
        "Республики Калмыкия",
        "Республике Калмыкия",
        ["РК", "Респ. Калмыкия", "Калмыкия"],
        [
            ("г. Элиста", "г. Элисте", "Элиста", "Элисты", "358", "84722"),
            ("г. Лагань", "г. Лагани", "Лагань", "Лагани", "359", "84733"),
        ],
        [
            ("ул. Пушкина", "Пушкина"),
            ("ул. Клыкова", "Клыкова"),
            ("ул. Ленина", "Ленина"),
            ("ул. Лермонтова", "Лермонтова"),
        ],
        [
            ("пос. Яшкуль", "пос. Яшкуль", "Яшкульский р-н"),
            ("пос. Цаган Аман", "пос. Цаган Аман", "Юстинский р-н"),
            ("с. Малые Дербеты", "с. Малые Дербеты", "Малодербетовский р-н"),
        ],
        "БУ РК «Яшкульская РБ»",
        ["kalm", "ru", "dag"],
        None,
    ),
    23: (
        "Краснодарского края",
        "Краснодарском крае",
        ["Краснодарский кр.", "КК", "Кубань"],
        [
            ("г. Краснодар", "г. Краснодаре", "Краснодар", "Краснодара", "350", "861"),
            ("г. Сочи", "г. Сочи", "Сочи", "Сочи", "354", "862"),
            ("г. Новороссийск", "г. Новороссийске", "Новороссийск", "Новороссийска", "353", "8617"),
        ],
        [
            ("ул. Красная", "Красная"),
            ("ул. Северная", "Северная"),
            ("ул. Навагинская", "Навагинская"),
            ("Курортный пр-т", "Курортный"),
        ],
        [
            ("ст-ца Каневская", "ст-це Каневской", "Каневский р-н"),
            ("х. Ленина", "х. Ленина", "г.о. Краснодар"),
            ("ст-ца Динская", "ст-це Динской", "Динской р-н"),
        ],
        "ГБУЗ «Тимашевская ЦРБ»",
        ["ru", "arm", "kav", "ca"],
        None,
    ),
    30: (
        "Астраханской области",
        "Астраханской области",
        ["Астраханская обл.", "Астр. обл."],
        [
            ("г. Астрахань", "г. Астрахани", "Астрахань", "Астрахани", "414", "8512"),
            ("г. Ахтубинск", "г. Ахтубинске", "Ахтубинск", "Ахтубинска", "416", "85141"),
        ],
        [
            ("ул. Ахматовская", "Ахматовская"),
            ("ул. Савушкина", "Савушкина"),
            ("ул. Татищева", "Татищева"),
            ("ул. Кирова", "Кирова"),
        ],
        [
            ("с. Красный Яр", "с. Красный Яр", "Красноярский р-н"),
            ("с. Икряное", "с. Икряное", "Икрянинский р-н"),
        ],
        "ГБУЗ АО «Харабалинская РБ»",
        ["ru", "ca", "tat", "kalm"],
        None,
    ),
    34: (
        "Волгоградской области",
        "Волгоградской области",
        ["Волгоградская обл.", "Волг. обл."],
        [
            ("г. Волгоград", "г. Волгограде", "Волгоград", "Волгограда", "400", "8442"),
            ("г. Волжский", "г. Волжском", "Волжский", "Волжского", "404", "8443"),
            ("г. Камышин", "г. Камышине", "Камышин", "Камышина", "403", "84457"),
        ],
        [
            ("ул. Землячки", "Землячки"),
            ("ул. Рабоче-Крестьянская", "Рабоче-Крестьянская"),
            ("пр-т Ленина", "Ленина"),
            ("ул. Циолковского", "Циолковского"),
        ],
        [
            ("ст-ца Клетская", "ст-це Клетской", "Клетский р-н"),
            ("рп Средняя Ахтуба", "рп Средняя Ахтуба", "Среднеахтубинский р-н"),
        ],
        "ГБУЗ «Урюпинская ЦРБ»",
        ["ru", "arm", "ca"],
        None,
    ),
    61: (
        "Ростовской области",
        "Ростовской области",
        ["Ростовская обл.", "Рост. обл.", "РО"],
        [
            (
                "г. Ростов-на-Дону",
                "г. Ростове-на-Дону",
                "Ростов-на-Дону",
                "Ростова-на-Дону",
                "344",
                "863",
            ),
            ("г. Таганрог", "г. Таганроге", "Таганрог", "Таганрога", "347", "8634"),
            ("г. Шахты", "г. Шахтах", "Шахты", "Шахт", "346", "8636"),
        ],
        [
            ("ул. Большая Садовая", "Б. Садовая"),
            ("пр-т Стачки", "Стачки"),
            ("ул. Пушкинская", "Пушкинская"),
            ("пер. Доломановский", "Доломановский"),
        ],
        [
            ("ст-ца Вёшенская", "ст-це Вёшенской", "Шолоховский р-н"),
            ("х. Недвиговка", "х. Недвиговка", "Мясниковский р-н"),
            ("сл. Большая Мартыновка", "сл. Большая Мартыновка", "Мартыновский р-н"),
        ],
        "МБУЗ «Новочеркасская ГБ»",
        ["ru", "ukr", "arm"],
        None,
    ),
    91: (
        "Республики Крым",
        "Республике Крым",
        ["Респ. Крым", "РК", "Крым"],
        [
            ("г. Симферополь", "г. Симферополе", "Симферополь", "Симферополя", "295", "3652"),
            ("г. Ялта", "г. Ялте", "Ялта", "Ялты", "298", "3654"),
            ("г. Евпатория", "г. Евпатории", "Евпатория", "Евпатории", "297", "36569"),
        ],
        [
            ("ул. Киевская", "Киевская"),
            ("ул. Кечкеметская", "Кечкеметская"),
            ("ул. Гоголя", "Гоголя"),
            ("пр-т Победы", "Победы"),
        ],
        [
            ("с. Мирное", "с. Мирное", "Симферопольский р-н"),
            ("пгт Черноморское", "пгт Черноморское", "Черноморский р-н"),
            ("с. Перевальное", "с. Перевальное", "Симферопольский р-н"),
        ],
        "ГБУЗ РК «Джанкойская ЦРБ»",
        ["crim", "ru", "ukr"],
        ["978"],
    ),
    92: (
        "г. Севастополя",
        "г. Севастополе",
        ["Севастополь", "г. Севастополь", "г.Севастополь"],
        [
            ("г. Севастополь", "г. Севастополе", "Севастополь", "Севастополя", "299", "8692"),
            ("г. Инкерман", "г. Инкермане", "Инкерман", "Инкермана", "299", "8692"),
        ],
        [
            ("пр-т Генерала Острякова", "Ген. Острякова"),
            ("ул. Большая Морская", "Б. Морская"),
            ("ул. Вакуленчука", "Вакуленчука"),
            ("ул. Хрюкина", "Хрюкина"),
        ],
        [
            ("пгт Кача", "пгт Кача", "Нахимовский муниципальный округ"),
            ("с. Орлиное", "с. Орлиное", "Орлиновский муниципальный округ"),
        ],
        "ГБУЗС «Городская больница № 9»",
        ["ru", "ukr", "crim"],
        ["978"],
    ),
    4: (
        "Республики Алтай",
        "Республике Алтай",
        ["Респ. Алтай", "РА", "Горный Алтай"],
        [
            (
                "г. Горно-Алтайск",
                "г. Горно-Алтайске",
                "Горно-Алтайск",
                "Горно-Алтайска",
                "649",
                "38822",
            )
        ],
        [
            ("Коммунистический пр-т", "Коммунистический"),
            ("ул. Чорос-Гуркина", "Чорос-Гуркина"),
            ("ул. Социалистическая", "Социалистическая"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("с. Онгудай", "с. Онгудае", "Онгудайский р-н"),
            ("с. Кош-Агач", "с. Кош-Агаче", "Кош-Агачский р-н"),
            ("с. Чемал", "с. Чемале", "Чемальский р-н"),
        ],
        "БУЗ РА «Онгудайская РБ»",
        ["alt", "ru", "ca"],
        None,
    ),
    17: (
        "Республики Тыва",
        "Республике Тыва",
        ["РТ", "Респ. Тыва", "Тува"],
        [
            ("г. Кызыл", "г. Кызыле", "Кызыл", "Кызыла", "667", "39422"),
            ("г. Ак-Довурак", "г. Ак-Довураке", "Ак-Довурак", "Ак-Довурака", "668", "39433"),
        ],
        [
            ("ул. Тувинских добровольцев", "Тув. добровольцев"),
            ("ул. Московская", "Московская"),
            ("ул. Калинина", "Калинина"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("с. Эрзин", "с. Эрзин", "Эрзинский кожуун"),
            ("с. Бай-Хаак", "с. Бай-Хаак", "Тандинский кожуун"),
            ("с. Мугур-Аксы", "с. Мугур-Аксы", "Монгун-Тайгинский кожуун"),
        ],
        "ГБУЗ РТ «Барун-Хемчикский ММЦ»",
        ["tuv"],
        None,
    ),
    19: (
        "Республики Хакасия",
        "Республике Хакасия",
        ["РХ", "Респ. Хакасия", "Хакасия"],
        [
            ("г. Абакан", "г. Абакане", "Абакан", "Абакана", "655", "3902"),
            ("г. Черногорск", "г. Черногорске", "Черногорск", "Черногорска", "655", "39031"),
            ("г. Саяногорск", "г. Саяногорске", "Саяногорск", "Саяногорска", "655", "39042"),
        ],
        [
            ("ул. Чертыгашева", "Чертыгашева"),
            ("ул. Пушкина", "Пушкина"),
            ("ул. Дружбы Народов", "Дружбы Народов"),
            ("ул. Советская", "Советская"),
        ],
        [("с. Бея", "с. Бея", "Бейский р-н"), ("с. Таштып", "с. Таштып", "Таштыпский р-н")],
        "ГБУЗ РХ «Боградская РБ»",
        ["alt", "ru"],
        None,
    ),
    22: (
        "Алтайского края",
        "Алтайском крае",
        ["Алтайский кр.", "АК"],
        [
            ("г. Барнаул", "г. Барнауле", "Барнаул", "Барнаула", "656", "3852"),
            ("г. Бийск", "г. Бийске", "Бийск", "Бийска", "659", "3854"),
            ("г. Рубцовск", "г. Рубцовске", "Рубцовск", "Рубцовска", "658", "38557"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Малахова", "Малахова"),
            ("Павловский тракт", "Павловский тракт"),
            ("ул. Попова", "Попова"),
        ],
        [
            ("с. Шелаболиха", "с. Шелаболихе", "Шелаболихинский р-н"),
            ("с. Сростки", "с. Сростках", "Бийский р-н"),
        ],
        "КГБУЗ «Каменская ЦРБ»",
        ["ru", "ger", "ca"],
        None,
    ),
    24: (
        "Красноярского края",
        "Красноярском крае",
        ["Красноярский кр.", "Красн. край"],
        [
            ("г. Красноярск", "г. Красноярске", "Красноярск", "Красноярска", "660", "391"),
            ("г. Норильск", "г. Норильске", "Норильск", "Норильска", "663", "3919"),
        ],
        [
            ("ул. Партизана Железняка", "П. Железняка"),
            ("пр-т Мира", "Мира"),
            ("ул. 78-й Добровольческой бригады", "78 Добровольческой бригады"),
            ("ул. Карла Маркса", "К. Маркса"),
        ],
        [
            ("п. Тура", "п. Туре", "Эвенкийский муниципальный р-н"),
            ("с. Хатанга", "с. Хатанге", "Таймырский Долгано-Ненецкий муниципальный р-н"),
            ("с. Туруханск", "с. Туруханске", "Туруханский р-н"),
        ],
        "КГБУЗ «Лесосибирская МБ»",
        ["ru", "north", "tuv"],
        None,
    ),
    38: (
        "Иркутской области",
        "Иркутской области",
        ["Иркутская обл.", "Ирк. обл."],
        [
            ("г. Иркутск", "г. Иркутске", "Иркутск", "Иркутска", "664", "3952"),
            ("г. Ангарск", "г. Ангарске", "Ангарск", "Ангарска", "665", "3955"),
            ("г. Братск", "г. Братске", "Братск", "Братска", "665", "3953"),
        ],
        [
            ("ул. Байкальская", "Байкальская"),
            ("ул. Лермонтова", "Лермонтова"),
            ("ул. Карла Маркса", "К.Маркса"),
            ("ул. Советская", "Советская"),
        ],
        [
            ("пос. Усть-Ордынский", "пос. Усть-Ордынском", "Эхирит-Булагатский р-н"),
            ("с. Ербогачён", "с. Ербогачёне", "Катангский р-н"),
        ],
        "ОГБУЗ «Тайшетская РБ»",
        ["ru", "bur"],
        None,
    ),
    42: (
        "Кемеровской области — Кузбасса",
        "Кемеровской области — Кузбассе",
        ["Кузбасс", "Кемеровская обл.", "Кемер. обл. — Кузбасс"],
        [
            ("г. Кемерово", "г. Кемерово", "Кемерово", "Кемерово", "650", "3842"),
            ("г. Новокузнецк", "г. Новокузнецке", "Новокузнецк", "Новокузнецка", "654", "3843"),
            (
                "г. Междуреченск",
                "г. Междуреченске",
                "Междуреченск",
                "Междуреченска",
                "652",
                "38475",
            ),
        ],
        [
            ("Советский пр-т", "Советский"),
            ("ул. Терешковой", "Терешковой"),
            ("пр-т Металлургов", "Металлургов"),
            ("ул. Кирова", "Кирова"),
        ],
        [
            ("пгт Шерегеш", "пгт Шерегеш", "Таштагольский муниципальный р-н"),
            ("пгт Промышленная", "пгт Промышленная", "Промышленновский муниципальный округ"),
        ],
        "ГБУЗ «Анжеро-Судженская ГБ»",
        ["ru", "alt", "tat"],
        None,
    ),
    54: (
        "Новосибирской области",
        "Новосибирской области",
        ["Новосибирская обл.", "НСО", "Новосиб. обл."],
        [
            ("г. Новосибирск", "г. Новосибирске", "Новосибирск", "Новосибирска", "630", "383"),
            ("г. Бердск", "г. Бердске", "Бердск", "Бердска", "633", "38341"),
            ("рп Кольцово", "рп Кольцово", "Кольцово", "Кольцово", "630", "383"),
        ],
        [
            ("Красный пр-т", "Красный"),
            ("ул. Немировича-Данченко", "Немировича-Данченко"),
            ("ул. Фрунзе", "Фрунзе"),
            ("ул. Пирогова", "Пирогова"),
        ],
        [
            ("рп Краснообск", "рп Краснообске", "Новосибирский р-н"),
            ("с. Убинское", "с. Убинском", "Убинский р-н"),
        ],
        "ГБУЗ НСО «Бердская ЦГБ»",
        ["ru", "ger", "ca"],
        None,
    ),
    70: (
        "Томской области",
        "Томской области",
        ["Томская обл.", "Том. обл.", "ТО"],
        [
            ("г. Томск", "г. Томске", "Томск", "Томска", "634", "3822"),
            ("г. Северск", "г. Северске", "Северск", "Северска", "636", "3823"),
            ("г. Стрежевой", "г. Стрежевом", "Стрежевой", "Стрежевого", "636", "38259"),
        ],
        [
            ("пр-т Ленина", "Ленина"),
            ("ул. Киевская", "Киевская"),
            ("ул. Учебная", "Учебная"),
            ("Иркутский тракт", "Иркутский тр."),
        ],
        [
            ("с. Каргасок", "с. Каргаске", "Каргасокский р-н"),
            ("с. Парабель", "с. Парабели", "Парабельский р-н"),
        ],
        "ОГАУЗ «Асиновская РБ»",
        ["ru", "north", "tat"],
        None,
    ),
    3: (
        "Республики Бурятия",
        "Республике Бурятия",
        ["РБ", "Респ. Бурятия", "Бурятия"],
        [
            ("г. Улан-Удэ", "г. Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "670", "3012"),
            (
                "г. Северобайкальск",
                "г. Северобайкальске",
                "Северобайкальск",
                "Северобайкальска",
                "671",
                "30130",
            ),
        ],
        [
            ("пр-т Строителей", "Строителей"),
            ("ул. Терешковой", "Терешковой"),
            ("ул. Бабушкина", "Бабушкина"),
            ("ул. Жердева", "Жердева"),
        ],
        [
            ("с. Иволгинск", "с. Иволгинске", "Иволгинский р-н"),
            ("с. Орлик", "с. Орлике", "Окинский р-н"),
            ("с. Мухоршибирь", "с. Мухоршибири", "Мухоршибирский р-н"),
        ],
        "ГБУЗ «Кяхтинская ЦРБ»",
        ["bur", "ru"],
        None,
    ),
    14: (
        "Республики Саха (Якутия)",
        "Республике Саха (Якутия)",
        ["РС(Я)", "Якутия", "Республика Саха"],
        [
            ("г. Якутск", "г. Якутске", "Якутск", "Якутска", "677", "4112"),
            ("г. Мирный", "г. Мирном", "Мирный", "Мирного", "678", "41136"),
        ],
        [
            ("ул. Курашова", "Курашова"),
            ("ул. Аммосова", "Аммосова"),
            ("пр-т Ленина", "Ленина"),
            ("ул. Лермонтова", "Лермонтова"),
        ],
        [
            ("с. Бердигестях", "с. Бердигестяхе", "Горный улус"),
            ("с. Майя", "с. Майе", "Мегино-Кангаласский улус"),
            ("пгт Чокурдах", "пгт Чокурдахе", "Аллаиховский улус"),
            ("с. Саскылах", "с. Саскылахе", "Анабарский национальный (долгано-эвенкийский) улус"),
        ],
        "ГБУ РС(Я) «Вилюйская ЦРБ»",
        ["north", "ru"],
        None,
    ),
    25: (
        "Приморского края",
        "Приморском крае",
        ["Приморский кр.", "Приморье", "ПК"],
        [
            ("г. Артём", "г. Артёме", "Артём", "Артёма", "692", "42337"),
            (
                "г. Спасск-Дальний",
                "г. Спасске-Дальнем",
                "Спасск-Дальний",
                "Спасска-Дальнего",
                "692",
                "42352",
            ),
            ("г. Владивосток", "г. Владивостоке", "Владивосток", "Владивостока", "690", "423"),
        ],
        [
            ("ул. Русская", "Русская"),
            ("ул. Адмирала Фокина", "Адм. Фокина"),
            ("ул. Снеговая", "Снеговая"),
            ("ул. Кирова", "Кирова"),
        ],
        [
            ("с. Чугуевка", "с. Чугуевке", "Чугуевский муниципальный округ"),
            ("пгт Славянка", "пгт Славянке", "Хасанский муниципальный округ"),
            ("пгт Лучегорск", "пгт Лучегорске", "Пожарский муниципальный округ"),
        ],
        "КГБУЗ «Дальнегорская ЦГБ»",
        ["ru", "kor", "ca"],
        None,
    ),
    27: (
        "Хабаровского края",
        "Хабаровском крае",
        ["Хабаровский кр.", "Хаб. кр.", "ХК"],
        [
            ("г. Хабаровск", "г. Хабаровске", "Хабаровск", "Хабаровска", "680", "4212"),
            ("г. Амурск", "г. Амурске", "Амурск", "Амурска", "682", "42142"),
            (
                "г. Николаевск-на-Амуре",
                "г. Николаевске-на-Амуре",
                "Николаевск-на-Амуре",
                "Николаевска-на-Амуре",
                "682",
                "42135",
            ),
        ],
        [
            ("ул. Ким Ю Чена", "Ким Ю Чена"),
            ("ул. Краснодарская", "Краснодарская"),
            ("Амурский б-р", "Амурский бульвар"),
            ("ул. Карла Маркса", "К. Маркса"),
        ],
        [
            ("с. Богородское", "с. Богородском", "Ульчский р-н"),
            ("рп Чегдомын", "рп Чегдомын", "Верхнебуреинский р-н"),
            ("с. Аян", "с. Аяне", "Аяно-Майский р-н"),
        ],
        "КГБУЗ «Бикинская ЦРБ»",
        ["ru", "kor", "north"],
        None,
    ),
    28: (
        "Амурской области",
        "Амурской области",
        ["Амурская обл.", "Амур. обл."],
        [
            ("г. Благовещенск", "г. Благовещенске", "Благовещенск", "Благовещенска", "675", "4162"),
            ("г. Циолковский", "г. Циолковском", "Циолковский", "Циолковского", "676", "41653"),
            ("г. Тында", "г. Тынде", "Тында", "Тынды", "676", "41656"),
        ],
        [
            ("ул. Горького", "Горького"),
            ("ул. Зейская", "Зейская"),
            ("ул. Пионерская", "Пионерская"),
            ("ул. Амурская", "Амурская"),
        ],
        [
            ("с. Тамбовка", "с. Тамбовке", "Тамбовский муниципальный округ"),
            ("с. Бомнак", "с. Бомнаке", "Зейский р-н"),
        ],
        "ГБУЗ АО «Тындинская больница»",
        ["ru", "ca", "north"],
        None,
    ),
    41: (
        "Камчатского края",
        "Камчатском крае",
        ["Камчатский кр.", "Камчатка", "КК"],
        [
            (
                "г. Петропавловск-Камчатский",
                "г. Петропавловске-Камчатском",
                "Петропавловск-Камчатский",
                "Петропавловска-Камчатского",
                "683",
                "4152",
            ),
            ("г. Елизово", "г. Елизово", "Елизово", "Елизово", "684", "41531"),
            ("г. Вилючинск", "г. Вилючинске", "Вилючинск", "Вилючинска", "684", "41535"),
        ],
        [
            ("ул. Ленинская", "Ленинская"),
            ("пр-т Победы", "Победы"),
            ("ул. Ватутина", "Ватутина"),
            ("ул. Владивостокская", "Владивостокская"),
        ],
        [
            ("с. Мильково", "с. Мильково", "Мильковский муниципальный округ"),
            ("с. Тигиль", "с. Тигиле", "Тигильский р-н"),
            ("с. Никольское", "с. Никольском", "Алеутский муниципальный округ"),
        ],
        "ГБУЗ КК «Усть-Камчатская РБ»",
        ["ru", "north"],
        None,
    ),
    65: (
        "Сахалинской области",
        "Сахалинской области",
        ["Сахалинская обл.", "Сах. обл."],
        [
            (
                "г. Южно-Сахалинск",
                "г. Южно-Сахалинске",
                "Южно-Сахалинск",
                "Южно-Сахалинска",
                "693",
                "4242",
            ),
            ("г. Корсаков", "г. Корсакове", "Корсаков", "Корсакова", "694", "42435"),
            ("г. Оха", "г. Охе", "Оха", "Охи", "694", "42437"),
        ],
        [
            ("Коммунистический пр-т", "Коммунистический"),
            ("ул. Ленина", "Ленина"),
            ("пр-т Мира", "Мира"),
            ("ул. Сахалинская", "Сахалинская"),
        ],
        [
            ("пгт Южно-Курильск", "пгт Южно-Курильске", "Южно-Курильский городской округ"),
            ("с. Крабозаводское", "с. Крабозаводском", "Южно-Курильский городской округ"),
            ("пгт Смирных", "пгт Смирных", "Смирныховский городской округ"),
        ],
        "ГБУЗ «Поронайская ЦРБ»",
        ["ru", "kor"],
        None,
    ),
    75: (
        "Забайкальского края",
        "Забайкальском крае",
        ["Забайкальский кр.", "Забайкалье", "ЗК"],
        [
            ("г. Чита", "г. Чите", "Чита", "Читы", "672", "3022"),
            ("г. Борзя", "г. Борзе", "Борзя", "Борзи", "674", "30233"),
            (
                "г. Краснокаменск",
                "г. Краснокаменске",
                "Краснокаменск",
                "Краснокаменска",
                "674",
                "30245",
            ),
        ],
        [
            ("ул. Бабушкина", "Бабушкина"),
            ("ул. Амурская", "Амурская"),
            ("ул. Журавлёва", "Журавлева"),
            ("ул. Ленина", "Ленина"),
        ],
        [
            ("с. Кыра", "с. Кыре", "Кыринский муниципальный округ"),
            ("с. Дульдурга", "с. Дульдурге", "Дульдургинский муниципальный округ"),
            ("пгт Карымское", "пгт Карымском", "Карымский р-н"),
        ],
        "ГУЗ «Петровск-Забайкальская ЦРБ»",
        ["bur", "ru"],
        None,
    ),
    79: (
        "Еврейской автономной области",
        "Еврейской автономной области",
        ["ЕАО", "Еврейская АО", "Еврейская авт. обл."],
        [
            ("г. Биробиджан", "г. Биробиджане", "Биробиджан", "Биробиджана", "679", "42622"),
            ("г. Облучье", "г. Облучье", "Облучье", "Облучья", "679", "42666"),
        ],
        [
            ("ул. Шолом-Алейхема", "Шолом-Алейхема"),
            ("пр-т 60-летия СССР", "60-летия СССР"),
            ("ул. Пионерская", "Пионерская"),
            ("ул. Советская", "Советская"),
        ],
        [
            ("с. Амурзет", "с. Амурзете", "Октябрьский р-н"),
            ("с. Валдгейм", "с. Валдгейме", "Биробиджанский р-н"),
            ("пгт Николаевка", "пгт Николаевке", "Смидовичский р-н"),
        ],
        "ОГБУЗ «Облученская РБ»",
        ["ru", "kor", "ukr"],
        None,
    ),
    87: (
        "Чукотского автономного округа",
        "Чукотском автономном округе",
        ["ЧАО", "Чукотка", "Чукотский АО"],
        [
            ("г. Анадырь", "г. Анадыре", "Анадырь", "Анадыря", "689", "42722"),
            ("г. Певек", "г. Певеке", "Певек", "Певека", "689", "42737"),
            ("г. Билибино", "г. Билибино", "Билибино", "Билибино", "689", "42738"),
        ],
        [
            ("ул. Ленина", "Ленина"),
            ("ул. Мира", "Мира"),
            ("ул. Полярная", "Полярная"),
            ("ул. Рультытегина", "Рультытегина"),
        ],
        [
            ("с. Лаврентия", "с. Лаврентия", "Чукотский р-н"),
            ("с. Уэлен", "с. Уэлен", "Чукотский р-н"),
            ("с. Ванкарем", "с. Ванкарем", "Иультинский р-н"),
            ("с. Мейныпильгыно", "с. Мейныпильгыно", "Анадырский р-н"),
        ],
        "филиал «Билибинская районная больница» ГБУЗ «ЧОБ»",
        ["north", "ru"],
        None,
    ),
    93: (
        "Донецкой Народной Республики",
        "Донецкой Народной Республике",
        ["ДНР", "Донецкая Народная Респ.", "ДНР РФ"],
        [
            ("г. Донецк", "г. Донецке", "Донецк", "Донецка", "283", "856"),
            ("г. Макеевка", "г. Макеевке", "Макеевка", "Макеевки", "286", "856"),
            ("г. Амвросиевка", "г. Амвросиевке", "Амвросиевка", "Амвросиевки", "287", "856"),
        ],
        [
            ("ул. Артёма", "Артема"),
            ("б-р Пушкина", "бул. Пушкина"),
            ("пр-т Ильича", "Ильича"),
            ("ул. Университетская", "Университетская"),
        ],
        [
            ("пгт Старобешево", "пгт Старобешево", "Старобешевский муниципальный округ"),
            ("с. Седово", "с. Седово", "Новоазовский муниципальный округ"),
        ],
        "ГБУ «Шахтёрская ЦРБ»",
        ["newr", "ru"],
        ["949"],
    ),
    94: (
        "Луганской Народной Республики",
        "Луганской Народной Республике",
        ["ЛНР", "Луганская Народная Респ."],
        [
            ("г. Луганск", "г. Луганске", "Луганск", "Луганска", "291", "857"),
            ("г. Алчевск", "г. Алчевске", "Алчевск", "Алчевска", "294", "857"),
            ("г. Ровеньки", "г. Ровеньках", "Ровеньки", "Ровеньков", "294", "857"),
        ],
        [
            ("ул. Оборонная", "Оборонная"),
            ("ул. Советская", "Советская"),
            ("ул. Херсонская", "Херсонская"),
            ("ул. Коцюбинского", "Коцюбинского"),
        ],
        [
            ("пгт Новоайдар", "пгт Новоайдаре", "Новоайдарский муниципальный округ"),
            (
                "пгт Станица Луганская",
                "пгт Станица Луганская",
                "Станично-Луганский муниципальный округ",
            ),
        ],
        "ГБУ ЛНР «Антрацитовская ЦГМБ»",
        ["newr", "ru"],
        ["959"],
    ),
    90: (
        "Запорожской области",
        "Запорожской области",
        ["Запорожская обл.", "Запор. обл."],
        [
            ("г. Мелитополь", "г. Мелитополе", "Мелитополь", "Мелитополя", "272", "8619"),
            ("г. Бердянск", "г. Бердянске", "Бердянск", "Бердянска", "271", "8615"),
        ],
        [
            ("ул. Ломоносова", "Ломоносова"),
            ("пр-т Богдана Хмельницкого", "Б. Хмельницкого"),
            ("ул. Дзержинского", "Дзержинского"),
            ("ул. Кирова", "Кирова"),
        ],
        [
            ("пгт Акимовка", "пгт Акимовке", "Акимовский муниципальный округ"),
            ("пгт Приазовское", "пгт Приазовском", "Приазовский муниципальный округ"),
        ],
        "ГБУЗ «Токмакская ЦРБ»",
        ["newr", "ru"],
        ["990"],
    ),
    99: (
        "г. Байконура",
        "г. Байконуре",
        ["г. Байконур", "Байконур"],
        [("г. Байконур", "г. Байконуре", "Байконур", "Байконура", "468", "33622")],
        [
            ("ул. Гагарина", "Гагарина"),
            ("ул. Янгеля", "Янгеля"),
            ("пр-т Королёва", "Королева"),
            ("ул. Носова", "Носова"),
        ],
        [
            ("пос. Тюратам", "пос. Тюратаме", "комплекс «Байконур»"),
            ("пос. Акай", "пос. Акае", "комплекс «Байконур»"),
        ],
        "ФГБУЗ «ЦМСЧ № 1 ФМБА России» (Байконур)",
        ["ru", "ca"],
        None,
    ),
}


# ---------------------------------------------------------------- people (fresh for corpus 16)
# Name groups of the peoples of every federal district: (surnames, men's first names, women's
# first names, patronymic stems). A region draws from its own groups (``R16``, 8th field).
GROUPS16: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "ru": (
        [
            "Белоусов",
            "Гончаров",
            "Дорофеев",
            "Ермаков",
            "Журавлёв",
            "Зимин",
            "Калинин",
            "Лапшин",
            "Мухин",
            "Рожков",
            "Сафонов",
            "Трофимов",
            "Уваров",
            "Фомин",
            "Чистяков",
            "Шилов",
            "Щукин",
            "Ярцев",
            "Воронцов",
            "Кудрявцев",
            "Елисеев",
            "Гущин",
            "Пастухов",
            "Зуев",
            "Голованов",
            "Ракитин",
            "Суханов",
            "Тетерин",
        ],
        [
            "Алексей",
            "Андрей",
            "Виктор",
            "Денис",
            "Игорь",
            "Максим",
            "Николай",
            "Олег",
            "Павел",
            "Роман",
            "Степан",
            "Юрий",
            "Григорий",
            "Фёдор",
            "Матвей",
            "Леонид",
        ],
        [
            "Анна",
            "Валентина",
            "Галина",
            "Дарья",
            "Елена",
            "Жанна",
            "Зоя",
            "Инна",
            "Лариса",
            "Маргарита",
            "Нина",
            "Ольга",
            "Раиса",
            "Светлана",
            "Татьяна",
            "Юлия",
            "Мария",
            "Наталья",
        ],
        [
            "Алексеев",
            "Андреев",
            "Викторов",
            "Николаев",
            "Олегов",
            "Павлов",
            "Романов",
            "Юрьев",
            "Григорьев",
            "Фёдоров",
            "Степанов",
            "Игорев",
            "Леонидов",
            "Сергеев",
        ],
    ),
    "ukr": (
        [
            "Ковальчук",
            "Бондаренко",
            "Шевчук",
            "Ткаченко",
            "Мельничук",
            "Гриценко",
            "Литвиненко",
            "Савчук",
            "Руденко",
            "Головко",
            "Бойко",
            "Онищенко",
        ],
        ["Тарас", "Богдан", "Владислав", "Ярослав", "Станислав", "Виталий", "Остап"],
        ["Оксана", "Олеся", "Богдана", "Ярослава", "Виктория", "Алина", "Галина"],
        ["Тарасов", "Богданов", "Ярославов", "Станиславов", "Витальев", "Петров", "Иванов"],
    ),
    "newr": (
        [
            "Ковтун",
            "Гриценко",
            "Литвиненко",
            "Павленко",
            "Симоненко",
            "Ткачук",
            "Савчук",
            "Руденко",
            "Головко",
            "Мирошниченко",
            "Захарченко",
            "Пасечник",
            "Кравчук",
            "Дьяченко",
        ],
        ["Владислав", "Виталий", "Богдан", "Ярослав", "Станислав", "Тарас", "Евгений", "Артур"],
        ["Оксана", "Олеся", "Виктория", "Алина", "Богдана", "Ярослава", "Людмила", "Снежана"],
        ["Владимиров", "Витальев", "Богданов", "Ярославов", "Станиславов", "Тарасов", "Евгеньев"],
    ),
    "tat": (
        [
            "Хайруллин",
            "Галиуллин",
            "Сабиров",
            "Мингазов",
            "Зарипов",
            "Абдрахманов",
            "Ишмухаметов",
            "Юсупов",
            "Валиев",
            "Ахметзянов",
            "Мустафин",
            "Гарифуллин",
            "Шайхутдинов",
            "Байрамгулов",
            "Кильдибеков",
            "Насыров",
        ],
        [
            "Ильдар",
            "Рустам",
            "Айдар",
            "Ринат",
            "Марат",
            "Азат",
            "Тимур",
            "Салават",
            "Ильнур",
            "Дамир",
            "Рафаэль",
            "Фаниль",
        ],
        [
            "Гульнара",
            "Альфия",
            "Резеда",
            "Лейсан",
            "Гузель",
            "Айгуль",
            "Эльмира",
            "Зульфия",
            "Алсу",
            "Ризида",
            "Лилия",
        ],
        [
            "Ильдаров",
            "Рустамов",
            "Ринатов",
            "Маратов",
            "Азатов",
            "Фаритов",
            "Рашитов",
            "Салаватов",
            "Ильясов",
        ],
    ),
    "cne": (
        [
            "Магомадов",
            "Дудаев",
            "Исмаилов",
            "Эльмурзаев",
            "Вахаев",
            "Хасуев",
            "Мусаев",
            "Евлоев",
            "Костоев",
            "Мальсагов",
            "Барахоев",
            "Оздоев",
            "Цечоев",
            "Яндиев",
            "Гайрбеков",
        ],
        [
            "Ахмед",
            "Ислам",
            "Зелимхан",
            "Шамиль",
            "Руслан",
            "Адам",
            "Хамзат",
            "Магомед",
            "Ибрагим",
            "Бекхан",
            "Муслим",
            "Бислан",
        ],
        [
            "Хава",
            "Зарема",
            "Мадина",
            "Петимат",
            "Седа",
            "Луиза",
            "Хеда",
            "Малика",
            "Макка",
            "Зулихан",
            "Лейла",
        ],
        [
            "Ахмедов",
            "Исламов",
            "Шамилев",
            "Русланов",
            "Адамов",
            "Магомедов",
            "Ибрагимов",
            "Усманов",
            "Саидов",
            "Вахаев",
        ],
    ),
    "dag": (
        [
            "Магомедов",
            "Гаджиев",
            "Абдуллаев",
            "Алиев",
            "Омаров",
            "Рамазанов",
            "Курбанов",
            "Гасанов",
            "Шихсаидов",
            "Нурмагомедов",
            "Алибеков",
            "Эмирбеков",
            "Ахмедханов",
            "Казимагомедов",
            "Бийболатов",
            "Гамзатов",
            "Сулейманов",
            "Джабраилов",
        ],
        [
            "Магомед",
            "Гаджи",
            "Расул",
            "Арсен",
            "Абдулла",
            "Камиль",
            "Рамазан",
            "Гусейн",
            "Шамиль",
            "Муртазали",
            "Нурмагомед",
        ],
        [
            "Патимат",
            "Айшат",
            "Зухра",
            "Марьям",
            "Написат",
            "Хадижат",
            "Саида",
            "Джамиля",
            "Умукусум",
            "Аминат",
            "Сакинат",
        ],
        [
            "Магомедов",
            "Гаджиев",
            "Расулов",
            "Арсенов",
            "Абдуллаев",
            "Рамазанов",
            "Гусейнов",
            "Шамилев",
            "Алиев",
            "Омаров",
        ],
    ),
    "kav": (
        [
            "Кушхов",
            "Шогенов",
            "Тхагапсоев",
            "Бжахов",
            "Кодзоков",
            "Карданов",
            "Этезов",
            "Гуртуев",
            "Байчоров",
            "Узденов",
            "Эбзеев",
            "Хуажев",
            "Тхакушинов",
            "Шхалахов",
            "Хатков",
            "Ачмизов",
            "Чомаев",
            "Тохтамышев",
        ],
        [
            "Аслан",
            "Мурат",
            "Беслан",
            "Казбек",
            "Хасан",
            "Азамат",
            "Анзор",
            "Альберт",
            "Заур",
            "Кемал",
            "Ахмат",
        ],
        [
            "Фатима",
            "Залина",
            "Марина",
            "Мадина",
            "Асият",
            "Сусанна",
            "Римма",
            "Лаура",
            "Фатимат",
            "Зарина",
        ],
        [
            "Асланов",
            "Муратов",
            "Бесланов",
            "Казбеков",
            "Хасанов",
            "Азаматов",
            "Анзоров",
            "Альбертов",
            "Зауров",
            "Хызиров",
        ],
    ),
    "oss": (
        [
            "Дзагоев",
            "Кокоев",
            "Гагиев",
            "Цаликов",
            "Тедеев",
            "Кокойты",
            "Габараев",
            "Дзасохов",
            "Бероев",
            "Хетагуров",
            "Цагараев",
            "Гаглоев",
            "Дзгоев",
            "Мамсуров",
        ],
        [
            "Алан",
            "Сослан",
            "Тамерлан",
            "Батраз",
            "Георгий",
            "Аслан",
            "Казбек",
            "Таймураз",
            "Азамат",
            "Хетаг",
        ],
        ["Залина", "Алана", "Дзерасса", "Мадина", "Фатима", "Зарина", "Ирина", "Бэла", "Агунда"],
        [
            "Аланов",
            "Сосланов",
            "Таймуразов",
            "Батразов",
            "Георгиев",
            "Казбеков",
            "Хетагов",
            "Эльбрусов",
        ],
    ),
    "vfu": (
        [
            "Ямбаршев",
            "Айплатов",
            "Ялдыгин",
            "Корепанов",
            "Перевощиков",
            "Вострокнутов",
            "Бекмеметьев",
            "Кижеватов",
            "Пиксаев",
            "Канев",
            "Артеев",
            "Игушев",
            "Мезенцев",
            "Ремшуев",
            "Ендеров",
            "Кульдиков",
            "Тяпкин",
            "Шкляев",
        ],
        [
            "Аркадий",
            "Валерий",
            "Ефим",
            "Трофим",
            "Эрик",
            "Владимир",
            "Герман",
            "Семён",
            "Геннадий",
            "Кузьма",
        ],
        [
            "Ульяна",
            "Зинаида",
            "Алевтина",
            "Эвелина",
            "Ираида",
            "Надежда",
            "Люция",
            "Лидия",
            "Анастасия",
            "Нелли",
        ],
        ["Валерьев", "Ефимов", "Аркадьев", "Трофимов", "Германов", "Семёнов", "Геннадьев"],
    ),
    "alt": (
        [
            "Тадыев",
            "Кыдыев",
            "Ялбаков",
            "Чендыев",
            "Кыжинаев",
            "Сагалаков",
            "Кискоров",
            "Тюмеров",
            "Тохтонов",
            "Боксуров",
        ],
        ["Аржан", "Амыр", "Эзендей", "Айдар", "Эркемен", "Алтай"],
        ["Айана", "Чейнеш", "Сайзана", "Аруна", "Эмилия"],
        ["Аржанов", "Амыров", "Эзендеев", "Алексеев", "Алтаев"],
    ),
    "tuv": (
        ["Сат", "Салчак", "Хомушку", "Ховалыг", "Саая", "Ондар", "Ооржак", "Тюлюш"],
        ["Айдыс", "Сайын", "Аяс", "Шолбан", "Чингис", "Буян"],
        ["Долаана", "Чодураа", "Айлана", "Урана", "Шенне"],
        ["Сайынов", "Шолбанов", "Аясов", "Кара-оолов", "Маадыров"],
    ),
    "bur": (
        ["Цыдыпов", "Бадмаев", "Очиров", "Жамсуев", "Раднаев", "Санжиев", "Цыренов", "Дашицыренов"],
        ["Бато", "Дамдин", "Тумэн", "Баатр", "Жаргал", "Баир"],
        ["Оюна", "Сэсэгма", "Аюна", "Эржена", "Туяна", "Дарима"],
        ["Дамдинов", "Бадмаев", "Очиров", "Доржиев", "Цыренов", "Баторов"],
    ),
    "north": (
        [
            "Аммосов",
            "Атласов",
            "Винокуров",
            "Увачан",
            "Молданов",
            "Сопочин",
            "Тарлин",
            "Ерныхов",
            "Чуприн",
            "Портнягин",
            "Дьяконов",
            "Неустроев",
            "Рультытегин",
            "Кергильвов",
            "Вэкэт",
            "Ябтунэ",
        ],
        ["Айсен", "Уйгун", "Мичил", "Эрхан", "Дархан", "Ньюргустан", "Алгыс", "Тускун"],
        ["Айталина", "Сардана", "Кэскилэ", "Нюргуяна", "Туяра", "Айыына", "Уруй", "Сайнара"],
        ["Егоров", "Мичилов", "Уйгунов", "Гаврильев", "Спиридонов", "Иннокентьев", "Прокопьев"],
    ),
    "kalm": (
        [
            "Эрдниев",
            "Манджиев",
            "Сангаджиев",
            "Убушаев",
            "Мучкаев",
            "Бадмаев",
            "Очиров",
            "Шургучиев",
        ],
        ["Санджи", "Эрдни", "Бадма", "Мерген", "Церен", "Очир"],
        ["Гиляна", "Кермен", "Байрта", "Делгир", "Саглар"],
        ["Санджиев", "Бадмаев", "Мергенов", "Церенов", "Очиров"],
    ),
    "arm": (
        [
            "Петросян",
            "Аветисян",
            "Саркисян",
            "Оганесян",
            "Хачатурян",
            "Григорян",
            "Пападопулос",
            "Ксенофонтов",
        ],
        ["Арсен", "Ашот", "Левон", "Артур", "Карен", "Георгий"],
        ["Нарине", "Анаит", "Гаяне", "Лусине", "Елена"],
        ["Арсенов", "Ашотов", "Левонов", "Артуров", "Каренов", "Георгиев"],
    ),
    "crim": (
        ["Умеров", "Меметов", "Аблаев", "Сейтаблаев", "Кидирниязов", "Велиляев", "Абдураманов"],
        ["Эдем", "Рустем", "Сервер", "Энвер", "Ленур", "Эскендер"],
        ["Эльвина", "Зарема", "Эльмаз", "Ление", "Алие"],
        ["Эдемов", "Рустемов", "Серверов", "Энверов", "Ленуров"],
    ),
    "ca": (
        [
            "Каримов",
            "Рахимов",
            "Турсунов",
            "Нурматов",
            "Абдуллоев",
            "Мирзоев",
            "Саидов",
            "Жумабаев",
            "Токтогулов",
            "Назаров",
            "Кенжебаев",
            "Ахмедов",
            "Эргашев",
            "Холматов",
        ],
        [
            "Алишер",
            "Бахтиёр",
            "Бобур",
            "Жасур",
            "Ерлан",
            "Азамат",
            "Улан",
            "Мирзо",
            "Шухрат",
            "Санжар",
        ],
        [
            "Гулнора",
            "Шахноза",
            "Малика",
            "Нигора",
            "Айгерим",
            "Жанар",
            "Динара",
            "Зарина",
            "Мехриниссо",
        ],
        [
            "Алишеров",
            "Бахтиёров",
            "Бобуров",
            "Ерланов",
            "Жасуров",
            "Каримов",
            "Рахимов",
            "Шухратов",
        ],
    ),
    "kor": (
        ["Ким", "Пак", "Цой", "Ли", "Югай", "Тян", "Хегай", "Нам"],
        ["Виктор", "Эдуард", "Вячеслав", "Геннадий", "Роберт", "Валерий"],
        ["Светлана", "Лариса", "Инна", "Анжела", "Марина", "Евгения"],
        ["Николаев", "Владимиров", "Борисов", "Эдуардов", "Сергеев"],
    ),
    "ger": (
        ["Шмидт", "Вебер", "Риффель", "Келлер", "Гейнц", "Фризен", "Дирксен", "Нейфельд"],
        ["Александр", "Андрей", "Виктор", "Генрих", "Давид", "Яков"],
        ["Ирма", "Эльза", "Ирина", "Елена", "Амалия", "Вера"],
        ["Генрихов", "Давидов", "Яковлев", "Андреев", "Викторов"],
    ),
}
INDECL_FIRST = {
    "Лейсан",
    "Алсу",
    "Петимат",
    "Гаджи",
    "Патимат",
    "Айшат",
    "Марьям",
    "Написат",
    "Хадижат",
    "Умукусум",
    "Аминат",
    "Сакинат",
    "Асият",
    "Фатимат",
    "Бэла",
    "Чейнеш",
    "Бато",
    "Долаана",
    "Чодураа",
    "Кэскилэ",
    "Уруй",
    "Санджи",
    "Эрдни",
    "Кермен",
    "Нарине",
    "Анаит",
    "Эльмаз",
    "Гаяне",
    "Муртазали",
    "Айгерим",
    "Жанар",
    "Мирзо",
    "Мехриниссо",
    "Зулихан",
    "Ирма",
    "Нелли",
    "Шенне",
    "Ление",
    "Алие",
    "Лусине",
    "Делгир",
    "Саглар",
}
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
# tourists', pilgrims' and seamen's names in Latin (foreign passports)
FOREIGN_LAT16 = [
    ("WAGNER", "Lukas"),
    ("CHEN", "Jing"),
    ("RAHMAN", "Aisha"),
    ("KOVACS", "Peter"),
    ("NAZAROV", "Jasur"),
    ("DOSSAYEV", "Yerlan"),
    ("OZTURK", "Emre"),
    ("NGUYEN", "Van Thanh"),
    ("SAIDOV", "Bobur"),
    ("ABDULLAEV", "Shukhrat"),
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


def decl_surname16(s: str, male: bool) -> list[str]:
    """Corpus 16's surnames that corpus 15's ``decl_surname`` does not know: indeclinable ones
    ending in a vowel letter (Кокойты, Саая) and a man's «-ой»/«-ай» (Цой → Цоя); the rest
    goes to ``decl_surname`` unchanged."""
    if s[-1] in "ыаяю":
        return [s] * 6
    if male and s[-1] == "й" and s[-2] in "аоуэе":
        st = s[:-1]
        return [s, st + "я", st + "ю", st + "я", st + "ем", st + "е"]
    return decl_surname(s, male)


def decl_first16(n: str, male: bool) -> list[str]:
    """Corpus 16's women's names in «-я» (Джамиля) and «-ь» (Айгуль, Гузель); the rest goes to
    ``decl_first`` unchanged."""
    if not male and n not in INDECL_FIRST and not n.endswith(("ия", "ья")):
        if n.endswith("я"):
            st = n[:-1]
            return [n, st + "и", st + "е", st + "ю", st + "ей", st + "е"]
        if n.endswith("ь"):
            st = n[:-1]
            return [n, st + "и", st + "и", n, n + "ю", st + "и"]
    return decl_first(n, male)


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


def person16(
    rng: random.Random,
    pre: str,
    groups: list[str],
    male: bool | None = None,
    family: tuple[str, str] | None = None,
) -> dict:
    """Every written form of one person under keys ``pre``, ``pre_gen``, ``pre_s``…, drawn
    from one of the name groups of a region. ``family`` = (a man's surname, his first name):
    his wife or child takes the surname, a child the patronymic too."""
    if male is None:
        male = rng.random() < 0.5
    group = rng.choice(groups)
    surs, mfirst, ffirst, stems = GROUPS16[group]
    sur0 = family[0] if family else rng.choice(surs)
    first0 = rng.choice(mfirst if male else ffirst)
    stem = rng.choice(stems)
    if family and pre == "c" and family[1][-1] not in "аеёиоуыэюя":
        name = family[1]
        stem = name[:-2] + "ьев" if name.endswith("ий") and name != "Георгий" else pat_stem(name)
    pat = decl_pat(stem, male)
    sur = decl_surname16(sur0, male)
    first = decl_first16(first0, male)
    ini = first0[0] + "." + pat[0][0] + "."
    ini_sp = first0[0] + ". " + pat[0][0] + "."
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
    out[pre + "_sp"] = f"{sur[0]} {ini_sp}"
    out[pre + "_up"] = out[pre].upper()
    out[pre + "_sur"] = sur[0]
    out[pre + "_first"] = first0
    out[pre + "_lat"] = f"{lat(sur[0]).upper()} {lat(first0).capitalize()}"
    out[pre + "_a"] = "" if male else "а"
    out[pre + "_yi"] = "ый" if male else "ая"
    out[pre + "_ogo"] = "ого" if male else "ой"
    out[pre + "_aya"] = "ой" if male else "ая"
    out[pre + "_omu"] = "ому" if male else "ой"
    out[pre + "_ei"] = "его" if male else "ей"
    out[pre + "_ii"] = "ий" if male else "ая"
    out[pre + "_sya"] = "ся" if male else "ась"
    out[pre + "_on"] = "он" if male else "она"
    out[pre + "_sex"] = "муж." if male else "жен."
    out[pre + "_sn"] = "сын" if male else "дочь"
    return out


# ---------------------------------------------------------------- corpus 16: places (fresh)
RURAL_ST16 = [
    "Центральная",
    "Садовая",
    "Молодёжная",
    "Заречная",
    "Школьная",
    "Лесная",
    "Набережная",
    "Степная",
    "Полевая",
    "Новая",
    "Мира",
    "Победы",
]
MKR16 = [
    "мкр. Северный",
    "мкр. Юбилейный",
    "3-й мкр.",
    "мкр. Солнечный",
    "мкр-н Восточный",
    "12 мкр.",
    "мкр. Молодёжный",
]
SNT16 = [
    "Рассвет",
    "Берёзка",
    "Ветеран",
    "Дружба",
    "Ромашка",
    "Рябинушка",
    "Энергетик",
    "Мечта",
    "Черёмушки",
]
VAKHTA16 = ["Бованенково", "Сабетта", "Ямбург", "Заполярное", "Харасавэй", "Песцовое"]
ORG_ST16 = [
    "ул. Больничная",
    "ул. Госпитальная",
    "ул. Пирогова",
    "ул. Ленина",
    "ул. Советская",
    "ул. Гагарина",
    "ул. Октябрьская",
    "ул. Мира",
]


def subj(rid: int) -> str:
    return SUBJECTS16[rid][0].replace(" - ", " — ")


def dist_gen(d: str) -> str:
    """A district's genitive: «Верхнемамонский р-н» → «Верхнемамонского р-на»."""
    out = []
    for w in d.split(" "):
        core, tail = (w[:-1], w[-1]) if w.endswith(")") else (w, "")
        lead = "(" if core.startswith("(") else ""
        core = core[1:] if lead else core
        if core.endswith(("ский", "цкий", "ный", "ской")) and core[0].isalpha():
            core = core[:-2] + "ого"
        elif core in ("р-н", "улус", "кожуун", "округ", "район"):
            core = {
                "р-н": "р-на",
                "улус": "улуса",
                "кожуун": "кожууна",
                "округ": "округа",
                "район": "района",
            }[core]
        elif core == "поселение":
            core = "поселения"
        out.append(lead + core + tail)
    return " ".join(out)


def _reg(rng: random.Random, rid: int) -> str:
    return subj(rid) if rng.random() < 0.5 else rng.choice(R16[rid][2])


def _hk(rng: random.Random) -> tuple[str, str]:
    h = str(rng.randint(1, 160))
    r = rng.random()
    if r < 0.15:
        h += rng.choice(["а", "Б", "в", "А"])
    elif r < 0.3:
        h += f"/{rng.randint(1, 9)}"
    return h, str(rng.randint(1, 240))


def _zip(rng: random.Random, town: tuple) -> str:
    return town[4] + f"{rng.randint(0, 99):03d}"


def _once(addr: str) -> str:
    """A federal city is its own region: «г. Москва, г. Москва» is written once."""
    return re.sub(r"(г\. [А-ЯЁ][\w-]+),( \d{6},)? \1,", r"\1,\2", addr)


def addr16(rng: random.Random, rid: int) -> str:
    """A person's address in region ``rid`` as people write it."""
    town = rng.choice(R16[rid][3])
    tn, _tl, bare_t, _tg, _p, _c = town
    st, bare = rng.choice(R16[rid][4])
    vil, _vl, dist = rng.choice(R16[rid][5])
    z = _zip(rng, town)
    h, k = _hk(rng)
    n = rng.randint(1, 90)
    c = rng.randint(1, 5)
    rs = rng.choice(RURAL_ST16)
    reg, ab = subj(rid), rng.choice(R16[rid][2])
    shapes = [
        lambda: f"{z}, {reg}, {tn}, {st}, д. {h}, кв. {k}",
        lambda: f"{reg}, {tn}, {st}, {h}-{k}",
        lambda: f"{bare_t}, {bare} {h}-{k}",
        lambda: f"кв. {k}, д. {h}, {st}, {tn}, {ab}, {z}",
        lambda: f"{reg}, {dist}, {vil}, ул. {rs}, д. {n}",
        lambda: f"{vil}, {dist}, {ab}, ул. {rs}, {n}",
        lambda: f"{z} {bare_t} {bare} {rng.randint(1, 60)}/{rng.randint(1, 12)} кв {k}",
        lambda: f"{tn}, {rng.choice(MKR16)}, д. {h}, корп. {c}, кв. {k}",
        lambda: f"{tn}, кв-л {n}, д. {h}, кв. {k}",
        lambda: f"{ab}, {tn}, {st}, влд. {h}, стр. {c}",
        lambda: f"{tn}, {st}, д. {h}, лит. А, кв. {k}",
        lambda: f"{bare_t} ({ab}), {st} д{h} кв{k}",
        lambda: f"{ab}, {dist}, {vil}, д. {n}",
        lambda: f"{tn}, {st}, {h}, пом. {n}",
        lambda: f"{reg}, {z}, {tn}, {st}, {h}, {k}",
        lambda: f"{vil} {dist} {rs} {n}",
        lambda: f"{tn} {st} дом {h} квартира {k}",
        lambda: f"{ab} {bare_t} ул.{bare} д.{h} кв.{k}",
    ]
    return _once(rng.choice(shapes)())


def aloc16(rng: random.Random, rid: int) -> str:
    """An inflected address after «проживает в» / «зарегистрирован в» («в» stays outside)."""
    _tn, tl, _b, _tg, _p, _c = rng.choice(R16[rid][3])
    st, bare = rng.choice(R16[rid][4])
    _v, vl, dist = rng.choice(R16[rid][5])
    h, k = _hk(rng)
    return rng.choice(
        [
            f"{tl}, {st}, д. {h}, кв. {k}",
            f"{vl} {dist_gen(dist)}, ул. {rng.choice(RURAL_ST16)}, {rng.randint(1, 70)}",
            f"{vl} {dist_gen(dist)} {R16[rid][0]}",
            f"{tl}, {bare} {h}-{k}",
            f"{vl}, д. {rng.randint(1, 70)}",
        ]
    )


def abr16(rng: random.Random, rid: int) -> str:
    """An address broken across two lines (a narrow column of a form)."""
    town = rng.choice(R16[rid][3])
    st, _bare = rng.choice(R16[rid][4])
    vil, _vl, dist = rng.choice(R16[rid][5])
    h, k = _hk(rng)
    return _once(
        rng.choice(
            [
                f"{_zip(rng, town)}, {subj(rid)},\n{town[0]}, {st}, д. {h}, кв. {k}",
                f"{town[0]}, {st},\nд. {h}, кв. {k}",
                f"{rng.choice(R16[rid][2])}, {dist},\n{vil}, ул. {rng.choice(RURAL_ST16)}, д. {rng.randint(1, 60)}",
                f"кв. {k}, д. {h},\n{st}, {town[0]}",
            ]
        )
    )


def aasr16(rng: random.Random, rid: int) -> str:
    """An address as a speech recognizer writes it (lower case, numbers in words)."""
    town = rng.choice(R16[rid][3])
    _st, bare = rng.choice(R16[rid][4])
    vil, _vl, _d = rng.choice(R16[rid][5])
    vname = vil.split(" ", 1)[1].lower()
    return rng.choice(
        [
            f"{town[2].lower()} улица {bare.lower()} дом {cardinal(rng.randint(1, 99))} квартира {cardinal(rng.randint(1, 150))}",
            f"село {vname} улица {rng.choice(RURAL_ST16).lower()} {cardinal(rng.randint(1, 40))}",
            f"{town[2].lower()} {bare.lower()} {cardinal(rng.randint(1, 99))} квартира {cardinal(rng.randint(1, 150))}",
        ]
    )


def asnt16(rng: random.Random, rid: int) -> str:
    """A garden partnership's plot (СНТ, ДНП)."""
    vil, _vl, dist = rng.choice(R16[rid][5])
    snt = rng.choice(SNT16)
    n = rng.randint(1, 320)
    return rng.choice(
        [
            f"{rng.choice(R16[rid][2])}, {dist}, СНТ «{snt}», уч. {n}",
            f"СНТ «{snt}», ул. {rng.choice(RURAL_ST16)}, участок {n}, {vil}, {dist}",
            f"ДНП «{snt}», д. {n}, {subj(rid)}",
            f"{dist}, снт {snt} уч {n}",
        ]
    )


VAKHTA_BY16 = {
    11: ["Харьяга", "Возей", "Усинское"],
    72: ["Кальчинское", "Уват-Восток"],
    86: ["Приобское", "Самотлор", "Красноленинское"],
    24: ["Ванкор", "Сузун"],
    28: ["Углегорск", "Восточный"],
}


def avakh16(rng: random.Random, rid: int) -> str:
    """A shift camp's dormitory (вахтовый посёлок) in region ``rid``."""
    _v, _vl, dist = rng.choice(R16[rid][5])
    vp = rng.choice(VAKHTA_BY16.get(rid, VAKHTA16))
    return rng.choice(
        [
            f"вахтовый посёлок {vp}, общежитие № {rng.randint(1, 12)}, комн. {rng.randint(101, 420)}",
            f"{rng.choice(R16[rid][2])}, {dist}, вп {vp}, модуль {rng.randint(1, 40)}, к. {rng.randint(1, 30)}",
            f"ВЖК «{vp}», корп. {rng.randint(1, 8)}, комн. {rng.randint(1, 60)}",
        ]
    )


def aorg16(rng: random.Random, rid: int) -> str:
    town = rng.choice(R16[rid][3])
    st = rng.choice(ORG_ST16)
    n = rng.randint(1, 120)
    return _once(
        rng.choice(
            [
                f"{_zip(rng, town)}, {town[0]}, {st}, {n}",
                f"{subj(rid)}, {town[0]}, {st}, д. {n}, стр. {rng.randint(1, 6)}",
                f"{town[0]}, {st}, {n}",
                f"{st}, {n}, {town[0]}, {_zip(rng, town)}",
                f"{_zip(rng, town)}, {rng.choice(R16[rid][2])}, {town[0]}, {st}, д. {n}, корп. {rng.randint(1, 9)}",
            ]
        )
    )


FEDC16 = [
    (
        "ФГБУ «НМИЦ онкологии им. Н.Н. Блохина» Минздрава России",
        "115522, г. Москва, Каширское ш., д. 24",
    ),
    (
        "ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России",
        "197341, г. Санкт-Петербург, ул. Аккуратова, д. 2",
    ),
    (
        "ФГБУ «НМИЦ им. ак. Е.Н. Мешалкина» Минздрава России",
        "630055, г. Новосибирск, ул. Речкуновская, д. 15",
    ),
    (
        "ФГБУ «ФЦССХ» Минздрава России (г. Хабаровск)",
        "680009, г. Хабаровск, ул. Краснодарская, д. 2в",
    ),
    (
        "ФГБУ «НМИЦ ДГОИ им. Дмитрия Рогачёва» Минздрава России",
        "117997, г. Москва, ул. Саморы Машела, д. 1",
    ),
    ("НИИ кардиологии Томского НИМЦ", "634012, г. Томск, ул. Киевская, д. 111а"),
    ("ФГБУ «НМИЦ ТО им. Н.Н. Приорова» Минздрава России", "127299, г. Москва, ул. Приорова, д. 10"),
    (
        "ФГАУ «НМИЦ нейрохирургии им. ак. Н.Н. Бурденко» Минздрава России",
        "125047, г. Москва, ул. 4-я Тверская-Ямская, д. 16",
    ),
    (
        "ФГБУ «НМИЦ ТО им. Р.Р. Вредена» Минздрава России",
        "195427, г. Санкт-Петербург, ул. Академика Байкова, д. 8",
    ),
    (
        "ФГБУ «ФЦН» Минздрава России (г. Тюмень)",
        "625032, г. Тюмень, ул. 4 км Червишевского тракта, д. 5",
    ),
]


# ---------------------------------------------------------------- corpus 16: phones (fresh)
OPS16 = [
    "900",
    "902",
    "904",
    "908",
    "912",
    "914",
    "918",
    "920",
    "924",
    "926",
    "928",
    "929",
    "932",
    "937",
    "938",
    "950",
    "951",
    "953",
    "960",
    "961",
    "962",
    "964",
    "967",
    "980",
    "981",
    "984",
    "987",
    "988",
    "989",
    "991",
    "996",
    "999",
]
NDASH = "–"
HUND16 = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]


def card16(n: int) -> str:
    """0..999 in words (nominative)."""
    if n == 0:
        return "ноль"
    words = [HUND16[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        words += [TENS.get(rest // 10, ""), ONES[rest % 10]]
    return " ".join(w for w in words if w)


def _pair16(n: int) -> str:
    return card16(n) if n >= 10 else "ноль " + card16(n)


def _mob16(rng: random.Random, rid: int) -> tuple[str, int, int, int]:
    special = R16[rid][8]
    op = rng.choice(special) if special and rng.random() < 0.7 else rng.choice(OPS16)
    return op, rng.randint(200, 799), rng.randint(10, 99), rng.randint(10, 99)


def mob16(rng: random.Random, rid: int) -> str:
    op, a, b, c = _mob16(rng, rid)
    return rng.choice(
        [
            f"8 {op} {a}-{b}-{c}",
            f"+7 ({op}) {a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8({op}){a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"8.{op}.{a}.{b}.{c}",
            f"+7{NDASH}{op}{NDASH}{a}{NDASH}{b}{NDASH}{c}",
            f"8{op}{a}{b}{c}",
            f"8 ({op}) {a} {b} {c}",
            f"+7 {op} {a}{b}{c}",
            f"7-{op}-{a}-{b}{c}",
        ]
    )


def _city_parts(rng: random.Random, code: str) -> tuple[str, str, str]:
    rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(code)))
    if len(rest) == 7:
        groups = [rest[:3], rest[3:5], rest[5:]]
    elif len(rest) == 6:
        groups = [rest[:2], rest[2:4], rest[4:]]
    else:
        groups = [rest[:1], rest[1:3], rest[3:]]
    return rest, "-".join(groups), NDASH.join(groups)


def city16(rng: random.Random, rid: int) -> str:
    code = rng.choice(R16[rid][3])[5]
    rest, loc, nd = _city_parts(rng, code)
    return rng.choice(
        [
            f"8 ({code}) {loc}",
            f"+7 {code} {loc}",
            f"({code}) {loc}",
            f"8-{code}-{loc}",
            f"8{code}{rest}",
            f"+7({code}){rest}",
            f"8 ({code}) {nd}",
            f"+7 ({code}) {loc}",
            f"8 {code} {rest}",
            f"8.{code}.{loc.replace('-', '.')}",
        ]
    )


def cityw16(rng: random.Random, rid: int) -> str:
    """A city phone with its code in digits and the number in words (pairs)."""
    code = rng.choice([t[5] for t in R16[rid][3] if len(t[5]) == 4] or ["8552"])
    rest = [rng.randint(10, 99) for _ in range(3)]
    return f"8 ({code}) " + " ".join(card16(x) for x in rest)


def words16(rng: random.Random, rid: int) -> str:
    """A mobile said partly in words."""
    op, a, b, c = _mob16(rng, rid)
    return rng.choice(
        [
            f"восемь {card16(int(op))}, {a}-{b}-{c}",
            f"8 {op} {card16(a)} {_pair16(b)} {_pair16(c)}",
            f"плюс семь {op} {a}-{b}-{c}",
        ]
    )


def asr16(rng: random.Random, rid: int) -> str:
    """A mobile fully in words, as a call-centre recognizer writes it."""
    op, a, b, c = _mob16(rng, rid)
    first = rng.choice(["восемь", "плюс семь", "семь"])
    return f"{first} {card16(int(op))} {card16(a)} {_pair16(b)} {_pair16(c)}"


def brk16(rng: random.Random, rid: int) -> str:
    if rng.random() < 0.5:
        op, a, b, c = _mob16(rng, rid)
        return rng.choice(
            [f"+7 {op}\n{a}-{b}-{c}", f"8 ({op}) {a}-\n{b}-{c}", f"8-{op}-\n{a}-{b}-{c}"]
        )
    code = rng.choice(R16[rid][3])[5]
    _r, loc, _nd = _city_parts(rng, code)
    return rng.choice([f"8 ({code})\n{loc}", f"+7 {code}\n{loc}"])


def t800_16(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 799), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice(
        [f"8-800-{a}-{b}-{c}", f"8 (800) {a}-{b}-{c}", f"8 800 {a} {b} {c}", f"8800{a}{b}{c}"]
    )


MAIL_DOM16 = [
    "mail.ru",
    "yandex.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "ya.ru",
    "gmail.com",
    "internet.ru",
]


def mail16(rng: random.Random, sur: str, first: str) -> str:
    s, f = lat(sur), lat(first)
    local = rng.choice(
        [
            f"{s}.{f[0]}",
            f"{f}.{s}",
            f"{s}{rng.randint(60, 99)}",
            f"{f[0]}{s}_{rng.randint(1, 28)}",
            f"{s}-{f}",
            f"{f}{rng.randint(1970, 2005)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOM16)}"


def orgmail16(rng: random.Random, rid: int) -> str:
    town = lat(rng.choice(R16[rid][3])[2]).replace("-", "")
    fns = SUBJECTS16[rid][3]
    return rng.choice(
        [
            f"info@tfoms{fns}.ru",
            f"mtr@tfoms{fns}.ru",
            f"priem@{town}-crb.ru",
            f"sanavia{fns}@mail.ru",
            f"obrashcheniya@minzdrav{fns}.ru",
            f"orgmetod@{town}-okb.ru",
            f"callcenter@zdrav{fns}.ru",
        ]
    )


# ---------------------------------------------------------------- corpus 16: identity documents
def enp16(rng: random.Random, okato2: str) -> str:
    body = okato2 + "".join(str(rng.randint(0, 9)) for _ in range(13))
    d = body + luhn_digit(body)
    r = rng.random()
    if r < 0.25:
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"
    if r < 0.32:
        return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"
    return d


def inn16(rng: random.Random, fns: str) -> str:
    body = fns + "".join(str(rng.randint(0, 9)) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(body, w2)) % 11 % 10
    return body + str(c2)


def pas16(rng: random.Random, okato2: str) -> str:
    o, y, n = okato2, f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return rng.choice(
        [
            f"{o} {y} {n}",
            f"{o}{y} {n}",
            f"{o} {y} № {n}",
            f"{o}{y}№{n}",
            f"{o}-{y} {n}",
            f"{o}{y} № {n}",
            f"{o}{y}{n}",
            f"{o} {y}  {n}",
            f"{o}{y}/{n}",
        ]
    )


DIG16 = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


def pas_words16(rng: random.Random, okato2: str) -> str:
    y, n = f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    return " ".join(DIG16[int(ch)] for ch in okato2 + y + n)


def kpd16(rng: random.Random, fns: str) -> str:
    return f"{fns}{rng.randint(0, 9)}-{rng.randint(1, 60):03d}"


# ---------------------------------------------------------------- corpus 16: record numbers
def brk_mid(s: str) -> str:
    cut = len(s) // 2
    return s[:cut] + "\n" + s[cut:]


REC16 = {
    "idcase": ["#######", "##########", "SL-########", "#########"],
    "nzap": ["####", "#####", "######"],
    "ib": ["####/26", "#####-С", "ИБ-26-#####", "####/к", "26-#####"],
    "napr": ["##-####-######", "2600######", "НПР-######", "##/26-####"],
    "sa": ["СА-26-####", "####/СА", "ОЭКМП-####", "В-26/####"],
    "evac": ["ЭВ-####/26", "######", "КМЭ-26-#####"],
    "tmk": ["ТМК-26-######", "########", "ТМК/####/26"],
    "vmp": ["##.####.#####.###"],
    "regpr": ["####", "###/26", "######"],
    "stud": ["########", "С-2024-####", "24-ЛД-####", "2025####"],
    "zach": ["2024/####", "######-З", "25-###"],
    "tab": ["######", "ТН-#####", "#####"],
    "ldos": ["###-##", "П-####/26", "ЛД ######", "####"],
    "voen": ["АК #######", "АВ #######", "ГК #######"],
    "lichn": ["Ж-######", "М-######", "Р-######"],
    "dms": ["ДМС-##-######", "###-######-##", "##@@######"],
    "tpol": ["VZR-########", "ВЗР ##########", "TRV#########"],
    "ob": ["ОГ-####", "####-ОГ/26", "Ж-#####", "####/ж"],
    "vh": ["####", "вх-#####", "#####/В", "##-##/####"],
    "sms": ["@##-###", "####-@@", "%%####"],
    "portal": ["##########", "ЕПГУ-##########", "####-#####-###"],
    "zap": ["#####", "З-######", "###-###-###"],
    "call": ["####", "######/##", "##-####"],
    "mig": ["#### #######", "####-#######"],
    "amb": ["####", "##-####", "А-#####", "####/У"],
    "patent": ["## № ##########", "##-##########"],
    "vnzh": ["## № #######", "82 #######"],
    "rvp": ["####/26", "РВП-######"],
    "kvota": ["##.####.#####.###"],
    "pril": ["ЛЛ-#####", "##/####"],
    "ekmp": ["ЭКМП-####-26", "##/######"],
    "karta": ["###-#####", "ЭК-######"],
}


def rec16(rng: random.Random, kind: str) -> str:
    return shape(rng, rng.choice(REC16[kind]))


def pol_old16(rng: random.Random, okato2: str) -> tuple[str, str]:
    """An old-style OMS policy (1035 ID 1): series and number."""
    ser = rng.choice(
        [okato2 + f"{rng.randint(1, 99):02d}", rng.choice(["ЯК", "КБ", "АА", "ВТ", "СК", "ПР"])]
    )
    no = shape(rng, rng.choice(["######", "##########", "0########", "#######"]))
    return ser, no


# ---------------------------------------------------------------- corpus 16: hard negatives
ORD16 = [
    ("приказ Минздрава России от {d} № 796н", "02.12.2014"),
    ("приказ Минздрава России от {d} № 108н", "28.02.2019"),
    ("приказ Минздрава России от {d} № 1496н", "19.04.2011"),
    ("Правила ОМС (приказ Минздрава России от {d} № 108н)", "28.02.2019"),
    ("приказ ФОМС от {d} № 231н", "19.03.2021"),
    ("приказ Минздрава России от {d} № 1289н", "30.11.2017"),
    ("приказ Минздрава России от {d} № 388н", "20.06.2013"),
    ("приказ Минздрава России от {d} № 561н", "31.08.2021"),
]
ICD16 = [
    "S72.0",
    "I21.4",
    "I63.5",
    "J18.9",
    "K35.8",
    "C18.7",
    "T20.3",
    "S06.5",
    "K80.0",
    "N20.0",
    "I71.2",
    "Q21.1",
    "G40.1",
    "E10.7",
    "T68",
    "A15.0",
    "C34.1",
    "I48.1",
]
FLIGHTS16 = [
    "SU 1741",
    "S7 3042",
    "UT 453",
    "ЮТ-283",
    "DP 409",
    "ЯК 5127",
    "6R 202",
    "IO 154",
    "KV 1702",
    "5N 161",
    "HZ 4416",
    "U6 2651",
]
BOARDS16 = [
    "Ми-8АМТ RA-22990",
    "Ми-8МТВ-1 RA-24612",
    "Ан-26 RA-26085",
    "Ансат RA-20204",
    "Ми-8 RA-25745",
    "Ка-226 RA-19203",
    "L-410 RA-67236",
    "Ан-2 RA-40752",
]
TRAINS16 = [
    "поезд № 005Щ",
    "поезд 017Ч, вагон 7",
    "поезд № 099Э «Москва — Владивосток»",
    "поезд 361Я, вагон 12, место 33",
    "поезд № 044Ч",
]
SMO16 = [
    "АО «Страховая компания «СОГАЗ-Мед»",
    "ООО «Капитал МС»",
    "АО «МАКС-М»",
    "ООО СМК «Ингосстрах-М»",
    "АО «АльфаСтрахование-ОМС»",
    "ООО «ВТБ МС»",
]


# ---------------------------------------------------------------- corpus 16: fillers
def fillers16(rng: random.Random, rid: int, hid: int) -> dict:
    """Every filler of one document: the kind's region ``rid`` (where care is given) and the
    patient's home region ``hid``."""
    f: dict = {}
    rg, hg = R16[rid][7], R16[hid][7]
    f.update(person16(rng, "p", hg))
    f.update(person16(rng, "u", hg, True))
    fam = (f["u_sur"], f["u_first"])
    f.update(person16(rng, "q", hg, False, fam if rng.random() < 0.7 else None))
    f.update(person16(rng, "c", hg, None, fam))
    for pre in ("d", "s", "h", "e"):
        f.update(person16(rng, pre, rg))
    for pre in ("n", "m", "k", "x"):
        f.update(person16(rng, pre, rg + hg))
    f["p_brk"] = hyphen_break(f["p"])
    f["p_ocr"] = ocr(f["p_up"])
    f["fl_sur"], f["fl_first"] = rng.choice(FOREIGN_LAT16)
    # places
    for pre, r in (("R", rid), ("H", hid)):
        subj_, ok2, ok5, fns, fed = SUBJECTS16[r]
        f[pre] = subj(r)
        f[pre + "_gen"], f[pre + "_prep"] = R16[r][0], R16[r][1]
        f[pre + "_ab"] = rng.choice(R16[r][2])
        f[pre + "_ok2"], f[pre + "_ok5"], f[pre + "_fns"] = ok2, ok5, fns
        town = rng.choice(R16[r][3])
        f[pre + "_town"], f[pre + "_town_gen"] = town[2], town[3]
        f[pre + "_town_t"], f[pre + "_town_loc"] = town[0], town[1]
        f[pre + "_code"] = town[5]
        vil = rng.choice(R16[r][5])
        f[pre + "_vil"], f[pre + "_vil_loc"], f[pre + "_dist"] = vil
        f[pre + "_dist_gen"] = dist_gen(vil[2])
        f[pre + "_hosp"] = R16[r][6]
        f[pre + "_oktmo"] = ok2 + shape(rng, "######")
        f[pre + "_mo"] = ok2 + shape(rng, "####")
        f[pre + "_smo"] = ok2 + shape(rng, "0##")
    f["dists"] = ", ".join(sorted({d for _v, _l, d in R16[rid][5]})) or R16[rid][5][0][2]
    for i in (1, 2, 3):
        f[f"a{i}"] = addr16(rng, rid)
    f["ah1"], f["ah2"] = addr16(rng, hid), addr16(rng, hid)
    f["al1"], f["alh"] = aloc16(rng, rid), aloc16(rng, hid)
    f["abr"], f["abrh"] = abr16(rng, rid), abr16(rng, hid)
    f["aasr"], f["aasrh"] = aasr16(rng, rid), aasr16(rng, hid)
    f["asnt"] = asnt16(rng, rid)
    f["avakh"], f["avakh_y"] = avakh16(rng, rid), avakh16(rng, 89)
    f["ao"], f["ao2"], f["aoh"] = aorg16(rng, rid), aorg16(rng, rid), aorg16(rng, hid)
    f["fedc"], f["afed"] = rng.choice(FEDC16)
    town = rng.choice(R16[rid][3])
    st, _b = rng.choice(R16[rid][4])
    f["avch"] = rng.choice(
        [
            f"{_zip(rng, town)}, {town[0]}, {st}, д. {rng.randint(1, 80)}",
            f"{town[0]}, {st}, {rng.randint(1, 80)}",
            f"{subj(rid)}, {town[0]}, военный городок № {rng.randint(1, 30)}, д. {rng.randint(1, 40)}",
        ]
    )
    # phones
    f["tm1"], f["tm2"], f["tm3"] = mob16(rng, hid), mob16(rng, rid), mob16(rng, hid)
    f["tc1"], f["tc2"], f["tch"] = city16(rng, rid), city16(rng, rid), city16(rng, hid)
    f["tcw"] = cityw16(rng, rid)
    op, a, b, c = _mob16(rng, hid)
    f["t_glue"] = rng.choice([f"8{op}{a}{b}{c}", f"+7{op}{a}{b}{c}"])
    f["t_loc"] = (
        f"{rng.randint(2, 9)}{rng.randint(0, 9)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    )
    f["t_w"], f["t_asr"] = words16(rng, hid), asr16(rng, hid)
    f["t_brk"] = brk16(rng, rid)
    f["t800"] = t800_16(rng)
    f["ext"] = str(rng.randint(100, 499))
    f["m1"] = mail16(rng, f["p_sur"], f["p_first"])
    f["m2"] = mail16(rng, f["q_sur"], f["q_first"])
    f["md"] = mail16(rng, f["d_sur"], f["d_first"])
    f["mo"], f["mo2"] = orgmail16(rng, rid), orgmail16(rng, hid)
    # identity documents
    hok2, hfns = SUBJECTS16[hid][1], SUBJECTS16[hid][3]
    f["sn"], f["sn2"] = snils(rng), snils(rng)
    f["enp"], f["enp2"], f["enp3"] = (
        enp16(rng, hok2),
        enp16(rng, hok2),
        enp16(rng, SUBJECTS16[rid][1]),
    )
    f["inn"] = inn16(rng, hfns)
    f["pas"], f["pas2"] = pas16(rng, hok2), pas16(rng, hok2)
    f["pas_w"] = pas_words16(rng, hok2)
    y, nn = f"{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"
    f["pas_ser"], f["pas_no"] = f"{hok2} {y}", nn
    f["kpd"] = kpd16(rng, hfns)
    f["pasf"] = shape(rng, rng.choice(["%%#######", "%########", "N%#######", "%#######"]))
    f["pasz"] = shape(rng, "7# #######")
    f["bc"] = bcert(rng)
    f["pol_ser"], f["pol_no"] = pol_old16(rng, hok2)
    s2, n2 = pol_old16(rng, hok2)
    f["pol_join"] = rng.choice([f"{s2} {n2}", f"{s2}-{n2}", f"{s2}№{n2}", f"{s2} № {n2}"])
    f["vs"], f["vs2"] = shape(rng, "#########"), shape(rng, "#########")
    f["vpol"] = str(rng.choice([1, 2, 3, 4]))
    f["H_town_gen_low"] = f["H_town_gen"].lower()
    f["c_sn_acc"] = "сына" if f["c_male"] else "дочь"
    f["vs_words"] = " ".join(DIG16[int(ch)] for ch in f["vs"])
    f["fedc_msk"], f["afed_msk"] = rng.choice([x for x in FEDC16 if "г. Москва" in x[1]])
    f["afed_nsk"] = rng.choice(
        [
            "630055, г. Новосибирск, ул. Речкуновская, д. 15",
            "г. Новосибирск, ул. Речкуновская, 15",
            "ул. Речкуновская, д. 15, г. Новосибирск, 630055",
        ]
    )
    # dates
    f["bd"] = date(rng, rng.randint(1938, 2004), rng.choice(["dot", "dot", "words", "dot1"]))
    f["bd2"] = date(rng, rng.randint(1955, 2001), "dot")
    f["bd_old"] = date(rng, rng.randint(1935, 1965), rng.choice(["dot", "words"]))
    f["bdy"] = date(rng, rng.randint(2001, 2008), rng.choice(["dot", "words"]))
    f["bdy_iso"] = dt.date(
        rng.randint(2001, 2008), rng.randint(1, 12), rng.randint(1, 28)
    ).isoformat()
    f["bdk"] = date(rng, rng.randint(2010, 2023), rng.choice(["dot", "dot", "words"]))
    f["bd_iso"] = dt.date(
        rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)
    ).isoformat()
    bds = dt.date(rng.randint(1945, 1999), rng.randint(1, 12), rng.randint(1, 28))
    f["bd_sp"] = fmt_date(rng, bds, rng.choice(["spokenshort", "spoken"]))
    cur = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 280))
    for i in range(1, 7):
        cur += dt.timedelta(days=rng.randint(1, 9))
        f[f"td{i}"] = fmt_date(rng, cur, "dot")
    f["td_iso"] = cur.isoformat()
    f["tw"] = fmt_date(rng, cur, "words")
    f["tq"] = fmt_date(rng, cur, "quote")
    f["tsh"] = fmt_date(rng, cur, "short")
    later = cur + dt.timedelta(days=rng.randint(3, 25))
    f["tdm"] = fmt_date(rng, later, "dm")
    f["tdd"] = f"{later.day:02d}.{later.month:02d}"
    f["tsp"] = fmt_date(rng, later, "spokendm")
    f["tend"] = fmt_date(rng, cur + dt.timedelta(days=rng.randint(90, 400)), "dot")
    f["dold"] = date(rng, rng.randint(2014, 2025), "dot")
    f["dold2"] = date(rng, rng.randint(2014, 2025), rng.choice(["dot", "words"]))
    f["pas_d"] = date(rng, rng.randint(2005, 2025), rng.choice(["dot", "dot", "words", "short"]))
    f["tm"] = f"{rng.randint(0, 23):02d}:{rng.choice(['00', '10', '20', '30', '40', '50'])}"
    f["tm_b"] = f"{rng.randint(8, 19):02d}:{rng.choice(['05', '15', '25', '35', '45', '55'])}"
    f["age"] = str(rng.randint(19, 86))
    f["agek"] = str(rng.randint(2, 16))
    # records of one person or episode
    for key in REC16:
        f[key] = rec16(rng, key)
    f["idcase2"], f["ib2"], f["napr2"], f["call2"] = (
        rec16(rng, "idcase"),
        rec16(rng, "ib"),
        rec16(rng, "napr"),
        rec16(rng, "call"),
    )
    f["ib_br"] = brk_mid(shape(rng, "######/2026"))
    f["napr_ocr"] = shape(rng, "НПР-0#####").replace("0", "О", 1)
    # hard negatives
    o_text, o_date = rng.choice(ORD16)
    f["ord"] = o_text.format(d=f"[[D:{o_date}]]")
    f["icd"], f["icd2"] = rng.sample(ICD16, 2)
    f["flight"], f["flight2"] = rng.sample(FLIGHTS16, 2)
    f["board"] = rng.choice(BOARDS16)
    f["train"] = rng.choice(TRAINS16)
    f["plate"] = shape(rng, "@###@@ ") + SUBJECTS16[rid][3]
    f["plate_h"] = shape(rng, "@###@@ ") + SUBJECTS16[hid][3]
    f["smo"] = rng.choice(SMO16)
    f["schet"] = shape(rng, rng.choice(["###", "####", "##/###"]))
    f["reestr"] = shape(rng, rng.choice(["##-#####", "####", "Р-####"]))
    f["xml"] = f"HM{f['R_mo']}T{SUBJECTS16[rid][1]}_{shape(rng, '26####')}.xml"
    f["period"] = (
        rng.choice(
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь"]
        )
        + " 2026 г."
    )
    f["sum"] = f"{rng.randint(12, 980)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    f["sum2"] = f"{rng.randint(2, 90)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    f["ksg"] = shape(rng, rng.choice(["st##.###", "ds##.###"]))
    f["vmp_vid"] = shape(rng, "##.##.###.#")[:9]
    f["vch"] = shape(rng, "#####")
    f["outno"] = shape(rng, rng.choice(["01-##/####", "####/01-17", "###-12/2026", "ИСХ-####"]))
    f["otp"] = shape(rng, "####")
    f["queue"] = shape(rng, rng.choice(["@###", "@-##"]))
    f["cab"] = str(rng.randint(101, 418))
    f["ward"] = str(rng.randint(1, 18))
    f["small"] = str(rng.randint(2, 30))
    f["brig"] = str(rng.randint(1, 40))
    f["km"] = str(rng.randint(12, 980))
    f["ogrn"] = shape(rng, rng.choice(["102", "112", "103"]) + "##########")
    f["innorg"] = SUBJECTS16[rid][3] + shape(rng, "########")
    f["lic"] = shape(rng, rng.choice(["Л041-01###-##/00######", "ЛО-##-01-00####"]))
    f["ik"] = rng.choice(["ФКУ ИК-", "ФКУ ЛИУ-", "ФКУ СИЗО-", "ФКУ КП-"]) + str(rng.randint(1, 29))
    f["days"] = str(rng.randint(3, 40))
    f["pct"] = str(rng.randint(40, 99))
    f["course"] = str(rng.randint(1, 6))
    f["grp"] = shape(rng, rng.choice(["###", "Л-###", "##-@"]))
    return f


def render16(rng: random.Random, template: str, rid: int, hid: int) -> str:
    raw = re.sub(r"<<(.+?)>>", lambda m: shape(rng, m.group(1)), template)
    return raw.format_map(fillers16(rng, rid, hid))


# ---------------------------------------------------------------- corpus 16: kinds
# one kind per region of the directory: (ID, genre, template); no template is shared
KINDS16: list[tuple[int, str, str]] = [
    (
        31,
        "межтерриториальные расчёты: выборка записей реестра счетов за лечение жителей других регионов",
        """ТФОМС {R_gen} — реестр счетов по МТР за {period}
Счёт № {schet} от [[D:{td1}]], файл {xml}, реестр № {reestr}; плательщик ТФОМС {H_gen} (код ТФОМС {H_ok2})
МО-исполнитель: {R_hosp}, реестровый код МО {R_mo}, ОКТМО {R_oktmo}
N_ZAP | IDCASE | ФИО | ДР | ВПОЛИС | полис | КСГ | сумма
[[R:{nzap}]] | [[R:{idcase}]] | [[P:{p_up}]] | [[B:{bd}]] | 3 | [[O:{enp}]] | {ksg} | {sum}
[[R:<<#####>>]] | [[R:{idcase2}]] | [[P:{n_up}]] | [[B:{bd2}]] | 1 | серия {pol_ser} № [[R:{pol_no}]] | {ksg} | {sum2}
Адрес регистрации застрахованного (поле ADRES): [[A:{ah1}]]
Основание: {ord}. Тел. [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        33,
        "запрос ТФОМС о подтверждении страховой принадлежности иногороднего пациента",
        """В ТФОМС {H_gen}
от ТФОМС {R_gen}, исх. {outno} от [[D:{td1}]]
ЗАПРОС о страховой принадлежности
В {R_hosp} [[D:{td2}]] поступил{p_a} [[P:{p}]], [[B:{bd}]] г.р., предъявивш{p_ii} полис ОМС старого образца серии {pol_ser} № [[R:{pol_no}]]; в ЕРЗЛ сведения не найдены.
Со слов пациента: проживает в [[A:{alh}]], тел. [[T:{tm1}]]. Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]].
Просим сообщить ЕНП застрахованного и наименование СМО (код СМО {H_smo}), а также подтвердить действие временного свидетельства № [[R:{vs}]], если оно выдавалось.
Ответ направить на [[E:{mo}]]. Отдел МТР: [[P:{h_s}]], [[T:{tc1}]] доб. {ext}""",
    ),
    (
        36,
        "карта вызова скорой помощи к транзитному пассажиру на трассе М-4 «Дон»",
        """КАРТА ВЫЗОВА СМП № [[R:{call}]]   бригада № {brig}   [[D:{td1}]] {tm}
Место вызова: трасса М-4 «Дон», {km} км (направление на Ростов), АЗС; а/м {plate_h}
Пациент: [[P:{p}]], возраст {age}, житель {H_gen}, следовал из {H_town_gen} в Москву.
Адрес проживания: [[A:{ah1}]]
Полис ОМС: [[O:{enp}]] ({smo}). Документ: паспорт [[Q:{pas}]]
Жалобы на давящую боль за грудиной. Д-з: {icd}. Доставлен в {R_hosp} (ОКТМО {R_oktmo}).
Сопровождающая [[P:{q_fi}]], тел. [[T:{tm1}]]; родственники в {H_town_loc} — [[T:{tch}]]
Фельдшер [[P:{s_s}]]. Передан в приёмное отделение в {tm_b}.""",
    ),
    (
        44,
        "письмо родственников в департамент здравоохранения о переводе пациента ближе к дому",
        """Директору департамента здравоохранения {R_gen}
[[P:{h_i_dat}]]
от [[P:{q_gen}]], зарегистрированной по адресу: [[A:{ah1}]]; фактически временно проживаю: [[A:{a1}]], тел. [[T:{tm1}]], [[E:{m2}]]

Заявление
Мой родственник [[P:{p}]] ([[B:{bd}]]) находится в {R_hosp} с [[D:{td1}]] (история болезни № [[R:{ib}]]) после инсульта, случившегося в дороге.
Прошу организовать перевод в медицинскую организацию по месту жительства — {H}, так как ухаживать здесь некому. Полис ОМС [[O:{enp}]].
Мой паспорт [[Q:{pas2}]]. Прилагаю согласие пациента.
[[D:{td2}]]   [[P:{q_s}]]
Вх. № [[R:{vh}]]""",
    ),
    (
        46,
        "акт медико-экономического контроля по межтерриториальному счёту",
        """АКТ медико-экономического контроля № {reestr} (по счетам МТР за {period})
ТФОМС {R_gen} — ТФОМС {H_gen}; счёт № {schet}, сумма {sum} руб.
Отклонено от оплаты:
1) случай IDCASE [[R:{idcase}]]: застрахованн{p_yi} [[P:{p_s}]], д.р. [[B:{bd}]], ЕНП [[O:{enp}]] — код дефекта 5.2.4 (полис недействителен на дату оказания МП, [[D:{td1}]]);
2) случай IDCASE [[R:{idcase2}]]: [[P:{n_s}]], временное свидетельство [[R:{vs}]] — срок действия истёк [[D:{dold}]];
3) N_ZAP [[R:{nzap}]]: дубль.
Основание: {ord}. Ведущий специалист [[P:{s}]]; тел. для сверки [[T:{tc1}]].""",
    ),
    (
        50,
        "вызов неотложной помощи к дачнику в СНТ и оформление иногороднего по полису другого региона",
        """Журнал вызовов ОНМП, подстанция {small}
[[D:{td1}]] {tm} — вызов на дачу: [[A:{asnt}]]
Больн{p_aya} [[P:{p}]], [[B:{bd}]] г.р., прописан{p_a} в [[A:{alh}]]; летом на даче.
Звонила соседка по участку [[P:{q_fi}]] с [[T:{tm1}]]; перезвон — [[T:{tm2}]].
Полис: ЕНП [[O:{enp}]], выдан в {H_prep}. СНИЛС [[S:{sn}]].
Д-з {icd}; транспортирован в {R_hosp}. Проезд: Ярославское ш. → А-107 (ЦКАД), {km} км.
Диспетчер [[P:{s_s}]]""",
    ),
    (
        62,
        "журнал прикрепления иногородних студентов медицинского вуза к студенческой поликлинике",
        """СТУДЕНЧЕСКАЯ ПОЛИКЛИНИКА — прикрепление иногородних, сентябрь
№ | студент | д.р. | студ. билет | полис | адрес общежития | прописка
1 | [[P:{p}]] | [[B:{bdy_iso}]] | [[R:{stud}]] | [[O:{enp}]] | [[A:{a1}]] | [[A:{ah1}]]
2 | [[P:{n_s}]] | [[B:{bdy}]] | [[R:{zach}]] (зачётка) | пол. старого образца [[R:{pol_join}]] | [[A:{a2}]] | {H}
Свидетельство о регистрации по месту пребывания (ф. № 3) № [[R:{regpr}]] до [[D:{tend}]].
Группа {grp}, {course} курс. Телефон: [[T:{tm1}]]. Куратор: [[E:{md}]]""",
    ),
    (
        67,
        "лист передачи пациента при переводе санитарным транспортом в федеральный центр",
        """ЛИСТ ПЕРЕДАЧИ ПАЦИЕНТА
Откуда: {R_hosp} ([[A:{ao}]])
Куда: {fedc}, [[A:{afed}]]
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ № [[R:{ib}]]; направление № [[R:{napr}]] от [[D:{td1}]]; талон ВМП [[R:{vmp}]] (вид ВМП {vmp_vid})
Полис: [[O:{enp}]] (ВПОЛИС {vpol}), СНИЛС [[S:{sn}]]
Место жительства: [[A:{abrh}]]
Маршрут: трасса М-1 «Беларусь», {km} км до МКАД, реанимобиль {plate}. Выезд [[D:{td2}]] {tm}.
Сопровождает врач [[P:{d_s}]], связь [[T:{tm2}]]. Родственники — [[T:{t_brk}]]""",
    ),
    (
        71,
        "сообщение на портале Госуслуг о прикреплении к поликлинике по месту пребывания",
        """Госуслуги · Заявление о прикреплении к МО · № [[R:{portal}]] · [[D:{td1}]] {tm}
Заявитель: [[P:{p_fi}]], [[B:{bd_iso}]]
Полис ОМС: [[O:{enp}]] (единого образца, бессрочный)
Адрес регистрации: [[A:{ah1}]]
Адрес фактического проживания: [[A:{a1}]]
Телефон: [[T:{tm1}]]; e-mail: [[E:{m1}]]
Комментарий: «Работаю в Туле вахтой, прошу прикрепить, участковая в {H_town_loc} далеко».
— Статус [[D:{td2}]]: отказано, приложите свидетельство о регистрации по месту пребывания (№ [[R:{regpr}]] не читается). Поликлиника № {small}, [[T:{tc1}]]""",
    ),
    (
        76,
        "журнал медпункта теплохода речного круиза и передача туриста в больницу на стоянке",
        """Т/х «{R_town}», рейс Москва — Астрахань — Москва, журнал медпункта
[[D:{td1}]] {tm}, каюта {cab}: турист [[P:{p}]], [[B:{bd}]], житель {H_gen}.
Жалобы: слабость, АД 190/110. Полис ОМС [[O:{enp}]]; страховка туриста (ВЗР не требуется) — ДМС [[R:{dms}]].
Домашний адрес: [[A:{ah1}]]; родные: [[P:{u_fi}]], [[T:{tm1}]].
С туристом — {c_sn} [[P:{c}]], [[B:{bdk}]], св-во о рождении [[C:{bc}]].
Стоянка в {R_town_loc}: передан бригаде СМП, доставлен в {R_hosp}, карта вызова [[R:{call}]].
Судовой врач, сотовый [[T:{tm2}]]; справки: [[E:{mo}]]""",
    ),
    (
        77,
        "письмо НМИЦ о приёме пациента из другого региона на высокотехнологичную помощь",
        """{fedc_msk}
[[A:{afed_msk}]]
Исх. {outno} от [[D:{td1}]]
Руководителю органа здравоохранения {H_gen}
Уведомляем, что по талону на оказание ВМП № [[R:{vmp}]] (вид ВМП {vmp_vid}) пациент [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]], проживающ{p_ii} по адресу: [[A:{ah1}]],
приглашается на госпитализацию [[D:{td3}]] к 09:00 (корпус {small}, приёмное отделение).
Иметь: паспорт ([[Q:{pas}]]), направление № [[R:{napr}]], выписку. Проезд компенсируется по месту жительства.
Контакт-центр [[T:{t800}]]; лечащий врач [[P:{d_s}]], [[T:{tc1}]] доб. {ext}""",
    ),
    (
        10,
        "карта эвакуации туристов-байдарочников с водного маршрута",
        """КАРТА МЕДИЦИНСКОЙ ЭВАКУАЦИИ № [[R:{evac}]]
[[D:{td1}]], сигнал от старшего группы [[P:{u_fi}]] по спутниковому [[T:{tm1}]]
Маршрут группы: р. Шуя — Онежское озеро (туристская группа {grp}, 8 человек), точка сбора у д. Соляное.
Пострадавш{p_ii}: [[P:{p}]], [[B:{bd}]], проживает в [[A:{alh}]]
Травма: {icd}. Эвакуирован{p_a} вертолётом {board} в {R_hosp}.
Документы: паспорт [[Q:{pas}]], полис ОМС [[O:{enp}]], полис ВЗР/спорт [[R:{tpol}]]. В группе её/его ребёнок [[P:{c}]] ([[B:{bdk}]], св-во [[C:{bc}]]) — не пострадал.
Ответственный по РЦМК [[P:{d_s}]], [[T:{tc1}]]""",
    ),
    (
        11,
        "журнал здравпункта нефтепромысла и направление вахтовика в центральную районную больницу",
        """ЗДРАВПУНКТ месторождения (вахта), журнал приёма
[[D:{td1}]] | [[P:{p_s}]] | таб. № [[R:{tab}]] | бригада {brig} | жалобы: боль в пояснице, t 38,2
   постоянное место жительства: [[A:{ah1}]]; на вахте: [[A:{avakh}]]
   полис [[O:{enp}]] ({H}); СНИЛС [[S:{sn}]]
[[D:{td2}]] | направлен в {R_hosp} (трасса Усинск — Харьяга, {km} км, вахтовый автобус {plate}), направление № [[R:{napr}]]
   жена [[P:{q_io}]] сообщена по тел. [[T:{tm1}]]
Фельдшер [[P:{s_s}]]; мастер [[P:{m_s}]] — [[T:{tc1}]]""",
    ),
    (
        29,
        "журнал диспетчера отделения экстренной консультативной помощи и санитарной авиации",
        """ОЭКМП и МЭ — журнал диспетчера за [[D:{td1}]]
{tm} — вызов [[R:{sa}]] из {R_hosp}: больн{p_aya} [[P:{p}]], возр. {age}, прописан{p_a} в [[A:{al1}]], Д-з {icd}.
   ТМК с реаниматологом, заявка [[R:{tmk}]]; вылет {board}, площадка у ФАП, погода — ограничения.
{tm_b} — вызов [[R:<<СА-26-####>>]]: [[P:{n_s}]] из [[A:{a2}]]; транспорт наземный, {km} км по зимнику.
Не обслуживаемые авиацией районы: {dists} — только по согласованию.
Дежурный врач [[P:{d_s}]], [[T:{tc1}]]; ответственный за ЛЭИ [[P:{h_s}]], [[T:{tm2}]]""",
    ),
    (
        35,
        "ответ департамента здравоохранения на обращение гражданина о лечении в другом регионе",
        """ДЕПАРТАМЕНТ ЗДРАВООХРАНЕНИЯ {R_gen}
[[A:{ao}]], тел. [[T:{tc1}]], [[E:{mo}]]
от [[D:{td2}]] № {outno}   на № [[R:{ob}]] от [[D:{td1}]]
[[P:{p_dat}]]
[[A:{a1}]]

Уважаем{p_yi} [[P:{p_io}]]!
Ваше обращение о возмещении расходов на лечение в {H_prep} рассмотрено. Медицинская помощь в экстренной форме по полису ОМС [[O:{enp}]] оказывается бесплатно во всех субъектах РФ; оплата проводится в порядке межтерриториальных расчётов.
Платные услуги по договору [[R:{dms}]], оказанные в {H_hosp}, возмещению за счёт ОМС не подлежат.
Заместитель начальника департамента [[P:{h_s}]]
Исп. [[P:{s_s}]], [[T:{tc2}]]""",
    ),
    (
        39,
        "направление жителя эксклава в федеральный центр с компенсацией авиаперелёта",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] на консультацию и госпитализацию
в {fedc} ([[A:{afed}]])
Пациент: [[P:{p}]], [[B:{bd}]]; полис ОМС [[O:{enp3}]]; СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]; тел. [[T:{tm2}]]
Заграничный паспорт (транзит): [[Q:{pasz}]] — не требуется при авиаперелёте.
Проезд: рейс {flight} Калининград — Москва [[D:{td2}]], обратно {flight2}; компенсация по ТФОМС {R_gen} (заявление № [[R:{ob}]]).
Протокол ВК № [[R:<<###>>]] от [[D:{td1}]]. Д-з {icd}. Лечащий врач [[P:{d_s}]]""",
    ),
    (
        47,
        "свидетельство о регистрации по месту пребывания и прикрепление дачника к поликлинике",
        """Заявление о выборе медицинской организации (прикрепление по месту пребывания)
Гражданин: [[P:{p}]], [[B:{bd}]], пол {p_sex}
Документ: паспорт [[Q:{pas}]], выдан [[D:{pas_d}]], код подразделения {kpd}
Место жительства (регистрация): [[A:{ah1}]]
Место пребывания: [[A:{asnt}]] — свидетельство о регистрации по месту пребывания № [[R:{regpr}]] от [[D:{td1}]] до [[D:{tend}]]
Полис ОМС (вид {vpol} по справочнику ФОМС): [[O:{enp}]]; СМО {smo}
Контакты: [[T:{tm1}]], [[E:{m1}]]
Принято [[D:{td2}]], ГБУЗ ЛО «Всеволожская КМБ», тел. [[T:{tc1}]]""",
    ),
    (
        51,
        "справка о членах семьи военнослужащего для прикрепления к поликлинике в ЗАТО",
        """СПРАВКА
Выдана [[P:{u_dat}]], военнослужащему войсковой части {vch} (место дислокации: [[A:{avch}]]),
личный номер [[R:{lichn}]], военный билет [[R:{voen}]], в том, что в состав его семьи входят:
— жена [[P:{q}]], [[B:{bd2}]], паспорт [[Q:{pas}]], полис [[O:{enp}]];
— {c_sn} [[P:{c}]], [[B:{bdk}]], св-во о рождении [[C:{bc}]].
Семья прибыла из {H_gen}, прежний адрес: [[A:{ah1}]]; проживает: [[A:{a1}]].
Справка дана для предъявления в поликлинику филиала № {small} ФГКУ «1469 ВМКГ».
Командир войсковой части {vch} [[P:{h_s}]]; исх. {outno} от [[D:{td1}]].""",
    ),
    (
        60,
        "журнал обращений паломников в здравпункт при монастыре",
        """Здравпункт (паломническая служба), журнал обращений
[[D:{td1}]] | паломник [[P:{p}]], {age} л. | из {H_gen}, паломническая группа {grp}, автобус {plate_h}
   адрес: [[A:{ah1}]] | полис [[O:{enp}]] | обморок на службе, АД 80/50 → вызвана СМП, карта [[R:{call}]]
[[D:{td2}]] | паломница [[P:{n_s}]] | [[A:{a1}]] (гостиница при подворье) | ушиб стопы, повязка
   тел. руководителя группы [[P:{u_fi}]]: [[T:{tm1}]]
Фельдшер [[P:{s_s}]]; больница — {R_hosp}""",
    ),
    (
        78,
        "выписной эпикриз иногороднего пациента для передачи в поликлинику по месту жительства",
        """ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № [[R:{ib}]]
СПб ГБУЗ «Городская многопрофильная больница № 2», [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]], постоянно проживает в другом субъекте ({H}).
Адрес постоянной регистрации: [[A:{ah1}]]; временно: [[A:{a1}]]
Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]
Находил{p_sya} на лечении с [[D:{td1}]] по [[D:{td3}]]. Диагноз {icd}.
Рекомендовано: наблюдение в поликлинике по месту жительства; документы переданы по ЗЭД (РЭМД), рег. № [[R:{idcase}]].
Лечащий врач [[P:{d_s}]], зав. отделением [[P:{h_s}]]. Справки: [[T:{tc1}]]""",
    ),
    (
        83,
        "карта медицинской эвакуации оленевода из тундры санитарной авиацией",
        """КАРТА МЕДИЦИНСКОЙ ЭВАКУАЦИИ № [[R:{evac}]]  от [[D:{td1}]]
Заявка: от бригадира оленеводческой бригады № {brig} СПК «Ерв» [[P:{u_fi}]] (спутниковый [[T:{tm1}]])
Координаты стойбища: 67°41' с.ш. 53°07' в.д., {km} км к северу от {R_vil}.
Больн{p_aya}: [[P:{p}]], [[B:{bd}]], зарегистрирован{p_a} в [[A:{al1}]]
Полис [[O:{enp3}]]; паспорт [[Q:{pas}]]; Д-з: {icd}.
Борт {board}, взлёт {tm}, доставка в {R_hosp}, вызов санавиации [[R:{sa}]].
Врач-эвакуатор [[P:{d_s}]], [[T:{tc1}]]""",
    ),
]
KINDS16 += [
    (
        2,
        "SMS-уведомления ТФОМС застрахованному об оказанной медицинской помощи в другом регионе",
        """SMS от TFOMS{R_fns}
[[D:{td1}]] {tm}: [[P:{p_io}]], по Вашему полису [[O:{enp}]] в {H_prep} оплачена медпомощь ({H_hosp}) на {sum2} руб. Не получали услугу? Звоните [[T:{t800}]]
[[D:{td2}]] {tm_b}: Ваш код подтверждения {otp}. Не сообщайте никому.
Ответ абонента с [[T:{t_glue}]]: «я там не был, мой адрес [[A:{a1}]]»
[[D:{td3}]]: Обращение [[R:{ob}]] зарегистрировано. Эксперт свяжется с Вами по тел. [[T:{tm1}]]. ТФОМС {R_gen}, {R_town}.
[[D:{td4}]]: Проведена ЭКМП, акт [[R:{ekmp}]]. Ответ направлен на [[E:{m1}]]""",
    ),
    (
        12,
        "расшифровка звонка в региональный колл-центр о записи к врачу жителя другого региона",
        """Колл-центр «122», запись разговора [[R:{zap}]], [[D:{td1}]] {tm}, ASR
оператор: здравствуйте слушаю вас
абонент: да здравствуйте я [[P:{p_low}]] приехал{p_a} к дочери в йошкар-олу а сам{p_a} из {H_town_gen_low} нужно к кардиологу
оператор: назовите номер полиса
абонент: [[O:{enp}]] полис у меня бессрочный
оператор: дата рождения
абонент: [[B:{bd_sp}]]
оператор: где проживаете сейчас
абонент: [[A:{aasr}]]
оператор: телефон для связи
абонент: [[T:{t_asr}]]
оператор: записала вас на [[D:{tsp}]] в {tm_b} кабинет {cab} поликлиника номер {small} номер записи [[R:{zap}]]""",
    ),
    (
        16,
        "запрос территориального фонда о медицинской документации для экспертизы качества по межтерриториальному счёту",
        """ТФОМС {R_gen}
Главному врачу {R_hosp}
Запрос № {outno} от [[D:{td1}]] о предоставлении медицинской документации
В рамках ЭКМП по МТР (плательщик — ТФОМС {H_gen}) просим в течение 10 рабочих дней направить копии:
1) медицинской карты стационарного больного № [[R:{ib}]] — [[P:{p}]], [[B:{bd}]], полис [[O:{enp}]], IDCASE [[R:{idcase}]];
2) медицинской карты № [[R:{ib2}]] — [[P:{n}]], [[B:{bd2}]], временное свидетельство [[R:{vs}]], IDCASE [[R:{idcase2}]].
Адрес застрахованного № 1 по данным ЕРЗЛ: [[A:{ah1}]].
Реестр № {reestr}, счёт № {schet}, КСГ {ksg}.
Контакты: [[A:{ao}]], [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        18,
        "журнал медицинского осмотра иностранных студентов вуза при временной регистрации",
        """Медосмотр иностранных студентов, [[D:{td1}]], студенческая поликлиника
№ | ФИО (латиницей) | паспорт | миграционная карта | полис ДМС | адрес пребывания
1 | [[P:{fl_sur} {fl_first}]] | [[Q:{pasf}]] | [[R:{mig}]] | [[R:{dms}]] | [[A:{a1}]]
2 | [[P:{n}]] (гражданин РФ из {H_gen}) | [[Q:{pas}]] | — | ОМС [[O:{enp}]] | [[A:{a2}]]
Студенческий билет № [[R:{stud}]]; зачётная книжка [[R:{zach}]]; группа {grp}.
ВНЖ у студента № 1 нет; РВП № [[R:{rvp}]] в оформлении.
Флюорография — норма; международный отдел: [[T:{tc1}]], [[E:{md}]]""",
    ),
    (
        21,
        "жалоба дочери в министерство здравоохранения на лечение отца в другом регионе",
        """Министру здравоохранения Чувашской Республики
от [[P:{q_gen}]]
адрес: [[A:{abr}]]
тел. [[T:{tm2}]], эл. почта [[E:{m2}]]

ЖАЛОБА
Мой отец, [[P:{u}]], [[B:{bd_old}]], проживающий в [[A:{alh}]], заболел в гостях у меня [[D:{td1}]].
Скорая (вызов [[R:{call}]]) отвезла его в {R_hosp}, где с него потребовали деньги, так как у него полис старого образца: серия {pol_ser} № [[R:{pol_no}]].
Прошу разобраться. Паспорт отца [[Q:{pas}]], СНИЛС [[S:{sn}]].
[[P:{q_s}]]
(рег. № обращения [[R:{ob}]])""",
    ),
    (
        52,
        "выписка из протокола врачебной комиссии о направлении в федеральный центр и талон ВМП",
        """ВЫПИСКА ИЗ ПРОТОКОЛА ВК № [[R:{vh}]] от [[D:{td1}]]
{R_hosp}
Пациент: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]], полис [[O:{enp}]]
Адрес: [[A:{a1}]]
Решение: направить в {fedc} ([[A:{afed}]]) для ВМП по профилю (вид {vmp_vid}).
Оформлен талон на ВМП [[R:{vmp}]]; направление [[R:{napr}]]. Дата подачи документов в МЗ НО [[D:{td2}]].
Маршрут: поезд «Ласточка» Н. Новгород — Москва, проезд оплачивает МЗ (основание: {ord}).
Председатель ВК [[P:{h_s}]]; тел. пациента [[T:{tm1}]]""",
    ),
    (
        56,
        "медицинское освидетельствование иностранного сезонного работника для патента",
        """ГАУЗ «Оренбургский областной клинический центр психиатрии и наркологии» — медосвидетельствование ИГ
Справка № [[R:{pril}]] от [[D:{td1}]]
Иностранный гражданин: [[P:{fl_sur} {fl_first}]], [[B:{bd}]]
Паспорт иностранного гражданина [[Q:{pasf}]]; миграционная карта [[R:{mig}]]; патент [[R:{patent}]] (в оформлении), ИНН ФЛ [[I:{inn}]]
Место пребывания: [[A:{a1}]] (полевой стан ООО «Агро-Урал», работодатель ИНН {innorg})
Полис ДМС [[R:{dms}]]. Контакт бригадира [[P:{m_fi}]]: [[T:{tm2}]]
Маршрут прибытия: автомобильный пункт пропуска Маштаков, автобус {plate}.
Врач [[P:{d_s}]]""",
    ),
    (
        59,
        "медицинская справка на осуждённого при этапировании в лечебное исправительное учреждение другого региона",
        """МЕДИЦИНСКАЯ СПРАВКА (к личному делу осуждённого № [[R:{ldos}]])
Осуждённ{p_yi}: [[P:{p}]], [[B:{bd}]], содерж. в {ik} ГУФСИН России по Пермскому краю ([[A:{ao}]])
Место жительства до осуждения: [[A:{ah1}]]
Документ: паспорт [[Q:{pas}]] (хранится в личном деле); СНИЛС [[S:{sn}]]; полис ОМС [[O:{enp}]]
Д-з: {icd}. Нуждается в лечении в ФКУ ЛИУ-{small} ГУФСИН по {H_prep}; наряд ФСИН {outno}, этап [[D:{td2}]], спецвагон, {train}.
Транспортабельность сохранена. Начальник филиала «Медицинская часть № {brig}» ФКУЗ МСЧ-59 ФСИН России [[P:{d_s}]]; дежурный [[T:{tc1}]]""",
    ),
    (
        63,
        "предвахтовый медицинский осмотр и заключение для вылета на северное месторождение",
        """ЗАКЛЮЧЕНИЕ предвахтового (предсменного) медицинского осмотра № [[R:{karta}]]
[[D:{td1}]] {tm}, медпункт ООО «Сервис-Нефть», [[A:{ao}]]
Работник: [[P:{p}]], [[B:{bd}]], табельный номер [[R:{tab}]], профессия — машинист буровой установки
Проживает: [[A:{a1}]]; тел. [[T:{tm2}]]; полис ОМС [[O:{enp3}]]
Допущен к вылету: рейс {flight} Курумоч — Новый Уренгой, далее на [[A:{avakh_y}]]
АД 128/82, ЧСС 74, алкотест 0,00 мг/л (прибор № {small}).
Медработник [[P:{s_s}]]; диспетчер вахты: [[T:{tc1}]] доб. {ext}""",
    ),
    (
        64,
        "запрос ТФОМС о дублировании полиса при переезде застрахованного в другой регион",
        """ТФОМС {R_gen}
В ТФОМС {H_gen}
исх. {outno} от [[D:{td1}]]
О дублирующих записях в ЕРЗЛ
Застрахованн{p_yi}: [[P:{p}]], [[B:{bd}]], СНИЛС [[S:{sn}]]
— запись 1: полис единого образца [[O:{enp}]] (ВПОЛИС 3), СМО {smo}, адрес: [[A:{a1}]];
— запись 2: временное свидетельство № [[R:{vs}]] (ВПОЛИС 4), выдано [[D:{dold}]] в {H_prep}, адрес: [[A:{ah1}]];
— запись 3: полис старого образца [[R:{pol_join}]] (ВПОЛИС 1), признан недействительным.
Прошу закрыть запись 2 в связи со сменой места жительства (заявление застрахованного № [[R:{ob}]]).
Начальник отдела ведения регионального сегмента ЕРЗЛ [[P:{h_s}]], [[T:{tc1}]], [[E:{mo}]]""",
    ),
    (
        45,
        "расшифровка звонка в колл-центр ТФОМС о полисе для лечения в соседнем регионе",
        """ТФОМС {R_gen}, горячая линия [[T:{t800}]] — автоматическая расшифровка, [[D:{td1}]]
оператор [[P:{s_fi}]]: территориальный фонд слушаю
абонент: меня в тюмени кладут на операцию а у меня полис старый говорят не примут
оператор: продиктуйте серию и номер
абонент: серия {pol_ser} номер [[R:{pol_no}]]
оператор: ваше фио и дата рождения
абонент: [[P:{p_low}]] [[B:{bd_sp}]]
оператор: вы по адресу прописаны
абонент: [[A:{aasr}]]
оператор: вам нужно получить полис единого образца, временное свидетельство дадут сразу, номер будет [[R:{vs}]] примерно через час
абонент: перезвоните мне [[T:{t_asr}]]""",
    ),
    (
        66,
        "претензия ТФОМС другого региона по отказу в оплате межтерриториального случая и ответ",
        """Претензия ТФОМС {H_gen} № {outno} от [[D:{td1}]] по счёту № {schet} (МТР, {period})
Оспариваемый случай: IDCASE [[R:{idcase}]], N_ZAP [[R:{nzap}]], [[P:{p_s}]], [[B:{bd}]], ЕНП [[O:{enp}]]
Оказана: {R_hosp}, ИБ № [[R:{ib}]], с [[D:{td2}]] по [[D:{td3}]], КСГ {ksg}, {sum} руб.
Позиция ТФОМС {R_gen}: отказ по коду 1.4.4 необоснован — на дату лечения полис действовал; адрес застрахованного: [[A:{ah1}]].
Приложение: выписка из ЕРЗЛ, копия медкарты.
Начальник управления МТР ТФОМС {R_gen} [[P:{h}]]; исп. [[P:{s_s}]], тел. [[T:{tc2}]]""",
    ),
    (
        72,
        "справка здравпункта о травме на промысле и транспортировке вахтовика в областной центр",
        """СПРАВКА здравпункта № {small} (месторождение, вахта)
Дана [[P:{p_dat}]], [[B:{bd}]], табельный № [[R:{tab}]], проживающ{p_ei} по адресу: [[A:{ah1}]],
в том, что [[D:{td1}]] в {tm} получил{p_a} травму ({icd}) при производстве работ.
Транспортирован{p_a} вертолётом {board} до Тюмени, далее СМП в ГБУЗ ТО «ОКБ № 2» ([[A:{ao}]]).
На вахте проживал{p_a}: [[A:{avakh}]]. Полис [[O:{enp}]].
Акт Н-1 — оформляется работодателем (ИНН {innorg}). Родственники: [[P:{q_fi}]], [[T:{tm1}]]
Фельдшер [[P:{s_s}]], спутниковый [[T:{tm2}]]""",
    ),
    (
        74,
        "обращение на портале о выборе страховой медицинской организации и замене полиса при переезде",
        """Госуслуги — Заявление о выборе (замене) СМО · № [[R:{portal}]] · [[D:{td_iso}]]
1. Застрахованное лицо: [[P:{p}]], дата рождения [[B:{bd_iso}]], пол {p_sex}
2. Документ: паспорт РФ [[Q:{pas}]], выдан [[D:{pas_d}]], к/п {kpd}
3. СНИЛС [[S:{sn}]]; ИНН [[I:{inn}]]
4. Адрес регистрации: [[A:{ah1}]]
5. Адрес места жительства: [[A:{a1}]]
6. Прежний полис: [[O:{enp}]], СМО прежнего региона {H_smo}
7. Желаемая СМО: {smo} (реестровый код {R_smo}); форма полиса — электронный (ВПОЛИС 2)
8. Контакты: [[T:{tm2}]], [[E:{m1}]]
Статус: выписка из ЕРЗЛ направлена; временное свидетельство не требуется.""",
    ),
    (
        86,
        "телемедицинская консультация и вылет санавиации за пациентом в отдалённое село",
        """ТЕЛЕМЕДИЦИНСКАЯ КОНСУЛЬТАЦИЯ (врач — врач), запрос [[R:{tmk}]] от [[D:{td1}]] {tm}
Запрашивающая МО: {R_hosp}, [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]], проживает в [[A:{al1}]] (прописка — [[A:{ah1}]])
Полис [[O:{enp}]]; паспорт [[Q:{pas}]]
Консультант: [[P:{e_s}]] (окружная клиническая больница). Рекомендовано: эвакуация.
Вызов санавиации [[R:{sa}]]; борт {board}, вылет из Ханты-Мансийска {tm_b}, посадка на площадке {R_vil}.
Контакт в ЦРБ [[P:{d_s}]]: [[T:{tc1}]]; родственники [[T:{tm1}]]""",
    ),
    (
        89,
        "журнал медпункта вахтового посёлка и эвакуация работника вертолётом",
        """МЕДПУНКТ — [[A:{avakh}]] — журнал
[[D:{td1}]] {tm}: обратился [[P:{p}]], возр. {age}, подрядчик ООО «Ямалспецстрой», таб. [[R:{tab}]]
   место жительства: [[A:{ah1}]]; полис [[O:{enp}]]; паспорт [[Q:{pas}]]
   Д-з {icd}; вызов санавиации [[R:{sa}]], эвакуация {board} в ГБУЗ ЯНАО «Салехардская ОКБ»
[[D:{td2}]]: сообщено жене [[P:{q_io}]] по [[T:{tm1}]]; старший смены [[P:{m_s}]] — [[T:{tc1}]]
Рейсы вахты: {flight} (Уфа — Бованенково), {flight2}; поезд до Лабытнанги не используется.
Фельдшер [[P:{s_s}]]""",
    ),
    (
        5,
        "медицинский отбор паломников для хаджа и выписка о прививках",
        """МЕДИЦИНСКАЯ КАРТА ПАЛОМНИКА № [[R:{karta}]]  (хадж 2026)
ФИО: [[P:{p}]]   дата рождения: [[B:{bd}]]
Загранпаспорт: [[Q:{pasz}]]; внутренний паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]
Телефон: [[T:{tm2}]]; родственник — [[P:{u_fi}]], [[T:{tc1}]]
Полис ОМС [[O:{enp3}]]; полис ВЗР [[R:{tpol}]]
Прививки: менингококковая ACYW — [[D:{td1}]]; грипп — [[D:{td2}]]. Сертификат прививок № [[R:{amb}]].
Заключение: противопоказаний нет. Группа № {grp}, рейс {flight} Махачкала — Медина.
Врач-терапевт, {R_hosp}""",
    ),
    (
        6,
        "лист перевода пациента в республиканскую больницу соседнего региона",
        """ЛИСТ ПЕРЕВОДА № [[R:{napr}]]
Из: {R_hosp} ([[A:{ao}]])
В: ГБУЗ «Республиканская клиническая больница» Минздрава РСО-Алания, [[A:362019, г. Владикавказ, ул. Барбашова, д. 39]]
Больн{p_aya}: [[P:{p}]], [[B:{bd}]], ИБ № [[R:{ib}]]
Адрес: [[A:{a1}]]
Полис [[O:{enp3}]]; СНИЛС [[S:{sn}]]
Согласовано по ТМК [[D:{td1}]] {tm} (запрос [[R:{tmk}]]), с зав. отделением [[P:{e_s}]].
Транспорт: реанимобиль {plate}, маршрут Назрань — Владикавказ (трасса Р-217), 3{small} км.
Сопровождающий [[P:{u_fi}]], тел. [[T:{tm2}]]""",
    ),
    (
        7,
        "карта вызова при эвакуации альпиниста в Приэльбрусье",
        """КАРТА ВЫЗОВА СМП № [[R:{call}]], [[D:{td1}]] {tm}
Вызов от КБ ПСО МЧС (спасатель [[P:{m_fi}]], [[T:{tm2}]])
Место: склон Эльбруса, приют «Бочки», высота 3700 м; спуск на ратраке до пос. Терскол.
Пострадавш{p_ii}: [[P:{p}]], [[B:{bd}]], житель {H_gen}: [[A:{ah1}]]
Полис [[O:{enp}]]; страховка альпиниста [[R:{tpol}]]; паспорт [[Q:{pas}]]
Д-з: T70.2 (высотная болезнь). Доставлен{p_a} в ГБУЗ «ЦРБ» Эльбрусского района ([[A:{ao}]]).
Родственники: [[P:{q_fi}]] — [[T:{tch}]]
Фельдшер [[P:{s_s}]]""",
    ),
    (
        9,
        "справка травмпункта туристу горнолыжного курорта",
        """СПРАВКА № [[R:{amb}]]
{R_hosp}, травматологический пункт (сезонный, пос. Домбай)
[[D:{td1}]] обратил{p_sya} [[P:{p}]], [[B:{bd}]], турист из {H_gen}.
Проживает (временно): [[A:{a1}]]; постоянно: [[A:{ah1}]]
Полис ОМС [[O:{enp}]]; ДМС [[R:{dms}]] (сервисная компания, [[T:{t800}]])
Д-з: {icd}. Наложена гипсовая лонгета. Рекомендовано наблюдение по месту жительства.
Врач-травматолог [[P:{d_s}]]; тел. травмпункта [[T:{tc1}]]""",
    ),
    (
        15,
        "направление члена семьи военнослужащего в военный госпиталь",
        """НАПРАВЛЕНИЕ № [[R:{napr}]]
в филиал № 1 ФГКУ «412 ВГ» Минобороны России, [[A:{ao}]]
Член семьи военнослужащего: [[P:{q}]], [[B:{bd2}]], жена [[P:{u_gen}]] (в/ч {vch}, личный номер [[R:{lichn}]])
Удостоверение личности офицера супруга [[R:{voen}]]
Адрес: [[A:{a1}]]; прежнее место службы мужа — [[A:{avch}]]
Полис [[O:{enp}]]; СНИЛС [[S:{sn}]]; тел. [[T:{tm2}]]
Д-з {icd}. Направляет: медицинская служба в/ч {vch}, начальник [[P:{d_s}]]. [[D:{td1}]]""",
    ),
    (
        20,
        "письмо родственников в Минздрав Чеченской Республики о направлении больного в федеральный центр",
        """Министру здравоохранения Чеченской Республики
от [[P:{u_gen}]], проживающего по адресу: [[A:{a1}]],
тел. [[T:{tm2}]], [[T:{tcw}]] (домашний)
ЗАЯВЛЕНИЕ
Прошу оказать содействие в направлении моего родственника [[P:{p_gen}]] ([[B:{bd}]], паспорт [[Q:{pas}]], полис [[O:{enp3}]]) в {fedc_msk} в Москве.
Сейчас лечится в {R_hosp} с [[D:{td1}]] (история болезни [[R:{ib}]]). Врачи рекомендуют ВМП.
Родственник проживает в [[A:{al1}]].
[[D:{td2}]], [[P:{u_s}]]
Резолюция: в отдел ВМП, вх. [[R:{vh}]]""",
    ),
    (
        26,
        "обращение отдыхающего санатория Кавминвод за неотложной помощью",
        """Санаторий «Машук Аква-Терм», медицинский пост, журнал неотложной помощи
[[D:{td1}]] {tm}: отдыхающ{p_ii} [[P:{p}]], корпус {small}, номер {cab}
   путёвка (санаторно-курортная карта № [[R:{karta}]]), прибыл{p_a} из {H_gen}, адрес: [[A:{ah1}]]
   полис [[O:{enp}]]; тел. [[T:{tm1}]]
   жалобы: боль в эпигастрии; вызвана СМП, карта [[R:{call}]], доставлен{p_a} в ГБУЗ СК «Пятигорская ГКБ № 2» ([[A:{ao}]])
[[D:{td2}]]: сообщено дочери [[P:{q_fi}]], [[T:{tch}]]
Дежурный врач [[P:{d_s}]]""",
    ),
]
KINDS16 += [
    (
        1,
        "журнал фельдшерско-акушерского пункта горного посёлка об обращениях туристов",
        """ФАП пос. Гузерипль — журнал амбулаторного приёма (туристы плато Лаго-Наки)
[[D:{td1}]] | [[P:{p}]], {age} л. | турист, турбаза «Лаго-Наки», маршрут Гузерипль — Фишт
   дом. адрес: [[A:{ah1}]] | полис [[O:{enp}]] | укус клеща, клещ на исследование, направление [[R:{napr}]]
[[D:{td2}]] | [[P:{n}]] | проживает [[A:{a1}]] | растяжение голеностопа
   сопровождающий инструктор [[P:{m_fi}]] — [[T:{tm2}]]
Вызов СМП из {R_hosp} — [[T:{tc1}]]; фельдшер [[P:{s_s}]]""",
    ),
    (
        8,
        "журнал выездной бригады к чабанам на отгонных пастбищах",
        """Выездная врачебная бригада ЦРБ — журнал осмотров на отгонных пастбищах, [[D:{td1}]]
Точка: кошара «Хар-Булук», {small} км от {R_vil} по грунтовой дороге.
1. [[P:{p}]], [[B:{bd}]], чабан (сезонно из {H_gen}), прописан{p_a}: [[A:{ah1}]]; полис старого образца серия {pol_ser} № [[R:{pol_no}]] — предложено переоформить
2. [[P:{n}]], [[B:{bd2}]], место жительства [[A:{a1}]], полис [[O:{enp3}]]
3. [[P:{k_s}]], временное свидетельство № [[R:{vs}]] (срок не истёк)
Хозяин стоянки (КФХ, ИНН главы [[I:{inn}]]) [[P:{u_fi}]], тел. [[T:{tm2}]]
Бригада: [[P:{d_s}]]; а/м {plate}""",
    ),
    (
        23,
        "прикрепление сезонного рабочего по временному свидетельству ОМС",
        """Уведомление о прикреплении по временному свидетельству (вид полиса 4 по справочнику 1.2.643.5.1.13.13.11.1035)
МО: {R_hosp}, [[A:{ao}]]
Застрахованный: [[P:{p}]], [[B:{bd}]], место рождения: {H_town_t}
Временное свидетельство № [[R:{vs}]] выдано [[D:{td1}]] ({smo}), действительно до [[D:{tend}]]; ЕНП будет присвоен позже.
Место жительства: [[A:{ah1}]]
Место пребывания на сезон: [[A:{a1}]] (общежитие виноградарского хозяйства, трудовой договор [[R:{tab}]])
Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], тел. [[T:{tm1}]]""",
    ),
    (
        30,
        "акт медицинского освидетельствования мигранта при оформлении временной регистрации",
        """АКТ медицинского освидетельствования № [[R:{pril}]]
[[D:{td1}]], ГБУЗ АО «ОКПНД» ({R_town})
Иностранный гражданин: [[P:{x}]], [[B:{bd}]], гражданство — Республика Казахстан
Национальный паспорт [[Q:{pasf}]]; миграционная карта [[R:{mig}]]; разрешение на временное проживание [[R:{rvp}]]
Адрес постановки на миграционный учёт: [[A:{a1}]]
Принимающая сторона: [[P:{m}]], [[T:{tm2}]]
Вид на жительство (прежний, аннулирован): [[R:{vnzh}]]
Заключение: заболеваний, представляющих опасность для окружающих, не выявлено. Врач [[P:{d_s}]]""",
    ),
    (
        34,
        "ответ комитета здравоохранения на жалобу о маршрутизации пациента в другой регион",
        """КОМИТЕТ ЗДРАВООХРАНЕНИЯ {R_gen}
[[A:{ao}]]
[[D:{td2}]] № {outno}
на № [[R:{ob}]] от [[D:{td1}]]
[[P:{q_dat}]]
[[A:{a1}]]
Уважаемая [[P:{q_io}]]!
По Вашему обращению о направлении [[P:{p_gen}]] ([[B:{bd}]]) в {fedc} сообщаем: в соответствии с порядком направления ({ord}) пациент включён в лист ожидания, талон ВМП [[R:{vmp}]]; дата госпитализации — [[D:{td4}]].
Расходы на проезд из Волгограда до места лечения ({train}) компенсируются по заявлению.
Председатель комитета [[P:{h_s}]]; [[T:{tc1}]]""",
    ),
    (
        61,
        "сводная ведомость межтерриториальных расчётов за лечение жителей ДНР и ЛНР",
        """СВОДНАЯ ВЕДОМОСТЬ по МТР (ТФОМС {R_gen} → ТФОМС {H_gen}), {period}
Реестр № {reestr}; счёт № {schet} от [[D:{td1}]]; итого {sum} руб.; ОКАТО плательщика {H_ok5}
поз. | IDCASE | пациент | полис | адрес (ЕРЗЛ) | МО
1 | [[R:{idcase}]] | [[P:{p_s}]], [[B:{bd}]] | [[O:{enp}]] | [[A:{ah1}]] | ГБУ РО «ОКБ» ({R_town})
2 | [[R:{idcase2}]] | [[P:{n_s}]], [[B:{bd2}]] | врем. свид. [[R:{vs}]] | [[A:{ah2}]] | {R_hosp}
3 | [[R:<<#######>>]] | [[P:{k_s}]] | ЕНП [[O:{enp2}]] | {H} (адрес не указан) | ГБУ РО «ОДКБ»
Сверено с ЕРЗЛ. Тел. [[T:{tc1}]] доб. {ext}""",
    ),
    (
        91,
        "журнал приёмного отделения об обращениях отдыхающих курортного сезона",
        """{R_hosp} — журнал приёма иногородних (курортный сезон)
[[D:{td1}]] {tm} | [[P:{p}]] | [[B:{bd}]] | отдыхает: [[A:{a1}]] | прописка: [[A:{ah1}]] | полис [[O:{enp}]] | {icd} | госпитализирован{p_a}, ИБ [[R:{ib}]]
[[D:{td2}]] {tm_b} | [[P:{n}]] | [[B:{bd2}]] | гостевой дом: [[A:{a2}]] | полиса нет, паспорт [[Q:{pas2}]] | {icd2} | амб., справка [[R:{amb}]]
Связь с родственниками: [[T:{tm1}]]
Приёмное [[T:{tc1}]]""",
    ),
    (
        92,
        "заявление о прикреплении членов семьи военнослужащего флота к военной поликлинике",
        """Начальнику ФГБУ «1472 ВМКГ» Минобороны России (поликлиника)
от [[P:{u_gen}]], военнослужащего в/ч {vch}, личный номер [[R:{lichn}]]
ЗАЯВЛЕНИЕ
Прошу прикрепить членов моей семьи, прибывших к новому месту службы из {H_gen}:
жену [[P:{q_acc}]], [[B:{bd2}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]];
{c_sn_acc} [[P:{c_acc}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]].
Проживаем: [[A:{a1}]] (служебное жильё), прежний адрес [[A:{ah1}]].
Военный билет/удостоверение: [[R:{voen}]]. Тел. [[T:{tm1}]]
[[D:{td1}]] — подпись""",
    ),
    (
        4,
        "карта вызова при дорожно-транспортном происшествии с туристами на Чуйском тракте",
        """КАРТА ВЫЗОВА СМП № [[R:{call}]]  [[D:{td1}]] {tm}
Место ДТП: Р-256 «Чуйский тракт», {km} км, перевал Чике-Таман; а/м туристов {plate_h} и {plate}.
Пострадавшие:
1) [[P:{p}]], [[B:{bd}]], турист из {H_gen}, адрес: [[A:{ah1}]], полис [[O:{enp}]]
2) [[P:{n}]], [[B:{bd2}]], местн{n_yi}, [[A:{a1}]]
Доставлены в {R_hosp}; тяжёлый — санавиацией в Горно-Алтайск (вызов [[R:{sa}]]).
Звонивший: [[P:{m_fi}]], [[T:{tm2}]]. Фельдшер [[P:{s_s}]]""",
    ),
    (
        17,
        "маршрутный лист пациента, направленного в федеральный центр, с оплатой проезда",
        """МАРШРУТНЫЙ ЛИСТ пациента, направленного за пределы {R_gen}
Пациент: [[P:{p}]], [[B:{bd}]]; полис [[O:{enp3}]]; паспорт [[Q:{pas}]]
Адрес: [[A:{a1}]]
Направление № [[R:{napr}]] от [[D:{td1}]] в {fedc} ([[A:{afed}]])
Маршрут: Кызыл — Абакан (автобус), Абакан — Новосибирск ({flight}), обратно [[D:{td4}]].
Сопровождающий: [[P:{u}]], [[T:{tm2}]]
Компенсация проезда — по заявлению № [[R:{ob}]] в Минздрав РТ. Направившая МО: {R_hosp}, районы обслуживания: {dists}.
Ответственный [[P:{s_s}]], [[T:{tc1}]]""",
    ),
    (
        19,
        "расшифровка звонка в колл-центр с жалобой на отказ в приёме без местной прописки",
        """Горячая линия Минздрава {R_gen}, ASR-расшифровка [[D:{td1}]] {tm}, обращение [[R:{ob}]]
оператор: минздрав хакасии слушаю
абонент: в поликлинике отказали потому что прописка из {H_town_gen_low}
оператор: представьтесь пожалуйста
абонент: [[P:{p_low}]]
оператор: номер полиса
абонент: [[O:{enp}]]
оператор: по какому адресу вы сейчас живёте
абонент: [[A:{aasr}]]
оператор: оставьте номер для связи
абонент: [[T:{t_w}]]
оператор: плановая помощь по полису оказывается при прикреплении к поликлинике напишите заявление ответ придёт в течение тридцати дней""",
    ),
    (
        22,
        "письмо сына-вахтовика в министерство здравоохранения о матери, оставшейся в селе",
        """Министру здравоохранения Алтайского края
от [[P:{u_gen}]]
(сейчас на вахте: [[A:{avakh_y}]]; тел. [[T:{tm1}]], [[E:{m1}]])
Прошу помочь моей матери, [[P:{q_dat}]] ([[B:{bd_old}]]), проживающей в [[A:{al1}]].
ФАП закрыт, до {R_hosp} {km} км, скорая едет по 3 часа. Мама — инвалид, полис [[O:{enp3}]], СНИЛС [[S:{sn}]].
Присматривают соседи, [[P:{n_fi}]], тел. [[T:{tm2}]].
Прошу организовать выезд врача или госпитализацию.
[[D:{td1}]], [[P:{u_s}]]
вх. [[R:{vh}]] от [[D:{td2}]]""",
    ),
    (
        24,
        "заявка на вылет санитарной авиации из эвенкийского посёлка и телемедицинская консультация",
        """Красноярский краевой центр медицины катастроф — ЗАЯВКА на вылет [[R:{sa}]]
Дата/время: [[D:{td1}]] {tm}
Из: {R_hosp}, [[A:{ao}]]
Пациент: [[P:{p}]], [[B:{bd}]]; ИБ [[R:{ib}]]; полис [[O:{enp3}]]
Место жительства: [[A:{a1}]]
Д-з: {icd}; ТМК [[R:{tmk}]] с ККБ, консультант [[P:{e_s}]].
Борт {board}, маршрут Красноярск — Тура — Красноярск, 2 дозаправки; метео — ограничения.
Ответственный врач [[P:{d_s}]], [[T:{tc1}]]; спутниковый ЦРБ [[T:{tm2}]]""",
    ),
    (
        38,
        "запрос ТФОМС в ТФОМС другого региона о застрахованном лице и ответ",
        """ТФОМС {R_gen} — ТФОМС {H_gen}
Запрос {outno} от [[D:{td1}]] (по ЗЭД МТР)
Просим подтвердить страховую принадлежность: [[P:{p}]], [[B:{bd}]], документ [[Q:{pas}]], СНИЛС [[S:{sn}]].
Пациент получал медпомощь в ОГАУЗ «ИГКБ № 1» ([[A:{ao}]]) с [[D:{td2}]], ИБ [[R:{ib}]]; предъявил временное свидетельство [[R:{vs}]].
Адрес, указанный пациентом: [[A:{ah2}]]
—
Ответ [[D:{td3}]]: застрахован{p_a}, ЕНП [[O:{enp}]] (ВПОЛИС 3), СМО {smo}, код СМО {H_smo}; адрес по ЕРЗЛ: [[A:{ah1}]].
Тел. [[T:{tch}]], [[E:{mo2}]]""",
    ),
    (
        42,
        "направление шахтёра-вахтовика после травмы в областной центр охраны здоровья шахтёров",
        """НАПРАВЛЕНИЕ № [[R:{napr}]] в ГАУЗ «Кузбасский клинический центр охраны здоровья шахтёров»
([[A:{ao}]])
Пациент: [[P:{p}]], [[B:{bd}]], ГРОЗ, шахта «Распадская», таб. № [[R:{tab}]]
Постоянное место жительства: [[A:{ah1}]] (работает вахтовым методом)
Временное: [[A:{a1}]] — общежитие
Полис [[O:{enp}]]; СНИЛС [[S:{sn}]]
Травма [[D:{td1}]] в шахте, акт Н-1 № {small} (организации). Д-з {icd}.
Врач здравпункта [[P:{d_s}]]; диспетчер шахты [[T:{tc1}]]; жена [[P:{q_fi}]] — [[T:{t_brk}]]""",
    ),
    (
        54,
        "письмо-приглашение НМИЦ пациенту из другого региона на госпитализацию",
        """ФГБУ «НМИЦ им. ак. Е.Н. Мешалкина» Минздрава России
[[A:{afed_nsk}]]
[[P:{p_dat}]]
[[A:{abrh}]]
Уважаем{p_yi} [[P:{p_io}]]!
Приглашаем Вас на госпитализацию [[D:{td3}]] (номер в листе ожидания [[R:{kvota}]]).
При себе: паспорт [[Q:{pas}]], полис ОМС [[O:{enp}]], СНИЛС [[S:{sn}]], направление ф. 057/у-04 № [[R:{napr}]].
Ближайший аэропорт — Толмачёво; трансфер не предоставляется. Проживание сопровождающих — гостиница при центре.
Контакт-центр: [[T:{tc1}]], [[T:{t800}]]; e-mail: [[E:{mo}]]
Отдел госпитализации, [[P:{s_s}]], [[D:{td1}]]""",
    ),
    (
        70,
        "журнал прикрепления иногородних студентов томских вузов по месту пребывания в общежитии",
        """Студенческая поликлиника — журнал прикрепления по месту пребывания
[[D:{td1}]] | [[P:{p}]] | [[B:{bdy_iso}]] | студ. билет [[R:{stud}]] | общежитие: [[A:{a1}]] | рег. по месту пребывания № [[R:{regpr}]] | полис [[O:{enp}]] | [[T:{tm1}]]
[[D:{td2}]] | [[P:{n}]] | [[B:{bdy}]] | зачётная книжка [[R:{zach}]] | квартира: [[A:{a2}]] | — | полис ст. образца {pol_ser} [[R:{pol_no}]] | —
   постоянная регистрация [[A:{ah1}]]
Примечание: студенты из {H_gen}, группа {grp}. Отв.: [[E:{mo}]]""",
    ),
    (
        3,
        "журнал медпункта туристического комплекса на Байкале об обращениях паломников и туристов",
        """Медпункт турбазы (Баргузинский залив), журнал
[[D:{td1}]] | [[P:{p}]] | паломник, группа к Иволгинскому дацану, из {H_gen}
   адрес: [[A:{ah1}]] | полис [[O:{enp}]] | гипертонический криз, СМП карта [[R:{call}]]
   с ним/с ней {c_sn} [[P:{c_s}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]]
[[D:{td2}]] | [[P:{fl_sur} {fl_first}]] | турист, паспорт [[Q:{pasf}]], страховка [[R:{tpol}]] | солнечный ожог
[[D:{td3}]] | [[P:{n_s}]] | местн{n_yi} ([[A:{a1}]]) | порез кисти
Гид: [[T:{tm2}]]. Ближайшая больница — {R_hosp}, [[T:{tc1}]]""",
    ),
    (
        14,
        "журнал вылетов санитарной авиации республиканского центра медицины катастроф в улусы",
        """РЦМК РС(Я) — журнал вылетов санавиации
[[D:{td1}]] | вызов [[R:{sa}]] | {R_vil} → Якутск | [[P:{p}]], [[B:{bd}]], прож. в [[A:{al1}]] | {icd} | {board}
   полис [[O:{enp3}]]; родственник [[P:{u_fi}]] [[T:{tm2}]]
[[D:{td2}]] | вызов [[R:<<В-26/####>>]] | Мирный → Якутск (ТМК [[R:{tmk}]]) | [[P:{n_s}]] | {icd2} | Ан-26
   адрес пациента: [[A:{a2}]]
Недоступны по погоде: {dists}. Дежурный врач-эвакуатор [[P:{d_s}]], [[T:{tc1}]]""",
    ),
    (
        25,
        "протокол перевода пациента из Приморья в федеральный центр в Хабаровске",
        """ПРОТОКОЛ межрегионального перевода
[[D:{td1}]] {tm}. Из {R_hosp} в ФГБУ «ФЦССХ» Минздрава России (г. Хабаровск) — [[A:680009, г. Хабаровск, ул. Краснодарская, д. 2в]]
Пациент: [[P:{p}]], [[B:{bd}]], полис [[O:{enp3}]], СНИЛС [[S:{sn}]]
Адрес: [[A:{a1}]]
ИБ [[R:{ib}]]; ТМК [[R:{tmk}]] от [[D:{td1}]]; эвакуация [[R:{evac}]]
Транспорт: {board}, аэропорт Кневичи — Новый (Хабаровск); наземно не рекомендовано (трасса А-370 «Уссури», {km} км).
Сопровождает реаниматолог [[P:{d_s}]], [[T:{tm2}]]. Родственники: [[P:{q_fi}]], [[T:{tm1}]]""",
    ),
    (
        27,
        "медицинская справка при переводе осуждённого в краевую туберкулёзную больницу ФСИН",
        """ФКУЗ МСЧ-27 ФСИН России
МЕДИЦИНСКАЯ СПРАВКА на этапируемого
Осуждённ{p_yi}: [[P:{p}]], [[B:{bd}]], личное дело № [[R:{ldos}]]
Убывает из {ik} (г. Хабаровск) в ФКУ ЛИУ-{small} (адрес учреждения: [[A:{ao}]])
Место регистрации до осуждения: [[A:{ah1}]]
Д-з {icd}. Полис ОМС [[O:{enp}]] (застрахован по месту жительства); СНИЛС [[S:{sn}]].
Конвой: спецавтомобиль {plate}; распоряжение ФСИН {outno} от [[D:{td1}]].
Начальник медчасти [[P:{d_s}]]; дежурная часть [[T:{tc1}]]""",
    ),
    (
        28,
        "журнал здравпункта строителей космодрома, работающих вахтовым методом",
        """Здравпункт стройплощадки (ЗАТО Циолковский), журнал
[[D:{td1}]] | [[P:{p}]], таб. [[R:{tab}]], подрядчик ФГУП «ГВСУ № 6» | вахта из {H_gen}
   адрес: [[A:{ah1}]]; на вахте: [[A:{avakh}]]
   полис [[O:{enp}]]; ИНН [[I:{inn}]] (самозанятый); пропуск на объект № {small}
   Д-з {icd}; направлен в ФГБУЗ ДВОМЦ ФМБА России ([[A:{ao}]]), направление [[R:{napr}]]
[[D:{td2}]] | [[P:{n_s}]] — отказ от госпитализации, расписка.
Мастер [[P:{m_s}]]: [[T:{tm2}]]; здравпункт [[T:{tc1}]]""",
    ),
    (
        41,
        "карта эвакуации туриста с вулкана вертолётом санитарной авиации",
        """КАРТА ЭВАКУАЦИИ № [[R:{evac}]], [[D:{td1}]]
Место: Авачинский перевал, туристический лагерь у подножия Авачинского вулкана
Турист: [[P:{p}]], [[B:{bd}]], прибыл из {H_gen}, рейс {flight}
Адрес: [[A:{ah1}]]; временно — гостевой дом, [[A:{a1}]]
Полис ОМС [[O:{enp}]]; страховка [[R:{tpol}]]
Борт {board}; вызов [[R:{sa}]]; доставлен в ГБУЗ «Камчатская краевая больница им. А.С. Лукашевского».
Гид-проводник [[P:{m_fi}]], [[T:{tm2}]]; диспетчер ТЦМК [[T:{tc1}]]""",
    ),
    (
        65,
        "медицинская эвакуация с Курильских островов: лист эвакуации и рейсы",
        """ЛИСТ МЕДИЦИНСКОЙ ЭВАКУАЦИИ [[R:{evac}]]
Откуда: ГБУЗ «Южно-Курильская ЦРБ», [[A:{ao}]]
Пациентка: [[P:{q}]], [[B:{bd2}]], проживает в [[A:{al1}]]
Полис [[O:{enp3}]]; паспорт [[Q:{pas2}]]
Причина: {icd}. Вызов [[R:{sa}]] [[D:{td1}]]; авиарейс {flight} Менделеево — Южно-Сахалинск отменён (туман), эвакуация теплоходом «Игорь Фархутдинов», затем СМП.
Супруг [[P:{u_fi}]], [[T:{tm1}]]
Принимающая МО: ГБУЗ «Сахалинская ОКБ», [[A:{ao2}]]. Врач [[P:{d_s}]]""",
    ),
    (
        75,
        "справка о прикреплении членов семьи военнослужащего гарнизона к поликлинике",
        """СПРАВКА № {outno}
Выдана [[P:{q_dat}]], [[B:{bd2}]], жене военнослужащего в/ч {vch} [[P:{u_gen}]] (личный номер [[R:{lichn}]]),
проживающей: [[A:{avch}]], кв. {small},
в том, что она прикреплена к {R_hosp} для медицинского обслуживания по полису ОМС [[O:{enp}]] с [[D:{td1}]].
Дети: [[P:{c}]], [[B:{bdk}]], свидетельство о рождении [[C:{bc}]].
Прежнее место жительства: [[A:{ah1}]].
Регистратура [[T:{tc1}]]; главный врач [[P:{h_s}]]""",
    ),
    (
        79,
        "переписка пациентки в мессенджере поликлиники о записи в краевую больницу соседнего региона",
        """Чат «Поликлиника — запись к специалистам» · [[D:{td1}]]
[[P:{q_fi}]] ({tm}): Здравствуйте! Мне нужна запись в ККБ № 1 Хабаровска к эндокринологу. Полис [[O:{enp3}]], живу [[A:{a1}]]
Поликлиника (через 20 мин): Добрый день! Оформим направление на консультацию в другой субъект (Хабаровский край). Укажите дату рождения и СНИЛС.
[[P:{q_fi}]]: [[B:{bd2}]], [[S:{sn}]]; телефон [[T:{tm2}]]
Поликлиника: направление № [[R:{napr}]] от [[D:{td2}]]. Приём [[D:{tdd}]]. Адрес ККБ: [[A:680009, г. Хабаровск, ул. Краснодарская, д. 9]]. Электричка Биробиджан — Хабаровск — по расписанию.
[[P:{q_fi}]]: спасибо! дубль на почту [[E:{m2}]]""",
    ),
    (
        87,
        "межтерриториальные расчёты и оплата проезда при лечении жителя Чукотки в Москве",
        """Департамент социальной политики {R_gen} — РЕШЕНИЕ об оплате проезда к месту лечения
Заявитель: [[P:{p}]], [[B:{bd}]], проживающ{p_ii} по адресу: [[A:{a1}]]
Паспорт [[Q:{pas}]], СНИЛС [[S:{sn}]], ИНН [[I:{inn}]], полис [[O:{enp3}]]
Лечение: {fedc}, [[A:{afed}]], с [[D:{td2}]] (ИБ [[R:{ib}]]; МТР: IDCASE [[R:{idcase}]], счёт № {schet}, ТФОМС {R_gen}).
Проезд: Анадырь — Москва, рейс {flight}; сопровождающий [[P:{u}]].
Заявление № [[R:{ob}]] от [[D:{td1}]]. Оплатить по р/с получателя. Справки [[T:{tc1}]]""",
    ),
    (
        93,
        "оформление временного свидетельства ОМС жителю ДНР при переходе на полис РФ",
        """ВРЕМЕННОЕ СВИДЕТЕЛЬСТВО, подтверждающее оформление полиса ОМС (вид 4, ФОМС)
№ [[R:{vs}]]   дата выдачи [[D:{td1}]]   действительно до [[D:{tend}]]
Застрахованное лицо: [[P:{p}]], пол {p_sex}, дата рождения [[B:{bd}]]
Место рождения: г. Донецк Донецкой обл.
Документ: паспорт гражданина РФ [[Q:{pas}]], выдан [[D:{pas_d}]] МВД по ДНР, к/п {kpd}
Адрес регистрации: [[A:{a1}]]
СНИЛС [[S:{sn}]]; прежний документ — полис (справка) старого образца [[R:{pol_join}]]
СМО: {smo}, пункт выдачи [[A:{ao}]]; тел. [[T:{tc1}]], моб. заявителя [[T:{tm2}]]
Представитель СМО [[P:{s_s}]]""",
    ),
    (
        94,
        "расшифровка звонка в колл-центр ТФОМС о получении полиса единого образца",
        """ТФОМС {R_gen}, call-центр, ASR, [[D:{td1}]] {tm}, обращение [[R:{ob}]]
абонент: здравствуйте хочу узнать готов ли мой полис
оператор: фамилия имя отчество
абонент: [[P:{p_low}]]
оператор: номер временного свидетельства
абонент: [[R:{vs_words}]]
оператор: полис готов номер [[O:{enp}]] получить можно по адресу [[A:{ao}]]
абонент: а я в [[A:{al1}]] живу мне далеко
оператор: можно электронный полис по номеру телефона
абонент: [[T:{t_asr}]]""",
    ),
    (
        90,
        "направление на консультацию в медицинскую организацию другого субъекта (Крым, Ростов)",
        """НАПРАВЛЕНИЕ на консультацию (ф. 057/у-04) № [[R:{napr}]]
Из: {R_hosp}, [[A:{ao}]]
В: ГБУ РО «Ростовская областная клиническая больница», [[A:344015, г. Ростов-на-Дону, ул. Благодатная, д. 170]]
Пациент: [[P:{p}]], [[B:{bd}]]
Полис ОМС [[O:{enp3}]] (ВПОЛИС 2); временное свидетельство сдано ([[R:{vs}]])
Адрес: [[A:{a1}]]; тел. [[T:{tm2}]]
Д-з {icd}. Маршрут: Мелитополь — Ростов-на-Дону автобусом, {km} км.
Врач [[P:{d_s}]]; [[D:{td1}]]""",
    ),
    (
        99,
        "перевод пациента с космодрома Байконур в клиническую больницу ФМБА в Москве",
        """ФГБУЗ «ЦМСЧ № 1 ФМБА России», [[A:{ao}]]
ВЫПИСКА для перевода в ФГБУ ФНКЦ ФМБА России ([[A:115682, г. Москва, Ореховый б-р, д. 28]])
Пациент: [[P:{p}]], [[B:{bd}]], работник космодрома, таб. № [[R:{tab}]]
Адрес: [[A:{a1}]] (г. Байконур — аренда РФ)
Прописка в России: [[A:{ah1}]]
Полис ОМС [[O:{enp}]]; СНИЛС [[S:{sn}]]; паспорт [[Q:{pas}]]
ИБ [[R:{ib}]]; эвакуация спецрейсом {flight} Крайний — Чкаловский [[D:{td2}]].
Врач [[P:{d_s}]]; тел. [[T:{tc1}]] (код города 33622)""",
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
        assert m.start() in covered, (doc["id"], m[0])
    assert "{" not in text and "<<" not in text and "[[" not in text, doc["id"]


FED16 = {
    "1": "Центральный",
    "2": "Северо-Западный",
    "3": "Приволжский",
    "4": "Уральский",
    "5": "Северо-Кавказский",
    "6": "Южный",
    "7": "Сибирский",
    "8": "Дальневосточный",
}


def kind_of(rid: int, genre: str) -> str:
    return f"{SUBJECTS16[rid][0]} (Субъекты РФ, 1.2.643.5.1.13.13.99.2.206 v6.5, ID {rid}): {genre}"


def source_of(rid: int) -> str:
    name, ok2, ok5, fns, fed = SUBJECTS16[rid]
    fed_s = f"федеральный округ {fed} ({FED16[fed]})" if fed else "федеральный округ не указан"
    return (
        f"НСИ 1.2.643.5.1.13.13.99.2.206 v6.5 (Субъекты РФ), ID {rid} «{name}», "
        f"ОКАТО_2 {ok2}, OKATO_5 {ok5}, код ФНС {fns}, {fed_s}; виды полиса ОМС — "
        f"НСИ 1.2.643.5.1.13.13.11.1035 v1.3"
    )


TEMPLATES = KINDS16


def build_all() -> list[dict]:
    """Every document, in order; the same list on every call (fixed seed)."""
    rng = random.Random(SEED)
    rids = [t[0] for t in TEMPLATES]
    assert len(rids) == len(set(rids)), "one kind per region"
    assert set(rids) == set(SUBJECTS16) == set(R16), "every region has data and a kind"
    bodies = [t[2] for t in TEMPLATES]
    assert len(bodies) == len(set(bodies)), "no template shared between kinds"
    kinds = [kind_of(r, g) for r, g, _t in TEMPLATES]
    assert len({k.lower() for k in kinds}) == len(kinds), "kinds must be unique"
    docs: list[dict] = []
    for _rep in range(PER_KIND):
        for rid, genre, template in TEMPLATES:
            hid = rng.choice([r for r in rids if r != rid])
            doc = build(
                render16(rng, template, rid, hid),
                kind_of(rid, genre),
                source_of(rid),
                f"blind16_{len(docs):04d}",
            )
            check(doc)
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
