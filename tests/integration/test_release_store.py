"""The release store and the decision record, on a local lake and on a real S3 server.

No Spark: candidates are written as the build step would store them, so this runs in
seconds. The S3 side is S3Proxy on localhost (`ozero.infra.s3_server`), reached through the
same `ozero.objects` calls a production lake on s3a:// uses (its create-if-absent PUT is
atomic: the concurrent-writers test holds there as on AWS S3).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from ozero import objects
from ozero.release import approval, catalog, store
from ozero.release.candidate import (
    APPROVED,
    PUBLISHED,
    REJECTED,
    list_candidates,
    load_candidate,
    taken_versions,
)
from tests.s3 import require_s3proxy

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory) -> Iterator:
    from ozero.infra import s3_server

    require_s3proxy()
    with s3_server.running(log_path=tmp_path_factory.mktemp("s3") / "s3proxy.log") as server:
        yield server


@pytest.fixture(params=["local", "s3"])
def lake_uri(request, tmp_path, monkeypatch) -> str:
    """A fresh lake root, on a local folder or in a fresh S3 bucket; Airflow switched off."""
    monkeypatch.setenv("OZERO_AIRFLOW_URL", "off")
    if request.param == "local":
        uri = str(tmp_path / "lake")
    else:
        server = request.getfixturevalue("s3_server")
        bucket = f"ozero-store-{uuid.uuid4().hex[:8]}"
        server.create_bucket(bucket)
        for name, value in server.env(bucket).items():
            monkeypatch.setenv(name, value)
        uri = f"s3a://{bucket}/lake"
    monkeypatch.setenv("OZERO_LAKE_URI", uri)
    return uri


def _candidate(version: str, pins: int = 3, rows: int = 12) -> dict:
    return {
        "dataset": DATASET,
        "version": version,
        "created_at": f"2026-06-01T00:00:0{pins % 10}Z",
        "source_versions": {GOLD: pins},
        "row_counts": {GOLD: rows},
        "schema": {
            GOLD: [{"name": "study_pid", "type": "string", "privacy": "x", "description": ""}]
        },
        "schema_fingerprint": "f" * 64,
        "key_ids": ["k1"],
        "publish_row_counts": {GOLD: rows},
    }


def test_objects_round_trip_and_create_once(lake_uri: str) -> None:
    uri = objects.join(lake_uri, "t", "a.json")
    assert not objects.exists(uri)
    assert objects.write_json(uri, {"ж": 1}, if_absent=True)
    assert not objects.write_json(uri, {"ж": 2}, if_absent=True)  # the first write stands
    assert objects.read_json(uri) == {"ж": 1}
    objects.put(objects.join(lake_uri, "t", "sub", "b.bin"), b"xyz")
    assert objects.list_dir(objects.join(lake_uri, "t")) == ["a.json", "sub"]
    assert objects.list_files(objects.join(lake_uri, "t")) == [
        uri,
        objects.join(lake_uri, "t", "sub", "b.bin"),
    ]
    assert objects.size(objects.join(lake_uri, "t", "sub", "b.bin")) == 3
    moved = objects.join(lake_uri, "u", "b.bin")
    objects.move(objects.join(lake_uri, "t", "sub", "b.bin"), moved)
    assert objects.get(moved) == b"xyz" and objects.list_files(objects.join(lake_uri, "t")) == [uri]
    objects.delete_tree(objects.join(lake_uri, "t"))
    assert objects.list_dir(objects.join(lake_uri, "t")) == []
    assert objects.list_dir(objects.join(lake_uri, "nowhere")) == []


def test_exactly_one_concurrent_writer_wins(lake_uri: str) -> None:
    uri = objects.join(lake_uri, "race", "decision.json")
    wins: list[int] = []
    barrier = threading.Barrier(6)

    def write(i: int) -> None:
        barrier.wait()
        if objects.write_json(uri, {"writer": i}, if_absent=True):
            wins.append(i)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1
    assert objects.read_json(uri) == {"writer": wins[0]}


def test_candidates_and_decisions(lake_uri: str) -> None:
    assert store.create_candidate(_candidate("1.0.0"))
    assert not store.create_candidate(_candidate("1.0.0", pins=4))  # a version is claimed once
    store.create_candidate(_candidate("1.1.0", pins=5))
    store.write_request(DATASET, "1.1.0", "## Выпуск набора данных")
    assert store.candidate_versions(DATASET) == ["1.0.0", "1.1.0"]
    assert load_candidate(DATASET, "1.0.0").source_versions == {GOLD: 3}
    assert [c.status for c in list_candidates()] == ["pending", "pending"]
    assert [c.version for c in list_candidates()] == ["1.0.0", "1.1.0"]

    # the Airflow channel decides first; the CLI then cannot contradict it
    standing, made = approval.record(
        DATASET,
        "1.0.0",
        REJECTED,
        "ivanova",
        "k too low",
        approval.AIRFLOW,
        airflow={"user_id": "ivanova", "run_id": "r1"},
    )
    assert made and standing.channel == "airflow"
    with pytest.raises(approval.DecisionError, match="already rejected by ivanova"):
        approval.approve(DATASET, "1.0.0", "petrov")
    again = approval.reject(DATASET, "1.0.0", "petrov", "me too")
    assert not again.recorded and again.decision.by == "ivanova"  # the first decision stands
    assert load_candidate(DATASET, "1.0.0").status == REJECTED

    with pytest.raises(approval.DecisionError, match="curator's name"):
        approval.record(DATASET, "1.1.0", APPROVED, "Anonymous", channel=approval.AIRFLOW)
    with pytest.raises(approval.DecisionError, match="only raise"):
        approval.approve(DATASET, "1.1.0", "ivanova", release_as="1.0.5")
    store.create_candidate(_candidate("1.2.0", pins=6))
    with pytest.raises(approval.DecisionError, match="already used"):
        approval.approve(DATASET, "1.1.0", "ivanova", release_as="1.2.0")
    outcome = approval.approve(DATASET, "1.1.0", "ivanova", "ok", release_as="2.0.0")
    assert outcome.recorded and outcome.airflow.answered == 0
    assert "not running" in outcome.airflow.message
    saved = store.read_decision(DATASET, "1.1.0")
    assert saved["decision"] == APPROVED and saved["channel"] == "cli" and saved["by"] == "ivanova"
    assert saved["release_as"] == "2.0.0"
    assert taken_versions(DATASET) == ["1.0.0", "1.1.0", "1.2.0", "2.0.0"]

    # published = the manifest exists at the release number the decision chose
    manifest = {"dataset": DATASET, "version": "2.0.0", "files": [], "row_counts": {GOLD: 12}}
    assert store.commit_manifest(manifest)
    assert not store.commit_manifest({**manifest, "files": [{"path": "x"}]})
    published = load_candidate(DATASET, "1.1.0")
    assert (published.status, published.release_version) == (PUBLISHED, "2.0.0")
    assert [r["version"] for r in catalog.list_releases()] == ["2.0.0"]
    everything = {(r["version"], r["status"]) for r in catalog.list_all()}
    assert everything == {("1.0.0", REJECTED), ("1.2.0", "pending"), ("2.0.0", PUBLISHED)}
    shown = catalog.show(DATASET, "1.0.0")
    assert shown["kind"] == "candidate" and shown["status"] == REJECTED
    assert shown["decision"]["note"] == "k too low"
    assert catalog.show(DATASET, "2.0.0")["kind"] == "release"


def test_legacy_approval_file_is_read_and_blocks_a_second_decision(lake_uri: str) -> None:
    store.create_candidate(_candidate("1.0.0"))
    legacy = store.candidate_uri(DATASET, "1.0.0", store.LEGACY_DECISION_FILE)
    objects.write_json(
        legacy,
        {
            "dataset": DATASET,
            "version": "1.0.0",
            "decision": "approved",
            "approver": "dr.who",
            "decided_at": "2026-01-01T00:00:00Z",
        },
    )
    assert load_candidate(DATASET, "1.0.0").status == APPROVED
    assert approval.load_decision(DATASET, "1.0.0").by == "dr.who"
    with pytest.raises(approval.DecisionError, match="already approved by dr.who"):
        approval.reject(DATASET, "1.0.0", "someone")


def test_store_refuses_path_tricks(lake_uri: str) -> None:
    with pytest.raises(ValueError):
        store.candidate_uri("../etc", "1.0.0")
    with pytest.raises(ValueError):
        store.release_uri(DATASET, "../1.0.0")


def test_a_server_whose_port_was_taken_starts_on_another_port(s3_server, tmp_path, monkeypatch):
    """The CI race: the port picked free for a new S3Proxy is taken (here by `s3_server`)
    before its JVM binds it. The other server answers there — to our keys with
    InvalidAccessKeyId — so the new one must not count as started until its own keys are
    accepted, and is started again on another port."""
    from ozero.infra import ports
    from ozero.infra import s3_server as servers

    taken = int(s3_server.endpoint.rsplit(":", 1)[1])
    picks = iter([taken])
    monkeypatch.setattr(servers, "free_port", lambda: next(picks, None) or ports.free_port())
    with servers.running(log_path=tmp_path / "s3proxy.log") as server:
        assert server.endpoint != s3_server.endpoint
        server.create_bucket("ozero-port-race")
        names = [b["Name"] for b in server.client().list_buckets()["Buckets"]]
        assert names == ["ozero-port-race"]
    assert "ozero-port-race" not in [
        b["Name"] for b in s3_server.client().list_buckets()["Buckets"]
    ]
