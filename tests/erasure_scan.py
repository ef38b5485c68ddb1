"""Where a person is still written in a lake: every file of every zone, byte for byte.

An erasure must leave nothing a reader could reach: not a row of the current table version,
not a data file an older version still points to (anything on disk is reachable by time
travel), not a statistic in a Delta log, not an object in bronze, not a servable release.
So the scan reads every file under the lake root — Parquet values decoded (they are
compressed on disk), everything else as raw bytes — and only skips the folders of releases
an erasure withdrew (immutable, no longer served).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def withdrawn_release_folders(lake: Path) -> set[Path]:
    return {p.parent for p in (lake / "releases").glob("*/*/withdrawn.json")}


def _parquet_hits(path: Path, needles: dict[str, str]) -> list[str]:
    table = pq.read_table(path)
    hits = []
    for name in table.column_names:
        column_type = table.schema.field(name).type
        if not (pa.types.is_string(column_type) or pa.types.is_binary(column_type)):
            continue
        for value in table.column(name).to_pylist():
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            hits += [
                f"{label} in {path}:{name}" for label, n in needles.items() if text and n in text
            ]
    return hits


def find_person(lake: Path, needles: dict[str, str]) -> list[str]:
    """`label in file[:column]` for every needle (label → text) found anywhere in the lake."""
    skipped = withdrawn_release_folders(lake)
    raw = {label: n.encode("ascii") for label, n in needles.items()}
    hits: list[str] = []
    for path in sorted(p for p in lake.rglob("*") if p.is_file()):
        if any(folder in path.parents for folder in skipped):
            continue
        if path.suffix == ".parquet":
            hits += _parquet_hits(path, needles)
            continue
        data = path.read_bytes()
        hits += [f"{label} in {path}" for label, n in raw.items() if n in data]
    return sorted(set(hits))
