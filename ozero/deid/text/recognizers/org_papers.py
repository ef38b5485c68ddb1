"""Round 13: numbers of an organisation's own papers, told by the words around them.

A document word («заявка», «договор», «проба», «акт», «исх.») governs a person's record in
most medical paperwork, so the lexicon calls it DOC. Some contexts make the same word an
organisation's paper, whoever the document mentions; its number then identifies no person:

* a service request between departments: a repair («ремонт по заявке № …»), an
  engineering or a sterilisation (ЦСО) request, a request for a pass («заявка на разовый
  пропуск № …»; the car's plate on it stays masked);
* a spoiled blank and the act that cancels it («испорчен бланк № …», «погашен, акт № …»):
  never issued to anyone;
* a contract whose other party is written as an organisation right before it («ООО «…»
  (ИНН 10 digits) по договору № …», «Заказчик: ГБУЗ «…» … Договор № …») on a line that
  names no person (a patient, a citizen, a treatment paid for, a name with initials); an
  individual entrepreneur («ИП») is a person and is not one of them;
* samples of water, air, surfaces or food and their sampling act («Пробы № 12-1 … 12-4:
  вода питьевая»), on a line that names what was sampled;
* goods' waybills: «накладная на отпуск», «по накладным № …» (goods received), a waybill
  of numbered blanks («по накладной № … : серия … № … — № …»);
* a cash register's receipt counter right after its shift («Смена № 12 Чек № 40»);
* a supervisory body's decision to inspect an organisation («проверки на основании решения
  № …»), a knowledge-check commission's protocol («протокол № … заседания комиссии по
  проверке знаний»);
* an insurer's number in the register of insurers («СМО «…» (реестровый № …)»);
* a letter of a ministry, a federal health service or an insurance fund («Минздрав,
  письмо № 17-4/И/2-…»): a public body's circular;
* an outgoing number written after a company's name («ООО «…», исх. № …»), on a line that
  names no person;
* an IT service desk's ticket («Сервис-деск: обращение INC-1234»);
* a steriliser's cycle under a «№ цикла» header in a sterilisation request, and a
  washer's or a steriliser's run («цикл дезинфекции № …»);
* a state contract for goods bought («по контракту № … (закупка ОМС)»);
* an invoice issued to an organisation («Счёт № 85-о выставлен организации-работодателю»)
  on a line that names no person, or one for goods («счёт № … на оплату по договору
  поставки»);
* a journal's own number right before the number of its entry («в журнале № 32: 5252»,
  «журнал № 6, запись № …»: the entry stays a record);
* a building's technical passport («здание — технический паспорт № …»);
* an act of free transfer («АКТ № … безвозмездной передачи донорской крови») whose
  receiving party is an organisation and whose giving party, if written, is one too.
* a register, an invoice, a claim or a medico-economic control act in the settlements
  between insurance funds for care given away from home («Реестр № 9591; счёт № 7261» of
  «ТФОМС … → ТФОМС …», «АКТ медико-экономического контроля № … (по счетам МТР …)»,
  «Претензия ТФОМС … № … по счёту № … (МТР …)») on a line that names no person, where it
  or the lines just before name the settlements or two funds: a fund's batch of many
  patients' cases (a case's own IDCASE stays a record).

An act writing goods off («акт № … о списании») stays a record: a controlled drug is written
off dose by dose for the patient it was given to (round 13 had it public; a never-read half
lost a record number to it, stop 29). A person's paper stays a record: «заявка на госпитализацию», a contract «с Ивановым И.И.»
or with an «ИП», a patient's sample («проба крови»), an incoming number («вх.») of any
letter, a police or a court paper, an invoice to a patient or «за лечение», an act of
transfer to or from a citizen.
"""

from __future__ import annotations

import regex as re

# a company or a public body written as such: its legal form, or a 10-digit (organisation's)
# INN; «ИП» (an individual entrepreneur) is a person and is not here
_ORG_FORM = r"(?:ООО|АО|ПАО|ЗАО|ОАО|НАО|ГБУЗ|ГАУЗ|ГУЗ|ФГБУ|ФБУЗ|ФГБОУ|ГБУ|МБУЗ|ОГБУЗ|КГБУЗ)"
_QUOTED = r"«[^»\n]{1,80}»(?:\s*»)?"
# a non-residential building (no flat, no dwelling: those are a person's home)
_BUILDING = r"(?:здани|корпус|строени|сооружени)\w*"

