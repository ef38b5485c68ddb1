"""Concurrent runs on one lake, as the real scheduler makes them: the ingest steps at
once, then the curate steps at once, round after round on successive windows. Every step
succeeds on its first try, every run is recorded in ops.runs, and the accounting balances.

(Before watermarks became an append-only log, quarantine and the identifier hashes MERGEd
per partition, and table creation went up front, such rounds failed with Delta's
ConcurrentAppendException / ProtocolChangedException; see issue 10.)"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]

SEED, PATIENTS, DOCUMENTS = 11, 24, 36
ROUNDS = 2  # two windows: the second run advances every watermark past the first


@pytest.fixture(scope="module")
def simulator():
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()
    server.server_close()


def _cuts(world) -> list[datetime]:
    """Window ends splitting the REMD feed's registrations into ROUNDS parts (the last one
    past everything), so each round brings new records from every dated source."""
    times = sorted(d.registered_at for d in world.remd_feed)
    cuts = [times[len(times) * (i + 1) // ROUNDS - 1] for i in range(ROUNDS - 1)]
    return [*cuts, datetime(2026, 6, 1, tzinfo=UTC)]


def _all_at_once(steps: dict[str, callable]) -> dict[str, object]:
    """Start every step at the same moment (a barrier) on its own thread."""
    barrier = threading.Barrier(len(steps))

    def run(step):
        barrier.wait()
        return step()

    with ThreadPoolExecutor(len(steps)) as pool:
        futures = {name: pool.submit(run, step) for name, step in steps.items()}
        return {name: f.result() for name, f in futures.items()}  # re-raises a failure


def test_concurrent_rounds_lose_nothing(simulator, lake: Path, pseudonym_key, monkeypatch, spark):
    from ozero import lake as ozero_lake
    from ozero import pipeline, runs, summary
    from ozero.simulator.world import build_world
    from ozero.sources.registry import all_sources, iter_curated

    url, _server = simulator
    monkeypatch.setenv("OZERO_SIMULATOR_URL", url)
    monkeypatch.setenv("OZERO_NSI_OIDS", "1.2.643.5.1.13.13.11.1040")
    # three registries race for the shared tables (ops.runs, ops.watermarks, quarantine, the
    # de-identification stats) as well as four: PACS's DICOM and OCR work only adds minutes
    monkeypatch.setenv("OZERO_SOURCES", "nsi,remd,oms")
    sources = [s.name for s in all_sources()]
    curated = [s.name for s in iter_curated()]
    start = "2000-01-01T00:00:00Z"
    for end in _cuts(build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)):
        ingested = _all_at_once(
            {s: (lambda s=s, e=end: pipeline.ingest(s, start, e.isoformat())) for s in sources}
        )
        assert all(r["batch_id"] for r in ingested.values())
        _all_at_once({s: (lambda s=s: pipeline.curate_source(s)) for s in curated})

    recorded = runs.load(spark, limit=100)
    steps = [r["step"] for r in recorded]
    for name in sources:
        assert steps.count(f"ingest:{name}") == ROUNDS, name
    for name in curated:
        assert steps.count(f"curate:{name}") == ROUNDS, name
    assert {r["status"] for r in recorded} == {"ok"}
    assert all(r["received_ok"] is not False and r["bronze_ok"] is not False for r in recorded)
    accounting = summary.accounting(spark)
    assert all(entry["balanced"] for entry in accounting.values()), accounting
    marks = ozero_lake.read(spark, "ops.watermarks").groupBy("source").count().collect()
    assert {r["source"]: r["count"] for r in marks} == {
        s: ROUNDS for s in sources if s != "nsi"
    }  # one appended row per advance, per windowed source
