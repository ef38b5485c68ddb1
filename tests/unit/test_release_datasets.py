"""The release side sees exactly the datasets the factory declares, with the spec's privacy."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ozero.datasets.registry import all_specs
from ozero.release.datasets import (
    UnknownDatasetError,
    all_datasets,
    get_dataset,
    release_dag_id_for,
)

IMAGING = """\
name: toy-xray
title: {en: Toy X-ray}
description: A toy imaging dataset.
intended_use: Tests.
license: {id: test}
access: {level: restricted}
cohort:
  from: {table: silver.remd_protocols, as: p}
columns:
  - {name: study_pid, expr: p.document_pid, privacy: direct_identifier, action: pseudonymise, key: true}
  - {name: patient_pid, expr: p.patient_pid, privacy: direct_identifier, action: pseudonymise}
  - {name: mkb10_code, expr: p.mkb10_code, privacy: sensitive}
  - {name: patient_age_band, expr: p.patient_age_band, privacy: quasi_identifier, ladder: age_band}
labels:
  - {column: mkb10_code, source: protocol_mkb10}
images:
  table: silver.imaging_instances
  as: i
  on: i.patient_pid = p.patient_pid
privacy: {k: 7, l: 3, sensitive: [mkb10_code], max_suppressed_share: 0.02}
split: {unit: patient_pid, train: 80, validation: 10, test: 10}
"""


def test_every_declared_spec_is_releasable() -> None:
    assert sorted(all_datasets()) == sorted(s.name for s in all_specs())
    chest = get_dataset("chest-imaging-protocols")
    assert chest.gold_tables == ("gold.chest_imaging_protocols",)
    assert (chest.k_anonymity, chest.l_diversity, chest.sensitive) == (5, 2, ("mkb10_code",))
    assert chest.description.startswith("De-identified instrumental study protocols")


def test_a_new_spec_file_is_a_new_release_with_its_image_index_and_privacy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "toy-xray.yaml").write_text(textwrap.dedent(IMAGING), encoding="utf-8")
    monkeypatch.setenv("OZERO_DATASET_DIRS", str(tmp_path))
    spec = get_dataset("toy-xray")
    assert spec.gold_tables == ("gold.toy_xray", "gold.toy_xray_images")
    assert spec.k_anonymity == 7 and spec.l_diversity == 3
    assert spec.sensitive == ("mkb10_code",) and spec.max_suppressed_share == 0.02
    assert "toy-xray" in all_datasets()
    assert release_dag_id_for(spec.name) == "release_toy_xray"


def test_unknown_dataset_names_the_known_ones() -> None:
    with pytest.raises(UnknownDatasetError) as caught:
        get_dataset("no-such-set")
    message = str(caught.value)
    assert "no-such-set" in message
    for spec in all_specs():
        assert spec.name in message
    assert isinstance(caught.value, KeyError)  # callers that catch KeyError keep working


def test_a_candidate_whose_spec_left_the_catalogue_still_lists(lake: Path, monkeypatch):
    """A lake outlives its catalogue (a spec file removed, `OZERO_DATASETS_DIR` narrowed):
    its stored candidates still list, while an unknown name with no candidate is refused."""
    from ozero.release import store
    from ozero.release.candidate import list_candidates, load_candidate, pending_candidates

    store.create_candidate(
        {"dataset": "retired-set", "version": "1.0.0", "created_at": "2026-11-02T10:00:00Z",
         "source_versions": {"gold.retired_set": 3}, "row_counts": {"gold.retired_set": 12},
         "schema": {}, "schema_fingerprint": "f"}
    )  # fmt: skip
    assert [(c.dataset, c.version) for c in list_candidates()] == [("retired-set", "1.0.0")]
    assert [c.status for c in pending_candidates()] == ["pending"]
    with pytest.raises(UnknownDatasetError, match="retired-set"):
        load_candidate("retired-set", "2.0.0")
