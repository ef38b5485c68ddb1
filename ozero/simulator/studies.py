"""Instrumental study protocols (the SEMD 174 content): who, what, when, and the narrative."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from ozero.simulator import reference
from ozero.simulator.catalogue import MKB10_VERSION, OID_MKB10, OID_SERVICES, STUDIES
from ozero.simulator.model import (
    MSK,
    STUDY_FIRST,
    STUDY_LAST,
    Organisation,
    Person,
    Staff,
    StudyDocument,
)
from ozero.simulator.people import mention_name, mention_phone, new_uuid


def study_datetime(rng: random.Random) -> datetime:
    day = STUDY_FIRST + timedelta(days=rng.randint(0, (STUDY_LAST - STUDY_FIRST).days))
    return datetime.combine(day, time(rng.randint(8, 19), rng.randint(0, 59)), MSK)


def make_documents(
    rng: random.Random,
    n: int,
    persons: list[Person],
    staff: list[Staff],
    orgs: list[Organisation],
) -> list[StudyDocument]:
    radiologists = [s for s in staff if s.position_code in ("94", "91")]
    kinds = list(STUDIES)
    weights = [STUDIES[k][1] for k in kinds]
    malformed = set(rng.sample(range(n), max(1, round(n * 0.02)) if n >= 10 else 0))
    malformations = ("missing_birth_time", "missing_set_id", "bad_gender_code_system")
    docs = []
    for i in range(n):
        patient = rng.choice(persons)
        kind = rng.choices(kinds, weights=weights)[0]
        if kind == "mammography" and (patient.sex == "1" or patient.coverage == "newborn"):
            kind = "chest_xray"
        service_code, _, variants = STUDIES[kind]
        mkb, findings, conclusion = rng.choice(variants)
        fill = {"a": rng.randint(12, 45), "b": rng.randint(10, 38), "k": rng.randint(5, 62)}
        findings, conclusion = findings.format(**fill), conclusion.format(**fill)
        author = rng.choice(radiologists)
        mentions_name = rng.random() < 0.30
        mentions_phone = rng.random() < 0.15
        mentions_snils = rng.random() < 0.10 and patient.snils is not None
        if mentions_name:
            findings = mention_name(rng, patient) + " " + findings
        if mentions_snils:
            findings = findings + f" СНИЛС пациента: {patient.snils}."
        if mentions_phone:
            conclusion = conclusion + " " + mention_phone(rng, patient)
        study_at = study_datetime(rng)
        created_at = study_at + timedelta(minutes=rng.randint(20, 300))
        registered_at = (
            created_at + timedelta(minutes=rng.randint(5, 3 * 24 * 60 - 300))
        ).astimezone(UTC)
        svc = reference.lookup(OID_SERVICES, "S_CODE", service_code)
        diag = reference.lookup(OID_MKB10, "MKB_CODE", mkb, MKB10_VERSION)
        if svc is None or diag is None:
            raise RuntimeError(
                f"catalogue code missing from bundled directory: {service_code} {mkb}"
            )
        docs.append(
            StudyDocument(
                document_id=new_uuid(rng),
                set_id=new_uuid(rng),
                version=1,
                patient_id=patient.person_id,
                author_id=author.staff_id,
                org_oid=author.org_oid,
                kind=kind,
                service_code=service_code,
                service_name=svc["NAME"],
                mkb10_code=mkb,
                mkb10_display=diag["MKB_NAME"],
                study_at=study_at,
                created_at=created_at,
                registered_at=registered_at.replace(second=0, microsecond=0),
                findings=findings,
                conclusion=conclusion,
                mentions_name=mentions_name,
                mentions_phone=mentions_phone,
                mentions_snils=mentions_snils,
                is_malformed=i in malformed,
                malformation=rng.choice(malformations) if i in malformed else None,
            )
        )
    return docs