_BEFORE = re.compile(
    r"(?:"
    # a repair or service done on a department's request; a request to the CSSD or for a pass
    r"(?i:(?:ремонт\w*|обслуживани\w*|замен\w*|наладк\w*)\s+по\s+заявк\w*\s*№\s*)"
    r"|(?i:заявк\w*\s+(?:в\s+)?(?:ЦСО|ЦСС|стерилизац\w+\s+отделени\w+)\s*№\s*)"
    r"|(?i:заявк\w*\s+на\s+(?:разов\w+\s+|постоянн\w+\s+|временн\w+\s+)?пропуск\w*\s*№\s*)"
    # a spoiled blank and the act that cancels it
    r"|(?i:испорчен\w*\s+(?:рецептурн\w+\s+)?бланк\w*\s*№\s*)"
    r"|(?i:погашен\w*\s*,?\s*акт\w*\s*№\s*)"
    # a washer's or a steriliser's run («цикл дезинфекции № R9591» of an endoscope): the
    # machine's counter (an IVF cycle names no disinfection and stays a record)
    r"|(?i:цикл\w*\s+(?:дезинфекц|стерилизац|обработк|мойк)\w*\s*№\s*)"
    # a building's technical passport («здание — технический паспорт № …», «технический
    # паспорт здания № …»); a dwelling's («квартиры», «жилого помещения») names its owner's home
    rf"|(?i:{_BUILDING}\s*[—–-]?\s*технич\w+\s+паспорт\w*\s*(?:БТИ\s*)?№\s*)"
    rf"|(?i:технич\w+\s+паспорт\w*\s+(?:БТИ\s+)?{_BUILDING}\s*№\s*)"
    # goods received on several waybills
    r"|(?i:по\s+накладным\s*№\s*)"
    # a cash register's receipt counter right after its shift
    r"|(?i:смена\s*№\s*\d{1,6}\s+(?:кассовый\s+)?чек\s*№\s*)"
    # a supervisory body's inspection of an organisation
    r"|(?i:проверк\w*\s+(?:на\s+основании\s+)?решени\w*\s*№\s*)"
    # an insurer's number in the register of insurers
    rf"|(?:СМО|(?i:страхов\w+\s+(?:медицинск\w+\s+)?(?:организаци|компани)\w*))\s*{_ORG_FORM}?\s*"
    rf"{_QUOTED}\s*\(\s*(?i:реестров\w*)\s*(?:№|(?i:номер))\s*"
    r")$",
    re.REVERSE,  # read from the end: ``match`` anchors at «№», not tried at every offset
)

# Papers between organisations, unless the line names a person they serve: a contract
# with an organisation written right before it (its legal form or its 10-digit INN), a
# company's outgoing number, a ministry's or a fund's letter
_BETWEEN_ORGANISATIONS = re.compile(
    rf"(?:{_ORG_FORM}\s*{_QUOTED}\s*(?:\(\s*ИНН\s*\d{{10}}\s*\))?|\(\s*ИНН\s*\d{{10}}\s*\))"
    r"\s*,?\s*(?i:по\s+)?(?i:договор\w*)\s*№\s*$"
    rf"|(?:ООО|АО|ПАО|ЗАО|ОАО|НАО)\s*{_QUOTED}\s*,?\s*(?i:исх\.?)\s*№\s*$"
    # a letter of a ministry, a federal service or a fund: a public body's circular (a
    # fund's letter about one insured person names them on its line)
    r"|(?:Минздрав\w*(?:\s+России|\s+РФ)?|Росздравнадзор\w*|Роспотребнадзор\w*|ФФОМС|ТФОМС)"
    r"\s*,?\s*(?i:письм\w*)\s*№\s*$",
    re.REVERSE,
)
# a person on the same line: a patient, an insured person, a citizen, a consumer, a
# treatment paid for, a surname with two initials
_PERSON_IN_LINE = re.compile(
    r"(?i:пациент|застрахованн|гражданин|гражданк|потребител|за\s+лечение|физическ\w+\s+лиц)"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\."
    r"|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+"
)

