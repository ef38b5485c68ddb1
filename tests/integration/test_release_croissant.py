"""A published release's croissant.json is valid Croissant 1.1 under `mlcroissant`, and its
records load with `mlcroissant` (offline, from the release folder) as the Parquet holds them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ozero.release import approval, publish
from ozero.release.build import build_candidate
from tests.integration.test_release import DATASET, _rows, _write_gold

pytestmark = pytest.mark.usefixtures("pseudonym_key")


@pytest.mark.spark
def test_published_croissant_validates_and_loads(spark, lake: Path, monkeypatch) -> None:
    mlc = pytest.importorskip("mlcroissant")
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")
    _write_gold(spark, _rows(0, 12))
    candidate = build_candidate(spark, DATASET)
    assert candidate is not None
    approval.approve(DATASET, candidate.version, "dr.who")
    release = Path(publish.publish(spark, DATASET, candidate.version))
    path = release / "croissant.json"
    doc = json.loads(path.read_text(encoding="utf-8"))

    # Responsible-AI fields come from the pipeline's facts
    assert "k-anonymity k=5" in doc["rai:dataPreprocessingProtocol"]
    assert "mkb10_code from the MKB-10 code" in doc["rai:dataAnnotationProtocol"]
    assert doc["rai:dataUseCases"].startswith("Training and testing models")
    assert "152-FZ" in doc["rai:personalSensitiveInformation"]

    dataset = mlc.Dataset(jsonld=str(path))  # validates: raises ValidationError if invalid
    assert dataset.metadata.ctx.issues.errors == set()
    assert [rs.name for rs in dataset.metadata.record_sets] == ["chest_imaging_protocols"]
    fields = {f.name: f for f in dataset.metadata.record_sets[0].fields}
    assert {"study_pid", "mkb10_code", "followup_90d", "split"} <= set(fields)
    assert "lineage" not in fields  # a map column: described in the datasheet, not a field

    records = list(dataset.records("chest_imaging_protocols"))
    assert len(records) == 12
    name = "chest_imaging_protocols"
    loaded = {
        (
            r[f"{name}/study_pid"].decode(),
            r[f"{name}/mkb10_code"].decode(),
            bool(r[f"{name}/followup_90d"]),
            r[f"{name}/split"].decode(),
        )
        for r in records
    }
    published = {
        (r["study_pid"], r["mkb10_code"], r["followup_90d"], r["split"])
        for r in spark.read.parquet(str(release / "data" / name)).collect()
    }
    assert loaded == published
    assert {row[3] for row in loaded} <= {"train", "validation", "test"}
