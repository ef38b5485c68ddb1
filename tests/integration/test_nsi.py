"""FNSI end to end against the simulator: every version landed, resumable page groups,
passport-driven silver, which МКБ-10 version was current on a date, and which of two
versions published on the same day (Субъекты РФ 6.4 and 6.5) was current at a moment."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

pytestmark = pytest.mark.spark

MKB10 = "1.2.643.5.1.13.13.11.1005"
SEX = "1.2.643.5.1.13.13.11.1040"
REGIONS = "1.2.643.5.1.13.13.99.2.206"
MSK = timezone(timedelta(hours=3))
SYNTHETIC_ROWS = 230


@pytest.fixture(scope="module")
def simulator():
    from ozero.simulator.server import make_server

    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_SIM_NSI_SYNTHETIC_ROWS", str(SYNTHETIC_ROWS))
    server = make_server(port=0, seed=3, patients=5, documents=5)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    mp.undo()


@pytest.fixture(scope="module")
def nsi_lake(tmp_path_factory, simulator, spark):
    """MKB-10 (both versions), the sex directory and the regions (a same-day pair),
    ingested and curated once."""
    from ozero.curate.context import CurationContext
    from ozero.curate.nsi import curate_nsi
    from ozero.sources.nsi import ingest_nsi

    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_LAKE_URI", str(tmp_path_factory.mktemp("lake")))
    mp.setenv("OZERO_SIMULATOR_URL", simulator)
    mp.setenv("OZERO_NSI_OIDS", f"{MKB10},{SEX},{REGIONS}")
    mp.setenv("OZERO_NSI_PAGE_SIZE", "1000")
    first = ingest_nsi(spark)
    again = ingest_nsi(spark)
    curated = curate_nsi(CurationContext(spark, run_id="it-nsi"))
    recurated = curate_nsi(CurationContext(spark, run_id="it-nsi-2"))
    yield {"first": first, "again": again, "curated": curated, "recurated": recurated}
    mp.undo()


@pytest.mark.slow  # two full МКБ-10 versions (30k rows)
def test_every_published_version_is_landed_once(nsi_lake, spark):
    from ozero import lake

    first, again = nsi_lake["first"], nsi_lake["again"]
    assert sorted(first.extra["landed_versions"]) == [
        f"{MKB10}@2.21",
        f"{MKB10}@2.24",
        f"{SEX}@2.1",
        f"{REGIONS}@6.4",
        f"{REGIONS}@6.5",
    ]
    # 16 data pages of 1000 rows per MKB-10 version, 1 for the sex directory, 1 per regions
    # version, + 5 passports
    assert first.received == first.landed_new == 16 + 16 + 1 + 2 + 5
    assert again.landed_new == 0 and again.received == 0
    assert len(again.extra["skipped_versions"]) == 5
    pages = lake.read(spark, "bronze.nsi_pages")
    assert pages.count() == 40
    assert pages.select("oid", "version", "page").distinct().count() == 40


@pytest.mark.slow  # two full МКБ-10 versions (30k rows)
def test_silver_is_passport_driven_and_idempotent(nsi_lake, spark):
    from ozero import lake

    assert nsi_lake["curated"].parsed == 2 * 15038 + 3 + 2 * 90
    assert nsi_lake["recurated"].parsed == 0
    dirs = {
        (r["oid"], r["version"]): r for r in lake.read(spark, "silver.nsi_directories").collect()
    }
    assert set(dirs) == {
        (MKB10, "2.21"),
        (MKB10, "2.24"),
        (SEX, "2.1"),
        (REGIONS, "6.4"),
        (REGIONS, "6.5"),
    }
    mkb = dirs[(MKB10, "2.21")]
    assert mkb["published_on"] == date(2022, 9, 7)
    assert mkb["key_field"] == "ID"
    assert mkb["field_types"]["MKB_CODE"] == "VARCHAR"
    assert "MKB_NAME" in mkb["field_names"]
    rows = lake.read(spark, "silver.nsi_rows")
    assert rows.where(f"oid = '{MKB10}' AND version = '2.24'").count() == 15038
    assert rows.count() == rows.select("oid", "version", "row_key").distinct().count()


@pytest.mark.slow  # two full МКБ-10 versions (30k rows)
def test_version_on_date_and_typed_rows(nsi_lake, spark):
    from pyspark.sql import types as T

    from ozero.analyst import nsi_rows, nsi_version
    from ozero.curate.nsi import NsiVersionError

    assert nsi_version(spark, MKB10, "2023-01-15") == "2.21"
    assert nsi_version(spark, MKB10, date(2025, 1, 15)) == "2.24"
    with pytest.raises(NsiVersionError, match="first was published on 2022-09-07"):
        nsi_version(spark, MKB10, "2020-01-01")
    with pytest.raises(NsiVersionError, match="no curated versions"):
        nsi_version(spark, "1.2.643.0.0", "2025-01-01")

    typed = nsi_rows(spark, MKB10, on="2025-01-15")
    types = dict((f.name, f.dataType) for f in typed.schema.fields)
    assert types["ID"] == T.LongType()
    assert types["DATE"] == T.TimestampType()
    assert types["MKB_CODE"] == T.StringType()
    pneumonia = typed.where("MKB_CODE = 'J18.9'").collect()
    assert len(pneumonia) == 1 and pneumonia[0]["MKB_NAME"]
    assert typed.where("DATE IS NOT NULL").count() > 0
    assert nsi_rows(spark, SEX, on="2025-01-15").count() == 3


@pytest.mark.slow  # shares the module's lake (two full МКБ-10 versions)
def test_the_publish_time_decides_between_two_versions_of_one_day(nsi_lake, spark):
    from ozero.analyst import nsi_version
    from ozero.curate.nsi import current_version, directory_versions

    versions = directory_versions(spark, REGIONS)
    assert [v["version"] for v in versions] == ["6.4", "6.5"]
    assert [v["published_on"] for v in versions] == [date(2023, 7, 4)] * 2
    assert [v["published_at"] for v in versions] == [
        datetime(2023, 7, 4, 9, 14, tzinfo=MSK),
        datetime(2023, 7, 4, 11, 6, tzinfo=MSK),
    ]
    assert all(v["published_at"].tzinfo is UTC for v in versions)  # an instant, read as such
    assert nsi_version(spark, REGIONS, "2023-07-04") == "6.5"  # the end of that day
    assert current_version(spark, REGIONS, date(2023, 7, 4)) == "6.5"
    assert current_version(spark, REGIONS, datetime(2023, 7, 4, 10, 0)) == "6.4"
    assert current_version(spark, REGIONS, datetime(2023, 7, 4, 8, 6, tzinfo=UTC)) == "6.5"


def test_all_directories_and_resume_after_partial_landing(tmp_path, simulator, spark, monkeypatch):
    """'all' lists the service's directories; a version with some page groups committed
    (a crashed run) is finished by the next run, asking only for the missing pages."""
    from ozero import lake
    from ozero.curate.context import CurationContext
    from ozero.curate.nsi import curate_nsi
    from ozero.simulator import reference
    from ozero.sources import nsi

    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    monkeypatch.setenv("OZERO_SIMULATOR_URL", simulator)
    monkeypatch.setenv("OZERO_NSI_OIDS", "all")
    monkeypatch.setenv("OZERO_NSI_PAGE_SIZE", "20")  # 12 pages
    monkeypatch.setenv("OZERO_NSI_PAGES_PER_COMMIT", "5")
    oids = nsi.configured_directories(nsi.fnsi_client(simulator))
    # 16 bundled directories (МКБ-10 and the regions with two versions each) + the synthetic
    assert reference.SYNTHETIC_OID in oids and MKB10 in oids and len(oids) == 17

    oid, version = reference.SYNTHETIC_OID, reference.SYNTHETIC_VERSION
    real_land, calls = nsi.land, []

    def crash_after_first_commit(spark_, table, rows):
        if calls:
            raise RuntimeError("simulated crash")
        calls.append(len(rows))
        return real_land(spark_, table, rows)

    monkeypatch.setattr(nsi, "land", crash_after_first_commit)
    with pytest.raises(RuntimeError):
        nsi.ingest_nsi(spark, [oid])
    assert nsi.landed_pages(spark, oid, version) == {1, 2, 3, 4, 5}  # no passport: incomplete
    assert (
        curate_nsi(CurationContext(spark, run_id="partial")).parsed == 0
    )  # an incomplete version is not curated

    monkeypatch.setattr(nsi, "land", real_land)
    report = nsi.ingest_nsi(spark, [oid])
    assert report.extra["resumed_versions"] == [f"{oid}@{version}"]
    assert report.pages == 7 and report.landed_new == 8  # pages 6..12 and the passport
    assert nsi.landed_pages(spark, oid, version) == set(range(13))
    assert curate_nsi(CurationContext(spark, run_id="resumed")).parsed == SYNTHETIC_ROWS
    ids = lake.read(spark, "silver.nsi_rows").where(f"oid = '{oid}'").select("row_key")
    assert sorted(int(r[0]) for r in ids.collect()) == list(range(1, SYNTHETIC_ROWS + 1))