# a date of issue that may stand between a number and the words that place its paper
_DATE_OF_ISSUE = r"(?:\s*,?\s*от\s+\d{1,2}\.\d{1,2}\.\d{2,4})?"
_AFTER = {
    # «ЗАЯВКА № 115 от 26.01.2025 в инженерную службу»
    "request": re.compile(
        rf"{_DATE_OF_ISSUE}\s*,?\s*(?:в|на)\s+"
        r"(?i:инженерн|техническ|хозяйствен|ЦСО|стерилизац|ремонт)"
    ),
    # «накладная № 5 на отпуск ИЛП»
    "waybill": re.compile(r"\s*(?:от\s+\S+\s+)?(?i:на\s+(?:отпуск|перемещени))"),
    # «по накладной № 70966: серия 59 № 525578 — № 525627»: blanks received
    "blanks": re.compile(r"\s*:\s*(?i:серия)\s+\S{1,8}\s*№\s*\d{3,}\s*[—–-]"),
    # «протокол № 92-ОТ заседания комиссии по проверке знаний»
    "commission": re.compile(
        r"\s*(?i:заседани\w+\s+(?:\w+\s+){0,2}комисси\w+\s+по\s+проверке\s+знаний)"
    ),
    # an invoice issued to an organisation (an employer paying for its workers' check-ups),
    # or one for goods under a supply contract; an invoice issued to a patient, or «за
    # лечение», names no organisation here and stays a record
    "invoice": re.compile(
        rf"{_DATE_OF_ISSUE}\s*(?i:выставлен\w*\s+(?:организаци|юридическ\w+\s+лиц|работодател"
        r"|предприяти)|на\s+оплату\s+по\s+договор\w*\s+поставк)"
    ),
    # a state contract for goods or drugs bought for a fund («по контракту № 55/25-ЛИ
    # (закупка ОМС)»): a procurement, whoever the goods are given to
    "procurement": re.compile(
        rf"{_DATE_OF_ISSUE}\s*\(?\s*(?i:закупк|на\s+поставк|поставк|аукцион|44-ФЗ|ИКЗ)"
    ),
    # a journal's own number, then the number of its entry («в журнале № 32: 5252», «журнал
    # № 4, запись № 118»): the book is the department's, the entry (kept a record) the person's
    "journal": re.compile(r"\s*(?::|,\s*(?i:запис\w*|стр\.?|лист\w*)\s*(?:№\s*)?)\s*\d"),
}
# an invoice to an organisation that names a person on its line («… работодателю за
# медосмотр Иванова И.И.») bills that person's care: it stays a record
_NO_PERSON_IN_LINE = frozenset({"invoice"})
_HEAD_OF = {
    "request": re.compile(r"(?i:заявк\w*)\s*№\s*$", re.REVERSE),
    "waybill": re.compile(r"(?i:накладн\w*)\s*№\s*$", re.REVERSE),
    "blanks": re.compile(r"(?i:накладн\w*)\s*№\s*$", re.REVERSE),
    "commission": re.compile(r"(?i:протокол\w*)\s*№\s*$", re.REVERSE),
    "invoice": re.compile(r"(?i:сч[её]т\w*)\s*№\s*$", re.REVERSE),
    "journal": re.compile(r"(?i:журнал\w*)\s*№\s*$", re.REVERSE),
    "procurement": re.compile(r"(?i:(?<!\w)контракт\w*)\s*№\s*$", re.REVERSE),
}

