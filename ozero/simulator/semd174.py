"""Render a world study as SEMD 174 «Протокол инструментального исследования» (CDA R2).

Shaped after the published CDA.xsd / 174.sch so that the parsers and de-identification are
tested on the structure real REMD documents have. The deliberately malformed documents
(``doc.is_malformed``) drop or corrupt one thing the XSD requires, but stay well-formed XML.
"""

from __future__ import annotations

from datetime import date, datetime

from lxml import etree

from ozero.simulator import reference
from ozero.simulator.catalogue import IDENTITY_DOCS, MKB10_VERSION
from ozero.simulator.imaging_catalogue import (
    ASSESSMENT_OBS_CODE,
    ASSESSMENT_OBS_NAME,
    ASSESSMENT_SYSTEM_NAME,
    ASSESSMENT_VERSION,
    FINDINGS_NAME,
    FINDINGS_VERSION,
    OID_ASSESSMENT,
    OID_FINDINGS,
    REFERRAL_CODE,
    REFERRAL_NAME,
)
from ozero.simulator.model import Organisation, Person, StudyDocument, World

V3 = "urn:hl7-org:v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
IDENTITY = "urn:hl7-ru:identity"
ADDRESS = "urn:hl7-ru:address"
FIAS = "urn:hl7-ru:fias"
MEDSERVICE = "urn:hl7-ru:medService"
NSMAP = {
    None: V3,
    "xsi": XSI,
    "identity": IDENTITY,
    "address": ADDRESS,
    "fias": FIAS,
    "medService": MEDSERVICE,
}
SNILS_ROOT = "1.2.643.100.3"
TEMPLATE_ID = "1.2.643.5.1.13.13.14.6.9.4"
_SECTIONS = "1.2.643.5.1.13.13.99.2.197"
_OBS_CODES = "1.2.643.5.1.13.13.99.2.166"
# ФСИДИ (1.2.643.5.1.13.13.11.1471, v2.38) study for each world service code (its NMU column)
FSIDI = {
    "A06.09.007": ("7002892", "Рентгенография грудной клетки"),
    "A06.09.006": ("7003320", "Рентгенография флюорография легких"),
    "A06.09.005": ("7001894", "Компьютерная томография груди"),
    "A06.23.004": ("7001472", "Компьютерная томография головного мозга"),
    "A06.20.004": ("7003379", "Рентгенография молочной железы"),
}


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Child element; ``tag`` may be ``prefix:name`` for the Russian extension namespaces."""
    if ":" in tag:
        prefix, name = tag.split(":", 1)
        qname = _q(NSMAP[prefix], name)
    else:
        qname = _q(V3, tag)
    el = etree.SubElement(parent, qname)
    for key, value in attrs.items():
        if key == "xsi_type":
            el.set(_q(XSI, "type"), value)
        else:
            el.set(key, value)
    if text is not None:
        el.text = text
    return el


def _coded(
    parent: etree._Element, tag: str, code: str, system: str, name: str, version: str, display: str
) -> etree._Element:
    return _el(
        parent,
        tag,
        code=code,
        codeSystem=system,
        codeSystemName=name,
        codeSystemVersion=version,
        displayName=display,
    )


def ts(value: datetime | date) -> str:
    """HL7 TS: ``YYYYMMDDHHMM+0300`` for moments, ``YYYYMMDD`` for dates."""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%z")
    return value.strftime("%Y%m%d")


def _snils_digits(snils: str) -> str:
    return "".join(ch for ch in snils if ch.isdigit())


def _addr(parent: etree._Element, person_or_org: Person | Organisation, with_type: bool) -> None:
    a = person_or_org.address
    addr = _el(parent, "addr")
    if with_type:
        _coded(
            addr,
            "address:Type",
            "1",
            "1.2.643.5.1.13.13.11.1504",
            "Тип адреса пациента",
            "1.3",
            "Адрес по месту регистрации",
        )
    _el(addr, "streetAddressLine", a.text)
    _coded(
        addr,
        "address:stateCode",
        a.region_code,
        "1.2.643.5.1.13.13.99.2.206",
        "Субъекты Российской Федерации",
        "6.5",
        a.region_name,
    )
    _el(addr, "postalCode", a.postal_code)
    fias = _el(addr, "fias:Address")
    _el(fias, "fias:AOGUID", a.fias_aoguid)
    _el(fias, "fias:HOUSEGUID", a.fias_houseguid)


def _name(parent: etree._Element, surname: str, given: str, patronymic: str) -> None:
    name = _el(parent, "name")
    _el(name, "family", surname)
    _el(name, "given", given)
    _el(name, "identity:Patronymic", patronymic)


def _org_ids(parent: etree._Element, org: Organisation) -> None:
    _el(parent, "id", root=org.oid)
    props = _el(parent, "identity:Props")
    _el(props, "identity:Ogrn", org.ogrn)
    _el(props, "identity:Okato", org.okato)
    _el(parent, "name", org.name)


def _identity_doc(role: etree._Element, p: Person) -> None:
    ident = _el(role, "identity:IdentityDoc")
    _coded(
        ident,
        "identity:IdentityCardType",
        p.identity_doc,
        "1.2.643.5.1.13.13.99.2.48",
        "Документы, удостоверяющие личность",
        "7.2",
        IDENTITY_DOCS[p.identity_doc],
    )
    _el(ident, "identity:Series", p.passport_series, xsi_type="ST")
    _el(ident, "identity:Number", p.passport_number)
    _el(ident, "identity:IssueOrgName", p.passport_issuer, xsi_type="ST")
    _el(ident, "identity:IssueOrgCode", p.passport_issuer_code, xsi_type="ST")
    _el(ident, "identity:IssueDate", value=ts(p.passport_issue_date))


def _record_target(root: etree._Element, doc: StudyDocument, p: Person, org: Organisation) -> None:
    """The patient. Without SNILS its id is nullFlavor NI, without an OMS policy the
    InsurancePolicy is (both allowed by the XSD and the official Schematron, Main02-1)."""
    role = _el(_el(root, "recordTarget"), "patientRole")
    _el(role, "id", root=f"{org.oid}.100.1.1.10", extension=p.person_id)
    if p.snils is not None:
        _el(role, "id", root=SNILS_ROOT, extension=_snils_digits(p.snils))
    else:
        _el(role, "id", nullFlavor="NI")
    _identity_doc(role, p)
    if p.enp is None:
        _el(role, "identity:InsurancePolicy", nullFlavor="NI")
    else:
        policy = _el(role, "identity:InsurancePolicy")
        _coded(
            policy,
            "identity:InsurancePolicyType",
            "2",
            "1.2.643.5.1.13.13.11.1035",
            "Виды полиса ОМС",
            "1.3",
            "Полис ОМС единого образца, бессрочный",
        )
        _el(policy, "identity:Number", p.enp)
    _addr(role, p, with_type=True)
    _el(role, "telecom", value="tel:" + p.phone)
    patient = _el(role, "patient")
    _name(patient, p.surname, p.given_name, p.patronymic)
    sex_system = "1.2.643.5.1.13.13.11.1040"
    if doc.malformation == "bad_gender_code_system":
        sex_system = "1.2.643.5.1.13.2.1.1.156"  # the legacy OID: the XSD fixes the new one
    _el(
        patient,
        "administrativeGenderCode",
        code=p.sex,
        codeSystem=sex_system,
        codeSystemName="Пол пациента",
        codeSystemVersion="2.1",
        displayName="Мужской" if p.sex == "1" else "Женский",
    )
    if doc.malformation != "missing_birth_time":
        _el(patient, "birthTime", value=ts(p.birth_date))
    _org_ids(_el(role, "providerOrganization"), org)


def _assigned(parent: etree._Element, world: World, doc: StudyDocument, org: Organisation) -> None:
    doctor = world.doctor(doc.author_id)
    _el(parent, "id", root=f"{org.oid}.100.1.1.70", extension=doctor.staff_id)
    _el(parent, "id", root=SNILS_ROOT, extension=_snils_digits(doctor.snils))
    _coded(
        parent,
        "code",
        doctor.position_code,
        "1.2.643.5.1.13.13.11.1002",
        "Должности медицинских и фармацевтических работников",
        "9.6",
        doctor.position_name,
    )
    person = _el(parent, "assignedPerson")
    _name(person, doctor.surname, doctor.given_name, doctor.patronymic)
    rep = _el(parent, "representedOrganization", classCode="ORG")
    _el(rep, "id", root=org.oid)
    _el(rep, "name", org.name)


def _custodian(root: etree._Element, org: Organisation) -> None:
    c = _el(_el(_el(root, "custodian"), "assignedCustodian"), "representedCustodianOrganization")
    c.set("classCode", "ORG")
    _el(c, "id", root=org.oid)
    _el(c, "name", org.name)
    _el(c, "telecom", value="tel:" + org.phone)
    a = org.address
    addr = _el(c, "addr")
    _el(addr, "streetAddressLine", a.text)
    _coded(
        addr,
        "address:stateCode",
        a.region_code,
        "1.2.643.5.1.13.13.99.2.206",
        "Субъекты Российской Федерации",
        "6.5",
        a.region_name,
    )
    _el(addr, "postalCode", a.postal_code)
    fias = _el(addr, "fias:Address")
    _el(fias, "fias:AOGUID", a.fias_aoguid)
    _el(fias, "fias:HOUSEGUID", a.fias_houseguid)


def _section(
    body: etree._Element, code: str, display: str, title: str, text: str
) -> etree._Element:
    section = _el(_el(body, "component"), "section")
    _coded(section, "code", code, _SECTIONS, "Секции CDA документов", "4.29", display)
    _el(section, "title", title)
    _el(_el(section, "text"), "paragraph", text)
    return section


def _text_obs(section: etree._Element, code: str, display: str, value: str) -> None:
    obs = _el(_el(section, "entry"), "observation", classCode="OBS", moodCode="EVN")
    _coded(obs, "code", code, _OBS_CODES, "Кодируемые поля CDA документов", "1.57", display)
    _el(obs, "value", value, xsi_type="ST")


def _obs(section: etree._Element, code: str, display: str) -> etree._Element:
    obs = _el(_el(section, "entry"), "observation", classCode="OBS", moodCode="EVN")
    _coded(obs, "code", code, _OBS_CODES, "Кодируемые поля CDA документов", "1.57", display)
    return obs


def _cd_obs(section: etree._Element, code: str, display: str, *value: str) -> None:
    value_code, system, system_name, version, value_display = value
    obs = _obs(section, code, display)
    v = _el(obs, "value", xsi_type="CD")
    for key, val in (
        ("code", value_code),
        ("codeSystem", system),
        ("codeSystemName", system_name),
        ("codeSystemVersion", version),
        ("displayName", value_display),
    ):
        v.set(key, val)


def _mkb_value(obs: etree._Element, doc: StudyDocument) -> None:
    value = _el(obs, "value", xsi_type="CD")
    for key, val in (
        ("code", doc.mkb10_code),
        ("codeSystem", "1.2.643.5.1.13.13.11.1005"),
        (
            "codeSystemName",
            "Международная классификация болезней и состояний, связанных со "
            "здоровьем 10 пересмотра. Версия 4",
        ),
        ("codeSystemVersion", MKB10_VERSION),
        ("displayName", doc.mkb10_display),
    ):
        value.set(key, val)


def _finding_obs(section: etree._Element, code: str) -> None:
    """RESINFO «Выявленная патология» (808): a 1473 code (Schematron У3-23)."""
    row = reference.lookup(OID_FINDINGS, "ID", code, FINDINGS_VERSION)
    if row is None:
        raise ValueError(f"finding {code} is not in NSI 1473 v{FINDINGS_VERSION}")
    _cd_obs(section, "808", "Выявленная патология", code, OID_FINDINGS, FINDINGS_NAME,
            FINDINGS_VERSION, row["FULLNAME"])  # fmt: skip


def _assessment_obs(section: etree._Element, category: str) -> None:
    """RESINFO 8025: the assessment category as the Schematron's coded slot wants it
    (У3-14: a CD from 1.2.643.5.1.13.13.99.2.998; codes provisional, see imaging_catalogue)."""
    _cd_obs(section, ASSESSMENT_OBS_CODE, ASSESSMENT_OBS_NAME, category, OID_ASSESSMENT,
            ASSESSMENT_SYSTEM_NAME, ASSESSMENT_VERSION, f"BI-RADS {category}")  # fmt: skip


def _study_reference(section: etree._Element, doc: StudyDocument) -> None:
    """DOCINFO observationMedia (У3-6): the DICOM study the protocol reports, by its Study
    Instance UID as a URI (``urn:oid:``, RFC 3061)."""
    media = _el(_el(section, "entry"), "observationMedia", classCode="OBS", moodCode="EVN")
    media.set("ID", "study-1")
    value = _el(media, "value", mediaType="application/dicom")
    _el(value, "reference", value=f"urn:oid:{doc.study_uid}")


def _in_fulfillment_of(root: etree._Element, doc: StudyDocument, org: Organisation) -> None:
    """The referral (order) the study fulfils: its number is the RIS accession number the
    DICOM files carry (Main11-1: id[1] a document id of the organisation, id[2] its REMD
    registration number, absent here)."""
    order = _el(_el(root, "inFulfillmentOf"), "order")
    _el(order, "id", root=f"{org.oid}.100.1.1.51", extension=doc.accession)
    _el(order, "id", nullFlavor="NI")
    _coded(order, "code", REFERRAL_CODE, "1.2.643.5.1.13.13.11.1522",
           "Виды медицинской документации", "7.24", REFERRAL_NAME)  # fmt: skip


def _body(root: etree._Element, doc: StudyDocument) -> None:
    body = _el(_el(root, "component"), "structuredBody")
    info = _section(
        body,
        "DOCINFO",
        "Сведения о документе",
        "Сведения о документе",
        f"Диагноз: {doc.mkb10_code} {doc.mkb10_display}",
    )
    # the entries the official rules require (У3-1..У3-5)
    _cd_obs(info, "800", "Вид диагностического исследования", "1", "1.2.643.5.1.13.13.11.1007",
            "Виды диагностических исследований", "1.1", "Лучевая диагностика")  # fmt: skip
    _mkb_value(_obs(info, "8021", "Диагноз по МКБ-10"), doc)
    _mkb_value(_obs(info, "838", "Шифр по МКБ-10 направительного диагноза"), doc)
    _cd_obs(info, "801", "Основание исследования", "1", "1.2.643.5.1.13.13.11.1008",
            "Основания исследования", "1.1", "Направление")  # fmt: skip
    fsidi_code, fsidi_name = FSIDI[doc.service_code]
    act = _el(_el(info, "entry"), "act", classCode="ACT", moodCode="EVN")
    _coded(act, "code", fsidi_code, "1.2.643.5.1.13.13.11.1471",
           "Федеральный справочник инструментальных диагностических исследований", "2.38",
           fsidi_name)  # fmt: skip
    _el(_el(act, "effectiveTime"), "low", value=ts(doc.study_at))
    if doc.study_uid:
        _study_reference(info, doc)

    res = _section(
        body,
        "RESINFO",
        "Заключение",
        "Результаты исследования",
        f"Описание: {doc.findings}\nЗаключение: {doc.conclusion}",
    )
    _text_obs(res, "1805", "Описание исследования", doc.findings)
    _text_obs(res, "1806", "Заключение", doc.conclusion)
    _text_obs(res, "8024", "Рекомендации", "Консультация лечащего врача.")
    for code in doc.finding_codes:
        _finding_obs(res, code)
    if doc.assessment_category is not None:
        _assessment_obs(res, doc.assessment_category)

    svc = _section(
        body,
        "SERVICES",
        "Оказанные услуги",
        "Оказанные услуги",
        f"{doc.service_code} {doc.service_name}",
    )
    act = _el(_el(svc, "entry"), "act", classCode="ACT", moodCode="EVN")
    _coded(
        act,
        "code",
        doc.service_code,
        "1.2.643.5.1.13.13.11.1070",
        "Номенклатура медицинских услуг",
        "2.10",
        doc.service_name,
    )
    eff = _el(act, "effectiveTime")
    _el(eff, "low", value=ts(doc.study_at))
    _el(eff, "high", value=ts(doc.study_at))


def render_document(doc: StudyDocument, world: World) -> bytes:
    """The SEMD 174 XML for one world study, UTF-8 with an XML declaration."""
    p = world.person(doc.patient_id)
    org = world.organisation(doc.org_oid)
    root = etree.Element(_q(V3, "ClinicalDocument"), nsmap=NSMAP)
    _el(root, "realmCode", code="RU")
    _el(root, "typeId", root="2.16.840.1.113883.1.3", extension="POCD_MT000040")
    _el(root, "templateId", root=TEMPLATE_ID)
    _el(root, "id", root=f"{org.oid}.100.1.1.51", extension=doc.document_id)
    _coded(
        root,
        "code",
        "6",
        "1.2.643.5.1.13.13.11.1522",
        "Виды медицинской документации",
        "7.24",
        "Протокол инструментального исследования",
    )
    _el(root, "title", f"Протокол инструментального исследования: {doc.service_name}")
    _el(root, "effectiveTime", value=ts(doc.created_at))
    _coded(
        root,
        "confidentialityCode",
        "N",
        "1.2.643.5.1.13.13.99.2.285",
        "Уровень конфиденциальности медицинского документа",
        "1.1",
        "Обычный",
    )
    _el(root, "languageCode", code="ru-RU")
    if doc.malformation != "missing_set_id":
        _el(root, "setId", root=f"{org.oid}.100.1.1.50", extension=doc.set_id)
    _el(root, "versionNumber", value=str(doc.version))
    _record_target(root, doc, p, org)

    author = _el(root, "author")
    _el(author, "time", nullFlavor="NI")
    _assigned(_el(author, "assignedAuthor"), world, doc, org)
    _custodian(root, org)
    recipient = _el(
        _el(_el(root, "informationRecipient"), "intendedRecipient"), "receivedOrganization"
    )
    _el(recipient, "id", root="1.2.643.5.1.13")
    _el(recipient, "name", "Министерство здравоохранения Российской Федерации (ИЭМК)")
    legal = _el(root, "legalAuthenticator")
    _el(legal, "time", nullFlavor="NI")
    _el(legal, "signatureCode", nullFlavor="NI")
    _assigned(_el(legal, "assignedEntity"), world, doc, org)
    if doc.accession:
        _in_fulfillment_of(root, doc, org)

    event = _el(_el(root, "documentationOf"), "serviceEvent")
    _coded(
        event,
        "code",
        "3",
        "1.2.643.5.1.13.13.99.2.726",
        "Типы документированных событий",
        "1.1",
        "Инструментальное исследование",
    )
    eff = _el(event, "effectiveTime")
    _el(eff, "low", value=ts(doc.study_at))
    _el(eff, "high", value=ts(doc.created_at))
    _coded(
        event,
        "medService:serviceForm",
        "3",
        "1.2.643.5.1.13.13.11.1551",
        "Формы оказания медицинской помощи",
        "1.1",
        "Плановая",
    )
    _coded(
        event,
        "medService:serviceCond",
        "2",
        "1.2.643.5.1.13.13.99.2.322",
        "Условия оказания медицинской помощи",
        "3.1",
        "Амбулаторно, в том числе на дому при вызове медицинского работника",
    )
    performer = _el(event, "performer", typeCode="PPRF")
    _assigned(_el(performer, "assignedEntity"), world, doc, org)
    _body(root, doc)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body
