"""SEMD 174: every generated document is XSD-checked and parsed back to the world's values."""

from __future__ import annotations

import pytest

from ozero.formats import FormatError
from ozero.formats.semd import parse_semd174, validate_semd174
from ozero.identifiers import digits_only
from ozero.simulator.semd174 import render_document
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def world():
    return build_world()


@pytest.fixture(scope="module")
def rendered(world):
    return {d.document_id: render_document(d, world) for d in world.documents}


def test_every_clean_document_validates_and_every_malformed_fails(world, rendered):
    malformed = 0
    for d in world.documents:
        errors = validate_semd174(rendered[d.document_id])
        if d.is_malformed:
            malformed += 1
            assert errors, d.malformation
        else:
            assert errors == [], errors[:3]
    assert malformed == world.counts["malformed_documents"] > 0


def test_validation_messages_carry_no_values(world, rendered):
    for d in (d for d in world.documents if d.is_malformed):
        p = world.person(d.patient_id)
        for message in validate_semd174(rendered[d.document_id]):
            assert message.startswith("line ")
            for secret in (p.surname, p.enp, p.snils and digits_only(p.snils), d.document_id):
                assert not secret or secret not in message


def test_bad_value_message_is_scrubbed(world, rendered):
    d = next(
        d for d in world.documents if not d.is_malformed and world.person(d.patient_id).insured
    )
    p = world.person(d.patient_id)
    data = (
        rendered[d.document_id]
        .replace(f'extension="{digits_only(p.snils)}"'.encode(), b'extension=""', 1)
        .replace(b'<versionNumber value="1"/>', f'<versionNumber value="{p.enp}X"/>'.encode())
    )
    errors = validate_semd174(data)
    assert errors
    assert all(p.enp not in e for e in errors)


def test_parse_round_trip(world, rendered):
    for d in world.documents:
        parsed = parse_semd174(rendered[d.document_id])
        p, a, org = (
            world.person(d.patient_id),
            world.doctor(d.author_id),
            world.organisation(d.org_oid),
        )
        assert parsed["document_id"] == d.document_id
        assert parsed["version"] == d.version
        assert parsed["set_id"] == (None if d.malformation == "missing_set_id" else d.set_id)
        assert parsed["created_at"] == d.created_at.isoformat()
        assert parsed["study_at"] == d.study_at.isoformat()
        assert parsed["org_oid"] == org.oid and parsed["org_name"] == org.name
        assert parsed["service_code"] == d.service_code
        assert parsed["service_name"] == d.service_name
        assert parsed["mkb10_code"] == d.mkb10_code
        assert parsed["mkb10_display"] == d.mkb10_display
        assert parsed["findings_text"] == d.findings
        assert parsed["conclusion_text"] == d.conclusion
        assert parsed["patient_snils"] == (digits_only(p.snils) if p.snils else None)
        assert parsed["patient_enp"] == p.enp  # None without an OMS policy
        assert (
            parsed["patient_family"],
            parsed["patient_given"],
            parsed["patient_patronymic"],
        ) == (
            p.surname,
            p.given_name,
            p.patronymic,
        )
        assert parsed["patient_sex_code"] == p.sex
        expected_birth = (
            None if d.malformation == "missing_birth_time" else p.birth_date.isoformat()
        )
        assert parsed["patient_birth_date"] == expected_birth
        assert parsed["patient_address_text"] == p.address.text
        assert parsed["patient_region_code"] == p.address.region_code
        assert parsed["patient_phone"] == p.phone
        assert (parsed["author_family"], parsed["author_given"], parsed["author_patronymic"]) == (
            a.surname,
            a.given_name,
            a.patronymic,
        )
        assert parsed["author_snils"] == digits_only(a.snils)
        assert parsed["author_position_code"] == a.position_code
        # the imaging study it reports and its coded labels
        assert parsed["accession_number"] == d.accession
        assert parsed["study_instance_uid"] == d.study_uid
        assert parsed["finding_codes"] == list(d.finding_codes)
        assert parsed["assessment_category"] == d.assessment_category


def test_missing_required_field_names_field_not_value(world, rendered):
    d = world.documents[0]
    data = rendered[d.document_id].replace(f'extension="{d.document_id}"'.encode(), b'extension=""')
    with pytest.raises(FormatError) as exc:
        parse_semd174(data)
    assert "document_id" in exc.value.reason
    assert d.document_id not in str(exc.value)


# A real-shaped document whose patient has no OMS policy: the insured patient's policy block
# replaced by what an MIS writes for an uninsured one (valid under the XSD and Schematron).
NO_POLICY = b'<identity:InsurancePolicy nullFlavor="NI"/>'


def _without_policy(xml: bytes) -> bytes:
    start = xml.index(b"<identity:InsurancePolicy>")
    end = xml.index(b"</identity:InsurancePolicy>") + len(b"</identity:InsurancePolicy>")
    return xml[:start] + NO_POLICY + xml[end:]


def test_a_patient_without_a_policy_is_valid_and_parses_with_no_enp(world, rendered):
    from ozero.formats.semd import validate_semd

    d = next(
        d for d in world.documents if not d.is_malformed and world.person(d.patient_id).insured
    )
    p = world.person(d.patient_id)
    data = _without_policy(rendered[d.document_id])
    assert p.enp.encode() not in data
    assert validate_semd(data, "174").ok  # the official XSD and Schematron accept it
    parsed = parse_semd174(data)
    assert parsed["patient_enp"] is None
    assert parsed["patient_snils"] == digits_only(p.snils)
    assert parsed["document_id"] == d.document_id


def test_the_simulator_writes_such_documents(world, rendered):
    without = [d for d in world.documents if not world.person(d.patient_id).insured]
    kinds = {world.person(d.patient_id).coverage for d in without}
    assert kinds == {"uninsured", "foreigner", "newborn"}
    for d in without:
        data = rendered[d.document_id]
        assert NO_POLICY in data and validate_semd174(data) == []
        parsed = parse_semd174(data)
        assert parsed["patient_enp"] is None
        if world.person(d.patient_id).snils is None:
            assert b'<id nullFlavor="NI"/>' in data and parsed["patient_snils"] is None


def test_not_well_formed():
    with pytest.raises(FormatError, match="not well-formed XML"):
        parse_semd174(b"<ClinicalDocument><oops></ClinicalDocument>")
    with pytest.raises(FormatError, match="not well-formed XML"):
        validate_semd174(b"\x00\x01")
