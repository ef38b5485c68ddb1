"""Release flow on a real Spark + Delta lake: candidate → decision → publish → catalog.

Also the version rules end to end (new rows → minor, corrected values → patch, a rotated
pseudonymisation key → major), rejected data never coming back unchanged, and the whole
flow on real S3 servers (S3Proxy), one bucket per privacy zone, with an s3a:// lake.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from ozero import lake as ozero_lake
from ozero import objects
from ozero.release import approval, catalog, cli, publish, store
from ozero.release.build import build_candidate
from ozero.release.candidate import load_candidate, pending_candidates
from tests.fixtures.access import grant_reader
from tests.fixtures.gold import as_gold_rows
from tests.s3 import bucket_keys, require_s3proxy

# the guard matches known identifiers by keyed hash: every test here runs with a test key
pytestmark = pytest.mark.usefixtures("pseudonym_key")

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"
# how pyarrow, S3A and delta-rs word a 403 from S3
DENIED = "ACCESS_DENIED|INVALID_ACCESS_KEY_ID|AccessDenied|InvalidAccessKeyId|Forbidden|403"


def _rows(start: int, count: int, kind: str = "xray", conclusion: str = "норма") -> list[dict]:
    return [
        {
            "study_pid": "P" + hashlib.md5(f"s{i}".encode()).hexdigest(),
            "patient_pid": "P" + hashlib.md5(f"p{i % 7}".encode()).hexdigest(),
            "study_kind": kind,
            "service_code": "A06.09.007",
            "service_name": "Рентгенография легких",
            "study_date": date(2024, 1, 1 + i % 28),
            "mkb10_code": "J18.9",
            "mkb10_name": "Пневмония неуточненная",
            "patient_sex": "F" if i % 2 else "M",
            "patient_age_band": "40-49",
            "findings_text": "без особенностей",
            "conclusion_text": conclusion,
            "followup_90d": bool(i % 3),
        }
        for i in range(start, start + count)
    ]


def _write_gold(spark, rows: list[dict], replace: bool = False, key_id: str = "test-key") -> None:
    from ozero.contracts import load_contract

    df = spark.createDataFrame(as_gold_rows(rows, key_id), load_contract(GOLD).spark_schema)
    if replace:
        ozero_lake.overwrite(spark, GOLD, df)
    else:
        ozero_lake.merge(spark, GOLD, df)


def _gold_records(spark, version: int | None = None) -> list[tuple]:
    return sorted(tuple(r) for r in ozero_lake.read(spark, GOLD, version).collect())


def _cli(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def no_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decisions are recorded in the lake only: no Airflow to answer."""
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")


