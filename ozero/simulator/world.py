"""A deterministic synthetic world: patients, doctors, imaging protocols and OMS claims.

Everything derives from one ``random.Random(seed)`` (never the global RNG or the clock), so
tests, the simulator server and downstream pipeline runs see byte-identical data for a seed.
Codes (MKB-10, services, positions, regions, ФСЛИ tests, units) are real rows of the bundled
FNSI directories.

This module is the façade: ``build_world`` wires the generators, and the names other code
imports (records, calendar, catalogue constants) are re-exported from where they live —
``model`` (records, calendar), ``catalogue`` (codes and narratives), ``people``,
``studies``, ``claims``, ``labs`` and ``corrections`` (the generators).
"""

from __future__ import annotations

import random

from ozero.simulator import reference
from ozero.simulator.catalogue import (
    CASE_TEMPLATES,
    MKB10_VERSION,
    OID_MKB10,
    OID_POSITIONS,
    OID_REGIONS,
    OID_SERVICES,
    OID_SEX,
    OID_SPECIALTIES,
    REGION_WEIGHTS,
    STUDY_KINDS,
)
from ozero.simulator.claims import case_comment, make_cases, make_registers, money, service_sum
from ozero.simulator.corrections import make_corrections
from ozero.simulator.labs import LAB_MALFORMATIONS, make_lab_documents
from ozero.simulator.model import (
    CASE_FIRST,
    CASE_LAST,
    MSK,
    REGISTER_PERIODS,
    SEMD_KIND,
    STUDY_FIRST,
    STUDY_LAST,
    Address,
    Case,
    LabDocument,
    LabTest,
    Organisation,
    Person,
    Register,
    Service,
    Staff,
    StudyDocument,
    World,
    iso_utc,
    semd_kind,
)
from ozero.simulator.people import (
    make_organisations,
    make_persons,
    make_staff,
    new_enp,
    new_snils,
    person_name,
    region_table,
    without_policy,
)
from ozero.simulator.studies import make_documents

__all__ = [
    "CASE_FIRST", "CASE_LAST", "LAB_MALFORMATIONS", "MKB10_VERSION", "MSK", "OID_MKB10",
    "OID_POSITIONS", "OID_REGIONS", "OID_SERVICES", "OID_SEX", "OID_SPECIALTIES",
    "REGISTER_PERIODS", "SEMD_KIND", "STUDY_FIRST", "STUDY_KINDS", "STUDY_LAST", "Address",
    "Case", "LabDocument", "LabTest", "Organisation", "Person", "Register", "Service", "Staff",
    "StudyDocument", "World", "build_world", "iso_utc", "semd_kind",
]  # fmt: skip

# The old private names `bench/claims_data.py` builds its large synthetic registers from.
_region_table = region_table
_REGION_WEIGHTS = REGION_WEIGHTS
_name = person_name
_enp = new_enp
_snils = new_snils
_CASE_TEMPLATES = CASE_TEMPLATES
_service_sum = service_sum
_money = money
_comment = case_comment


def build_world(seed: int = 42, patients: int = 150, documents: int = 300) -> World:
    """Build the whole world from one seed; same arguments give an identical world."""
    if patients < 1 or documents < 0:
        raise ValueError("patients must be >= 1 and documents >= 0")
    rng = random.Random(seed)
    regions = region_table()
    specialties = {
        r["NAME"]: r["ID"] for r in reference.rows(OID_SPECIALTIES) if r["PARENT"] == "0"
    }
    orgs = make_organisations(rng, regions)
    # Who lacks an OMS policy is drawn from its own stream: every other draw stays as it was.
    persons = without_policy(
        random.Random(f"{seed}:coverage"), make_persons(rng, patients, regions)
    )
    staff = make_staff(rng, orgs, specialties)
    docs = make_documents(rng, documents, persons, staff, orgs)
    raw_cases = make_cases(rng, persons, staff, docs, orgs, specialties)
    registers = make_registers(rng, raw_cases, orgs)
    # Lab documents and corrections draw from their own stream, so adding them left the
    # studies and claims of every seed as they were.
    lab_rng = random.Random(f"{seed}:lab")
    labs = make_lab_documents(lab_rng, round(documents * 0.3), persons, staff, orgs, specialties)
    return World(
        seed=seed,
        persons=persons,
        staff=staff,
        organisations=orgs,
        documents=docs,
        registers=registers,
        lab_documents=labs,
        corrections=make_corrections(lab_rng, docs, labs),
    )
