"""`ozero label pull`: a project's annotations into `silver.annotations`, append-only.

The mapping (`annotation_rows`) is pure: the tool's export payload, its users and version in,
contract rows out. Each annotation becomes one row keyed by (tool, project, annotation,
annotated_at): a MERGE that inserts only new keys (`lake.merge(update=False)`), so pulling
twice adds nothing and an annotation edited in the tool since the last pull adds its new
version beside the old one — the table is the round's history, not its latest state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ozero.labels import configs, masks
from ozero.labels.push import reader_of

TABLE = "silver.annotations"
TOOL = "label-studio"


def _timestamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)


def _mask(region: Mapping[str, Any]) -> dict[str, Any]:
    """A brush region as `{label, size, counts}`: COCO uncompressed RLE, column-major, over
    the image's own pixel grid (`masks.py`); the tool's RLE stays in the `result` column."""
    value = region.get("value", {})
    if value.get("format", "rle") != "rle" or "rle" not in value:
        raise masks.BadBrushMask(f"brush region in format {value.get('format')!r}, not rle")
    width, height = int(region["original_width"]), int(region["original_height"])
    mask = masks.ls_mask(value["rle"], width, height)
    return {"label": (value.get("brushlabels") or [None])[0], **masks.coco_rle(mask)}


def normalise(result: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The tool's result list as Ozero's annotation: class, boxes (x0, y0, x1, y1 in % of
    the image, as the tool measures them), masks (one per brush region, `_mask`) and spans
    (start, end exclusive, label)."""
    answer: dict[str, Any] = {}
    for region in result:
        value = region.get("value", {})
        kind = region.get("type")
        if kind == "choices" and region.get("from_name") == configs.CLASS_CONTROL:
            answer["class"] = value["choices"][0] if value.get("choices") else None
        elif kind == "rectanglelabels":
            x, y = float(value["x"]), float(value["y"])
            answer.setdefault("boxes", []).append(
                {
                    "x0": round(x, 4),
                    "y0": round(y, 4),
                    "x1": round(x + float(value["width"]), 4),
                    "y1": round(y + float(value["height"]), 4),
                    "label": (value.get("rectanglelabels") or [None])[0],
                }
            )
        elif kind == "brushlabels":
            answer.setdefault("masks", []).append(_mask(region))
        elif kind == "labels":
            answer.setdefault("spans", []).append(
                {
                    "start": int(value["start"]),
                    "end": int(value["end"]),
                    "label": (value.get("labels") or [None])[0],
                }
            )
    for name in ("boxes", "masks", "spans"):
        if name in answer:
            answer[name].sort(key=lambda r: json.dumps(r, sort_keys=True))
    return answer


def annotation_rows(
    export: Iterable[Mapping[str, Any]],
    users: Mapping[int, str],
    *,
    project_id: int,
    tool_version: str,
    pulled_at: datetime,
) -> list[dict[str, Any]]:
    """Contract rows of every annotation in an export (tasks with `annotations`).

    `users` maps the tool's user ids to their e-mails; only the pseudonymous name derived
    from it is kept (`push.reader_of`)."""
    rows = []
    for task in export:
        data = task.get("data", {})
        if "item_id" not in data:
            continue  # not one of ours (a task added by hand in the tool)
        round_project = int(data.get("adjudicates", project_id))
        for annotation in task.get("annotations", []):
            reader = reader_of(users.get(int(annotation["completed_by"]), ""))
            result = annotation.get("result") or []
            rows.append(
                {
                    "tool": TOOL,
                    "tool_version": tool_version,
                    "project_id": int(project_id),
                    "task_id": int(task["id"]),
                    "annotation_id": int(annotation["id"]),
                    "round_project_id": round_project,
                    "role": "expert" if "adjudicates" in data else "reader",
                    "dataset": str(data["dataset"]),
                    "dataset_version": str(data["dataset_version"]),
                    "item_id": str(data["item_id"]),
                    "image_id": data.get("image_id"),
                    "task_kind": str(data["task_kind"]),
                    "label_schema_version": str(data["label_schema_version"]),
                    "reader": reader,
                    "annotated_at": _timestamp(annotation["updated_at"]),
                    "was_cancelled": bool(annotation.get("was_cancelled")),
                    "lead_time_s": annotation.get("lead_time"),
                    "annotation": json.dumps(normalise(result), sort_keys=True),
                    "result": json.dumps(result, sort_keys=True, ensure_ascii=False),
                    "pulled_at": pulled_at,
                }
            )
    return rows


def pull(client, project_id: int) -> dict[str, Any]:  # noqa: ANN001 - labels.client.Client
    """Fetch the project's annotations and append the new ones; counts."""
    export = client.tasks(project_id)
    users = {int(u["id"]): str(u.get("email", "")) for u in client.users()}
    rows = annotation_rows(
        export,
        users,
        project_id=project_id,
        tool_version=client.version(),
        pulled_at=datetime.now(UTC).replace(tzinfo=None),
    )
    inserted = write(rows)
    return {
        "project": project_id,
        "tasks": len(export),
        "annotations": len(rows),
        "new_rows": inserted,
        "table": TABLE,
    }


def write(rows: list[dict[str, Any]], table: str = TABLE) -> int:
    """MERGE the rows into the table on its contract keys, insert-only; rows inserted."""
    if not rows:
        return 0
    from ozero import lake
    from ozero.contracts import load_contract
    from ozero.spark import get_spark

    spark = get_spark()
    frame = spark.createDataFrame(rows, schema=load_contract(table).spark_schema)
    return lake.merge(spark, table, frame, update=False)
