"""Instrumental study protocols (the SEMD 174 content): who, what, when, and the narrative.

A study kind is drawn first, then a patient the kind is for (mammography: women of the
screening ages; fluorography: 15 and over; CT: adults; chest X-ray: anyone), then one of the
kind's protocol variants by weight. The protocol carries what the RIS and the PACS share with
it: the order's accession number and the study's Instance UID.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, time, timedelta

from ozero.simulator import reference
from ozero.simulator.catalogue import MKB10_VERSION, OID_MKB10, OID_SERVICES
from ozero.simulator.imaging_catalogue import (
    FINDINGS_VERSION,
    OID_FINDINGS,
    PACS_UID_ROOT,
    STUDIES,
    StudyKind,
)
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


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def eligible(persons: list[Person], kind: StudyKind) -> list[Person]:
    """Who may be sent for a study of this kind: sex, and age within the kind's range on
    every day studies are made (so a 79-year-old is not 80 by her mammogram)."""
    low, high = kind.ages
    return [
        p
        for p in persons
        if (kind.sex is None or p.sex == kind.sex)
        and low <= age_on(p.birth_date, STUDY_FIRST)
        and age_on(p.birth_date, STUDY_LAST) <= high
    ]


def study_uid(document_id: str) -> str:
    """The PACS Study Instance UID of a protocol's study, a function of the document: what
    ``pydicom.uid.generate_uid(PACS_UID_ROOT, [document_id, "study"])`` makes, without
    importing pydicom into every world build."""
    digest = hashlib.sha512(f"{document_id}study".encode()).hexdigest()
    return (PACS_UID_ROOT + str(int(digest, 16)))[:64]


def new_accession(rng: random.Random, at: datetime, taken: set[str]) -> str:
    """A RIS order number, unique in the world: RG + study day + six digits."""
    while True:
        accession = f"RG{at:%y%m%d}{rng.randint(0, 999_999):06d}"
        if accession not in taken:
            taken.add(accession)
            return accession


def check_codes(service_code: str, mkb: str, findings: tuple[str, ...]) -> tuple[dict, dict]:
    svc = reference.lookup(OID_SERVICES, "S_CODE", service_code)
    diag = reference.lookup(OID_MKB10, "MKB_CODE", mkb, MKB10_VERSION)
    missing = [
        c for c in findings if reference.lookup(OID_FINDINGS, "ID", c, FINDINGS_VERSION) is None
    ]
    if svc is None or diag is None or missing:
        raise RuntimeError(
            f"catalogue code missing from bundled directory: {service_code} {mkb} {missing}"
        )
    return svc, diag


def make_documents(
    rng: random.Random,
    n: int,
    persons: list[Person],
    staff: list[Staff],
    orgs: list[Organisation],
) -> list[StudyDocument]:
    radiologists = [s for s in staff if s.position_code in ("94", "91")]
    kinds = list(STUDIES)
    pools = {k: eligible(persons, STUDIES[k]) for k in kinds}
    kinds = [k for k in kinds if pools[k]]  # a tiny world may lack, say, women of 40-79
    weights = [STUDIES[k].weight for k in kinds]
    malformed = set(rng.sample(range(n), max(1, round(n * 0.02)) if n >= 10 else 0))
    malformations = ("missing_birth_time", "missing_set_id", "bad_gender_code_system")
    examined: dict[str, set[str]] = {k: set() for k in kinds}
    accessions: set[str] = set()
    docs = []
    for i in range(n):
        kind_name = rng.choices(kinds, weights=weights)[0]
        kind = STUDIES[kind_name]
        pool = pools[kind_name]
        if kind.screening:
            pool = [p for p in pool if p.person_id not in examined[kind_name]] or pool
        patient = rng.choice(pool)
        examined[kind_name].add(patient.person_id)
        variant = rng.choices(kind.variants, weights=[v.weight for v in kind.variants])[0]
        fill = {"a": rng.randint(12, 45), "b": rng.randint(10, 38), "k": rng.randint(5, 62)}
        findings = variant.findings.format(**fill)
        conclusion = variant.conclusion.format(**fill)
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
        svc, diag = check_codes(kind.service_code, variant.mkb, variant.finding_codes)
        document_id = new_uuid(rng)
        docs.append(
            StudyDocument(
                document_id=document_id,
                set_id=new_uuid(rng),
                version=1,
                patient_id=patient.person_id,
                author_id=author.staff_id,
                org_oid=author.org_oid,
                kind=kind_name,
                service_code=kind.service_code,
                service_name=svc["NAME"],
                mkb10_code=variant.mkb,
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
                accession=new_accession(rng, study_at, accessions),
                study_uid=study_uid(document_id),
                finding_codes=variant.finding_codes,
                assessment_category=variant.birads,
                views=variant.views,
            )
        )
    return docs
