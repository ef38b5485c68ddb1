"""A deterministic synthetic world: patients, doctors, imaging protocols and OMS claims.

Everything derives from one ``random.Random(seed)`` (never the global RNG or the clock), so
tests, the simulator server and downstream pipeline runs see byte-identical data for a seed.
Codes (MKB-10, services, positions, regions) are real rows of the bundled FNSI directories.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

from ozero.identifiers import enp_check_digit, format_snils, snils_check_number
from ozero.simulator import names, reference

OID_SEX = "1.2.643.5.1.13.13.11.1040"
OID_POSITIONS = "1.2.643.5.1.13.13.11.1002"
OID_MKB10 = "1.2.643.5.1.13.13.11.1005"
MKB10_VERSION = "2.24"
OID_SERVICES = "1.2.643.5.1.13.13.11.1070"
OID_REGIONS = "1.2.643.5.1.13.13.99.2.206"
OID_SPECIALTIES = "1.2.643.5.1.13.13.11.1066"

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
    person_id: str
    surname: str
    given_name: str
    patronymic: str
    sex: str  # FNSI 1.2.643.5.1.13.13.11.1040: "1" male, "2" female
    birth_date: date
    snils: str
    enp: str
    phone: str
    address: Address
    passport_series: str
    passport_number: str
    passport_issue_date: date
    passport_issuer: str
    passport_issuer_code: str

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.given_name} {self.patronymic}"


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


# --- study catalogue ---------------------------------------------------------------------

# kind -> (service code, weight, [(mkb, findings, conclusion)]); {a}/{b}/{k} are filled in.
_STUDIES: dict[str, tuple[str, float, list[tuple[str, str, str]]]] = {
    "chest_xray": (
        "A06.09.007",
        0.42,
        [
            (
                "Z01.6",
                "На рентгенограммах органов грудной клетки в прямой проекции легочные поля "
                "прозрачны, без очаговых и инфильтративных теней. Легочный рисунок не изменен. "
                "Корни легких структурны, не расширены. Синусы свободны. Купола диафрагмы "
                "четкие, ровные. Тень средостения не расширена, сердце в пределах нормы.",
                "Рентгенологических признаков патологии органов грудной клетки не выявлено.",
            ),
            (
                "J18.9",
                "На рентгенограммах органов грудной клетки в прямой и правой боковой проекциях "
                "в нижней доле правого легкого (S9-S10) определяется участок инфильтрации "
                "легочной ткани неоднородной структуры с нечеткими контурами размерами "
                "{a}x{b} мм. Корень правого легкого расширен, малоструктурен. Правый "
                "костодиафрагмальный синус свободен. Сердце в пределах нормы.",
                "Рентгенологическая картина правосторонней нижнедолевой пневмонии. "
                "Рекомендован рентгенологический контроль через 14 дней.",
            ),
            (
                "J15.9",
                "На рентгенограммах органов грудной клетки в прямой проекции в нижней доле "
                "левого легкого определяется сливная инфильтрация с воздушной бронхографией "
                "размерами {a}x{b} мм. Левый костодиафрагмальный синус затемнен. Сердце и "
                "аорта без особенностей.",
                "Рентгенологические признаки левосторонней нижнедолевой пневмонии, "
                "вероятно бактериальной этиологии. Малый гидроторакс слева.",
            ),
            (
                "J44.9",
                "На рентгенограммах органов грудной клетки в прямой проекции легочные поля "
                "повышенной прозрачности. Легочный рисунок усилен и деформирован по "
                "ячеистому типу в базальных отделах. Корни легких уплотнены. Купола "
                "диафрагмы уплощены, расположены низко. Сердце вертикально расположено.",
                "Рентгенологические признаки хронического бронхита, эмфиземы легких.",
            ),
            (
                "I50.0",
                "На рентгенограмме органов грудной клетки в прямой проекции отмечаются "
                "признаки венозного застоя в малом круге кровообращения, перибронхиальные "
                "муфты. Корни легких расширены, малоструктурны. Сердце расширено в "
                "поперечнике, КТИ 0,{k}. В плевральных синусах небольшое количество жидкости.",
                "Рентгенологические признаки застойных изменений в малом круге "
                "кровообращения, кардиомегалия, двусторонний гидроторакс.",
            ),
            (
                "R91",
                "На рентгенограммах органов грудной клетки в прямой и левой боковой проекциях "
                "в верхней доле левого легкого определяется округлое образование с четкими "
                "контурами диаметром {a} мм. Корни легких структурны. Синусы свободны.",
                "Очаговое образование верхней доли левого легкого. Рекомендована КТ органов "
                "грудной клетки для уточнения характера изменений.",
            ),
        ],
    ),
    "fluorography": (
        "A06.09.006",
        0.20,
        [
            (
                "Z00.0",
                "На флюорограмме органов грудной клетки легочные поля без очаговых и "
                "инфильтративных теней. Корни структурны. Синусы свободны. Сердце, аорта "
                "без особенностей.",
                "Флюорография органов грудной клетки без патологии.",
            ),
            (
                "Z01.6",
                "На цифровой флюорограмме легочные поля прозрачны, легочный рисунок не "
                "изменен. Диафрагма обычно расположена. Тень сердца не расширена.",
                "Органы грудной клетки без видимой патологии.",
            ),
            (
                "R91",
                "На флюорограмме в S2 правого легкого определяется очаговая тень диаметром "
                "{a} мм средней интенсивности. Корни структурны. Синусы свободны.",
                "Очаговое образование правого легкого. Показано дообследование: "
                "рентгенография в двух проекциях, КТ органов грудной клетки.",
            ),
            (
                "J44.9",
                "На флюорограмме легочные поля повышенной прозрачности, легочный рисунок "
                "обогащен, деформирован в нижних отделах. Диафрагма уплощена.",
                "Флюорографические признаки хронического бронхита, эмфиземы легких.",
            ),
        ],
    ),
    "chest_ct": (
        "A06.09.005",
        0.18,
        [
            (
                "J12.9",
                "На серии компьютерных томограмм органов грудной полости в обоих легких "
                "субплеврально определяются множественные участки уплотнения по типу "
                "матового стекла с ретикулярными изменениями. Объем поражения правого легкого "
                "около {a}%, левого около {b}%. Внутригрудные лимфоузлы не увеличены. "
                "Жидкости в плевральных полостях нет.",
                "КТ-картина двусторонней полисегментарной вирусной пневмонии, КТ-2.",
            ),
            (
                "J18.9",
                "На КТ органов грудной полости в нижней доле правого легкого определяется "
                "зона консолидации размерами {a}x{b} мм с просветами бронхов на ее фоне. "
                "Окружающая легочная ткань с участками матового стекла. Плевральные "
                "полости свободны.",
                "КТ-признаки правосторонней нижнедолевой пневмонии.",
            ),
            (
                "C34.1",
                "На КТ органов грудной полости в S1-S2 правого легкого определяется "
                "образование неправильной формы с тяжистыми, спикулообразными контурами "
                "размерами {a}x{b} мм, с признаками инвазии висцеральной плевры. "
                "Увеличены лимфоузлы правой паратрахеальной группы до {k} мм.",
                "КТ-картина периферического образования верхней доли правого легкого, "
                "характерного для рака легкого, с лимфаденопатией средостения. "
                "Консультация онколога.",
            ),
            (
                "R91",
                "На КТ органов грудной полости в S6 левого легкого определяется солидный очаг "
                "с ровными контурами диаметром {k} мм. Иных очаговых и инфильтративных "
                "изменений нет. Лимфоузлы средостения не увеличены.",
                "Солидный очаг нижней доли левого легкого (Lung-RADS 3). "
                "Рекомендован КТ-контроль через 6 месяцев.",
            ),
            (
                "J84.1",
                "На КТ органов грудной полости в базальных отделах обоих легких "
                "субплеврально определяются ретикулярные изменения, тракционные "
                "бронхоэктазы, участки сотового легкого. Лимфоузлы до {k} мм.",
                "КТ-картина интерстициального заболевания легких с фиброзом "
                "(паттерн обычной интерстициальной пневмонии).",
            ),
        ],
    ),
    "head_ct": (
        "A06.23.004",
        0.10,
        [
            (
                "S06.0",
                "На серии компьютерных томограмм головного мозга очаговых изменений "
                "плотности вещества мозга не выявлено. Срединные структуры не смещены. "
                "Желудочки не расширены. Костно-травматических изменений не определяется.",
                "КТ-данных за внутричерепное кровоизлияние и костно-травматические "
                "повреждения не получено.",
            ),
            (
                "G45.9",
                "На КТ головного мозга без контрастного усиления зон патологической плотности "
                "не выявлено. Единичные лакунарные кисты в базальных ядрах до {k} мм. "
                "Желудочковая система не расширена, срединные структуры не смещены.",
                "КТ-признаков острого нарушения мозгового кровообращения не выявлено. "
                "Лакунарные кисты базальных ядер.",
            ),
            (
                "I63.9",
                "На КТ головного мозга в левой теменной доле определяется зона пониженной "
                "плотности размерами {a}x{b} мм без четких границ, сглаженность борозд. "
                "Срединные структуры не смещены.",
                "КТ-признаки ишемического инфаркта в бассейне левой средней мозговой артерии.",
            ),
        ],
    ),
    "mammography": (
        "A06.20.004",
        0.10,
        [
            (
                "Z12.3",
                "На маммограммах обеих молочных желез в двух проекциях (CC, MLO) железистая "
                "ткань с выраженной жировой инволюцией. Очаговых образований, скоплений "
                "микрокальцинатов не выявлено. Кожа и соски не изменены. Аксиллярные "
                "лимфоузлы не увеличены.",
                "Маммографических признаков патологии не выявлено. BI-RADS 1.",
            ),
            (
                "N63",
                "На маммограммах в верхне-наружном квадранте правой молочной железы "
                "определяется образование неправильной формы с нечеткими контурами "
                "размерами {a}x{b} мм. Микрокальцинатов нет. Аксиллярные лимфоузлы не "
                "увеличены.",
                "Образование правой молочной железы. BI-RADS 4. Рекомендована "
                "трепан-биопсия под УЗ-контролем.",
            ),
            (
                "D24",
                "На маммограммах в левой молочной железе определяется овальное образование "
                "с четкими ровными контурами размерами {a}x{b} мм с крупными кальцинатами.",
                "Маммографическая картина фиброаденомы левой молочной железы. BI-RADS 2.",
            ),
        ],
    ),
}

STUDY_KINDS: tuple[str, ...] = tuple(_STUDIES)

# DS1 -> (visit service, specialty name in 1066, optional imaging service, stationary allowed)
_CASE_TEMPLATES: dict[str, tuple[str, str, str | None, bool]] = {
    "J18.9": ("B01.047.001", "Терапия", "A06.09.007", True),
    "J15.9": ("B01.047.001", "Терапия", "A06.09.007", True),
    "J12.9": ("B01.047.001", "Терапия", "A06.09.005", True),
    "J44.9": ("B01.037.001", "Пульмонология", None, False),
    "J20.9": ("B01.047.001", "Терапия", None, False),
    "I10": ("B01.015.001", "Кардиология", None, False),
    "I50.0": ("B01.015.001", "Кардиология", None, True),
    "G45.9": ("B01.023.001", "Неврология", "A06.23.004", False),
    "I63.9": ("B01.023.001", "Неврология", "A06.23.004", True),
    "C34.1": ("B01.027.001", "Онкология", "A06.09.005", False),
    "Z00.0": ("B04.047.002", "Терапия", "A06.09.006", False),
    "N63": ("B01.057.001", "Хирургия", "A06.20.004", False),
    "R91": ("B01.037.001", "Пульмонология", "A06.09.005", False),
}
_CASE_FALLBACK = {"Z01.6": "Z00.0", "J84.1": "J44.9", "S06.0": "G45.9", "D24": "N63"}
_SUMS = {"B": (900, 2400), "A06.09.007": (700, 1500), "A06.09.006": (400, 900)}
_ORG_SPECS = (
    ("7712", "ГБУЗ «Городская поликлиника № 12 ДЗМ»", "770112"),
    ("7752", "ГБУЗ «Городская клиническая больница № 52 ДЗМ»", "770152"),
    ("7803", "ГБУЗ «Диагностический центр № 3 ДЗМ»", "770203"),
    ("7821", "ГБУЗ «Консультативно-диагностическая поликлиника № 121 ДЗМ»", "770321"),
)
_REGION_WEIGHTS = {
    "77": 60,
    "50": 20,
    "78": 4,
    "47": 3,
    "16": 3,
    "66": 3,
    "52": 3,
    "54": 2,
    "23": 2,
}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _snils(rng: random.Random) -> str:
    body = str(rng.randint(2_000_000, 999_999_999)).zfill(9)
    return format_snils(body + snils_check_number(body))


def _enp(rng: random.Random, okato: str) -> str:
    body = (okato[:2] + str(rng.randint(0, 10**13 - 1)).zfill(13))[:15]
    return body + enp_check_digit(body)


def _phone(rng: random.Random) -> str:
    return (
        f"+7 (9{rng.randint(0, 99):02d}) {rng.randint(100, 999)}-"
        f"{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    )


def _region_table() -> dict[str, dict[str, str]]:
    return {r["ID"]: r for r in reference.rows(OID_REGIONS)}


def _address(rng: random.Random, region_code: str, regions: dict[str, dict[str, str]]) -> Address:
    region = regions[region_code]
    return Address(
        region_code=region_code,
        region_name=region["SUBJECT"],
        okato=region["CODE_OKATO"],
        city=rng.choice(names.CITIES_BY_REGION[region_code]),
        street=rng.choice(names.STREETS),
        house=str(rng.randint(1, 160)) + rng.choice(["", "", "", " к. 2", " стр. 1"]),
        flat=str(rng.randint(1, 400)) if rng.random() < 0.85 else None,
        postal_code=f"{rng.randint(101000, 199999) if region_code == '77' else rng.randint(140000, 690000)}",
        fias_aoguid=_uuid(rng),
        fias_houseguid=_uuid(rng),
    )


def _name(rng: random.Random, sex: str) -> tuple[str, str, str]:
    surname = rng.choice(names.MALE_SURNAMES)
    father = rng.choice(names.MALE_GIVEN)
    if sex == "1":
        given = rng.choice(names.MALE_GIVEN)[0]
        return surname, given, father[1]
    return names.female_surname(surname), rng.choice(names.FEMALE_GIVEN), father[2]


def _pick_region(rng: random.Random) -> str:
    codes = list(_REGION_WEIGHTS)
    return rng.choices(codes, weights=[_REGION_WEIGHTS[c] for c in codes])[0]


def _persons(rng: random.Random, n: int, regions: dict[str, dict[str, str]]) -> list[Person]:
    out = []
    for i in range(n):
        sex = "1" if rng.random() < 0.47 else "2"
        surname, given, patronymic = _name(rng, sex)
        age_days = rng.randint(18 * 365 + 5, 95 * 365 - 5)
        birth = STUDY_FIRST - timedelta(days=age_days)
        address = _address(rng, _pick_region(rng), regions)
        issue = birth + timedelta(days=rng.choice([14, 20, 45]) * 365 + rng.randint(30, 300))
        issue = min(issue, date(2025, 12, 1))
        out.append(
            Person(
                person_id=f"P{i + 1:05d}",
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                sex=sex,
                birth_date=birth,
                snils=_snils(rng),
                enp=_enp(rng, address.okato),
                phone=_phone(rng),
                address=address,
                passport_series=f"{rng.randint(1, 99):02d}{rng.randint(0, 99):02d}",
                passport_number=f"{rng.randint(0, 999999):06d}",
                passport_issue_date=issue,
                passport_issuer=f"ГУ МВД России по {address.region_name}",
                passport_issuer_code=f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}",
            )
        )
    return out


def _organisations(rng: random.Random, regions: dict[str, dict[str, str]]) -> list[Organisation]:
    return [
        Organisation(
            oid=f"1.2.643.5.1.13.13.12.2.77.{suffix}",
            name=name,
            mo_code=mo_code,
            ogrn=f"1{rng.randint(10**11, 10**12 - 1)}",
            okato="45000000000",
            phone=_phone(rng).replace("(9", "(4"),
            address=_address(rng, "77", regions),
        )
        for suffix, name, mo_code in _ORG_SPECS
    ]


def _staff(
    rng: random.Random, orgs: list[Organisation], specialties: dict[str, str]
) -> list[Staff]:
    positions = {r["ID"]: r["NAME"] for r in reference.rows(OID_POSITIONS)}
    plan = [("94", "Рентгенология")] * 12 + [
        ("109", "Терапия"),
        ("110", "Терапия"),
        ("109", "Терапия"),
        ("91", "Рентгенология"),
    ]
    return [
        _staff_member(
            rng, f"D{i + 1:03d}", pos, positions[pos], specialties[spec], orgs[i % len(orgs)].oid
        )
        for i, (pos, spec) in enumerate(plan)
    ]


def _staff_member(
    rng: random.Random, staff_id: str, position: str, position_name: str, specialty: str, org: str
) -> Staff:
    """A doctor with a random name and a valid SNILS (the draws' order keeps worlds stable)."""
    sex = rng.choice(["1", "2"])
    surname, given, patronymic = _name(rng, sex)
    return Staff(
        staff_id=staff_id,
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        sex=sex,
        snils=_snils(rng),
        position_code=position,
        position_name=position_name,
        specialty_code=specialty,
        org_oid=org,
    )


def _years(age: int) -> str:
    if age % 10 == 1 and age % 100 != 11:
        return "год"
    if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def _mention_name(rng: random.Random, p: Person) -> str:
    word = "Пациент" if p.sex == "1" else "Пациентка"
    age = (STUDY_FIRST - p.birth_date).days // 365
    options = [
        f"{word} {p.full_name}, {age} {_years(age)}.",
        f"Исследование выполнено у {'пациента' if p.sex == '1' else 'пациентки'} "
        f"{names.genitive_full_name(p.surname, p.given_name, p.patronymic, p.sex)}.",
        f"Ф.И.О.: {names.initials(p.surname, p.given_name, p.patronymic)}",
        f"{names.initials(p.surname, p.given_name, p.patronymic, surname_first=False)} "
        f"направлен{'' if p.sex == '1' else 'а'} на исследование повторно.",
        f"{word} {p.surname} {p.given_name[0]}.{p.patronymic[0]}., "
        f"{p.birth_date.strftime('%d.%m.%Y')} г.р.",
    ]
    return rng.choice(options)


def _mention_phone(rng: random.Random, p: Person) -> str:
    digits = "".join(ch for ch in p.phone if ch.isdigit())[1:]
    spellings = [p.phone, f"8-{digits[:3]}-{digits[3:6]}-{digits[6:8]}-{digits[8:]}"]
    return rng.choice(
        [
            f"Результат сообщен пациенту по тел. {rng.choice(spellings)}.",
            f"Контактный телефон: {rng.choice(spellings)}.",
        ]
    )


def _study_datetime(rng: random.Random) -> datetime:
    day = STUDY_FIRST + timedelta(days=rng.randint(0, (STUDY_LAST - STUDY_FIRST).days))
    return datetime.combine(day, time(rng.randint(8, 19), rng.randint(0, 59)), MSK)


def _documents(
    rng: random.Random,
    n: int,
    persons: list[Person],
    staff: list[Staff],
    orgs: list[Organisation],
) -> list[StudyDocument]:
    radiologists = [s for s in staff if s.position_code in ("94", "91")]
    kinds = list(_STUDIES)
    weights = [_STUDIES[k][1] for k in kinds]
    malformed = set(rng.sample(range(n), max(1, round(n * 0.02)) if n >= 10 else 0))
    malformations = ("missing_birth_time", "missing_set_id", "bad_gender_code_system")
    docs = []
    for i in range(n):
        patient = rng.choice(persons)
        kind = rng.choices(kinds, weights=weights)[0]
        if kind == "mammography" and patient.sex == "1":
            kind = "chest_xray"
        service_code, _, variants = _STUDIES[kind]
        mkb, findings, conclusion = rng.choice(variants)
        fill = {"a": rng.randint(12, 45), "b": rng.randint(10, 38), "k": rng.randint(5, 62)}
        findings, conclusion = findings.format(**fill), conclusion.format(**fill)
        author = rng.choice(radiologists)
        mentions_name = rng.random() < 0.30
        mentions_phone = rng.random() < 0.15
        mentions_snils = rng.random() < 0.10
        if mentions_name:
            findings = _mention_name(rng, patient) + " " + findings
        if mentions_snils:
            findings = findings + f" СНИЛС пациента: {patient.snils}."
        if mentions_phone:
            conclusion = conclusion + " " + _mention_phone(rng, patient)
        study_at = _study_datetime(rng)
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
                document_id=_uuid(rng),
                set_id=_uuid(rng),
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


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _service_sum(rng: random.Random, code: str) -> Decimal:
    if code in _SUMS:
        return _money(rng, *_SUMS[code])
    if code.startswith("B"):
        return _money(rng, *_SUMS["B"])
    return _money(rng, 2500, 6500)  # CT, mammography


def _case_dates(rng: random.Random, anchor: date | None, mode: str) -> tuple[date, date]:
    """DATE_Z_1/DATE_Z_2 for a case, kept inside the four register months."""
    length = rng.randint(0, 14)
    if anchor is not None and mode == "after":
        latest = min(90, (CASE_LAST - anchor).days - length)
        start = anchor + timedelta(days=rng.randint(1, max(1, latest)))
    elif anchor is not None and mode == "before" and (anchor - CASE_FIRST).days > length + 2:
        start = anchor - timedelta(days=rng.randint(length + 1, (anchor - CASE_FIRST).days))
    else:
        start = CASE_FIRST + timedelta(days=rng.randint(0, (CASE_LAST - CASE_FIRST).days))
    end = start + timedelta(days=length)
    if end < CASE_FIRST:
        start, end = CASE_FIRST, CASE_FIRST + timedelta(days=length)
    if end > CASE_LAST:
        end = CASE_LAST
        start = min(start, end)
    return start, end


def _comment(rng: random.Random, p: Person, ds1: str) -> str | None:
    roll = rng.random()
    if roll < 0.15:
        word = "Пациент" if p.sex == "1" else "Пациентка"
        return f"{word} {p.surname} {p.given_name[0]}.{p.patronymic[0]}. повторное обращение"
    if roll < 0.25:
        return f"{p.surname}: направлен(а) на консультацию, {ds1}"
    if roll < 0.40:
        return rng.choice(["Дообследование", "Контроль после лечения", "Первичное обращение"])
    return None


def _cases(
    rng: random.Random,
    persons: list[Person],
    staff: list[Staff],
    docs: list[StudyDocument],
    orgs: list[Organisation],
    specialties: dict[str, str],
) -> list[dict]:
    by_patient: dict[str, list[StudyDocument]] = {}
    for d in docs:
        by_patient.setdefault(d.patient_id, []).append(d)
    doctors = [s for s in staff if s.position_code in ("109", "110")]
    raw: list[dict] = []
    for p in persons:
        if rng.random() >= 0.70:
            continue
        studies = by_patient.get(p.person_id, [])
        for _ in range(rng.randint(1, 3)):
            study = rng.choice(studies) if studies else None
            mode = rng.choices(["after", "before", "random"], weights=[55, 20, 25])[0]
            if study is not None and mode == "after":
                ds1 = _CASE_FALLBACK.get(study.mkb10_code, study.mkb10_code)
                ds1 = ds1 if ds1 in _CASE_TEMPLATES else rng.choice(list(_CASE_TEMPLATES))
            else:
                ds1 = rng.choice(list(_CASE_TEMPLATES))
            if ds1 == "N63" and p.sex == "1":
                ds1 = "I10"
            anchor = study.study_at.date() if study is not None else None
            d1, d2 = _case_dates(rng, anchor, mode)
            visit, spec, imaging, stationary_ok = _CASE_TEMPLATES[ds1]
            stationary = stationary_ok and rng.random() < 0.25
            if stationary:
                d2 = min(d1 + timedelta(days=rng.randint(5, 12)), CASE_LAST)
            codes = [visit] + ([imaging] if imaging and rng.random() < 0.6 else [])
            if not stationary and rng.random() < 0.4:
                codes.append(visit.replace(".001", ".002") if visit.endswith(".001") else visit)
            org = orgs[0] if not stationary else orgs[1]
            prvs = specialties[spec]
            services = []
            for j, code in enumerate(codes):
                day = d1 + timedelta(days=min(j * rng.randint(0, 5), (d2 - d1).days))
                amount = _service_sum(rng, code)
                if stationary and j == 0:
                    amount = _money(rng, 25000, 80000)
                services.append((code, day, day, prvs, amount))
            raw.append(
                {
                    "patient_id": p.person_id,
                    "usl_ok": "1" if stationary else "3",
                    "vidpom": "31" if stationary else "13",
                    "for_pom": "1" if stationary and rng.random() < 0.5 else "3",
                    "lpu": org.mo_code,
                    "date_z_1": d1,
                    "date_z_2": d2,
                    "rslt": "101" if stationary else rng.choice(["301", "302", "304"]),
                    "ishod": "102" if stationary else rng.choice(["303", "304"]),
                    "idsp": "33" if stationary else rng.choice(["29", "30"]),
                    "ds1": ds1,
                    "prvs": prvs,
                    "iddokt": rng.choice(doctors).snils.replace("-", "").replace(" ", ""),
                    "services": services,
                    "comment": _comment(rng, p, ds1),
                    "related_document_id": study.document_id if mode == "after" and study else None,
                }
            )
    return raw


def _registers(rng: random.Random, raw: list[dict], orgs: list[Organisation]) -> list[Register]:
    dirty_n = max(1, round(len(raw) * 0.01)) if len(raw) >= 20 else 0
    dirty = dict(zip(rng.sample(range(len(raw)), dirty_n), [None] * dirty_n))
    for idx in dirty:
        dirty[idx] = rng.choice(["date_order", "empty_ds1"])
    for idx, item in enumerate(raw):
        item["dirt"] = dirty.get(idx)
    registers = []
    code_mo = orgs[0].mo_code
    for n, period in enumerate(REGISTER_PERIODS, start=1):
        items = [r for r in raw if r["date_z_2"].strftime("%Y-%m") == period]
        items.sort(key=lambda r: (r["date_z_2"], r["date_z_1"], r["patient_id"]))
        year, month = int(period[:4]), int(period[5:])
        next_month = date(year + month // 12, month % 12 + 1, 1)
        cases = []
        for i, r in enumerate(items, start=1):
            d1, d2, ds1 = r["date_z_1"], r["date_z_2"], r["ds1"]
            if r["dirt"] == "date_order":
                d1 = d2 + timedelta(days=3)
            elif r["dirt"] == "empty_ds1":
                ds1 = ""
            services = tuple(
                Service(idserv=j, code_usl=c, date_in=a, date_out=b, prvs=pv, sumv_usl=s)
                for j, (c, a, b, pv, s) in enumerate(r["services"], start=1)
            )
            cases.append(
                Case(
                    idcase=i,
                    n_zap=i,
                    patient_id=r["patient_id"],
                    usl_ok=r["usl_ok"],
                    vidpom=r["vidpom"],
                    for_pom=r["for_pom"],
                    lpu=r["lpu"],
                    date_z_1=d1,
                    date_z_2=d2,
                    rslt=r["rslt"],
                    ishod=r["ishod"],
                    idsp=r["idsp"],
                    ds1=ds1,
                    prvs=r["prvs"],
                    iddokt=r["iddokt"],
                    services=services,
                    comment=r["comment"],
                    related_document_id=r["related_document_id"],
                    is_dirty=r["dirt"] is not None,
                    dirt=r["dirt"],
                )
            )
        registers.append(
            Register(
                register_id=f"HM{code_mo}T77_{period[2:4]}{period[5:]}{n}",
                period=period,
                code_mo=code_mo,
                nschet=f"{month}{rng.randint(100, 999)}",
                dschet=next_month + timedelta(days=2),
                registered_at=datetime.combine(next_month + timedelta(days=4), time(9), UTC),
                cases=tuple(cases),
            )
        )
    return registers


def build_world(seed: int = 42, patients: int = 150, documents: int = 300) -> World:
    """Build the whole world from one seed; same arguments give an identical world."""
    if patients < 1 or documents < 0:
        raise ValueError("patients must be >= 1 and documents >= 0")
    rng = random.Random(seed)
    regions = _region_table()
    specialties = {
        r["NAME"]: r["ID"] for r in reference.rows(OID_SPECIALTIES) if r["PARENT"] == "0"
    }
    orgs = _organisations(rng, regions)
    persons = _persons(rng, patients, regions)
    staff = _staff(rng, orgs, specialties)
    docs = _documents(rng, documents, persons, staff, orgs)
    raw_cases = _cases(rng, persons, staff, docs, orgs, specialties)
    registers = _registers(rng, raw_cases, orgs)
    # Lab documents and corrections draw from their own stream, so adding them left the
    # studies and claims of every seed as they were.
    lab_rng = random.Random(f"{seed}:lab")
    labs = _lab_documents(lab_rng, round(documents * 0.3), persons, staff, orgs, specialties)
    return World(
        seed=seed,
        persons=persons,
        staff=staff,
        organisations=orgs,
        documents=docs,
        registers=registers,
        lab_documents=labs,
        corrections=_corrections(lab_rng, docs, labs),
    )


# --- laboratory protocols (SEMD 186) and corrections --------------------------------------

# (FSLI code, name, LOINC, unit, unit id in 1358, reference low, high, decimals). FSLI
# 1017128 is the real haemoglobin code; the other FSLI codes are illustrative (the FSLI
# directory is not bundled). LOINC codes, units and ranges are real.
_LAB_TESTS = {
    "hgb": ("1017128", "Гемоглобин общий, массовая концентрация в крови", "718-7", "г/л", "60",
            "120", "160", 0),
    "wbc": ("1015391", "Лейкоциты, количество в крови", "6690-2", "10^9/л", "322", "4.0", "9.0", 1),
    "plt": ("1015483", "Тромбоциты, количество в крови", "777-3", "10^9/л", "322", "150", "400", 0),
    "glu": ("1016052", "Глюкоза, молярная концентрация в крови", "2345-7", "ммоль/л", "195",
            "3.9", "6.1", 1),
    "cre": ("1016115", "Креатинин, молярная концентрация в сыворотке крови", "2160-0",
            "мкмоль/л", "198", "62", "115", 0),
    "chol": ("1016161", "Холестерин общий, молярная концентрация в сыворотке крови", "2093-3",
             "ммоль/л", "195", "3.0", "5.2", 1),
}  # fmt: skip
# panel: (service code in 1070, tests, specimen code in 1.2.643.5.1.13.13.99.2.1019, name)
_LAB_PANELS = (
    ("B03.016.002", ("hgb", "wbc", "plt"), "1", "Кровь венозная"),
    ("A09.05.023", ("glu",), "1", "Кровь венозная"),
    ("A09.05.020", ("cre",), "2", "Сыворотка крови"),
    ("A09.05.026", ("chol",), "2", "Сыворотка крови"),
)
_LAB_COMMENTS = (  # free text that sometimes names the patient or their phone
    "Образец доставлен в лабораторию своевременно.",
    "Результаты сверены с предыдущим исследованием. {name}",
    "Повторный забор не требуется. {phone}",
)
LAB_MALFORMATIONS = ("short_snils", "missing_birth_time", "test_code_not_fsli")


def _lab_value(rng: random.Random, low: Decimal, high: Decimal, decimals: int) -> Decimal:
    span = high - low
    value = Decimal(
        str(rng.uniform(float(low - span * Decimal("0.3")), float(high + span * Decimal("0.4"))))
    )
    return value.quantize(Decimal(1).scaleb(-decimals))


def _lab_test(rng: random.Random, key: str) -> LabTest:
    code, name, loinc, unit, unit_id, low, high, decimals = _LAB_TESTS[key]
    low_d, high_d = Decimal(low), Decimal(high)
    return LabTest(code, name, loinc, unit, unit_id, low_d, high_d,
                   _lab_value(rng, low_d, high_d, decimals))  # fmt: skip


def _lab_staff(
    rng: random.Random, orgs: list[Organisation], specialties: dict[str, str]
) -> list[Staff]:
    position = reference.lookup(OID_POSITIONS, "ID", "35")
    spec = specialties.get("Клиническая лабораторная диагностика") or next(
        iter(specialties.values())
    )
    name = position["NAME"] if position else "Врач клинической лабораторной диагностики"
    return [
        _staff_member(rng, f"L{i + 1:03d}", "35", name, spec, org.oid) for i, org in enumerate(orgs)
    ]


def _lab_documents(
    rng: random.Random,
    n: int,
    persons: list[Person],
    staff: list[Staff],
    orgs: list[Organisation],
    specialties: dict[str, str],
) -> list[LabDocument]:
    """``n`` lab protocols; ~4 % deliberately invalid (XSD or official Schematron)."""
    lab_staff = _lab_staff(rng, orgs, specialties)
    staff.extend(lab_staff)  # after claims were drawn: OMS cases never pick lab doctors
    bad = set(rng.sample(range(n), max(1, round(n * 0.04)))) if n >= 10 else set()
    docs = []
    for i in range(n):
        patient = rng.choice(persons)
        service_code, keys, specimen_code, specimen_name = rng.choice(_LAB_PANELS)
        svc = reference.lookup(OID_SERVICES, "S_CODE", service_code)
        if svc is None:
            raise RuntimeError(f"catalogue code missing from bundled directory: {service_code}")
        author = rng.choice(lab_staff)
        collected = _study_datetime(rng)
        created = collected + timedelta(minutes=rng.randint(60, 24 * 60))
        registered = (created + timedelta(minutes=rng.randint(5, 2 * 24 * 60))).astimezone(UTC)
        comment = rng.choice(_LAB_COMMENTS).format(
            name=_mention_name(rng, patient), phone=_mention_phone(rng, patient)
        )
        docs.append(
            LabDocument(
                document_id=_uuid(rng),
                set_id=_uuid(rng),
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
                tests=tuple(_lab_test(rng, k) for k in keys),
                comment=comment,
                is_malformed=i in bad,
                # the first invalid one fails only the Schematron, the next ones the XSD
                malformation=LAB_MALFORMATIONS[sum(d.is_malformed for d in docs) % 3]
                if i in bad
                else None,
            )
        )
    return docs


def _corrections(
    rng: random.Random, studies: list[StudyDocument], labs: list[LabDocument]
) -> list[StudyDocument | LabDocument]:
    """Version 2 of ~3 % of the valid documents of each kind, registered a few days later.

    A corrected study gets an amended conclusion; a corrected lab protocol a re-measured
    first result. One study correction is registered *before* its version 1 so that the
    pipeline sees an older version arrive late.
    """
    from dataclasses import replace

    out: list[StudyDocument | LabDocument] = []
    valid_studies = [d for d in studies if not d.is_malformed]
    valid_labs = [d for d in labs if not d.is_malformed]
    for i, d in enumerate(
        rng.sample(valid_studies, max(1, round(len(valid_studies) * 0.03))) if valid_studies else []
    ):
        delay = timedelta(hours=-2) if i == 0 else timedelta(days=rng.randint(1, 5))
        out.append(
            replace(
                d,
                version=2,
                conclusion=d.conclusion + " Исправлено: уточнена формулировка заключения.",
                created_at=d.created_at + timedelta(days=1),
                registered_at=d.registered_at + delay,
            )
        )
    for d in rng.sample(valid_labs, max(1, round(len(valid_labs) * 0.03))) if valid_labs else []:
        first = replace(
            d.tests[0],
            value=d.tests[0].value
            + d.tests[0].value.copy_abs().scaleb(-1).quantize(d.tests[0].value),
        )
        out.append(
            replace(
                d,
                version=2,
                tests=(first, *d.tests[1:]),
                created_at=d.created_at + timedelta(days=1),
                registered_at=d.registered_at + timedelta(days=rng.randint(1, 5)),
            )
        )
    return out
