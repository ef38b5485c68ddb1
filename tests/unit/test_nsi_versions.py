"""NSI without Spark: version-on-date, passport summary, OID configuration, synthetic pages."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ozero.curate.nsi import (
    NsiVersionError,
    parse_fnsi_date,
    parse_fnsi_datetime,
    passport_summary,
    version_on,
)
from ozero.simulator import reference
from ozero.sources.nsi import DEFAULT_DIRECTORIES, dataset_directories, parse_oids

MKB10 = "1.2.643.5.1.13.13.11.1005"
REGIONS = "1.2.643.5.1.13.13.99.2.206"  # 6.4 and 6.5 published on 04.07.2023, hours apart
MSK = timezone(timedelta(hours=3))


def _passport_bytes(oid: str, version: str) -> bytes:
    return json.dumps(reference.passport(oid, version), ensure_ascii=False).encode()


def _mkb_versions() -> list[dict]:
    out = []
    for v in ("2.24", "2.21"):  # deliberately not in publication order
        s = passport_summary(_passport_bytes(MKB10, v))
        out.append({"version": v, "published_on": s["published_on"]})
    return out


def _region_versions(order=("6.4", "6.5")) -> list[dict]:
    """silver.nsi_directories rows as a reader hands them over, from the served passports."""
    out = []
    for v in order:
        s = passport_summary(_passport_bytes(REGIONS, v))
        out.append({"oid": REGIONS, "version": v, **s})
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
    assert s["published_at"] == datetime(2022, 9, 7, 12, 35, tzinfo=MSK)
    assert s["published_at"] == datetime(2022, 9, 7, 9, 35, tzinfo=UTC)


def test_parse_fnsi_datetime_reads_the_passport_forms():
    assert parse_fnsi_datetime("03.11.2023 12:48") == datetime(2023, 11, 3, 12, 48, tzinfo=MSK)
    assert parse_fnsi_datetime("03.11.2023 12:48:05").second == 5
    assert parse_fnsi_datetime("30.09.2025") == datetime(2025, 9, 30, tzinfo=MSK)
    assert parse_fnsi_datetime(None) is None and parse_fnsi_datetime("скоро") is None


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
    defaults = parse_oids("")
    assert defaults is not None and defaults[: len(DEFAULT_DIRECTORIES)] == list(
        DEFAULT_DIRECTORIES
    )
    assert set(defaults) == set(DEFAULT_DIRECTORIES) | set(dataset_directories())
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


# --- two versions published on the same day -----------------------------------------------


def test_the_served_pair_is_published_the_same_day_hours_apart():
    morning, noon = _region_versions()
    assert morning["publish_date"] == "04.07.2023 09:14"
    assert noon["publish_date"] == "04.07.2023 11:06"  # the real 6.5 passport
    assert morning["published_on"] == noon["published_on"] == date(2023, 7, 4)
    assert noon["published_at"] - morning["published_at"] == timedelta(hours=1, minutes=52)


@pytest.mark.parametrize("order", [("6.4", "6.5"), ("6.5", "6.4")])
def test_a_date_means_the_end_of_that_day_so_the_later_version_wins(order):
    versions = _region_versions(order)
    assert version_on(versions, REGIONS, date(2023, 7, 4)) == "6.5"
    assert version_on(versions, REGIONS, date(2024, 1, 1)) == "6.5"


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (datetime(2023, 7, 4, 9, 14), "6.4"),  # naive: Moscow time, as FNSI writes it
        (datetime(2023, 7, 4, 11, 5), "6.4"),
        (datetime(2023, 7, 4, 11, 6), "6.5"),
        (datetime(2023, 7, 4, 8, 5, tzinfo=UTC), "6.4"),  # 11:05 in Moscow
        (datetime(2023, 7, 4, 8, 6, tzinfo=UTC), "6.5"),
    ],
)
def test_a_moment_picks_the_version_published_by_then(on, expected):
    for order in (("6.4", "6.5"), ("6.5", "6.4")):
        assert version_on(_region_versions(order), REGIONS, on) == expected


def test_before_the_morning_version_is_a_clear_error():
    with pytest.raises(NsiVersionError, match=r"first was published on 2023-07-04 09:14"):
        version_on(_region_versions(), REGIONS, datetime(2023, 7, 4, 9, 13))
    with pytest.raises(NsiVersionError, match=r"on or before 2023-07-03;"):
        version_on(_region_versions(), REGIONS, date(2023, 7, 3))


def _as_table_rows(versions: list[dict], published_at) -> list[dict]:  # noqa: ANN001
    """The rows as another reader returns them: only table columns, published_at converted."""
    columns = ("oid", "version", "publish_date", "published_on", "rows_count")
    return [{**{c: v[c] for c in columns}, "published_at": published_at(v)} for v in versions]


@pytest.mark.parametrize(
    "published_at",
    [
        lambda v: v["published_at"].astimezone(UTC),  # pyarrow / deltalake: aware UTC
        lambda v: v["published_at"].astimezone(UTC).replace(tzinfo=None),  # naive UTC
        lambda v: v["published_at"].astimezone(UTC).isoformat(),  # JSON text
        lambda v: None,  # a lake curated before the column existed: publish_date text
    ],
    ids=["aware", "naive-utc", "iso-text", "missing"],
)
def test_version_on_takes_rows_from_any_reader(published_at):
    for order in (("6.4", "6.5"), ("6.5", "6.4")):
        rows = _as_table_rows(_region_versions(order), published_at)
        assert version_on(rows, REGIONS, date(2023, 7, 4)) == "6.5"
        assert version_on(rows, REGIONS, datetime(2023, 7, 4, 10, 0)) == "6.4"
