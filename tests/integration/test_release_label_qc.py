"""QC level 2 through the real release path: a dataset whose label comes from a labelling
round (`source: annotation`, a spec added with OZERO_DATASET_DIRS), its gold rows keyed by the
round's item pseudonyms, and `silver.annotations` / `silver.resolved_labels` rows MERGEd under
their contracts. The guard reads the round behind the candidate's rows: two readers, kappa
0.6, two of ten labels adjudicated, ten of twelve rows labelled. With `qc.min_agreement`
under the figure the candidate passes and publishes with a Labelling section; over it, the
same candidate is refused naming the round. No reader's account name is written anywhere
(guard.json, the request, the manifest, the datasheet, croissant.json)."""

from __future__ import annotations

import json
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from ozero import lake as ozero_lake
from ozero.labels import rounds
from ozero.release import approval, publish
from ozero.release.candidate import build_candidate
from tests import label_rows

DATASET = "chest-xray-reads"
GOLD = "gold.chest_xray_reads"
ROWS = 12  # ten labelled items and two the round never saw


def _spec(folder: Path, floor: float) -> None:
    text = (
        textwrap.dedent(label_rows.SPEC)
        .replace("name: chest-xray-read", f"name: {DATASET}")
        .replace("how: inner", "how: left")
        .replace(", nullable: false}", "}")
    )
    path = folder / f"{DATASET}.yaml"
    path.write_text(text + f"qc: {{min_agreement: {floor}}}\n", encoding="utf-8")


def _merge(spark, table: str, rows: list[dict]) -> None:
    from ozero.contracts import load_contract

    ozero_lake.merge(spark, table, spark.createDataFrame(rows, load_contract(table).spark_schema))


def _gold_rows() -> list[dict]:
    """One age band for every row (k = 12 ≥ 5); the label as the spec's join would give it."""
    annotations = label_rows.round_rows()
    labels = {
        r["item_id"]: r for r in rounds.resolved(annotations, label_rows.ROUND) if r["annotation"]
    }
    out = []
    for i in range(ROWS):
        study = label_rows.item(i)
        label = labels.get(study)
        out.append(
            {
                "study_pid": study,
                "patient_pid": label_rows.item(1000 + i),
                "patient_age_band": "40-49",
                "pathology_read": label["annotation"]["class"] == "pathology" if label else None,
                "label_source": label["source"] if label else None,
                "split": "train",
                "lineage": {"silver.remd_protocols": study},
                "deid_key_id": "test-key",
            }
        )
    return out


@pytest.mark.spark
def test_level_2_reads_the_round_behind_the_candidate_and_blocks_under_the_floor(
    spark, lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pseudonym_key
) -> None:
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")
    specs = tmp_path / "specs"
    specs.mkdir()
    monkeypatch.setenv("OZERO_DATASET_DIRS", str(specs))
    _spec(specs, 0.5)
    annotations = label_rows.round_rows()
    _merge(spark, "silver.annotations", annotations)
    resolved = rounds.resolved_rows(annotations, label_rows.ROUND, datetime(2026, 12, 2, 10))
    _merge(spark, "silver.resolved_labels", resolved)
    _merge(spark, GOLD, _gold_rows())

    candidate = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert candidate is not None
    folder = lake / "candidates" / DATASET / candidate.version
    guard = json.loads((folder / "guard.json").read_text())
    assert guard["passed"], guard["problems"]
    two = guard["qc"]["levels"]["2"]
    assert two["passed"] and two["agreement"]["kind"] == "annotation"
    figures = two["agreement"]
    (one,) = figures["rounds"]
    assert (one["project_id"], one["task_kind"], one["dataset"]) == (3, "classify", "chest-xray")
    assert one["figure"] == "cohen_kappa" and one["agreement"] == pytest.approx(0.6)
    assert (figures["readers"], figures["experts"], figures["rows_labelled"]) == (2, 1, 10)
    assert figures["coverage"] == pytest.approx(10 / 12, abs=1e-6)
    assert figures["share_adjudicated"] == 0.2
    assert set(figures["versions"]) == {"silver.annotations", "silver.resolved_labels"}
    request = (folder / "request.md").read_text(encoding="utf-8")
    assert "- labelling: 2 readers, 1 expert; round 3 (chest-xray 1.0.0 classify)" in request

    # the curator's spec now asks for more agreement than the round has: publication refused
    approval.approve(DATASET, candidate.version, "dr.who")
    _spec(specs, 0.7)
    with pytest.raises(publish.PublishError) as refused:
        publish.publish(spark, DATASET, candidate.version)
    assert (
        "level 2: round 3 (chest-xray 1.0.0 classify): Cohen's kappa 0.600 < qc.min_agreement 0.7"
        in str(refused.value)
    )
    assert not (lake / "releases" / DATASET / candidate.version).exists()

    _spec(specs, 0.5)
    released = Path(publish.publish(spark, DATASET, candidate.version))
    manifest = json.loads((released / "manifest.json").read_text())
    assert manifest["quality_control"]["levels"]["2"]["agreement"]["rounds"][0]["readers"] == 2
    sheet = (released / "datasheet.md").read_text(encoding="utf-8")
    assert "### Labelling" in sheet and "Who labelled: 2 readers and 1 expert" in sheet
    assert "| 3 | chest-xray 1.0.0 | classify | 2 | 1 | 10 | Cohen's kappa | 0.600 | 2 |" in sheet
    croissant = json.loads((released / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["rai:dataAnnotationPlatform"].startswith("label-studio 1.23.2")
    assert "Cohen's kappa 0.600" in croissant["rai:dataAnnotationAnalysis"]
    mlc = pytest.importorskip("mlcroissant")
    checked = mlc.Dataset(jsonld=str(released / "croissant.json"))  # still valid Croissant
    assert checked.metadata.ctx.issues.errors == set()
    written = [folder / "guard.json", folder / "datasheet.md", folder / "request.md"]
    written += [released / n for n in ("manifest.json", "datasheet.md", "datasheet.html")]
    written.append(released / "croissant.json")
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "reader-" not in text and "expert-" not in text, path