@pytest.mark.spark
def test_release_flow(
    spark, lake: Path, no_airflow, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_gold(spark, _rows(0, 12))
    v0 = ozero_lake.version(spark, GOLD)

    cand = build_candidate(spark, DATASET, validation_summary={"success": True})
    assert cand is not None and cand.version == "1.0.0" and cand.changes == {}
    assert cand.source_versions == {GOLD: v0}
    assert cand.row_counts == cand.publish_row_counts == {GOLD: 12}
    assert [c["name"] for c in cand.schema[GOLD]][:2] == ["study_pid", "patient_pid"]
    assert cand.deidentification["tables"][GOLD]["min_group_size"] == 6
    folder = lake / "candidates" / DATASET / "1.0.0"
    saved = json.loads((folder / "candidate.json").read_text())
    assert "status" not in saved and saved["source_versions"] == {GOLD: v0}
    assert (folder / "digests" / f"{GOLD}.parquet").is_file()
    request = (folder / "request.md").read_text(encoding="utf-8")
    assert request.startswith("## Выпуск набора данных / Dataset release")
    assert "First release" in request and "| `gold.chest_imaging_protocols` |" in request
    assert [c.version for c in pending_candidates()] == ["1.0.0"]
    # the datasheet beside the candidate, its summary in the request: 12 rows, 7 patients
    sheet = (folder / "datasheet.md").read_text(encoding="utf-8")
    assert "## 1. Motivation" in sheet and "## 7. Maintenance" in sheet
    splits = cand.datasheet_stats["splits"]
    assert sum(v["rows"] for v in splits.values()) == 12
    assert sum(v["patients"] for v in splits.values()) == 7
    assert "| total | 12 | 7 |" in sheet and "### Даташит / Datasheet (summary)" in request
    assert "| J18.9 |" in sheet  # the label distribution
    assert (folder / "datasheet.html").read_text(encoding="utf-8").startswith("<!doctype html>")

    assert build_candidate(spark, DATASET) is None  # nothing changed: nothing proposed
    with pytest.raises(publish.PublishError, match="not approved"):
        publish.publish(spark, DATASET, "1.0.0")

    code, out, err = _cli(capsys, "release", "approve", DATASET, "1.0.0", "--by", "dr.who")
    assert code == 0, err
    assert "1.0.0 approved by dr.who (cli)" in out and "Airflow is not running" in out
    code, _, err = _cli(capsys, "release", "reject", DATASET, "1.0.0", "--by", "someone")
    assert code == 2 and "already approved by dr.who" in err and len(err.splitlines()) == 1
    assert load_candidate(DATASET, "1.0.0").status == "approved"

    # Gold moves on before publishing: the release must still hold the pinned version.
    _write_gold(spark, _rows(100, 5, kind="ct"))
    release = Path(publish.publish(spark, DATASET, "1.0.0"))
    assert release == lake / "releases" / DATASET / "1.0.0"
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["source_versions"] == {GOLD: v0}
    assert manifest["approval"]["approver"] == "dr.who"
    assert manifest["approval"]["channel"] == "cli"
    assert manifest["row_counts"] == {GOLD: 12}
    data_files = [e for e in manifest["files"] if e["path"].startswith("data/")]
    assert data_files and {e["path"] for e in manifest["files"]} - {
        e["path"] for e in data_files
    } == {"datasheet.md", "datasheet.html", "croissant.json"}
    for entry in manifest["files"]:
        path = release / entry["path"]
        if entry in data_files:
            assert entry["path"].startswith("data/chest_imaging_protocols/part-")
            assert entry["sha256"][:16] in entry["path"]  # content-addressed
        assert path.stat().st_size == entry["bytes"]
        assert objects.sha256(str(path)) == entry["sha256"]
        assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert sorted(p.name for p in release.rglob("*") if p.is_file()) == sorted(
        [Path(e["path"]).name for e in manifest["files"]] + ["manifest.json"]
    )
    assert not list((lake / "releases" / DATASET).glob(".staging*"))
    released_sheet = (release / "datasheet.md").read_text(encoding="utf-8")
    assert "— chest-imaging-protocols 1.0.0" in released_sheet
    assert "Approved by dr.who" in released_sheet and "Status: release" in released_sheet
    crate = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert crate["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    hashes = {f["contentUrl"]: f["sha256"] for f in crate["distribution"] if "sha256" in f}
    assert hashes == {
        e["path"]: e["sha256"]
        for e in data_files + [e for e in manifest["files"] if e["path"].startswith("datasheet")]
    }
    grant_reader(monkeypatch, DATASET)  # reading a release needs a grant (docs/access.md)
    assert len(catalog.load_release(DATASET)) == 12
    published = sorted(
        tuple(r)
        for r in spark.read.parquet(str(release / "data" / "chest_imaging_protocols")).collect()
    )
    assert published == _gold_records(spark, v0)
    assert published != _gold_records(spark)
    assert publish.verify_release(DATASET, "1.0.0") == []

    # Idempotent: same folder, nothing rewritten, no second copy.
    mtimes = {p: p.stat().st_mtime_ns for p in release.rglob("*")}
    assert Path(publish.publish(spark, DATASET, "1.0.0")) == release
    assert {p: p.stat().st_mtime_ns for p in release.rglob("*")} == mtimes

    # New rows → minor; the candidate says what changed since the release.
    cand2 = build_candidate(spark, DATASET)
    assert cand2 is not None and cand2.version == "1.1.0" and cand2.row_counts == {GOLD: 17}
    since = cand2.changes["since_release"]
    assert since["against"] == "1.0.0" and since["bump"] == "minor"
    assert since["rows"] == {"added": 5, "removed": 0, "changed": 0}
    code, out, _ = _cli(capsys, "release", "show", DATASET, "1.1.0")
    assert code == 0 and "CANDIDATE, pending" in out and "+5 added" in out
    assert "privacy    gold.chest_imaging_protocols: k" in out and "phi scan" in out

    # Rejected: closed, never approved later, and its data is not proposed again.
    code, out, err = _cli(capsys, "release", "reject", DATASET, "1.1.0", "--by", "ivanova",
                          "--note", "CT rows need review")  # fmt: skip
    assert code == 0 and "rejected by ivanova" in out
    code, _, err = _cli(capsys, "release", "approve", DATASET, "1.1.0", "--by", "dr.who")
    assert code == 2 and "already rejected by ivanova" in err
    with pytest.raises(publish.PublishError, match="rejected"):
        publish.publish(spark, DATASET, "1.1.0")
    _write_gold(spark, _rows(0, 12) + _rows(100, 5, kind="ct"), replace=True)  # same data
    assert build_candidate(spark, DATASET) is None

    # Corrected values on top → the next candidate names the rejection and what changed since.
    fixed = _rows(100, 5, kind="ct", conclusion="норма, контроль через год")
    _write_gold(spark, fixed)
    cand3 = build_candidate(spark, DATASET)
    assert cand3 is not None and cand3.version == "1.2.0"  # 1.1.0 is used up by the rejection
    rejected = cand3.changes["since_rejected"]
    assert rejected["against"] == "1.1.0" and rejected["rejected_by"] == "ivanova"
    assert rejected["rows"] == {"added": 0, "removed": 0, "changed": 5}
    assert rejected["note"] == "CT rows need review"
    assert cand3.changes["since_release"]["rows"]["added"] == 5
    request = store.read_request(DATASET, "1.2.0")
    assert "отклонённого кандидата **1.1.0**" in request and "CT rows need review" in request
    approval.approve(DATASET, "1.2.0", "ivanova", note="reviewed")
    publish.publish(spark, DATASET, "1.2.0")

    # Same rows, corrected values only → patch.
    _write_gold(spark, _rows(0, 1, conclusion="норма (исправлено)"))
    cand4 = build_candidate(spark, DATASET)
    assert cand4 is not None and cand4.version == "1.2.1"
    assert cand4.changes["since_release"]["bump"] == "patch"

    # The curator may only raise the number.
    code, _, err = _cli(capsys, "release", "approve", DATASET, "1.2.1", "--as", "1.2.0")
    assert code == 2 and "only raise" in err
    code, out, err = _cli(capsys, "release", "approve", DATASET, "1.2.1", "--by", "ivanova",
                          "--as", "1.3.0", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["release_as"] == "1.3.0"
    publish.publish(spark, DATASET, "1.2.1")
    assert [r["version"] for r in catalog.list_releases()] == ["1.0.0", "1.2.0", "1.3.0"]
    assert catalog.show_release(DATASET)["candidate_version"] == "1.2.1"
    assert len(catalog.load_release(DATASET, "1.0.0")) == 12
    assert len(catalog.load_release(DATASET)) == 17

    # Tampering is detected.
    tampered = release / manifest["files"][0]["path"]
    tampered.chmod(0o644)
    tampered.write_bytes(tampered.read_bytes() + b"x")
    assert any("differs" in p for p in publish.verify_release(DATASET, "1.0.0"))

    # CLI --json outputs parse, and `list --all` shows the rejected candidate.
    code, out, _ = _cli(capsys, "release", "list", "--json")
    assert code == 0 and [r["version"] for r in json.loads(out)] == ["1.0.0", "1.2.0", "1.3.0"]
    code, out, _ = _cli(capsys, "release", "list", "--all", "--json")
    statuses = {r["version"]: r["status"] for r in json.loads(out)}
    assert statuses == {"1.0.0": "published", "1.1.0": "rejected", "1.2.0": "published",
                        "1.3.0": "published"}  # fmt: skip
    code, out, _ = _cli(capsys, "release", "show", DATASET, "1.0.0", "--json")
    assert code == 0 and json.loads(out)["version"] == "1.0.0"
    code, out, _ = _cli(capsys, "release", "show", DATASET, "1.1.0", "--json")
    shown = json.loads(out)
    assert shown["kind"] == "candidate" and shown["status"] == "rejected"
    code, out, _ = _cli(capsys, "release", "candidates", "--json")
    assert code == 0 and [c["version"] for c in json.loads(out)] == ["1.1.0"]
    code, out, _ = _cli(capsys, "release", "verify", DATASET, "1.2.0", "--json")
    assert code == 0 and json.loads(out)["problems"] == []
    code, out, _ = _cli(capsys, "release", "list")
    assert code == 0 and "1.2.0" in out and "ivanova" in out
    code, _, err = _cli(capsys, "release", "show", "nope")
    assert code == 2 and "known datasets" in err


def _keyed_silver(spark, key_id: str) -> None:
    """One row of a keyed silver table carrying `key_id`, to stand for a curated lake."""
    from ozero.contracts import load_contract

    table = "silver.oms_patients"
    contract = load_contract(table)
    dummy = {"string": "x", "date": date(2024, 1, 1), "int": 1, "long": 1, "boolean": False}
    row = {c.name: dummy.get(c.type) for c in contract.columns}
    row["deid_key_id"] = key_id
    ozero_lake.overwrite(spark, table, spark.createDataFrame([row], contract.spark_schema))


@pytest.mark.spark
def test_key_rotation_makes_a_major_version(spark, lake: Path, no_airflow) -> None:
    _keyed_silver(spark, "key-2026")
    _write_gold(spark, _rows(0, 12), key_id="key-2026")
    first = build_candidate(spark, DATASET)
    assert first is not None and first.key_ids == ["key-2026"]
    approval.approve(DATASET, first.version, "ivanova")
    publish.publish(spark, DATASET, first.version)
    manifest = catalog.show_release(DATASET)
    assert manifest["deidentification"]["key_ids"] == ["key-2026"]

    # after `ozero deid rotate-key`: new key id, every pseudonym in gold re-derived
    _keyed_silver(spark, "key-2027")
    rotated = [{**r, "study_pid": r["study_pid"] + "r", "patient_pid": r["patient_pid"] + "r"}
               for r in _rows(0, 12)]  # fmt: skip
    _write_gold(spark, rotated, replace=True, key_id="key-2027")
    second = build_candidate(spark, DATASET)
    assert second is not None and second.version == "2.0.0"
    since = second.changes["since_release"]
    assert since["key_rotated"] and since["key_ids"] == {
        "before": ["key-2026"],
        "after": ["key-2027"],
    }
    assert since["bump"] == "major" and "key rotated" in since["reason"]
    assert "ключ сменён" in store.read_request(DATASET, "2.0.0")


@pytest.mark.spark
@pytest.mark.slow
def test_release_on_s3(spark, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_airflow) -> None:
    """Candidate, decision, publish and catalog on real S3 servers, one bucket per privacy
    zone with its own keys. The release step runs as its own identity — the lake and
    releases buckets' keys, none of the restricted bucket's — and cannot read bronze."""
    from botocore.exceptions import ClientError
    from deltalake import write_deltalake

    from ozero import lakeview
    from ozero.config import get_settings
    from ozero.infra import s3_server
    from ozero.spark import configure_s3a

    if not any(get_settings().jars_dir.glob("hadoop-aws-*.jar")):
        if os.environ.get("CI"):
            pytest.fail("S3A jars missing: run `make jars-s3`")
        pytest.skip("S3A jars missing: run `make jars-s3`")
    require_s3proxy()
    with s3_server.zones_running(log_path=tmp_path / "s3proxy.log") as zones:
        for name, value in zones.env().items():  # the pipeline: every zone's keys
            monkeypatch.setenv(name, value)
        bronze = ozero_lake.table_path("bronze.remd_documents")
        assert bronze.startswith(f"s3a://{zones.buckets['restricted']}/")
        write_deltalake(  # PHI in the restricted bucket, written without Spark
            lakeview.table_uri("bronze.remd_documents"),
            pa.table({"document_id": ["d1"], "payload": ["СНИЛС 112-233-445 95"]}),
            storage_options={
                **lakeview.storage_options(lakeview.table_uri("bronze.remd_documents")),
                "AWS_S3_ALLOW_UNSAFE_RENAME": "true",
            },
        )
        register = objects.object_uri("bronze", "objects", "oms", "register.xml")
        objects.put(register, b"<ZL_LIST/>")

        for name in [n for n in os.environ if n.startswith("OZERO_S3_BUCKET_")]:
            monkeypatch.delenv(name)
        for name, value in zones.release_env().items():  # the release step's identity
            monkeypatch.setenv(name, value)
        configure_s3a(spark)
        _write_gold(spark, _rows(0, 12))
        cand = build_candidate(spark, DATASET, validation_summary={"success": True})
        assert cand is not None and cand.version == "1.0.0"
        approval.approve(DATASET, "1.0.0", "ivanova", note="on S3")
        uri = publish.publish(spark, DATASET, "1.0.0")
        assert uri == f"s3a://{zones.buckets['releases']}/releases/{DATASET}/1.0.0"
        keys = bucket_keys(zones, "releases")
        assert f"releases/{DATASET}/1.0.0/manifest.json" in keys
        assert not [k for k in keys if "/.staging" in k]
        lake_keys = bucket_keys(zones, "lake")
        assert f"lake/candidates/{DATASET}/1.0.0/decision.json" in lake_keys
        assert publish.verify_release(DATASET, "1.0.0") == []
        grant_reader(monkeypatch, DATASET)  # grant and audit live in the lake bucket's ops zone
        assert len(catalog.load_release(DATASET)) == 12
        assert catalog.show_release(DATASET)["approval"]["approver"] == "ivanova"
        assert Path(publish.publish(spark, DATASET, "1.0.0")).name == "1.0.0"  # idempotent
        assert build_candidate(spark, DATASET) is None

        # ... and the restricted bucket stays closed to it, by every client it has
        with pytest.raises(OSError, match=DENIED):
            objects.get(register)
        with pytest.raises(OSError, match=DENIED):
            objects.list_files(ozero_lake.zone_root("bronze"))
        with pytest.raises(Exception, match=DENIED):
            spark.read.format("delta").load(bronze).count()
        with pytest.raises(Exception, match=DENIED):
            lakeview.open_table("bronze.remd_documents")
        its_key = s3_server.S3Server(  # the restricted server, asked with the key it holds
            zones.servers["restricted"].endpoint,
            os.environ["AWS_ACCESS_KEY_ID"],
            os.environ["AWS_SECRET_ACCESS_KEY"],
        ).client()
        with pytest.raises(ClientError) as denied:
            its_key.get_object(Bucket=zones.buckets["restricted"], Key=register.split("/", 3)[3])
        assert denied.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
