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
