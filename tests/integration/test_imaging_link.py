"""Protocols and their images joined in silver, on real Spark + Delta + pydicom: REMD and
PACS ingested from one simulated world and curated; every chest X-ray, fluorography, chest
CT and mammography study in silver joins exactly one protocol on `accession_pid` (none when
its protocol failed validation), the protocol names the same keyed study UID, the labels
(NSI 1473 findings, BI-RADS category) arrive, the views and slices the datasets select by
are columns, and no raw accession number or study UID is anywhere in silver."""

from __future__ import annotations

from collections import defaultdict

import pytest

# The shared imaging world (conftest.py): every dataset kind among insured patients, a
# malformed protocol whose study is in the PACS, a correction and a truncated instance.
from tests.integration.shared_lake import IMAGING_DOCUMENTS as DOCUMENTS
from tests.integration.shared_lake import IMAGING_KEY_HEX as KEY_HEX
from tests.integration.shared_lake import IMAGING_KEY_ID as KEY_ID
from tests.integration.shared_lake import IMAGING_PATIENTS as PATIENTS
from tests.integration.shared_lake import IMAGING_SEED as SEED

# the shared imaging lake: two ingests + two curations with OCR, once a session
pytestmark = [pytest.mark.spark, pytest.mark.slow]

SILVER = (
    "silver.remd_protocols",
    "silver.remd_lab_results",
    "silver.remd_superseded",
    "silver.imaging_instances",
    "silver.imaging_series",
    "silver.imaging_studies",
)


@pytest.fixture(scope="module")
def archive():
    from ozero.simulator.pacs import build_archive
    from ozero.simulator.world import build_world

    return build_archive(build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS))


@pytest.fixture(scope="module")
def key():
    from ozero.deid.keys import PseudonymKey

    return PseudonymKey(KEY_ID, bytes.fromhex(KEY_HEX))


@pytest.fixture(scope="module")
def linked_lake(imaging_lake):
    """The shared imaging lake (tests/integration/conftest.py): REMD and PACS curated."""
    mp = pytest.MonkeyPatch()
    for name, value in imaging_lake.env().items():
        mp.setenv(name, value)
    yield imaging_lake.reports
    mp.undo()


def _rows(spark, name: str) -> list:
    from ozero import lake

    return lake.read(spark, name).collect()


def _dataset_kind(study) -> bool:
    return study.document.kind in ("chest_xray", "fluorography", "chest_ct", "mammography")


def _filed(study) -> bool:
    """The study has an image that reaches silver (not all truncated at the source)."""
    return any(not i.truncated and not i.burned_in for se in study.series for i in se.instances)


def test_every_study_joins_exactly_one_protocol_on_accession_pid(linked_lake, archive, key, spark):
    from ozero.deid.pseudonym import pseudonymise

    by_pid = {pseudonymise(s.accession, key, "accession"): s for s in archive.studies}
    protocols = defaultdict(list)
    for row in _rows(spark, "silver.remd_protocols"):
        protocols[row["accession_pid"]].append(row)
    studies = _rows(spark, "silver.imaging_studies")
    assert studies and all(r["accession_pid"] in by_pid for r in studies)
    joined, kinds = set(), set()
    for row in studies:
        study = by_pid[row["accession_pid"]]
        if not _dataset_kind(study):
            continue
        matches = protocols[row["accession_pid"]]
        if study.document.is_malformed:  # its protocol is in quarantine, not in silver
            assert matches == []
            continue
        assert len(matches) == 1, study.document.kind
        (protocol,) = matches
        assert protocol["study_instance_uid"] == row["study_instance_uid"]  # same keyed UID
        assert protocol["patient_pid"] == row["patient_pid"]
        assert protocol["study_date"] == row["study_date"]  # same per-patient shift
        joined.add(row["accession_pid"])
        kinds.add(study.document.kind)
    expected = {
        pid
        for pid, s in by_pid.items()
        if _dataset_kind(s) and _filed(s) and not s.document.is_malformed
    }
    assert joined == expected
    assert kinds == {"chest_xray", "fluorography", "chest_ct", "mammography"}
    assert any(s.document.is_malformed for s in archive.studies)  # the no-protocol case ran


def test_the_labels_arrive_with_the_protocol(linked_lake, archive, key, spark):
    from ozero.deid.pseudonym import pseudonymise
    from ozero.simulator import reference
    from ozero.simulator.imaging_catalogue import FINDINGS_VERSION, OID_FINDINGS

    rows = {r["document_pid"]: r for r in _rows(spark, "silver.remd_protocols")}
    checked = 0
    for doc in archive.world.documents:
        if doc.is_malformed:
            continue
        row = rows[pseudonymise(doc.document_id, key, "remd-document")]
        assert list(row["finding_codes"]) == list(doc.finding_codes)
        assert row["assessment_category"] == doc.assessment_category
        for code in row["finding_codes"]:
            assert reference.lookup(OID_FINDINGS, "ID", code, FINDINGS_VERSION) is not None
        checked += 1
    assert checked == len(rows)
    normal = [r for r in rows.values() if r["finding_codes"] == []]
    assert normal and len(normal) < len(rows)  # both labels occur
    assert {r["assessment_category"] for r in rows.values()} - {None}


def test_views_and_slices_are_columns(linked_lake, archive, spark):
    instances = _rows(spark, "silver.imaging_instances")
    mg = defaultdict(set)
    ct = defaultdict(list)
    for r in instances:
        if r["modality"] == "MG":
            mg[r["study_instance_uid"]].add((r["image_laterality"], r["view_position"]))
        elif r["modality"] == "CT":
            ct[r["series_instance_uid"]].append((r["instance_number"], r["image_position_z"]))
            assert r["slice_location"] == r["image_position_z"]
        elif r["modality"] in ("CR", "DX"):
            assert r["view_position"] in ("PA", "LL", "RL")
    assert mg and all(
        views <= {("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")} for views in mg.values()
    )
    assert any(len(v) == 4 for v in mg.values())
    assert ct
    for slices in ct.values():
        z = [pos for _, pos in sorted(slices)]
        assert z == sorted(z, reverse=True) and len(set(z)) == len(z)


def test_no_raw_accession_or_study_uid_anywhere_in_silver(linked_lake, archive, spark):
    from pyspark.sql import functions as F

    from ozero import lake

    raw = {s.accession for s in archive.studies} | {d.accession for d in archive.world.documents}
    raw |= {d.study_uid for d in archive.world.documents}
    raw |= {se.series_uid for s in archive.studies for se in s.series}
    for name in SILVER:
        for row in _rows(spark, name):
            text = repr(row.asDict())
            assert not any(value in text for value in raw), name
    protocols = lake.read(spark, "silver.remd_protocols").alias("p")
    studies = lake.read(spark, "silver.imaging_studies").alias("s")
    joined = protocols.join(studies, F.col("p.accession_pid") == F.col("s.accession_pid"))
    rows = joined.collect()
    assert rows
    for row in rows:
        assert not any(value in repr(row) for value in raw)
