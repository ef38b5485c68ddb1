"""A curate run parses each new bronze record once (REMD, OMS), whatever it writes between.

Every Delta write (quarantine, silver) invalidates each cached frame whose plan reads the
table written, and the run's new records are "bronze not yet in silver or quarantine": a
cached increment, or its cached parse, was recomputed after the run's first write, so the
SEMD validation (XSD + Schematron) or the register stream parse ran again for every later
write, count and check. Counted here in the Python workers with Spark accumulators (each
recomputation adds again), on an increment with failures of every kind, so that the run
writes quarantine before it lands silver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]  # two ingests and two curate runs

SEED, PATIENTS, DOCUMENTS = 10, 40, 40  # REMD: Schematron failures and unsupported types
WINDOW = ("2025-12-01T00:00:00Z", "2026-06-02T00:00:00Z")
FAULTS = "badtype=0.1,encoding=0.25,seed=4"  # OMS: bad cases and unreadable registers


def _counting(spark: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Accumulators counting the SEMD documents validated and parsed for silver, and the
    register files stream-parsed, in the workers (recomputations included)."""
    from ozero.curate import oms, remd

    acc = {name: spark.sparkContext.accumulator(0) for name in ("documents", "registers")}
    make_parser = remd._parser

    def counting_parser(kind: str, fields: tuple[str, ...], schematron: bool) -> Any:
        inner = make_parser(kind, fields, schematron)
        counter = acc["documents"] if schematron else None  # headers only: not for silver

        def parse(batches: Iterator[Any]) -> Iterator[Any]:
            def counted() -> Iterator[Any]:
                for batch in batches:
                    if counter is not None:
                        counter.add(len(batch))
                    yield batch

            yield from inner(counted())

        return parse

    def counting(original: Any) -> Any:
        counter = acc["registers"]

        def parse(row: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            counter.add(1)
            yield from original(row, *args, **kwargs)

        return parse

    monkeypatch.setattr(remd, "_parser", counting_parser)
    monkeypatch.setattr(oms, "parse_register", counting(oms.parse_register))
    monkeypatch.setattr(oms, "parse_part", counting(oms.parse_part))
    return acc


def test_each_new_document_and_register_is_parsed_once(tmp_path, spark, monkeypatch):
    from ozero import pipeline, runs
    from ozero.simulator.faults import FaultPlan
    from ozero.simulator.server import make_server
    from ozero.sources.registry import get_source

    plan = FaultPlan.parse(FAULTS)
    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS, faults=plan)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    monkeypatch.setenv("OZERO_SIMULATOR_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", "c1" * 32)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_ID", "it-parse-once")
    try:
        for source in ("remd", "oms"):
            pipeline.ingest(source, *WINDOW)
    finally:
        server.shutdown()
        server.server_close()
    acc = _counting(spark, monkeypatch)
    remd = pipeline.curate_source("remd")
    documents = acc["documents"].value
    oms = pipeline.curate_source("oms")
    registers = acc["registers"].value

    # the run wrote quarantine and silver, in that order, for both sources
    assert remd["quarantined_parse"] > 0 and remd["written"] > 0
    assert oms["registers_quarantined"] > 0 and oms["cases_quarantined_parse"] > 0
    assert oms["written"] > 0
    assert remd["bronze_new"] > 0 and oms["bronze_new"] > 0
    # (documents parsed, registers parsed): (106, 10) on this increment of (54, 4) before
    assert (documents, registers) == (remd["bronze_new"], oms["bronze_new"])
    for source in ("remd", "oms"):  # and every bronze record is in silver or quarantine
        total, accounted = runs.bronze_accounting(spark, get_source(source))
        assert total == accounted > 0
