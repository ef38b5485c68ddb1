"""`ozero label push`: a Label Studio project from a published release.

The release is read through the same audited loader analysts use (`analyst.load_release`,
purpose "labelling"), so a curator without a grant is refused like anyone else, and only
released — de-identified, guard-checked — material can reach the tool. Images are rendered
to PNG here (`render.py`) and uploaded; the DICOM files stay in the release.

Readers are tool accounts named reader-1 … reader-N (`readers.json` in the tool's home
folder holds their generated passwords, 0600, for the curator to hand out). The community
edition cannot assign a task to a named person: the project asks for N annotations per task
(`maximum_annotations`), the tool hands each task to the first N readers who open it, and the
intended readers are recorded in each task's `readers` field.
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ozero.infra.label_studio import Connection, home
from ozero.labels import configs, render, tasks
from ozero.labels.client import Client, reader_client

log = logging.getLogger(__name__)

READERS_FILE = "readers.json"
PURPOSE = "labelling"
EMAIL_DOMAIN = "ozero.local"


def _accounts_path() -> Path:
    return home() / READERS_FILE


def accounts(names: list[str], connection: Connection) -> dict[str, Client]:
    """A client per reader name, signing up the ones the tool does not know yet."""
    path = _accounts_path()
    saved: dict[str, dict[str, str]] = json.loads(path.read_text()) if path.is_file() else {}
    admin = Client.of(connection)
    invite = admin.invite_path()
    clients = {}
    for name in names:
        if name not in saved:
            saved[name] = {"email": f"{name}@{EMAIL_DOMAIN}", "password": secrets.token_urlsafe(15)}
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)
            path.write_text(json.dumps(saved, indent=2))
        account = saved[name]
        clients[name] = reader_client(connection.url, invite, account["email"], account["password"])
    return clients


def reader_of(email: str) -> str:
    """The pseudonymous name stored with an annotation: the account's local part when it is
    one of ours (reader-N, expert-N), else `curator` (the admin, or anyone else)."""
    local, _, domain = email.partition("@")
    if domain == EMAIL_DOMAIN and local.split("-")[0] in ("reader", "expert"):
        return local
    return "curator"


def load_rows(dataset: str, version: str) -> tuple[list[dict[str, Any]], str]:
    """The release's rows (one per image for an imaging dataset) and its key column."""
    from ozero import analyst

    frame = analyst.load_release(dataset, version, purpose=PURPOSE)
    try:
        from ozero.datasets.registry import get_spec

        key = get_spec(dataset).key_columns[0]
    except Exception:  # noqa: BLE001 - a release whose spec is gone: its *_pid row key
        key = "study_pid"
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")], key


def push(
    connection: Connection,
    dataset: str,
    version: str,
    kind: str,
    *,
    sample: int | None = None,
    readers: int = 2,
) -> dict[str, Any]:
    """Create the project and its tasks; what was made (project id, counts, reader names)."""
    config = configs.label_config(kind)  # an unknown kind fails before anything is read
    if readers < 1:
        raise ValueError("at least one reader")
    rows, key = load_rows(dataset, version)
    items = tasks.sample(tasks.items_for(kind, rows, key), sample, f"{dataset}@{version}:{kind}")
    names = tasks.reader_names(readers)
    accounts(names, connection)
    client = Client.of(connection)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    project = client.create_project(
        title=f"{dataset} {version} {kind}"[:50],  # the tool's limit: 50 characters
        label_config=config,
        description=(
            f"Ozero labelling round of {stamp}: {dataset} {version}, {kind}, {len(items)} tasks, "
            f"{readers} readers each ({', '.join(names)}); label schema "
            f"{configs.LABEL_SCHEMA_VERSION}. Pre-annotations come from the protocols."
        ),
        overlap=readers,
    )
    payloads = []
    for item in items:
        url = None
        if kind in configs.IMAGE_KINDS:
            png = render.png_of(str(item.image_path))
            url = client.upload_file(project, f"{item.image_id}.png", png, "image/png")
        payloads.append(
            tasks.task_payload(
                item, dataset=dataset, version=version, kind=kind, readers=names, image_url=url
            )
        )
    task_ids = client.import_tasks(project, payloads)
    log.info("project %s: %d tasks", project, len(task_ids))
    return {
        "project": project,
        "url": f"{connection.url}/projects/{project}/data",
        "dataset": dataset,
        "version": version,
        "task_kind": kind,
        "tasks": len(task_ids),
        "pre_annotated": sum(1 for p in payloads if p.get("predictions")),
        "readers": names,
        "label_schema_version": configs.LABEL_SCHEMA_VERSION,
    }
