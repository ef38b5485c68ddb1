"""SEMD (CDA R2) documents: XSD + official Schematron checks, and flat extraction of 174
(«Протокол инструментального исследования»; 186 is in ``semd186``).

From a 174 protocol, besides the header and the narrative, the imaging facts a dataset is
labelled with:

- ``accession_number``: ``inFulfillmentOf/order/id[1]/@extension``, the referral (order) the
  study fulfils, whose number the RIS gives the images as their DICOM Accession Number;
- ``study_instance_uid``: the DICOM study the protocol reports, from the DOCINFO
  ``observationMedia`` reference (``urn:oid:<uid>`` or a DICOMweb ``…/studies/<uid>`` URL);
- ``finding_codes``: the RESINFO «Выявленная патология» observations (808), their NSI
  1.2.643.5.1.13.13.11.1473 codes in document order (empty: nothing found);
- ``assessment_category``: the BI-RADS category (0-6) of a mammography protocol, from the
  coded RESINFO observation's displayName, else from the conclusion text («BI-RADS 4»).

The documents are full of personal data, so neither the validation messages nor
``FormatError`` reasons may quote element text or attribute values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from lxml import etree

from ozero.formats import FormatError
from ozero.package_data import data_dir

XSD_DIR = data_dir(__file__, "xsd")  # a real folder, even from a zip
KINDS = ("174", "186")  # SEMD type codes this module validates
NS = {
    "v3": "urn:hl7-org:v3",
    "identity": "urn:hl7-ru:identity",
    "address": "urn:hl7-ru:address",
    "fias": "urn:hl7-ru:fias",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SNILS_ROOT = "1.2.643.100.3"
MKB10_OID = "1.2.643.5.1.13.13.11.1005"
SERVICES_OID = "1.2.643.5.1.13.13.11.1070"
FINDINGS_OID = "1.2.643.5.1.13.13.11.1473"  # Выявленные патологии
ASSESSMENT_OID = "1.2.643.5.1.13.13.99.2.998"  # the RADS categories У3-14..21 name
_UID = re.compile(r"[0-2](\.(0|[1-9][0-9]*))+")
_STUDY_REF = re.compile(r"^urn:oid:(?P<oid>\S+)$|/studies/(?P<path>[0-9.]+)(?:[/?#]|$)")
_BIRADS = re.compile(r"BI-?RADS\W{0,3}([0-6])", re.IGNORECASE)
# ACR BI-RADS: with several categories (one per breast) the overall one is the most
# worrisome, in this order from least to most.
_BIRADS_ORDER = ("1", "2", "3", "6", "0", "4", "5")
# Not the patient's ENP: people without an OMS policy (uninsured, foreigners, newborns) have
# `identity:InsurancePolicy nullFlavor="NI"`, valid under the XSD and the Schematron; their
# `patient_enp` (and `patient_snils` without a SNILS) is None, and the contract decides
# what their pseudonym is made of.
_REQUIRED = ("document_id", "service_code", "study_at")
_QUOTED = re.compile(r"'[^']*'")
_ELEMENT_PREFIX = re.compile(r"^Element '([^']*)'(, attribute '([^']*)')?")


def _parser() -> etree.XMLParser:
    # No DTDs, entities or network: documents come from outside.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@lru_cache(maxsize=2)
def _schema(kind: str = "174") -> etree.XMLSchema:
    if kind not in KINDS:
        raise FormatError(f"unsupported SEMD type {kind[:10]!r}")
    return etree.XMLSchema(etree.parse(str(XSD_DIR / f"semd{kind}" / "CDA.xsd")))


def _sanitize(message: str) -> str:
    """Keep element/attribute names from a libxml2 message, blank every other quoted value."""
    prefix = ""
    m = _ELEMENT_PREFIX.match(message)
    if m:
        prefix = m.group(0)
        message = message[m.end() :]
    return prefix + _QUOTED.sub("'…'", message)


def _parse(data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"not well-formed XML (line {exc.lineno})") from None


def _xsd_errors(root: etree._Element, kind: str) -> list[str]:
    schema = _schema(kind)
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.path}: {_sanitize(e.message)}" for e in schema.error_log]


def validate_semd174(data: bytes) -> list[str]:
    """XSD errors as ``line N: <path>: <message without values>``; empty when valid."""
    return _xsd_errors(_parse(data), "174")


@dataclass(frozen=True)
class Validation:
    """What the official XSD and Schematron said about one document (no values quoted)."""

    xsd: list[str]
    schematron: list[str]

    @property
    def ok(self) -> bool:
        return not self.xsd and not self.schematron

    @property
    def reason(self) -> str:
        failed = [n for n, m in (("XSD", self.xsd), ("Schematron", self.schematron)) if m]
        return " and ".join(failed)

    @property
    def messages(self) -> list[str]:
        return [f"XSD {m}" for m in self.xsd] + [f"Schematron {m}" for m in self.schematron]


def validate_semd(data: bytes, kind: str, schematron: bool = True) -> Validation:
    """Check one document of SEMD type ``kind`` against its XSD and its official Schematron.

    Both run, so a quarantined document carries every problem at once. ``schematron=False``
    is the XSD-only check (on an idle core the rules cost ~4–5 ms a document; the XSD ~0.5 ms).
    """
    from ozero.formats.schematron import load_schematron, run_schematron

    root = _parse(data)
    xsd = _xsd_errors(root, kind)
    rules = run_schematron(load_schematron(kind), root) if schematron else []
    return Validation(xsd, rules)


def _first(root: etree._Element, xpath: str) -> etree._Element | None:
    found = root.xpath(xpath, namespaces=NS)
    return found[0] if found else None


def _text(root: etree._Element, xpath: str) -> str | None:
    el = _first(root, xpath)
    if el is None or el.text is None:
        return None
    return el.text.strip() or None


def _attr(root: etree._Element, xpath: str, name: str) -> str | None:
    el = _first(root, xpath)
    return el.get(name) if el is not None else None


def ts_to_iso(value: str | None) -> str | None:
    """HL7 TS (``YYYYMMDD[HHMM[SS]][+ZZZZ]``) to ISO 8601; None if absent or unreadable."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{8})(\d{4}(\d{2})?)?([+-]\d{4})?", value.strip())
    if not m:
        return None
    digits, tz = value.strip()[: len(value.strip()) - len(m.group(4) or "")], m.group(4)
    try:
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
        fmt = "%Y%m%d%H%M%S" if len(digits) == 14 else "%Y%m%d%H%M"
        parsed = datetime.strptime(digits + (tz or ""), fmt + ("%z" if tz else ""))
    except ValueError:
        return None
    return parsed.isoformat()


