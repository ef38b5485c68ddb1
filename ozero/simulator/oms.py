"""Render a world register as a GIS OMS claims file (ZL_LIST, windows-1251).

No public samples exist; the element order follows the FOMS order's published structure
(ZGLV, SCHET, ZAP → PACIENT, Z_SL → SL → USL) closely enough for the parser and PHI tests.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from ozero.simulator.world import Case, Register, World

FORMAT_VERSION = "3.2"
SMO_CODE = "77011"


def _el(parent: etree._Element, tag: str, text: object | None = None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = _fmt(text)
    return el


def _fmt(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def _zap(root: etree._Element, case: Case, register: Register, world: World) -> None:
    person = world.person(case.patient_id)
    zap = _el(root, "ZAP")
    _el(zap, "N_ZAP", case.n_zap)
    _el(zap, "PR_NOV", 0)
    pac = _el(zap, "PACIENT")
    _el(pac, "ID_PAC", person.person_id)
    _el(pac, "VPOLIS", 3)
    _el(pac, "NPOLIS", person.enp)
    _el(pac, "ENP", person.enp)
    _el(pac, "ST_OKATO", person.address.okato + "000")
    _el(pac, "SMO", SMO_CODE)
    z_sl = _el(zap, "Z_SL")
    _el(z_sl, "IDCASE", case.idcase)
    _el(z_sl, "USL_OK", case.usl_ok)
    _el(z_sl, "VIDPOM", case.vidpom)
    _el(z_sl, "FOR_POM", case.for_pom)
    _el(z_sl, "LPU", case.lpu)
    _el(z_sl, "DATE_Z_1", case.date_z_1)
    _el(z_sl, "DATE_Z_2", case.date_z_2)
    _el(z_sl, "RSLT", case.rslt)
    _el(z_sl, "ISHOD", case.ishod)
    _el(z_sl, "IDSP", case.idsp)
    _el(z_sl, "SUMV", case.sumv)
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
    if case.comment:
        _el(sl, "COMENTSL", case.comment)


def render_register(register: Register, world: World) -> bytes:
    """The register as windows-1251 XML with the matching declaration."""
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
        _zap(root, case, register, world)
    body = etree.tostring(root, encoding="windows-1251", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="windows-1251"?>\n' + body
