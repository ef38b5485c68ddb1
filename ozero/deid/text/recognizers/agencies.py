"""The town of an agency is not the patient's address.

«суд г. Иваново», «УМВД по г. Курску», «выдан ОУФМС по Краснодарскому краю в Динском р-не»,
«нотариус нотариального округа г. Обнинск», «ОСФР по Республике Татарстан», «ОСП по г. Омску»,
«ЦГБ Бийска», «Военному комиссару г. Уфы»: a court, police department, hospital or registry
is named by its town, and the town says where the agency is, not where the person lives.
Only a place standing alone (a town, district or region, no street, house or flat) is
treated so: «отделение … , ул. Ленина, д. 5» remains an address. An address word between
the agency and the place («…, проживает: г. Курск») keeps the place.
"""

from __future__ import annotations

import regex as re

# Agencies and institutions, as words (any case) or as the capital abbreviations they go by.
_AGENCY = (
    r"(?:(?<![\w])(?i:суд|прокур(?:атур|ор)|военкомат|комиссар|администраци|реестр|отдел|управлени"
    r"|департамент|министерств|больниц|поликлиник|диспансер|роддом|госпитал|колледж"
    r"|университет|институт|академи|загс|родильн|подстанци|станци|филиал|лаборатори|клиник"
    r"|санатори|аптек|компани|комитет|минздрав|облздрав|горздрав|здравоохранени|колони"
    r"|изолятор|комиссариат|войсков|воинск|амбулатори|нотари|пристав|инспекци|казначейств"
    r"|налогов)\w*"
    r"|(?<![\w])(?:в/ч|ФАП(?:а|е|у|ом)?)(?![\w])"
    r"|(?<![\w])(?i:центр(?:а|у|ом|е)?|бюро)(?![\w])"
    r"|(?<![\w])(?:МВД|УМВД|ГУМВД|ОМВД|ОВД|ОП|УФМС|ОУФМС|ГУВМ|ОВМ|ТП|МФЦ|ГИБДД|ФСС|ПФР|СФР"
    r"|ГБ|ЦГБ|ГКБ|ЦРБ|РКБ|ОКБ|КБ|ГП|ДГП|ГАУЗ|ГБУЗ|ГУЗ|ФГБУ|ФГБОУ|НМИЦ|МСЧ|ЗАГС|НИИ|СМП|СМО"
    r"|ООО|АО|ОАО|ЗАО|ПАО|АНО|ГБУ|ФКУ|ФБУЗ|ОГБУЗ|КГБУЗ|МБУЗ|ФСИН|УФСИН|ГУФСИН|СИЗО|ИК|СК|СУ"
    r"|МСЭ|ФМБА|ТФОМС|ФОМС|ВВК|ОСФР|ОПФР|ГУ\s+ОПФР|ФНС|ИФНС|УФНС|МИФНС|ФССП|УФССП|ГУФССП|ОСП"
    r"|РОСП|ЦЗН|УСЗН|ОСЗН|ГИТ|ФТС)(?![\w]))"
)
# Between the agency and the place: no sentence end, comma or colon (a dot may cut a word
# short: «по Нижегородской обл. в …», and so may an initial or «им.»: «НИИ СП им. Н.В.
# Склифосовского (Москва)»), and no more than a few words.
_BETWEEN = r"(?:[^.;:,\n]|\.(?=\s*[а-яё])|(?<=(?<!\w)(?:[А-ЯЁ]|им|акад|проф))\.)"
_AGENCY_BEFORE = re.compile(rf"{_AGENCY}{_BETWEEN}{{0,45}}$")
# …or its name ends and a comma puts its town after it: «ООО «Инвитро», г. Санкт-Петербург»,
# «ФГБУ «НМИЦ кардиологии» Минздрава России, г. Москва», «Филиал № 2 ГП № 214, Зеленоград».
_AGENCY_THEN_COMMA = re.compile(rf"{_AGENCY}(?:{_BETWEEN}|«[^»\n]{{0,40}}»){{0,45}},\s*$")
_ADDRESS_WORD = re.compile(r"(?i:адрес|прожива|прож\.|зарегистр|прописк|прописан|жительств)")
_WINDOW = 80
# NER's place starts after «г.» (or a district's «г.о.», «р-н»): the settlement word belongs
# to the place, not to the gap («ОМВД по г.о. Подольск»)
_SETTLEMENT_WORD = re.compile(
    r"(?<!\w)(?:г|гор|город|с|пос|пгт|д|г\.\s?о|м\.\s?о|р-н|городско\w+\s+округ\w*)\.?\s*$"
)


# …or the agency follows its town: «переведён в Сыктывкар, РКБ», «г. Курск (ОКБ)».
_AGENCY_AFTER = re.compile(rf"\s*[,(]\s*{_AGENCY}")


def agency_follows(text: str, end: int) -> bool:
    """The place ending at ``end`` is followed by the agency it locates."""
    return bool(_AGENCY_AFTER.match(text, end))


def agency_place(text: str, start: int) -> bool:
    """The place starting at ``start`` names where an agency is (an agency word governs it
    in the same clause, with no address word in between)."""
    before = text[max(0, start - _WINDOW) : start]
    settlement = _SETTLEMENT_WORD.search(before)
    if settlement is not None:
        before = before[: settlement.start()]
    m = _AGENCY_BEFORE.search(before) or _AGENCY_THEN_COMMA.search(before)
    return m is not None and not _ADDRESS_WORD.search(before, m.start())
