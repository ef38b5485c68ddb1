"""Laboratory protocols (the SEMD 186 content): a panel of ФСЛИ tests with values and ranges.

Test codes are real rows of ФСЛИ (1.2.643.5.1.13.13.11.1080, bundled v3.50) and units real
rows of Единицы измерения (1.2.643.5.1.13.13.11.1358): ``lab_catalogue`` reads each test's
name and LOINC code from the directory and refuses a unit ФСЛИ does not list for the test
or one that measures something else. Reference ranges are adult ones (``catalogue``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, timedelta
from decimal import Decimal
from functools import lru_cache

from ozero.simulator import reference
from ozero.simulator.catalogue import (
    FSLI_VERSION,
    LAB_COMMENTS,
    LAB_PANELS,
    LAB_TESTS,
    OID_FSLI,
    OID_POSITIONS,
    OID_SERVICES,
    OID_UNITS,
    UNITS_VERSION,
)
from ozero.simulator.model import LabDocument, LabTest, Organisation, Person, Staff
from ozero.simulator.people import mention_name, mention_phone, new_uuid, staff_member
from ozero.simulator.studies import study_datetime

LAB_MALFORMATIONS = ("short_snils", "missing_birth_time", "test_code_not_fsli")


@dataclass(frozen=True)
class LabAnalyte:
    """One ФСЛИ test as the labs report it: code, name, LOINC, unit, range, precision."""

    fsli_code: str
    name: str
    loinc: str
    unit: str
    unit_id: str
    low: Decimal
    high: Decimal
    decimals: int


def _measure(text: str | None) -> str:
    return (text or "").strip().lower().replace("ё", "е")


@lru_cache(maxsize=1)
def lab_catalogue() -> dict[str, LabAnalyte]:
    """``LAB_TESTS`` resolved against the bundled ФСЛИ and units directories (checked)."""
    out = {}
    for key, (code, unit, unit_id, low, high, decimals) in LAB_TESTS.items():
        test = reference.lookup(OID_FSLI, "ID", code, FSLI_VERSION)
        unit_row = reference.lookup(OID_UNITS, "ID", unit_id, UNITS_VERSION)
        if test is None or unit_row is None:
            raise RuntimeError(
                f"lab catalogue code missing from bundled directory: {code} {unit_id}"
            )
        allowed = {u.strip() for u in (test.get("UNIT") or "").split(";")}
        if (
            unit_row["SHORTNAME"] != unit
            or unit not in allowed
            or _measure(unit_row.get("MEASUREMENT")) != _measure(test.get("MEASUREMENT"))
            or test.get("TESTSTATUS") == "Устаревший"
        ):
            raise RuntimeError(f"lab catalogue: unit {unit} does not fit ФСЛИ test {code}")
        out[key] = LabAnalyte(code, test["FULLNAME"], test["LOINC"], unit, unit_id,
                              Decimal(low), Decimal(high), decimals)  # fmt: skip
    return out


def lab_value(rng: random.Random, low: Decimal, high: Decimal, decimals: int) -> Decimal:
    """Mostly in range, some below or above it; never zero or negative."""
    span = high - low
    floor = max(low - span * Decimal("0.3"), low * Decimal("0.25"))
    value = Decimal(str(rng.uniform(float(floor), float(high + span * Decimal("0.4")))))
    return value.quantize(Decimal(1).scaleb(-decimals))


def lab_test(rng: random.Random, key: str) -> LabTest:
    a = lab_catalogue()[key]
    value = lab_value(rng, a.low, a.high, a.decimals)
    return LabTest(a.fsli_code, a.name, a.loinc, a.unit, a.unit_id, a.low, a.high, value)


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


def _malformation(patient: Person, nth: int) -> str:
    """The nth invalid protocol's defect (a patient without SNILS cannot lose a digit)."""
    kind = LAB_MALFORMATIONS[nth % 3]
    return "missing_birth_time" if kind == "short_snils" and patient.snils is None else kind


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
    docs: list[LabDocument] = []
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
                malformation=_malformation(patient, sum(d.is_malformed for d in docs))
                if i in bad
                else None,
            )
        )
    return docs
