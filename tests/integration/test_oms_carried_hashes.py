"""A claims register's keyed hashes are made once per case (stop 38), on real Spark + Delta.

`_land_cases` computes each case's pseudonyms (case, ZAP, patient) and the patient's date
shift in one Arrow UDF into the cached cases (`with_keyed_hashes`); the cases' landing
hashes nothing more, the services' only their own key, the patients' nothing. Before, each
landing hashed its own: the patient's ENP and the case key again for every service, the
ZAP key and ENP again for every patient. The three silver tables and the known
identifiers' hashes must be the same rows either way."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from tests.unit.test_formats_oms_split import many, register

pytestmark = [pytest.mark.spark]

TABLES = ("silver.oms_cases", "silver.oms_services", "silver.oms_patients")


def _curate(spark, root, monkeypatch, carry: bool) -> dict:
    with monkeypatch.context() as patched:
        return _curate_patched(spark, root, patched, carry)


def _curate_patched(spark, root, monkeypatch, carry: bool) -> dict:
    monkeypatch.setenv("OZERO_LAKE_URI", str(root))
    from pyspark.sql import types as T

    import ozero.curate.oms as curate
    import ozero.deid.plan as plan
    from ozero import lake, objects
    from ozero.curate.context import CurationContext
    from ozero.deid.keys import PseudonymKey
    from ozero.sources.bronze import land
    from ozero.sources.oms import register_uri

    hashed: list[int] = []  # messages per keyed-hash UDF planned
    made = plan.keyed_hashes_column

    def counting(messages, shifts, key):
        hashed.append(len(messages))
        return made(messages, shifts, key)

    monkeypatch.setattr(plan, "keyed_hashes_column", counting)
    if not carry:  # the landings hash their own, as before stop 38
        monkeypatch.setattr(plan, "with_keyed_hashes", lambda df, contracts, key: df)
    names = T.StructType(
        [T.StructField(c, T.StringType()) for c in ("enp", "known_family", "known_given")]
        + [T.StructField("known_patronymic", T.StringType())]
    )
    monkeypatch.setattr(curate, "_known_names_by_enp", lambda ctx: spark.createDataFrame([], names))
    data = register(*many(25))
    sha = hashlib.sha256(data).hexdigest()
    objects.put(register_uri(sha), data)
    now = datetime.now(UTC)
    row = {
        "register_id": "R-carried", "period": "2026-01", "registered_at": now,
        "object_uri": register_uri(sha), "size_bytes": len(data), "payload": None,
        "sha256": sha, "batch_id": "b1", "received_at": now,
    }  # fmt: skip
    land(spark, curate.SOURCE, [row])
    key = PseudonymKey(key_id="it-carried", secret=b"h" * 32)
    report = curate.curate_oms(CurationContext(spark, key, run_id="it-carried"))
    out: dict = {"hashed": hashed, "written": report.written}
    for table in (*TABLES, "ops.known_identifiers"):
        out[table] = sorted(tuple(r) for r in lake.read(spark, table).collect())
    return out


def test_each_case_hashed_once_and_the_same_rows_land(spark, tmp_path, monkeypatch):
    carried = _curate(spark, tmp_path / "carried", monkeypatch, carry=True)
    apart = _curate(spark, tmp_path / "apart", monkeypatch, carry=False)

    # carried: the cases' three (case, ZAP, ENP), then the services' own key, nothing else
    assert carried["hashed"] == [3, 1]
    # apart: cases (case, ZAP, ENP), services (service, case, ENP), patients (ZAP, ENP)
    assert apart["hashed"] == [3, 3, 2]
    assert carried["written"] == apart["written"] == 25
    for table in (*TABLES, "ops.known_identifiers"):
        assert carried[table] == apart[table], table
        assert carried[table]
    # the services' pseudonyms are their case's: every service's case_pid is a case's
    cases = {r[0] for r in carried["silver.oms_cases"]}
    assert {r[1] for r in carried["silver.oms_services"]} <= cases


def test_a_service_of_a_quarantined_case_stays_out(spark, tmp_path, monkeypatch):
    """When not every case landed, the services and patients are cut to the landed cases
    by the carried pseudonyms (`_landed_rows`), as by hashing them again."""
    import ozero.curate.oms as curate

    monkeypatch.setattr(curate, "_all_landed", lambda report: False)
    carried = _curate(spark, tmp_path / "cut", monkeypatch, carry=True)
    apart = _curate(spark, tmp_path / "cut-apart", monkeypatch, carry=False)
    for table in TABLES:
        assert carried[table] == apart[table], table
        assert carried[table]
