"""Patients' names for OMS comment scrubbing come from a restricted table REMD curation
keeps (`bronze.remd_patient_names`), not from a parse of all REMD bronze on every OMS run:
an OMS run parses no SEMD document and still scrubs the patient's name from his claims'
comments; a lake made before the table gets it backfilled once from bronze (REMD's run or
OMS's, whichever comes first); an erasure leaves none of the patient's names or ENP in it,
in no file of the table."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]  # two ingests, three curate runs, erasure

SEED, PATIENTS, DOCUMENTS = 12, 30, 30
WINDOW = ("2025-12-01T00:00:00Z", "2026-06-02T00:00:00Z")
NAMES = "bronze.remd_patient_names"
KEY_HEX, KEY_ID = "d4" * 32, "it-known-names"


@pytest.fixture(scope="module")
def names_lake(tmp_path_factory, spark) -> Iterator[dict[str, Any]]:
    """REMD and OMS ingested from one simulated world, REMD curated (OMS not yet)."""
    from ozero import pipeline
    from ozero.simulator.server import make_server

    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    world = server.RequestHandlerClass.state.world
    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("lake")
    mp.setenv("OZERO_LAKE_URI", str(root))
    mp.setenv("OZERO_SIMULATOR_URL", f"http://127.0.0.1:{server.server_address[1]}")
    mp.setenv("OZERO_PSEUDONYM_KEY", KEY_HEX)
    mp.setenv("OZERO_PSEUDONYM_KEY_ID", KEY_ID)
    try:
        for source in ("remd", "oms"):
            pipeline.ingest(source, *WINDOW)
    finally:
        server.shutdown()
        server.server_close()
    remd = pipeline.curate_source("remd")
    assert remd["written"] > 0
    yield {"root": root, "world": world}
    mp.undo()


def _names(spark) -> set[tuple]:
    from ozero import lake

    rows = lake.read(spark, NAMES).select("enp", "family", "given", "patronymic").collect()
    return {tuple(r) for r in rows}


def _headers(spark) -> set[tuple]:
    """What the OMS step read before: every valid document's header, by ENP."""
    from pyspark.sql import functions as F

    from ozero import lake
    from ozero.curate.remd import parse_semd_documents

    parsed = parse_semd_documents(lake.read(spark, "bronze.remd_documents"))
    return {
        tuple(r)
        for r in parsed.where(F.col("_error").isNull() & F.col("patient_enp").isNotNull())
        .select("patient_enp", "patient_family", "patient_given", "patient_patronymic")
        .distinct()
        .collect()
    }


