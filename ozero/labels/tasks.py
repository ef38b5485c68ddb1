"""Tasks of a labelling round, built from a published release (pure: a frame in, payloads out).

A task carries only what a reader needs and what the pull needs to tie the answer back to
the release: the row's pseudonym (`item_id`, the dataset's key, e.g. `study_pid`), for
images the released file's content hash (`image_id`), the image URL or the protocol text,
and the round's bookkeeping (dataset, version, task kind, schema version, readers). Every
other column — the patient's pseudonym, the accession pseudonym, dates, age band — stays in
the lake: `ALLOWED_DATA` is the whole list, and `task_payload` refuses anything else.

Pre-annotations (Label Studio "predictions") come from the release's protocol-derived labels:
the `pathology` class for images, and for texts the spans where the protocol's own MKB-10
code or diagnosis name occurs (tagged `diagnosis`). Boxes and masks have none: a protocol
says what was found, not where.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ozero.errors import OzeroError
from ozero.labels import configs

ALLOWED_DATA = frozenset(
    {
        "item_id",
        "image_id",
        "image",
        "text",
        "dataset",
        "dataset_version",
        "task_kind",
        "label_schema_version",
        "readers",
        "adjudicates",  # an expert task: the readers' project it settles
    }
)
TEXT_COLUMNS = ("findings_text", "conclusion_text")
MODEL_VERSION = "protocol-labels"  # the pre-annotations' "model": the protocol itself


class NotLabellable(OzeroError, ValueError):
    """The release has nothing this task kind can show (no images, no texts)."""

    fix = "images: --task classify|bbox|segment on an imaging dataset; texts: --task text-entities"


@dataclass(frozen=True)
class Item:
    item_id: str
    image_id: str | None = None
    image_path: str | None = None  # a local file: rendered, never sent
    text: str | None = None
    prediction: list[dict[str, Any]] = field(default_factory=list)


def reader_names(count: int) -> list[str]:
    """Pseudonymous reader names: reader-1, reader-2, …"""
    return [f"reader-{n}" for n in range(1, count + 1)]


def _class_result(pathology: Any) -> list[dict[str, Any]]:
    if pathology is None or (isinstance(pathology, float) and pathology != pathology):
        return []
    return [
        {
            "from_name": configs.CLASS_CONTROL,
            "to_name": configs.IMAGE_OBJECT,
            "type": "choices",
            "value": {"choices": ["pathology" if bool(pathology) else "normal"]},
        }
    ]


def _middle_images(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One image per row of the dataset: the middle instance of its first series (the
    labels are per study, so one representative picture per study)."""
    by_item: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_item.setdefault(str(row["item_id"]), []).append(row)
    chosen = {}
    for item_id, images in by_item.items():
        images.sort(key=lambda r: (r.get("series_number") or 0, r.get("instance_number") or 0))
        first = [r for r in images if r.get("series_number") == images[0].get("series_number")]
        chosen[item_id] = first[len(first) // 2]
    return chosen


def image_items(rows: Iterable[dict[str, Any]], key: str) -> list[Item]:
    """From an imaging release (one row per image, `image_path`, `object_uri`)."""
    prepared = [{**row, "item_id": row[key]} for row in rows]
    if not prepared or "image_path" not in prepared[0]:
        raise NotLabellable("the release has no images")
    items = []
    for item_id, row in sorted(_middle_images(prepared).items()):
        image_id = Path(str(row["object_uri"])).stem  # images/ab/<sha256>.dcm
        items.append(
            Item(
                item_id=item_id,
                image_id=image_id,
                image_path=str(row["image_path"]),
                prediction=_class_result(row.get("pathology")),
            )
        )
    return items


def _spans(text: str, needles: Sequence[str]) -> list[dict[str, Any]]:
    found = []
    taken: set[tuple[int, int]] = set()
    for needle in needles:
        if not needle or len(needle) < 3:
            continue
        for match in re.finditer(re.escape(needle), text, flags=re.IGNORECASE):
            span = (match.start(), match.end())
            if span in taken:
                continue
            taken.add(span)
            found.append(
                {
                    "from_name": configs.ENTITY_CONTROL,
                    "to_name": configs.TEXT_OBJECT,
                    "type": "labels",
                    "value": {
                        "start": span[0],
                        "end": span[1],
                        "text": match.group(0),
                        "labels": ["diagnosis"],
                    },
                }
            )
    return sorted(found, key=lambda r: (r["value"]["start"], r["value"]["end"]))


def text_items(rows: Iterable[dict[str, Any]], key: str) -> list[Item]:
    """From a release with protocol texts (findings and conclusion, already scrubbed)."""
    items = []
    for row in rows:
        parts = [str(row[c]) for c in TEXT_COLUMNS if row.get(c)]
        if not parts:
            continue
        text = "\n\n".join(parts)
        needles = [str(row.get("mkb10_code") or ""), str(row.get("mkb10_name") or "")]
        items.append(Item(item_id=str(row[key]), text=text, prediction=_spans(text, needles)))
    if not items:
        raise NotLabellable("the release has no protocol texts (findings_text, conclusion_text)")
    return sorted({i.item_id: i for i in items}.values(), key=lambda i: i.item_id)


def items_for(kind: str, rows: list[dict[str, Any]], key: str) -> list[Item]:
    if kind not in configs.TASK_KINDS:
        raise configs.UnknownTaskKind(f"unknown task kind {kind!r}")
    return image_items(rows, key) if kind in configs.IMAGE_KINDS else text_items(rows, key)


def sample(items: list[Item], size: int | None, seed: str) -> list[Item]:
    """`size` items chosen by a keyed hash of their id: the same round gets the same sample,
    and the choice follows no column of the data."""
    if size is None or size >= len(items):
        return items
    ranked = sorted(items, key=lambda i: hashlib.sha256(f"{seed}:{i.item_id}".encode()).digest())
    return sorted(ranked[:size], key=lambda i: i.item_id)


def task_payload(
    item: Item,
    *,
    dataset: str,
    version: str,
    kind: str,
    readers: Sequence[str],
    image_url: str | None = None,
) -> dict[str, Any]:
    """One task for Label Studio's import API: `data` plus the protocol's pre-annotation."""
    data: dict[str, Any] = {
        "item_id": item.item_id,
        "dataset": dataset,
        "dataset_version": version,
        "task_kind": kind,
        "label_schema_version": configs.LABEL_SCHEMA_VERSION,
        "readers": list(readers),
    }
    if kind in configs.IMAGE_KINDS:
        if image_url is None or item.image_id is None:
            raise ValueError("an image task needs its uploaded image")
        data.update(image=image_url, image_id=item.image_id)
    else:
        data["text"] = item.text
    extra = set(data) - ALLOWED_DATA
    if extra:  # a guard for future edits: nothing but the listed fields leaves the lake
        raise ValueError(f"task data may not carry {sorted(extra)}")
    task: dict[str, Any] = {"data": data}
    if item.prediction:
        task["predictions"] = [
            {"model_version": f"{MODEL_VERSION}:{dataset}@{version}", "result": item.prediction}
        ]
    return task
