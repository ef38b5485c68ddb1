"""OMS claims: treatment cases (some following the world's studies) and monthly registers."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from ozero.simulator.catalogue import CASE_FALLBACK, CASE_TEMPLATES, SERVICE_SUMS
from ozero.simulator.model import (
    CASE_FIRST,
    CASE_LAST,
    REGISTER_PERIODS,
    Case,
    Organisation,
    Person,
    Register,
    Service,
    Staff,
    StudyDocument,
)


def money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def service_sum(rng: random.Random, code: str) -> Decimal:
    if code in SERVICE_SUMS:
        return money(rng, *SERVICE_SUMS[code])
    if code.startswith("B"):
        return money(rng, *SERVICE_SUMS["B"])
    return money(rng, 2500, 6500)  # CT, mammography


def case_dates(rng: random.Random, anchor: date | None, mode: str) -> tuple[date, date]:
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


def case_comment(rng: random.Random, p: Person, ds1: str) -> str | None:
    roll = rng.random()
    if roll < 0.15:
        word = "Пациент" if p.sex == "1" else "Пациентка"
        return f"{word} {p.surname} {p.given_name[0]}.{p.patronymic[0]}. повторное обращение"
    if roll < 0.25:
        return f"{p.surname}: направлен(а) на консультацию, {ds1}"
    if roll < 0.40:
        return rng.choice(["Дообследование", "Контроль после лечения", "Первичное обращение"])
    return None


def make_cases(
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
                ds1 = CASE_FALLBACK.get(study.mkb10_code, study.mkb10_code)
                ds1 = ds1 if ds1 in CASE_TEMPLATES else rng.choice(list(CASE_TEMPLATES))
            else:
                ds1 = rng.choice(list(CASE_TEMPLATES))
            if ds1 == "N63" and p.sex == "1":
                ds1 = "I10"
            anchor = study.study_at.date() if study is not None else None
            d1, d2 = case_dates(rng, anchor, mode)
            visit, spec, imaging, stationary_ok = CASE_TEMPLATES[ds1]
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
                amount = service_sum(rng, code)
                if stationary and j == 0:
                    amount = money(rng, 25000, 80000)
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
                    "comment": case_comment(rng, p, ds1),
                    "related_document_id": study.document_id if mode == "after" and study else None,
                }
            )
    # No policy, no claim: drawn like everyone's (the stream stays stable), then dropped.
    insured = {p.person_id for p in persons if p.insured}
    return [r for r in raw if r["patient_id"] in insured]


def make_registers(rng: random.Random, raw: list[dict], orgs: list[Organisation]) -> list[Register]:
    dirty_n = max(1, round(len(raw) * 0.01)) if len(raw) >= 20 else 0
    dirty: dict[int, str | None] = dict(zip(rng.sample(range(len(raw)), dirty_n), [None] * dirty_n))
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
