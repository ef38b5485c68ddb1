"""NSI without Spark: version-on-date, passport summary, OID configuration, synthetic pages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ozero.curate.nsi import NsiVersionError, parse_fnsi_date, passport_summary, version_on
from ozero.simulator import reference
from ozero.sources.nsi import DEFAULT_DIRECTORIES, parse_oids

MKB10 = "1.2.643.5.1.13.13.11.1005"


def _passport_bytes(oid: str, version: str) -> bytes:
    return json.dumps(reference.passport(oid, version), ensure_ascii=False).encode()


def _mkb_versions() -> list[dict]:
    out = []
    for v in ("2.24", "2.21"):  # deliberately not in publication order
        s = passport_summary(_passport_bytes(MKB10, v))
        out.append({"version": v, "published_on": s["published_on"]})
    return out


def test_parse_fnsi_date():
    assert parse_fnsi_date("07.09.2022 12:35") == date(2022, 9, 7)
    assert parse_fnsi_date("30.09.2025") == date(2025, 9, 30)
    assert parse_fnsi_date("") is None
    assert parse_fnsi_date("soon") is None


def test_passport_summary_carries_fields_types_and_key():
    s = passport_summary(_passport_bytes(MKB10, "2.21"))
    assert s["key_field"] == "ID"
    assert s["published_on"] == date(2022, 9, 7)
    assert s["rows_count"] == 15038
    assert {"ID", "MKB_CODE", "MKB_NAME", "DATE"} <= set(s["field_names"])
    assert s["field_types"]["ID"] == "INTEGER"
    assert s["field_types"]["DATE"] == "DATETIME"
    assert len(s["field_names"]) == len(s["field_types"]) == 8


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2022, 9, 7), "2.21"),  # the publication day itself
        (date(2023, 11, 2), "2.21"),
        (date(2023, 11, 3), "2.24"),
        (date(2025, 1, 15), "2.24"),
    ],
)
def test_version_on_date_with_both_mkb10_versions(on, expected):
    assert version_on(_mkb_versions(), MKB10, on) == expected


def test_version_before_the_first_is_a_clear_error():
    with pytest.raises(
        NsiVersionError, match=r"before 2022-09-06.*first was published on 2022-09-07"
    ):
        version_on(_mkb_versions(), MKB10, date(2022, 9, 6))


def test_version_of_unknown_directory_is_a_clear_error():
    with pytest.raises(NsiVersionError, match="no curated versions"):
        version_on([], "1.2.3", date(2025, 1, 1))


def test_parse_oids():
    assert parse_oids("") == list(DEFAULT_DIRECTORIES)
    assert parse_oids(" 1.2.3 , 4.5.6,") == ["1.2.3", "4.5.6"]
    assert parse_oids("ALL") is None


def test_synthetic_directory_is_off_by_default(monkeypatch):
    monkeypatch.delenv("OZERO_SIM_NSI_SYNTHETIC_ROWS", raising=False)
    assert reference.SYNTHETIC_OID not in {oid for oid, _ in reference.available()}
    with pytest.raises(reference.UnknownDirectoryError):
        reference.versions(reference.SYNTHETIC_OID)


def test_synthetic_directory_pages(monkeypatch):
    monkeypatch.setenv("OZERO_SIM_NSI_SYNTHETIC_ROWS", "25")
    oid, version = reference.SYNTHETIC_OID, reference.SYNTHETIC_VERSION
    assert reference.versions(oid) == [version]
    assert reference.passport(oid)["rowsCount"] == 25
    pages = [reference.page(oid, version, n, 10) for n in (1, 2, 3, 4)]
    assert [len(rows) for _, rows in pages] == [10, 10, 5, 0]
    assert {total for total, _ in pages} == {25}
    ids = [dict(r)["ID"] for _, rows in pages for r in rows]
    assert ids == list(range(1, 26))
    assert pages[0] == reference.page(oid, version, 1, 10)  # deterministic


def test_bundled_page_slices_stored_rows():
    total, rows = reference.page("1.2.643.5.1.13.13.11.1040", "2.1", 1, 2)
    assert total == 3
    assert len(rows) == 2
