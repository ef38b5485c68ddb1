"""People and places: patients, organisations and staff with valid identifiers.

SNILS and ENP carry correct check digits (``ozero.identifiers``); regions are real rows of
Субъекты РФ (99.2.206); names come from ``names``. ``mention_name`` / ``mention_phone``
write the ways protocols name a patient in free text (what the scrubber must catch).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta

from ozero.identifiers import enp_check_digit, format_snils, snils_check_number
from ozero.simulator import names, reference
from ozero.simulator.catalogue import OID_POSITIONS, OID_REGIONS, ORG_SPECS, REGION_WEIGHTS
from ozero.simulator.model import STUDY_FIRST, Address, Organisation, Person, Staff


def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_snils(rng: random.Random) -> str:
    body = str(rng.randint(2_000_000, 999_999_999)).zfill(9)
    return format_snils(body + snils_check_number(body))


def new_enp(rng: random.Random, okato: str) -> str:
    body = (okato[:2] + str(rng.randint(0, 10**13 - 1)).zfill(13))[:15]
    return body + enp_check_digit(body)


def new_phone(rng: random.Random) -> str:
    return (
        f"+7 (9{rng.randint(0, 99):02d}) {rng.randint(100, 999)}-"
        f"{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    )


def region_table() -> dict[str, dict[str, str]]:
    return {r["ID"]: r for r in reference.rows(OID_REGIONS)}


def new_address(
    rng: random.Random, region_code: str, regions: dict[str, dict[str, str]]
) -> Address:
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
        fias_aoguid=new_uuid(rng),
        fias_houseguid=new_uuid(rng),
    )


def person_name(rng: random.Random, sex: str) -> tuple[str, str, str]:
    surname = rng.choice(names.MALE_SURNAMES)
    father = rng.choice(names.MALE_GIVEN)
    if sex == "1":
        given = rng.choice(names.MALE_GIVEN)[0]
        return surname, given, father[1]
    return names.female_surname(surname), rng.choice(names.FEMALE_GIVEN), father[2]


def pick_region(rng: random.Random) -> str:
    codes = list(REGION_WEIGHTS)
    return rng.choices(codes, weights=[REGION_WEIGHTS[c] for c in codes])[0]


def make_persons(rng: random.Random, n: int, regions: dict[str, dict[str, str]]) -> list[Person]:
    out = []
    for i in range(n):
        sex = "1" if rng.random() < 0.47 else "2"
        surname, given, patronymic = person_name(rng, sex)
        age_days = rng.randint(18 * 365 + 5, 95 * 365 - 5)
        birth = STUDY_FIRST - timedelta(days=age_days)
        address = new_address(rng, pick_region(rng), regions)
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
                snils=new_snils(rng),
                enp=new_enp(rng, address.okato),
                phone=new_phone(rng),
                address=address,
                passport_series=f"{rng.randint(1, 99):02d}{rng.randint(0, 99):02d}",
                passport_number=f"{rng.randint(0, 999999):06d}",
                passport_issue_date=issue,
                passport_issuer=f"ГУ МВД России по {address.region_name}",
                passport_issuer_code=f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}",
            )
        )
    return out


def make_organisations(
    rng: random.Random, regions: dict[str, dict[str, str]]
) -> list[Organisation]:
    return [
        Organisation(
            oid=f"1.2.643.5.1.13.13.12.2.77.{suffix}",
            name=name,
            mo_code=mo_code,
            ogrn=f"1{rng.randint(10**11, 10**12 - 1)}",
            okato="45000000000",
            phone=new_phone(rng).replace("(9", "(4"),
            address=new_address(rng, "77", regions),
        )
        for suffix, name, mo_code in ORG_SPECS
    ]


def make_staff(
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
        staff_member(
            rng, f"D{i + 1:03d}", pos, positions[pos], specialties[spec], orgs[i % len(orgs)].oid
        )
        for i, (pos, spec) in enumerate(plan)
    ]


def staff_member(
    rng: random.Random, staff_id: str, position: str, position_name: str, specialty: str, org: str
) -> Staff:
    """A doctor with a random name and a valid SNILS (the draws' order keeps worlds stable)."""
    sex = rng.choice(["1", "2"])
    surname, given, patronymic = person_name(rng, sex)
    return Staff(
        staff_id=staff_id,
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        sex=sex,
        snils=new_snils(rng),
        position_code=position,
        position_name=position_name,
        specialty_code=specialty,
        org_oid=org,
    )


def years_word(age: int) -> str:
    if age % 10 == 1 and age % 100 != 11:
        return "год"
    if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def mention_name(rng: random.Random, p: Person) -> str:
    word = "Пациент" if p.sex == "1" else "Пациентка"
    age = (STUDY_FIRST - p.birth_date).days // 365
    shown_age = f"{age} {years_word(age)}" if age else f"{(STUDY_FIRST - p.birth_date).days} дн."
    options = [
        f"{word} {p.full_name}, {shown_age}.",
        f"Исследование выполнено у {'пациента' if p.sex == '1' else 'пациентки'} "
        f"{names.genitive_full_name(p.surname, p.given_name, p.patronymic, p.sex)}.",
        f"Ф.И.О.: {names.initials(p.surname, p.given_name, p.patronymic)}",
        f"{names.initials(p.surname, p.given_name, p.patronymic, surname_first=False)} "
        f"направлен{'' if p.sex == '1' else 'а'} на исследование повторно.",
        f"{word} {p.surname} {p.given_name[0]}.{p.patronymic[0]}., "
        f"{p.birth_date.strftime('%d.%m.%Y')} г.р.",
    ]
    return rng.choice(options)


def mention_phone(rng: random.Random, p: Person) -> str:
    digits = "".join(ch for ch in p.phone if ch.isdigit())[1:]
    spellings = [p.phone, f"8-{digits[:3]}-{digits[3:6]}-{digits[6:8]}-{digits[8:]}"]
    return rng.choice(
        [
            f"Результат сообщен пациенту по тел. {rng.choice(spellings)}.",
            f"Контактный телефон: {rng.choice(spellings)}.",
        ]
    )


# Share of patients without an OMS policy, by kind (see Person.coverage).
WITHOUT_POLICY = (("uninsured", 0.03), ("foreigner", 0.02), ("newborn", 0.015))
_FOREIGN_ISSUERS = (
    "Министерство внутренних дел Республики Узбекистан",
    "Министерство внутренних дел Республики Таджикистан",
    "Государственная миграционная служба Кыргызской Республики",
)


def without_policy(rng: random.Random, persons: list[Person]) -> list[Person]:
    """The same people, some of them now without an OMS policy (uninsured, foreigners,
    newborns), drawn from ``rng`` alone so every other draw of the world stays as it was."""
    n = len(persons)
    kinds = [kind for kind, share in WITHOUT_POLICY for _ in range(round(n * share))]
    chosen = dict(zip(rng.sample(range(n), len(kinds)), kinds, strict=True))
    out = list(persons)
    for i, kind in sorted(chosen.items()):
        p = persons[i]
        if kind == "uninsured":
            out[i] = replace(p, enp=None, coverage=kind)
        elif kind == "foreigner":
            out[i] = replace(
                p,
                snils=None,
                enp=None,
                coverage=kind,
                identity_doc="10",  # паспорт иностранного гражданина
                passport_series=rng.choice(("AA", "AB", "FA", "AC")),
                passport_number=f"{rng.randint(0, 9_999_999):07d}",
                passport_issuer=rng.choice(_FOREIGN_ISSUERS),
                passport_issuer_code="-",
            )
        else:  # a newborn: weeks old when the studies begin, no policy or SNILS yet
            birth = STUDY_FIRST - timedelta(days=rng.randint(5, 40))
            out[i] = replace(
                p,
                snils=None,
                enp=None,
                coverage=kind,
                birth_date=birth,
                identity_doc="6",  # свидетельство о рождении
                passport_series=f"{rng.choice(('I', 'II', 'III', 'IV', 'V'))}-МЮ",
                passport_number=f"{rng.randint(0, 999_999):06d}",
                passport_issue_date=birth + timedelta(days=rng.randint(1, 4)),
                passport_issuer=f"Отдел ЗАГС по {p.address.region_name}",
                passport_issuer_code="-",
            )
    return out
