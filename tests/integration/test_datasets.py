"""The dataset factory on the shared curated lake: every shipped spec builds, splits are by
patient and stable, lineage is filled, a re-build changes nothing, a seventh dataset is one
file (and gets its release), and a spec Spark cannot analyse fails with its file and line before any job runs."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def built(curated_lake):
    """The shared lake (conftest) as curation left it: every dataset built once already."""
    mp = pytest.MonkeyPatch()
    for name, value in curated_lake.env().items():
        mp.setenv(name, value)
    yield curated_lake
    mp.undo()


def _rows(spark, table):
    from ozero import lake

    return lake.read(spark, table).collect()


def test_every_shipped_dataset_builds_with_splits_and_lineage(built, spark) -> None:
    from ozero.datasets.registry import all_specs

    for spec in all_specs():
        rows = _rows(spark, spec.table)
        if spec.name in ("chest-imaging-protocols", "oms-claims-trajectories"):
            assert rows, spec.name  # the shared world has these (labs need 186 documents)
        patients: dict[str, set[str]] = {}
        for row in rows:
            patients.setdefault(row[spec.split.unit], set()).add(row["split"])
            assert row["lineage"] and all(row["lineage"].values()), spec.name
            assert row["deid_key_id"] == "it-key"
        assert all(len(splits) == 1 for splits in patients.values()), spec.name


def test_splits_follow_the_patient_in_every_dataset(built, spark) -> None:
    from ozero.datasets.splits import split_of

    chest = _rows(spark, "gold.chest_imaging_protocols")
    trajectories = {
        r["patient_pid"]: r["split"] for r in _rows(spark, "gold.oms_claims_trajectories")
    }
    shared = [r for r in chest if r["patient_pid"] in trajectories]
    assert shared, "the two datasets share patients"
    for row in shared:  # same percentages → the same split in both datasets
        assert row["split"] == trajectories[row["patient_pid"]]
        assert row["split"] == split_of(
            row["patient_pid"], {"train": 70, "validation": 15, "test": 15}
        )


def test_rebuild_changes_nothing(built, spark) -> None:
    from ozero import lake, pipeline

    before = lake.version(spark, "gold.chest_imaging_protocols")
    result = pipeline.build_dataset("chest-imaging-protocols")
    assert result["changed"] is False
    assert lake.version(spark, "gold.chest_imaging_protocols") == before
    builds = (
        lake.read(spark, "ops.dataset_builds")
        .where("table_name = 'gold.chest_imaging_protocols' AND changed")
        .collect()
    )
    assert builds and "silver.remd_protocols" in builds[0]["source_versions"]


@contextmanager
def _extra_spec(tmp_path: Path, monkeypatch, name: str, text: str) -> Iterator[None]:
    """A catalogue folder beside the shipped one holding one more spec, for the block."""
    from ozero.contracts import load_contract

    folder = tmp_path / "more-datasets"
    folder.mkdir()
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("OZERO_DATASET_DIRS", str(folder))
    load_contract.cache_clear()  # the gold contract a spec implies is cached by table name
    try:
        yield
    finally:
        monkeypatch.delenv("OZERO_DATASET_DIRS")
        load_contract.cache_clear()


SEVENTH = """\
name: ct-followup
title: {en: CT protocols}
description: CT protocols of the shared world.
intended_use: Tests.
license: {id: test}
access: {level: restricted}
cohort:
  from: {table: silver.remd_protocols, as: p}
  where:
    - lower(p.service_name) LIKE '%томограф%'
columns:
  - {name: study_pid, expr: p.document_pid, privacy: direct_identifier, action: pseudonymise, key: true}
  - {name: patient_pid, expr: p.patient_pid, privacy: direct_identifier, action: pseudonymise}
  - {name: mkb10_code, expr: p.mkb10_code, privacy: sensitive}
  - {name: patient_age_band, expr: p.patient_age_band, privacy: quasi_identifier, ladder: age_band}
labels:
  - {column: mkb10_code, source: protocol_mkb10}
split: {unit: patient_pid, train: 70, validation: 15, test: 15}
"""


def test_a_seventh_dataset_is_one_file(built, spark, tmp_path: Path, monkeypatch) -> None:
    from ozero import lake, pipeline

    with _extra_spec(tmp_path, monkeypatch, "ct-followup", SEVENTH):
        result = pipeline.build_dataset("ct-followup")
        rows = lake.read(spark, "gold.ct_followup").collect()
        assert result["tables"]["gold.ct_followup"]["rows"] == len(rows) > 0
        assert {r["split"] for r in rows} <= {"train", "validation", "test"}


def test_a_seventh_dataset_gets_its_release(curated_lake, spark, tmp_path, monkeypatch) -> None:
    """The same one file, all the way: built, proposed, approved, published, verified and
    loaded by a granted reader, on a copy of the shared lake (its releases stay as they are)."""
    from ozero import pipeline
    from ozero.analyst import load_release
    from ozero.release.approval import approve
    from ozero.release.flow import build, publish_approved
    from ozero.release.publish import verify_release
    from tests.fixtures.access import grant_reader
    from tests.release_checks import release_problems

    copy = curated_lake.copy_to(tmp_path / "lake")
    for name, value in curated_lake.env(copy).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")  # decisions in the lake only
    with _extra_spec(tmp_path, monkeypatch, "ct-followup", SEVENTH):
        pipeline.build_dataset("ct-followup")
        candidate = build("ct-followup")
        assert candidate is not None and candidate.version == "1.0.0"
        assert approve("ct-followup", "1.0.0", "curator.test").decision.decision == "approved"
        publish_approved("ct-followup", "1.0.0")
        assert verify_release("ct-followup", "1.0.0") == []
        manifest = json.loads((copy / "releases/ct-followup/1.0.0/manifest.json").read_text())
        built_from = manifest["lake_sources"]["gold.ct_followup"]
        assert set(built_from) == {"silver.remd_protocols"}  # the one table the spec reads
        assert all(int(v) >= 0 for v in built_from.values())  # Delta versions of the snapshot
        sheet = (copy / "releases/ct-followup/1.0.0/datasheet.md").read_text(encoding="utf-8")
        assert "| gold.ct_followup | silver.remd_protocols |" in sheet
        assert release_problems(copy) == []  # Croissant valid, every patient in one split
        grant_reader(monkeypatch, "ct-followup")
        released = load_release("ct-followup")
        assert len(released) == candidate.publish_row_counts["gold.ct_followup"] > 0
        assert released.groupby("patient_pid")["split"].nunique().max() == 1
        index = (copy / "catalog" / "index.html").read_text(encoding="utf-8")
        assert 'data-dataset="ct-followup"' in index  # the publication refreshed the catalog


def test_an_expression_spark_cannot_use_names_its_line(built, spark, tmp_path, monkeypatch) -> None:
    from ozero import pipeline
    from ozero.datasets.spec import SpecError

    text = SEVENTH.replace("name: ct-followup", "name: bad-types").replace(
        "lower(p.service_name) LIKE '%томограф%'", "p.study_date + p.service_name > 3 AND NOPE(1)"
    )
    with (
        _extra_spec(tmp_path, monkeypatch, "bad-types", textwrap.dedent(text)),
        pytest.raises(SpecError, match=r"bad-types\.yaml:10: Spark cannot use this"),
    ):
        pipeline.build_dataset("bad-types")
