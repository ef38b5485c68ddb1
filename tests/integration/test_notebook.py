"""The analyst notebook runs headless against a freshly released dataset in a throwaway lake.

The kernel is a separate process started by nbclient with `kernel_name="python3"`: that is
ipykernel's native kernelspec (installed into the venv's share/jupyter), whose `python`
argv jupyter_client replaces with `sys.executable`, so the kernel is this venv's interpreter.
It inherits `os.environ`, which is how it finds the tmp lake; it starts its own Spark
session to list tables (~15 s).
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from ozero import lake as ozero_lake
from ozero.release import approval, publish
from ozero.release.candidate import build_candidate
from tests.fixtures.access import grant_reader
from tests.fixtures.gold import as_gold_rows

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "chest_imaging_analysis.ipynb"
DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"
FIGURE = "chest_imaging_analysis.png"

# (study kind, service code, service name)
KINDS = [
    ("fluorography", "A06.09.006", "Флюорография легких"),
    ("xray", "A06.09.007", "Рентгенография легких"),
    ("ct", "A06.09.005", "Компьютерная томография органов грудной полости"),
]
# (MKB-10 code, name, findings, conclusion)
DIAGNOSES = [
    ("Z01.8", "Другое уточненное специальное обследование", "Без очаговых изменений", "Норма"),
    ("J18.9", "Пневмония неуточненная", "Инфильтрация в нижней доле справа", "Пневмония"),
    ("J44.9", "Хроническая обструктивная легочная болезнь неуточненная", "Эмфизема", "ХОБЛ"),
    (
        "C34.1",
        "Злокачественное новообразование верхней доли бронха или легкого",
        "Узел 18 мм",
        "Подозрение на новообразование",
    ),
    ("A16.2", "Туберкулез легких без упоминания о подтверждении", "Очаги в S1-S2", "Туберкулез?"),
    ("I50.1", "Левожелудочковая недостаточность", "Застой в малом круге", "Отек легких"),
]
AGE_BANDS = ["0-17", "18-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"]


def _pseudonym(kind: str, i: int) -> str:
    return "P" + hashlib.sha256(f"{kind}:{i}".encode()).hexdigest()[:32]


def _rows(count: int = 80) -> list[dict]:
    """A seeded, plausible mix: older bands get more neoplasms and heart failure, CT and
    pathological findings are followed up more often than screening fluorography."""
    rng = random.Random(20240101)
    rows = []
    for i in range(count):
        kind, code, service = rng.choices(KINDS, weights=[5, 3, 2])[0]
        band = rng.choice(AGE_BANDS)
        older = AGE_BANDS.index(band) >= 5
        weights = [4, 3, 2 + 2 * older, 1 + 3 * older, 1, 1 + 3 * older]
        mkb, mkb_name, findings, conclusion = rng.choices(DIAGNOSES, weights=weights)[0]
        chance = {"fluorography": 0.2, "xray": 0.45, "ct": 0.7}[kind]
        rows.append(
            {
                "study_pid": _pseudonym("study", i),
                "patient_pid": _pseudonym("patient", rng.randrange(40)),
                "study_kind": kind,
                "service_code": code,
                "service_name": service,
                "study_date": date(2024, 1, 8) + timedelta(days=rng.randrange(365)),
                "mkb10_code": mkb,
                "mkb10_name": mkb_name,
                "patient_sex": rng.choice(["F", "M"]),
                "patient_age_band": band if i % 17 else None,
                "findings_text": findings,
                "conclusion_text": conclusion,
                "followup_90d": mkb != "Z01.8" and rng.random() < chance + 0.2,
            }
        )
    return rows


@pytest.fixture()
def no_airflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An AIRFLOW_HOME without airflow.cfg: approvals must work with Airflow absent."""
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "no-airflow"))
    monkeypatch.delenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", raising=False)


def _release(spark) -> str:
    from ozero.contracts import load_contract

    rows = _rows()
    ozero_lake.merge(
        spark, GOLD, spark.createDataFrame(as_gold_rows(rows), load_contract(GOLD).spark_schema)
    )
    cand = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert cand is not None and cand.row_counts == {GOLD: len(rows)}
    approval.approve(DATASET, cand.version, "dr.who", note="notebook test")
    publish.publish(spark, DATASET, cand.version)
    return cand.version


def _kernel_python() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    argv = KernelSpecManager().get_kernel_spec("python3").argv
    return argv[0]


def _text_outputs(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif "data" in out:
                parts.append(out["data"].get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.spark
def test_notebook_runs_on_published_release(
    spark,
    lake: Path,
    no_airflow,
    pseudonym_key: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    version = _release(spark)
    grant_reader(monkeypatch, DATASET)  # the kernel inherits OZERO_TEAM from os.environ
    out = tmp_path / "nb-out"
    workdir = tmp_path / "nb-cwd"
    workdir.mkdir()
    monkeypatch.setenv("OZERO_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("OZERO_SPARK_DRIVER_MEMORY", "1g")  # a second JVM beside the tests'

    # "python" in a kernelspec is replaced by sys.executable: the kernel is this venv.
    assert _kernel_python() in {"python", "python3", sys.executable}

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), (
        "commit the notebook without outputs"
    )
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    )
    client.execute()

    errors = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert errors == []
    text = _text_outputs(nb)
    assert f"release version: {version}" in text
    assert f"lake: {lake}" in text
    assert GOLD in text  # the tables listing
    assert "raw identifiers found: none" in text
    figure = out / FIGURE
    assert figure.is_file() and figure.stat().st_size > 0
    assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (workdir / FIGURE).exists()  # OZERO_NOTEBOOK_OUT wins over the cwd
