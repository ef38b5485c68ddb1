"""A patient without an OMS policy still gets a pseudonym: the contract's fallbacks.

Real-shaped input: SEMD 174 documents rendered by the simulator (valid under the official
XSD and Schematron), parsed by the production parser, de-identified by the production plan
under the production contract. The patients: one with a policy, one citizen without a
policy (SNILS only), one foreigner (neither: `InsurancePolicy nullFlavor="NI"` and a SNILS
id with nullFlavor).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ozero.contracts import load_contract
from ozero.curate.parse import as_str
from ozero.curate.remd import SEMD174_FIELDS
from ozero.deid.dates import date_shift_days
from ozero.deid.keys import PseudonymKey
from ozero.deid.plan import apply_plan
from ozero.deid.pseudonym import pseudonymise
from ozero.formats.semd import parse_semd174
from ozero.identifiers import digits_only
from ozero.simulator.semd174 import render_document
from ozero.simulator.world import build_world

KEY = PseudonymKey("plan-test", bytes(range(32)))
# The production contract's identity columns, exactly as declared (the narrative columns'
# scrubbing, tested elsewhere, would load the NLP models for nothing here).
_REAL = load_contract("silver.remd_protocols")
_IDENTITY = ("document_pid", "patient_pid", "patient_link", "study_date")
CONTRACT = replace(
    _REAL,
    columns=tuple(c for c in _REAL.columns if c.name in _IDENTITY),
    dropped=tuple(f for f in SEMD174_FIELDS if f not in ("document_id", "study_at")),
)


@pytest.fixture(scope="module")
def parsed():
    """One valid protocol per coverage kind, parsed (document → fields)."""
    world = build_world()
    out = {}
    for d in world.documents:
        p = world.person(d.patient_id)
        if d.is_malformed or p.coverage in out:
            continue
        fields = parse_semd174(render_document(d, world))
        out[p.coverage] = {k: as_str(fields.get(k)) for k in SEMD174_FIELDS}
        out[p.coverage]["version"] = "1"
    assert set(out) == {"insured", "uninsured", "foreigner", "newborn"}
    return out


@pytest.fixture(scope="module")
def deidentified(spark, parsed):
    columns = list(SEMD174_FIELDS)
    df = spark.createDataFrame(
        [tuple(f[c] for c in columns) for f in parsed.values()],
        ", ".join(f"{c} string" for c in columns),
    )
    assert _REAL.column("patient_pid").params["fallback"]  # the contract declares them
    out = apply_plan(df, CONTRACT, KEY)
    return out, {r["document_pid"]: r.asDict() for r in out.collect()}


def _row(deidentified, fields):
    return deidentified[1][pseudonymise(fields["document_id"], KEY, "remd-document")]


def test_the_parser_reads_no_enp_without_a_policy(parsed):
    assert parsed["insured"]["patient_enp"] and parsed["insured"]["patient_snils"]
    assert parsed["uninsured"]["patient_enp"] is None and parsed["uninsured"]["patient_snils"]
    for kind in ("foreigner", "newborn"):
        assert parsed[kind]["patient_enp"] is None and parsed[kind]["patient_snils"] is None


def test_enp_then_snils_then_the_document(deidentified, parsed):
    insured = _row(deidentified, parsed["insured"])
    assert insured["patient_link"] == "enp"
    assert insured["patient_pid"] == pseudonymise(parsed["insured"]["patient_enp"], KEY, "enp")

    uninsured = _row(deidentified, parsed["uninsured"])
    snils = digits_only(parsed["uninsured"]["patient_snils"])
    assert uninsured["patient_link"] == "snils"
    assert uninsured["patient_pid"] == pseudonymise(snils, KEY, "snils")

    for kind in ("foreigner", "newborn"):
        fields = parsed[kind]
        row = _row(deidentified, fields)
        assert row["patient_link"] == "document"
        expected = pseudonymise(fields["document_id"], KEY, "remd-document-patient")
        assert row["patient_pid"] == expected
        assert row["patient_pid"] != row["document_pid"]  # its own domain


def test_every_row_has_a_pseudonym_and_no_raw_identifier(deidentified, parsed):
    rows = list(deidentified[1].values())
    assert len(rows) == 4 and all(r["patient_pid"] and r["patient_pid"][0] == "P" for r in rows)
    identifying = ("patient_enp", "patient_snils", "patient_family", "patient_phone",
                   "patient_birth_date", "patient_address_text", "document_id")  # fmt: skip
    raw = {f[k] for f in parsed.values() for k in identifying if f[k]}
    raw |= {digits_only(f["patient_snils"]) for f in parsed.values() if f["patient_snils"]}
    for row in rows:
        assert not raw & {str(v) for v in row.values() if v is not None}


def test_dates_shift_by_the_resulting_pseudonym(deidentified, parsed):
    for fields in parsed.values():
        row = _row(deidentified, fields)
        study_day = date.fromisoformat(fields["study_at"][:10])
        shift = date_shift_days(row["patient_pid"], KEY)
        assert row["study_date"] == study_day + timedelta(days=shift)


def test_the_key_stays_out_of_the_plan(deidentified):
    df = deidentified[0]
    plan = df._jdf.queryExecution().toString()  # what `explain` and the Spark UI show
    assert KEY.secret.hex() not in plan and "patient_link" in plan
