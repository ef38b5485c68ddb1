"""What a simulated world is made of: plain frozen records, and the world's calendar.

Everything here is data (pydicom-style): the generators in ``people``, ``studies``,
``claims``, ``labs`` and ``corrections`` fill these records, the renderers (``semd174``,
``semd186``, ``oms``, ``pacs``) and the HTTP simulator read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

# The world's calendar: studies, claims and registers all fall inside these windows.
MSK = timezone(timedelta(hours=3))
STUDY_FIRST = date(2026, 1, 5)
STUDY_LAST = date(2026, 3, 25)
CASE_FIRST = date(2026, 1, 1)
CASE_LAST = date(2026, 4, 30)
REGISTER_PERIODS = ("2026-01", "2026-02", "2026-03", "2026-04")


@dataclass(frozen=True)
class Address:
    region_code: str
    region_name: str
    okato: str
    city: str
    street: str
    house: str
    flat: str | None
    postal_code: str
    fias_aoguid: str
    fias_houseguid: str

    @property
    def text(self) -> str:
        parts = [self.postal_code, self.region_name, self.city, self.street, f"д. {self.house}"]
        if self.city == self.region_name:
            parts.remove(self.city)
        if self.flat:
            parts.append(f"кв. {self.flat}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Person:
    """A patient. Most hold an OMS policy (ENP) and a SNILS; ``coverage`` says who does not.

    ``coverage``: "insured" (ENP and SNILS), or without an OMS policy: "uninsured" (a
    citizen with SNILS whose policy is missing), "foreigner" (no SNILS either, a foreign
    passport), "newborn" (weeks old: no policy or SNILS yet, a birth certificate). The
    ``passport_*`` fields describe whichever identity document ``identity_doc`` names.
    """

    person_id: str
    surname: str
    given_name: str
    patronymic: str
    sex: str  # FNSI 1.2.643.5.1.13.13.11.1040: "1" male, "2" female
    birth_date: date
    snils: str | None
    enp: str | None
    phone: str
    address: Address
    passport_series: str
    passport_number: str
    passport_issue_date: date
    passport_issuer: str
    passport_issuer_code: str
    coverage: str = "insured"
    identity_doc: str = "1"  # Документы, удостоверяющие личность 1.2.643.5.1.13.13.99.2.48

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.given_name} {self.patronymic}"

    @property
    def insured(self) -> bool:
        """Holds an OMS policy: has claims, and images filed under the ENP."""
        return self.enp is not None


@dataclass(frozen=True)
class Organisation:
    oid: str
    name: str
    mo_code: str  # 6-digit reestr code used as LPU / CODE_MO in OMS registers
    ogrn: str
    okato: str
    phone: str
    address: Address


@dataclass(frozen=True)
class Staff:
    staff_id: str
    surname: str
    given_name: str
    patronymic: str
    sex: str
    snils: str
    position_code: str
    position_name: str
    specialty_code: str  # Номенклатура специальностей 1.2.643.5.1.13.13.11.1066 (PRVS)
    org_oid: str


@dataclass(frozen=True)
class StudyDocument:
    document_id: str
    set_id: str
    version: int
    patient_id: str
    author_id: str
    org_oid: str
    kind: str
    service_code: str
    service_name: str
    mkb10_code: str
    mkb10_display: str
    study_at: datetime  # local (UTC+3) time the study was performed
    created_at: datetime  # local time the protocol was signed
    registered_at: datetime  # UTC, when REMD registered it
    findings: str
    conclusion: str
    mentions_name: bool
    mentions_phone: bool
    mentions_snils: bool
    is_malformed: bool = False
    malformation: str | None = None
    # The imaging study the protocol reports: its RIS order number (the DICOM Accession
    # Number, also the protocol's inFulfillmentOf/order/id) and its Study Instance UID.
    accession: str = ""
    study_uid: str = ""
    finding_codes: tuple[str, ...] = ()  # NSI 1.2.643.5.1.13.13.11.1473 IDs; empty: normal
    assessment_category: str | None = None  # mammography: the BI-RADS category (0-6)
    views: tuple[str, ...] = ()  # X-ray projections (DICOM ViewPosition) the text names

    @property
    def registered_at_iso(self) -> str:
        return iso_utc(self.registered_at)


@dataclass(frozen=True)
class LabTest:
    """One laboratory result: FSLI test, LOINC, value in a FNSI 1358 unit, reference range."""

    fsli_code: str  # ФСЛИ 1.2.643.5.1.13.13.11.1080
    name: str
    loinc: str
    unit: str
    unit_id: str  # Единицы измерения 1.2.643.5.1.13.13.11.1358
    low: Decimal
    high: Decimal
    value: Decimal

    @property
    def interpretation(self) -> str:
        """HL7 ObservationInterpretation: N, L or H against the reference range."""
        return "L" if self.value < self.low else "H" if self.value > self.high else "N"


@dataclass(frozen=True)
class LabDocument:
    """A SEMD 186 «Протокол лабораторного исследования»: one panel of results."""

    document_id: str
    set_id: str
    version: int
    patient_id: str
    author_id: str
    org_oid: str
    service_code: str
    service_name: str
    specimen_code: str  # 1.2.643.5.1.13.13.99.2.1019 (biomaterial)
    specimen_name: str
    collected_at: datetime  # local time the specimen was taken
    created_at: datetime
    registered_at: datetime  # UTC
    tests: tuple[LabTest, ...]
    comment: str
    is_malformed: bool = False
    malformation: str | None = None
    kind: str = "lab"

    @property
    def registered_at_iso(self) -> str:
        return iso_utc(self.registered_at)


SEMD_KIND = {"lab": "186"}  # REMD listing "kind": SEMD type code; study documents are 174


def semd_kind(doc: StudyDocument | LabDocument) -> str:
    return SEMD_KIND.get(doc.kind, "174")


@dataclass(frozen=True)
class Service:
    idserv: int
    code_usl: str
    date_in: date
    date_out: date
    prvs: str
    sumv_usl: Decimal


@dataclass(frozen=True)
class Case:
    idcase: int
    n_zap: int
    patient_id: str
    usl_ok: str
    vidpom: str
    for_pom: str
    lpu: str
    date_z_1: date
    date_z_2: date
    rslt: str
    ishod: str
    idsp: str
    ds1: str
    prvs: str
    iddokt: str
    services: tuple[Service, ...]
    comment: str | None
    related_document_id: str | None
    is_dirty: bool = False
    dirt: str | None = None

    @property
    def sumv(self) -> Decimal:
        return sum((s.sumv_usl for s in self.services), Decimal("0.00"))


@dataclass(frozen=True)
class Register:
    register_id: str
    period: str  # YYYY-MM of DATE_Z_2
    code_mo: str
    nschet: str
    dschet: date
    registered_at: datetime  # UTC
    cases: tuple[Case, ...]

    @property
    def filename(self) -> str:
        return self.register_id

    @property
    def registered_at_iso(self) -> str:
        return iso_utc(self.registered_at)

    @property
    def summav(self) -> Decimal:
        return sum((c.sumv for c in self.cases), Decimal("0.00"))


@dataclass
class World:
    seed: int
    persons: list[Person]
    staff: list[Staff]
    organisations: list[Organisation]
    documents: list[StudyDocument]
    registers: list[Register]
    lab_documents: list[LabDocument] = field(default_factory=list)
    # later versions (2) of some documents of either kind: corrections REMD also serves
    corrections: list[StudyDocument | LabDocument] = field(default_factory=list)
    _persons_by_id: dict[str, Person] = field(default_factory=dict, repr=False)
    _staff_by_id: dict[str, Staff] = field(default_factory=dict, repr=False)
    _orgs_by_oid: dict[str, Organisation] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._persons_by_id = {p.person_id: p for p in self.persons}
        self._staff_by_id = {s.staff_id: s for s in self.staff}
        self._orgs_by_oid = {o.oid: o for o in self.organisations}

    def person(self, person_id: str) -> Person:
        return self._persons_by_id[person_id]

    def doctor(self, staff_id: str) -> Staff:
        return self._staff_by_id[staff_id]

    def organisation(self, oid: str) -> Organisation:
        return self._orgs_by_oid[oid]

    def document(self, document_id: str) -> StudyDocument | None:
        return next((d for d in self.documents if d.document_id == document_id), None)

    @property
    def remd_feed(self) -> list[StudyDocument | LabDocument]:
        """Everything REMD serves: 174 and 186 documents, every version."""
        return [*self.documents, *self.lab_documents, *self.corrections]

    @property
    def cases(self) -> list[Case]:
        return [c for r in self.registers for c in r.cases]

    @property
    def counts(self) -> dict[str, int]:
        cases = self.cases
        return {
            "persons": len(self.persons),
            "persons_without_policy": sum(not p.insured for p in self.persons),
            "staff": len(self.staff),
            "organisations": len(self.organisations),
            "documents": len(self.documents),
            "malformed_documents": sum(d.is_malformed for d in self.documents),
            "lab_documents": len(self.lab_documents),
            "malformed_lab_documents": sum(d.is_malformed for d in self.lab_documents),
            "corrections": len(self.corrections),
            "registers": len(self.registers),
            "cases": len(cases),
            "dirty_cases": sum(c.is_dirty for c in cases),
        }


def iso_utc(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` (the form REMD and the simulator API use)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
