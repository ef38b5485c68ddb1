"""Hand-built `silver.annotations` rows of one classify round, shared by the unit and
integration tests of QC level 2: ten items, reader-1 and reader-2 disagree on two of them
(Cohen's kappa 0.6 by hand), expert-1 settles both in an adjudication project."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

ROUND, ADJUDICATION = 3, 4
DATASET, VERSION = "chest-xray", "1.0.0"
AT = datetime(2026, 12, 1, 9, 0)
# reader-1: P P P P P N N N N N; reader-2: P P P P N N N N N P — items 4 and 9 disputed.
# po 0.8, pe 0.5·0.5 + 0.5·0.5 = 0.5, kappa (0.8 − 0.5) / 0.5 = 0.6
FIRST = "PPPPPNNNNN"
SECOND = "PPPPNNNNNP"
EXPERT = {4: "P", 9: "N"}

# A small spec taking its label from these rows (the shipped chest-xray-read without its
# image index, so tests can write its one gold table directly).
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


def item(i: int) -> str:
    """The item's pseudonym (the candidate row's key)."""
    return "P" + hashlib.sha256(f"study:{i}".encode()).hexdigest()[:32]


def _class(code: str) -> str:
    return "pathology" if code == "P" else "normal"


def annotation(i: int, reader: str, code: str, n: int) -> dict[str, Any]:
    """One row under the contract `schemas/silver/annotations.yaml`."""
    expert = reader.startswith("expert")
    answer = {"class": _class(code)}
    return {
        "tool": "label-studio",
        "tool_version": "1.23.2",
        "project_id": ADJUDICATION if expert else ROUND,
        "task_id": 100 + i,
        "annotation_id": n,
        "round_project_id": ROUND,
        "role": "expert" if expert else "reader",
        "dataset": DATASET,
        "dataset_version": VERSION,
        "item_id": item(i),
        "image_id": hashlib.sha256(f"image:{i}".encode()).hexdigest(),
        "task_kind": "classify",
        "label_schema_version": "1",
        "reader": reader,
        "annotated_at": AT + timedelta(minutes=n),
        "was_cancelled": False,
        "lead_time_s": 12.5,
        "annotation": json.dumps(answer),
        "result": json.dumps([{"type": "choices", "value": {"choices": [answer["class"]]}}]),
        "pulled_at": AT + timedelta(days=1),
    }


def round_rows() -> list[dict[str, Any]]:
    """Both readers' answers to the ten items, then the expert's two."""
    rows = [annotation(i, "reader-1", code, i + 1) for i, code in enumerate(FIRST)]
    rows += [annotation(i, "reader-2", code, 20 + i) for i, code in enumerate(SECOND)]
    rows += [annotation(i, "expert-1", code, 40 + i) for i, code in EXPERT.items()]
    return rows
