"""The release guard on a real local lake: residual PHI blocks publishing, k is enforced."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ozero import lake as ozero_lake
from ozero.identifiers import format_snils, snils_check_number
from ozero.release import approval, cli, publish
from ozero.release.candidate import build_candidate
from tests.fixtures.gold import as_gold_rows

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"


def _pid(kind: str, i: int) -> str:
    return "P" + hashlib.sha256(f"{kind}:{i}".encode()).hexdigest()[:32]


def _row(i: int, sex: str = "2", band: str = "40-49", findings: str = "без особенностей") -> dict:
    return {
        "study_pid": _pid("study", i),
        "patient_pid": _pid("patient", i),
        "study_kind": "xray",
        "service_code": "A06.09.007",
        "service_name": "Рентгенография легких",
        "study_date": date(2024, 1, 1 + i % 28),
        "mkb10_code": "J18.9" if i % 2 else "J44.9",
        "mkb10_name": None,
        "patient_sex": sex,
        "patient_age_band": band,
        "findings_text": findings,
        "conclusion_text": "Пациент [ФИО], СНИЛС [СНИЛС]: норма",
        "followup_90d": bool(i % 3),
    }


def _write_gold(spark, rows: list[dict]) -> None:
    from ozero.contracts import load_contract

    ozero_lake.merge(
        spark, GOLD, spark.createDataFrame(as_gold_rows(rows), load_contract(GOLD).spark_schema)
    )


def _curate_people(spark, count: int = 2) -> str:
    """Real simulator documents parsed, and their people remembered the way curation does
    (keyed hashes in ops.known_identifiers); returns one patient's surname."""
    from ozero.contracts import load_contract
    from ozero.curate.context import CurationContext
    from ozero.deid import known
    from ozero.deid.keys import load_key
    from ozero.formats.semd import parse_semd174
    from ozero.simulator.semd174 import render_document
    from ozero.simulator.world import build_world

    world = build_world(patients=5, documents=count)
    parsed = [parse_semd174(render_document(doc, world)) for doc in world.documents[:count]]
    contract = load_contract("silver.remd_protocols")
    fields = sorted({f for fs in contract.known_identifiers.values() for f in fs})
    rows = spark.createDataFrame(
        [tuple(p.get(f) for f in fields) for p in parsed], ", ".join(f"{f} string" for f in fields)
    )
    known.remember(CurationContext(spark, load_key()), contract, rows, "bronze.remd_documents")
    return str(parsed[0]["patient_family"])


@pytest.fixture()
def no_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decisions are recorded in the lake only: no Airflow to answer."""
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")


# Men (1) 40-49: 100, 50-59: 30; women (2) 60-69: 20, 70-79: 10, and 50 girls aged 10; in
# two regions (the datasets release no region: a class counts both).
POPULATION = """region,sex,age,count
77,1,45,60
50,1,45,40
77,1,55,30
77,2,65,20
50,2,75,10
77,2,10,50
"""


@pytest.fixture()
def population(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hand-counted population table in place of the simulator's world."""
    path = tmp_path / "population.csv"
    path.write_text(POPULATION, encoding="utf-8")
    monkeypatch.setenv("OZERO_POPULATION_TABLE", str(path))


# Men (sex 1) 40-49 ×10 and 50-59 ×3, women (2) 60-69 ×3 and 70-79 ×3, one girl 0-17: 20-year
# bands make classes of 13 and 6; the lone girl stays alone, suppressed (1 row ≤ 5% of 20).
GROUPS = [("1", "40-49", 10), ("1", "50-59", 3), ("2", "60-69", 3), ("2", "70-79", 3),
          ("2", "0-17", 1)]  # fmt: skip


