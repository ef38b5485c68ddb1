"""SEMD 174 imaging facts: every protocol variant the simulator writes passes the official XSD
and Schematron with its study link, findings and assessment, and the parser reads them back
(and reads them the way real documents may write them)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ozero.formats.semd import parse_semd174, validate_semd
from ozero.simulator.imaging_catalogue import STUDIES
from ozero.simulator.semd174 import render_document
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def world():
    return build_world(seed=3, patients=20, documents=20)


@pytest.fixture(scope="module")
def base(world):
    return next(
        d for d in world.documents if not d.is_malformed and world.person(d.patient_id).insured
    )


def _as_variant(doc, kind_name: str, v):
    return replace(
        doc,
        kind=kind_name,
        mkb10_code=v.mkb,
        findings=v.findings,
        conclusion=v.conclusion,
        finding_codes=v.finding_codes,
        assessment_category=v.birads,
        views=v.views,
    )


@pytest.mark.parametrize(
    ("kind_name", "index"),
    [(k, i) for k, kind in STUDIES.items() for i in range(len(kind.variants))],
)
def test_every_variant_is_valid_and_parses_back(world, base, kind_name, index):
    v = STUDIES[kind_name].variants[index]
    doc = _as_variant(base, kind_name, v)
    xml = render_document(doc, world)
    checked = validate_semd(xml, "174")  # the official XSD and Schematron
    assert checked.ok, checked.messages
    parsed = parse_semd174(xml)
    assert parsed["accession_number"] == doc.accession
    assert parsed["study_instance_uid"] == doc.study_uid
    assert parsed["finding_codes"] == list(v.finding_codes)
    assert parsed["assessment_category"] == v.birads


def _swap(xml: bytes, old: str, new: str) -> bytes:
    assert old.encode() in xml, old
    return xml.replace(old.encode(), new.encode())


def _mammogram(world, base, birads: str):
    v = next(v for v in STUDIES["mammography"].variants if v.birads == birads)
    return _as_variant(base, "mammography", v)


def test_the_category_falls_back_to_the_conclusion_text(world, base):
    doc = _mammogram(world, base, "4")
    xml = render_document(doc, world)
    coded = 'displayName="BI-RADS 4"'
    assert parse_semd174(xml)["assessment_category"] == "4"
    # without the coded observation's display: the conclusion says it, as radiologists do
    uncoded = _swap(xml, coded, 'displayName="—"')
    assert parse_semd174(uncoded)["assessment_category"] == "4"
    # one category per breast: the overall one is the more worrisome (ACR order)
    both = _swap(uncoded, "BI-RADS 4.", "справа BI-RADS 2, слева BI-RADS 4a.")
    assert parse_semd174(both)["assessment_category"] == "4"
    recall = _swap(uncoded, "BI-RADS 4.", "справа BI-RADS 3, слева BI-RADS 0.")
    assert parse_semd174(recall)["assessment_category"] == "0"
    none = _swap(uncoded, "BI-RADS 4.", "Категория не указана.")
    assert parse_semd174(none)["assessment_category"] is None


def test_a_lung_rads_conclusion_is_not_a_breast_category(world, base):
    v = next(v for v in STUDIES["chest_ct"].variants if "Lung-RADS" in v.conclusion)
    xml = render_document(_as_variant(base, "chest_ct", v), world)
    assert parse_semd174(xml)["assessment_category"] is None


def test_the_study_uid_is_read_from_a_dicomweb_link_and_only_a_real_uid(world, base):
    xml = render_document(base, world)
    ref = f'value="urn:oid:{base.study_uid}"'
    link = f'value="https://pacs.example.ru/dicomweb/studies/{base.study_uid}/series"'
    assert parse_semd174(_swap(xml, ref, link))["study_instance_uid"] == base.study_uid
    assert parse_semd174(_swap(xml, ref, 'value="urn:oid:1.2.03.4"'))["study_instance_uid"] is None
    too_long = "1." + "2" * 70
    assert (
        parse_semd174(_swap(xml, ref, f'value="urn:oid:{too_long}"'))["study_instance_uid"] is None
    )


def test_without_an_order_there_is_no_accession(world, base):
    xml = render_document(base, world)
    start, end = xml.index(b"<inFulfillmentOf>"), xml.index(b"</inFulfillmentOf>")
    without = xml[:start] + xml[end + len(b"</inFulfillmentOf>") :]
    assert validate_semd(without, "174").ok  # inFulfillmentOf is optional (Main11-1)
    assert parse_semd174(without)["accession_number"] is None
    order_id = f'extension="{base.accession}"'
    blank = _swap(xml, f'<id root="{world.organisation(base.org_oid).oid}.100.1.1.51" {order_id}/>',
                  '<id nullFlavor="NI"/>')  # fmt: skip
    assert parse_semd174(blank)["accession_number"] is None


def test_an_uncoded_finding_is_not_a_code(world, base):
    """Schematron У3-23 lets a finding be free text (nullFlavor OTH + originalText)."""
    v = next(v for v in STUDIES["chest_xray"].variants if len(v.finding_codes) == 2)
    doc = _as_variant(base, "chest_xray", v)
    xml = render_document(doc, world)
    first = xml.index(b'<value xsi:type="CD" code="4304"')
    end = xml.index(b"/>", first) + 2
    oth = b'<value xsi:type="CD" nullFlavor="OTH"><originalText>Gidrotoraks</originalText></value>'
    changed = xml[:first] + oth + xml[end:]
    assert validate_semd(changed, "174").ok
    assert parse_semd174(changed)["finding_codes"] == ["4300"]
