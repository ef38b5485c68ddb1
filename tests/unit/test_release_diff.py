"""`ozero release diff`: schema, rows by stable key, labels per split, k / l — from the store."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from ozero.release import changes, cli, store
from ozero.release.diff import diff

DATASET = "chest-imaging-protocols"
GOLD = "gold.chest_imaging_protocols"


def _candidate(version: str, keys: dict[int, int], schema: list[dict], labels: dict,
               k_min: int) -> None:  # fmt: skip
    store.create_candidate(
        {
            "dataset": DATASET,
            "version": version,
            "created_at": f"2026-06-0{version[2]}T00:00:00+00:00",
            "source_versions": {GOLD: int(version[2])},
            "row_counts": {GOLD: len(keys)},
            "schema": {GOLD: schema},
            "schema_fingerprint": json.dumps(schema),
            "key_ids": ["k1"],
            "publish_row_counts": {GOLD: len(keys)},
            "datasheet_stats": {"splits": {}, "labels": {"mkb10_code": labels}},
        }
    )
    digests = pa.table(
        {"key_hash": list(keys), "row_hash": list(keys.values())}, schema=changes.DIGEST_SCHEMA
    )
    store.write_digests(DATASET, version, GOLD, changes.digests_to_parquet(digests))
    store.write_guard(
        {"dataset": DATASET, "version": version, "tables": {
            GOLD: {"risk": {"after": {"k_min": k_min, "l_min": {"mkb10_code": 2}}}}}}
    )  # fmt: skip


@pytest.fixture
def two_candidates(lake: Path) -> None:
    columns = [{"name": "study_pid", "type": "string"}, {"name": "age", "type": "int"}]
    _candidate("1.0.0", {1: 10, 2: 20, 3: 30}, columns,
               {"J18.9": {"train": 2, "test": 1}}, k_min=6)  # fmt: skip
    retyped = [{"name": "study_pid", "type": "string"}, {"name": "age", "type": "long"},
               {"name": "site", "type": "string"}]  # fmt: skip
    _candidate("1.1.0", {2: 20, 3: 31, 4: 40, 5: 50}, retyped,
               {"J18.9": {"train": 3, "test": 1}, "Z00.0": {"test": 1}}, k_min=5)  # fmt: skip


def test_diff_counts_rows_by_key_and_reports_schema_labels_and_k(two_candidates) -> None:
    result = diff(DATASET, "1.0.0", "1.1.0")
    assert result["from"]["kind"] == "candidate" and result["to"]["version"] == "1.1.0"
    assert result["rows"] == {"added": 2, "removed": 1, "changed": 1}
    assert result["schema"] == {
        GOLD: {"added": ["site"], "removed": [],
               "retyped": {"age": {"before": "int", "after": "long"}}}
    }  # fmt: skip
    assert result["bump"] == "major"
    assert result["labels"] == {
        "mkb10_code": {"J18.9": {"train": {"before": 2, "after": 3}},
                       "Z00.0": {"test": {"before": 0, "after": 1}}}
    }  # fmt: skip
    assert result["privacy"]["before"][GOLD]["k_min"] == 6
    assert result["privacy"]["after"][GOLD]["k_min"] == 5


def test_diff_cli_json_and_unknown_version(two_candidates, capsys) -> None:
    assert cli.main(["release", "diff", DATASET, "1.0.0", "1.1.0", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out)["rows"]["added"] == 2
    assert cli.main(["release", "diff", DATASET, "1.0.0", "1.1.0"]) == 0
    out, _ = capsys.readouterr()
    assert "+2 added, −1 removed, 1 changed" in out and "age: int → long" in out
    assert f"k {GOLD}: 6 → 5" in out
    assert cli.main(["release", "diff", DATASET, "1.0.0", "9.9.9"]) == 2
    _, err = capsys.readouterr()
    assert "no release or candidate 9.9.9" in err and len(err.strip().splitlines()) == 1