def _counting(spark: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Accumulators counting SEMD documents parsed in the workers: for silver (XSD +
    Schematron) and for their header only (XSD), recomputations included."""
    from ozero.curate import remd

    acc = {name: spark.sparkContext.accumulator(0) for name in ("documents", "headers")}
    make_parser = remd._parser

    def counting_parser(kind: str, fields: tuple[str, ...], schematron: bool) -> Any:
        inner = make_parser(kind, fields, schematron)
        counter = acc["documents" if schematron else "headers"]

        def parse(batches: Iterator[Any]) -> Iterator[Any]:
            def counted() -> Iterator[Any]:
                for batch in batches:
                    counter.add(len(batch))
                    yield batch

            yield from inner(counted())

        return parse

    monkeypatch.setattr(remd, "_parser", counting_parser)
    return acc


def test_remd_curation_keeps_every_documented_patients_names(names_lake, spark):
    """One row per ENP, with the names the documents' headers give (the simulator's people
    keep one name across their documents)."""
    names = _names(spark)
    assert names and names == _headers(spark)
    assert len({n[0] for n in names}) == len(names)


def test_an_oms_run_parses_no_remd_document_and_scrubs_the_patients_name(
    names_lake, spark, monkeypatch
):
    from ozero import lake, pipeline
    from ozero.deid.keys import load_key
    from ozero.deid.pseudonym import pseudonymise

    known = {n[0] for n in _names(spark)}
    acc = _counting(spark, monkeypatch)
    oms = pipeline.curate_source("oms")
    assert oms["bronze_new"] > 0 and oms["written"] > 0
    # before: every REMD document in bronze was read for its header on each OMS run
    assert (acc["headers"].value, acc["documents"].value) == (0, 0)

    world = names_lake["world"]
    named = [
        (p, c.comment)
        for reg in world.registers
        for c in reg.cases
        if c.comment and (p := world.person(c.patient_id)).enp in known and p.surname in c.comment
    ]
    assert named, "the world must have claim comments naming a documented patient"
    key = load_key()
    comments = {
        (r["patient_pid"], r["comment"])
        for r in lake.read(spark, "silver.oms_cases").select("patient_pid", "comment").collect()
    }
    for person, _ in named:
        pid = pseudonymise(person.enp, key, "enp")
        his = [c for p, c in comments if p == pid and c]
        assert his, "his commented claims landed"
        assert not any(person.surname in c for c in his), his


def test_a_lake_without_the_table_is_backfilled_once(names_lake, spark, caplog):
    """Made before the table: REMD's run with nothing new, or OMS's run, builds it whole
    from bronze (and says so); the next run does not again."""
    from ozero import pipeline
    from ozero.curate import oms
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import load_key

    before = _names(spark)
    folder = Path(names_lake["root"]) / "bronze" / "remd_patient_names"
    for run in ("remd", "oms"):
        shutil.rmtree(folder)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="ozero.curate.remd"):
            if run == "remd":
                assert pipeline.curate_source("remd")["bronze_new"] == 0
            else:
                known = oms._known_names_by_enp(CurationContext(spark, load_key()))
                assert known.count() == len(before)
        assert any("backfilling it once" in r.getMessage() for r in caplog.records), run
        assert _names(spark) == before, run
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="ozero.curate.remd"):
            oms._known_names_by_enp(CurationContext(spark, load_key()))
        assert not any("backfill" in r.getMessage() for r in caplog.records), run


def _every_row_on_disk(folder: Path) -> set[tuple]:
    """(enp, family, given, patronymic) of every row of every Parquet file of the table:
    the current version's and any an older version still points to."""
    import pyarrow.parquet as pq

    rows: set[tuple] = set()
    for part in folder.rglob("*.parquet"):
        table = pq.read_table(part)
        columns = [table.column(c).to_pylist() for c in ("enp", "family", "given", "patronymic")]
        rows |= set(zip(*columns))
    return rows


def test_an_erasure_leaves_none_of_his_names_in_the_table(names_lake, spark):
    """Last in the module: it changes the lake. A patient asks by his SNILS alone (the
    table knows him by ENP): his row is gone from the table, and from its files."""
    from ozero.deid.keys import load_key
    from ozero.identifiers import digits_only
    from ozero.privacy.erase import Eraser
    from ozero.privacy.patients import parse_patients
    from tests.erasure_scan import find_person

    world = names_lake["world"]
    by_enp = {n[0]: n for n in _names(spark)}
    person = next(p for p in world.persons if p.snils and p.enp in by_enp)
    his = by_enp[person.enp]
    assert his[1] == person.surname
    folder = Path(names_lake["root"]) / "bronze" / "remd_patient_names"
    assert his in _every_row_on_disk(folder)

    patients = parse_patients([digits_only(person.snils)])
    report = Eraser(spark, load_key(), patients, build_patches=False).run()

    assert report.deleted_rows.get(NAMES) == 1
    left = _names(spark)
    assert his not in left and person.enp not in {n[0] for n in left}
    assert left == set(by_enp.values()) - {his}  # nobody else's
    assert his not in _every_row_on_disk(folder)  # purged and vacuumed
    assert find_person(folder, {"enp": person.enp}) == []  # nor in the log's statistics
