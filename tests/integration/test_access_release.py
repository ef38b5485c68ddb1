"""Reading a release through Ozero's loaders under access control, end to end on a real
(tiny) release laid out by `ozero.release.store`: refused without a grant, read with one,
refused after revocation and after expiry, every attempt audited; a reader killed mid-read
leaves its attempt on record. No Spark: the release is one Parquet file and its manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ozero import analyst, objects
from ozero.access import audit, grants
from ozero.access.enforce import AccessDeniedError
from ozero.cli import main
from ozero.release import catalog, store

DATASET = "chest-imaging-protocols"
TABLE = "gold.chest_imaging_protocols"
VERSION = "1.0.0"
REPO = Path(__file__).resolve().parents[2]


def _publish_tiny_release() -> int:
    """Manifest + one Parquet file, as `publish` lays a release out; returns its size."""
    frame = pa.table(
        {
            "study_pid": [f"P{i:032x}" for i in range(6)],
            "mkb10_code": ["J18.9", "Z01.8", "J44.9", "J18.9", "Z01.8", "I50.1"],
            "split": ["train", "train", "train", "validation", "test", "test"],
        }
    )
    buffer = io.BytesIO()
    pq.write_table(frame, buffer)
    data = buffer.getvalue()
    path = "data/chest_imaging_protocols/part-00000.parquet"
    objects.put(store.release_uri(DATASET, VERSION, path), data)
    manifest = {
        "dataset": DATASET,
        "version": VERSION,
        "published_at": "2026-12-01T00:00:00Z",
        "source_versions": {TABLE: 1},
        "row_counts": {TABLE: 6},
        "tables": {TABLE: "data/chest_imaging_protocols"},
        "files": [{"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}],
    }
    assert store.commit_manifest(manifest)
    return len(data)


@pytest.fixture()
def release(lake: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("OZERO_TEAM", "ml-lab")
    monkeypatch.setenv("OZERO_USER", "dev.one")
    monkeypatch.delenv("OZERO_PURPOSE", raising=False)
    monkeypatch.delenv("OZERO_ACCESS_INTERNAL_TEAMS", raising=False)
    return _publish_tiny_release()


def _loaders():
    return {
        "analyst": lambda: analyst.load_release(DATASET, split="train"),
        "catalog": lambda: catalog.load_release(DATASET),
    }


def test_refused_then_granted_then_revoked_then_expired(release: int, capsys) -> None:
    for load in _loaders().values():
        with pytest.raises(AccessDeniedError, match=f"ozero access request {DATASET}"):
            load()

    grants.grant(DATASET, "ml-lab", "pneumonia model", date.today() + timedelta(days=7),
                 by="dr.who")  # fmt: skip
    assert len(_loaders()["analyst"]()) == 3  # the train split
    assert len(_loaders()["catalog"]()) == 6

    grants.revoke(DATASET, "ml-lab", by="dr.who", note="project closed")
    with pytest.raises(AccessDeniedError, match="revoked"):
        _loaders()["analyst"]()

    long_ago = datetime(2025, 1, 1, tzinfo=UTC)  # a grant that ended yesterday at the latest
    grants.grant(DATASET, "ml-lab", "pneumonia model", date.today() - timedelta(days=1),
                 by="dr.who", at=long_ago)  # fmt: skip
    with pytest.raises(AccessDeniedError, match="revoked|expired"):
        _loaders()["catalog"]()

    rows = audit.history(DATASET)
    assert [(r["loader"].rsplit(".", 2)[-2], r["status"]) for r in rows] == [
        ("analyst", audit.DENIED),
        ("catalog", audit.DENIED),
        ("analyst", audit.OK),
        ("catalog", audit.OK),
        ("analyst", audit.DENIED),
        ("catalog", audit.DENIED),
    ]
    read = rows[2]
    assert read["bytes"] == release and read["rows"] == 3 and read["split"] == "train"
    assert read["files"] == ["data/chest_imaging_protocols/part-00000.parquet"]
    assert (read["user"], read["team"], read["purpose"]) == ("dev.one", "ml-lab", "pneumonia model")
    assert read["granted_by"] == "dr.who" and read["version"] == VERSION

    assert main(["access", "audit", DATASET, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [month] = report["monthly"]
    assert (month["team"], month["reads"], month["denied"], month["bytes"]) == (
        "ml-lab", 2, 4, 2 * release,
    )  # fmt: skip


def test_a_reader_killed_mid_read_leaves_its_attempt(release: int, lake: Path) -> None:
    grants.grant(DATASET, "ml-lab", "p", date.today() + timedelta(days=7), by="dr.who")
    script = textwrap.dedent(
        """
        import os
        import pyarrow.parquet as pq
        pq.read_table = lambda *a, **k: os._exit(3)  # the process dies while reading
        from ozero import analyst
        analyst.load_release("chest-imaging-protocols")
        """
    )
    env = {**os.environ, "OZERO_LAKE_URI": str(lake), "OZERO_TEAM": "ml-lab"}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, check=False)
    assert done.returncode == 3
    [row] = audit.history(DATASET)
    assert row["status"] == audit.INCOMPLETE and row["decision"] == "allowed"
    assert row["finished_at"] is None


def test_the_spark_reader_is_guarded_and_audited_like_the_others(release: int, spark) -> None:
    with pytest.raises(AccessDeniedError, match=f"ozero access request {DATASET}"):
        analyst.load_release_spark(spark, DATASET, split="train")
    grants.grant(DATASET, "ml-lab", "pneumonia model", date.today() + timedelta(days=7),
                 by="dr.who")  # fmt: skip
    frame = analyst.load_release_spark(spark, DATASET, split="train")
    assert sorted(r["mkb10_code"] for r in frame.collect()) == ["J18.9", "J44.9", "Z01.8"]
    with pytest.raises(ValueError, match="no images"):
        analyst.load_release_spark(spark, DATASET, images=True)
    rows = [r for r in audit.history(DATASET) if r["loader"].endswith("load_release_spark")]
    assert [r["status"] for r in rows] == [audit.DENIED, audit.OK]
    assert (rows[1]["rows"], rows[1]["bytes"], rows[1]["split"]) == (3, release, "train")
    assert rows[1]["files"] == ["data/chest_imaging_protocols/part-00000.parquet"]
