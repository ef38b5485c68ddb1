"""FNSI REST API responses (passport and paged data) to plain Python structures."""

from __future__ import annotations

import json
from typing import Any

from ozero.formats import FormatError


def _load_ok(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FormatError("not valid UTF-8 JSON") from None
    if not isinstance(doc, dict):
        raise FormatError("JSON top level is not an object")
    if doc.get("result") != "OK":
        # resultText comes from the service, not from patients: safe to keep, but bounded.
        text = str(doc.get("resultText") or "")[:200]
        raise FormatError(f"FNSI result is not OK: {doc.get('result')!s} {text}".strip())
    return doc


def parse_passport(data: bytes) -> dict[str, Any]:
    """The passport object (oid, version, rowsCount, fields, keys, ...) as published."""
    doc = _load_ok(data)
    for key in ("oid", "version"):
        if not doc.get(key):
            raise FormatError(f"passport lacks {key}")
    return doc


def parse_data_page(data: bytes) -> tuple[int, list[dict[str, str | None]]]:
    """``(total rows of the directory, rows of this page as {column: value})``."""
    doc = _load_ok(data)
    total = doc.get("total")
    rows = doc.get("list")
    if not isinstance(total, int) or not isinstance(rows, list):
        raise FormatError("data page lacks integer total or list")
    out: list[dict[str, str | None]] = []
    for row in rows:
        if not isinstance(row, list):
            raise FormatError("data row is not a list of cells")
        record: dict[str, str | None] = {}
        for cell in row:
            if not isinstance(cell, dict) or "column" not in cell:
                raise FormatError("data cell lacks column")
            value = cell.get("value")
            record[str(cell["column"])] = None if value is None else str(value)
        out.append(record)
    return total, out
