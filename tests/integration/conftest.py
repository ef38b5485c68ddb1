"""One curated lake per test run, shared by the modules that only need *a* real one.

Ingest + curation of a small world is the most expensive thing the integration tests do
(minutes on 2 cores), and several modules start from exactly that lake. It is built once;
modules that change it (key rotation) work on a copy of the folder.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.integration.shared_lake import (
    DOCUMENTS,
    IMAGING_DOCUMENTS,
    IMAGING_PATIENTS,
    IMAGING_SEED,
    IMAGING_WINDOW,
    INTERVAL,
    PATIENTS,
    SEED,
    CuratedLake,
    ImagingLake,
)


@contextmanager
def _simulated(seed: int, patients: int, documents: int) -> Iterator[str]:
    """A simulator of one world on a free port, for as long as the block runs."""
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=seed, patients=patients, documents=documents)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def _settings(env: dict[str, str]) -> Iterator[None]:
    mp = pytest.MonkeyPatch()
    for name, value in env.items():
        mp.setenv(name, value)
    try:
        yield
    finally:
        mp.undo()


@pytest.fixture(scope="session")
def curated_lake(tmp_path_factory, spark):
    """The simulator's small world (seed 7) ingested from NSI, REMD and OMS and curated."""
    from ozero import pipeline

    with _simulated(SEED, PATIENTS, DOCUMENTS) as url:
        lake = CuratedLake(tmp_path_factory.mktemp("curated") / "lake", url, {})
        with _settings(lake.env()):
            lake.reports.update({s: pipeline.ingest(s, *INTERVAL) for s in ("nsi", "remd", "oms")})
            lake.reports["curate"] = pipeline.curate()
        yield lake


@pytest.fixture(scope="session")
def imaging_lake(tmp_path_factory, spark):
    """The imaging world (REMD + PACS) ingested and curated once. The modules using it only
    read silver or add gold tables of their own; each sets `env()` for its tests."""
    from ozero import pipeline

    with _simulated(IMAGING_SEED, IMAGING_PATIENTS, IMAGING_DOCUMENTS) as url:
        lake = ImagingLake(tmp_path_factory.mktemp("imaging") / "lake", url, {})
        with _settings(lake.env()):
            for source in ("remd", "pacs"):
                lake.reports[source] = pipeline.ingest(source, *IMAGING_WINDOW)
            for source in ("remd", "pacs"):
                lake.reports[f"curate:{source}"] = pipeline.curate_source(source)
        yield lake
