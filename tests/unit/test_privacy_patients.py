"""The erasure request file and finding its patients in raw payloads (no Spark)."""

from __future__ import annotations

import pytest

from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise
from ozero.identifiers import enp_check_digit, format_snils, snils_check_number
from ozero.privacy.patients import (
    OptOutList,
    PatientFileError,
    PatientMatcher,
    identifier_hash,
    parse_patients,
    patient_pids,
    read_patient_file,
)
from ozero.privacy.registers import file_names_anyone, without_patients

KEY = PseudonymKey("k1", b"s" * 32)
SNILS = "112233445" + snils_check_number("112233445")
OTHER_SNILS = "998877665" + snils_check_number("998877665")
ENP = "770000000000123" + enp_check_digit("770000000000123")
OTHER_ENP = "770000000000999" + enp_check_digit("770000000000999")


def test_a_line_names_a_patient_by_snils_printed_or_bare_and_enp():
    (first, second) = parse_patients([f"{format_snils(SNILS)}  {ENP}", "# a comment", "", SNILS])
    assert first.snils == {SNILS} and first.enp == {ENP}
    assert second.snils == {SNILS} and not second.enp


@pytest.mark.parametrize(
    "line",
    [SNILS[:-1] + str((int(SNILS[-1]) + 1) % 10), f"{SNILS} Иванов", "12345", f"{ENP}x"],
)
def test_a_bad_line_names_its_number_never_its_value(line):
    with pytest.raises(PatientFileError) as raised:
        parse_patients([SNILS, line], origin="req.txt")
    message = raised.value.one_line()
    assert "req.txt: line 2" in message
    assert line not in message and "Иванов" not in message


def test_an_empty_or_missing_file_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nobody\n")
    with pytest.raises(PatientFileError, match="no patient"):
        read_patient_file(empty)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_patient_file(tmp_path / "absent.txt")


def test_the_list_holds_hashes_unlike_the_pseudonyms_curation_writes():
    patients = parse_patients([f"{SNILS} {ENP}"])
    opt_outs = OptOutList.of(KEY, patients)
    pids = patient_pids(patients, KEY)
    assert pids == {pseudonymise(ENP, KEY, "enp"), pseudonymise(SNILS, KEY, "snils")}
    assert not opt_outs.hashes & pids
    assert not any(SNILS in h or ENP in h for h in opt_outs.hashes)


def test_a_payload_names_a_patient_whatever_holds_the_number():
    opt_outs = OptOutList.of(KEY, parse_patients([SNILS]))
    assert opt_outs.names_anyone(f'<id root="1.2.643.100.3" extension="{SNILS}"/>'.encode())
    assert opt_outs.names_anyone(f"<SNILS>{format_snils(SNILS)}</SNILS>".encode("cp1251"))
    assert not opt_outs.names_anyone(f"<SNILS>{OTHER_SNILS}</SNILS>".encode())
    assert not opt_outs.names_anyone(f"<N>9{SNILS}</N>".encode())  # inside a longer number
    assert not OptOutList(KEY, frozenset()).names_anyone(SNILS.encode())


def test_the_matcher_finds_him_by_an_identifier_whose_pseudonym_his_rows_carry():
    """A SNILS-only request; the register names him by ENP, which silver linked to him."""
    opt_outs = OptOutList.of(KEY, parse_patients([SNILS]))
    matcher = PatientMatcher(opt_outs, frozenset({pseudonymise(ENP, KEY, "enp")}))
    register = f"<ENP>{ENP}</ENP>".encode()
    assert not opt_outs.names_anyone(register)
    assert matcher.names_anyone(register)
    assert matcher.linked(register) == {("enp", ENP)}
    assert matcher.linked(SNILS.encode()) == set()  # already on the list


def _register(*enps: str) -> bytes:
    zaps = "".join(
        f"  <ZAP>\n    <N_ZAP>{n}</N_ZAP>\n    <PACIENT><ENP>{enp}</ENP><FAM>Фамилия</FAM></PACIENT>\n  </ZAP>\n"
        for n, enp in enumerate(enps, 1)
    )
    return f'<?xml version="1.0" encoding="windows-1251"?>\n<ZL_LIST>\n{zaps}</ZL_LIST>\n'.encode(
        "cp1251"
    )


def test_a_register_loses_only_his_records(tmp_path):
    opt_outs = OptOutList.of(KEY, parse_patients([ENP]))
    data = _register(OTHER_ENP, ENP, OTHER_ENP)
    cleaned, removed = without_patients(data, opt_outs)
    assert removed == 1
    assert ENP.encode() not in cleaned
    assert cleaned.count(OTHER_ENP.encode()) == 2
    from lxml import etree

    assert len(etree.fromstring(cleaned).findall("ZAP")) == 2  # still a well-formed register
    path = tmp_path / "r.xml"
    path.write_bytes(data)
    assert file_names_anyone(path, opt_outs)
    path.write_bytes(cleaned)
    assert not file_names_anyone(path, opt_outs)


def test_a_number_split_between_scan_chunks_is_still_found(tmp_path, monkeypatch):
    from ozero.privacy import registers

    monkeypatch.setattr(registers, "SCAN_CHUNK", 16)
    path = tmp_path / "r.xml"
    path.write_bytes(b"x" * 10 + _register(ENP))
    assert file_names_anyone(path, OptOutList.of(KEY, parse_patients([ENP])))


def test_identifier_hash_is_keyed():
    other = PseudonymKey("k2", b"t" * 32)
    assert identifier_hash(KEY, "snils", SNILS) != identifier_hash(other, "snils", SNILS)
