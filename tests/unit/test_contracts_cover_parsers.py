"""Every field every parser yields has a privacy decision in a contract: a column (with its
privacy class and action) or a `dropped:` entry. Checked on real-shaped input from each
registry the simulator plays, so a parser growing a field cannot slip it past silver."""

from __future__ import annotations

import pytest

from ozero.contracts import all_contracts, load_contract
from ozero.simulator.world import build_world

LINEAGE = {"_sha256", "_batch_id", "deid_key_id"}


@pytest.fixture(scope="module")
def world():
    return build_world(seed=3, patients=20, documents=40)


def _undeclared(fields: set[str], table: str) -> set[str]:
    return fields - load_contract(table).declared_fields


def test_remd_parsers_yield_only_declared_fields(world) -> None:
    from ozero.curate.imaging import INSTANCES
    from ozero.curate.remd import LAB_RESULTS, PROTOCOLS, SEMD174_FIELDS, SEMD186_FIELDS
    from ozero.formats.semd import parse_semd174
    from ozero.formats.semd186 import parse_semd186, result_rows
    from ozero.simulator.semd186 import render_semd

    protocols = [d for d in world.remd_feed if not getattr(d, "tests", None)]
    labs = [d for d in world.remd_feed if getattr(d, "tests", None)]
    assert protocols and labs
    for doc in protocols[:5]:
        if doc.is_malformed:
            continue
        yielded = set(parse_semd174(render_semd(doc, world)))
        assert yielded <= set(SEMD174_FIELDS), yielded - set(SEMD174_FIELDS)
    # the study link and the labels each have a privacy decision
    contract = load_contract(PROTOCOLS)
    accession = contract.column("accession_pid")
    assert (accession.source, accession.action) == ("accession_number", "pseudonymise")
    assert (
        accession.params["domain"]
        == load_contract(INSTANCES).column("accession_pid").params["domain"]
    )  # one domain: protocols and images join on accession_pid
    uid = contract.column("study_instance_uid")
    assert uid.action == "pseudonymise" and uid.params["method"] == "dicom_uid"
    assert contract.column("finding_codes").type == "array<string>"
    assert contract.column("assessment_category").privacy == "sensitive"
    for doc in labs[:5]:
        if doc.is_malformed:
            continue
        for row in result_rows(parse_semd186(render_semd(doc, world))):
            assert set(row) <= set(SEMD186_FIELDS), set(row) - set(SEMD186_FIELDS)
    assert _undeclared(set(SEMD174_FIELDS) | LINEAGE, PROTOCOLS) == set()
    assert _undeclared(set(SEMD186_FIELDS) | LINEAGE, LAB_RESULTS) == set()


def test_oms_parser_yields_only_declared_fields_identifiers_included(world) -> None:
    from ozero.curate.oms import CASES, OMS_CASE_FIELDS, PATIENTS, SERVICES
    from ozero.formats.oms import PACIENT_FIELDS, SERVICE_KEYS, parse_zl_list
    from ozero.simulator.oms import render_register

    for register in world.registers[:2]:
        for case in parse_zl_list(render_register(register, world))["cases"]:
            assert set(case) <= {*OMS_CASE_FIELDS, "service_codes", "services"}
            for service in case["services"]:
                assert set(service) <= set(SERVICE_KEYS)
    # the identifying elements are read, and each contract says what becomes of them
    for field in ("family", "given", "patronymic", "snils"):
        assert field in PACIENT_FIELDS.values()
        for table in (CASES, PATIENTS):
            assert field in load_contract(table).dropped, (field, table)
    assert {"history_no", "doctor_snils"} <= set(load_contract(CASES).dropped)
    case_fields = {*OMS_CASE_FIELDS, "service_codes", "register_id", "case_key", "zap_key"}
    case_fields |= {"known_family", "known_given", "known_patronymic", "services"}
    assert _undeclared(case_fields | LINEAGE, CASES) == set()
    service_fields = {*SERVICE_KEYS, "register_id", "case_key", "service_key", "enp"}
    service_fields |= {"family", "given", "patronymic", "snils"}
    service_fields |= {"known_family", "known_given", "known_patronymic"}
    assert _undeclared(service_fields | LINEAGE, SERVICES) == set()
    patient_fields = {*PACIENT_FIELDS.values(), "register_id", "zap_key", "register_filename"}
    patient_fields |= {"n_zap", "enp", "date_z_1"}
    assert _undeclared(patient_fields | LINEAGE, PATIENTS) == set()


def test_money_and_types_come_from_the_contracts() -> None:
    from ozero.curate.oms import field_types

    cases, services = load_contract("silver.oms_cases"), load_contract("silver.oms_services")
    assert cases.column("sumv").type == cases.column("sum_m").type == "decimal"
    assert {services.column(c).type for c in ("quantity", "tariff", "price")} == {"decimal"}
    types = field_types()
    assert types["sumv"] == types["sumv_usl"] == types["tarif"] == "decimal"
    assert types["date_z_1"] == types["date_in"] == types["birth_date"] == "date"


def test_pacs_step_yields_only_declared_fields(world, tmp_path) -> None:
    from ozero.curate.imaging import (
        FILE_FIELDS,
        HEADER_FIELDS,
        INSTANCES,
        NUMBER_FIELDS,
        deidentify_file,
        profile_options,
    )
    from ozero.deid.keys import PseudonymKey
    from ozero.simulator.pacs import build_archive

    archive = build_archive(world)
    key = PseudonymKey(key_id="t", secret=b"k" * 32)
    seen: dict[str, dict] = {}  # one image instance per modality
    for study in archive.studies:
        series = study.series[0]
        inst = series.instances[0]
        if series.modality in seen or inst.truncated:
            continue
        data = archive.render(study, series, inst)
        seen[series.modality] = deidentify_file(data, key, profile_options(), None, str(tmp_path))
    assert {"CT", "MG"} <= set(seen) and {"CR", "DX"} & set(seen)
    for out in seen.values():
        yielded = set(out)
        assert yielded == {*HEADER_FIELDS, *NUMBER_FIELDS, *FILE_FIELDS, "size_bytes"}
        assert _undeclared(yielded | LINEAGE, INSTANCES) == set()
    # the fields the imaging datasets select views and slices by are read, not left empty
    assert seen["MG"]["ViewPosition"] in ("CC", "MLO") and seen["MG"]["ImageLaterality"] in (
        "R",
        "L",
    )
    assert float(seen["CT"]["SliceLocation"]) == float(seen["CT"]["image_position_z"])
    radiograph = seen.get("CR") or seen["DX"]
    assert radiograph["ViewPosition"] == "PA" and radiograph["ImageLaterality"] is None
    assert load_contract(INSTANCES).dicom_profile == "research-imaging"


def test_every_pseudonymised_or_shifted_column_names_its_source() -> None:
    """A silver column computed by the plan says from which parsed field; only tables
    derived from other silver tables (and gold) carry none."""
    derived = {"silver.imaging_series", "silver.imaging_studies"}
    for contract in all_contracts():
        if contract.zone != "silver" or contract.name in derived:
            continue
        for column in contract.columns:
            if column.action in ("pseudonymise", "date_shift", "generalise", "scrub"):
                assert column.source, f"{contract.name}.{column.name}"


def test_ladders_name_only_quasi_identifier_columns() -> None:
    """k-anonymity generalises what the contract calls a quasi-identifier, nothing else."""
    for contract in all_contracts():
        for name in contract.ladders:
            assert contract.column(name).privacy == "quasi_identifier", (contract.name, name)
