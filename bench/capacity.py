"""Capacity model: the national volumes × Ozero's measured per-core rates → cores, memory and
storage per year, and the Terraform variables that size the buckets from the same figures.

    .venv/bin/python -m bench.capacity                  # the table (docs/capacity.md explains it)
    .venv/bin/python -m bench.capacity --json           # the same figures, JSON only
    .venv/bin/python -m bench.capacity --tfvars infra/terraform/capacity.auto.tfvars.json
    .venv/bin/python -m bench.capacity --set remd_documents_per_day=5e6 --set window_hours=20

Every rate is a measurement with its command, date and machine load (`RATES`); every volume
and size that is not measured is an assumption, marked so (`ASSUMPTIONS`) and overridable
with `--set`. A stage's cores = its daily items ÷ (per-core rate × the processing window ×
utilisation) × the peak factor: the day's intake must be through in the window on the busiest
day. Rates measured on 2 cores are divided by 2: parallel efficiency on a cluster is assumed
equal to that on the bench machine (no cluster has been measured yet — issue 13).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GB = 1024**3
TB = 1024**4


@dataclass(frozen=True)
class Rate:
    """A measured throughput of one stage, per core per second."""

    per_core_per_s: float
    unit: str
    measured: str  # command, input, date, load: enough to measure it again


RATES: dict[str, Rate] = {
    "claims_silver": Rate(
        3_000_000 / 2867 / 2,
        "cases",
        "OZERO_SPARK_DRIVER_MEMORY=4g .venv/bin/python -m bench.claims_ingest silver "
        "--comments none --cases 3000000: 3,000,000 cases in 2867 s on 2 cores, 2026-12-04, "
        "quiet box (replaces the 1M-case run of 2026-12-02: 376.4 s, 1,328 cases/s per core)",
    ),
    "semd_validate": Rate(
        188.0,
        "documents",
        "bench/semd_validate.py --documents 200: SEMD 174, XSD + official Schematron + parse, "
        "one process, 2026-12-02 (today, at load 5: 112; SEMD 186: 152 idle)",
    ),
    "text_deid": Rate(
        593 / 2 * 483,
        "characters",
        "bench/text_deid.py: 593 documents/s on 2 workers (idle, 2026-12-04) over the dev and "
        "held-out corpora, 483 characters a document",
    ),
    "dicom_deid": Rate(
        9629 / 63.3 / 2,
        "instances",
        "PYTHONPATH=. OZERO_SPARK_DRIVER_MEMORY=2g .venv/bin/python bench/pacs_ingest.py "
        "--image-size realistic --server-process --patients 50 --documents 200: curate "
        "(bronze → de-identified files + silver, Spark, OCR of 14 at-risk instances included) "
        "of 9,629 realistic-size instances (97% CT 512², CR/DX 2000×2500, MG 3328×4096; "
        "10.3 GB, 1.07 MB each) in 63.3 s on 2 cores = 81 MB/s per core, 2026-12-05 14:35 "
        "UTC, the box otherwise idle (load 1.2-3.5, the bench's own), after the DICOM "
        "per-file rounds (79.4 s before them, at load 2.9-3.8). The per-file floor on one "
        "core: deidentify_file 213/s, plain pydicom read+write 283/s",
    ),
    "ocr": Rate(
        2.0,
        "frames",
        "bench/dicom_deid.py OCR run: Tesseract on an at-risk frame, about 0.5 s per frame",
    ),
}

# What is assumed, not measured: national volumes (issue 13), the imaging mix, sizes per item.
ASSUMPTIONS: dict[str, float] = {
    "oms_cases_per_year": 785e6,  # OMS-paid cases of care a year (issue 13)
    "oms_comment_share": 0.05,  # cases whose free-text comment is scrubbed
    "oms_comment_chars": 120,
    "remd_documents_per_day": 3e6,  # "millions of documents a day" (issue 13)
    "remd_narrative_chars": 4000,  # free text scrubbed per document (an epicrisis: 2-8k)
    "imaging_studies_per_month": 1e6,  # one region's platform (issue 13)
    "imaging_regions": 1,  # multiply for more regions
    "ocr_share": 0.02,  # instances the burned-in-text check sends to OCR (screens, scans)
    "window_hours": 8.0,  # a day's intake goes through in this window (nightly)
    "utilisation": 0.7,  # share of a core's time the stage gets (Spark scheduling, I/O waits)
    "peak_factor": 1.5,  # the busiest day against the average day
    "memory_per_core_gb": 4.0,  # Spark executor heap + Python worker (largest measured: 0.4)
    "delta_overhead": 1.15,  # old file versions kept for the retention window, logs
    "release_share": 0.10,  # of the lake's yearly growth published as releases
    "plan_years": 3,  # the bucket quotas hold this many years of growth
    "quota_headroom": 1.5,  # quota = growth × years × headroom
}

# Bytes per item as stored (measured where marked).
SIZES: dict[str, tuple[float, str]] = {
    "oms_bronze_per_case": (1366, "measured: bench.claims_data, 27,317,057 B for 20,000 cases"),
    "oms_silver_per_case": (
        112,
        "measured: bench.claims_ingest floor, 3 Parquet tables, 2,239,675 B for 20,000 cases "
        "(synthetic values compress better than real ones: a lower bound)",
    ),
    "remd_bronze_per_document": (
        18616,
        "measured: bench/semd_validate.py, SEMD 174 average (186: 23,302)",
    ),
    "remd_silver_per_document": (
        6000,
        "assumed: narrative (4,000 characters, 2 bytes each in UTF-8 Cyrillic) + fields, "
        "Parquet-compressed to about 3:4",
    ),
}

# The imaging mix (assumed: Moscow's platform analyses mammography, fluorography, chest X-ray,
# CT of chest and brain). Instance sizes are the usual uncompressed matrices.
IMAGING_MIX: dict[str, dict[str, float]] = {
    "fluorography": {"share": 0.40, "instances": 1, "mb_per_instance": 8.0},  # ~2000² × 2 B
    "chest_xray": {"share": 0.25, "instances": 2, "mb_per_instance": 15.0},  # ~2500×3000 × 2 B
    "mammography": {"share": 0.20, "instances": 4, "mb_per_instance": 27.0},  # 3328×4096 × 2 B
    "ct": {"share": 0.15, "instances": 400, "mb_per_instance": 0.5},  # 512² × 2 B, thin slices
}


@dataclass(frozen=True)
class Stage:
    name: str
    items_per_day: float
    unit: str
    rate: float  # per core per second
    cores: float


def _cores(items_per_day: float, rate: float, a: dict[str, float]) -> float:
    window_s = a["window_hours"] * 3600
    return items_per_day / (rate * window_s * a["utilisation"]) * a["peak_factor"]


def imaging_per_day(a: dict[str, float]) -> tuple[float, float]:
    """Instances and bytes a day from the study mix."""
    studies = a["imaging_studies_per_month"] * a["imaging_regions"] * 12 / 365
    instances = sum(m["share"] * m["instances"] for m in IMAGING_MIX.values()) * studies
    mb = sum(m["share"] * m["instances"] * m["mb_per_instance"] for m in IMAGING_MIX.values())
    return instances, mb * 1024**2 * studies


def stages(a: dict[str, float], rates: dict[str, Rate] = RATES) -> list[Stage]:
    cases = a["oms_cases_per_year"] / 365
    documents = a["remd_documents_per_day"]
    instances, _ = imaging_per_day(a)
    work = [
        ("claims → silver", cases, "cases", rates["claims_silver"].per_core_per_s),
        (
            "claims comments scrub",
            cases * a["oms_comment_share"] * a["oms_comment_chars"],
            "characters",
            rates["text_deid"].per_core_per_s,
        ),
        ("SEMD validation", documents, "documents", rates["semd_validate"].per_core_per_s),
        (
            "SEMD narrative scrub",
            documents * a["remd_narrative_chars"],
            "characters",
            rates["text_deid"].per_core_per_s,
        ),
        ("DICOM de-identification", instances, "instances", rates["dicom_deid"].per_core_per_s),
        (
            "OCR of at-risk frames",
            instances * a["ocr_share"],
            "frames",
            rates["ocr"].per_core_per_s,
        ),
    ]
    return [Stage(n, items, unit, rate, _cores(items, rate, a)) for n, items, unit, rate in work]


def storage_per_year(a: dict[str, float]) -> dict[str, float]:
    """Bytes a year per bucket (restricted: bronze; lake: silver + gold; releases)."""
    cases = a["oms_cases_per_year"]
    documents = a["remd_documents_per_day"] * 365
    _, image_bytes_per_day = imaging_per_day(a)
    images = image_bytes_per_day * 365
    bronze = (
        cases * SIZES["oms_bronze_per_case"][0]
        + documents * SIZES["remd_bronze_per_document"][0]
        + images
    )
    # silver keeps de-identified DICOM beside its tables: the pixels are the same size
    lake = (
        cases * SIZES["oms_silver_per_case"][0]
        + documents * SIZES["remd_silver_per_document"][0]
        + images
    )
    overhead = a["delta_overhead"]
    return {
        "restricted": bronze * overhead,
        "lake": lake * overhead,
        "releases": lake * a["release_share"],
    }


def plan(a: dict[str, float]) -> dict[str, Any]:
    work = stages(a)
    cores = sum(s.cores for s in work)
    storage = storage_per_year(a)
    quota = {
        zone: math.ceil(b * a["plan_years"] * a["quota_headroom"] / GB)
        for zone, b in storage.items()
    }
    instances, image_bytes = imaging_per_day(a)
    return {
        "assumptions": a,
        "stages": [s.__dict__ | {"cores": round(s.cores, 2)} for s in work],
        "cores": math.ceil(cores),
        "memory_gb": math.ceil(math.ceil(cores) * a["memory_per_core_gb"]),
        "imaging_per_day": {"instances": round(instances), "bytes": round(image_bytes)},
        "storage_tb_per_year": {z: round(b / TB, 1) for z, b in storage.items()},
        "bucket_max_size_gb": quota,
        "rates": {k: r.__dict__ for k, r in RATES.items()},
        "sizes": {k: {"bytes": v, "source": s} for k, (v, s) in SIZES.items()},
    }


def tfvars(result: dict[str, Any]) -> dict[str, Any]:
    """The Terraform variables of infra/terraform/capacity.tf, from the same figures."""
    return {
        "bucket_max_size_gb": result["bucket_max_size_gb"],
        "spark_cores": result["cores"],
        "spark_memory_gb": result["memory_gb"],
    }


def _table(result: dict[str, Any]) -> str:
    lines = ["| stage | items/day | unit | per core/s | cores |", "|---|---:|---|---:|---:|"]
    for s in result["stages"]:
        lines.append(
            f"| {s['name']} | {s['items_per_day']:,.0f} | {s['unit']} | {s['rate']:,.0f} "
            f"| {s['cores']:.2f} |"
        )
    lines.append(f"| **total** | | | | **{result['cores']}** |")
    storage = ", ".join(f"{z} {tb}" for z, tb in result["storage_tb_per_year"].items())
    lines += [
        "",
        f"memory: {result['memory_gb']:.0f} GB; storage a year (TB): {storage}",
        "bucket quotas (GB): " + json.dumps(result["bucket_max_size_gb"]),
    ]
    return "\n".join(lines)


def _parse_sets(pairs: list[str]) -> dict[str, float]:
    """`NAME=NUMBER` overrides of the assumptions; ValueError names the bad one."""
    out: dict[str, float] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in ASSUMPTIONS:
            raise ValueError(
                f"--set {pair}: expected NAME=NUMBER, NAME one of {sorted(ASSUMPTIONS)}"
            )
        try:
            out[key] = float(value)
        except ValueError:
            raise ValueError(f"--set {pair}: {value!r} is not a number") from None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="the figures as JSON, nothing else")
    parser.add_argument("--tfvars", type=Path, help="write the Terraform variables here")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=NUMBER")
    args = parser.parse_args(argv)
    try:
        result = plan(ASSUMPTIONS | _parse_sets(args.set))
    except ValueError as bad:
        print(f"error: {bad}", file=sys.stderr)
        return 2
    if args.tfvars:
        args.tfvars.write_text(json.dumps(tfvars(result), indent=2) + "\n")
        print(f"wrote {args.tfvars}", file=sys.stderr)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else _table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
