"""PACS end to end on real Spark + Delta + pydicom + Tesseract against the simulator (with
transport faults and duplicate listings): DICOMweb → bronze files + table → de-identified
files + silver imaging tables, every instance accounted for, no identifier left, re-run no-op."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pydicom
import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]  # ~2-8 min: Spark MERGEs + OCR

SEED, PATIENTS, DOCUMENTS = 7, 10, 6
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
BACKFILL = ("2026-01-01T00:00:00Z", "2026-06-02T00:00:00Z")
KEY_HEX = "cd" * 32
FAULTS = "error=0.1,truncate=0.1,duplicate=0.3,seed=3,first=1,retry_after=0"


@pytest.fixture(scope="module")
def archive():
    from ozero.simulator.pacs import build_archive
    from ozero.simulator.world import build_world

    return build_archive(build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS))


@pytest.fixture(scope="module")
def pacs_lake(tmp_path_factory, spark):
    """Ingest + curate once, then the same again as a backfill; tests inspect the result."""
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server

    server = make_server(
        port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS, faults=FaultPlan.parse(FAULTS)
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("lake")
    mp.setenv("OZERO_LAKE_URI", str(root))
    mp.setenv("OZERO_PACS_URL", f"http://127.0.0.1:{server.server_address[1]}")
    mp.setenv("OZERO_PSEUDONYM_KEY", KEY_HEX)
    mp.setenv("OZERO_PSEUDONYM_KEY_ID", "it-key")
    from ozero import pipeline

    reports = {
        "ingest": pipeline.ingest("pacs", *INTERVAL),
        "curate": pipeline.curate_source("pacs"),
    }
    reports["reingest"] = pipeline.ingest("pacs", *BACKFILL)
    reports["recurate"] = pipeline.curate_source("pacs")
    yield root, reports
    mp.undo()
    server.shutdown()


@contextmanager
def _simulated_pacs(monkeypatch, lake: Path) -> Iterator[None]:
    """A fault-free simulator serving the PACS, and a fresh lake with the test key."""
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("OZERO_LAKE_URI", str(lake))
    monkeypatch.setenv("OZERO_PACS_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", KEY_HEX)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_ID", "it-key")
    try:
        yield
    finally:
        server.shutdown()


def _rows(spark, name: str, where: str | None = None) -> list:
    from ozero import lake

    df = lake.read(spark, name)
    return (df.where(where) if where else df).collect()


def _instances(archive) -> list:
    return [(st, se, i) for st in archive.studies for se in st.series for i in se.instances]


def test_every_listed_instance_lands_in_bronze_once(pacs_lake, archive, spark):
    _, reports = pacs_lake
    ingest = reports["ingest"]
    total = len(_instances(archive))
    assert ingest["extra"]["distinct_received"] == total == ingest["landed_new"]
    assert ingest["retries"] > 0  # the faults were really there and were retried
    bronze = _rows(spark, "bronze.pacs_instances")
    assert len(bronze) == total
    assert {r["sop_instance_uid"] for r in bronze} == {i.sop_uid for _, _, i in _instances(archive)}
    for row in bronze:
        data = Path(row["object_uri"]).read_bytes()
        assert len(data) == row["size_bytes"]


def test_every_bronze_instance_is_in_silver_or_quarantine(pacs_lake, archive, spark):
    from ozero import runs

    silver = _rows(spark, "silver.imaging_instances")
    held = _rows(spark, "quarantine.records", "source_table = 'bronze.pacs_instances'")
    assert len(silver) + len(held) == len(_instances(archive))
    truncated = sum(i.truncated for _, _, i in _instances(archive))
    reasons = [r["reason"] for r in held]
    assert sum("truncated" in r or "unreadable" in r for r in reasons) == truncated
    for run in runs.load(spark):
        assert run["status"] == "ok"
        assert run["received_ok"] in (None, True) and run["bronze_ok"] in (None, True)


def test_burned_in_instance_is_redacted_or_quarantined(pacs_lake, archive, spark):
    from ozero.deid.dicom import tesseract_ocr

    burned = [i for _, _, i in _instances(archive) if i.burned_in]
    assert burned
    silver = _rows(spark, "silver.imaging_instances", "at_risk IS NOT NULL")
    held = _rows(spark, "quarantine.records", "stage = 'deidentify' AND reason LIKE '%text%'")
    assert len(silver) + len(held) == len(burned)
    assert all(r["burned_in"] == "redacted" for r in silver)
    ocr = tesseract_ocr()
    if ocr is None or not silver:
        return
    import pytesseract

    people = {st.document.patient_id for st, _, i in _instances(archive) if i.burned_in}
    surnames = {archive.world.person(p).surname.upper() for p in people}
    for row in silver:
        text = pytesseract.image_to_string(
            pydicom.dcmread(row["object_uri"]).pixel_array, lang="rus+eng"
        ).upper()
        assert not any(s in text for s in surnames)


def test_deidentified_files_carry_no_identifier(pacs_lake, archive, spark):
    secrets = set()
    for st, _, _ in _instances(archive):
        p = archive.world.person(st.document.patient_id)
        secrets |= {p.surname, p.given_name, p.patronymic, p.enp, p.snils, st.accession}
        secrets |= {p.birth_date.strftime("%Y%m%d"), p.snils.replace("-", "").replace(" ", "")}
        secrets |= {st.study_uid, *(se.series_uid for se in st.series)}
    secrets = {s.lower() for s in secrets}
    rows = _rows(spark, "silver.imaging_instances")
    assert rows
    for row in rows:
        ds = pydicom.dcmread(row["object_uri"])
        assert ds.PatientID == row["patient_pid"] and ds.SOPInstanceUID == row["sop_instance_uid"]
        assert not any(elem.tag.is_private for elem in ds.iterall())
        for elem in ds.iterall():  # sequences included
            if elem.VR in ("SQ", "OB", "OW") or elem.value is None:
                continue
            text = str(elem.value).lower()
            assert not any(s in text for s in secrets), elem.keyword


def test_studies_link_to_protocols_by_enp_pseudonym_and_shifted_date(pacs_lake, archive, spark):
    from ozero.deid.dates import date_shift_days
    from ozero.deid.keys import PseudonymKey
    from ozero.deid.pseudonym import pseudonymise

    key = PseudonymKey("it-key", bytes.fromhex(KEY_HEX))
    expected = set()
    for st in archive.studies:
        pid = pseudonymise(archive.world.person(st.document.patient_id).enp, key, "enp")
        day = st.document.study_at.date() + timedelta(days=date_shift_days(pid, key))
        expected.add((pid, day))
    studies = _rows(spark, "silver.imaging_studies")
    assert {(r["patient_pid"], r["study_date"]) for r in studies} <= expected
    truncated = sum(i.truncated for _, _, i in _instances(archive))
    assert len(studies) >= len(archive.studies) - truncated
    files = {
        r["study_instance_uid"]: r["object_uri"] for r in _rows(spark, "silver.imaging_instances")
    }
    for row in studies:  # the file's dates agree with the table (same per-patient shift)
        ds = pydicom.dcmread(files[row["study_instance_uid"]])
        assert ds.StudyDate == row["study_date"].strftime("%Y%m%d")
        assert ds.PatientID == row["patient_pid"]


def test_rerun_is_a_noop(pacs_lake, archive, spark):
    _, reports = pacs_lake
    again = reports["reingest"]
    assert again["landed_new"] == 0
    assert again["already_in_bronze"] == again["extra"]["distinct_received"] > 0
    assert reports["recurate"]["bronze_new"] == 0
    assert len(_rows(spark, "bronze.pacs_instances")) == len(_instances(archive))


def test_a_failed_identifier_store_leaves_silver_unwritten_and_a_rerun_completes(
    tmp_path, spark, monkeypatch
):
    """The known identifiers are stored on a thread beside the de-identification
    (`landing._land`); silver is written only after they are, so when storing them fails
    no instance lands (a re-run would otherwise skip rows the release guard never learnt),
    and the next run accounts for every bronze instance (silver or quarantine, as a failed
    run's parse failures were quarantined before, when quarantine came first) with its
    identifiers stored."""
    from ozero import lake, pipeline
    from ozero.curate import landing

    with _simulated_pacs(monkeypatch, tmp_path / "lake"):
        pipeline.ingest("pacs", *INTERVAL)
        real = landing._remember_identifiers

        def failing(*args, **kwargs):
            raise OSError("identifier store unavailable")

        monkeypatch.setattr(landing, "_remember_identifiers", failing)
        with pytest.raises(OSError, match="identifier store unavailable"):
            pipeline.curate_source("pacs")
        assert not lake.exists(spark, "silver.imaging_instances") or not _rows(
            spark, "silver.imaging_instances"
        )
        monkeypatch.setattr(landing, "_remember_identifiers", real)
        pipeline.curate_source("pacs")
        bronze = {r["sha256"] for r in _rows(spark, "bronze.pacs_instances")}
        silver = {r["_sha256"] for r in _rows(spark, "silver.imaging_instances")}
        where = "source_table = 'bronze.pacs_instances'"
        quarantined = {r["bronze_sha256"] for r in _rows(spark, "quarantine.records", where)}
        assert silver | quarantined == bronze and not silver & quarantined
        known = _rows(spark, "ops.known_identifiers", "source_table = 'bronze.pacs_instances'")
        assert {r["kind"] for r in known} >= {"surname", "enp"}


def test_an_increment_re_counts_its_series_and_studies(tmp_path, archive, spark, monkeypatch):
    """Instances that arrive in a later run join series and studies that silver already
    holds (or new ones): the run re-counts every series and study it touched. The rows it
    touched were once read back through the run's cached bronze frame, which Delta's MERGE
    into silver.imaging_instances invalidates; re-read, it held nothing new, so an
    increment's series and studies were never updated."""
    from ozero import pipeline

    with _simulated_pacs(monkeypatch, tmp_path / "lake"):
        first = pipeline.ingest("pacs", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")
        pipeline.curate_source("pacs")
        later = pipeline.ingest("pacs", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")
        curated = pipeline.curate_source("pacs")
    assert first["landed_new"] > 0 and later["landed_new"] > 0  # the increment was real
    assert curated["bronze_new"] == later["landed_new"]
    instances = _rows(spark, "silver.imaging_instances")
    per_series: dict[str, int] = {}
    per_study: dict[str, set[str]] = {}
    for row in instances:
        per_series[row["series_instance_uid"]] = per_series.get(row["series_instance_uid"], 0) + 1
        per_study.setdefault(row["study_instance_uid"], set()).add(row["series_instance_uid"])
    series = {
        r["series_instance_uid"]: r["instance_count"] for r in _rows(spark, "silver.imaging_series")
    }
    assert series == per_series
    studies = {
        r["study_instance_uid"]: (r["series_count"], r["instance_count"])
        for r in _rows(spark, "silver.imaging_studies")
    }
    assert studies == {
        study: (len(uids), sum(per_series[u] for u in uids)) for study, uids in per_study.items()
    }
