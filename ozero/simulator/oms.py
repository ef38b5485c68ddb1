"""Render a world register as a GIS OMS claims file (ZL_LIST, windows-1251).

No public samples exist; the element order follows the FOMS order's published structure
(ZGLV, SCHET, ZAP → PACIENT, Z_SL → SL → USL) closely enough for the parser and PHI tests.
Sex (W) and birth date (DR) travel in PACIENT here; real registers put them in the
companion personal-data file (L-file), which Ozero does not ingest yet.

With a FaultPlan, cases can drift (`drift`: new optional elements a newer format version
would add) or carry a badly typed / missing field (`badtype`, see `BADTYPE_REASONS`).
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from ozero.simulator.faults import FaultPlan
from ozero.simulator.model import Case, Register, World

FORMAT_VERSION = "3.2"
SMO_CODE = "77011"

# The quarantine reason `ozero.formats.oms.check_case` gives each `badtype` kind.
BADTYPE_REASONS = {
    "sumv": "Z_SL/SUMV: expected a decimal amount like 1234.50 (dot, up to 2 decimals)",
    "date": "Z_SL/DATE_Z_1: expected a date YYYY-MM-DD",
    "no_enp": "PACIENT/ENP: required element missing or empty",
    "no_idcase": "Z_SL/IDCASE: required element missing or empty",
}
DRIFT_TAGS = ("SL/DOP_INFO", "USL/TELEMED")


def _el(parent: etree._Element, tag: str, text: object | None = None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = _fmt(text)
    return el


def _fmt(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _zap(
    root: etree._Element, case: Case, register: Register, world: World, faults: FaultPlan | None
) -> None:
    person = world.person(case.patient_id)
    bad = faults.bad_type(register.register_id, case.idcase) if faults else None
    drift = bool(faults and faults.drifts(register.register_id, case.idcase))
    zap = _el(root, "ZAP")
    _el(zap, "N_ZAP", case.n_zap)
    _el(zap, "PR_NOV", 0)
    pac = _el(zap, "PACIENT")
    _el(pac, "ID_PAC", person.person_id)
    _el(pac, "VPOLIS", 3)
    if bad != "no_enp":
        _el(pac, "NPOLIS", person.enp)
        _el(pac, "ENP", person.enp)
    _el(pac, "ST_OKATO", person.address.okato + "000")
    _el(pac, "SMO", SMO_CODE)
    _el(pac, "W", person.sex)
    _el(pac, "DR", person.birth_date)
    z_sl = _el(zap, "Z_SL")
    if bad != "no_idcase":
        _el(z_sl, "IDCASE", case.idcase)
    _el(z_sl, "USL_OK", case.usl_ok)
    _el(z_sl, "VIDPOM", case.vidpom)
    _el(z_sl, "FOR_POM", case.for_pom)
    _el(z_sl, "LPU", case.lpu)
    _el(z_sl, "DATE_Z_1", "31.02.2026" if bad == "date" else case.date_z_1)
    _el(z_sl, "DATE_Z_2", case.date_z_2)
    _el(z_sl, "RSLT", case.rslt)
    _el(z_sl, "ISHOD", case.ishod)
    _el(z_sl, "IDSP", case.idsp)
    _el(z_sl, "SUMV", "12,5a" if bad == "sumv" else case.sumv)
    sl = _el(z_sl, "SL")
    _el(sl, "SL_ID", f"{register.period}-{case.idcase}-1")
    _el(sl, "DS1", case.ds1)
    _el(sl, "DATE_1", case.date_z_1)
    _el(sl, "DATE_2", case.date_z_2)
    _el(sl, "PRVS", case.prvs)
    _el(sl, "IDDOKT", case.iddokt)
    _el(sl, "SUM_M", case.sumv)
    for s in case.services:
        usl = _el(sl, "USL")
        _el(usl, "IDSERV", s.idserv)
        _el(usl, "LPU", case.lpu)
        _el(usl, "DATE_IN", s.date_in)
        _el(usl, "DATE_OUT", s.date_out)
        _el(usl, "CODE_USL", s.code_usl)
        _el(usl, "PRVS", s.prvs)
        _el(usl, "SUMV_USL", s.sumv_usl)
        if drift:
            _el(usl, "TELEMED", 1)
    if case.comment:
        _el(sl, "COMENTSL", case.comment)
    if drift:  # a newer version's free-text note, naming the patient like comments do
        _el(sl, "DOP_INFO", f"Со слов {person.surname} {person.given_name}: выписка передана")


def render_register(register: Register, world: World, faults: FaultPlan | None = None) -> bytes:
    """The register as windows-1251 XML with the matching declaration (and the plan's
    per-case data faults, if any)."""
    root = etree.Element("ZL_LIST")
    zglv = _el(root, "ZGLV")
    _el(zglv, "VERSION", FORMAT_VERSION)
    _el(zglv, "DATA", register.dschet)
    _el(zglv, "FILENAME", register.filename)
    _el(zglv, "SD_Z", len(register.cases))
    schet = _el(root, "SCHET")
    _el(schet, "CODE", register.nschet)
    _el(schet, "CODE_MO", register.code_mo)
    _el(schet, "YEAR", register.period[:4])
    _el(schet, "MONTH", int(register.period[5:]))
    _el(schet, "NSCHET", register.nschet)
    _el(schet, "DSCHET", register.dschet)
    _el(schet, "SUMMAV", register.summav)
    for case in register.cases:
        _zap(root, case, register, world, faults)
    body = etree.tostring(root, encoding="windows-1251", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="windows-1251"?>\n' + body
