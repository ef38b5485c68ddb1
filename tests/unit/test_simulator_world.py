"""The synthetic world: determinism, valid identifiers, real directory codes, OMS shape."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date

import pytest

from ozero.identifiers import is_valid_enp, is_valid_snils
from ozero.simulator import reference
from ozero.simulator.catalogue import (
    FSLI_VERSION,
    LAB_PANELS,
    OID_FSLI,
    OID_UNITS,
    UNITS_VERSION,
)
from ozero.simulator.labs import lab_catalogue
from ozero.simulator.world import (
    MKB10_VERSION,
    OID_MKB10,
    OID_POSITIONS,
    OID_REGIONS,
    OID_SERVICES,
    STUDY_FIRST,
    STUDY_LAST,
    build_world,
)


@pytest.fixture(scope="module")
def world():
    return build_world()


def test_reference_lists_bundled_directories():
    pairs = reference.available()
    assert ("1.2.643.5.1.13.13.11.1005", "2.21") in pairs
    assert ("1.2.643.5.1.13.13.11.1005", "2.24") in pairs
    assert ("1.2.643.5.1.13.13.11.1080", "3.50") in pairs  # ФСЛИ
    assert ("1.2.643.5.1.13.13.11.1358", "3.23") in pairs  # Единицы измерения
    assert ("1.2.643.5.1.13.13.99.2.206", "6.4") in pairs  # the same-day pair's first
    assert len(pairs) == 18
    assert reference.latest_version("1.2.643.5.1.13.13.11.1005") == "2.24"
    for oid, version in pairs:
        assert len(reference.rows(oid, version)) == reference.passport(oid, version)["rowsCount"]


def test_same_seed_same_world_and_different_seed_differs(world):
    again = build_world()
    assert [asdict(p) for p in again.persons] == [asdict(p) for p in world.persons]
    assert [asdict(d) for d in again.documents] == [asdict(d) for d in world.documents]
    assert [asdict(r) for r in again.registers] == [asdict(r) for r in world.registers]
    other = build_world(seed=7)
    assert [p.snils for p in other.persons] != [p.snils for p in world.persons]
    assert [d.document_id for d in other.documents] != [d.document_id for d in world.documents]


def test_counts(world):
    counts = world.counts
    assert counts["persons"] == 150 and counts["documents"] == 300
    assert counts["malformed_documents"] == 6
    assert counts["registers"] == 4
    assert 1 <= counts["dirty_cases"] <= max(2, counts["cases"] // 50)


def test_persons_identifiers_and_names(world):
    regions = {r["ID"] for r in reference.rows(OID_REGIONS)}
    for p in world.persons:
        if p.snils is not None:
            assert re.fullmatch(r"\d{3}-\d{3}-\d{3} \d{2}", p.snils) and is_valid_snils(p.snils)
        if p.enp is not None:
            assert re.fullmatch(r"\d{16}", p.enp) and is_valid_enp(p.enp)
        assert re.fullmatch(r"\+7 \(9\d\d\) \d{3}-\d\d-\d\d", p.phone)
        assert p.sex in ("1", "2")
        assert p.address.region_code in regions
        age = (STUDY_FIRST - p.birth_date).days / 365.25
        assert 18 <= age <= 95 or (p.coverage == "newborn" and 0 < age < 0.2)
        if p.sex == "2":
            assert p.patronymic.endswith("на")
        else:
            assert p.patronymic.endswith("ич")
    with_snils = [p.snils for p in world.persons if p.snils]
    assert len(set(with_snils)) == len(with_snils)
    surnames = {p.surname for p in world.persons}
    assert len(surnames) > 60
    assert any(p.surname.endswith("ова") for p in world.persons if p.sex == "2")


def test_staff_positions_exist(world):
    positions = {r["ID"] for r in reference.rows(OID_POSITIONS)}
    for s in world.staff:
        assert s.position_code in positions
        assert is_valid_snils(s.snils)


def test_document_codes_exist_and_dates_in_range(world):
    for d in world.documents:
        assert reference.lookup(OID_SERVICES, "S_CODE", d.service_code) is not None
        row = reference.lookup(OID_MKB10, "MKB_CODE", d.mkb10_code, MKB10_VERSION)
        assert row is not None and row["MKB_NAME"] == d.mkb10_display
        assert STUDY_FIRST <= d.study_at.date() <= STUDY_LAST
        delta = d.registered_at - d.study_at
        assert 0 <= delta.total_seconds() <= 3 * 24 * 3600
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d.registered_at_iso)
    kinds = {d.kind for d in world.documents}
    assert kinds == {"chest_xray", "fluorography", "chest_ct", "head_ct", "mammography"}
    chest = sum(d.kind in ("chest_xray", "fluorography", "chest_ct") for d in world.documents)
    assert chest > len(world.documents) / 2


def test_narratives_carry_phi_at_roughly_the_requested_rates(world):
    n = len(world.documents)
    named = [d for d in world.documents if d.mentions_name]
    assert 0.2 * n < len(named) < 0.4 * n
    assert 0.08 * n < sum(d.mentions_phone for d in world.documents) < 0.22 * n
    assert 0.04 * n < sum(d.mentions_snils for d in world.documents) < 0.16 * n
    for d in world.documents:
        p = world.person(d.patient_id)
        text = d.findings + " " + d.conclusion
        if d.mentions_snils:
            assert p.snils in text
        if d.mentions_name:
            assert p.surname[:4] in text


def test_cases_codes_dates_and_registers(world):
    for reg in world.registers:
        year, month = int(reg.period[:4]), int(reg.period[5:])
        assert reg.registered_at.day == 5 and reg.registered_at.hour == 9
        for c in reg.cases:
            assert c.date_z_2.year == year and c.date_z_2.month == month
            for s in c.services:
                assert reference.lookup(OID_SERVICES, "S_CODE", s.code_usl) is not None
            if c.is_dirty:
                assert c.ds1 == "" or c.date_z_2 < c.date_z_1
            else:
                assert c.date_z_1 <= c.date_z_2
                assert reference.lookup(OID_MKB10, "MKB_CODE", c.ds1, MKB10_VERSION)
    assert [r.period for r in world.registers] == ["2026-01", "2026-02", "2026-03", "2026-04"]
    with_cases = {c.patient_id for c in world.cases}
    assert 0.6 * len(world.persons) < len(with_cases) < 0.8 * len(world.persons)
    linked = [c for c in world.cases if c.related_document_id and not c.is_dirty]
    assert linked
    for c in linked:
        study = world.document(c.related_document_id)
        assert study is not None and 0 < (c.date_z_1 - study.study_at.date()).days <= 90
    assert all(date(2026, 1, 1) <= c.date_z_2 <= date(2026, 4, 30) for c in world.cases)


# --- patients without an OMS policy -------------------------------------------------------


def test_some_patients_have_no_oms_policy(world):
    by_kind = {k: [p for p in world.persons if p.coverage == k] for k in ("insured", "uninsured")}
    for kind in ("foreigner", "newborn"):
        by_kind[kind] = [p for p in world.persons if p.coverage == kind]
    assert {k: len(v) for k, v in by_kind.items()} == {
        "insured": 141, "uninsured": 4, "foreigner": 3, "newborn": 2,
    }  # fmt: skip
    assert world.counts["persons_without_policy"] == 9
    assert all(p.enp and p.snils for p in by_kind["insured"])
    assert all(p.enp is None and p.snils for p in by_kind["uninsured"])
    for p in by_kind["foreigner"] + by_kind["newborn"]:
        assert p.enp is None and p.snils is None
    assert {p.identity_doc for p in by_kind["foreigner"]} == {"10"}
    assert {p.identity_doc for p in by_kind["newborn"]} == {"6"}
    for p in by_kind["newborn"]:
        assert p.birth_date < p.passport_issue_date < STUDY_FIRST


def test_uninsured_patients_have_documents_of_both_kinds_but_no_claims(world):
    without = {p.person_id for p in world.persons if not p.insured}
    studies = [d for d in world.documents if d.patient_id in without]
    labs = [d for d in world.lab_documents if d.patient_id in without]
    assert len(studies) >= 10 and len(labs) >= 2
    assert not [c for c in world.cases if c.patient_id in without]
    # a study of a newborn is never a mammography; its narrative never quotes a SNILS
    for d in studies:
        assert not (d.mentions_snils and world.person(d.patient_id).snils is None)
        assert not (d.kind == "mammography" and world.person(d.patient_id).coverage == "newborn")


def test_a_tiny_world_has_everyone_insured():
    small = build_world(seed=3, patients=5, documents=5)
    assert all(p.insured for p in small.persons)


# --- laboratory tests are real ФСЛИ rows ------------------------------------------------------


def _fsli(code):
    return reference.lookup(OID_FSLI, "ID", code, FSLI_VERSION)


def test_every_lab_test_is_a_current_fsli_test_in_a_unit_fsli_allows():
    units = {r["ID"]: r for r in reference.rows(OID_UNITS, UNITS_VERSION)}
    assert reference.passport(OID_FSLI, FSLI_VERSION)["rowsCount"] == 19876
    for key, analyte in lab_catalogue().items():
        row = _fsli(analyte.fsli_code)
        assert row is not None, key
        assert row["TESTSTATUS"] != "Устаревший"
        assert analyte.name == row["FULLNAME"] and analyte.loinc == row["LOINC"] != "0"
        assert analyte.unit in [u.strip() for u in row["UNIT"].split(";")]
        unit = units[analyte.unit_id]
        assert unit["SHORTNAME"] == analyte.unit
        assert unit["MEASUREMENT"].replace("ё", "е") == row["MEASUREMENT"].replace("ё", "е")
        assert 0 < analyte.low < analyte.high
    for service, keys, _, specimen in LAB_PANELS:
        assert reference.lookup(OID_SERVICES, "S_CODE", service) is not None
        for key in keys:
            specimens = _fsli(lab_catalogue()[key].fsli_code)["SPECIMEN"].split("; ")
            assert specimen in specimens, (service, key)


def test_lab_documents_use_the_catalogue_with_plausible_values(world):
    codes = {a.fsli_code for a in lab_catalogue().values()}
    used, outside = set(), 0
    for d in world.lab_documents:
        for t in d.tests:
            assert t.fsli_code in codes and t.value > 0
            used.add(t.fsli_code)
            outside += t.interpretation != "N"
    assert len(used) >= 15  # most of the catalogue shows up in the default world
    n = sum(len(d.tests) for d in world.lab_documents)
    assert 0.2 * n < outside < 0.6 * n  # abnormal results exist, normal ones dominate