def _snils(role: etree._Element | None) -> str | None:
    if role is None:
        return None
    return _attr(role, f"v3:id[@root='{SNILS_ROOT}']", "extension")


def _root(data: bytes) -> etree._Element:
    root = _parse(data)
    if etree.QName(root).localname != "ClinicalDocument" or etree.QName(root).namespace != NS["v3"]:
        raise FormatError("root element is not a CDA ClinicalDocument")
    return root


def parse_header(root: etree._Element) -> dict[str, object]:
    """The CDA header fields both SEMD types share: document, custodian, patient, author."""
    role = _first(root, "v3:recordTarget/v3:patientRole")
    patient = "v3:recordTarget/v3:patientRole/v3:patient"
    author = _first(root, "v3:author/v3:assignedAuthor")
    person = "v3:author/v3:assignedAuthor/v3:assignedPerson/v3:name"
    custodian = "v3:custodian/v3:assignedCustodian/v3:representedCustodianOrganization"
    version = _attr(root, "v3:versionNumber", "value")
    birth = ts_to_iso(_attr(root, f"{patient}/v3:birthTime", "value"))
    return {
        "document_id": _attr(root, "v3:id", "extension"),
        "version": int(version) if version and version.isdigit() else None,
        "set_id": _attr(root, "v3:setId", "extension"),
        "created_at": ts_to_iso(_attr(root, "v3:effectiveTime", "value")),
        "org_oid": _attr(root, f"{custodian}/v3:id", "root"),
        "org_name": _text(root, f"{custodian}/v3:name"),
        "patient_snils": _snils(role),
        "patient_enp": _text(
            root, "v3:recordTarget/v3:patientRole/identity:InsurancePolicy/identity:Number"
        ),
        "patient_family": _text(root, f"{patient}/v3:name/v3:family"),
        "patient_given": _text(root, f"{patient}/v3:name/v3:given"),
        "patient_patronymic": _text(root, f"{patient}/v3:name/identity:Patronymic"),
        "patient_sex_code": _attr(root, f"{patient}/v3:administrativeGenderCode", "code"),
        "patient_birth_date": birth[:10] if birth else None,
        "patient_address_text": _text(
            root, "v3:recordTarget/v3:patientRole/v3:addr/v3:streetAddressLine"
        ),
        "patient_region_code": _attr(
            root, "v3:recordTarget/v3:patientRole/v3:addr/address:stateCode", "code"
        ),
        "patient_phone": _phone(_attr(root, "v3:recordTarget/v3:patientRole/v3:telecom", "value")),
        "author_family": _text(root, f"{person}/v3:family"),
        "author_given": _text(root, f"{person}/v3:given"),
        "author_patronymic": _text(root, f"{person}/identity:Patronymic"),
        "author_snils": _snils(author),
        "author_position_code": _attr(root, "v3:author/v3:assignedAuthor/v3:code", "code"),
    }


