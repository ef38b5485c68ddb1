"""FNSI JSON parsing against the bundled real responses."""

from __future__ import annotations

import gzip
import json

import pytest

from ozero.formats import FormatError
from ozero.formats.fnsi import parse_data_page, parse_passport
from ozero.simulator.reference import DATA_DIR


def _raw(name: str) -> bytes:
    return gzip.decompress((DATA_DIR / f"{name}.json.gz").read_bytes())


def test_parse_passport():
    p = parse_passport(_raw("1.2.643.5.1.13.13.11.1040_2.1_passport"))
    assert p["oid"] == "1.2.643.5.1.13.13.11.1040"
    assert p["version"] == "2.1"
    assert p["rowsCount"] == 3
    assert {f["field"] for f in p["fields"]} == {"ID", "NAME"}


def test_parse_data_page():
    total, rows = parse_data_page(_raw("1.2.643.5.1.13.13.11.1040_2.1_part1"))
    assert total == 3
    assert {"ID": "1", "NAME": "Мужской"} in rows
    total, rows = parse_data_page(_raw("1.2.643.5.1.13.13.11.1005_2.24_part1"))
    assert total == 15038 and len(rows) == 2000
    assert all("MKB_CODE" in r for r in rows)


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"[]",
        json.dumps({"result": "ERROR", "resultText": "Bad key"}).encode(),
        json.dumps({"result": "OK", "total": "x", "list": []}).encode(),
        json.dumps({"result": "OK", "total": 1, "list": [[{"value": 1}]]}).encode(),
    ],
)
def test_errors(payload):
    with pytest.raises(FormatError) as exc:
        parse_data_page(payload)
    assert exc.value.reason


def test_passport_error_result():
    with pytest.raises(FormatError, match="not OK"):
        parse_passport(json.dumps({"result": "ERROR", "resultText": "x"}).encode())
