"""Render a world lab protocol as SEMD 186 «Протокол лабораторного исследования» (CDA R2).

Shaped after the published CDA.xsd / 186.sch (edition 5): the header is the one 174 uses
(patient, author, custodian, legal authenticator), the body has the SPECIMENS, ANALYSERS
and RESLAB sections the rules require. The deliberately invalid documents
(``doc.malformation``) break one XSD constraint or one official Schematron rule.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from ozero.simulator import semd174
from ozero.simulator.catalogue import FSLI_VERSION, OID_FSLI, OID_UNITS, UNITS_VERSION
from ozero.simulator.model import LabDocument, LabTest, Organisation, StudyDocument, World
from ozero.simulator.semd174 import (
    NSMAP,
    SNILS_ROOT,
    V3,
    XSI,
    _assigned,
    _coded,
    _custodian,
    _el,
    _q,
    _record_target,
    ts,
)

TEMPLATE_ID = "1.2.643.5.1.13.13.14.7.9.5"
FSLI = OID_FSLI
LOINC = "2.16.840.1.113883.6.1"
UNITS = OID_UNITS
_SECTIONS = "1.2.643.5.1.13.13.99.2.197"
_OBS_CODES = "1.2.643.5.1.13.13.99.2.166"
ANALYSER_MODEL = "Sysmex XN-1000"
# HL7 N/L/H → 1.2.643.5.1.13.13.99.2.257 (the only system the XSD allows; codes illustrative)
INTERPRETATION = {"N": ("1", "Норма"), "L": ("2", "Ниже нормы"), "H": ("3", "Выше нормы")}


def _section(body: etree._Element, code: str, display: str, text: str) -> etree._Element:
    section = _el(_el(body, "component"), "section")
    _coded(section, "code", code, _SECTIONS, "Секции CDA документов", "4.29", display)
    _el(section, "title", display)
    _el(_el(section, "text"), "paragraph", text)
    return section


def _pq(parent: etree._Element, tag: str, value: Decimal, t: LabTest, **attrs: str) -> None:
    pq = _el(parent, tag, value=str(value), unit=t.unit, **attrs)
    _el(pq, "translation", value=str(value), code=t.unit_id, codeSystem=UNITS,
        codeSystemName="Единицы измерения", codeSystemVersion=UNITS_VERSION, displayName=t.unit)  # fmt: skip


def _performer(parent: etree._Element, world: World, doc: LabDocument) -> None:
    org = world.organisation(doc.org_oid)
    entity = _el(_el(parent, "performer"), "assignedEntity")
    _el(entity, "id", root=f"{org.oid}.100.1.1.70", extension=doc.author_id)


def _lab_doctor(entity: etree._Element, world: World, doc: LabDocument) -> None:
    """serviceEvent performer (Main08-1): one id, position code and name."""
    doctor = world.doctor(doc.author_id)
    _el(entity, "id", root=f"{doc.org_oid}.100.1.1.70", extension=doctor.staff_id)
    _coded(entity, "code", doctor.position_code, "1.2.643.5.1.13.13.11.1002",
           "Должности медицинских и фармацевтических работников", "9.6",
           doctor.position_name)  # fmt: skip
    person = _el(entity, "assignedPerson")
    name = _el(person, "name")
    _el(name, "family", doctor.surname)
    _el(name, "given", doctor.given_name)
    _el(name, "identity:Patronymic", doctor.patronymic)


def _provider_contacts(root: etree._Element, org: Organisation) -> None:
    """186 wants the patient's provider organisation with its phone and address (У1-12)."""
    provider = root.find(f"{{{V3}}}recordTarget/{{{V3}}}patientRole/{{{V3}}}providerOrganization")
    _el(provider, "telecom", value="tel:" + org.phone)
    addr = _el(provider, "addr")
    a = org.address
    _el(addr, "streetAddressLine", a.text)
    _coded(addr, "address:stateCode", a.region_code, "1.2.643.5.1.13.13.99.2.206",
           "Субъекты Российской Федерации", "6.5", a.region_name)  # fmt: skip
    _el(addr, "postalCode", a.postal_code)
    fias = _el(addr, "fias:Address")
    _el(fias, "fias:AOGUID", a.fias_aoguid)
    _el(fias, "fias:HOUSEGUID", a.fias_houseguid)