def parse_semd174(data: bytes) -> dict[str, object]:
    """Flat dict of the fields the lake keeps from one protocol (see module docs for names)."""
    root = _root(data)
    service = (
        "v3:component/v3:structuredBody/v3:component/v3:section[v3:code/@code='SERVICES']"
        f"/v3:entry/v3:act/v3:code[@codeSystem='{SERVICES_OID}']"
    )
    resinfo = "v3:component/v3:structuredBody/v3:component/v3:section[v3:code/@code='RESINFO']"
    mkb = f"v3:component/v3:structuredBody//v3:observation/v3:value[@codeSystem='{MKB10_OID}']"
    study_at = ts_to_iso(
        _attr(root, "v3:documentationOf/v3:serviceEvent/v3:effectiveTime/v3:low", "value")
    )
    if study_at is None:
        study_at = ts_to_iso(_attr(root, f"{service}/../v3:effectiveTime/v3:low", "value"))
    out = parse_header(root)
    conclusion = _text(root, f"{resinfo}/v3:entry/v3:observation[v3:code/@code='1806']/v3:value")
    out.update(
        {
            "service_code": _attr(root, service, "code"),
            "service_name": _attr(root, service, "displayName"),
            "study_at": study_at,
            "mkb10_code": _attr(root, mkb, "code"),
            "mkb10_display": _attr(root, mkb, "displayName"),
            "findings_text": _text(
                root, f"{resinfo}/v3:entry/v3:observation[v3:code/@code='1805']/v3:value"
            ),
            "conclusion_text": conclusion,
            "accession_number": _accession(root),
            "study_instance_uid": _study_uid(root),
            "finding_codes": _finding_codes(resinfo, root),
            "assessment_category": _assessment(resinfo, root, conclusion),
        }
    )
    for name in _REQUIRED:
        if not out[name]:
            raise FormatError(f"missing required field {name}")
    return out


def _accession(root: etree._Element) -> str | None:
    order_id = _first(root, "v3:inFulfillmentOf/v3:order/v3:id[1][not(@nullFlavor)]")
    if order_id is None:
        return None
    return (order_id.get("extension") or "").strip() or None


def _study_uid(root: etree._Element) -> str | None:
    refs = root.xpath(
        "v3:component/v3:structuredBody/v3:component/v3:section[v3:code/@code='DOCINFO']"
        "/v3:entry/v3:observationMedia/v3:value[@mediaType='application/dicom']"
        "/v3:reference/@value",
        namespaces=NS,
    )
    for ref in refs:
        m = _STUDY_REF.search(str(ref).strip())
        uid = m and (m.group("oid") or m.group("path"))
        if uid and len(uid) <= 64 and _UID.fullmatch(uid):
            return uid
    return None


def _finding_codes(resinfo: str, root: etree._Element) -> list[str]:
    codes = root.xpath(
        f"{resinfo}/v3:entry/v3:observation[v3:code/@code='808']"
        f"/v3:value[@codeSystem='{FINDINGS_OID}'][not(@nullFlavor)]/@code",
        namespaces=NS,
    )
    return list(dict.fromkeys(str(c).strip() for c in codes if str(c).strip()))


def _assessment(resinfo: str, root: etree._Element, conclusion: str | None) -> str | None:
    coded = root.xpath(
        f"{resinfo}/v3:entry/v3:observation/v3:value[@codeSystem='{ASSESSMENT_OID}']/@displayName",
        namespaces=NS,
    )
    for text in [*map(str, coded), conclusion or ""]:
        found = _BIRADS.findall(text)
        if found:
            return max(found, key=_BIRADS_ORDER.index)
    return None


def _phone(value: str | None) -> str | None:
    if value is None:
        return None
    return value[4:] if value.startswith("tel:") else value