# A line that says what was sampled: water, air, swabs from surfaces, food
_ENVIRONMENT_SAMPLE = re.compile(
    r"(?i:вод[аыу]\s+(?:питьев|горяч|холодн|бассейн|очищенн)|питьев\w+\s+вод"
    r"|смыв\w*\s+(?:с|из)\s+(?!рук)|воздух\w*\s+(?:помещ|операц|рабоч)|пищев\w+\s+продукц)"
)
_SAMPLE_HEAD = re.compile(r"(?i:(?:проб\w*|акт\w*\s+отбора(?:\s+проб)?)\s*№\s*)$", re.REVERSE)
# «Заказчик: ГБУЗ «…», адрес. Договор № …»: the contract of an organisation that ordered it
_CUSTOMER = re.compile(rf"(?i:заказчик)\s*:\s*{_ORG_FORM}\s*{_QUOTED}")
_CONTRACT_HEAD = re.compile(r"(?i:договор\w*)\s*№\s*$", re.REVERSE)

# An act of free transfer («АКТ № 035 безвозмездной передачи донорской крови …») whose
# receiving party is then written as an organisation («Принимающая сторона: ГБУЗ «…»»):
# goods passed between organisations. A transfer to a citizen (a wheelchair, medicines)
# names no organisation as the receiver, a citizen's donation names its giver: both stay
# records.
_TRANSFER_ACT = re.compile(r"(?i:акт\w*)\s*№\s*$", re.REVERSE)
_FREE_TRANSFER = re.compile(r"\s*(?i:безвозмездн\w+\s+передач)")
_RECEIVER_ORGANISATION = re.compile(
    rf"(?i:принимающ\w+\s+сторон\w*|получател\w*|принимающ\w+)\s*:\s*{_ORG_FORM}\s*«"
)
# the giving party, when written, must be an organisation too
_GIVER = re.compile(r"(?i:передающ\w+(?:\s+сторон\w*)?)\s*:\s*")
_ORGANISATION_NEXT = re.compile(_ORG_FORM)
_RECEIVER_REACH = 400

# An IT service desk's ticket (ITIL prefixes: incident, requested item, change, problem) on
# a line that names the service desk: a system's fault. (A lab's or a shop's customer
# service may number a person's request «INC…» too: that stays a record.)
_ITSM_TICKET = re.compile(r"(?:INC|RITM|CHG|PRB)-?\d{4,10}")
_SERVICE_DESK = re.compile(r"(?i:сервис-?деск|service\s?desk|servicedesk|itsm|хелп-?деск|helpdesk)")

# the settlements between funds for care given away from home, or two funds on one line
_BETWEEN_FUNDS = re.compile(r"МТР|(?i:межтерриториальн)|ТФОМС[^\n]{1,160}ТФОМС")
_SETTLEMENT_HEAD = re.compile(
    r"(?i:реестр\w*|сч[её]т\w*|претензи\w*(?:\s+ТФОМС[^№\n]{0,60})?"
    r"|акт\w*\s+медико-экономическ\w+\s+(?:контрол|экспертиз)\w*)\s*№\s*$",
    re.REVERSE,
)

_REACH = 160


# A clinical trial's protocol code, in Latin capitals and digits with a dash or a slash
# inside («MK-3475-B21», «CL-2231-RU», «D5180C00017»), or opened by «КИ» (клиническое
# исследование: «КИ-НСК-2026/02»), right after the word naming the protocol or the study:
# the sponsor's code for every subject of it. A patient's protocol is numbered by the
# clinic, in digits or its own Cyrillic letters («протокол ВК № 123», «протокол КТ-2025-9136»).
_TRIAL_CODE = re.compile(
    r"(?=[A-Z0-9/-]*[A-Z])(?=[A-Z0-9/-]*\d)[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*"
    r"|КИ(?:[-/][A-ZА-ЯЁ0-9]+)+"
)
# («Study:» is not among them: a RIS or a PACS export labels a patient's study so)
_TRIAL_BEFORE = re.compile(
    r"(?:(?P<english>(?i:protocol|trial))|(?i:протокол|исследовани)\w*)\s*:?\s*$"
)
# the Russian words number a patient's own protocol or study as often («протокол вскрытия
# HB26-21726-A1», «исследование CT23787980»): a trial's only with a trial's words in the line
_TRIAL_LINE = re.compile(
    r"(?i:спонсор|рандомиз|скрининг|субъект|участвует|участник\w*\s+исследовани|лэк|этическ"
    r"|eudract|clinicaltrials)|(?<!\w)(?:центр|site)\s+(?:№\s*)?[A-Z]*\d"
)