@pytest.mark.spark
def test_residual_phi_blocks_publication(
    spark, lake: Path, no_airflow, pseudonym_key, capsys
) -> None:
    from ozero.deid.known import surname_stem

    surname = _curate_people(spark)
    snils = format_snils("112233445" + snils_check_number("112233445"))
    rows = [_row(i) for i in range(10)]
    rows[0]["findings_text"] = f"Контроль, СНИЛС {snils}, без динамики"
    rows[1]["service_name"] = f"Рентгенография ({surname_stem(surname).capitalize()}ой)"
    rows[2]["patient_pid"] = "12345"
    _write_gold(spark, rows)

    cand = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert cand is not None and cand.deidentification["guard"]["passed"] is False
    guard_file = lake / "candidates" / DATASET / cand.version / "guard.json"
    approval.approve(DATASET, cand.version, "dr.who")
    with pytest.raises(publish.PublishError, match="blocked by the release guard") as blocked:
        publish.publish(spark, DATASET, cand.version)
    message = str(blocked.value)
    for kind, column in (
        ("snils", "findings_text"),
        ("known_surname", "service_name"),
        ("not_pseudonym", "patient_pid"),
    ):
        assert f"{kind} in column {column} (1 rows)" in message
    saved = guard_file.read_text(encoding="utf-8")
    for secret in (snils, "112233445", surname, surname.lower(), '12345"'):
        assert secret not in message and secret not in saved
    assert not (lake / "releases" / DATASET / cand.version).exists()

    assert cli.main(["release", "guard", DATASET, cand.version, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    hits = report["tables"][GOLD]["phi_scan"]["hits"]
    assert {(h["column"], h["kind"]) for h in hits} >= {
        ("findings_text", "snils"),
        ("service_name", "known_surname"),
        ("patient_pid", "not_pseudonym"),
    }


@pytest.mark.spark
def test_clean_release_is_k_enforced_and_reports_k_and_l(
    spark, lake: Path, no_airflow, pseudonym_key, population
) -> None:
    specs = [(sex, band) for sex, band, n in GROUPS for _ in range(n)]
    _write_gold(spark, [_row(i, sex, band) for i, (sex, band) in enumerate(specs)])

    cand = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert cand is not None and cand.deidentification["guard"]["passed"] is True
    assert cand.deidentification["tables"][GOLD]["min_group_size"] == 1
    approval.approve(DATASET, cand.version, "dr.who")
    folder = Path(publish.publish(spark, DATASET, cand.version))

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["row_counts"] == {GOLD: 19} and manifest["source_row_counts"] == {GOLD: 20}
    section = manifest["deidentification"]["k_anonymity"]
    assert (section["k_required"], section["l_required"]) == (5, 2)
    risk = section["tables"][GOLD]
    assert risk["before"]["k_min"] == 1 and risk["after"]["k_min"] == 6
    assert risk["after"]["l_min"] == {"mkb10_code": 2} and risk["after"]["l_diverse"]
    assert risk["rows_suppressed"] == 1
    # re-identification risk: the lone child was sample-unique (risk 1); after, groups 13 and 6
    assert risk["before"]["sample_uniques"] == 1 and risk["before"]["prosecutor_risk_max"] == 1.0
    assert risk["after"]["sample_uniques"] == 0 and risk["after"]["sample_unique_share"] == 0.0
    assert risk["after"]["prosecutor_risk_max"] == round(1 / 6, 6)
    assert risk["after"]["prosecutor_risk_avg"] == round(2 / 19, 6)
    assert [(a["action"], a.get("to")) for a in risk["actions"]] == [
        ("generalise", "20-year bands"),
        ("suppress", None),
    ]
    # journalist risk against the population table: before, the classes of 10, 3, 3, 3 and 1
    # rows have 100, 30, 20, 10 and 50 people; after, 13 and 6 rows have 130 and 30
    before, after = risk["before"]["journalist"], risk["after"]["journalist"]
    assert before["available"] and before["population"].endswith("(210 people)")
    assert before["smallest_class"] == 10 and before["risk_max"] == 0.1
    assert before["risk_avg"] == round((10 / 100 + 3 / 30 + 3 / 20 + 3 / 10 + 1 / 50) / 20, 6)
    assert after["smallest_class"] == 30 and after["risk_max"] == round(1 / 30, 6)
    assert after["risk_avg"] == round((13 / 130 + 6 / 30) / 19, 6)
    assert after["rows_in_small_classes"] == 0 and after["rows_not_in_population"] == 0
    assert after["dimensions"] == {"patient_sex": "sex", "patient_age_band": "age"}
    sheet = (folder / "datasheet.md").read_text(encoding="utf-8")
    assert f"| {1 / 30:.3f} | {(13 / 130 + 6 / 30) / 19:.3f} |" in sheet  # the privacy table
    published = spark.read.parquet(str(folder / "data" / "chest_imaging_protocols")).collect()
    sizes = Counter((r["patient_sex"], r["patient_age_band"]) for r in published)
    assert sizes == {("1", "40-59"): 13, ("2", "60-79"): 6}
    assert publish.verify_release(DATASET, cand.version) == []


@pytest.mark.spark
def test_a_risk_threshold_blocks_with_what_would_meet_it(
    spark, lake: Path, pseudonym_key, population
) -> None:
    """The same twenty rows under declared risk caps: above one, the guard blocks and names
    the generalisation, or the k (and what its enforcement would do), that brings it under."""
    from dataclasses import replace

    from ozero.release.datasets import get_dataset
    from ozero.release.guard import check_tables

    specs = [(sex, band) for sex, band, n in GROUPS for _ in range(n)]
    _write_gold(spark, [_row(i, sex, band) for i, (sex, band) in enumerate(specs)])
    pins = {GOLD: ozero_lake.version(spark, GOLD)}
    spec = get_dataset(DATASET)

    passed, _ = check_tables(spark, replace(spec, max_average_risk=0.11), pins, "0.0.0")
    assert passed.passed  # 2 groups over 19 rows: 0.105
    blocked, _ = check_tables(spark, replace(spec, max_average_risk=0.08), pins, "0.0.0")
    (problem,) = blocked.problems
    assert problem.startswith(f"{GOLD}: average prosecutor risk 0.105 > 0.08")
    # k = 6 and 7 stay at 0.105 and 0.100; k = 8 keeps only the 13 men, at age "any"
    assert problem.endswith(
        "privacy.k: 8 would bring it to 0.077 (patient_age_band → 20-year bands, "
        "patient_age_band → any; 7 rows suppressed, 13 kept)"
    )
    # the journalist cap: after enforcement the smallest population class is 30 (0.033).
    # Any age (one step up from 20-year bands) keeps all 20 rows in classes of 130 men and
    # 80 women: 1/80 = 0.0125.
    blocked, _ = check_tables(spark, replace(spec, max_journalist_risk=0.02), pins, "0.0.0")
    (problem,) = blocked.problems
    assert problem.startswith(
        f"{GOLD}: journalist risk 0.033 > 0.02 (smallest population class 30 people, 0 rows in "
        "population classes under k=5; population: "
    )
    assert problem.endswith(
        "generalising patient_age_band to any brings it to 0.013 (0 rows suppressed, 20 kept)"
    )
    passed, _ = check_tables(spark, replace(spec, max_journalist_risk=0.04), pins, "0.0.0")
    assert passed.passed
