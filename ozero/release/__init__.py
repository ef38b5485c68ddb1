"""Versioned, approved, immutable releases of gold tables for ML and analysts.

Flow: `build_candidate` pins gold table versions → a curator `approve`s (or rejects) →
`publish` copies the pinned data into `releases/<dataset>/<version>/` with a manifest.
The small file helpers below are shared by those steps; they are the only code that touches
candidate/release folders, so moving them to object storage later is one place to change.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ozero import lake


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_root(uri: str) -> Path:
    """A lake folder as a local path; release folders are only supported on local lakes yet."""
    if not lake.is_local():
        raise NotImplementedError(f"releases need a local lake for now, not {uri.split('://')[0]}")
    return lake.local_path(uri)


def candidates_dir() -> Path:
    return local_root(lake.candidates_root())


def releases_dir() -> Path:
    return local_root(lake.releases_root())


def read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: dict[str, Any], exclusive: bool = False) -> None:
    """Write via a temp file and rename, so readers never see half a file.

    `exclusive` makes the write fail if `path` already exists (decisions are write-once).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n", "utf-8")
    if exclusive:
        try:
            os.link(tmp, path)  # atomic create-if-absent
        finally:
            tmp.unlink()
    else:
        os.replace(tmp, path)
