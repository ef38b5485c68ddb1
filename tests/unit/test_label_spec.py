"""A dataset spec takes its labels from a labelling round: it joins
`silver.resolved_labels` (the latest outcome per item) and declares the provenance
`annotation`; the spec checker accepts it without Spark."""

from __future__ import annotations

import textwrap
from pathlib import Path

from ozero.datasets.spec import LABEL_SOURCES, load_spec

SPEC = """\
name: chest-xray-read
title: {en: Chest X-ray protocols with readers' labels}
description: Protocols with the class two readers (or an expert) gave their image.
intended_use: Tests.
license: {id: test}
access: {level: restricted}
cohort:
  from: {table: silver.remd_protocols, as: p}
  joins:
    - as: rl  # the latest resolved label of each item of chest-xray's classify rounds
      query: >
        SELECT r.item_id AS item_id, get_json_object(r.annotation, '$.class') AS reader_class,
               r.source AS label_source
        FROM silver.resolved_labels r
        JOIN (SELECT item_id, max(resolved_at) AS latest FROM silver.resolved_labels
              WHERE dataset = 'chest-xray' AND task_kind = 'classify' GROUP BY item_id) m
          ON r.item_id = m.item_id AND r.resolved_at = m.latest
        WHERE r.dataset = 'chest-xray' AND r.task_kind = 'classify'
      on: rl.item_id = p.document_pid
      how: inner
columns:
  - {name: study_pid, expr: p.document_pid, privacy: direct_identifier, action: pseudonymise, key: true}
  - {name: patient_pid, expr: p.patient_pid, privacy: direct_identifier, action: pseudonymise}
  - {name: patient_age_band, expr: p.patient_age_band, privacy: quasi_identifier, ladder: age_band}
  - {name: pathology_read, expr: "rl.reader_class = 'pathology'", type: boolean, privacy: sensitive, nullable: false}
  - {name: label_source, expr: rl.label_source, privacy: safe, allowed: [agreement, adjudication]}
labels:
  - {column: pathology_read, source: annotation, description: "normal / pathology as the readers or the expert read the image"}
split: {unit: patient_pid, train: 80, validation: 10, test: 10}
"""


def test_a_spec_can_take_its_labels_from_resolved_annotations(tmp_path: Path) -> None:
    path = tmp_path / "chest-xray-read.yaml"
    path.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    spec = load_spec(path)
    assert "silver.resolved_labels" in spec.source_tables
    (label,) = spec.labels
    assert label.source == "annotation" and "resolved_labels" in LABEL_SOURCES[label.source]
