"""A dataset spec takes its labels from a labelling round: the shipped
`datasets/labelled/chest-xray-read.yaml` joins `silver.resolved_labels` (the latest outcome
per item) and declares the provenance `annotation`; the spec checker accepts it without
Spark, and it is declared only where a deployment asks for it (it needs a round first)."""

from __future__ import annotations

import pytest

from ozero.config import REPO_ROOT
from ozero.datasets import registry
from ozero.datasets.spec import LABEL_SOURCES, load_spec

LABELLED = REPO_ROOT / "datasets" / "labelled"


def test_the_shipped_labelled_spec_takes_its_labels_from_resolved_annotations() -> None:
    spec = load_spec(LABELLED / "chest-xray-read.yaml")
    assert "silver.resolved_labels" in spec.source_tables
    by_column = {label.column: label.source for label in spec.labels}
    assert by_column == {"pathology_read": "annotation", "pathology": "protocol_finding"}
    assert "resolved_labels" in LABEL_SOURCES["annotation"]
    assert spec.qc.min_label_coverage == 1.0


def test_it_is_declared_only_when_its_folder_is_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(registry.HOME_DIR_ENV, raising=False)
    monkeypatch.delenv(registry.EXTRA_DIRS_ENV, raising=False)
    assert "chest-xray-read" not in {s.name for s in registry.all_specs()}  # `make demo`
    monkeypatch.setenv(registry.EXTRA_DIRS_ENV, str(LABELLED))
    assert "chest-xray-read" in {s.name for s in registry.all_specs()}