def _specimens(body: etree._Element, doc: LabDocument, org_oid: str) -> None:
    section = _section(body, "SPECIMENS", "Сведения о взятии образцов", doc.specimen_name)
    org = _el(_el(section, "entry"), "organizer", classCode="CLUSTER", moodCode="EVN")
    _el(org, "statusCode", code="completed")
    _el(org, "effectiveTime", value=ts(doc.collected_at))
    proc = _el(_el(org, "component"), "procedure", classCode="PROC", moodCode="EVN")
    _el(proc, "code", nullFlavor="NI")
    _el(proc, "statusCode", code="completed")
    eff = _el(proc, "effectiveTime")
    _el(eff, "low", value=ts(doc.collected_at))
    _el(eff, "high", value=ts(doc.collected_at))
    role = _el(_el(proc, "specimen"), "specimenRole")
    _el(role, "id", root=f"{org_oid}.100.1.1.66", extension=doc.document_id[:8])
    entity = _el(role, "specimenPlayingEntity", classCode="ENT", determinerCode="INSTANCE")
    _coded(entity, "code", doc.specimen_code, "1.2.643.5.1.13.13.99.2.1019",
           "Виды биоматериала", "1.4", doc.specimen_name)  # fmt: skip
    qty = _el(entity, "quantity", value="5", unit="мл")
    _el(qty, "translation", value="5", code="16", codeSystem=UNITS,
        codeSystemName="Единицы измерения", codeSystemVersion=UNITS_VERSION, displayName="мл")  # fmt: skip


def _analysers(body: etree._Element, org_oid: str) -> None:
    section = _section(body, "ANALYSERS", "Сведения об оборудовании", ANALYSER_MODEL)
    org = _el(_el(section, "entry"), "organizer", classCode="CLUSTER", moodCode="EVN")
    _el(org, "statusCode", code="completed")
    role = _el(_el(org, "participant", typeCode="DEV"), "participantRole", classCode="ROL")
    _el(role, "id", root=f"{org_oid}.100.1.1.67", extension="1")
    _el(_el(role, "playingDevice"), "manufacturerModelName", ANALYSER_MODEL)


def _result(battery: etree._Element, world: World, doc: LabDocument, t: LabTest) -> None:
    obs = _el(_el(battery, "component"), "observation", classCode="OBS", moodCode="EVN")
    if doc.malformation == "test_code_not_fsli":  # LOINC where the rules want FSLI
        _coded(obs, "code", t.loinc, LOINC, "LOINC", "2.77", t.name)
    else:
        _coded(obs, "code", t.fsli_code, FSLI,
               "Федеральный справочник лабораторных исследований. Справочник лабораторных тестов",
               FSLI_VERSION, t.name)  # fmt: skip
    _el(obs, "statusCode", code="completed")
    _el(obs, "effectiveTime", value=ts(doc.created_at))
    _pq(obs, "value", t.value, t, **{_q(XSI, "type"): "PQ"})
    code, display = INTERPRETATION[t.interpretation]
    _el(obs, "interpretationCode", code=code, codeSystem="1.2.643.5.1.13.13.99.2.257",
        codeSystemName="Интерпретация результатов лабораторных исследований",
        codeSystemVersion="1.1", displayName=display)  # fmt: skip
    org_oid = world.organisation(doc.org_oid).oid
    role = _el(_el(obs, "specimen"), "specimenRole")
    _el(role, "id", root=f"{org_oid}.100.1.1.66", extension=doc.document_id[:8])
    _performer(obs, world, doc)
    dev = _el(_el(obs, "participant", typeCode="DEV"), "participantRole", classCode="ROL")
    _el(dev, "id", root=f"{org_oid}.100.1.1.67", extension="1")
    obs_range = _el(_el(obs, "referenceRange"), "observationRange")
    _el(obs_range, "text", f"{t.low}–{t.high} {t.unit}")
    rng = _el(obs_range, "value")
    rng.set(_q(XSI, "type"), "IVL_PQ")
    _pq(rng, "low", t.low, t, inclusive="true")
    _pq(rng, "high", t.high, t, inclusive="true")


def _reslab(body: etree._Element, world: World, doc: LabDocument) -> None:
    lines = "; ".join(f"{t.name}: {t.value} {t.unit} ({t.low}–{t.high})" for t in doc.tests)
    section = _section(body, "RESLAB", "Результаты лабораторных исследований", lines)
    cluster = _el(_el(section, "entry"), "organizer", classCode="CLUSTER", moodCode="EVN")
    _el(cluster, "statusCode", code="completed")
    battery = _el(_el(cluster, "component"), "organizer", classCode="BATTERY", moodCode="EVN")
    code = _el(battery, "code", nullFlavor="OTH")
    _el(code, "originalText", "Отдельные лабораторные тесты")
    _el(battery, "statusCode", code="completed")
    svc = _el(_el(battery, "component"), "observation", classCode="OBS", moodCode="EVN")
    _coded(svc, "code", "833", _OBS_CODES, "Кодируемые поля CDA документов", "1.57",
           "Услуга")  # fmt: skip
    value = _el(svc, "value", xsi_type="CD")
    for key, val in (("code", doc.service_code), ("codeSystem", "1.2.643.5.1.13.13.11.1070"),
                     ("codeSystemName", "Номенклатура медицинских услуг"),
                     ("codeSystemVersion", "2.10"), ("displayName", doc.service_name)):  # fmt: skip
        value.set(key, val)
    for t in doc.tests:
        _result(battery, world, doc, t)
    note = _el(_el(battery, "component"), "act", classCode="ACT", moodCode="EVN")
    _coded(note, "code", "900", _OBS_CODES, "Кодируемые поля CDA документов", "1.57",
           "Комментарий")  # fmt: skip
    _el(note, "text", doc.comment)


