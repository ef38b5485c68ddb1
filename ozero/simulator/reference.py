"""Bundled FNSI directory dumps, so the simulator and tests never need /work/shared or network.

Files live in ``data/fnsi`` as ``<OID>_<VERSION>_passport.json.gz`` and
``<OID>_<VERSION>_part<N>.json.gz`` (gzip of the FNSI REST JSON, content unchanged).

Two kinds of version exist only in the simulator: a synthetic directory of any size (off by
default), and a *same-day* version (``SAME_DAY``): FNSI sometimes publishes a version and,
hours later on the same day, a corrected one. The simulator serves one such pair, built from
a bundled version and a documented edit, so readers must order versions by publish time.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data" / "fnsi"
_FILE_RE = re.compile(
    r"^(?P<oid>[0-9.]+?)_(?P<version>[0-9.]+)_(?P<kind>passport|part(?P<n>\d+))\.json\.gz$"
)


# A directory that exists only in the simulator, synthesized row by row on request, so a
# million-row directory can be served without shipping one. Off unless
# OZERO_SIM_NSI_SYNTHETIC_ROWS is set (read per request: tests and benches set it live).
SYNTHETIC_OID = "1.2.643.5.1.13.13.99.9999.1"
SYNTHETIC_VERSION = "1.0"
_SYNTHETIC_FIELDS = (
    ("ID", "INTEGER", "Уникальный идентификатор"),
    ("CODE", "VARCHAR", "Код"),
    ("NAME", "VARCHAR", "Наименование"),
    ("PARENT", "INTEGER", "Родительская запись"),
    ("ACTUAL", "BOOLEAN", "Признак актуальности"),
    ("DATEBEG", "DATETIME", "Дата начала действия"),
)


@dataclass(frozen=True)
class SameDayVersion:
    """A version published on the same day as bundled ``later``, hours before it.

    Its rows are ``later``'s with ``edits`` applied ({row ID: {column: value}}): ``later``
    is the correction of this one. Its passport is ``later``'s with the version and the
    publish time changed.
    """

    oid: str
    version: str
    later: str
    publish_date: str  # as FNSI writes it: DD.MM.YYYY HH:MM (Moscow time)
    edits: dict[str, dict[str, Any]]
    release_notes: str


# Субъекты РФ: 6.5 (04.07.2023 11:06, "Изменено записей: 1") corrects a 6.4 published that
# morning, whose ЛНР row still lacked its abbreviation.
SAME_DAY = (
    SameDayVersion(
        oid="1.2.643.5.1.13.13.99.2.206",
        version="6.4",
        later="6.5",
        publish_date="04.07.2023 09:14",
        edits={"94": {"SYNONYM": None}},
        release_notes="Добавлено записей: 0;\nИзменено записей: 1;\nУдалено записей: 0;",
    ),
)
_SAME_DAY = {(s.oid, s.version): s for s in SAME_DAY}


class UnknownDirectoryError(KeyError):
    """No bundled directory for this OID (and version)."""


def synthetic_size() -> int:
    """Rows of the synthetic directory (0: not offered)."""
    raw = os.environ.get("OZERO_SIM_NSI_SYNTHETIC_ROWS", "").strip()
    return max(0, int(raw)) if raw else 0


def _synthetic_passport() -> dict[str, Any]:
    return {
        "result": "OK",
        "resultText": None,
        "resultCode": None,
        "identifier": "SYNTH",
        "oid": SYNTHETIC_OID,
        "version": SYNTHETIC_VERSION,
        "rowsCount": synthetic_size(),
        "publishDate": "01.02.2024 10:00",
        "approveDate": "31.12.2027",
        "fullName": "Синтетический справочник (симулятор, для нагрузочных проверок)",
        "shortName": "Синтетический",
        "fields": [{"field": f, "dataType": t, "alias": a} for f, t, a in _SYNTHETIC_FIELDS],
        "keys": [{"field": "ID", "type": "PRIMARY"}, {"field": "NAME", "type": "VALUE"}],
    }


def _synthetic_row(i: int) -> tuple[tuple[str, Any], ...]:
    return (
        ("ID", i),
        ("CODE", f"S{i:07d}"),
        ("NAME", f"Синтетическая запись {i}"),
        ("PARENT", (i - 1) // 100 or None),
        ("ACTUAL", "true" if i % 17 else "false"),
        ("DATEBEG", f"{1 + i % 28:02d}.{1 + i % 12:02d}.2024"),
    )


def page(oid: str, version: str, number: int, size: int) -> tuple[int, list[tuple]]:
    """(total rows, rows of 1-based page `number`); the synthetic one is built just for it."""
    if oid == SYNTHETIC_OID and synthetic_size():
        total = synthetic_size()
        first = (number - 1) * size + 1
        return total, [_synthetic_row(i) for i in range(first, min(total, first + size - 1) + 1)]
    rows = raw_rows(oid, version)
    return len(rows), list(rows[(number - 1) * size : number * size])


def version_key(version: str) -> tuple[int, ...]:
    """Sort key so that 2.10 > 2.9 (FNSI versions are dotted integers)."""
    return tuple(int(p) for p in version.split(".") if p.isdigit())


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], dict[str, Any]]:
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(DATA_DIR.glob("*.json.gz")):
        m = _FILE_RE.match(path.name)
        if not m:
            continue
        entry = index.setdefault((m["oid"], m["version"]), {"passport": None, "parts": []})
        if m["kind"] == "passport":
            entry["passport"] = path
        else:
            entry["parts"].append((int(m["n"]), path))
    for entry in index.values():
        entry["parts"].sort()
    return index


def _load(path: Path) -> Any:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def available() -> list[tuple[str, str]]:
    """All served (oid, version) pairs, sorted by OID then version."""
    pairs = list(_index()) + [key for key, s in _SAME_DAY.items() if (s.oid, s.later) in _index()]
    if synthetic_size():
        pairs.append((SYNTHETIC_OID, SYNTHETIC_VERSION))
    return sorted(pairs, key=lambda ov: (ov[0], version_key(ov[1])))


def versions(oid: str) -> list[str]:
    """Bundled versions of a directory, oldest first."""
    found = [v for o, v in available() if o == oid]
    if not found:
        raise UnknownDirectoryError(oid)
    return found


def latest_version(oid: str) -> str:
    return versions(oid)[-1]


def _entry(oid: str, version: str | None) -> dict[str, Any]:
    version = version or latest_version(oid)
    same_day = _SAME_DAY.get((oid, version))
    if same_day is not None:
        return _entry(oid, same_day.later)
    try:
        return _index()[(oid, version)]
    except KeyError:
        raise UnknownDirectoryError(f"{oid} {version}") from None


@lru_cache(maxsize=64)
def _passport(oid: str, version: str) -> dict[str, Any]:
    passport = _load(_entry(oid, version)["passport"])
    same_day = _SAME_DAY.get((oid, version))
    if same_day is not None:
        passport.update(
            version=version,
            publishDate=same_day.publish_date,
            lastUpdate=same_day.publish_date,
            releaseNotes=same_day.release_notes,
        )
    return passport


def passport(oid: str, version: str | None = None) -> dict[str, Any]:
    """The passport JSON as FNSI publishes it (a fresh copy; callers may mutate)."""
    if oid == SYNTHETIC_OID and synthetic_size():
        if version not in (None, SYNTHETIC_VERSION):
            raise UnknownDirectoryError(f"{oid} {version}")
        return _synthetic_passport()
    return json.loads(json.dumps(_passport(oid, version or latest_version(oid))))


@lru_cache(maxsize=32)
def raw_rows(oid: str, version: str) -> tuple[tuple[tuple[str, Any], ...], ...]:
    """Rows in stored order as (column, value) pairs, read part by part."""
    out: list[tuple[tuple[str, Any], ...]] = []
    edits = _SAME_DAY[(oid, version)].edits if (oid, version) in _SAME_DAY else {}
    for _, path in _entry(oid, version)["parts"]:
        for row in _load(path)["list"]:
            pairs = tuple((cell["column"], cell["value"]) for cell in row)
            if edits:  # a same-day version: the later one's rows, a few edited back
                cells = dict(pairs)
                cells.update(edits.get(str(cells.get("ID")), {}))
                pairs = tuple(cells.items())
            out.append(pairs)
    return tuple(out)


def rows(oid: str, version: str | None = None) -> list[dict[str, Any]]:
    """Rows as {column: value} dicts, in the stored (stable) order."""
    return [dict(r) for r in raw_rows(oid, version or latest_version(oid))]


@lru_cache(maxsize=32)
def _lookup(oid: str, version: str, key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in raw_rows(oid, version):
        row = dict(r)
        out.setdefault(str(row.get(key)), row)
    return out


def lookup(oid: str, key: str, value: str, version: str | None = None) -> dict[str, Any] | None:
    """First row whose column ``key`` equals ``value`` (e.g. MKB_CODE = J18.9)."""
    return _lookup(oid, version or latest_version(oid), key).get(value)
