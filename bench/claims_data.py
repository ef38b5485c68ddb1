"""Write a synthetic GIS OMS register (ZL_LIST) of N cases straight to disk.

The simulator builds registers as lxml trees (fine for a few hundred cases); a
national-scale monthly register has millions, so this writer streams text ZAP by ZAP and
never holds the document. Element set, order and encoding (windows-1251) follow
`ozero.simulator.oms`; codes, names, ENPs and comments come from the simulator's own
catalogues and helpers, so the parser and the scrubber see realistic values.

    .venv/bin/python -m bench.claims_data --cases 1000000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from ozero.simulator import reference
from ozero.simulator import world as sim
from ozero.simulator.oms import FORMAT_VERSION, SMO_CODE

PERIOD = "2026-01"
CODE_MO = "770112"
STATIONARY_MO = "770152"
_SUMMAV_WIDTH = 24  # placeholder width; xs:decimal collapses the padding spaces
_FLUSH_EVERY = 2000


def bench_dir() -> Path:
    """Where bench inputs/outputs go: big files, never inside the lake or git."""
    path = Path(os.environ.get("OZERO_BENCH_DIR", "/tmp/ozero-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def results_dir() -> Path:
    path = Path(__file__).resolve().parent / "results"
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_result(name: str, result: dict[str, Any]) -> Path:
    path = results_dir() / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def cpu_seconds() -> float:
    """User + system CPU of this process: comparable across runs on a loaded machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident set (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class Patient:
    """Just what a ZAP and `sim._comment` need from a person."""

    id_pac: str
    enp: str
    okato: str
    sex: str
    surname: str
    given_name: str
    patronymic: str


def _patients(rng: random.Random, n: int) -> list[Patient]:
    regions = sim._region_table()
    codes = list(sim._REGION_WEIGHTS)
    weights = [sim._REGION_WEIGHTS[c] for c in codes]
    out = []
    for i in range(n):
        sex = "1" if rng.random() < 0.47 else "2"
        surname, given, patronymic = sim._name(rng, sex)
        okato = regions[rng.choices(codes, weights=weights)[0]]["CODE_OKATO"]
        enp = sim._enp(rng, okato)
        out.append(Patient(f"P{i + 1:07d}", enp, okato, sex, surname, given, patronymic))
    return out


def _doctors(rng: random.Random, n: int = 60) -> list[str]:
    return [sim._snils(rng).replace("-", "").replace(" ", "") for _ in range(n)]


def _zap(
    rng: random.Random,
    i: int,
    p: Patient,
    doctors: list[str],
    specialties: dict[str, str],
) -> tuple[str, int, bool]:
    """One ZAP as text, its sum in kopecks and whether it has a comment."""
    ds1 = rng.choice(list(sim._CASE_TEMPLATES))
    if ds1 == "N63" and p.sex == "1":
        ds1 = "I10"
    visit, spec, imaging, stationary_ok = sim._CASE_TEMPLATES[ds1]
    stationary = stationary_ok and rng.random() < 0.25
    d2 = date(2026, 1, 1) + timedelta(days=rng.randint(0, 30))
    d1 = d2 - timedelta(days=rng.randint(5, 12) if stationary else rng.randint(0, 14))
    codes = [visit] + ([imaging] if imaging and rng.random() < 0.6 else [])
    if not stationary and rng.random() < 0.4:
        codes.append(visit.replace(".001", ".002") if visit.endswith(".001") else visit)
    lpu = STATIONARY_MO if stationary else CODE_MO
    prvs = specialties[spec]
    usl, total = [], 0
    for j, code in enumerate(codes, start=1):
        day = d1 + timedelta(days=min((j - 1) * rng.randint(0, 5), (d2 - d1).days))
        amount = sim._service_sum(rng, code)
        if stationary and j == 1:
            amount = sim._money(rng, 25000, 80000)
        total += int(amount * 100)
        usl.append(
            f"        <USL>\n          <IDSERV>{j}</IDSERV>\n          <LPU>{lpu}</LPU>\n"
            f"          <DATE_IN>{day}</DATE_IN>\n          <DATE_OUT>{day}</DATE_OUT>\n"
            f"          <CODE_USL>{code}</CODE_USL>\n          <PRVS>{prvs}</PRVS>\n"
            f"          <SUMV_USL>{amount:.2f}</SUMV_USL>\n        </USL>\n"
        )
    sumv = f"{total // 100}.{total % 100:02d}"
    comment = sim._comment(rng, p, ds1)  # type: ignore[arg-type]  # duck-typed Person
    coment = f"        <COMENTSL>{escape(comment)}</COMENTSL>\n" if comment else ""
    text = (
        f"  <ZAP>\n    <N_ZAP>{i}</N_ZAP>\n    <PR_NOV>0</PR_NOV>\n    <PACIENT>\n"
        f"      <ID_PAC>{p.id_pac}</ID_PAC>\n      <VPOLIS>3</VPOLIS>\n"
        f"      <NPOLIS>{p.enp}</NPOLIS>\n      <ENP>{p.enp}</ENP>\n"
        f"      <ST_OKATO>{p.okato}000</ST_OKATO>\n      <SMO>{SMO_CODE}</SMO>\n    </PACIENT>\n"
        f"    <Z_SL>\n      <IDCASE>{i}</IDCASE>\n"
        f"      <USL_OK>{'1' if stationary else '3'}</USL_OK>\n"
        f"      <VIDPOM>{'31' if stationary else '13'}</VIDPOM>\n"
        f"      <FOR_POM>{'1' if stationary and rng.random() < 0.5 else '3'}</FOR_POM>\n"
        f"      <LPU>{lpu}</LPU>\n      <DATE_Z_1>{d1}</DATE_Z_1>\n"
        f"      <DATE_Z_2>{d2}</DATE_Z_2>\n"
        f"      <RSLT>{'101' if stationary else rng.choice(['301', '302', '304'])}</RSLT>\n"
        f"      <ISHOD>{'102' if stationary else rng.choice(['303', '304'])}</ISHOD>\n"
        f"      <IDSP>{'33' if stationary else rng.choice(['29', '30'])}</IDSP>\n"
        f"      <SUMV>{sumv}</SUMV>\n      <SL>\n"
        f"        <SL_ID>{PERIOD}-{i}-1</SL_ID>\n        <DS1>{ds1}</DS1>\n"
        f"        <DATE_1>{d1}</DATE_1>\n        <DATE_2>{d2}</DATE_2>\n"
        f"        <PRVS>{prvs}</PRVS>\n        <IDDOKT>{rng.choice(doctors)}</IDDOKT>\n"
        f"        <SUM_M>{sumv}</SUM_M>\n{''.join(usl)}{coment}      </SL>\n    </Z_SL>\n  </ZAP>\n"
    )
    return text, total, comment is not None


def _head(filename: str, cases: int) -> str:
    return (
        '<?xml version="1.0" encoding="windows-1251"?>\n<ZL_LIST>\n  <ZGLV>\n'
        f"    <VERSION>{FORMAT_VERSION}</VERSION>\n    <DATA>2026-02-03</DATA>\n"
        f"    <FILENAME>{filename}</FILENAME>\n    <SD_Z>{cases}</SD_Z>\n  </ZGLV>\n"
        f"  <SCHET>\n    <CODE>1644</CODE>\n    <CODE_MO>{CODE_MO}</CODE_MO>\n"
        "    <YEAR>2026</YEAR>\n    <MONTH>1</MONTH>\n    <NSCHET>1644</NSCHET>\n"
        "    <DSCHET>2026-02-03</DSCHET>\n    <SUMMAV>"
    )


def _write_cases(
    out: BinaryIO, rng: random.Random, cases: int, patients: list[Patient]
) -> tuple[int, int]:
    specialties = {
        r["NAME"]: r["ID"] for r in reference.rows(sim.OID_SPECIALTIES) if r["PARENT"] == "0"
    }
    doctors = _doctors(rng)
    chunk: list[str] = []
    total = commented = 0
    for i in range(1, cases + 1):
        text, amount, has_comment = _zap(rng, i, rng.choice(patients), doctors, specialties)
        chunk.append(text)
        total += amount
        commented += has_comment
        if len(chunk) >= _FLUSH_EVERY:
            out.write("".join(chunk).encode("cp1251"))
            chunk.clear()
    out.write("".join(chunk).encode("cp1251"))
    return total, commented


def write_patients(path: Path, patients: list[Patient]) -> None:
    """Known names by ENP, the shape `curate_oms` joins from REMD headers."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "enp": [p.enp for p in patients],
            "known_family": [p.surname for p in patients],
            "known_given": [p.given_name for p in patients],
            "known_patronymic": [p.patronymic for p in patients],
        }
    )
    pq.write_table(table, path)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def write_register(
    path: Path, cases: int, seed: int = 42, patients: int | None = None
) -> dict[str, Any]:
    """Stream a register to `path` (+ `<stem>.patients.parquet`); return its metadata."""
    rng = random.Random(seed)
    started = time.perf_counter()
    pool = _patients(rng, patients or max(1, cases // 4))
    filename = f"HM{CODE_MO}T77_{PERIOD[2:4]}{PERIOD[5:]}1"
    with path.open("wb", buffering=1 << 20) as out:
        out.write(_head(filename, cases).encode("cp1251"))
        summav_at = out.tell()
        out.write(b" " * _SUMMAV_WIDTH + b"</SUMMAV>\n  </SCHET>\n")
        total, commented = _write_cases(out, rng, cases, pool)
        out.write(b"</ZL_LIST>\n")
        out.seek(summav_at)  # SUMMAV is only known at the end: patch the padded slot
        out.write(f"{total // 100}.{total % 100:02d}".ljust(_SUMMAV_WIDTH).encode("ascii"))
    write_patients(path.with_suffix(".patients.parquet"), pool)
    meta = {
        "path": str(path),
        "register_id": filename,
        "cases": cases,
        "patients": len(pool),
        "cases_with_comment": commented,
        "bytes": path.stat().st_size,
        "sha256": sha256_file(path),
        "seed": seed,
        "write_seconds": round(time.perf_counter() - started, 1),
        "writer_peak_rss_mb": round(peak_rss_mb(), 1),
    }
    path.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def default_path(cases: int) -> Path:
    return bench_dir() / f"zl_list_{cases}.xml"


def ensure_register(cases: int, seed: int = 42) -> dict[str, Any]:
    """Reuse an existing register of this size (same seed), else write one."""
    path = default_path(cases)
    meta_path = path.with_suffix(".meta.json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("seed") == seed and meta.get("bytes") == path.stat().st_size:
            return meta
    return write_register(path, cases, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    meta = write_register(args.out or default_path(args.cases), args.cases, args.seed)
    print(json.dumps(meta, indent=2))


if __name__ == "__main__":
    main()