def render_lab_document(doc: LabDocument, world: World) -> bytes:
    """The SEMD 186 XML for one world lab protocol, UTF-8 with an XML declaration."""
    p = world.person(doc.patient_id)
    org = world.organisation(doc.org_oid)
    root = etree.Element(_q(V3, "ClinicalDocument"), nsmap=NSMAP)
    _el(root, "realmCode", code="RU")
    _el(root, "typeId", root="2.16.840.1.113883.1.3", extension="POCD_MT000040")
    _el(root, "templateId", root=TEMPLATE_ID)
    _el(root, "id", root=f"{org.oid}.100.1.1.51", extension=doc.document_id)
    _coded(root, "code", "7", "1.2.643.5.1.13.13.11.1522", "Виды медицинской документации",
           "7.24", "Протокол лабораторного исследования")  # fmt: skip
    _el(root, "title", f"Протокол лабораторного исследования: {doc.service_name}")
    _el(root, "effectiveTime", value=ts(doc.created_at))
    _coded(root, "confidentialityCode", "N", "1.2.643.5.1.13.13.99.2.285",
           "Уровень конфиденциальности медицинского документа", "1.1", "Обычный")  # fmt: skip
    _el(root, "languageCode", code="ru-RU")
    _el(root, "setId", root=f"{org.oid}.100.1.1.50", extension=doc.set_id)
    _el(root, "versionNumber", value=str(doc.version))
    _record_target(root, doc, p, org)  # type: ignore[arg-type]  # same header fields
    _provider_contacts(root, org)
    if doc.malformation == "short_snils":  # the Schematron checks its shape, the XSD cannot
        role = f"{{{V3}}}recordTarget/{{{V3}}}patientRole"
        snils = root.find(f"{role}/{{{V3}}}id[@root='{SNILS_ROOT}']")
        snils.set("extension", snils.get("extension")[:-1])  # a digit lost on typing
    author = _el(root, "author")
    _el(author, "time", nullFlavor="NI")
    _assigned(_el(author, "assignedAuthor"), world, doc, org)  # type: ignore[arg-type]
    _custodian(root, org)
    recipient = _el(
        _el(_el(root, "informationRecipient"), "intendedRecipient"), "receivedOrganization"
    )
    _el(recipient, "id", root="1.2.643.5.1.13")
    _el(recipient, "name", "Министерство здравоохранения Российской Федерации (ИЭМК)")
    legal = _el(root, "legalAuthenticator")
    _el(legal, "time", nullFlavor="NI")
    _el(legal, "signatureCode", nullFlavor="NI")
    _assigned(_el(legal, "assignedEntity"), world, doc, org)  # type: ignore[arg-type]
    event = _el(_el(root, "documentationOf"), "serviceEvent")
    _coded(event, "code", "4", "1.2.643.5.1.13.13.99.2.726", "Типы документированных событий",
           "1.1", "Лабораторное исследование")  # fmt: skip
    _el(event, "effectiveTime", value=ts(doc.collected_at))
    _coded(event, "medService:serviceForm", "3", "1.2.643.5.1.13.13.11.1551",
           "Формы оказания медицинской помощи", "1.1", "Плановая")  # fmt: skip
    _coded(event, "medService:serviceType", "1", "1.2.643.5.1.13.13.11.1034",
           "Виды медицинской помощи", "4.2", "Первичная медико-санитарная помощь")  # fmt: skip
    _coded(event, "medService:serviceCond", "2", "1.2.643.5.1.13.13.99.2.322",
           "Условия оказания медицинской помощи", "3.1",
           "Амбулаторно, в том числе на дому при вызове медицинского работника")  # fmt: skip
    performer = _el(event, "performer", typeCode="PPRF")
    _lab_doctor(_el(performer, "assignedEntity"), world, doc)
    body = _el(_el(root, "component"), "structuredBody")
    _specimens(body, doc, org.oid)
    _analysers(body, org.oid)
    _reslab(body, world, doc)
    out = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + out


def render_semd(doc: StudyDocument | LabDocument, world: World) -> bytes:
    """Either SEMD type, by the document's kind (what the REMD simulator serves)."""
    if isinstance(doc, LabDocument):
        return render_lab_document(doc, world)
    return semd174.render_document(doc, world)
