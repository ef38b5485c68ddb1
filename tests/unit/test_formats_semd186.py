"""SEMD 186: every generated lab protocol is checked against the official XSD and
Schematron, the invalid ones fail the check they were built to fail, and the valid ones
parse back to the world's values (one row per result)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ozero.formats import FormatError
from ozero.formats.semd import validate_semd
from ozero.formats.semd186 import parse_semd186, result_rows
from ozero.identifiers import digits_only
from ozero.simulator.semd186 import render_semd
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def world():
    return build_world(seed=5, patients=20, documents=50)


@pytest.fixture(scope="module")
def rendered(world):
    return {(d.document_id, d.version): render_semd(d, world) for d in world.remd_feed}


def test_world_has_lab_documents_invalid_ones_and_corrections(world):
    counts = world.counts
    assert counts["lab_documents"] == 15 and counts["malformed_lab_documents"] >= 1
    assert {c.kind == "lab" for c in world.corrections} == {True, False}
    assert all(c.version == 2 for c in world.corrections)
    ids = {d.document_id for d in [*world.documents, *world.lab_documents]}
    assert {c.document_id for c in world.corrections} <= ids


def test_each_document_passes_or_fails_as_built(world, rendered):
    expected = {"short_snils": (False, True), "missing_birth_time": (True, True)}
    expected["test_code_not_fsli"] = (True, True)
    for d in world.lab_documents:
        v = validate_semd(rendered[(d.document_id, d.version)], "186")
        if d.malformation:
            assert (bool(v.xsd), bool(v.schematron)) == expected[d.malformation], d.malformation
            assert v.reason and all(m.startswith(("XSD ", "Schematron ")) for m in v.messages)
        else:
            assert v.ok, v.messages[:3]


def test_corrected_studies_pass_the_official_174_rules(world, rendered):
    for c in world.corrections:
        kind = "186" if c.kind == "lab" else "174"
        assert validate_semd(rendered[(c.document_id, 2)], kind).ok


def test_parse_round_trip(world, rendered):
    for d in (d for d in world.lab_documents if not d.is_malformed):
        parsed = parse_semd186(rendered[(d.document_id, d.version)])
        p = world.person(d.patient_id)
        assert parsed["document_id"] == d.document_id and parsed["version"] == 1
        assert parsed["patient_enp"] == p.enp
        assert parsed["patient_snils"] == (digits_only(p.snils) if p.snils else None)
        assert parsed["patient_birth_date"] == p.birth_date.isoformat()
        assert parsed["service_code"] == d.service_code
        assert parsed["specimen_name"] == d.specimen_name
        assert parsed["collected_at"] == d.collected_at.isoformat()
        rows = result_rows(parsed)
        assert [r["result_no"] for r in rows] == list(range(1, len(d.tests) + 1))
        for row, t in zip(rows, d.tests, strict=True):
            assert row["test_code"] == t.fsli_code and row["unit_code"] == t.unit_id
            assert row["test_code_system"] == "1.2.643.5.1.13.13.11.1080"
            assert row["test_name"] == t.name and row["unit"] == t.unit
            assert Decimal(row["value"]) == t.value
            assert (Decimal(row["ref_low"]), Decimal(row["ref_high"])) == (t.low, t.high)
            assert row["value_type"] == "PQ" and row["status"] == "completed"


def test_corrected_lab_value_differs_from_version_1(world, rendered):
    lab = next(c for c in world.corrections if c.kind == "lab")
    v1 = result_rows(parse_semd186(rendered[(lab.document_id, 1)]))
    v2 = result_rows(parse_semd186(rendered[(lab.document_id, 2)]))
    values = [[r["value"] for r in rows] for rows in (v1, v2)]
    assert values[1][0] != values[0][0] and values[1][1:] == values[0][1:]


def test_document_without_results_is_a_format_error(world, rendered):
    d = next(d for d in world.lab_documents if not d.is_malformed)
    data = rendered[(d.document_id, 1)].replace(b'code="1.2.643.5.1.13.13.11.1080"', b"")
    data = data.replace(b'codeSystem="1.2.643.5.1.13.13.11.1080"', b"")
    stripped = data.replace(b"<observation classCode", b"<observationX classCode").replace(
        b"</observation>", b"</observationX>"
    )
    with pytest.raises(FormatError):
        parse_semd186(stripped)


def _without_policy(xml: bytes) -> bytes:
    start = xml.index(b"<identity:InsurancePolicy>")
    end = xml.index(b"</identity:InsurancePolicy>") + len(b"</identity:InsurancePolicy>")
    return xml[:start] + b'<identity:InsurancePolicy nullFlavor="NI"/>' + xml[end:]


def test_a_patient_without_a_policy_is_valid_and_parses_with_no_enp(world, rendered):
    d = next(
        d for d in world.lab_documents if not d.is_malformed and world.person(d.patient_id).insured
    )
    p = world.person(d.patient_id)
    data = _without_policy(rendered[(d.document_id, d.version)])
    assert p.enp.encode() not in data
    assert validate_semd(data, "186").ok  # the official XSD and Schematron accept it
    parsed = parse_semd186(data)
    assert parsed["patient_enp"] is None and parsed["patient_snils"] == digits_only(p.snils)
    assert len(result_rows(parsed)) == len(d.tests)


def test_the_simulator_writes_lab_protocols_without_a_policy():
    world = build_world()  # the demo world: 9 of 150 patients have no OMS policy
    without = [d for d in world.lab_documents if not world.person(d.patient_id).insured]
    assert without
    for d in without:
        data = render_semd(d, world)
        assert b'<identity:InsurancePolicy nullFlavor="NI"/>' in data
        assert validate_semd(data, "186").ok == (not d.is_malformed)
        if not d.is_malformed:
            assert parse_semd186(data)["patient_enp"] is None
