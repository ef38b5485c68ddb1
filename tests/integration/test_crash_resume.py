"""SIGKILL in the middle of an NSI ingest (and of its curation): no partial data is visible
through Delta, and the next run completes the directory exactly as an uninterrupted run does.

The simulator serves a synthetic directory slowly (every request delayed), a child process
runs the real CLI into its own lake, and the test kills the child's whole process group (the
Python driver and its JVM) once a first page group is committed — as soon as an uncommitted
Parquet file shows up in the table folder, i.e. mid-write, when it can catch one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]

ROWS, PAGE_SIZE, PAGES_PER_COMMIT = 200, 20, 2  # 10 data pages, 5 commits
PAGES = ROWS // PAGE_SIZE
FAULTS = "latency=1:150ms,seed=5"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def slow_simulator():
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server

    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_SIM_NSI_SYNTHETIC_ROWS", str(ROWS))
    server = make_server(port=0, seed=5, patients=5, documents=5, faults=FaultPlan.parse(FAULTS))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    mp.undo()


def _env(lake: Path, url: str) -> dict[str, str]:
    return {
        "OZERO_LAKE_URI": str(lake),
        "OZERO_SIMULATOR_URL": url,
        "OZERO_NSI_PAGE_SIZE": str(PAGE_SIZE),
        "OZERO_NSI_PAGES_PER_COMMIT": str(PAGES_PER_COMMIT),
    }


def _committed_files(table: Path) -> tuple[int, set[str]]:
    """(latest committed version, data files added by any commit) from the Delta log."""
    latest, added = -1, set()
    for log in sorted((table / "_delta_log").glob("*.json")):
        latest = max(latest, int(log.stem))
        for line in log.read_text().splitlines():
            action = json.loads(line)
            if "add" in action:
                added.add(action["add"]["path"])
    return latest, added


def _kill_mid_write(cmd: list[str], env: dict[str, str], table: Path, min_version: int) -> str:
    """Run `cmd`, SIGKILL its process group once version `min_version` is committed and an
    uncommitted Parquet file appears (or the next commit lands first); say which it was."""
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600
    moment = "timeout"
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if (table / "_delta_log").is_dir():
                latest, added = _committed_files(table)
                if latest >= min_version:
                    on_disk = {p.name for p in table.glob("*.parquet")}
                    if on_disk - {Path(a).name for a in added}:
                        moment = "mid-write"
                        break
                    if latest >= min_version + 1:
                        moment = "between commits"
                        break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert moment != "timeout" and proc.returncode == -signal.SIGKILL, "child was not killed"
    return moment


def _bronze(spark, lake: Path):
    return spark.read.format("delta").load(str(lake / "bronze" / "nsi_pages"))


def _ingest_in_process(spark, monkeypatch, lake: Path, url: str) -> None:
    from ozero.simulator.reference import SYNTHETIC_OID
    from ozero.sources.nsi import ingest_nsi

    for key, value in _env(lake, url).items():
        monkeypatch.setenv(key, value)
    ingest_nsi(spark, [SYNTHETIC_OID])


def test_kill_during_ingest_then_resume(tmp_path, slow_simulator, spark, monkeypatch):
    from delta.tables import DeltaTable

    from ozero.formats.fnsi import parse_data_page
    from ozero.simulator.reference import SYNTHETIC_OID

    crashed, clean = tmp_path / "crashed", tmp_path / "clean"
    table = crashed / "bronze" / "nsi_pages"
    cmd = [sys.executable, "-m", "ozero.cli", "run", "ingest", "nsi", "--oid", SYNTHETIC_OID]
    # version 0 is the empty table, version 1 the first page group
    _kill_mid_write(cmd, _env(crashed, slow_simulator), table, min_version=1)

    # What Delta shows is whole commits only: complete pages, whole groups, no passport yet.
    landed = _bronze(spark, crashed).collect()
    pages = sorted(r["page"] for r in landed)
    assert pages and pages == list(range(1, len(pages) + 1)), pages
    assert len(pages) % PAGES_PER_COMMIT == 0 and len(pages) < PAGES
    for row in landed:
        total, rows = parse_data_page(bytes(row["payload"]))
        assert total == ROWS and len(rows) == PAGE_SIZE
    history = DeltaTable.forPath(spark, str(table)).history().collect()
    inserted = sum(
        int((h["operationMetrics"] or {}).get("numTargetRowsInserted", 0)) for h in history
    )
    assert inserted == len(landed)  # files written but never committed stay invisible

    _ingest_in_process(spark, monkeypatch, crashed, slow_simulator)
    _ingest_in_process(spark, monkeypatch, clean, slow_simulator)
    resumed = {
        (r["oid"], r["version"], r["page"], r["sha256"]) for r in _bronze(spark, crashed).collect()
    }
    expected = {
        (r["oid"], r["version"], r["page"], r["sha256"]) for r in _bronze(spark, clean).collect()
    }
    assert len(expected) == PAGES + 1  # data pages + passport
    assert resumed == expected
    assert _bronze(spark, crashed).count() == len(expected)  # no duplicates


def test_kill_during_curate_then_resume(tmp_path, slow_simulator, spark, monkeypatch):
    from ozero.curate.context import CurationContext
    from ozero.curate.nsi import curate_nsi
    from ozero.simulator.reference import SYNTHETIC_OID

    lake = tmp_path / "lake"
    _ingest_in_process(spark, monkeypatch, lake, slow_simulator)
    rows_table = lake / "silver" / "nsi_rows"
    code = "from ozero.curate.nsi import curate_nsi; from ozero.spark import get_spark; "
    code += "from ozero.curate.context import CurationContext as C; "
    code += "curate_nsi(C(get_spark(), run_id='crash'))"
    # version 0 creates silver.nsi_rows empty; kill while its MERGE (version 1) is written
    moment = _kill_mid_write(
        [sys.executable, "-c", code], _env(lake, slow_simulator), rows_table, min_version=0
    )
    silver = spark.read.format("delta").load(str(rows_table))
    directories = lake / "silver" / "nsi_directories"
    if moment == "mid-write":
        assert silver.count() == 0  # the MERGE never committed: nothing of it is visible
    assert not (directories / "_delta_log").is_dir() or (
        spark.read.format("delta").load(str(directories)).count() == 0
    )

    assert curate_nsi(CurationContext(spark, run_id="resume")).parsed == ROWS
    silver = spark.read.format("delta").load(str(rows_table))
    assert silver.count() == silver.select("row_key").distinct().count() == ROWS
    versions = spark.read.format("delta").load(str(directories)).collect()
    assert [(r["oid"], r["version"]) for r in versions] == [(SYNTHETIC_OID, "1.0")]
