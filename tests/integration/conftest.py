"""One curated lake per test run, shared by the modules that only need *a* real one.

Ingest + curation of a small world is the most expensive thing the integration tests do
(minutes on 2 cores), and several modules start from exactly that lake. It is built once;
modules that change it (key rotation) work on a copy of the folder.
"""

from __future__ import annotations

import threading

import pytest

from tests.integration.shared_lake import DOCUMENTS, INTERVAL, PATIENTS, SEED, CuratedLake


@pytest.fixture(scope="session")
def curated_lake(tmp_path_factory, spark):
    """The simulator's small world (seed 7) ingested from NSI, REMD and OMS and curated."""
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    lake = CuratedLake(
        tmp_path_factory.mktemp("curated") / "lake",
        f"http://127.0.0.1:{server.server_address[1]}",
        {},
    )
    mp = pytest.MonkeyPatch()
    for name, value in lake.env().items():
        mp.setenv(name, value)
    from ozero import pipeline

    lake.reports.update({s: pipeline.ingest(s, *INTERVAL) for s in ("nsi", "remd", "oms")})
    lake.reports["curate"] = pipeline.curate()
    mp.undo()
    yield lake
    server.shutdown()
    server.server_close()
