"""A case's fields are read in one pass over each element's children (`_texts`, stop 37),
with exactly what one `find` per field (`_t`) read: the first child of the tag, its text
stripped, None when empty or when its value is in a child element; comments, processing
instructions and unknown tags are not fields."""

from __future__ import annotations

from lxml import etree

from ozero.formats.oms import (
    PACIENT_FIELDS,
    SL_FIELDS,
    USL_FIELDS,
    Z_SL_FIELDS,
    _cases_of_zap,
    _fields,
    _t,
    _texts,
)

ELEMENT = (
    "<PACIENT><!-- note --><?pi x?><ENP>  </ENP><NPOLIS> 123 </NPOLIS><FAM></FAM><FAM>Second</FAM>"
    "<IM> Ivan </IM><OT>A</OT><OT>B</OT><W><b>1</b></W><DR>\n</DR><NEW>q</NEW></PACIENT>"
)


def test_one_pass_reads_what_find_per_field_read():
    el = etree.fromstring(ELEMENT)
    for mapping in (PACIENT_FIELDS, Z_SL_FIELDS, SL_FIELDS, USL_FIELDS):
        assert _fields(el, mapping) == {key: _t(el, tag) for tag, key in mapping.items()}
    texts = _texts(el)
    for tag in ("ENP", "NPOLIS", "FAM", "IM", "OT", "W", "DR", "NEW", "SNILS"):
        assert texts.get(tag) == _t(el, tag), tag
    assert texts["FAM"] is None  # the first FAM (empty) is the field, as find gave
    assert texts["OT"] == "A"
    assert _fields(None, USL_FIELDS) == dict.fromkeys(USL_FIELDS.values())


def test_a_blank_enp_falls_back_to_npolis():
    zap = etree.fromstring(
        f"<ZAP><N_ZAP>1</N_ZAP>{ELEMENT}<Z_SL><IDCASE>5</IDCASE><IDCASE>6</IDCASE>"
        "<SL><SL_ID>s</SL_ID></SL></Z_SL></ZAP>"
    )
    (case,) = _cases_of_zap(zap, "HM1T2_26011")
    assert case["enp"] == "123"
    assert case["idcase"] == "5"
    assert case["family"] is None and case["given"] == "Ivan" and case["patronymic"] == "A"
    assert case["sex"] is None and case["birth_date"] is None
    assert case["extra"] == "PACIENT/NEW=q"
