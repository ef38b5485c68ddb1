"""Laboratory protocols (the SEMD 186 content): a panel of ФСЛИ tests with values and ranges."""

from __future__ import annotations

import random
from datetime import UTC, timedelta
from decimal import Decimal

from ozero.simulator import reference
from ozero.simulator.catalogue import (
    LAB_COMMENTS,
    LAB_PANELS,
    LAB_TESTS,
    OID_POSITIONS,
    OID_SERVICES,
)
from ozero.simulator.model import LabDocument, LabTest, Organisation, Person, Staff
from ozero.simulator.people import mention_name, mention_phone, new_uuid, staff_member
from ozero.simulator.studies import study_datetime

LAB_MALFORMATIONS = ("short_snils", "missing_birth_time", "test_code_not_fsli")


def lab_value(rng: random.Random, low: Decimal, high: Decimal, decimals: int) -> Decimal:
    span = high - low
    value = Decimal(
        str(rng.uniform(float(low - span * Decimal("0.3")), float(high + span * Decimal("0.4"))))
    )
    return value.quantize(Decimal(1).scaleb(-decimals))


def lab_test(rng: random.Random, key: str) -> LabTest:
    code, name, loinc, unit, unit_id, low, high, decimals = LAB_TESTS[key]
    low_d, high_d = Decimal(low), Decimal(high)
    return LabTest(code, name, loinc, unit, unit_id, low_d, high_d,
                   lab_value(rng, low_d, high_d, decimals))  # fmt: skip


def lab_staff(
    rng: random.Random, orgs: list[Organisation], specialties: dict[str, str]
) -> list[Staff]:
    position = reference.lookup(OID_POSITIONS, "ID", "35")
    spec = specialties.get("Клиническая лабораторная диагностика") or next(
        iter(specialties.values())
    )
    name = position["NAME"] if position else "Врач клинической лабораторной диагностики"
    return [
        staff_member(rng, f"L{i + 1:03d}", "35", name, spec, org.oid) for i, org in enumerate(orgs)
    ]


def make_lab_documents(
    rng: random.Random,
    n: int,
    persons: list[Person],
    staff: list[Staff],
    orgs: list[Organisation],
    specialties: dict[str, str],
) -> list[LabDocument]:
    """``n`` lab protocols; ~4 % deliberately invalid (XSD or official Schematron)."""
    lab_doctors = lab_staff(rng, orgs, specialties)
    staff.extend(lab_doctors)  # after claims were drawn: OMS cases never pick lab doctors
    bad = set(rng.sample(range(n), max(1, round(n * 0.04)))) if n >= 10 else set()
    docs = []
    for i in range(n):
        patient = rng.choice(persons)
        service_code, keys, specimen_code, specimen_name = rng.choice(LAB_PANELS)
        svc = reference.lookup(OID_SERVICES, "S_CODE", service_code)
        if svc is None:
            raise RuntimeError(f"catalogue code missing from bundled directory: {service_code}")
        author = rng.choice(lab_doctors)
        collected = study_datetime(rng)
        created = collected + timedelta(minutes=rng.randint(60, 24 * 60))
        registered = (created + timedelta(minutes=rng.randint(5, 2 * 24 * 60))).astimezone(UTC)
        comment = rng.choice(LAB_COMMENTS).format(
            name=mention_name(rng, patient), phone=mention_phone(rng, patient)
        )
        docs.append(
            LabDocument(
                document_id=new_uuid(rng),
                set_id=new_uuid(rng),
                version=1,
                patient_id=patient.person_id,
                author_id=author.staff_id,
                org_oid=author.org_oid,
                service_code=service_code,
                service_name=svc["NAME"],
                specimen_code=specimen_code,
                specimen_name=specimen_name,
                collected_at=collected,
                created_at=created,
                registered_at=registered.replace(second=0, microsecond=0),
                tests=tuple(lab_test(rng, k) for k in keys),
                comment=comment,
                is_malformed=i in bad,
                # the first invalid one fails only the Schematron, the next ones the XSD
                malformation=LAB_MALFORMATIONS[sum(d.is_malformed for d in docs) % 3]
                if i in bad
                else None,
            )
        )
    return docs