# the code's head glued before a number read alone («SIB-ONC-» of «SIB-ONC-2025-04»)
_CODE_HEAD = re.compile(r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*[-/]$")


def _trial_code(text: str, line_start: int, start: int, end: int) -> bool:
    head = _CODE_HEAD.search(text, max(line_start, start - 20), start)
    code_start = head.start() if head else start
    if not _TRIAL_CODE.fullmatch(text, code_start, end):
        return False
    word = _TRIAL_BEFORE.search(text, max(line_start, code_start - 20), code_start)
    if word is None:
        return False
    line_end = text.find("\n", end)
    return word["english"] is not None or bool(
        _TRIAL_LINE.search(text, line_start, len(text) if line_end < 0 else line_end)
    )


def organisations_paper(text: str, start: int, end: int) -> bool:
    """The number text[start:end] (after its «№») numbers an organisation's paper."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _ITSM_TICKET.fullmatch(text, start, end) and _SERVICE_DESK.search(
        text, line_start, line_end
    ):
        return True  # with or without its «№»
    before = text[max(line_start, start - _REACH) : start]
    if _trial_code(text, line_start, start, end):
        return True  # «Протокол MK-3475-B21», «исследовании SIB-ONC-2025-04»: the sponsor's
    if not before.rstrip().endswith(("№", "номер", "Номер", "НОМЕР")):
        return False  # every context below ends in «№» (or «реестровый номер»)
    if _BEFORE.match(before):
        return True
    line = text[line_start:line_end]
    for what, after in _AFTER.items():
        if (
            _HEAD_OF[what].match(before)
            and after.match(text, end)
            and (what not in _NO_PERSON_IN_LINE or not _PERSON_IN_LINE.search(line))
        ):
            return True
    if _BETWEEN_ORGANISATIONS.match(before) and not _PERSON_IN_LINE.search(line):
        return True
    if (
        _SETTLEMENT_HEAD.match(before)
        and _BETWEEN_FUNDS.search(text, max(0, line_start - _REACH), line_end)
        and not _PERSON_IN_LINE.search(line)
    ):
        return True
    if _SAMPLE_HEAD.match(before) and _ENVIRONMENT_SAMPLE.search(line):
        return True
    if _TRANSFER_ACT.match(before) and _to_organisation(text, line_start, line_end, end):
        return True
    customer = _CUSTOMER.search(line)
    return (
        customer is not None
        and not _PERSON_IN_LINE.search(line)
        and customer.end() <= start - line_start
        and bool(_CONTRACT_HEAD.match(before))
    )


def _to_organisation(text: str, line_start: int, line_end: int, end: int) -> bool:
    """The act numbered up to ``end`` is a free transfer to an organisation from an
    organisation: no person stands on its line or before the receiver, and a giving party
    written is an organisation («Передающая сторона: Иванов Пётр Петрович»: a citizen's
    donation is the citizen's paper)."""
    if not _FREE_TRANSFER.match(text, end):
        return False
    receiver = _RECEIVER_ORGANISATION.search(text, end, end + _RECEIVER_REACH)
    if receiver is None or _PERSON_IN_LINE.search(text, line_start, max(line_end, receiver.end())):
        return False
    return all(
        _ORGANISATION_NEXT.match(text, giver.end())
        for giver in _GIVER.finditer(text, end, receiver.start())
    )


# «| № цикла |» in a sterilisation request or log: the steriliser's run, no one's record
# (an IVF protocol's «№ цикла» is a patient's and names no sterilisation)
_CYCLE_HEADER = re.compile(r"\s*(?:№\s*цикла|(?i:номер\s+цикла|цикл\s*№))\s*")
_STERILISATION = re.compile(r"(?:ЦСО|(?i:стерилизац\w*|стерилизатор\w*|автоклав\w*))")


def sterilisation_cycle_header(text: str, start: int, end: int) -> bool:
    """text[start:end] is a «№ цикла» header in a text about sterilisation."""
    return bool(_CYCLE_HEADER.fullmatch(text, start, end) and _STERILISATION.search(text))
